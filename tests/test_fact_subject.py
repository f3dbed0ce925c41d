"""What a figure counts or measures, by construction (issue 15).

Each row: a text, the figure (``needle``; ``"5%@2"`` is the second ``5%``) and the accepted
subjects, judged by the gold scorer's rule (equal, or containing an accepted subject with at
most four more characters, or contained in one). Ids name the construction's source:
``corpus-NNN``, ``seed``, ``guide`` or ``invented-<kind of page>``.
"""

from __future__ import annotations

import pytest

from factcase import fact_at, subject_ok

DISTRIBUTED = [
    pytest.param(
        "第一、二、三产业增加值分别增长3.1%、5.2%和6.3%。",
        "5.2%",
        ["第二产业增加值", "第二产业", "二产业增加值"],
        id="invented-bulletin: 分别 gives each figure its own subject (the middle one)",
    ),
    pytest.param(
        "城镇、农村居民人均可支配收入分别为5.2万元和2.1万元。",
        "2.1万元",
        ["农村居民人均可支配收入", "农村居民"],
        id="invented-bulletin: 分别为, the second of two",
    ),
    pytest.param(
        "出口、进口分别增长8.1%和2.3%。",
        "8.1%",
        ["出口"],
        id="invented-customs: 分别, the first of two",
    ),
    pytest.param(
        "出口、进口分别增长8.1%和2.3%。",
        "2.3%",
        ["进口"],
        id="invented-customs: 分别, the second of two",
    ),
    pytest.param(
        "城镇和农村居民人均可支配收入均增长1.6%。",
        "1.6%",
        ["城镇和农村居民人均可支配收入", "城镇和农村居民"],
        id="invented-bulletin: 均 gives the figure both subjects",
    ),
]

FOLLOW_ON = [
    pytest.param(
        "全市新型农村合作医疗覆盖率达87.3%，提高1.8个百分点。",
        "1.8个百分点",
        ["新型农村合作医疗覆盖率", "覆盖率"],
        id="invented-health-bulletin: a change takes its level's subject",
    ),
    pytest.param(
        "社会消费品零售总额1.2万亿元，增长6.1%。",
        "6.1%",
        ["社会消费品零售总额"],
        id="invented-stats-release: 增长 after a level",
    ),
    pytest.param(
        "最终消费支出拉动GDP增长约0.6个百分点。",
        "0.6个百分点",
        ["GDP", "GDP增长"],
        id="invented-stats-release: 拉动X增长 measures X",
    ),
    pytest.param(
        "规模以上工业增加值按可比价计算增长3.9%。",
        "3.9%",
        ["规模以上工业增加值", "工业增加值"],
        id="invented-bulletin: 按可比价计算 is how, not what",
    ),
    pytest.param(
        "全年地区生产总值3210亿元，按不变价格计算，比上年增长4.1%。",
        "4.1%",
        ["地区生产总值"],
        id="invented-bulletin: 按不变价格计算 in its own clause",
    ),
]

