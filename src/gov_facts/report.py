"""Where the HTML report lived before the package was laid out by stages.

Kept so that code written against gov-facts 0.1 (``from gov_facts.report import
render_html``) still runs; new code imports from :mod:`gov_facts.output.report_html`.
"""

from .facts.phrases import Rejected, find_rejected
from .output.report_html import render_html
from .output.report_index import IndexRow, render_index, report_name

__all__ = ["IndexRow", "Rejected", "find_rejected", "render_html", "render_index", "report_name"]
