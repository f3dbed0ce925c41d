"""find_times: a time expression in a short sentence + publish date -> (type, start, end).

Each row names the expression to pick out of the sentence by its text. Row ids say where a
case came from: "seed:" (the seed page, published 2021-10-27), "guide:" (GUIDE.md, time_end),
"brief:" (the test brief), "invented:" (written here to pin a rule).
"""

from __future__ import annotations

from datetime import date

import pytest

from gov_facts.facts.time_expressions import TimeExpr, find_times

PUB = date(2021, 10, 27)  # the seed page's publish date


def _bug(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=reason)


def _pick(text: str, expr: str, published: date | None, report_year: int | None = None) -> TimeExpr:
    found = find_times(text, published, report_year)
    hits = [t for t in found if t.text == expr]
    assert hits, f"{expr!r} not found in {text!r}; found {[t.text for t in found]}"
    return hits[0]


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


# (sentence, expression, type, start, end), all published 2021-10-27
RESOLVED = [
    pytest.param(
        "截至9月30日，发证13350套。", "截至9月30日", "as_of", None, "2021-09-30", id="seed: 截至9月30日"
    ),
    pytest.param("截至目前已交安置房424套。", "截至目前", "as_of", None, "2021-10-27", id="seed: 截至目前"),
    pytest.param(
        "截至2021年9月底，完成投资。",
        "截至2021年9月底",
        "as_of",
        None,
        "2021-09-30",
        id="invented: 截至2021年9月底",
    ),
    pytest.param("截至9月底，完成投资。", "截至9月底", "as_of", None, "2021-09-30", id="invented: 截至9月底"),
    pytest.param(
        "1-9月全市政府购买上门服务增至1.59万人。",
        "1-9月",
        "period",
        "2021-01-01",
        "2021-09-30",
        id="seed: 1-9月",
    ),
    pytest.param("1至9月增长5%。", "1至9月", "period", "2021-01-01", "2021-09-30", id="invented: 1至9月"),
    pytest.param("1—9月增长5%。", "1—9月", "period", "2021-01-01", "2021-09-30", id="invented: 1—9月"),
    pytest.param("1~9月增长5%。", "1~9月", "period", "2021-01-01", "2021-09-30", id="invented: 1~9月"),
    pytest.param(
        "今年1-9月增长5%。", "今年1-9月", "period", "2021-01-01", "2021-09-30", id="invented: 今年1-9月"
    ),
    pytest.param(
        "2021年1-9月增长5%。", "2021年1-9月", "period", "2021-01-01", "2021-09-30", id="invented: 2021年1-9月"
    ),
    pytest.param(
        "2021年1月至9月增长5%。",
        "2021年1月至9月",
        "period",
        "2021-01-01",
        "2021-09-30",
        id="invented: 2021年1月至9月",
    ),
    pytest.param(
        "1月至9月增长5%。",
        "1月至9月",
        "period",
        "2021-01-01",
        "2021-09-30",
        id="invented: 1月至9月",
    ),
    pytest.param(
        "1-10月增长5%。",
        "1-10月",
        "period",
        "2021-01-01",
        "2021-10-31",
        id="invented: 1-10月 published 27 Oct is this year",
    ),
    pytest.param("去年，我市成立了领导小组。", "去年", "period", "2020-01-01", "2020-12-31", id="seed: 去年"),
    pytest.param("上年增长5%。", "上年", "period", "2020-01-01", "2020-12-31", id="invented: 上年"),
    pytest.param("前年完成投资5亿元。", "前年", "period", "2019-01-01", "2019-12-31", id="brief: 前年"),
    pytest.param("明年完成。", "明年", "period", "2022-01-01", "2022-12-31", id="invented: 明年"),
    pytest.param("去年12月开工。", "去年12月", "period", "2020-12-01", "2020-12-31", id="invented: 去年12月"),
    pytest.param(
        "今年6月，召开调度推进会。", "今年6月", "period", "2021-06-01", "2021-06-30", id="seed: 今年6月"
    ),
    pytest.param("9月份增长5%。", "9月份", "period", "2021-09-01", "2021-09-30", id="invented: 9月份"),
    pytest.param(
        "上半年完成投资10亿元。", "上半年", "period", "2021-01-01", "2021-06-30", id="guide: 上半年"
    ),
    pytest.param("下半年增长5%。", "下半年", "period", "2021-07-01", "2021-12-31", id="invented: 下半年"),
    pytest.param("一季度增长5%。", "一季度", "period", "2021-01-01", "2021-03-31", id="brief: 一季度"),
    pytest.param(
        "第一季度增长5%。", "第一季度", "period", "2021-01-01", "2021-03-31", id="invented: 第一季度"
    ),
    pytest.param("三季度增长5%。", "三季度", "period", "2021-07-01", "2021-09-30", id="invented: 三季度"),
    pytest.param("四季度增长5%。", "四季度", "period", "2021-10-01", "2021-12-31", id="invented: 四季度"),
    pytest.param(
        "前三季度增长9.8%。", "前三季度", "period", "2021-01-01", "2021-09-30", id="brief: 前三季度"
    ),
    pytest.param(
        "其余2580套将于年底前陆续建成交付。",
        "年底前",
        "deadline",
        "2021-12-31",
        "2021-12-31",
        id="seed: 年底前",
    ),
    pytest.param(
        "今年年底前完成。", "今年年底前", "deadline", "2021-12-31", "2021-12-31", id="invented: 今年年底前"
    ),
    pytest.param("6月底前完成。", "6月底前", "deadline", "2021-06-30", "2021-06-30", id="invented: 6月底前"),
    pytest.param(
        "12月31日前完成。", "12月31日前", "deadline", "2021-12-31", "2021-12-31", id="invented: 12月31日前"
    ),
    pytest.param(
        "到2025年，建成100所学校。",
        "到2025年",
        "deadline",
        "2025-01-01",
        "2025-12-31",
        id="invented: 到2025年",
    ),
    pytest.param("计划年内投入使用。", "年内", "deadline", "2021-01-01", "2021-12-31", id="brief: 年内"),
    pytest.param("目前幼儿园完工23所。", "目前", "point", "2021-10-27", "2021-10-27", id="seed: 目前"),
    pytest.param(
        "今年以来，完成投资。", "今年以来", "period", "2021-01-01", "2021-10-27", id="invented: 今年以来"
    ),
    pytest.param(
        "“十三五”期间累计完成投资。",
        "“十三五”期间",
        "period",
        "2016-01-01",
        "2020-12-31",
        id="brief: “十三五”期间",
    ),
    pytest.param(
        "“十四五”时期，全市加快发展。",
        "“十四五”时期",
        "period",
        "2021-01-01",
        "2025-12-31",
        id="invented: “十四五”时期",
    ),
    pytest.param(
        "2022年全年增长6%。", "2022年全年", "period", "2022-01-01", "2022-12-31", id="brief: 2022年全年"
    ),
    pytest.param(
        "2020年末，常住人口100万人。",
        "2020年末",
        "point",
        "2020-12-31",
        "2020-12-31",
        id="invented: 2020年末",
    ),
    pytest.param(
        "2021年10月27日发布。",
        "2021年10月27日",
        "point",
        "2021-10-27",
        "2021-10-27",
        id="seed: 2021年10月27日",
    ),
    pytest.param(
        "二〇二一年十月二十七日",
        "二〇二一年十月二十七日",
        "point",
        "2021-10-27",
        "2021-10-27",
        id="invented: 二〇二一年十月二十七日",
    ),
    pytest.param(
        "发布时间：2021-10-27 07:55", "2021-10-27", "point", "2021-10-27", "2021-10-27", id="seed: 2021-10-27"
    ),
    pytest.param("2021/10/27", "2021/10/27", "point", "2021-10-27", "2021-10-27", id="invented: 2021/10/27"),
    pytest.param("2021.10.27", "2021.10.27", "point", "2021-10-27", "2021-10-27", id="invented: 2021.10.27"),
    # a year named earlier in the sentence anchors later bare months; a new sentence does not
    pytest.param(
        "2020年3月开工，同年12月竣工。",
        "同年12月",
        "period",
        "2020-12-01",
        "2020-12-31",
        id="invented: 同年12月",
    ),
    pytest.param(
        "2019年建成，次年投入使用。", "次年", "period", "2020-01-01", "2020-12-31", id="invented: 次年"
    ),
    pytest.param(
        "2022年，完成投资；9月30日，召开会议。",
        "9月30日",
        "point",
        "2022-09-30",
        "2022-09-30",
        id="invented: sentence year anchors 9月30日",
    ),
    pytest.param(
        "2022年完成投资。9月30日召开会议。",
        "9月30日",
        "point",
        "2021-09-30",
        "2021-09-30",
        id="invented: a new sentence drops the sentence year",
    ),
]


