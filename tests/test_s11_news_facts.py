"""Subjects, times and status on news pages, session 11: batch 16's errors (six news pages written
blind: 人民网, 新华网, 中新网, 光明网, 澎湃, 第一财经), each named as a general construction, with the row
it was found on (``batch16-<page>``) and rows written here in the style of other news sites
(``written-<kind of site>``: 新华社 dispatches, 人民网, 中新网, finance media, 澎湃, local papers).
Rows that fail today are strict xfails whose reason names the construction.
"""

from __future__ import annotations

from typing import Any

import pytest

from factcase import check_subject, fact_case, known_miss, run_fact, subject_case

# ---------------------------------------------------------------- a figure, 的 and the words up to
# the clause's end: they are the noun 的 heads, even when jieba tags them an adverb and a noun
# (高速|列车) or two verbs (新增|需求)
HEAD_AFTER_DE = [
    subject_case(
        "受罢工影响，法国国营铁路公司（SNCF）当天仅开行约五分之一的高速列车，巴黎大区公共交通几近瘫痪。",
        "五分之一",
        "batch16-xinhuanet-strike: 仅开行约五分之一的高速列车，",
        ["高速列车"],
    ),
    subject_case(
        "“居民消费率每提高1个百分点，就意味着约1.3万亿元的新增需求，扩大内需的空间仍然很大”。",
        "1.3万亿元",
        "batch16-chinanews-demand: 就意味着约1.3万亿元的新增需求，",
        ["新增需求", "需求"],
    ),
    subject_case(
        "项目建成后，预计每年可带来约20亿元的新增产值，带动就业3000人。",
        "20亿元",
        "written-city-daily: 可带来约20亿元的新增产值，",
        ["新增产值", "产值"],
    ),
    subject_case(
        "受台风“摩羯”影响，海口美兰机场当天取消了约三分之一的国内航班，旅客出行受阻。",
        "三分之一",
        "written-chinanews: 取消了约三分之一的国内航班，",
        ["国内航班", "航班"],
    ),
    subject_case(
        "据测算，该政策每年将撬动约500亿元的社会投资。",
        "500亿元",
        "written-finance-news: 将撬动约500亿元的社会投资。",
        ["社会投资"],
    ),
    subject_case(
        "寒潮期间，国家电网经营区内约四成的风电机组因覆冰停机，电力供应偏紧。",
        "四成",
        "written-xinhua-dispatch: 约四成的风电机组因覆冰停机",
        ["风电机组"],
    ),
    # not a head: a noun and its predicate after 的 (企业实现盈利), a change (较快增长), a locative
    subject_case(
        "去年全市规上工业企业中，约30%的企业实现盈利增长，比上年提高2个百分点。",
        "30%",
        "written-statistics-bulletin: 约30%的企业实现盈利增长 (the noun, not its predicate)",
        ["企业", "规上工业企业"],
    ),
]


@pytest.mark.parametrize(("text", "needle", "accepted"), HEAD_AFTER_DE)
def test_head_of_de_to_the_clause_end(text: str, needle: str, accepted: list[str]) -> None:
    check_subject(text, needle, accepted)


# ---------------------------------------------------------------- an existential 有 before a count
# of people and a verb after it (当天全法约有128万人参加游行): the count is of those who did the act;
# the place or time before 有 is no subject
PEOPLE_WHO_DID = [
    subject_case(
        "据法国内政部统计，当天全法约有128万人参加游行，其中巴黎约8.1万人。",
        "128万人",
        "batch16-xinhuanet-strike: 当天全法约有128万人参加游行",
        ["参加游行", "游行", "人"],
    ),
    subject_case(
        "3月7日，人们在法国巴黎参加抗议退休制度改革的游行。当天，法国约有128万人参加全国性游行。",
        "128万人",
        "batch16-xinhuanet-strike (caption): 法国约有128万人参加全国性游行",
        ["参加全国性游行", "全国性游行", "游行"],
    ),
    subject_case(
        "植树节当天，全市约有3万人参加义务植树活动。",
        "3万人",
        "written-city-daily: 全市约有3万人参加义务植树活动",
        ["参加义务植树活动", "义务植树活动", "义务植树"],
    ),
    subject_case(
        "据主办方介绍，今年全县共有1.2万人报名参加马拉松比赛。",
        "1.2万人",
        "written-county-news: 全县共有1.2万人报名参加马拉松比赛",
        ["报名参加马拉松比赛", "马拉松比赛", "报名"],
    ),
    subject_case(
        "中新网3月8日电 据韩国媒体报道，首尔当天有超过5万人走上街头集会。",
        "5万人",
        "written-chinanews-foreign: 首尔当天有超过5万人走上街头集会",
        ["走上街头集会", "集会"],
    ),
    # a group framed by 中 keeps the count: the group is its subject
    subject_case(
        "从培训成效看，参训人员中共有6.94万人取得职业资格证书、职业技能等级证书。",
        "6.94万人",
        "written-provincial-portal: 参训人员中共有6.94万人取得… (the group before 中)",
        ["参训人员"],
    ),
]


