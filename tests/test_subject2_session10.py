"""Subjects, second front (session 10): words that can never be what a figure measures, the words
that tell a subject apart, a subject jieba cut inside a word, a second verb's count, and a part of
a sentence that names its own thing.

Ids name the source: ``invented-<page>`` (tests/data/invented, batch 13), ``corpus-NNN`` (the shared
corpus) or ``written-<kind of site>`` (written here in that site's style). Rows that still fail are
strict xfails whose reason names the construction.
"""

from __future__ import annotations

import pytest

from factcase import check_subject
from factcase import subject_case as case

# ---------------------------------------------------------------- a word of how a change is measured
# 名义增长, 实际增长, 同口径增长, 按年上升, 日均 before a change: the word says how, never what; the
# figure changes the last amount its sentence named, else the noun an earlier clause states of.

MANNER = [
    case(
        "上半年，全市居民人均可支配收入24386元，比上年同期名义增长5.3%，扣除价格因素（上半年全市居民"
        "消费价格同比下降0.3%），实际增长5.6%。",
        "5.6%",
        "invented-city-stats: 实际增长 past an aside's rate",
        ["居民人均可支配收入", "人均可支配收入"],
    ),
    case(
        "城镇居民人均可支配收入30172元，名义增长4.6%，实际增长4.9%；农村居民人均可支配收入15408元，"
        "名义增长6.4%，实际增长6.7%。",
        "6.4%",
        "invented-city-stats: 名义增长 after the second part's amount",
        ["农村居民人均可支配收入"],
    ),
    case(
        "2022年全市一般公共预算收入完成186.35亿元，同比下降3.1%（扣除留抵退税因素后同口径增长4.6%）。",
        "4.6%",
        "invented-npc-final-accounts: 同口径增长 in a bracket",
        ["一般公共预算收入"],
    ),
    case(
        "全省规模以上工业增加值完成8650亿元，按可比价格计算，实际增长6.2%。",
        "6.2%",
        "written-provincial-bulletin: 实际增长 after a calculation frame",
        ["规模以上工业增加值", "工业增加值"],
    ),
    case(
        "全县社会消费品零售总额128.6亿元，可比增长5.1%。",
        "5.1%",
        "written-county-news: 可比增长",
        ["社会消费品零售总额"],
    ),
    case(
        "二○二四年八月份全澳各口岸出入境人次共錄得1,296.4萬，日均約41.8萬人次，按年上升12.3%，"
        "較七月份亦增加5.6%。",
        "5.6%",
        "invented-mo-psp: 日均 before a change (the month's total unread)",
        ["出入境人次", "全澳各口岸出入境人次"],
    ),
    case(
        "本港零售業總銷貨價值為325億元，按年上升3.2%；按月計，實質增長1.1%。",
        "1.1%",
        "written-hk-censtatd: 實質 after 按月計",
        ["零售業總銷貨價值", "總銷貨價值"],
    ),
    case(
        "全省居民人均消费支出13256元，名义增长4.8%，扣除价格因素实际增长5.1%。",
        "5.1%",
        "written-provincial-survey: 扣除价格因素实际增长",
        ["居民人均消费支出"],
    ),
    case(
        "今年前三季度，全市进出口总额1860亿元，名义增长8.1%。",
        "8.1%",
        "written-customs: 名义增长",
        ["进出口总额"],
    ),
]

# ---------------------------------------------------------------- a time or a pointing word alone
# 八月份，共有316.9萬人次; 在上述致命個案中，有五宗: a time says when and 上述 points at what; the
# figure counts the noun after the figure or after the pointer, else the topic the sentence frames.

