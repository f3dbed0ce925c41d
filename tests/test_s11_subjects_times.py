"""Subjects and times, session 11: batch 15's errors on its simplified pages, each named as a
general construction, with the row it was found on (``batch15-<page>``) and rows written here in
the style of other kinds of mainland site (``written-<kind of site>``: procurement notices, finance
news, statistics bulletins, provincial portals, county news). Rows that fail today are strict
xfails whose reason names the construction.
"""

from __future__ import annotations

from typing import Any

import pytest

from factcase import check_subject, fact_case, known_miss, run_fact, subject_case

# ---------------------------------------------------------------- a clause's topic opened by a verb
# that modifies its noun (衔接|资金, 新增|贷款, 安置|住房) before an adverb (已, 均): the topic of the
# clauses after it that name no noun (共计186.74亿元, 比上年增长5.4%)
MODIFIED_TOPIC = [
    subject_case(
        "至此，今年全省衔接资金已全部下达到县，共计186.74亿元，比上年增长5.4%，其中中央资金128.30亿元。",
        "186.74亿元",
        "batch15-province-linkage-funds: 衔接资金已全部下达到县，共计186.74亿元",
        ["衔接资金", "全省衔接资金"],
    ),
    subject_case(
        "至此，今年全省衔接资金已全部下达到县，共计186.74亿元，比上年增长5.4%，其中中央资金128.30亿元。",
        "5.4%",
        "batch15-province-linkage-funds: …共计186.74亿元，比上年增长5.4%",
        ["衔接资金", "全省衔接资金"],
    ),
    subject_case(
        "截至6月末，全省新增贷款已全部投放到位，合计3256亿元，同比多增412亿元。",
        "3256亿元",
        "written-finance-news: 新增贷款已全部投放到位，合计3256亿元",
        ["新增贷款", "贷款"],
    ),
    subject_case(
        "今年全县安置住房已全部交付使用，共计1260套，惠及群众3800余人。",
        "1260套",
        "written-county-news: 安置住房已全部交付使用，共计1260套",
        ["安置住房"],
    ),
    subject_case(
        "今年省级救助资金已全部拨付到位，总计8.6亿元，比上年增长6.2%。",
        "8.6亿元",
        "written-provincial-portal: 救助资金已全部拨付到位，总计8.6亿元",
        ["救助资金", "省级救助资金"],
    ),
    subject_case(
        "本年度奖补资金均已兑付到户，合计560万元。",
        "560万元",
        "written-county-news: 奖补资金均已兑付到户，合计560万元",
        ["奖补资金"],
    ),
    subject_case(
        "目前，全市储备粮食已全部轮换完毕，共计12.5万吨，比上年增加0.8万吨。",
        "0.8万吨",
        "written-city-portal: 储备粮食已全部轮换完毕，…比上年增加0.8万吨",
        ["储备粮食", "粮食"],
    ),
]


# ---------------------------------------------------------------- probes: the topic a relative clause
# describes (省级下达的稳岗返还资金已…), and a verb said again before the figure (专项债券已全部发行，累计
# 发行312.6亿元): the noun the earlier clause names, not the relative clause's first word or the verb
MODIFIED_TOPIC += [
    subject_case(
        "今年省级下达的稳岗返还资金已全部发放到位，共计4.3亿元，惠及企业2.1万家。",
        "4.3亿元",
        "written-provincial-portal: 省级下达的稳岗返还资金已全部发放到位，共计4.3亿元",
        ["稳岗返还资金", "返还资金"],
    ),
    subject_case(
        "今年全市新建的保障性租赁住房已全部交付，共计5600套。",
        "5600套",
        "written-city-housing: 新建的保障性租赁住房已全部交付，共计5600套",
        ["保障性租赁住房"],
    ),
    subject_case(
        "截至6月底，全市地方政府专项债券已全部发行，累计发行312.6亿元，较上年同期增长9.8%。",
        "312.6亿元",
        "written-finance-news: 专项债券已全部发行，累计发行312.6亿元",
        ["地方政府专项债券", "专项债券"],
    ),
    subject_case(
        "截至6月底，全市地方政府专项债券已全部发行，累计发行312.6亿元，较上年同期增长9.8%。",
        "9.8%",
        "written-finance-news: …累计发行312.6亿元，较上年同期增长9.8%",
        ["地方政府专项债券", "专项债券"],
    ),
    subject_case(
        "今年我市城市更新资金已全部拨付，总额达12.6亿元，同比增长14.5%。",
        "12.6亿元",
        "written-city-finance: 城市更新资金已全部拨付，总额达12.6亿元 (a bare measure of the topic)",
        ["城市更新资金", "城市更新资金总额"],
    ),
    subject_case(
        "今年第一批农机购置补贴资金已下达各县（市、区），共计2.35亿元。",
        "2.35亿元",
        "written-provincial-agriculture: 农机购置补贴资金已下达各县（市、区），共计2.35亿元",
        ["农机购置补贴资金"],
    ),
    subject_case(
        "今年全省新建农村公路已全部建成，累计建成2860公里。",
        "2860公里",
        "written-provincial-transport: 农村公路已全部建成，累计建成2860公里",
        ["农村公路"],
    ),
]


