"""``gov-facts show``: what was extracted, for a person to check.

In the terminal: the article with every fact marked and the facts table
(:mod:`.show_terminal`). ``--html FILE`` writes one self-contained HTML report
(:mod:`gov_facts.output.report_html`); ``--html-dir DIR`` one per input and an index.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from .common import ExitCode, Jobs, MaxBytes, Patterns_, err, load_patterns_or_exit, parse_size
from .show_terminal import estimated_lines, make_console, render_terminal, wants_plain

if TYPE_CHECKING:
    from rich.console import Console

    from ..core.models import Document
    from ..rules.patterns import Patterns
    from ..run.outcome import Result

# --- the command ---------------------------------------------------------------------------------


def show(
    inputs: Annotated[
        list[str],
        typer.Argument(
            metavar="INPUT",
            help="Pages (HTML or text dumps, .gz too), directories, WARC files; '-' reads stdin.",
            show_default=False,
        ),
    ],
    html: Annotated[
        Path | None, typer.Option("--html", metavar="FILE", help="Write one self-contained HTML report here.")
    ] = None,
    html_dir: Annotated[
        Path | None,
        typer.Option("--html-dir", metavar="DIR", help="Write one report per input here, and index.html."),
    ] = None,
    why: Annotated[
        bool,
        typer.Option(
            "--why",
            metavar="",
            help="Also list the set phrases and slogans in the text, which are not facts.",
        ),
    ] = False,
    no_color: Annotated[
        bool, typer.Option("--no-color", metavar="", help="Plain text, no colour (or set NO_COLOR).")
    ] = False,
    pager: Annotated[
        bool,
        typer.Option("--pager/--no-pager", metavar="", help="Page long articles when stdout is a terminal."),
    ] = True,
    patterns: Patterns_ = None,
    jobs: Jobs = None,
    max_bytes: MaxBytes = "20MB",
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", metavar="", help="No 'wrote …' lines on stderr.")
    ] = False,
) -> None:
    """Show what was extracted: the article with every fact marked, and the facts table.

    Several inputs (or a directory, a WARC file) are shown one after another;
    --html-dir writes one HTML report per input and an index.
    """
    from ..output.report_html import render_html
    from ..read.warc import is_warc

    limit = parse_size(max_bytes)
    if html is not None and html_dir is not None:
        err("give --html FILE (one page) or --html-dir DIR (a batch), not both")
        raise typer.Exit(ExitCode.USAGE)
    if html is not None and (len(inputs) != 1 or os.path.isdir(inputs[0]) or is_warc(inputs[0])):
        err("--html writes one report: give one page, or use --html-dir DIR for several")
        raise typer.Exit(ExitCode.USAGE)
    if inputs.count("-") > 1:
        err("stdin ('-') can be read only once")
        raise typer.Exit(ExitCode.USAGE)
    if html is not None and not (html.parent if str(html.parent) else Path(".")).is_dir():
        err(f"{html}: cannot write there: no such directory")
        raise typer.Exit(ExitCode.USAGE)
    if html_dir is not None:
        try:
            html_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            err(f"{html_dir}: cannot create the directory: {exc.strerror or exc}")
            raise typer.Exit(ExitCode.USAGE) from None
    pats = load_patterns_or_exit(patterns)

    if html_dir is not None:
        code = _write_dir(inputs, html_dir, pats, why=why, jobs=jobs, max_bytes=limit, quiet=quiet)
        raise typer.Exit(code)

    plain = wants_plain(no_color, sys.stdout.isatty(), os.environ)
    console = make_console(plain=plain)
    failed = False
    first = True
    for result in _results(inputs, pats, jobs=0, max_bytes=limit):
        doc = result.document()
        if doc is None:
            assert result.failure is not None
            err(result.failure.line())
            failed = True
            continue
        if html is not None:
            try:
                _write(html, render_html(doc, why=why, patterns=pats))
            except OSError as exc:
                err(f"{html}: cannot write the report: {exc.strerror or exc}")
                raise typer.Exit(ExitCode.INPUT_FAILED) from None
            if not quiet:
                err(f"wrote {html} ({len(doc.facts)} facts) for {doc.input}")
            continue
        if not first:
            console.rule(style="" if plain else "dim")
        first = False
        _print(doc, console, plain=plain, why=why, pager=pager, patterns=pats)
    raise typer.Exit(ExitCode.INPUT_FAILED if failed else ExitCode.OK)


def _print(
    doc: Document, console: Console, *, plain: bool, why: bool, pager: bool, patterns: Patterns
) -> None:
    if pager and console.is_terminal and estimated_lines(doc, console.width) > console.height:
        os.environ.setdefault("LESS", "-R")  # let less show the colours
        with console.pager(styles=not plain):
            render_terminal(doc, console, plain=plain, why=why, patterns=patterns)
    else:
        render_terminal(doc, console, plain=plain, why=why, patterns=patterns)


def _results(entries: list[str], pats: Patterns, *, jobs: int, max_bytes: int) -> Iterator[Result]:
    """The batch runner's results for ``entries``, in order (stdin read when ``-`` is one of them)."""
    from ..read.discover import discover
    from ..run.batch import run

    stdin = sys.stdin.buffer if "-" in entries else None
    items = discover(entries, stdin=stdin, max_bytes=max_bytes)
    results = run(items, pats, jobs=jobs, max_bytes=max_bytes)
    try:
        yield from results
    finally:
        results.close()  # type: ignore[attr-defined]


def _write(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` so it appears only when complete."""
    tmp = path.with_name(f".{path.name}.part")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def _write_dir(
    entries: list[str], out: Path, pats: Patterns, *, why: bool, jobs: int | None, max_bytes: int, quiet: bool
) -> int:
    """One report per input in ``out`` and an ``index.html`` linking them; returns the exit code."""
    from ..output.report_html import render_html
    from ..output.report_index import IndexRow, render_index, report_name
    from ..run.batch import default_jobs

    rows: list[IndexRow] = []
    taken: set[str] = {"index.html"}
    failed = False
    for result in _results(entries, pats, jobs=default_jobs() if jobs is None else jobs, max_bytes=max_bytes):
        doc = result.document()
        if doc is None:
            assert result.failure is not None
            err(result.failure.line())
            failed = True
            rows.append(IndexRow(result.input, error=f"{result.failure.kind}: {result.failure.message}"))
            continue
        name = report_name(doc.input, taken)
        try:
            _write(out / name, render_html(doc, why=why, patterns=pats, back="index.html"))
        except OSError as exc:
            err(f"{out / name}: cannot write the report: {exc.strerror or exc}")
            return ExitCode.INPUT_FAILED
        planned = sum(1 for f in doc.facts if f.status == "planned")
        rows.append(IndexRow(doc.input, name, doc.title, doc.published_at, len(doc.facts), planned))
    try:
        _write(out / "index.html", render_index(rows))
    except OSError as exc:
        err(f"{out / 'index.html'}: cannot write the index: {exc.strerror or exc}")
        return ExitCode.INPUT_FAILED
    if not quiet:
        reports = sum(1 for r in rows if r.report)
        err(f"wrote {reports} reports and {out / 'index.html'}; {len(rows) - reports} failed")
    return ExitCode.INPUT_FAILED if failed else ExitCode.OK
