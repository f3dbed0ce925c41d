"""facts/hmm.py gives exactly what jieba's own posseg Viterbi gives (it replaces it for speed)."""

from __future__ import annotations

import random
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gov_facts.facts import hmm
from gov_facts.facts.tagging import pos_tag

pos_tag("预热")  # loads jieba and its posseg tables

from jieba.posseg import char_state_tab_P, emit_P, start_P, trans_P  # noqa: E402

#: jieba's own module (the name jieba.posseg.viterbi now holds the faster function)
jieba_viterbi = sys.modules["jieba.posseg.viterbi"]

COMMON = (
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种"
    "面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本"
    "去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比"
    "或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总"
    "次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做"
    "必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权"
    "收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信"
    "马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连"
    "断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存"
    "候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞"
)


def _same(text: str) -> None:
    want = jieba_viterbi.viterbi(text, char_state_tab_P, start_P, trans_P, emit_P)
    got = hmm.viterbi(text, char_state_tab_P, start_P, trans_P, emit_P)
    assert got == want


@pytest.mark.parametrize(
    "text",
    [
        "国考断面",
        "潘卓辉",
        "魏其濛",
        "控导",
        "海葵一号",
        "斑马鱼",
        "屎壳郎",
        "宣州",
        "ABC",
        "一",
        "鱼航员",
        "宜春市袁州区",
    ],
)
def test_names_and_rare_terms(text: str) -> None:
    _same(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=COMMON + "，。0123456789abcXYZ", min_size=1, max_size=14))
def test_any_text(text: str) -> None:
    _same(text)


def test_random_runs_of_common_characters() -> None:
    rng = random.Random(7)
    for _ in range(2000):
        _same("".join(rng.choice(COMMON) for _ in range(rng.randint(1, 10))))
