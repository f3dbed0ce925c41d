"""``gov-facts series`` and ``gov-facts indicators`` on a real archive: the samples, the corpus and
the invented pages of ``tests/data/series`` (several years of 安置房 in 宣城, a report reprinted by
two sites, plans and their reports, a figure two articles state differently, 财政收入 in 亿元 and in
万元, the same indicator in 芜湖).

The matching of subjects, the measures and the periods are tables of examples; the series rows,
the counts (each reprinted figure once) and the citations are checked on the archive; the chart
is parsed back and, with Chromium, looked at.
"""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
import struct
import subprocess
import zlib
from pathlib import Path
from typing import Any

import duckdb
import pytest

from archive_helpers import SAMPLES, corpus_inputs, load
from clirun import invoke
from gov_facts.archive.chart import format_value, page
from gov_facts.archive.indicators import Indicator, comparable_value, measure, resolve, score
from gov_facts.archive.periods import period_of
from gov_facts.archive.series import SeriesQuery, series
from gov_facts.cli import ExitCode
from gov_facts.rules.patterns import load_patterns

REPO = Path(__file__).resolve().parents[1]
SERIES_PAGES = REPO / "tests" / "data" / "series"
CHROMIUM = shutil.which("chromium")
needs_chromium = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not on PATH")


# --- which subjects belong to an indicator -------------------------------------------------------

ANZHIFANG = resolve("安置房", load_patterns())


@pytest.mark.parametrize(
    ("subject", "matches"),
    [
        pytest.param("安置房", True, id="seed: the indicator itself"),
        pytest.param("回迁房", True, id="invented-series: a listed variant"),
        pytest.param("征迁安置房", True, id="invented-series: a kind of it (the head comes last)"),
        pytest.param("市区安置房", True, id="seed: a place before the head"),
        pytest.param(" 安置房 ", True, id="invented: spaces are not part of it"),
        pytest.param("“安置房”", True, id="invented: nor are quotation marks"),
        pytest.param("安置房项目", False, id="invented: projects, not flats (another head)"),
        pytest.param("安置房建设资金", False, id="invented: money for it, not it"),
        pytest.param("商品房", False, id="invented: another kind of housing"),
        pytest.param("住房", False, id="invented-series: housing in general is not resettlement housing"),
        pytest.param("房", False, id="invented: one character is no indicator"),
    ],
)
def test_subjects_of_the_indicator(subject: str, matches: bool) -> None:
    assert (score(subject, ANZHIFANG) > 0) is matches


@pytest.mark.parametrize(
    ("subject", "indicator", "matches"),
    [
        pytest.param("安置住房", "安置房", True, id="invented: close in writing, same head (0.86)"),
        pytest.param("保障性租赁房", "保障性租赁住房", True, id="invented-bulletin: a word left out (0.92)"),
        pytest.param("宣城市财政收入", "财政收入", True, id="invented-series: a place before the head"),
        pytest.param("工业增加值", "规模以上工业增加值", False, id="invented-bulletin: a wider scope (0.71)"),
        pytest.param("财政支出", "财政收入", False, id="invented: the other side of the budget"),
        pytest.param("固投", "固定资产投资", False, id="invented: an abbreviation must be listed"),
    ],
)
def test_similarity_of_unlisted_subjects(subject: str, indicator: str, matches: bool) -> None:
    assert (score(subject, Indicator(indicator, (indicator,))) > 0) is matches


def test_a_user_patterns_file_adds_variants(tmp_path: Path) -> None:
    extra = tmp_path / "mine.toml"
    extra.write_text('[[indicators]]\nname = "安置房"\nvariants = ["周转房"]\n', encoding="utf-8")
    mine = resolve("周转房", load_patterns([extra]))
    assert mine.name == "安置房" and {"回迁房", "周转房"} <= set(mine.variants)


