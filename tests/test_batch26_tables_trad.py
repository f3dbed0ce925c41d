"""Batch 26 (session 14, issues 15 and 16): table heads whose unit the dictionary holds only in part,
and traditional pages' times and change wordings.

A table's head may write its unit as running text writes it: 个 before a unit of measure
(萬個標準箱, 个百分点: the unit is what follows) or a measure word and 次 (萬冊次, 万户次: the whole
word counts things times occasions). Both read in every place a table gives a unit (a column's
head, a row's head, a 单位 line), in either script. Ids name the construction and the source
(``work list`` or ``written: <style>``).
"""

from __future__ import annotations

from functools import cache
from typing import Any

import pytest

from factcase import PATTERNS, check_fact, dated_case, fact_case, facts_of, run_fact
from gov_facts.core.models import Fact
from gov_facts.page.reader import read_article

PUBLISHED = "2025-11-20"


def page(rows: list[list[str]], above: str = "") -> str:
    """A small page: a lead paragraph, perhaps a line above the table, then the table."""
    body = "".join(
        "<tr>"
        + "".join(f"<{'th' if i == 0 else 'td'}>{c}</{'th' if i == 0 else 'td'}>" for c in row)
        + "</tr>"
        for i, row in enumerate(rows)
    )
    line = f"<p>{above}</p>" if above else ""
    return (
        "<html><head><title>統計表</title></head><body><div class='content'><h1>統計表</h1>"
        f"<p>發布日期：{PUBLISHED}</p><p>本表列示相關統計數據如下，資料來源為主管機關之公務統計報表。</p>"
        f"{line}<table>{body}</table></div></body></html>"
    )


@cache
def page_facts(html: str) -> tuple[Fact, ...]:
    article = read_article(html, PATTERNS)
    return facts_of("\n".join(article.paragraphs), PUBLISHED)


def cell(html: str, text: str) -> Fact:
    got = [f for f in page_facts(html) if f.text == text]
    assert got, [(f.text, f.value, f.unit, f.subject) for f in page_facts(html)]
    return got[0]


def c(html: str, text: str, row_id: str, **expected: Any) -> Any:
    return pytest.param(html, text, expected, id=row_id)


# ------------------------------------------------- 个 before a unit of measure in a head
HK_BOXES = page(
    [
        ["季度", "抵港船隻（艘次）", "貨櫃吞吐量（萬個標準箱）"],
        ["第一季", "51 930", "328"],
        ["第二季", "54 600", "343"],
    ]
)
CN_BOXES = page(
    [
        ["港区", "集装箱吞吐量（万个标准箱）", "同比增长（%）"],
        ["北仑港区", "1 286.4", "5.1"],
        ["大榭港区", "412.7", "-2.3"],
    ]
)
CN_BOXES_LINE = page(
    [["港口", "1-10月", "上年同期"], ["连云港港", "512.3", "498.0"], ["南通港", "221.6", "203.4"]],
    above="单位：万个标准箱",
)
CN_BOXES_ROW = page(
    [
        ["指标", "本月", "累计"],
        ["集装箱吞吐量（万个标准箱）", "45.2", "438.9"],
        ["货物吞吐量（万吨）", "2 310", "21 876"],
    ]
)
MO_POINTS = page(
    [["項目", "2024年", "增減（個百分點）"], ["失業率", "1.8", "-0.4"], ["就業不足率", "1.2", "-0.3"]]
)
BOXES = [
    c(
        HK_BOXES,
        "328",
        "萬個標準箱 column head [work list: HK 海事處]",
        value=3280000.0,
        unit=("個標準箱", "標準箱"),
    ),
    c(HK_BOXES, "51 930", "space-grouped count beside it [work list: HK 海事處]", value=51930.0, unit="艘次"),
    c(
        CN_BOXES,
        "1 286.4",
        "万个标准箱 column, space-grouped decimal [written: provincial port bulletin]",
        value=12864000.0,
        unit=("个标准箱", "标准箱"),
        kind="count",
    ),
    c(
        CN_BOXES_LINE,
        "512.3",
        "单位：万个标准箱 line over period columns [written: statistics bulletin]",
        value=5123000.0,
        unit=("个标准箱", "标准箱"),
    ),
    c(
        CN_BOXES_ROW,
        "438.9",
        "a row head's （万个标准箱） [written: port authority monthly]",
        value=4389000.0,
        unit=("个标准箱", "标准箱"),
    ),
    c(
        CN_BOXES_ROW,
        "21 876",
        "a row head's （万吨）, space-grouped [written: port authority monthly]",
        value=218760000.0,
        unit="吨",
    ),
    c(
        MO_POINTS,
        "-0.4",
        "個百分點 column of a change [written: Macau DSEC]",
        value=-0.4,
        unit=("百分點", "百分点"),
        kind="percentage_point",
    ),
]

