"""Helpers shared by the CLI and batch tests: run the command in-process, read JSONL."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from gov_facts.cli import app


def invoke(*args: str | Path, input: bytes | None = None) -> Any:
    """Run the command in-process; stdout and stderr kept apart."""
    return CliRunner().invoke(app, [str(a) for a in args], input=input, catch_exceptions=False)


def jsonl(text: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in text.splitlines()]
