"""Constructions found on the invented pages (tests/data/invented), read again in the styles of
other kinds of site: each table is one construction the engine was changed for, with rows from the
invented page it came from and sentences written here for statistics releases, portals, finance
news and Hong Kong, Macau and Taiwan pages. The invented pages' own first-look tables are
``test_invented_a.py``, ``test_invented_b.py`` and ``test_invented_trad.py``.
"""

from __future__ import annotations

from typing import Any

import pytest

from factcase import check_fields, fact_at, facts_of, row, table_rows

#: a sentence that opens by breaking down what the one before stated (分季度看，按季分析，分产业看，)
#: gives its figures the last subject of the sentence before
BREAKDOWN_OPENER = [
    row(
        "上半年全省地区生产总值同比增长5.8%。分季度看，一季度增长5.6%，二季度增长6.0%。",
        "5.6%",
        "invented-portal: 分季度看，一季度增长N%",
        subject=("全省地区生产总值", "地区生产总值"),
    ),
    row(
        "前三季度全市规上工业增加值增长7.2%。分月看，9月份增长8.1%。",
        "8.1%",
        "invented-bulletin: 分月看，9月份增长N%",
        subject=("全市规上工业增加值", "规上工业增加值"),
    ),
    row(
        "本年度首八個月的訪港旅客達2,750萬人次。按月分析，八月份按年上升35%。",
        "35%",
        "invented-hk: 按月分析，八月份按年上升N%",
        subject=("訪港旅客",),
    ),
    row(
        "上半年全市居民人均可支配收入2.3万元。分城乡看，城镇居民人均可支配收入3.1万元。",
        "3.1万元",
        "invented-bulletin: a breakdown that names its own subject keeps it",
        subject=("城镇居民人均可支配收入",),
    ),
]

#: N个 + a noun + a measure's name + its own figure (8个国控断面水质达标率为100%): the count counts the
#: first noun; the measure's figure takes the whole phrase
COUNT_BEFORE_MEASURE = [
    row(
        "全市8个国控断面水质达标率为100%。",
        "8个",
        "invented-air: 8个国控断面 (the count)",
        subject=("国控断面",),
    ),
    row(
        "全市8个国控断面水质达标率为100%。",
        "100%",
        "invented-air: 水质达标率为100% (the measure)",
        subject=("国控断面水质达标率",),
    ),
    row(
        "全省16个地级市空气质量优良天数比例为88.6%。",
        "16个",
        "invented-portal: 16个地级市空气质量优良天数比例",
        subject=("地级市",),
    ),
    row(
        "全县建成12个乡镇污水处理厂。",
        "12个",
        "invented-portal: a count with no measure's figure after it keeps its whole noun",
        subject=("乡镇污水处理厂",),
    ),
]

#: 增幅N% / 降幅N%: the size of a rise or a fall, the change of the figure before
RISE_BY_SIZE = [
    row(
        "全年粮食单产较上年提高11.5公斤，增幅2.4%。",
        "2.4%",
        "invented-harvest: 增幅N%",
        change="increase",
        subject=("粮食单产",),
    ),
    row(
        "1-10月全市商品房销售面积98.6万平方米，降幅为12.3%。",
        "12.3%",
        "invented-bulletin: 降幅为N%",
        change="decrease",
        subject=("全市商品房销售面积", "商品房销售面积"),
    ),
    row(
        "当月居民消费价格涨幅回落0.3个百分点。",
        "0.3个百分点",
        "invented-bulletin: 涨幅回落N个百分点 (the change word after the rate decides)",
        change="decrease",
    ),
]


#: 占总Y约N (a share of a total with a bound and no 的): the part before 占
SHARE_WITHOUT_DE = [
    row(
        "其中民生支出占总支出约百分之七十八。",
        "百分之七十八",
        "invented-finance: 占总支出约N",
        subject=("民生支出",),
        qualifier="approx",
    ),
    row(
        "其中非經常開支佔總開支約百分之十二。",
        "百分之十二",
        "invented-hk-press: 佔總開支約N",
        subject=("非經常開支",),
    ),
]


