"""Word lists that decide what a figure means, moved out of the fact modules' code into
``[figure_words]`` of ``patterns/words.toml`` (session 19, E76): each list is checked when a patterns
file is read (not empty, no word twice, simplified only, one character an entry where the rule reads
characters) and a broken one is an error naming the file and the key; each module still decides
what it decided, on simplified text and on traditional text (read through its simplified shadow).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from factcase import check_one, overlapping, row
from gov_facts.core.errors import PatternError
from gov_facts.facts.engine import find_facts
from gov_facts.facts.rulebook import rulebook_for
from gov_facts.facts.word_lookups import builtin_word_lookups
from gov_facts.rules.patterns import load_file, load_patterns
from gov_facts.rules.word_lists import FIGURE_LISTS

PATTERNS = load_patterns()
FIGURE_WORDS = PATTERNS.rules.figure_words
KEYS = list(FIGURE_LISTS)
#: the lists a rule reads character by character
ONE_CHARACTER = {
    "after_about_money", "count_leads", "surnames", "month_goes_on", "part_copulas", "division_ends",
    "event_measures", "ordinal_measures", "elided_copulas", "event_noun_ends",
}  # fmt: skip


def test_which_lists_hold_characters() -> None:
    assert {key for key, one in FIGURE_LISTS.items() if one} == ONE_CHARACTER


def test_every_list_is_loaded() -> None:
    """The built-in patterns hold every list, each non-empty (a list left out would silently turn
    its rule off)."""
    assert sorted(FIGURE_WORDS) == sorted(KEYS)
    for key in KEYS:
        assert FIGURE_WORDS[key], key


def test_lookups_are_built_once() -> None:
    """The modules read the rulebook's lookups; a caller with the text alone reads the built-in ones,
    built once."""
    assert builtin_word_lookups() is builtin_word_lookups()
    built, builtin = rulebook_for(PATTERNS).words.figures, builtin_word_lookups().figures
    assert all(getattr(built, name) == getattr(builtin, name) for name in type(built).__slots__)


def _write(tmp_path: Path, key: str, value: list[str]) -> Path:
    words = ", ".join(f'"{w}"' for w in value)
    path = tmp_path / "broken.toml"
    path.write_text(f"[figure_words]\n{key} = [{words}]\n", encoding="utf-8")
    return path


def _broken(key: str) -> list[tuple[str, list[str], str]]:
    """(fault, entries, words of the message) for ``key``: a traditional character, a word listed
    twice, an empty list, and for a list of characters a word of two."""
    first = FIGURE_WORDS[key][0]
    out = [
        ("traditional", [first, "萬"], "written only in traditional script"),
        ("twice", [first, first], "listed twice"),
        ("empty", [], "an empty list"),
        ("blank", [first, " "], "an empty word"),
    ]
    if key in ONE_CHARACTER:
        out.append(("two-characters", [first, "有了"], "one character an entry"))
    return out


BROKEN = [pytest.param(key, *fault, id=f"{key}-{fault[0]}") for key in KEYS for fault in _broken(key)]


@pytest.mark.parametrize(("key", "fault", "entries", "message"), BROKEN)
def test_broken_entry_names_file_and_key(
    tmp_path: Path, key: str, fault: str, entries: list[str], message: str
) -> None:
    path = _write(tmp_path, key, entries)
    with pytest.raises(PatternError) as info:
        load_file(path)
    text = str(info.value)
    assert str(path) in text, text
    assert f"figure_words: Value error, {key}: " in text and message in text, (fault, text)


@pytest.mark.parametrize("key", KEYS)
def test_a_good_extra_file_loads(tmp_path: Path, key: str) -> None:
    """A user's file may extend any list with a simplified word."""
    extra = "辆" if key in ONE_CHARACTER else "示例词"
    path = _write(tmp_path, key, [extra])
    assert load_file(path).figure_words == {key: [extra]}


def test_an_unknown_list_is_an_error(tmp_path: Path) -> None:
    path = _write(tmp_path, "surname", ["欧"])
    with pytest.raises(PatternError, match="figure_words: Value error, surname: no such list"):
        load_file(path)


