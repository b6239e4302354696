"""Files on disk: the journal (TinyDB), settings and the data folder. Knows nothing of the screen."""
