"""Metadata: <title> suffixes, labelled values, bylines and date ranking on small hand-written snippets."""

from __future__ import annotations

import pytest

from gov_facts.page.date_forms import closing_dates, fold_date_text
from gov_facts.page.metadata import labeller_for, split_title
from gov_facts.page.publish_date import pick_published
from gov_facts.page.reader import read_article
from gov_facts.page.script_meta import script_dates
from gov_facts.rules.patterns import Patterns

BODY = (
    "<p>全市共筹集建设安置房1.39万套，已交付424套，其余2580套将于年底前陆续建成交付，"
    "切实改善群众居住条件。</p>"
)

TITLES = [
    (
        "seed: _栏目_站名",
        "市政府党组推动重点民生项目_宣城要闻_宣城市人民政府",
        "市政府党组推动重点民生项目",
        "宣城市人民政府",
    ),
    (
        "corpus-014: --栏目--站名",
        "女儿出嫁，郑板桥画了几笔兰花当嫁妆--文化--人民网",
        "女儿出嫁，郑板桥画了几笔兰花当嫁妆",
        "人民网",
    ),
    (
        "corpus-003: hyphen between digits",
        "1-10月德清县固定资产投资结构趋稳趋优",
        "1-10月德清县固定资产投资结构趋稳趋优",
        None,
    ),
    (
        "corpus-015: -站名",
        "法国全国大罢工再次严重影响交通-新华网",
        "法国全国大罢工再次严重影响交通",
        "新华网",
    ),
    (
        "corpus-025: ｜ inside the headline",
        "新华视界｜河北遵化：数字农机服务助力农业生产-新华网河北频道-新华网",
        "新华视界｜河北遵化：数字农机服务助力农业生产",
        "新华网",
    ),
    (
        "' - ' with spaces",
        "关于做好2024年防汛工作的通知 - 桐溪县人民政府",
        "关于做好2024年防汛工作的通知",
        "桐溪县人民政府",
    ),
]


@pytest.mark.parametrize(("raw", "head", "site"), [t[1:] for t in TITLES], ids=[t[0] for t in TITLES])
def test_split_title(page_patterns: Patterns, raw: str, head: str, site: str | None) -> None:
    assert split_title(raw, page_patterns.metadata.title_separators) == (head, site)


KNOWN_HEADLINE = [
    (
        "invented-wiki: a headline shorter than the site's name",
        "梅溪江 - 维基百科，自由的百科全书",
        "梅溪江",
        ("梅溪江", "维基百科，自由的百科全书"),
    ),
    (
        "invented-forum: Powered by names the software",
        "帖子标题很长很长 - 民生百事通 - 梅溪论坛 - Powered by Discuz!",
        None,
        ("帖子标题很长很长", "梅溪论坛"),
    ),
    (
        "seed: the heading agrees with the longest part",
        "市政府党组推动重点民生项目_宣城要闻_宣城市人民政府",
        "市政府党组推动重点民生项目",
        ("市政府党组推动重点民生项目", "宣城市人民政府"),
    ),
]


@pytest.mark.parametrize(
    ("raw", "heading", "want"), [t[1:] for t in KNOWN_HEADLINE], ids=[t[0] for t in KNOWN_HEADLINE]
)
def test_split_title_with_the_heading(
    page_patterns: Patterns, raw: str, heading: str | None, want: tuple[str, str]
) -> None:
    rules = page_patterns.metadata
    assert split_title(raw, rules.title_separators, rules.not_site_prefixes, heading) == want


LABELS = [
    (
        "seed: value ends at next label word",
        "发布时间:2021-10-27 07:55 来源:宣城日报 浏览:",
        "source",
        "宣城日报",
    ),
    ("corpus-014: bracketed editor", "(责编：汤诗瑶、丁涛)", "editor", "汤诗瑶、丁涛"),
    ("corpus-024: 【】 editor", "【责任编辑：刘峻凌】", "editor", "刘峻凌"),
    ("corpus-036: ︱ separator", "作者︱春春", "author", "春春"),
    ("corpus-029: date glued to source", "来源：人民日报2024-05-13 08:49", "source", "人民日报"),
    ("corpus-016: chrome glued after a space", "2020-10-04 20:30 来源: 长江网 调整字体", "source", "长江网"),
    (
        "xxgk: spaced label in a table row",
        "索 引 号：\t11341899MB1C20736P/2023-00118\t信息分类：\t政府办文件",
        "index_number",
        "11341899MB1C20736P/2023-00118",
    ),
    ("xxgk: 文　　号", "文　　号：\t桐政办〔2023〕12号", "doc_number", "桐政办〔2023〕12号"),
    ("empty value followed by a label", "作者： 责任编辑：肖春芳", "author", ""),
    (
        "corpus-011: blank source before a removed print button",
        "2021年06月10日 17:35 来源： 【】",
        "source",
        "",
    ),
    (
        "corpus-030: date glued after a closing 》",
        "来源：光明网-《光明日报》2024-05-20 03:15",
        "source",
        "光明网-《光明日报》",
    ),
    # an opening bracket glued to a value ends it: the font-size or print control that follows
    (
        "invented-finance-budget: 【字号 glued to the source",
        "来源：市财政局【字号 大 中 小】",
        "source",
        "市财政局",
    ),
    (
        "written-county: 【打印 glued to the source",
        "来源：县农业农村局【打印】【关闭】",
        "source",
        "县农业农村局",
    ),
    ("written-tw: [列印 glued to the source", "來源：農業處[列印]", "source", "農業處"),
]


