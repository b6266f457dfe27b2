"""Meetings: composed articles (invented people and places) with exact expected meetings."""

import datetime as dt

import pytest
from conftest import CORPUS, assert_valid

from nlp_pipeline.evaluate import canon, run_gold, select_gold
from nlp_pipeline.extract.meetings import extract_meetings, kinds
from nlp_pipeline.extract.officials import extract_officials
from nlp_pipeline.pipeline import extract_document

FIELDS = ("name", "kind", "date", "host", "speakers", "attendees", "place")


def meetings_of(text):
    doc = extract_document(text.encode("utf-8"), "meeting.txt", reference_date=dt.date(2025, 11, 3))
    assert_valid(doc)
    assert doc["meetings"] == [m for a in doc["articles"] for m in a["meetings"]]
    return [{k: m[k] for k in FIELDS} for m in doc["meetings"]]


PROMOTION = (
    "青川县召开秋季森林防火工作推进会\n"
    "10月15日上午，青川县在县应急指挥中心召开秋季森林防火工作推进会。县委副书记、县长唐志远出席会议并讲话，"
    "副县长杜晓梅主持会议，县林业局局长常宏通报了前期工作情况。县林业局、县应急管理局、县消防救援大队负责同志，"
    "各乡镇分管负责同志参加会议。\n"
    "会议传达了全市森林防火工作会议精神。唐志远强调，各地要克服麻痹思想，确保不发生重大火情。\n"
    "杜晓梅要求，各乡镇要于本周五前上报排查情况。\n"
)


def test_a_promotion_meeting():
    assert meetings_of(PROMOTION) == [{
        "name": "秋季森林防火工作推进会", "kind": "推进会", "date": "2025-10-15", "host": "杜晓梅",
        "speakers": ["唐志远", "常宏", "杜晓梅"], "attendees": ["唐志远", "县林业局", "县应急管理局", "县消防救援大队"],
        "place": "县应急指挥中心"}]


SYMPOSIUM = (
    "市中院召开知识产权审判工作座谈会\n"
    "11月2日下午，知识产权审判工作座谈会在市中院第二会议室召开。会议由市中院党组成员、副院长宁卫平主持，"
    "市科技局党组书记、局长邬海涛，市市场监管局副局长管丽出席会议并讲话。\n"
    "宁院长要求，要加强类案研究，统一裁判尺度。与会人员表示，每季度召开一次联席会议。\n"
)


def test_a_symposium_with_a_shared_predicate_and_a_surname_title_reference():
    assert meetings_of(SYMPOSIUM) == [{
        "name": "知识产权审判工作座谈会", "kind": "座谈会", "date": "2025-11-02", "host": "宁卫平",
        "speakers": ["邬海涛", "管丽", "宁卫平"], "attendees": ["邬海涛", "管丽"], "place": "市中院第二会议室"}]


EXECUTIVE = (
    "区政府召开第18次常务会议\n"
    "10月30日，区长骆文斌主持召开区政府第18次常务会议，研究冬季安全生产工作。副区长褚明、甘小燕出席会议。\n"
    "骆文斌指出，要压实各方责任。\n"
)


def test_an_executive_meeting_named_by_its_shortest_mention():
    assert meetings_of(EXECUTIVE) == [{
        "name": "第18次常务会议", "kind": "常务会议", "date": "2025-10-30", "host": "骆文斌",
        "speakers": ["骆文斌"], "attendees": ["褚明", "甘小燕"], "place": None}]


# Articles that report no meeting: only cited ones, a meeting room, a future or recurring meeting.
NO_MEETING = [
    "县委书记秦立调研防汛工作\n8月5日，县委书记秦立到石门水库调研，要求贯彻全市防汛工作会议精神。\n",
    "我局完善会商机制\n今年以来，我局每季度召开一次联席会议，在局机关会议室集中研判风险。\n",
    "我市部署冬季供暖工作\n会议要求，各县区要在11月15日前完成供暖设施检修，下月召开专题会议研究具体办法。\n",
]


@pytest.mark.parametrize("text", NO_MEETING, ids=["cited", "recurring", "future"])
def test_no_meeting(text):
    assert meetings_of(text) == []


def test_kind_table_is_longest_first_and_has_the_heads():
    table = kinds()
    assert {"推进会", "座谈会", "专题会议", "常务会议", "工作会议", "调度会", "动员会", "表彰大会"} <= set(table)
    assert table.index("表彰大会") < table.index("大会") and table.index("专题会议") < table.index("会议")


def test_surname_title_needs_one_official():
    # 高局长 could be either: a mention of neither (the speaker of what follows stays unknown)
    text = "局长高立、局长高明出席。高局长说，要抓落实。"
    assert [(o["name"], len(o["mentions"])) for o in extract_officials(text)] == [("高立", 1), ("高明", 1)]


def test_no_articles_means_no_meetings():
    assert extract_meetings("", [], [], dates=[], officials=[], units=[]) == []


def test_corpus_meetings():
    """Our gold meetings (dev and test): every one found, nothing spurious, fields mostly right."""
    gold_n = found = right = fields = 0
    for path, gold in select_gold([str(CORPUS)]):
        pred = run_gold(path, gold)["meetings"]
        gold_n += len(gold.get("meetings", []))
        found += min(len(pred), len(gold.get("meetings", [])))
        assert len(pred) == len(gold.get("meetings", [])), path.name
        for g, p in zip(gold.get("meetings", []), pred, strict=False):
            for f in FIELDS:
                fields += 1
                same = [canon(x) for x in p[f]] == [canon(x) for x in g[f]] if isinstance(g[f], list) else (
                    canon(p[f]) == canon(g[f]) if isinstance(g[f], str) else p[f] == g[f])
                right += same
    assert found == gold_n and right / fields >= 0.9
