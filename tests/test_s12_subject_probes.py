"""Subjects in other sites' wordings: a probe sweep (session 12, issue 15), by construction.

Sentences written in the style of many kinds of site (statistics releases, provincial portals,
procurement and tender results, court and procuratorate reports, hospitals and schools, finance news,
weather, water, power, transport, Hong Kong press releases, Macau departments, Taiwan county and
ministry news), each with a figure in a construction subjects go wrong in. Ids name the kind of site
(``written-<kind of site>``) and the construction. Each row is checked with the gold scorer's rule
(:func:`factcase.subject_ok`); rows that fail today are strict xfails naming the construction.
"""

from __future__ import annotations

import pytest

from factcase import check_subject, known_miss, subject_case

# ---------------------------------------------------------------- a
# topic carried across clauses, then a new topic
# (…，增长5.2%；网上零售额1923.6亿元)
TOPIC_CARRIED = [
    subject_case(
        "1-10月，全市规模以上工业增加值同比增长6.8%，其增速比前三季度加快0.3个百分点；固定资产投资增长4.1%。",
        "4.1%",
        "written-stats-release: new topic after semicolon",
        ["固定资产投资"],
    ),
    subject_case(
        "1-10月，全市规模以上工业增加值同比增长6.8%，其增速比前三季度加快0.3个百分点；固定资产投资增长4.1%。",
        "0.3个",
        "written-stats-release: 其增速 refers back",
        ["增速", "规模以上工业增加值增速", "工业增加值增速"],
    ),
    subject_case(
        "全省社会消费品零售总额完成8652.3亿元，增长5.2%；网上零售额1923.6亿元，增长9.8%。",
        "9.8%",
        "written-provincial-portal: second topic's change",
        ["网上零售额"],
    ),
    subject_case(
        "全省社会消费品零售总额完成8652.3亿元，增长5.2%；网上零售额1923.6亿元，增长9.8%。",
        "5.2%",
        "written-provincial-portal: first topic's change",
        ["社会消费品零售总额"],
    ),
    subject_case(
        "本月全市平均气温16.2℃，较常年偏高1.1℃；降水量48.5毫米，偏少三成。",
        "48.5毫米",
        "written-weather-bureau: new topic 降水量",
        ["降水量"],
    ),
    subject_case(
        "本月全市平均气温16.2℃，较常年偏高1.1℃；降水量48.5毫米，偏少三成。",
        "1.1℃",
        "written-weather-bureau: carried 平均气温",
        ["平均气温"],
    ),
    subject_case(
        "截至6月底，全市水库蓄水总量12.6亿立方米，比去年同期多1.8亿立方米；大中型水库蓄水9.4亿立方米。",
        "9.4亿",
        "written-water-resources: new topic",
        ["大中型水库蓄水", "大中型水库", "蓄水"],
    ),
    subject_case(
        "上半年，全市完成全社会用电量312.5亿千瓦时，同比增长7.3%，其中工业用电量215.4亿千瓦时，居民生活用电量41.2亿千瓦时。",
        "41.2亿",
        "written-power-grid: last listed part",
        ["居民生活用电量"],
    ),
    subject_case(
        "全年全市完成固定资产投资1265亿元，增长6.1%。分领域看，工业投资增长12.3%，基础设施投资增长4.5%，房地产开发投资下降8.9%。",
        "4.5%",
        "written-stats-release: 分领域看 list",
        ["基础设施投资"],
    ),
    subject_case(
        "全年全市完成固定资产投资1265亿元，增长6.1%。分领域看，工业投资增长12.3%，基础设施投资增长4.5%，房地产开发投资下降8.9%。",
        "8.9%",
        "written-stats-release: 分领域看 last",
        ["房地产开发投资"],
    ),
    subject_case(
        "全市共有卫生机构3862个，床位4.6万张，卫生技术人员5.8万人，其中执业（助理）医师2.3万人、注册护士2.6万人。",
        "2.6万",
        "written-health-stats: 其中 second",
        ["注册护士"],
    ),
    subject_case(
        "全市共有卫生机构3862个，床位4.6万张，卫生技术人员5.8万人，其中执业（助理）医师2.3万人、注册护士2.6万人。",
        "4.6万",
        "written-health-stats: noun before count",
        ["床位"],
    ),
    subject_case(
        "今年一季度，本市港口完成集装箱吞吐量568万标箱，同比增长9.1%，增速高于全国平均水平3.2个百分点。",
        "3.2个",
        "written-port: 增速高于 平均 N 百分点",
        ["增速", "集装箱吞吐量增速"],
    ),
    subject_case(
        "全年共接报警情26.3万起，同比下降7.4%；其中刑事警情1.2万起，下降15.6%，治安警情3.8万起，下降9.1%。",
        "15.6%",
        "written-police: 其中 part's change",
        ["刑事警情"],
    ),
    subject_case(
        "全年共接报警情26.3万起，同比下降7.4%；其中刑事警情1.2万起，下降15.6%，治安警情3.8万起，下降9.1%。",
        "9.1%",
        "written-police: second part's change",
        ["治安警情"],
    ),
    subject_case(
        "本年度食物環境衞生署共巡查食肆逾25萬次，檢控違規個案1,632宗，較去年減少12%。",
        "12%",
        "written-hk-department: change after count",
        ["違規個案", "檢控違規個案"],
    ),
    subject_case(
        "今年1至9月，市区平均车速为每小时24.6公里，比去年同期提高1.8公里，拥堵指数为1.62。",
        "1.8公里",
        "written-transport: change in speed",
        ["平均车速", "车速"],
    ),
    subject_case(
        "去年本縣觀光人次達1,280萬，創歷年新高，觀光產值估計約新臺幣186億元。",
        "186億元",
        "written-taiwan-county: 產值估計約",
        ["觀光產值"],
    ),
    subject_case(
        "截至9月底，全省累计建成充电桩18.6万个，其中公共充电桩5.2万个，实现乡镇全覆盖；换电站128座。",
        "128座",
        "written-energy-bureau: new topic after clause",
        ["换电站"],
    ),
    subject_case(
        "该院全年受理诉前调解案件2.1万件，调解成功8650件，成功率41.2%，平均用时18天。",
        "8650件",
        "written-court-report: 调解成功 N件",
        ["调解成功", "诉前调解案件", "案件"],
    ),
]


