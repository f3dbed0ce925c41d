"""The ``rjieba-dag`` tagger (facts/rs_tagger.py), which batches use, gives exactly what
jieba.posseg gives; the raw ``rjieba`` one is only measured (benchmarks/tagger_compare.py)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

rjieba = pytest.importorskip("rjieba")

from gov_facts.facts import rs_tagger, tagging  # noqa: E402

ROWS = [
    # (id, window): the kinds of window the fact stage tags around a figure
    ("corpus-027: list with 等为", "将以基层社区、学校、企事业单位等为重点服务领域"),
    ("corpus: percent after figure", "在现行最高贷款额度的基础上上浮10%"),
    ("corpus: digits and unit", "发放一次性育儿津贴5000元"),
    ("corpus: place name and numerals", "对生育二孩、三孩的呼和浩特市户籍家庭"),
    ("corpus: unknown term read by the HMM", "托育机构照护补贴"),
    ("seed: decimal figure", "全市地区生产总值达到1234.5亿元，同比增长5.2%"),
    ("invented-bulletin: letters and digits", "5G基站3.2万个，PM2.5平均浓度28微克/立方米"),
    ("invented-hk: spaces and latin", "港元 HK$ 1,200 million 第一季"),
    ("invented: person names", "县长潘卓辉、副县长魏其濛出席"),
    ("invented: added word (可支配收入)", "城镇居民人均可支配收入增长6%"),
    ("invented: only punctuation", "（）——……"),
    ("invented: line break", "其中\r\n农村12户"),
]


@pytest.fixture(scope="module")
def pair() -> tuple[object, rs_tagger.RsTagger]:
    tagging.add_words(frozenset({("可支配收入", "n")}))
    posseg = tagging._posseg or tagging._load()
    if tagging._parts is not None:
        tagging._parts.ensure_all()  # posseg reads the whole prefix dictionary here
    tagger = rs_tagger.RsTagger(posseg, raw=False)
    for word in sorted(tagging._added):
        tagger.add_word(word, posseg.dt.tokenizer.FREQ.get(word), tagging._words[word])
    return posseg, tagger


@pytest.mark.parametrize("text", [text for _, text in ROWS], ids=[name for name, _ in ROWS])
def test_same_as_posseg(pair: tuple[object, rs_tagger.RsTagger], text: str) -> None:
    posseg, tagger = pair
    tagging._unknown.clear()
    assert tagger.tag(text) == [(p.word, p.flag) for p in posseg.lcut(text)]  # type: ignore[attr-defined]


#: common characters (those test_hmm.py draws from) with digits, marks, letters, units and spaces
_ALPHABET = (
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种"
    "面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本"
    "0123456789.%，。、（）ABCab年月日万亿元个 \n"
)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_ALPHABET, min_size=1, max_size=30))
def test_any_text(pair: tuple[object, rs_tagger.RsTagger], text: str) -> None:
    """Random windows: the same words and tags (20,000 such windows and 30,000 slices of the
    corpus, invented and test pages were compared once, by hand: no difference)."""
    posseg, tagger = pair
    assert tagger.tag(text) == [(p.word, p.flag) for p in posseg.lcut(text)]  # type: ignore[attr-defined]


CHOICES = [
    # (id, GOV_FACTS_TAGGER in the environment, the tagger chosen so far, what a batch uses)
    ("a batch walks the dictionary in Rust", None, "jieba", "rjieba-dag"),
    ("the environment's choice stands", "jieba", "jieba", "jieba"),
    ("an experiment's choice stands", "rjieba", "rjieba", "rjieba"),
]


@pytest.mark.parametrize(("env", "chosen", "expected"), [c[1:] for c in CHOICES], ids=[c[0] for c in CHOICES])
def test_the_tagger_a_batch_uses(
    monkeypatch: pytest.MonkeyPatch, env: str | None, chosen: str, expected: str
) -> None:
    if env is None:
        monkeypatch.delenv("GOV_FACTS_TAGGER", raising=False)
    else:
        monkeypatch.setenv("GOV_FACTS_TAGGER", env)
    monkeypatch.setattr(rs_tagger, "TAGGER", chosen)
    assert rs_tagger.prefer_for_batches() == expected


def test_a_worker_pool_for_a_batch_asks_for_it(monkeypatch: pytest.MonkeyPatch) -> None:
    from gov_facts.rules.patterns import load_patterns
    from gov_facts.run.pool import WorkerPool

    monkeypatch.delenv("GOV_FACTS_TAGGER", raising=False)
    monkeypatch.setattr(rs_tagger, "TAGGER", "jieba")
    assert WorkerPool(load_patterns(), 1, warm_up=False).tagger == "jieba"  # one input: jieba alone
    assert WorkerPool(load_patterns(), 1, warm_up=True).tagger == "rjieba-dag"
