"""Targets beside results (session 12, batch 18, issue 15), by construction: plans and progress pages.

Each table is one construction named in general terms, with the row of the batch-18 page it was
found on (``work-list-<page>``) and rows written in the style of other kinds of site
(``written-<kind of site>``). Rows that fail today are strict xfails whose reason names the
construction. ``time`` is the fact's last day (as the gold scorer compares it).
"""

from __future__ import annotations

from typing import Any

import pytest

from factcase import check_fact, known_miss, the_fact
from factcase import dated_case as case

PLANNED, REPORTED = "planned", "reported"


def _check(text: str, needle: str, published: str, expected: dict[str, Any]) -> None:
    check_fact(the_fact(text, needle, published), expected)


# ---------------------------------------------------------------- a plan noun heading the quantity
# (年度计划投资618亿元, 计划总投资6.82亿元): the figure is the plan's amount, planned whatever verb comes
# before (安排, 确定); a share of it (占计划总投资的80.2%) or a threshold (计划总投资5000万元以上项目) is not
PLAN_HEADED = [
    case(
        "2025年，全市共安排市级重点项目326个，总投资2860.5亿元，年度计划投资618亿元。",
        "618亿元",
        "2025-10-16",
        "work-list-city-ndrc-key-projects-progress: 年度计划投资 after 安排",
        status=PLANNED,
        time="2025-12-31",
    ),
    case(
        "2024年，区政府经人大代表票决，确定了10件（项）民生实事项目，计划总投资6.82亿元。",
        "6.82亿元",
        "2024-11-18",
        "work-list-district-livelihood-projects-progress: 计划总投资 after a verb of choosing",
        status=PLANNED,
        time="2024-12-31",
    ),
    case(
        "今年全省安排省重点项目300个，年度计划投资1200亿元。",
        "1200亿元",
        "2025-03-02",
        "written-provincial-portal: the year's plan of a list of key projects",
        status=PLANNED,
    ),
    case(
        "该项目位于高新区，计划总投资12亿元，建成后可年产电池组件5GW。",
        "12亿元",
        "2025-05-20",
        "written-procurement-notice: a project's planned total",
        status=PLANNED,
    ),
    case(
        "截至10月底，各项目累计完成投资5.47亿元，占计划总投资的80.2%。",
        "80.2%",
        "2024-11-18",
        "work-list-district-livelihood-projects-progress: a share of the plan is done, not planned",
        status=REPORTED,
    ),
    case(
        "今年，全县计划总投资5000万元以上项目开工58个。",
        "5000万元",
        "2025-10-16",
        "written-statistics-bulletin: a threshold that names a class of projects",
        status=REPORTED,
    ),
]


# ---------------------------------------------------------------- a part (其中…) of a target ahead
# (到2026年，新建中小学校240所，其中2024年启动建设不少于90所): a part of a target is a target, bar a part
# said done or of a time gone by
PART_OF_A_PLAN = [
    case(
        "一是实施学位扩容工程。到2026年，新建、改扩建公办幼儿园600所以上、中小学校240所，"
        "其中2024年启动建设中小学校不少于90所。",
        "90所",
        "2024-04-12",
        "work-list-province-education-action-plan: this year's part of a three-year target",
        status=PLANNED,
        time="2024-12-31",
    ),
    case(
        "到2027年，全市累计建成充电桩5万个，其中2025年建成1.5万个。",
        "1.5万个",
        "2025-03-12",
        "written-city-ndrc-plan: this year's share of a target, after 累计 that only sums",
        status=PLANNED,
    ),
    case(
        "“十四五”期间，全省将新增城镇就业300万人，其中2025年新增不少于60万人。",
        "60万人",
        "2025-03-12",
        "written-provincial-portal: a part after a plan word (kept)",
        status=PLANNED,
    ),
    case(
        "到2027年，全市累计建成充电桩5万个，其中已建成1.5万个。",
        "1.5万个",
        "2025-03-12",
        "written-city-ndrc-plan: a part said done stays reported",
        status=REPORTED,
    ),
]


# ---------------------------------------------------------------- 累计 over years still ahead
# (2024年至2026年…每年安排15亿元，累计45亿元; 到2027年累计建成5万个): the sum a plan will have made
TOTAL_AHEAD = [
    case(
        "三是强化经费保障。2024年至2026年，省级财政每年安排学位扩容专项资金15亿元，累计45亿元。",
        "45亿元",
        "2024-04-12",
        "work-list-province-education-action-plan: the sum of yearly amounts over a span ahead",
        status=PLANNED,
        time="2026-12-31",
    ),
    case(
        "2025年至2027年，市级财政每年安排乡村振兴资金3亿元，累计9亿元。",
        "9亿元",
        "2025-03-12",
        "written-city-finance-bureau: a budget's three-year sum",
        status=PLANNED,
    ),
    case(
        "到2027年，全市累计建成充电桩5万个。",
        "5万个",
        "2025-03-12",
        "written-city-ndrc-plan: a running total set for a later year",
        status=PLANNED,
    ),
    case(
        "2021年至2025年，全市累计完成投资5000亿元。",
        "5000亿元",
        "2025-03-12",
        "written-statistics-bulletin: a span ending this year is summed so far, reported",
        status=REPORTED,
    ),
]