# ---------------------------------------------------------------- 分别
# and 均: each item of a list takes its figure, or all share one
RESPECTIVELY = [
    subject_case(
        "一、二、三产业增加值分别增长3.1%、5.6%和4.9%。",
        "5.6%",
        "written-stats-release: 分别 with parts",
        ["二产业增加值", "第二产业增加值", "产业增加值", "增加值"],
    ),
    subject_case(
        "全市小学、初中入学率分别达到100%和99.8%。",
        "99.8%",
        "written-education-bureau: 分别 rate",
        ["初中入学率", "入学率"],
    ),
    subject_case(
        "甲、乙两个标段中标价分别为1286.5万元、963.2万元。",
        "963.2万元",
        "written-procurement: 分别 two lots",
        ["中标价", "乙标段中标价"],
        marks=known_miss(
            "names listed before a count and its head (甲、乙两个标段中标价): cut inside the list"
        ),
    ),
    subject_case(
        "全市PM2.5和PM10平均浓度分别为32微克/立方米和58微克/立方米。",
        "58微克",
        "written-environment-bureau: 分别 concentrations",
        ["PM10平均浓度", "平均浓度"],
    ),
    subject_case(
        "两家医院门诊量分别为56.3万人次和41.8万人次，均比上年增长10%以上。",
        "41.8万",
        "written-health-commission: 分别 门诊量",
        ["门诊量"],
    ),
    subject_case(
        "两家医院门诊量分别为56.3万人次和41.8万人次，均比上年增长10%以上。",
        "10%",
        "written-health-commission: 均 change",
        ["门诊量"],
    ),
    subject_case(
        "三个监测断面水质均达到Ⅲ类标准，达标率均为100%。", "100%", "written-water-bureau: 均 rate", ["达标率"]
    ),
    subject_case(
        "本屆立法會選舉，地區直選及功能界別投票率分別為30.2%及32.1%。",
        "32.1%",
        "written-hk-press-release: 分別 turnout",
        ["投票率", "功能界別投票率"],
    ),
    subject_case(
        "本次招标共有A、B、C三个包件，最高限价分别为320万元、280万元和150万元。",
        "280万元",
        "written-tender: 最高限价分别为",
        ["最高限价"],
    ),
    subject_case(
        "全市一般公共预算收入和税收收入分别完成356.8亿元和268.2亿元，税收占比75.2%。",
        "75.2%",
        "written-finance: 税收占比",
        ["税收占比"],
    ),
    subject_case(
        "男、女平均預期壽命分別為82.5歲及88.1歲。",
        "88.1歲",
        "written-hk-census: 分別 life expectancy",
        ["女平均預期壽命", "平均預期壽命", "預期壽命"],
    ),
    subject_case(
        "全市小学、初中、高中专任教师分别有2.3万人、1.4万人和0.8万人。",
        "1.4万",
        "written-education-stats: 分别有",
        ["初中专任教师", "专任教师"],
    ),
    subject_case(
        "两座水库的蓄水量均超过汛限水位对应库容的90%。",
        "90%",
        "written-water: 均超过…的N%",
        ["蓄水量", "汛限水位对应库容"],
    ),
    subject_case(
        "参加考试的考生中，语文、数学平均分分别为108.6分和96.3分。",
        "96.3分",
        "written-exam-authority: 平均分分别为",
        ["数学平均分", "平均分"],
        marks=known_miss("scores in 分 after 分别为 are not read as figures"),
    ),
    subject_case(
        "台北、台中、高雄三市的房價所得比分別為15.2倍、10.3倍及9.1倍。",
        "10.3倍",
        "written-taiwan-ministry: 房價所得比分別為",
        ["房價所得比"],
        marks=known_miss(
            "names listed before a count and its head (台北、台中、高雄三市的): cut inside the list"
        ),
    ),
]


