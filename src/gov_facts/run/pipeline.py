"""The library's front door: bytes (or a path) in, one :class:`Document` out; the stages in order.

    >>> from gov_facts import extract
    >>> doc = extract(open("page.html", "rb").read(), "page.html")
    >>> [(f.value, f.unit, f.subject) for f in doc.facts]

Everything a Spark/Dask/multiprocessing user needs is :func:`extract` (a pure
function of the bytes and a name that returns a record or raises a
:class:`~gov_facts.core.errors.GovFactsError`) or :func:`extract_record` (the same,
as a plain dict, never raising).
"""

from __future__ import annotations

import traceback
from datetime import date
from pathlib import Path
from typing import Any

from ..core import code_cache, regex_cache
from ..core.errors import GovFactsError, InputError, NoArticleError, TooDeepError
from ..core.models import Document
from ..facts.engine import find_facts
from ..facts.place import page_place
from ..facts.place_document import PageClues
from ..facts.shadow import Script
from ..page.reader import drop_invisible, read_article
from ..read.decode import decode_bytes
from ..read.files import read_file
from ..read.items import InputFailure
from ..rules.patterns import Patterns, load_patterns
from .collector import collector_paused


def assumed_date(value: date | str | None) -> date | None:
    """A publish date given by the caller (a date, or ISO text such as ``2023-10-20``)."""
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError:
        raise InputError(f"not a date: {value!r} (give it as 2023-10-20)") from None


@collector_paused()
def extract(
    data: bytes | str,
    input_name: str = "-",
    *,
    patterns: Patterns | None = None,
    published: date | str | None = None,
    script: Script = "original",
) -> Document:
    """Decode, clean and read one page, then find its facts.

    ``data`` is the raw bytes of an HTML page or a plain-text dump (a ``str``
    is taken as already decoded). ``published`` is the publish date to assume when the
    page states none (it anchors 今年, 去年…). ``script="simplified"`` writes the facts'
    subject, unit and time text in simplified characters (a traditional-script page's own
    script is kept by default). Raises NoArticleError when the page holds no
    article, DecodeError when the bytes are not text, TooDeepError when its tags nest too deeply.
    """
    pats = patterns or load_patterns()
    assumed = assumed_date(published)
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
        page_date = content.published
        day = page_date.day if page_date else assumed
        clues = PageClues(content.title, content.source, content.publisher, content.site, content.url)
        where = page_place(pats, clues, body)
        facts, checks, fact_warnings = find_facts(body, pats, day, content.title, script, where)
    except RecursionError:
        raise TooDeepError("the page nests too deeply to read") from None
    if page_date is None and assumed is not None:
        warnings.append(f"the page states no publish date: {assumed.isoformat()} was assumed")
    regex_cache.remember()
    code_cache.remember()
    return Document(
        input=input_name,
        url=content.url,
        encoding=encoding,
        title=content.title,
        published_at=page_date.iso if page_date else (assumed.isoformat() if assumed else None),
        source=content.source,
        author=content.author,
        editor=content.editor,
        publisher=content.publisher,
        doc_number=content.doc_number,
        index_number=content.index_number,
        site=content.site,
        place=where.record() if where is not None else None,
        text=body,
        facts=facts,
        checks=checks,
        warnings=warnings + list(content.warnings) + fact_warnings,
        next_part=content.next_part,
    )


@collector_paused()
def extract_text(
    text: str,
    input_name: str = "-",
    *,
    published: date | str | None = None,
    title: str | None = None,
    patterns: Patterns | None = None,
    script: Script = "original",
) -> Document:
    """The facts of a piece of text as it stands: a sentence, a paragraph, an article's body.

    Nothing is taken out of it (no headline, chrome or metadata is looked for): every
    non-empty line is a paragraph. ``published`` anchors relative times (今年, 去年),
    ``title`` may name the period a report is about (2022年…统计公报).
    """
    pats = patterns or load_patterns()
    day = assumed_date(published)
    body = "\n".join(line.strip() for line in drop_invisible(text).splitlines() if line.strip())
    if not body:
        raise NoArticleError("the text is empty")
    where = page_place(pats, PageClues(title), body)
    facts, checks, warnings = find_facts(body, pats, day, title, script, where)
    regex_cache.remember()
    code_cache.remember()
    return Document(
        input=input_name,
        title=title,
        published_at=day.isoformat() if day else None,
        place=where.record() if where is not None else None,
        text=body,
        facts=facts,
        checks=checks,
        warnings=warnings,
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


def process(
    name: str,
    data: bytes | None,
    patterns: Patterns,
    url: str | None = None,
    script: Script = "original",
    *,
    snippet: bool = False,
    published: str | None = None,
) -> Document | InputFailure:
    """One input to a Document or an InputFailure, in this process; never raises.

    The one place where what can go wrong with an input is turned into a failure kind.
    ``snippet``: the bytes are a piece of text to read as it stands (:func:`extract_text`).
    """
    try:
        raw = data if data is not None else read_file(name)
        if snippet:
            text = raw.decode("utf-8", errors="replace")
            doc = extract_text(text, name, published=published, patterns=patterns, script=script)
        else:
            doc = extract(raw, name, patterns=patterns, published=published, script=script)
        if url:
            doc.url = url
        return doc
    except GovFactsError as exc:
        return InputFailure(name, exc.kind, str(exc))
    except RecursionError:
        return InputFailure(name, "too_deep", "the page nests too deeply to read")
    except MemoryError:
        return InputFailure(name, "too_large", "the page is too large to read in memory")
    except Exception as exc:  # a bug: report it against the input, keep going
        return InputFailure(name, "internal_error", f"{type(exc).__name__}: {exc}", traceback.format_exc())


def extract_record(
    data: bytes | bytearray | memoryview,
    name: str,
    *,
    url: str | None = None,
    patterns: Patterns | None = None,
) -> dict[str, Any]:
    """One page's ``gov-facts/1`` record as a dict, or ``{"input", "error", "message"}``; never raises.

    ``data`` is the page's raw bytes (HTML in any encoding or a text dump;
    Spark's ``bytearray`` is fine), ``name`` becomes the record's ``input``,
    ``url`` (e.g. a WARC record's target URI) overrides the page's own.
    Map it over a ``dask.bag``, a Spark RDD or a ``binaryFile`` DataFrame
    (docs/cluster.md); tell records and errors apart with :func:`is_error`.
    """
    raw = data if isinstance(data, bytes) else bytes(data)
    out = process(name, raw, patterns if patterns is not None else load_patterns(), url)
    record: dict[str, Any] = out.to_dict()
    return record


def is_error(record: dict[str, Any]) -> bool:
    """Whether a dict from :func:`extract_record` is an error row rather than a record."""
    return "schema" not in record and "error" in record
