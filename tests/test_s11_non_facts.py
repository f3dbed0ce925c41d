"""Numbers that are not figures, next to figures that are (session 11, issue 14: precision).

A probe sweep of sentences in Hong Kong, Macau, Taiwan and mainland styles full of non-figures (ROC
years and dates, 條例 chapters and articles, 第N屆 names, addresses, phone numbers, gazette and
document numbers, times of day, model and standard names, grades, list markers, slogans, years as
names) found the constructions below; the in-sample gold's false facts were the first rows. Each
table is one construction; ``site`` is the page's site name, which places the page as the pipeline
does (a Taiwan page dates in the Republic of China era). Rows with ``kind=None`` expect no fact over
the needle; the others expect the figure beside the non-figure still read.
"""

from __future__ import annotations

from typing import Any

import pytest

from factcase import known_miss
from test_s8_traditional import COLUMNS, case, run

HK = "政府統計處"
MO = "澳門特別行政區政府入口網站"
TW = "內政部警政署"
CN = None
DAY = "2025-05-20"
NONE: dict[str, Any] = {"kind": None}

# ---------------------------------------------------------------- tiers of government before their noun
# N级 after the tiers it sums up (省、市、县三级; 县乡村三级 with no mark between), right before the noun
# the tiers share (财政, 物流配送, 河长体系), names a system (three-tier funding), no figure; the tiers as
# they act (省、市、县三级立即启动) stay a count, as the gold of invented-earthquake-notice reads them.

TIERS_NAMED = [
    case("调整标准所需资金，除中央财政补助外，由省、市、县三级财政按5:3:2的比例分担。", "三级", DAY, CN,
         "invented-province-veterans-affairs: 省、市、县三级财政按5:3:2", kind=None),
    case("全县快递业务量累计完成2856.3万件，县乡村三级物流配送站点实现行政村全覆盖。", "三级", DAY, CN,
         "invented-county-commerce-ecommerce: 县乡村三级物流配送站点", kind=None),
    case("中央、省、市、县四级财政累计投入衔接资金18.6亿元。", "四级", DAY, CN,
         "written-provincial-finance: 中央、省、市、县四级财政", kind=None),
    case("全面建立市县乡村四级网格化管理体系，配备网格员2.1万名。", "四级", DAY, CN,
         "written-city-news: 市县乡村四级网格 (no mark between)", kind=None),
    case("省市县三级医保经办机构共受理异地就医备案12.5万人次。", "三级", DAY, CN,
         "written-medical-security: 省市县三级医保经办机构", kind=None),
    case("全县建立县乡两级河长体系，共设立河长326名。", "326名", DAY, CN,
         "written-county: 县乡两级河长体系, 326名 still read", value=326, unit="名"),
    case("震后，省、市、县三级立即启动地震应急Ⅲ级响应。", "三级", DAY, CN,
         "invented-earthquake-notice: 三级立即启动 (the tiers act: a count)", value=3, unit="级",
         kind="count"),
]  # fmt: skip

# ---------------------------------------------------------------- a range of levels or phases by name
# 一至四级残疾军人, 五至十级, 一至三期工程: a range in Chinese numerals before a word that counts only after
# Arabic digits (needs_number: 级, 期) is a band of levels or phases named, as 四级应急响应 and 二期工程 are
# one; a range in digits (4至5级, 3.0至4.5级) or of weeks (四至六星期, a duration) stays a figure.

LEVEL_RANGES = [
    case("对一至四级残疾军人的残疾抚恤金标准提高5%。", "一至四级", DAY, CN,
         "invented-province-veterans-affairs: 一至四级残疾军人", kind=None),
    case("对一至四级残疾军人的残疾抚恤金标准提高5%。", "5%", DAY, CN,
         "invented-province-veterans-affairs: …提高5% still read", value=5, kind="percent"),
    case("残疾等级为五至十级的，一次性补助2万元。", "五至十级", DAY, CN,
         "written-civil-affairs: 残疾等级为五至十级的", kind=None),
    case("一至三期工程共完成投资5.6亿元。", "一至三期", DAY, CN, "written-procurement: 一至三期工程",
         kind=None),
    case("預料今晚吹和緩至清勁東風，離岸四至五級。", "四至五級", DAY, HK,
         "written-hk-observatory: 離岸四至五級 (a wind force by name)", kind=None),
    case("第一至三期公營房屋共提供單位1萬2千個。", "一至三期", DAY, HK,
         "written-hk-housing: 第一至三期公營房屋", kind=None),
    case("預計今年流感季節將持續約四至六星期。", "四至六星期", DAY, HK,
         "invented-hk-hospital-authority: 持續約四至六星期 (weeks: a figure)", low=4, high=6),
    case("预计沿海风力4至5级。", "4至5级", DAY, CN, "written-weather: 风力4至5级 (digits: a figure)",
         low=4, high=5),
    case("長照需要等級2至8級者可申請交通接送。", "2至8級", DAY, TW,
         "written-tw-social: 長照需要等級2至8級 (a band of grades in digits after 等級)", kind=None,
         marks=known_miss("a range of grades in digits after the noun of grades (等級2至8級) is read")),
]  # fmt: skip

