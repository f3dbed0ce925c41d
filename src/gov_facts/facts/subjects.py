"""The subjects of a document's figures, asked in text order: the subject a figure's own words give
(:func:`.subject.subject_of`) and what overrides it over the document. A rate's base after its verb
(每千名工人) is passed over first; the answer is reviewed (:mod:`.subject_review`,
:mod:`.subject_guard`, :mod:`.subject_last`) and remembered for the figures after it; over it stand a
contrastive 则's topic, a standard a figure is compared against (高於92.5%的服務承諾), the name before a
bracketed signed rate (輸往內地（+19.4%）), the places a count counts, and the penalty a fine is."""

from __future__ import annotations

from .candidate import Candidate, Prior
from .change_subjects import averaged_change, past_change_word
from .context import ArticleText
from .contrast_topics import contrasted_topic
from .penalties import imposed_penalty, penalty_lasting
from .rate_bases import per_base
from .rule_figures import window_of_a_use
from .same_thing import (
    average_of_the_level,
    given_thing,
    issued_thing,
    result_of_the_act,
    sent_object,
    worth_of_the_same,
)
from .signed_notes import signed_note
from .standards import compared_standard
from .subject import subject_of
from .subject_acted_on import acted_on
from .subject_coverb import past_coverb_object, past_coverb_place
from .subject_guard import second_look
from .subject_last import last_look
from .subject_place import PlacesOnDemand
from .subject_review import review
from .tagging import pos_tag


class Subjects:
    """The subjects of one document's figures, asked in text order: a figure may inherit the
    topic of one before it in the same sentence, so each answer is remembered."""

    def __init__(self, doc: ArticleText, places: PlacesOnDemand | None = None) -> None:
        self.doc = doc
        self.prior: Prior = []
        self.places = places

    def of(self, c: Candidate) -> str | None:
        doc = self.doc
        based = per_base(doc, c)  # 意外率為每千名工人17.4宗: the rate's base is no subject
        subject, topic = review(doc, based, self.prior, *subject_of(doc, based, self.prior))
        subject, topic = second_look(doc, based, self.prior, subject, topic)  # 名义, 八月份, 上述: no thing
        subject, topic = last_look(doc, based, self.prior, subject, topic)  # 微, 吸引, 获评金奖: no thing
        subject = past_coverb_object(doc, based, subject) or subject  # 就…场所提出检控: the act
        if c.kind == "duration":  # 在澎湖停留3.2天: the act lasts, not where it happens
            subject = past_coverb_place(doc, based, subject) or subject
        subject = acted_on(doc, based, subject) or subject  # 白鹤共记录到3260只: the thing, not the verb
        subject = past_change_word(doc, based, subject)  # 3.1%的负增长: the change word is no thing
        subject = averaged_change(doc, based, self.prior, subject) or subject  # 月人均增加20元
        subject = contrasted_topic(doc, c) or subject  # 人民幣則佔約3.6%: the 则 topic, kept after it
        subject = worth_of_the_same(doc, c, self.prior, subject) or subject  # 48.7万吨、价值52.3亿元
        subject = average_of_the_level(doc, c, self.prior, subject) or subject  # 平均每日约N人次使用
        subject = result_of_the_act(doc, c, self.prior, subject) or subject  # 完成加装并投入使用261部
        subject = issued_thing(doc, c, self.prior, subject) or subject  # 向合資格長者發出約11,600張
        subject = sent_object(doc, c, subject) or subject  # 向…责任人发送预警信息120余万条: 预警信息
        subject = given_thing(doc, c, subject) or subject  # 每月發給8,329元: the grant, not 發給
        subject = _without_adverb_tail(subject)  # 风电装机将达到: the modal says when, not what
        self.prior.append((based, subject, topic))
        standard = compared_standard(doc, c)  # 高於92.5%的服務承諾: the standard's own level
        subject = standard[0] if standard else subject
        subject = signed_note(doc, c) or subject  # 輸往內地（+19.4%）: the rate of the name before it
        subject = c.extra.get("places") or subject  # 福建等4省（区）: the places counted, not the last named
        subject = imposed_penalty(doc, c) or subject  # 最高遭裁處150萬元: the 罰鍰, not who was fined
        if c.kind == "duration":  # 3間場所…暫停營業7至14日: the suspension's length
            subject = penalty_lasting(doc, c) or window_of_a_use(doc, c) or subject  # 骑乘前30分钟
        return self.places.without_place(subject, c) if self.places is not None else subject


#: adverbs and modals a subject may be cut with, standing between a noun and its verb (装机将达到,
#: 運量可望突破, 旅客量有望): they say when or how likely, never what is measured (將 stays: a subject
#: some paths keep as written, counted_object.those_having and listed_pronouns)
_ADVERB_TAILS = ("可望", "有望", "将", "將")
_ADVERB_TAGS = frozenset({"d", "v", "zg"})


def _without_adverb_tail(subject: str | None) -> str | None:
    """The subject without a modal the cut kept at its end, when the tagger reads that modal as a
    word of its own (运动健将 and 乒乓球名将 keep their 将: one noun)."""
    if not subject or not subject.endswith(_ADVERB_TAILS):
        return subject
    tail = next(t for t in _ADVERB_TAILS if subject.endswith(t))
    head = subject[: -len(tail)]
    if len(head) < 2:
        return subject
    toks = pos_tag(subject)
    return head if toks and toks[-1][0] == tail and toks[-1][1] in _ADVERB_TAGS else subject
