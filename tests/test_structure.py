"""Structure: masthead, contents, columns, articles, source units, report tail."""

import pytest

from nlp_pipeline.chars import cn_int
from nlp_pipeline.ingest.model import RawDocument
from nlp_pipeline.ingest.text import text_to_lines
from nlp_pipeline.normalize import normalize
from nlp_pipeline.structure import bulletin_dict, parse_full_date, parse_structure


def parse(text: str):
    doc = normalize(RawDocument(lines=text_to_lines(text), format="text"))
    st = parse_structure(doc)
    return doc, bulletin_dict(st), [(a.column, a.title, a.source_unit) for a in st.articles], st


MASTHEAD_CASES = [
    ("精神文明建设工作 简 报\n创建全国文明城市专刊（第3期）\n太仓市创建全国文明城市指挥部办公室\n"
     "太仓市精神文明建设委员会办公室\n2014年10月23日\n标题一\n正文第一段。",
     {"title": "精神文明建设工作简报", "edition": "创建全国文明城市专刊", "issue": "第3期", "issue_number": 3,
      "issue_total": None, "issuers": ["太仓市创建全国文明城市指挥部办公室", "太仓市精神文明建设委员会办公室"],
      "date": "2014-10-23"}),
    ("政务信息\n第12期（总第158期）\n青山区人民政府办公室编印　　二〇二五年三月六日\n标题一\n正文第一段。",
     {"title": "政务信息", "edition": None, "issue": "第12期", "issue_number": 12, "issue_total": 158,
      "issuers": ["青山区人民政府办公室"], "date": "2025-03-06"}),
    ("城乡治理工作简报\n第五期\n云岭县城乡治理工作领导小组办公室编\t2025年6月18日\n标题一\n正文第一段。",
     {"title": "城乡治理工作简报", "edition": None, "issue": "第五期", "issue_number": 5, "issue_total": None,
      "issuers": ["云岭县城乡治理工作领导小组办公室"], "date": "2025-06-18"}),
    ("安全生产工作动态\n2025年第4期\n县安全生产委员会办公室\n二○二五年四月三十日\n标题一\n正文第一段。",
     {"title": "安全生产工作动态", "edition": None, "issue": "2025年第4期", "issue_number": 4,
      "issue_total": None, "issuers": ["县安全生产委员会办公室"], "date": "2025-04-30"}),
    ("教育工作简报 第十一期\n市教育局办公室 2024年11月2日\n标题一\n正文第一段。",
     {"title": "教育工作简报", "edition": None, "issue": "第十一期", "issue_number": 11, "issue_total": None,
      "issuers": ["市教育局办公室"], "date": "2024-11-02"}),
]


@pytest.mark.parametrize(("text", "expected"), MASTHEAD_CASES)
def test_masthead(text, expected):
    _, bulletin, articles, _ = parse(text)
    assert {k: bulletin[k] for k in expected} == expected
    assert articles == [(None, "标题一", None)]


def test_masthead_date_is_a_date_with_offsets():
    doc, bulletin, _, st = parse("政务信息\n第1期\n县政府办公室\n二〇二五年三月六日\n标题\n正文。")
    assert st.masthead.date.text == "二〇二五年三月六日"
    assert doc.text[st.masthead.date.start:st.masthead.date.end] == "二〇二五年三月六日"


def test_contents_columns_and_source_lines():
    text = ("工作简报\n第1期\n县政府办公室\n2025年1月5日\n目 录\n〔工作动态〕\n县里召开会议\n镇里开展活动\n"
            "【基层风采】\n村里修好道路\n〔工作动态〕\n县里召开会议\n1月3日，县里召开会议。\n（县政府办）\n"
            "镇里开展活动\n近日，镇里开展活动。\n(青石镇)\n【基层风采】\n村里修好道路\n今年以来，村里修路。取得实效。（白马村）")
    _, bulletin, articles, _ = parse(text)
    assert bulletin["toc"] == ["县里召开会议", "镇里开展活动", "村里修好道路"]
    assert articles == [("工作动态", "县里召开会议", "县政府办"), ("工作动态", "镇里开展活动", "青石镇"),
                        ("基层风采", "村里修好道路", "白马村")]


def test_contents_with_page_numbers():
    text = ("工作简报\n第2期\n县政府办公室\n2025年2月5日\n目录\n县里召开会议……1\n镇里开展活动……3\n"
            "县里召开会议\n2月3日，县里召开会议。\n镇里开展活动\n近日，镇里开展活动。")
    _, bulletin, articles, _ = parse(text)
    assert bulletin["toc"] == ["县里召开会议", "镇里开展活动"]
    assert [a[1] for a in articles] == ["县里召开会议", "镇里开展活动"]


