"""A report's title dates its bare months the same in either script: the year a report is about is
read from the title's simplified shadow (澳門2023年統計年報 as 澳门2023年统计年报), so that 1月 in a
traditional bulletin published in March 2024 is January 2023, as in its simplified twin (tables by
construction)."""

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


@pytest.mark.parametrize(("text", "needle", "published", "title", "expected"), REPORT_TITLE_YEAR)
def test_report_title_year(
    text: str, needle: str, published: str, title: str, expected: dict[str, Any]
) -> None:
    run_fact(text, needle, published, title, expected)
