"""Which time governs a figure and whether it is reported or planned, in running text and table rows
(session 14, issue 15 "Time scopes" and "Status"), by construction.

Each table is one construction named in general terms, with the row of the in-sample page it was
found on (``work-list-<page>``) and rows written in the style of other kinds of site
(``written-<kind of site>``), simplified and traditional. Rows that fail today are strict xfails
whose reason names the construction. ``time`` is the fact's last day (as the gold scorer compares
it).
"""

from __future__ import annotations

from typing import Any

import pytest

from factcase import fact_case as case
from factcase import run_fact, table_rows

PLANNED, REPORTED = "planned", "reported"


# ---------------------------------------------------------------- an as-of day over 今年, carried over ；
# 截至5月10日，今年全县春茶累计…；生产干茶3860吨: 今年 after the as-of day the sentence opens with is
# the year that day falls in (the totals run from the year's start to that day); the parts after ；
# go on as of the day, as the first part does. A plan after ； keeps the year.
AS_OF_OVER_THE_YEAR = [
    case(
        "据县农业农村局统计，截至5月10日，今年全县春茶累计采摘面积21.6万亩，占投产茶园面积的92%；"
        "生产干茶3860吨，同比增长7.4%；实现春茶产值9.27亿元，比去年同期增加0.86亿元。",
        "3860吨",
        "2025-05-12",
        "work-list-county-tea-industry-spring-harvest: 生产干茶 after ；",
        time="2025-05-10",
    ),
    case(
        "据县农业农村局统计，截至5月10日，今年全县春茶累计采摘面积21.6万亩，占投产茶园面积的92%；"
        "生产干茶3860吨，同比增长7.4%；实现春茶产值9.27亿元，比去年同期增加0.86亿元。",
        "0.86亿元",
        "2025-05-12",
        "work-list-county-tea-industry-spring-harvest: the third part",
        time="2025-05-10",
    ),
    case(
        "截至6月30日，今年全市累计完成造林面积12.6万亩，占年度任务的84%；完成森林抚育8.3万亩，同比增长5.1%。",
        "8.3万亩",
        "2025-07-10",
        "written-provincial-portal: forestry progress",
        time="2025-06-30",
        status=REPORTED,
    ),
    case(
        "截至114年9月底，今年全市共受理申請1萬2,305件；核定補助金額約新臺幣3.6億元。",
        "3.6億元",
        "2025-10-15",
        "written-taiwan-city-press-release: ROC as-of month",
        time="2025-09-30",
    ),
    case(
        "截至五月三十一日，今年共錄得登革熱個案12宗；其中本地個案3宗。",
        "3宗",
        "2025-06-05",
        "written-hong-kong-health-release: 其中 after ；",
        time="2025-05-31",
    ),
    case(
        "截至10月31日，今年全县已接种流感疫苗3.2万剂次；计划全年接种5万剂次。",
        "5万剂次",
        "2025-11-05",
        "written-county-health-bureau: a plan after ； keeps the year",
        time="2025-12-31",
        status=PLANNED,
    ),
]


# ---------------------------------------------------------------- since an event a subject is named for
# 自積金易平台於二○二四年六月推出以來，已有十一個強積金計劃完成過渡: the time after 自 <what> 於 is the
# event's, and the figures count since it up to the publish day (as 自2017年天舟一号首飞以来), never
# the month of the launch itself. (The gold leaves the work-list figure undated: its sentence states no
# time of the figure; GUIDE's "when the same sentence states it", the known convention conflict.)
SINCE_AN_EVENT = [
    case(
        "發言人又指出，自積金易平台於二○二四年六月推出以來，已有十一個強積金計劃完成過渡，約佔全部計劃的六成。",
        "十一個",
        "2025-08-28",
        "work-list-hk-mpfa-mpf-statistics: 自…於<month>推出以來",
        time="2025-08-28",
        start="2024-06-01",
    ),
    case(
        "自该项目于2023年3月开工以来，累计完成投资12.6亿元。",
        "12.6亿元",
        "2025-08-28",
        "written-provincial-portal: 自该项目于<month>开工以来",
        time="2025-08-28",
    ),
    case(
        "自“一网通办”平台于2022年10月上线以来，累计办件量突破860万件。",
        "860万件",
        "2025-06-18",
        "written-city-data-bureau: a quoted platform name before 于",
        time="2025-06-18",
    ),
    case(
        "自新法於2024年1月1日施行以來，已累計受理申請3,214宗。",
        "3,214宗",
        "2025-03-20",
        "written-macau-press-release: 自新法於<day>施行以來",
        time="2025-03-20",
    ),
]


