"""Session 7, subjects: which clause's noun a figure takes, by construction.

Started from the errors of the fourteen invented pages held out in session 6 (now in-sample):
enumerations whose items hold 和/及, a figure in brackets after its noun, a change after a level
the text states, an average word before a figure, shares and parts, clauses that name only
entities. Each table holds the page's sentence and sentences written in the style of other kinds
of site. Ids name the source: ``invented-<page>`` (a sentence of an invented page),
``written-<kind of site>`` (written here), ``corpus-NNN`` (a corpus page). A row is checked with the
gold scorer's rule (:func:`factcase.subject_ok`) against the subjects it accepts, or, where the
form matters (a head not doubled), against the exact subject.
"""

from __future__ import annotations

from typing import Any

import pytest

from factcase import check_fields, fact_at, known_miss, row, subject_ok
from factcase import subject_case as accept

DAY = "2025-01-20"


# ---------------------------------------------------------------- enumerations with 和/及 in an item
# A、B和C、D分别…: 、 divides the list first; when it gives as many items as there are figures, a
# 和/及/与 inside an item is part of its name (社会保障和就业). A head the last item carries for all
# (商品零售额) is put on each item once: the ending the items share (…类) marks where it begins.

BUDGET = "其中，教育、社会保障和就业、卫生健康支出分别增长8.3%、10.2%和5.6%。"
CPI = (
    "其他七大类价格中，教育文化娱乐、医疗保健、其他用品及服务、衣着价格分别上涨1.6%、0.9%、4.7%和0.4%；"
    "交通通信、居住、生活用品及服务价格分别下降3.2%、0.3%和0.8%。"
)
RETAIL = (
    "其中，限额以上单位新能源汽车零售额增长31.6%，"
    "通讯器材类、家用电器和音像器材类商品零售额分别增长14.2%、9.8%。"
)
SECTORS = "全年农林牧渔业、批发和零售业、住宿和餐饮业增加值分别增长3.2%、5.6%和8.1%。"
HK_PRICES = "衣履、電力燃氣及水、交通的價格分別上升1.2%、0.8%及2.1%。"
ENUMERATIONS = [
    accept(
        BUDGET,
        "10.2%",
        "invented-finance-budget: 社会保障和就业 (和 inside an item)",
        ["社会保障和就业", "社会保障和就业支出"],
    ),
    accept(
        BUDGET,
        "5.6%",
        "invented-finance-budget: 卫生健康支出 (the third of three)",
        ["卫生健康", "卫生健康支出"],
    ),
    accept(BUDGET, "8.3%", "invented-finance-budget: 教育", ["教育", "教育支出"]),
    accept(
        CPI,
        "4.7%",
        "invented-stats-cpi: 其他用品及服务 (及 inside an item)",
        ["其他用品及服务", "其他用品及服务价格"],
    ),
    accept(CPI, "0.4%", "invented-stats-cpi: 衣着价格 (the last of four)", ["衣着", "衣着价格"]),
    accept(
        CPI,
        "3.2%",
        "invented-stats-cpi: 交通通信 (no 用品及服务价格 put on it)",
        ["交通通信", "交通通信价格"],
    ),
    accept(CPI, "0.8%", "invented-stats-cpi: 生活用品及服务价格", ["生活用品及服务", "生活用品及服务价格"]),
    accept(
        RETAIL,
        "9.8%",
        "invented-provincial: 家用电器和音像器材类",
        ["家用电器和音像器材类", "家用电器和音像器材类商品零售额"],
    ),
    accept(
        SECTORS, "5.6%", "written-county-bulletin: 批发和零售业增加值", ["批发和零售业", "批发和零售业增加值"]
    ),
    accept(
        SECTORS, "8.1%", "written-county-bulletin: 住宿和餐饮业增加值", ["住宿和餐饮业", "住宿和餐饮业增加值"]
    ),
    accept(
        HK_PRICES,
        "0.8%",
        "written-hk-censtatd: 電力燃氣及水 (及 and 及)",
        ["電力燃氣及水", "電力燃氣及水的價格"],
    ),
    accept(HK_PRICES, "1.2%", "written-hk-censtatd: 衣履", ["衣履", "衣履的價格"]),
    accept(
        "電子零組件、資訊通信產品及機械分別年增12.5%、8.3%及4.1%。",
        "4.1%",
        "written-tw-moea: three figures, two 、 items: 及 divides too",
        ["機械"],
    ),
    accept(
        "本项目设备购置、安装和调试费用分别为120万元和35万元。",
        "35万元",
        "written-procurement: 安装和调试费用",
        ["安装和调试费用", "安装和调试"],
    ),
]


@pytest.mark.parametrize(("text", "needle", "accepted"), ENUMERATIONS)
def test_enumeration_items(text: str, needle: str, accepted: list[str]) -> None:
    fact = fact_at(text, needle, DAY)
    assert subject_ok(fact.subject, accepted), fact.subject


