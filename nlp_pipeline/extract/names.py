"""Person names without a title: candidate spans scored by a small learned model.

The rules of :mod:`.officials` find persons next to a title or an action word. This module finds
the rest (a name alone in running text) in three steps:

1. **candidates**: every place where a surname (``surnames.txt``, compound ones too) starts a span
   of 2–4 Chinese characters whose one or two given characters are no function word (的, 了 …)
   and no form of address (同志, 阿姨: 吴阿姨 is no name); and the beginnings and ends (2–6
   characters) of every run of transliteration characters (克林顿, 阿拉法特), plus runs joined by
   ``·``. A candidate inside or before a title (党委书记, 王局长) is no candidate;
2. **features**, all look-ups: the string alone (cached per string): how common the surname is and
   how often it is a word of its own (于, 向, 高); how typical each given character is of names
   (``given_name_chars.txt``) and how often it is a word alone; whether the span or its parts are
   words of our jieba dictionary and of which class (文明, 方面; jieba's own person entries count
   as no word: made-up training names are never in it, real ones often are); a place or level
   character at its end (白沙乡, 桂香苑); for transliterations, how foreign the characters look.
   The context: words of the dictionary that cross either edge (提高 → 高; 王明确 → 明确), what
   stands before (a title, punctuation, 、, the word ending there) and after (a follower such as
   说/表示/同志, a title, a unit word, the word starting there); whether the same string is a
   person the rules found elsewhere in the text;
3. **score**: a logistic regression fitted by ``training/train_name_scorer.py`` and stored as its
   coefficients (``models/name_scorer.json``): a sum of weights, no scikit-learn at run time.
   :func:`find_names` keeps the best non-overlapping candidates whose probability passes the
   threshold stored with the model (chosen on the dev split of our corpus: of the thresholds as good
   as the best there, the one nearest 0.5). A name where a by-line or an author stands (alone on
   its line, alone in the brackets that close a paragraph: :func:`byline_alone`) and a whole item of
   a 、-list next to a person (:func:`list_neighbours`; never one ending in a unit's suffix) need
   only ``LIST_THRESHOLD``.

>>> [(n.name, n.start) for n in find_names("会上，李晓红说，要抓好落实。")]
[('李晓红', 3)]
"""

from __future__ import annotations

import json
import logging
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, NamedTuple

from ..lexicon import entries, words

MODEL_NAME = "name_scorer.json"
_log = logging.getLogger(__name__)
PUNCT_CLASSES = {"，": ",", ",": ",", "。": ".", "；": ";", "：": ":", ":": ":", "、": "dun", "\n": "nl",
                 "“": "q", "”": "q", "‘": "q", "’": "q", "\"": "q", "（": "(", "(": "(", "）": ")", ")": ")",
                 "《": "<", "》": ">", "！": ".", "？": ".", " ": "sp", "·": "dot", "—": "-", "-": "-"}
# Characters that never begin (or stand inside) a given name: function words, numerals, pronouns.
NOT_GIVEN = frozenset("的了在和是等及与对也都将就把被让从到向给这那以于而或并又各每该某们个您你我他她它"
                      "吗呢吧啊呀哦嘛啦零两四六百亿")
# What follows a surname to address or refer to a person without the given name (吴阿姨, 王师傅, 李总).
HONORIFICS = ("同志", "老师", "先生", "女士", "小姐", "师傅", "教授", "博士", "阿姨", "叔叔", "大叔", "大爷", "大妈",
              "大娘", "大姐", "大哥", "奶奶", "爷爷", "婆婆", "老板", "总", "老", "工", "某", "氏")
LEVEL_CHARS = frozenset("省市县区乡镇村")
# Characters that more often begin the word after a name than end one (陶秀|为主编, 叶鹏|却认为,
# 李鹏|今天, 马平|摄): a feature of a two-character given name that ends in one.
NEXT_WORD_CHARS = frozenset("为却也还又都就在对向与和及同将已曾均摄作说称今昨")
# Last characters of the names of places, estates and buildings (桂香苑, 王家庄, 翠湖湾).
PLACE_CHARS = frozenset("苑园庄湾坊里岭寨屯堡店铺厦楼阁馆院寺庙桥港岛洲庭府邸城居墅")
MAX_WORD = 6  # longest dictionary word looked at around a candidate
# Letters of transliterated names that Chinese words use a lot too (叶, 雅, 易, 露, 若): trusted in a name after
# a title (俄罗斯总统叶利钦, 法国总理若斯潘) or in one with dots (路易丝·弗雷谢特), but no run of them alone is a
# candidate of the scorer (translit_re), whose fit they would move.
TITLED_LETTERS = "娅黛芙妮薇露萝茜琪丝汀赞垂绍若吕季卜嘎雅易叶焦瑙申历热让茹瑞锡缪连思措当密哇集功诗素"
# Characters of the standard transliteration of foreign names (外国人名译写), from general knowledge.
TRANSLIT = frozenset("阿埃艾爱安昂奥巴拜班邦保鲍贝本比彼毕别宾波伯博布查达戴丹道德登迪蒂丁东杜敦多厄恩尔法凡菲斐费芬丰"
                     "弗福伏盖甘冈戈哥格根贡古瓜圭哈海汉豪赫黑亨洪胡华怀惠霍基吉加贾杰捷金津卡凯坎康考柯科可克肯库"
                     "夸奎昆拉莱兰朗劳勒雷蕾里利莉丽列林琳留隆卢鲁路伦罗洛马玛迈麦曼芒梅门蒙米明摩莫默姆穆纳娜奈南"
                     "内尼涅宁纽努诺欧帕潘庞佩彭皮珀普齐奇恰乔切钦琼丘萨塞赛桑瑟森沙莎舍什施舒斯松苏索塔泰坦汤唐特"
                     "提廷通图托瓦万旺威韦维温沃乌伍西希谢辛休修亚扬耶伊因尤约泽扎詹兹佐娃茨夫顿逊翰罕廉赖京"
                     + TITLED_LETTERS)
