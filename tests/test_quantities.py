"""read_quantities: every way a Chinese page writes a quantity, one table per construction.

Each row names the kind of page whose style it is written in: ``city-news`` (a city or county
government's news), ``bulletin`` (a statistics bulletin or release), ``procurement`` (a
procurement, tender or contract notice), ``finance`` (finance and market news), ``hk`` (a Hong
Kong or Macau government page), ``tw`` (a Taiwan page), ``weather`` (weather and earthquake
notices); ``seed:``/``corpus-NNN:``/``guide:``/``issue:`` rows come from the seed page, a corpus
page, shared/eval/GUIDE.md or the issue. All rows were written here; none is copied from another
project's tests. A row checks only the fields it gives; the quantity is the one whose span
overlaps the needle. The same rows (those with a unit) run through the fact engine too.
"""

from __future__ import annotations

from datetime import date
from functools import cache
from typing import Any

import pytest

from factcase import check_one, row, table_rows
from factcase import overlapping as _over
from gov_facts import Quantity, read_quantities
from gov_facts.core.models import Fact
from gov_facts.facts.engine import find_facts
from gov_facts.rules.patterns import load_patterns

PATTERNS = load_patterns()


@cache
def _read(text: str) -> tuple[Quantity, ...]:
    return tuple(read_quantities(text, PATTERNS))


@cache
def _facts(text: str) -> tuple[Fact, ...]:
    return tuple(find_facts(text, PATTERNS, date(2024, 3, 15))[0])


# ---------------------------------------------------------------- Arabic digits

ARABIC = [
    row(
        "全年接待游客3,250万人次。",
        "3,250万",
        "city-news: 3,250万 thousands comma",
        value=32500000,
        unit="人次",
    ),
    row(
        "签约项目3，250个。",
        "3，250",
        "bulletin: 3，250 full-width comma between digits",
        value=3250,
        unit="个",
    ),
    row("人均居住面积达２.５平方米。", "２.５", "city-news: full-width ２.５", value=2.5, unit="平方米"),
    row(
        "合同金额１２３４万元。",
        "１２３４",
        "procurement: full-width １２３４万元",
        value=12340000,
        kind="money",
    ),
    row("中标金额：1,234,567.89元", "1,234,567.89", "procurement: 1,234,567.89元", value=1234567.89),
    row("增长率为0.75%。", "0.75", "bulletin: a decimal share", value=0.75, unit="%"),
    row("总投资 294.8 万元。", "294.8", "procurement: a space before the scale", value=2948000, unit="元"),
]

# ---------------------------------------------------------------- Chinese numerals

CHINESE = [
    row("全县共有一百零五个行政村。", "一百零五", "city-news: 一百零五 with 零", value=105, unit="个"),
    row("建成三千零五十套住房。", "三千零五十", "city-news: 三千零五十", value=3050, unit="套"),
    row("全市两万人参加。", "两万", "city-news: 两万", value=20000),
    row("兩萬人參與活動。", "兩萬", "hk: 兩萬 traditional", value=20000, unit="人"),
    row("二〇二三年全镇新建房屋一千二百套。", "一千二百", "city-news: 一千二百套", value=1200),
    row("来了一千二人。", "一千二", "city-news: 一千二 = 1200 (elided place)", value=1200, unit="人"),
    row("月薪两万六元。", "两万六", "city-news: 两万六 = 26000", value=26000, unit="元"),
    row("招募志愿者四百八人。", "四百八", "city-news: 四百八 = 480", value=480, unit="人"),
    row("总投资一亿五元。", "一亿五", "city-news: 一亿五 = 150000000", value=150000000),
    row("惠及1.39万户。", "1.39万", "seed: 1.39万 mixed with Arabic", value=13900, unit="户"),
    row("全年进出口总额2.36万亿元。", "2.36万亿", "bulletin: 2.36万亿元", value=2360000000000, unit="元"),
    row("投入资金6千万元。", "6千万", "city-news: 6千万元", value=60000000),
    row("国库收入一万万元。", "一万万", "finance: 一万万 = 一亿", value=100000000, unit="元"),
    row("拨付资金三万万五千万元。", "三万万五千万", "finance: 三万万五千万", value=350000000),
    row("全年生产总值十二亿五千万元。", "十二亿五千万", "bulletin: 十二亿五千万元", value=1250000000),
    row("全县〇点五万人。", "〇点五万", "city-news: 〇点五万", value=5000, unit="人"),
    row("村里俩人获奖。", "俩", "city-news: 俩人", value=2, unit="人"),
    row("共有廿三所学校。", "廿三", "city-news: 廿三", value=23, unit="所"),
]

