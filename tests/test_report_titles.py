"""A report's title dates its figures the same in either script: the title is read on its simplified
shadow (澳門2023年統計年報 as 澳门2023年统计年报), so that 1月 in a traditional bulletin published in
March 2024 is January 2023 and a figure with no time of its own is of the report's year, as in its
simplified twin; a title dated in the Republic of China era (高雄市112年統計年報) dates a Taiwan
page's figures (tables by construction)."""

from __future__ import annotations

from typing import Any

import pytest

from factcase import fact_case, run_fact

# ---------------------------------------------------------------- the title's report year, either script
REPORT_TITLE_YEAR = [
    fact_case(
        "1月出生嬰兒350名，2月出生嬰兒320名。",
        "350",
        "2024-03-01",
        "written-mo-dsec: 澳門2023年統計年報, 1月 is of 2023",
        title="澳門2023年統計年報",
        time="2023-01-31",
    ),
    fact_case(
        "1月出生婴儿350名，2月出生婴儿320名。",
        "350",
        "2024-03-01",
        "written-mo-simplified-twin: 澳门2023年统计年报, 1月 is of 2023",
        title="澳门2023年统计年报",
        time="2023-01-31",
    ),
    fact_case(
        "2月份全港零售業總銷貨價值為310億元，按年上升2.1%。",
        "310億",
        "2024-04-02",
        "written-hk-censtatd: 2023年零售業統計報告, 2月份 is of 2023",
        title="香港2023年零售業統計報告",
        time="2023-02-28",
    ),
    fact_case(
        "1月至2月共完成審計項目36個。",
        "36個",
        "2024-03-15",
        "written-tw-audit: a report titled by its delivery year (2024年審計工作報告) dates no month",
        title="2024年審計工作報告",
        time="2024-02-29",
    ),
]


# ---------------------------------------------------------------- the title's period, either script and era
# A figure with no time of its own takes the period the title's report is about.
TITLE_PERIOD = [
    fact_case(
        "零售業總銷貨價值為4,070億元，按年上升16.2%。",
        "4,070",
        "2024-03-01",
        "written-hk-censtatd: 香港2023年零售業統計報告 dates a figure with no time",
        title="香港2023年零售業統計報告",
        time="2023-12-31",
    ),
    fact_case(
        "零售业总销货价值为4,070亿元，按年上升16.2%。",
        "4,070",
        "2024-03-01",
        "written-hk-simplified-twin: 香港2023年零售业统计报告",
        title="香港2023年零售业统计报告",
        time="2023-12-31",
    ),
    fact_case(
        "全年出生嬰兒1萬2,300人，年底戶籍人口273.4萬人。",
        "1萬2,300",
        "2024-05-01",
        "written-tw-kaohsiung: 高雄市112年統計年報, 全年 is 2023",
        title="高雄市112年統計年報",
        time="2023-12-31",
    ),
    fact_case(
        "1月工業生產指數為85.2，2月為88.1。",
        "85.2",
        "2024-03-01",
        "written-tw-moea: 112年工業生產統計, 1月 is January 2023",
        title="經濟部統計處：112年工業生產統計",
        time="2023-01-31",
    ),
    fact_case(
        "本屆展會共吸引參展企業1,200家。",
        "1,200",
        "2023-10-20",
        "written-tw-expo: an event's year in the title (112年台北國際食品展開幕) dates nothing",
        title="112年台北國際食品展開幕",
        time=None,
    ),
]


@pytest.mark.parametrize(("text", "needle", "published", "title", "expected"), TITLE_PERIOD)
def test_title_period(text: str, needle: str, published: str, title: str, expected: dict[str, Any]) -> None:
    run_fact(text, needle, published, title, expected)


@pytest.mark.parametrize(("text", "needle", "published", "title", "expected"), REPORT_TITLE_YEAR)
def test_report_title_year(
    text: str, needle: str, published: str, title: str, expected: dict[str, Any]
) -> None:
    run_fact(text, needle, published, title, expected)
