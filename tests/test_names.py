"""The name scorer: persons named without a title, and words that only look like names.

Every sentence here was written for this test (none comes from a data set or the training frames).
"""

import json

import pytest

from nlp_pipeline.extract import names
from nlp_pipeline.extract.officials import extract_officials


def found(text):
    return [n.name for n in names.find_names(text)]


BARE_NAMES = [
    ("会上，李晓红说，要抓好落实。", ["李晓红"]),
    ("村民张桂英高兴地说，今年的收成比往年好。", ["张桂英"]),
    ("比赛中，陈思远和刘雨婷分别获得一等奖。", ["陈思远", "刘雨婷"]),
    ("经过反复试验，技术员赵永明终于找到了问题的原因。", ["赵永明"]),
    ("青石村种粮大户何秋菊介绍，今年亩产超过六百公斤。", ["何秋菊"]),
    ("退休干部黄振华建议在村口设立宣传栏。", ["黄振华"]),
    ("欧阳振东带领技术团队攻克了难题。", ["欧阳振东"]),
]

NOT_NAMES = [
    # a numeral 两 is no given name
    "美、伊两国一来一往，互有试探。",
    # places
    "伊拉克局势引起国际社会广泛关注。",
    "北京、上海、深圳等地相继出台新政策。",
    "张家港市举办招商推介会。",
    "家住丽景苑小区的居民反映，电梯装好了。",
    # words that start with a surname character, used as words
    "文明城市创建工作取得新进展。",
    "早晚高峰期间部分路段交通拥堵。",
    "高度重视安全生产工作，切实落实主体责任。",
    "周边地区的群众纷纷赶来观看。",
    "于是大家又回到了工作岗位。",
    "黄金周期间，全县接待游客十万人次。",
    "方向明确了，干劲也就更足了。",
    "明天上午，林业站将组织一次防火演练。",
    "向阳花开的季节，游客络绎不绝。",
    # a reduplicated word is no surname and given name, nor is an adjective with 地
    "全体党员牢记总书记殷殷嘱托。",
    "总书记高兴地回应他，大家备受鼓舞。",
    # organisations
    "华为公司发布了新一代通信产品。",
    "黄山风景区管委会召开专题会议。",
    # slogans
    "绿水青山就是金山银山。",
    "撸起袖子加油干，奋力谱写新篇章。",
    # a surname with a form of address is no name
    "志愿者们来到吴阿姨家中帮忙打扫卫生。",
    "老张和小李都是村里的种粮大户。",
]


# A 、-list names things of one kind: a weak candidate next to a person is a person too.
LIST_NAMES = [
    ("出席座谈会的有孙立平、邱少川、管德、谭方正、裴九成等。", ["孙立平", "邱少川", "管德", "谭方正", "裴九成"]),
    ("名单如下：王凤岐、蔡海生、高天明、喻长水、辜胜利", ["王凤岐", "蔡海生", "高天明", "喻长水", "辜胜利"]),
    ("获奖者为吕志刚、芮金根、司马南星。", ["吕志刚", "芮金根", "司马南星"]),
    # a count of persons closes the list (管德三位同志)
    ("出席的有孙立平、邱少川、管德三位同志。", ["孙立平", "邱少川", "管德"]),
    ("孙立平、邱少川、谭方正、管德四位同志出席。", ["孙立平", "邱少川", "谭方正", "管德"]),
    # the list's last item before a word of acting (到会, 出席)
    ("指导组靳立新、于险波到会指导。", ["靳立新", "于险波"]),
    # two persons joined by 和: the one next to a person needs less (0.3)
    ("获奖的是冯光燕和严明华。", ["冯光燕", "严明华"]),
    ("付强国和冯光燕获得一等奖。", ["付强国", "冯光燕"]),
    # no person in the list: weak candidates stay out
    ("参加培训的有城关镇、白沙乡、石门镇的干部。", []),
    ("北京、上海、深圳、张家港等地相继出台新政策。", []),
]


@pytest.mark.parametrize(("text", "expected"), LIST_NAMES, ids=[c[0][:12] for c in LIST_NAMES])
def test_list_neighbours_of_persons(text, expected):
    assert found(text) == expected


# Where a titled name ends when a time word, a credit or an adverb follows it (name_followers.txt).
# In a list of persons, every item of a name's shape is a person, even where the scorer doubts it.
LIST_ITEMS = [
    ("出席的有孙明远、朱光华、万国权、何丽华。", ["孙明远", "朱光华", "万国权", "何丽华"]),
    ("参加会议的有王建华、李明、万里、宋平等。", ["王建华", "李明", "万里", "宋平"]),
    ("北京、上海、天津等地相继出台政策。", []),
    ("王建华、李明、白沙乡、金山镇的干部参加。", ["王建华", "李明"]),
    # items of name + title: the title after the others' names stands after this one's too
    ("王建华教授、李明教授、邓喀中教授、宋平教授等提出了建议。", ["王建华", "李明", "邓喀中", "宋平"]),
    ("王建华局长、李明主任、邓喀中副主任出席。", ["王建华", "李明", "邓喀中"]),
    ("王建华教授、李明教授、城关镇镇长出席。", ["王建华", "李明"]),
    ("王建华副主任、李明副主任、毕业班班主任参加。", ["王建华", "李明"]),
]


@pytest.mark.parametrize(("text", "expected"), LIST_ITEMS, ids=[c[0][:12] for c in LIST_ITEMS])
def test_items_of_a_list_of_persons(text, expected):
    assert [o["name"] for o in extract_officials(text)] == expected


NAME_ENDS = [
    ("县委书记周海今天上午主持召开会议。", [("周海", ["县委书记"])]),
    ("常务副县长罗干昨天到企业调研。", [("罗干", ["常务副县长"])]),
    ("（记者马平摄）", [("马平", ["记者"])]),
    ("主教练叶鹏却认为队员发挥正常。", [("叶鹏", ["主教练"])]),
    ("记者刘杰报道", [("刘杰", ["记者"])]),
    ("镇长孙国庆日前表示，项目年底完工。", [("孙国庆", ["镇长"])]),
    # no given name at all: a surname, then the word after a name
    ("记者于今日凌晨赶到现场。", []),
    ("副市长王表示，要抓好落实。", []),
]


# By-lines: the spaces between names are gone after normalisation; the run is cut into names.
BYLINES = [
    ("工程已正式通水。（顾水根李艳芳）", [("顾水根", []), ("李艳芳", [])]),
    ("（记者范春生于力）", [("范春生", ["记者"]), ("于力", ["记者"])]),
    ("（本报记者宋连友王健摄）", [("宋连友", ["本报记者"]), ("王健", ["本报记者"])]),
    ("（张芳发赵继刚洪磊摄影报道）", [("张芳发", []), ("赵继刚", []), ("洪磊", [])]),
    ("正文到此。\n宋连友王健\n", [("宋连友", []), ("王健", [])]),
    # a credit is no name; a source unit or a place in brackets is no run of names
    ("新华社发（何华文摄）", [("何华文", [])]),
    ("（市创建办）", []),
    ("（城厢镇人民政府）", []),
    ("（高新区金山镇）", []),
    # one name after a by-line role, even a name that is also a word, with or without a colon or space
    ("本报讯（记者马力）全市新增公租房三千套。", [("马力", ["记者"])]),
    ("（通讯员：钟欣）", [("钟欣", ["通讯员"])]),
    ("（通讯员 高峰）", [("高峰", ["通讯员"])]),
    ("（记者城关镇）", []),
    # roles and credits inside the run start another group: names after a role take it as their title
    ("（记者宋连友摄影祁文远王健）", [("宋连友", ["记者"]), ("祁文远", []), ("王健", [])]),
    ("（实习生李泽玲记者马力）", [("李泽玲", ["实习生"]), ("马力", ["记者"])]),
    # one name alone in the brackets that close a paragraph: an author (with a credit or not)
    ("新渠全线贯通。（闻静）", [("闻静", [])]),
    ("新渠全线贯通。（万峰摄）\n次日开闸放水。", [("万峰", [])]),
    ("（邵远帆／文）", [("邵远帆", [])]),
    # a source unit or place and its author in the brackets that close a paragraph
    ("全县新增公租房三千套。（县农业局李明王华）", [("李明", []), ("王华", [])]),
    ("开展忠告征集活动。（山东省枣庄市李论）", [("李论", [])]),
    ("开展活动。（市公安局交警大队）", []),
    ("开展活动。（县农业局供稿）", []),
    # a source unit, a word or brackets inside the paragraph are no author
    ("新渠全线贯通。（白沙乡）", []),
    ("讲话（全文）", []),
    ("实施方案（试行）", []),
    # an author's line between a headline and the text; a word or a heading on its own line is none
    ("谈谈调查研究\n冯立章\n调查研究是谋事之基。", [("冯立章", [])]),
    ("谈谈调查研究\n林业\n调查研究是谋事之基。", []),
    ("谈谈调查研究\n和平\n调查研究是谋事之基。", []),
    ("谈谈调查研究\n高峰论坛\n调查研究是谋事之基。", []),
]


