"""Session 14 (issue 15): tables whose columns are times or plans, cohort labels, ranges of days and
of money.

Tables reach the fact stage as lines of tab-joined cells. A column of the row's own dates (计划开通时间,
开工时间, 计划竣工时间, 完成时限, 預定完工, 报名截止时间) is a time of the thing the row names: it dates and
plans no other cell of its row, whose figures take the table's time (its title's, its lead's). A column
of periods (113年 | 112年), a row label that is a period (2024年 | 5000) and a column that names when
the data stands (统计时间, 抽检时间, 統計截止日) still date their cells, and so does the day an event
of the row happened (举办时间, 签订日期), as a sentence's time would. Under a plan's caption, a column
of a period already over (2020年 beside 2025年目标) or of what was done (2024年完成投资) is reported.
Then: a year before 届 or 级 names a cohort, no count (2025届毕业生), while 连续五届 and 已举办3届
count sessions; a suspension's length in days (暫停營業7至14日) is a duration, not days of a month;
a range whose scale is written on its high end only (由5,000至60萬澳門元) scales the low end only
where the low end is not written in full.

Each row says its construction and its source (``work list``: the page of the task's work list;
``written: <style>``: a row written for this file in the style of a kind of site).
"""

from __future__ import annotations

from typing import Any

import pytest

from factcase import check_fact, fact_case, facts_of, no_fact_case, overlapping, the_fact

# ---------------------------------------------------------------- tables of a time or plan column

METRO = (
    "各在建线路建设进度见下表。\n2025年上半年在建线路建设进度表（截至6月30日）\n"
    "线路名称\t线路长度（公里）\t车站（座）\t土建完成比例（%）\t计划开通时间\n"
    "3号线二期\t18.4\t12\t96\t2025年底\n5号线\t36.2\t27\t81\t2026年\n8号线一期\t44.3\t29\t42\t2028年"
)
METRO_TITLE = "集团公司上半年轨道交通建设稳步推进 在建线路累计完成投资672.4亿元"
PROJECTS = (
    "2025年市级重点项目推进情况表（截至9月底）\n"
    "项目名称\t开工时间\t计划竣工时间\t总投资（亿元）\t年度完成投资（亿元）\n"
    "城东污水处理厂扩建\t2024年3月\t2026年6月\t12.6\t4.8\n滨江大道改造\t2023年10月\t2025年12月\t8.4\t3.1"
)
TASKS = (
    "2025年优化营商环境重点任务分解表\n序号\t任务内容\t目标值\t责任单位\t完成时限\n"
    "1\t企业开办时间压缩至\t1个工作日\t市市场监管局\t2025年6月底前\n"
    "2\t政务服务事项网上可办率达到\t98%\t市政务服务中心\t2025年12月底前"
)
TW_WORKS = (
    "113年度重大工程執行進度\n工程名稱\t總經費（億元）\t執行率（%）\t預定完工\n"
    "竹北污水下水道第二期\t48.6\t72.5\t115年12月\n頭前溪堤防改善\t12.3\t88.1\t114年6月"
)
HK_WORKS = (
    "二○二五年主要工程進度（截至九月底）\n工程項目\t預算（百萬元）\t完成百分比\t預計完工日期\n"
    "將軍澳跨灣連接路\t4,400\t85\t二○二六年第一季\n東涌新市鎮擴展\t21,900\t40\t二○三○年"
)
RESETTLEMENT = (
    "城东片区棚户区改造项目\n项目\t数量\t投用时间\n安置房（套）\t1200\t2026年底\n学校（所）\t2\t2025年9月"
)
PROCUREMENT = (
    "2024年政府采购项目结果公示\n项目名称\t中标供应商\t中标金额（万元）\t签订日期\n"
    "办公设备采购\t某某科技有限公司\t86.5\t2024年5月10日\n物业服务\t某某物业公司\t120.0\t2024年6月3日"
)
STATUS_COLUMN = (
    "项目名称\t开工日期\t竣工日期\t总投资（亿元）\t状态\n"
    "城东污水厂\t2023年3月\t2025年6月\t22.6\t已竣工\n城西变电站\t2024年8月\t2026年12月\t9.4\t在建"
)