NOUN_PHRASES = [
    pytest.param("我市共15167套房屋。", "15167套", ["房屋"], id="seed: N + measure word + noun"),
    pytest.param("共筹集建设安置房1.39万套。", "1.39万套", ["安置房"], id="seed: noun + N + measure word"),
    pytest.param(
        "全市一般工业固体废物综合利用率为91.2%。",
        "91.2%",
        ["一般工业固体废物综合利用率", "综合利用率"],
        id="invented-environment-bulletin: a rate X为N",
    ),
    pytest.param(
        "9月份，全省制造业采购经理指数为50.2%。",
        "50.2%",
        ["制造业采购经理指数", "采购经理指数"],
        id="invented-stats-release: an index with a verb inside its name",
    ),
    pytest.param("该村距县城35公里。", "35公里", ["距县城", "距离"], id="invented-county-news: a distance"),
    pytest.param(
        "公租房月租金为每平方米8元。",
        "8元",
        ["公租房月租金", "月租金", "租金"],
        id="invented-housing: a price per unit",
    ),
    pytest.param(
        "生活垃圾处理费每吨80元。", "80元", ["生活垃圾处理费", "处理费"], id="invented-price-notice: 每吨80元"
    ),
    pytest.param(
        "本澳總人口為68.4萬。",
        "68.4萬",
        ["本澳總人口", "總人口"],
        id="invented-mo: 本澳 (this territory) stays",
    ),
    pytest.param("本港失業率為2.9%。", "2.9%", ["本港失業率", "失業率"], id="invented-hk: 本港"),
    pytest.param(
        "全市新增城镇就业1.2万人，完成年度目标的30.5%。",
        "30.5%",
        ["年度目标", "城镇就业", "新增城镇就业"],
        id="invented-human-resources: 完成…目标的 names the plan (session 8 wave 2; the part before)",
    ),
    pytest.param(
        "全年利用外资现汇进资累计完成2001万美元，完成全年目标任务2000万美元的100.05%。",
        "100.05%",
        ["利用外资现汇进资", "利用外资"],
        id="corpus-007: not of the target's own figure",
    ),
    # a rank with nothing before it: what the sentence is about
    pytest.param(
        "根据世界知识产权组织（WIPO）发布的《2023年全球创新指数》，中国是前30名中唯一的中等收入经济体，排名第十二位。",
        "第十二位",
        ["中国"],
        id="corpus-033: a rank after 排名 opening its clause takes the sentence's topic, past a 根据 frame",
    ),
    pytest.param(
        "改革开放以来，经过40多年快速发展，中国经济总量快速攀升，目前已经稳居世界第二位。",
        "第二位",
        ["中国经济总量", "经济总量"],
        id="corpus-033: past a time frame and a 经过 clause",
    ),
    pytest.param("足球队获得了团体第三名。", "第三名", ["足球队"], id="corpus-006-style: 获得了团体第三名"),
    pytest.param(
        "全年共发生生产安全事故790起，比上年减少503起。",
        "790起",
        ["生产安全事故", "安全事故"],
        id="corpus-009: a four-character compound jieba tags an idiom (安全事故)",
    ),
    pytest.param(
        "全年居民消费价格（CPI）同比上涨2.1%。",
        "2.1%",
        ["居民消费价格"],
        id="corpus-008: an aside in brackets right after the noun",
    ),
    pytest.param(
        "清洁能源消费量占能源消费总量比重上升至26.4%。",
        "26.4%",
        ["清洁能源消费量"],
        id="corpus-033: 占…比重上升至, a share that changes",
    ),
    pytest.param(
        "全年优良天数比例为92.1%，比上年下降4.0个百分点。",
        "92.1%",
        ["优良天数比例"],
        id="corpus-009: a state word inside the noun (优良 in 优良天数比例)",
    ),
    pytest.param(
        "全省地表水国考断面水质优良比例为96.2%。",
        "96.2%",
        ["国考断面水质优良比例", "地表水国考断面水质优良比例"],
        id="corpus-009: a long subject keeps whole words (not 表水…)",
    ),
    pytest.param(
        "第三产业增加值占地区生产总值比重为52.4%。",
        "52.4%",
        ["第三产业增加值"],
        id="invented-stats-communique: the part named before 占…比重",
    ),
    pytest.param(
        "全市民营经济增加值1234亿元，占全市GDP的比重达到56.7%。",
        "56.7%",
        ["民营经济增加值"],
        id="invented-stats-communique: 占…的比重 after an amount is that amount's share",
    ),
    pytest.param(
        "按客源分析，內地旅客佔總數的68.7%。",
        "68.7%",
        ["內地旅客"],
        id="samples-mo-visitor-stats: 佔總數的 is a share of the part before it",
    ),
    pytest.param(
        "全年服务业实现增加值1612.87亿元，按可比价计算，同比增长4.3%。",
        "1612.87亿元",
        ["服务业增加值"],
        id="corpus-008: a bare object after 实现 takes the noun before the verb",
    ),
    pytest.param(
        "今年以来，全省新设外商投资企业1234家，实际使用外资78.9亿美元。",
        "78.9亿美元",
        ["实际使用外资"],
        id="invented-commerce-bureau: 实际使用外资 as one term",
    ),
    pytest.param(
        "全年对外承包工程完成营业额38.7亿美元。",
        "38.7亿美元",
        ["对外承包工程营业额"],
        id="corpus-009: 完成营业额",
    ),
    pytest.param(
        "本次活动共设置4个分会场、12项主题活动。",
        "12项",
        ["主题活动"],
        id="invented-culture-news: a verbal noun after a noun is the head (主题活动)",
    ),
    pytest.param(
        "华强方特等51个重大文旅项目开工建设。",
        "51个",
        ["重大文旅项目", "文旅项目"],
        id="corpus-008: a verb chain after the noun is the predicate (开工建设)",
    ),
    pytest.param(
        "会议决定：批准发行15500亿元特别国债购买外汇。",
        "15500亿元",
        ["特别国债"],
        id="corpus-005: the bond after the amount (jieba reads 特别 as an adverb)",
    ),
    pytest.param(
        "今年拟安排超长期特别国债1万亿元。",
        "1万亿元",
        ["超长期特别国债", "特别国债"],
        id="invented-finance-news",
    ),
    pytest.param(
        "对通过备案的普惠托育机构，按每托位500元的标准发放一次性建设补贴。",
        "500元",
        ["一次性建设补贴", "建设补贴"],
        id="corpus-024: 按…的标准发放 pays what follows the verb",
    ),
    pytest.param(
        "按照每人每年1000元的标准给予生活补助。",
        "1000元",
        ["生活补助"],
        id="invented-civil-affairs-notice: 按照每人每年…的标准给予",
    ),
    pytest.param(
        "全市按每亩120元的标准发放耕地地力保护补贴。",
        "120元",
        ["耕地地力保护补贴"],
        id="invented-agriculture-notice: 按每亩…的标准发放",
    ),
    pytest.param(
        "补贴标准为每人每月300元。",
        "300元",
        ["补贴标准"],
        id="invented-policy-notice: 每人每月, a span of time after the unit",
    ),
    pytest.param(
        "每年安排专项资金2000万元。",
        "2000万元",
        ["专项资金"],
        id="invented-budget-notice: 每年 opens the clause",
    ),
    pytest.param(
        "全年出生人口5.2万人，死亡人口4.1万人。",
        "5.2万人",
        ["出生人口"],
        id="invented-bulletin: the head noun keeps its modifier (出生)",
    ),
    pytest.param(
        "全年出生人口5.2万人，死亡人口4.1万人。",
        "4.1万人",
        ["死亡人口"],
        id="invented-bulletin: the head noun keeps its modifier (死亡)",
    ),
    pytest.param(
        "规上工业企业实现营业收入1200亿元，增长5%。",
        "1200亿元",
        ["规上工业企业营业收入", "营业收入"],
        id="invented-bulletin: a verb between the holder and the measure (实现)",
    ),
    pytest.param(
        "目前河南段94%的国考断面水质在Ⅲ类以上。",
        "94%",
        ["国考断面", "国考断面水质"],
        id="corpus-027-style: a share of the noun after 的, never a single character",
    ),
    pytest.param(
        "在建成501公里标准化堤防、98处控导工程的同时，开展智慧预警。",
        "98处",
        ["控导工程"],
        id="corpus-027-style: a measure word followed by its own noun wins over the neighbour's",
    ),
    pytest.param(
        "建成36处防洪工程和12座泵站。",
        "12座",
        ["泵站"],
        id="invented-water-bureau: each figure its own noun",
    ),
    pytest.param(
        "全市高新技术企业达到1250家，比上年增加210家。",
        "210家",
        ["高新技术企业"],
        id="invented-science-bureau: a change in a count names the same thing",
    ),
]