# Of those, the ones rarely written outside a transliteration: they make a run look foreign.
TRANSLIT_CORE = frozenset("斯夫娃茨姆尔兹顿森逊蒂迪耶齐琼詹扎洛索维基莱莉娜莎菲佩皮普伊埃奥乌拉克诺卡萨塔")
TRANSLIT_ENDS = frozenset("斯夫娃基尔特森逊顿克德诺娜莉亚尼奇曼格姆茨纳拉罗科娃莎丽卡")
MAX_FOREIGN = 6
# How common (surnames.txt bucket) a surname must be to start a second name right after a surname
# that is mostly a function word (和李鹏: 和 + 李鹏, not a name 和李鹏); 2: the hundred or so commonest.
COMMON_SURNAME = 2
# jieba frequency from which a two-character word is no given name (水平 13,880, 世界 34,387; given
# names that are words are far rarer: 建国 3,083, 海洋 4,068, 和平 7,998).
COMMON_WORD = 10_000
# A whole item of a 、-list next to a person is taken from this probability up (list_neighbours).
LIST_THRESHOLD = 0.1
# A count of persons: after the last item of a list (陈静、杨超五位老师), after 等 (周瑶等10名学生).
PERSON_COUNT = re.compile("[0-9０-９一二两三四五六七八九十百几数多余]+[位名人]")
# Words that join two persons (冯光燕和严海东): a candidate joined so to a person is taken from this up.
JOINERS = ("以及", "和", "与", "及", "同")
JOINED_THRESHOLD = 0.25
LAST_ITEM_ENDS = JOINERS + ("为",)  # what may follow a list's last name that fills no item (彭冲|和…)
RUN_FLOOR = 0.3  # a name standing alone in brackets reaches this (non-names: < 0.05)
# Every name of a run of names without separators reaches this (split_name_run): lower than RUN_FLOOR, as the
# best cut of the whole run decides (贾昭全|范韩生, 0.82 and 0.22, beats 贾昭|全范|韩生, 0.55, 0.35 and 0.46).
SPLIT_FLOOR = 0.15
MAX_ASIDE = 12  # characters of an aside between list items: 王某（女，蒙古族）、
# What may follow the last character of a list item.
ITEM_ENDS = frozenset("、，,。；;：:（()）\n 　“”等")
LIST_SEPARATORS = frozenset("、，,。；;")  # what may close a list's item right after a name
# jieba's tags grouped into a few classes, so that rare tags share what is learned for common ones.
TAG_CLASSES = {"-": "-", "nr": "-", "nrfg": "-", "nrt": "T",
               **dict.fromkeys(("n", "ng", "nz", "vn", "an", "l", "i", "j", "g", "nnt"), "N"),
               **dict.fromkeys(("v", "vd", "vg", "vi", "vq"), "V"),
               **dict.fromkeys(("a", "ad", "ag", "z", "b"), "A"),
               **dict.fromkeys(("ns", "nt", "s", "f"), "P")}


@dataclass(frozen=True)
class ScoredName:
    name: str
    start: int
    end: int
    score: float


def model_dir() -> Path:
    """``nlp_pipeline/models`` (a link to the repository's ``models/``), else ``<repo>/models``."""
    package = Path(__file__).resolve().parents[1] / "models"
    if (package / MODEL_NAME).is_file():
        return package
    return Path(__file__).resolve().parents[2] / "models"


@cache
def load_model(path: str | None = None) -> dict[str, Any]:
    """The fitted model: ``{"bias", "weights", "threshold", ...}``; an empty model if none is found."""
    file = Path(path) if path else model_dir() / MODEL_NAME
    if not file.is_file():
        if path is None:
            _log.warning("names: no model at %s; persons without a title are not looked for", file)
        return {"bias": -10.0, "weights": {}, "threshold": 1.0}
    return dict(json.loads(file.read_text(encoding="utf-8")))


def _log_bucket(x: float) -> int:
    return int(math.log10(x)) if x >= 1 else 0


class NameLexicon:
    """Surnames, given-name characters and the jieba dictionary, read once."""

    def __init__(self) -> None:
        from ..segment import dictionary

        base, self.tags = dictionary()
        self.freq: dict[str, int] = base.FREQ
        sur = {row[0]: float(row[1]) if len(row) > 1 and row[1].replace(".", "").isdigit() else 1.0
               for row in entries("surnames.txt") if row and row[0]}
        self.surname_bucket = {s: _log_bucket(v) for s, v in sur.items()}
        self.single = frozenset(s for s in sur if len(s) == 1)
        self.compound = frozenset(s for s in sur if len(s) == 2)
        self.given_tier = {row[0]: row[1] for row in entries("given_name_chars.txt") if len(row) > 1}
        self.titles = words("titles.txt")
        self.unit_suffixes = words("unit_suffixes.txt") | {"村", "镇", "乡", "县", "市", "区", "省", "路", "街"}
        self.suffix_len = max(len(w) for w in self.unit_suffixes)
        self.unit_first = frozenset(w[0] for w in self.unit_suffixes)
        self.unit_last = frozenset(w[-1] for w in self.unit_suffixes)
        self.starts = frozenset(self.single | {c[0] for c in self.compound})  # a name may start with these
        self.surname_re = re.compile("[" + "".join(sorted(self.starts)) + "]")
        # Surnames that are far more often a conjunction or a preposition (和, 于, 向).
        self.function_surnames = frozenset(c for c in self.single if self.tag(c) in ("c", "p"))
        self.weak_surnames = frozenset(c for c in self.single if self._weak(c))
        self.conjunction_surnames = frozenset(c for c in self.single if self.tag(c) == "c")
        self.preposition_surnames = frozenset(c for c in self.weak_surnames if self.tag(c) == "p")  # 于, 向
        chars = "[" + "".join(sorted(TRANSLIT)) + "]"
        run_chars = "[" + "".join(sorted(TRANSLIT - frozenset(TITLED_LETTERS))) + "]"
        self.translit_re = re.compile(f"{run_chars}{{2,}}")
        self.dotted_re = re.compile(f"{chars}{{2,}}(?:·{chars}{{1,}})+")  # 阿兰·布朗特
        # The commonest words (common_word), a small set: looked up for every candidate.
        self.common_words = frozenset(w for w, f in self.freq.items()
                                      if f >= COMMON_WORD and not self.tags.get(w, "x").startswith("nr"))

    def _weak(self, surname: str) -> bool:
        """Is ``surname`` far more often a function word than a surname (和, 于, 因: a conjunction or
        preposition; 任 "serve as", 应 "at the request of", 满 "full")? By its jieba tag and how
        common a surname it is; 何, 谢, 高, 白 are not weak."""
        tag, common = self.tag(surname), self.surname_bucket.get(surname, 0)
        if tag in ("p", "c", "u"):
            return True
        if tag in ("r", "d"):
            return common < 3
        return common < 2 if tag in ("v", "a") else False

    def unit_suffix_at(self, text: str, k: int) -> int:
        """Length of the longest unit word (``unit_suffixes.txt``, levels) starting at ``k`` (0: none)."""
        if text[k:k + 1] not in self.unit_first:
            return 0
        return next((n for n in range(self.suffix_len, 0, -1) if text[k:k + n] in self.unit_suffixes), 0)

    def common_word(self, w: str) -> bool:
        """Is ``w`` one of the commonest words of the dictionary (水平, 世界, 大家, 建设), too common
        to be a given name (jieba's person entries are never common words here)?"""
        return w in self.common_words

    def word(self, w: str) -> int:
        """Frequency of ``w`` as a dictionary word (0: no word; jieba also stores prefixes as 0)."""
        return self.freq.get(w) or 0

    def tag(self, w: str) -> str:
        return self.tags.get(w, "x") if self.freq.get(w) else "-"

    def word_class(self, w: str) -> str:
        """The coarse class of ``w`` as a dictionary word (``TAG_CLASSES``): "-" for no word *and*
        for jieba's Chinese person entries (nr, nrfg), which mix real names with words it took for
        names (文明, 张贴); a made-up name is never in the dictionary, a real one often is."""
        return TAG_CLASSES.get(self.tag(w), "F")


