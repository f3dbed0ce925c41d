"""Session 12: batch 18's numbers (price weeklies, tax months, bond markets) and a probe sweep of the
number forms of price, tax, finance, statistics and procurement pages.

Each error of batch 18 was named as a construction; each table holds the batch page's sentence with
sentences written in the styles of other kinds of site (price monitoring, tax and finance news,
statistics monthly tables, procurement notices, provincial portals, Hong Kong, Macau and Taiwan pages).
Ids name the source: ``invented-<page>`` (a sentence of an invented page), ``written-<kind of site>``
(written here). Rows that still fail are strict xfails whose reason names the construction.
"""

from __future__ import annotations

from typing import Any

import pytest

from factcase import check_fact as check
from factcase import dated_case as case
from factcase import facts_of, known_miss, no_fact_case, overlapping, the_fact

# ---------------------------------------------------------------- basis points
# 下行约38个基点, 下调10BP: a basis point is a hundredth of a percentage point, and a change of a rate
# by so many of them is a percentage_point fact (GUIDE's kinds), its unit kept as written; before, the
# kind was other.

BASIS_POINTS = [
    case("前10个月地方债平均发行利率为1.92%，较上年同期下行约38个基点，低利率环境下地方政府融资成本进一步降低。",
         "38个基点", "2025-11-05", "invented-finance-news-local-bond-market: 下行约38个基点",
         value=38, unit="基点", kind="percentage_point", qualifier="approx", change="decrease"),
    case("5年期以上LPR为3.5%，较上月下降10个基点。", "10个基点", "2025-06-20",
         "written-finance-news: LPR 下降10个基点", value=10, unit="基点", kind="percentage_point",
         change="decrease"),
    case("本期国债中标利率较上期上行5BP。", "5BP", "2025-03-10",
         "written-treasury-notice: 上行5BP", value=5, unit="BP", kind="percentage_point"),
    case("首套住房商业性个人住房贷款利率下限调整为不低于相应期限LPR减20个基点。", "20个基点", "2024-05-18",
         "written-provincial-housing-portal: LPR减20个基点", value=20, unit="基点", kind="percentage_point"),
    case("人民銀行宣佈下調存款準備金率50個基點。", "50個基點", "2025-05-08",
         "written-hk-finance-news: 50個基點 (traditional)", value=50, kind="percentage_point"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "needle", "published", "expected"), BASIS_POINTS)
def test_basis_points(text: str, needle: str, published: str, expected: dict[str, Any]) -> None:
    check(the_fact(text, needle, published), expected)