# ---------------------------------------------------------------- 其中 /
# 當中 parts: the part named after 其中 is what its figure counts
PARTS = [
    subject_case(
        "全年共招录公务员1286名，其中女性占58.3%。", "58.3%", "written-personnel: 其中 share", ["女性"]
    ),
    subject_case(
        "全市共有各级各类学校1562所，其中普通高中86所。",
        "86所",
        "written-education: 其中 count",
        ["普通高中"],
    ),
    subject_case(
        "全年办理减刑假释案件3216件，其中减刑案件2987件。",
        "2987件",
        "written-court-report: 其中 case count",
        ["减刑案件"],
    ),
    subject_case(
        "本次采购预算金额650万元，其中设备购置费520万元。",
        "520万元",
        "written-procurement: 其中 money",
        ["设备购置费"],
    ),
    subject_case(
        "全市发放创业担保贷款12.6亿元，其中个人贷款8.3亿元，小微企业贷款4.3亿元。",
        "4.3亿元",
        "written-finance-bureau: second 其中 part",
        ["小微企业贷款"],
    ),
    subject_case(
        "去年共處理投訴5,321宗，其中涉及食物安全的有1,204宗。",
        "1,204宗",
        "written-hk-department: 其中涉及…的有",
        ["投訴", "涉及食物安全的投訴", "食物安全"],
    ),
    subject_case(
        "全年接诊急诊患者8.6万人次，其中危重患者3200余人次。",
        "3200余",
        "written-hospital: 其中 patients",
        ["危重患者"],
    ),
    subject_case(
        "全省新增就业68.5万人，其中高校毕业生就业24.1万人。",
        "24.1万",
        "written-provincial-portal: 其中 employment",
        ["高校毕业生就业", "高校毕业生"],
    ),
    subject_case(
        "全市共有A级旅游景区86家，其中5A级3家、4A级28家。",
        "28家",
        "written-culture-tourism: 其中 4A级",
        ["4A级", "4A级旅游景区", "旅游景区"],
    ),
    subject_case(
        "新招聘教师420名，其中具有研究生学历的占35%。",
        "35%",
        "written-education: 其中具有…的占",
        ["具有研究生学历的", "研究生学历", "教师"],
    ),
    subject_case(
        "全年完成造林14.6万亩，其中人工造林9.2万亩、封山育林5.4万亩。",
        "5.4万亩",
        "written-forestry: 其中 second part",
        ["封山育林"],
    ),
    subject_case(
        "本年度共收到公眾查詢38,215宗，當中約七成經電話提出。",
        "七成",
        "written-hk-department: 當中約七成",
        ["公眾查詢", "查詢", "經電話提出"],
        marks=known_miss("七成 after 當中約 is not read as a figure"),
    ),
    subject_case(
        "全年共审结一审民商事案件2.4万件，其中以调解方式结案9800件，调撤率40.8%。",
        "40.8%",
        "written-court: 调撤率",
        ["调撤率"],
    ),
]


# ---------------------------------------------------------------- a
# change after a level (…亿元，增长8.2%): the level's noun
CHANGE_AFTER_LEVEL = [
    subject_case(
        "全市进出口总额1863.5亿元，增长8.2%。", "8.2%", "written-customs: change after level", ["进出口总额"]
    ),
    subject_case(
        "一般公共预算收入完成286.3亿元，同比下降2.1%。",
        "2.1%",
        "written-finance-bureau: decrease after level",
        ["一般公共预算收入"],
    ),
    subject_case(
        "全年接待游客5632万人次，实现旅游收入612亿元，分别增长15.3%和18.6%。",
        "18.6%",
        "written-culture-tourism: 分别 after two levels",
        ["旅游收入"],
    ),
    subject_case(
        "城镇新增就业6.2万人，比上年增加0.4万人。",
        "0.4万",
        "written-hr-bureau: increase in count",
        ["城镇新增就业", "新增就业", "就业"],
    ),
    subject_case(
        "居民消费价格指数（CPI）为100.8，比上月上涨0.2%。",
        "0.2%",
        "written-stats-release: 上涨 after index",
        ["居民消费价格指数", "CPI"],
    ),
    subject_case(
        "年末全市常住人口为938.6万人，比上年末增加3.2万人。",
        "3.2万",
        "written-stats-communique: 常住人口 change",
        ["常住人口"],
    ),
    subject_case(
        "本月港口货物吞吐量4512万吨，环比增长3.6%。",
        "3.6%",
        "written-port: 环比",
        ["港口货物吞吐量", "货物吞吐量"],
    ),
    subject_case(
        "全年新登記公司數目為13.2萬家，較去年增加7%。",
        "7%",
        "written-hk-press-release: 較去年增加",
        ["新登記公司數目", "公司數目"],
    ),
    subject_case(
        "10月份，全市居民消费价格同比上涨0.4%，其中食品价格下降2.1%，非食品价格上涨1.0%。",
        "2.1%",
        "written-stats: 其中 价格 change",
        ["食品价格"],
    ),
    subject_case(
        "全年全市用水总量12.8亿立方米，万元GDP用水量比2020年下降18.6%。",
        "18.6%",
        "written-water: 万元GDP用水量",
        ["万元GDP用水量"],
    ),
    subject_case(
        "全年實際使用外資1.2億美元，按年增長25.3%。",
        "25.3%",
        "written-macau: 按年增長",
        ["實際使用外資", "外資"],
    ),
    subject_case(
        "全年出口總值為新臺幣14.2兆元，年增率為11.8%。",
        "11.8%",
        "written-taiwan-ministry: 年增率為",
        ["出口總值年增率", "年增率", "出口總值"],
    ),
    subject_case(
        "全市全年地区生产总值达到4865亿元，按不变价格计算，比上年增长5.8%。",
        "5.8%",
        "written-stats: 按不变价格计算 interjected",
        ["地区生产总值"],
    ),
]


