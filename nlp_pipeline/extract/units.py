"""Units: every organisation a bulletin names — government bodies, party committees, departments,
sub-units, institutions, enterprises — as written.

The text is cut into words by our jieba dictionary (dictionary words only, no HMM: fast, and unknown
characters stay single; :class:`~nlp_pipeline.segment.DagCutter` gives jieba's words about 3× faster).
A unit is a word ending in a unit suffix (``unit_suffixes.txt``: 局, 大队, 派出所, 科, 镇, 办 …) or a
well-known body (``known_units.txt``: 党中央, 国务院, 新华社, 联合国安理会, kept one word even where
jieba cuts them), together with the run of words before it that can be part of a name: nouns, place names,
abbreviations, ordinals (第一中学), unknown characters (泓 江 市), and the verbs that unit names are
made of (``unit_inner_words.txt``: 创建, 建设, 管理 …), and an abbreviation cut into lone characters after a name with
its first (电力 | 经 | 研 | 院, though 经 is a not-name word), and a word that with the lone character after it makes a
dictionary noun jieba did not take (学习 | 部: 学习部, 起重 | 机 | 公司: 起重机), or two words that make a compound noun of
``unit_inner_words.txt`` (社会 | 组织: 青山市社会组织服务中心), or a lone character that makes one with the start of a
word whose rest is a suffix (教 | 工部: 教工 | 部; no name begins inside a word). The run stops at any other verb, at an
activity word, a dateline or a post (``not_unit_name_words.txt``: 联系, 会同, 日电, 本报讯, 现任 …; one that starts
a word cuts it only where a place is left, 会同 | 县, or, a lone post or verb in a word jieba takes for a name, a word
(任 | 国民参议会), else the run stops before the word: 企业家 | 委员会; but a compound noun of a word marked
``compound``, 联合攻关, 企业顾问, and a unit word, 组织部 | 人才中心, 联合会 | 常委会, stand in a name), a
title (总书记), a preposition or conjunction, a demonstrative (在此 | 周报编辑部), punctuation, or a generic word
(``generic_unit_prefixes.txt``: 各, 有关, 全市, 外资, 某 …), in which case the mention is a generic
reference, not a unit (各部门, 有关单位, 外资银行). Head words of ``unit_name_heads.txt`` (队, 歌舞团,
民主党, 大使馆, 系, 部队) end a unit only after a name, a proper one for teams, parties and forces
(中国队, 武警部队, not 党员突击队, 救灾部队; one anywhere in the name for a school of old: 焦作 | 路矿 | 学堂, not 发展 |
学堂; a head also in ``unit_suffixes.txt`` is a head); a known body takes only proper names before it (中国 | 国务院,
not 宣传 | 中国共产党), or its parent unit if it is the body of one (``child``: 乌克兰武装部队 | 总参谋部, 中国共产党 |
中央委员会). A body and where it is stationed after 驻 name one office (市纪委 | 驻 | 市教育局 | 纪检监察组, 省纪委监委 |
驻 | 校 | 纪检监察组).
A lone kind word (``unit_kind_words.txt``: 单位, 中心, 局, 部队, 派出所), a non-unit word
(``not_unit_words.txt``: 干部, 会议室, 家乡, 关系; 政局 only as a word of its own) or a suffix that
starts a longer word (中心 | 任务, the particle 所 in 被人们所认识, 国会所乐见; but not where jieba took a longer
word after a noun: 救援局 | 部署 is no 局部) is no unit, nor is a zone
or a venue or a village named as a place (在 | 禾阳经济技术开发区, 在 | 学生活动中心, 走进 | 图书馆, 来到 |
石岭镇, 参观了 | 青禾博物馆, 抵达 | 石牛村; 图书馆 | 广场, 纪念馆 | 前, 石牛村 | 一处 | 山坡, 石牛村 | 村民, a village
counted by its households, 红泉村当时有621户, and the town such a village lies in), a unit that names a
building after a word of place (在 | 化工学院 | 楼, 在 | 石岭 | 的 | 市政厅 | 前) or a memorial hall's subject (抗日民主政府 | 纪念馆), a foreign place (莫斯科), some body counted (一家 | 外贸公司,
八所 | 大学, 12 | 个 | 调解委员会, 十二支 | 部门工会, 五大 | 跨国公司) or a name that starts with a word beginning with 各, 某,
该 (各乡镇 | 党委), follows a pronoun beginning with 各 or 某 (某个 | 档案馆, 各区 | 教育局) or holds one after its first word
(青山区 | 各乡镇 | 社区). Nor is a name made only of
words for a school and its colleges (学校 | 学院), a campus section (东 | 院, 南院), a city's sub-centre (城市副中心) or a room (C108室: a
code of a letter and digits is no Latin name), nor a person addressed by the office he heads (王 | 科,
陈 | 处, 赵 | 中心: lone characters jieba tags as a person's), a spot (最厚 | 处, 五里 | 处, 钱 | 处: 处 after an
adjective, a measure, a place or a lone character; 石岭 | 一处, one spot in a place), a railway station (洛阳 | 站,
郑州东站), a party's members (中国共产党 | 人) or 办 the verb before what one runs or after an adverb or a modal (大地 |
办 | 大学, 非洲 | 办 | 农场, 日本 | 办 | 展, 互 | 办, 特事 | 特 | 办, 农业 | 应 | 办), nor a college's founding (独立 |
建院: a ``word`` of ``not_unit_words.txt``), nor a number and a suffix character alone (一部, 三局, 百所, 首站: a
count; but 市 | 二院). A causative verb (使, 令) begins no brand (使 | 凯 乐 | 公司), nor 有 a name (因为有 | 禾 船 院), a lone verb, preposition or
adverb no village (因 | 村, 有 | 乡). An idiom (jieba: i)
never begins a name (非常感谢 | 学校), nor does a verb, time or person of ``school_object_words.txt`` before a
school's own word or a known body (宣传 | 学校, 新时代 | 学校, 协调 | 农学院, 申报 | 教育部, 深化 | 上合组织). A not-unit ending gives way to a longer unit suffix (扶贫开发领导小组 is no 小组) and to a known
body (国家安全部 is no 全部). The run also stops at a count of places (三省两市 | 青年联合会), a lone unit word after an
adjective (第一大党 | 印度人民党), an event before a brand jieba takes for a person's (青山博览会 | 张家湾集团), and a
verb of building (``builds`` of ``unit_inner_words.txt``) that begins it before common nouns and a kind of body (发展 |
平民医院); a known body before 大厦 or 大楼 names the building (石岭联合国大厦). A village's or a town's name jieba cut
after an adjective or a number and a measure keeps them (大 | 营盘 | 乡, 五里 | 罕 | 镇), a news agency's branch its place
(新华社 | 石岭 | 分社; but 新华社 | 石岭 | 1月5日电, a dateline), and a verb of location (地处/s) begins no name. A
contest's division and its committee take the contest's name, 全国 too (全国大学生电子设计竞赛江苏赛区组委会); after an
activity a scope word begins a body's name (a headline run into the text: 医养行动 | 国家卫生健康委; not before a long
name of a field: 分子遗传国家重点实验室).

A word of ``unit_kind_words.txt`` marked ``lead`` (高校, 城市, 兄弟) that begins a name makes it a body of
a kind (高校图书馆, 城市居家社区, 兄弟校友会; a school's old kind in a change, 从 | 农学院 | 到 | 综合性大学, is one too; but 省委高校工委, and 高校工作部, 高校思想政治工作…中心: a body named by its work on
the kind), unless a verb stands before it (发展 | 城市商业银行); after a noun or a name 城市 is part of the name
(成都市公园城市建设管理局, 金光城市科技有限公司), but a lone suffix character after it begins the next word (工业城市 |
室兰市). Party branches named by their persons (研究生党支部, 教工党支部:
``members``) or by 分 alone (分党委) are kind words, unless a cohort (2019级硕士生党支部), a college (哲学院2018级…) or
the college's committee in brackets before them (历史学院党委（本科生党支部）) makes them a named branch.

Inside the run: a name in Latin letters right before the unit word or a place (IBM | 公司, IBM | 中国 | 开发中心; an
acronym also before common nouns: MBA | 教育 | 中心),
联合 before a school or laboratory (联合 | 研究生院), 分 before a Party or League body (竹苑 | 分 | 党工委), an era
(现代, 当代, 新一代: 现代 | 农业产业研究院) and a lone 新, 小, 老 before a noun (新 | 农村 | 发展研究院, 小 | 动物 |
救助站; not 新 | 时代), a direction word
(北方 | 电讯公司), a university's short name of a lone character and 大 (川 | 大 | 农学院), a name jieba takes for a person's after a place, before a company or before a county's or city's own organ (卫东 | 县委组织部)
(哈尔滨市 | 阿勒锦 | 经贸公司, 天津 | 石景山 | 机械总厂, 万德莱 | 公司, 太阳雨 | 集团 | 有限公司), also with the nouns of its trade
between (张家湾 | 商贸 | 连锁 | 公司, 张家湾 | 热电厂), 全国 after 第…届 or a country
(政协第八届全国委员会, 智利全国应急中心), a century (21 | 世纪 | 发展研究院), a word of scope
(国家, 首都: 首都规划建设委员会; also before a known body: 国家 | 审计署), a public figure (``public_figures.txt``: 周恩来政府管理学院, 鲁迅纪念馆),
and two fields joined by 与 or 和 in a school's, an institute's, an office's, a centre's or an administration's name
(电气与动力工程学院, 资源和环境学院, 信息与教育技术中心, 国际合作与交流处, 食品与药品管理局: common nouns, no body, person or place on the left;
after 与 also before a body jieba took whole, 网络与信息中心, but no known body: 与 | 教育部), also
before its sub-units (电子信息与光学工程学院党委); a ministry or a leading group runs on over 与/和 to a proper start
(密歇根州卫生和公共服务部, 国家新药研究与开发协调领导小组: :func:`_run_on`). A province after a whole unit that has its own
place begins the next unit (江苏省新华书店 | 江苏省歌舞剧院), and a proper name after a company begins the next company (…市供电公司 |
华电工程咨询有限公司; not a branch: 集团公司 | 华东分公司), but not after a national body
(国家税务总局江苏省税务局, 武警广东总队). A place begins the name: a common word or a verb jieba tags
as a noun before it stays out (发展 | 城市商业银行, 调往 | 山东省委), and so does a lone character
before a province (a person's name run into the unit: 孙文瑞 | 福建省南平市文化馆). Two lone characters at a clause's start
abbreviate one name (、环 | 材 | 学院, 、通 | 禾 | 集团: jieba tags the first a verb), not before a level or after a
post (原 | 校督导组); so do two after a place or a preposition (苏州 | 盛 | 岚 | 电子有限公司, 由 | 环 | 测 | 学院; not
after 被, 把). A short
bracket inside a company's name is part of it (青禾机械（集团）公司, 西门子（中国）有限公司). A title
that starts with a unit is cut after a place (青岛 | 市委 | 书记). A quoted slogan right before a name that begins with a
common word is part of it, with the body or scope word before the quote (中央“不忘初心、牢记使命”主题教育领导小组,
“斯科尔科沃”创新中心; not “挑战杯” | 中国农业银行: :func:`_quoted_start`). Units in a quoted sentence count; a
quoted phrase (“一支部一品牌”) is no unit's context, nor is a work's whole title (《美国陆军3》, 《天龙八部》; but
《南开大学校歌》, 《中共中央关于…的决定》 name their body), nor what a work is about (《共青团之歌》). A university the text names in full also counts in its
short forms (:func:`_short_forms`: 青禾农业大学 … 禾农大, 石岭大学 … 石岭), and a short form it uses also without its 大
where it stands alone (禾农大 … 与禾农的缘分; not 禾农学子). :func:`link_abbreviations` records which
full unit a short form stands for; :func:`outside_persons` drops a unit inside a person's name or one of a person's
shape (罗建军).

Colleges and branches: a college named by its field at a clause's start or after a preposition (，管理学院; 由管理学院), 外国语 as a
field (外国语言文学学院), a lone 系/v after a field's name (``academic_fields.txt``) before the clause's end, a list or its
persons (人力资源管理 | 系 | 教师; not 火灾 | 系 | 电线老化); central enterprises and banks by their short names
(``national_enterprises.txt``: 中石化, 鞍钢); squads numbered after their unit (市公安局三大队, 交警三大队八中队); Party and
League branches named by an ordinal (硕研三支部), a cohort, a class
(18级5班团支部, 经贸19-2班团支部) or a major's two-character short name (建环专业党支部).

Lists (:func:`_list_units`): in a 、-list its closer declares one of bodies (…、石岭能投等单位, …、毕马威6家企业, …等共36个
高校, …等在内的30多家企业; its first item after the verb that leads it, 聚集着 | 鲸图科技, its last two joined by 和 are two) or where half its items (and two) are units found, the other items of a name's shape are units too (江禾航投、云翼长天;
no common word, field, place, person or verb phrase: 公安、消防等部门, 北京、上海等城市); a list ends at its closer and breaks
at an item a verb goes on in (青禾学院举办经济学、工商管理). Two partners a dash joins begin one name (中国—东盟商品交易中心),
a city's museum or library is its institution also after a word of place (来到扬州博物馆), and a room of a building after one
is a place (于禾一楼党员工作室).

Known gaps: a unit whose name holds a verb not listed, or a verb jieba tags as a noun (营造, 开庭);
a verb and a kind of body as its object where the verb may stand in names (促进 | 学院, as in 就业促进会;
规划 | 大学); a name cut after a character of the word before it where the rest makes no dictionary word (其中 | 博教育);
buildings named like bodies (国际交流中心 in a list of buildings, 乐成中心, a dormitory's 3号 | 楼党员工作站);
villages and towns named as places without a word of place around them (对战旗村的调研) are taken for units; a name cut into single
characters is often taken only in part (中 | 储粮黑龙江分公司); sports teams written without a proper
name (空军联航队 → 联航队); a brand jieba cuts into words of other classes (大/a 和/c 银行, 上风/v 集团);
a known body's sub-unit written with an abbreviation (联合国 | 特委会, 国际泳联 | 执委会); a person group's branch
after 、 in a bracket of branches (学院党委（2018级硕士生党支部、博士生党支部）: the second is dropped as a kind); two companies
written together where the second begins with a place (…供电公司江苏…有限公司 stays one name).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache
from itertools import accumulate
from typing import Any, NamedTuple

from ..lexicon import entries, inside_he_stem, marked, trie_pattern, words
from ..segment import DagCutter, dag_cutter, dictionary
from .names import TRANSLIT

# Word classes (jieba tags) that can stand inside a unit name.
NAME_TAGS = ("n", "ns", "nt", "nz", "nrt", "j", "vn", "b", "an", "ng", "zg", "s", "x", "l", "i", "eng")
MAX_ABBREVIATION = 3  # 纳服科: unknown short names come cut into single characters
# Single characters that never start or sit inside such an abbreviation (由镇, 我镇, 个村, 不办, 越办越好).
NOT_ABBREVIATION = frozenset("的了在和是等及与对为同也都将就把被让从到向给这那其之以于而或并又各每该本全共我由个驻包入出退不越"
                             "查办管抓治建改促帮带派聘进地支家名位座批种件项条些去来要说能可他她它们但很更还已曾赴往至"
                             "系暨请受用")  # (何军同学，系 | 公管学院; 暨 | 石岭村幼儿园; 受 | 校党委委托, 用 好 | 学院公众号)
CN_ORDINALS = frozenset("一二三四五六七八九十")  # 秘书一科, 二处
CN_NUMERALS = frozenset("一二三四五六七八九十百千万零〇两")  # 第一百一十二 | 期 | 中央银行
# Words for bodies in general, which a named unit does not follow inside its name (管理部门 | 虹口区教育局).
COLLECTIVE_KINDS = ("部门", "单位", "机构", "机关", "子公司")
# A cohort (2019级, 2020届), which names a branch of persons (2019级硕士生党支部)
COHORT_WORDS = frozenset({"级", "届"})
# A class (5班), which names its League or Party branch (18级5班团支部).
CLASS_WORD = "班"
CATEGORY_WORD = "类"  # 地质类2019-02班: a major category before a class
# Party and League branches, which a cohort, a class, an ordinal or a major names (2016级团总支, 硕研三支部).
BRANCH_WORDS = ("支部", "团总支", "党总支")
# A major, whose short name of two lone characters names a branch (建 | 环 | 专业 | 党支部).
MAJOR_WORD = "专业"
# Function words, which never stand in a major's short name (给 | 好 | 专业); verbs do (建 | 环 | 专业: 建筑环境).
FUNCTION_CHARS = frozenset("的了在和是等及与对为同也都将就把被让从到向给这那其之以于而或并又各每该本全共我由个他她它们很更还已好")
# A department or a centre named by the work it does on a kind of body (高校工作部, 城市工作领导小组): no body of a kind.
WORK_WORDS = ("工作",)
# A national body's name ends in one of these before its provincial office (国家税务总局江苏省税务局).
HEADQUARTERS = ("总局", "总行", "总公司", "总会", "总署", "总部")
# A contest's division and its organising committee (全国大学生电子设计竞赛江苏赛区组委会): the contest names it, 全国 too.
CONTEST_ENDS = ("竞赛", "大赛", "比赛", "锦标赛", "联赛")
CONTEST_DIVISION = "赛区"
CONTEST_COMMITTEE = "组委会"
SQUAD_WORDS = frozenset({"大队", "中队", "支队", "分队", "总队", "小队"})  # numbered after their unit (市公安局三大队)
BRANCH_MARK = "分"  # 分社, 分会: a body's branch, which a place names after its parent (新华社 | 石岭 | 分社)
GENERIC_FIRST = frozenset("各某该")  # a word that starts with one is generic (各乡镇/ns, 该市)
# A pronoun before the name that starts with one makes it generic too (某个 | 档案馆, 各区 | 教育局, 各国 | 中央银行, though
# People's Daily tags that one; not 该市 | 教育局, the city's).
GENERIC_BEFORE = GENERIC_FIRST - {"该"}
EXISTENTIAL = "有"  # (因为有 | 禾船院: the verb, no part of the name)
# Bodies counted by their rank (五大 | 跨国公司, 四大 | 国有银行): some bodies of a kind, none named.
RANKED_COUNT = re.compile("[一二三四五六七八九十两几]+大")
# A lone direction and 院 (东 | 院, 南院): a campus section, no body (but 华东 | 院, a design institute's short name).
DIRECTION_CHARS = frozenset("东西南北")
# Demonstratives, which never stand inside a name (在此 | 周报编辑部, 由其 | 办公室): jieba tags 此 zg.
DEMONSTRATIVES = frozenset("此这那其")
# A lone character of direction before a place one goes to (带往 | 青山小学, 赴 | 石岭县): no part of its name.
TOWARD_CHARS = frozenset("往赴")
# Words of a photo caption run into the text before a body's own word or a college (大会现场 | 化工学院, 讲话 | 电气学院): the
# caption ends there, the body's name begins after it.
CAPTION_WORDS = frozenset({"现场", "讲话", "大会", "致辞", "发言", "合影", "留念"})
# A college written 院 before its Party or League body (院党委, 院团委): the college of the text, no name before it.
COLLEGE_CHAR = "院"
COLLEGE_BODY_STARTS = ("党", "团")
BODY_CLASSIFIERS = frozenset("家所个座支")  # 一家公司, 两所学校, 三支队伍
QUANTIFIERS = frozenset("每一二两三四五六七八九十百千几各该多数这那此")  # 每所学校, 两家企业
# Prepositions a verb follows (被 | 保 研, 把 | 建 好), so that two lone characters after them are no brand.
VERB_MARKERS = frozenset("被把将让叫使令")
COUNT_FIRST = QUANTIFIERS | frozenset("首")  # 一部, 三局, 百所, 首站: a number or 首 before a suffix character
# Party and League organs a title begins with (党委书记, 党组副书记, 团委书记): after a unit they are its organ
# (化工学院 | 党委 | 副书记: see _organ_of_unit).
TITLE_ORGANS = ("党委", "党组", "党工委", "党总支", "团总支", "党支部", "团支部", "团委", "纪委", "总支", "工会")
ORGAN_OWNERS = frozenset({"校"})  # 校 | 党委 | 副书记: the school's own organ (jieba: 校/ng)
# A unit name never begins with these: the run stopped inside a longer name (…测评工作领导小组).
FRAGMENT_STARTS = ("工作", "建设", "管理", "服务")
MAX_UNIT = 30
SOCIETY_CHAR = "会"  # 数学 | 会: a field's society, cut by jieba (see _join_cut_suffixes)
MEMBER_WORDS = ("会员", "成员", "理事")
MEMBER_SOCIETIES = frozenset({"协会", "学会", "联合会", "研究会", "联谊会"})  # 工程师 | 协会, 市长 | 协会: its members' title
DEPUTY = "副"  # 协会会员: a society and its member run into one word
NOT_UNIT_TAILS = (1, 2, 4)  # how far past a suffix an entry of not_unit_words.txt that starts with it may reach
MAX_CACHED_CLAUSES = 50_000  # the clause cache is emptied when it reaches this size
# Single characters that never stand inside a name, by jieba tag: verbs, prepositions, adverbs,
# particles, pronouns (听 | 省农委, 标志 | 着 | 成飞公司).
NOT_NAME_SINGLE_TAGS = ("v", "p", "c", "d", "u", "r", "f", "t", "y", "e", "o")
# A zone after a word of place (在, 深入, 位于 …) is a place, no unit (在禾阳经济技术开发区智造产业园).
ZONE_SUFFIXES = ("开发区", "高新区", "经开区", "园区", "新区", "产业园", "保税区", "示范区", "试验区")
# A venue after a word of place is a place, no body (在八里台校区学生活动中心举行, 走进图书馆): halls, arenas,
# libraries and convention centres, whose names end so.
VENUE_SUFFIXES = ("体育中心", "奥体中心", "活动中心", "会议中心", "展览中心", "会展中心", "学生中心", "体育馆", "体育场", "报告厅",
                  "图书馆", "礼堂", "训练中心", "博物馆", "博物院", "纪念馆", "展览馆", "科技馆", "美术馆", "校史馆")
# Venues that are public institutions when a city or a province names them (扬州博物馆, 青海省图书馆).
LOCATIVES = frozenset({"在", "于"})  # (在天津市图书馆查阅: the library as a place)
PUBLIC_INSTITUTIONS = ("博物馆", "博物院", "图书馆", "美术馆", "科技馆", "纪念馆", "展览馆")
# So is a village, a community, a town or a subdistrict (来到石岭镇, 走进青禾市石岭街道, 在石牛村).
SETTLEMENT_SUFFIXES = ("村", "社区", "镇", "乡", "街道")
PLACE_SUFFIXES = ZONE_SUFFIXES + VENUE_SUFFIXES + SETTLEMENT_SUFFIXES
# A city's sub-centre (城市副中心) is a district, never a body.
PLACE_ONLY_SUFFIXES = ("副中心",)
# Tags of a word before 处 that make it a spot, no office (最厚 | 处, 五里 | 处, 城南 | 处, 门前 | 处): an
# adjective, a measure, an adverb, a direction, a place or a time (教务 | 处, 交流/n | 处, 招生/v | 处 are offices).
SPOT_TAGS = frozenset({"a", "ad", "m", "mq", "q", "d", "f", "s", "t", "ns"})
PLACE_WORDS = frozenset({"在", "于", "到", "赴", "奔赴", "深入", "位于", "落户", "入驻", "进驻", "走进", "来到", "前往",
                         "途经", "抵达", "到达", "参观", "参访", "瞻仰", "探访"})  # (also with 了 between: 参观了 | 纪念馆)
# Words of a visit: the venue one visits is a place, a city's museum too (参观 | 青山博物馆), and so is a venue before
# them (赴 | 故居 | 和 | 青山纪念馆 | 参观学习).
VISIT_WORDS = frozenset({"参观", "参访", "瞻仰", "探访"})
MODIFIED_TAGS = frozenset({"n", "vn", "ng", "nz"})  # common nouns a village's or town's name qualifies (中关村 | 人工智能)
PLACE_JOINERS = frozenset({"和", "及", "与"})  # (聚集在 | 余杭区 | 和 | 滨江新区: two places after the word of place)
# After these any name is a location (位于 | 太平洋中心, 坐落于 | 青禾大学).
LOCATION_VERBS = frozenset({"位于", "地处", "坐落于", "坐落在"})
# Words of place after a venue or a settlement (图书馆 | 广场, 纪念馆 | 前, 石牛村 | 一处 | 山坡), or after a unit
# a word of place stands before (在 | 计算机学院 | 楼): the unit names the place.
PLACE_TAILS = frozenset({"广场", "前", "前方", "门前", "门口", "一处", "附近", "一带", "周边", "村民", "居民", "外", "内"})
BUILDING_WORDS = frozenset({"楼", "大楼"})
# A known body before these names its building, wherever it stands (石岭 | 联合国 | 大厦, 市委 | 大楼; but 青山建设银行 |
# 大楼, the bank's own name).
NAMED_BUILDINGS = frozenset({"大厦", "大楼"})
EVENT_END = "会"  # 博览会, 运动会: a common noun ending so is an event, whose name a brand after it does not continue
# Words of place after a body a word of place stands before (在 | 市政厅 | 前, 在 | 石岭 | 的 | 市政厅 | 门口): its building.
FRONT_TAILS = frozenset({"前", "门前", "门口", "附近", "周边", "一带", "旁"})
# A village or a town counted by its households, people or villages (红泉村当时有621户, 石岭镇辖12个行政村): a place.
SETTLEMENT_COUNT = re.compile("[^，。；：\n]{0,4}?(?:有|辖|共有|现有)(?:[0-9]+|[一二三四五六七八九十百千万两]+)(?:多|余)?"
                              "(?:户|人|口|个(?:行政村|自然村|村民小组|村|社区|组))")
ROOM_CHARS = "室站"  # a room or a post in a building (党员工作室, 党员工作站)
STATION = "站"  # jieba's lone 站 after a word of place: a station (在 | 青山 | 国际 | 港 | 站), a place
# Single characters that never stand in a brand name cut into characters (了 | 新 | 公司).
NOT_BRAND_TAGS = ("p", "c", "u", "r", "y", "e", "o", "m", "q", "f")
# Tags of a proper name, which a head of unit_name_heads.txt needs before it (中国 | 队, 东方歌舞团).
PROPER_TAGS = frozenset({"ns", "nt", "nr", "nrt", "nrfg", "nz", "j"})
TRADE_TAGS = frozenset({"n", "vn"})  # 食品, 连锁/vn: the common nouns of a company's trade after its brand
# Kinds of office that a verb names by its task (招生 | 办公室, 信访 | 局, 救援 | 中心), unlike a school or a
# government, which a verb before it takes as its object (促进 | 学校).
TASK_OFFICES = ("室", "办", "处", "科", "局", "中心", "站", "所", "队", "组", "会", "部")
# 第十九条, 第八届 are no part of a unit's name, 第一 (中学) is.
ORDINAL_MARK = "第"
NOT_NAME_ORDINALS = frozenset("条款章节届次期批轮项号名位")
# 被人们所认识, 为群众所熟知: 所 after 被/为 is the particle, no institute.
PARTICLE_SUO_BEFORE = re.compile("[被为]")
# jieba's tags of 着, 了, 过, 得 after a verb: a one-character suffix before one is a verb (站着, 办得好).
ASPECT_TAGS = frozenset({"uz", "ul", "ug", "ud"})
# What one runs (办 the verb, no office): 办 | 大学, 办 | 教育, 办 | 展 (a school's word too: 办 | 中国大学).
MODALS = frozenset("应要需可能会该")  # 农业 | 应 | 办: a modal before 办 the verb
RUN_OBJECTS = frozenset({"教育", "专业", "农科", "网", "展", "展览", "企业", "公司", "学", "实事", "好事",
                         "工业", "实体", "经济实体", "报纸", "报刊", "水", "水利", "工程", "一切"})
# A company's name holds its trade, verbs included (船舶修造有限公司, 汽车制造有限公司).
COMPANY_SUFFIXES = frozenset({"有限公司", "股份有限公司", "有限责任公司"})
LEVEL_CHARS = "省市县区镇乡"
COUNTY_LEVELS = "省市县区"  # 旺苍县/nr: a place jieba takes for a person's name ends so (no person's name does)
LOCAL_ORGAN_CHARS = "委政"  # 县委组织部, 市政府: a place's own organ, which its name (jieba: nr) stands before
PLACE_LEVELS = LEVEL_CHARS + "村旗盟州"  # 白沙 | 乡, 新塘 | 村, 乌审旗: a place name stands before them
# A two-character dictionary word ending in one of these is a place only if jieba tags it ns (坐镇, 进村).
SETTLEMENT_LEVELS = "村镇乡"
# IBM, 3M, WCG: a name in Latin letters right before the unit word (IBM公司; not vs, km)
LATIN_NAME = re.compile("[A-Z0-9][A-Za-z0-9&]*[A-Za-z][A-Za-z0-9&]*|[A-Z][A-Z0-9&]*")
LATIN_NAME_MIN = 2
# A letter and a number (A101, C405): a room or a block, no name (在C405室).
ROOM_NUMBER = re.compile("[A-Za-z]{1,2}-?[0-9]+")
# Directions that begin unit names (北方电讯公司, 南方航空公司), which jieba tags f.
DIRECTION_NAMES = frozenset({"北方", "南方", "东方", "西方"})
# Words of scope that stand before a place in a unit's name (国家黄河委员会, 世界客属同乡总会).
# A school's or institute's name, which may join two fields with 与 (电气与动力工程学院, 区域经济与金融研究所).
ACADEMIC_HEADS = ("学院", "研究所", "研究院", "系", "研究中心", "实验室", "学部", "研究室", "教研室")
# So may an office, a department, a centre or an administration of two tasks (信息与教育技术中心, 国际合作与交流处,
# 能源与数字主权部, 食品与药品管理局).
JOINED_HEADS = ACADEMIC_HEADS + ("中心", "部", "处", "委员会", "办公室", "局", "署")
PEOPLE = "人"  # 巴勒斯坦人, 中国人: a country's people
JOINT = "联合"  # (德国联合货运服务公司: a company's name after a country)
# Dashes that join two partners in a name (中国—东盟商品交易中心, 中国—东盟博览会).
PARTNER_DASHES = frozenset({"—", "－", "-", "–"})
# Words jieba tags as times that name an era or a generation inside a name (现代农业研究院, 新一代人工智能研究院).
ERA_WORDS = frozenset({"现代", "当代", "近代", "古代", "新一代"})
# Lone adjectives that begin a compound noun inside a name (新 | 农村发展研究院, 小 | 动物救助站, 老 | 年大学).
NAME_ADJECTIVES = frozenset("新小老")
# Party and League branches a sub- prefix 分 may stand before (竹苑 | 分 | 党工委: a branch working committee).
BRANCH_STARTS = "党团工"
# The department word, which jieba tags as the copula (资源管理 | 系/v | 教师; 火灾 | 系/v | 电线老化).
DEPARTMENT = "系"
# After a department the clause goes on with its persons, its branches or a list; after the copula with what a
# thing is (系 | 电线老化, 系 | 本地居民): words that may follow a department (the persons and titles of the lexicons too).
AFTER_DEPARTMENT = frozenset({"的", "和", "与", "及", "等", "师生", "全体", "党支部", "团支部", "党总支", "团总支"})
# Resultative complements: a one-character suffix after one is a verb's object (布好 | 局, 开好 | 局), no office.
RESULT_COMPLEMENTS = frozenset("好完")
# Verbs of going that jieba joins to a settlement word (入村, 进村, 驻村, 到乡): an action, no village.
MOTION_CHARS = frozenset("入进出驻到赴回")
VILLAGE_VERBS = MOTION_CHARS | frozenset("封包")  # 封 | 村, 包 | 村: a lone verb before a lone 村, 镇, 乡
VILLAGE_NOT_NAME_TAGS = ("v", "p", "c", "d")  # 因 | 村, 有 | 乡: a lone verb, preposition or adverb names no village
LONE_NOT_NAME_TAGS = ("v",)  # 作为 | 立 | 署: a lone verb and a lone suffix character after a word make no name
# 母校 | 青禾大学: one's old school, a word before the school's name (see also SCHOOL_KINDS).
ALMA_MATER = "母校"
# 外国 | 语 …: foreign languages, a field of study (外国语学院, 外国语言文学学院), not 外国 the generic word.
FOREIGN = ("外国", "语")
# Words before a college that leave its run at the name's start: a preposition or a conjunction (由 | 管理学院).
OPENING_TAGS = frozenset({"p", "c"})
# jieba's tags of a field of study (电气/n, 设计/vn, 土木工程/l, 安全/an).
FIELD_TAGS = frozenset({"n", "vn", "nz", "l", "an"})
# Persons in general, beyond person_groups.txt and occupations.txt (学生与计算机学院: no school "学生与…").
PERSON_NOUNS = frozenset({"学生", "师生", "老师", "群众", "干部", "职工", "教职工", "家长", "员工", "专家",
                          "成员", "全体成员", "人员", "全体人员", "群体"})  # (办公室全体成员 | 和 | 监察处)
# Persons before the particle 所 (会员所交, 群众所盼): no institute's name
SUO_AGENTS = PERSON_NOUNS | frozenset({"会员", "人们", "大家", "百姓", "老百姓"})
COMPANY = "公司"  # 中国 | 公司: a country's companies
CHINA = "中国"
COUNTRY_END = "国"  # 美国/ns, 德国/ns
# jieba's tag of idioms (非常感谢/i, 全面落实/i), which never begin a unit's name (set phrases, l, do: 出入境管理局).
PHRASE_TAGS = frozenset({"i"})
# Words for a school, its colleges and its stations in general (学校学院两级, 学院院班子, 学校流动站).
SCHOOL_KINDS = frozenset({"学校", "学院", "大学", "院", "校", "流动站", "工作站"})
# A school's own words, before which a verb, a time or a person (school_object_words.txt) is no part of
# the name (宣传 | 学校, 新时代 | 学校, 协调 | 农学院, 宣传 | 南开大学).
SCHOOL_ENDS = ("学校", "学院", "大学", "体院")  # (体院: a college of sport; 书写 | 体院精神)
# 首都 too (首都规划建设委员会, 首都博物馆), which jieba tags d: a scope word stands inside the name.
SCOPE_WORDS = frozenset({"国家", "世界", "国际", "中央", "首都"})
ROAD_ENDS = ("路", "街")  # 五四路 | 派出所: a station named after its road
TEAM_HEADS = frozenset({"队", "代表队"})
TEAM_SCHOOLS = ("中学", "小学", "学校", "技校", "大学", "学院")  # 金盏中学 | 队: a school's team, its name whatever its tags
MINISTRY_END = "部"
NATIONAL = "全国"
STATIONED = "驻"
DATELINE_WIRE = "电"
SESSION = "届"  # 第一届, 首届
LEGISLATURES = frozenset({"立法会", "委员会", "人民代表大会", "议会", "国会", "人大"})
COMMITTEE_END = "委"  # 禾阳市委 | 市政府, 县委 | 县政府: a Party committee and its place's government, two bodies
GOVERNMENT = "政府"
SENTENCE_PUNCT = re.compile("[，。；：！？!?;]")  # inside quotes: speech, not a slogan
# A clause; a short bracket of letters written inside a name (青禾机械（集团）公司, 西门子（中国）有限公司)
# stays in it, for the run to the left to read (see NAME_BRACKET_WORDS).
CLAUSE_ENDS = "，。；：！？、,;:!?\n（）()《》“”\"'【】〔〕"  # punctuation, brackets and quotes: no unit runs across them
_CLAUSE_CHAR = f"[^{CLAUSE_ENDS}]"
_NAME_BRACKET = r"（[\u4e00-\u9fff]{2,4}）(?=[\u4e00-\u9fff])"
# (Written as a run of plain characters between brackets rather than one alternation per character:
# the same matches, and re takes each run in one step, 2-3× faster.)
CLAUSE = re.compile(rf"(?={_CLAUSE_CHAR}|{_NAME_BRACKET}){_CLAUSE_CHAR}*(?:{_NAME_BRACKET}{_CLAUSE_CHAR}*)*")
# What a bracket inside a company's name holds: its group (集团), or a place (中国, 香港, 北京: jieba's ns).
NAME_BRACKET_WORDS = frozenset({"集团", "控股", "股份"})
# A list of units (see _list_units): items between 、, in a stretch of text no other punctuation cuts.
LIST_STRETCH = re.compile(r"[^，。；：！？,;:!?\n（）()《》“”\"'【】〔〕]+")
# What closes a list of bodies: 等 and a kind of body, or a count of them (…等单位, …6家企业, …等36家单位).
# A few words of kind may stand between (…、每日集团等新疆民营企业, …等共36个高校), no place (等地), no phrase (的), no
# trade or field (汽车、通信设备等行业企业: the items are trades).
# 等在内的 (…等在内的40多家智能企业) closes a list that 包括 opened; a count may be rough (40多家, 20余家).
_COUNT = "(?:[0-9]+|[一二三四五六七八九十两几多百]+)(?:多|余)?"
LIST_CLOSER = re.compile(rf"(?:等(?!地)(?:在内的)?(?:共|近|约)?(?:{_COUNT}[家所个])?(?:(?![的地个行领类])[\u4e00-\u9fff]){{0,4}}?|{_COUNT}[家所])"
                         "(?:单位|企业|公司|机构|高校|院校)(?!家)")
LIST_ITEM = re.compile("[\u4e00-\u9fffA-Za-z]{2,12}")  # a name in a list: Chinese, maybe a Latin letter (禾e通)
LIST_BUILDING_CHARS = "楼堂阁亭塔园"  # (秀山堂、思源堂、芝琴楼: buildings, no bodies; 青禾科技园: a park)
LIST_ITEM_MIN = 3  # 住建, 发改: two characters name a department's field, not a body
# ...but a brand jieba knows as one proper word of two (腾讯/nz) names a body in a list its closer declares one of bodies.
SHORT_BRAND_TAGS = frozenset({"nz", "nt", "nrt"})
LIST_JOINERS = frozenset({"和", "及"})  # (…、鲸图科技和禾云科技等企业: the last two items joined)
LEAD_PARTICLES = frozenset({"着", "了", "的"})  # (聚集着的包括 | 腾讯: a lead verb's particles)
# The trade a company's short name ends in (鲸泡科技, 茶语控股, 宁泊信息): a name before it makes the item a company's.
COMPANY_TAILS = frozenset({"科技", "信息", "控股", "股份", "集团", "传媒", "物流", "数科", "能投", "航投", "文旅",
                           "智能", "医药", "药业", "电子", "软件", "置业", "地产", "环保", "实业", "投资"})
# Tags of a word that no name in a list holds: particles, prepositions, conjunctions, pronouns, adverbs, numbers.
NOT_LIST_NAME_TAGS = ("u", "p", "c", "r", "d", "m", "q", "y", "e", "o")
# Tags of a name jieba knows as one word (毕马威/nr, 中石化/j): a list item that is one word of another tag is a
# common word (科技, 教育, 消防).
PROPER_WORD_TAGS = frozenset({"nt", "nz", "j", "nr", "nrt", "nrfg", "x", "eng"})


class _Lex:
    def __init__(self) -> None:
        self.suffixes = words("unit_suffixes.txt") | words("unit_name_heads.txt")
        self.heads = words("unit_name_heads.txt")  # 队, 歌舞团, 民主党: only with a name before them
        self.proper_heads = frozenset(row[0] for row in entries("unit_name_heads.txt") if row[2:3] == ("proper",))
        # 学堂: a proper name anywhere in the name, not next to the head (焦作 | 路矿 | 学堂; not 发展 | 学堂)
        self.placed_heads = frozenset(row[0] for row in entries("unit_name_heads.txt") if row[2:3] == ("placed",))
        # 联盟: a run of two words or more before the head (双城经济圈 | 高校 | 联盟; not 产业 | 联盟, a kind)
        self.run_heads = frozenset(row[0] for row in entries("unit_name_heads.txt") if row[2:3] == ("run",))
        # 教代会: right after the body it belongs to (校 | 教代会, 南开大学 | 教代会; not 重视 | 教代会)
        self.owned_heads = frozenset(row[0] for row in entries("unit_name_heads.txt") if row[2:3] == ("owned",))
        # A head also listed as a unit suffix (部队, 医疗队: the name scorer reads unit_suffixes.txt)
        # is a head here: it needs a name before it.
        self.regular = words("unit_suffixes.txt") - self.heads
        self.enterprise = marked("unit_suffixes.txt", "enterprise")
        self.enterprise_ends = tuple(self.enterprise)  # 热电厂, 商贸公司: a works or company of a trade
        self.head_only: dict[str, str] = {}  # word -> the head it ends in (see _head)
        # 新华社, 党中央, 联合国安理会, 中石化: units by themselves
        self.enterprises = words("national_enterprises.txt")  # (they must begin at a word's start: 其中 | 石油)
        self.known = words("known_units.txt") | self.enterprises
        self.short_known = frozenset(row[0] for row in entries("known_units.txt") if row[2:3] == ("short",))  # 民建
        # 总参谋部, 中央委员会: a body of a parent the text may name before it (乌克兰武装部队 | 总参谋部)
        self.child_known = frozenset(row[0] for row in entries("known_units.txt") if row[2:3] == ("child",))
        # 张家口, 大连: a place, whatever jieba's tag (not the level words 乡, 镇 of the same file)
        # 约旦, 爱尔兰 (jieba: 约旦/d, 爱尔兰/nr): a place before a unit; never a unit itself (莫斯科)
        self.world_places = words("world_places.txt")
        self.provinces = marked("regions.txt", "province")
        self.province_starts = frozenset(p[:2] for p in self.provinces)  # a cheap first test
        self.regions = frozenset(row[0] for row in entries("regions.txt") if row[1:2] != ("level-word",)) | (
            self.world_places)
        self.media = marked("known_units.txt", "media")
        self.suffix_len = max((len(s) for s in self.suffixes), default=0)
        self.generic = words("generic_unit_prefixes.txt")
        self.inner_words = words("unit_inner_words.txt")
        self.builders = marked("unit_inner_words.txt", "builds")  # 发展, 建设: what one does to a body (发展 | 平民医院)
        # 选举: inside a name only after a proper name (肯尼亚 | 选举 | 委员会; not 大会 | 选举 | 委员会主任)
        self.placed_inner = marked("unit_inner_words.txt", "placed")
        self.kind_words = words("unit_kind_words.txt")
        # 高校, 城市: a kind of body or place that, first in a name, makes it a body of a kind (高校图书馆)
        self.kind_leads = marked("unit_kind_words.txt", "lead")
        # 研究生党支部: a Party branch named by its persons, a kind with nothing specific before it (see _named_branch)
        self.member_branches = marked("unit_kind_words.txt", "members")
        self.not_name_words = words("not_unit_name_words.txt")
        # 联合, 企业: they also begin compound nouns a name may hold (联合攻关办公室, 企业顾问委员会)
        self.compound_leads = marked("not_unit_name_words.txt", "compound")
        self.public_figures = words("public_figures.txt")  # 周恩来政府管理学院, 宋庆龄基金会
        self.school_objects = words("school_object_words.txt")  # 宣传 | 学校, 本学期 | 学校
        # 经济学, 资源管理, 控制工程: words that name a field of study by their end (see _department_copula)
        self.fields = words("academic_fields.txt")
        self.field_len = max((len(f) for f in self.fields), default=0)
        # 学生, 教师, 村民: persons, never a field of study before 与 (see _field_word)
        self.person_words = words("person_groups.txt") | words("occupations.txt") | PERSON_NOUNS
        # 干部, 会议室: no unit ends in these; 政局 (the political situation) only as a word of its own,
        # since 民政局 and 财政局 end in it (the ``word`` class of not_unit_words.txt)
        # 实验室: a unit's word only after a proper name in its run (辽宁材料实验室; see _rejected_run)
        self.placed_not_units = marked("not_unit_words.txt", "placed")
        self.not_units = frozenset(row[0] for row in entries("not_unit_words.txt") if row[1:2] != ("word",)) - (
            self.placed_not_units)
        self.not_unit_tokens = words("not_unit_words.txt")  # (重点 | 实验室: joined to the word before, see below)
        self.not_unit_lengths = sorted({len(w) for w in self.not_units})
        self.titles = words("titles.txt")
        # 清华, 北大: universities' short forms every reader knows (see _known_short_forms)
        short_forms = words("university_short_forms.txt")
        self.short_pattern = re.compile(trie_pattern(short_forms)) if short_forms else None
        self.surnames = words("surnames.txt")
        self.suffix_pattern = re.compile(trie_pattern(self.suffixes | self.known))
        self.known_pattern = re.compile(trie_pattern(self.known))
        self.ends_with_suffix: dict[str, bool] = {}  # word -> verdict; bulletins repeat their words
        self.ends_in_not_unit: dict[str, bool] = {}  # name -> verdict (see _ends_in_not_unit)
        self.title_last_chars = frozenset(w[-1] for w in self.titles)
        self.end_chars = frozenset(w[-1] for w in self.suffixes | self.known)  # a cheap first test
        self.tags = dictionary()[1]
        # Clause -> its words (see _clause_tokens): bulletins repeat their clauses (mastheads, tails,
        # 市委、市政府).
        self.clause_tokens: dict[str, ClauseTokens] = {}

    def tag_of(self, word: str) -> str:
        """jieba's tag, but a known body is ``nt`` and a region ``ns`` (jieba: 张家口/nr, 大连/d)."""
        if word in self.known:
            return "nt"
        return "ns" if word in self.regions else self.tags.get(word, "x")


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


