"""Where each fact is: the place that governs a figure, and the place a page speaks for.

Tables by construction (README, "Where each fact is"): a place named in the figure's clause or
sentence; a scope carried from the paragraph's opener, a heading or a table's row or column; the
page's own place (我市, 全市, 本县, 全国); a name two divisions share; a place that does not govern
(a comparison, a destination, a ranking's scope, an example list); no place at all; then the
document's place from its metadata. Row ids say where the case comes from: "seed:", "corpus-NNN:",
"sample:", "invented-city:" (a city's news page), "invented-province:", "invented-bulletin:",
"invented-national:" (a national portal or medium), "invented-hk:", "invented-tw:". Known misses
keep the right answer and are strict xfails.
"""

from __future__ import annotations

from functools import cache

import pytest

from gov_facts.core.models import DocumentPlace, Fact
from gov_facts.facts.engine import find_facts
from gov_facts.facts.place import page_place
from gov_facts.facts.place_document import PageClues
from gov_facts.rules.patterns import load_patterns

PATTERNS = load_patterns()

#: the metadata of the kinds of page the rows come from
PAGES: dict[str, PageClues] = {
    "xuancheng": PageClues(site="宣城市人民政府", url="https://www.xuancheng.gov.cn/News/show/1208457.html"),
    "xuanzhou": PageClues(site="宣城市宣州区人民政府", url="https://www.xuanzhou.gov.cn/News/show/1.html"),
    "wanzai": PageClues(site="万载县人民政府", url="http://www.wanzai.gov.cn/wzxrmzf/tjgb/1.shtml"),
    "yichun": PageClues(site="中国宜春", url="https://www.yichun.gov.cn/ycsrmzf/tjgb/1.shtml"),
    "zhejiang": PageClues(site="浙江省人民政府", url="https://www.zj.gov.cn/art/2023/1/1/art_1.html"),
    "guangxi": PageClues(site="广西壮族自治区人民政府门户网站", url="http://www.gxzf.gov.cn/a.html"),
    "beijing": PageClues(site="北京市人民政府", url="https://www.beijing.gov.cn/ywdt/1.html"),
    "changchun": PageClues(site="长春市人民政府", url="http://www.changchun.gov.cn/1.html"),
    "nanjing": PageClues(site="南京市人民政府", url="https://www.nanjing.gov.cn/1.html"),
    "national": PageClues(site="中国政府网", url="https://www.gov.cn/xinwen/1.htm"),
    "medium": PageClues(site="人民网", source="人民日报"),
    "science": PageClues(site="光明网", source="网易科学人"),
    "tongxi": PageClues(site="桐溪县人民政府", source="桐溪县交通运输局"),
    "hk": PageClues(site="香港特别行政区政府新闻网", url="https://www.info.gov.hk/gia/general/1.htm"),
    "none": PageClues(),
}

Expected = tuple[str | None, str | None] | None

#: a city's statistics bulletin's table: a row per county, then the city's total
BULLETIN = (
    "表1 各县（市、区）主要指标\n地区\t地区生产总值（亿元）\t增长（%）\n"
    "袁州区\t612.3\t5.1\n樟树市\t580.2\t4.8\n全市\t3500.1\t5.0"
)


def _bug(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=reason)


@cache
def _run(page: str, text: str, title: str | None = None) -> tuple[DocumentPlace | None, tuple[Fact, ...]]:
    clues = PAGES[page]
    if title is not None:
        clues = PageClues(title, clues.source, clues.publisher, clues.site, clues.url)
    where = page_place(PATTERNS, clues, text)
    facts, _, _ = find_facts(text, PATTERNS, title=clues.title, where=where)
    return (where.record() if where else None), tuple(facts)


def place_of(page: str, text: str, needle: str, title: str | None = None) -> Expected:
    """(name, code) of the place of the one fact over ``needle``, or None."""
    i = text.index(needle)
    hits = [f for f in _run(page, text, title)[1] if f.start < i + len(needle) and i < f.end]
    assert len(hits) == 1, f"{needle!r}: {[f.text for f in _run(page, text, title)[1]]}"
    p = hits[0].place
    return (p.name, p.code) if p is not None else None