@pytest.mark.parametrize(("text", "expr", "type_", "start", "end"), RESOLVED)
def test_resolved(text: str, expr: str, type_: str, start: str | None, end: str | None) -> None:
    t = _pick(text, expr, PUB)
    assert (t.type, _iso(t.first), _iso(t.last)) == (type_, start, end)


@pytest.mark.parametrize(
    ("text", "expr", "published", "start", "end"),
    [
        pytest.param(
            "1-10月增长5%，去年同期增长3%。",
            "去年同期",
            date(2021, 11, 15),
            "2020-01-01",
            "2020-10-31",
            id="brief: 去年同期 after 1-10月",
        ),
        pytest.param(
            "今年1-9月增长5%，比去年同期提高2个百分点。",
            "去年同期",
            PUB,
            "2020-01-01",
            "2020-09-30",
            id="invented: 去年同期 after 今年1-9月",
        ),
        pytest.param(
            "1-12月增长5%。",
            "1-12月",
            date(2022, 1, 20),
            "2021-01-01",
            "2021-12-31",
            id="invented: 1-12月 published in January is last year",
        ),
    ],
)
def test_relative_periods(text: str, expr: str, published: date, start: str, end: str) -> None:
    t = _pick(text, expr, published)
    assert (t.type, _iso(t.first), _iso(t.last)) == ("period", start, end)