def _head(word: str, lex: _Lex) -> str:
    """The head of ``unit_name_heads.txt`` that ``word`` ends in (队, 歌舞团), if it ends in no
    unit suffix; else ``""``."""
    verdict = lex.head_only.get(word)
    if verdict is None:
        top = min(lex.suffix_len, len(word))
        verdict = "" if any(word[-n:] in lex.regular for n in range(top, 0, -1)) else next(
            (word[-n:] for n in range(top, 0, -1) if word[-n:] in lex.heads), "")
        if len(lex.head_only) < 100_000:
            lex.head_only[word] = verdict
    return verdict


RUN_HEAD_WORDS = 2  # words a ``run`` head needs before it (高校 | 联盟 is a kind, 经济圈 | 高校 | 联盟 a name)


def _name_before_head(word: str, head: str, before: list[str], lex: _Lex, tag_of: Any) -> bool:
    """Is there a name, a proper one where the head needs it, in ``word`` itself (中国队, 八一队) or in
    the words ``before`` it?

    >>> lex = _lex()
    >>> _name_before_head("队", "队", ["中国"], lex, lambda w: "ns"), _name_before_head("突击队", "队", ["党员"], lex, lambda w: "n")
    (True, False)
    """
    if head in lex.placed_heads:
        return any(len(w) > 1 and tag_of(w) in PROPER_TAGS for w in before) or (
            len(word) > len(head) and tag_of(word) in PROPER_TAGS)
    if head in lex.owned_heads:  # (not 学院团委 | 学生会: an organ before it is a second body, no owner)
        owner = before[-1] if before and len(word) == len(head) else word[:-len(head)]
        return owner in ORGAN_OWNERS or owner == COLLEGE_CHAR or (
            len(owner) > 1 and _ends_with_suffix(owner, lex) and not owner.endswith(TITLE_ORGANS))
    if head in lex.run_heads:
        return len(before) + (len(word) > len(head)) >= RUN_HEAD_WORDS or any(
            len(w) > 1 and tag_of(w) in PROPER_TAGS for w in before)
    if head not in lex.proper_heads:
        return len(word) > len(head) or bool(before)
    if _school_team(word, before):
        return True
    if len(word) > len(head) and (tag_of(word) in PROPER_TAGS or (tag_of(word) == "m" and len(word) - len(head) > 1)):
        return True
    return any(len(w) > 1 and tag_of(w) in PROPER_TAGS for w in before)


def _school_team(word: str, before: list[str]) -> bool:
    """Is ``word`` a team's head after a school's name (金盏 | 中学 | 队, 八一中学 | 队), the school's team?"""
    return word in TEAM_HEADS and bool(before) and before[-1].endswith(TEAM_SCHOOLS) and (
        len(before) > 1 or len(before[-1]) > 2)


def _split_title_tail(word: str, lex: _Lex, after_place: bool = False) -> tuple[str, ...]:
    """Cut a word that jieba made of a unit and a title (医院院长) into the two.

    The unit extractor needs the unit's own end; the officials extractor reads titles itself. A
    title that starts with a unit (市委书记, 市委常委) is cut only after a place (青岛 | 市委 | 书记).

    >>> lex = _lex()
    >>> _split_title_tail("医院院长", lex), _split_title_tail("市委书记", lex), _split_title_tail("市委书记", lex, True)
    (('医院', '院长'), ('市委书记',), ('市委', '书记'))
    """
    if len(word) < 3 or word[-1] not in lex.title_last_chars or (word in lex.titles and not after_place):
        return (word,)
    for n in range(1, len(word) - 1):
        if word[n:] in lex.titles and _ends_with_suffix(word[:n], lex):
            return word[:n], word[n:]
    return (word,)