# ---------------------------------------------------------------- a plan noun that names a scheme
# 計劃 (计划) names a scheme, not a plan, where the scheme has done or taken in what the figure counts
# (強積金計劃共收取供款, 計劃去年全年共接獲…申請, 計劃去年亦資助), where a bracket gives its short name
# (幼稚園教育計劃（幼稚園計劃）) and where it is the scheme joined (參加計劃的幼稚園). A body or place
# before 计划 is the one that plans (集团计划共收取, 全市计划共收取), and 计划 after a time plans.
SCHEME_NAMES = [
    case(
        "供款方面，第二季強積金計劃共收取供款約238億元，較去年同期增加4.6%，其中強制性供款約197億元。",
        "238億元",
        "2025-08-28",
        "work-list-hk-mpfa-mpf-statistics: 強積金計劃共收取",
        time="2025-06-30",
        status=REPORTED,
    ),
    case(
        "供款方面，第二季強積金計劃共收取供款約238億元，較去年同期增加4.6%，其中強制性供款約197億元。",
        "197億元",
        "2025-08-28",
        "work-list-hk-mpfa-mpf-statistics: a later clause of the same sentence",
        status=REPORTED,
    ),
    case(
        "計劃去年全年共接獲1,286宗申請，按年增加約兩成，其中1,104宗已獲批。",
        "1,286宗",
        "2025-03-18",
        "work-list-hk-emsd-energy-saving: 計劃去年全年共接獲",
        time="2024-12-31",
        status=REPORTED,
    ),
    case(
        "計劃去年亦資助安裝約4,200千瓦的太陽能光伏系統，按年增長35%。",
        "4,200千瓦",
        "2025-03-18",
        "work-list-hk-emsd-energy-saving: 計劃去年亦資助",
        status=REPORTED,
    ),
    case(
        "本學年參加幼稚園教育計劃（幼稚園計劃）的幼稚園共有738所，佔全港本地幼稚園約九成。",
        "738所",
        "2025-10-22",
        "work-list-hk-edb-school-places-kindergarten: a bracket's short name",
        status=REPORTED,
    ),
    case(
        "在學費方面，本學年參加計劃的半日制學額中，免費學額的比率為百分之八十七點五。",
        "百分之八十七點五",
        "2025-10-22",
        "work-list-hk-edb-school-places-kindergarten: 參加計劃的",
        status=REPORTED,
    ),
    case(
        "第三季，公共年金計劃合共收取保費約12億元。",
        "12億元",
        "2025-10-20",
        "written-hong-kong-press-release: 年金計劃合共收取",
        status=REPORTED,
    ),
    case(
        "上半年，全省参加职业技能提升计划的企业共有2,360家，占规上企业的三成。",
        "2,360家",
        "2025-07-15",
        "written-provincial-portal: 参加…计划的企业",
        status=REPORTED,
    ),
    case(
        "本學年參與校本課後學習及支援計劃的學校共有520所。",
        "520所",
        "2025-11-03",
        "written-hong-kong-education-release: 參與…計劃的學校",
        status=REPORTED,
    ),
    case(
        "去年全市参与“以旧换新”补贴计划的商户共计1,860家。",
        "1,860家",
        "2025-02-12",
        "written-city-commerce-bureau: 参与…补贴计划的商户",
        status=REPORTED,
    ),
    case(
        "今年全市计划共收取污水处理费2.1亿元。",
        "2.1亿元",
        "2025-03-10",
        "written-city-finance-news: a time and a place before 计划, it plans",
        status=PLANNED,
    ),
    case(
        "集团计划共收取租金3000万元。",
        "3000万元",
        "2025-03-10",
        "written-finance-news: a body before 计划, it plans",
        status=PLANNED,
    ),
    case(
        "房委會計劃在未來五年興建約15萬個公營房屋單位。",
        "15萬個",
        "2025-03-10",
        "written-hong-kong-press-release: 計劃在未來五年, a plan",
        status=PLANNED,
    ),
]


