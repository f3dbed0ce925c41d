"""Session 12: the errors of session 11's held-out simplified pages (moved in-sample), each named as a
general construction, with the row it was found on (``invented-<page>``) and rows written here in
the style of other kinds of site (``written-<kind of site>``: provincial and county portals,
statistics bulletins, procurement notices, finance news, Hong Kong, Macau and Taiwan releases).
Rows that fail today are strict xfails whose reason names the construction.
"""

from __future__ import annotations

from typing import Any

import pytest

from factcase import fact_case, run_fact
from gov_facts import extract


def _record(html: str) -> dict[str, Any]:
    return extract(html.encode("utf-8"), "page.html").to_dict()


def _page(title: str, info: str, paragraphs: list[str]) -> str:
    """A page with a menu, an info strip (``info``), the text and the site's footer."""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f'<html><head><meta charset="utf-8"><title>{title}</title></head><body>'
        '<div class="nav"><a href="/">首页</a> <a href="/news/">新闻中心</a> '
        '<a href="/gk/">政务公开</a></div>'
        f'<div class="main"><h1>{title}</h1><div class="news-info">{info}</div>'
        f'<div class="content">{body}</div></div>'
        '<div class="footer">主办单位：某某人民政府办公室 承办单位：某某大数据中心 某ICP备05008271号</div>'
        "</body></html>"
    )


_OPEN = "8月，全市共受理群众各类诉求18.64万件，日均受理6013件，环比增长7.2%，同比增长12.5%。"
_CLOSE = "下一步，将继续压实工作责任，确保各项目标任务顺利完成，为高质量发展提供有力支撑。"

# ---------------------------------------------------------------- a footer label as a sentence's subject
# 承办单位按时办结率为99.1%，…: a chrome phrase (承办单位, 主办单位, 技术支持) inside a sentence that states
# a rate or a large figure is the sentence's subject, not a footer line; the footer's own line stays out.
FOOTER_WORDS_IN_A_SENTENCE = [
    pytest.param(
        "承办单位按时办结率为99.1%，群众回访满意率为95.36%，较上月提高0.42个百分点。",
        id="invented-city-12345-hotline: 承办单位按时办结率为99.1%",
    ),
    pytest.param(
        "主办单位共接待中外客商12.5万人次，现场签约项目36个，签约金额达218.6亿元。",
        id="written-provincial-expo-news: 主办单位共接待…12.5万人次",
    ),
    pytest.param(
        "各承办单位平均办理时长缩短至2.6个工作日，办理满意率达到98.2%。",
        id="written-county-portal: 各承办单位…满意率达到98.2%",
    ),
    pytest.param(
        "技术支持单位累计完成系统改造升级1.2万项，故障率同比下降15.3%。",
        id="written-finance-news: 技术支持单位…下降15.3%",
    ),
]


@pytest.mark.parametrize("sentence", FOOTER_WORDS_IN_A_SENTENCE)
def test_a_footer_label_inside_a_sentence_with_figures_is_text(sentence: str) -> None:
    info = "<span>发布时间：2024-09-06</span>"
    rec = _record(_page("全市热线运行情况通报", info, [_OPEN, sentence, _CLOSE]))
    assert sentence in rec["text"]
    assert "ICP备" not in rec["text"] and "主办单位：" not in rec["text"]


# ---------------------------------------------------------------- a counter glued to the author
# <span>作者：陈晓峰</span><span>阅读次数：2317</span>: the info strip's spans printed with no space
# between them; a counter's label (阅读次数, 点击次数, 閱讀次數) ends the value before it.
GLUED_COUNTERS = [
    pytest.param(
        "<span>发布时间：2025-01-08 09:15</span><span>来源：综合办公室</span><span>作者：陈晓峰</span>"
        '<span>阅读次数：<em id="views">2317</em></span>',
        {"author": "陈晓峰", "source": "综合办公室"},
        id="invented-county-rural-commercial-bank: 作者：陈晓峰阅读次数：2317",
    ),
    pytest.param(
        "<span>发布日期：2024-03-12</span><span>作者：王立新</span><span>点击次数：865</span>",
        {"author": "王立新"},
        id="written-county-portal: 作者：王立新点击次数：865",
    ),
    pytest.param(
        "<span>發布日期：2024-03-12</span><span>作者：陳美玲</span><span>閱讀次數：1,024</span>",
        {"author": "陳美玲"},
        id="written-tw-county-news: 作者：陳美玲閱讀次數：1,024",
    ),
    pytest.param(
        "<span>来源：市财政局</span><span>访问次数：3316</span>",
        {"source": "市财政局"},
        id="written-city-finance: 来源：市财政局访问次数：3316",
    ),
]


