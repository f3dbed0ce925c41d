"""Session 11, batch 17's traditional pages (Hong Kong, Macau, Taiwan releases): each error named as
a general construction, with the row it was found on (``batch17-<page>``) and rows written here in
the style of other kinds of site (``written-<kind of site>``). Rows that fail today are strict
xfails whose reason names the construction.
"""

from __future__ import annotations

from typing import Any

import pytest

from factcase import fact_case, known_miss, run_fact

# ---------------------------------------------------------------- 本季, 上季 (本月, 上月) in a report of a
# past period (its title's or its lead's): counted from the report's period, not the publish day
REPORT_RELATIVE = [
    fact_case(
        "按季檢測結果顯示，本季共有46個樣本不合格，不合格率約為0.3%，與上季的0.4%大致相若。",
        "46個",
        "2025-05-14",
        "batch17-hk-fehd-cfs: 第一季食物安全報告, 本季共有46個樣本不合格",
        title="食物安全中心公布二○二五年第一季食物安全報告",
        time="2025-03-31",
    ),
    fact_case(
        "按季檢測結果顯示，本季共有46個樣本不合格，不合格率約為0.3%，與上季的0.4%大致相若。",
        "0.4%",
        "2025-05-14",
        "batch17-hk-fehd-cfs: 第一季食物安全報告, 與上季的0.4%",
        title="食物安全中心公布二○二五年第一季食物安全報告",
        time="2024-12-31",
    ),
    fact_case(
        "本季私人建築地盤工人平均日薪為1,085澳門元，較上季上升1.2%；上季則為1,072澳門元。",
        "1,072澳門元",
        "2025-11-20",
        "written-macau-dsec: 2025年第三季建築統計, 上季則為1,072澳門元",
        title="2025年第三季建築統計",
        time="2025-06-30",
    ),
    fact_case(
        "本季私人建築地盤工人平均日薪為1,085澳門元，較上季上升1.2%。",
        "1,085澳門元",
        "2025-11-20",
        "written-macau-dsec: 2025年第三季建築統計, 本季…平均日薪為1,085澳門元",
        title="2025年第三季建築統計",
        time="2025-09-30",
    ),
    fact_case(
        "本季全國登記失業人數為38.2萬人，失業率3.36%。",
        "38.2萬人",
        "2025-02-18",
        "written-taiwan-ministry: 113年第4季勞動統計, 本季登記失業人數",
        title="113年第4季勞動統計速報",
        time="2024-12-31",
    ),
    fact_case(
        "本季度全省规模以上工业增加值同比增长5.6%，增速比上季度加快0.4个百分点。",
        "5.6%",
        "2024-10-25",
        "written-provincial-bulletin: 2024年三季度经济运行情况, 本季度…增长5.6%",
        title="2024年三季度全省经济运行情况",
        time="2024-09-30",
    ),
    fact_case(
        "統計暨普查局公布，2025年第二季入境旅客共960萬人次。本季酒店住客共350萬人次。",
        "350萬人次",
        "2025-08-01",
        "written-macau-release: the lead names 2025年第二季, 本季酒店住客",
        time="2025-06-30",
    ),
    fact_case(
        "統計暨普查局今日公布，2025年第二季入境旅客共960萬人次。本季酒店住客共350萬人次。",
        "350萬人次",
        "2025-08-01",
        "written-macau-release: 今日公布，2025年第二季… then 本季",
        marks=known_miss("a release clause holding 今日 before the lead's period is not read as a lead"),
        time="2025-06-30",
    ),
    fact_case(
        "本季共受理投訴1,204宗，較上季減少8%。",
        "1,204宗",
        "2025-02-10",
        "written-hk-release: a page published within its quarter counts 本季 from its day",
        time="2025-03-31",
    ),
    fact_case(
        "本月全市新建商品住宅成交1,286套，环比增长6.2%。",
        "1,286套",
        "2025-09-05",
        "written-city-bulletin: 2025年8月房地产市场简报 out in September, 本月…成交1,286套",
        title="2025年8月全市房地产市场简报",
        time="2025-08-31",
    ),
]


@pytest.mark.parametrize(("text", "needle", "published", "title", "expected"), REPORT_RELATIVE)
def test_relative_period_of_a_report(
    text: str, needle: str, published: str, title: str | None, expected: dict[str, Any]
) -> None:
    run_fact(text, needle, published, title, expected)
