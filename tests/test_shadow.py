"""The simplified shadow of a traditional-script text: when it is made, that it stays aligned with
the text, and that phrases read off it are written back in the page's own script.

``patterns/script.toml`` lists the characters that make a text traditional; it is generated from
the installed converter. After an OpenCC upgrade changes its tables, ``python tests/test_shadow.py``
rewrites the list (review the diff: ``shared`` is kept by hand).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from gov_facts.facts.shadow import (
    converter,
    holds_traditional,
    in_script,
    particle_zhi,
    same_length,
    shadow_of,
)
from gov_facts.facts.shadow import traditional_table as table_of
from gov_facts.rules.patterns import load_patterns

SCRIPT_TOML = Path(__file__).resolve().parents[1] / "patterns" / "script.toml"
RULES = load_patterns().script
TABLE = table_of(RULES)
PARTICLE = particle_zhi(RULES)
#: the ideographs the table is drawn from: the unified block and extension A
BLOCKS = ((0x3400, 0x4DC0), (0x4E00, 0xA000))


def changed_by_converter() -> set[str]:
    """Every ideograph of :data:`BLOCKS` that the converter changes when it stands alone, unless
    another one converts to it: then it is a simplified character (么, from 麼, which the Taiwan
    table alone would make 幺)."""
    chars = [chr(c) for lo, hi in BLOCKS for c in range(lo, hi)]
    out = converter()("\n".join(chars)).split("\n")
    assert len(out) == len(chars)
    simplified = set(out)
    return {c for c, o in zip(chars, out, strict=True) if c != o and c not in simplified}


def test_the_table_is_what_the_installed_converter_changes() -> None:
    changed = changed_by_converter()
    shared = set("".join(RULES.shared))
    assert shared <= changed, "a shared character the converter no longer changes: regenerate"
    assert set("".join(RULES.traditional_only)) == changed - shared, (
        "the converter's tables changed: python tests/test_shadow.py"
    )


def test_no_corpus_page_is_taken_for_traditional(shared_dir: Path) -> None:
    """The mainland pages of the corpus hold no character of the table (什么's 么, 显著's 著, 於)."""
    from gov_facts import extract
    from gov_facts.core.errors import GovFactsError

    for page in sorted((shared_dir / "corpus" / "pages").glob("*.html")):
        try:
            text = extract(page.read_bytes(), page.name).text
        except GovFactsError:
            continue
        assert not holds_traditional(text, TABLE), page.name


DETECT = [
    ("seed: simplified government news", "共筹集建设安置房1.39万套，发证率88.02%。", False),
    ("corpus-014: 於 in a simplified page", "莫尚於中，郑板桥画了几笔兰花。", False),
    ("invented: 显著 and 乾隆 are simplified too", "成效显著，乾隆年间修建。", False),
    ("invented-tw: Taiwan city news", "新北市今年共興建社會住宅1,860戶。", True),
    ("invented-hk: one traditional character is enough", "政府公布3项措施，涉款約100万元。", True),
    ("invented-mo: Macau", "澳門特別行政區政府統計暨普查局公布。", True),
    ("invented: ASCII only", "GDP 5.2% in 2023", False),
]


@pytest.mark.parametrize(("text", "traditional"), [c[1:] for c in DETECT], ids=[c[0] for c in DETECT])
def test_a_shadow_is_made_only_for_traditional_text(text: str, traditional: bool) -> None:
    assert holds_traditional(text, TABLE) is traditional
    shadow = shadow_of(text, TABLE, PARTICLE)
    assert (shadow is not text) is traditional
    assert len(shadow) == len(text)


CONVERSIONS = [
    ("invented-tw: 著 after a verb is 着", "看著報告", "看着报告"),
    ("invented-tw: 乾淨 but 乾隆", "乾淨的乾隆年間", "干净的乾隆年间"),
    ("invented-tw: 裡", "市區裡的住宅", "市区里的住宅"),
    ("invented-hk: Hong Kong variants", "衞生署的綫路", "卫生署的线路"),
    ("invented-hk: 萬 億 兩", "1萬件、35.6億元、兩成", "1万件、35.6亿元、两成"),
    ("invented-tw: 臺 and 台", "新臺幣與台幣", "新台币与台币"),
    ("invented-mo: 澳門元", "澳門元500萬", "澳门元500万"),
    ("invented-tw: units", "公頃、公里、戶、輛、棟", "公顷、公里、户、辆、栋"),
    ("invented-hk: corner quotes", "「簡約公屋」『計劃』", "“简约公屋”‘计划’"),
    (
        "invented-hk: ○ for zero among numerals only",
        "二○二三年度，一○○號，○○路",
        "二〇二三年度，一〇〇号，○○路",
    ),
]


@pytest.mark.parametrize(("text", "shadow"), [c[1:] for c in CONVERSIONS], ids=[c[0] for c in CONVERSIONS])
def test_the_shadow_reads_as_simplified(text: str, shadow: str) -> None:
    assert shadow_of(text, TABLE, PARTICLE) == shadow


def _phrase_table(text: str) -> str:
    """A converter whose phrases change length, as OpenCC's tw2sp does (記憶體 -> 内存)."""
    return text.replace("記憶體", "内存").replace("軟體", "软件").replace("國", "国")