@pytest.mark.parametrize(("info", "meta"), GLUED_COUNTERS)
def test_a_counter_glued_to_a_value_ends_it(info: str, meta: dict[str, str]) -> None:
    rec = _record(_page("全行经营发展综述", info, [_OPEN, _CLOSE]))
    for name, want in meta.items():
        assert rec[name] == want, (name, rec[name])


# ---------------------------------------------------------------- 突破 before a level
# 出院病人突破10万人次: the level a figure passes is a bound (more than), not a change. GUIDE names 增至,
# 降至 and 达到 for "to", and the shared gold 027 reads 单产突破2000斤 with no change; the gold of the
# work-list pages (and of six other invented pages) reads "to", about twenty accept either, four read
# none. The lead kept GUIDE's and the shared gold's reading (session 9's decision): see the CHANGELOG.
LEVEL_PASSED = [
    fact_case(
        "2024年，医院将全力推进区域医疗中心建设，计划门急诊量达到195万人次，出院病人突破10万人次。",
        "10万人次",
        "2024-01-19",
        "invented-city-hospital: 出院病人突破10万人次",
        change=None,
        qualifier="more_than",
    ),
    fact_case(
        "2025年，全行力争各项存款余额突破260亿元，涉农贷款占比保持在75%以上。",
        "260亿元",
        "2025-01-08",
        "invented-county-rural-commercial-bank: 各项存款余额突破260亿元",
        change=None,
    ),
    fact_case(
        "1—9月，全省网上零售额突破5000亿元，同比增长8.6%。",
        "5000亿元",
        "2024-10-20",
        "written-provincial-statistics: 网上零售额突破5000亿元",
        change=None,
    ),
    fact_case(
        "今年以來，本市外籍旅客入境人次突破120萬人次，創歷年同期新高。",
        "120萬人次",
        "2024-10-20",
        "written-tw-city-tourism: 入境人次突破120萬人次",
        change=None,
    ),
    fact_case(
        "截至9月末，该行普惠型小微企业贷款余额首次突破1000亿元。",
        "1000亿元",
        "2024-10-20",
        "written-finance-news: 首次突破1000亿元",
        change=None,
    ),
]


@pytest.mark.parametrize(("text", "needle", "published", "title", "expected"), LEVEL_PASSED)
def test_a_level_passed_is_no_change(
    text: str, needle: str, published: str, title: str | None, expected: dict[str, Any]
) -> None:
    run_fact(text, needle, published, title, expected)


# ---------------------------------------------------------------- 最多可: a rule's cap
# 每名考生最多可填报40个院校专业组志愿: a peak word and a modal before the verb that takes the figure make it
# a cap (at most), as 最高可达 does, and the cap a rule in force grants is reported, even when the window
# to use it runs to a day ahead (填报时间为6月28日至7月2日). 单日最多接待 (no modal) is a peak reached.
RULES_CAP = [
    fact_case(
        "本科批志愿填报时间为6月28日至7月2日，每名考生最多可填报40个院校专业组志愿，请考生按时完成填报。",
        "40个",
        "2023-06-25",
        "invented-province-exam-authority: 最多可填报40个",
        qualifier="at_most",
        status="reported",
    ),
    fact_case(
        "活动时间为5月1日至5月31日，每人每天最多可领取3张消费券。",
        "3张",
        "2024-04-25",
        "written-city-commerce: 最多可领取3张",
        qualifier="at_most",
        status="reported",
    ),
    fact_case(
        "申报期为即日起至9月30日，每家企业最多能申报2个项目。",
        "2个",
        "2024-08-01",
        "written-procurement-style notice: 最多能申报2个",
        qualifier="at_most",
        status="reported",
    ),
    fact_case(
        "每名納稅義務人最多可以選擇3個受贈單位。",
        "3個",
        "2024-08-01",
        "written-tw-tax-bureau: 最多可以選擇3個",
        qualifier="at_most",
    ),
    fact_case(
        "国庆假期，景区单日最多接待游客3.2万人次。",
        "3.2万人次",
        "2024-10-08",
        "written-county-tourism: 单日最多接待 (no modal): the peak reached",
        qualifier="exact",
    ),
]