@pytest.mark.parametrize(("text", "needle", "accepted"), PEOPLE_WHO_DID)
def test_people_counted_by_what_they_did(text: str, needle: str, accepted: list[str]) -> None:
    check_subject(text, needle, accepted)


# ---------------------------------------------------------------- a list of names, some with a
# change in brackets of their own (杭州（增加25.6万人）、合肥、成都（增加21.3万人）): each change is its
# item's, not the run of names before it nor the sentence's topic
CHANGE_IN_ITEM_BRACKETS = [
    subject_case(
        "2023年常住人口增量超过20万人的城市共有4个，分别为杭州（增加25.6万人）、合肥、成都（增加21.3万人）和长沙（增加20.4万人）。",
        "21.3万人",
        "batch16-thepaper-hefei: 、合肥、成都（增加21.3万人）和",
        ["成都"],
    ),
    subject_case(
        "2023年常住人口增量超过20万人的城市共有4个，分别为杭州（增加25.6万人）、合肥、成都（增加21.3万人）和长沙（增加20.4万人）。",
        "25.6万人",
        "batch16-thepaper-hefei: 分别为杭州（增加25.6万人）、",
        ["杭州"],
    ),
    subject_case(
        "一季度GDP增速居前的省份为西藏（增长9.1%）、海南、甘肃（增长6.8%）和内蒙古。",
        "6.8%",
        "written-finance-news: 、海南、甘肃（增长6.8%）和内蒙古",
        ["甘肃"],
    ),
    subject_case(
        "客流下降较多的线路有：3号线（下降12.5%）、7号线和10号线（下降8.3%）。",
        "8.3%",
        "written-city-daily: 、7号线和10号线（下降8.3%）",
        ["10号线"],
    ),
    subject_case(
        "从区县看，进出口增长较快的是江北区（同比增长21.4%）、渝北区、两江新区（同比增长15.2%）。",
        "15.2%",
        "written-local-paper: 、渝北区、两江新区（同比增长15.2%）",
        ["两江新区"],
    ),
]


@pytest.mark.parametrize(("text", "needle", "accepted"), CHANGE_IN_ITEM_BRACKETS)
def test_change_in_its_items_brackets(text: str, needle: str, accepted: list[str]) -> None:
    check_subject(text, needle, accepted)


# ---------------------------------------------------------------- 为期 a length 的 and a name in quotes:
# the length is the named event's (为期48小时的“可续期罢工”), not the place or sector before the verb
LASTING_QUOTED_EVENT = [
    subject_case(
        "法国多个工会已宣布，8日起将在炼油、能源等行业发起为期48小时的“可续期罢工”，并计划于11日举行第七轮全国性游行。",
        "48小时",
        "batch16-xinhuanet-strike: 等行业发起为期48小时的“可续期罢工”",
        ["可续期罢工", "罢工"],
    ),
    subject_case(
        "即日起，市公安局将在全市范围内开展为期3个月的“清源”专项行动。",
        "3个月",
        "written-city-police: 开展为期3个月的“清源”专项行动",
        ["清源专项行动", "“清源”专项行动", "专项行动"],
    ),
    subject_case(
        "新华社东京5月10日电 日本多地铁路工会宣布将于下周举行为期24小时的“警告性罢工”。",
        "24小时",
        "written-xinhua-dispatch: 举行为期24小时的“警告性罢工”",
        ["警告性罢工", "罢工"],
    ),
    subject_case(
        "本届博览会在国家会展中心（上海）举办为期6天的“进博时间”系列活动。",
        "6天",
        "written-peoples-daily: 举办为期6天的“进博时间”系列活动",
        ["进博时间系列活动", "“进博时间”系列活动", "系列活动"],
    ),
]


@pytest.mark.parametrize(("text", "needle", "accepted"), LASTING_QUOTED_EVENT)
def test_length_of_a_quoted_event(text: str, needle: str, accepted: list[str]) -> None:
    check_subject(text, needle, accepted)


