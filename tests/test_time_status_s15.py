"""Session 15 (issue 15): time scopes, status, change and ratio forms from session 14's held-out
errors, now in-sample (tests/data/invented): a holiday named with 期间 after 今年/去年, a time that dates
an event a modifier names, a bare month after 明年, an event's day before a plan's figure, a time
inside a share's denominator after 占, a class threshold before its noun, 列入计划 and 纳入…计划 inside a
relative clause, counted proposals (12件建议), ratios after 由…的, and change words glued to another
word (建成长输).

Each table holds the work-list sentence with sentences written in the styles of other kinds of site
(provincial portals, statistics bulletins, procurement notices, finance news, Hong Kong, Macau and
Taiwan pages). Ids name the source: ``work-list-<page>`` or ``written-<kind of site>``. Rows that
still fail are strict xfails whose reason names the construction.
"""

from __future__ import annotations

from typing import Any

import pytest

from factcase import check_fact as check
from factcase import dated_case as case
from factcase import known_miss, the_fact

# ---------------------------------------------------------------- a holiday named with 期间
# 今年清明节期间，…共接待群众祭扫约56万人次: a festival's name and 期间 after 今年, 去年, a written year or
# nothing is the holiday's span of days (the official calendar's), not the year; 上年 is left alone.

HOLIDAY_PERIOD = [
    case("文明祭扫蔚然成风。今年清明节期间，全市各殡仪馆、公墓、骨灰堂共接待群众祭扫约56万人次，"
         "其中通过网上祭扫平台参与“云祭扫”的近8.2万人次，同比增长四成以上。", "56万人次", "2024-11-18",
         "work-list-funeral-reform: 今年清明节期间", time="2024-04-06", start="2024-04-04"),
    case("文明祭扫蔚然成风。今年清明节期间，全市各殡仪馆、公墓、骨灰堂共接待群众祭扫约56万人次，"
         "其中通过网上祭扫平台参与“云祭扫”的近8.2万人次，同比增长四成以上。", "四成", "2024-11-18",
         "work-list-funeral-reform: its growth", time="2024-04-06"),
    case("今年国庆期间，全省接待游客1200万人次，实现旅游收入98.6亿元。", "1200万人次", "2024-10-09",
         "written-provincial-portal: 今年国庆期间", time="2024-10-07"),
    case("春节期间，全市共销售烟花爆竹3.2万箱。", "3.2万箱", "2024-02-20",
         "written-county-portal: 春节期间 alone (the publish year)", time="2024-02-17"),
    case("2023年端午节期间，景区共接待游客12万人次。", "12万人次", "2023-06-28",
         "written-culture-tourism-bureau: 2023年端午节期间", time="2023-06-24"),
    case("去年中秋期间，全市接待游客80万人次。", "80万人次", "2025-03-10",
         "written-statistics-bulletin: 去年中秋期间", time="2024-09-17"),
    case("上年国庆期间，全市接待游客80万人次。", "80万人次", "2025-03-10",
         "written-finance-news: 上年 (left as the year)", time="2024-12-31"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "needle", "published", "expected"), HOLIDAY_PERIOD)
def test_holiday_period(text: str, needle: str, published: str, expected: dict[str, Any]) -> None:
    check(the_fact(text, needle, published), expected)


# ---------------------------------------------------------------- an event's day in a modifier
# 2025年1月召开的市十七届人大四次会议期间，…: a time before an event verb and 的 dates the event a
# modifier names; it opens no scope over later sentences (会后，…交由86个承办单位). Whether it dates its
# own sentence is the report-period convention (left as it is).

NPC = (
    "2025年1月召开的市十七届人大四次会议期间，市人大代表共提出建议、批评和意见612件，比上次会议增加37件。"
    "会后，市人大常委会代表工作委员会对代表建议逐件分析梳理，交由86个承办单位研究办理。\n"
    "从办理结果看，所提问题已经解决或采纳的（A类）427件，占69.8%。"
)

