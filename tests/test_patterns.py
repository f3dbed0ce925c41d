"""Patterns as data: the built-in files load and validate, user files extend them, and a malformed
file raises PatternError naming the file and the entry."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest

import gov_facts
from gov_facts.core.errors import PatternError
from gov_facts.core.models import KINDS
from gov_facts.facts.engine import find_facts
from gov_facts.rules.patterns import Patterns, UnitEntry, builtin_dir, load_file, load_patterns

BUILTIN = load_patterns()
REPO = Path(__file__).resolve().parents[1]


def _bug(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=reason)


def _write(tmp_path: Path, body: str, name: str = "user.toml") -> Path:
    path = tmp_path / name
    path.write_text(body, encoding="utf-8")
    return path


def _facts(text: str, patterns: Patterns) -> list[tuple[str, object, str | None, str]]:
    return [(f.text, f.value, f.unit, f.kind) for f in find_facts(text, patterns)[0]]


# ---------------------------------------------------------------- built-in patterns


def test_builtin_dir_is_found() -> None:
    d = builtin_dir()
    assert d.is_dir()
    names = {p.name for p in d.glob("*.toml")}
    assert {"units.toml", "words.toml", "phrases.toml", "chrome.toml", "metadata.toml"} <= names


def test_builtin_dir_prefers_the_installed_folder_else_the_checkout() -> None:
    installed = Path(gov_facts.__file__).resolve().parent / "patterns"
    expected = installed if installed.is_dir() else REPO / "patterns"
    assert builtin_dir().resolve() == expected.resolve()


@pytest.mark.parametrize("path", sorted(builtin_dir().glob("*.toml")), ids=lambda p: f"builtin: {p.name}")
def test_each_builtin_file_validates(path: Path) -> None:
    load_file(path)


def test_builtin_merged_content() -> None:
    r = BUILTIN.rules
    units = {u.unit: u for u in r.units}
    words = {m.word for m in r.measure_words}
    assert len(units) == len(r.units), "a unit is listed twice"
    assert len(words) == len(r.measure_words), "a measure word is listed twice"
    assert not set(units) & words, "a word is both a unit and a measure word"
    assert {u.kind for u in r.units} <= set(KINDS)
    # the GUIDE's examples are covered
    for unit, kind in [
        ("%", "percent"),
        ("百分点", "percentage_point"),
        ("元", "money"),
        ("公顷", "area"),
        ("亩", "area"),
        ("千瓦", "power"),
        ("倍", "multiple"),
        ("‰", "other"),
    ]:
        assert units[unit].kind == kind, unit
    assert units["元"].currency == "CNY"
    assert {"套", "户", "所", "个", "宗"} <= words
    assert set(r.qualifiers) == {"approx", "at_least", "more_than", "at_most", "less_than"}
    assert set(r.changes) == {"increase", "decrease", "to"}
    for phrase in [
        "一天一碰头",
        "四送一服",
        "一楼一策",
        "第一方阵",
        "进一步",
        "一批",
        "一系列",
        "一体化",
        "最后一公里",
        "四个清零",
    ]:
        assert phrase in r.set_phrases, phrase
    for pattern in r.set_phrase_patterns:
        re.compile(pattern)
    assert [Path(s.path).name for s in BUILTIN.sources] == sorted(
        p.name for p in builtin_dir().glob("*.toml")
    )


# ---------------------------------------------------------------- word lists moved out of code

#: the word lists of single rules, moved from code into words.toml (session 8): each field holds a
#: word its rule read when the list was in code, and a user file extends it
MOVED_LISTS = [
    pytest.param("spent_verbs", "编列", id="framing: spent_verbs"),
    pytest.param("spend_purposes", "用于", id="framing: spend_purposes"),
    pytest.param("threshold_verbs", "不足", id="framing: threshold_verbs"),
    pytest.param("not_score_after", "钟", id="no_unit: not_score_after"),
    pytest.param("average_verb_tails", "稳定在", id="subject_review: average_verb_tails"),
    pytest.param("attributive_verbs", "新增", id="noun_phrase: attributive_verbs"),
    pytest.param("age_units", "周岁", id="no_figure: age_units"),
    pytest.param("all_of_them", "均", id="no_figure: all_of_them"),
    pytest.param("table_name_heads", "序号", id="tables: table_name_heads"),
    pytest.param("table_thing_heads", "品名", id="tables: table_thing_heads"),
    pytest.param("table_party_heads", "中标人", id="tables: table_party_heads"),
    pytest.param("cause_words", "由于", id="plausible: cause_words"),
    pytest.param("cause_effects", "影响", id="plausible: cause_effects"),
    pytest.param("threshold_words", "高于", id="plausible: threshold_words"),
    pytest.param("lasting_openers", "为期", id="plausible: lasting_openers"),
    pytest.param("held_verbs", "保持", id="plausible: held_verbs"),
    pytest.param("defining_words", "之比", id="plausible: defining_words"),
    pytest.param("speed_nouns", "时速", id="topic: speed_nouns"),
    pytest.param("address_units", "栋", id="suffixes: address_units"),
    pytest.param("numbered_units", "室", id="suffixes: numbered_units"),
    pytest.param("bare_rates", "增幅", id="subject: bare_rates"),
    pytest.param("rank_moves", "跃升", id="subject: rank_moves"),
    pytest.param("target_bounds", "不少于", id="status: target_bounds"),
    pytest.param("span_lengths", "期限为", id="status: span_lengths"),
    pytest.param("rate_heads", "比重", id="named_around: rate_heads"),
    pytest.param("entered_verbs", "列入", id="timing: entered_verbs"),
    pytest.param("adjustment_verbs", "剔除", id="timing: adjustment_verbs"),
    pytest.param("now_marks", "如今", id="timing: now_marks"),
    pytest.param("share_plans", "预算", id="timing: share_plans"),
    pytest.param("plan_nouns", "预期", id="status: plan_nouns"),
    pytest.param("done_words", "累计", id="status: done_words"),
    pytest.param("compared_after", "持平", id="time_anaphora: compared_after"),
    pytest.param("peak_words", "最多", id="qualifier: peak_words"),
    pytest.param("reach_verbs", "達到", id="qualifier: reach_verbs"),
    pytest.param("gain_verbs", "获得", id="qualifier: gain_verbs"),
    pytest.param("reach_modals", "可以", id="qualifier: reach_modals"),
    pytest.param("rank_names", "位次", id="ranks: rank_names"),
    pytest.param("ratio_cues", "比值", id="scan: ratio_cues"),
    pytest.param("ratio_cues_after", "的配比", id="scan: ratio_cues_after"),
    pytest.param("vague_leads", "若干", id="scan: vague_leads"),
    pytest.param("place_suffixes", "巷", id="suffixes: place_suffixes"),
    pytest.param("base_leads", "较", id="time_expressions: base_leads"),
    pytest.param("base_join_leads", "跟", id="time_expressions: base_join_leads"),
    pytest.param("base_join_ends", "对比", id="time_expressions: base_join_ends"),
    pytest.param("dateline_ends", "讯", id="time_scopes: dateline_ends"),
    pytest.param("report_words", "公报", id="time_scopes: report_words"),
    pytest.param("attribution_verbs", "获悉", id="time_scopes: attribution_verbs"),
    pytest.param("year_report_words", "决算", id="time_scopes: year_report_words"),
    pytest.param("delivered_reports", "工作报告", id="time_scopes: delivered_reports"),
    pytest.param("times_of_day", "凌晨", id="no_unit: times_of_day"),
    pytest.param("not_per_words", "届", id="units: not_per_words"),
    pytest.param("share_names", "份额", id="shares: share_names"),
]


@pytest.mark.parametrize(("field", "word"), MOVED_LISTS)
def test_moved_word_list_is_read_and_extended(tmp_path: Path, field: str, word: str) -> None:
    assert word in getattr(BUILTIN.rules, field)
    extra = load_patterns([_write(tmp_path, f'{field} = ["{word}", "自拟词"]')])
    assert getattr(extra.rules, field).count(word) == 1
    assert "自拟词" in getattr(extra.rules, field)
    assert "自拟词" not in getattr(BUILTIN.rules, field)


def test_moved_words_that_keep_zhi_are_read_and_extended(tmp_path: Path) -> None:
    assert {"之一", "之间", "分之", "总之"} <= set(BUILTIN.script.zhi_bound_words)
    extra = load_patterns([_write(tmp_path, '[script]\nzhi_bound_words = ["之初"]')])
    assert "之初" in extra.script.zhi_bound_words


def test_a_user_speed_noun_names_a_speed(tmp_path: Path) -> None:
    """A user's word in a moved list changes what its rule reads (speed_nouns: 射速)."""
    text = "这种枪的射速很快，大概每秒四百多米。"
    extra = load_patterns([_write(tmp_path, 'speed_nouns = ["射速"]')])
    before = [f.subject for f in find_facts(text, BUILTIN)[0]]
    after = [f.subject for f in find_facts(text, extra)[0]]
    assert after != before
    assert any(s and "射速" in s for s in after)