def test_split_name_run():
    assert names.split_name_run("王建华李明") == [(0, 3), (3, 5)]
    assert names.split_name_run("王建华") is None      # one name: the scorer's, not a run
    assert names.split_name_run("张家港市") is None
    # in a run of names a given name may be a common word, as in a list (聂长江: 长江)
    assert names.split_name_run("聂长江孙茂盛") == [(0, 3), (3, 6)]


# A transliterated name right after a title, longer than any Chinese reading of it.
TITLED_FOREIGN = [
    ("以色列总理内塔尼亚胡和巴勒斯坦领导人会谈。", [("内塔尼亚胡", ["以色列总理"])]),
    ("该国宪法法院院长塞泽尔１６日宣布。", [("塞泽尔", ["该国宪法法院院长"])]),
    ("石油部长奥贝德８日呼吁。", [("奥贝德", ["石油部长"])]),
    ("该国总统卡布雷拉今天抵达，外长韦斯特贝里同机抵达。", [("卡布雷拉", ["该国总统"]), ("韦斯特贝里", ["外长"])]),
    ("国防部长特罗菲莫夫一行参观了展览。", [("特罗菲莫夫", ["国防部长"])]),
    ("部长马丽娜出席。", [("马丽娜", ["部长"])]),          # a Chinese reading as long: kept
    ("书记马路平主持。", [("马路平", ["书记"])]),
    ("由副市长安排部署。", []),                            # 安排: a word, not a foreign name
    # after a title, a short run that is no word (科恩) or only a place-tagged one (克利马) is a name
    ("他会见了来访的国防部长科恩及其一行。", [("科恩", ["国防部长"])]),
    ("俄罗斯总统普京今天说，双方将加强合作。", [("普京", ["俄罗斯总统"])]),
    ("美国国务卿奥尔布赖特28日晚抵达。", [("奥尔布赖特", ["美国国务卿"])]),
    ("新华社维也纳3月2日电奥地利总理克利马2日晚说。", [("克利马", ["奥地利总理"])]),
    ("英国外交大臣库克21日发表谈话。", [("库克", ["英国外交大臣"])]),
    ("陪同联合国秘书长安南夫妇参观。", [("安南", ["联合国秘书长"])]),
    # a monarch's or a pope's number is part of the name (六世; not 世纪)
    ("西班牙国王费利佩六世出席。", [("费利佩六世", ["西班牙国王"])]),
    ("英国国王查尔斯三世致电祝贺。", [("查尔斯三世", ["英国国王"])]),
    ("教宗利奥十四世发表讲话。", [("利奥十四世", ["教宗"])]),
    ("总统克林顿二十世纪末访华。", [("克林顿", ["总统"])]),
    ("两国议长同科摩罗总统阿扎利互致贺电。", [("阿扎利", ["科摩罗总统"])]),
    # at a clause start, a foreign-looking run with a title after it
    ("会后，克林顿总统同记者交谈。", [("克林顿", ["总统"])]),
    ("以色列总统今天发表讲话。", []),                      # a country before the title
    # … or a speech verb after them; a country or a capital that speaks is no person
    ("会后，布莱克说，合作前景广阔。", [("布莱克", [])]),
    # two characters that are no word, or an adverb before the speech verb
    ("恩佐说，两国建交是一件大事。", [("恩佐", [])]),
    ("库克还表示，英国支持这一立场。", [("库克", [])]),
    ("马路说明了问题。", []),
    ("伊拉克表示，将与核查人员合作。", []),
    ("莫斯科说，双方已达成一致。", []),
    ("获奖者丹尼尔·麦克法登教授作报告。", [("丹尼尔·麦克法登", ["教授"])]),  # a part of a dotted name
    # after a title, a run may also end before any word no word runs across; a rare noun may be a name
    ("代表团由议长萨迪里博士率领。", [("萨迪里", ["议长"])]),
    ("新任外长利维本周将出访。", [("利维", ["新任外长"])]),
    ("外交部长莫雷诺举行记者会。", [("莫雷诺", ["外交部长"])]),
    ("该国总统康斯坦丁内斯库宣布。", [("康斯坦丁内斯库", ["该国总统"])]),
    ("课题组成员加班加点整理资料。", []),
    ("美国总统特朗普通电话时表示。", [("特朗普", ["美国总统"])]),
    # the run of transliteration characters ends before 时, 也, 的 …
    ("主席会见该国国防部长科汉时希望，两国加强合作。", [("科汉", ["该国国防部长"])]),   # a public figure ends where it ends
    # a place starting where a name would is no name, also in a list of posts; 共和国 holds its 和
    ("白俄罗斯共和国总理图尔钦、印度共和国外交部长苏杰生出席。",
     [("图尔钦", ["白俄罗斯共和国总理"]), ("苏杰生", ["印度共和国外交部长"])]),
    ("签字的有瑞典国王伊朗伊斯兰共和国总统。", []),
]


# Where a titled name ends when a character that may start the next words (同, 为) follows two.
NAME_ENDS_AT_FOLLOWERS = [
    # a military rank after the name ends it (ranks are no titles)
    ("总后勤部部长王克上将出席。", [("王克", ["总后勤部部长"])]),
    # a public figure ends before a word that runs across a longer reading (李鹏发|来), and a piece of
    # transliterated names (斯特) across its edge does not hide it
    ("国务院总理李鹏发来了慰问电。", [("李鹏", ["国务院总理"])]),
    ("马克思和恩格斯特别强调实践。", [("马克思", []), ("恩格斯", [])]),
    ("１９８７年，陈云峰高考落榜后，家里困难。", [("陈云峰", [])]),  # (云峰, a Chinese name, across 陈云's end)
    # the given name is no follower word (介绍), a weak surname before a place is a preposition (应|泰国),
    # an old man addressed by his surname is no name (栾老人), nor an adjective with 地 (殷勤地)
    ("省消防局局长长孙介绍，去年全省消防部队共出动一万次。", []),
    ("应泰国总理的邀请，代表团将访问曼谷。", []),
    ("摆脱了贫困。栾老人说：政策好。", []),
    ("人民警察又殷勤地迎来忙碌的人群。", []),
    ("他在病重期间致信党中央，郑重地表示，丧事一定从简。", []),  # (the rules' path: 郑重地 + 表示)
    ("应客人要求，副总理李岚清介绍了经济形势。", [("李岚清", ["副总理"])]),  # 应…要求: a preposition's frame
    # an adverb after a name the text names elsewhere ends it (肖强先说)
    ("肖强说，车出了问题。养路工们围了上来，肖强先说不知道。", [("肖强", [])]),
    # 不 and 最 end no given name (the name of two it leaves is the person); a person's home after a word of
    # going; a station of the dictionary
    ("离休多年的梁军不愿意回忆自己。", [("梁军", [])]),
    ("附记：记者日前来到谭彦家，探访这位病休在家的法官。", []),
    ("铁路分局唐山站站长李卫天出席。", [("李卫天", ["铁路分局唐山站站长"])]),
    ("全国人大常委会副委员长铁木尔·达瓦买提出席了大会。", [("铁木尔·达瓦买提", ["全国人大常委会副委员长"])]),
    # 等 and a count of persons: the name is one of them
    ("周瑶等10名学生获得校长奖学金。", [("周瑶", [])]),
    # 致 + a speech or a letter, 则, 便 follow a name (followers), not a third given character
    ("最后，辅导员苏彤致闭幕词。", [("苏彤", ["辅导员"])]),
    ("学院辅导员王爽则倍感鼓舞。", [("王爽", ["学院辅导员"])]),
    # a surname + 家 (a family: 李家, 黄金) of the dictionary heads a three-character name after a title
    ("特区行政长官李家超转达了慰问。", [("李家超", ["特区行政长官"])]),
    ("书记黄金华转达了问候。", [("黄金华", ["书记"])]),
    # a name the scorer finds right after a title (其 rarely ends a given name's first character) has it
    ("会议由风景园林学院院长陈其兵主持。", [("陈其兵", ["风景园林学院院长"])]),
    ("民众在位于东京的首相官邸前举行集会。", []),
    ("项目经理孔祥同介绍说，工程进展顺利。", [("孔祥同", ["项目经理"])]),
    ("局长王平在会上指出，要抓好落实。", [("王平", ["局长"])]),
    ("局长王平同记者交谈。", [("王平", ["局长"])]),
    ("副院长姚君为“先进个人”颁奖。", [("姚君", ["副院长"])]),
    # a form of address after a name at a clause start, where the scorer finds the name likely
    ("这次比赛由张锐老师指导。", [("张锐", [])]),
    ("好老师应该是智慧型老师。", []),
    ("为排除故障，凌晨了老师们还在忙碌。", []),
    ("组长宣读了表彰决定。", []),
]