# ---------------------------------------------------------------- a
# rate's full name (…率, …比重, …占比, 投入强度)
RATE_NAME = [
    subject_case(
        "全市城镇调查失业率为5.1%。",
        "5.1%",
        "written-stats-release: 调查失业率",
        ["城镇调查失业率", "调查失业率"],
    ),
    subject_case(
        "全县农村自来水普及率达98.6%，规模化供水工程覆盖人口比重达85%。",
        "85%",
        "written-water-bureau: 比重 full name",
        ["规模化供水工程覆盖人口比重", "覆盖人口比重"],
    ),
    subject_case(
        "高新技术产业增加值占规模以上工业增加值比重为48.3%。",
        "48.3%",
        "written-stats-release: 占…比重为",
        ["高新技术产业增加值占规模以上工业增加值比重", "比重", "高新技术产业增加值"],
    ),
    subject_case(
        "全市二级及以上医院预约诊疗率达到75%。",
        "75%",
        "written-health-commission: 预约诊疗率",
        ["预约诊疗率"],
    ),
    subject_case(
        "今年全省政府采购中小企业合同金额占比达76.4%。",
        "76.4%",
        "written-procurement-stats: 合同金额占比",
        ["中小企业合同金额占比", "合同金额占比", "中小企业合同金额"],
    ),
    subject_case(
        "市区空气质量优良天数比例为87.4%。",
        "87.4%",
        "written-environment-bureau: 天数比例",
        ["空气质量优良天数比例", "优良天数比例"],
    ),
    subject_case(
        "本校毕业生初次就业率为94.2%。",
        "94.2%",
        "written-university: 初次就业率",
        ["毕业生初次就业率", "初次就业率"],
    ),
    subject_case(
        "全年二审案件改判发回率为4.3%。",
        "4.3%",
        "written-court-report: 改判发回率",
        ["二审案件改判发回率", "改判发回率"],
    ),
    subject_case(
        "全市农村生活污水治理率达到52%，比上年提高6个百分点，行政村生活垃圾收运处置体系覆盖率保持100%。",
        "100%",
        "written-provincial-portal: 覆盖率保持",
        ["行政村生活垃圾收运处置体系覆盖率", "覆盖率", "收运处置体系覆盖率"],
    ),
    subject_case(
        "今年全县义务教育巩固率99.6%，高中阶段毛入学率96.2%。",
        "96.2%",
        "written-education: 毛入学率 without verb",
        ["高中阶段毛入学率", "毛入学率"],
    ),
    subject_case(
        "本年度公務員流失率維持在3.2%的低水平。",
        "3.2%",
        "written-hk-cs-bureau: 維持在N的低水平",
        ["公務員流失率", "流失率"],
    ),
    subject_case(
        "截至目前，全市政务服务事项“好差评”好评率为99.97%。",
        "99.97%",
        "written-gov-service: 好评率",
        ["好评率", "“好差评”好评率"],
    ),
    subject_case(
        "全市规模以上工业企业资产负债率为56.3%，营业收入利润率为6.1%。",
        "6.1%",
        "written-stats: second rate",
        ["营业收入利润率"],
    ),
]


# ---------------------------------------------------------------- a
# count with its noun after the measure word (完成了68項審視研究)
NOUN_AFTER_MEASURE = [
    subject_case(
        "本年度共完成了68項審視研究。", "68項", "written-macau-department: 完成了68項審視研究", ["審視研究"]
    ),
    subject_case(
        "全年共查处了126起违法违规案件。",
        "126起",
        "written-market-regulator: 查处了N起案件",
        ["违法违规案件", "案件"],
    ),
    subject_case(
        "市医院今年开展了3200余台微创手术。",
        "3200余",
        "written-hospital: 开展了N台手术",
        ["微创手术", "手术"],
    ),
    subject_case(
        "全省今年新建了156所公办幼儿园。",
        "156所",
        "written-provincial-portal: 新建了N所幼儿园",
        ["公办幼儿园", "幼儿园"],
    ),
    subject_case(
        "本署去年共發出了4,532張罰款通知書。",
        "4,532張",
        "written-hk-department: 發出了N張通知書",
        ["罰款通知書"],
    ),
    subject_case(
        "縣府今年已完成15座老舊橋梁補強。",
        "15座",
        "written-taiwan-county: 完成N座橋梁補強",
        ["老舊橋梁", "橋梁", "老舊橋梁補強"],
    ),
    subject_case(
        "该院今年共审结了2813件民商事案件。", "2813件", "written-court: 审结了N件案件", ["民商事案件"]
    ),
    subject_case(
        "全市共组织了46场专场招聘会，提供岗位1.8万个。",
        "46场",
        "written-hr-bureau: 组织了N场招聘会",
        ["专场招聘会", "招聘会"],
    ),
    subject_case(
        "截至目前，已为辖区企业办理了1856笔出口退税。",
        "1856笔",
        "written-tax-bureau: 办理了N笔出口退税",
        ["出口退税"],
    ),
    subject_case(
        "今年以来共举办了12期“企业家大讲堂”。",
        "12期",
        "written-business-bureau: 举办了N期“…”",
        ["“企业家大讲堂”", "企业家大讲堂"],
        marks=known_miss("N期 before a quoted name is not read as a figure"),
    ),
    subject_case(
        "本學年共開設了186門通識課程。", "186門", "written-hk-university: 開設了N門課程", ["通識課程"]
    ),
    subject_case(
        "警方於行動中共拘捕了43名涉嫌人士。", "43名", "written-hk-police: 拘捕了N名人士", ["涉嫌人士"]
    ),
    subject_case(
        "衛生局全年共進行了1.2萬次食品抽驗。", "1.2萬", "written-taiwan-health: 進行了N次抽驗", ["食品抽驗"]
    ),
]


