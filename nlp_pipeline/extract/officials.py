"""Officials: every named person of a bulletin with every title bound to them.

A person is a surname (``surnames.txt``, compound ones first; a rare one of ``rare_surnames.txt`` only right
after a title or a role: 记者果永毅) and one or two given characters, found where bulletin prose puts officials:

- **after a title chain** (``titles.txt`` ends each title): ``副市长、公安局局长宋文元`` gives two
  titles, split at 、 and 兼; a unit written right before a title stays in it (``公安局政委``,
  ``镇党委书记``); the chain runs left to a punctuation mark, a date, a speech verb or a word that
  cannot be part of a title (``LEFT_STOPS``: 由, 在, 的 …); after a title or a role, a transliterated
  name (``以色列总理内塔尼亚胡``, ``俄罗斯选手帕卡琳娜``) when it is longer than any Chinese reading, ending
  before a name's end or any word no word runs across (``议长萨迪里|博士``), whole with its dots;
- **after a unit's name with its title after it** (``国家经贸委陈清泰副主任``), with the posts before the 、
  that the unit follows (``中国工程院院士、华中农业大学张启发教授``);
- **before a title** at a clause start (``李明远局长``, ``和李鹏总理``, ``，赵超副书记宣读``) when the scorer finds the
  name at least list-likely, or it is as likely standing alone as an author's name or a person entry of jieba's,
  and it is no place (``金山镇长``), no unit before its head's title (``科普科科长``) and no common word before a
  surname and title (``纪念|江主席``);
- **without a title** only before a word that says a person acts (``STRONG_FOLLOWERS``: 表示, 主持,
  强调 …) at a clause start or after 由/和/、 — or when the name is already known from a titled mention;
- **a surname and a title alone** (``高院长强调``, ``注视着毛主席``): a second mention of the one named
  person it fits, else a person named as written (``王书记``) — :func:`bare_title_mentions`;
- **a public figure** (``public_figures.txt``: 李鹏会见…, 学习雷锋, 普京表示), also several run
  together where a caption lost its spaces (江泽民李鹏乔石出席), where it stands as a person —
  :func:`public_figure_mentions`; **the other items of a 、-list of persons** that have a name's shape
  (万国权, 万里) — :func:`list_item_mentions`; **a Tibetan or Mongolian name** after a title
  (``民政部部长多吉才让``, ``自治区副主席巴特尔``) — :func:`name_part_mentions`; **a Japanese name** after a
  title or a role (``日本驻华大使佐藤嘉恭``; ``japanese_surnames.txt``), or its family name alone before a title at a
  clause start (``向桥本首相…``) — :func:`japanese_mentions`; **a transliterated name** before a title at a
  clause start (``克林顿总统同…``) — :func:`foreign_titled_after`.

A short bracket between a title and the name is the title's (``副部长（兼）陈忠义``, ``副校长（副院长）谢春涛``); a
public figure's name inside a unit's name does not end the chain (``孔子学院中方院长``); a bare membership or host
(``成员朱峰丽``) places a name as a role does, a role or a group before a name places it for a word of acting
(``博士生李织凡说``).

A player's rank after a name places it wherever it stands (韩国|李昌镐九段); a report's changed name (成刚（化名）), a
name one is likened to (像吴敏这样的) and names run together after a credit's label or a by-line role (执行：汤丹鹭王子晖,
（通讯员王家乐王凤箫）) are persons. A name the text writes elsewhere before a level or a company's head (鄢家河村,
阿迪达斯公司), counts as a thing (两座陶窑) or reads as a place named after a person (叶剑英纪念园) is none.

Lists and forms of address: the items of a 、-list closed by (等)同志 (:func:`comrade_list_mentions`),
items that are a place and a name in a list of results (广东吕钦（2559分）、黑龙江赵国荣:
:func:`placed_item_mentions`), a name after 叫/名叫 (:func:`called_mentions`), a full name before
同学/老师/博士/先生/女士/校友 (:func:`addressed_mentions`), a name after a unit and before a speech verb
(执法局颜鲲表示), an author's line under a headline or after the source in closing brackets
(（县农业局李明）), items of name + title (高井祥教授、邓喀中教授), an editor's credit anywhere (【责任编辑：刘阳】), a
speaker's or an author's name before a colon that opens a line or follows a headline's bracket (【名师感悟】高淑桃：…,
图5：王笛：《…》: :func:`speaker_mentions`).

Appointments, elections and removals bind the posts they name (任命刘小明为县民政局局长, 免去…的…职务, 王建平任…,
担任…兼…), to every name of a 、-list so appointed, also in a later clause of the sentence (选举王一为县长，李二、
张三（女）为副县长): :func:`appointment_mentions`; so do profiles (林伯海，男，…院长，教授，博士生导师; 人物简介：郭华，
经济学院副教授，…: :func:`profile_mentions`), posts in brackets after a name (王一平（县委书记）: :func:`bracketed_post_mentions`) and
时任/现任 … 的 before one (:func:`serving_mentions`). A name of any shape before an ethnic group's aside is a
person (乃登（蒙古族）: :func:`aside_mentions`). A title after the last name of a 、-list is each listed name's
that has none of its own (杨士娥、徐玉芬、邓三瑞教授); the posts written before a role are the person's
(系主任、专业负责人|李永峰).

Where a name ends (two or three characters) is decided by what follows it (``name_followers.txt``,
punctuation, a title). Names joined by 、 after one title share it (``副市长江雪梅、文海波``).
Honorifics (同志) are never part of a name or title. Mentions are every occurrence of the name, except
inside a longer person's mention (吉尔伯特 in 约翰·吉尔伯特); an occurrence that is one part of a dotted
name is a mention of the whole (索尼亚 in 索尼亚·甘地); later short forms are mentions of the one person
they fit: the last part of a dotted name (格林 of 罗萨里奥·格林), a Japanese family name (高市 of 高市早苗),
a given name with 同志 (恩来同志, 小平同志 of a public figure).

**Without any of these** (a name alone in running text: 农机手向阳获得一等奖, 李晓红说), a learned
scorer decides (:mod:`.names`: surname-started candidates, context and dictionary features, a
logistic regression trained on our corpus; transliterated foreign names too); a candidate is
taken when its score passes the model's threshold and it overlaps no person the rules found.

Names written one after the other in a by-line (（记者范春生于力）: normalisation removed the space
between them) are cut by the name scorer (:func:`byline_mentions`); one name after a by-line role is
the author even where it is also a word (（记者马力）).

Not persons: places (``regions.txt``, ``world_places.txt``), their beginnings (扎波罗|热), a name that
starts with a place and runs on (总理|印度共和国外交部长), places named after a person (拉宾广场), doctrines
(邓小平理论), a weak surname (和, 于, 向) read as part of a word (人大代表和政府), a surname before one of
the commonest words (高水平), jieba's frequent person entries that are words (道德), a pronoun or a
particle in the given name (祝贺他, 宣读了).

Known gaps: a surname alone (老王, 陈先生); names other than public figures written one after the
other with nothing between them in running text; Japanese names (桥本龙太郎) with no title or role
before them, other than public figures; a given name that is a common noun after a weak surname (向大家); words jieba lists as
persons (贺词, 高尔夫) where the context looks like a name's.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from itertools import compress

from ..chars import STAFF_ROLES
from ..lexicon import alternation, entries, inside_he_stem, marked, trie_pattern, words
from . import names as name_scorer
from .meetings import kinds as meeting_kinds

OPENING = frozenset("（(《〈“‘「『【〔［[")  # what opens a quote or an aside: words go on after it (为“六风”建设)
PUNCTUATION = set("，。；：！？,;:!?（）()《》〈〉“”‘’\"'「」『』【】〔〕［］[]\n …—-·•／/")
SCENE = "现场"  # a photograph's caption ends with it (大会现场) and runs into the text
# Words that end the leftward run of a title chain: they never stand inside a title.
LEFT_STOPS = ("由", "在", "对", "向", "请", "经", "是", "为", "了", "的", "等", "即", "将", "把", "被", "让",
              "与", "同", "及", "和", "会同", "邀请", "陪同", "带领", "率领", "受", "到", "给", "从", "看望",
              "慰问", "会见", "接见", "召见", "约见", "听取", "委托", "获悉", "据", "由于", "以及", "兼", "、", "致函", "致电", "发表",
              "召开", "举行", "举办", "通过", "出席", "参加", "正如", "像",
              "这位", "那位", "一位", "这名", "一名", "据说", "听说",  # 据说这位|新总统: no part of a title
              "我校", "我院", "我市", "我县", "我区", "我省", "我镇", "我乡", "我局", "本校", "本院",  # 我校|党委书记
              "针对",  # 针对|美国总统
              "摄", "来自", "获得",  # 记者谢环驰摄|中共中央…, 获得|省长
              "时任", "现任", "曾任", "历任", "担任", "出任", "期间",  # 时任|四川省政府主席, 调研期间|副校长
              "应",  # 应|国家主席习近平邀请 ("at the invitation of"; 应急管理局 keeps it: STOPS_IN_NAMES)
              "以",  # 以|会长王平为团长 (in its frame only: PREPOSITION_FRAMES; 以色列总理 keeps it)
              "他", "她", "他们", "她们", "我们",  # 他巧遇|县委书记: a pronoun is in no unit's name
              "巧遇", "偶遇", "遇到", "见到", "拜访", "拜会", "走访", "采访", "专访", "访", "与会",  # 与会|成员
              "感谢", "感激", "祝贺", "欢迎", "欢迎辞", "欢迎词", "致辞", "致词",  # 她很感谢|学院院长
              "特邀",  # 报告会特邀|南开大学教授
              SCENE,  # 大会现场|化工学院党委书记: a photograph's caption run into the text
              "有", "其中", "而", "这", "率", "进行", "上任", "围绕", "随着", "跟随", "随后", "指示", "面见",  # 有|…党委副书记
              "赛后", "会后", "课后", "赛前", "会前",  # 赛后|市体育局局长
              "合影",  # 宣讲团合影|宣讲团成员: a photograph's caption run into the text
              "称", "谴责", "述评", "批驳", "驳斥", "抨击",  # 阿巴斯称|…, 引多方谴责|美国总统: a headline run into the text
              "本报讯", "消息",  # 本报讯|记者…, 新华网消息|记者…: a dateline's opening
              "决议", "声明", "公报",  # …反伊决议|伊朗外交部发言人: a headline about a document run into the text
              "拜见", "会晤", "晋见", "觐见", "谒见", "当时", "加上")  # 拜见|国民政府主席, 当时|实验主任
# Words after which a name may start without a title before it.
LEFT_CONTEXT = ("由", "和", "与", "及", "同", "请", "邀请", "陪同", "向", "对", "是", "为", "、", "委托", "听取",
                "会见", "看望", "慰问", "报告人", "主讲人", "选举", "补选", "推选", "任命",
                # time words that open a clause (下午张建国书记和…): a name may follow them directly
                "上午", "下午", "晚上", "今天", "昨天", "当天", "近日", "日前", "随后")
# Followers that show a person acting: enough for a name with no title.
# Forms of address after a name (张路老师, 李政道先生): a person, when the name scorer finds the name
# likely enough (they follow nouns too: 评委老师, 智慧型老师).
HONORIFIC_FOLLOWERS = ("先生", "女士", "老师", "烈士")
STRONG_FOLLOWERS = ("同志", "表示", "指出", "强调", "要求", "说", "介绍", "主持", "讲话", "出席", "参加", "带队",
                    "率队", "调研", "致辞", "发言", "提出", "通报", "宣读", "作了", "作工作报告", "代表", "认为",
                    "希望", "一行", "传达", "部署", "总结", "点评", "主讲", "汇报", "先后", "分别", "获得",
                    "荣获", "当选", "被评为", "牵头", "致函", "致电", "致信", "会见", "接见", "看望", "慰问", "视察",
                    *HONORIFIC_FOLLOWERS)
SPACES = frozenset(" \u3000")
# Speech verbs after which a name right after a unit's name is that unit's speaker (执法局颜鲲表示).
UNIT_SPEAKER_FOLLOWERS = frozenset(("表示", "说", "介绍", "指出", "强调", "认为", "透露"))
# A by-line: in brackets or alone on a line, an optional role, a run of names, an optional credit.
BYLINE_ROLE = r"(?:本报|新华社)?(?:特约)?(?:记者|通讯员|实习生)"
BYLINE = re.compile(rf"(?:(?<=[（(])|^)(?:(?P<role>{BYLINE_ROLE})[：: ]?)?"
                    r"(?P<run>[\u4e00-\u9fff]{2,30})(?=[）)]|$)", re.M)
# A reporter's by-line inside the text, its names run together before 报道 or 发自 (本报记者王建华李明报道：).
REPORTER_LINE = re.compile(rf"(?P<role>{BYLINE_ROLE})(?P<run>[\u4e00-\u9fff]{{2,6}}?)(?=报道|发自)")
# Roles and credits inside a by-line's run that start another group of names (（记者乔明摄影聂慈）,
# （实习生李泽玲记者金融）): the names after a role get it as their title, those after a credit none.
BYLINE_INNER = re.compile(rf"{BYLINE_ROLE}|摄影|摄像")
# Words that make a person's name the name of a doctrine (邓小平理论, 马克思主义, 毛泽东思想): no mention.
DOCTRINES = ("理论", "思想", "主义", "列宁主义", "新时代中国特色社会主义思想", "法治思想", "强军思想", "外交思想",
             "经济思想", "文化思想", "生态文明思想", "式")  # (黄大年式教师团队: a kind named after the person)
# What ends the words after a name that are still part of the same phrase (周恩来|在天津, 孔子|的).
PHRASE_STOPS = frozenset("的地得在和与及同跟是为对向从将把被了着过等、")
NAMED_PLACES = ("广场", "机场", "大街", "大道", "公园", "故居", "纪念园", "纪念碑", "纪念堂", "陵园", "铜像")  # places named after a person
MAX_NAMED_UNIT = 10  # characters between a person's name and the end of a unit named after them
# Labels a name follows (联系人：上官静, 书籍设计：白凤鹍), also the editors' credits anywhere in a text (【纠错】责任编辑：朱英).
NAME_LABELS = re.compile("(?:" + "|".join(("联系人", "主讲人", "报告人", "责任人", "负责人", "经办人", "撰稿", "摄影",
                                           "设计", "作者", "译者", "评委", "指导教师", "指导老师", "策划", "统筹",
                                           "作曲", "作词", "编曲", "编剧", "导演", "监制", "制片人", "初审", "复审",
                                           "终审", "美编", "执行", "主笔",
                                           "人物简介", "个人简介", "作者简介")
                                          + STAFF_ROLES) + r")\s*[：:]\s*")
# jieba dictionary tags of words that are no person however they are written (强调, 单位, 全面).
BODY_TAG = "nt"  # jieba's class of organisations (欧委会, 农委会): never a person's name
NOT_NAME_TAGS = ("v", "vn", "vd", "n", "a", "ad", "an", "d", "p", "c", "u", "m", "q", "r", "f", "t", "s", "l", "i")
HONORIFICS = ("同志", "老师", "先生", "女士")
# Characters that cannot begin a given name (function words right after a surname-like character).
# Adverbs no given name ends with (梁军|不愿意, 梁军|最感动, 陈莉|虽发挥出色).
ADVERB_STARTS = frozenset("不最虽")
ADVERB_ENDS = ADVERB_STARTS | frozenset("则却便")  # 于澄|则更加郁闷: an adverb that begins what follows a name
NOT_GIVEN = set("的了在和是等及与对为同也都将就把被让从到向给这那其之以于而或并又各每该本全共") | ADVERB_STARTS
DEMONSTRATIVE_CHARS = frozenset("这那")  # never a name's last character: 盛赞|这是
NEVER_GIVEN = frozenset("他她它我你您们了着过吗呢吧啊")  # pronouns, particles: 祝贺他当选, 凌晨了老师们
# Forms of address after a surname (吴阿姨, 张大爷): no given name (and corpora/ANNOTATION.md counts no
# person named by a surname alone).
ADDRESS_FORMS = frozenset(("阿姨", "大爷", "大妈", "大娘", "大姐", "大哥", "大叔", "大婶", "师傅", "奶奶", "爷爷",
                           "老汉", "老人", "老太", "老伯", "婆婆", *HONORIFIC_FOLLOWERS, "同志", "同学"))  # (巫|同学)
# After a noun, the place in it (贺信|中, 会|上) or the people of it (南开|人): no given name's end.
WORD_SUFFIXES = frozenset("中内上里人")
APPOINTMENT_VERBS = frozenset("任兼升调")  # between a name and a post: 王平任|副县长, 李明兼|秘书长
# A numeral as a one-character given name makes no name: 左一, 右三 tell where one stands in a photograph.
POSITION_NUMERALS = frozenset("一二三四五六七八九十")
NAMED_PIECE = 0.5  # the name scorer's probability from which a title chain's piece holds a name
MAX_TITLE = 12          # characters of the longest title word we look for
MAX_TITLE_PIECE = 30    # characters of one title with its unit (太仓市创建全国文明城市指挥部办公室主任)
MAX_WORK_TITLE = 30     # characters of a work's title in 《》 (《成语新说》, 《江苏高教》)
MAX_TITLE_AFTER_WORK = 6  # characters of a title right after a work's name (《江苏高教》|常务副主编)
MAX_FOREIGN_NAME = 16   # characters of a transliterated name with its parts (穆罕默德·纳瓦兹·谢里夫)
MAX_FOREIGN_PART = 6    # characters of one part of it


@dataclass
class Mention:
    name: str
    start: int
    end: int
    titles: list[str] = field(default_factory=list)


def _surnames() -> tuple[frozenset[str], frozenset[str]]:
    names = words("surnames.txt")
    return frozenset(n for n in names if len(n) == 1), frozenset(n for n in names if len(n) == 2)


def _max_len(vocab: frozenset[str]) -> int:
    return max((len(w) for w in vocab), default=0)


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


INDEX_SLOTS = 4  # title indexes kept (Lexicons._index)


class Lexicons:
    """The word lists the rules use, read once, and per-text indexes of where titles stand."""

    def __init__(self) -> None:
        self.titles = words("titles.txt")
        self.title_len = min(_max_len(self.titles), MAX_TITLE)
        self.single, self.compound = _surnames()
        self.rare_surnames = words("rare_surnames.txt")  # only after a title or a role (记者果永毅)
        self.rare_surname_re = re.compile("[" + "".join(sorted(self.rare_surnames)) + "]")
        followers = set(words("name_followers.txt")) | set(STRONG_FOLLOWERS) | set(HONORIFICS)
        self.follower_lengths = sorted({len(w) for w in followers}, reverse=True)
        self.provinces = marked("regions.txt", "province")
        self.province_lengths = sorted({len(w) for w in self.provinces}, reverse=True)
        self.province_first = frozenset(w[0] for w in self.provinces)
        self.roles = words("occupations.txt") | words("person_groups.txt")  # 司机郑永华, 村民张桂英
        self.role_lengths = sorted({len(w) for w in self.roles}, reverse=True)
        self.role_last = frozenset(w[-1] for w in self.roles)
        self.followers = frozenset(followers)
        self.follower_first = frozenset(w[0] for w in followers)
        # Speech verbs end a chain too (要求日本首相, 强调市长: a clause before the title).
        stops = set(LEFT_STOPS) | words("speech_verbs.txt")
        self.stop_set = frozenset(stops)
        self.agencies = marked("known_units.txt", "media")  # 新华社: a reporter's title starts with the agency
        # Title modifiers that start with a stop (兼|职): there the stop is part of the title
        self.stop_modifiers = {w: tuple(m for m in words("title_modifiers.txt") if m.startswith(w) and m != w)
                               for w in stops}
        self.stop_lengths = sorted({len(w) for w in stops}, reverse=True)
        # At each position, the longest title starting there, found in one pass of the regex engine; a class
        # of the titles' first characters in front rejects most positions in one step (the alternation in a
        # lookahead is tried at every position: 0.60 → 0.21 s on the bench texts).
        firsts = "".join(sorted({re.escape(w[0]) for w in words("titles.txt")}))
        self.title_re = re.compile(f"(?=[{firsts}])(?=({alternation('titles.txt')}))")
        # The indexes of the last few texts seen (a document and the short framed pieces the name
        # scorer looks at inside it: one slot made them evict the document's index again and again).
        # Replaced whole (one atomic assignment) and checked by identity, so threads sharing this
        # object at worst rebuild an index, never read a wrong one.
        self._cache: tuple[tuple[str, tuple[list[int], list[int], list[bool]]], ...] = ()

    def index(self, text: str) -> tuple[list[int], list[int], list[bool]]:
        """For each position of ``text`` (and its end): the length of the longest title starting
        there, of the longest one ending there, and whether a title runs across it."""
        return self._index(text)

    def _index(self, text: str) -> tuple[list[int], list[int], list[bool]]:
        cached = self._cache
        for seen, index in cached:
            if seen is text:
                return index
        n = len(text)
        starts, ends, inside = [0] * (n + 1), [0] * (n + 1), [False] * (n + 1)
        for m in self.title_re.finditer(text):
            k, length = m.start(), len(m.group(1))
            starts[k] = length
            ends[k + length] = max(ends[k + length], length)
            for p in range(k + 1, k + length):
                inside[p] = True
        self._cache = ((text, (starts, ends, inside)),) + cached[:INDEX_SLOTS - 1]
        return starts, ends, inside

    def title_ending_at(self, text: str, i: int) -> int:
        """Length of the longest title word ending at ``i`` (0 if none)."""
        return self._index(text)[1][i] if 0 <= i <= len(text) else 0

    def title_starting_at(self, text: str, i: int) -> int:
        return self._index(text)[0][i] if 0 <= i <= len(text) else 0

    def inside_title(self, text: str, i: int) -> bool:
        """Does a title word run across position ``i`` (主任|文明: 任 belongs to 主任)?"""
        return self._index(text)[2][i] if 0 <= i <= len(text) else False

    def province_at(self, text: str, k: int) -> bool:
        """Does a provincial-level division's name (四川, 宁夏回族自治区) start at ``k``?"""
        return text[k:k + 1] in self.province_first and any(text[k:k + n] in self.provinces
                                                           for n in self.province_lengths)

    def role_ending_at(self, text: str, i: int) -> bool:
        """Does a role or occupation of ``occupations.txt`` (司机, 选手, 志愿者) end right before ``i``?"""
        return self.role_length_before(text, i) > 0

    def role_length_before(self, text: str, i: int) -> int:
        """The length of the longest role or occupation ending right before ``i`` (0 if none)."""
        if i == 0 or text[i - 1] not in self.role_last:
            return 0
        return next((n for n in self.role_lengths if n <= i and text[i - n:i] in self.roles), 0)

    def follower_at(self, text: str, i: int) -> str | None:
        if text[i:i + 1] not in self.follower_first:
            return None
        for n in self.follower_lengths:
            if text[i:i + n] in self.followers:
                return text[i:i + n]
        return None


