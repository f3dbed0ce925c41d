"""Session 10, round 2, times and status: batch 13's leftovers, plans and reported figures in Hong
Kong, Macau and Taiwan wordings, and the lead's probes, each written in the styles of other sites
(tables by construction)."""

from __future__ import annotations

from typing import Any

import pytest

from factcase import fact_case, known_miss, run_fact

# ---------------------------------------------------------------- a compared period in brackets
# Dates in brackets after a period named with its year (114年春節連假（1月25日至2月2日）) are of
# that year, also after a comparison word; the level right after such a compared period is of it,
# the change after the level is of the sentence's own period.
COMPARED_BRACKETS = [
    fact_case(
        "115年春節連續假期（2月14日至2月22日）共計9天，平均每日交通量109.6百萬車公里，較114年春節連假"
        "（1月25日至2月2日）平均每日106.3百萬車公里成長3.1%。",
        "106.3",
        "2026-02-23",
        "invented-tw-freeway: 較114年春節連假（…）平均每日106.3 is 2025's",
        time="2025-02-02",
    ),
    fact_case(
        "115年春節連續假期（2月14日至2月22日）共計9天，平均每日交通量109.6百萬車公里，較114年春節連假"
        "（1月25日至2月2日）平均每日106.3百萬車公里成長3.1%。",
        "3.1%",
        "2026-02-23",
        "invented-tw-freeway: the change after the compared level keeps the sentence's period",
        time="2026-02-22",
    ),
    fact_case(
        "今年国庆假期（10月1日至7日），全市接待游客320万人次，比2023年国庆假期（9月29日至10月6日）日均"
        "45.1万人次增长8.2%。",
        "45.1万",
        "2024-10-09",
        "written-city-tourism: 比2023年国庆假期（…）日均45.1万人次",
        time="2023-10-06",
        status="reported",
    ),
    fact_case(
        "今年国庆假期（10月1日至7日），全市接待游客320万人次，比2023年国庆假期（9月29日至10月6日）日均"
        "45.1万人次增长8.2%。",
        "8.2%",
        "2024-10-09",
        "written-city-tourism: 增长8.2% is this holiday's",
        time="2024-10-07",
    ),
    fact_case(
        "2023年中秋国庆假期（9月29日至10月6日），全市接待游客320万人次。",
        "320万",
        "2024-10-09",
        "written-provincial-portal: a bracketed span after a named year, no comparison",
        time="2023-10-06",
    ),
    fact_case(
        "澳門今年復活節假期（4月18日至21日）入境旅客共約52.6萬人次，較2024年復活節假期（3月29日至4月1日）"
        "的46.8萬人次上升12.4%。",
        "46.8萬",
        "2025-04-22",
        "written-mo-tourism: 較2024年復活節假期（…）的46.8萬人次",
        time="2024-04-01",
    ),
    fact_case(
        "統計暨普查局資料顯示，2025年7月至9月總體失業率為1.8%，按期（2025年6月至8月）下跌0.1個百分點。",
        "0.1個",
        "2025-10-28",
        "invented-mo-dsec: a change right after a bracketed basis is not the basis's level",
        time="2025-09-30",
    ),
]


@pytest.mark.parametrize(("text", "needle", "published", "title", "expected"), COMPARED_BRACKETS)
def test_a_compared_period_in_brackets(
    text: str, needle: str, published: str, title: str | None, expected: dict[str, Any]
) -> None:
    run_fact(text, needle, published, title, expected)


