"""What the page side hands to the fact side: metadata plus body paragraphs."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class PageContent:
    """An article as read from a page, before facts are found.

    ``paragraphs`` are the body's paragraphs in order (table rows as cells
    joined by a tab); the document ``text`` is them joined by newlines.
    ``published_at`` is already ISO 8601 (``2021-10-27T07:55:00+08:00`` or
    ``2021-10-27``).
    """

    paragraphs: list[str]
    title: str | None = None
    published_at: str | None = None
    url: str | None = None
    source: str | None = None
    author: str | None = None
    editor: str | None = None
    publisher: str | None = None
    doc_number: str | None = None
    index_number: str | None = None
    site: str | None = None
    warnings: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n".join(self.paragraphs)
