"""One module per screen; each asks for at most one decision."""
