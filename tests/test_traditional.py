"""Traditional-script pages end to end: a Big5 page gives the facts its simplified twin gives, in
its own script by default and in simplified characters with ``script="simplified"``
(``--script simplified``); offsets, ``text`` and ``sentence`` always refer to the text as written.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from clirun import invoke, jsonl
from gov_facts import extract
from gov_facts.facts.shadow import converter
from gov_facts.read.decode import decode_bytes
from gov_facts.run.session import RunError, RunOptions, RunSession

BODY_TW = "新北市今年共興建社會住宅1,860戶，總經費達35.6億元，較去年增加兩成。截至10月底已受理申請逾1萬件。"
BODY_CN = "新北市今年共兴建社会住宅1,860户，总经费达35.6亿元，较去年增加两成。截至10月底已受理申请逾1万件。"


def _page(body: str, charset: str, label: str = "發布日期") -> str:
    return (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">'
        f"<title>社會住宅進度_新北市政府</title></head><body><h1>社會住宅進度</h1>"
        f"<div>{label}：2023-11-06</div><div class='content'><p>{body}</p></div></body></html>"
    )


BIG5_PAGE = _page(BODY_TW, "big5").encode("cp950")
TWIN_PAGE = _page(BODY_CN, "utf-8", "发布日期").encode("utf-8")

#: the acceptance case: every figure with value, unit, subject, time and status
EXPECTED = [
    # text, value, unit (as written), subject (as written), time text, time end, status
    ("1,860戶", 1860, "戶", "社會住宅", "今年", "2023-12-31", "reported"),
    ("35.6億元", 3560000000, "元", "總經費", "今年", "2023-12-31", "reported"),
    ("兩成", 20, "%", "總經費", "今年", "2023-12-31", "reported"),
    ("1萬件", 10000, "件", "申請", "截至10月底", "2023-10-31", "reported"),
]


def _view(fact: dict[str, Any]) -> tuple[Any, ...]:
    time = fact["time"] or {}
    return (fact["text"], fact["value"], fact["unit"], fact["subject"], time.get("text"), time.get("end"),
            fact["status"])  # fmt: skip


def test_a_big5_page_gives_every_figure_in_its_own_script() -> None:
    doc = extract(BIG5_PAGE, "tw.html").to_dict()
    assert doc["encoding"] == "cp950"
    assert doc["published_at"] == "2023-11-06"
    assert [_view(f) for f in doc["facts"]] == EXPECTED
    for f in doc["facts"]:
        assert doc["text"][f["start"] : f["end"]] == f["text"]
        assert f["text"] in f["sentence"] and f["sentence"] in doc["text"]


_SAME = ("value", "low", "high", "kind", "qualifier", "change", "basis", "status", "start", "end",
         "si_value", "si_unit")  # fmt: skip


def test_the_big5_page_and_its_simplified_twin_give_the_same_facts() -> None:
    tw = extract(BIG5_PAGE, "tw.html", script="simplified").to_dict()
    cn = extract(TWIN_PAGE, "cn.html").to_dict()
    assert len(tw["facts"]) == len(cn["facts"]) == 4
    for t, c in zip(tw["facts"], cn["facts"], strict=True):
        assert {k: t[k] for k in _SAME} == {k: c[k] for k in _SAME}
        # apart from the script: subject, unit and time text are the twin's, word for word
        assert (t["subject"], t["unit"], t["time"]) == (c["subject"], c["unit"], c["time"])
        # but not the currency: the Taiwan page's bare 元 is its own dollar; the simplified twin's,
        # like any simplified page's, is CNY (money.toml, local_dollars)
        if c["kind"] == "money":
            assert (t["currency"], c["currency"]) == ("TWD", "CNY")
    assert tw["checks"] == cn["checks"]


def test_simplified_script_keeps_offsets_text_and_sentence_as_written() -> None:
    original = extract(BIG5_PAGE, "tw.html").to_dict()
    simplified = extract(BIG5_PAGE, "tw.html", script="simplified").to_dict()
    assert simplified["text"] == original["text"]
    for o, s in zip(original["facts"], simplified["facts"], strict=True):
        assert (o["start"], o["end"], o["text"], o["sentence"]) == (
            s["start"],
            s["end"],
            s["text"],
            s["sentence"],
        )
    assert [f["subject"] for f in simplified["facts"]] == ["社会住宅", "总经费", "总经费", "申请"]
    assert [f["unit"] for f in simplified["facts"]] == ["户", "元", "%", "件"]


def test_a_simplified_page_is_the_same_in_either_script() -> None:
    assert (
        extract(TWIN_PAGE, "cn.html").to_dict()
        == extract(TWIN_PAGE, "cn.html", script="simplified").to_dict()
    )


@pytest.mark.parametrize(("flags", "subject"), [((), "社會住宅"), (("--script", "simplified"), "社会住宅")])
def test_the_script_option(tmp_path: Any, flags: tuple[str, ...], subject: str) -> None:
    page = tmp_path / "tw.html"
    page.write_bytes(BIG5_PAGE)
    result = invoke("extract", page, "-q", "--jobs", "1", *flags)
    assert result.exit_code == 0, result.stderr
    (record,) = jsonl(result.stdout)
    assert record["facts"][0]["subject"] == subject


def test_an_unknown_script_is_a_usage_error(tmp_path: Any) -> None:
    page = tmp_path / "tw.html"
    page.write_bytes(BIG5_PAGE)
    result = invoke("extract", page, "--script", "traditional")
    assert result.exit_code == 2
    with pytest.raises(RunError) as exc:
        RunSession([str(page)], options=RunOptions(script="traditional"))  # type: ignore[arg-type]
    assert exc.value.problem == "unknown_script"


# ---------------------------------------------------------------- the samples and their twins

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
TRADITIONAL_SAMPLES = ["hk-press-release.html", "tw-city-news.big5.html", "mo-visitor-stats.html"]


def _simplified_twin(page: Path) -> bytes:
    """The page as a mainland reprint would have it: every character simplified, saved as UTF-8."""
    decoded = decode_bytes(page.read_bytes())
    html = converter()(decoded.text).replace("charset=big5", "charset=utf-8")
    return html.encode("utf-8")


@pytest.mark.parametrize("name", TRADITIONAL_SAMPLES)
def test_a_traditional_sample_gives_the_facts_of_its_simplified_twin(name: str) -> None:
    page = SAMPLES / name
    own = extract(page.read_bytes(), name, script="simplified").to_dict()
    twin = extract(_simplified_twin(page), name).to_dict()
    assert own["published_at"] == twin["published_at"]
    assert len(own["facts"]) == len(twin["facts"]) >= 10  # 未來十年 is a window, not a fact (issue 15)
    for o, t in zip(own["facts"], twin["facts"], strict=True):
        assert {k: o[k] for k in (*_SAME, "subject", "unit", "time")} == {
            k: t[k] for k in (*_SAME, "subject", "unit", "time")
        }, o["text"]


PAGE_FIELDS = [
    (
        "invented-hk: gov.hk press release, dateline below the body",
        "hk-press-release.html",
        {"encoding": "utf-8", "title": "公營房屋建屋量創新高", "published_at": "2023-05-04T16:30:00+08:00"},
        ["字體大小", "列印本頁", "返回頁首", "重要告示", "香港時間", "星期四", "新聞公報檔案"],
    ),
    (
        "invented-tw: New Taipei city news saved as Big5",
        "tw-city-news.big5.html",
        {
            "encoding": "cp950",
            "title": "新北社宅興建進度超前 今年共興建1,860戶",
            "published_at": "2023-11-06",
            "publisher": "城鄉發展局",
            "site": "新北市政府",
        },
        ["字級", "友善列印", "點閱次數", "回上一頁", "相關連結", "版權所有", "現在位置", "發布日期"],
    ),
    (
        "invented-mo: Macau government portal news",
        "mo-visitor-stats.html",
        {
            "encoding": "utf-8",
            "title": "7月入境旅客按年上升3.3倍",
            "published_at": "2023-08-15T17:30:00+08:00",
            "source": "統計暨普查局",
            "site": "澳門特別行政區政府入口網站",
        },
        ["分享至", "相關新聞", "私隱政策", "Português"],
    ),
]


@pytest.mark.parametrize(
    ("name", "fields", "chrome"), [c[1:] for c in PAGE_FIELDS], ids=[c[0] for c in PAGE_FIELDS]
)
def test_traditional_pages_read_their_metadata_and_leave_their_chrome(
    name: str, fields: dict[str, str], chrome: list[str]
) -> None:
    doc = extract((SAMPLES / name).read_bytes(), name).to_dict()
    assert {k: doc[k] for k in fields} == fields
    assert doc["warnings"] == []
    for leak in chrome:
        assert leak not in doc["text"], leak


# ---------------------------------------------------------------- page rules in traditional script

P_TW = "新北市今年共興建社會住宅1,860戶，總經費達35.6億元，較去年增加兩成，截至10月底已受理申請逾1萬件。"


def _tw_page(header: str, inside: str = "") -> str:
    return (
        "<html><head><meta charset='utf-8'><title>社宅進度_新北市政府</title></head><body>"
        f"<h1>社宅進度</h1><div class='info'>{header}</div>"
        f"<div class='cp'><p>{P_TW}</p>{inside}<p>{P_TW}</p></div></body></html>"
    )


LABELS = [
    ("invented-tw: 發布日期 with an ROC date", "發布日期：112-11-06", "published_at", "2023-11-06"),
    ("invented-tw: 發佈時間", "發佈時間：2023-11-06 14:20", "published_at", "2023-11-06T14:20:00+08:00"),
    ("invented-tw: 更新日期 in 民國", "更新日期：民國112年11月6日", "published_at", "2023-11-06"),
    ("invented-hk: 來源", "來源：政府新聞處", "source", "政府新聞處"),
    ("invented-tw: 資料來源", "資料來源：主計總處", "source", "主計總處"),
    ("invented-tw: 發布單位", "發布單位：城鄉發展局", "publisher", "城鄉發展局"),
    ("invented-mo: 責任編輯", "責任編輯：陳大文", "editor", "陳大文"),
    ("invented-tw: 記者", "記者：林小明", "author", "林小明"),
    ("invented-tw: 發文字號", "發文字號：新北府城字第1120012345號", "doc_number", "新北府城字第1120012345號"),
]


@pytest.mark.parametrize(("line", "field", "value"), [c[1:] for c in LABELS], ids=[c[0] for c in LABELS])
def test_traditional_labels(page_patterns: Any, line: str, field: str, value: str) -> None:
    from gov_facts.page.reader import read_article

    page = read_article(_tw_page(line), page_patterns)
    got = page.published.iso if field == "published_at" and page.published else getattr(page, field)
    assert got == value


CHROME_TW = [
    ("invented-tw: font size bar", "<div>字級：<a>小</a> <a>中</a> <a>大</a></div>", "字級"),
    ("invented-hk: 字體大小", "<div>字體大小：小 中 大</div>", "字體"),
    ("invented-tw: print and back", "<p>友善列印 | 回上一頁</p>", "列印"),
    ("invented-hk: 列印本頁", "<p>【列印本頁】 【關閉視窗】</p>", "關閉"),
    ("invented-mo: share", "<p>分享至：Facebook 微信</p>", "分享"),
    ("invented-tw: editor line", "<p>【責任編輯：陳大文】</p>", "責任編輯"),
    ("invented-tw: hits", "<p>點閱次數：2318</p>", "點閱"),
    ("invented-hk: 完", "<p>完</p>", "完\n"),
]


@pytest.mark.parametrize(("inside", "leak"), [c[1:] for c in CHROME_TW], ids=[c[0] for c in CHROME_TW])
def test_traditional_chrome_does_not_survive(page_patterns: Any, inside: str, leak: str) -> None:
    from gov_facts.page.reader import read_article

    page = read_article(_tw_page("發布日期：112-11-06", inside), page_patterns)
    assert page.paragraphs == [P_TW, P_TW]
    assert leak not in page.text + "\n"


def test_a_related_list_ends_a_traditional_body(page_patterns: Any) -> None:
    from gov_facts.page.reader import read_article

    inside = "<p>相關連結</p><p>新北市另一則市政新聞的摘要，內容與本文無關但很長很長很長。</p>"
    page = read_article(_tw_page("發布日期：112-11-06", inside), page_patterns)
    assert "另一則" not in page.text