# ---------------------------------------------------------------- a
# count after a verb of doing and its object (排查整治安全隐患1862处)
COUNT_AFTER_VERB = [
    subject_case(
        "全市今年累计培训农民工3.2万人次。",
        "3.2万",
        "written-hr-bureau: 培训X N人次",
        ["农民工", "培训农民工"],
    ),
    subject_case(
        "今年以来，全区共排查整治安全隐患1862处。",
        "1862处",
        "written-emergency-bureau: 排查整治X N处",
        ["安全隐患"],
    ),
    subject_case(
        "今年新增城市绿地120公顷。", "120公顷", "written-housing-bureau: 新增X N公顷", ["城市绿地", "绿地"]
    ),
    subject_case(
        "全年共抽检食品样品5621批次。", "5621批次", "written-market-regulator: 抽检X N批次", ["食品样品"]
    ),
    subject_case(
        "市公安局今年共破获电信网络诈骗案件1032起。",
        "1032起",
        "written-police: 破获X N起",
        ["电信网络诈骗案件", "诈骗案件"],
    ),
    subject_case(
        "今年已為長者接種新冠疫苗逾20萬劑。", "20萬", "written-hk-health: 接種X N劑", ["新冠疫苗", "疫苗"]
    ),
    subject_case(
        "本年度共發放育兒津貼3.5億元。", "3.5億元", "written-taiwan-ministry: 發放X N元", ["育兒津貼"]
    ),
    subject_case(
        "全年累计发放稳岗返还资金2.6亿元，惠及企业1.2万家。",
        "1.2万家",
        "written-hr-bureau: 惠及X N家",
        ["企业"],
    ),
    subject_case(
        "今年共为困难群众发放临时救助金1860万元。",
        "1860万元",
        "written-civil-affairs: 发放X N元",
        ["临时救助金"],
    ),
    subject_case(
        "全年累计为中小微企业减免租金3.6亿元。", "3.6亿元", "written-sasac: 减免租金N元", ["租金", "减免租金"]
    ),
    subject_case(
        "今年已完成老旧小区改造126个，惠及居民3.8万户。", "3.8万户", "written-housing: 惠及居民N户", ["居民"]
    ),
    subject_case(
        "今年以来，全市检察机关共提起公益诉讼126件，督促整改问题点位860个。",
        "860个",
        "written-procuratorate: 督促整改X N个",
        ["问题点位"],
    ),
]


# ---------------------------------------------------------------- a
# figure in a comparison (较上年的50.1万吨, 由2020年的13.2平方米提高到)
COMPARED_LEVEL = [
    subject_case(
        "全年粮食总产量达到52.3万吨，较上年的50.1万吨增加2.2万吨。",
        "50.1万吨",
        "written-county-agri: 较上年的N",
        ["粮食总产量", "总产量"],
    ),
    subject_case(
        "全年粮食总产量达到52.3万吨，较上年的50.1万吨增加2.2万吨。",
        "2.2万吨",
        "written-county-agri: increase after compared level",
        ["粮食总产量", "总产量"],
    ),
    subject_case(
        "今年平均中标价为每吨3250元，低于去年的3480元。",
        "3480元",
        "written-procurement: 低于去年的N",
        ["平均中标价", "中标价"],
    ),
    subject_case(
        "全市人均公园绿地面积由2020年的13.2平方米提高到15.6平方米。",
        "13.2平方米",
        "written-housing: 由…的N提高到",
        ["人均公园绿地面积"],
    ),
    subject_case(
        "全市人均公园绿地面积由2020年的13.2平方米提高到15.6平方米。",
        "15.6平方米",
        "written-housing: 提高到N",
        ["人均公园绿地面积"],
    ),
    subject_case("失業率由上季的3.1%回落至2.9%。", "3.1%", "written-hk-press-release: 由上季的N", ["失業率"]),
    subject_case(
        "本季度平均房價較上季的每平方米10.2萬元下跌3%。",
        "10.2萬元",
        "written-macau-dsec: 較上季的每平方米N",
        ["平均房價", "房價"],
    ),
    subject_case(
        "全年平均降水量856毫米，比常年的1020毫米偏少16%。",
        "1020毫米",
        "written-weather: 比常年的N",
        ["平均降水量", "降水量"],
    ),
    subject_case(
        "本月日均客运量达到286万人次，比上月的261万人次增长9.6%。",
        "261万",
        "written-metro: 比上月的N",
        ["日均客运量", "客运量"],
    ),
    subject_case(
        "全年人均住院费用9860元，比全省平均水平低1200元。",
        "1200元",
        "written-health: 比…低N",
        ["人均住院费用"],
    ),
    subject_case(
        "今年本縣出生數為3,120人，較去年的3,456人減少336人。",
        "3,456人",
        "written-taiwan-county: 較去年的N",
        ["出生數"],
    ),
]


# ---------------------------------------------------------------- a
# per-unit price (每平方米樓面地價, 每吨368元)
PER_UNIT_PRICE = [
    subject_case(
        "該幅住宅用地以每平方米樓面地價4.2萬元成交。",
        "4.2萬元",
        "written-hk-lands: 每平方米樓面地價",
        ["樓面地價"],
    ),
    subject_case(
        "本次成交楼面地价每平方米8560元。", "8560元", "written-land-exchange: 楼面地价每平方米", ["楼面地价"]
    ),
    subject_case(
        "一期保障性租赁住房租金为每平方米每月18元。",
        "18元",
        "written-housing-bureau: 租金为每平方米每月",
        ["租金", "保障性租赁住房租金"],
    ),
    subject_case("中标单价为每吨368元。", "368元", "written-procurement: 中标单价为每吨", ["中标单价"]),
    subject_case(
        "居民生活用水价格调整为每立方米3.45元。",
        "3.45元",
        "written-development-reform: 价格调整为每立方米",
        ["居民生活用水价格", "用水价格"],
    ),
    subject_case(
        "本季新建商品住宅平均售价每平方米1.62万元。",
        "1.62万元",
        "written-stats: 平均售价每平方米",
        ["新建商品住宅平均售价", "平均售价"],
    ),
    subject_case("每户补贴标准为3000元。", "3000元", "written-civil-affairs: 每户补贴标准", ["补贴标准"]),
    subject_case(
        "澳門住宅單位平均成交價為每平方米10.5萬澳門元。",
        "10.5萬",
        "written-macau-dsec: 平均成交價為每平方米",
        ["住宅單位平均成交價", "平均成交價"],
    ),
    subject_case("本次出让地块起始价为每亩186万元。", "186万元", "written-land: 起始价为每亩", ["起始价"]),
    subject_case(
        "2024年最低工資為每小時42.1元。", "42.1元", "written-hk-labour: 最低工資為每小時", ["最低工資"]
    ),
    subject_case(
        "燃氣價格由每立方米2.8元調整為3.1元。", "3.1元", "written-macau: 價格由…調整為", ["燃氣價格"]
    ),
]


