"""The ``gov-facts`` command: its commands registered on one Typer app, and the entry point.

The CLI is a thin layer: each command maps its options onto library calls
(``extract`` onto a run session, ``show`` onto the batch runner and the reports,
``patterns`` onto the patterns loader). Records go to stdout, progress and errors
to stderr; exit codes are :class:`~gov_facts.cli.common.ExitCode`.
"""

from __future__ import annotations

import atexit
import gc
import os
import sys
import threading
from pathlib import Path
from typing import Annotated

import typer

from ..core.schema import __version__
from .common import (
    CONTEXT,
    Command,
    ExitCode,
    err,
    hold_collector,
    is_work_done,
    load_divisions_or_exit,
    load_patterns_or_exit,
    resume_collector,
)
from .db import db_app
from .extract import extract
from .series import indicators, series
from .show import show


def _typer() -> typer.Typer:
    """The command's app, without its commands."""
    return typer.Typer(
        name="gov-facts",
        help="Turn Chinese government news pages into structured, checkable facts.",
        no_args_is_help=True,
        add_completion=False,
        pretty_exceptions_enable=False,
        context_settings=CONTEXT,
        # plain help, as click writes it: rich panels print a type placeholder (<bool>) after every flag
        rich_markup_mode=None,
    )


app = _typer()


def _version(value: bool) -> None:
    if value:
        typer.echo(f"gov-facts {__version__}")
        raise typer.Exit(ExitCode.OK)


def _main(
    ctx: typer.Context,
    version: Annotated[
        bool,
        typer.Option(
            "--version", metavar="", callback=_version, is_eager=True, help="Print the version and exit."
        ),
    ] = False,
) -> None:
    """Turn Chinese government news pages into structured, checkable facts."""
    if ctx.invoked_subcommand != "extract":  # extract: when its run begins
        resume_collector()


def patterns_cmd(
    files: Annotated[
        list[Path] | None,
        typer.Argument(metavar="FILE", help="Patterns files to validate and add.", show_default=False),
    ] = None,
) -> None:
    """List the patterns in force and where they come from; validate extra files."""
    pats = load_patterns_or_exit(files)
    for src in pats.sources:
        counts = ", ".join(f"{k} {v}" for k, v in sorted(src.counts.items()))
        typer.echo(f"{src.path}: {counts}")
    divisions = load_divisions_or_exit()
    levels = ", ".join(f"{k} {v}" for k, v in divisions.counts().items())
    info = divisions.info
    typer.echo(f"{divisions.path}: divisions version {info.version} of {info.date.isoformat()}: {levels}")
    typer.echo(f"  source: {info.source}; licence: {info.licence}")


app.callback()(_main)
app.command("extract", cls=Command)(extract)
app.command("show", cls=Command)(show)
app.command("patterns", cls=Command)(patterns_cmd)
app.command("series", cls=Command)(series)
app.command("indicators", cls=Command)(indicators)
app.add_typer(db_app)


def _app_for(first: list[str]) -> typer.Typer:
    """The app to run: for ``gov-facts extract …`` one that holds only ``extract``. Typer builds the
    click command of every command an app holds before it parses a word (their options read from
    the functions' signatures and annotations): the other five were some 5 ms of a one-page start.
    A group whose first word names its command never looks at the others (no listing, no
    suggestion), so the run, its help and its errors are the same."""
    if first != ["extract"]:
        return app
    only = _typer()
    only.callback()(_main)
    only.command("extract", cls=Command)(extract)
    return only


def main() -> None:
    """Console-script entry point."""
    if sys.stdin is None:  # started with standard input closed (<&-): '-' then fails with a clear line
        from ..read.files import closed_stdin

        sys.stdin = closed_stdin()
    # the collector held off while the command loads its modules and rules (some 200 modules, the
    # patterns): all of it is kept for the whole run, yet at the workers' thresholds it set off
    # collections that walked it (10-20 ms of a one-page start); on again, that part frozen, before
    # a command does its work (``_main``; ``extract`` when its run begins)
    hold_collector()
    try:
        _app_for(sys.argv[1:2])()
    except KeyboardInterrupt:
        err("interrupted")
        sys.exit(130)
    except SystemExit as exc:
        gc.freeze()
        if is_work_done() and (exc.code is None or isinstance(exc.code, int)):
            _leave(exc.code or 0)
        raise
    finally:
        # the run is over: spare the interpreter's last full collection at exit, which walks every
        # object the modules and rules left (some 30 ms); what is open is closed as usual
        gc.freeze()


def _leave(code: int) -> None:
    """End the process now that the command's files are closed: exit handlers run and the standard
    streams are flushed as at any exit, but the interpreter does not then free every module and
    object one by one (10-20 ms of CPU after a one-page run). Not while another thread runs."""
    if threading.active_count() > 1:
        return
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a reader gone, a stream closed: as Python's own exit says
            code = code or 120
    os._exit(code)
