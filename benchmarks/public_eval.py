"""Public benchmarks: our pipeline next to a plain-jieba baseline on the same text.

    .venv/bin/python benchmarks/public_eval.py [--limit N] [--every K] [--json FILE] [--ablation]

(``make eval-public``.) The data sets live outside the repository, in ``../shared/datasets`` (or
``--datasets DIR``); they are research-licensed and never copied here. Without them the script
prints one line and exits 0. Every figure is printed next to its baseline, computed on exactly the
same input text.

**PFR 1998** (People's Daily, January 1998, POS-tagged). Gold spans, in the paragraph's raw text
(its words joined, nothing between them):

- person: the ``nr`` tokens (also inside bracketed compounds). A run of adjacent ``nr`` tokens is
  cut into persons by :func:`group_person_tokens`: a token of at most 2 characters followed by one
  of at most 2 is one person (surname + given name: ``江/nr 泽民/nr``, ``欧阳/nr 山尊/nr``), any
  other token is a person alone (``克林顿/nr``). A list of names with no separator
  (``李/nr 鹏/nr 乔/nr 石/nr``) gives two persons.
- organisation: a ``[...]nt`` compound, or an ``nt`` token outside any compound.
- time: a maximal run of adjacent ``t`` tokens (``１２月/t ３１日/t`` is one span).

A person mention of ours written as a surname and a title (江主席, 高院长: the contract's mention
covers both) is compared by its surname, the span PFR tags (:func:`person_span`).

Organisations are also scored with places and abbreviations neutral (:data:`PFR_NEUTRAL_TAGS`): a
prediction that is exactly an ``ns`` or ``j`` span of the gold (a town, 地税局) counts neither way,
as CLUENER's ``organization`` spans do for ``government`` below.

PFR is scored twice: each paragraph run as a document (as PFR stores it; the figures kept since
session 1), and each article run whole, its paragraphs joined by line breaks (``PFR 1998-01
articles``): what the tool is given in use, where a name stated with its title once is found again
later in the article and an author's line stands under the headline; errors that spread through a
document show there too.

Ours: ``extract_document`` on each paragraph's (or article's) raw text (UTF-8 bytes); persons are
``officials[].mentions``, organisations ``units[].mentions``, times ``dates[]``. Baseline: plain
``jieba.posseg.cut`` (global default dictionary) on the *normalised* text ``doc["text"]`` — the
text our extractors see — with ``nr*`` tags as persons (grouped by the same rule), ``nt`` as
organisations and runs of ``t`` as times.

Alignment: our offsets index ``doc["text"]``. The normaliser maps characters one to one
(full-width digits/letters to ASCII, ASCII ``,:;?!()`` next to Chinese to full-width) and only
*deletes* others (spaces, zero-width and control characters). :func:`align` walks both strings and
maps every normalised offset back to the raw offset it came from; a span is then compared in raw
coordinates, exactly (same start, same end). A paragraph that does not align (normalisation that
is not a one-to-one-or-delete map) is left out for both systems and counted.

**CLUENER2020 dev** (one sentence per record). Same alignment. ``name`` vs our officials'
mentions; ``government`` + ``organization`` vs our units (exact spans), and ``government`` alone
with predictions that are exactly an ``organization`` span left neutral (a second row leaves
``company`` spans neutral too: companies are units for
us); ``position`` vs our ``title_mentions`` (exact spans: every post, title or occupation written,
bound to a person or not; like CLUENER's, the span leaves a unit before the title out). The former
measure stays as a second row, ``position (titles, former)``, for comparison: ``position`` vs our
officials' ``titles`` (only titles bound to a person, no offsets) as *distinct title strings per
sentence*, each title by its core (公安局局长 → 局长: see :func:`our_titles`). Baseline: jieba ``nr*`` for name, ``nt`` for
organisation; there is no baseline for position (jieba has no title tag).

**SIGHAN 2005 PKU and MSR test**: word segmentation P/R/F1 of ``nlp_pipeline.segment.segment``
against plain ``jieba.cut`` (default dictionary, HMM on), scored as word spans over the whole file
as one character stream (as the bakeoff's scorer, which aligns with diff, in effect does).
``--ablation`` also scores our dictionary's entry groups one by one (units ``nt``, titles
``nnt``, other terms).

A figure that is undefined (precision with no prediction) prints as ``—`` (``null`` in JSON).
F1 is ``2·TP / (predicted + gold)``: 0 when nothing is predicted but there is gold.
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import re
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from nlp_pipeline.chars import map_chars  # noqa: E402
from nlp_pipeline.normalize import NAME_DOTS  # noqa: E402

DEFAULT_DATASETS = ROOT.parent / "shared" / "datasets"
SAMPLE_EVERY = 1  # PFR paragraphs: all of January (a full run takes well under 3 minutes today)


# ---------------------------------------------------------------- scoring


@dataclass
class PRF:
    tp: int = 0
    pred: int = 0
    gold: int = 0

    def add(self, other: PRF) -> None:
        self.tp += other.tp
        self.pred += other.pred
        self.gold += other.gold

    @property
    def precision(self) -> float | None:
        return self.tp / self.pred if self.pred else None

    @property
    def recall(self) -> float | None:
        return self.tp / self.gold if self.gold else None

    @property
    def f1(self) -> float | None:
        total = self.pred + self.gold
        return 2 * self.tp / total if total else None

    def as_dict(self) -> dict[str, Any]:
        return {"tp": self.tp, "pred": self.pred, "gold": self.gold,
                "precision": self.precision, "recall": self.recall, "f1": self.f1}


def score(gold: Iterable[Hashable], pred: Iterable[Hashable]) -> PRF:
    """Multiset match: each gold item can be matched by one predicted item.

    >>> s = score([(0, 2), (5, 7)], [(0, 2), (3, 4)])
    >>> (s.tp, s.pred, s.gold, s.precision, s.recall, s.f1)
    (1, 2, 2, 0.5, 0.5, 0.5)
    """
    g, p = Counter(gold), Counter(pred)
    return PRF(tp=sum((g & p).values()), pred=sum(p.values()), gold=sum(g.values()))


def word_spans(words: Iterable[str]) -> list[tuple[int, int]]:
    """Spans of words laid end to end (whitespace inside a word does not count)."""
    spans, pos = [], 0
    for w in words:
        w = "".join(w.split())
        if w:
            spans.append((pos, pos + len(w)))
            pos += len(w)
    return spans


def score_segmentation(gold_words: Sequence[str], pred_words: Sequence[str]) -> PRF:
    """Standard word-segmentation score: a word is right when its span is.

    >>> s = score_segmentation(["市", "公安局", "召开"], ["市公安局", "召开"])
    >>> (s.tp, s.pred, s.gold)
    (1, 2, 3)
    """
    g, p = "".join("".join(gold_words).split()), "".join("".join(pred_words).split())
    if g != p:
        i = next((k for k, (a, b) in enumerate(zip(g, p, strict=False)) if a != b), min(len(g), len(p)))
        raise ValueError(f"gold and predicted texts differ at character {i}: {g[i:i + 10]!r} vs {p[i:i + 10]!r}")
    return score(word_spans(gold_words), word_spans(pred_words))


# ---------------------------------------------------------------- PFR 1998

PFR_TOKEN = re.compile(r"^(\[?)(.+)/([A-Za-z]+)(?:\]([A-Za-z]+))?$")
PFR_ID = re.compile(r"^(\d{8}-\d{2}-\d{3}-\d{3})/m$")


@dataclass
class PfrParagraph:
    pid: str                                  # 19980101-01-001-004
    words: list[tuple[str, str]]              # (word, tag), the id token excluded
    compounds: list[tuple[int, int, str]] = field(default_factory=list)  # token i..j inclusive, tag

    @property
    def doc_id(self) -> str:
        return self.pid.rsplit("-", 1)[0]

    @property
    def text(self) -> str:
        return "".join(w for w, _ in self.words)

    def offsets(self) -> list[tuple[int, int]]:
        return word_spans(w for w, _ in self.words)


def parse_pfr_line(line: str) -> PfrParagraph | None:
    """One PFR line -> its paragraph; None for a blank line. Raises ValueError on a bad token."""
    items = line.split()
    if not items:
        return None
    m = PFR_ID.match(items[0])
    if not m:
        raise ValueError(f"not a PFR paragraph id: {items[0]!r}")
    para = PfrParagraph(pid=m.group(1), words=[])
    open_at: int | None = None
    for item in items[1:]:
        t = PFR_TOKEN.match(item)
        if not t:
            raise ValueError(f"bad PFR token {item!r} in {para.pid}")
        opens, word, tag, closes = t.groups()
        idx = len(para.words)
        para.words.append((word, tag))
        if opens:
            open_at = idx
        if closes:
            if open_at is None:
                raise ValueError(f"']' without '[' in {para.pid}")
            para.compounds.append((open_at, idx, closes))
            open_at = None
    if open_at is not None:
        raise ValueError(f"unclosed '[' in {para.pid}")
    return para


def group_person_tokens(spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Cut a run of adjacent person-tagged tokens (their spans) into persons.

    Short + short (each at most 2 characters) is surname + given name; anything else stands alone.

    >>> group_person_tokens([(0, 1), (1, 3), (3, 4), (4, 5)])   # 江 泽民 李 鹏
    [(0, 3), (3, 5)]
    >>> group_person_tokens([(0, 3)])                            # 克林顿
    [(0, 3)]
    """
    out, i = [], 0
    while i < len(spans):
        s, e = spans[i]
        if i + 1 < len(spans) and e - s <= 2 and spans[i + 1][1] - spans[i + 1][0] <= 2:
            out.append((s, spans[i + 1][1]))
            i += 2
        else:
            out.append((s, e))
            i += 1
    return out


