"""Bracketed notes and statuses (session 9), by construction.

Each table is one construction named in general terms, with the row of the page it was found on
(``invented-<page>``) and rows written in the style of other kinds of site (``written-<kind of
site>``). Rows that fail today are strict xfails whose reason names the construction. ``time`` is
the fact's last day (as the gold scorer compares it).
"""

from __future__ import annotations

from typing import Any

import pytest

from factcase import check_fact, the_fact
from factcase import dated_case as case


def _check(text: str, needle: str, published: str, expected: dict[str, Any]) -> None:
    check_fact(the_fact(text, needle, published), expected)


# ---------------------------------------------------------------- a comparison note in brackets
# (全年共發生火警8,937宗（二○二四年：9,215宗）): the figure inside takes the bracket's time and the
# subject of the figure the bracket follows; the bracket's time dates nothing after the bracket
COMPARISON_NOTE = [
    case(
        "二○二五年，消防處全年共發生火警8,937宗（二○二四年：9,215宗），其中三級或以上火警有5宗。",
        "9,215宗",
        "2026-01-14",
        "invented-hk-fsd-annual-review: the note's figure is of 火警, in 2024",
        subject="火警",
        time="2024-12-31",
    ),
    case(
        "二○二五年，消防處全年共發生火警8,937宗（二○二四年：9,215宗），其中三級或以上火警有5宗。",
        "有5宗",
        "2026-01-14",
        "invented-hk-fsd-annual-review: the figure after the note is the sentence's year",
        time="2025-12-31",
    ),
    case(
        "二○二五年，仁伯爵綜合醫院住院人次為5.87萬（二○二四年：5.62萬），病床使用率為82.4%。",
        "5.62萬",
        "2026-01-14",
        "invented-mo-ssm-health: a bare count with a scale inside the note",
        value=56200,
        subject=["住院人次", "仁伯爵綜合醫院住院人次"],
        time="2024-12-31",
    ),
    case(
        "二○二五年，仁伯爵綜合醫院住院人次為5.87萬（二○二四年：5.62萬），病床使用率為82.4%。",
        "5.87萬",
        "2026-01-14",
        "invented-mo-ssm-health: a bare count with a scale before the note",
        value=58700,
        time="2025-12-31",
    ),
    case(
        "二○二五年，仁伯爵綜合醫院住院人次為5.87萬（二○二四年：5.62萬），病床使用率為82.4%。",
        "82.4%",
        "2026-01-14",
        "invented-mo-ssm-health: the rate after the note is the sentence's",
        time="2025-12-31",
    ),
    case(
        "2023年全市规模以上工业增加值增长8.1%（上年同期：6.5%），利润总额增长3.2%。",
        "6.5%",
        "2024-02-20",
        "written-statistics-bulletin: 上年同期 in the note is a year before the noted figure",
        subject="工业增加值",
        time="2022-12-31",
    ),
    case(
        "2023年全市规模以上工业增加值增长8.1%（上年同期：6.5%），利润总额增长3.2%。",
        "3.2%",
        "2024-02-20",
        "written-statistics-bulletin: the clause after the note keeps the sentence's year",
        time="2023-12-31",
    ),
    case(
        "2023年，县财政全年完成民生投入12.3亿元（2022年为10.8亿元），带动就业3200人。",
        "10.8亿元",
        "2024-01-20",
        "written-county-finance: a note written with 为",
        subject=["民生投入"],
        time="2022-12-31",
    ),
    case(
        "2023年，县财政全年完成民生投入12.3亿元（2022年为10.8亿元），带动就业3200人。",
        "3200人",
        "2024-01-20",
        "written-county-finance: the figure after a 为 note",
        time="2023-12-31",
    ),
    case(
        "上半年，全省货物进出口总额2,345.6亿元（去年同期为2,101.2亿元），其中出口1,502.3亿元。",
        "1,502.3亿元",
        "2024-07-20",
        "written-provincial-customs: 去年同期 in the note does not date the part after it",
        time="2024-06-30",
    ),
    case(
        "上半年，全省货物进出口总额2,345.6亿元（去年同期为2,101.2亿元），其中出口1,502.3亿元。",
        "2,101.2亿元",
        "2024-07-20",
        "written-provincial-customs: the note's figure is of 进出口总额",
        subject=["货物进出口总额", "进出口总额"],
        time="2023-06-30",
    ),
    case(
        "112年全年受理報案件數為3萬2,150件（111年：2萬9,876件），破獲率為78.5%。",
        "78.5%",
        "2024-02-10",
        "written-tw-police: an ROC year in the note does not date the rate after it",
        time="2023-12-31",
    ),
    case(
        "二○二五年，緊急召喚約88.6萬宗，按年上升2.1%（二○二四年：上升1.5%），其中火警召喚34,512宗。",
        "34,512宗",
        "2026-01-14",
        "written-hk-department: a note whose figure follows a change word dates nothing after it",
        time="2025-12-31",
    ),
    case(
        "二○二五年，緊急召喚約88.6萬宗，按年上升2.1%（二○二四年：上升1.5%），其中火警召喚34,512宗。",
        "1.5%",
        "2026-01-14",
        "written-hk-department: the note's change is of the noted measure",
        subject=["緊急召喚", "召喚"],
        time="2024-12-31",
    ),
    case(
        "1-6月，全区规上工业增加值增长6.2%(2023年同期:5.1%)，其中制造业增长7.0%。",
        "5.1%",
        "2024-07-20",
        "written-district-statistics: a year's 同期 is the noted period in that year",
        time="2023-06-30",
    ),
    case(
        "1-6月，全区规上工业增加值增长6.2%(2023年同期:5.1%)，其中制造业增长7.0%。",
        "7.0%",
        "2024-07-20",
        "written-district-statistics: ASCII brackets and colon; the part after keeps its period",
        time="2024-06-30",
    ),
    case(
        "全年受理案件1,234件（2023年同期為1,100件），結案率95.1%。",
        "95.1%",
        "2025-01-20",
        "written-macau-court: a note with 為 in traditional script",
        time="2024-12-31",
    ),
    case(
        "國慶黃金周（十月一日至七日）期間，訪港旅客約110萬人次。",
        "110萬人次",
        "2024-10-09",
        "written-hk-tourism: a bracket of days with no figure is no note: it dates the span",
        time="2024-10-07",
    ),
]