_OWN = "(a time of what the row names)"
TIME_COLUMN_ROWS = [
    fact_case(METRO, "\t18.4\t", "2025-07-08", f"计划开通时间 2025年底 {_OWN} [work list]",
              title=METRO_TITLE, value=18.4, unit="公里", time="2025-06-30", status="reported"),
    fact_case(METRO, "\t96\t", "2025-07-08", "计划开通时间 2025年底, a share built [work list]",
              title=METRO_TITLE, value=96.0, unit="%", time="2025-06-30", status="reported"),
    fact_case(METRO, "\t27\t", "2025-07-08", f"计划开通时间 2026年 {_OWN} [work list]",
              title=METRO_TITLE, value=27.0, unit="座", time="2025-06-30", status="reported"),
    fact_case(METRO, "\t42\t", "2025-07-08", f"计划开通时间 2028年 {_OWN} [work list]",
              title=METRO_TITLE, value=42.0, unit="%", time="2025-06-30", status="reported"),
    fact_case(METRO, "\t44.3\t", "2025-07-08", "no title: the row's figures still take no column time "
              "[work list]", time=(None, "2025-06-30"), status="reported"),
    fact_case(PROJECTS, "\t12.6\t", "2025-10-16", f"开工时间 | 计划竣工时间 before the figures {_OWN} "
              "[written: provincial portal style]", value=1260000000.0, time=(None, "2025-09-30"),
              status="reported"),
    fact_case(PROJECTS, "\t3.1", "2025-10-16", "a year's investment beside 计划竣工时间 2025年12月 "
              "[written: provincial portal style]", value=310000000.0, time=(None, "2025-09-30"),
              status="reported"),
    fact_case(TASKS, "\t98%\t", "2025-03-10", "完成时限 of a 任务分解表: planned, not dated by it "
              "[written: municipal task list style]", value=98.0, status="planned", time=None),
    fact_case(TASKS, "1个工作日", "2025-03-10", "a figure with its unit in a 目标值 cell: planned by its "
              "column, not dated by 完成时限 [written: municipal task list style]", value=1.0,
              status="planned", time=None),
    fact_case(TW_WORKS, "\t48.6\t", "2024-10-15", "預定完工 115年12月 (民國 year) "
              "[written: Taiwan 縣市政府 style]", value=4860000000.0, status="reported", time=None),
    fact_case(TW_WORKS, "\t88.1\t", "2024-10-15", "預定完工 114年6月, an execution rate "
              "[written: Taiwan 縣市政府 style]", value=88.1, status="reported", time=None),
    fact_case(HK_WORKS, "\t85\t", "2025-10-20", "預計完工日期 二○二六年第一季 "
              "[written: Hong Kong 政府新聞公報 style]", value=85.0, status="reported",
              time=(None, "2025-09-30")),
    fact_case(RESETTLEMENT, "\t1200\t", "2025-03-01", "投用时间 2026年底: a count of flats, no plan by it "
              "[written: county news style]", value=1200.0, unit="套", status="reported", time=None),
    fact_case(STATUS_COLUMN, "\t9.4\t", "2025-10-20", "开工日期 | 竣工日期 with a 状态 column "
              "[written: project list style]", value=940000000.0, status="reported", time=None),
]  # fmt: skip

