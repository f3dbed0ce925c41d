"""Session 11: the errors of session 10's held-out set (12 pages, moved in-sample), each named as a
general construction, with the row it was found on (``invented-<page>``) and rows written here in
the style of other kinds of site (``written-<kind of site>``: provincial and county portals,
statistics bulletins, procurement notices, finance news, Hong Kong, Macau and Taiwan releases).
Rows that fail today are strict xfails whose reason names the construction.
"""

from __future__ import annotations

from typing import Any

import pytest

from factcase import check_subject, fact_case, run_fact, subject_case

# ---------------------------------------------------------------- the year an as-of day falls in
# 截至6月底，公司今年累计投入…: the year named after an as-of time of the sentence (今年, 本年, 全年)
# says the total runs from the year's start to that day; the figures are as of the day. A plan the
# year governs keeps the year (今年计划新建项目100个).
AS_OF_IN_ITS_YEAR = [
    fact_case(
        "截至6月底，公司今年累计投入度夏电网建设资金6.8亿元，实施迎峰度夏重点工程127项，新建改造10千伏及以上"
        "线路412.6公里，新增（改造）配电变压器836台，新增配变容量21.5万千伏安。",
        "6.8亿元",
        "2025-07-29",
        "invented-power-supply: 截至6月底，公司今年累计投入…6.8亿元",
        time="2025-06-30",
    ),
    fact_case(
        "截至6月底，公司今年累计投入度夏电网建设资金6.8亿元，实施迎峰度夏重点工程127项，新建改造10千伏及以上"
        "线路412.6公里，新增（改造）配电变压器836台，新增配变容量21.5万千伏安。",
        "836台",
        "2025-07-29",
        "invented-power-supply: a later clause of the same sentence",
        time="2025-06-30",
    ),
    fact_case(
        "截至9月底，今年累計核准僑外投資案件1,215件，金額新臺幣1,203億元。",
        "1,215件",
        "2025-10-15",
        "written-tw-investment-commission: 截至9月底，今年累計核准…",
        time="2025-09-30",
    ),
    fact_case(
        "截至二○二五年六月三十日，今年共錄得登革熱個案12宗。",
        "12宗",
        "2025-07-02",
        "written-hk-chp: 截至…六月三十日，今年共錄得…",
        time="2025-06-30",
    ),
    fact_case(
        "截至10月末，全市今年新增市场主体2.3万户，其中企业8600户。",
        "8600户",
        "2025-11-12",
        "written-city-market-regulation: 截至10月末，全市今年新增…",
        time="2025-10-31",
    ),
    fact_case(
        "截至6月底，全年累计完成植树造林1.2万亩。",
        "1.2万亩",
        "2025-07-10",
        "written-county-forestry: 截至6月底，全年累计完成…",
        time="2025-06-30",
    ),
    fact_case(
        "截至9月底，今年计划新建项目100个，已开工80个。",
        "100个",
        "2025-10-15",
        "written-provincial-development: a plan the year governs keeps the year",
        time="2025-12-31",
        status="planned",
    ),
    fact_case(
        "截至9月底，今年计划新建项目100个，已开工80个。",
        "80个",
        "2025-10-15",
        "written-provincial-development: what is done is as of the day",
        time="2025-09-30",
    ),
]


@pytest.mark.parametrize(("text", "needle", "published", "title", "expected"), AS_OF_IN_ITS_YEAR)
def test_the_year_an_as_of_day_falls_in(
    text: str, needle: str, published: str, title: str | None, expected: dict[str, Any]
) -> None:
    run_fact(text, needle, published, title, expected)


