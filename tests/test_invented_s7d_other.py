"""Times, statuses, number forms and changes on the look at the fifth batch of invented pages
(session 7d).

Each table is one construction found in the errors of the eight pages written blind in session 7
(in-sample: the last eight rows of ``tests/data/invented/README.md``), with rows from those pages
(``invented-<page>``) and rows written here in the style of other kinds of site
(``written-<kind of site>``) and other wordings of the same construction, so that a rule catches the
family, not the page's sentence. ``time`` is the fact's last day (as the gold scorer compares it),
``scope`` the last day of its ``scope_time``; a tuple is any of its values.
"""

from __future__ import annotations

from typing import Any

import pytest

from factcase import check_fact as check
from factcase import fact_case as case
from factcase import facts_of, known_miss, the_fact

COLUMNS = ("text", "needle", "published", "title", "expected")

# ---------------------------------------------------------------- a holiday's or an event's span
# named in the lead (國慶黃金周（十月一日至七日）期間，…; “五一”假期（5月1日至5日），…; a fair's days)
# dates the release's figures throughout, also after a release clause whose day is restated in
# brackets (入境事務處今日（十月八日）公布，…); a reporting week or quarter in the lead
# (過去一星期（…），…) governs the later figures' scope only (GUIDE.md: their own sentence)

IMMD = (
    "入境事務處今日（十月八日）公布，國慶黃金周（十月一日至七日）期間，經各海、陸、空管制站出入境的旅客共約"
    "1,623萬人次，按年上升7.2%。其中，香港居民約1,105萬人次，內地訪客約418萬人次。\n"
    "各管制站中，以羅湖管制站最為繁忙，出入境旅客達312萬人次。\n"
    "入境處在黃金周期間共調配逾1,200名人員，並開放全部共166條e-道，以確保各管制站運作暢順。"
)

EVENT_LEAD = [
    case(IMMD, "1,105萬", "2025-10-08", "invented-hk-immd: 其中，香港居民約1,105萬人次", time="2025-10-07"),
    case(
        IMMD,
        "312萬",
        "2025-10-08",
        "invented-hk-immd: the next paragraph's 旅客達312萬人次",
        time="2025-10-07",
    ),
    case(
        IMMD, "1,200名", "2025-10-08", "invented-hk-immd: 在黃金周期間共調配逾1,200名人員", time="2025-10-07"
    ),
    case(
        IMMD,
        "166條",
        "2025-10-08",
        "invented-hk-immd: 開放全部共166條e-道 (a standing count)",
        marks=known_miss("a standing count (全部共166條e-道) in a holiday release takes the holiday's span"),
        time=None,
    ),
    case(
        "旅遊局今日（10月9日）公布，國慶黃金周（10月1日至7日）期間，入境旅客共約98萬人次。\n"
        "當中，內地旅客約78萬人次，按年上升5.2%。",
        "78萬",
        "2025-10-09",
        "written-macau-tourism: 當中，內地旅客約78萬人次 after the holiday lead",
        time="2025-10-07",
    ),
    case(
        "10月9日，记者从省文化和旅游厅获悉，国庆中秋假期（10月1日至8日）期间，全省接待游客5230万人次。\n"
        "乡村旅游持续升温，重点监测的120个乡村旅游点接待游客410万人次。",
        "410万",
        "2025-10-09",
        "written-provincial-tourism: a later paragraph of a holiday release",
        time="2025-10-08",
    ),
    case(
        "市商务局今天发布，第十届消费品博览会（4月10日至15日）期间，现场成交额达12.6亿元。\n"
        "展会共吸引专业采购商3.2万人次，签约项目46个。",
        "3.2万",
        "2025-04-16",
        "written-county-news: a fair's days named in the lead",
        time="2025-04-15",
    ),
    case(
        "醫院管理局今日（一月二十日）公布，過去一星期（一月十三日至十九日），全港急症室的每日平均求診人次為6,120。\n"
        "輪候時間方面，次緊急病人的平均輪候時間約為2.5小時。",
        "2.5小時",
        "2026-01-20",
        "written-hk-hospital: a reporting week (過去一星期) is no event: scope only",
        time=None,
        scope="2026-01-19",
    ),
    case(
        "市交通运输局今天发布，春运期间（1月14日至2月22日），全市发送旅客860万人次。\n"
        "春运结束后，全市公交客流恢复至日均120万人次。",
        "120万",
        "2025-02-24",
        "written-city-transport: 春运结束后 stands after the span",
        time=None,
    ),
    case(
        "“五一”假期（5月1日至5日），全县接待游客32万人次。\n按规定，职工每年可享受带薪假期5天。",
        "5天",
        "2025-05-06",
        "written-county-hr: 带薪假期5天 counts days, it names no time",
        time=None,
    ),
]