LIVELIHOOD = (
    "2025年度为民办实事项目进展（截至10月31日）\n项目\t年度目标\t完成数\t完成率（%）\t预计完成时间\n"
    "新增养老床位（张）\t1000\t860\t86.0\t2025年12月"
)
RECRUITING = "招聘岗位一览表\n岗位\t招聘人数\t报名截止时间\t年龄要求\n文秘\t3\t2025年11月30日\t35周岁以下"
TIME_COLUMN_ROWS += [
    fact_case(
        LIVELIHOOD,
        "\t860\t",
        "2025-11-05",
        "预计完成时间 2025年12月: a count done so far is no plan [written: 为民办实事 progress style]",
        value=860.0,
        status="reported",
        time=(None, "2025-10-31"),
    ),
    fact_case(
        LIVELIHOOD,
        "\t1000\t",
        "2025-11-05",
        "a 年度目标 column stays planned, undated by 预计完成时间 [written: 为民办实事 progress style]",
        value=1000.0,
        status="planned",
        time=(None, "2025-12-31"),
    ),
    fact_case(
        RECRUITING,
        "\t3\t",
        "2025-11-05",
        "报名截止时间: a deadline of applying, not the posts' [written: recruitment notice style]",
        value=3.0,
        unit="人",
        time=None,
    ),
    fact_case(
        RECRUITING,
        "35周岁",
        "2025-11-05",
        "a bound in a cell beside a deadline column [written: recruitment notice style]",
        value=35.0,
        time=None,
        status="reported",
    ),
]

# ---------------------------------------------------------------- periods that do date their cells

TW_PERIODS = "主要指標比較表\n項目\t113年\t112年\n就業人數（萬人）\t1,154\t1,147\n失業率（%）\t3.38\t3.48"
DATA_TIME = (
    "全市主要指标\n指标\t单位\t数值\t统计时间\n"
    "地区生产总值\t亿元\t2345.6\t2024年\n常住人口\t万人\t312.5\t2024年末"
)
TW_AS_OF = (
    "114年度各局處預算執行情形\n機關\t預算數（億元）\t執行數（億元）\t執行率（%）\t統計截止日\n"
    "工務局\t52.3\t38.6\t73.8\t114年9月30日"
)
SAMPLING = (
    "2025年第三季度食品安全抽检结果\n食品类别\t抽检批次\t不合格批次\t合格率（%）\t抽检时间\n"
    "粮食加工品\t320\t2\t99.4\t7-9月"
)
YEAR_ROWS = (
    "2023—2025年新能源汽车推广任务表\n年度\t推广目标（辆）\t充电桩（个）\n"
    "2023年\t5000\t1200\n2025年\t12000\t3000"
)
EVENTS = (
    "2024年全市重大活动一览\n活动名称\t举办时间\t参与人数（人）\t带动消费（万元）\n"
    "草莓音乐节\t2024年5月1日\t32000\t1860\n国际马拉松\t2024年11月10日\t25000\t2450"
)
PLAN_BASE = (
    "“十四五”规划主要指标\n指标\t2020年\t2025年目标\t年均增长（%）\t属性\n"
    "地区生产总值（亿元）\t2356\t3300\t7\t预期性\n森林覆盖率（%）\t45.2\t46\t—\t约束性"
)
PLAN_DONE = (
    "2025年重点项目投资计划表\n项目\t2024年完成投资（亿元）\t2025年计划投资（亿元）\n城东新区\t12.5\t18.0"
)
YEARS_NOTED = (
    "年份\t游客人次（万）\t旅游收入（亿元）\n2022\t1102\t118.6\n2023\t1256\t132.5\n2024（预计）\t1380\t148.0"
)
NOTED_HEAD = "項目\t二○二四年\t二○二五年（預算）\n公共開支（億元）\t7,532\t7,905"
FORECAST_HEAD = "指标\t2024年\t2025年（预计）\n一般公共预算收入（亿元）\t356.2\t372.0"
COHORT_ROWS = (
    "近三届毕业生就业情况\n届别\t毕业生人数（人）\t去向落实率（%）\n2023届\t8012\t90.2\n2024届\t8305\t90.8"
)
PERFORMANCE = (
    "2024年度项目支出绩效目标表\n绩效指标\t指标值\t实际完成值\t偏差原因\n"
    "培训人次\t≥3000人次\t3256人次\t—\n满意度\t≥90%\t95.2%\t—"
)
HK_FORECAST = "表二：公營房屋建屋量預測\n年度\t單位數目（個）\n2025/26\t12,400\n2026/27\t16,800"
PLAN_CELLS = [
    fact_case(
        PERFORMANCE,
        "3000人次",
        "2025-01-20",
        "a target with its unit in a 绩效目标表 before a blank "
        "column: a figure, not a label [written: 绩效目标 disclosure style]",
        value=3000.0,
        unit="人次",
        qualifier="at_least",
        status="planned",
    ),
    fact_case(
        PERFORMANCE,
        "3256人次",
        "2025-01-20",
        "实际完成值 beside it: reported [written: 绩效目标 disclosure style]",
        value=3256.0,
        status="reported",
    ),
    fact_case(
        PERFORMANCE,
        "95.2%",
        "2025-01-20",
        "a share done [written: 绩效目标 disclosure style]",
        value=95.2,
        status="reported",
    ),
    fact_case(
        HK_FORECAST,
        "16,800",
        "2025-06-20",
        "a caption that names a forecast (預測) plans its cells [written: Hong Kong 房屋局 style]",
        value=16800.0,
        status="planned",
    ),
]


