"""Session 15 (issue 15), the in-sample subject errors that remained, by construction.

Each table holds sentences of the work list (``work list: <page>``) and sentences written in the
style of other sites (``written: <kind of site>``). A row is checked with the gold scorer's rule
(:func:`factcase.subject_ok`); known misses are strict xfails.
"""

from __future__ import annotations

import pytest

from factcase import check_subject as _check
from factcase import subject_case as accept

# ---------------------------------------------------------------- a thing built at a place
# 在境外建设运营海外仓218个: after 在 or 於 the run opens with the place and the verb of building; the
# count counts the verb's object, not the place and the act (jieba tags 建设运营 verbal nouns)

OVERSEAS = "截至9月底，全省企业在境外建设运营海外仓218个，较年初增加27个，总面积超过356万平方米。"
BUILT_AT_A_PLACE = [
    accept(OVERSEAS, "218个", "work list: province-crossborder-ecommerce 海外仓218个", ["海外仓"]),
    accept(OVERSEAS, "27个", "work list: province-crossborder-ecommerce 较年初增加27个", ["海外仓"]),
    accept(OVERSEAS, "356万", "work list: province-crossborder-ecommerce 总面积", ["海外仓", "总面积"]),
    accept(
        "防火期内，在重点林区入口设置临时检查站（卡点）126个，劝返无证入山人员1.7万人次。",
        "126个",
        "work list: county-lyj-forest-fire 临时检查站（卡点）",
        ["临时检查站（卡点）", "临时检查站", "检查站"],
    ),
    accept(
        "今年以来，市城管局在主要商圈设置共享单车停放点360个。",
        "360个",
        "written: city portal, 在商圈设置停放点",
        ["共享单车停放点", "停放点"],
    ),
    accept(
        "区民政局在各街道建设运营社区食堂42个，日均服务老人3200人次。",
        "42个",
        "written: district civil affairs, 建设运营社区食堂",
        ["社区食堂"],
    ),
    accept("本署年內於各區開設長者學苑18個。", "18個", "written: hk department, 於各區開設", ["長者學苑"]),
    accept("公司在海外设立研发中心5个。", "5个", "written: finance news, 在海外设立", ["研发中心"]),
    accept("中国建设银行在全省设立网点520个。", "520个", "written: finance news, a bank's 建设", ["网点"]),
    accept(
        "縣府於各鄉鎮設置防災避難收容處所156處。",
        "156處",
        "written: tw county, 收容處所 (jieba: 收容|處所)",
        ["防災避難收容處所", "收容處所"],
    ),
]


@pytest.mark.parametrize(("text", "needle", "accepted"), BUILT_AT_A_PLACE)
def test_thing_built_at_a_place(text: str, needle: str, accepted: list[str]) -> None:
    _check(text, needle, accepted)


# ---------------------------------------------------------------- a place of one character counted
# 支持26个村实施…, 1083个站累计雨量…, 5个市启动…: jieba tags the counted place a morpheme, a verb or
# joins it to the verb after it; with a verb after it the one character is what the measure word counts

STATIONS = "全省有1083个站累计雨量超过100毫米，其中214个站超过250毫米。"
PLACE_COUNTED = [
    accept(
        "统筹中央、省级财政扶持资金3600万元，支持26个村实施标准化厂房、仓储保鲜冷链设施等项目。",
        "26个",
        "work list: county-village-collective 支持26个村",
        ["村"],
    ),
    accept(STATIONS, "1083个", "work list: province-meteorological 全省有1083个站", ["站"]),
    accept(STATIONS, "214个", "work list: province-meteorological 其中214个站", ["站"]),
    accept(
        "6月5日，经国家有关部门同意，我省在云溪、临泽、安平、丰宁、武陵5个市启动小麦最低收购价执行预案。",
        "5个",
        "work list: province-ndrc-grain 5个市",
        ["市"],
    ),
    accept("全市已有35个村建成村级养老服务站。", "35个", "written: county news, 35个村建成", ["村"]),
    accept(
        "今年共有12个镇开展农村人居环境整治试点。", "12个", "written: provincial portal, 12个镇开展", ["镇"]
    ),
    accept("全港共有6個區推行垃圾徵費先行先試計劃。", "6個", "written: hk press release, 6個區推行", ["區"]),
    accept(
        "全县有236个村卫生室完成标准化建设。",
        "236个",
        "written: county health, 村 opening a noun stays in it",
        ["村卫生室"],
    ),
    accept(
        "本次过程全省降雪量超过10厘米的有58个站，其中12个站积雪深度超过20厘米。",
        "12个",
        "written: meteorological bulletin, 站 before a noun",
        ["站"],
    ),
]


