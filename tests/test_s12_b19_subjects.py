"""Session 12: batch 19's subjects, units, values and misses (issues 14 and 15).

Each error of batch 19 was named as a construction; each table holds the batch page's sentence with
sentences written in the styles of other kinds of site (county notices, statistics bulletins,
procurement notices, weather reports, Hong Kong, Macau and Taiwan pages). Ids name the source:
``invented-<page>`` (a sentence of an invented page of batch 19), ``written-<kind of site>`` (written
here). Rows that still fail are strict xfails whose reason names the construction.
"""

from __future__ import annotations

from typing import Any

import pytest

from factcase import check_fact as check
from factcase import dated_case as case
from factcase import the_fact

# ---------------------------------------------------------------- a unit list over a table's columns
# 单位：户、万亩、万元 above 乡镇 | 补贴户数 | 补贴面积 | 补贴金额: one unit for each column after the row
# names, in order; each cell takes its column's unit and scale (6.12 under 补贴面积 is 61200 亩), not the
# list's first unit (before, every cell was read in 户). A list that does not line up with the columns
# (亿元、% over 本月 | 累计) keeps the old reading: % to a column of a change, the first unit to the rest.

_SUBSIDY = (
    "2025年耕地地力保护补贴发放情况（部分乡镇）\n单位：户、万亩、万元\n"
    "乡镇\t补贴户数\t补贴面积\t补贴金额\n城关镇\t8326\t6.12\t707.47\n石桥镇\t7105\t5.87\t678.57"
)
_GRAIN = (
    "2024年全市分县粮食生产情况\n单位：万亩、万吨、公斤\n"
    "县（市、区）\t播种面积\t总产量\t单产\n东山县\t42.6\t18.35\t430.8\n西河县\t38.1\t15.72\t412.6"
)
_BIDS = (
    "各标段中标结果如下：\n单位：万元、天、%\n"
    "标段\t中标金额\t工期\t下浮率\n一标段\t1286.4\t180\t8.5\n二标段\t954.2\t150\t7.2"
)
_ROADS = "各區道路工程進度\n單位：公里、億元\n行政區\t新建道路長度\t工程經費\n東區\t12.6\t3.8\n南區\t8.4\t2.1"
_MONTHLY = "全市财政收支情况\n单位：亿元、%\n项目\t本月\t累计\t同比增长\n一般公共预算收入\t45.2\t386.7\t5.3"

COLUMN_UNITS = [
    case(_SUBSIDY, "\t6.12", "2025-05-16", "invented-county-agri-bureau-farmland-subsidy: 补贴面积 万亩",
         value=61200, unit="亩", kind="area", subject=["城关镇", "补贴面积"]),
    case(_SUBSIDY, "707.47", "2025-05-16", "invented-county-agri-bureau-farmland-subsidy: 补贴金额 万元",
         value=7074700, unit="元", kind="money"),
    case(_SUBSIDY, "8326", "2025-05-16", "invented-county-agri-bureau-farmland-subsidy: 补贴户数 户",
         value=8326, unit="户", kind="count"),
    case(_SUBSIDY, "678.57", "2025-05-16", "invented-county-agri-bureau-farmland-subsidy: second row",
         value=6785700, unit="元", kind="money", subject=["石桥镇", "补贴金额"]),
    case(_GRAIN, "18.35", "2025-01-20", "written-statistics-bulletin: 总产量 万吨", value=183500, unit="吨",
         kind="mass"),
    case(_GRAIN, "430.8", "2025-01-20", "written-statistics-bulletin: 单产 公斤", value=430.8, unit="公斤"),
    case(_GRAIN, "38.1", "2025-01-20", "written-statistics-bulletin: 播种面积 万亩", value=381000, unit="亩"),
    case(_BIDS, "180", "2024-06-12", "written-procurement-notice: 工期 天", value=180, unit="天",
         kind="duration"),
    case(_BIDS, "954.2", "2024-06-12", "written-procurement-notice: 中标金额 万元", value=9542000, unit="元"),
    case(_ROADS, "3.8", "2025-03-01", "written-tw-city-portal: 工程經費 億元 (traditional)",
         value=380000000, unit="元", kind="money"),
    case(_ROADS, "8.4", "2025-03-01", "written-tw-city-portal: 新建道路長度 公里 (traditional)", value=8.4,
         unit="公里", kind="length"),
    case(_MONTHLY, "386.7", "2025-04-15", "written-finance-monthly: 亿元、% over 3 columns",
         value=38670000000, unit="元"),
    case(_MONTHLY, "5.3", "2025-04-15", "written-finance-monthly: % to the change column (old reading)",
         value=5.3, unit="%"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "needle", "published", "expected"), COLUMN_UNITS)
def test_column_units(text: str, needle: str, published: str, expected: dict[str, Any]) -> None:
    check(the_fact(text, needle, published), expected)


# ---------------------------------------------------------------- air pressure
# 中心最低气压955百帕: hectopascals (百帕, hPa) are a unit of air pressure, kind other, as 千帕 was; before,
# the figure was missed.

PRESSURE = [
    case("登陆时中心附近最大风力14级（42米/秒），中心最低气压955百帕。", "955", "2024-09-21",
         "invented-province-meteorological-typhoon-process: 中心最低气压955百帕", value=955, unit="百帕",
         kind="other", subject=["中心最低气压", "气压"]),
    case("台風中心氣壓為940百帕，近中心最大風速每秒51公尺。", "940", "2024-10-02",
         "written-tw-weather-bureau: 中心氣壓為940百帕 (traditional)", value=940, unit="百帕",
         subject=["台風中心氣壓", "中心氣壓"]),
    case("8时本站海平面气压1013.2hPa，较前一日上升2.1hPa。", "1013.2", "2024-12-01",
         "written-city-weather-bulletin: 1013.2hPa", value=1013.2, unit="hPa", kind="other"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "needle", "published", "expected"), PRESSURE)
def test_air_pressure(text: str, needle: str, published: str, expected: dict[str, Any]) -> None:
    check(the_fact(text, needle, published), expected)
