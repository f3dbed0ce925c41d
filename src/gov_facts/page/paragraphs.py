"""Which of the body's lines are the article's paragraphs, and which are chrome or credits."""

from __future__ import annotations

import re

from .chrome import ChromeText
from .date_forms import fold_date_text
from .metadata import Labeller, norm_text
from .text_weight import CJK as _CJK
from .text_weight import WS as _WS
from .text_weight import weight as _weight

#: the weight of a line of running text, at the least
_REAL_WEIGHT = 15


def is_real_paragraph(line: str, labeller: Labeller) -> bool:
    """A line of running text (not a label line, not a bare date or heading-sized fragment)."""
    return _weight(line) >= _REAL_WEIGHT and labeller.label_count(line) == 0


def is_credit_line(line: str, labeller: Labeller) -> bool:
    """A short last line that credits a reporter and carries a label, not a sentence; a credit in
    brackets (（记者 王明）, （县水产技术推广站 刘建国）) is the text's own close and stays in it."""
    return (
        len(line) <= 60
        and not line.lstrip().startswith(("（", "("))
        and not re.search(r"[。！？!?]", line)
        and labeller.label_count(line) >= 1
        and labeller.bylines([line]) is not None
    )


#: a labelled date's value opens with a figure (2024-10-29, 114-04-10, 05/02/2026, 2024年…)
_DATE_VALUE = re.compile(r"[0-9０-９]")


def is_meta_line(line: str, labeller: Labeller) -> bool:
    """A short last line that is a labelled value of the page, not a sentence: the publish date
    printed at the text's foot (发布日期：2024-10-29, 日期：05/02/2026), the issuing office
    (發布單位：高雄市政府新聞局). A date label must hold a date (时间：上午9时 is a notice's text)."""
    if len(line) > 60 or re.search(r"[。！？!?；;]", line) or not labeller.starts_with_label(line):
        return False
    hits = labeller.hits(line.lstrip("[【(（ "))
    if not hits or not hits[0].value:
        return False
    return hits[0].field != "published_at" or _DATE_VALUE.match(hits[0].value) is not None


#: an editor's credit in brackets closing the last paragraph: （责任编辑：张三）, 【编辑：李四】 (a
#: source's, （德清县发改局）, （来源：…）, is the text's own close, as a reporter's is)
_TRAILING_CREDIT = re.compile(
    r"[（(【\[]\s*(?:责任编辑|责编|编辑|責任編輯|責編|編輯)\s*[：:]\s*[^（()）【】\[\]]{2,20}[）)】\]]\s*$"
)
#: what such a credit holds, looked for first in the paragraph's last characters
_CREDIT_WORDS = re.compile(r"[编編]")


#: what ends the sentence an editor's credit may be glued to
_CLOSES_SENTENCE = frozenset("。！？；!?;”」』")


def trailing_credit(paragraph: str) -> tuple[str, str] | None:
    """(the paragraph, the credit) when an editor's credit in brackets is glued to the end of the
    text's last sentence (…有力支撑。（责任编辑：张三））: the credit is metadata, the sentence text."""
    if not _CREDIT_WORDS.search(paragraph[-30:]):
        return None
    m = _TRAILING_CREDIT.search(paragraph)
    if m is None or m.start() == 0 or paragraph[: m.start()].rstrip()[-1:] not in _CLOSES_SENTENCE:
        return None
    return paragraph[: m.start()].rstrip(), m.group(0).strip()


#: how many lines after an end mark are read for running text that goes on
_GOES_ON = 6


def text_goes_on(following: list[str], chrome: ChromeText) -> bool:
    """Whether a paragraph of running text follows an end mark (a sentence of 30 characters or
    more): the mark stood inside the text, not at its end. A press contact block (傳媒查詢 / 傳訊組 /
    電話：…), a closing date line, past issues' headlines hold none."""
    return any(
        _weight(t) >= 30 and _SENTENCE.search(t) is not None and not chrome.is_chrome(t) for t in following
    )