# ---------------------------------------------------------------- a quote opened right after a noun
# quotes its predicate (推升效应“可能还将持续6到9个月”): the noun before the quote is the subject,
# not the quoted verb
QUOTED_PREDICATE = [
    subject_case(
        "美联储主席表示，关税对商品价格的推升效应“可能还将持续6到9个月”，委员会将根据数据作出决定。",
        "6到9个月",
        "batch16-yicai-fed: 推升效应“可能还将持续6到9个月”",
        ["推升效应", "关税对商品价格的推升效应"],
    ),
    subject_case(
        "气象专家表示，此轮寒潮“预计将持续3到5天”，请市民注意防寒保暖。",
        "3到5天",
        "written-chinanews: 此轮寒潮“预计将持续3到5天”",
        ["寒潮", "此轮寒潮"],
    ),
    subject_case(
        "该负责人说，新航站楼“最快将于明年启用，年旅客吞吐能力可达4000万人次”。",
        "4000万人次",
        "written-local-paper: 新航站楼“…年旅客吞吐能力可达4000万人次” (the noun inside the quote first)",
        ["年旅客吞吐能力", "旅客吞吐能力"],
    ),
    subject_case(
        "分析人士认为，本轮降价潮“至少还会持续2个月”。",
        "2个月",
        "written-finance-news: 本轮降价潮“至少还会持续2个月”",
        ["降价潮", "本轮降价潮"],
    ),
]


@pytest.mark.parametrize(("text", "needle", "accepted"), QUOTED_PREDICATE)
def test_noun_before_a_quoted_predicate(text: str, needle: str, accepted: list[str]) -> None:
    check_subject(text, needle, accepted)


# ---------------------------------------------------------------- a share of a past period's level
# (恢复至2019年同期的96%) is a level of the amount the sentence just stated, not of the period or the
# topic before it; a basis of calculation (按可比口径) is no subject either
SHARE_OF_A_PAST_LEVEL = [
    subject_case(
        "据成都边检站统计，春节假期8天，成都天府、双流两大国际机场共查验出入境旅客26.8万人次，日均3.35万人次，恢复至2019年同期的96%；其中外国人出入境4.1万人次。",
        "96%",
        "batch16-people-chengdu: 日均3.35万人次，恢复至2019年同期的96%",
        ["出入境旅客", "旅客"],
    ),
    subject_case(
        "国庆假期，全省铁路累计发送旅客1260万人次，恢复至2019年同期的105.3%。",
        "105.3%",
        "written-provincial-portal: 发送旅客1260万人次，恢复至2019年同期的105.3%",
        ["旅客", "发送旅客"],
    ),
    subject_case(
        "中新网5月6日电 “五一”假期，全国民航共运送旅客925万人次，达到疫情前同期水平的约98%。",
        "98%",
        "written-chinanews: 运送旅客925万人次，达到疫情前同期水平的约98%",
        ["旅客", "运送旅客"],
    ),
    subject_case(
        "一季度，全市入境游客人数为38.6万人次，相当于2019年同期的八成。",
        "八成",
        "written-city-daily: 入境游客人数为38.6万人次，相当于2019年同期的八成",
        ["入境游客人数", "入境游客"],
    ),
    subject_case(
        "从全国看，据文化和旅游部数据中心测算，春节假期8天全国国内旅游出游4.86亿人次，同比增长33.1%，按可比口径较2019年同期增长17.5%。",
        "17.5%",
        "batch16-people-chengdu: 按可比口径较2019年同期增长17.5% (口径 is how, not what)",
        ["国内旅游出游", "出游", "全国国内旅游出游"],
    ),
    subject_case(
        "1—11月，全省规模以上工业企业实现营业收入5.2万亿元，按同口径比上年增长4.6%。",
        "4.6%",
        "written-statistics-bulletin: 按同口径比上年增长4.6%",
        ["营业收入", "规模以上工业企业营业收入"],
    ),
]


@pytest.mark.parametrize(("text", "needle", "accepted"), SHARE_OF_A_PAST_LEVEL)
def test_share_of_a_past_level(text: str, needle: str, accepted: list[str]) -> None:
    check_subject(text, needle, accepted)