#: the value of an index or a ratio, a number with no unit (综合指数为4.21, 收入比由2.06缩小至2.02):
#: kind other
PURE_MEASURE = [
    row(
        "2月份，全市环境空气质量综合指数为4.21，同比改善3.4%。",
        "4.21",
        "invented-air: 综合指数为4.21",
        value=4.21,
        kind="other",
        unit=None,
    ),
    row(
        "9月份，制造业采购经理指数（PMI）为49.8%，比上月上升0.1个百分点。",
        "49.8",
        "invented-bulletin: PMI written with % keeps its unit",
        unit="%",
    ),
    row(
        "10月份，全省非制造业商务活动指数为50.6，比上月下降0.4。",
        "50.6",
        "invented-portal: 商务活动指数为50.6",
        value=50.6,
        kind="other",
    ),
    row(
        "城乡居民人均可支配收入比由上年的2.06缩小至2.02。",
        "2.02",
        "invented-bulletin: 收入比…缩小至2.02",
        value=2.02,
        kind="other",
    ),
    row(
        "本季消費者信心指數為81.3，較上季上升2.1點。",
        "81.3",
        "invented-tw: 消費者信心指數為81.3",
        value=81.3,
        kind="other",
    ),
]

#: a time limit that runs from a day (届满之日起七个工作日内，…提出质疑): the act it limits
DEADLINE_ACT = [
    row(
        "供应商可在公告期限届满之日起七个工作日内，以书面形式向采购人提出质疑。",
        "七个工作日",
        "invented-procurement: …之日起七个工作日内，…提出质疑",
        subject=("质疑", "提出质疑"),
    ),
    row(
        "申请人应自收到通知之日起15日内补齐材料。",
        "15日",
        "invented-portal: 自收到通知之日起15日内补齐材料",
        subject=("补齐材料", "材料"),
    ),
    row(
        "中标人应自合同签订之日起60日内完成供货。",
        "60日",
        "invented-procurement: …60日内完成供货 (a light verb names its object)",
        subject=("供货",),
    ),
]

#: a rank within a group (在全省11个设区市中排名第6): what is ranked is the topic before, not the group
RANK_IN_GROUP = [
    row(
        "全市环境空气质量综合指数为4.21，在全省11个设区市中排名第6。",
        "第6",
        "invented-air: 在全省11个设区市中排名第6",
        subject=("环境空气质量综合指数", "综合指数"),
    ),
    row(
        "全市环境空气质量综合指数为4.21，在全省11个设区市中排名第6。",
        "11个",
        "invented-air: the group's count (设区市, not 设区市中)",
        subject=("设区市",),
    ),
    row(
        "全县粮食产量52万吨，全省排名第三。",
        "第三",
        "invented-bulletin: 全省排名第三 (the scope before the verb is no subject)",
        subject=("粮食产量", "全县粮食产量"),
    ),
    row(
        "全县一般公共预算收入增长8.2%，增速在全市9个县区中位列第二。",
        "第二",
        "invented-portal: 增速在全市9个县区中位列第二",
        subject=("增速", "一般公共预算收入", "全县一般公共预算收入"),
    ),
]

#: a count of months right after the time that ends them (截至6月30日止六个月, 七月至九月的三个月)
#: names the period reported: no duration fact
PERIOD_NAMED_BY_MONTHS = [
    pytest.param(
        "公司截至2024年6月30日止六个月的营业收入为12.6亿元。", "六个月", id="invented-finance: 截至…止六个月"
    ),
    pytest.param(
        "七月至九月的三个月，全市社会消费品零售总额增长4.1%。", "三个月", id="invented-bulletin: …至…的三个月"
    ),
    pytest.param(
        "截至八月三十一日止五個月，綜合赤字為1,000億元。", "五個月", id="invented-hk: 截至…止五個月"
    ),
]


@pytest.mark.parametrize(("text", "needle"), PERIOD_NAMED_BY_MONTHS)
def test_months_naming_a_period_are_no_fact(text: str, needle: str) -> None:
    at = text.index(needle)
    facts = facts_of(text, "2024-09-30")
    assert not [f.text for f in facts if f.start < at + len(needle) and at < f.end]


