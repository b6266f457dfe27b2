"""Synthetic NER training sentences from our own lexicons and templates (deterministic from a seed).

    .venv/bin/python training/synth.py --n 5 --seed 1          # print a few annotated examples

Everything here comes from files the project wrote itself: ``training/lexicons/*.txt`` (templates,
entity-free phrases, given-name characters, foreign-name parts, organisation parts, places, news
titles) and ``corpora/lexicons/`` (surnames with frequencies, regions, bulletin titles). No public
data set is read. :func:`generate` returns ``(text, [(start, end, label), ...])`` pairs with labels

- ``PERSON``: a person's name without title (张建国, 克林顿, 扎西次仁, 买买提·艾力), or a surname
  alone written before a title (江主席 -> 江), as in news corpora;
- ``ORG``: a named organisation, government body or institution, with the region written in it
  (浙江省公安厅, 禾阳市委, 山东农业大学, 联合国安理会);
- ``COMPANY``: a company or bank (北京华通包装材料有限公司, 中国工商银行);

Places, titles, dates and everything else stay unlabelled. The same seed gives the same examples.
"""

from __future__ import annotations

import argparse
import random
import re
from collections import defaultdict
from collections.abc import Callable
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OWN_LEX = ROOT / "training" / "lexicons"
CORE_LEX = ROOT / "corpora" / "lexicons"

Span = tuple[int, int, str]
Example = tuple[str, list[Span]]


# ---------------------------------------------------------------- lexicons