# ---------------------------------------------------------------- a bare rate (降幅, 增速, 涨幅) and a
# verb that moves it to the figure (降幅将收窄至5%以内): with nothing else named for it, the figure is
# that rate, not the verb of the clause before (企稳)
RATE_MOVED_TO = [
    subject_case(
        "他预计，2024年合肥新房成交量有望企稳，全年降幅将收窄至5%以内。",
        "5%",
        "batch16-thepaper-hefei: 有望企稳，全年降幅将收窄至5%以内",
        ["降幅", "新房成交量"],
    ),
    subject_case(
        "业内人士预计，下半年出口有望回暖，全年增速或将回升至4%左右。",
        "4%",
        "written-finance-news: 全年增速或将回升至4%左右",
        ["增速", "出口"],
    ),
    subject_case(
        "分析师认为，猪肉价格已基本见底，明年一季度跌幅有望缩小到3%以内。",
        "3%",
        "written-yicai: 跌幅有望缩小到3%以内",
        ["跌幅", "猪肉价格"],
    ),
    subject_case(
        "该负责人表示，随着政策效应释放，四季度降幅将进一步收窄至1%左右。",
        "1%",
        "written-peoples-daily: 降幅将进一步收窄至1%左右",
        ["降幅"],
        marks=known_miss("a rate moved to a level with an adverb between (将进一步收窄至): not read"),
    ),
]


@pytest.mark.parametrize(("text", "needle", "accepted"), RATE_MOVED_TO)
def test_bare_rate_moved_to_a_level(text: str, needle: str, accepted: list[str]) -> None:
    check_subject(text, needle, accepted)


# ---------------------------------------------------------------- a semicolon opens a part of the
# sentence; a part opened by a noun of its own (离岸人民币兑美元汇率一度升破6.95关口) with no figure
# before this one goes on about that noun, not the figure before the semicolon
PART_AFTER_SEMICOLON = [
    subject_case(
        "市场方面，10年期美国国债收益率下行6个基点至3.92%；离岸人民币兑美元汇率一度升破6.95关口，日内涨幅超过200个基点。",
        "200个基点",
        "batch16-yicai-fed: ；离岸人民币兑美元汇率一度升破6.95关口，日内涨幅超过200个基点",
        ["离岸人民币兑美元汇率", "离岸人民币", "日内涨幅", "涨幅"],
    ),
    subject_case(
        "截至收盘，沪指涨0.8%报3350点；创业板指盘中一度跌破2000点，全天振幅超过3%。",
        "3%",
        "written-finance-news: ；创业板指盘中一度跌破2000点，全天振幅超过3%",
        ["创业板指", "振幅", "全天振幅"],
    ),
    subject_case(
        "超汛限水位运行的水库要在48小时内将水位降至汛限水位以下，病险水库原则上一律空库运行；大型水库泄洪前须提前2小时通知下游地区。",
        "2小时",
        "written-provincial-notice: ；大型水库泄洪前须提前2小时通知下游",
        ["大型水库", "大型水库泄洪", "泄洪"],
    ),
    subject_case(
        "国际油价周三小幅上涨，布伦特原油期货收涨0.6%；美国天然气期货则大幅回落，单日跌幅达到7%。",
        "7%",
        "written-xinhua-finance: ；美国天然气期货则大幅回落，单日跌幅达到7%",
        ["美国天然气期货", "天然气期货", "单日跌幅", "跌幅"],
    ),
]


@pytest.mark.parametrize(("text", "needle", "accepted"), PART_AFTER_SEMICOLON)
def test_part_topic_after_a_semicolon(text: str, needle: str, accepted: list[str]) -> None:
    check_subject(text, needle, accepted)


# ---------------------------------------------------------------- the old level of a forecast or a
# target revised (经济增长预期从1.8%下调至1.6%) is a forecast too: planned, as the new level is; the
# old level of anything else stays what is now (低保标准将由每月1800元提高至2000元)
FORECAST_REVISED = [
    fact_case(
        "美联储同时公布的季度经济预测显示，委员们将今年美国经济增长预期从1.8%下调至1.6%，将PCE通胀率预期从2.6%上调至2.8%。",
        "1.8%",
        "2026-03-19",
        "batch16-yicai-fed: 经济增长预期从1.8%下调至1.6%",
        status="planned",
    ),
    fact_case(
        "美联储同时公布的季度经济预测显示，委员们将今年美国经济增长预期从1.8%下调至1.6%，将PCE通胀率预期从2.6%上调至2.8%。",
        "2.6%",
        "2026-03-19",
        "batch16-yicai-fed: 将PCE通胀率预期从2.6%上调至2.8%",
        status="planned",
    ),
    fact_case(
        "新华社华盛顿1月17日电 国际货币基金组织17日将今年全球经济增长预测从3.1%上调至3.3%。",
        "3.1%",
        "2025-01-18",
        "written-xinhua-dispatch: 全球经济增长预测从3.1%上调至3.3%",
        status="planned",
    ),
    fact_case(
        "受市场需求疲软影响，该公司将全年营收目标从120亿元下调至100亿元。",
        "120亿元",
        "2024-08-20",
        "written-finance-news: 全年营收目标从120亿元下调至100亿元",
        status="planned",
    ),
    fact_case(
        "世界银行在最新报告中将中国今年经济增长预期由4.5%上调至4.8%。",
        "4.5%",
        "2024-12-27",
        "written-chinanews: 经济增长预期由4.5%上调至4.8%",
        status="planned",
    ),
    # not a forecast: the old level is what is now
    fact_case(
        "今年起，全市城乡低保标准将由每月1800元提高至2000元。",
        "1800元",
        "2024-01-10",
        "written-city-portal: 低保标准将由每月1800元提高至2000元 (what is now)",
        status="reported",
    ),
    fact_case(
        "到2025年，全市力争将研发投入强度从2.5%提高到3%。",
        "2.5%",
        "2023-03-10",
        "written-city-plan: 力争将研发投入强度从2.5%提高到3% (what is now)",
        status="reported",
    ),
]


