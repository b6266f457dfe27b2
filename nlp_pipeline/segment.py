"""Stage "segment": domain-tuned word segmentation with part-of-speech tags.

``segment(text)`` cuts a text into :class:`Token` s whose ``start``/``end`` index ``text``
(``text[t.start:t.end] == t.text``). Whitespace is never a token: it is skipped, and offsets stay
those of the input.

The segmenter is jieba's ``posseg`` on a *private* ``jieba.Tokenizer`` — the global ``jieba``
state (``jieba.dt``, ``jieba.posseg.dt``) is never touched, so other code that uses jieba keeps
its own dictionary. It is built once, lazily, on first use (about a second), with our user
dictionary ``user_dict.txt`` loaded on top of jieba's default dictionary.

Where the lexicons are found (:func:`lexicon_dir`), first hit wins:

1. ``<repo>/corpora/lexicons`` — a source checkout or an editable install
   (``Path(__file__).resolve().parent.parent / "corpora" / "lexicons"``);
2. ``nlp_pipeline/lexicons`` — inside the package, for a wheel that ships a copy there.

Without either the segmenter still works, on jieba's default dictionary alone, and logs one
warning. jieba's prefix-dictionary cache goes to ``<tempdir>/nlp_pipeline-jieba/`` (never the
working directory), and jieba's "Building prefix dict ..." chatter is silenced while we build.

>>> [(t.text, t.start, t.end) for t in segment("常务副市长主持")][:1]
[('常务副市长', 0, 5)]
"""

from __future__ import annotations

import array
import logging
import math
import os
import re
import sys
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from pathlib import Path


def _import_jieba_without_pkg_resources() -> None:
    """Import jieba without letting it import ``pkg_resources``.

    jieba 0.42 (``jieba._compat``) imports pkg_resources (0.15 s, a third of our import time) only to
    open its own ``dict.txt``, and opens the same file with a plain ``open`` when that import fails.
    A ``None`` entry in ``sys.modules`` makes it fail; the entry is removed right after, so the rest
    of the process imports pkg_resources as usual. Nothing changes when either is already imported.
    """
    if "jieba" in sys.modules or "pkg_resources" in sys.modules:
        return
    sys.modules["pkg_resources"] = None  # type: ignore[assignment]
    try:
        import jieba  # noqa: F401
    finally:
        if "pkg_resources" in sys.modules and sys.modules["pkg_resources"] is None:
            del sys.modules["pkg_resources"]


_import_jieba_without_pkg_resources()

import jieba  # noqa: E402

# jieba.posseg (0.9 s to import) is imported only where POS-tagged segmentation is asked for.

USER_DICT_NAME = "user_dict.txt"
_log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int
    pos: str


def lexicon_candidates() -> list[Path]:
    """Where lexicon folders may be, in the order they are tried."""
    package = Path(__file__).resolve().parent
    return [package.parent / "corpora" / "lexicons", package / "lexicons"]


def lexicon_dir() -> Path | None:
    """The first lexicon folder that holds ``user_dict.txt``, else None."""
    for folder in lexicon_candidates():
        if (folder / USER_DICT_NAME).is_file():
            return folder
    return None


def user_dict_path() -> Path | None:
    folder = lexicon_dir()
    return folder / USER_DICT_NAME if folder is not None else None


def cache_dir() -> Path:
    """Where jieba may write its prefix-dictionary cache: a folder of ours in the temp dir."""
    path = Path(tempfile.gettempdir()) / "nlp_pipeline-jieba"
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError:
        return Path(tempfile.gettempdir())
    return path


@contextmanager
def _quiet_jieba() -> Iterator[None]:
    """jieba logs "Building prefix dict ..." at DEBUG to stderr; keep only warnings while we build."""
    logger = logging.getLogger("jieba")
    level = logger.level
    logger.setLevel(logging.WARNING)
    try:
        yield
    finally:
        logger.setLevel(level)


def new_tokenizer(user_dicts: list[Path] | None = None) -> jieba.posseg.POSTokenizer:
    """A fresh private POS tokenizer with the given user dictionaries (``None``: ours).

    ``[]`` gives plain jieba (default dictionary only) in a private instance. The benchmarks use
    this to measure what each part of the dictionary does.
    """
    if user_dicts is None:
        found = user_dict_path()
        if found is None:
            _log.warning("segment: no lexicon folder found (tried %s); using jieba's default dictionary",
                         ", ".join(str(p) for p in lexicon_candidates()))
        user_dicts = [found] if found is not None else []
    import jieba.posseg

    base = jieba.Tokenizer()
    base.tmp_dir = str(cache_dir())
    with _quiet_jieba():
        base.initialize()
        for path in user_dicts:
            base.load_userdict(str(path))
        tokenizer = jieba.posseg.POSTokenizer(base)
        tokenizer.makesure_userdict_loaded()
    return tokenizer