# ---------------------------------------------------------------- a date written as a name
# “3·15”, “5·20”, 7·21: a number after a digit and a middle dot is the day of a date by name; with what
# follows it (期间 read as N期) it is no figure.

DOTTED_DATES = [
    case("“5·20”期间，全市共办理结婚登记1260对。", "20”期", DAY, CN,
         "written-civil-affairs: “5·20”期间", kind=None),
    case("5·20期间，全市共办理结婚登记1260对。", "20期", DAY, CN,
         "written-civil-affairs: 5·20期间 (no quotes)", kind=None),
    case("5·20期间，全市共办理结婚登记1260对。", "1260对", DAY, CN,
         "written-civil-affairs: …1260对 still read", value=1260, unit="对"),
    case("3·15期间，共受理消费者投诉426件。", "15期", DAY, CN, "written-amr: 3·15期间", kind=None),
    case("9·9期間，本澳慈善機構共收到捐款約320萬澳門元。", "9期", DAY, MO, "written-mo-charity: 9·9期間",
         kind=None),
]  # fmt: skip

# ---------------------------------------------------------------- the day after a month's name
# 正月十五元宵节, 八月十五: a number in Chinese numerals (a day's, at most 30) right after a month's name
# is the day of a date, whatever follows (元宵 read as 十五元); 每月十五元 and 三月十五万人 stay figures.

MONTH_DAYS = [
    case("正月十五元宵节当天，全市接待游客32万人次。", "十五元", DAY, CN,
         "written-culture-tourism: 正月十五元宵节", kind=None),
    case("正月十五元宵节当天，全市接待游客32万人次。", "32万人次", DAY, CN,
         "written-culture-tourism: …32万人次 still read", value=320000),
    case("農曆正月十五元宵節，燈會吸引遊客逾50萬人次。", "十五元", DAY, TW,
         "written-tw-tourism: 正月十五元宵節", kind=None),
    case("低保对象每月十五元的电话补贴已发放到位。", "十五元", DAY, CN,
         "written-civil-affairs: 每月十五元 (a sum)", value=15, unit="元"),
    case("今年三月十五万人次参与植树活动。", "十五万人次", DAY, CN,
         "written-forestry: 三月十五万人次 (past a day)", value=150000),
]  # fmt: skip

# ---------------------------------------------------------------- a unit that opens a word
# 3年級, 國小1年級, 5·20期間: a one-character unit that opens a distinguishing word (年级) or, after a
# measure word that counts after digits alone, a locative (期间) is part of that word: a grade or a time,
# no figure. A noun opened stays a figure's (30层楼: 层 glued to 楼). A unit read (单) that opens a longer
# address unit (单元) after a place word of an address (2号楼3单元) is part of the address.

OPENED_WORDS = [
    case("本市3年級學生視力不良率為45.2%。", "3年", DAY, TW, "written-tw-education: 3年級學生", kind=None),
    case("本市3年級學生視力不良率為45.2%。", "45.2%", DAY, TW, "written-tw-education: …45.2% still read",
         value=45.2),
    case("全县小学1年级新生共计4321人。", "1年", DAY, CN, "written-county-education: 小学1年级", kind=None),
    case("全校6年级学生体质健康达标率为92.3%。", "6年", DAY, CN, "written-school-news: 6年级学生", kind=None),
    case("主体结构高度接近30层楼。", "30层", DAY, CN, "corpus-021: 30层楼 (a noun opened: a figure)",
         value=30, unit="层"),
    case("2号楼3单元共有住户48户。", "3单", DAY, CN, "written-community: 2号楼3单元 (an address)", kind=None),
    case("該屋苑5棟2單元共有住戶36戶。", "2單", DAY, HK, "written-hk-housing: 5棟2單元", kind=None),
    case("全区共有居民楼56栋、单元312个。", "312个", DAY, CN, "written-community: 单元312个 still read",
         value=312),
]  # fmt: skip