# ---------------------------------------------------------------- financial capitals

CAPITALS = [
    row(
        "合同金额：人民币壹佰贰拾叁万肆仟伍佰元整",
        "壹佰贰拾叁万肆仟伍佰",
        "procurement: 壹佰贰拾叁万肆仟伍佰元整",
        value=1234500,
        unit="元",
        currency="CNY",
        kind="money",
        text="人民币壹佰贰拾叁万肆仟伍佰元整",
    ),
    row(
        "预算金额：六十三万四佰零二元",
        "六十三万四佰零二",
        "procurement: capitals mixed with ordinary numerals",
        value=630402,
        unit="元",
    ),
    row("报价：叁拾元伍角贰分", "叁拾元", "procurement: 元角分", value=30.52, text="叁拾元伍角贰分"),
    row("单价为3元5角。", "3元5角", "city-news: 3元5角", value=3.5, unit="元"),
    row("大写：壹万贰仟元整（￥12000.00）", "壹万贰仟", "procurement: 壹万贰仟元整", value=12000),
    row(
        "大写：壹万贰仟元整（￥12000.00）",
        "12000.00",
        "procurement: ￥12000.00 (the yuan sign is the unit 元, as the gold reads it)",
        value=12000,
        currency="CNY",
        unit="元",
    ),
    row("金额：玖仟玖佰玖拾玖元", "玖仟玖佰玖拾玖", "procurement: 玖仟玖佰玖拾玖元", value=9999),
    row("中标价：贰拾萬元整", "贰拾萬", "hk: capitals with 萬", value=200000, unit="元"),
    row("總價：參仟貳佰圓整", "參仟貳佰", "tw: traditional capitals 參 貳 and 圓", value=3200, unit="圓"),
    row("党员队伍建设有力。", "伍", "city-news: 队伍 is no capital 伍", marks=(), kind=None),
]

# ---------------------------------------------------------------- traditional script

TRADITIONAL = [
    row(
        "上週門急診類流感就診計10萬3,515人次。",
        "3,515",
        "tw: 10萬3,515人次, a grouped tail after 萬",
        value=103515,
        unit="人次",
        text="10萬3,515人次",
    ),
    row(
        "歲出規模達新臺幣2兆8,813億元。",
        "8,813",
        "tw: 2兆8,813億元, a grouped number between two scales",
        value=2881300000000,
        unit="元",
    ),
    row("就诊计10万3515人次。", "3515", "city-news: 10万3515, a tail after 万", value=103515),
    row(
        "截至目前共10万，2021年以来。",
        "10万",
        "city-news: a year after 万 is no tail (共10万， ends its clause: a count)",
        value=100000,
        kind="count",
    ),
    row(
        "新北市今年共興建社會住宅1,860戶，總經費達35.6億元。",
        "1,860",
        "issue/tw: 1,860戶",
        value=1860,
        unit="戶",
    ),
    row(
        "新北市今年共興建社會住宅1,860戶，總經費達35.6億元。",
        "35.6億",
        "issue/tw: 35.6億元",
        value=3560000000,
        unit="元",
        kind="money",
    ),
    row("本港失業率為百分之三點一。", "百分之三點一", "hk: 百分之三點一", value=3.1, unit="%"),
    row("失業率下降0.2個百分點。", "0.2", "hk: 個百分點", value=0.2, unit="百分點", kind="percentage_point"),
    row("出口按年下跌負增長。", "負", "hk: 負增長 is no number", kind=None),
    row("盈利錄得負1.5億港元。", "負1.5億", "hk: 負1.5億港元", value=-150000000, currency="HKD"),
    row("全年共處理兩千三百宗個案。", "兩千三百", "hk: 兩千三百宗", value=2300, unit="宗"),
    row("每人可獲發5,000圓。", "5,000", "tw: 圓", value=5000, unit="圓", kind="money"),
    row(
        "建造費約為新臺幣12億元。",
        "12億",
        "tw: 新臺幣12億元 (元 after a TWD name)",
        value=1200000000,
        currency="TWD",
    ),
    row("總預算1.2兆元。", "1.2兆", "tw: 兆 is a trillion", value=1200000000000, unit="元"),
    row("總預算3兆5000億元。", "3兆5000億", "tw: 3兆5000億元", value=3500000000000),
    row(
        "太陽光電裝置容量達12萬瓩。", "12萬瓩", "tw: 瓩 is a kilowatt", value=120000, unit="瓩", kind="power"
    ),
    row("興建停車場3棟、車位1,200個。", "3棟", "tw: 棟", value=3, unit="棟"),
]