@pytest.mark.parametrize(("text", "needle", "accepted"), MODIFIED_TOPIC)
def test_topic_opened_by_a_modifying_verb(text: str, needle: str, accepted: list[str]) -> None:
    check_subject(text, needle, accepted)


# ---------------------------------------------------------------- a label whose value is a list of
# lots (最高限价：包1：298.0万元，包2：183.6万元): the outer label names what the figures measure; a
# lot's serial label (包1, A包, 第一标段) only says which part
LOT_LABELS = [
    subject_case(
        "最高限价（如有）：包1：298.0万元，包2：183.6万元\n",
        "298.0万元",
        "batch15-county-procurement: 最高限价（如有）：包1：298.0万元",
        ["最高限价", "包1"],
    ),
    subject_case(
        "最高限价（如有）：包1：298.0万元，包2：183.6万元\n",
        "183.6万元",
        "batch15-county-procurement: …，包2：183.6万元",
        ["最高限价", "包2"],
    ),
    subject_case(
        "1.投标保证金：包1：2.9万元，包2：1.8万元，须于投标截止时间前缴纳。",
        "2.9万元",
        "batch15-county-procurement: 投标保证金：包1：2.9万元",
        ["投标保证金", "保证金"],
    ),
    subject_case(
        "预算金额：A包：120万元；B包：80万元\n",
        "120万元",
        "written-procurement-notice: 预算金额：A包：120万元",
        ["预算金额"],
    ),
    subject_case(
        "最高投标限价：第一标段：456.78万元，第二标段：321.5万元\n",
        "321.5万元",
        "written-procurement-notice: 最高投标限价：…，第二标段：321.5万元",
        ["最高投标限价"],
    ),
    subject_case(
        "采购预算：1号包：35万元，2号包：42万元\n",
        "35万元",
        "written-city-procurement: 采购预算：1号包：35万元",
        ["采购预算"],
    ),
    subject_case(
        "履约保证金：标包一：1万元\n",
        "1万元",
        "written-procurement-notice: 履约保证金：标包一：1万元",
        ["履约保证金"],
    ),
    subject_case(
        "建设规模：总建筑面积2.5万平方米\n",
        "2.5万平方米",
        "written-procurement-notice: a label whose value names its own measure keeps it",
        ["总建筑面积", "建筑面积"],
    ),
]


LOT_LABELS += [
    subject_case(
        "本项目共分为三个标段，最高投标限价分别为：第一标段：1,256.8万元，第二标段：986.3万元，第三标段：412.0万元。",
        "986.3万元",
        "written-procurement-notice: a clause's label over lots (…，最高投标限价分别为：第一标段：…)",
        ["最高投标限价"],
    ),
    subject_case(
        "采购预算：包1：185万元；包2：96万元；包3：42.5万元。",
        "42.5万元",
        "written-county-procurement: lots parted by semicolons (包2：96万元；包3：42.5万元)",
        ["采购预算"],
    ),
    subject_case(
        "控制价：第1包：126.5万元，第2包：88.2万元\n",
        "88.2万元",
        "written-city-procurement: 控制价：第1包：…，第2包：88.2万元",
        ["控制价"],
    ),
    subject_case(
        "二、项目预算：标段一：860万元；标段二：540万元。",
        "540万元",
        "written-procurement-notice: 二、项目预算：标段一：…；标段二：540万元",
        ["项目预算"],
    ),
]


