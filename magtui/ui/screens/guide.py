"""The guide: a numbered list of chapters, and each chapter as its own scrolling page."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll

from magtui.ui.guide_pages import CHAPTERS, Chapter
from magtui.ui.screens.base import CalmScreen
from magtui.ui.widgets.choice import ChoiceRow


class GuideScreen(CalmScreen):
    """One decision: which chapter. Enter opens the first."""

    TITLE_TEXT = "Guide"
    BINDINGS = [
        Binding("1", "chapter(1)", "Read", key_display=f"1–{len(CHAPTERS)}", id="chapter-1"),
        *(
            Binding(str(n), f"chapter({n})", "", show=False, id=f"chapter-{n}")
            for n in range(2, len(CHAPTERS) + 1)
        ),
        Binding("enter", "chapter(1)", "", show=False, id="chapter-first"),
    ]

    def compose_body(self) -> ComposeResult:
        for number, chapter in enumerate(CHAPTERS, 1):
            yield ChoiceRow(str(number), chapter.title, chapter.summary, name_width=36)

    def action_chapter(self, number: int) -> None:
        self.app.push_screen(ChapterScreen(CHAPTERS[number - 1]))


class ChapterScreen(CalmScreen):
    """Arrows, PgUp/PgDn and Home/End scroll; nothing scrolls by itself."""

    def __init__(self, chapter: Chapter) -> None:
        super().__init__()
        self.chapter = chapter
        self.TITLE_TEXT = f"Guide: {chapter.title}"

    def compose_body(self) -> ComposeResult:
        with VerticalScroll(id="reading"):
            yield from self.chapter.blocks(self.magapp.content)