def test_a_user_file_extends_a_list(tmp_path: Path) -> None:
    """百来辆 is about a hundred vehicles once a user's file adds 辆 to ``about_units``."""
    text = "活动当天现场停放百来辆车。"
    path = _write(tmp_path, "about_units", ["辆"])
    extended = load_patterns([path])
    assert [f.text for f in find_facts(text, PATTERNS, date(2025, 3, 1), None)[0]] == []
    facts = find_facts(text, extended, date(2025, 3, 1), None)[0]
    assert [(f.text, f.value, f.unit, f.qualifier) for f in facts] == [("百来辆", 100, "辆", "approx")]


# ---------------------------------------------------------------- each module keeps its decision
# A row per list's decision, in simplified and traditional script (Hong Kong, Macau, Taiwan
# styles), and counter-rows the same words must not change.


def _facts(text: str) -> list[Any]:
    return list(find_facts(text, PATTERNS, date(2025, 3, 1), None)[0])


DECISIONS = [
    # spoken.py: about_units, count_leads (百来人 where a count stands, before a measure of people)
    row("活动当天现场来了百来人。", "百来人", "written-county-news: 来了百来人 (count_leads, about_units)",
        value=100, unit="人", qualifier="approx"),
    row("活動當天現場來了百來名市民。", "百來名", "written-hk-district: 來了百來名 (traditional)",
        value=100, unit="名", subject="市民", qualifier="approx"),
    row("村民李万来家今年养猪30头。", "万来",
        "written-village: 李万来家 a name (家 is no about-unit)", kind=None),
    row("他每月挣千把块钱。", "千把块钱", "written-finance-news: 挣千把块钱 (about_money)",
        value=1000, unit="元", kind="money", qualifier="approx"),
    row("陈百来块头不小。", "百来", "written: 陈百来块头 a name (块头: the unit begins a word)", kind=None),
    # spoken.py: surnames (千八百 after a surname is a name and a figure)
    row("他每月挣千八百元。", "千八百元", "written-finance-news: 千八百元 a vague size", kind=None),
    row("他每月掙千八百元。", "千八百元", "written-tw-news: 千八百元 a vague size (traditional)", kind=None),
    row("张千八百元的工资被拖欠。", "八百元", "written-court-notice: 张千 a name (surnames)",
        value=800, unit="元", subject="张千"),
    row("張千八百元的工資被拖欠。", "八百元", "written-hk-court: 張千 a name (traditional)",
        value=800, unit="元", subject="張千"),
    row("萧千八百元的工资被拖欠。", "八百元", "written-court-notice: 萧千 a name (surnames; 蕭 of HK/TW too)",
        value=800, unit="元", subject="萧千"),
    # court_terms.py: court_terms, month_goes_on
    row("被告人被判处有期徒刑1年6月，缓刑2年。", "6月", "written-court-notice: 有期徒刑1年6月 (court_terms)",
        value=6, unit="月", kind="duration"),
    row("被告被判處有期徒刑1年6月，緩刑2年。", "6月", "written-tw-court: 有期徒刑1年6月 (traditional)",
        value=6, unit="月", kind="duration"),
    row("被告被判處拘役50日，得易科罰金。", "50日", "written-tw-court: 拘役50日 (no month)",
        value=50, kind="duration"),
    row("被告人被判处有期徒刑1年，6月10日起执行。", "6月10日",
        "written: 6月10日 a day (month_goes_on)", kind=None),
    # counted_object.py: part_copulas, level_heads
    row("今年共接种疫苗1200人次，当中有215人为青少年。", "215人",
        "written-health-bureau: 215人为青少年 (part_copulas)",
        value=215, unit="人", subject="青少年"),
    row("今年共接種疫苗1200人次，當中有215人為青少年。", "215人",
        "written-hk-dh: 215人為青少年 (traditional)",
        value=215, unit="人", subject="青少年"),
    row("全市有3项成果为国际领先水平。", "3项",
        "written-science-bureau: 为国际领先水平 a level (level_heads)",
        value=3, unit="项", subject=("成果", "3项成果")),
    # counted_object.py: division_ends (a place before a repeated verb is the clause's topic)
    row("宣州区今年新建学校3所，郎溪县新建2所。", "2所",
        "written-county-education: 郎溪县新建 (division_ends)",
        value=2, unit="所", subject="学校"),
    row("新竹市今年新建學校3所，苗栗縣新建2所。", "2所", "written-tw-education: 苗栗縣新建 (traditional)",
        value=2, unit="所", subject="學校"),
    # event_counts.py: ordinal_measures, sentence_copulas, session_verbs
    row("这是今年第3个台风。", "第3个", "written-weather-bureau: 这是今年第3个 (ordinal_measures)",
        value=3, unit="个", kind="rank", subject="台风"),
    row("這是今年第3個颱風。", "第3個", "written-hk-observatory: 這是今年第3個 (traditional)",
        value=3, unit="個", kind="rank", subject="颱風"),
    row("这是第十四次会议。", "第十四次", "written: 第十四次会议 a name (event_name_heads)", kind=None),
    row("本市连续五届获评全国文明城市。", "五届", "written-city-news: 连续五届 (session_verbs)",
        value=5, unit="届", kind="count"),
    row("本市連續五屆獲評全國文明城市。", "五屆", "written-macau-news: 連續五屆 (traditional)",
        value=5, unit="屆", kind="count"),
    row("十四届全国人大二次会议开幕。", "十四届", "written: 十四届全国人大 a name", kind=None),
    row("每日分三節開放。", "三節",
        "written-tw-museum: 分三節 (part_verbs)", value=3, unit="節", kind="count"),
    row("两节期间共接待游客3万人次。", "两节", "written: 两节期间 a festival's name", kind=None),
    row("该市位居全国城市前五。", "前五", "written-provincial-portal: 位居…前五 (top_after)",
        value=5, kind="rank", qualifier="at_most"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "needle", "expected"), DECISIONS)
