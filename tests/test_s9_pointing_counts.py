"""Session 9: a count after a word that points back or ahead at things the text names (上述三项措施,
下列4种情形, 上開3項補助) is no figure, as GUIDE.md says of 这两种: it counts what is already (or about
to be) listed, not something reported. A count after no such word stays a fact.

Ids name the source: ``written-<kind of site>``.
"""

from __future__ import annotations

import pytest

from factcase import facts_of, overlapping
from factcase import no_fact_case as none

POINTING = [
    none("上述三项措施共惠及困难群众5万人。", "三项", "written-city-portal: 上述三项措施"),
    none("有下列4种情形之一的，不予受理。", "4种", "written-procurement-notice: 下列4种情形"),
    none("前述两类案件均已移送检察机关。", "两类", "written-procuratorate: 前述两类案件"),
    none("上開3項補助共核發新臺幣1,200萬元。", "3項", "written-tw-county: 上開3項補助"),
    none("下述五个方面的问题需要重点整改。", "五个", "written-audit-report: 下述五个方面"),
]


@pytest.mark.parametrize(("text", "needle"), POINTING)
def test_a_count_that_points_at_named_things_is_no_figure(text: str, needle: str) -> None:
    assert not overlapping(facts_of(text, "2024-05-10"), text, needle)


STAYS = [
    pytest.param("全县新增三项惠民措施，惠及5万人。", "三项", id="written-county-news: 新增三项 is a count"),
    pytest.param("上年度共核發3項補助。", "3項", id="written-tw-county: 上年度 is no pointing word"),
    pytest.param(
        "述职评议中，上述单位以外的12个部门参评。", "12个", id="written-city-portal: 上述 not right before"
    ),
]


@pytest.mark.parametrize(("text", "needle"), STAYS)
def test_a_count_after_no_pointing_word_stays(text: str, needle: str) -> None:
    assert len(overlapping(facts_of(text, "2024-05-10"), text, needle)) == 1