ALIGNMENT = [
    ("invented: same length passes through", "國家軟體", "国家软件"),
    ("invented: a line that would shrink is converted character by character", "記憶體國", "記憶體国"),
    ("invented: other lines keep their phrases", "國軟體\n記憶體", "国软件\n記憶體"),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in ALIGNMENT], ids=[c[0] for c in ALIGNMENT])
def test_a_converter_that_changes_lengths_is_held_to_the_text(text: str, expected: str) -> None:
    out = same_length(text, _phrase_table)
    assert out == expected
    assert len(out) == len(text)


TEXT = "新北市今年共興建社會住宅1,860戶，總經費達35.6億元。臺北市發佈統計：乾淨能源著重發展。"


def _render(phrase: str, near: int, script: str = "original") -> str | None:
    shadow = shadow_of(TEXT, TABLE, PARTICLE)
    return in_script(phrase, script, TEXT, shadow, shadow, near)  # type: ignore[arg-type]


WRITTEN = [
    ("invented-tw: a subject read off the shadow", "社会住宅", 14, "original", "社會住宅"),
    ("invented-tw: a unit", "户", 17, "original", "戶"),
    ("invented-tw: the nearest occurrence decides", "市", 30, "original", "市"),
    ("invented-tw: a phrase made of two pieces", "总经费住宅", 20, "original", "總經費住宅"),
    ("invented-tw: simplified output is the shadow's", "社会住宅", 14, "simplified", "社会住宅"),
    ("invented-tw: simplified output converts what is left", "發佈", 0, "simplified", "发布"),
    ("invented-tw: 干 is written back as it stands there", "干净能源", 40, "original", "乾淨能源"),
]


@pytest.mark.parametrize(
    ("phrase", "near", "script", "expected"), [c[1:] for c in WRITTEN], ids=[c[0] for c in WRITTEN]
)
def test_phrases_are_written_back_in_the_script_asked_for(
    phrase: str, near: int, script: str, expected: str
) -> None:
    assert _render(phrase, near, script) == expected


def test_a_simplified_text_is_left_alone() -> None:
    text = "共筹集建设安置房1.39万套"
    assert in_script("安置房", "original", text, text, text, 5) == "安置房"


def regenerate() -> None:
    """Rewrite the generated list of ``patterns/script.toml``, keeping its header and ``shared``."""
    shared = set("".join(RULES.shared))
    chars = sorted(changed_by_converter() - shared)
    runs = ["".join(chars[i : i + 40]) for i in range(0, len(chars), 40)]
    head, _, _ = SCRIPT_TOML.read_text(encoding="utf-8").partition("traditional_only = [")
    body = "traditional_only = [\n" + "".join(f'    "{r}",\n' for r in runs) + "]\n"
    SCRIPT_TOML.write_text(head + body, encoding="utf-8")
    print(f"wrote {SCRIPT_TOML} ({len(chars)} characters)", file=sys.stderr)


if __name__ == "__main__":
    regenerate()