@cache
def name_lexicon() -> NameLexicon:
    return NameLexicon()


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def _context(ch: str) -> str:
    """The class of a character next to a candidate that is no Chinese character."""
    if not ch:
        return "^"
    if ch in PUNCT_CLASSES:
        return PUNCT_CLASSES[ch]
    if ch.isdigit():
        return "0"
    return "a" if ch.isascii() else "o"


def _reach_at(text: str, freq: dict[str, int], j: int) -> int:
    """Length of the longest dictionary word of two characters or more starting at ``j`` (0: none)."""
    n, best = len(text), 0
    k = j + 2
    v = freq.get(text[j:k]) if k <= n else None
    while v is not None and k - j <= MAX_WORD:  # jieba keeps every prefix of a word (as 0)
        if v:
            best = k - j
        k += 1
        v = freq.get(text[j:k]) if k <= n else None
    return best


class DocContext:
    """What the features need to know about one text, computed once and shared by its candidates.

    ``known``: persons the rules found in the text; ``titles``: the officials extractor's
    :class:`~nlp_pipeline.extract.officials.Lexicons` (titles and followers, indexed per text).
    """

    def __init__(self, text: str, known: frozenset[str] = frozenset(), titles: Any = None,
                 lex: NameLexicon | None = None) -> None:
        if titles is None:
            from .officials import lexicons

            titles = lexicons()
        self.text, self.known, self.titles = text, known, titles
        self._starts, self._ends, self._inside = titles.index(text)
        self.lex = lex or name_lexicon()
        self.known_by_first: dict[str, list[str]] = {}
        for k in known:
            self.known_by_first.setdefault(k[:1], []).append(k)
        # Longest dictionary word at each position, looked up on first use only: candidates ask
        # about the few positions around them, not about the whole text.
        self._reach: list[int] = [-1] * (len(text) + 1)

    def title_before(self, i: int) -> bool:
        """Does a title end right before ``i``?"""
        return bool(self._ends[i])

    def title_after(self, i: int) -> int:
        """The length of the title starting at ``i`` (0: none)."""
        return self._starts[i]

    def in_title(self, i: int) -> bool:
        """Does a title start at ``i`` or run across it (党委书记: 党; 主任: 任)?"""
        return bool(self._starts[i] or self._inside[i])

    def follower_at(self, i: int) -> str | None:
        found: str | None = self.titles.follower_at(self.text, i)
        return found

    def longest(self, j: int) -> int:
        """Length of the longest dictionary word of two characters or more starting at ``j`` (0: none)."""
        if not 0 <= j < len(self.text):
            return 0
        n = self._reach[j]
        if n < 0:
            n = self._reach[j] = _reach_at(self.text, self.lex.freq, j)
        return n

    def word_ending_at(self, end: int) -> str:
        """The longest dictionary word of two characters or more that ends at ``end``."""
        text, freq = self.text, self.lex.freq
        for n in range(min(MAX_WORD, end), 1, -1):
            if freq.get(text[end - n:end]):
                return text[end - n:end]
        return ""

    def crossing(self, lo: int, hi: int, edge: int) -> str:
        """The longest dictionary word that starts in ``[lo, hi)`` and ends after ``edge`` (the first
        of the longest ones)."""
        text, reach, freq = self.text, self._reach, self.lex.freq  # longest() inlined: it runs for every candidate
        at, best = 0, 0
        for j in range(lo if lo > 0 else 0, hi if hi < len(text) else len(text)):
            n = reach[j]
            if n < 0:
                if text[j:edge + 1] not in freq:
                    continue  # no word from j gets past edge (_reach_at walks through this prefix)
                n = reach[j] = _reach_at(text, freq, j)
            if n > best and j + n > edge:
                at, best = j, n
        return text[at:at + best] if best else ""


def candidate_spans(text: str, lex: NameLexicon | None = None, *, listed: bool = False) -> list[tuple[int, int, int]]:
    """``(start, surname length, end)`` of every candidate in ``text``; ``listed``: the text is a run
    of names (a by-line), where a given name that is a common word (聂长江) is one as in a list.

    >>> [(s, e) for s, _, e in candidate_spans("由王平主持")]
    [(1, 3), (1, 4)]
    """
    lex = lex or name_lexicon()
    out = []
    n = len(text)
    for m in lex.surname_re.finditer(text):
        i = m.start()
        surs = []
        if text[i:i + 2] in lex.compound:
            surs.append(2)
        if text[i] in lex.single:
            surs.append(1)
        for s in surs:
            a = i + s  # the given name starts here
            # Both lengths need a first given character that may begin a name and no honorific there.
            if not _may_be_given(text[a:a + 1]) or _honorific_at(text, a):
                continue
            if listed or not (lex.common_word(text[i:a + 1]) and "、" not in (text[i - 1:i], text[a + 1:a + 2])):
                out.append((i, s, a + 1))
            end = a + 2
            if end > n or not (_may_be_given(text[a + 1]) or joiner_closes_item(text, a + 1)):
                continue  # (刘景和、: a joiner that closes a list's item is the name's last character)
            given = text[a:end]
            if s == 1 and text[i] in lex.function_surnames and lex.surname_bucket.get(given[0], 0) >= COMMON_SURNAME:
                continue  # 总书记和李鹏总理: 和 is the conjunction, 李鹏 the name
            if not listed and lex.common_word(given) and "、" not in (text[i - 1:i], text[end:end + 1]):
                continue  # 扩大高水平对外开放: a surname character before a common word (in a list of
                # names the list decides: 王全国、张根生)
            out.append((i, s, end))
    return out