MARKS_AND_ASIDES = [
    pytest.param(
        "初步核算，全年地区生产总值[2]32074.7亿元，比上年增长4.7%。",
        "32074.7亿元",
        ["地区生产总值"],
        id="corpus-009: a footnote mark before the figure is passed over",
    ),
    pytest.param(
        "城镇常住人口2810.52万人，占总人口的比重（常住人口城镇化率）为62.07%。",
        "62.07%",
        ["常住人口城镇化率", "城镇化率", "比重"],
        id="corpus-009: an aside that names the measure in words",
    ),
    pytest.param(
        "全市地区生产总值（GDP）262.6亿元。",
        "262.6亿元",
        ["地区生产总值", "生产总值"],
        id="invented-bulletin: an aside in letters is passed over",
    ),
    pytest.param(
        "神舟九号自动撤离至距天宫一号400米处停泊点。",
        "400米",
        ["停泊点", "距离"],
        id="corpus-001: N米处 + noun (处 places the figure)",
    ),
    pytest.param(
        "“海葵一号”由近60万个零部件组成。",
        "60万个",
        ["零部件"],
        id="corpus-021: a noun that opens with 零 is not a number",
    ),
    pytest.param(
        "粮食产量连续7年稳定在1300亿斤以上。",
        "7年",
        ["粮食产量"],
        id="corpus-027: a state word after a duration is its predicate",
    ),
    pytest.param(
        "全年城镇新增就业3892人，比上年减少1119人。",
        "3892人",
        ["城镇新增就业", "新增就业"],
        id="corpus-007: 新增 names the statistic with its noun",
    ),
    pytest.param(
        "全年城镇新增就业3892人，比上年减少1119人。",
        "1119人",
        ["城镇新增就业", "新增就业"],
        id="corpus-007: its change names the same",
    ),
    pytest.param(
        "全县农民工总量19.41万人，比上年增长8.55%，其中，外出农民工7.97万人，增长10.28%。",
        "8.55%",
        ["农民工总量", "农民工"],
        id="corpus-007: a change names the level just before it, not the sentence's topic",
    ),
    pytest.param(
        "全县农民工总量19.41万人，比上年增长8.55%，其中，外出农民工7.97万人，增长10.28%。",
        "10.28%",
        ["外出农民工"],
        id="corpus-007: 其中 a part, and its change",
    ),
]

