"""Scoring the pipeline against gold files (format: ``corpora/ANNOTATION.md``).

Pure functions: :func:`score_document` compares one gold dict with one output dict and returns
counts; :func:`aggregate` sums them (micro-averaged) into the figures the ``evaluate`` command
prints. Every comparison ignores whitespace and uses NFKC, so ``,``/``，`` never matters.

Metrics (``METRICS``, in print order):

- ``officials``: person names; ``official_titles``: (name, title) pairs;
- ``units``: unit names; a prediction listed in ``units_optional`` counts neither way;
- ``date_texts``: distinct date expressions; ``date_values``: distinct (text, value) pairs (the
  seed gold lists a date written twice with one value once);
- ``list_items``: requirement-list items matched by their first 8 characters with punctuation and
  spaces removed; ``exact_lists``: share of gold lists reproduced item for item;
  ``speakers``: share of gold lists whose matched prediction names the same speaker;
  ``declared_counts``: the same for the announced count (提出五点要求 → 5, else null);
- ``meetings``: meetings matched by name (else by kind and date); ``meeting_fields``: share of the
  fields kind, date, host, speakers, attendees, place (the last three as sets) of matched gold
  meetings that are reproduced;
- ``masthead``: share of gold masthead fields (title, edition, issue_number, issuers, date)
  reproduced; ``articles``: share of gold articles whose (column, title, source_unit) is reproduced
  at the same position.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

PRF_METRICS = ("officials", "official_titles", "units", "date_texts", "date_values", "list_items", "meetings")
RATE_METRICS = ("exact_lists", "speakers", "declared_counts", "meeting_fields", "masthead", "articles")
MEETING_FIELDS = ("kind", "date", "host", "speakers", "attendees", "place")
METRICS = PRF_METRICS + RATE_METRICS
MASTHEAD_FIELDS = ("title", "edition", "issue_number", "issuers", "date")
ITEM_KEY_CHARS = 8
PUNCT_OR_SPACE = re.compile(r"[\s\W_]+", re.UNICODE)


def canon(text: str | None) -> str:
    """NFKC, no whitespace: the form every comparison uses."""
    if text is None:
        return ""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def item_key(text: str) -> str:
    """A list item's identity: its first 8 characters without punctuation or spaces."""
    return PUNCT_OR_SPACE.sub("", unicodedata.normalize("NFKC", text))[:ITEM_KEY_CHARS]