@pytest.mark.parametrize(("text", "needle", "published", "title", "expected"), FORECAST_REVISED)
def test_old_level_of_a_revised_forecast(
    text: str, needle: str, published: str, title: str | None, expected: dict[str, Any]
) -> None:
    run_fact(text, needle, published, title, expected)


# ---------------------------------------------------------------- a public holiday named with no
# dates of its own (2024年春节假期8天，…; “五一”假期，…; 国庆黄金周期间) is the span of days the
# official calendar gives it: its figures are dated by the holiday's last day, not by the year
HOLIDAY_SPAN = [
    fact_case(
        "人民网成都2月17日电 （记者罗文婧）"
        "记者从成都市文化广电旅游局获悉，2024年春节假期8天，成都市共接待游客1826.4万人次，按可比口径同比增长18.6%；实现旅游收入192.35亿元，同比增长21.3%。",
        "1826.4万人次",
        "2024-02-18",
        "batch16-people-chengdu: 2024年春节假期8天，成都市共接待游客1826.4万人次",
        time="2024-02-17",
    ),
    fact_case(
        "人民网成都2月17日电 （记者罗文婧）"
        "记者从成都市文化广电旅游局获悉，2024年春节假期8天，成都市共接待游客1826.4万人次，按可比口径同比增长18.6%；实现旅游收入192.35亿元，同比增长21.3%。",
        "192.35亿元",
        "2024-02-18",
        "batch16-people-chengdu: …；实现旅游收入192.35亿元 (after the dispatch's dateline and 获悉)",
        time="2024-02-17",
    ),
    fact_case(
        "人民网成都2月17日电 （记者罗文婧）"
        "记者从成都市文化广电旅游局获悉，2024年春节假期8天，成都市共接待游客1826.4万人次。",
        "8天",
        "2024-02-18",
        "batch16-people-chengdu: 2024年春节假期8天 (the holiday's days)",
        time="2024-02-17",
        subject="春节假期",
    ),
    fact_case(
        "据文化和旅游部数据中心测算，春节假期8天全国国内旅游出游4.86亿人次，同比增长33.1%。",
        "4.86亿人次",
        "2024-02-18",
        "batch16-people-chengdu: 春节假期8天全国国内旅游出游4.86亿人次 (no year: the publish year's)",
        time="2024-02-17",
    ),
    fact_case(
        "新华社北京5月5日电 "
        "记者从文化和旅游部获悉，“五一”假期，全国国内旅游出游合计2.95亿人次，同比增长7.6%。",
        "2.95亿人次",
        "2024-05-05",
        "written-xinhua-dispatch: “五一”假期，全国国内旅游出游合计2.95亿人次",
        time="2024-05-05",
    ),
    fact_case(
        "新华社北京5月5日电（记者徐壮）"
        "记者5日从文化和旅游部获悉，2024年“五一”假期，全国国内旅游出游合计2.95亿人次；实现国内游客出游总花费1668.9亿元。",
        "1668.9亿元",
        "2024-05-05",
        "written-xinhua-dispatch: 记者5日从…获悉，2024年“五一”假期，…；… (the telling's day again)",
        time="2024-05-05",
    ),
    fact_case(
        "中新网郑州10月8日电 （记者 韩章云）"
        "记者从河南省文化和旅游厅获悉，国庆假期，河南省累计接待游客9230万人次；实现旅游收入632.6亿元。",
        "632.6亿元",
        "2024-10-08",
        "written-chinanews: 电 （记者 …）记者从…获悉，国庆假期，…；实现旅游收入632.6亿元",
        time="2024-10-07",
    ),
    fact_case(
        "2023年中秋国庆假期，全省重点景区共接待游客3265万人次。",
        "3265万人次",
        "2023-10-07",
        "written-provincial-portal: 2023年中秋国庆假期 (a holiday joined to its neighbour's)",
        time="2023-10-06",
    ),
    fact_case(
        "国庆黄金周期间，全市商贸企业实现销售额56.8亿元，同比增长9.2%。",
        "56.8亿元",
        "2025-10-09",
        "written-city-daily: 国庆黄金周期间，全市商贸企业实现销售额56.8亿元",
        time="2025-10-08",
    ),
    fact_case(
        "端午假期，全县各景区累计接待游客12.6万人次，实现旅游收入5800万元。",
        "5800万元",
        "2024-06-11",
        "written-county-news: 端午假期，全县各景区累计接待游客12.6万人次",
        time="2024-06-10",
    ),
    fact_case(
        "“十一”黄金周期间，全省揽收快递包裹1.2亿件。",
        "1.2亿件",
        "2024-10-08",
        "written-provincial-post: “十一”黄金周期间 (十一 is 国庆)",
        time="2024-10-07",
    ),
    fact_case(
        "清明小长假，全市公园接待游客86万人次。",
        "86万人次",
        "2025-04-07",
        "written-city-daily: 清明小长假，全市公园接待游客86万人次",
        time="2025-04-06",
    ),
    fact_case(
        "春节7天长假，全市重点商贸企业实现零售额35亿元。",
        "35亿元",
        "2023-01-28",
        "written-local-paper: 春节7天长假 (its length between the name and the head)",
        time="2023-01-27",
        marks=known_miss("a holiday's length between its name and its head (春节7天长假) is not read"),
    ),
    # not the span: a time before it in its clause, its dates in brackets, a baseline
    fact_case(
        "2025年春节假期（1月28日至2月4日），全省接待游客1000万人次。",
        "1000万人次",
        "2025-02-05",
        "written-provincial-portal: 2025年春节假期（1月28日至2月4日） (its dates as written)",
        time="2025-02-04",
    ),
    fact_case(
        "十月份适逢国庆黄金周及多项大型盛事，单日访港旅客最高录得约25万人次。",
        "25万人次",
        "2025-11-05",
        "written-hk-release: 十月份适逢国庆黄金周 (the month named before it dates the clause)",
        time="2025-10-31",
    ),
]