EVENT_MODIFIER = [
    case(NPC, "86个", "2025-12-18", "work-list-npc-deputy: 会后 (next sentence)", time=None, scope=None),
    case(NPC, "427件", "2025-12-18", "work-list-npc-deputy: a later paragraph", time=None, scope=None),
    case("去年10月举办的第五届进博会期间，共达成意向成交额735.2亿美元。会后，累计落地项目86个。", "86个",
         "2023-03-01", "written-finance-news: 举办的…期间", time=None, scope=None),
    case("今年3月開幕的國際書展期間，入場人次達110萬。展後，出版業界共簽訂合約320份。", "320份",
         "2025-09-01", "written-hk-news: 開幕的…期間 (traditional)", time=None, scope=None),
    case("前三季度，全省完成固定资产投资1.2万亿元。全省新开工项目3200个。", "3200个", "2025-10-20",
         "written-statistics-bulletin: a period opening the lead (kept)", scope="2025-09-30"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "needle", "published", "expected"), EVENT_MODIFIER)
def test_event_modifier(text: str, needle: str, published: str, expected: dict[str, Any]) -> None:
    check(the_fact(text, needle, published), expected)


# ---------------------------------------------------------------- a bare month after 明年, an event's day
# 明年（115年）花火節預計於4月下旬開幕，將規劃施放30場以上: a bare month after 明年 (or 后年) in its sentence
# is that year's; the day an event opens (于…开幕, 於…開跑) dates that event, and a plan's figure in a
# later clause takes the year before it.

YEAR_AHEAD = [
    case("縣府表示，明年（115年）花火節預計於4月下旬開幕，將規劃施放30場以上。", "30場", "2025-09-05",
         "work-list-tw-penghu: 明年…於4月下旬開幕", time="2026-12-31", status="planned"),
    case("明年旅游节预计于5月开幕，将举办各类活动30场。", "30场", "2025-09-05",
         "written-culture-tourism-bureau: 明年…于5月开幕", time="2026-12-31"),
    case("2026年马拉松预计于3月开跑，将设置补给站20个。", "20个", "2025-11-05",
         "written-sports-bureau: a written year (kept)", time="2026-12-31"),
    case("明年将于6月底前新建充电桩5000个。", "5000个", "2025-11-05",
         "written-provincial-portal: 明年…6月底前 (a deadline, kept)", time="2026-06-30"),
    case("明年3月，全市将新开通公交线路12条。", "12条", "2025-11-05",
         "written-transport-bureau: 明年3月 (kept)", time="2026-03-31"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "needle", "published", "expected"), YEAR_AHEAD)
def test_year_ahead(text: str, needle: str, published: str, expected: dict[str, Any]) -> None:
    check(the_fact(text, needle, published), expected)


# ---------------------------------------------------------------- a time inside a share's denominator
# 占今年累計旅客人數近八成: a time after 占 names the whole the share is of, with or without 的; the share
# takes the clause's own period (花火節期間（4月至8月）). Not past a copula (占全年GDP比重达55%).

SHARE_DENOMINATOR = [
    case("其中花火節期間（4月至8月）旅客約94.3萬人次，占今年累計旅客人數近八成。", "八成", "2025-09-05",
         "work-list-tw-penghu: 占今年累計…近八成", time="2025-08-31"),
    case("上半年出口额320亿元，占今年累计出口六成。", "六成", "2025-08-05",
         "written-customs-news: 占今年累计出口六成", time="2025-06-30"),
    case("上半年出口額320億元，佔今年累計出口六成。", "六成", "2025-08-05",
         "written-hk-style: the traditional twin (佔今年累計)", time="2025-06-30"),
    case("1-9月，全省民间投资1.2万亿元，占全年固定资产投资的52.3%。", "52.3%", "2025-10-20",
         "written-statistics-bulletin: 占全年…的 (kept)", time="2025-09-30"),
    case("全市第三产业增加值占全年GDP比重达55%。", "55%", "2025-12-20",
         "written-provincial-portal: past a copula the year is the share's", time="2025-12-31"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "needle", "published", "expected"), SHARE_DENOMINATOR)
