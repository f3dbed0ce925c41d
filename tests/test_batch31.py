"""Session 16: batch 31's errors (issue 15), by construction: a page's own date line kept from the chrome
and read as its publish time (a Hong Kong release's closing dateline under a font-size class, a bare
date line under a print class, a breadcrumb that ends in the day the page is filed under); the noun
after a figure and 的 past a whole place or a verb before it (全港約2 400公里的雨水排放渠道, 排查约3 600
公里的城市供水管网), past an adjective and its verb (約1 200個容易淤塞的排水口); a noun the tagger cuts
one character late after a measure word (25個雨水泵房); 依法 opening the predicate after a count's noun.

Each row's id names its source: ``work-list-<page>`` (a sentence or layout of batch 31's invented pages,
written blind at session 16's start) or ``written-<kind of site>`` (written here).
"""

from __future__ import annotations

from typing import Any

import pytest

from factcase import check_fact as check
from factcase import dated_case as case
from factcase import facts_of, known_miss, the_fact
from gov_facts import extract

# ---------------------------------------------------------------- a page's own date line, kept
# 政府新聞公報 items end with 完 and the date and the local time (2025年4月28日（星期一）<br>香港時間15時30分)
# in a <p class="fontSize1 mB20">: the class named a font-size bar and the line went with the chrome, and
# the page had no publish date (every 去年/今年 resolved to nothing). A block of nothing but a date line
# (its weekday and time of day with it) is the page's own, whatever its class; when nothing else dates
# the page, a breadcrumb ending in a date (新聞公報 > 2025年4月28日) names the day it is filed under.

_HEAD = '<html><head><meta charset="utf-8"><title>{t}</title></head><body>'
_P_HK = (
    "<p>渠務署今日表示，署方去年共清理約四萬二千公噸淤泥，較前年增加約一成。署方已於今年三月底前完成檢查"
    "全港約1 200個容易淤塞的排水口及集水井。</p><p>今年首三個月，渠務署共接獲12宗水浸報告，較去年同期減少"
    "5宗。發言人呼籲市民如發現渠道淤塞可致電熱線報告。</p>"
)
_P_MO = (
    "<p>治安警察局今日公布，去年共處理交通意外一萬二千三百宗，較前年減少3.2%。局方表示，今年將繼續加強"
    "巡查，並在全澳增設20個監察點。</p>"
)
_P_CN = (
    "<p>今年以来，我市新建改扩建学校11所，新增学位1800个，较去年同期增加12%。全市计划年底前再完成5所"
    "学校建设任务，确保秋季开学使用。</p>"
)
_HK_BODY = '<div class="pressReleaseBody">' + _P_HK + "</div>"
_FONT_BODY = '<div class="pressReleaseBody fontSize1">' + _P_HK + '</div><div class="bodyBottom">完</div>'
_CRUMB_HK = (
    '<div class="breadcrumb"><a href="/">新聞公報</a> &gt; <a href="/d/28.htm">2025年4月28日</a></div>'
)
_CRUMB_CN = '<div class="breadcrumb"><a href="/">首页</a> &gt; <a href="/x">教育动态</a></div>'


def _page(title: str, body: str, before: str = "", after: str = "") -> bytes:
    return (
        _HEAD.format(t=title)
        + before
        + f'<div id="content"><h1>{title}</h1>{body}</div>'
        + after
        + '<div class="footer">2025年 | 政府新聞處 版權所有</div></body></html>'
    ).encode()