_lock = threading.Lock()
_tokenizer: jieba.posseg.POSTokenizer | None = None
_dictionary: tuple[jieba.Tokenizer, dict[str, str]] | None = None
CACHE_PROTOCOL = 5
CACHE_FORMAT = 3  # words in columns (see _columns); 1 was a pickle of the two dicts
WORD_SEPARATOR = "\n"  # no dictionary word holds a line break: jieba reads its dictionaries by line


def _dictionary_key() -> str:
    """What the prepared dictionary depends on: jieba's version and dictionary, and our user words."""
    import hashlib

    probe = jieba.Tokenizer()
    with probe.get_dict_file() as fh:
        main = fh.name if hasattr(fh, "name") else "default"
    user = user_dict_path()
    digest = hashlib.sha256()
    digest.update(f"{jieba.__version__}|{main}|{Path(main).stat().st_size if Path(main).exists() else 0}".encode())
    if user is not None:
        digest.update(user.read_bytes())
    return digest.hexdigest()[:16]


def _read_tags(base: jieba.Tokenizer, user_dict: Path | None) -> dict[str, str]:
    """Word -> POS tag from jieba's dictionary and ours (what jieba.posseg builds, without importing it)."""
    tags: dict[str, str] = {}
    with base.get_dict_file() as fh:
        for raw in fh:
            parts = raw.decode("utf-8").split() if isinstance(raw, bytes) else raw.split()
            if len(parts) == 3:
                tags[parts[0]] = parts[2]
    if user_dict is not None:
        for line in user_dict.read_text(encoding="utf-8").splitlines():
            parts = line.split()
            if len(parts) == 3:
                tags[parts[0]] = parts[2]
    return tags


# The cache holds the two dicts as columns rather than as pickled dicts: one string of all words,
# their frequencies as an int64 array, and each tagged word as its index in that string plus the
# index of its tag. Loading builds the dicts with dict(zip(...)) from those columns, and the tag
# dict reuses the word objects of the frequency dict (their hashes are already computed): 12-20 %
# less CPU than unpickling the two dicts (two series of A/B pairs: 0.50 -> 0.44 s, 0.73 -> 0.59 s),
# and one string object per word instead of two. Inserting the 850,000 keys is the floor.

def _columns(freq: dict[str, int], total: int, tags: dict[str, str]) -> tuple:
    """The cache record of a frequency dict and a tag dict (see :func:`_from_columns`)."""
    tag_only = [w for w in tags if w not in freq]  # none with jieba's dictionary; kept for safety
    words = [*freq, *tag_only]
    if any(WORD_SEPARATOR in w for w in words):
        raise ValueError("a dictionary word holds the word separator")
    position = {w: k for k, w in enumerate(words)}
    tag_names = sorted(set(tags.values()))
    tag_code = {t: k for k, t in enumerate(tag_names)}
    # Arrays pickle as their type code and raw bytes: compact, and they load as they were written.
    return (CACHE_FORMAT, WORD_SEPARATOR.join(words), array.array("q", freq.values()), total,
            array.array("i", (position[w] for w in tags)), array.array("i", (tag_code[t] for t in tags.values())),
            tuple(tag_names))


def _from_columns(record: tuple) -> tuple[dict[str, int], int, dict[str, str]]:
    fmt, joined, freqs, total, tagged, codes, tag_names = record
    if fmt != CACHE_FORMAT:
        raise ValueError(f"cache format {fmt}, expected {CACHE_FORMAT}")
    words = joined.split(WORD_SEPARATOR)
    if not all(isinstance(a, array.array) for a in (freqs, tagged, codes)) or len(freqs) > len(words):
        raise ValueError("cache: not the columns of a dictionary")
    freq = dict(zip(words, freqs, strict=False))  # the words past the frequencies are only tagged
    tags = dict(zip(map(words.__getitem__, tagged), map(tag_names.__getitem__, codes), strict=True))
    return freq, total, tags