@pytest.mark.parametrize(COLUMNS, EVENT_LEAD)
def test_event_lead(
    text: str, needle: str, published: str, title: str | None, expected: dict[str, Any]
) -> None:
    check(the_fact(text, needle, published, title), expected)


# ---------------------------------------------------------------- a time that dates a person's life
# event in a clause of who counts (（1986年6月8日至2004年6月8日期间出生）, 1990年1月1日或以後出生,
# 2024年毕业的): it dates the event, not the rule's ages or quotas (life_events in times.toml)

HRSS = (
    "应聘人员年龄为18周岁以上、35周岁以下（1986年6月8日至2004年6月8日期间出生），"
    "取得硕士研究生及以上学历的，年龄可放宽至40周岁以下。"
)

LIFE_EVENT = [
    case(HRSS, "18周岁", "2024-05-20", "invented-hrss-recruitment: 年龄为18周岁以上（…期间出生）", time=None),
    case(HRSS, "40周岁", "2024-05-20", "invented-hrss-recruitment: 放宽至40周岁以下", time=None),
    case(
        "報考者須為1990年1月1日或以後出生，年齡不超過35歲。",
        "35歲",
        "2025-03-01",
        "written-hk-civil-service: 1990年1月1日或以後出生",
        time=None,
    ),
    case(
        "报考人员须为1989年3月以后出生，年龄在35周岁以下。",
        "35周岁",
        "2024-03-01",
        "written-provincial-exam: 1989年3月以后出生",
        time=None,
    ),
    case(
        "2023年出生人口902万人，出生率为6.39‰。",
        "902万",
        "2024-01-17",
        "written-statistics-bulletin: 2023年出生人口 is a year's births, dated",
        time="2023-12-31",
    ),
    case(
        "2024年高校毕业生达1179万人。",
        "1179万",
        "2024-05-20",
        "written-finance-news: 2024年高校毕业生 names a cohort, dated",
        time="2024-12-31",
    ),
]


@pytest.mark.parametrize(COLUMNS, LIFE_EVENT)
def test_life_event(
    text: str, needle: str, published: str, title: str | None, expected: dict[str, Any]
) -> None:
    check(the_fact(text, needle, published, title), expected)


# ---------------------------------------------------------------- a time limit ahead (於3年內,
# 在两年内, 力争2年内): N年内 after a preposition of time or a plan word is a figure (a duration, at
# most, planned) like 30日内, and it dates the rest of its clause instead of an earlier clause's time
# or the title's period; 近5年内 and 未来3年内 stay windows, no figure

DSAT = (
    "交通事務局表示，將於2025年內在新城A區及石排灣新增約2,000個公共泊車位，"
    "並計劃於3年內將設有充電設施的公共泊車位增至6,000個以上，以配合電動車的發展。"
)

TIME_LIMIT = [
    case(
        DSAT,
        "3年",
        "2025-01-20",
        "invented-mo-dsat: 計劃於3年內 (a figure)",
        title="2024年第四季機動車輛及公共泊車位資料",
        kind="duration",
        qualifier="at_most",
        status="planned",
        time=None,
    ),
    case(
        DSAT,
        "6,000個",
        "2025-01-20",
        "invented-mo-dsat: 於3年內將…增至6,000個以上 takes neither 2025年內 nor the title's quarter",
        title="2024年第四季機動車輛及公共泊車位資料",
        time=None,
    ),
    case(
        DSAT,
        "2,000個",
        "2025-01-20",
        "invented-mo-dsat: the earlier clause keeps 2025年內",
        time="2025-12-31",
    ),
    case(
        "今年全市将完成老旧小区改造120个，力争在2年内完成全部改造任务。",
        "2年",
        "2024-03-01",
        "written-city-portal: 力争在2年内",
        kind="duration",
        qualifier="at_most",
        status="planned",
    ),
    case(
        "县住建局表示，计划3年内新建保障性住房1500套。",
        "3年",
        "2024-03-01",
        "written-county-news: 计划3年内 (a plan word before)",
        kind="duration",
        status="planned",
    ),
    case(
        "省政府提出，力争用3年时间，于2027年底前建成高标准农田500万亩。",
        "500万",
        "2024-03-01",
        "written-provincial: a deadline in the clause still dates the figure",
        time="2027-12-31",
    ),
]


