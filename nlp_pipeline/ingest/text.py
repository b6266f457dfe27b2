"""Plain-text bulletins: detect the encoding, decode, split into lines.

Government text files come as UTF-8, UTF-8 with a BOM, or GB18030/GBK; rarely UTF-16 or Big5.
Strict decoders are tried in that order (a real GBK file is never valid UTF-8 beyond a few
characters), then charset-normalizer as a last resort. Whatever decodes must also *look* like
text: binary data renamed to .txt often decodes as GB18030, so the share of ordinary characters
decides.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from ..errors import EmptyInput, UndecodableText
from .model import Break, RawDocument, RawLine

# (BOM, codec, name we record)
BOMS = [
    (codecs.BOM_UTF8, "utf-8-sig", "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32", "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32", "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16", "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "utf-16"),
]
STRICT_ENCODINGS = ["utf-8", "gb18030"]
# A decoded text is accepted only when at least this share of its characters are ordinary:
# CJK ideographs, ASCII, CJK and full-width punctuation, whitespace.
MIN_PLAUSIBLE_SHARE = 0.9


# What binary data decodes to: controls (but tab, line breaks, form feed), rare ideographs
# (extension A and beyond: GB18030's four-byte sequences), private use, surrogates. One regex pass
# counts them; unassigned code points are checked only among the rest (rare, so cheap).
UNUSUAL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\u3400-\u4dbf\ue000-\uf8ff\ud800-\udfff\U00020000-\U0010ffff]")
ORDINARY_RUN = re.compile("[\t\n\r\f\x20-\x7e\u4e00-\u9fff\u3000-\u303f\uff00-\uffef\u2000-\u206f]+")


def plausible_share(text: str) -> float:
    """Share of ordinary characters in the first 4,000: near 1 for text, low for binary data.

    >>> plausible_share("简报 text") == 1.0
    True
    """
    if not text:
        return 1.0
    sample = text[:4000]
    unusual = len(UNUSUAL.findall(sample))
    rest = ORDINARY_RUN.sub("", UNUSUAL.sub("", sample))
    unassigned = sum(1 for ch in rest if unicodedata.category(ch) == "Cn")
    return 1 - (unusual + unassigned) / len(sample)


def decode(data: bytes, name: str) -> tuple[str, str]:
    """Return ``(text, encoding)`` or raise :class:`UndecodableText`.

    >>> decode("简报".encode("gb18030"), "x.txt")
    ('简报', 'gb18030')
    """
    if b"\x00" in data[:4096] and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise UndecodableText("binary data, not text (NUL bytes)")
    candidates: list[tuple[str, str]] = []
    for bom, codec, label in BOMS:
        if data.startswith(bom):
            candidates = [(codec, label)]
            break
    else:
        candidates = [(enc, enc) for enc in STRICT_ENCODINGS]
    for codec, label in candidates:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if plausible_share(text) >= MIN_PLAUSIBLE_SHARE:
            return text, label
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    if best is not None and best.encoding:
        try:
            text = data.decode(best.encoding)
        except (UnicodeDecodeError, LookupError):
            text = ""
        if text and plausible_share(text) >= MIN_PLAUSIBLE_SHARE:
            return text, best.encoding
    raise UndecodableText("not text in UTF-8, GB18030 or any encoding we recognise (binary data?)")


def text_to_lines(text: str) -> list[RawLine]:
    """Split decoded text into lines; blank lines and form feeds become paragraph/page breaks."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines: list[RawLine] = []
    pending = Break.LINE
    page = 1
    for raw in text.split("\n"):
        if "\f" in raw:
            pieces = raw.split("\f")
        else:
            pieces = [raw]
        for k, piece in enumerate(pieces):
            if k > 0:
                pending = Break.PAGE
                page += 1
            if not piece.strip():
                if pending is Break.LINE:
                    pending = Break.PARAGRAPH
                continue
            lines.append(RawLine(text=piece, brk=pending if lines else Break.LINE, page=page))
            pending = Break.LINE
    return lines


def read_text(data: bytes, name: str) -> RawDocument:
    text, encoding = decode(data, name)
    lines = text_to_lines(text)
    if not lines:
        raise EmptyInput("no text (the file holds only whitespace)")
    return RawDocument(lines=lines, format="text", encoding=encoding)
