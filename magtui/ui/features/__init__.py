"""One package per thing a person does; features never import one another (see `ui/routes.py`)."""