@pytest.mark.parametrize(("text", "needle", "published", "title", "expected"), RULES_CAP)
def test_a_rules_cap(
    text: str, needle: str, published: str, title: str | None, expected: dict[str, Any]
) -> None:
    run_fact(text, needle, published, title, expected)


# ---------------------------------------------------------------- a table of scores
# 录取控制分数线如下（单位：分）： then 批次 | 历史类 | 物理类: the unit line above the table (its bracket and
# colon closing the sentence) gives every bare cell its unit, and 分 there is a score's points.
_SCORE_TABLE = (
    "经省招生委员会研究确定，我省2023年普通高校招生各批次录取控制分数线如下（单位：分）：\n"
    "批次\t历史类\t物理类\n本科批\t471\t445\n特殊类型招生控制线\t539\t517\n专科批\t220\t200\n"
)
_GRADE_TABLE = (
    "全市中考各类学校录取最低控制线（单位：分）\n"
    "学校类别\t普通批\t定向批\n省级示范高中\t612\t598\n一般高中\t520\t505\n"
)
_TW_TABLE = (
    "本年度各類科錄取最低分數如下（單位：分）：\n"
    "類科\t一般生\t原住民生\n行政類\t78.5\t70.2\n技術類\t75.0\t68.4\n"
)
SCORE_TABLES = [
    fact_case(_SCORE_TABLE, "471", "2023-06-25", "invented-province-exam-authority: 本科批 | 471", unit="分"),
    fact_case(
        _SCORE_TABLE,
        "517",
        "2023-06-25",
        "invented-province-exam-authority: 特殊类型招生控制线 | 517",
        unit="分",
        subject=["特殊类型招生控制线", "物理类", "分数线"],
    ),
    fact_case(
        _GRADE_TABLE, "598", "2024-07-10", "written-city-education-bureau: 省级示范高中 | 598", unit="分"
    ),
    fact_case(
        _TW_TABLE,
        "70.2",
        "2024-07-10",
        "written-tw-exam-ministry: 單位：分 in traditional script",
        unit="分",
    ),
]


@pytest.mark.parametrize(("text", "needle", "published", "title", "expected"), SCORE_TABLES)
def test_a_table_of_scores(
    text: str, needle: str, published: str, title: str | None, expected: dict[str, Any]
) -> None:
    run_fact(text, needle, published, title, expected)


# ---------------------------------------------------------------- a parallel clause leaves its noun out
# 本科批历史类分数线提高8分，物理类下降5分: the clause after a score's points that names no score word of its
# own states points of the same kind (the score word is left out, not missing).
PARALLEL_SCORES = [
    fact_case(
        "与去年相比，本科批历史类分数线提高8分，物理类下降5分。",
        "5分",
        "2023-06-25",
        "invented-province-exam-authority: 物理类下降5分",
        unit="分",
        change="decrease",
        subject=["物理类", "物理类分数线", "分数线"],
    ),
    fact_case(
        "今年全市政务服务综合评分为92.5分，较上年提高2.1分。",
        "2.1分",
        "2025-01-20",
        "written-county-portal: 评分为92.5分，较上年提高2.1分",
        unit="分",
        change="increase",
    ),
    fact_case(
        "普通类本科线文科为482分，理科下降6分。",
        "6分",
        "2024-06-25",
        "written-provincial-news: 本科线 (no score word) then 理科下降6分",
        unit="分",
        marks=pytest.mark.xfail(strict=True, reason="本科线 names a score line the cues do not hold"),
    ),
]


@pytest.mark.parametrize(("text", "needle", "published", "title", "expected"), PARALLEL_SCORES)
def test_a_parallel_clause_keeps_the_score(
    text: str, needle: str, published: str, title: str | None, expected: dict[str, Any]
) -> None:
    run_fact(text, needle, published, title, expected)


