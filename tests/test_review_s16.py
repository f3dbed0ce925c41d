"""Session 16's review leftovers (issues 15, 16), by construction.

Each table is one construction named in general terms, with the row of the in-sample page it was
found on (``work-list-<page>``) and rows written in the style of other kinds of site
(``written-<kind of site>``). Rows that fail today are strict xfails whose reason names the
construction.
"""

from __future__ import annotations

from typing import Any

import pytest

from factcase import fact_case as case
from factcase import run_fact
from gov_facts import extract, extract_text

# ---------------------------------------------------------------- the dollar of a bare 元 or $
# A bare 元/圆 or $ of a traditional-script text is the dollar of its fact's region; a fact with no
# place takes the page's place's region, else the one local dollar the page's amounts name (港元/港幣
# HKD, 澳門元/澳門幣/葡幣 MOP, 新臺幣/台幣 TWD) when they name one and no other (人民幣 counts as
# one: a mainland reprint naming both stays CNY); else CNY. A simplified page's 元 is always CNY.
BARE_DOLLAR = [
    pytest.param(
        "各項一次性措施涉及的政府收入及開支合共約120億港元。政府會寬減薪俸稅，政府收入將減少約33億元。",
        "33億元",
        "HKD",
        id="work-list-hk-budget-measures: 港元 named once, 33億元 bare",
    ),
    pytest.param(
        "季節性流感疫苗接種計劃本年度撥款約1.56億港元，私家醫生每劑資助260元。",
        "260元",
        "HKD",
        id="work-list-hk-dh-vaccination: 港元 named, the subsidy per dose bare",
    ),
    pytest.param(
        "特區政府今年繼續推行現金分享計劃，每名永久性居民可獲10,000澳門元，涉及開支約70億元。",
        "70億元",
        "MOP",
        id="written-macau-government-portal: 澳門元 named",
    ),
    pytest.param(
        "敬老金今年調升至每人9,000葡幣，受惠長者約12萬人，總開支約11億元。",
        "11億元",
        "MOP",
        id="written-macau-news: 葡幣 named",
    ),
    pytest.param(
        "敬老金今年調升至每人9,000葡幣，受惠長者約12萬人。",
        "9,000葡幣",
        "MOP",
        id="written-macau-news: 葡幣 after the amount is MOP",
    ),
    pytest.param(
        "行政院核定特別預算新臺幣3,000億元，其中1,500億元用於強化社會韌性。",
        "1,500億元",
        "TWD",
        id="written-taiwan-executive-yuan: 新臺幣 before the first amount",
    ),
    pytest.param(
        "今年普發現金每人台幣6,000元，總經費約1,400億元，預計4月起領取。",
        "1,400億元",
        "TWD",
        id="written-taiwan-finance-news: 台幣 named",
    ),
    pytest.param(
        "學生資助處今年向每名中學生發放$2,500津貼，合共涉及約5億港元。",
        "$2,500",
        "HKD",
        id="written-hk-press-release: a bare $ beside 港元",
    ),
    pytest.param(
        "全年國內生產總值達134萬億元人民幣，社會消費品零售總額達49萬億元。",
        "49萬億元",
        "CNY",
        id="written-mainland-traditional-reprint: 人民幣 named, the bare 元 CNY",
    ),
    pytest.param(
        "南向通成交額達3,200億港元，北向通成交額1.2萬億元人民幣；全國財政收入21萬億元。",
        "21萬億元",
        "CNY",
        id="written-mainland-traditional-reprint: 港元 and 人民幣 both named: CNY",
    ),
    pytest.param(
        "本年度相關計劃總開支約30億元，惠及約5萬個家庭。",
        "30億元",
        "CNY",
        id="written-traditional-no-place-no-name: CNY as before",
    ),
    pytest.param(
        "涉及政府收入及开支合共约120亿港元，政府收入将减少约33亿元。",
        "33亿元",
        "CNY",
        id="written-simplified-reprint: a simplified page's 元 stays CNY",
    ),
]


@pytest.mark.parametrize(("text", "needle", "currency"), BARE_DOLLAR)
def test_a_bare_dollar_without_a_place_takes_the_page_s_named_dollar(
    text: str, needle: str, currency: str
) -> None:
    doc = extract_text(text, published="2025-02-26")
    hits = [f for f in doc.facts if f.start <= text.find(needle) < f.end]
    assert len(hits) == 1, [(f.text, f.currency) for f in doc.facts]
    assert hits[0].currency == currency


def _page(body: str, url: str, title: str) -> str:
    return (
        f'<html><head><meta charset="utf-8"><title>{title}</title>'
        f'<link rel="canonical" href="{url}"></head><body><h1>{title}</h1>'
        f"<div>發布日期：2025-02-26</div><div class='content'><p>{body}</p></div></body></html>"
    )