GROWTH = [
    pytest.param(
        "1-10月，全县固定资产投资完成246.79亿元，完成年度计划82.3%，同比增长15.3%。",
        "15.3%",
        ["固定资产投资", "全县固定资产投资"],
        id="corpus-003: a growth rate names the amount, not the share between them",
    ),
    pytest.param(
        "全市新型农村合作医疗覆盖率达87.3%，提高1.8个百分点。",
        "1.8个百分点",
        ["新型农村合作医疗覆盖率", "覆盖率"],
        id="invented-health-bulletin: points of a percentage name the last percentage",
    ),
]

STYLES = [
    pytest.param(
        "今年前10个月，我国货物贸易进出口总值34.32万亿元人民币，同比增长0.03%。",
        "34.32万亿元",
        ["货物贸易进出口总值", "进出口总值"],
        id="invented-customs: a currency name after the amount is not its subject",
    ),
    pytest.param(
        "9月末广义货币(M2)余额289.67万亿元，同比增长10.3%。",
        "289.67万亿元",
        ["广义货币余额", "广义货币(M2)余额", "M2余额"],
        id="invented-central-bank: an aside inside the name is passed over",
    ),
    pytest.param(
        "9月末广义货币(M2)余额289.67万亿元，增速比上月末低0.3个百分点。",
        "0.3个百分点",
        ["增速"],
        id="invented-central-bank: 增速 is a noun (jieba tags it a verb)",
    ),
    pytest.param(
        "全省重点项目完成投资3256.8亿元，高于时序进度7.4个百分点。",
        "7.4个百分点",
        ["重点项目投资", "投资", "全省重点项目"],
        id="invented-provincial-portal: 高于X: X is the baseline, not the subject",
    ),
    pytest.param(
        "二〇二二至二三年度公营房屋落成量为2.4万套，较上一年度增加约35%。",
        "35%",
        ["公营房屋落成量", "公营房屋"],
        id="sample-hk-press-release: 较上一年度: a determiner between 较 and the baseline",
    ),
    pytest.param(
        "全市城镇化率达到65.2%，比全国平均水平高2.1个百分点。",
        "2.1个百分点",
        ["城镇化率"],
        id="invented-provincial-portal: 比全国平均水平: a scope word between 比 and the baseline",
    ),
    pytest.param(
        "第1季外銷訂單1,283.4億美元，較上年同季減少2.9%。",
        "2.9%",
        ["外銷訂單"],
        id="invented-tw-statistics: 較上年同季: the quarter compared with is no subject",
    ),
    pytest.param(
        "本港今年首季本地生產總值按年實質上升2.7%，較上一季的4.3%有所放緩。",
        "4.3%",
        ["本地生產總值", "本地生产总值"],
        id="invented-hk-statistics: a compared level is a level of the same thing (有所 is no noun)",
    ),
    pytest.param(
        "本项目共划分为3个标段，其中第一标段最高限价为380万元。",
        "380万元",
        ["最高限价", "标段最高限价", "第一标段最高限价"],
        id="invented-procurement: 最高限价 is a noun (jieba tags 限价 a verb)",
    ),
    pytest.param(
        "项目预算为12亿元，资金来源为财政资金。",
        "12亿元",
        ["项目预算", "预算"],
        id="invented-procurement: 预算 is a noun here",
    ),
    pytest.param(
        "全年一般公共预算收入完成156.7亿元，同比增长6.8%，其中税收收入102.3亿元，占比65.3%。",
        "65.3%",
        ["税收收入"],
        id="invented-finance-bureau: 占比 with no noun is the share of the amount before it",
    ),
    pytest.param(
        "全年接待游客1860.5万人次，实现旅游收入198.3亿元，分别增长45.6%和52.1%。",
        "45.6%",
        ["游客", "接待游客"],
        id="invented-culture-tourism-bureau: a clause opening with 分别 takes the amounts before it",
    ),
    pytest.param(
        "全年接待游客1860.5万人次，实现旅游收入198.3亿元，分别增长45.6%和52.1%。",
        "52.1%",
        ["旅游收入"],
        id="invented-culture-tourism-bureau: the second figure after 分别 takes the second amount",
    ),
    pytest.param(
        "出口19.55万亿元，进口14.77万亿元，分别增长0.4%、下降0.5%。",
        "0.5%",
        ["进口"],
        id="invented-customs: 分别 over two amounts, a rise and a fall",
    ),
    pytest.param(
        "今年一季度，我县共接待游客86.5万人次，实现旅游综合收入7.2亿元，同比分别增长15.3%和18.6%。",
        "15.3%",
        ["游客", "接待游客"],
        id="invented-county-portal: 同比分别 still hands out over the amounts before it (the first)",
    ),
    pytest.param(
        "全市完成地区生产总值1200亿元，一般公共预算收入86亿元，比上年分别增长5.2%、3.1%。",
        "3.1%",
        ["一般公共预算收入"],
        id="invented-work-report: 比上年分别 over the amounts before it (the second)",
    ),
    pytest.param(
        "一季度全省规模以上工业增加值增长6.8%，增速比全国高0.7个百分点，比上年同期加快1.2个百分点。",
        "1.2个百分点",
        ["增速", "工业增加值增速"],
        id="invented-stats-release: points after points in one sentence change the same rate",
    ),
    pytest.param(
        "沪深两市成交额合计9876亿元。",
        "9876亿元",
        ["成交额", "沪深两市成交额"],
        id="invented-finance-news: no fragment counted by a numeral (两市 -> not 市成交额)",
    ),
    pytest.param(
        "今年一季度，全国共办理出口退税5430亿元。",
        "5430亿元",
        ["出口退税"],
        id="invented-tax-bureau: 出口退税 is one noun",
    ),
    pytest.param(
        "截至收盘，上证指数报3154.03点；深证成指报9711.17点。",
        "9711.17点",
        ["深证成指"],
        id="invented-finance-news: 深证成指 (not 深证成指报)",
    ),
    pytest.param(
        "对符合条件的企业，给予最高不超过50万元的一次性奖励。",
        "50万元",
        ["一次性奖励", "奖励"],
        id="invented-policy-notice: a noun that opens with a numeral character (一次性奖励) after 的",
    ),
    pytest.param(
        "全县农村低保标准提高到每人每年6840元。",
        "6840元",
        ["农村低保标准", "低保标准"],
        id="invented-civil-affairs: 低保 is a noun (jieba reads a verb)",
    ),
    pytest.param(
        "二、预算金额：356.8万元；三、最高限价：350万元。",
        "350万元",
        ["最高限价"],
        id="invented-procurement: a numbered item's mark (三、) is no part of its label",
    ),
    pytest.param(
        "5月18日，文博会在深圳开幕，展会为期5天。",
        "5天",
        ["展会"],
        id="invented-city-news: 为期 names nothing; what lasts stands before it",
    ),
    pytest.param(
        "由物业服务企业开展为期3至5年的运行维护。",
        "3至5年",
        ["运行维护"],
        id="invented-housing-notice: 为期N年的 + activity: the activity lasts",
    ),
    pytest.param(
        "全县脱贫人口人均纯收入由2019年的8900元增加到2023年的1.46万元，年均增长13.2%。",
        "13.2%",
        ["人均纯收入", "脱贫人口人均纯收入"],
        id="invented-rural-revitalization: 年均增长 changes the amount before, 年均 names nothing",
    ),
    pytest.param(
        "全年一般公共预算收入完成98.6亿元，为预算的102.3%。",
        "102.3%",
        ["一般公共预算收入"],
        id="invented-budget-report: 为预算的N% is a share of the amount stated, not of 预算",
    ),
    pytest.param(
        "这条长约12公里的道路，连接着沿线8个行政村。",
        "12公里",
        ["道路"],
        id="invented-transport: a dimension before the figure measures the noun after 的",
    ),
    pytest.param(
        "中美两国元首举行会晤。",
        "两国",
        ["中美", "中美两国"],
        id="invented-foreign-affairs: a count of places sums up the names before it",
    ),
    pytest.param(
        "为缓和沙特和伊朗两国紧张关系。",
        "两国",
        ["沙特和伊朗"],
        id="corpus-033: names joined by 和 before a count of countries",
    ),
    pytest.param(
        "三型火箭总装测试工作正在北京、天津两地有序开展。",
        "两地",
        ["北京、天津"],
        id="corpus-002: a listed pair before 两地",
    ),
    pytest.param(
        "据报道，这架飞机最大航程可达1.2万公里。",
        "1.2万公里",
        ["飞机最大航程", "最大航程", "航程"],
        id="invented-science-news: no measure word a demonstrative takes (这架飞机 -> not 架飞机)",
    ),
    pytest.param(
        "该国去年国防预算高达8860亿美元，占全球军费开支的近40%。",
        "40%",
        ["国防预算"],
        id="invented-world-news: 占…的近40%: a bound after 的 keeps the share-of-a-whole reading",
    ),
    pytest.param(
        "武汉地铁5号线二期工程全长约8.5公里。",
        "8.5公里",
        ["5号线二期工程", "二期工程", "5号线二期工程全长"],
        id="invented-cjn: 5号线 keeps its number (not 号线…)",
    ),
    pytest.param(
        "近五年来，公司研发投入年均增长超过20%。",
        "20%",
        ["研发投入"],
        id="invented-company-news: 研发投入 is one noun",
    ),
    pytest.param(
        "全市GDP排名下降2位。",
        "2位",
        ["GDP排名", "排名"],
        id="invented-stats-release: places a ranking moved by take the ranking",
    ),
    pytest.param(
        "项目形成5期“表达性艺术疗愈”心理团辅课程。",
        "5期",
        ["“表达性艺术疗愈”心理团辅课程", "心理团辅课程"],
        id="corpus-028: a quoted name between the measure word and the noun counted",
    ),
    pytest.param(
        "全区共发放20份“防诈骗”宣传手册。",
        "20份",
        ["“防诈骗”宣传手册", "宣传手册"],
        id="invented-police-notice: 20份“防诈骗”宣传手册",
    ),
    pytest.param(
        "约四成参保职工选择线上办理。",
        "四成",
        ["参保职工", "职工"],
        id="invented-social-security: a share in words before a participle and its noun",
    ),
    pytest.param(
        "中国有26个全球百强科技创新集群。",
        "百",
        ["科技创新集群", "全球百强科技创新集群"],
        id="corpus-033-style: N强 ranks the noun after it",
    ),
    pytest.param(
        "市人大常委会副主任李明等一行6人来我区调研。",
        "6人",
        ["一行", "李明等一行"],
        id="invented-portal: 等一行6人 counts the party",
    ),
    pytest.param(
        "其中，省级科技项目3个，分别为省“揭榜挂帅”项目1个、中央财政引导资金项目2个。",
        "2个",
        ["中央财政引导资金项目", "项目"],
        id="corpus-007-style: after 分别为 each figure names its own noun",
    ),
    pytest.param(
        "截至19日9时，地震已造成105人死亡、397人受伤。",
        "397人",
        ["受伤", "受伤人数"],
        id="invented-earthquake-notice: people and what they suffered",
    ),
    pytest.param(
        "中标金额：118.6万元，下浮率3.9%。",
        "3.9%",
        ["下浮率"],
        id="invented-procurement: a rate named by a verb (下浮率)",
    ),
    pytest.param(
        "消费品价格下降0.6%，服务价格上涨1.3%。",
        "1.3%",
        ["服务价格"],
        id="invented-price-bulletin: a verbal noun opening the name stays (服务价格)",
    ),
]