@pytest.mark.parametrize(("line", "field", "value"), [c[1:] for c in LABELS], ids=[c[0] for c in LABELS])
def test_labelled_values(page_patterns: Patterns, line: str, field: str, value: str) -> None:
    hits = [h for h in labeller_for(page_patterns.metadata).hits(line) if h.field == field]
    assert hits and hits[0].value == value


BYLINES = [
    (
        "corpus-015: dateline credit",
        ["新华社巴黎12月9日电（记者唐霁）法国9日再次爆发全国跨行业大罢工。"],
        "唐霁",
    ),
    (
        "corpus-016: dateline credit with a role word",
        ["长江网10月4日讯（记者陈智 整合） 国庆中秋长假过半。"],
        "陈智",
    ),
    (
        "corpus-029: closing credit naming a person",
        ["各国要联手抵制保护主义，实现“多赢”“共赢”。（钟才文）"],
        "钟才文",
    ),
    ("corpus-003: closing credit naming an office", ["总体全县投资结构趋稳趋优。（德清县发改局）"], None),
    ("closing note, not a name", ["会议要求抓好落实。（完）"], None),
    (
        "corpus-032: closing credit line with a source",
        ["中青报·中青网记者 魏其濛 来源：中国青年报"],
        "魏其濛",
    ),
    ("invented: closing credit line, two reporters", ["本报记者 张三 李四"], "张三 李四"),
    ("invented: a sentence about a reporter is no credit", ["记者从市统计局获悉，全市经济稳中向好"], None),
    (
        "corpus-027: names spaced apart, a two-character name spread out",
        ["本报记者  王乐文  方  敏"],
        "王乐文  方  敏",
    ),
    ("invented: one spread-out name", ["本报记者  方  敏"], "方  敏"),
    ("invented: 记者 and a heading, not names", ["记者手记"], None),
    # a dateline credit whose role word has a prefix (全媒体记者, 本报记者) and a second role after the name
    (
        "invented-provincial-economy: 全媒体记者 and a 通讯员",
        ["湖南日报10月21日讯（全媒体记者 陈昂昂 通讯员 李寻）省统计局今天发布数据。"],
        "陈昂昂",
    ),
    ("written-city-paper: 融媒体记者", ["宣城日报讯（融媒体记者 张三）全市安置房建设稳步推进。"], "张三"),
    (
        "written-xinhua: 记者 with a 实习生",
        ["新华社北京3月5日电（记者王五 实习生李六）国家统计局5日发布数据。"],
        "王五",
    ),
    ("written-county: 通讯员 alone", ["本报讯（通讯员 赵七）全县春耕生产有序推进。"], "赵七"),
]
_BYLINE_MISSES = {"invented: 记者 and a heading, not names": "手记 reads as a two-character name after 记者"}


@pytest.mark.parametrize(
    ("paras", "author"),
    [
        pytest.param(
            *c[1:],
            id=c[0],
            marks=[pytest.mark.xfail(strict=True, reason=_BYLINE_MISSES[c[0]])]
            if c[0] in _BYLINE_MISSES
            else [],
        )
        for c in BYLINES
    ],
)
def test_bylines(page_patterns: Patterns, paras: list[str], author: str | None) -> None:
    assert labeller_for(page_patterns.metadata).bylines(paras) == author


def test_meta_date_takes_the_visible_time_of_the_same_day() -> None:
    # corpus-014: meta publishdate is date-only, the header shows the time
    pick = pick_published(["2019-06-15"], [], ["2019年06月15日08:18 来源：人民网-文化频道"])
    assert pick.iso == "2019-06-15T08:18:00+08:00"