# ---------------------------------------------------------------- signs

SIGNS = [
    row("净利润为负四十七万元。", "负四十七万", "issue/finance: 负四十七万元", value=-470000, unit="元"),
    row("利润同比增长-3.2%。", "3.2", "bulletin: -3.2%", value=-3.2, text="-3.2%"),
    row("利润同比增长−3.2%。", "3.2", "bulletin: typographic minus −3.2%", value=-3.2),
    row("最低气温零下5℃。", "5", "weather: 零下5℃", value=-5, unit="℃", kind="other", text="零下5℃"),
    row("最低气温零下五度。", "五", "weather: 零下五度", value=-5, unit="度", kind="other"),
    row(
        "出口同比负增长3.2%。", "3.2", "bulletin: 负增长 is a decrease, the figure stays positive", value=3.2
    ),
    row("误差在正负5%以内。", "5", "procurement: 正负 is no sign", value=5),
    row("咨询电话：0563-2022000", "2022000", "city-news: a phone number's dash is no sign", kind=None),
    row("利润率为负百分之五。", "百分之五", "finance: 负百分之五", value=-5, unit="%", text="负百分之五"),
]

# ---------------------------------------------------------------- decimals written in Chinese

DECIMALS = [
    row("增长七点二个百分点。", "七点二", "bulletin: 七点二个百分点", value=7.2, unit="百分点"),
    row("比重为百分之四点八。", "百分之四点八", "bulletin: 百分之四点八", value=4.8, unit="%"),
    row("厚度约零点五米。", "零点五", "city-news: 零点五米", value=0.5, unit="米"),
    row("实现营收三点五亿元。", "三点五亿", "finance: 三点五亿元", value=350000000),
]

# ---------------------------------------------------------------- shares

SHARES = [
    row("发证率88.02%。", "88.02", "seed: 88.02%", value=88.02, unit="%", kind="percent"),
    row("发证率88.02％。", "88.02", "city-news: full-width ％", value=88.02, unit="%"),
    row("失业率为百分之五。", "百分之五", "bulletin: 百分之五", value=5, unit="%"),
    row(
        "人口自然增长率为千分之五。",
        "千分之五",
        "bulletin: 千分之五 (GUIDE: fractions are %)",
        value=0.5,
        unit="%",
    ),
    row("不良率控制在万分之六。", "万分之六", "issue/finance: 万分之六", value=0.06, unit="%"),
    row("误差不超过百万分之三。", "百万分之三", "bulletin: 百万分之三", value=0.0003, unit="%"),
    row("占全市的四分之一。", "四分之一", "guide: 四分之一", value=25, unit="%"),
    row("约占三分之二。", "三分之二", "city-news: 三分之二", value=66.6666666667),
    row("四成企业实现盈利。", "四成", "city-news: 四成", value=40, unit="%", kind="percent"),
    row("降水量偏少1.5成。", "1.5成", "weather: 1.5成", value=15, unit="%"),
    row("七成半的村庄完成改造。", "七成半", "issue/city-news: 七成半", value=75, unit="%"),
    row(
        "比上年提高3个百分点。",
        "3个百分点",
        "guide: 3个百分点 (the 个 is a measure word)",
        value=3,
        unit="百分点",
        kind="percentage_point",
        text="3个百分点",
    ),
    row("人口自然增长率为5.2‰。", "5.2", "guide: 5.2‰", value=5.2, unit="‰", kind="other"),
    row("新建成员单位3家。", "3家", "city-news: 成员 is no 成 share", value=3, unit="家"),
    row(
        "门票按八折收费。", "八折", "city-news: 八折 is 80 % of the price", value=80, unit="%", kind="percent"
    ),
    row("团体票7.5折优惠。", "7.5折", "city-news: 7.5折", value=75, unit="%"),
    row("老年人按八五折收费。", "八五折", "procurement: 八五折", value=85, unit="%"),
    row("按市场价折算为500元。", "500", "finance: 折算 is no discount", value=500, unit="元"),
    row("达标率百分之百。", "百分之百", "bulletin: 百分之百", value=100, unit="%"),
]

