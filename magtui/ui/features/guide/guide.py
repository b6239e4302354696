"""The guide: a numbered list of chapters, and each chapter as its own scrolling page."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding

from magtui.ui.keys import binding
from magtui.ui.kit.base import CalmScreen
from magtui.ui.kit.choosing import ChoiceScreen
from magtui.ui.pages.chapters import Chapter, chapters
from magtui.ui.widgets.choice import Choice

CHAPTER_COUNT = 7


class GuideScreen(ChoiceScreen):
    """One decision: which chapter. Enter opens the first, the disclaimer."""

    TITLE = "Guide"
    BINDINGS = [
        Binding("1", "choose('1')", "Read", key_display=f"1–{CHAPTER_COUNT}", id="chapter-1"),
        *(
            Binding(str(n), f"choose('{n}')", show=False, id=f"chapter-{n}")
            for n in range(2, CHAPTER_COUNT + 1)
        ),
        binding("pick-read", "pick"),
    ]

    def chapters(self) -> list[Chapter]:
        return chapters(self.shell.session.guidance)

    def choices(self) -> list[Choice]:
        return [
            Choice(str(number), chapter.title, chapter.summary, str(number))
            for number, chapter in enumerate(self.chapters(), 1)
        ]

    def compose_body(self) -> ComposeResult:
        yield from self.compose_choices()

    async def choose(self, value: str) -> None:
        self.app.push_screen(ChapterScreen(self.chapters()[int(value) - 1]))


class ChapterScreen(CalmScreen):
    """Arrows, PgUp/PgDn and Home/End scroll; nothing scrolls by itself."""

    def __init__(self, chapter: Chapter) -> None:
        super().__init__()
        self.chapter = chapter
        self.title = f"Guide: {chapter.title}"

    def compose_body(self) -> ComposeResult:
        yield from self.chapter.blocks(self.shell.session.guidance)
