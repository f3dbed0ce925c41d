"""Cross-checks: percentages that restate the ratio of two counts stated in the text."""

from __future__ import annotations

from ..core.models import Check, Fact
from .context import ArticleText


def _names_part(count_subject: str | None, rate_subject: str | None) -> bool:
    """发证 and 发证率, 交付 and 交付率: the rate is named after the count it divides."""
    if not count_subject or not rate_subject or len(count_subject) < 2:
        return False
    stem = rate_subject.rstrip("率")
    return stem != rate_subject and stem.endswith(count_subject)


def _named_parts(
    rate_subject: str | None, by_subject: dict[str, list[int]], counts: list[Fact]
) -> list[Fact]:
    """The counts whose subject the rate is named after (:func:`_names_part`), in text order:
    looked up by each ending of the rate's stem rather than tried one by one."""
    if not rate_subject:
        return []
    stem = rate_subject.rstrip("率")
    if stem == rate_subject:
        return []
    places = [i for n in range(2, len(stem) + 1) for i in by_subject.get(stem[-n:], ())]
    return [counts[i] for i in sorted(places) if _names_part(counts[i].subject, rate_subject)]


def find_checks(facts: list[Fact], doc: ArticleText) -> tuple[list[Check], list[str]]:
    """Percentages that restate a ratio of two counts stated earlier (发证率88.02% = 13350/15167).

    A match within rounding anywhere before the percentage is recorded as consistent.
    A near miss is reported as inconsistent only when the rate and both counts stand
    in one sentence, where the relation is plain; elsewhere a near miss is chance.
    """
    checks: list[Check] = []
    warnings: list[str] = []
    counts: list[Fact] = []
    by_subject: dict[str, list[int]] = {}  # the places in ``counts`` of each subject
    for pf in facts:
        if pf.kind == "count" and pf.value and pf.value > 0 and pf.unit:
            if pf.subject and len(pf.subject) >= 2:
                by_subject.setdefault(pf.subject, []).append(len(counts))
            counts.append(pf)
            continue
        if pf.kind != "percent" or pf.value is None or not 0 < pf.value < 100 or pf.change:
            continue
        decimals = len(pf.text.split(".")[1].rstrip("%％")) if "." in pf.text else 0
        tol = 0.5 * 10**-decimals + 1e-9
        sentence = doc.sentence(pf.start)
        # the counts come in text order, all before the rate: those of its sentence are the last
        k = len(counts)
        while k > 0 and counts[k - 1].start >= sentence[0]:
            k -= 1
        together = counts[k:]
        named = _named_parts(pf.subject, by_subject, counts)
        best: tuple[float, Fact, Fact] | None = None
        # within the sentence any two counts may be part and whole; across the text only a
        # rate named after its count (发证 -> 发证率), divided by any count of the same unit
        for xs, ys in ((together, together), (named, counts)):
            for x in xs:
                for y in ys:
                    if x.unit != y.unit or not x.value or not y.value or x.value >= y.value:
                        continue
                    diff = abs(x.value / y.value * 100 - pf.value)
                    if best is None or diff < best[0]:
                        best = (diff, x, y)
        if best is None:
            continue
        diff, x, y = best
        computed = round(float(x.value or 0) / float(y.value or 1) * 100, max(decimals, 2))
        if diff <= tol:
            checks.append(
                Check(facts=[pf.id, x.id, y.id], stated=pf.value, computed=computed, consistent=True)
            )
        elif (
            diff <= max(0.5, pf.value * 0.01)
            and (pf.subject or "").endswith("率")
            and doc.sentence(x.start) == sentence == doc.sentence(y.start)
        ):
            checks.append(
                Check(facts=[pf.id, x.id, y.id], stated=pf.value, computed=computed, consistent=False)
            )
            warnings.append(f"fact {pf.id} ({pf.text}) does not match {x.text}/{y.text} = {computed}%")
    return checks, warnings