# ---------------------------------------------------------------- a
# share (占…的N%, 佔…約兩成): the part, not the whole
SHARE_OF_WHOLE = [
    subject_case(
        "民营经济增加值占全市生产总值的62.5%。", "62.5%", "written-stats: 占全市GDP的N%", ["民营经济增加值"]
    ),
    subject_case(
        "线上交易额达86亿元，占全部交易额的43%。",
        "43%",
        "written-procurement: 占全部交易额的N%",
        ["线上交易额"],
    ),
    subject_case(
        "全年民生支出占一般公共预算支出的比重达80.2%。",
        "80.2%",
        "written-finance: 占…的比重达",
        ["民生支出", "民生支出占一般公共预算支出的比重", "比重"],
    ),
    subject_case("外來投資佔本地生產總值的15%。", "15%", "written-macau: 佔…的N%", ["外來投資"]),
    subject_case(
        "該項開支佔政府總開支約兩成。", "兩成", "written-hk-budget: 佔…約兩成", ["該項開支", "開支"]
    ),
    subject_case(
        "女性就业人员占全部就业人员的46.8%。", "46.8%", "written-stats: 女性就业人员占", ["女性就业人员"]
    ),
    subject_case(
        "清洁能源装机容量达1260万千瓦，占总装机的58%。",
        "58%",
        "written-power: 占总装机的N%",
        ["清洁能源装机容量", "清洁能源装机"],
    ),
    subject_case(
        "全市60岁及以上老年人口达156万人，占总人口的21.3%。",
        "21.3%",
        "written-health-commission: 占总人口的",
        ["60岁及以上老年人口", "老年人口"],
    ),
    subject_case(
        "全市高新技术企业数量达1268家，占全省总数的12.6%。",
        "12.6%",
        "written-science: 占全省总数的",
        ["高新技术企业"],
    ),
    subject_case(
        "网上办理业务量占全部业务量的86%以上。",
        "86%",
        "written-gov-service: 占全部业务量的",
        ["网上办理业务量"],
    ),
    subject_case(
        "本年度獲批的申請佔申請總數約九成。",
        "九成",
        "written-hk-department: 佔…約九成",
        ["獲批的申請", "申請"],
    ),
    subject_case(
        "出口额中，机电产品占比58.2%。", "58.2%", "written-customs: 中，X占比", ["机电产品", "机电产品占比"]
    ),
]


# ---------------------------------------------------------------- ranks
# (居全省第3位, 位列全省第一): what is ranked
RANKS = [
    subject_case("全市GDP增速居全省第3位。", "第3位", "written-provincial-portal: 居全省第N位", ["GDP增速"]),
    subject_case(
        "我市营商环境评价位列全省第一。",
        "第一",
        "written-city-portal: 位列全省第一",
        ["营商环境评价", "营商环境"],
    ),
    subject_case(
        "该院审判质效综合指标排名全省法院第2名。",
        "第2名",
        "written-court: 排名…第N名",
        ["审判质效综合指标", "审判质效"],
    ),
    subject_case(
        "全县居民人均可支配收入增速排全市第1位。",
        "第1位",
        "written-county: 排全市第N位",
        ["居民人均可支配收入增速", "人均可支配收入增速"],
    ),
    subject_case(
        "本校在全国大学生数学竞赛中团体总分排名第5。", "第5", "written-school: 团体总分排名第N", ["团体总分"]
    ),
    subject_case(
        "本市空氣品質在六都中排名第二。", "第二", "written-taiwan-city: 空氣品質排名第二", ["空氣品質"]
    ),
    subject_case(
        "进出口总额居全省第4位，增速居第2位。",
        "第2位",
        "written-stats: carried 增速",
        ["增速", "进出口总额增速"],
    ),
    subject_case(
        "我区综合考核成绩连续三年位居全市第一名。",
        "第一名",
        "written-district: 综合考核成绩位居",
        ["综合考核成绩"],
        marks=known_miss("第一名 after 连续三年位居全市 is not read as a rank"),
    ),
    subject_case(
        "香港國際機場貨運量連續多年位列全球第一。",
        "第一",
        "written-hk-press-release: 貨運量位列全球第一",
        ["貨運量", "香港國際機場貨運量"],
        marks=known_miss("连续多年 between the ranked noun and 位列 hides the noun"),
    ),
    subject_case(
        "本校学生在省赛中获得一等奖12项，获奖总数居全省高校首位。",
        "12项",
        "written-school: 获得一等奖N项",
        ["一等奖"],
    ),
]


