"""Requirement lists: ordinal enumerations (一是/二是, （一）/（二）, 1./2., ①/②, 首先/其次 …).

One general mechanism, driven by the tables at the top:

1. **Markers.** Every family of ``MARKERS`` is a regex with the ordinal in group ``n``. A marker
   counts only at a clause start (``BOUNDARY`` before it: a paragraph start or punctuation), so 统一是,
   唯一要 never start a list; the traps of ``TRAPS`` are dropped (一是一、二是二, 第一、二批, 1.5).
   第一/第二 need punctuation after them (第一，/第一、), so 第一次, 第一书记, 第一批 never count.
2. **Chains.** Within one article body, the markers of one family chain when their ordinals run
   1, 2, 3 … (最后 closes a 首先/其次 chain); a chain of two or more items is a list.
3. **Items.** An item's text runs from right after its marker (and a comma after 第一/首先) to the
   next marker of its list, across paragraph and page breaks. The **last item** ends where the
   enumeration ends: with items in paragraphs of their own, at the end of its paragraph; with items
   run on inside a paragraph, after as many sentences as the longest earlier item has (one for
   ``一是…；二是…；三是…。``, two for ``一要压实责任。要……；``), never past its paragraph. A
   last item that ends with ``：`` takes in the list that follows it (a nested list); a last item
   that is a heading (一、工作进展 … 二、下步打算, earlier items running over paragraphs) runs to
   the end of the article.
4. **Nesting.** A list inside one item of another (（一） with 1. 2. inside) is reported on its own,
   flagged ``nested``, and its items are the item's ``children``; it inherits the outer speaker.
5. **declared_count.** The last count phrase (``COUNT``: 五点要求, 三个方面, “四个一批”) of the
   sentence that leads into the list; ``以下/如下`` without a number after it, and 几点, give null.
6. **speaker.** The nearest official mention before the list in its lead-in paragraph that a
   speech verb (``speech_verbs.txt``) follows; with 他/她 + verb and no name in that paragraph, the
   nearest official before it in the article. A non-person subject speaking after that name
   (会议明确, 通知提出: ``COLLECTIVE_SPEAKERS``) makes the speaker null.

Regexes over the normalised text only: no segmenter pass.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from ..lexicon import alternation, words

# ---------------------------------------------------------------- tables

CN_NUM = "一二三四五六七八九十"
CN_VALUE = {ch: k + 1 for k, ch in enumerate("一二三四五六七八九")} | {"两": 2, "〇": 0, "零": 0}


def cn_small(s: str) -> int | None:
    """Chinese or Arabic numerals 1-99 (the sizes of lists).

    >>> [cn_small(x) for x in ("三", "十", "十二", "二十", "二十三", "两", "12", "几")]
    [3, 10, 12, 20, 23, 2, 12, None]
    """
    if s.isdigit():
        return int(s)
    if not s or any(ch not in CN_VALUE and ch != "十" for ch in s):
        return None
    if "十" not in s:
        return CN_VALUE[s] if len(s) == 1 else None
    tens, _, ones = s.partition("十")
    if len(tens) > 1 or len(ones) > 1:
        return None
    return (CN_VALUE[tens] if tens else 1) * 10 + (CN_VALUE[ones] if ones else 0)


LAST = -1  # the ordinal of 最后: it closes a chain whatever the count so far
SEQUENCE_WORDS = {"首先": 1, "其次": 2, "再次": 3, "最后": LAST}


def _circled(s: str) -> int | None:
    return ord(s) - 0x2460 + 1


def _sequence(s: str) -> int | None:
    return SEQUENCE_WORDS.get(s)


@dataclass(frozen=True)
class Family:
    """One kind of ordinal marker: its regex (ordinal in group ``n``) and how to read the ordinal."""

    name: str
    pattern: re.Pattern[str]
    ordinal: Callable[[str], int | None]
    # A comma or colon right after the marker is skipped (第一，建立… → 建立…).
    skip_punct: bool = False
    # What may not follow the marker (一是一, 第一、二批, 1.5): a regex tried at the item start.
    not_before: re.Pattern[str] | None = None


def _family(name: str, regex: str, ordinal: Callable[[str], int | None], *, skip_punct: bool = False,
            not_before: str | None = None) -> Family:
    return Family(name, re.compile(regex), ordinal, skip_punct, re.compile(not_before) if not_before else None)


# The marker table. Full- and half-width brackets and dots are both accepted (the normaliser folds
# most of them already). Order does not matter: each family chains on its own.
# One to three Chinese numerals, one or two digits. Spelled with the first character apart
# (not [一…十]{1,3}): a pattern that starts with a character class lets the regex engine skip to
# the places where one stands; one that starts with a repeat is tried at every position of the text
# (find_markers twice as fast).
CN_1_3 = rf"[{CN_NUM}][{CN_NUM}]{{0,2}}"
DIGITS_1_2 = r"\d\d?"
MARKERS: tuple[Family, ...] = (
    _family("一是", rf"(?P<n>{CN_1_3})是", cn_small, skip_punct=True),
    _family("一要", rf"(?P<n>{CN_1_3})要(?![求是])", cn_small, skip_punct=True),
    _family("第一", rf"第(?P<n>{CN_1_3})(?=[，、,：:])", cn_small, skip_punct=True,
            not_before=rf"[、，,]?[{CN_NUM}\d]"),
    _family("（一）", rf"[（(](?P<n>{CN_1_3})[）)]", cn_small),
    _family("一、", rf"(?P<n>{CN_1_3})、", cn_small, not_before=rf"[{CN_NUM}]"),
    _family("（1）", rf"[（(](?P<n>{DIGITS_1_2})[）)]", cn_small),
    _family("1.", rf"(?P<n>{DIGITS_1_2})[.．](?![\d.．])", cn_small, not_before=r"\s*\d"),
    _family("1、", rf"(?P<n>{DIGITS_1_2})、", cn_small, not_before=r"\d"),
    _family("①", r"(?P<n>[①-⑳])", _circled),
    _family("首先", r"(?P<n>首先|其次|再次|最后)", _sequence, skip_punct=True),
)
# What may stand right before a marker: it opens a clause.
BOUNDARY = set("\n，。；：！？、,;:!?）)》」』 \t")
PUNCT_AFTER_MARKER = "，,：:、 "
# A family whose chains need more than a first and a last item (首先…最后 alone is narrative).
NEEDS_MIDDLE = {"首先": {2, 3}}
SENTENCE_END = "。！？!?"
CLOSERS = "”’」』）)》"

# declared_count: a number and a classifier in the lead-in (五点要求, 三个方面, “四个一批”, 两件事).
# A weak classifier (个, 大: 两个月, 三大产业) counts only quoted (“三个结合”) or in the lead-in's
# last clause (…重点做好两个“到位”：).
COUNT = re.compile(rf"(?<![第\d{CN_NUM}])(?P<n>[{CN_NUM}两]{{1,3}}|\d{{1,2}}|几)"
                   r"(?P<cls>点|项|条|类|件|种|个方面|方面|个|大)(?=[\u4e00-\u9fff“])")
WEAK_CLASSIFIERS = ("个", "大")
# A list announced without a number: 以下工作, 如下几点 (a number right after is read by COUNT).
ANNOUNCE = re.compile(r"以下|如下")
# Subjects that are no person: when one of them speaks after the nearest name, the list is theirs.
COLLECTIVE_SPEAKERS = ("会议", "通知", "文件", "意见", "方案", "决定", "纪要", "规划", "办法", "细则", "报告",
                       "大会", "会上", "》")
PRONOUNS = ("他", "她")


@cache
def speech_verbs() -> tuple[str, ...]:
    """``corpora/lexicons/speech_verbs.txt``, longest first."""
    return tuple(sorted(words("speech_verbs.txt"), key=len, reverse=True))


@cache
def _collective_pattern() -> re.Pattern[str]:
    verbs = alternation("speech_verbs.txt")
    subj = "|".join(re.escape(s) for s in COLLECTIVE_SPEAKERS)
    # The subject opens a clause: 会议明确 / 。通知提出 — not 在会上提出, where 会上 is a place.
    return re.compile(rf"(?:^|(?<=[\n，。；：！？,;:]))(?:{subj})(?:还|也|并|进一步|同时|再次|首先)?(?:{verbs})",
                      re.MULTILINE)


# ---------------------------------------------------------------- data


@dataclass
class Marker:
    family: str
    ordinal: int
    start: int       # where the marker starts
    text_start: int  # where the item's text starts
    marker: str


@dataclass
class Item:
    marker: Marker
    end: int
    children: list[Item] = field(default_factory=list)

    @property
    def start(self) -> int:
        return self.marker.text_start


@dataclass
class FoundList:
    items: list[Item]
    region: tuple[int, int]
    speaker: str | None = None
    declared_count: int | None = None
    parent: FoundList | None = None

    @property
    def start(self) -> int:
        return self.items[0].marker.start

    @property
    def end(self) -> int:
        return self.items[-1].end


# ---------------------------------------------------------------- 1. markers and chains


def find_markers(text: str, start: int, end: int) -> list[Marker]:
    """Every marker in ``text[start:end]`` that stands at a clause start and is no trap."""
    out = []
    for fam in MARKERS:
        for m in fam.pattern.finditer(text, start, end):
            if m.start() > start and text[m.start() - 1] not in BOUNDARY:
                continue
            ordinal = fam.ordinal(m.group("n"))
            if ordinal is None:
                continue
            at = m.end()
            if fam.not_before is not None and fam.not_before.match(text, at):
                continue
            if fam.name in ("一是", "一要") and text.startswith(m.group("n"), at):
                continue  # 一是一、二是二
            if fam.skip_punct:
                while at < end and text[at] in PUNCT_AFTER_MARKER:
                    at += 1
            if at >= end or text[at] == "\n":
                continue
            out.append(Marker(fam.name, ordinal, m.start(), at, m.group(0)))
    return sorted(out, key=lambda k: k.start)


def chains(markers: list[Marker]) -> list[list[Marker]]:
    """Markers of one family whose ordinals run 1, 2, 3 … (最后 closes a chain)."""
    out: list[list[Marker]] = []
    by_family: dict[str, list[Marker]] = {}
    for mk in markers:
        by_family.setdefault(mk.family, []).append(mk)

    def flush(cur: list[Marker]) -> None:
        if len(cur) < 2:
            return
        middle = NEEDS_MIDDLE.get(cur[0].family)
        if middle and not any(m.ordinal in middle for m in cur):
            return
        out.append(cur)

    for fam_markers in by_family.values():
        cur: list[Marker] = []
        for mk in fam_markers:
            if mk.ordinal == 1:
                flush(cur)
                cur = [mk]
            elif cur and cur[-1].ordinal != LAST and mk.ordinal in (cur[-1].ordinal + 1, LAST):
                cur.append(mk)
        flush(cur)
    return sorted(out, key=lambda c: c[0].start)


# ---------------------------------------------------------------- 2. item ends


class Paragraphs:
    def __init__(self, spans: Sequence[tuple[int, int]]):
        self.spans = sorted(spans)
        self.starts = [s for s, _ in self.spans]

    def at(self, pos: int, text_len: int) -> tuple[int, int]:
        k = bisect.bisect_right(self.starts, pos) - 1
        if k < 0:
            return (0, text_len)
        return self.spans[k]

    def before(self, pos: int) -> tuple[int, int] | None:
        """The paragraph before the one holding ``pos``."""
        k = bisect.bisect_right(self.starts, pos) - 1
        return self.spans[k - 1] if k >= 1 else None


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _sentences(s: str) -> int:
    """How many sentences an item's text holds (one that runs up to ；/the next marker counts)."""
    s = s.rstrip().rstrip(CLOSERS)
    n = sum(1 for ch in s if ch in SENTENCE_END)
    return n + (0 if s and s[-1] in SENTENCE_END else 1)


