"""``gov-facts series`` and ``gov-facts indicators``: one indicator across the archive's articles,
and what indicators there are to follow.

A series is shown as a table in the terminal (each row's values side by side, the articles
cited below it), written as CSV or JSON for other tools (``--format``, ``-o``), and drawn as a
chart (``--chart FILE.html`` or ``.png``).
"""

from __future__ import annotations

import csv
import enum
import io
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from .common import ExitCode, Patterns_, err, load_patterns_or_exit, usage, writable_parent

if TYPE_CHECKING:
    from ..archive.series import Series


class TableFormat(str, enum.Enum):
    table = "table"
    csv = "csv"
    json = "json"


class Status(str, enum.Enum):
    reported = "reported"
    planned = "planned"


class By(str, enum.Enum):
    stated = "stated"
    year = "year"
    quarter = "quarter"
    month = "month"


Archive = Annotated[
    Path,
    typer.Argument(
        metavar="ARCHIVE", help="An archive database (gov-facts extract --db).", show_default=False
    ),
]
Fmt = Annotated[
    TableFormat,
    typer.Option(
        "--format", "-f", metavar="FORMAT", help="table (for a person), csv or json (for other tools)."
    ),
]
Out = Annotated[
    Path | None, typer.Option("--output", "-o", metavar="FILE", help="Write there instead of stdout.")
]


def _open(archive: Path) -> Any:
    from ..archive.database import ArchiveError, open_for_reading

    try:
        return open_for_reading(archive)
    except ArchiveError as exc:
        raise usage(str(exc)) from None


def _console(output: Path | None) -> Any:
    """A rich console for a table: the terminal's width, or a wide page when piped or written to a file."""
    from rich.console import Console

    fh = open(output, "w", encoding="utf-8") if output else None  # noqa: SIM115 - closed by the caller
    wide = fh is not None or not sys.stdout.isatty()
    return Console(file=fh, highlight=False, width=160 if wide else None, soft_wrap=False)


def _emit(text: str, output: Path | None) -> None:
    if output is None:
        sys.stdout.write(text)
        sys.stdout.flush()
    else:
        output.write_text(text, encoding="utf-8")


def series(
    archive: Archive,
    indicator: Annotated[
        str, typer.Argument(metavar="INDICATOR", help="The subject to follow (安置房); its variants too.")
    ],
    place: Annotated[
        str | None, typer.Option("--place", metavar="PLACE", help="Only figures about this place (宣城).")
    ] = None,
    first: Annotated[int | None, typer.Option("--from", metavar="YEAR", help="From this year on.")] = None,
    last: Annotated[int | None, typer.Option("--to", metavar="YEAR", help="Up to this year.")] = None,
    status: Annotated[
        Status | None, typer.Option("--status", metavar="STATUS", help="reported or planned only.")
    ] = None,
    by: Annotated[
        By,
        typer.Option(
            "--by", metavar="PERIOD", help="stated (the fact's own period), year, quarter or month."
        ),
    ] = By.stated,
    unit: Annotated[
        str | None, typer.Option("--unit", metavar="UNIT", help="Only the figures in this unit (套, CNY, %).")
    ] = None,
    fmt: Fmt = TableFormat.table,
    output: Out = None,
    chart: Annotated[
        Path | None,
        typer.Option(
            "--chart", metavar="FILE", help="Also draw the series: FILE.html (links to citations) or .png."
        ),
    ] = None,
    patterns: Patterns_ = None,
) -> None:
    """One indicator across articles: a row per (time, place, status), each reprinted figure once."""
    from ..archive.indicators import resolve
    from ..archive.series import SeriesQuery
    from ..archive.series import series as make_series

    if chart is not None and chart.suffix.lower() not in (".html", ".htm", ".png"):
        raise usage(f"{chart}: --chart writes FILE.html or FILE.png")
    writable_parent(output)
    writable_parent(chart)
    pats = load_patterns_or_exit(patterns)
    con = _open(archive)
    try:
        q = SeriesQuery(place, first, last, status.value if status else None, by.value, unit)
        result = make_series(con, resolve(indicator, pats), q)
    finally:
        con.close()
    heading = result.indicator.name + (f" · {place}" if place else "")
    if not result.rows:
        err(
            f"no figures of {result.indicator.name} in {archive}"
            + (" with these filters" if any((place, first, last, status, unit)) else "")
            + "; gov-facts indicators lists what there is"
        )
    if fmt is TableFormat.json:
        import orjson

        data = {
            "query": {
                "indicator": indicator,
                "place": place,
                "from": first,
                "to": last,
                "status": status.value if status else None,
                "by": by.value,
            },
            **result.to_dict(),
        }
        _emit(orjson.dumps(data, option=orjson.OPT_INDENT_2).decode() + "\n", output)
    elif fmt is TableFormat.csv:
        _emit(_csv(result), output)
    else:
        _table(result, heading, output)
    if chart is not None:
        from ..archive.chart import write_chart

        write_chart(result, chart, heading)
    raise typer.Exit(ExitCode.OK)