def _may_be_given(ch: str) -> bool:
    """May ``ch`` stand in a given name (a Chinese character, no function word)? False for ""."""
    return "\u4e00" <= ch <= "\u9fff" and ch not in NOT_GIVEN


_HONORIFIC_SET = frozenset(HONORIFICS)
_ONE_CHAR_HONORIFICS = frozenset(h for h in HONORIFICS if len(h) == 1)


def _honorific_at(text: str, a: int) -> bool:
    """Does a form of address (HONORIFICS: 同志, 阿姨, 总) start at ``a``, where a given name would?"""
    return text[a:a + 1] in _ONE_CHAR_HONORIFICS or text[a:a + 2] in _HONORIFIC_SET


def foreign_spans(text: str, lex: NameLexicon | None = None) -> list[tuple[int, int, int]]:
    """``(start, 0, end)`` of candidate transliterated names: the beginnings and the ends (2 to 6
    characters) of every run of transliteration characters (克林顿, 阿拉法特).

    >>> [(s, e) for s, _, e in foreign_spans("同克林顿会谈")]
    [(1, 3), (1, 4), (2, 4)]
    """
    lex = lex or name_lexicon()
    out: set[tuple[int, int, int]] = set()
    for m in lex.translit_re.finditer(text):
        a, b = m.span()
        for n in range(2, min(b - a, MAX_FOREIGN) + 1):
            for start in (a, b - n):
                if not ends_in_common_word(text[start:start + n], lex):
                    out.add((start, 0, start + n))
    if "·" in text:
        for m in lex.dotted_re.finditer(text):
            if m.group()[-2] == "·" and _is_cjk(text[m.end():m.end() + 1]):
                continue  # 希克迈特·赫|朱夫妇: a last part of one character that a Chinese one follows is cut short
            out.add((m.start(), 0, m.end()))
    return sorted(out)


COMMON_END_WORD = 1000  # jieba frequency of a word that ends no transliterated name (马拉松|比赛, 萨克斯|演奏)


def ends_in_common_word(span: str, lex: NameLexicon) -> bool:
    """Does ``span`` end in a common word of two characters or more, no person entry, that begins after
    its first character (马拉松比赛: 比赛)?"""
    return any(lex.word(span[k:]) >= COMMON_END_WORD and not lex.tag(span[k:]).startswith("nr")
               for k in range(1, len(span) - 1))


def looks_foreign(span: str, lex: NameLexicon | None = None) -> bool:
    """A transliterated name rather than a Chinese word: no common word of the dictionary (jieba's
    person entries do not count), and a character rarely written outside transliterations when it
    is short (塞泽尔, 萨达姆 pass; 安排, 马路 do not).

    >>> looks_foreign("内塔尼亚胡"), looks_foreign("萨达姆"), looks_foreign("安排"), looks_foreign("马路")
    (True, True, False, False)
    """
    lex = lex or name_lexicon()
    parts = [p for p in span.split("·") if p]
    if not parts or any(len(p) < 2 for p in parts) or lex.word_class(span) not in ("-", "T") or (
            ends_in_common_word(span, lex)):
        return False
    return "·" in span or len(span) >= 3 or any(c in TRANSLIT_CORE for c in span)


def foreign_features(span: str, lex: NameLexicon) -> tuple[str, ...]:
    """Features of a transliterated candidate alone."""
    if "·" in span:
        return ("kind=F", "Fdot", f"Fcore={min(sum(c in TRANSLIT_CORE for c in span), 3)}|4")
    n = len(span)
    core = sum(c in TRANSLIT_CORE for c in span)
    stag = lex.word_class(span)
    f = ["kind=F", f"Flen={n}", f"Fcore={min(core, 3)}|{min(n, 4)}", f"Fspan={stag}",
         f"Fend={span[-1] in TRANSLIT_ENDS}", f"Fsur={span[0] in lex.single}"]
    if stag != "-":
        f.append(f"Fspanf={_log_bucket(lex.word(span))}")
    inner = max((len(w) for k in range(n - 1) for w in (span[k:k + 2],) if lex.word(w)), default=0)
    f.append(f"Finner={inner > 0}|{lex.word_class(span[:2])}")
    return tuple(f)


def intrinsic_features(span: str, s: int, lex: NameLexicon) -> tuple[str, ...]:
    """Features of the string alone (surname length ``s``; 0: a transliterated name): the same
    wherever it stands."""
    if s == 0:
        return foreign_features(span, lex)
    sur, given = span[:s], span[s:]
    ln = f"{s}{len(given)}"
    tiers = "".join(lex.given_tier.get(c, "0") for c in given)
    stag = lex.word_class(span)
    if stag == "-" and len(span) == 2 and lex.word(span):
        stag = "R"  # a two-character person entry of jieba: as often a word (文明, 高峰) as a name
    f = [f"len={ln}", f"tier={tiers}", f"span={stag}|{ln}", f"ts={tiers}|{stag}"]
    if s == 2:
        f.append("sur=compound")
    else:
        f += [f"surf={lex.surname_bucket.get(sur, 0)}", f"surw={_log_bucket(lex.word(sur))}|{lex.tag(sur)}"]
    for k, c in enumerate(given):
        f.append(f"g{k}t={tiers[k]}|w{_log_bucket(lex.word(c))}")
    if len(given) == 2 and given[-1] in NEXT_WORD_CHARS:
        f.append("glast=next")
    if given[-1] in LEVEL_CHARS:
        f.append("glast=level")  # 白沙乡, 石门镇: a place
    elif given[-1] in PLACE_CHARS:
        f.append("glast=place")
    if stag != "-":
        f.append(f"spanf={_log_bucket(lex.word(span))}")
    if len(given) == 2:
        for name, part in (("gw", given), ("sg", span[:s + 1])):
            c = lex.word_class(part)
            f.append(f"{name}={c}")
            if c != "-":
                f.append(f"{name}f={_log_bucket(lex.word(part))}")
    return tuple(f)


