"""Error types the library raises for a bad input or a bad patterns file.

Every per-input failure is a :class:`GovFactsError`; the CLI turns each into
one stderr line naming the input, and never a traceback.
"""

from __future__ import annotations


class GovFactsError(Exception):
    """Base class: something about one input (or one patterns file) is wrong."""

    #: short machine-readable name, used in error rows and messages
    kind = "error"


class InputError(GovFactsError):
    """The input could not be read (missing, unreadable, not a page)."""

    kind = "unreadable"


class DecodeError(InputError):
    """The bytes are not text in any encoding we can trust."""

    kind = "undecodable"


class NoArticleError(GovFactsError):
    """The page was read but holds no article (list page, error page, empty shell)."""

    kind = "no_article"


class PatternError(GovFactsError):
    """A patterns file is malformed: the message names the file, entry and reason."""

    kind = "bad_patterns"


class TooDeepError(InputError):
    """The page's tags nest too deeply to read (libxml2's depth limit, or Python's recursion limit)."""

    kind = "too_deep"


class TooLarge(InputError):
    """The input is over the per-input size limit (``--max-bytes``), or beyond what a parser reads."""

    kind = "too_large"