# A surname and a title alone: a second mention of the one person it fits, else a person as written.
BARE_FORMS = [
    ("院长高志远出席。高院长强调，要抓落实。", [("高志远", ["院长"], ["高志远", "高院长"])]),
    ("副行长司马云飞主持。司马行长要求抓落实。", [("司马云飞", ["副行长"], ["司马云飞", "司马行长"])]),
    ("会上，王书记强调，要抓落实。", [("王书记", ["书记"], ["王书记"])]),
    ("在张局长的带领下，大家干劲十足。", [("张局长", ["局长"], ["张局长"])]),
    # the title written after the name counts as the title before does
    ("纪念毛泽东主席诞辰。毛主席的教导深入人心。", [("毛泽东", ["主席"], ["毛泽东", "毛主席"])]),
    # a given name and 同志: the person of the text with that given name, else the public figure
    ("县长王建军出席。建军同志强调，要抓好落实。", [("王建军", ["县长"], ["王建军", "建军"])]),
    ("小平同志指出，发展才是硬道理。", [("邓小平", [], ["小平"])]),
    ("邓小平同志指出，发展才是硬道理。", [("邓小平", [], ["邓小平"])]),
    ("县长王建军和副县长李建军出席。建军同志强调，要抓好落实。",
     [("王建军", ["县长"], ["王建军"]), ("李建军", ["副县长"], ["李建军"])]),
    ("向全体同志致以问候。", []),
    # a 、-list closed by (等)同志: every item of a name's shape is a person
    ("初派史建、杨少桥、时逸之等同志开展工作。", [("史建", [], ["史建"]), ("杨少桥", [], ["杨少桥"]), ("时逸之", [], ["时逸之"])]),
    ("向全体党员、干部同志致以问候。", []),
    # items "place + name" of a list of results: persons when two or more stand in one sentence
    ("依次是：广东吕钦（2559分）、黑龙江赵国荣（2550分）。", [("吕钦", [], ["吕钦"]), ("赵国荣", [], ["赵国荣"])]),
    ("成绩如下：美国克拉博格、加拿大沃尔斯费尔德、德国特洛克。",
     [("克拉博格", [], ["克拉博格"]), ("沃尔斯费尔德", [], ["沃尔斯费尔德"]), ("特洛克", [], ["特洛克"])]),
    ("它与浙江良渚、陕西石峁、山西陶寺、河南二里头等遗址齐名。", []),
    ("先后考察了江苏南京、浙江杭州。", []),
    ("重庆南开（融侨）中学、天津南开中学。", []),
    # two persons it could be: none of them
    ("局长王平和副局长王强出席。王局长指出，要加强。", [("王平", ["局长"], ["王平"]), ("王强", ["副局长"], ["王强"])]),
    # no surname + title: a word crossing the title's end, a dictionary word, a title's own start
    ("全市长效机制建设稳步推进。", []),
    ("他从学徒干起，如今是班组长。", []),
    ("党委书记李明出席。", [("李明", ["党委书记"], ["李明"])]),
    # a surname that is far more often a function word: 任 (serve as), 应 (at the request of)
    ("后调建委，任副局长，后任部长。", []),
    # the last character of a unit's name before its head's title is no surname
    ("国际合作司司长魏晓威表示欢迎。", [("魏晓威", ["国际合作司司长"], ["魏晓威"])]),
    ("应局长要求，大家依次发言。", []),
    ("会上，向谢书记汇报了进展。", [("谢书记", ["书记"], ["谢书记"])]),
    # after a preposition or particle, and before any word, where no word runs across either edge
    ("展柜里陈列着周总理的亲笔题词。", [("周总理", ["总理"], ["周总理"])]),
    ("大家从马校长手中接过了证书。", [("马校长", ["校长"], ["马校长"])]),
    ("会上，白市长一锤定音。", [("白市长", ["市长"], ["白市长"])]),
    # a form that is also a dictionary word (江主席) is still a surname and a title
    ("村民们向江主席反映了情况。", [("江主席", ["主席"], ["江主席"])]),
    # a common word before a surname and a title: that word and the bare form, no name 学习万, 纪念江 (纪念 is
    # a noun of the dictionary, after which no bare form is taken either)
    ("学习万书记的讲话精神。", [("万书记", ["书记"], ["万书记"])]),
    ("纪念江主席讲话三周年座谈会举行。", []),
    # no surname: a word across the edge, a noun or a content word before, a level that ends a place
    ("高校长期坚持开放办学。", []),
    ("国家要提高校长待遇。", []),
    ("家庭医生团队里有护士、公卫医师。", []),
    ("签约仪式在禾阳市举行，禾阳市委副书记出席。", []),
]


@pytest.mark.parametrize(("text", "expected"), BARE_FORMS, ids=[c[0][:12] for c in BARE_FORMS])
def test_surname_and_title_alone(text, expected):
    got = [(o["name"], o["titles"], [text[m["start"]:m["end"]] for m in o["mentions"]])
           for o in extract_officials(text)]
    assert got == expected


# Persons every official text names without introducing them (public_figures.txt), where they stand
# as a person: not inside a longer name, a word, a doctrine or a unit named after them.
PUBLIC_FIGURES = [
    # names run together where a layout space was lost (a caption, a list of leaders)
    ("毛泽东周恩来朱德在延安", [("毛泽东", 1), ("周恩来", 1), ("朱德", 1)]),
    # world leaders and figures of history, with no title or follower around them
    ("据报道，普京当天签署了这项法令。", [("普京", 1)]),
    # a function word after the figure ends the name (关羽|要); a character that may go on a name does not
    ("剧中，关羽要扶保汉室。", [("关羽", 1)]),
    # a title after the figure outweighs a word across its left edge (落实|习近平: 实习)
    ("深入贯彻落实习近平总书记重要讲话精神。", [("习近平", 1)]),
    ("要倡导健康生活方式。", []),
    ("陈云森同学获奖。", [("陈云森", 1)]),
    ("要学习包拯、海瑞等清官的品格。", [("包拯", 1), ("海瑞", 1)]),
    ("展览介绍了爱因斯坦和居里夫人的生平。", [("爱因斯坦", 1)]),
    # a part of a dotted name is no public figure of its own: the whole name is the person
    ("当天，艾伦·卡特在发布会上回答了提问。", [("艾伦·卡特", 1)]),
    # a public figure wins over a reading the rules made of part of it, not over a longer name
    ("日本首相高市早苗发表讲话。", [("高市早苗", 1)]),
    ("副县长李鹏飞出席会议。", [("李鹏飞", 1)]),
    ("各地广泛开展学习雷锋志愿服务活动。", [("雷锋", 1)]),
    ("展览回顾了焦裕禄在兰考工作的日日夜夜。", [("焦裕禄", 1)]),
    ("毛泽东和周恩来在这里会见了各界代表。", [("毛泽东", 1), ("周恩来", 1)]),
    ("倡导文明健康生活方式。", []),
    ("陈云森同学讲解了实验步骤。", [("陈云森", 1)]),
    ("她在周恩来政府管理学院任教。", []),
    ("海外又一所孔子学院正式揭牌。", []),
    ("集会在拉宾广场一带举行。", []),
    ("航班从里根国家机场起飞。", []),
    ("深入学习贯彻习近平新时代中国特色社会主义思想。", []),
    ("坚持以习近平同志为核心的党中央的集中统一领导。", [("习近平", 1)]),
]