# ---------------------------------------------------------------- parts after ； in a breakdown
# A part after ； that goes on with the breakdown 其中 opens after a time keeps that time (a day
# too); a year that names what is counted (获得2021年度…奖励) does not carry.
BREAKDOWN_PARTS = [
    fact_case(
        "北返車潮主要集中於2月20日及21日（初四、初五），其中國1楊梅至五股高架段（約40公里）北向最長旅行時間約"
        "75分鐘；國5南港系統至頭城路段（約30公里）北向於尖峰時段平均行車速率仍維持每小時45公里以上。",
        "每小時45",
        "2026-02-23",
        "invented-tw-freeway: 其中…；國5…每小時45公里 on 2月21日",
        time="2026-02-21",
    ),
    fact_case(
        "北返車潮主要集中於2月20日及21日（初四、初五），其中國1楊梅至五股高架段（約40公里）北向最長旅行時間約"
        "75分鐘；國5南港系統至頭城路段（約30公里）北向於尖峰時段平均行車速率仍維持每小時45公里以上。",
        "約30",
        "2026-02-23",
        "invented-tw-freeway: 其中…；（約30公里）",
        time="2026-02-21",
    ),
    fact_case(
        "5月1日至5日，全市共接待游客120万人次，其中：A景区35万人次；B景区28万人次。",
        "28万",
        "2024-05-06",
        "written-city-tourism: a holiday's span, its breakdown over ；",
        time="2024-05-05",
    ),
    fact_case(
        "台風襲港期間，10月12日錄得最多個案，其中沙田區共有46宗塌樹報告；大埔區有21宗。",
        "21宗",
        "2025-10-20",
        "written-hk-release: a day, then 其中 and a ； list",
        time="2025-10-12",
    ),
    fact_case(
        "新增省级技术创新中心4个；获得2021年度省级科技奖励10项，其中主持6项、参与4项；认定国家高新技术企业210家。",
        "210家",
        "2023-05-16",
        "corpus-008: a year that names awards does not date the next part",
        title="宜春市2022年国民经济和社会发展统计公报",
        time="2022-12-31",
    ),
]


@pytest.mark.parametrize(("text", "needle", "published", "title", "expected"), BREAKDOWN_PARTS)
def test_parts_of_a_breakdown_after_a_semicolon(
    text: str, needle: str, published: str, title: str | None, expected: dict[str, Any]
) -> None:
    run_fact(text, needle, published, title, expected)


# ---------------------------------------------------------------- times read in pieces (probes)
# 本財政年度 (Hong Kong's, from April; Taiwan's from January), 本月上旬, 年初至今, 截至发稿时. 近三年来
# stays undated: GUIDE calls X年来 a window, and shared gold 027 reads 3年来 with time_end null.
PROBE_TIMES = [
    fact_case(
        "本財政年度首七個月，政府收入為2,870億元。",
        "2,870",
        "2024-11-20",
        "probe-hk-budget: 本財政年度首七個月 is April to October",
        time="2024-10-31",
        start="2024-04-01",
    ),
    fact_case(
        "本財政年度的綜合赤字預計為481億元。",
        "481",
        "2024-11-20",
        "written-hk-budget: 本財政年度 runs to March",
        time="2025-03-31",
    ),
    fact_case(
        "上一個財政年度的盈餘為12億元。",
        "12億",
        "2024-11-20",
        "written-hk-legco: 上一個財政年度",
        time="2024-03-31",
    ),
    fact_case(
        "本財政年度首三季，市府稅收為1,230億元。",
        "1,230",
        "2024-11-20",
        "written-tw-city: Taiwan's financial year is the calendar year",
        time=("2024-09-30", "2024-12-31", None),
    ),
    fact_case(
        "澳門特區本財政年度首七個月的財政收入為784億澳門元。",
        "784",
        "2024-08-20",
        "written-mo-dsf: Macau's financial year is the calendar year",
        marks=known_miss("a financial year with no place known is read as Hong Kong's, from April"),
        time="2024-07-31",
    ),
    fact_case(
        "本月上旬，全市共接待游客12万人次。",
        "12万",
        "2024-11-20",
        "probe-county-news: 本月上旬 ends the 10th",
        time="2024-11-10",
    ),
    fact_case(
        "上月下旬，本澳共錄得降雨量120毫米。",
        "120毫米",
        "2024-11-20",
        "written-mo-smg: 上月下旬 ends the month",
        time="2024-10-31",
        start="2024-10-21",
    ),
    fact_case(
        "年初至今，全市新增就业岗位1.2万个。",
        "1.2万",
        "2024-11-20",
        "probe-city-hrss: 年初至今 from 1 January",
        time="2024-11-20",
        start="2024-01-01",
    ),
    fact_case(
        "今年年初至今，警方共錄得1,234宗網上購物騙案。",
        "1,234",
        "2024-11-20",
        "written-hk-police: 今年年初至今",
        start="2024-01-01",
    ),
    fact_case(
        "截至发稿时，报名人数已达3200人。",
        "3200",
        "2024-11-20",
        "probe-county-news: 截至发稿时 is the publish day",
        time="2024-11-20",
    ),
    fact_case(
        "截至記者發稿時，共有1,200人報名參加。",
        "1,200",
        "2024-11-20",
        "written-tw-news: 截至記者發稿時",
        time="2024-11-20",
    ),
    fact_case(
        "近三年来，我市共引进高层次人才1200余名。",
        "1200",
        "2024-11-20",
        "probe-city-talent: 近三年来 is a window, undated (GUIDE, shared gold 027)",
        time=None,
    ),
]


