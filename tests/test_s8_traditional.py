"""Traditional-script pages (Hong Kong, Macau, Taiwan) on session 8's look (issue 16).

Each table is one construction found in the errors of the traditional pages among the in-sample
invented pages (``invented-<page>``), with rows written here in the styles of other Hong Kong,
Macau and Taiwan sites (``written-<kind of site>``: 政府新聞公報, 統計暨普查局, 主計總處, 縣市政府,
立法會 papers) and other wordings of the same construction. ``site`` is the page's site name, which
decides its place as the pipeline does (``page_place``): a Taiwan page dates in the Republic of
China era. ``time`` is the fact's last day (as the gold scorer compares it).
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from factcase import PATTERNS, check_fact, known_miss, overlapping
from gov_facts.core.models import Fact
from gov_facts.facts.engine import find_facts
from gov_facts.facts.place import page_place
from gov_facts.facts.place_document import PageClues

COLUMNS = ("text", "needle", "published", "site", "expected")


def case(
    text: str, needle: str, published: str, site: str | None, row_id: str, /, marks: Any = (), **expected: Any
) -> Any:
    """One row: a text, a needle inside the figure, the publish day, the page's site name and the
    fields expected of the fact (``{"kind": None}``: no fact over the needle)."""
    return pytest.param(text, needle, published, site, expected, id=row_id, marks=marks)


def facts_on_site(text: str, published: str, site: str | None) -> list[Fact]:
    """The facts of ``text`` on a page of ``site``, placed as the pipeline places a page."""
    where = page_place(PATTERNS, PageClues(site=site), text)
    return find_facts(text, PATTERNS, date.fromisoformat(published), None, "original", where)[0]


def run(text: str, needle: str, published: str, site: str | None, expected: dict[str, Any]) -> None:
    over = overlapping(facts_on_site(text, published, site), text, needle)
    if expected == {"kind": None}:
        assert [f.text for f in over] == []
        return
    assert len(over) == 1, f"{needle!r}: {[f.text for f in over]}"
    check_fact(over[0], expected)


TOURISM = (
    "交通部觀光署今（12）日公布113年觀光統計，113年全年來臺旅客計785萬7,686人次，較112年之648萬6,951人次"
    "成長21.1%，恢復至疫情前108年（1,186萬人次）之66.3%。"
    "國人出國方面，113年國人出國計1,684萬9,683人次，較112年成長42.5%，約為108年之九成八。"
)
DGBAS = (
    "114年2月消費者物價指數(CPI)為108.95，較上年同月漲1.58%，因春節落點差異，漲幅較1月之2.32%回降。"
    "另據本總處2月下旬之預測，114年CPI年增率為1.89%，全年物價漲幅可望維持在2%以下之溫和水準。"
    "項目\t指數(110年=100)\t較上年同月漲跌(%)"
)
REDBEAN = (
    "為穩定產地價格，縣府與萬丹、新園、崁頂等5家農會辦理紅豆保價收購，保價收購面積1,100公頃，"
    "114年收購價格每公斤新臺幣70元，較113年的62元提高8元，受理申請至114年3月31日止。"
)

# ---------------------------------------------------------------- a bare year of the Republic of
# China era on a Taiwan page (known by its place, or, when that is not known, by an ROC date on it:
# 113年12月, 今（113）年, 民國): a time wherever it stands (before 之/的, a bracket, Latin letters, a
# crop season's 期), never a figure; not after or before a word that makes it a length of time

ROC_BARE_YEAR = [
    case(
        TOURISM,
        "785萬7,686人次",
        "2025-02-12",
        "交通部觀光署",
        "invented-tw-tourism: 113年全年來臺旅客計…",
        time="2024-12-31",
    ),
    case(
        TOURISM,
        "648萬6,951人次",
        "2025-02-12",
        "交通部觀光署",
        "invented-tw-tourism: 較112年之648萬…",
        time="2023-12-31",
    ),
    case(
        TOURISM,
        "1,186萬人次",
        "2025-02-12",
        "交通部觀光署",
        "invented-tw-tourism: 疫情前108年（1,186萬人次）",
        time="2019-12-31",
    ),
    case(
        DGBAS,
        "1.89%",
        "2025-03-07",
        "行政院主計總處",
        "invented-tw-dgbas: 114年CPI年增率為1.89%",
        time="2025-12-31",
    ),
    case(
        REDBEAN, "62元", "2025-01-20", "屏東縣政府", "invented-tw-redbean: 較113年的62元", time="2024-12-31"
    ),
    case(
        "雲林縣113年期一期稻作種植面積1萬2,350公頃，較112年期減少3.2%。",
        "1萬2,350公頃",
        "2024-08-05",
        "雲林縣政府",
        "written-tw-county: 113年期一期稻作 (a crop season's year)",
        time="2024-12-31",
    ),
    case(
        "本市112年之觀光人次為2,350萬人次，較111年之1,980萬人次增加18.7%。",
        "2,350萬人次",
        "2024-03-01",
        "臺中市政府觀光旅遊局",
        "written-tw-city: 112年之觀光人次 (之 after the year)",
        time="2023-12-31",
    ),
    case(
        "本市112年之觀光人次為2,350萬人次，較111年之1,980萬人次增加18.7%。",
        "1,980萬人次",
        "2024-03-01",
        "臺中市政府觀光旅遊局",
        "written-tw-city: 較111年之1,980萬人次 (the level compared with)",
        time="2022-12-31",
    ),
    case(
        "行政院主計總處今（27）日發布，112年GDP實質成長1.31%，113年GDP預測成長3.43%。",
        "3.43%",
        "2024-02-27",
        "行政院主計總處",
        "written-tw-statistics: 113年GDP (Latin after the year; page of no known place, no ROC date)",
        time="2024-12-31",
    ),
    case(
        "財政部今日公布113年1至6月稅收，累計實徵淨額1兆7,000億元，較112年同期增加1,200億元。另110年（疫情期間）稅收為2兆3,000億元。",
        "2兆3,000億元",
        "2024-07-10",
        "財政部",
        "written-tw-finance: 110年（疫情期間） (a bracket after the year; ROC date 113年1至6月 on the page)",
        time="2021-12-31",
    ),
]

# other ROC forms: a day written with slashes (截至113/12/31止, 至114/3/31), a year in brackets
# after 本 (本(113)年度)

ROC_OTHER_FORMS = [
    case(
        "截至113/12/31止，本市累計核發租金補貼1萬2,345件。",
        "1萬2,345件",
        "2025-01-20",
        "臺北市政府",
        "written-tw-city: 截至113/12/31止",
        time="2024-12-31",
    ),
    case(
        "本府社會局受理期間為114/1/1至114/3/31，已受理申請3,456件。",
        "3,456件",
        "2025-04-10",
        "高雄市政府",
        "written-tw-city: 114/1/1至114/3/31",
        time="2025-03-31",
    ),
    case(
        "截至113/12/31止，本市累計核發租金補貼1萬2,345件。",
        "113/12",
        "2025-01-20",
        "臺北市政府",
        "written-tw-city: 113/12/31 is no figure",
        kind=None,
    ),
    case(
        "本(113)年度預算編列新臺幣5億元，執行率達92.3%。",
        "5億元",
        "2024-11-20",
        "新北市政府",
        "written-tw-council-paper: 本(113)年度",
        time="2024-12-31",
    ),
    case(
        "今(113)年度截至10月底，核定補助1,020戶。",
        "1,020戶",
        "2024-11-20",
        "桃園市政府",
        "written-tw-city: 今(113)年度截至10月底",
        time="2024-10-31",
    ),
]

# the year's number is no figure; the base year of an index is no time of the figures under it

ROC_YEAR_NO_FIGURE = [
    case(TOURISM, "112年之", "2025-02-12", "交通部觀光署", "invented-tw-tourism: 較112年之", kind=None),
    case(TOURISM, "108年（", "2025-02-12", "交通部觀光署", "invented-tw-tourism: 疫情前108年（", kind=None),
    case(
        TOURISM, "108年之", "2025-02-12", "交通部觀光署", "invented-tw-tourism: 約為108年之九成八", kind=None
    ),
    case(DGBAS, "114年CPI", "2025-03-07", "行政院主計總處", "invented-tw-dgbas: 114年CPI", kind=None),
    case(DGBAS, "110年=", "2025-03-07", "行政院主計總處", "invented-tw-dgbas: 指數(110年=100)", kind=None),
    case(REDBEAN, "113年的", "2025-01-20", "屏東縣政府", "invented-tw-redbean: 較113年的62元", kind=None),
    case(
        "勞動部指出，自105年以來基本工資已連續10年調升，累計調升47.4%。",
        "105年",
        "2025-09-15",
        "勞動部",
        "written-tw-labour: 自105年以來",
        kind=None,
    ),
]

# a length of time stays one: after 有/達/逾/近/建校/成立…, before 歷史/之久/的歷史, and on a page
# of Hong Kong or Macau (which never date in the ROC era) a bare 100年 is what it says

DURATION_STAYS = [
    case(
        "臺南市113年觀光人次創新高，該廟建廟已有110年之久，並於113年12月舉辦百年慶典。",
        "110年",
        "2025-01-10",
        "臺南市政府",
        "written-tw-city: 已有110年之久",
        unit="年",
    ),
    case(
        "本校創校於民國3年，113年度適逢創校110年的歷史時刻。",
        "110年",
        "2024-09-01",
        "臺北市政府教育局",
        "written-tw-school: 創校110年的歷史",
        unit="年",
    ),
    case(
        "香港電車今日公布，全港首條電車路線通車至今120年，去年載客量約為1.5億人次。",
        "120年",
        "2024-07-30",
        "香港特別行政區政府新聞公報",
        "written-hk-press-release: 通車至今120年 (a Hong Kong page: no ROC year)",
        unit="年",
    ),
    case(
        "澳門郵政今日表示，郵政服務在本澳運作逾140年，今年上半年處理郵件約300萬件。",
        "140年",
        "2024-08-01",
        "澳門特別行政區政府郵電局",
        "written-macau: 運作逾140年",
        unit="年",
    ),
]

# ---------------------------------------------------------------- Taiwan's 之 for 的: the level
# compared with (較1月之2.32%) and the base of a share (約為108年之九成八, 疫情前108年（1,186萬人次）之
# 66.3%) are of the time before 之, the share itself is of the sentence's time

OF_WITH_ZHI = [
    case(
        DGBAS,
        "2.32%",
        "2025-03-07",
        "行政院主計總處",
        "invented-tw-dgbas: 漲幅較1月之2.32%回降",
        time="2025-01-31",
    ),
    case(
        TOURISM,
        "九成八",
        "2025-02-12",
        "交通部觀光署",
        "invented-tw-tourism: 約為108年之九成八",
        time="2024-12-31",
    ),
    case(
        TOURISM,
        "66.3%",
        "2025-02-12",
        "交通部觀光署",
        "invented-tw-tourism: 恢復至疫情前108年（1,186萬人次）之66.3%",
        time="2024-12-31",
    ),
    case(
        "113年1至9月出口值為3,450億美元，較112年同期之3,010億美元增加14.6%。",
        "3,010億美元",
        "2024-10-09",
        "財政部關務署",
        "written-tw-customs: 較112年同期之3,010億美元",
        time="2023-09-30",
    ),
    case(
        "113年1至9月出口值為3,450億美元，較112年1至9月之3,010億美元增加14.6%。",
        "3,010億美元",
        "2024-10-09",
        "財政部關務署",
        "written-tw-customs: 較112年1至9月之3,010億美元",
        time="2023-09-30",
    ),
    case(
        "113年上半年本縣觀光人次約為疫情前（108年）同期水準之八成五。",
        "八成五",
        "2024-07-20",
        "花蓮縣政府",
        "written-tw-county: 為疫情前（108年）同期水準之八成五",
        time="2024-06-30",
    ),
    case(
        "二○二四年全年旅客人次約為二○一八年歷史高位（6,530萬人次）的81.2%。",
        "81.2%",
        "2025-01-20",
        "香港特別行政區政府新聞公報",
        "written-hk-press-release: 歷史高位（6,530萬人次）的81.2% (digit-group comma inside the base)",
        time="2024-12-31",
    ),
    case(
        "2024年入境旅客恢復至2019年（3,940萬人次）之九成。",
        "九成",
        "2025-01-15",
        "澳門特別行政區政府旅遊局",
        "written-macau: 恢復至2019年（3,940萬人次）之九成",
        time="2024-12-31",
    ),
]

# 來 right after a year and a noun of place is a verb of coming (來臺旅客), not "since"

COME_TO = [
    case(
        TOURISM,
        "1,684萬9,683人次",
        "2025-02-12",
        "交通部觀光署",
        "invented-tw-tourism: 113年國人出國計…",
        time="2024-12-31",
    ),
    case(
        "113年來臺旅客達785萬人次，較上年成長21.1%。另113年12月來臺旅客78萬人次。",
        "785萬人次",
        "2025-02-12",
        "交通部觀光署",
        "written-tw-tourism: 113年來臺旅客 (來 right after the year)",
        time="2024-12-31",
    ),
    case(
        "2024年全年来华外国人达2,694万人次，同比增长82.9%。",
        "2,694万人次",
        "2025-01-14",
        None,
        "written-mainland-immigration: 2024年全年来华 (a Gregorian year: find_times reads 年来)",
        time="2024-12-31",
    ),
]


@pytest.mark.parametrize(
    COLUMNS, ROC_BARE_YEAR + ROC_OTHER_FORMS + ROC_YEAR_NO_FIGURE + DURATION_STAYS + OF_WITH_ZHI + COME_TO
)
def test_traditional_times(
    text: str, needle: str, published: str, site: str | None, expected: dict[str, Any]
) -> None:
    run(text, needle, published, site, expected)


MO_CPI = (
    "各類別中，食物及非酒精飲品、衣履及交通類的價格指數按年分別上升1.35%、2.08%及0.87%；"
    "而通訊類與康樂及文化類的價格指數則分別下跌1.92%及0.64%。"
    "甲類及乙類消費物價指數分別為106.03及104.87，按年分別上升0.61%及0.44%。"
)
HK_RETAIL = (
    "按主要商品類別分析，電器及攝影器材、衣物及鞋類和藥物及化妝品的零售量按年分別下跌12.3%、5.6%及3.2%。"
)
HK_LABOUR = "其中，住宿及膳食服務業、運輸及倉庫業和資訊及通訊業的失業率按季分別上升0.3、0.2及0.1個百分點。"

# ---------------------------------------------------------------- a list before 分别 whose items
# hold joiners of their own (食物及非酒精飲品、衣履及交通類的價格指數): 、 between the items and one
# joiner before the last, the one no earlier item uses inside it (…、衣物及鞋類和藥物及化妝品: 和);
# a comparison basis between the list and 分别 (按年分別, 同比分别) is no part of the last item

LIST_BEFORE_RESPECTIVELY = [
    case(
        MO_CPI,
        "1.35%",
        "2025-09-22",
        "澳門特別行政區政府統計暨普查局",
        "invented-mo-dsec: 食物及非酒精飲品、…",
        subject=["食物及非酒精飲品", "食物及非酒精飲品的價格指數"],
    ),
    case(
        MO_CPI,
        "2.08%",
        "2025-09-22",
        "澳門特別行政區政府統計暨普查局",
        "invented-mo-dsec: 、衣履及…",
        subject=["衣履", "衣履的價格指數"],
    ),
    case(
        MO_CPI,
        "0.87%",
        "2025-09-22",
        "澳門特別行政區政府統計暨普查局",
        "invented-mo-dsec: …及交通類的價格指數",
        subject=["交通類", "交通類的價格指數"],
    ),
    case(
        HK_RETAIL,
        "5.6%",
        "2025-03-03",
        "香港特別行政區政府統計處",
        "written-hk-censtatd: 衣物及鞋類和藥物及化妝品",
        subject=["衣物及鞋類", "衣物及鞋類的零售量"],
    ),
    case(
        HK_RETAIL,
        "3.2%",
        "2025-03-03",
        "香港特別行政區政府統計處",
        "written-hk-censtatd: …和藥物及化妝品的零售量",
        subject=["藥物及化妝品", "藥物及化妝品的零售量"],
    ),
    case(
        HK_LABOUR,
        "0.2",
        "2024-10-17",
        "香港特別行政區政府統計處",
        "written-hk-censtatd: 運輸及倉庫業和資訊及通訊業",
        subject=["運輸及倉庫業", "運輸及倉庫業的失業率"],
    ),
    case(
        "居民消费价格中，食品烟酒、衣着和居住类价格同比分别上涨2.1%、1.5%和0.8%。",
        "1.5%",
        "2024-01-12",
        None,
        "written-statistics-bulletin: 食品烟酒、衣着和居住类价格同比分别",
        subject=["衣着", "衣着类价格"],
    ),
    case(
        "本季製造業、營造業及服務業的就業人數按年分別增加1.2%、0.8%及2.1%。",
        "0.8%",
        "2024-11-20",
        "行政院主計總處",
        "written-tw-dgbas: 製造業、營造業及服務業的就業人數按年分別",
        subject=["營造業", "營造業的就業人數"],
    ),
]

# ---------------------------------------------------------------- the values of a list of indexes
# after 分别为 (甲類及乙類消費物價指數分別為106.03及104.87): each a figure with no unit, and the
# changes after 按年分別 take the same items

INDEX_LIST = [
    case(
        MO_CPI,
        "106.03",
        "2025-09-22",
        "澳門特別行政區政府統計暨普查局",
        "invented-mo-dsec: 分別為106.03",
        subject=["甲類消費物價指數", "甲類"],
        unit=None,
    ),
    case(
        MO_CPI,
        "104.87",
        "2025-09-22",
        "澳門特別行政區政府統計暨普查局",
        "invented-mo-dsec: 及104.87",
        subject=["乙類消費物價指數", "乙類"],
        unit=None,
    ),
    case(
        MO_CPI,
        "0.61%",
        "2025-09-22",
        "澳門特別行政區政府統計暨普查局",
        "invented-mo-dsec: 按年分別上升0.61%",
        subject=["甲類消費物價指數", "甲類"],
    ),
    case(
        MO_CPI,
        "0.44%",
        "2025-09-22",
        "澳門特別行政區政府統計暨普查局",
        "invented-mo-dsec: 及0.44%",
        subject=["乙類消費物價指數", "乙類"],
    ),
    case(
        "商品類及服務類指數分別為105.62及110.87。",
        "110.87",
        "2025-03-07",
        "行政院主計總處",
        "written-tw-dgbas: 商品類及服務類指數分別為",
        subject=["服務類", "服務類指數"],
    ),
    case(
        "全年城镇和农村居民消费价格指数分别为102.1和101.8。",
        "101.8",
        "2024-02-28",
        None,
        "written-statistics-bulletin: 城镇和农村居民消费价格指数分别为",
        subject=["农村居民消费价格指数"],
    ),
    case(
        "綜合消費物價指數及甲類消費物價指數分別為105.12及106.03，按月分別上升0.12%及0.15%。",
        "0.15%",
        "2025-09-22",
        "澳門特別行政區政府統計暨普查局",
        "written-macau-dsec: 按月分別上升",
        subject=["甲類消費物價指數"],
    ),
    case(
        "恒生指數及國企指數分別收報19,230.5及6,950.2點。",
        "19,230.5",
        "2025-01-10",
        None,
        "written-hk-finance-news: 恒生指數及國企指數分別收報…點 (index points)",
        subject=["恒生指數"],
        marks=known_miss(
            "a list of index points sharing one 點 (19,230.5及6,950.2點): the first value is not read"
        ),
    ),
]


@pytest.mark.parametrize(COLUMNS, LIST_BEFORE_RESPECTIVELY + INDEX_LIST)
def test_traditional_lists(
    text: str, needle: str, published: str, site: str | None, expected: dict[str, Any]
) -> None:
    run(text, needle, published, site, expected)


HK_TD_TABLE = (
    "主要交通數字載於下表：\n二○二五年四月主要交通數字\n項目\t二○二五年四月\t按年變幅（%）\n"
    "領有牌照車輛（輛）\t835,412\t+1.2\n專營巴士平均每日乘客（萬人次）\t340\t-0.8\n"
)

# ---------------------------------------------------------------- a row label that names its unit in
# brackets (領有牌照車輛（輛）, 地区生产总值（亿元）): the unit of its cells under a column that names
# none (a column's own unit, a 单位 column and a column of shares or rates keep theirs), and no part
# of the label the cells take as subject; a bracket that is no unit (（PM10）, （赤字）) stays

ROW_LABEL_UNIT = [
    case(
        HK_TD_TABLE,
        "835,412",
        "2025-05-22",
        "香港特別行政區政府運輸署",
        "invented-hk-td: 領有牌照車輛（輛）\t835,412",
        value=835412,
        unit="輛",
        subject=["領有牌照車輛"],
    ),
    case(
        HK_TD_TABLE,
        "340",
        "2025-05-22",
        "香港特別行政區政府運輸署",
        "invented-hk-td: 專營巴士平均每日乘客（萬人次）\t340",
        value=3400000,
        unit="人次",
        subject=["專營巴士平均每日乘客"],
    ),
    case(
        HK_TD_TABLE,
        "-0.8",
        "2025-05-22",
        "香港特別行政區政府運輸署",
        "invented-hk-td: …（萬人次）\t340\t-0.8 (按年變幅（%）)",
        value=-0.8,
        unit="%",
        subject=["專營巴士平均每日乘客"],
    ),
    case(
        "主要指标如下：\n指标\t2024年\t同比增长（%）\n地区生产总值（亿元）\t1234.5\t5.6\n",
        "1234.5",
        "2025-02-10",
        None,
        "written-provincial-bulletin: 地区生产总值（亿元）",
        value=123450000000,
        unit="元",
        subject=["地区生产总值"],
    ),
    case(
        "項目\t113年\t年增率(%)\n就業人數(千人)\t11,588\t0.6\n",
        "11,588",
        "2025-01-22",
        "行政院主計總處",
        "written-tw-dgbas: 就業人數(千人)",
        value=11588000,
        unit="人",
        subject=["就業人數"],
    ),
    case(
        "指標\t二零二四年第四季\n總體失業率（%）\t1.7\n",
        "1.7",
        "2025-01-28",
        "澳門特別行政區政府統計暨普查局",
        "written-macau-dsec: 總體失業率（%）",
        unit="%",
        subject=["總體失業率"],
    ),
    case(
        "指标\t本月\t占比\n粮食产量（万吨）\t12.5\t30.2\n",
        "30.2",
        "2024-10-15",
        None,
        "written-county-bulletin: a column of shares (占比) keeps its %",
        unit="%",
    ),
    case(
        "污染物\t全年平均濃度（微克/立方米）\n可吸入懸浮粒子（PM10）\t29\n",
        "29",
        "2025-01-06",
        "香港特別行政區政府環境保護署",
        "written-hk-epd: （PM10） is no unit",
        unit="微克/立方米",
        subject=["可吸入懸浮粒子（PM10）"],
    ),
]


DGBAS_TABLE = (
    "表1　114年2月消費者物價指數按商品性質分\n項目\t指數(110年=100)\t較上年同月漲跌(%)\n"
    "商品類\t105.62\t1.94\n服務類\t110.87\t1.21\n"
)

# an index's base in a column header's or a row label's brackets (指數(110年=100), 居民消费价格指数
# （上年=100）): the cells are index values, with no unit

INDEX_BASE_IN_TABLE = [
    case(
        DGBAS_TABLE,
        "105.62",
        "2025-03-07",
        "行政院主計總處",
        "invented-tw-dgbas: 指數(110年=100) column",
        value=105.62,
        unit=None,
        subject=["商品類"],
    ),
    case(
        DGBAS_TABLE,
        "110.87",
        "2025-03-07",
        "行政院主計總處",
        "invented-tw-dgbas: 服務類\t110.87",
        value=110.87,
        unit=None,
        subject=["服務類"],
    ),
    case(
        DGBAS_TABLE,
        "1.21",
        "2025-03-07",
        "行政院主計總處",
        "invented-tw-dgbas: the change column keeps its %",
        unit="%",
    ),
    case(
        "指标\t2024年\n居民消费价格指数（上年=100）\t100.2\n",
        "100.2",
        "2025-03-01",
        None,
        "written-statistics-bulletin: a row label's base (上年=100)",
        value=100.2,
        unit=None,
        subject=["居民消费价格指数"],
    ),
    case(
        "指标\t指数（上年同期=100）\t绝对额（亿元）\n地区生产总值\t105.3\t1,234.5\n",
        "105.3",
        "2024-07-20",
        None,
        "written-provincial-bulletin: 指数（上年同期=100） column",
        value=105.3,
        unit=None,
    ),
    case(
        "項目\t二○二四年\t指數（二○一九年＝100）\n訪港旅客\t4,450萬人次\t68.1\n",
        "68.1",
        "2025-01-20",
        "香港特別行政區政府新聞公報",
        "written-hk-tourism: 指數（二○一九年＝100）",
        value=68.1,
        unit=None,
    ),
]


@pytest.mark.parametrize(COLUMNS, ROW_LABEL_UNIT + INDEX_BASE_IN_TABLE)
def test_traditional_tables(
    text: str, needle: str, published: str, site: str | None, expected: dict[str, Any]
) -> None:
    run(text, needle, published, site, expected)


# ---------------------------------------------------------------- a level compared with, named by
# its time alone (較113年的62元, 较2024年的62元, 比上年的2.06): of the measure of the figure before it
# in the sentence, not of the sentence's topic; the change after it too

COMPARED_LEVEL = [
    case(
        REDBEAN,
        "62元",
        "2025-01-20",
        "屏東縣政府",
        "invented-tw-redbean: 較113年的62元",
        subject=["收購價格"],
    ),
    case(
        REDBEAN,
        "8元",
        "2025-01-20",
        "屏東縣政府",
        "invented-tw-redbean: …的62元提高8元",
        subject=["收購價格"],
    ),
    case(
        "为稳定产地价格，县里与5家农会办理保价收购，保价收购面积1,100公顷，2025年收购价格每公斤70元，"
        "较2024年的62元提高8元。",
        "62元",
        "2025-01-20",
        None,
        "written-county-news: 较2024年的62元",
        subject=["收购价格"],
    ),
    case(
        "本市社會住宅已完工2,350戶，今年租金補貼每戶每月新臺幣4,000元，較112年之3,600元增加400元。",
        "3,600元",
        "2024-05-10",
        "臺北市政府",
        "written-tw-city: 較112年之3,600元",
        subject=["租金補貼"],
    ),
    case(
        "全港公營房屋單位約有89萬個，今年公屋平均輪候時間為5.5年，較去年的5.8年縮短0.3年。",
        "5.8年",
        "2025-02-10",
        "香港特別行政區政府新聞公報",
        "written-hk-press-release: 較去年的5.8年",
        subject=["公屋平均輪候時間", "平均輪候時間", "輪候時間"],
    ),
]

# ---------------------------------------------------------------- a bound before the base of a
# share, a year inside the base (約為108年之九成八, 约为2019年的98%): the share is approximate

BOUND_BEFORE_SHARE_BASE = [
    case(
        TOURISM,
        "九成八",
        "2025-02-12",
        "交通部觀光署",
        "invented-tw-tourism: 約為108年之九成八",
        qualifier="approx",
    ),
    case(
        "2024年出境游客1684万人次，约为2019年的九成八。",
        "九成八",
        "2025-01-20",
        None,
        "written-culture-tourism-bureau: 约为2019年的九成八",
        qualifier="approx",
    ),
    case(
        "二○二四年訪澳旅客約3,500萬人次，約相當於2019年同期水平的八成六。",
        "八成六",
        "2025-01-15",
        "澳門特別行政區政府旅遊局",
        "written-macau: 約相當於2019年同期水平的八成六",
        qualifier="approx",
    ),
    case(
        "今年上半年貨櫃吞吐量不到2018年高位的七成。",
        "七成",
        "2025-07-20",
        "香港特別行政區政府新聞公報",
        "written-hk-press-release: 不到2018年高位的七成",
        qualifier="less_than",
    ),
]


@pytest.mark.parametrize(COLUMNS, COMPARED_LEVEL + BOUND_BEFORE_SHARE_BASE)
def test_traditional_compared_and_shares(
    text: str, needle: str, published: str, site: str | None, expected: dict[str, Any]
) -> None:
    run(text, needle, published, site, expected)


# ---------------------------------------------------------------- 之 as the particle of a modifier
# (Taiwan's and Hong Kong's formal writing, where the mainland writes 的) is matched as 的 on the
# shadow: no subject opens with it (之通勤月票), and the rules of 的 apply; 之 in a word of its own
# (三分之一, 之一, 之後, 總之) stays

PARTICLE_ZHI = [
    case(
        "交通局表示，112年將配合中央推出每月新臺幣399元之通勤月票，整合捷運、輕軌及公車。",
        "399元",
        "2022-12-30",
        "高雄市政府",
        "invented-tw-kaohsiung: 新臺幣399元之通勤月票",
        subject=["通勤月票"],
    ),
    case(
        "今年稅收達預算數之105.3%，較上年增加5.2%。",
        "105.3%",
        "2025-01-20",
        "財政部",
        "written-tw-finance: 達預算數之105.3%",
        subject=["稅收"],
    ),
    case(
        "本市之觀光人次為2,350萬人次。",
        "2,350萬人次",
        "2025-01-20",
        "臺中市政府",
        "written-tw-city: 本市之觀光人次",
        subject=["觀光人次"],
    ),
    case(
        "預計可節省人工成本約三分之一。",
        "三分之一",
        "2025-03-01",
        "雲林縣政府",
        "written-tw-county: 三分之一 stays a share",
        unit="%",
    ),
    case(
        "澳門為全球最大博彩市場之一，全年旅客達3,500萬人次。",
        "3,500萬人次",
        "2025-01-10",
        "澳門特別行政區政府旅遊局",
        "written-macau: 之一 stays a word",
        unit="人次",
    ),
]


@pytest.mark.parametrize(COLUMNS, PARTICLE_ZHI)
def test_particle_zhi(
    text: str, needle: str, published: str, site: str | None, expected: dict[str, Any]
) -> None:
    run(text, needle, published, site, expected)
