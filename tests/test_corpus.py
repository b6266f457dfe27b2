"""Our own annotated bulletins (corpora/bulletins): every structure field exactly, every form the same text."""

import json
from pathlib import Path

import pytest
from conftest import CORPUS, ROOT, assert_valid, load_json

from nlp_pipeline import extract_document

GOLDS = sorted(CORPUS.glob("*.gold.json"))
BULLETIN_FIELDS = ("title", "edition", "issue", "issue_number", "issue_total", "issuers", "date", "toc")
TAIL_FIELDS = ("submitted_to", "copied_to", "sent_to", "copies")


def extract(path: Path) -> dict:
    doc = extract_document(path.read_bytes(), str(path.relative_to(ROOT)))
    assert_valid(doc)
    return doc


def test_corpus_is_big_enough():
    assert len(GOLDS) >= 12


@pytest.mark.parametrize("gold_path", GOLDS, ids=lambda p: p.name.split(".")[0])
def test_structure_exact(gold_path):
    gold = load_json(gold_path)
    doc = extract(ROOT / gold["input"]["path"])
    got = {k: doc["bulletin"][k] for k in BULLETIN_FIELDS}
    assert got == {k: gold["bulletin"][k] for k in BULLETIN_FIELDS}
    tail = doc["bulletin"]["tail"]
    gold_tail = gold["bulletin"]["tail"]
    assert (None if tail is None else {k: tail[k] for k in TAIL_FIELDS}) == gold_tail
    articles = [{k: a[k] for k in ("column", "title", "source_unit")} for a in doc["articles"]]
    assert articles == gold["articles"]


FORMS = [(g, form) for g in GOLDS for form in load_json(g).get("forms", [])]


@pytest.mark.parametrize(("gold_path", "form"), FORMS, ids=[Path(f).name for _, f in FORMS])
def test_other_forms_give_the_same_text(gold_path, form):
    gold = load_json(gold_path)
    text_form = extract(ROOT / gold["input"]["path"])
    other = extract(ROOT / form)
    assert other["source"]["format"] == Path(form).suffix.lstrip(".")
    assert other["text"] == text_form["text"]
    assert other["bulletin"] == text_form["bulletin"]
    assert [{k: a[k] for k in ("column", "title", "source_unit")} for a in other["articles"]] == gold["articles"]


def test_gold_files_are_json_with_inputs():
    for g in GOLDS:
        gold = json.loads(g.read_text(encoding="utf-8"))
        assert (ROOT / gold["input"]["path"]).exists(), g
