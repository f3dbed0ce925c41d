"""jieba's part-of-speech Viterbi pass over unknown words, computed the same way, faster.

jieba.posseg reads a run of characters its dictionary does not hold (a name, a rare term)
with an HMM over (position, tag) states. Its own ``viterbi`` builds a generator and a tuple
for every pair of states at every character; that is most of the fact stage's time. This
one takes the same maximum over the same sums in the same order, with the same tie-break
(the larger previous state wins a tie, as ``max`` over ``(prob, state)`` tuples does), and
only visits the previous states a transition comes from; where no transition leads to a
state it falls back to looking at all of them, as jieba does. A test holds the two equal.
(jieba, MIT licence, copyright (c) 2013 Sun Junyi; see THIRD_PARTY_NOTICES.md.)
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, cast

MIN_FLOAT = -3.14e100
MIN_INF = float("-inf")

State = tuple[str, str]

_inverse_cache: dict[int, tuple[object, dict[State, dict[State, float]]]] = {}


def _inverse(trans_p: Mapping[State, Mapping[State, float]]) -> dict[State, dict[State, float]]:
    """For each state, the states that have a transition into it, with its log probability."""
    key = id(trans_p)
    hit = _inverse_cache.get(key)
    if hit is not None and hit[0] is trans_p:
        return hit[1]
    inverse: dict[State, dict[State, float]] = {}
    for y0, nexts in trans_p.items():
        for y, p in nexts.items():
            inverse.setdefault(y, {})[y0] = p
    _inverse_cache[key] = (trans_p, inverse)
    return inverse


def viterbi(
    obs: Sequence[str],
    states: Mapping[str, Any],
    start_p: Mapping[State, float],
    trans_p: Mapping[State, Mapping[State, float]],
    emit_p: Mapping[State, dict[str, float]],
) -> tuple[float, list[State]]:
    """The most probable (position, tag) state of each character, and its log probability."""
    fill = getattr(emit_p, "fill", None)
    if fill is not None:  # rows filled by character (facts/jieba_tables.py): these characters' now
        fill(obs)
    emitted = dict.get  # the rows' own lookup, at the builtin's speed, once they hold the characters
    inverse = _inverse(trans_p)
    all_states = trans_p.keys()
    first = obs[0]
    prev: dict[State, float] = {
        y: start_p[y] + emitted(emit_p[y], first, MIN_FLOAT) for y in states.get(first, all_states)
    }
    paths: list[dict[State, State | str]] = [dict.fromkeys(prev, "")]
    for t in range(1, len(obs)):
        ch = obs[t]
        prev_states = [x for x in prev if trans_p[x]]
        expect: set[State] = set()
        for x in prev_states:
            expect.update(trans_p[x])
        obs_states = set(states.get(ch, all_states)) & expect
        if not obs_states:
            obs_states = expect if expect else set(all_states)
        current: dict[State, float] = {}
        back: dict[State, State | str] = {}
        for y in obs_states:
            emit = emitted(emit_p[y], ch, MIN_FLOAT)
            best_p = MIN_INF
            best_s: State | None = None
            into = inverse.get(y, {})
            for y0 in prev_states:
                tp = into.get(y0)
                if tp is None:
                    continue
                p = prev[y0] + tp + emit
                if best_s is None or p > best_p or (p == best_p and y0 > best_s):
                    best_p, best_s = p, y0
            if best_s is None or best_p == MIN_INF:
                # nothing finite leads here: every previous state scores -inf + emit, and the
                # largest state wins the tie, as in jieba
                for y0 in prev_states:
                    p = prev[y0] + trans_p[y0].get(y, MIN_INF) + emit
                    if best_s is None or p > best_p or (p == best_p and y0 > best_s):
                        best_p, best_s = p, y0
            assert best_s is not None
            current[y] = best_p
            back[y] = best_s
        prev = current
        paths.append(back)
    prob, state = max((p, y) for y, p in prev.items())
    route: list[State] = [state] * len(obs)
    i = len(obs) - 1
    while i >= 0:
        route[i] = state
        if i:  # paths[0] holds "" (no state before the first)
            state = cast(State, paths[i][state])
        i -= 1
    return prob, route