@pytest.mark.parametrize(("text", "needle", "accepted"), LOT_LABELS)
def test_label_over_lots(text: str, needle: str, accepted: list[str]) -> None:
    check_subject(text, needle, accepted)


# ---------------------------------------------------------------- a period named before 为 and counted
# from an event (投标有效期为提交投标文件截止之日起90日): the period's name, not the event's noun
PERIOD_FROM_AN_EVENT = [
    subject_case(
        "2.所投设备质保期不少于3年，投标有效期为提交投标文件截止之日起90日。",
        "90日",
        "batch15-county-procurement: 投标有效期为提交投标文件截止之日起90日",
        ["投标有效期"],
    ),
    subject_case(
        "质保期为自验收合格之日起2年。",
        "2年",
        "written-procurement-notice: 质保期为自验收合格之日起2年",
        ["质保期"],
    ),
    subject_case(
        "公示期为自公示发布之日起5个工作日。",
        "5个工作日",
        "written-provincial-portal: 公示期为自公示发布之日起5个工作日",
        ["公示期"],
    ),
    subject_case(
        "申报期限为通知印发之日起15个工作日内。",
        "15个工作日",
        "written-county-news: 申报期限为通知印发之日起15个工作日内",
        ["申报期限"],
    ),
    subject_case(
        "本次发行股份的锁定期为自股份上市之日起12个月。",
        "12个月",
        "written-finance-news: 锁定期为自股份上市之日起12个月",
        ["锁定期"],
    ),
    subject_case(
        "合同履行期限：自合同签订之日起45日内完成供货。",
        "45日",
        "batch15-county-procurement: a label before 自…之日起 is the period (kept)",
        ["合同履行期限"],
    ),
]


PERIOD_FROM_AN_EVENT += [
    subject_case(
        "履约保证金退还期限为项目验收合格后30日内。",
        "30日",
        "written-procurement-notice: 退还期限为项目验收合格后30日内 (an act's 后)",
        ["履约保证金退还期限", "退还期限", "保证金退还期限"],
    ),
    subject_case(
        "质疑期为中标公告发布之日起7个工作日。",
        "7个工作日",
        "written-procurement-notice: 质疑期为中标公告发布之日起7个工作日",
        ["质疑期"],
    ),
    subject_case(
        "本次公开遴选的专家库成员聘期为自聘任之日起3年。",
        "3年",
        "written-provincial-portal: 聘期为自聘任之日起3年",
        ["聘期", "专家库成员聘期"],
    ),
]


@pytest.mark.parametrize(("text", "needle", "accepted"), PERIOD_FROM_AN_EVENT)
def test_period_counted_from_an_event(text: str, needle: str, accepted: list[str]) -> None:
    check_subject(text, needle, accepted)


# ---------------------------------------------------------------- a count then its noun then a word
# of passing a threshold (共有14个站点超警戒水位): the noun is counted, the threshold is its predicate
COUNTED_PAST_A_THRESHOLD = [
    subject_case(
        "截至30日8时，全省共有14个站点超警戒水位，其中云江干流9站、白河下游5站。",
        "14个",
        "batch15-province-hydrology: 共有14个站点超警戒水位",
        ["站点", "超警戒水位站点"],
    ),
    subject_case(
        "受上游来水影响，全省共有23个乡镇超过警戒线。",
        "23个",
        "written-provincial-portal: 共有23个乡镇超过警戒线",
        ["乡镇"],
    ),
    subject_case(
        "专项检查发现，全市有12家企业超标排放，已责令限期整改。",
        "12家",
        "written-city-environment: 有12家企业超标排放",
        ["企业"],
    ),
    subject_case(
        "目前全县共有8座水库超汛限水位运行。",
        "8座",
        "written-county-water: 共有8座水库超汛限水位运行",
        ["水库"],
        marks=known_miss(
            "a threshold word jieba glues to the threshold's noun (超汛|限|水位) is read as a noun"
        ),
    ),
    subject_case(
        "本月共有3个监测点超标，较上月减少2个。",
        "3个",
        "written-bulletin-environment: 共有3个监测点超标",
        ["监测点"],
    ),
    subject_case(
        "全区共有5条河流低于生态水位。",
        "5条",
        "written-county-water: 共有5条河流低于生态水位",
        ["河流"],
    ),
]