def _after_sentences(text: str, start: int, end: int, n: int) -> int:
    """The offset after the ``n``-th sentence end from ``start`` (closing quotes kept), else ``end``."""
    seen = 0
    k = start
    while k < end:
        if text[k] in SENTENCE_END:
            seen += 1
            k += 1
            while k < end and text[k] in CLOSERS:
                k += 1
            if seen >= n:
                return k
            continue
        k += 1
    return end


def build_items(text: str, chain: list[Marker], region: tuple[int, int], paras: Paragraphs) -> list[Item]:
    items = []
    for k, mk in enumerate(chain[:-1]):
        items.append(Item(mk, _rstrip(text, mk.text_start, chain[k + 1].start)))
    last = chain[-1]
    p_start, p_end = paras.at(last.start, len(text))
    p_end = min(p_end, region[1])
    own_paragraph = not text[p_start:last.start].strip()
    if own_paragraph:
        end = p_end
        heading = text[last.text_start:p_end].rstrip()[-1:] not in SENTENCE_END + CLOSERS + "；;：:"
        if heading and any("\n" in text[it.start:it.end] for it in items):
            end = region[1]  # 一、工作进展 / 二、下步打算: a section runs to the end of the article
    else:
        n = max(_sentences(text[it.start:it.end]) for it in items)
        end = _after_sentences(text, last.text_start, p_end, n)
    items.append(Item(last, _rstrip(text, last.text_start, end)))
    return items