# ---------------------------------------------------------------- bounds and approximations

BOUNDS = [
    row(
        "投资三千二百余万元。",
        "三千二百余万",
        "issue/city-news: 三千二百余万",
        value=32000000,
        qualifier="at_least",
    ),
    row(
        "吸引二十几万游客。",
        "二十几万",
        "issue/city-news: 二十几万 (the bound is the value)",
        value=200000,
        qualifier="at_least",
    ),
    row("销售6000多台。", "6000多", "bulletin: 6000多台", value=6000, qualifier="at_least", unit="台"),
    row(
        "总投资五千二百零几万元。",
        "五千二百零几万",
        "issue/procurement: 五千二百零几万元",
        value=52000000,
        qualifier="at_least",
        unit="元",
    ),
    row("每亩产量1000斤上下。", "1000斤", "bulletin: 上下", value=1000, qualifier="approx"),
    row("现场1000人左右。", "1000人", "city-news: 左右", value=1000, qualifier="approx"),
    row("全市常住人口近300万人。", "300万", "city-news: 近", value=3000000, qualifier="approx"),
    row("约1.2万人参加。", "1.2万", "city-news: 约", value=12000, qualifier="approx"),
    row("逾500家企业参展。", "500家", "finance: 逾", value=500, qualifier="more_than"),
    row("交易额超过20亿元。", "20亿", "finance: 超过", value=2000000000, qualifier="more_than"),
    row("完成率不足60%。", "60%", "bulletin: 不足", value=60, qualifier="less_than"),
    row("用时不到3天。", "3天", "city-news: 不到", value=3, qualifier="less_than"),
    row("3岁以上儿童免票。", "3岁", "city-news: 以上", value=3, qualifier="at_least"),
    row("单笔200万元以下。", "200万", "procurement: 以下", value=2000000, qualifier="at_most"),
    row("至少有两名宇航员。", "两名", "corpus-036: 至少", value=2, qualifier="at_least"),
    row("每人最多5000元。", "5000元", "city-news: 最多", value=5000, qualifier="at_most"),
    row("全市有十几个乡镇参加。", "十几个", "city-news: 十几 stays vague (no fact)", kind=None),
    row("已建成1000余套。", "1000余套", "city-news: 余", value=1000, qualifier="at_least"),
    row("粒径大于10微米。", "10微米", "weather: 大于", value=10, qualifier="more_than"),
    row("坡度小于5度。", "5度", "procurement: 小于", qualifier="less_than"),
    row("宽度不小于3米。", "3米", "procurement: 不小于", value=3, qualifier="at_least"),
]

# ---------------------------------------------------------------- ranges

RANGES = [
    row("服务期限为3至5年。", "3至5年", "guide: 3至5年", value=None, low=3, high=5, unit="年"),
    row("每户补助10-15万元。", "10-15万", "guide: 10-15万元", low=100000, high=150000, unit="元"),
    row("吸纳就业四到五万人。", "四到五万", "issue/city-news: 四到五万人", low=40000, high=50000, unit="人"),
    row("增幅在15%至20%之间。", "15%至20%", "guide: 15%至20%", low=15, high=20, unit="%"),
    row(
        "单价2万(含)-8万元。",
        "2万(含)-8万元",
        "issue/procurement: 2万(含)-8万元",
        low=20000,
        high=80000,
        unit="元",
        text="2万(含)-8万元",
    ),
    row(
        "投资约七八亿元。",
        "七八亿",
        "issue/finance: 七八亿元",
        low=700000000,
        high=800000000,
        value=None,
        qualifier="approx",
    ),
    row("来了五六十个人。", "五六十个", "city-news: 五六十个", low=50, high=60, unit="个"),
    row("六七成的农户参保。", "六七成", "city-news: 六七成", low=60, high=70, unit="%"),
    row("需要一两个月。", "一两个月", "city-news: 一两个月", low=1, high=2, unit="个月"),
    row("吸纳十七八万人就业。", "十七八万", "city-news: 十七八万人", low=170000, high=180000),
    row("气温18~25℃。", "18~25", "weather: 18~25℃", low=18, high=25, unit="℃"),
    row("建设周期1～2年。", "1～2年", "procurement: 1～2年 full-width tilde", low=1, high=2),
    row("估价300—500万元。", "300—500万", "finance: 300—500万元 em dash", low=3000000, high=5000000),
    row(
        "利率为百分之三到百分之五。",
        "百分之三到百分之五",
        "finance: 百分之三到百分之五",
        low=3,
        high=5,
        unit="%",
    ),
    row("增长百分之十到二十。", "百分之十到二十", "bulletin: 百分之十到二十", low=10, high=20, unit="%"),
    row("贷款10万元至15万元。", "10万元至15万元", "finance: 10万元至15万元", low=100000, high=150000),
]

