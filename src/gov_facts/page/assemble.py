"""The page's metadata from its ranked sources: header lines, credits, meta tags, scripts.

Each field has an order of trust. The publish time: a ``<meta>`` date, unless the
article shows a date of its own under a publish label on another day (a page
republished later keeps the date it shows); then labelled dates, the first date in
the header, the closing date line of a press release, a labelled date among the
credits; JSON-LD and page-state dates (WeChat's ``var ct``) when the page shows
none. Source, author, editor, publisher, 文号 and 索引号 come from labelled values
in the header block first and the credits second; the author also from bylines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..rules.page_rules import MetadataRules
from .content import PageContent
from .date_forms import closing_dates, date_below, fold_date_text
from .metadata import LabelHit, Labeller, best_labelled, meta_value
from .publish_date import NO_DATE, DatePick, pick_published, url_day, with_labelled_time
from .script_meta import account_name, script_dates, script_value
from .scripts import ScriptText
from .text_weight import CJK as _CJK


@dataclass
class Parts:
    """What the body pass read: paragraphs, the lines around them that hold metadata, the title."""

    paragraphs: list[str]
    closing: list[str]
    header: list[str]
    kv: list[str]
    credits: list[str]
    title: str | None
    suffix: str | None
    warnings: list[str] = field(default_factory=list)
    next_part: str | None = None
    #: machine-readable times above the body (``<time datetime>``), read after the labelled dates
    stamps: list[str] = field(default_factory=list)
    #: the first lines below the body, outside it (a date line at the page's foot)
    below: list[str] = field(default_factory=list)
    #: the date a breadcrumb ends with (新聞公報 > 2025年4月28日): the day the page is filed under
    crumb: str | None = None


def assemble(
    parts: Parts,
    meta: dict[str, str],
    scripts: ScriptText,
    url: str | None,
    rules: MetadataRules,
    labeller: Labeller,
) -> PageContent:
    """Combine the ranked sources of each field into the page's metadata."""
    head_hits: list[LabelHit] = [h for line in parts.kv + parts.header for h in labeller.hits(line)]
    tail_hits: list[LabelHit] = [h for line in parts.credits for h in labeller.hits(line)]

    def field_value(name: str) -> str | None:
        person = labeller if name == "author" else None
        return best_labelled(head_hits, name, person=person) or best_labelled(tail_hits, name, person=person)

    pick = _published(parts, meta, scripts, head_hits, tail_hits, rules, url)
    # the 来源 the page shows, or its page-state data's; a <meta name=ContentSource> the page does
    # not show names no source (a 信息公开 page's CMS fills it with the publishing office)
    source = field_value("source") or script_value(scripts.texts, "source", rules)
    source = source or _site_beside_date(parts.header, meta_value(meta, rules.meta_names.get("site", [])))
    source = source or _issuing_office(head_hits + tail_hits, rules.source_publisher_labels)
    author = (
        field_value("author")
        or labeller.bylines(parts.paragraphs + parts.closing)
        or labeller.bylines(parts.header, first=len(parts.header))
        or _meta_author(meta, scripts, rules, labeller)
    )
    editor = best_labelled(head_hits + tail_hits, "editor")
    if editor is None:
        me = meta_value(meta, rules.meta_names.get("editor", []))
        editor = me if me and _CJK.search(me) else None
    publisher = field_value("publisher") or meta_value(meta, rules.meta_names.get("publisher", []))
    site = meta_value(meta, rules.meta_names.get("site", [])) or parts.suffix
    if site in rules.platform_sites:
        # an account on a publishing platform (a WeChat public account): the account is the site
        site = (
            account_name(scripts.texts, rules)
            or meta_value(meta, rules.meta_names.get("account", []))
            or site
        )
    return PageContent(
        paragraphs=parts.paragraphs,
        title=parts.title,
        published=pick.published,
        url=url,
        source=source,
        author=author,
        editor=editor,
        publisher=publisher,
        doc_number=field_value("doc_number") or labeller.bare_doc_number(parts.header),
        index_number=field_value("index_number"),
        site=site,
        warnings=pick.warnings + parts.warnings,
        next_part=parts.next_part,
    )


#: where a ``<time datetime>`` above the body ranks among labelled dates: after every label
_STAMP_RANK = 98