SHARED_HEADS = [
    row(
        RETAIL,
        "14.2%",
        "invented-provincial: 通讯器材类商品零售额, not 通讯器材类类…",
        subject="通讯器材类商品零售额",
    ),
    row(
        "战略性新兴产业、高新技术产业、装备制造业增加值分别增长20.6%、16.9%、17.3%。",
        "16.9%",
        "corpus-009: 高新技术产业增加值, not …产业加值",
        subject="高新技术产业增加值",
    ),
    row(SECTORS, "3.2%", "written-county-bulletin: 农林牧渔业增加值, not …业业…", subject="农林牧渔业增加值"),
    row(
        "城镇、农村居民人均可支配收入分别增长5.1%和6.6%。",
        "5.1%",
        "written-bulletin: 城镇居民人均可支配收入 (a modifier as long as the item before)",
        subject="城镇居民人均可支配收入",
    ),
    row(
        "男性、女性就业人员分别为12.3万人和10.1万人。",
        "12.3万人",
        "written-hrss: 男性就业人员",
        subject="男性就业人员",
    ),
    row(
        "第一、二、三产业增加值分别增长3.1%、4.5%和5.6%。",
        "3.1%",
        "written-bulletin: 第一产业增加值",
        subject="第一产业增加值",
    ),
    row(
        "全年新能源新材料、烟花鞭炮、电子信息、有机（富硒）食品四大重点产业工业增加值分别增长159.2%、0.7%和下降46.8%、60.8%。",
        "159.2%",
        "corpus-007: an aside in the last item is no part of the head",
        subject=("新能源新材料四大重点产业工业增加值", "新能源新材料产业工业增加值", "新能源新材料"),
    ),
]


# 第二、三产业: numbers that share the last one's head and its 第; 占…比重分别为: a 分别 with no list
# of its own goes on over the items of the sentence's last 分别
ORDINALS = "全年全县固定资产投资同比增长10%，其中第一产业同比下降49.1%，第二、三产业分别同比增长15.2%、6.2%。"
SHARES_TOO = (
    "战略性新兴产业、高新技术产业、装备制造业增加值分别增长20.6%、16.9%、17.3%，"
    "占规模以上工业比重分别为27.1%、40.5%、30.9%。"
)
SHARED_HEADS += [
    row(ORDINALS, "15.2%", "corpus-007: 第二、三产业 -> 第二产业", subject="第二产业"),
    row(ORDINALS, "6.2%", "corpus-007: 第二、三产业 -> 第三产业", subject="第三产业"),
    row(
        "一、二、三等奖分别奖励5000元、3000元和1000元。",
        "3000元",
        "written-portal: 一、二、三等奖 -> 二等奖",
        subject="二等奖",
    ),
    row(
        "澳門居民及非本地勞工的失業率分別為2.1%及0.5%。",
        "2.1%",
        "written-macau-dsec: 澳門居民的失業率 (the head after the last item's 的)",
        subject="澳門居民的失業率",
    ),
    row(
        "城镇和农村居民的人均收入分别增长5%和6%。",
        "5%",
        "written-bulletin: 城镇居民的人均收入 (a modifier as long as the item before, then 的)",
        subject="城镇居民的人均收入",
    ),
    row(
        "本地及海外僱員分別有5,200人及1,300人。",
        "5,200人",
        "written-hk-company: 本地僱員",
        subject="本地僱員",
    ),
    row(
        "一、出口和进口分别增长5%和3%。",
        "3%",
        "written-customs: a heading's number (一、) is no item",
        subject="进口",
    ),
    row(
        "三、教育、卫生和社保支出分别增长5%、6%和7%。",
        "6%",
        "written-finance-bureau: 三、 heads the paragraph; 卫生支出",
        subject="卫生支出",
    ),
    row(
        "一、二级公路分别为120公里和300公里。",
        "300公里",
        "written-transport: 一、二级公路 is a list of ordinals",
        subject="二级公路",
    ),
    row(SHARES_TOO, "40.5%", "corpus-009: 占…比重分别为 over the items before", subject="高新技术产业增加值"),
    row(
        "城镇和农村居民人均可支配收入分别为52000元和23000元，分别增长4.6%和6.8%。",
        "6.8%",
        "written-bulletin: a second 分别 after amounts",
        subject="农村居民人均可支配收入",
    ),
    row(
        "全市一、二类水质断面比例分别为45.5%和36.4%，同比分别提高4.5和2.1个百分点。",
        "36.4%",
        "written-env-bureau: 一、二类水质断面比例 -> 二类…",
        subject="二类水质断面比例",
    ),
]


@pytest.mark.parametrize(("text", "needle", "expected"), SHARED_HEADS)
def test_shared_head(text: str, needle: str, expected: dict[str, Any]) -> None:
    check_fields(fact_at(text, needle, DAY), expected)


# ---------------------------------------------------------------- a list of times before 分别
# 5月1日、2日入住率分别达到91.2%和89.5%: the items are times, and the figures share the noun after them