def test_a_bad_indicators_entry_is_refused(tmp_path: Path, corpus_series_db: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text('[[indicators]]\nname = ""\nvariants = ["x"]\n', encoding="utf-8")
    result = invoke("series", corpus_series_db, "安置房", "--patterns", bad)
    assert result.exit_code == ExitCode.USAGE and "indicators.0.name" in result.stderr


# --- what can be compared ------------------------------------------------------------------------


def fact(**kw: Any) -> dict[str, Any]:
    return {"kind": "count", "value": None, "low": None, "high": None, "unit": None, "currency": None,
            "change": None, "si_value": None, "si_unit": None, **kw}  # fmt: skip


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        pytest.param(fact(value=9100, unit="套"), fact(value=10000, unit="套"), True, id="counts of flats"),
        pytest.param(
            fact(value=9100, unit="套"), fact(value=23000, unit="户"), False, id="flats and households"
        ),
        pytest.param(
            fact(kind="money", value=1.568e10, unit="元", currency="CNY"),
            fact(kind="money", value=1.568e10, unit="元", currency="CNY"),
            True,
            id="亿元 and 万元 in 元",
        ),
        pytest.param(
            fact(kind="money", value=5e6, unit="元", currency="CNY"),
            fact(kind="money", value=5e6, unit="美元", currency="USD"),
            False,
            id="yuan and dollars",
        ),
        pytest.param(
            fact(kind="percent", value=5.2, unit="%", change="increase"),
            fact(kind="percent", value=31.0, unit="%"),
            False,
            id="a growth rate and a share",
        ),
        pytest.param(
            fact(kind="percent", value=5.2, unit="%"),
            fact(kind="percentage_point", value=1.2, unit="个百分点"),
            False,
            id="% and points",
        ),
        pytest.param(
            fact(kind="area", value=314, unit="公顷", si_value=3.14e6, si_unit="m2"),
            fact(kind="area", value=4710, unit="亩", si_value=3.14e6, si_unit="m2"),
            True,
            id="公顷 and 亩",
        ),
        pytest.param(
            fact(value=9100, unit="套"),
            fact(value=500, unit="套", change="increase"),
            False,
            id="a level and a change",
        ),
    ],
)
def test_measures(a: dict[str, Any], b: dict[str, Any], same: bool) -> None:
    assert (measure(a) == measure(b)) is same


def test_comparable_values_are_in_the_measures_unit() -> None:
    assert comparable_value(fact(kind="area", value=314, unit="公顷", si_value=3.14e6, si_unit="m2")) == (
        3.14e6, None, None)  # fmt: skip
    assert comparable_value(fact(kind="percent", value=3.1, unit="%", change="decrease"))[0] == -3.1


@pytest.mark.parametrize(
    ("start", "end", "by", "label"),
    [
        ("2021-01-01", "2021-12-31", "stated", "2021"),
        ("2021-07-01", "2021-09-30", "stated", "2021-Q3"),
        ("2021-01-01", "2021-06-30", "stated", "2021-H1"),
        ("2021-09-01", "2021-09-30", "stated", "2021-09"),
        ("2021-01-01", "2021-09-30", "stated", "2021-01-01/2021-09-30"),
        (None, "2021-09-30", "stated", "2021-09-30"),
        ("2021-12-31", "2021-12-31", "year", "2021"),
        ("2021-09-30", "2021-09-30", "quarter", "2021-Q3"),
        ("2021-01-01", "2021-12-31", "month", "2021-12"),
    ],
)
def test_periods(start: str | None, end: str | None, by: str, label: str) -> None:
    period = period_of(start, end, None, by)
    assert period is not None and period.label == label


def test_a_fact_without_time_stands_at_its_publish_day() -> None:
    period = period_of(None, None, "2021-10-27T07:55:00+08:00")
    assert period is not None and (period.label, period.published) == ("2021-10-27", True)


# --- the series of an archive ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def corpus_series_db(tmp_path_factory: pytest.TempPathFactory, shared_dir: Path, jieba_loaded: None) -> Path:
    db = tmp_path_factory.mktemp("series") / "archive.duckdb"
    load(db, SAMPLES, SERIES_PAGES, *corpus_inputs(shared_dir))
    return db