DOMAIN_TERMS = [
    pytest.param(
        "今年全市建成安置住房1200套。",
        "1200套",
        ["安置住房"],
        id="invented-housing-bureau: 安置住房 is one term (jieba reads 安置 as a verb)",
    ),
    pytest.param(
        "全年农村居民人均可支配收入16387元，比上年增加915元。",
        "16387元",
        ["农村居民人均可支配收入"],
        id="corpus-007: 可支配收入 is one term (jieba splits it)",
    ),
    pytest.param(
        "全年一般公共预算收入17.9亿元，增长8.6%。",
        "17.9亿元",
        ["一般公共预算收入"],
        id="corpus-007: 一般公共预算收入, not 收入",
    ),
    pytest.param(
        "年末生猪存栏39.8万头，生猪出栏64.9万头。",
        "64.9万头",
        ["生猪出栏"],
        id="corpus-007: 出栏 names the statistic with its animal",
    ),
]

LABELS_AND_EVENTS = [
    pytest.param(
        "工期要求：采购合同签订后 60 天",
        "60 天",
        ["工期要求", "工期"],
        id="corpus-011: a label heads a value that only dates the figure",
    ),
    pytest.param(
        "建设规模：总建筑面积2.5万平方米",
        "2.5万平方米",
        ["总建筑面积", "建筑面积"],
        id="invented-procurement: a value that names its own measure keeps it",
    ),
    pytest.param(
        "经过4次变轨，神舟九号到达预定位置。",
        "4次",
        ["变轨"],
        id="corpus-001: a count of events takes the verb after it",
    ),
    pytest.param(
        "全年开展3轮督查检查。", "3轮", ["督查检查", "督查"], id="invented-inspection-bureau: 3轮督查"
    ),
]

