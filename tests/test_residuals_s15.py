"""Times, statuses and units left on the in-sample gold pages after session 15's first round (issue
15), by construction.

Each table is one construction named in general terms, with the row of the page it was found on
(``work-list-<page>``) and rows written in the style of other kinds of site (``written-<kind of
site>``), simplified and traditional. Rows that fail today are strict xfails whose reason names the
construction. ``time`` is the fact's last day (as the gold scorer compares it).
"""

from __future__ import annotations

from typing import Any

import pytest

from factcase import fact_case as case
from factcase import run_fact, table_rows

# ---------------------------------------------------------------- a cap a rule grants
# 最高/最多 and a verb of a rule's grant (补助, 补贴, 给予, 发放: words.toml rule_verbs) right before an
# amount with no currency before it: the most the rule grants (at_most), as with a currency (最高补助新台币
# 4,000元) or a modal (最高可获). The peak a series reached (单日最高达) stays exact, and so does an amount
# granted with no bound before the verb.
GRANT_CAP = [
    case(
        "水利局呼籲市民節約用水，市府並持續受理節水器材補助，每戶最高補助2,000元，至今已受理申請1,385件。",
        "2,000元",
        "2024-03-25",
        "work-list-tw-taichung-water-rationing: 每戶最高補助2,000元",
        qualifier="at_most",
    ),
    case(
        "对新认定的国家级专精特新“小巨人”企业，最高给予50万元一次性奖励。",
        "50万元",
        "2025-04-10",
        "written-provincial-portal: 最高给予50万元",
        qualifier="at_most",
    ),
    case(
        "购买新能源农机的，每台最多补贴1.2万元。",
        "1.2万元",
        "2025-03-01",
        "written-county-agriculture-notice: 每台最多补贴1.2万元",
        qualifier="at_most",
    ),
    case(
        "符合條件的長者，每人最高發放3,000澳門元。",
        "3,000",
        "2025-03-01",
        "written-macau-social-welfare: 每人最高發放 before a currency after the number",
        qualifier="at_most",
    ),
    case(
        "活动期间，单日最高达28万人次，日均客流15.6万人次。",
        "28万",
        "2025-05-06",
        "written-city-news: 单日最高达 (a peak reached) stays exact",
        qualifier="exact",
    ),
    case(
        "全年共为困难群众发放补助2000元。",
        "2000元",
        "2025-01-10",
        "written-township-portal: a grant with no bound before it stays exact",
        qualifier="exact",
    ),
    case(
        "每户至少补助500元，最高补助3000元。",
        "3000元",
        "2025-01-10",
        "written-county-portal: 最高补助 after a floor in the clause before",
        qualifier="at_most",
    ),
]


TABLES: dict[str, list[Any]] = {
    "grant_cap": GRANT_CAP,
}


@pytest.mark.parametrize(("text", "needle", "published", "title", "expected"), table_rows(TABLES))
def test_residuals_s15(
    text: str, needle: str, published: str, title: str | None, expected: dict[str, Any]
) -> None:
    run_fact(text, needle, published, title, expected)