# ---------------------------------------------------------------- a time in a later cell of a table row
# 3号线二期 | 18.4 | 12 | 96 | 2025年底 under 线路名称 | … | 计划开通时间: a time that fills a cell of a
# row, not its first, is that column's value (a line's opening, a project's completion); it dates no
# other cell of the row, nor does its being ahead plan them. A row's first cell (2023年 | 312.5) heads
# the row and dates it. (Decided by :func:`table_times.in_another_cell`, the tables' rule.)
_METRO = (
    "各在建线路建设进度见下表。\n2025年上半年在建线路建设进度表（截至6月30日）\n"
    "线路名称\t线路长度（公里）\t车站（座）\t土建完成比例（%）\t计划开通时间\n"
    "3号线二期\t18.4\t12\t96\t2025年底\n5号线\t36.2\t27\t81\t2026年"
)
_PROJECTS = (
    "2025年市级重点项目（续建）一览表\n项目名称\t总投资（亿元）\t本年计划投资（亿元）\t计划竣工时间\n"
    "城东污水处理厂三期\t6.8\t2.5\t2026年6月\n滨江大道改造工程\t12.3\t4.1\t2027年"
)
_WORKS = (
    "本府114年度重大工程執行情形如下：\n工程名稱\t經費（萬元）\t執行率（%）\t預定完工日期\n"
    "中山路人行道改善\t3,200\t68\t114年12月\n運動公園新建工程\t18,500\t42\t115年6月"
)
_YEARS = "全市历年粮食产量\n年份\t粮食产量（万吨）\t增长（%）\n2023年\t312.5\t1.2\n2024年\t318.6\t2.0"
LATER_CELL_TIMES = [
    case(
        _METRO,
        "96",
        "2025-07-08",
        "work-list-city-metro-construction-progress: 土建完成比例",
        time=None,
        status=REPORTED,
    ),
    case(
        _METRO,
        "36.2",
        "2025-07-08",
        "work-list-city-metro-construction-progress: 线路长度",
        time=None,
        status=REPORTED,
    ),
    case(
        _PROJECTS,
        "6.8",
        "2025-03-05",
        "written-city-ndrc-project-list: 计划竣工时间 column",
        time=None,
        status=REPORTED,
    ),
    case(
        _WORKS,
        "68",
        "2025-08-12",
        "written-taiwan-county-works-table: 預定完工日期 column",
        time=None,
        status=REPORTED,
    ),
    case(
        _WORKS,
        "18,500",
        "2025-08-12",
        "written-taiwan-county-works-table: ROC month in the last cell",
        time=None,
    ),
    case(
        _YEARS,
        "318.6",
        "2025-03-05",
        "written-statistics-bulletin: a year heading its row dates it",
        time="2024-12-31",
    ),
]