@pytest.mark.parametrize(("text", "expected"), PUBLIC_FIGURES, ids=[c[0][:12] for c in PUBLIC_FIGURES])
def test_public_figures(text, expected):
    assert [(o["name"], len(o["mentions"])) for o in extract_officials(text)] == expected


def test_a_title_after_the_name_is_not_repeated_as_its_core():
    text = "中国科学院院士、化学学院院长陈军出席。陈军院士指出，要加强基础研究。"
    assert [(o["name"], o["titles"]) for o in extract_officials(text)] == [
        ("陈军", ["中国科学院院士", "化学学院院长"])]


# Tibetan names (no surname) right after a title.
TIBETAN = [
    ("民政部部长多吉才让在会上讲话。", [("多吉才让", ["民政部部长"])]),
    ("自治区党委副书记扎西次仁主持会议。", [("扎西次仁", ["自治区党委副书记"])]),
    ("牧民们唱起了扎西德勒。", []),
    ("自治区政府副主席泽仁桑珠介绍了灾情。", [("泽仁桑珠", ["自治区政府副主席"])]),
    # Mongolian names, of parts of two or three characters
    ("自治区副主席巴特尔出席会议。", [("巴特尔", ["自治区副主席"])]),
    ("旗委书记乌云其木格主持会议。", [("乌云其木格", ["旗委书记"])]),
    ("苏木达那顺孟和讲话。", []),
]



# Where a title chain stops and where a word swallows the "name" after a title.
CHAIN_AND_WORDS = [
    # an earlier piece of the chain holds another person's name and title
    ("大学学院杜黎明教授、旅游学院院长吴小莉出席。", [("杜黎明", ["教授"]), ("吴小莉", ["旅游学院院长"])]),
    ("市委常委、宣传部长陈雪嵘出席。", [("陈雪嵘", ["市委常委", "宣传部长"])]),
    # a word that starts in the title and covers the whole "name" (长安街, 长沙市); 长江 covers 江 only
    ("他来到大东区长安街社区。", []),
    ("他出生于湖南省长沙市。", []),
    ("副市长江雪梅出席。", [("江雪梅", ["副市长"])]),
]



def test_public_figure_takes_the_title_before_it():
    # the rules take no name here (又 is no given name to them); the title before is still bound
    assert [(o["name"], o["titles"]) for o in extract_officials("中央军委副主席张又侠出席。")] == [
        ("张又侠", ["中央军委副主席"])]


# Places abroad (world_places.txt) and doctrines named after a person are no persons.
PLACES_AND_DOCTRINES = [
    ("代表团抵达莫斯科，随后前往圣彼得堡。", []),
    ("双方在哈尔科夫和扎波罗热方向交火。", []),
    ("哈马斯指责对方违反停火协议。", []),                 # a body, not a person (known_units.txt)
    # a frequent two-character person entry of jieba's dictionary is a word (jieba took 道德 for a name)
    ("法律、纪律、作风、道德等方面的要求。", []),
    # a pronoun is never part of a name
    ("国家主席致电该国总统，祝贺他当选连任。", []),
    ("货轮正在通过苏伊士运河。", []),
    # a common word across a scored name's edge takes its character (师德|建设, 教|师晋升) — unless a
    # list's end or a follower comes next (冉瑞平|等, 董建华|表示)
    ("要完善师德建设制度，打造一批师德标兵。", []),
    # a two-character word of the dictionary is no untitled name (with a title it may be: 副市长文明)
    ("树立一种不腐不贪、保持廉洁就是好干部的标准。", []),
    ("王成龙、邓维杰、冉瑞平等专家分别发言。", [("王成龙", 1), ("邓维杰", 1), ("冉瑞平", 1)]),
    # a one-character follower inside the word does not save the reading (校长刘浩谈|到: 谈到)
    ("天津南开中学校长刘浩谈到，学校因国难而生。", [("刘浩", 1)]),
    # a transliterated name's first two characters are no family name (施特劳斯 … 施特凡尼大厅)
    ("乐团演奏了施特劳斯的作品。施特凡尼大厅座无虚席。", [("施特劳斯", 1)]),
    # in a text about sides (中方, 双方), a short form and 方 is a side (巴方, 汤方愿), not 李方明
    ("汤方愿同中方拓展经贸合作。", []),
    ("双方会谈后，巴方表示不会接受。", []),
    ("双方签署协议。李方明说，很好。", [("李方明", 1)]),
    # a word jieba lists as a person, with a rare surname, needs the scorer (师生代表); 王平 keeps its surname's weight
    ("各学科负责人以及师生代表共计百余人参加。", []),
    ("团队师生兵分两路，分赴各县。", []),
    ("会上，王平表示要抓好落实。", [("王平", 1)]),
    ("从画展开幕起，玛丽娜已经是我们的义务翻译了。玛丽娜说，很高兴。", [("玛丽娜", 2)]),
    # a weak surname before a place is the preposition before it
    ("我们愿继续向贝宁提供援助。", []),
    ("要高举邓小平理论伟大旗帜。", []),
    # a leader's administration names the leader; an institute named after a person does not
    ("克林顿政府起先不敢贸然行动。", [("克林顿", 1)]),
    ("孔子学院举行开学典礼。", []),
    ("马克思学院的王老师对本次改革表示肯定。", []),
    ("坚持马克思主义基本原理。", []),
    # the person is still a person where no doctrine follows
    ("邓小平同志指出，发展才是硬道理。坚持邓小平理论。", [("邓小平", 1)]),
]


@pytest.mark.parametrize(("text", "expected"), PLACES_AND_DOCTRINES, ids=[c[0][:12] for c in PLACES_AND_DOCTRINES])
def test_places_abroad_and_doctrines(text, expected):
    assert [(o["name"], len(o["mentions"])) for o in extract_officials(text)] == expected


# A title after a name at a clause start; a conjunction that is also a surname; a place and its head.
TITLE_AFTER = [
    ("下午张建国书记和李明远局长一同到村里调研。", [("张建国", ["书记"]), ("李明远", ["局长"])]),
    ("会上，孙立平主任通报了有关情况。", [("孙立平", ["主任"])]),
    # the scorer weighs a title after a name little: a name likely standing alone, or a person entry of
    # jieba's, at a clause start before a title is a person
    ("会上，王明副市长指出，要抓好落实。", [("王明", ["副市长"])]),
    ("颁奖仪式上，赵超副书记宣读了表彰决定。", [("赵超", ["副书记"])]),
    ("会上，全体副市长出席。", []),
    ("评价了周文海先生和秦惠芳女士的贡献。", [("周文海", []), ("秦惠芳", [])]),
    ("副县长向东指出，要抓好落实。", [("向东", ["副县长"])]),
    ("沙溪镇长王平出席。", [("王平", ["沙溪镇长"])]),
    ("金山镇长到村里调研。", []),
    ("张家港市长热线开通以来受理诉求百余件。", []),
    # a weak surname (和, 于, 向) read as part of a word: no person
    ("选出新一届人大代表和政府领导人。", []),
    ("部长于去年退休。", []),
    # a surname character before one of the commonest words is no name, except as a list item
    ("要扩大高水平对外开放。", []),
    ("加强研究阐释，向世界介绍真实的中国。", []),
    ("出席的有焦林义、王全国、张根生。", [("焦林义", []), ("王全国", []), ("张根生", [])]),
    ("崛起一批高档次、高水平的骨干企业。", []),
    # a verb or adjective of the dictionary at a three-character candidate's head: that word and more
    ("全县进一步巩固其作为产粮大县的地位。", []),
    # a three-character noun or place of the dictionary is no name the scorer may take
    ("第九届全运会落幕不久，各队开始备战。", []),
    ("石油输出国组织（欧佩克）原油平均价降至新低。", []),
    # a name alone on its line (an author line) needs only the list threshold
    ("正文到此。\n蔡立文\n", [("蔡立文", [])]),
    # a three-character name jieba knows is not cut before a word it could start
    ("国家主席习近平复信青年汉学家。", [("习近平", ["国家主席"])]),
    ("主任于近期到村里调研。", []),
    ("主任于建国说，要抓好落实。", [("于建国", ["主任"])]),
    ("县长于立东主持会议。", [("于立东", ["县长"])]),
    # after a unit's name, with the title after the name (the unit is no title of theirs)
    ("省发改委郑立群副主任介绍了有关情况。", [("郑立群", ["副主任"])]),
    ("县人社局胡晓敏局长一行到企业走访。", [("胡晓敏", ["局长"])]),
    ("市教育局高中科长期缺人。", []),
    ("县林草局副局长邹平出席。", [("邹平", ["县林草局副局长"])]),
    # after a unit's name, before a speech verb: the unit's speaker
    ("禾阳县综合执法局颜鲲表示，将依法处理。", [("颜鲲", [])]),
    ("县统计局数据表示增长。", []),
    # the last given character does not start a longer title (何宇|副教授, not 何宇副 + 教授)
    ("文学院邵宇副教授作报告。", [("邵宇", ["副教授"])]),
]