@cache
def lexicons() -> Lexicons:
    return Lexicons()


STOP_IN_WORD = 50  # jieba frequency of a word that a one-character stop begins (经济 90k; 在省, 由市: none)
STOPS_IN_NAMES = frozenset("经对应访有率称据同")  # stops that units' names hold inside words (经济开发区, 财经大学, 对外联络部,
# 应急管理局, 信访局, 国有资产监督管理委员会, 有限公司, 职称评审委员会, 大数据管理局, 同济大学, 台湾同胞联谊会)
PRONOUN_STOPS = frozenset("他她")  # no stop at the end of a word of the dictionary (美国犹他|大学副校长)
# Classifiers written after a number before a title (2019级专职辅导员, 第80届联大主席, 19-1班助理班主任): the
# number ends the chain.
COUNTED_CLASSIFIERS = frozenset("级届期班")


def _stop_ending_at(text: str, j: int, lex: Lexicons) -> bool:
    """Does a word that ends a title chain end at ``j`` (text[..j])? 和 inside a unit name does not.
    A date word after a number (21日) ends it too (the number itself is no Chinese character), and so
    does a dateline's 电 or 讯 (新华社北京1月9日电奥地利总理…, 本报北京1月20日讯记者…)."""
    if j > 1 and text[j - 1] in "日月年号" and text[j - 2].isdigit():
        return True
    if j > 2 and text[j - 2:j] in ("日电", "日讯") and text[j - 3].isdigit():
        return True
    if j >= 2 and lexicon_tags().get(text[j - 2:j]) in CHAIN_ENDING_TAGS and \
            name_scorer.name_lexicon().word(text[j - 2:j]) >= COMMON_HEAD:
        return True  # 对于|外联部部长, 根据|统计局局长: a common preposition or conjunction (not 总后/c 73: 总后勤部)
    for n in lex.stop_lengths:
        w = text[j - n:j] if j >= n else ""
        if w in lex.stop_set:
            if w == "和" and inside_he_stem(text, j - 1):
                continue
            if w in PRONOUN_STOPS and j >= 2 and name_scorer.name_lexicon().word(text[j - 2:j]):
                continue
            if w == SCENE and name_scorer.name_lexicon().unit_suffix_at(text, j):
                continue  # 抢险现场指挥部总指挥: 现场 in a body's name, not a caption's (大会现场|…党委书记)
            if w in PREPOSITION_FRAMES and (not any(c in text[j:j + FRAME_REACH] for c in PREPOSITION_FRAMES[w])
                                            or name_scorer._reach_at(text, name_scorer.name_lexicon().freq, j - n) > n):
                continue  # 上海应翔建筑设计有限公司: 应 is a stop in its frame only (应|国家主席习近平邀请), not in a word (以色列)
            if any(text.startswith(m, j - n) for m in lex.stop_modifiers[w]):
                continue  # 兼职辅导员: a modifier of the title, not 兼 + 职辅导员
            if w in STOPS_IN_NAMES and _stop_in_word(text, j):
                continue  # 经|济开发区, 财经|大学: the stop's character is part of a word of the unit's name
            return True
    return False


def _stop_in_word(text: str, j: int) -> bool:
    """Is the one-character stop ending at ``j`` part of a word of the dictionary: with the character before
    (财经, 共同), or with the one after where that one begins no word of its own (同胞|联谊会, 同济|大学; not
    同学|院: 学院)?"""
    names = name_scorer.name_lexicon()
    if j >= 2 and names.word(text[j - 2:j]) >= STOP_IN_WORD:
        return True
    return names.word(text[j - 1:j + 1]) >= STOP_IN_WORD and names.word(text[j:j + 2]) < STOP_IN_WORD


# A membership or an event's role with no body before it: no post (成员朱峰丽说, 主持人王可欣; not 党组成员, 节目主持人)
BARE_ROLES = frozenset({"成员", "主持人"})
TEAM_MEMBER = "队成员"  # 志愿服务队成员: a member of a team of volunteers or players, no post (audits 11-12)
DEPUTY = "副"  # 朱玲|副主笔: a deputy's 副 before a title, no given name's character
POSSESSIVE = "的"  # 时任…副院长的|聂武教授: a post, 的, then a name with its rank after it

CHAIN_JOINERS = frozenset("、兼/／")  # what joins two titles of one chain (副总经理/风电行业总经理)

# A common preposition or conjunction of the dictionary (根据, 对于) ends a title chain.
CHAIN_ENDING_TAGS = frozenset(("p", "c"))


def title_chain(text: str, i: int, lex: Lexicons, floor: int = 0) -> list[str]:
    """The titles written right before position ``i`` (a name), left to right, none reaching left
    of ``floor`` (the end of the person named before: 主席吴兆平四川省科协主席李明)."""
    pieces: list[str] = []
    end = i
    while True:
        if not lex.title_ending_at(text, end):
            skipped = _role_piece_before(text, end, floor, lex) if pieces else None
            if skipped is None:
                break
            end = skipped  # 南开大学教授、教育部长江学者、|…成员: an honour or a role between posts, no post itself
            continue
        core = j = end - lex.title_ending_at(text, end)
        if j < floor:
            break  # the title is the last person's, written after their name (杜黎明教授、…)
        j = _run_left(text, j, end, core, floor, lex)
        aliased = _unit_alias_before(text, j, end)
        if aliased is not None:  # 中央党校（国家行政学院）|经济学部副主任: the unit's other name in brackets
            j = _run_left(text, aliased, end, core, floor, lex)
        elif j > 0 and text[j - 1] == "”" and j < core:
            opening = text.rfind("“", max(0, j - MAX_QUOTED_NAME), j)
            if opening >= 0 and "”" not in text[opening:j - 1]:
                j = opening  # “青马工程”培养班团支书: a programme's quoted name begins the unit
        if core - j > LONG_PREFIX:
            j = _repeated_place_start(text, j, core)
        agency = next((len(a) for a in lex.agencies if text.startswith(a, core - len(a)) and core - len(a) > j), 0)
        if agency:
            j = core - agency  # …注入更多确定性|新华社记者: a headline run into the by-line; the agency starts it
        if j > 0 and text[j - 1] == "》" and end - j <= MAX_TITLE_AFTER_WORK:
            opening = text.rfind("《", max(0, j - MAX_WORK_TITLE), j)
            if opening >= 0 and "》" not in text[opening:j - 1]:
                j = opening  # 《江苏高教》常务副主编: the journal is the editor's unit
        if j > 0 and text[j - 1].isdigit() and text[j] in COUNTED_CLASSIFIERS and end - j > 2 and j < core:
            j += 1  # 2019|级专职辅导员, 80|届联大副主席: the number's classifier, no part of the title (but 201502|班主任)
        piece = text[j:end]
        if "各" in piece or piece.startswith(("全体", "全市", "全县", "全区")):
            break  # 各成员, 全体成员: a group, not a person's title
        if text[core:end] in ACADEMIC_RANKS and core - j >= 2 and lex.title_ending_at(text, core):
            pieces.insert(0, text[core:end])  # 党委副书记|教授: a post and a rank written with nothing between
            end = core
            continue
        if pieces and _named_before_title(text, j, end - lex.title_ending_at(text, end)):
            break  # 杜黎明教授、…院长吴小莉: the earlier piece is another person's name and title
        pieces.insert(0, piece)
        joint = _before_cohort(text, j)  # 院团委书记、|2019级|辅导员: the cohort stands between the chain's pieces
        if joint > 0 and text[joint - 1] in CHAIN_JOINERS:  # the chain goes on: 副市长、|公安局局长; 县委副书记兼|政法委书记
            end = joint - 1
        else:
            break
    return pieces


def _role_piece_before(text: str, end: int, floor: int, lex: Lexicons) -> int | None:
    """Where the chain goes on before a piece of a title chain that ends in a role or an honour (教育部长江学者), when a
    、 stands before the piece and a title before that (南开大学教授、|教育部长江学者、): the 、's position; else None."""
    n = lex.role_length_before(text, end)
    if not n:
        return None
    k = end - n
    while k > floor and end - k < MAX_TITLE_PIECE and _is_cjk(text[k - 1]):
        k -= 1
    return k - 1 if k > floor and text[k - 1:k] == "、" and lex.title_ending_at(text, k - 1) else None


def _before_cohort(text: str, j: int) -> int:
    """Where a cohort's number and classifier that end right before ``j`` start (、|2019级|辅导员); ``j`` if none."""
    k = j
    if k >= 2 and text[k - 1] in COUNTED_CLASSIFIERS and text[k - 2].isdigit():
        k -= 1
        while k > 0 and text[k - 1].isdigit():
            k -= 1
    return k


def _run_left(text: str, j: int, end: int, core: int, floor: int, lex: Lexicons) -> int:
    """Where a title's piece that ends at ``end`` starts, running left from ``j`` over Chinese characters to a stop
    word, ``floor`` or the longest piece's reach; any other character (punctuation, >, a digit) ends it."""
    while j > floor and end - j < MAX_TITLE_PIECE:
        if not _is_cjk(text[j - 1]):
            k = _latin_inside(text, j)  # 韩国SK集团AI委员会委员长: a capital abbreviation inside the unit's name
            if k == j or k <= floor:
                break
            j = k
        elif (not _stop_ending_at(text, j, lex) or _fields_joined(text, j, core) or _bodies_joined(text, j, core)) \
                and not (text[j - 1] in CLAUSE_PREPOSITIONS and (j == 1 or text[j - 2] in PUNCTUATION)
                         and not name_scorer.name_lexicon().word(text[j - 1:j + 1])):  # (就业指导中心)
            j -= 1
        else:
            break
    return j


# Prepositions that open a clause before a title (，就|日本首相…言行: "regarding"), no part of it there (招就处处长)
CLAUSE_PREPOSITIONS = frozenset("就")
MAX_LATIN_INSIDE = 6  # capitals of an abbreviation inside a unit's name (SK, AI, DMALL)


def _latin_inside(text: str, j: int) -> int:
    """Where a run of capitals that ends right before ``j`` starts, when a Chinese character stands before it (集团|AI|委员会);
    ``j`` if none."""
    k = j
    while k > 0 and j - k < MAX_LATIN_INSIDE and "A" <= text[k - 1] <= "Z":
        k -= 1
    return k if k < j and k > 0 and _is_cjk(text[k - 1]) and not ("A" <= text[k - 1:k] <= "Z") else j


MAX_QUOTED_NAME = 12  # characters of a programme's or a body's name in quotes inside a unit (“青马工程”)


def _unit_alias_before(text: str, j: int, end: int) -> int | None:
    """Where the bracket opens that ends right before ``j`` when it holds a unit's other name and a unit's name
    stands before it (中央党校（国家行政学院）: the bracket and the name before it are the title's), or a post's other
    name after a post (院长（系主任）联席会); else None."""
    if j < 2 or text[j - 1] not in "）)" or end - j > MAX_TITLE_PIECE:
        return None
    opening = max(text.rfind("（", max(0, j - MAX_QUOTED_NAME), j), text.rfind("(", max(0, j - MAX_QUOTED_NAME), j))
    if opening < 2 or any(c in text[opening + 1:j - 1] for c in "（()）"):
        return None
    lex = lexicons()
    if (_suffix_ends_at(text, j - 1) and _suffix_ends_at(text, opening)) or (
            lex.title_ending_at(text, j - 1) and lex.title_ending_at(text, opening)):
        return opening  # (全国…院长（系主任）联席会会长: a body of the holders of two posts, named with both)
    return None


def _suffix_ends_at(text: str, stop: int) -> bool:
    """Does a unit's suffix (unit_suffixes.txt, levels) end right before ``stop`` (国家行政学院|）)?"""
    names = name_scorer.name_lexicon()
    return any(names.unit_suffix_at(text, k) == stop - k for k in range(max(0, stop - names.suffix_len), stop))


# Academic ranks, which may follow a post with nothing between (学院党委副书记教授潘远智: two titles).
ACADEMIC_RANKS = frozenset(("教授", "副教授", "研究员", "副研究员", "讲师", "高级工程师"))


# jieba's tags of a field's or a subject's word before 与 inside a unit's name (环境科学/n, 热能/n, 交流/vn).
FIELD_TAGS = frozenset(("n", "vn", "nz", "l", "an"))
JOINING_AND = "与"
DEPARTMENT = "系"  # a university's department: no unit suffix by itself (关系, 体系), but one inside a title


def _fields_joined(text: str, j: int, core: int) -> bool:
    """Does 与 before ``j`` join two fields inside the unit of a title (环境科学与|工程学院副院长, 热能与动力
    工程系主任)? A word of a field stands before it (no title or group of persons: 市长与|市委书记) and the
    unit's suffix ends right before the title's core ``core``."""
    if text[j - 1:j] != JOINING_AND:
        return False
    names = name_scorer.name_lexicon()
    if not (_suffix_ends_at(text, core) or any(names.unit_suffix_at(text, k) or text[k] == DEPARTMENT
                                               for k in range(max(j, core - 2), core + 1))):
        return False  # (工程学院|副院长, 动力工程|系主任, …评审领导小组|组长: the unit's suffix, or the title's own, as in
        # 系主任, 处长)
    lex = lexicons()
    left = next((text[k:j - 1] for k in range(max(0, j - 5), j - 2) if names.word(text[k:j - 1])), "")
    return bool(left) and lexicon_tags().get(left) in FIELD_TAGS and not lex.title_ending_at(text, j - 1) \
        and left not in lex.roles and not any(  # 学校与|三台县: two bodies
            names.unit_suffix_at(text, k) == j - 1 - k for k in range(max(0, j - 4), j - 1))


BODY_JOINERS = frozenset("和与")


def _bodies_joined(text: str, j: int, core: int) -> bool:
    """Does 和 or 与 before ``j`` join two bodies of one kind whose title follows (伦敦帝国学院和国王学院|荣誉教授,
    皇家科学院和工程院|院士): a unit's suffix ends right before it, and another that ends in the same character between
    it and the title's core ``core`` (not 学校与|三台县副县长: a school and a county)?"""
    return text[j - 1:j] in BODY_JOINERS and j < core and _suffix_ends_at(text, j - 1) and any(
        text[k - 1] == text[j - 2] and _suffix_ends_at(text, k) for k in range(j + 2, core + 1))


CLASS = "班"


def _class_before(text: str, i: int) -> bool:
    """Does a class's number and 班 end right before ``i`` (自动化2017-1班|王起源, 18-9班|张明)? It places a name
    as a role does; so does one and 的 (体育201801班的|李杰)."""
    if text[i - 1:i] == POSSESSIVE:
        i -= 1
    return i >= 2 and text[i - 1] == CLASS and text[i - 2].isdigit()


LONG_PREFIX = 12  # characters before a title's core from which the chain may have run past its unit


def _repeated_place_start(text: str, j: int, core: int) -> int:
    """Where a long title piece really starts when a place is written twice in it: at the place's last writing
    (阿巴斯称|巴勒斯坦国宪法起草接近尾声|巴勒斯坦总统: a headline run into the text); else ``j``."""
    seen: set[str] = set()
    start = j
    for k in range(j, core - 1):
        place = _place_at(text, k)
        if place in seen:
            start = k
        elif place is not None:
            seen.add(place)
    return start


REPRESENTATIVE = "代表"  # after a title, one who holds it speaks for the others (新生班主任代表杨超)
MAX_ROLE_DESCRIPTOR = 10  # characters before a role that describe it (专业|负责人, 物管87级|校友, 2019年四川省优秀|共青团员)


def _titles_before_role(text: str, i: int, lex: Lexicons, floor: int) -> list[str]:
    """The title chain written before a role and what describes it, after 、 (土地资源管理系主任、专业负责人|
    李永峰, 董事总经理、物管87级校友|谢雄斌), or right before 代表 (新生班主任代表|杨超): the person's posts (the
    role is none)."""
    k = i - lex.role_length_before(text, i)
    if text[k:i] == REPRESENTATIVE and k > floor and lex.title_ending_at(text, k):
        return title_chain(text, k, lex, floor)  # 研究生党支部书记代表|杜和赞: one of the secretaries speaks
    for _ in range(MAX_ROLE_DESCRIPTOR + 1):
        if k <= floor or k < 2:
            return []
        if text[k - 1] == "、":
            break
        if not (_is_cjk(text[k - 1]) or text[k - 1].isdigit()):
            return []
        k -= 1
    else:
        return []
    return title_chain(text, k - 1, lex, floor) if lex.title_ending_at(text, k - 1) else []


def _named_before_title(text: str, lo: int, core: int) -> bool:
    """Does a name stand right before the title word at ``core``, within ``text[lo:core]`` (a piece of a
    title chain: 马克思主义学院杜黎明|教授)? A surname starts it and the name scorer finds it likely."""
    lex = lexicons()
    for n in (3, 2):
        i = core - n
        if i >= lo and (text[i] in lex.single or text[i:i + 2] in lex.compound) and \
                _name_probability(text, i, core, lex, None) >= NAMED_PIECE:
            return True
    return False


# A Go or chess player's rank right after a name (常昊八段, 李昌镐九段): the name ends there, and a person acts.
GAME_RANK = re.compile("[一二三四五六七八九]段(?![落时])")


def _name_end_ok(text: str, k: int, lex: Lexicons) -> bool:
    """Can a name end before ``k``: punctuation, a follower, a title, a date (傅聪21日致函) or a
    province (科协主席吴兆平四川省…: entries of a list of names with their places, run together)."""
    return (k >= len(text) or text[k] in PUNCTUATION or text[k] == "、" or lex.follower_at(text, k) is not None
            or lex.title_starting_at(text, k) > 0 or text[k].isdigit() or lex.province_at(text, k)
            or bool(GAME_RANK.match(text, k)) or bool(NAME_LABELS.match(text, k)))  # (储学军|统筹：…: the next credit)


def _swallowed(text: str, i: int, end: int) -> bool:
    """Does a dictionary word or a role that starts in the title before ``i`` cover the whole name ``text[i:end]``
    (区长|安街: 长安街; 教育部长|江学者: 长江学者)? One that covers only its first characters does not (市长|江雪梅: 长江)."""
    freq = name_scorer.name_lexicon().freq
    roles = lexicons().roles
    return any(freq.get(text[j:m]) or text[j:m] in roles
               for j in range(max(0, i - 2), i) for m in range(end, min(len(text), j + 5) + 1))


def _surely_ends(text: str, k: int, lex: Lexicons) -> bool:
    """Does a name surely end before ``k``: punctuation or a follower of two characters or more (介绍,
    表示; not 同, 和, which may start the words after a shorter name)?"""
    return (k >= len(text) or (text[k] in PUNCTUATION and text[k] not in OPENING)
            or len(lex.follower_at(text, k) or "") > 1)