TOPIC = [
    pytest.param(
        "全市粮食播种面积326万亩，总产量达到136万吨，单产每亩417公斤。",
        "136万吨",
        ["总产量", "粮食总产量"],
        id="invented-agriculture: a clause that names its own topic",
    ),
    pytest.param(
        "全市粮食播种面积326万亩，增长0.5%。",
        "0.5%",
        ["粮食播种面积", "播种面积"],
        id="invented-agriculture: the topic carried to a clause with no noun",
    ),
    pytest.param(
        "进出口总额850亿元，其中出口520亿元，进口330亿元。",
        "330亿元",
        ["进口"],
        id="invented-customs: 其中 breakdown, each its own noun",
    ),
    pytest.param(
        "全年供应土地169宗、314公顷。",
        "314公顷",
        ["土地"],
        id="guide: an enumeration shares its subject",
    ),
]

PERCENT_OF = [
    pytest.param(
        "每百元营业收入中的成本为84.5元，增加0.3元。",
        "0.3元",
        ["每百元营业收入中的成本", "成本", "每百元营业收入成本"],
        id="invented-bulletin: what 增加0.3元 changes is the cost per 100 元",
    ),
    pytest.param(
        "高技术制造业增加值占规模以上工业增加值的比重为12.5%。",
        "12.5%",
        ["比重", "高技术制造业增加值", "高技术制造业增加值占比"],
        id="invented-bulletin: 占…的比重为N",
    ),
]


@pytest.mark.parametrize(
    ("text", "needle", "accept"),
    DISTRIBUTED
    + FOLLOW_ON
    + NOUN_PHRASES
    + MARKS_AND_ASIDES
    + GROWTH
    + STYLES
    + DOMAIN_TERMS
    + LABELS_AND_EVENTS
    + TOPIC
    + PERCENT_OF,
)
def test_subject(text: str, needle: str, accept: list[str]) -> None:
    f = fact_at(text, needle)
    assert subject_ok(f.subject, accept), f"{f.text}: subject {f.subject!r}, want one of {accept}"


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        pytest.param("目前河南段94%的国考断面水质在Ⅲ类以上。", "94%", id="corpus-027-style: not 国"),
        pytest.param(
            "全市电子信息、装备制造、绿色食品四大重点产业产值增长8%。",
            "8%",
            id="invented-industry-bureau: no fragment cut from a word (品四大…)",
        ),
    ],
)
def test_subject_is_never_a_fragment(text: str, needle: str) -> None:
    f = fact_at(text, needle)
    assert f.subject is None or len(f.subject) >= 2, f.subject
    assert not (f.subject or "").startswith("品"), f.subject