#: words jieba glues that the rules must not take apart: 该项目 (项 is no measure word there), 达产后
#: 年产值 (后 is "after", not the 后 of 后年)
GLUED_WORDS = [
    row(
        "据了解，该项目总投资约12亿元。",
        "12亿元",
        "invented-portal: 该项目总投资",
        subject=("项目总投资", "总投资"),
    ),
    row(
        "这架飞机最大航程5000公里。",
        "5000公里",
        "invented-news: 这架飞机 (the measure word is stripped)",
        subject=("飞机最大航程",),
    ),
    row(
        "项目达产后年产值可达30亿元。",
        "30亿元",
        "invented-investment: 达产后年产值 is no 后年",
        subject=("年产值",),
        time=None,
    ),
]

#: 完成年度预算的52.3%: a completion share names the plan (GUIDE: 完成全年目标的101.2% is reported)
COMPLETION_SHARE = [
    row(
        "上半年，全市一般公共预算收入完成58.6亿元，同比增长4.2%，完成年度预算的52.3%。",
        "52.3%",
        "invented-finance: 完成年度预算的N% (the plan since session 8 wave 2; gold accepts both)",
        subject=("年度预算", "一般公共预算收入", "全市一般公共预算收入"),
    ),
]

#: 约 after a word that ends in a character some lookalike starts with (损失约1.8亿元: 失约 is not there)
LOSS_ABOUT = [
    row("全市直接经济损失约1.8亿元。", "1.8亿元", "invented-disaster: 损失约N", qualifier="approx"),
    row("已预约300人。", "300人", "invented-portal: 预约300人 (a lookalike: no bound)", qualifier="exact"),
]

#: money a verb spends, with no noun between (投入15亿元推动老屋重建), measures what it is spent on
MONEY_PURPOSE = [
    row(
        "113年度市府將投入新臺幣15億元推動老屋重建。",
        "15億元",
        "invented-tw: 投入N元推動X",
        subject=("老屋重建",),
    ),
    row(
        "未來五年將興建約17萬個公營房屋單位，並投放約100億元支持創新科技發展。",
        "100億元",
        "invented-hk: 並投放約N億元支持X (a bound between; 並 goes on with the plan)",
        subject=("創新科技發展",),
        status="planned",
    ),
    row(
        "今年将投入2.3亿元用于农村公路建设。",
        "2.3亿元",
        "invented-portal: 投入N元用于X",
        subject=("农村公路建设",),
    ),
    row(
        "市财政安排资金500万元用于老旧小区改造。",
        "500万元",
        "invented-finance: a noun between the verb and the money keeps it (资金)",
        subject=("市财政安排资金", "资金", "安排资金"),
    ),
]

#: what was done since a plan (计划完成120亿元，截至目前已完成42.6亿元，占年度计划的35.5%) is reported
DONE_SINCE_PLAN = [
    row(
        "今年我市计划完成交通建设投资120亿元，截至目前已完成42.6亿元，占年度计划的35.5%。",
        "35.5%",
        "invented-portal: 占年度计划的N% after 已完成",
        status="reported",
    ),
    row(
        "今年我市计划完成交通建设投资120亿元，截至目前已完成42.6亿元，占年度计划的35.5%。",
        "120亿元",
        "invented-portal: the plan itself",
        status="planned",
    ),
    row(
        "明年计划新建学校10所，新增学位1.2万个。",
        "1.2万个",
        "invented-bulletin: a plan's chain goes on",
        status="planned",
    ),
    row(
        "全市已建成学校10所，并新增学位1.2万个。",
        "1.2万个",
        "invented-bulletin: 并 after what was done",
        status="reported",
    ),
]

#: read at the end of session 6 on the pages that were held out (022, 032): a level after N的 names no
#: thing (维持在5%至5.25%的水平), 本科 is a noun, 当天 is the day last named
SEEN_AT_THE_END = [
    row(
        "美联储决定将联邦基金利率目标区间维持在5%至5.25%的水平不变。",
        "5%至5.25%",
        "corpus-022: 维持在N的水平 (the level names nothing)",
        subject=("联邦基金利率目标区间",),
    ),
    row(
        "力争将城镇调查失业率控制在5.5%左右的水平。",
        "5.5%",
        "invented-portal: 控制在N左右的水平",
        subject=("城镇调查失业率",),
    ),
    row("全县共有32名本科毕业生。", "32名", "corpus-032 style: 32名本科毕业生", subject=("本科毕业生",)),
]