# ---------------------------------------------------------------- what a finished thing will do
# 签约项目全部建成投产后，预计可实现年产值约210亿元 under a title 江澄经开区一季度重大项目集中签约: a figure
# a sentence opened by a completion still ahead forecasts is what the finished works will do each year,
# of no period the report's title names (the title's quarter dates the signing's own counts).
_SIGNING = (
    "此次集中签约项目16个，总投资128.6亿元。"
    "据介绍，签约项目全部建成投产后，预计可实现年产值约210亿元、年税收9.8亿元，带动就业4500余人。"
)
_SIGNING_TITLE = "江澄经开区一季度重大项目集中签约 16个项目总投资128.6亿元"
_GROUNDBREAKING = (
    "此次集中开工项目32个，总投资215亿元。项目全部建成后，预计年新增产值120亿元，目前已完成投资8亿元。"
)
AFTER_COMPLETION = [
    case(
        _SIGNING,
        "210亿元",
        "2025-03-18",
        "work-list-devzone-investment-signing: 全部建成投产后，预计可实现年产值",
        title=_SIGNING_TITLE,
        time=None,
        status=PLANNED,
    ),
    case(
        _SIGNING,
        "4500余人",
        "2025-03-18",
        "work-list-devzone-investment-signing: a later clause of the forecast",
        title=_SIGNING_TITLE,
        time=None,
        status=PLANNED,
    ),
    case(
        _SIGNING,
        "16个",
        "2025-03-18",
        "work-list-devzone-investment-signing: the signing's own count keeps the title's quarter",
        title=_SIGNING_TITLE,
        time="2025-03-31",
        status=REPORTED,
    ),
    case(
        _GROUNDBREAKING,
        "120亿元",
        "2025-04-08",
        "written-city-ndrc-groundbreaking: 项目全部建成后，预计年新增产值",
        title="2025年二季度全市重大项目集中开工",
        time=None,
        status=PLANNED,
    ),
    case(
        "本季共引進廠商18家。新廠完工投產後，預估年產值可達新臺幣50億元。",
        "50億元",
        "2025-07-02",
        "written-taiwan-city-investment-release: 完工投產後，預估年產值",
        title="114年第3季招商成果記者會",
        time=None,
        status=PLANNED,
    ),
]


# ---------------------------------------------------------------- 去年来<place>: a visit, not a span
# 去年來金旅客約326萬人次 (Kinmen's visitors), 去年來台旅客: 來 before the place visited and its visitors is
# the visit; the figure is last year's, not a span from last year to now (三年来金融… still is a span).
VISITS = [
    case(
        "觀光效益方面，去年來金旅客約326萬人次，觀光產值估計逾新臺幣120億元。",
        "326萬人次",
        "2026-01-08",
        "work-list-tw-kinmen-county-tourism-ferry: 去年來金旅客",
        time="2025-12-31",
    ),
    case(
        "縣府統計，去年來金觀光人次達326萬，較前年成長8%。",
        "326萬",
        "2026-01-10",
        "written-taiwan-county-tourism-release: 去年來金觀光人次",
        time="2025-12-31",
    ),
    case(
        "去年來台旅客約786萬人次，較前年成長22%。",
        "786萬人次",
        "2025-02-10",
        "written-taiwan-tourism-administration: 去年來台旅客",
        time="2024-12-31",
    ),
    case(
        "据市文旅局测算，去年来蓉游客达2.8亿人次，同比增长9.6%。",
        "2.8亿人次",
        "2025-01-20",
        "written-city-culture-tourism-bureau: 去年来蓉游客 (蓉: Chengdu)",
        time="2024-12-31",
    ),
    case(
        "三年来金融机构贷款余额增长25%。",
        "25%",
        "2026-01-08",
        "written-finance-news: 三年来 before 金融 stays a span of years",
        time=None,
    ),
]


# ---------------------------------------------------------------- the year of the prices a volume is at
# 按照上年不变价计算的电信业务总量同比增长9.2%, 按2020年不变价计算: the year of the constant prices is a
# base, neither the figure's time nor the year the bare quarters after it fall in.
PRICE_BASES = [
    case(
        "1—10月，全省电信业务收入累计完成612.48亿元，同比增长3.6%；按照上年不变价计算的电信业务总量同比增长9.2%。",
        "9.2%",
        "2025-11-20",
        "work-list-province-ca-telecom-industry: 按照上年不变价计算",
        time="2025-10-31",
    ),
    case(
        "全年全市地区生产总值5,326.8亿元，按2020年不变价计算，比上年增长5.6%。",
        "5.6%",
        "2025-03-10",
        "written-statistics-bulletin: 按2020年不变价计算 in a year's communiqué",
        title="2024年全市国民经济和社会发展统计公报",
        time="2024-12-31",
    ),
    case(
        "前三季度，全省邮政业务总量按上年可比价计算同比增长12.1%。",
        "12.1%",
        "2025-10-20",
        "written-provincial-postal-bureau: 按上年可比价计算",
        time="2025-09-30",
    ),
    case(
        "按2020年不變價計算，本澳第二季本地生產總值實質增長2.1%。",
        "2.1%",
        "2025-08-30",
        "written-macau-statistics-release: the price year anchors no bare quarter",
        time="2025-06-30",
    ),
]