@pytest.mark.parametrize(("text", "needle", "published", "title", "expected"), HOLIDAY_SPAN)
def test_holiday_named_with_no_dates(
    text: str, needle: str, published: str, title: str | None, expected: dict[str, Any]
) -> None:
    run_fact(text, needle, published, title, expected)


# ---------------------------------------------------------------- a time and the event it dates
# before 以来 (自2017年天舟一号首飞以来, 自去年9月重启降息以来): what is counted since the event has
# happened up to now, as after 2017年以来; not in the time alone
SINCE_AN_EVENT = [
    fact_case(
        "自2017年天舟一号首飞以来，我国已先后发射8艘天舟货运飞船，累计向空间站运送物资超过60吨。",
        "8艘",
        "2024-11-16",
        "batch16-gmw-tianzhou: 自2017年天舟一号首飞以来，…已先后发射8艘",
        time="2024-11-16",
    ),
    fact_case(
        "自2017年天舟一号首飞以来，我国已先后发射8艘天舟货运飞船，累计向空间站运送物资超过60吨。",
        "60吨",
        "2024-11-16",
        "batch16-gmw-tianzhou: …累计向空间站运送物资超过60吨",
        time="2024-11-16",
    ),
    fact_case(
        "这是美联储自去年9月重启降息以来的第四次降息，累计降息幅度达到125个基点。",
        "125个基点",
        "2026-03-19",
        "batch16-yicai-fed: 自去年9月重启降息以来…累计降息幅度达到125个基点",
        time="2026-03-19",
    ),
    fact_case(
        "中新网北京6月3日电 自2020年海南自贸港建设总体方案公布以来，海南累计新设外资企业超过5000家。",
        "5000家",
        "2025-06-03",
        "written-chinanews: 自2020年…总体方案公布以来，累计新设外资企业超过5000家",
        time="2025-06-03",
    ),
    fact_case(
        "从2023年3月专项行动启动以来，全县共排查整治隐患1260处。",
        "1260处",
        "2024-01-15",
        "written-county-news: 从2023年3月专项行动启动以来，共排查整治隐患1260处",
        time="2024-01-15",
    ),
    # a time with its own figures before 以来 further on is no such time
    fact_case(
        "2023年全市新增就业5.2万人，三年以来累计新增15万人。",
        "5.2万人",
        "2024-02-01",
        "written-city-portal: 2023年全市新增就业5.2万人 (以来 comes after its figure)",
        time="2023-12-31",
    ),
]