# ---------------------------------------------------------------- a plan's list to a later year
# 到2027年，…累计建成口袋公园300个、绿道800公里: what is done by a deadline in a later year than the page's is
# a target (a time still running now, 年内已完成…, dates what is done so far).
PLAN_TO_A_LATER_YEAR = [
    fact_case(
        "到2027年，全市建成区绿化覆盖率将达到45%以上，人均公园绿地面积不低于16平方米，累计建成口袋公园300个、"
        "绿道800公里，公园绿地服务半径覆盖率达到90%。",
        "300个",
        "2026-03-12",
        "invented-city-landscaping: 累计建成口袋公园300个",
        status="planned",
        time="2027-12-31",
    ),
    fact_case(
        "到2027年，全市建成区绿化覆盖率将达到45%以上，人均公园绿地面积不低于16平方米，累计建成口袋公园300个、"
        "绿道800公里，公园绿地服务半径覆盖率达到90%。",
        "800公里",
        "2026-03-12",
        "invented-city-landscaping: the list's next item, 绿道800公里",
        status="planned",
    ),
    fact_case(
        "到2026年底，全省累计建成5G基站12万个、千兆光网端口80万个。",
        "12万个",
        "2024-05-10",
        "written-provincial-portal: 到2026年底，全省累计建成…",
        status="planned",
    ),
    fact_case(
        "至2028年，本縣累計完成老舊公寓電梯增設120座。",
        "120座",
        "2025-05-10",
        "written-tw-county: 至2028年，本縣累計完成…",
        status="planned",
    ),
    fact_case(
        "今年以来，全县加快项目建设，年内已完成投资5亿元。",
        "5亿元",
        "2026-03-12",
        "written-county-development: 年内已完成 (a time still running): reported",
        status="reported",
    ),
]


@pytest.mark.parametrize(("text", "needle", "published", "title", "expected"), PLAN_TO_A_LATER_YEAR)
def test_a_plans_list_to_a_later_year(
    text: str, needle: str, published: str, title: str | None, expected: dict[str, Any]
) -> None:
    run_fact(text, needle, published, title, expected)


# ---------------------------------------------------------------- left for later (strict xfails)
# The rest of the work list, each named as its construction, not yet changed.
LEFT_FOR_LATER = [
    fact_case(
        "2023年，研究与试验发展（R&D）经费投入强度（与地区生产总值之比）为2.31%，比上年提高0.09个百分点。",
        "2.31%",
        "2024-09-27",
        "invented-province-rd-funding: a subject with a bracketed acronym and a gloss",
        subject=["研究与试验发展（R&D）经费投入强度", "R&D经费投入强度", "经费投入强度", "投入强度"],
        marks=pytest.mark.xfail(
            strict=True, reason="a bracketed acronym (R&D) is cut out of the noun: 经费强度"
        ),
    ),
    fact_case(
        "1—10月，全省电信业务收入累计完成612.48亿元，同比增长3.6%；按照上年不变价计算的电信业务总量同比增长9.2%。",
        "9.2%",
        "2025-11-20",
        "invented-province-ca-telecom: 同比 of the report's period, in the clause after a semicolon",
        time="2025-10-31",  # (passes since session 14: 上年不变价 is a price base, no time)
    ),
    fact_case(
        "2024年，医院将全力推进区域医疗中心建设，计划门急诊量达到195万人次，三四级手术占比提高到72%以上，"
        "平均住院日控制在7.3天以内，引进博士15名以上。",
        "7.3天",
        "2024-01-19",
        "invented-city-hospital: a plan year carried through a list to a duration",
        time="2024-12-31",  # (passes since session 14: 控制在N天以内 is a level, no time limit)
    ),
    fact_case(
        "截至2025年底，全市建成区绿地率达到39.8%，建成区绿化覆盖率达到43.6%，人均公园绿地面积达到15.2平方米，"
        "分别比上年提高0.7个、0.9个百分点和0.6平方米。",
        "0.7个",
        "2026-03-12",
        "invented-city-landscaping: 分别…0.7个、0.9个百分点: the first of a respective list of changes",
        subject=["建成区绿地率", "绿地率"],
        marks=pytest.mark.xfail(strict=True, reason="a figure whose unit is borrowed from the next item"),
    ),
    fact_case(
        "千兆光网加快部署，具备千兆网络服务能力的10G PON端口数达到41.7万个。",
        "41.7万个",
        "2025-11-20",
        "invented-province-ca-telecom: 加快部署 (a policy verb) then a level reached",
        status="reported",  # (passes since session 14: 加快部署 is work under way, no directive)
    ),
]


@pytest.mark.parametrize(("text", "needle", "published", "title", "expected"), LEFT_FOR_LATER)
def test_left_for_later(
    text: str, needle: str, published: str, title: str | None, expected: dict[str, Any]
) -> None:
    run_fact(text, needle, published, title, expected)