def name_at(text: str, i: int, lex: Lexicons, titled: bool = False,
            model: name_scorer.NameModel | dict | None = None, rare: bool = False) -> str | None:
    """The person's name starting at ``i``, if a surname starts there and the text after fits.

    ``titled``: a title stands right before, so a three-character name is taken even when what
    follows is no known follower (…第一书记韩立新深有感触). ``rare``: a title or a role stands right
    before, so a rare surname (``rare_surnames.txt``: 记者果永毅) starts a name too.
    """
    if i >= len(text):
        return None
    if text[i:i + 2] in lex.compound:
        sur = 2
    elif text[i] in lex.single:
        sur = 1
    elif rare and text[i] in lex.rare_surnames and not _word_starting(text, i):
        sur = 1  # (警长|公开栏: a word starts with the rare surname, no name)
    else:
        return None
    if len(lex.follower_at(text, i + sur) or "") > 1:
        return None  # 记者于今日凌晨, 王表示: the "given name" is the word after a name
    if titled and (text.startswith(TITLE_CLAUSE_WORDS, i) or (
            text[i] in TITLE_TIME_CHARS and lex.follower_at(text, i + 1) is not None)):
        return None  # 政协主席|任上退下来, 会见部长|时作…表示: the title's clause goes on, no name
    names = name_scorer.name_lexicon()
    if titled and sur == 1 and text[i] in names.conjunction_surnames:
        return None  # 终身正教授和|最年轻的院士: after a title, 和 is the conjunction
    # 总书记和李鹏总理: 和 joins two persons, it does not start 和李鹏 (向东 stays a name)
    joining = (sur == 1 and text[i] in names.function_surnames
               and names.surname_bucket.get(text[i + 1:i + 2], 0) >= name_scorer.COMMON_SURNAME)
    three = text[i:i + 3]
    if (sur == 1 and not joining and len(three) == 3 and lexicon_tags().get(three, "").startswith("nr")
            and _name_end_ok(text, i + 3, lex) and all(_is_cjk(ch) for ch in three) and three[1:] not in ADDRESS_FORMS):
        return three  # 周恩来时: jieba knows the name, 来 is not the word after a name here
    for given in (1,) if joining else (2, 1):
        k = i + sur + given
        name = text[i:k]
        if given == 2 and text[k - 1:k] in TITLE_TIME_CHARS and lex.follower_at(text, k) is not None:
            continue  # 高级顾问艾伦|时指出: 时 ("when") before the follower, no given name's
        if (len(name) != sur + given or not all(_is_cjk(ch) for ch in name) or (
                name[sur] in NOT_GIVEN and not _titled_function_given(name, sur, titled, text, k, lex))
                or NEVER_GIVEN.intersection(name[sur:]) or name[sur:] in ADDRESS_FORMS
                or (given == 2 and name[-1] in DEMONSTRATIVE_CHARS)):  # (战士盛赞这是…: 这 begins what follows)
            continue
        if sur == 1 and name_scorer.weak_surname_reads_as_word(text, i, k, names):
            continue  # 人大代表和政府领导人: 和 + 政府, no person 和政
        if given == 2 and names.common_word(name[sur:]):
            continue  # 加强研究阐释，向世界介绍: 世界 is no given name
        if given == 2 and name[-2:] in names.unit_suffixes:
            continue  # 和商协会代表: a body's name (协会), no given name
        if given == 2 and sur == 1 and (_noun_of_three(name) or _last_starts_word(text, k) and not (
                titled and lex.province_at(text, k))):  # (副教授赵思东|湖南省…: entries run together, 东湖 no word)
            continue  # 系主任|毕业生代表: a noun of the dictionary; 荣获一|等奖: a word runs past the end
        if given == 2 and _word_and_suffix(name):
            continue  # 在贺信中指出: a word and the place in it, no name
        if given == 2 and sur == 1 and lexicon_tags().get(name[:2]) in TITLED_VERB_HEADS and _common_word_head(name) \
                and names.surname_bucket.get(name[0], 0) < name_scorer.COMMON_SURNAME:
            continue  # 记者|谈话时说: a common verb (谈话) and the word after it, no name (not 高明华: a common
            # surname; not 谈明华: 谈明/v is rare)
        if given == 2 and name_scorer.adverbial(name, names):
            continue  # 郑重地表示: an adjective and 地, no name
        if given == 2 and _visited_home(text, i, k):
            continue  # 来到谭彦家: the person's home, no name 谭彦家
        if given == 2 and (lex.title_starting_at(text, k - 1) > lex.title_starting_at(text, k) or (
                text[k - 1] == DEPUTY and lex.title_starting_at(text, k))):
            continue  # 何宇副教授, 朱玲副主笔: the last character starts a longer title (副教授), or is its deputy's 副
        if given == 2 and text[k - 1] in APPOINTMENT_VERBS and lex.title_starting_at(text, k):
            continue  # 王平任副县长: 任 ("serves as") stands between the name and the post
        if given == 2 and lex.follower_at(text, i + sur + 1) is not None and not (
                names.given_tier.get(text[k - 1], "0") >= "2" and _surely_ends(text, k, lex)) and not (
                name_scorer.joiner_closes_item(text, k - 1)):  # (赖中和|等: a joiner before 等 is the name's)
            continue  # 王平在会上: 在 starts what follows, not the name (but 孔祥同介绍说: 同, common in
            # given names, is the name's when a sure end follows)
        if _name_end_ok(text, k, lex):
            return name if _may_be_name(name, titled) or (titled and _titled_noun(name, text, k, lex)) else None
    if (titled and sur == 1 and not joining and not name_scorer.weak_surname_reads_as_word(text, i, i + 3, names)
            and not names.common_word(text[i + 1:i + 3])):
        name = text[i:i + 3]
        tags = lexicon_tags()
        two_ok = _may_be_name(name[:2], titled=False)
        if name[2:] and name[2] in NOT_GIVEN and name[1] not in NOT_GIVEN | NEVER_GIVEN and two_ok and \
                names.word(text[i + 2:i + 4]) > 0:
            return name[:2]  # 部长刘淇|全面分析: a function character starts the next word, the name is of two
        # 李家|超, 黄金|华: a noun of two (a surname + 家 is a family) made of common given characters
        # (not 首相官邸|前)
        noun_head = (not two_ok and tags.get(name[:2]) == "n"
                     and min(names.given_tier.get(c, "0") for c in name[1:]) >= "2")
        if (len(name) == 3 and all(_is_cjk(ch) for ch in name) and not (set(name[1:]) & (NOT_GIVEN | NEVER_GIVEN))
                and (two_ok or noun_head or tags.get(name, "").startswith("nr")) and not _noun_of_three(name)):
            # (副主席万国权|兴致勃勃: jieba knows the name of three, though 万国 is a word)
            if tags.get(name, "").startswith("nr"):
                return name  # 国家主席习近平复信: jieba knows the three-character name
            if _last_starts_word(text, i + 3):  # a word runs past the third character: 副县长向东|指出
                if noun_head:
                    return None
                return name[:2] if lex.follower_at(text, i + 2) or not _common_person_entry(name[:2]) else None
            if noun_head:
                return name
            # jieba's person entry of two decides, unless it is a common word (蓝天|立: 蓝天 nr, 643)
            known_two = tags.get(name[:2], "").startswith("nr") and not _common_person_entry(name[:2])
            return name[:2] if known_two or _two_beats_three(text, i, lex, model) else name
    return None


# Words right after a title that go on with its clause (政协主席|任上, 部长|任内), and 时 ("when") before a word that
# follows a name (部长|时作…表示): no name starts there.
TITLE_CLAUSE_WORDS = ("任上", "任内", "任期", "任职")
TITLE_TIME_CHARS = frozenset("时")


# A monarch's or a pope's number after a foreign name (费利佩六世, 利奥十四世), not a century (二十世纪).
REGNAL = re.compile("[一二三四五六七八九十]{1,3}世(?![纪界代袭])")


def _with_regnal(text: str, m: Mention) -> Mention:
    """``m`` with a monarch's number that follows it when its name is transliterated (查尔斯|三世)."""
    number = REGNAL.match(text, m.end)
    if number is None or not all(c in name_scorer.TRANSLIT or c == "·" for c in m.name):
        return m
    return Mention(m.name + number.group(), m.start, number.end(), m.titles)


# Single characters that end the run of a transliterated name where the run itself ends (部长科恩|时希望,
# 外长库克|也说): a preposition, a conjunction, an adverb or 时; not a verb's particle (万艾琳通|过: 通过).
FOREIGN_NAME_ENDS = frozenset("的在和与及同跟是为对向从将把被等、时后也还又都就已曾并均")


def titled_foreign_end(text: str, i: int, lex: Lexicons) -> int | None:
    """Where a transliterated name that starts at ``i`` right after a title ends (外长韦德里纳, 总统
    克林顿２０日), or None: the longest run of transliteration characters (and ·) of at least two
    that a name end, a digit, a word or the text's end follows, that looks foreign
    (name_scorer.looks_foreign)."""
    n = len(text)
    j = i
    while j < n and j - i < MAX_FOREIGN_NAME and (text[j] in name_scorer.TRANSLIT or (
            text[j] in NAME_DOTS and j + 1 < n and text[j + 1] in name_scorer.TRANSLIT)):
        j += 1  # (古巴国家主席迪亚斯-卡内尔: a hyphen joins the parts as a dot does)
    known = _public_figure_re().match(text, i)
    if known and known.end() <= j:
        return known.end()  # 总统特朗普|通电话: the public figure's own end
    for end in range(j, i + 1, -1):
        if text[end - 1] in NAME_DOTS or text[end:end + 1] in NAME_DOTS:
            continue  # a name with dots is taken whole or not at all
        # what follows may also be a word of two characters or more, where no word runs across the
        # edge (议长哈马迪|博士率领, 外长利维|本周; not 成员加班加|点, 万艾琳通|过)
        if (_name_end_ok(text, end, lex) or _word_follows(text, end) or REGNAL.match(text, end)
                or end == j and (text[end:end + 1] in FOREIGN_NAME_ENDS and not _common_crossing(text, end)
                                 or _word_outweighs_crossing(text, end)
                                 or _only_rare_crossing(text, end))
                ) and _foreign_after_title(text[i:end]):
            return end
    return None


NAME_DOTS = frozenset("·-－‐")  # what joins the parts of a transliterated name after a title

# Speech verbs after which a transliterated name at a clause start is a person (布莱克说, 贝克特表示).
FOREIGN_ACTING = frozenset(("说", "表示", "指出", "强调", "认为", "宣布", "介绍"))


SPEECH_ADVERBS = frozenset("还也又则")  # 库克还表示: an adverb between a name and its speech verb


def _speaks_at(text: str, k: int, lex: Lexicons) -> bool:
    """Does a speech verb follow at ``k``, or an adverb and one (还表示)?"""
    return lex.follower_at(text, k) in FOREIGN_ACTING or (
        text[k:k + 1] in SPEECH_ADVERBS and lex.follower_at(text, k + 1) in FOREIGN_ACTING)


def _word_outweighs_crossing(text: str, k: int) -> bool:
    """Does a word start at ``k`` that is commoner than every word running across ``k`` (奥尔布赖特|出面:
    出面 896, 特出 45; not 万艾琳通|过: 通过)? Where a transliterated run ends, such a word is the next one."""
    freq = name_scorer.name_lexicon().freq
    n = name_scorer._reach_at(text, freq, k)
    return bool(n) and all(f < freq[text[k:k + n]] for _, _, f in _spans_across(text, k, freq))


def _common_crossing(text: str, k: int) -> bool:
    """Does a word not rare run across ``k`` (拉夫罗夫|历时: 历时, not 科恩|时)? A run's end there is inside it."""
    return any(f >= RARE_CROSSING for _, _, f in _spans_across(text, k, name_scorer.name_lexicon().freq))


RARE_CROSSING = 100  # jieba frequency under which a word across a transliterated run's end does not cut it (本周 210 does)


def _only_rare_crossing(text: str, k: int) -> bool:
    """Do words run across ``k`` from its last character only, all of them rare (马杜罗|致: 罗致 51; not
    万艾琳通|过: 通过 35,063, nor 加班加|点 or 扎扎|实实, words that take more of the run)? Where a transliterated
    run ends, the name ends with it then."""
    across = list(_spans_across(text, k, name_scorer.name_lexicon().freq))
    return bool(across) and all(j == k - 1 and f < RARE_CROSSING for j, _, f in across)


def _two_foreign(span: str) -> bool:
    """Two transliteration characters that are no word of the dictionary (恩佐, 科雷; jieba's person
    entries do not count): a name where a speech verb follows at a clause start."""
    return len(span) == 2 and name_scorer.name_lexicon().word_class(span) in ("-", "T")


def foreign_titled_after(text: str, lex: Lexicons) -> list[Mention]:
    """Transliterated names at a clause start with a title right after them (克林顿总统同…, 阿拉法特
    总统在…): the longest part of the run that looks foreign (name_scorer.looks_foreign) and is no
    place we know (not 以色列总理). The name scorer, fitted on Chinese names, is not asked."""
    out = []
    for m in name_scorer.name_lexicon().translit_re.finditer(text):
        i = m.start()
        if not _left_ok(text, i) or text[i - 1:i] == "·" or text[m.end():m.end() + 1] == "·" or (
                "·" + m.group() in text):
            continue  # 丹尼尔·麦克法登: a part of a name with dots, found whole (愿同瓦塔拉总统: 阿拉萨内·瓦塔拉)
        known = _public_figure_re().match(text, i)
        if known and known.end() < m.end():
            continue  # 恩格斯|特别强调: a public figure starts the run and ends inside it (found as such)
        for end in range(m.end(), i + 1, -1):
            speaks = _speaks_at(text, end, lex)
            if ((lex.title_starting_at(text, end) or speaks)
                    and (name_scorer.looks_foreign(text[i:end]) or speaks and _two_foreign(text[i:end]))
                    and text[i:end] not in not_person_names() and not _place_head_after(text, end, lex)
                    and not _unit_and_head(text, end)):
                out.append(Mention(text[i:end], i, end))
                break
    return out


# Names of no surname, made of parts (one to three), that follow a title (民政部部长多吉才让).
NAME_PART_LEXICONS = ("tibetan_name_parts.txt", "mongolian_name_parts.txt", "uyghur_name_parts.txt")
MAX_NAME_PARTS = 3


@cache
def _name_part_re() -> re.Pattern[str]:
    return re.compile(trie_pattern(frozenset().union(*(words(f) for f in NAME_PART_LEXICONS))))


def name_part_mentions(text: str, lex: Lexicons) -> list[Mention]:
    """Tibetan and Mongolian names right after a title (民政部部长多吉才让, 书记扎西次仁, 自治区副主席
    巴特尔): one to three parts of ``tibetan_name_parts.txt``, ``mongolian_name_parts.txt`` or
    ``uyghur_name_parts.txt`` and no
    surname, where a name can end; the longest such run."""
    out = []
    part = _name_part_re()
    _, ends, _ = lex.index(text)
    for i in compress(range(len(text)), ends):
        bounds: list[int] = []
        k = i
        while len(bounds) < MAX_NAME_PARTS and (m := part.match(text, k)):
            k = m.end()
            bounds.append(k)
        end = next((b for b in reversed(bounds) if _name_end_ok(text, b, lex)), None)
        if end is not None:
            out.append(Mention(text[i:end], i, end, title_chain(text, i, lex)))
    return out


# A name in Latin letters: two to four capitalised words or initials (Mukesh K. Jain, Robert Lefkowitz).
LATIN_NAME = re.compile(r"(?<![A-Za-z.])(?:(?:Dr|Mr|Mrs|Ms|Prof)\.? )?(?!(?:Dr|Mr|Mrs|Ms|Prof)\b)"  # (Dr. no name's)
                        r"(?P<name>[A-Z][a-z]+(?:(?: |\. ?|-)(?:[A-Z]\.|[A-Z][a-z]+)){1,3})(?![A-Za-z])")
LATIN_CUES = frozenset(STRONG_FOLLOWERS) | frozenset(HONORIFICS)  # 院士 and 教授 are titles


def latin_name_mentions(text: str, lex: Lexicons) -> list[Mention]:
    """Names in Latin letters that a title stands before (讲席教授Mukesh K. Jain受聘) or after (Robert Lefkowitz
    教授), or a word of acting or an honorific after: the titles before are theirs."""
    out = []
    _, ends, _ = lex.index(text)
    for m in LATIN_NAME.finditer(text):
        at, (i, end) = m.start(), m.span("name")  # (at: before a courtesy title, Dr.)
        if ends[at] or lex.title_starting_at(text, end) or lex.follower_at(text, end) in LATIN_CUES:
            out.append(Mention(m.group("name"), i, end, title_chain(text, at, lex) if ends[at] else []))
    return out


# The first character of a title of a place's head (区长, 町长): the levels, and prefectures and towns abroad.
PLACE_HEAD_FIRST = name_scorer.LEVEL_CHARS | frozenset("州町")
JAPANESE_GIVEN_LENGTHS = (2, 1, 3)  # characters of a Japanese given name, commonest first (正晴, 宏, 龙太郎)
JAPANESE_GIVEN_FOLLOWER = "和"  # a follower of names that Japanese given names hold (和之, 和夫, 和子)
JAPANESE_GIVEN_STOPS = PHRASE_STOPS - {JAPANESE_GIVEN_FOLLOWER}  # function characters no given name holds


@cache
def _japanese_surname_re() -> re.Pattern[str]:
    return re.compile(trie_pattern(words("japanese_surnames.txt")))


def japanese_mentions(text: str, lex: Lexicons) -> list[Mention]:
    """Japanese names right after a title or a role (日本驻华大使佐藤嘉恭, 事务总长小林实, 经济学家田代秀敏) or
    before a player's rank (小林觉九段), and a family name alone before a title at a clause start (向桥本首相…):
    a family name of ``japanese_surnames.txt`` and a given name of two, one or three characters (the
    first that fits) that holds no function character, follower or title and after which a name ends
    (a two-character one may also end where a word starts: 后藤田正晴|发表)."""
    out = []
    surname = _japanese_surname_re()
    _, ends, _ = lex.index(text)
    for m in surname.finditer(text):
        i, at = m.span()
        ranked = any(GAME_RANK.match(text, at + n) for n in JAPANESE_GIVEN_LENGTHS)  # 日本|小林觉九段: a player
        if not (ends[i] or lex.role_ending_at(text, i) or ranked):
            if _left_ok(text, i) and lex.title_starting_at(text, at) and text[at] not in PLACE_HEAD_FIRST:
                # 向|桥本|首相提出辞职: the family name alone before a title (not 中野|区长: 中野区's head)
                out.append(Mention(text[i:at], i, at))
            continue
        end = next((at + n for n in JAPANESE_GIVEN_LENGTHS if _japanese_given(text, at, at + n, lex)), None)
        if end is not None:
            out.append(Mention(text[i:end], i, end, title_chain(text, i, lex)))
    return out


def _japanese_given(text: str, start: int, end: int, lex: Lexicons) -> bool:
    """Can ``text[start:end]`` be a Japanese given name after a family name?"""
    if end > len(text) or not all(_is_cjk(c) and c not in JAPANESE_GIVEN_STOPS for c in text[start:end]):
        return False
    if any((lex.follower_at(text, k) or JAPANESE_GIVEN_FOLLOWER) != JAPANESE_GIVEN_FOLLOWER
           or lex.title_starting_at(text, k) for k in range(start, end)):
        return False  # 小林|实表示, 小林|说: what follows the name (but 和 is a given name's too: 山崎和之)
    return _name_end_ok(text, end, lex) or (end - start == 2 and _word_follows(text, end))


RARE_NOUN = 50  # jieba frequency under which a noun after a title may be a transliterated name


def _foreign_after_title(span: str) -> bool:
    """A transliterated name after a title: one that looks foreign (name_scorer.looks_foreign), or, as
    the title already says a person follows, any run that is no word of the dictionary (部长科恩) or
    only a place-tagged one (总理克利马: jieba tags many foreign names as places) or a rare noun (外长利维)
    and no place we know."""
    if name_scorer.looks_foreign(span):
        return True
    if span in not_person_names() or any(len(p) < 2 for p in span.split("·")):
        return False
    names = name_scorer.name_lexicon()
    # jieba also lists rare foreign names as nouns (利维 48, 康斯坦丁内斯库 9; 博士 3,373)
    return names.word_class(span) in ("-", "T", "P") or (names.word_class(span) == "N" and names.word(span) < RARE_NOUN)


def _titled_after(text: str, i: int, end: int, lex: Lexicons, model: name_scorer.NameModel | dict | None) -> bool:
    """A name at a clause start with a title right after it (李鹏总理在会上, 和王平局长): a person
    when the name scorer finds the name at least as likely as a list neighbour (names.LIST_THRESHOLD)
    and it is no place (张家港市长热线; a title that starts with a level: 金山镇长)."""
    name = text[i:end]
    if name in not_person_names() or _place_head_after(text, end, lex):
        return False  # 金山镇长, 沙溪镇长王平: a place and its head's title
    if _dictionary_place(name):
        return False  # 唐山站|站长: a place or a body of the dictionary with its head's title
    if name_scorer.name_lexicon().unit_suffix_at(text, end) > 1:
        return False  # 教科文卫|委员会主任委员: a unit's name goes on (a head's title starts with one character: 局长)
    if _unit_and_head(text, end):
        return False  # 科普科|科长
    if len(name) == 3 and _common_word_head(name) and name[-1] in lex.single and \
            name_scorer.name_lexicon().surname_bucket.get(name[0], 0) < name_scorer.COMMON_SURNAME:
        return False  # 纪念|江主席, 学习|万书记: a common word, then a surname and its title (not 王国梁教授)
    # The scorer, fitted on names the rules leave to it, weighs a title after a name little (，赵超副书记
    # 宣读: 0.07): a name as likely standing alone as an author's (赵超 0.62; 全体, 于是 < 0.04) or one of
    # jieba's person entries that is no common word (王明 368) is one too.
    return (_scorer_likely(text, i, end, lex, model) or _framed_probability(name, lex, model) >= name_scorer.RUN_FLOOR
            or _jieba_person(name))


def _word_starting(text: str, i: int) -> bool:
    """Does a word of the dictionary that is no person entry start at ``i`` and run past its character (公开, 相关)?"""
    freq = name_scorer.name_lexicon().freq
    return any(freq.get(text[i:i + n]) and not lexicon_tags().get(text[i:i + n], "").startswith("nr") for n in (2, 3))


def _unit_and_head(text: str, end: int) -> bool:
    """Does a unit's one-character suffix end at ``end`` and its head's title start with it there (科普科|科长,
    宣教处|处长)? What ends there is a unit, no name."""
    return text[end:end + 1] == text[end - 1:end] and name_scorer.name_lexicon().unit_suffix_at(text, end - 1) == 1


def _titles_before_unit(text: str, i: int, lex: Lexicons, floor: int, last_end: int) -> list[str]:
    """The titles before a 、 that the unit right before a name (at ``i``) follows, no stop between (教育部教指委委员、
    西南财经大学|毛中根教授: the person's post, then the unit of the rank after the name); none written after the
    name of the person before, ending at ``last_end`` (汤浩茹教授、果蔬研究所|王迅副教授)."""
    k = i
    while k > floor and i - k < MAX_TITLE_PIECE and _is_cjk(text[k - 1]) and not _stop_ending_at(text, k, lex):
        k -= 1
    if k - 1 <= floor or text[k - 1] != "、" or not lex.title_ending_at(text, k - 1):
        return []
    titles = title_chain(text, k - 1, lex, floor)
    return [] if k - 1 - len("、".join(titles)) == last_end else titles


def _name_probability(text: str, i: int, end: int, lex: Lexicons,
                      model: name_scorer.NameModel | dict | None) -> float:
    """The name scorer's probability that ``text[i:end]`` is a person's name, in its context."""
    sur = 2 if text[i:i + 2] in lex.compound else 1
    return name_scorer.score(name_scorer.features(name_scorer.DocContext(text, frozenset(), lex), i, sur, end),
                             model)


def _scorer_likely(text: str, i: int, end: int, lex: Lexicons, model: name_scorer.NameModel | dict | None) -> bool:
    """Does the name scorer find ``text[i:end]`` at least as likely a name as a list neighbour?"""
    return _name_probability(text, i, end, lex, model) >= name_scorer.LIST_THRESHOLD


ROLE_THREE_NOT_LAST = ("v", "p", "c", "d")  # tags of a character that begins what follows a name, not the name


CLOSING_BRACKETS = frozenset("）)")
MAX_TITLE_BRACKET = 6  # characters inside a bracket between a title and the name (（兼）, （副院长）)
CONCURRENT = "兼"


def _title_before_bracket(text: str, i: int, ends: list[int], lex: Lexicons) -> tuple[int | None, list[str]]:
    """A short bracket between a title and the name at ``i`` that belongs to the title: ``(where the title
    ends, [the bracket's post])`` when the bracket holds 兼 or a post of its own (副部长（兼）, 副校长（副院长）),
    else ``(None, [])``."""
    close = i - 1
    opening = max(text.rfind("（", max(0, close - MAX_TITLE_BRACKET - 1), close),
                  text.rfind("(", max(0, close - MAX_TITLE_BRACKET - 1), close))
    if opening <= 0 or not ends[opening]:
        return None, []
    inside = text[opening + 1:close]
    if inside == CONCURRENT:
        return opening, []
    if inside and lex.title_ending_at(text, close) and title_chain(text, close, lex, opening + 1) == [inside]:
        return opening, [inside]
    return None, []


