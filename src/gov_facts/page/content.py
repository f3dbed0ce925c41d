"""What the page side hands to the fact side: metadata plus body paragraphs."""

from __future__ import annotations

from dataclasses import dataclass, field

from .dates import Published


@dataclass
class PageContent:
    """An article as read from a page, before facts are found.

    ``paragraphs`` are the body's paragraphs in order (table rows as cells
    joined by a tab); the document ``text`` is them joined by newlines.
    ``published`` is the publish time the page states (ISO text and its day), or None.
    """

    paragraphs: list[str]
    title: str | None = None
    published: Published | None = None
    url: str | None = None
    source: str | None = None
    author: str | None = None
    editor: str | None = None
    publisher: str | None = None
    doc_number: str | None = None
    index_number: str | None = None
    site: str | None = None
    warnings: list[str] = field(default_factory=list)
    #: the link to the article's next part, when the page is one part of an article split over pages
    next_part: str | None = None

    @property
    def published_at(self) -> str | None:
        """The publish time as the record writes it (ISO 8601 to the page's precision)."""
        return self.published.iso if self.published else None

    @property
    def text(self) -> str:
        return "\n".join(self.paragraphs)