SHOWN = [
    (
        "corpus-006: 发布日期 on another day than a re-publish's PubDate",
        ["2022-04-24 10:00:43"],
        ["2017-05-15 10:49:00"],
        "2017-05-15T10:49:00+08:00",
    ),
    (
        "corpus-014: the same day: the meta tag stands, and takes the shown time",
        ["2019-06-15"],
        ["2019年06月15日08:18"],
        "2019-06-15T08:18:00+08:00",
    ),
    (
        "invented: the same day and minute",
        ["2023-11-08 10:15"],
        ["2023-11-08 10:15"],
        "2023-11-08T10:15:00+08:00",
    ),
    ("invented: no date under a publish label", ["2023-11-08 10:15"], [], "2023-11-08T10:15:00+08:00"),
]


@pytest.mark.parametrize(("meta", "shown", "iso"), [c[1:] for c in SHOWN], ids=[c[0] for c in SHOWN])
def test_a_shown_date_beats_a_meta_date_of_another_day(meta: list[str], shown: list[str], iso: str) -> None:
    assert pick_published(meta, [(0, t) for t in shown], shown, shown=shown).iso == iso


DATE_FORMS = [
    ("invented-hk: day first with a slash", "發佈時間：08/11/2023 16:30", "2023-11-08T16:30:00+08:00"),
    (
        "invented-hk: weekday and 香港時間, hours with 時",
        "2023年11月8日（星期三）香港時間16時30分",
        "2023-11-08T16:30:00+08:00",
    ),
    ("invented-hk: day first with dashes and HKT", "20-05-2024 HKT 09:15", "2024-05-20T09:15:00+08:00"),
    ("invented-tw: 下午 on a 12-hour clock", "2023年11月10日 下午2:35", "2023-11-10T14:35:00+08:00"),
    ("invented-tw: 上午 stays", "2023/11/10 上午9:05", "2023-11-10T09:05:00+08:00"),
    ("invented: 晚上12 is not 24", "2023-11-10 中午12:10", "2023-11-10T12:10:00+08:00"),
    ("seed: a plain date is unchanged", "发布时间:2021-10-27 07:55", "2021-10-27T07:55:00+08:00"),
]


@pytest.mark.parametrize(("text", "iso"), [c[1:] for c in DATE_FORMS], ids=[c[0] for c in DATE_FORMS])
def test_hong_kong_and_taiwan_date_forms(text: str, iso: str) -> None:
    assert pick_published([], [(0, fold_date_text(text))], []).iso == iso


CLOSING = [
    (
        "invented-hk: 完, then date and time lines",
        ["正文。", "完", "2023年11月8日（星期三）", "香港時間16時30分"],
        ["2023年11月8日 16时30分"],
    ),
    (
        "invented: a notice's signature date",
        ["特此通知。", "梅溪市自来水有限公司", "2024年1月15日"],
        ["2024年1月15日"],
    ),
    ("invented: a date inside a sentence is no closing line", ["会议于2024年1月15日召开。"], []),
]


@pytest.mark.parametrize(("paras", "dates"), [c[1:] for c in CLOSING], ids=[c[0] for c in CLOSING])
def test_closing_date_lines(paras: list[str], dates: list[str]) -> None:
    assert closing_dates(paras) == dates


SCRIPT_DATES = [
    ("invented-wechat: var ct in seconds", 'var ct = "1701327600";', "2023-11-30T15:00:00+08:00"),
    (
        "invented-wechat: ct before a date-only publish_time",
        'var publish_time = "2023-11-30" || "";\nvar ct = "1701327600";',
        "2023-11-30T15:00:00+08:00",
    ),
    (
        "invented: page data in milliseconds",
        '{"pubTimeLong":1,"publishTime":1710207000000}',
        "2024-03-12T09:30:00+08:00",
    ),
    ("invented: a page-data date string", '{"pubTime":"2024-03-12 09:30"}', "2024-03-12T09:30:00+08:00"),
    ("invented: an epoch in the future is not a publish time", 'var ct = "4102444800";', None),
    ("invented: a key that only ends like one", 'var product = "1701327600";', None),
]


@pytest.mark.parametrize(("script", "iso"), [c[1:] for c in SCRIPT_DATES], ids=[c[0] for c in SCRIPT_DATES])
def test_publish_times_in_scripts(page_patterns: Patterns, script: str, iso: str | None) -> None:
    assert script_dates([script], page_patterns.metadata) == iso


