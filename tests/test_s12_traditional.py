"""Session 12, traditional-script pages: session 11's held-out errors (now in-sample in
``tests/data/invented``), each named as a general construction, with the row it was found on
(``worklist-<page>``) and rows written here in the style of other kinds of site (``written-<kind of
site>``: 政府新聞公報, 澳門 departments, 臺灣 縣市政府 and 部會 news, mainland provincial and city
bulletins). Rows that fail today are strict xfails whose reason names the construction.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pydantic
import pytest

from factcase import (
    check_subject,
    fact_case,
    facts_of,
    known_miss,
    no_fact_case,
    overlapping,
    run_fact,
    subject_case,
)
from gov_facts.facts.engine import find_facts
from gov_facts.rules.patterns import load_patterns

# ---------------------------------------------------------------- a count a verb takes as its object, its
# measure word followed by its own noun however jieba tags it (審視|研究: a verb and a verbal noun), with
# the aspect particle 了 or a bound word (不少於) between the verb and the figure
COUNTED_OBJECT = [
    subject_case(
        "防止貪污處去年完成了68項審視研究，範圍涵蓋公共採購、樓宇管理及公營醫療服務等。",
        "68項",
        "worklist-hk-icac: 完成了68項審視研究",
        ["審視研究"],
    ),
    subject_case(
        "二○二五年，廉署計劃為約三百間中小型企業提供度身訂造的防貪培訓，並於年內完成不少於60項審視研究。",
        "60項",
        "worklist-hk-icac: 完成不少於60項審視研究 (not the 中小型企業 of the clause before)",
        ["審視研究"],
    ),
    subject_case(
        "屋宇署去年完成了1,200項巡查行動，涵蓋全港舊樓。",
        "1,200項",
        "written-hk-press: 完成了1,200項巡查行動",
        ["巡查行動"],
    ),
    subject_case(
        "土地工務局全年完成了45項排查工作。",
        "45項",
        "written-macau-department: 完成了45項排查工作",
        ["排查工作"],
    ),
    subject_case(
        "市审计局全年完成了56项审计调查，查出问题资金1.2亿元。",
        "56项",
        "written-city-bulletin: 完成了56项审计调查",
        ["审计调查"],
    ),
    subject_case(
        "環境部今年預計完成不少於30項查核作業。",
        "30項",
        "written-tw-ministry: 完成不少於30項查核作業",
        ["查核作業"],
    ),
]


@pytest.mark.parametrize(("text", "needle", "accepted"), COUNTED_OBJECT)
def test_object_counted_after_its_measure_word(text: str, needle: str, accepted: list[str]) -> None:
    check_subject(text, needle, accepted)


# ---------------------------------------------------------------- 有N人被X: people counted before a passive
# with no object are those the passive says something of (被定罪), also as a part after 其中有
PASSIVE_OF_THE_COUNTED = [
    subject_case(
        "執法方面，廉署在二○二四年共檢控198人，涉及112宗案件；同期有141人被定罪，以人數計算的定罪率為84%。",
        "141人",
        "worklist-hk-icac: 同期有141人被定罪 (not the 檢控 of the clause before)",
        ["被定罪", "定罪", "被定罪人士"],
    ),
    subject_case(
        "警方昨日展開打擊非法賭博行動，行動中共有23人被捕。",
        "23人",
        "written-hk-police: 共有23人被捕",
        ["被捕"],
    ),
    subject_case(
        "去年有27人被檢控，其中有19人被定罪。",
        "19人",
        "written-hk-press: 其中有19人被定罪 (a part named by its passive)",
        ["被定罪", "定罪"],
    ),
    subject_case(
        "司法警察局表示，同期有1,204人被拘捕。",
        "1,204人",
        "written-macau-department: 同期有1,204人被拘捕",
        ["被拘捕", "拘捕"],
    ),
    subject_case(
        "地檢署指出，今年已有6人被起訴。",
        "6人",
        "written-tw-ministry: 今年已有6人被起訴",
        ["被起訴", "起訴"],
    ),
    subject_case(
        "消防處表示，當日有3人被困升降機。",
        "3人",
        "written-hk-press: 有3人被困升降機 (a passive with its place: the whole act)",
        ["被困升降機", "被困"],
    ),
]


@pytest.mark.parametrize(("text", "needle", "accepted"), PASSIVE_OF_THE_COUNTED)
def test_passive_after_a_count_of_people(text: str, needle: str, accepted: list[str]) -> None:
    check_subject(text, needle, accepted)


# ---------------------------------------------------------------- 向N個X發出…: a count a preposition takes
# (向, 對, 給) counts the noun after its measure word; the verb after that noun is the predicate,
# never a verb inside a compound noun (輪候家團|發出|社屋分配)
OBJECT_OF_A_PREPOSITION = [
    subject_case(
        "分配方面，房屋局於二〇二五年共向1,372個輪候家團發出社屋分配通知。",
        "1,372個",
        "worklist-mo-ih: 共向1,372個輪候家團發出社屋分配通知",
        ["輪候家團", "家團"],
    ),
    subject_case(
        "房屋局共向1,372个轮候家团发出社屋分配通知。",
        "1,372个",
        "written-simplified-twin: the same in simplified script",
        ["轮候家团", "家团"],
    ),
    subject_case(
        "衞生署向約4,500名學童家長發出疫苗接種通知。",
        "4,500名",
        "written-hk-press: 向約4,500名學童家長發出…通知 (a bound after the preposition)",
        ["學童家長"],
    ),
    subject_case(
        "社會局向2,150名獨居長者派發防疫物資包。",
        "2,150名",
        "written-macau-department: 向2,150名獨居長者派發…",
        ["獨居長者"],
    ),
    subject_case(
        "市民政局对326户低保家庭开展入户核查。",
        "326户",
        "written-city-bulletin: 对326户低保家庭开展入户核查",
        ["低保家庭"],
    ),
    subject_case(
        "縣府向1,500戶中低收入家庭發放生活補助。",
        "1,500戶",
        "written-tw-county: 向1,500戶中低收入家庭",
        ["中低收入家庭"],
        marks=known_miss("a measure word jieba glues to the first character of its noun (戶中|低收入)"),
    ),
]


@pytest.mark.parametrize(("text", "needle", "accepted"), OBJECT_OF_A_PREPOSITION)
def test_object_of_a_preposition(text: str, needle: str, accepted: list[str]) -> None:
    check_subject(text, needle, accepted)


# ---------------------------------------------------------------- a number word naming a category or a
# grouping: a household by its size (二人家團, 二人家庭) and the equal parts a distribution is cut into
# (五等分位, 十等分位組, 五等份收入分组) are no facts; a thing cut into equal parts (三等份) is
NUMBER_IN_A_GROUPING = [
    no_fact_case(
        "在輪候家團中，一人家團有1,254戶，佔41%，二人家團則有827戶。",
        "二人",
        "worklist-mo-ih: 二人家團則有827戶",
    ),
    no_fact_case(
        "此外，現時申請社屋的一人家團每月收入上限為13,340澳門元，二人家團為20,720澳門元。",
        "二人",
        "worklist-mo-ih: 二人家團為20,720澳門元",
    ),
    no_fact_case(
        "按可支配所得五等分位觀察，最高所得組平均每戶可支配所得為最低所得組之5.50倍。",
        "五等分",
        "worklist-tw-taipei-dbas: 按可支配所得五等分位觀察",
    ),
    no_fact_case(
        "表　113年臺北市家庭收支按可支配所得五等分位分",
        "五等分",
        "worklist-tw-taipei-dbas: a table's caption, 五等分位分",
    ),
    no_fact_case(
        "按全国居民五等份收入分组，低收入组人均可支配收入9215元。",
        "五等份",
        "written-national-bulletin: 五等份收入分组",
    ),
    no_fact_case(
        "按十等分位組劃分，最高組別住戶的每月入息中位數為10萬元。",
        "十等分",
        "written-hk-census: 十等分位組",
    ),
    no_fact_case(
        "三人或以上家團可申請較大單位。",
        "三人",
        "written-macau-department: 三人或以上家團",
    ),
]


@pytest.mark.parametrize(("text", "needle"), NUMBER_IN_A_GROUPING)
def test_number_naming_a_grouping(text: str, needle: str) -> None:
    assert overlapping(facts_of(text, "2025-01-20"), text, needle) == []


CUT_INTO_PARTS = [
    fact_case(
        "项目资金按比例分成四等份拨付。",
        "四等份",
        "2025-01-20",
        "written-procurement: 分成四等份 (a thing cut in parts: a count)",
        unit="等份",
    ),
    fact_case(
        "在輪候家團中，一人家團有1,254戶，佔41%，二人家團則有827戶。",
        "827戶",
        "2025-01-20",
        "worklist-mo-ih: the household's count after the category is kept",
        subject=["二人家團"],
    ),
]


@pytest.mark.parametrize(("text", "needle", "published", "title", "expected"), CUT_INTO_PARTS)
def test_count_beside_a_grouping(
    text: str, needle: str, published: str, title: str | None, expected: dict[str, Any]
) -> None:
    run_fact(text, needle, published, title, expected)


# ---------------------------------------------------------------- a level compared with, of a year of the
# era and 同月 or 同期 (若與112年同月之5,106棟相比): the level takes the period last named moved to that
# year, and the topic the sentence named; the change after 相比 keeps the sentence's own period
BASELINE_LEVEL = [
    fact_case(
        "地政局說明，2月適逢春節連假，登記日數較少，3月移轉量回升屬季節性現象；若與112年同月之5,106棟相比，"
        "則減少4.8%，顯示市場仍處於盤整階段。",
        "5,106棟",
        "2025-04-10",
        "worklist-tw-taichung-land: 若與112年同月之5,106棟相比",
        subject=["移轉量", "3月移轉量", "建物買賣移轉", "買賣移轉"],
        time="2023-03-31",
    ),
    fact_case(
        "地政局說明，2月適逢春節連假，登記日數較少，3月移轉量回升屬季節性現象；若與112年同月之5,106棟相比，"
        "則減少4.8%，顯示市場仍處於盤整階段。",
        "4.8%",
        "2025-04-10",
        "worklist-tw-taichung-land: 則減少4.8% after the baseline (not the baseline's year)",
        time=("2025-03-31", None),
    ),
    fact_case(
        "本市113年12月失業率為3.2%，111年同月為3.6%。",
        "3.6%",
        "2025-01-20",
        "written-tw-city: 111年同月為3.6% (the month named before, two years back)",
        time="2022-12-31",
    ),
    fact_case(
        "113年1至6月來臺旅客達350萬人次，較112年同期的290萬人次成長20.7%。",
        "290萬人次",
        "2024-07-20",
        "written-tw-ministry: 較112年同期的290萬人次",
        time="2023-06-30",
    ),
    fact_case(
        "3月全市商品房销售1,200套，若与2023年同月的1,350套相比，则减少11.1%。",
        "1,350套",
        "2025-04-10",
        "written-city-bulletin: 若与2023年同月的1,350套相比",
        time="2023-03-31",
    ),
    fact_case(
        "3月全市商品房销售1,200套，若与2023年同月的1,350套相比，则减少11.1%。",
        "11.1%",
        "2025-04-10",
        "written-city-bulletin: 则减少11.1% after 与…的1,350套相比",
        time="2025-03-31",
    ),
    fact_case(
        "本月入境旅客回升明顯；與2019年同月的約350萬人次相比，恢復至九成一。",
        "350萬人次",
        "2025-04-10",
        "written-macau-release: 與2019年同月的約350萬人次相比 (the topic, never 相比)",
        subject=["入境旅客"],
    ),
    fact_case(
        "今年首季本澳失業率回落；與去年同期的2.1%相比，下降0.2個百分點。",
        "2.1%",
        "2025-05-10",
        "written-macau-release: 與去年同期的2.1%相比",
        subject=["失業率", "本澳失業率"],
    ),
]


@pytest.mark.parametrize(("text", "needle", "published", "title", "expected"), BASELINE_LEVEL)
def test_level_of_a_baseline(
    text: str, needle: str, published: str, title: str | None, expected: dict[str, Any]
) -> None:
    run_fact(text, needle, published, title, expected)


# ---------------------------------------------------------------- 平均每件總價約1,190萬元: after 每 and a
# measure word, the name of a measure (總價, 租金, 金額) is what the figure measures, not a noun the
# measure word counts (每户企业 is per enterprise); never a fragment with the bound (價約)
PER_UNIT_MEASURE = [
    subject_case(
        "在實價登錄方面，3月份揭露之買賣案件計3,518件，交易總價合計約418.6億元，平均每件總價約1,190萬元。",
        "1,190萬元",
        "worklist-tw-taichung-land: 平均每件總價約1,190萬元",
        ["平均每件總價", "每件總價", "總價"],
    ),
    subject_case(
        "平均每件总价约1,190万元。",
        "1,190万元",
        "written-simplified-twin: 平均每件总价约",
        ["平均每件总价", "每件总价", "总价"],
    ),
    subject_case(
        "社會住宅平均每戶租金約3,200元，約為市價的六成。",
        "3,200元",
        "written-tw-city: 平均每戶租金約3,200元",
        ["平均每戶租金", "每戶租金", "租金"],
    ),
    subject_case(
        "全港私人住宅平均每宗成交金額約為650萬元。",
        "650萬元",
        "written-hk-press: 平均每宗成交金額約為",
        ["成交金額", "平均每宗成交金額", "金額"],
    ),
]


@pytest.mark.parametrize(("text", "needle", "accepted"), PER_UNIT_MEASURE)
def test_measure_after_a_per_unit(text: str, needle: str, accepted: list[str]) -> None:
    check_subject(text, needle, accepted)


# ---------------------------------------------------------------- 應於30日內辦理: a time limit under a
# modal of obligation is a rule in force (reported), though a plan word in an earlier clause governs
# the sentence; one whose own clause a plan word opens stays planned
LIMIT_A_RULE_SETS = [
    fact_case(
        "地政局表示，為維護不動產交易秩序，今年將持續辦理實價登錄申報資料查核，全年預定查核案件不少於1,200件，"
        "並提醒預售屋買賣契約簽訂後應於30日內辦理申報登錄，以免受罰。",
        "30日",
        "2025-04-10",
        "worklist-tw-taichung-land: 並提醒…應於30日內辦理申報登錄 after 今年將持續",
        status="reported",
    ),
    fact_case(
        "地政局表示，今年將持續辦理實價登錄申報資料查核，全年預定查核案件不少於1,200件。",
        "1,200件",
        "2025-04-10",
        "worklist-tw-taichung-land: 預定查核案件不少於1,200件 stays planned",
        status="planned",
    ),
    fact_case(
        "市府將加強稽查，並提醒業者應於15日內完成改善。",
        "15日",
        "2025-01-20",
        "written-tw-city: 將加強稽查，並提醒業者應於15日內",
        status="reported",
    ),
    fact_case(
        "本署將持續宣導，申請人須在收到通知後14天內提交文件。",
        "14天",
        "2025-01-20",
        "written-hk-press: 須在收到通知後14天內 (past the event it counts from)",
        status="reported",
    ),
    fact_case(
        "明年将继续推进，企业应当在取得营业执照后30日内办理登记。",
        "30日",
        "2025-01-20",
        "written-provincial-portal: 应当在取得营业执照后30日内",
        status="reported",
    ),
    fact_case(
        "下一步将推进专项整治，并要求整改单位在10个工作日内提交报告。",
        "10个工作日",
        "2025-01-20",
        "written-city-bulletin: 将…并要求…在10个工作日内 (no modal of obligation: the plan's)",
        status="planned",
    ),
    fact_case(
        "市府將要求業者須於30日內完成改善。",
        "30日",
        "2025-01-20",
        "written-tw-city: 將要求業者須於30日內 (a plan word in the limit's own clause)",
        status="planned",
    ),
    fact_case(
        "新制上路後，勞工局將提醒雇主應自到職之日起7日內辦理投保。",
        "7日",
        "2025-01-20",
        "written-tw-ministry: 將提醒雇主應自到職之日起7日內",
        status="reported",
        marks=known_miss(
            "a plan word before a verb of reminding in the limit's own clause (將提醒…應…內): the limit is "
            "the law's, in force, but the plan word governs the clause"
        ),
    ),
]


@pytest.mark.parametrize(("text", "needle", "published", "title", "expected"), LIMIT_A_RULE_SETS)
def test_time_limit_a_rule_sets(
    text: str, needle: str, published: str, title: str | None, expected: dict[str, Any]
) -> None:
    run_fact(text, needle, published, title, expected)


def test_a_shared_time_is_written_in_the_page_script_and_frozen() -> None:
    """The figures of a sentence share one TimeRef (made once per time expression), its text written
    back in the page's script before it is shared; frozen, so no fact can change another's time."""
    facts = find_facts("本學期，全校共有學生3千人，教師200名。", load_patterns(), date(2024, 3, 1), None)[0]
    assert [f.text for f in facts] == ["3千人", "200名"]
    time = facts[0].time
    assert time is not None and time is facts[1].time and time.text == "本學期"
    with pytest.raises(pydantic.ValidationError):
        time.text = "本学期"  # type: ignore[misc]