TIMES_LISTED = [
    accept(
        "假期期间，全市星级饭店平均客房入住率为78.6%，其中5月1日、2日入住率分别达到91.2%和89.5%。",
        "91.2%",
        "invented-culture-tourism: 5月1日、2日入住率",
        ["入住率", "客房入住率"],
    ),
    accept(
        "假期期间，全市星级饭店平均客房入住率为78.6%，其中5月1日、2日入住率分别达到91.2%和89.5%。",
        "89.5%",
        "invented-culture-tourism: …和89.5% (the second time)",
        ["入住率", "客房入住率"],
    ),
    accept(
        "一季度、二季度全省GDP分别增长5.3%和4.7%。",
        "4.7%",
        "written-provincial: 一季度、二季度全省GDP",
        ["GDP", "全省GDP"],
    ),
    accept(
        "1月、2月出口额分别为10亿元和12亿元。",
        "10亿元",
        "written-customs: 1月、2月出口额",
        ["出口额", "出口"],
    ),
    accept(
        "今年一月及二月的訪港旅客分別為420萬人次及380萬人次。",
        "420萬人次",
        "written-hk-tourism: 一月及二月的訪港旅客",
        ["訪港旅客", "旅客"],
    ),
    accept(
        "上半年和三季度全县工业用电量分别增长3.2%和4.1%。",
        "3.2%",
        "written-county: 上半年和三季度",
        ["工业用电量", "用电量"],
    ),
    # a list whose first item is only a numeral of the time that ends it (一、二季度): 一 alone reads
    # as no time, so the list is found by where its times stand, not by the times themselves
    accept(
        "全省一、二季度GDP分别增长5.3%和6.3%。",
        "5.3%",
        "written-provincial-stats: 一、二季度GDP",
        ["GDP"],
    ),
]


@pytest.mark.parametrize(("text", "needle", "accepted"), TIMES_LISTED)
def test_times_listed(text: str, needle: str, accepted: list[str]) -> None:
    fact = fact_at(text, needle, DAY)
    assert subject_ok(fact.subject, accepted), fact.subject


# ---------------------------------------------------------------- a figure in brackets after its noun
# 留宿旅客（1,690萬人次）及不過夜旅客（1,803萬人次）分別上升24.2%及23.4%: the bracketed figure counts
# the noun before it; the items of a 分别 list lose their asides; a bracket right after a figure
# restates it (贰万肆仟叁佰元整（￥24,300.00）)

MACAU = "其中，留宿旅客（1,690萬人次）及不過夜旅客（1,803萬人次）分別上升24.2%及23.4%。"
LOW_INCOME = "低收入戶（1萬2,345戶）及中低收入戶（8,760戶）分別獲補助3.2億元及1.9億元。"
ASIDES = [
    accept(MACAU, "1,690萬人次", "invented-mo-gcs: 留宿旅客（1,690萬人次）", ["留宿旅客"]),
    accept(MACAU, "1,803萬人次", "invented-mo-gcs: 不過夜旅客（1,803萬人次）", ["不過夜旅客"]),
    accept(MACAU, "24.2%", "invented-mo-gcs: 分別上升24.2%", ["留宿旅客"]),
    accept(MACAU, "23.4%", "invented-mo-gcs: 及23.4%", ["不過夜旅客"]),
    accept(
        "全年入境旅客（3,450万人次）同比增长12.1%。",
        "3,450万人次",
        "written-provincial: 入境旅客（3,450万人次）",
        ["入境旅客"],
    ),
    accept(LOW_INCOME, "8,760戶", "written-tw-city: 中低收入戶（8,760戶）", ["中低收入戶"]),
    accept(LOW_INCOME, "1.9億元", "written-tw-city: 分別獲補助…及1.9億元", ["中低收入戶"]),
    accept(
        "本项目采购预算（150万元）已落实。",
        "150万元",
        "written-procurement: 采购预算（150万元）",
        ["采购预算"],
    ),
]


@pytest.mark.parametrize(("text", "needle", "accepted"), ASIDES)
def test_aside_figure(text: str, needle: str, accepted: list[str]) -> None:
    fact = fact_at(text, needle, DAY)
    assert subject_ok(fact.subject, accepted), fact.subject


RESTATED = [
    pytest.param(
        "本项目代理服务费参照规定的收费标准下浮20%收取，三个包合计人民币贰万肆仟叁佰元整（￥24,300.00）。",
        "贰万肆仟叁佰元整",
        "24,300.00",
        id="invented-procurement: 贰万肆仟叁佰元整（￥24,300.00） (not 整)",
    ),
    pytest.param(
        "该项目总投资1.2亿元（120,000,000元），其中财政资金3000万元。",
        "1.2亿元",
        "120,000,000元",
        id="written-ndrc: 总投资1.2亿元（120,000,000元）",
    ),
    pytest.param(
        "本次共發放援助金港幣三千五百萬元（HK$35,000,000）。",
        "三千五百萬元",
        "35,000,000",
        id="written-hk-press: 港幣三千五百萬元（HK$35,000,000）",
    ),
]


@pytest.mark.parametrize(("text", "first", "restated"), RESTATED)
def test_restated_in_brackets(text: str, first: str, restated: str) -> None:
    """A bracket right after a figure restates it: the same subject, not the character before."""
    assert fact_at(text, restated, DAY).subject == fact_at(text, first, DAY).subject


