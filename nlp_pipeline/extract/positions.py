"""Title mentions: every post, title or occupation written in the text, bound to a person or not.

``officials[].titles`` holds a title only when it is bound to a named person, and without offsets.
This module finds every mention (记者从市公安局获悉, 各镇镇长, 本报记者张悦, 副市长、公安局局长宋文元)
as ``{"text", "start", "end", "official"}``:

- **Words**: ``titles.txt`` (posts and titles, shared with the officials extractor) and
  ``occupations.txt`` (occupations and roles: 通讯员, 民警, 网格员, 专家 …; read only here, so they are
  never bound to a name by the officials extractor). At each position the longest word starting
  there is tried, left to right, so a title inside a longer one is no mention of its own
  (副市长, not 市长 in it; 主任科员, not 主任 in it).
- **The span is the title word alone**: a unit written before it is left out (市公安局局长 → 局长;
  市公安局 is a unit mention of its own), a word of the lexicons that includes its body stays whole
  (党委书记, 组织部长, 村委会主任). The title with its unit, as the contract writes it, is the
  official's entry in ``officials[].titles``.
- **Not a mention** (unless the officials extractor bound it to a person): a title cut out of a
  longer word — the segmenter (jieba over our dictionary, on a few characters around the word)
  must put a word boundary at both of its ends (委员会, 书记处, 记者站, 教师节, 社区长效, 城市长远 are
  no mentions; 局长安排 is one); a title heading the name of a meeting, a service or a day of the
  post (``POST_NAME_AFTER``: 局长办公会, 市长热线, 书记信箱, 医师节); a title inside a unit's name that runs on
  after it (教师进修学校, 志愿者协会); a title overlapping a person's name; and a word that is a title
  only next to a name (``BOUND_ONLY``: 成员, as in 成员单位).
- **Rank modifiers** written before a title belong to it (``SPAN_MODIFIERS``: 首席设计师, 执行总经理,
  资深记者), when the segmenter cuts before them.
- **official**: the name of the person the officials extractor bound the title to — the title
  chain written right before one of the person's mentions (``title_chain``: 副市长、公安局局长宋文元
  binds both), the title right after it (王洪斌局长), or the title inside a mention written as
  surname + title (高院长, 王书记) — when that title is among the person's ``titles``; else null. A
  title shared by names joined by 、 (副市长江雪梅、文海波) gives the first. A bound title is a mention
  whatever the rules above say (市长江雪梅: the segmenter would read 长江).

Known gaps: a title used as a verb (编辑出版, 主演了) is a mention; other modifiers stay outside the
span (权威专家 → 专家); a lexicon title right after a negation or another word the segmenter keeps
apart is taken alone (非执行董事 → 执行董事); a wrong binding by the officials extractor is kept.

>>> [(m["text"], m["start"], m["official"]) for m in extract_title_mentions("本报记者从市公安局获悉。")]
[('记者', 2, None)]
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping, Sequence
from functools import cache, lru_cache
from typing import Any

from ..lexicon import words
from ..segment import dag_cutter, dictionary
from .officials import lexicons as official_lexicons
from .officials import title_chain

LEXICONS = ("titles.txt", "occupations.txt")
# What follows a title that makes it part of the name of a meeting, a service or a day of the post,
# not a mention of a person holding it (局长办公会, 市长热线, 书记接待日, 医师节暨…): a 节 only before
# punctuation or a word that goes with a day, so that 局长节前走访 stays a mention.
POST_NAME_AFTER = re.compile(r"办公会|专题会|热线|信箱|接待日|公开电话"
                             r"|节(?:$|[，。、；：！？”）\s]|暨|期间|之际|当天|来临|到来|前夕|活动|座谈|表彰|庆祝)")
# Lexicon words that are a title only next to a person's name (成员单位, 各成员 are no post).
BOUND_ONLY = frozenset({"成员"})
# The name of a work (a book, a film, a document): a title inside it is no mention (《毁灭战士》).
WORK_NAME = re.compile(r"《[^《》\n]*》")
# Rank and status words written before a title that belong to it (首席设计师, 执行总经理, 资深记者);
# longest first. Not 原 (a former holder) nor a unit.
SPAN_MODIFIERS = ("正高级", "首席", "执行", "常务", "高级", "资深", "特级", "见习", "实习", "特约", "名誉", "荣誉")
MODIFIER_ENDS = frozenset(m[-1] for m in SPAN_MODIFIERS)
# Characters of context on each side the segmenter sees to decide a word boundary.
SEGMENT_WINDOW = 4
MAX_WORD = 8  # the longest dictionary word looked for across a boundary
MAX_CACHED_WINDOWS = 20_000


class PositionWords:
    """The title and occupation words: a set, their lengths by first character, one search regex."""

    def __init__(self) -> None:
        vocab: set[str] = set()
        for name in LEXICONS:
            vocab |= words(name)
        self.words = frozenset(vocab)
        lengths: dict[str, set[int]] = {}
        for w in self.words:
            lengths.setdefault(w[0], set()).add(len(w))
        self.lengths = {ch: sorted(ls, reverse=True) for ch, ls in lengths.items()}
        self.all_lengths = sorted({len(w) for w in self.words}, reverse=True)
        # The leftmost word, the longest at its position: one regex of the words as a trie (a plain
        # alternation of ~600 words is 2.5 times slower to search).
        self.pattern = re.compile(_trie_pattern(self.words))

    def longest_at(self, text: str, i: int) -> int:
        """Length of the longest word starting at ``i`` (0 if none)."""
        for n in self.lengths.get(text[i], ()):
            if text[i:i + n] in self.words:
                return n
        return 0

    def longest_ending_at(self, text: str, j: int) -> int:
        for n in self.all_lengths:
            if n <= j and text[j - n:j] in self.words:
                return n
        return 0


def _trie_pattern(vocab: frozenset[str]) -> str:
    """A regex of the words of ``vocab`` as a trie, matching the longest word at a position:
    {局长, 副局长, 副局长助理} → ``(?:副局长(?:助理)?|局长)``."""
    trie: dict[str, Any] = {}
    for w in vocab:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here

    def build(node: dict[str, Any]) -> str:
        branches = [re.escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body  # greedy: the longer word first

    return build(trie) or "(?!)"


@cache
def position_words() -> PositionWords:
    return PositionWords()


def bound_titles(text: str, officials: Sequence[Mapping[str, Any]]) -> dict[int, tuple[int, str]]:
    """The titles the officials extractor bound to a person, as {start: (end, name)}.

    Three places: the title chain right before one of the person's mentions (副市长、公安局局长宋文元),
    the title right after it (王洪斌局长), and the title inside a mention written as surname + title
    (王书记, or 高院长 standing for 高志峰). Each counts only when it is among the person's ``titles``
    (the chain's pieces as written, the others by their ending).
    """
    lex, vocab = official_lexicons(), position_words()
    bound: dict[int, tuple[int, str]] = {}

    def bind(start: int, end: int, name: str) -> None:
        if end > start and start not in bound:
            bound[start] = (end, name)

    for official in officials:
        name, titles = official["name"], tuple(official.get("titles") or ())
        if not titles:
            continue
        for mention in official.get("mentions") or ():
            start, end = mention["start"], mention["end"]
            piece_end = start
            for piece in reversed(title_chain(text, start, lex)):  # 副市长、|公安局局长|宋文元
                if piece in titles:
                    bind(piece_end - min(vocab.longest_ending_at(text, piece_end), len(piece)), piece_end, name)
                piece_end -= len(piece) + 1  # the piece and the 、 or 兼 before it
            after = lex.title_starting_at(text, end)
            if after and text[end:end + after] in titles:
                bind(end, end + vocab.longest_at(text, end), name)
            inner = vocab.longest_ending_at(text, end)
            if 0 < inner < end - start and any(t.endswith(text[end - inner:end]) for t in titles):
                bind(end - inner, end, name)  # 王书记: the title written inside the mention
    return bound


def _freq() -> Mapping[str, int]:
    """The segmenter's dictionary: word -> frequency, 0 for a prefix of a longer word."""
    return dictionary()[0].FREQ


def _spanned(text: str, p: int) -> bool:
    """Does a word of the segmenter's dictionary run across position ``p`` (start before, end after)?"""
    lo = max(0, p - SEGMENT_WINDOW)
    return _spanned_in(text[lo:p + MAX_WORD - 1], p - lo)


@lru_cache(maxsize=MAX_CACHED_WINDOWS)
def _spanned_in(window: str, p: int) -> bool:
    """:func:`_spanned` on the few characters around ``p`` it reads (cached: titles repeat in the
    same words around them)."""
    freq = _freq()
    for q in range(p):
        for e in range(p + 1, min(len(window), q + MAX_WORD) + 1):
            piece = window[q:e]
            if piece not in freq:
                break  # jieba's dictionary holds every prefix of its words: no longer word starts so
            if freq[piece]:
                return True
    return False


def _cuts(text: str, start: int, end: int) -> set[int]:
    """Where our segmenter (jieba without HMM, our dictionary) cuts the text a few characters
    around ``text[start:end]``."""
    lo, hi = max(0, start - SEGMENT_WINDOW), min(len(text), end + SEGMENT_WINDOW)
    return {lo + c for c in _word_ends(text[lo:hi])}


@lru_cache(maxsize=MAX_CACHED_WINDOWS)
def _word_ends(window: str) -> frozenset[int]:
    """The offsets in ``window`` where the segmenter ends a word, and 0 (bulletins repeat their titles
    in the same words around them)."""
    ends, pos = {0}, 0
    for token in dag_cutter().cut(window):
        pos += len(token)
        ends.add(pos)
    return frozenset(ends)


def _cut_at(text: str, p: int, end: int) -> bool:
    return not _spanned(text, p) or p in _cuts(text, p, end)


def _word_boundaries(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` a word of its own for our segmenter, or the head ending a longer one?

    The segmenter must cut at ``end`` (委员会, 书记处, 记者站 run on) — or a further title start there
    (专家|学者) — and no word may cross ``start`` to end inside it (社区|长效, 乡镇|党委书记); one that
    ends with it makes it its head (本报记者, 女演员). Where no dictionary word runs across either end,
    both are cuts and the segmenter need not run.
    """
    if not _spanned(text, start) and not _spanned(text, end):
        return True
    cuts = _cuts(text, start, end)
    if start not in cuts and any(start < c < end for c in cuts):
        return False  # a word crosses the start and ends inside
    if end in cuts:
        return True
    follow = position_words().longest_at(text, end) if end < len(text) else 0
    return bool(follow) and end + follow in cuts


def _spans(items: Sequence[Mapping[str, Any]]) -> list[tuple[int, int]]:
    return [(m["start"], m["end"]) for it in items for m in it.get("mentions") or ()]


def _with_modifier(text: str, start: int, floor: int) -> int:
    """Where a title starting at ``start`` starts with a rank modifier written before it (首席设计师),
    not reaching back before ``floor``; the segmenter must cut before the modifier."""
    if start == 0 or text[start - 1] not in MODIFIER_ENDS:
        return start
    for mod in SPAN_MODIFIERS:
        k = start - len(mod)
        if k >= floor and text.startswith(mod, k) and _cut_at(text, k, start):
            return k
    return start


def extract_title_mentions(text: str, officials: Sequence[Mapping[str, Any]] = (),
                           units: Sequence[Mapping[str, Any]] = ()) -> list[dict[str, Any]]:
    """Every title mention, in text order: ``{"text", "start", "end", "official"}``.

    ``officials`` and ``units`` are the extractors' outputs for the same text (``name``, ``titles``,
    ``mentions``): officials bind titles and their names are never titles; a title inside a unit's
    name is none.

    >>> officials = [{"name": "宋文元", "titles": ["副市长", "公安局局长"], "mentions": [{"start": 12, "end": 15}]}]
    >>> [(m["text"], m["start"], m["end"], m["official"])
    ...  for m in extract_title_mentions("会上，副市长、公安局局长宋文元讲话，各镇镇长参加。", officials)]
    [('副市长', 3, 6, '宋文元'), ('局长', 10, 12, '宋文元'), ('镇长', 20, 22, None)]
    """
    vocab = position_words()
    bound = bound_titles(text, officials)  # bound titles are mentions whatever is around them
    names = _spans(officials)
    unit_spans = _spans(units)
    work_spans = [(m.start(), m.end()) for m in WORK_NAME.finditer(text)]
    bound_starts_sorted = sorted(bound)
    found: list[dict[str, Any]] = []
    last_end = i = 0
    while True:
        match = vocab.pattern.search(text, i)
        k = bisect.bisect_left(bound_starts_sorted, i)
        next_bound = bound_starts_sorted[k] if k < len(bound_starts_sorted) else None
        if next_bound is not None and (match is None or next_bound <= match.start()):
            i = next_bound
            end, name = bound[i]
        elif match is not None:
            i, end, name = match.start(), match.end(), None
            if next_bound is not None and next_bound < end:  # a bound title starts inside: it wins
                i += 1
                continue
            if not _is_mention(text, i, end, names, unit_spans, work_spans):
                i += 1
                continue
        else:
            break
        start = _with_modifier(text, i, last_end)
        if start < i and _modifier_floor(names, i) > start:
            start = i  # the modifier would run into a person's name
        found.append({"text": text[start:end], "start": start, "end": end, "official": name})
        last_end = i = end
    return found


def _modifier_floor(names: list[tuple[int, int]], i: int) -> int:
    """How far left a modifier may reach from ``i``: not into a person's name."""
    return max((e if e <= i else i for s, e in names if s < i), default=0)


def _is_mention(text: str, start: int, end: int, names: list[tuple[int, int]],
                unit_spans: list[tuple[int, int]], work_spans: list[tuple[int, int]]) -> bool:
    word = text[start:end]
    if word in BOUND_ONLY or POST_NAME_AFTER.match(text, end):
        return False
    if any(s < end and start < e for s, e in names):
        return False  # a person's name is no title
    if any(s <= start and end < e for s, e in unit_spans):
        return False  # inside a unit's name: 教师进修学校
    if any(s < start and end < e for s, e in work_spans):
        return False  # inside the name of a work: 《毁灭战士》
    return _word_boundaries(text, start, end)


__all__ = ["extract_title_mentions", "bound_titles", "position_words"]