def _role_three(text: str, i: int, lex: Lexicons, model: name_scorer.NameModel | dict | None) -> str | None:
    """A name of three after a role where nothing after it tells its end (在读博士生黄佳喻结合…): a surname and
    two given characters, no word running on past them, that the scorer finds likely as a name standing alone
    (RUN_FLOOR) and likelier than its first two."""
    name = text[i:i + 3]
    names = name_scorer.name_lexicon()
    if len(name) < 3 or text[i] not in lex.single or not all(map(_is_cjk, name)) or set(name[1:]) & (
            NOT_GIVEN | NEVER_GIVEN) or _last_starts_word(text, i + 3) or _noun_of_three(name):
        return None
    if names.tag(name[2]).startswith(ROLE_THREE_NOT_LAST) or not names.word(text[i + 3:i + 5]):
        return None  # 女儿张敏|读…: a verb of one character is the next word's; a word must start after the name
    p = _name_probability(text, i, i + 3, lex, model)
    return name if p >= name_scorer.RUN_FLOOR and p > _name_probability(text, i, i + 2, lex, model) else None


def _role_two(text: str, i: int, lex: Lexicons, model: name_scorer.NameModel | dict | None) -> str | None:
    """A name of two after a role where nothing after it tells its end but a word of the dictionary starts right
    after it and none runs across its end (201801班的李杰|身处…): likely as a name standing alone (RUN_FLOOR) and
    likelier than the reading of three."""
    name = text[i:i + 2]
    names = name_scorer.name_lexicon()
    if len(name) < 2 or text[i] not in lex.single or text[i] in names.weak_surnames or not all(map(_is_cjk, name)) \
            or name[1] in NOT_GIVEN | NEVER_GIVEN | name_scorer.NOT_GIVEN or not names.word(text[i + 2:i + 4]) \
            or _last_starts_word(text, i + 2) or names.word(name):
        return None  # (青年干部|全情投入: a weak surname; 村民|李某: no given name)
    p = _name_probability(text, i, i + 2, lex, model)
    return name if p >= name_scorer.RUN_FLOOR and p > _name_probability(text, i, i + 3, lex, model) else None


def _two_beats_three(text: str, i: int, lex: Lexicons, model: name_scorer.NameModel | dict | None) -> bool:
    """记者刘杰报道: the name scorer decides whether the third character is the name's or the next
    word's (刘杰 | 报道, not 刘杰报 | 道), when nothing after the name tells; but a word of the dictionary
    that starts after the third character where none starts at it tells (连长周连桥|问明情况: 问明, no 桥问)."""
    names = name_scorer.name_lexicon()
    if names.word(text[i + 3:i + 5]) and not any(names.word(text[i + 2:k]) for k in range(i + 4, min(len(text), i + 6) + 1)):
        return False
    return _name_probability(text, i, i + 2, lex, model) > _name_probability(text, i, i + 3, lex, model)


RARE_TITLED_WORD = 5  # jieba frequency up to which any word of two may be a name after a title


def _may_be_name(name: str, titled: bool) -> bool:
    """Two-character words of the dictionary that are not names (单位, 强调) are no person."""
    if len(name) != 2:
        return True
    tag = lexicon_tags().get(name)
    if tag is None or tag.startswith("nr"):
        return True
    # 院长江龙: a title makes a place-like word a name, and one of the dictionary's rarest words (书记强卫: 强卫 v, 3)
    return titled and (tag in ("ns", "nz") or name_scorer.name_lexicon().word(name) <= RARE_TITLED_WORD)


# Function words that also begin given names (和平, 为民, 全胜, 其昌, 以宁): after a title, in a name of three.
TITLED_GIVEN_FIRST = frozenset("和为全其以")


def _titled_function_given(name: str, sur: int, titled: bool, text: str, k: int, lex: Lexicons) -> bool:
    """May a function word begin the given name ``name[sur:]`` (市委副书记阴和俊参加, 副书记张为民出席)? After a
    title, in a given name of two whose last character is a common given one, where the name surely ends."""
    return (titled and len(name) - sur == 2 and name[sur] in TITLED_GIVEN_FIRST
            and name_scorer.name_lexicon().given_tier.get(name[-1], "0") >= "2" and _surely_ends(text, k, lex))


TITLED_NOUN_MAX = 3000  # jieba frequency up to which a noun may be a name after a title (文献 1,701; 单位 17,532)


def _titled_noun(name: str, text: str, k: int, lex: Lexicons) -> bool:
    """A noun of two characters, not among the commonest, right after a title where punctuation or a
    word of a person acting follows (副市长文献出席, 副局长马力，): the person's name. Not 会长单位负责人,
    院士高度肯定."""
    return (len(name) == 2 and lexicon_tags().get(name) == "n"
            and name_scorer.name_lexicon().word(name) <= TITLED_NOUN_MAX
            and (text[k:k + 1] in PUNCTUATION and text[k:k + 1] not in OPENING
                 or lex.follower_at(text, k) in STRONG_FOLLOWERS))


def lexicon_tags() -> dict[str, str]:
    return name_scorer.name_lexicon().tags  # the dictionary's tags, read once with the name lexicon


def _list_follower(text: str, end: int, lex: Lexicons) -> str | None:
    """What follows a name, looking past a 、-list of further names (王若溪、陈一鸣获得一等奖)."""
    k = end
    while k < len(text) and text[k] == "、":
        nxt = name_at(text, k + 1, lex)
        if nxt is None:
            break
        k += 1 + len(nxt)
    return lex.follower_at(text, k)


LEFT_CONTEXT_SET = frozenset(LEFT_CONTEXT)
LEFT_CONTEXT_LENGTHS = sorted({len(w) for w in LEFT_CONTEXT})


def _left_ok(text: str, i: int) -> bool:
    """Can a name start at ``i``: the text's start, punctuation or a word of LEFT_CONTEXT before it."""
    if i == 0 or text[i - 1] in PUNCTUATION:
        return True
    return any(n <= i and text[i - n:i] in LEFT_CONTEXT_SET for n in LEFT_CONTEXT_LENGTHS)


def _chain_floor(text: str, last: Mention, lex: Lexicons) -> int:
    """Where the next title chain may start on its left: after the last mention, and after the title
    written right after it when it had none before (学院杜黎明教授、旅游学院院长吴小莉: 教授 is 杜黎明's)."""
    return last.end if last.titles else last.end + lex.title_starting_at(text, last.end)


# Words of going or being somewhere before a person's home (来到谭彦|家, 在张日|家).
VISIT_WORDS = ("来到", "到", "在", "走进", "回到", "去", "赶到", "前往")
# Adverbs written right after a name (肖强先说, 邱玲猛踢, 王平也表示): as a third character they end it.
ADVERB_CHARS = frozenset("先也又还就都才却便则再猛竟仍亦已")


def _known_two_before_adverb(mentions: list[Mention]) -> list[Mention]:
    """A three-character mention whose first two characters are a person named in the same text and
    whose third is an adverb is that person (肖强 … 肖强先|说)."""
    two = {m.name for m in mentions if len(m.name) == 2}
    return [Mention(m.name[:2], m.start, m.start + 2, m.titles)
            if len(m.name) == 3 and m.name[:2] in two and m.name[2] in ADVERB_CHARS else m for m in mentions]


def _titles_before(text: str, i: int, mentions: list[Mention], lex: Lexicons) -> list[str]:
    """The title chain right before a name the rules did not take (院长陈其兵: 其 is rarely a given
    character, the scorer finds the name): the same chain as before a name the rules take."""
    if not lex.title_ending_at(text, i):
        return []
    before = [m for m in mentions if m.end <= i]
    floor = _chain_floor(text, max(before, key=lambda m: m.end), lex) if before else 0
    return title_chain(text, i, lex, floor)


def _unit_before(text: str, i: int) -> bool:
    """Does a unit's name end right before ``i`` (中组部|李景田局长, 国家经贸委|陈清泰副主任): a unit suffix
    after at least one more Chinese character? Officials are written that way with their title after
    the name, so a name with a title after it may start there (not one ending in a unit's suffix itself:
    布拖县|林草局副局长)."""
    lex = name_scorer.name_lexicon()
    if text[i - 1:i] not in lex.unit_last:
        return False  # most positions: no unit suffix ends here
    return any(text[i - n:i] in lex.unit_suffixes and _is_cjk(text[i - n - 1:i - n] or "a")
               for n in range(1, min(lex.suffix_len, i - 1) + 1))



@cache
def _role_before_translit_re() -> re.Pattern[str]:
    """A role or occupation with a transliteration character right after it."""
    return re.compile(f"(?:{trie_pattern(lexicons().roles)})(?=[{''.join(sorted(name_scorer.TRANSLIT))}])")


def find_mentions(text: str, name_model: name_scorer.NameModel | dict | None = None,
                  figures: list[re.Match[str]] | None = None) -> list[Mention]:
    """Titled and acting-person mentions, in text order (without repeats found later by name).

    ``name_model``: the name scorer's model, which decides where a titled name ends when nothing
    after it tells (记者刘杰报道); default: the fitted one. ``figures``: the public figures' names in
    ``text`` when the caller has searched for them already.
    """
    lex = lexicons()
    found: list[Mention] = []
    starts, ends, inside = lex.index(text)
    translit = name_scorer.TRANSLIT
    # Where a name may start: a surname, or a transliteration character right after a title.
    at = {m.start() for m in name_scorer.name_lexicon().surname_re.finditer(text)}
    at.update(k for k in compress(range(len(text)), ends) if k and text[k] in translit)
    # … and one right after a role (俄罗斯选手帕卡琳娜)
    at.update(m.end() for m in _role_before_translit_re().finditer(text))
    # … and a rare surname right after a title or a role (记者果永毅, 通讯员相羽)
    labelled = {m.end() for m in NAME_LABELS.finditer(text)}  # 联系人：上官静
    at.update(k for k in (m.start() for m in lex.rare_surname_re.finditer(text, 1))
              if ends[k] or lex.role_ending_at(text, k) or k in labelled)  # 记者果永毅, 海报设计：代云鹤
    free = 0  # the end of the last mention: the next one starts after it
    places_by_start = _places_by_start()
    # Public figures bound title chains as persons found here do (响应习近平总书记|战疫: 总书记 is no title
    # of what follows); they are taken as mentions later (public_figure_mentions).
    if figures is None:
        figures = list(_public_figure_re().finditer(text))
    figure_floors = sorted((m.end(), m.end() + starts[m.end()]) for m in figures
                           if not text.startswith(DOCTRINES, m.end())  # 马克思|主义学院院长: a doctrine
                           and not _figure_in_unit(text, m.end(), starts))
    for i in sorted(at):
        if i < free:
            continue
        ch = text[i]
        foreign = ch in translit and (ends[i] > 0 or lex.role_ending_at(text, i))
        if not (ch in lex.single or text[i:i + 2] in lex.compound or foreign or ch in lex.rare_surnames):
            continue
        if starts[i] or inside[i]:
            continue  # 党委书记, 常务副市长, 宣传部长 (and the 任 of 主任): a title, not a person
        if text[i - 1:i] == "·":
            continue  # 托尼·|巴伯所说: a later part of a dotted name, found with the whole
        if text[i:i + 2] in places_by_start and _place_starts_at(text, i, lex):
            continue  # 总理|印度共和国外交部长 (a list of posts), 图尔钦、伊朗…: a place, not a name
        titles = []
        # the title ends right before, or before one space (a signature line: 学院党委书记 刘振宇)
        title_end = i if ends[i] else i - 1 if i >= 2 and text[i - 1] in SPACES and ends[i - 1] else None
        bracketed: list[str] = []
        if title_end is None and text[i - 1:i] in CLOSING_BRACKETS:
            title_end, bracketed = _title_before_bracket(text, i, ends, lex)  # 副部长（兼）|陈忠义, 副校长（副院长）|谢春涛
        if title_end is not None:
            floor = _chain_floor(text, found[-1], lex) if found else 0
            k = bisect_right(figure_floors, (i, len(text) + 1))
            if k:
                floor = max(floor, figure_floors[k - 1][1])
            titles = title_chain(text, title_end, lex, floor)
            titles += [t for t in bracketed if titles and t not in titles]
        # A role or occupation right before (司机郑永华, 国际大师许昱华) places a name as a title does,
        # but is no title of the person (occupations.txt is not bound); so do a member or host of no body (成员朱峰丽)
        bare = titles and all(t in BARE_ROLES or t.endswith(TEAM_MEMBER) for t in titles)
        titles = [] if bare else titles
        role = not titles and (bare or lex.role_ending_at(text, i) or _class_before(text, i))
        left = _left_ok(text, i)
        after_post = text[i - 1:i] == POSSESSIVE and bool(lex.title_ending_at(text, i - 1))  # 副院长的|聂武教授
        ranked = any(GAME_RANK.match(text, i + n) for n in (2, 3))  # 韩国|李昌镐九段: a player's rank after the name
        if not (titles or role or left or i in labelled or _unit_before(text, i) or after_post or ranked):
            continue  # nothing below could take a name here (a surname character inside a clause)
        name = name_at(text, i, lex, titled=bool(titles), model=name_model, rare=bool(titles or role or i in labelled)) \
            if not foreign or ch in lex.single else None
        if name is None and role and not foreign:
            # 博士生|黄佳喻|结合…, 201801班的|李杰|身处…: nothing after tells where it ends
            name = _role_three(text, i, lex, name_model) or _role_two(text, i, lex, name_model)
        foreign_name = False
        if foreign and (titles or role):  # 以色列总理内塔尼亚胡: a transliterated name longer than a Chinese reading
            end = titled_foreign_end(text, i, lex)
            if end is not None and not titles and not name_scorer.looks_foreign(text[i:end]) and not \
                    _country_before_role(text, i, lex):
                end = None  # 老师|夸赞: after a role alone, the run must look foreign (or a country stand before the
                # role: 澳大利亚选手|莱利)
            if end is not None and (name is None or end - i > len(name)):
                name, foreign_name = text[i:end], True
        if name is None:
            continue
        end = i + len(name)
        if any(starts[k] for k in range(i + 1, end)):
            continue  # the "name" runs into a title (党组成员: 党组 + 成员)
        if titles and _swallowed(text, i, end):
            continue  # 大东区长安街: 长安街 is a word, not 区长 + 安街
        follower = _list_follower(text, end, lex)
        joined = not titles and i > 0 and text[i - 1] == "、" and bool(found) and found[-1].end == i - 1 and not (
            starts[end] and name_scorer.name_lexicon().unit_suffix_at(text, end - 1))  # 杨锦秀、党政办|主任: a unit
        # 等 and a count of persons (周瑶等10名学生, 王平等三位同志): the name is one of them
        counted = text[end:end + 1] == "等" and name_scorer.PERSON_COUNT.match(text, end + 1) \
            or bool(GAME_RANK.match(text, end))  # a player's rank after the name (常昊八段, 曹薰铉九段对…)
        # a role or a group before places the name as a clause start does (博士生|李织凡说); a unit before one of
        # a counted group (农学院|杨文艺等4位同学)
        placed = _left_ok(text, i) or role or counted and (_unit_before(text, i) or ranked)
        acting = (follower in STRONG_FOLLOWERS or counted) and placed and not _in_work_title(text, i, end) \
            and not _surname_ends_word(text, i) and (
            follower not in HONORIFIC_FOLLOWERS or _scorer_likely(text, i, end, lex, name_model)) and (
            not _listed_word(name) or _framed_likely(name, lex, name_model))  # 师生|代表: a word
        if not acting and follower in UNIT_SPEAKER_FOLLOWERS and _unit_before(text, i) and \
                not name_scorer.name_lexicon().unit_suffix_at(text, end - 1):
            # 综合执法局|颜鲲表示: the unit's speaker, if the name is likely as one standing alone (the
            # scorer reads a name right after a unit as part of the unit's name)
            acting = _author_line(name, lex, name_model)
        if not (titles or joined or acting) and starts[end] and (
                left or after_post or (
                    _unit_before(text, i) and not name_scorer.name_lexicon().unit_suffix_at(text, end - 1))):
            acting = _titled_after(text, i, end, lex, name_model)  # 和李鹏总理, 国家经贸委陈清泰副主任
            if acting and _unit_before(text, i):  # 中国工程院院士、华中农业大学|张启发教授: the posts before the unit too
                titles = _titles_before_unit(text, i, lex, _chain_floor(text, found[-1], lex) if found else 0,
                                             found[-1].end if found else -1)
        if role and not (titles or joined or acting or foreign_name):
            # 嫌疑人全部抓获: no name 全部抓; 研究生毕业时: no name 毕业时
            role = _scorer_likely(text, i, end, lex, name_model) and not _verb_head(name) and not (
                len(name) == 3 and _common_word_head(name)) and not _verb_surname_read(text, i, end, follower)
        if not titles and (name in not_person_names() or lexicon_tags().get(name) == BODY_TAG):
            continue  # 伊拉克表示, 莫斯科说, 欧委会认为: a country, a capital or a body of the dictionary speaks
            # (a title before makes it a name: 副局长邹平)
        if not titles and _preposition_read(text, i, end):
            continue  # 应|泰国总理…的邀请, 应|客人要求: the preposition before a place or of a frame
        if titles or joined or acting or role or i in labelled:
            # 副市长江雪梅、文海波: the title before the first name is both names' (not 副县长王平、李明局长)
            shared = joined and not starts[end]
            if role and not titles:  # 系主任、专业负责人|李永峰: the posts before the role
                titles = _titles_before_role(text, i, lex, _chain_floor(text, found[-1], lex) if found else 0)
            found.append(Mention(name, i, end, titles or (list(found[-1].titles) if shared else [])))
            free = end
    dotted_end = -1
    for dot in (m.start() for m in re.finditer("·", text)):
        m = _minority_name(text, dot, lex) if dot > dotted_end else None  # not a later dot of the last name
        if m is not None:
            found = [f for f in found if not (f.start < m.end and m.start < f.end)] + [m]
            dotted_end = m.end
    for m in foreign_titled_after(text, lex) + name_part_mentions(text, lex):
        if not any(f.start < m.end and m.start < f.end for f in found):
            found.append(m)
    found += [m for m in latin_name_mentions(text, lex) if not any(f.start < m.end and m.start < f.end for f in found)]
    function_surnames = name_scorer.name_lexicon().function_surnames
    for m in japanese_mentions(text, lex):  # 佐藤嘉恭 whole, not a Chinese reading of part of it (田正晴)
        if not any(f.start < m.end and m.start < f.end and f.end - f.start >= m.end - m.start and not (
                f.end == m.end and f.start == m.start - 1 and text[f.start] in function_surnames)  # 向|桥本
                   for f in found):
            found = [f for f in found if not (f.start < m.end and m.start < f.end)] + [m]
    for m in byline_mentions(text, name_model, labelled):
        found = [f for f in found if not (f.start < m.end and m.start < f.end)] + [m]
    return sorted(found, key=lambda m: m.start)


def byline_mentions(text: str, name_model: name_scorer.NameModel | dict | None = None,
                    labelled: set[int] | None = None) -> list[Mention]:
    """Names written one after the other in a by-line, in brackets or on a line of their own, after
    an optional role that becomes their title: （记者范春生于力）, （宋连友王健摄）. Normalisation takes
    out the spaces that stood between them; :func:`~.names.split_name_run` cuts the run."""
    out = []
    for b in BYLINE.finditer(text):
        run, base = b.group("run"), b.start("run")
        groups = []  # (start in run, end in run, role before it)
        role, at = b.group("role"), 0
        for inner in BYLINE_INNER.finditer(run):
            groups.append((at, inner.start(), role))
            role = inner.group() if inner.group() not in ("摄影", "摄像") else None
            at = inner.end()
        groups.append((at, len(run), role))
        for a, e, role in groups:
            out += _byline_group(text, base + a, base + e, role, name_model)
    for b in REPORTER_LINE.finditer(text):  # 本报记者王建华李明报道: two names or more, one is the title chain's
        spans = name_scorer.split_name_run(b.group("run"), name_model)
        out += [Mention(text[b.start("run") + s:b.start("run") + e], b.start("run") + s, b.start("run") + e,
                        [b.group("role")]) for s, e in spans or ()]
    if labelled is None:  # (find_mentions passes the ends of the credits' labels it has found)
        labelled = {m.end() for m in NAME_LABELS.finditer(text)}
    for start in sorted(labelled):  # 执行：汤丹鹭王子晖主笔：…: names run together after a credit's label
        stop = start
        while stop < len(text) and _is_cjk(text[stop]) and not NAME_LABELS.match(text, stop):
            stop += 1
        spans = name_scorer.split_name_run(text[start:stop], name_model) if 4 <= stop - start <= MAX_LABELLED_RUN else None
        out += [Mention(text[start + s:start + e], start + s, start + e) for s, e in spans or ()]
    return out


MAX_LABELLED_RUN = 12  # characters of names run together after a credit's label (three or four names)


def _byline_group(text: str, start: int, end: int, role: str | None,
                  name_model: name_scorer.NameModel | dict | None) -> list[Mention]:
    """The names of one group of a by-line, ``text[start:end]``, after ``role`` (or none)."""
    run = text[start:end]
    lex = lexicons()
    sourced = 0
    if not role and text[start - 1:start] in ("（", "(") and text[end + 1:end + 2] in ("", "\n"):
        sourced = _source_prefix(run)  # （县农业局李明）: the source unit or place, then its author
        start, run = start + sourced, run[sourced:]
    if run[:1] not in lex.single and run[:2] not in lex.compound and not (
            run[:1] in lex.rare_surnames and name_scorer.alone_on_line(text, start, end)):
        return []  # （市创建办）: no name starts the group (but 果永毅 alone on its line may)
    credit = next((c for c in name_scorer.BYLINE_CREDITS if run.endswith(c)), "")
    names = run[:len(run) - len(credit)]
    if any(names[-k:] in lex.titles or names[-k:] in lex.roles for k in range(3, min(len(names), lex.title_len) + 1)):
        return []  # （卓越工程师）: a post or a role in brackets, no names run together
    spans = name_scorer.split_name_run(names, name_model) if len(names) >= 4 else None
    if spans is None and role and len(names) >= 4:  # （通讯员王家乐王凤箫）: after a role only names stand there
        spans = name_scorer.split_name_run(names, name_model, floor=ROLE_SPLIT_FLOOR)
    if spans is None and (role or start > 0 and text[start - 1] not in "（(\n") and _name_shape(names, lex) and (
            not sourced or _author_line(names, lex, name_model)):
        spans = [(0, len(names))]  # （记者马力）, （通讯员：高峰）: after the role, a name even if a word
    if spans is None and name_scorer.alone_on_line(text, start, end) and _author_line(names, lex, name_model, rare=True):
        spans = [(0, len(names))]  # an author's line between a headline and the text: 张中华, 果永毅
    if spans is None:
        return []
    titles = [role] if role else []
    return [Mention(text[start + s:start + e], start + s, start + e, list(titles)) for s, e in spans]


ROLE_SPLIT_FLOOR = 0.05  # a by-line's piece after its role is a name from this likelihood (王家乐: 王家 a family, 0.07)
MIN_SOURCE = 2  # characters of the shortest source before an author in closing brackets (浙江|石秀山)


