"""A batch of records into the archive's tables, column by column (never row by row).

The documents table takes the record's fields (:func:`~.columns.document_fields`), the facts
table the output's CSV/Parquet columns, built column by column (:func:`~.columns.fact_paths`)
or, should ``fact_rows`` compute a column, by ``fact_rows`` itself.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any

from .columns import Getter, document_fields, document_row, fact_columns, fact_rows, fact_table_columns
from .frames import column, ints, objects
from .reprints import figure_hashes

if TYPE_CHECKING:
    import duckdb


def insert_documents(
    con: duckdb.DuckDBPyConnection,
    run_id: int,
    docs: list[tuple[int, str, dict[str, Any]]],
    paths: list[Getter] | None,
) -> tuple[int, dict[int, tuple[Any, Any]]]:
    """Insert the documents and their facts as two frames; returns how many facts, and
    each document's figure hashes and fact ids (for the reprint index)."""
    import numpy as np

    if not docs:
        return 0, {}
    fields = document_fields()
    values = list(zip(*(tuple(document_row(record)) for _, _, record in docs), strict=True))
    doc_table = (  # noqa: F841
        {
            "doc_id": ints([d[0] for d in docs]),
            "content_hash": objects([d[1] for d in docs]),
            "run_id": ints([run_id] * len(docs), "int32"),
            "n_facts": ints([len(d[2].get("facts") or ()) for d in docs], "int32"),
            "cluster": ints([d[0] for d in docs]),
            **{name: column(values[i], kind) for i, (name, _, kind) in enumerate(fields)},
        }
    )
    con.execute(
        "INSERT INTO documents BY NAME SELECT *, ?::TIMESTAMPTZ AS loaded_at FROM doc_table",
        [_now()],
    )
    sizes = [len(d[2].get("facts") or ()) for d in docs]
    columns = _fact_columns([d[2] for d in docs], paths)
    at = {name: i for i, (name, _) in enumerate(fact_columns())}
    hashes = figure_hashes(columns[at["value"]], columns[at["low"]], columns[at["high"]], columns[at["unit"]])
    ids = np.asarray(columns[at["fact_id"]], dtype="<i4")
    bounds = np.cumsum([0, *sizes])
    figures = {
        d[0]: (hashes[bounds[k] : bounds[k + 1]], ids[bounds[k] : bounds[k + 1]]) for k, d in enumerate(docs)
    }
    if not sum(sizes):
        return 0, figures
    fact_table = (  # noqa: F841
        {
            "doc_id": np.repeat(np.array([d[0] for d in docs], dtype=np.int64), sizes),
            **{name: column(columns[i], kind) for i, (name, kind) in enumerate(fact_columns())},
        }
    )
    con.execute("INSERT INTO facts BY NAME SELECT * FROM fact_table ON CONFLICT DO NOTHING")
    return sum(sizes), figures


def _fact_columns(records: list[dict[str, Any]], paths: list[Getter] | None) -> list[Sequence[Any]]:
    """The output's fact columns of the records (column by column when ``fact_rows`` allows)."""
    if paths is not None:
        return list(fact_table_columns(records, paths))
    rows = [row for record in records for row in fact_rows(record)]
    if not rows:
        return [[] for _ in fact_columns()]
    return list(zip(*rows, strict=True))


def insert_errors(con: duckdb.DuckDBPyConnection, run_id: int, errors: list[tuple[Any, ...]]) -> None:
    """Insert the errors rows of a batch: (input, content hash, kind, message)."""

    if not errors:
        return
    error_rows = (  # noqa: F841
        {
            "run_id": ints([run_id] * len(errors), "int32"),
            "input": objects([e[0] for e in errors]),
            "content_hash": objects([e[1] for e in errors]),
            "error": objects([e[2] for e in errors]),
            "message": objects([e[3] for e in errors]),
        }
    )
    con.execute("INSERT INTO errors BY NAME SELECT * FROM error_rows")


def _now() -> datetime:
    return datetime.now(timezone.utc)
