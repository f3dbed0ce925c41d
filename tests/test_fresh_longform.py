"""Fresh long-form pages: the constructions the engine got wrong on its first look at them.

Dev gold 006 (a county statistical communiqué for 2015, published 2017; first 40 facts) and 033
(a long white paper, 《中国式现代化发展之路》全文, 2024; first 60 facts) were annotated by hand before
the engine was run on them. Every error of that first look is a table below, one table per
construction, biggest class first. Each row: a text, a needle inside the figure (``"5%@2"`` is the
second ``5%``), the publish date, and the fields expected of the one fact over the needle:
``subject`` is a list of accepted subjects judged by the gold scorer's rule, ``time_end`` is the
end of the fact's time (a tuple: one of), other fields as in :func:`factcase.check_fields`. A row
that fails today is a strict xfail naming the construction. Ids name the source: ``corpus-NNN``
(the sentence as the page writes it, shortened where that keeps the construction) or
``invented-<kind of site>`` (written here in the style of another kind of page).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from factcase import check_fields, fact_at, known_miss, subject_ok, table_rows
from gov_facts.page.reader import read_article
from gov_facts.read.decode import decode_bytes
from gov_facts.rules.patterns import Patterns

PUB_033 = "2024-05-05"
PUB_006 = "2017-05-15"


def case(text: str, needle: str, row_id: str, /, pub: str = PUB_033, marks: Any = (), **expected: Any) -> Any:
    """One row: the text, a needle inside the figure, the publish date and the fields expected."""
    return pytest.param(text, needle, pub, expected, id=row_id, marks=marks)


# ---------------------------------------------------------------- subjects (10 of the 100 gold facts)

#: 按/以 … 汇率折算(计算) says how a figure was converted, not what it measures: the subject is the
#: sentence's topic before it, and it stays so for the clauses that follow
CONVERSION_PHRASE = [
    case(
        "2023年，中国人均国内生产总值89358元，比上年增长5.4%，按年平均汇率折算达1.27万美元，"
        "连续3年保持在1.2万美元以上。",
        "1.27万美元",
        "corpus-033: 按年平均汇率折算达1.27万美元 takes 平均汇率",
        subject=["人均国内生产总值"],
    ),
    case(
        "2023年，中国人均国内生产总值89358元，比上年增长5.4%，按年平均汇率折算达1.27万美元，"
        "连续3年保持在1.2万美元以上。",
        "连续3年",
        "corpus-033: the clause after the conversion keeps 平均汇率",
        subject=["人均国内生产总值"],
    ),
    case(
        "2023年，中国人均国内生产总值89358元，比上年增长5.4%，按年平均汇率折算达1.27万美元，"
        "连续3年保持在1.2万美元以上。",
        "1.2万美元",
        "corpus-033: 保持在1.2万美元以上 after the conversion keeps 平均汇率",
        subject=["人均国内生产总值"],
        qualifier="at_least",
    ),
    case(
        "2023年，中国人均国内生产总值89358元，比上年增长5.4%，按年平均汇率折算达1.27万美元。",
        "5.4%",
        "corpus-033: the growth before the conversion keeps the topic",
        subject=["人均国内生产总值"],
        change="increase",
        time_end="2023-12-31",
    ),
    case(
        "全市居民人均可支配收入5.2万元，按现行汇率折算约7200美元。",
        "7200美元",
        "invented-bulletin: 按现行汇率折算约7200美元",
        subject=["居民人均可支配收入", "人均可支配收入"],
        qualifier="approx",
    ),
    case(
        "本港人均本地生产总值达40万港元，以当年汇率计算约5.1万美元。",
        "5.1万美元",
        "invented-hk: 以当年汇率计算约5.1万美元",
        subject=["人均本地生产总值", "本港人均本地生产总值"],
    ),
    case(
        "全市规模以上工业增加值按可比价格计算增长5.2%。",
        "5.2%",
        "invented-stats-release: X按可比价格计算增长 takes X, not 可比价格 (issue 15)",
        subject=["工业增加值", "规模以上工业增加值"],
        change="increase",
    ),
    case(
        "一季度，全市地区生产总值856亿元，按可比价格计算，同比增长5.1%。",
        "5.1%",
        "invented-stats-release: a clause 按可比价格计算 of its own keeps the amount's subject",
        subject=["地区生产总值"],
    ),
]

REN_MISS = known_miss("number + 人民: 人 is read as the measure word, the subject is the rest of the noun")

#: a count in 人 right before a noun that starts with 人 (人民, 人民群众): the 人 is the noun's, the
#: figure counts the 人民 and the subject is not the rest of the noun (民生活水平)
REN_NOUN = [
    case(
        "在经济持续发展、14亿多人民生活水平持续提高、实现全面小康的同时，执政地位更加巩固。",
        "14亿多",
        "corpus-033: 14亿多人民生活水平 takes 民生活水平",
        subject=["人民"],
        value=1400000000,
        qualifier="at_least",
    ),
    case(
        "中国人口规模巨大，是一个拥有14亿多人口的发展中国家。",
        "14亿多",
        "corpus-033: 14亿多人口 (人口 whole) is read right",
        subject=["人口"],
        value=1400000000,
        qualifier="at_least",
    ),
    case(
        "全县60万人民群众共享发展成果。",
        "60万",
        "invented-portal: 60万人民群众",
        subject=["人民群众", "人民"],
        value=600000,
    ),
    case(
        "本港750万人民的福祉始终是施政重点。",
        "750万",
        "invented-hk: 750万人民的福祉 takes 民",
        subject=["人民"],
        value=7500000,
    ),
]

#: clauses in a row, each with its own topic and a rank (A稳居…第一大X，…，B成为…第一大Y): each rank
#: is its own clause's topic's, not the first clause's
RANK_CLAUSES = [
    case(
        "服务业稳居国民经济第一大产业，绿色成为经济发展鲜亮底色，消费成为拉动经济第一大引擎。",
        "第一大@1",
        "corpus-033: the first rank takes its clause's topic 服务业",
        subject=["服务业"],
        kind="rank",
        value=1,
    ),
    case(
        "服务业稳居国民经济第一大产业，绿色成为经济发展鲜亮底色，消费成为拉动经济第一大引擎。",
        "第一大@2",
        "corpus-033: 消费成为拉动经济第一大引擎 takes the first clause's 服务业",
        subject=["消费"],
    ),
    case(
        "工业稳居全市第一大产业，旅游业成为拉动增长第二大动力。",
        "第二大",
        "invented-portal: 旅游业成为…第二大动力 takes 工业",
        subject=["旅游业"],
    ),
]

#: 连续N年 + verb + object: 连续 is an adverb, never the subject; the duration is the object's
#: (连续6年保持暴恐案事件“零发生”) or the sentence topic's
CONSECUTIVE_YEARS = [
    case(
        "深化反恐怖反分裂斗争，连续6年保持暴恐案事件“零发生”。",
        "6年",
        "corpus-033: 连续6年保持… takes 连续",
        subject=["暴恐案事件“零发生”", "零发生", "暴恐案事件"],
        kind="duration",
    ),
    case(
        "全市连续8年保持安全生产事故“零死亡”。",
        "8年",
        "invented-bulletin: 全市连续8年保持… (a place before 连续) is read right",
        subject=["安全生产事故“零死亡”", "零死亡", "安全生产事故"],
        kind="duration",
    ),
    case(
        "该校连续5年获评全省教育系统先进集体。",
        "5年",
        "invented-portal: 该校连续5年获评… takes 连续",
        subject=["该校", "学校", "先进集体"],
    ),
]

#: A与B之比达N%: the figure is the ratio (之比) or A, never the cut 比达 nor B alone
RATIO_OF = [
    case(
        "全社会研究与试验发展（R&D）经费支出3.3万亿元，与GDP之比达2.64%。",
        "2.64%",
        "corpus-033: 与GDP之比达2.64% takes 比达",
        subject=["与GDP之比", "R&D经费支出", "经费支出"],
        change=(None, "to"),
    ),
    case(
        "全市R&D经费投入与地区生产总值之比为2.8%。",
        "2.8%",
        "invented-bulletin: A与B之比为2.8% takes B (地区生产总值)",
        subject=["R&D经费投入", "经费投入", "投入强度"],
    ),
]

#: a share before the noun it quantifies (超六成受访欧盟企业认为…): the subject is the noun after it
SHARE_BEFORE_NOUN = [
    case(
        "中国欧盟商会调查则显示，超六成受访欧盟企业认为中国是其前三大投资目的地之一。",
        "六成",
        "corpus-033: 超六成受访欧盟企业 has no subject",
        subject=["受访欧盟企业", "欧盟企业"],
        value=60,
        qualifier="more_than",
    ),
    case(
        "近七成受访市民对政务服务表示满意。",
        "七成",
        "invented-city-news: 近七成受访市民",
        subject=["受访市民", "市民"],
        qualifier="approx",
    ),
    case(
        "逾三成受访港人支持方案。",
        "三成",
        "invented-hk: 逾三成受访港人",
        subject=["受访港人", "港人"],
        qualifier="more_than",
    ),
]

#: X由<period>的A到/提高到B: the period and 的 between 由 and the figure lose X (or take a fragment)
FROM_PERIOD_OF = [
    case(
        "到2021年底，全国城市社区综合服务设施覆盖率由“十三五”末的82%到实现全覆盖，"
        "农村社区综合服务设施覆盖率由31.8%上升到84.6%。",
        "82%",
        "corpus-033: 覆盖率由“十三五”末的82% has no subject",
        subject=["城市社区综合服务设施覆盖率", "覆盖率"],
        time_end=("2020-12-31", None),
    ),
    case(
        "到2021年底，全国城市社区综合服务设施覆盖率由“十三五”末的82%到实现全覆盖，"
        "农村社区综合服务设施覆盖率由31.8%上升到84.6%。",
        "31.8%",
        "corpus-033: 由31.8% (no period) keeps its subject",
        subject=["农村社区综合服务设施覆盖率", "覆盖率"],
    ),
    case(
        "全市森林覆盖率由“十二五”末的60.5%提高到65.2%。",
        "60.5%",
        "invented-bulletin: 森林覆盖率由“十二五”末的60.5%",
        subject=["森林覆盖率"],
        time_end="2015-12-31",
    ),
    case(
        "全市森林覆盖率由“十二五”末的60.5%提高到65.2%。",
        "65.2%",
        "invented-bulletin: …提高到65.2% after 由<period>的A",
        subject=["森林覆盖率"],
        change="to",
    ),
    case(
        "截至2023年末，全市森林覆盖率由60.5%提高到65.2%。",
        "60.5%",
        "invented-bulletin: 由60.5% without a period is read right",
        subject=["森林覆盖率"],
    ),
    case(
        "截至2023年底，本港家居宽频普及率由2020年的93%到全面覆盖，流动宽频普及率由85.1%上升到92.4%。",
        "93%",
        "invented-hk: 普及率由2020年的93%到全面覆盖 takes the fragment 到全面",
        marks=known_miss("X由<period>的A到…: the subject is a fragment after the figure"),
        subject=["家居宽频普及率", "宽频普及率"],
        time_end="2020-12-31",
    ),
]

#: a threshold inside a relative clause (财政收入超亿元的乡镇): the amount measures 财政收入, not the
#: head noun 乡镇. (Not in the gold of 006: the annotator left the numeral-less 超亿元 out; see report.)
THRESHOLD_IN_RELATIVE = [
    case(
        "全县有11乡镇（街道）财政收入超过五千万元，其中财政收入超亿元的乡镇达6个。",
        "亿元",
        "corpus-006: 财政收入超亿元的乡镇 reads 1亿元, more than",
        pub=PUB_006,
        value=100000000,
        unit="元",
        qualifier="more_than",
    ),
    case(
        "全县有11乡镇（街道）财政收入超过五千万元，其中财政收入超亿元的乡镇达6个。",
        "亿元",
        "corpus-006: 财政收入超亿元的乡镇 takes the head noun 乡镇",
        pub=PUB_006,
        subject=["财政收入"],
    ),
    case(
        "年营业收入超千万元的企业达120家。",
        "千万元",
        "invented-bulletin: 年营业收入超千万元的企业",
        subject=["年营业收入", "营业收入"],
    ),
]

# ---------------------------------------------------------------- missed facts (6 of 100)

#: a rank 第N followed by 的 (跃居世界第二的历史性突破, 居全国第五的位置) is read, as 第N，/第N位 are
RANK_BEFORE_DE = [
    case(
        "这一时期，中国实现了从生产力相对落后到经济总量跃居世界第二的历史性突破。",
        "第二",
        "corpus-033: 跃居世界第二的",
        kind="rank",
        value=2,
        subject=["经济总量"],
    ),
    case(
        "全市地区生产总值跃居全省第三，增速居全省第一。",
        "第三",
        "invented-portal: 跃居全省第三， is read",
        kind="rank",
        value=3,
        subject=["地区生产总值"],
    ),
    case(
        "该省经济总量居全国第五的位置。",
        "第五",
        "invented-portal: 居全国第五的位置",
        kind="rank",
        value=5,
    ),
    case(
        "本港的全球竞争力排名位列全球第五的水平。",
        "第五",
        "invented-hk: 位列全球第五的水平",
        kind="rank",
        value=5,
    ),
]

#: a rank limit 前N大 / N强 (前三大投资目的地, 百强科技创新集群, 百强县) is read, as N大 alone is
RANK_LIMIT = [
    case(
        "超六成受访欧盟企业认为中国是其前三大投资目的地之一。",
        "三",
        "corpus-033: 前三大投资目的地之一",
        value=3,
        kind=("rank", "count"),
    ),
    case(
        "企业创新主体地位进一步强化，拥有的全球百强科技创新集群数量已跃居世界第一。",
        "百",
        "corpus-033: 全球百强科技创新集群",
        value=100,
        kind=("rank", "count"),
    ),
    case(
        "连续两年成为全球优化营商环境改善幅度最大的十大经济体之一。",
        "十大",
        "corpus-033: 十大经济体之一 is read",
        value=10,
        subject=["经济体"],
    ),
    case(
        "本港是全球十大贸易经济体之一，亦是全球前五大金融中心之一。",
        "五",
        "invented-hk: 前五大金融中心之一",
        value=5,
    ),
    case(
        "全市已有12家世界500强企业落户。",
        "500",
        "invented-city-news: 世界500强企业",
        value=500,
        kind="rank",
    ),
    case(
        "该县连续三年入选全国县域经济百强县。",
        "百",
        "invented-portal: 入选全国百强县",
        value=100,
    ),
]

#: a count of years in Chinese numerals after 连续 or as a predicate (连续两年, 工期三年) is read, as
#: Arabic digits (连续3年) and 历时三年/经过十年 are
CHINESE_NUMERAL_YEARS = [
    case(
        "连续两年成为全球优化营商环境改善幅度最大的十大经济体之一。",
        "两年",
        "corpus-033: 连续两年成为",
        value=2,
        unit="年",
        kind="duration",
    ),
    case(
        "该校连续五年获评全省教育系统先进集体。",
        "五年",
        "invented-portal: 连续五年获评",
        value=5,
        unit="年",
    ),
    case(
        "该工程合同工期三年。",
        "三年",
        "invented-procurement: 工期三年",
        value=3,
        unit="年",
    ),
    case(
        "该写字楼租期两年。",
        "两年",
        "invented-hk: 租期两年",
        value=2,
        unit="年",
        kind="duration",
    ),
    case(
        "项目历时三年建成。",
        "三年",
        "invented-city-news: 历时三年 is read",
        value=3,
        unit="年",
        kind="duration",
    ),
    case(
        "经过8年持续奋斗，中国如期完成了新时代脱贫攻坚目标任务。",
        "8年",
        "corpus-033: 经过8年持续奋斗 is read",
        value=8,
        kind="duration",
    ),
]

#: seats: 席 is a measure word (占据三席, 取得12席); N个议席 is read
SEATS = [
    case(
        "中国是前30名中唯一的中等收入经济体，排名第十二位，在全球五大科技集群中占据三席。",
        "三席",
        "corpus-033: 占据三席",
        value=3,
        unit="席",
        kind="count",
    ),
    case(
        "本届立法会选举中，该党取得12席，较上届增加三席。",
        "12席",
        "invented-hk: 取得12席",
        value=12,
        unit="席",
    ),
    case(
        "该党在立法会中取得三个议席。",
        "三个",
        "invented-hk: 三个议席 is read",
        value=3,
        subject=["议席"],
    ),
]

#: a bare number right before a noun bulletins count without a measure word (11乡镇, 12街道办事处),
#: after a verb of having or in a list
BARE_NUMBER_BEFORE_NOUN = [
    case(
        "全县有11乡镇（街道）财政收入超过五千万元，其中财政收入超亿元的乡镇达6个。",
        "11",
        "corpus-006: 全县有11乡镇（街道）",
        pub=PUB_006,
        value=11,
        subject=["乡镇", "乡镇（街道）"],
    ),
    case(
        "全市共有12街道办事处、85社区居委会。",
        "85",
        "invented-city-news: 85社区居委会",
        value=85,
    ),
    case(
        "该区下辖5街道、3乡镇。",
        "3",
        "invented-portal: 下辖5街道、3乡镇",
        value=3,
        kind="count",
        subject=["乡镇"],
    ),
    case(
        "实现了中国现行标准下9899万农村贫困人口全部脱贫。",
        "9899万",
        "corpus-033: 9899万农村贫困人口 (with 万) is read",
        value=98990000,
        subject=["农村贫困人口", "贫困人口"],
    ),
]

# ---------------------------------------------------------------- times (4 of 100)

#: Y1年至Y2年 (or Y年以来), X从A到B: A is the level at the start (Y1, Y), B at the end; A takes the
#: end (Y2, or the publish date for 以来)
FROM_VALUE_TIME = [
    case(
        "2012年至2021年，中国经济总量占世界经济比重从11.4%提升到18%以上。",
        "11.4%",
        "corpus-033: 2012年至2021年…从11.4% takes 2021",
        time_end="2012-12-31",
    ),
    case(
        "2012年至2021年，中国经济总量占世界经济比重从11.4%提升到18%以上。",
        "18%",
        "corpus-033: the to-value 18% takes 2021",
        time_end="2021-12-31",
        qualifier="at_least",
    ),
    case(
        "1949年以来，中国人均预期寿命从不足35岁增长到78.2岁，人民受教育程度从文盲率高达80%到减少至2.67%。",
        "35岁",
        "corpus-033: 1949年以来…从不足35岁 takes the publish date",
        time_end=("1949-12-31", None),
        qualifier="less_than",
    ),
    case(
        "1949年以来，中国人均预期寿命从不足35岁增长到78.2岁，人民受教育程度从文盲率高达80%到减少至2.67%。",
        "80%",
        "corpus-033: 1949年以来…文盲率高达80% takes the publish date",
        time_end=("1949-12-31", None),
    ),
    case(
        "2018年至2023年，全市城镇化率从52.1%提高到61.3%。",
        "52.1%",
        "invented-bulletin: 2018年至2023年…从52.1%",
        time_end="2018-12-31",
    ),
    case(
        "2019年至2023年，本港人均寿命由84.9岁升至85.5岁。",
        "84.9岁",
        "invented-hk: 2019年至2023年…由84.9岁",
        time_end="2019-12-31",
    ),
    case(
        "2019年至2023年，本港人均寿命由84.9岁升至85.5岁。",
        "85.5岁",
        "invented-hk: the to-value 85.5岁 takes 2023",
        time_end="2023-12-31",
        change="to",
    ),
    case(
        "1978年以来，全省城镇化率从17.9%提高到66.2%。",
        "17.9%",
        "invented-portal: 1978年以来…从17.9%",
        time_end=("1978-12-31", None),
    ),
    case(
        "国内生产总值（GDP）从2012年的53.9万亿元增长到2023年的126万亿元。",
        "53.9万亿元",
        "corpus-033: 从2012年的53.9万亿元 (the year on the figure) is read",
        time_end="2012-12-31",
    ),
]

#: 到Y年底，X由<period>的A到…，Z由B上升到C: C is at the sentence's 到Y年底; it takes the earlier
#: clause's period (上升到 is read as a rise, not as the new level that ends the span)
RISE_TO_AFTER_PERIOD = [
    case(
        "到2021年底，全国城市社区综合服务设施覆盖率由“十三五”末的82%到实现全覆盖，"
        "农村社区综合服务设施覆盖率由31.8%上升到84.6%。",
        "84.6%",
        "corpus-033: 由31.8%上升到84.6% takes “十三五”末",
        time_end="2021-12-31",
        change=("to", "increase"),
    ),
    case(
        "到2021年底，全国城市社区综合服务设施覆盖率由“十三五”末的82%到实现全覆盖，"
        "农村社区综合服务设施覆盖率由31.8%提高到84.6%。",
        "84.6%",
        "corpus-033 (提高到 for 上升到): takes the opener's 2021",
        time_end="2021-12-31",
        change="to",
    ),
    case(
        "截至2023年底，本港家居宽频普及率由2020年的93%到全面覆盖，流动宽频普及率由85.1%上升到92.4%。",
        "92.4%",
        "invented-hk: 由85.1%上升到92.4% takes 2020",
        time_end="2023-12-31",
    ),
    case(
        "到2023年底，全市城市燃气普及率由“十三五”末的95%到实现全覆盖，农村燃气普及率由40.2%上升到61.5%。",
        "61.5%",
        "invented-bulletin: 由40.2%上升到61.5% takes “十三五”末",
        time_end="2023-12-31",
    ),
    case(
        "到2023年底，农村燃气普及率由40.2%上升到61.5%。",
        "61.5%",
        "invented-bulletin: 由A上升到C alone takes the opener",
        time_end="2023-12-31",
    ),
]

# ---------------------------------------------------------------- changes (2 of 100, both also subjects)

#: 跃升(了)N位: a rank that rose by N places is a rise (as 上升5位 is), of the ranking
RANK_JUMP = [
    case(
        "中国在世界银行《营商环境报告》中的排名从2018年的第78位升至2020年的第31位，跃升了近50位。",
        "50位",
        "corpus-033: 跃升了近50位 has no change",
        change="increase",
        qualifier="approx",
    ),
    case(
        "中国在世界银行《营商环境报告》中的排名从2018年的第78位升至2020年的第31位，跃升了近50位。",
        "第31位",
        "corpus-033: 升至…第31位 is a new level",
        change="to",
        time_end="2020-12-31",
    ),
    case(
        "该市在全省营商环境评价中的排名跃升12位。",
        "12位",
        "invented-portal: 排名跃升12位 (subject 跃升, no change)",
        change="increase",
        subject=["排名", "营商环境评价中的排名"],
    ),
    case(
        "该市在全省排名上升5位。",
        "5位",
        "invented-portal: 排名上升5位 is a rise",
        change="increase",
    ),
]

#: 拉动 (drives) in a rank phrase (拉动经济第一大引擎) is not a rise of the rank
DRIVE_IS_NO_RISE = [
    case(
        "服务业稳居国民经济第一大产业，绿色成为经济发展鲜亮底色，消费成为拉动经济第一大引擎。",
        "第一大@2",
        "corpus-033: 拉动经济第一大引擎 reads increase",
        change=(None, "to"),
    ),
    case(
        "工业稳居全市第一大产业，旅游业成为拉动增长第二大动力。",
        "第二大",
        "invented-portal: 拉动增长第二大动力 reads increase",
        change=(None, "to"),
    ),
]

TABLES = {
    "conversion": CONVERSION_PHRASE,
    "ren-noun": REN_NOUN,
    "rank-clauses": RANK_CLAUSES,
    "consecutive": CONSECUTIVE_YEARS,
    "ratio-of": RATIO_OF,
    "share-before-noun": SHARE_BEFORE_NOUN,
    "from-period-of": FROM_PERIOD_OF,
    "threshold-in-relative": THRESHOLD_IN_RELATIVE,
    "rank-before-de": RANK_BEFORE_DE,
    "rank-limit": RANK_LIMIT,
    "chinese-numeral-years": CHINESE_NUMERAL_YEARS,
    "seats": SEATS,
    "bare-number-noun": BARE_NUMBER_BEFORE_NOUN,
    "from-value-time": FROM_VALUE_TIME,
    "rise-to-after-period": RISE_TO_AFTER_PERIOD,
    "rank-jump": RANK_JUMP,
    "drive-no-rise": DRIVE_IS_NO_RISE,
}
ROWS = table_rows(TABLES)


@pytest.mark.parametrize(("text", "needle", "pub", "expected"), ROWS)
def test_fact(text: str, needle: str, pub: str, expected: dict[str, Any]) -> None:
    fact = fact_at(text, needle, pub)
    rest = dict(expected)
    if "subject" in rest:
        accept = rest.pop("subject")
        assert subject_ok(fact.subject, accept), ("subject", fact.subject)
    if "time_end" in rest:
        want = rest.pop("time_end")
        got = fact.time.end if fact.time else None
        assert got in (want if isinstance(want, tuple) else (want,)), ("time_end", got)
    check_fields(fact, rest)


# ---------------------------------------------------------------- body (1 of 29 body checks)

P1 = "18世纪中期，“珍妮纺纱机”拉开了工业革命的大幕，西方国家从此开启了现代化进程。"


def _report(inside: str) -> str:
    return (
        "<html><head><meta charset='utf-8'><title>某某发展报告全文_重点推荐</title></head><body>"
        "<div class='nav'><a href='/'>首页</a><a href='/x'>重点推荐</a></div>"
        "<h1>某某发展报告全文</h1><div class='info'>发布时间：2024年05月05日 | 字体放大</div>"
        f"<div class='TRS_Editor'>{inside}<p>{P1}</p></div></body></html>"
    )


#: a document's own first headings (目 录, 导 言, 前言, 摘 要) stand at the top of the body; only a
#: one-word label above an article (正文, 图集) is not the article's
LEADING_HEADINGS = [
    pytest.param(
        "<p>目 录：</p><p>导 言</p><p>第一章 中国式现代化的发展历程</p><p>导 言</p>",
        "目 录：",
        id="corpus-033: 目 录： and the first 导 言 of a contents list are kept",
    ),
    pytest.param(
        "<p>前言</p>",
        "前言",
        id="invented-report: 前言 above the first paragraph is kept",
    ),
    pytest.param(
        "<p>摘 要</p>",
        "摘 要",
        id="invented-research: 摘 要 above the first paragraph is kept",
    ),
    pytest.param(
        "<p>一、总则</p>",
        "一、总则",
        id="invented-regulation: 一、总则 (numbered) is kept",
    ),
    pytest.param("<p>引 言</p>", "引 言", id="invented-research: 引 言 is kept"),
    pytest.param("<p>緒論</p>", "緒論", id="invented-tw-thesis: 緒論 is kept"),
    pytest.param("<p>序</p>", "序", id="invented-yearbook: 序 is kept"),
    pytest.param("<p>图集</p>", P1, id="invented-portal: 图集, a label of the page, is still dropped"),
]


@pytest.mark.parametrize(("inside", "first"), LEADING_HEADINGS)
def test_leading_heading_is_body(page_patterns: Patterns, inside: str, first: str) -> None:
    page = read_article(_report(inside), page_patterns)
    assert page.paragraphs[0] == first, page.paragraphs[:3]


def test_a_one_word_label_is_no_body(page_patterns: Patterns) -> None:
    """正文 above the article is a label of the page, not a heading of the article."""
    page = read_article(_report("<p>正文</p>"), page_patterns)
    assert page.paragraphs[0] == P1


def test_corpus_033_body_starts_with_its_contents(shared_dir: Path, page_patterns: Patterns) -> None:
    decoded = decode_bytes((shared_dir / "corpus" / "pages" / "033.html").read_bytes())
    page = read_article(decoded.text, page_patterns)
    assert page.paragraphs[:2] == ["目 录：", "导 言"], page.paragraphs[:2]
