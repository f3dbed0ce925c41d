"""The terminal view of ``gov-facts show``: what was extracted, for a person to check (uses rich).

In the terminal: the metadata as a small table, the article text with every
fact's surface highlighted (colour by kind, planned facts underlined in
italics, each followed by its number in the facts table), then the facts
table. Long articles go through a pager when stdout is a terminal; without a
terminal, with ``--no-color`` or with ``NO_COLOR`` set, the output is plain text
and facts are bracketed: ``[1.39万套]#7`` (reported), ``{2580套}#10`` (planned).

The command itself (and its HTML reports) is in :mod:`.show`.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from typing import IO, TYPE_CHECKING

if TYPE_CHECKING:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    from ..core.models import Document, Fact
    from ..facts.phrases import Rejected
    from ..rules.patterns import Patterns

# rich, pydantic and the report are imported where used, so that registering this
# command does not slow down ``gov-facts --version`` and ``--help``

_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_WHY_STYLE = "dim underline"


def fact_style(f: Fact) -> str:
    """The rich style of a fact's surface: background by kind; planned ones bold italic underlined."""
    from ..output.report_format import KIND_COLOURS

    style = f"black on {KIND_COLOURS.get(f.kind, '#eeeeee')}"
    if f.status == "planned":
        style = f"bold italic underline #8b0000 on {KIND_COLOURS.get(f.kind, '#eeeeee')}"
    return style


def marked_text(doc: Document, *, plain: bool, rejected: list[Rejected] | None = None) -> Text:
    """The article text with each fact marked: styled (colour) or bracketed (plain)."""
    from rich.text import Text

    facts = sorted(doc.facts, key=lambda f: (f.start, f.end))
    if plain:
        parts: list[str] = []
        pos = 0
        for f in facts:
            if f.start < pos:
                continue  # overlapping: keep the first
            open_, close = ("{", "}") if f.status == "planned" else ("[", "]")
            parts += [doc.text[pos : f.start], open_, doc.text[f.start : f.end], close, f"#{f.id}"]
            pos = f.end
        parts.append(doc.text[pos:])
        return Text("".join(parts))
    base = Text(doc.text)
    for r in rejected or []:
        base.stylize(_WHY_STYLE, r.start, r.end)
    for f in facts:
        base.stylize(fact_style(f), f.start, f.end)
    out = Text()
    pos = 0
    for f in facts:
        if f.end <= pos:
            continue
        out.append_text(base[pos : f.end])
        out.append(str(f.id).translate(_SUPERSCRIPT), style="dim")
        pos = f.end
    out.append_text(base[pos:])
    return out


def _legend(doc: Document, plain: bool) -> Text:
    from rich.text import Text

    from ..output.report_format import KIND_COLOURS

    if plain:
        return Text("[…]#n a reported fact, {…}#n a planned one; n is its row in the facts table")
    legend = Text()
    for kind in sorted({f.kind for f in doc.facts}, key=list(KIND_COLOURS).index):
        legend.append(f" {kind} ", style=f"black on {KIND_COLOURS[kind]}")
        legend.append(" ")
    legend.append(" planned ", style=f"bold italic underline #8b0000 on {KIND_COLOURS['count']}")
    legend.append("  ⁿ the fact's row below", style="dim")
    return legend


def facts_table(doc: Document, *, plain: bool, width: int = 160) -> Table:
    """The facts as a table: #, text, kind, value, unit, subject, place, qualifier, time, status.

    Narrower than 110 columns, ``kind`` is left out (the colours in the text show it).
    """
    from rich import box
    from rich.table import Table
    from rich.text import Text

    from ..output.report_format import KIND_COLOURS, format_place, format_time, format_value

    wide = width >= 110
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, title=f"Facts ({len(doc.facts)})")
    columns: list[tuple[str, str, int | None]] = [
        ("#", "right", None),
        ("text", "left", 6 if wide else 4),
        ("kind", "left", None),
        ("value", "right", None),
        ("unit", "left", 2),
        ("subject", "left", 6 if wide else 4),
        ("place", "left", 6 if wide else 4),
        ("qualifier", "left", None),
        ("time", "left", 16 if wide else 10),
        ("status", "left", None),
    ]
    for name, justify, min_width in columns:
        if name == "kind" and not wide:
            continue
        table.add_column(
            name,
            justify=justify,  # type: ignore[arg-type]
            no_wrap=min_width is None,
            min_width=min_width,
            overflow="fold",
        )
    for f in doc.facts:
        unit = (f.unit or "") + (f" ({f.currency})" if f.currency else "")
        kind = Text(f.kind) if plain else Text(f.kind, style=f"black on {KIND_COLOURS.get(f.kind, '#eee')}")
        status = Text(f.status, style="" if plain or f.status != "planned" else "bold #8b0000")
        cells: list[str | Text] = [str(f.id), f.text, *([kind] if wide else []), format_value(f), unit]
        cells += [f.subject or "", format_place(f.place), f.qualifier, format_time(f), status]
        table.add_row(*cells)
    return table