_HK = "渠務署完成雨季前防洪準備工作"
_CN = "我市教育项目建设进展顺利"
DATE_LINES = [
    pytest.param(
        _page(_HK, _FONT_BODY + '<p class="fontSize1 mB20">2025年4月28日（星期一）<br>香港時間15時30分</p>'),
        "2025-04-28T15:30", id="work-list-hk-dsd: closing dateline under a font-size class, 24-hour",
    ),
    pytest.param(
        _page(_HK, _HK_BODY + '<p class="print-date">2025年4月28日（星期一）<br>香港時間下午3時30分</p>'),
        "2025-04-28T15:30", id="written-hk-gia: under a print class, a 12-hour clock (下午)",
    ),
    pytest.param(
        _page(_HK, '<p class="fontSize1">2025年4月28日（星期一）香港時間15時30分</p>' + _HK_BODY),
        "2025-04-28T15:30", id="written-hk-gia: the dateline above the body",
    ),
    pytest.param(
        _page(_HK, _HK_BODY + "<div>完</div>", _CRUMB_HK),
        "2025-04-28", id="work-list-hk-dsd: only the breadcrumb dates the release",
    ),
    pytest.param(
        _page("治安警察局公布交通意外數字", _P_MO
              + '<div class="toolbar-date">2025年1月20日（星期一）<br>澳門時間下午5時45分</div>'),
        "2025-01-20T17:45", id="written-mo-gcs: under a toolbar class, 澳門時間 and 下午",
    ),
    pytest.param(
        _page(_CN, '<div class="info">2025-08-26</div>' + _P_CN),
        "2025-08-26", id="written-mainland-county: a bare date line under the title",
    ),
    pytest.param(
        _page(_CN, '<div class="fontsize">2025年8月26日 10:20</div>' + _P_CN),
        "2025-08-26T10:20", id="written-mainland-county: a date and time under a font-size class",
    ),
    pytest.param(
        _page(_CN, _P_CN, after='<div class="print">2025年8月26日</div>'),
        "2025-08-26", id="written-mainland-county: a bare date line below the body, print class",
    ),
    pytest.param(
        _page(_CN, _P_CN, after='<div class="print">今天是2025年8月26日 星期二</div>'),
        None, id="written-mainland-portal: a print bar that says more than a date stays chrome",
    ),
    pytest.param(
        _page(_CN, _P_CN, _CRUMB_CN),
        None, id="written-mainland-portal: a breadcrumb with no date dates nothing",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("html", "published"), DATE_LINES)
def test_own_date_line(html: bytes, published: str | None) -> None:
    rec = extract(html, "page.html").to_dict()
    if published is None:
        assert rec["published_at"] is None
    else:
        assert (rec["published_at"] or "").startswith(published), rec["published_at"]
    text = rec["text"]
    assert "香港時間" not in text and "澳門時間" not in text and "2025年8月26日" not in text
    assert "版權所有" not in text and "今天是" not in text


# ---------------------------------------------------------------- the noun after a figure and 的
# 涉及全港約2 400公里的雨水排放渠道及河道: the figure and 的 describe the noun after them; the whole place
# before the figure (全港, 全市) is a scope and the verb of the clause (排查) an act, never what is
# measured. Inside a verb's object a noun and a verb open the thing's name (雨水排放渠道, 污水处理设施);
# with no verb before the figure the verb after the noun is the predicate (農地種植水稻: 農地).
# 約1 200個容易淤塞的排水口: an adjective and its verb before 的 describe the noun counted. 全港25個雨水
# 泵房: jieba cuts 雨|水泵房 (a modifier); the two nouns of the dictionary (雨水|泵房) are the noun whole.

_DSD = "渠務署去年共清理約四萬二千公噸淤泥，較前年增加約一成，涉及全港約2 400公里的雨水排放渠道及河道。"
_DSD2 = (
    "署方亦已於今年三月底前完成檢查全港約1 200個容易淤塞的排水口及集水井，並完成測試全港25個雨水泵房的設備。"
)
_HK = "2025-04-28"
_CN = "2025-08-26"

AFTER_DE = [
    case(_DSD, "2 400公里", _HK, "work-list-hk-dsd: 全港約2 400公里的雨水排放渠道及河道",
         subject=["雨水排放渠道及河道", "雨水排放渠道", "渠道"], kind="length"),
    case(_DSD2, "1 200個", _HK, "work-list-hk-dsd: 約1 200個容易淤塞的排水口及集水井",
         subject=["排水口及集水井", "排水口", "集水井"]),
    case(_DSD2, "25個", _HK, "work-list-hk-dsd: 全港25個雨水泵房 (jieba: 雨|水泵房)",
         subject=["雨水泵房", "泵房"]),
    case("今年全市共排查约3 600公里的城市供水管网，发现隐患点42处。", "3 600公里", _CN,
         "written-mainland-city: 排查约3 600公里的城市供水管网, the verb is no subject",
         subject=["城市供水管网"]),
    case("全省今年完成改造约1.2万公里的农村公路。", "1.2万公里", _CN,
         "written-provincial-portal: 完成改造约1.2万公里的农村公路", subject=["农村公路"]),
    case("新區規劃涉及全澳約45公頃的填海土地。", "45公頃", _HK,
         "written-mo-gcs: 涉及全澳約45公頃的填海土地", subject=["填海土地", "土地"]),
    case("本次工程涉及全市约860公里的污水处理管网及泵站。", "860公里", _CN,
         "written-mainland-city: a noun and a verb open the thing's name in a verb's object",
         subject=["污水处理管网及泵站", "污水处理管网"]),
    case("全區約5 000公頃的農地種植水稻。", "5 000公頃", _HK,
         "written-hk-district: no verb before the figure, the verb after the noun is the predicate",
         subject=["農地"]),
    case("全市共有约2 300个容易发生内涝的低洼路段。", "2 300个", _CN,
         "written-mainland-city: 容易发生内涝的低洼路段", subject=["低洼路段"]),
    case("建成10座雨水泵房和3座污水泵站。", "10座", _CN,
         "written-procurement-notice: 10座雨水泵房 (jieba: 雨|水泵房)", subject=["雨水泵房"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "needle", "published", "expected"), AFTER_DE)
def test_noun_after_figure_and_de(text: str, needle: str, published: str, expected: dict[str, Any]) -> None:
    check(the_fact(text, needle, published), expected)


# ---------------------------------------------------------------- 依法 opens the predicate
# 对涉嫌违法的23家企业依法立案查处: jieba tags 依法 (by law) a noun, and the count's noun ran on into the
# predicate (企业依法立案查处); by what rule an act is done opens the predicate.

BY_LAW = [
    case("市场监管局对涉嫌违法的23家企业依法立案查处，罚没款合计156万元。", "23家", _CN,
         "work-list-city-amr: 涉嫌违法的23家企业依法立案查處", subject=["涉嫌违法的企业", "企业"]),
    case("本澳海關對涉嫌走私的15艘船隻依法扣押。", "15艘", _HK, "written-mo-customs: 15艘船隻依法扣押",
         subject=["船隻"]),
    case("全市依规关停12家小作坊。", "12家", _CN, "written-mainland-county: 依规 before the verb",
         subject=["小作坊"]),
    case("今年以来共依法查处违法案件356宗。", "356宗", _CN,
         "written-mainland-city: 依法 before the verb and the noun before the count",
         subject=["违法案件"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "needle", "published", "expected"), BY_LAW)
def test_by_law_opens_predicate(text: str, needle: str, published: str, expected: dict[str, Any]) -> None:
    check(the_fact(text, needle, published), expected)


# ---------------------------------------------------------------- a census: its baseline, ranks, ages, lists
# 比2015年第一次普查时增加2.31万株: the occasion a comparison names (普查时, past its year and which
# time) is the baseline, never the subject; the level's is. 涉及68科296种: the ranks of a taxonomy (目,
# 科) count after Arabic digits. 树龄约2300年: an age before a number of years makes it a length of
# time, not the year 2300. 樟树、枫香和银杏，三者合计占…: 三者 names no thing; it stands for the list the
# clause before ends with.

_CENSUS = (
    "普查结果显示，截至2024年12月底，全省共有古树名木12.68万株，比2015年第一次普查时增加2.31万株，增长22.3%。"
)
_KINDS = (
    "从树种构成看，全省古树名木涉及68科296种，数量最多的为樟树、枫香和银杏，三者合计占古树总数的四成以上。"
)
_FUNDS = (
    "2021年至2024年，各级财政累计投入古树名木保护资金1.86亿元，其中省级财政安排5480万元，"
    "共完成濒危古树抢救复壮3170株。"
)
_FOREST = "2025-09-15"

CENSUS = [
    case(_CENSUS, "2.31万株", _FOREST, "work-list-forestry: 比2015年第一次普查时增加2.31万株",
         subject=["古树名木"]),
    case(_CENSUS, "22.3%", _FOREST, "work-list-forestry: the rate after it takes the level's subject",
         subject=["古树名木"]),
    case("全市现有湿地面积3.2万公顷，较上一次调查时增加1200公顷。", "1200公顷", _CN,
         "written-statistics-bulletin: 较上一次调查时增加", subject=["湿地面积", "湿地"]),
    case("全港現有登記文物建築1 540幢，較2015年首次普查時增加126幢。", "126幢", _HK,
         "written-hk-amo: 較2015年首次普查時增加", subject=["登記文物建築", "文物建築"]),
    case(_KINDS, "68科", _FOREST, "work-list-forestry: 涉及68科", unit="科", kind="count", value=68,
         subject=["古树名木", "树种"]),
    case(_KINDS, "296种", _FOREST, "work-list-forestry: 68科296种, 种 not of 科",
         subject=["古树名木", "树种"]),
    case("调查共记录全省鸟类17目52科186种。", "17目", _CN, "written-provincial-portal: 鸟类17目52科186种",
         unit="目", kind="count", value=17),
    case(_KINDS, "四成", _FOREST, "work-list-forestry: 三者 stands for the list before it",
         subject=["樟树、枫香和银杏", "古树", "古树总数"]),
    case("本澳主要出口市場為美國、歐盟及東盟，三者合共佔出口總值的六成。", "六成", _HK,
         "written-mo-dsec: 兩者/三者 after a list", subject=["美國、歐盟及東盟"]),
    case("全省树龄最长的古树是一株银杏，估测树龄约2300年，被当地群众称为“江岭银杏王”。", "2300年", _FOREST,
         "work-list-forestry: 树龄约2300年, an age", kind="duration", value=2300, unit="年"),
    case("該古樹樹齡逾1000年，屬一級古樹。", "1000年", _HK, "written-hk-lcsd: 樹齡逾1000年",
         kind="duration", value=1000),
    case(_FUNDS, "3170株", _FOREST, "work-list-forestry: the funder of the clause before counts no trees",
         subject=["濒危古树", "古树"],
         marks=known_miss("two verbs of one act before a count (抢救复壮) hide the noun they act on")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "needle", "published", "expected"), CENSUS)
def test_census_constructions(text: str, needle: str, published: str, expected: dict[str, Any]) -> None:
    check(the_fact(text, needle, published), expected)


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        pytest.param(
            "其中3属于重点项目，全市共设12科室。",
            "12科",
            id="written-mainland-county: 12科室 is no count of 科",
        ),
        pytest.param("2023年完成调查。", "2023年", id="written-mainland-county: a year stays a year"),
    ],
)
def test_no_census_fact(text: str, needle: str) -> None:
    i = text.find(needle)
    facts = facts_of(text, _CN)
    assert not [f for f in facts if f.start < i + len(needle) and i < f.end and f.unit in ("科", "年")]


# ---------------------------------------------------------------- times: a start, a relative clause's year
# 此次普查于2023年3月启动，历时两年半，覆盖全省14个市: the day a process started dates neither how long it
# lasts nor what it covers (clauses after the start). 8月26日，…我县今年新建、改扩建的11所学校已全部完工:
# 今年 only says when the schools were built (a relative clause before 的); the day the sentence opens with
# dates the count. A span up to now in that clause (今年入汛以来发布的第2个) stays the figure's.

_START = (
    "此次普查于2023年3月启动，历时两年半，覆盖全省14个市（州）、108个县（市、区），对古树名木逐株开展调查。"
)
_BUILT = "8月26日，随着县第三实验小学新校区通过竣工验收，我县今年新建、改扩建的11所学校（幼儿园）已全部完工。"

TIMES = [
    case(_START, "两年半", _FOREST, "work-list-forestry: 历时两年半 after 于2023年3月启动", time=None),
    case(_START, "14个", _FOREST, "work-list-forestry: 覆盖全省14个市 after the start", time=None),
    case(_START, "108个", _FOREST, "work-list-forestry: 108个县 after the start", time=None),
    case("該計劃於2024年5月正式開展，至今已資助120個項目。", "120個", _HK,
         "written-hk-portal: 正式開展, then 至今", time="2025-04-28"),
    case("专项行动于2025年3月启动，为期三个月，共排查整治隐患1200处。", "三个月", _CN,
         "written-mainland-city: 为期三个月 after 启动", time=None),
    case("2025年3月，全市开展专项整治行动，共排查隐患1200处。", "1200处", _CN,
         "written-mainland-city: a time opening the sentence still dates it", time="2025-03-31"),
    case(_BUILT, "11所", _CN, "work-list-education: 今年新建、改扩建的11所, the opener's day",
         time="2025-08-26"),
    case("6月24日18时继续发布暴雨橙色预警，这是今年入汛以来发布的第2个暴雨橙色预警。", "第2个", "2024-06-24",
         "written-weather-bureau: 今年入汛以来发布的, a span up to now", time="2024-12-31"),
    case("截至6月底，全市去年开工的32个项目已全部竣工。", "32个", _CN,
         "written-provincial-portal: 去年开工的 under an as-of opener", time="2025-06-30"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "needle", "published", "expected"), TIMES)
def test_times_of_starts_and_modifiers(
    text: str, needle: str, published: str, expected: dict[str, Any]
) -> None:
    check(the_fact(text, needle, published), expected)


# ---------------------------------------------------------------- a share of the planned sum; a flow
# 累计完成投资4.32亿元，占计划投资的73.7%: a plan word heading the noun of the planned quantity (计划投资,
# 计划总投资) names the whole a done share is of; the share is reported. 每秒可排放約140立方米雨水: a
# volume per second (or minute, hour) before the verb that moves it is a flow, kind other, unit 立方米/秒;
# the noun after the figure stays its subject.

STATUS_AND_KIND = [
    case("截至8月底，已完工项目11个，累计完成投资4.32亿元，占计划投资的73.7%。", "73.7%", _CN,
         "work-list-education: 占计划投资的73.7%", status="reported"),
    case("全年完成固定资产投资12亿元，为计划总投资的105%。", "105%", _CN,
         "written-statistics-bulletin: 为计划总投资的105%", status="reported"),
    case("工程已完成計劃投資的六成。", "六成", _HK, "written-mo-dsscu: 完成計劃投資的六成",
         status="reported"),
    case("预计全年完成投资15亿元，占计划投资的90%。", "90%", _CN,
         "written-finance-news: 预计 still plans the share", status="planned"),
    case("其中最長的一條雨水排放隧道長約10.5公里，每秒可排放約140立方米雨水。", "140立方米", _HK,
         "work-list-hk-dsd: 每秒可排放約140立方米", kind="other", unit="立方米/秒",
         subject=["雨水", "雨水排放隧道"]),
    case("新建泵站每小时可抽排约2.4万立方米涝水。", "2.4万立方米", _CN,
         "written-mainland-water-bureau: 每小时可抽排", kind="other", unit="立方米/小时", subject=["涝水"]),
    case("每年可减少碳排放约140吨。", "140吨", _CN, "written-mainland-city: a year's saving stays a mass",
         kind="mass", unit="吨"),
    case("泵站每秒140立方米。", "140立方米", _CN, "written-mainland-city: 每秒 right before, as before",
         kind="other", unit="立方米/秒"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "needle", "published", "expected"), STATUS_AND_KIND)
def test_status_and_kind(text: str, needle: str, published: str, expected: dict[str, Any]) -> None:
    check(the_fact(text, needle, published), expected)