# ---------------------------------------------------------------- 将 before what there was is 把
# 将原有零散地块1.7万块归并为2900余块: 将 before 原有, 现有 (what there was before) marks the object, as
# 把 does; it plans nothing (明年将原有的…调整为 is planned by 明年).
OBJECT_JIANG = [
    case(
        "通过“小田并大田”改造，将原有零散地块1.7万块归并为2900余块，平均地块面积由0.9亩扩大到5亩以上。",
        "1.7万块",
        "2025-09-18",
        "work-list-county-natural-resources-land-consolidation: 将原有…归并为",
        status=REPORTED,
    ),
    case(
        "通过“小田并大田”改造，将原有零散地块1.7万块归并为2900余块，平均地块面积由0.9亩扩大到5亩以上。",
        "2900余块",
        "2025-09-18",
        "work-list-county-natural-resources-land-consolidation: the new level",
        status=REPORTED,
    ),
    case(
        "今年以来，全区通过“腾笼换鸟”，将原有低效工业用地860亩整合为12个产业园区。",
        "860亩",
        "2025-09-18",
        "written-district-portal: 将原有…整合为",
        status=REPORTED,
    ),
    case(
        "明年将原有的3条公交线路调整为5条。",
        "5条",
        "2025-09-18",
        "written-city-transport-bureau: 明年 plans it",
        status=PLANNED,
    ),
]


# ---------------------------------------------------------------- 累计 by a deadline still ahead
# 力争年底前子项目开工率达到100%，累计完成投资10亿元以上: 累计 (with no 已) in a clause going on with a
# plan whose deadline still lies ahead is what is to be summed by then, a target, not what is done.
SUMMED_BY_A_DEADLINE = [
    case(
        "下一步，县自然资源局将加快推进剩余子项目建设，力争年底前子项目开工率达到100%，累计完成投资10亿元以上，"
        "新增耕地突破1600亩。",
        "10亿元",
        "2025-09-18",
        "work-list-county-natural-resources-land-consolidation: 力争年底前…，累计完成投资",
        time="2025-12-31",
        status=PLANNED,
    ),
    case(
        "力爭年底前完成老舊管線汰換120公里，累計汰換率提升至45%。",
        "45%",
        "2025-08-10",
        "written-taiwan-water-company: 力爭年底前…，累計汰換率",
        status=PLANNED,
    ),
    case(
        "截至8月底已累计完成投资6.2亿元，力争年底前累计完成投资10亿元。",
        "6.2亿元",
        "2025-09-10",
        "written-city-ndrc: 已累计 before the plan is done",
        status=REPORTED,
    ),
]


# ---------------------------------------------------------------- 由<time>起: from when, not the old level
# 最高罰款已由二○二四年三月起提高至1,000萬元: 由 (从) before a time with 起 says from when the new level
# holds; it is the figure's own time (open-ended), not the time of an old level (由2012年的4.9万家增至…).
FROM_WHEN = [
    case(
        "發言人又提醒僱主，違反《職業安全及健康條例》的最高罰款已由二○二四年三月起提高至1,000萬元。",
        "1,000萬元",
        "2024-06-14",
        "work-list-hk-labour-dept-occupational-injuries: 已由<month>起提高至",
        title="二○二三年職業傷亡統計",
        time=None,
        start="2024-03-01",
    ),
    case(
        "基本工資已由114年1月1日起調升至新臺幣28,590元。",
        "28,590元",
        "2025-03-05",
        "written-taiwan-labour-annual-report: 由<ROC day>起調升至",
        title="113年勞動檢查年報",
        time=None,
        start="2025-01-01",
    ),
    case(
        "城乡居民基础养老金最低标准已由2025年1月起提高至每人每月163元。",
        "163元",
        "2025-02-20",
        "written-provincial-hrss: 由<month>起提高至",
        start="2025-01-01",
    ),
    case(
        "2024年，全市新增就业4.2万人。失业保险金标准从2025年1月起上调至每月1,980元。",
        "1,980元",
        "2025-02-20",
        "written-city-hrss: 从<month>起上调至",
        start="2025-01-01",
    ),
]