def tagged_spans(tokens: Sequence[tuple[int, int, str]], *, is_person: Callable[[str], bool],
                 is_org: Callable[[str], bool], is_time: Callable[[str], bool]) -> dict[str, set[tuple[int, int]]]:
    """Person/organisation/time spans from (start, end, tag) tokens in text order.

    Persons: runs of adjacent person tokens, grouped by :func:`group_person_tokens`; times: runs of
    adjacent time tokens merged; organisations: one per token.
    """
    out: dict[str, set[tuple[int, int]]] = {"person": set(), "organisation": set(), "time": set()}
    run_p: list[tuple[int, int]] = []
    run_t: list[tuple[int, int]] = []

    def flush() -> None:
        out["person"].update(group_person_tokens(run_p))
        if run_t:
            out["time"].add((run_t[0][0], run_t[-1][1]))
        run_p.clear()
        run_t.clear()

    prev_end = None
    for s, e, tag in tokens:
        if prev_end is not None and s != prev_end:
            flush()  # not adjacent (whitespace between)
        prev_end = e
        if not is_person(tag) and run_p:
            out["person"].update(group_person_tokens(run_p))
            run_p.clear()
        if not is_time(tag) and run_t:
            out["time"].add((run_t[0][0], run_t[-1][1]))
            run_t.clear()
        if is_person(tag):
            run_p.append((s, e))
        elif is_time(tag):
            run_t.append((s, e))
        elif is_org(tag):
            out["organisation"].add((s, e))
    flush()
    return out