# ----------------------------------------------------------------
# durations that measure a named span (建设工期为18个月, 服务期限为3年)
NAMED_SPANS = [
    subject_case(
        "该项目建设工期为18个月。", "18个月", "written-procurement: 建设工期为", ["建设工期", "工期"]
    ),
    subject_case(
        "合同履行期限：自签订之日起36个月。",
        "36个月",
        "written-procurement: 履行期限",
        ["合同履行期限", "履行期限"],
    ),
    subject_case(
        "企业开办时间压缩至1个工作日以内。",
        "1个",
        "written-gov-service: 开办时间压缩至",
        ["企业开办时间", "开办时间"],
    ),
    subject_case("本工程工期約240日曆天。", "240", "written-taiwan-county: 工期約N日曆天", ["工期"]),
    subject_case(
        "全市平均通勤时间为36分钟。",
        "36分钟",
        "written-transport: 平均通勤时间",
        ["平均通勤时间", "通勤时间"],
    ),
    subject_case(
        "急诊患者平均等候时间缩短至15分钟。",
        "15分钟",
        "written-hospital: 等候时间缩短至",
        ["平均等候时间", "急诊患者平均等候时间", "等候时间"],
    ),
    subject_case("服务期限为3年，期满可续签。", "3年", "written-procurement: 服务期限为", ["服务期限"]),
    subject_case(
        "審批時間由過往的45個工作天縮減至20個工作天。",
        "20個",
        "written-macau-department: 審批時間縮減至",
        ["審批時間"],
    ),
    subject_case(
        "办理不动产登记的时限由原来的30个工作日缩短为5个工作日。",
        "5个",
        "written-natural-resources: 时限缩短为",
        ["时限", "办理不动产登记的时限"],
    ),
    subject_case("保修期不少于2年。", "2年", "written-procurement: 保修期不少于", ["保修期"]),
    subject_case(
        "駕駛執照有效期為10年。", "10年", "written-hk-transport: 有效期為", ["有效期", "駕駛執照有效期"]
    ),
    subject_case("平均每宗申請的處理時間約為35天。", "35天", "written-macau: 處理時間約為", ["處理時間"]),
]


# ----------------------------------------------------------------
# figures in quotes of officials and after 说/介绍/表示
QUOTES = [
    subject_case(
        "“今年我们共为企业减税降费3.2亿元。”市税务局局长王伟说。",
        "3.2亿元",
        "written-finance-news: quote, 减税降费",
        ["减税降费"],
    ),
    subject_case(
        "他介绍，全市已累计建成5G基站1.2万个。", "1.2万", "written-city-portal: 他介绍，", ["5G基站"]
    ),
    subject_case(
        "局长表示：“到年底，全市将新增公共停车泊位5000个。”",
        "5000个",
        "written-transport: quote, planned count",
        ["公共停车泊位", "停车泊位"],
    ),
    subject_case(
        "運輸及物流局局長說：「今年將有超過30條新巴士路線投入服務。」",
        "30條",
        "written-hk-press-release: quote 路線",
        ["新巴士路線", "巴士路線"],
    ),
    subject_case(
        "市长说，今年全市财政用于民生的支出占比超过八成。",
        "八成",
        "written-city-portal: 说，share",
        ["民生的支出占比", "支出占比", "民生支出"],
    ),
    subject_case(
        "該署署長指出，過去一年共處理了逾2,000宗個案。",
        "2,000宗",
        "written-hk-department: 指出，處理了N宗個案",
        ["個案"],
    ),
    subject_case(
        "院长介绍，医院今年门急诊量突破200万人次。", "200万", "written-hospital: 介绍，门急诊量", ["门急诊量"]
    ),
    subject_case(
        "据市统计局负责人介绍，一季度全市GDP同比增长5.6%。", "5.6%", "written-stats: 据…介绍", ["GDP"]
    ),
    subject_case(
        "市农业农村局局长在发布会上说，全市今年粮食总产量预计达到120万吨。",
        "120万吨",
        "written-press-conference: 说，预计达到",
        ["粮食总产量"],
    ),
    subject_case(
        "「今年首九個月，我們已批出逾1,500份牌照。」署長表示。",
        "1,500份",
        "written-hk-department: quote 批出N份牌照",
        ["牌照"],
    ),
]


# ----------------------------------------------------------------
# populations named by their age (老年人口, 青年人口, 劳动年龄人口): jieba cuts 老年人|口
# and reads 青年 as a time; they are domain nouns now
AGE_POPULATIONS = [
    subject_case(
        "截至年底，全区60周岁以上老年人口4.2万人，占户籍人口的23.5%。",
        "4.2万",
        "written-district-civil-affairs: 老年人口 N人",
        ["老年人口", "60周岁以上老年人口"],
    ),
    subject_case(
        "截至年底，全区60周岁以上老年人口4.2万人，占户籍人口的23.5%。",
        "23.5%",
        "written-district-civil-affairs: its share",
        ["老年人口", "60周岁以上老年人口"],
    ),
    subject_case(
        "全市60岁及以上老年人口达156万人，占总人口的21.3%。",
        "156万",
        "written-health-commission: 老年人口达",
        ["60岁及以上老年人口", "老年人口"],
    ),
    subject_case("本縣青年人口約占總人口的18%。", "18%", "written-taiwan-county: 青年人口約占", ["青年人口"]),
    subject_case(
        "全市劳动年龄人口为586万人。", "586万", "written-stats-communique: 劳动年龄人口", ["劳动年龄人口"]
    ),
]


