"""Pure rules and models: no Textual, no TinyDB, no files, so they are easy to test and reuse."""