# ---------------------------------------------------------------- a survey named by its quarter
# 於本年三月十日至十二日，對全澳28間超級市場進行第一季價格調查，當中澳門半島22間: a quarter right after a
# verb of holding (進行, 开展) and before the survey's name (…調查) names the survey when an earlier time
# of the sentence dates the figures (the days it was held); with no earlier time the quarter dates them.
SURVEY_NAMES = [
    case(
        "消費者委員會於本年三月十日至十二日，對全澳28間超級市場進行第一季價格調查，當中澳門半島22間，"
        "氹仔及路環6間，調查貨品共202項。",
        "22間",
        "2025-03-20",
        "work-list-mo-consumer-council-price-survey: 進行第一季價格調查",
        time="2025-03-12",
    ),
    case(
        "消費者委員會於本年三月十日至十二日，對全澳28間超級市場進行第一季價格調查，當中澳門半島22間，"
        "氹仔及路環6間，調查貨品共202項。",
        "202項",
        "2025-03-20",
        "work-list-mo-consumer-council-price-survey: a later clause",
        time="2025-03-12",
    ),
    case(
        "市价格监测中心于5月8日至10日，在全市12个农贸市场开展二季度农产品价格调查，共采集样本360个。",
        "360个",
        "2025-05-20",
        "written-city-price-monitoring: 开展二季度农产品价格调查",
        time="2025-05-10",
    ),
    case(
        "本處於3月1日至15日進行第1季消費者滿意度調查，共訪查1,200家商店。",
        "1,200家",
        "2025-04-02",
        "written-taiwan-city-release: 進行第1季…調查",
        time="2025-03-15",
    ),
    case(
        "一季度，全市开展安全生产大检查行动，共检查企业1,260家。",
        "1,260家",
        "2025-04-10",
        "written-city-emergency-bureau: a quarter opening the sentence dates it",
        time="2025-03-31",
    ),
]


# ---------------------------------------------------------------- a compared level of a stretch of a year
# 較二○○○年高峰期的2,474宗: the level compared with is of the year named, a stretch of it (高峰期, 峰值时)
# between the year and 的; a change word there (较2015年增长的12%) makes the figure no level of that year.
COMPARED_STRETCHES = [
    case(
        "二○二四年全年共錄得63宗水管爆裂事故（俗稱「爆喉」），較二○○○年高峰期的2,474宗減少逾97%。",
        "2,474宗",
        "2025-03-18",
        "work-list-hk-wsd-water-consumption: 較二○○○年高峰期的",
        time="2000-12-31",
    ),
    case(
        "二○二四年全年共錄得63宗水管爆裂事故（俗稱「爆喉」），較二○○○年高峰期的2,474宗減少逾97%。",
        "97%",
        "2025-03-18",
        "work-list-hk-wsd-water-consumption: the change keeps its year",
        time="2024-12-31",
    ),
    case(
        "2024年全市粮食产量312万吨，较2015年峰值时的340万吨下降8.2%。",
        "340万吨",
        "2025-03-18",
        "written-statistics-bulletin: 较2015年峰值时的",
        time="2015-12-31",
    ),
    case(
        "113年全市登革熱病例共86例，較108年高峰時之1萬2,305例大幅減少。",
        "1萬2,305例",
        "2025-01-15",
        "written-taiwan-health-bureau: 較108年高峰時之",
        time="2019-12-31",
    ),
    case(
        "2024年全市粮食产量312万吨，较2015年增长的12%有所回落。",
        "12%",
        "2025-03-18",
        "written-finance-news: a change word before 的 is no stretch",
        time="2024-12-31",
    ),
]