@pytest.mark.parametrize(("text", "needle", "accepted"), PLACE_COUNTED)
def test_place_of_one_character_counted(text: str, needle: str, accepted: list[str]) -> None:
    _check(text, needle, accepted)


# ---------------------------------------------------------------- a measure with no noun, its unit's last
# 累计雨量超过100毫米，其中214个站超过250毫米: a length (an area, a mass) that names nothing measures
# what the last figure in the same unit measured, not the count between them

UNIT_CARRIED = [
    accept(STATIONS, "250毫米", "work list: province-meteorological 超过250毫米", ["累计雨量", "雨量"]),
    accept(
        "受强降雨影响，全市有46个站日雨量超过50毫米，其中9个站超过100毫米。",
        "100毫米",
        "written: city weather bureau",
        ["日雨量", "雨量"],
    ),
    accept(
        "全县新建改建农村公路126公里，其中硬化通组公路48公里。",
        "48公里",
        "written: county transport, a part naming its own noun",
        ["硬化通组公路", "通组公路"],
    ),
    accept(
        "颱風期間全縣農田受損約860公頃，涉及32個村里，其中稻作約410公頃。",
        "410公頃",
        "written: tw county agriculture, a part naming its own noun",
        ["稻作"],
    ),
    accept(
        "全市累计铺设供水管网85公里，涉及12个小区，今年新增23公里。",
        "23公里",
        "written: city water utility, a length after a count",
        ["供水管网", "管网"],
    ),
]


@pytest.mark.parametrize(("text", "needle", "accepted"), UNIT_CARRIED)
def test_measure_carried_from_its_unit(text: str, needle: str, accepted: list[str]) -> None:
    _check(text, needle, accepted)


# ---------------------------------------------------------------- what a rate is per, in two steps
# 省二级幼儿园每生每月480元, 小学每生每年720元: 每 and one character (每生, 每校) right before another 每
# is what the amount is per, like 每人每月; the noun before both is the item the amount is for

FEES = (
    "根据县发展和改革局、县财政局、县教育局有关文件规定，县城公办幼儿园保育教育费标准为：省一级幼儿园"
    "每生每月580元，省二级幼儿园每生每月480元，省三级及以下幼儿园每生每月380元；"
)
PER_TWICE = [
    accept(
        FEES,
        "480元",
        "work list: county-kindergarten 省二级幼儿园每生每月480元",
        ["省二级幼儿园", "保育教育费"],
    ),
    accept(
        FEES,
        "380元",
        "work list: county-kindergarten 省三级及以下幼儿园",
        ["省三级及以下幼儿园", "保育教育费"],
    ),
    accept(
        "义务教育阶段公用经费基准定额为：小学每生每年720元，初中每生每年940元。",
        "940元",
        "written: provincial education notice, 每生每年",
        ["初中"],
    ),
    accept(
        "市区公办养老机构床位费为：护理型床位每人每月1200元，普通床位每人每月800元。",
        "800元",
        "written: city civil affairs, 每人每月 (a unit) as before",
        ["普通床位"],
    ),
    accept(
        "本學年國中每生每學期補助書籍費1,500元，高中每生每學期2,000元。",
        "2,000元",
        "written: tw city education, 每生每學期",
        ["高中", "書籍費"],
    ),
]


@pytest.mark.parametrize(("text", "needle", "accepted"), PER_TWICE)
def test_per_what_in_two_steps(text: str, needle: str, accepted: list[str]) -> None:
    _check(text, needle, accepted)


# ---------------------------------------------------------------- a period before a share of a thing
# 二○二四／二五課稅年度百分之百的薪俸稅: a period (…年度, …季度) right before a figure and 的 says when;
# the noun after 的 is what the share is of (总投资3.2亿元的项目 keeps its measure noun)

