"""Officials and units: tables of sentences in bulletin style with exact expected output."""

import pytest

from nlp_pipeline import extract_document
from nlp_pipeline.extract.officials import extract_officials
from nlp_pipeline.extract.units import extract_units


def officials(text):
    return [(o["name"], o["titles"]) for o in extract_officials(text)]


OFFICIAL_CASES = [
    # chained titles split at 、
    ("市委常委、宣传部长陈雪嵘出席会议。", [("陈雪嵘", ["市委常委", "宣传部长"])]),
    ("会上，副市长、公安局局长宋文元传达了会议精神。", [("宋文元", ["副市长", "公安局局长"])]),
    # a unit before the title stays in it; 由 ends the chain
    ("会议由公安局政委沈明亮主持。", [("沈明亮", ["公安局政委"])]),
    ("镇党委书记王红星在会上强调，", [("王红星", ["镇党委书记"])]),
    ("会议由市局党组成员、纪检组长龚婷瑜主持。", [("龚婷瑜", ["市局党组成员", "纪检组长"])]),
    # 和 inside a department's name, 据 inside 数据; a preposition of the dictionary ends the chain
    ("省林业和草原局规划处处长李明出席。", [("李明", ["省林业和草原局规划处处长"])]),
    ("市政务服务和大数据管理局副局长赵刚主持。", [("赵刚", ["市政务服务和大数据管理局副局长"])]),
    ("中央党史和文献研究院院长曲一山作报告。", [("曲一山", ["中央党史和文献研究院院长"])]),
    ("根据统计局局长王刚介绍，", [("王刚", ["统计局局长"])]),
    ("对于外联部部长王刚来说，", [("王刚", ["外联部部长"])]),
    # the posts before a 、 and the unit of a rank written after the name; not another person's rank
    ("中国工程院院士、青禾农业大学张启明教授出席。", [("张启明", ["中国工程院院士", "教授"])]),
    ("感谢院长汤一茹教授、果蔬研究所王一迅副教授的指导。", [("汤一茹", ["院长", "教授"]), ("王一迅", ["副教授"])]),
    # a name before a colon that opens a line, follows a headline's bracket or a label's colon: a speaker, an author
    ("【谈初心】靳一滨：为建设一流大学而奋斗", [("靳一滨", [])]),
    ("图5：胡恭一：《青禾农业改良》", [("胡恭一", [])]),
    ("时间：2020年5月", []),
    ("禾光：创自己名牌\n禾光集团起步于1990年。", []),  # a brand (禾光集团)
    # a rare surname starts a name only right after a title or a role, where no word starts with it
    ("本报记者果永一报道：", [("果永一", ["本报记者"])]),
    ("副院长相一羽出席。", [("相一羽", ["副院长"])]),
    ("这是班主任占一远的理念。", [("占一远", ["班主任"])]),
    ("其中女干部占三成。", []),
    ("设置警长公开栏的举措受到欢迎。", []),
    ("获奖教师：李九明、郗明华、谷恒东。", [("李九明", []), ("郗明华", []), ("谷恒东", [])]),  # an item among persons
    ("李九明、相关部门、谷恒东参加。", [("李九明", []), ("谷恒东", [])]),
    # a list's first name after the words that open it (由, 看望了), its last before 等 and a group
    ("同志们看望了王一平、江一华、李德生、肖一克、余秋明等老同志。",
     [("王一平", []), ("江一华", []), ("李德生", []), ("肖一克", []), ("余秋明", [])]),
    ("由北京、上海、广州等城市代表参加。", []),
    ("相关部门负责人出席。", []),
    # a dateline's opening is no part of a title
    ("本报讯记者潘一明报道：", [("潘一明", ["记者"])]),
    # a joiner that closes a list's item is the name's (陶孟和、); 同时 is a word, no 同 + a name; a verb of
    # meeting or 当时 ends a chain; a common verb after a title and a rare surname is no name; a hyphen joins a
    # transliterated name's parts
    ("会上，陶孟和、吴有一等人发言。", [("陶孟和", []), ("吴有一", [])]),
    ("同时还介绍了学院的发展概况。", []),
    ("于12月24日拜见国民政府主席蒋介石。", [("蒋介石", ["国民政府主席"])]),
    ("伊朗谴责理事会反伊决议伊朗外交部发言人巴加一23日表示，", [("巴加一", ["伊朗外交部发言人"])]),  # a headline's document
    ("当时实验主任丁正一与他签了合同。", [("丁正一", ["实验主任"])]),
    ("他跟报社记者谈话时说的。", []),
    ("古巴国家主席迪亚斯-卡内尔2日发文。", [("迪亚斯-卡内尔", ["古巴国家主席"])]),
    # a slash joins two titles of one chain
    ("公司副总经理/风电行业总经理郭一鹏出席。", [("郭一鹏", ["公司副总经理", "风电行业总经理"])]),
    # an appointment's post may hold 和 inside a name (中华人民共和国); 任免 appoints, no 任 + post
    ("任命王小明为中华人民共和国驻禾国特命全权大使。", [("王小明", ["中华人民共和国驻禾国特命全权大使"])]),
    ("国家主席习近平任免驻外大使。", [("习近平", ["国家主席"])]),
    # writing to, calling on and visiting are acting words at a clause start (严修|致函)
    ("严修致函校董会。", [("严修", [])]),
    ("严格看望了老人。", []),
    # a post, 的, then a name with its rank after it
    ("时任青禾大学船舶学院副院长的杜武教授提出了方案。", [("杜武", ["青禾大学船舶学院副院长", "教授"])]),
    ("会上，冯天启主笔、朱一玲副主笔先后发言。", [("冯天启", ["主笔"]), ("朱一玲", ["副主笔"])]),  # 副 is the title's
    # ranks and posts of research teams and newspapers (高工, 岗位专家, 主笔)
    ("会上，程立新教授、孙建华高工先后发言。", [("程立新", ["教授"]), ("孙建华", ["高工"])]),
    ("国家玉米产业体系岗位专家张黎一教授带领团队。", [("张黎一", ["国家玉米产业体系岗位专家", "教授"])]),
    # publishing posts; a post's assistant
    ("青禾出版社副总编、重大项目中心主任王一茵出席。", [("王一茵", ["青禾出版社副总编", "重大项目中心主任"])]),
    ("任命张一潜为青禾大学出版社总编辑助理。", [("张一潜", ["青禾大学出版社总编辑助理"])]),
    # a name of the text and one more character that is no given name's: that name (郭岚|课)
    ("郭岚是我的老师。上过郭岚课的学生，无不称赞。", [("郭岚", [])]),
    # split at 兼
    ("县委副书记兼政法委书记欧阳明出席。", [("欧阳明", ["县委副书记", "政法委书记"])]),
    # the name repeated later, and a title after a known name
    ("市局党组书记、局长王洪斌传达了精神。王洪斌局长要求各科室抓好落实。", [("王洪斌", ["市局党组书记", "局长"])]),
    # two-character names, names that are words, 院长江龙 = 院长 + 江龙
    ("副县长王平主持会议。", [("王平", ["副县长"])]),
    ("市人民医院院长江龙表示，", [("江龙", ["市人民医院院长"])]),
    ("副镇长高峰介绍了情况。", [("高峰", ["副镇长"])]),
    # a function word may begin a given name of two after a title (和俊, 为民), where the name surely ends
    ("市委副书记阴和俊参加。", [("阴和俊", ["市委副书记"])]),
    ("副书记张为民出席。", [("张为民", ["副书记"])]),
    ("市长和副市长出席。", []),
    # a noun of the dictionary after a title, where the name surely ends (出席, a comma)
    ("北京市副市长文献出席并致辞。", [("文献", ["北京市副市长"])]),
    ("副局长马力，办公室主任孙萍参加。", [("马力", ["副局长"]), ("孙萍", ["办公室主任"])]),
    ("请厂长车辆管理上多把关。", []),
    # 兼职 is part of the title (a modifier), not 兼 + 职辅导员
    ("班主任李明、兼职辅导员王芳也在现场。", [("李明", ["班主任"]), ("王芳", ["兼职辅导员"])]),
    # a pronoun, a verb or a time word before the title is no part of it
    ("他巧遇县委书记刘国平到村视察。", [("刘国平", ["县委书记"])]),
    ("赛后市体育局局长周兵表示满意。", [("周兵", ["市体育局局长"])]),
    ("与会成员张擎宇表示，收获很大。", [("张擎宇", [])]),  # 成员 of no body: no post (audits 8–10)
    ("她很感谢学院院长赵平教授的指导。", [("赵平", ["学院院长", "教授"])]),
    ("出席的有公共管理学院党委副书记刘明海。", [("刘明海", ["公共管理学院党委副书记"])]),
    ("省国有资产监督管理委员会主任吴一平出席。", [("吴一平", ["省国有资产监督管理委员会主任"])]),
    ("随后支教团分队长郑存志介绍情况。", [("郑存志", ["支教团分队长"])]),
    ("美国犹他大学副校长彭安德出席。", [("彭安德", ["美国犹他大学副校长"])]),
    # 与 joining two fields inside the unit of a title (not two titles: 市长与市委书记)
    ("环境科学与工程学院副院长展思平出席。", [("展思平", ["环境科学与工程学院副院长"])]),
    ("热能与动力工程系主任王利平发言。", [("王利平", ["热能与动力工程系主任"])]),
    ("国际交流与合作处副处长陈庆平出席。", [("陈庆平", ["国际交流与合作处副处长"])]),
    ("市长与市委书记张一凡出席。", [("张一凡", ["市委书记"])]),
    # a journal's name in 《》 is the unit of its editor's title
    ("《青禾高教》常务副主编沈广平出席。", [("沈广平", ["《青禾高教》常务副主编"])]),
    ("他读过《红岩》，院长李明说。", [("李明", ["院长"])]),
    ("他代表学校与三台县副县长汪一楠签约。", [("汪一楠", ["三台县副县长"])]),
    ("巾帼院长——访力学与土木工程学院院长叶红梅", [("叶红梅", ["力学与土木工程学院院长"])]),
    ("市信访局局长马立新出席。", [("马立新", ["市信访局局长"])]),
    # posts of firms and courts abroad; 党支书 is a title, not a name
    ("设计院院长罗安平、行政主管范立新代表学院接受捐赠。", [("罗安平", ["设计院院长"]), ("范立新", ["行政主管"])]),
    ("公司董事长、总建筑师吴巍作报告。", [("吴巍", ["公司董事长", "总建筑师"])]),
    ("会见卡塔尔埃米尔塔米姆。", [("塔米姆", ["卡塔尔埃米尔"])]),
    ("通过党支书和团支书的密切配合。", []),
    # one title after a list of names is every listed name's (with no title of its own)
    ("以周士娥、徐玉芬、邓三瑞教授为代表的老一辈学者。", [("周士娥", ["教授"]), ("徐玉芬", ["教授"]), ("邓三瑞", ["教授"])]),
    ("副县长王平、李明局长出席。", [("王平", ["副县长"]), ("李明", ["局长"])]),
    ("组织部部长杨锦绣、党政办主任丁一林出席。", [("杨锦绣", ["组织部部长"]), ("丁一林", ["党政办主任"])]),
    # a title and a colon after a name are the next field's label (the spaces between them gone)
    ("编导：杨晓牧、赵博文记者：", [("杨晓牧", []), ("赵博文", [])]),
    # 应 inside a firm's name is no stop (应|…邀请 is)
    ("上海应翔建筑设计有限公司董事长吴巍作报告。", [("吴巍", ["上海应翔建筑设计有限公司董事长"])]),
    # appointments and removals: the post after 任, 担任, 任命…为, 免去…的…职务 is the person's
    ("会议决定，王建平任县委办公室主任。", [("王建平", ["县委办公室主任"])]),
    ("经研究，任命刘小明为县民政局局长，免去陈大军的县民政局局长职务。",
     [("刘小明", ["县民政局局长"]), ("陈大军", ["县民政局局长"])]),
    ("张志伟担任学院党委书记兼院长。", [("张志伟", ["学院党委书记", "院长"])]),
    ("康诺利就任爱尔兰总统。", [("康诺利", ["爱尔兰总统"])]),
    # a profile: the posts after the name and its sex, comma by comma (no former post, no student's class)
    ("林伯川，男，青禾大学马克思主义学院院长，教授，博士生导师。",
     [("林伯川", ["青禾大学马克思主义学院院长", "教授", "博士生导师"])]),
    ("吴义明，女，现任本科生党支部组织委员，曾任班长。", [("吴义明", ["本科生党支部组织委员"])]),
    ("郑一好，女，曾任院学生会学习部委员、小班班长。", [("郑一好", [])]),
    ("何一聪，女，中共党员，林学2015级本科生。", [("何一聪", [])]),
    # … or after a name that opens a line or follows a profile's label, when its first piece is all titles
    ("人物简介：钱立华，经济学院副教授，区域金融研究所副所长。", [("钱立华", ["经济学院副教授", "区域金融研究所副所长"])]),
    ("钱立华，教授，硕士生导师，青禾大学博士后。", [("钱立华", ["教授", "硕士生导师"])]),
    ("会上，钱立华，教授们纷纷发言。", [("钱立华", [])]),
    ("科普科科长王明出席。", [("王明", ["科普科科长"])]),  # a unit and its head's title, no person 科普科
    ("他致电康诺利，祝贺她就任爱尔兰总统。", [("康诺利", [])]),
    # posts written before a role and what describes it (专业负责人, 87级校友: no posts themselves)
    ("资源管理系主任、专业负责人李永丰教授作报告。", [("李永丰", ["资源管理系主任", "教授"])]),
    ("公司董事总经理、物管87级校友谢雄文发言。", [("谢雄文", ["公司董事总经理"])]),
    # a caption's 现场 run into the text is no part of a title (抢险现场指挥部 is a body)
    ("大会现场化工学院党委书记吴国明讲话。", [("吴国明", ["化工学院党委书记"])]),
    ("学院宣讲团合影宣讲团成员李一明宣讲。", [("李一明", ["宣讲团成员"])]),  # 合影: a caption's word too
    ("抢险现场指挥部总指挥王一刚说。", [("王一刚", ["抢险现场指挥部总指挥"])]),
    # a headline run into the text with no punctuation: a speech verb, a news agency before 记者, a place written
    # twice end the title on its left
    ("能源市场注入更多确定性新华社记者王一阳报道", [("王一阳", ["新华社记者"])]),
    ("多方谴责美国总统特朗普表示。", [("特朗普", ["美国总统"])]),
    ("阿巴斯称巴勒斯坦国宪法起草接近尾声巴勒斯坦总统阿巴斯表示。", [("阿巴斯", ["巴勒斯坦总统"])]),
    ("省职称评审委员会主任李一明出席。", [("李一明", ["省职称评审委员会主任"])]),
    ("教育经济与管理学科秘书刘一蕾副教授主持。", [("刘一蕾", ["教育经济与管理学科秘书", "副教授"])]),
    ("高一岩同志任县委常委、书记，免去谷焕明同志县委书记职务。",
     [("高一岩", ["县委常委", "书记"]), ("谷焕明", ["县委书记"])]),
    ("任命孙萍萍（女）为出版社社长、总编辑。", [("孙萍萍", ["出版社社长", "总编辑"])]),
    # advisers, editors' ranks, a democratic party's committee heads; a class's number ends the chain like a cohort's
    ("历史学会顾问梁一生、编辑室主任刘一德编审发言。", [("梁一生", ["历史学会顾问"]), ("刘一德", ["编辑室主任", "编审"])]),
    ("民盟县委副主委贺一群出席。", [("贺一群", ["民盟县委副主委"])]),
    ("经贸19-1班助理班主任郭一旋参加活动。", [("郭一旋", ["助理班主任"])]),
    # 烈士 after a name, as 先生 (革命烈士: no name)
    ("我们重温了张大成烈士的事迹，缅怀革命烈士。", [("张大成", [])]),
    # transliterated names after a title: letters of women's and Romance names (若, 丝, 娅), a word after the
    # name commoner than the one across its end (奥尔布赖特|出面: 特出)
    ("法国总理若斯潘表示欢迎。", [("若斯潘", ["法国总理"])]),
    ("双方同意由秘书长奥尔布赖特出面斡旋。", [("奥尔布赖特", ["秘书长"])]),
    ("俄总统助理乌沙科夫24日表示。", [("乌沙科夫", ["俄总统助理"])]),
    # dotted names: a last part of one letter before a sure end; a person found under the first part alone is the
    # dotted name's (罗琳女士)
    ("国际部主任罗杰·休以及经理出席。", [("罗杰·休", ["国际部主任"])]),
    ("大学校长助理罗琳·比特洛来访。校长对罗琳女士表示欢迎。", [("罗琳·比特洛", ["大学校长助理"])]),
    ("他宣读了委内瑞拉总统马杜罗致大会的信。", [("马杜罗", ["委内瑞拉总统"])]),  # 罗致 (51) does not cut the run
    ("课题组成员加班加点整理资料。", []),  # but a word that takes more of the run does (加班加点)
    ("激励在座党员扎扎实实学好知识。", []),
    # a common word jieba also lists as a person (蓝天 nr, 643) does not make a name of two: 蓝天立
    ("自治区政府原主席蓝天立严重违纪违法。", [("蓝天立", ["自治区政府原主席"])]),
    # a by-line's run of names: the best cut of the whole run (邹鲁生 alone is an unlikely name, 0.22)
    ("各项工作落实到位。（贾昭明邹鲁生）", [("贾昭明", []), ("邹鲁生", [])]),
    # a Japanese family name after a title, and a given name of one to three characters where a name ends
    ("日本驻华大使佐藤嘉恭参加会见。", [("佐藤嘉恭", ["日本驻华大使"])]),
    ("财务省官房长官武藤敏一今天辞职。", [("武藤敏一", ["财务省官房长官"])]),  # 长官, 室长, 课长: foreign posts
    ("检查室室长宫川宏一出席。", [("宫川宏一", ["检查室室长"])]),
    ("寝室长王一明说，", [("王一明", ["寝室长"])]),
    # 助理 after any post (处长助理, 国家安全事务助理); clergy place a name as a role does
    ("财务处处长助理张一娇出席。", [("张一娇", ["财务处处长助理"])]),
    ("美国总统国家安全事务助理伯克斯表示，", [("伯克斯", ["美国总统国家安全事务助理"])]),
    ("巴西大主教卢加斯率领信徒祈祷。", [("卢加斯", [])]),
    ("他是一名研究助理。", []),
    # audit 11: 散 a rare surname, 措 a letter of transliterations, 首席经济学家 a post
    ("市法学会会长散一军出席。", [("散一军", ["市法学会会长"])]),
    ("南非卫生部长莫措阿莱迪到机场送行。", [("莫措阿莱迪", ["南非卫生部长"])]),
    ("研究院首席经济学家刘一刚介绍了成果。", [("刘一刚", ["研究院首席经济学家"])]),
    # a short bracket between the title and the name: 兼 or a post of its own
    ("党委统战部副部长（兼）陈忠一出席。", [("陈忠一", ["党委统战部副部长"])]),
    ("中央党校副校长（副院长）谢春一作报告。", [("谢春一", ["中央党校副校长", "副院长"])]),
    ("会长散步时说，", []),
    # a membership with no body before it is no post (成员), one of a body is (党组成员)
    ("访谈组走访了老人，成员朱一丽说，很受教育。", [("朱一丽", [])]),
    ("晚会由主持人王可一主持。", [("王可一", [])]),  # an event's host, no post (央视主持人 is one)
    ("央视主持人王可一说，", [("王可一", ["央视主持人"])]),
    ("主持人向参赛选手提问。", []),
    ("在余一爽师姐的带领下，大家完成了实验。", [("余一爽", [])]),  # 师兄, 师姐, 学长, 学姐 address a person
    ("感谢各位学长学姐的帮助。", []),
    # a Go or chess player's rank after a name ends it, and the player acts (not 一段时间, 第三段)
    ("等级分前三名如下：常一昊八段，2693分；马晓一九段，2681分。", [("常一昊", []), ("马晓一", [])]),
    ("王平一段时间后回来。", []),
    ("组委会事务总长小林实表示，场馆已全部完工。", [("小林实", ["组委会事务总长"])]),
    ("日本常驻联合国代表山崎和之致函秘书长。", [("山崎和之", ["日本常驻联合国代表"])]),  # 和 in a given name
    ("班长小林说，大家要努力。", []),  # 说 is no given name
    ("向桥本首相提出辞职。", [("桥本", ["首相"])]),  # a family name alone before a title at a clause start
    ("中野区长出席了仪式。", []),  # not before the title of a place's head: 中野区
    ("外交部门严正批驳日方的无理言论。", []),  # 严正: jieba's person entry, an adjective (user_dict.txt)
    ("处理得好，则法治兴、党兴、国家兴。", []),  # a slogan's parallel items (法治兴: a common word in it)
    ("按照“扬优、改老、支重、扶新”的思路建设专业。", []),  # items of two whose neighbours begin with no surname
    ("王兴、李兴、张强出席。", [("王兴", []), ("李兴", []), ("张强", [])]),
    ("这家能源企业的高管刚刚敲定合作。", []),  # 高管 a word of ours (user_dict.txt), no 高 + 管
    # names in Latin letters with a title, a word of acting or an honorific next to them
    ("讲席教授Mukesh K. Jain受聘为客座教授。", [("Mukesh K. Jain", ["讲席教授"])]),
    ("Brendan Harmon表示，合作很愉快。", [("Brendan Harmon", [])]),
    ("我们访问了The Johns Hopkins University。", []),
    ("哈佛大学高级研究员Dr. David E. Boufford来校交流。", [("David E. Boufford", ["哈佛大学高级研究员"])]),
    ("美国联邦机构在加利福尼亚州执法。", []),  # 加利 (a public figure) inside 加利福尼亚
    ("巫同学的6人寝室，4人考研成功。", []),  # a surname and a form of address: no given name 同学
    ("项目由专家组负责。陈一稷牵头实施种植项目。", [("陈一稷", [])]),  # 牵头: a person acting
    # a label's colon before a name; a public figure before a word commoner than the one across its end
    ("书籍设计：白凤鹍", [("白凤鹍", [])]),
    ("呼吸病学专家钟南山参与研发。", [("钟南山", [])]),  # 参与 outweighs 山参
    ("我们要学习孔子学院的经验。", []),
    ("会议由201502班主任王一明主持。", [("王一明", ["班主任"])]),  # a number before a title whose core starts with 班
    ("法学院大三学生阿斯哈尔·努尔太说，大家一起学习。", [("阿斯哈尔·努尔太", [])]),  # a role before a dotted name
    ("出席会议的有王兴、李兴等同志。", [("王兴", []), ("李兴", [])]),  # persons listed hold no such word
    ("日本国际贸易促进协会会长后藤田正晴发表讲话。", [("后藤田正晴", ["日本国际贸易促进协会会长"])]),
    ("以会长樱内义雄为团长的代表团抵京。", [("樱内义雄", ["会长"])]),  # 以…为团长: a frame, 以 no part of the title
    ("以色列总理内塔尼亚胡为首的内阁。", [("内塔尼亚胡", ["以色列总理"])]),
    ("世界卫生组织总干事中岛宏在讲话中说。", [("中岛宏", ["世界卫生组织总干事"])]),
    # a list of names appointed or elected together: the posts are every listed name's
    ("会议选举周一稳、王耀东、陈家骅为县政协副主席。",
     [("周一稳", ["县政协副主席"]), ("王耀东", ["县政协副主席"]), ("陈家骅", ["县政协副主席"])]),
    ("大会补选刘永明、钮小燕（女）、卢铁城为县人大常委会副主任。",
     [("刘永明", ["县人大常委会副主任"]), ("钮小燕", ["县人大常委会副主任"]), ("卢铁城", ["县人大常委会副主任"])]),
    ("李国华、张明当选为县政协副主席。", [("李国华", ["县政协副主席"]), ("张明", ["县政协副主席"])]),
    ("选举产生了新一届委员会。", []),
    # names of any shape before an ethnic group's aside; a later clause of an election names more persons
    ("会议选举阿不都热合曼（维吾尔族）、马建新（回族）、王丽萍（女）为副县长。",
     [("阿不都热合曼", ["副县长"]), ("马建新", ["副县长"]), ("王丽萍", ["副县长"])]),
    ("大会选举王一平为县长，李二明、张三芳（女）、巴音（蒙古族）为副县长。",
     [("王一平", ["县长"]), ("李二明", ["副县长"]), ("张三芳", ["副县长"]), ("巴音", ["副县长"])]),
    ("出席的委员有：其其格（蒙古族）、格日勒（蒙古族）等。", [("其其格", []), ("格日勒", [])]),
    ("会议同意他们为副县长人选，王平要求做好准备。", [("王平", [])]),  # no appointing verb: 他们 is no list
    # posts in brackets after a name; 同志 after a rare "noun" of the dictionary that is a name (刘澜涛: jieba's n)
    ("出席会议的有：王一平（县委书记）、李二明（县长兼公安局局长）。",
     [("王一平", ["县委书记"]), ("李二明", ["县长", "公安局局长"])]),
    ("会议由县政府办公室（县长）主持。", []),
    ("在刘澜涛同志住院期间，他们多次看望。", [("刘澜涛", [])]),
    # 时任/现任 posts 的 name: the person's posts (not 曾任, former ones)
    ("时任农学系团总支书记的于一伟找到他谈心。", [("于一伟", ["农学系团总支书记"])]),
    ("现任县委副书记、县长的王一平同志出席。", [("王一平", ["县委副书记", "县长"])]),
    ("曾任县委书记的李一明回忆说。", [("李一明", [])]),
    ("副县长陈莉虽身体不适，仍坚持到场。", [("陈莉", ["副县长"])]),  # 虽 ends a name, begins no given name's end
    ("政法委书记强卫，副市长张良一出席。", [("强卫", ["政法委书记"]), ("张良一", ["副市长"])]),  # 强卫: jieba's rare v
    # a post and a rank with nothing between are two titles; 常驻联合国代表 and 主管 are posts
    ("学院副院长、党委副书记教授潘一智出席。", [("潘一智", ["学院副院长", "党委副书记", "教授"])]),
    ("化学学院教授李一明出席。", [("李一明", ["化学学院教授"])]),
    ("中国常驻联合国代表傅一聪致函秘书长。", [("傅一聪", ["中国常驻联合国代表"])]),
    ("学院资助育人工作主管程一博介绍情况。", [("程一博", ["学院资助育人工作主管"])]),
    ("李明远担任此次大会的主持人。", [("李明远", [])]),  # a role of the day, no post
    ("这项任务由县农业局负责。", []),
    # one title before two names
    ("副市长江雪梅、文海波出席会议。", [("江雪梅", ["副市长"]), ("文海波", ["副市长"])]),
    # a minority name with ·
    ("青禾派出所所长买买提·艾力介绍，", [("买买提·艾力", ["青禾派出所所长"])]),
    # a person acting without a title
    ("会上，张晓东表示将全力配合。", [("张晓东", [])]),
    ("联系人：上官静，联系电话：12345678。", [("上官静", [])]),
    # the last name of a 、-list before 和, 及 or 为 (not only before punctuation)
    ("张建国、李德明、彭冲和各界代表百余人参加。", [("张建国", []), ("李德明", []), ("彭冲", [])]),
    ("钱为民、周光明、陈至立及科技界代表出席。", [("钱为民", []), ("周光明", []), ("陈至立", [])]),
    ("【我要纠错】责任编辑：朱一英", [("朱一英", [])]),
    # a person with neither title nor action word: the name scorer (names.py)
    ("网格员钟晓梅在走访中发现一处安全隐患。", [("钟晓梅", [])]),
    ("退休干部黄振华建议在村口设立宣传栏。", [("黄振华", [])]),
    ("副县长王平主持会议。村民代表李秋菊也参加了会议。", [("王平", ["副县长"]), ("李秋菊", [])]),
    # 记者刘杰报道: the scorer tells that 报 starts the next word (报道), it does not end the name
    ("新华社记者刘杰报道：", [("刘杰", ["新华社记者"])]),
    # … but a word that starts after the third character where none starts at it does (问明); a function character
    # that starts a word after a name of two is no given character (全面)
    ("连长周连桥问明情况后，立即组织救援。", [("周连桥", ["连长"])]),
    ("部长刘一淇全面分析了形势。", [("刘一淇", ["部长"])]),
    ("冶金部部长刘淇全面分析了形势。", [("刘淇", ["冶金部部长"])]),
    # not persons: titles, units and words that look like names
    ("党委书记带队检查。", []),
    ("全市各成员单位主要负责同志参加会议。", []),
    ("高度重视文明城市创建工作，", []),
    ("常务副市长带队督查。", []),
    ("这次会议强调了安全生产。", []),
    ("做一名学生喜欢、老师夸赞的好老师。", []),  # after a role alone, a run of transliteration letters must look foreign
    ("上合组织马拉松比赛在湖畔举行。", []),  # a transliterated name ends in no common word (比赛)
    ("代表团在卡塔尔多哈出席峰会。", []),  # nor is it a foreign place and more (卡塔尔|多哈)
    ("普雷夫拉卡半岛位于两国交界处。", []),  # a name written before a landform's head word is a place's
    # a joiner or 为 before an aside, a bracket or a line's end closes a list's item: the name's last character
    ("委员：钱一光、柏均和（满族）、李宏为、孙文和\n", [("钱一光", []), ("柏均和", []), ("李宏为", []), ("孙文和", [])]),
    ("增收三成。（黄起和）", [("黄起和", [])]),
    ("联谊会名誉会长赖一和等也讲了话。", [("赖一和", ["联谊会名誉会长"])]),
    # a stop's character in a word of a unit's name (同济, 同胞, 共同) does not cut the chain; 同 before 学院 does
    ("同济大学校长王一平出席。", [("王一平", ["同济大学校长"])]),
    ("省台湾同胞联谊会会长赖一明出席。", [("赖一明", ["省台湾同胞联谊会会长"])]),
    ("同学院党委书记王一平交流。", [("王一平", ["学院党委书记"])]),
    # a public figure's name inside a unit's name does not end the chain (孔子学院, 周恩来政府管理学院)
    ("罗马大学孔子学院中方院长杨一玲说，", [("杨一玲", ["罗马大学孔子学院中方院长"])]),
    ("温江区毛泽东诗词研究会会长程一平出席。", [("程一平", ["温江区毛泽东诗词研究会会长"])]),
    ("南开大学周恩来政府管理学院教授韩一颖表示，", [("韩一颖", ["南开大学周恩来政府管理学院教授"])]),
    # letters of transliterations trusted after a title (申, 历, 瑞); a word across the run's end cuts it (历时)
    ("白俄总统卢卡申科会见了代表团。", [("卢卡申科", ["白俄总统"])]),
    ("外长拉夫罗夫历时三天访问三国。", [("拉夫罗夫", ["外长"])]),
    ("总理热情会见了代表团。", []),
    # dotted names: 时 after the last part; a known part of a minority name is not cut (阿不都|热西提);
    # a person's aside or a list's 等 after the name; election verbs before it; not a word before the name
    ("会见英国外交大臣罗宾·库克时表示，库克对此表示感谢。", [("罗宾·库克", ["英国外交大臣"])]),
    # letters of transliterations trusted after a title (连, 思)
    ("乌克兰总统泽连斯基28日说，", [("泽连斯基", ["乌克兰总统"])]),
    ("美国防部长赫格塞思说，", [("赫格塞思", ["美国防部长"])]),
    # a role or a group before a name places it as a clause start does, for a word of acting after it; a unit
    # before one of a counted group
    ("伊朗籍博士生李织凡说，很好。", [("李织凡", [])]),
    ("负责人、农学院杨文艺等4位同学发言。", [("杨文艺", [])]),
    ("北马其顿汉学家冯海城，长期从事研究。", [("冯海城", [])]),
    ("党员带头说，", []),
    # a name of three after a role where a word follows it and nothing tells its end
    ("来自北海道大学的在读博士生黄一喻结合自己的研究方向发言。", [("黄一喻", [])]),
    ("导航技术团队师生凝心聚力战疫情。", []),
    # a profile whose first field is no post (school, ethnic group, birth, party) still gives the posts after it;
    # 曾 makes the posts of its clause past ones
    ("会上，张灼一作了报告。\n张灼一，青禾大学分子病理学专业毕业，哲学博士，教授，主要从事肿瘤研究。", [("张灼一", ["教授"])]),
    ("\n李一明，汉族，1970年生，中共党员，研究员，现任学院院长。", [("李一明", ["研究员", "学院院长"])]),
    ("会上，邵一莉发言。\n邵一莉，中共党员，曾班长、学生党支部书记。", [("邵一莉", [])]),
    ("阿不来提·阿不都热西提当选自治区主席", [("阿不来提·阿不都热西提", [])]),
    ("会议选举阿不都热依木·卡德尔（维吾尔族）为院长。", [("阿不都热依木·卡德尔", ["院长"])]),
    ("副主席阿沛·阿旺晋美、赛福鼎·艾则孜等参加了茶话会。",
     [("阿沛·阿旺晋美", ["副主席"]), ("赛福鼎·艾则孜", [])]),
]