@pytest.mark.parametrize(
    ("text", "expr", "published", "report_year", "type_", "end"),
    [
        pytest.param(
            "全年地区生产总值增长5%。",
            "全年",
            date(2023, 3, 1),
            2022,
            "period",
            "2022-12-31",
            id="guide: 全年 in a 2022 communiqué published 2023",
        ),
        pytest.param(
            "年末常住人口100万人。",
            "年末",
            date(2023, 3, 1),
            2022,
            "point",
            "2022-12-31",
            id="guide: 年末 in a 2022 communiqué published 2023",
        ),
        pytest.param(
            "当年新增就业1万人。",
            "当年",
            date(2023, 3, 1),
            2022,
            "period",
            "2022-12-31",
            id="invented: 当年 in a 2022 communiqué",
        ),
        pytest.param(
            "9月30日召开会议。",
            "9月30日",
            None,
            2022,
            "point",
            "2022-09-30",
            id="invented: report year without publish date",
        ),
        pytest.param(
            "全年增长6%。",
            "全年",
            date(2023, 3, 1),
            None,
            "period",
            "2023-12-31",
            id="invented: without a report year 全年 is the publish year",
        ),
        pytest.param(
            "去年增长3%。",
            "去年",
            date(2023, 3, 1),
            2022,
            "period",
            "2022-12-31",
            id="invented: 去年 counts from the publish date, not the report year",
        ),
    ],
)
def test_report_year(
    text: str, expr: str, published: date | None, report_year: int, type_: str, end: str
) -> None:
    t = _pick(text, expr, published, report_year)
    assert (t.type, _iso(t.last)) == (type_, end)


@pytest.mark.parametrize(
    ("text", "expr", "type_"),
    [
        pytest.param("去年增长3%。", "去年", "period", id="brief: 去年 without publish date"),
        pytest.param("今年6月召开会议。", "今年6月", "period", id="brief: 今年6月 without publish date"),
        pytest.param(
            "截至9月30日，发证13350套。", "截至9月30日", "as_of", id="seed: 截至9月30日 without publish date"
        ),
        pytest.param("年底前建成。", "年底前", "deadline", id="seed: 年底前 without publish date"),
        pytest.param("目前已完工。", "目前", "point", id="seed: 目前 without publish date"),
        pytest.param(
            "今年以来，完成投资。", "今年以来", "period", id="invented: 今年以来 without publish date"
        ),
    ],
)
def test_relative_without_publish_date(text: str, expr: str, type_: str) -> None:
    t = _pick(text, expr, None)
    assert (t.type, t.first, t.last) == (type_, None, None)


@pytest.mark.parametrize(
    ("text", "expr", "start", "end"),
    [
        pytest.param(
            "2021年10月27日发布。",
            "2021年10月27日",
            "2021-10-27",
            "2021-10-27",
            id="invented: full date without publish date",
        ),
        pytest.param(
            "2022年全年增长6%。",
            "2022年全年",
            "2022-01-01",
            "2022-12-31",
            id="invented: 2022年全年 without publish date",
        ),
        pytest.param(
            "“十三五”期间累计完成投资。",
            "“十三五”期间",
            "2016-01-01",
            "2020-12-31",
            id="invented: plan period without publish date",
        ),
    ],
)
def test_absolute_without_publish_date(text: str, expr: str, start: str, end: str) -> None:
    t = _pick(text, expr, None)
    assert (_iso(t.first), _iso(t.last)) == (start, end)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("3个月内完成整改。", id="brief: 3个月"),
        pytest.param("用3个月时间集中攻坚。", id="brief: 用3个月时间"),
        pytest.param("审批时限压缩至45天。", id="invented: 45天"),
        pytest.param("3天内办结。", id="invented: 3天内"),
        pytest.param("编号2021-13-45。", id="invented: 2021-13-45 is no date"),
        pytest.param("2月30日", id="invented: 2月30日 does not exist"),
        pytest.param("9月31日", id="invented: 9月31日 does not exist"),
        pytest.param("13月", id="invented: 13月"),
    ],
)
def test_not_a_time(text: str) -> None:
    assert find_times(text, PUB) == []


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("截至9月30日，发证13350套，1-9月增至1.59万人，去年同期为1.2万人。", id="seed: mixed"),
        pytest.param("2020年3月开工，同年12月竣工，“十四五”期间将于年底前完成。", id="invented: mixed"),
    ],
)
def test_offsets_match_text(text: str) -> None:
    found = find_times(text, PUB)
    assert found
    assert [t.start for t in found] == sorted(t.start for t in found)
    for t in found:
        assert text[t.start : t.end] == t.text
