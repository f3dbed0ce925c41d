"""Session 11's speed pass: each cheap cue or kept answer gives what the work it stands before gave.

The fact stage's records were compared byte for byte before and after every change (the corpus,
the seed, tests/data/pages, tests/data/invented, samples); these tables pin the claims the cues rest
on, so that a later edit of a word list or a pattern cannot make a cue skip a case the work would
have caught. Each row compares the quick reading with the slow one written out here, or names the
construction whose answer must not move. No timings: speed is measured by benchmarks/fact_stage.py.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from factcase import PATTERNS, dated_case, the_fact
from gov_facts.facts.context import ArticleText
from gov_facts.facts.plan_clause import PlanClause
from gov_facts.facts.programme_names import masked
from gov_facts.facts.rulebook import rulebook_for
from gov_facts.facts.subject_guard import _ADJUSTED_FOR, _TIME_ALONE, TIME_ALONE_CHARS, is_manner
from gov_facts.facts.text import CLAUSE_BREAK
from gov_facts.facts.time_baselines import is_baseline, is_baseline_at

RULES = rulebook_for(PATTERNS)


def _doc(text: str) -> ArticleText:
    return ArticleText(text, None, None, RULES)


# ---------------------------------------------------------------- a time written alone (subject_guard)
# the guard asks for 年, 月, 季 or 期 before the pattern: every time the pattern reads holds one


@pytest.mark.parametrize(
    ("word", "is_time"),
    [
        pytest.param("八月份", True, id="invented-hk: 八月份 (a month)"),
        pytest.param("2024年", True, id="written-bulletin: 2024年 (a year)"),
        pytest.param("二〇二四年度", True, id="written-provincial: 二〇二四年度 (a year in characters)"),
        pytest.param("一季度", True, id="written-bulletin: 一季度 (a quarter)"),
        pytest.param("第3季", True, id="written-finance: 第3季 (a quarter, no 度)"),
        pytest.param("上半年", True, id="written-county: 上半年 (a half)"),
        pytest.param("前三季度", True, id="written-bulletin: 前三季度 (quarters to date)"),
        pytest.param("1-6月", True, id="written-provincial: 1-6月 (months joined)"),
        pytest.param("首八个月", True, id="invented-hk: 首八个月 (the first months)"),
        pytest.param("2024年12月底", True, id="written-procurement: 2024年12月底 (a month's end)"),
        pytest.param("同期", True, id="written-bulletin: 同期 (the same period)"),
        pytest.param("报告期内", True, id="written-finance: 报告期内 (the reporting period)"),
        pytest.param("本季", True, id="written-finance: 本季 (this quarter)"),
        pytest.param("年末", True, id="written-bulletin: 年末 (the year's end)"),
        pytest.param("当月", True, id="written-county: 当月 (that month)"),
        pytest.param("入境旅客", False, id="invented-hk: 入境旅客 (a noun)"),
        pytest.param("期末余额", False, id="written-finance: 期末余额 (a noun holding 期)"),
        pytest.param("年均增速", False, id="written-bulletin: 年均增速 (a noun holding 年)"),
        pytest.param("名义", False, id="written-bulletin: 名义 (a word of how)"),
    ],
)
def test_a_time_alone_holds_a_cue_character(word: str, is_time: bool) -> None:
    read = _TIME_ALONE.fullmatch(word) is not None
    assert read == is_time
    if read:
        assert not TIME_ALONE_CHARS.isdisjoint(word)


# ---------------------------------------------------------------- a word of how (subject_guard)
# one endswith over the words of how after what they were adjusted for, as the word-by-word reading


def _manner_word_by_word(word: str) -> bool:
    manner = RULES.words.manner_words
    return word in manner or any(
        word.endswith(w) and word[: -len(w)].endswith(_ADJUSTED_FOR) for w in manner if len(w) >= 2
    )


@pytest.mark.parametrize(
    "word",
    [
        pytest.param("名义", id="written-bulletin: 名义增长5.3%"),
        pytest.param("实际", id="written-bulletin: 实际增长4.9%"),
        pytest.param("同口径", id="written-finance: 同口径增长4.6%"),
        pytest.param("价格因素实际", id="written-provincial: 扣除价格因素实际增长5.1%"),
        pytest.param("因素后实际", id="written-county: 扣除价格因素后实际增长"),
        pytest.param("调整后同口径", id="written-finance: 调整后同口径增长"),
        pytest.param("日均", id="invented-hk: 日均約41.8萬人次"),
        pytest.param("企业利润", id="written-bulletin: 企业利润 (a noun)"),
        pytest.param("实际使用外资", id="written-provincial: 实际使用外资 (a statistic's name)"),
        pytest.param("后", id="written-county: 后 (an ending alone)"),
    ],
)
def test_word_of_how_as_read_word_by_word(word: str) -> None:
    doc = SimpleNamespace(rules=RULES)
    assert is_manner(doc, word) == _manner_word_by_word(word)  # type: ignore[arg-type]


def test_the_words_of_how_are_read_as_such() -> None:
    doc = SimpleNamespace(rules=RULES)
    assert is_manner(doc, "价格因素实际")  # type: ignore[arg-type]
    assert not is_manner(doc, "企业利润")  # type: ignore[arg-type]


# ---------------------------------------------------------------- plan clauses (status)
# masking only takes plan words away: the clause asks the text as written first, masks when asked


@pytest.mark.parametrize(
    "clause",
    [
        pytest.param("全年计划完成投资120亿元", id="written-provincial: a plan word"),
        pytest.param("按计划完成投资5亿元", id="written-county: 按计划 (masked, no plan)"),
        pytest.param("占年度计划的107.2%", id="written-bulletin: 年度计划 (masked)"),
        pytest.param("完成年度目标的95%", id="written-bulletin: 完成…目标的 (a masking pattern)"),
        pytest.param("市规划局发布通告", id="written-procurement: 规划局 (masked)"),
        pytest.param("将近3000人参加", id="written-county: 将近 (masked)"),
        pytest.param(
            "纳入2022年省重点建设计划的项目", id="written-provincial: 纳入…计划的 (a masking pattern)"
        ),
        pytest.param("预计全年增长5%左右", id="written-finance: 预计 (a plan word)"),
        pytest.param("全市共有医院85家", id="written-bulletin: no plan word at all"),
    ],
)
def test_plan_clause_masked_when_asked(clause: str) -> None:
    doc = _doc(clause)
    got = PlanClause(doc, 0, len(clause))
    want = masked(clause, RULES.not_planned, RULES.not_planned_patterns)
    assert got.has_plan_word == (RULES.planned_any.search(want) is not None)
    assert got.text == want


def test_masking_writes_over_the_phrases_that_plan_nothing() -> None:
    assert masked("按计划完成", RULES.not_planned, RULES.not_planned_patterns).startswith("□□□")


# ---------------------------------------------------------------- kept per document (context, time_scopes)

_TIMES = (
    "2024年全市GDP比上年增长5.3%，较2022年同期的水平提高1.2个百分点；与上年相比，一季度增长4.1%。"
    "截至2024年12月底，全县累计完成投资120亿元，为上年的98.5%。\n5月1日、2日入住率分别达到92%和88%。"
)


def test_baseline_table_as_asking_each_time() -> None:
    doc = _doc(_TIMES)
    assert doc.times, "the text holds times"
    for _ in range(2):  # the second round reads the kept answers
        assert [is_baseline_at(doc, i) for i in range(len(doc.times))] == [
            is_baseline(doc, t) for t in doc.times
        ]
    assert any(is_baseline(doc, t) for t in doc.times)  # 比上年: one is a baseline


def test_times_between_as_a_walk_over_every_time() -> None:
    doc = _doc(_TIMES)
    n = len(_TIMES)
    for a in range(0, n, 3):
        for b in range(a + 1, min(n, a + 40) + 1, 2):
            assert doc.times_between(a, b) == [t for t in doc.times if t.start < b and t.end > a]


def test_clause_of_the_usual_breaks_as_of_the_same_breaks_written_again() -> None:
    doc = _doc(_TIMES)
    same = "".join(list(CLAUSE_BREAK))  # an equal string, not the same object: the general table
    assert same == CLAUSE_BREAK and same is not CLAUSE_BREAK
    assert [doc.clause(p) for p in range(len(_TIMES))] == [doc.clause(p, same) for p in range(len(_TIMES))]


# ---------------------------------------------------------------- constructions the cues stand before


@pytest.mark.parametrize(
    ("text", "needle", "published", "expected"),
    [
        dated_case(
            "目前南沙邮轮母港开通了\n前往日本、越南等地航线9条\n邮轮目的地12个\n是内地航线最多的港口之一",
            "12个",
            "2019-08-13",
            "corpus-020: a sentence broken over lines keeps the time of its earlier lines",
            time="2019-08-13",
        ),
        dated_case(
            "2023年工作回顾\n全县完成投资100亿元。",
            "100亿元",
            "2024-02-01",
            "written-county: a line ending with 。 is no fragment; the heading's year does not reach it",
            time=None,
        ),
        dated_case(
            "原预计工程费用为3亿元，实际支出2.8亿元。",
            "2.8亿元",
            "2024-02-01",
            "written-procurement: an actual word opening a clause after a forecast reports",
            status="reported",
        ),
        dated_case(
            "原預計工程費用為3億元，實際支出2.8億元。",
            "2.8億元",
            "2024-02-01",
            "invented-hk: the same in traditional characters",
            status="reported",
        ),
        dated_case(
            "预计全年财政收入为3亿元，比上年增长5%。",
            "3亿元",
            "2024-02-01",
            "written-finance: a forecast with no actual word plans",
            status="planned",
        ),
    ],
)
def test_constructions_behind_the_cues(
    text: str, needle: str, published: str, expected: dict[str, object]
) -> None:
    fact = the_fact(text, needle, published)
    for name, want in expected.items():
        got = (
            None
            if name == "time" and fact.time is None
            else (fact.time.end if name == "time" else getattr(fact, name))
        )
        assert got == want, (name, got)
