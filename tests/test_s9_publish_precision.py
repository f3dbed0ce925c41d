"""A publish time as precise as the page states it (session 9).

Construction: the winning publish date is refined by another candidate on the same day (and,
for a time to the minute, the same minute) that states more: a date-only 發布日期 above a press
release's closing ``香港時間16時30分`` (one paragraph broken by ``<br>``), a meta ``PubDate`` to
the minute under a visible 发布时间 to the second. A candidate on another day never refines.
"""

from __future__ import annotations

import pytest

from gov_facts.page.date_forms import closing_dates, fold_date_text
from gov_facts.page.dates import dateline
from gov_facts.page.metadata import labeller_for
from gov_facts.page.publish_date import pick_published
from gov_facts.rules.patterns import Patterns

REFINED = [
    (
        "invented-hk-censtatd: 發布日期 date only, closing date and time in one <br> paragraph",
        [],
        ["2024年10月17日（星期四）"],
        ["完", "2024年10月17日（星期四）\n香港時間16時30分"],
        "2024-10-17T16:30:00+08:00",
    ),
    (
        "written-macau: 發佈日期 date only, closing lines apart",
        [],
        ["2025年3月4日"],
        ["2025年3月4日（星期二）", "澳門時間17時05分"],
        "2025-03-04T17:05:00+08:00",
    ),
    (
        "written-hk: a closing line of another day does not refine",
        [],
        ["2024年10月17日（星期四）"],
        ["2024年10月18日（星期五）\n香港時間09時00分"],
        "2024-10-17",
    ),
    (
        "invented-housing: meta PubDate to the minute, 发布时间 to the second",
        ["2024-07-12 16:05"],
        ["2024-07-12 16:05:32"],
        [],
        "2024-07-12T16:05:32+08:00",
    ),
    (
        "written-provincial: meta to the second stands",
        ["2023-05-06 09:12:45"],
        ["2023-05-06 09:12"],
        [],
        "2023-05-06T09:12:45+08:00",
    ),
    (
        "written-county: another minute does not refine",
        ["2023-05-06 09:12"],
        ["2023-05-06 09:13:20"],
        [],
        "2023-05-06T09:12:00+08:00",
    ),
]


@pytest.mark.parametrize(
    ("meta", "labelled", "tail", "iso"), [c[1:] for c in REFINED], ids=[c[0] for c in REFINED]
)
def test_publish_time_refined_on_the_same_day(
    meta: list[str], labelled: list[str], tail: list[str], iso: str
) -> None:
    shown = [fold_date_text(t) for t in labelled]
    refiners = closing_dates(tail)
    pick = pick_published(
        meta, [(0, t) for t in shown], [], shown=shown, refiners=refiners, refine_lines=tail
    )
    assert pick.iso == iso


# Construction: a metadata line whose fields were printed as adjacent spans with no space between
# them (来源：X</span><span>作者：Y) holds a label glued to the value before it; the value is cut
# there and the glued label read with its separator. A label word inside a value that is not
# where a value was cut is not a label.
GLUED = [
    (
        "invented-transport: 作者 glued after the source",
        "发布时间：2025-01-15 10:20来源：市交通运输局公路建设科作者：周晓峰浏览量：1263",
        "author",
        "周晓峰",
    ),
    ("written-county: 责任编辑 glued after the author", "作者：张敏责任编辑：王海", "editor", "王海"),
    ("written-tw: 撰稿 glued after 來源", "來源：農業處撰稿：林佳慧", "source", "農業處"),
    (
        "written-provincial: the source still ends at the glued label",
        "来源：省统计局作者：李明",
        "source",
        "省统计局",
    ),
    (
        "written-xxgk: 索引号 glued after 发布机构",
        "发布机构：县财政局索引号：113-2023-0045",
        "index_number",
        "113-2023-0045",
    ),
]


@pytest.mark.parametrize(("line", "field", "value"), [c[1:] for c in GLUED], ids=[c[0] for c in GLUED])
def test_a_label_glued_to_the_value_before_it(
    page_patterns: Patterns, line: str, field: str, value: str
) -> None:
    hits = [h for h in labeller_for(page_patterns.metadata).hits(line) if h.field == field]
    assert hits and hits[0].value == value


# Construction: a value that opens a bracket keeps its closing bracket (an office with its second
# name, 市发展改革委（市能源局）); a closing bracket with no opener in the value still ends it
# (the bracketed credit of corpus-014, (责编：汤诗瑶、丁涛)).
BRACKETS = [
    (
        "invented-ndrc: an office's second name",
        "来源：市发展改革委（市能源局）  发布时间：2023-11-15",
        "source",
        "市发展改革委（市能源局）",
    ),
    (
        "written-county: 来源 with a bracketed department",
        "来源：县人民政府办公室（县政务公开办）",
        "source",
        "县人民政府办公室（县政务公开办）",
    ),
    (
        "written-tw: half-width brackets",
        "來源：經濟部(統計處) 發布日期：114-10-23",
        "source",
        "經濟部(統計處)",
    ),
    (
        "corpus-014: a bracketed credit still ends at its bracket",
        "(责编：汤诗瑶、丁涛)",
        "editor",
        "汤诗瑶、丁涛",
    ),
]


