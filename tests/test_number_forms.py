"""Number forms and units as sites the project had not read write them, one table per construction.

Every sentence here was written for these tables, in the style of a kind of site named by its row id:
``invented-portal`` (a provincial or county government portal), ``invented-bulletin`` (a statistics
bulletin), ``invented-procurement`` (a tender or award notice), ``invented-finance`` (market and
finance news), ``invented-hk`` / ``invented-mo`` / ``invented-tw`` (Hong Kong, Macau and Taiwan
government pages, traditional script), ``invented-health``, ``invented-transport``,
``invented-agri``, ``invented-env`` (bulletins of those departments). None is copied from a page or
from another project's tests. Each row runs the whole of :func:`gov_facts.extract_text` (so the
place a figure is in counts, as on a page) and checks only the fields it names, on the one fact
whose span overlaps the needle; ``kind=None`` says that no fact may overlap it. Rows that need no
page around them run through :func:`gov_facts.read_quantities` too.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import pytest

from factcase import check_one, row, table_rows
from factcase import known_miss as _bug
from factcase import overlapping as _over
from gov_facts import extract_text, read_quantities
from gov_facts.core.models import Fact


@cache
def _facts(text: str) -> tuple[Fact, ...]:
    return tuple(extract_text(text, published="2024-03-15").facts)


# ---------------------------------------------------------------- compound and regional units

UNITS = [
    row(
        "全年完成公路货运量3.45亿吨，货物周转量567.8亿吨公里。",
        "567.8",
        "invented-transport: 亿吨公里 is freight turnover, not tons",
        value=56780000000,
        unit="吨公里",
        kind="other",
        text="567.8亿吨公里",
    ),
    row(
        "旅客周转量123.4亿人公里，下降5.6%。",
        "123.4",
        "invented-transport: 亿人公里 is passenger turnover, not people",
        value=12340000000,
        unit="人公里",
        kind="other",
    ),
    row(
        "全年完成公路货运量3.45亿吨，货物周转量567.8亿吨公里。",
        "3.45",
        "invented-transport: 亿吨 beside it stays tons",
        unit="吨",
        kind="mass",
    ),
    row(
        "央行下调存款准备金率50bp。",
        "50bp",
        "invented-finance: bp (basis points, a percentage_point change since session 12)",
        value=50,
        unit="bp",
        kind="percentage_point",
    ),
    row(
        "今年以来，市场监管部门共检查食品生产经营主体1.2万家次，罚没款230万元。",
        "1.2万家次",
        "invented-market-regulator: 家次 counts visits, one unit",
        value=12000,
        unit="家次",
        kind="count",
    ),
    row(
        "今年以来，市场监管部门共检查食品生产经营主体1.2万家次，罚没款230万元。",
        "230万元",
        "invented-market-regulator: 罚没款 names the money (jieba reads 罚没 as a verb)",
        value=2300000,
        subject="罚没款",
    ),
    row(
        "该片区拆迁户215户，已签约203户。",
        "203户",
        "invented-housing: 签约 ends a word; 约 bounds nothing",
        qualifier="exact",
    ),
    row("全年节约资金120万元。", "120万元", "invented-finance-bureau: 节约 is no 约", qualifier="exact"),
    row("总投资约3.2亿元。", "3.2亿元", "invented-portal: 约 alone is about", qualifier="approx"),
    row(
        "演出持续了3个多小时。",
        "3个多小时",
        "invented-city-news: 个多 before a unit of time",
        value=3,
        unit="小时",
        kind="duration",
        qualifier="at_least",
    ),
    row(
        "工程持续了3个多月。",
        "3个多月",
        "invented-portal: 3个多月 (not 3个 and 多月)",
        value=3,
        unit="月",
        kind="duration",
        qualifier="at_least",
    ),
    row("设置8个多功能室。", "8个", "invented-education: 多功能 is no bound", unit="个", qualifier="exact"),
    row(
        "LPR下调10BP至3.45%。",
        "10BP",
        "invented-finance: BP (a percentage_point change)",
        value=10,
        unit="BP",
        kind="percentage_point",
    ),
    row(
        "捐款US$3.5 million。",
        "3.5",
        "invented-hk: an English scale word after the amount",
        value=3500000,
        currency="USD",
        text="US$3.5 million",
    ),
    row("籌集HK$2 bn。", "2", "invented-hk: HK$2 bn", value=2000000000, currency="HKD"),
    row("地铁日均客运量达到356万乘次。", "356万", "invented-transport: 乘次", value=3560000, unit="乘次"),
    row(
        "工期：180日历天",
        "180",
        "invented-procurement: 日历天 (calendar days)",
        value=180,
        unit="日历天",
        kind="duration",
    ),
    row("施工工期为90个日历天。", "90", "invented-procurement: 个日历天", value=90, kind="duration"),
    row("單位實用面積約500平方呎。", "500", "invented-hk: 平方呎 (square feet)", unit="平方呎", kind="area"),
    row("屏幕尺寸為55吋。", "55", "invented-hk: 吋 (inches)", unit="吋", kind="length"),
    row(
        "该股每手买卖单位为500股。",
        "500股",
        "invented-finance: 股 is a measure word (no warning, a count)",
        value=500,
        unit="股",
        kind="count",
    ),
    row(
        "计划发行股票五股。",
        "五股",
        "invented-finance: 股 after a Chinese numeral (五股力量) is no count",
        kind=None,
    ),
]

#: 度: degrees of heat or angle where the clause says so, else kilowatt hours
DEGREES = [
    row("最高气温35度。", "35度", "invented-env: 最高气温35度", value=35, unit="度", kind="other"),
    row("气温将下降8到10度。", "8到10度", "invented-env: a range of degrees", low=8, high=10, kind="other"),
    row("体温超过37.3度需报告。", "37.3度", "invented-health: 体温", kind="other", qualifier="more_than"),
    row("坡度小于25度的耕地。", "25度", "invented-agri: 坡度", kind="other"),
    row(
        "全年节约用电120万度。",
        "120万度",
        "invented-env: 用电 keeps kilowatt hours",
        value=1200000,
        kind="energy",
    ),
    row("气温低时用电量达3万度。", "3万度", "invented-env: 电 in the clause wins", kind="energy"),
]

# ---------------------------------------------------------------- a label that names the unit in brackets

LABELS = [
    row(
        "中标价（元）：1,234,567.00",
        "1,234,567.00",
        "invented-procurement: 中标价（元）：",
        value=1234567,
        unit="元",
        kind="money",
        subject="中标价",
        text="1,234,567.00",
    ),
    row(
        "采购预算（万元）：96.5",
        "96.5",
        "invented-procurement: （万元）： scales the value",
        value=965000,
        unit="元",
        currency="CNY",
    ),
    row("合同金额(单位：万元)：120", "120", "invented-procurement: (单位：万元)：", value=1200000, unit="元"),
    row("种植面积（亩）：350", "350", "invented-agri: （亩）：", value=350, unit="亩", kind="area"),
    row(
        "联系电话（座机）：0551-12345678",
        "12345678",
        "invented-procurement: no unit in the brackets",
        kind=None,
    ),
    row("采购数量（2024年）：15", "15", "invented-procurement: a year in brackets is no unit", kind=None),
]

#: table headers and captions that name a currency before the scale
TABLE_CURRENCIES = [
    row(
        "單位：新臺幣千元\n項目\t預算數\t決算數\n人事費\t1,234\t1,200",
        "1,234",
        "invented-tw: 單位：新臺幣千元 (a caption)",
        value=1234000,
        unit="元",
        kind="money",
        currency="TWD",
    ),
    row(
        "項目\t金額（人民幣萬元）\t金額（萬港元）\n人事費\t1,234\t5",
        "\t5",
        "invented-hk: 金額（萬港元） keeps HKD",
        value=50000,
        unit="港元",
        currency="HKD",
    ),
    row(
        "項目\t金額（人民幣萬元）\t金額（萬港元）\n人事費\t1,234\t5",
        "1,234",
        "invented-hk: 金額（人民幣萬元） is CNY",
        value=12340000,
        unit="元",
        currency="CNY",
    ),
]

# ---------------------------------------------------------------- a denominator written before the figure

PER_BEFORE = [
    row(
        "新建商品住宅均价为每平方米1.52万元。",
        "1.52",
        "invented-portal: 每平方米1.52万元 is 元/平方米",
        value=15200,
        unit="元/平方米",
        kind="money",
        text="每平方米1.52万元",
    ),
    row("肉价为每公斤28元。", "28", "invented-agri: 每公斤28元", value=28, unit="元/公斤", kind="money"),
    row(
        "布伦特原油期货价格跌至每桶78.5美元。",
        "78.5",
        "invented-finance: 每桶78.5美元 keeps USD",
        unit="美元/桶",
        currency="USD",
    ),
    row("亩产每亩500公斤。", "500", "invented-agri: 每亩500公斤 is a yield", unit="公斤/亩", kind="other"),
    row(
        "按照每个婴幼儿每月2000元的标准扣除。",
        "2000",
        "invented-portal: 每月 says how often, not per what (unit stays 元)",
        unit="元",
    ),
    row("每人500元。", "500", "invented-portal: 每人 says to whom (unit stays 元)", unit="元"),
    row("每户3人。", "3人", "invented-portal: a count after 每户 is no rate", unit="人", kind="count"),
]

# ---------------------------------------------------------------- fractions and rates written with a slash

SLASH = [
    row(
        "全市有近2/3的企业实现盈利。",
        "2/3",
        "invented-portal: 近2/3的 is two thirds",
        value=66.6666666667,
        unit="%",
        kind="percent",
        qualifier="approx",
        text="2/3",
    ),
    row("新能源车占比约1/4。", "1/4", "invented-finance: 约1/4", value=25, unit="%", qualifier="approx"),
    row("不足1/5的村庄完成改造。", "1/5", "invented-portal: 不足1/5", value=20, qualifier="less_than"),
    row(
        "孕产妇死亡率为8.5/10万，婴儿死亡率为2.1‰。",
        "8.5",
        "invented-health: 8.5/10万 is a rate per 100,000",
        value=8.5,
        unit="/10万",
        kind="other",
        text="8.5/10万",
    ),
    row("会议定于3/15召开。", "3/15", "invented-portal: 3/15 after 于 is a date", kind=None),
    row("提供24/7全天候服务。", "24/7", "invented-portal: 24/7 is no share", kind=None),
]

# ---------------------------------------------------------------- multiples and shares

MULTIPLES = [
    row("产量翻了一番。", "一番", "invented-bulletin: 翻了一番 = 2倍", value=2, unit="倍", text="翻了一番"),
    row(
        "经济总量翻了两番多。",
        "两番",
        "invented-portal: 翻了两番多 = at least 4倍",
        value=4,
        kind="multiple",
        qualifier="at_least",
        text="翻了两番多",
    ),
    row(
        "旅客人次按年增長逾一倍。",
        "一倍",
        "invented-hk: 增長逾一倍",
        value=1,
        unit="倍",
        qualifier="more_than",
    ),
    row("出口增长一倍。", "一倍", "invented-bulletin: 增长一倍 (doubled)", value=1, kind="multiple"),
    row(
        "利润增长三倍多。",
        "三倍",
        "invented-finance: 增长三倍多 (jieba's 长三 aside)",
        value=3,
        qualifier="at_least",
    ),
    row("统一元旦假期安排。", "一", "invented-portal: 统一元旦 still ends a word", kind=None),
    row(
        "去年有三成半受訪者表示支持。",
        "三成半",
        "invented-hk: 三成半 before a noun",
        value=35,
        unit="%",
        kind="percent",
    ),
    row("四成企业实现盈利。", "四成", "invented-portal: 四成 before a noun (as before)", value=40),
    row("投票率約七成五。", "七成五", "invented-hk: 七成五 is 75 %", value=75, unit="%", qualifier="approx"),
    row("滿意度達7成5。", "7成5", "invented-tw: 7成5", value=75, text="7成5"),
    row("近八成五民眾支持。", "八成五", "invented-tw: 八成五 before a noun", value=85),
    row("完成三成五个项目。", "五个", "invented-portal: 三成 then 五个 (a numeral word)", value=5, unit="个"),
    row("新建成员单位3家。", "3家", "invented-portal: 成员 is still no 成 share", value=3, unit="家"),
]

# ---------------------------------------------------------------- bounds

BOUNDS = [
    row(
        "工程投资上亿元。",
        "亿元",
        "invented-portal: 上亿元 is at least 1亿元",
        value=100000000,
        unit="元",
        qualifier="at_least",
    ),
    row("成交额上千万元。", "千万元", "invented-finance: 上千万元", value=10000000, qualifier="at_least"),
    row("吸引上万人次参观。", "万人次", "invented-portal: 上万人次", value=10000, qualifier="at_least"),
    row("比上一年增长。", "一", "invented-bulletin: 上一年 is no figure", kind=None),
    row(
        "举办线上千人直播活动。",
        "千人",
        "invented-portal: the 上 of 线上 is no bound",
        marks=_bug("上 ending another word (线上) is read as the bound of 上千"),
        value=1000,
        qualifier="exact",
    ),
    row("成千上万块光伏板逐日追光。", "万块", "invented-env: 成千上万 is an idiom, no figure", kind=None),
    row("项目数量达数百个。", "百个", "invented-portal: 数百 stays vague", kind=None),
]

# ---------------------------------------------------------------- ranges

RANGES = [
    row(
        "招聘岗位月薪3000-5000元/月。",
        "3000-5000",
        "invented-portal: a range keeps its denominator (元/月)",
        low=3000,
        high=5000,
        unit="元/月",
        kind="money",
        text="3000-5000元/月",
    ),
    row("日处理量为8-10吨/日。", "8-10", "invented-env: 吨/日 makes a rate", unit="吨/日", kind="other"),
    row("利润增长三至五成。", "三至五成", "invented-finance: 三至五成 is 30-50 %", low=30, high=50, unit="%"),
    row("占比3-5成。", "3-5成", "invented-bulletin: 3-5成", low=30, high=50, kind="percent"),
    row(
        "力争提高三到五个百分点。",
        "三到五个百分点",
        "invented-portal: 三到五个百分点 (个 a measure word)",
        low=3,
        high=5,
        unit="百分点",
        kind="percentage_point",
    ),
    row(
        "温度在零下5度到零上10度之间。",
        "10度",
        "invented-env: 零上10度 is a temperature",
        value=10,
        kind="other",
    ),
    row("签约3-5个项目。", "3-5个", "invented-portal: 3-5个 stays a count of 个", unit="个", kind="count"),
]

#: numbers of a list that 分别 hands out share the unit written after the last
LISTS = [
    row(
        "全市小学、初中、高中分别有120、45和18所。",
        "120",
        "invented-bulletin: 分别有120、45和18所",
        value=120,
        unit="所",
        kind="count",
        subject="小学",
        text="120",
    ),
    row(
        "金牌、银牌、铜牌分别为12、8、5枚。",
        "8",
        "invented-portal: 12、8、5枚",
        value=8,
        unit="枚",
        subject="银牌",
    ),
    row("三项指标分别增长3.1、6.2和5.8%。", "6.2", "invented-bulletin: 3.1、6.2和5.8%", value=6.2, unit="%"),
    row(
        "两县分别为3.2和2.1万人。",
        "3.2",
        "invented-portal: the scale of the last applies",
        value=32000,
        unit="人",
    ),
    row("两项分别提高3.9、2.0个百分点。", "3.9", "invented-bulletin: 个百分点", value=3.9, unit="百分点"),
    row("每周3、4次。", "3、", "invented-portal: 3、4次 without 分别 is three or four", kind=None),
    row(
        "荣获第1、2、3名。",
        "3名",
        "invented-portal: 第1、2、3名 are places, not 3 people",
        value=3,
        kind="rank",
    ),
    row(
        "位列全省第2、5、8位。",
        "5、",
        "invented-bulletin: the 第 of the first stands for all",
        value=5,
        kind="rank",
    ),
    row("2021、2022和2023年分别获奖。", "2021", "invented-portal: a list of years", kind=None),
]

# ---------------------------------------------------------------- bounds around a figure

QUALIFIERS = [
    row(
        "全年收入8个多亿元。",
        "8个多亿元",
        "invented-portal: 8个多亿元 (a scale said aloud)",
        value=800000000,
        unit="元",
        qualifier="at_least",
        text="8个多亿元",
    ),
    row("投资3个亿元建设新厂。", "3个亿元", "invented-portal: 3个亿元", value=300000000, kind="money"),
    row("全年收入8个多亿。", "8个", "invented-portal: 8个多亿 is no count of 8", kind=None),
    row(
        "二十来个村民参加。",
        "二十来个",
        "invented-portal: 二十来个 is about 20",
        value=20,
        qualifier="approx",
    ),
    row("干了十来天。", "十来天", "invented-portal: 十来天", value=10, unit="天", qualifier="approx"),
    row("100来人参加。", "100来人", "invented-portal: 100来人", value=100, qualifier="approx"),
    row("十年来变化巨大。", "十年", "invented-portal: 十年来 stays a window", kind=None),
    row("总面积约1 234.5平方米。", "234.5", "invented-bulletin: a space between digit groups", value=1234.5),
    row(
        "公營房屋總供應量預計約為 136 000個單位。",
        "136 000",
        "invented-hk: spaced thousands, 約為 set off by a space",
        value=136000,
        qualifier="approx",
    ),
    row("全港共有約 1 200 間安老院舍。", "1 200", "invented-hk: 1 200 間", value=1200, unit="間"),
    row("2023 年 5 月起，每人可獲 2 000 元。", "2 000", "invented-hk: a spaced date stays out", value=2000),
    row("新建8个多功能室。", "8个", "invented-portal: 多功能 is no bound", value=8, qualifier="exact"),
    row("用了3个多月。", "3个", "invented-portal: 3个多月 (as before)", qualifier="at_least"),
    row(
        "新生儿出生后90天内参保。",
        "90天",
        "invented-health: 内 bounds the days (内参 aside)",
        qualifier="at_most",
    ),
    row(
        "汛期径流量约占全年的70%。",
        "70%",
        "invented-env: 约占全年的70%",
        value=70,
        qualifier="approx",
    ),
    row("人均收入约为全国平均水平的1.3倍。", "1.3倍", "invented-bulletin: 约为…的1.3倍", qualifier="approx"),
    row("耕地面积不到全市的三分之一。", "三分之一", "invented-agri: 不到…的三分之一", qualifier="less_than"),
    row(
        "对年营业收入首次突破1亿元、5亿元、10亿元的企业给予奖励。",
        "10亿元",
        "invented-portal: 突破 bounds each figure of the list",
        qualifier="more_than",
    ),
    row("投资约100万元、200万元。", "200万元", "invented-portal: 约 before a list", qualifier="approx"),
    row(
        "分别增长5%、下降3%。",
        "3%",
        "invented-bulletin: a figure with its own verb stays exact",
        qualifier="exact",
    ),
    row("近年来全市的35%村庄完成改造。", "35%", "invented-portal: 近年来 is no bound", qualifier="exact"),
]

# ---------------------------------------------------------------- a scaled count that ends its clause

CLAUSE_FINAL = [
    row(
        "本澳總人口為68.4萬，其中女性佔53.5%。",
        "68.4萬",
        "invented-mo: 總人口為68.4萬，",
        value=684000,
        unit=None,
        kind="count",
        text="68.4萬",
    ),
    row("全市常住人口突破1000万。", "1000万", "invented-portal: 突破1000万。", value=10000000, kind="count"),
    row(
        "当时英国人口不到600万；",
        "600万",
        "invented-bulletin: 不到600万",
        value=6000000,
        qualifier="less_than",
    ),
    row(
        "三季度末存款余额达12.3万亿。",
        "12.3万亿",
        "invented-finance: an amount of money with no currency written",
        value=12300000000000,
        kind="money",
        unit=None,
    ),
    row(
        "项目总投资为1.2亿，",
        "1.2亿",
        "invented-portal: money with no 元 is no count",
        kind="money",
        unit=None,
    ),
    row(
        "全市常住人口103万，城镇化率62.3%。",
        "103万",
        "written-portal: a head count right before its scaled number, no verb",
        value=1030000,
        unit=None,
        kind="count",
    ),
    row("全县户籍人口四十五万。", "四十五万", "written-county: 人口 and a Chinese numeral", value=450000),
    row(
        "年內出入境人次212.5萬，按年上升5%。",
        "212.5萬",
        "written-mo: a noun naming its measure (人次) right before the number",
        value=2125000,
        unit="人次",
    ),
    row("受理申请户数3.2万，", "3.2万", "written-provincial: 户数 gives the unit 户", unit="户"),
    row("粮食产量120万。", "120万", "written-bulletin: a mass with no unit written is no count", kind=None),
    row(
        "截至目前共10万，2021年以来。",
        "10万",
        "invented-portal: after 共 with no noun",
        kind="count",
        value=100000,
    ),
]

# ---------------------------------------------------------------- how long, in Chinese numerals

DURATIONS = [
    row("計劃為期兩年。", "兩年", "invented-hk: 為期兩年", value=2, unit="年", kind="duration"),
    row("项目历时三年建成。", "三年", "invented-portal: 历时三年", value=3, kind="duration"),
    row("培训为期一年。", "一年", "invented-portal: 为期一年", value=1, unit="年"),
    row("历时一个月完成。", "一个月", "invented-portal: 历时一个月", value=1, unit="个月"),
    row("实施三年行动计划。", "三年", "invented-portal: 三年行动 names a plan", kind=None),
    row(
        "连续三年获评先进。",
        "三年",
        "invented-portal: 连续三年 is a run of years (dev gold 033 counts 连续两年)",
        value=3,
        unit="年",
        kind="duration",
    ),
    row("一年一度的农博会开幕。", "一年", "invented-portal: 一年一度", kind=None),
]

# ---------------------------------------------------------------- 日 as days

DAYS = [
    row(
        "供应商应在合同签订后30日内完成供货。",
        "30日",
        "invented-procurement: 30日内 is within 30 days",
        value=30,
        unit="日",
        kind="duration",
        qualifier="at_most",
    ),
    row(
        "旅客平均逗留時間為1.2日。",
        "1.2日",
        "invented-mo: 1.2日 (a decimal is no day of the month)",
        value=1.2,
    ),
    row("会议于30日召开。", "30日", "invented-portal: 30日 is a date", kind=None),
    row("于9月30日内完成。", "30日", "invented-portal: 9月30日内 is a date", kind=None),
    row(
        "投标人须具有近3年（2021年1月1日至今）类似业绩。",
        "3年",
        "invented-procurement: 近3年（…） is a time window",
        kind=None,
    ),
]

# ---------------------------------------------------------------- what stays out

STAYS_OUT = [
    row("10年期国债收益率下行3个基点至2.35%。", "10年", "invented-finance: 10年期 names a bond", kind=None),
    row("5年期以上LPR为3.95%。", "5年", "invented-finance: 5年期以上LPR", kind=None),
    row(
        "10年期国债收益率下行3个基点至2.35%。",
        "3个基点",
        "invented-finance: the basis points beside it stay",
        value=3,
        unit="基点",
    ),
]

# ---------------------------------------------------------------- index points and change words

MARKETS = [
    row(
        "恒生指數收市報16,725點，升212點。",
        "212",
        "invented-hk: 升212點 (a move verb right before)",
        value=212,
        unit="點",
        kind="other",
    ),
    row(
        "加權指數終場大漲312.5點，收在17,521.33點。",
        "17,521.33",
        "invented-tw: 收在17,521.33點",
        value=17521.33,
        kind="other",
    ),
    row(
        "全市近5年累计投入资金12亿元。",
        "5年",
        "invented-portal: 近5年 after a place word is a window",
        kind=None,
    ),
    row(
        "项目建设近5年。",
        "5年",
        "invented-portal: 建设近5年 (nearly five years) stays a duration",
        kind="duration",
    ),
    row("上午9点升旗。", "9点", "invented-portal: 9点 before 升旗 stays a time", kind=None),
    row("二氧化硫排放量削减12%。", "12%", "invented-env: 削减 is a decrease", change="decrease"),
    row("压减一般性支出10%。", "10%", "invented-portal: 压减", change="decrease"),
    row("工业增加值降幅收窄2.3个百分点。", "2.3", "invented-bulletin: 收窄", change="decrease"),
    row("桃園機場旅運量年增1.3倍。", "1.3倍", "invented-tw: 年增", change="increase"),
    row("出口年減5.2%。", "5.2%", "invented-tw: 年減", change="decrease"),
    row(
        "营业收入12.3亿元（同比+5.2%）。", "5.2%", "invented-finance: 同比+5.2%", value=5.2, change="increase"
    ),
    row("客流量同比↑15.6%。", "15.6%", "invented-finance: ↑", change="increase"),
    row("成交量↓8.2%。", "8.2%", "invented-finance: ↓", value=8.2, change="decrease"),
    row(
        "增速比上年同期加快1.2个百分点。",
        "1.2",
        "invented-stats-release: a growth rate that speeds up (加快) is an increase",
        change="increase",
    ),
    row(
        "增速较一季度放缓了0.3个百分点。",
        "0.3",
        "invented-stats-release: 放缓了 is a decrease",
        change="decrease",
    ),
    row(
        "加快建设5G基站1200个。",
        "1200个",
        "invented-provincial-portal: 加快 as a verb of policy, far from its figure, is no change",
        change=None,
    ),
    row("營業額年增率13.6%。", "13.6%", "invented-tw: 年增率 is a rate's name, no change", change=None),
]

# ---------------------------------------------------------------- the local dollar

DOLLARS = [
    row(
        "香港特區政府今日公布，本財政年度的綜合赤字預計為1,016億元。",
        "1,016",
        "invented-hk: a bare 元 in Hong Kong is HKD",
        value=101600000000,
        unit="元",
        currency="HKD",
    ),
    row(
        "香港特區政府會向每名合資格長者發放$1,000。",
        "1,000",
        "invented-hk: $ in Hong Kong is HKD",
        value=1000,
        currency="HKD",
    ),
    row(
        "香港特區政府今日公布，另撥款24.3億元人民幣。",
        "24.3",
        "invented-hk: 元人民幣 stays CNY",
        currency="CNY",
    ),
    row(
        "澳門特區政府宣佈，每名澳門永久性居民獲發一萬元。",
        "一萬元",
        "invented-mo: a bare 元 in Macau is MOP",
        value=10000,
        currency="MOP",
    ),
    row(
        "臺北市政府表示，基本工資調整為每月新臺幣27,470元，時薪183元。",
        "183",
        "invented-tw: a bare 元 in Taipei is TWD",
        value=183,
        currency="TWD",
    ),
    row(
        "香港特区政府今日公布，本财政年度的综合赤字预计为1,016亿元。",
        "1,016",
        "invented-portal: a simplified page's bare 元 stays CNY, whatever place it names",
        currency="CNY",
    ),
    row(
        "本財政年度的綜合赤字預計為1,016億元。",
        "1,016",
        "invented-hk: with no place named, a bare 元 stays CNY",
        currency="CNY",
    ),
]

TABLES = {
    "units": UNITS,
    "degrees": DEGREES,
    "labels": LABELS,
    "table_currencies": TABLE_CURRENCIES,
    "per_before": PER_BEFORE,
    "slash": SLASH,
    "multiples": MULTIPLES,
    "bounds": BOUNDS,
    "ranges": RANGES,
    "lists": LISTS,
    "qualifiers": QUALIFIERS,
    "clause_final": CLAUSE_FINAL,
    "durations": DURATIONS,
    "days": DAYS,
    "stays_out": STAYS_OUT,
    "markets": MARKETS,
    "dollars": DOLLARS,
}
ALL_ROWS = table_rows(TABLES)


@pytest.mark.parametrize(("text", "needle", "expected"), ALL_ROWS)
def test_the_fact(text: str, needle: str, expected: dict[str, Any]) -> None:
    check_one(_over(_facts(text), text, needle), needle, expected)


#: the rows a text alone decides (no place, no subject): read_quantities must agree
QUANTITY_ROWS = table_rows(
    TABLES,
    lambda table, p: (
        table != "dollars" and p.values[2] != {"kind": None} and not {"change", "subject"} & set(p.values[2])
    ),
)


@pytest.mark.parametrize(("text", "needle", "expected"), QUANTITY_ROWS)
def test_read_quantities_reads_the_same(text: str, needle: str, expected: dict[str, Any]) -> None:
    check_one([q for q in _over(read_quantities(text), text, needle) if q.kind != "number"], needle, expected)
