"""Session 7, the noun phrase itself: where a subject starts and ends when jieba tags a word of it
otherwise than it is used (a verb tagged a conjunction, a noun tagged a verb or an idiom, a one-
character head cut from what it is of), and which noun a measure word's count takes.

The errors come from the invented pages that moved in-sample at this session's start
(``tests/data/invented``: tw-moea-export-orders, hrss-quarterly, holiday-travel, hk-hospital,
hk-housing, mo-ias, mo-gcs, provincial-economy); each table is one construction, with rows in
the styles of other kinds of site (``written-<kind of site>``) and from the corpus (``corpus-NNN``).
Rows that still fail are strict xfails whose reason names the construction.
"""

from __future__ import annotations

import pytest

from factcase import fact_at, known_miss, subject_ok

PUBLISHED = "2025-06-20"


def _row(text: str, needle: str, accept: list[str], row_id: str, marks: object = ()) -> object:
    return pytest.param(text, needle, accept, id=row_id, marks=marks)


def _check(text: str, needle: str, accept: list[str]) -> None:
    fact = fact_at(text, needle, PUBLISHED)
    assert subject_ok(fact.subject, accept), fact.subject


# ------------------------------------------------ a verb jieba's dictionary tags a conjunction or
# preposition, between a noun phrase and its figure (接单 c): it is the predicate, the noun before
# it the subject (words_before.WordsBefore._function_word_as_verb)

FUNCTION_WORD_AS_VERB = [
    _row(
        "二、按貨品別觀察，5月資訊通信產品接單207.4億美元，年增36.7％。",
        "207.4",
        ["資訊通信產品", "資訊通信產品接單"],
        "invented-tw-moea: 資訊通信產品接單207.4億美元",
    ),
    _row(
        "二、按貨品別觀察，5月資訊通信產品接單207.4億美元，年增36.7％。",
        "36.7",
        ["資訊通信產品", "資訊通信產品接單"],
        "invented-tw-moea: 年增36.7％ carries the noun before 接單",
    ),
    _row(
        "光學器材接單13.6億美元，年減8.9％；基本金屬及其製品接單14.2億美元，年減2.4％。",
        "14.2",
        ["基本金屬及其製品", "基本金屬及其製品接單"],
        "invented-tw-moea: 基本金屬及其製品接單 (及其 inside the noun)",
    ),
    _row(
        "三、按接單地區觀察，5月自美國接單186.8億美元，年增29.2％。",
        "186.8",
        ["美國", "自美國接單"],
        "invented-tw-moea: 自美國接單186.8億美元",
    ),
    _row(
        "一季度，全市外贸企业接单1200亿元，同比增长8%。",
        "1200",
        ["外贸企业", "外贸企业接单"],
        "written-finance-news: 外贸企业接单1200亿元 (simplified)",
    ),
    _row(
        "经批准，某资产管理公司接管不良资产300亿元。",
        "300",
        ["不良资产"],
        "written-finance-news: 接管 (jieba's c) before an object",
    ),
    _row(
        "全县农产品及其加工品销售额达5.6亿元，同比增长12%。",
        "5.6",
        ["农产品及其加工品销售额", "销售额"],
        "written-county-news: 农产品及其加工品销售额",
    ),
    _row(
        "全年海外訂單中，機械及其零組件接單32.1億美元，年減3.2％。",
        "32.1",
        ["機械及其零組件", "零組件"],
        "written-tw-stats: 機械及其零組件接單 (jieba tags 零组件 a numeral)",
    ),
]


@pytest.mark.parametrize(("text", "needle", "accept"), FUNCTION_WORD_AS_VERB)
def test_function_word_as_verb(text: str, needle: str, accept: list[str]) -> None:
    _check(text, needle, accept)


# ------------------------------------------------ a one-character head of a measure (面, 数) names
# nothing alone: the word before it joins it however jieba tags it (增长/v, 月/m), and a light verb
# jieba glues to it (面为, 面达) is split off

