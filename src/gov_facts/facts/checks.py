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


def find_checks(facts: list[Fact], doc: ArticleText) -> tuple[list[Check], list[str]]:
    """Percentages that restate a ratio of two counts stated earlier (发证率88.02% = 13350/15167).

    A match within rounding anywhere before the percentage is recorded as consistent.
    A near miss is reported as inconsistent only when the rate and both counts stand
    in one sentence, where the relation is plain; elsewhere a near miss is chance.
    """
    checks: list[Check] = []
    warnings: list[str] = []
    counts: list[Fact] = []
    by_sentence: dict[tuple[int, int], list[Fact]] = {}
    for pf in facts:
        if pf.kind == "count" and pf.value and pf.value > 0 and pf.unit:
            counts.append(pf)
            by_sentence.setdefault(doc.sentence(pf.start), []).append(pf)
            continue
        if pf.kind != "percent" or pf.value is None or not 0 < pf.value < 100 or pf.change:
            continue
        decimals = len(pf.text.split(".")[1].rstrip("%％")) if "." in pf.text else 0
        tol = 0.5 * 10**-decimals + 1e-9
        sentence = doc.sentence(pf.start)
        together = by_sentence.get(sentence, [])
        named = [f for f in counts if _names_part(f.subject, pf.subject)] if pf.subject else []
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