# ------------------------------------------------- a measure word and 次 in a head
TW_LOANS = page(
    [
        ["館別", "借閱量（萬冊次）", "入館人次（萬人次）"],
        ["總館", "128.4", "96.2"],
        ["北屯分館", "61.7", "48.5"],
    ]
)
CN_LOANS = page(
    [
        ["馆别", "外借（万册次）", "到馆（万人次）"],
        ["市图书馆", "356.2", "210.5"],
        ["少儿图书馆", "98.7", "75.3"],
    ]
)
CN_LOANS_LINE = page(
    [["区县", "2024年", "2023年"], ["越秀区", "86.5", "80.1"], ["海珠区", "72.4", "69.9"]],
    above="单位：万册次",
)
MO_VISITS = page(
    [
        ["服務", "上門服務（戶次）", "電話諮詢（人次）"],
        ["家居護理", "12,450", "8,320"],
        ["送飯服務", "35,106", "2,114"],
    ]
)
TW_ARTICLES = page([["刊物", "刊登（篇次）"], ["市政新聞", "1,284"], ["活動快訊", "576"]])
TIMES_COUNTED = [
    c(
        TW_LOANS,
        "128.4",
        "萬冊次 column head [work list: 臺中市立圖書館]",
        value=1284000.0,
        unit=("冊次", "册次"),
        kind="count",
        subject=["總館"],
    ),
    c(
        TW_LOANS,
        "96.2",
        "萬人次 beside it still reads [work list: 臺中市立圖書館]",
        value=962000.0,
        unit="人次",
    ),
    c(
        CN_LOANS,
        "356.2",
        "万册次 column [written: provincial library annual report]",
        value=3562000.0,
        unit="册次",
        kind="count",
    ),
    c(
        CN_LOANS_LINE,
        "86.5",
        "单位：万册次 line [written: city statistics bulletin]",
        value=865000.0,
        unit="册次",
    ),
    c(
        MO_VISITS,
        "12,450",
        "戶次 column [written: Macau IAS]",
        value=12450.0,
        unit=("戶次", "户次"),
        kind="count",
    ),
    c(TW_ARTICLES, "1,284", "篇次 column [written: Taiwan 新聞局]", value=1284.0, unit="篇次", kind="count"),
]


@pytest.mark.parametrize(("html", "text", "expected"), BOXES + TIMES_COUNTED)
def test_cell(html: str, text: str, expected: dict[str, Any]) -> None:
    check_fact(cell(html, text), expected)


def test_head_of_a_count_in_ge_alone_stays() -> None:
    """数量（万个） stays a count in 个 (no unit after 个) [written: procurement notice]."""
    html = page([["品目", "数量（万个）"], ["口罩", "12.5"]])
    check_fact(cell(html, "12.5"), {"value": 125000.0, "unit": "个"})