LONE_HEAD = [
    _row(
        "在41个工业大类行业中，有29个行业增加值实现增长，增长面达70.7%。",
        "70.7",
        ["增长面"],
        "invented-provincial-economy: 增长面达70.7%",
    ),
    _row(
        "在监测的7种主要工业产品中，有3种实现增长，增长面达到42.8%。",
        "42.8",
        ["增长面"],
        "corpus-007: 增长面达到42.8%",
    ),
    _row(
        "截至6月末累计结余178.3亿元，可支付月数为13.5个月。",
        "13.5",
        ["可支付月数", "月数"],
        "invented-hrss: 可支付月数为13.5个月",
    ),
    _row(
        "全市城乡居民医保基金可支付月数达21.4个月。",
        "21.4",
        ["医保基金可支付月数", "可支付月数", "城乡居民医保基金可支付月数"],
        "written-medical-insurance: 医保基金可支付月数达",
    ),
    _row(
        "前三季度全省重点监测的工业产品中，产量下降面为30.2%。",
        "30.2",
        ["下降面", "产量下降面"],
        "written-statistics-bulletin: 下降面为 (jieba: 面为)",
    ),
    _row(
        "全市规上工业企业亏损面为12.3%，较上月收窄1.2个百分点。",
        "12.3",
        ["亏损面", "规上工业企业亏损面"],
        "written-provincial-portal: 亏损面为",
    ),
    _row(
        "計劃推行後，全區長者受惠面達九成。",
        "九成",
        ["受惠面", "長者受惠面"],
        "written-hk-press-release: 受惠面達九成",
    ),
]


LONE_HEAD += [
    _row(
        "今年以来，全市“专精特新”企业合计营收达320亿元。",
        "320",
        ["“专精特新”企业营收", "营收", "企业营收"],
        "written-city-economy: 营收达 (jieba: 营/收达): the light verb glued to a noun's last character",
    ),
    _row(
        "全省规上服务业企业营收达1.2万亿元。",
        "1.2",
        ["规上服务业企业营收", "服务业企业营收", "营收"],
        "written-provincial-portal: 企业营收达1.2万亿元",
    ),
    _row(
        "該景區今年被評為國家5A級旅遊景區，全年接待遊客達320萬人次。",
        "320",
        ["遊客", "接待遊客"],
        "written-tw-tourism: a verb ending in 為 (評為) is left whole",
    ),
]


@pytest.mark.parametrize(("text", "needle", "accept"), LONE_HEAD)
def test_lone_head(text: str, needle: str, accept: list[str]) -> None:
    _check(text, needle, accept)


# ------------------------------------------------ a word that only modifies (jieba's b: 超额,
# 额外) ends no noun phrase: before the verb it is that verb's noun (超額認購); after a measure
# word it is dropped with what follows it (醫院聯網額外開設…)

MODIFIER_ONLY = [
    _row(
        "截至申請截止日共接獲約十四萬份申請，超額認購約19倍。",
        "19",
        ["超額認購"],
        "invented-hk-housing: 超額認購約19倍",
    ),
    _row(
        "本期国债发行顺利，超额认购2.5倍。",
        "2.5",
        ["超额认购"],
        "written-finance-news: 超额认购2.5倍",
    ),
    _row(
        "醫管局今個冬季的應變措施涉及額外撥款約6.1億港元。",
        "6.1",
        ["額外撥款", "撥款"],
        "invented-hk-hospital: 涉及額外撥款約6.1億港元",
    ),
    _row(
        "醫管局已於七個醫院聯網額外開設合共約350張臨時病床。",
        "七個",
        ["醫院聯網", "聯網"],
        "invented-hk-hospital: 七個醫院聯網額外開設 (the phrase stops at the verb)",
    ),
    _row(
        "運輸署將在五個分區額外增設合共120個咪錶車位。",
        "五個",
        ["分區"],
        "written-hk-transport: 五個分區額外增設",
    ),
]


MODIFIER_ONLY += [
    _row(
        "十月份，零售業總銷貨價值臨時估計上升1.8%，而銷貨數量則上升0.5%。",
        "1.8",
        ["零售業總銷貨價值", "總銷貨價值"],
        "invented-hk-censtatd: 總銷貨價值臨時|估計上升 (估計 cut as a bound, 臨時 left)",
    ),
    _row(
        "第三季本地生產總值臨時估計按年上升3.1%。",
        "3.1",
        ["本地生產總值"],
        "written-macau-dsec: 本地生產總值臨時估計按年上升",
    ),
    _row(
        "本季度旅客總消費臨時估計上升4.2%。",
        "4.2",
        ["旅客總消費", "總消費"],
        "written-hk-tourism: 旅客總消費臨時估計上升",
    ),
]