# Names with ·: every part, also in a 、-list.
DOTTED_NAMES = [
    # known parts of Uyghur and Kazakh names carry a dotted name on (不 and 都 end no name here)
    ("自治区政协主席努尔兰·阿不都满金，新疆代表团出席。", [("努尔兰·阿不都满金", ["自治区政协主席"])]),
    ("大会主席穆罕默德·纳瓦兹·谢里夫宣读了决议。", [("穆罕默德·纳瓦兹·谢里夫", ["大会主席"])]),
    ("出席的有蒋文华、阿不都·热合曼、周立新。", [("蒋文华", []), ("阿不都·热合曼", []), ("周立新", [])]),
    ("委员有毕国强、吐尔逊·艾买提（维吾尔族）、朱正平。",
     [("毕国强", []), ("吐尔逊·艾买提", []), ("朱正平", [])]),
    ("热依拉·艾力说，要注意防寒保暖。", [("热依拉·艾力", [])]),
    # a dotted name's last part ends before a common word or a function character
    ("议长萨米尔·哈达德结束对中国的访问。", [("萨米尔·哈达德", ["议长"])]),
    ("正如总理莎莉娜·哈西所希望的那样。", [("莎莉娜·哈西", ["总理"])]),
    # one character between two dots or before one after a title (本·, 贝·); a word may end the last part
    ("秘书长哈立德·本·萨义德·穆斯塔法提交了报告。", [("哈立德·本·萨义德·穆斯塔法", ["秘书长"])]),
    ("前总理贝·萨拉赫和她的丈夫出席。", [("贝·萨拉赫", ["前总理"])]),
    # a person known by one part is the whole dotted name where that part stands in one, and, as the one
    # person whose first part it is, where it stands alone (罗莎说: a mention of 罗莎·桑迪)
    ("罗莎说，她同意参选。前议长阿曼·桑迪的女儿罗莎·桑迪决定参选。",
     [("罗莎·桑迪", []), ("阿曼·桑迪", ["前议长"])]),
    ("教授彼得·劳森编纂的词典出版。", [("彼得·劳森", ["教授"])]),
    # the last part written alone later is the same person; a part inside the whole is no mention of its own
    ("外交大臣彼得·科斯特表示欢迎。科斯特强调，双方要加强合作。", [("彼得·科斯特", ["外交大臣"])]),
    ("副外长罗莎·格兰当选外长。格兰同日宣布，将访问亚洲。", [("罗莎·格兰", ["副外长"])]),
    ("总统致电保罗·比亚表示祝贺。我愿同比亚总统一道努力。", [("保罗·比亚", ["总统"])]),  # its title after the part
    # the family name of a Japanese name written alone later is the same person, never a word's start
    ("日本首相高市早苗发表言论。人士表示，高市的言论越界。", [("高市早苗", ["日本首相"])]),
    # two persons end so: the part alone could be either
    ("总理拉吉夫·甘地和议长索尼亚·甘地出席。甘地家族影响很大。", [("拉吉夫·甘地", ["总理"]), ("索尼亚·甘地", ["议长"])]),
]


# Where a title chain starts on its left: a date, a speech verb or 致函 ends it; 将 is no rank.
CHAIN_STARTS = [
    # 时任, 现任 ("then", "now serving as") and a time (调研期间) are no part of the title
    ("1938年，时任四川省政府主席张群来校视察。", [("张群", ["四川省政府主席"])]),
    ("在都江堰校区调研期间副校长朱庆指出，要抓好落实。", [("朱庆", ["副校长"])]),
    # 应 ("at the invitation of") ends a chain, not inside 应急; a number's classifier stays out
    ("应国家主席习近平邀请，总统将访华。", [("习近平", ["国家主席"])]),
    ("市应急管理局局长王强出席。", [("王强", ["市应急管理局局长"])]),
    ("电力学院2019级专职辅导员王贝贝说，要抓好落实。", [("王贝贝", ["专职辅导员"])]),
    # a signature line: the title, one space, the name
    ("——马克思主义学院党委书记 刘振宇", [("刘振宇", ["马克思主义学院党委书记"])]),
    # titles of students, soldiers, villages and the Hong Kong government
    ("会议由班长岳严主持。", [("岳严", ["班长"])]),
    ("营长刘德胜带领官兵完成了任务。", [("刘德胜", ["营长"])]),
    ("村长王有福说，今年收成好。", [("王有福", ["村长"])]),
    ("部长助理李明出席会议。", [("李明", ["部长助理"])]),
    # a title right before a full name is that name's, no surname + title of its own (班 | 团支书)
    ("第六期培养班团支书贺唯玮认为，要学以致用。", [("贺唯玮", ["第六期培养班团支书"])]),
    ("常驻代表团21日致函联合国秘书长古特雷斯。", [("古特雷斯", ["联合国秘书长"])]),
    ("会上强调市长周海涛要亲自抓。", [("周海涛", ["市长"])]),
    ("县委组织部干部科副科长韦立出席。", [("韦立", ["县委组织部干部科副科长"])]),
    ("在贺电中将两国友谊放在首位。", []),
    ("某国总统克罗纳20日发表讲话。", [("克罗纳", ["某国总统"])]),
    # a public figure's title after the name is no title of what follows (总书记|战疫)
    ("全校积极响应习近平总书记战疫生产两手抓的号召。", [("习近平", ["总书记"])]),
    # a demonstrative or a dateline's 讯 is no part of the title; a particle is no given name
    ("据说这位新总统曾有过几次改革尝试。", []),
    # a one-character stop inside a word of the unit's name is none (经济, 财经); 我校 and 针对 are stops
    ("禾阳经济开发区管理委员会副主任张勇军出席。", [("张勇军", ["禾阳经济开发区管理委员会副主任"])]),
    ("西南财经大学科研处处长周明山出席。", [("周明山", ["西南财经大学科研处处长"])]),
    ("马克思主义学院院长赵晓霞讲话。", [("赵晓霞", ["马克思主义学院院长"])]),
    ("我校党委书记庄天明讲话。", [("庄天明", ["党委书记"])]),
    ("针对该国总统克罗纳的言论，他表示反对。", [("克罗纳", ["该国总统"])]),
    ("局长王平和副局长王强出席。", [("王平", ["局长"]), ("王强", ["副局长"])]),
    # after a title: 和 is the conjunction; a noun, a body or a word across the end is no name
    ("普林斯顿大学终身正教授和最年轻的院士出席。", []),
    ("土木工程专业系主任毕业生代表发言。", []),
    ("团队成员荣获一等奖。", []),
    ("董事长、首席执行官和商协会代表出席。", []),
    ("经县委常委会研究，王平任副县长。", []),
    # a photo credit, 来自 and 获得 end a title on its left
    ("新华社记者谢环山摄中共中央政治局常委栗战书出席。", [("谢环山", ["新华社记者"]), ("栗战书", ["中共中央政治局常委"])]),
    ("来自食品学院党委书记曾小波老师发言。", [("曾小波", ["食品学院党委书记"])]),
    ("一项研究成果获得省长尹力批示。", [("尹力", ["省长"])]),
    ("正如主席在贺信中指出，合作起步早。", []),
    ("不断拓展教师晋升的途径和空间。", []),
    ("保持南开人的精神底色。", []),
    ("本报北京3月5日讯记者方长明报道：", [("方长明", ["记者"])]),
    ("县委组织部部长安立平出席并讲话。", [("安立平", ["县委组织部部长"])]),
    # entries of a name list run together: a province ends a name, a title chain stops at the last name
    ("县科协主席吴兆平四川省剑阁县科协主席李文明出席。",
     [("吴兆平", ["县科协主席"]), ("李文明", ["四川省剑阁县科协主席"])]),
    ("儿科副主任魏瑞宁夏回族自治区话剧团演员黄精一出席。",
     [("魏瑞", ["儿科副主任"]), ("黄精一", ["宁夏回族自治区话剧团演员"])]),
    (">市副市长朱丽出席。", [("朱丽", ["市副市长"])]),
    ("会议通过华辰公司总经理李佳怡的提议。", [("李佳怡", ["华辰公司总经理"])]),
]