def closing_credits(paragraphs: list[str], labeller: Labeller) -> list[str]:
    """A closing credit line (中青报·中青网记者 魏其濛 来源：中国青年报) or a labelled value at the
    text's foot (发布日期：2024-10-29, 發布單位：…) is metadata, not text."""
    closing: list[str] = []
    while len(paragraphs) > 1 and (
        is_credit_line(paragraphs[-1], labeller)
        or is_meta_line(paragraphs[-1], labeller)
        or labeller.is_credit_list(paragraphs[-1])
    ):
        closing.insert(0, paragraphs.pop())
    if paragraphs and (cut := trailing_credit(paragraphs[-1])) is not None:
        paragraphs[-1], credit = cut
        closing.insert(0, credit)
    return closing


def clean_body(
    lines: list[str],
    link_ws: list[int],
    title: str | None,
    chrome: ChromeText,
    labeller: Labeller,
) -> tuple[list[str], list[str]]:
    """Body lines minus chrome; returns (paragraphs, dropped lines kept for metadata)."""
    kept: list[str] = []
    dropped: list[str] = []
    title_n = norm_text(title) if title else None
    seen_real = False
    title_seen = False  # the headline repeated above the text, and dropped
    title_left = title_n  # what the lines read so far leave of the headline, while they spell it
    for i, (text, link_w) in enumerate(zip(lines, link_ws, strict=True)):
        size = len(_WS.sub("", text)) or 1
        if not _is_wordy(text) or (not seen_real and _is_stub(text) and not chrome.is_document_heading(text)):
            dropped.append(text)
            continue
        # a tail heading is text: the same words as a link are a table of contents or a menu
        if seen_real and chrome.is_tail(text) and link_w < 0.5 * size:
            if _text_resumes(lines, link_ws, i + 1, chrome):
                dropped.append(text)  # a box of related links inside the article: the text goes on
                continue
            dropped.extend(lines[i:])  # still read for credits (责任编辑 below 上一篇/下一篇)
            break
        if link_w / size >= 0.75 or chrome.is_chrome(text):
            if (
                seen_real
                and chrome.is_end(text)
                and not text_goes_on(lines[i + 1 : i + 1 + _GOES_ON], chrome)
            ):
                dropped.extend(lines[i:])  # an end mark (- 完 -, END): a press contact block, credits below
                break
            dropped.append(text)
            continue
        if title_n and not seen_real:
            n = norm_text(text)
            if (
                title_left
                and len(n) >= 2
                and title_left.startswith(n)
                and (title_left != title_n or len(n) >= 4)
            ):
                # the headline set on lines of its own (某某市人民政府办公室 / 关于做好…生产 / 工作的通知)
                dropped.append(text)
                title_left = title_left[len(n) :]
                title_seen = title_seen or not title_left or len(n) >= 8
                continue
            title_left = None
            if n == title_n or (len(n) >= 8 and n in title_n):
                dropped.append(text)
                title_seen = True
                continue
        if len(text) <= 120 and labeller.label_count(text) >= 2:
            dropped.append(text)
            continue
        if (
            not seen_real
            and (labeller.starts_with_label(text) and len(text) <= 80)
            and not (i + 1 < len(lines) and chrome.opens_event(lines[i + 1]))  # 时间：… / 地点：…
        ):
            dropped.append(text)
            continue
        if not seen_real and byline_only(text, labeller):
            dropped.append(text)  # 证券时报记者 张三, 文/图：王明 above the text (read with the header)
            continue
        if not seen_real and (only_date(text) or _dated_meta_line(text, labeller)):
            dropped.append(text)
            continue
        kept.append(text)
        if not seen_real and is_real_paragraph(text, labeller):
            seen_real = True
    while len(kept) > 1 and _orphan_heading(kept[-1]):
        dropped.append(kept.pop())  # 附件下载：, its links gone with the chrome
    block = _headline_block(kept, title_n, title_seen, chrome)
    return kept[block:], kept[:block] + dropped


#: the most lines a print headline block holds (引题, 主题, 副题 and a line of who attended)
_BLOCK_LINES = 6
#: the longest line of a headline block, in characters
_BLOCK_LINE = 40
_SENTENCE_END = re.compile(r"[。！？；!?;]")


