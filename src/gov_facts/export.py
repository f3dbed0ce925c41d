"""Writers for the output formats: JSONL, JSON array and CSV (one row per fact).

They stream: each takes an iterable of records and writes as it goes, so a
batch never holds all records in memory. Chinese is written as is (UTF-8).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from typing import IO, Any

import orjson

from .models import Document

FORMATS = ("jsonl", "json", "csv")

#: document columns repeated on every CSV row, then the fact columns
CSV_DOC_COLUMNS = ("input", "title", "published_at", "source", "url")
CSV_FACT_COLUMNS = (
    "fact_id", "kind", "value", "low", "high", "unit", "currency", "qualifier", "change", "basis",
    "subject", "time_text", "time_type", "time_start", "time_end", "status", "text", "start", "end",
    "sentence", "si_value", "si_unit",
)  # fmt: skip
CSV_COLUMNS = CSV_DOC_COLUMNS + CSV_FACT_COLUMNS


def _dumps(doc: Document, indent: bool = False) -> bytes:
    option = orjson.OPT_INDENT_2 if indent else 0
    return orjson.dumps(doc.to_dict(), option=option)


def write_jsonl(docs: Iterable[Document], out: IO[bytes]) -> int:
    """One record per line; returns the number written."""
    n = 0
    for doc in docs:
        out.write(_dumps(doc) + b"\n")
        n += 1
    return n


def write_json(docs: Iterable[Document], out: IO[bytes]) -> int:
    """An indented JSON array of records."""
    n = 0
    out.write(b"[")
    for doc in docs:
        out.write(b"\n" if n == 0 else b",\n")
        out.write(_dumps(doc, indent=True))
        n += 1
    out.write(b"\n]\n" if n else b"]\n")
    return n


def csv_rows(doc: Document) -> Iterable[list[Any]]:
    """The CSV rows of one document: one per fact, document columns repeated."""
    head = [doc.input, doc.title, doc.published_at, doc.source, doc.url]
    for f in doc.facts:
        t = f.time
        yield head + [
            f.id, f.kind, f.value, f.low, f.high, f.unit, f.currency, f.qualifier, f.change, f.basis,
            f.subject, t.text if t else None, t.type if t else None, t.start if t else None,
            t.end if t else None, f.status, f.text, f.start, f.end, f.sentence, f.si_value, f.si_unit,
        ]  # fmt: skip


def write_csv(docs: Iterable[Document], out: IO[bytes], bom: bool = False) -> int:
    """CSV, one row per fact; ``bom`` prefixes a UTF-8 BOM so Excel reads Chinese right."""
    text = io.TextIOWrapper(out, encoding="utf-8-sig" if bom else "utf-8", newline="", write_through=True)
    writer = csv.writer(text)
    writer.writerow(CSV_COLUMNS)
    n = 0
    for doc in docs:
        writer.writerows(["" if v is None else v for v in row] for row in csv_rows(doc))
        n += 1
    text.flush()
    text.detach()
    return n


def write(docs: Iterable[Document], out: IO[bytes], fmt: str, bom: bool = False) -> int:
    """Write records in ``fmt`` (one of FORMATS); returns how many documents were written."""
    if fmt == "jsonl":
        return write_jsonl(docs, out)
    if fmt == "json":
        return write_json(docs, out)
    if fmt == "csv":
        return write_csv(docs, out, bom=bom)
    raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