def test_share_denominator(text: str, needle: str, published: str, expected: dict[str, Any]) -> None:
    check(the_fact(text, needle, published), expected)


# ---------------------------------------------------------------- a class threshold before its noun
# 对7座及以下小型客车免费通行: an inclusive bound (及以下, 及以上) right before the noun a count picks
# out defines a class, which holds at no time (as …及以上的 does). Not 以上 alone (新增就业1万人以上).

CLASS_THRESHOLD = [
    case("10月1日至8日，全省高速公路对7座及以下小型客车免费通行。", "7座", "2025-10-09",
         "work-list-expressway: 7座及以下小型客车", time=None),
    case("今年全市新增3层及以上建筑126栋。", "3层", "2025-12-20",
         "written-housing-bureau: 3层及以上建筑", time=None),
    case("今年全市新增3层及以上建筑126栋。", "126栋", "2025-12-20",
         "written-housing-bureau: the count itself (kept)", time="2025-12-31"),
    case("2025年，全市新增就业1.2万人以上。", "1.2万人", "2025-12-20",
         "written-statistics-bulletin: 以上 at the clause's end (kept)", time="2025-12-31"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "needle", "published", "expected"), CLASS_THRESHOLD)
def test_class_threshold(text: str, needle: str, published: str, expected: dict[str, Any]) -> None:
    check(the_fact(text, needle, published), expected)


# ---------------------------------------------------------------- plan words that plan nothing
# 列入计划逐步解决的（B类）141件, 纳入营养改善计划实施范围的学校共87所: 列入/纳入…计划 inside a relative
# clause closed by 的 classifies what is counted (reported). 12件建议作为重点督办建议: 建议 after a measure
# word is a noun, no proposal, whatever verb follows it. An estimate of a period already past (旅遊處
# 估計，今年花火節帶動觀光產值約新臺幣62億元, published after the festival) is still read as a forecast.

NPC_RESULTS = (
    "从办理结果看，所提问题已经解决或采纳的（A类）427件，占69.8%；列入计划逐步解决的（B类）141件，占23%；"
    "因政策、财力等条件限制留作参考的（C类）44件，约占7.2%。"
)
NPC_FOCUS = (
    "今年，市人大常委会从代表建议中选取关于加快老旧小区改造、优化城区停车资源配置等12件建议作为重点督办建议，"
    "由常委会主任会议成员分别牵头督办，全年开展实地视察、座谈调研二十余次。"
)

NOT_PLANNED = [
    case(NPC_RESULTS, "141件", "2025-12-18", "work-list-npc-deputy: 列入计划逐步解决的", status="reported"),
    case(NPC_RESULTS, "23%", "2025-12-18", "work-list-npc-deputy: its share", status="reported"),
    case("目前，全县纳入营养改善计划实施范围的学校共87所，受益学生21463人。", "87所", "2025-12-23",
         "work-list-school-nutrition: 纳入…计划实施范围的", status="reported"),
    case("目前，全县纳入营养改善计划实施范围的学校共87所，受益学生21463人。", "21463人", "2025-12-23",
         "work-list-school-nutrition: the next clause", status="reported"),
    case("全市列入规划分步实施的项目126个，总投资85亿元。", "126个", "2025-12-20",
         "written-development-commission: 列入规划分步实施的", status="reported"),
    case("纳入统计的企业计划投资10亿元。", "10亿元", "2025-12-20",
         "written-statistics-bulletin: a plan word that goes on to a verb (kept)", status="planned"),
    case(NPC_FOCUS, "二十余次", "2025-12-18", "work-list-npc-deputy: 12件建议作为…", status="reported"),
    case("省人大常委会选定5件建议作为重点督办件，组织开展专题调研8次。", "8次", "2025-12-20",
         "written-provincial-portal: 5件建议作为 (a noun)", status="reported"),
    case("我建议预留60亿元用于基建。", "60亿元", "2025-12-20",
         "written-hk-legco: a proposal before its verb (kept)", status="planned"),
    case("旅遊處估計，今年花火節帶動觀光產值約新臺幣62億元，較去年的54億元成長約14.8%。", "62億元",
         "2025-09-05", "work-list-tw-penghu: an estimate of a festival already over", status="reported",
         marks=known_miss("an estimate of an event already past, dated only by 今年: which events have "
                          "ended is not read")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "needle", "published", "expected"), NOT_PLANNED)
