"""Set phrases and quoted slogans: numbers inside them are never facts.

一带一路, 三个代表, “十四五”, “四个清零”: the engine blocks these spans before it
reads numbers, and the report (``show --why``) lists the same spans with the rule
that matched, so both read one set of rules from here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..core.regex_starts import first_chars
from ..rules.compiled import compiled
from ..rules.patterns import PatternFile, load_patterns
from .text import CN_DIGIT_RE, QUOTE_RE, normalize

RULE_SET_PHRASE = "set phrase"
RULE_PATTERN = "set phrase pattern"
RULE_SLOGAN = "numeral inside a quoted slogan"
_ARABIC = re.compile(r"[0-9]")
#: an edition or version closing a programme's name (“长照十年计划2.0”, “三年行动3.0版”): no figure
_EDITION = re.compile(r"[0-9](?:\.[0-9]版?|版)$")


@dataclass(frozen=True)
class Rejected:
    """A set phrase or quoted slogan in the text: numbers inside it are not facts."""

    start: int
    end: int
    text: str
    rule: str  # "set phrase", "set phrase pattern <regex>", "numeral inside a quoted slogan"


class PhraseMatcher:
    """The set phrases (longest first) and the phrase patterns as one alternation.

    The alternation has no capturing groups (groups in a hundred-way alternation make every
    page's scan several times slower); which rule matched is worked out only when asked.
    """

    def __init__(self, rules: PatternFile) -> None:
        phrases = sorted(set(rules.set_phrases), key=lambda w: (-len(w), w))
        self.phrases = frozenset(phrases)
        self.patterns = [(p, re.compile(p)) for p in rules.set_phrase_patterns]
        alts: list[str] = []
        if phrases:
            # a look at the first character first: most positions start no phrase at all
            firsts = "".join(sorted({p[0] for p in phrases}))
            alts.append(f"(?=[{re.escape(firsts)}])(?:" + "|".join(re.escape(p) for p in phrases) + ")")
        alts += [f"(?:{p})" for p, _ in self.patterns]
        self.regex = (
            re.compile(_look_ahead(phrases, rules.set_phrase_patterns) + "(?:" + "|".join(alts) + ")")
            if alts
            else None
        )

    def rule_of(self, m: re.Match[str]) -> str:
        """Which rule a match of :attr:`regex` came from: the phrases are tried first, then each
        pattern in order, as the alternation tries them."""
        if m.group(0) in self.phrases:
            return RULE_SET_PHRASE
        for source, pattern in self.patterns:
            if pattern.match(m.string, m.start()) is not None:
                return f"{RULE_PATTERN} {source}"
        return RULE_SET_PHRASE  # pragma: no cover - every match comes from one of the two


def _look_ahead(phrases: list[str], patterns: list[str]) -> str:
    """A look ahead at every character a phrase or a pattern may begin with, so that the search
    skips the text between them (:mod:`..core.regex_starts`); none when a pattern may begin with
    any character."""
    firsts = {p[0] for p in phrases}
    for pattern in patterns:
        chars = first_chars(pattern)
        if chars is None:
            return ""
        firsts |= chars
    return "(?=[" + re.escape("".join(sorted(firsts))) + "])" if firsts else ""


def phrase_matcher(rules: PatternFile) -> PhraseMatcher:
    """The compiled matcher for these rules, built once."""
    return compiled(PhraseMatcher, rules)


def slogan_spans(norm: str) -> list[tuple[int, int]]:
    """Short quotations whose numerals are Chinese only (“十四五”, “四个清零”), but for an edition
    closing them (“长照十年计划2.0”): slogans and names, not figures."""
    spans = []
    for m in QUOTE_RE.finditer(norm):
        inner = next(g for g in m.groups() if g is not None)
        if CN_DIGIT_RE.search(inner) and not _ARABIC.search(_EDITION.sub("", inner)):
            spans.append((m.start(), m.end()))
    return spans


def blocked_spans(norm: str, matcher: PhraseMatcher) -> list[tuple[int, int]]:
    """Every span of the normalized text where a number is not a fact, sorted."""
    spans: list[tuple[int, int]] = []
    if matcher.regex is not None:
        spans += [(m.start(), m.end()) for m in matcher.regex.finditer(norm)]
    spans += slogan_spans(norm)
    return sorted(spans)


def find_rejected(text: str, rules: PatternFile | None = None) -> list[Rejected]:
    """The set phrases and quoted slogans in ``text``, in text order, each with the rule that matched.

    These are the spans the engine blocks (:func:`blocked_spans`), for a reader to see what was
    passed over and why. A set phrase that is a whole quote (“四个清零”) is one entry naming both rules.
    ``rules`` default to the built-in patterns.
    """
    norm = normalize(text)
    matcher = phrase_matcher(rules if rules is not None else load_patterns().rules)
    found: list[Rejected] = []
    if matcher.regex is not None:
        for m in matcher.regex.finditer(norm):
            if m.end() > m.start():
                found.append(Rejected(m.start(), m.end(), text[m.start() : m.end()], matcher.rule_of(m)))
    for start, end in slogan_spans(norm):
        rule = RULE_SLOGAN
        same = [r for r in found if (r.start, r.end) == (start + 1, end - 1)]
        if same:
            found.remove(same[0])
            rule = f"{same[0].rule}; {RULE_SLOGAN}"
        found.append(Rejected(start, end, text[start:end], rule))
    found.sort(key=lambda r: (r.start, -r.end))
    return found