# ---------------------------------------------------------------- a change after a level, an average
# 求诊人次为6,120，较前一星期上升8.5%: a change changes the level stated before it, also when that
# level has no unit (no figure); 总销货数量临时估计较一年前上升5.4%: a noun a comparison cuts off from
# its change is still its noun; 发送旅客2782.8万人次，日均347.9万人次: an average word (日均, 月均:
# two characters ending in 均) right before a figure averages the last figure of its unit

HOSPITAL = "過去一星期，全港十八間急症室的每日平均求診人次為6,120，較前一星期上升8.5%。"
TRAVEL = (
    "10月1日至8日，全省综合交通运输累计发送旅客2782.8万人次，日均347.9万人次，同比增长5.3%，"
    "运输生产总体安全平稳有序。"
)
ROADS = "高速公路方面，假期全省高速公路累计通行小客车2079.9万辆次，日均260万辆次，较2024年同期增长3.8%。"
FOLLOW_ON = [
    accept(
        HOSPITAL,
        "8.5%",
        "invented-hk-hospital: 求診人次為6,120，較前一星期上升8.5%",
        ["每日平均求診人次", "求診人次"],
    ),
    accept(
        "撇除價格變動的影響後，二○二五年十月的零售業總銷貨數量臨時估計較一年前上升5.4%。",
        "5.4%",
        "invented-hk-censtatd: 總銷貨數量臨時估計較一年前上升5.4%",
        ["零售業總銷貨數量", "總銷貨數量", "銷貨數量"],
    ),
    accept(
        "本季度綜合消費物價指數臨時數字較上年同季上升0.8%。",
        "0.8%",
        "written-macau-dsec: 物價指數臨時數字較上年同季上升0.8%",
        ["綜合消費物價指數", "消費物價指數"],
    ),
    accept(
        "一月份出口貨值為3,420億元，較去年同月的數字上升4.5%。",
        "4.5%",
        "written-hk-trade: the level's own noun, past the baseline 去年同月的數字",
        ["出口貨值"],
    ),
    accept(
        "本周本市新增登记求职人数为2,860，比上周增加6.1%。",
        "6.1%",
        "written-hrss: a level with no unit, then its change",
        ["求职人数", "登记求职人数", "新增登记求职人数"],
    ),
    accept(
        "主計總處上修今年經濟成長率，較5月預測數增加0.12個百分點。",
        "0.12個百分點",
        "invented-tw (test_traditional_styles): 上修X，較…增加 (a measure ends the clause before)",
        ["經濟成長率"],
    ),
    accept(
        "国家统计局公布今年一季度城镇调查失业率，较上季度下降0.2个百分点。",
        "0.2个百分点",
        "written-stats-bureau: 公布…失业率，较上季度下降",
        ["城镇调查失业率", "失业率"],
    ),
    accept(
        "政府統計處今日公布第三季本地生產總值，按年實質上升2.0%。",
        "2.0%",
        "written-hk-censtatd: 公布…本地生產總值，按年實質上升",
        ["本地生產總值", "生產總值"],
    ),
    accept(
        TRAVEL,
        "347.9万人次",
        "invented-holiday-travel: 日均347.9万人次",
        ["旅客", "日均", "发送旅客", "日均发送旅客"],
    ),
    accept(TRAVEL, "5.3%", "invented-holiday-travel: 日均…，同比增长5.3%", ["旅客", "发送旅客"]),
    accept(
        ROADS,
        "3.8%",
        "invented-holiday-travel: 日均260万辆次，较2024年同期增长3.8%",
        ["小客车", "通行小客车"],
    ),
    accept(
        "全年旅游收入120亿元，月均10亿元。",
        "10亿元",
        "written-culture-tourism: 月均10亿元",
        ["旅游收入", "月均旅游收入"],
    ),
    accept(
        "全市办理不动产登记4.2万件，日均办理168件。",
        "168件",
        "written-portal: 日均办理 (a verb after 日均)",
        ["日均办理", "办理", "不动产登记"],
    ),
    accept(
        "通过推广合理密植等技术，多个玉米高产示范区单产突破2000斤，亩均增产25斤。",
        "25斤",
        "corpus-027: 亩均增产 (a verb after the average word: no amount averaged)",
        ["亩均增产", "增产"],
    ),
]


@pytest.mark.parametrize(("text", "needle", "accepted"), FOLLOW_ON)
def test_follow_on(text: str, needle: str, accepted: list[str]) -> None:
    fact = fact_at(text, needle, DAY)
    assert subject_ok(fact.subject, accepted), fact.subject


# ---------------------------------------------------------------- goals, classes, parts, payments
# 收入增长5%左右的预期目标: a goal after 的 names no thing; the noun before the figure does.
# 约百分之三十属…类别的病人: a share said to belong to a class is a share of the noun after its 的.
# 平均住用率为112%，部分医院…更超过120%: a part that names no rate of its own takes the rate before.
# 申请租金补贴，每月最高补助新台币4,000元: money paid per head or period is the payment its verb
# names, not a topic carried from two clauses back.

