"""The ways Chinese writes a number, surveyed again (session 17): one table per construction.

Every sentence was written for these tables in the style of a kind of site named by its row id
(``written: <site kind>``: a provincial or county portal, a statistics bulletin, a procurement or
tender notice, finance news, a court report, Hong Kong / Macau / Taiwan pages in traditional
script); none is copied from a page or from another project's tests. Each row runs the whole of
:func:`gov_facts.extract_text` and checks only the fields it names, on the one fact whose span
overlaps the needle; ``kind=None`` says that no fact may overlap it. Rows that need no page around
them run through :func:`gov_facts.read_quantities` too. Known misses are strict xfail rows.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import pytest

from factcase import check_one, row, table_rows
from factcase import overlapping as _over
from gov_facts import extract_text, read_quantities
from gov_facts.core.models import Fact


@cache
def _facts(text: str) -> tuple[Fact, ...]:
    return tuple(extract_text(text, published="2024-12-20").facts)


# ---------------------------------------------------------------- financial capitals (大写)

CAPITALS = [
    row("本项目中标金额为人民币壹佰贰拾叁万肆仟伍佰元整。", "壹佰", "written: procurement notice",
        value=1234500, unit="元", kind="money"),
    row("合同总价：人民币叁万零伍佰元整。", "叁万", "written: procurement notice (零 inside)", value=30500),
    row("项目预算金额为人民币壹亿贰仟万元。", "壹亿", "written: procurement notice (亿)", value=120000000),
    row("中标价：人民币壹仟零伍拾万零叁佰元整。", "壹仟", "written: procurement notice (two 零)",
        value=10500300),
    row("判令被告支付原告货款拾万元。", "拾万", "written: court report (拾 leads)", value=100000),
    row("成交金额：人民币捌万陆仟圆整。", "捌万", "written: procurement notice (圆)", value=86000),
    row("投标报价：人民币壹拾贰万叁仟肆佰伍拾陆元柒角捌分。", "壹拾", "written: procurement notice (角分)",
        value=123456.78),
    row("总价：壹仟元零伍分。", "壹仟", "written: procurement notice (元零伍分: 零 marks an empty 角)",
        value=1000.05, text="壹仟元零伍分"),
    row("总价：壹万元零伍角。", "壹万", "written: procurement notice (元零伍角)", value=10000.5,
        text="壹万元零伍角"),
    row("决标金额新臺幣壹佰萬元整。", "壹佰", "written: taiwan tender (traditional capitals)",
        value=1000000, currency="TWD"),
    row("中标价：1佰万元。", "1佰", "written: procurement notice (an Arabic digit before 佰)",
        value=1000000, text="1佰万元"),
    row("本年度預算為3,500仟元。", "3,500", "written: taiwan budget (仟元: thousands of dollars)",
        value=3500000, kind="money", text="3,500仟元"),
    row("淨利為新臺幣12佰萬元。", "12", "written: taiwan financial statement (佰萬元: millions)",
        value=12000000, currency="TWD"),
]  # fmt: skip

# ---------------------------------------------------------------- 〇, 零, 两, 廿 and colloquial places

DIGITS = [
    row("全年接待游客一千〇五十万人次。", "一千", "written: statistics bulletin (〇 inside)", value=10500000),
    row("新建两所幼儿园。", "两所", "written: provincial portal (两 counts)", value=2, unit="所"),
    row("全镇共有两千三百户农户参保。", "两千", "written: county portal (两千)", value=2300, unit="户"),
    row("全县两万六千人参加培训。", "两万", "written: county portal (两万六千)", value=26000),
    row("新建兩間學校。", "兩間", "written: hong kong page (兩)", value=2, unit="間"),
    row("是次活動共有廿五間學校參與。", "廿五", "written: hong kong page (廿)", value=25),
    row("一百零八名村民参加。", "一百", "written: county portal (一百零八)", value=108),
    row("共三万零五十人受益。", "三万", "written: county portal (三万零五十)", value=30050),
    row("全村一千二百人。", "一千二", "written: county portal (一千二百)", value=1200),
    row("增收一点五万元。", "一点五万", "written: county portal (一点五万)", value=15000),
]  # fmt: skip

# ---------------------------------------------------------------- Arabic digits with Chinese places

MIXED = [
    row("全年社会融资规模增量为1.2万亿元。", "1.2", "written: finance news (1.2万亿)", value=1200000000000),
    row("省财政下达补助资金3千万元。", "3千", "written: provincial portal (3千万)", value=30000000),
    row("活动吸引群众5百余人参加。", "5百", "written: county portal (5百余)", value=500,
        qualifier="at_least"),
    row("公司拟回购股份不超过3百万股。", "3百", "written: finance news (3百万)", value=3000000,
        qualifier="at_most"),
    row("國內生產毛額達新臺幣23.6兆元。", "23.6", "written: taiwan page (兆)", value=23600000000000),
    row("共1萬2千人參加。", "1萬2", "written: taiwan page (1萬2千)", value=12000),
    row("參觀人數達12萬3,456人次。", "12萬", "written: taiwan page (12萬3,456)", value=123456),
]  # fmt: skip

# ---------------------------------------------------------------- full-width digits and separators

SEPARATORS = [
    row("全市新增就业岗位１２３４个。", "１２", "written: provincial portal (full-width digits)", value=1234),
    row("居民消费价格上涨２．５％。", "２", "written: statistics bulletin (full-width point)", value=2.5,
        unit="%"),
    row("全年粮食产量１，２３４万吨。", "１", "written: statistics bulletin (full-width comma)",
        value=12340000),
    row("全年地区生产总值1,234.5亿元。", "1,234", "written: statistics bulletin (1,234.5)",
        value=123450000000),
    row("全年新增城镇就业1，234人。", "1，234", "written: county portal (1，234)", value=1234),
    row("本年度共收到136 000宗申請。", "136", "written: hong kong page (136 000)", value=136000),
    row("全年财政收入1 234.5亿元。", "1 234", "written: statistics bulletin (1 234.5)", value=123450000000),
    row("全年地区生产总值5.2 万亿元。", "5.2", "written: statistics bulletin (a space before 万亿)",
        value=5200000000000),
]  # fmt: skip

# ---------------------------------------------------------------- approximations and bounds

APPROX = [
    row("项目总投资约3.5亿元。", "3.5", "written: provincial portal (约)", qualifier="approx"),
    row("惠及群众近2万人。", "2万", "written: county portal (近)", qualifier="approx"),
    row("活動吸引逾5,000名市民參加。", "5,000", "written: hong kong page (逾)", qualifier="more_than"),
    row("成交额超2000亿元。", "2000", "written: finance news (超)", qualifier="more_than"),
    row("发放宣传资料3000余份。", "3000", "written: county portal (余)", qualifier="at_least"),
    row("培训农民200多人次。", "200", "written: county portal (多)", qualifier="at_least"),
    row("预计投资1亿元左右。", "1亿", "written: provincial portal (左右)", qualifier="approx"),
    row("日均客流在5万人次上下。", "5万", "written: statistics bulletin (上下)", qualifier="approx"),
    row("吸引上千名游客前来观光。", "上千", "written: county portal (上千)", value=1000,
        qualifier="at_least"),
    row("帮扶困难群众千余户。", "千余", "written: county portal (千余)", value=1000, qualifier="at_least"),
    row("逾百名義工參與。", "百名", "written: hong kong page (逾百)", value=100, qualifier="more_than"),
    row("受惠人數達二十餘萬。", "二十", "written: hong kong page (二十餘萬)", value=200000,
        qualifier="at_least"),
    row("村里有十几户人家。", "十几", "written: county portal (十几: vague)", kind=None),
    row("有几十名志愿者参与。", "几十", "written: county portal (几十: vague)", kind=None),
    row("吸引数百名游客。", "数百", "written: county portal (数百: vague)", kind=None),
    row("带动数十万人就业。", "数十", "written: provincial portal (数十万: vague)", kind=None),
    row("幾百人參與。", "幾百", "written: hong kong page (幾百: vague)", kind=None),
    row("现场百来人。", "百来", "written: county portal (百来: about a hundred)", value=100,
        qualifier="approx"),
    row("一年能挣千八百块。", "千八百", "written: finance news quote (千八百: vague)", kind=None),
]  # fmt: skip

# ---------------------------------------------------------------- ranges

RANGES = [
    row("每户补贴3至5万元。", "3至5", "written: procurement notice (3至5万)", low=30000, high=50000),
    row("单个项目补助3-5万元。", "3-5", "written: procurement notice (3-5万元)", low=30000, high=50000),
    row("用三至五年时间基本建成。", "三至五", "written: provincial portal (三至五年)", low=3, high=5,
        kind="duration"),
    row("每間三至五萬元。", "三至五", "written: hong kong page (三至五萬)", low=30000, high=50000),
    row("每件補助5〜10萬元。", "5〜10", "written: taiwan page (a wave dash 〜 between the ends)",
        low=50000, high=100000, text="5〜10萬元"),
    row("预计涨幅5〜8%。", "5〜8", "written: finance news (5〜8%)", low=5, high=8, unit="%"),
    row("补助标准为5∼10万元。", "5∼10", "written: provincial portal (a tilde operator ∼)", low=50000,
        high=100000),
    row("票價為$20-$40。", "$20", "written: hong kong page (the currency again at the far end)",
        low=20, high=40, text="$20-$40"),
    row("門票HK$100至HK$300。", "HK$100", "written: hong kong page (HK$100至HK$300)", low=100, high=300,
        currency="HKD"),
    row("罚款人民币1万至人民币5万元。", "人民币1万", "written: court report (人民币 at both ends)",
        low=10000, high=50000, text="人民币1万至人民币5万元"),
    row("募资1-1.5亿元。", "1-1.5", "written: finance news (1-1.5亿元)", low=100000000, high=150000000),
    row("补助0.5-1万元。", "0.5", "written: county portal (0.5-1万元)", low=5000, high=10000),
    row("补助5千-1万元。", "5千", "written: county portal (5千-1万元)", low=5000, high=10000),
    row("预计增长百分之五至百分之六。", "百分之五", "written: statistics bulletin (百分之五至百分之六)",
        low=5, high=6),
]  # fmt: skip

# ---------------------------------------------------------------- adjacent numerals: an approximate range

ADJACENT = [
    row("投资七八亿元。", "七八亿", "written: finance news (七八亿)", low=700000000, high=800000000,
        qualifier="approx"),
    row("每户培养一两个明白人。", "一两个", "written: county portal (一两个)", low=1, high=2),
    row("每村培育三五个示范户。", "三五", "written: county portal (三五个: three to five)", low=3, high=5,
        qualifier="approx"),
    row("三五天就能办好。", "三五", "written: county portal (三五天)", low=3, high=5, kind="duration"),
    row("游客三五成群。", "三五", "written: county portal (三五成群: an idiom)", kind=None),
    row("参与者多为二十七八岁的青年。", "二十七八", "written: finance news (二十七八: 27 to 28)", low=27,
        high=28, qualifier="approx"),
    row("现场一千二三百人。", "一千二三百", "written: county portal (一千二三百)", low=1200, high=1300),
    row("年收入三万七八千元。", "三万七八千", "written: finance news (三万七八千)", low=37000, high=38000,
        kind="money"),
    row("全村一百二三十户。", "一百二三十", "written: county portal (一百二三十)", low=120, high=130),
    row("約有百分之七八十的市民支持。", "百分之七八十", "written: hong kong page (百分之七八十)", low=70,
        high=80, unit="%", qualifier="approx"),
    row("上世纪八九十年代，这里还是荒滩。", "八九十", "written: county portal (八九十年代: decades)",
        kind=None),
    row("力争用三五年时间建成。", "三五", "written: provincial portal (三五年时间: a length)", low=3,
        high=5, kind="duration"),
    row("用两三年时间完成老旧小区改造。", "两三", "written: county portal (两三年时间)", low=2, high=3,
        kind="duration"),
    row("这项手艺已有七八年的历史。", "七八", "written: finance news (七八年的历史)", low=7, high=8),
    row("两三年后再行评估。", "两三", "written: provincial portal (两三年后: a time, no length)",
        kind=None),
    row("一九年以来新增企业。", "一九", "written: finance news (一九年: a year)", kind=None),
]  # fmt: skip

# ---------------------------------------------------------------- shares, tenths and discounts

SHARES = [
    row("约三分之一的企业实现盈利。", "三分之一", "written: statistics bulletin (三分之一)",
        value=33.3333333333, unit="%"),
    row("全市生产总值增长百分之五点二。", "百分之", "written: statistics bulletin (百分之五点二)", value=5.2),
    row("人口自然增长率为3‰。", "3‰", "written: statistics bulletin (‰)", value=3, unit="‰", kind="other"),
    row("比上年提高5个百分点。", "5个", "written: statistics bulletin (个百分点)", value=5,
        kind="percentage_point"),
    row("营收较去年下降三成。", "三成", "written: finance news (三成)", value=30, unit="%"),
    row("门票按八折优惠。", "八折", "written: county portal (八折)", value=80, unit="%"),
    row("逾六成半受訪者支持。", "六成半", "written: hong kong page (六成半)", value=65),
    row("支持度3成7。", "3成7", "written: taiwan page (3成7)", value=37),
    row("商品六至八折销售。", "六至八折", "written: county portal (六至八折)", low=60, high=80),
    row("约1/3的企业实现盈利。", "1/3", "written: county portal (1/3)", value=33.3333333333, unit="%"),
    row("覆盖率达到百分之百。", "百分之百", "written: county portal (百分之百)", value=100, unit="%"),
]  # fmt: skip

# ---------------------------------------------------------------- decimals written in Chinese

DECIMALS = [
    row("人均住房面积增加三点一四平方米。", "三点", "written: statistics bulletin (三点一四)", value=3.14),
    row("同比下降零点五个百分点。", "零点五", "written: statistics bulletin (零点五)", value=0.5),
    row("增长三点〇五个百分点。", "三点", "written: statistics bulletin (三点〇五)", value=3.05),
    row("增長百分之三點五。", "百分之三", "written: hong kong page (百分之三點五)", value=3.5),
]  # fmt: skip

# ---------------------------------------------------------------- ordinals and ranks

ORDINALS = [
    row("我市连续第三年获评全国文明城市。", "第三", "written: county portal (第三年)", kind=None),
    row("入选第3批国家级示范区名单。", "第3", "written: provincial portal (第3批)", kind=None),
    row("增速居全省第二位。", "第二", "written: statistics bulletin (第二位)", value=2, kind="rank"),
    row("在全省考核中获得第1-3名。", "1-3", "written: provincial portal (第1-3名: a range of ranks)",
        low=1, high=3, kind="rank", text="第1-3名"),
    row("获得第一至三名的单位予以奖励。", "三名", "written: county portal (第一至三名)", low=1, high=3,
        kind="rank"),
    row("两项指标分别位居全省第2至3位。", "3位", "written: statistics bulletin (第2至3位)", low=2,
        high=3, kind="rank"),
    row("公布第1至3批名单。", "3批", "written: provincial portal (第1至3批: ordinals of batches)",
        kind=None),
    row("依据《刑法》第十二条之规定。", "十二", "written: court report (第十二条)", kind=None),
]  # fmt: skip

# ---------------------------------------------------------------- multiples, signs and changes

SIGNED = [
    row("出口额是上年的2.5倍。", "2.5", "written: statistics bulletin (倍)", value=2.5, kind="multiple"),
    row("力争到2027年产值翻一番。", "翻一番", "written: provincial portal (翻一番)", value=2,
        kind="multiple"),
    row("经济总量比2010年翻两番。", "翻两番", "written: provincial portal (翻两番)", value=4),
    row("是上年的3倍多。", "3倍", "written: statistics bulletin (3倍多)", value=3, qualifier="at_least"),
    row("当月出口同比增长-3.2%。", "3.2", "written: finance news (-3.2%)", value=-3.2),
    row("同比−2.1%。", "2.1", "written: finance news (a typographic minus)", value=-2.1),
    row("增速为负二点三个百分点。", "二点三", "written: statistics bulletin (负二点三)", value=-2.3),
    row("工业增加值负增长2%。", "2%", "written: statistics bulletin (负增长)", value=2, change="decrease"),
    row("出口負成長2.1%。", "2.1", "written: taiwan page (負成長)", value=2.1, change="decrease"),
    row("比上年下降3.2个百分点。", "3.2", "written: statistics bulletin (下降…个百分点)", value=3.2,
        kind="percentage_point", change="decrease"),
    row("深证成指报9,876.54点▼1.2%。", "1.2", "written: finance news (▼: a fall)", change="decrease"),
]  # fmt: skip

# ---------------------------------------------------------------- years, dates, phones, codes and ids

NOT_FIGURES = [
    row("2024年全市共接待游客500万人次。", "2024", "written: county portal (2024年)", kind=None),
    row("二〇二四年全县粮食总产量达十二万吨。", "二〇", "written: county portal (二〇二四年)", kind=None),
    row("二〇二四年全县粮食总产量达十二万吨。", "十二万", "written: county portal (the count after it)",
        value=120000, unit="吨"),
    row("民國113年全國出生數為13萬4,856人。", "113", "written: taiwan page (民國113年)", kind=None),
    row("民國113年全國出生數為13萬4,856人。", "13萬", "written: taiwan page (13萬4,856人)", value=134856),
    row("本市113年度預算編列新臺幣5億元。", "113", "written: taiwan page (113年度)", kind=None),
    row("113學年度新生入學。", "113", "written: taiwan page (113學年度)", kind=None),
    row("2024/25年度財政預算案。", "2024", "written: hong kong page (2024/25年度)", kind=None),
    row("公告日期：113/12/03", "113", "written: taiwan page (113/12/03)", kind=None),
    row("咨询电话：0871-63123456。", "63123456", "written: provincial portal (a phone number)", kind=None),
    row("联系人：张先生，联系电话13812345678。", "138", "written: procurement notice (a mobile)", kind=None),
    row("查詢熱線：2835 1234。", "2835", "written: hong kong page (a hotline)", kind=None),
    row("客服热线400-123-4567。", "400", "written: finance news (400)", kind=None),
    row("被告人李某，公民身份号码53010219800101123X。", "5301", "written: court report (an id)", kind=None),
    row("项目编号：YNZC2024-0123。", "0123", "written: procurement notice (a project code)", kind=None),
    row("统一社会信用代码：91530100MA6K123456。", "9153", "written: procurement notice (a credit code)",
        kind=None),
    row("（2024）云01民初123号民事判决书", "123", "written: court report (a case number)", kind=None),
    row("执行GB/T 19001-2016标准。", "19001", "written: procurement notice (a standard)", kind=None),
]  # fmt: skip

# ---------------------------------------------------------------- currencies

CURRENCIES = [
    row("是次撥款達12億港元。", "12", "written: hong kong page (港元)", value=1200000000, currency="HKD"),
    row("補助金額為新台币3萬元。", "3萬", "written: taiwan page (新台币)", value=30000, currency="TWD"),
    row("政府向每名居民發放1萬澳門元。", "1萬", "written: macau page (澳門元)", value=10000, currency="MOP"),
    row("实际使用外资12.3亿美元。", "12.3", "written: finance news (亿美元)", currency="USD"),
    row("进出口总额达五百亿美元。", "五百", "written: finance news (五百亿美元)", value=50000000000,
        currency="USD"),
    row("每人獲發MOP$5,000。", "5,000", "written: macau page (MOP$)", value=5000, currency="MOP"),
    row("每人補助NT$5,000。", "5,000", "written: taiwan page (NT$)", value=5000, currency="TWD"),
    row("人民幣債券發行規模達300億元人民幣。", "300", "written: hong kong page (元人民幣)", currency="CNY"),
]  # fmt: skip

# ---------------------------------------------------------------- units in traditional script

TRADITIONAL_UNITS = [
    row("全年訪港旅客達3,400萬人次。", "3,400", "written: hong kong page (萬人次)", value=34000000),
    row("總預算為120億元。", "120", "written: taiwan page (億元)", value=12000000000, kind="money"),
    row("新增綠地面積12.5公頃。", "12.5", "written: taiwan page (公頃)", unit="公頃", kind="area"),
    row("興建樓地板面積3,500平方公尺。", "3,500", "written: taiwan page (平方公尺)", unit="平方公尺",
        kind="area"),
    row("蓄水量5,000萬立方公尺。", "5,000", "written: taiwan page (立方公尺)", value=50000000,
        kind="volume"),
    row("節省用電120萬千瓦小時。", "120", "written: hong kong page (千瓦小時: energy, not power)",
        value=1200000, kind="energy", text="120萬千瓦小時"),
    row("年发电量3.5兆瓦小时。", "3.5", "written: macau page in simplified script (兆瓦小时)",
        value=3.5, kind="energy"),
    row("判處有期徒刑1年6月，緩刑2年。", "6月", "written: taiwan court (1年6月: six months of a term)",
        value=6, kind="duration"),
]  # fmt: skip

TABLES = {
    "capitals": CAPITALS,
    "digits": DIGITS,
    "mixed": MIXED,
    "separators": SEPARATORS,
    "approx": APPROX,
    "ranges": RANGES,
    "adjacent": ADJACENT,
    "shares": SHARES,
    "decimals": DECIMALS,
    "ordinals": ORDINALS,
    "signed": SIGNED,
    "not_figures": NOT_FIGURES,
    "currencies": CURRENCIES,
    "traditional_units": TRADITIONAL_UNITS,
}
ALL_ROWS = table_rows(TABLES)


@pytest.mark.parametrize(("text", "needle", "expected"), ALL_ROWS)
def test_the_fact(text: str, needle: str, expected: dict[str, Any]) -> None:
    check_one(_over(_facts(text), text, needle), needle, expected)


#: the rows a text alone decides (no place, no subject, no change): read_quantities must agree
QUANTITY_ROWS = table_rows(
    TABLES,
    lambda table, p: (
        table != "currencies"
        and p.values[2] != {"kind": None}
        and not {"change", "subject"} & set(p.values[2])
    ),
)


@pytest.mark.parametrize(("text", "needle", "expected"), QUANTITY_ROWS)
def test_read_quantities_reads_the_same(text: str, needle: str, expected: dict[str, Any]) -> None:
    check_one([q for q in _over(read_quantities(text), text, needle) if q.kind != "number"], needle, expected)