# ---------------------------------------------------------------- a window of hours
# 過去24小時, 未来24小时内, 近24小时: hours after a word of a window (过去, 未来, 近 at a clause's head) are a
# time window as 近三年 and 过去12个月 are, no figure; 将近24小时 (nearly) and 历时3小时 stay figures.

HOUR_WINDOWS = [
    case("衞生防護中心今日公布，過去24小時共錄得12宗新個案。", "24小時", DAY, HK,
         "written-hk-chp: 過去24小時共錄得", kind=None),
    case("衞生防護中心今日公布，過去24小時共錄得12宗新個案。", "12宗", DAY, HK,
         "written-hk-chp: …12宗 still read", value=12),
    case("预计未来24小时内，我市有大到暴雨。", "24小时", DAY, CN, "written-weather: 未来24小时内", kind=None),
    case("過去24小時，全省平均降雨量達36毫米。", "24小時", DAY, TW, "written-tw-cwa: 過去24小時，",
         kind=None),
    case("近24小时内，全市共出动消防车12辆。", "24小时", DAY, CN, "written-fire-brigade: 近24小时内",
         kind=None),
    case("救援队伍连续奋战将近24小时。", "24小时", DAY, CN, "written-emergency: 将近24小时 (nearly)",
         value=24, unit="小时"),
]  # fmt: skip

# ---------------------------------------------------------------- a figure inside a programme's name
# 「長者2元乘車優惠計劃」: a figure inside a short quoted name that ends with a plan noun (计划, 规划) is
# part of the name, no figure; a quoted plan described with 的 (“…12亿元的计划”) keeps its figure.

PROGRAMME_NAMES = [
    case("「長者及合資格殘疾人士2元乘車優惠計劃」受惠人數約190萬人。", "2元", DAY, HK,
         "written-hk-lwb: 「…2元乘車優惠計劃」", kind=None),
    case("「長者及合資格殘疾人士2元乘車優惠計劃」受惠人數約190萬人。", "190萬人", DAY, HK,
         "written-hk-lwb: …190萬人 still read", value=1900000),
    case("推出“百亩千亩万亩示范计划”后，全市建成示范片区32个。", "32个", DAY, CN,
         "written-agriculture: …32个 still read", value=32),
    case("市民可申請「1元乘車優惠計劃」，本年度共有8萬人受惠。", "1元", DAY, MO,
         "written-mo-transport: 「1元乘車優惠計劃」", kind=None),
    case("他表示：“要完成全年投资12亿元的计划”。", "12亿元", DAY, CN,
         "written-county-news: “…12亿元的计划” (a plan described: a figure)", value=1200000000),
]  # fmt: skip

# ---------------------------------------------------------------- the probe sweep: non-figures already
# left out, next to figures, in the styles of the four kinds of site (kept so that they stay out)

