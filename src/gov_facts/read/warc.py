"""WARC files: one input per HTML response record, read lazily with warcio."""

from __future__ import annotations

import zlib
from collections.abc import Iterator

from .items import DEFAULT_MAX_BYTES, InputFailure, Item, Task

WARC_SUFFIXES = (".warc", ".warc.gz")
_HTML_TYPES = ("text/html", "application/xhtml+xml")


def is_warc(path: str) -> bool:
    return path.lower().endswith(WARC_SUFFIXES)


def warc_inputs(
    path: str, *, max_bytes: int = DEFAULT_MAX_BYTES, read_content: bool = True
) -> Iterator[Item]:
    """One input per HTML response record of a WARC file, named ``FILE#OFFSET``.

    Non-HTML and non-response records (requests, metadata, images) are not
    inputs. A WARC that cannot be opened or breaks part-way is reported once,
    named by the file, after the records read before the break.
    """
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    try:
        fh = open(path, "rb")  # noqa: SIM115 - closed in finally below, across yields
    except OSError as exc:
        yield InputFailure(path, "unreadable", exc.strerror or str(exc))
        return
    try:
        records = ArchiveIterator(fh)
        for record in records:
            if record.rec_type not in ("response", "resource"):
                continue
            if record.rec_type == "response":
                headers = record.http_headers
                if headers is None:
                    continue
                status = headers.get_statuscode() or ""
                ctype = headers.get_header("Content-Type") or ""
                if not status.startswith("2"):
                    continue
            else:
                ctype = record.rec_headers.get_header("Content-Type") or ""
            if ctype.split(";")[0].strip().lower() not in _HTML_TYPES:
                continue
            name = f"{path}#{records.offset}"
            url = record.rec_headers.get_header("WARC-Target-URI")
            if not read_content:
                yield Task(name, url=url)
                continue
            data = record.content_stream().read(max_bytes + 1)
            if len(data) > max_bytes:
                yield InputFailure(name, "too_large", f"more than {max_bytes} bytes")
            elif getattr(record.raw_stream, "limit", 0) > 0:  # the file ended inside the record
                yield InputFailure(name, "unreadable", "the WARC file ends inside this record (truncated)")
            else:
                yield Task(name, data=data, url=url)
    except (ArchiveLoadFailed, OSError, EOFError, zlib.error, ValueError) as exc:
        yield InputFailure(path, "unreadable", f"broken WARC file: {exc}".strip())
    finally:
        fh.close()
