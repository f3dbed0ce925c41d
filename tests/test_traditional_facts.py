"""The fact engine on sentences in the style of Hong Kong, Macau and Taiwan government pages.

Rows are written in the manner of gov.hk press releases and 政府新聞網 items (invented-hk), the
Macau government portal and 統計暨普查局 releases (invented-mo), Taiwan 縣市政府 news and 主計總處
statistics (invented-tw). Each checks value, unit, subject, time and status as the record writes
them (the page's own script), the way shared/eval/score.py scores them. Known misses are strict
xfails naming what they wait for.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from gov_facts.core.models import Fact
from gov_facts.facts.engine import find_facts
from gov_facts.rules.patterns import load_patterns

PATTERNS = load_patterns()
PUB = date(2023, 11, 6)


def _facts(text: str, published: date | None = PUB) -> list[Fact]:
    return find_facts(text, PATTERNS, published)[0]


def _fact(text: str, needle: str, published: date | None = PUB) -> Fact:
    i = text.find(needle)
    assert i >= 0, needle
    hits = [f for f in _facts(text, published) if f.start < i + len(needle) and i < f.end]
    assert len(hits) == 1, f"{needle!r}: {[(f.text, f.value) for f in _facts(text, published)]}"
    return hits[0]


def _subject_ok(pred: str | None, accept: list[str]) -> bool:
    """The gold scorer's rule (shared/eval/score.py)."""
    p = "".join((pred or "").split())
    if not accept:
        return True
    return bool(p) and any(
        p == a or (a in p and len(p) - len(a) <= 4) or (p in a and len(p) >= 2) for a in accept
    )


def _miss(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=reason)