@pytest.mark.parametrize(("text", "needle", "published", "expected"), COMPARISON_NOTE)
def test_comparison_note(text: str, needle: str, published: str, expected: dict[str, Any]) -> None:
    _check(text, needle, published, expected)


# ---------------------------------------------------------------- a target set by a verb jieba cuts in
# two (稳定|在, 保持|在, 控制|在), in a clause parallel to a plan's: planned as the plan's
SPLIT_TARGET_VERB = [
    case(
        "2024年，市残联将力争新增残疾人就业1200人以上，残疾人基本康复服务覆盖率稳定在90%以上，进一步推动残疾人事业高质量发展。",
        "90%",
        "2024-01-18",
        "invented-disabled-persons-federation: 稳定在 after a 力争 clause",
        status="planned",
    ),
    case(
        "明年，全省将力争新增城镇就业60万人，城镇调查失业率保持在5.5%左右。",
        "5.5%",
        "2024-12-20",
        "written-provincial-portal: 保持在 after a 力争 clause",
        status="planned",
    ),
    case(
        "到2025年，全市公共机构单位建筑面积能耗将下降5%，能源消费总量控制在23万吨标准煤以内。",
        "23万吨",
        "2022-06-16",
        "written-city-plan: 控制在 after a 将 clause",
        status="planned",
    ),
    case(
        "2023年，全市新增城镇就业5.2万人，城镇调查失业率稳定在5.1%。",
        "5.1%",
        "2024-01-20",
        "written-city-review: 稳定在 with no plan before it is reported",
        status="reported",
    ),
]