# ---------------------------------------------------------------- 全年 of a financial year
# 二○二四至二五年度截至二○二五年二月底，…；社署預計全年開支約為215億元: 全年 after a financial year named
# in its sentence is that year (April to March), not the calendar year of the publish date or of an
# as-of day between them; a calendar year (113年度) anchors it as before.
FINANCIAL_YEAR_WHOLE = [
    case(
        "開支方面，二○二四至二五年度截至二○二五年二月底，綜援計劃的累計開支為196.84億元，較上年度同期增加2.1%；"
        "社署預計全年開支約為215億元。",
        "215億元",
        "2025-04-24",
        "work-list-hk-swd-cssa-caseload: 全年 after 二○二四至二五年度",
        time="2025-03-31",
        status=PLANNED,
    ),
    case(
        "2024-25年度政府预计全年开支约为7,500亿元。",
        "7,500亿元",
        "2024-10-20",
        "written-hong-kong-finance-news: 2024-25年度…全年",
        time="2025-03-31",
    ),
    case(
        "2023/24财政年度首六个月收入1,200亿元，预计全年收入约2,600亿元。",
        "2,600亿元",
        "2023-11-20",
        "written-finance-news: 全年 after a financial year's first six months",
        time="2024-03-31",
    ),
    case(
        "113年度上半年稅收1,200億元，預估全年可達2,600億元。",
        "2,600億元",
        "2024-08-24",
        "written-taiwan-tax-bureau: 113年度 is a calendar year",
        time="2024-12-31",
    ),
]


# ---------------------------------------------------------------- a measure of time held at a level
# 平均住院日控制在7.3天以内: N天以内 after a verb holding a measure at a level (控制在, 维持在) is that
# level, dated as the sentence is, not a time limit counted from an event of its own.
HELD_AT = [
    case(
        "2024年，医院将全力推进区域医疗中心建设，计划门急诊量达到195万人次，平均住院日控制在7.3天以内，引进博士15名以上。",
        "7.3天",
        "2024-01-19",
        "work-list-city-hospital-tertiary-annual-work-summary: 控制在7.3天以内",
        time="2024-12-31",
    ),
    case(
        "今年，全市将进一步优化营商环境，企业开办时间控制在1个工作日以内。",
        "1个工作日",
        "2025-03-01",
        "written-city-business-environment-office: 控制在1个工作日以内",
        time="2025-12-31",
    ),
    case(
        "二○二四年，署方持續簡化流程，平均審批時間維持在30天以內。",
        "30天",
        "2024-03-01",
        "written-hong-kong-press-release: 維持在30天以內",
        time="2024-12-31",
    ),
]


# ---------------------------------------------------------------- a past level compared with a forecast
# 预计明年产量将达到500万吨，高于上年的420万吨: the level compared with is of a time gone by (up to the
# publish day: 低於過去五年每年平均的22,300個): measured, reported, whatever plan the sentence states.
PAST_COMPARED_LEVELS = [
    case(
        "估價署預測，二○二六年及二○二七年的私人住宅落成量將分別約為17,600個及19,300個單位，兩年合計約36,900個，"
        "低於過去五年每年平均的22,300個。",
        "22,300個",
        "2026-04-29",
        "work-list-hk-rvd-property-market-review: 低於過去五年每年平均的",
        status=REPORTED,
    ),
    case(
        "估價署預測，二○二六年及二○二七年的私人住宅落成量將分別約為17,600個及19,300個單位，兩年合計約36,900個，"
        "低於過去五年每年平均的22,300個。",
        "17,600個",
        "2026-04-29",
        "work-list-hk-rvd-property-market-review: the forecast stays planned",
        status=PLANNED,
    ),
    case(
        "预计明年产量将达到500万吨，高于上年的420万吨。",
        "420万吨",
        "2026-04-29",
        "written-provincial-agriculture-news: 高于上年的",
        time="2025-12-31",
        status=REPORTED,
    ),
    case(
        "預計今年訪港旅客將達4,900萬人次，高於去年的4,450萬人次。",
        "4,450萬人次",
        "2025-06-10",
        "written-hong-kong-tourism-release: 高於去年的",
        time="2024-12-31",
        status=REPORTED,
    ),
    case(
        "预计全年GDP增长5%左右，高于上年同期的4.8%。",
        "5%",
        "2025-06-10",
        "written-finance-news: the forecast itself",
        status=PLANNED,
    ),
]


