"""Regression guard: the test part of our corpus must not score below the recorded figures."""

import json

import pytest
from conftest import CORPUS, ROOT, load_json

from nlp_pipeline.evaluate import aggregate, figures, run_gold, score_document, select_gold

BASELINE = ROOT / "corpora" / "eval_baseline.json"
TOLERANCE = 0.01


def _test_split_figures() -> dict:
    return figures(aggregate(score_document(gold, run_gold(path, gold)) for path, gold in select_gold([str(CORPUS)], "test")))


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
