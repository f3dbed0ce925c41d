"""Session 14, page side: layouts a real government or news CMS produces that the annotated pages lack.

Each row is a small saved page under ``tests/data/pages_s14/`` (written here, in the style of the kind
of site its id names; UTF-8, GBK and Big5) with the title, publish time, 来源 and the body's first and
last characters a reader of GUIDE.md would write down. Kinds covered:

- the article inside layout tables (width attributes, nested three deep), the date line in its own td;
- two candidate bodies: a summary box and the article, a 相关阅读 list of long titles, a comment section,
  a sidebar of hot titles before the article, previous/next links with long titles;
- the body split by a pager (第1页 下一页, 共3页 上一页 1 2 3), captions (图为…), an editor's note;
- metadata forms: a 发布时间 | 来源 | 浏览次数 strip, 日期 with 星期, 信息来源, a 信息公开 table with both
  成文日期 and 发布日期, Hong Kong 香港時間下午4時30分, Taiwan 114-03-04 / 114.03.04 / 114/3/4,
  更新日期 before 發布日期, Macau dd/mm/yyyy;
- titles: the site name after it in <title>, an h1 that is the logo, a headline broken by <br>;
  an attachments list after the body; text dumps with the title on line one.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from gov_facts import extract

PAGES = Path(__file__).parent / "data" / "pages_s14"


def _row(
    name: str,
    title: str,
    published: str,
    source: str | None,
    starts: str | tuple[str, ...],
    ends: str | tuple[str, ...],
    absent: tuple[str, ...],
    row_id: str,
    /,
    marks: Any = (),
) -> Any:
    return pytest.param(name, title, published, source, starts, ends, absent, id=row_id, marks=marks)


_S1 = "今年以来，全市规模以上工业"
_S2 = "分行业看，全市35个工业行业"
_S3_END = "为市委市政府科学决策提供参考。"
_N1 = "3月3日，县农业农村局组织"
_N2 = "据统计，全县今年计划粮食"
_N2_END = "化肥2.1万吨。"
_N3_END = "为全年粮食丰收打下坚实基础。"
_H1 = "政府統計處今日公布"
_H3_END = "會繼續密切留意零售業的表現。"
_T1 = "本府主計處今（4）日發布"
_T2_END = "較上年減少0.05倍。"
_T3_END = "歡迎各界參考運用。"
_M1 = "根據統計暨普查局資料"
_M2_END = "平均逗留時間為2.2晚。"
_IND = "全市一季度规模以上工业增加值增长7.4%"
_AGRI = "县农业农村局开展春耕备耕指导服务"
_BULLETIN = "某某市2024年国民经济和社会发展统计公报"
_HK = "二○二五年一月零售業銷貨額臨時估計"
_TW = "113年家庭收支調查結果出爐"
_MO = "一月份入境旅客逾三百六十萬人次"
_CHROME = ("ICP备", "首页", "主办")

# --- layout tables: the article in nested tds, the date line in a td of its own ----------------------

TABLES = [
    _row(
        "table-nested.gbk.html",
        _IND,
        "2025-03-04T09:12:33",
        "市统计局",
        _S1,
        _S3_END,
        ("浏览次数", "打印本页", "统计公报", "当前位置", *_CHROME),
        "written-county-stats-gbk: three nested layout tables, 发布时间 | 来源 | 浏览次数 strip",
    ),
    _row(
        "table-date-weekday.html",
        _AGRI,
        "2025-03-04",
        "县农业农村局",
        _N1,
        _N3_END,
        ("热点信息", "常务会议", "星期二", *_CHROME),
        "written-county-portal: 日期：…星期二 and 信息来源 in two tds, a hot list in the next td",
    ),
    _row(
        "hk-table.big5.html",
        _HK,
        "2025-03-04",
        None,
        _H1,
        _H3_END,
        ("新聞公報", "統計數字", "重要告示"),
        "written-hk-dept-big5: layout table, the date line in its own td",
    ),
    _row(
        "td-one-cell.gbk.html",
        _AGRI,
        "2025-03-04",
        "县农业农村局",
        _N1,
        _N3_END,
        ("点击", "来源", *_CHROME),
        "written-old-county-gbk: title, credits and text in one td, divided by <br> and <hr>",
    ),
]

# --- two candidate bodies ---------------------------------------------------------------------------

CANDIDATES = [
    _row(
        "summary-box.html",
        "全市规上工业增加值增长7.4% 增速高于全省",
        "2025-03-04T10:20",
        "某某日报",
        (_S1, "摘要：", "今年以来全市工业经济"),
        _S3_END,
        _CHROME,
        "written-city-daily: a 摘要 box before the article",
    ),
    _row(
        "related-long.html",
        _AGRI,
        "2025-03-04",
        "县融媒体中心",
        _N1,
        _N2_END,
        ("相关阅读", "农资打假", "乡村振兴推进会", *_CHROME),
        "written-county-media: a 相关阅读 list of long titles after a short article",
    ),
    _row(
        "comments.html",
        _IND,
        "2025-03-04",
        "市统计局",
        _S1,
        _S3_END,
        ("网友评论", "静水流深", "污水管网", "验证码", *_CHROME),
        "written-city-news: a comment section with long comments",
    ),
    _row(
        "sidebar-first.html",
        _IND,
        "2025-03-04T09:12:33",
        "市统计局",
        _S2,
        _S3_END,
        ("热点排行", "营商环境大会", *_CHROME),
        "written-city-portal: a hot list of long titles before the article in the DOM",
    ),
    _row(
        "prev-next-long.html",
        _AGRI,
        "2025-03-04",
        "县农业农村局",
        _N1,
        _N2_END,
        ("上一条", "下一条", "安全生产工作会议", *_CHROME),
        "written-county-portal: 上一条/下一条 with sentence-long titles",
    ),
]

# --- pagers, captions, an editor's note, attachments ------------------------------------------------

PIECES = [
    _row(
        "paged.html",
        _BULLETIN,
        "2025-03-04T09:00",
        "市统计局",
        _S1,
        "增长18.6%。",
        ("第1页", "下一页", "尾页", "字号", *_CHROME),
        "written-stats-bulletin: 第1页 第2页 下一页 尾页 under the first part",
    ),
    _row(
        "pager-numbers.html",
        _BULLETIN,
        "2025-03-04",
        "市统计局",
        _S2,
        _S3_END,
        ("共3页", "上一页", "下一页", *_CHROME),
        "written-stats-bulletin: 共3页 上一页 1 2 3 下一页",
    ),
    _row(
        "captions.html",
        _AGRI,
        "2025-03-04T16:08",
        "县农业农村局",
        ("图为技术人员", _N1),
        ("李明 摄", "门店检查现场。"),
        _CHROME,
        "written-county-bureau: pictures with 图为… captions keep their captions",
    ),
    _row(
        "editor-note.html",
        "【高质量发展调研行】工业经济稳中有进",
        "2025-03-04T08:30:00",
        "某某日报",
        ("编者按", _S1),
        ("增长18.6%。",),
        ("责任编辑", *_CHROME),
        "written-city-daily: an 编者按 before the text",
    ),
    _row(
        "attachments.html",
        "关于公布2025年第一批市级农业产业化龙头企业名单的通知",
        "2025-03-04T11:00",
        "市农业农村局",
        "各县（市、区）农业农村局：",
        ("企业名单.docx", "现予公布。"),
        ("相关附件", "下载次数", "上一篇", "下一篇", *_CHROME),
        "written-city-bureau: 附件：1.… in the text, a 相关附件 box and prev/next after it",
    ),
    _row(
        "share-qr.html",
        _AGRI,
        "2025-03-04T15:20",
        "县农业农村局",
        _N1,
        _N3_END,
        ("扫一扫", "字体", "收藏", *_CHROME),
        "written-county-portal: 字体 in the date line, 扫一扫 and 打印 under the text",
    ),
]

# --- metadata forms ---------------------------------------------------------------------------------

METADATA = [
    _row(
        "xxgk-two-dates.html",
        "某某市人民政府办公室关于做好2025年春季农业生产工作的通知",
        "2025-03-04",
        None,
        "各县（市、区）人民政府，市政府各部门：",
        "2025年2月27日",
        ("索引号", "主题分类", "发文字号", *_CHROME),
        "written-xxgk: 成文日期 2025-02-27 and 发布日期 2025-03-04 in one table; 发布日期 publishes",
    ),
    _row(
        "hk-afternoon.big5.html",
        _HK,
        "2025-03-04T16:30",
        None,
        _H1,
        _H3_END,
        ("香港時間", "重要告示"),
        "written-hk-press-big5: 2025年3月4日（星期二）香港時間下午4時30分 under the text",
    ),
    _row(
        "tw-roc-dash.big5.html",
        _TW,
        "2025-03-04",
        "主計處",  # 發布單位 with no 來源 is the source too (batch 30's annotators, session 15)
        _T1,
        _T3_END,
        ("點閱次數", "發布日期", "最佳瀏覽"),
        "written-tw-city-big5: 發布日期：114-03-04, 發布單位",
    ),
    _row(
        "tw-roc-dot.html",
        _TW,
        "2025-03-04",
        "主計處",
        _T1,
        _T2_END,
        ("分享", "回上一頁", "資料來源"),
        "written-tw-city: 資料來源 and 發布日期：114.03.04 on one line",
    ),
    _row(
        "tw-roc-slash-updated.html",
        _TW,
        "2025-03-04",
        "主計處",
        _T1,
        _T3_END,
        ("更新日期", "發布日期"),
        "written-tw-city: 更新日期：114/3/10 before 發布日期：114/3/4",
    ),
    _row(
        "tw-updated-attach.html",
        _TW,
        "2025-03-04",
        "主計處",  # 發布單位 with no 來源 is the source too (batch 30's annotators, session 15)
        _T1,
        _T2_END,
        ("相關附件", "家庭收支調查報告.pdf", "更新日期", "發布單位"),
        "written-tw-agency: 發布日期 and 更新日期 under the text, after a 相關附件 box",
    ),
    _row(
        "macau-ddmmyyyy.html",
        _MO,
        "2025-03-04",
        "治安警察局",
        _M1,
        _M2_END,
        ("日期", "版權所有"),
        "written-mo-portal: 日期：04/03/2025 來源：…",
    ),
    _row(
        "macau-time.html",
        _MO,
        "2025-03-04T17:05",
        None,
        _M1,
        _M2_END,
        ("版權所有",),
        "written-mo-news: 04/03/2025 17:05 unlabelled, the department on a line of its own",
    ),
    _row(
        "updated-first.html",
        "某某市2025年政府工作报告重点任务分解",
        "2025-03-04T09:30",
        "市政府办公室",
        _S1,
        _S3_END,
        ("更新时间", *_CHROME),
        "written-city-portal: 更新时间 before 发布时间",
    ),
    _row(
        "dl-meta.html",
        _IND,
        "2025-03-04T09:12",
        "市统计局",
        _S1,
        "增长18.6%。",
        ("浏览", *_CHROME),
        "written-city-portal: 来源/发布时间 as dt/dd pairs",
    ),
    _row(
        "split-label.html",
        _IND,
        "2025-03-04T09:12",
        "市统计局",
        _S1,
        "增长18.6%。",
        _CHROME,
        "written-city-portal: 时间：and 来源：in spans apart from their values",
    ),
]

# --- titles -----------------------------------------------------------------------------------------

TITLES = [
    _row(
        "title-sitename-dash.html",
        _IND,
        "2025-03-04",
        "市统计局",
        _S1,
        "增长18.6%。",
        ("您所在的位置", *_CHROME),
        "written-city-portal: no h1; <title> ends — 某某市人民政府门户网站",
    ),
    _row(
        "h1-logo.html",
        _AGRI,
        "2025-03-04T15:20",
        "县农业农村局",
        _N1,
        _N3_END,
        ("某某县人民政府", *_CHROME),
        "written-county-portal: the h1 is the site logo, the headline an h2",
    ),
    _row(
        "title-br.html",
        "关于做好2025年春季农业生产工作的通知",
        "2025-03-04",
        "市农业农村局",
        "各县（市、区）农业农村局：",
        _N3_END,
        _CHROME,
        "written-city-bureau: the headline broken by <br>",
    ),
]

# --- text dumps -------------------------------------------------------------------------------------

DUMPS = [
    _row(
        "dump-title-first.txt",
        _AGRI,
        "2025-03-04",
        "县农业农村局",
        _N1,
        _N3_END,
        ("发布时间",),
        "written-dump: title on line one, then 发布时间 来源",
    ),
    _row(
        "dump-footer.gbk.txt",
        _IND,
        "2025-03-04",
        "市统计局",
        _S1,
        _S3_END,
        ("打印本页", "星期二", *_CHROME),
        "written-dump-gbk: 日期…星期二 信息来源, print bar and footer at the end",
    ),
    _row(
        "dump-tw.big5.txt",
        _TW,
        "2025-03-04",
        None,
        _T1,
        _T3_END,
        ("發布日期",),
        "written-dump-big5: 發布日期：114-03-04 發布單位",
    ),
]

# --- messier layouts -------------------------------------------------------------------------------

MESSY = [
    _row(
        "trs-meta-only.html",
        _IND,
        "2025-03-04T09:12",
        None,
        _S1,
        _S3_END,
        ("字体", *_CHROME),
        "written-trs-portal: <title> is the site, headline in meta ArticleTitle and a div, bare divs; "
        "a ContentSource the page does not show names no source",
    ),
    _row(
        "related-inside.html",
        _AGRI,
        "2025-03-04",
        "县农业农村局",
        _N1,
        _N2_END,
        ("相关阅读", "农资打假", "集中开工", *_CHROME),
        "written-county-portal: 相关阅读 links inside the content div, after the text",
    ),
    _row(
        "disclaimer-tail.html",
        _IND,
        "2025-03-04T09:12",
        "市统计局",
        _S1,
        "增长18.6%。",
        ("版权声明", "未经授权", *_CHROME),
        "written-city-news: （来源：…） and a 版权声明 paragraph closing the content div",
    ),
    _row(
        "bracket-meta.html",
        _AGRI,
        "2025-03-04T15:20",
        "县农业农村局",
        _N1,
        _N3_END,
        ("字体", "打印", *_CHROME),
        "written-county-portal: 【发布时间：…】【来源：…】【字体：大 中 小】",
    ),
    _row(
        "kicker-subtitle.html",
        "工业经济稳中有进",
        "2025-03-04",
        "某某日报",
        _S1,
        "增长18.6%。",
        ("坚定信心", *_CHROME),
        "written-city-daily: a kicker above the h1, a ——副题 below",
    ),
    _row(
        "cn-numeral-date.html",
        "某某市人民政府关于公布2025年第一批市级重点项目的通知",
        "2025-03-04",
        "市发展改革委",
        "各县（市、区）人民政府，市政府各部门：",
        _S3_END,
        ("二〇二五年", *_CHROME),
        "written-city-notice: 发布日期：二〇二五年三月四日",
    ),
    _row(
        "slash-date.html",
        _IND,
        "2025-03-04T09:12",
        None,
        _S1,
        "增长18.6%。",
        ("2025/03/04", *_CHROME),
        "written-city-news: 2025/03/04 09:12 and an unlabelled office",
    ),
    _row(
        "br-table-end.html",
        "2025年1-2月全市主要经济指标",
        "2025-03-04",
        "市统计局",
        _S1,
        ("5.2",),
        _CHROME,
        "written-stats-bureau: text in <font> with <br>, a data table closing the text",
    ),
    _row(
        "title-site-first.html",
        _IND,
        "2025-03-04",
        "市统计局",
        _S1,
        "增长18.6%。",
        _CHROME,
        "written-city-portal: <title> with the site name first; 来源 | date",
    ),
    _row(
        "two-h1.html",
        _AGRI,
        "2025-03-04T15:20",
        "县农业农村局",
        _N1,
        _N3_END,
        ("某某县人民政府", *_CHROME),
        "written-county-portal: the logo h1 and the headline h1",
    ),
    _row(
        "hk-top-date.big5.html",
        _HK,
        "2025-03-04T16:30",
        None,
        _H1,
        _H3_END,
        ("香港時間", "重要告示"),
        "written-hk-big5: 2025年3月4日（星期二）香港時間下午4時30分 above the text",
    ),
    _row(
        "tw-minguo-words.html",
        _TW,
        "2025-03-04T14:30",
        None,
        _T1,
        _T2_END,
        ("發布時間", "發布機關"),
        "written-tw-agency: 中華民國114年3月4日 下午 02:30, 發布機關",
    ),
    _row(
        "glued-meta.html",
        _IND,
        "2025-03-04T09:12:33",
        "市统计局",
        _S1,
        _S3_END,
        ("浏览次数", "张磊", *_CHROME),
        "written-city-portal: 发布时间:…来源:…作者:…浏览次数: glued, ASCII colons",
    ),
    _row(
        "meta-below.html",
        _AGRI,
        "2025-03-04",
        "县农业农村局",
        _N1,
        _N3_END,
        ("责任编辑", *_CHROME),
        "written-county-portal: the metadata line below the text",
    ),
]

# --- traps: a site clock, a deadline, a column heading, a cut-short <title> --------------------------

_NOTICE = "关于《某某市城市绿化管理办法（征求意见稿）》公开征求意见的公告"
_PLAN = "某某市人民政府办公室关于做好2025年春季农业生产工作的通知"

TRAPS = [
    _row(
        "site-clock.html",
        _AGRI,
        "2025-03-04",
        "县农业农村局",
        _N1,
        _N3_END,
        ("今天是", "设为首页", *_CHROME),
        "written-county-portal: 今天是：2026年12月5日 星期六 in the top bar",
    ),
    _row(
        "site-clock-unlabelled.html",
        _IND,
        "2025-03-04",
        None,
        _S1,
        "增长18.6%。",
        ("今天是", *_CHROME),
        "written-county-portal: a site clock and an unlabelled date line under the headline",
    ),
    _row(
        "deadline-first.html",
        _NOTICE,
        "2025-03-04T16:00",
        "市住房城乡建设局",
        "为提高立法质量",
        "重要参考。",
        ("征集时间", *_CHROME),
        "written-city-consultation: 征集时间 a – b before 发布时间",
    ),
    _row(
        "word-export.html",
        "某某市2025年春季农业生产工作方案",
        "2025-03-04",
        "市农业农村局",
        _N2,
        _N3_END,
        _CHROME,
        "written-city-bureau: Word-export MsoNormal paragraphs with spans and <o:p>",
    ),
    _row(
        "meta-in-content.html",
        _AGRI,
        "2025-03-04T10:05",
        "县农业农村局",
        _N1,
        _N3_END,
        ("浏览次数", "发布时间", *_CHROME),
        "written-county-portal: the metadata line as the content's first <p>",
    ),
    _row(
        "tiny-notice.html",
        "关于2025年清明节放假的通知",
        "2025-03-04",
        "市政府办公室",
        "根据国务院办公厅通知精神",
        "共3天。",
        ("网站地图", "市纪委监委", *_CHROME),
        "written-city-portal: a one-sentence notice, long footers",
    ),
    _row(
        "hk-24h.html",
        _HK,
        "2025-03-04T16:30",
        None,
        _H1,
        "較去年同月下跌4.1%。",
        ("香港時間", "完"),
        "written-hk-press: 香港時間16時30分 on the line under the date",
    ),
    _row(
        "tw-table-foot.html",
        _TW,
        "2025-03-04",
        "主計處",
        _T1,
        _T2_END,
        ("公告日期", "點閱數"),
        "written-tw-county: 公告日期 and 資料來源 in a th/td table under the text",
    ),
    _row(
        "news-tail-credits.html",
        "工业经济稳中有进",
        "2025-03-04T08:30",
        "某某网",
        _S1,
        ("增长18.6%。", "本文来源：某某日报"),
        ("责任编辑", "标签", *_CHROME),
        "written-finance-news: 本文来源 and 【责任编辑】 closing the text, tags under it",
    ),
    _row(
        "video-fallback.html",
        _AGRI,
        "2025-03-04",
        "县农业农村局",
        _N1,
        _N2_END,
        ("不支持video", "点击查看大图", *_CHROME),
        "written-county-media: a video's fallback text, 点击查看大图",
    ),
]

# --- more candidates and titles ---------------------------------------------------------------------

MORE = [
    _row(
        "pager-inside.html",
        _BULLETIN,
        "2025-03-04",
        "市统计局",
        _S1,
        "增长18.6%。",
        ("第1页", "下一页", *_CHROME),
        "written-stats-bulletin: the pager as the last <p> inside the content div",
    ),
    _row(
        "comments-plain.html",
        _AGRI,
        "2025-03-04",
        "县农业农村局",
        _N1,
        "发放技术资料3200余份。",
        ("网友留言", "田间守望者", "优质稻", "点赞", *_CHROME),
        "written-county-portal: a one-paragraph article, longer 网友留言 in li items",
    ),
    _row(
        "editor-note-div.html",
        "工业经济稳中有进",
        "2025-03-04T08:30",
        "某某日报",
        ("编者按", _S1),
        "增长18.6%。",
        _CHROME,
        "written-city-daily: the 编者按 in a div of its own before the content div",
    ),
    _row(
        "title-column-suffix.html",
        _IND,
        "2025-03-04",
        "市统计局",
        _S1,
        "增长18.6%。",
        _CHROME,
        "written-city-portal: <title> 标题 - 栏目 - 网站, the headline in a <p>",
    ),
    _row(
        "dump-breadcrumb.gbk.txt",
        _IND,
        "2025-03-04T09:12",
        "市统计局",
        _S1,
        "增长18.6%。",
        ("首页", "打印本页"),
        "written-dump-gbk: a breadcrumb on line one, the title on line two",
    ),
    _row(
        "h1-column.html",
        _AGRI,
        "2025-03-04",
        "县农业农村局",
        _N1,
        _N2_END,
        ("政务动态", *_CHROME),
        "written-county-portal: the h1 is the column's name, the headline a div",
    ),
    _row(
        "summary-long.html",
        "全市工业经济稳中有进",
        "2025-03-04",
        "某某日报",
        ("【导读】", _S2),
        "增长18.6%。",
        _CHROME,
        "written-city-daily: a 【导读】 box longer than the one-paragraph article",
    ),
]

# --- the headline a template left out of <title> or cut short in it ----------------------------------
# A heading agreeing with a <title> that holds only it and the site (部门动态 - 某某市人民政府) names
# the column when a longer heading-like block stands after it, before the body; a <title> cut short
# with … or ... agrees with the heading that begins with its kept part.

COLUMN_TITLES = [
    _row(
        "column-heading.html",
        _IND,
        "2025-03-04T09:12",
        "市统计局",
        _S1,
        _S3_END,
        ("部门动态", *_CHROME),
        "written-city-portal: <title> 部门动态 - 某某市人民政府, an h2 of the column, the headline a div",
    ),
    _row(
        "column-title-tw.html",
        _TW,
        "2025-03-04",
        "主計處",
        _T1,
        _T3_END,
        ("市政新聞",),
        "written-tw-city: <title> 市政新聞-某某市政府全球資訊網, an h2 of the column",
    ),
    _row(
        "title-truncated.html",
        _PLAN,
        "2025-03-04",
        "市政府办公室",
        "各县（市、区）人民政府，市政府各部门：",
        _N3_END,
        _CHROME,
        "written-city-portal: <title> cut short with …, the full headline in a td",
    ),
    _row(
        "title-cut-dots.big5.html",
        "113年家庭收支調查結果出爐 全市平均每戶可支配所得增加3.6%",
        "2025-03-04",
        "主計處",
        _T1,
        _T2_END,
        ("最佳瀏覽",),
        "written-tw-city-big5: <title> cut short with ... before the site",
    ),
    _row(
        "short-headline-subtitle.html",
        "工业经济稳中有进",
        "2025-03-04",
        "某某日报",
        _S1,
        "增长18.6%。",
        _CHROME,
        "written-city-daily: a short h1 with a ——副题 in a subtitle div stays the headline",
    ),
    _row(
        "short-headline-title-info.html",
        "春耕备耕正当时",
        "2025-03-04",
        "县农业农村局",
        _N1,
        _N2_END,
        ("发布时间", *_CHROME),
        "written-county-portal: a short h1 with a title-info metadata line stays",
    ),
]

# --- no class names anywhere: the body found by structure alone ---------------------------------------

_BARE_CHROME = ("版权所有", "机构概况")

BARE = [
    _row(
        "bare-divs.html",
        _AGRI,
        "2025-03-04",
        "县农业农村局",
        _N1,
        _N3_END,
        ("最新信息", "常务会议", *_BARE_CHROME),
        "written-county-portal: nested divs without class or id, a 最新信息 list beside the text",
    ),
    _row(
        "bare-sidebar-prose.html",
        "关于2025年清明节放假的通知",
        "2025-03-04",
        None,
        "根据国务院办公厅通知精神",
        "共3天。",
        ("领导简介", "主持县政府全面工作", *_BARE_CHROME),
        "written-county-portal: a one-sentence notice beside a longer 领导简介 paragraph",
    ),
    _row(
        "bare-statement.html",
        _AGRI,
        "2025-03-04T15:20",
        "县农业农村局",
        _N1,
        "发放技术资料3200余份。",
        ("网站声明", "温馨提示", "分辨率", *_BARE_CHROME),
        "written-county-portal: a one-paragraph article above longer 网站声明 and 温馨提示 paragraphs",
    ),
    _row(
        "bare-notice-summaries.html",
        _AGRI,
        "2025-03-04",
        "县农业农村局",
        _N1,
        _N2_END,
        ("通知公告", "农机购置补贴", "家庭农场", *_BARE_CHROME),
        "written-county-portal: a 通知公告 box of titles with summary sentences under the text",
    ),
]

# --- the headline in a plain block: no heading tag, no title-like class -----------------------------
# A block whose whole text is <title>'s headline part is the headline (and where the article starts:
# prose above it is a sidebar's); a line break in its source between Chinese characters is layout.

PLAIN_TITLES = [
    _row(
        "title-strong-br.html",
        _PLAN,
        "2025-03-04",
        None,
        ("各县（市、区）人民政府，市政府各部门：", "（某政办发〔2025〕8号）"),
        "2025年3月4日",
        ("某某市人民政府办公室关于", "工作的通知"),
        "written-gov-bulletin: <strong>…<br>\n…<br>\n…</strong> in a centred <p>, no heading",
    ),
    _row(
        "title-spaced-parts.html",
        "工业经济稳中有进 新动能加快成长",
        "2025-03-04",
        "某某日报",
        _S1,
        "增长18.6%。",
        (),
        "written-city-daily: a layout table's <b> headline keeps the space between its two parts",
    ),
]

# --- round two of the sweep: bare layouts, more date and source forms ---------------------------------

SWEEP = [
    _row(
        "bare-comments.html",
        _AGRI,
        "2025-03-04",
        "县农业农村局",
        _N1,
        "发放技术资料3200余份。",
        ("网友评论", "田间守望者", *_BARE_CHROME),
        "written-county-portal: bare divs, comments longer than the text",
    ),
    _row(
        "bare-two-columns.html",
        _AGRI,
        "2025-03-04",
        "县农业农村局",
        _N1,
        _N3_END,
        ("政策解读", "18万吨", *_BARE_CHROME),
        "written-county-portal: a layout table's second column holds a longer 政策解读 paragraph",
    ),
    _row(
        "td-per-paragraph.gbk.html",
        _IND,
        "2025-03-04",
        "市统计局",
        _S1,
        _S3_END,
        ("上一篇", *_BARE_CHROME),
        "written-old-city-gbk: one table row per paragraph, [2025-03-04] in brackets, 来源 a link",
    ),
    _row(
        "date-single-digit.html",
        _AGRI,
        "2025-03-04T09:05",
        "县农业农村局",
        _N1,
        _N2_END,
        _CHROME,
        "written-county-portal: 发布时间：2025年3月4日 9:05, 来源 a link",
    ),
    _row(
        "date-short-dash.html",
        _AGRI,
        "2025-03-04",
        "县农业农村局",
        _N1,
        _N2_END,
        _CHROME,
        "written-county-portal: 时间：2025-3-4 and an empty 作者：",
    ),
    _row(
        "tw-roc-words.html",
        _TW,
        "2025-03-04",
        "主計處",
        _T1,
        _T2_END,
        ("發布日期",),
        "written-tw-city: 發布日期：114年3月4日",
    ),
    _row(
        "tw-date-time.html",
        _TW,
        "2025-03-04T14:30",
        None,
        _T1,
        _T2_END,
        ("單位",),
        "written-tw-agency: 日期：114-03-04 14:30, 單位：…",
    ),
    _row(
        "macau-cn-date.html",
        _MO,
        "2025-03-04",
        "治安警察局",
        _M1,
        _M2_END,
        ("版權所有",),
        "written-mo-portal: 日期：2025年3月4日 來源：…",
    ),
    _row(
        "two-sources.html",
        _IND,
        "2025-03-04",
        "市统计局",
        _S1,
        "增长18.6%。",
        _CHROME,
        "written-city-portal: 发布机构 and 信息来源 on one line; the source is the 信息来源",
    ),
    _row(
        "empty-title-tag.html",
        _IND,
        "2025-03-04",
        "市统计局",
        _S1,
        "增长18.6%。",
        _BARE_CHROME,
        "written-old-county: an empty <title>, the headline in <font><b> over the text",
    ),
]

# --- more text dumps ----------------------------------------------------------------------------------

MORE_DUMPS = [
    _row(
        "dump-site-first.txt",
        _IND,
        "2025-03-04T09:12",
        "市统计局",
        _S1,
        "增长18.6%。",
        ("上一篇", "下一篇", "浏览次数", "政务服务", "ICP备"),
        "written-dump: the site's name and menu above the title, prev/next and footer below",
    ),
    _row(
        "dump-hk-crlf.big5.txt",
        _HK,
        "2025-03-04T16:30",
        None,
        _H1,
        _H3_END,
        ("香港時間", "星期二"),
        "written-dump-big5: CRLF lines, 完 then the date and 香港時間下午4時30分",
    ),
    _row(
        "dump-related.txt",
        _AGRI,
        "2025-03-04T15:20",
        "县农业农村局",
        _N1,
        _N2_END,
        ("相关阅读", "农资打假"),
        "written-dump: a 相关阅读 heading and long titles after the text",
    ),
    _row(
        "dump-macau.txt",
        _MO,
        "2025-03-04T17:05",
        None,
        _M1,
        _M2_END,
        ("治安警察局\n",),
        "written-dump: 04/03/2025 17:05 and the department on lines of their own",
    ),
]

# --- 信息公开 tables in other places, a date inside the h1, side blocks ------------------------------

ROUND3 = [
    _row(
        "xxgk-table-below.html",
        _PLAN,
        "2025-03-04",
        None,
        "各县（市、区）人民政府，市政府各部门：",
        "2025年2月27日",
        ("生效日期", "成文日期", *_CHROME),
        "written-xxgk: the 信息公开 table under the text, 发布日期 before 成文日期",
    ),
    _row(
        "h1-with-date-span.html",
        _AGRI,
        "2025-03-04",
        "县农业农村局",
        _N1,
        _N2_END,
        _CHROME,
        "written-county-portal: the date in a span inside the h1",
    ),
    _row(
        "picture-news-beside.html",
        _AGRI,
        "2025-03-04",
        "县农业农村局",
        _N1,
        "发放技术资料3200余份。",
        ("图片新闻", "农机具", *_CHROME),
        "written-county-portal: a 图片新闻 block with a long caption after a short text",
    ),
    _row(
        "source-in-content.html",
        _IND,
        "2025-03-04",
        "市统计局",
        _S1,
        "增长18.6%。",
        ("作者", *_CHROME),
        "written-city-portal: 来源 and 作者 as the content's first paragraphs",
    ),
    _row(
        "xxgk-date-then-meta.html",
        _PLAN,
        "2025-03-04T15:00",
        "市政府办公室",
        "各县（市、区）人民政府，市政府各部门：",
        _N3_END,
        ("索引号", *_CHROME),
        "written-xxgk: 成文日期 in a strip above the h1, 发布时间 under it",
    ),
    _row(
        "hk-no-end-mark.html",
        _HK,
        "2025-03-04T16:30",
        None,
        _H1,
        _H3_END,
        ("香港時間", "星期二"),
        "written-hk-press: no 完; the date and 香港時間 in two <p>s closing the text",
    ),
]

# --- closing lines, 12-hour clocks, <title> separators --------------------------------------------------

ROUND4 = [
    _row(
        "hk-one-line-close.big5.html",
        _HK,
        "2025-03-04T16:30",
        None,
        _H1,
        _H3_END,
        ("香港時間", "星期二"),
        "written-hk-press-big5: 2025年3月4日（星期二）香港時間 下午4時30分 on one line under 完",
    ),
    _row(
        "tw-pm-time.html",
        _TW,
        "2025-03-04T15:20",
        "主計處",
        _T1,
        _T2_END,
        ("發布日期",),
        "written-tw-city: 發布日期：114/03/04 下午 03:20",
    ),
    _row(
        "date-weekday-label.html",
        _AGRI,
        "2025-03-04",
        "本网",
        _N1,
        _N2_END,
        ("星期二", *_CHROME),
        "written-county-portal: 发布日期：2025年03月04日 星期二, 来源：本网, <title> with --",
    ),
    _row(
        "title-emdash.html",
        _IND,
        "2025-03-04",
        "市统计局",
        _S1,
        "增长18.6%。",
        _CHROME,
        "written-city-bureau: <title> 标题——某某市统计局",
    ),
    _row(
        "title-pipe-nohead.html",
        _IND,
        "2025-03-04",
        "市统计局",
        _S1,
        "增长18.6%。",
        _CHROME,
        "written-city-bureau: <title> 标题|某某市统计局 and no headline on the page",
    ),
]

# --- comments with no heading, one table for everything, a table as the text ---------------------------

ROUND5 = [
    _row(
        "bare-unlabelled-comments.html",
        _AGRI,
        "2025-03-04",
        "县农业农村局",
        _N1,
        "发放技术资料3200余份。",
        ("田间守望者", "化肥价格", *_BARE_CHROME),
        "written-county-portal: comments (name, time, text) with no heading, longer than the text",
    ),
    _row(
        "one-table-all.html",
        "某某县2025年第一批农机购置补贴资金公示",
        "2025-03-04",
        None,
        "根据《某某县2025年",
        "合计186.4万元。",
        ("发布单位", *_BARE_CHROME),
        "written-county-bureau: headline, a 发布单位/发布日期 row and the text in one layout table",
    ),
    _row(
        "data-table-body.html",
        "2025年2月份全市主要经济指标",
        "2025-03-04",
        "市统计局",
        "全市主要经济指标完成情况如下：",
        ("4.6",),
        _CHROME,
        "written-city-stats: a one-line lead and a table of figures as the text",
    ),
]

# --- paragraphs as sibling divs of <body>, a headline broken by <br> and a source line break ----------

ROUND6 = [
    _row(
        "bare-flat-siblings.html",
        _IND,
        "2025-03-04",
        "市统计局",
        _S1,
        _S3_END,
        ("联系我们", *_BARE_CHROME),
        "written-city-bureau: title, date and each paragraph a div right in <body>, a contact line after",
    ),
    _row(
        "h1-br-newline.html",
        "关于做好2025年春季农业生产工作的通知",
        "2025-03-04",
        "市农业农村局",
        "各县（市、区）农业农村局：",
        _N3_END,
        _CHROME,
        "written-city-bureau: <h1>…生产<br>\\n 工作的通知</h1>",
    ),
]

ROWS = (
    ROUND6
    + ROUND5
    + ROUND4
    + ROUND3
    + MORE_DUMPS
    + SWEEP
    + PLAIN_TITLES
    + BARE
    + TABLES
    + CANDIDATES
    + PIECES
    + METADATA
    + TITLES
    + DUMPS
    + MESSY
    + TRAPS
    + MORE
    + COLUMN_TITLES
)


def _record(name: str) -> dict[str, Any]:
    path = PAGES / name
    return extract(path.read_bytes(), name).to_dict()


def _one_of(want: str | tuple[str, ...]) -> tuple[str, ...]:
    return (want,) if isinstance(want, str) else want


@pytest.mark.parametrize(("name", "title", "published", "source", "starts", "ends", "absent"), ROWS)
def test_page_layout(
    name: str,
    title: str,
    published: str,
    source: str | None,
    starts: str | tuple[str, ...],
    ends: str | tuple[str, ...],
    absent: tuple[str, ...],
) -> None:
    rec = _record(name)
    text = rec["text"].strip()
    assert rec["title"] == title
    assert (rec["published_at"] or "").startswith(published), rec["published_at"]
    assert rec["source"] == source
    assert text.startswith(_one_of(starts)), text[:60]
    assert text.endswith(_one_of(ends)), text[-60:]
    for chrome in absent:
        assert chrome not in text, chrome