# ---------------------------------------------------------------- a clause opened by a coverb and its
# object (对…等20个单位实施, 向…发放, 较…增加) goes on with the plan's verb chain
COVERB_CLAUSE = [
    case(
        "今年，市机关事务管理局将投入资金1500万元，对市级机关集中办公区等20个单位实施合同能源管理节能改造。",
        "20个",
        "2022-06-16",
        "invented-public-institution-energy: an enumeration inside the plan sentence",
        status="planned",
    ),
    case(
        "下半年，县民政局计划筹措资金300万元，向全县1200户困难家庭发放临时救助金。",
        "1200户",
        "2024-06-20",
        "written-county-news: 向 opens the clause after 计划",
        status="planned",
    ),
    case(
        "預估總產量約9,480公噸，較112年期的7,960公噸增加約19%，產值可達新臺幣8.5億元。",
        "19%",
        "2025-01-20",
        "invented-tw-county-redbean: 較 opens the clause after a forecast",
        status="planned",
    ),
    case(
        "預估總產量約9,480公噸，較112年期的7,960公噸增加約19%，產值可達新臺幣8.5億元。",
        "7,960公噸",
        "2025-01-20",
        "invented-tw-county-redbean: the level compared with is what was",
        status="reported",
    ),
    case(
        "预计今年全市粮食产量达到52万吨，比上年的50.1万吨增长3.8%。",
        "50.1万吨",
        "2024-10-20",
        "written-statistics-news: 比上年的 names the level compared with",
        status="reported",
    ),
    case(
        "今年以来，市商务局已投入资金800万元，对全市35家商超实施节能改造。",
        "35家",
        "2024-06-20",
        "written-city-news: the coverb clause after a clause of what is done stays reported",
        status="reported",
    ),
]


# ---------------------------------------------------------------- one character alone before the figure
# of a clause after a plan (设34个班, 增学位…: jieba tags 设 a noun) is the verb that goes on with it
ONE_CHARACTER_VERB = [
    case(
        "今年县城4所公办幼儿园共计划招收小班幼儿1020名，设34个班，每班不超过30人。",
        "34个",
        "2024-06-20",
        "invented-county-kindergarten: 设 after 计划招收",
        status="planned",
    ),
    case(
        "今年县城4所公办幼儿园共计划招收小班幼儿1020名，设34个班，每班不超过30人。",
        "30人",
        "2024-06-20",
        "invented-county-kindergarten: a rule after the one-character verb stays a rule",
        status="reported",
    ),
    case(
        "2025年，区教育局拟新建公办幼儿园3所，设学位1080个。",
        "3所",
        "2024-12-20",
        "written-district-education: the plan's own figure",
        status="planned",
    ),
    case(
        "下一步，镇政府将在集镇新建停车场2处，设车位260个。",
        "260个",
        "2024-09-20",
        "written-township-news: 设 with its noun before the figure is tagged a verb already",
        status="planned",
    ),
    case(
        "去年全县新建公办幼儿园3所，设34个班。",
        "34个",
        "2024-06-20",
        "written-county-review: no plan before it: reported",
        status="reported",
    ),
]


