"""Columns handed to DuckDB as NumPy arrays (DuckDB scans a dict of arrays by its variable name).

NumPy rather than Arrow: pyarrow imports pandas the first time it converts a Python list, which
cost a run of ``--db`` 1 s of start-up on this machine (pyarrow 0.36 s, pandas 0.64 s), while
the load itself is no slower. A ``None`` is a NULL: masked in a number column, ``None`` in an
object column.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import numpy as np

Frame = dict[str, np.ndarray]


def ints(values: Iterable[Any], dtype: str = "int64") -> np.ndarray:
    """An integer column (masked where a value is None)."""
    vals = list(values)
    if None not in vals:
        return np.array(vals, dtype=dtype)
    return np.ma.masked_array(np.array([0 if v is None else v for v in vals], dtype=dtype),
                              mask=[v is None for v in vals])  # fmt: skip


def floats(values: Iterable[Any]) -> np.ndarray:
    """A float column (masked where a value is None; a huge integer becomes a float, as in Parquet)."""
    vals = list(values)
    if None not in vals:
        return np.array([float(v) for v in vals], dtype=np.float64)
    data = np.array([0.0 if v is None else float(v) for v in vals], dtype=np.float64)
    return np.ma.masked_array(data, mask=[v is None for v in vals])


def objects(values: Iterable[Any]) -> np.ndarray:
    """A text, JSON or blob column (None stays None: NULL)."""
    vals = list(values)
    out = np.empty(len(vals), dtype=object)
    out[:] = vals
    return out


def bools(values: Iterable[Any]) -> np.ndarray:
    vals = list(values)
    data = np.array([bool(v) for v in vals], dtype=bool)
    if None not in vals:
        return data
    return np.ma.masked_array(data, mask=[v is None for v in vals])


def column(values: Sequence[Any], kind: str) -> np.ndarray:
    """A column of a DuckDB type (``INTEGER``, ``DOUBLE``, ``VARCHAR NOT NULL``…)."""
    base = kind.split()[0]
    if base == "INTEGER":
        return ints(values, "int32")
    if base in ("BIGINT", "SMALLINT"):
        return ints(values, "int64")
    if base == "DOUBLE":
        return floats(values)
    if base == "BOOLEAN":
        return bools(values)
    return objects(values)


def id_frame(ids: Iterable[int]) -> Frame:
    """A one-column frame of document ids (for joins)."""
    return {"doc_id": ints(sorted(set(ids)))}