@pytest.mark.parametrize(("text", "needle", "published", "title", "expected"), SINCE_AN_EVENT)
def test_since_an_event(
    text: str, needle: str, published: str, title: str | None, expected: dict[str, Any]
) -> None:
    run_fact(text, needle, published, title, expected)


# ---------------------------------------------------------------- a year before 以来 (为2021年以来最高
# 水平) is a span up to now: a bare month after it in the sentence (；2月…) is of the publish year, not
# of that year
YEAR_SINCE_SETS_NO_YEAR = [
    fact_case(
        "2月失业率升至4.6%，为2021年以来最高水平；2月个人消费支出（PCE）价格指数同比上涨2.7%，仍高于2%的长期目标。",
        "2.7%",
        "2026-03-19",
        "batch16-yicai-fed: 为2021年以来最高水平；2月…上涨2.7%",
        time="2026-02-28",
    ),
    fact_case(
        "国家统计局数据显示，10月份CPI同比下降0.2%，为2021年以来首次转负；10月份PPI同比下降2.6%。",
        "2.6%",
        "2023-11-09",
        "written-chinanews: 为2021年以来首次转负；10月份PPI同比下降2.6%",
        time="2023-10-31",
    ),
    fact_case(
        "3月末，全省住户存款余额达5.2万亿元，创2015年以来新高；3月当月新增存款1200亿元。",
        "1200亿元",
        "2024-04-15",
        "written-provincial-finance: 创2015年以来新高；3月当月新增存款1200亿元",
        time="2024-03-31",
    ),
    fact_case(
        "美国10年期国债收益率升至4.8%，为2007年以来最高；9月核心通胀率为4.1%。",
        "4.1%",
        "2023-10-05",
        "written-yicai: 为2007年以来最高；9月核心通胀率为4.1%",
        time="2023-09-30",
    ),
]


@pytest.mark.parametrize(("text", "needle", "published", "title", "expected"), YEAR_SINCE_SETS_NO_YEAR)
def test_year_since_sets_no_sentence_year(
    text: str, needle: str, published: str, title: str | None, expected: dict[str, Any]
) -> None:
    run_fact(text, needle, published, title, expected)


# ---------------------------------------------------------------- a central bank's move named by the
# size it moves a rate by (可能降准0.25至0.5个百分点, 加息25个基点): the move is the subject, not the
# place before it (jieba reads 降准 as a verb)
POLICY_MOVE_SIZE = [
    subject_case(
        "“预计二季度国内可能降准0.25至0.5个百分点，政策利率也有10个基点左右的下调空间”。",
        "0.25至0.5个百分点",
        "batch16-yicai-fed: 预计二季度国内可能降准0.25至0.5个百分点",
        ["降准", "存款准备金率", "准备金率"],
    ),
    subject_case(
        "市场普遍预计，央行年内还将降准0.5个百分点。",
        "0.5个百分点",
        "written-finance-news: 央行年内还将降准0.5个百分点",
        ["降准"],
    ),
    subject_case(
        "新华社华盛顿7月26日电 美国联邦储备委员会26日宣布加息25个基点。",
        "25个基点",
        "written-xinhua-dispatch: 美联储…宣布加息25个基点",
        ["加息"],
    ),
    subject_case(
        "澳大利亚央行宣布升息25个基点，为连续第二次加息。",
        "25个基点",
        "written-chinanews-foreign: 澳大利亚央行宣布升息25个基点",
        ["升息"],
    ),
]


@pytest.mark.parametrize(("text", "needle", "accepted"), POLICY_MOVE_SIZE)
def test_policy_move_by_its_size(text: str, needle: str, accepted: list[str]) -> None:
    check_subject(text, needle, accepted)


# ---------------------------------------------------------------- a length and 后 closing its clause
# (点火发射，约10分钟后，飞船与火箭成功分离): the time up to what the next clause says happened
LENGTH_UNTIL_AN_EVENT = [
    subject_case(
        "在我国文昌航天发射场点火发射，约10分钟后，飞船与火箭成功分离，进入预定轨道。",
        "10分钟",
        "batch16-gmw-tianzhou: 点火发射，约10分钟后，飞船与火箭成功分离",
        ["飞船与火箭成功分离", "分离", "点火发射"],
    ),
    subject_case(
        "新华社酒泉6月5日电 火箭发射约20分钟之后，卫星顺利进入预定轨道。",
        "20分钟",
        "written-xinhua-dispatch: 发射约20分钟之后，卫星顺利进入预定轨道",
        ["卫星顺利进入预定轨道", "进入预定轨道"],
    ),
    subject_case(
        "消防员到场约3小时后，大火被扑灭，无人员伤亡。",
        "3小时",
        "written-local-paper: 到场约3小时后，大火被扑灭",
        ["大火被扑灭"],
    ),
    subject_case(
        "项目开工2年后，一期工程建成投产。",
        "2年",
        "written-city-daily: 项目开工2年后，一期工程建成投产",
        ["一期工程建成投产", "建成投产"],
    ),
]


