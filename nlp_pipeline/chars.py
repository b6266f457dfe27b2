"""Character tables shared by the readers and the normaliser (data, not logic).

Which code points are Chinese, which punctuation ends a sentence, how stray code points from PDF
text layers map back to ideographs, and what a page-number line looks like.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

# ---------------------------------------------------------------- 1. characters

# CJK radicals supplement code points NFKC leaves alone, seen in Type 3 font text layers.
RADICAL_SUPPLEMENT = {"⺠": "民", "⻔": "门", "⻓": "长", "⻅": "见", "⻬": "齐", "⻛": "风", "⻥": "鱼",
                      "⻆": "角", "⻋": "车", "⻉": "贝", "⻢": "马", "⻚": "页", "⻝": "食", "⻩": "黄"}
# Full-width ASCII symbols folded to ASCII (digits and letters always are). Punctuation that
# Chinese writes full-width on purpose (，。：；！？（）“”) is left alone.
FOLDED_SYMBOLS = "＃％＆＊＋－．／＜＝＞＠＿｜＄＾"
SPACES = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t\f\v"
ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u00ad"


def _build_char_map() -> dict[int, str | None]:
    table: dict[int, str | None] = {}
    for code in range(0x2F00, 0x2FD6):  # Kangxi radicals
        table[code] = unicodedata.normalize("NFKC", chr(code))
    table[0x2F3E] = "户"  # NFKC gives the traditional 戶
    for src, dst in RADICAL_SUPPLEMENT.items():
        table[ord(src)] = dst
    for code in range(0xFF10, 0xFF1A):
        table[code] = chr(code - 0xFEE0)
    for code in list(range(0xFF21, 0xFF3B)) + list(range(0xFF41, 0xFF5B)):
        table[code] = chr(code - 0xFEE0)
    for ch in FOLDED_SYMBOLS:
        table[ord(ch)] = chr(ord(ch) - 0xFEE0)
    for ch in SPACES:
        table[ord(ch)] = " "
    for ch in ZERO_WIDTH:
        table[ord(ch)] = None
    for code in range(0xE000, 0xF900):  # private use: Symbol-font formula glyphs and the like
        table[code] = None
    for code in list(range(0x00, 0x20)) + list(range(0x7F, 0xA0)):
        if chr(code) not in "\n":
            table.setdefault(code, None)
    return table


CHAR_MAP = _build_char_map()


def _char_class(codes: Iterable[int]) -> re.Pattern[str]:
    """A regex character class of the code points ``codes``, as ranges."""
    ranges: list[list[int]] = []
    for code in sorted(codes):
        if ranges and code == ranges[-1][1] + 1:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    return re.compile("[" + "".join(re.escape(chr(a)) + ("-" + re.escape(chr(b)) if b > a else "")
                                    for a, b in ranges) + "]")


# Any code point CHAR_MAP changes. Most lines hold none, and one search for them is ten times
# faster than translate's table lookup of every character.
MAPPED_CHAR = _char_class(CHAR_MAP)


def map_chars(text: str) -> str:
    """
    >>> map_chars("⼀、坚持⼈⺠⾄上　２０１４年")
    '一、坚持人民至上 2014年'
    >>> all(bool(MAPPED_CHAR.match(chr(c))) == (c in CHAR_MAP) for c in range(0x110000))
    True
    """
    return text.translate(CHAR_MAP) if MAPPED_CHAR.search(text) else text


# ---------------------------------------------------------------- classes of characters

CJK_PUNCT = set("，。、；：！？“”‘’（）《》〈〉【】〔〕［］「」『』…—～·")
SENTENCE_PUNCT = set("，。；！？：")
HEADLINE_BREAKERS = set("，。；！？,;!?")
TERMINALS = set("。！？；：…!?;:")
CLOSERS = set("”’」』）)》〕】］\"'")
OPENERS = set("“‘「『（(《〔【［")


def is_cjk(ch: str) -> bool:
    o = ord(ch)
    return 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or 0x20000 <= o <= 0x2FFFF or ch in "〇○"


def is_chinese(ch: str) -> bool:
    """An ideograph or a piece of CJK punctuation."""
    return is_cjk(ch) or ch in CJK_PUNCT


# The characters is_chinese accepts, as one class: a text is searched in one regex pass.
CHINESE_CHAR = re.compile("[\u4e00-\u9fff\u3400-\u4dbf\U00020000-\U0002ffff〇○"
                          + "".join(re.escape(ch) for ch in sorted(CJK_PUNCT)) + "]")


def has_chinese(text: str) -> bool:
    """Does ``text`` hold a character that :func:`is_chinese` accepts?

    >>> has_chinese("(GM/T 0031)"), has_chinese("(第1版)"), has_chinese("a，b")
    (False, True, True)
    """
    return CHINESE_CHAR.search(text) is not None


# ---------------------------------------------------------------- page numbers

DASHES = "-－—–―~～_"
PAGE_NUMBER_PATTERNS = [
    re.compile(rf"^[{DASHES}]+\s*\d{{1,4}}\s*[{DASHES}]+$"),          # - 3 -, — 1 —, –– 1 ––
    re.compile(r"^第\s*\d{1,4}\s*页(\s*[，,/／]?\s*共\s*\d{1,4}\s*页)?$"),  # 第3页, 第1页共3页
    re.compile(r"^\d{1,4}\s*/\s*\d{1,4}$"),                               # 3/5
    re.compile(r"^[Pp]age\s*\d{1,4}(\s*(?:of|/)\s*\d{1,4})?$"),
]
# All of them in one pattern (one match call instead of four).
PAGE_NUMBER = re.compile("|".join(f"(?:{p.pattern})" for p in PAGE_NUMBER_PATTERNS))
# A number alone, maybe bracketed, in a PDF page's header/footer band: a page number there.
BARE_PAGE_NUMBER = re.compile(r"^[\[(（]?\d{1,4}[\])）]?$")


def is_page_number(line: str, *, bare: bool = True) -> bool:
    """A page-number line; with ``bare``, a plain number of up to 3 digits alone counts too."""
    s = line.strip()
    return PAGE_NUMBER.match(s) is not None or (bare and s.isdigit() and len(s) <= 3)


# ---------------------------------------------------------------- numerals

CN_DIGIT_VALUE = {"〇": 0, "○": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
                  "八": 8, "九": 9}
# 十 to 九十九 written with 十 (十, 十二, 二十, 二十三): read here, exactly as cn2an's strict mode reads
# them (the doctest of cn_int compares all 90), so the common case needs no cn2an import.
TENS_NUMERAL = re.compile(r"([二三四五六七八九]?)十([一二三四五六七八九]?)")


def cn_int(s: str | None) -> int | None:
    """'23' -> 23, '二十三' -> 23, '二〇一四' -> 2014 (digit by digit), '一百零八' -> 108.

    >>> [cn_int(x) for x in ("3", "五", "十二", "二十三", "一百零八", "二〇一四", "二○二五", None)]
    [3, 5, 12, 23, 108, 2014, 2025, None]
    >>> import cn2an
    >>> tens = [t + "十" + o for t in ["", *"二三四五六七八九"] for o in ["", *"一二三四五六七八九"]]
    >>> len(tens), all(cn_int(s) == cn2an.cn2an(s, "strict") for s in tens)
    (90, True)
    """
    if not s:
        return None
    s = s.strip()
    if s.isdigit():
        return int(s)
    if all(ch in CN_DIGIT_VALUE for ch in s):
        return int("".join(str(CN_DIGIT_VALUE[ch]) for ch in s))
    if m := TENS_NUMERAL.fullmatch(s):  # 十二, 二十三: what dates and issue numbers hold
        tens, ones = m.groups()
        return 10 * (CN_DIGIT_VALUE[tens] if tens else 1) + (CN_DIGIT_VALUE[ones] if ones else 0)
    import cn2an  # 0.3 s to import: only for larger numerals (一百零八)

    return int(cn2an.cn2an(s, "strict"))


# ---------------------------------------------------------------- labelled lines of a report tail

# 报：…, 抄送：…, 发：… — the label words of each distribution field of a 版记 (report tail). The
# normaliser keeps such lines apart; the structure parser reads them.
TAIL_LABELS = {
    "submitted_to": ("报送", "呈报", "呈送", "报"),
    "copied_to": ("抄送", "抄报"),
    "sent_to": ("发送", "分送", "印发", "送", "发"),
}
# Staff lines of a masthead or tail: 编辑：张明  审核：李华.
STAFF_ROLES = ("责任编辑", "编辑", "审核", "审稿", "核稿", "签发", "校对", "主编", "副主编", "编审")