# ------------------------------------------------- a title naming a year's results dates the page
RESULTS = [
    fact_case(
        "臺中市立圖書館今（21）日公布113年閱讀成果。\n數位閱讀持續升溫，電子書館藏增至41.7萬冊，全年電子書借閱量達96萬5千冊次。",
        "41.7萬冊",
        "2025-01-21",
        "113年…閱讀成果出爐 title: a stock with no time of its own [work list: 臺中市立圖書館]",
        title="臺中市立圖書館113年閱讀成果出爐 借閱量達1,286萬冊次創新高",
        time="2024-12-31",
    ),
    fact_case(
        "市文旅局近日通报全民阅读工作情况。\n全市新建城市书房12家，累计达86家。",
        "86家",
        "2025-01-10",
        "2024年…工作成果 title [written: provincial portal]",
        title="我市2024年全民阅读工作成果丰硕",
        time="2024-12-31",
    ),
    fact_case(
        "新北市政府環保局公布年度資源回收成果。\n全市資源回收率達62.3%，較前一年提高1.1個百分點。",
        "62.3%",
        "2025-02-05",
        "113年…成果 title of a Taiwan city [written: Taiwan city government]",
        title="新北市113年資源回收成果 回收率再創新高",
        time="2024-12-31",
    ),
    fact_case(
        "市政署今日公佈去年食品安全工作情況。\n在市場抽驗水產品樣本3,215個，合格率99.6%。",
        "3,215個",
        "2026-01-22",
        "2025年…工作成果 title of a Macau department [written: Macau 市政署 style]",
        title="市政署公佈2025年食品安全工作成果",
        time="2025-12-31",
    ),
    fact_case(
        "展会现场共签约项目50个。",
        "50个",
        "2025-06-10",
        "an event's title (成果博览会) dates no figure [written: provincial portal]",
        title="2025年科技成果博览会开幕",
        time=None,
    ),
    fact_case(
        "大会现场共签约项目50个。",
        "50个",
        "2025-06-10",
        "an event's title (成果转化大会) dates no figure [written: city news]",
        title="2025年农业科技成果转化大会举行",
        time=None,
    ),
    fact_case(
        "展覽共展出作品120件。",
        "120件",
        "2025-06-10",
        "an event's title (成果展) dates no figure [written: Taiwan county news]",
        title="114年社區大學學習成果展開幕",
        time=None,
    ),
    fact_case(
        "市政府召開新聞發布會。\n全市共新增就業崗位1.2萬個。",
        "1.2萬個",
        "2025-03-05",
        "a title of no year's results leaves the figure undated [written: news release]",
        title="市政府召開新聞發布會介紹就業工作",
        time=None,
    ),
]


@pytest.mark.parametrize(("text", "needle", "published", "title", "expected"), RESULTS)
def test_results_title(
    text: str, needle: str, published: str, title: str | None, expected: dict[str, Any]
) -> None:
    run_fact(text, needle, published, title, expected)


# ------------------------------------------------- a basis and a one-character change (按年增, 按季降)
TRADE = "出口按年增3.2%，進口按年減1.5%。"
CHANGES = [
    dated_case(TRADE, "3.2%", "2025-11-12", "按年增: the noun before it [written: HK 政府統計處]",
               subject=["出口"], change="increase", basis="year_on_year"),
    dated_case(TRADE, "1.5%", "2025-11-12", "按年減: the clause's own noun [written: HK 政府統計處]",
               subject=["進口"], change="decrease", basis="year_on_year"),
    dated_case("轉口貨值按季降0.8%。", "0.8%", "2025-11-12",
               "按季降: 降 after a basis [written: HK 政府統計處]",
               subject=["轉口貨值"], change="decrease"),
    dated_case("零售業總銷貨價值按月增2.1%。", "2.1%", "2025-11-12",
               "按月增 [written: HK retail sales release]",
               subject=["零售業總銷貨價值", "總銷貨價值"], change="increase", basis="month_on_month"),
    dated_case("第三季本地居民總消費按年減0.6%，按季增1.2%。", "1.2%", "2025-11-12",
               "按季增 in a second clause [written: Macau DSEC]", change="increase"),
    dated_case("入境旅客按月降4.5%，其中內地旅客按月降3.9%。", "4.5%", "2025-11-12",
               "按月降 [written: Macau 旅遊局]", change="decrease", basis="month_on_month"),
    dated_case("本季機場航班起降16.57萬架次，按年降2.3%。", "16.57萬架次", "2025-11-12",
               "起降 stays no fall [written: HK 機管局]", change=None, value=165700.0),
    dated_case("本季機場航班起降16.57萬架次，按年降2.3%。", "2.3%", "2025-11-12",
               "按年降 after 起降 [written: HK 機管局]", change="decrease", basis="year_on_year"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "needle", "published", "expected"), CHANGES)
def test_basis_and_one_character_change(
    text: str, needle: str, published: str, expected: dict[str, Any]
) -> None:
    run_fact(text, needle, published, None, expected)