# ---------------------------------------------------------------- a baseline named with a noun
# 與上季調查比較，在可作比較的186項貨品中，74項平均售價上升: the time of a baseline, a short noun (調查,
# 资料, 监测结果) between it and the word of comparison, dates no figure of the sentence.
NAMED_BASELINES = [
    case(
        "與上季調查比較，在可作比較的186項貨品中，74項平均售價上升，61項下降，其餘51項不變；整體平均售價微升0.8%。",
        "74項",
        "2025-03-20",
        "work-list-mo-consumer-council-price-survey: 與上季調查比較",
        title="消委會公布第一季超市價格調查結果",
        time="2025-03-31",
    ),
    case(
        "與112年資料比較，本市老年人口增加1.2萬人。",
        "1.2萬人",
        "2025-03-10",
        "written-taiwan-household-registration: 與112年資料比較",
        title="113年人口統計年報",
        time="2024-12-31",
    ),
    case(
        "全市居民健康素养水平达32.5%，与2023年监测结果相比提高2.1个百分点。",
        "2.1个百分点",
        "2025-01-10",
        "written-city-health-commission: 与2023年监测结果相比",
        title="2024年全市居民健康素养监测结果",
        time=None,
    ),
    case(
        "與去年同期相比，全市住宅成交量增加12%。",
        "12%",
        "2025-07-10",
        "written-hong-kong-property-report: 與去年同期相比 as before",
        title="2025年上半年住宅市場報告",
        time="2025-06-30",
    ),
]


# ---------------------------------------------------------------- 加快部署: work under way, not who directs
# 千兆光网加快部署，…端口数达到41.7万个: a directive verb (部署, 要求) after 加快, 加速, 推进 opens no
# directive sentence: the work is under way and the level reached is reported (会议部署，… still plans).
WORK_UNDER_WAY = [
    case(
        "千兆光网加快部署，具备千兆网络服务能力的10G PON端口数达到41.7万个。",
        "41.7万个",
        "2025-11-20",
        "work-list-province-ca-telecom-industry: 加快部署，…达到",
        status=REPORTED,
    ),
    case(
        "充电网络加快部署，全市公共充电桩达到3.2万个。",
        "3.2万个",
        "2025-08-10",
        "written-city-development-reform: 充电网络加快部署",
        status=REPORTED,
    ),
    case(
        "5G網路加速部署，全市基地台數達到1萬2,000座。",
        "1萬2,000座",
        "2025-08-10",
        "written-taiwan-city-release: 加速部署",
        status=REPORTED,
    ),
    case(
        "省政府全面部署，今年新建5G基站1.2万个。",
        "1.2万个",
        "2025-03-01",
        "written-provincial-portal: 全面部署 directs",
        status=PLANNED,
    ),
    case(
        "会议要求，全年新增城镇就业不少于5万人。",
        "5万人",
        "2025-03-01",
        "written-county-portal: 会议要求 directs",
        status=PLANNED,
    ),
]


TABLES: dict[str, list[Any]] = {
    "as-of-over-the-year": AS_OF_OVER_THE_YEAR,
    "since-an-event": SINCE_AN_EVENT,
    "scheme-names": SCHEME_NAMES,
    "later-cell-times": LATER_CELL_TIMES,
    "after-completion": AFTER_COMPLETION,
    "visits": VISITS,
    "price-bases": PRICE_BASES,
    "object-jiang": OBJECT_JIANG,
    "summed-by-a-deadline": SUMMED_BY_A_DEADLINE,
    "from-when": FROM_WHEN,
    "survey-names": SURVEY_NAMES,
    "compared-stretches": COMPARED_STRETCHES,
    "financial-year-whole": FINANCIAL_YEAR_WHOLE,
    "held-at": HELD_AT,
    "past-compared-levels": PAST_COMPARED_LEVELS,
    "named-baselines": NAMED_BASELINES,
    "work-under-way": WORK_UNDER_WAY,
}


@pytest.mark.parametrize(("text", "needle", "published", "title", "expected"), table_rows(TABLES))
def test_time_scope_s14(
    text: str, needle: str, published: str, title: str | None, expected: dict[str, Any]
) -> None:
    run_fact(text, needle, published, title, expected)
