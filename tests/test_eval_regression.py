"""Regression guard: the test part of our corpus must not score below the recorded figures."""

import datetime as dt
import json

import pytest
from conftest import CORPUS, ROOT, load_json

from nlp_pipeline import extract_document
from nlp_pipeline.evaluate import aggregate, figures, load_gold, resolve_input, score_document

BASELINE = ROOT / "corpora" / "eval_baseline.json"
TOLERANCE = 0.01


def _test_split_figures() -> dict:
    scores = []
    for path in sorted(CORPUS.glob("*.gold.json")):
        gold = load_gold(path)
        if gold.get("split") != "test":
            continue
        source = resolve_input(path, gold)
        ref = gold.get("reference_date")
        doc = extract_document(source.read_bytes(), str(source),
                               reference_date=dt.date.fromisoformat(ref) if ref else None)
        scores.append(score_document(gold, doc))
    return figures(aggregate(scores))


@pytest.fixture(scope="module")
def current():
    return _test_split_figures()


@pytest.mark.parametrize("metric", sorted(load_json(BASELINE)["test"]))
def test_no_figure_drops(current, metric):
    recorded = load_json(BASELINE)["test"][metric]
    now = current[metric].get("f1", current[metric].get("rate"))
    if recorded is None:
        return
    assert now is not None and now >= recorded - TOLERANCE, (
        f"{metric}: {now} < recorded {recorded} - {TOLERANCE}; see `make eval`")


def test_baseline_is_json():
    assert json.loads(BASELINE.read_text(encoding="utf-8"))["test"]