def _source_prefix(run: str) -> int:
    """Length of the longest beginning of ``run`` that ends in a unit's suffix or a region's name and
    leaves two characters or more after it (市公安局|李明, 山东省枣庄市|李论, 浙江|石秀山), else 0."""
    suffixes, regions = _suffixes_by_last(), _regions_by_last()
    for k in range(len(run) - 2, MIN_SOURCE - 1, -1):
        head = run[:k]
        if any(head.endswith(w) for w in suffixes.get(head[-1], ())) or any(
                head.endswith(w) for w in regions.get(head[-1], ())):
            return k
    return 0


@cache
def _suffixes_by_last() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for sfx in name_scorer.name_lexicon().unit_suffixes:
        out.setdefault(sfx[-1], []).append(sfx)
    return out


@cache
def _regions_by_last() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for region in words("regions.txt"):
        out.setdefault(region[-1], []).append(region)
    return out


def _author_line(name: str, lex: Lexicons, model: name_scorer.NameModel | dict | None, rare: bool = False) -> bool:
    """Is ``name``, alone on its line, an author's name: name-shaped, no common word (和平, 林业),
    and likely as a name standing alone in brackets (the context on either side is a line break,
    which tells nothing)? ``rare``: a rare surname may start a name of three (果永毅)."""
    if not _name_shape(name, lex, rare) or name_scorer.name_lexicon().word(name) >= name_scorer.BYLINE_WORD:
        return False
    return _framed_probability(name, lex, model) >= name_scorer.RUN_FLOOR


def _framed_probability(name: str, lex: Lexicons, model: name_scorer.NameModel | dict | None) -> float:
    """The name scorer's probability of ``name`` standing alone in brackets (names.framed_probability)."""
    sur = 2 if name[:2] in lex.compound else 1
    return name_scorer.framed_probability(name, sur, name_scorer.as_model(model), name_scorer.name_lexicon())


def _name_shape(name: str, lex: Lexicons, rare: bool = False) -> bool:
    """A surname and one or two more characters (a compound surname and one or two), no place or
    body (not_person_names) and not ending in a unit's suffix (白沙乡). ``rare``: a rare surname
    (rare_surnames.txt) and two more characters too (an item among persons: 郗庆华)."""
    sur = 2 if name[:2] in lex.compound else 1 if name[:1] in lex.single or (
        rare and len(name) == 3 and name[:1] in lex.rare_surnames) else 0
    return (bool(sur) and 1 <= len(name) - sur <= 2 and all(map(_is_cjk, name)) and name not in not_person_names()
            and not name_scorer.name_lexicon().unit_suffix_at(name, len(name) - 1))


DOTTED_PART_STOPS = frozenset("的了在和是对所将为被把与及以时等")  # (罗杰·休|以及, 罗宾·库克|时表示)
ONE_LETTER_PART_ENDS = ("以及", "、", "，", "。", "；")  # what may follow a last part of one character (罗杰·休)
DOTTED_LEFT_STOPS = DOTTED_PART_STOPS | {"就"}  # …奥巴马就|乔治·弗洛伊德: no part of the name


def _word_follows(text: str, k: int) -> bool:
    """Does a word of two characters or more start at ``k``, with no word running across ``k``?"""
    freq = name_scorer.name_lexicon().freq
    return bool(name_scorer._reach_at(text, freq, k)) and not word_across(text, k, freq)


COMMON_TAIL = 100  # jieba frequency of a word, no person entry, that ends a dotted part's run (结束, 编纂)


def _ends_in_word(text: str, start: int, end: int) -> bool:
    """Does ``text[start:end]`` end in a function character or in a common word of two or more
    characters that begins after its first two characters?"""
    if text[end - 1] in DOTTED_PART_STOPS:
        return True
    names = name_scorer.name_lexicon()
    return any(names.word(text[j:end]) >= COMMON_TAIL and not names.tag(text[j:end]).startswith("nr")
               for j in range(start + 2, end - 1))


MAX_FIGURE_UNIT = 8  # characters after a public figure's name to the end of a unit named after them (诗词研究会)


def _figure_in_unit(text: str, end: int, starts: list[int]) -> bool:
    """Does a unit's name go on after the public figure's name ending at ``end`` (毛泽东|诗词研究会会长, 孔子|学院
    院长): a unit word within a few characters, no title right after the name (习近平|总书记)?"""
    if end >= len(text) or starts[end]:
        return False
    units = name_scorer.name_lexicon()
    for k in range(end, min(len(text), end + MAX_FIGURE_UNIT)):
        if not _is_cjk(text[k]):
            return False
        if units.unit_suffix_at(text, k):
            return True
    return False


def _dotted_part(text: str, dot: int, lex: Lexicons) -> int | None:
    """Length of the part after the ``·`` at ``dot``: a run of known parts of minority names
    (``*_name_parts.txt``) that a name end follows; else the shortest part that a name end, a function character or
    a word follows (2–7 characters; one between two dots: 艾哈迈德·本·穆罕默德), and that does not end
    in a function character or a common word (萨阿东·哈马迪|结束对, 谢赫·哈西娜|所希望, 爱德华·劳森|编纂)."""
    parts = dot + 1
    while parts - dot - 1 < 7 and (m := _name_part_re().match(text, parts)):
        parts = m.end()  # 努尔兰·阿不都满金: known parts of minority names carry the name on
    if parts > dot + 2 and parts - dot - 1 <= 7 and _name_end_ok(text, parts, lex):
        return parts - dot - 1
    # no shorter part than the known parts it starts with (阿不来提·阿不都|热西提: not 阿不|都)
    n = next((n for n in range(max(1, parts - dot - 1), 8) if dot + 1 + n <= len(text)
              and (n > 1 or text[dot + 2:dot + 3] == "·" or text.startswith(ONE_LETTER_PART_ENDS, dot + 2))
              # one character only between dots (本·) or before a sure end (罗杰·休|以及)
              and all(_is_cjk(ch) for ch in text[dot + 1:dot + 1 + n])
              and (_name_end_ok(text, dot + 1 + n, lex) or text[dot + 1 + n:dot + 2 + n] in DOTTED_PART_STOPS
                   or _word_follows(text, dot + 1 + n))
              and not _ends_in_word(text, dot + 1, dot + 1 + n)), None)
    if n is None or text[dot + 1 + n:dot + 2 + n] == "·":
        return n
    # 弗朗|兰利27日, 马拉|埃克。: a run of transliteration characters goes on to a sure end: the part is all of it
    run = n
    while run < 7 and text[dot + 1 + run:dot + 2 + run] in name_scorer.TRANSLIT:
        run += 1
    if run > n and all(ch in name_scorer.TRANSLIT for ch in text[dot + 1:dot + 1 + run]) and (
            _surely_ends(text, dot + 1 + run, lex) or text[dot + 1 + run:dot + 2 + run].isdigit()):
        return run
    return n


def _dotted_around(text: str, a: int, b: int, lex: Lexicons) -> tuple[int, int] | None:
    """The whole dotted name a known name at ``text[a:b]`` is one part of (索尼亚 in 索尼亚·甘地, 甘地 in
    拉吉夫·甘地), or None when it cannot be told: a part on the left is the run of transliteration
    characters before the ``·``, one on the right :func:`_dotted_part`, and at least half of every
    part added must be transliteration characters (战疫·助力 is a slogan)."""
    start, end = a, b
    while start > 0 and text[start - 1] == "·":
        n = 0
        while n < MAX_FOREIGN_PART and start - 2 - n >= 0 and text[start - 2 - n] in name_scorer.TRANSLIT:
            n += 1
        if n == 0:
            return None
        start -= 1 + n
    while text[end:end + 1] == "·":
        part = _dotted_part(text, end, lex)
        if part is None or 2 * sum(ch in name_scorer.TRANSLIT for ch in text[end + 1:end + 1 + part]) < part:
            return None
        end += 1 + part
    return (start, end) if end - start <= MAX_FOREIGN_NAME else None


def _minority_name(text: str, dot: int, lex: Lexicons) -> Mention | None:
    """热依拉·艾力, 穆罕默德·纳瓦兹·谢里夫: after the first ``·``, the shortest part that a follower or
    punctuation ends, and so on past every further ``·``; on the left, the shortest part a title
    stands before, else the longest one a clause start or a 、 stands before when an acting word
    follows the name or it is an item of a 、-list (阿沛·阿旺晋美、赵朴初)."""
    right = _dotted_part(text, dot, lex)
    if right is None:
        return None
    end = dot + 1 + right
    while text[end:end + 1] == "·" and (more := _dotted_part(text, end, lex)) is not None:
        end += 1 + more
    lefts = []  # no function character in the left part (奥巴马就|乔治·弗洛伊德)
    for n in range(1, 7):
        if dot - n < 0 or not _is_cjk(text[dot - n]) or text[dot - n] in DOTTED_LEFT_STOPS:
            break
        lefts.append(n)
        if _stop_ending_at(text, dot - n, lex):
            break  # 总统致电|保罗·比亚: a word that ends a title chain ends the left part too
    for n in lefts:  # the shortest left part a title stands before: 副主任医师|热依拉
        titles = title_chain(text, dot - n, lex)
        if titles:
            return Mention(text[dot - n:end], dot - n, end, titles)
    in_list = text[end:end + 1] in ("、", "（", "等") and (text[dot - 1 - lefts[-1]:dot - lefts[-1]] in ("、", "")
                                                    if lefts else False)
    # or a person's aside after it (选举|阿不都热依木·卡德尔（维吾尔族）)
    if lex.follower_at(text, end) in STRONG_FOLLOWERS or in_list or PERSON_ASIDE.match(text, end):
        for n in reversed(lefts):  # else the longest one a clause start stands before, or a role and letters only
            if text[dot - n - 1:dot - n] == "·" or _common_word_head(text[dot - n:dot - n + 2], COMMON_TAIL):
                continue  # 乌拉迪米尔·|尼克来耶维奇·孜缅科: a middle part; 选举|阿不来提·…: a word before the name
            if n > 1 and (_left_ok(text, dot - n) or lex.role_ending_at(text, dot - n) and all(
                    c in name_scorer.TRANSLIT for c in text[dot - n:dot])):  # 大三学生|阿斯哈尔·努尔太说
                return Mention(text[dot - n:end], dot - n, end, [])
    return None


def scored_names(text: str, found: list[Mention], extra_names: tuple[str, ...] = (), *,
                 model: name_scorer.NameModel | dict | None = None,
                 threshold: float | None = None) -> list[name_scorer.ScoredName]:
    """Persons the rules missed: the name scorer's best candidates that pass ``threshold`` (default:
    the model's), overlap no mention in ``found``, are no name already known, none of
    :func:`not_person_names` (places, well-known bodies), not the start of a doctrine (邓小平理论,
    马克思主义) and no place before its head's title (:func:`_place_head_after`).
    Honorifics (同志) never enter a candidate; other places and units are told by the scorer's
    features (a level or unit word after or at the end: 白沙乡, 李家村, 桂香苑)."""
    lex = lexicons()
    known = frozenset(m.name for m in found) | frozenset(extra_names)
    ctx = name_scorer.DocContext(text, known, lex)
    taken = [(m.start, m.end) for m in found]
    for name in known:
        taken += [(k.start(), k.end()) for k in re.finditer(re.escape(name), text)]
    places = not_person_names()
    return [c for c in _known_heads(text, name_scorer.find_names(text, ctx, taken=taken, threshold=threshold, model=model),
                                   known)
            if c.name not in known and c.name not in places  # 高邮, 常州, 莫斯科: a place; 欧佩克: a body
            and not _starts_place(text, c.start, c.end)  # 扎波罗|热
            and not _ends_place(text, c.start, c.end)  # 布宜诺斯|艾利斯
            and not _counted_thing(text, c.name)  # 两座|陶窑
            and not _place_then_more(c.name)  # 卡塔尔|多哈
            and c.name[-2:] not in ADDRESS_FORMS  # 巫同学的寝室: a surname and a form of address, no given name
            and not _parallel_phrase(text, c.start, c.end)  # 强师德、树师风、铸师魂: a slogan's parallel items
            and not _preposition_read(text, c.start, c.end)  # 向|贝宁, 应|客人|要求
            and not _dictionary_place(c.name)  # 唐山站: a place or body of the dictionary
            and not (len(c.name) == 3 and _visited_home(text, c.start, c.end))
            and not _common_person_entry(c.name)
            and not text.startswith(DOCTRINES, c.end) and not _place_head_after(text, c.end, lex)
            and not (len(c.name) == 2 and c.name[1] in POSITION_NUMERALS)  # （左一）: a place in a photograph
            and not _unit_before(text, c.start + 1)  # 外资司|周欣: the unit's last character, no surname
            and not _verb_head(c.name) and not (_noun_of_three(c.name) and not _named_comrade(text, c.end, c.name))
            and not _word_and_suffix(c.name)
            and not _surname_ends_word(text, c.start) and not _last_starts_word(text, c.end)
            and not _body_named_after(text, c.end, lex) and not _word_of_two(c.name)
            and not (len(c.name) == 3 and c.name[-1] in APPOINTMENT_VERBS and lex.title_starting_at(text, c.end))
            and not (len(c.name) == 3 and _listed_word(c.name[:2]))  # 师生|兵分两路
            and not _place_elsewhere(text, c.name)  # 潘安湖 (潘安湖湿地公园 elsewhere)
            and not c.name.endswith(_meeting_kinds())  # 参加宣介会的: a meeting
            and not (len(c.name) == 3 and c.name[:2] in lex.provinces)  # 吉林|多举措: a province and a word
            and not _class_before(text, c.start + 1)]  # 2016-5班|李扬: the class's 班, no surname


def _known_heads(text: str, found: list[name_scorer.ScoredName],
                 known: frozenset[str]) -> list[name_scorer.ScoredName]:
    """``found`` with a name that is another name of the text and one more character that is no given name's
    (郭华 … 上过郭华|课的学生, 朱曾|留学) cut back to that name: one the rules found, or one the scorer found where a
    word goes on after the character (not 刘景录（蒙古族）: 刘景 of 刘景和 is the scorer's too); and a name of three
    whose last character is an adverb that begins what follows (梁军|不愿意, 于澄|则更加郁闷) cut to two."""
    scored = {c.name for c in found}
    given = name_scorer.name_lexicon().given_tier
    out = []
    for c in found:
        head, last = c.name[:-1], c.name[-1]
        word_goes_on = _is_cjk(text[c.end:c.end + 1] or "。")
        known_head = len(c.name) > 2 and last not in given and (head in known or head in scored and word_goes_on)
        adverb_after = len(c.name) == 3 and last in ADVERB_ENDS and word_goes_on
        out.append(name_scorer.ScoredName(head, c.start, c.end - 1, c.score) if known_head or adverb_after else c)
    return out


# In a text that speaks of sides (中方, 双方) or names the country, a country's one-character short form and 方
# is a side, no surname and given name (巴方同样应履行义务, 汤方愿同中方合作, 黎方谴责… beside 黎巴嫩).
SIDE = "方"
SIDE_WORDS = ("中方", "双方", "外方", "对方", "各方")
SIDE_VERBS = frozenset("愿将也还都已亦则")  # 汤方愿同中方合作: a side and what it will do


def _side(name: str) -> bool:
    """Is ``name`` a side rather than a person (巴方, 汤方愿; not 李方明)?"""
    return name[1:2] == SIDE and (len(name) == 2 or len(name) == 3 and name[2] in SIDE_VERBS)


def _country_named(text: str, short: str) -> bool:
    """Does the text name a foreign place that ``short`` begins (黎方 in a text that names 黎巴嫩: the
    Lebanese side)?"""
    return any(p in text for p in _places_by_start_char().get(short, ()))


@cache
def _places_by_start_char() -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for place in words("world_places.txt"):
        out.setdefault(place[0], []).append(place)
    return {k: tuple(v) for k, v in out.items()}


COMMON_HEAD = 1_000  # jieba frequency of a common word at a name's head (毕业 5,988): 毕业时 is no name


TWO_CHAR_WORD = 100  # jieba frequency from which a two-character word is no untitled name (廉洁 211)


def _word_of_two(name: str) -> bool:
    """Is a two-character candidate a word of the dictionary that is no person entry (保持廉洁就是…)?
    Named with a title it may still be a name (院长江龙, 副市长文明): the rules take those."""
    lex = name_scorer.name_lexicon()
    return len(name) == 2 and lex.word(name) >= TWO_CHAR_WORD and lex.tag(name) in NOT_NAME_TAGS


def _surname_ends_word(text: str, i: int) -> bool:
    """Does the candidate's first character end a common word of the dictionary that starts before it
    (教|师晋升, 工|程|师)? It is that word's, no surname."""
    lex = name_scorer.name_lexicon()
    return any(lex.word(w) >= COMMON_HEAD and not lex.tag(w).startswith("nr")
               for w in (text[j:i + 1] for j in range(max(0, i - 3), i)))


LONG_WORD_ACROSS = 100  # jieba frequency of a word of three or four characters across a name's end (一等奖 443)


def _last_starts_word(text: str, end: int) -> bool:
    """Does the candidate's last character start a common word of the dictionary that runs past it
    (师德|建设制度)? It is that word's, no given name's."""
    lex = name_scorer.name_lexicon()
    words_across = [w for w in (text[end - 1:k] for k in range(end + 1, min(len(text), end + 3) + 1))
                    if lex.word(w) >= (COMMON_HEAD if len(w) == 2 else LONG_WORD_ACROSS) and not lex.tag(w).startswith("nr")]
    if any(len(w) >= 3 for w in words_across):
        return True  # 荣获一|等奖: a longer word wins over a follower (等) in it
    if text[end:end + 1] in PHRASE_STOPS or len(lexicons().follower_at(text, end) or "") > 1:
        return False  # 冉瑞平|等专家, 董建华|表示: a list's end or a follower, whatever word it makes with the name's end
        # (a one-character follower inside the word does not count: 卓越成|就, 丁林随|同调研)
    return bool(words_across)


def _common_word_head(name: str, common: int = COMMON_HEAD) -> bool:
    """Are a candidate's first two characters a word of the dictionary at least ``common`` frequent that is
    no person entry (毕业|时, 毕业|后; 选举|阿不来提·… with COMMON_TAIL)?"""
    lex = name_scorer.name_lexicon()
    return lex.word(name[:2]) >= common and not lex.tag(name[:2]).startswith("nr")


THREE_NOUN = 20  # jieba frequency from which a three-character noun is no name the scorer may take


def _noun_of_three(name: str) -> bool:
    """Is a three-character candidate a noun or place of the dictionary (全运会 55, 夏令营)? Real
    three-character names jieba knows are person entries, which do not count here (and neither do
    the words jieba wrongly lists as persons: 麦克风, 徐家汇)."""
    lex = name_scorer.name_lexicon()
    return len(name) == 3 and lex.word_class(name) in ("N", "P") and lex.word(name) >= THREE_NOUN


RARE_NOUN_COMRADE = 100  # jieba frequency under which a three-character "noun" before 同志 is a name


def _named_comrade(text: str, end: int, name: str) -> bool:
    """Is a rare three-character noun of the dictionary a person here, 同志 after it (刘澜涛同志: jieba lists
    刘澜涛 as a noun, 45)? Nouns so written are commoner (负责人同志 3,722; 管理员同志 205)."""
    return text.startswith("同志", end) and name_scorer.name_lexicon().word(name) < RARE_NOUN_COMRADE


VERB_HEAD_TAGS = frozenset(("v", "vd", "a", "ad", "d"))
TITLED_VERB_HEADS = VERB_HEAD_TAGS | {"vn"}  # 记者|谈话/vn|时: after a title too, with a rare surname


SUFFIXED_HEAD = 20  # jieba frequency of the word before such a suffix (贺信 58, a person entry of jieba's; 周正 18)


def _word_and_suffix(name: str) -> bool:
    """Is a three-character candidate a word of the dictionary and a locative or 人 (贺信|中: the place
    inside the thing named; 南开|人: its people)?"""
    return len(name) == 3 and name[-1] in WORD_SUFFIXES and name_scorer.name_lexicon().word(name[:2]) >= SUFFIXED_HEAD


def _verb_surname_read(text: str, start: int, end: int, follower: str | None) -> bool:
    """Does the name start with a weak surname that is a verb (谈, 查, 解) and run on into a word, with no
    follower or punctuation after it (学者|谈新冠疫情: the role's verb and its object)?"""
    names = name_scorer.name_lexicon()
    return (text[start] in names.weak_surnames and names.tag(text[start]) == "v" and follower is None
            and _is_cjk(text[end:end + 1] or "。"))


def _verb_head(name: str) -> bool:
    """Is a three-character candidate's surname and first given character a verb, adjective or adverb
    of the dictionary (巩固|其, 展青|春 …)? Then it reads as that word and what follows."""
    return len(name) == 3 and lexicon_tags().get(name[:2], "x") in VERB_HEAD_TAGS and bool(
        name_scorer.name_lexicon().word(name[:2]))


# jieba frequency from which a two-character person entry of its dictionary is a word (道德 3,241, 荣誉
# 2,877, 顾问 1,697: jieba took many words for names) unless it is a public figure (李鹏 675).
COMMON_PERSON_ENTRY = 500


LISTED_WORD = 100  # jieba frequency of a two-character person entry that is as often a word (周密 447)


def _listed_word(name: str) -> bool:
    """Is ``name`` a two-character person entry of jieba's dictionary frequent enough to be a word as
    often as a name, with a rare surname (师生; not 王平, whose surname makes the name likelier), and no
    public figure? Without a title such a name needs the scorer to find it likely standing alone."""
    return (_person_entry(name, LISTED_WORD)
            and name_scorer.name_lexicon().surname_bucket.get(name[0], 0) < name_scorer.COMMON_SURNAME
            and not all(ch in name_scorer.TRANSLIT for ch in name))  # 玛丽(娜): a transliterated name


def _framed_likely(name: str, lex: Lexicons, model: name_scorer.NameModel | dict | None) -> bool:
    """Does the name scorer find ``name`` at least list-likely standing alone (孙悦 0.16; 周密 0.01)?"""
    return _framed_probability(name, lex, model) >= name_scorer.LIST_THRESHOLD


def _person_entry(name: str, floor: int) -> bool:
    """Is ``name`` a two-character person entry of jieba's dictionary at least ``floor`` frequent, and
    no public figure?"""
    lex = name_scorer.name_lexicon()
    return (len(name) == 2 and lex.word(name) >= floor and lex.tag(name).startswith("nr")
            and name not in words("public_figures.txt"))


