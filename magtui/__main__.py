"""Lets `python -m magtui` behave exactly like the `magtui` command."""

from __future__ import annotations

from magtui.cli import main

raise SystemExit(main())
