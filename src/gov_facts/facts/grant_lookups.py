"""The patterns of grants and of the verbs that give them (:mod:`.same_thing`, :mod:`.unit_subject`),
built once per word lists from ``patterns/words.toml``'s ``grant_heads`` and ``giving_verbs``: one list
of each, so a grant page is read alike by every rule that looks for a grant."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..rules.word_lists import WordLists
from .word_regexes import NEVER, alternatives

#: the coverbs that name a recipient (向合资格长者发出, 给困难群众发放, 为长者派发)
RECIPIENT_WORDS = ("向", "给", "为")
_TO = "(?:" + "|".join(RECIPIENT_WORDS) + ")"
#: any of them, searched for within a stretch (one search, not a slice and a test a word)
RECIPIENT_ANY = re.compile(_TO)
#: a clause's opening (its start or right after a break)
_OPENS = r"(?:^|(?<=[，,；;：:。！？\n]))"


@dataclass(frozen=True)
class GrantLookups:
    """The grant patterns; each attribute names the rule that reads it."""

    #: :func:`.same_thing.given_thing`: a verb of giving or receiving (or its modal, 可领) that is
    #: never a whole subject (每月发给8,329元)
    giving: frozenset[str] = frozenset()
    #: :func:`.same_thing.issued_thing`: the recipients, then a verb of giving, right before the figure
    issued_to: re.Pattern[str] = NEVER
    #: :func:`.same_thing.sent_object`: the recipients, a verb of sending or giving and its object
    #: (group 1), right before the figure
    sent_object: re.Pattern[str] = NEVER
    #: :func:`.same_thing.given_thing`: a verb of giving and its object, ending in a grant's head
    grant_named: re.Pattern[str] = NEVER
    #: :func:`.same_thing.given_thing`: a grant at a clause's head (租金补贴依申请人身分分级补助)
    grant_at_head: re.Pattern[str] = NEVER
    #: :func:`.unit_subject.grant_before_per`: a grant opening the clause, the unit it is per and a
    #: verb of giving, up to the figure (另敬老爱心卡每人每月补助)
    grant_before_per: re.Pattern[str] = NEVER
    #: :func:`.unit_subject.subject_of_unit`: a grant opening the clause as its verb, those granted and
    #: the unit the amount is per, up to the figure (补助参与青年每月)
    grant_per: re.Pattern[str] = NEVER


def grant_lookups(r: WordLists) -> GrantLookups:
    """The patterns built from ``r.grant_heads`` and ``r.giving_verbs``, with ``[figure_words]``'s
    verbs of sending something that is no grant (预警信息, 短信: what sent_object reads besides
    gifts) and of receiving, read as giving only with a rule's modal (每月最高可领8,640元)."""
    if not r.grant_heads or not r.giving_verbs:
        return GrantLookups()
    heads, verbs = alternatives(r.grant_heads), alternatives(r.giving_verbs)
    sending, received = (r.figure_words.get(key, []) for key in ("sending_verbs", "received_verbs"))
    return GrantLookups(
        giving=frozenset((*r.giving_verbs, *("可" + v for v in (*r.giving_verbs, *received)))),
        issued_to=re.compile(rf"{_TO}[^，,。；;0-9]{{1,12}}?(?:{verbs})(?:了|约|共|合共)?$"),
        sent_object=re.compile(
            rf"{_TO}[^，,。；;0-9]{{1,16}}?(?:{alternatives([*sending, *r.giving_verbs])})"
            r"([^，,。；;0-9向给为]{2,10}?)(?:共计|合计|累计|总计|约|共|达|逾|近)?$"
        ),
        grant_named=re.compile(rf"(?:{verbs})([^，,。；;0-9的]{{0,16}}?(?:{heads}))"),
        grant_at_head=re.compile(rf"(?:^|(?<=[，,；;：:]))\s*([^，,。；;：:0-9的]{{0,6}}?(?:{heads}))"),
        grant_before_per=re.compile(
            rf"{_OPENS}(?:另|并|再|其中)?([^，,。；;：:0-9每另]{{0,10}}(?:{heads}))"
            rf"(?:每[^，,。；;：:0-9每]{{1,2}}){{1,2}}(?:再|可|均|另)?(?:{verbs}|{heads})(?:新台币|人民币|约|最高)?$"
        ),
        grant_per=re.compile(
            rf"{_OPENS}(?:并|另|再|将|可|按月|按年)?({heads})(?!标准|金额|资金|额度)[^，,。；;：:0-9每为是达]{{1,10}}"
            r"(?:每[^，,。；;：:0-9每]{1,3}){1,2}(?:最高|最多|约|不超过)?$"
        ),
    )
