"""Session 9: a year's end opening a sentence (2023年末，…; 年底，…) dates the sentence's every part,
also those after ；, as 截至 does: it is the moment the sentence's stocks stand at. Found on blind
batch 11's census bulletin, where 比2018年末 in the first part left the parts after ； undated. A
year's start (年初，…) names when something began and opens no scope.

Ids name the source: ``invented-<page>`` or ``written-<kind of site>``.
"""

from __future__ import annotations

from typing import Any

import pytest

from factcase import dated_case as case
from factcase import run_fact

ROWS = [
    case(
        "2023年末，全市共有法人单位8.67万个，比2018年末增加3.12万个，增长56.2%；产业活动单位10.35万个，增长48.7%。",
        "10.35万",
        "2025-02-26",
        "invented-econ-census: 2023年末，…；产业活动单位10.35万个",
        time="2023-12-31",
    ),
    case(
        "年末全市户籍人口312.5万人，比上年末减少1.2万人；常住人口298.6万人，城镇化率为61.3%。",
        "298.6万",
        "2025-03-18",
        "written-stats-bulletin: 年末…；常住人口",
        time="2024-12-31",
    ),
    case(
        "2022年底，全县共有养老机构36家，比上年底增加2家；床位4120张。",
        "4120张",
        "2023-02-10",
        "written-county-civil-affairs: 2022年底，…；床位4120张",
        time="2022-12-31",
    ),
    case(
        "2024年末，全行本外币各项存款余额8650亿元，比年初增加512亿元；各项贷款余额7320亿元。",
        "7320亿元",
        "2025-01-20",
        "written-pbc-branch: 2024年末，…比年初…；各项贷款余额",
        time="2024-12-31",
    ),
    case(
        "二○二四年底，本港登記車輛共95.2萬輛，較二○二三年底增加1.3%；私家車佔61.5%。",
        "61.5%",
        "2025-01-22",
        "written-hk-transport: 二○二四年底，…；私家車佔61.5%",
        time="2024-12-31",
    ),
]


@pytest.mark.parametrize(("text", "needle", "published", "expected"), ROWS)
def test_a_year_end_opening_a_sentence_dates_its_parts(
    text: str, needle: str, published: str, expected: dict[str, Any]
) -> None:
    run_fact(text, needle, published, None, expected)


START_ROWS = [
    case(
        "年初，市政府确定了十项民生实事；全市新建口袋公园12个。",
        "12个",
        "2024-07-10",
        "written-city-portal: 年初 opens no scope over the part after ；",
        time=None,
    ),
]


@pytest.mark.parametrize(("text", "needle", "published", "expected"), START_ROWS)
def test_a_year_start_opens_no_scope(
    text: str, needle: str, published: str, expected: dict[str, Any]
) -> None:
    run_fact(text, needle, published, None, expected)