def _meta_table(doc: Document) -> Table:
    from rich import box
    from rich.table import Table

    from ..output.report_format import metadata_rows

    table = Table(box=box.SIMPLE, show_header=False, show_edge=False, pad_edge=False)
    table.add_column(style="bold")
    table.add_column(overflow="fold")
    for label, value in metadata_rows(doc):
        table.add_row(label, value)
    return table


def _why_table(rejected: list[Rejected]) -> Table:
    from rich import box
    from rich.table import Table

    table = Table(
        box=box.SIMPLE_HEAD,
        show_edge=False,
        pad_edge=False,
        title="Set phrases and slogans in the text (numbers inside them are not counted as facts)",
    )
    table.add_column("at", justify="right")
    table.add_column("phrase")
    table.add_column("rule", overflow="fold")
    for r in rejected:
        table.add_row(str(r.start), r.text, r.rule)
    return table


def render_terminal(
    doc: Document,
    console: Console,
    *,
    plain: bool = False,
    why: bool = False,
    patterns: Patterns | None = None,
) -> None:
    """Print ``doc`` on ``console``: title, metadata, marked article text, facts table, checks."""
    from rich.text import Text

    from ..facts.phrases import find_rejected
    from ..output.report_format import format_number
    from ..rules.patterns import load_patterns

    title = doc.title or doc.input
    console.print(Text(title, style="" if plain else "bold"))
    console.print(_meta_table(doc))
    for warning in doc.warnings:
        console.print(Text(f"warning: {warning}", style="" if plain else "yellow"))
    rejected = find_rejected(doc.text, (patterns or load_patterns()).rules) if why else []
    console.print(_legend(doc, plain))
    console.print()
    # plain text keeps each paragraph on one line (no wrapping newlines inside figures)
    console.print(marked_text(doc, plain=plain, rejected=rejected), soft_wrap=plain)
    console.print()
    if doc.facts:
        console.print(facts_table(doc, plain=plain, width=console.width))
    else:
        console.print("No facts were found in this article.")
    for c in doc.checks:
        verdict = "consistent" if c.consistent else "INCONSISTENT"
        ids = ", ".join(f"#{i}" for i in c.facts)
        line = f"check: facts {ids}: stated {format_number(c.stated)}, computed {format_number(c.computed)}: "
        console.print(Text(line + verdict, style="" if plain or c.consistent else "bold red"))
    if why:
        console.print()
        if rejected:
            console.print(_why_table(rejected))
        else:
            console.print("No set phrases or quoted slogans in this article.")


def estimated_lines(doc: Document, width: int) -> int:
    per_line = max(10, width // 2)  # Chinese characters are two cells wide
    text_lines = sum(1 + len(p) // per_line for p in doc.text.split("\n"))
    return text_lines + len(doc.facts) + 20


def make_console(*, plain: bool, file: IO[str] | None = None) -> Console:
    """A console for stdout (or ``file``) that writes no colour codes when ``plain``.

    Output that is not a terminal is laid out 160 columns wide (or ``COLUMNS``), so
    the facts table is not squeezed into 80.
    """
    from rich.console import Console

    class _Console(Console):
        def on_broken_pipe(self) -> None:
            """The reader went away (``| head``): stop printing quietly and exit 0, as Unix tools do."""
            self.quiet = True
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())

    width = None
    if not (file or sys.stdout).isatty() and not os.environ.get("COLUMNS"):
        width = 160
    colour: dict[str, object] = {"no_color": True, "color_system": None} if plain else {}
    return _Console(file=file, width=width, highlight=False, emoji=False, **colour)  # type: ignore[arg-type]


def wants_plain(no_color: bool, isatty: bool, env: Mapping[str, str]) -> bool:
    """Plain text without colour: asked for (``--no-color``, a non-empty NO_COLOR), or not a terminal."""
    return no_color or bool(env.get("NO_COLOR")) or not isatty