def _organ_of_unit(prev: str, title: str, lex: _Lex) -> bool:
    """Does the title ``title`` begin with a Party or League organ (党委副书记, 团委书记) that belongs to the unit
    ``prev`` before it (化工学院 | 党委 | 副书记, 市政府 | 党组 | 书记, 学校 | 党委 | 书记, 社科联/nt | 党组 | 书记, 校 | 党委 | 书记)? Then the title is cut after
    the organ, which ends the unit's name, as after a place (青岛 | 市委 | 书记).

    >>> lex = _lex()
    >>> _organ_of_unit("化工学院", "党委副书记", lex), _organ_of_unit("化工学院", "副院长", lex), _organ_of_unit("同志", "党委书记", lex)
    (True, False, False)
    """
    return title.startswith(TITLE_ORGANS) and _is_cjk_word(prev) and (
        prev in lex.known or prev in ORGAN_OWNERS or lex.tag_of(prev) == "nt" or _ends_with_suffix(prev, lex)
    ) and prev not in lex.titles


def _placed_unit_before(tokens: list[str], at: int, lex: _Lex, tag_of: Any) -> bool:
    """Does a province or a place of a level (湖南省, 长沙市) stand among the few words before the
    unit word ``tokens[at]`` (湖南省 | 长沙市 | 卫生局), within the clause?

    Then the unit is whole and a province after it begins the next one; 政协 | 四川省 | 第八届委员会
    and 武警 | 广东 | 总队 are one name each.
    """
    for t in tokens[max(0, at - 4):at][::-1]:
        if not _is_cjk_word(t):
            return False
        if t in lex.provinces or (t[-1] in LEVEL_CHARS and tag_of(t) == "ns"):
            return True
    return False


def _place_starts_name(prev: str, place: str, lex: _Lex, tag_of: Any) -> bool:
    """Does the place ``place`` (a word of two or more characters: 江苏, 东山, 广西壮族自治区, or one
    that starts with a region: 河北省委) begin the unit's name, so that ``prev``, the word before it, is no part of it?

    A place keeps before it only another place (湖南省 | 长沙市), a unit or a known body that it is
    part of (中国人民银行 | 北京 | 分行, 中共 | 江苏省委), an abbreviation (政协 | 四川省, 武警 | 广东) or
    a word of scope or relation (国家 | 黄河委员会, 附属 | 第一医院); a common word or a verb jieba
    takes for a noun is left out. A single character before it may be part of an unknown name
    (新 | 塘村, 柘 | 山县), except before a province: a given name run into the unit (a list of
    persons and their units written without a space: 瑞 | 福建省南平市文化馆). 城市, which jieba tags as a place, is a
    kind of place (a ``lead`` of ``unit_kind_words.txt``): only a verb before it stays out.

    >>> lex = _lex()
    >>> [_place_starts_name(p, "江苏", lex, lex.tag_of) for p in ("精简", "中共", "国家", "湖南")]
    [True, False, False, False]
    """
    if place in lex.kind_leads:  # 发展 | 城市商业银行 (a body of a kind), but 公园 | 城市 | 建设管理局 (one name)
        return tag_of(prev).startswith("v")
    if len(place) < 2 or not (tag_of(place) == "ns" or _leading_word(place, lex.regions)):
        return False
    if prev.startswith(ORDINAL_MARK) and tag_of(prev) == "m" and prev[-1] not in NOT_NAME_ORDINALS:
        return False  # 天津 | 第二 | 南开 | 中学: an ordinal in the name, before its place-like part
    if len(prev) == 1:  # a province after a lone character: the end of a name (孙文瑞 | 福建省文化馆)
        return prev != "驻" and prev not in LEVEL_CHARS and (
            place in lex.provinces or bool(_leading_word(place, lex.provinces)))
    return not (tag_of(prev) in PROPER_TAGS or tag_of(prev) == "b" or prev in lex.known
                or _ends_with_suffix(prev, lex) or prev in DIRECTION_NAMES or prev in SCOPE_WORDS)


def _person_before(tokens: list[str], j: int, k: int, lex: _Lex) -> bool:
    """Do the words right before ``tokens[j]`` make a person's name, one to three lone characters that
    jieba tags as a person's (王, 吴 | 岩: a two-character word tagged so is more often a place or a brand,
    玉米/nr, 萧山/nr), where the unit's run, which begins at ``tokens[k]``, took no word before them (but a
    title or a role may stand there: 主委 | 王 | 科)?

    >>> _person_before(["请", "王", "科"], 2, 1, _lex()), _person_before(["红", "岩", "纪念馆"], 2, 0, _lex())
    (True, False)
    """
    m = j
    while m > 0 and j - m < 3 and len(tokens[m - 1]) == 1 and lex.tag_of(tokens[m - 1]).startswith("nr") \
            and tokens[m - 1] not in PLACE_LEVELS:
        m -= 1
    if m == j:
        return False
    return k >= m or tokens[m - 1] in lex.titles or tokens[m - 1] in lex.person_words  # (禾 | 阳 | 大学, 红 | 岩 | 纪念馆)


def _indefinite(word: str) -> bool:
    """Is ``word`` a number and a classifier of bodies (一家, 另一家, 两所, 几个), before a unit?

    >>> _indefinite("一家"), _indefinite("另一家"), _indefinite("专家")
    (True, True, False)
    """
    return len(word) > 1 and word[-1] in BODY_CLASSIFIERS and all(
        c in QUANTIFIERS or c in "另多数" for c in word[:-1])


def _field_word(token: str, lex: _Lex, word: str = "") -> bool:
    """Can ``token`` name a field of study on one side of 与 in a school's name (电气, 资源, 动力工程学院)?
    A common noun, no body (市教育局), kind of body (学校), place, person, group of persons (学生) or
    generic word; ``word``, the school's own word, may be the token itself (贸易系).

    >>> lex = _lex()
    >>> [_field_word(w, lex) for w in ("电气", "学校", "学生", "市教育局", "北京")]
    [True, False, False, False, False]
    """
    if len(token) < 2 or not _is_cjk_word(token) or (
            lex.tag_of(token) not in FIELD_TAGS and token not in lex.inner_words):  # (控制/v | 工程学院)
        return False
    if token == word:
        return token not in lex.kind_words  # 贸易系, not 学院 by itself
    return not (_ends_with_suffix(token, lex) or token in lex.kind_words or token in lex.generic
                or token in lex.not_name_words or token in lex.titles or token in lex.person_words)


def _field_name(token: str, lex: _Lex) -> bool:
    """Does ``token`` name a field of study by its end (经济学, 资源管理, 控制工程: ``academic_fields.txt``)?

    >>> _field_name("资源管理", _lex()), _field_name("火灾", _lex())
    (True, False)
    """
    return _field_word(token, lex) and any(
        token[-n:] in lex.fields for n in range(min(lex.field_len, len(token)), 0, -1))


def _department_copula(tokens: list[str], j: int, lex: _Lex) -> bool:
    """Is ``tokens[j]``, a lone 系 that jieba tags as the copula, a department: after a field's name and
    before the end of the clause, a list, its persons or its branches (人力资源管理 | 系 | 教师, 经济学 | 系 | 、)?

    >>> _department_copula(["资源管理", "系", "教师"], 1, _lex()), _department_copula(["火灾", "系", "电线"], 1, _lex())
    (True, False)
    """
    following = tokens[j + 1] if j + 1 < len(tokens) else ""
    if j > 0 and (following.startswith(DEPARTMENT) and following in lex.titles or following in DEPARTMENT_HEADS) and (
            _field_word(tokens[j - 1], lex)):
        return True  # 城乡规划 | 系 | 系主任, 雕塑 | 系 | 主任: the department before its head's title
    if j > 0 and _field_word(tokens[j - 1], lex) and _person_after(tokens, j, lex, titled=True):
        return True  # 水产 | 系 | 杨 | 淞 | 副教授: a department before its teacher's name and title
    if j == 0 or not _field_name(tokens[j - 1], lex):
        return False
    return (not _is_cjk_word(following) or following in AFTER_DEPARTMENT or following in lex.titles
            or following in lex.person_words or (following in lex.suffixes and following in lex.kind_words)
            or following.endswith(STAFF_END) or _person_after(tokens, j, lex, titled=False))


DEPARTMENT_HEADS = frozenset({"主任", "副主任"})  # 雕塑系 | 主任: a department's head, whose title jieba runs 系 into
STAFF_END = "人员"  # 科研人员, 管理人员: a body's staff after its name
MAX_TITLE_AFTER = 4  # how long a title after a teacher's name may be read (副教授, 教授, 老师)


def _title_or_person_word(after: str, lex: _Lex) -> bool:
    """Does ``after`` begin with a title or a person's word of two to MAX_TITLE_AFTER characters (副教授, 负责人)?"""
    return any(after[:m] in lex.titles or after[:m] in lex.person_words for m in range(2, MAX_TITLE_AFTER + 1))


def _person_after(tokens: list[str], j: int, lex: _Lex, titled: bool) -> bool:
    """Does a person's name follow ``tokens[j]``, a surname and one or two characters, with a title or a person's
    word after it (水产系 | 杨淞副教授, 生态学系 | 程章教授, 资源管理系 | 张明老师), or, where not ``titled``, the clause's
    end (情报学系 | 王德恒，)?

    >>> _person_after(["水产", "系", "杨", "淞", "副教授"], 1, _lex(), True), _person_after(["火灾", "系", "电线", "老化"], 1, _lex(), True)
    (True, False)
    """
    rest = "".join(tokens[j + 1:j + 6])
    if not rest or rest[0] not in lex.surnames:
        return False
    for n in (1, 2):
        name, after = rest[:n + 1], rest[n + 1:]
        if len(name) < n + 1 or not _is_cjk_word(name):
            return False
        if _title_or_person_word(after, lex):
            return True
        if not titled and (not after or after[0] == "，"):
            return True
    return False


def _school_by_field(tokens: list[str], k: int, j: int, lex: _Lex) -> bool:
    """Is ``tokens[k:j + 1]`` a college named by its field alone (管理 | 学院, 管理 | 学院 | 社团联合会), its run
    stopped at the clause's start or at a preposition or conjunction (由 | 管理学院), so that no longer name
    holds it (…测评工作领导小组 is a fragment, 加强 | 管理学院 a verb and its object)?

    >>> _school_by_field(["，", "管理", "学院"], 1, 2, _lex()), _school_by_field(["加强", "管理", "学院"], 1, 2, _lex())
    (True, False)
    """
    return k < j and any(t.endswith(ACADEMIC_HEADS) for t in tokens[k + 1:j + 1]) and (
        k == 0 or not _is_cjk_word(tokens[k - 1]) or lex.tag_of(tokens[k - 1]) in OPENING_TAGS)


def _named_branch(text: str, first: int, name: str, lex: _Lex) -> bool:
    """Is ``name``, a Party branch named by its persons (研究生党支部), a named one: in brackets right after the
    unit it belongs to (化学学院党委（研究生党支部）)?

    >>> _named_branch("学院党委（研究生党支部）", 5, "研究生党支部", _lex()), _named_branch("研究生党支部", 0, "研究生党支部", _lex())
    (True, False)
    """
    return name in lex.member_branches and text[first - 1:first] == "（" and _ends_with_suffix(
        text[max(0, first - 1 - lex.suffix_len):first - 1], lex)


def _is_number(word: str) -> bool:
    """Is ``word`` a number in digits or Chinese numerals (12, 3690, 十二)?

    >>> _is_number("3690"), _is_number("十二"), _is_number("第三")
    (True, True, False)
    """
    return word.isdigit() or (bool(word) and all(c in CN_NUMERALS for c in word))


def _longer_suffix(name: str, n: int, lex: _Lex) -> bool:
    """Does ``name`` end in a unit suffix longer than ``n`` characters (领导小组 beyond 小组)?

    >>> _longer_suffix("扶贫开发领导小组", 2, _lex()), _longer_suffix("检查小组", 2, _lex())
    (True, False)
    """
    return any(name[-m:] in lex.suffixes for m in range(n + 1, min(lex.suffix_len, len(name)) + 1))


def _ends_in_not_unit(name: str, lex: _Lex) -> bool:
    """Does ``name`` end in a word of ``not_unit_words.txt`` (会议室, 全部, 小组) that no longer unit
    suffix holds (扶贫开发领导小组)? Cached: unit names repeat.

    >>> _ends_in_not_unit("检查小组", _lex()), _ends_in_not_unit("扶贫开发领导小组", _lex())
    (True, False)
    """
    verdict = lex.ends_in_not_unit.get(name)
    if verdict is None:
        verdict = any(name[-n:] in lex.not_units and not _longer_suffix(name, n, lex)
                      for n in lex.not_unit_lengths)
        if len(lex.ends_in_not_unit) < 100_000:
            lex.ends_in_not_unit[name] = verdict
    return verdict


def _leading_word(token: str, lexicon: frozenset[str] | set[str]) -> str:
    """The longest proper prefix of ``token`` that is in ``lexicon``, else ``""``."""
    for n in range(len(token) - 1, 1, -1):  # (a plain loop: most tokens are too short to have one)
        if token[:n] in lexicon:
            return token[:n]
    return ""


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


def _may_end_unit(word: str, lex: _Lex) -> bool:
    """Can ``word`` end a unit, by itself (its neighbours are read later)? A known body, or a Chinese
    word ending in a unit suffix that is no title (政委, 常委), generic word (全镇), foreign place
    (莫斯科) or not-unit word (干部)."""
    if word[-1:] not in lex.end_chars:
        return False  # the cheap test first
    if word in lex.known:
        return True
    return (_is_cjk_word(word) and _ends_with_suffix(word, lex)
            and (word not in lex.not_unit_tokens or word in lex.placed_not_units)  # (实验室: see _rejected_run)
            and word not in lex.titles and word not in lex.generic and word not in lex.world_places)


class ClauseTokens(NamedTuple):
    """A clause's words as the unit extractor reads them (see :func:`_clause_tokens`)."""

    words: tuple[str, ...]
    offsets: tuple[int, ...]  # where each word starts in the clause
    unit_ends: tuple[int, ...]  # indices of the words that may end a unit (see _may_end_unit)


def _clause_tokens(clause: str, lex: _Lex, cutter: DagCutter) -> ClauseTokens:
    """The words of a clause that holds a unit suffix or a known body (:func:`_cut_clause`), a unit
    and a title jieba made one word cut in two (:func:`_split_title_tail`).

    Cached by the clause's text: bulletins repeat their clauses (mastheads, tails, 市委、市政府).
    """
    cut = lex.clause_tokens.get(clause)
    if cut is not None:
        return cut
    words_: list[str] = []
    prev = ""
    for w in _join_cut_suffixes(_cut_clause(clause, lex, cutter), lex):
        if len(w) > 2 and w[-1] in lex.title_last_chars:
            words_.extend(_split_title_tail(w, lex, w in lex.titles and (
                lex.tag_of(prev) == "ns" or _organ_of_unit(prev, w, lex)
                or (w.startswith(DEPARTMENT) and w[1:] in DEPARTMENT_HEADS and _field_word(prev, lex)
                    and not prev.endswith(MAJOR_WORD)))))
            # (雕塑 | 系主任 → 雕塑 | 系 | 主任: a field's department and its head; not …专业 | 系主任, a major's)
        else:
            words_.append(w)
        prev = w
    end_chars = lex.end_chars  # (the cheap first test of _may_end_unit, here to spare most calls)
    unit_ends = [j for j, w in enumerate(words_) if w[-1:] in end_chars and _may_end_unit(w, lex)]
    cut = ClauseTokens(tuple(words_), tuple(accumulate(map(len, words_[:-1]), initial=0)), tuple(unit_ends))
    if len(lex.clause_tokens) >= MAX_CACHED_CLAUSES:
        lex.clause_tokens.clear()
    lex.clause_tokens[clause] = cut
    return cut


def _join_cut_suffixes(cut: list[str], lex: _Lex) -> list[str]:
    """Words jieba cut out of a unit suffix joined again: a word and a lone character that make a suffix (巡察 | 组,
    招生 | 组), a field of study and a lone 会, its society (数学 | 会, 心理学 | 会: 学会), not before a verb
    (化学 | 会 | 发生); a suffix and a member run into one word cut (协会会员 → 协会 | 会员), and a suffix jieba ran
    into the 副 of the title after it (学术 | 部副 | 部长 → 学术 | 部 | 副部长).

    >>> _join_cut_suffixes(["天津市", "数学", "会", "年会"], _lex()), _join_cut_suffixes(["天津", "协会会员"], _lex())
    (['天津市', '数学会', '年会'], ['天津', '协会', '会员'])
    """
    out: list[str] = []
    deputy = False  # the 副 cut off the word before goes with this one
    for i, w in enumerate(cut):
        prev = out[-1] if out else ""
        if deputy:
            out.append(DEPUTY + w)
            deputy = False
        elif len(w) == 2 and w[1] == DEPUTY and w[0] in lex.suffixes and i + 1 < len(cut) and (
                DEPUTY + cut[i + 1] in lex.titles):
            out.append(w[0])
            deputy = True
        elif len(w) > 2 and prev and prev + w[0] in lex.suffixes and w[1:] in lex.titles and w[0] == w[1]:
            out[-1] = prev + w[0]  # 巡察 | 组组长 → 巡察组 | 组长: the suffix jieba ran into its head's title
            out.append(w[1:])
        elif len(w) == 1 and prev and (prev + w in lex.suffixes or (
                w == SOCIETY_CHAR and (prev in lex.fields or prev[:-1] in lex.fields) and prev[-1] + w in lex.suffixes
                and not (i + 1 < len(cut) and lex.tag_of(cut[i + 1]).startswith("v"))) or (
                w == SOCIETY_CHAR and _discipline(prev, lex) and len(out) > 1 and (
                    lex.tag_of(out[-2]) == "ns" or out[-2] in SCOPE_WORDS or out[-2] in LEVEL_CHARS))):
            # (中国 | 园艺学 | 会 | 召开, 青山 | 省 | 园艺学 | 会: a place or a scope before the discipline)
            out[-1] = prev + w
        elif prev == BRANCH_MARK and len(w) > 1 and w in lex.suffixes and w in lex.kind_words:
            out[-1] = prev + w  # 分 | 委员会: a sub-committee, jieba's 分 the verb
        elif prev and len(w) > 1 and w in lex.not_unit_tokens and prev + w in lex.suffixes:
            out[-1] = prev + w  # 重点 | 实验室: a word that is no unit alone ends one after the word before it
        elif len(w) > 2 and w.endswith(MEMBER_WORDS) and w[:-2] in lex.suffixes:
            out.extend((w[:-2], w[-2:]))
        elif len(prev) > 1 and len(w) > 1 and prev + w in lex.inner_words:
            out[-1] = prev + w  # 社会 | 组织/v: a compound noun of unit_inner_words.txt jieba cut, one word in a name
        else:
            out.append(w)
    return out


DISCIPLINE_END = "学"  # 园艺学, 植物学: a discipline, whose society jieba cuts (园艺学 | 会)


def _discipline(word: str, lex: _Lex) -> bool:
    """Is ``word`` the name of a discipline of three characters or more (园艺学, 植物保护学), no unit (大学)?"""
    return len(word) >= 3 and word.endswith(DISCIPLINE_END) and lex.tag_of(word) == "n" and word not in lex.suffixes \
        and not _ends_with_suffix(word, lex)


def _cut_clause(clause: str, lex: _Lex, base: DagCutter) -> list[str]:
    """The clause's words: jieba's, with every well-known body (``known_units.txt``) one word.

    A known name counts only where it ends at a word's end (not 农业农村部 in 农业农村部门, not 人行
    in 个人行为, not 中共中央 in 中共中央纪律检查委员会) or before a title (全国 | 政协委员 → 全国政协 |
    委员); a word that ends in one loses the part before it (九届全国政协 → 九届 | 全国政协), which the
    unit's run takes back when it is a name (中国 | 国务院).

    >>> _cut_clause("据新华社报道", _lex(), dag_cutter()), _cut_clause("农业农村部门", _lex(), dag_cutter())
    (['据', '新华社', '报道'], ['农业', '农村', '部门'])
    """
    return _cut_known(clause, lex, base)


def _cut_known(clause: str, lex: _Lex, base: DagCutter) -> list[str]:
    cut = base.cut(clause)
    if lex.known_pattern.search(clause) is None:
        return cut
    spans: list[tuple[int, int]] = []
    at = 0
    for w in cut:
        spans.append((at, at + len(w)))
        at += len(w)
    out: list[str] = []
    pos = 0  # clause offset reached by ``out``
    i = 0  # next word of ``cut`` not yet in ``out``
    for m in lex.known_pattern.finditer(clause):
        a, b = m.span()
        if a < pos:
            continue
        last = next(n for n in range(i, len(cut)) if spans[n][1] >= b)
        if (m.group(0) in lex.enterprises or m.group(0) in lex.short_known) and not any(
                span[0] == a for span in spans[i:last + 1]):
            continue  # 其中 | 石油, 人 | 民建: an enterprise's or a party's short name begins inside a word
        tail = clause[b:spans[last][1]]
        if tail and tail not in lex.titles:
            continue  # the name ends inside a word (个人行为), unless a title follows (全国政协 | 委员)
        while i < len(cut) and spans[i][1] <= a:
            out.append(cut[i])
            pos = spans[i][1]
            i += 1
        if pos < a:
            out.extend(base.cut(clause[pos:a]))
        out.append(m.group(0))
        if tail:
            out.append(tail)
        pos = spans[last][1]
        i = last + 1
    out.extend(cut[i:])
    return out


@dataclass(frozen=True)
class _Clauses:
    """The words of a text's clauses that may hold a unit, read as one run (see :func:`_unit_clauses`).

    Every step of :func:`extract_units` reads this plain data and changes none of it.
    """

    text: str
    tokens: list[str]  # the words of the clauses that may hold a unit, clauses kept apart by "，"
    starts: list[int]  # where each starts in the text
    unit_ends: list[int]  # indices in ``tokens`` of the words that may end a unit (see _may_end_unit)


def _unit_clauses(text: str, lex: _Lex, cutter: DagCutter) -> _Clauses:
    """The words of the text's clauses that hold a unit suffix or a known body, with their offsets.

    >>> c = _unit_clauses("会议在北京召开。市公安局参加。", _lex(), dag_cutter())
    >>> c.tokens, c.starts, [c.tokens[j] for j in c.unit_ends]
    (['市公安局', '参加'], [8, 12], ['市公安局'])
    """
    tokens: list[str] = []  # the words of the clauses that may hold a unit
    starts: list[int] = []  # where each starts in the text
    unit_ends: list[int] = []  # indices in ``tokens`` of the words that may end a unit
    # Only clauses that hold a unit suffix or a known body are cut (about a third of a bulletin's
    # clauses): a unit never spans punctuation and always ends in one, so this loses nothing. The
    # search stops at a clause's first suffix (none holds a character that ends a clause).
    holds_suffix = lex.suffix_pattern.search
    for clause in CLAUSE.finditer(text):
        at, clause_end = clause.span()
        if holds_suffix(text, at, clause_end) is None:
            continue
        cut = _clause_tokens(clause.group(0), lex, cutter)
        if tokens:
            tokens.append("，")  # keep clauses apart, as the punctuation between them does
            starts.append(at - 1)
        first = len(tokens)
        tokens.extend(cut.words)
        starts.extend(map(at.__add__, cut.offsets))  # at + offset
        unit_ends.extend(map(first.__add__, cut.unit_ends))  # first + j
    return _Clauses(text, tokens, starts, unit_ends)