@pytest.mark.parametrize(("text", "needle", "accept"), MODIFIER_ONLY)
def test_modifier_only(text: str, needle: str, accept: list[str]) -> None:
    _check(text, needle, accept)


# ------------------------------------------------ a verb inside the noun of a measure: after an
# adjective (平均逗留时间), or with an adjective saying the noun's state (就业困难人员)

VERB_IN_MEASURE = [
    _row(
        "十二月入境旅客為3,062,714人次，按年上升8.3%；旅客平均逗留時間為1.2日。",
        "1.2",
        ["平均逗留時間", "旅客平均逗留時間", "逗留時間"],
        "invented-mo-gcs: 旅客平均逗留時間為1.2日",
    ),
    _row(
        "全市政务服务事项平均办理时间压缩至2.1个工作日。",
        "2.1",
        ["平均办理时间", "政务服务事项平均办理时间"],
        "written-provincial-portal: 平均办理时间压缩至",
    ),
    _row(
        "全市居民平均通勤时间为38分钟。",
        "38",
        ["平均通勤时间", "居民平均通勤时间"],
        "written-city-survey: 平均通勤时间为38分钟",
    ),
    _row(
        "失业人员再就业6842人，就业困难人员实现就业1935人，零就业家庭保持动态清零。",
        "1935",
        ["就业困难人员", "就业困难人员实现就业"],
        "invented-hrss: 就业困难人员实现就业1935人",
    ),
    _row(
        "全年帮扶就业困难人员就业1200人。",
        "1200",
        ["就业困难人员", "就业困难人员就业"],
        "written-county-hrss: 帮扶就业困难人员就业1200人",
    ),
    _row(
        "全区已为经营困难企业减免租金2300万元。",
        "2300",
        ["租金", "减免租金"],
        "written-district-news: 为经营困难企业减免租金 (the rent waived; 困难企业减免租金 passes the scorer)",
    ),
]


VERB_IN_MEASURE += [
    _row(
        "2022年至2023年社区志愿服务累计总时长达15.69亿小时。",
        "15.69",
        ["社区志愿服务累计总时长", "累计总时长", "总时长"],
        "corpus-033: 社区志愿服务累计总时长 (累计 before a bare measure stays in it, as 新增 does)",
    ),
    _row(
        "截至年底，全市重点项目累计投资达520亿元。",
        "520",
        ["重点项目累计投资", "累计投资"],
        "written-city-ndrc: 重点项目累计投资达",
    ),
]


@pytest.mark.parametrize(("text", "needle", "accept"), VERB_IN_MEASURE)
def test_verb_in_measure(text: str, needle: str, accept: list[str]) -> None:
    _check(text, needle, accept)


# ------------------------------------------------ the word after a count's measure word opens the
# noun it counts even when jieba tags it a determiner (其他), an adverb (特别), an idiom (急症室) or
# a verb that ends the clause after a verb the count is the object of (接獲…份申請)

AFTER_MEASURE_WORD = [
    _row(
        "過去一星期，全港十八間急症室的每日平均求診人次為6,120。",
        "十八間",
        ["急症室"],
        "invented-hk-hospital: 全港十八間急症室",
    ),
    _row(
        "包括約十三萬三千個公屋單位，以及約五萬六千個其他資助出售單位。",
        "五萬六千個",
        ["其他資助出售單位", "資助出售單位"],
        "invented-hk-housing: 約五萬六千個其他資助出售單位",
    ),
    _row(
        "今年將向合資格的援助家庭額外發放三次特別援助金。",
        "三次",
        ["特別援助金"],
        "invented-mo-ias: 額外發放三次特別援助金",
    ),
    _row(
        "今年全区新建5所其他公办幼儿园。",
        "5所",
        ["其他公办幼儿园", "公办幼儿园"],
        "written-county-education: 5所其他公办幼儿园",
    ),
    _row(
        "本项目采购12台其他医疗设备，预算金额380万元。",
        "12台",
        ["其他医疗设备", "医疗设备"],
        "written-procurement: 12台其他医疗设备",
    ),
    _row(
        "本府於園區周邊設置3處其餘停車場。",
        "3處",
        ["停車場", "其餘停車場"],
        "written-tw-county: 3處其餘停車場 (其餘 passed over)",
    ),
    _row(
        "江西省国控重点污染源的监督性监测，共完成72个各类监测工作。",
        "72个",
        ["各类监测工作", "监测工作"],
        "corpus-006: 72个各类监测工作",
    ),
    _row(
        "此外，「居屋2025」共提供7,012個單位，截至申請截止日共接獲約十四萬份申請，超額認購約19倍。",
        "十四萬份",
        ["申請"],
        "invented-hk-housing: 共接獲約十四萬份申請",
    ),
    _row(
        "今年以来，市信访局共受理1200宗投诉，办结率98%。",
        "1200宗",
        ["投诉"],
        "written-city-petition: 共受理1200宗投诉",
    ),
    _row(
        "本次徵件共收到3,200件申請，經評選後核定補助450件。",
        "3,200件",
        ["申請"],
        "written-tw-city: 共收到3,200件申請",
    ),
    _row(
        "全年共办理1200件投诉，群众满意率96%。",
        "1200件",
        ["投诉"],
        "written-county-hotline: 共办理1200件投诉 (办理 is read a verb: words.toml domain_verbs)",
    ),
    _row(
        "全市38个重点项目中，25个开工，13个完成。",
        "25个",
        ["项目", "重点项目"],
        "written-city-ndrc: 25个开工 (a verb after a count that is the subject stays the predicate)",
    ),
]


