"""Units: every organisation a bulletin names — government bodies, party committees, departments,
sub-units, institutions, enterprises — as written.

The text is cut into words by our jieba tokenizer (dictionary words only, no HMM: fast, and unknown
characters stay single). A unit is a word ending in a unit suffix (``unit_suffixes.txt``: 局, 大队,
派出所, 科, 镇, 办 …) together with the run of words before it that can be part of a name: nouns,
place names, abbreviations, ordinals (第一中学), unknown characters (泓 江 市), and the verbs that
unit names are made of (``unit_inner_words.txt``: 创建, 建设, 管理 …). The run stops at any other
verb, at an activity word (``not_unit_name_words.txt``: 联系, 会同 …), a preposition or
conjunction, punctuation, or a generic word (``generic_unit_prefixes.txt``: 各, 有关, 全市 …), in
which case the mention is a generic reference, not a unit (各部门, 有关单位). A lone kind word
(``unit_kind_words.txt``: 单位, 中心, 局) or a non-unit word (``not_unit_words.txt``: 干部, 会议室)
is no unit. :func:`link_abbreviations` records which full unit a short form stands for.

Known gaps: a unit whose name holds a verb not listed; places named as places (石牛村) are taken for
units; a unit that starts a sentence after a verb-like place name.
"""

from __future__ import annotations

import re
from functools import cache

from ..lexicon import alternation, inside_he_stem, words
from ..segment import dictionary

# Word classes (jieba tags) that can stand inside a unit name.
NAME_TAGS = ("n", "ns", "nt", "nz", "nrt", "nrfg", "j", "vn", "b", "an", "ng", "zg", "s", "x", "l", "i", "eng")
MAX_ABBREVIATION = 3  # 纳服科: unknown short names come cut into single characters
# Single characters that never start or sit inside such an abbreviation (由镇, 我镇, 个村).
NOT_ABBREVIATION = frozenset("的了在和是等及与对为同也都将就把被让从到向给这那其之以于而或并又各每该本全共我由个驻包入出"
                             "查办管抓治建改促帮带派聘进地")
CN_ORDINALS = frozenset("一二三四五六七八九十")  # 秘书一科, 二处
QUANTIFIERS = frozenset("每一二两三四五六七八九十百千几各该多数")  # 每所学校, 两家企业
# A unit name never begins with these: the run stopped inside a longer name (…测评工作领导小组).
FRAGMENT_STARTS = ("工作", "建设", "管理", "服务")
MAX_UNIT = 30
# A company's name holds its trade, verbs included (船舶修造有限公司, 汽车制造有限公司).
COMPANY_SUFFIXES = frozenset({"有限公司", "股份有限公司", "有限责任公司"})
LEVEL_CHARS = "省市县区镇乡"
PLACE_LEVELS = LEVEL_CHARS + "村"  # 白沙 | 乡, 新塘 | 村: a place name stands before them
CLAUSE = re.compile(r"[^，。；：！？、,;:!?\n（）()《》“”\"'【】〔〕]+")


class _Lex:
    def __init__(self) -> None:
        self.suffixes = words("unit_suffixes.txt")
        self.suffix_len = max((len(s) for s in self.suffixes), default=0)
        self.generic = words("generic_unit_prefixes.txt")
        self.inner_words = words("unit_inner_words.txt")
        self.kind_words = words("unit_kind_words.txt")
        self.not_name_words = words("not_unit_name_words.txt")
        self.not_units = words("not_unit_words.txt")
        self.not_unit_lengths = sorted({len(w) for w in self.not_units})
        self.titles = words("titles.txt")
        self.suffix_pattern = re.compile(alternation("unit_suffixes.txt"))
        self.ends_with_suffix: dict[str, bool] = {}  # word -> verdict; bulletins repeat their words
        self.title_last_chars = frozenset(w[-1] for w in self.titles)


@cache
def _lex() -> _Lex:
    return _Lex()


def _ends_with_suffix(word: str, lex: _Lex) -> bool:
    verdict = lex.ends_with_suffix.get(word)
    if verdict is None:
        verdict = any(word[-n:] in lex.suffixes for n in range(min(lex.suffix_len, len(word)), 0, -1))
        if len(lex.ends_with_suffix) < 100_000:
            lex.ends_with_suffix[word] = verdict
    return verdict


def _split_title_tail(word: str, lex: _Lex) -> tuple[str, ...]:
    """Cut a word that jieba made of a unit and a title (医院院长) into the two.

    The unit extractor needs the unit's own end; the officials extractor reads titles itself.
    """
    if len(word) < 3 or word[-1] not in lex.title_last_chars or word in lex.titles:
        return (word,)
    for n in range(1, len(word) - 1):
        if word[n:] in lex.titles and _ends_with_suffix(word[:n], lex):
            return word[:n], word[n:]
    return (word,)


