"""Units and kinds on sentences in the style of sites the project has seen least (session 19).

A survey by construction: each table is one construction of a unit (energy and transport
bulletins, agriculture, finance, health and education, procurement, housing, compound per-unit
units, units in a bracket or a heading), with the value, unit and kind GUIDE gives; the last
table of the survey holds counter-rows, where characters that are often a unit are not one (个人,
名单, 元旦, 万一, 台风, 所长, 条例…). The tables after it (票, 标方, 头只, 担, a label's unit in
brackets, 次要求, 升至, 元/500克, 元/（人·月）) are the constructions the survey found wrong, each
opening with its counter-rows. Every sentence was written for these tables, from the style of the
site kind named in its id; none is copied from a page. Each row runs the whole of
:func:`gov_facts.extract_text` and checks only the fields it names, on the one fact whose span
overlaps the needle; ``kind=None`` says that no fact may overlap it. Known misses are strict xfails.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import pytest

from factcase import check_one, row, table_rows
from factcase import known_miss as _bug
from factcase import overlapping as _over
from gov_facts import extract_text
from gov_facts.core.models import Fact


@cache
def _facts(text: str) -> tuple[Fact, ...]:
    return tuple(extract_text(text, published="2024-12-20").facts)


# -------------------------------------------------------- energy: 万千瓦时, 亿千瓦时, 万吨标准煤, 千瓦

ENERGY = [
    row("全市全社会用电量完成356.8亿千瓦时。", "356.8", "written: energy bulletin (亿千瓦时)",
        value=35680000000, unit="千瓦时", kind="energy"),
    row("光伏发电量达到1.25亿千瓦时，同比增长18.6%。", "1.25", "written: energy bulletin (亿千瓦时 then %)",
        value=125000000, unit="千瓦时", kind="energy"),
    row("累计节约用电2360万千瓦时。", "2360", "written: energy bulletin (万千瓦时)",
        value=23600000, unit="千瓦时", kind="energy"),
    row("居民生活用电量为12.6万千瓦·时。", "12.6", "written: statistics bulletin (千瓦·时)",
        value=126000, unit="千瓦·时", kind="energy"),
    row("全年上网电量45.3亿kWh。", "45.3", "written: power company news (亿kWh)",
        value=4530000000, unit="kWh", kind="energy"),
    row("全市能源消费总量为1856.3万吨标准煤。", "1856.3", "written: energy bulletin (万吨标准煤)",
        value=18563000, unit="吨标准煤", kind="energy"),
    row("年节约标准煤1.2万吨。", "1.2万吨", "written: energy saving notice (标准煤 before the figure)",
        value=12000, unit="吨", kind="mass"),
    row("折合节能3.6万吨标煤。", "3.6", "written: energy saving notice (万吨标煤)",
        value=36000, unit="吨标煤", kind="energy"),
    row("单位GDP能耗为0.42吨标准煤/万元。", "0.42", "written: statistics bulletin (吨标准煤/万元)",
        value=0.42, unit="吨标准煤/万元", kind="other"),
    row("新增光伏装机容量120万千瓦。", "120", "written: energy bulletin (万千瓦)",
        value=1200000, unit="千瓦", kind="power"),
    row("全省风电装机达到3560万千瓦。", "3560", "written: provincial portal (万千瓦)",
        value=35600000, unit="千瓦", kind="power"),
    row("最高用电负荷达1235.6万千瓦，创历史新高。", "1235.6", "written: power grid news (负荷 万千瓦)",
        value=12356000, unit="千瓦", kind="power"),
    row("储能电站规模为100MW/200MWh。", "100MW", "written: procurement notice (MW then /MWh)",
        value=100, unit="MW", kind="power"),
    row("天然气供应量达到12.3亿立方米。", "12.3", "written: energy bulletin (亿立方米)",
        value=1230000000, unit="立方米", kind="volume"),
    row("每户每月用电180度以内执行第一档电价。", "180", "written: price notice (度 of electricity)",
        value=180, unit="度", kind="energy"),
    row("供热面积达到5200万平方米。", "5200", "written: heating notice (万平方米)",
        value=52000000, unit="平方米", kind="area"),
    row("全年供热量为3250万吉焦。", "3250", "written: heating notice (万吉焦)",
        value=32500000, unit="吉焦", kind="energy"),
    row("全年生产原煤1.56亿吨。", "1.56", "written: statistics bulletin (亿吨)",
        value=156000000, unit="吨", kind="mass"),
    row("新建充电桩1.2万个。", "1.2", "written: energy bulletin (万个)", value=12000, unit="个",
        kind="count"),
    row("全年發電量為52.3億度。", "52.3", "written: macau page (億度)", value=5230000000, unit="度",
        kind="energy"),
    row("本年度售電量達2,350萬千瓦小時。", "2,350", "written: hong kong page (萬千瓦小時)",
        value=23500000, unit="千瓦小時", kind="energy"),
    row("太陽光電裝置容量達12.5GW。", "12.5", "written: taiwan page (GW)", value=12.5, unit="GW",
        kind="power"),
]  # fmt: skip

# -------------------------------------------------------- transport: 标箱/TEU, 万人次, 架次, 车次, 公里

TRANSPORT = [
    row("港口集装箱吞吐量完成1256.3万标箱。", "1256.3", "written: port bulletin (万标箱)",
        value=12563000, unit="标箱", kind="count"),
    row("全年完成集装箱吞吐量365万TEU。", "365", "written: port bulletin (万TEU)", value=3650000,
        unit="TEU", kind="count"),
    row("货物吞吐量达到3.26亿吨，增长4.1%。", "3.26", "written: port bulletin (亿吨)",
        value=326000000, unit="吨", kind="mass"),
    row("机场旅客吞吐量完成3256.8万人次。", "3256.8", "written: airport bulletin (万人次)",
        value=32568000, unit="人次", kind="count"),
    row("航班起降22.6万架次。", "22.6", "written: airport bulletin (万架次)", value=226000,
        unit="架次", kind="count"),
    row("共保障航班起降1326架次。", "1326", "written: airport bulletin (架次)", value=1326,
        unit="架次", kind="count"),
    row("春运期间累计开行旅客列车1.2万列。", "1.2", "written: railway bulletin (万列)", value=12000,
        unit="列", kind="count"),
    row("增开临时客车356车次。", "356", "written: railway bulletin (车次)", value=356, unit="车次",
        kind="count"),
    row("日均发送旅客56.3万人次。", "56.3", "written: railway bulletin (日均 万人次)",
        value=563000, unit="人次", kind="count"),
    row("全市公交客运量3.2亿人次。", "3.2", "written: transport bulletin (亿人次)",
        value=320000000, unit="人次", kind="count"),
    row("新改建农村公路1256公里。", "1256", "written: transport bulletin (公里)", value=1256,
        unit="公里", kind="length"),
    row("高速公路通车里程达到8260千米。", "8260", "written: transport bulletin (千米)", value=8260,
        unit="千米", kind="length"),
    row("地铁运营里程达到312.6公里。", "312.6", "written: metro news (公里)", value=312.6,
        unit="公里", kind="length"),
    row("全县国土面积2356平方公里。", "2356", "written: county portal (平方公里)", value=2356,
        unit="平方公里", kind="area"),
    row("建成区面积扩大到186.5平方千米。", "186.5", "written: statistics bulletin (平方千米)",
        value=186.5, unit="平方千米", kind="area"),
    row("三峡入库流量为35000立方米/秒。", "35000", "written: water resources bulletin (立方米/秒)",
        value=35000, unit="立方米/秒", kind="other"),
    row("最大洪峰流量达到5230立方米每秒。", "5230", "written: hydrology bulletin (立方米每秒)",
        value=5230, unit="立方米每秒", kind="other"),
    row("全年完成货物周转量856.3亿吨公里。", "856.3", "written: transport bulletin (亿吨公里)",
        value=85630000000, unit="吨公里", kind="other"),
    row("旅客周转量为126.5亿人公里。", "126.5", "written: transport bulletin (亿人公里)",
        value=12650000000, unit="人公里", kind="other"),
    row("新增公交车辆326辆。", "326", "written: transport bulletin (辆)", value=326, unit="辆",
        kind="count"),
    row("开通定制公交线路25条。", "25", "written: transport bulletin (条)", value=25, unit="条",
        kind="count"),
    row("快递业务量完成12.5亿件。", "12.5", "written: postal bulletin (亿件)", value=1250000000,
        unit="件", kind="count"),
    row("机场旅客吞吐量達2,345萬人次。", "2,345", "written: macau page (萬人次)", value=23450000,
        unit="人次", kind="count"),
    row("貨櫃裝卸量為985萬TEU。", "985", "written: taiwan page (萬TEU)", value=9850000, unit="TEU",
        kind="count"),
    row("航班升降量達41.2萬架次。", "41.2", "written: hong kong page (萬架次)", value=412000,
        unit="架次", kind="count"),
    row("設計時速為350公里。", "350", "written: taiwan page (時速 公里)", value=350, unit="公里",
        kind="length"),
    row("列车最高运行速度350公里/小时。", "350", "written: railway news (公里/小时)", value=350,
        unit="公里/小时", kind="other"),
    row("全年完成水路货运量5600万吨。", "5600", "written: maritime bulletin (万吨)",
        value=56000000, unit="吨", kind="mass"),
    row("新增停车泊位3260个。", "3260", "written: transport bulletin (个)", value=3260, unit="个",
        kind="count"),
    row("出入境船舶1.2万艘次。", "1.2", "written: maritime bulletin (万艘次)", value=12000,
        unit="艘次", kind="count"),
]  # fmt: skip

# -------------------------------------------------------- agriculture: 亩, 万亩, 公斤/亩, 头/只/羽, 担

AGRICULTURE = [
    row("全县粮食播种面积稳定在85.6万亩。", "85.6", "written: agriculture bulletin (万亩)",
        value=856000, unit="亩", kind="area"),
    row("新建高标准农田3.2万亩。", "3.2", "written: agriculture bulletin (万亩)", value=32000,
        unit="亩", kind="area"),
    row("流转土地1260亩。", "1260", "written: township portal (亩)", value=1260, unit="亩",
        kind="area"),
    row("完成小麦机收面积120万亩次。", "120", "written: agriculture bulletin (亩次)",
        value=1200000, unit="亩次", kind="other"),
    row("水稻平均亩产达到625公斤。", "625", "written: agriculture bulletin (亩产 公斤)", value=625,
        unit="公斤", kind="mass"),
    row("平均单产为512.6公斤/亩。", "512.6", "written: statistics bulletin (公斤/亩)",
        value=512.6, unit="公斤/亩", kind="other"),
    row("示范田单产达到850千克/亩。", "850", "written: agriculture news (千克/亩)", value=850,
        unit="千克/亩", kind="other"),
    row("全年粮食总产量达到65.3亿斤。", "65.3", "written: agriculture bulletin (亿斤)",
        value=6530000000, unit="斤", kind="mass"),
    row("生猪存栏126.5万头。", "126.5", "written: agriculture bulletin (万头)", value=1265000,
        unit="头", kind="count"),
    row("能繁母猪存栏12.3万头。", "12.3", "written: agriculture bulletin (万头)", value=123000,
        unit="头", kind="count"),
    row("家禽出栏3260万只。", "3260", "written: agriculture bulletin (万只)", value=32600000,
        unit="只", kind="count"),
    row("肉鸡出栏1.2亿羽。", "1.2", "written: agriculture bulletin (亿羽)", value=120000000,
        unit="羽", kind="count"),
    row("牛羊存栏56万头只。", "56", "written: agriculture bulletin (头只)", value=560000,
        unit="头只", kind="count"),
    row("收购稻谷3200担。", "3200", "written: county history page (担)", value=3200, unit="担",
        kind="mass", si_value=160000),
    row("全年粮食产量达到1.2万担。", "1.2", "written: county history page (万担)", value=12000,
        unit="担", kind="mass"),
    row("全年水产品产量12.6万吨。", "12.6", "written: fisheries bulletin (万吨)", value=126000,
        unit="吨", kind="mass"),
    row("投放鱼苗1200万尾。", "1200", "written: fisheries bulletin (万尾)", value=12000000,
        unit="尾", kind="count"),
    row("发放耕地地力保护补贴每亩105元。", "105", "written: agriculture notice (每亩 元: a rate per 亩)",
        value=105, unit="元/亩", kind="money"),
    row("补贴标准为每亩120元。", "120", "written: agriculture notice (每亩 元: a rate per 亩)", value=120,
        unit="元/亩", kind="money"),
    row("种植面积達1,250公頃。", "1,250", "written: taiwan page (公頃)", value=1250, unit="公頃",
        kind="area"),
    row("收穫量約3,600公噸。", "3,600", "written: taiwan page (公噸)", value=3600, unit="公噸",
        kind="mass"),
    row("化肥施用量减少2.3万吨。", "2.3", "written: agriculture bulletin (万吨)", value=23000,
        unit="吨", kind="mass"),
    row("植树造林5.6万株。", "5.6", "written: forestry bulletin (万株)", value=56000, unit="株",
        kind="count"),
    row("完成造林面积12.5万亩。", "12.5", "written: forestry bulletin (万亩)", value=125000,
        unit="亩", kind="area"),
    row("茶叶亩均收入达到8600元。", "8600", "written: agriculture news (亩均 元)", value=8600,
        unit="元", kind="money"),
]  # fmt: skip

# -------------------------------------------------------- finance: currencies, 基点, 个百分点, 倍, 成

FINANCE = [
    row("实际使用外资12.6亿美元。", "12.6", "written: commerce bulletin (亿美元)", value=1260000000,
        unit="美元", kind="money", currency="USD"),
    row("发行债券50亿元人民币。", "50", "written: finance news (亿元人民币)", value=5000000000,
        unit="元", kind="money", currency="CNY"),
    row("签约项目总投资达126亿元。", "126", "written: provincial portal (亿元)", value=12600000000,
        unit="元", kind="money"),
    row("本年度港元存款增加3.2%至7.8萬億港元。", "7.8", "written: hong kong page (萬億港元)",
        value=7800000000000, unit="港元", kind="money", currency="HKD"),
    row("政府撥款120億港幣。", "120", "written: hong kong page (億港幣)", value=12000000000,
        unit="港幣", kind="money", currency="HKD"),
    row("居民存款總額為7,123億澳門元。", "7,123", "written: macau page (億澳門元)",
        value=712300000000, unit="澳門元", kind="money", currency="MOP"),
    row("全年出口總值達新台幣1.2兆元。", "1.2", "written: taiwan page (新台幣 兆元)",
        value=1200000000000, kind="money", currency="TWD"),
    row("補助金額為3,500新台幣。", "3,500", "written: taiwan page (新台幣 after the figure)",
        value=3500, unit="新台幣", kind="money", currency="TWD"),
    row("一年期贷款市场报价利率下降25个基点。", "25", "written: finance news (个基点)", value=25,
        unit="基点", kind="percentage_point"),
    row("存款利率下调10BP。", "10", "written: finance news (BP)", value=10, unit="BP",
        kind="percentage_point"),
    row("增速比上年回落1.6个百分点。", "1.6", "written: statistics bulletin (个百分点)", value=1.6,
        unit="百分点", kind="percentage_point"),
    row("不良贷款率下降0.12个百分点。", "0.12", "written: finance news (个百分点)", value=0.12,
        unit="百分点", kind="percentage_point"),
    row("是全国平均水平的2.3倍。", "2.3", "written: provincial portal (倍)", value=2.3, unit="倍",
        kind="multiple"),
    row("成交额增长了三成。", "三成", "written: finance news (三成)", value=30, unit="%",
        kind="percent"),
    row("近八成企业实现盈利。", "八成", "written: finance news (近八成)", value=80, unit="%",
        kind="percent", qualifier="approx"),
    row("贷款余额达到2.36万亿元。", "2.36", "written: finance news (万亿元)", value=2360000000000,
        unit="元", kind="money"),
    row("全年税收收入完成356.2亿元。", "356.2", "written: finance bulletin (亿元)",
        value=35620000000, unit="元", kind="money"),
    row("跨境人民币结算量1.2万亿元。", "1.2", "written: finance news (万亿元)",
        value=1200000000000, unit="元", kind="money"),
    row("外汇储备余额为3.2万亿美元。", "3.2", "written: finance news (万亿美元)",
        value=3200000000000, unit="美元", kind="money", currency="USD"),
    row("进口额为56.3亿欧元。", "56.3", "written: commerce bulletin (亿欧元)", value=5630000000,
        unit="欧元", kind="money", currency="EUR"),
    row("上证指数收报3256.8点。", "3256.8", "written: finance news (指数 点)", value=3256.8,
        unit="点", kind="other"),
    row("社会融资规模增量为1.56万亿元。", "1.56", "written: finance news (万亿元)",
        value=1560000000000, unit="元", kind="money"),
    row("通胀率为2.1%。", "2.1", "written: macau page (%)", value=2.1, unit="%", kind="percent"),
    row("利率維持在2.125厘。", "2.125", "written: hong kong page (厘 of a rate)", value=2.125,
        unit="厘", kind="percent", marks=_bug("厘 as a rate is not read")),
    row("澳門幣兌港元匯率為1.03。", "1.03", "written: macau page (a rate, no unit)", value=1.03,
        unit=None),
]  # fmt: skip

# -------------------------------------------------------- health and education: 张床位, 名, 人/万人, ‰, 例

HEALTH_EDU = [
    row("全市医疗卫生机构床位达到3.26万张。", "3.26", "written: health bulletin (万张)", value=32600,
        unit="张", kind="count"),
    row("新增养老床位1200张。", "1200", "written: civil affairs bulletin (张)", value=1200, unit="张",
        kind="count"),
    row("医院开放1500张床位。", "1500", "written: hospital news (张床位)", value=1500, unit="张",
        kind="count"),
    row("每千人口医疗卫生机构床位数6.8张。", "6.8", "written: health bulletin (每千人口 张)",
        value=6.8, unit="张", kind="count"),
    row("每千人口执业（助理）医师3.2人。", "3.2", "written: health bulletin (每千人口 人)",
        value=3.2, unit="人", kind="count"),
    row("每万人口全科医生数达到3.9名。", "3.9", "written: health bulletin (每万人口 名)", value=3.9,
        unit="名", kind="count"),
    row("执业医师数为3.5人/千人。", "3.5", "written: health bulletin (人/千人)", value=3.5,
        unit="人/千人", kind="other"),
    row("每万人拥有公共文化设施面积1200平方米。", "1200", "written: culture bulletin (每万人 平方米)",
        value=1200, unit="平方米", kind="area"),
    row("人口出生率为6.35‰。", "6.35", "written: statistics bulletin (‰)", value=6.35, unit="‰",
        kind="other"),
    row("婴儿死亡率降至3.1‰。", "3.1", "written: health bulletin (降至 ‰)", value=3.1, unit="‰",
        kind="other"),
    row("自然增长率为-1.2‰。", "1.2", "written: statistics bulletin (a negative ‰)", value=-1.2,
        unit="‰", kind="other"),
    row("全年报告法定传染病1.2万例。", "1.2", "written: cdc bulletin (万例)", value=12000,
        unit="例", kind="count"),
    row("完成手术3562例。", "3562", "written: hospital news (例)", value=3562, unit="例",
        kind="count"),
    row("累计救治患者12.6万人次。", "12.6", "written: hospital news (万人次)", value=126000,
        unit="人次", kind="count"),
    row("招聘教师320名。", "320", "written: education notice (名)", value=320, unit="名",
        kind="count"),
    row("在校学生达到3.26万名。", "3.26", "written: education bulletin (万名)", value=32600,
        unit="名", kind="count"),
    row("全县共有中小学56所。", "56", "written: county portal (所)", value=56, unit="所",
        kind="count"),
    row("新增学位1.2万个。", "1.2", "written: education bulletin (万个)", value=12000, unit="个",
        kind="count"),
    row("孕产妇死亡率为8.6/10万。", "8.6", "written: health bulletin (/10万)", value=8.6,
        unit="/10万", kind="other"),
    row("全市普通高校毕业生12.3万人。", "12.3", "written: education bulletin (万人)", value=123000,
        unit="人", kind="count"),
    row("醫院病床數為1,650張。", "1,650", "written: macau page (張)", value=1650, unit="張",
        kind="count"),
    row("本年度共錄得確診個案356宗。", "356", "written: hong kong page (宗)", value=356, unit="宗",
        kind="count"),
    row("全年接種疫苗12.5萬劑次。", "12.5", "written: taiwan page (萬劑次)", value=125000,
        unit="劑次", kind="count"),
    row("师生比为1:15.6。", "1:15.6", "written: education bulletin (a ratio)", value=None,
        kind="other"),
    row("家庭医生签约服务覆盖率达到45.6%。", "45.6", "written: health bulletin (%)", value=45.6,
        unit="%", kind="percent"),
]  # fmt: skip

# -------------------------------------------------------- procurement: 元/平方米, 万元/年, 元/吨·公里

PROCUREMENT = [
    row("物业服务费为2.5元/平方米·月。", "2.5", "written: procurement notice (元/平方米·月)",
        value=2.5, unit="元/平方米·月", kind="money"),
    row("最高限价为4800元/平方米。", "4800", "written: procurement notice (元/平方米)", value=4800,
        unit="元/平方米", kind="money"),
    row("服务费用为36万元/年。", "36", "written: procurement notice (万元/年)", value=360000,
        unit="元/年", kind="money"),
    row("运输单价为0.45元/吨·公里。", "0.45", "written: procurement notice (元/吨·公里)",
        value=0.45, unit="元/吨·公里", kind="money"),
    row("中标单价为1.28万元/台。", "1.28", "written: procurement notice (万元/台)", value=12800,
        unit="元/台", kind="money"),
    row("租金标准为每平方米每月35元。", "35", "written: procurement notice (每平方米每月 元)",
        value=35, unit="元", kind="money"),
    row("预算金额：356.8万元。", "356.8", "written: procurement notice (预算金额 万元)",
        value=3568000, unit="元", kind="money"),
    row("中标金额：￥1,256,000.00元。", "1,256,000.00", "written: procurement notice (￥ … 元)",
        value=1256000, unit="元", kind="money"),
    row("最高限价：人民币128.5万元。", "128.5", "written: procurement notice (人民币 … 万元)",
        value=1285000, unit="元", kind="money", currency="CNY"),
    row("采购数量：12台。", "12", "written: procurement notice (台)", value=12, unit="台",
        kind="count"),
    row("工期：180日历天。", "180", "written: procurement notice (日历天)", value=180,
        unit="日历天", kind="duration"),
    row("投标保证金为2万元。", "2", "written: procurement notice (万元)", value=20000, unit="元",
        kind="money"),
    row("清运单价为85元/吨。", "85", "written: procurement notice (元/吨)", value=85,
        unit="元/吨", kind="money"),
    row("餐费标准为每人每天120元。", "120", "written: procurement notice (每人每天 元)", value=120,
        unit="元", kind="money"),
    row("保洁服务单价3.6元/平方米/月。", "3.6", "written: procurement notice (元/平方米/月)",
        value=3.6, unit="元/平方米/月", kind="money"),
    row("合同金額為新台幣350萬元。", "350", "written: taiwan procurement (新台幣 … 萬元)",
        value=3500000, kind="money", currency="TWD"),
    row("判給總額為港幣1,250萬元。", "1,250", "written: hong kong tender (港幣 … 萬元)",
        value=12500000, kind="money", currency="HKD"),
    row("採購金額為澳門元356萬。", "356", "written: macau tender (澳門元 before a 萬 figure)",
        value=3560000, kind="money", currency="MOP"),
    row("施工面积约3.6万平方米。", "3.6", "written: procurement notice (万平方米)", value=36000,
        unit="平方米", kind="area", qualifier="approx"),
    row("采购电脑120台套。", "120", "written: procurement notice (台套)", value=120, unit="台套",
        kind="count"),
]  # fmt: skip

# -------------------------------------------------------- housing: 套, 栋, 户, 间

HOUSING = [
    row("建成保障性住房1.2万套。", "1.2", "written: housing bulletin (万套)", value=12000, unit="套",
        kind="count"),
    row("筹集保障性租赁住房3260套（间）。", "3260", "written: housing bulletin (套（间）)",
        value=3260, unit="套", kind="count"),
    row("改造老旧小区56个、楼栋326栋。", "326", "written: housing bulletin (栋)", value=326,
        unit="栋", kind="count"),
    row("惠及居民1.26万户。", "1.26", "written: housing bulletin (万户)", value=12600, unit="户",
        kind="count"),
    row("新建公租房260间。", "260", "written: county portal (间)", value=260, unit="间",
        kind="count"),
    row("全年商品住宅成交1.5万套。", "1.5", "written: housing market report (万套)", value=15000,
        unit="套", kind="count"),
    row("商品房销售面积126.3万平方米。", "126.3", "written: housing market report (万平方米)",
        value=1263000, unit="平方米", kind="area"),
    row("新建住宅均价为12560元/平方米。", "12560", "written: housing market report (元/平方米)",
        value=12560, unit="元/平方米", kind="money"),
    row("拆除违章建筑12幢。", "12", "written: county portal (幢)", value=12, unit="幢",
        kind="count"),
    row("完成农村危房改造360户。", "360", "written: county portal (户)", value=360, unit="户",
        kind="count"),
    row("安置房建设开工3栋。", "3", "written: township portal (栋)", value=3, unit="栋",
        kind="count"),
    row("加装电梯126部。", "126", "written: housing bulletin (部)", value=126, unit="部",
        kind="count"),
    row("公營房屋落成1.2萬個單位。", "1.2", "written: hong kong page (萬個單位)", value=12000,
        unit="個", kind="count"),
    row("社會住宅完工3,260戶。", "3,260", "written: taiwan page (戶)", value=3260, unit="戶",
        kind="count"),
    row("經屋供應5,000個單位。", "5,000", "written: macau page (個單位)", value=5000, unit="個",
        kind="count"),
    row("每套面积约90平方米。", "90", "written: housing notice (平方米)", value=90, unit="平方米",
        kind="area", qualifier="approx"),
    row("棚户区改造1.5万套。", "1.5", "written: provincial portal (万套)", value=15000, unit="套",
        kind="count"),
    row("出租房屋56间。", "56", "written: township portal (间)", value=56, unit="间",
        kind="count"),
]  # fmt: skip

# -------------------------------------------------------- compound and per-unit units

PER_UNIT = [
    row("平均工资为4500元/人·月。", "4500", "written: statistics bulletin (元/人·月)", value=4500,
        unit="元/人·月", kind="money"),
    row("人口密度为560人/平方公里。", "560", "written: statistics bulletin (人/平方公里)", value=560,
        unit="人/平方公里", kind="other"),
    row("二氧化硫平均浓度为12微克/立方米。", "12", "written: environment bulletin (微克/立方米)",
        value=12, unit="微克/立方米", kind="other"),
    row("一氧化碳浓度为1.2毫克/立方米。", "1.2", "written: environment bulletin (毫克/立方米)",
        value=1.2, unit="毫克/立方米", kind="other"),
    row("PM2.5平均浓度为32μg/m³。", "32", "written: environment bulletin (μg/m³)", value=32,
        unit="μg/m³", kind="other"),
    row("化学需氧量为15mg/L。", "15", "written: environment bulletin (mg/L)", value=15,
        unit="mg/L", kind="other"),
    row("单位面积产值达到2.6万元/亩。", "2.6", "written: agriculture bulletin (万元/亩)",
        value=26000, unit="元/亩", kind="money"),
    row("亩均税收达到35万元/亩。", "35", "written: development zone news (万元/亩)", value=350000,
        unit="元/亩", kind="money"),
    row("用水量为120升/人·日。", "120", "written: water bulletin (升/人·日)", value=120,
        unit="升/人·日", kind="other"),
    row("风速达到32.6米/秒。", "32.6", "written: weather bulletin (米/秒)", value=32.6,
        unit="米/秒", kind="other"),
    row("降水量为1256.3毫米。", "1256.3", "written: weather bulletin (毫米)", value=1256.3,
        unit="毫米", kind="length"),
    row("人均可支配收入为3.6万元/人。", "3.6", "written: statistics bulletin (万元/人)",
        value=36000, unit="元/人", kind="money"),
    row("万元GDP用水量为32立方米/万元。", "32", "written: water bulletin (立方米/万元)", value=32,
        unit="立方米/万元", kind="other"),
    row("土地出让价格为156万元/亩。", "156", "written: land notice (万元/亩)", value=1560000,
        unit="元/亩", kind="money"),
    row("综合能耗0.35千克标准煤/千瓦时。", "0.35", "written: energy bulletin (千克标准煤/千瓦时)",
        value=0.35, unit="千克标准煤/千瓦时", kind="other"),
    row("路面荷载为20吨/平方米。", "20", "written: procurement notice (吨/平方米)", value=20,
        unit="吨/平方米", kind="other"),
    row("每萬人口擁有醫生2.6名。", "2.6", "written: macau page (每萬人口 名)", value=2.6,
        unit="名", kind="count"),
    row("平均每人每月4,500元。", "4,500", "written: hong kong page (每人每月 元)", value=4500,
        unit="元", kind="money"),
    row("细颗粒物浓度下降到28微克/立方米。", "28", "written: environment bulletin (下降到 微克/立方米)",
        value=28, unit="微克/立方米", kind="other"),
]  # fmt: skip

# -------------------------------------------------------- a unit in a bracket or a heading: （万元）

BRACKET = [
    row("预算金额（万元）：356.8", "356.8", "written: procurement notice (（万元）：)",
        value=3568000, unit="元", kind="money"),
    row("项目总投资（亿元）：12.5", "12.5", "written: project list (（亿元）：)", value=1250000000,
        unit="元", kind="money"),
    row("合同金额（元）：1,256,000.00", "1,256,000.00", "written: procurement notice (（元）：)",
        value=1256000, unit="元", kind="money"),
    row("建筑面积（平方米）：3260", "3260", "written: procurement notice (（平方米）：)", value=3260,
        unit="平方米", kind="area"),
    row("采购数量（台）：12", "12", "written: procurement notice (（台）：)", value=12, unit="台",
        kind="count"),
    row("补助资金（万元）：120", "120", "written: agriculture notice (（万元）：)", value=1200000,
        unit="元", kind="money"),
    row("中标金额（万元）：89.6", "89.6", "written: procurement notice (中标金额（万元）)",
        value=896000, unit="元", kind="money"),
    row("建设规模（公里）：12.6", "12.6", "written: project list (（公里）：)", value=12.6,
        unit="公里", kind="length"),
    row("金額（萬元）：350", "350", "written: taiwan page (（萬元）：)", value=3500000, unit="元",
        kind="money"),
    row("种植面积（亩）：1260", "1260", "written: agriculture notice (（亩）：)", value=1260,
        unit="亩", kind="area"),
    row("发电量（万千瓦时）：3560", "3560", "written: energy bulletin (（万千瓦时）：)",
        value=35600000, unit="千瓦时", kind="energy"),
    row("总投资：12.5（亿元）", "12.5", "written: project list (a figure, then （亿元）)",
        value=1250000000, unit="元", kind="money"),
    row("预算金额：356.8（万元）", "356.8", "written: procurement notice (a figure, then （万元）)",
        value=3568000, unit="元", kind="money"),
    row("单价（元/吨）：85", "85", "written: procurement notice (（元/吨）：)", value=85,
        unit="元/吨", kind="money"),
    row("筹集房源3260（套）。", "3260", "written: housing bulletin (a count, then （套） with no label)",
        value=3260, unit="套", kind="count",
        marks=_bug("a unit in brackets after a figure is read after a label's colon only")),
    row("总投资12.5（亿元），建设期3年。", "12.5", "written: project list (（亿元） with no label's colon)",
        value=1250000000, unit="元", kind="money",
        marks=_bug("a unit in brackets after a figure is read after a label's colon only")),
    row("人口（万人）：56.3", "56.3", "written: statistics bulletin (（万人）：)", value=563000,
        unit="人", kind="count"),
]  # fmt: skip

# -------------------------------------------------------- counter-rows: a unit's character that is no unit

COUNTER = [
    # 个人: the 个 counts, 人 opens the next word
    row("全市共有32个人民调解委员会。", "32", "counter: county portal (32个人民调解…)", value=32,
        unit="个", kind="count"),
    row("评选出10个人才工作站。", "10", "counter: talent bureau (10个人才…)", value=10, unit="个",
        kind="count"),
    row("个人缴费标准为每人每年380元。", "380", "counter: social insurance notice (个人缴费)",
        value=380, unit="元", kind="money"),
    row("共有5个人大代表小组参加。", "5", "counter: people's congress news (5个人大…)", value=5,
        unit="个", kind="count"),
    # 名单, 名称: 名 counts people, not a list or a name
    row("公示了26名单位负责人。", "26", "counter: county portal (26名单位…)", value=26, unit="名",
        kind="count"),
    row("列入名单的企业有56家。", "56", "counter: market regulator (名单 then 家)", value=56,
        unit="家", kind="count"),
    row("3名称职干部获得表彰。", "3", "counter: organization dept (3名称职…)", value=3, unit="名",
        kind="count"),
    # 次要: 次 counts times
    row("先后3次要求整改。", "3", "counter: environment inspection (3次要求: 次 then 要求, not 次要)",
        value=3, unit="次", kind="count"),
    row("召开5次专题会议。", "5", "counter: county portal (5次)", value=5, unit="次",
        kind="count"),
    # 元旦, 元宵: 元 is no yuan
    row("1月1日元旦假期，景区接待游客12.6万人次。", "12.6", "counter: tourism news (元旦 then 万人次)",
        value=126000, unit="人次", kind="count"),
    row("1月1日元旦假期，景区接待游客12.6万人次。", "1日元旦", "counter: tourism news (1日元旦: no yen)",
        kind=None),
    row("3天元旦假期共接待游客56万人次。", "3天", "counter: tourism news (3天元旦)", value=3,
        unit="天", kind="duration"),
    row("发放慰问金每人500元旦前到位。", "500", "counter: union notice (500元旦前: money)",
        value=500, unit="元", kind="money"),
    row("2月24日元宵节当天客流量达3.2万人次。", "24日元宵", "counter: tourism news (24日元宵)",
        kind=None),
    # 万一: no scale, no figure
    row("万一发生险情，要第一时间转移群众。", "万一", "counter: emergency notice (万一)", kind=None),
    row("做好应急准备，以防万一。", "万一", "counter: emergency notice (以防万一)", kind=None),
    row("全市5万一线职工获得慰问。", "5万", "counter: union news (5万一线职工)", value=50000,
        kind="count", marks=_bug("5万一线: the 一 is read into the figure")),
    # 亩产 as a name or a measure of output, 亩 no area
    row("深化亩产论英雄改革，评价企业1200家。", "1200", "counter: development zone news (亩产论英雄)",
        value=1200, unit="家", kind="count"),
    row("亩产论英雄改革深入推进。", "亩产", "counter: development zone news (亩产 as a name)",
        kind=None),
    row("亩产值达到1.2万元。", "1.2", "counter: agriculture news (亩产值 万元)", value=12000,
        unit="元", kind="money"),
    row("建设12亩产业园区。", "12", "counter: township portal (12亩产业…)", value=12, unit="亩",
        kind="area"),
    # 台风, 台账: 台 counts machines, or is no unit at all
    row("今年第5号台风“海葵”登陆。", "5号", "counter: weather news (第5号台风)", kind=None),
    row("新增12台风力发电机组。", "12", "counter: energy bulletin (12台风力…)", value=12, unit="台",
        kind="count"),
    row("今年共有3个台风影响我市。", "3", "counter: weather bulletin (3个台风)", value=3, unit="个",
        kind="count"),
    row("建立工作台账56本。", "56", "counter: county portal (台账 then 本)", value=56, unit="本",
        kind="count"),
    # 所长, 所有: 所 counts institutions
    row("建成3所长期照护机构。", "3", "counter: civil affairs news (3所长期…)", value=3, unit="所",
        kind="count"),
    row("派出所所长带队走访群众120户。", "120", "counter: police news (所长 then 户)", value=120,
        unit="户", kind="count"),
    # 条例, 条件: 条 counts items
    row("修订后的条例共68条。", "68", "counter: people's congress news (条例 then 条)", value=68,
        unit="条", kind="count"),
    row("明确12条例外情形。", "12", "counter: legal affairs notice (12条例外…)", value=12, unit="条",
        kind="count"),
    row("符合条件的企业356家。", "356", "counter: commerce notice (条件 then 家)", value=356,
        unit="家", kind="count"),
    # 件事, 件次
    row("集中办好10件事关民生的实事。", "10", "counter: county portal (10件事关…)", value=10,
        unit="件", kind="count"),
    row("受理群众诉求3260件次。", "3260", "counter: hotline bulletin (件次)", value=3260,
        unit="件次", kind="count"),
    # 度, 方, 成, 倍: ordinary words that are units only after a number
    row("年度考核优秀率不超过15%。", "15", "counter: personnel notice (年度 then %)", value=15,
        unit="%", kind="percent", qualifier="at_most"),
    row("完成土方开挖12万方。", "12", "counter: construction news (万方 of earth)", value=120000,
        unit="方", kind="volume"),
    row("多方筹集资金3.6亿元。", "3.6", "counter: finance notice (多方 then 亿元)", value=360000000,
        unit="元", kind="money"),
    row("成交量增长两成以上。", "两成", "counter: finance news (两成以上)", value=20, unit="%",
        kind="percent", qualifier="at_least"),
    row("建成3个成片开发区。", "3", "counter: land notice (3个成片…)", value=3, unit="个",
        kind="count"),
    row("新建5个米粉加工厂。", "5", "counter: agriculture news (5个米粉…)", value=5, unit="个",
        kind="count", marks=_bug("个 then 米 of 米粉 is read as metres (suffixes.py's 个 before a unit)")),
    # 张, 头, 只, 间: the measure word inside a name or a phrase
    row("张三家承包土地12亩。", "12", "counter: township portal (张三 a name, then 亩)", value=12,
        unit="亩", kind="area"),
    row("只有3家企业未按期整改。", "3", "counter: market regulator (只有 then 家)", value=3,
        unit="家", kind="count"),
    # 年, 元 in traditional pages
    row("政府於本年度撥款5億元。", "5", "counter: hong kong page (億元: HKD)", value=500000000,
        unit="元", kind="money"),
]  # fmt: skip

# -------------------------------------------------------- votes and items counted in 票 (needs digits)

VOTES = [
    # counter-rows: 票 inside a word, a rule's name, a rate; the figure of another measure
    row("实行安全生产一票否决制。", "一票", "counter: county portal (一票否决: a rule)", kind=None),
    row("推行药品购销两票制。", "两票", "counter: health notice (两票制: a rule's name)", kind=None),
    row("春运期间一票难求。", "一票", "counter: railway news (一票难求: a set phrase)", kind=None),
    row("开具发票3张。", "3", "counter: tax bureau (发票 then 张)", value=3, unit="张", kind="count"),
    row("景区门票价格为60元。", "60", "counter: tourism news (门票 then 元)", value=60, unit="元",
        kind="money"),
    row("投票率达到85.6%。", "85.6", "counter: election news (投票率 %)", value=85.6, unit="%",
        kind="percent"),
    row("村民以投票方式选出3名代表。", "3", "counter: village news (投票 then 名)", value=3, unit="名",
        kind="count"),
    row("全年销售车票1.2亿张。", "1.2", "counter: railway bulletin (车票 then 亿张)", value=120000000,
        unit="张", kind="count"),
    # positive rows
    row("会议以52票赞成、0票反对、1票弃权通过决议。", "52", "written: people's congress news (52票赞成)",
        value=52, unit="票", kind="count"),
    row("会议以52票赞成、0票反对、1票弃权通过决议。", "1票", "written: people's congress news (1票弃权)",
        value=1, unit="票", kind="count"),
    row("候选人以1256票当选村委会主任。", "1256", "written: village election news (1256票)", value=1256,
        unit="票", kind="count"),
    row("議案以35票贊成、20票反對獲得通過。", "35", "written: hong kong page (35票贊成)", value=35,
        unit="票", kind="count"),
    row("寄递邮件12.3亿票。", "12.3", "written: postal bulletin (亿票)", value=1230000000, unit="票",
        kind="count"),
    row("全年处理进出口报关单356万票。", "356", "written: customs bulletin (万票)", value=3560000,
        unit="票", kind="count"),
]  # fmt: skip

# -------------------------------------------------------- 标方 of gas, 头只 of cattle and sheep, 担

GAS_HEADS_PICULS = [
    # counter-rows: 标方, 头只 and 担 as parts of other words
    row("明确3个目标方向。", "3", "counter: provincial portal (目标方向)", value=3, unit="个",
        kind="count"),
    row("完成5项指标方面的任务。", "5", "counter: county portal (指标方面)", value=5, unit="项",
        kind="count"),
    row("实现3标方案的编制。", "3标", "counter: procurement notice (3标方案: 方案 a noun)", kind=None),
    row("全县存栏肉牛1.2万头只是起步。", "1.2", "counter: agriculture news (头, then 只是)",
        value=12000, unit="头", kind="count"),
    row("共有12头只用于繁育的种牛。", "12", "counter: agriculture news (头, then 只用于)", value=12,
        unit="头", kind="count"),
    row("能繁母猪存栏1200头只占全省的3%。", "1200", "counter: agriculture news (头, then 只占)",
        value=1200, unit="头", kind="count"),
    row("生猪存栏126.5万头，只是比上年略减。", "126.5", "counter: agriculture news (头，只是)",
        value=1265000, unit="头", kind="count"),
    row("承担3项国家级课题。", "3", "counter: science bureau (承担 then 项)", value=3, unit="项",
        kind="count"),
    row("减轻企业负担2.3亿元。", "2.3", "counter: tax bureau (负担 then 亿元)", value=230000000,
        unit="元", kind="money"),
    row("村民两担一挑的日子一去不复返。", "两担", "counter: county portal (两担一挑: a set phrase)",
        kind=None),
    row("提供融资担保1.2亿元。", "1.2", "counter: finance news (担保 then 亿元)", value=120000000,
        unit="元", kind="money"),
    # positive rows
    row("天然气供应量达到3.2亿标方。", "3.2", "written: energy bulletin (亿标方)", value=320000000,
        unit="标方", kind="volume"),
    row("日均供气量为1256万标方。", "1256", "written: gas company news (万标方)", value=12560000,
        unit="标方", kind="volume"),
    row("全年供气12.6万标准立方米。", "12.6", "written: energy bulletin (万标准立方米)", value=126000,
        unit="标准立方米", kind="volume"),
    row("牛羊存栏56万头只。", "56", "written: agriculture bulletin (万头只)", value=560000,
        unit="头只", kind="count"),
    row("全县畜禽存栏1256万头只。", "1256", "written: county portal (万头只)", value=12560000,
        unit="头只", kind="count"),
]  # fmt: skip

# -------------------------------------------------------- a label's unit in brackets, read as a table head's

LABELS = [
    # counter-rows: a bracket that names no unit, a label's unit already read
    row("面积（含公摊）：120", "120", "counter: housing notice (a bracket of no unit)", kind=None),
    row("项目（一期）：120", "120", "counter: project list (a bracket of a phase)", kind=None),
    row("下浮率（%）：8.5", "8.5", "counter: procurement notice (（%）：)", value=8.5, unit="%",
        kind="percent"),
    row("期限（年）：3", "3", "counter: procurement notice (（年）：)", value=3, unit="年",
        kind="duration"),
    row("预算金额（万元）：356.8", "356.8", "counter: procurement notice (（万元）： as before)",
        value=3568000, unit="元", kind="money"),
    row("数量（台/套）：12", "12", "counter: procurement notice (（台/套）: a count two ways)", value=12,
        unit="台/套", kind="count"),
    # positive rows
    row("发电量（亿千瓦时）：35.6", "35.6", "written: energy bulletin (（亿千瓦时）：)",
        value=3560000000, unit="千瓦时", kind="energy"),
    row("能耗（万吨标准煤）：12.3", "12.3", "written: energy bulletin (（万吨标准煤）：)", value=123000,
        unit="吨标准煤", kind="energy"),
    row("金额（万港元）：350", "350", "written: hong kong tender (（万港元）：)", value=3500000,
        unit="港元", kind="money", currency="HKD"),
    row("单价（元/平方米）：4800", "4800", "written: procurement notice (（元/平方米）：)", value=4800,
        unit="元/平方米", kind="money"),
    row("金额（亿元人民币）：3.5", "3.5", "written: finance news (（亿元人民币）：)", value=350000000,
        unit="元", kind="money", currency="CNY"),
]  # fmt: skip

# -------------------------------------------------------- a unit before a word of its own (3次要求, not 次要)

OPENED = [
    # counter-rows: the unit and the next character are one word (年级, 方案); 次要 as a word
    row("全县3年级学生参加测试。", "3年", "counter: education bulletin (3年级: a grade)", kind=None),
    row("3年級學生參加測試。", "3年", "counter: taiwan page (3年級)", kind=None),
    row("梳理出12个次要问题。", "12", "counter: county portal (个 then 次要问题)", value=12, unit="个",
        kind="count"),
    row("表彰5名优秀学生。", "5", "counter: education news (名优秀)", value=5, unit="名",
        kind="count"),
    # positive rows
    row("督查组5次要求该企业落实整改。", "5", "written: environment inspection (5次要求)", value=5,
        unit="次", kind="count"),
    row("先后12次要求相关单位限期整改。", "12", "written: county portal (12次要求)", value=12,
        unit="次", kind="count"),
]  # fmt: skip

# -------------------------------------------------------- 升 of a verb of change (升至) is no litre

#: figures that must not be read with the fields given (``kind=None`` alone: no fact at all)
NOT_READ = [
    row("指数由98.5升至101.2。", "98.5", "change: index news (98.5升至: no litre)", unit="升"),
    row("占比由12.6升至15.3。", "12.6", "change: statistics bulletin (12.6升至)", unit="升"),
    row("景气指数由49.2升至50.1。", "49.2", "change: finance news (49.2升至)", unit="升"),
]  # fmt: skip

STILL_LITRES = [
    # counter-rows: litres before 至 with the unit repeated, before a noun, before a bound
    row("用水量由50升至100升。", "50", "counter: water bulletin (由50升至100升: a change, the old level)",
        value=50, unit="升", kind="volume", change=None),
    row("用水量由50升至100升。", "100", "counter: water bulletin (由50升至100升: the new level)",
        value=100, unit="升", kind="volume", change="to"),
    row("水位由3.2米升至4.5米。", "4.5", "counter: flood bulletin (由3.2米升至4.5米, the same reading)",
        value=4.5, unit="米", kind="length", change="to"),
    row("油箱容量50升至100升不等。", "50", "counter: vehicle procurement (no 由: a range of litres)",
        low=50, high=100, unit="升", kind="volume"),
    row("每人每天供应5升水。", "5", "counter: emergency notice (5升水)", value=5, unit="升",
        kind="volume"),
    row("每天用水50升以内。", "50", "counter: water notice (50升以内)", value=50, unit="升",
        kind="volume", qualifier="at_most"),
    row("水箱容量为200升，至少可用3天。", "200", "counter: emergency notice (200升，至少)", value=200,
        unit="升", kind="volume"),
    row("气温由25度升至30度。", "25", "counter: weather news (度 then 升至)", value=25, unit="度",
        kind="other"),
]  # fmt: skip

# -------------------------------------------------------- a denominator in brackets or of a round quantity

DENOMINATORS = [
    # counter-rows: two amounts or shares joined by a slash, an amount over a term, a rate already read
    row("投资由1.2亿元/5亿元调整。", "1.2", "counter: project list (1.2亿元/5亿元: two amounts)",
        value=120000000, unit="元", kind="money"),
    row("产值1亿元/15亿元。", "15", "counter: statistics table text (1亿元/15亿元)", value=1500000000,
        unit="元", kind="money"),
    row("完成120%/95%。", "120", "counter: county portal (120%/95%: two shares)", value=120, unit="%",
        kind="percent"),
    row("服务费5万元/5年。", "5万元", "counter: procurement notice (5万元/5年: an amount over a term)",
        value=50000, unit="元", kind="money"),
    row("分红方案为每10股派2元。", "2元", "counter: finance news (每10股派2元)", value=2, unit="元",
        kind="money"),
    row("发病率为8.6/10万。", "8.6", "counter: cdc bulletin (8.6/10万 as before)", value=8.6,
        unit="/10万", kind="other"),
    row("单价为3.5元/千克。", "3.5", "counter: price bulletin (元/千克 as before)", value=3.5,
        unit="元/千克", kind="money"),
    # positive rows
    row("鸡蛋价格为5.6元/500克。", "5.6", "written: price monitoring bulletin (元/500克)", value=5.6,
        unit="元/500克", kind="money"),
    row("猪肉均价为14.5元/500克，环比下降2.1%。", "14.5", "written: price monitoring bulletin (元/500克)",
        value=14.5, unit="元/500克", kind="money"),
    row("粮食收购价为150元/50公斤。", "150", "written: grain purchase notice (元/50公斤)", value=150,
        unit="元/50公斤", kind="money"),
    row("油耗为6.5升/100公里。", "6.5", "written: transport bulletin (升/100公里)", value=6.5,
        unit="升/100公里", kind="other"),
    row("补助标准为500元/（人·月）。", "500", "written: civil affairs notice (元/（人·月）)", value=500,
        unit="元/（人·月）", kind="money"),
    row("运价为0.45元/（吨·公里）。", "0.45", "written: procurement notice (元/（吨·公里）)", value=0.45,
        unit="元/（吨·公里）", kind="money"),
    row("全员劳动生产率达到25.6万元/（人·年）。", "25.6", "written: statistics bulletin (万元/（人·年）)",
        value=256000, unit="元/（人·年）", kind="money"),
    row("产量为12吨/(公顷·年)。", "12", "written: forestry bulletin (吨/(公顷·年))", value=12,
        unit="吨/(公顷·年)", kind="other"),
]  # fmt: skip

# -------------------------------------------------------- the end review's sentences (session 19), mended
# Each row gives every fact of the sentence, in order, as (value, unit, kind); a range as
# ((low, high), unit, kind). The number of facts is asserted with them.


def whole(text: str, row_id: str, /, *facts: tuple[Any, str | None, str], marks: Any = ()) -> Any:
    """One row: a sentence and all its facts, in order, as (value, unit, kind)."""
    return pytest.param(text, list(facts), id=row_id, marks=marks)


#: a distinguishing word (年级) after a figure's unit: the count stands only before a verb (3次要求)
GRADES = [
    whole("全区5年级数学质量监测合格率为96%。", "review: education bulletin (5年级数学: 级数 no verb)",
          (96, "%", "percent")),
    whole("3年級數學科合格率為96%。", "review: taiwan page (3年級數學)", (96, "%", "percent")),
    whole("该校6年级别的学生共120人。", "review: school news (6年级别: 级别 a noun)", (120, "人", "count")),
    whole("全市3年级数学测试平均分为85分。", "review: education bulletin (3年级数学, no 3年)"),
    whole("全市3年级数学测试平均分为85分。", "GUIDE: 85分 a score", (85, "分", "other"),
          marks=_bug("平均分为85分: 分为 is read as a verb of parts, 85分 is lost (no unit rule)")),
    whole("3年级要求学生每天阅读30分钟。", "counter: school notice (3年级要求: 级要 no word)",
          (30, "分钟", "duration")),
    whole("督查组5次要求该企业落实整改。", "counter: environment inspection (5次要求: a verb)",
          (5, "次", "count")),
    whole("共组织3次要求整改的复查。", "counter: county portal (3次要求整改)", (3, "次", "count")),
    whole("梳理出12个次要问题。", "counter: county portal (个 then 次要)", (12, "个", "count")),
]  # fmt: skip

#: done / total of the same kind or a share: two figures; a price per a round quantity of another kind: one
DONE_OF_TOTAL = [
    whole("完成50%/100%。", "review: county portal (50%/100%)", (50, "%", "percent"), (100, "%", "percent")),
    whole("一季度完成率为25%/100%。", "review: provincial portal (25%/100%)", (25, "%", "percent"),
          (100, "%", "percent")),
    whole("已完成整治3个/5个。", "review: county portal (3个/5个)", (3, "个", "count"), (5, "个", "count")),
    whole("入住45户/50户。", "review: housing news (45户/50户)", (45, "户", "count"),
          (50, "户", "count")),
    whole("考试通过48人/50人。", "review: education news (48人/50人)", (48, "人", "count"),
          (50, "人", "count")),
    whole("已建成管网1公里/5公里。", "review: water bulletin (1公里/5公里)", (1, "公里", "length"),
          (5, "公里", "length")),
    whole("今年计划完成5个/10个。", "review: county plan (5个/10个)", (5, "个", "count"),
          (10, "个", "count")),
    whole("完成5吨/10吨。", "review: environment bulletin (5吨/10吨)", (5, "吨", "mass"),
          (10, "吨", "mass")),
    whole("已完成1公里/500米。", "written: county portal (1公里/500米: two lengths)", (1, "公里", "length"),
          (500, "米", "length")),
    # counter-rows: a price or a rate per a round quantity of another kind stays one figure
    whole("鸡蛋价格为5.6元/500克。", "counter: price bulletin (元/500克)", (5.6, "元/500克", "money")),
    whole("油耗为6.5升/100公里。", "counter: transport bulletin (升/100公里)", (6.5, "升/100公里", "other")),
    whole("大米零售价为2.8港元/500克。", "counter: hong kong page (港元/500克)",
          (2.8, "港元/500克", "money")),
    whole("运费为120元/10吨。", "counter: procurement notice (元/10吨)", (120, "元/10吨", "money")),
]  # fmt: skip

#: 头只: whole only before a word that ends it; before 只 that opens a word (只比, 只需要), 头 alone
HEADS = [
    whole("全县生猪存栏3万头只增加了200头。", "review: county portal (3万头只增加)", (30000, "头", "count"),
          (200, "头", "count")),
    whole("能繁母猪存栏1200头只比上年少5%。", "review: agriculture bulletin (1200头只比)",
          (1200, "头", "count"),
          (5, "%", "percent")),
    whole("存栏肉牛一万头只需要3个月。", "review: agriculture news (一万头只需要)", (10000, "头", "count"),
          (3, "个月", "duration")),
    whole("能繁母猪存栏1200头只占全省的3%。", "written: provincial portal (1200头只占)",
          (1200, "头", "count"), (3, "%", "percent")),
    # counter-rows: 头只 before punctuation, the end, 的, 以上, 左右, 和
    whole("牛羊存栏56万头只。", "counter: agriculture bulletin (万头只。)", (560000, "头只", "count")),
    whole("牛羊存栏56万头只，增长3%。", "counter: statistics bulletin (万头只，)", (560000, "头只", "count"),
          (3, "%", "percent")),
    whole("牛羊存栏56万头只的规模。", "counter: county portal (万头只的)", (560000, "头只", "count")),
    whole("全年出栏牛羊5万头只以上。", "counter: agriculture news (万头只以上)", (50000, "头只", "count")),
    whole("存栏牛羊3万头只左右。", "counter: county portal (万头只左右)", (30000, "头只", "count")),
    whole("牛羊存栏56万头只和家禽1.2万只。", "counter: statistics bulletin (万头只和)",
          (560000, "头只", "count"), (12000, "只", "count")),
    whole("3.2万人次参加活动。", "counter: culture news (人次 then a verb: a pair of no adverb)",
          (32000, "人次", "count")),
]  # fmt: skip

#: 升至, 升为, 升到 after a number: a verb of change; the old level stays, with no unit, as before 提高到
RISES_TO = [
    whole("指数由98.5升至101.2。", "review: index news (98.5升至)",
          (98.5, None, "other"), (101.2, None, "other")),
    whole("指数由98.5提高到101.2。", "review: index news (提高到, the same reading)", (98.5, None, "other"),
          (101.2, None, "other")),
    whole("景气指数由49.2升至50.1。", "written: finance news (49.2升至)", (49.2, None, "other"),
          (50.1, None, "other")),
    whole("7月份，制造业采购经理指数（PMI）由49.2升为50.1。", "review: statistics release (升为)",
          (49.2, None, "other"), (50.1, None, "other")),
    whole("消费者信心指数由88.5升到90.2。", "written: finance news (升到)", (88.5, None, "other"),
          (90.2, None, "other")),
    whole("城乡居民收入比由2.56降至2.50。", "written: statistics bulletin (降至, the same)",
          (2.56, None, "other"),
          (2.5, None, "other")),
    whole("PMI由49.2升为50.1。", "review: finance news (PMI升为: no litres)"),
    whole("GDP由5.2升到5.5。", "review: finance news (GDP升到: no litres)"),
    whole("占比由12.6升至15.3。", "review: statistics bulletin (占比, as 占比由12.6提高到15.3)"),
    whole("占比由12.6升至15.3。", "GUIDE: both levels of a share",
          (12.6, None, "other"), (15.3, None, "other"),
          marks=_bug("占比 names no measure pure_measure knows: no level is read, as with 提高到")),
    whole("环比由0.3升至0.5个百分点。", "review: price bulletin (0.3升至0.5个百分点)",
          (0.5, "百分点", "percentage_point")),
    whole("环比由0.3升至0.5个百分点。", "GUIDE: the old level shares the unit",
          (0.3, "百分点", "percentage_point"), (0.5, "百分点", "percentage_point"),
          marks=_bug("the old level before a shared 个百分点 is not read, as with 提高到")),
    # counter-rows: litres before 升至 with the unit repeated, before a noun, a range of litres, a post
    whole("每人每天供应5升水。", "counter: emergency notice (5升水)", (5, "升", "volume")),
    whole("购买5升到10升的桶装水。", "counter: shopping notice (5升到10升: a range)",
          ((5, 10), "升", "volume")),
    whole("他由副处长升为处长。", "counter: personnel news (升为 of a post)"),
    whole("用水量从上年的50升到100升。", "written: water bulletin (从…50升到100升: a change)",
          (50, "升", "volume"), (100, "升", "volume")),
    whole("油箱容量50升至100升不等。", "counter: vehicle procurement (50升至100升不等: a range)",
          ((50, 100), "升", "volume")),
    whole("每户储水20升至30升。", "counter: emergency notice (no 由: a range)", ((20, 30), "升", "volume")),
]  # fmt: skip

WHOLE: dict[str, list[Any]] = {
    "rises_to": RISES_TO,
    "heads": HEADS,
    "done_of_total": DONE_OF_TOTAL,
    "grades": GRADES,
}

TABLES: dict[str, list[Any]] = {
    "energy": ENERGY,
    "transport": TRANSPORT,
    "agriculture": AGRICULTURE,
    "finance": FINANCE,
    "health_edu": HEALTH_EDU,
    "procurement": PROCUREMENT,
    "housing": HOUSING,
    "per_unit": PER_UNIT,
    "bracket": BRACKET,
    "counter": COUNTER,
    "votes": VOTES,
    "gas_heads_piculs": GAS_HEADS_PICULS,
    "labels": LABELS,
    "opened": OPENED,
    "still_litres": STILL_LITRES,
    "denominators": DENOMINATORS,
}


@pytest.mark.parametrize(("text", "needle", "expected"), table_rows(TABLES))
def test_units_and_kinds(text: str, needle: str, expected: dict[str, Any]) -> None:
    check_one(_over(_facts(text), text, needle), needle, expected)


@pytest.mark.parametrize(("text", "needle", "forbidden"), table_rows({"not_read": NOT_READ}))
def test_not_read_so(text: str, needle: str, forbidden: dict[str, Any]) -> None:
    """No fact over the needle has all the forbidden fields."""
    for f in _over(_facts(text), text, needle):
        assert not all(getattr(f, k) == v for k, v in forbidden.items()), (f.text, forbidden)


def _reading(f: Fact) -> tuple[Any, str | None, str]:
    value = f.value if f.value is not None else (f.low, f.high)
    return value, f.unit, f.kind


@pytest.mark.parametrize(("text", "facts"), table_rows(WHOLE))
def test_whole_sentences(text: str, facts: list[tuple[Any, str | None, str]]) -> None:
    """Every fact of the sentence, with its value, unit and kind, and no other."""
    assert [_reading(f) for f in _facts(text)] == facts