def _is_end_candidate(c: _Clauses, j: int, lex: _Lex) -> bool:
    """May token ``j`` end a unit, read with its neighbours? (That the word by itself may, the clause
    cutting decided: see :func:`_may_end_unit`.) No for a number of bodies (八所 | 大学), a verb's
    object or a verb (布 | 好 | 局, 入村, 举办, 妥协), a classifier after a number (每所学校)."""
    tokens = c.tokens
    tag_of = lex.tag_of
    word = tokens[j]
    if word in lex.known:
        pass  # 新华社, 党中央, 联合国: a unit by itself
    elif _indefinite(word) and j + 1 < len(tokens) and _ends_with_suffix(tokens[j + 1], lex):
        return False  # 八所 | 大学: a number of bodies
    elif (len(word) == 1 and j > 0 and tokens[j - 1][-1:] in RESULT_COMPLEMENTS) or (
            len(word) == 2 and word[0] in MOTION_CHARS and word[1] in SETTLEMENT_LEVELS) or (
            word in SETTLEMENT_LEVELS and j > 0 and tokens[j - 1] in VILLAGE_VERBS):
        return False  # 布 | 好 | 局, 开好局: a verb's object; 入村, 进村: going to a village; 封 | 村: closing it
    else:  # (the word by itself may end a unit: see _may_end_unit)
        numbered = (word[0] in CN_ORDINALS and word[1:] in lex.suffixes and j > 0  # 秘书 | 一处
                    and len(tokens[j - 1]) > 1 and _is_cjk_word(tokens[j - 1])  # not 心往 | 一处
                    and tag_of(tokens[j - 1]) in NAME_TAGS  # not 发现 | 一处
                    and tag_of(tokens[j - 1]) not in ("s", "f", "ns", "l")  # not 门前 | 一站, 石岭 | 一处 (a spot),
                    # 上上下下 | 四处 (everywhere)
                    and not _ends_with_suffix(tokens[j - 1], lex))  # not 石牛村 | 一处
        head = _head(word, lex)
        if head and word == DEPARTMENT and _department_copula(tokens, j, lex):
            pass  # 人力资源管理 | 系/v | 教师: a department, not the copula (火灾 | 系 | 电线老化)
        elif head:  # a team's or party's name: the name before it is checked by _rejected_run
            if tag_of(word).startswith("v") if word == head else (
                    tag_of(word) not in NAME_TAGS and tag_of(word) not in PROPER_TAGS and tag_of(word) != "m"):
                return False  # 妥协, the copula 系: verbs that end like a head (教育系 is one word)
        elif tag_of(word) not in NAME_TAGS and word not in lex.suffixes and not numbered:
            return False  # 举办, 交办, 查处: a verb that ends like a unit
        if len(word) == 1 and j > 0 and tokens[j - 1][-1:] in QUANTIFIERS and not (
                j > 1 and tokens[j - 1] in CN_ORDINALS and tag_of(tokens[j - 2]) in NAME_TAGS
                and _is_cjk_word(tokens[j - 2]) and not _ends_with_suffix(tokens[j - 2], lex)):
            return False  # 每所学校, 两家企业: a classifier after a number, no unit (but 秘书一科 is one)
    return True


# What a step of the walk left decides about the word before the run (see _walk_left): take so many words, or stop.
_STOP = -1


def _bracket_before(c: _Clauses, k: int, lex: _Lex) -> bool:
    """Does a bracket that is part of the name end before token ``k`` (青禾机械 | （集团） | 公司)?"""
    tokens = c.tokens
    tag_of = lex.tag_of
    prev = tokens[k - 1]
    return prev == "）" and k >= 4 and tokens[k - 3] == "（" and _is_cjk_word(tokens[k - 4]) and (
        tokens[k - 2] in NAME_BRACKET_WORDS or tag_of(tokens[k - 2]) == "ns")


def _joined_before(c: _Clauses, j: int, k: int, lex: _Lex) -> int:
    """Words the name of the unit ending with token ``j`` takes before token ``k``, whatever their tags: the
    persons of a branch, a cohort or class, a major's short name, a stem with 和, two fields joined by 与, 全国
    after a session, a joint school's lead, a branch's 分, an era, an adjective. How many (0: none of them)."""
    text = c.text
    tokens = c.tokens
    starts = c.starts
    tag_of = lex.tag_of
    word = tokens[j]
    prev = tokens[k - 1]
    if prev + "".join(tokens[k:j + 1]) in lex.member_branches:
        return 1  # 博士生/nr | 党支部: the persons a branch gathers, whatever jieba's tag
    if prev == DEPARTMENT and k >= 2 and "".join(tokens[k:j + 1]) in lex.member_branches and _field_word(tokens[k - 2], lex):
        return 1  # 投资 | 系/v | 学生党支部: the department whose persons' branch it is (系 the copula to jieba)
    if prev in COHORT_WORDS and k >= 2 and tokens[k - 2].isdigit() and (any(
            t in lex.person_words for t in tokens[k:j]) or word.endswith(BRANCH_WORDS)):
        return 2  # 2019 | 级 | 社会学 | 硕士生 | 党支部, 2016 | 级 | 团总支: a cohort names its persons' branch
    if prev == CLASS_WORD and k >= 3 and tokens[k - 2].isdigit() and word.endswith(BRANCH_WORDS) and k == j:
        if k >= 4 and tokens[k - 3] == "-" and tokens[k - 4].isdigit():
            return 4  # 经贸 | 19 | - | 2 | 班 | 团支部: a cohort and a class name their branch
        if _is_cjk_word(tokens[k - 3]) and tokens[k - 3] not in "和与及":
            return 2  # 18级 | 5 | 班 | 团支部 (not …1班和 | 2 | 班 | 团支部: the second of two, its cohort before
            # the first)
    if prev == CATEGORY_WORD and k >= 2 and tokens[k].isdigit() and word.endswith(BRANCH_WORDS) \
            and CLASS_WORD in tokens[k:j] and _field_word(tokens[k - 2], lex):
        return 2  # 地质 | 类 | 2019 | - | 02 | 班 | 团支部: a class of a major category (地质类) names its branch
    if tokens[k] == MAJOR_WORD and k >= 3 and len(prev) == 1 and len(tokens[k - 2]) == 1 \
            and word.endswith(BRANCH_WORDS) and _is_cjk_word(prev + tokens[k - 2]) \
            and prev not in FUNCTION_CHARS and tokens[k - 2] not in FUNCTION_CHARS \
            and (_ends_with_suffix(tokens[k - 3], lex) or not _is_cjk_word(tokens[k - 3])):
        return 2  # 土木学院 | 建 | 环 | 专业 | 党支部: a major's short name of two lone characters
    if prev in "和与" and k >= 2 and inside_he_stem(text, starts[k - 1]):
        return 1
    if k == j and word in MEMBER_SOCIETIES and _field_verb(prev, lex) and k >= 2 and _proper_word(tokens[k - 2], lex):
        return 1  # 中国 | 烹饪 | 协会: a society named by the verb of its field after its place
    if prev in "与和" and k >= 2 and _field_word(tokens[k - 2], lex):
        school = next((t for t in tokens[k:j + 1] if t.endswith(JOINED_HEADS)), "")
        stem = next((school[:-len(h)] for h in JOINED_HEADS if school.endswith(h) and len(school) > len(h)), "")
        if school and not (k == j and _no_unit_alone(word, lex)) and (_field_word(tokens[k], lex, school) or (
                k < j and tokens[k] + tokens[k + 1] in lex.fields) or (
                prev == "与" and tokens[k] == school and school not in lex.known and stem in lex.tags
                and _field_word(stem, lex))):
            return 1  # 电气 | 与 | 动力工程学院, 国际经济 | 与 | 贸易系, 资源 | 和 | 环境学院: two fields name one
            # school, and its sub-units (光学工程学院 | 党委); 网络 | 与 | 信息中心/nt: a body jieba took whole (not
            # 中央 | 和 | 教育部, 与 | 教育部: a known body)
    if k == j and word in lex.known and word.endswith(MINISTRY_END) and k >= 2 and tag_of(prev) == "n" \
            and _field_word(prev, lex) and prev not in lex.not_name_words \
            and not _ends_with_suffix(prev, lex) and _is_cjk_word(tokens[k - 2]) and (
            tokens[k - 2] in lex.known or _ends_with_suffix(tokens[k - 2], lex)):
        return 1  # 学院科协 | 学术 | 科技部: a body's department named by its field, no ministry
    if prev in TASK_JOINERS and k >= 2 and k < j and word.endswith(TASK_BODIES) and tag_of(tokens[k - 2]) == "vn" \
            and tag_of(tokens[k]) in TRADE_TAGS and not _ends_with_suffix(tokens[k - 2], lex):
        return 1  # 学生奖励 | 与 | 资助工作评审领导小组, 奖励 | 及 | 资助评审委员会: two tasks name one committee
    if prev in "与和" and k >= 3 and k + 1 < j and _stems_joined(tokens[k - 3], tokens[k - 2], tokens[k], lex):
        return 1  # 中国 | 城市 | 和 | 小城镇改革发展中心: two halves of one stem after the place or body that begins the
        # name (not 平凉市 | 和 | 庄浪县委, 中央 | 和 | 学校党委)
    if k < j and len(prev) > 1 and prev + tokens[k] in lex.fields and tag_of(prev).startswith("v"):
        return 1  # 继续 | 教育 | 学院: a field's name jieba cut before a verb (继续教育 of academic_fields.txt)
    if k < j and tokens[k + 1] in SETTLEMENT_LEVELS and (
            (prev in "大小" and len(tokens[k]) > 1 and tag_of(tokens[k]) == "n") or (
                len(tokens[k]) == 1 and len(prev) > 1 and tag_of(prev) == "m" and prev[0] in CN_NUMERALS
                and prev[-1] not in BODY_CLASSIFIERS)):
        return 1  # 大 | 营盘 | 乡, 五里 | 罕 | 镇: an adjective or a number and a measure begin a village's or town's name
    if k == j and word in LEGISLATURES and tag_of(prev) == "m" and prev.endswith(SESSION) and k >= 2 and (
            tag_of(tokens[k - 2]) in ("ns", "j", "nt") or tokens[k - 2] in lex.known):
        return 1  # 香港特区 | 第一届 | 立法会, 甘肃省 | 第八届 | 委员会: a legislature's session after its place or body
    if prev == "全国" and ((k >= 2 and (tokens[k - 2].endswith("届") or tokens[k - 2] in lex.world_places)) or (
            word == CONTEST_COMMITTEE and any(t.endswith(CONTEST_ENDS) for t in tokens[k:j]))):
        return 1  # 政协第八届 | 全国 | 委员会, 智利 | 全国 | 应急中心: a national body, not 全国 the generic word
    if prev in lex.compound_leads and ((k == j and word.endswith(JOINT_HEADS)) or "".join(tokens[k:j + 1]) in JOINT_HEADS or (
            k == j and prev == JOINT and word in lex.kind_words and k >= 2 and _is_cjk_word(tokens[k - 2])
            and tag_of(tokens[k - 2]) in NAME_TAGS)):
        return 1  # 联合 | 研究生院, 联合 | 实验室, 联合 | 研究 | 中心: a joint school, laboratory or centre; 社会科学 | 联合 |
        # 委员会: a joint body
    if prev == JOINT and k < j and k >= 2 and word.endswith("公司") and tag_of(tokens[k - 2]) == "ns":
        return 1  # 德国 | 联合 | 货运 | 服务公司: a country's united company (not 联合 | 开发公司, one word after it)
    if (prev == "分" and k == j and word[:1] in BRANCH_STARTS) or (prev in ERA_WORDS and k < j) or (
            prev in NAME_ADJECTIVES and k < j and len(tokens[k]) > 1 and tag_of(tokens[k]) == "n"
            and prev + tokens[k] not in lex.school_objects):  # (新时代 | 林院: a time)
        return 1  # 竹苑 | 分 | 党工委, 现代 | 农业产业研究院, 新 | 农村 | 发展研究院: a branch, an era, a compound noun
    return 0


TASK_JOINERS = frozenset("与及")
TASK_BODIES = ("委员会", "领导小组", "工作小组", "工作组")  # a committee or group named by the tasks it has


def _no_unit_alone(word: str, lex: _Lex) -> bool:
    """Is ``word`` a kind of body or a word no unit alone (学院, 实验室), which after 与/和 joins no fields (高楼大厦 | 和 |
    实验室; but 思想教育 | 与 | 管理处)?"""
    return word in lex.kind_words or word in lex.not_unit_tokens


JOINT_HEADS = ACADEMIC_HEADS + ("研究生院",)  # (联合 | 研究 | 中心: jieba cut the head)
JOINED_STEM_TAGS = frozenset({"n", "nz", "vn", "l", "nr"})  # (小城镇/nr: jieba's tag of a common noun)


def _stems_joined(lead: str, left: str, right: str, lex: _Lex) -> bool:
    """Are ``left`` and ``right``, on either side of 和 or 与 in a run, two halves of one name's stem: ``lead``, before
    them, a place or a known body (中国), each half a common noun of two characters or more, no body, place,
    person or generic word (城市, a kind of place, may lead: 中国 | 城市 | 和 | 小城镇)?"""
    if not (lex.tag_of(lead) == "ns" or lead in lex.known) or (
            (left in lex.regions or left[-1:] in LEVEL_CHARS) and left not in lex.kind_leads):
        return False  # (平凉市 | 和 | 庄浪县委: a place and another place's body)
    return all(len(w) > 1 and _is_cjk_word(w) and w not in lex.known and w not in lex.generic
               and w not in lex.titles and w not in lex.person_words and w not in lex.not_name_words
               and (lex.tag_of(w) in JOINED_STEM_TAGS or w in lex.kind_leads) for w in (left, right)) and not (
        _ends_with_suffix(left, lex)) and right not in lex.kind_words


def _pieces_before(c: _Clauses, j: int, k: int, lex: _Lex) -> int:
    """Pieces of one name jieba cut apart before token ``k`` (起重 | 机, 教 | 工部, 伊 | 里 | 诺斯, 电力 | 经 | 研, 外国 | 语言文学):
    take one; or a second company written before this one: _STOP. 0: none of them."""
    tokens = c.tokens
    tag_of = lex.tag_of
    word = tokens[j]
    prev = tokens[k - 1]
    if word in lex.enterprise and word.endswith("公司") and word[:1] not in "分子" and prev.endswith("公司") \
            and tag_of(tokens[k]) in PROPER_TAGS and tag_of(tokens[k]) != "ns":
        return _STOP  # 石岭市供电公司 | 华电工程咨询有限公司: two companies written together
    if len(prev) > 1 and len(tokens[k]) == 1 and _is_cjk_word(prev) and prev + tokens[k] in lex.tags \
            and tag_of(prev + tokens[k]) in NAME_TAGS and prev not in lex.generic:
        return 1  # 起重 | 机 | 公司, 学习 | 部: jieba gave the word's last character to the name (起重机, 学习部)
    if len(prev) == 1 and prev not in NOT_ABBREVIATION and prev not in NAME_ADJECTIVES and _is_cjk_word(prev) \
            and tokens[k] not in lex.known and any(
            (tokens[k][n:] in lex.suffixes or tokens[k][n:] in PLACE_LEVELS)  # (望 | 城区: 望城 | 区)
            and (tokens[k] not in lex.suffixes or len(tokens[k]) - n > 1)
            and prev + tokens[k][:n] in lex.tags and tag_of(prev + tokens[k][:n]) in NAME_TAGS
            and (tokens[k][n:] in PLACE_LEVELS or not tag_of(prev + tokens[k][:n]).startswith(("ns", "nr")))
            # (开 | 特科, no 开特/ns; but 蓉 花 | 山镇: 花山 | 镇, a place)
            for n in range(1, len(tokens[k]))):
        return 1  # 教 | 工部, 分 | 党工委, 大 | 数据中心: jieba gave a word's first character to the word before (教工 |
        # 部); no name begins inside a word (but 经 | 学院, 领域内 | 学院: a unit word stays whole before its last character;
        # 新 | 党支部: a new branch, no 新党)
    if len(prev) == 1 and prev in TRANSLIT and tag_of(tokens[k]) == "nrt" and k >= 2 \
            and len(tokens[k - 2]) == 1 and tokens[k - 2] in TRANSLIT:
        return 1  # 伊 | 里/f | 诺斯/nrt | 大学: lone characters of a transliterated name jieba cut in pieces
    if len(prev) == 1 and prev in lex.not_name_words and len(word) == 1 and k < j and k >= 2 \
            and all(len(t) == 1 for t in tokens[k:j]) and len(tokens[k - 2]) > 1 \
            and _is_cjk_word(tokens[k - 2]) and tag_of(tokens[k - 2]) in NAME_TAGS \
            and tokens[k - 2] not in lex.not_name_words and tokens[k - 2] not in lex.titles:
        return 1  # 电力 | 经 | 研 | 院: an abbreviation cut into lone characters after a name, whatever the first
    if prev == FOREIGN[0] and tokens[k].startswith(FOREIGN[1]) and any(
            t.endswith(ACADEMIC_HEADS) for t in tokens[k:j + 1]):
        return 1  # 外国 | 语言文学 | 学院: foreign languages, a field, not 外国 the generic word (外国企业)
    return 0


CURRENCIES = frozenset({"元", "美元", "欧元", "日元", "英镑", "卢布", "港元", "人民币", "万元", "亿元"})
AGENT_END = "者"  # 获得者, 参赛者: a person, before a college no part of its name
INSIDE = "内"  # 领域 | 内 | 学院: the colleges within a field


def _boundary_before(c: _Clauses, j: int, k: int, lex: _Lex) -> int:
    """Does the word before token ``k`` end the run (_STOP): a generic word, a kind of bodies, punctuation or
    another script, a second unit, a place that begins the name? The few of them that belong to the name
    (21 | 世纪, IBM | 公司, 中国 | 驻 | 南非): take one. 0: none of them."""
    tokens = c.tokens
    known = lex.known
    tag_of = lex.tag_of
    word = tokens[j]
    prev = tokens[k - 1]
    if prev in lex.generic or prev in lex.not_name_words or prev in DEMONSTRATIVES or prev in LOCATION_VERBS or (
            prev[-1] in BODY_CLASSIFIERS and _indefinite(prev)) or _activity_run_in(prev, lex) or (
            prev in CURRENCIES and k >= 2 and (tokens[k - 2][-1:].isdigit() or tag_of(tokens[k - 2]) == "m")):
        return _STOP  # (1.2亿欧元 | 欧盟委员会: an amount's currency ends it; not 蜀道 | 元 | 牛公司)
    if prev.endswith(COLLECTIVE_KINDS) and tag_of(tokens[k]) == "ns":
        return _STOP  # 主管部门 | 青山区教育局, 所属子公司 | 石岭…公司: a kind of bodies before a named one
    if len(prev) == 1 and prev in lex.suffixes and prev not in PLACE_LEVELS and k >= 2 and tag_of(tokens[k - 2]) == "a" \
            and len(tokens[k]) > 1 and tag_of(tokens[k]) in PROPER_TAGS:
        return _STOP  # 第一 | 大 | 党 | 印度人民党: a lone unit word after an adjective ends their phrase (大党); the proper
        # name begins the unit (but 温江区 | 委 | 统战部, 采油 | 三 | 厂 | 宣传部, 南 | 新 | 镇 | 罗山村: one name)
    if k == j and len(prev) > 2 and prev.endswith(MINISTRY_END) and (prev in known or tag_of(prev) == "nt") \
            and tag_of(word) == "nt" and (word.startswith(NATIONAL) or (
                word[:2] in lex.province_starts and word.endswith(COMMITTEE_END))):
        return _STOP  # 司法部 | 全国人大常委会法制工作委员会, 总政治部 | 湖南省委: a ministry and a national body or a
        # province's Party committee, two bodies written together (but 总后勤部 | 卫生部, its department)
    if k == j and prev.endswith(COMMITTEE_END) and word.endswith(GOVERNMENT) and len(prev) > 1:
        return _STOP  # 禾阳市委 | 市政府, 县委 | 县政府: the Party committee and the government, two bodies written together
    if prev in LEVEL_CHARS and k >= 2 and _is_number(tokens[k - 2]):
        return _STOP  # 三省 | 两市 | 青年联合会: a count of places whose body it is, no part of its name
    if word in lex.enterprise and len(tokens[k]) > 1 and tag_of(tokens[k]).startswith("nr") and (
            (tag_of(prev) in TRADE_TAGS and prev.endswith(EVENT_END)) or _ends_with_suffix(prev, lex)) \
            and prev[-1] not in PLACE_LEVELS:
        return _STOP  # 青山博览会 | 张家湾 | 集团: after an event or a unit a brand jieba takes for a person's begins
        # the company (but 哈尔滨市 | 阿勒锦 | 经贸公司, 北京 | 西单 | 友谊 | 集团: after its place)
    if prev in TOWARD_CHARS or (prev in CAPTION_WORDS and (
            tag_of(tokens[k]) == "nt" or tokens[k] in known or word.endswith(SCHOOL_ENDS) or tokens[k] == COLLEGE_CHAR
            or (word in lex.suffixes and any(t.endswith(SCHOOL_ENDS) for t in tokens[k:j])) or word.endswith(BRANCH_WORDS))):
        return _STOP  # 带 | 往 | 青山小学; 大会现场 | 化工学院/nt: a direction or a caption before the name (also before the
        # college's organ: 大会 | 土木 | 学院 | 党委, 现场 | 院 | 党委, and before a branch: 合影 | 地质类…班团支部)
    if tokens[k] == COLLEGE_CHAR and k < j and tokens[k + 1].startswith(COLLEGE_BODY_STARTS) and len(prev) > 1 \
            and tag_of(prev) not in PROPER_TAGS and not _field_name(prev, lex) and j + 1 < len(tokens) \
            and tokens[j + 1] in lex.titles:
        return _STOP  # 奏唱国歌 | 院 | 党委 | 书记: the college's committee; the words before are another clause's (a caption)
    if (tokens[k] in known or (tokens[k] in SCOPE_WORDS and tokens[k] != "中央" and not word.endswith(LONG_NAME_ENDS))) \
            and k < j and len(prev) > 1 and tag_of(prev) in ("v", "vn") and prev not in lex.inner_words:
        return _STOP  # 整治行动 | 国务院 | 安委会, 医养行动 | 国家 | 卫生健康委: after an activity (a headline run into the
        # text) a known body or a scope begins the name (but 检测技术 | 教育部 | 工程研究中心, a centre of a field under
        # the ministry; 分子遗传 | 国家 | 重点实验室, a long name of its field)
    if prev.endswith(CONTEST_ENDS) and word == CONTEST_COMMITTEE and any(t == CONTEST_DIVISION for t in tokens[k:j]):
        return 1  # 电子设计竞赛 | 江苏 | 赛区 | 组委会: a contest's division and its committee (no place begins the name)
    if prev[-1] == PEOPLE and prev[:-1] in lex.regions:
        return _STOP  # 巴勒斯坦人 | 以色列国防军: a people, no part of a name
    if word.endswith(ACADEMIC_HEADS) and tokens[k] not in WORK_WORDS and (prev == INSIDE or k < j and (
            prev in lex.person_words or prev.endswith(AGENT_END))):
        return _STOP  # 获得者 | 安全 | 学院, 教师 | 马克思主义 | 学院, 领域 | 内 | 学院: a person or a scope before the college
        # named by its field (but 干部 | 学院, 教师 | 研究所: a college for persons)
    if not _is_cjk_word(prev):
        if prev.isdigit() and tokens[k] == "世纪":
            return 1  # 21 | 世纪 | 发展研究院
        if prev in PARTNER_DASHES and k < j and k >= 2 and _partner(tokens[k - 2], lex) and _partner(tokens[k], lex) \
                and tokens[k][-1] not in LEVEL_CHARS and (not _ends_with_suffix(tokens[k - 2], lex) or any(
                    t.startswith(JOINT) for t in tokens[k:j + 1])):
            # (大学-三台县 | 人民政府, 人民政府-四川 | 农业大学: two parties, each its own unit; but two universities' joint
            # school: 南开大学—格拉斯哥 | 大学 | 联合研究生院)
            return 2  # 中国 | — | 东盟 | 商品交易中心: a dash joins two partners in one name
        if prev in PARTNER_DASHES and k < j and k >= 2 and (
                _partner(tokens[k - 2], lex) or tokens[k - 2].endswith(SCHOOL_ENDS)) and len(tokens[k]) >= LATIN_NAME_MIN \
                and LATIN_NAME.fullmatch(tokens[k]) and "".join(tokens[k:j + 1]).endswith(ACADEMIC_HEADS):
            return 2  # 青禾大学 | — | SK | 人工智能研究中心: a school and a firm in Latin letters name their joint research body
        if (k == j or tag_of(tokens[k]) == "ns" or (prev.isupper() and all(tag_of(t) in TRADE_TAGS for t in tokens[k:j]))) \
                and len(prev) >= LATIN_NAME_MIN and LATIN_NAME.fullmatch(prev) \
                and _is_cjk_word(word) and not ROOM_NUMBER.fullmatch(prev):
            return 1  # IBM | 公司, WCG | 组委会, IBM | 中国 | 开发中心, MBA | 教育 | 中心: a name in Latin letters (an
            # acronym also before common nouns)
        return _STOP
    if prev in known and ((tokens[k] in known and not (k == j and tokens[k] in lex.child_known and not (
            prev.endswith(MINISTRY_END) and tokens[k].endswith(MINISTRY_END)))) or (
            prev in lex.media and tag_of(tokens[k]) == "ns" and not word.startswith(BRANCH_MARK))):
        return _STOP  # 中共中央 | 国务院 (two bodies; but 中国共产党 | 中央委员会, its body; a ministry is no parent of
        # a department known as a child: 中宣部 | 总政治部), 新华社 | 联合国 | 1月14日电 (a
        # dateline; but 新华社 | 石岭 | 分社, its branch there)
    if tokens[k][:2] in lex.province_starts and prev not in known \
            and (tokens[k] in lex.provinces or _leading_word(tokens[k], lex.provinces)) \
            and (_ends_with_suffix(prev, lex) or tag_of(prev) == "nt") \
            and not prev.endswith(HEADQUARTERS) and _placed_unit_before(tokens, k - 1, lex, tag_of):
        return _STOP  # 江苏省新华书店 | 江苏省歌舞剧院: two units written together, each with its place
    if prev == "驻" and k >= 2 and (tag_of(tokens[k]) in PROPER_TAGS or (k < j and (
            tokens[k] in SCHOOL_KINDS or _ends_with_suffix(tokens[k], lex)))) and (
            tag_of(tokens[k - 2]) in PROPER_TAGS or _ends_with_suffix(tokens[k - 2], lex)):
        return 1  # 中国 | 驻 | 南非 | 大使馆, 市纪委 | 驻 | 市教育局 | 纪检监察组, 省纪委监委 | 驻 | 校 | 纪检监察组: a
        # body and where it is stationed, a place or a body (the school, 校), name its office there
    if prev == DATELINE_WIRE and k >= 2 and tag_of(tokens[k - 2]) == "m" and tokens[k - 2].endswith("日"):
        return _STOP  # 一月 | 十六日 | 电 | 政协…: a dateline's 电 (日电 cut apart), no part of the name
    if len(prev) == 2 and prev[0] == STATIONED and k >= 2 and (
            tokens[k - 2] in known or tag_of(tokens[k - 2]) == "nt") and _ends_with_suffix(word, lex):
        return 2  # 联合国人口基金会 | 驻华 | 代表处, 县委 | 驻村 | 工作队: a body's office where it is stationed (驻华: jieba's
        # one word)
    if k + 1 == j and word.startswith(BRANCH_MARK) and tag_of(tokens[k]) == "ns" and (
            (tag_of(prev) in TRADE_TAGS and k >= 2 and tag_of(tokens[k - 2]) in PROPER_TAGS and len(tokens[k - 2]) > 1)
            or (tag_of(prev) in ("nr", "nrt") and len(prev) > 2)):
        return 1  # 三菱 | 电梯 | 北京 | 分公司, 麦肯锡/nr | 香港 | 分公司: a company's branch named by its place after the
        # company's brand and trade
    if _place_starts_name(prev, tokens[k], lex, tag_of):
        return _STOP  # 发展 | 城市商业银行, 精简分流 | 东山矿务局: a place begins the unit's name
    return 0


