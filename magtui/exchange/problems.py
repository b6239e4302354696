"""Problems an export can meet that are not the data folder's, kept apart from the modules that
meet them so a command can name them without loading a PDF library or the guidance files."""

from __future__ import annotations


class ExportUnavailable(Exception):
    """What the export needs from magtui itself (its guidance files or its font) cannot be
    read; the message says what to do."""


class FontsMissing(ExportUnavailable):
    """The report's shipped font cannot be read."""