@pytest.mark.parametrize(("text", "needle", "accepted"), LENGTH_UNTIL_AN_EVENT)
def test_length_until_the_next_event(text: str, needle: str, accepted: list[str]) -> None:
    check_subject(text, needle, accepted)


# ---------------------------------------------------------------- a dispatch's day of an event, after
# who acted and before the act (法国7日迎来, 机场7日取消30%的航班), once a month is named (the dateline's):
# the event's day, of that month; a count of days (共7日, 3日内) is none
DISPATCH_EVENT_DAY = [
    fact_case(
        "新华社巴黎3月7日电 法国民航总局此前要求巴黎奥利机场7日取消30%的航班，马赛等地机场取消20%的航班。",
        "30%",
        "2023-03-08",
        "batch16-xinhuanet-strike: 要求巴黎奥利机场7日取消30%的航班",
        time="2023-03-07",
    ),
    fact_case(
        "中新网东京5月10日电 日本央行9日公布的数据显示，4月末日本外汇储备为1.2万亿美元。",
        "1.2万亿美元",
        "2024-05-10",
        "written-chinanews-foreign: 日本央行9日公布的数据显示，4月末… (the month's end dates the stock)",
        time="2024-04-30",
    ),
    fact_case(
        "新华社柏林11月20日电 德国联邦统计局20日发布数据，德国10月生产者价格指数同比下降11%。",
        "11%",
        "2023-11-21",
        "written-xinhua-dispatch: 联邦统计局20日发布数据，德国10月… (the month named dates it)",
        time="2023-10-31",
    ),
    fact_case(
        "人民网北京6月2日电 国家铁路集团1日发送旅客1520万人次，创单日历史新高。",
        "1520万人次",
        "2024-06-02",
        "written-peoples-daily: 国家铁路集团1日发送旅客1520万人次",
        time="2024-06-01",
    ),
    fact_case(
        "本报讯 3月5日，市政务服务中心明确，企业开办须在3日内办结，今年已办结1200件。",
        "1200件",
        "2024-03-06",
        "written-local-paper: 须在3日内办结 (a count of days, no date)",
        time="2024-12-31",
    ),
]


@pytest.mark.parametrize(("text", "needle", "published", "title", "expected"), DISPATCH_EVENT_DAY)
def test_dispatch_event_day(
    text: str, needle: str, published: str, title: str | None, expected: dict[str, Any]
) -> None:
    run_fact(text, needle, published, title, expected)


# ---------------------------------------------------------------- a length glued to the noun it
# describes, an adverb or adjective opening it and a noun ending it (采用3小时快速交会对接方案): the
# noun, not the verb before the length; a verb after the length opens a predicate (3小时完成任务)
LENGTH_DESCRIBING_A_NOUN = [
    subject_case(
        "这是天舟货运飞船第2次采用3小时快速交会对接方案。",
        "3小时",
        "batch16-gmw-tianzhou: 第2次采用3小时快速交会对接方案",
        ["快速交会对接方案", "交会对接", "3小时快速交会对接方案"],
    ),
    subject_case(
        "新华社广州3月2日电 广州南站春运期间推出2小时极速换乘方案。",
        "2小时",
        "written-xinhua-dispatch: 推出2小时极速换乘方案",
        ["极速换乘方案", "换乘方案"],
    ),
    subject_case(
        "该区全面推行30分钟快速响应机制。",
        "30分钟",
        "written-district-portal: 全面推行30分钟快速响应机制",
        ["快速响应机制", "响应机制"],
    ),
    subject_case(
        "改革开放以来，经过40多年快速发展，中国经济总量快速攀升，目前已经稳居世界第二位。",
        "40多年",
        "corpus-033: 经过40多年快速发展 (a verbal noun: the predicate, no thing)",
        [],
    ),
]


@pytest.mark.parametrize(("text", "needle", "accepted"), LENGTH_DESCRIBING_A_NOUN)
def test_length_describing_a_noun(text: str, needle: str, accepted: list[str]) -> None:
    check_subject(text, needle, accepted)
