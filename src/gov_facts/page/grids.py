"""Label grids: a table that lays out the page around the article, not a table of values.

Old county and Taiwan sites, 信息公开 pages and Macau departments print an article as a
grid of label and value cells (标题 | …, 发布日期 | 114-07-15, 资料来源 | 民政处, 内容 | the
article). Read as a table of values, the article would be one row behind its label and the
labels part of the body; read as blocks, the content cell is the body the density score
finds, and the label cells above it pair with their values as header lines.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement as Element

from ..rules.compiled import compiled
from ..rules.page_rules import ChromeRules
from .lines import GRID_MARK
from .text_weight import runs_of, weight

#: what a label cell may print besides its word: spaces between the characters, a colon
_LABEL_FOLD = runs_of(r"\s\u3000\u00a0:：")
#: a label cell is short: a longer first cell is a value
_LABEL_MAX = 12
#: the content cell's text (Chinese characters and punctuation), at the least, and its punctuation
_TEXT_MIN = 30
_SENTENCE = re.compile(r"[，。；！？]")
#: the share of the table's text the content cell holds, at the least: the article is the grid's
#: bulk (a table of values may have a 内容 row among many, as a notice's 项目 | 内容 list)
_SHARE = 0.4


class _ContentLabels:
    """The content row's labels of :class:`ChromeRules`, as a set (built once per rules)."""

    def __init__(self, rules: ChromeRules) -> None:
        self.words = frozenset(rules.content_labels)


def mark_label_grids(doc: Element, rules: ChromeRules) -> None:
    """Mark each table holding a content row (a label cell naming the content, then its value) so
    that it is read as blocks, not as rows of values (:func:`~.lines.is_data_table`)."""
    words = compiled(_ContentLabels, rules).words
    if not words:
        return
    for table in doc.iter("table"):
        whole = 0  # the table's text, weighed once it is needed
        for row in table.iter("tr"):
            cells = [c for c in row if c.tag in ("td", "th")]
            if len(cells) != 2:
                continue
            label = cells[0].text_content()
            if len(label) > 3 * _LABEL_MAX or _LABEL_FOLD.sub("", label) not in words:
                continue
            value = cells[1].text_content()
            whole = whole or weight(table.text_content())
            if _reads_as_text(value) and weight(value) >= _SHARE * whole:
                table.set(GRID_MARK, "1")
                break


def _reads_as_text(value: str) -> bool:
    """The value cell is running text (sentences), not a column's head (信息内容 | 本年处理决定数量
    in a 信息公开 report's table of values)."""
    return weight(value) >= _TEXT_MIN and _SENTENCE.search(value) is not None
