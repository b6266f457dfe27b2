"""Per-article keywords: TF-IDF over the segmented batch (scikit-learn), domain stop words removed.

Each article's text (``text[start:end]``: title, body, source unit) is cut with our domain
dictionary (:func:`nlp_pipeline.segment.dictionary`, jieba without HMM, so every word of two or more
characters is a dictionary word). Terms are words of two or more Chinese characters (or a Latin
word such as ``APP``) that are not stop words (``corpora/lexicons/stopwords.txt``) and whose POS tag
is content-bearing (nouns, verbs, idioms, abbreviations, 安全-type 'an' words; not adverbs,
numerals, pronouns, time words, person names or titles …).

Weights: sublinear term frequency ``1 + ln(tf)`` times smoothed IDF ``ln((1 + N) / (1 + df)) + 1``
(scikit-learn's formula), rows L2-normalised; an article's keywords are its ``top_k`` terms by
weight (ties by term). The document frequencies can come from the batch itself (default) or from a
saved :class:`KeywordModel` (``models/keywords_idf.json``), optionally updated with the batch, so
small batches get stable weights. A term the model has never seen gets the IDF of ``df = 0``.

:func:`add_keywords` annotates result records in place: every article of every document gets
``"keywords": [{"term": "防汛", "score": 0.4123}, ...]`` (best first; ``[]`` when it has no term).
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from .segment import dictionary

STOPWORDS_FILE = "stopwords.txt"
MODEL_FORMAT = "nlp_pipeline keywords idf"
DEFAULT_MODEL = Path(__file__).resolve().parent.parent / "models" / "keywords_idf.json"
_TERM = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{2,}|[A-Za-z][A-Za-z0-9]+")
# jieba tags that carry no topic: adverbs, numerals, measure words, pronouns, prepositions,
# conjunctions, particles, time and direction words, interjections, onomatopoeia, modal particles,
# distinguishing words (主要, 重大), adjectives other than 安全-type nominal ones.
# Person names (nr, nrfg, nrt) and our dictionary's titles (nnt: 副市长) go too: officials have their own table.
_DROP_TAGS = frozenset(
    "d m mq q r rr rz rg p c u uj ul uz ud ug uv t tg f e o y b a ad ag z zg nr nrfg nrt nnt".split())


def stopwords() -> frozenset[str]:
    """The stop words, and the core titles of ``titles.txt`` (局长, 党委书记: officials carry them)."""
    from .lexicon import words

    return words(STOPWORDS_FILE) | words("titles.txt")


def terms(text: str, *, stop: frozenset[str] | None = None, names: Iterable[str] = ()) -> list[str]:
    """The candidate keyword terms of ``text``, in text order, repeats kept.

    A term inside one of ``names`` (the document's officials: 文澜 of 邵文澜) is left out.

    >>> terms("县应急管理局深入开展隐患排查整治，邵文澜强调。", names=["邵文澜"])
    ['应急管理局', '隐患', '排查', '整治']
    """
    tokenizer, tags = dictionary()
    stop = stopwords() if stop is None else stop
    out = []
    for word in tokenizer.cut(text, HMM=False):
        if len(word) < 2 or word in stop or not _TERM.fullmatch(word):
            continue
        if tags.get(word, "n") in _DROP_TAGS or any(word in name for name in names):
            continue
        out.append(word)
    return out


@dataclass
class KeywordModel:
    """Document frequencies over ``documents`` articles: what the IDF is computed from."""

    documents: int = 0
    df: dict[str, int] = field(default_factory=dict)

    @classmethod
    def fit(cls, term_lists: Iterable[list[str]]) -> KeywordModel:
        return cls().updated(term_lists)

    def updated(self, term_lists: Iterable[list[str]]) -> KeywordModel:
        """A new model with these articles' document frequencies added."""
        df = Counter(self.df)
        n = self.documents
        for ts in term_lists:
            df.update(set(ts))
            n += 1
        return KeywordModel(n, dict(df))

    def idf(self, term: str) -> float:
        return math.log((1 + self.documents) / (1 + self.df.get(term, 0))) + 1.0

    def save(self, path: str | Path) -> None:
        data = {"format": MODEL_FORMAT, "version": 1, "documents": self.documents,
                "idf": "ln((1 + documents) / (1 + df)) + 1; tf: 1 + ln(count); rows L2-normalised",
                "df": dict(sorted(self.df.items(), key=lambda kv: (-kv[1], kv[0])))}
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(path.suffix + ".part")
        tmp.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
        tmp.replace(path)

    @classmethod
    def load(cls, path: str | Path) -> KeywordModel:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        if data.get("format") != MODEL_FORMAT:
            raise ValueError(f"{path}: not a keywords IDF model (format {data.get('format')!r})")
        return cls(int(data["documents"]), {str(k): int(v) for k, v in data["df"].items()})


def iter_articles(records: Iterable[dict[str, Any]]) -> Iterator[tuple[dict[str, Any], dict[str, Any], str]]:
    """``(document, article, article text)`` for every article of every document (error records skipped)."""
    for rec in records:
        if "error" in rec:
            continue
        text = rec.get("text") or ""
        for art in rec.get("articles") or []:
            yield rec, art, text[art.get("start", 0):art.get("end", 0)]


def score(term_lists: list[list[str]], model: KeywordModel, top_k: int) -> list[list[tuple[str, float]]]:
    """The ``top_k`` (term, weight) pairs of each article, best first, ties by term."""
    from sklearn.feature_extraction.text import CountVectorizer
    from sklearn.preprocessing import normalize

    if not any(term_lists):
        return [[] for _ in term_lists]
    vectorizer = CountVectorizer(analyzer=_identity, lowercase=False)
    counts = vectorizer.fit_transform(term_lists).tocsr().astype(np.float64)
    vocab = vectorizer.get_feature_names_out()
    idf = np.array([model.idf(t) for t in vocab])
    counts.data = 1.0 + np.log(counts.data)
    weights = normalize(counts.multiply(idf[np.newaxis, :]).tocsr(), norm="l2")
    out: list[list[tuple[str, float]]] = []
    for row in range(weights.shape[0]):
        lo, hi = weights.indptr[row], weights.indptr[row + 1]
        pairs = sorted(((float(w), str(vocab[j])) for j, w in zip(weights.indices[lo:hi], weights.data[lo:hi],
                                                                   strict=True)),
                       key=lambda p: (-round(p[0], 12), p[1]))
        out.append([(t, w) for w, t in pairs[:top_k]])
    return out


def _names(doc: dict[str, Any]) -> list[str]:
    return [o["name"] for o in doc.get("officials") or [] if o.get("name")]


def _identity(terms_: list[str]) -> list[str]:
    return terms_


def add_keywords(records: list[dict[str, Any]], *, top_k: int = 10, model: KeywordModel | None = None,
                 update: bool = False, digits: int = 4) -> KeywordModel:
    """Give every article of ``records`` its ``keywords`` (in place); returns the model used.

    ``model=None``: document frequencies from this batch. With a model: its IDF as it is, or, with
    ``update=True``, with this batch's articles added (the returned model; save it to reuse).
    """
    found = list(iter_articles(records))
    stop = stopwords()
    term_lists = [terms(text, stop=stop, names=_names(doc)) for doc, _, text in found]
    if model is None:
        model = KeywordModel.fit(term_lists)
    elif update:
        model = model.updated(term_lists)
    for (_, art, _), best in zip(found, score(term_lists, model, top_k), strict=True):
        art["keywords"] = [{"term": t, "score": round(w, digits)} for t, w in best]
    return model


def load_model(path: str | Path | None = None) -> KeywordModel | None:
    """The saved model at ``path`` (default ``models/keywords_idf.json``), None when there is none."""
    path = Path(path) if path is not None else DEFAULT_MODEL
    return KeywordModel.load(path) if path.is_file() else None


def fit_model(records: list[dict[str, Any]], *, threshold: float | None = None) -> KeywordModel:
    """Document frequencies over the batch's articles, near-duplicates (``nlp_pipeline.duplicates``) left out."""
    from .duplicates import DEFAULT_THRESHOLD, mark_duplicates

    mark_duplicates(records, threshold=DEFAULT_THRESHOLD if threshold is None else threshold)
    stop = stopwords()
    return KeywordModel.fit(terms(text, stop=stop, names=_names(doc))
                            for doc, art, text in iter_articles(records) if not art.get("duplicate_of"))


def main(argv: list[str] | None = None) -> int:
    """``python -m nlp_pipeline.keywords RESULTS [--out models/keywords_idf.json]``: fit and save the IDF model."""
    import argparse

    from .export import load_records

    ap = argparse.ArgumentParser(prog="python -m nlp_pipeline.keywords", description=main.__doc__)
    ap.add_argument("results", type=Path, help="a folder of *.json from `extract --out`, or a JSONL file")
    ap.add_argument("--out", type=Path, default=DEFAULT_MODEL)
    args = ap.parse_args(argv)
    model = fit_model(load_records(args.results))
    model.save(args.out)
    print(f"{args.out}: {model.documents} article(s), {len(model.df)} term(s)")
    return 0


__all__ = ["KeywordModel", "fit_model", "add_keywords", "terms", "stopwords", "score", "iter_articles", "load_model",
           "DEFAULT_MODEL"]


if __name__ == "__main__":
    raise SystemExit(main())