HOSPITAL_BEDS = (
    "內科病房方面，公立醫院內科病床在午夜的平均住用率為112%，部分醫院如瑪嘉烈醫院及屯門醫院更超過120%。"
)
TRIAGE = (
    "過去一星期，全港急症室的每日平均求診人次為6,120，"
    "其中約百分之三十屬分流類別第一至第三類（危殆、危急及緊急）的病人。"
)
RENT = (
    "社會住宅租金以周邊市場行情6至8折計算，低收入戶及中低收入戶另可申請租金補貼，每月最高補助新臺幣4,000元。"
)
NIGHT = "全市文旅相关消费总额23.15亿元，其中餐饮消费7.62亿元，占比32.9%；夜间消费占全天消费的四成以上。"
NIGHT_FORM = (
    "a modifier jieba tags a time or a place word (夜间, 周末, 线上) before a noun is part of the noun; "
    "noun_phrase drops it as a time or a position"
)
GARLIC = "截至4月20日止，已收購乾蒜約3,200公噸，占預定收購量的四成。"
PARTS = [
    accept(
        "下一步，确保完成全年一般公共预算收入增长5%左右的预期目标。",
        "5%",
        "invented-finance-budget: 收入增长5%左右的预期目标",
        ["一般公共预算收入", "全年一般公共预算收入"],
    ),
    accept(
        "力争实现全年地区生产总值增长6%的目标。", "6%", "written-provincial: 增长6%的目标", ["地区生产总值"]
    ),
    accept("確保達成全年出口成長3%的目標。", "3%", "written-tw-moea: 出口成長3%的目標", ["出口"]),
    accept(
        "确保完成固定资产投资增长10%的年度计划。", "10%", "written-ndrc: 增长10%的年度计划", ["固定资产投资"]
    ),
    accept(
        "國家統計局表示，前三季度國民經濟穩中有進，為實現全年5%左右的預期目標打下堅實基礎。",
        "5%",
        "invented-hk-paper: no noun before the figure: the goal stays",
        ["預期目標", "全年"],
    ),
    accept(TRIAGE, "百分之三十", "invented-hk-hospital: 約百分之三十屬…的病人", ["病人", "求診人次"]),
    accept(
        "受助家庭成員中，約四成為65歲以上的長者。", "四成", "written-mo-ias: 約四成為65歲以上的長者", ["長者"]
    ),
    accept(
        "脱贫人口中，六成以上属于易地搬迁的农户。", "六成", "written-county: 六成以上属于…的农户", ["农户"]
    ),
    accept(HOSPITAL_BEDS, "120%", "invented-hk-hospital: 部分醫院如…更超過120%", ["住用率", "平均住用率"]),
    accept(
        "全市空气质量优良率为85.2%，东部县区达到90%以上。",
        "90%",
        "written-env-bureau: 东部县区达到90%以上",
        ["优良率", "空气质量优良率"],
    ),
    accept(
        "全市星级饭店平均客房入住率为78.6%，五星级饭店达到92.1%。",
        "92.1%",
        "written-culture-tourism: 五星级饭店达到92.1%",
        ["五星级饭店平均客房入住率", "入住率", "客房入住率", "平均客房入住率"],
    ),
    accept(
        "全縣自來水普及率為93.5%，偏遠鄉鎮僅78.2%。",
        "78.2%",
        "written-tw-county: 偏遠鄉鎮僅78.2%",
        ["普及率", "自來水普及率"],
    ),
    accept(
        "全国城镇调查失业率为5.2%，其中青年失业率为14.9%。",
        "14.9%",
        "written-bulletin: a part with a rate of its own keeps it",
        ["青年失业率", "失业率"],
    ),
    accept(
        "城镇化率为65%，GDP增长5%。", "5%@2", "written-portal: a change names its own noun (GDP)", ["GDP"]
    ),
    accept(
        RENT, "4,000元", "invented-tw-city: 每月最高補助新臺幣4,000元", ["租金補貼", "補助", "每月最高補助"]
    ),
    accept(
        "符合条件的家庭可申请购房补贴，每户补贴3万元。",
        "3万元",
        "written-county-notice: 每户补贴3万元",
        ["补贴", "购房补贴"],
    ),
    accept(
        "家庭经济困难学生每生每年资助5000元。",
        "5000元",
        "written-education-bureau: 每生每年资助5000元",
        ["资助"],
    ),
    accept(
        GARLIC,
        "四成",
        "invented-tw-county-garlic: 占預定收購量的四成",
        ["預定收購量", "收購量"],
    ),
]


@pytest.mark.parametrize(("text", "needle", "accepted"), PARTS)
def test_goals_classes_parts(text: str, needle: str, accepted: list[str]) -> None:
    fact = fact_at(text, needle, DAY)
    assert subject_ok(fact.subject, accepted), fact.subject


