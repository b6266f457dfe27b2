"""The scorer on hand-made gold and predictions, with exact figures."""

import json

import pytest
from typer.testing import CliRunner

from nlp_pipeline.cli import app
from nlp_pipeline.evaluate import aggregate, canon, figures, item_key, score_document

GOLD = {
    "bulletin": {"title": "工作简报", "edition": None, "issue_number": 3, "issuers": ["县政府办公室"],
                 "date": "2025-01-05"},
    "articles": [{"column": None, "title": "县里召开会议", "source_unit": "县政府办"},
                 {"column": None, "title": "镇里开展活动", "source_unit": None}],
    "officials": [{"name": "王洪斌", "titles": ["市局党组书记", "局长"]}, {"name": "龚婷瑜", "titles": ["纪检组长"]}],
    "units": ["市国税局", "人教科", "纳服科"],
    "units_optional": ["各科室", "市局"],
    "dates": [{"text": "10月20日", "value": "2014-10-20"}, {"text": "下周", "value": "2014-10-27/2014-11-02"},
              {"text": "10月20日", "value": "2014-10-20"}],
    "requirement_lists": [
        {"speaker": "王洪斌", "count": 2, "items": ["做好宣传发动工作，要求通知到各科室；", "加强组织领导。"]},
        {"speaker": None, "count": None, "items": ["甲项工作要抓紧；", "乙项工作要落实。"]},
    ],
    "meetings": [
        {"name": "全县安全生产工作会议", "kind": "工作会议", "date": "2025-01-04", "host": "王洪斌",
         "speakers": ["王洪斌", "龚婷瑜"], "attendees": ["县应急管理局"], "place": None},
        {"name": "座谈会", "kind": "座谈会", "date": "2025-01-05", "host": None, "speakers": [], "attendees": [],
         "place": "县行政中心"},
    ],
}

PRED = {
    "bulletin": {"title": "工作简报", "edition": None, "issue_number": 3, "issuers": ["县政府办公室"],
                 "date": "2025-01-06"},
    "articles": [{"column": None, "title": "县里召开会议", "source_unit": "县政府办"},
                 {"column": None, "title": "镇里开展活动", "source_unit": "青石镇"},
                 {"column": None, "title": "多出来的", "source_unit": None}],
    "officials": [{"name": "王洪斌", "titles": ["局长"]}, {"name": "龚婷", "titles": ["纪检组长"]}],
    "units": [{"name": "市国税局"}, {"name": "市局"}, {"name": "各部门"}],
    "dates": [{"text": "10 月 20 日", "value": "2014-10-20"}, {"text": "下周", "value": "2014-10-20/2014-10-26"},
              {"text": "上午9时", "value": "2014-10-20"}],
    "requirement_lists": [
        {"speaker": "王洪斌", "items": [{"text": "做好宣传发动工作,要求通知到各科室;"}, {"text": "加强组织领导。"}]},
        {"speaker": "龚婷瑜", "items": [{"text": "甲项工作要抓紧；"}]},
    ],
    "meetings": [
        # matched by name; speakers compared as sets; attendees missing
        {"name": "全县安全生产工作会议", "kind": "工作会议", "date": "2025-01-04", "host": "王洪斌",
         "speakers": ["龚婷瑜", "王洪斌"], "attendees": [], "place": None},
        # matched by kind and date, every field right
        {"name": "专题座谈会", "kind": "座谈会", "date": "2025-01-05", "host": None, "speakers": [],
         "attendees": [], "place": "县行政中心"},
        {"name": "表彰大会", "kind": "表彰大会", "date": None, "host": None, "speakers": [], "attendees": [],
         "place": None},
    ],
}


def fig():
    return figures(aggregate([score_document(GOLD, PRED)]))


