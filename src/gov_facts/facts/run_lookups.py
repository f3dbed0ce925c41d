"""The word lists that cut the noun run before a count (:mod:`.run_trims`, :mod:`.noun_phrase`,
:mod:`.words_before`, :mod:`.dimensions`), built once per word lists from ``patterns/words.toml``: the
verbs and names that stand in a run but are not what the count counts."""

from __future__ import annotations

from dataclasses import dataclass

from ..rules.word_lists import WordLists


@dataclass(frozen=True)
class RunLookups:
    """The run's word lists; each attribute names the rule that reads it."""

    #: :mod:`.words_before`, :mod:`.dimensions`: a verb of building or adding before its object (改建健身步道)
    build_verbs: frozenset[str] = frozenset()
    #: :mod:`.run_trims`: verbs of a means (利用闲置地建设…): a verb of building after one is the predicate
    means_verbs: tuple[str, ...] = ()
    #: :mod:`.run_trims`: verbs of inspecting or enforcing done to a group (入户安全检查|居民用户)
    inspection_verbs: tuple[str, ...] = ()
    #: :mod:`.run_trims`: the heads of an agency's name (县法院|审结|案件): who acts, before its verb
    agent_heads: tuple[str, ...] = ()
    #: :mod:`.run_trims`: an agency head and a verb that make one noun (政府采购): no act
    agency_nouns: frozenset[str] = frozenset()
    #: :mod:`.words_before`: a verb's resultative complement right before a count (整改到位1198处)
    done_complements: frozenset[str] = frozenset()


def run_lookups(r: WordLists) -> RunLookups:
    """The run lookups of ``r``'s lists."""
    return RunLookups(
        build_verbs=frozenset(r.build_verbs),
        means_verbs=tuple(r.means_verbs),
        inspection_verbs=tuple(r.inspection_verbs),
        agent_heads=tuple(r.agent_heads),
        agency_nouns=frozenset(r.agency_nouns),
        done_complements=frozenset(r.done_complements),
    )