AFTER_MEASURE_WORD += [
    _row(
        "全港十八間急症室的每日平均求診人次為6,120，較前一星期上升8.5%，其中約百分之三十屬分流類別"
        "第一至第三類（危殆、危急及緊急）的病人。",
        "百分之三十",
        ["病人", "求診人次", "每日平均求診人次"],
        "invented-hk-hospital: 約百分之三十屬… (a copula after a share in words opens no noun)",
    ),
]


AFTER_MEASURE_WORD += [
    _row(
        "74%的国家重点保护野生动植物物种得到有效保护，300余种珍稀濒危野生动植物种群得到恢复性增长。",
        "300余种",
        ["珍稀濒危野生动植物", "野生动植物"],
        "corpus-033: 300余种珍稀濒危野生动植物 (an adjective, a verb jieba tags v, a b-word, the noun)",
    ),
    _row(
        "全省已建立各级自然保护区120个，保护了80余种珍稀濒危野生动物。",
        "80余种",
        ["珍稀濒危野生动物", "野生动物"],
        "written-provincial-forestry: 80余种珍稀濒危野生动物",
    ),
    _row(
        "全县新发现3处珍贵濒危古树群落。",
        "3处",
        ["珍贵濒危古树群落", "古树群落"],
        "written-county-news: 3处珍贵濒危古树群落",
    ),
]


@pytest.mark.parametrize(("text", "needle", "accept"), AFTER_MEASURE_WORD)
def test_after_measure_word(text: str, needle: str, accept: list[str]) -> None:
    _check(text, needle, accept)


# ------------------------------------------------ a verb that sets a level (订为, 定为, 调整为) is the
# predicate, never a word inside a compound noun: the share is of the noun before it

SET_TO_A_LEVEL = [
    _row(
        "簡約公屋的租金訂為同區公屋租金的九成，每月租金介乎1,080港元至4,460港元。",
        "九成",
        ["簡約公屋的租金", "租金"],
        "invented-hk-housing: 租金訂為同區公屋租金的九成",
    ),
    _row(
        "公租房租金标准定为同地段市场租金的80%。",
        "80%",
        ["公租房租金标准", "租金标准"],
        "written-provincial-housing: 租金标准定为市场租金的80%",
    ),
    _row(
        "企业职工基本养老保险单位缴费比例调整为16%。",
        "16%",
        ["单位缴费比例", "缴费比例"],
        "written-hrss-policy: 缴费比例调整为16%",
    ),
    _row(
        "將長者生活津貼的資產上限訂為單身人士的1.5倍。",
        "1.5倍",
        ["資產上限", "長者生活津貼的資產上限"],
        "written-hk-swd: 資產上限訂為…的1.5倍",
    ),
    _row(
        "将起付线调整为上年度居民人均可支配收入的50%。",
        "50%",
        ["起付线"],
        "written-medical-insurance: 起付线调整为…的50%",
    ),
]


@pytest.mark.parametrize(("text", "needle", "accept"), SET_TO_A_LEVEL)
def test_set_to_a_level(text: str, needle: str, accept: list[str]) -> None:
    _check(text, needle, accept)


# ------------------------------------------------ two verbs before a measure word that names
# nothing: the second (a noun jieba's dictionary tags a verb, 临客) is what is counted; a measure
# word that names those counted (人, 户) or an adverb before the verbs keeps both verbs

