"""What became of each input (:class:`Result`), the run's tally (:class:`Summary`), and the work
one worker does for one input (:func:`process_task`)."""

from __future__ import annotations

import traceback
from dataclasses import dataclass, field
from typing import Any

import orjson

from ..core.errors import GovFactsError
from ..facts.shadow import Script
from ..read.files import read_file
from ..read.items import DEFAULT_MAX_BYTES, InputFailure, Task
from ..rules.patterns import Patterns
from .pipeline import process

#: seconds one input may take before it fails (``--timeout``), in a worker or in this process
DEFAULT_TIMEOUT = 30.0
#: outcome of an input, as counted in the summary
STATUSES = ("with_facts", "without_facts", "no_article", "failed")


@dataclass(frozen=True)
class Result:
    """What became of one input: a record (compact JSON bytes) or a failure."""

    input: str
    record: bytes | None = None
    facts: int = 0
    failure: InputFailure | None = None

    @property
    def status(self) -> str:
        if self.failure is not None:
            return "no_article" if self.failure.kind == "no_article" else "failed"
        return "with_facts" if self.facts else "without_facts"

    def document(self) -> Any:
        """The record as a :class:`~gov_facts.models.Document` (parses the JSON)."""
        from ..core.models import Document

        return None if self.record is None else Document.model_validate_json(self.record)


@dataclass
class Summary:
    """What happened to every input; the parts always add up to ``read``."""

    read: int = 0
    with_facts: int = 0
    without_facts: int = 0
    no_article: int = 0
    failed: int = 0
    facts: int = 0
    resumed: int = 0  # of ``read``, inputs finished by an earlier run
    unchanged: int = 0  # of ``read``, pages the archive database already held (not read again)
    failures: list[InputFailure] = field(default_factory=list)

    def add(self, status: str, facts: int = 0) -> None:
        self.read += 1
        setattr(self, status, getattr(self, status) + 1)
        self.facts += facts

    def add_result(self, result: Result) -> None:
        self.add(result.status, result.facts)
        if result.failure is not None:
            self.failures.append(result.failure)

    @property
    def errors(self) -> int:
        return self.no_article + self.failed

    def line(self) -> str:
        earlier = f" ({self.resumed} by the earlier run)" if self.resumed else ""
        if self.unchanged:
            earlier += f" ({self.unchanged} already in the archive)"
        return (
            f"{self.read} read{earlier}: {self.with_facts} with facts, {self.without_facts} without facts, "
            f"{self.no_article} no article, {self.failed} failed; {self.facts} facts"
        )


def timed_out(name: str, timeout: float) -> Result:
    """The failure of an input stopped at the run's time limit (by a worker's parent or a timer)."""
    return Result(name, failure=InputFailure(name, "timeout", f"gave up after {timeout:g} s (--timeout)"))


def process_task(
    task: Task, patterns: Patterns, max_bytes: int = DEFAULT_MAX_BYTES, script: Script = "original"
) -> Result:
    """One task to a :class:`Result`; never raises. This is what a worker runs."""
    if task.data is None and task.path is not None:
        try:
            data: bytes | None = read_file(task.path, max_bytes)
        except GovFactsError as exc:
            return Result(task.name, failure=InputFailure(task.name, exc.kind, str(exc)))
    else:
        data = task.data if task.data is not None else b""
    out = process(task.name, data, patterns, task.url, script, snippet=task.snippet, published=task.published)
    if isinstance(out, InputFailure):
        return Result(task.name, failure=out)
    try:
        return Result(task.name, orjson.dumps(out.to_dict()), len(out.facts))
    except Exception as exc:  # pragma: no cover - a record that does not serialize is a bug
        failure = InputFailure(
            task.name, "internal_error", f"{type(exc).__name__}: {exc}", traceback.format_exc()
        )
        return Result(task.name, failure=failure)
