"""Session 16 (issue 15): times, statuses, changes, ratios and units from session 15's held-out errors,
now in-sample (tests/data/invented): a span of days with parts of a day (13日夜间至14日白天), the years a
baseline's bracket glosses (较多年平均（1956—2016年系列）), a recruitment's quota and what it covers or
drew (计划招聘…，涉及…48家; 审核通过196人), a plan as the object of a done verb (核减招聘计划7名), 可能 in
a relative clause (避免可能造成的人员伤亡), price and fee cuts (降价69%), a bracketed conversion (42.6万吨
（8.52亿斤）), a ratio named right after it (1:3开考比例), units of data and frequency (太字節, 吉字節,
兆赫) and a count of points past a clock's hours (800點).

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
from factcase import facts_of, known_miss, overlapping, the_fact

# ---------------------------------------------------------------- a span of days with parts of a day
# 12月13日夜间至14日白天，…降雪量8.6毫米: a span of days (A至B, A—B) dates its figures by its end B, also
# when a part of a day (夜间, 白天, 凌晨, 晚) follows either day.

SNOW = (
    "12月13日夜间至14日白天，我市出现今冬首场降雪，全市平均降雪量8.6毫米，最大降雪量出现在北部山区，"
    "达14.2毫米，积雪深度普遍在5至8厘米。"
)

DAY_SPAN_PARTS = [
    case(SNOW, "8.6毫米", "2025-12-15", "work-list-snow-removal: 夜间至…白天", time="2025-12-14",
         start="2025-12-13"),
    case(SNOW, "14.2毫米", "2025-12-15", "work-list-snow-removal: a later clause", time="2025-12-14"),
    case(SNOW, "5至8厘米", "2025-12-15", "work-list-snow-removal: a range", time="2025-12-14"),
    case("12月13日夜間至14日凌晨，本港錄得雨量逾50毫米。", "50毫米", "2025-12-15",
         "written-hk-observatory: 夜間至…凌晨 (traditional)", time="2025-12-14"),
    case("受冷空气影响，1月5日晚至6日，全省平均降温8.2℃。", "8.2℃", "2025-01-08",
         "written-provincial-weather: 晚至 and a bare end day", time="2025-01-06"),
    case("7月20日白天至21日夜间，全县累计降雨量达126.5毫米。", "126.5毫米", "2025-07-22",
         "written-county-flood-office: 白天至…夜间", time="2025-07-21"),
    case("12月13日至14日，全市平均降雪量8.6毫米。", "8.6毫米", "2025-12-15",
         "written-city-portal: a plain span (kept)", time="2025-12-14"),
    case("12月13日20时至14日8时，全市平均降雪量8.6毫米。", "8.6毫米", "2025-12-15",
         "written-weather-bulletin: a span of hours (kept)", time="2025-12-14"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "needle", "published", "expected"), DAY_SPAN_PARTS)
def test_day_span_parts(text: str, needle: str, published: str, expected: dict[str, Any]) -> None:
    check(the_fact(text, needle, published), expected)


# ---------------------------------------------------------------- the years a baseline's bracket glosses
# 较多年平均（1956—2016年系列，下同）偏多6.8%: a year or span in the bracket after a compared normal is the
# normal's, never the figure's; the figure keeps its sentence's time.

BASELINE_BRACKET = [
    case("2024年全省平均年降水量812.6毫米，较多年平均（1956—2016年系列，下同）偏多6.8%。", "6.8%",
         "2025-06-15", "work-list-water-resources-bulletin", time="2024-12-31", change="increase"),
    case("2024年全市平均气温17.9℃，比常年（1991—2020年平均）偏高0.8℃。", "0.8℃", "2025-01-10",
         "written-climate-bulletin: 比常年（…）", time="2024-12-31"),
    case("去年全省水资源总量为1560亿立方米，比多年平均（1956～2000年）偏少12%。", "12%", "2025-03-20",
         "written-statistics-bulletin: 去年 and 比多年平均（…）", time="2024-12-31", change="decrease"),
    case("2024年全港總雨量為2950毫米，較正常（1991至2020年平均）多約22%。", "22%", "2025-01-05",
         "written-hk-observatory: 較正常（…） (traditional)", time="2024-12-31"),
    case("2024年城镇化率为65.2%，比上年（2023年）提高0.9个百分点。", "0.9个百分点", "2025-03-01",
         "written-statistics-bulletin: 比上年（2023年） (kept)", time="2024-12-31"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "needle", "published", "expected"), BASELINE_BRACKET)
def test_baseline_bracket(text: str, needle: str, published: str, expected: dict[str, Any]) -> None:
    check(the_fact(text, needle, published), expected)


# ---------------------------------------------------------------- a quota and what it covers or drew
# 计划招聘工作人员126名，涉及…事业单位48家: a recruitment's or an enrolment's quota (计划 before 招聘, 招生,
# 招收…) is planned, and so is a clause that goes on setting it (设34个班); a later clause that says what
# the quota covers or drew (涉及, 审核通过, 报名) states what is, reported.

RECRUIT = "本次公开招聘计划招聘工作人员126名，涉及县直和乡镇事业单位48家、招聘岗位83个。"
COMPETE = "竞争最激烈的岗位为县融媒体中心新闻采编岗，计划招聘1人，审核通过196人，竞争比达196:1。"

QUOTA = [
    case(RECRUIT, "48家", "2025-04-16", "work-list-civil-service-recruitment: 涉及", status="reported"),
    case(RECRUIT, "83个", "2025-04-16", "work-list-civil-service-recruitment: its list", status="reported"),
    case(RECRUIT, "126名", "2025-04-16", "work-list-civil-service-recruitment: the quota", status="planned"),
    case(COMPETE, "196人", "2025-04-16", "work-list-civil-service-recruitment: 审核通过", status="reported"),
    case(COMPETE, "196:1", "2025-04-16", "work-list-civil-service-recruitment: after 审核通过",
         status="reported"),
    case("今年县城4所公办幼儿园共计划招收小班幼儿1020名，设34个班，每班不超过30人。", "34个",
         "2024-07-01", "written-county-education-bureau: 设 goes on setting the quota", status="planned"),
    case("今年我校計劃招募義工80名，報名人數達320人。", "320人", "2025-03-01",
         "written-macau-school: 報名 (traditional)", status="reported"),
    case("2025年全省计划招录公务员5200名，报考人数达18.6万人。", "18.6万人", "2025-03-01",
         "written-provincial-portal: 报考", status="reported"),
    case("政府将推出新一轮电费补贴，涉及开支约33亿元。", "33亿元", "2025-02-26",
         "written-hk-budget: 涉及 after 将 (a plan's term, kept)", status="planned"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "needle", "published", "expected"), QUOTA)
def test_quota(text: str, needle: str, published: str, expected: dict[str, Any]) -> None:
    check(the_fact(text, needle, published), expected)


# ---------------------------------------------------------------- a plan acted on; 可能 in a relative clause
# 相应核减招聘计划7名: a plan acted on (核减, 下达, 超额完成, 调增) is a noun, the figure what was done;
# 避免可能造成的人员伤亡1436人: 可能 inside …可能造成的 + noun says what the noun might have been.

NOT_PLANNED = [
    case("对未达到开考比例的5个岗位，相应核减招聘计划7名。", "7名", "2025-04-16",
         "work-list-civil-service-recruitment: 核减…计划", status="reported"),
    case("省发展改革委已下达年度中央预算内投资计划12.6亿元。", "12.6亿元", "2025-05-10",
         "written-provincial-ndrc: 下达…计划", status="reported"),
    case("全县调增建设用地计划300亩。", "300亩", "2025-05-10",
         "written-county-natural-resources: 调增…计划", status="reported"),
    case("全年成功避险12起，避免可能造成的人员伤亡1436人，避免直接经济损失约1.2亿元。", "1436人",
         "2026-01-10", "work-list-geological-disaster: 可能造成的", status="reported"),
    case("全年成功避险12起，避免可能造成的人员伤亡1436人，避免直接经济损失约1.2亿元。", "1.2亿元",
         "2026-01-10", "work-list-geological-disaster: the clause after", status="reported"),
    case("排查整治可能引发的安全隐患326处。", "326处", "2025-05-10",
         "written-emergency-bureau: 可能引发的", status="reported"),
    case("预计明年可能造成的损失达5亿元。", "5亿元", "2025-05-10",
         "written-finance-news: a forecast besides (kept)", status="planned"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "needle", "published", "expected"), NOT_PLANNED)
def test_not_planned(text: str, needle: str, published: str, expected: dict[str, Any]) -> None:
    check(the_fact(text, needle, published), expected)


# ---------------------------------------------------------------- price and fee cuts; a bracketed conversion
# 中选药品平均降价69%: 降价, 降费, 减费, 涨价, 提价 right before the figure are change words (before a
# noun they name what it is for: 降费奖补资金, and 减税降费 names the policy); 增加42.6万吨（8.52亿斤）: a
# figure alone in a bracket right after another converts it and takes its change; 未达到 reaches no level.

CHANGES = [
    case("中选药品平均降价69%。", "69%", "2025-06-01", "work-list-drug-volume-procurement",
         change="decrease"),
    case("中選藥品平均降價53%，預計每年節省醫療費用4.2億元。", "53%", "2025-06-01",
         "written-macau-health-bureau: 降價 (traditional)", change="decrease"),
    case("今年以来为企业降费1.2亿元。", "1.2亿元", "2025-06-01", "written-provincial-portal: 降费",
         change="decrease"),
    case("自来水价格每吨涨价0.3元。", "0.3元", "2025-06-01", "written-price-bureau: 涨价", change="increase"),
    case("受原材料上涨影响，该企业出厂价提价5%。", "5%", "2025-06-01", "written-finance-news: 提价",
         change="increase"),
    case("省财政安排融资担保降费奖补资金4.2亿元。", "4.2亿元", "2025-07-01",
         "written-provincial-finance: 降费 before a noun", change=None),
    case("今年以来全市新增减税降费1.2亿元。", "1.2亿元", "2025-06-01",
         "written-tax-bureau: 减税降费 names the policy", change=None),
    case("2025年全省粮食总产量3524.8万吨（704.96亿斤），比2024年增加42.6万吨（8.52亿斤），增长1.2%。",
         "8.52亿斤", "2025-12-12", "work-list-grain-output: a converted change", change="increase",
         status="reported", time="2025-12-31"),
    case("2025年全省粮食总产量3524.8万吨（704.96亿斤），比2024年增加42.6万吨（8.52亿斤），增长1.2%。",
         "704.96亿斤", "2025-12-12", "work-list-grain-output: a converted level (kept)", change=None),
    case("全年发电量比上年减少3.1亿千瓦时（31万兆瓦时）。", "31万兆瓦时", "2025-02-01",
         "written-energy-bulletin: a converted fall", change="decrease"),
    case("有12个县的森林覆盖率尚未达到60%。", "60%", "2025-06-01", "written-forestry-bureau: 尚未达到",
         change=None),
    case("本次集采产品平均降价幅度达到60%。", "60%", "2025-06-01",
         "written-healthcare-security: 降价幅度达到", change="decrease",
         marks=known_miss("the size of a cut named (降价幅度) before 达到: read as a level")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "needle", "published", "expected"), CHANGES)
def test_changes(text: str, needle: str, published: str, expected: dict[str, Any]) -> None:
    check(the_fact(text, needle, published), expected)


# ---------------------------------------------------------------- ratios, units and points
# 未达到1:3开考比例: a ratio named right after it (开考比例, 配套比例) is a fact of kind other, value null;
# 128 640太字節, 約5.2吉字節, 200兆赫: units of data and frequency (兆 is mega there, no scale); 補助800點:
# N點 past a clock's 24 hours is a count of points.

FORMS = [
    case("对审核通过人数与招聘计划数未达到1:3开考比例的5个岗位，相应核减招聘计划7名。", "1:3", "2025-04-16",
         "work-list-civil-service-recruitment: 1:3开考比例", kind="other", value=None, change=None),
    case("全县审核通过人数与招聘计划数之比为27.1:1。", "27.1:1", "2025-04-16",
         "work-list-civil-service-recruitment: 之比为 (kept)", kind="other", value=None),
    case("项目资金按1:1配套比例落实。", "1:1", "2025-04-16", "written-county-finance: 配套比例",
         kind="other"),
    case("今年九月本地流動數據用量為128 640太字節，較去年同期上升22.4%。", "128 640", "2025-11-20",
         "work-list-hk-ofca: a spaced number and 太字節", kind="other", value=128640, unit="太字節"),
    case("平均每名流動服務用戶每月使用約5.2吉字節數據。", "5.2", "2025-11-20", "work-list-hk-ofca: 吉字節",
         kind="other", value=5.2, unit="吉字節", qualifier="approx"),
    case("通訊事務管理局計劃於二○二六年第一季拍賣合共200兆赫的頻譜。", "200", "2025-11-20",
         "work-list-hk-ofca: 兆赫", kind="other", value=200, unit="兆赫", status="planned"),
    case("全市5G基站月均流量达到1.5万吉字节，城域网出口带宽3.2太字节。", "3.2", "2025-06-01",
         "written-provincial-communications-bureau: simplified", unit="太字节", value=3.2),
    case("频谱资源共分配了160兆赫。", "160", "2025-06-01", "written-mainland-radio-regulator: 兆赫",
         value=160, unit="兆赫"),
    case("另敬老愛心卡每人每月補助800點，可搭乘公車、計程車。", "800", "2025-09-01",
         "work-list-tw-yunlin: 800點", kind="count", value=800, unit="點"),
    case("测绘部门提供测绘基准成果591点。", "591", "2025-06-01", "written-surveying-bureau: 591点",
         kind="count", value=591, unit="点"),
    case("每张乘车卡充值300点，可用于乘坐公交。", "300", "2025-06-01", "written-city-transport: 300点",
         kind="count", value=300),
    case("按照指导标准，敬老卡每人每月補助800點。", "800", "2025-09-01",
         "written-tw-county-social-affairs: 指 alone names no index", kind="count"),
    case("上证指数早盘高开，一度升至3100点上方。", "3100", "2025-02-11",
         "written-securities-daily: an index named earlier in the sentence", kind="other", unit="点"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "needle", "published", "expected"), FORMS)
def test_forms(text: str, needle: str, published: str, expected: dict[str, Any]) -> None:
    check(the_fact(text, needle, published), expected)


# a clock's hours stay times of day: no fact over them
CLOCK = [
    pytest.param("晚上8点至10点开放，上午9点开始。", "10点", id="written-city-portal: 8点至10点"),
    pytest.param("活动当天24点截止。", "24点", id="written-county-portal: 24点"),
]


@pytest.mark.parametrize(("text", "needle"), CLOCK)
def test_clock_hours(text: str, needle: str) -> None:
    assert overlapping(facts_of(text, "2025-06-01"), text, needle) == []