@pytest.mark.parametrize(("text", "needle", "published", "title", "expected"), PROBE_TIMES)
def test_times_read_in_pieces(
    text: str, needle: str, published: str, title: str | None, expected: dict[str, Any]
) -> None:
    run_fact(text, needle, published, title, expected)


# ---------------------------------------------------------------- a plan's amount, a plan as a basis
# A figure in brackets right after a plan noun is the plan's amount (planned); a plan word as the
# basis a result is compared with (比年初计划多投放) plans nothing: the figure is what came of it.
PLAN_BRACKETS_AND_BASES = [
    fact_case(
        "1—10月，全市共开展补贴性职业技能培训8.63万人次，同比增长12.4%，完成全年目标任务（8万人次）的107.9%。",
        "8万人次",
        "2023-11-09",
        "invented-city-hrss: 全年目标任务（8万人次） is the target",
        status="planned",
        time="2023-12-31",
    ),
    fact_case(
        "1—10月，全市共开展补贴性职业技能培训8.63万人次，同比增长12.4%，完成全年目标任务（8万人次）的107.9%。",
        "107.9%",
        "2023-11-09",
        "invented-city-hrss: the share done stays reported",
        status="reported",
    ),
    fact_case(
        "截至9月底，全省保障性住房已开工2.1万套，占年度计划（2.5万套）的84%。",
        "2.5万套",
        "2024-10-15",
        "written-provincial-housing: 年度计划（2.5万套）",
        status="planned",
    ),
    fact_case(
        "首三季已完成維修工程1,200項，佔全年目標（約1,500項）的八成。",
        "1,500",
        "2024-10-15",
        "written-hk-housing: 全年目標（約1,500項）",
        status="planned",
    ),
    fact_case(
        "全年在重点水域开展增殖放流活动6次，投放鱼苗1260万尾，比年初计划多投放60万尾。",
        "60万尾",
        "2023-02-21",
        "invented-county-fisheries: 比年初计划多投放 is reported, of the report's year",
        title="泽安县2022年渔业经济运行稳中有进",
        status="reported",
        time="2022-12-31",
    ),
    fact_case(
        "全年一般公共预算支出较年初预算减少2.3亿元。",
        "2.3亿元",
        "2024-02-01",
        "written-finance-bureau: 较年初预算减少",
        title="2023年预算执行情况",
        status="reported",
    ),
    fact_case(
        "項目較原定目標提早三個月完成，節省開支約1,200萬元。",
        "三個月",
        "2025-03-10",
        "written-hk-works: 較原定目標提早三個月",
        status="reported",
    ),
    fact_case(
        "今年計劃比去年增加投資10億元。",
        "10億元",
        "2025-03-10",
        "written-tw-city: 計劃 before 比 still plans",
        status="planned",
    ),
]


@pytest.mark.parametrize(("text", "needle", "published", "title", "expected"), PLAN_BRACKETS_AND_BASES)
def test_a_plans_amount_and_a_plan_as_basis(
    text: str, needle: str, published: str, title: str | None, expected: dict[str, Any]
) -> None:
    run_fact(text, needle, published, title, expected)