@pytest.mark.parametrize(("text", "expected"), OFFICIAL_CASES, ids=[c[0][:14] for c in OFFICIAL_CASES])
def test_officials(text, expected):
    assert officials(text) == expected


def test_official_mentions_index_the_text():
    text = "副县长王平主持会议。王平指出，要抓好落实。"
    [o] = extract_officials(text)
    assert [text[m["start"]:m["end"]] for m in o["mentions"]] == ["王平", "王平"]


def test_staff_names_become_officials_without_titles():
    assert [(o["name"], o["titles"]) for o in extract_officials("编辑：孙雅琪", ("孙雅琪",))] == [("孙雅琪", [])]


UNIT_CASES = [
    ("公安局下属交警大队、治安大队、人口管理大队和开发区派出所等5家单位作了表态发言。",
     ["公安局", "交警大队", "治安大队", "人口管理大队", "开发区派出所"]),
    ("市文明办将组织有关责任单位组成联合督查组开展检查。", ["市文明办", "督查组"]),
    ("要求人教科、纳服科相关人员组成检查小组。", ["人教科", "纳服科"]),
    ("严格贯彻市委、市政府的各项部署。", ["市委", "市政府"]),
    ("太仓市精神文明建设委员会办公室", ["太仓市精神文明建设委员会办公室"]),
    ("市自然资源和规划局、市人力资源和社会保障局参加。", ["市自然资源和规划局", "市人力资源和社会保障局"]),
    ("沣源市第一中学举办开放周。", ["沣源市第一中学"]),
    # generic references and words that only end like units
    ("各部门、各科室、有关单位要抓好落实。", []),
    ("全市公安机关和各派出所要加强巡逻。", []),
    ("组织党员干部深入基层，研究部署下一步工作。", []),
    ("患者入院后由护士长接待。", []),
    ("公安局政委沈明亮主持。", ["公安局"]),
]