COUNTED_PAST_A_THRESHOLD += [
    subject_case(
        "据统计，全市共有21个水文站超过警戒水位，最高超警0.86米。",
        "21个",
        "written-city-water: 共有21个水文站超过警戒水位",
        ["水文站"],
    ),
    subject_case(
        "本周全省共有6个城市空气质量超标，较上周减少2个。",
        "6个",
        "written-provincial-environment: 6个城市空气质量超标 (the scorer takes 城市 inside 城市空气质量)",
        ["城市"],
    ),
]


@pytest.mark.parametrize(("text", "needle", "accepted"), COUNTED_PAST_A_THRESHOLD)
def test_count_before_a_threshold(text: str, needle: str, accepted: list[str]) -> None:
    check_subject(text, needle, accepted)


# ---------------------------------------------------------------- a frame ending in 中 before 共有,
# 共计, 共发现 (竞赛中共有57名选手): jieba reads 中共 (the party); the subject is never 中共 there
FRAME_BEFORE_GONG = [
    subject_case(
        "竞赛中共有57名选手获评“市技术能手”，9人晋升技师。",
        "57名",
        "batch15-city-trade-union: 竞赛中共有57名选手获评",
        ["选手"],
    ),
    subject_case(
        "此次检查中共发现安全隐患126处，已全部整改到位。",
        "126处",
        "written-county-news: 检查中共发现安全隐患126处",
        ["安全隐患", "隐患"],
    ),
    subject_case(
        "本次发行中共有1260家机构参与询价。",
        "1260家",
        "written-finance-news: 发行中共有1260家机构参与询价",
        ["机构"],
    ),
    subject_case(
        "报名人员中共有320人通过资格审查。",
        "320人",
        "written-city-personnel: 报名人员中共有320人通过资格审查",
        ["报名人员", "人员"],
    ),
    subject_case(
        "参评项目中共计38个获得立项支持。",
        "38个",
        "written-provincial-portal: 参评项目中共计38个获得立项",
        ["参评项目", "项目"],
    ),
]


FRAME_BEFORE_GONG += [
    subject_case(
        "在本次评比中共有18家单位获评“先进集体”。",
        "18家",
        "written-county-news: 评比中共有18家单位获评",
        ["单位"],
    ),
    subject_case(
        "本次抽检中共有6批次样品不合格，已依法处置。",
        "6批次",
        "written-city-market-regulation: 抽检中共有6批次样品不合格",
        ["样品", "不合格样品"],
    ),
]


@pytest.mark.parametrize(("text", "needle", "accepted"), FRAME_BEFORE_GONG)
def test_frame_before_gong(text: str, needle: str, accepted: list[str]) -> None:
    check_subject(text, needle, accepted)


# ---------------------------------------------------------------- a change after a bracketed breakdown
# (…主体6821家（其中企业类1204家、个体网店5617家），较年初新增643家): the total before the bracket is
# what changed, never the bracket's last item
CHANGE_AFTER_BREAKDOWN = [
    subject_case(
        "截至6月底，全县共有各类电商经营主体6821家（其中企业类1204家、个体网店5617家），较年初新增643家；"
        "全县直播电商从业人员2300余人。",
        "643家",
        "batch15-county-commerce: …（其中…个体网店5617家），较年初新增643家",
        ["电商经营主体", "各类电商经营主体"],
    ),
    subject_case(
        "年末全市共有规模以上工业企业1203家（其中高新技术企业356家），比上年末增加57家。",
        "57家",
        "written-city-bulletin: …（其中高新技术企业356家），比上年末增加57家",
        ["规模以上工业企业", "工业企业"],
    ),
    subject_case(
        "全省共有A级旅游景区412个（其中5A级景区12个），比上年增加15个。",
        "15个",
        "written-provincial-tourism: …（其中5A级景区12个），比上年增加15个",
        ["A级旅游景区", "旅游景区"],
    ),
    subject_case(
        "全市持牌金融机构达186家（其中银行类机构42家、保险机构61家），较年初增加6家。",
        "6家",
        "written-finance-news: …（其中…保险机构61家），较年初增加6家",
        ["持牌金融机构", "金融机构"],
    ),
    subject_case(
        "全县登记在册市场主体4.2万户（含个体工商户3.1万户），同比增长8.6%。",
        "8.6%",
        "written-county-news: …（含个体工商户3.1万户），同比增长8.6%",
        ["市场主体", "登记在册市场主体"],
    ),
    subject_case(
        "全县共有各类电商经营主体6821家（其中企业类1204家、个体网店5617家）。",
        "5617家",
        "batch15-county-commerce: the bracket's own item keeps its noun",
        ["个体网店"],
    ),
]