# 租金订为同区公屋租金的九成: a share stated with a verb and 为 (订为, 定为, 调整为) is a share of the
# noun before that verb
SET_AS = [
    accept(
        "簡約公屋的租金訂為同區公屋租金的九成，每月租金介乎1,080港元至4,460港元。",
        "九成",
        "invented-hk-housing: 租金訂為同區公屋租金的九成",
        ["簡約公屋的租金", "租金"],
    ),
    accept(
        "公共租赁住房租金标准定为同地段市场租金的70%。",
        "70%",
        "written-housing-bureau: 租金标准定为…的70% (read)",
        ["公共租赁住房租金标准", "租金标准"],
    ),
    accept(
        "本市人才公寓租金調整為市場租金的六成。",
        "六成",
        "written-tw-city: 租金調整為市場租金的六成",
        ["人才公寓租金", "租金"],
    ),
    accept(
        "全市财政收入为全省的12.5%。",
        "12.5%",
        "written-bulletin: 为全省的12.5% (no verb before 为)",
        ["财政收入"],
    ),
]


@pytest.mark.parametrize(("text", "needle", "accepted"), SET_AS)
def test_share_set_as(text: str, needle: str, accepted: list[str]) -> None:
    fact = fact_at(text, needle, DAY)
    assert subject_ok(fact.subject, accepted), fact.subject


# the whole part, not the scorer's fragment: the scorer takes 消费 inside 夜间消费
PART_FORMS = [
    row(
        NIGHT,
        "四成",
        "invented-culture-tourism: 夜间消费占全天消费的四成以上",
        known_miss(NIGHT_FORM),
        subject="夜间消费",
    ),
    row(
        "周末客流占全周客流的45%。",
        "45%",
        "written-metro: 周末客流占全周客流的45%",
        known_miss(NIGHT_FORM),
        subject="周末客流",
    ),
    row(
        "线上销售额占社会消费品零售总额的比重为28.3%。",
        "28.3%",
        "written-commerce-bureau: 线上销售额",
        known_miss(NIGHT_FORM),
        subject="线上销售额",
    ),
    row(
        "民营经济增加值1234亿元，占全市GDP的比重达到56.7%。",
        "56.7%",
        "written-bulletin: the amount just stated is the part",
        subject="民营经济增加值",
    ),
]


@pytest.mark.parametrize(("text", "needle", "expected"), PART_FORMS)
def test_part_form(text: str, needle: str, expected: dict[str, Any]) -> None:
    check_fields(fact_at(text, needle, DAY), expected)


# ---------------------------------------------------------------- a quantity's name before 为 and a count
# 总建屋量约为十八万九千个单位: a count a quantity's name (…量, …数, …规模, three characters or more)
# states with 为/达 measures that quantity; the noun after it says what it is counted in

QUANTITY_NAMED = [
    accept(
        "預計公營房屋總建屋量約為十八萬九千個單位，包括約十三萬三千個公屋／「綠置居」單位。",
        "十八萬九千個",
        "invented-hk-housing: 總建屋量約為十八萬九千個單位",
        ["公營房屋總建屋量", "總建屋量", "建屋量"],
    ),
    accept(
        "二○二二至二三年度公營房屋落成量為2萬4千個單位，較上一年度增加約35%。",
        "2萬4千個",
        "written-hk-press: 公營房屋落成量為2萬4千個單位",
        ["公營房屋落成量", "落成量"],
    ),
    accept(
        "本年度全市义务教育招生人数为5.2万名新生。",
        "5.2万名",
        "written-education-bureau: 招生人数为5.2万名新生",
        ["义务教育招生人数", "招生人数"],
    ),
    accept(
        "全年国有建设用地供应总量为120宗地块。",
        "120宗",
        "written-natural-resources: 供应总量为120宗地块",
        ["国有建设用地供应总量", "供应总量"],
    ),
    accept(
        "全市招生规模为3000名学生。",
        "3000名",
        "written-portal: a short name (规模) gives way to the noun",
        ["学生"],
    ),
    accept(
        "預計公營房屋總建屋量約為十八萬九千個單位，包括約十三萬三千個公屋／「綠置居」單位。",
        "十三萬三千個",
        "invented-hk-housing: no name before: 公屋 after",
        ["公屋", "公屋／「綠置居」單位"],
    ),
]


@pytest.mark.parametrize(("text", "needle", "accepted"), QUANTITY_NAMED)
def test_quantity_named_before(text: str, needle: str, accepted: list[str]) -> None:
    fact = fact_at(text, needle, DAY)
    assert subject_ok(fact.subject, accepted), fact.subject


# ---------------------------------------------------------------- a total over parts counted before it
# 代理服务费由…支付，…，三个包合计人民币贰万肆仟叁佰元整: an amount totalled (合计, 共计) over parts
# counted right before it is the total of what the sentence is about, not of the parts (标段)

