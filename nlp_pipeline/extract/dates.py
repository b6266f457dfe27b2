"""Dates: every date expression of a bulletin, normalised to ISO 8601 the way a reader would.

Two passes over the normalised text:

1. **Find** (:data:`RULES`, a table of patterns): absolute days (2014年10月23日, 2014-10-23,
   二〇一四年十月二十三日, 10月20日下午), ranges (10月20日至22日, 10月20日—11月5日, 1至5月), months,
   旬 (11月上旬), quarters, halves, year ends (年底, 6月底), years, and relative expressions (今天,
   次日, 本周内, 下周一, 本月, 今年, 即日起). A following 前/以前/之前 makes a deadline (``../END``),
   起/开始/以来 an open start (``START/..``); a part of day (上午, 下午…) is kept in the text.
2. **Resolve**: a missing year comes from the document date (masthead, else the first full date in
   the text, else ``reference_date``), moved to the year before when the date would otherwise lie
   more than :data:`LOOK_BACK_DAYS` after the document date in a sentence that does not plan ahead
   (a January bulletin's "12月28日"), or to the year after when it would lie more than
   :data:`LOOK_AHEAD_DAYS` before it in a sentence that does (a December bulletin's "1月10日前").
   Relative expressions resolve against the date of the event in their own sentence, else in their
   paragraph, else the document date. Weeks run Monday to Sunday.

Values: a day ``YYYY-MM-DD``; a span ``START/END`` (inclusive; 上旬 1–10, 中旬 11–20, 下旬 21–end);
a deadline ``../END``; an open start ``START/..``. 月底 is the month's last day, 年底 December 31,
年初 January 1.

Not dates: clock times without a day, durations (三年来, 两个月), ages, 第3期, quantities,
近日/日前 (no span), recurring dates (每月5日), seasons and festivals.

Known gaps: lunar dates and festivals; 去年同期 (the same period a year earlier); a bare day
(``20日``) without its month; weekdays without 本/下/上 far from any event.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..chars import cn_int

# ---------------------------------------------------------------- tables

CN_DIGITS = "〇○零一二三四五六七八九"
CN_NUM = "一二三四五六七八九十"
LOOK_BACK_DAYS = 200    # a year-less date this far after the document date is last year's ...
LOOK_AHEAD_DAYS = 240   # ... and a deadline this far before it is next year's
BARE_DAY_AHEAD = 3      # 28日 in a bulletin of the 5th is last month's 28th
PART_OF_DAY = {
    "凌晨": "early_morning", "清晨": "morning", "早晨": "morning", "早上": "morning", "上午": "morning",
    "中午": "noon", "下午": "afternoon", "傍晚": "evening", "晚上": "evening", "晚间": "evening",
    "夜间": "night", "夜里": "night", "深夜": "night", "晚": "evening",
}
# 今年/去年/明年 count from the document's year; 上年/当年/次年 from the year the sentence talks about.
RELATIVE_YEAR = {"今": 0, "本": 0, "去": -1, "明": 1, "来": 1, "前": -2}
CONTEXT_YEAR = {"当": 0, "上": -1, "次": 1}
RELATIVE_DAY = {"今天": 0, "今日": 0, "当天": 0, "当日": 0, "次日": 1, "翌日": 1, "明天": 1, "明日": 1,
                "后天": 2, "昨天": -1, "昨日": -1, "前天": -2}
RELATIVE_STEP = {"本": 0, "这": 0, "这个": 0, "当": 0, "下": 1, "下个": 1, "上": -1, "上个": -1}
WEEKDAY = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6, "1": 0, "2": 1, "3": 2,
           "4": 3, "5": 4, "6": 5, "7": 6}
XUN = {"上旬": (1, 10), "中旬": (11, 20), "下旬": (21, 31), "初": (1, 1), "底": (31, 31), "末": (31, 31)}
QUARTER = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}
# Words that make a sentence plan ahead: its dates are targets, not reports.
PLANNING = re.compile(r"将|计划|拟|力争|确保|要求|争取|预计|截止|持续到|之前|以前|前完成")

# Pattern pieces. Each rule is compiled on its own, so group names repeat across rules. Only a
# plain space may sit inside an expression (never a line break: paragraphs are lines).
YEAR = rf"(?:(?P<y>(?:19|20)\d{{2}}|[{CN_DIGITS}]{{4}}) *年|(?P<ry>[今去明本前当上来次])年)"
MONTH = r"(?P<m>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九]) *月(?!份? *\d{1,2} *日)"
MONTH_NUM = r"(?P<m>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九]) *月"
DAY = r"(?P<d>3[01]|[12]\d|0?[1-9]|三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九]) *[日号]"
RANGE_SEP = r" *(?:至|到|—|–|-|～|~) *"
RANGE_END = (r"(?:(?P<y2>(?:19|20)\d{2}) *年)?(?:(?P<m2>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九]) *月)?"
             r"(?P<d2>3[01]|[12]\d|0?[1-9]|三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])"
             r" *[日号]")
PART = rf"(?P<pod>{'|'.join(sorted(PART_OF_DAY, key=len, reverse=True))})?"
NOT_AFTER_DIGIT = r"(?<![\d.．])"
CLOCK = r"(?: *\d{1,2} *(?:时|点|:) *(?:\d{1,2} *分?)?)?"
DEADLINE = re.compile(rf"^{CLOCK}(?:之前|以前|前)(?!后|往|来|去|夕|进|列|期|沿|身|提|述|者|线|台|景|所|行|三|两|几)")
OPEN_START = re.compile(rf"^{CLOCK}(?:起|开始|以来)(?!草|步|来|到|义|诉|因|点|身|飞|码)")


# ---------------------------------------------------------------- what a match means

@dataclass
class Parsed:
    """A found expression before resolution: which fields it gave, as plain numbers."""

    kind: str                 # day, range, month, month_range, xun, quarter, half, year, rel_day,
                              # week, weekday, rel_month, rel_month_xun, start_today
    year: int | None = None
    rel_year: int | None = None
    context_year: bool = False  # rel_year counts from the sentence's year, not the document's
    month: int | None = None
    day: int | None = None
    year2: int | None = None
    month2: int | None = None
    day2: int | None = None
    offset: int = 0           # relative steps (days, weeks, months)
    weekday: int | None = None
    xun: tuple[int, int] | None = None
    part_of_day: str | None = None


Groups = dict[str, Any]  # the named groups (str or None) of the rule that matched


def _year_fields(g: Groups) -> dict[str, int | None]:
    ry = g.get("ry")
    if not ry:
        return {"year": cn_int(g.get("y")), "rel_year": None}
    return {"year": None, "rel_year": RELATIVE_YEAR.get(ry, CONTEXT_YEAR.get(ry)), "context_year": ry in CONTEXT_YEAR}


def _day(g: Groups) -> Parsed:
    pod = g.get("pod")
    base = dict(_year_fields(g), month=cn_int(g.get("m")), day=cn_int(g.get("d")),
                part_of_day=PART_OF_DAY[pod] if pod else None)
    if g.get("d2"):
        return Parsed("range", year2=cn_int(g.get("y2")), month2=cn_int(g.get("m2")), day2=cn_int(g.get("d2")),
                      **base)  # type: ignore[arg-type]
    return Parsed("day", **base)  # type: ignore[arg-type]


def _bare_day(g: Groups) -> Parsed:
    pod = g.get("pod")
    return Parsed("bare_day", day=int(g["d"]), day2=int(g["d2"]) if g.get("d2") else None,
                  part_of_day=PART_OF_DAY[pod] if pod else None)


def _numeric(g: Groups) -> Parsed:
    return Parsed("day", year=int(g["y"]), month=int(g["m"]), day=int(g["d"]))


def _month(g: Groups) -> Parsed:
    return Parsed("month", month=cn_int(g.get("m")), **_year_fields(g))  # type: ignore[arg-type]


def _month_range(g: Groups) -> Parsed:
    """1至5月; 今年11月至明年1月 (year2 is then an offset from the first year)."""
    ry2 = g.get("ry2")
    return Parsed("month_range", month=cn_int(g.get("m")), month2=cn_int(g.get("m2")), year2=cn_int(g.get("y2")),
                  offset=RELATIVE_YEAR.get(ry2, CONTEXT_YEAR.get(ry2, 0)) if ry2 else 0,
                  **_year_fields(g))  # type: ignore[arg-type]


def _xun(g: Groups) -> Parsed:
    """11月上旬; 10月中旬至11月中旬 (xun2 keeps the second part's days)."""
    xun2 = g.get("xun2")
    return Parsed("xun", month=cn_int(g.get("m")), xun=XUN[g["xun"]], month2=cn_int(g.get("m2")),
                  day2=XUN[xun2][1] if xun2 else None, **_year_fields(g))  # type: ignore[arg-type]


def _quarter(g: Groups) -> Parsed:
    q = g["q"]
    if q.startswith("前"):
        return Parsed("month_range", month=1, month2=3 * QUARTER[q[-1]], **_year_fields(g))  # type: ignore[arg-type]
    n = QUARTER[q[-1]]
    return Parsed("month_range", month=3 * n - 2, month2=3 * n, **_year_fields(g))  # type: ignore[arg-type]


def _half(g: Groups) -> Parsed:
    first = g["h"] == "上"
    return Parsed("month_range", month=1 if first else 7, month2=6 if first else 12,
                  **_year_fields(g))  # type: ignore[arg-type]


def _year_edge(g: Groups) -> Parsed:
    month, edge = (1, "初") if g["e"] == "初" else (12, "底")
    return Parsed("xun", month=month, xun=XUN[edge], **_year_fields(g))  # type: ignore[arg-type]


def _year(g: Groups) -> Parsed:
    return Parsed("year", **_year_fields(g))  # type: ignore[arg-type]


def _rel_year(g: Groups) -> Parsed:
    return Parsed("year", **_year_fields(g))  # type: ignore[arg-type]


def _year_range(g: Groups) -> Parsed:
    return Parsed("year_range", year=int(g["y"]), year2=int(g["y2"]))


def _within_year(g: Groups) -> Parsed:
    return Parsed("year", rel_year=0)


def _same_period(g: Groups) -> Parsed:
    return Parsed("same_period", rel_year=-1)


def _rel_day(g: Groups) -> Parsed:
    pod = g.get("pod")
    return Parsed("rel_day", offset=RELATIVE_DAY[g["rd"]], part_of_day=PART_OF_DAY[pod] if pod else None)


def _week(g: Groups) -> Parsed:
    step = RELATIVE_STEP[g["rw"]] if g["rw"] else 0
    wd = g.get("wd")
    if wd:
        return Parsed("weekday", offset=step, weekday=WEEKDAY[wd])
    return Parsed("week", offset=step)


def _rel_month(g: Groups) -> Parsed:
    step = RELATIVE_STEP[g["rm"]] if g["rm"] else 0
    edge = g.get("xun")
    if edge:
        return Parsed("rel_month_xun", offset=step, xun=XUN[edge])
    return Parsed("rel_month", offset=step)


def _start_today(g: Groups) -> Parsed:
    """即日起; 即日起至11月30日 (a span from the event's day)."""
    return Parsed("start_today", year2=cn_int(g.get("y2")), month2=cn_int(g.get("m2")), day2=cn_int(g.get("d2")))


# (name, pattern, builder): the table of everything we recognise. Overlaps go to the longest match.
RULES: list[tuple[str, str, Callable[[Groups], Parsed]]] = [
    ("numeric", rf"{NOT_AFTER_DIGIT}(?P<y>(?:19|20)\d{{2}}) *[-./／] *(?P<m>1[0-2]|0?[1-9]) *[-./／] *"
                r"(?P<d>3[01]|[12]\d|0?[1-9])(?![\d.])", _numeric),
    ("day", rf"{NOT_AFTER_DIGIT}{YEAR}? *{MONTH_NUM} *{DAY}(?:{RANGE_SEP}{RANGE_END})? *{PART}", _day),
    # 3日上午 in a report: a day of the document's month (news writes the month only when it changes)
    ("bare_day", rf"(?<![\d.．月年每第个])(?P<d>3[01]|[12]\d|[1-9]) *日(?![\d元本语军报内以之来间期常用夜晚记志产])"
                 rf"(?:{RANGE_SEP}(?P<d2>3[01]|[12]\d|[1-9]) *日)? *{PART}", _bare_day),
    ("xun", rf"{NOT_AFTER_DIGIT}{YEAR}? *{MONTH_NUM} *(?P<xun>上旬|中旬|下旬|初|底|末)"
            rf"(?:{RANGE_SEP}(?:(?P<m2>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九]) *月)?(?P<xun2>上旬|中旬|下旬|初|底|末))?",
     _xun),
    ("month_range", rf"{NOT_AFTER_DIGIT}{YEAR}? *(?P<m>1[0-2]|0?[1-9]) *月?{RANGE_SEP}"
                    rf"(?:(?P<y2>(?:19|20)\d{{2}}) *年|(?P<ry2>[明次来今])年)?(?P<m2>1[0-2]|0?[1-9]) *月(?:份)?",
     _month_range),
    ("month", rf"{NOT_AFTER_DIGIT}{YEAR} *{MONTH}(?:份)?", _month),
    ("month_arabic", rf"{NOT_AFTER_DIGIT}(?<!第)(?P<m>1[0-2]|0?[1-9]) *月(?:份)?(?! *\d)", _month),
    ("month_cn", rf"(?<![{CN_NUM}第每个几])(?P<m>十[一二]?|[一二三四五六七八九])月份", _month),
    ("quarter", rf"{NOT_AFTER_DIGIT}{YEAR}? *(?P<q>第[一二三四1-4]|前[一二三]|[一二三四1-4]) *季度", _quarter),
    ("half", rf"{NOT_AFTER_DIGIT}{YEAR}? *(?P<h>上|下)半年", _half),
    ("year_edge", rf"{NOT_AFTER_DIGIT}(?:(?P<y>(?:19|20)\d{{2}}|[{CN_DIGITS}]{{4}}) *|(?P<ry>[今去明本当])?)年(?P<e>底|末|初)",
     _year_edge),
    ("year_range", rf"{NOT_AFTER_DIGIT}(?P<y>(?:19|20)\d{{2}}) *年?{RANGE_SEP}(?P<y2>(?:19|20)\d{{2}}) *年(?:度)?",
     _year_range),
    ("year", rf"{NOT_AFTER_DIGIT}(?P<y>(?:19|20)\d{{2}}|[{CN_DIGITS}]{{4}}) *年(?:度)?"
             rf"(?! *第? *[\d{CN_NUM}]+ *期)(?![\d{CN_NUM}]+岁)", _year),
    ("rel_year", r"(?<![\u4e00-\u9fff]年)(?P<ry>今|去|明|前|本|当|上|来|次)年(?:度)?(?!级|纪|龄|轻|华|头|间|份|同期)",
     _rel_year),
    ("within_year", r"(?<![\d一二三四五六七八九十两几多数百千近])(?:今|本)?年内", _within_year),
    ("same_period", r"(?P<ry>去|上)年同期", _same_period),
    ("rel_day", rf"(?P<rd>{'|'.join(RELATIVE_DAY)}) *{PART}", _rel_day),
    ("week", r"(?<!每)(?P<rw>这个|下个|上个|本|这|下|上)(?:周|星期|礼拜)(?P<wd>[一二三四五六日天])?(?:内)?", _week),
    ("weekday", r"(?<![每一两三四五六七八九十几])(?P<rw>)(?:周|星期)(?P<wd>[一二三四五六日天])(?=前|以前|之前)", _week),
    ("rel_month_xun", r"(?<![\d一二三四五六七八九十个])(?P<rm>这个|下个|上个|本|下|上|当)?月(?P<xun>上旬|中旬|下旬|底|末|初)",
     _rel_month),
    ("rel_month", r"(?P<rm>这个|下个|上个|本|下|上|当)月(?:份|内)?(?![\d一二三四五六七八九十]+ *[日号])", _rel_month),
    ("start_today", rf"即日(?:起|开始)(?:{RANGE_SEP}{RANGE_END})?", _start_today),
]


# Every expression starts with one of these: a cheap first test lets the engine skip other positions.
FIRST_CHARS = "0-9〇○零一二三四五六七八九十今去明本前当上来次这下即昨翌后周星年月第"
# All rules in one alternation, tried in this order at each position: where two rules match at the
# same place the earlier one wins, so longer forms come first (2014年10月 before 2014年).
ORDER = ["numeric", "day", "xun", "month_range", "quarter", "half", "year_edge", "month", "year_range", "year",
         "month_arabic", "month_cn", "bare_day", "within_year", "same_period", "rel_year", "rel_day", "week",
         "weekday", "rel_month_xun", "rel_month", "start_today"]
GROUP = re.compile(r"\(\?P<(\w+)>")


Rule = tuple[str, list[str], Callable[[Groups], Parsed]]  # name, group names, builder


def _combine() -> tuple[re.Pattern[str], re.Pattern[str], list[Rule]]:
    by_name = {name: (pattern, build) for name, pattern, build in RULES}
    assert sorted(by_name) == sorted(ORDER), "every rule must have its place in ORDER"
    parts, plain, rules = [], [], []
    for i, name in enumerate(ORDER):
        pattern, build = by_name[name]
        groups = GROUP.findall(pattern)
        parts.append(f"(?P<R{i}>" + GROUP.sub(rf"(?P<r{i}_\1>", pattern) + ")")
        plain.append("(?:" + GROUP.sub("(?:", pattern) + ")")
        rules.append((name, groups, build))
    return (re.compile(f"(?=[{FIRST_CHARS}])(?:" + "|".join(parts) + ")"),
            re.compile(f"(?=[{FIRST_CHARS}])(?:" + "|".join(plain) + ")"), rules)


# COMBINED_SCAN is COMBINED without its groups: the same matches (no rule refers back to a group),
# scanned about three times faster, since the engine saves and restores the 79 groups of COMBINED at
# every alternative it tries. COMBINED then reads the groups at the few places it matched.
COMBINED, COMBINED_SCAN, COMBINED_RULES = _combine()
# Which rule matched: its group R<i> encloses all others and closes last, so it is the match's
# lastgroup. Each rule's groups, as (name in the rule, name in COMBINED).
RULE_OF_GROUP = {f"R{i}": i for i in range(len(COMBINED_RULES))}
RULE_GROUPS = [[(g, f"r{i}_{g}") for g in groups] for i, (_name, groups, _build) in enumerate(COMBINED_RULES)]


# ---------------------------------------------------------------- found and resolved

@dataclass
class Found:
    start: int
    end: int
    parsed: Parsed
    suffix: str | None = None   # "deadline" | "open_start"


@dataclass(frozen=True)
class DateMention:
    text: str
    start: int
    end: int
    value: str
    part_of_day: str | None = None

    def as_dict(self) -> dict[str, str | int | None]:
        return {"text": self.text, "value": self.value, "start": self.start, "end": self.end,
                "part_of_day": self.part_of_day}


# Where a date can be: every expression contains one of these. The combined pattern then runs only
# in windows around them (most of a bulletin is far from any date).
TRIGGER = re.compile(r"[年月日号季周旬天期]|\d[-./／]\d")  # 星期 ends in 期; 2014-10-23 has no word
WINDOW_BEFORE, WINDOW_AFTER = 12, 40


def _windows(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for m in TRIGGER.finditer(text):
        lo, hi = max(0, m.start() - WINDOW_BEFORE), min(len(text), m.end() + WINDOW_AFTER)
        if spans and lo <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(spans[-1][1], hi))
        else:
            spans.append((lo, hi))
    return spans


def find(text: str) -> list[Found]:
    """Every date expression, without overlaps, with its 前/起 suffix."""
    chosen: list[Found] = []
    last_end = 0
    for m in (COMBINED.match(text, hit.start(), hi)
              for lo, hi in _windows(text) for hit in COMBINED_SCAN.finditer(text, lo, hi)):
        assert m is not None  # the same pattern, with groups
        if m.start() < last_end:
            continue  # windows that touch: a match already taken
        last_end = m.end()
        i = RULE_OF_GROUP[m.lastgroup]  # type: ignore[index]
        build = COMBINED_RULES[i][2]
        start, end = m.start(), m.end()
        while end > start and text[end - 1].isspace():
            end -= 1
        while start < end and text[start].isspace():
            start += 1
        if start == end:
            continue
        try:
            parsed = build({g: m.group(name) for g, name in RULE_GROUPS[i]})
        except (ValueError, KeyError, TypeError):
            continue
        chosen.append(Found(start, end, parsed))
    for f in chosen:
        rest = text[f.end:f.end + 12]
        if f.parsed.kind != "start_today" and (sm := DEADLINE.match(rest)):
            f.suffix, f.end = "deadline", f.end + sm.end()
        elif f.parsed.kind != "start_today" and (sm := OPEN_START.match(rest)):
            f.suffix, f.end = "open_start", f.end + sm.end()
    return chosen


def _last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def _span_of_month(year: int, month: int, lo: int = 1, hi: int = 31) -> tuple[dt.date, dt.date]:
    last = _last_day(year, month)
    return dt.date(year, month, min(lo, last)), dt.date(year, month, min(hi, last))


def _shift_month(d: dt.date, step: int) -> tuple[int, int]:
    index = d.year * 12 + d.month - 1 + step
    return index // 12, index % 12 + 1


@dataclass(frozen=True)
class DocDate:
    """What the document tells about its own date: a day, or at least a year."""

    date: dt.date | None
    year: int | None
    published: bool = False  # the date the document was issued (masthead, --reference-date)

    @classmethod
    def of(cls, date: dt.date | None, year: int | None = None, published: bool = False) -> DocDate:
        return cls(date, date.year if date else year, published)


def _infer_year(month: int, day: int, doc: DocDate, suffix: str | None, planning: bool) -> int | None:
    """The year of a year-less date (see the module docstring)."""
    if doc.date is None:
        return doc.year
    year = doc.date.year
    candidate = dt.date(year, month, min(day, _last_day(year, month)))
    delta = (candidate - doc.date).days
    if delta > LOOK_BACK_DAYS and not planning and suffix is None:
        return year - 1
    if delta < -LOOK_AHEAD_DAYS and suffix == "deadline":
        return year + 1
    return year


def _resolve_real(p: Parsed, anchor: tuple[dt.date, dt.date] | None, doc: DocDate, suffix: str | None,
                  planning: bool) -> tuple[dt.date, dt.date] | None:
    """:func:`resolve`, with a day the calendar does not have (2月30日, 4月31日) as no date."""
    try:
        return resolve(p, anchor, doc, suffix, planning)
    except ValueError:
        return None


def resolve(p: Parsed, anchor: tuple[dt.date, dt.date] | None, doc: DocDate, suffix: str | None,
            planning: bool) -> tuple[dt.date, dt.date] | None:
    """The first and last day an expression covers, or None when nothing anchors it.

    ``anchor`` is the span of the event the expression hangs on (relative expressions only).
    """
    ref = anchor[0] if anchor else doc.date

    def base_year() -> int | None:
        if p.context_year and anchor:
            return anchor[0].year
        return doc.year

    def year_of(month: int, day: int = 1) -> int | None:
        if p.year is not None:
            return p.year
        if p.rel_year is not None:
            y = base_year()
            return None if y is None else y + p.rel_year
        return _infer_year(month, day, doc, suffix, planning)

    k = p.kind
    if k in ("day", "range"):
        assert p.month is not None and p.day is not None
        y = year_of(p.month, p.day)
        if y is None:
            return None
        first = dt.date(y, p.month, p.day)
        if k == "day":
            return first, first
        last = dt.date(p.year2 or y, p.month2 or p.month, p.day2 or p.day)
        return (first, last) if last >= first else None
    if k == "month":
        assert p.month is not None
        y = year_of(p.month)
        return None if y is None else _span_of_month(y, p.month)
    if k == "month_range":
        assert p.month is not None and p.month2 is not None
        y = year_of(p.month)
        if y is None:
            return None
        y2 = p.year2 or (doc.year + p.offset if p.offset and doc.year else y)
        if (y2, p.month2) < (y, p.month):
            return None
        return dt.date(y, p.month, 1), dt.date(y2, p.month2, _last_day(y2, p.month2))
    if k == "xun":
        assert p.month is not None and p.xun is not None
        y = year_of(p.month, p.xun[0])
        if y is None:
            return None
        first, last = _span_of_month(y, p.month, *p.xun)
        if p.day2 is not None:  # a range of 旬: 10月中旬至11月中旬
            y2, m2 = (y, p.month2 or p.month) if (p.month2 or p.month) >= p.month else (y + 1, p.month2 or p.month)
            last = _span_of_month(y2, m2, p.day2 - 9 if p.day2 > 10 else 1, p.day2)[1]
        return first, last
    if k == "year":
        y = p.year if p.year is not None else year_of(1)
        return None if y is None else (dt.date(y, 1, 1), dt.date(y, 12, 31))
    if k == "year_range":
        assert p.year is not None and p.year2 is not None
        return (dt.date(p.year, 1, 1), dt.date(p.year2, 12, 31)) if p.year2 >= p.year else None
    if k == "same_period":
        if anchor is None:
            y = base_year()
            return None if y is None else (dt.date(y - 1, 1, 1), dt.date(y - 1, 12, 31))
        return _year_earlier(anchor[0]), _year_earlier(anchor[1])
    if ref is None:
        return None
    if k == "rel_day":
        d = ref + dt.timedelta(days=p.offset)
        return d, d
    if k == "bare_day":
        assert p.day is not None
        # The event's month; without an event, a day well after the document date is last month's.
        y, mo = ref.year, ref.month
        if (anchor is None and doc.date is not None and p.day > doc.date.day + BARE_DAY_AHEAD
                and suffix is None and not planning):
            y, mo = _shift_month(ref, -1)
        month_end = _last_day(y, mo)
        if p.day > month_end or (p.day2 is not None and (p.day2 > month_end or p.day2 < p.day)):
            return None
        return dt.date(y, mo, p.day), dt.date(y, mo, p.day2 or p.day)
    monday = ref - dt.timedelta(days=ref.weekday()) + dt.timedelta(weeks=p.offset)
    if k == "week":
        return monday, monday + dt.timedelta(days=6)
    if k == "weekday":
        assert p.weekday is not None
        d = monday + dt.timedelta(days=p.weekday)
        return d, d
    if k in ("rel_month", "rel_month_xun"):
        y, m = _shift_month(ref, p.offset)
        return _span_of_month(y, m, *(p.xun or (1, 31)))
    if k == "start_today":
        if p.day2 is None:
            return ref, ref
        m2 = p.month2 or ref.month
        y2 = p.year2 or (ref.year if m2 >= ref.month else ref.year + 1)
        return ref, dt.date(y2, m2, p.day2)
    return None


def _year_earlier(d: dt.date) -> dt.date:
    return d.replace(year=d.year - 1, day=min(d.day, _last_day(d.year - 1, d.month)))


def _format(first: dt.date, last: dt.date, suffix: str | None, kind: str) -> str:
    if suffix == "deadline":
        return f"../{last.isoformat()}"
    if suffix == "open_start" or (kind == "start_today" and first == last):
        return f"{first.isoformat()}/.."
    return first.isoformat() if first == last else f"{first.isoformat()}/{last.isoformat()}"


# ---------------------------------------------------------------- the extractor

SENTENCE_END = re.compile(r"[。！？!?\n]")
PARAGRAPH_END = re.compile(r"\n")
DAY_KINDS = ("day", "range")
# What each kind of relative expression may hang on: days for days and weeks, a month or a day for
# months, any date for 上年/同期.
ANCHOR_KINDS = {
    "rel_day": DAY_KINDS, "bare_day": DAY_KINDS, "week": DAY_KINDS, "weekday": DAY_KINDS, "start_today": DAY_KINDS,
    "rel_month": DAY_KINDS + ("xun", "month"), "rel_month_xun": DAY_KINDS + ("xun", "month"),
    "same_period": DAY_KINDS + ("xun", "month", "month_range"),
    "year": DAY_KINDS + ("xun", "month", "month_range", "year"),
}


def needs_anchor(p: Parsed) -> bool:
    return p.kind in ANCHOR_KINDS and (p.kind != "year" or p.context_year)


def document_date(text: str, masthead_date: str | None, reference_date: dt.date | None, *,
                  found: list[Found] | None = None) -> DocDate:
    """Masthead date, else the first full date in the text, else ``reference_date``; failing all
    three, the year of the first dated expression (2025年度) so year-less dates still get a year.

    ``found`` is ``find(text)`` when the caller has it already (it reads the text's dates too).
    """
    if masthead_date:
        return DocDate.of(dt.date.fromisoformat(masthead_date), published=True)
    if found is None:
        found = find(text)
    for f in found:
        p = f.parsed
        if p.kind in DAY_KINDS and p.year is not None and p.month and p.day:
            try:
                return DocDate.of(dt.date(p.year, p.month, p.day))
            except ValueError:
                continue
    if reference_date is not None:
        return DocDate.of(reference_date, published=True)
    return DocDate.of(None, next((f.parsed.year for f in found if f.parsed.year), None))


def extract_dates(text: str, doc: DocDate, *, found: list[Found] | None = None) -> list[DateMention]:
    """Every date in ``text`` with its ISO value; offsets index ``text``. ``found`` is ``find(text)``
    when the caller has it already (for :func:`document_date`).

    >>> [(d.text, d.value) for d in extract_dates("10月20日下午开会，本周五前完成自查。",
    ...                                           DocDate.of(dt.date(2014, 10, 23)))]
    [('10月20日下午', '2014-10-20'), ('本周五前', '../2014-10-24')]
    """
    if found is None:
        found = find(text)
    if not found:
        return []
    spans: list[tuple[dt.date, dt.date] | None] = [None] * len(found)
    sentences, paragraphs = Breaks(text, SENTENCE_END), Breaks(text, PARAGRAPH_END)

    def planning(f: Found) -> bool:
        lo, hi = sentences.around(f.start)
        return bool(PLANNING.search(text, lo, hi))

    # Pass 1: absolute expressions resolve against the document alone.
    for i, f in enumerate(found):
        if not needs_anchor(f.parsed):
            spans[i] = _resolve_real(f.parsed, None, doc, f.suffix, planning(f))
    # Pass 2: relative ones against the event in their sentence, else paragraph, else the document.
    for i, f in enumerate(found):
        if needs_anchor(f.parsed):
            anchor = _anchor(text, found, spans, i, doc, (sentences, paragraphs))
            spans[i] = _resolve_real(f.parsed, anchor, doc, f.suffix, planning(f))
    return [DateMention(text[f.start:f.end], f.start, f.end, _format(*span, f.suffix, f.parsed.kind),
                        f.parsed.part_of_day)
            for f, span in zip(found, spans, strict=True) if span is not None]


class Breaks:
    """Sentence or paragraph boundaries of a text, found once, looked up by bisection."""

    def __init__(self, text: str, pattern: re.Pattern[str]) -> None:
        self.starts = [m.start() for m in pattern.finditer(text)]
        self.length = len(text)

    def around(self, pos: int) -> tuple[int, int]:
        """(start, end) of the sentence or paragraph holding ``pos``."""
        k = bisect.bisect_left(self.starts, pos)
        lo = self.starts[k - 1] + 1 if k > 0 else 0
        hi = self.starts[k] if k < len(self.starts) else self.length
        return lo, hi


# A sentence in the writer's own voice about what comes next: its 下月/下周 count from the document.
WRITER_AHEAD = re.compile(r"^(?:下一步|下阶段|下一阶段|今后|接下来)")


def _anchor(text: str, found: list[Found], spans: list[tuple[dt.date, dt.date] | None], i: int,
            doc: DocDate, breaks: tuple[Breaks, Breaks]) -> tuple[dt.date, dt.date] | None:
    """The event a relative expression hangs on: the first date of its sentence before it (else the
    first after it); failing that, the first date of its paragraph — the event's date. Only
    events up to the publication date count: a planned date is not an event to count from."""
    f = found[i]
    kinds = ANCHOR_KINDS[f.parsed.kind]
    lo, _ = breaks[0].around(f.start)
    if WRITER_AHEAD.match(text[lo:f.start].lstrip("，, ")):
        return None
    for scope in breaks:
        lo, hi = scope.around(f.start)
        candidates = [j for j in range(len(found))
                      if j != i and (span := spans[j]) is not None and lo <= found[j].start < hi
                      and found[j].parsed.kind in kinds and found[j].suffix is None
                      and not needs_anchor(found[j].parsed)
                      and (not doc.published or doc.date is None or span[0] <= doc.date)]
        if not candidates:
            continue
        before = [j for j in candidates if found[j].start < f.start]
        return spans[(before or candidates)[0]]
    return None
