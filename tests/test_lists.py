"""Requirement lists: every marker style and every non-enumeration trap, with exact items.

The sentences are written for these tests (invented people and places); the seed and our corpus
are only used through their gold files.
"""

import json

import pytest
from conftest import CORPUS, SEED, SEED_GOLD, assert_valid, load_json, needs_shared
from typer.testing import CliRunner

from nlp_pipeline.cli import app
from nlp_pipeline.evaluate import aggregate, canon, run_gold, score_document, select_gold
from nlp_pipeline.extract.lists import declared_count, extract_lists, find_markers
from nlp_pipeline.extract.officials import extract_officials


def paragraphs(text):
    spans, start = [], 0
    for line in text.split("\n"):
        spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans


def run(text):
    return extract_lists(text, paragraphs(text), [(0, len(text))], extract_officials(text))


def lists_of(text):
    return [(x["speaker"], x["declared_count"], [i["text"] for i in x["items"]]) for x in run(text)[0]]


# (text, [(speaker, declared_count, [item texts])])
MARKER_CASES = [
    # 一是/二是 run on inside a paragraph; the narrative sentence after the last item is not part of it
    ("罗振华强调，一是加强组织领导；二是压实工作责任。会后，各单位进行了分组讨论。",
     [("罗振华", None, ["加强组织领导；", "压实工作责任。"])]),
    # 一要/二要/三要 separated by commas
    ("他要求，一要提高思想认识，二要狠抓工作落实，三要强化督促检查。",
     [(None, None, ["提高思想认识，", "狠抓工作落实，", "强化督促检查。"])]),
    # 第一，/第二， (the comma is not part of the item)
    ("副县长周晓峰提出两点意见：第一，摸清隐患底数；第二，建立整改台账。",
     [("周晓峰", 2, ["摸清隐患底数；", "建立整改台账。"])]),
    # 第一、/第二、
    ("周晓峰要求：第一、摸清隐患底数；第二、建立整改台账。",
     [("周晓峰", None, ["摸清隐患底数；", "建立整改台账。"])]),
    # （一）/（二） and half-width (一)
    ("局长孙立军指出：（一）严把质量关口；(二)严守安全底线。",
     [("孙立军", None, ["严把质量关口；", "严守安全底线。"])]),
    # 一、/二、 inside a paragraph; the list of a body (会议明确) has no speaker
    ("镇长吴海波主持会议。会议明确：一、做好排查工作；二、落实整改措施。",
     [(None, None, ["做好排查工作；", "落实整改措施。"])]),
    # 1./2. (full-width dot too) and 1、/2、
    ("主任郑雅琴介绍了三项做法：1.建立周例会制度；2．推行清单管理；3.实行挂牌督办。",
     [("郑雅琴", 3, ["建立周例会制度；", "推行清单管理；", "实行挂牌督办。"])]),
    ("主要做法有：1、建立周例会制度；2、推行清单管理。",
     [(None, None, ["建立周例会制度；", "推行清单管理。"])]),
    # （1）/(2) mixed widths
    ("院长钱思远提出：（1）坚守初心；(2)勇于担当；（3）甘于奉献。",
     [("钱思远", None, ["坚守初心；", "勇于担当；", "甘于奉献。"])]),
    # ①/②/③
    ("重点整治三类问题：①占道经营；②乱堆乱放；③飞线充电。此次行动为期一个月。",
     [(None, 3, ["占道经营；", "乱堆乱放；", "飞线充电。"])]),
    # 首先/其次/再次/最后 with commas, announced with 四个方面
    ("校长方启明表示，学校将从四个方面入手：首先，完善制度；其次，加强培训；再次，严格考核；最后，强化宣传。",
     [("方启明", 4, ["完善制度；", "加强培训；", "严格考核；", "强化宣传。"])]),
    # items that are separate paragraphs; an unmarked paragraph between items belongs to the item before
    ("区长何志远在会上提出以下工作：\n一是抓项目。确保年内开工。\n二是抓招商。全年引进项目十个。\n"
     "对签约项目要跟踪服务。\n三是抓环境。持续优化营商环境。\n何志远要求各部门认真落实。",
     [("何志远", None, ["抓项目。确保年内开工。", "抓招商。全年引进项目十个。\n对签约项目要跟踪服务。",
                       "抓环境。持续优化营商环境。"])]),
    # items of two sentences each: the last item takes two sentences too
    ("一要压实责任。各级要层层签订责任书；二要强化督查。对问题要限期整改；三要严肃问责。对失职的要追责。"
     "此外，会议还通报了一季度考核结果。",
     [(None, None, ["压实责任。各级要层层签订责任书；", "强化督查。对问题要限期整改；", "严肃问责。对失职的要追责。"])]),
    # 一、/二、 section headings: each section runs to the next heading, the last to the end of the text
    ("一、主要做法\n今年以来，我局加强监管。\n二、下步打算\n我局将继续加强监管。\n年底前完成验收。",
     [(None, None, ["主要做法\n今年以来，我局加强监管。", "下步打算\n我局将继续加强监管。\n年底前完成验收。"])]),
]