OBJECT_TAGGED_VERB = [
    _row(
        "铁路发送旅客1025.6万人次，累计开行旅客列车7368列，其中加开临客1120列；",
        "1120",
        ["临客", "加开临客"],
        "invented-holiday-travel: 其中加开临客1120列",
    ),
    _row(
        "春节前后，广铁集团加开临客80列。",
        "80列",
        ["临客", "加开临客"],
        "written-railway-news: 加开临客80列",
    ),
    _row(
        "截至目前，全市已建成及規劃中之社會住宅共計5,642戶，其中已完工啟用2,318戶。",
        "2,318",
        ["社會住宅"],
        "invented-tw-city: 已完工啟用2,318戶 (two verbs of one act, 戶 names those counted)",
    ),
]


@pytest.mark.parametrize(("text", "needle", "accept"), OBJECT_TAGGED_VERB)
def test_object_tagged_verb(text: str, needle: str, accept: list[str]) -> None:
    _check(text, needle, accept)


# ------------------------------------------------ a quantity named before 为/达 (建屋量, 规模, 总数)
# and a count after it in a measure word and its noun: the count measures the quantity; the noun
# after the measure word (单位, 套住房) only says in what it is counted. (The gold of hk-housing
# reads it so; the construction wins because the name before the copula is what the sentence
# states a figure of, while 單位 would be the subject of every count of flats on the page.)

QUANTITY_NAMED_BEFORE = [
    _row(
        "五年期內，預計公營房屋總建屋量約為十八萬九千個單位，包括約十三萬三千個公屋單位。",
        "十八萬九千個",
        ["公營房屋總建屋量", "總建屋量"],
        "invented-hk-housing: 總建屋量約為十八萬九千個單位",
    ),
    _row(
        "五年期內，預計公營房屋總建屋量約為十八萬九千個單位，包括約十三萬三千個公屋單位。",
        "十三萬三千個",
        ["公屋單位", "公屋"],
        "invented-hk-housing: the breakdown after 包括 keeps its own noun",
    ),
    _row(
        "二○二二至二三年度公營房屋落成量為2萬4千個單位，較上一年度增加約35%。",
        "2萬4千個",
        ["公營房屋落成量", "落成量"],
        "sample-hk-press-release: 落成量為2萬4千個單位",
    ),
    _row(
        "今年全市保障性住房供应量达1.2万套住房。",
        "1.2万套",
        ["保障性住房供应量", "供应量"],
        "written-provincial-housing: 供应量达1.2万套住房",
    ),
    _row(
        "本批次招标项目总数为86个标段。",
        "86个",
        ["招标项目总数", "项目总数"],
        "written-procurement: 项目总数为86个标段",
    ),
    _row(
        "全市参与人数为3000名志愿者。",
        "3000名",
        ["志愿者", "参与人数"],
        "written-county-news: 人数 names no quantity head here; the noun counted stays",
    ),
]


@pytest.mark.parametrize(("text", "needle", "accept"), QUANTITY_NAMED_BEFORE)
def test_quantity_named_before(text: str, needle: str, accept: list[str]) -> None:
    _check(text, needle, accept)


# ------------------------------------------------ a figure that opens a bracket glosses the noun
# before the bracket (留宿旅客（1,690萬人次）); an amount in brackets after an amount restates it and
# takes nothing from the words before the bracket

BRACKETED_FIGURE = [
    _row(
        "其中，留宿旅客（1,690萬人次）及不過夜旅客（1,803萬人次）分別上升24.2%及23.4%。",
        "1,690",
        ["留宿旅客"],
        "invented-mo-gcs: 留宿旅客（1,690萬人次）",
    ),
    _row(
        "其中，留宿旅客（1,690萬人次）及不過夜旅客（1,803萬人次）分別上升24.2%及23.4%。",
        "1,803",
        ["不過夜旅客"],
        "invented-mo-gcs: 不過夜旅客（1,803萬人次）",
    ),
    _row(
        "全市规上工业企业（1286家）实现营业收入3200亿元。",
        "1286",
        ["规上工业企业"],
        "written-statistics-bulletin: 规上工业企业（1286家）",
    ),
    _row(
        "其中新能源汽车（约3.2万辆）出口增长明显。",
        "3.2",
        ["新能源汽车"],
        "written-customs: 新能源汽车（约3.2万辆） (a bound inside the bracket)",
    ),
    _row(
        "本澳居民（約68.7萬人）中，年滿65歲者佔14.2%。",
        "68.7",
        ["本澳居民", "居民"],
        "written-macau-dsec: 本澳居民（約68.7萬人）",
    ),
    _row(
        "代理服务费按收费标准下浮20%收取，三个包合计人民币贰万肆仟叁佰元整（￥24,300.00）。",
        "24,300.00",
        ["代理服务费", "人民币", "合计"],
        "invented-procurement: （￥24,300.00） restates the amount, not 元整's noun",
    ),
]


