"""The domain lexicons in ``corpora/lexicons`` (see its README.md), loaded once, as plain data.

Each file is UTF-8, one entry per line, ``#`` starts a comment line; tab-separated files give the
entry first. Missing files read as empty (the extractors then find less, never crash).
"""

from __future__ import annotations

import re
from functools import cache

from .segment import lexicon_dir


@cache
def entries(name: str) -> tuple[tuple[str, ...], ...]:
    """The rows of a lexicon file: each a tuple of its tab-separated fields."""
    folder = lexicon_dir()
    if folder is None or not (folder / name).is_file():
        return ()
    rows = []
    for line in (folder / name).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        rows.append(tuple(field.strip() for field in line.split("\t")))
    return tuple(rows)


@cache
def words(name: str) -> frozenset[str]:
    """The first field of every row."""
    return frozenset(row[0] for row in entries(name) if row and row[0])


@cache
def marked(name: str, mark: str) -> frozenset[str]:
    """The first field of every row whose second field is ``mark`` (regions.txt ``province``,
    unit_kind_words.txt ``lead``)."""
    return frozenset(row[0] for row in entries(name) if row[1:2] == (mark,))


@cache
def alternation(name: str) -> str:
    """A regex matching any word of a lexicon, the longest one where several start at a position
    (a trie: :func:`trie_pattern`)."""
    return trie_pattern(words(name))


def trie_pattern(items: frozenset[str] | set[str]) -> str:
    """A regex matching the longest of ``items`` at a position, as a trie (2–3× faster than a flat
    alternation of hundreds of words, which ``re`` tries one by one); it backtracks to shorter
    items as a longest-first alternation does.

    >>> re.findall(trie_pattern({"局", "公安局", "公司"}), "公安局和公司")
    ['公安局', '公司']
    """
    trie: dict[str, dict] = {}
    for item in items:
        node = trie
        for ch in item:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        branches = [re.escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie) or "(?!)"


def inside_he_stem(text: str, at: int) -> bool:
    """Is the 和 (or 与) at ``at`` part of a unit name (``he_unit_stems.txt``: 自然资源和规划)?

    >>> inside_he_stem("市自然资源和规划局", 5), inside_he_stem("公安局和交警大队", 3)
    (True, False)
    """
    for stem in words("he_unit_stems.txt"):
        k = stem.find(text[at:at + 1])
        if k >= 0 and text[max(0, at - k):at - k + len(stem)] == stem:
            return True
    return False
