"""A clause as the status decision (:mod:`.status`) reads it: its words tagged with their offsets,
the phrases whose plan word plans nothing masked (年度计划, 将近, 规划局), made once per document."""

from __future__ import annotations

from .context import ArticleText
from .programme_names import masked
from .tagging import pos_tag


class PlanClause:
    """A clause's tokens with their offsets in the document, plan phrases masked.

    Tagging is the costly part, so a clause is tagged only when asked for its tokens, and a clause
    with no plan word in it at all is never tagged for plan words (:attr:`has_plan_word`). Masking
    only takes plan words away: a clause with none as written (most) is masked only when asked."""

    def __init__(self, doc: ArticleText, cs: int, ce: int) -> None:
        self._raw, self._rules, self.start = doc.norm[cs:ce], doc.rules, cs
        self._text: str | None = None
        planned = doc.rules.planned_any
        self.has_plan_word = planned.search(self._raw) is not None and planned.search(self.text) is not None
        self._tokens: list[tuple[str, str, int]] | None = None

    @property
    def text(self) -> str:
        if self._text is None:
            self._text = masked(self._raw, self._rules.not_planned, self._rules.not_planned_patterns)
        return self._text

    @property
    def tokens(self) -> list[tuple[str, str, int]]:
        if self._tokens is None:
            self._tokens = []
            pos = self.start
            for word, flag in pos_tag(self.text):
                self._tokens.append((word, flag, pos))
                pos += len(word)
        return self._tokens


def plan_clause(doc: ArticleText, cs: int, ce: int) -> PlanClause:
    """The plan clause [cs, ce) of ``doc``, made once per document."""
    return doc.kept("plan clause", (cs, ce), lambda: PlanClause(doc, cs, ce))