# ---------------------------------------------------------------- user files


def test_user_measure_word_yields_a_fact(tmp_path: Path) -> None:
    text = "新开垦梯田3000丘。"
    assert _facts(text, BUILTIN) == []
    extra = load_patterns([_write(tmp_path, 'measure_words = [{word = "丘"}]')])
    assert _facts(text, extra) == [("3000丘", 3000, "丘", "count")]


def test_user_measure_word_beats_a_shorter_builtin_one(tmp_path: Path) -> None:
    text = "全年完成机械作业30台时。"
    assert _facts(text, BUILTIN) == [("30台", 30, "台", "count")]
    extra = load_patterns([_write(tmp_path, 'measure_words = [{word = "台时"}]')])
    assert _facts(text, extra) == [("30台时", 30, "台时", "count")]


def test_user_unit_with_si_conversion(tmp_path: Path) -> None:
    # 钧 (an old weight of 30斤) is in no built-in list (担 is built in since session 19): without the
    # user's file it is no mass, so this test fails if the user's units are not read
    text = "收获稻谷300钧。"
    assert [f.kind for f in find_facts(text, BUILTIN)[0]] == ["other"]
    extra = load_patterns(
        [_write(tmp_path, 'units = [{unit = "钧", kind = "mass", si_unit = "kg", si_factor = 15}]')]
    )
    facts = find_facts(text, extra)[0]
    assert [(f.value, f.unit, f.kind, f.si_value, f.si_unit) for f in facts] == [
        (300, "钧", "mass", 4500, "kg")
    ]


