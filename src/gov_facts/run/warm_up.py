"""The page the parent reads before it forks workers, so that they start with the pipeline loaded."""

from __future__ import annotations

import gc

from ..rules.patterns import Patterns

#: a short page read once in the parent before workers are forked: it loads what every page
#: needs (the pipeline's modules, compiled rules, jieba and the tagger, the place tables) for all
#: workers to share. It must read as an article with facts, or it loads only the page stage
#: (``tests/test_batch.py`` checks that it does).
WARM_UP_PAGE = (
    "<html><head><title>全市安置房建设进展顺利</title>"
    '<meta name="PubDate" content="2023-10-20 09:30"></head><body>'
    "<div class='nav'><a href='/'>首页</a> &gt; <a href='/xw/'>新闻动态</a></div>"
    "<div class='article'><h1>全市安置房建设进展顺利</h1>"
    "<div class='info'>发布时间：2023-10-20 09:30 来源：市住房和城乡建设局</div>"
    "<p>今年以来，安徽省合肥市共筹集建设安置房1.39万套，比上年增长8.5%，完成年度目标任务的92.6%。"
    "全市累计完成投资约45.6亿元，同比增长12%，其中中央补助资金3200万元。</p>"
    "<p>截至9月底，全省城镇新增就业52.3万人，城镇调查失业率为5.2%，较上月下降0.1个百分点。"
    "计划到2025年，新建保障性租赁住房3万套（间），惠及群众10余万人。</p>"
    "</div></body></html>"
).encode()


def warm_up(patterns: Patterns, jobs: int) -> None:
    """Load the pipeline, its compiled rules and jieba once in the parent, before forking.

    Forked workers then start ready and share those memory pages instead of each building
    (and holding) its own copy. jieba's prefix dictionary (some 50 MB) is read whole here only
    for more than two workers, to be shared; one or two workers each read the parts their
    pages need (:class:`~gov_facts.facts.tagging.PrefixParts`), which costs less time than
    reading it all before the first page (a quarter of a second, in series).
    """
    from ..facts.tagging import preload
    from .pipeline import process

    if jobs > 2:
        preload()
    process("warm-up.html", WARM_UP_PAGE, patterns)
    gc.collect()
    gc.freeze()  # keep the collector from touching (and so copying) the shared objects