def _rows(*rows: tuple[object, ...]) -> list[object]:
    return [pytest.param(*r[1:], id=str(r[0])) if not isinstance(r[0], pytest.MarkDecorator)
            else pytest.param(*r[2:], id=str(r[1]), marks=r[0]) for r in rows]  # fmt: skip


IN_SENTENCE = _rows(
    (
        "seed: 我市…达78个项目",
        "xuancheng",
        "因多种原因,我市房地产领域历史遗留“难办证”问题较多,达78个项目,共15167套房屋,涉及13281户。",
        "78个",
        ("宣城市", "341800"),
    ),
    (
        "invented-city: a county at the head of the clause",
        "xuancheng",
        "今年以来，宣州区完成固定资产投资52.6亿元，同比增长12%。",
        "52.6亿元",
        ("宣州区", "341802"),
    ),
    (
        "invented-city: the county carries on to the next clause",
        "xuancheng",
        "今年以来，宣州区完成固定资产投资52.6亿元，同比增长12%。",
        "12%",
        ("宣州区", "341802"),
    ),
    (
        "invented-city: a short name (宣州 = 宣州区)",
        "xuancheng",
        "宣州新增城镇就业5600人。",
        "5600人",
        ("宣州区", "341802"),
    ),
    (
        "invented-province: province and county chained, the smaller wins",
        "zhejiang",
        "浙江省德清县1-10月固定资产投资完成246.79亿元。",
        "246.79亿元",
        ("德清县", "330521"),
    ),
    (
        "invented-province: 全省 on the province's page",
        "zhejiang",
        "2023年全省地区生产总值达到8.26万亿元。",
        "8.26万亿元",
        ("浙江省", "330000"),
    ),
    (
        "invented-province: each city of a provincial release",
        "zhejiang",
        "杭州市实现生产总值2.01万亿元，宁波市实现1.64万亿元。",
        "1.64万亿元",
        ("宁波市", "330200"),
    ),
    (
        "invented-national: city then district, chained across a short name",
        "medium",
        "广州南沙新建邮轮泊位2个。",
        "2个",
        ("南沙区", "440115"),
    ),
    (
        "corpus-026: 位于昌吉市的天鹅小镇",
        "medium",
        "位于昌吉市的天鹅小镇，有500多户游牧民定居。",
        "500多户",
        ("昌吉市", "652301"),
    ),
    (
        "invented-city: a township of the page's county",
        "xuanzhou",
        "水东镇今年新建农村公路12公里。",
        "12公里",
        ("水东镇", "341802110"),
    ),
    (
        "invented-city: a zone of the city (宣城经开区)",
        "xuancheng",
        "宣城经开区上半年完成工业产值120亿元。",
        "120亿元",
        ("宣城市经济开发区", "341871"),
    ),
    (
        "invented-city: 经开区 alone is the city's own",
        "xuancheng",
        "经开区新签约项目18个。",
        "18个",
        ("宣城市经济开发区", "341871"),
    ),
    (
        "invented-national: a country named in the sentence",
        "medium",
        "美国家庭平均每年要额外支出约831美元。",
        "831美元",
        ("美国", "US"),
    ),
    (
        "invented-city: 分别: each figure its own place",
        "xuancheng",
        "宣州区、郎溪县分别完成投资52.6亿元、30.1亿元。",
        "30.1亿元",
        ("郎溪县", "341821"),
    ),
    (
        "invented-city: 分别: the first figure, the first place",
        "xuancheng",
        "宣州区、郎溪县分别完成投资52.6亿元、30.1亿元。",
        "52.6亿元",
        ("宣州区", "341802"),
    ),
    (
        "invented-city: two counties together: the city that holds both",
        "xuancheng",
        "宣州区和郎溪县共完成投资82.7亿元。",
        "82.7亿元",
        ("宣城市", "341800"),
    ),
    (
        "invented-city: a former name (广德县, now 广德市)",
        "xuancheng",
        "2018年广德县地区生产总值达到280.5亿元。",
        "280.5亿元",
        ("广德市", "341882"),
    ),
    (
        "invented-province: a merged city (莱芜市, now part of 济南市)",
        "none",
        "2017年莱芜市地区生产总值达到1000亿元。",
        "1000亿元",
        ("济南市", "370100"),
    ),
)


@pytest.mark.parametrize(("page", "text", "needle", "expected"), IN_SENTENCE)
def test_place_in_the_clause_or_sentence(page: str, text: str, needle: str, expected: Expected) -> None:
    assert place_of(page, text, needle) == expected


