"""Where the noun run before a figure names more or less than the thing measured: a bare share
after the verb of an activity names that activity's share (网上查档|占比), and a group noun headed by
the figure's measure word is the group, past the inspection done to it (入户安全检查|居民用户), and a thing
built by some means is the thing, past the means and the building (利用闲置地建设|临时停车场), and a thing
an agency acts on is the thing, past the agency and its verb (县法院审结|案件).
Part of the subject decision (:mod:`.noun_phrase` asks both of the run it has read)."""

from __future__ import annotations

#: the tags of the words before the verb of an activity that say where or how it is done (网上查档)
_ACTIVITY_MANNER = frozenset({"s", "n", "b", "d", "vd"})
#: the longest activity named before 占比 (网上办理业务)
_LONGEST_ACTIVITY = 6


def activity_share(toks: list[tuple[str, str]], i: int, stop: frozenset[str]) -> str:
    """网上查档占比达到六成, 线上申办占比为85%: a share right after the verb of an activity (jieba's v,
    with perhaps a word of where or how before it: 网上) is the share of that activity, named with
    占比; after anything else (a mark, a figure) a bare share names nothing ("")."""
    if i < 0 or toks[i][1] not in ("v", "vn") or len(toks[i][0]) < 2 or toks[i][0] in stop:
        return ""
    words = [toks[i][0]]
    k = i - 1
    while k >= 0 and toks[k][1] in _ACTIVITY_MANNER and toks[k][0] not in stop:
        if len(toks[k][0]) + sum(map(len, words)) > _LONGEST_ACTIVITY:
            break
        words.insert(0, toks[k][0])
        k -= 1
    return "".join(words) + "占比"


def group_past_activity(
    run: list[tuple[str, str]], unit: str | None, inspections: tuple[str, ...]
) -> list[tuple[str, str]]:
    """入户安全检查居民用户86.4万户, 立案查处特种设备违法案件87件: a group noun headed by the figure's own
    measure word (用户 of 户, 案件 of 件) ends the run; a word before it that ends in a verb of inspecting
    or enforcing (``inspection_verbs``: 安全检查, which jieba tags as a name) is what was done to the
    group, no part of it (法律援助案件, 宽带接入用户 keep their verbal nouns: they name the kind)."""
    if not unit or len(run) < 2 or not run[-1][0].endswith(unit) or len(run[-1][0]) <= len(unit):
        return run
    for k in range(len(run) - 2, -1, -1):
        if run[k][0].endswith(inspections):
            return run[k + 1 :]
    return run


#: prepositions of place: a run after them opens with where a thing is built (在境外, 於各區)
_PLACE_PREPOSITIONS = frozenset({"在", "于", "於"})


def built_past_means(
    run: list[tuple[str, str]],
    clause_before: str,
    building: frozenset[str],
    means: tuple[str, ...],
    opener: tuple[str, str] | None = None,
) -> list[tuple[str, str]]:
    """利用边角地、闲置地建设临时停车场64个, 依托现有场地建设口袋公园32个: after a verb of a means in the
    clause, a verb of building inside the run before a count is the predicate and the count counts its
    object (临时停车场), not the means nor the act (安置房建设项目12个 keeps its 建设: no means before it).
    ``opener``: the word before the run; after 在 or 於 the run opens a place (在境外建设运营海外仓218个,
    在林区入口设置临时检查站), where the thing is built, no more part of it than a means; verbs right
    after the verb of building (建设运营) are the predicate's too. ``building``: the verbs of building
    (words.toml ``build_verbs``); ``means``: the verbs of a means (``means_verbs``)."""
    at_place = opener is not None and opener[1] == "p" and opener[0] in _PLACE_PREPOSITIONS
    if len(run) < 3 or not (at_place or any(m in clause_before for m in means)):
        return run  # the cheap test first: most clauses name no means and open no place
    for k in range(len(run) - 2, 0, -1):
        word = run[k][0]
        if word in building and (
            at_place or any(m in clause_before[: clause_before.rfind(word)] for m in means)
        ):
            while k + 2 < len(run) and run[k + 1][1] in ("v", "vn"):
                k += 1  # 建设运营海外仓: the verbs after the verb of building are the predicate's
            return run[k + 1 :]
    return run


#: the shortest agency name that ends in an agency head (县法院, 教育局; 政府 alone may modify: 政府采购规模)
_SHORTEST_AGENCY = 3


def acted_past_agency(
    run: list[tuple[str, str]], heads: tuple[str, ...], nouns: frozenset[str] = frozenset()
) -> list[tuple[str, str]]:
    """县法院审结案件3260件, 区教育局招聘教师120名, 县卫健委培训乡村医生860人次: an agency's name in the run
    (three characters or more ending in one of ``heads``, words.toml ``agent_heads``) and a verb of two
    characters after it (jieba's v or vn) are who acts and what it did; the count counts the object
    after them, not the agency's act (道路养护经费 keeps its verb: no agency before it). ``nouns``: a
    head and a verb that make one noun (政府采购, words.toml ``agency_nouns``): 市政府采购规模 stays whole."""
    for k in range(len(run) - 3, -1, -1):
        word = run[k][0]
        if len(word) >= _SHORTEST_AGENCY and word.endswith(heads):
            verb, flag = run[k + 1]
            if (
                flag in ("v", "vn")
                and len(verb) == 2
                and len("".join(w for w, _ in run[k + 2 :])) >= 2
                and not any((word + verb).endswith(n) for n in nouns)
            ):
                return run[k + 2 :]
            return run
    return run