HK_TAX = (
    "一次性紓緩措施方面，政府會寬減二○二四／二五課稅年度百分之百的薪俸稅和個人入息課稅，每宗個案以1,500元"
    "為上限，估計惠及約190萬名納稅人。"
)
PERIOD_BEFORE_SHARE = [
    accept(
        HK_TAX,
        "百分之百",
        "work list: hk-budget-measures 百分之百的薪俸稅",
        ["薪俸稅和個人入息課稅", "薪俸稅"],
    ),
    accept(HK_TAX, "1,500元", "work list: hk-budget-measures 以1,500元為上限", ["薪俸稅", "寬減"]),
    accept(
        "政府將寬減2025/26課稅年度75%的利得稅，上限為3,000元。",
        "75%",
        "written: hk budget, 課稅年度75%的利得稅",
        ["利得稅"],
    ),
    accept(
        "对符合条件的小微企业，减免2024年度50%的城镇土地使用税。",
        "50%",
        "written: provincial tax bureau, 年度 read as a time",
        ["城镇土地使用税"],
    ),
    accept(
        "总投资3.2亿元的项目已开工。", "3.2亿元", "written: county portal, a measure noun stays", ["总投资"]
    ),
]


@pytest.mark.parametrize(("text", "needle", "accepted"), PERIOD_BEFORE_SHARE)
def test_period_before_a_share_of_a_thing(text: str, needle: str, accepted: list[str]) -> None:
    _check(text, needle, accepted)


# ---------------------------------------------------------------- a size right after its verb, before 的
# 資助安裝約4,200千瓦的太陽能光伏系統: a physical figure right after its verb and before 的 and a noun
# sizes the verb's object; the noun before the verb (資助) is who acts

SOLAR = "計劃去年亦資助安裝約4,200千瓦的太陽能光伏系統，按年增長35%，預計每年發電約500萬度。"
SIZED_OBJECT = [
    accept(
        SOLAR, "4,200千瓦", "work list: hk-emsd 約4,200千瓦的太陽能光伏系統", ["太陽能光伏系統", "光伏系統"]
    ),
    accept(SOLAR, "35%", "work list: hk-emsd 按年增長35%", ["太陽能光伏系統", "光伏系統"]),
    accept(
        "全年共资助安装约3,500千瓦的屋顶光伏系统。",
        "3,500千瓦",
        "written: provincial energy bureau",
        ["屋顶光伏系统", "光伏系统"],
    ),
    accept("县交通局新修约12公里的通村公路。", "12公里", "written: county transport", ["通村公路"]),
    accept(
        "占地面积约5万平方米的产业园已建成。", "5万平方米", "written: a measure noun, no verb", ["占地面积"]
    ),
    accept(
        "区政府投资建设约2.6万平方米的标准厂房。",
        "2.6万平方米",
        "written: district portal, the verbs read into the run",
        ["标准厂房"],
    ),
]


@pytest.mark.parametrize(("text", "needle", "accepted"), SIZED_OBJECT)
def test_size_right_after_its_verb(text: str, needle: str, accepted: list[str]) -> None:
    _check(text, needle, accepted)


# ---------------------------------------------------------------- a stretch of time in a comparison frame
# 較二○○○年高峰期的2,474宗: the level compared with measures what the sentence counts; the stretch of
# time named inside the frame (高峰期, 同期) says when, it is no thing

BURSTS = "二○二四年全年共錄得63宗水管爆裂事故（俗稱「爆喉」），較二○○○年高峰期的2,474宗減少逾97%；"
PERIOD_IN_FRAME = [
    accept(BURSTS, "2,474宗", "work list: hk-wsd 高峰期的2,474宗", ["水管爆裂事故", "爆喉"]),
    accept(BURSTS, "97%", "work list: hk-wsd 減少逾97%", ["水管爆裂事故", "爆喉"]),
    accept(
        "全年共发生火灾312起，较2015年高峰期的1,024起下降69.5%。",
        "1,024起",
        "written: provincial fire service, a year in digits",
        ["火灾"],
    ),
    accept(
        "本季入境旅客约1,350万人次，较疫情前高峰期的1,600万人次仍低15.6%。",
        "1,600万人次",
        "written: macau tourism bulletin style",
        ["入境旅客", "旅客"],
    ),
    accept(
        "警方亦會與主要電子商務平台合作，參與的平台數目將由現時的5個增至8個。",
        "5個",
        "written: hk legco reply, 參與 is no comparison",
        ["平台數目", "參與的平台數目"],
    ),
]


@pytest.mark.parametrize(("text", "needle", "accepted"), PERIOD_IN_FRAME)
def test_period_inside_a_comparison_frame(text: str, needle: str, accepted: list[str]) -> None:
    _check(text, needle, accepted)