@pytest.mark.parametrize("text, expected", MARKER_CASES, ids=[c[0][:12] for c in MARKER_CASES])
def test_marker_styles(text, expected):
    assert lists_of(text) == expected


def test_offsets_index_the_text():
    text = MARKER_CASES[11][0]
    for lst in run(text)[0]:
        assert text[lst["items"][0]["start"] - 2:lst["items"][0]["start"]] == "一是"
        for item in lst["items"]:
            assert text[item["start"]:item["end"]] == item["text"]
        assert lst["start"] < lst["items"][0]["start"] and lst["end"] == lst["items"][-1]["end"]


# Texts with ordinal-looking words that are no enumeration: no list at all.
TRAPS = [
    "这是我县第一次举办此类活动，驻村第一书记张丽参加。",
    "第一批、第二批项目均已开工，第一时间上报。",
    "要坚持一是一、二是二的工作作风。",
    "统一是前提，唯一要做的是落实。",
    "全年完成投资1.5亿元，占比2.3%，第3期培训班已结业。",
    "一、二等奖各三名，第一、二名由专家评定。",
    "他首先介绍了情况，最后作了总结。",
    "首先，要提高认识。最后，要狠抓落实。",
    "“一图一表一单一队”机制运行良好。",
    "一是加强宣传，其他工作另行安排。",
]


@pytest.mark.parametrize("text", TRAPS)
def test_non_enumerations_start_no_list(text):
    assert run(text)[0] == []


def test_a_trap_inside_an_item_does_not_cut_it():
    text = "他提出两点要求：一是坚持一是一、二是二，实事求是；二是第一时间处置。"
    assert lists_of(text) == [(None, 2, ["坚持一是一、二是二，实事求是；", "第一时间处置。"])]


# Nesting: the outer list's item runs up to the next outer marker; the inner list is its children.
NESTED = ("局长韩卫东强调，要抓好以下工作：\n（一）抓好排查。重点做好两件事：\n1.摸清底数；\n2.建立台账。\n"
          "（二）抓好整改。对问题限期整改。\n（三）抓好督查。定期通报进展。\n韩卫东要求各单位抓好落实。")


def test_nested_list():
    lists, warnings = run(NESTED)
    outer, inner = lists
    assert [i["text"] for i in outer["items"]] == [
        "抓好排查。重点做好两件事：\n1.摸清底数；\n2.建立台账。", "抓好整改。对问题限期整改。", "抓好督查。定期通报进展。"]
    assert (outer["speaker"], outer["declared_count"], outer["nested"]) == ("韩卫东", None, False)
    assert [i["text"] for i in inner["items"]] == ["摸清底数；", "建立台账。"]
    assert (inner["speaker"], inner["declared_count"], inner["nested"]) == ("韩卫东", 2, True)
    assert [c["text"] for c in outer["items"][0]["children"]] == ["摸清底数；", "建立台账。"]
    assert outer["items"][1]["children"] == [] and warnings == []


def test_nested_list_in_the_last_item():
    text = "他要求：\n（一）抓好排查。\n（二）抓好整改，做到：\n1.立行立改；\n2.举一反三。\n会议还通报了情况。"
    outer, inner = run(text)[0]
    assert outer["items"][-1]["text"] == "抓好整改，做到：\n1.立行立改；\n2.举一反三。"
    assert inner["nested"] and [c["marker"] for c in outer["items"][-1]["children"]] == ["1.", "2."]