NO_TIME_NO_POINTER = [
    case(
        "入境旅客方面，八月份共有316.9萬人次，其中內地旅客254.3萬人次。",
        "316.9萬人次",
        "invented-mo-psp: a month after an aspect frame",
        ["入境旅客"],
    ),
    case(
        "八月份，共有316.9萬人次入境旅客經各口岸入境。",
        "316.9萬人次",
        "written-mo-psp: a month, the noun after the figure",
        ["入境旅客"],
    ),
    case(
        "在上述致命個案中，有五宗涉及從高處墮下，佔建造業致命個案的六成以上。",
        "五宗",
        "invented-hk-ld: 上述 and the noun after it",
        ["致命個案", "從高處墮下"],
    ),
    case(
        "在上述致命個案中，有五宗涉及從高處墮下，佔建造業致命個案的六成以上。",
        "六成",
        "invented-hk-ld: the share after it",
        ["致命個案", "從高處墮下", "建造業致命個案"],
    ),
    case(
        "前述违规项目中，有12个已完成整改。",
        "12个",
        "written-audit: 前述 and the noun after it",
        ["违规项目", "项目"],
    ),
    case(
        "一季度，共有4.2万户市场主体完成登记。",
        "4.2万户",
        "written-market-regulation: a quarter, the noun after the figure",
        ["市场主体"],
    ),
    case(
        "出口方面，1-9月累计完成286.5亿元，同比增长7.2%。",
        "286.5亿元",
        "written-commerce: months after an aspect frame",
        ["出口"],
    ),
    case(
        "政府開支方面，本年度首七個月合共2,865億元，按年增加5.2%。",
        "2,865億元",
        "written-hk-fstb: a sum word after an aspect frame",
        ["政府開支"],
    ),
    case(
        "政府開支方面，本年度首七個月合共2,865億元，按年增加5.2%。",
        "5.2%",
        "written-hk-fstb: its change",
        ["政府開支"],
    ),
    case(
        "2024年全年收入1050万元。",
        "1050万元",
        "written-institution-accounts: 全年收入 (one jieba word)",
        ["收入"],
    ),
    case(
        "该中心全年收入1050万元，支出980万元。",
        "1050万元",
        "written-public-institution: a time joined to the noun",
        ["收入", "中心收入"],
    ),
    case(
        "二○二四年全年收入1,050萬元。",
        "1,050萬元",
        "written-mo-association: the same in traditional",
        ["收入"],
    ),
    case(
        "上述項目中，共有3項已完成。",
        "3項",
        "written-tw-audit: 上述 and the noun after it",
        ["項目"],
    ),
]

# ---------------------------------------------------------------- the words that tell a subject apart
# 5A级景区, 港元存款, 参保人数, 国有控股企业: a grade, a currency, a verb describing a measure head, a
# distinguishing word and its verb are part of the subject.