# text, needle, value, unit, subjects accepted, time end, status
ROWS: list[Any] = [
    # Taiwan city government news
    pytest.param("新北市今年共興建社會住宅1,860戶，總經費達35.6億元。", "1,860戶", 1860, "戶", ["社會住宅"],
                 "2023-12-31", "reported", id="invented-tw: 今年共興建社會住宅N戶"),
    pytest.param("新北市今年共興建社會住宅1,860戶，總經費達35.6億元。", "35.6億元", 3560000000, "元",
                 ["總經費", "經費"],
                 "2023-12-31", "reported", id="invented-tw: 總經費達N億元"),
    pytest.param("市府規劃於民國115年前再完成社會住宅5,000戶。", "5,000戶", 5000, "戶", ["社會住宅"],
                 "2026-12-31", "planned", id="invented-tw: 民國115年前 is a deadline"),
    pytest.param("截至民國112年10月底，全市共有長照機構215家。", "215家", 215, "家", ["長照機構"],
                 "2023-10-31", "reported", id="invented-tw: 截至民國112年10月底"),
    pytest.param("桃園市112年1至9月新增公共停車位3,200個，較去年同期增加12.5%。", "12.5%", 12.5, "%",
                 ["公共停車位"], "2023-09-30", "reported", id="invented-tw: 112年1至9月 on a Taiwan page"),
    pytest.param("臺北市113年度總預算歲出為1,867億元，較上年度增加52億元。", "1,867億元", 186700000000, "元",
                 ["總預算歲出", "歲出"], "2024-12-31", "planned", id="invented-tw: 歲出, next year's budget"),
    pytest.param("臺灣112年經濟成長率為1.31%。", "1.31%", 1.31, "%", ["經濟成長率"], "2023-12-31", "reported",
                 id="invented-tw: a bare ROC year before a noun dates the figure"),
    pytest.param("本校創校112年，培育人才逾10萬人。", "112年", 112, "年", ["創校"], None, "reported",
                 id="invented-tw: 創校112年 is a length of time"),
    pytest.param("這座古蹟已有110年歷史。", "110年", 110, "年", ["歷史", "古蹟"], None, "reported",
                 id="invented-tw: 110年歷史 is a length of time"),
    pytest.param("臺北市113年度總預算歲入為1,721億元。", "1,721億元", 172100000000, "元",
                 ["總預算歲入", "歲入"], "2024-12-31", "planned", id="invented-tw: 歲入, next year's budget"),
    pytest.param("臺中市今年完成道路拓寬工程共18.6公里，明年將再投入經費約9億元。", "18.6公里", 18.6, "公里",
                 ["道路拓寬工程", "道路"], "2023-12-31", "reported", id="invented-tw: 公里 as written"),
    pytest.param("臺中市今年完成道路拓寬工程共18.6公里，明年將再投入經費約9億元。", "9億元", 900000000, "元",
                 ["經費"], "2024-12-31", "planned", id="invented-tw: 明年將再投入"),
    pytest.param("高雄市新購電動公車120輛，預計年底前全數上路。", "120輛", 120, "輛", ["電動公車"],
                 None, "reported", id="invented-tw: 輛 as written, bought (the plan is another clause's)"),
    pytest.param("本次重劃區面積約42.3公頃，可提供住宅用地約18公頃。", "42.3公頃", 42.3, "公頃",
                 ["面積", "重劃區面積"],
                 None, "reported", id="invented-tw: 公頃 as written"),
    pytest.param("本市今（112）年1至9月核發租金補貼3萬2千戶。", "3萬2千戶", 32000, "戶", ["租金補貼", "補貼"],
                 "2023-09-30", "reported", id="invented-tw: 今（112）年, the ROC year in brackets"),
    pytest.param("截至今（112）年10月底，全市共有長照機構215家。", "215家", 215, "家", ["長照機構"],
                 "2023-10-31", "reported", id="invented-tw: 截至今（112）年10月底"),
    pytest.param("市府預估明年可增加稅收約5億元。", "5億元", 500000000, "元", ["稅收"], "2024-12-31",
                 "planned", id="invented-tw: 預估 is a forecast"),
    # Taiwan statistics (主計總處)
    pytest.param("112年第3季經濟成長率為2.32%，較上季增加0.91個百分點。", "2.32%", 2.32, "%", ["經濟成長率"],
                 "2023-09-30", "reported", id="invented-tw: 112年第3季"),
    pytest.param("112年第3季經濟成長率為2.32%，較上季增加0.91個百分點。", "0.91個百分點", 0.91, "百分點",
                 ["經濟成長率"], "2023-09-30", "reported", id="invented-tw: 百分點 (個 is a measure word)"),
    pytest.param("112年10月失業率為3.41%，失業人數為40.9萬人。", "40.9萬人", 409000, "人", ["失業人數"],
                 "2023-10-31", "reported", id="invented-tw: 萬人 in an ROC month"),
    pytest.param("全年經濟成長率預測為1.42%，平均每人GDP為32,811美元。", "32,811美元", 32811, "美元",
                 ["平均每人GDP", "GDP"], "2023-12-31", "planned",
                 id="invented-tw: 美元 after a figure (the year's forecast goes on to it: planned)"),
    # Hong Kong press releases and 政府新聞網
    pytest.param("二○二二至二三年度公營房屋落成量為2萬4千個單位，較上一年度增加約35%。", "2萬4千個",
                 24000, "個",
                 ["單位", "公營房屋"], "2023-03-31", "reported", id="invented-hk: a financial year and 萬千"),
    pytest.param("首批約2,100個「簡約公屋」單位將於明年第一季落成，涉及建造成本約11億港元。", "11億港元",
                 1100000000, "港元", ["建造成本", "成本"], "2024-03-31", "planned",
                 id="invented-hk: 港元, 明年第一季"),
    pytest.param("截至三月底，公屋一般申請者的平均輪候時間為5.6年。", "5.6年", 5.6, "年", ["平均輪候時間"],
                 "2023-03-31", "reported", id="invented-hk: 截至三月底"),
    pytest.param("政府今日公布，今年第三季本地生產總值按年實質上升4.1%。", "4.1%", 4.1, "%", ["本地生產總值"],
                 "2023-09-30", "reported", id="invented-hk: 第三季 without 度"),
    pytest.param("衞生署今年已為約12萬名長者接種疫苗，較去年增加兩成。", "12萬名", 120000, "名", ["長者"],
                 "2023-12-31", "reported", id="invented-hk: 衞 (a Hong Kong variant)"),
    pytest.param("機管局預計二○二三至二四年度客運量達4,000萬人次。", "4,000萬人次", 40000000, "人次",
                 ["客運量"], "2024-03-31", "planned", id="invented-hk: 預計, financial year"),
    pytest.param("二○二三年五月入境旅客共1,200萬人次。", "1,200萬人次", 12000000, "人次", ["入境旅客"],
                 "2023-05-31", "reported", id="invented-hk: ○ for zero in a year"),
    # Macau
    pytest.param("2023年7月入境旅客共2,805,360人次，按年上升3.3倍。", "2,805,360人次", 2805360, "人次",
                 ["入境旅客"], "2023-07-31", "reported", id="invented-mo: 入境旅客共N人次"),
    pytest.param("2023年7月入境旅客共2,805,360人次，按年上升3.3倍。", "3.3倍", 3.3, "倍", ["入境旅客"],
                 "2023-07-31", "reported", id="invented-mo: 按年上升N倍"),
    pytest.param("今年1至7月入境旅客累計1,586萬人次。", "1,586萬人次", 15860000, "人次", ["入境旅客"],
                 "2023-07-31", "reported", id="invented-mo: 今年1至7月"),
    pytest.param("特區政府將於年內推出第二期電子消費優惠，每名市民最多可獲1,000澳門元。", "1,000澳門元", 1000,
                 "澳門元", ["電子消費優惠"], "2023-12-31", "planned", id="invented-mo: 澳門元",
                 marks=_miss("the subject comes out 市民, not 電子消費優惠")),
    pytest.param("旅客平均逗留時間為1.2日。", "1.2日", 1.2, "日", ["平均逗留時間"], None, "reported",
                 id="invented-mo: 日 as days"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "needle", "value", "unit", "subjects", "time_end", "status"), ROWS)
