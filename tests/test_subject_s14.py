"""Session 14 (issues 15 and 16): subjects by construction, the long tail.

Each table holds a sentence of an in-sample page (``work list``: session 13's held-out pages, now in
``tests/data/invented/``) and sentences written in the style of other kinds of site, in simplified and
traditional script (a traditional text is read through its simplified shadow, so both are checked).
Ids name the source: ``work-list-<page>`` or ``written-<kind of site>``. Rows are checked with the gold
scorer's rule (:func:`factcase.subject_ok`).
"""

from __future__ import annotations

import pytest

from factcase import check_subject as _check
from factcase import known_miss
from factcase import subject_case as accept

# ---------------------------------------------------------------- 1. the rest of a whole
# 隐患点167处，已整改销号139处，其余28处: the rest counts what the whole counts, the count that the rest
# and the part before it add up to; a part whose clause opens with its group (红单建物已完成拆除81栋)
# gives that group to the rest; never the verb the part is counted by (销号) nor a count further back

FLOOD = (
    "排查出山洪、地质灾害、城区内涝等各类风险隐患点167处，目前已整改销号139处，整改率83.2%；"
    "其余28处均已落实“一点一策”防范措施。"
)
HUALIEN = (
    "全縣受損建物共計1,672棟，其中判定為危險建築（紅單）者98棟、暫停使用（黃單）者215棟。"
    "紅單建物已完成拆除81棟，拆除完成率82.7%；其餘17棟因涉及產權及住戶協調，預計114年3月底前全數拆除完畢。"
)
_PREDICATE_NOUN = known_miss("a noun after the rest before its predicate (主体已封顶) reads as counted")
REST = [
    accept(FLOOD, "其余28处", "work-list-county-emergency-flood: 其余28处", ["风险隐患点", "隐患点"]),
    accept(HUALIEN, "其餘17棟", "work-list-tw-hualien-earthquake: 其餘17棟", ["紅單建物", "其餘"]),
    accept(
        "全市共排查出燃气安全隐患2156处，已完成整改1980处，其余176处正在加紧整改。",
        "176处",
        "written-provincial-portal: 其余176处",
        ["燃气安全隐患", "安全隐患"],
    ),
    accept(
        "全市共排查出燃氣安全隱患2156處，已完成整改1980處，其餘176處正在加緊整改。",
        "176處",
        "written-provincial-portal-traditional: 其餘176處",
        ["燃氣安全隱患", "安全隱患"],
    ),
    accept(
        "本市列管老舊危險建物共計412棟，已完成拆除或補強368棟，其餘44棟預計明年完成。",
        "44棟",
        "written-tw-city-building-office: 其餘44棟",
        ["老舊危險建物", "危險建物"],
    ),
    accept(
        "署方全年共接獲噪音投訴1,265宗，已完成調查1,102宗，餘下163宗仍在跟進中。",
        "163宗",
        "written-hk-press-release: 餘下163宗",
        ["噪音投訴", "投訴"],
    ),
    accept(
        "署方全年共接获噪音投诉1,265宗，已完成调查1,102宗，余下163宗仍在跟进中。",
        "163宗",
        "written-hk-press-release-simplified: 余下163宗",
        ["噪音投诉", "投诉"],
    ),
    accept(
        "全区需拆除的违法建筑共计86栋，其中违建厂房52栋。违建厂房已拆除40栋，其余12栋正在拆除。",
        "12栋",
        "written-district-portal: 违建厂房已拆除40栋，其余12栋",
        ["违建厂房", "厂房"],
    ),
    accept(
        "本次采购共划分12个标段，已确定中标人9个标段，剩余3个标段将重新组织招标。",
        "3个",
        "written-procurement-notice: 剩余3个标段 (its own noun after it)",
        ["标段"],
    ),
    accept(
        "計劃新建公辦幼稚園4所。目前已建成3所，剩餘1所主體已封頂。",
        "1所",
        "written-tw-style: 剩餘1所主體已封頂 (主體 is the building's, not what is counted)",
        ["公辦幼稚園", "幼稚園"],
        marks=_PREDICATE_NOUN,
    ),
    accept(
        "计划新建、改扩建公办幼儿园4所，新增学位1080个。目前已建成3所，新增学位810个，剩余1所主体已封顶。",
        "1所",
        "work-list-district-livelihood: 剩余1所主体已封顶",
        ["公办幼儿园", "幼儿园"],
        marks=_PREDICATE_NOUN,
    ),
]


@pytest.mark.parametrize(("text", "needle", "accepted"), REST)
def test_the_rest_counts_what_its_whole_counts(text: str, needle: str, accepted: list[str]) -> None:
    _check(text, needle, accepted)