def _activity_run_in(word: str, lex: _Lex) -> bool:
    """Is ``word`` a lone character and a word of activity (``not_unit_name_words.txt``) jieba made one word (案开庭:
    a case's hearing, in a headline run into a unit's name), no part of a name?"""
    return len(word) == 3 and word[1:] in lex.not_name_words and word[1:] not in lex.compound_leads \
        and word not in lex.known and word not in lex.inner_words and lex.tag_of(word) not in PROPER_TAGS \
        and not _may_end_unit(word, lex)


def _partner(word: str, lex: _Lex) -> bool:
    """Can ``word`` be one of two partners a dash joins in a name: a place, a known body, an abbreviation (中国, 东盟)?"""
    return len(word) > 1 and _is_cjk_word(word) and (lex.tag_of(word) in ("ns", "nt", "j") or word in lex.regions)


def _tagged_before(c: _Clauses, j: int, k: int, bracket: int, proper_only: bool, lex: _Lex) -> int:
    """The rules on the word before token ``k`` by its tag: only proper names before a team or known body, a title
    stops the run (_STOP); a place or name jieba takes for a person's, a university's short name, a direction, a
    public figure, a brand of two lone characters are taken (how many). 0: none of them. (``bracket``: where a
    bracket inside the name opens, once the run has passed it; ``proper_only``: see _walk_left.)"""
    tokens = c.tokens
    known = lex.known
    tag_of = lex.tag_of
    word = tokens[j]
    prev = tokens[k - 1]
    tag = tag_of(prev)
    if proper_only and tag not in PROPER_TAGS and prev not in known and (len(prev) > 1 or word in known) and not (
            prev in SCOPE_WORDS and prev != "中央" and word in known) and not (
            word in lex.child_known and k == j and len(prev) > 1 and _may_end_unit(prev, lex)):
        return _STOP  # 世界冠军 | 挪威队, 宣传 | 中国共产党: only proper names before a team or a known body (and a scope
        # before the body: 国家 | 审计署; not 中央 | 国务院, two bodies; and its parent: 武装部队 | 总参谋部)
    if prev in lex.titles and (len(prev) > 2 or tag_of(tokens[k]).startswith("nr")) and not (
            k == j and word in MEMBER_SOCIETIES and k >= 2 and (
                tag_of(tokens[k - 2]) in ("ns", "nt", "j") or tokens[k - 2] in known or tokens[k - 2] in SCOPE_WORDS)):
        return _STOP  # 总书记 | …, 主任 | 罗义 | …: a title, or one before a name (but 市长 | 热线办公室; and 约旦 | 工程师 |
        # 协会, 中国 | 市长 | 协会: a named society of the title's holders)
    if tag.startswith("nr") and ((len(prev) == 3 and prev[-1] in COUNTY_LEVELS) or (tag_of(tokens[k]) not in PROPER_TAGS or (
            tokens[k][:1] in LEVEL_CHARS and tokens[k][1:2] in LOCAL_ORGAN_CHARS)) and (len(prev) == 2 or (
            len(prev) == 3 and (tokens[k] in PLACE_LEVELS or prev[-1] in PLACE_LEVELS)))):
        return 1  # 白沙 | 乡, 石桥镇 | 中心学校: a place jieba takes for a person (not 史照栋 | 新华社); 卫东 |
        # 县委组织部: a county's name before its own committee or government; 旺苍县/nr | 农业农村局: a county's before any
    if tag.startswith("nr") and len(prev) in (2, 3) and (
            (k >= 2 and tag_of(tokens[k - 2]) == "ns" and (
                tokens[k - 2][-1] in LEVEL_CHARS or tokens[k - 2] in lex.regions or tokens[k - 2] == CHINA))
            or (word in lex.enterprise and (k in (j, bracket) or all(t in lex.enterprise for t in tokens[k:j])
                                            or tokens[k] in lex.kind_leads))
            or (word.endswith(lex.enterprise_ends) and all(
                len(t) > 1 and tag_of(t) in TRADE_TAGS and t not in lex.person_words for t in tokens[k:j]))):
        return 1  # 哈尔滨市 | 阿勒锦 | 经贸公司, 天津 | 石景山 | 机械总厂, 万德莱 | 公司, 太阳雨 | 集团 | 有限公司,
        # 金光 | 城市 | 科技有限公司, 中国 | 普希金 | 研究会, 张家湾 | 热电厂, 德云斋 | 食品 | 公司:
        # a name jieba takes for a person's, a brand before its trade
    if prev == "大" and k >= 2 and len(tokens[k - 2]) == 1 and _is_cjk_word(tokens[k - 2]) \
            and tokens[k - 2] not in NOT_ABBREVIATION and tokens[k - 2] not in PLACE_LEVELS \
            and tokens[k - 2] not in DEMONSTRATIVES and tokens[k - 2] not in CN_NUMERALS \
            and not tag_of(tokens[k - 2]).startswith(NOT_NAME_SINGLE_TAGS + ("m",)):
        return 2  # 川 | 大 | 农学院, 矿 | 大 | 数学系: a university by its short name (jieba: 大/a)
    if prev in DIRECTION_NAMES:
        return 1  # 北方 | 电讯公司: a direction word jieba tags f
    if prev in CN_ORDINALS and k < j and k >= 2 and tag_of(tokens[k - 2]) == "ns" and tag_of(tokens[k]) in NAME_TAGS:
        return 2  # 济南 | 二 | 机床 | 集团: a place and its works' number (济南第二机床厂)
    if len(prev) == 1 and prev in TRANSLIT and tag_of(tokens[k]) == "nrt" and all(ch in TRANSLIT for ch in tokens[k]) \
            and (k < 2 or not _is_cjk_word(tokens[k - 2])):
        return 1  # 、费 | 斯托/nrt | 气动公司: a transliterated name's first character, cut off by jieba
    if prev in lex.public_figures and word not in known and tokens[k] not in known:
        return 1  # 周恩来 | 政府管理学院, 鲁迅 | 纪念馆: a body named after a public figure (jieba: 周恩来/t)
    if len(prev) == 1 and len(tokens[k]) == 1 and k >= 2 and prev not in NOT_ABBREVIATION \
            and prev not in PLACE_LEVELS and tokens[k] not in PLACE_LEVELS and _is_cjk_word(prev) \
            and _is_cjk_word(tokens[k]) and (not _is_cjk_word(tokens[k - 2]) or tokens[k - 2] in lex.regions
                                             or (tag_of(tokens[k - 2]) in ("ns", "p", "c")
                                                 and tokens[k - 2] not in VERB_MARKERS)):
        return 1  # 城北 | 立 | 华 | 小学, 武汉 | 盛 | 帆 | 电子公司: a brand of two lone characters after a place
        # or a preposition, whatever jieba's tag of the first (立/v, 盛/v)
    return 0


def _name_word(c: _Clauses, j: int, k: int, lex: _Lex) -> int:
    """The last rule of a step: is the word before token ``k`` a word of names (its tag, an inner word, a lone
    character of an unknown name or abbreviation, an ordinal, a trade's verb, a scope) and the name no longer
    than MAX_UNIT with it? Then take it (1), else _STOP. An inner verb before a named body's Party organ acts on it
    (巡察 | 金融学院 | 党委: the body inspected), no part of its name (but 巡察 | 工作 | 领导小组)."""
    tokens = c.tokens
    starts = c.starts
    tag_of = lex.tag_of
    word, start = tokens[j], starts[j]
    prev = tokens[k - 1]
    tag = tag_of(prev)
    if len(tokens[k]) > 1 and _cut_verb(tokens[k - 2] if k >= 2 else "", prev, lex):
        return _STOP  # 人 | 变 身 | 互联网公司: a verb jieba cut into two lone characters (变身) is no part of the name
    single_in_name = len(prev) == 1 and prev not in NOT_ABBREVIATION and (
        (not tag.startswith(NOT_NAME_SINGLE_TAGS)  # not 听 | 省 | 农委
         and (tag.startswith("nr") or len(tokens[k]) == 1  # 泓 江 市: an unknown name
              or tag_of(tokens[k]) == "ns"))  # 新 | 塘村
        or (all(len(t) == 1 for t in tokens[k:j + 1]) and not (k == j and (
            _function_before_village(word, prev, lex) or (
                tag.startswith(LONE_NOT_NAME_TAGS) and (k < 2 or len(tokens[k - 2]) > 1)))))
        or (tag == "a" and k >= 2 and len(tokens[k]) > 1 and tag_of(tokens[k]) in NAME_TAGS
            and tokens[k] not in lex.suffixes and tokens[k] not in lex.kind_words and (
            tokens[k - 2] in lex.known or tag_of(tokens[k - 2]) in ("ns", "nt"))))
    # (四川 | 轻 | 化工大学: a lone adjective between a place or a body and the rest of the name; not 美国 | 好 | 公司)
    # (质 安 站: an abbreviation, whatever its tags; but not 因 | 村, 有 | 乡, and no lone verb after a word before a lone
    # suffix: 作为 | 立/v | 署 | 之本; but 质 安/v 站, 农 发/v 院)
    ordinal = prev in CN_ORDINALS and (k == j or tokens[k] in SQUAD_WORDS) and (
        (len(word) == 1 and k == j) or (  # 秘书一科 (not 这一大学)
            (word.endswith(BRANCH_WORDS) or tokens[k] in SQUAD_WORDS) and k >= 2 and tag_of(tokens[k - 2]) in NAME_TAGS
            and _is_cjk_word(tokens[k - 2]) and tokens[k - 2] not in lex.generic))
    # (硕研 | 三 | 支部; 市公安局 | 三 | 大队, 交警 | 三 | 大队 | 八 | 中队: a numbered squad of the unit before)
    trade_verb = (word in COMPANY_SUFFIXES and tag.startswith("v") and k == j and k >= 2  # 船舶|修造|有限公司
                  and tag_of(tokens[k - 2]) in NAME_TAGS
                  and tokens[k - 2] not in lex.not_name_words)
    numbered_name = tag == "m" and (prev.startswith("第") or (  # 第一中学 (第八届 is trimmed by _trim_start)
        len(prev) > 1 and prev.endswith(ROAD_ENDS)))  # 五四路/m | 派出所: a road named by a number
    inner = prev in lex.inner_words and not (tag == "v" and tokens[k] not in PLACE_JOINERS and any(
        t in TITLE_ORGANS for t in tokens[k:j + 2])) and not (  # (统计 | 与 | 数据科学学院 | 党总支: a field)
        prev in lex.placed_inner and not (k >= 2 and (tokens[k - 2] in SCOPE_WORDS or tokens[k - 2] in lex.known or (
            tag_of(tokens[k - 2]) in PROPER_TAGS and not tag_of(tokens[k - 2]).startswith("nr")))))
    if not (tag in NAME_TAGS or inner or numbered_name
            or single_in_name or ordinal or trade_verb or prev in SCOPE_WORDS):
        return _STOP
    if start + len(word) - starts[k - 1] > MAX_UNIT:
        return _STOP
    return 1


def _function_before_village(word: str, prev: str, lex: _Lex) -> bool:
    """Is ``prev`` a lone preposition, verb or adverb before a lone 村, 乡 or 镇 (因 | 村, 有 | 乡), no village's name?"""
    return word in SETTLEMENT_LEVELS and len(prev) == 1 and lex.tag_of(prev).startswith(VILLAGE_NOT_NAME_TAGS)


def _lead_before(c: _Clauses, k: int, lex: _Lex) -> int | None:
    """Does the word before token ``k`` begin with a post or a verb jieba ran into it (``not_name_words.txt``:
    会同县, 任国民/nr)? Then either the name begins inside the word, after the lead (returns that offset in
    the text), or the run stops before the word (_STOP). None: no such lead, or a compound noun that the
    next rules read by its tag."""
    tokens = c.tokens
    known = lex.known
    tag_of = lex.tag_of
    prev = tokens[k - 1]
    lead = "" if prev in known else _leading_word(prev, lex.not_name_words)  # (联合国 is one name)
    if not lead and prev[:1] in lex.not_name_words and len(prev) > 2 and tag_of(prev).startswith("nr"):
        lead = prev[0]  # 重庆 | 任国民/nr | 参议会: a post or a verb run into a word jieba takes for a name
    if lead:  # 会同县 | 住房和城乡建设局: jieba joined the verb 会同 to the county
        rest = prev[len(lead):]
        if rest in LEVEL_CHARS or tag_of(rest) == "ns" or (
                len(lead) == 1 and rest in lex.tags and tag_of(rest) in NAME_TAGS):
            return c.starts[k - 1] + len(lead)  # (the word's rest is the name's first word: 国民 | 参议会 needs it as
            # its name)
        if (lead not in lex.compound_leads or len(rest) == 1 or rest not in lex.tags) and not (
                prev in lex.tags and _may_end_unit(prev, lex)):  # (组织部 | 人才中心: a unit, whole)
            return _STOP  # (企业家 | 委员会: what is left, 家, is no word of its own; the run stops before it)
        # 联合攻关, 企业顾问: a compound noun, read by its tag like any word (联合攻关办公室)
    return None


def _walk_left(c: _Clauses, j: int, lex: _Lex) -> tuple[int, int | None]:
    """Where does the name of the unit that ends with token ``j`` start? Walking left from ``j``, the
    run takes the words a name is made of and stops before a word that begins none (a generic word,
    a title, a verb, a second unit, punctuation). Returns the index of the name's first token and,
    when the name begins inside that token (会同县 | 住房和城乡建设局: 会同 | 县), its offset in the text.

    Each step asks the rules about the word before the run in their order; the first that decides wins
    (see _STOP): a bracket, the words a name takes whatever their tags, pieces of a word jieba cut apart,
    the words that end a run, a lead run into the word, the rules by tag, and last the word's class.
    """
    word = c.tokens[j]
    k = j
    cut_at: int | None = None
    bracket = -1  # where a bracket inside the name opens, once the run has passed it
    proper_only = (word in lex.known or _head(word, lex) in lex.proper_heads) and not (
        j > 0 and word in TEAM_HEADS and c.tokens[j - 1].endswith(TEAM_SCHOOLS))  # (金盏 | 中学 | 队: a school's team)
    while k > 0:
        if _bracket_before(c, k, lex):
            k -= 3  # 青禾机械 | （集团） | 公司, 西门子 | （中国） | 有限公司: the bracket is part of the name
            bracket = k
            continue
        step = _joined_before(c, j, k, lex) or _pieces_before(c, j, k, lex) or _boundary_before(c, j, k, lex)
        if not step:
            cut = _lead_before(c, k, lex)
            if cut is not None:
                if cut != _STOP:  # the name begins inside the word before the run
                    cut_at = cut
                    k -= 1
                break
            step = _tagged_before(c, j, k, bracket, proper_only, lex) or _name_word(c, j, k, lex)
        if step == _STOP:
            break
        k -= step
    if k == bracket:
        k = j  # nothing before the bracket: it is an aside, no part of a name
    return k, cut_at


def _cut_verb(first: str, second: str, lex: _Lex) -> bool:
    """Are ``first`` and ``second`` two lone characters of a verb jieba cut apart (变 | 身: 变身)?"""
    return len(first) == 1 and len(second) == 1 and lex.tags.get(first + second, "").startswith("v")


def _extend_start(c: _Clauses, j: int, k: int, cut_at: int | None, lex: _Lex) -> int:
    """The start of the name after the walk (token ``k``), moved left over the lone characters jieba cut a
    name into where the walk stops: a company's brand (顶 新 | 集团公司), an abbreviation between punctuation
    (、纳服科), two characters at a clause's start (、环 | 测 | 学院)."""
    tokens = c.tokens
    tag_of = lex.tag_of
    word = tokens[j]
    if word in lex.enterprise and cut_at is None:
        # 顶 新 | 集团公司, 北 丰 | 复合肥厂: a brand name jieba cuts into single characters
        brand = k
        while brand > 0 and k - brand < 3 and len(tokens[brand - 1]) == 1 \
                and _is_cjk_word(tokens[brand - 1]) and tokens[brand - 1] not in NOT_ABBREVIATION \
                and tokens[brand - 1] not in VERB_MARKERS and not tag_of(tokens[brand - 1]).startswith(NOT_BRAND_TAGS) \
                and not (brand >= 2 and _cut_verb(tokens[brand - 2], tokens[brand - 1], lex)):
            brand -= 1  # (使 | 凯 乐 | 公司: a causative verb before the brand)
        if k - brand >= 2 and brand >= 2 and tokens[brand - 1] in CN_NUMERALS and tag_of(tokens[brand - 2]) == "ns":
            brand -= 1  # 扬州 | 七 星 安 | 安防科技有限公司: a number begins the brand after a place
        if k - brand >= 2 and (brand == 0 or len(tokens[brand - 1]) > 1
                               or not _is_cjk_word(tokens[brand - 1])
                               or tokens[brand - 1] in NOT_ABBREVIATION or tokens[brand - 1] in VERB_MARKERS):
            k = brand
            while k > 0 and tag_of(tokens[k - 1]) == "ns" and tokens[k - 1] not in lex.generic:
                k -= 1  # 台湾 | 顶 新 集团公司
    if k == j and len(word) == 1:
        # 、纳服科相关: an unknown abbreviation cut into single characters, between punctuation
        singles = j
        while singles > 0 and j - singles < MAX_ABBREVIATION and len(tokens[singles - 1]) == 1 \
                and _is_cjk_word(tokens[singles - 1]) and tokens[singles - 1] not in NOT_ABBREVIATION \
                and not (singles == j and _function_before_village(word, tokens[j - 1], lex)):
            singles -= 1
        if singles < j and (singles == 0 or not _is_cjk_word(tokens[singles - 1])):
            k = singles
    if 0 < k < j and len(tokens[k]) == 1 and len(tokens[k - 1]) == 1 and _is_cjk_word(tokens[k - 1]) \
            and tokens[k - 1] not in NOT_ABBREVIATION and tokens[k] not in PLACE_LEVELS \
            and tokens[k - 1] not in PLACE_LEVELS and tokens[k - 1] not in lex.not_name_words \
            and (k == 1 or not _is_cjk_word(tokens[k - 2])):  # (原 | 校督导组: a post)
        k -= 1  # 、环 | 测 | 学院: two lone characters at a clause's start abbreviate one name (环测学院)
    elif 2 <= k <= j and tokens[k] in SCHOOL_ENDS and (k == j or tokens[k + 1] not in SCHOOL_KINDS) and all(
            len(t) == 1 and _is_cjk_word(t) and t not in NOT_ABBREVIATION and t not in PLACE_LEVELS
            and t not in lex.not_name_words for t in tokens[k - 2:k]) and (
            k == 2 or not _is_cjk_word(tokens[k - 3]) or tag_of(tokens[k - 3]) in ("ns", "p")
            or tokens[k - 3] in lex.regions) and (k < 3 or tokens[k - 3] not in VERB_MARKERS):
        k -= 2  # ，信 | 控 | 学院, 澳大利亚 | 迪 | 肯 | 大学: two lone characters abbreviate or spell the school's name
        # after punctuation, a place or a preposition, whatever jieba's tags (控/v, 肯/v); not before a whole name
        # (、直 博 | 四川大学) nor before a second school word (信 控 | 学院 | 学院 | 领导)
        while k > 0 and tag_of(tokens[k - 1]) == "ns" and tokens[k - 1] not in lex.generic:
            k -= 1  # 澳大利亚 | 迪 肯 大学: the place begins the name
    return k


def _trim_start(c: _Clauses, j: int, k: int, lex: _Lex) -> int:
    """The start of the name (token ``k``), moved right past the words that begin no name: a verb before a
    company or a school (投资 | 公司, 充分利用 | 学校), a kind word before a named school (母校 | 青禾大学), a
    measure word or an ordinal after a number (4 | 号 | 线, 第八届 | …), the verb 有, an idiom (非常感谢 | 学校)."""
    tokens = c.tokens
    known = lex.known
    tag_of = lex.tag_of
    word = tokens[j]
    if k + 1 == j and tokens[k] in lex.inner_words and (
            (tag_of(tokens[k]).startswith("v") and word in lex.enterprise)
            or (tag_of(tokens[k]) == "v" and word in lex.kind_words and len(word) > 1
                and not word.endswith(TASK_OFFICES))):
        k += 1  # 改革 | 银行, 投资 | 公司: a company needs a name, not a verb (建设银行 is one word);
        # 促进 | 学校, 保障 | 学校: a verb whose object is a kind of body (but 招生 | 办公室, 设计/vn | 学院)
    elif k + 1 < j and tokens[k] in lex.builders and word in lex.kind_words and not word.endswith(TASK_OFFICES) \
            and all(tag_of(t) == "n" for t in tokens[k + 1:j]):
        k += 1  # 发展 | 平民 | 医院: a verb of building or growing (``builds``) before the body it builds, whose name
        # follows (but 青山市 | 建设 | 中学, 城市 | 建设 | 投资公司: a name the verb is inside)
    if k < j and (word.endswith(SCHOOL_ENDS + VENUE_SUFFIXES) or word in known):
        # 充分利用 | 学校, 高质量服务 | 学校, 本学期 | 学校, 协调 | 农学院, 参观 | 博物馆: the school or venue is
        # the object or the subject, the name begins after the verb, time or person (a bare 学校 is then a kind word)
        k = next((i + 1 for i in range(j - 1, k - 1, -1) if tokens[i] in lex.school_objects
                  and tokens[i - 1] not in "与和"), k)  # (旅游与服务学院 is one name)
    elif k < j and tokens[k] in lex.school_objects and (tag_of(tokens[k + 1]) == "ns" or tokens[k + 1] in known):
        k += 1  # 汇报 | 青禾市政府: a verb of school_object_words.txt before a place begins no name either
    elif k < j and word in lex.enterprise and word in lex.kind_words and tokens[j - 1] in lex.school_objects and all(
            lex.tags.get(t) == "n" and t not in known and not _ends_with_suffix(t, lex) for t in tokens[k:j - 1]):
        k = j  # 时间 | 规划 | 公司: a verb jieba tags as a noun (school_object_words.txt) before a bare company, after
        # common nouns only, is the clause's (no name: 石岭市 | 城市 | 规划 | 公司 keeps its place)
    if 0 < k < j and tokens[k - 1] + tokens[k] in lex.school_objects and tokens[k - 1] + tokens[k] not in lex.inner_words:
        k += 1  # 新 | 时代 | 林 | 院: the name begins after the phrase (新时代) whose last word the run took
    if 0 < k < j and tokens[k] in lex.kind_words and tokens[k] in SCHOOL_KINDS | {ALMA_MATER} \
            and any(t.endswith(SCHOOL_ENDS) for t in tokens[k + 1:j + 1]) and tag_of(tokens[k + 1]) in PROPER_TAGS:
        k += 1  # 母校 | 青禾大学: a kind word before a named school is no part of its name
    if k < j and len(tokens[k]) == 1 and k > 0 and (
            tokens[k - 1][-1:].isdigit() or tokens[k - 1][-1:] in CN_NUMERALS):
        k += 1  # 2008年第112 | 期 | 中央银行, 4 | 号 | 线: a measure word after a number
    while k < j and tag_of(tokens[k]) == "m" and tokens[k][-1:] in NOT_NAME_ORDINALS:
        k += 1  # 第八届 | 全国人民代表大会常务委员会, 第十九条 | 血站 (but 政协四川省第八届委员会)
    if k < j and tokens[k] in RESULT_COMPLEMENTS and k > 0 and tag_of(tokens[k - 1]).startswith("v"):
        k += 1  # 建 | 好 | 产研院, 办 | 好 | 学校: the verb's complement begins no name
    if k < j and tokens[k] == EXISTENTIAL and tag_of(tokens[k]) == "v":
        k += 1  # 因为有 | 禾 船 院, 上有 | 学校: the verb 有 begins no name (but 超 有 爱 | 科技有限公司 holds it)
    while k < j and tag_of(tokens[k]) in PHRASE_TAGS and tokens[k] not in known and tokens[k] not in lex.inner_words:
        k += 1  # 非常感谢 | 学校, 全面落实 | 中央…领导小组: an idiom (jieba: i) does not begin a name
    if k < j and _verb_before_kind(tokens, k, j, lex):
        k += 1  # 厘清 | 教工党支部, 总结 | 支部, 统一 | 政府: the verb's object, a kind of body
    return k