def test_not_planned(text: str, needle: str, published: str, expected: dict[str, Any]) -> None:
    check(the_fact(text, needle, published), expected)


# ---------------------------------------------------------------- ratios after 由…的
# 车桩比由去年底的2.7:1降至2.4:1: a word of ratio, 由 or 从, the old level's time and 的 before two
# numbers joined by a colon make them a ratio (kind other, value null), as 比值由2.56:1 did; the second
# ratio is the new level.

RATIOS = [
    case("截至9月底，全市车桩比由去年底的2.7:1降至2.4:1。", "2.7:1", "2025-10-20",
         "work-list-ev-charging: 由去年底的2.7:1", kind="other", value=None, time="2024-12-31"),
    case("截至9月底，全市车桩比由去年底的2.7:1降至2.4:1。", "2.4:1", "2025-10-20",
         "work-list-ev-charging: 降至2.4:1", kind="other", value=None, change="to", time="2025-09-30"),
    case("全省城乡居民收入比从2020年的2.52:1缩小到2.38:1。", "2.52:1", "2025-12-20",
         "written-provincial-portal: 从2020年的", kind="other", time="2020-12-31"),
    case("全市中小学师生比由上学期的1:18调整为1:16。", "1:16", "2025-12-20",
         "written-education-bureau: 由上学期的…调整为", kind="other", change="to"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "needle", "published", "expected"), RATIOS)
def test_ratios(text: str, needle: str, published: str, expected: dict[str, Any]) -> None:
    check(the_fact(text, needle, published), expected)


def test_score_is_no_ratio() -> None:
    """比分由上半场的1:0变为2:1: a score, no ratio (比分 is no word of ratio)."""
    from factcase import facts_of

    assert not [f for f in facts_of("比分由上半场的1:0变为2:1。", "2025-12-20") if f.kind == "other"]


# ---------------------------------------------------------------- change words glued to another word
# 累计建成长输管道5120公里: Taiwan's 成长 across 建成 (or 形成) and the noun after it is no change word.
# 达到 as a new level stays "to" (GUIDE.md; the gold of 实际补助标准达到每生每天6元 says null: a doubt);
# 新增约N个 right before the figure stays an increase (session 13's reading; the gold of 並新增約300個
# says null, that of 新增約2,000個 increase: a doubt).

CHANGES = [
    case("計劃在年內於另外五間院所推行電子視像探訪服務，並新增約300個職業訓練學額。", "300個", "2025-12-20",
         "work-list-hk-csd: 並新增約300個 (session 13's increase kept; gold null, a doubt)",
         change="increase"),
    case("今年以来，全省新建天然气长输管道386公里，累计建成长输管道5120公里。", "5120公里", "2025-12-20",
         "work-list-energy-winter-gas: 建成长输管道", change=None),
    case("各地已形成长效机制120项。", "120项", "2025-12-20",
         "written-provincial-portal: 形成长效", change=None),
    case("全縣觀光產值較去年同期成長18%。", "18%", "2025-12-20",
         "written-tw-county-news: 成長 as growth (kept)", change="increase"),
    case("新增贷款同比多增120亿元。", "120亿元", "2025-12-20",
         "written-finance-news: 多增 (kept)", change="increase"),
    case("县级财政在此基础上每生每天另行补助1元，实际补助标准达到每生每天6元。", "6元", "2025-12-23",
         "work-list-school-nutrition: 达到 as a new level (GUIDE: to; gold null, a doubt)", change="to"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "needle", "published", "expected"), CHANGES)
def test_changes(text: str, needle: str, published: str, expected: dict[str, Any]) -> None:
    check(the_fact(text, needle, published), expected)