# ---------------------------------------------------------------- how
# long a thing takes named by its verb (平均用时18天, 需時約5年): jieba cut 用|时
# and the subject was 时
TIME_TAKEN = [
    subject_case(
        "市民办理出入境证件平均用时缩短至3个工作日。",
        "3个",
        "written-immigration: 平均用时缩短至",
        ["平均用时", "出入境证件平均用时"],
    ),
    subject_case("全程需時約45分鐘。", "45分鐘", "written-hk-transport: 全程需時約", ["全程需時", "需時"]),
    subject_case(
        "该院全年受理诉前调解案件2.1万件，调解成功8650件，成功率41.2%，平均用时18天。",
        "18天",
        "written-court-report: 平均用时",
        ["平均用时", "用时"],
    ),
    subject_case(
        "新發展區第一期工程預計需時約5年完成。",
        "5年",
        "written-hk-press-release: 需時約N年",
        ["新發展區第一期工程", "第一期工程", "工程", "需時"],
    ),
]


# ---------------------------------------------------------------- a
# ranking named by its kind (综合排名第8位, 總排名第35位): the ranking, not the
# modifier alone (was 县综合) nor the list ranked within
KIND_OF_RANKING = [
    subject_case(
        "在全省县域经济考核中，我县综合排名第8位，较上年前移5位。",
        "第8位",
        "written-county: 综合排名第N位",
        ["综合排名"],
    ),
    subject_case(
        "在全省县域经济考核中，我县综合排名第8位，较上年前移5位。",
        "5位",
        "written-county: 前移N位",
        ["综合排名"],
    ),
    subject_case(
        "該校在今年世界大學排名中總排名第35位。", "第35位", "written-hk-university: 總排名第N位", ["總排名"]
    ),
    subject_case(
        "我市在全省高质量发展考核中整体排名第2。", "第2", "written-city-portal: 整体排名第N", ["整体排名"]
    ),
    subject_case(
        "本次大赛中我市代表队最终排名第三。", "第三", "written-sports-bureau: 最终排名第三", ["最终排名"]
    ),
]


# ---------------------------------------------------------------- a
# bare total after a clause that gives or spends something
# (發放獎學金，總額達4,800萬元): what the verb gave, not the sentence's opening
# words (was 本年度)
TOTAL_OF_WHAT_WAS_GIVEN = [
    subject_case(
        "本年度共向1,236名學生發放獎學金，總額達4,800萬元。",
        "4,800萬元",
        "written-macau-education-fund: 總額達",
        ["獎學金", "總額"],
    ),
    subject_case(
        "全年共为3200户困难家庭发放临时救助金，总额达1560万元。",
        "1560万元",
        "written-civil-affairs: 发放X，总额达",
        ["临时救助金"],
    ),
    subject_case(
        "政府今年向合資格長者發放生活津貼，總額約12億元。",
        "12億元",
        "written-hk-press-release: 發放X，總額約",
        ["生活津貼"],
    ),
    subject_case(
        "城市更新资金已全部拨付，总额达12.6亿元。",
        "12.6亿元",
        "written-finance: clause ends in its verb: the topic",
        ["城市更新资金"],
    ),
]


# ---------------------------------------------------------------- an
# amount a verb spends, followed by the works it pays for
# (投入3亿元改善农村人居环境, 斥資2億興建…)
SPENT_ON_WORKS = [
    subject_case(
        "縣長強調，今年將投入新臺幣3億元改善偏鄉道路。",
        "3億元",
        "written-taiwan-county: 投入N元改善",
        ["改善偏鄉道路", "偏鄉道路"],
    ),
    subject_case(
        "今年将投入3亿元改善农村人居环境。",
        "3亿元",
        "written-provincial-portal: 投入N元改善",
        ["改善农村人居环境", "农村人居环境"],
    ),
    subject_case(
        "市政府將斥資2億澳門元興建長者服務中心。",
        "2億",
        "written-macau: 斥資N元興建",
        ["長者服務中心", "興建長者服務中心"],
    ),
    subject_case(
        "今年投入800万元修建农村公路。",
        "800万元",
        "written-transport: 投入N元修建",
        ["农村公路", "修建农村公路"],
    ),
    subject_case(
        "部長表示，今年將再補助地方政府新臺幣50億元興建社會住宅。",
        "50億元",
        "written-taiwan-ministry: 補助…N元興建",
        ["興建社會住宅", "社會住宅", "補助"],
        marks=known_miss("a recipient between the spending verb and the amount hides the purpose"),
    ),
]


TABLES = {
    "TOPIC_CARRIED": TOPIC_CARRIED,
    "RESPECTIVELY": RESPECTIVELY,
    "PARTS": PARTS,
    "CHANGE_AFTER_LEVEL": CHANGE_AFTER_LEVEL,
    "RATE_NAME": RATE_NAME,
    "NOUN_AFTER_MEASURE": NOUN_AFTER_MEASURE,
    "COUNT_AFTER_VERB": COUNT_AFTER_VERB,
    "COMPARED_LEVEL": COMPARED_LEVEL,
    "PER_UNIT_PRICE": PER_UNIT_PRICE,
    "SHARE_OF_WHOLE": SHARE_OF_WHOLE,
    "RANKS": RANKS,
    "NAMED_SPANS": NAMED_SPANS,
    "QUOTES": QUOTES,
    "AGE_POPULATIONS": AGE_POPULATIONS,
    "TIME_TAKEN": TIME_TAKEN,
    "KIND_OF_RANKING": KIND_OF_RANKING,
    "TOTAL_OF_WHAT_WAS_GIVEN": TOTAL_OF_WHAT_WAS_GIVEN,
    "SPENT_ON_WORKS": SPENT_ON_WORKS,
}


@pytest.mark.parametrize(
    ("text", "needle", "accepted"),
    [
        pytest.param(*p.values, id=f"{table}/{p.id}", marks=p.marks)
        for table, rows in TABLES.items()
        for p in rows
    ],
)
def test_subject_probe(text: str, needle: str, accepted: list[str]) -> None:
    check_subject(text, needle, accepted)