def test_no_date_is_a_warning() -> None:
    assert pick_published([], [], ["没有日期"]).warnings == ["no publish date found"]


def _page(head: str, body: str) -> str:
    return f"<html><head><meta charset='utf-8'>{head}</head><body>{body}</body></html>"


SNIPPETS = [
    (
        "the visible 发布日期 beats a meta PubDate on another day (a page republished later)",
        _page(
            "<title>关于安置房建设的通报_要闻_桐溪县人民政府</title>"
            "<meta name='PubDate' content='2023-03-22 16:08'>",
            "<h1>关于安置房建设的通报</h1><div class='info'>发布日期：2023-03-20</div><div class='text'>"
            + BODY
            + "</div>",
        ),
        {
            "title": "关于安置房建设的通报",
            "published_at": "2023-03-20",
            "site": "桐溪县人民政府",
        },
    ),
    (
        "labelled header values",
        _page(
            "<title>安置房建设稳步推进</title>",
            "<h1>安置房建设稳步推进</h1>"
            "<p class='meta'>发布时间：2021-10-27 07:55 来源：宣城日报 作者：张三 浏览：</p>"
            "<div class='text'>" + BODY + "<p>（责任编辑：李四 编辑：王五）</p></div>",
        ),
        {
            "published_at": "2021-10-27T07:55:00+08:00",
            "source": "宣城日报",
            "author": "张三",
            "editor": "李四",
        },
    ),
    (
        "信息公开 key-value table above the title",
        _page(
            "<title>桐溪县人民政府办公室关于下达补助资金的通知</title>",
            "<table><tr><th>索 引 号：</th><td>11341899MB1C20736P/2023-00118</td><th>发布机构：</th>"
            "<td>桐溪县人民政府办公室</td></tr><tr><th>发文字号：</th><td>桐政办〔2023〕12号</td><th>成文日期：</th>"
            "<td>2023-03-20</td></tr></table><h1>桐溪县人民政府办公室关于下达补助资金的通知</h1>"
            "<div class='text'>" + BODY + "</div>",
        ),
        {
            "index_number": "11341899MB1C20736P/2023-00118",
            "doc_number": "桐政办〔2023〕12号",
            "publisher": "桐溪县人民政府办公室",
            "published_at": "2023-03-20",
        },
    ),
    (
        "url from the saved-from comment",
        "<!-- saved from url=(0041)http://www.example.gov.cn/art/2021/1.html -->"
        + _page("<title>安置房建设稳步推进</title>", "<h1>安置房建设稳步推进</h1>" + BODY),
        {"url": "http://www.example.gov.cn/art/2021/1.html", "published_at": None},
    ),
    (
        "canonical url and og:site_name",
        _page(
            "<title>安置房建设稳步推进</title><link rel='canonical' href='https://www.example.gov.cn/a/1.html'>"
            "<meta property='og:site_name' content='示例市人民政府'>",
            "<h1>安置房建设稳步推进</h1>" + BODY,
        ),
        {"url": "https://www.example.gov.cn/a/1.html", "site": "示例市人民政府"},
    ),
    (
        "no 副标题 in the title",
        _page(
            "<title>安置房建设稳步推进_示例网</title>",
            "<h1>安置房建设稳步推进</h1><h2>副标题：全市已交付424套</h2>" + BODY,
        ),
        {"title": "安置房建设稳步推进"},
    ),
    (
        "invented-tw-county: site and column before the headline in <title>, the headline in a th",
        _page(
            "<title>雲林縣政府全球資訊網-新聞稿-大蒜豐收 契作收購穩定價格</title>",
            "<table><tr><th colspan='2' class='newstitle'>大蒜豐收 契作收購穩定價格</th></tr></table>" + BODY,
        ),
        {"title": "大蒜豐收 契作收購穩定價格"},
    ),
    (
        "written-tw: a Dublin Core title (政府網站 DC metadata) and no heading",
        _page(
            "<title>臺中市政府全球資訊網-市政新聞-社會住宅興建進度超前</title>"
            "<meta name='DC.Title' content='社會住宅興建進度超前'>",
            BODY,
        ),
        {"title": "社會住宅興建進度超前"},
    ),
]


@pytest.mark.parametrize(("html", "expected"), [s[1:] for s in SNIPPETS], ids=[s[0] for s in SNIPPETS])
def test_metadata_fields_on_snippets(
    page_patterns: Patterns, html: str, expected: dict[str, str | None]
) -> None:
    page = read_article(html, page_patterns)
    for name, value in expected.items():
        assert getattr(page, name) == value, name
