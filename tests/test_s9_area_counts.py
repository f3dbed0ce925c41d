"""Session 9: a number after a word that names a kind of area, not a place (辖区, 城区, 园区, 景区), is a
count, not an address: 河东村6组 and 幸福园12栋 are addresses (a place's name before the number),
对辖区12座渡口 and 其中中心城区6座 count ferries and plants. Found on batch 11's 海事局 page and on
session 7's water-supply page (both figures were dropped as addresses).

Ids name the source: ``invented-<page>`` or ``written-<kind of site>``.
"""

from __future__ import annotations

import pytest

from factcase import facts_of, overlapping

COUNTS = [
    pytest.param("2月份将对辖区12座渡口开展安全检查。", "12座", id="invented-msa-maritime: 对辖区12座渡口"),
    pytest.param(
        "全市现有城镇污水处理厂14座（其中中心城区6座）。",
        "6座",
        id="invented-city-water-supply: 其中中心城区6座",
    ),
    pytest.param("园区12栋标准厂房已全部竣工。", "12栋", id="written-devzone: 园区12栋标准厂房"),
    pytest.param("景区3座索道暂停运营。", "3座", id="written-culture-tourism: 景区3座索道"),
    pytest.param("轄區5座抽水站已完成檢修。", "5座", id="written-tw-county: 轄區5座抽水站"),
]


@pytest.mark.parametrize(("text", "needle"), COUNTS)
def test_a_number_after_an_area_word_counts(text: str, needle: str) -> None:
    assert len(overlapping(facts_of(text, "2024-05-10"), text, needle)) == 1


ADDRESSES = [
    pytest.param("事故发生在河东村6组。", "6组", id="written-county-news: 河东村6组"),
    pytest.param("地址：幸福园12栋。", "12栋", id="written-notice: 幸福园12栋"),
]


@pytest.mark.parametrize(("text", "needle"), ADDRESSES)
def test_a_number_after_a_place_name_is_an_address(text: str, needle: str) -> None:
    assert not overlapping(facts_of(text, "2024-05-10"), text, needle)
