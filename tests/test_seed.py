"""The seed bulletin (a real PDF extraction) against its gold annotation."""

import json

from conftest import SEED, SEED_GOLD, assert_valid, load_json, needs_shared
from typer.testing import CliRunner

from nlp_pipeline.cli import app


@needs_shared
def test_seed_bulletin_and_articles_exact():
    result = CliRunner().invoke(app, ["extract", str(SEED)])
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert_valid(doc)
    gold = load_json(SEED_GOLD)
    assert {k: doc["bulletin"][k] for k in gold["bulletin"]} == gold["bulletin"]
    got = [{k: a[k] for k in ("column", "title", "source_unit")} for a in doc["articles"]]
    assert got == gold["articles"]
    assert doc["source"]["encoding"] == "utf-8"
    assert doc["bulletin"]["toc"] == [a["title"] for a in gold["articles"]]


@needs_shared
def test_seed_text_repairs():
    doc = json.loads(CliRunner().invoke(app, ["extract", str(SEED)]).stdout)
    text = doc["text"]
    assert "人口管理大队和开发区派出所等5家单位" in text          # joined across the page break
    assert "四是做好台账工作，要求相关人员根据测评项目" in text    # list item joined across the page break
    assert "市国税局于10月20日召开" in text                      # extraction spaces gone
    assert "我市细化分工密切配合 加快形成迎检工作合力" in text    # the author's space kept
    assert doc["dates"][0] == {"text": "2014年10月23日", "value": "2014-10-23", "start": 72 - 11, "end": 72,
                               "part_of_day": None}


@needs_shared
def test_seed_dates_exact():
    """Every date of the gold with exactly its value, and nothing else."""
    doc = json.loads(CliRunner().invoke(app, ["extract", str(SEED)]).stdout)
    gold = {(d["text"], d["value"]) for d in load_json(SEED_GOLD)["dates"]}
    assert {(d["text"], d["value"]) for d in doc["dates"]} == gold
    parts = {d["text"]: d["part_of_day"] for d in doc["dates"]}
    assert (parts["10月20日下午"], parts["10月22日上午"]) == ("afternoon", "morning")


@needs_shared
def test_seed_officials_exact_and_every_unit_found():
    doc = json.loads(CliRunner().invoke(app, ["extract", str(SEED)]).stdout)
    gold = load_json(SEED_GOLD)
    assert [(o["name"], o["titles"]) for o in doc["officials"]] == [(o["name"], o["titles"])
                                                                    for o in gold["officials"]]
    found = {u["name"] for u in doc["units"]}
    assert set(gold["units"]) <= found
    # nothing found that the gold calls neither a unit nor an optional one, except 督查组 (of 联合督查组)
    assert found - set(gold["units"]) - set(gold["units_optional"]) == {"督查组"}


@needs_shared
def test_seed_short_unit_forms_link_to_their_full_form():
    doc = json.loads(CliRunner().invoke(app, ["extract", str(SEED)]).stdout)
    links = {u["name"]: u["refers_to"] for u in doc["units"] if u.get("refers_to")}
    assert links == {"公安局": "市公安局", "市局": "市国税局", "国税局": "市国税局"}