PROGRESS = (
    "序号\t项目名称\t进展情况\t投资额（亿元）\n1\t高铁站综合枢纽\t预计2027年建成\t45.6\n"
    "2\t市民中心\t2024年10月已竣工\t12.8"
)
REMARKS = (
    "2025年重点民生工程进展情况\n项目名称\t总投资（万元）\t完成投资（万元）\t备注\n"
    "城北学校\t8600\t5200\t计划2026年8月投入使用\n东湖公园提升\t3200\t3100\t已于2025年5月完工"
)
PLANNED_LABEL = "乡镇\t计划新建学校（所）\t已建成（所）\n东乡\t5\t3"
PLAN_CELLS += [
    fact_case(
        PROGRESS,
        "45.6",
        "2025-06-20",
        "a plan word in another cell (预计2027年建成) plans that cell's "
        "thing, not the investment beside it [written: provincial portal style]",
        value=4560000000.0,
        status="reported",
        time=None,
    ),
    fact_case(
        PROGRESS,
        "12.8",
        "2025-06-20",
        "a 进展情况 cell's day (2024年10月已竣工) dates no figure [written: provincial portal style]",
        value=1280000000.0,
        time=None,
    ),
    fact_case(
        REMARKS,
        "\t3100",
        "2025-06-20",
        "a 备注 column's day (已于2025年5月完工) dates no figure [written: county news style]",
        value=31000000.0,
        time=None,
        status="reported",
    ),
    fact_case(
        REMARKS,
        "\t8600\t",
        "2025-06-20",
        "a 备注 column's plan (计划2026年8月投入使用) plans no figure [written: county news style]",
        value=86000000.0,
        time=None,
        status="reported",
    ),
    fact_case(
        PLANNED_LABEL,
        "\t5\t",
        "2025-06-20",
        "a plan head (计划新建学校) still plans its column [written: county news style]",
        value=5.0,
        status="planned",
    ),
]


BIDS = "开标时间\t项目名称\t最高限价（万元）\n2025年7月15日\t道路改造\t560"
PLAN_CELLS += [
    fact_case(
        BIDS,
        "560",
        "2025-06-20",
        "a first column of days (开标时间) names no thing: the figure is named by "
        "its column [written: procurement notice style]",
        subject=["道路改造", "最高限价"],
    ),
]


@pytest.mark.parametrize(("text", "needle", "published", "title", "expected"), PLAN_CELLS)
def test_plan_cells(
    text: str, needle: str, published: str, title: str | None, expected: dict[str, Any]
) -> None:
    check_fact(the_fact(text, needle, published, title), expected)