def _rows(path: Path) -> list[list[str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        rows.append([f.strip() for f in line.split("\t")])
    return rows


def _by_kind(path: Path, kind_first: bool = False) -> dict[str, list[str]]:
    out: dict[str, list[str]] = defaultdict(list)
    for row in _rows(path):
        if len(row) < 2:
            continue
        kind, value = (row[0], row[1]) if kind_first else (row[1], row[0])
        out[kind].append(value)
    return dict(out)


class Lexicons:
    def __init__(self) -> None:
        sur = [(r[0], float(r[1])) for r in _rows(CORE_LEX / "surnames.txt") if len(r) >= 2]
        # Flatten the frequency curve (square root) so that rarer surnames still appear.
        self.surnames = [s for s, _ in sur]
        self.surname_w = [f ** 0.5 for _, f in sur]
        self.single_surnames = [s for s in self.surnames if len(s) == 1]
        self.single_w = [w for s, w in zip(self.surnames, self.surname_w, strict=True) if len(s) == 1]
        given = _by_kind(OWN_LEX / "given_name_chars.txt")
        self.given_m, self.given_f, self.given_u = given["m"], given["f"], given["u"]
        self.given_whole = given["w"]
        self.foreign = _by_kind(OWN_LEX / "foreign_names.txt")
        self.places = _by_kind(OWN_LEX / "places.txt")
        self.org = _by_kind(OWN_LEX / "org_parts.txt")
        self.tnews = _by_kind(OWN_LEX / "titles_news.txt")
        self.phrases = _by_kind(OWN_LEX / "phrases.txt", kind_first=True)
        self.templates = [ln for ln in (OWN_LEX / "templates.txt").read_text(encoding="utf-8").splitlines()
                          if ln.strip() and not ln.lstrip().startswith("#")]
        regions = _rows(CORE_LEX / "regions.txt")
        self.provinces = [r[0] for r in regions if len(r) > 1 and r[1] == "province"
                          and not r[0].endswith(("省", "市", "区"))]
        self.prefectures = [r[0] for r in regions if len(r) > 1 and r[1] == "prefecture"]
        self.counties = [r[0] for r in regions if len(r) > 1 and r[1] == "county"]
        self.titles = [r[0] for r in _rows(CORE_LEX / "titles.txt")]
        self.words = _by_kind(OWN_LEX / "common_words.txt")
        # The 3,755 level-1 characters of GB 2312 (the most common hanzi; read off the codec, no data):
        # occasional pseudo-words and given-name characters drawn from them keep every common
        # character in the training data, so none is left with an untrained embedding.
        self.level1 = [bytes([r, c]).decode("gb2312") for r in range(0xB0, 0xD8) for c in range(0xA1, 0xFF)
                       if not (r == 0xD7 and c > 0xF9)]


@cache
def lexicons() -> Lexicons:
    return Lexicons()


# ---------------------------------------------------------------- generator

FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
CN_DIGITS = "〇一二三四五六七八九"
ETHNIC = ["女", "女", "女", "回族", "满族", "蒙古族", "壮族", "藏族", "维吾尔族", "苗族", "土家族", "朝鲜族",
          "彝族", "女，回族", "女，满族", "女，壮族"]
MUNICIPALITIES = {"北京", "天津", "上海", "重庆"}
AUTONOMOUS = {"内蒙古", "广西", "西藏", "宁夏", "新疆"}
SAR = {"香港", "澳门"}

# Titles that go with an organisation name's last characters (浙江省委 + 书记, 禾阳市公安局 + 局长).
ORG_TITLES: list[tuple[str, list[str]]] = [
    ("委", ["书记", "副书记", "常委", "主任", "副主任"]),
    ("政府", ["省长", "市长", "副市长", "县长", "秘书长", "副秘书长"]),
    ("局", ["局长", "副局长", "党组书记", "政委"]),
    ("厅", ["厅长", "副厅长", "党组书记"]),
    ("部", ["部长", "副部长", "发言人"]),
    ("院", ["院长", "副院长", "研究员", "教授"]),
    ("会", ["主席", "副主席", "会长", "秘书长", "主任"]),
    ("社", ["社长", "记者", "总编辑", "副社长"]),
    ("台", ["台长", "记者", "主持人"]),
    ("司", ["董事长", "总经理", "副总经理", "经理"]),
    ("团", ["团长", "董事长", "总裁"]),
    ("厂", ["厂长", "副厂长", "工程师"]),
    ("行", ["行长", "副行长"]),
    ("学", ["校长", "副校长", "教授", "党委书记"]),
    ("所", ["所长", "研究员"]),
    ("队", ["队长", "主教练", "教练", "队员"]),
    ("国", ["秘书长", "发言人", "官员"]),
    ("组织", ["秘书长", "总干事", "发言人"]),
]


class Generator:
    """Fills templates. ``fill`` returns the text and its labelled spans."""

    def __init__(self, seed: int, lex: Lexicons | None = None) -> None:
        self.r = random.Random(seed)
        self.lex = lex or lexicons()
        self.slots: dict[str, Callable[[], tuple[str, list[Span]]]] = {
            "P": self.person, "PC": lambda: self._lab(self.han_name(), "PERSON"),
            "PF": lambda: self._lab(self.foreign_name(), "PERSON"),
            "PJ": lambda: self._lab(self.japanese_name(), "PERSON"),
            "PM": lambda: self._lab(self.minority_name(), "PERSON"),
            "PS": lambda: self._lab(self._surname(single=True), "PERSON"),
            "PL": self.person_list, "PLX": self.election_list, "PT": self.titled_person,
            "PTA": self.person_title_after,
            "O": self.any_org, "OG": self.gov_org, "OC": self.company, "ON": self.central_org,
            "OF": self.foreign_org, "OM": lambda: self._lab(self.pick(self.lex.org["media"]), "ORG"),
            "OI": lambda: self._lab(self.pick(self.lex.org["intl"]), "ORG"),
            "OE": self.institution, "OS": self.society, "OT": self.team, "OB": self.bank,
            "L": lambda: self._plain(self.place()), "LC": lambda: self._plain(self.country()),
            "LF": lambda: self._plain(self.pick(self.lex.places["city"])),
            "LN": lambda: self._plain(self.cn_region()), "LG": lambda: self._plain(self.pick(self.lex.places["geo"])),
            "D": lambda: self._plain(self.date()), "N": lambda: self._plain(self.number()),
            "X": lambda: self._plain(self.clause()), "G": lambda: self._plain(self.word_clause()),
            "GV": lambda: self._plain(self.verb_phrase()), "W": lambda: self._plain(self.pick(self.lex.phrases["W"])),
            "V": lambda: self._plain(self.pick(self.lex.phrases["V"])),
            "VO": lambda: self._plain(self.pick(self.lex.phrases["VO"])),
            "T": lambda: self._plain(self.pick(self.lex.titles)),
            "TN": lambda: self._plain(self.pick(self.lex.tnews["nat"])),
            "TF": lambda: self._plain(self.pick(self.lex.tnews["for"])),
            "TJ": lambda: self._plain(self.pick(self.lex.tnews["job"])),
            "NA": lambda: self._plain(self.pick(self.lex.tnews["after"])),
            "XH": lambda: self._lab("新华社" if self.chance(0.9) else self.pick(self.lex.org["media"]), "ORG"),
            "WN": lambda: self._plain(self.word("n")),
            "PCO": lambda: self._plain(self.han_name()),
            "NL": self.noun_list,
        }
        # Words that start with a surname character (高度, 许多, 王国): the non-names most like names.
        surnames = set(self.lex.single_surnames)
        self.surname_words = [w for ws in self.lex.words.values() for w in ws if w[0] in surnames]

    # -- helpers
    def pick(self, xs: list[str]) -> str:
        return xs[self.r.randrange(len(xs))]

    def chance(self, p: float) -> bool:
        return self.r.random() < p

    @staticmethod
    def _lab(text: str, label: str) -> tuple[str, list[Span]]:
        return text, [(0, len(text), label)]

    @staticmethod
    def _plain(text: str) -> tuple[str, list[Span]]:
        return text, []

    @staticmethod
    def _join(parts: list[tuple[str, list[Span]]]) -> tuple[str, list[Span]]:
        text, spans = "", []
        for t, sp in parts:
            spans += [(s + len(text), e + len(text), lab) for s, e, lab in sp]
            text += t
        return text, spans

    # -- persons
    def _surname(self, single: bool = False) -> str:
        if single:
            return self.r.choices(self.lex.single_surnames, self.lex.single_w)[0]
        return self.r.choices(self.lex.surnames, self.lex.surname_w)[0]

    def _given_char(self, sex: str) -> str:
        u = self.r.random()
        if u < 0.1:
            return self.pick(self.lex.level1)
        if u < 0.2:
            return self.pick(self.lex.given_u)
        return self.pick({"m": self.lex.given_m, "f": self.lex.given_f}[sex])

    def han_name(self) -> str:
        sur = self._surname()
        if self.chance(0.015):  # married women's double surname (张王秀英)
            sur += self._surname(single=True)
        sex = "m" if self.chance(0.62) else "f"
        u = self.r.random()
        if u < 0.27:
            given = self._given_char(sex)
        elif u < 0.33:
            given = self.pick(self.lex.given_whole)
        else:
            given = self._given_char(sex) + self._given_char(sex)
        return sur + given

    def foreign_name(self) -> str:
        f = self.lex.foreign

        def one(lo: int, hi: int) -> str:
            n = self.r.randint(lo, hi)
            if self.chance(0.6):
                end = self.pick(f["end"])
                body = "".join(self.pick(f["syl"]) for _ in range(max(1, n - len(end))))
                return body + end
            return "".join(self.pick(f["syl"]) for _ in range(n))

        u = self.r.random()
        if u < 0.72:
            return one(2, 5)
        if u < 0.95:
            return one(2, 4) + "·" + one(2, 5)
        return one(2, 3) + "·" + one(1, 3) + "·" + one(2, 4)

    def japanese_name(self) -> str:
        return self.pick(self.lex.foreign["jsur"]) + self.pick(self.lex.foreign["jgiv"])

    def minority_name(self) -> str:
        f = self.lex.foreign
        u = self.r.random()
        if u < 0.4:
            tib = f["tib"]
            return self.pick(tib) + (self.pick(tib) if self.chance(0.6) else "")
        if u < 0.65:
            return self.pick(f["mon"])
        return self.pick(f["uyg"]) + "·" + self.pick(f["uyg"])

    def person_name(self) -> str:
        u = self.r.random()
        if u < 0.72:
            return self.han_name()
        if u < 0.90:
            return self.foreign_name()
        if u < 0.95:
            return self.japanese_name()
        return self.minority_name()

    def person(self) -> tuple[str, list[Span]]:
        return self._lab(self.person_name(), "PERSON")

    def person_list(self) -> tuple[str, list[Span]]:
        n = self.r.randint(2, 7)
        han = self.chance(0.8)
        parts: list[tuple[str, list[Span]]] = []
        for i in range(n):
            if i:
                parts.append(self._plain("和" if i == n - 1 and self.chance(0.25) else "、"))
            parts.append(self._lab(self.han_name() if han else self.person_name(), "PERSON"))
        return self._join(parts)

    def election_list(self) -> tuple[str, list[Span]]:
        n = self.r.randint(3, 9)
        parts: list[tuple[str, list[Span]]] = []
        for i in range(n):
            if i:
                parts.append(self._plain("、"))
            name = self.han_name() if self.chance(0.9) else self.minority_name()
            parts.append(self._lab(name, "PERSON"))
            if self.chance(0.3):
                parts.append(self._plain(f"（{self.pick(ETHNIC)}）"))
        return self._join(parts)

    def _org_title(self, org: str) -> str:
        for end, titles in ORG_TITLES:
            if org.endswith(end):
                return self.pick(titles)
        return self.pick(["负责人", "主任", "副主任", "书记", "主席"])

    def titled_person(self) -> tuple[str, list[Span]]:
        u = self.r.random()
        name = self._lab(self.han_name(), "PERSON")
        if u < 0.25:  # bulletin title: 副市长张三
            return self._join([self._plain(self.pick(self.lex.titles)), name])
        if u < 0.35:  # chain: 市委常委、副市长张三
            return self._join([self._plain(self.pick(self.lex.titles) + "、" + self.pick(self.lex.titles)), name])
        if u < 0.62:  # named organisation + title: 浙江省委书记张三
            org = self.any_org() if self.chance(0.35) else self.gov_org()
            title = self._org_title(org[0])
            if self.chance(0.15):
                title += "、" + self.pick(self.lex.titles)
            return self._join([org, self._plain(title), name])
        if u < 0.77:  # national title: 国务院总理张三
            return self._join([self._plain(self.pick(self.lex.tnews["nat"])), name])
        if u < 0.92:  # foreign: 美国总统某某
            return self._join([self._plain(self.country() + self.pick(self.lex.tnews["for"])),
                               self._lab(self.foreign_name(), "PERSON")])
        job = self.pick(self.lex.tnews["job"] + self.lex.tnews["mil"])
        return self._join([self._plain(job), self.person()])

    def person_title_after(self) -> tuple[str, list[Span]]:
        after = self.pick(self.lex.titles + self.lex.tnews["after"])
        return self._join([self._lab(self.han_name(), "PERSON"), self._plain(after)])

    # -- places
    def invented_place(self) -> str:
        pc = self.lex.places["pchar"]
        a = self.pick(pc)
        b = self.pick(pc)
        while b == a:
            b = self.pick(pc)
        return a + b

    def cn_region(self, with_level: float = 0.55) -> str:
        u = self.r.random()
        if u < 0.25:
            base, level = self.pick(self.lex.provinces), "省"
            if base in MUNICIPALITIES:
                level = "市"
            elif base in AUTONOMOUS:
                level = "自治区"
            elif base in SAR:
                level = "特别行政区"
        elif u < 0.55:
            base, level = self.pick(self.lex.prefectures), "市"
        elif u < 0.8:
            base, level = self.pick(self.lex.counties), self.pick(["县", "县", "市", "区"])
        else:
            base, level = self.invented_place(), self.pick(["市", "县", "区", "镇", "乡"])
        return base + level if self.chance(with_level) or len(base) == 1 else base

    def country(self) -> str:
        return self.pick(self.lex.places["country"])

    def place(self) -> str:
        u = self.r.random()
        if u < 0.45:
            return self.cn_region()
        if u < 0.7:
            return self.country()
        if u < 0.85:
            return self.pick(self.lex.places["city"])
        if u < 0.93:
            return self.pick(self.lex.places["area"])
        return self.pick(self.lex.places["geo"])

    # -- organisations
    def _maybe_sub(self, text: str, p: float = 0.1) -> str:
        return text + self.pick(self.lex.org["subunit"]) if self.chance(p) else text

    def gov_org(self) -> tuple[str, list[Span]]:
        o = self.lex.org
        u = self.r.random()
        if u < 0.22:
            prov = self.pick([p for p in self.lex.provinces if p not in SAR and p != "台湾"])
            dept = self.pick(o["pdept"])
            if prov in MUNICIPALITIES:
                dept = "市" + dept[1:]
            elif prov in AUTONOMOUS:
                dept = ("自治区" + dept[1:]) if not dept.startswith("省委") else ("自治区党委" + dept[2:])
            elif self.chance(0.15) and not dept.startswith("省委"):
                dept = dept[1:]  # 浙江公安厅
            text = prov + dept
        elif u < 0.55:
            base = self.pick(self.lex.prefectures) if self.chance(0.5) else (
                self.pick(self.lex.counties) if self.chance(0.6) else self.invented_place())
            level = self.pick(["市", "市", "县", "区"])
            dept = self.pick(o["cdept"])
            if dept.startswith("委") or self.chance(0.85):
                text = base + level + dept
            else:
                text = base + dept  # 鞍山公安局
        elif u < 0.72:
            text = self.pick(o["ldept"])  # bulletin style: 市公安局, 县委
        elif u < 0.9:
            text = self.pick(o["ministry"])
        else:
            text = self.pick(o["central"])
        return self._lab(self._maybe_sub(text, 0.08), "ORG")

    def central_org(self) -> tuple[str, list[Span]]:
        o = self.lex.org
        pool = self.pick([o["central"], o["ministry"], o["people"], o["army"]])
        return self._lab(self.pick(pool), "ORG")

    def foreign_org(self) -> tuple[str, list[Span]]:
        return self._lab(self.country() + self.pick(self.lex.org["fgov"]), "ORG")

    def company(self) -> tuple[str, list[Span]]:
        o = self.lex.org
        u = self.r.random()
        if u < 0.15:  # foreign company: 美国某某公司
            brand = "".join(self.pick(self.lex.foreign["syl"]) for _ in range(self.r.randint(2, 3)))
            prefix = self.country() if self.chance(0.6) else ""
            return self._lab(prefix + brand + self.pick(["公司", "公司", "集团", "银行"]), "COMPANY")
        region = self.cn_region(0.5) if self.chance(0.55) else ""
        brand = self.pick(o["brand"]) if self.chance(0.85) or not region else ""
        industry = self.pick(o["industry"]) if self.chance(0.55) else ""
        suffix = self.pick(o["csuffix"])
        text = region + brand + industry + suffix
        if self.chance(0.08):
            text += self.pick(["分公司", "销售部", "驻京办事处"])
        return self._lab(text, "COMPANY")

    def bank(self) -> tuple[str, list[Span]]:
        stem = self.pick(self.lex.org["bank"])
        text = ("中国" if stem != "中国" and self.chance(0.4) else "") + stem + "银行"
        if self.chance(0.25):
            text += self.cn_region(0.6) + self.pick(["分行", "支行"])
        return self._lab(text, "COMPANY")

    def institution(self) -> tuple[str, list[Span]]:
        o = self.lex.org
        if self.chance(0.12):
            return self._lab(self.pick(o["people"]), "ORG")
        region = self.cn_region(0.5)
        field = self.pick(o["field"]) if self.chance(0.6) else ""
        suffix = self.pick(o["isuffix"])
        if suffix in ("中学", "小学") and self.chance(0.4):
            suffix = "第" + self.pick(list("一二三四五六七八")) + suffix
        return self._lab(self._maybe_sub(region + field + suffix, 0.06), "ORG")

    def society(self) -> tuple[str, list[Span]]:
        o = self.lex.org
        u = self.r.random()
        if u < 0.25:
            a, b = self.country(), self.country()
            return self._lab(("中国" if self.chance(0.6) else a) + b + "友好协会", "ORG")
        prefix = "中国" if u < 0.55 else self.cn_region(0.5)
        field = self.pick(o["field"] + o["industry"]) if self.chance(0.7) else ""
        return self._lab(prefix + field + self.pick(o["ssuffix"]), "ORG")

    def team(self) -> tuple[str, list[Span]]:
        u = self.r.random()
        if u < 0.35:
            base = self.pick(["中国"] * 3 + self.lex.places["country"])
            return self._lab(base + self.pick(["队", "队", "女排", "男篮", "女足", "男排", "女篮"]), "ORG")
        if u < 0.75:
            base = self.pick(self.lex.provinces + self.lex.prefectures[:60] + ["八一", "解放军"])
            return self._lab(base + self.pick(self.lex.org["team"]), "ORG")
        base = self.pick(self.lex.prefectures[:80] + self.lex.provinces)
        return self._lab(base + self.pick(self.lex.org["brand"]) + self.pick(["队", "足球俱乐部", "俱乐部"]), "ORG")

    def any_org(self) -> tuple[str, list[Span]]:
        fn = self.r.choices(
            [self.gov_org, self.central_org, self.company, self.institution, self.society, self.team,
             self.foreign_org, self.bank,
             lambda: self._lab(self.pick(self.lex.org["media"]), "ORG"),
             lambda: self._lab(self.pick(self.lex.org["intl"]), "ORG")],
            [30, 15, 15, 12, 6, 4, 8, 3, 4, 4])[0]
        return fn()

    # -- other fillers
    def _digits(self, n: int) -> str:
        s = str(n)
        u = self.r.random()
        if u < 0.35:
            return s.translate(FULLWIDTH)
        return s

    def _cn_num(self, n: int) -> str:
        if n < 10:
            return CN_DIGITS[n]
        if n < 20:
            return "十" + (CN_DIGITS[n % 10] if n % 10 else "")
        return CN_DIGITS[n // 10] + "十" + (CN_DIGITS[n % 10] if n % 10 else "")

    def number(self) -> str:
        u = self.r.random()
        n = self.r.choice([self.r.randint(1, 12), self.r.randint(10, 99), self.r.randint(100, 2000)])
        if u < 0.2 and n < 100:
            return self._cn_num(n)
        return self._digits(n)

    def date(self) -> str:
        u = self.r.random()
        m, d = self.r.randint(1, 12), self.r.randint(1, 28)
        part = self.pick(["", "", "", "上午", "下午", "晚上"])
        if u < 0.35:
            return f"{self._digits(m)}月{self._digits(d)}日{part}"
        if u < 0.5:
            return self.pick(["今天", "昨天", "前天", "明天", "近日", "日前", "最近", "今年", "去年"]) + part
        if u < 0.6:
            return f"{self._digits(d)}日{part}"
        if u < 0.72:
            y = self.r.randint(1990, 2026)
            return f"{self._digits(y)}年{self._digits(m)}月{self._digits(d)}日"
        if u < 0.8:
            return f"{self._cn_num(m)}月{self._cn_num(d)}日"
        if u < 0.9:
            return self.pick(["本月", "上月", "年初", "年底", "春节前夕", "元旦前夕", "节日期间"])
        return f"{self._digits(self.r.randint(1990, 2026))}年"

    def clause(self) -> str:
        u = self.r.random()
        if u < 0.4:
            return self.pick(self.lex.phrases["X"])
        if u < 0.55:
            p = self.lex.phrases
            return self.pick(p["S"]) + self.pick(p["A"]) + self.pick(p["VB"]) + self.pick(p["W"])
        return self.word_clause()

    def word(self, kind: str) -> str:
        if self.chance(0.06):  # a pseudo-word of common characters
            return "".join(self.pick(self.lex.level1) for _ in range(self.r.randint(1, 2)))
        return self.pick(self.lex.words[kind])

    def verb_phrase(self) -> str:
        w = self.word
        u = self.r.random()
        if u < 0.4:
            return w("d") + w("v") + w("n")
        if u < 0.6:
            return w("v") + w("a") + "的" + w("n")
        if u < 0.75:
            return w("v") + "了" + w("n") + w("n")
        if u < 0.9:
            return w("d") + w("a")
        return w("v") + w("n") + "，" + w("i")

    def word_clause(self) -> str:
        w = self.word
        u = self.r.random()
        if u < 0.3:
            return w("n") + self.verb_phrase()
        if u < 0.45:
            return w("a") + "的" + w("n") + self.verb_phrase()
        if u < 0.55:
            return w("c") + "，" + w("n") + self.verb_phrase()
        if u < 0.65:
            return w("i") + "，" + w("i")
        if u < 0.75:
            return w("n") + "的" + w("n") + w("d") + w("a")
        if u < 0.85:
            return w("c") + w("n") + w("v") + "得" + w("a")
        return w("n") + "、" + w("n") + "和" + w("n") + self.verb_phrase()

    # -- templates
    SLOT = re.compile(r"\{([A-Z]+)\}")

    def noun_list(self) -> tuple[str, list[Span]]:
        """Two to six unlabelled items joined by 、 (内科、外科、眼科; 各学院、各部门): lists are not all names."""
        def item() -> str:
            u = self.r.random()
            if u < 0.45:
                return self.word("n")
            if u < 0.6:
                return "各" + self.word("n")
            if u < 0.75:
                return self.pick(self.surname_words)
            if u < 0.9:
                return self.place() + self.pick(["", "", "北部", "南部", "东部", "西部", "大部"])
            return self.pick(self.lex.phrases["S"])
        n = self.r.randint(2, 6)
        return self._plain("、".join(item() for _ in range(n)))

    NAME_SLOTS = frozenset({"P", "PC", "PF", "PJ", "PM"})
    ORG_SLOTS = frozenset({"O", "OG", "ON", "OE", "OS", "OC"})

    def decoy(self, slot: str) -> tuple[str, list[Span]]:
        """An unlabelled filler for a name or organisation slot: the same context, no entity.

        Without these the model learns that whatever stands where names stand is a name.
        """
        if slot in self.NAME_SLOTS:
            u = self.r.random()
            if u < 0.45:
                return self._plain(self.pick(self.surname_words))
            if u < 0.75:
                return self._plain(self.word(self.pick(["n", "n", "v", "a", "d"])))
            if u < 0.9:
                return self._plain(self.place())
            return self._plain(self.pick(self.lex.tnews["job"]))
        u = self.r.random()
        if u < 0.4:
            return self._plain(self.place())
        if u < 0.7:
            return self._plain(self.pick(self.lex.phrases["S"]))
        return self._plain(self.word("n") + self.word("n"))

    def fill(self, template: str) -> Example:
        parts: list[tuple[str, list[Span]]] = []
        pos = 0
        for m in self.SLOT.finditer(template):
            parts.append(self._plain(template[pos:m.start()]))
            slot = m.group(1)
            if (slot in self.NAME_SLOTS and self.chance(0.15)) or (slot in self.ORG_SLOTS and self.chance(0.1)):
                parts.append(self.decoy(slot))
            else:
                parts.append(self.slots[slot]())
            pos = m.end()
        parts.append(self._plain(template[pos:]))
        return self._join(parts)

    def example(self) -> Example:
        """One paragraph: one to four filled templates in a row."""
        n = self.r.choices([1, 2, 3, 4], [45, 30, 15, 10])[0]
        return self._join([self.fill(self.pick(self.lex.templates)) for _ in range(n)])


def generate(n: int, seed: int) -> list[Example]:
    g = Generator(seed)
    return [g.example() for _ in range(n)]


def check(examples: list[Example]) -> None:
    """Spans in range, not overlapping, no surrounding whitespace."""
    for text, spans in examples:
        last = 0
        for s, e, _ in sorted(spans):
            assert 0 <= s < e <= len(text) and s >= last, (text, spans)
            assert text[s:e].strip() == text[s:e], (text, spans)
            last = e


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=10)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args(argv)
    ex = generate(args.n, args.seed)
    check(ex)
    for text, spans in ex:
        print(text)
        print("   ", " | ".join(f"{text[s:e]}/{lab}" for s, e, lab in spans))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
