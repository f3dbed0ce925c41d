"""Where the noun run before a figure names more or less than the thing measured: a bare share
after the verb of an activity names that activity's share (网上查档|占比), and a group noun headed by
the figure's measure word is the group, past the inspection done to it (入户安全检查|居民用户), and a thing
built by some means is the thing, past the means and the building (利用闲置地建设|临时停车场).
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


#: verbs of a means (利用闲置地, 依托现有场地): what follows, up to a verb of building, is what is built with
_MEANS = ("利用", "依托", "借助", "盘活")
#: prepositions of place: a run after them opens with where a thing is built (在境外, 於各區)
_PLACE_PREPOSITIONS = frozenset({"在", "于", "於"})


def built_past_means(
    run: list[tuple[str, str]],
    clause_before: str,
    building: frozenset[str],
    opener: tuple[str, str] | None = None,
) -> list[tuple[str, str]]:
    """利用边角地、闲置地建设临时停车场64个, 依托现有场地建设口袋公园32个: after a verb of a means in the
    clause, a verb of building inside the run before a count is the predicate and the count counts its
    object (临时停车场), not the means nor the act (安置房建设项目12个 keeps its 建设: no means before it).
    ``opener``: the word before the run; after 在 or 於 the run opens a place (在境外建设运营海外仓218个,
    在林区入口设置临时检查站), where the thing is built, no more part of it than a means; verbs right
    after the verb of building (建设运营) are the predicate's too. ``building``: the verbs of building
    (words.toml ``build_verbs``)."""
    at_place = opener is not None and opener[1] == "p" and opener[0] in _PLACE_PREPOSITIONS
    if len(run) < 3 or not (at_place or any(m in clause_before for m in _MEANS)):
        return run  # the cheap test first: most clauses name no means and open no place
    for k in range(len(run) - 2, 0, -1):
        word = run[k][0]
        if word in building and (
            at_place or any(m in clause_before[: clause_before.rfind(word)] for m in _MEANS)
        ):
            while k + 2 < len(run) and run[k + 1][1] in ("v", "vn"):
                k += 1  # 建设运营海外仓: the verbs after the verb of building are the predicate's
            return run[k + 1 :]
    return run