@pytest.mark.parametrize(COLUMNS, TIME_LIMIT)
def test_time_limit(
    text: str, needle: str, published: str, title: str | None, expected: dict[str, Any]
) -> None:
    check(the_fact(text, needle, published, title), expected)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("近5年内累计投入资金12亿元。", id="written-finance-news: 近5年内 is a window"),
        pytest.param("未来3年内将新建学校5所。", id="written-county-news: 未来3年内 is a window"),
    ],
)
def test_window_is_no_figure(text: str) -> None:
    assert not [f for f in facts_of(text, "2024-03-01") if f.unit == "年"]


# ---------------------------------------------------------------- 分 as a score's points (笔试满分100分,
# 合格分数线为60分, 测评得分92.5分, 團體總分4619分): a score word in the clause before N分 (score_cues in
# units.toml) makes it a figure with unit 分; 9时30分, 2元5角3分, 120分钟 and 三分之一 stay as they were

SCORES = [
    case(
        "笔试满分100分，面试合格分数线为60分，按笔试成绩从高到低确定面试人选。",
        "100分",
        "2022-05-20",
        "invented-hrss-recruitment: 笔试满分100分",
        unit="分",
        value=100,
    ),
    case(
        "笔试满分100分，面试合格分数线为60分，按笔试成绩从高到低确定面试人选。",
        "60分",
        "2022-05-20",
        "invented-hrss-recruitment: 合格分数线为60分",
        unit="分",
    ),
    case(
        "2024年度全市群众安全感满意度测评得分92.5分，较上年提高1.3分。",
        "92.5分",
        "2025-01-20",
        "written-city-portal: 满意度测评得分92.5分",
        unit="分",
    ),
    case(
        "本次考試總分為150分，及格分數為90分。",
        "150分",
        "2025-03-01",
        "written-tw-exam-notice: 總分為150分 (traditional script)",
        unit="分",
    ),
    case(
        "经评审，第一中标候选人综合得分为93.62分，投标报价为286.5万元。",
        "93.62分",
        "2024-08-01",
        "written-procurement: 综合得分为93.62分",
        unit="分",
    ),
    case(
        "宜春代表团获得金牌133枚，团体总分4619分，位列全省第四。",
        "4619分",
        "2024-08-01",
        "written-county-news: 团体总分4619分",
        unit="分",
    ),
]


@pytest.mark.parametrize(COLUMNS, SCORES)
def test_score_points(
    text: str, needle: str, published: str, title: str | None, expected: dict[str, Any]
) -> None:
    check(the_fact(text, needle, published, title), expected)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("笔试时间为上午9时30分至11时30分。", id="written-hrss: 9时30分 is a time of day"),
        pytest.param("考核会议于上午9点30分召开。", id="written-county-news: 9点30分 with a score word near"),
        pytest.param("考试用时120分钟。", id="written-exam: 120分钟 is minutes"),
    ],
)
def test_no_score(text: str) -> None:
    assert not [f for f in facts_of(text, "2024-03-01") if f.unit == "分"]


# ---------------------------------------------------------------- a change word written together with
# a verb of building work names the work done (改造提升1.5万亩, 提升改造56个, 整治提升): the figure is the
# amount of work, no change (work_verbs in words.toml); a rate after them is still a change

