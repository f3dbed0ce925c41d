"""URL parts read from page text, which may be broken: a saved page's link or ``<base>`` can hold
anything (``http://[abc``), and ``urllib.parse`` raises on some of it. A broken URL has no parts;
it must never cost the page its record."""

from __future__ import annotations

from urllib.parse import urljoin, urlsplit


def url_path(href: str) -> str:
    """The path of ``href``, or "" when it cannot be parsed."""
    try:
        return urlsplit(href).path
    except ValueError:  # Invalid IPv6 URL and the like
        return ""


def url_host(url: str) -> str:
    """The lower-case host of ``url`` (a bare ``www.x.gov.cn/…`` read as a host), or ""."""
    try:
        return (urlsplit(url if "//" in url else "//" + url).hostname or "").lower()
    except ValueError:  # a bracketed host that is no IPv6 address, a port that is no number
        return ""


def joined_url(base: str, href: str) -> str:
    """``href`` resolved against ``base``, or ``href`` as written when either cannot be parsed."""
    try:
        return urljoin(base, href)
    except ValueError:
        return href
