"""Normaliser: artifacts from real PDF/Word extraction (see ../shared/notes/pdf-extraction.md)."""

import pytest

from nlp_pipeline.ingest.model import Break, RawDocument, RawLine
from nlp_pipeline.ingest.text import text_to_lines
from nlp_pipeline.normalize import fix_punctuation, fix_spaces, map_chars, normalize


def norm(text: str) -> str:
    return normalize(RawDocument(lines=text_to_lines(text), format="text")).text


SPACE_CASES = [
    # extraction spaces around digits and between CJK
    ("市国税局于 10 月 20 日召开迎检动员大会。", "市国税局于10月20日召开迎检动员大会。"),
    ("统计期限自 2023 年 1 月 1 日起至 2023 年 12 月 31 日止。", "统计期限自2023年1月1日起至2023年12月31日止。"),
    ("号 ， 邮 编 ： 223100 ， 电 话 ： 0517-87222589 。", "号，邮编：223100，电话：0517-87222589。"),
    ("第 7 期", "第7期"),
    # letter-spaced masthead words collapse
    ("精神文明建设工作 简 报", "精神文明建设工作简报"),
    ("目 录", "目录"),
    ("工 作 动 态", "工作动态"),
    # a deliberate space in a headline stays
    ("我市细化分工密切配合 加快形成迎检工作合力", "我市细化分工密切配合 加快形成迎检工作合力"),
    ("云岭县城乡治理工作领导小组办公室编 2025年6月18日", "云岭县城乡治理工作领导小组办公室编 2025年6月18日"),
    ("梧川大学党政办公室 编          2025年11月20日", "梧川大学党政办公室编 2025年11月20日"),
    ("新闻特写：中国“十五五” 世界新机遇", "新闻特写：中国“十五五” 世界新机遇"),
    # Latin words and codes keep theirs
    ("执行 GM/T 0031 标准和 PM 2.5 监测要求，", "执行GM/T 0031标准和PM 2.5监测要求，"),
    # a flattened table row keeps its cell separators; a spaced-out date in a title does not
    ("清理河道垃圾（吨） 1200 1356", "清理河道垃圾（吨） 1200 1356"),
    ("市国税局于 10 月 20 日召开大会", "市国税局于10月20日召开大会"),
    # several spaces and tabs are one gap
    ("城乡治理工作简报\t\t第7期", "城乡治理工作简报 第7期"),
]


@pytest.mark.parametrize(("raw", "expected"), SPACE_CASES)
def test_spaces(raw, expected):
    assert norm(raw) == expected


CHAR_CASES = [
    ("⼀、坚持⼈⺠⾄上", "一、坚持人民至上"),       # Kangxi radicals and radical supplement
    ("⼾籍管理", "户籍管理"),                       # not the traditional 戶 NFKC would give
    ("ＧＭ／Ｔ００３１—２０１４", "GM/T0031—2014"),  # full-width ASCII folded, the dash is Chinese
    ("２０１４．１０．２３", "2014.10.23"),
    ("公式\ue011如下\uf0b6", "公式如下"),             # private-use glyphs dropped
    ("零\u200b宽\ufeff字符", "零宽字符"),
    ("全角，标点：保留（不变）！", "全角，标点：保留（不变）！"),
]


@pytest.mark.parametrize(("raw", "expected"), CHAR_CASES)
def test_characters(raw, expected):
    assert map_chars(raw) == expected


PUNCT_CASES = [
    ("10月22日上午,市公安局召开会议", "10月22日上午，市公安局召开会议"),
    ("年份:2023", "年份：2023"),
    ("时间 9:30 至 11:30", "时间 9:30 至 11:30"),
    ("(公安局)", "（公安局）"),
    ("提出(1)加强管理", "提出（1）加强管理"),
    ("see (1) and (2)", "see (1) and (2)"),
    ("是否完成?是的!", "是否完成？是的！"),
    # other dots between the parts of a name become the interpunct; a bullet before a line stays
    ("队长阿斯哈尔•努尔太说", "队长阿斯哈尔·努尔太说"),
    ("• 第一条", "• 第一条"),
]


@pytest.mark.parametrize(("raw", "expected"), PUNCT_CASES)
def test_punctuation(raw, expected):
    assert fix_punctuation(raw) == expected