CARRIED = _rows(
    (
        "invented-bulletin: a table's row per county",
        "yichun",
        BULLETIN,
        "580.2",
        ("樟树市", "360982"),
    ),
    (
        "invented-bulletin: the row's growth rate too",
        "yichun",
        BULLETIN,
        "5.1",
        ("袁州区", "360902"),
    ),
    (
        "invented-bulletin: the total row is the page's city",
        "yichun",
        BULLETIN,
        "3500.1",
        ("宜春市", "360900"),
    ),
    (
        "invented-bulletin: a table's column per county",
        "xuancheng",
        "指标\t单位\t宣州区\t郎溪县\n固定资产投资\t亿元\t52.6\t30.1",
        "30.1",
        ("郎溪县", "341821"),
    ),
    (
        "invented-city: the paragraph's opener",
        "xuancheng",
        "宣州区：今年以来，新开工项目36个。全年完成投资52.6亿元。",
        "52.6亿元",
        ("宣州区", "341802"),
    ),
    (
        "invented-city: a heading above the paragraph",
        "xuancheng",
        "一、宣州区\n新开工项目36个，完成投资52.6亿元。",
        "36个",
        ("宣州区", "341802"),
    ),
    (
        "invented-city: 该区 refers back",
        "xuancheng",
        "市长到宣州区调研。该区今年新建学校5所。",
        "5所",
        ("宣州区", "341802"),
    ),
    (
        "corpus-027 style: a place in the sentence after the figure opens the paragraph",
        "medium",
        "在建成501公里标准化堤防的同时，河南开展智慧预警。",
        "501公里",
        ("河南省", "410000"),
    ),
)


@pytest.mark.parametrize(("page", "text", "needle", "expected"), CARRIED)
def test_scope_carried_from_the_paragraph_or_the_table(
    page: str, text: str, needle: str, expected: Expected
) -> None:
    assert place_of(page, text, needle) == expected


OWN_PLACE = _rows(
    (
        "seed: 为全市21390名低收入老年人",
        "xuancheng",
        "为全市21390名低收入老年人,发放了2135.89万元养老服务补贴。",
        "21390名",
        ("宣城市", "341800"),
    ),
    (
        "sample: 我县 on a county site the table does not hold",
        "tongxi",
        "我县2023年农村公路提质改造工程已全面完工，全年累计完成农村公路提质改造126公里。",
        "126公里",
        ("桐溪县", None),
    ),
    (
        "invented-bulletin: 全市 on a county's page is its city",
        "wanzai",
        "全市共有普通高校6所。",
        "6所",
        ("宜春市", "360900"),
    ),
    (
        "invented-bulletin: 全县 on a county's page",
        "wanzai",
        "年末全县常住人口47.6万人。",
        "47.6万人",
        ("万载县", "360922"),
    ),
    ("invented-national: 全国", "national", "全国共有普通高等学校3013所。", "3013所", ("中国", "CN")),
    (
        "invented-province: 全区 on an autonomous region's page",
        "guangxi",
        "全区地区生产总值2.7万亿元。",
        "2.7万亿元",
        ("广西壮族自治区", "450000"),
    ),
    (
        "invented-city: 全区 on a district's page",
        "xuanzhou",
        "全区新增市场主体3200户。",
        "3200户",
        ("宣州区", "341802"),
    ),
    (
        "invented-city: no place in the text: the page's",
        "xuancheng",
        "截至目前已交安置房424套。",
        "424套",
        ("宣城市", "341800"),
    ),
)


@pytest.mark.parametrize(("page", "text", "needle", "expected"), OWN_PLACE)
def test_own_place_words(page: str, text: str, needle: str, expected: Expected) -> None:
    assert place_of(page, text, needle) == expected


