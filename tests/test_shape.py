"""The code's shape, held by tests: small modules, and no import cycle.

Every import counts here, at the top of a file, inside a function or for the type checker
alone: a cycle of any of them means two modules cannot be understood (or moved) apart.
"""

from __future__ import annotations

import ast
from pathlib import Path

import grimp

PACKAGE = Path(__file__).resolve().parent.parent / "magtui"
LONGEST_MODULE = 300


def test_no_module_is_longer_than_300_lines() -> None:
    long = {
        str(path.relative_to(PACKAGE.parent)): lines
        for path in PACKAGE.rglob("*.py")
        if (lines := len(path.read_text().splitlines())) > LONGEST_MODULE
    }
    assert long == {}


WIRING = ("routes.py", "app.py")
"""The UI modules that may import screens inside functions: the routes between features, and
the app, which builds the first screen only when it is shown."""


def _ui_imports_inside_functions(path: Path) -> list[str]:
    found = []
    for function in ast.walk(ast.parse(path.read_text())):
        if isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
            for node in ast.walk(function):
                if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("magtui.ui"):
                    found.append(f"{path.name}:{node.lineno} {node.module}")
    return found


def test_ui_modules_import_each_other_at_the_top_outside_the_routes_and_the_app() -> None:
    inside = [
        found
        for path in sorted((PACKAGE / "ui").rglob("*.py"))
        if path.name not in WIRING or path.parent != PACKAGE / "ui"
        for found in _ui_imports_inside_functions(path)
    ]
    assert inside == []


def _cycles(graph: grimp.ImportGraph) -> set[frozenset[str]]:
    """The strongly connected groups of more than one module (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: set[frozenset[str]] = set()

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        on_stack.add(module)
        for imported in graph.find_modules_directly_imported_by(module):
            if imported not in index:
                visit(imported)
                low[module] = min(low[module], low[imported])
            elif imported in on_stack:
                low[module] = min(low[module], index[imported])
        if low[module] == index[module]:
            group = set()
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.add(member)
                if member == module:
                    break
            if len(group) > 1:
                found.add(frozenset(group))

    for module in sorted(graph.modules):
        if module not in index:
            visit(module)
    return found


def test_no_module_takes_part_in_an_import_cycle() -> None:
    assert _cycles(grimp.build_graph("magtui", cache_dir=None)) == set()


def test_the_cycle_finder_finds_a_cycle() -> None:
    graph = grimp.ImportGraph()
    for module in ("a", "b", "c"):
        graph.add_module(module)
    graph.add_import(importer="a", imported="b")
    graph.add_import(importer="b", imported="a")
    graph.add_import(importer="b", imported="c")
    assert _cycles(graph) == {frozenset({"a", "b"})}


def _calls_of(path: Path, names: set[str]) -> list[str]:
    """Where a method of one of `names` is called in `path`, as 'file:line name'."""
    return [
        f"{path.relative_to(PACKAGE)}:{node.lineno} {node.func.attr}"
        for node in ast.walk(ast.parse(path.read_text()))
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr in names
    ]


def _ui_files(*left_out: str) -> list[Path]:
    return [
        path
        for path in sorted((PACKAGE / "ui").rglob("*.py"))
        if str(path.relative_to(PACKAGE / "ui")) not in left_out
    ]


JOURNAL_READS = {"ledger", "full_history", "read_all"}
"""The session's calls that may read the journal from disk; the UI may only hand `read_all` to a
worker (never call it) or ask the shell for `whole_ledger`, which reads in a thread."""


def test_no_screen_reads_the_journal_on_the_thread_that_draws() -> None:
    reads = [found for path in _ui_files() for found in _calls_of(path, JOURNAL_READS)]
    assert reads == []


def test_screens_close_themselves_with_an_answer_and_only_the_kit_pops_screens() -> None:
    """`dismiss(value)` tells a waiting caller; a bare `pop_screen()` would leave it waiting."""
    pops = [
        found
        for path in _ui_files("shell.py")
        if "kit" not in path.parts
        for found in _calls_of(path, {"pop_screen"})
    ]
    assert pops == []


HOOKS = {
    # The kit's hooks, documented once where the kit declares them.
    *("options", "choose", "default_choice", "compose_body", "before", "extra", "choices"),
    *("accept", "can_go_back", "help_keys"),
    # Textual's, documented by Textual.
    *("compose", "on_mount", "on_resize", "on_screen_resume", "on_worker_state_changed"),
    *("check_action", "render", "render_line", "get_content_width", "get_content_height"),
    *("get_css_variables", "on_key", "validate"),
}
"""Methods a screen or widget fills in for its base class, whose docstring says what they do."""
LONGEST_UNEXPLAINED = 5
"""Lines a function may run to before its name alone no longer says what it is for."""


def _unexplained(path: Path) -> list[str]:
    tree = ast.parse(path.read_text())
    nested = {
        inner
        for outer in ast.walk(tree)
        if isinstance(outer, ast.FunctionDef | ast.AsyncFunctionDef)
        for inner in ast.walk(outer)
        if inner is not outer
    }
    return [
        f"{path.relative_to(PACKAGE)}:{node.lineno} {node.name}"
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
        and node not in nested
        and not node.name.startswith("__")
        and node.name not in HOOKS
        and (node.end_lineno or node.lineno) - node.body[0].lineno + 1 > LONGEST_UNEXPLAINED
        and ast.get_docstring(node) is None
    ]


def test_every_function_longer_than_a_few_lines_says_why_it_is_there() -> None:
    unexplained = [found for path in sorted(PACKAGE.rglob("*.py")) for found in _unexplained(path)]
    assert unexplained == []


TEXT_MODULE = "widgets/text.py"
"""Where words become Textual content, spelled out where they would control the terminal."""


def _bare_words_given_to_a_widget(path: Path) -> list[str]:
    """Calls like Static("...") or .update(f"..."): words that skip the text module."""
    found = []
    for node in ast.walk(ast.parse(path.read_text())):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
        words = isinstance(node.args[0], ast.JoinedStr) or (
            isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)
        )
        if name in {"Static", "Label", "update"} and words:
            found.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
    return found


def test_words_reach_the_screen_only_through_the_text_module() -> None:
    imports = [
        f"{path.relative_to(PACKAGE)}:{node.lineno}"
        for path in _ui_files(TEXT_MODULE)
        for node in ast.walk(ast.parse(path.read_text()))
        if (isinstance(node, ast.ImportFrom) and node.module in {"textual.content", "rich.text"})
        or (
            isinstance(node, ast.Import)
            and any(alias.name in {"textual.content", "rich.text"} for alias in node.names)
        )
    ]
    assert imports == []
    assert [found for path in _ui_files() for found in _bare_words_given_to_a_widget(path)] == []
