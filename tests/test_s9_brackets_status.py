"""Bracketed notes and statuses (session 9), by construction.

Each table is one construction named in general terms, with the row of the page it was found on
(``invented-<page>``) and rows written in the style of other kinds of site (``written-<kind of
site>``). Rows that fail today are strict xfails whose reason names the construction. ``time`` is
the fact's last day (as the gold scorer compares it).
"""

from __future__ import annotations

from typing import Any

import pytest

from factcase import check_fact, the_fact
from factcase import dated_case as case


def _check(text: str, needle: str, published: str, expected: dict[str, Any]) -> None:
    check_fact(the_fact(text, needle, published), expected)


# ---------------------------------------------------------------- a comparison note in brackets
# (全年共發生火警8,937宗（二○二四年：9,215宗）): the figure inside takes the bracket's time and the
# subject of the figure the bracket follows; the bracket's time dates nothing after the bracket
COMPARISON_NOTE = [
    case(
        "二○二五年，消防處全年共發生火警8,937宗（二○二四年：9,215宗），其中三級或以上火警有5宗。",
        "9,215宗",
        "2026-01-14",
        "invented-hk-fsd-annual-review: the note's figure is of 火警, in 2024",
        subject="火警",
        time="2024-12-31",
    ),
    case(
        "二○二五年，消防處全年共發生火警8,937宗（二○二四年：9,215宗），其中三級或以上火警有5宗。",
        "有5宗",
        "2026-01-14",
        "invented-hk-fsd-annual-review: the figure after the note is the sentence's year",
        time="2025-12-31",
    ),
    case(
        "二○二五年，仁伯爵綜合醫院住院人次為5.87萬（二○二四年：5.62萬），病床使用率為82.4%。",
        "5.62萬",
        "2026-01-14",
        "invented-mo-ssm-health: a bare count with a scale inside the note",
        value=56200,
        subject=["住院人次", "仁伯爵綜合醫院住院人次"],
        time="2024-12-31",
    ),
    case(
        "二○二五年，仁伯爵綜合醫院住院人次為5.87萬（二○二四年：5.62萬），病床使用率為82.4%。",
        "5.87萬",
        "2026-01-14",
        "invented-mo-ssm-health: a bare count with a scale before the note",
        value=58700,
        time="2025-12-31",
    ),
    case(
        "二○二五年，仁伯爵綜合醫院住院人次為5.87萬（二○二四年：5.62萬），病床使用率為82.4%。",
        "82.4%",
        "2026-01-14",
        "invented-mo-ssm-health: the rate after the note is the sentence's",
        time="2025-12-31",
    ),
    case(
        "2023年全市规模以上工业增加值增长8.1%（上年同期：6.5%），利润总额增长3.2%。",
        "6.5%",
        "2024-02-20",
        "written-statistics-bulletin: 上年同期 in the note is a year before the noted figure",
        subject="工业增加值",
        time="2022-12-31",
    ),
    case(
        "2023年全市规模以上工业增加值增长8.1%（上年同期：6.5%），利润总额增长3.2%。",
        "3.2%",
        "2024-02-20",
        "written-statistics-bulletin: the clause after the note keeps the sentence's year",
        time="2023-12-31",
    ),
    case(
        "2023年，县财政全年完成民生投入12.3亿元（2022年为10.8亿元），带动就业3200人。",
        "10.8亿元",
        "2024-01-20",
        "written-county-finance: a note written with 为",
        subject=["民生投入"],
        time="2022-12-31",
    ),
    case(
        "2023年，县财政全年完成民生投入12.3亿元（2022年为10.8亿元），带动就业3200人。",
        "3200人",
        "2024-01-20",
        "written-county-finance: the figure after a 为 note",
        time="2023-12-31",
    ),
    case(
        "上半年，全省货物进出口总额2,345.6亿元（去年同期为2,101.2亿元），其中出口1,502.3亿元。",
        "1,502.3亿元",
        "2024-07-20",
        "written-provincial-customs: 去年同期 in the note does not date the part after it",
        time="2024-06-30",
    ),
    case(
        "上半年，全省货物进出口总额2,345.6亿元（去年同期为2,101.2亿元），其中出口1,502.3亿元。",
        "2,101.2亿元",
        "2024-07-20",
        "written-provincial-customs: the note's figure is of 进出口总额",
        subject=["货物进出口总额", "进出口总额"],
        time="2023-06-30",
    ),
    case(
        "112年全年受理報案件數為3萬2,150件（111年：2萬9,876件），破獲率為78.5%。",
        "78.5%",
        "2024-02-10",
        "written-tw-police: an ROC year in the note does not date the rate after it",
        time="2023-12-31",
    ),
    case(
        "國慶黃金周（十月一日至七日）期間，訪港旅客約110萬人次。",
        "110萬人次",
        "2024-10-09",
        "written-hk-tourism: a bracket of days with no figure is no note: it dates the span",
        time="2024-10-07",
    ),
]


@pytest.mark.parametrize(("text", "needle", "published", "expected"), COMPARISON_NOTE)
def test_comparison_note(text: str, needle: str, published: str, expected: dict[str, Any]) -> None:
    _check(text, needle, published, expected)
