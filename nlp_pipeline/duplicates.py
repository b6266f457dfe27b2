"""Near-duplicate articles across a batch: TF-IDF cosine over character n-grams (scikit-learn, scipy).

Every article's text (``text[start:end]``, whitespace removed so line breaks do not count) becomes a
TF-IDF vector of its character n-grams (default 3-grams, sublinear tf, L2 norm). Similarities are
computed as sparse matrix products in row blocks (``X[a:b] @ X[:b].T``), never pair by pair in
Python: an article is compared with every article before it in batch order (document order, then
article order). An article whose best-scoring *earliest* partner reaches ``threshold`` is a
duplicate of it.

:func:`mark_duplicates` annotates result records in place: every article of every document gets

- ``"duplicate_of"``: ``{"sha256": <document sha256>, "article_index": <0-based index>}`` of the
  earliest earlier article whose similarity is at least ``threshold``, else ``null``;
- ``"similarity"``: that cosine similarity (0–1, 4 decimals), else ``null``.

The first article of a group of duplicates is never marked, so dropping every marked article
(``export --skip-duplicates``) keeps one of each group. Articles shorter than ``min_chars``
(without whitespace) are neither marked nor matched.

>>> a = "市公安局召开全市交通安全工作推进会，部署下一阶段道路交通安全整治工作。"
>>> near_duplicates([a, "县教育局开展校园安全专项检查。", a.replace("下一阶段", "下阶段")], threshold=0.7)
[(2, 0, 0.8...)]
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

import numpy as np

DEFAULT_THRESHOLD = 0.75
_SPACE = re.compile(r"\s+")
_BLOCK_CELLS = 4_000_000  # similarity cells computed per block (rows x columns)


def _clean(text: str) -> str:
    return _SPACE.sub("", text)


def near_duplicates(texts: list[str], *, threshold: float = DEFAULT_THRESHOLD, ngram: int = 3,
                    min_chars: int = 20) -> list[tuple[int, int, float]]:
    """``(later, earlier, similarity)`` for every text that has an earlier near-duplicate.

    ``earlier`` is the smallest index before ``later`` with cosine similarity >= ``threshold``.
    """
    from sklearn.feature_extraction.text import TfidfVectorizer

    cleaned = [_clean(t) for t in texts]
    usable = np.array([len(t) >= max(min_chars, ngram) for t in cleaned])
    if usable.sum() < 2:
        return []
    index = np.flatnonzero(usable)  # position in the usable subset -> position in texts
    vectorizer = TfidfVectorizer(analyzer="char", ngram_range=(ngram, ngram), lowercase=False,
                                 sublinear_tf=True, dtype=np.float32)
    matrix = vectorizer.fit_transform([cleaned[i] for i in index]).tocsr()
    n = matrix.shape[0]
    found: list[tuple[int, int, float]] = []
    block = max(1, _BLOCK_CELLS // max(n, 1))
    for lo in range(0, n, block):
        hi = min(n, lo + block)
        sims = (matrix[lo:hi] @ matrix[:hi].T).tocoo()
        rows, cols, vals = sims.row + lo, sims.col, sims.data
        keep = (cols < rows) & (vals >= threshold - 1e-6)
        if not keep.any():
            continue
        rows, cols, vals = rows[keep], cols[keep], vals[keep]
        order = np.lexsort((cols, rows))  # by row, then earliest column first
        rows, cols, vals = rows[order], cols[order], vals[order]
        firsts = np.flatnonzero(np.r_[True, rows[1:] != rows[:-1]])
        for k in firsts:
            found.append((int(index[rows[k]]), int(index[cols[k]]), min(1.0, float(vals[k]))))
    return found


def _articles(records: Iterable[dict[str, Any]]) -> list[tuple[str, int, dict[str, Any], str]]:
    out = []
    for rec in records:
        if "error" in rec:
            continue
        text = rec.get("text") or ""
        sha = (rec.get("source") or {}).get("sha256") or ""
        for i, art in enumerate(rec.get("articles") or []):
            out.append((sha, i, art, text[art.get("start", 0):art.get("end", 0)]))
    return out


def mark_duplicates(records: list[dict[str, Any]], *, threshold: float = DEFAULT_THRESHOLD, ngram: int = 3,
                    min_chars: int = 20, digits: int = 4) -> list[tuple[tuple[str, int], tuple[str, int], float]]:
    """Set ``duplicate_of`` and ``similarity`` on every article of ``records`` (in place).

    Returns ``((sha256, article_index) of the duplicate, (sha256, article_index) of the earlier
    article, similarity)`` for every duplicate found, in batch order.
    """
    arts = _articles(records)
    for _, _, art, _ in arts:
        art["duplicate_of"] = None
        art["similarity"] = None
    pairs = near_duplicates([t for *_, t in arts], threshold=threshold, ngram=ngram, min_chars=min_chars)
    out = []
    for later, earlier, sim in sorted(pairs):
        sha, idx, art, _ = arts[later]
        e_sha, e_idx, _, _ = arts[earlier]
        art["duplicate_of"] = {"sha256": e_sha, "article_index": e_idx}
        art["similarity"] = round(sim, digits)
        out.append(((sha, idx), (e_sha, e_idx), round(sim, digits)))
    return out


def has_duplicate_marks(records: Iterable[dict[str, Any]]) -> bool:
    """Did :func:`mark_duplicates` run on these records (any article carries the field)?"""
    return any("duplicate_of" in art for rec in records if "error" not in rec for art in rec.get("articles") or [])


__all__ = ["near_duplicates", "mark_duplicates", "has_duplicate_marks", "DEFAULT_THRESHOLD"]