def test_articles_without_source_units_split_at_titles():
    text = ("工作动态\n第3期\n县委办公室\n2025年3月1日\n县里召开会议\n3月1日，县里召开会议。会议要求各部门抓好落实。\n"
            "镇里开展活动\n近日，镇里开展活动，群众参与踊跃。")
    _, _, articles, _ = parse(text)
    assert articles == [(None, "县里召开会议", None), (None, "镇里开展活动", None)]


def test_report_tail():
    text = ("工作简报\n第1期\n县政府办公室\n2025年1月5日\n县里召开会议\n1月3日，县里召开会议。\n"
            "报：市委办公室，市政府办公室。\n抄送：县委各部门；县人大办、县政协办\n送：县领导\n发：各乡镇（街道）\n"
            "编辑：张明  审核：李华\n（共印40份）")
    doc, bulletin, articles, st = parse(text)
    tail = bulletin["tail"]
    assert tail["submitted_to"] == ["市委办公室", "市政府办公室"]
    assert tail["copied_to"] == ["县委各部门", "县人大办、县政协办"]
    assert tail["sent_to"] == ["县领导", "各乡镇（街道）"]
    assert tail["copies"] == 40
    assert tail["staff"] == [{"role": "编辑", "name": "张明"}, {"role": "审核", "name": "李华"}]
    # the tail is not part of the last article
    assert doc.text[st.articles[-1].start:st.articles[-1].end] == "县里召开会议\n1月3日，县里召开会议。"


def test_plain_news_with_headline_is_one_article():
    text = "市公安局召开推进会\n10月22日上午，市公安局召开推进会。\n会上作了部署。\n（市公安局）"
    _, bulletin, articles, _ = parse(text)
    assert bulletin["title"] is None and bulletin["issue_number"] is None and bulletin["date"] is None
    assert articles == [(None, "市公安局召开推进会", "市公安局")]


def test_plain_news_without_headline_is_one_article():
    _, bulletin, articles, _ = parse("近日，市公安局召开推进会。\n会上作了部署，提出要求。")
    assert bulletin["title"] is None
    assert articles == [(None, None, None)]


def test_enumerated_subheadings_are_not_titles():
    text = "工作简报\n第1期\n县政府办公室\n2025年1月5日\n县里召开会议\n会议指出：\n一、主要做法\n各部门积极行动。\n二、下步打算\n继续努力。"
    _, _, articles, _ = parse(text)
    assert articles == [(None, "县里召开会议", None)]


@pytest.mark.parametrize(("text", "value"), [
    ("2014年10月23日", "2014-10-23"), ("二〇一四年十月二十三日", "2014-10-23"),
    ("二○二五年六月十八日", "2025-06-18"), ("2014 年 1 月 3 日", "2014-01-03"), ("2014年13月3日", None),
])
def test_full_dates(text, value):
    found = parse_full_date(text)
    assert (found[1] if found else None) == value


@pytest.mark.parametrize(("text", "value"), [("3", 3), ("五", 5), ("十二", 12), ("二十三", 23), ("一百零八", 108),
                                             ("二〇一四", 2014)])
def test_cn_ints(text, value):
    assert cn_int(text) == value


def test_symbol_columns_labelled_issuers_and_source_wordings():
    text = ("工作简报\n第2期\n主办：县政府办公室\n2025年2月5日\n◆ 工作动态\n县里召开会议\n2月3日，县里召开会议。\n"
            "（县政府办供稿）\n■基层风采\n镇里开展活动\n近日，镇里开展活动。（来源：青石镇）")
    _, bulletin, articles, st = parse(text)
    assert bulletin["issuers"] == ["县政府办公室"]
    assert articles == [("工作动态", "县里召开会议", "县政府办"), ("基层风采", "镇里开展活动", "青石镇")]
    doc, *_ = parse(text)
    assert [doc.text[a.source_span[0]:a.source_span[1]] for a in st.articles] == ["县政府办", "青石镇"]


def test_official_document_masthead():
    text = "县人民政府文件\n县政发〔2025〕12号\n县人民政府关于做好防汛工作的通知\n各乡镇人民政府：\n现将有关事项通知如下。"
    _, bulletin, articles, _ = parse(text)
    assert bulletin["doc_number"] == "县政发〔2025〕12号"
    assert articles == [(None, "县人民政府关于做好防汛工作的通知", None)]