# ---------------------------------------------------------------- 3. lead-in: count and speaker


def lead_in(text: str, at: int, floor: int) -> tuple[int, int]:
    """The sentence that leads into a list starting at ``at``: back over the colon/comma/full stop
    right before the list, then to the previous sentence end or paragraph start (not before ``floor``)."""
    end = at
    while end > floor and (text[end - 1].isspace() or text[end - 1] in "：:，,。；;"):
        end -= 1
    k = end
    while k > floor and text[k - 1] not in SENTENCE_END and text[k - 1] != "\n":
        k -= 1
    return k, end


def declared_count(text: str, start: int, end: int) -> int | None:
    """The number announced in ``text[start:end]`` (the lead-in), if any.

    >>> declared_count("他提出五点要求", 0, 7), declared_count("围绕三个关键词，重点抓好以下工作", 0, 16)
    (5, None)
    >>> declared_count("重点抓好以下几项工作", 0, 10), declared_count("要做到“三个结合”", 0, 9)
    (None, 3)
    >>> declared_count("距离年底不足两个月，要查漏补缺", 0, 15)
    """
    best: tuple[int, int | None] | None = None
    last_clause = max(text.rfind("，", start, end), text.rfind(",", start, end)) + 1
    for m in COUNT.finditer(text, start, end):
        quoted = m.start() > 0 and text[m.start() - 1] == "“"
        if m.group("cls") in WEAK_CLASSIFIERS and not quoted and m.start() < last_clause:
            continue
        best = (m.start(), None if m.group("n") == "几" else cn_small(m.group("n")))
    for m in ANNOUNCE.finditer(text, start, end):
        if best is None or m.start() > best[0]:
            best = (m.start(), None)
    return best[1] if best else None


