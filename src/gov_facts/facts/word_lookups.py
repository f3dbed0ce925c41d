"""The word lists of single rules moved out of code in session 8's second round, compiled once per
Patterns for the :class:`.rulebook.Rulebook` (its ``words``): each attribute names the module that
reads it; ``patterns/words.toml`` says what each list decides."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..rules.word_lists import WordLists
from .word_regexes import words_pattern

_NEVER = re.compile(r"(?!x)x")


@dataclass(frozen=True)
class WordLookups:
    """Lookups built from the lists of :class:`..rules.word_lists.WordLists`."""

    #: :mod:`.timing`: a verb entering a thing in a list named with its year (纳入2022年…计划的) and
    #: how far back it reaches; what a figure is adjusted for (扣除…因素后); a word of now (现有)
    entered_in: re.Pattern[str] = _NEVER
    entered_reach: int = 0
    adjusted_for: re.Pattern[str] = _NEVER
    now_mark: re.Pattern[str] = _NEVER
    #: :mod:`.status`: plan words that are nouns as often as verbs (计划, 目标); words saying what is
    #: done (已, 累计), that no earlier plan word governs
    plan_nouns: tuple[str, ...] = ()
    done_words: tuple[str, ...] = ()
    #: :mod:`.time_anaphora`: what makes 同期 a comparison after it (同期相比), besides a change word
    compared_after: tuple[str, ...] = ()


def word_lookups(r: WordLists) -> WordLookups:
    """The lookups of ``r``'s lists, each built once."""
    return WordLookups(
        entered_in=words_pattern(r.entered_verbs, "(?:@)$"),
        entered_reach=max((len(w) for w in r.entered_verbs), default=0),
        adjusted_for=words_pattern(r.adjustment_verbs, "(?:@)[^，,。；;0-9]{0,10}$"),
        now_mark=words_pattern(r.now_marks),
        plan_nouns=tuple(r.plan_nouns),
        done_words=tuple(r.done_words),
        compared_after=tuple(r.compared_after),
    )
