"""The library's front door: bytes (or a path) in, one :class:`Document` out.

    >>> from gov_facts import extract
    >>> doc = extract(open("page.html", "rb").read(), "page.html")
    >>> [(f.value, f.unit, f.subject) for f in doc.facts]

Everything a Spark/Dask/multiprocessing user needs is :func:`extract`: a pure
function of the bytes and a name that returns a record or raises a
:class:`~gov_facts.errors.GovFactsError`.
"""

from __future__ import annotations

from pathlib import Path

from .decode import decode_bytes
from .errors import InputError, NoArticleError, TooDeepError
from .facts import find_facts
from .models import Document
from .page import read_article
from .patterns import Patterns, load_patterns


def extract(data: bytes | str, input_name: str = "-", *, patterns: Patterns | None = None) -> Document:
    """Decode, clean and read one page, then find its facts.

    ``data`` is the raw bytes of an HTML page or a plain-text dump (a ``str``
    is taken as already decoded). Raises NoArticleError when the page holds no
    article, DecodeError when the bytes are not text, TooDeepError when its tags nest too deeply.
    """
    pats = patterns or load_patterns()
    if isinstance(data, str):
        text, encoding, warnings = data, None, []
    else:
        decoded = decode_bytes(data)
        text, encoding, warnings = decoded.text, decoded.encoding, list(decoded.warnings)
    try:
        content = read_article(text, pats)
        body = content.text
        if not body.strip():
            raise NoArticleError("the page has no body text")
        facts, checks, fact_warnings = find_facts(body, pats, content.published_at, content.title)
    except RecursionError:
        raise TooDeepError("the page nests too deeply to read") from None
    return Document(
        input=input_name,
        url=content.url,
        encoding=encoding,
        title=content.title,
        published_at=content.published_at,
        source=content.source,
        author=content.author,
        editor=content.editor,
        publisher=content.publisher,
        doc_number=content.doc_number,
        index_number=content.index_number,
        site=content.site,
        text=body,
        facts=facts,
        checks=checks,
        warnings=warnings + list(content.warnings) + fact_warnings,
    )


def read_input(path: str | Path) -> bytes:
    """The bytes of one input file, or InputError saying why it cannot be read."""
    p = Path(path)
    try:
        if p.is_dir():
            raise InputError("is a directory, not a page")
        return p.read_bytes()
    except FileNotFoundError as exc:
        raise InputError("no such file") from exc
    except PermissionError as exc:
        raise InputError("permission denied") from exc
    except IsADirectoryError as exc:
        raise InputError("is a directory, not a page") from exc
    except OSError as exc:
        raise InputError(exc.strerror or str(exc)) from exc


def extract_file(path: str | Path, *, patterns: Patterns | None = None) -> Document:
    """:func:`extract` on a file; the record's ``input`` is the path as given."""
    return extract(read_input(path), str(path), patterns=patterns)