def _leading_word(token: str, lexicon: frozenset[str] | set[str]) -> str:
    """The longest proper prefix of ``token`` that is in ``lexicon``, else ``""``."""
    return next((token[:n] for n in range(len(token) - 1, 1, -1) if token[:n] in lexicon), "")


def _after_generic_aside(text: str, start: int, generic: frozenset[str] | set[str]) -> bool:
    """True when a generic word and a bracketed aside stand right before ``start``.

    >>> _after_generic_aside("各县（市、区）税务局", 7, {"各"}), _after_generic_aside("县（区）税务局", 4, {"各"})
    (True, False)
    """
    if text[start - 1:start] != "）":
        return False
    opening = text.rfind("（", max(0, start - 10), start)
    if opening < 0:
        return False
    before = text[max(0, opening - 4):opening].rstrip(LEVEL_CHARS)
    return any(before.endswith(g) for g in generic if g)


_CJK_WORD = re.compile("[\u4e00-\u9fff]+")


def _is_cjk_word(word: str) -> bool:
    return _CJK_WORD.fullmatch(word) is not None


def extract_units(text: str) -> list[dict]:
    """Units merged by name: ``{"name", "mentions"}`` in order of first mention.

    >>> [u["name"] for u in extract_units("公安局下属交警大队、人口管理大队和开发区派出所参加。")]
    ['公安局', '交警大队', '人口管理大队', '开发区派出所']
    """
    lex = _lex()
    if not lex.suffixes:
        return []
    base, tags = dictionary()
    tokens: list[tuple[str, int]] = []
    # Only clauses that hold a unit suffix are cut (about a third of a bulletin's clauses): a unit
    # never spans punctuation and always ends in a suffix, so this loses nothing.
    for clause in CLAUSE.finditer(text):
        if lex.suffix_pattern.search(clause.group(0)) is None:
            continue
        at = clause.start()
        if tokens:
            tokens.append(("，", at - 1))  # keep clauses apart, as the punctuation between them does
        for w in base.cut(clause.group(0), HMM=False):
            for part in _split_title_tail(w, lex):
                tokens.append((part, at))
                at += len(part)
    candidates: list[tuple[int, int]] = []
    for j, (word, start) in enumerate(tokens):
        if (not _is_cjk_word(word) or not _ends_with_suffix(word, lex) or word in lex.not_units
                or word in lex.titles or word in lex.generic):
            continue  # 政委, 常委 are titles; 全镇 is generic
        numbered = (word[0] in CN_ORDINALS and word[1:] in lex.suffixes and j > 0  # 秘书 | 一处
                    and tags.get(tokens[j - 1][0], "x") in NAME_TAGS  # not 发现 | 一处
                    and not _ends_with_suffix(tokens[j - 1][0], lex))  # not 石牛村 | 一处
        if tags.get(word, "x") not in NAME_TAGS and word not in lex.suffixes and not numbered:
            continue  # 举办, 交办, 查处: a verb that ends like a unit
        if len(word) == 1 and j > 0 and tokens[j - 1][0][-1:] in QUANTIFIERS and not (
                j > 1 and tokens[j - 1][0] in CN_ORDINALS and tags.get(tokens[j - 2][0], "x") in NAME_TAGS
                and not _ends_with_suffix(tokens[j - 2][0], lex)):
            continue  # 每所学校, 两家企业: a classifier after a number, no unit (but 秘书一科 is one)
        k = j
        cut_at = None
        while k > 0:
            prev = tokens[k - 1][0]
            if prev in "和与" and k >= 2 and inside_he_stem(text, tokens[k - 1][1]):
                k -= 1
                continue
            if prev in lex.generic or prev in lex.not_name_words or not _is_cjk_word(prev):
                break
            lead = _leading_word(prev, lex.not_name_words)
            if lead:  # 会同县 | 住房和城乡建设局: jieba joined the verb 会同 to the county
                cut_at = tokens[k - 1][1] + len(lead)
                break
            tag = tags.get(prev, "x")
            if tag.startswith("nr") and len(prev) <= 3 and tokens[k][0] in PLACE_LEVELS:
                k -= 1  # 白沙 | 乡: a place name that jieba takes for a person's
                continue
            single_in_name = (len(prev) == 1 and prev not in NOT_ABBREVIATION
                              and (tag.startswith("nr") or len(tokens[k][0]) == 1))  # 泓 江 市: an unknown name
            ordinal = prev in CN_ORDINALS and k == j  # 秘书一科
            trade_verb = (word in COMPANY_SUFFIXES and tag.startswith("v") and k >= 2  # 船舶|修造|有限公司
                          and tags.get(tokens[k - 2][0], "x") in NAME_TAGS
                          and tokens[k - 2][0] not in lex.not_name_words)
            if not (tag in NAME_TAGS or prev in lex.inner_words or (tag == "m" and prev.startswith("第"))
                    or single_in_name or ordinal or trade_verb):
                break
            if start + len(word) - tokens[k - 1][1] > MAX_UNIT:
                break
            k -= 1
        if k == j and len(word) == 1:
            # 、纳服科相关: an unknown abbreviation cut into single characters, between punctuation
            singles = j
            while singles > 0 and j - singles < MAX_ABBREVIATION and len(tokens[singles - 1][0]) == 1 \
                    and _is_cjk_word(tokens[singles - 1][0]) and tokens[singles - 1][0] not in NOT_ABBREVIATION:
                singles -= 1
            if singles < j and (singles == 0 or not _is_cjk_word(tokens[singles - 1][0])):
                k = singles
        if (k > 0 and tokens[k - 1][0] in lex.generic) or _leading_word(tokens[k][0], lex.generic):
            continue  # 各派出所, 有关责任单位, 民办学校: a generic reference
        first = tokens[k][1] if cut_at is None else cut_at
        end = start + len(word)
        if text[end:end + 1] == "级" or _after_generic_aside(text, first, lex.generic):
            continue  # 集团级 is a rank; 各县（市、区）税务局 a generic reference
        name = text[first:end]
        if name not in lex.suffixes and any(name[-n:] in lex.not_units for n in lex.not_unit_lengths):
            continue
        if name in lex.kind_words or name.startswith(FRAGMENT_STARTS):
            continue
        if _inside_quoted_phrase(text, first, end):
            continue  # “一支部一品牌”, “跨区域通办”: part of a slogan
        candidates.append((first, end))
    # 国家税务总局 | 禾阳市税务局, 市公安局 | 交警大队 written together: the longer unit, which ends
    # later, is the name; the units inside it are not mentions of their own.
    candidates.sort(key=lambda span: (span[0], -span[1]))
    found: dict[str, list[dict[str, int]]] = {}
    reach = -1
    for first, end in candidates:
        if end <= reach:
            continue
        reach = end
        found.setdefault(text[first:end], []).append({"start": first, "end": end})
    return [{"name": name, "mentions": spans} for name, spans in
            sorted(found.items(), key=lambda item: item[1][0]["start"])]


