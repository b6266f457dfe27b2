"""Stage 2: undo extraction artifacts -> the normalised text every offset indexes into.

What it does, in order (each step is a table or a small rule, documented in the README):

1. **Characters** (:data:`CHAR_MAP`): Kangxi/CJK-radical code points to ideographs, full-width
   ASCII letters, digits and ``＃％＆＊＋－．／＜＝＞＠＿｜`` to ASCII, every kind of space to a
   space, zero-width characters, controls and private-use glyphs dropped. CJK punctuation stays
   full-width; never a blanket NFKC (it would turn ``，（）：`` into ASCII).
2. **Page furniture**: page-number lines (``- 3 -``, ``第3页``, ``第1页共3页``, ``3/5``) and running
   headers/footers (a line repeated, each time next to a page boundary) are dropped.
3. **Paragraphs**: lines are joined back into paragraphs, across line, blank-line and page breaks,
   using the source's own evidence when it has some (Word paragraphs, PDF geometry) and
   otherwise :func:`joins_previous`.
4. **Punctuation**: ASCII ``,;:?!`` next to Chinese becomes ``，；：？！``; ASCII parentheses around
   or next to Chinese become ``（）``; a bullet or a katakana dot between two ideographs becomes the
   interpunct ``·`` of names (阿斯哈尔•努尔太 -> 阿斯哈尔·努尔太).
5. **Spaces**: removed next to Chinese characters and punctuation (``于 10 月 20 日`` ->
   ``于10月20日``, ``简 报`` -> ``简报``), kept between Latin words/numbers, and kept in a headline
   between two words of two or more characters (``…密切配合 加快形成…``): that space is the
   author's.

The output is one paragraph per line (``\\n`` between paragraphs, no blank lines).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from .chars import (  # noqa: F401  (map_chars and CHAR_MAP are part of this stage's API)
    CHAR_MAP,
    CJK_PUNCT,
    CLOSERS,
    HEADLINE_BREAKERS,
    OPENERS,
    SENTENCE_PUNCT,
    STAFF_ROLES,
    TAIL_LABELS,
    TERMINALS,
    has_chinese,
    is_chinese,
    is_cjk,
    is_page_number,
    map_chars,
)
from .ingest.model import Break, RawDocument, RawLine

# ---------------------------------------------------------------- 2. page furniture

# 〔创建动态〕, 【工作动态】, ［经验交流］, [要闻], and the symbol-led ◆基层风采 / ■ 工作动态.
COLUMN_HEADING = re.compile(r"^(?:[〔【［\[]\s*[^〔【［\[〕】］\]]{1,20}\s*[〕】］\]]|[■◆●★▲◇□☆◎]\s*[^\s，。；：！？、]{2,12})$")
WHOLE_PARENTHETICAL = re.compile(r"^[（(][^（）()]{1,30}[）)]$")


DIGITS = re.compile(r"\d+")


def _furniture_key(line: str) -> str:
    # str.split() splits at exactly the characters \s matches (checked over all code points).
    return DIGITS.sub("#", "".join(line.split()))


def _is_structural(line: str) -> bool:
    """Lines that may legitimately repeat: column headings, source units, titles (TOC + body)."""
    s = line.strip()
    return bool(COLUMN_HEADING.match(s) or WHOLE_PARENTHETICAL.match(s))


@dataclass
class _Line:
    text: str           # after the character map
    brk: Break
    continues: bool | None
    page: int
    indented: bool
    size: float | None = None
    key: str = ""       # _furniture_key(text), computed once in _prepare


def drop_furniture(lines: list[_Line], notes: list[str]) -> list[_Line]:
    """Remove page numbers and running headers/footers; carry their page break to the next line."""
    n = len(lines)
    page_number = [is_page_number(ln.text) for ln in lines]
    # A line is at a page boundary when a page break or a page-number line is right before or after it.
    boundary = [ln.brk is Break.PAGE or (i > 0 and page_number[i - 1])
                or (i + 1 < n and (page_number[i + 1] or lines[i + 1].brk is Break.PAGE))
                for i, ln in enumerate(lines)]
    keys = [ln.key for ln in lines]
    counts = Counter(keys)
    at_boundary = Counter(k for k, b in zip(keys, boundary, strict=True) if b)
    drop = list(page_number)
    for i, ln in enumerate(lines):
        k = keys[i]
        # Repeated, and every time next to a page boundary: a running header or footer. (Repetition
        # alone is no evidence: table rows and placeholder lines repeat too.) The regexes of
        # _is_structural run last, on the few lines that pass the rest.
        if (not drop[i] and len(k) <= 40 and counts[k] >= 2 and at_boundary[k] == counts[k]
                and ln.text.rstrip()[-1:] not in TERMINALS and not _is_structural(ln.text)):
            drop[i] = True
    kept: list[_Line] = []
    carried: Break | None = None
    dropped_numbers = dropped_headers = 0
    for i, ln in enumerate(lines):
        if drop[i]:
            if page_number[i]:
                dropped_numbers += 1
            else:
                dropped_headers += 1
            # A page number stands between two pages: what follows starts a new page.
            carried = Break.PAGE if (page_number[i] or carried is Break.PAGE) else (carried or ln.brk)
            continue
        if carried is not None:
            ln.brk = Break.PAGE if Break.PAGE in (carried, ln.brk) else Break.PARAGRAPH
            carried = None
        kept.append(ln)
    if dropped_numbers:
        notes.append(f"dropped {dropped_numbers} page-number line(s)")
    if dropped_headers:
        notes.append(f"dropped {dropped_headers} running header/footer line(s)")
    return kept


# ---------------------------------------------------------------- 3. paragraphs

ENUMERATION_START = re.compile(
    r"^(?:[一二三四五六七八九十]+[是要]|[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、"
    r"|\d{1,2}[.、．](?!\d)|第[一二三四五六七八九十]+[，、,]|[①-⑳]|首先|其次|再次|最后)"
)
# How the first paragraph of an article typically opens: a date, or a stock opening.
ARTICLE_OPENING = re.compile(
    r"^(?:\d{1,2}月\d{1,2}日|\d{4}年|近日|日前|近期|目前|今年以来|今年|[上本]周|为[进深切加全推贯落扎]|据|在|当地时间)"
)
# Lines of a report tail or a masthead that start with a label: each is a paragraph of its own.
_LABELS = "|".join(sorted({w for ws in TAIL_LABELS.values() for w in ws} | set(STAFF_ROLES) | {"联系人", "联系电话"},
                          key=len, reverse=True))
LABELLED_LINE = re.compile(
    rf"^(?:{_LABELS})\s*[：:]"
    r"|^[（(]?\s*共印\s*\d+\s*份"
    r"|^\S.{0,40}?\s*(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年.{1,3}月.{1,4}日\s*印发$"  # the 印发 line of a 版记
)
HEADLINE_MAX = 40   # a line this short without sentence punctuation may be a title
# A line of two to four Chinese characters and nothing else: a name or a heading, never the tail of a
# sentence cut short (that ends in punctuation) unless the line before ends in a comma.
SHORT_LINE = re.compile(r"[\u4e00-\u9fff]{2,4}")
HEADLINE_BREAKER = re.compile("[" + re.escape("".join(sorted(HEADLINE_BREAKERS))) + "]")
TITLE_MAX = 80      # the longest title we accept where the position says "title"


# 社会科学界（65人）, 先进集体（12个）: the heading of a group in a list, with its count; it starts a line.
COUNT_HEADING = re.compile(r"^[^，。；：、,;:]{1,30}[（(][0-9０-９一二三四五六七八九十百千]+[人名位个项家][）)]$")

# …取得实效。（青石镇）: a source unit closing a paragraph.
TRAILING_SOURCE = re.compile(r"[。！？!?”’」』]\s*[（(][^（）()]{1,30}[）)]$")


def ends_sentence(line: str) -> bool:
    s = line.rstrip()
    if WHOLE_PARENTHETICAL.match(s) or TRAILING_SOURCE.search(s):
        return True  # （市创建办） on a line of its own, or closing the paragraph
    while s and s[-1] in CLOSERS:
        s = s[:-1]
    return bool(s) and s[-1] in TERMINALS


def is_headline_like(line: str, max_len: int = HEADLINE_MAX) -> bool:
    """Short and without sentence punctuation: a title, a masthead line, a heading.

    A colon inside is allowed (枫岭镇：网格员化身“安全哨兵”), a final one is not.
    """
    s = line.strip()
    return (0 < len(s) <= max_len and not HEADLINE_BREAKER.search(s)
            and s[-1] not in "：:")


def _wrap_width(lines: list[_Line]) -> int | None:
    """The fixed width of a hard-wrapped text file, if it is one.

    In such a file most lines are cut at the same length in mid-sentence; only paragraph ends are
    shorter. Titles of equal length do not qualify: they are few and not the majority.
    """
    lengths = [len(ln.text.strip()) for ln in lines if len(ln.text.strip()) >= 15]
    if len(lengths) < 6:
        return None
    width = Counter(lengths).most_common(1)[0][0]
    at_width = [ln.text.strip() for ln in lines if abs(len(ln.text.strip()) - width) <= 1]
    open_ended = sum(1 for t in at_width if not ends_sentence(t))
    if width >= 20 and len(at_width) >= 0.5 * len(lengths) and open_ended >= 0.6 * len(at_width):
        return width
    return None


def joins_previous(prev: str, cur: str, brk: Break, *, repeated: set[str], wrap: int | None,
                   after_boundary: bool = False) -> bool:
    """Decide, without layout evidence, whether ``cur`` continues the paragraph ``prev`` ends.

    >>> joins_previous("公安局下属交警大队、人口管理", "大队和开发区派出所等5家单位作了发言。", Break.PAGE,
    ...                repeated=set(), wrap=None)
    True
    >>> joins_previous("市公安局召开推进会", "10月22日上午，市公安局召开推进会。", Break.LINE,
    ...                repeated=set(), wrap=None)
    False
    """
    p, c = prev.strip(), cur.strip()
    if ends_sentence(p):
        return False
    if p[-1:] in "，、,":
        return True  # a clause comma never ends a paragraph
    if (COLUMN_HEADING.match(p) or COLUMN_HEADING.match(c) or WHOLE_PARENTHETICAL.match(c)
            or ENUMERATION_START.match(c) or LABELLED_LINE.match(c) or COUNT_HEADING.match(c)):
        return False
    if _furniture_key(p) in repeated:
        return False  # a title that the contents list repeats
    if is_headline_like(p, TITLE_MAX if after_boundary else HEADLINE_MAX) and (
            after_boundary or ARTICLE_OPENING.match(c)):
        return False  # a title: after a column heading or source unit, or before a dated opening
    if wrap is not None and brk is Break.LINE and len(p) >= wrap - 1:
        return True
    if SHORT_LINE.fullmatch(c):
        return False  # an author's name under a headline (警惕，又到公款送礼时 / 田有社): a line of its own
    if HEADLINE_BREAKER.search(p) or "、" in p:
        return True  # a sentence cut short
    return len(p) > HEADLINE_MAX


def is_boundary(line: str) -> bool:
    """A line after which a new article may start: a column heading or a closing source unit."""
    s = line.strip()
    return bool(COLUMN_HEADING.match(s) or WHOLE_PARENTHETICAL.match(s) or TRAILING_SOURCE.search(s))


def _glue(left: str, right: str) -> str:
    """Join two pieces of one paragraph: no space, except between two Latin words."""
    left, right = left.rstrip(), right.lstrip()
    if left and right and left[-1].isascii() and left[-1].isalnum() and right[0].isascii() and right[0].isalpha():
        return left + " " + right
    return left + right


# ---------------------------------------------------------------- 4. punctuation, 5. spaces

ASCII_TO_FULL = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！"}
ASCII_PUNCT = re.compile("[" + re.escape("".join(ASCII_TO_FULL)) + "]")
ASCII_PARENS = re.compile(r"\(([^()]*)\)")


# Other dots written between the parts of a transliterated or minority name (阿斯哈尔•努尔太): the
# interpunct (U+00B7) the extractors read; a bullet that opens a line stays.
NAME_DOTS = "\u2022\u2027\u30fb\uff65\u2219\u22c5"  # • ‧ ・ ･ ∙ ⋅
NAME_DOT = re.compile(f"(?<=[\u4e00-\u9fff])[{NAME_DOTS}](?=[\u4e00-\u9fff])")


def _neighbour(text: str, i: int, step: int) -> str:
    j = i + step
    while 0 <= j < len(text) and text[j] == " ":
        j += step
    return text[j] if 0 <= j < len(text) else ""


def fix_punctuation(text: str) -> str:
    """
    >>> fix_punctuation("10月22日上午,市公安局召开会议:(公安局) 9:30 (1)")
    '10月22日上午，市公安局召开会议：（公安局） 9:30 (1)'
    >>> fix_punctuation("• 阿斯哈尔•努尔太、玛丽・居里")
    '• 阿斯哈尔·努尔太、玛丽·居里'
    """
    def punct(m: re.Match[str]) -> str:
        ch, i = m.group(), m.start()
        left, right = _neighbour(text, i, -1), _neighbour(text, i, 1)
        if (left and is_chinese(left)) or (right and is_chinese(right)):
            return ASCII_TO_FULL[ch]
        return ch

    out = ASCII_PUNCT.sub(punct, text)  # neighbours are read in the input, as each mark is decided alone

    def parens(m: re.Match[str]) -> str:
        before = out[m.start() - 1] if m.start() > 0 else ""
        after = out[m.end()] if m.end() < len(out) else ""
        inner = m.group(1)
        if has_chinese(inner) or (before and is_cjk(before)) or (after and is_cjk(after)):
            return "（" + inner + "）"
        return m.group(0)

    return NAME_DOT.sub("·", ASCII_PARENS.sub(parens, out))


def _substantial(token: str) -> bool:
    """A Chinese word that can stand beside a deliberate space: two characters or more.

    Single characters (letter-spacing) and pure Latin/number tokens (Word's autospace around
    ``GM/T``, ``10``) are not: spaces next to them are layout, not the author's.
    """
    return len(token) >= 2 and any(is_cjk(ch) for ch in token)


NUMBER_TOKEN = re.compile(r"^[-+]?\d[\d.,%]*$")
SPACE_RUN = re.compile(r" {2,}")
WHITESPACE_RUN = re.compile(r"\s+")


def _is_table_row(tokens: list[str]) -> bool:
    """``收入 1200 1356``: cells of a flattened table, whose spaces separate columns.

    Two numbers or more and no one-character token: ``于 10 月 20 日`` is a spaced-out date.
    """
    numbers = sum(1 for t in tokens if NUMBER_TOKEN.match(t))
    return numbers >= 2 and all(len(t) >= 2 or NUMBER_TOKEN.match(t) for t in tokens)


def fix_spaces(text: str) -> str:
    """
    >>> fix_spaces("市国税局于 10 月 20 日召开迎检动员大会，会议由 王洪斌 主持")
    '市国税局于10月20日召开迎检动员大会，会议由王洪斌主持'
    >>> fix_spaces("精神文明建设工作 简 报")
    '精神文明建设工作简报'
    >>> fix_spaces("我市细化分工密切配合 加快形成迎检工作合力")
    '我市细化分工密切配合 加快形成迎检工作合力'
    >>> fix_spaces("依据 GM/T 0031 标准")
    '依据GM/T 0031标准'
    """
    text = SPACE_RUN.sub(" ", text.strip())
    if " " not in text:
        return text
    headline = is_headline_like(text, TITLE_MAX)
    tokens = text.split(" ")
    if headline and _is_table_row(tokens):
        return text
    out = tokens[0]
    left = tokens[0]  # the word left of the space, grown by every piece glued onto it
    for piece, right in zip(tokens, tokens[1:], strict=False):
        lch, rch = left[-1:], right[:1]
        if not lch or not rch:
            keep = False
        elif lch in CJK_PUNCT or rch in CJK_PUNCT:
            # 中国“十五五” 世界新机遇: after a closing quote a headline's space is still the author's.
            keep = headline and (lch in CLOSERS or rch in OPENERS) and _substantial(left) and _substantial(right)
        elif not is_cjk(lch) and not is_cjk(rch):
            keep = True  # Latin words, numbers and codes keep their spaces
        elif NUMBER_TOKEN.match(piece) or NUMBER_TOKEN.match(right):
            keep = False  # Word's autospace between Chinese and a number: 于 10 月 20 日
        else:
            keep = headline and _substantial(left) and _substantial(right)
        if keep:
            out += " " + right
            left = right
        else:
            out += right
            left += right
    return out


# ---------------------------------------------------------------- the stage

@dataclass(frozen=True)
class Paragraph:
    start: int
    end: int
    page: int
    size: float | None = None  # largest font size in it, when the source has sizes (PDF)


@dataclass
class NormalizedDocument:
    text: str
    paragraphs: list[Paragraph]
    notes: list[str] = field(default_factory=list)


INDENT = re.compile(r"^[ \u3000\t]{2,}")


def _prepare(raw: list[RawLine]) -> list[_Line]:
    lines = []
    for ln in raw:
        mapped = map_chars(ln.text)
        if not mapped.strip():
            continue
        text = mapped.strip()
        lines.append(_Line(text=text, brk=ln.brk, continues=ln.continues, page=ln.page,
                           indented=bool(INDENT.match(ln.text)), size=ln.size, key=_furniture_key(text)))
    return lines


def normalize(doc: RawDocument) -> NormalizedDocument:
    """Normalise a read document. Pure: the same input always gives the same text."""
    notes = list(doc.notes)
    lines = drop_furniture(_prepare(doc.lines), notes)
    counts = Counter(ln.key for ln in lines)
    repeated = {k for k, n in counts.items() if n >= 2}
    wrap = _wrap_width(lines) if doc.format == "text" else None
    # Indentation marks paragraph starts only in a text that indents some lines and not others.
    indents_mean_paragraphs = doc.format == "text" and 0 < sum(ln.indented for ln in lines) < len(lines)

    groups: list[tuple[list[str], int, float | None]] = []
    for ln in lines:
        if groups:
            prev = groups[-1][0][-1]
            if ln.continues is not None:
                join = ln.continues
            elif indents_mean_paragraphs and ln.indented:
                join = False
            else:
                # A one-line paragraph opening the document or following a column heading or a
                # source unit is a title.
                single = len(groups[-1][0]) == 1
                after_boundary = single and (len(groups) == 1 or is_boundary(groups[-2][0][-1]))
                join = joins_previous(prev, ln.text, ln.brk, repeated=repeated, wrap=wrap,
                                      after_boundary=after_boundary)
            if join:
                pieces, page, size = groups[-1]
                pieces.append(ln.text)
                if ln.size is not None:
                    groups[-1] = (pieces, page, max(size or 0.0, ln.size))
                continue
        groups.append(([ln.text], ln.page, ln.size))

    paragraphs = []
    texts: list[str] = []
    offset = 0
    for pieces, page, size in groups:
        joined = pieces[0]
        for piece in pieces[1:]:
            joined = _glue(joined, piece)
        para = fix_spaces(fix_punctuation(WHITESPACE_RUN.sub(" ", joined)))
        if para:
            texts.append(para)
            paragraphs.append(Paragraph(offset, offset + len(para), page, size))
            offset += len(para) + 1
    return NormalizedDocument(text="\n".join(texts), paragraphs=paragraphs, notes=notes)