def dictionary() -> tuple[jieba.Tokenizer, dict[str, str]]:
    """A jieba tokenizer with our user words, and the POS tag of every dictionary word.

    Built once per process and kept on disk (:func:`cache_dir`, keyed by jieba's version and both
    dictionaries; see :func:`_columns` for the format): loading it (0.4-0.6 s) takes half as long as
    jieba's own cache, which holds no tags, and needs no ``jieba.posseg`` import; it is still the
    largest part of a cold start. Used by the extractors; ``segment`` (POS-tagged output) still
    uses jieba.posseg.
    """
    global _dictionary
    if _dictionary is not None:
        return _dictionary
    with _lock:
        if _dictionary is not None:
            return _dictionary
        import pickle

        path = cache_dir() / f"nlp_pipeline-dict-v{CACHE_FORMAT}.{_dictionary_key()}.pickle"
        base = jieba.Tokenizer()
        base.tmp_dir = str(cache_dir())
        try:
            with path.open("rb") as fh:
                base.FREQ, base.total, tags = _from_columns(pickle.load(fh))
            base.initialized = True
        except (OSError, EOFError, ValueError, TypeError, IndexError, pickle.UnpicklingError):
            with _quiet_jieba():
                base.initialize()
                user = user_dict_path()
                if user is not None:
                    base.load_userdict(str(user))
            tags = _read_tags(base, user_dict_path())
            tmp = path.with_suffix(f".{os.getpid()}.part")
            try:
                record = _columns(base.FREQ, base.total, tags)
                with tmp.open("wb") as fh:
                    pickle.dump(record, fh, protocol=CACHE_PROTOCOL)
                os.replace(tmp, path)
            except (OSError, ValueError, TypeError, OverflowError):
                tmp.unlink(missing_ok=True)
        _dictionary = (base, tags)
    return _dictionary


MAX_CACHED_FRAGMENTS = 300_000  # DagCutter keeps the log-probabilities of at most this many fragments
# jieba's own block and skip patterns and its single-letter test (jieba/__init__.py), for DagCutter.
_HAN_BLOCK = re.compile("([\u4E00-\u9FD5a-zA-Z0-9+#&\\._%\\-]+)")
_SKIP = re.compile("(\r\n|\\s)")
_ENG_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")


class DagCutter:
    """``jieba.Tokenizer.cut(text, HMM=False)`` over our dictionary, the same words, about 3× faster.

    jieba builds a DAG of dictionary words, then the most probable route through it, in separate
    passes with a generator per step; here one right-to-left pass does both, and each word's
    log-probability is computed once per process. Ties break as in jieba (the longer word).
    """

    # What ``info`` holds for a fragment besides a word's log-probability (always < 0).
    ABSENT, PREFIX = 1.0, 2.0

    def __init__(self, base: jieba.Tokenizer) -> None:
        self.freq: dict[str, int] = base.FREQ
        self.logtotal = math.log(base.total)
        self.info: dict[str, float] = {}  # fragment -> log-probability, PREFIX or ABSENT

    def _han(self, s: str) -> list[str]:
        n = len(s)
        freq, info, logtotal = self.freq, self.info, self.logtotal
        score = [0.0] * (n + 1)
        nxt = list(range(1, n + 2))
        for k in range(n - 1, -1, -1):
            best = None
            end = k + 1
            i = k + 1
            frag = s[k]
            while True:
                v = info.get(frag)
                if v is None:
                    f = freq.get(frag)
                    v = (math.log(f) - logtotal) if f else (self.ABSENT if f is None else self.PREFIX)
                    if len(info) < MAX_CACHED_FRAGMENTS:
                        info[frag] = v
                if v < 0.0:  # a word
                    sc = v + score[i]
                    if best is None or sc >= best:
                        best, end = sc, i
                elif v == self.ABSENT:
                    break
                if i >= n:
                    break
                i += 1
                frag = s[k:i]
            score[k] = -logtotal + score[k + 1] if best is None else best
            nxt[k] = end
        out: list[str] = []
        buf = ""
        x = 0
        while x < n:
            y = nxt[x]
            if y - x == 1 and s[x] in _ENG_CHARS:
                buf += s[x]
            else:
                if buf:
                    out.append(buf)
                    buf = ""
                out.append(s[x:y])
            x = y
        if buf:
            out.append(buf)
        return out

    def cut(self, text: str) -> list[str]:
        out: list[str] = []
        for blk in _HAN_BLOCK.split(text):
            if not blk:
                continue
            if _HAN_BLOCK.match(blk):
                out.extend(self._han(blk))
            else:
                for x in _SKIP.split(blk):
                    if _SKIP.match(x):
                        out.append(x)
                    else:
                        out.extend(x)
        return out