@pytest.mark.parametrize(("metric", "expected"), [
    ("officials", {"precision": 0.5, "recall": 0.5, "f1": 0.5, "tp": 1, "fp": 1, "fn": 1}),
    ("official_titles", {"precision": 0.5, "recall": 0.3333, "f1": 0.4, "tp": 1, "fp": 1, "fn": 2}),
    # 市局 is optional (neutral); 各部门 is spurious
    ("units", {"precision": 0.5, "recall": 0.3333, "f1": 0.4, "tp": 1, "fp": 1, "fn": 2}),
    # spaces ignored; the repeated gold date is one fact
    ("date_texts", {"precision": 0.6667, "recall": 1.0, "f1": 0.8, "tp": 2, "fp": 1, "fn": 0}),
    ("date_values", {"precision": 0.3333, "recall": 0.5, "f1": 0.4, "tp": 1, "fp": 2, "fn": 1}),
    # items by their first 8 characters without punctuation: ASCII/Chinese punctuation agree
    ("list_items", {"precision": 1.0, "recall": 0.75, "f1": 0.8571, "tp": 3, "fp": 0, "fn": 1}),
    ("exact_lists", {"rate": 0.5, "hits": 1, "total": 2}),
    ("speakers", {"rate": 0.5, "hits": 1, "total": 2}),
    # the first list announces 2 and the prediction none; the second announces none, as predicted
    ("declared_counts", {"rate": 0.5, "hits": 1, "total": 2}),
    ("meetings", {"precision": 0.6667, "recall": 1.0, "f1": 0.8, "tp": 2, "fp": 1, "fn": 0}),
    ("meeting_fields", {"rate": 0.9167, "hits": 11, "total": 12}),
    ("masthead", {"rate": 0.8, "hits": 4, "total": 5}),
    ("articles", {"rate": 0.3333, "hits": 1, "total": 3}),
])
def test_scorer_figures(metric, expected):
    assert fig()[metric] == expected


def test_no_predictions_is_f1_zero_and_no_gold_is_undefined():
    f = figures(aggregate([score_document({"officials": [{"name": "王平", "titles": []}], "units": []},
                                          {"officials": [], "units": []})]))
    assert f["officials"] == {"precision": None, "recall": 0.0, "f1": 0.0, "tp": 0, "fp": 0, "fn": 1}
    assert f["units"] == {"precision": None, "recall": None, "f1": None, "tp": 0, "fp": 0, "fn": 0}


def test_micro_average_over_documents():
    a = score_document({"units": ["甲局", "乙局"]}, {"units": [{"name": "甲局"}]})
    b = score_document({"units": ["丙局"]}, {"units": [{"name": "丙局"}, {"name": "丁局"}]})
    assert figures(aggregate([a, b]))["units"] == {"precision": 0.6667, "recall": 0.6667, "f1": 0.6667,
                                                    "tp": 2, "fp": 1, "fn": 1}


@pytest.mark.parametrize(("text", "key"), [("做好宣传发动工作，要求", "做好宣传发动工作"), ("（一）加 强 领导。", "一加强领导"),
                                           ("ＡＢ，１２", "AB12")])
def test_item_key(text, key):
    assert item_key(text) == key


def test_canon():
    assert canon(" 市 国税局\n") == "市国税局"
    assert canon("（１）") == "(1)"


def test_evaluate_command(tmp_path):
    text = "工作简报\n第3期\n县政府办公室\n2025年1月5日\n县里召开会议\n1月3日，县里召开会议。\n（县政府办）\n"
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    gold = {"id": "t", "split": "test", "input": {"path": "a.txt"}, "reference_date": None,
            "bulletin": {"title": "工作简报", "issue_number": 3, "issuers": ["县政府办公室"], "date": "2025-01-05"},
            "articles": [{"column": None, "title": "县里召开会议", "source_unit": "县政府办"}],
            "dates": [{"text": "2025年1月5日", "value": "2025-01-05"}, {"text": "1月3日", "value": "2025-01-03"}]}
    (tmp_path / "a.gold.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "fig.json"
    result = CliRunner().invoke(app, ["evaluate", str(tmp_path), "--split", "test", "--misses", "--json", str(out)])
    assert result.exit_code == 0, result.output
    assert "masthead" in result.stdout and "articles" in result.stdout
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["documents"] == 1
    assert report["figures"]["masthead"] == {"rate": 1.0, "hits": 4, "total": 4}
    assert report["figures"]["articles"]["rate"] == 1.0
    assert report["figures"]["date_values"]["f1"] == 1.0
    # the other split selects nothing: exit 1
    assert CliRunner().invoke(app, ["evaluate", str(tmp_path), "--split", "dev"]).exit_code == 1