# the region of the page's own place (a gov.hk, gov.mo or gov.tw site) with no dollar named in words
PAGE_PLACE = [
    pytest.param(
        _page(
            "政府會寬減差餉，每個物業以1,000元為上限，政府收入將減少約14億元。",
            "https://www.info.gov.hk/gia/general/202502/26/P2025022600333.htm",
            "財政預算案紓緩措施",
        ),
        "14億元",
        "HKD",
        id="written-hk-press-release: a gov.hk page names no dollar",
    ),
    pytest.param(
        _page(
            "特區政府向每名長者發放敬老金9,000元，總開支約11億元。",
            "https://www.gov.mo/zh-hant/news/123456/",
            "敬老金發放安排",
        ),
        "11億元",
        "MOP",
        id="written-macau-government-portal: a gov.mo page names no dollar",
    ),
]


@pytest.mark.parametrize(("html", "needle", "currency"), PAGE_PLACE)
def test_a_bare_dollar_takes_the_region_of_the_page_s_place(html: str, needle: str, currency: str) -> None:
    doc = extract(html, "page.html")
    hits = [f for f in doc.facts if needle == f.text]
    assert len(hits) == 1, [(f.text, f.currency) for f in doc.facts]
    assert hits[0].currency == currency


# ---------------------------------------------------------------- a bare YYYY-YY table head
# A row or column head of two years written with the second's last two digits (2024-25, 2023/24) is
# a financial year, April to March, on a page that counts its years so (a Hong Kong page, or a text
# naming 財政年度, 財年 or a financial year such as 2023-24年度); elsewhere it is the two years, to the
# end of the second. A pair with 學年 after it is a school year (from September on the mainland, as
# facts/time_school.py reads it); 2024-09 is a month.
COLUMNS = ("text", "needle", "published", "title", "expected")
BARE_PAIR = [
    case(
        "政府帳目摘要：\n財政年度\t開支（億元）\t收入（億元）\n2023-24\t7,800\t7,100\n2024-25\t7,950\t7,300\n",
        "7,950",
        "2025-06-01",
        "written-hk-budget-table: 財政年度 heads the rows",
        start="2024-04-01",
        time="2025-03-31",
    ),
    case(
        "二○二五至二六年度財政預算案的基本工程開支如下：\n年份\t基本工程開支（億元）\n2024-25\t880\n2025-26\t900\n",
        "880",
        "2025-02-26",
        "written-hk-budget-speech: a financial year named in the text (二○二五至二六年度)",
        start="2024-04-01",
        time="2025-03-31",
    ),
    case(
        "学校财年预算执行情况：\n年份\t支出（万元）\n2023/24\t3,200\n",
        "3,200",
        "2024-06-01",
        "written-university-finance: 财年 named",
        start="2023-04-01",
        time="2024-03-31",
    ),
    case(
        "近两个时段全省粮食产量如下：\n时段\t粮食产量（万吨）\n2022-23\t1,520\n2024-25\t1,560\n",
        "1,560",
        "2026-02-01",
        "written-provincial-statistics: a bare pair on a mainland page is two years",
        start="2024-01-01",
        time="2025-12-31",
    ),
    case(
        "2024年度全市重点项目推进情况：\n时段\t完成投资（亿元）\n2024-25\t86.5\n",
        "86.5",
        "2026-01-10",
        "written-city-portal: 2024年度 names no financial year: two years",
        start="2024-01-01",
        time="2025-12-31",
    ),
    case(
        "年度\t招生人數（人）\n2023-24\t5,120\n2024-25\t5,360\n",
        "5,360",
        "2025-09-10",
        "written-hk-university: a head cell 年度 over the pairs",
        start="2024-04-01",
        time="2025-03-31",
    ),
    case(
        "開支項目\t2023/24\t2024/25\n教育（百萬元）\t99,254\t102,013",
        "102,013",
        "2025-03-01",
        "written-traditional-table: no place, no 年度: two years",
        start="2024-01-01",
        time="2025-12-31",
    ),
    case(
        "各項資助撥款如下：\n項目\t2023-24\t2024-25\n長者生活津貼（百萬港元）\t12,300\t13,100\n",
        "13,100",
        "2025-03-01",
        "written-hk-legco-reply: amounts in 港元 make it Hong Kong's table",
        start="2024-04-01",
        time="2025-03-31",
    ),
    case(
        "全校各学年招生情况：\n学年\t招生人数（人）\n2023-24学年\t5,120\n2024-25学年\t5,360\n",
        "5,360",
        "2025-09-10",
        "written-mainland-education-bureau: 2024-25学年 is a school year",
        start="2024-09-01",
        time="2025-08-31",
    ),
    case(
        "月度用电情况：\n月份\t全社会用电量（亿千瓦时）\n2024-09\t612.5\n",
        "612.5",
        "2024-10-20",
        "written-statistics-monthly: 2024-09 is a month",
        start="2024-09-01",
        time="2024-09-30",
    ),
]


