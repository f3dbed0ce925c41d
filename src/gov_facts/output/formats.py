"""Writers for the output formats: JSONL, JSON array, CSV (one row per fact) and Parquet.

Each format is an :class:`Encoder` that turns one record at a time into bytes
(plus a header and a footer), so a batch never holds all records in memory
and a stopped run can be resumed by cutting the file back to the last whole
record. Chinese is written as is (UTF-8), never as ``\\uXXXX``.

A record is a :class:`~gov_facts.models.Document`, its ``to_dict()``, or that
dict already encoded as JSON bytes (what batch workers send back).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Union

import orjson

if TYPE_CHECKING:
    from ..core.models import Document

Record = Union["Document", Mapping[str, Any], bytes]

FORMATS = ("jsonl", "json", "csv", "parquet")
#: formats that can be written to a stream such as stdout
STREAM_FORMATS = ("jsonl", "json", "csv")

#: The facts table, one row per fact, as CSV, Parquet and any other table sink write it: each
#: column's name and Arrow type, in order. The one definition of the columns: the names, their
#: order and their types below are all read from here, and :func:`fact_rows` fills them.
FACT_TABLE: tuple[tuple[str, str], ...] = (
    # the document's, repeated on each of its facts
    ("input", "string"), ("title", "string"), ("published_at", "string"), ("source", "string"),
    ("url", "string"),
    # the fact's
    ("fact_id", "int32"), ("kind", "string"), ("value", "float64"), ("low", "float64"),
    ("high", "float64"), ("unit", "string"), ("currency", "string"), ("qualifier", "string"),
    ("change", "string"), ("basis", "string"), ("subject", "string"), ("time_text", "string"),
    ("time_type", "string"), ("time_start", "string"), ("time_end", "string"), ("status", "string"),
    ("text", "string"), ("start", "int32"), ("end", "int32"), ("sentence", "string"),
    ("si_value", "float64"), ("si_unit", "string"),
    ("place_name", "string"), ("place_code", "string"), ("place_level", "string"),
    # the wider reading of the time, for a fact whose own sentence states none (added later)
    ("scope_time_text", "string"), ("scope_time_start", "string"), ("scope_time_end", "string"),
)  # fmt: skip
CSV_COLUMNS: tuple[str, ...] = tuple(name for name, _ in FACT_TABLE)
#: document columns repeated on every CSV/Parquet row, then the fact columns
CSV_DOC_COLUMNS = CSV_COLUMNS[:5]
CSV_FACT_COLUMNS = CSV_COLUMNS[5:]


def as_dict(record: Record) -> Mapping[str, Any]:
    """Any accepted record shape as the plain ``gov-facts/1`` dict."""
    if isinstance(record, bytes):
        loaded: dict[str, Any] = orjson.loads(record)
        return loaded
    if isinstance(record, Mapping):
        return record
    return record.to_dict()


def as_json(record: Record) -> bytes:
    """A record as compact JSON bytes (no newline)."""
    if isinstance(record, bytes):
        return record
    return orjson.dumps(as_dict(record))


def fact_rows(record: Record) -> Iterator[list[Any]]:
    """The rows of one record, in :data:`CSV_COLUMNS` order: one per fact, document columns repeated."""
    doc = as_dict(record)
    head = [doc.get("input"), doc.get("title"), doc.get("published_at"), doc.get("source"), doc.get("url")]
    for f in doc.get("facts") or ():
        t = f.get("time") or {}
        p = f.get("place") or {}
        w = f.get("scope_time") or {}
        yield [
            *head,
            f.get("id"), f.get("kind"), f.get("value"), f.get("low"), f.get("high"), f.get("unit"),
            f.get("currency"), f.get("qualifier"), f.get("change"), f.get("basis"), f.get("subject"),
            t.get("text"), t.get("type"), t.get("start"), t.get("end"), f.get("status"), f.get("text"),
            f.get("start"), f.get("end"), f.get("sentence"), f.get("si_value"), f.get("si_unit"),
            p.get("name"), p.get("code"), p.get("level"), w.get("text"), w.get("start"), w.get("end"),
        ]  # fmt: skip


#: kept for callers of the first slice
csv_rows = fact_rows


class Encoder:
    """Bytes for one format: ``header()``, ``record(r, i)`` for the i-th record, ``footer(n)``."""

    def header(self) -> bytes:
        return b""

    def record(self, record: Record, index: int) -> bytes:
        raise NotImplementedError

    def footer(self, count: int) -> bytes:
        return b""


class JsonlEncoder(Encoder):
    """One record per line."""

    def record(self, record: Record, index: int) -> bytes:
        return as_json(record) + b"\n"


class JsonEncoder(Encoder):
    """An indented JSON array of records."""

    def header(self) -> bytes:
        return b"["

    def record(self, record: Record, index: int) -> bytes:
        sep = b"\n" if index == 0 else b",\n"
        return sep + orjson.dumps(as_dict(record), option=orjson.OPT_INDENT_2)

    def footer(self, count: int) -> bytes:
        return b"\n]\n" if count else b"]\n"


#: first characters that make a spreadsheet read a cell as a formula (CSV injection)
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def excel_safe_cell(value: Any) -> Any:
    """A text cell that a spreadsheet would run as a formula, with a ``'`` in front; others unchanged.

    Only strings are touched: numbers stay numbers, so ``-5`` as a value is
    still the number -5 while the text ``-5%`` becomes ``'-5%``.
    """
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


class CsvEncoder(Encoder):
    """One row per fact under a header row; ``bom`` starts the file with a UTF-8 BOM for Excel.

    ``excel_safe`` puts a ``'`` before text cells that start with ``= + - @``
    (or a tab or carriage return), so a spreadsheet shows them instead of
    running them as formulas.
    """

    def __init__(self, bom: bool = False, excel_safe: bool = False) -> None:
        self.bom = bom
        self.excel_safe = excel_safe

    def _rows(self, rows: Iterable[Iterable[Any]]) -> bytes:
        buf = io.StringIO()
        safe = excel_safe_cell if self.excel_safe else (lambda v: v)
        csv.writer(buf).writerows(["" if v is None else safe(v) for v in row] for row in rows)
        return buf.getvalue().encode("utf-8")

    def header(self) -> bytes:
        return (b"\xef\xbb\xbf" if self.bom else b"") + self._rows([CSV_COLUMNS])

    def record(self, record: Record, index: int) -> bytes:
        return self._rows(fact_rows(record))


def encoder(fmt: str, bom: bool = False, excel_safe: bool = False) -> Encoder:
    """The encoder of a stream format (``parquet`` is written by :func:`write_parquet`)."""
    if fmt == "jsonl":
        return JsonlEncoder()
    if fmt == "json":
        return JsonEncoder()
    if fmt == "csv":
        return CsvEncoder(bom, excel_safe)
    raise ValueError(f"unknown stream format {fmt!r}; choose one of {', '.join(STREAM_FORMATS)}")


def write_stream(docs: Iterable[Record], out: IO[bytes], enc: Encoder) -> int:
    """Write all records through ``enc``; returns how many were written."""
    out.write(enc.header())
    n = 0
    for doc in docs:
        out.write(enc.record(doc, n))
        n += 1
    out.write(enc.footer(n))
    return n


def write_jsonl(docs: Iterable[Record], out: IO[bytes]) -> int:
    """One record per line; returns the number written."""
    return write_stream(docs, out, JsonlEncoder())


def write_json(docs: Iterable[Record], out: IO[bytes]) -> int:
    """An indented JSON array of records."""
    return write_stream(docs, out, JsonEncoder())


def write_csv(docs: Iterable[Record], out: IO[bytes], bom: bool = False, excel_safe: bool = False) -> int:
    """CSV, one row per fact; ``bom`` prefixes a UTF-8 BOM so Excel reads Chinese right."""
    return write_stream(docs, out, CsvEncoder(bom, excel_safe))


def write(docs: Iterable[Record], out: IO[bytes], fmt: str, bom: bool = False) -> int:
    """Write records in ``fmt`` (one of FORMATS); returns how many documents were written."""
    if fmt == "parquet":
        return write_parquet(docs, out)
    if fmt not in STREAM_FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    return write_stream(docs, out, encoder(fmt, bom))


# --- Parquet ---------------------------------------------------------------------------------

#: Parquet column types by name (pyarrow type names), from :data:`FACT_TABLE`
PARQUET_TYPES: dict[str, str] = dict(FACT_TABLE)
PARQUET_BATCH_ROWS = 20_000


def parquet_schema() -> Any:
    """The facts table's Arrow schema (imports pyarrow).

    One row per fact, the same columns as CSV:

    - document (repeated on each of its facts): ``input``, ``title``,
      ``published_at`` (ISO 8601 with offset, as text), ``source``, ``url``;
    - fact: ``fact_id`` int32, ``kind``, ``value``/``low``/``high`` float64,
      ``unit``, ``currency``, ``qualifier``, ``change``, ``basis``, ``subject``,
      ``time_text``, ``time_type``, ``time_start``/``time_end`` (ISO dates as
      text), ``status``, ``text``, ``start``/``end`` int32 (character offsets in
      the record's ``text``), ``sentence``, ``si_value`` float64, ``si_unit``,
      ``place_name``, ``place_code`` (GB/T 2260, or a country's ISO code), ``place_level``.

    All columns are nullable; strings are UTF-8. Documents without facts have
    no rows (as in CSV); the JSON formats keep them.
    """
    pa = _pyarrow()
    return pa.schema([pa.field(name, getattr(pa, PARQUET_TYPES[name])()) for name in CSV_COLUMNS])


def _pyarrow() -> Any:
    try:
        import pyarrow
        import pyarrow.parquet
    except ImportError as exc:
        raise ImportError("--format parquet needs pyarrow: pip install 'gov-facts[parquet]'") from exc
    return pyarrow


def write_parquet(docs: Iterable[Record], out: str | Path | IO[bytes]) -> int:
    """Write the facts table (see :func:`parquet_schema`) in row groups; returns documents written."""
    pa = _pyarrow()
    import pyarrow.parquet as pq

    schema = parquet_schema()
    floats = {i for i, name in enumerate(CSV_COLUMNS) if PARQUET_TYPES[name] == "float64"}
    n = 0
    columns: list[list[Any]] = [[] for _ in CSV_COLUMNS]
    with pq.ParquetWriter(out, schema, compression="zstd") as writer:

        def flush() -> None:
            if columns[0]:
                writer.write_table(pa.Table.from_arrays(columns, schema=schema))
                for col in columns:
                    col.clear()

        for doc in docs:
            n += 1
            for row in fact_rows(doc):
                for i, v in enumerate(row):
                    columns[i].append(float(v) if i in floats and v is not None else v)
            if len(columns[0]) >= PARQUET_BATCH_ROWS:
                flush()
        flush()
    return n