# The context features come in two steps: *facts* (a tuple of the words and characters around the
# candidate, looked up in the text) and the feature names made of them (pure functions of the facts).
# The fast path of score_candidates (CandidateScorer) caches per model the weights of the names made
# of each facts tuple, so it builds no strings for facts already seen. A new context feature goes
# into a facts function (so that it is part of the cache key) and the matching names function; then
# features() and the fast path stay in step by themselves (tests/test_names_speed.py checks it).


class LeftFacts(NamedTuple):
    """What stands before a candidate starting at ``i``."""
    crossing: str  # the longest word starting before ``i`` that runs past it ("": none)
    prev: str  # the character before ("": the text's start)
    title: bool  # a title ends at ``i``
    word: str  # the longest word of two characters or more ending at ``i`` ("": none, or ``prev`` no CJK)


def left_facts(ctx: DocContext, i: int) -> LeftFacts:
    prev = ctx.text[i - 1] if i > 0 else ""
    return LeftFacts(ctx.crossing(i - MAX_WORD + 1, i, i), prev, ctx.title_before(i),
                     ctx.word_ending_at(i) if _is_cjk(prev) else "")


def left_feature_names(facts: LeftFacts, lex: NameLexicon) -> list[str]:
    cross, prev, title, left = facts
    f = [f"xl={lex.word_class(cross)}|{_log_bucket(lex.word(cross))}" if cross else "xl=0"]
    cjk = _is_cjk(prev)
    if not cjk:
        f.append(f"l={_context(prev)}")
    if title:
        f.append("l=title")
    if left:
        f.append(f"lw={left if len(left) <= 2 else lex.word_class(left)}")
        f.append(f"lt={lex.tag(left)}")
    elif cjk:
        f.append(f"l1={prev}")
    return f


def left_features(ctx: DocContext, i: int) -> list[str]:
    """Features of what stands before position ``i`` (shared by the candidates starting there)."""
    return left_feature_names(left_facts(ctx, i), ctx.lex)


class EndFacts(NamedTuple):
    """What stands after a candidate ending at ``end``, whatever its start."""
    next: str  # the character after ("": the text's end)
    follower: str  # a follower (说, 表示, 同志) starting at ``end`` ("": none)
    title: bool  # a title starts at ``end`` (after a Chinese character only)
    unit: int  # a unit word starts at ``end``: its length up to 2 (0: none)
    word: str  # the longest word of two characters or more starting at ``end`` ("": none)

    @property
    def edge(self) -> bool:
        """Does a title or a follower of two characters or more start there? Then a word across
        the end does not count (江泽民主席: 民主 crosses the end, but a title starts there)."""
        return self.title or len(self.follower) > 1


def end_facts(ctx: DocContext, end: int) -> EndFacts:
    text, lex = ctx.text, ctx.lex
    nxt = text[end] if end < len(text) else ""
    cjk = _is_cjk(nxt)
    unit = min(lex.unit_suffix_at(text, end), 2)
    n = ctx.longest(end) if cjk else 0
    return EndFacts(nxt, (ctx.follower_at(end) or "") if nxt else "", bool(cjk and ctx.title_after(end)), unit,
                    text[end:end + n])


def end_head_names(facts: EndFacts) -> list[str]:
    """The features of ``facts`` that come before the crossing word's (the order of the sum)."""
    f = [] if _is_cjk(facts.next) else [f"r={_context(facts.next)}"]
    if facts.follower:
        f.append(f"rf={facts.follower}")
    if facts.title:
        f.append("r=title")
    return f


def end_tail_names(facts: EndFacts, lex: NameLexicon) -> list[str]:
    """The features of ``facts`` that come after the crossing word's."""
    f = [f"r=unit{facts.unit}"] if facts.unit else []
    right = facts.word
    if right:
        f.append(f"rw={right if len(right) <= 2 else lex.word_class(right)}")
        f.append(f"rt={lex.tag(right)}")
    elif _is_cjk(facts.next):
        f.append(f"r1={facts.next}")
    return f


def right_crossing(ctx: DocContext, i: int, end: int) -> tuple[str, bool]:
    """The longest word starting inside the candidate ``text[i:end]`` after its first character
    that runs past its end (王明确 → 明确), and whether it starts with the candidate's last character."""
    cross = ctx.crossing(i + 1, end, end)
    return cross, bool(cross) and cross[0] == ctx.text[end - 1]


def crossing_names(edge: bool, cross: str, from_last: bool, lex: NameLexicon) -> list[str]:
    if edge:
        return ["xr=edge"]
    if not cross:
        return ["xr=0|0"]
    f = [f"xr={lex.word_class(cross)}|{min(len(cross), 3)}"]
    if from_last:
        f.append(f"xr1={_log_bucket(lex.word(cross))}")
    return f


def known_names(ctx: DocContext, span: str) -> list[str]:
    """Is ``span`` a person the rules found in the text, or a part or an extension of one?"""
    if not ctx.known:
        return []
    if span in ctx.known:
        return ["known"]
    if any(k.startswith(span) or span.startswith(k) for k in ctx.known_by_first.get(span[0], ())):
        return ["known_part"]
    return []


def right_features(ctx: DocContext, i: int, s: int, end: int) -> list[str]:
    """Features of what stands after the candidate ``text[i:end]``, and of the rest of the text."""
    after = end_facts(ctx, end)
    cross, from_last = right_crossing(ctx, i, end) if not after.edge else ("", False)
    return (end_head_names(after) + crossing_names(after.edge, cross, from_last, ctx.lex)
            + end_tail_names(after, ctx.lex) + known_names(ctx, ctx.text[i:end]))