PROBE_SWEEP = [
    case("本府112年度預算執行率達95.3%，較111年度提高2.1個百分點。", "112年度", DAY, TW,
         "written-tw-budget: 112年度 (an ROC year)", kind=None),
    case("民國113年3月本市失業率為3.4%。", "113年", DAY, TW, "written-tw-labour: 民國113年3月", kind=None),
    case("本案於114-04-10公告，決標金額為新臺幣1,250萬元。", "114-04-10", DAY, TW,
         "written-tw-procurement: 114-04-10 (a date)", kind=None),
    case("本案於114-04-10公告，決標金額為新臺幣1,250萬元。", "1,250萬元", DAY, TW,
         "written-tw-procurement: …1,250萬元 still read", value=12500000),
    case("根據《僱傭條例》（第57章）第12條，僱主須支付不少於14天的年假。", "第57章", DAY, HK,
         "written-hk-labour: 《僱傭條例》（第57章）", kind=None),
    case("根據《僱傭條例》（第57章）第12條，僱主須支付不少於14天的年假。", "14天", DAY, HK,
         "written-hk-labour: 不少於14天 still read", value=14),
    case("根據第8/2005號法律第15條規定，罰款金額為澳門元2萬元。", "8/2005", DAY, MO,
         "written-mo-law: 第8/2005號法律", kind=None),
    case("第11屆立法委員選舉投票率為71.9%。", "第11屆", DAY, TW, "written-tw-election: 第11屆", kind=None),
    case("第135届广交会境外采购商到会24.6万人。", "第135届", DAY, CN, "written-commerce: 第135届广交会",
         kind=None),
    case("新診所位於九龍彌敦道238號2樓，每日可服務病人120人次。", "238號", DAY, HK,
         "written-hk-health: 彌敦道238號 (an address)", kind=None),
    case("洽詢電話：(02)2720-8889轉1234，傳真：(02)2345-6789。", "2720-8889", DAY, TW,
         "written-tw-contact: a phone number", kind=None),
    case("查詢熱線：2835 1234；傳真：2891 5678。", "2835 1234", DAY, HK, "written-hk-press: 查詢熱線",
         kind=None),
    case("全年12345热线共受理群众诉求136.8万件。", "12345", DAY, CN, "written-city-hotline: 12345热线",
         kind=None),
    case("有關公告已刊登於政府憲報第1234號公告，涉及土地面積3.5公頃。", "第1234號", DAY, HK,
         "written-hk-lands: 政府憲報第1234號", kind=None),
    case("府授社字第1130012345號函核定補助新臺幣50萬元。", "1130012345", DAY, TW,
         "written-tw-county: 府授社字第1130012345號", kind=None),
    case("颱風警報於下午4時30分解除，全市停電戶數共1.2萬戶。", "4時30分", DAY, TW,
         "written-tw-disaster: 下午4時30分", kind=None),
    case("天文台於14:30發出黃色暴雨警告信號，錄得雨量逾70毫米。", "14:30", DAY, HK,
         "written-hk-observatory: 14:30", kind=None),
    case("臺鐵新購EMU3000型城際列車，總經費約300億元。", "3000", DAY, TW, "written-tw-railway: EMU3000",
         kind=None),
    case("执行《环境空气质量标准》（GB 3095-2012）二级标准，达标天数为320天。", "3095", DAY, CN,
         "written-eco-bulletin: GB 3095-2012", kind=None),
    case("本市已有45家企業通過ISO 9001認證。", "9001", DAY, TW, "written-tw-industry: ISO 9001", kind=None),
    case("全省新增国家一级博物馆3家。", "一级", DAY, CN, "written-culture: 一级博物馆 (a grade)", kind=None),
    case("本市甲類工廠共有128家。", "128家", DAY, TW, "written-tw-industry: 甲類工廠…128家", value=128),
    case("①完成維修工程18項；②新增車位260個。", "①", DAY, HK, "written-hk-works: ① (a list marker)",
         kind=None),
    case("1. 全年完成投资12亿元。2. 新增就业3000人。", "2.", DAY, CN,
         "written-county-summary: 2. (a list marker)", kind=None),
    case("积极参与“一带一路”建设，对外投资增长8.1%。", "一带一路", DAY, CN, "written-commerce: “一带一路”",
         kind=None),
    case("“十四五”以来，全市累计建成5G基站1.2万个。", "5G", DAY, CN, "written-telecom: 5G基站", kind=None),
    case("落实联合国2030年可持续发展议程，减贫人口20万人。", "2030年", DAY, CN,
         "written-provincial: 2030年议程 (a year as a name)", kind=None),
    case("推動「2050淨零排放」路徑，減碳量達45萬公噸。", "2050", DAY, TW, "written-tw-environment: 2050淨零",
         kind=None),
    case("本校110學年度新生人數為1,230人。", "110學年度", DAY, TW, "written-tw-school: 110學年度", kind=None),
    case("天文台於上午9時40分發出八號烈風或暴風信號，共有40人受傷。", "八號", DAY, HK,
         "written-hk-observatory: 八號烈風信號", kind=None),
    case("第2/2024號法律規定，65歲或以上長者可獲發敬老金9,000澳門元。", "2/2024", DAY, MO,
         "written-mo-law: 第2/2024號法律", kind=None),
    case("邮编：230001，全年寄递包裹5万件。", "230001", DAY, CN, "written-postal: 邮编", kind=None),
]  # fmt: skip


@pytest.mark.parametrize(
    COLUMNS,
    TIERS_NAMED
    + LEVEL_RANGES
    + DOTTED_DATES
    + MONTH_DAYS
    + OPENED_WORDS
    + HOUR_WINDOWS
    + PROGRAMME_NAMES
    + PROBE_SWEEP,
)
def test_non_facts(
    text: str, needle: str, published: str, site: str | None, expected: dict[str, Any]
) -> None:
    run(text, needle, published, site, expected)
