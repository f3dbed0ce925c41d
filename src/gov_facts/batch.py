"""Run the pipeline over many inputs, keeping order, reporting each failure.

Every input yields either a record or an :class:`InputFailure`; one bad input
never stops the others. The CLI maps its options onto :func:`run`.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from .errors import GovFactsError
from .models import Document
from .patterns import Patterns
from .pipeline import extract, read_input


@dataclass(frozen=True)
class InputFailure:
    """Why one input gave no record."""

    input: str
    kind: str
    message: str
    detail: str | None = None  # a traceback, for --debug, when the failure is a bug

    def line(self) -> str:
        return f"{self.input}: {self.kind}: {self.message}"


@dataclass
class Summary:
    """What happened to every input; the parts always add up to ``read``."""

    read: int = 0
    with_facts: int = 0
    without_facts: int = 0
    no_article: int = 0
    failed: int = 0
    facts: int = 0
    failures: list[InputFailure] = field(default_factory=list)

    def line(self) -> str:
        return (
            f"{self.read} read: {self.with_facts} with facts, {self.without_facts} without facts, "
            f"{self.no_article} no article, {self.failed} failed; {self.facts} facts"
        )


def process(name: str, data: bytes | None, patterns: Patterns) -> Document | InputFailure:
    """One input to a record or a failure; never raises."""
    try:
        raw = data if data is not None else read_input(name)
        return extract(raw, name, patterns=patterns)
    except GovFactsError as exc:
        return InputFailure(name, exc.kind, str(exc))
    except RecursionError:
        return InputFailure(name, "too_deep", "the page nests too deeply to read")
    except MemoryError:
        return InputFailure(name, "too_large", "the page is too large to read in memory")
    except Exception as exc:  # a bug: report it against the input, keep going
        return InputFailure(name, "internal_error", f"{type(exc).__name__}: {exc}", traceback.format_exc())


def read_stdin() -> bytes:
    """All of standard input as bytes (the input named ``-``)."""
    return sys.stdin.buffer.read()


def run(
    inputs: Iterable[str],
    patterns: Patterns,
    on_failure: Callable[[InputFailure], None] | None = None,
    summary: Summary | None = None,
) -> Iterator[Document]:
    """Records for ``inputs`` in order; failures go to ``on_failure`` and the summary."""
    summary = summary if summary is not None else Summary()
    for name in inputs:
        data = read_stdin() if name == "-" else None
        result = process(name, data, patterns)
        summary.read += 1
        if isinstance(result, InputFailure):
            if result.kind == "no_article":
                summary.no_article += 1
            else:
                summary.failed += 1
            summary.failures.append(result)
            if on_failure is not None:
                on_failure(result)
            continue
        summary.facts += len(result.facts)
        if result.facts:
            summary.with_facts += 1
        else:
            summary.without_facts += 1
        yield result