#: 有N人被纳入X, N人被评为X: those a passive puts somewhere are counted by it
PASSIVE_COUNT = [
    row("共有12人被评为先进个人。", "12人", "invented-portal: N人被评为X", subject=("先进个人",)),
    row(
        "全年有1.2万名困难群众被纳入临时救助范围。",
        "1.2万名",
        "invented-bulletin: N名…被纳入X范围",
        subject=("临时救助范围", "临时救助", "困难群众"),
    ),
]

#: a speed in a clause of its own (…速度很快，最高每小时350公里) measures the speed named before it
SPEED_BEFORE = [
    row(
        "台风中心附近最大风速很强，达每秒48米。",
        "每秒48米",
        "invented-weather: 最大风速…，达每秒48米",
        subject=("台风中心附近最大风速", "最大风速", "风速"),
    ),
]

#: 占比过半: the bound is part of the figure, so what stands before 占比 is its subject
OVER_HALF = [
    row(
        "其中机电产品出口占比过半。",
        "过半",
        "invented-customs: X占比过半",
        subject=("机电产品出口", "机电产品出口占比"),
    ),
    row("民营企业进出口值所占比重已超过一半。", "一半", "invented-customs: 所占比重已超过一半", value=50),
]

TABLES = {
    "over-half": OVER_HALF,
    "speed-before": SPEED_BEFORE,
    "passive-count": PASSIVE_COUNT,
    "seen-at-the-end": SEEN_AT_THE_END,
    "done-since-plan": DONE_SINCE_PLAN,
    "money-purpose": MONEY_PURPOSE,
    "loss-about": LOSS_ABOUT,
    "completion-share": COMPLETION_SHARE,
    "glued-words": GLUED_WORDS,
    "rank-in-group": RANK_IN_GROUP,
    "pure-measure": PURE_MEASURE,
    "deadline-act": DEADLINE_ACT,
    "breakdown-opener": BREAKDOWN_OPENER,
    "count-before-measure": COUNT_BEFORE_MEASURE,
    "rise-by-size": RISE_BY_SIZE,
    "share-without-de": SHARE_WITHOUT_DE,
}


@pytest.mark.parametrize(("text", "needle", "expected"), table_rows(TABLES))
def test_unseen_styles(text: str, needle: str, expected: dict[str, Any]) -> None:
    check_fields(fact_at(text, needle, "2024-07-16"), expected)