SHARED_NAMES = _rows(
    (
        "invented-city: 朝阳区 on Beijing's page",
        "beijing",
        "朝阳区新增就业岗位1.2万个。",
        "1.2万个",
        ("朝阳区", "110105"),
    ),
    (
        "invented-city: 朝阳区 on Changchun's page",
        "changchun",
        "朝阳区新增就业岗位1.2万个。",
        "1.2万个",
        ("朝阳区", "220104"),
    ),
    (
        "invented-national: 朝阳区 with nothing to tell which: no code",
        "medium",
        "朝阳区新增就业岗位1.2万个。",
        "1.2万个",
        ("朝阳区", None),
    ),
    (
        "invented-national: 长春朝阳区 chained",
        "medium",
        "长春朝阳区新增就业岗位1.2万个。",
        "1.2万个",
        ("朝阳区", "220104"),
    ),
    (
        "invented-city: 鼓楼区 on Nanjing's page",
        "nanjing",
        "鼓楼区全年接待游客800万人次。",
        "800万人次",
        ("鼓楼区", "320106"),
    ),
    (
        "invented-national: 鼓楼区 told apart by another place of the text",
        "medium",
        "南京市玄武区、鼓楼区全年接待游客800万人次。",
        "800万人次",
        ("南京市", "320100"),
    ),
    (
        "invented-national: a short name shared by a province and a city: the province",
        "medium",
        "吉林粮食产量816亿斤。",
        "816亿斤",
        ("吉林省", "220000"),
    ),
    (
        "corpus-012: a city and its own county share a short name: the city",
        "none",
        "供应商名称\t数量（台）\t单价（元）\n承德发金商贸有限公司\t156\t4780.00",
        "156",
        ("承德市", "130800"),
    ),
)


@pytest.mark.parametrize(("page", "text", "needle", "expected"), SHARED_NAMES)
def test_names_shared_by_two_divisions(page: str, text: str, needle: str, expected: Expected) -> None:
    assert place_of(page, text, needle) == expected


NOT_GOVERNING = _rows(
    (
        "invented-city: a destination (销往上海)",
        "xuancheng",
        "我市农产品销往上海5万吨。",
        "5万吨",
        ("宣城市", "341800"),
    ),
    (
        "invented-city: a comparison (比芜湖多)",
        "xuancheng",
        "今年出口额比芜湖多2亿元。",
        "2亿元",
        ("宣城市", "341800"),
    ),
    (
        "invented-city: a ranking's scope (居全省第一)",
        "xuancheng",
        "增速达到9.5%，居全省第一。",
        "9.5%",
        ("宣城市", "341800"),
    ),
    (
        "invented-city: the rank itself is the city's",
        "xuancheng",
        "增速达到9.5%，居全省第一。",
        "第一",
        ("宣城市", "341800"),
    ),
    (
        "corpus-027 style: 高于全国 is a comparison",
        "medium",
        "河南高技术制造业投资增长22.6%，高于全国12个百分点。",
        "12个百分点",
        ("河南省", "410000"),
    ),
    (
        "invented-city: a partner (与江苏)",
        "xuancheng",
        "与江苏签订合作项目12个。",
        "12个",
        ("宣城市", "341800"),
    ),
    (
        "invented-national: a reference point (距离青岛)",
        "none",
        "平台将前往距离青岛超过1200海里的海域作业。",
        "1200海里",
        None,
    ),
    (
        "invented-city: an origin (来自浙江)",
        "xuancheng",
        "接待来自浙江的游客120万人次。",
        "120万人次",
        ("宣城市", "341800"),
    ),
    (
        "invented-city: places given as examples (等)",
        "xuancheng",
        "宣州区、郎溪县等5个县市区全部达标。",
        "5个",
        ("宣城市", "341800"),
    ),
    (
        "corpus-008 style: an example inside a list (丰城唯美养生谷等51个)",
        "yichun",
        "华强方特、丰城唯美养生谷等51个重大文旅项目开工建设。",
        "51个",
        ("宜春市", "360900"),
    ),
    (
        "corpus-007 style: an honour named after the country (5家中国金牌农家乐)",
        "wanzai",
        "万载现有2个国家AAAA级旅游景区，5家中国金牌农家乐。",
        "5家",
        ("万载县", "360922"),
    ),
    (
        "corpus-006 style: a prize named after the city, on a county's page",
        "wanzai",
        "获批双高企业4家，宜春市科技进步奖3项，申请专利203件。",
        "203件",
        ("万载县", "360922"),
    ),
    (
        "corpus-008 style: a place in brackets speaks only inside them",
        "yichun",
        "特殊教育学校9所（含铜鼓1所民办特教学校），在校学生4943人。",
        "4943人",
        ("宜春市", "360900"),
    ),
    (
        "corpus-018: eight countries together are no one place",
        "medium",
        "来自美、英、日、德、澳、加拿大、挪威、瑞典8个国家的政客组成了一个联盟。",
        "8个",
        None,
    ),
    (
        "corpus-004: 在巴中国移民: 中国, not 巴中",
        "medium",
        "这里聚集了超过90%的在巴中国移民。",
        "90%",
        ("中国", "CN"),
    ),
    (
        "invented-city: a destination cue covers the whole list after it",
        "xuancheng",
        "我市农产品销往上海、江苏、浙江等地5万吨。",
        "5万吨",
        ("宣城市", "341800"),
    ),
    (
        "invented-city: an export list after its cue",
        "xuancheng",
        "全年出口美国、日本、韩国产品12亿元。",
        "12亿元",
        ("宣城市", "341800"),
    ),
    (
        "corpus-033 style: a place inside one item of a list of named things",
        "medium",
        "我国已正式设立三江源、大熊猫、东北虎豹、海南热带雨林、武夷山首批5个国家公园。",
        "5个",
        ("中国", "CN"),
    ),
    (
        "corpus-033 style: the world as a target (对全球减贫) is not the figure's place",
        "medium",
        "中国的减贫成就对全球减贫贡献率达到70%以上。",
        "70%",
        ("中国", "CN"),
    ),
    (
        "corpus-033 style: 印度洋 is an ocean, not 印度",
        "medium",
        "船队多次南下太平洋、印度洋，足迹遍布30多个国家和地区。",
        "30多个",
        None,
    ),
)