def pfr_gold(para: PfrParagraph) -> dict[str, set[tuple[int, int]]]:
    """Gold spans (raw offsets) of one paragraph: person, organisation, time."""
    offs = para.offsets()
    tokens = [(s, e, tag) for (s, e), (_, tag) in zip(offs, para.words, strict=True)]
    inside_nt: set[int] = set()
    for i, j, tag in para.compounds:
        if tag == "nt":
            inside_nt.update(range(i, j + 1))
    gold = tagged_spans([(s, e, "" if (tag == "nt" and k in inside_nt) else tag)
                         for k, (s, e, tag) in enumerate(tokens)],
                        is_person=lambda t: t == "nr", is_org=lambda t: t == "nt", is_time=lambda t: t == "t")
    for i, j, tag in para.compounds:
        if tag == "nt":
            gold["organisation"].add((offs[i][0], offs[j][1]))
    return gold


# PFR tags that name no organisation in PFR's scheme but may be a unit in ours: places (ns: PFR
# tags 城厢镇 and 大连市石河满族镇 as places, our contract counts a town's government as a unit) and
# abbreviations (j: 地税局, 中宣部 are tagged j whatever they stand for).
PFR_NEUTRAL_TAGS = ("ns", "j")


def pfr_neutral_organisations(para: PfrParagraph) -> set[tuple[int, int]]:
    """Spans (raw offsets) of PFR tokens and compounds tagged with a PFR_NEUTRAL_TAGS tag."""
    offs = para.offsets()
    spans = {offs[k] for k, (_, tag) in enumerate(para.words) if tag in PFR_NEUTRAL_TAGS}
    spans.update((offs[i][0], offs[j][1]) for i, j, tag in para.compounds if tag in PFR_NEUTRAL_TAGS)
    return spans


