"""The archive's tables, derived from the definitions the output already has.

The facts table has the Parquet/CSV columns of :mod:`gov_facts.output.formats` (one
definition: ``CSV_COLUMNS`` with ``PARQUET_TYPES``, filled by ``fact_rows``), the
documents table the fields of :class:`~gov_facts.core.models.Document` less its facts;
each adds its keys. A column added to either definition (the schema ``gov-facts/1``
only ever grows) becomes a column of the database without a second list: an archive
made before it gains the column when a newer gov-facts next writes to it.
"""

from __future__ import annotations

import types
import typing
from collections.abc import Iterator, Mapping
from typing import Any

from ..core.models import Document
from ..output.formats import CSV_COLUMNS, PARQUET_TYPES, fact_rows

#: pyarrow type names (as PARQUET_TYPES gives them) to DuckDB types
DUCK_TYPES = {
    "string": "VARCHAR",
    "int32": "INTEGER",
    "int64": "BIGINT",
    "float64": "DOUBLE",
    "bool_": "BOOLEAN",
    "bool": "BOOLEAN",
}

#: the facts table's own keys and links, around the output columns
FACT_KEYS = (("doc_id", "BIGINT NOT NULL"),)
FACT_LINKS = (("original_doc_id", "BIGINT"), ("original_fact_id", "INTEGER"))

#: the documents table's keys and bookkeeping, before the record's fields
DOC_KEYS = (
    ("doc_id", "BIGINT PRIMARY KEY"),
    ("content_hash", "VARCHAR NOT NULL"),
    ("run_id", "INTEGER NOT NULL"),
    ("loaded_at", "TIMESTAMPTZ NOT NULL"),
    ("n_facts", "INTEGER NOT NULL"),
    ("cluster", "BIGINT NOT NULL"),
    ("original_doc_id", "BIGINT"),
)


def quote(name: str) -> str:
    """A column name as a SQL identifier (``end`` and ``schema`` are keywords)."""
    return '"' + name.replace('"', '""') + '"'


def fact_columns() -> list[tuple[str, str]]:
    """The output's fact columns with their DuckDB types, in CSV order."""
    return [(name, DUCK_TYPES.get(PARQUET_TYPES.get(name, "string"), "VARCHAR")) for name in CSV_COLUMNS]


def _duck_type(annotation: Any) -> str:
    """A record field's column type: text and numbers as such, anything structured as JSON."""
    args = typing.get_args(annotation)
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        kinds = [a for a in args if a is not type(None)]
        annotation = kinds[0] if len(kinds) == 1 else annotation
    if annotation is str:
        return "VARCHAR"
    if annotation is int:
        return "BIGINT"
    if annotation is float:
        return "DOUBLE"
    if annotation is bool:
        return "BOOLEAN"
    return "JSON"


def document_fields() -> list[tuple[str, str, str]]:
    """(column, record key, DuckDB type) of each document field but ``facts``, in model order."""
    out = []
    for name, info in Document.model_fields.items():
        if name == "facts":
            continue
        key = info.alias or name
        column = "input" if key == "input" else key
        kind = "VARCHAR NOT NULL UNIQUE" if key == "input" else _duck_type(info.annotation)
        out.append((column, key, kind))
    return out


def document_columns() -> list[tuple[str, str]]:
    """The documents table: keys, then the record's fields."""
    return [*DOC_KEYS, *((column, kind) for column, _, kind in document_fields())]


def facts_table_columns() -> list[tuple[str, str]]:
    """The facts table: the document key, the output columns, the link to a reprint's original."""
    return [*FACT_KEYS, *fact_columns(), *FACT_LINKS]


def document_row(record: Mapping[str, Any]) -> Iterator[Any]:
    """A record's values for :func:`document_fields`, structured ones as JSON text."""
    import orjson

    for _, key, kind in document_fields():
        value = record.get(key)
        if kind == "JSON":
            yield None if value is None else orjson.dumps(value).decode("utf-8")
        else:
            yield value


__all__ = [
    "document_columns",
    "document_fields",
    "document_row",
    "fact_columns",
    "fact_rows",
    "facts_table_columns",
    "quote",
]