# Speakers
SPEAKER_CASES = [
    # the name stands sentences earlier and the list follows 她
    ("区长林慧敏指出，当前形势严峻。她强调，一是守住底线；二是压实责任。", "林慧敏"),
    # the nearest name bound to a speech verb wins, not a name inside the lead-in
    ("副区长林慧敏主持会议。区委书记陈国栋强调，要学习杨立新的经验：一是敢担当；二是善作为。", "陈国栋"),
    # a body states the list after the name: null
    ("副区长林慧敏出席会议。会议要求：一是守住底线；二是压实责任。", None),
    # the list follows a sentence without a subject (并提出…)
    ("局长王建明传达了会议精神，并提出三点要求：一是统一思想；二是明确分工；三是加强督查。", "王建明"),
    # no official in the paragraph: null
    ("今年以来，我局多措并举推进工作。一是优化流程；二是压缩时限。", None),
]


@pytest.mark.parametrize("text, speaker", SPEAKER_CASES, ids=[c[0][:12] for c in SPEAKER_CASES])
def test_speaker(text, speaker):
    (lst,) = run(text)[0]
    assert lst["speaker"] == speaker


# declared_count: (lead-in, count)
COUNT_CASES = [
    ("他提出五点要求", 5), ("提出三点意见", 3), ("重点抓好以下几项工作", None), ("从四个方面入手", 4),
    ("通过“四个一批”化解矛盾", 4), ("围绕三个关键词，重点抓好以下工作", None), ("距离年底已不足两个月，要查漏补缺", None),
    ("重点做好两件事", 2), ("采取了三项措施", 3), ("提出以下三点建议", 3), ("提出十二条措施", 12), ("提出以下几点", None),
]


@pytest.mark.parametrize("lead, count", COUNT_CASES)
def test_declared_count(lead, count):
    assert declared_count(lead, 0, len(lead)) == count


def test_declared_count_mismatch_warning():
    text = "他提出四点要求：一是统一思想；二是明确分工；三是加强督查。"
    lists, warnings = run(text)
    assert lists[0]["declared_count"] == 4
    assert [w["code"] for w in warnings] == ["declared_count_mismatch"]
    assert (warnings[0]["start"], warnings[0]["end"]) == (lists[0]["start"], lists[0]["end"])


def test_markers_only_at_clause_starts():
    text = "统一是前提，一是开展排查"
    assert [m.marker for m in find_markers(text, 0, len(text))] == ["一是"]


def test_lists_stay_inside_their_article():
    text = "一是加强领导；\n二是落实责任。"
    assert extract_lists(text, paragraphs(text), [(0, 7), (8, len(text))], [])[0] == []


# ---------------------------------------------------------------- the seed and our corpus


@needs_shared
def test_seed_lists_exactly_as_gold():
    doc = json.loads(CliRunner().invoke(app, ["extract", str(SEED)]).stdout)
    assert_valid(doc)
    gold = load_json(SEED_GOLD)["requirement_lists"]
    got = [(x["speaker"], x["declared_count"], [canon(i["text"]) for i in x["items"]])
           for x in doc["requirement_lists"]]
    assert got == [(g["speaker"], g["count"], [canon(t) for t in g["items"]]) for g in gold]
    assert [x["speaker"] for x in doc["requirement_lists"]] == ["沈明亮", "王洪斌"]
    assert doc["warnings"] == []
    # each list sits in its article, and item offsets index the text (item 4 crosses the page break)
    assert [len(a["requirement_lists"]) for a in doc["articles"]] == [0, 0, 1, 1]
    for lst in doc["requirement_lists"]:
        for item in lst["items"]:
            assert doc["text"][item["start"]:item["end"]] == item["text"]


@pytest.mark.parametrize("split, item_f1, exact, speakers", [("dev", 0.97, 0.9, 0.9), ("test", 0.97, 0.9, 0.9)])
def test_corpus_list_figures(split, item_f1, exact, speakers):
    total = aggregate(score_document(gold, run_gold(path, gold)) for path, gold in select_gold([str(CORPUS)], split))
    assert total["list_items"].f1 >= item_f1
    assert total["exact_lists"].value >= exact
    assert total["speakers"].value >= speakers