def test_user_set_phrase_blocks_a_fact(tmp_path: Path) -> None:
    text = "实施三个一百工程。"
    assert [t for t, *_ in _facts(text, BUILTIN)] == ["三个"]
    extra = load_patterns([_write(tmp_path, 'set_phrases = ["三个一百"]')])
    assert _facts(text, extra) == []


def test_user_file_is_merged_and_recorded(tmp_path: Path) -> None:
    path = _write(tmp_path, 'measure_words = [{word = "羽"}]\nset_phrases = ["三个一百", "一天一碰头"]')
    extra = load_patterns([path])
    assert extra.sources[-1].path == str(path)
    assert extra.sources[-1].counts == {"measure_words": 1, "set_phrases": 2}
    # built-in rules stay; duplicates are not added twice
    assert len(extra.rules.units) == len(BUILTIN.rules.units)
    assert extra.rules.set_phrases.count("一天一碰头") == 1
    assert "三个一百" in extra.rules.set_phrases
    assert "三个一百" not in BUILTIN.rules.set_phrases


# ---------------------------------------------------------------- malformed files

MALFORMED = [
    # (file body, words the message must contain besides the file name)
    pytest.param('measure_words = [{word = "艘次"}', ["invalid TOML"], id="invalid TOML syntax"),
    pytest.param("colour = 1", ["colour"], id="unknown top-level field"),
    pytest.param(
        'measure_words = [{word = "艘次", colour = 1}]',
        ["measure_words.0.colour"],
        id="unknown field in an entry",
    ),
    pytest.param(
        "measure_words = [{word = 5}]", ["measure_words.0.word"], id="wrong type: number for a word"
    ),
    pytest.param('planned_cues = "计划"', ["planned_cues"], id="wrong type: string for a list"),
    pytest.param('measure_words = [{word = ""}]', ["measure_words.0.word"], id="empty word"),
    pytest.param('units = [{unit = "担", kind = "weight"}]', ["units.0.kind"], id="unknown kind"),
    pytest.param('units = [{unit = "担"}]', ["units.0.kind"], id="missing kind"),
    pytest.param(
        'units = [{unit = "卢布", kind = "money", currency = "rub"}]',
        ["units.0.currency"],
        id="currency not ISO 4217",
    ),
    pytest.param('[qualifiers.roughly]\nbefore = ["大约"]', ["qualifiers.roughly"], id="unknown qualifier"),
    pytest.param('[changes]\nsideways = ["横移"]', ["changes.sideways"], id="unknown change"),
    pytest.param('set_phrase_patterns = ["第[一二"]', ["set_phrase_patterns", "第[一二"], id="invalid regex"),
    pytest.param(
        '[script]\nzhi_bound_words = ["一之二"]',
        ["zhi_bound_words", "一之二"],
        id="a word keeping 之 without 之 at an end",
    ),
    pytest.param('spent_verbs = "投入"', ["spent_verbs"], id="wrong type: string for a moved word list"),
    pytest.param(
        'set_phrase_patterns = ["(a+)+$"]', ["set_phrase_patterns", "(a+)+$"], id="catastrophic regex (a+)+$"
    ),
    pytest.param(
        'set_phrase_patterns = ["(a*)*b"]', ["set_phrase_patterns", "(a*)*b"], id="catastrophic regex (a*)*b"
    ),
    pytest.param(
        'set_phrase_patterns = ["(?:x+y?)+$"]',
        ["set_phrase_patterns", "(?:x+y?)+$"],
        id="catastrophic regex (?:x+y?)+$",
    ),
    pytest.param(
        'set_phrase_patterns = ["([0-9]+){2,}$"]',
        ["set_phrase_patterns"],
        id="catastrophic regex ([0-9]+){2,}$",
    ),
    pytest.param(
        'set_phrase_patterns = ["((a+))+$"]',
        ["set_phrase_patterns", "((a+))+$"],
        id="catastrophic regex ((a+))+$ behind an extra group",
    ),
    pytest.param(
        'set_phrase_patterns = ["(a|aa)+$"]',
        ["set_phrase_patterns", "(a|aa)+$"],
        id="catastrophic regex (a|aa)+$ with overlapping alternatives",
    ),
]