def test_traditional_sentences(
    text: str, needle: str, value: float, unit: str, subjects: list[str], time_end: str | None, status: str
) -> None:
    fact = _fact(text, needle)
    assert (fact.value, fact.unit) == (value, unit)
    assert _subject_ok(fact.subject, subjects), fact.subject
    assert (fact.time.end if fact.time else None) == time_end
    assert fact.status == status


CURRENCIES = [
    pytest.param("首批涉及建造成本約11億港元。", "11億港元", "HKD", id="invented-hk: 港元"),
    pytest.param("工程費用約3億港幣。", "3億港幣", "HKD", id="invented-hk: 港幣"),
    pytest.param("每戶每月補助新臺幣4,000元。", "4,000元", "TWD", id="invented-tw: 新臺幣 before the figure"),
    pytest.param("涉及款項約2億澳門元。", "2億澳門元", "MOP", id="invented-mo: 澳門元"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "needle", "currency"), CURRENCIES)
def test_regional_currencies(text: str, needle: str, currency: str) -> None:
    assert _fact(text, needle).currency == currency


NON_FACTS = [
    ("invented-tw: an ROC year is a time", "112年1至9月出口總值創新高。", "112年"),
    ("invented-tw: 民國 dates are times", "本辦法自民國112年5月4日起施行。", "112年"),
    ("invented-tw: the year of 同期", "較111年同期成長15.3%。", "111年"),
    ("invented-tw: 去(111)年", "較去(111)年同期增加12%。", "111"),
    ("invented-hk: a financial year is a time", "二○二三至二四年度財政預算案今日發表。", "二三至二四"),
    ("invented-hk: 2023-24年度", "2023-24年度的開支預算已獲通過。", "24年"),
    ("invented-hk: 一國兩制 is a set phrase", "堅持一國兩制方針不動搖。", "兩制"),
    ("invented-tw: a bare ROC year before a noun", "臺灣112年經濟成長率為1.31%。", "112年"),
    ("invented-tw: 112年 before 觀光人次", "臺北市112年觀光人次達1,200萬人次。", "112年"),
]


@pytest.mark.parametrize(("text", "needle"), [c[1:] for c in NON_FACTS], ids=[c[0] for c in NON_FACTS])
def test_traditional_non_facts(text: str, needle: str) -> None:
    i = text.find(needle)
    assert i >= 0
    assert not [f for f in _facts(text) if f.start < i + len(needle) and i < f.end]


def test_a_fact_text_and_sentence_are_as_written() -> None:
    text = "新北市今年共興建社會住宅1,860戶。市府規劃於民國115年前再完成5,000戶。"
    facts = _facts(text)
    assert [f.text for f in facts] == ["1,860戶", "5,000戶"]
    assert [f.sentence for f in facts] == [
        "新北市今年共興建社會住宅1,860戶。",
        "市府規劃於民國115年前再完成5,000戶。",
    ]
    assert [f.time.text if f.time else None for f in facts] == ["今年", "民國115年前"]