@pytest.mark.parametrize(("page", "text", "needle", "expected"), NOT_GOVERNING)
def test_places_that_do_not_govern(page: str, text: str, needle: str, expected: Expected) -> None:
    assert place_of(page, text, needle) == expected


NO_PLACE = _rows(
    (
        "corpus-036 style: a science page with no place",
        "science",
        "国际空间站的造价高达1500亿美元。",
        "1500亿美元",
        None,
    ),
    ("invented-national: the world (全球)", "medium", "全球平均收入将下降5%。", "5%", None),
    ("invented: no metadata and no place", "none", "完成投资5亿元。", "5亿元", None),
    (
        "invented-city: 征迁安置 is not 迁安市",
        "xuancheng",
        "用于政府投资项目征迁安置房1.39万套。",
        "1.39万套",
        ("宣城市", "341800"),
    ),
    (
        "invented-city: 中山路 is a street, not 中山市",
        "xuancheng",
        "中山路改造工程全长1.2公里。",
        "1.2公里",
        ("宣城市", "341800"),
    ),
    (
        "invented-bulletin: 新建 is a verb, not 新建区",
        "yichun",
        "新建或修复1000多处水毁工程。",
        "1000多处",
        ("宜春市", "360900"),
    ),
)


@pytest.mark.parametrize(("page", "text", "needle", "expected"), NO_PLACE)
def test_no_place_or_a_name_that_is_no_place(page: str, text: str, needle: str, expected: Expected) -> None:
    assert place_of(page, text, needle) == expected


HK_TW = _rows(
    (
        "invented-hk: a district in traditional script",
        "hk",
        "沙田區新增公營房屋3000套。",
        "3000套",
        ("沙田区", "810000"),
    ),
    (
        "invented-hk: 香港 by its short name, in traditional script",
        "hk",
        "本年度香港本地生產總值增長3.2%。",
        "3.2%",
        ("香港特别行政区", "810000"),
    ),
    (
        "invented-tw: a Taiwanese city by its own name",
        "medium",
        "臺北市設有公園870座。",
        "870座",
        ("台北市", "710000"),
    ),
    (
        "invented-tw: simplified script",
        "medium",
        "高雄市全年接待游客1200万人次。",
        "1200万人次",
        ("高雄市", "710000"),
    ),
)


@pytest.mark.parametrize(("page", "text", "needle", "expected"), HK_TW)
def test_hong_kong_macau_taiwan(page: str, text: str, needle: str, expected: Expected) -> None:
    assert place_of(page, text, needle) == expected


