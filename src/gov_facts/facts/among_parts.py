"""The part a 其中 clause names for its own figure, when the words right before the figure name
nothing whole: 其中居民生活和采暖用气约36.3亿立方米 (jieba: 采暖|用|气), 其中通过网上祭扫平台参与“云祭扫”的
近8.2万人次 (a relative clause and 的). The part is not the whole the sentence counted before. Part of the
subject decision (:mod:`.subject` asks here)."""

from __future__ import annotations

import re

from .candidate import Candidate
from .context import ArticleText
from .tagging import pos_tag
from .words_before import is_nounish

#: 其中 opening a clause, the part's words (Chinese, 、 and 和 only) and a bound before the figure
_AMONG_NOUNS = re.compile(r"其中[，,：:]?([\u4e00-\u9fff、]{2,12}?)(?:约|近|逾|超过|达|为|共|有)?$")
#: 其中, a relative clause ending in a quoted name and 的, a bound before the figure
_AMONG_QUOTED = re.compile(
    r"其中[，,：:]?[^，,。；;0-9]{0,20}[“「]([^“”「」，,。；;]{2,10})[”」]的(?:约|近|逾|超过|达|为|共|有)?$"
)
#: what may join the words of one part (居民生活和采暖用气)
_JOINS = frozenset({"和", "及", "与", "、"})


def part_after_among(doc: ArticleText, c: Candidate) -> str | None:
    """The words a 其中 clause gives its figure as the part counted: all of them when they are
    nouns and joins whatever the tagger cuts off (用气), or the quoted name a relative clause ends
    with (参与“云祭扫”的)."""
    if "其中" not in doc.norm[max(0, c.start - 32) : c.start]:
        return None  # asked first: most figures stand in no 其中 clause
    cs, _ = doc.clause(c.start)
    quoted = _AMONG_QUOTED.search(doc.norm, cs, c.start)
    if quoted is not None and quoted.start() == cs:
        return quoted.group(1)
    m = _AMONG_NOUNS.search(doc.norm, cs, c.start)
    if m is None or m.start() != cs:
        return None
    words = m.group(1)
    rules = doc.rules
    if any(w in words for w in rules.change_words) or words in rules.attributive_verbs:
        return None  # 其中工业投资增长5%: a change; 其中新建18公里: what was done
    toks = pos_tag(words)
    if not is_nounish(toks[-1][1]) or any(w in rules.stop and w not in _JOINS for w, _ in toks):
        return None
    if not all(is_nounish(f) or w in _JOINS or f.startswith("v") or f == "p" for w, f in toks):
        return None
    return words if any(w in _JOINS for w, _ in toks) or not toks[0][1].startswith("v") else None