def features(ctx: DocContext, i: int, s: int, end: int) -> list[str]:
    """Every feature name of the candidate ``text[i:end]`` (surname ``text[i:i+s]``): the reference
    definition (training rows are made of it); score_candidates sums the same weights faster."""
    return list(intrinsic_features(ctx.text[i:end], s, ctx.lex)) + left_features(ctx, i) + right_features(
        ctx, i, s, end)


CACHE_LIMIT = 200_000  # entries of each of a model's caches before it starts afresh


class NameModel:
    """The fitted coefficients, with the weight sums of strings already seen (they recur a lot) and
    the weights of the context features made of each facts tuple already seen (CandidateScorer)."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.bias = float(data["bias"])
        self.weights: dict[str, float] = data["weights"]
        self.threshold = float(data.get("threshold", 0.5))
        self._intrinsic: dict[tuple[str, int], float] = {}
        self.left_sums: dict[LeftFacts, float] = {}
        self.end_weights: dict[EndFacts, tuple[tuple[float, ...], bool, tuple[float, ...]]] = {}
        self.crossing_weights: dict[tuple[bool, str, bool], tuple[float, ...]] = {}

    def weight(self, feats: Iterable[str]) -> float:
        w = self.weights
        return sum(w.get(x, 0.0) for x in feats)

    def weights_of(self, feats: Iterable[str]) -> tuple[float, ...]:
        """The weight of each feature, in order: summed, the same float as :meth:`weight`."""
        w = self.weights
        return tuple(w.get(x, 0.0) for x in feats)

    def intrinsic(self, span: str, s: int, lex: NameLexicon) -> float:
        key = (span, s)
        v = self._intrinsic.get(key)
        if v is None:
            if len(self._intrinsic) > CACHE_LIMIT:
                self._intrinsic.clear()
            v = self._intrinsic[key] = self.weight(intrinsic_features(span, s, lex))
        return v

    def probability(self, z: float) -> float:
        x = self.bias + z
        x = 30.0 if x > 30.0 else -30.0 if x < -30.0 else x  # max(-30.0, min(30.0, x)), without two calls
        return 1.0 / (1.0 + math.exp(-x))


class CandidateScorer:
    """The fast path of :func:`score_candidates` for one text: the weight sum of a candidate's
    features, the same float as ``model.weight`` of :func:`intrinsic_features` plus that of
    :func:`left_features` plus that of :func:`right_features` (the same weights summed in the same
    order), without building the feature names of facts already seen.

    The model's caches are keyed by facts alone, not by the lexicon: like :meth:`NameModel.intrinsic`,
    they assume one lexicon (:func:`name_lexicon`) per process.
    """

    def __init__(self, ctx: DocContext, model: NameModel) -> None:
        self.ctx, self.model = ctx, model

    def left_sum(self, i: int) -> float:
        m, facts = self.model, left_facts(self.ctx, i)
        v = m.left_sums.get(facts)
        if v is None:
            _make_room(m.left_sums)
            v = m.left_sums[facts] = m.weight(left_feature_names(facts, self.ctx.lex))
        return v

    def _end(self, end: int) -> tuple[tuple[float, ...], bool, tuple[float, ...]]:
        """The weights of the end's features before and after the crossing word's, and whether a
        title or follower starts there (EndFacts.edge)."""
        m, facts = self.model, end_facts(self.ctx, end)
        got = m.end_weights.get(facts)
        if got is None:
            _make_room(m.end_weights)
            got = m.end_weights[facts] = (m.weights_of(end_head_names(facts)), facts.edge,
                                          m.weights_of(end_tail_names(facts, self.ctx.lex)))
        return got

    def right_sum(self, i: int, end: int) -> float:
        """model.weight(right_features(ctx, i, s, end)), piece by piece in the same order."""
        ctx, m = self.ctx, self.model
        head, edge, tail = self._end(end)
        key = (True, "", False) if edge else (False, *right_crossing(ctx, i, end))
        cross = m.crossing_weights.get(key)
        if cross is None:
            _make_room(m.crossing_weights)
            cross = m.crossing_weights[key] = m.weights_of(crossing_names(*key, ctx.lex))
        known = known_names(ctx, ctx.text[i:end])
        return sum(head + cross + tail + (m.weights_of(known) if known else ()))


def _make_room(cache: dict[Any, Any]) -> None:
    if len(cache) > CACHE_LIMIT:
        cache.clear()


@cache
def default_model() -> NameModel:
    return NameModel(load_model())


def as_model(model: NameModel | dict[str, Any] | None) -> NameModel:
    if model is None:
        return default_model()
    return model if isinstance(model, NameModel) else NameModel(model)


def score(feats: Iterable[str], model: NameModel | dict[str, Any] | None = None) -> float:
    m = as_model(model)
    return m.probability(m.weight(feats))


# 地 and 得 after an adjective or a verb of the dictionary (高兴地, 认真得): how something is done.
ADVERBIAL_PARTICLES = frozenset("地得")
DESCRIBING_TAGS = frozenset("abzdv")


def adverbial(span: str, lex: NameLexicon) -> bool:
    """Is a three-character ``span`` an adjective or verb of the dictionary and 地/得 (高兴地, 郑重地)?"""
    return len(span) == 3 and span[2] in ADVERBIAL_PARTICLES and lex.tag(span[:2])[:1] in DESCRIBING_TAGS


def scorable(ctx: DocContext, i: int, s: int, end: int) -> bool:
    """Not inside or before a title (党委书记, 王局长: a title, not a name), no reduplicated word
    (殷殷, 常常: a surname doubled is an adverb or adjective of the dictionary), no adjective + 地/得
    (高兴地), no given name that is a follower word (长孙|介绍), no weak surname read as part of a
    word (:func:`weak_surname_reads_as_word`)."""
    starts = ctx._starts
    if starts[i] or ctx._inside[i]:
        return False
    if end - i == 2 and ctx.text[i] == ctx.text[i + 1] and ctx.lex.word(ctx.text[i:end]):
        return False
    after = ctx.follower_at(i + max(s, 1))
    if after is not None and len(after) > 1 and i + max(s, 1) + len(after) <= end:
        return False  # 局长长孙介绍: the given name is the word after a name (介绍), no name
    if adverbial(ctx.text[i:end], ctx.lex):
        return False  # 总书记高兴地回应: an adjective and 地 (how he answered), no name
    for k in range(i + max(s, 1), end):
        if starts[k]:
            return False
    if s == 1 and ctx.text[i] in ctx.lex.weak_surnames:  # checked here too: the word after is looked up only then
        return not weak_surname_reads_as_word(ctx.text, i, end, ctx.lex, ctx.longest(i + 1), nouns=True)
    return True


# jieba tags of a given name that, after a weak surname, make it a word instead (于去年, 于近期).
NOT_GIVEN_TAGS = frozenset(("t", "r", "m", "q", "f", "d", "p", "c", "u", "v", "vn", "ad"))
NOUN_TAGS = frozenset(("n", "ns", "nt", "nz"))
PREPOSED_NOUN = 100  # jieba frequency of a noun after 向 or 于 read as its object (向|清廷 519), no given name


def weak_surname_reads_as_word(text: str, i: int, end: int, lex: NameLexicon, reach: int | None = None,
                               nouns: bool = False) -> bool:
    """Is ``text[i]`` a weak surname (NameLexicon._weak) read as part of words: a word after it runs
    past ``end`` (和政|府, 于去|年), or the given name is a word of time, number, pronoun, adverb or
    verb (于去年, 于近期), or, after 和, any word (和联合, 和议员), or, with ``nouns`` (a candidate of the scorer's,
    no title before it), after a preposition (向, 于) a common noun (向清廷)? ``reach``: the longest dictionary word
    at ``i + 1`` when known."""
    if text[i] not in lex.weak_surnames:
        return False
    n = _reach_at(text, lex.freq, i + 1) if reach is None else reach
    if i + 1 + n > end:
        return True
    given = text[i + 1:end]
    return n == end - i - 1 and (text[i] in lex.conjunction_surnames or lex.tag(given) in NOT_GIVEN_TAGS or (
        nouns and text[i] in lex.preposition_surnames and lex.tag(given) in NOUN_TAGS
        and lex.word(given) >= PREPOSED_NOUN))


def score_candidates(text: str, ctx: DocContext | None = None, model: NameModel | dict[str, Any] | None = None,
                     skip: bytearray | None = None, floor: float = 0.0) -> list[ScoredName]:
    """Every candidate of ``text`` with its probability of being a person's name; candidates that
    overlap a position marked in ``skip``, and those less likely than ``floor``, are left out."""
    ctx = ctx or DocContext(text)
    m = as_model(model)
    lex = ctx.lex
    fast = CandidateScorer(ctx, m)
    out = []
    left_at, left_w = -1, 0.0
    for i, s, end in sorted(candidate_spans(text, lex) + foreign_spans(text, lex)):
        if (skip is not None and any(skip[i:end])) or not scorable(ctx, i, s, end):
            continue
        if left_at != i:
            left_at, left_w = i, fast.left_sum(i)
        span = text[i:end]
        p = m.probability(m.intrinsic(span, s, lex) + left_w + fast.right_sum(i, end))
        if p >= floor:
            out.append(ScoredName(span, i, end, p))
    return out


def find_names(text: str, ctx: DocContext | None = None, *, taken: Iterable[tuple[int, int]] = (),
               threshold: float | None = None,
               model: NameModel | dict[str, Any] | None = None) -> list[ScoredName]:
    """The best non-overlapping candidates that pass ``threshold`` (default: the model's), and
    overlap no span of ``taken`` (persons already found), in text order."""
    m = as_model(model)
    cut = m.threshold if threshold is None else threshold
    busy = bytearray(len(text) + 1)
    for a, b in taken:
        busy[a:b] = b"\x01" * (b - a)
    chosen = []
    low = min(cut, LIST_THRESHOLD)  # nothing less likely is taken, here or by list_neighbours
    scored = score_candidates(text, ctx, m, busy, floor=low)
    lex = ctx.lex if ctx is not None else name_lexicon()
    for c in sorted(scored, key=lambda c: (-c.score, c.start)):
        if c.score < low:
            break
        if any(busy[c.start:c.end]) or _common_reading(c.name, lex) or joiner_closes_item(text, c.end):
            continue  # 高档次、高水平的企业: a common word only counts next to a person in a list
        if c.score < cut and not byline_alone(text, c.start, c.end):
            continue
        busy[c.start:c.end] = b"\x01" * (c.end - c.start)
        chosen.append(c)
    chosen += list_neighbours(text, scored, [(c.start, c.end) for c in chosen] + list(taken), busy, low)
    return sorted(chosen, key=lambda c: c.start)


# One-character joiners and 为, which also end given names (陶孟和, 厉有为, 戴瑞同).
ITEM_JOINERS = frozenset("和与及同为")
# What closes an item of a list or a by-line right after its name: a separator, an aside, a line's end.
ITEM_CLOSERS = LIST_SEPARATORS | frozenset("（()）\n等")


def joiner_closes_item(text: str, end: int) -> bool:
    """Does a one-character joiner (or 为) right after ``end`` close an item (竺可桢、陶孟|和、吴有训, 李宏|为、,
    柏均|和（满族）, （黄起|和）, a line's last name)? It joins nothing there: it is the name's last character."""
    return text[end:end + 1] in ITEM_JOINERS and (end + 1 == len(text) or text[end + 1] in ITEM_CLOSERS)


# Credits after the names of a by-line (（宋连友王健摄）; read by officials.byline_mentions too), and
# after one author's name in closing brackets, where a 文 credit also stands (（王平摄）, （王平／文）).
BYLINE_CREDITS = ("摄影报道", "摄", "报道", "供稿", "整理", "绘", "画", "摘", "译")
BYLINE_TAILS = BYLINE_CREDITS + ("／文", "/文", "文")


BYLINE_WORD = 100  # jieba frequency from which a word in brackets is no author (全文 599, 原文 331; 万峰 14)


def alone_on_line(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` the whole of its line?"""
    return (start == 0 or text[start - 1] == "\n") and text[end:end + 1] in ("", "\n")


def byline_alone(text: str, start: int, end: int) -> bool:
    """Does ``text[start:end]`` stand where a by-line or author puts a name: alone on its line, or
    alone in brackets, with an optional credit, that close its paragraph (…。（王平摄）; not a source
    unit: （白沙乡）, nor a word: （全文））? Such a name needs only the list threshold."""
    if alone_on_line(text, start, end):
        return True
    lex = name_lexicon()
    if start == 0 or text[start - 1] not in "（(" or lex.unit_suffix_at(text, end - 1) \
            or lex.word(text[start:end]) >= BYLINE_WORD:
        return False  # （白沙乡）: an article's source unit; （全文）: a word
    k = end + next((len(t) for t in BYLINE_TAILS if text.startswith(t, end)), 0)
    return text[k:k + 1] in ("）", ")") and text[k + 1:k + 2] in ("", "\n")


def _common_reading(name: str, lex: NameLexicon) -> bool:
    """Is ``name`` (or its given name after a one-character surname) one of the commonest words?
    Such candidates are only made next to 、 (candidate_spans) and only taken as list neighbours."""
    return lex.common_word(name) if len(name) == 2 else len(name) == 3 and lex.common_word(name[1:])


def framed_probability(piece: str, surname: int, model: NameModel, lex: NameLexicon) -> float:
    """The probability that ``piece`` (a surname of ``surname`` characters and a given name) is a name
    when it stands alone in brackets, as a by-line's name does: （王平）."""
    ctx = DocContext(f"（{piece}）", lex=lex)
    return model.probability(model.weight(features(ctx, 1, surname, 1 + len(piece))))


def split_name_run(run: str, model: NameModel | dict[str, Any] | None = None,
                   floor: float = SPLIT_FLOOR) -> list[tuple[int, int]] | None:
    """Spans of the two or more names a run of characters is made of (范春生于力 → 范春生, 于力), or
    None. Each piece is a candidate (a surname, one to three more characters) scored as if it stood
    alone in brackets, as a by-line name does; the best cut (sum of log-probabilities) wins when
    every piece reaches ``floor``.

    >>> split_name_run("王建华李明")
    [(0, 3), (3, 5)]
    """
    m = as_model(model)
    lex = name_lexicon()
    n = len(run)
    best: list[tuple[float, list[tuple[int, int]]] | None] = [None] * (n + 1)
    best[0] = (0.0, [])
    for a in range(n):
        here = best[a]
        if here is None:
            continue
        for start, s, end in candidate_spans(run[a:a + 4], lex, listed=True):
            if start != 0:
                continue  # a piece starts where the last one ended
            p = framed_probability(run[a:a + end], s, m, lex)
            if p < floor:
                continue
            total = here[0] + math.log(p)
            cur = best[a + end]
            if cur is None or total > cur[0]:
                best[a + end] = (total, here[1] + [(a, a + end)])
    final = best[n]
    return final[1] if final is not None and len(final[1]) >= 2 else None


def _next_item(text: str, end: int) -> int | None:
    """Where the next item of a 、-list starts after an item ending at ``end`` (past an aside such
    as （女） or （蒙古族）), or None when no 、 follows."""
    k = end
    if k < len(text) and text[k] in "（(":
        close = next((j for j in range(k + 1, min(len(text), k + MAX_ASIDE)) if text[j] in "）)"), None)
        if close is None:
            return None
        k = close + 1
    return k + 1 if k < len(text) and text[k] == "、" else None


def _previous_item(text: str, start: int) -> int | None:
    """Where the previous item of a 、-list ends before an item starting at ``start``, or None."""
    k = start - 1
    if k < 1 or text[k] != "、":
        return None
    if text[k - 1] in "）)":
        opened = next((j for j in range(k - 2, max(-1, k - MAX_ASIDE), -1) if text[j] in "（("), None)
        return opened
    return k


def list_neighbours(text: str, scored: list[ScoredName], persons: list[tuple[int, int]], busy: bytearray,
                    threshold: float) -> list[ScoredName]:
    """Candidates that are whole items of a 、-list next to a person (孙立平、管德、谭方正): a list
    names things of one kind, so a neighbour of a person needs only ``threshold`` (below the model's
    own) to be one too; the list's last item may be followed by a joiner, 为, or a word of acting (、于险波|到会指导).
    Each person found this way lets its own neighbours in, both ways."""
    from .officials import lexicons

    followers = lexicons()  # a word a person does (到会, 出席) after a list's last item
    by_start: dict[int, list[ScoredName]] = {}
    by_end: dict[int, list[ScoredName]] = {}
    lex = name_lexicon()
    for c in scored:
        if c.score >= threshold and not lex.unit_suffix_at(text, c.end - 1):  # 王平、白沙乡: a place
            by_start.setdefault(c.start, []).append(c)
            by_end.setdefault(c.end, []).append(c)
    found: list[ScoredName] = []
    queue = list(persons)
    while queue:
        start, end = queue.pop()
        options = []
        nxt = _next_item(text, end)
        if nxt is not None:  # the candidate must fill the item: 、 or punctuation (or 等) after it
            items = [c for c in by_start.get(nxt, ())
                     if c.end >= len(text) or text[c.end] in ITEM_ENDS or PERSON_COUNT.match(text, c.end)]
            # or, as the list's last item, a joiner or 为 after it (彭冲|和各界代表, 陈家骅|为…副主席)
            options += items or [c for c in by_start.get(nxt, ()) if (
                text.startswith(LAST_ITEM_ENDS, c.end) and not joiner_closes_item(text, c.end)
                or len(followers.follower_at(text, c.end) or "") > 1)]  # (靳雪滨、于险波|到会指导)
        prev = _previous_item(text, start)
        if prev is not None:
            options += by_end.get(prev, ())
        for joiner in JOINERS:  # 冯光燕和严海东: a person joined to a person, a likelier one than a list's item
            if text.startswith(joiner, end):
                options += [c for c in by_start.get(end + len(joiner), ()) if c.score >= JOINED_THRESHOLD]
            if text.endswith(joiner, 0, start):
                options += [c for c in by_end.get(start - len(joiner), ()) if c.score >= JOINED_THRESHOLD]
        for c in sorted(options, key=lambda c: -c.score):
            if not any(busy[c.start:c.end]):
                busy[c.start:c.end] = b"\x01" * (c.end - c.start)
                found.append(c)
                queue.append((c.start, c.end))
    return found


__all__ = ["ScoredName", "DocContext", "NameModel", "CandidateScorer", "candidate_spans", "foreign_spans", "features",
           "score_candidates", "find_names", "list_neighbours", "split_name_run", "joiner_closes_item", "framed_probability", "looks_foreign", "load_model", "name_lexicon",
           "byline_alone", "alone_on_line"]