def rows_of(db: Path, query: str = "安置房", **kw: Any) -> list[tuple[Any, ...]]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        result = series(con, resolve(query, load_patterns()), SeriesQuery(**kw))
    finally:
        con.close()
    return [(r.time, r.status, tuple(v.value for v in r.values), tuple(v.articles for v in r.values),
             tuple(v.reprints for v in r.values)) for r in result.rows if r.unit == "套"]  # fmt: skip


def test_series_of_an_indicator_in_a_place(corpus_series_db: Path) -> None:
    assert rows_of(corpus_series_db, place="宣城", first_year=2019, last_year=2023) == [
        ("2019", "reported", (8200,), (1,), (0,)),
        ("2020", "reported", (9100,), (1,), (2,)),  # the city's report, reprinted by two sites: once
        ("2020", "planned", (9000,), (1,), (0,)),  # written 回迁房
        ("2021", "reported", (10200, 10500), (1, 1), (0, 0)),  # two articles disagree: side by side
        ("2021", "planned", (10000,), (1,), (2,)),  # the plan, and the later report above
        # seed (the sample page; its two copies are reprints): 截至目前 and a figure with no time, both
        # as of the publish day
        ("2021-10-27", "reported", (404, 424, 13900), (1, 1, 1), (2, 2, 2)),
        ("2021-12-31", "planned", (2580,), (1,), (2,)),  # seed: 年底前
        ("2022", "reported", (8300,), (1,), (0,)),
        ("2022", "planned", (8000,), (1,), (0,)),
        ("2023", "reported", (6100,), (1,), (0,)),
        ("2023", "planned", (6000,), (1,), (0,)),
    ]


def test_each_citation_names_the_article_and_its_reprints(corpus_series_db: Path) -> None:
    con = duckdb.connect(str(corpus_series_db), read_only=True)
    try:
        result = series(
            con,
            resolve("安置房", load_patterns()),
            SeriesQuery(place="宣城", first_year=2020, last_year=2020, status="reported"),
        )
    finally:
        con.close()
    (row,) = result.rows
    (cite,) = row.values[0].citations
    assert cite.title == "宣城市2020年安置房建设任务超额完成"
    assert cite.published_at == "2021-01-15T10:30:00+08:00" and cite.input.endswith("2021-01-xc-report.html")
    assert cite.sentence == "记者从市住建局获悉，2020年，宣城市建成征迁安置房9100套，超额完成年度目标任务。"
    assert sorted(r["site"] for r in cite.reprinted_by) == ["安徽省人民政府", "新华网"]


def test_another_place_is_a_row_of_its_own(corpus_series_db: Path) -> None:
    with_place = dict(((t, s), v) for t, s, v, _, _ in rows_of(corpus_series_db, place="宣城"))
    assert with_place[("2021", "reported")] == (10200, 10500)
    con = duckdb.connect(str(corpus_series_db), read_only=True)
    try:
        result = series(con, resolve("安置房", load_patterns()), SeriesQuery())
    finally:
        con.close()
    by_place = {
        r.place: tuple(v.value for v in r.values)
        for r in result.rows
        if r.unit == "套" and (r.time, r.status) == ("2021", "reported")
    }
    assert by_place == {"宣城市": (10200, 10500), "芜湖市": (21000,)}  # facts carry their place


def test_filters_by_status_year_and_period(corpus_series_db: Path) -> None:
    planned = rows_of(corpus_series_db, place="宣城", status="planned", first_year=2021, last_year=2022)
    assert [(t, v) for t, _, v, _, _ in planned] == [
        ("2021", (10000,)),
        ("2021-12-31", (2580,)),
        ("2022", (8000,)),
    ]
    by_year = rows_of(corpus_series_db, place="宣城", first_year=2021, last_year=2021, by="year")
    assert [(t, s, sorted(v)) for t, s, v, _, _ in by_year] == [
        ("2021", "reported", [404, 424, 10200, 10500, 13900]),
        ("2021", "planned", [2580, 10000]),
    ]