# ---------------------------------------------------------------- traditional plans and forecasts
# Plans and forecasts in Hong Kong, Macau and Taiwan wordings (預計, 將, 計劃, 預算, 目標, 擬, 可望,
# 估計, 預估, 可達, 將於…前): jieba glues 擬 to the word after it (擬向, 擬建); an estimate (估計) of a
# period still running forecasts, of a period ended it measures.
TRADITIONAL_PLANS = [
    fact_case(
        "政府擬向每名合資格長者發放5,000元一次性津貼。",
        "5,000元",
        "2024-11-20",
        "written-hk-budget: 擬向 (jieba reads one word)",
        status="planned",
    ),
    fact_case(
        "當局擬以公私營合作模式興建約3,000個單位。",
        "3,000",
        "2024-11-20",
        "written-mo-housing: 擬以",
        status="planned",
    ),
    fact_case(
        "市府擬將補助金額提高至每戶3萬元。",
        "3萬元",
        "2024-11-20",
        "written-tw-city: 擬將",
        status="planned",
    ),
    fact_case(
        "本財政年度的綜合赤字估計為481億元。",
        "481",
        "2024-11-20",
        "written-hk-budget: 估計 of a financial year still running",
        status="planned",
    ),
    fact_case(
        "財政司司長預算，本年度綜合赤字為481億元。",
        "481",
        "2024-11-20",
        "written-hk-budget: 預算 as the verb that ends the opening clause",
        marks=known_miss("預算 is read as a noun only: a clause ending in it makes no forecast"),
        status="planned",
    ),
    fact_case(
        "財政局估算，全年稅收約為3,000億元。",
        "3,000",
        "2024-11-20",
        "written-tw-finance: 估算 of this year",
        status="planned",
    ),
    fact_case(
        "上月零售業總銷貨價值臨時估計為317億港元，按年下跌7.3%。",
        "317",
        "2024-11-20",
        "written-hk-csd: a provisional estimate of a month ended measures",
        status="reported",
    ),
    fact_case(
        "初步估計，颱風造成的農業損失約3.2億元。",
        "3.2億元",
        "2024-11-20",
        "written-tw-coa: a preliminary estimate of a loss measures",
        status="reported",
    ),
    fact_case(
        "旅遊局預估今年訪澳旅客可達3,900萬人次。",
        "3,900",
        "2025-03-10",
        "written-mo-tourism: 預估…可達",
        status="planned",
    ),
    fact_case(
        "市府計畫於115年底前完成汰換老舊路燈1萬盞。",
        "1萬盞",
        "2025-03-10",
        "written-tw-city: 計畫於115年底前",
        status="planned",
    ),
    fact_case(
        "新院舍可望於今年第三季啟用，提供約300個宿位。",
        "300個",
        "2025-03-10",
        "written-hk-swd: 可望於…啟用",
        status="planned",
    ),
    fact_case(
        "二〇二五至二六年度的政府開支預算為8,410億元。",
        "8,410",
        "2025-03-10",
        "written-hk-budget: 開支預算為",
        status="planned",
    ),
    fact_case(
        "工程將於二〇二六年前分階段完成，合共提供約4,000個單位。",
        "4,000",
        "2025-03-10",
        "written-hk-housing: 將於…前, 合共提供",
        status="planned",
    ),
]


@pytest.mark.parametrize(("text", "needle", "published", "title", "expected"), TRADITIONAL_PLANS)
def test_traditional_plans_and_forecasts(
    text: str, needle: str, published: str, title: str | None, expected: dict[str, Any]
) -> None:
    run_fact(text, needle, published, title, expected)