def _headline_block(kept: list[str], title_n: str | None, title_seen: bool, chrome: ChromeText) -> int:
    """How many of the first lines are the print edition's headline block, repeated above the
    dateline (习近平主持召开…座谈会强调 / 推动…取得新的重大突破 / 李强蔡奇出席 / 新华社上海11月30日电 …).

    The block is short lines without a sentence's end, one of them holding the headline (or the
    headline itself stood among them: ``title_seen``, already dropped), right above a first
    paragraph that opens with a news dateline; anything else above the text stays.
    """
    if not title_n:
        return 0
    first = next(
        (
            i
            for i, t in enumerate(kept[: _BLOCK_LINES + 1])
            if chrome.is_dateline(t) and _weight(t) >= _REAL_WEIGHT  # 本报讯（记者 王明） holds a label
        ),
        0,
    )
    if not first:
        return 0
    lines = [norm_text(t) for t in kept[:first]]
    if any(len(n) > _BLOCK_LINE or _SENTENCE_END.search(n) for n in lines):
        return 0
    if not title_seen and not any(title_n in n or (len(n) >= 8 and n in title_n) for n in lines):
        return 0
    return first


def _text_resumes(lines: list[str], link_ws: list[int], at: int, chrome: ChromeText) -> bool:
    """Lines of links after a tail heading, then two paragraphs of running text: the heading and
    its links were a box set into the article (相关阅读 + links), not the start of its tail."""
    k = at
    while k < len(lines) and k < at + 10 and link_ws[k] >= 0.5 * (len(_WS.sub("", lines[k])) or 1):
        k += 1
    if k == at:
        return False  # text right under the heading: comments, another article's summary
    following = lines[k : k + 2]
    return len(following) == 2 and all(
        _weight(t) >= 30 and _SENTENCE.search(t) is not None and not chrome.is_chrome(t) for t in following
    )


_SENTENCE = re.compile(r"[，。；！？]")
_ALNUM = re.compile(r"[A-Za-z0-9]")
_DIGIT = re.compile(r"\d")


def _is_wordy(text: str) -> bool:
    """Carries words: Chinese, a table row, or a few letters/digits (not "+1", "|", "▲")."""
    return bool(_CJK.search(text)) or "\t" in text or len(_ALNUM.findall(text)) >= 4


def _is_stub(text: str) -> bool:
    """A one-word label above the article (图集, 正文, 原文): no digits, at most 3 characters."""
    return len(_WS.sub("", text)) <= 3 and not _DIGIT.search(text)


_DATE_ONLY = re.compile(
    r"^[\s\[【(（]*(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?"
    r"(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?[\s\]】)）]*$"
)


#: the longest heading left alone at the text's end (附件下载：, 相关附件：)
_ORPHAN = 12


def _orphan_heading(text: str) -> bool:
    """A short heading that ends with a colon and stands last, what it introduced gone (the
    attachments' links, a contact block cut as chrome): nothing of the text."""
    return len(text) <= _ORPHAN and text.rstrip().endswith(("：", ":")) and "\t" not in text


#: the longest byline line standing alone above the text
_BYLINE_LINE = 30
#: a character every byline's role holds (记者, 記者, 文/图, 撰稿, 执笔, 作者): asked before the patterns
_BYLINE_CUE = re.compile(r"[记記文撰执執作]")


def byline_only(text: str, labeller: Labeller) -> bool:
    """A byline alone on its line above the text (证券时报记者 张三, 文/图：王明): names and a role,
    no sentence; a dateline's credit (本报讯（记者 王明）近日，…) opens the text and stays."""
    return (
        len(text) <= _BYLINE_LINE
        and _BYLINE_CUE.search(text) is not None
        and not _SENTENCE.search(text)
        and not text.lstrip().startswith(("（", "(", "【", "["))
        and labeller.bylines([text]) is not None
    )


def only_date(text: str) -> bool:
    """A date (and time) alone on its line, in any form the date reader folds (04/03/2025 17:05,
    2025年3月4日（星期二）)."""
    return bool(_DATE_ONLY.match(fold_date_text(text)))


_DATE_OPENS = re.compile(r"^[\s\[【(（]*(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}")


def _dated_meta_line(text: str, labeller: Labeller) -> bool:
    """The page's meta line above the text when the body takes it in: the date first, then a
    label (2024-05-12 来源：市发改委 浏览：12), short and without a sentence's end."""
    return (
        len(text) <= 80
        and _DATE_OPENS.match(text) is not None
        and labeller.label_count(text) >= 1
        and _SENTENCE_END.search(text) is None
    )