def test_money_in_wan_and_yi_yuan_is_one_figure(corpus_series_db: Path) -> None:
    con = duckdb.connect(str(corpus_series_db), read_only=True)
    try:
        result = series(con, resolve("财政收入", load_patterns()), SeriesQuery(place="宣城"))
    finally:
        con.close()
    (row,) = result.rows
    assert (row.time, row.kind, row.unit, len(row.values)) == ("2021", "money", "CNY", 1)
    assert (row.values[0].value, row.values[0].articles) == (15_680_000_000, 2)
    assert format_value(row.values[0].value, row.kind, row.unit) == "156.8亿元"


def test_a_facts_own_place_is_used_when_the_archive_has_it(corpus_series_db: Path, tmp_path: Path) -> None:
    """The place filter and the row's place come from the facts' ``place_name`` column, not from
    the text: a fact whose place is changed in the archive moves to that place's row."""
    db = tmp_path / "placed.duckdb"
    shutil.copy(corpus_series_db, db)
    con = duckdb.connect(str(db))
    con.execute("UPDATE facts SET place_name = '宣城市' WHERE input LIKE '%-xc-%'")
    con.execute("UPDATE facts SET place_name = '芜湖市' WHERE input LIKE '%-wh-%'")
    con.execute("UPDATE facts SET place_name = '马鞍山市' WHERE input LIKE '%2024-01-xc%'")  # say so
    con.close()
    rows = rows_of(db, place="宣城", first_year=2019)
    assert ("2023", "reported", (6100,), (1,), (0,)) not in rows  # its fact says 马鞍山 now
    assert ("2022", "reported", (8300,), (1,), (0,)) in rows
    con = duckdb.connect(str(db), read_only=True)
    try:
        result = series(con, ANZHIFANG, SeriesQuery(first_year=2021, last_year=2021, unit="套"))
    finally:
        con.close()
    places = {(r.place, r.status): tuple(v.value for v in r.values) for r in result.rows if r.time == "2021"}
    assert places[("宣城市", "reported")] == (10200, 10500)
    assert places[("芜湖市", "reported")] == (21000,)  # a row of its own now


# --- the commands ---------------------------------------------------------------------------------


def test_series_command_as_table_csv_and_json(corpus_series_db: Path) -> None:
    table = invoke("series", corpus_series_db, "安置房", "--place", "宣城", "--from", "2021", "--to", "2021")
    assert table.exit_code == ExitCode.OK, table.stderr
    assert "10,200 套 ≠ 10,500 套" in " ".join(table.stdout.split()).replace("≠ ", "≠ ")
    assert "reprinted by 安徽省人民政府, 新华网" in table.stdout
    as_csv = list(csv.DictReader(io.StringIO(invoke(
        "series", corpus_series_db, "安置房", "--place", "宣城", "--from", "2021", "--to", "2021", "-f", "csv"
    ).stdout)))  # fmt: skip
    # the counts of 套 (the same year's 完成年度计划的102% is 安置房's too, a measure of its own)
    clash = [r for r in as_csv if r["time"] == "2021" and r["status"] == "reported" and r["unit"] == "套"]
    assert [r["value"] for r in clash] == ["10200.0", "10500.0"] and all(
        r["conflict"] == "True" for r in clash
    )
    assert "2021年全市建成安置房1.02万套" in clash[0]["citations"]
    data = json.loads(invoke("series", corpus_series_db, "回迁房", "--place", "宣城", "-f", "json").stdout)
    assert data["indicator"] == "安置房" and "回迁房" in data["variants"]
    assert {"安置房", "回迁房"} <= set(data["subjects"])
    assert any(r["conflict"] for r in data["rows"])


def test_series_of_nothing_says_so(corpus_series_db: Path) -> None:
    result = invoke("series", corpus_series_db, "不存在的指标")
    assert result.exit_code == ExitCode.OK and "no figures of 不存在的指标" in result.stderr


def test_indicators_lists_what_can_be_followed(corpus_series_db: Path) -> None:
    result = invoke("indicators", corpus_series_db, "-f", "json", "--limit", "200")
    assert result.exit_code == ExitCode.OK, result.stderr
    rows = json.loads(result.stdout)
    (flats,) = [r for r in rows if r["name"] == "安置房" and r["unit"] == "套" and not r["change"]]
    assert {"安置房", "回迁房"} <= set(flats["subjects"])
    assert flats["articles"] >= 8 and flats["first_year"] <= 2019 and flats["last_year"] >= 2023
    assert flats["planned"] >= 5 and "宣城市" in flats["places"]  # the facts' own place
    assert rows == sorted(rows, key=lambda r: (-r["articles"], -r["figures"], r["name"]))
    table = invoke("indicators", corpus_series_db, "--limit", "5")
    assert table.exit_code == ExitCode.OK and "indicator" in table.stdout