def resolve_speaker(text: str, lst: FoundList, paras: Paragraphs,
                    mentions: list[tuple[int, int, str]]) -> str | None:
    region_start = lst.region[0]
    lead_start, lead_end = lead_in(text, lst.start, region_start)
    p_start, _ = paras.at(lead_end if lead_end > region_start else lst.start, len(text))
    p_start = max(p_start, region_start)
    verbs = speech_verbs()
    before = [m for m in mentions if region_start <= m[0] and m[1] <= lst.start]
    in_para = [m for m in before if m[0] >= p_start]
    chosen = None
    for m in reversed(in_para):
        if any(v in text[m[1]:lst.start] for v in verbs):
            chosen = m
            break
    if chosen is None:
        lead = text[lead_start:lead_end]
        pronoun = any(lead.find(p) >= 0 and any(v in lead[lead.find(p):] for v in verbs) for p in PRONOUNS)
        if pronoun and not in_para and before:
            chosen = before[-1]
    if chosen is None:
        return None
    if _collective_pattern().search(text, chosen[1], lst.start):
        return None
    return chosen[2]


# ---------------------------------------------------------------- 4. the stage


def body_regions(text: str, articles: Sequence[Any]) -> list[tuple[int, int]]:
    """Each article's body: from ``body_start`` to its end, without a closing （source unit）.

    ``articles`` are :class:`~nlp_pipeline.structure.Article` objects (``body_start``, ``end``,
    ``source_span``). A text without articles is one region.
    """
    if not articles:
        return [(0, len(text))]
    out = []
    for art in articles:
        end = art.end
        if art.source_span and art.body_start <= art.source_span[0] <= art.end:
            bracket = max(text.rfind("（", art.body_start, art.source_span[0]),
                          text.rfind("(", art.body_start, art.source_span[0]))
            end = bracket if bracket >= art.body_start else art.source_span[0]
        out.append((art.body_start, _rstrip(text, art.body_start, end)))
    return out


