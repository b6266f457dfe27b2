"""Stage 3: the bulletin's structure — masthead, contents, columns, articles, report tail.

Works on the normalised paragraphs (one per line of the normalised text). A bulletin reads:

    masthead   title (…简报/…动态/…信息), edition (…专刊), issue (第3期, 总第N期), issuers, date
    目录        column headings and article titles, repeated in the body
    body       〔column〕, then articles: title, paragraphs, source unit （市创建办） on its own line
               or closing the last paragraph
    tail       报送/抄送/发送 lines, 共印N份, 编辑/审核/签发

A text with no masthead is one article and every bulletin field is null. Every rule below is a
pattern over one paragraph plus its neighbours; the word lists are tables at the top.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from .chars import STAFF_ROLES, TAIL_LABELS, cn_int
from .normalize import (
    COLUMN_HEADING,
    ENUMERATION_START,
    HEADLINE_MAX,
    TITLE_MAX,
    WHOLE_PARENTHETICAL,
    NormalizedDocument,
    ends_sentence,
    is_headline_like,
)

# ---------------------------------------------------------------- tables

# Last words of a masthead title: 工作简报, 政务信息, 工作动态, 情况专报 ...
TITLE_SUFFIXES = ("简报", "专报", "快报", "信息", "动态", "通讯", "通报", "要情", "参阅", "周报", "月报",
                  "摘报", "内参", "资讯", "要报", "情况", "周刊", "月刊", "文件")
# An edition line (创建全国文明城市专刊) names one of these; as the first line it is the title itself.
EDITION_WORDS = ("专刊", "特刊", "增刊", "专辑", "专号", "副刊")
# A masthead issuer line ends with an organisation word, optionally followed by 编/编印/主办.
ISSUER_TRAILER = re.compile(r"\s*(编印|编发|主办|主编|承办|印发|编)$")
ORG_SUFFIXES = ("办公室", "委员会", "指挥部", "领导小组", "办", "局", "委", "厅", "部", "府", "院", "处", "室",
                "中心", "组", "队", "所", "协会", "联合会", "工会", "公司", "集团", "大学", "学院", "学校", "街道",
                "办事处", "镇", "乡", "科", "股")
# 主办：XX办公室 / 编印单位：XX — an issuer given with a label.
ISSUER_LABEL = re.compile(r"^(?:主办单位|主办|编印单位|编印|编发单位|编发|承办单位|承办)\s*[：:]\s*(.+)$")
# 发文字号 of a 公文-style masthead: 国办发〔2012〕21号.
DOC_NUMBER = re.compile(r"^[^\s，。]{1,20}[〔［\[]\s*\d{4}\s*[〕］\]]\s*第?\s*\d{1,5}\s*号$")
# Source units are written （市创建办）, （市公安局供稿）, （来源：市公安局）: keep the unit.
SOURCE_PREFIX = re.compile(r"^(?:信息来源|稿件来源|来源|供稿单位|供稿|稿源|报送单位)\s*[：:]\s*")
# Bracketed closing lines that are notes, not source units: （此件公开发布）, （完）.
NOT_SOURCE = re.compile(r"^(?:此件|此页|本件|本文|完|全文完|联系人|联系电话|附件|注)")
SIGNATURE_LOOKBACK = 4  # a 公文's 落款 (issuer, then date) sits within the last paragraphs of the body
SOURCE_SUFFIX = re.compile(r"\s*(?:供稿|供|报送|提供|整理)$")
# A first paragraph this much bigger than the body is a masthead title whatever its words (red 报头).
MASTHEAD_SIZE_RATIO = 1.4
TOC_HEADING = re.compile(r"^目\s*录$|^本期目录$|^本期要目$|^目\s*次$")
CN_DIGITS = "〇○零一二三四五六七八九十百"
NUM = rf"[0-9{CN_DIGITS}]+"

ISSUE_TOTAL = re.compile(rf"[（(]?\s*总\s*第\s*({NUM})\s*期\s*[）)]?")
ISSUE = re.compile(rf"(?:(\d{{4}}|[{CN_DIGITS}]{{4}})\s*年\s*)?(?<!总)第\s*({NUM})\s*期")
FULL_DATE = re.compile(
    r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日"
    r"|([〇○零一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月\s*([一二三四五六七八九十]{1,3})\s*日"
)
TAIL_FIELDS = [(name, re.compile(rf"^(?:{'|'.join(words)})\s*[：:]\s*(.*)$")) for name, words in TAIL_LABELS.items()]
COPIES = re.compile(r"^[（(]?\s*共印\s*(\d+)\s*份\s*[）)]?$")
PRINTED = re.compile(r"^(.+?)\s*((?:\d{4}|[〇○零一二三四五六七八九]{4})年.{1,4}月.{1,4}日)\s*印发$")
_ROLES = "|".join(STAFF_ROLES)
# 编辑：张明  审核：李华 — the normaliser may have removed the spaces, so a name ends at the next role.
STAFF = re.compile(rf"({_ROLES})\s*[：:]\s*([^\s：:，,；;]+?)(?=\s|[，,；;]|(?:{_ROLES})\s*[：:]|$)")
# A source unit closing the last paragraph: …取得实效。（青石镇）
INLINE_SOURCE = re.compile(r"(?<=[。！？”’」』])\s*[（(]([^（）()，。；]{2,30})[）)]$")
LIST_SPLIT = re.compile(r"[，,；;]")
WHITESPACE = re.compile(r"\s+")
TOC_LEADER = re.compile(r"[.．…·\s]+\d*$")  # dot leaders and a page number closing a contents entry
TRAILING_NUMBER = re.compile(r"\d+$")
EMPTY_BRACKETS = re.compile(r"^[（(]\s*[）)]$")


# ---------------------------------------------------------------- data

@dataclass
class Span:
    text: str
    start: int
    end: int


@dataclass
class Tail:
    start: int
    end: int
    submitted_to: list[str] = field(default_factory=list)
    copied_to: list[str] = field(default_factory=list)
    sent_to: list[str] = field(default_factory=list)
    copies: int | None = None
    printed_by: str | None = None
    printed_on: str | None = None
    staff: list[dict[str, str]] = field(default_factory=list)


@dataclass
class Masthead:
    start: int
    end: int
    title: str | None = None
    edition: str | None = None
    issue: str | None = None
    issue_number: int | None = None
    issue_total: int | None = None
    issuers: list[str] = field(default_factory=list)
    date: Span | None = None       # the date as written
    date_value: str | None = None  # ISO
    toc: list[str] = field(default_factory=list)
    staff: list[dict[str, str]] = field(default_factory=list)
    doc_number: str | None = None  # 发文字号 (国办发〔2012〕21号)


@dataclass
class Article:
    start: int
    end: int
    body_start: int
    column: str | None = None
    title: str | None = None
    source_unit: str | None = None
    title_span: tuple[int, int] | None = None
    source_span: tuple[int, int] | None = None


@dataclass
class Structure:
    masthead: Masthead | None
    articles: list[Article]
    tail: Tail | None


# ---------------------------------------------------------------- small parsers

def parse_full_date(text: str) -> tuple[re.Match[str], str] | None:
    """Find a full date (2014年10月23日 / 二〇一四年十月二十三日) and return it with its ISO value."""
    for m in FULL_DATE.finditer(text):
        if m.group(1):
            y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
        else:
            y, mo, d = (cn_int(m.group(k)) or 0 for k in (4, 5, 6))
        if 1 <= mo <= 12 and 1 <= d <= 31:
            return m, f"{y:04d}-{mo:02d}-{d:02d}"
    return None


def _split_list(value: str) -> list[str]:
    """抄送：教育局，财政局。 -> ['教育局', '财政局']"""
    parts = (part.strip().rstrip("。.；;，, ") for part in LIST_SPLIT.split(value))
    return [part for part in parts if part]


def _key(s: str) -> str:
    """Compare titles ignoring spaces, dot leaders and a trailing page number (TOC entries)."""
    return WHITESPACE.sub("", TOC_LEADER.sub("", s))


# ---------------------------------------------------------------- tail

def parse_tail(paras: list[tuple[str, int, int]]) -> tuple[Tail | None, int]:
    """Parse the report tail from the end. Returns it and the index of its first paragraph."""
    i = len(paras)
    found: list[tuple[str, int, int]] = []
    while i > 0:
        text = paras[i - 1][0]
        if not _is_tail_line(text):
            break
        i -= 1
        found.insert(0, paras[i])
    if not found:
        return None, len(paras)
    tail = Tail(start=found[0][1], end=found[-1][2])
    for text, _, _ in found:
        for name, pattern in TAIL_FIELDS:
            m = pattern.match(text)
            if m:
                getattr(tail, name).extend(_split_list(m.group(1)))
                break
        else:
            if m := COPIES.match(text):
                tail.copies = int(m.group(1))
            elif m := PRINTED.match(text):
                tail.printed_by = m.group(1).strip()
                parsed = parse_full_date(m.group(2))
                tail.printed_on = parsed[1] if parsed else None
            else:
                tail.staff.extend({"role": r, "name": n} for r, n in STAFF.findall(text))
    return tail, i


def _is_tail_line(text: str) -> bool:
    return bool(any(p.match(text) for _, p in TAIL_FIELDS) or COPIES.match(text) or PRINTED.match(text)
                or (STAFF.match(text) and len(text) <= 60))


# ---------------------------------------------------------------- masthead

def _is_title_line(text: str) -> bool:
    """The masthead title: a short headline ending in 简报/动态/信息/专刊… (``TITLE_SUFFIXES``)."""
    core = ISSUE.sub("", ISSUE_TOTAL.sub("", text)).strip()
    return is_headline_like(text) and 2 <= len(core) <= 24 and core.endswith(TITLE_SUFFIXES + EDITION_WORDS)


def _is_issuer_line(text: str) -> bool:
    core = ISSUER_TRAILER.sub("", text)
    return is_headline_like(text) and len(core) <= 40 and core.endswith(ORG_SUFFIXES)


def _issuers_of(text: str) -> list[str]:
    parts = [ISSUER_TRAILER.sub("", p).strip() for p in text.split(" ")]
    parts = [p for p in parts if p]
    if len(parts) > 1 and all(p.endswith(ORG_SUFFIXES) and len(p) >= 4 for p in parts):
        return parts
    whole = ISSUER_TRAILER.sub("", text.replace(" ", "")).strip()
    return [whole] if whole else []


def parse_masthead(paras: list[tuple[str, int, int]], big_first: bool = False) -> tuple[Masthead | None, int]:
    """Parse the masthead at the top. Returns it (or None) and the index of the next paragraph.

    ``big_first``: the layout says the first paragraph is set much bigger than the body (a PDF's
    red 报头), so it is the title even without a title word.
    """
    if not paras:
        return None, 0
    mh = Masthead(start=paras[0][1], end=paras[0][1])
    i = 0
    has_title = False
    while i < len(paras):
        text, start, end = paras[i]
        line = text
        consumed = False
        if TOC_HEADING.match(line) or COLUMN_HEADING.match(line) or not is_headline_like(line):
            break  # prose never belongs to a masthead
        if m := ISSUE_TOTAL.search(line):
            mh.issue_total = cn_int(m.group(1))
            line = (line[:m.start()] + line[m.end():]).strip()
            consumed = True
        if m := ISSUE.search(line):
            if mh.issue is None:
                mh.issue = WHITESPACE.sub("", m.group(0))
                mh.issue_number = cn_int(m.group(2))
            line = (line[:m.start()] + line[m.end():]).strip()
            consumed = True
        date_here = False
        if mh.date is None and len(line) <= 50 and (m_date := parse_full_date(line)):
            m, iso = m_date
            date_here = True
            # Offsets of the date inside the paragraph as written (before we cut pieces out).
            at = text.find(m.group(0))
            mh.date = Span(m.group(0), start + at, start + at + len(m.group(0)))
            mh.date_value = iso
            line = (line[:m.start()] + line[m.end():]).strip()
            consumed = True
        if mh.doc_number is None and DOC_NUMBER.match(line):
            mh.doc_number = line.replace(" ", "")
            line = ""
            consumed = True
        if m := ISSUER_LABEL.match(line):
            mh.issuers.extend(_issuers_of(m.group(1)))
            line = ""
            consumed = True
        staff = STAFF.findall(line)
        if staff and STAFF.match(line):
            mh.staff.extend({"role": r, "name": n} for r, n in staff)
            line = ""
            consumed = True
        line = EMPTY_BRACKETS.sub("", line).strip("（）() ").strip()
        if line and mh.date is not None and not date_here:
            break  # the date line closes the masthead; only staff and issue lines may follow
        if line:
            if i == 0 and (_is_title_line(line) or (big_first and is_headline_like(line) and len(line) <= 30)):
                mh.title = line.replace(" ", "")
                has_title = True
            elif any(w in line for w in EDITION_WORDS) and mh.edition is None and is_headline_like(line):
                mh.edition = line.replace(" ", "")
            elif (has_title or mh.issue or consumed) and _is_issuer_line(line):
                mh.issuers.extend(_issuers_of(line))
            elif not consumed:
                break
        mh.end = end
        i += 1
        if not has_title and not (mh.issue or mh.date) and i >= 2:
            break
    # A title alone is not a masthead (a news headline may end in 动态 or 信息): it needs an issue,
    # a date, a document number or an issuer beside it.
    if mh.issue is None and not (has_title and (mh.date or mh.doc_number or mh.issuers)):
        return None, 0
    return mh, i


def parse_toc(paras: list[tuple[str, int, int]], i: int) -> tuple[list[str], int]:
    """Parse a 目录 block starting at paragraph ``i``. Returns the titles and where the body starts."""
    if i >= len(paras) or not TOC_HEADING.match(paras[i][0]):
        return [], i
    j = i + 1
    entries: list[int] = []
    while j < len(paras) and (is_headline_like(paras[j][0]) or COLUMN_HEADING.match(paras[j][0])):
        if entries and _key(paras[j][0]) == _key(paras[entries[0]][0]):
            break  # the body repeats the contents from its first entry on
        entries.append(j)
        j += 1
    else:
        # The body does not repeat the first entry: the last headline before prose is the body's first.
        if entries and j < len(paras):
            entries.pop()
            j -= 1
    titles = [_key(paras[k][0]) if TRAILING_NUMBER.search(paras[k][0]) else paras[k][0]
              for k in entries if not COLUMN_HEADING.match(paras[k][0])]
    return titles, j


# ---------------------------------------------------------------- body

def _column_name(text: str) -> str:
    """〔创建动态〕 -> 创建动态; ◆ 基层风采 -> 基层风采."""
    s = text.strip()
    return (s[1:-1] if s[-1] in "〕】］]" else s[1:]).strip()


def source_unit_of(inner: str) -> str:
    """（市公安局供稿） -> 市公安局; （来源：市文明办） -> 市文明办."""
    return SOURCE_SUFFIX.sub("", SOURCE_PREFIX.sub("", inner.strip())).strip()


def _is_source_line(text: str) -> bool:
    return (bool(WHOLE_PARENTHETICAL.match(text)) and not ENUMERATION_START.match(text)
            and not NOT_SOURCE.match(text.strip()[1:]))


def _is_title(paras: list[tuple[str, int, int]], k: int, expect: bool, toc_keys: set[str]) -> bool:
    text = paras[k][0]
    if not is_headline_like(text, TITLE_MAX if expect else HEADLINE_MAX) or ENUMERATION_START.match(text) or _is_source_line(text):
        return False
    if COLUMN_HEADING.match(text):
        return False
    nxt = paras[k + 1][0] if k + 1 < len(paras) else None
    if nxt is None:
        return False
    if _key(text) in toc_keys:
        return True
    next_is_body = not is_headline_like(nxt) or ENUMERATION_START.match(nxt)
    if expect:
        return bool(next_is_body)
    prev = paras[k - 1][0] if k > 0 else ""
    return bool(next_is_body) and ends_sentence(prev) and " " not in text.strip()


def parse_body(paras: list[tuple[str, int, int]], toc: list[str], single_article: bool) -> list[Article]:
    toc_keys = {_key(t) for t in toc}
    articles: list[Article] = []
    column: str | None = None
    current: Article | None = None
    expect_title = True

    def close() -> None:
        nonlocal current
        if current is not None:
            articles.append(current)
        current = None

    for k, (text, start, end) in enumerate(paras):
        if COLUMN_HEADING.match(text) and not single_article:
            close()
            column = _column_name(text)
            expect_title = True
            continue
        if current is not None and _is_source_line(text) and current.body_start < current.end:
            current.source_unit = source_unit_of(text.strip()[1:-1])
            current.source_span = (start + text.index(current.source_unit), start + text.index(current.source_unit)
                                   + len(current.source_unit))
            current.end = end
            if not single_article:
                close()
                expect_title = True
            continue
        if (not single_article or current is None) and _is_title(paras, k, expect_title, toc_keys):
            close()
            current = Article(start=start, end=end, body_start=end, column=column, title=text,
                              title_span=(start, end))
            expect_title = False
            continue
        if current is None:
            current = Article(start=start, end=end, body_start=start, column=column)
        elif current.body_start == current.end and current.title is not None:
            current.body_start = start
        current.end = end
        current.source_unit = None
        expect_title = False
        if m := INLINE_SOURCE.search(text):
            current.source_unit = source_unit_of(m.group(1))
            at = m.start(1) + m.group(1).index(current.source_unit)
            current.source_span = (start + at, start + at + len(current.source_unit))
            if not single_article:
                close()
                expect_title = True
    close()
    return articles


# ---------------------------------------------------------------- the stage

def parse_structure(doc: NormalizedDocument) -> Structure:
    paras = [(doc.text[p.start:p.end], p.start, p.end) for p in doc.paragraphs]
    tail, tail_at = parse_tail(paras)
    paras_wo_tail = paras[:tail_at]
    sizes = [p.size for p in doc.paragraphs if p.size]
    big_first = bool(sizes and doc.paragraphs and doc.paragraphs[0].size
                     and doc.paragraphs[0].size >= MASTHEAD_SIZE_RATIO * sorted(sizes)[len(sizes) // 2])
    masthead, body_at = parse_masthead(paras_wo_tail, big_first)
    toc: list[str] = []
    if masthead is not None:
        toc, body_at = parse_toc(paras_wo_tail, body_at)
        masthead.toc = toc
    articles = parse_body(paras_wo_tail[body_at:], toc, single_article=masthead is None)
    if masthead is not None and masthead.date is None:
        _read_signature(masthead, paras_wo_tail[body_at:])
    return Structure(masthead=masthead, articles=articles, tail=tail)


def _read_signature(mh: Masthead, body: list[tuple[str, int, int]]) -> None:
    """A 公文 signs at the end: the issuing office, then the date on a line of its own (落款)."""
    tail = body[-SIGNATURE_LOOKBACK:]
    for k, (text, start, _end) in enumerate(tail):
        found = parse_full_date(text)
        if found is None or found[0].group(0) != text.strip():
            continue
        m, iso = found
        mh.date, mh.date_value = Span(m.group(0), start + m.start(), start + m.end()), iso
        if k > 0 and _is_issuer_line(tail[k - 1][0]) and not mh.issuers:
            mh.issuers = _issuers_of(tail[k - 1][0])
        return


def bulletin_dict(structure: Structure) -> dict[str, Any]:
    """The contract's ``bulletin`` object (every field null when there is no masthead)."""
    mh, tail = structure.masthead, structure.tail
    tail_obj = None
    if tail is not None:
        tail_obj = {"submitted_to": tail.submitted_to, "copied_to": tail.copied_to, "sent_to": tail.sent_to,
                    "copies": tail.copies, "printed_by": tail.printed_by, "printed_on": tail.printed_on,
                    "staff": tail.staff, "start": tail.start, "end": tail.end}
    if mh is None:
        return {"title": None, "edition": None, "issue": None, "issue_number": None, "issue_total": None,
                "doc_number": None, "issuers": [], "date": None, "toc": [], "staff": [], "tail": tail_obj,
                "start": None, "end": None}
    return {"title": mh.title, "edition": mh.edition, "issue": mh.issue, "issue_number": mh.issue_number,
            "issue_total": mh.issue_total, "doc_number": mh.doc_number, "issuers": mh.issuers, "date": mh.date_value, "toc": mh.toc,
            "staff": mh.staff, "tail": tail_obj, "start": mh.start, "end": mh.end}