CSV_HEADER = (
    "indicator",
    "kind",
    "unit",
    "change",
    "time",
    "start",
    "end",
    "place",
    "status",
    "value",
    "low",
    "high",
    "articles",
    "reprints",
    "conflict",
    "citations",
)


def _csv(result: Series) -> str:
    """One line per value of a row: a row whose articles disagree has two lines, side by side."""
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(CSV_HEADER)
    for r in result.rows:
        for v in r.values:
            cites = "\n".join(
                f"{c.title or ''} | {(c.published_at or '')[:10]} | {c.where} | {c.sentence}"
                for c in v.citations
            )
            w.writerow(
                [
                    result.indicator.name,
                    r.kind,
                    r.unit,
                    r.change,
                    r.time,
                    r.start,
                    r.end,
                    r.place or "",
                    r.status,
                    v.value,
                    v.low,
                    v.high,
                    v.articles,
                    v.reprints,
                    r.conflict,
                    cites,
                ]
            )
    return buf.getvalue()


def _table(result: Series, heading: str, output: Path | None) -> None:
    from rich.table import Table

    from ..archive.chart import format_value

    console = _console(output)
    subjects = ", ".join(sorted(result.subjects, key=lambda s: -result.subjects[s]))
    console.print(f"[bold]{heading}[/]  subjects: {subjects or '—'}")
    cited: list[Any] = []
    for m, n in result.measures:
        table = Table(
            "time",
            "place",
            "status",
            "value",
            "articles",
            "reprints",
            "cited",
            title_justify="left",
            title=f"{m.kind}, {m.unit}{', change' if m.change else ''}: {n} figures",
        )
        for r in (r for r in result.rows if (r.kind, r.unit, r.change) == (m.kind, m.unit, m.change)):
            refs = []
            for v in r.values:
                for c in v.citations:
                    cited.append(c)
                    refs.append(f"[{len(cited)}]")
            value = " ≠ ".join(format_value(v.value, r.kind, r.unit, v.low, v.high) for v in r.values)
            style = "bold red" if r.conflict else ("italic" if r.status == "planned" else "")
            table.add_row(
                r.time + (" *" if r.as_published else ""),
                r.place or "",
                r.status,
                f"[{style}]{value}[/]" if style else value,
                str(sum(v.articles for v in r.values)),
                str(sum(v.reprints for v in r.values)),
                "".join(refs),
            )
        console.print(table)
    for i, c in enumerate(cited, 1):
        copies = (
            f" (reprinted by {', '.join(str(r['site']) for r in c.reprinted_by)})" if c.reprinted_by else ""
        )
        console.print(
            f"[{i}] {c.title or ''} {(c.published_at or '')[:10]} {c.where}{copies}\n    “{c.sentence}”",
            markup=False,
        )
    if any(r.as_published for r in result.rows):
        console.print("* the facts state no time: the period is the article's publish date", markup=False)
    if output:
        console.file.close()


def indicators(
    archive: Archive,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, metavar="N", help="Show the first N.")] = 30,
    fmt: Fmt = TableFormat.table,
    output: Out = None,
    patterns: Patterns_ = None,
) -> None:
    """The indicators the most articles state: figures, articles, places (or sites), years."""
    from ..archive.listing import list_indicators

    writable_parent(output)
    pats = load_patterns_or_exit(patterns)
    con = _open(archive)
    try:
        rows = list_indicators(con, pats, limit)
    finally:
        con.close()
    if fmt is TableFormat.json:
        import orjson

        _emit(orjson.dumps([r.to_dict() for r in rows], option=orjson.OPT_INDENT_2).decode() + "\n", output)
        return
    if fmt is TableFormat.csv:
        buf = io.StringIO()
        w = csv.writer(buf)
        w.writerow(
            [
                "indicator",
                "kind",
                "unit",
                "change",
                "figures",
                "articles",
                "first_year",
                "last_year",
                "reported",
                "planned",
                "places",
                "subjects",
            ]
        )
        for r in rows:
            w.writerow(
                [
                    r.name,
                    r.kind,
                    r.unit,
                    r.change,
                    r.figures,
                    r.articles,
                    r.first_year,
                    r.last_year,
                    r.reported,
                    r.planned,
                    " ".join(r.places),
                    " ".join(r.subjects),
                ]
            )
        _emit(buf.getvalue(), output)
        return
    from rich.table import Table

    console = _console(output)
    table = Table(
        "indicator",
        "unit",
        "articles",
        "figures",
        "years",
        "reported/planned",
        "places or sites",
        "written as",
    )
    for r in rows:
        years = f"{r.first_year}–{r.last_year}" if r.first_year else ""
        table.add_row(
            r.name,
            f"{r.kind} {r.unit}" + (" Δ" if r.change else ""),
            str(r.articles),
            str(r.figures),
            years,
            f"{r.reported}/{r.planned}",
            ", ".join(r.places),
            ", ".join(r.subjects),
        )
    console.print(table)
    if output:
        console.file.close()
