"""The page stage: decoded text -> article (body paragraphs, headline, metadata, publish date).

``reader`` decides HTML or text dump; ``html_article`` runs the HTML passes
(``parse`` -> ``chrome`` -> ``body`` -> ``lines`` -> ``paragraphs``, with ``title``
and ``metadata``); ``text_dump`` reads plain-text saves. The result is a
:class:`~gov_facts.page.content.PageContent`.
"""