CHANGE_AFTER_BREAKDOWN += [
    subject_case(
        "截至2023年末，全市共有各级文物保护单位325处（其中全国重点文物保护单位12处），较上年增加8处。",
        "8处",
        "written-city-culture: …（其中全国重点文物保护单位12处），较上年增加8处",
        ["文物保护单位", "各级文物保护单位"],
    ),
    subject_case(
        "全市共有卫生技术人员5.6万人（其中执业医师2.1万人），比上年末增长4.2%。",
        "4.2%",
        "written-city-health-bulletin: …（其中执业医师2.1万人），比上年末增长4.2%",
        ["卫生技术人员"],
    ),
    subject_case(
        "全市共有中小学校486所（其中小学312所、初中128所），比上年减少7所。",
        "7所",
        "written-city-education: …（其中小学312所、初中128所），比上年减少7所",
        ["中小学校"],
    ),
]


@pytest.mark.parametrize(("text", "needle", "accepted"), CHANGE_AFTER_BREAKDOWN)
def test_change_after_a_breakdown(text: str, needle: str, accepted: list[str]) -> None:
    check_subject(text, needle, accepted)


# ---------------------------------------------------------------- money per unit given as a subsidy
# (对新增普惠托位按每个1万元给予一次性建设补助): the payment the verb gives, not the sentence's fund
PER_UNIT_PAYMENT = [
    subject_case(
        "市财政2022年安排托育服务专项资金4270万元，对新增普惠托位按每个1万元给予一次性建设补助。",
        "1万元",
        "batch15-city-childcare: 对新增普惠托位按每个1万元给予一次性建设补助",
        ["一次性建设补助", "建设补助", "新增普惠托位", "普惠托位"],
    ),
    subject_case(
        "县财政安排奖补资金300万元，对新认定的家庭农场按每家2万元给予奖励。",
        "2万元",
        "written-county-agriculture: 对新认定的家庭农场按每家2万元给予奖励",
        ["奖励", "家庭农场"],
    ),
    subject_case(
        "省级安排就业补助资金5.2亿元，对吸纳脱贫人口就业的企业按每人1000元给予一次性吸纳就业补贴。",
        "1000元",
        "written-provincial-employment: 按每人1000元给予一次性吸纳就业补贴",
        ["一次性吸纳就业补贴", "吸纳就业补贴", "就业补贴"],
    ),
    subject_case(
        "市级财政设立专项资金1亿元，对首次获评的专精特新企业按每家50万元给予奖励。",
        "50万元",
        "written-finance-news: 对首次获评的专精特新企业按每家50万元给予奖励",
        ["奖励", "专精特新企业"],
    ),
    subject_case(
        "区人社局拨付培训经费86万元，对参加培训的学员按每人每天100元发放生活补助。",
        "100元",
        "written-county-news: 按每人每天100元发放生活补助",
        ["生活补助"],
    ),
]


PER_UNIT_PAYMENT += [
    subject_case(
        "对符合条件的创业者，按每人5000元给予一次性创业补贴。",
        "5000元",
        "written-city-personnel: 按每人5000元给予一次性创业补贴",
        ["一次性创业补贴", "创业补贴"],
    ),
    subject_case(
        "对认定为市级示范家庭农场的，按每家3万元一次性奖补。",
        "3万元",
        "written-county-agriculture: 按每家3万元一次性奖补 (the payment right after the amount)",
        ["一次性奖补", "奖补"],
    ),
    subject_case(
        "对新建成的村级综合服务站按每个10万元予以奖补。",
        "10万元",
        "written-county-news: 按每个10万元予以奖补",
        ["奖补"],
    ),
]