# ---------------------------------------------------------------- money and currencies

MONEY = [
    row("引进外资5.5亿美元。", "5.5亿", "guide: 美元", value=550000000, currency="USD", unit="美元"),
    row("合同额US$1.5亿。", "1.5亿", "finance: US$1.5亿", value=150000000, currency="USD", text="US$1.5亿"),
    row("售价$200。", "200", "finance: $200", value=200, currency="USD"),
    row("租金HK$3,000。", "3,000", "hk: HK$3,000", value=3000, currency="HKD", text="HK$3,000"),
    row("资助额为港币500万元。", "500万", "hk: 港币500万元 (元 after HKD)", value=5000000, currency="HKD"),
    row("罚款MOP 5,000。", "5,000", "hk: MOP 5,000 (Macau)", value=5000, currency="MOP"),
    row("补助澳门元8000元。", "8000", "hk: 澳门元 before, 元 after", value=8000, currency="MOP"),
    row("捐款NT$300萬。", "300萬", "tw: NT$300萬", value=3000000, currency="TWD"),
    row("票价￥500。", "500", "city-news: ￥500", value=500, currency="CNY"),
    row("票价¥500。", "500", "city-news: ¥500", value=500, currency="CNY"),
    row("投资€20亿。", "20亿", "finance: €20亿", value=2000000000, currency="EUR"),
    row("出资£300万。", "300万", "finance: £300万", value=3000000, currency="GBP"),
    row("融资5亿港元。", "5亿", "hk: 港元", value=500000000, currency="HKD"),
    row("补助3000澳门元。", "3000", "hk: 澳门元", value=3000, currency="MOP"),
    row("捐赠10万新台币。", "10万", "tw: 新台币", value=100000, currency="TWD"),
    row("出口额30亿欧元。", "30亿", "finance: 欧元", value=3000000000, currency="EUR"),
    row("投资500亿日元。", "500亿", "finance: 日元", value=50000000000, currency="JPY"),
    row("成交2亿英镑。", "2亿", "finance: 英镑", value=200000000, currency="GBP"),
    row("签约1万亿韩元。", "1万亿", "finance: 韩元", value=1000000000000, currency="KRW"),
    row("贸易额30亿卢布。", "30亿", "finance: 卢布", value=3000000000, currency="RUB"),
    row("订单2000万泰铢。", "2000万", "finance: 泰铢", value=20000000, currency="THB"),
    row("投资5亿新加坡元。", "5亿", "finance: 新加坡元", value=500000000, currency="SGD"),
    row(
        "收入24.3亿元人民币。", "24.3亿", "corpus-006: 元人民币", value=2430000000, unit="元", currency="CNY"
    ),
    row("奖金人民币50万元。", "50万", "city-news: 人民币50万元", value=500000, unit="元", currency="CNY"),
    row(
        "一斤白菜卖12块钱。", "12块钱", "city-news: 12块钱 (spoken yuan)", value=12, unit="元", currency="CNY"
    ),
    row(
        "鸡蛋每斤三块五。",
        "三块五",
        "city-news: 三块五 (per 斤: 元/斤)",
        value=3.5,
        unit="元/斤",
        kind="money",
    ),
    row("一支笔一块二毛五。", "一块二毛五", "city-news: 一块二毛五", value=1.25, unit="元"),
    row("票价涨了5毛钱。", "5毛钱", "city-news: 5毛钱", value=0.5, unit="元"),
    row("新开垦三块地。", "三块", "city-news: 三块地 is a count", value=3, unit="块", kind="count"),
    row("报价100 USD。", "100", "finance: an ISO code after the amount", value=100, currency="USD"),
    row("单价：伍角", "伍角", "procurement: 伍角 in capitals", value=0.5, unit="元", kind="money"),
    row("每张3角2分。", "3角2分", "city-news: 3角2分", value=0.32, unit="元"),
    row("画一个五角星。", "五角", "city-news: 五角星 is no money", kind=None),
]

# ---------------------------------------------------------------- Latin and compound units