HK_FISCAL = (
    "(一)過去兩個財政年度的撥款如下：\n財政年度\t撥款（百萬元）\t受惠人數\n"
    "2022-23\t1,256\t32,100\n2023-24\t1,380\t35,600"
)
HK_FISCAL_HEADS = "各財政年度開支如下：\n開支項目\t2023/24\t2024/25\n教育（百萬元）\t99,254\t102,013"
MONTH_HEADS = "月份\t2024-09\t2024-10\n成交量（宗）\t312\t356"
HK_AS_OF = "項目\t截至二○二五年九月三十日\t截至二○二四年九月三十日\n登記失業人數（人）\t125,400\t118,900"
CN_AS_OF = "指标\t截至2025年6月30日\t截至2024年底\n存款余额（亿元）\t5623.8\t5311.3"
DAY_ROWS = "时间\t活动\t参与人次\n3月12日\t植树节义务植树\t3200\n5月1日\t劳动节游园\t12000"
TW_SCHOOL_YEARS = "學年度\t畢業生人數\t升學率（%）\n112學年度\t1,520\t92.1\n113學年度\t1,488\t93.0"
PERIOD_ROWS = [
    fact_case(HK_AS_OF, "118,900", "2025-10-20", "an as-of day as a column head (截至二○二四年九月三十日) "
              "[written: Hong Kong 新聞公報 style]", value=118900.0, time="2024-09-30"),
    fact_case(CN_AS_OF, "5623.8", "2025-07-20", "截至2025年6月30日 as a column head "
              "[written: PBoC branch style]",
              value=562380000000.0, time="2025-06-30"),
    fact_case(CN_AS_OF, "5311.3", "2025-07-20", "截至2024年底 as a column head [written: PBoC branch style]",
              value=531130000000.0, time="2024-12-31"),
    fact_case(DAY_ROWS, "12000", "2025-10-20", "a row labelled by its day: dated by it, named by its column "
              "(人次 head) [written: volunteer service style]", value=12000.0, unit="人次", time="2025-05-01",
              subject=["参与人次"]),
    fact_case(TW_SCHOOL_YEARS, "1,488", "2025-10-20", "a 113學年度 row: the header names what "
              "[written: Taiwan university style]", value=1488.0, subject=["畢業生人數"], time="2025-07-31"),

    fact_case(HK_FISCAL, "1,380", "2024-11-20", "a row of the financial year 2023-24: April to March "
              "[written: Hong Kong LegCo reply style]", value=1380000000.0, time="2024-03-31"),
    fact_case(HK_FISCAL, "32,100", "2024-11-20", "a count in a 2022-23 row "
              "[written: Hong Kong LegCo reply style]",
              value=32100.0, time="2023-03-31"),
    fact_case(HK_FISCAL_HEADS, "102,013", "2025-03-01", "a 2024/25 column head "
              "[written: Hong Kong budget style]", value=102013000000.0, time="2025-03-31"),
    fact_case(MONTH_HEADS, "356", "2024-11-20", "2024-10 as a column head is a month "
              "[written: housing bureau style]", value=356.0, time="2024-10-31"),

    fact_case(YEARS_NOTED, "\t1380\t", "2024-10-20", "a year row with a note (2024（预计）) under 年份: its "
              "cells stay in their columns, dated and planned [written: tourism bureau style]",
              value=13800000.0, unit="人次", time="2024-12-31", status="planned"),
    fact_case(YEARS_NOTED, "\t148.0", "2024-10-20", "the last cell of a noted year row "
              "[written: tourism bureau style]", value=14800000000.0, unit="元", time="2024-12-31"),
    fact_case(YEARS_NOTED, "\t1256\t", "2024-10-20", "a bare year row beside it "
              "[written: tourism bureau style]", value=12560000.0, time="2023-12-31", status="reported"),
    fact_case(NOTED_HEAD, "7,905", "2025-03-01", "a period head with a note in brackets (二○二五年（預算）): "
              "no unit [written: Hong Kong budget style]", value=790500000000.0, unit="元",
              time="2025-12-31"),
    fact_case(FORECAST_HEAD, "372.0", "2024-12-20", "2025年（预计）: a forecast column, planned "
              "[written: finance bureau style]", value=37200000000.0, time="2025-12-31", status="planned"),
    fact_case(COHORT_ROWS, "\t8305\t", "2025-10-20", "a cohort row label (2024届): the header names what "
              "[written: university report style]", value=8305.0, unit="人",
              subject=["毕业生人数", "毕业生"]),
    fact_case(PROCUREMENT, "\t86.5\t", "2024-07-01", "签订日期: the day the contract was signed dates its "
              "amount [written: procurement result style]", value=865000.0, time="2024-05-10"),
    fact_case(EVENTS, "\t25000\t", "2025-01-10", "举办时间: the day of an event dates its figures "
              "[written: culture and tourism bureau style]", value=25000.0, time="2024-11-10"),
    fact_case(PLAN_BASE, "\t2356\t", "2021-03-01", "a plan's 2020年 column: the base level, reported "
              "[written: 十四五 plan style]", value=235600000000.0, status="reported", time="2020-12-31"),
    fact_case(PLAN_BASE, "\t3300\t", "2021-03-01", "a plan's 2025年目标 column stays planned "
              "[written: 十四五 plan style]", value=330000000000.0, status="planned", time="2025-12-31"),
    fact_case(PLAN_BASE, "\t45.2\t", "2021-03-01", "a base year's share [written: 十四五 plan style]",
              value=45.2, status="reported"),
    fact_case(PLAN_DONE, "\t12.5\t", "2024-03-01", "2024年完成投资 under a 投资计划表: done, reported "
              "[written: development and reform commission style]", value=1250000000.0, status="reported"),
    fact_case(PLAN_DONE, "\t18.0", "2024-03-01", "2025年计划投资 beside it stays planned "
              "[written: development and reform commission style]", value=1800000000.0, status="planned"),

    fact_case(TW_PERIODS, "1,147", "2024-11-20", "113年 | 112年 columns date their cells "
              "[written: Taiwan 主計 style]", value=11470000.0, time="2023-12-31"),
    fact_case(TW_PERIODS, "3.38", "2024-11-20", "a 113年 column's rate [written: Taiwan 主計 style]",
              value=3.38, time="2024-12-31"),
    fact_case(DATA_TIME, "2345.6", "2025-03-01", "a 统计时间 column dates its row "
              "[written: statistics portal style]", value=234560000000.0, time="2024-12-31"),
    fact_case(DATA_TIME, "312.5", "2025-03-01", "统计时间 2024年末 [written: statistics portal style]",
              value=3125000.0, time="2024-12-31"),
    fact_case(TW_AS_OF, "\t73.8\t", "2025-10-20", "a 統計截止日 column dates its row "
              "[written: Taiwan 主計 style]", value=73.8, time="2025-09-30"),
    fact_case(SAMPLING, "\t99.4\t", "2025-10-20", "an 抽检时间 column dates its row "
              "[written: market regulator bulletin style]", value=99.4, time="2025-09-30"),
    fact_case(YEAR_ROWS, "\t12000\t", "2023-03-01", "a row label that is a year dates its row "
              "[written: municipal task list style]", value=12000.0, time="2025-12-31", status="planned"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "needle", "published", "title", "expected"), TIME_COLUMN_ROWS + PERIOD_ROWS)