def _inside_quoted_phrase(text: str, start: int, end: int) -> bool:
    """True when [start, end) sits inside “…” without being the whole quoted text.

    >>> _inside_quoted_phrase("深化“一支部一品牌”创建", 3, 6), _inside_quoted_phrase("“市创建办”", 1, 5)
    (True, False)
    """
    opening = text.rfind("“", max(0, start - MAX_UNIT), start + 1)
    if opening < 0 or "”" in text[opening:start]:
        return False
    closing = text.find("”", end - 1, end + MAX_UNIT)
    return closing >= 0 and (opening + 1, closing) != (start, end)


def link_abbreviations(units: list[dict], spans: list[tuple[int, int]]) -> list[dict]:
    """Record ``refers_to`` where a unit is a short form of a fuller one written nearby.

    Two short forms are linked: the unit without its level (公安局 → 市公安局, anywhere in the
    document when only one such full form exists) and level + suffix (市局 → 市国税局, when the
    article holding the short form names exactly one such unit). ``spans`` are the articles.

    >>> [u.get("refers_to") for u in link_abbreviations(
    ...     [{"name": "市国税局", "mentions": [{"start": 0, "end": 4}]},
    ...      {"name": "市局", "mentions": [{"start": 10, "end": 12}]}], [(0, 20)])]
    [None, '市国税局']
    """
    names = [u["name"] for u in units]
    for unit in units:
        name = unit["name"]
        full = [n for n in names if len(n) == len(name) + 1 and n[0] in LEVEL_CHARS and n[1:] == name]
        if len(full) == 1:
            unit["refers_to"] = full[0]
            continue
        if len(name) == 2 and name[0] in LEVEL_CHARS:
            first = unit["mentions"][0]["start"]
            article = next(((a, b) for a, b in spans if a <= first < b), None)
            if article is None:
                continue
            near = {u["name"] for u in units if u["name"] != name and u["name"][0] == name[0]
                    and u["name"].endswith(name[1]) and len(u["name"]) > 2
                    and any(article[0] <= m["start"] < article[1] for m in u["mentions"])}
            if len(near) == 1:
                unit["refers_to"] = near.pop()
    return units
