"""Title mentions (extract/positions.py): tables of sentences we wrote, with exact spans."""

from __future__ import annotations

import pytest

from nlp_pipeline import extract_document
from nlp_pipeline.extract.positions import bound_titles, extract_title_mentions


def spans(text, officials=(), units=()):
    return [(m["text"], m["start"], m["end"]) for m in extract_title_mentions(text, officials, units)]


# (text, expected (text, start, end)) — no officials, no units: the lexicons and the segmenter alone.
MENTION_CASES = [
    # unbound mentions: a reporter, generic holders, occupations
    ("记者从市公安局获悉，全市已破获案件12起。", [("记者", 0, 2)]),
    ("各镇镇长参加会议。", [("镇长", 2, 4)]),
    ("民警与网格员共同开展走访，志愿者也参与其中。", [("民警", 0, 2), ("网格员", 3, 6), ("志愿者", 13, 16)]),
    ("组建由社区工作者、法律顾问组成的服务队。", [("社区工作者", 3, 8), ("法律顾问", 9, 13)]),
    ("中外专家学者齐聚一堂。", [("专家", 2, 4), ("学者", 4, 6)]),
    # a title inside a longer title is one mention
    ("副市长出席会议并讲话。", [("副市长", 0, 3)]),
    ("常务副市长主持会议。", [("常务副市长", 0, 5)]),
    ("局里还有一名主任科员和两名科员。", [("主任科员", 6, 10), ("科员", 13, 15)]),
    # the head of a longer word is a mention: 本报记者
    ("本报记者报道", [("记者", 2, 4)]),
    # a unit written before the title is not in the span; a lexicon title with its body is whole
    ("市公安局局长出席。", [("局长", 4, 6)]),
    ("办公室主任主持会议。", [("办公室主任", 0, 5)]),
    # a rank modifier before the title belongs to it
    ("他是公司的首席设计师。", [("首席设计师", 5, 10)]),
    # a title cut out of a longer word is none
    ("市政协委员会办公室发布通知。", []),
    ("中央书记处召开会议。", []),
    ("新华社记者站设在市中心。", []),
    ("社区长效管理机制不断完善。", []),
    ("推动城市长远发展。", []),
    ("在教师节来临之际，表彰优秀教师。", [("教师", 13, 15)]),
    ("各乡镇党委书记参加会议。", [("党委书记", 3, 7)]),     # not 镇党委书记 across 乡镇
    ("局长安排部署下一步工作。", [("局长", 0, 2)]),          # 长安 is no word here
    # a title naming a meeting, a service or a day of the post is none
    ("市委召开局长办公会，研究部署工作。", []),
    ("市民可拨打市长热线反映问题。", []),
    ("庆祝中国医师节暨表彰大会召开。", []),
    ("局长节前走访慰问困难群众。", [("局长", 0, 2)]),
    # a word that is a title only next to a name
    ("全市各成员单位要加强配合。", []),
    # inside the name of a work
    ("电影《毁灭战士》今日上映。", []),
    ("", []),
]


@pytest.mark.parametrize(("text", "expected"), MENTION_CASES)
def test_mentions(text, expected) -> None:
    assert spans(text) == expected


def official(name, titles, *starts):
    return {"name": name, "titles": titles, "mentions": [{"start": s, "end": s + len(name)} for s in starts]}


# (text, officials as the officials extractor returns them, expected (text, start, end, official))
BINDING_CASES = [
    # a chain before the name binds every piece; the unit stays out of the span
    ("会上，副市长、公安局局长宋文元讲话，各镇镇长参加。",
     [official("宋文元", ["副市长", "公安局局长"], 12)],
     [("副市长", 3, 6, "宋文元"), ("局长", 10, 12, "宋文元"), ("镇长", 20, 22, None)]),
    ("县委副书记兼政法委书记欧阳明出席。",
     [official("欧阳明", ["县委副书记", "政法委书记"], 11)],
     [("县委副书记", 0, 5, "欧阳明"), ("政法委书记", 6, 11, "欧阳明")]),
    # a title after the name
    ("王洪斌局长要求抓好落实。", [official("王洪斌", ["局长"], 0)], [("局长", 3, 5, "王洪斌")]),
    # a reporter named after the title
    ("本报记者张悦报道", [official("张悦", ["本报记者"], 4)], [("记者", 2, 4, "张悦")]),
    # a bound title is a mention even where the segmenter would read another word (长江)
    ("市长江雪梅表示", [official("江雪梅", ["市长"], 2)], [("市长", 0, 2, "江雪梅")]),
    # one title before names joined by 、: the first name
    ("副市长江雪梅、文海波出席会议。", [official("江雪梅", ["副市长"], 3), official("文海波", ["副市长"], 7)],
     [("副市长", 0, 3, "江雪梅")]),
    # a mention written as surname + title: the title inside it
    ("院长高志峰到会。高院长强调，", [{"name": "高志峰", "titles": ["院长"],
                                  "mentions": [{"start": 2, "end": 5}, {"start": 8, "end": 11}]}],
     [("院长", 0, 2, "高志峰"), ("院长", 9, 11, "高志峰")]),
    # a title the extractor did not bind stays unbound; a person's name is never a title
    ("记者李主任说", [official("李主任", [], 2)], [("记者", 0, 2, None)]),
    # 成员 counts only when bound
    ("党组成员王刚出席。各成员单位参加。", [official("王刚", ["党组成员"], 4)], [("党组成员", 0, 4, "王刚")]),
]


@pytest.mark.parametrize(("text", "officials", "expected"), BINDING_CASES)
def test_binding(text, officials, expected) -> None:
    got = extract_title_mentions(text, officials)
    assert [(m["text"], m["start"], m["end"], m["official"]) for m in got] == expected
    assert all(m["text"] == text[m["start"]:m["end"]] for m in got)


def test_bound_titles_needs_the_persons_titles() -> None:
    text = "副市长宋文元讲话。"
    assert bound_titles(text, [official("宋文元", ["副市长"], 3)]) == {0: (3, "宋文元")}
    assert bound_titles(text, [official("宋文元", [], 3)]) == {}


def test_inside_a_unit_name_is_no_mention() -> None:
    text = "市教师进修学校开展培训，教师参加。"
    units = [{"name": "市教师进修学校", "mentions": [{"start": 0, "end": 7}]}]
    assert spans(text, units=units) == [("教师", 12, 14)]


def test_document_and_articles() -> None:
    text = ("工作动态\n第3期\n禾阳市人民政府办公室编 2025年3月12日\n"
            "禾阳市召开安全生产工作会议\n3月10日，副市长王平主持召开会议，各镇镇长参加。\n"
            "记者从市应急管理局获悉，网格员累计上报隐患120处。\n")
    doc = extract_document(text.encode("utf-8"), "dynamics.txt")
    got = [(m["text"], m["official"]) for m in doc["title_mentions"]]
    assert got == [("副市长", "王平"), ("镇长", None), ("记者", None), ("网格员", None)]
    for m in doc["title_mentions"]:
        assert doc["text"][m["start"]:m["end"]] == m["text"]
    in_articles = [m for a in doc["articles"] for m in a["title_mentions"]]
    assert in_articles == [m for m in doc["title_mentions"]
                           if any(a["start"] <= m["start"] and m["end"] <= a["end"] for a in doc["articles"])]