# Bodies no activity names (a Party branch, a government): a verb before one is the clause's (设置 | 支部).
UNNAMED_BY_TASK = BRANCH_WORDS + (GOVERNMENT,)


def _verb_before_kind(tokens: list[str], k: int, j: int, lex: _Lex) -> bool:
    """Is ``tokens[k]`` a verb (or a word of ``school_object_words.txt``: 总结/n) before a kind of body no task names,
    ``tokens[k + 1:j + 1]`` (厘清 | 教工党支部, 设置 | 支部, 统一 | 政府; not 建设 | 银行, an inner word)?"""
    rest = "".join(tokens[k + 1:j + 1])
    if tokens[k] + rest in lex.member_branches:
        return False  # 教工/vn | 党支部: a branch named by its persons (see _named_branch)
    return rest in lex.kind_words and rest.endswith(UNNAMED_BY_TASK) and len(tokens[k]) > 1 and (
        tokens[k] not in lex.inner_words) and (
        lex.tag_of(tokens[k]) in ("v", "vn") or tokens[k] in lex.school_objects) and tokens[k] not in lex.person_words


# A quoted slogan that begins a body's name (“不忘初心、牢记使命”主题教育领导小组): Chinese characters and 、 only.
QUOTED_LEAD = re.compile("“[\u4e00-\u9fff、]{2,16}”$")


def _quoted_start(c: _Clauses, k: int, first: int, end: int, lex: _Lex, cutter: DagCutter) -> int:
    """The start of a name (offset ``first``, token ``k``) moved left over a quoted slogan right before it that names
    the body's task (省委 | “清风护航” | 专项行动领导小组), and over the body or scope word before the quote (中央, 省委)
    whose body it is; else ``first`` unchanged. Only a name of four characters or more that begins with a common word
    (not “挑战杯” | 中国农业银行, “上岸” | 北京林业大学: a name of its own after the quote)."""
    text = c.text
    if first < 4 or text[first - 1] != "”" or end - first < 4 or c.tokens[k] in lex.known \
            or lex.tag_of(c.tokens[k]) in PROPER_TAGS:
        return first
    quote = QUOTED_LEAD.search(text, max(0, first - 18), first)
    if quote is None:
        return first
    start = quote.start()
    before = cutter.cut(text[max(0, start - 8):start])
    owner = before[-1] if before else ""
    if owner and (owner in SCOPE_WORDS or (len(owner) > 1 and _may_end_unit(owner, lex))):
        start -= len(owner)  # 中央 | “…” | 主题教育领导小组: the body whose group it is
    return start


# Long names that run on over a field's verb or 与/和 (西南作物基因资源发掘与利用国家重点实验室): they end in one
# of these and begin with a proper word or after punctuation.
LONG_NAME_ENDS = ("实验室", "研究院", "研究所", "学会", "委员会", "中心")
# Ministries, their departments and leading groups run on only over 与/和 (信息通信和数字经济部, 职业教育与成人教育司,
# 新药研究与开发协调领导小组; no Party branch).
JOINED_NAME_ENDS = ("部", "司", "领导小组")
RUN_ON_TAGS = FIELD_TAGS | {"b", "j"}  # 公共/b | 管理 | 类, 存储/j
# A leading group named by its task runs on over two verbs (巡视 | 整改 | 工作领导小组), other long names over one.
TASK_GROUP = "领导小组"
TASK_GROUP_VERBS = 2


def _run_on_word(token: str, lex: _Lex) -> bool:
    """Can ``token`` stand in a long name between its proper start and its end (作物, 基因, 公共/b, 瓦斯/nrt)?"""
    return _field_word(token, lex) or (len(token) > 1 and _is_cjk_word(token) and (
        lex.tag_of(token) in RUN_ON_TAGS or lex.tag_of(token).startswith("nr")) and token not in lex.generic
        and token not in lex.kind_words and token not in lex.person_words and token not in lex.titles
        and not _ends_with_suffix(token, lex))


def _field_verb(token: str, lex: _Lex) -> bool:
    """Is ``token`` a verb of two characters that may stand in a long name (发掘, 应答, 整改; not 成立, an activity, nor
    选举, a verb of ``placed`` inner words: 大会 | 选举 | 委员会主任, the congress elects; see _name_word)?"""
    return len(token) == 2 and lex.tag_of(token) == "v" and token not in lex.not_name_words \
        and token not in lex.placed_inner


def _proper_word(token: str, lex: _Lex) -> bool:
    """Is ``token`` a proper word that begins a long name: a place, a body, an abbreviation (中国, 教育部, 西南/ns)?"""
    tag = lex.tag_of(token)
    return (tag in PROPER_TAGS and not tag.startswith("nr") and len(token) > 1) or token in lex.known


def _run_on(c: _Clauses, j: int, k: int, lex: _Lex) -> int:
    """The start of a long name (token ``k``) moved left over the fields it joins with 与/和, a field's verb (资源 |
    发掘 | 与 | 利用, 火灾 | 防治, 细胞 | 应答) or a category (管理 | 类), when the name ends in ``LONG_NAME_ENDS`` (only
    over 与/和 when it ends in ``JOINED_NAME_ENDS``) and a proper word (中国, 教育部, 西南/ns) or punctuation bounds it on
    the left; else ``k`` unchanged."""
    tokens = c.tokens
    tag_of = lex.tag_of
    if k == 0 or k > j or tokens[k] in lex.known:
        return k
    task_group = tokens[j].endswith(TASK_GROUP) and tokens[k].startswith(WORK_WORDS)  # (the run stopped at 工作)
    long_end = task_group or any(t.endswith(LONG_NAME_ENDS) for t in tokens[k:j + 1])
    if not long_end and not any(t.endswith(JOINED_NAME_ENDS) and not t.endswith(BRANCH_WORDS + (COMPANY,))
                                for t in tokens[k:j + 1]):  # (not 咨询 | 和 | 金融公司: a company, no ministry's 司)
        return k
    i = k
    best = k
    bridged = False
    verbs = 0  # a field's verbs crossed: one at most (not 欧盟 | 削弱 | 科技 | 监管 | 欧盟委员会)
    while i > 0 and c.starts[j] + len(tokens[j]) - c.starts[i - 1] <= MAX_UNIT:
        prev = tokens[i - 1]
        bridge = prev in "与和" or long_end and (prev == CATEGORY_WORD or _field_verb(prev, lex))
        if bridge:
            chain = task_group and prev not in "与和"  # (巡视 | 整改 | 工作领导小组: the verbs of the group's task)
            before = tokens[i - 2] if i >= 2 else ""
            if chain and (verbs == TASK_GROUP_VERBS or not (_run_on_word(before, lex) or _field_verb(before, lex))):
                best = i - 1 if verbs < TASK_GROUP_VERBS else i  # (学校 | 成立 | 巡视 | 整改 | 工作领导小组)
                break
            if not _is_cjk_word(before) or (prev in "与和" and (before in "与和" or (i == j and _no_unit_alone(
                    tokens[i], lex)))):
                break
            if prev not in "与和" and before not in "与和" and not _run_on_word(before, lex) and not chain:
                if bridged:
                    best = i  # 学校 | 成立 | 细胞 | 应答 | 交叉科学中心: the verb after its subject is the sentence's
                break
            if tag_of(tokens[i]).startswith(("nr", "ns", "nt")) or tokens[i] in lex.known or (
                    prev in "与和" and _may_end_unit(tokens[i - 2], lex)):
                break  # 新华社国家高端智库 | 和 | 习近平…研究中心, 获评 | 中国高教学会, 中国剧协 | 和 | 人民日报文艺部: a
                # second unit, an object
            verbs += prev not in "与和" and prev != CATEGORY_WORD
            if verbs > (TASK_GROUP_VERBS if task_group else 1):
                break
            bridged = True
            i -= 1
            continue
        if (_proper_word(prev, lex) or (prev in SCOPE_WORDS and bridged)) \
                and not (tag_of(prev) == "j" and prev not in lex.known and i >= 2 and _run_on_word(tokens[i - 2], lex)):
            # (信息 | 通信/j | 和 | 数字经济部: an abbreviation after a field's word is inside the name)
            if bridged and prev not in lex.generic:
                best = i - 1  # 中国 | 学位 | 与 | 研究生教育学会: a proper word begins the name
            break
        if not _run_on_word(prev, lex):
            break
        i -= 1
        if bridged and (i == 0 or not _is_cjk_word(tokens[i - 1])):
            best = i  # 、细胞 | 应答 | 交叉科学中心: punctuation begins the name
    return best


MIDDLE_SCHOOL = "中学"  # (在实践中学: in practice, learn)


def _rejected_run(c: _Clauses, j: int, k: int, lex: _Lex) -> bool:
    """Is the run of tokens ``k`` to ``j`` no unit's name, by its words: a person's name (黄 | 所 | 成), a
    team or party without a proper name, a generic reference (各派出所), bodies of a kind or counted (高校 |
    图书馆, 12 | 个 | 调解委员会), a person addressed by his office (王 | 科), a station or a spot (洛阳 | 站, 最厚 | 处)?"""
    tokens = c.tokens
    known = lex.known
    tag_of = lex.tag_of
    word = tokens[j]
    if word == COLLEGE_CHAR and k < j and j + 1 < len(tokens) and tokens[j + 1].startswith(COLLEGE_BODY_STARTS) \
            and len(tokens[j - 1]) > 1 and tag_of(tokens[j - 1]) not in PROPER_TAGS and not _field_name(tokens[j - 1], lex):
        return True  # 奏唱国歌 | 院 | 党委书记: 院党委 is the college's committee; the words before are another clause's
    if k + 1 == j and len(word) == 1 and len(tokens[k]) == 1 and tokens[k] in lex.surnames \
            and j + 1 < len(tokens) and len(tokens[j + 1]) == 1 and _is_cjk_word(tokens[j + 1]) \
            and tokens[j + 1] not in NOT_ABBREVIATION:
        return True  # 黄 | 所 | 成 | 研究员: a surname and two lone characters are a person's name, no institute
    head = "" if word in known else _head(word, lex)
    if head and not _name_before_head(word, head, [t for t in tokens[k:j]], lex, tag_of):
        return True  # 党员突击队, 副检察长党晓燕: a team or party needs a proper name (中国队, 工党)
    if word in lex.placed_not_units and not any(_proper_word(t, lex) for t in tokens[k:j]):
        return True  # 化学 | 实验室, 在 | 实验室: a room (but 辽宁 | 材料 | 实验室, 鹏城 | 实验室: a named laboratory)
    if (k > 0 and ((tokens[k - 1] in lex.generic and not (
            tokens[k - 1].endswith(COLLECTIVE_KINDS) and tag_of(tokens[k]) == "ns"))  # (模范单位 | 丹东化纤公司: a named one)
            or tokens[k - 1][:1] in GENERIC_BEFORE and tag_of(tokens[k - 1]) == "r"
            or (k >= 2 and len(tokens[k - 1]) == 1 and tokens[k - 2] + tokens[k - 1] in lex.generic))) \
            or (tokens[k] not in known and (
            (_leading_word(tokens[k], lex.generic) and not tokens[k].startswith("".join(FOREIGN)))  # (外国语/nz)
            or tokens[k][:1] in GENERIC_FIRST)
            and not _leading_word(tokens[k], known)):  # (全国人大常委会办公厅 is one word)
        return True  # 各派出所, 有关责任单位, 民办学校, 各乡镇 | 党委, 各 | 大 | 银行: a generic reference
    if k < j and RANKED_COUNT.fullmatch(tokens[k]):
        return True  # 五大 | 跨国公司: bodies counted by their rank
    if word == COLLEGE_CHAR and k < j and tokens[j - 1] in DIRECTION_CHARS:
        return True  # 东 | 院: a campus section (南院 is a word of not_unit_words.txt)
    if k < j and tokens[k] in lex.kind_leads and not any(t.startswith(WORK_WORDS) for t in tokens[k + 1:j + 1]):
        return True  # 高校 | 图书馆, 城市 | 居家 | 社区: bodies of a kind (but 省委 | 高校 | 工委, 高校 | 工作部: its field)
    if k < j and len(word) == 1 and tokens[j - 1] in lex.kind_leads:
        return True  # 工业城市 | 室 | 兰 | 市: a lone suffix character after 城市 begins the next word, no office
    if any(t[:1] == "各" and len(t) > 1 and t not in known for t in tokens[k + 1:j + 1]):
        return True  # 青山区 | 各乡镇 | 社区: 各 inside the name makes it generic too
    if k > 0 and tokens[k - 1][-1] in BODY_CLASSIFIERS and _indefinite(tokens[k - 1]) \
            and not any(tag_of(t) in PROPER_TAGS for t in tokens[k:j]):
        return True  # 一家外贸公司, 另一家贷款公司: some company, no named one (but 一家华泰机械公司)
    if k > 1 and tokens[k - 1] in BODY_CLASSIFIERS and _is_number(tokens[k - 2]) \
            and word not in known and not any(tag_of(t) in PROPER_TAGS for t in tokens[k:j]):
        return True  # 12 | 个 | 调解委员会, 4 | 所 | 学院: bodies counted, no named one (but 30 | 个 | 国务院 | 直属机构)
    if k >= 2 and tokens[k - 2] == "被" and tag_of(tokens[k - 1]).startswith("v") and tokens[k] in lex.kind_words:
        return True  # 被巡视 | 学院党委: bodies of a kind that undergo something, none named
    if (len(word) == 1 or (word in lex.kind_words and word.endswith(TASK_OFFICES))) and word not in PLACE_LEVELS \
            and _person_before(tokens, j, k, lex):
        return True  # 王 | 科, 陈 | 处, 赵 | 中心, 吴 | 岩 | 所: a person addressed by the office he heads
    if k < j and word == "站" and all(tag_of(t) == "ns" for t in tokens[k:j]) or (
            k == j and word[-1] == "站" and word[:-1] in lex.regions):
        return True  # 洛阳 | 站, 北京站: a railway station, a place
    if word == "处" and j > 0 and (tag_of(tokens[j - 1]) in SPOT_TAGS or (
            len(tokens[j - 1]) == 1 and not (j > 1 and len(tokens[j - 2]) == 1 and _is_cjk_word(tokens[j - 2])))):
        return True  # 最厚 | 处, 五里 | 处, 钱 | 处: a spot (but 发 | 规 | 处, an abbreviation of an office)
    if k < j and all(t in SCHOOL_KINDS for t in tokens[k:j + 1]):
        return True  # 学校 | 学院, 学院 | 院: the school and its colleges in general
    if k < j and word == MIDDLE_SCHOOL and all(tag_of(t).startswith("v") for t in tokens[k:j]):
        return True  # 在 | 改革 | 发展 | 实践 | 中学: 中 after verbs is "in", 学 "to learn"; no middle school
    return False


SECTION = "科"  # (电子科 | 大: see _rejected_name)
LATIN_AFTER = re.compile("[A-Za-z]")  # (中国大学MOOC: a product's name)
PLACE_END_CHARS = frozenset({"山", "岭", "峰", "巷"})  # a lone one after a suffix: a hill's or a lane's name (户部山,
# 户部巷), no body's


def _rejected_name(c: _Clauses, j: int, k: int, first: int, lex: _Lex) -> bool:
    """Is the finished name (from offset ``first``, tokens ``k`` to ``j``) no unit, by its text: a rank (集团级),
    a generic reference (各县（市、区）税务局), a word that is no unit or a suffix that starts a longer word
    (会议室, 中心 | 任务), a kind word alone, a verb or particle (办得好, 政策所允许), part of a slogan or a work's title?"""
    text, tokens = c.text, c.tokens
    known = lex.known
    tag_of = lex.tag_of
    word = tokens[j]
    end = c.starts[j] + len(word)
    if text[end:end + 1] == "级" or _after_generic_aside(text, first, lex.generic):
        return True  # 集团级 is a rank; 各县（市、区）税务局 a generic reference
    if j + 1 < len(tokens) and word.endswith(SECTION) and tokens[j + 1] == UNIVERSITY[0]:
        return True  # 电子科 | 大: 科大 shortens a university of science and technology (电子科大), no section 科
    if j + 1 < len(tokens) and tokens[j + 1] in PLACE_END_CHARS and word not in known:
        return True  # 户部 | 山: a lone 山 after the suffix ends a place's name (户部山), which the suffix is inside
    if LATIN_AFTER.match(text, end) and any(text[first:n].endswith(COUNTRY_END) and tag_of(text[first:n]) == "ns"
                                            and text[n:end] in lex.kind_words for n in range(first + 2, end)):
        return True  # 中国大学 | MOOC: a country and a kind of body run into letters name a product, no body (not
        # 北京大学MBA项目)
    if j + 1 < len(tokens) and tokens[j + 1] == PEOPLE:
        return True  # 中国民航 | 人, 农学院 | 人: the body's people, no mention of the body (人员, 人才 are words of their own)
    name = text[first:end]
    if name not in lex.suffixes and word not in known and _ends_in_not_unit(name, lex) and not (
            word.endswith(DEPARTMENT) and j > 0 and tokens[j - 1].endswith(SCHOOL_ENDS)):
        return True  # 会议室, 全部, 检查小组 (but 国家安全部, 扶贫开发领导小组: a body or a longer suffix; 外国语学院 |
        # 俄语系: a college's department, no 语系)
    if any(word + text[end:end + n] in lex.not_units and not _tail_in_next_word(tokens, j, n, lex)
           for n in NOT_UNIT_TAILS) and not (
            j + 1 < len(tokens) and tokens[j + 1] in lex.titles and tokens[j + 1].startswith(word)):
        return True  # 中心 | 任务, 所 | 能, 政府 | 特殊津贴: the suffix starts a longer word, it ends no unit (but
        # 科研 | 处 | 处长: the office before its head's title)
    if (name in lex.kind_words and not _named_branch(text, first, name, lex)) or name in lex.heads or (
            name.startswith(FRAGMENT_STARTS) and name not in known and not _school_by_field(tokens, k, j, lex)
            and not _discipline(tokens[k], lex)):  # (管理学 | 实验教学中心: a discipline, not the verb 管理)
        return True
    if name == word and len(word) == 2 and word[0] in COUNT_FIRST and word[1] in lex.suffixes \
            and word[1] not in COLLEGE_CHAR + "校":
        return True  # 一部 | 话剧, 直落 | 三局, 百所 | 联网, 首站: a number and a classifier, no office (but 市 | 二院, a
        # hospital by its number; 秘书 | 一处, a numbered office, ends after the name before it)
    if len(word) == 2 and word[-1] in SETTLEMENT_LEVELS and word in lex.tags and tag_of(word) != "ns":
        return True  # 坐镇, 进村, 同村, 村村: a dictionary word that is no place ends like a village (also after a name:
        # 沃尔夫斯堡 | 坐镇 | 主场)
    if len(word) == 1 and j + 1 < len(tokens) and (tag_of(tokens[j + 1]) in ASPECT_TAGS or (
            word == "办" and (tokens[j + 1] in RUN_OBJECTS or tokens[j + 1].endswith(SCHOOL_ENDS + lex.enterprise_ends)))):
        return True  # 站着, 办得好, 扎根中国大地 | 办 | 大学, 到日本 | 办 | 展, 到非洲 | 办 | 农场: a one-character suffix used
        # as a verb, before the school or enterprise one runs (not 中 | 办 | 国办)
    if word == "办" and j > 0 and len(tokens[j - 1]) == 1 and (tag_of(tokens[j - 1]).startswith("d") or tokens[j - 1] in MODALS):
        return True  # 互 | 办 | 文化年, 特事 | 特/d | 办, 农业 | 应 | 办: 办 the verb after an adverb or a modal
    if word == "所" and (PARTICLE_SUO_BEFORE.search(text, max(0, first - 4), first) or (
            j + 2 < len(tokens) and tokens[j + 2] == "的" and _is_cjk_word(tokens[j + 1])) or (
            j > 0 and (tokens[j - 1] in known or _ends_with_suffix(tokens[j - 1], lex))) or (
            j + 1 < len(tokens) and tag_of(tokens[j + 1]).startswith("v")
            and not any(tag_of(t) in PROPER_TAGS or t in LEVEL_CHARS for t in tokens[k:j]))):
        return True  # 被人们所认识, 政策所允许, 国会所乐见, 山东所规划的: the particle 所 (白沙自然资源所负责 is a unit)
    if word == "所" and k + 1 == j and tokens[k] in SUO_AGENTS:
        return True  # 会员 | 所 | 交会费, 群众 | 所 | 盼: persons before the particle 所, no institute
    if name.endswith(COMPANY) and k + (word == COMPANY) == j and (name[:-2] == CHINA or name[:-2] in lex.world_places or (
            name[:-2].endswith(COUNTRY_END) and tag_of(name[:-2]) == "ns")):
        return True  # 考量 | 中国 | 公司 | 发展, 美国公司: the companies of a country, no company's name
    if word == "所" and k + 1 == j and (tag_of(tokens[k]) not in PROPER_TAGS or tag_of(tokens[k]).startswith("nr")) \
            and _passive_before(text, first):
        return True  # 为演员的坚守与信仰所动容, 被那巍峨的雪山/nr所震撼: 为/被 … 所, the passive, whatever follows (but 为 |
        # 地质所 | 提供)
    if first > 0 and text[first - 1] == "“" and text[end:end + 1] == "”" and QUOTED_PROJECT.match(text, end + 1):
        return True  # “温暖管院”爱心工程, “真人图书馆”等品牌活动: a project's or a brand's name, no body
    if len(word) == 1 and first > 0 and text[first - 1] == "《" and WORD_IN_TITLE.match(text, end):
        return True  # 《老无所依》: a lone suffix character inside a work's title, whose word runs on (所 | 依)
    if _inside_quoted_phrase(text, first, end) or _work_title(text, first, end) or _work_about(text, first, end):
        return True  # “一支部一品牌”, “跨区域通办”: part of a slogan; 《美国陆军3》: a work's title; 《共青团之歌》: its subject
    return _names_other_thing(c, j, k, name, lex)