def test_time_and_period_columns(
    text: str, needle: str, published: str, title: str | None, expected: dict[str, Any]
) -> None:
    check_fact(the_fact(text, needle, published, title), expected)


# ---------------------------------------------------------------- a column head of a counted measure

COUNT_HEAD_ROWS = [
    fact_case(SAMPLING, "\t320\t", "2025-10-20", "抽检批次: counts of 批次 with no bracketed unit "
              "[written: market regulator bulletin style]", value=320.0, unit="批次", kind="count"),
    fact_case(SAMPLING, "\t2\t", "2025-10-20", "不合格批次 [written: market regulator bulletin style]",
              value=2.0, unit="批次", kind="count"),
    fact_case("各街道信访受理情况\n街道\t受理件数\t办结率（%）\n东湖街道\t1326\t98.2", "1326",
              "2025-01-20",
              "受理件数: counts of 件 [written: 信访 bulletin style]", value=1326.0, unit="件", kind="count"),
    fact_case("各县区安全生产情况\n县区\t事故起数\t死亡人数\n东城区\t12\t3", "\t12\t", "2025-01-20",
              "事故起数 | 死亡人数 [written: emergency bureau style]", value=12.0, unit="起", kind="count"),
    fact_case("各县区安全生产情况\n县区\t事故起数\t死亡人数\n东城区\t12\t3", "\t3", "2025-01-20",
              "死亡人数: people [written: emergency bureau style]", value=3.0, unit="人", kind="count"),
    fact_case("各区就业情况\n区\t就业人数占比（%）\t就业人数占比\n东城区\t12.5\t13.5", "13.5", "2025-01-20",
              "人数占比 without a bracket stays a share [written: statistics portal style]",
              value=13.5, unit="%"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "needle", "published", "title", "expected"), COUNT_HEAD_ROWS)