# --- the chart ---------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def chart_html(corpus_series_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("chart") / "anzhifang.html"
    result = invoke("series", corpus_series_db, "安置房", "--place", "宣城", "--from", "2019", "--chart", out)
    assert result.exit_code == ExitCode.OK, result.stderr
    return out


def test_chart_page_links_every_point_to_its_citations(chart_html: Path) -> None:
    text = chart_html.read_text(encoding="utf-8")
    assert "<script" not in text and "Content-Security-Policy" in text
    rows = re.findall(r'<tr id="(row-\d+)"', text)
    links = set(re.findall(r'xlink:href="#(row-\d+)"', text))
    assert rows and links == set(rows)  # every row has a point, every point a row
    assert "宣城市2020年安置房建设任务超额完成" in text and "reprinted by 安徽省人民政府, 新华网" in text
    assert "10,200 套 ≠ 10,500 套" in text


def test_chart_escapes_what_pages_say(corpus_series_db: Path) -> None:
    con = duckdb.connect(str(corpus_series_db), read_only=True)
    try:
        result = series(con, ANZHIFANG, SeriesQuery(place="宣城", first_year=2019, last_year=2019))
    finally:
        con.close()
    result.rows[0].values[0].citations[0].title = '<script>alert("x")</script>'
    assert "<script>" not in page(result, "安置房") and "&lt;script&gt;" in page(result, "安置房")


def test_chart_as_png(corpus_series_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "chart.png"
    assert invoke("series", corpus_series_db, "安置房", "--place", "宣城", "--chart", out).exit_code == 0
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert (
        invoke("series", corpus_series_db, "安置房", "--chart", tmp_path / "c.pdf").exit_code
        == ExitCode.USAGE
    )


def _png_colours(path: Path) -> int:
    """How many distinct pixel values the first rows of a PNG have (a blank page has one)."""
    data = path.read_bytes()
    width, _height, _depth, _colour = struct.unpack(">IIBB", data[16:26])
    chunks, pos = b"", 8
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        if data[pos + 4 : pos + 8] == b"IDAT":
            chunks += data[pos + 8 : pos + 8 + length]
        pos += 12 + length
    raw = zlib.decompress(chunks)
    return len(set(raw[: min(len(raw), 200 * (width * 4 + 1))]))


@needs_chromium
def test_chart_looks_like_a_chart_in_chromium(chart_html: Path, tmp_path: Path) -> None:
    shot = tmp_path / "chart.png"
    subprocess.run(
        [str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
         f"--screenshot={shot}", "--window-size=1000,700", chart_html.as_uri()],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    assert shot.exists() and _png_colours(shot) > 20


def test_a_figure_its_sentence_leaves_undated_stands_at_its_paragraphs_time(tmp_path: Path) -> None:
    """GUIDE.md leaves 其中回迁安置房3000套 undated (``time`` null); the series places it at the
    paragraph's 截至9月底 (``scope_time``), not at the publish day."""
    page = tmp_path / "xc-notice.txt"
    page.write_text(
        "宣城市安置房建设进展\n发布时间：2023-10-20 09:00\n"
        "截至9月底，宣城市累计建成安置房1.2万套。其中回迁安置房3000套，均已交付。\n",
        encoding="utf-8",
    )
    db = tmp_path / "archive.duckdb"
    load(db, page)
    con = duckdb.connect(str(db), read_only=True)
    try:
        result = series(con, resolve("安置房", load_patterns()), SeriesQuery())
    finally:
        con.close()
    times = {(r.time, tuple(v.value for v in r.values)) for r in result.rows}
    assert times == {("2023-09-30", (3000, 12000))}, times