@cache
def dag_cutter() -> DagCutter:
    """The :class:`DagCutter` over :func:`dictionary`, built once per process."""
    return DagCutter(dictionary()[0])


def _default_tokenizer() -> jieba.posseg.POSTokenizer:
    """The POS tokenizer over the same prepared dictionary the extractors use (loaded once)."""
    global _tokenizer
    if _tokenizer is None:
        base, tags = dictionary()  # outside the lock: dictionary() takes it too
        with _lock:
            if _tokenizer is None:
                import jieba.posseg

                with _quiet_jieba():
                    tokenizer = jieba.posseg.POSTokenizer(base)
                tokenizer.word_tag_tab = dict(tags)  # jieba's tags and our user words' tags
                _tokenizer = tokenizer
    return _tokenizer


# Units and titles of the user dictionary that start with their administrative level (市公安局,
# 县人大, 区创建办) must not take that character from a place name before them: jieba would cut
# 福清市公安局 as 福清 / 市公安局, so the character goes back to the place (福清市 / 公安局).
ADMIN_LEVELS = "市县区镇乡"
USER_TAGS = ("nt", "nnt")


def _is_name_piece(tok: Token) -> bool:
    return tok.pos.startswith("n") and tok.pos not in USER_TAGS and tok.text[-1] not in ADMIN_LEVELS + "省"


def _return_admin_char(tokens: list[Token]) -> list[Token]:
    """福清 / 市公安局 -> 福清市 / 公安局; 该 / 市纪委, 全 / 市创建办 stay as they are.

    What comes right before must look like a name: a noun of two characters or more (jieba tags
    unknown place names ns, nr or n), or two or more one-character nouns (an unknown name jieba
    broke up: 沣 / 源 / 市教育局 -> 沣源市 / 教育局), none of them ending in a level character.
    Party committees (市委宣传部, 县委办) are left alone: 昆山 / 市委宣传部 beats 昆山市 / 委宣传部.
    """
    out: list[Token] = []
    for tok in tokens:
        if (out and tok.pos in USER_TAGS and len(tok.text) >= 3 and tok.text[0] in ADMIN_LEVELS
                and tok.text[1] != "委"):
            k, at = len(out), tok.start
            while k > 0 and out[k - 1].end == at and len(out[k - 1].text) == 1 and _is_name_piece(out[k - 1]):
                k -= 1
                at = out[k].start
            prev = out[-1]
            if len(out) - k >= 2:
                name = "".join(t.text for t in out[k:])
                del out[k:]
                out.append(Token(name + tok.text[0], at, tok.start + 1, "ns"))
                tok = Token(tok.text[1:], tok.start + 1, tok.end, tok.pos)
            elif prev.end == tok.start and len(prev.text) >= 2 and _is_name_piece(prev):
                out[-1] = Token(prev.text + tok.text[0], prev.start, tok.start + 1, "ns")
                tok = Token(tok.text[1:], tok.start + 1, tok.end, tok.pos)
        out.append(tok)
    return out


def segment_with(tokenizer: jieba.posseg.POSTokenizer, text: str) -> list[Token]:
    """Segment ``text`` with a given POS tokenizer; see :func:`segment`."""
    tokens: list[Token] = []
    pos = 0
    for pair in tokenizer.cut(text):
        word, flag = pair.word, pair.flag
        if not word:
            continue
        start = pos if text.startswith(word, pos) else text.find(word, pos)
        if start < 0:  # jieba never rewrites its input; if it ever does, drop the piece
            continue
        pos = start + len(word)
        if word.isspace():
            continue
        tokens.append(Token(word, start, pos, flag))
    return _return_admin_char(tokens)


def segment(text: str) -> list[Token]:
    """Words and POS tags of ``text`` (jieba tag set; our user words: ``nt`` unit, ``nnt`` title).

    >>> segment("") == []
    True
    >>> [t.text for t in segment("市公安局召开推进会")]
    ['市公安局', '召开', '推进会']
    """
    if not text:
        return []
    return segment_with(_default_tokenizer(), text)
