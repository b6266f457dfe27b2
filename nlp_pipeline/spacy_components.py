"""Our extractors as spaCy components, for spaCy users' own pipelines.

    import spacy
    import nlp_pipeline.spacy_components  # registers the factories
    nlp = spacy.blank("zh")
    nlp.add_pipe("bulletin_dates", config={"reference_date": "2014-10-23"})
    nlp.add_pipe("bulletin_officials")
    nlp.add_pipe("bulletin_units")
    doc = nlp("10月20日下午，副市长、公安局局长宋文元在市公安局讲话。")
    [(s.text, s.label_, s._.value) for s in doc.spans["bulletin_dates"]]

Each component puts its finds in ``doc.spans[<its name>]`` (spans may overlap, so not ``doc.ents``),
labelled ``DATE``, ``PERSON`` or ``ORG``; ``span._.value`` holds a date's ISO value and
``span._.titles`` a person's titles. Spans are aligned to the tokenizer's tokens (``expand``), so a
character tokenizer (spaCy's default for zh) gives them exactly. The extractors run on ``doc.text``
as it is: normalise text first (``nlp_pipeline.normalize``) when it comes from a PDF.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc, Span

from .extract.dates import document_date, extract_dates
from .extract.officials import extract_officials
from .extract.units import extract_units

for _name in ("value", "titles"):
    if not Span.has_extension(_name):
        Span.set_extension(_name, default=None)


def _add_spans(doc: Doc, key: str, items: list[tuple[int, int, str, dict]]) -> Doc:
    spans = []
    for start, end, label, attrs in items:
        span = doc.char_span(start, end, label=label, alignment_mode="expand")
        if span is None:
            continue
        for attr, value in attrs.items():
            setattr(span._, attr, value)
        spans.append(span)
    doc.spans[key] = spans
    return doc


@Language.factory("bulletin_dates", default_config={"reference_date": None})
def make_dates(nlp: Language, name: str, reference_date: str | None) -> Callable[[Doc], Doc]:
    ref = dt.date.fromisoformat(reference_date) if reference_date else None

    def bulletin_dates(doc: Doc) -> Doc:
        found = extract_dates(doc.text, document_date(doc.text, None, ref))
        return _add_spans(doc, name, [(d.start, d.end, "DATE", {"value": d.value}) for d in found])

    return bulletin_dates


@Language.factory("bulletin_officials")
def make_officials(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    def bulletin_officials(doc: Doc) -> Doc:
        items = [(m["start"], m["end"], "PERSON", {"titles": o["titles"]})
                 for o in extract_officials(doc.text) for m in o["mentions"]]
        return _add_spans(doc, name, sorted(items, key=lambda it: it[0]))

    return bulletin_officials


@Language.factory("bulletin_units")
def make_units(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    def bulletin_units(doc: Doc) -> Doc:
        items: list[tuple[int, int, str, dict]] = [(m["start"], m["end"], "ORG", {})
                                                   for u in extract_units(doc.text) for m in u["mentions"]]
        return _add_spans(doc, name, sorted(items, key=lambda it: it[0]))

    return bulletin_units