@pytest.mark.parametrize(("text", "needle", "accept"), BRACKETED_FIGURE)
def test_bracketed_figure(text: str, needle: str, accept: list[str]) -> None:
    _check(text, needle, accept)


# ------------------------------------------------ a comparison's baseline of time between the noun
# and the change (較一年前, 比三个月前) names no subject: the noun before 較 is read

BASELINE_OF_TIME = [
    _row(
        "撇除價格變動的影響後，二○二五年十月的零售業總銷貨數量臨時估計較一年前上升5.4%。",
        "5.4%",
        ["零售業總銷貨數量", "總銷貨數量"],
        "invented-hk-censtatd: 總銷貨數量臨時估計較一年前上升5.4%",
    ),
    _row(
        "全市城镇调查失业率比三个月前下降0.3个百分点。",
        "0.3",
        ["城镇调查失业率", "调查失业率"],
        "written-statistics-release: 失业率比三个月前下降",
    ),
    _row(
        "本澳整體失業率較一年前下跌0.2個百分點。",
        "0.2",
        ["整體失業率", "失業率"],
        "written-macau-dsec: 整體失業率較一年前下跌",
    ),
    _row(
        "全縣農產品批發價格指數較半年前上漲3.4%。",
        "3.4",
        ["農產品批發價格指數", "批發價格指數"],
        "written-tw-county: 價格指數較半年前上漲",
    ),
]


BASELINE_OF_TIME += [
    _row(
        "全市居民消费价格指数比上年同期的水平上涨1.2%。",
        "1.2",
        ["居民消费价格指数"],
        "written-statistics-release: 比上年同期的水平 (a dated baseline noun after its 的)",
    ),
    _row(
        "全县农村居民人均可支配收入较上年同期的水平增长6.1%。",
        "6.1",
        ["农村居民人均可支配收入"],
        "written-county-bulletin: 较上年同期的水平增长",
    ),
    _row(
        "本年十一月綜合消費物價指數臨時數字較上年同月的臨時數字上升0.5%。",
        "0.5%",
        ["綜合消費物價指數", "消費物價指數"],
        "invented-macau: 臨時數字較上年同月的臨時數字上升0.5%",
        marks=known_miss(
            "the words before the figure are read in a window of 20 characters: a long dated baseline "
            "(較上年同月的臨時數字) leaves only 物價指數臨時數字 of the noun before 較"
        ),
    ),
]


@pytest.mark.parametrize(("text", "needle", "accept"), BASELINE_OF_TIME)
def test_baseline_of_time(text: str, needle: str, accept: list[str]) -> None:
    _check(text, needle, accept)


# ------------------------------------------------ a short quoted name before the head noun a light
# verb (合计, 实现) separates from a bare measure keeps its quote (“新三样”产品合计出口)

QUOTED_HEAD_BEFORE_VERB = [
    _row(
        "其中，锂离子蓄电池、太阳能电池、电动汽车“新三样”产品合计出口186.2亿元，下降34.6%。",
        "186.2",
        ["“新三样”产品", "新三样产品"],
        "invented-customs: “新三样”产品合计出口186.2亿元",
    ),
    _row(
        "今年以来，全市“专精特新”企业合计营收达320亿元。",
        "320",
        ["“专精特新”企业", "专精特新企业"],
        "written-city-economy: “专精特新”企业合计营收",
    ),
    _row(
        "全縣「三品一標」產品合計銷售額達5.6億元。",
        "5.6",
        ["「三品一標」產品", "三品一標產品", "產品銷售額"],
        "written-county-agriculture: 「三品一標」 (corner quotes, traditional)",
    ),
]


@pytest.mark.parametrize(("text", "needle", "accept"), QUOTED_HEAD_BEFORE_VERB)
def test_quoted_head_before_verb(text: str, needle: str, accept: list[str]) -> None:
    _check(text, needle, accept)