def test_count_heads(
    text: str, needle: str, published: str, title: str | None, expected: dict[str, Any]
) -> None:
    check_fact(the_fact(text, needle, published, title), expected)


# ---------------------------------------------------------------- cohorts and sessions

GRADUATES = (
    "近日，我校正式发布《泉南工业大学2025届毕业生就业质量年度报告》。《报告》显示，学校2025届毕业生共8642人，"
    "截至2025年8月31日，毕业去向落实率为91.36%。力争2026届毕业生去向落实率不低于92%。"
)
NOT_A_COUNT = [
    no_fact_case(GRADUATES, "2025届毕业生就业", "2025届 in a report's name [work list]"),
    no_fact_case(GRADUATES, "2025届毕业生共", "2025届毕业生: a cohort [work list]"),
    no_fact_case(GRADUATES, "2026届", "a cohort in a target [work list]"),
    no_fact_case(
        "2024届本科生中，升学出国人数为1230人。", "2024届", "2024届本科生 [written: university news]"
    ),
    no_fact_case(
        "2025屆畢業生共有1,856人，較2024屆增加3.2%。",
        "2024屆",
        "a cohort compared with, no noun after it [written: Macau university style]",
    ),
    no_fact_case(
        "2023级新生报到率为98.6%。",
        "2023级",
        "2023级新生: a cohort by its year of entry [written: university news]",
    ),
    no_fact_case("2022級學生共3,200人。", "2022級", "2022級學生 [written: Taiwan university style]"),
    no_fact_case(
        "第十四届全国运动会期间，共有3000名志愿者参与服务。",
        "十四届",
        "第十四届: a session's name [written: sports bureau style]",
    ),
]
SESSION_COUNTS = [
    fact_case("游客可登上2000级台阶。", "2000级", "2025-05-01", "2000级台阶: steps counted, no cohort "
              "[written: tourism bureau style]", value=2000.0, unit="级"),
    fact_case("该赛事已连续举办五届，累计吸引观众12万人次。", "五届", "2025-05-01",
              "连续举办五届: sessions counted [written: culture bureau style]", value=5.0, unit="届",
              kind="count"),
    fact_case("我市已连续五届荣获全国文明城市称号。", "五届", "2025-05-01",
              "连续五届 [written: municipal news]", value=5.0, unit="届", kind="count"),
    fact_case("本届博览会已举办3届，共吸引参展企业1200家。", "3届", "2025-05-01",
              "已举办3届 [written: commerce bureau style]", value=3.0, unit="届", kind="count"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "needle"), NOT_A_COUNT)
def test_cohort_labels_are_no_facts(text: str, needle: str) -> None:
    assert [f.text for f in overlapping(facts_of(text, "2025-09-20"), text, needle)] == []


