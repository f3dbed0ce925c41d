"""Reported or planned, by construction (issue 15): the cue must govern the figure.

A plan word inside a name (计划生育, 国家重点研发计划, 人均预期寿命), 将 as an object marker
(将利率维持在…), a threshold that defines a statistical scope (计划总投资500万元及以上项目) and a
completion share (完成全年目标的101.2%) do not make a plan; forecasts, targets, plans,
requirements and conditions do.
"""

from __future__ import annotations

import pytest

from factcase import fact_at

PUB = "2023-10-20"

STATUS = [
    # not plans
    pytest.param(
        "市计划生育服务中心为1200户家庭提供服务。",
        "1200户",
        "reported",
        id="invented-health: 计划 inside a name",
    ),
    pytest.param(
        "获得国家重点研发计划立项76项。",
        "76项",
        "reported",
        id="corpus-027: 国家重点研发计划 is a programme's name",
    ),
    pytest.param(
        "国家重点研发计划新增项目12个。",
        "12个",
        "reported",
        id="invented-science-bureau: 研发计划 before a verb is still the programme's name",
    ),
    pytest.param(
        "“春雨”计划支持困难学生1200名。",
        "1200名",
        "reported",
        id="invented-education-bureau: a quoted name before 计划 names a programme",
    ),
    pytest.param(
        "1949年，全国人均预期寿命仅35岁。", "35岁", "reported", id="invented-report: 预期寿命 is a noun"
    ),
    pytest.param(
        "美联储宣布将联邦基金利率目标区间维持在5%至5.25%之间。",
        "5%至5.25%",
        "reported",
        id="invented-finance-news: 将 as an object marker (将X维持在)",
    ),
    pytest.param(
        "全市计划总投资500万元及以上项目完成投资增长12%。",
        "12%",
        "reported",
        id="invented-stats-release: a threshold scope is not a plan (the growth)",
    ),
    pytest.param(
        "全市计划总投资500万元及以上项目完成投资增长12%。",
        "500万元",
        "reported",
        id="invented-stats-release: a threshold scope is not a plan (the threshold)",
    ),
    pytest.param(
        "全市固定资产投资完成全年目标的101.2%。",
        "101.2%",
        "reported",
        id="invented-dev-reform: a completion share",
    ),
    pytest.param("全市已建成5所学校。", "5所", "reported", id="brief: done"),
    pytest.param(
        "对华贸易战导致美国家庭平均每年要额外支出约831美元。",
        "831美元",
        "reported",
        id="corpus-029: 要 as 'has to' before a cost, not a target",
    ),
    pytest.param("年度计划完成投资5亿元。", "5亿元", "reported", id="invented: 年度计划 is a noun"),
    pytest.param(
        "项目总投资8亿元，目前已完成投资5亿元。", "5亿元", "reported", id="invented-project-news: done so far"
    ),
    # plans
    pytest.param(
        "预计全年地区生产总值增长5%左右。", "5%", "planned", id="invented-stats-release: 预计 forecast"
    ),
    pytest.param(
        "到2025年，全市新能源汽车保有量力争达到10万辆。", "10万辆", "planned", id="invented-plan: 力争达到"
    ),
    pytest.param("全市拟新建公办幼儿园12所。", "12所", "planned", id="invented-education-bureau: 拟"),
    pytest.param(
        "明年计划新建学校10所，新增学位1.2万个。",
        "1.2万个",
        "planned",
        id="invented-city-news: 计划 governs the next clause",
    ),
    pytest.param(
        "下一步，全省将加快推进项目建设，力争全年完成投资4000亿元以上，新开工项目120个。",
        "120个",
        "planned",
        id="invented-provincial-portal: 新开工 continues the plan (jieba tags it a name)",
    ),
    pytest.param(
        "项目建成后，年可处理生活垃圾36.5万吨，发电量1.2亿千瓦时。",
        "1.2亿千瓦时",
        "planned",
        id="invented-environment-bureau: 建成后 + a modal: what the finished plant will do",
    ),
    pytest.param(
        "该中心建成后可容纳学生3600名。",
        "3600名",
        "planned",
        id="invented-education-bureau: 建成后可容纳 (no comma)",
    ),
    pytest.param(
        "项目建成后，极大改善了周边1.2万名群众的出行条件。",
        "1.2万名",
        "reported",
        id="invented-city-news: 建成后 with no modal tells what happened",
    ),
    pytest.param(
        "今年，我市力争完成固定资产投资增长8%以上，城镇新增就业不少于2.5万人。",
        "2.5万人",
        "planned",
        id="invented-work-report: a later target bound (不少于) continues 力争",
    ),
    pytest.param(
        "今年全市计划新开工保障性租赁住房5000套，目前已开工3200套。",
        "5000套",
        "planned",
        id="invented-housing-bureau: 计划新开工 (jieba tags 新开工 a noun) is a plan",
    ),
    pytest.param(
        "今年全市计划新开工保障性租赁住房5000套，目前已开工3200套。",
        "3200套",
        "reported",
        id="invented-housing-bureau: what is already done after the plan is reported",
    ),
    pytest.param(
        "今年计划完成投资50亿元，新建学校12所，竣工项目8个。",
        "12所",
        "planned",
        id="invented-city-news: 新建 continues the plan (jieba tags it a place)",
    ),
    pytest.param(
        "我市将投入资金2.3亿元，实施老旧小区改造项目45个，惠及居民1.2万户。",
        "1.2万户",
        "planned",
        id="invented-city-news: 惠及 continues the plan (jieba tags it a place; domain_verbs)",
    ),
    pytest.param(
        "今年以来，全市实施老旧小区改造项目45个，惠及居民1.2万户。",
        "1.2万户",
        "reported",
        id="invented-city-news: 惠及 after what was done is reported",
    ),
    pytest.param(
        "今年计划完成投资50亿元，新区人口12万人。",
        "12万人",
        "reported",
        id="invented-city-news: 新区 opens a noun, not a verb",
    ),
    pytest.param(
        "项目建成后，年产值有望突破50亿元。", "50亿元", "planned", id="invented-investment-news: 有望"
    ),
    pytest.param(
        "全年目标是新增城镇就业1.1万人。", "1.1万人", "planned", id="invented-human-resources: 目标是"
    ),
    pytest.param(
        "申请人家庭人均收入至少要达到当地最低工资标准的2倍。",
        "2倍",
        "planned",
        id="invented-procurement-notice: a condition (至少要达到)",
    ),
    pytest.param("规划岸线1600米，建设4个泊位。", "1600米", "planned", id="corpus-020: 规划 as a verb"),
    pytest.param("全市将新增停车位3000个。", "3000个", "planned", id="guide: 将 + verb is the future"),
    pytest.param(
        "预计今天夜间到明天白天，我市有中到大雨，累计降雨量30～50毫米。",
        "30～50毫米",
        "planned",
        id="invented-weather-notice: a forecast word opening the sentence makes it a forecast",
    ),
    pytest.param(
        "全年地区生产总值要增长6%左右。", "6%", "planned", id="invented-government-report: 要 + target verb"
    ),
    pytest.param("据预测，明年该市常住人口将达到130万人。", "130万人", "planned", id="invented-stats: 预测"),
    pytest.param(
        "各项目实施单位要在收到资金后30日内完成拨付手续。",
        "30日",
        "planned",
        id="invented-finance-notice: 要在…内完成 is a requirement",
    ),
    # a distance that places something is no plan
    pytest.param(
        "“海葵一号”启运后将前往距离青岛超过1200海里的珠江口盆地进行回接安装。",
        "1200海里",
        "reported",
        id="corpus-021: 距离…的 describes the place",
    ),
    pytest.param(
        "我市将在距市中心5公里处新建学校1所。",
        "5公里",
        "reported",
        id="invented-city-news: 距…处 places the school",
    ),
    pytest.param(
        "我市将在距市中心5公里处新建学校1所。",
        "1所",
        "planned",
        id="invented-city-news: the school is planned",
    ),
    pytest.param("该线路将延伸12公里。", "12公里", "planned", id="invented-transport: a planned length"),
    # who directs, opening the sentence, directs its figures
    pytest.param(
        "会议要求，要聚焦重点行业领域，深入开展安全生产治本攻坚行动，全年完成重大事故隐患排查整治不少于600项。",
        "600项",
        "planned",
        id="tests-data-print-container: 会议要求 opens a directive",
    ),
    pytest.param(
        "会议强调，要确保全年粮食播种面积稳定在1200万亩以上。",
        "1200万亩",
        "planned",
        id="invented-county-meeting: 会议强调",
    ),
    pytest.param(
        "通知明确：全市新建住宅小区充电桩配建比例达到100%。",
        "100%",
        "planned",
        id="invented-provincial-notice: 通知明确 with a colon",
    ),
    pytest.param(
        "会议指出，今年以来全市完成固定资产投资120亿元，同比增长8%。",
        "120亿元",
        "reported",
        id="invented-county-meeting: 会议指出 reports, it does not direct",
    ),
    pytest.param(
        "会议要求，各地已完成的1200个项目要抓紧验收。",
        "1200个",
        "reported",
        id="invented-county-meeting: what is done (已完成) stays reported under a directive",
    ),
    pytest.param(
        "市政府常务会议审议通过了《实施方案》，会议要求抓好落实。全市共有企业12万户。",
        "12万户",
        "reported",
        id="invented-city-news: a directive reaches no further than its sentence",
    ),
]


@pytest.mark.parametrize(("text", "needle", "status"), STATUS)
def test_status(text: str, needle: str, status: str) -> None:
    f = fact_at(text, needle, PUB)
    assert f.status == status, f"{f.text}: {f.status}"
