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
from functools import lru_cache
from itertools import chain, repeat
from operator import itemgetter
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


@lru_cache(maxsize=1)
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
    "CSV_COLUMNS",
    "document_columns",
    "document_fields",
    "document_row",
    "fact_columns",
    "fact_rows",
    "facts_table_columns",
    "quote",
]


# --- the fact columns of many records at once ------------------------------------------------------
#
# ``fact_rows`` builds one row at a time; loading a batch column by column is ten times faster.
# Where ``fact_rows`` takes each column from is found by running it once on a probe record whose
# every field answers with its own path, so the columns stay defined in one place: a column
# that ``fact_rows`` computes rather than copies makes the loader fall back to ``fact_rows``.


class _Probe(dict[str, Any]):
    """A record, fact or nested object that answers every key with a probe of that key's path."""

    def __init__(self, path: tuple[str, ...]) -> None:
        super().__init__()
        self.path = path

    def __len__(self) -> int:  # truthy, so ``x.get("time") or {}`` keeps the probe
        return 1

    def get(self, key: str, default: Any = None) -> Any:
        if self.path == ("doc",) and key == "facts":
            return [_Probe(("fact",))]
        return _Probe((*self.path, key))


Getter = tuple[str, ...]


def fact_paths() -> list[Getter] | None:
    """Where ``fact_rows`` takes each CSV column from (``("doc", key)``, ``("fact", key)`` or
    ``("fact", key, subkey)``), or None when some column is computed."""
    row = next(iter(fact_rows(_Probe(("doc",)))), None)
    if row is None or not all(isinstance(v, _Probe) and 2 <= len(v.path) <= 3 for v in row):
        return None
    return [v.path for v in row]


def fact_table_columns(docs: list[dict[str, Any]], paths: list[Getter]) -> list[list[Any]]:
    """The CSV columns of all the records' facts, one list per column (as ``fact_rows`` gives them)."""
    facts = [f for d in docs for f in d.get("facts") or ()]
    sizes = [len(d.get("facts") or ()) for d in docs]
    out = []
    for path in paths:
        key = path[1]
        if path[0] == "doc":
            out.append(
                list(chain.from_iterable(repeat(d.get(key), n) for d, n in zip(docs, sizes, strict=True)))
            )
            continue
        try:  # a record's facts carry every field (they are model dumps): no .get per value
            column = list(map(itemgetter(key), facts))
        except KeyError:
            column = [f.get(key) for f in facts]
        if len(path) == 3:
            sub = path[2]
            column = [None if v is None else v.get(sub) for v in column]
        out.append(column)
    return out