@pytest.mark.parametrize(("text", "needle", "published", "title", "expected"), SESSION_COUNTS)
def test_sessions_counted(
    text: str, needle: str, published: str, title: str | None, expected: dict[str, Any]
) -> None:
    check_fact(the_fact(text, needle, published, title), expected)


# ---------------------------------------------------------------- ranges of days and of money

MACAU = (
    "執法方面，市政署全年就違規食品場所提出檢控127宗，科處罰款合共約214萬澳門元，個別案件罰款金額由5,000至60萬澳門元"
    "不等。另有3間飲食場所因嚴重違規被勒令暫停營業7至14日。"
)
RANGE_ROWS = [
    fact_case(MACAU, "7至14日", "2026-01-15", "a suspension's length in days [work list]",
              value=None, low=7.0, high=14.0, unit="日", kind="duration", subject=["暫停營業"]),
    fact_case(MACAU, "5,000至60萬", "2026-01-15", "由…至…, the scale on the high end only, the low end in "
              "full [work list]", value=None, low=5000.0, high=600000.0, unit="澳門元", kind="money"),
    fact_case("对违法企业责令停业整顿3至6个月，并处5000元至5万元罚款。", "3至6个月", "2025-05-01",
              "停业整顿3至6个月 [written: market regulator notice]", low=3.0, high=6.0, unit="个月",
              subject=["停业整顿"]),
    fact_case("对违法企业责令停业整顿3至6个月，并处5000元至5万元罚款。", "5000元至5万元", "2025-05-01",
              "处5000元至5万元罚款 [written: market regulator notice]", low=5000.0, high=50000.0, unit="元"),
    fact_case("罚款金额由2万至10万元不等。", "2万至10万元", "2025-05-01",
              "由2万至10万元不等: the scale on both ends [written: county notice]", low=20000.0,
              high=100000.0),
    fact_case("可處罰款由3,000至3萬元。", "3,000至3萬元", "2025-05-01",
              "a low end in full below a scaled high end [written: Taiwan regulation style]",
              low=3000.0, high=30000.0),
    fact_case("项目总投资500至1000万元。", "500至1000万元", "2025-05-01",
              "500至1000万元: the scale lifts the low end [written: procurement notice]",
              low=5000000.0, high=10000000.0),
    fact_case("违者处行政拘留10至15日，并处罚款。", "10至15日", "2025-05-01",
              "行政拘留10至15日 [written: public security notice]", low=10.0, high=15.0, unit="日",
              kind="duration", subject=["拘留", "行政拘留"]),
    fact_case("對違規者可處罰款澳門元1萬至10萬。", "1萬至10萬", "2025-05-01",
              "a currency before a range with no unit after it [written: Macau law style]",
              value=None, low=10000.0, high=100000.0, unit="澳門元", kind="money"),
    fact_case("罰款由澳門元5,000至5萬。", "5,000至5萬", "2025-05-01",
              "a currency before a range, the low end in full [written: Macau IAM style]",
              low=5000.0, high=50000.0, kind="money"),
    fact_case("該店被勒令暫停營業14日。", "14日", "2025-05-01",
              "暫停營業14日: one length [written: Macau IAM style]", value=14.0, unit="日", kind="duration"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "needle", "published", "title", "expected"), RANGE_ROWS)
def test_ranges_of_days_and_money(
    text: str, needle: str, published: str, title: str | None, expected: dict[str, Any]
) -> None:
    check_fact(the_fact(text, needle, published, title), expected)


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        no_fact_case(
            "活动于本月7至14日举行。", "7至14日", "days of a month stay a time [written: county news]"
        ),
        no_fact_case("展会将于10月7至14日举行。", "7至14日", "days after a month [written: county news]"),
    ],
)
def test_days_of_a_month_are_no_facts(text: str, needle: str) -> None:
    assert [f.text for f in overlapping(facts_of(text, "2025-09-20"), text, needle)] == []