@dataclass
class Counts:
    """True positives, false positives, false negatives, and what they were."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    missed: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.missed += other.missed
        self.spurious += other.spurious

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        if self.tp == 0:
            return 0.0 if self.fp + self.fn else None
        p, r = self.tp / (self.tp + self.fp), self.tp / (self.tp + self.fn)
        return 2 * p * r / (p + r)


@dataclass
class Rate:
    """A share: ``hits`` out of ``total``, with the misses named."""

    hits: int = 0
    total: int = 0
    missed: list[str] = field(default_factory=list)

    def add(self, other: Rate) -> None:
        self.hits += other.hits
        self.total += other.total
        self.missed += other.missed

    @property
    def value(self) -> float | None:
        return self.hits / self.total if self.total else None


def compare_multisets(gold: Iterable[str], pred: Iterable[str], neutral: Iterable[str] = ()) -> Counts:
    """Multiset comparison; predictions in ``neutral`` (and not in gold) are ignored.

    >>> c = compare_multisets(["甲", "乙", "乙"], ["乙", "丙", "丁"], neutral=["丁"])
    >>> (c.tp, c.fp, c.fn, c.missed, c.spurious)
    (1, 1, 2, ['乙', '甲'], ['丙'])
    """
    g, p = Counter(gold), Counter(pred)
    neutral_set = set(neutral)
    both = g & p
    missed = g - p
    spurious = Counter({k: n for k, n in (p - g).items() if k not in neutral_set})
    return Counts(tp=sum(both.values()), fp=sum(spurious.values()), fn=sum(missed.values()),
                  missed=sorted(missed.elements()), spurious=sorted(spurious.elements()))


def _pred_officials(doc: dict[str, Any]) -> list[dict[str, Any]]:
    return doc.get("officials") or []


def _pred_units(doc: dict[str, Any]) -> list[str]:
    return [u["name"] for u in doc.get("units") or []]


def score_document(gold: dict[str, Any], doc: dict[str, Any]) -> dict[str, Counts | Rate]:
    """Compare one gold annotation with one pipeline output."""
    out: dict[str, Counts | Rate] = {}
    if "officials" in gold:
        out["officials"] = compare_multisets(
            {canon(o["name"]) for o in gold["officials"]}, {canon(o["name"]) for o in _pred_officials(doc)})
        out["official_titles"] = compare_multisets(
            {f"{canon(o['name'])}:{canon(t)}" for o in gold["officials"] for t in o["titles"]},
            {f"{canon(o['name'])}:{canon(t)}" for o in _pred_officials(doc) for t in o.get("titles", [])})
    if "units" in gold:
        out["units"] = compare_multisets({canon(u) for u in gold["units"]}, {canon(u) for u in _pred_units(doc)},
                                         neutral={canon(u) for u in gold.get("units_optional", [])})
    if "dates" in gold:
        pred_dates = doc.get("dates") or []
        # Sets, as in the seed gold: a date written twice with the same value is one fact.
        out["date_texts"] = compare_multisets({canon(d["text"]) for d in gold["dates"]},
                                              {canon(d["text"]) for d in pred_dates})
        out["date_values"] = compare_multisets({f"{canon(d['text'])}={d['value']}" for d in gold["dates"]},
                                               {f"{canon(d['text'])}={d['value']}" for d in pred_dates})
    if "requirement_lists" in gold:
        out.update(_score_lists(gold["requirement_lists"], doc.get("requirement_lists") or []))
    if "meetings" in gold:
        out.update(_score_meetings(gold["meetings"], doc.get("meetings") or []))
    if gold.get("bulletin"):
        out["masthead"] = _score_masthead(gold["bulletin"], doc.get("bulletin") or {})
    if "articles" in gold:
        out["articles"] = _score_articles(gold["articles"], doc.get("articles") or [])
    return out


def _score_lists(gold_lists: list[dict[str, Any]], pred_lists: list[dict[str, Any]]) -> dict[str, Counts | Rate]:
    gold_items = [item_key(t) for lst in gold_lists for t in lst["items"]]
    pred_items = [item_key(it["text"]) for lst in pred_lists for it in lst["items"]]
    exact, speakers, counts = Rate(), Rate(), Rate()
    used: set[int] = set()
    for lst in gold_lists:
        keys = [item_key(t) for t in lst["items"]]
        label = (keys[0] if keys else "") + "…"
        exact.total += 1
        speakers.total += 1
        counts.total += 1
        match = next((k for k, p in enumerate(pred_lists) if k not in used and p["items"]
                      and item_key(p["items"][0]["text"]) == (keys[0] if keys else None)), None)
        if match is None:
            exact.missed.append(label)
            speakers.missed.append(f"{label} (list not found)")
            counts.missed.append(f"{label} (list not found)")
            continue
        used.add(match)
        pred = pred_lists[match]
        if [canon(it["text"]) for it in pred["items"]] == [canon(t) for t in lst["items"]]:
            exact.hits += 1
        else:
            exact.missed.append(label)
        if canon(pred.get("speaker")) == canon(lst.get("speaker")):
            speakers.hits += 1
        else:
            speakers.missed.append(f"{label} speaker {pred.get('speaker')!r} != {lst.get('speaker')!r}")
        if pred.get("declared_count") == lst.get("count"):
            counts.hits += 1
        else:
            counts.missed.append(f"{label} count {pred.get('declared_count')!r} != {lst.get('count')!r}")
    return {"list_items": compare_multisets(gold_items, pred_items), "exact_lists": exact, "speakers": speakers,
            "declared_counts": counts}


def _meeting_value(meeting: dict[str, Any], key: str) -> Any:
    value = meeting.get(key)
    if key in ("speakers", "attendees"):
        return sorted({canon(v) for v in value or []})
    return canon(value) if isinstance(value, str) else value


def _score_meetings(gold: list[dict[str, Any]], pred: list[dict[str, Any]]) -> dict[str, Counts | Rate]:
    """Meetings matched by name, else by (kind, date); then field by field."""
    found = Counts()
    fields = Rate()
    free = list(range(len(pred)))
    for meeting in gold:
        label = meeting.get("name") or f"{meeting.get('kind')}@{meeting.get('date')}"
        match = next((k for k in free if canon(pred[k].get("name")) == canon(meeting.get("name"))), None)
        if match is None:
            match = next((k for k in free if (pred[k].get("kind"), pred[k].get("date"))
                          == (meeting.get("kind"), meeting.get("date"))), None)
        if match is None:
            found.fn += 1
            found.missed.append(label)
            continue
        free.remove(match)
        found.tp += 1
        for key in MEETING_FIELDS:
            fields.total += 1
            want, got = _meeting_value(meeting, key), _meeting_value(pred[match], key)
            if want == got:
                fields.hits += 1
            else:
                fields.missed.append(f"{label} {key}: {got!r} != {want!r}")
    found.fp = len(free)
    found.spurious = sorted(pred[k].get("name") or "?" for k in free)
    return {"meetings": found, "meeting_fields": fields}


def _score_masthead(gold: dict[str, Any], pred: dict[str, Any]) -> Rate:
    rate = Rate()
    for key in MASTHEAD_FIELDS:
        if key not in gold:
            continue
        rate.total += 1
        g, p = gold[key], pred.get(key)
        same = ([canon(x) for x in g] == [canon(x) for x in p or []]) if isinstance(g, list) else (
            canon(str(g)) == canon(str(p)) if g is not None and p is not None else g == p)
        if same:
            rate.hits += 1
        else:
            rate.missed.append(f"{key}: {p!r} != {g!r}")
    return rate


def _score_articles(gold: list[dict[str, Any]], pred: list[dict[str, Any]]) -> Rate:
    rate = Rate(total=max(len(gold), len(pred)))
    for k, g in enumerate(gold):
        p = pred[k] if k < len(pred) else {}
        if all(canon(g.get(f)) == canon(p.get(f)) for f in ("column", "title", "source_unit")):
            rate.hits += 1
        else:
            rate.missed.append(f"#{k + 1} {p.get('title')!r} != {g.get('title')!r}")
    rate.missed += [f"#{k + 1} spurious {p.get('title')!r}" for k, p in enumerate(pred) if k >= len(gold)]
    return rate


def aggregate(scores: Iterable[dict[str, Counts | Rate]]) -> dict[str, Counts | Rate]:
    total: dict[str, Counts | Rate] = {m: Counts() for m in PRF_METRICS}
    total.update({m: Rate() for m in RATE_METRICS})
    for doc_scores in scores:
        for metric, value in doc_scores.items():
            total[metric].add(value)  # type: ignore[arg-type]
    return total


def figures(total: dict[str, Counts | Rate]) -> dict[str, dict[str, Any]]:
    """Machine-readable figures: P/R/F1 and counts, or the rate and its counts."""
    out: dict[str, dict[str, Any]] = {}
    for metric in METRICS:
        v = total[metric]
        if isinstance(v, Counts):
            out[metric] = {"precision": _round(v.precision), "recall": _round(v.recall), "f1": _round(v.f1),
                           "tp": v.tp, "fp": v.fp, "fn": v.fn}
        else:
            out[metric] = {"rate": _round(v.value), "hits": v.hits, "total": v.total}
    return out


def _round(x: float | None) -> float | None:
    return None if x is None else round(x, 4)


def format_table(total: dict[str, Counts | Rate], title: str) -> str:
    def pct(x: float | None) -> str:
        return "    —" if x is None else f"{x:5.3f}"

    lines = [title, f"{'metric':<16} {'P':>6} {'R':>6} {'F1':>6}   {'tp':>5} {'fp':>5} {'fn':>5}"]
    for metric in PRF_METRICS:
        c = total[metric]
        assert isinstance(c, Counts)
        lines.append(f"{metric:<16} {pct(c.precision):>6} {pct(c.recall):>6} {pct(c.f1):>6}   "
                     f"{c.tp:>5} {c.fp:>5} {c.fn:>5}")
    for metric in RATE_METRICS:
        r = total[metric]
        assert isinstance(r, Rate)
        lines.append(f"{metric:<16} {'':>6} {'':>6} {pct(r.value):>6}   {r.hits:>5} of {r.total}")
    return "\n".join(lines)


def format_misses(name: str, scores: dict[str, Counts | Rate]) -> str:
    lines = [f"== {name}"]
    for metric in METRICS:
        v = scores.get(metric)
        if v is None:
            continue
        if isinstance(v, Counts):
            lines += [f"  {metric} missed: {m}" for m in v.missed]
            lines += [f"  {metric} spurious: {s}" for s in v.spurious]
        else:
            lines += [f"  {metric} wrong: {m}" for m in v.missed]
    return "\n".join(lines)


# ---------------------------------------------------------------- gold files

def find_gold_files(paths: Iterable[str]) -> list[Path]:
    files: list[Path] = []
    for raw in paths:
        p = Path(raw)
        files += sorted(p.rglob("*.gold.json")) if p.is_dir() else [p]
    return files


def load_gold(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


def select_gold(paths: Iterable[str], split: str | None = None) -> Iterator[tuple[Path, dict[str, Any]]]:
    """Gold files under ``paths`` (files or folders), with their content; only ``split`` if given."""
    for path in find_gold_files(paths):
        gold = load_gold(path)
        if split is None or gold.get("split") == split:
            yield path, gold


def run_gold(path: Path, gold: dict[str, Any]) -> dict[str, Any]:
    """The pipeline's output for a gold file's input, with the gold's reference date.

    Raises OSError/KeyError/ValueError for a gold file that points nowhere, and
    :class:`~nlp_pipeline.errors.InputError` for an input the pipeline refuses.
    """
    from .pipeline import extract_document

    source = resolve_input(path, gold)
    ref = gold.get("reference_date")
    return extract_document(source.read_bytes(), str(source),
                            reference_date=dt.date.fromisoformat(ref) if ref else None)


def resolve_input(gold_path: Path, gold: dict[str, Any]) -> Path:
    """The gold's ``input.path``, relative to the gold file's folder or any folder above it."""
    rel = Path(gold["input"]["path"])
    if rel.is_absolute():
        return rel
    for base in [gold_path.resolve().parent, *gold_path.resolve().parents]:
        candidate = base / rel
        if candidate.exists():
            return candidate
        candidate = base / rel.name
        if candidate.exists() and base == gold_path.resolve().parent:
            return candidate
    raise FileNotFoundError(f"{gold_path}: input {rel} not found next to it or above it")