UNITS = [
    row("全长25km。", "25km", "city-news: km", value=25, unit="km", kind="length"),
    row(
        "人民币对美元汇率中间价调升28个基点。",
        "28",
        "finance: 28个基点 (basis points, a percentage_point change since session 12), not 28个",
        value=28,
        unit="基点",
        kind="percentage_point",
        text="28个基点",
    ),
    row("装机容量500MW。", "500MW", "finance: MW", value=500, unit="MW", kind="power"),
    row("新增光伏2.5GW。", "2.5GW", "finance: GW", value=2.5, unit="GW", kind="power"),
    row("充电桩功率120kW。", "120kW", "city-news: kW", value=120, unit="kW", kind="power"),
    row("年发电量1000万kWh。", "1000万kWh", "bulletin: 万kWh", value=10000000, unit="kWh", kind="energy"),
    row("户型面积120㎡。", "120㎡", "city-news: ㎡", value=120, unit="㎡", kind="area"),
    row("建筑面积3.5万m²。", "3.5万m²", "procurement: m²", value=35000, unit="m²", kind="area"),
    row("平均气温18.8℃。", "18.8℃", "bulletin: ℃", value=18.8, unit="℃", kind="other"),
    row("载重30t。", "30t", "procurement: t", value=30, unit="t", kind="mass"),
    row("新增装机30万千瓦。", "30万千瓦", "guide: 万千瓦", value=300000, unit="千瓦"),
    row("用电量3.5亿千瓦时。", "3.5亿千瓦时", "bulletin: 亿千瓦时", value=350000000, unit="千瓦时"),
    row(
        "均价8500元/吨。",
        "8500元/吨",
        "finance: 元/吨 keeps the denominator",
        value=8500,
        unit="元/吨",
        kind="money",
    ),
    row("租金为每辆300元/辆。", "300元/辆", "procurement: 元/辆", unit="元/辆"),
    row("水价3.2元/立方米。", "3.2元/立方米", "city-news: 元/立方米", unit="元/立方米", kind="money"),
    row("补贴100元/天。", "100元/天", "city-news: 元/天", unit="元/天"),
    row(
        "万元GDP能耗0.21吨标准煤/万元。",
        "0.21",
        "corpus-007: 吨标准煤/万元",
        unit="吨标准煤/万元",
        kind="other",
    ),
    row("化肥用量25千克/亩·年。", "25千克", "bulletin: 千克/亩·年", unit="千克/亩·年", kind="other"),
    row("客运强度1.2万人次/公里·日。", "1.2万", "bulletin: 人次/公里·日", value=12000, unit="人次/公里·日"),
    row("PM2.5平均浓度为31μg/m³。", "31", "corpus-007: μg/m³", value=31, unit="μg/m³", kind="other"),
    row("PM2.5浓度29微克/立方米。", "29", "corpus-008: 微克/立方米", unit="微克/立方米", kind="other"),
    row("设计时速350km/h。", "350", "city-news: km/h", unit="km/h", kind="other"),
    row("第一宇宙速度为7.68公里/秒。", "7.68", "guide: 公里/秒", unit="公里/秒", kind="other"),
    row("低保标准825元/人月。", "825", "corpus-008: 元/人月", unit="元/人月", kind="money"),
    row("移动电话普及率为103.9部/百人。", "103.9", "corpus-009: 部/百人", unit="部/百人"),
    row("年出栏肉鸡1000万羽。", "1000万羽", "bulletin: 羽", value=10000000, unit="羽", kind="count"),
    row("列车时速350公里每小时。", "350", "city-news: 公里每小时", unit="公里每小时", kind="other"),
    row("屏幕尺寸55英寸。", "55英寸", "finance: 英寸", value=55, kind="length"),
    row("当日最高气温摄氏35度。", "35", "weather: 摄氏35度", value=35, unit="度", kind="other"),
    row(
        "震中位于北纬35.70度，东经102.79度。",
        "35.70",
        "weather: 北纬35.70度 is an angle",
        value=35.7,
        unit="度",
        kind="other",
    ),
    row("室外温度98.6°F。", "98.6", "weather: °F", value=98.6, unit="°F", kind="other"),
    row("新增装机30兆瓦。", "30兆瓦", "finance: 兆瓦 gives its 兆 back", value=30, unit="兆瓦", kind="power"),
]

# ---------------------------------------------------------------- kinds (issue 15: units and kinds)