def test_decision_kept(text: str, needle: str, expected: dict[str, Any]) -> None:
    check_one(overlapping(_facts(text), text, needle), needle, expected)


GRANTS = [
    # grant_lookups.py: sending_verbs (the object sent is what the figure counts)
    row("通过短信平台向各级防灾责任人发送预警信息12万条。", "12万条",
        "work list: 发送预警信息 (sending_verbs)",
        value=120000, unit="条", subject="预警信息"),
    row("網站向讀者推送文章15篇。", "15篇", "written-tw-portal: 推送文章 (traditional)", value=15, unit="篇",
        subject="文章"),
    row("民政局向獲選學校贈送品牌文具800套。", "800套",
        "written-hk-swd: 贈送品牌文具 (品牌 a word of its own)",
        value=800, unit="套", subject="品牌文具"),
    row("气象台向各乡镇传送雷达图像300幅。", "300幅", "written-weather-bureau: 传送雷达图像 (sending_verbs)",
        value=300, unit="幅", subject="雷达图像"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "needle", "expected"), GRANTS)
def test_sent_object_kept(text: str, needle: str, expected: dict[str, Any]) -> None:
    check_one(overlapping(_facts(text), text, needle), needle, expected)


# ---------------------------------------------------------------- a user's list reaches every reader
# (session 19's end review: the scanner's vague_place and the time reader's term_month read the
# built-in lists, so a user's extension was half applied)


def test_a_user_surname_reaches_the_scanner(tmp_path: Path) -> None:
    """欧千八百元 is a name and a figure once a user's file adds 欧 to ``surnames`` (as 张千八百元)."""
    text = "欧千八百元买了一台电脑。"
    extended = load_patterns([_write(tmp_path, "surnames", ["欧"])])
    assert [f.text for f in find_facts(text, PATTERNS, date(2025, 3, 1), None)[0]] == []
    facts = find_facts(text, extended, date(2025, 3, 1), None)[0]
    assert [f.text for f in facts] == ["八百元"]


def test_a_user_court_term_reaches_the_time_reader(tmp_path: Path) -> None:
    """被判处管制1年6月: once a user's file adds 管制 to ``court_terms``, 6月 is six months of the
    term for the figure reader and no June for the time reader."""
    text = "被告人张某被判处管制1年6月。"
    extended = load_patterns([_write(tmp_path, "court_terms", ["管制"])])
    facts = find_facts(text, extended, date(2025, 3, 1), None)[0]
    assert [(f.text, f.value, f.unit, f.time) for f in facts] == [
        ("1年", 1, "年", None),
        ("6月", 6, "月", None),
    ]