# A role or occupation before a name places it (no title bound); the scorer must find it likely.
ROLES = [
    ("女棋手、国际大师许昱华以四胜三平积五分。", [("许昱华", [])]),
    ("作案的三名犯罪嫌疑人全部抓获。", []),
    ("民警高度负责的精神值得学习。", []),
    # a word naming a person's group places a name as a role does (person_groups.txt); a form of
    # address is no given name, a common word no name's head
    ("学院本科生钮子乐说，活动很有意义。", [("钮子乐", [])]),
    ("其中毕业生牛立说，感谢母校。", [("牛立", [])]),
    # one of a group speaks for it (学生代表, 新生班主任代表); 代表 after a name is the verb
    ("会上，学生代表杨晓超发言。", [("杨晓超", [])]),
    ("新生班主任代表秦一帆、家长代表吴敏分别发言。", [("秦一帆", ["新生班主任"]), ("吴敏", [])]),
    ("王建平代表全体党员表态。", [("王建平", [])]),
    ("深受学生爱戴。", []),
    # an honour a person is named after places a name as a group does
    ("岗位标兵刘一明发言。", [("刘一明", [])]),
    ("争当技术能手。", []),
    ("20级硕士王希远说，收获很大。", [("王希远", [])]),
    # a 、-list closed by 等 and a plural of address (等教授, 等老师) names persons
    ("如苏陀、陈晏青等教授始终坚守讲台。", [("苏陀", []), ("陈晏青", [])]),
    ("北京、上海等专家参加。", []),
]