@pytest.mark.parametrize(("line", "field", "value"), [c[1:] for c in BRACKETS], ids=[c[0] for c in BRACKETS])
def test_a_value_keeps_the_bracket_it_opens(
    page_patterns: Patterns, line: str, field: str, value: str
) -> None:
    hits = [h for h in labeller_for(page_patterns.metadata).hits(line) if h.field == field]
    assert hits and hits[0].value == value


# Construction: a 信息公开 grid prints its headers in cells with no separator; a labelled cell left
# empty is followed by the next header, which is not its value (文号 | | 有效性 | 有效).
GRID = [
    ("invented-gov-info: an empty 文号 before 有效性", "文号\t有效性\t有效", "doc_number", ""),
    ("written-xxgk: an empty 发布机构 before 主题分类", "发布机构\t主题分类\t综合政务", "publisher", ""),
    (
        "written-xxgk: a 文号 that is there",
        "文号\t桐政办〔2023〕12号\t有效性\t有效",
        "doc_number",
        "桐政办〔2023〕12号",
    ),
    ("written-tw: an empty 發布單位 before 主題分類", "發布單位\t主題分類\t財政", "publisher", ""),
]


@pytest.mark.parametrize(("line", "field", "value"), [c[1:] for c in GRID], ids=[c[0] for c in GRID])
def test_an_empty_grid_cell_before_a_header(
    page_patterns: Patterns, line: str, field: str, value: str
) -> None:
    hits = [h for h in labeller_for(page_patterns.metadata).hits(line) if h.field == field]
    assert hits and hits[0].value == value


# Construction: a notice prints its document number alone under the headline (桐教〔2024〕36号),
# no label before it; a line that holds more than the number is not one.
DOC_LINES = [
    (
        "invented-kindergarten: 桐教〔2024〕36号",
        ["关于做好招生工作的通知", "桐教〔2024〕36号"],
        "桐教〔2024〕36号",
    ),
    (
        "written-province: square brackets",
        ["省财政厅关于下达资金的通知", "皖财教[2023]512号"],
        "皖财教[2023]512号",
    ),
    ("written-tw: 號", ["公告", "府授財字〔2025〕8號"], "府授財字〔2025〕8號"),
    ("written: a sentence citing a number is not one", ["根据《通知》（国办发〔2021〕30号）要求"], None),
    ("written: a headline with no number", ["全市经济运行情况", "2024-06-20 来源：市统计局"], None),
]


@pytest.mark.parametrize(("lines", "number"), [c[1:] for c in DOC_LINES], ids=[c[0] for c in DOC_LINES])
def test_a_bare_document_number_line(page_patterns: Patterns, lines: list[str], number: str | None) -> None:
    assert labeller_for(page_patterns.metadata).bare_doc_number(lines) == number


# Construction: a credit ending in an office word is an office, not an author: a county bureau's
# section (基础教育股), a ministry's department (勞動條件及就業平等司).
OFFICES = [
    ("invented-kindergarten: a 股", "基础教育股", False),
    ("written-tw: a 司", "勞動條件及就業平等司", False),
    ("written-tw: a 課", "秘書課", False),
    ("written: a name stays a name", "周晓峰", True),
]


@pytest.mark.parametrize(("credit", "person"), [c[1:] for c in OFFICES], ids=[c[0] for c in OFFICES])
def test_an_office_credit_is_no_person(page_patterns: Patterns, credit: str, person: bool) -> None:
    assert labeller_for(page_patterns.metadata).is_person(credit) is person


# Construction: a press release's closing dateline written in Chinese numerals, the weekday true to
# the date (Hong Kong departments' own sites print 二○二六年一月十四日（星期三）); a weekday that is
# false to the date is no dateline.
HANZI_DATELINES = [
    ("invented-hk-fsd: 二○二六年一月十四日（星期三）", "完\n二○二六年一月十四日（星期三）", "2026-01-14"),
    ("written-hk: 〇 and a time line", "二〇二四年十一月五日（星期二）\n香港時間十五時", "2024-11-05"),
    ("written-macau: 二零", "二零二五年三月四日（星期二）", "2025-03-04"),
    ("written-hk: a weekday false to the date", "二○二六年一月十四日（星期四）", None),
]


@pytest.mark.parametrize(
    ("text", "iso"), [c[1:] for c in HANZI_DATELINES], ids=[c[0] for c in HANZI_DATELINES]
)
def test_a_closing_dateline_in_chinese_numerals(text: str, iso: str | None) -> None:
    found = dateline(text)
    assert (found.iso if found else None) == iso