@pytest.mark.parametrize(("text", "expected"), UNIT_CASES, ids=[c[0][:14] for c in UNIT_CASES])
def test_units(text, expected):
    assert [u["name"] for u in extract_units(text)] == expected


def test_unit_mentions_index_the_text():
    text = "市公安局召开推进会。市公安局要求各大队落实。"
    [u] = extract_units(text)
    assert u["name"] == "市公安局"
    assert [text[m["start"]:m["end"]] for m in u["mentions"]] == ["市公安局", "市公安局"]


@pytest.mark.parametrize("text", ["", "王", "副市长", "副市长王", "副市长王平、", "王平、", "、", "·", "热依拉·", "·艾力",
                                  "市委常委、", "各", "局", "和", "兼", "联系人："])
def test_edges_never_raise(text):
    for o in extract_officials(text):
        assert all(text[m["start"]:m["end"]] == o["name"] for m in o["mentions"])
    for u in extract_units(text):
        assert all(text[m["start"]:m["end"]] == u["name"] for m in u["mentions"])


def test_no_unit_inside_a_persons_name():
    # 海军 is a unit word, but here it is the given name of 张海军
    doc = extract_document("研究中心常务副主任张海军、副院长周长春出席大会。".encode(), "t.txt")
    assert [o["name"] for o in doc["officials"]] == ["张海军", "周长春"]
    assert "海军" not in [u["name"] for u in doc["units"]]