@pytest.mark.parametrize(("text", "needle", "accepted"), PER_UNIT_PAYMENT)
def test_payment_per_unit(text: str, needle: str, accepted: list[str]) -> None:
    check_subject(text, needle, accepted)


# ---------------------------------------------------------------- times: a year that opens the name of a
# campaign a verb holds (组织开展2024年“两节”送温暖活动) names the campaign; the span the sentence
# opens with dates its figures
CAMPAIGN_YEAR: list[Any] = [
    fact_case(
        "2023年12月至2024年2月，市总工会在全市组织开展2024年“两节”送温暖活动，各级工会共筹集送温暖资金2863.5万元，"
        "走访慰问各类职工4.21万人次。",
        "2863.5万元",
        "2024-03-04",
        "batch15-city-trade-union: 2023年12月至2024年2月，…开展2024年“两节”送温暖活动，…资金2863.5万元",
        time="2024-02-29",
    ),
    fact_case(
        "2023年12月至2024年2月，市总工会在全市组织开展2024年“两节”送温暖活动，各级工会共筹集送温暖资金2863.5万元，"
        "走访慰问各类职工4.21万人次。",
        "4.21万人次",
        "2024-03-04",
        "batch15-city-trade-union: …走访慰问各类职工4.21万人次",
        time="2024-02-29",
    ),
    fact_case(
        "1至5月，全区组织开展2025年“安全生产月”活动，累计排查隐患2360处。",
        "2360处",
        "2025-06-10",
        "written-county-news: 1至5月，…开展2025年“安全生产月”活动",
        time="2025-05-31",
    ),
    fact_case(
        "今年1-6月，全省开展2024年“春风行动”，共帮助12.3万名农民工实现就业。",
        "12.3万名",
        "2024-07-15",
        "written-provincial-portal: 今年1-6月，全省开展2024年“春风行动”",
        time="2024-06-30",
    ),
    fact_case(
        "2023年11月至2024年1月，市人社局开展2024年根治欠薪冬季专项行动，为1.3万名劳动者追回工资2.1亿元。",
        "2.1亿元",
        "2024-02-05",
        "written-city-personnel: 2023年11月至2024年1月，…开展2024年根治欠薪冬季专项行动",
        time="2024-01-31",
    ),
    fact_case(
        "全市开展2024年“春风行动”，共帮助12.3万名农民工实现就业。",
        "12.3万名",
        "2024-07-15",
        "written-city-portal: a campaign's year with no other time dates its figures (kept)",
        time="2024-12-31",
    ),
]


CAMPAIGN_YEAR += [
    fact_case(
        "2023年10月至2024年3月，全省组织开展2024年“春暖农民工”服务行动，累计帮助9.8万名农民工实现就业。",
        "9.8万名",
        "2024-04-08",
        "written-provincial-personnel: 2023年10月至2024年3月，…开展2024年“春暖农民工”服务行动",
        time="2024-03-31",
    ),
    fact_case(
        "2024年1月至6月，我省持续开展2024年“清朗”系列专项行动，累计清理违法信息3.2万条。",
        "3.2万条",
        "2024-07-15",
        "written-provincial-portal: 2024年1月至6月，…开展2024年“清朗”系列专项行动",
        time="2024-06-30",
    ),
    fact_case(
        "1至4月，市市场监管局开展2024年“铁拳”行动，查办案件312件。",
        "312件",
        "2024-05-10",
        "written-city-market-regulation: 1至4月，…开展2024年“铁拳”行动",
        time="2024-04-30",
    ),
]


@pytest.mark.parametrize(("text", "needle", "published", "title", "expected"), CAMPAIGN_YEAR)
def test_campaign_year(
    text: str, needle: str, published: str, title: str | None, expected: dict[str, Any]
) -> None:
    run_fact(text, needle, published, title, expected)