def _jieba_person(name: str) -> bool:
    """Is ``name`` a person entry of jieba's dictionary that is no common word (王明 368; not 文明, 高峰)?"""
    return _person_entry(name, 1) and not _common_person_entry(name)


def _common_person_entry(name: str) -> bool:
    return _person_entry(name, COMMON_PERSON_ENTRY)


@cache
def _places_by_start() -> dict[str, list[str]]:
    """The places and bodies of :func:`not_person_names` by their first two characters, longest first."""
    out: dict[str, list[str]] = {}
    for place in sorted(not_person_names(), key=lambda p: (-len(p), p)):
        out.setdefault(place[:2], []).append(place)
    return out


@cache
def _places_by_end() -> dict[str, list[str]]:
    """The places and bodies of :func:`not_person_names` by their last two characters."""
    out: dict[str, list[str]] = {}
    for place in not_person_names():
        out.setdefault(place[-2:], []).append(place)
    return out


def _country_before_role(text: str, i: int, lex: Lexicons) -> bool:
    """Does a foreign place end right before the role that ends at ``i`` (澳大利亚|选手|莱利)?"""
    k = i - lex.role_length_before(text, i)
    world = words("world_places.txt")
    return k < i and any(text[k - n:k] in world for n in range(2, min(k, MAX_FOREIGN_PLACE) + 1))


MAX_FOREIGN_PLACE = 8  # characters of a foreign place's name looked at (哥斯达黎加, 布宜诺斯艾利斯)


