"""Meetings held in an article: name, kind, date, host, speakers, attendees, place.

Rules over the normalised text and the results of the other extractors (dates, officials, units);
the word lists are the tables below and ``meeting_kinds.txt`` / ``speech_verbs.txt``.

- **Name and kind.** A meeting is a name ending in a kind word (``meeting_kinds.txt``, longest
  first: 表彰大会 before 大会) with at least two characters of its own before the kind (not 此次会议,
  一次联席会议). The name runs left to punctuation or to a verb of holding (召开, 举行 …), and a unit
  written at its start is dropped (市政府第42次常务会议 → 第42次常务会议). Only meetings the article
  reports are kept: named in its title or held (召开/举行) in its first paragraph; a meeting only
  cited (传达…会议精神, 推进会上的精神) is not. Mentions of one kind in one article are one meeting,
  named by its shortest mention.
- **date**: the first date of the sentence where it is held, outside the name (2025年 in
  2025年…工作会议 is part of the name), else the last date before it in that paragraph.
- **Roles** of each official mention come from the rest of its clause (up to ，。；：): 主持 → host,
  a speech verb → speaker, 出席/参加/列席 → attendee. A name that closes its clause takes the role
  of the next clause that holds a name (``A，B出席会议``, a shared predicate); ``他/她 + speech verb``
  is the last person named before. Speakers are in order of speaking.
- **Attendees** are those persons, then the units written before 出席/参加/列席 in that sentence,
  as written, without generic ones (各…, 有关…) and without a unit that is only part of a title
  (市人民检察院党组成员 …).
- **place**: 在 X 召开/举行/举办 in the sentence where it is held.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from ..lexicon import alternation, words

# ---------------------------------------------------------------- tables

HOLD_VERBS = ("主持召开", "组织召开", "召开", "举行", "举办", "召集")
HOST_VERBS = ("主持",)
ATTEND_VERBS = ("出席", "参加", "列席", "参会")
# Before the meeting's name, in its clause: the meeting is only cited (传达…工作会议精神).
CITED_BEFORE = ("传达", "贯彻", "学习", "落实", "按照", "根据")
# Right after the name: cited too (…推进会上的重要精神, …会议精神).
CITED_AFTER = re.compile(r"(?:的)?(?:会议)?(?:重要)?精神|上的")
# Characters that end a meeting name on its left (quotes and book-title marks stay inside).
NAME_STOPS = set("，。；：！？、,;:!?（）()\n \t")
# A kind word followed by one of these is part of a longer word: 会议室, 大会堂, 会议纪要.
NOT_AFTER_KIND = ("室", "厅", "堂", "场", "纪要", "材料", "记录", "桌", "中心")
# Words before a kind that do not name a meeting: 此次会议, 一次联席会议, 本次大会.
DETERMINERS = re.compile(r"^(?:此次|本次|这次|该次|上述|每次|一次|两次|多次|有关|相关|各类|各种|各|该|此|本|这)")
SENTENCE_END = "。！？!?；;"
CLAUSE_END = SENTENCE_END + "，,：:"
SENTENCE_BREAKS = SENTENCE_END + "\n"
SENTENCE_BREAK = re.compile(f"[{re.escape(SENTENCE_BREAKS)}]")
CLAUSE_BREAK = re.compile(f"[{re.escape(CLAUSE_END)}\n]")
# ".*" then a break: matched from a start, it ends right after the last break before the end.
LAST_SENTENCE_BREAK = re.compile(f"(?s).*[{re.escape(SENTENCE_BREAKS)}]")
LAST_CLAUSE_END = re.compile(f"(?s).*[{re.escape(CLAUSE_END)}]")
LAST_CLAUSE_BREAK = re.compile(f"(?s).*[{re.escape(CLAUSE_END)}\n]")
LAST_LIST_COMMA = re.compile("(?s).*[、，,]")
# Any one of a word list, found in place (pattern.search(text, start, end)) rather than in a slice.
ATTEND_VERB = re.compile("|".join(map(re.escape, ATTEND_VERBS)))
HOLD_VERB = re.compile("|".join(map(re.escape, HOLD_VERBS)))
CITED_BEFORE_WORD = re.compile("|".join(map(re.escape, CITED_BEFORE)))
PRONOUNS = ("他", "她")
PLACE = re.compile(r"在([^，。；、,;\n]{2,30}?)(?:召开|举行|举办)")
# What may follow a unit that attends (市气象局、… / …负责同志参加); anything else (a title) means the
# unit is part of a person's title or of a longer phrase.
UNIT_FOLLOWERS = ("、", "，", ",", "等", "负责", "主要", "分管", "有关", "相关", "同志", "在", "的", "及", "和", "与",
                  "应邀") + ATTEND_VERBS


@cache
def kinds() -> tuple[str, ...]:
    return tuple(sorted(words("meeting_kinds.txt"), key=len, reverse=True))


@cache
def _kind_pattern() -> re.Pattern[str]:
    return re.compile(rf"(?:{alternation('meeting_kinds.txt')})")


@cache
def _speech_verb_pattern() -> re.Pattern[str]:
    """Any of ``speech_verbs.txt``: one search instead of a substring test per verb."""
    return re.compile(alternation("speech_verbs.txt"))


@cache
def _generic_prefixes() -> tuple[str, ...]:
    return tuple(sorted(words("generic_unit_prefixes.txt"), key=len, reverse=True))


# ---------------------------------------------------------------- data


@dataclass
class Mention:
    name: str
    kind: str
    start: int
    end: int
    in_title: bool


@dataclass
class Meeting:
    kind: str
    mentions: list[Mention] = field(default_factory=list)

    @property
    def name(self) -> str:
        return min(self.mentions, key=lambda m: (len(m.name), m.start)).name


# ---------------------------------------------------------------- names


def _name_start(text: str, kind_start: int, floor: int, unit_spans: Sequence[tuple[int, int]]) -> int:
    k = kind_start
    while k > floor and text[k - 1] not in NAME_STOPS and kind_start - k < 40:
        k -= 1
    cut = max((text.rfind(v, k, kind_start) + len(v) for v in HOLD_VERBS if text.rfind(v, k, kind_start) >= 0),
              default=k)
    # A unit written at the start of the name is the organiser, not the name (市政府第42次常务会议).
    for s, e in unit_spans:
        if s == cut and e < kind_start - 1:
            cut = e
    return cut


def find_mentions(text: str, start: int, end: int, in_title: bool,
                  unit_spans: Sequence[tuple[int, int]]) -> list[Mention]:
    out = []
    for m in _kind_pattern().finditer(text, start, end):
        if text.startswith(NOT_AFTER_KIND, m.end()):
            continue
        s = _name_start(text, m.start(), start, unit_spans)
        name = text[s:m.end()]
        prefix = DETERMINERS.sub("", name[:-len(m.group(0))])
        if len(prefix) < 2:
            continue
        clause_start = _after_last(LAST_CLAUSE_END, text, start, s)
        if CITED_AFTER.match(text, m.end()) or CITED_BEFORE_WORD.search(text, max(clause_start, start), s):
            continue
        out.append(Mention(name, m.group(0), s, m.end(), in_title))
    return out


def _after_last(last_break: re.Pattern[str], text: str, lo: int, hi: int) -> int:
    """Right after the last break in ``text[lo:hi]``, else 0: ``max(text.rfind(ch, lo, hi) for ch in
    breaks) + 1`` in one scan (``last_break`` is one of the ``LAST_*`` patterns)."""
    m = last_break.match(text, lo, hi)
    return m.end() if m else 0


def _sentence(text: str, pos: int, lo: int, hi: int) -> tuple[int, int]:
    """The sentence around ``pos`` within ``text[lo:hi]``, with its closing punctuation."""
    s = pos if pos <= lo else max(lo, _after_last(LAST_SENTENCE_BREAK, text, lo, pos))
    m = SENTENCE_BREAK.search(text, pos, hi)
    e = m.start() if m else max(pos, hi)
    return s, min(hi, e + 1)


def _first_paragraph(text: str, start: int, end: int) -> tuple[int, int]:
    nl = text.find("\n", start, end)
    return start, (end if nl < 0 else nl)


# ---------------------------------------------------------------- persons


# ---------------------------------------------------------------- roles


def _clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out, s = [], start
    for m in CLAUSE_BREAK.finditer(text, start, end):
        k = m.start()
        if k > s:
            out.append((s, k))
        s = k + 1
    if s < end:
        out.append((s, end))
    return out


def _roles(predicate: str) -> set[str]:
    roles = set()
    if any(v in predicate for v in HOST_VERBS):
        roles.add("host")
    if _speech_verb_pattern().search(predicate):
        roles.add("speaker")
    if any(v in predicate for v in ATTEND_VERBS):
        roles.add("attendee")
    return roles


def _person_roles(text: str, start: int, end: int,
                  persons: Sequence[tuple[int, int, str]]) -> list[tuple[int, str, str]]:
    """(position, role, name) for every official mention and 他/她 in ``text[start:end]``."""
    clauses = _clauses(text, start, end)
    inside = [p for p in persons if start <= p[0] and p[1] <= end]
    out: list[tuple[int, str, str]] = []

    def clause_of(pos: int) -> int:
        return next((k for k, (s, e) in enumerate(clauses) if s <= pos < e), -1)

    for p_start, p_end, name in inside:
        k = clause_of(p_start)
        if k < 0:
            continue
        rest = text[p_end:clauses[k][1]]
        # A name closing its clause shares the predicate of the next clause with a name (A，B出席会议).
        while not rest.strip("等") and k + 1 < len(clauses):
            nxt = [q for q in inside if clauses[k + 1][0] <= q[0] < clauses[k + 1][1]]
            if not nxt or _roles(text[clauses[k + 1][0]:nxt[0][0]]):
                break
            k += 1
            rest = text[nxt[-1][1]:clauses[k][1]]
        for role in sorted(_roles(rest)):
            out.append((p_start, role, name))
    for s, e in clauses:
        head = text[s:e]
        if head.startswith(PRONOUNS) and "speaker" in _roles(head):
            before = [p for p in persons if p[1] <= s]
            if before:
                out.append((s, "speaker", before[-1][2]))
    return sorted(out)


def _attending_units(text: str, start: int, end: int, units: Sequence[tuple[int, int, str]]) -> list[tuple[int, str]]:
    """Units written before 出席/参加/列席 in a sentence of ``text[start:end]``, generic ones left out."""
    out = []
    generic = _generic_prefixes()
    for s, e in _clauses(text, start, end):
        first_verb = ATTEND_VERB.search(text, s, e)
        if first_verb is None:
            continue
        verb = first_verb.start()
        # The subject may run back over clauses without a role (…负责同志，各村党组织书记参加会议).
        lo = s
        while lo > start and text[lo - 1] in "，,":
            prev = _after_last(LAST_CLAUSE_BREAK, text, start, lo - 1)
            if _roles(text[prev:lo - 1]) or text[lo - 1] not in "，,":
                break
            lo = prev
        for u_start, u_end, name in units:
            if not (lo <= u_start and u_end <= verb):
                continue
            if not text.startswith(UNIT_FOLLOWERS, u_end) and u_end != verb:
                continue
            chunk_start = _after_last(LAST_LIST_COMMA, text, lo, u_start)
            chunk_start = max(chunk_start, lo)
            lead = text[chunk_start:u_start] + name
            if lead.startswith(generic):
                continue
            out.append((u_start, name))
    return out


# ---------------------------------------------------------------- the stage


def extract_meetings(text: str, regions: Sequence[tuple[int, int]], articles: Sequence[Any], *,
                     dates: Sequence[dict[str, Any]], officials: Sequence[dict[str, Any]],
                     units: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """Meetings reported by each article (contract dicts, text order).

    ``regions`` are the article bodies (as for lists), ``articles`` the structure's articles (for
    their titles; may be shorter than ``regions`` for a text without articles).
    """
    named = [(m["start"], m["end"], o["name"]) for o in officials for m in o["mentions"]]
    unit_mentions = sorted((m["start"], m["end"], u["name"]) for u in units for m in u["mentions"])
    unit_spans = [(s, e) for s, e, _ in unit_mentions]
    out: list[dict[str, Any]] = []
    for k, (b_start, b_end) in enumerate(regions):
        persons = sorted(named)  # 高院长 is among its official's mentions (officials.bare_title_mentions)
        title_span = getattr(articles[k], "title_span", None) if k < len(articles) else None
        mentions: list[Mention] = []
        if title_span:
            mentions += find_mentions(text, title_span[0], title_span[1], True, unit_spans)
        p_start, p_end = _first_paragraph(text, b_start, b_end)
        body = [m for m in find_mentions(text, p_start, p_end, False, unit_spans)
                if HOLD_VERB.search(text, *_sentence(text, m.start, p_start, p_end))]
        mentions += body
        meetings: dict[str, Meeting] = {}
        for m in mentions:
            meetings.setdefault(m.kind, Meeting(m.kind)).mentions.append(m)
        held = []
        for mt in meetings.values():
            in_body = [m for m in mt.mentions if not m.in_title]
            if in_body:
                anchor = in_body[0].start
            else:
                kind_at = text.find(mt.kind, b_start, b_end)
                anchor = kind_at if kind_at >= 0 else b_start
            held.append((anchor, mt))
        held.sort(key=lambda x: x[0])
        for j, (anchor, mt) in enumerate(held):
            s_start, s_end = _sentence(text, anchor, b_start, b_end)
            seg_end = _sentence(text, held[j + 1][0], b_start, b_end)[0] if j + 1 < len(held) else b_end
            out.append(_meeting_dict(text, mt, (s_start, s_end), (s_start, seg_end), b_start, dates, persons,
                                     unit_mentions))
    return out


def _meeting_dict(text: str, mt: Meeting, sentence: tuple[int, int], segment: tuple[int, int], body_start: int,
                  dates: Sequence[dict[str, Any]], persons: Sequence[tuple[int, int, str]],
                  units: Sequence[tuple[int, int, str]]) -> dict[str, Any]:
    name_spans = [(m.start, m.end) for m in mt.mentions]

    def outside_names(d: dict[str, Any]) -> bool:
        return not any(s <= d["start"] and d["end"] <= e for s, e in name_spans)

    in_sentence = [d for d in dates if sentence[0] <= d["start"] and d["end"] <= sentence[1] and outside_names(d)]
    if not in_sentence:
        para_start = text.rfind("\n", body_start, sentence[0]) + 1
        in_sentence = [d for d in dates if max(para_start, body_start) <= d["start"] and d["end"] <= sentence[0]][-1:]
    roles = _person_roles(text, segment[0], segment[1], persons)
    host = next((n for _, r, n in roles if r == "host"), None)
    speakers: list[str] = []
    attendees: list[tuple[int, str]] = []
    for pos, role, name in roles:
        if role == "speaker" and name not in speakers:
            speakers.append(name)
        if role == "attendee" and name not in [a for _, a in attendees]:
            attendees.append((pos, name))
    for pos, name in _attending_units(text, segment[0], segment[1], units):
        if name not in [a for _, a in attendees]:
            attendees.append((pos, name))
    place = PLACE.search(text, sentence[0], sentence[1])
    first = min(mt.mentions, key=lambda m: m.start)
    return {"name": mt.name, "kind": mt.kind, "date": in_sentence[0]["value"] if in_sentence else None,
            "host": host, "speakers": speakers, "attendees": [a for _, a in sorted(attendees)],
            "place": place.group(1) if place else None, "start": first.start, "end": first.end}


__all__ = ["extract_meetings", "kinds"]