# ---------------------------------------------------------------- reported figures that look planned
# Figures reported in wordings that hold a plan word (已完成, 錄得, 預算執行率, 按年, 截至): a programme
# named by 計劃 that reports on a time gone by, what actually came of a plan (實際), a share done, 將
# as the object marker of a rule in force since a start that has come (自…起將…提高為).
TRADITIONAL_REPORTED = [
    fact_case(
        "大灣區青年就業計劃去年共有1,090名青年參加。",
        "1,090",
        "2025-03-10",
        "written-hk-ld: 計劃去年共有 names the programme",
        status="reported",
    ),
    fact_case(
        "計劃推出至今共接獲3.2萬份申請。",
        "3.2萬",
        "2025-03-10",
        "written-mo-scheme: 計劃推出至今",
        status="reported",
    ),
    fact_case(
        "市政府计划去年新建学校5所，实际建成4所。",
        "5所",
        "2025-03-10",
        "written-county-news: 计划去年新建 stays the plan",
        status="planned",
    ),
    fact_case(
        "原預計工程費用為3億元，實際支出2.8億元。",
        "2.8億元",
        "2025-03-10",
        "written-hk-audit: 實際支出 after 原預計",
        status="reported",
    ),
    fact_case(
        "預計於去年底完成的工程，實際延至今年二月才完成，涉及金額1.5億元。",
        "1.5億元",
        "2025-03-10",
        "written-tw-audit: a clause opening with 實際 ends the forecast",
        status="reported",
    ),
    fact_case(
        "实际完成4.8亿元，预计今年增长10%，达到5.3亿元。",
        "5.3亿元",
        "2025-03-10",
        "written-city-finance: a plan word after 实际 plans again",
        status="planned",
    ),
    fact_case(
        "全市主要预期目标为：外贸进出口总额增长5%；实际使用外资8亿美元；新增市场主体2.5万户。",
        "2.5万户",
        "2023-02-10",
        "invented-commerce: 实际使用外资 is a statistic's name, no 实际 ending the targets",
        status="planned",
    ),
    fact_case(
        "截至十月底，全年預算執行率為72.5%。",
        "72.5%",
        "2024-11-20",
        "written-tw-finance: 預算執行率 as of October, not the whole year",
        status="reported",
        time="2024-10-31",
    ),
    fact_case(
        "截至9月底，全市年度目标完成率达85.2%。",
        "85.2%",
        "2024-10-15",
        "written-city-portal: 年度目标完成率 as of September",
        status="reported",
        time="2024-09-30",
    ),
    fact_case(
        "截至二月底，計劃已完成約2,100個單位，佔目標的七成。",
        "2,100",
        "2025-03-10",
        "written-hk-housing: 計劃已完成",
        status="reported",
    ),
    fact_case(
        "今年首十個月共錄得1,234宗詐騙案，按年上升8%。",
        "8%",
        "2024-11-20",
        "written-hk-police: 錄得, 按年",
        status="reported",
    ),
    fact_case(
        "另為減輕家庭照顧者負擔，縣府自113年1月起將喘息服務補助額度提高為每年最高新臺幣48,510元。",
        "48,510",
        "2024-03-15",
        "invented-tw-chiayi: 自113年1月起將…提高為, a rule in force",
        status="reported",
    ),
    fact_case(
        "自今年1月1日起，將基本工資調整為每月27,470元。",
        "27,470",
        "2024-07-15",
        "written-tw-mol: 將…調整為 after a start that has come",
        status="reported",
    ),
    fact_case(
        "社署已於今年4月起將綜援標準金額提高至每月4,195元。",
        "4,195",
        "2024-07-15",
        "written-hk-swd: 已於…起將…提高至",
        status="reported",
    ),
    fact_case(
        "自明年1月1日起，将最低工资标准调整为每月2690元。",
        "2690元",
        "2024-07-15",
        "written-provincial-hrss: a start still ahead plans",
        status="planned",
    ),
    fact_case(
        "自2024年1月起，计划每年新建学校5所。",
        "5所",
        "2024-07-15",
        "written-county-edu: a plan word other than 將 still plans",
        status="planned",
    ),
    fact_case(
        "將軍澳隧道去年日均行車量為8.2萬架次。",
        "8.2萬",
        "2025-03-10",
        "written-hk-td: 將 inside a place name",
        status="reported",
    ),
]


@pytest.mark.parametrize(("text", "needle", "published", "title", "expected"), TRADITIONAL_REPORTED)
def test_traditional_reported_figures(
    text: str, needle: str, published: str, title: str | None, expected: dict[str, Any]
) -> None:
    run_fact(text, needle, published, title, expected)