MODIFIER_KEPT = [
    case("全市共有5A级景区3家，4A级景区21家。", "21家", "written-culture-tourism: a grade", ["4A级景区"]),
    case("新增AAAA级旅游景区2家。", "2家", "written-county-tourism: a grade in letters", ["AAAA级旅游景区"]),
    case("全區現有三級甲等醫院5所。", "5所", "written-tw-health: 三級甲等", ["三級甲等醫院"]),
    case(
        "港元存款按月上升1.1%，人民幣存款則下跌2.6%。",
        "2.6%",
        "written-hk-hkma: a currency",
        ["人民幣存款"],
    ),
    case(
        "9月末，外币存款余额86.2亿美元。",
        "86.2亿美元",
        "written-pboc-branch: 外币",
        ["外币存款余额", "外币存款"],
    ),
    case("全市参保人数突破120万人。", "120万人", "written-medical-insurance: 参保人数", ["参保人数"]),
    case("全县就业人数达到23.6万人。", "23.6万人", "written-county: 就业人数 (one word)", ["就业人数"]),
    case(
        "国有控股企业实现利润98.5亿元。",
        "98.5亿元",
        "written-sasac: a distinguishing word and its verb",
        ["国有控股企业利润", "国有控股企业"],
    ),
    case(
        "新增省级专精特新企业18家。",
        "18家",
        "written-industry-bureau: a level and words between",
        ["省级专精特新企业"],
    ),
    case(
        "全县创建国家级示范合作社3家。", "3家", "written-agri-county: a level and 示范", ["国家级示范合作社"]
    ),
    case(
        "全市累计培育省级以上绿色工厂185家。",
        "185家",
        "corpus-027: a range of levels names no kind",
        ["绿色工厂"],
    ),
    case(
        "今年新招收高一新生2450人、初一新生3100人。",
        "3100人",
        "written-education: 初一 (jieba: a day)",
        ["初一新生"],
    ),
    case(
        "全市金融机构本外币存款余额1.2万亿元，比年初增加860亿元。",
        "1.2万亿元",
        "written-pboc-branch: 本|外币 (a currency cut inside)",
        ["本外币存款余额"],
    ),
    case(
        "全县现有二级以上医院5家，三星级以上酒店12家。",
        "12家",
        "written-county-health: a range of grades names no kind",
        ["酒店"],
    ),
    case(
        "截至年底，全市参保职工人数达86万人，参保缴费人数同比增长3.2%。",
        "3.2%",
        "written-hrss: two verbs before a measure head",
        ["参保缴费人数"],
    ),
    case(
        "全年举办讲座等活动1200场，参与人数12万人次。", "12万人次", "written-museum: 参与人数", ["参与人数"]
    ),
    case(
        "全年实现利润总额50.1亿元。", "50.1亿元", "corpus-007: 实现 states, no part of the head", ["利润总额"]
    ),
    case("急診求診人次為36.2萬，按年上升1.5%。", "36.2萬", "written-mo-ssm: 急診求診人次", ["急診求診人次"]),
    case("减按90%计入收入总额。", "90%", "corpus-024: a verb after the figure stays out", ["收入总额"]),
    case(
        "发生5.0级以上余震2次。", "2次", "written-earthquake: a figure's 级 is no grade of the noun", ["余震"]
    ),
    case(
        "全年出生人口4667人，死亡人口4083人。",
        "4083人",
        "corpus-007: 死亡人口",
        ["死亡人口"],
    ),
]

# ---------------------------------------------------------------- a subject cut inside a word
# 招收一年|级新生, 派|发现|金红利: jieba cut the first word wrongly; the subject starts at the word
# the characters before it and its first ones make.

RECUT = [
    case("今年招收一年级新生3250人。", "3250人", "written-education: 一年级", ["一年级新生"]),
    case("全市小學一年級新生1萬1,236人。", "1萬1,236人", "written-tw-education: 一年級", ["一年級新生"]),
    case("公司每股派发现金红利0.35元。", "0.35元", "written-finance-news: 现金红利", ["现金红利"]),
    case("其中医师579人，护士820人。", "579人", "corpus-006: 其中|医师 stays 医师", ["医师"]),
    case("新增城市书房5家。", "5家", "written-library: 新增|城市书房 stays", ["城市书房"]),
    case("游客人均停留2.3天。", "2.3天", "written-tourism: 游客|人均 stays", ["人均停留", "游客人均停留"]),
]

# ---------------------------------------------------------------- a second verb's count
# 共有1.2万人报名，最终录取350人: a count right after its own verb in a clause with no noun counts
# that verb's act, not the act of the count before it.

OWN_VERB = [
    case("本次招聘共有1.2万人报名，最终录取350人。", "350人", "written-hrss: 录取", ["录取", "录取人数"]),
    case("全年共有860人报考，实际参考792人。", "792人", "written-exam-board: 参考", ["参考", "实际参考"]),
    case("本次活动共有3200人报名，最终入选2800人。", "2800人", "written-county-news: 入选", ["入选"]),
    case(
        "本次考试共有3600人报名，2980人通过资格审查，最终录用120人。",
        "2980人",
        "written-personnel-exam: the act after a count opening its clause",
        ["通过资格审查", "资格审查"],
    ),
    case(
        "本次考试共有3600人报名，2980人通过资格审查，最终录用120人。",
        "120人",
        "written-personnel-exam: the last count's own verb",
        ["录用"],
    ),
    case("今年共有1 532人申請，獲批1 208人。", "1 208人", "written-hk: 獲批", ["獲批"]),
    case(
        "本市今年共有5600人申请公租房，最终获配3200人。",
        "3200人",
        "written-housing: 获配 after a verb and its object",
        ["获配"],
    ),
    case("已交付安置房780套，剩余420套。", "420套", "written-xxgk: a noun carried stays", ["安置房"]),
]