# ---------------------------------------------------------------- a verb of doing is never the subject
# 办理, 核准 (jieba tags them nouns), 受理, 审批, 办结 before or after a count say what was done, never
# what: the kind of registration (抵押登记, a domain noun), the topic the clause names before the verb
# and its bounds or time (“带押过户”累计办理), the noun before a time limit (一般登记1个工作日办结), the
# object after the verb when those served stand after 为 (为中小微企业办理抵押登记).
VERB_OF_DOING = [
    subject_case(
        "全年办理抵押登记11.81万件，抵押金额1286.4亿元。",
        "11.81万件",
        "invented-real-estate-registration: 办理抵押登记11.81万件",
        ["抵押登记"],
    ),
    subject_case(
        "截至2024年底，全市不动产登记“一网通办”率达92.6%，比年初提高11.2个百分点；“带押过户”累计办理2,316笔，"
        "涉及金额18.7亿元。",
        "2,316笔",
        "invented-real-estate-registration: “带押过户”累计办理2,316笔 (not the rate carried)",
        ["带押过户"],
    ),
    subject_case(
        "2025年，中心将继续对标先进地区，力争实现一般登记1个工作日办结。",
        "1个工作日",
        "invented-real-estate-registration: 一般登记1个工作日办结",
        ["一般登记"],
    ),
    subject_case(
        "其中为中小微企业办理抵押登记9,437件、抵押金额412.6亿元。",
        "9,437件",
        "invented-real-estate-registration: 为中小微企业办理抵押登记 (those served)",
        ["抵押登记"],
    ),
    subject_case(
        "今年以来为群众办理户籍业务1.2万件。",
        "1.2万件",
        "written-county-police: 为群众办理户籍业务",
        ["户籍业务"],
    ),
    subject_case(
        "“不见面审批”全年共审批1,530件，平均用时2.1天。",
        "1,530件",
        "written-county-gov-service: “不见面审批”全年共审批",
        ["不见面审批"],
    ),
    subject_case(
        "全省政务服务网上办件量持续攀升，行政许可事项今年以来累计办结8,642件。",
        "8,642件",
        "written-provincial-portal: 行政许可事项今年以来累计办结",
        ["行政许可事项"],
    ),
    subject_case(
        "1月份，辖区共办理船舶进出港报告12846艘次，同比增长6.3%。",
        "12846艘次",
        "invented-msa-maritime: 共办理船舶进出港报告",
        ["船舶进出港报告"],
    ),
    subject_case(
        "縣府與萬丹、新園、崁頂等5家農會辦理紅豆保價收購，保價收購面積1,100公頃。",
        "5家",
        "invented-tw-county-redbean: 5家農會辦理… (the verb is not the noun's)",
        ["農會"],
    ),
    subject_case(
        "經科局表示，將於下半年推出網上申請服務，目標將審批時間由現時平均約30個工作天縮短至20個工作天。",
        "20個工作天",
        "invented-mo-dsedt: 審批時間, how long a procedure takes",
        ["審批時間"],
    ),
    subject_case(
        "全年共受理离婚登记申请15206件，其中当事人在冷静期内主动撤回申请3318件。",
        "15206件",
        "invented-civil-affairs: 离婚登记申请 (a verb right after a noun is inside the phrase)",
        ["离婚登记申请", "受理离婚登记申请", "申请"],
    ),
]


@pytest.mark.parametrize(("text", "needle", "subjects"), VERB_OF_DOING)
def test_a_verb_of_doing_is_never_the_subject(text: str, needle: str, subjects: list[str]) -> None:
    check_subject(text, needle, subjects)


# ---------------------------------------------------------------- a plan noun as a verb's object
# 紧紧围绕…便民利企目标，…: a plan noun (目标, 计划) that ends a clause of no figure is the object of
# its verb; it governs no figure of a later clause; one that opens a list with a colon does.
PLAN_NOUN_OBJECT = [
    fact_case(
        "2024年，市不动产登记中心紧紧围绕优化营商环境和便民利企目标，持续深化不动产登记领域改革，全年共办理各类"
        "不动产登记业务27.95万件，同比增长4.7%，颁发不动产权证书8.62万本。",
        "8.62万本",
        "2025-01-20",
        "invented-real-estate-registration: 围绕…目标，…颁发…8.62万本",
        status="reported",
    ),
    fact_case(
        "今年以来，区人社局聚焦稳就业目标，新增城镇就业1.2万人，发放创业担保贷款3.2亿元。",
        "3.2亿元",
        "2025-08-20",
        "written-district-hrss: 聚焦稳就业目标，…",
        status="reported",
    ),
    fact_case(
        "2023年，市交通局对照年度工作计划，完成国省道改造62公里。",
        "62公里",
        "2024-01-10",
        "written-city-transport: 对照年度工作计划，完成…",
        status="reported",
    ),
    fact_case(
        "今年的主要目标：新增就业1.2万人，城镇调查失业率5.5%左右。",
        "1.2万人",
        "2025-01-20",
        "written-work-report: 主要目标：… (a colon opens the targets)",
        status="planned",
    ),
]


@pytest.mark.parametrize(("text", "needle", "published", "title", "expected"), PLAN_NOUN_OBJECT)
def test_a_plan_noun_as_a_verbs_object(
    text: str, needle: str, published: str, title: str | None, expected: dict[str, Any]
) -> None:
    run_fact(text, needle, published, title, expected)
