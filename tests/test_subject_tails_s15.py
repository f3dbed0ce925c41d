"""A modal cut with the subject (将, 可望, 有望) is dropped; a noun ending in the same character is not.

Found by a shape audit of session 15 (subjects ending in a modal over the in-sample records), not by
a page's gold: the modal says when or how likely, never what is measured.
"""

from __future__ import annotations

import pytest

from gov_facts import extract

ROWS = [
    # (id, source, text, figure text, expected subject)
    (
        "jiang-capacity",
        "corpus-style: provincial energy bureau",
        "预计到2025年底，全省风电装机将达到2200万千瓦。",
        "2200万千瓦",
        "风电装机",
    ),
    (
        "kewang-ridership",
        "written: Taiwan county news",
        "今年小三通旅客運量可望突破200萬人次。",
        "200萬人次",
        "小三通旅客運量",
    ),
    (
        "youwang-airport",
        "written: airport group news",
        "今年机场旅客吞吐量有望突破1500万人次。",
        "1500万人次",
        "机场旅客吞吐量",
    ),
    (
        "jiang-grain",
        "written: provincial statistics release",
        "预计全省粮食产量将稳定在680亿斤以上。",
        "680亿斤",
        "粮食产量",
    ),
    (
        "jianjiang-kept",
        "written: city sports bureau",
        "全市现有国家级运动健将38名，一级运动员215名。",
        "38名",
        "国家级运动健将",
    ),
]


@pytest.mark.parametrize(
    ("source", "text", "figure", "subject"), [r[1:] for r in ROWS], ids=[r[0] for r in ROWS]
)
def test_a_modal_is_no_part_of_the_subject(source: str, text: str, figure: str, subject: str) -> None:
    facts = {f.text: f for f in extract(text).facts}
    assert figure in facts, (source, sorted(facts))
    assert facts[figure].subject == subject, source