@pytest.mark.parametrize(("body", "words"), MALFORMED)
def test_malformed_file_raises(tmp_path: Path, body: str, words: list[str]) -> None:
    path = _write(tmp_path, body, "bad-rules.toml")
    with pytest.raises(PatternError) as info:
        load_patterns([path])
    message = str(info.value)
    assert str(path) in message
    for w in words:
        assert w in message


@pytest.mark.parametrize(
    "body",
    [
        pytest.param('set_phrase_patterns = ["第[一二三]+(?:方阵|梯队)"]', id="ordinary regex"),
        pytest.param(
            'set_phrase_patterns = ["[0-9]+(?:万|亿)+元"]', id="repeat after a group without one inside"
        ),
        pytest.param("", id="empty file"),
    ],
)
def test_valid_user_file_loads(tmp_path: Path, body: str) -> None:
    load_patterns([_write(tmp_path, body)])


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "nope.toml"
    with pytest.raises(PatternError, match="cannot read"):
        load_patterns([path])


def test_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "gbk.toml"
    path.write_bytes('measure_words = [{word = "艘次"}]'.encode("gbk"))
    with pytest.raises(PatternError, match="not UTF-8") as info:
        load_patterns([path])
    assert str(path) in str(info.value)


def test_bad_file_names_the_file_among_several(tmp_path: Path) -> None:
    good = _write(tmp_path, 'measure_words = [{word = "羽"}]', "good.toml")
    bad = _write(tmp_path, "colour = 1", "bad.toml")
    with pytest.raises(PatternError) as info:
        load_patterns([good, bad])
    assert str(bad) in str(info.value)
    assert str(good) not in str(info.value)


def test_a_bad_file_is_reported_in_pydantics_words_as_before(tmp_path: Path) -> None:
    """The rules are dataclasses checked by pydantic (rules/checked_models.py); a key no field
    names still reads as pydantic's models said it, after each other error, with the file named."""
    body = 'measure_words = [{word = "艘次", colour = 1}]\nunits = [{unit = "", kind = "weight"}]\n'
    path = _write(tmp_path, body, "bad-rules.toml")
    with pytest.raises(PatternError) as info:
        load_patterns([path])
    assert str(info.value) == (
        f"{path}: entry units.0.unit: String should have at least 1 character; entry units.0.kind: "
        "Input should be 'count', 'money', 'percent', 'percentage_point', 'area', 'length', 'mass', "
        "'volume', 'energy', 'power', 'duration', 'multiple', 'rank' or 'other'; "
        "entry measure_words.0.colour: Extra inputs are not permitted"
    )


def test_a_user_file_gives_the_rules_classes_with_their_values_checked(tmp_path: Path) -> None:
    body = 'units = [{unit = "钧", kind = "mass", si_unit = "kg", si_factor = 15}]\n'
    rules = load_patterns([_write(tmp_path, body)]).rules
    unit = next(u for u in rules.units if u.unit == "钧")
    assert not any(u.unit == "钧" for u in BUILTIN.rules.units)  # the user's entry, no built-in one
    assert type(unit) is UnitEntry and unit.si_factor == 15.0 and type(unit.si_factor) is float
    with pytest.raises(dataclasses.FrozenInstanceError):
        unit.unit = "斤"  # type: ignore[misc]