def _tail_in_next_word(tokens: list[str], j: int, n: int, lex: _Lex) -> bool:
    """Do the ``n`` characters after the unit word ``tokens[j]`` begin a longer dictionary word that jieba took (局 |
    部署, 公安局 | 部分), so that the suffix and they make no not-unit word (局部) there? Only after a suffix jieba
    tags a noun (not 站/v | 出来, 所/c | 需要), before no proper name or title (统战部 | 部 | 长江/ns | 英飒, 计 | 科 | 系主任:
    jieba misread a title)

    >>> _tail_in_next_word(["局", "部署"], 0, 1, _lex()), _tail_in_next_word(["中心", "任务"], 0, 2, _lex())
    (True, False)
    """
    following = tokens[j + 1] if j + 1 < len(tokens) else ""
    return len(following) > n and _is_cjk_word(following) and following in lex.tags and lex.tag_of(
        tokens[j]).startswith("n") and lex.tag_of(following) not in PROPER_TAGS and following not in lex.titles


CENTRAL = "中央"
WORK_CONFERENCE = "工作会议"  # 中央人大工作会议, 中央经济工作会议: a central conference on the field, no body's meeting
MONUMENT_WORDS = ("群雕", "雕像", "雕塑", "塑像", "纪念碑")  # 五前委群雕: the monument's subject
FUND = "基金"  # 国家自科基金: a fund named by an abbreviation (but 基金会, a foundation)
RANKING_SCOPES = frozenset({"世界", "国家", "全球"})  # 世界大学 | 排名, 国家大学 | 科技园: universities in general
SLOGAN_VERB_TAGS = ("v", "a")  # 特色强院, 爱校爱院: a one-character verb before a lone 院 makes a slogan


def _names_other_thing(c: _Clauses, j: int, k: int, name: str, lex: _Lex) -> bool:
    """Does the name only qualify something else: a central work conference (中央人大 | 工作会议), a monument (五前委 |
    群雕), a fund (国家自科 | 基金), universities in general (QS世界大学排名), a slogan (特色 | 强 | 院)?"""
    text, tokens = c.text, c.tokens
    word = tokens[j]
    end = c.starts[j] + len(word)
    after = text[end:end + 4]
    if name.startswith(CENTRAL) and after == WORK_CONFERENCE and name not in lex.known:
        return True
    if after.startswith(MONUMENT_WORDS):
        return True
    if len(word) == 1 and after.startswith(FUND) and not after.startswith(FUND + "会"):
        return True
    if k + 1 == j and tokens[k] in RANKING_SCOPES and word == UNIVERSITY:
        return True
    if _kind_in_change(c, j, k, lex):
        return True
    return word == COLLEGE_CHAR and j > 1 and len(tokens[j - 1]) == 1 and len(tokens[j - 2]) > 1 and lex.tag_of(
        tokens[j - 1]) in SLOGAN_VERB_TAGS  # (农 | 发 | 院: an abbreviation of lone characters)


CHANGE = ("从", "到")  # 从农学院到综合性大学: a school's change of kind


def _kind_in_change(c: _Clauses, j: int, k: int, lex: _Lex) -> bool:
    """Is the name (tokens ``k`` to ``j``), no proper name before its word, the first kind of a change 从 … 到 a kind
    (从 | 农学院 | 到 | 综合性大学, 从 | 新建学院 | 到 | 示范高校; not 从 | 青禾大学 | 到 | 石岭大学)?

    >>> c = _unit_clauses("学校实现了从农学院到综合性大学的跨越。", _lex(), dag_cutter())
    >>> j = c.tokens.index("农学院"); _kind_in_change(c, j, j, _lex())
    True
    """
    tokens = c.tokens
    if k == 0 or tokens[k - 1] != CHANGE[0] or tokens[j + 1:j + 2] != [CHANGE[1]] or any(
            lex.tag_of(t) in PROPER_TAGS for t in tokens[k:j]):
        return False
    other = []
    for t in tokens[j + 2:j + 6]:
        if not _is_cjk_word(t) or t == "的":
            break
        other.append(t)
    return bool(other) and other[-1] in lex.kind_words and not any(lex.tag_of(t) in PROPER_TAGS for t in other)


def _passive_before(text: str, first: int) -> bool:
    """Does a 为 or 被 of the passive 为…所 stand in the clause before ``first``, with words between (为 | 演员的坚守与 |
    信仰所; not 为 | 地质所, the preposition before a unit)?"""
    clause_start = max(0, first - MAX_UNIT)
    for at in range(first - 2, clause_start - 1, -1):
        if text[at] in "为被":
            return True
        if not _is_cjk_word(text[at]):
            return False
    return False


FLOOR = re.compile("[一二三四五六七八九十0-9]{1,3}[楼层]")  # (图书馆 | 二楼: a floor of a building)


def _named_as_place(c: _Clauses, j: int, k: int, name: str, lex: _Lex) -> bool:
    """Is the unit's name (tokens ``k`` to ``j``) written here as a place, no unit: a zone, a venue or a
    village after a word of place (在学生活动中心, 来到石岭镇), before a word of place (图书馆 | 广场), a room in a
    building after a word of place (于 | 禾一楼 | 党员工作室), or what a memorial hall remembers? A museum or a library a
    city or province names (来到扬州博物馆) is the public institution, a unit."""
    tokens = c.tokens
    after_place_word = k > 0 and (tokens[k - 1] in PLACE_WORDS or tokens[k - 1] in LOCATION_VERBS or (
        tokens[k - 1] == "了" and k > 1 and tokens[k - 2] in PLACE_WORDS) or (
        tokens[k - 1] in PLACE_JOINERS and k > 2 and lex.tag_of(tokens[k - 2]) == "ns" and tokens[k - 3] in PLACE_WORDS))
    # (聚集在 | 余杭区 | 和 | 滨江新区: the second of two places after the word of place)
    following = tokens[j + 1] if j + 1 < len(tokens) else ""
    if k + 1 == j and tokens[k] in lex.person_words and tokens[j].endswith(ROOM_CHARS[0]):
        return True  # 去 | 老师 | 办公室: a person's room
    if after_place_word and k < j and name[-1] in ROOM_CHARS and any(t[-1:] == "楼" and len(t) > 1 for t in tokens[k:j]):
        return True  # 于 | 禾一楼 | 党员工作室: a room of a building
    visited = after_place_word and (tokens[k - 1] in VISIT_WORDS or (tokens[k - 1] == "了" and tokens[k - 2] in VISIT_WORDS))
    if after_place_word and k < j <= k + 2 and tokens[k - 1] not in LOCATIVES and name.endswith(PUBLIC_INSTITUTIONS) and (
            tokens[k] in lex.regions or (tokens[k][:-1] in lex.regions and tokens[k][-1] in LEVEL_CHARS)) and not any(
            t[-1] == "区" or _ends_with_suffix(t, lex) for t in tokens[k + 1:j]) \
            and tokens[k - 1] not in LOCATION_VERBS and not visited:
        return False  # 来到 | 扬州 | 博物馆: the city's museum (but 参观 | 扬州 | 博物馆: the venue visited)
    if (after_place_word and tokens[j] == STATION) or (following in VISIT_WORDS and name.endswith(VENUE_SUFFIXES)):
        return True  # 在 | 石岭 | 国际 | 港 | 站: a station, jieba's lone 站, where one is; 青山纪念馆 | 参观: the venue visited
    if (after_place_word and (name.endswith(PLACE_SUFFIXES) or tokens[k - 1] in LOCATION_VERBS)) or name.endswith(
            PLACE_ONLY_SUFFIXES) or (
            following in PLACE_TAILS and name.endswith(VENUE_SUFFIXES + SETTLEMENT_SUFFIXES)) or (
            after_place_word and following in BUILDING_WORDS) or (
            following in NAMED_BUILDINGS and tokens[j] in lex.known and tokens[j] not in lex.enterprises) or following == "纪念馆" or (
            following == "人" and name.endswith("党")):
        return True  # 深入县经济开发区, 在学生活动中心, 参观了纪念馆, 来到石岭镇, 城市副中心, 图书馆 | 广场, 在学院 | 楼:
        # a zone, a venue or a village as a place; 抗日民主政府 | 纪念馆: what a memorial hall remembers; 中国共产党 | 人:
        # the party's members
    if name.endswith(PUBLIC_INSTITUTIONS + VENUE_SUFFIXES) and FLOOR.fullmatch(following):
        return True  # 青禾楼图书馆 | 二楼 | 入口处, 体育馆 | 3层: a floor of the building, a place
    if following in FRONT_TAILS and (after_place_word or (tokens[k - 1:k] == ["的"] and k >= 3 and tokens[k - 3] in PLACE_WORDS)):
        return True  # 在 | 市政厅 | 门口, 在 | 石岭 | 的 | 市政厅 | 前: where one stands, a building
    end = c.starts[j] + len(tokens[j])
    if name[-1] in SETTLEMENT_LEVELS and _is_cjk_word(following) and lex.tag_of(following) in MODIFIED_TAGS \
            and not _may_end_unit(following, lex) and following not in lex.titles and following not in lex.person_words:
        return True  # 中关村 | 人工智能创新创业基地: a village or town that names a place or a thing in it, no body acting
    return name.endswith(SETTLEMENT_SUFFIXES) and SETTLEMENT_COUNT.match(c.text, end) is not None


def _list_name(item: str, lex: _Lex, cutter: DagCutter, closed: bool) -> bool:
    """Is ``item``, one item of a list of units, a name by its shape: no generic word, no verb phrase, no place,
    no common word alone, and a mark of a name in it (a lone character of an unknown name, a proper name, a Latin
    letter, a company's trade after a name: 川 | 发 | 航 | 投, 岭南 | 云链, 禾e通, 鲸泡 | 科技)? A person's name
    (王建国) counts only in a list its closer declares one of bodies (``closed``: 毕马威 | 6家企业).

    >>> lex, cutter = _lex(), dag_cutter()
    >>> [_list_name(w, lex, cutter, True) for w in ("石岭能投", "鲸泡科技", "市场监管", "北京", "科技")]
    [True, True, False, False, False]
    """
    if not LIST_ITEM.fullmatch(item) or item in lex.regions or item in lex.kind_words:
        return False
    tokens = cutter.cut(item)
    tags = [lex.tag_of(t) for t in tokens]
    if len(item) < LIST_ITEM_MIN:
        return closed and len(tokens) == 1 and tags[0] in SHORT_BRAND_TAGS  # (腾讯/nz; not 住建, 公安)
    if len(tokens) == 1:
        return tags[0] in PROPER_WORD_TAGS and tags[0] != "nr" or (closed and tags[0] == "nr")
    if all(tag == "ns" or t in PLACE_LEVELS for t, tag in zip(tokens, tags, strict=True)) or tokens[-1] in PLACE_LEVELS:
        return False  # 四川成都, 石岭县: a place
    if tokens[0].startswith(FRAGMENT_STARTS) or any(_may_end_unit(t, lex) for t in tokens[:-1]):
        return False  # “双一流” | 建设办公室: the rest of a name; 宣传部 | 负责同志: a unit the run has read
    if item.endswith(PLACE_SUFFIXES) or item[-1] in LIST_BUILDING_CHARS or (
            len(tokens[-1]) == 1 and tags[-1] in ("a", "d")):
        return False  # 沙良物流园区, 柏树村: places the run left out; 思源堂, 芝琴楼: buildings; 口碑 | 差: a description
    for n, (t, tag) in enumerate(zip(tokens, tags, strict=True)):
        if t in lex.generic or t in lex.not_name_words or t in lex.titles or t in lex.person_words \
                or t in lex.not_unit_tokens or tag.startswith(NOT_LIST_NAME_TAGS) and len(t) > 1 \
                or (len(t) == 1 and t in FUNCTION_CHARS):
            return False
        if len(t) > 1 and tag in ("v", "t", "a", "ad") and t not in NAME_BRACKET_WORDS and not (
                n > 0 and (_ends_with_suffix(tokens[-1], lex) or _verb_in_brand(tokens, n))):
            return False  # 加强 | 管理: a verb phrase (but 新 | 希望 | 集团, 茶 | 语 | 控股, and a brand cut into a lone
            # character and a verb before its trade: 优 | 必选 | 科技)
    if not closed and len(item) <= 3 and tokens[0] in lex.surnames and all(
            len(t) == 1 or tag.startswith("nr") for t, tag in zip(tokens, tags, strict=True)):
        return False  # 王 | 建国: a person's name
    return any(len(t) == 1 and _is_cjk_word(t) or tag in PROPER_TAGS or not _is_cjk_word(t)
               for t, tag in zip(tokens, tags, strict=True)) or (tokens[-1] in COMPANY_TAILS) or _ends_with_suffix(tokens[-1], lex)


def _verb_inside(item: str, lex: _Lex, cutter: DagCutter) -> bool:
    """Does a verb of two or more characters stand inside ``item`` between its first and its last word, in no unit's
    name (青禾学院 | 举办 | 经济学: the item ends one list and begins another; not 新 | 希望 | 集团, nor a brand that ends
    in a verb: 蓦然 | 认知)?"""
    tokens = cutter.cut(item)
    return bool(tokens) and not _ends_with_suffix(tokens[-1], lex) and any(
        len(t) > 1 and lex.tag_of(t) == "v" and not _verb_in_brand(tokens, n) for n, t in enumerate(tokens[1:-1], 1))


def _verb_in_brand(tokens: list[str], n: int) -> bool:
    """Is ``tokens[n]`` part of a brand jieba cut apart: after a lone character, before the company's trade (优 | 必选 |
    科技)?"""
    return 0 < n == len(tokens) - 2 and len(tokens[n - 1]) == 1 and tokens[-1] in COMPANY_TAILS


def _after_lead_verb(text: str, a: int, b: int, lex: _Lex, cutter: DagCutter) -> int:
    """Where the name of a list's first item ``text[a:b]`` begins after the verb of two characters or more that leads
    it, with its particles (城东聚集着 | 鲸图科技, 聚集着的包括 | 腾讯); ``a`` when no such verb stands before its last word."""
    tokens = cutter.cut(text[a:b])
    edges = list(accumulate(map(len, tokens), initial=a))
    lead = max((n for n, t in enumerate(tokens[:-1]) if len(t) > 1 and lex.tag_of(t) == "v"), default=-1)
    if lead < 0:
        return a
    n = lead + 1
    while n < len(tokens) - 1 and tokens[n] in LEAD_PARTICLES:
        n += 1
    return edges[n]


def _led_item(text: str, start: int, lex: _Lex, cutter: DagCutter) -> bool:
    """Does the first item of a list, at ``start``, begin with the clause's lead rather than a name: a lone verb,
    preposition or adverb (如 | 中化…, 包括 …), or the rest of a quoted name (“双一流”建设办公室)?"""
    if start > 0 and text[start - 1] in "”》":
        return True
    first = cutter.cut(text[start:start + 4])[0]
    return len(first) == 1 and lex.tag_of(first).startswith(("v", "p", "c", "d"))


def _list_units(text: str, candidates: list[tuple[int, int]], lex: _Lex, cutter: DagCutter) -> list[tuple[int, int]]:
    """The items of 、-lists of units that the run missed: in a list its closer declares one of bodies (…、四川能投等单位,
    …、毕马威6家企业) or where at least half of the items are units found (and two), every other item of a name's
    shape (:func:`_list_name`) is a unit too (川发航投、沃飞长空…; 浙江大学、新希望集团、通威股份). The first item
    counts only when it is the stretch's whole start (来自 | 全国畜牧总站 is no name), the last only up to the closer.

    >>> [text[a:b] for text in ["石岭能投、青禾大学、禾e通等单位参加。"] for a, b in _list_units(text, [(5, 9)], _lex(), dag_cutter())]
    ['石岭能投', '禾e通']
    """
    found: list[tuple[int, int]] = []
    firsts = sorted(p for p, _ in candidates)
    for stretch in LIST_STRETCH.finditer(text):
        piece = stretch.group(0)
        if "、" not in piece:
            continue
        at = stretch.start()
        # (a unit found starts and ends inside one stretch: its clause stops where the stretch does)
        inside = bisect_left(firsts, stretch.end()) - bisect_left(firsts, at)
        if inside < 2 and not LIST_CLOSER.search(piece):
            continue  # (no list in it can be one of units: fewer than two found and no closer; most 、-lists)
        spans: list[tuple[int, int]] = []
        for part in piece.split("、"):
            spans.append((at, at + len(part)))
            at += len(part) + 1
        # Lists of (start, end, a unit found?) and whether a closer ends them: an item with a closer ends a list (…、
        # 毕马威6家企业负责人围绕…), an item a verb goes on in (青禾学院 | 举办 | 经济学) ends one and begins the next.
        lists: list[tuple[list[tuple[int, int, bool]], bool]] = []
        items: list[tuple[int, int, bool]] = []
        for n, (a, b) in enumerate(spans):
            closer = LIST_CLOSER.search(text, a, b)
            if closer is not None and closer.start() > a:
                b = closer.start()
                for p, q in _joined_items(text, a, b, cutter):
                    items.append((p, q, any(x >= p and y == q for x, y in candidates)))
                lists.append((items, True))
                items = []
                continue
            if n == len(spans) - 1:  # the last item runs on into the clause: only a unit found there ends it
                if any(p == a for p, _ in candidates):
                    items.append((a, b, True))
                break
            items.append((a, b, any(p >= a and q == b for p, q in candidates)))
            if not items[-1][2] and _verb_inside(text[a:b], lex, cutter):
                lists.append((items, False))
                items = [(a, b, False)]
        lists.append((items, False))
        for items, closed in lists:
            units = sum(unit for _, _, unit in items)
            if len(items) < 2 or not (closed or (units >= 2 and 2 * units >= len(items))):
                continue
            for m, (a, b, unit) in enumerate(items):
                if m == 0 and not unit and (_led_item(text, a, lex, cutter)
                                            or not _list_name(text[a:b], lex, cutter, closed)):
                    start = _after_lead_verb(text, a, b, lex, cutter)  # (聚集着 | 百度、…)
                    if start == a:
                        continue
                    a = start
                if unit or any(p < b and a < q for p, q in candidates):
                    continue
                if _list_name(text[a:b], lex, cutter, closed):
                    found.append((a, b))
    return found


def _joined_items(text: str, a: int, b: int, cutter: DagCutter) -> list[tuple[int, int]]:
    """The list's last item ``text[a:b]``, before its closer, cut in two where 和 or 及 joins two names (…、鲸图科技 | 和 |
    禾云科技 | 等企业), as a 、 would; whole otherwise."""
    tokens = cutter.cut(text[a:b])
    edges = list(accumulate(map(len, tokens), initial=a))
    joiner = next((n for n, t in enumerate(tokens[1:-1], 1) if t in LIST_JOINERS), 0)
    if not joiner:
        return [(a, b)]
    return [(a, edges[joiner]), (edges[joiner + 1], b)]


# A journal's or paper's office named by its title (《农业经济问题》杂志社, 《青禾日报》编辑部): the clause cut at 《》 never
# reads it
TITLED_BODY = re.compile("《[^《》\n]{2,20}》(?:杂志社|编辑部|报社|期刊社)")
# What follows a quoted name that names a project, a brand or an activity, no body (“温暖管院”爱心工程, “真人图书馆”、
# “读书会”等品牌活动)
QUOTED_PROJECT = re.compile("(?:、“[^“”]{1,15}”)*(?:等[^，。；]{0,6}|[\u4e00-\u9fff]{0,2})(?:品牌|活动|工程|计划|项目|行动)")
# A university's seat in brackets after its name, part of the official name (中国地质大学（北京）, 石油大学（华东）)
CAMPUS_BRACKET = re.compile("（([\u4e00-\u9fff]{2,3})）")
CAMPUS_SCHOOLS = ("大学",)
SIBLING_STOPS = re.compile(r"[^\u4e00-\u9fff]")  # a sibling's name is Chinese characters only
MIN_SIBLING_STEM = 2  # 学习 | 出版社: the name before the shared word, at least this long


def _sibling_units(text: str, candidates: list[tuple[int, int]], lex: _Lex) -> list[tuple[int, int]]:
    """Units written next to a unit found, across a 、, that end in the same unit word and have a name of the same
    shape before it (人民出版社、学习出版社: 学习 is a verb to jieba; 中文系、外语系): siblings in a list are bodies of one
    kind. The stem before the word is two characters or more, at most two longer than the found unit's after it and
    no longer before it (for a one-character word such as 系, exactly as long), and no generic word, kind word or
    non-unit; a team (队) needs a proper name, no sibling's (国旗队、会旗队).

    >>> [text[a:b] for text in ["人民出版社、学习出版社联合出版"] for a, b in _sibling_units(text, [(0, 5)], _lex())]
    ['学习出版社']
    """
    found: list[tuple[int, int]] = []
    taken = set(candidates)
    for a, b in candidates:
        name = text[a:b]
        word = next((name[-n:] for n in range(min(lex.suffix_len, len(name) - MIN_SIBLING_STEM), 0, -1)
                     if name[-n:] in lex.suffixes), "")
        if not word or word in lex.proper_heads:
            continue  # (国旗队、会旗队: a team needs a proper name)
        stem_max = len(name) - len(word) if len(word) == 1 else len(name) - len(word) + 2
        spans = []
        if text[b:b + 1] == "、":  # the sibling after: 、 | 学习 | 出版社
            at = text.find(word, b + 1 + MIN_SIBLING_STEM, b + 1 + stem_max + len(word))
            if at > 0:
                spans.append((b + 1, at + len(word)))
        if a > 0 and text[a - 1] == "、" and text[a - 1 - len(word):a - 1] == word:  # the sibling before
            for stem in range(len(name) - len(word), MIN_SIBLING_STEM - 1, -1):  # (no longer: 包括 | 融资担保公司)
                first = a - 1 - len(word) - stem
                if first >= 0 and (first == 0 or SIBLING_STOPS.match(text, first - 1)) \
                        and not SIBLING_STOPS.search(text, first, a - 1):
                    spans.append((first, a - 1))
                    break
        for p, q in spans:
            item, stem_text = text[p:q], text[p:q - len(word)]
            if (p, q) in taken or SIBLING_STOPS.search(item) or (len(word) == 1 and len(stem_text) != stem_max) \
                    or item in lex.kind_words or item in lex.not_units or stem_text in lex.generic \
                    or stem_text[0] in QUANTIFIERS or stem_text[0] in GENERIC_FIRST or any(
                        ch in FUNCTION_CHARS for ch in stem_text) or any(x < q and p < y for x, y in candidates):
                continue
            taken.add((p, q))
            found.append((p, q))
    return found


def extract_units(text: str) -> list[dict]:
    """Units merged by name: ``{"name", "mentions"}`` in order of first mention.

    >>> [u["name"] for u in extract_units("公安局下属交警大队、人口管理大队和开发区派出所参加。")]
    ['公安局', '交警大队', '人口管理大队', '开发区派出所']
    """
    lex = _lex()
    if not lex.suffixes:
        return []
    cutter = dag_cutter()
    clauses = _unit_clauses(text, lex, cutter)
    tokens, starts = clauses.tokens, clauses.starts
    candidates: list[tuple[int, int]] = []
    places: list[tuple[int, int]] = []  # villages and towns named as places (see below)
    for j in clauses.unit_ends:
        if not _is_end_candidate(clauses, j, lex):
            continue
        k, cut_at = _walk_left(clauses, j, lex)
        k = _extend_start(clauses, j, k, cut_at, lex)
        k = _trim_start(clauses, j, k, lex)
        if cut_at is None:
            k = _run_on(clauses, j, k, lex)
        if _rejected_run(clauses, j, k, lex):
            continue
        first = starts[k] if cut_at is None else cut_at
        end = starts[j] + len(tokens[j])
        if _rejected_name(clauses, j, k, first, lex):
            continue
        first = _quoted_start(clauses, k, first, end, lex, cutter)
        end = _campus_end(text, first, end, lex)
        name = text[first:end]
        if _named_as_place(clauses, j, k, name, lex):
            if name.endswith(SETTLEMENT_SUFFIXES):
                places.append((first, end))  # (and the town a village place names is a place too: 凤仪镇 | 水西村 | 村民)
            continue
        candidates.append((first, end))
    candidates.extend(_list_units(text, candidates, lex, cutter))
    candidates.extend(_sibling_units(text, candidates, lex))
    candidates.extend(m.span() for m in TITLED_BODY.finditer(text))
    ends = {b for _, b in candidates}
    candidates = [(a, b) for a, b in candidates if not _inside_work_title(text, a, b)
                  and not _alias_of_no_unit(text, a, b, ends, lex)]
    if places:
        candidates = [(a, b) for a, b in candidates if not (text[a:b].endswith(SETTLEMENT_SUFFIXES) and any(
            p <= a and b <= q for p, q in places))]  # (南开大学 | 百树村: a body in the place stays, as 青禾大学 | 活动中心)
    # 国家税务总局 | 禾阳市税务局, 市公安局 | 交警大队 written together: the longer unit, which ends
    # later, is the name; the units inside it are not mentions of their own.
    candidates.sort(key=lambda span: (span[0], -span[1]))
    found: dict[str, list[dict[str, int]]] = {}
    reach = -1
    last = (-1, -1)
    for first, end in candidates:
        if end <= reach:
            continue
        if _overlap_joins(text, last[0], first, reach, end, lex):
            # 韩国SK集团 | 集团AI委员会, 学院科协 | 科协学术科技部: two runs sharing a word are one name
            spans = found[text[last[0]:last[1]]]
            spans.pop()
            if not spans:
                del found[text[last[0]:last[1]]]
            first = last[0]
        reach = end
        last = (first, end)
        found.setdefault(text[first:end], []).append({"start": first, "end": end})
    for short, spans in _short_forms(text, found, lex, cutter).items():
        found.setdefault(short, []).extend(spans)
    for short, spans in _abbreviations(text, found, lex, cutter).items():
        found.setdefault(short, []).extend(spans)
    for short, spans in _known_short_forms(text, found, lex, cutter).items():
        found.setdefault(short, []).extend(spans)
    for short, spans in _company_short_forms(text, found, lex, cutter).items():
        found.setdefault(short, []).extend(spans)
    for short, spans in _declared_short_forms(text, found).items():
        found.setdefault(short, []).extend(spans)
    found = {name: kept for name, spans in found.items() if (kept := [
        m for m in spans if not _inside_work_title(text, m["start"], m["end"])])}
    return [{"name": name, "mentions": spans} for name, spans in
            sorted(found.items(), key=lambda item: item[1][0]["start"])]


