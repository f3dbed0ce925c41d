"""Output formats: JSONL, JSON, CSV (one row per fact) and Parquet, from every accepted record shape."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import orjson
import pytest

from gov_facts.core.models import Document, Fact, TimeRef
from gov_facts.output.formats import (
    CSV_COLUMNS,
    FORMATS,
    PARQUET_TYPES,
    STREAM_FORMATS,
    encoder,
    fact_rows,
    write,
    write_parquet,
)

SENTENCE = '全年完成投资1.8亿元,比上年增长12.5%,"重点"项目\n3个。'


def make_doc(name: str = "a.html", facts: int = 2) -> Document:
    all_facts = [
        Fact(id=1, kind="money", value=180000000, unit="元", currency="CNY", subject="投资", text="1.8亿元",
             start=6, end=11, sentence=SENTENCE, time=TimeRef(text="全年", type="period", start="2023-01-01",
                                                              end="2023-12-31")),
        Fact(id=2, kind="percent", value=12.5, unit="%", change="increase", basis="year_on_year",
             text="12.5%", start=17, end=22, sentence=SENTENCE),
    ]  # fmt: skip
    return Document(
        input=name,
        title="桐溪县2023年投资“稳中有进”",
        published_at="2024-01-05T09:00:00+08:00",
        source="桐溪县统计局",
        url="http://www.example.gov.cn/1.html",
        text=SENTENCE,
        facts=all_facts[:facts],
    )


DOCS = [make_doc("a.html"), make_doc("b.html", facts=0), make_doc("c.html", facts=1)]

SHAPES = {
    "document": lambda d: d,
    "dict": lambda d: d.to_dict(),
    "json-bytes": lambda d: orjson.dumps(d.to_dict()),
}


def encode(fmt: str, docs: list[Any], bom: bool = False) -> bytes:
    out = io.BytesIO()
    write(docs, out, fmt, bom=bom)
    return out.getvalue()


# --- every shape of record gives the same bytes ------------------------------------------------------


@pytest.mark.parametrize("fmt", STREAM_FORMATS)
@pytest.mark.parametrize("shape", ["dict", "json-bytes"])
def test_record_shapes_encode_alike(fmt: str, shape: str) -> None:
    assert encode(fmt, [SHAPES[shape](d) for d in DOCS]) == encode(fmt, DOCS)


# --- per format ---------------------------------------------------------------------------------------


def test_jsonl_one_compact_record_per_line() -> None:
    lines = encode("jsonl", DOCS).decode("utf-8").splitlines()
    assert [json.loads(line)["input"] for line in lines] == ["a.html", "b.html", "c.html"]
    assert all(line.startswith('{"schema":"gov-facts/1",') for line in lines)


def test_json_is_an_indented_array() -> None:
    text = encode("json", DOCS).decode("utf-8")
    assert text.startswith('[\n{\n  "schema": "gov-facts/1"') and text.endswith("}\n]\n")
    assert [d["input"] for d in json.loads(text)] == ["a.html", "b.html", "c.html"]


def test_csv_one_row_per_fact_with_document_columns() -> None:
    rows = list(csv.reader(io.StringIO(encode("csv", DOCS).decode("utf-8"))))
    assert tuple(rows[0]) == CSV_COLUMNS
    body = [dict(zip(CSV_COLUMNS, r, strict=True)) for r in rows[1:]]
    assert [(r["input"], r["fact_id"]) for r in body] == [("a.html", "1"), ("a.html", "2"), ("c.html", "1")]
    first = body[0]
    assert first["title"] == "桐溪县2023年投资“稳中有进”" and first["source"] == "桐溪县统计局"
    time = (first["time_text"], first["time_start"], first["time_end"])
    assert time == ("全年", "2023-01-01", "2023-12-31")
    assert first["sentence"] == SENTENCE  # commas, quotes and a newline survive quoting
    assert body[1]["time_type"] == "" and body[1]["currency"] == ""  # None is an empty cell


@pytest.mark.parametrize(
    ("fmt", "want"),
    [
        pytest.param("jsonl", b"", id="jsonl"),
        pytest.param("json", b"[]\n", id="json"),
        pytest.param("csv", (",".join(CSV_COLUMNS) + "\r\n").encode(), id="csv-header-only"),
    ],
)
def test_no_records(fmt: str, want: bytes) -> None:
    assert encode(fmt, []) == want


@pytest.mark.parametrize(
    ("bom", "starts"), [(True, b"\xef\xbb\xbfinput,"), (False, b"input,")], ids=["bom", "no-bom"]
)
def test_csv_bom(bom: bool, starts: bytes) -> None:
    assert encode("csv", DOCS, bom=bom).startswith(starts)


@pytest.mark.parametrize("fmt", STREAM_FORMATS)
def test_chinese_written_as_is(fmt: str) -> None:
    data = encode(fmt, DOCS)
    assert "桐溪县统计局".encode() in data
    assert b"\\u" not in data


def test_encoder_pieces_concatenate_to_write() -> None:
    """What --resume relies on: header + records + footer, written in pieces, is the whole file."""
    for fmt in STREAM_FORMATS:
        enc = encoder(fmt)
        pieces = enc.header() + b"".join(enc.record(d, i) for i, d in enumerate(DOCS)) + enc.footer(len(DOCS))
        assert pieces == encode(fmt, DOCS), fmt


@pytest.mark.parametrize("fmt", ["xml", "parquet"], ids=["unknown", "parquet-is-not-a-stream"])
def test_encoder_rejects(fmt: str) -> None:
    with pytest.raises(ValueError, match="stream format"):
        encoder(fmt)


def test_write_rejects_unknown_format() -> None:
    with pytest.raises(ValueError, match="unknown format 'xml'"):
        write(DOCS, io.BytesIO(), "xml")
    assert "parquet" in FORMATS


# --- Parquet ------------------------------------------------------------------------------------------


@pytest.fixture
def pq() -> Any:
    return pytest.importorskip("pyarrow.parquet")


def test_parquet_rows_match_csv_rows(pq: Any) -> None:
    out = io.BytesIO()
    assert write_parquet(DOCS, out) == 3
    table = pq.read_table(io.BytesIO(out.getvalue()))
    assert table.column_names == list(CSV_COLUMNS)
    assert [str(f.type) for f in table.schema] == [
        {"float64": "double"}.get(PARQUET_TYPES[c], PARQUET_TYPES[c]) for c in CSV_COLUMNS
    ]
    want = [list(row) for d in DOCS for row in fact_rows(d)]
    got = [[rec[c] for c in CSV_COLUMNS] for rec in table.to_pylist()]
    assert got == want


@pytest.mark.parametrize("batch_rows", [1, 2, 10_000], ids=["row-per-group", "two-per-group", "one-group"])
def test_parquet_row_groups(pq: Any, monkeypatch: Any, batch_rows: int) -> None:
    import gov_facts.output.formats

    monkeypatch.setattr(gov_facts.output.formats, "PARQUET_BATCH_ROWS", batch_rows)
    out = io.BytesIO()
    write_parquet([make_doc(f"{i}.html") for i in range(3)], out)
    meta = pq.ParquetFile(io.BytesIO(out.getvalue())).metadata
    assert meta.num_rows == 6
    assert meta.num_row_groups == {1: 3, 2: 3, 10_000: 1}[batch_rows]  # flushed after whole documents


def test_parquet_without_facts_is_an_empty_table(pq: Any, tmp_path: Any) -> None:
    path = tmp_path / "empty.parquet"
    write_parquet([make_doc(facts=0)], path)
    table = pq.read_table(path)
    assert table.num_rows == 0 and table.column_names == list(CSV_COLUMNS)