PARAGRAPH_CASES = [
    # a word broken by a page break, as in the seed (人口管理 | 大队)
    ("会议结束。\n\n公安局下属交警大队、治安大队、人口管理\n\n大队和开发区派出所等 5 家单位作了表态发言。",
     "会议结束。\n公安局下属交警大队、治安大队、人口管理大队和开发区派出所等5家单位作了表态发言。"),
    # ... with a page number between the halves
    ("会议结束。\n\n公安局下属交警大队、人口管理\n\n- 2 -\n\n大队和开发区派出所作了发言。",
     "会议结束。\n公安局下属交警大队、人口管理大队和开发区派出所作了发言。"),
    # an item broken after a comma, across a blank line
    ("四是做好台账工作，要求\n\n相关人员及时上报；五是加强督查。", "四是做好台账工作，要求相关人员及时上报；五是加强督查。"),
    # a colon ends the paragraph that announces a list
    ("提出五点要求：\n\n一是做好宣传；二是加强领导。", "提出五点要求：\n一是做好宣传；二是加强领导。"),
    # a title is its own paragraph, the body opens with a date
    ("市公安局召开推进会\n10月22日上午，市公安局召开推进会。", "市公安局召开推进会\n10月22日上午，市公安局召开推进会。"),
    ("我县召开安全、消防工作会议\n为进一步做好工作，我县召开会议。", "我县召开安全、消防工作会议\n为进一步做好工作，我县召开会议。"),
    # a source line stays a line of its own
    ("会上作了部署。\n（市创建办）\n城厢镇召开动员会\n10月21日下午，城厢镇召开动员会。",
     "会上作了部署。\n（市创建办）\n城厢镇召开动员会\n10月21日下午，城厢镇召开动员会。"),
    # an author's name on its own line under a headline with a comma stays a line of its own
    ("警惕，又到公款送礼时\n田有社\n春节将至，送礼之风又起。", "警惕，又到公款送礼时\n田有社\n春节将至，送礼之风又起。"),
    # page numbers in several styles disappear
    ("第一段。\n第2页\n第二段。\n— 3 —\n第三段。\n第4页共5页\n第四段。\n5/6\n第五段。",
     "第一段。\n第二段。\n第三段。\n第四段。\n第五段。"),
    # form feed inside a sentence joins
    ("各乡镇要加强领导，落实\f责任。", "各乡镇要加强领导，落实责任。"),
    # first-line indents mark paragraphs in a hard-wrapped text
    ("　　第一段开头，这一段比较长而且被硬换行切成\n了两行。\n　　第二段，也被切成\n两行。",
     "第一段开头，这一段比较长而且被硬换行切成了两行。\n第二段，也被切成两行。"),
    # English words broken across lines keep a space
    ("依据标准，采用 ISO\nstandard 执行。", "依据标准，采用ISO standard执行。"),
    # a group's heading with its count starts a line after a list of names
    ("教育界（3人）\n王一明、李二强、赵三平\n科技界（2人）\n钱四海、孙五洲",
     "教育界（3人）\n王一明、李二强、赵三平\n科技界（2人）\n钱四海、孙五洲"),
]


@pytest.mark.parametrize(("raw", "expected"), PARAGRAPH_CASES)
def test_paragraphs(raw, expected):
    assert norm(raw) == expected


def test_running_header_next_to_page_breaks_is_dropped():
    raw = ("城乡治理工作简报\n第7期\n正文第一段，内容较长，\f城乡治理工作简报 第7期\n接着上一页继续。\f"
           "城乡治理工作简报 第7期\n第三页的内容。")
    assert norm(raw) == "城乡治理工作简报\n第7期\n正文第一段，内容较长，接着上一页继续。\n第三页的内容。"


def test_titles_listed_twice_are_not_running_headers():
    raw = "目录\n市公安局召开推进会\n城厢镇召开动员会\n市公安局召开推进会\n会议召开。\n城厢镇召开动员会\n动员会召开。"
    assert norm(raw).split("\n") == ["目录", "市公安局召开推进会", "城厢镇召开动员会", "市公安局召开推进会",
                                     "会议召开。", "城厢镇召开动员会", "动员会召开。"]


def test_layout_evidence_wins_over_heuristics():
    lines = [RawLine("标题没有标点", Break.LINE), RawLine("正文开头", Break.LINE, continues=True),
             RawLine("一段话，", Break.LINE), RawLine("新段落。", Break.PARAGRAPH, continues=False)]
    doc = normalize(RawDocument(lines=lines, format="pdf"))
    assert doc.text == "标题没有标点正文开头\n一段话，\n新段落。"


def test_paragraph_spans_index_the_text():
    doc = normalize(RawDocument(lines=text_to_lines("第一段。\n\n第二段，\n接着。"), format="text"))
    assert [doc.text[p.start:p.end] for p in doc.paragraphs] == ["第一段。", "第二段，接着。"]


def test_fix_spaces_keeps_only_author_spaces():
    assert fix_spaces("会议由 公安局政委 沈明亮 主持，") == "会议由公安局政委沈明亮主持，"


def test_repeated_table_rows_are_content_not_headers():
    raw = "统计如下：\n项目 本年 上年\n收入 0 0 0\n支出 0 0 0\n结余 0 0 0\n收入 0 0 0\n说明完毕。"
    assert norm(raw).split("\n") == ["统计如下：", "项目 本年 上年", "收入 0 0 0", "支出 0 0 0", "结余 0 0 0",
                                     "收入 0 0 0", "说明完毕。"]
