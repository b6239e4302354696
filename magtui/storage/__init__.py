"""Files on disk: the journal (TinyDB), settings, the data folder. Knows nothing of the screen."""