def _ends_place(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` the end of a longer place or body written there (布宜诺斯|艾利斯)?"""
    return any(len(p) > end - start and text.startswith(p, end - len(p)) for p in _places_by_end().get(text[end - 2:end], ()))


# Classifiers of things after a number (两座|陶窑, 一棵|白檀): what they count is no person.
THING_CLASSIFIERS = frozenset("座棵株条只头台辆件块栋幢架艘匹颗枚")
NUMERAL_CHARS = frozenset("一二两三四五六七八九十几数0123456789０１２３４５６７８９")


def _counted_thing(text: str, name: str) -> bool:
    """Does the text count ``name`` anywhere with a number and a classifier of things (两座|陶窑 … 陶窑在河边)?"""
    return any(m.start() >= 2 and text[m.start() - 1] in THING_CLASSIFIERS and text[m.start() - 2] in NUMERAL_CHARS
               for m in re.finditer(re.escape(name), text))


def _place_at(text: str, k: int) -> str | None:
    """The longest place or body of :func:`not_person_names` written at ``k``, if any."""
    return next((p for p in _places_by_start().get(text[k:k + 2], ()) if text.startswith(p, k)), None)


def _place_starts_at(text: str, i: int, lex: Lexicons) -> bool:
    """Does a place or body of :func:`not_person_names` start at ``i`` with more of a phrase after it
    (印度|共和国, 伊朗|伊斯兰)? A person may bear a place's name where a name's end follows (副局长邹平出席)."""
    return any(text.startswith(p, i) and not _name_end_ok(text, i + len(p), lex)
               for p in _places_by_start().get(text[i:i + 2], ()))


PARALLEL_WORD = 100  # jieba frequency of a word (no person entry) that makes a list item a phrase (法治, 国家)
MAX_PARALLEL_ITEM = 6  # characters of a slogan's item looked at


def _parallel_phrase(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` an item of a 、-list of phrases built alike (法治兴、党兴、国家兴; 强师德、树师风、
    铸师魂): a neighbouring item ends in the same character, or has its length and the same character in the
    middle, and holds a common word that is no person's (法治, 师风), or are both its neighbours items of two that
    begin with no surname (改老、支重、扶新)? The middle is that of the name's whole item where the name begins a
    longer one (强农为民 beside 兴农报国). Persons listed (王兴、李兴) hold none."""
    names = name_scorer.name_lexicon()
    name = text[start:end]
    own_end = end  # 立德树人、强农为民、兴农报国: the name begins a longer item, whose middle is compared
    if start > 0 and text[start - 1] == "、":
        stop = next((k for k in range(end, min(len(text), start + MAX_PARALLEL_ITEM + 1)) if not _is_cjk(text[k])), None)
        if stop is not None and text[stop] == "、" and text[end:stop] not in HONORIFICS:
            own_end = stop
    own = text[start:own_end]
    neighbours = []
    if text[own_end:own_end + 1] == "、":
        stop = next((k for k in range(own_end + 1, min(len(text), own_end + 1 + MAX_PARALLEL_ITEM + 1))
                     if not _is_cjk(text[k])), None)
        if stop is not None:
            neighbours.append(text[own_end + 1:stop])
    if start > 0 and text[start - 1] == "、":
        first = next((k + 1 for k in range(start - 2, max(-1, start - 2 - MAX_PARALLEL_ITEM - 1), -1)
                      if not _is_cjk(text[k])), None)
        if first is not None:
            neighbours.append(text[first:start - 1])

    def phrase(item: str) -> bool:
        return any(names.word(item[a:b]) >= PARALLEL_WORD and not names.tag(item[a:b]).startswith("nr")
                   for a in range(len(item)) for b in range(a + 2, len(item) + 1))

    if len(neighbours) == 2 and all(len(item) == len(own) == 2 and item[0] not in names.single for item in neighbours):
        return True  # 扬优、改老、支重、扶新: items of two whose neighbours begin with no surname, a slogan's
    return any(1 < len(item) <= MAX_PARALLEL_ITEM and phrase(item) and (
        item[-1] == name[-1] and own_end == end or (len(item) == len(own) in (3, 4) and item[1] == own[1]))
        for item in neighbours)


def _place_then_more(name: str) -> bool:
    """Is the transliterated ``name`` a foreign place of ``world_places.txt`` and more (卡塔尔|多哈: a country
    and its capital)? Not a Chinese place's characters (阿里|波夫), as a name may begin with them."""
    world = words("world_places.txt")
    return all(c in name_scorer.TRANSLIT for c in name) and any(
        name.startswith(p) and len(p) < len(name) and p in world for p in _places_by_start().get(name[:2], ()))


def _starts_place(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` the beginning of a longer place or body of :func:`not_person_names`
    written there (扎波罗 of 扎波罗热)?"""
    return any(len(p) > end - start and text.startswith(p, start) for p in _places_by_start().get(text[start:start + 2], ()))


# Prepositions that are also surnames, and the words that close their frame (应…要求, 应…之邀): a
# "name" of such a surname right before one of them is the preposition and its object (应客人要求).
PREPOSITION_FRAMES = {"应": ("要求", "邀请", "之邀", "的邀请", "的要求", "请求"),
                      "以": ("为团长", "为首", "为组长", "为代表", "为核心")}  # 以|会长王平为团长
FRAME_REACH = 40  # characters after the preposition within which its frame word closes it


def _preposition_read(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` a surname that is a preposition here: before a place or in its frame
    (向|贝宁, 应|客人|要求)?"""
    return _weak_surname_before_place(text, start, end) or _framed_preposition(text, start, end)


# Characters that end a place's name (唐山站, 苏斯河, 邹平南): a rare dictionary place that ends in none of them is
# as often a person jieba mistagged (林熙蕾/nt, 万梓良/ns, frequency 3), left to the name scorer.
PLACE_ENDINGS = name_scorer.LEVEL_CHARS | name_scorer.PLACE_CHARS | frozenset(
    "东南西北江河湖海山峰岭川溪泉湾岛洲路街道门口坝沟坡塘池滩港关坪岗原林田场站台亚")
RARE_ENTRY = 10  # jieba frequency below which a dictionary entry's tag is not trusted over its shape


def _dictionary_place(name: str) -> bool:
    """Is ``name`` a place or a body of the dictionary (唐山站/nt), unless a rare entry of a name's shape
    (林熙蕾/nt: no place's ending, no unit's suffix)?"""
    if lexicon_tags().get(name, "")[:2] not in ("ns", "nt"):
        return False
    lex = name_scorer.name_lexicon()
    return (lex.freq.get(name, 0) >= RARE_ENTRY or name[-1] in PLACE_ENDINGS
            or bool(lex.unit_suffix_at(name, len(name) - 1)))


def _visited_home(text: str, start: int, end: int) -> bool:
    """Does ``text[start:end]`` end in 家 after a word of going (来到谭彦|家): a name and its home?"""
    return text[end - 1] == "家" and text[max(0, start - 2):start].endswith(VISIT_WORDS)


def _framed_preposition(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` a preposition that is also a surname and its object, closed by its frame
    word right after (应|客人|要求)?"""
    closers = PREPOSITION_FRAMES.get(text[start])
    return closers is not None and text.startswith(closers, end)


def _weak_surname_before_place(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` a weak surname (向, 于, 和) and a place or body that starts right after it
    (中国向|贝宁提供援助)? The surname is then the preposition before the place."""
    if text[start] not in name_scorer.name_lexicon().weak_surnames:
        return False
    return _place_at(text, start + 1) is not None


@cache
def not_person_names() -> frozenset[str]:
    """Names that are places or well-known bodies, never persons: regions.txt, world_places.txt,
    known_units.txt."""
    return words("regions.txt") | words("world_places.txt") | words("known_units.txt")


def _in_work_title(text: str, start: int, end: int) -> bool:
    """Does ``text[start:end]`` stand inside a work's title, with more of it after (《成语新|说》)? Its
    words are the work's: 说 there acts for nobody."""
    left = text.rfind("《", max(0, start - MAX_WORK_TITLE), start + 1)
    if left < 0 or "》" in text[left:start]:
        return False
    right = text.find("》", end, end + MAX_WORK_TITLE)
    return right > end and "《" not in text[end:right]


@cache
def _meeting_kinds() -> tuple[str, ...]:
    """The kinds of meeting of two characters or more (宣介会, 座谈会): no name ends with one."""
    return tuple(k for k in meeting_kinds() if len(k) >= 2)


@cache
def _place_heads_re() -> re.Pattern[str]:
    return re.compile(trie_pattern(words("place_heads.txt")))


def _place_elsewhere(text: str, name: str) -> bool:
    """Does the text write ``name`` before a place's head word somewhere (潘安湖 | 湿地公园, place_heads.txt)?
    Then the name is that place's, wherever it stands alone (现在的潘安湖是…); so is one the text writes before a
    level (鄢家河村 … 在鄢家河) or a company's head (阿迪达斯公司), and a name of three whose first two characters it
    writes with a level (雷波县 … 雷波唐家山)."""
    heads = _place_heads_re()
    return any(heads.match(text, m.end()) or _level_after(text, m.end()) or text.startswith(BRAND_HEADS, m.end())
               for m in re.finditer(re.escape(name), text)) or (len(name) == 3 and _level_place_written(text, name))


BRAND_HEADS = ("公司", "集团")  # 阿迪达斯|公司 … 阿迪达斯|猎鹰杯: a company's name, wherever it stands


def _level_after(text: str, end: int) -> bool:
    """Does a level (村, 镇, 县 …) follow right after ``end``, starting no title (鄢家河|村; not 李明|市长)?"""
    return text[end:end + 1] in name_scorer.LEVEL_CHARS and not lexicons().title_starting_at(text, end)


def _level_place_written(text: str, name: str) -> bool:
    """Does the text write the first two characters of ``name`` with a level after them (雷波县, 黄岩区), other
    than in the name itself (邓福村)? Then the name is that place running on (雷波|唐家山), no person."""
    return any(_level_after(text, m.end()) and not text.startswith(name, m.start())  # not 邓福村 itself
               for m in re.finditer(re.escape(name[:2]), text))


def _place_head_after(text: str, end: int, lex: Lexicons) -> bool:
    """Does a title that starts with a level follow (沙溪|镇长, 金山|县长)? Then what stands before it
    is a place, with its head's title: bulletins put a person's name after such a title."""
    return text[end:end + 1] in name_scorer.LEVEL_CHARS and lex.title_starting_at(text, end) > 0


# Left of a bare surname + title (高院长强调, 在王书记的带领下): besides LEFT_CONTEXT.
BARE_LEFT = ("在", "的", "了", "据", "让", "把", "被", "给", "跟", "随", "经")
# Deputy prefixes a bare form drops (副行长司马云飞 … 司马行长).
DEPUTY_PREFIXES = ("常务副", "副")
# Titles no Chinese official holds: before them a surname character is a country's (美总统, 日首相).
FOREIGN_HEAD_TITLES = frozenset(("总统", "副总统", "首相", "副首相", "国王", "女王", "王储", "亲王", "国务卿", "总督"))


def word_across(text: str, k: int, freq: dict[str, int], but: tuple[int, int] = (0, 0),
                ignore: str = "") -> bool:
    """Does a dictionary word of two to four characters, other than ``text[but[0]:but[1]]``, run
    across position ``k`` (start before it, end after it)? 全市|长效: 长效 runs across the end of
    全市长. Words whose tag starts with ``ignore`` (when given) do not count: ``"nrt"``, pieces of
    transliterated names (恩格斯|特别: 斯特); ``"nr"``, any of jieba's person entries (和恩格)."""
    tags = lexicon_tags()
    return any((j, m) != but and not (ignore and tags.get(text[j:m], "").startswith(ignore))
               for j, m, _ in _spans_across(text, k, freq))


def _spans_across(text: str, k: int, freq: dict[str, int]) -> Iterator[tuple[int, int, int]]:
    """(start, end, jieba frequency) of the dictionary words of two to four characters that run across ``k``."""
    for j in range(max(0, k - 3), k):
        for m in range(k + 1, min(len(text), j + 4) + 1):
            if f := freq.get(text[j:m]):
                yield j, m, f


def _bare_left_ok(text: str, i: int, at: int, freq: dict[str, int]) -> bool:
    """Can a surname + title start at ``i`` after a word that is no clause start: no word runs across
    ``i``, what ends there is a verb of two characters or more (缅怀|周总理, 找到|周总理) or a
    preposition, particle or conjunction (注视着|毛主席, 从|周总理; not 公|卫医师, 思政|司司长, 有|位记者,
    王增|华总队长), and the title does not start with a level (禾阳|市委副书记: a place's name)."""
    if text[at] in name_scorer.LEVEL_CHARS or word_across(text, i, freq):
        return False
    tags = lexicon_tags()
    for j in range(max(0, i - 4), i - 1):
        if freq.get(text[j:i]):
            return tags.get(text[j:i], "x")[:1] in ("v", "p", "c")
    return tags.get(text[i - 1], "x")[:1] in ("p", "u", "c")


def _bare_end_ok(text: str, at: int, end: int, freq: dict[str, int]) -> bool:
    """Can a surname + title end at ``end`` before a word that is no follower (白市长一锤定音): no word
    runs across ``end`` (not 全市长效机制), no transliterated name follows (巴总理纳瓦兹·谢里夫: 巴 is
    Pakistan) and the title is one no Chinese official holds (美总统, 日首相: a country, not a surname)."""
    if text[at:end] in FOREIGN_HEAD_TITLES or word_across(text, end, freq):
        return False
    run = name_scorer.name_lexicon().translit_re.match(text, end)
    return run is None or not name_scorer.looks_foreign(run.group())


def bare_title_mentions(text: str, mentions: list[Mention], lex: Lexicons) -> list[Mention]:
    """A surname and a title with no given name (高院长强调, 向王书记汇报): a mention of the one
    person already named whose surname and title it matches (院长高志峰 … 高院长: a second mention of
    高志峰), else a person of its own named as written (``王书记``, title ``书记``) — when no
    full name says who it is. Two persons it could be: left out.

    The surname must stand where a name can (clause start, 由, 向, 在 …) and the title must end where a
    name's title does (punctuation, 强调, 的 …): 全市长效机制 is no 全 + 市长.
    """
    forms: dict[str, set[str]] = {}
    surnames: dict[str, set[str]] = {}
    for m in mentions:
        surname = m.name[:2] if m.name[:2] in lex.compound else m.name[:1]
        surnames.setdefault(surname, set()).add(m.name)
        after = lex.title_starting_at(text, m.end)  # 江泽民主席 … 江主席: a title after the name counts too
        for t in (*m.titles, text[m.end:m.end + after]) if after else m.titles:
            for k in range(len(t) - 1):
                core = t[k:]
                if core in lex.titles:
                    for short in (core, *(core[len(d):] for d in DEPUTY_PREFIXES if core.startswith(d))):
                        if len(short) >= 2:
                            forms.setdefault(surname + short, set()).add(m.name)
    taken = [(m.start, m.end) for m in mentions]
    starts, ends, inside = lex.index(text)
    weak = name_scorer.name_lexicon().weak_surnames
    freq = name_scorer.name_lexicon().freq
    out = []
    for at in (k for k in range(1, len(text)) if starts[k]):  # a title starts at ``at``: a surname before?
        for sur in (2, 1):
            i = at - sur
            if i >= 0 and (text[i:at] in lex.compound if sur == 2 else text[i] in lex.single):
                break
        else:
            continue
        if starts[i] or inside[i] or ends[i] or text[i:at] in weak:
            continue  # 任副局长 ("served as"), 应局长要求 ("at the request of"): no surname
        if sur == 1 and i > 0 and _is_cjk(text[i - 1]) and name_scorer.name_lexicon().unit_suffix_at(text, i) == 1:
            continue  # 国际合作司|司长: the last character of a unit's name, no surname
        end = at + starts[at]
        if (lexicon_tags().get(text[i:end]) or text[at] in name_scorer.LEVEL_CHARS) and word_across(
                text, at, freq, (i, end)):
            continue  # 班组长, 司局长: one word of the dictionary, with no surname in it (江主席 is one
            # too, with the surname as its own part); 农村党支部书记: a word runs into a level
        # Where a name can start and end (由, 向, punctuation …; 强调, 的 …), or wherever no word runs
        # across the edge (注视着毛主席的, 白市长一锤定音; not 全市长效机制, 提高校长待遇).
        if not (_left_ok(text, i) or text[i - 1:i] in BARE_LEFT or _bare_left_ok(text, i, at, freq)):
            continue
        if not (_name_end_ok(text, end, lex) or _bare_end_ok(text, at, end, freq)):
            continue
        if any(a < end and i < b or a == end for a, b in taken):
            continue  # a name overlaps, or follows: the title is its (培养班团支书贺唯玮: no 班 + 团支书)
        form = text[i:end]
        names = forms.get(form, set())
        if len(names) == 1:
            out.append(Mention(next(iter(names)), i, end))
        elif not names and not surnames.get(text[i:at]):
            out.append(Mention(form, i, end, [text[at:end]]))
    return out


@cache
def _public_figure_re() -> re.Pattern[str]:
    return re.compile(alternation("public_figures.txt"))


def public_figure_mentions(text: str, lex: Lexicons, figures: list[re.Match[str]] | None = None) -> list[Mention]:
    """Persons every official text names without introducing them (``public_figures.txt``: 李鹏会见…,
    学习雷锋), where no dictionary word runs across the name's edges (健康生活 holds no 康生; a
    title or follower right after it may: 江泽民主席) and no doctrine follows (邓小平理论)."""
    freq = name_scorer.name_lexicon().freq
    out = []
    found = list(_public_figure_re().finditer(text)) if figures is None else figures
    # 江泽民李鹏乔石出席: names run together where a space was lost; a word across two of them (毛泽|东周|恩来)
    # does not count
    starts, ends = {m.start() for m in found}, {m.end() for m in found}
    for m in found:
        i, end = m.span()
        if text.startswith(DOCTRINES, end) or (i not in ends and word_across(text, i, freq, (i, end), ignore="nr")
                                                and not lex.title_starting_at(text, end)
                                                and not text.startswith(COMRADE, end)):
            continue  # 健康生活 holds no 康生; but 落实|习近平总书记: a title after the figure outweighs 实习
        if text[i - 1:i] == "·" or text[end:end + 1] == "·":
            continue  # 诺罗敦·西哈努克, 查维斯·卡特: part of a dotted name, which is found whole
        if not (_name_end_ok(text, end, lex) or end in starts or _leaders_body(text, end)
                or text[end:end + 1] in FIGURE_END_CHARS or (
                    word_across(text, end, freq) and _word_outweighs_crossing(text, end) and not _names_unit(text, end)
                    and name_scorer._reach_at(text, freq, i) <= end - i)  # (not 加利|福尼亚: 加利福尼亚)
                ) and (  # (钟南山|参与: 参与 outweighs 山参)
                word_across(text, end, freq, (i, end), ignore="nrt") or _names_unit(text, end)
                or (end - i < 3 and not freq.get(text[end:end + 2]))):
            continue  # 陈云森同学: a longer name (a figure of three is whole: 陈水扁|牢号); 孔子学院: a unit (克林顿政府 is
            # the leader's administration)
        titles = title_chain(text, i, lex) if lex.title_ending_at(text, i) else []
        out.append(Mention(m.group(), i, end, titles))  # 中央军委副主席张又侠 (又 is no given name to the rules)
    return out


# What bounds a 、-list (a clause): its items are the runs between 、 inside it.
LIST_CLAUSE = re.compile(r"[^，。；：！？,;:!?\n（）()《》“”「」]+")
LIST_TAIL = "等"  # 王平、李明等: the last item of a list may close with it


def list_item_mentions(text: str, mentions: list[Mention], lex: Lexicons) -> list[Mention]:
    """Items of a 、-list of persons that look like names (孙明远、万国权、何丽华): where at least two
    items and at least half of them end with a person found, every other item that is a name's shape
    (a surname and one or two more characters; a compound surname and one to two; no place, body or
    unit) is a person too, even a name that is also a word (万里). An item may close with a title
    after the name (高井祥教授、邓喀中教授): the name is what stands before it. Lists of places
    (北京、上海) have no persons in them to begin with."""
    if len(mentions) < 2 or "、" not in text:
        return []
    ends = {m.end: m for m in mentions}
    title_starts, title_ends, _ = lex.index(text)
    taken = [(m.start, m.end) for m in mentions]
    out = []
    for clause in LIST_CLAUSE.finditer(text):
        if "、" not in clause.group():
            continue
        items, k = [], clause.start()
        parts = clause.group().split("、")
        for n, part in enumerate(parts):
            # the item without a title after the name (王平局长 → 王平), if the title leaves a name's room;
            # the last item runs on into the clause (李明副主任出席): a title may start after the name
            start, end = k, k + len(part)
            if title_ends[end] and title_ends[end] <= len(part) - 2:
                end -= title_ends[end]
            elif n == len(parts) - 1:
                # … or a group after 等 (余秋里等老同志)
                end = next((k + size for size in (2, 3, 4) if size < len(part) and (
                    title_starts[k + size] or text.startswith(LIST_TAIL, k + size))), end)
            if n == 0 and len(part) > 3 and end not in ends:
                # the first item opens the clause with the words before the list (由|孙道临、…, 看望了|王平、…)
                start = next((end - size for size in (3, 2) if _list_opening_before(text, end - size)
                              and _name_shape(text[end - size:end], lex)), start)
            items.append((start, end))
            k += len(part) + 1
        persons = [(a, b) for a, b in items if b in ends and ends[b].start >= a]
        if len(persons) < 2 or 2 * len(persons) < len(items):
            continue
        for n, (a, b) in enumerate(items):
            if (a, b) in persons:
                continue
            if n == len(items) - 1 and text[a:b].endswith(LIST_TAIL):
                b -= len(LIST_TAIL)
            elif n == len(items) - 1:  # 付强国三名同志受到表彰: a count of persons closes the list
                b = next((a + k for k in range(2, min(b - a, MAX_UNIT_ITEM)) if name_scorer.PERSON_COUNT.match(text, a + k)), b)
            a = _after_unit_prefix(text, a, b, lex)  # 矿业学院侯朝炯、…、信控学院|于洪珍: each item with its unit
            name = text[a:b]
            if not _name_shape(name, lex, rare=True) or any(x < b and a < y for x, y in taken):
                continue
            if title_starts[b] and not lexicon_tags().get(name, "nr").startswith("nr"):
                continue  # 刘圣汉、毕业班|班主任: a word of the dictionary that is no name, and its head's title
            out.append(Mention(name, a, b))
    return out


MAX_UNIT_ITEM = 12  # characters of a list's item made of a unit's name and a person's (信控学院于洪珍)


def _after_unit_prefix(text: str, a: int, b: int, lex: Lexicons) -> int:
    """Where the name of an item ``text[a:b]`` starts when a unit's name opens the item (信控学院|于洪珍): the
    start of a name of three or two right after a unit's suffix; else ``a``."""
    if b - a <= 4 or b - a > MAX_UNIT_ITEM:
        return a
    units = name_scorer.name_lexicon()
    return next((b - size for size in (3, 2) if units.unit_suffix_at(text, b - size - 1)
                 and _name_shape(text[b - size:b], lex)), a)


def _list_opening_before(text: str, i: int) -> bool:
    """Do the words before a list's first name end right before ``i``: a clause start or a word of
    LEFT_CONTEXT (由), or a verb's 了 (看望了)?"""
    return _left_ok(text, i) or text[i - 1:i] == "了"


def _title_after(text: str, b: int, lex: Lexicons) -> int:
    """The length of the title right after a name ending at ``b`` (王洪斌局长), 0 if none or if a colon
    follows it: a label of the next field (编导：杨牧、赵博 记者：冯歆, its spaces gone)."""
    after = lex.title_starting_at(text, b)
    return 0 if text[b + after:b + after + 1] in ("：", ":") else after


def _list_titles_after(text: str, places: dict[str, list[tuple[int, int]]], lex: Lexicons) -> dict[int, str]:
    """The title after the last name of a 、-list of names, for the names before it that have no title
    of their own, before or after (以杨士娥、徐玉芬、邓三瑞教授为代表: all three are professors), by the
    start of each such name's mention."""
    end_at = {a: b for spans in places.values() for a, b in spans}
    out: dict[int, str] = {}
    for a in sorted(end_at):
        if a in out or lex.title_ending_at(text, a):
            continue
        run, b = [a], end_at[a]
        while text[b:b + 1] == "、" and b + 1 in end_at:
            run.append(b + 1)
            b = end_at[b + 1]
        after = _title_after(text, b, lex)
        if len(run) > 1 and after and not any(lex.title_starting_at(text, end_at[k]) for k in run[:-1]):
            out.update(dict.fromkeys(run[:-1], text[b:b + after]))
    return out


# A profile: a name, its sex, then what the person is, comma by comma (林伯海，男，…马克思主义学院院长，教授，博士生导师).
PROFILE_SEX = ("，男，", "，女，")
PROFILE_END = re.compile("[。；;：:\n]")
PROFILE_CLAUSE = re.compile("[，,]")
MAX_PROFILE = 80  # characters of a profile's posts
PAST_POSTS = ("曾任", "历任", "原任", "原", "曾")  # 曾任院学生会学习部委员: a former post, not the person's now
PROFILE_COMMA = "(?=，)"
PROFILE_OPENERS = frozenset("\n：:")  # a name that opens a line or follows a label (人物简介：郭华，…)
PROFILE_PIECE_END = re.compile("[，,。；;：:\n]")
# The first field of a profile other than posts: ethnic group, birth, party, degree or school (张华，汉族，…;
# 张华，1965年生，…; 张华，美国加州大学…专业毕业，…)
PROFILE_FIELD = re.compile(r"[\u4e00-\u9fff]{1,4}族|(?:\d{4}|[一二〇○零九八七六五四三]{4})年(?:\d{1,2}月)?(?:出)?生"
                           r"|中共党员|[^，。；：\n]{2,30}毕业|(?:工学|理学|法学|哲学|医学|文学|农学|管理学|经济学)?(?:博士|硕士)")


def profile_mentions(text: str, mentions: list[Mention], lex: Lexicons) -> list[Mention]:
    """Persons introduced by a profile, with the posts in it: after the name and its sex (，男，/，女，), or after a
    name that opens a line or follows a label's colon when the whole first piece after its comma is titles
    (人物简介：郭华，经济学院副教授，…), every piece between commas that ends with a title is one (教授, 马克思主义学院
    院长; 中共党员 and 2015级本科生 are no posts), up to the sentence's end; a former post (曾任…) is none. Every
    writing of a person's name counts, not only the ones the rules took."""
    names = sorted({m.name for m in mentions})
    out = []
    sex = "(?=" + "|".join(PROFILE_SEX) + ")"
    for m in (m for name in names for m in re.finditer(re.escape(name) + sex, text)):
        titles = _profile_titles(text, m.end() + len(PROFILE_SEX[0]), lex)  # (both are three characters)
        if titles:
            out.append(Mention(m.group(), m.start(), m.end(), titles))
    for m in (m for name in names for m in re.finditer(re.escape(name) + PROFILE_COMMA, text)):
        if m.start() and text[m.start() - 1] not in PROFILE_OPENERS:
            continue
        start = m.end() + 1
        first = PROFILE_PIECE_END.search(text, start)
        first_end = first.start() if first else len(text)
        if first_end > start and ("、".join(title_chain(text, first_end, lex, start)) == text[start:first_end]
                                  or PROFILE_FIELD.fullmatch(text, start, first_end)):
            out.append(Mention(m.group(), m.start(), m.end(), _profile_titles(text, start, lex)))
    return out


def _profile_titles(text: str, start: int, lex: Lexicons) -> list[str]:
    """The posts of a profile whose pieces start at ``start``: see :func:`profile_mentions`."""
    stop = PROFILE_END.search(text, start, start + MAX_PROFILE)
    end = stop.start() if stop else min(len(text), start + MAX_PROFILE)
    titles: list[str] = []
    at = start
    for clause in PROFILE_CLAUSE.split(text[start:end]):
        if clause.startswith(PAST_POSTS):  # 曾任…委员、…助管和小班班长: every post of the clause is past
            at += len(clause) + 1
            continue
        for piece in clause.split("、"):
            piece_end = at + len(piece)
            if piece and lex.title_ending_at(text, piece_end):
                titles += [t for t in title_chain(text, piece_end, lex, at) if t not in titles]
            at = piece_end + 1
    return titles


# What a speaker's or an author's name opens after (a line's start, a headline's bracket, a figure's label: 图5：王笛：
# 《…》), with a colon after the name.
SPEAKER = re.compile("(?:^|(?<=[\n】）：]))([\u4e00-\u9fff]{2,4})(?=：)", re.M)


def speaker_mentions(text: str, mentions: list[Mention], lex: Lexicons,
                     model: name_scorer.NameModel | dict | None = None) -> list[Mention]:
    """A name before a colon that opens a line, follows a headline's bracket or a label's colon (【谈初心】靳雪滨：…,
    图5：王笛：《…》): a speaker or an author, when it is name-shaped and as likely standing alone as an author's
    name (:func:`_author_line`: no common word, 时间, 单位) or one of jieba's person entries that is no common word."""
    out = []
    for m in SPEAKER.finditer(text):
        name = m.group(1)
        if any(f.start < m.end(1) and m.start(1) < f.end for f in mentions) or any(
                _names_unit(text, k.end()) for k in re.finditer(re.escape(name), text)):
            continue  # 桂光：创自己名牌 … 桂光集团: a brand
        if _author_line(name, lex, model) or _name_shape(name, lex) and _jieba_person(name):
            out.append(Mention(name, m.start(1), m.end(1)))
    return out


# Appointments, elections and removals (人事任免): the posts after the verb are the person's titles, as
# written; a 、-list of names appointed together shares them (选举王一、李二为…, 王一、李二当选为…).
APPOINT_BEFORE = re.compile("任命|提名|聘任|聘请|推选|推举|选举|补选|增补|免去")  # 任命|刘小明|为…, 免去|陈大军|的…职务
APPOINT_AFTER = re.compile("被任命为|被聘为|被选为|当选为|担任|出任|就任|兼任|升任|调任|改任|任(?!免)|兼")  # 王建平|任|… (任免: appoints)
NAME_TO_POST = ("为", "的")  # 任命刘小明|为|…, 免去陈大军|的|…
POST_ENDS = ("职务", "一职", "等职")  # …局长|职务
POST_STOPS = frozenset("，。；：！？\n（()）")
POST_SPLIT = re.compile("、|兼(?!职)")  # 社长、总编辑; 党委书记兼院长 (not 兼职辅导员)
POST_BREAKS = frozenset("为的是在和了")  # 、陈大军为…: the next appointment, no post of this one
MAX_ASIDE_AFTER_NAME = 4  # 董志华（女）为…
MAX_APPOINTED = 30  # names of one list appointed together


def appointment_mentions(text: str, mentions: list[Mention], lex: Lexicons,
                         model: name_scorer.NameModel | dict | None = None) -> list[Mention]:
    """Persons appointed, elected or removed, with the posts the text gives them: 任命刘小明为县民政局局长,
    免去陈大军的…职务, 王建平任县委办公室主任, 张志伟担任学院党委书记兼院长; every name of a 、-list so
    appointed (选举王一、李二为县政协副主席). Only posts of the lexicon count (担任此次大会的主持人: a role of
    the day, no post)."""
    found = {(m.start, m.end) for m in mentions}
    out = []
    for verb in APPOINT_BEFORE.finditer(text):
        items, k = _appointed_names(text, verb.end(), found, lex)
        posts = _posts_after(text, k, lex) if items else []
        out += [Mention(text[a:b], a, b, posts) for a, b in items if posts]
    out += _clause_appointed(text, found, lex)
    starts, _, inside = lex.index(text)
    names = name_scorer.name_lexicon()
    for verb in APPOINT_AFTER.finditer(text):
        v = verb.start()
        if inside[v] or (len(verb.group()) == 1 and names.word(text[v - 1:v + 1])):
            continue  # 主任, 信任, 历任: the verb's character is a title's or a word's
        end = v - 2 if text[v - 2:v] == "同志" else v
        for n in (3, 2, 4):
            i = end - n
            if i < 0 or not _name_shape(text[i:end], lex) or _verb_head(text[i:end]) or \
                    PRONOUN_STOPS.intersection(text[i:end]):
                continue  # 祝贺她|就任: a verb and a pronoun, no name
            if (i, end) not in found and not (_left_ok(text, i) and _scorer_likely(text, i, end, lex, model)):
                continue
            posts = _posts_after(text, verb.end(), lex)
            if posts:
                out += [Mention(text[a:b], a, b, posts) for a, b in _listed_before(text, i, found, lex)]
                out.append(Mention(text[i:end], i, end, posts))
            break
    return out


SENTENCE_ENDS = "。！？\n"


def bracketed_post_mentions(text: str, mentions: list[Mention], lex: Lexicons) -> list[Mention]:
    """Names with their posts in brackets right after them (王一平（县委书记）、李二明（县长兼公安局局长）,
    孟学农（北京市副市长）：): the name of the item before the brackets (:func:`_item_ending_at`) and every
    post of the brackets, when each ends with a title of the lexicon and they fill the brackets."""
    found = {(m.start, m.end) for m in mentions}
    out = []
    for opening in re.finditer("[（(]", text):
        p = opening.end()
        posts = _posts_after(text, p, lex)
        close = p + sum(map(len, posts)) + len(posts) - 1
        if not posts or text[close:close + 1] not in ("）", ")") or any(p <= a < close for a, _ in found):
            continue  # 王二龙（导师汪开毓教授）: another person's name and title
        item = _item_ending_at(text, opening.start(), found, lex)
        if item is not None:
            out.append(Mention(text[item[0]:item[1]], *item, posts))
    return out


SERVING = ("时任", "现任")  # 时任…团总支书记的|于伟: the posts the person held then, or holds


def serving_mentions(text: str, mentions: list[Mention], lex: Lexicons) -> list[Mention]:
    """Names after 时任/现任, posts and 的 (时任农学系团总支书记的于伟, 现任县委副书记、县长的王平): the posts are
    the person's titles. 曾任 (former posts) is left out."""
    out = []
    for m in mentions:
        if text[m.start - 1:m.start] != "的" or m.titles:
            continue
        posts = title_chain(text, m.start - 1, lex)
        start = m.start - 1 - sum(map(len, posts)) - max(len(posts) - 1, 0)
        if posts and text[max(0, start - 2):start] in SERVING:
            out.append(Mention(m.name, m.start, m.end, posts))
    return out


def aside_mentions(text: str, mentions: list[Mention], lex: Lexicons) -> list[Mention]:
    """Names that a person's aside follows (乌兰（蒙古族）、, 王丽（女）): the item before it, with the
    titles written before that item (:func:`_item_ending_at`)."""
    found = {(m.start, m.end) for m in mentions}
    out = []
    for aside in PERSON_ASIDE.finditer(text):
        item = _item_ending_at(text, aside.end(), found, lex)
        if item and not any(m.start < item[1] and item[0] < m.end for m in mentions):
            out.append(Mention(text[item[0]:item[1]], *item, title_chain(text, item[0], lex)))
    return out


def _clause_appointed(text: str, found: set[tuple[int, int]], lex: Lexicons) -> list[Mention]:
    """A later clause of an appointing sentence that names persons and their posts without the verb
    (选举王一为主席，李二、张三（女）为副主席): the clause's 、-list of names before 为 and the posts after it."""
    out: list[Mention] = []
    if not APPOINT_BEFORE.search(text):
        return out  # no appointing sentence at all (most texts)
    for to in re.finditer("为", text):
        p = to.start()
        last = _item_ending_at(text, p, found, lex) if p >= 2 else None
        if last is None:
            continue
        items = [last] + _listed_before(text, last[0], found, lex)
        first = items[-1][0]
        sentence = max(text.rfind(c, 0, first) for c in SENTENCE_ENDS) + 1
        if text[first - 1:first] not in ("，", "；") or not APPOINT_BEFORE.search(text, sentence, first):
            continue
        posts = _posts_after(text, p + 1, lex)
        out += [Mention(text[a:b], a, b, posts) for a, b in items if posts]
    return out


def _past_aside(text: str, k: int) -> int:
    """``k``, or past a short aside in brackets that stands there (董志华（女）为)."""
    if text[k:k + 1] in ("（", "("):
        close = text.find("）" if text[k] == "（" else ")", k, k + MAX_ASIDE_AFTER_NAME + 2)
        return close + 1 if close > 0 else k
    return k


def _appointed_names(text: str, i: int, found: set[tuple[int, int]], lex: Lexicons) -> tuple[list[tuple[int, int]], int]:
    """The names after an appointing verb at ``i`` (任命|刘小明为, 选举|王一、李二（女）为, 免去|陈大军同志…)
    and where their posts start; ``([], i)`` when no name follows."""
    items: list[tuple[int, int]] = []
    found_lengths: dict[int, tuple[int, ...]] = {}  # names found already, of any length (阿不都热依木·卡德尔), by start
    for s, e in sorted(found):
        found_lengths[s] = found_lengths.get(s, ()) + (e - s,)
    while len(items) < MAX_APPOINTED:
        aside = _aside_after_item(text, i)
        for n in ((aside.start() - i,) if aside else ()) + found_lengths.get(i, ()) + (3, 2, 4):
            k = _past_aside(text, i + n)
            comrade = text.startswith("同志", k)  # 免去谷焕民同志|…职务: the post right after 同志
            k += 2 if comrade else 0
            joined = text[k:k + 1] in NAME_TO_POST
            listed = text[k:k + 1] == "、"
            if (joined or comrade or listed) and (aside and i + n == aside.start() or _name_shape(text[i:i + n], lex)) \
                    or (i, i + n) in found:
                break
        else:
            return [], i
        items.append((i, i + n))
        if not listed:
            return items, k + 1 if joined else k
        i = k + 1
    return [], i


def _listed_before(text: str, i: int, found: set[tuple[int, int]], lex: Lexicons) -> list[tuple[int, int]]:
    """The names of a 、-list that ends with the name at ``i`` (王一、李二|当选为…), nearest first."""
    items: list[tuple[int, int]] = []
    while len(items) < MAX_APPOINTED and text[i - 1:i] == "、":
        item = _item_ending_at(text, i - 1, found, lex)
        if item is None:
            break
        items.append(item)
        i = item[0]
    return items


# What a list of persons writes after a name: the person's sex, ethnic group or both (王丽（女）, 乃登（蒙古族）,
# 马芳（女，回族）); and a report after a name it has changed (成刚（化名）).
PSEUDONYM = "化名"
PERSON_ASIDE = re.compile(f"[（(](?:女|男|{PSEUDONYM}|(?:[女男][，,、])?[\u4e00-\u9fff]{{1,6}}族)[）)]")
MAX_ASIDE_NAME = 8  # characters of a name of any shape before an ethnic group's aside (阿不都热依木（维吾尔族）)
ETHNIC = "族"
ITEM_BOUNDS = frozenset("、，,：:；;\n")


def _aside_after_item(text: str, i: int) -> re.Match[str] | None:
    """An ethnic group's aside after a name of two to MAX_ASIDE_NAME characters starting at ``i``, if any."""
    k = i
    while k < len(text) and k - i <= MAX_ASIDE_NAME and (_is_cjk(text[k]) or text[k] == "·"):
        k += 1
    aside = PERSON_ASIDE.match(text, k)
    return aside if aside and k - i >= 2 and ETHNIC in aside.group() else None


def _item_ending_at(text: str, end: int, found: set[tuple[int, int]], lex: Lexicons) -> tuple[int, int] | None:
    """The name of a list's item that ends at ``end`` (with its aside: 钮小燕（女）, 乃登（蒙古族）), as
    (start, end of the name), or None. A name of any shape stands before a person's aside where the item
    starts at the list's or the clause's bound; else a Chinese name's shape (or one found) is needed."""
    name_end = end
    pseudonym = False  # 员工成钢（化名）: the report names a person, wherever the name stands
    if text[end - 1:end] in ("）", ")"):
        opened = max(text.rfind("（", 0, end), text.rfind("(", 0, end))
        if opened >= 0 and PERSON_ASIDE.fullmatch(text, opened, end):
            name_end = opened
            pseudonym = PSEUDONYM in text[opened:end]
            k = name_end
            while k > 0 and name_end - k < MAX_ASIDE_NAME and (_is_cjk(text[k - 1]) or text[k - 1] == "·"):
                k -= 1
            if name_end - k >= 2 and (k == 0 or text[k - 1] in ITEM_BOUNDS) and ETHNIC in text[opened:end]:
                verb = APPOINT_BEFORE.match(text, k)  # ；选举|李兆焯（壮族）为…
                k = verb.end() if verb else k
                if name_end - k >= 2:
                    return k, name_end  # 乃登（蒙古族）: a name of no surname (王丽（女） has a Chinese name's shape)
    freq = name_scorer.name_lexicon().freq
    return next(((name_end - n, name_end) for n in (3, 2, 4) if (name_end - n, name_end) in found or (
        name_end - n >= 0 and _name_shape(text[name_end - n:name_end], lex) and (
            name_end - n == 0 or text[name_end - n - 1] in ITEM_BOUNDS or _left_ok(text, name_end - n)
            or pseudonym and not word_across(text, name_end - n, freq)))), None)


def _posts_after(text: str, p: int, lex: Lexicons) -> list[str]:
    """The posts written from ``p`` to the clause's end (or 职务, 一职), split at 、 and 兼: each must end
    with a title of the lexicon, else none is taken (此次大会的主持人)."""
    q = p
    while q < len(text) and q - p <= MAX_TITLE_PIECE and text[q] not in POST_STOPS and not text.startswith(POST_ENDS, q):
        q += 1
    posts, at = [], p
    for piece in POST_SPLIT.split(text[p:q]):
        end = at + len(piece)
        if not piece or any(ch in POST_BREAKS and not inside_he_stem(text, at + k) for k, ch in enumerate(piece)):
            break  # (but 中华人民共和国驻约旦大使, 市自然资源和规划局局长: 和 inside a name)
        if lex.title_ending_at(text, end) == 0:
            return []
        posts.append(piece)
        at = end + 1
    return posts


# Where an item of a list starts, and where it ends (an aside in brackets may follow it).
ITEM_STARTS = frozenset("、，：；\n")
ITEM_ENDS = frozenset("、，。；（(\n")
MIN_PLACED_ITEMS = 2  # items "place + name" of one sentence that make it a list of persons


@cache
def _list_places() -> dict[str, list[str]]:
    """Countries and places abroad, provinces, prefectures and county-level cities, by their first two
    characters, longest first: what stands before a name in a list of results or delegates."""
    places = words("world_places.txt") | frozenset(row[0] for row in entries("regions.txt")
                                                   if row[1:2] in (("province",), ("prefecture",), ("county",)))
    out: dict[str, list[str]] = {}
    for place in sorted(places, key=len, reverse=True):
        if len(place) >= 2:
            out.setdefault(place[:2], []).append(place)
    return out


def _item_ends(text: str, k: int) -> bool:
    """Does a list's item end at ``k``: a separator, the text's end, or an aside in brackets and then
    one of those (吕钦（2559分）、; not 南开（融侨）中学)?"""
    if text[k:k + 1] in ("（", "("):
        close = next((j for j in range(k + 1, min(len(text), k + name_scorer.MAX_ASIDE)) if text[j] in "）)"), None)
        return close is not None and text[close + 1:close + 2] in ITEM_ENDS | {""}
    return text[k:k + 1] in ITEM_ENDS | {""}


def placed_item_mentions(text: str, mentions: list[Mention], lex: Lexicons) -> list[Mention]:
    """Items of a list that are a place and a name (美国克拉泽博格、加拿大沃尔斯费尔德; 广东吕钦（2559分）、
    黑龙江赵国荣): where a sentence holds two such items or more, each name is a person. The name is a
    Chinese name's shape or a transliterated one (names.looks_foreign), and no place itself (江苏南京)."""
    places, stop = _list_places(), not_person_names()
    taken = [(m.start, m.end) for m in mentions]
    found: list[tuple[int, Mention]] = []
    for k in range(len(text)):
        if not (k == 0 or text[k - 1] in ITEM_STARTS) or text[k:k + 2] not in places:
            continue
        place = next((p for p in places[text[k:k + 2]] if text.startswith(p, k)), None)
        if place is None:
            continue
        r = k + len(place)
        for n in range(MAX_FOREIGN_PART + 1, 1, -1):
            name = text[r:r + n]
            if (len(name) == n and _item_ends(text, r + n) and name not in stop
                    and (_name_shape(name, lex) and _author_line(name, lex, None)
                         or all(ch in name_scorer.TRANSLIT for ch in name) and name_scorer.looks_foreign(name))):
                sentence = len(re.findall("[。！？\n]", text[:k]))
                found.append((sentence, Mention(name, r, r + n)))
                break
    counts: dict[int, int] = {}
    for sentence, _ in found:
        counts[sentence] = counts.get(sentence, 0) + 1
    return [m for sentence, m in found if counts[sentence] >= MIN_PLACED_ITEMS
            and not any(x < m.end and m.start < y for x, y in taken)]


# A name after 叫 / 名叫 ("called"), before 的 or punctuation: 一个叫刘明的老书记, 小女孩叫张金金，
CALLED = re.compile(r"(?:名叫|叫做|叫)([\u4e00-\u9fff]{2,6}?)(?=[的，。、；]|$)")
LIKENED = re.compile(r"像([\u4e00-\u9fff]{2,3}?)(?=这样|那样|这种|一样)")  # 像吴敏这样的推销员


def called_mentions(text: str, mentions: list[Mention], lex: Lexicons,
                    model: name_scorer.NameModel | dict | None = None) -> list[Mention]:
    """Names after 叫 or 名叫 and before 的 or punctuation, and names one is likened to (像吴敏这样的推销员): a
    Chinese name's shape that the scorer finds likely standing alone, or a transliterated name (一个叫侯萨姆的胖小伙)."""
    if "叫" not in text and "像" not in text:
        return []
    taken = [(m.start, m.end) for m in mentions]
    out = []
    for m in [*CALLED.finditer(text), *LIKENED.finditer(text)]:
        name, a, b = m.group(1), m.start(1), m.end(1)
        if any(x < b and a < y for x, y in taken) or name in not_person_names():
            continue
        if (_name_shape(name, lex) and _author_line(name, lex, model)) or (
                all(ch in name_scorer.TRANSLIT for ch in name) and name_scorer.looks_foreign(name)):
            out.append(Mention(name, a, b))
    return out


# Forms of address after a full name (储珺同学, 周昊老师, 丁昭博士, 张广石校友, 余爽师姐): a person wherever no word runs across
# the name's start, when the name is likely standing alone.
ADDRESSED = re.compile("同学|老师|博士|先生|女士|校友|师兄|师姐|学长|学姐")
ADDRESS_NOT_GIVEN = NOT_GIVEN | NEVER_GIVEN | {"老"}  # 严老先生: 老先生 is the form of address


def addressed_mentions(text: str, mentions: list[Mention], lex: Lexicons,
                       model: name_scorer.NameModel | dict | None = None) -> list[Mention]:
    """Names of two or three characters right before 同学, 老师, 博士, 先生 or 女士 (第一名的储珺同学,
    校团委周昊老师, 经济学院丁昭博士): a name's shape, no common word (全体老师, 班级同学), likely standing
    alone, and no dictionary word running across its start (数学老师 is no 学老师). The three-character
    reading first; where none fits, a transliterated name before 先生, 女士, 博士 (科雷先生)."""
    taken = [(m.start, m.end) for m in mentions]
    freq = name_scorer.name_lexicon().freq
    out: list[Mention] = []
    for m in ADDRESSED.finditer(text):
        end = m.start()
        if text[m.end():m.end() + 1] == "们":
            continue  # 向同学们, 和老师们: a plural, no form of address
        found_here = len(out)
        for n in (3, 2):
            start = end - n
            name = text[start:end]
            if start < 0 or any(x < end and start < y for x, y in taken):
                continue
            sur = 2 if name[:2] in lex.compound else 1
            if (_name_shape(name, lex) and not set(name[sur:]) & ADDRESS_NOT_GIVEN
                    and not (n == 2 and name[0] in name_scorer.name_lexicon().weak_surnames)  # 受业于|姜先生
                    and name[0] not in name_scorer.name_lexicon().conjunction_surnames  # 何晓红和|一众同学
                    and not text[start - 1:start].isdigit() and _author_line(name, lex, model)
                    and not word_across(text, start, freq)):
                out.append(Mention(name, start, end))
                break
            if (n == 3 and _name_shape(name, lex) and text[start] not in name_scorer.name_lexicon().weak_surnames
                    and not _inner_surname_likelier(text, start, freq)):
                break  # 江文凯博士: the three-character reading holds a name's start, never read 文凯 (but
                # 和|向刚老师: 和 is the conjunction; 总计|杜硕先生: 计 is in a word and 杜 the commoner surname)
        if len(out) == found_here and m.group() in FOREIGN_ADDRESSES:
            foreign = _translit_run_before(text, end)  # 科雷先生: a transliterated name
            if foreign is not None and not any(x < end and foreign < y for x, y in taken):
                out.append(Mention(text[foreign:end], foreign, end))
    return out


FOREIGN_ADDRESSES = frozenset(("先生", "女士", "博士"))


def _inner_surname_likelier(text: str, start: int, freq: dict[str, int]) -> bool:
    """Does a word run across ``start`` while the next character is the commoner surname (总计|杜硕: 计 is in
    总计, 杜 commoner than 计), so that a name of two starts after it?"""
    bucket = name_scorer.name_lexicon().surname_bucket
    return (bucket.get(text[start + 1], 0) > bucket.get(text[start], 0)
            and word_across(text, start, freq))


def _translit_run_before(text: str, end: int) -> int | None:
    """Where the run of transliteration characters that ends at ``end`` starts, if it is two to six of
    them that look foreign or make no word (科雷, 马丁) and no place; else None."""
    run = end
    while run > 0 and end - run < MAX_FOREIGN_PART and text[run - 1] in name_scorer.TRANSLIT:
        run -= 1
    name = text[run:end]
    if len(name) < 2 or name in not_person_names() or not (name_scorer.looks_foreign(name) or _two_foreign(name)):
        return None
    return run


# A 、-list of names closed by 同志 (史建、杨少桥、时逸之等同志), or by 等 and a plural of address (苏驼、陈晏清等
# 教授, …等老师): every item is a person.
COMRADE_LIST = re.compile(r"((?:[\u4e00-\u9fff]{2,5}、)+[\u4e00-\u9fff]{2,4}?)(?:等?同志|等老?(?:教授|老师|专家|院士|学者))")


def comrade_list_mentions(text: str, mentions: list[Mention], lex: Lexicons,
                          model: name_scorer.NameModel | dict | None = None) -> list[Mention]:
    """Items of a 、-list closed by (等)同志 or 等 + 教授/老师/专家/院士/学者 that are a name's shape
    (:func:`_name_shape`): persons, since the closer names the items. The first item may hold the words before the list (初派|史建): its
    ending of a name's shape that the name scorer finds likelier. A list with an item of no name's
    shape is left alone."""
    if "、" not in text:
        return []
    taken = [(m.start, m.end) for m in mentions]
    out = []
    for m in COMRADE_LIST.finditer(text):
        parts = m.group(1).split("、")
        at = m.start(1)
        first, items = parts[0], []
        options = [n for n in (4, 3, 2) if n <= len(first) and _name_shape(first[-n:], lex)]
        if not options:
            continue
        n = max(options, key=lambda n: _name_probability(text, at + len(first) - n, at + len(first), lex, model))
        items.append((at + len(first) - n, at + len(first)))
        k = at + len(first) + 1
        for part in parts[1:]:
            items.append((k, k + len(part)))
            k += len(part) + 1
        if not all(_name_shape(text[a:b], lex) for a, b in items[1:]):
            continue
        out += [Mention(text[a:b], a, b) for a, b in items if not any(x < b and a < y for x, y in taken)]
    return out


# Function words after which a public figure's name surely ended (关羽|要扶保刘备, 刘备|的): not the
# start of a longer name (陈云|森).
FIGURE_END_CHARS = FOREIGN_NAME_ENDS | frozenset("要说曾")
# Bodies after a leader's name that are the leader's own (克林顿政府: Clinton's administration).
LEADERS_BODIES = ("政府", "当局", "内阁", "政权")


def _body_named_after(text: str, end: int, lex: Lexicons) -> bool:
    """Does a unit's suffix of two characters or more follow a name right away, no title and no
    leader's body (马克思|学院, 利奥波德|基金会; not 克林顿政府), or a place named after a person (叶剑英|纪念园)?"""
    return (name_scorer.name_lexicon().unit_suffix_at(text, end) >= 2 and not lex.title_starting_at(text, end)
            and not text.startswith(LEADERS_BODIES, end)) or text.startswith(NAMED_PLACES, end)


def _leaders_body(text: str, end: int) -> bool:
    """Does a leader's body follow, ending the phrase (克林顿政府; not 周恩来政府管理学院)?"""
    return text.startswith(LEADERS_BODIES, end) and not _names_unit(text, end + 2)


def _names_unit(text: str, end: int) -> bool:
    """Do the words after a name end in a unit's suffix or a place named after a person before the
    phrase ends (周恩来政府管理学院, 孔子学院, 邓稼先纪念馆, 拉宾广场, 里根国家机场): the name is part of
    the unit's or the place's name, not a mention of the person."""
    lex = name_scorer.name_lexicon()
    for k in range(end, min(len(text), end + MAX_NAMED_UNIT)):
        ch = text[k]
        if not _is_cjk(ch) or ch in PHRASE_STOPS:
            return False
        if lex.unit_suffix_at(text, k) or text.startswith(NAMED_PLACES, k):
            return True
    return False


def _whole_dotted_names(text: str, titles: dict[str, list[str]], places: dict[str, list[tuple[int, int]]],
                        lex: Lexicons) -> None:
    """A known name where it stands as one part of a dotted name (索尼亚 in 索尼亚·甘地) is a mention of
    the whole dotted name, a person added to ``titles`` and ``places``; where the whole cannot be told,
    the part stays a mention of its own."""
    for name in list(places):
        if "·" in name:
            continue
        kept = []
        for a, b in places[name]:
            whole = _dotted_around(text, a, b, lex) if "·" in (text[a - 1:a] if a else "", text[b:b + 1]) else None
            if whole is None:
                kept.append((a, b))
                continue
            titles.setdefault(text[whole[0]:whole[1]], [])
            spans_of_whole = places.setdefault(text[whole[0]:whole[1]], [])
            if whole not in spans_of_whole:
                spans_of_whole.append(whole)
        places[name] = kept


COMRADE = "同志"


def _given_name(name: str, lex: Lexicons) -> str:
    """The two-character given name of a Chinese name of three characters (or four with a compound
    surname), else ""."""
    if len(name) == 4 and name[:2] in lex.compound:
        return name[2:]
    return name[1:] if len(name) == 3 and name[0] in lex.single and all(map(_is_cjk, name)) else ""


@cache
def _figures_by_given_name() -> dict[str, str]:
    """The public figures known by their given name alone (小平 → 邓小平), where one figure only has it."""
    lex = lexicons()
    owners: dict[str, set[str]] = {}
    for name in words("public_figures.txt"):
        if given := _given_name(name, lex):
            owners.setdefault(given, set()).add(name)
    return {given: next(iter(names)) for given, names in owners.items() if len(names) == 1}


def given_name_comrades(text: str, titles: dict[str, list[str]], lex: Lexicons) -> dict[str, list[dict[str, int]]]:
    """A given name followed by 同志 (恩来同志, 小平同志: how official texts name a leader closely) is a
    mention of the one person of the text with that given name, else of the public figure with it;
    never inside the full name (邓小平同志 is a mention of its own)."""
    owners: dict[str, set[str]] = {}
    for name in titles:
        if given := _given_name(name, lex):
            owners.setdefault(given, set()).add(name)
    out: dict[str, list[dict[str, int]]] = {}
    for k in re.finditer(COMRADE, text):
        a = k.start() - 2
        given = text[a:k.start()] if a >= 0 else ""
        if len(given) < 2 or not all(map(_is_cjk, given)):
            continue
        named = owners.get(given)
        owner = next(iter(named)) if named and len(named) == 1 else None if named else _figures_by_given_name().get(given)
        full = a - (len(owner) - 2) if owner else -1
        if owner is None or full >= 0 and text[full:k.start()] == owner:
            continue  # two persons have that given name; or the full name stands there
        out.setdefault(owner, []).append({"start": a, "end": k.start()})
    return out


FAMILY_NAME_WORD = 100  # jieba frequency from which a name's first two characters are a word (no family name)


def _link_family_names(text: str, titles: dict[str, list[str]], places: dict[str, list[tuple[int, int]]],
                       linked: dict[str, list[dict[str, int]]], lex: Lexicons) -> None:
    """The first two characters of a four-character name with no compound surname and not transliterated
    (a Japanese family name: 高市早苗 … 高市表示) written alone later are a mention of that person, when
    one person only begins so and the two characters are no word and no place; never inside the full
    name."""
    owners: dict[str, set[str]] = {}
    for name in titles:
        if (len(name) == 4 and all(map(_is_cjk, name)) and name[:2] not in lex.compound
                and not all(ch in name_scorer.TRANSLIT for ch in name)):  # 施特劳斯: no family name
            owners.setdefault(name[:2], set()).add(name)
    if not owners:
        return
    names, stop = name_scorer.name_lexicon(), not_person_names()
    for family, whole in owners.items():
        if len(whole) != 1 or names.word(family) >= FAMILY_NAME_WORD or family in stop or family in titles:
            continue
        owner = next(iter(whole))
        longer = [span for other, spans in places.items() if len(other) > 2 and other.startswith(family)
                  for span in spans]
        spans = [k.span() for k in re.finditer(re.escape(family), text)
                 if not any(c <= k.start() and k.end() <= d for c, d in longer)
                 and not text.startswith(owner, k.start())
                 and not word_across(text, k.end(), names.freq)]  # 高市|场: a word runs on past it
        linked.setdefault(owner, []).extend({"start": a, "end": b} for a, b in spans)


def _link_last_parts(text: str, titles: dict[str, list[str]], places: dict[str, list[tuple[int, int]]],
                     linked: dict[str, list[dict[str, int]]]) -> None:
    """The last part of a dotted name written alone (罗萨里奥·格林 … 格林说) is a later mention of that
    person, when one person only ends so and the part is two characters or more and no place; a
    person the rules found under the part alone is merged into the whole name."""
    owners: dict[str, set[str]] = {}
    for name in titles:
        if "·" in name:
            owners.setdefault(name.rsplit("·", 1)[1], set()).add(name)
    places_abroad = not_person_names()
    lex = lexicons()
    for last, whole in owners.items():
        if len(whole) != 1 or len(last) < 2 or last in places_abroad:
            continue  # 拉吉夫·甘地 and 索尼亚·甘地: 甘地 alone could be either
        owner = next(iter(whole))
        longer = [span for other, spans in places.items() if len(other) > len(last) and last in other
                  for span in spans]
        spans = [k.span() for k in re.finditer(re.escape(last), text)
                 if "·" not in (text[k.start() - 1:k.start()] if k.start() else "", text[k.end():k.end() + 1])
                 and not any(c <= k.start() and k.end() <= d for c, d in longer)]
        for t in titles.pop(last, []):
            if t not in titles[owner]:
                titles[owner].append(t)
        for _, b in spans:  # 比亚总统: the title written right after the part alone is the person's
            after = text[b:b + lex.title_starting_at(text, b)]
            if after and after not in titles[owner]:
                titles[owner].append(after)
        places.pop(last, None)
        linked.setdefault(owner, []).extend({"start": a, "end": b} for a, b in spans)
    _link_first_parts(titles, places, linked)


def _link_first_parts(titles: dict[str, list[str]], places: dict[str, list[tuple[int, int]]],
                      linked: dict[str, list[dict[str, int]]]) -> None:
    """A person the rules found under the first part of a dotted name alone (罗琳·比特洛 … 罗琳女士) is that
    person, when one person only begins so and the part is two characters or more."""
    owners: dict[str, set[str]] = {}
    for name in titles:
        if "·" in name:
            owners.setdefault(name.split("·", 1)[0], set()).add(name)
    for first, whole in owners.items():
        if len(whole) != 1 or len(first) < 2 or first not in titles:
            continue
        owner = next(iter(whole))
        titles[owner].extend(t for t in titles.pop(first) if t not in titles[owner])
        linked.setdefault(owner, []).extend({"start": a, "end": b} for a, b in places.pop(first, []))


def extract_officials(text: str, extra_names: tuple[str, ...] = (), *,
                      name_model: name_scorer.NameModel | dict | None = None) -> list[dict]:
    """Officials merged by name: ``{"name", "titles", "mentions"}`` in order of first mention.

    ``extra_names`` are persons known from elsewhere (masthead and tail staff lines);
    ``name_model`` replaces the name scorer's fitted model (training uses it).

    >>> [(o["name"], o["titles"]) for o in extract_officials("会上，副市长、公安局局长宋文元传达了会议精神。")]
    [('宋文元', ['副市长', '公安局局长'])]
    """
    lex = lexicons()
    figures = list(_public_figure_re().finditer(text))  # searched once for both
    mentions = find_mentions(text, name_model, figures)
    freq = name_scorer.name_lexicon().freq
    for m in public_figure_mentions(text, lex, figures):
        # a public figure wins over a reading the rules made of part of it (首相高市早|苗, 司令官|金正|日),
        # not over a longer name that holds it, unless a word runs across that name's end (总理李鹏发|来了)
        mentions = [f for f in mentions if not (f.start < m.end and m.start < f.end and not (
            f.start <= m.start and m.end <= f.end and not (f.end > m.end and word_across(text, f.end, freq))))]
        if not any(f.start < m.end and m.start < f.end for f in mentions):
            mentions.append(m)
    mentions += [Mention(c.name, c.start, c.end, _titles_before(text, c.start, mentions, lex))
                 for c in scored_names(text, mentions, extra_names, model=name_model)]
    mentions += list_item_mentions(text, mentions, lex)
    mentions += appointment_mentions(text, mentions, lex, name_model)
    mentions += aside_mentions(text, mentions, lex)
    mentions += bracketed_post_mentions(text, mentions, lex)
    mentions += serving_mentions(text, mentions, lex)
    mentions += profile_mentions(text, mentions, lex)
    mentions += speaker_mentions(text, mentions, lex, name_model)
    mentions = [_with_regnal(text, m) for m in mentions]
    sides = any(w in text for w in SIDE_WORDS)  # 中方, 双方: a text about parties, where 巴方, 汤方愿 are sides
    mentions = [m for m in mentions if m.titles or not _side(m.name) or not (sides or _country_named(text, m.name[0]))]
    mentions = _known_two_before_adverb(mentions)
    mentions += comrade_list_mentions(text, mentions, lex, name_model)
    mentions += placed_item_mentions(text, mentions, lex)
    mentions += called_mentions(text, mentions, lex, name_model)
    mentions += addressed_mentions(text, mentions, lex, name_model)
    linked: dict[str, list[dict[str, int]]] = {}
    for m in bare_title_mentions(text, mentions, lex):
        if m.titles:
            mentions.append(m)  # 王书记: nobody named says who it is
        else:
            linked.setdefault(m.name, []).append({"start": m.start, "end": m.end})
    titles: dict[str, list[str]] = {}
    for m in mentions:
        bucket = titles.setdefault(m.name, [])
        for t in m.titles:
            if t not in bucket:
                bucket.append(t)
    for name in extra_names:
        titles.setdefault(name, [])
    places = {name: [k.span() for k in re.finditer(re.escape(name), text)
                     if not text.startswith(DOCTRINES, k.end())]  # 高举邓小平理论伟大旗帜: a doctrine
              for name in titles}
    _whole_dotted_names(text, titles, places, lex)
    _link_last_parts(text, titles, places, linked)
    _link_family_names(text, titles, places, linked, lex)
    for name, spans in given_name_comrades(text, titles, lex).items():
        titles.setdefault(name, [])
        places.setdefault(name, [])
        linked.setdefault(name, []).extend(spans)
    bylines = [m.span("run") for m in BYLINE.finditer(text)]
    listed = _list_titles_after(text, places, lex)
    out = []
    for name, ts in titles.items():
        spans = []
        longer = [span for other, others in places.items() if len(other) > len(name) and name in other
                  for span in others]
        for a, b in places[name]:
            if any(c <= a and b <= d for c, d in longer):
                continue  # 吉尔伯特 in 约翰·吉尔伯特, 惠珍 in 梁惠珍: inside a longer name's mention
            spans.append({"start": a, "end": b})
            # 王洪斌局长: a known person with a title after the name
            after = _title_after(text, b, lex)
            if after and any(x <= a and b < y for x, y in bylines):
                after = 0  # （实习生李泽玲记者马力）: in a by-line a role starts the next group of names
            title = text[b:b + after] if after else listed.get(a, "")
            if title and not any(t.endswith(title) for t in ts):
                ts.append(title)  # not 院士 again after 中国科学院院士
        spans = sorted(spans + linked.get(name, []), key=lambda m: m["start"])
        if spans:
            out.append({"name": name, "titles": ts, "mentions": spans})
    return sorted(out, key=lambda o: o["mentions"][0]["start"])


__all__ = ["extract_officials", "find_mentions", "byline_mentions", "scored_names", "title_chain", "name_at",
           "bare_title_mentions", "public_figure_mentions", "name_part_mentions", "japanese_mentions", "latin_name_mentions", "aside_mentions",
           "bracketed_post_mentions", "serving_mentions",
           "foreign_titled_after",
           "list_item_mentions", "appointment_mentions", "profile_mentions", "comrade_list_mentions", "placed_item_mentions",
           "called_mentions", "addressed_mentions"]