def without_neutral(pred: Iterable[tuple[int, int]], neutral: set[tuple[int, int]],
                    gold: set[tuple[int, int]]) -> list[tuple[int, int]]:
    """Predictions less those that are exactly a neutral span (unless that span is also gold)."""
    return [sp for sp in pred if sp not in neutral or sp in gold]


def read_pfr(path: Path) -> list[PfrParagraph]:
    paras = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            p = parse_pfr_line(line)
            if p is not None:
                paras.append(p)
    return paras


# ---------------------------------------------------------------- alignment

# Characters the normaliser may turn into another single character besides CHAR_MAP (fix_punctuation).
PUNCT_FOLD = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）",
              **dict.fromkeys(NAME_DOTS, "·")}  # name dots the normaliser turns into the interpunct


def align(raw: str, norm: str) -> list[int] | None:
    """For each offset of ``norm`` (and its end), the offset in ``raw`` it comes from.

    ``norm`` must be ``raw`` with characters mapped one to one or deleted; else None.

    >>> align("１２月 ３１日", "12月31日")
    [0, 1, 2, 4, 5, 6, 7]
    """
    out: list[int] = []
    i = 0
    for ch in norm:
        while True:
            if i >= len(raw):
                return None
            m = map_chars(raw[i])
            if m == ch or PUNCT_FOLD.get(m) == ch or raw[i] == ch:
                break
            if m.strip() and m != "\n":
                return None  # a character that is kept but does not match: not a 1:1 map
            i += 1  # deleted (control, zero-width) or a space the normaliser removed
        out.append(i)
        i += 1
    out.append(out[-1] + 1 if out else 0)
    return out


def to_raw(span: tuple[int, int], mapping: list[int]) -> tuple[int, int] | None:
    s, e = span
    if not 0 <= s < e <= len(mapping) - 1:
        return None
    return mapping[s], mapping[e - 1] + 1


# ---------------------------------------------------------------- systems

def our_spans(doc: dict[str, Any]) -> dict[str, list[tuple[int, int]]]:
    """Spans (normalised offsets) from the pipeline's output; a person mention written as surname +
    title (江主席, 高院长) by its surname (:func:`person_span`)."""
    text = doc.get("text", "")
    return {
        "person": [person_span(text, m["start"], m["end"]) for o in doc.get("officials", [])
                   for m in o.get("mentions", [])],
        "organisation": [(m["start"], m["end"]) for u in doc.get("units", []) for m in u.get("mentions", [])],
        "time": [(d["start"], d["end"]) for d in doc.get("dates", [])],
    }


