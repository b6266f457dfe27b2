"""Generated training text for the name scorer: persons named without a title, and traps.

Every sentence frame below was written for this project (news and bulletin register); none is taken
from a data set. Names are made up: a surname from ``surnames.txt`` (weighted by how common it
is) and one or two given characters, mostly from ``given_name_chars.txt`` (weighted by tier), now
and then any other character of our own bulletins, so that the scorer does not learn that every
given character is on the list. Trap sentences hold words that start with a surname character but
are no person (高度, 文明, 方面, 伊拉克, 黄金周, 王府井, 李家村), slogans and organisation names.

``documents(n, seed)`` gives ``n`` small documents of a few sentences, each a (text, names)
pair; a document reuses a small cast of names, one of them once with a title first, so that
"the same name appears titled elsewhere" is seen as it is in real bulletins. Deterministic for a
seed.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LEXICONS = ROOT / "corpora" / "lexicons"

# {P}: a person; {T}: a title; {U}: a unit; {L}: a place of China; {C}: a country; {W}: a city abroad;
# {N}: a number.
PERSON_FRAMES = [
    "{P}说，这几年村里的变化太大了。",
    "{P}表示，将继续加大投入，确保项目按期完工。",
    "“我们一定要把这件好事办好。”{P}说。",
    "{P}告诉记者，今年的收成比去年好得多。",
    "{P}、{P}、{P}等参加了座谈。",
    "{P}和{P}分别获得一等奖。",
    "在{P}的带领下，全村群众走上了致富路。",
    "{P}是一名普通的乡村教师，在山区坚守了{N}年。",
    "今年{N}岁的{P}，在这个岗位上干了二十多年。",
    "据{P}介绍，该项目总投资{N}亿元。",
    "{P}的事迹在当地广为流传。",
    "{P}同志的先进事迹感人至深。",
    "会见时，{P}对客人的到来表示欢迎。",
    "{P}在讲话中强调，要坚持稳中求进工作总基调。",
    "出席会议的还有{P}、{P}等。",
    "{P}一行参观了企业展厅和生产车间。",
    "{P}向大会作了工作报告。",
    "{P}指出，当前经济运行总体平稳。",
    "{P}认为，这一政策将惠及千家万户。",
    "作家{P}的新作近日出版发行。",
    "运动员{P}在比赛中打破了全国纪录。",
    "{P}教授在会上作了专题报告。",
    "来自{L}的{P}夺得了冠军。",
    "{P}老人今年已经八十多岁了。",
    "{P}夫妇常年照顾村里的孤寡老人。",
    "退休职工{P}主动捐款{N}万元。",
    "{P}，男，{N}年出生，中共党员。",
    "{P}被评为全国劳动模范。",
    "{P}当选为协会会长。",
    "这是{P}第一次来到这座城市。",
    "{P}对记者说：“我们有信心完成全年任务。”",
    "{P}主持召开专题会议，研究部署下一步工作。",
    "{P}一边说，一边拿出一本厚厚的笔记本。",
    "在{P}看来，创新是企业发展的根本动力。",
    "{P}带领群众修路架桥，改变了山村面貌。",
    "{P}等{N}名同志受到表彰。",
    "{P}致电{P}，祝贺其当选。",
    "{P}同{P}进行了亲切交谈。",
    "{P}与{P}共同为新馆揭牌。",
    "{P}回忆说，那时候条件非常艰苦。",
    "{P}的父亲是一名老党员。",
    "{P}今年刚刚考上大学。",
    "村民{P}高兴地说，日子越过越红火了。",
    "由{P}执导的影片将于下月上映。",
    "{P}同志因病医治无效逝世，享年{N}岁。",
    "{P}在来信中写道，感谢社会各界的帮助。",
    "{P}称，公司今年的出口额增长了三成。",
    "{P}坦言，转型过程中遇到了不少困难。",
    "{P}透露，新的生产线年底前投产。",
    "邀请{P}担任技术顾问。",
    "{P}的作品多次在全国获奖。",
    "孩子们给{P}写了一封感谢信。",
    "{P}把全部积蓄捐给了家乡的学校。",
    "{P}率领代表团访问了{L}。",
    "{P}会见了{P}率领的考察团。",
    "{P}先生向记者展示了他的收藏。",
    "{P}女士是这家企业的创办人。",
    "“{P}，你过来一下。”",
    "当时，{P}正在田里干活。",
    "{P}和妻子{P}一起经营着一家小饭馆。",
    "{P}的儿子{P}也在部队服役。",
    "医生{P}连续工作了{N}个小时。",
    "{P}、{P}两位同志作了交流发言。",
    "参加活动的有{P}、{P}、{P}、{P}等。",
    "{P}拿起电话，拨通了派出所的号码。",
    "{P}没有想到，自己的发明会得到推广。",
    "{P}的家就在河边。",
    "{P}听后连连点头。",
    "{P}随即赶到现场处置。",
    "{P}获得了本届大赛的最佳新人奖。",
    "{P}希望更多的年轻人回到家乡创业。",
    "{P}介绍说，合作社现有社员{N}户。",
    "{P}在田间地头向农民讲解种植技术。",
    "志愿者{P}每周都去社区服务。",
    "{P}的话引起了大家的共鸣。",
    "经过{P}的耐心调解，双方达成了协议。",
    "{P}说得好，实干才能出实绩。",
    "{P}于{N}年参加工作。",
    "{P}从小就喜欢画画。",
    "{P}在{L}工作了十年。",
    "{P}主讲了第一课。",
    "{P}等人对此进行了点评。",
    "{P}：我们要把群众的事当作自己的事。",
    "{U}{T}{P}出席会议并讲话。",
    "{T}{P}主持会议。",
    "{T}{P}指出，要抓好各项工作的落实。",
    "{U}{T}{P}、{T}{P}参加调研。",
    "会议由{T}{P}主持。",
    "{P}{T}对此高度重视。",
    "{L}{U}的{P}、{P}参加了培训。",
    # names inside running text, Chinese characters on both sides
    "对此{P}一口回绝。",
    "那天早上{P}很早就出了门。",
    "忽然发现{P}站在门口。",
    "这下{P}的心里踏实了。",
    "后来{P}又去了一趟省城。",
    "多年来{P}始终坚持义务巡河。",
    "为此{P}专门请教了农技专家。",
    "第二天{P}就把方案送到了乡里。",
    "看到这一幕，站在一旁的{P}笑了。",
    "大家都叫他{P}师傅。",
    "我们找到了{P}家。",
    "这位名叫{P}的青年放弃了城里的工作。",
    "听说{P}要回村办厂，乡亲们都很高兴。",
    "其中{P}的成绩最为突出。",
    "去年{P}承包了二十亩鱼塘。",
    "当年{P}才十八岁。",
    "今天上午{P}来到车间检查生产情况。",
    "正是{P}这样的普通人撑起了这座城市。",
    "比赛中{P}发挥出色，连得{N}分。",
    "随后{P}和队友们登上了领奖台。",
    "为了照顾老人，{P}辞去了工作。",
    "谈起这些年的变化，{P}感慨万千。",
    "新当选的{P}向代表们表示感谢。",
    "著名画家{P}的作品展在美术馆开幕。",
    "青年演员{P}和{P}在剧中分饰两角。",
    "机长{P}手捧鲜花走下飞机。",
    "队医{P}一直守在场边。",
    "职工{P}家中生活困难。",
    "歌手{P}演唱了这首歌曲。",
    "诗人{P}曾在这里居住多年。",
    "{N}岁的{P}是家里的顶梁柱。",
    "他和{P}是多年的老朋友。",
    "她把{P}送到了医院。",
    "向{P}学习，争做时代先锋。",
    "记者见到{P}时，他正在整理资料。",
    "提起{P}，村里人都竖起大拇指。",
    # by-lines and photo credits
    "（{P}摄）",
    "（记者{P}）",
    "本报记者{P}报道：",
    "新华社记者{P}摄",
    "本报通讯员{P}",
    "（{P}）",
    "记者{P}、{P}",
    "责任编辑：{P}",
    "（记者{P} 通讯员{P}）",
    "本报讯（记者{P}通讯员{P}）近日，",
    "（记者{P}实习生{P}）",
    "记者{P}、实习生{P}报道",
    "{P}（化名）今年三十岁。",
    "{P}（左）在田间查看苗情。",
    # a name, then a title or a word about the person
    "{P}主席在讲话中指出，要深化改革。",
    "{P}总理会见了来访的客人。",
    "{P}部长一行到企业调研。",
    "{P}院士在会上作报告。",
    "{P}为大会发来贺信。",
    "{P}对这项工作作出重要批示。",
    "{P}等领导同志出席了开幕式。",
    "{P}（右）与{P}亲切握手。",
    # foreign affairs and sport, where names are often foreign ones
    "{C}总统{P}表示，两国关系正处在新的起点。",
    "{C}外长{P}说，双方将加强合作。",
    "{P}总理在记者会上回答了提问。",
    "{C}驻华大使{P}出席了招待会。",
    "联合国秘书长{P}呼吁各方保持克制。",
    "主教练{P}对球队的表现感到满意。",
    "前锋{P}在第{N}分钟破门得分。",
    "{C}作家{P}的小说被译成多种文字。",
    "导演{P}的新片在电影节上获奖。",
    "{P}和{P}在会谈中就双边关系交换了意见。",
    "据{C}媒体报道，{P}已于当天抵达。",
    # news register: a time word, an adverb or a preposition right after the name
    "{T}{P}今天上午在{L}主持召开座谈会。",
    "{P}昨天下午会见了来访的客人。",
    "{T}{P}日前在{L}考察调研。",
    "{P}近日对此作出批示。",
    "{U}{T}{P}今日表示，将加快推进改革。",
    "{C}总统{P}今天抵达北京，开始国事访问。",
    "而{P}却认为，问题并不复杂。",
    "{P}也说，这件事必须办好。",
    "{P}还向大家介绍了有关情况。",
    "以{P}为组长的工作组进驻{L}。",
    "{P}为本书作序。",
    "{P}作了题为《坚持改革创新》的报告。",
    # titles after the name, at a clause start
    "{P}总统今天在{W}发表讲话。",
    "{P}总理今天上午主持召开常务会议。",
    "{P}委员长日前在{L}考察。",
    "{P}主席、{P}总理出席了会议。",
    "{C}总统{P}和{C}总理{P}举行会谈。",
    # by-lines and lists in news copy
    "（记者{P}{P}）",
    "（{P}{P}摄）",
    "（本报记者{P}{P}）",
    "本报讯记者{P}、{P}报道：",
    "新当选的委员有：{P}、{P}（女）、{P}、{P}（回族）、{P}。",
    "{P}、{P}、{P}、{P}、{P}等同志出席。",
]
# Sentences with no person: words that start with a surname character, slogans, organisations.
TRAP_FRAMES = [
    "高度重视安全生产工作，切实落实主体责任。",
    "文明城市创建工作取得新进展。",
    "我国同伊拉克、叙利亚等国保持友好往来。",
    "北京、上海、广州等地相继出台新政策。",
    "黄金周期间，各景区接待游客{N}万人次。",
    "另一方面，要加快推进项目建设。",
    "于是大家纷纷行动起来。",
    "向全社会发出倡议，共建美丽家园。",
    "周边地区的经济发展十分迅速。",
    "林业部门切实加强森林防火工作。",
    "马上就办，真抓实干。",
    "石油化工行业迎来新的发展机遇。",
    "防范化解金融风险是一项长期任务。",
    "钱塘江大潮吸引了众多游客。",
    "严格执行程序规定，确保公平公正。",
    "坚持安全第一、预防为主、综合治理。",
    "江河湖泊的治理保护成效明显。",
    "万众一心，共克时艰。",
    "这一成绩在当地史无前例。",
    "明确工作责任，细化工作措施。",
    "推动巡查工作常态化、制度化。",
    "严格落实各项防控措施。",
    "治理白色污染，倡导绿色生活。",
    "施工单位要加强现场安全管理。",
    "高峰论坛在{L}举行。",
    "王府井大街人流如织。",
    "张家港市举办招商推介会。",
    "李家村的道路全部完成硬化。",
    "陈列馆展出了大量珍贵文物。",
    "杨柳依依，春意盎然。",
    "黄河流域生态保护和高质量发展。",
    "吴江区的丝绸产业历史悠久。",
    "周末，市民纷纷走进公园。",
    "徐州至连云港的高铁正式开通。",
    "何时能够完工，还要看天气情况。",
    "郑重承诺，绝不拖欠工资。",
    "谢谢大家的支持和帮助。",
    "唐宋时期的瓷器在这里出土。",
    "许多群众自发前来参加活动。",
    "韩国、日本的客商前来洽谈。",
    "绿水青山就是金山银山。",
    "撸起袖子加油干，奋力谱写新篇章。",
    "不忘初心、牢记使命，为人民服务。",
    "全面从严治党永远在路上。",
    "乡村振兴战略深入实施。",
    "推动经济高质量发展。",
    "共同富裕取得实质性进展。",
    "文明出行，从我做起。",
    "平安建设和法治建设协调推进。",
    "建设和谐社会，人人有责。",
    "华为公司发布了新款产品。",
    "中国石化在此新建加油站。",
    "国家电网公司加大电网投资。",
    "长江水利委员会发布汛情通报。",
    "黄山风景区管委会采取限流措施。",
    "文化和旅游部公布了名单。",
    "高新区管委会召开会议。",
    "金山区开展环境整治行动。",
    "常州市出台人才新政。",
    "温州大学举行毕业典礼。",
    "于都县加快发展特色产业。",
    "龙华区启动老旧小区改造。",
    "江北新区引进重大项目{N}个。",
    "沈阳市召开经济工作会议。",
    "方正县大米远近闻名。",
    "白沙村的茶叶销往全国各地。",
    "石桥镇建成了污水处理厂。",
    "高速公路全线贯通。",
    "明年将继续加大投入。",
    "向阳花开，满园芬芳。",
    "安全生产月活动全面启动。",
    "万元以上的项目一律公开招标。",
    "曾经的荒山变成了果园。",
    "华夏大地处处生机勃勃。",
    "杨梅、柑橘等水果喜获丰收。",
    "马路上车水马龙。",
    "孙子兵法蕴含着丰富的智慧。",
    "朱红色的大门格外醒目。",
    "胡同里的老住户都搬进了新楼。",
    "罗马尼亚代表团来访。",
    "梁上的彩绘已经褪色。",
    "宋代的古桥保存完好。",
    "常委会审议了有关报告。",
    "龚滩古镇迎来旅游旺季。",
    "秦岭生态环境保护取得成效。",
    "包括全体干部职工在内的{N}人参加活动。",
    "单位负责人要亲自抓。",
    "任何单位和个人不得截留挪用。",
    "和平发展是时代的主题。",
    "雷雨天气要注意防范。",
    "汤圆、饺子摆上了餐桌。",
    "鲁菜是八大菜系之一。",
    "毛竹产业带动农民增收。",
    "邱陵地区适合种植茶树。",
    "江苏、浙江两省加强合作。",
    "苏州工业园区发展势头良好。",
    "成都平原沃野千里。",
    "武汉长江大桥车流不息。",
    "田间管理要及早动手。",
    "水电站年发电量{N}万千瓦时。",
    "金秋时节，稻谷飘香。",
    "尹家湾的渡口已经废弃。",
    "康复中心投入使用。",
    "宁夏、甘肃等地降雨偏多。",
    "牛羊存栏量稳步增长。",
    "袁大头银元被列为文物。",
    "范围涉及全市各个乡镇。",
    "柳条编织品远销海外。",
    "平安夜里灯火辉煌。",
    "伊朗、土耳其、埃及等国家的客人出席。",
    "俄罗斯和哈萨克斯坦签署协议。",
    "白宫发言人就此事发表声明。",
    "新加坡、马来西亚、泰国等国的企业参展。",
    "巴黎、伦敦、柏林的游客络绎不绝。",
    "华盛顿方面对此未作回应。",
    "代表团访问了{C}、{C}和{C}。",
    "航班从{W}飞往{W}。",
    "{W}是一座历史悠久的城市。",
    "来自{C}的客商洽谈了合作项目。",
    "{C}队以二比一战胜{C}队。",
    "喝一杯咖啡，吃一块巧克力。",
    "马拉松比赛吸引了上万名选手。",
    "奥林匹克精神激励着一代又一代人。",
    "商场里新开了麦当劳和肯德基。",
    "维生素和蛋白质的摄入要均衡。",
    "坦克和雷达在展览中亮相。",
    "沙发、地毯等家具摆放整齐。",
    "家住丽景苑小区的居民反映了这一问题。",
    "翠湖园小区完成了雨污分流改造。",
    "金桂苑、银杏园等小区加装了电梯。",
    "王家庄的村民搬进了新居。",
    "柳湾村的荷花开得正艳。",
    "高家堡古城墙得到修缮。",
    "明珠大厦消防通道被占用。",
    "文昌阁是县里的文物保护单位。",
    "旅游团从曼谷出发。",
    "山塘、在建工地、危化品企业等重点部位要加强巡查。",
    "实行干部包片、包村、包户责任制。",
    "建立日巡查、周排查、月报告制度。",
    "严禁超标准建设，严禁违规举债。",
    "精准施策，查漏补缺。",
    "全年完成投资{N}亿元，同比增长{N}%。",
    "各县（区）卫健局要按要求报送材料。",
    "楼道杂物堆放和飞线充电问题得到整治。",
    "应急管理、交通运输、住房城乡建设等部门参加。",
    "要把好事办好、实事办实。",
    "以党建引领基层治理。",
    "余下的工作要在月底前完成。",
    "经过整改，隐患全部消除。",
    "钟楼广场举行升旗仪式。",
    "和美乡村建设扎实推进。",
    "戴口罩、勤洗手、常通风。",
    "段长、河长、林长各负其责。",
    "付款方式由双方协商确定。",
    "车辆通行费减免政策延续实施。",
    "姜、葱、蒜的价格有所上涨。",
    "全市新建改建农村公路{N}公里。",
    "蓝天、碧水、净土保卫战深入推进。",
    "展望新的一年，我们充满信心。",
    "包括新建和改建项目在内共{N}个。",
    "实现经济增长和社会繁荣。",
    "基金组织同意向该国提供贷款。",
    "管理后的小区环境焕然一新。",
    "{L}县长到村里调研。",
    "{L}市长热线开通以来受理诉求{N}件。",
    "{L}代表团今天抵达。",
    # 、-lists of things whose words start with a surname character
    "重点排查高压线路、龙门吊、钢结构厂房等部位。",
    "查处了高空抛物、乱搭乱建、占道经营等问题。",
    "对高边坡、危房、病险水库等进行拉网式排查。",
    "采购了钢管、石材、金属构件等材料。",
    "整治了黄土裸露、车辆带泥上路、夜间施工扰民等现象。",
    "严查酒驾、毒驾、超员超载、疲劳驾驶等违法行为。",
    "展出了字画、陶瓷、古籍、钱币等藏品。",
    "对塔吊、施工升降机、吊篮等起重设备开展检测。",
    "易燃易爆、危化品、高温熔融金属等重点领域要加强监管。",
    "推广秸秆还田、测土配方、水肥一体化等技术。",
    "整治了违规搭建、杂物堆放、飞线充电等隐患。",
    "建成了文体中心、党群服务站、卫生室等设施。",
    "组织开展龙舟赛、拔河、跳绳等群众性体育活动。",
]
TITLES = ["副市长", "市长", "县长", "副县长", "镇长", "党委书记", "局长", "副局长", "主任", "副主任", "书记",
          "村党支部书记", "校长", "院长", "董事长", "总经理", "所长", "队长", "部长", "副书记", "主席", "秘书长"]
UNITS = ["县公安局", "市教育局", "区卫生健康委", "镇政府", "市人民医院", "县交通运输局", "区财政局",
         "市生态环境局", "县农业农村局", "街道办事处", "市税务局", "县人民法院", "区应急管理局", "市文联"]
# Transliterated names: syllables as foreign names are written in Chinese (general knowledge).
FOREIGN_FIRST = "阿巴卡达加哈拉马纳帕萨塔瓦扎贝德费格赫杰凯莱梅内佩雷塞特韦比迪菲基利米尼皮里西蒂维博多戈科洛莫诺波罗索托沃布杜古胡库卢穆努普鲁苏图乌安艾奥伊埃"
FOREIGN_MIDDLE = "尔兰林伦斯克特德诺维里拉纳塔卡萨巴马利米尼罗索"
FOREIGN_END = ["斯", "夫", "娃", "基", "尔", "特", "森", "逊", "顿", "克", "德", "诺", "娜", "莉", "亚", "尼", "奇",
               "耶夫", "斯基", "罗夫", "曼", "格", "姆", "茨", "拉", "科", "莎"]
FOREIGN_GIVEN = ["约翰", "戴维", "迈克尔", "詹姆斯", "罗伯特", "托马斯", "威廉", "查尔斯", "安德鲁", "玛丽", "安娜",
                 "索菲亚", "玛利亚", "卡洛斯", "穆罕默德", "艾哈迈德", "弗拉基米尔", "尼古拉", "保罗", "马克"]
FOREIGN_SHARE = 0.15  # share of person slots filled with a transliterated name
OTHER_CHARS = 0.04  # share of given characters drawn from outside given_name_chars.txt
COUNTRIES = ["美国", "法国", "德国", "英国", "俄罗斯", "日本", "韩国", "意大利", "西班牙", "加拿大", "澳大利亚", "巴西",
             "阿根廷", "墨西哥", "印度", "巴基斯坦", "埃及", "南非", "肯尼亚", "尼日利亚", "沙特阿拉伯", "伊朗",
             "土耳其", "以色列", "乌克兰", "波兰", "荷兰", "比利时", "瑞士", "瑞典", "挪威", "芬兰", "丹麦",
             "希腊", "葡萄牙", "新西兰", "印度尼西亚", "马来西亚", "菲律宾", "越南", "泰国", "柬埔寨", "老挝",
             "缅甸", "蒙古", "哈萨克斯坦", "古巴", "智利", "秘鲁", "哥伦比亚", "委内瑞拉", "阿尔及利亚"]
WORLD_CITIES = ["纽约", "洛杉矶", "芝加哥", "旧金山", "莫斯科", "圣彼得堡", "东京", "大阪", "首尔", "悉尼", "墨尔本",
                "多伦多", "温哥华", "迪拜", "开罗", "雅加达", "马尼拉", "河内", "新德里", "孟买", "伊斯坦布尔",
                "日内瓦", "维也纳", "布鲁塞尔", "阿姆斯特丹", "米兰", "巴塞罗那", "慕尼黑", "法兰克福", "里约热内卢",
                "布宜诺斯艾利斯", "开普敦", "内罗毕", "德黑兰", "利雅得", "卡拉奇", "达卡", "金边", "仰光", "乌兰巴托"]
NUMBERS = ["3", "5", "12", "30", "48", "65", "120", "2019", "1.5", "三", "十", "二十"]


def _read(name: str) -> list[tuple[str, ...]]:
    rows = []
    for line in (LEXICONS / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append(tuple(line.split("\t")))
    return rows


class NameMaker:
    """Made-up names: weighted surname + one or two given characters."""

    def __init__(self, rng: random.Random, other_chars: str) -> None:
        self.rng = rng
        sur = [(r[0], float(r[1]) if len(r) > 1 else 1.0) for r in _read("surnames.txt")]
        self.surnames = [s for s, _ in sur]
        self.sur_weights = [w ** 0.5 for _, w in sur]  # flatter than life: rare surnames seen too
        given = _read("given_name_chars.txt")
        self.given = [r[0] for r in given]
        self.given_weights = [{"3": 6.0, "2": 2.0, "1": 1.0}[r[1]] for r in given]
        self.other = other_chars

    def given_char(self) -> str:
        if self.rng.random() < OTHER_CHARS and self.other:
            return self.rng.choice(self.other)
        return self.rng.choices(self.given, self.given_weights)[0]

    def foreign(self) -> str:
        rng = self.rng
        name = rng.choice(FOREIGN_FIRST) + "".join(rng.choice(FOREIGN_MIDDLE) for _ in range(rng.randint(0, 2)))
        name += rng.choice(FOREIGN_END)
        if rng.random() < 0.2:
            name = rng.choice(FOREIGN_GIVEN) + "·" + name
        return name

    def __call__(self) -> str:
        if self.rng.random() < FOREIGN_SHARE:
            return self.foreign()
        sur = self.rng.choices(self.surnames, self.sur_weights)[0]
        n = 1 if self.rng.random() < 0.25 else 2
        return sur + "".join(self.given_char() for _ in range(n))


def _places() -> list[str]:
    return [r[0] for r in _read("regions.txt") if len(r) > 1 and r[1] in ("prefecture", "county")]


def _other_chars() -> str:
    """Chinese characters of our own bulletins: given characters off the list, now and then."""
    seen: dict[str, None] = {}
    for path in sorted((ROOT / "corpora" / "bulletins").glob("*.txt")):
        raw = path.read_bytes()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = raw.decode("gb18030", errors="ignore")
        for ch in text:
            if "\u4e00" <= ch <= "\u9fff":
                seen[ch] = None
    return "".join(seen)


def _fill(frame: str, rng: random.Random, cast: list[str], places: list[str]) -> tuple[str, list[str]]:
    names: list[str] = []
    out: list[str] = []
    pos = 0
    used: list[str] = []
    for m in re.finditer(r"\{([PTULNCW])\}", frame):
        out.append(frame[pos:m.start()])
        kind = m.group(1)
        if kind == "P":
            free = [c for c in cast if c not in used]
            name = rng.choice(free) if free else cast[0]
            used.append(name)
            names.append(name)
            out.append(name)
        elif kind == "T":
            out.append(rng.choice(TITLES))
        elif kind == "U":
            out.append(rng.choice(UNITS))
        elif kind == "L":
            out.append(rng.choice(places))
        elif kind == "C":
            out.append(rng.choice(COUNTRIES))
        elif kind == "W":
            out.append(rng.choice(WORLD_CITIES))
        else:
            out.append(rng.choice(NUMBERS))
        pos = m.end()
    out.append(frame[pos:])
    return "".join(out), names


def documents(n: int, seed: int = 7) -> list[tuple[str, list[str]]]:
    """``n`` made-up documents: (text, the names of the persons in it)."""
    rng = random.Random(seed)
    make = NameMaker(rng, _other_chars())
    places = _places()
    docs = []
    for _ in range(n):
        cast = list(dict.fromkeys(make() for _ in range(6)))
        sentences: list[str] = []
        names: list[str] = []
        if rng.random() < 0.5:  # one of the cast first with a title, later bare
            sentence, found = _fill("{T}{P}出席会议并讲话。", rng, cast[:1], places)
            sentences.append(sentence)
            names += found
        for _ in range(rng.randint(2, 5)):
            frame = rng.choice(PERSON_FRAMES) if rng.random() < 0.6 else rng.choice(TRAP_FRAMES)
            sentence, found = _fill(frame, rng, cast, places)
            sentences.append(sentence)
            names += found
        docs.append(("".join(sentences), list(dict.fromkeys(names))))
    return docs


if __name__ == "__main__":
    for text, names in documents(5):
        print(names, text)