#: times, each table a construction: (text, needle, publish date, title, the end of the time the fact
#: takes, or None for no time at all)
TIMES: dict[str, list[Any]] = {
    #: 2024年政府工作报告: the year a work report is delivered in, no period of its figures
    "work-report-title": [
        pytest.param(
            "全年全县地区生产总值完成186.4亿元，增长6.1%。",
            "186.4亿元",
            "2024-01-18",
            "2024年政府工作报告",
            "2023-12-31",
            id="invented-report: 全年 in the review, under a 2024年政府工作报告 title published in January",
        ),
        pytest.param(
            "全年实施省市县重点项目126个。",
            "126个",
            "2024-01-18",
            "2024年政府工作报告",
            "2023-12-31",
            id="invented-township: the same in a township's report",
        ),
    ],
    #: a year inside the name of a list something was entered in (纳入2022年…计划的项目) is no time
    #: of the figure; the 截至 that opens the sentence is
    "list-year": [
        pytest.param(
            "截至9月底，全省纳入2023年省重点项目清单的312个项目完成投资1890亿元。",
            "1890亿元",
            "2023-10-20",
            None,
            "2023-09-30",
            id="invented-portal: 纳入2023年…清单的 under 截至9月底",
        ),
        pytest.param(
            "截至3月31日，全市纳入2022年省、市重点建设项目计划的项目共386个。",
            "386个",
            "2023-10-20",
            None,
            "2023-03-31",
            id="invented-projects: 纳入2022年…计划的项目 under 截至3月31日",
        ),
        pytest.param(
            "2023年全市新开工项目218个。",
            "218个",
            "2023-10-20",
            None,
            "2023-12-31",
            id="invented-bulletin: a year that opens the sentence still dates it",
        ),
    ],
    #: a span opening the sentence (自2019年起至2024年4月底，…) dates its every part, across ；, by its end
    "span-opener": [
        pytest.param(
            "自2019年起至2024年4月底，全市累计建成保障房3200套；加上发放租赁补贴1.2万户，共惠及1.5万户家庭。",
            "1.2万户",
            "2024-05-10",
            None,
            "2024-04-30",
            id="invented-portal: after ； in a sentence opened by 自X起至Y",
        ),
        pytest.param(
            "自108年起至113年4月底，本市已興建社會住宅5,642戶；加上包租代管媒合1萬2,430戶。",
            "1萬2,430戶",
            "2024-05-10",
            None,
            "2024-04-30",
            id="invented-tw: 自108年起至113年4月底 (民國 years)",
        ),
    ],
    #: 较八月的1.8%: the level compared with is of the time named before its 的
    "compared-level": [
        pytest.param(
            "9月份全国CPI同比上涨0.4%，较8月的0.6%有所回落。",
            "0.6%",
            "2024-10-16",
            None,
            "2024-08-31",
            id="invented-bulletin: 较8月的N%",
        ),
        pytest.param(
            "9月份全国CPI同比上涨0.4%，较8月的0.6%有所回落。",
            "0.4%",
            "2024-10-16",
            None,
            "2024-09-30",
            id="invented-bulletin: the figure itself",
        ),
    ],
    #: a report about a past year (2023年…统计公报, published 2024) counts its 上年 and 今年 from that year
    "report-year": [
        pytest.param(
            "全年粮食播种面积由上年的42.1万亩增加到42.6万亩。",
            "42.1万",
            "2024-03-28",
            "青溪县2023年国民经济和社会发展统计公报",
            "2022-12-31",
            id="invented-bulletin: 由上年的N",
        ),
        pytest.param(
            "今年，全县完成8家重点污染源的监督性监测。",
            "8家",
            "2024-03-28",
            "青溪县2023年国民经济和社会发展统计公报",
            "2023-12-31",
            id="corpus-006 style: 今年 is the report year",
        ),
        pytest.param(
            "去年全县粮食产量增长3%。",
            "3%",
            "2024-03-28",
            "青溪县2023年国民经济和社会发展统计公报",
            "2023-12-31",
            id="invented-bulletin: 去年 stays the reader's last year",
        ),
    ],
    #: 三年内 is a window of three years, not 年内 (this year)
    "three-years": [
        pytest.param(
            "该市将在三年内新增城市绿地500公顷。",
            "500公顷",
            "2024-08-20",
            None,
            None,
            id="invented-portal: 三年内",
        ),
        pytest.param(
            "年内新增城市绿地500公顷。",
            "500公顷",
            "2024-08-20",
            None,
            "2024-12-31",
            id="invented-portal: 年内 (this year)",
        ),
    ],
    #: a paragraph that opens with an event's day (6月18日，…仪式在…举行。) under a title naming a
    #: period (二季度…): its undated figures are the day's event's, not the title period's
    "event-day": [
        pytest.param(
            "6月18日，全省二季度重大项目集中开工仪式在合肥举行。此次集中开工项目328个，总投资2150亿元。",
            "328个",
            "2023-07-05",
            "二季度全省重大项目建设提速",
            None,
            id="invented-province: 此次集中开工项目328个 under 二季度…",
        ),
        pytest.param(
            "3月29日，全市一季度重大项目集中签约活动在高新区举行。活动现场共签约项目46个。",
            "46个",
            "2023-07-05",
            "二季度全省重大项目建设提速",
            None,
            id="invented-projects: 活动现场共签约项目46个 under 一季度…",
        ),
    ],
    #: corpus-022: 截至当天收盘 is the day the text named last (7月14日), not the publish day
    "that-day": [
        pytest.param(
            "美联储7月14日宣布维持利率不变。截至当天收盘，道琼斯工业平均指数下跌232.79点。",
            "232.79点",
            "2024-07-16",
            None,
            "2024-07-14",
            id="corpus-022: 截至当天收盘 (the day last named)",
        ),
    ],
}


@pytest.mark.parametrize(("text", "needle", "published", "title", "end"), table_rows(TIMES))
def test_time(text: str, needle: str, published: str, title: str | None, end: str | None) -> None:
    got = fact_at(text, needle, published, title=title)
    if end is None:
        assert got.time is None, got.time
    else:
        assert got.time is not None and got.time.end == end, got.time