FEE = (
    "本项目代理服务费由中标（成交）供应商支付，参照原国家计委计价格〔2002〕1980号文件规定的收费标准下浮20%收取，"
    "三个包合计人民币贰万肆仟叁佰元整（￥24,300.00）。"
)
TOPIC_AS_OBJECT = (
    "the sentence's topic is the object of its first verb (分两批发放消费券): sentence_topic finds none"
)
TOTALS = [
    accept(FEE, "贰万", "invented-procurement: 三个包合计人民币贰万…元整", ["代理服务费", "人民币", "合计"]),
    accept(
        "技术服务费由采购人承担，按合同金额的1.5%计取，两个标段合计人民币捌仟元整。",
        "捌仟",
        "invented-county-tender: 两个标段合计人民币捌仟元整 (not 标段)",
        ["技术服务费", "合计", "人民币"],
    ),
    accept(
        "本次监理服务费按中标价计取，四个标段共计128.6万元。",
        "128.6万元",
        "written-procurement: 四个标段共计128.6万元",
        ["监理服务费"],
    ),
    accept(
        "全市分两批发放消费券，两批合计5000万元。",
        "5000万元",
        "written-commerce-bureau: 两批合计5000万元",
        ["消费券"],
        known_miss(TOPIC_AS_OBJECT),
    ),
    accept(
        "本年度長者生活津貼由社會福利署發放，三個區域辦事處合共港幣52億元。",
        "52億元",
        "written-hk-swd: 三個區域辦事處合共港幣52億元",
        ["長者生活津貼"],
    ),
    accept(FEE, "20%", "invented-procurement: 收费标准下浮20% (the rate keeps its noun)", ["收费标准"]),
    accept(
        "上半年，全市三项社会保险基金收入合计96.4亿元，同比增长7.8%。",
        "96.4亿元",
        "invented-hrss: the parts name the amount themselves (基金收入)",
        ["社会保险基金收入", "三项社会保险基金收入"],
    ),
]


@pytest.mark.parametrize(("text", "needle", "accepted"), TOTALS)
def test_total_over_parts(text: str, needle: str, accepted: list[str]) -> None:
    fact = fact_at(text, needle, DAY)
    assert subject_ok(fact.subject, accepted), fact.subject


# the noun before the comparison word whole, and no qualifying word (临时, 初步) left at its end
COMPARED_FORMS = [
    row(
        "撇除價格變動的影響後，二○二五年十月的零售業總銷貨數量臨時估計較一年前上升5.4%。",
        "5.4%",
        "invented-hk-censtatd: 零售業總銷貨數量, not …數量臨時",
        subject="零售業總銷貨數量",
    ),
    row(
        "本季度全省工业生产者出厂价格初步估计比上年同期下降1.2%。",
        "1.2%",
        "written-provincial-stats: 出厂价格初步估计比上年同期下降1.2%",
        subject="工业生产者出厂价格",
    ),
]


@pytest.mark.parametrize(("text", "needle", "expected"), COMPARED_FORMS)
def test_compared_form(text: str, needle: str, expected: dict[str, Any]) -> None:
    check_fields(fact_at(text, needle, DAY), expected)


# ---------------------------------------------------------------- a part named in parallel
# 城镇居民人均可支配收入45000元；农村居民21000元: a part named in parallel to the part that opens the
# last subject of its unit (城镇|居民 and 农村居民) measures the rest of that subject too; a rest that
# names a total (总量) is the whole's; a part that shares no word, or opens the last subject itself
# (出栏生猪, 羊出栏), keeps its own name

INCOME = "全年城镇居民人均可支配收入45000元，增长5.1%；农村居民21000元，增长6.3%。"
PARALLEL = [
    row(INCOME, "21000元", "written-bulletin: 农村居民21000元", subject="农村居民人均可支配收入"),
    row(
        INCOME,
        "6.3%",
        "written-bulletin: …，增长6.3% (the change of the parallel part)",
        subject="农村居民人均可支配收入",
    ),
    row(
        "公立醫院內科病床住用率為112%，私家醫院為85%。",
        "85%",
        "written-hk-ha: 私家醫院為85%",
        subject="私家醫院內科病床住用率",
    ),
    row(
        "第一产业增加值50亿元，第二产业300亿元，第三产业450亿元。",
        "450亿元",
        "written-bulletin: 第三产业450亿元",
        subject="第三产业增加值",
    ),
    row(
        "规上工业企业利润120亿元，其中国有企业30亿元。",
        "30亿元",
        "written-finance-news: 其中国有企业30亿元",
        subject="国有企业利润",
    ),
    row(
        "在限额以上单位商品零售额中，粮油食品类零售额同比增长55.7%，烟酒类增长13.4%。",
        "13.4%",
        "corpus-008: 烟酒类增长13.4%",
        subject="烟酒类零售额",
    ),
    row(
        "全年共出栏生猪427246头，比上年减少0.9%，羊出栏12.94万头。",
        "12.94万头",
        "corpus-006: 羊出栏 (出栏生猪 opens with the shared word)",
        subject="羊出栏",
    ),
    row(
        "全县农民工总量19.41万人，比上年增长8.55%，其中，外出农民工7.97万人，增长10.28%。",
        "7.97万人",
        "corpus-007: 外出农民工 (总量 is the whole's)",
        subject="外出农民工",
    ),
    row(
        "全市常住人口500万人，其中城镇人口320万人。",
        "320万人",
        "written-bulletin: 城镇人口",
        subject="城镇人口",
    ),
    row(
        "研究生学历14人；在岗注册乡村医生524人。",
        "524人",
        "corpus-007: 乡村医生 (研究生 shares a character, no word)",
        subject="乡村医生",
    ),
]