def _campus_end(text: str, first: int, end: int, lex: _Lex) -> int:
    """Where a university's name ends when its seat follows in brackets (a place: 中国地质大学（北京）), else ``end``.

    >>> t = "石岭大学（北京）张青教授"
    >>> _campus_end(t, 0, 4, _lex()), _campus_end("石岭大学（教授）", 0, 4, _lex())
    (8, 4)
    """
    if not text[first:end].endswith(CAMPUS_SCHOOLS):
        return end
    m = CAMPUS_BRACKET.match(text, end)
    if m is None or not (m.group(1) in lex.regions or lex.tag_of(m.group(1)) == "ns"):
        return end
    return m.end()


def _overlap_joins(text: str, a: int, b: int, reach: int, end: int, lex: _Lex) -> bool:
    """Does the run ``text[b:end]`` start inside the run ``text[a:reach]`` before it at a unit word that ends it and
    end after it (韩国SK集团 | 集团AI委员会, 学院科协 | 科协学术科技部, 城前镇 | 镇团委)? Then the two share it and are one name
    (韩国SK集团AI委员会; not 中宣 | 部委 | 托: a word jieba made across two names)."""
    shared = text[b:reach]
    return a < b < reach < end and (shared in LEVEL_CHARS or (  # 城前镇 | 镇团委: a place's level
        len(shared) > 1 and (shared in lex.suffixes or shared in lex.known)))


def _alias_of_no_unit(text: str, a: int, b: int, ends: set[int], lex: _Lex) -> bool:
    """Is ``text[a:b]`` the other name in brackets of a body of a kind, right after a word that ends like a unit but was
    found none (全国高校继续教育学院（网络教育学院）, 开放大学（广播电视大学）; but 历史学院党委（本科生党支部）, a unit's)?"""
    return text[a - 1:a] == "（" and text[b:b + 1] == "）" and a - 1 not in ends and _ends_with_suffix(
        text[max(0, a - 1 - lex.suffix_len):a - 1], lex)


# A university's short forms (禾农大 for 青禾农业大学, 石岭 for 石岭大学): its name before 大学, up to this long, and
# its characters in order with 大 last, one to three before it.
UNIVERSITY = "大学"
MAX_UNIVERSITY_STEM = 3
# jieba's tags a short form may have when it is a dictionary word (北大/j, 中大/nt, 南开/ns, 清华/nz), unlike
# 扩大/v, 重大/a, 同济/n, 东南/f.
SHORT_FORM_TAGS = frozenset({"j", "nt", "ns", "nz", "x"})
# Characters no short form is made of alone: numbers (四大 of 四川农业大学 is 世界四大), and directions and the
# country (东北 of 东北大学 is a region, 中国 of 中国大学 the country).
NOT_SHORT_FORM_CHARS = CN_NUMERALS | frozenset("东南西北中国")
# What a website is called (南开 | 新闻网): the short form there is part of another name.
WEBSITE_END = "网"


def _is_short_form(short: str, full: str) -> bool:
    """Is ``short`` a short form of the university ``full``: the name before 大学 (石岭 of 石岭大学, at most three
    characters), or one to three of its characters in order and 大 (禾农大 of 青禾农业大学, 矿大 of 中国矿业大学)?

    >>> _is_short_form("禾农大", "青禾农业大学"), _is_short_form("石岭", "石岭大学"), _is_short_form("农禾大", "青禾农业大学")
    (True, True, False)
    >>> _is_short_form("矿大", "青禾矿业大学"), _is_short_form("禾大", "青禾矿业大学"), _is_short_form("禾大", "青禾大学")
    (True, False, True)
    """
    if not full.endswith(UNIVERSITY) or len(short) < 2 or short == full:
        return False
    stem = full[:-len(UNIVERSITY)]
    if short == stem:
        return len(stem) <= MAX_UNIVERSITY_STEM and not all(ch in NOT_SHORT_FORM_CHARS for ch in stem)
    if short[-1] != UNIVERSITY[0] or len(short) > MAX_UNIVERSITY_STEM + 1 or short[:-1] == stem or all(
            ch in CN_NUMERALS for ch in short[:-1]):
        return False  # (南开 | 大讲坛: the stem and 大 begin another word; 四大: a number, but 四川农大)
    if len(short) == 2 and short[0] not in stem[-2:]:
        return False  # one character and 大 come from the name's last word (矿大: 中国矿业; not 川大 of 四川农业)
    rest = iter(stem)
    return all(ch in rest for ch in short[:-1])  # (in order: each found after the one before)


def _short_forms(text: str, found: dict[str, list[dict[str, int]]], lex: _Lex,
                 cutter: DagCutter) -> dict[str, list[dict[str, int]]]:
    """Short forms of the universities the text names in full (禾农大, 石岭), with their mentions.

    A short form counts where it is whole words of jieba's (我爱 | 禾 | 农大, 石岭 | 是; not 扩大 in 不断 | 扩大, not
    矿大 in 矿 | 大学 | 子), no unit found covers it, it is no region (北京), nor a dictionary word of another kind
    (重大/a, 扩大/v), and no place level or unit word follows it (石岭 | 区). Conservative: other short forms (哈工程)
    and short forms of colleges are left to the run.
    """
    fulls = [n for n in found if n.endswith(UNIVERSITY) and len(n) > len(UNIVERSITY)
             and n[:-len(UNIVERSITY)] not in lex.world_places]  # (芝加哥大学: 哥大 is another's, 哥伦比亚大学)
    if not fulls:
        return {}
    covered = _covered(found)
    out: dict[str, list[dict[str, int]]] = {}
    for clause in CLAUSE.finditer(text):
        at = clause.start()
        words_ = cutter.cut(clause.group(0))
        edges = list(accumulate(map(len, words_), initial=0))
        a = 0
        while a < len(words_):
            taken = 0
            for b in range(min(a + 3, len(words_)), a, -1):  # the longest first (川 | 农大, not 农大)
                short = "".join(words_[a:b])
                if len(short) > MAX_UNIVERSITY_STEM + 1:
                    continue
                owner = [f for f in fulls if _is_short_form(short, f)]
                if len(owner) != 1 or short in lex.regions or not _is_cjk_word(short):
                    continue
                if short in lex.tags and lex.tags[short] not in SHORT_FORM_TAGS:
                    continue  # 扩大/v, 重大/a: a word of its own
                if not short.endswith(UNIVERSITY[0]) and lex.tags.get(short, "x") == "x":
                    continue  # 张斌 of 张斌大学 (在张斌 | 大学时): a stem must be a name jieba knows (南开/ns, 清华/nz)
                following = words_[b] if b < len(words_) else ""
                if following and (following[0] in PLACE_LEVELS or _ends_with_suffix(following, lex)
                                  or following[0] == UNIVERSITY[1] or following.endswith(WEBSITE_END)):
                    continue  # 石岭 | 区, 矿大 | 学院: a place, or a name the run reads; 青年大 | 学习; 南开 | 新闻网
                start, end = at + edges[a], at + edges[b]
                if start > 0 and _is_cjk_word(text[start - 1]) and _is_short_form(text[start - 1:end], owner[0]):
                    start -= 1  # 传统 | 中川 | 农大: jieba ran the short form's first character into the word before
                    short = text[start:end]
                if any(p < end and start < q for p, q in covered):
                    continue
                out.setdefault(short, []).append({"start": start, "end": end})
                taken = b - a
                break
            a += max(taken, 1)
    return _bare_short_forms(text, out, covered, lex, cutter)


def _bare_short_forms(text: str, out: dict[str, list[dict[str, int]]], covered: list[tuple[int, int]], lex: _Lex,
                      cutter: DagCutter) -> dict[str, list[dict[str, int]]]:
    """``out`` with the short forms of three characters the text uses (川农大) also counted without their 大 where they
    stand as two lone words of jieba's (与 | 川 | 农 | 的缘分), before no 大 and no noun (川 | 农人, 川 | 农 | 学子, 川 | 农 | 风采:
    a modifier).

    >>> sorted(_short_forms("青禾农业大学成立。禾农大校园美。我爱禾农的校园。", {"青禾农业大学": [{"start": 0, "end": 6}]},
    ...                     _lex(), dag_cutter()))
    ['禾农', '禾农大']
    """
    bare = {short[:-1] for short in out if len(short) == 3 and short[-1] == UNIVERSITY[0]}
    bare -= set(lex.tags) | lex.regions
    if not bare:
        return out
    for clause in CLAUSE.finditer(text):
        words_ = cutter.cut(clause.group(0))
        edges = list(accumulate(map(len, words_), initial=clause.start()))
        for n in range(len(words_) - 1):
            short = words_[n] + words_[n + 1]
            if short not in bare or len(words_[n]) != 1:
                continue
            following = words_[n + 2] if n + 2 < len(words_) else ""
            if following and (following[0] in UNIVERSITY or lex.tag_of(following) in NAME_TAGS + ("a", "t")
                              or _ends_with_suffix(following, lex)):
                continue  # (川 | 农 | 形象, 川 | 农 | 牛: a modifier of the noun after it)
            start, end = edges[n], edges[n + 2]
            if not any(p < end and start < q for p, q in covered):
                out.setdefault(short, []).append({"start": start, "end": end})
    return out


ABBREVIATED_STEM = 4  # 招生就业 | 处 → 招就处, 人民教育 | 出版社 → 人教社: two words of two and the unit word
ABBREVIATED_LENGTHS = range(5, 8)  # (招生就业处 … 人民教育出版社)
CLAUSE_END = re.compile(f"[{CLAUSE_ENDS}]")


def _abbreviations(text: str, found: dict[str, list[dict[str, int]]], lex: _Lex,
                   cutter: DagCutter) -> dict[str, list[dict[str, int]]]:
    """Short forms of units the text names in full, made of the first characters of the two two-character words
    before the unit word and its last character (招就处 of 招生就业处, 人教社 of 人民教育出版社, 市监局 of 市场监管局), with their
    mentions: whole words of jieba's in their clause (招 | 就 | 处; not 招就 inside a longer word), inside no unit found.
    Universities have their own short forms (:func:`_short_forms`).

    >>> sorted(_abbreviations("招生就业处发文。招就处要求", {"招生就业处": [{"start": 0, "end": 5}]}, _lex(), dag_cutter()))
    ['招就处']
    """
    out: dict[str, list[dict[str, int]]] = {}
    covered = _covered(found)
    for name in list(found):
        if len(name) not in ABBREVIATED_LENGTHS or name.endswith(UNIVERSITY) or not _is_cjk_word(name):
            continue
        word = next((name[-n:] for n in range(min(lex.suffix_len, len(name) - ABBREVIATED_STEM), 0, -1)
                     if name[-n:] in lex.suffixes), "")
        if len(name) - len(word) != ABBREVIATED_STEM:
            continue
        short = name[0] + name[2] + word[-1]
        if short in found or lex.tag_of(short) not in SHORT_FORM_TAGS:
            continue  # (a dictionary word of another kind is a word of its own)
        at = text.find(short)
        while at >= 0:
            end = at + len(short)
            if not any(p < end and at < q for p, q in covered):
                if _whole_word(text, at, end, cutter, MAX_UNIT):
                    out.setdefault(short, []).append({"start": at, "end": end})
            at = text.find(short, end)
    return out


def _covered(found: dict[str, list[dict[str, int]]]) -> list[tuple[int, int]]:
    """The spans of every mention of the units found."""
    return [(m["start"], m["end"]) for spans in found.values() for m in spans]


def _whole_word(text: str, at: int, end: int, cutter: DagCutter, reach: int) -> bool:
    """Does jieba, cutting from the clause's start to ``reach`` characters past ``end``, make ``text[at:end]`` whole
    words, cut at both its edges (来自|清华|、; not 北大荒, one word)?"""
    first = max((c.end() for c in CLAUSE_END.finditer(text, max(0, at - MAX_UNIT), at)), default=max(0, at - MAX_UNIT))
    edges = set(accumulate(map(len, cutter.cut(text[first:end + reach])), initial=first))
    return at in edges and end in edges


STANDALONE_AFTER = frozenset("、，。；：！？,;:!?）)等和与及")  # what may follow a short form standing alone (清华、北大等)


def _known_short_forms(text: str, found: dict[str, list[dict[str, int]]], lex: _Lex,
                       cutter: DagCutter) -> dict[str, list[dict[str, int]]]:
    """Short forms of universities every reader knows (``university_short_forms.txt``: 清华, 北大), with their mentions
    where one stands alone: a whole word of jieba's in its clause, followed by punctuation, 等 or a conjunction or
    ending the text (来自清华、北大等高校; not 清华校园, a modifier, nor 北大荒), inside no unit found.

    >>> sorted(_known_short_forms("来自清华、北大等高校，北大荒", {}, _lex(), dag_cutter()))
    ['北大', '清华']
    """
    if lex.short_pattern is None or lex.short_pattern.search(text) is None:
        return {}
    covered = _covered(found)
    out: dict[str, list[dict[str, int]]] = {}
    for m in lex.short_pattern.finditer(text):
        at, end = m.span()
        if end < len(text) and text[end] not in STANDALONE_AFTER:
            continue
        if any(p < end and at < q for p, q in covered):
            continue
        if _whole_word(text, at, end, cutter, 1):
            out.setdefault(m.group(0), []).append({"start": at, "end": end})
    return out


COMPANY_ENDS = ("公司", "集团")  # 超星公司 → 超星: a company's brand, its short form


def _company_short_forms(text: str, found: dict[str, list[dict[str, int]]], lex: _Lex,
                         cutter: DagCutter) -> dict[str, list[dict[str, int]]]:
    """A company's brand the text names in full (超星公司, 石岭集团) used alone before a person's word or a title (与超星 |
    负责人联系, 石岭 | 总经理): whole words of jieba's, inside no unit found, no place (not 中国 of 中国公司).

    >>> sorted(_company_short_forms("超星公司开发。与超星负责人联系，超星平台好用。", {"超星公司": [{"start": 0, "end": 4}]},
    ...                             _lex(), dag_cutter()))
    ['超星']
    """
    brands = {name[:-len(end)] for name in found for end in COMPANY_ENDS
              if name.endswith(end) and 2 <= len(name) - len(end) <= MAX_UNIVERSITY_STEM + 1}
    brands = {b for b in brands if _is_cjk_word(b) and b not in lex.regions and b not in lex.generic
              and not lex.tag_of(b).startswith("nr")  # (李宁 | 公司: the person the brand is named after)
              and b not in lex.kind_words and b not in found and not _ends_with_suffix(b, lex)}
    if not brands:
        return {}
    covered = _covered(found)
    out: dict[str, list[dict[str, int]]] = {}
    for brand in brands:
        at = text.find(brand)
        while at >= 0:
            end = at + len(brand)
            if not any(p < end and at < q for p, q in covered) and (_title_or_person_word(
                    text[end:end + MAX_TITLE_AFTER], lex) or _subject_of_clause(text, at, end, lex, cutter)) \
                    and _whole_word(text, at, end, cutter, MAX_TITLE_AFTER):
                out.setdefault(brand, []).append({"start": at, "end": end})
            at = text.find(brand, end)
    return out


# A short name the text declares for a body right after it (…研究中心”（以下简称“中心”）, …委员会（简称“石委”）)
DECLARED_SHORT = re.compile("”?[（(](?:以下|下文)?简称[“\"]([^“”\"，。（）()]{2,10})[”\"][）)]")


def _declared_short_forms(text: str, found: dict[str, list[dict[str, int]]]) -> dict[str, list[dict[str, int]]]:
    """The short name a text declares for a unit found right before the declaration (（以下简称“研究中心”）), and its
    mentions outside the units found.

    >>> sorted(_declared_short_forms("青禾研究院（以下简称“研究院”）成立。研究院将招生。", {"青禾研究院": [{"start": 0, "end": 5}]}))
    ['研究院']
    """
    ends = {m["end"] for spans in found.values() for m in spans}
    covered = _covered(found)
    out: dict[str, list[dict[str, int]]] = {}
    for m in DECLARED_SHORT.finditer(text):
        short = m.group(1)
        if m.start() not in ends or short in found:
            continue
        at = text.find(short)
        while at >= 0:
            end = at + len(short)
            if not any(p < end and at < q for p, q in covered):
                out.setdefault(short, []).append({"start": at, "end": end})
            at = text.find(short, end)
    return out


SUBJECT_VERB_TAGS = frozenset({"d", "p"})  # (石岭将 | 承担, 石岭已 | 发布, 石岭与 | 青禾合作: the brand acts; not 石岭学习通, a product)


def _subject_of_clause(text: str, at: int, end: int, lex: _Lex, cutter: DagCutter) -> bool:
    """Does the brand ``text[at:end]`` begin a clause and act, an adverb or a preposition right after it (石岭将承担…)?"""
    if at > 0 and text[at - 1] not in CLAUSE_ENDS:
        return False
    after = next(iter(cutter.cut(text[end:end + MAX_TITLE_AFTER])), "")
    return bool(after) and lex.tag_of(after) in SUBJECT_VERB_TAGS


WORK_TITLE_OPENINGS = "《〈"
WORK_TITLE_CLOSINGS = "》〉"
MAX_WORK_TITLE = 80  # how far a work's title in 《》 may reach on either side of a name inside it


def _inside_work_title(text: str, start: int, end: int) -> bool:
    """True when [start, end) lies inside the title of a work in 《》 or 〈〉 (a document, a book, a paper, a song):
    the body a title names (《中共中央关于…的建议》, 《青禾大学章程》, 《温江人大志》) is named by the text only where it
    stands outside the title; a journal's office, which takes its title (《青禾农业研究》杂志社), is no name inside one.

    >>> _inside_work_title("审议《中国共产党党内法规条例》", 3, 8), _inside_work_title("《青禾农业研究》杂志社", 0, 11)
    (True, False)
    """
    low = max(0, start - MAX_WORK_TITLE)
    opening = max(text.rfind(ch, low, start) for ch in WORK_TITLE_OPENINGS)
    if opening < 0 or any(ch in text[opening:start] for ch in WORK_TITLE_CLOSINGS + "\n"):
        return False
    tail = text[end:end + MAX_WORK_TITLE]
    closing = min((i for i in (tail.find(ch) for ch in WORK_TITLE_CLOSINGS) if i >= 0), default=-1)
    return closing >= 0 and not any(ch in tail[:closing] for ch in WORK_TITLE_OPENINGS + "\n")


WORK_TITLE_TAIL = re.compile(r"[A-Za-z0-9 .:：]*》")  # what may follow a work's name in its title (《美国陆军3》)


def _work_title(text: str, start: int, end: int) -> bool:
    """True when [start, end) is the whole title in 《》 of a work (a game, a film, a book), but for a lead before a
    colon (《蝙蝠侠：阿甘精神病院》) or letters and numbers after it (《美国陆军3》). A document names its issuer
    before what it is (《南开大学2020年党建工作要点》), a song its body before 歌 (《中国矿业大学校歌》): those units
    stay.

    >>> _work_title("《美国陆军3》", 1, 5), _work_title("《天龙八部》", 1, 5), _work_title("《南开大学校歌》", 1, 5)
    (True, True, False)
    """
    if WORK_TITLE_TAIL.match(text, end) is None:
        return False
    opening = text.rfind("《", max(0, start - MAX_UNIT), start)
    return opening >= 0 and "》" not in text[opening:start] and (
        opening + 1 == start or text[start - 1] in "：:")


WORD_IN_TITLE = re.compile("[\u4e00-\u9fff]{1,2}》")  # 《老无所依》: the title's words run on past the suffix
WORK_ABOUT_TAIL = re.compile("之[\u4e00-\u9fff]{1,2}》")  # 《共青团之歌》, 《青禾大学之光》: a work about the body


def _work_about(text: str, start: int, end: int) -> bool:
    """True when [start, end) is what a work in 《》 is about: its title goes on with 之 and a word to its end (《共青团之歌》,
    《青禾大学之光》; but 《青禾大学校歌》, the body's own song).

    >>> _work_about("《共青团之歌》", 1, 4), _work_about("《青禾大学校歌》", 1, 5)
    (True, False)
    """
    if WORK_ABOUT_TAIL.match(text, end) is None:
        return False
    opening = text.rfind("《", max(0, start - MAX_UNIT), start)
    return opening >= 0 and "》" not in text[opening:start]


def _inside_quoted_phrase(text: str, start: int, end: int) -> bool:
    """True when [start, end) sits inside a quoted phrase “…” without being the whole quoted text.

    Quoted speech, a sentence with a comma or a full stop in it (“我们感谢联合国的帮助，…”), is no
    phrase: the units it names are units.

    >>> _inside_quoted_phrase("深化“一支部一品牌”创建", 3, 6), _inside_quoted_phrase("“市创建办”", 1, 5)
    (True, False)
    >>> _inside_quoted_phrase("他说：“感谢市公安局，我们放心了。”", 6, 10)
    False
    """
    opening = text.rfind("“", max(0, start - MAX_UNIT), start + 1)
    if opening < 0 or "”" in text[opening:start] or SENTENCE_PUNCT.search(text, opening, start):
        return False
    closing = text.find("”", end - 1, end + MAX_UNIT)
    return closing >= 0 and (opening + 1, closing) != (start, end) and not SENTENCE_PUNCT.search(
        text, end, closing)


def link_abbreviations(units: list[dict], spans: list[tuple[int, int]]) -> list[dict]:
    """Record ``refers_to`` where a unit is a short form of a fuller one written nearby.

    Three short forms are linked: a university's (禾农大 → 青禾农业大学: see :func:`_is_short_form`), the unit without its level (公安局 → 市公安局, anywhere in the
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
        university = [n for n in names if _is_short_form(name, n)]
        if len(university) == 1:
            unit["refers_to"] = university[0]  # 禾农大 → 青禾农业大学, 石岭 → 石岭大学
            continue
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


MAX_PERSON_UNIT = 3  # 吴国村: a surname and a given name of one or two characters


def outside_persons(units: list[dict], persons: list[dict]) -> list[dict]:
    """``units`` without their mentions that lie inside a person's name (海军 of 张海军, 白所 of 白所成) or are one,
    of a person's shape (罗建军, 吴国村: a surname and a given name that ends like a unit): ``persons`` are the officials (``{"name", "mentions"}``);
    a unit left with no mention is dropped.

    >>> [u["name"] for u in outside_persons([{"name": "海军", "mentions": [{"start": 1, "end": 3}]}],
    ...                                     [{"name": "张海军", "mentions": [{"start": 0, "end": 3}]}])]
    []
    """
    spans = [(m["start"], m["end"]) for p in persons for m in p["mentions"]]
    if not spans:
        return units
    out = []
    surnames = _lex().surnames
    for unit in units:
        # (科普科 | 科长: an office the officials extractor took for a person; a person's name begins with a surname)
        person_shaped = len(unit["name"]) <= MAX_PERSON_UNIT and unit["name"][:1] in surnames
        kept = [m for m in unit["mentions"] if not any(
            a <= m["start"] and m["end"] <= b and (b - a > m["end"] - m["start"] or person_shaped) for a, b in spans)]
        if kept:
            out.append({**unit, "mentions": kept})
    return out