# A place the text names before a place's head word elsewhere is no person where it stands alone; jieba's
# person entries that are qualities or words of today (和煦, 全英文) are no names.
PLACES_AND_WORDS = [
    ("队员们前往宋安湖湿地公园。现在的宋安湖是国家4A级景区。", []),
    ("清风和煦冬已逝，春色满园。", []),
    ("开设全英文授课专业。", []),
    # words inside a work's title act for nobody; a meeting is no person
    ("相声节目《成语新说》逗乐全场。", []),
    ("参加宣介会的各国使节表示，前景广阔。", []),
    ("西藏、吉林多举措促进增收。", []),  # a province and a word, no name 吉林多
    # a class's number and 班 place a name as a role does; that 班 is no surname
    ("化学工程2016-5班李一扬发言。", [("李一扬", [])]),
    ("装备工程2017-1班王起元发言。", [("王起元", [])]),
    ("队员们前往宋安湖湿地公园。宋安民说，变化很大。", [("宋安民", [])]),
    ("72岁的居民吴阿姨说，现在放心了。", []),
    # a full name before 同学, 老师, 博士, 先生, 女士 where no word runs across its start
    ("获得第一名的储珺同学回忆了初到学校的情景。", [("储珺", [])]),
    ("在校团委周昊老师的指挥下，演奏很完美。", [("周昊", [])]),
    ("由经济学院丁昭博士主持的项目获批。", [("丁昭", [])]),
    ("他讲解了张广岩校友的生平。", [("张广岩", [])]),
    ("广大校友踊跃参加。", []),
    ("首先，团支书许伟林向同学们介绍了班会主题。", [("许伟林", ["团支书"])]),  # not 林向: 同学们 is a plural
    ("感谢全体老师和同学们的支持。", []),
    ("数学老师讲了一堂课。", []),
    ("301位新同学正陆续集合。", []),
    # a transliterated name before 先生, 女士 or 博士, when no Chinese name stands there
    ("他顺着科雷先生的话说下去。", [("科雷", [])]),
    # a word across the first character and a commoner surname after it: the name of two (总计|杜明)
    ("公司人事总计杜明先生出席。", [("杜明", [])]),
    ("会计吴秀兰先生说", [("吴秀兰", [])]),
    # a kin word places a name as a role does
    ("他的老伴田秀英今年六十岁。", [("田秀英", [])]),
    ("她的女婿陈立平在外地打工。", [("陈立平", [])]),
    # a rare dictionary place of a name's shape (jieba tags 林熙蕾 nt, 万梓良 ns) is left to the scorer;
    # one that ends as a place's name stays a place
    ("影展开幕当天，林熙蕾走上了红毯。", [("林熙蕾", [])]),
    ("那天晚上，万梓良接受了采访。", [("万梓良", [])]),
    ("他们沿着苏斯河走了很久。", []),
    # a slogan's item that a name begins, beside items built alike (强农为民 beside 兴农报国)
    ("我们坚持立德树人、强农为民、兴农报国。", []),
    ("王兴、李兴出席。", [("王兴", []), ("李兴", [])]),
    # a role's verb read as a weak surname running into its object (学者|谈新冠疫情)
    ("新闻学者谈新冠疫情对就业的影响", []),
    # a country's short form and 方 in a text that names the country: a side
    ("黎巴嫩南部再遭空袭。黎方谴责这一行动。", []),
    # a place named after a person (纪念园, 铜像): no mention of the person
    ("代表团来到叶剑英纪念园参观。", []),
    # a place the text writes with its level, running on into more characters (雷波县 … 雷波|唐家山)
    ("雷波县的学生很努力。团队与雷波唐家山共同成长。", []),
    ("李明市长说。李明华表示同意。", [("李明华", [])]),
    # items of a list of persons, each after its unit's name, closed by a count of persons
    ("矿业学院王朝平、土木学院俞明香、信控学院于红霞、资源学院曾大勇四位老教授应邀作报告。",
     [("王朝平", []), ("俞明香", []), ("于红霞", []), ("曾大勇", [])]),
    ("物理学院张朝平、化学学院俞明香、信控学院于红霞两位老师发言。", [("张朝平", []), ("俞明香", []), ("于红霞", [])]),
    # a post in brackets is no by-line of names run together (卓越工程师 is no 卓越工 + 程师)
    ("矿业工程（卓越工程师）2015-5班马军强同学说，收获很大。", [("马军强", [])]),
    # 代, a rare surname: after a role or a credit's label
    ("海报设计：代云鹤", [("代云鹤", [])]),
    ("就业指导中心青年教师代龙飞介绍了情况。", [("代龙飞", [])]),
    ("日本共产党政策委员长山添拓表示反对。", [("山添拓", ["日本共产党政策委员长"])]),
    ("研究院郑作亚副总工出席。", [("郑作亚", ["副总工"])]),
    # the author of a work or a discovery places a name as a role does (当, 密 in dotted names)
    ("《国富论》作者亚当·斯密认为，分工提高效率。", [("亚当·斯密", [])]),
    ("蒸汽机的改良者詹姆斯·瓦特等都是校友。", [("詹姆斯·瓦特", [])]),
    ("这一概念的提出者王大明认为，", [("王大明", [])]),
    # a name of two after a role or a class (and 的), before a word, when the scorer finds it likely
    ("体育201801班的李杰身处抗疫一线。", [("李杰", [])]),
    ("学生周群无比钦佩地说，很受启发。", [("周群", [])]),
    ("帮助青年干部全情投入工作。", []),
    ("村民李某酒后滋事。", []),
    # the posts before an honour and its year and place are the person's (2019年四川省优秀|共青团员)
    ("校团委学生兼职副书记、2019年四川省优秀共青团员施帝斌同学谈到：", [("施帝斌", ["校团委学生兼职副书记"])]),
    # a player's rank after a name places it wherever it stands (韩国|朴正浩九段), a Japanese one too
    ("首轮比赛中，韩国朴正浩九段对日本小林正夫九段，中方王天宇七段对周文华。",
     [("朴正浩", []), ("小林正夫", []), ("王天宇", [])]),
    # entries of a list run together: a province after a name of three ends it, though a word runs across (东湖)
    ("中南林学院副教授赵思东湖南省溆浦县新华书店经理王铁生",
     [("赵思东", ["中南林学院副教授"]), ("王铁生", ["湖南省溆浦县新华书店经理"])]),
    # public figures of Hong Kong written with both surnames
    ("陈方安生对经济保持信心。", [("陈方安生", [])]),
    # a report's changed name (化名) names a person wherever it stands
    ("某银行员工成刚（化名）为他人提供了帮助。", [("成刚", [])]),
    # credits' labels (作曲：, 初审：) and a reporter's by-line in the text, its names run together
    ("初审：张三丰 复审：李思源 终审：王大明", [("张三丰", []), ("李思源", []), ("王大明", [])]),
    ("本报记者王建华李明报道：近日，", [("王建华", ["本报记者"]), ("李明", ["本报记者"])]),
    ("记者近日报道了此事。", []),
    # a unit's other name in brackets and a programme's quoted name are inside the title
    ("石岭市委党校（石岭市行政学院）经济学部副主任王晓光谈道，", [("王晓光", ["石岭市委党校（石岭市行政学院）经济学部副主任"])]),
    ("第三期“青禾工程”培养班团支书贺明认为：", [("贺明", ["“青禾工程”培养班团支书"])]),
    ("王丽（女）副主任李明出席", [("王丽", []), ("李明", ["副主任"])]),
    ("全国土地资源管理院长（系主任）联席会会长欧明豪致辞", [("欧明豪", ["全国土地资源管理院长（系主任）联席会会长"])]),
    # a member of a team is no post, though the name is placed (audits 11-12)
    ("志愿服务队成员祁华凯为各个小组分配任务。", [("祁华凯", [])]),
    ("领导小组成员王明出席。", [("王明", ["领导小组成员"])]),
    # a name the text writes before a level or a company's head elsewhere is that place's or company's; the end of a
    # longer place is no name; things counted by their classifier are no persons
    ("这就是石岭县鄢家河村。如今，在鄢家河，不比谁家钱多。", []),
    ("比赛由足协和阿迪达斯公司主办。阿迪达斯还赞助了学校。", []),
    ("班轮定期通航首都布宜诺斯艾利斯和智利。", []),
    ("考古人员发现了两座陶窑。陶窑在河边。", []),
    ("夏洛特市长莱尔斯表示反对。", [("莱尔斯", ["夏洛特市长"])]),
    # after a title, words that go on with its clause (任上) and 时 ("when") before a follower are no name
    ("他在会见政府部长时作上述表示。", []),
    ("从政协主席任上退下来的方秉钧表示，", [("方秉钧", [])]),
    ("总经理时建国表示同意。", [("时建国", ["总经理"])]),
    ("他回国任总统卫士长。", []),
    # a role that a title's last characters begin covers the "name" (教育部长|江学者: 长江学者)
    ("特邀青禾大学教授、教育部长江学者、学科评议组成员柯明作报告。", [("柯明", ["青禾大学教授", "学科评议组成员"])]),
    # a role or an honour between the posts of a chain is skipped, the chain goes on before it
    ("石岭研究院院长、青禾数学校友、校友会副会长樊建明出席。", [("樊建明", ["石岭研究院院长", "校友会副会长"])]),
    # 与 inside a group's name before its head's title
    ("校党委副书记、学生奖励与资助工作评审领导小组组长张强主持会议。",
     [("张强", ["校党委副书记", "学生奖励与资助工作评审领导小组组长"])]),
    # a by-line's names after its role, though one of them scores low (王家乐: 王家 a family)
    ("（通讯员王家乐王凤箫）10月30日，学院举办讲座。", [("王家乐", ["通讯员"]), ("王凤箫", ["通讯员"])]),
    # names after credits' labels, also run together
    ("策划：储学军统筹：车玉明主笔：王子晖", [("储学军", []), ("车玉明", []), ("王子晖", [])]),
    ("执行：汤丹鹭王子晖主笔：李明", [("汤丹鹭", []), ("王子晖", []), ("李明", [])]),
    # a royal name after its title, a consort's after 王后
    ("泰国国王哇集拉隆功表示，将同中方合作。仪式为哇集拉隆功和王后素提达举行。",
     [("哇集拉隆功", ["泰国国王"]), ("素提达", [])]),
    # 时 ("when") before a follower ends a name of two; a verb of holding an event stops a title's run; a cohort
    # between two posts of a chain
    ("何立峰会见美国某集团高级顾问艾伦时指出，双方应加强合作。", [("何立峰", []), ("艾伦", ["美国某集团高级顾问"])]),
    ("总经理王时表示同意", [("王时", ["总经理"])]),
    ("机电学院举办青禾大学讲师梁昆博士学术报告会", [("梁昆", ["青禾大学讲师"])]),
    ("院团委书记、2019级辅导员于海霞老师主持活动", [("于海霞", ["院团委书记", "辅导员"])]),
    ("交易中心耿继进教授级高工、农业大学朱道林教授出席。", [("耿继进", ["教授级高工"]), ("朱道林", ["教授"])]),
    # capitals of an abbreviation inside a title's unit (SK集团AI委员会, 饲料BU总裁)
    ("青禾大学与韩国SK集团AI委员会委员长安炫签署协议", [("安炫", ["韩国SK集团AI委员会委员长"])]),
    ("公司副总裁、饲料BU总裁韩继涛出席。", [("韩继涛", ["公司副总裁", "饲料BU总裁"])]),
    ("会见John教授李明", [("李明", ["教授"])]),
    # rare surnames after a role (郄, 冒, 冮 …); 业主, 当事人 as groups
    ("新华社东京电（记者郄霜涛）每到冬季，", [("郄霜涛", ["记者"])]),
    ("业主胡水元被处以罚款。", [("胡水元", [])]),
    # a transliterated name after a role that a country stands before, though it does not look foreign by itself
    ("呼声甚高的澳大利亚选手莱利在前70米一直领先。", [("莱利", [])]),
    ("学院老师夸赞他们。", []),
    # 和 joining two bodies of one kind before their title; not two bodies of different kinds
    ("伦敦帝国学院和国王学院荣誉教授王明做客。", [("王明", ["伦敦帝国学院和国王学院荣誉教授"])]),
    ("代表学校与三台县副县长汪楠签约。", [("汪楠", ["三台县副县长"])]),
    # an author's line alone between a headline and the text, a rare surname too; a line of words is none
    ("失业难题困扰某国\n果永毅\n“年关难过”，辞旧迎新之际。", [("果永毅", [])]),
    ("通知\n公告栏\n内容如下", []),
    # a drawing's or an excerpt's credit closes a by-line (杨崇南绘: no 南绘)
    ("喜迎春（图片）\n（杨崇南绘）", [("杨崇南", [])]),
    # a public figure of three runs into no longer name (陈水扁|牢号); a kind named after one is no mention (黄大年式)
    ("陈水扁牢号曝光", [("陈水扁", [])]),
    ("全国高校黄大年式教师团队", []),
    # 就 ("regarding") opening a clause before a title is no part of it; inside 就业 or 招就处 it is
    ("他致函秘书长，就日本首相高市早苗的言行阐明立场。", [("高市早苗", ["日本首相"])]),
    ("就业指导中心主任王明出席", [("王明", ["就业指导中心主任"])]),
    ("学校招就处处长杜彬出席", [("杜彬", ["学校招就处处长"])]),
    # 这/那 end no name (盛赞|这是); 党小组长 a title (no 党小 + 组长)
    ("驻京部队的干部战士盛赞这是一部优秀作品。", []),
    ("他当过车间主任、党小组长，有的是大专毕业生。", []),
    # after a title, a name of three jieba knows though its first two characters are a word (万国|权)
    ("全国政协副主席万国权兴致勃勃地参加了活动。", [("万国权", ["全国政协副主席"])]),
    # a name one is likened to (像…这样), when the scorer finds it likely standing alone
    ("像吴晓敏这样的志愿者越来越多。", [("吴晓敏", [])]),
    ("像黄河这样的大河", []),
    ("像石榴这样的水果", []),
    # a champion or a noted player places a name as a role does
    ("奥运冠军刘国梁不敌全国冠军张勇，以1∶3失利。", [("刘国梁", []), ("张勇", [])]),
    ("获得冠军后他说", []),
    # a school's board member is a post, and the chain goes on past it
    ("石岭科技总裁、青禾大学终身校董、1988级数学系校友周海明出席。", [("周海明", ["石岭科技总裁", "青禾大学终身校董"])]),
    # a name joined by 与/和/同 to a person found, a little less likely alone (JOINED_THRESHOLD 0.25)
    ("院士杨士莪与王鸿樟合著《声学原理》。", [("杨士莪", ["院士"]), ("王鸿樟", [])]),
    # a town before its port or oil works (place_heads.txt)
    ("乌方称，夜间对俄边疆区的图阿普谢炼油厂及相关设施进行了打击。俄方应急部门2日称，图阿普谢港遭无人机袭击，两艘船只受损。",
     []),
    ("王安娜女士出席。", [("王安娜", [])]),
    ("不悖严老先生办教育之意。", []),
    # a name after 叫 / 名叫, before 的 or punctuation
    ("一位进藏多年叫刘明的老书记又回到了高原。", [("刘明", [])]),
    ("这个小女孩叫张金金，是三年级学生。", [("张金金", [])]),
    ("上级叫停了这个项目。", []),
    ("这个村子叫高家庄。", []),
    ("后王家村的党员王爱花，从阅报栏上看到了信息。", [("王爱花", [])]),
    ("党员带头，群众跟进。", []),
    ("原告白冰冰的律师表示将上诉。", [("白冰冰", [])]),
    # a body of the dictionary speaks, no person (欧委会认为); a unit's last character is no surname (外资司|周欣)
    ("欧委会认为，目前尚不能恢复出口。", []),
    ("国家计委外资司周欣来信写道，", []),
    ("他把情况向清廷进行了汇报。", []),
    # a name of three whose last character is an adverb that begins what follows: the name of two
    ("在外贸公司工作的于澄则更加郁闷。", [("于澄", [])]),
    ("受害人张平不负责任。", [("张平", [])]),  # a preposition surname and a common noun: 向 + 清廷, no name
    ("他分享了研究生毕业时的经验。", []),
    ("镇村干部包片、包村、包田块。", []),
    # a transliterated name after a role, taken whole (a name with dots whole or not at all)
    ("比赛中，挪威选手索尔海姆名列第三。", [("索尔海姆", [])]),
    ("司机保罗·德萨维尔开车送他们到机场。", [("保罗·德萨维尔", [])]),
]