# ---------------------------------------------------------------- a bound after the last of a list
# after 分别 (分别控制在45人、50人以内): it bounds each figure of the list
RESPECTIVE_BOUND = [
    case(
        "到2026年，基本消除大班额，小学、初中班额分别控制在45人、50人以内。",
        "45人",
        "2024-04-12",
        "work-list-province-education-action-plan: 以内 after the list's last figure",
        qualifier="at_most",
    ),
    case(
        "到2025年，风电、光伏装机分别达到2200万千瓦和3500万千瓦以上。",
        "2200万千瓦",
        "2024-06-01",
        "written-provincial-energy-bureau: 以上 after 和 and the last figure",
        qualifier="at_least",
    ),
    case(
        "新建5G基站300个、充电桩500个以上。",
        "300个",
        "2024-06-01",
        "written-city-portal: with no 分别 the last bound is the last item's own",
        qualifier="exact",
    ),
]


# ---------------------------------------------------------------- a plan's figure beside results
# a results period (截至9月底, 前三季度, a title's 截至10月底) dates what is done, not the year's target
PLAN_TIME = [
    case(
        "项目开工和竣工方面，今年计划新开工项目142个，截至9月底已开工131个，开工率92.3%；"
        "计划竣工项目87个，已竣工（含部分竣工）56个。",
        "87个",
        "2025-10-16",
        "work-list-city-ndrc-key-projects-progress: after ；, the year the sentence opens with",
        status=PLANNED,
        time="2025-12-31",
    ),
    case(
        "项目开工和竣工方面，今年计划新开工项目142个，截至9月底已开工131个，开工率92.3%；"
        "计划竣工项目87个，已竣工（含部分竣工）56个。",
        "56个",
        "2025-10-16",
        "work-list-city-ndrc-key-projects-progress: progress keeps the as-of date",
        status=REPORTED,
        time="2025-09-30",
    ),
    case(
        "今年全县计划实施农村公路提升工程120公里，截至8月底已完工86公里；计划新建桥梁15座，已完工9座。",
        "15座",
        "2025-09-10",
        "written-county-transport-bureau: a second target after ；",
        status=PLANNED,
        time="2025-12-31",
    ),
    case(
        "截至9月底，全市已开工项目131个。前三季度，全市计划新开工项目40个，其中产业项目25个。",
        "40个",
        "2025-10-16",
        "written-provincial-portal: a period opening the plan's own clause is kept (stated there)",
        status=PLANNED,
        time="2025-09-30",
    ),
    case(
        "當局表示，目前已全數完成標售，預計帶動投資約250億元。",
        "250億元",
        "2025-05-10",
        "written-taiwan-economic-bureau: a bare now dates no plan (nor a time before it)",
        status=PLANNED,
        time=None,
    ),
]


# ---------------------------------------------------------------- a count naming no thing of its own
# (其中3件, 其余7件, 目前已建成3所, 总数达到312家): what the last count of its measure word counted
COUNTED_BEFORE = [
    case(
        "2024年，区政府确定了10件（项）民生实事项目，计划总投资6.82亿元。截至10月底，各项目累计完成投资"
        "5.47亿元，占计划总投资的80.2%，其中3件已全面完成，其余7件正按序时推进。",
        "3件",
        "2024-11-18",
        "work-list-district-livelihood-projects-progress: a part of the items, not the money between",
        subject=["民生实事项目", "实事项目"],
    ),
    case(
        "2024年，区政府确定了10件（项）民生实事项目，计划总投资6.82亿元。截至10月底，各项目累计完成投资"
        "5.47亿元，占计划总投资的80.2%，其中3件已全面完成，其余7件正按序时推进。",
        "7件",
        "2024-11-18",
        "work-list-district-livelihood-projects-progress: the rest of the items",
        subject=["民生实事项目", "实事项目"],
    ),
    case(
        "2024年，区政府确定了10件（项）民生实事项目，计划总投资6.82亿元。",
        "10件",
        "2024-11-18",
        "work-list-district-livelihood-projects-progress: the noun after a bracketed second measure word",
        subject=["民生实事项目", "民生实事", "实事项目"],
    ),
    case(
        "一、新增公办幼儿园学位。计划新建、改扩建公办幼儿园4所，新增学位1080个。目前已建成3所，新增学位810个。",
        "3所",
        "2024-11-18",
        "work-list-district-livelihood-projects-progress: progress said with 已 and a verb alone",
        subject=["公办幼儿园", "幼儿园"],
    ),
    case(
        "今年计划新建社区食堂15家，目前已建成运营12家。",
        "12家",
        "2024-11-18",
        "written-city-civil-affairs: two verbs after 已",
        subject=["社区食堂"],
    ),
    case(
        "产业发展迈出新步伐。新增规上工业企业37家，总数达到312家。",
        "312家",
        "2025-01-20",
        "work-list-county-gov-work-report: a total of what the clause before counted",
        subject=["规上工业企业"],
    ),
    case(
        "全年新登记市场主体2.1万户，总量达到18.6万户。",
        "18.6万户",
        "2025-01-20",
        "written-market-regulation-bulletin: 总量 of the same measure word",
        subject=["市场主体"],
    ),
    case(
        "全市共排查隐患点120处，其中已整改98处，其余22处正在整改。",
        "22处",
        "2025-06-20",
        "written-emergency-bureau: the rest in the same sentence as the whole keeps its own reading",
        subject=["隐患点", "隐患"],
    ),
    case(
        "全年共办理结婚登记2.1万对，离婚登记9874对。",
        "9874对",
        "2024-02-01",
        "written-civil-affairs: an act counted (登记) without 已 is no progress on a thing before",
        subject=["离婚登记"],
    ),
]