KINDS = [
    row("发生4.6级地震。", "4.6级", "weather: a magnitude", value=4.6, unit="级", kind="other"),
    row(
        "对日本出口增长5%，日本成为第二大出口市场。",
        "第二大",
        "finance: 第二大出口市场 is a rank",
        value=2,
        kind="rank",
    ),
    row("经济总量居全国第5位。", "第5位", "bulletin: 居全国第5位", value=5, unit="位", kind="rank"),
    row("综合实力在全省排名第四。", "第四", "city-news: 排名第四", value=4, kind="rank"),
    row("打造三大产业集群。", "三大", "city-news: 三大产业集群 counts 3", value=3, kind="count", unit=None),
    row("沪指下跌232.79点。", "232.79点", "finance: index points", value=232.79, unit="点", kind="other"),
    row("恒指收報19,500.5點。", "19,500.5", "hk: 點", value=19500.5, unit="點"),
    row("项目建设5年。", "5年", "city-news: a duration that measures", value=5, unit="年", kind="duration"),
    row("工作了2年多。", "2年", "city-news: 2年多", value=2, qualifier="at_least", kind="duration"),
    row(
        "产量增长2倍多。", "2倍", "bulletin: 2倍多", value=2, unit="倍", kind="multiple", qualifier="at_least"
    ),
    row("出口增长近6倍。", "6倍", "finance: 近6倍", value=6, qualifier="approx", kind="multiple"),
    row("经济总量翻两番。", "翻两番", "city-news: 翻两番 = 4倍", value=4, unit="倍", kind="multiple"),
    row(
        "服务930多万商户和6.8亿用户。",
        "930多万",
        "corpus-033: 930多万商户 (scale, noun, no measure word)",
        value=9300000,
        qualifier="at_least",
        kind="count",
        unit=None,
    ),
    row("服务930多万商户和6.8亿用户。", "6.8亿", "corpus-033: 6.8亿用户", value=680000000, kind="count"),
    row("完成30万黄河滩区居民迁建。", "30万", "corpus-027: 30万黄河滩区居民", value=300000, kind="count"),
    row("年末生猪存栏21.6万头。", "21.6万头", "bulletin: 头", value=216000, unit="头"),
    row("全年旅客吞吐量4928架次。", "4928架次", "corpus-008: 架次", unit="架次"),
    row(
        "新开梯田3000蔸。",
        "3000蔸",
        "bulletin: a measure word in no list is kind other",
        unit="蔸",
        kind="other",
    ),
    row("一年半内完成。", "一年半", "city-news: 一年半", value=1.5, unit="年"),
    row("工期一个半月。", "一个半月", "procurement: 一个半月", value=1.5, unit="个月"),
    row("连续5个小时。", "5个小时", "city-news: 5个小时 (个 is a measure word)", value=5, unit="小时"),
    row("全程两个半小时。", "两个半小时", "city-news: 两个半小时", value=2.5, unit="小时", kind="duration"),
    row("孩子3岁半。", "3岁半", "city-news: 3岁半", value=3.5, unit="岁"),
    row(
        "在英国求学6年后，他回国创业。",
        "6年",
        "city-news: 求学6年后 measures the study",
        value=6,
        unit="年",
        kind="duration",
    ),
    row("项目建设3年后投产。", "3年", "city-news: 建设3年后", value=3, kind="duration"),
    row(
        "返回舱在一天内返回地面。",
        "一天",
        "city-news: 一天内 is a time limit",
        value=1,
        unit="天",
        qualifier="at_most",
    ),
    row("人口出生率下降1.15个千分点。", "1.15", "bulletin: 千分点", value=1.15, unit="千分点", kind="other"),
    row("平台分为两部分。", "两部分", "city-news: 部分", value=2, unit="部分", kind="count"),
]

# ---------------------------------------------------------------- what stays out

