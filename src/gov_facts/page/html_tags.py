"""What HTML elements are, for reading articles: blocks, containers, never-text elements, headings."""

from __future__ import annotations

BLOCK_TAGS = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "center",
        "dd",
        "details",
        "dl",
        "dt",
        "div",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "html",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "thead",
        "tfoot",
        "tr",
        "td",
        "th",
        "ul",
        "caption",
        "fieldset",
        "legend",
    ]
)
#: elements that may hold an article (paragraph scores are credited to them)
CONTAINER_TAGS = frozenset(
    ["div", "td", "article", "section", "main", "body", "form", "blockquote", "center", "li", "dd"]
)
#: elements that never carry article text
DROP_TAGS = frozenset(
    [
        "script",
        "style",
        "noscript",
        "template",
        "iframe",
        "frame",
        "frameset",
        "object",
        "embed",
        "svg",
        "canvas",
        "select",
        "option",
        "textarea",
        "button",
        "input",
        "map",
        "area",
        "audio",
        "video",
        "source",
        "link",
        "meta",
        "head",
        "title",
        "base",
        "param",
    ]
)
HEADING_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6")