def _nest(lists: list[FoundList], text: str) -> list[FoundList]:
    """Give a last item that ends with a colon the list right after it, link nested lists, drop
    lists that cross another's items."""
    lists.sort(key=lambda x: x.start)
    for a in lists:
        last = a.items[-1]
        if text[last.start:last.end].rstrip().endswith(("：", ":")):
            for b in lists:
                if b is not a and b.start >= last.end and not text[last.end:b.start].strip():
                    last.end = max(last.end, b.end)
    kept: list[FoundList] = []
    for b in lists:
        parent = None
        crossing = False
        for a in kept:
            if a.end <= b.start or b.end <= a.start:
                continue
            host = next((it for it in a.items if it.start <= b.start and b.items[-1].marker.start < it.end), None)
            if host is None:
                crossing = True
                break
            parent = (a, host)
        if crossing:
            continue
        if parent is not None:
            a, host = parent
            b.parent = a
            b.items[-1].end = min(b.items[-1].end, host.end)
            host.children.extend(b.items)
        kept.append(b)
    return kept


def extract_lists(text: str, paragraphs: Sequence[tuple[int, int]], regions: Sequence[tuple[int, int]],
                  officials: Sequence[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Requirement lists of ``text`` (contract dicts, in text order) and their warnings.

    ``regions`` are the article bodies (title and closing source unit excluded): a list never
    crosses one. ``officials`` is :func:`~nlp_pipeline.extract.officials.extract_officials` output.

    >>> t = "王局长说明情况。张明强调，一是抓落实；二是重实效。会后各部门讨论。"
    >>> lists, _ = extract_lists(t, [(0, len(t))], [(0, len(t))],
    ...                          [{"name": "张明", "mentions": [{"start": 8, "end": 10}]}])
    >>> [(x["speaker"], [i["text"] for i in x["items"]]) for x in lists]
    [('张明', ['抓落实；', '重实效。'])]
    """
    paras = Paragraphs(paragraphs)
    mentions = sorted((m["start"], m["end"], o["name"]) for o in officials for m in o["mentions"])
    found: list[FoundList] = []
    for region in regions:
        for chain in chains(find_markers(text, *region)):
            found.append(FoundList(build_items(text, chain, region, paras), region))
    found = _nest(found, text)
    warnings = []
    for lst in found:
        floor = lst.parent.items[0].start if lst.parent else lst.region[0]
        lst.declared_count = declared_count(text, *lead_in(text, lst.start, floor))
    for lst in found:  # outer lists first: a nested list inherits its speaker
        lst.speaker = lst.parent.speaker if lst.parent else resolve_speaker(text, lst, paras, mentions)
        if lst.declared_count is not None and lst.declared_count != len(lst.items):
            warnings.append({"code": "declared_count_mismatch",
                             "message": f"the text announces {lst.declared_count} items, {len(lst.items)} found",
                             "start": lst.start, "end": lst.end})
    return [as_dict(text, lst) for lst in found], warnings


def _item_dict(text: str, it: Item) -> dict[str, Any]:
    return {"marker": it.marker.marker, "text": text[it.start:it.end], "start": it.start, "end": it.end,
            "children": [_item_dict(text, c) for c in it.children]}


def as_dict(text: str, lst: FoundList) -> dict[str, Any]:
    return {"speaker": lst.speaker, "declared_count": lst.declared_count, "start": lst.start, "end": lst.end,
            "nested": lst.parent is not None, "items": [_item_dict(text, it) for it in lst.items]}


__all__ = ["MARKERS", "body_regions", "extract_lists", "declared_count", "find_markers"]