# ---------------------------------------------------------------- a part that names its own thing
# …比上年提高1.5个百分点；乘客满意度测评得分91.6分: after ；a part that opens with a noun of its own
# is that noun's, not the subject carried from the part before.

OWN_PART = [
    case(
        "全年公交准点率为92.3%，乘客满意度测评得分91.6分。",
        "91.6分",
        "written-city-bus: a score after a comma",
        ["乘客满意度", "乘客满意度测评得分"],
    ),
    case(
        "全市营商环境评价得分88.5分，群众满意度测评得分92.1分。",
        "92.1分",
        "written-provincial-portal: a second score",
        ["群众满意度", "群众满意度测评得分"],
    ),
    case(
        "平均住用率為112%，部分醫院如瑪嘉烈醫院更超過120%。",
        "120%",
        "written-hk-ha: a part with no rate of its own keeps the rate",
        ["平均住用率", "住用率"],
    ),
    case(
        "全年公交准点率为92.3%，比上年提高1.5个百分点；乘客满意度测评得分91.6分。",
        "91.6分",
        "invented-city-bus: a score after ；",
        ["乘客满意度", "乘客满意度测评得分"],
    ),
    case(
        "全年公交客运量3.42亿人次，其中工作日日均客运量102.4万人次；全年单日客运量最高出现在10月1日，"
        "达到126.8万人次。",
        "126.8万人次",
        "invented-city-bus: a peak day after ；",
        ["单日客运量", "客运量"],
    ),
    case(
        "全市空气优良天数比例为88.6%，同比提高2.1个百分点；细颗粒物平均浓度下降至29微克/立方米。",
        "29微克",
        "written-ecology-bureau: a level after ；",
        ["细颗粒物平均浓度", "细颗粒物"],
    ),
    case(
        "辖区内企业开办时间压缩至1个工作日；不动产登记办理时限缩短为3个工作日。",
        "3个工作日",
        "written-government-service: a time limit after ；",
        ["不动产登记办理时限", "办理时限"],
    ),
]


@pytest.mark.parametrize(("text", "needle", "accepted"), MANNER)
def test_a_word_of_how_is_no_thing(text: str, needle: str, accepted: list[str]) -> None:
    check_subject(text, needle, accepted)


@pytest.mark.parametrize(("text", "needle", "accepted"), NO_TIME_NO_POINTER)
def test_a_time_or_a_pointer_is_no_thing(text: str, needle: str, accepted: list[str]) -> None:
    check_subject(text, needle, accepted)


@pytest.mark.parametrize(("text", "needle", "accepted"), MODIFIER_KEPT)
def test_the_words_that_tell_it_apart(text: str, needle: str, accepted: list[str]) -> None:
    check_subject(text, needle, accepted)


@pytest.mark.parametrize(("text", "needle", "accepted"), RECUT)
def test_a_start_cut_inside_a_word(text: str, needle: str, accepted: list[str]) -> None:
    check_subject(text, needle, accepted)


@pytest.mark.parametrize(("text", "needle", "accepted"), OWN_VERB)
def test_a_second_verbs_count(text: str, needle: str, accepted: list[str]) -> None:
    check_subject(text, needle, accepted)


@pytest.mark.parametrize(("text", "needle", "accepted"), OWN_PART)
def test_a_part_names_its_own(text: str, needle: str, accepted: list[str]) -> None:
    check_subject(text, needle, accepted)