# ---------------------------------------------------------------- a table whose caption names a plan or
# tasks, or a column whose head names a plan: its cells are planned
PLAN_TABLE = [
    case(
        "禾丰县2025年度高标准农田建设任务分片区安排表\n片区\t新建面积（万亩）\t计划投资（万元）\n北部片区\t4.6\t15200\n合计\t8.5\t28000",
        "4.6",
        "2024-12-20",
        "invented-farmland-county-plan: a caption of tasks plans every cell",
        status="planned",
    ),
    case(
        "2025年重点项目投资计划表\n单位：万元\n项目名称\t总投资\t年度投资\n城北污水处理厂\t32000\t12000",
        "32000",
        "2024-12-28",
        "written-county-development-reform: a plan caption above a unit line",
        status="planned",
    ),
    case(
        "序号\t幼儿园名称\t招生计划（名）\t园址\n1\t桐溪县第一幼儿园\t300\t城关镇文昌路18号",
        "300",
        "2024-06-20",
        "invented-county-kindergarten: a column head 招生计划 plans its cells",
        status="planned",
    ),
    case(
        "2024年重点项目完成情况表\n项目\t完成投资（万元）\t完成率（%）\n北部片区\t12000\t78.9",
        "12000",
        "2025-01-20",
        "written-county-review: a caption of what was done plans nothing",
        status="reported",
    ),
    case(
        "第三季度招聘情况\n岗位\t拟招聘人数（人）\t实际招聘人数（人）\n护士\t20\t18",
        "18",
        "2024-10-20",
        "written-hospital-notice: a column of what was done beside a plan column",
        status="reported",
    ),
    case(
        "第三季度招聘情况\n岗位\t拟招聘人数（人）\t实际招聘人数（人）\n护士\t20\t18",
        "20",
        "2024-10-20",
        "written-hospital-notice: the plan column (拟) under a caption of what was done",
        status="planned",
    ),
]


@pytest.mark.parametrize(
    ("text", "needle", "published", "expected"),
    SPLIT_TARGET_VERB + COVERB_CLAUSE + ONE_CHARACTER_VERB + PLAN_TABLE,
)
def test_status(text: str, needle: str, published: str, expected: dict[str, Any]) -> None:
    _check(text, needle, published, expected)


# ---------------------------------------------------------------- a standard compared against (高於
# 92.5%的服務承諾): after a comparison word, the figure before 的 and a standard's noun is the
# standard's own level, exact, not a bound on the rate compared
COMPARED_STANDARD = [
    case(
        "服務表現方面，樓宇火警召喚的召達時間達標率為92.8%，高於92.5%的服務承諾。",
        "92.5%",
        "2026-01-14",
        "invented-hk-fsd-annual-review: a pledge",
        subject=["服務承諾"],
        qualifier="exact",
    ),
    case(
        "113年全國年平均值為13.1微克/立方公尺，已連續5年低於15微克/立方公尺的年平均值標準。",
        "15微克",
        "2025-01-14",
        "invented-tw-moenv-air-quality: a standard in force",
        subject=["年平均值標準", "標準"],
        qualifier="exact",
    ),
    case(
        "全市PM2.5平均浓度为28微克/立方米，低于35微克/立方米的国家二级标准。",
        "35微克",
        "2025-01-14",
        "written-city-environment: a national standard",
        subject=["国家二级标准"],
        qualifier="exact",
    ),
    case(
        "全年12345热线按时办结率为98.6%，高于95%的考核目标。",
        "95%",
        "2025-01-14",
        "written-city-hotline: a target of an assessment",
        subject=["考核目标"],
        qualifier="exact",
    ),
    case(
        "城镇调查失业率为4.8%，低于5.5%左右的预期目标。",
        "5.5%",
        "2025-01-14",
        "written-statistics-bulletin: a qualifier after the figure stays its own",
        subject=["预期目标"],
        qualifier="approx",
    ),
    case(
        "本季度港铁列車服務準時度為99.9%，優於98.5%的服務表現目標。",
        "98.5%",
        "2025-04-14",
        "written-hk-railway: 優於 and a performance target",
        subject=["服務表現目標"],
        qualifier="exact",
    ),
    case(
        "今年前三季度，超过90%的企业实现盈利。",
        "90%",
        "2024-10-14",
        "written-finance-news: a bound on a share of things is no standard",
        subject=["企业"],
        qualifier="more_than",
    ),
]


@pytest.mark.parametrize(("text", "needle", "published", "expected"), COMPARED_STANDARD)
def test_compared_standard(text: str, needle: str, published: str, expected: dict[str, Any]) -> None:
    _check(text, needle, published, expected)
