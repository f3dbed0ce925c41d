"""Schema of the script section: which characters make a text traditional (``patterns/script.toml``).

Kept apart from the fact and page sections: the table is generated from the converter the fact
stage uses (OpenCC), and a test holds it in step with the installed one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Annotated

from pydantic import AfterValidator

from ..core.defaults import empty_list
from .checked_models import STRICT

#: CJK ideographs: the unified blocks (BMP, extension A and the supplementary planes)
_IDEOGRAPHS = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\U00020000-\U0003ffff]+")


def _ideographs(values: list[str]) -> list[str]:
    for run in values:
        if not _IDEOGRAPHS.fullmatch(run):
            raise ValueError(f"{run[:20]!r}: only CJK ideographs, no spaces or punctuation")
    return values


def _bound_zhi(values: list[str]) -> list[str]:
    for word in values:
        if len(word) < 2 or not _IDEOGRAPHS.fullmatch(word) or "之" not in (word[0], word[-1]):
            raise ValueError(f"{word!r}: a word of ideographs that opens or ends with 之")
    return values


@dataclass(frozen=True)
class ScriptRules:
    """The characters that tell a traditional-script text from a simplified one."""

    __pydantic_config__ = STRICT

    #: runs of characters written only in traditional script (國, 萬, 發...): a text holding one is
    #: matched on its simplified shadow
    traditional_only: Annotated[list[str], AfterValidator(_ideographs)] = field(default_factory=empty_list)
    #: characters the converter changes that simplified text writes too (於 in names, 乾隆, 显著):
    #: alone they never make a text traditional
    shared: Annotated[list[str], AfterValidator(_ideographs)] = field(default_factory=empty_list)
    #: words of their own that hold 之 (之一, 之间, 百分之 as 分之): there 之 is no particle of a
    #: modifier, which the shadow reads as 的 elsewhere
    zhi_bound_words: Annotated[list[str], AfterValidator(_bound_zhi)] = field(default_factory=empty_list)