def _published(
    parts: Parts,
    meta: dict[str, str],
    scripts: ScriptText,
    head_hits: list[LabelHit],
    tail_hits: list[LabelHit],
    rules: MetadataRules,
    url: str | None,
) -> DatePick:
    meta_dates = [v for n in rules.meta_names.get("published_at", []) if (v := meta.get(n.lower()))]
    meta_dates += [v for v in scripts.ld_values("datePublished") if isinstance(v, str)]
    labelled = [(h.rank, fold_date_text(h.value)) for h in head_hits if h.field == "published_at" and h.value]
    labelled += [(_STAMP_RANK, stamp) for stamp in parts.stamps]
    publish_labels = set(rules.publish_labels)
    shown = [
        fold_date_text(h.value) for h in head_hits if h.field == "published_at" and h.label in publish_labels
    ]
    if not shown:  # a 信息公开 grid's 发文日期 or 生成日期, the page regenerated on a later day
        issue_labels = set(rules.issue_labels)
        shown = [
            fold_date_text(h.value)
            for h in head_hits
            if h.field == "published_at" and h.label in issue_labels and h.value
        ]
    tail_dates = [
        (h.rank, fold_date_text(h.value)) for h in tail_hits if h.field == "published_at" and h.value
    ]
    closing = closing_dates(parts.paragraphs + parts.closing) or date_below(parts.below)
    tail_dates += [(99, d) for d in closing]
    header = [fold_date_text(line) for line in parts.header]
    marks = (rules.period_before, rules.period_after)
    refiners = [d for _r, d in tail_dates]
    pick = pick_published(
        meta_dates,
        labelled,
        header,
        shown=shown,
        period_marks=marks,
        refiners=refiners,
        refine_lines=parts.credits,
    )
    if pick.published is not None and "T" not in pick.published.iso:
        pick = DatePick(with_labelled_time(pick.published, head_hits), pick.warnings)
    if pick.published is None:
        # what the page's data says before what its credits and closing lines say; a period's
        # end named in the headline (截至X日的…) last
        found = script_dates(scripts.texts, rules)
        later = pick_published([found] if found else [], [], [], tail_dates, parts.credits)
        rejected = [w for w in pick.warnings if w != NO_DATE]
        warnings = rejected + [w for w in later.warnings if w not in rejected]
        if later.published is None and parts.crumb:
            crumb = pick_published([], [], [fold_date_text(parts.crumb)])
            if crumb.published is not None:
                return DatePick(crumb.published, rejected)  # the day its breadcrumb files it under
        if later.published is None and (filed := url_day(url)) is not None:
            return DatePick(filed, rejected)  # the day the page's URL files it under
        if later.published is None and pick.period is not None:
            return DatePick(pick.period, rejected)
        pick = DatePick(later.published, warnings)
    return pick


def _meta_author(
    meta: dict[str, str], scripts: ScriptText, rules: MetadataRules, labeller: Labeller
) -> str | None:
    """A person named by a ``<meta>`` author or a JSON-LD author (never an office or a site)."""
    ma = meta_value(meta, rules.meta_names.get("author", []))
    if ma and labeller.is_person(ma):
        return ma
    for value in scripts.ld_values("author"):
        for item in value if isinstance(value, list) else [value]:
            name = item.get("name") if isinstance(item, dict) else item
            if isinstance(name, str) and labeller.is_person(name.strip()):
                return name.strip()
    return None


#: a header line's date and time and a bar between them and a name, nothing else (2026-03-19 06:42:15,
#: 2024年02月18日08:30 | )
_DATE_ONLY = re.compile(r"[\s\d:：\-/.年月日T|｜丨]+")


def _site_beside_date(header: list[str], site: str | None) -> str | None:
    """第一财经 2026-03-19 06:42:15: the site's name (its <meta og:site_name>) standing unlabelled beside
    the publish date on a header line of nothing else is the source the page shows, as news sites
    print it (人民网 2024-02-18 08:30)."""
    if not site or len(site) > 12:
        return None
    for line in header:
        text = line.strip()
        if text.startswith(site) or text.endswith(site):
            rest = text.replace(site, "", 1)
            if any(ch.isdigit() for ch in rest) and _DATE_ONLY.fullmatch(rest):
                return site
    return None


def _issuing_office(hits: list[LabelHit], labels: list[str]) -> str | None:
    """The value of a publisher label that names the issuing office (發布單位): the source of a
    page that shows no 來源 of its own."""
    return next((h.value for h in hits if h.field == "publisher" and h.value and h.label in labels), None)