# ------------------------------------------------ a verb whose object is money and whose second
# character names it (拨款, 捐款, 融资, 出资) names the amount right after it

MONEY_VERB = [
    _row(
        "政府建議撥款約100億元，推出一系列紓困措施。",
        "100",
        ["撥款"],
        "invented-hk: 建議撥款約100億元",
    ),
    _row(
        "地震发生后，社会各界捐款1200万元。",
        "1200",
        ["捐款", "社会各界捐款"],
        "written-county-news: 社会各界捐款1200万元",
    ),
    _row(
        "今年上半年，全省科技型企业股权融资50亿元。",
        "50",
        ["股权融资", "科技型企业股权融资"],
        "written-finance-news: 股权融资50亿元",
    ),
    _row(
        "兩家公司共同出資新臺幣3億元成立合資公司。",
        "3億元",
        ["出資", "共同出資"],
        "written-tw-business: 共同出資新臺幣3億元",
    ),
]


MONEY_VERB += [
    _row(
        "低收入戶及中低收入戶另可申請租金補貼，每月最高補助新臺幣4,000元。",
        "4,000",
        ["補助", "租金補貼", "每月最高補助"],
        "invented-tw-city: 每月最高補助新臺幣4,000元 (補助: 助 names the money)",
    ),
    _row(
        "縣府今年編列預算辦理採收補助，每台採收機最高補助新臺幣30萬元。",
        "30萬",
        ["補助", "採收機"],
        "invented-tw-county: 每台採收機最高補助 (per what, before the bound)",
    ),
    _row(
        "老旧小区改造共涉及楼栋112栋，户均补助约3.09万元。",
        "3.09",
        ["户均补助", "补助"],
        "corpus-xxgk-notice: 户均补助约3.09万元",
    ),
    _row(
        "对首次认定的高新技术企业，一次性奖励50万元。",
        "50万",
        ["奖励", "一次性奖励"],
        "written-provincial-policy: 一次性奖励50万元",
    ),
]


@pytest.mark.parametrize(("text", "needle", "accept"), MONEY_VERB)
def test_money_verb(text: str, needle: str, accept: list[str]) -> None:
    _check(text, needle, accept)


# ------------------------------------------------ a word of averaging alone before a figure (日均,
# 亩均, 户均: how it is averaged) is not what the figure counts: the subject is carried; with the verb
# after it (亩均增产, 日均就餐) the two name it

AVERAGED = [
    _row(
        "全省综合交通运输累计发送旅客2782.8万人次，日均347.9万人次，同比增长5.3%，运输生产总体安全平稳有序。",
        "347.9",
        ["旅客", "日均", "发送旅客"],
        "invented-holiday-travel: 日均347.9万人次",
    ),
    _row(
        "全省综合交通运输累计发送旅客2782.8万人次，日均347.9万人次，同比增长5.3%，运输生产总体安全平稳有序。",
        "5.3",
        ["旅客", "发送旅客", "综合交通运输"],
        "invented-holiday-travel: 同比增长5.3% after 日均 (was 日均)",
    ),
    _row(
        "假期全省高速公路累计通行小客车2079.9万辆次，日均260万辆次，较2024年同期增长3.8%。",
        "3.8",
        ["小客车", "通行小客车"],
        "invented-holiday-travel: 较2024年同期增长3.8% after 日均260万辆次",
    ),
    _row(
        "河南多个玉米高产示范区单产突破2000斤，亩均增产25斤，总产增加。",
        "25斤",
        ["亩均增产", "增产"],
        "corpus-027: 亩均增产25斤 (the change word cut before tagging joins 亩均)",
    ),
    _row(
        "职工食堂餐饮服务\t职工食堂（日均就餐约650人次）",
        "650",
        ["日均就餐", "就餐", "职工食堂"],
        "invented-procurement: 日均就餐约650人次",
    ),
    _row(
        "本月澳門國際機場客運量為62.3萬人次，日均2.0萬人次。",
        "2.0",
        ["客運量", "澳門國際機場客運量"],
        "written-macau-airport: 日均2.0萬人次 carries 客運量",
    ),
]


@pytest.mark.parametrize(("text", "needle", "accept"), AVERAGED)
def test_averaged(text: str, needle: str, accept: list[str]) -> None:
    _check(text, needle, accept)
