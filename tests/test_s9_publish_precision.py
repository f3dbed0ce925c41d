"""A publish time as precise as the page states it (session 9).

Construction: the winning publish date is refined by another candidate on the same day (and,
for a time to the minute, the same minute) that states more: a date-only 發布日期 above a press
release's closing ``香港時間16時30分`` (one paragraph broken by ``<br>``), a meta ``PubDate`` to
the minute under a visible 发布时间 to the second. A candidate on another day never refines.
"""

from __future__ import annotations

import pytest

from gov_facts.page.date_forms import closing_dates, fold_date_text
from gov_facts.page.metadata import labeller_for, pick_published
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