# ---------------------------------------------------------------- known misses
LEFT_OPEN = [
    case(
        "计划新建、改扩建公办幼儿园4所，新增学位1080个。目前已建成3所，新增学位810个，剩余1所主体已封顶。",
        "1所",
        "2024-11-18",
        "work-list-district-livelihood-projects-progress: the rest, with a part of it named after",
        marks=known_miss("剩余1所主体: 主体 after the count (a part of it) is read as what it counts"),
        subject=["公办幼儿园", "幼儿园"],
    ),
    case(
        "清川经济开发区成功晋级省级开发区，在全省开发区综合考评中位列第12位。",
        "第12位",
        "2025-01-20",
        "work-list-county-gov-work-report: a rank named by 在…中",
        marks=known_miss("在X考评中位列第N位: the ranking X, not the noun carried from a clause before"),
        subject=["全省开发区综合考评", "开发区综合考评", "清川经济开发区"],
    ),
    case(
        "省教育厅、省发展改革委、省财政厅等六部门联合印发《行动方案》。",
        "六部门",
        "2024-04-12",
        "work-list-province-education-action-plan: a count after 等 names its measure word",
        marks=known_miss("等N部门: the unit is what is counted, not the verb after it"),
        subject=["部门"],
    ),
    case(
        "分领域看，产业项目完成投资268.7亿元，同比增长14.2%，占比过半；基础设施项目完成投资151.4亿元；"
        "社会民生项目完成投资82.2亿元。",
        "151.4亿元",
        "2025-10-16",
        "work-list-city-ndrc-key-projects-progress: the field before 完成投资 in a part after ；",
        subject=["基础设施项目"],
    ),
]


@pytest.mark.parametrize(("text", "needle", "published", "expected"), PLAN_HEADED)
def test_plan_headed(text: str, needle: str, published: str, expected: dict[str, Any]) -> None:
    _check(text, needle, published, expected)


@pytest.mark.parametrize(("text", "needle", "published", "expected"), PART_OF_A_PLAN)
def test_part_of_a_plan(text: str, needle: str, published: str, expected: dict[str, Any]) -> None:
    _check(text, needle, published, expected)


@pytest.mark.parametrize(("text", "needle", "published", "expected"), TOTAL_AHEAD)
def test_total_ahead(text: str, needle: str, published: str, expected: dict[str, Any]) -> None:
    _check(text, needle, published, expected)


@pytest.mark.parametrize(("text", "needle", "published", "expected"), RESPECTIVE_BOUND)
def test_respective_bound(text: str, needle: str, published: str, expected: dict[str, Any]) -> None:
    _check(text, needle, published, expected)


@pytest.mark.parametrize(("text", "needle", "published", "expected"), PLAN_TIME)
def test_plan_time(text: str, needle: str, published: str, expected: dict[str, Any]) -> None:
    _check(text, needle, published, expected)


@pytest.mark.parametrize(("text", "needle", "published", "expected"), COUNTED_BEFORE)
def test_counted_before(text: str, needle: str, published: str, expected: dict[str, Any]) -> None:
    _check(text, needle, published, expected)


@pytest.mark.parametrize(("text", "needle", "published", "expected"), LEFT_OPEN)
def test_left_open(text: str, needle: str, published: str, expected: dict[str, Any]) -> None:
    _check(text, needle, published, expected)
