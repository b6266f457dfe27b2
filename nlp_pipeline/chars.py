"""Character tables shared by the readers and the normaliser (data, not logic).

Which code points are Chinese, which punctuation ends a sentence, how stray code points from PDF
text layers map back to ideographs, and what a page-number line looks like.
"""

from __future__ import annotations

import re
import unicodedata

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


def map_chars(text: str) -> str:
    """
    >>> map_chars("⼀、坚持⼈⺠⾄上　２０１４年")
    '一、坚持人民至上 2014年'
    """
    return text.translate(CHAR_MAP)


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


# ---------------------------------------------------------------- page numbers

DASHES = "-－—–―~～_"
PAGE_NUMBER_PATTERNS = [
    re.compile(rf"^[{DASHES}]+\s*\d{{1,4}}\s*[{DASHES}]+$"),          # - 3 -, — 1 —, –– 1 ––
    re.compile(r"^第\s*\d{1,4}\s*页(\s*[，,/／]?\s*共\s*\d{1,4}\s*页)?$"),  # 第3页, 第1页共3页
    re.compile(r"^\d{1,4}\s*/\s*\d{1,4}$"),                               # 3/5
    re.compile(r"^[Pp]age\s*\d{1,4}(\s*(?:of|/)\s*\d{1,4})?$"),
]
# A number alone, maybe bracketed, in a PDF page's header/footer band: a page number there.
BARE_PAGE_NUMBER = re.compile(r"^[\[(（]?\d{1,4}[\])）]?$")


def is_page_number(line: str, *, bare: bool = True) -> bool:
    """A page-number line; with ``bare``, a plain number of up to 3 digits alone counts too."""
    s = line.strip()
    return any(p.match(s) for p in PAGE_NUMBER_PATTERNS) or (bare and s.isdigit() and len(s) <= 3)


# ---------------------------------------------------------------- numerals

CN_DIGIT_VALUE = {"〇": 0, "○": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
                  "八": 8, "九": 9}


def cn_int(s: str | None) -> int | None:
    """'23' -> 23, '二十三' -> 23, '二〇一四' -> 2014 (digit by digit), '一百零八' -> 108.

    >>> [cn_int(x) for x in ("3", "五", "十二", "二十三", "一百零八", "二〇一四", "二○二五", None)]
    [3, 5, 12, 23, 108, 2014, 2025, None]
    """
    if not s:
        return None
    s = s.strip()
    if s.isdigit():
        return int(s)
    if all(ch in CN_DIGIT_VALUE for ch in s):
        return int("".join(str(CN_DIGIT_VALUE[ch]) for ch in s))
    import cn2an  # 0.2 s to import: only for numerals with 十/百/千

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