@pytest.mark.parametrize(COLUMNS, BARE_PAIR)
def test_a_bare_pair_of_years_heading_a_row(
    text: str, needle: str, published: str, title: str | None, expected: dict[str, Any]
) -> None:
    run_fact(text, needle, published, title, expected)


def test_a_bare_pair_on_a_hong_kong_page_is_its_financial_year() -> None:
    html = (
        '<html><head><meta charset="utf-8"><title>公營房屋建屋量</title>'
        '<link rel="canonical" href="https://www.info.gov.hk/gia/general/202502/26/P2025022600444.htm">'
        "</head><body><h1>公營房屋建屋量</h1><div>發布日期：2025-02-26</div><div class='content'>"
        "<p>過去兩年的公營房屋落成量如下：</p><table><tr><th>年份</th><th>落成單位（個）</th></tr>"
        "<tr><td>2023-24</td><td>14,120</td></tr><tr><td>2024-25</td><td>16,380</td></tr></table>"
        "</div></body></html>"
    )
    facts = [f for f in extract(html, "page.html").facts if f.text == "16,380"]
    assert len(facts) == 1 and facts[0].time is not None
    assert (str(facts[0].time.start), str(facts[0].time.end)) == ("2024-04-01", "2025-03-31")


# ---------------------------------------------------------------- a level held, not a time limit
# A length of time after a verb holding a measure at a level (words.toml held_verbs with 在/于/於:
# 控制在, 维持于, 維持於) is the level held, dated by its sentence; N个工作日内 after a verb of a new
# level is one too; a bare time limit is not (rule_figures.is_time_limit).
HELD_LEVEL = [
    case(
        "2024年，全市二级以上医院平均住院日控制在7.3天以内。",
        "7.3天",
        "2025-01-20",
        "written-health-commission: 控制在 a level",
        time="2024-12-31",
    ),
    case(
        "2024年，全市二级以上医院平均住院日维持于7.3天以内。",
        "7.3天",
        "2025-01-20",
        "written-provincial-portal: 维持于, as held_verbs read it",
        time="2024-12-31",
    ),
    case(
        "2024年，全港公立醫院平均住院日維持於7.3天以內。",
        "7.3天",
        "2025-01-20",
        "written-hk-hospital-authority: 維持於",
        time="2024-12-31",
    ),
]

# ---------------------------------------------------------------- an alias set up for a list
# A bracket opening with an alias (words.toml alias_openers: 以下简称, 下稱) after a list of nouns names
# the list: the list's last noun is no subject of the figure.
ALIAS_OF_LIST = [
    case(
        "2024年，群众来信反映的建议、批评和意见（以下简称代表建议）共312件。",
        "312件",
        "2025-01-20",
        "written-peoples-congress: 以下简称 after a list",
        subject=["代表建议"],
    ),
    case(
        "2024年，市民提出的投訴、查詢和意見（下稱個案）共1,312宗。",
        "1,312宗",
        "2025-01-20",
        "written-hk-ombudsman: 下稱 after a list",
        subject=["個案"],
    ),
]

# ---------------------------------------------------------------- a thing built by some means
# After a verb of a means (利用, 依托, 盘活) or 在, a verb of building (words.toml build_verbs: 建设, 打造,
# 改造, 开设, 设置) inside the noun run before a count is the predicate: the count counts its object.
BUILT_BY_MEANS = [
    case(
        "今年以来，利用边角地、闲置地建设临时停车场64个，新增停车泊位3200个。",
        "64个",
        "2025-01-20",
        "written-city-portal: 利用…建设",
        subject=["临时停车场"],
    ),
    case(
        "依托现有场地打造口袋公园32个，惠及周边居民10万人。",
        "32个",
        "2025-01-20",
        "written-district-news: 依托…打造",
        subject=["口袋公园"],
    ),
    case(
        "盘活闲置厂房改造众创空间12个，入驻企业86家。",
        "12个",
        "2025-01-20",
        "written-county-portal: 盘活…改造 (a build verb the code's copy lacked)",
        subject=["众创空间"],
    ),
    case(
        "利用閒置校舍開設長者學苑18間。",
        "18間",
        "2025-01-20",
        "written-hk-swd: 利用…開設",
        subject=["長者學苑"],
    ),
]


@pytest.mark.parametrize(COLUMNS, HELD_LEVEL + ALIAS_OF_LIST + BUILT_BY_MEANS)
def test_words_the_patterns_hold(
    text: str, needle: str, published: str, title: str | None, expected: dict[str, Any]
) -> None:
    run_fact(text, needle, published, title, expected)
