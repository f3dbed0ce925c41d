"""``gov-facts db info``: what an archive database holds (counts, reprint clusters, runs)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from .common import CONTEXT, Command, ExitCode, err

db_app = typer.Typer(
    name="db",
    help="Look into an archive database made by gov-facts extract --db.",
    no_args_is_help=True,
    add_completion=False,
    context_settings=CONTEXT,
    rich_markup_mode=None,
)

ArchivePath = Annotated[
    Path,
    typer.Argument(metavar="ARCHIVE", help="The archive database (a DuckDB file).", show_default=False),
]


@db_app.command("info", cls=Command)
def info(
    archive: ArchivePath,
    as_json: Annotated[bool, typer.Option("--json", metavar="", help="Print it as JSON.")] = False,
    runs: Annotated[int, typer.Option("--runs", min=0, metavar="N", help="Show the last N runs.")] = 10,
) -> None:
    """Counts (documents, facts, each figure once), reprint clusters, errors and the last runs."""
    from ..archive.database import ArchiveError
    from ..archive.info import archive_info

    try:
        about = archive_info(archive, runs)
    except ArchiveError as exc:
        err(str(exc))
        raise typer.Exit(ExitCode.USAGE) from None
    if as_json:
        import orjson

        sys.stdout.buffer.write(orjson.dumps(about.to_dict(), option=orjson.OPT_INDENT_2) + b"\n")
        return
    from rich.console import Console
    from rich.table import Table

    console = Console(highlight=False)
    console.print(
        f"[bold]{about.path}[/]  {about.bytes / 1e6:.1f} MB, layout {about.layout}, {about.created_by}"
    )
    console.print(
        f"{about.documents:,} documents, {about.facts:,} facts "
        f"({about.figures:,} once reprints are set aside); "
        f"{about.clusters:,} reprint clusters holding {about.reprints:,} reprints; "
        f"{about.errors_last_run:,} errors in the last run"
    )
    table = Table(
        "run", "started", "status", "version", "read", "new", "replaced", "unchanged", "failed", "facts"
    )
    for r in about.runs:
        table.add_row(
            str(r.run_id), r.started_at, r.status, r.gov_facts_version,
            *(f"{n:,}" for n in (r.read + r.unchanged, r.loaded, r.replaced, r.unchanged, r.failed, r.facts)),
        )  # fmt: skip
    console.print(table)