STAYS_OUT = [
    row("我市2021年全面完成任务。", "2021年", "guide: a year", kind=None),
    row("会议于10月27日召开。", "10月27日", "guide: a date", kind=None),
    row("发布时间：2021-10-27 07:55", "07:55", "seed: a time of day", kind=None),
    row("上午9点30分开会。", "9点", "city-news: 9点 is a time, not index points", kind=None),
    row("全市1-9月经济运行平稳。", "1-9月", "guide: 1-9月", kind=None),
    row("咨询电话：0563-2022000。", "0563-2022000", "guide: a phone number", kind=None),
    row("联系电话：13812345678。", "13812345678", "procurement: a mobile number", kind=None),
    row("邮编：242000。", "242000", "guide: a postcode", kind=None),
    row("身份证号：340102199001011234", "340102199001011234", "procurement: an ID number", kind=None),
    row("项目编号：ZFCG-2021-0345", "0345", "procurement: a project code", kind=None),
    row("根据国发〔2021〕5号文件要求。", "〔2021〕5号", "guide: a document number", kind=None),
    row("推进5G基站建设。", "5G", "guide: 5G", kind=None),
    row("C919大型客机首飞成功。", "C919", "guide: C919", kind=None),
    row("第十四届全运会开幕。", "第十四届", "issue: 第十四届", kind=None),
    row("他是第二个在月球上行走的人。", "第二个", "corpus-036: 第二个在月球上行走的人", kind=None),
    row("推进一带一路建设。", "一带一路", "issue: 一带一路", kind=None),
    row("坚持三个代表重要思想。", "三个代表", "issue: 三个代表 (jieba reads one word)", kind=None),
    row("实现了“四个清零”。", "四个清零", "guide: 四个清零", kind=None),
    row("党的十九大胜利召开。", "十九大", "corpus-027: 十九大 is a congress", kind=None),
    row("集中建设一大批重点项目。", "一大批", "city-news: 一大批", kind=None),
    row("近三年来，全市面貌巨变。", "三年", "city-news: 近三年来 is a time window", kind=None),
    row("未来5年，全市将新建学校。", "5年", "city-news: 未来5年 is a time window", kind=None),
    row("近三年，全市投资增长。", "三年", "city-news: 近三年 opening a clause is a window", kind=None),
    row("过去十年，中国带动全球增长。", "十年", "corpus-033: 过去十年", kind=None),
    row("队伍建设有力。", "伍", "city-news: 队伍 holds no capital", kind=None),
    row("他连续两年陆续投入。", "陆", "city-news: 陆续 holds no capital", kind=None),
    row("5年后，他回到家乡。", "5年", "city-news: 5年后 opening a clause locates, not measures", kind=None),
    row("3年前，这里还是荒地。", "3年", "city-news: 3年前", kind=None),
    row("房源位于1区9栋57号。", "9栋", "city-news: an address (1区9栋57号)", kind=None),
    row("河东村6组村民张某反映。", "6组", "city-news: an address (河东村6组)", kind=None),
    row("安置在阳光花园3栋。", "3栋", "city-news: a block of a housing estate", kind=None),
]

#: numbers with an address unit (座, 栋, 组) that count things
NOT_ADDRESSES = [
    row("全市设有公园870座。", "870座", "invented-tw: too many parks for an address", value=870, unit="座"),
    row("全区共有楼宇1200栋。", "1200栋", "city-news: 1200 buildings", value=1200, unit="栋"),
    row(
        "今年新建口袋公园12座。",
        "12座",
        "city-news: a few parks after 公园 (a verb of building: tests/test_s9_units.py)",
        value=12,
    ),
]

TABLES = {
    "arabic": ARABIC,
    "chinese": CHINESE,
    "capitals": CAPITALS,
    "traditional": TRADITIONAL,
    "signs": SIGNS,
    "decimals": DECIMALS,
    "shares": SHARES,
    "bounds": BOUNDS,
    "ranges": RANGES,
    "money": MONEY,
    "units": UNITS,
    "kinds": KINDS,
    "stays_out": STAYS_OUT,
    "not_addresses": NOT_ADDRESSES,
}
ALL_ROWS = table_rows(TABLES)


@pytest.mark.parametrize(("text", "needle", "expected"), ALL_ROWS)
def test_read_quantities(text: str, needle: str, expected: dict[str, Any]) -> None:
    check_one(_over(_read(text), text, needle), needle, expected)


#: rows the fact engine reads as facts too: everything with a unit (bare numbers are no facts)
FACT_ROWS = table_rows(
    TABLES, lambda _, p: p.values[2].get("kind", "count") is not None and p.values[2].get("kind") != "number"
)


@pytest.mark.parametrize(
    ("text", "needle", "expected"), FACT_ROWS + [p for p in ALL_ROWS if p.values[2] == {"kind": None}]
)
def test_the_fact_engine_reads_the_same(text: str, needle: str, expected: dict[str, Any]) -> None:
    check_one(_over(_facts(text), text, needle), needle, expected)