# ---------------------------------------------------------------- times: a time inside a bracketed
# aside that holds its own figure (（其中去年新建41个）) dates that figure, not those after the bracket
ASIDE_TIME: list[Any] = [
    fact_case(
        "依托全市326个工会户外劳动者服务站（其中去年新建41个），为环卫工人等发放防寒保暖物资3.6万份。",
        "3.6万份",
        "2024-03-04",
        "batch15-city-trade-union: （其中去年新建41个），…发放防寒保暖物资3.6万份",
        time=None,
    ),
    fact_case(
        "依托全市326个工会户外劳动者服务站（其中去年新建41个），为环卫工人等发放防寒保暖物资3.6万份。",
        "41个",
        "2024-03-04",
        "batch15-city-trade-union: the aside's own figure keeps its time",
        time="2023-12-31",
    ),
    fact_case(
        "全市现有养老机构126家（其中2023年新增9家），共发放护理补贴1860万元。",
        "1860万元",
        "2024-05-06",
        "written-city-civil-affairs: （其中2023年新增9家），共发放护理补贴1860万元",
        time=None,
    ),
    fact_case(
        "全省累计建成5G基站12.6万个（其中今年新建2.1万个），带动相关投资86亿元。",
        "86亿元",
        "2024-09-02",
        "written-provincial-portal: （其中今年新建2.1万个），带动相关投资86亿元",
        time=None,
    ),
    fact_case(
        "国庆假期（10月1日至7日），全市接待游客126万人次。",
        "126万人次",
        "2024-10-08",
        "written-city-tourism: a bracket that is only a time dates what follows (kept)",
        time="2024-10-07",
    ),
]


ASIDE_TIME += [
    fact_case(
        "全市现有社区养老服务中心152个（其中今年新建26个），日间照料床位3800张。",
        "3800张",
        "2024-07-15",
        "written-city-civil-affairs: （其中今年新建26个），日间照料床位3800张",
        time=None,
    ),
    fact_case(
        "全市累计培育国家级专精特新“小巨人”企业58家（其中2023年新增15家），带动就业2.6万人。",
        "2.6万人",
        "2024-03-12",
        "written-city-industry: （其中2023年新增15家），带动就业2.6万人",
        time=None,
    ),
    fact_case(
        "高速公路方面，春节假期9天免费通行期间（2月9日0时至2月17日24时），全省高速公路累计通行小型客车2486.1万辆次。",
        "2486.1万辆次",
        "2024-02-20",
        "invented-transport-spring-festival: a bracket of hours (0时, 24时) holds no figure (kept)",
        time="2024-02-17",
    ),
]


@pytest.mark.parametrize(("text", "needle", "published", "title", "expected"), ASIDE_TIME)
def test_time_inside_an_aside(
    text: str, needle: str, published: str, title: str | None, expected: dict[str, Any]
) -> None:
    run_fact(text, needle, published, title, expected)


# ---------------------------------------------------------------- people counted after a money figure
# (零售额突破15亿元，新培育本土带货主播200名以上): people are never the amount's subject; with no noun
# read before the count (jieba: 带|货主|播), the words the verb before it takes are
PEOPLE_AFTER_MONEY = [
    subject_case(
        "力争全年农产品网络零售额突破15亿元，新培育本土带货主播200名以上。",
        "200名",
        "batch15-county-commerce: 零售额突破15亿元，新培育本土带货主播200名以上",
        ["本土带货主播", "带货主播", "主播"],
    ),
    subject_case(
        "力争全年招商引资到位资金突破50亿元，引进高层次人才300名。",
        "300名",
        "written-county-news: 到位资金突破50亿元，引进高层次人才300名",
        ["高层次人才", "人才"],
    ),
    subject_case(
        "全年完成农村公路建设投资8.6亿元，培训农村实用人才1.2万人次。",
        "1.2万人次",
        "written-provincial-transport: 投资8.6亿元，培训农村实用人才1.2万人次",
        ["农村实用人才", "实用人才"],
    ),
    subject_case(
        "改革开放以来，中国经济总量快速攀升，经济总量约18万亿美元，稳居世界第二位。",
        "第二位",
        "corpus-033: a rank after money ranks the amount (kept)",
        ["经济总量"],
    ),
]


@pytest.mark.parametrize(("text", "needle", "accepted"), PEOPLE_AFTER_MONEY)
def test_people_after_money(text: str, needle: str, accepted: list[str]) -> None:
    check_subject(text, needle, accepted)
