from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from nlp_pipeline.schema import json_schema

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seed" / "000_630ea70566b667be.txt"
SEED_GOLD = SHARED / "seed" / "000_630ea70566b667be.gold.json"
CORPUS = ROOT / "corpora" / "bulletins"

needs_shared = pytest.mark.skipif(not SHARED.exists(), reason="../shared is not present on this machine")

_VALIDATOR = jsonschema.Draft202012Validator(json_schema())


def assert_valid(record: dict) -> None:
    """Every output the tests see must validate against the shipped schema, offsets included."""
    errors = sorted(_VALIDATOR.iter_errors(record), key=lambda e: list(e.path))
    assert not errors, "; ".join(f"{list(e.path)}: {e.message}" for e in errors[:5])
    if "text" in record:
        n = len(record["text"])
        for art in record["articles"]:
            assert 0 <= art["start"] <= art["body_start"] <= art["end"] <= n
        for p in record["paragraphs"]:
            assert 0 <= p["start"] <= p["end"] <= n
        for d in record["dates"]:
            assert record["text"][d["start"]:d["end"]] == d["text"]


def load_json(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))