# Every table above whose rows are (text, [(name, titles)]): one check.
TITLED_TABLES = {"name-ends": NAME_ENDS, "bylines": BYLINES, "titled-foreign": TITLED_FOREIGN,
                 "places-and-words": PLACES_AND_WORDS, "title-after": TITLE_AFTER, "dotted": DOTTED_NAMES,
                 "chain-starts": CHAIN_STARTS, "roles": ROLES, "ends-at-followers": NAME_ENDS_AT_FOLLOWERS, "tibetan": TIBETAN, "chain-and-words": CHAIN_AND_WORDS}
TITLED_CASES = [(group, text, expected) for group, rows in TITLED_TABLES.items() for text, expected in rows]


@pytest.mark.parametrize(("group", "text", "expected"), TITLED_CASES,
                         ids=[f"{g}-{t[:12]}" for g, t, _ in TITLED_CASES])
def test_officials_and_their_titles(group, text, expected):
    assert [(o["name"], o["titles"]) for o in extract_officials(text)] == expected


def test_list_items_past_asides():
    text = "甲、乙（女）、丙"
    assert names._next_item(text, 1) == 2
    assert names._next_item(text, 3) == 7
    assert names._next_item(text, 8) is None
    assert names._previous_item(text, 7) == 3
    assert names._previous_item(text, 2) == 1
    assert names._previous_item(text, 0) is None


@pytest.mark.parametrize(("text", "expected"), BARE_NAMES, ids=[c[0][:12] for c in BARE_NAMES])
def test_bare_names_found(text, expected):
    assert found(text) == expected
    assert [o["name"] for o in extract_officials(text)] == expected


@pytest.mark.parametrize("text", NOT_NAMES, ids=[t[:12] for t in NOT_NAMES])
def test_traps_are_no_persons(text):
    assert found(text) == []
    assert extract_officials(text) == []


# Words jieba's dictionary lists as persons' names, retagged by user_dict.txt: no person in the output
# (the scorer alone may still rate one high, 夏令营; the officials extractor drops nouns of the dictionary).
RETAGGED_WORDS = [
    "请同学们及时关注各高校的夏令营通知。",
    "按照市委要求，周密部署，扎实推进。",
    "舰长向司令员敬礼，接过命令状。",
    "比赛共产生二十枚金牌。马拉松竞走决赛上午举行。",
    "美国总统顾问、诗词大会冠军出席。",
    "这所学校实现了从专科到本科的华丽转身。",
]


@pytest.mark.parametrize("text", RETAGGED_WORDS, ids=[t[:12] for t in RETAGGED_WORDS])
def test_words_listed_as_names_by_jieba_are_no_persons(text):
    assert extract_officials(text) == []


def test_candidates_start_at_surnames_and_skip_function_words():
    assert [(s, e) for s, _, e in names.candidate_spans("由王平主持")] == [(1, 3), (1, 4)]
    assert names.candidate_spans("王的") == []                       # 的 never begins a given name
    assert (0, 2, 4) in names.candidate_spans("欧阳振东")              # compound surname + two
    assert names.candidate_spans("吴阿姨") == []                      # a form of address


def test_taken_spans_and_threshold():
    text = "会上，李晓红说，要抓好落实。"
    assert names.find_names(text, taken=[(3, 5)]) == []
    assert names.find_names(text, threshold=1.0) == []
    [n] = names.find_names(text)
    assert (n.name, n.start, n.end) == ("李晓红", 3, 6) and 0.5 < n.score <= 1.0


def test_features_are_deterministic_strings():
    ctx = names.DocContext("会上，李晓红说，要抓好落实。")
    f = names.features(ctx, 3, 1, 6)
    assert f == names.features(names.DocContext(ctx.text), 3, 1, 6)
    assert "len=12" in f and "rf=说" in f and "l=," in f


def test_model_file_is_small_and_complete():
    path = names.model_dir() / names.MODEL_NAME
    data = json.loads(path.read_text(encoding="utf-8"))
    assert path.stat().st_size < 500_000
    assert 0.0 < data["threshold"] < 1.0 and data["weights"] and isinstance(data["bias"], float)
    assert data["trained_by"] == "training/train_name_scorer.py"


def test_a_missing_model_finds_nothing(tmp_path):
    empty = names.load_model(str(tmp_path / "none.json"))
    assert names.find_names("会上，李晓红说，要抓好落实。", model=empty) == []


def test_a_name_inside_a_longer_name_is_no_mention_of_its_own():
    """科斯特 alone (科斯特强调) is a later mention of 彼得·科斯特, and no mention where it is part of the
    whole."""
    text = "外交大臣彼得·科斯特表示欢迎。科斯特强调，双方要加强合作。"
    mentions = {o["name"]: [(m["start"], m["end"]) for m in o["mentions"]] for o in extract_officials(text)}
    assert mentions == {"彼得·科斯特": [(4, 10), (15, 18)]}