DOCUMENT = _rows(
    ("seed: the site's name", "xuancheng", None, "发放补贴5万元。", ("宣城市", "341800", "site")),
    (
        "corpus-003: a province's department reprinting a county's figures",
        "zhejiang",
        "1-10月德清县固定资产投资结构趋稳趋优",
        "完成投资5亿元。",
        ("德清县", "330521", "title"),
    ),
    (
        "corpus-009: a city's site reprinting the province's bulletin",
        "yichun",
        "江西省2022年国民经济和社会发展统计公报",
        "完成投资5亿元。",
        ("江西省", "360000", "title"),
    ),
    (
        "corpus-024: a national medium's title names the city",
        "medium",
        "呼和浩特：对生育二孩、三孩的呼市户籍家庭发放一次性育儿津贴5000元",
        "发放津贴5000元。",
        ("呼和浩特市", "150100", "title"),
    ),
    (
        "corpus-025: province and county chained in the title",
        "medium",
        "新华视界｜河北遵化：数字农机服务助力农业生产",
        "投入农机20台。",
        ("遵化市", "130281", "title"),
    ),
    ("sample: a county the table does not hold", "tongxi", None, "完成投资5亿元。", ("桐溪县", None, "site")),
    (
        "corpus-005: the central government's portal",
        "national",
        None,
        "发行特别国债15500亿元。",
        ("中国", "CN", "site"),
    ),
    (
        "corpus-036 style: a national medium on no place",
        "science",
        None,
        "宇航员飞行前12小时禁止饮酒。",
        (None, None, None),
    ),
    (
        "corpus-014 style: a national medium on China",
        "medium",
        None,
        "我国粮食产量1.39万亿斤。",
        ("中国", "CN", "site"),
    ),
    (
        "invented-national: a province's press release on a national medium",
        "medium",
        "推动高质量发展新闻发布会",
        "河南省委副书记介绍，河南粮食产量连续7年稳定在1300亿斤以上。河南还新建高标准农田1500万亩，"
        "郑州、洛阳等地新增企业2万家。",
        ("河南省", "410000", "text"),
    ),
    (
        "invented-national: two provinces alike: the country",
        "medium",
        "东西部协作取得新进展",
        "我国东西部协作持续深化，江苏与陕西共建产业园区20个，江苏企业在陕西投资300亿元，"
        "陕西向江苏输送劳动力5万人。",
        ("中国", "CN", "site"),
    ),
    (
        "invented-hk: Hong Kong's government news",
        "hk",
        None,
        "新增單位3000個。",
        ("香港特别行政区", "810000", "site"),
    ),
    (
        "invented-tw: a Taiwanese title in traditional script",
        "medium",
        "臺中市推出新住宅計畫",
        "興建住宅2000戶。",
        ("台中市", "710000", "title"),
    ),
    (
        "invented-province: the title's place is a destination: the site's",
        "xuancheng",
        "我市代表团赴上海招商",
        "签约项目12个。",
        ("宣城市", "341800", "site"),
    ),
)


@pytest.mark.parametrize(("page", "title", "text", "expected"), DOCUMENT)
def test_document_place(page: str, title: str | None, text: str, expected: tuple[str | None, ...]) -> None:
    doc, _ = _run(page, text, title)
    got = (doc.name, doc.code, doc.found_in) if doc is not None else (None, None, None)
    assert got == expected


def test_host_alone_names_the_city() -> None:
    where = page_place(PATTERNS, PageClues(url="https://www.xuancheng.gov.cn/News/show/1.html"), "文字")
    assert where is not None and (where.pick.name, where.found_in) == ("宣城市", "url")


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        pytest.param("http://fgw.zj.gov.cn/art/1.html", "浙江省", id="corpus-003: a department of 浙江 (zj)"),
        pytest.param("http://www.ccgp-hebei.gov.cn/cd/1.html", "河北省", id="corpus-012: ccgp-hebei"),
        pytest.param("http://www.wanzai.gov.cn/a.shtml", "万载县", id="corpus-006: a county's pinyin"),
        pytest.param("https://www.gov.cn/xinwen/1.htm", "中国", id="corpus-005: the central portal"),
        pytest.param("http://www.mof.gov.cn/1.htm", "中国", id="invented-national: a ministry"),
    ],
)
def test_host_place(url: str, expected: str) -> None:
    where = page_place(PATTERNS, PageClues(url=url), "我国经济")
    assert where is not None and where.pick.name == expected
