"""Session 8, constructions the lead found: the first two when a held-out summary fell after the
number work (its errors were not read; the rows are written here in the style of several kinds of
site), the third on the blind in-sample batch 9:

- points after 分别 go over the percentages stated before them in the sentence, in order (比重为
  62.3%，…占比为20.1%，分别提高0.6个和0.2个百分点), now that the 个 of 0.6个 is read as the measure
  word of 百分点 (:func:`gov_facts.facts.enumeration.distributed`);
- a bound written beside a value (0.12mg/kg ≤0.05mg/kg, a table row's result and limit cells) is
  of what that value measures, not of the end of its unit (kg) (:mod:`gov_facts.facts.plausible`);
- a compound noun jieba cuts into a verb and a measure word (充电|桩) is what the count after it
  counts (:mod:`gov_facts.facts.plausible`).

Ids name the source: ``written-<kind of site>``, ``invented-<page>``. A row is checked with the gold
scorer's rule.
"""

from __future__ import annotations

import pytest

from factcase import check_subject as _check
from factcase import subject_case as accept

POINTS_OVER_SHARES = [
    accept(
        "1—10月，全市第二产业用电量占全社会用电量的比重为62.3%，第三产业用电量占比为20.1%，"
        "分别提高0.6个和0.2个百分点。",
        "0.6个",
        "written-ndrc-electricity: 分别提高0.6个和0.2个百分点 (first)",
        ["第二产业用电量", "比重"],
    ),
    accept(
        "1—10月，全市第二产业用电量占全社会用电量的比重为62.3%，第三产业用电量占比为20.1%，"
        "分别提高0.6个和0.2个百分点。",
        "0.2个",
        "written-ndrc-electricity: 分别提高0.6个和0.2个百分点 (second)",
        ["第三产业用电量"],
    ),
    accept(
        "全省城镇居民人均可支配收入增长5.1%，农村居民增长7.2%，分别快于全国0.3个和0.5个百分点。",
        "0.3个",
        "written-provincial-bulletin: 分别快于全国0.3个和0.5个百分点",
        ["城镇居民人均可支配收入"],
    ),
    accept(
        "上半年，高技术制造业增加值占规上工业的比重为18.6%，装备制造业占比为35.2%，"
        "分别比上年同期提高1.2个和0.8个百分点。",
        "1.2个",
        "written-stats-industry: 分别比上年同期提高1.2个和0.8个百分点",
        ["高技术制造业增加值"],
    ),
]


@pytest.mark.parametrize(("text", "needle", "accepted"), POINTS_OVER_SHARES)
def test_points_after_fenbie_go_over_the_shares_before(text: str, needle: str, accepted: list[str]) -> None:
    _check(text, needle, accepted)


BOUND_BESIDE_A_VALUE = [
    accept(
        "序号\t样品名称\t不合格项目\t检验结果\t标准值\n1\t芹菜\t毒死蜱\t0.12mg/kg\t≤0.05mg/kg",
        "0.05",
        "written-food-sampling-table: the limit cell beside the result cell",
        ["毒死蜱", "标准值"],
    ),
    accept(
        "经检验，该批次豇豆中灭蝇胺含量为1.8mg/kg ≤0.5mg/kg，不符合食品安全国家标准。",
        "0.5",
        "written-market-regulation-notice: 含量为1.8mg/kg ≤0.5mg/kg",
        ["灭蝇胺含量", "灭蝇胺"],
    ),
    accept(
        "出厂水耗氧量1.2mg/L ≤3mg/L，各项指标均符合生活饮用水卫生标准。",
        "3mg",
        "written-water-supply-bulletin: 耗氧量1.2mg/L ≤3mg/L",
        ["耗氧量", "出厂水耗氧量"],
    ),
    accept(
        "出厂水浑浊度0.32NTU ≤1NTU，各项指标均符合生活饮用水卫生标准。",
        "1NTU",
        "written-water-supply-bulletin: 浑浊度0.32NTU ≤1NTU",
        ["浑浊度", "出厂水浑浊度"],
    ),
]


@pytest.mark.parametrize(("text", "needle", "accepted"), BOUND_BESIDE_A_VALUE)
def test_a_bound_beside_a_value_measures_what_it_does(text: str, needle: str, accepted: list[str]) -> None:
    _check(text, needle, accepted)


# a compound noun jieba cuts into a verb and a single character it tags as a measure word (充电|桩,
# 停车|位): right before a count, the two (with a modifier before them) are what it counts
COMPOUND_CUT_BY_JIEBA = [
    accept(
        "截至2024年底，全省累计建成充电桩15.8万个（其中公共充电桩4.2万个），实现乡镇全覆盖。",
        "15.8万个",
        "invented-province-press-conference: 累计建成充电桩15.8万个",
        ["充电桩"],
    ),
    accept(
        "截至2024年底，全省累计建成充电桩15.8万个（其中公共充电桩4.2万个），实现乡镇全覆盖。",
        "4.2万个",
        "invented-province-press-conference: 其中公共充电桩4.2万个",
        ["公共充电桩"],
    ),
    accept(
        "今年以来，全市新增停车位1.2万个，缓解了老旧小区停车难。",
        "1.2万个",
        "written-city-portal: 新增停车位",
        ["停车位"],
    ),
    accept(
        "全县已建成充电桩860个，覆盖所有乡镇。", "860个", "written-county-news: 已建成充电桩860个", ["充电桩"]
    ),
]


@pytest.mark.parametrize(("text", "needle", "accepted"), COMPOUND_CUT_BY_JIEBA)
def test_a_compound_cut_into_a_verb_and_a_measure_word(text: str, needle: str, accepted: list[str]) -> None:
    _check(text, needle, accepted)