WORK = [
    case(
        "2023年全县计划新建高标准农田3.2万亩、改造提升1.5万亩，总投资9600万元。",
        "1.5万",
        "2023-04-20",
        "invented-agri-farmland: 改造提升1.5万亩",
        change=None,
    ),
    case(
        "其中，实施县乡道改造提升312公里、通村公路窄路面拓宽486公里、自然村（组）通硬化路488公里。",
        "486公里",
        "2025-01-10",
        "invented-transport-rural-roads: the next item of the list takes no 提升",
        change=None,
    ),
    case(
        "全市完成老旧小区提升改造56个，惠及居民2.1万户。",
        "56个",
        "2024-12-20",
        "written-city-portal: 提升改造56个 (the other order)",
        change=None,
    ),
    case(
        "今年以来，全区完成背街小巷整治提升38条。",
        "38条",
        "2024-10-20",
        "written-county-news: 整治提升38条",
        change=None,
    ),
    case(
        "1-9月，全省棚户区改造投资增长6.3%。",
        "6.3%",
        "2024-10-20",
        "written-statistics-bulletin: 改造投资增长6.3% is a change",
        change="increase",
    ),
    case(
        "全市基础设施建设增长5.2%，其中交通设施提升改造后通行能力提高12%。",
        "12%",
        "2024-10-20",
        "written-finance-news: a rate after 提升改造 is a change",
        change="increase",
    ),
]


@pytest.mark.parametrize(COLUMNS, WORK)
def test_work_done(
    text: str, needle: str, published: str, title: str | None, expected: dict[str, Any]
) -> None:
    check(the_fact(text, needle, published, title), expected)


# ------------------------------------------------ N年以来 (自105年以來, 三年以来, 建设5年以来):
# a year (a Taiwan one: 105年 is 2016) or a window reaching to now, never a duration figure (GUIDE.md:
# X年来 is a time window), as N年来 already was


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "勞動部指出，自105年以來基本工資已連續10年調升。",
            id="invented-tw-mol: 自105年以來 (a Taiwan year)",
        ),
        pytest.param("自108年以來，本市累計新增公共托育家園42處。", id="written-tw-city: 自108年以來"),
        pytest.param("三年以来，全县累计投入资金5亿元。", id="written-county-news: 三年以来 is a window"),
        pytest.param("园区建设5年以来累计完成投资80亿元。", id="written-provincial: 建设5年以来 is a window"),
    ],
)
def test_since_years_is_no_figure(text: str) -> None:
    assert not [f for f in facts_of(text, "2025-09-15") if f.unit == "年" and f.value in (3, 5, 105, 108)]


# ---------------------------------------------------------------- a clause that forecasts a quantity it
# names, with no figure of its own (本次調整預估受惠勞工人數，月薪制者約257.46萬人，…): the clauses after it
# are the forecast's values, planned (forecast_cues and quantity_names in words.toml)

TW_MOL = "勞動部表示，本次調整預估受惠勞工人數，月薪制者約257.46萬人，時薪制者約57.78萬人。"

FORECAST_OF_A_QUANTITY = [
    case(
        TW_MOL, "257.46萬", "2025-09-15", "invented-tw-mol: 預估受惠勞工人數，月薪制者約…", status="planned"
    ),
    case(TW_MOL, "57.78萬", "2025-09-15", "invented-tw-mol: the second value, 時薪制者約…", status="planned"),
    case(
        "据测算，今年预计带动就业人数，城镇约1.2万人，农村约0.8万人。",
        "0.8万",
        "2025-03-01",
        "written-provincial: 预计带动就业人数，城镇…，农村…",
        status="planned",
    ),
    case(
        "財政司司長表示，政府估計今個財政年度的赤字規模，綜合赤字約為872億元。",
        "872億",
        "2025-02-26",
        "written-hk-finance: 估計…赤字規模，綜合赤字約為…",
        status="planned",
    ),
    case(
        "省统计局表示，全年粮食产量达到312万吨，比上年增长2.1%。",
        "312万吨",
        "2025-01-20",
        "written-statistics-bulletin: a quantity named with its figure and no forecast word",
        status="reported",
    ),
]


@pytest.mark.parametrize(COLUMNS, FORECAST_OF_A_QUANTITY)
def test_forecast_of_a_quantity(
    text: str, needle: str, published: str, title: str | None, expected: dict[str, Any]
) -> None:
    check(the_fact(text, needle, published, title), expected)
