"""Schemas of the page-side pattern sections: chrome wording and metadata labels.

Kept apart from :mod:`gov_facts.patterns` so the page side can grow its rules
without touching the fact side's. Every field is data the page reader consults;
nothing here names a particular site.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Annotated

from pydantic import AfterValidator

from ..core.defaults import empty_list
from .checked_models import STRICT
from .regex_safety import check_regex


def _valid_regexes(values: list[str]) -> list[str]:
    return [check_regex(value) for value in values]


#: regular expressions, each checked (:func:`.regex_safety.check_regex`) when a file is read
Regexes = Annotated[list[str], AfterValidator(_valid_regexes)]


@dataclass(frozen=True)
class ChromeRules:
    """How page chrome is recognised: by structure (class/id tokens) and by wording."""

    __pydantic_config__ = STRICT

    #: class/id values of known article containers (TRS_Editor, zoom...), tried first;
    #: compared case-insensitively with each whole class token and with the id
    content_containers: list[str] = field(default_factory=empty_list)
    #: class/id substrings (case-insensitive) of elements that are never article text
    drop_class_tokens: list[str] = field(default_factory=empty_list)
    #: class/id values (whole tokens, case-insensitive) of elements that are never article
    #: text; for words too short or common to match as substrings (nav, top, foot...)
    drop_class_exact: list[str] = field(default_factory=empty_list)
    #: class/id substrings (case-insensitive) of a breadcrumb among the dropped blocks: a date it
    #: ends with (新聞公報 > 2025年4月28日) dates a page nothing else dates
    crumb_class_tokens: list[str] = field(default_factory=empty_list)
    #: a short line (at most ``max_phrase_line`` characters) containing any of these is dropped
    line_phrases: list[str] = field(default_factory=empty_list)
    #: longest line, in characters, that ``line_phrases`` and ``tail_markers`` may drop
    max_phrase_line: int = 60
    #: regular expressions: a line matching one (re.search) is chrome, whatever its length
    line_patterns: Regexes = field(default_factory=empty_list)
    #: a short line containing one of these ends the body (comment box, related list...)
    tail_markers: list[str] = field(default_factory=empty_list)
    #: regular expressions (re.search) of a line that closes the text (完, －完－, END): dropped
    #: wherever it stands, and below the text it ends the body (a press contact block follows)
    end_marks: Regexes = field(default_factory=empty_list)
    #: regular expressions marking a page as holding no article (404 text, list pages)
    no_article_patterns: Regexes = field(default_factory=empty_list)
    #: the text of a pager's link to the next part of an article split over pages (下一页)
    next_page_words: list[str] = field(default_factory=empty_list)
    #: regular expressions finding a pager drawn by a script, with the named groups ``count``
    #: (parts), ``current`` (0 for the first part), ``stem`` and ``ext`` (the next part is
    #: ``stem_N.ext``)
    script_pagers: Regexes = field(default_factory=empty_list)

    #: a document's own headings (目录, 导言, 前言, 摘要): short as they are, at the top of the
    #: body they are the document's, not a one-word label of the page (正文, 图集)
    document_headings: list[str] = field(default_factory=empty_list)
    #: the label of a label grid's content row (内容, 正文, 詳細內容): a table with such a row lays
    #: out the page, the article in that row's value cell; it is not a table of values
    content_labels: list[str] = field(default_factory=empty_list)
    #: labels of an event's particulars (地点, 主持人): a labelled time line right above a line
    #: opening with one (时间：…上午10:00 / 地点：新闻发布厅) is the text's, not the page's date line
    event_labels: list[str] = field(default_factory=empty_list)
    #: regular expressions (re.match) of a news dateline opening the text (新华社上海11月30日电,
    #: 本报讯): the short lines above it that repeat the headline are the print headline block
    dateline_patterns: Regexes = field(default_factory=empty_list)


@dataclass(frozen=True)
class MetadataRules:
    """Label words and meta names for each metadata field."""

    __pydantic_config__ = STRICT

    #: field -> label words as printed on pages (发布时间, 来源...), most trusted first
    labels: dict[str, list[str]] = field(default_factory=dict)
    #: field -> <meta name/property/itemprop> values (case-insensitive), in order of trust
    meta_names: dict[str, list[str]] = field(default_factory=dict)
    #: words that end a labelled value when they follow it (浏览, 字号...), besides other labels
    value_stops: list[str] = field(default_factory=empty_list)
    #: characters that may separate a label from its value (：, :, |, ︱...)
    separators: str = "：:|｜︱丨"
    #: characters a label may be written with before its separator (来源于：, 來源於：)
    label_particles: str = ""
    #: fields whose labelled value is one word: it ends at the first space (来源：长江网 调整字体)
    single_token_fields: list[str] = field(default_factory=empty_list)
    #: regular expressions with one group: a byline inside the body naming the author
    byline_patterns: Regexes = field(default_factory=empty_list)
    #: endings of an organisation's name (局, 委, 中心...): such a name is not an author
    office_suffixes: list[str] = field(default_factory=empty_list)
    #: roles a credit writes before the person's name (本网记者 王明, 本报通讯员 李华): the name is
    #: the author
    credit_roles: list[str] = field(default_factory=empty_list)
    #: what a credit writes where no person is named (佚名, 本站, 管理员, 小编): never an author
    not_person_words: list[str] = field(default_factory=empty_list)
    #: separators that split a <title> into headline and site/column suffixes
    title_separators: list[str] = field(default_factory=empty_list)
    #: a <title> segment starting with one of these names the software, not the site (Powered by)
    not_site_prefixes: list[str] = field(default_factory=empty_list)
    #: the published_at labels of the publish time itself (发布时间, 日期; not 更新时间 or 成文日期):
    #: a date the article shows under one of them beats a <meta> date on another day
    publish_labels: list[str] = field(default_factory=empty_list)
    #: the published_at labels of a document's own date in a 信息公开 grid (发文日期, 生成日期): with
    #: no publish label shown, a date under one beats a <meta> date on another day
    issue_labels: list[str] = field(default_factory=empty_list)
    #: words right before a date in the header that make it the end of a period reported, not the
    #: publish day (政府公布截至二○二四年八月三十一日的財政狀況: 截至)
    period_before: list[str] = field(default_factory=empty_list)
    #: words right after such a date (…三月三十一日止年度, 十二月三十一日的外匯儲備: 止, 的)
    period_after: list[str] = field(default_factory=empty_list)
    #: site names of publishing platforms (微信公众平台): their pages name the account as the site
    platform_sites: list[str] = field(default_factory=empty_list)
    #: publisher labels whose value is the page's source when it shows no 來源 (發布單位：臺北市政府交通局
    #: on a Taiwan government site's news item: the office that issued the release)
    source_publisher_labels: list[str] = field(default_factory=empty_list)
    #: field -> names of keys or variables in a page's scripts (datePublished, var ct, nickname),
    #: most trusted first; read only when the page shows no value of its own
    script_keys: dict[str, list[str]] = field(default_factory=dict)
    #: headers of a 信息公开 grid that name no field read here (有效性, 主题分类): a labelled value
    #: that is one of them means the labelled cell was empty (文号 | | 有效性 | 有效)
    grid_labels: list[str] = field(default_factory=empty_list)
    #: regular expressions of a line that lists credits, roles and names (（文：陈静　编辑：刘晓
    #: 审核：何军）): at the text's end it is metadata, not text
    credit_lines: Regexes = field(default_factory=empty_list)
    #: regular expressions of a header line that is a document number alone (桐教〔2024〕36号
    #: centred under a notice's headline): the doc_number when no label names one
    doc_number_lines: Regexes = field(default_factory=empty_list)
