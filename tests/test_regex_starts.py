"""The look ahead that lets a long regex skip the text between its matches keeps every match.

Several scanning regexes open with ``(?=[...])``, the characters a match may begin with, so
that the regex engine passes over the text between matches at once instead of trying each
alternative at every character. A character missing there would lose the matches that begin
with it, silently: each row below parses its pattern (the ``re`` module's own parser) and checks
that every character the rest of the pattern may begin with is in the look ahead.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from gov_facts.core.regex_starts import first_chars
from gov_facts.facts.phrases import phrase_matcher
from gov_facts.facts.regional_times import _ROC_YEAR, _ROC_YEAR_BARE, _ROC_YEAR_BEFORE_NOUN
from gov_facts.facts.text import NUM_RE
from gov_facts.facts.time_expressions import _EXPR
from gov_facts.rules.patterns import load_patterns

try:
    from re import _constants as sc  # type: ignore[attr-defined]
    from re import _parser as sp  # type: ignore[attr-defined]
except ImportError:  # Python 3.10
    import sre_constants as sc  # type: ignore[no-redef]
    import sre_parse as sp  # type: ignore[no-redef]

#: a first character that may be anything (., [^x], a back reference)
ANY = "any"


def _chars(items: Any) -> set[str] | str:
    """The characters of a character class (IN), or ANY."""
    out: set[str] = set()
    for op, av in items:
        if op is sc.LITERAL:
            out.add(chr(av))
        elif op is sc.RANGE:
            out |= {chr(c) for c in range(av[0], av[1] + 1)}
        else:
            return ANY
    return out


def _first(items: Any) -> tuple[set[str] | str, bool]:
    """What a sequence may begin with, and whether it may match nothing."""
    out: set[str] = set()
    for op, av in items:
        got, empty = _first_of(op, av)
        if got == ANY:
            return ANY, False
        out |= set(got)
        if not empty:
            return out, False
    return out, True


def _first_of(op: Any, av: Any) -> tuple[set[str] | str, bool]:
    if op is sc.LITERAL:
        return {chr(av)}, False
    if op is sc.IN:
        return _chars(av), False
    if op is sc.SUBPATTERN:
        return _first(av[-1])
    if op is sc.BRANCH:
        out: set[str] = set()
        empty = False
        for alt in av[1]:
            got, e = _first(alt)
            if got == ANY:
                return ANY, False
            out |= set(got)
            empty = empty or e
        return out, empty
    if op in (sc.MAX_REPEAT, sc.MIN_REPEAT):
        got, e = _first(av[2])
        return got, e or av[0] == 0
    if op in (sc.ASSERT, sc.ASSERT_NOT, sc.AT):
        return set(), True  # takes no character
    return ANY, False


@pytest.mark.parametrize(
    "pattern",
    [
        pytest.param(_EXPR, id="time_expressions: a time expression"),
        pytest.param(NUM_RE, id="text: a number"),
        pytest.param(_ROC_YEAR, id="regional_times: a year of the Republic of China era"),
        pytest.param(_ROC_YEAR_BARE, id="regional_times: a bare ROC year on a Taiwan page"),
        pytest.param(_ROC_YEAR_BEFORE_NOUN, id="regional_times: a bare ROC year before a noun"),
        pytest.param(
            phrase_matcher(load_patterns().rules).regex, id="phrases: set phrases and phrase patterns"
        ),
    ],
)
def test_look_ahead_holds_every_first_character(pattern: re.Pattern[str]) -> None:
    items = list(sp.parse(pattern.pattern, pattern.flags))
    op, av = items[0]
    assert op is sc.ASSERT and av[0] == 1, "the pattern opens with a look ahead"
    ahead = _first(av[1])[0]
    assert ahead != ANY
    begins, empty = _first(items[1:])
    assert not empty and begins != ANY
    assert set(begins) - set(ahead) == set()


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        pytest.param("[一二两]{1,2}[省市]", set("一二两"), id="a class repeated"),
        pytest.param("三国(?:时期|志)", {"三"}, id="a literal"),
        pytest.param("[（(]第?[二三]次[）)]", set("（("), id="a class, then an optional literal"),
        pytest.param("第?[二三]", set("第二三"), id="an optional first literal: the next one may begin"),
        pytest.param("(?<=分之)[百千]|两", set("百千两"), id="a look behind takes no character"),
        pytest.param("a|b*", None, id="a branch that may match nothing"),
        pytest.param(".国", None, id="any character"),
        pytest.param("[^，]一", None, id="a negated class"),
        pytest.param(r"\d+", None, id="a category"),
        pytest.param("(?i)ab", None, id="case folded"),
        pytest.param("(", None, id="not a regex"),
    ],
)
def test_first_chars(pattern: str, expected: set[str] | None) -> None:
    assert first_chars(pattern) == expected


def test_sentence_end_characters_are_the_sentence_end_pattern() -> None:
    """A clause whose breaks hold every sentence end is found without its sentence
    (context.ArticleText._clause): that needs SENTENCE_END_CHARS to be SENTENCE_END's characters."""
    from gov_facts.facts.context import SENTENCE_END_CHARS
    from gov_facts.facts.text import SENTENCE_END

    ends = {chr(c) for c in range(0x10000) if SENTENCE_END.fullmatch(chr(c))}
    assert ends == set(SENTENCE_END_CHARS)