@pytest.mark.parametrize(("text", "needle", "expected"), PARALLEL)
def test_parallel_part(text: str, needle: str, expected: dict[str, Any]) -> None:
    check_fields(fact_at(text, needle, DAY), expected)


# ---------------------------------------------------------------- 接單: a noun jieba reads as a conjunction
# Taiwan's export-orders releases count 接單 (orders received) by goods and by market; jieba tags
# 接單 as a conjunction, so the noun before the amount was cut off and nothing came out
# (patterns/words.toml domain_nouns)

ORDERS = "二、按貨品別觀察，5月資訊通信產品接單207.4億美元，年增36.7％；電子產品接單193.0億美元，年增21.0％。"
EXPORT_ORDERS = [
    accept(
        ORDERS,
        "207.4億美元",
        "invented-tw-moea: 資訊通信產品接單207.4億美元",
        ["資訊通信產品", "資訊通信產品接單"],
    ),
    accept(ORDERS, "36.7％", "invented-tw-moea: 年增36.7％", ["資訊通信產品", "資訊通信產品接單"]),
    accept(ORDERS, "193.0億美元", "invented-tw-moea: 電子產品接單193.0億美元", ["電子產品", "電子產品接單"]),
    accept(
        "三、按接單地區觀察，5月自美國接單186.8億美元，年增29.2％。",
        "186.8億美元",
        "invented-tw-moea: 自美國接單186.8億美元",
        ["美國", "自美國接單", "接單"],
    ),
    accept(
        "本縣工具機業者上半年接單金額約新臺幣35億元，較去年同期成長12%。",
        "35億元",
        "written-tw-county: 接單金額約新臺幣35億元",
        ["接單金額"],
    ),
    accept(
        "5月外銷訂單金額為520.3億美元，年增18.2%，其中自東協接單68.5億美元。",
        "68.5億美元",
        "written-tw-finance-news: 其中自東協接單68.5億美元",
        ["東協", "東協接單", "自東協接單"],
    ),
]


@pytest.mark.parametrize(("text", "needle", "accepted"), EXPORT_ORDERS)
def test_export_orders(text: str, needle: str, accepted: list[str]) -> None:
    fact = fact_at(text, needle, DAY)
    assert subject_ok(fact.subject, accepted), fact.subject


# ---------------------------------------------------------------- mid-session pages (in-sample)
# 分别占经营主体总量的31.8%、…: a share's whole between 分别 and the figures is no noun of their own, so
# they go over the amounts before; 国际/港澳台快递业务量: alternatives joined by a slash and the word after
# it modify the head the list shares; 城乡低保对象3.42万户5.87万人: a figure right after another counts
# the same thing

ENTITIES = (
    "截至6月30日，全市实有各类经营主体68.35万户，比上年末增长4.2%，其中企业21.76万户、个体工商户45.91万户、"
    "农民专业合作社6800户，分别占经营主体总量的31.8%、67.2%和1.0%。"
)
POSTAL = "1-10月，同城、异地、国际/港澳台快递业务量分别占全部快递业务量的9.6%、88.9%和1.5%。"
ASSISTANCE = "截至6月底，全市共有城乡低保对象3.42万户5.87万人，其中城市低保对象0.61万户0.98万人。"
MID_SESSION = [
    accept(
        ENTITIES, "31.8%", "invented-market-entities: 分别占经营主体总量的31.8%", ["企业", "经营主体总量"]
    ),
    accept(ENTITIES, "1.0%", "invented-market-entities: …和1.0%", ["农民专业合作社", "经营主体总量"]),
    accept(
        "全年接待游客1860.5万人次，实现旅游收入198.3亿元，分别占全省的12.1%和10.5%。",
        "12.1%",
        "written-culture-tourism: 分别占全省的12.1%",
        ["游客", "接待游客"],
    ),
    accept(POSTAL, "9.6%", "invented-postal: 同城 (not …/港澳台快递业务量)", ["同城", "同城快递业务量"]),
    accept(POSTAL, "88.9%", "invented-postal: 异地快递业务量", ["异地", "异地快递业务量"]),
    accept(ASSISTANCE, "5.87万人", "invented-civil-affairs: 3.42万户5.87万人", ["城乡低保对象", "低保对象"]),
    accept(ASSISTANCE, "0.98万人", "invented-civil-affairs: 0.61万户0.98万人", ["城市低保对象", "城市低保"]),
    accept("全县共有贫困户1200户3600人。", "3600人", "written-county: 贫困户1200户3600人", ["贫困户"]),
    accept("全年供应土地169宗314公顷。", "314公顷", "written-natural-resources: 169宗314公顷", ["土地"]),
]


@pytest.mark.parametrize(("text", "needle", "accepted"), MID_SESSION)
def test_mid_session_pages(text: str, needle: str, accepted: list[str]) -> None:
    fact = fact_at(text, needle, DAY)
    assert subject_ok(fact.subject, accepted), fact.subject