def person_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of a person mention as PFR tags persons: a mention written as a surname and a title
    (江主席, 司马行长: our mention covers both) by its surname alone (PFR: 江/nr 主席/n).

    >>> person_span("江主席会见客人", 0, 3), person_span("李鹏会见", 0, 2)
    ((0, 1), (0, 2))
    """
    from nlp_pipeline.lexicon import words

    mention = text[start:end]
    titles = words("titles.txt")
    for k in (1, 2):
        if len(mention) > k and mention[k:] in titles:
            return start, start + k
    return start, end


def our_title_mentions(doc: dict[str, Any]) -> list[tuple[int, int]]:
    """Spans (normalised offsets) of every title mention, bound to an official or not."""
    return [(m["start"], m["end"]) for m in doc.get("title_mentions", [])]


def our_titles(doc: dict[str, Any]) -> set[str]:
    """Our officials' titles, each without the unit written before it.

    Our contract keeps a title as written, unit included (公安局局长, 通灵珠宝总裁); CLUENER's
    ``position`` is the post alone (总裁), the unit being an ``organization`` span of its own. So a
    title is compared by its core: the longest ending of it that is a title of our lexicon.
    """
    return {title_core(t) for o in doc.get("officials", []) for t in o.get("titles", [])}


def title_core(title: str) -> str:
    """The longest ending of ``title`` that is a title of our lexicon.

    >>> title_core("通灵珠宝总裁"), title_core("副市长")
    ('总裁', '副市长')
    """
    from nlp_pipeline.lexicon import words

    titles = words("titles.txt")
    return next((title[n:] for n in range(len(title)) if title[n:] in titles), title)


def jieba_tokens(text: str) -> list[tuple[int, int, str]]:
    import jieba.posseg
    out, pos = [], 0
    for pair in jieba.posseg.cut(text):
        out.append((pos, pos + len(pair.word), pair.flag))
        pos += len(pair.word)
    return out


def baseline_spans(text: str) -> dict[str, set[tuple[int, int]]]:
    return tagged_spans(jieba_tokens(text), is_person=lambda t: t.startswith("nr"),
                        is_org=lambda t: t == "nt", is_time=lambda t: t == "t")


def run_document(raw: str, name: str, reference_date: dt.date | None = None) -> tuple[dict[str, Any] | None, str]:
    """(our document or None when the pipeline refused the text, the text the systems see)."""
    from nlp_pipeline import extract_document
    from nlp_pipeline.errors import InputError
    try:
        doc = extract_document(raw.encode("utf-8"), name, reference_date=reference_date)
    except InputError:
        return None, map_chars(raw)
    return doc, doc["text"]


# ---------------------------------------------------------------- evaluations

@dataclass
class Row:
    dataset: str
    metric: str
    ours: PRF | None
    baseline: PRF | None
    note: str = ""

    def as_dict(self) -> dict[str, Any]:
        return {"dataset": self.dataset, "metric": self.metric,
                "ours": self.ours.as_dict() if self.ours else None,
                "baseline": self.baseline.as_dict() if self.baseline else None, "note": self.note}


def issue_date(pid: str) -> dt.date | None:
    """19980101-01-001-004 -> 1998-01-01."""
    try:
        return dt.datetime.strptime(pid[:8], "%Y%m%d").date()
    except ValueError:
        return None


def pfr_articles(paras: Sequence[PfrParagraph]) -> list[list[PfrParagraph]]:
    """The paragraphs grouped by article (19980101-01-001-…), in order: an article is what a user gives
    the tool as one document."""
    return [list(g) for _, g in itertools.groupby(paras, key=lambda p: p.doc_id)]


def eval_pfr(path: Path, *, limit: int | None, every: int, by: str = "paragraph") -> tuple[list[Row], dict[str, Any]]:
    """PFR scored with each paragraph run as a document (``by="paragraph"``, as PFR stores it) or each
    article run whole, its paragraphs one per line (``by="article"``: what the tool is given in use;
    names stated once and repeated later, by-lines under a headline). ``every`` and ``limit`` count
    the units run."""
    paras = read_pfr(path)
    units = [[p] for p in paras] if by == "paragraph" else pfr_articles(paras)
    total = len(units)
    units = units[::every]
    if limit is not None:
        units = units[:limit]
    kinds = ("person", "organisation", "time")
    ours = {k: PRF() for k in kinds}
    base = {k: PRF() for k in kinds}
    ours_neutral, base_neutral = PRF(), PRF()
    unaligned = refused = 0
    for unit in units:
        raw = "\n".join(p.text for p in unit)
        # The paragraph id starts with the issue's date (19980101-…): it is the reference date a
        # user would give for a newspaper page, as --reference-date.
        pid = unit[0].pid if by == "paragraph" else unit[0].doc_id
        doc, norm = run_document(raw, f"{pid}.txt", issue_date(pid))
        mapping = align(raw, norm)
        if mapping is None:
            unaligned += 1
            continue
        refused += doc is None
        gold: dict[str, set[tuple[int, int]]] = {k: set() for k in kinds}
        neutral: set[tuple[int, int]] = set()
        at = 0
        for p in unit:
            for k, spans in pfr_gold(p).items():
                gold[k] |= {(a + at, b + at) for a, b in spans}
            neutral |= {(a + at, b + at) for a, b in pfr_neutral_organisations(p)}
            at += len(p.text) + 1
        mine = our_spans(doc) if doc is not None else {k: [] for k in kinds}
        theirs = baseline_spans(norm)
        for k in kinds:
            ours[k].add(score(gold[k], [r for s in mine[k] if (r := to_raw(s, mapping))]))
            base[k].add(score(gold[k], [r for s in theirs[k] if (r := to_raw(s, mapping))]))
        ours_neutral.add(score(gold["organisation"], without_neutral(
            [r for s in mine["organisation"] if (r := to_raw(s, mapping))], neutral, gold["organisation"])))
        base_neutral.add(score(gold["organisation"], without_neutral(
            [r for s in theirs["organisation"] if (r := to_raw(s, mapping))], neutral, gold["organisation"])))
    plural = "paragraphs" if by == "paragraph" else "articles"
    sample = f"{len(units)} of {total} {plural}" + (f" (every {every}th)" if every > 1 else "")
    name = "PFR 1998-01" if by == "paragraph" else "PFR 1998-01 articles"
    rows = [Row(name, "person (nr)", ours["person"], base["person"]),
            Row(name, "organisation (nt)", ours["organisation"], base["organisation"]),
            Row(name, "organisation (ns/j neutral)", ours_neutral, base_neutral),
            Row(name, "time (t)", ours["time"], base["time"])]
    info = {by + "s": len(units), "of": total, "every": every, "unaligned": unaligned,
            "refused_by_pipeline": refused, "sample": sample}
    return rows, info


def eval_cluener(path: Path, *, limit: int | None) -> tuple[list[Row], dict[str, Any]]:
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    if limit is not None:
        records = records[:limit]
    ours = {k: PRF() for k in ("name", "position", "position_titles", "org", "government", "government_units")}
    base = {k: PRF() for k in ("name", "org", "government", "government_units")}
    unaligned = 0
    for n, rec in enumerate(records):
        raw, label = rec["text"], rec.get("label", {})

        def spans(*names: str, label: dict[str, Any] = label) -> list[tuple[int, int]]:
            return [(s, e + 1) for nm in names for occ in label.get(nm, {}).values() for s, e in occ]

        doc, norm = run_document(raw, f"cluener-dev-{n}.txt")
        mapping = align(raw, norm)
        if mapping is None:
            unaligned += 1
            continue
        mine = our_spans(doc) if doc is not None else {"person": [], "organisation": [], "time": []}
        theirs = baseline_spans(norm)

        def raw_spans(sp: Iterable[tuple[int, int]], mapping: list[int] = mapping) -> list[tuple[int, int]]:
            return [r for s in sp if (r := to_raw(s, mapping))]

        ours["name"].add(score(spans("name"), raw_spans(mine["person"])))
        ours["org"].add(score(spans("government", "organization"), raw_spans(mine["organisation"])))
        ours["position"].add(score(spans("position"), raw_spans(our_title_mentions(doc) if doc else [])))
        ours["position_titles"].add(score(set(label.get("position", {})), our_titles(doc) if doc else set()))
        base["name"].add(score(spans("name"), raw_spans(theirs["person"])))
        base["org"].add(score(spans("government", "organization"), raw_spans(theirs["organisation"])))
        # government alone: a prediction that is exactly an ``organization`` span is neutral, as
        # units_optional is in our own scorer; in the second row a ``company`` span too (a company is
        # a unit for us, not a government, and CLUENER labels companies apart from organizations).
        organizations = set(spans("organization"))
        bodies = organizations | set(spans("company"))
        for row, neutral in (("government", organizations), ("government_units", bodies)):
            ours[row].add(score(spans("government"),
                                [sp for sp in raw_spans(mine["organisation"]) if sp not in neutral]))
            base[row].add(score(spans("government"),
                                [sp for sp in raw_spans(theirs["organisation"]) if sp not in neutral]))
    rows = [Row("CLUENER dev", "name (span)", ours["name"], base["name"]),
            Row("CLUENER dev", "position (span)", ours["position"], None, "no baseline"),
            Row("CLUENER dev", "position (titles, former)", ours["position_titles"], None,
                "former measure: officials' titles, distinct per sentence"),
            Row("CLUENER dev", "government (organization neutral)", ours["government"], base["government"]),
            Row("CLUENER dev", "government (organization, company neutral)", ours["government_units"],
                base["government_units"]),
            Row("CLUENER dev", "government+organization", ours["org"], base["org"])]
    return rows, {"sentences": len(records), "unaligned": unaligned}


def _gold_lines(path: Path) -> list[list[str]]:
    return [line.split() for line in path.read_text(encoding="utf-8").splitlines()]


def _test_lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


def segmentation_score(lines: list[str], gold: list[list[str]], cut: Callable[[str], Iterable[str]]) -> PRF:
    pred = [w for line in lines for w in cut(line)]
    return score_segmentation([w for ws in gold for w in ws], pred)


def sighan_sets(root: Path) -> list[tuple[str, Path, Path]]:
    return [(name, root / "testing" / f"{key}_test.utf8", root / "gold" / f"{key}_test_gold.utf8")
            for name, key in (("PKU", "pku"), ("MSR", "msr"))]


def eval_sighan(root: Path, *, limit: int | None) -> list[Row]:
    import jieba

    from nlp_pipeline.segment import segment
    rows = []
    for name, test, gold_path in sighan_sets(root):
        lines, gold = _test_lines(test), _gold_lines(gold_path)
        if limit is not None:
            lines = lines[:limit]
            gold = _cut_gold_like(lines, gold)
        ours = segmentation_score(lines, gold, lambda s: [t.text for t in segment(s)])
        base = segmentation_score(lines, gold, lambda s: jieba.cut(s))
        rows.append(Row(f"SIGHAN05 {name} test", "word segmentation", ours, base))
    return rows


def _cut_gold_like(lines: list[str], gold: list[list[str]]) -> list[list[str]]:
    """The first gold words covering exactly as many characters as ``lines`` (for --limit).

    MSR's gold moves a few opening quotes to the previous line, so lines cannot be cut alike.
    """
    need = len("".join("".join(line.split()) for line in lines))
    out: list[str] = []
    n = 0
    for w in (w for ws in gold for w in ws):
        if n >= need:
            break
        out.append(w)
        n += len(w)
    return [out]


def eval_ablation(root: Path, *, limit: int | None) -> list[Row]:
    """SIGHAN scores of our dictionary's groups, each alone on top of jieba's default dictionary."""
    from nlp_pipeline.segment import new_tokenizer, segment_with, user_dict_path
    path = user_dict_path()
    if path is None:
        return []
    entries = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]

    def group(ln: str) -> str:
        tag = ln.split()[-1]
        return {"nt": "units (nt)", "nnt": "titles (nnt)"}.get(tag, "terms")

    groups: dict[str, list[str]] = {}
    for ln in entries:
        groups.setdefault(group(ln), []).append(ln)
    variants: list[tuple[str, list[str]]] = [("no user dict", [])]
    variants += [(f"+ {g} only ({len(v)})", v) for g, v in groups.items()]
    variants += [(f"all groups ({len(entries)})", entries)]
    rows: list[Row] = []
    with tempfile.TemporaryDirectory() as tmp:
        for label, lines_ in variants:
            dict_file = Path(tmp) / f"{len(rows)}.txt"
            dict_file.write_text("\n".join(lines_) + "\n", encoding="utf-8")
            tok = new_tokenizer([dict_file] if lines_ else [])

            def cut(text: str, tok: Any = tok) -> list[str]:
                return [x.text for x in segment_with(tok, text)]

            for name, test, gold_path in sighan_sets(root):
                lines, gold = _test_lines(test), _gold_lines(gold_path)
                if limit is not None:
                    lines, gold = lines[:limit], _cut_gold_like(lines[:limit], gold)
                s = segmentation_score(lines, gold, cut)
                rows.append(Row(f"SIGHAN05 {name} ablation", label, s, None))
    # The dictionary's effect: each variant against the same private tokenizer without user words.
    plain = {r.dataset: r.ours for r in rows if r.metric == "no user dict"}
    for r in rows:
        ref = plain.get(r.dataset)
        if r.metric != "no user dict" and ref is not None and r.ours is not None and r.ours.f1 is not None \
                and ref.f1 is not None:
            r.note = f"ΔF1 {100 * (r.ours.f1 - ref.f1):+.3f} vs no user dict"
    return rows


# ---------------------------------------------------------------- output

def fmt(x: float | None) -> str:
    return "—" if x is None else f"{100 * x:.1f}"


def render(rows: list[Row]) -> str:
    head = (f"{'dataset':<22} {'metric':<28} {'ours P':>7} {'R':>6} {'F1':>6}   "
            f"{'base P':>7} {'R':>6} {'F1':>6}   {'gold':>7}  note")
    out = [head, "-" * len(head)]
    for r in rows:
        o, b = r.ours, r.baseline
        ours = f"{fmt(o.precision if o else None):>7} {fmt(o.recall if o else None):>6} {fmt(o.f1 if o else None):>6}"
        base = (f"{fmt(b.precision):>7} {fmt(b.recall):>6} {fmt(b.f1):>6}" if b else f"{'—':>7} {'—':>6} {'—':>6}")
        ref = o if o is not None else b
        gold = ref.gold if ref is not None else 0
        out.append(f"{r.dataset:<22} {r.metric:<28} {ours}   {base}   {gold:>7}  {r.note}".rstrip())
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--datasets", type=Path, default=DEFAULT_DATASETS, help="folder of the public data sets")
    ap.add_argument("--limit", type=int, default=None, help="only the first N paragraphs/articles/sentences/lines of each set")
    ap.add_argument("--every", type=int, default=SAMPLE_EVERY, help="PFR: every K-th paragraph and article (default: all)")
    ap.add_argument("--json", type=Path, default=None, help="also write the results as JSON to FILE")
    ap.add_argument("--ablation", action="store_true", help="also score each user-dictionary group on SIGHAN")
    ap.add_argument("--only", choices=["pfr", "cluener", "sighan"], action="append",
                    help="run only these evaluations (repeatable)")
    args = ap.parse_args(argv)

    root: Path = args.datasets
    if not root.is_dir():
        print(f"public_eval: {root} not present, skipped (the public data sets are not on this machine)")
        return 0
    import logging

    import jieba
    jieba.setLogLevel(logging.WARNING)  # the baseline's global jieba: no "Building prefix dict" chatter

    only = set(args.only or ["pfr", "cluener", "sighan"])
    rows: list[Row] = []
    info: dict[str, Any] = {}
    timings: dict[str, float] = {}
    started = time.perf_counter()

    def timed(key: str, fn: Callable[[], Any]) -> Any:
        t0 = time.perf_counter()
        result = fn()
        timings[key] = round(time.perf_counter() - t0, 2)
        return result

    missing = []
    pfr = root / "pfr1998" / "199801.txt"
    if "pfr" in only:
        if pfr.is_file():
            r, info["pfr"] = timed("pfr", lambda: eval_pfr(pfr, limit=args.limit, every=max(1, args.every)))
            rows += r
            r, info["pfr_articles"] = timed("pfr articles", lambda: eval_pfr(
                pfr, limit=args.limit, every=max(1, args.every), by="article"))
            rows += r
        else:
            missing.append(str(pfr))
    cluener = root / "cluener2020" / "dev.json"
    if "cluener" in only:
        if cluener.is_file():
            r, info["cluener"] = timed("cluener", lambda: eval_cluener(cluener, limit=args.limit))
            rows += r
        else:
            missing.append(str(cluener))
    icwb2 = root / "icwb2"
    if "sighan" in only:
        if all(t.is_file() and g.is_file() for _, t, g in sighan_sets(icwb2)):
            rows += timed("sighan", lambda: eval_sighan(icwb2, limit=args.limit))
            if args.ablation:
                rows += timed("ablation", lambda: eval_ablation(icwb2, limit=args.limit))
        else:
            missing.append(str(icwb2))
    timings["total"] = round(time.perf_counter() - started, 2)

    print(render(rows))
    notes = []
    if "pfr" in info:
        p = info["pfr"]
        notes.append(f"PFR: {p['sample']}; {p['unaligned']} not aligned (left out), "
                     f"{p['refused_by_pipeline']} refused by the pipeline (scored as no output)")
    if "pfr_articles" in info:
        p = info["pfr_articles"]
        notes.append(f"PFR articles: {p['sample']}, each run whole as one document (its paragraphs one per "
                     f"line); {p['unaligned']} not aligned (left out), {p['refused_by_pipeline']} refused")
    if "cluener" in info:
        c = info["cluener"]
        notes.append(f"CLUENER: {c['sentences']} dev sentences, {c['unaligned']} not aligned (left out); "
                     "position (span) = gold spans vs title_mentions; position (titles, former) = distinct title "
                     "strings per sentence vs officials' titles (their cores: without the unit)")
    notes.append("baseline = plain jieba (posseg nr*/nt/t on the same normalised text; jieba.cut for SIGHAN); "
                 "— = undefined (nothing predicted)")
    if args.ablation:
        notes.append("ablation: our segmenter (private jieba posseg) with no / one / all user-dictionary groups; "
                     "'no user dict' vs baseline is posseg vs jieba.cut, the rest is the dictionary")
    for m in missing:
        notes.append(f"missing, skipped: {m}")
    notes.append("time: " + ", ".join(f"{k} {v:.1f} s" for k, v in timings.items()))
    print("\n".join(notes))
    if args.json:
        args.json.write_text(json.dumps({"rows": [r.as_dict() for r in rows], "info": info,
                                         "timings_s": timings, "limit": args.limit},
                                        ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
