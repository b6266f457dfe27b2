"""Units: sentences written for the traps of real bulletins, with the exact units expected."""

import pytest

from nlp_pipeline.extract.units import extract_units

CASES = [
    # a brand jieba takes for a person's name begins a company or works named by its trade (round 12)
    ("副市长来到德云斋食品公司和马家庄饲料厂考察。", ["德云斋食品公司", "马家庄饲料厂"]),
    ("他和张家湾商贸连锁公司签订了合同。", ["张家湾商贸连锁公司"]),
    ("在厂区所属的张家湾热电厂，职工们正在检修。", ["张家湾热电厂"]),
    # 国家 before a known body is part of its name
    ("国家审计署开展了专项审计。", ["国家审计署"]),
    # a number and a suffix character are a count, no unit (but 秘书一处)
    ("本报讯一部反映青山变迁的话剧上演。", []),
    ("他直落三局战胜对手。", []),
    ("全省实现了百所联网。", []),
    # 办 the verb before the body one runs, or after an adverb
    ("他们到非洲办农场。", []),
    ("两国互办文化年。", []),
    ("学习中办国办印发的意见。", ["中办", "国办"]),
    # a verb before a brand of lone characters is no part of it
    ("质量要求使凯乐公司的产品经受了考验。", ["凯乐公司"]),
    # verbs jieba tags as nouns end the run (not_unit_name_words.txt)
    ("总统任命青禾石油公司总裁为部长。", ["青禾石油公司"]),
    ("他伙同青禾机械厂副厂长侵占公款。", ["青禾机械厂"]),
    ("协会紧急召开反兴奋剂委员会会议。", ["反兴奋剂委员会"]),
    ("我们应当重新认识合作社的作用。", []),
    # a lone preposition or verb before a lone 村, 乡 is no village's name (but 质安站, an abbreviation)
    ("因村电工调走，工作停了。", []),
    ("因乡财政困难，工程停了。", []),
    ("质安站负责检查。", ["质安站"]),
    # a long name runs on over a field's verb or 与 to its proper start (round 11)
    ("会议邀请了华北作物种质资源发掘与利用国家重点实验室专家。", ["华北作物种质资源发掘与利用国家重点实验室"]),
    ("他加入了中国学位与研究生教育学会。", ["中国学位与研究生教育学会"]),
    ("代数学与组合数学教育部重点实验室举办年会。", ["代数学与组合数学教育部重点实验室"]),
    # a unit written inside a longer one is not a unit of its own: the longer one ends later
    ("国家税务总局青山市税务局召开专题会议。", ["国家税务总局青山市税务局"]),
    ("听取了县水利局、市生态环境局河西分局的汇报。", ["县水利局", "市生态环境局河西分局"]),
    ("中共青山区西湖街道工作委员会办公室编", ["中共青山区西湖街道工作委员会办公室"]),
    # the left boundary of a name (round 14): never inside a word jieba cut (教 | 工部: 教工部), a parent before
    # 驻 and where it is stationed (驻 | 校), a parent before a body of its own (武装部队 | 总参谋部)
    ("农学院、教工部、学工部负责人参加。", ["农学院", "教工部", "学工部"]),
    ("村里成立了新党支部。", []),  # 新 | 党支部: a new branch, no 新党 (a word of the dictionary)
    ("青山市纪委监委驻校纪检监察组开展专项检查。", ["青山市纪委监委驻校纪检监察组"]),
    ("智利武装部队总参谋部发表声明。", ["智利武装部队总参谋部"]),
    ("中国共产党中央委员会发出通知。", ["中国共产党中央委员会"]),
    # a ministry or a leading group named by two fields joined by 和/与 runs on to its proper start
    ("秘鲁信息通信和数字经济部部长表示欢迎。", ["秘鲁信息通信和数字经济部"]),
    ("国家新能源研究与开发协调领导小组召开会议。", ["国家新能源研究与开发协调领导小组"]),
    # a quoted slogan naming a body's task is part of its name, with the body or scope before it
    ("省委“清风护航”专项行动领导小组印发通知。", ["省委“清风护航”专项行动领导小组"]),
    ("中央“清风护航、廉洁同行”主题教育领导小组印发通知。", ["中央“清风护航、廉洁同行”主题教育领导小组"]),
    ("深化“一支部一特色”创建活动领导小组工作。", ["“一支部一特色”创建活动领导小组"]),
    # slogans and service names in quotes are no units, a quoted unit is
    ("深化“一支部一特色”创建活动。", []),
    ("全面推行“跨省通办”服务。", []),
    ("由“市创建办”统一调度。", ["市创建办"]),
    # 以…为中心, 立案查处, 集团级: not units
    ("坚持以群众为中心的发展思想。", []),
    ("对违法行为立案查处12起。", []),
    ("培育集团级示范品牌3个。", []),
    # generic references, also through a bracketed aside
    ("各县（市、区）教育局要抓好落实。", []),
    ("公办幼儿园和民办学校同步开学。", []),
    ("市级示范学校名单已公布。", []),
    # a verb jieba glues to a county name (会同县) stays outside the unit
    ("会同县财政局开展专项检查。", ["县财政局"]),
    # a place name jieba takes for a person's name, before 乡 / 镇
    ("白沙乡人民政府组织群众转移。", ["白沙乡人民政府"]),
    # a company's name holds its trade, verbs included
    ("东方船舶修造有限公司召开年中工作会议。", ["东方船舶修造有限公司"]),
    ("镇综合行政执法队开展夜查。", ["镇综合行政执法队"]),
    ("分行办公室负责汇总。", ["分行办公室"]),
    # a title jieba joins to the unit (医院院长) is cut off; numbered offices (秘书一处)
    ("青山县人民医院院长出席。", ["青山县人民医院"]),
    ("省政府办公厅秘书一处牵头起草。", ["省政府办公厅秘书一处"]),
    ("巡查中发现一处隐患。", []),
    ("年底前每所学校至少演练一次。", []),
    ("市政府办公室秘书一科负责。", ["市政府办公室秘书一科"]),
    ("网格员在石牛村一处山坡发现裂缝。", []),  # (a village after 在 is a place)
    # regulators by their short names, armed forces; a given name ending in 军 is no army
    ("中国银监会和证监会联合发文。", ["中国银监会", "证监会"]),
    ("海军某部官兵参与抢险。", ["海军"]),
    ("副镇长石建军带队检查。", []),
    # verbs that unit names are made of; 与 inside a discipline's name
    ("市局督察支队开展明察暗访。", ["市局督察支队"]),
    ("学校招生就业处负责解答。", ["学校招生就业处"]),
    ("材料科学与工程学院承办。", ["材料科学与工程学院"]),
    # well-known bodies without a unit suffix (known_units.txt), also before a title
    ("党中央、国务院高度重视。", ["党中央", "国务院"]),
    ("中共中央国务院印发意见。", ["中共中央", "国务院"]),
    ("活动由中央电视台体育部和国际泳联主办。", ["中央电视台体育部", "国际泳联"]),
    ("坚持党和政府的领导，不知道怎么办。", []),
    ("新华社记者报道：联合国安理会通过决议。", ["新华社", "联合国安理会"]),
    ("他当选全国政协委员。", ["全国政协"]),
    ("九届全国政协一次会议开幕。", ["全国政协"]),
    ("报送：农业农村部办公厅。各县农业农村部门要抓好落实。", ["农业农村部办公厅"]),
    ("这是个人行为。", []),
    # a dateline, a post or a verb before the unit is no part of it
    ("新华社北京1月20日电外交部发言人表示，", ["新华社", "外交部"]),
    ("本报讯市公安局交警支队开展夜查。", ["市公安局交警支队"]),
    ("曾任县委书记，现任宿县地委委员。", ["宿县地委"]),
    ("据新华社联合国1月14日电", ["新华社", "联合国"]),
    ("听省农委介绍。", ["省农委"]),
    # teams, troupes, parties and missions need a proper name before their head word
    ("中国队以4比0轻取瑞典队。", ["中国队", "瑞典队"]),
    ("八一队主场战胜浙江中欣队。", ["八一队", "浙江中欣队"]),
    ("昨晚山东队力克河北队。", ["山东队", "河北队"]),
    ("联合主要科研院所攻关。", []),
    ("组建迎峰度夏党员突击队。", []),
    ("副检察长党晓燕参加会议。", []),
    ("领队和球队成员合影。", []),
    ("东方歌舞团将赴港演出。", ["东方歌舞团"]),
    ("中华人民共和国驻南非共和国大使馆开馆。", ["中华人民共和国驻南非共和国大使馆"]),
    ("市纪委监委驻市教育局纪检监察组参加。", ["市纪委监委驻市教育局纪检监察组"]),
    ("全党同志要牢记使命。", []),
    # a bare kind of body, or one of a kind (外资银行, 某部队), is no unit
    ("部队官兵和工厂职工参加抢险。", []),
    ("外资银行和骨干船厂纷纷入驻。", []),
    ("要加快地方政府职能转变。", []),
    # 所 the particle, 中心 inside 中心任务, 家乡 and 四处: no units
    ("这一做法被人们所认识。", []),
    ("这是政府所能做到的。", []),
    ("把扶贫作为农村中心任务来抓。", []),
    ("离开家乡多年。", []),
    ("第十九条血站违反规定的，责令改正。", []),
    # a place name inside the unit: 白沙 (a name jieba takes for a person's), 新塘村, unit verbs
    ("由白沙自然资源所负责登记。", ["白沙自然资源所"]),
    ("我镇在新塘村召开现场会。", []),  # (a village after 在 is a place)
    ("新塘村委会召开现场会。", ["新塘村委会"]),
    ("市水利局水旱灾害防御科牵头。", ["市水利局水旱灾害防御科"]),
    ("进度报街道平安办。", ["街道平安办"]),
    ("石桥镇中心学校组织演练。", ["石桥镇中心学校"]),
    ("质安站和市住建局质安站联合检查。", ["质安站", "市住建局质安站"]),
    # no unit ends inside a longer word: 民政局 is no 政局, 秘书四处 is no 四处
    ("县民政局将会同县财政局开展督查。", ["县民政局", "县财政局"]),
    ("省政府办公厅秘书四处负责。", ["省政府办公厅秘书四处"]),
    ("市局食品经营安全监督管理科负责。", ["市局食品经营安全监督管理科"]),
    # a title, a person or a verb before the unit is no part of it
    ("中共中央总书记习近平主持会议新华社北京12月8日电", ["中共中央", "新华社"]),
    ("通讯员史照栋新华社记者赵忠生", ["新华社"]),
    ("习近平致信祝贺中国志愿服务联合会成立。", ["中国志愿服务联合会"]),
    ("坚决贯彻新时代中国共产党的主张。", ["中国共产党"]),
    ("原中央民族学院副院长出席。", ["中央民族学院"]),
    ("世界冠军挪威队以3比0获胜。", ["挪威队"]),
    # associations, chapters, troupes and university departments after a name
    ("中国剧协和天津美协联合举办。", ["中国剧协", "天津美协"]),
    ("她考入东京音乐大学声乐系学习。", ["东京音乐大学声乐系"]),
    ("中美关系和管理体系都有进展。", []),
    ("前线话剧团演出。", ["前线话剧团"]),
    # 第八届 and 第十九条 are no part of a name; 这一大学, 大量煤矿, 一流大学 are no units
    ("第八届全国人民代表大会常务委员会第二十九次会议通过", ["全国人民代表大会常务委员会"]),
    ("政协四川省第八届委员会第一次全体会议", ["政协四川省第八届委员会"]),
    ("这一大学文化代代相传。", []),
    ("减少了大量煤矿运输成本。", []),
    ("建设世界一流大学。", []),
    # a company needs a name: a verb before 银行 / 公司 is no part of it, 名列 no name at all
    ("工商银行已决定改革银行联行清算办法。", ["工商银行"]),
    ("盈利名列银行同业前茅。", []),
    ("物业管理公司负责维修。", ["物业管理公司"]),
    ("但须报人民检察院备案。", ["人民检察院"]),
    ("本报讯解放军第三军医大学大坪医院开展义诊。", ["解放军第三军医大学大坪医院"]),
    ("2008年第112期中央银行票据发行。", ["中央银行"]),
    # a suffix that starts a title or a verb (部 | 长江, 站在, 院训) ends no unit
    ("党委常委、宣传统战部部长江英飒出席。", ["宣传统战部"]),
    ("同志为核心的党中央站在全局高度。", ["党中央"]),
    ("港澳续办同类型签注。", []),
    ("市长热线办公室受理来电。", ["市长热线办公室"]),
    # a known body is whole even where it starts like a fragment (建设部); places jieba takes for
    # persons' names (张家口, 乌审旗); department names with 和 / 与 inside
    ("建设部等七部委联合发布通知。", ["建设部"]),
    ("张家口崇礼县政府和内蒙古乌审旗政府签约。", ["张家口崇礼县政府", "内蒙古乌审旗政府"]),
    ("市住建委和市国土资源和房屋管理局联合发文。", ["市住建委", "市国土资源和房屋管理局"]),
    ("教育部国际合作与交流司司长出席。", ["教育部国际合作与交流司"]),
    # a brand cut into single characters stays in the company's name; a verb before it does not
    ("台湾顶新集团公司捐赠物资。", ["台湾顶新集团公司"]),
    ("王纲敏建起了北丰复合肥厂。", ["北丰复合肥厂"]),
    ("年内成立了新公司。", []),
    ("在山西走进阳泉阀门股份有限公司生产车间。", ["阳泉阀门股份有限公司"]),
    ("日前向大同机车厂颁发证书。", ["大同机车厂"]),
    ("赠给灾区小学和驻军部队，整个学校都来了。", []),
    ("尤其是非银行金融机构。", []),
    # a zone after 在 / 深入 / 位于 is a place; acting, it is a unit
    ("服务队深入县经济开发区走访企业。", []),
    ("签约仪式在禾阳经济技术开发区举行。", []),
    ("禾阳经济技术开发区管委会召开会议。", ["禾阳经济技术开发区管委会"]),
    ("县经济开发区组织安全检查。", ["县经济开发区"]),
    # the writer's own body (我院, 我校) and a bare kind word (学院) are no named unit
    ("我院召开全体教职工大会。", []),
    ("我校与禾阳大学签订合作协议。", ["禾阳大学"]),
    ("学院领导班子成员出席。", []),
    ("计算机学院召开会议。", ["计算机学院"]),
    ("他是我的顶头上司。", []),
    # quoted speech (a sentence in quotes) names units; a quoted phrase does not
    ("他说：“感谢市公安局的帮助，我们放心了。”", ["市公安局"]),
    ("开展“一局一品牌”评选。", []),
    # a known body is whole even where it ends like a non-unit word (国家安全部 is no 全部)
    ("国家安全部和司法部联合发文。", ["国家安全部", "司法部"]),
    # a country before its government (jieba: 约旦/d, 爱尔兰/nr); a foreign city is no unit (莫斯科)
    ("约旦政府发言人表示欢迎。", ["约旦政府"]),
    ("爱尔兰政府总理会见客人。", ["爱尔兰政府"]),
    ("代表团抵达莫斯科。", []),
    # a title that starts with a unit (市委书记, 市委常委) is cut after a place, not alone
    ("青山市委书记李明出席。", ["青山市委"]),
    ("泰州市委常委、副市长王伟出席。", ["泰州市委"]),
    ("市委书记李明出席。", []),
    # a leading group with a name is a unit (领导小组 is a longer suffix than 小组); 检查小组 is not
    ("县扶贫开发领导小组召开会议。", ["县扶贫开发领导小组"]),
    ("成立检查小组。", []),
    # a name in Latin letters right before the unit word; not vs between two teams
    ("IBM公司宣布裁员。", ["IBM公司"]),
    ("WCG组委会决定延期。", ["WCG组委会"]),
    ("上海队vs北京队的比赛", ["上海队", "北京队"]),
    # a direction word (北方/f) and a name jieba takes for a person's, after a place of a level
    ("北方电讯公司宣布", ["北方电讯公司"]),
    ("江阴市青少年活动中心举办讲座。", ["江阴市青少年活动中心"]),
    ("宁波市文成经贸公司成立。", ["宁波市文成经贸公司"]),
    # armed forces by their country's short form, as 海军
    ("美军舰艇抵港。", ["美军"]),
    # kinds of companies and places, rooms, the whole of a body, two countries' governments
    ("航空公司提供服务。", []),
    ("把温室建在客厅里。", []),
    ("全厂职工参加。", []),
    ("两国政府签署协定。", []),
    ("在市中心开了一家店。", []),
    ("村里的行政村和自然村都通了路。", []),
    ("日本政局动荡不安。", []),
    ("市民政局牵头，县财政局配合。", ["市民政局", "县财政局"]),
    ("上海要建设国际金融中心。", []),
    ("警方打掉一个贩毒集团。", []),
    ("灾民搬进了移民新村。", []),
    # some body (一家, 另一家, 八所) is no named unit; a named one after 一家 is
    ("他在一家外贸公司工作。", []),
    ("年内再开设另一家贷款公司。", []),
    ("与一家华泰机械公司签约。", ["华泰机械公司"]),
    ("集八所大学的优势。", []),
    # 所 right after a body is the particle (国会所乐见)
    ("这并非国会所乐见。", []),
    # a word that starts with 各 is generic (各乡镇/ns | 党委书记); one that starts with a known body is not
    ("各乡镇党委书记参加。", []),
    ("全国人大常委会办公厅发布公告。", ["全国人大常委会办公厅"]),
    # 全国 after 第…届 is part of the national committee's name
    ("政协第十届全国委员会常务委员会举行会议。", ["政协第十届全国委员会常务委员会"]),
    ("全国委员会和全国公安机关", []),
    # national and international bodies of known_units.txt
    ("国家防总和中国贸促会派员参加。", ["国家防总", "中国贸促会"]),
    ("经合组织发布报告。", ["经合组织"]),
    # units written together without a comma, each with its province, are two; a body before a
    # province and its office (政协, 武警, 国家税务总局) is one name
    ("浙江省杭州市文化局浙江省图书馆联合主办。", ["浙江省杭州市文化局", "浙江省图书馆"]),
    ("江西省南昌市卫生局江西省中医院获奖。", ["江西省南昌市卫生局", "江西省中医院"]),
    ("武警江西总队开展训练。", ["武警江西总队"]),
    ("政协江西省第九届委员会开幕。", ["政协江西省第九届委员会"]),
    ("国家税务总局江西省税务局发文。", ["国家税务总局江西省税务局"]),
    # a kind of bodies (管理部门) before a named unit is no part of it; 期 after a number in Chinese
    ("该校的主管部门青山区教育局表示，", ["青山区教育局"]),
    ("第一百零二期中央银行票据发行。", ["中央银行"]),
    # a company's name jieba takes for a person's (万德莱/nr)
    ("深圳万德莱公司成立于去年。", ["深圳万德莱公司"]),
    # 办 the verb after 不 / 越
    ("刊物越办越好，违规的事坚决不办。", []),
    # kinds of governments and courts named in laws
    ("省、自治区、直辖市人民政府应当加强领导。", []),
    ("案件由第二审人民法院审理。", []),
    # a place begins the unit's name: a common word or a verb jieba tags as a noun before it stays
    # out (发展, 精简分流, 调往), a place, a body, a word of scope or a level word before it stays in
    ("积极发展苏州农村商业银行。", ["苏州农村商业银行"]),
    ("积极发展城市商业银行。", []),  # (banks of a kind: 城市 begins the name, see session 7c below)
    ("经过精简分流东山矿务局扭亏为盈。", ["东山矿务局"]),
    ("她随后被调往山东省委机关任职。", ["山东省委"]),
    ("本月国家黄河委员会发布公告。", ["国家黄河委员会"]),
    ("中国人民银行北京分行发布通知。", ["中国人民银行北京分行"]),
    ("中共江苏省委召开会议。", ["中共江苏省委"]),
    ("共青团河北省委召开会议。", ["共青团河北省委"]),
    # a lone character before a province ends a name run into the unit (a list without spaces)
    ("获奖者有演员孙文瑞福建省南平市文化馆馆员吴凡。", ["福建省南平市文化馆"]),
    ("获奖者有记者周德平山东省文化厅干部吴凡。", ["山东省文化厅"]),
    ("原河北省委书记到会讲话。", ["河北省委"]),
    ("中国驻美国大使馆举行招待会。", ["中国驻美国大使馆"]),
    # forces and teams sent out need a proper name before them (unit_name_heads.txt): 救灾部队 and
    # 志愿医疗队 are kinds of bodies, 武警部队 and 上海市医疗队 named ones
    ("灾区群众送别救灾部队。", []),
    ("志愿医疗队深入村屯巡诊。", []),
    ("青年志愿者服务队走进社区。", []),
    ("武警部队官兵赶赴现场。", ["武警部队"]),
    ("上海市医疗队抵达灾区。", ["上海市医疗队"]),
    ("交警大队和刑侦大队联合行动。", ["交警大队", "刑侦大队"]),
    # a kind of body alone (unit_kind_words.txt) is no unit; with a name or a unit before it, it is
    ("新成立的合作社建起了党支部。", []),
    ("他在农场干了十年。", []),
    ("游客参观了纪念馆。", []),
    ("市总工会和区总工会参加。", ["市总工会", "区总工会"]),
    ("东风农场党委召开会议。", ["东风农场党委"]),
    ("县委党校举办培训班。", ["县委党校"]),
    # a two-character dictionary word that is no place ends like a village or a town
    ("总指挥坐镇一线指挥抢险。", []),
    ("医生们进村入户开展义诊。", []),
    ("他和我是同村的伙伴。", []),
    ("桃园村召开村民大会。", ["桃园村"]),
    ("枫岭镇组织巡查。", ["枫岭镇"]),
    # a one-character suffix used as a verb (before 着, 了, 得) or the particle 所 (所 + verb + 的,
    # after a pronoun) ends no unit
    ("这份报纸办得很有特色。", []),
    ("他在门口站着等人。", []),
    ("这是山东所规划的重点项目。", []),
    ("这也是她所关心的问题。", []),
    ("市创建办了解情况。", ["市创建办"]),
    ("县动物卫生监督所通报了检查结果。", ["县动物卫生监督所"]),
    # places and parts of the body end like a division (处) or a department (部)
    ("车辆停在两县交界处。", []),
    ("改进作风要从细微处做起。", []),
    ("伤者腿部受伤送往医院。", []),
    ("市政府办公室秘书处负责接待。", ["市政府办公室秘书处"]),
    # more heads that need a name before them: military districts and armies, leagues, companies
    # abroad, sports schools
    ("官兵们来到宁远军分区营房。", ["宁远军分区"]),
    ("朝鲜人民军举行阅兵。", ["朝鲜人民军"]),
    ("德国基督教民主联盟赢得大选。", ["德国基督教民主联盟"]),
    ("两国结成战略联盟。", []),
    ("东京丰田汽车株式会社发布新车。", ["东京丰田汽车株式会社"]),
    ("北湖区体校培养了许多冠军。", ["北湖区体校"]),
    # a bracket inside a company's name (its group, a place) is part of it; an aside is not
    ("青禾机械（集团）公司召开大会。", ["青禾机械（集团）公司"]),
    ("西门子（中国）有限公司赞助比赛。", ["西门子（中国）有限公司"]),
    ("各县（市、区）教育局要落实。", []),
    ("本办法（试行）由市政府负责解释。", ["市政府"]),
    # a known body before a sub-unit is never cut after a verb it starts with (联合国, not 联合 | 国…);
    # a special committee needs a name before it
    ("联合国特委会发表声明。", ["联合国特委会"]),
    ("特委会的核查工作仍在继续。", []),
    ("市委联合县政府开展检查。", ["市委", "县政府"]),
    # words of scope (内地, 境内, 全球) make a body generic
    ("内地分行也开始试点这项业务。", []),
    ("该组织的全球会员银行达到两千家。", []),
    ("中国银行香港分行发布公告。", ["中国银行香港分行"]),
    # a verb or adverb of activity before a kind of body is no part of a name (助力 | 村委会, 运用 | 政府);
    # a conjunction (暨) ends the run; praise, kinship and a new term make a body generic (一流, 兄弟, 新一任)
    ("志愿者下乡助力村委会整理档案。", []),
    ("要善于运用政府资源办好实事。", []),
    ("三名竞选班委的学生作了演讲。", ["班委"]),
    ("全力助推学校发展。", []),
    ("要切实加强学校食堂监管。", []),
    ("调整学校布局。", []),
    ("校友们踊跃贡献商学院发展建议。", ["商学院"]),
    ("会议选举产生教职工暨第三届工会委员会。", ["工会委员会"]),
    ("省里提出打造一流农业大学的目标。", []),
    ("各校积极与兄弟学院交流经验。", []),
    ("向兄弟单位学习。", []),
    ("代表团参访了吉尔伯特兄弟农场。", ["吉尔伯特兄弟农场"]),
    ("新一任班委名单今天公示。", []),
    # bodies counted with digits are no named ones; kinds of centre and fields of study are no units
    ("全县已设立12个人民调解委员会。", []),
    ("对4所学院党委开展巡察。", []),
    ("县里新设专家工作站两处。", []),
    ("今年文科和理科招生计划已公布。", []),
    # a room number is no name (C108室); a city's sub-centre is a district; 首都 (jieba: d) begins a name
    ("会议在C108室举行。", []),
    ("校党委在B305室召开会议。", ["校党委"]),
    ("加快推进北京城市副中心建设。", []),
    ("首都规划建设委员会办公室印发通知。", ["首都规划建设委员会办公室"]),
    ("首都博物馆举办特展。", ["首都博物馆"]),
    # two fields joined by 与 name one school or institute; a body, a person or persons on the left do not
    ("电气与动力工程学院召开学生大会。", ["电气与动力工程学院"]),
    ("区域经济与金融研究所发布报告。", ["区域经济与金融研究所"]),
    ("国际经济与贸易系召开教学会议。", ["国际经济与贸易系"]),
    ("农业大学资源与环境学院举办讲座。", ["农业大学资源与环境学院"]),
    ("学生与计算机学院签约。", ["计算机学院"]),
    ("张三与计算机学院学生交流。", ["计算机学院"]),
    ("市教育局与动力工程学院签署协议。", ["市教育局", "动力工程学院"]),
    ("法学院与经济学院联合主办。", ["法学院", "经济学院"]),
    # kinds of body by their rank or role are no units by themselves
    ("推进法治政府建设。", []),
    ("机关科室负责人参会。", []),
    ("他被评为优秀团支部，支委带头学习。", []),  # (session 8: a League branch alone is a kind, like 党支部)
    ("综合性大学应发挥带动作用。", []),
    ("毕业生常常惦记母院。", []),
    # 各 inside a name, a level of city or 单位 before a body, and bodies of a kind make a generic reference
    ("青山区各乡镇社区都设了服务点。", []),
    ("市政府各部门要配合。", ["市政府"]),
    ("方案需经地级市人大审议。", []),
    ("督查组约谈了被督查单位党委负责人。", ["督查组"]),
    ("园区与高校院所共建实验室。", []),
    ("专业学院要完善考核办法。", []),
    # an idiom (jieba: i) never begins a name; verbs of study, praise and protest stop the run
    ("家长们非常感谢学校的关心。", []),
    ("全面落实中央全面深化改革委员会部署。", ["中央全面深化改革委员会"]),
    ("出入境管理大队开展检查。", ["出入境管理大队"]),
    ("该生现就读经济学院三年级。", ["经济学院"]),
    ("校友们要弘扬学校办学精神。", []),
    ("来信热烈祝贺中共成立一百周年。", ["中共"]),
    ("多国抗议日本内阁的决定。", ["日本内阁"]),
    # a known body after a number is no body counted; 与 before a lone kind word joins no fields
    ("检查组走访了30个国务院直属机构。", ["国务院"]),
    ("做好课程规划与学院评估。", []),
    # bodies counted with 支; the school and its colleges in general; kinds of branch, committee and union
    ("共有十二支部门工会代表队报名。", []),
    ("学校学院两级督导同步开展。", []),
    ("学院院班子集体研究了方案。", []),
    ("学院党支部规范化建设稳步推进。", []),
    ("目标是建成研究型学院。", []),
    ("执法大队开展整治。", ["执法大队"]),
    ("第一支部召开会议。", ["第一支部"]),
    # 和 joins two fields in a school's name as 与 does
    ("资源和环境学院举办讲座。", ["资源和环境学院"]),
    ("历史和文化学院召开会议。", ["历史和文化学院"]),
    ("法学院和经济学院联合主办。", ["法学院", "经济学院"]),
    # a body named after a public figure holds the name (jieba tags 周恩来 t); a figure before a known body does not
    ("周恩来政府管理学院党委召开会议。", ["周恩来政府管理学院党委"]),
    ("鲁迅纪念馆举办特展。", ["鲁迅纪念馆"]),
    ("宋庆龄基金会捐赠物资。", ["宋庆龄基金会"]),
    ("习近平向中共中央党校致信。", ["中共中央党校"]),
    # bodies of a kind after 被 and a verb are none named; two kinds named together are no unit
    ("巡视组听取了被巡视学院党委的汇报。", ["巡视组"]),
    ("他被调往山东省委工作。", ["山东省委"]),
    ("厅局之间要共享数据。", []),
    ("院所合作项目共有八项。", []),
    # a school's postdoctoral station in general, and leaving one (退 | 站: a verb, no abbreviation)
    ("博士后进入学校流动站。", []),
    ("博士后按期退站。", []),
    ("质安站开展检查。", ["质安站"]),
    # a verb whose object is a kind of body (促进 | 学校) is no name; a verb naming an office's task is
    ("要进一步促进学院教学发展。", []),
    ("全力保障学校平稳运行。", []),
    ("努力打响学院品牌。", []),
    ("切实解决影响学校发展的问题。", []),
    ("严格管控学校校门。", []),
    ("继续优化地方政府债券管理。", []),
    ("校团委、招生办公室负责人参会。", ["校团委", "招生办公室"]),
    ("县信访局和设计学院派员参加。", ["县信访局", "设计学院"]),
    # an ordinal office after a lone character is no office (心往一处想), after a name it is
    ("让大家心往一处想、劲往一处使。", []),
    ("秘书一处负责会务。", ["秘书一处"]),
    # verbs and their objects that end like a unit: 心系, 办大事, 开新局, 社会主义大学
    ("他始终心系群众。", []),
    ("发挥集中力量办大事的优势。", []),
    ("为十四五开好局、奋力开新局。", []),
    ("努力办好中国特色社会主义大学。", []),
    ("中央社会主义学院举办培训班。", ["中央社会主义学院"]),
    # township and small bodies in general, care homes and clinics named by their kind
    ("推进县级医院和乡镇卫生院提档升级。", []),
    ("石岭镇卫生院开展义诊。", ["石岭镇卫生院"]),
    ("县乡镇企业局召开会议。", ["县乡镇企业局"]),
    ("在中小学援建小型图书馆。", []),
    ("引导医院、学校、养老院科学选址。", []),
    ("落实地方党委和政府主体责任。", []),
    ("青禾市社会福利院开展活动。", ["青禾市社会福利院"]),
    # two tasks joined by 与 or 和 name one office, department or centre; persons or a body on the left do not
    ("信息与教育技术中心做好保障。", ["信息与教育技术中心"]),
    ("国际合作与交流处副处长出席。", ["国际合作与交流处"]),
    ("青禾国能源与数字主权部发表声明。", ["青禾国能源与数字主权部"]),
    ("社会和法制委员会审议草案。", ["社会和法制委员会"]),
    ("教务处与学生处联合发文。", ["教务处", "学生处"]),
    ("扶贫工作办公室全体成员和监察处参加。", ["扶贫工作办公室", "监察处"]),
    ("鼓励学校与社区服务中心合作。", ["社区服务中心"]),
    # a branch campus is a unit after its university's name; alone it is a kind
    ("他曾在青禾大学石岭分校任教。", ["青禾大学石岭分校"]),
    ("各地分校陆续开学。", []),
    # 投身 (jieba: n) stops a run; 赴, 往, 至 are no part of a brand cut into characters
    ("号召青年投身学校建设。", []),
    ("他投身于社区防疫工作。", []),
    ("实践团赴石岭变压器公司调研。", ["石岭变压器公司"]),
    ("调研组赴石岭乡开展调研。", []),  # (a town visited is a place: see below)
    # 中心作用, 经商办企业: the suffix starts a longer word; a bare 科学院 is a kind (环 | 科学院: a cut abbreviation)
    ("维护联合国中心作用。", ["联合国"]),
    ("整治违规经商办企业问题。", []),
    ("青禾大学-环科学院举办运动会。", ["青禾大学"]),
    ("青山市科学院发布报告。", ["青山市科学院"]),
    # before a school's own word (学校, 学院, 大学) a verb jieba tags as a noun, a time or a person is no part of
    # its name (school_object_words.txt); a field joined by 与 still is
    ("要充分利用学校提供的平台。", []),
    ("校长总结学校年度工作。", []),
    ("学院党委高质量服务学校发展。", ["学院党委"]),
    ("深化新时代学校思想政治工作。", []),
    ("本学期学校将召开会议。", []),
    ("接下来学院将开展培训。", []),
    ("希望大家宣传学校防疫要求。", []),
    ("积极协调青禾农学院、石岭研究所。", ["青禾农学院", "石岭研究所"]),
    ("广泛宣传青禾大学扶贫经验。", ["青禾大学"]),
    ("旅游与服务学院举办讲座。", ["旅游与服务学院"]),
    ("石岭服务中心开展活动。", ["石岭服务中心"]),
    ("我才明白学校的日子多么美好。", []),
    ("青年学子书写体院精神。", ["体院"]),
    # two lone characters at a clause's start abbreviate one name (环材学院, 通禾集团: jieba tags the first a verb);
    # not a level (请 | 省农委), nor a post (原 | 校督导组)
    ("来自公管学院、环材学院的师生参加。", ["公管学院", "环材学院"]),
    ("青禾大学->环材学院举行开学典礼。", ["青禾大学", "环材学院"]),
    ("中公教育、通禾集团等企业参会。", ["中公教育", "通禾集团"]),  # (中公教育: an item of a list of companies)
    ("原校督导组组长出席。", ["校督导组"]),
    ("，请省农委派员参加。", ["省农委"]),
    # two fields joined by 与 name a school also when a sub-unit follows it (光学工程学院 | 党委), and a field may be a
    # set phrase (土木工程/l) or 安全/an
    ("青禾大学电子信息与光学工程学院党委开展活动。", ["青禾大学电子信息与光学工程学院党委"]),
    ("力学与土木工程学院举办晚会。", ["力学与土木工程学院"]),
    ("发展规划与学科建设处负责人出席。", ["发展规划与学科建设处"]),
    ("食品加工与安全研究所所长出席。", ["食品加工与安全研究所"]),
    ("要加强与石岭研究院的合作。", ["石岭研究院"]),
    # a venue after a word of place is a place: halls, arenas, libraries, convention centres
    ("大会在青禾大学学生活动中心举行。", ["青禾大学"]),  # (the university that holds it stays)
    ("她每天都泡在图书馆。", []),
    ("代表们走进石岭市图书馆参观。", []),
    ("运动会在青禾市体育中心开幕。", []),
    ("青禾市体育中心发布通知。", ["青禾市体育中心"]),
    ("保卫处、图书馆负责人参会。", ["保卫处", "图书馆"]),
    # so is a village, a community, a town or a subdistrict; its bodies are units
    ("调研组来到青禾市石岭镇。", []),
    ("实践团赴石牛村开展调研。", []),
    ("总书记走进青禾市东湖区石岭街道。", []),
    ("石岭镇党委召开会议。", ["石岭镇党委"]),
    ("石牛村村委会组织村民学习。", ["石牛村村委会"]),
    # session 7 (real university and TV news): a demonstrative never begins a name (此 | 周报编辑部)
    ("在此周报编辑部向读者致谢。", ["周报编辑部"]),
    ("这份文件由其办公室转发。", []),
    # a verb jieba packs with an adverb or tags as a noun before a school or a known body is its verb
    # (认真总结 | 青禾大学, 申报 | 教育部, 深化 | 上合组织), no part of its name
    ("我们要认真总结青禾大学的经验。", ["青禾大学"]),
    ("今年拟申报教育部重点项目。", ["教育部"]),
    ("各方同意进一步深化上合组织框架内合作。", ["上合组织"]),
    ("全面深化学校综合改革。", []),
    ("为纪念青禾大学商学院的创办人举办展览。", ["青禾大学商学院"]),
    # a surname or a person's name before a one-character office or a kind word is how one addresses a
    # person (王科, 陈处, 赵中心), and 所 after a person's name is the particle (李岩所言)
    ("这份材料请王科签字。", []),
    ("请陈处把好关。", []),
    ("赵中心说了算。", []),
    ("塔什干孔院举办中文比赛。", ["塔什干孔院"]),  # (孔院, 孔子学院 abbreviated, is a known body)
    ("正如处长吴刚所言，基础最重要。", []),
    ("萧山中学和红岩纪念馆结对共建。", ["萧山中学", "红岩纪念馆"]),  # (萧山/nr, 红岩/nr: names of two characters)
    ("畅通机关部处与学院的协同机制。", []),
    ("村里新建了王浩纪念馆。", ["王浩纪念馆"]),  # (a hall named after a person: 王/nr 浩/nr)
    # a spot, no office: 处 after an adjective, a measure, a place or a thing (闪烁处, 五里处, 检票口处)
    ("他在灯光闪烁处停下脚步。", []),
    ("城东五里处有一座石桥。", []),
    ("旅客在检票口处排队。", []),
    ("积雪最深处没过膝盖。", []),
    # 站 after a numeral is a stop; a city and 站 (东站, 火车站) is a railway station
    ("他往大门前一站，大家都笑了。", []),
    ("列车缓缓驶入郑州东站。", []),
    ("旅客在洛阳站换乘。", []),
    ("洛阳市质监站开展抽检。", ["洛阳市质监站"]),
    # rooms, royal houses, spacecraft, fields of study, states of affairs: no units
    ("会议在学院多功能厅举行。", []),
    ("王室成员出席了典礼。", []),
    ("航天员进驻空间站。", []),
    ("志愿者在车站做好接站工作。", []),
    ("他的商科成绩很好，从不偏科。", []),
    ("两队进入最后对局。", []),
    # a bare kind of branch or station in general (党总支, 科技小院, 智能工厂), named ones are units
    ("各分党委、党总支要认真落实。", []),
    ("学生在科技小院驻扎了半年。", []),
    ("石岭柑橘科技小院获得表彰。", ["石岭柑橘科技小院"]),
    ("首批领航级智能工厂名单公布。", []),
    # a word of not_unit_name_words that starts a word (企业家) cuts the unit only where a place is left
    # (会同 | 县); else the run stops before the word
    ("中法企业家委员会举行会议。", []),
    # students of a school abbreviated (青大学子) are no 大学
    ("青大学子踊跃报名。", []),
    # foreign and national bodies: 全国 after a country is part of the name, two fields joined by 与 in an
    # administration's name (局, 署), a name jieba takes for a person's after a city (石景山/nr), 21世纪
    ("智利全国应急中心发布预警。", ["智利全国应急中心"]),
    ("加拿大食品与药品管理局批准上市。", ["加拿大食品与药品管理局"]),
    ("市教育局与交通局联合发文。", ["市教育局", "交通局"]),
    ("天津石景山机械总厂扩建厂房。", ["天津石景山机械总厂"]),
    ("青禾大学21世纪发展研究院揭牌。", ["青禾大学21世纪发展研究院"]),
    ("他享受国务院政府特殊津贴。", ["国务院"]),  # (政府 starts the allowance's name)
    # session 7b: a compound noun that starts with 联合, 企业 or 项目 stands in a name (联合攻关, 企业顾问); a post
    # (任) run into a word jieba takes for a name (任国民/nr) is cut off
    ("市科技局联合攻关办公室成立。", ["市科技局联合攻关办公室"]),
    ("青禾联合经营管理办公室发布通告。", ["青禾联合经营管理办公室"]),
    ("中德企业顾问委员会举行年会。", ["中德企业顾问委员会"]),
    ("他在重庆任国民参议会参议员。", ["国民参议会"]),
    # museums and memorial halls visited are places, also after 抵达, 参观 (了); a venue or a village before a word of
    # place (广场, 前, 一处) names the place; a unit right before 楼 after 在 names a building; a memorial hall's
    # subject is no unit mention
    ("同学们参观了青禾市博物馆。", []),
    ("实践团抵达石岭战役纪念馆。", []),
    ("队员们抵达石牛村开展调研。", []),
    ("青禾市博物馆发布年度报告。", ["青禾市博物馆"]),
    ("晚会在图书馆广场举行。", []),
    ("大家在图书馆前合影。", []),
    ("石牛村一处山坡出现裂缝。", []),
    ("讲座在化工学院楼B201举行。", []),
    ("化工学院举办讲座。", ["化工学院"]),
    ("师生参观石岭县抗日民主政府纪念馆。", []),
    # a party's members (中国共产党人) are persons, no mention of the party
    ("一代代中国共产党人接续奋斗。", []),
    ("中国共产党领导人民取得胜利。", ["中国共产党"]),
    # a university by its short name, a lone character and 大 (jieba: 大/a), begins the name of its college
    ("她考入湘大法学院深造。", ["湘大法学院"]),
    ("这项成果由禾大化学系完成。", ["禾大化学系"]),
    ("企业规模较大学院难以比拟。", []),
    # a body of a kind by ownership, character, wish or role is none named (官办小学, 创新型大学, 心仪大学, 生源学校);
    # 旗下 and 年度 stop a name's run
    ("各地兴办了不少官办小学。", []),
    ("他终于考进了心仪大学。", []),
    ("招生组走访生源学校。", []),
    ("石岭控股集团旗下青禾书院开业。", ["石岭控股集团", "青禾书院"]),
    ("2024年度国家自然科学基金委受理项目。", ["国家自然科学基金委"]),
    # a work's whole title in 《》 (a game, a novel) is no unit; nor, since round 19, a body named inside a
    # document's or a song's title: the text names it only outside the title
    ("他最爱玩《青禾陆军2》。", []),
    ("书架上摆着《石岭八部》。", []),
    ("新生齐唱《青禾大学校歌》。", []),
    ("学习《青禾大学章程》。", []),
    # two lone characters after a place or a preposition begin a name whatever jieba's tag of the first (盛/v, 环/v)
    ("他任职于苏州盛岚电子有限公司。", ["苏州盛岚电子有限公司"]),
    ("此次活动由环测学院承办。", ["环测学院"]),
    ("学生与通岳科技公司签约。", ["通岳科技公司"]),
    # verbs jieba tags as nouns stop the run (正值, 时任, 隶属于, 电告, 证实); 前述 makes a body an anaphora
    ("今年正值青禾大学建校七十周年。", ["青禾大学"]),
    ("该支社隶属于九三学社青禾市委员会。", ["九三学社青禾市委员会"]),
    ("县委统战部电告市委统战部。", ["县委统战部", "市委统战部"]),
    ("他证实公司高层正在谈判。", []),
    ("前述银行人士表示。", []),
    # 办 before what one runs (大学, 教育, 展) is the verb, no office; 综合大学 is a kind of university
    ("要扎根青禾大地办大学。", []),
    ("画家到石岭办展。", []),
    ("对于新办专业要加强指导。", []),
    ("在综合大学框架下办农科。", []),
    ("青禾大学发展办负责人参加会见。", ["青禾大学发展办"]),
    # a village or a community before its residents (村民, 居民) is a place, and so is the town it lies in
    ("石岭镇石牛村村民王某种了十亩茶。", []),
    ("要做好文昌社区居民的服务。", []),
    ("石牛村村委会组织学习。", ["石牛村村委会"]),
    # verbs jieba tags as an abbreviation or a name (深化/j, 敬仰/nr) and 高标准 never stand in a name; the central
    # commissions are known bodies (中央全面依法治国委员会: jieba tags 依法治国 ns)
    ("必须不断深化党的自我革命。", []),
    ("我们要敬仰党的事业。", []),
    ("高标准建设石岭商事法庭。", ["石岭商事法庭"]),  # (a place begins the name)
    ("中央全面依法治国委员会召开会议。", ["中央全面依法治国委员会"]),
    # after 位于, 地处, 坐落于 any name is a location
    ("这座小岛位于青禾洋中心。", []),
    ("新校区坐落于石岭大学东侧。", []),
    # a level of school (校级, 院级) makes a body generic, as 县级 does
    ("该班获评校级红旗团支部。", []),
    ("院级工会组织了健步走。", []),
    # 应对 and 感染 stand in the names of epidemic task forces
    ("石岭市应对新型冠状病毒感染肺炎疫情指挥部发布公告。", ["石岭市应对新型冠状病毒感染肺炎疫情指挥部"]),
    ("县应对疫情工作领导小组召开会议。", ["县应对疫情工作领导小组"]),
    ("要积极应对市场风险。", []),
    # session 7c: boundaries. A Latin name before a place begins the name; a brand jieba takes for a person's stays
    # before 集团有限公司; 联合 before a school or laboratory, 分 before a Party branch, an era (现代) and a lone
    # adjective before a noun (新 | 农村) stand in the name; two companies written together are two units
    ("ACME中国研发中心成立五周年。", ["ACME中国研发中心"]),
    ("金太阳集团有限公司捐赠了一批图书。", ["金太阳集团有限公司"]),
    ("石岭大学联合研究生院举行开学典礼。", ["石岭大学联合研究生院"]),
    ("市公安局联合交警大队开展夜查。", ["市公安局", "交警大队"]),
    ("竹苑分党工委召开会议。", ["竹苑分党工委"]),
    ("石岭现代农业产业研究院成立。", ["石岭现代农业产业研究院"]),
    ("石岭大学新农村建设研究院揭牌。", ["石岭大学新农村建设研究院"]),
    ("流浪猫被送到青禾小动物救助站。", ["青禾小动物救助站"]),
    ("石岭市供电公司华电工程咨询有限公司共同承建。", ["石岭市供电公司", "华电工程咨询有限公司"]),
    ("石岭电力集团公司华东分公司负责运维。", ["石岭电力集团公司华东分公司"]),
    # bodies of a kind: a person group's Party branch, bodies named with 高校 or 城市 (but 省委高校工委)
    ("研究生党支部开展学习。", []),
    ("各学院分党委要抓好落实。", []),
    ("教工党支部书记参加会议。", []),
    ("高校图书馆要做好服务。", []),
    ("城市幼儿园要配齐保安。", []),
    ("推动城市居家社区服务提质。", []),
    ("省委高校工委召开会议。", ["省委高校工委"]),
    # session 7d: a branch named by its members is specific after a cohort or in brackets after its college; 城市 inside
    # a name after other words is part of it; 高校 is a department's field where the name holds 工作
    ("青禾学院2021级博士生党支部召开组织生活会。", ["青禾学院2021级博士生党支部"]),
    ("2020级经济学硕士生党支部开展学习。", ["2020级经济学硕士生党支部"]),
    ("化学学院党委（研究生党支部）组织观影。", ["化学学院党委", "研究生党支部"]),
    ("研究生党支部（第一党小组）开展学习。", []),
    ("石岭市公园城市建设局发布通告。", ["石岭市公园城市建设局"]),
    ("金光城市科技有限公司中标。", ["金光城市科技有限公司"]),
    ("团省委学校部、高校工作部负责同志参加。", ["团省委学校部", "高校工作部"]),
    ("高校思想政治工作研究中心举办论坛。", ["高校思想政治工作研究中心"]),
    ("各地高校教务处要做好排课。", []),
    ("它是著名的工业城市室兰市的近邻。", []),
    # a unit word that begins with a verb of not_unit_name_words.txt (组织部, 联合会) stays in the name after it
    ("窗口设在县委组织部人才服务中心。", ["县委组织部人才服务中心"]),
    ("石岭市文学艺术界联合会理论研究委员会成立。", ["石岭市文学艺术界联合会理论研究委员会"]),
    # an abbreviation cut into lone characters after a name keeps its first even where it is a not-name word (经)
    ("青禾电力经研院完成了评审。", ["青禾电力经研院"]),
    ("经县政府研究决定。", ["县政府"]),
    # a transliterated name jieba cut into lone characters and a name (伊 | 里 | 诺斯) stays whole
    ("他曾在美国伊里诺斯大学访学。", ["美国伊里诺斯大学"]),
    # a word whose last character jieba gave to the unit word after it stays in the name (学习 | 部: 学习部)
    ("校团委学习部组织了读书会。", ["校团委学习部"]),
    # session 8: a college or department named by its field (管理学院, 人力资源管理系) at a clause's start or after a
    # preposition, 外国语 as a field, a verb of unit_inner_words.txt on one side of 与; 系 the copula stays out
    ("11月5日，管理学院在明德楼举办论坛。", ["管理学院"]),
    ("由管理学院主办。", ["管理学院"]),
    ("要加强管理学院的建设。", []),
    ("由法学院、外国语言文学学院和历史学院共同主办。", ["法学院", "外国语言文学学院", "历史学院"]),
    ("外国语学院师生参加。", ["外国语学院"]),
    ("外国企业纷纷来投资。", []),
    ("王强等人力资源管理系教师参加。", ["人力资源管理系"]),
    ("经济学系、社会学系联合主办。", ["经济学系", "社会学系"]),
    ("此次火灾系电线老化所致。", []),
    ("该男子系本地居民。", []),
    ("电子与控制工程学院举办讲座。", ["电子与控制工程学院"]),
    ("各学院要认真落实。", []),
    ("学院领导出席。", []),
    # a one-character suffix after a resultative complement is a verb's object (布好局); a verb and a settlement in one
    # word (入村, 进村) is no village; a surname and two lone characters are a person (白所成), no institute
    ("对新课程要谋划好、布好局。", []),
    ("沿着入村的小路前行。", []),
    ("驻村工作队进村入户走访。", []),
    ("黄所成研究员作报告。", []),
    ("质安站对工地进行检查。", ["质安站"]),
    # a verb, a time or a person of school_object_words.txt before a named body or a venue, a kind word before a
    # named school (母校 | 青禾大学), are no part of the name
    ("他在汇报青禾市政府的做法时说。", ["青禾市政府"]),
    ("志愿者为参观博物馆的游客讲解。", []),
    ("他曾在母校青禾大学任教。", ["青禾大学"]),
    ("学院团委组织活动。", ["学院团委"]),
    # central enterprises and big banks by their short names (national_enterprises.txt)
    ("鞍钢、中石化、中石油等单位参加了招聘会。", ["鞍钢", "中石化", "中石油"]),
    ("中国石化和国家电网签署协议。", ["中国石化", "国家电网"]),
    ("中石化青禾分公司承办。", ["中石化青禾分公司"]),
    ("其中石油储量最大。", []),
    # named Party and League branches: an ordinal after a name (硕研二支部), a cohort and a class (19级3班团支部), a
    # cohort before a League branch (2017级团总支), a major's two-character short form (给排专业党支部); alone a
    # League branch is a kind (团支部, 团总支)
    ("桥梁工程硕研二支部开展学习。", ["桥梁工程硕研二支部"]),
    ("化工19级3班团支部召开组织生活会。", ["化工19级3班团支部"]),
    ("金融20-3班团支部开展活动。", ["金融20-3班团支部"]),
    ("会计20-1班和2班团支部联合开展活动。", []),
    ("机械学院2017级团总支举办活动。", ["机械学院2017级团总支"]),
    ("材料学院冶环专业党支部开展活动。", ["材料学院冶环专业党支部"]),
    ("水利学院建管专业党支部和团支部开展活动。", ["水利学院建管专业党支部"]),
    ("学院要给好专业党支部配备书记。", []),
    ("团支部召开会议。", []),
    ("双方建立了友好团支部的关系。", []),
    ("团总支要加强指导。", []),
    ("每个支部都要落实。", []),
    # session 9, lexicons: the services of the armed forces (火箭军, 战略支援部队) and a country's defence force; a
    # flagship team is no fleet (旗 | 舰队), a colonial one is (殖民舰队); the Council's work-safety committee (安委会)
    ("陆军、海军、空军、火箭军、战略支援部队等军种代表参加。", ["陆军", "海军", "空军", "火箭军", "战略支援部队"]),
    ("以色列国防军当天发表声明。", ["以色列国防军"]),
    ("要加强国防军建设。", []),
    ("空袭打死三名巴勒斯坦人以色列国防军当天称。", ["以色列国防军"]),  # (a people before a caption's unit)
    ("北海舰队举行演练。", ["北海舰队"]),
    ("打造一支旗舰队式的服务团队。", []),
    ("作为一支青禾殖民舰队的战士。", ["青禾殖民舰队"]),
    ("日本海上自卫队举行演习。", ["日本海上自卫队"]),
    ("国务院安委会召开全体会议。", ["国务院安委会"]),
    ("对30个国务院安委会成员单位开展考核。", ["国务院安委会"]),
    ("重大火灾隐患排查整治行动国务院安委会日前印发通知。", ["国务院安委会"]),
    ("薄膜光电子技术教育部工程研究中心主任发言。", ["薄膜光电子技术教育部工程研究中心"]),
    ("中央纪委国家监委驻教育部纪检监察组组长出席。", ["中央纪委国家监委驻教育部纪检监察组"]),
    # …the solar system, a family's compound, the humanities as a kind of college, a verb jieba tags as a noun between
    # two units, a caption's lesson run into the next paragraph's unit
    ("观测到一颗来自银河系以外的天体。", []),
    ("参观了王家大院和李家大院。", []),
    ("为了推动文科学院的发展。", []),
    ("青禾大学文科学院举办讲座。", ["青禾大学文科学院"]),
    ("青禾机械厂信任石岭学院的培养质量。", ["青禾机械厂", "石岭学院"]),
    ("青禾学院开展新生党员专题党课青禾学院副书记主讲。", ["青禾学院"]),
    # session 9, lists: in a 、-list its closer declares one of bodies (等单位, 6家企业) or where half the items are units
    # found, the other items of a name's shape are units too; no common word, field, place, person or verb phrase
    ("江禾航投、云翼长天、茶语控股、鲸泡科技、宁泊信息、毕马威6家企业负责人参加。",
     ["江禾航投", "云翼长天", "茶语控股", "鲸泡科技", "宁泊信息", "毕马威"]),
    ("禾丰农创园管委会、青禾数科、岭南云链、禾e通、石岭能投等单位负责人参加座谈。",
     ["禾丰农创园管委会", "青禾数科", "岭南云链", "禾e通", "石岭能投"]),
    ("来自青山大学、石岭农业大学、新未来集团、通禾股份、大北禾集团等36家单位。",
     ["青山大学", "石岭农业大学", "新未来集团", "通禾股份", "大北禾集团"]),
    ("公安、消防、卫健等部门联合检查。", []),
    ("交通、水利、电力等单位参加。", []),
    ("市场监管、消防救援等单位参加。", []),
    ("北京、上海、广州等城市。", []),
    ("市教育局、市财政局、学生家长等参加。", ["市教育局", "市财政局"]),
    ("市教育局、市财政局、王建国等参加。", ["市教育局", "市财政局"]),
    ("来自全国禾丰站、青山大学、石岭大学的专家。", ["青山大学", "石岭大学"]),
    ("由青山学院、石岭学院、禾丰学院举办经济学、工商管理、会计学三个专业的联合培养。", ["青山学院", "石岭学院", "禾丰学院"]),
    ("其中如青禾现代农业、石岭证券、禾丰物业等公司来校招聘。", ["石岭证券", "禾丰物业"]),
    ("交通运输、工业制造、智慧能源等几个领域的企业最集中。", []),
    ("走访了化工、汽车、通信设备等行业企业。", []),
    ("加大对不诚信、业内口碑差等企业的筛查。", []),
    ("炮火摧毁了秀山堂，思源堂、青禾图书馆、芝琴楼、柏树村等处。", ["青禾图书馆", "柏树村"]),
    ("先后走访青禾科技园、石岭综合保税区、禾丰机械有限公司等单位。", ["禾丰机械有限公司"]),
    ("江禾航投、云翼长天、毕马威3家企业负责人围绕低空经济、消费新业态、对外贸易等方面提出建议。",
     ["江禾航投", "云翼长天", "毕马威"]),
    ("以及来自全国禾丰站、青山大学、新未来集团、通禾股份等共12个高校、研究机构和企业的专家。",
     ["青山大学", "新未来集团", "通禾股份"]),
    ("青禾县政府、石岭县政府、贵州禾丰等地的代表参加。", ["青禾县政府", "石岭县政府"]),
    # session 9, names cut short or taken for places: a dash joins two partners (中国—东盟), a number begins a brand
    # after a place, 联合 after a country in a company's name, a city's museum is its institution; a room of a
    # building after a word of place is a place
    ("活动现场宣布中国—东盟商品交易中心正式开通。", ["中国—东盟商品交易中心"]),
    ("携手扬州三禾安安防科技有限公司开展合作。", ["扬州三禾安安防科技有限公司"]),
    ("推动中国—东盟经贸合作提质升级。", ["东盟"]),
    ("双方签订青禾市人民政府-石岭农业大学合作协议。", ["青禾市人民政府", "石岭农业大学"]),
    ("浙江大学—格拉斯哥大学联合研究生院揭牌。", ["浙江大学—格拉斯哥大学联合研究生院"]),
    ("在扬州博物馆查阅资料。", []),
    ("双方签订青禾大学-石岭县人民政府合作协议。", ["青禾大学", "石岭县人民政府"]),
    ("在扬州校区图书馆报告厅举行。", []),
    ("这批货物属于德国联合货运服务公司。", ["德国联合货运服务公司"]),
    ("团队利用暑假来到扬州博物馆参观。", ["扬州博物馆"]),
    ("走进青岛市图书馆。", ["青岛市图书馆"]),
    ("参观了青禾博物馆。", []),
    ("位于扬州博物馆东侧。", []),
    ("化工学院党员工作站于禾一楼党员工作室组织学习。", ["化工学院党员工作站"]),
    # 为 … 所, the passive, also with words between (为 | 演员的坚守与信仰 | 所 | 动容)
    ("为青禾剧团演员的坚守与信仰所动容。", ["青禾剧团"]),
    ("被调到石岭地质所工作。", ["石岭地质所"]),
    # a university's short form that the text defines by writing the full name (青禾农业大学 … 禾农大; 石岭大学 … 石岭):
    # its characters in order in the full name, 大 last, or the name before 大学, each a word of its own
    ("青禾农业大学举办运动会。我爱禾农大，也爱青禾。", ["青禾农业大学", "禾农大"]),
    ("石岭大学成立于1950年。石岭是我的母校。", ["石岭大学", "石岭"]),
    ("石岭大学成立于1950年。石岭区在城东。", ["石岭大学"]),
    ("青禾矿业大学的规模不断扩大。", ["青禾矿业大学"]),
    ("北京大学招生。北京很冷。", ["北京大学"]),
    ("禾农大发展很快。", []),
    # Captions run into the text, a report or a holding before a body, a direction before a school
    ("师生齐唱校歌院党委书记王青山致辞。", ["院党委"]),
    ("换届大会现场电气学院党委书记李石岭讲话电气学院党委副书记主持。", ["电气学院党委"]),
    ("站长刘禾丰汇报党站近期工作。", ["党站"]),
    ("青禾建材工业协会所属全资子公司石岭禾丰物业管理公司参加。", ["青禾建材工业协会", "石岭禾丰物业管理公司"]),
    ("志愿者把图书带往青松湖小学。", ["青松湖小学"]),
    ("学员移至图书馆前方合影。", []),
    # Two lone characters spell or abbreviate a school's name after punctuation, a place or a preposition
    ("10月5日，信控学院团委举办讲座。", ["信控学院团委"]),
    ("新西兰禾岭大学王教授作报告。", ["新西兰禾岭大学"]),
    ("他们被评为学校先进。", []),
    ("项目负责人、直博北京大学的王同学发言。", ["北京大学"]),
    ("信控学院学院领导出席。", ["信控学院"]),
    # Verbs that stand in bodies' names; a TV channel; an award title and a spot are no units
    ("记者来到青禾民航发展通用航空有限公司。", ["青禾民航发展通用航空有限公司"]),
    ("石岭国会预算办公室估计，费用将上升。", ["石岭国会预算办公室"]),
    ("青禾卫视、石岭电视台作了报道。", ["青禾卫视", "石岭电视台"]),
    ("推动绿色工厂提质扩面。", []),
    ("说到动情处，他唱起歌来。", []),
    # A Party or League organ that begins an official's title belongs to the unit before it
    ("会议由石岭大学党委副书记王青山主持。", ["石岭大学党委"]),
    ("青禾学院党委书记李石、团委书记赵岭出席。", ["青禾学院党委"]),
    ("禾阳市政府党组书记、市长刘禾丰讲话。", ["禾阳市政府党组"]),
    ("青禾省社科联党组副书记陈岭出席。", ["青禾省社科联党组"]),
    ("校党委副书记张青山、学校党委委员王禾参加。", ["校党委", "学校党委"]),
    ("信控学院团委书记周禾主持，化工学院党总支书记吴岭讲话。", ["信控学院团委", "化工学院党总支"]),
    ("述职评议大会土木学院党委副书记张青山发言。", ["土木学院党委"]),
    ("党委书记王青山出席。", []),
    # A sub-unit before its head's title, a retirees' body, a joint body, a major category's class, a democratic party
    ("青禾农业大学科研处处长王青山、学生处处长李禾出席。", ["青禾农业大学科研处", "学生处"]),
    ("石岭规划系系主任张青山介绍情况。", ["石岭规划系"]),
    ("城乡规划系系主任张青山介绍情况。", ["城乡规划系"]),
    ("离退休管理处与离退休教职工协会组织活动。", ["离退休管理处", "离退休教职工协会"]),
    ("禾阳市哲学社会科学联合委员会召开年会。", ["禾阳市哲学社会科学联合委员会"]),
    ("公安局联合市场监管局开展检查。", ["公安局", "市场监管局"]),
    ("地质类2020-03班团支部开展团日活动。", ["地质类2020-03班团支部"]),
    ("民建青禾省委、民盟石岭市委参加座谈。", ["民建青禾省委", "民盟石岭市委"]),
    ("人民城市人民建，人民城市为人民。", []),
    # Verbs that stand in names (创新, 示范, 种植) and a field jieba cuts before a verb (继续 | 教育)
    ("青禾大学远程与继续教育学院党总支书记王青山、继续教育学院院长李禾出席。",
     ["青禾大学远程与继续教育学院党总支", "继续教育学院"]),
    ("我们要继续教育学生。", []),
    ("禾阳创新创业示范基地管理委员会主任张禾讲话。", ["禾阳创新创业示范基地管理委员会"]),
    ("石岭县青禾中药材种植专业合作社带动农户增收。", ["石岭县青禾中药材种植专业合作社"]),
    ("要坚持创新驱动发展。", []),
    # Fragments and verbs glued to unit words: roles (支委, 主委), verbs jieba takes for nouns (规范, 充分肯定), the
    # particle 所 after persons, a slogan's 一乡, closing a village, a country's companies, kinds of school and plant
    ("青禾学院学生党支部支委参加会议。", ["青禾学院学生党支部"]),
    ("进一步规范党支部组织生活。", []),
    ("王青山充分肯定石岭市农业发展研究中心的工作。", ["石岭市农业发展研究中心"]),
    ("经费主要以会员所交会费为主。", []),
    ("做到“一县一策，一乡一方”。", []),
    ("不少地方采取封村、封路措施。", []),
    ("考量中国公司发展的现实，美国公司也在观望。", []),
    ("这是一所培养草业人才的高等学院，所属火力发电厂停运。", []),
    ("把青春献给党的事业。", []),
    # A sibling across 、 ending in the same unit word, of the same shape (学习 is a verb to jieba); no parade teams
    ("该书由青禾出版社、学习出版社联合出版。", ["青禾出版社", "学习出版社"]),
    ("学院设中文系、外语系、历史学系。", ["中文系", "外语系", "历史学系"]),
    ("国旗队、会旗队、石岭队依次入场。", ["石岭队"]),
    ("地方金融组织，包括融资担保公司、小额贷款公司。", ["小额贷款公司"]),
    # An ordinal inside a school's name before its place-like part
    ("青禾南开中学、青禾第二南开中学的代表参加。", ["青禾南开中学", "青禾第二南开中学"]),
    # Kinds of body: a journal's office by its title, an observatory, a country's forces by their short form
    ("会议由《青禾农业研究》杂志社主办，《石岭日报》编辑部协办。", ["《青禾农业研究》杂志社", "《石岭日报》编辑部"]),
    ("在石岭天文台，射电望远镜完成观测。", ["石岭天文台"]),
    ("俄军还向乌军纵深推进。", ["俄军", "乌军"]),
    # Short forms of the units named in full: the first characters of the two words before the unit word and its last
    ("招生就业处发文。招就处要求各学院落实。", ["招生就业处", "招就处"]),
    ("青禾教育出版社出版了新书，编者和青教社共同完成。", ["青禾教育出版社", "青教社"]),
    ("招生就业处发文，招生就要抓紧。", ["招生就业处"]),
    # A caption word before a class's branch; a quoted project's or brand's name
    ("团日活动合影地质类2020-01班团支部观影现场地质类2020-02班团支部", ["地质类2020-01班团支部", "地质类2020-02班团支部"]),
    ("学院开展“暖心青禾”爱心工程，推出“真人图书馆”等品牌活动。", []),
    ("由“青禾市文明办”牵头。", ["青禾市文明办"]),
    # 全体 names all of a unit's members: the run stops there, the unit stays
    ("全体学工部直属支部委员参会。", ["学工部直属支部"]),
    ("全体党支部书记参加。", []),
    ("全体任课教师认真学习青禾大学平台的操作。", ["青禾大学"]),
    # A university's history museum: a unit with its staff, a venue when visited
    ("青禾大学校史馆副馆长王青山出席。", ["青禾大学校史馆"]),
    ("新生参观校史馆。", []),
    # A university's short form whose first character jieba ran into the word before (传统 | 中川 | 农大)
    ("青川农业大学举办讲座。红色传统中川农大精神的传承。", ["青川农业大学", "川农大"]),
    # A democratic party's general branch (总支) at a school, with its role after it
    ("民建青农大总支副主委王青山获奖。", ["民建青农大总支"]),
    # Societies, alumni associations and working groups whose last word jieba cuts (数学 | 会, 巡察 | 组, 协会会员)
    ("青山市数学会年会在青禾大学召开。", ["青山市数学会", "青禾大学"]),
    # a discipline's society after a place or a scope, whatever follows (青山省 | 园艺学 | 会 | 召开)
    ("青山省园艺学会召开年会。", ["青山省园艺学会"]),
    ("他担任国际园艺学会副主席。", ["国际园艺学会"]),
    ("省物理学会理事长王青山致辞。", ["省物理学会"]),
    ("这些化学会发生反应。", []),
    ("他是青山作家协会会员。", ["青山作家协会"]),
    ("青禾江南校友会、江南招生组相关人员参加。", ["青禾江南校友会", "江南招生组"]),
    ("校友会秘书长王青山讲话。", []),
    ("学校党委巡察组召开反馈会，学校党委巡察工作领导小组成员出席。", ["学校党委巡察组", "学校党委巡察工作领导小组"]),
    ("学校党委第二巡察组巡察文学院党委。", ["学校党委第二巡察组", "文学院党委"]),
    ("青山市社科联发布课题。", ["青山市社科联"]),
    # A person's name that names a society after 中国
    ("他曾任中国鲁宾逊研究会副会长。", ["中国鲁宾逊研究会"]),
    # 下级: a relation, no named body
    ("下级人民政府应当报告。", []),
    # Names that only qualify something else: a central work conference, a monument, a fund, a ranking, a slogan
    ("他在中央民族工作会议上讲话。", []),
    ("市公安局工作会议召开。", ["市公安局"]),
    ("师生在三烈士群雕前宣誓。", []),
    ("获国家自科基金资助。", []),
    ("青山市慈善基金会成立。", ["青山市慈善基金会"]),
    ("学校在世界大学排名中上升。", []),
    ("共建国家大学科技园。", []),
    ("为实现人才强院目标而努力。", []),
    ("青禾大学农发院负责人出席。", ["青禾大学农发院"]),
    # Kinds of body named in a law or a list of venues
    ("服从居民委员会、村民委员会的指挥。", []),
    ("关闭网吧、影剧院等场所。", []),
    ("是一所知名的农业大学。", []),
    # Left boundaries: a person or a scope before a college stays out; a works' number and a transliterated first
    # character stay in
    ("“优秀青年”称号获得者化学学院王青山发言。", ["化学学院"]),
    ("获奖教师马克思主义学院李青发言。", ["马克思主义学院"]),
    ("大别山干部学院举办培训。", ["大别山干部学院"]),
    ("就分管领域内学院关心的问题作答。", []),
    ("他前往青岛二机床集团、费斯托气动公司调研。", ["青岛二机床集团", "费斯托气动公司"]),
    # Right boundaries: a college's department (语系 is a language family elsewhere), an office before 副部长
    ("青禾大学外国语学院俄语系王青山教授主讲。", ["青禾大学外国语学院俄语系"]),
    ("青山市科协学会学术部副部长王青山出席。", ["青山市科协学会学术部"]),
    # Name endings: a key laboratory (重点 | 实验室, whose name holds verbs of its field), publishers (出版 inside the
    # name, 印书馆), a Youth League school, a joint conference; alone each is a kind of body
    ("青禾大学作物基因资源国家重点实验室召开学术委员会会议。", ["青禾大学作物基因资源国家重点实验室", "学术委员会"]),
    ("油气资源开采教育部重点实验室主任王青山作报告。", ["油气资源开采教育部重点实验室"]),
    ("学校新增一个国家重点实验室。", []),
    ("该书由青山出版集团和江南联合出版公司出版。", ["青山出版集团", "江南联合出版公司"]),
    ("出版单位：青禾印书馆", ["青禾印书馆"]),
    ("市委宣传部出版处负责人出席。", ["市委宣传部出版处"]),
    ("青禾大学团校第十期培训班开班。", ["青禾大学团校"]),
    ("高等学校实验教学示范中心联席会在青山召开。", ["高等学校实验教学示范中心联席会"]),
    # Generic type nouns and words ending in 系 that name no body: a kind of centre or school, plant words, a
    # college's history after its name, a verb's complement before a named institute
    ("学校将加快建设协同创新中心和交叉科学中心。", []),
    ("同学们积极参与学生社区事务。", []),
    ("竹一楼学生社区楼小组开展活动。", ["竹一楼学生社区"]),
    ("志愿者走进乡村小学开展支教。", []),
    ("喷施叶面肥，促进小麦根系生长。", []),
    ("繁育优良无性系苗木两万株。", []),
    ("讲解员介绍了青禾大学法学院院史。", ["青禾大学法学院"]),
    ("要全力办好产研院。", ["产研院"]),
    # Round 13, kinds of body: a school of old (学堂), a fleet (水师) and a party (同盟会), a company's board, a UN body
    # named a conference; a task or a compound noun jieba cuts (社会 | 组织) inside a name; a suffix before a verb that
    # only with it makes a not-unit word (局 | 部署: no 局部)
    ("石岭路矿学堂创办于清末。", ["石岭路矿学堂"]),
    ("筹设工艺学堂一所，发展学堂中的学生入会。", []),
    ("他早年考入石岭水师学堂。", ["石岭水师学堂"]),
    ("他曾在石岭水师服役。", ["石岭水师"]),
    ("各地纷纷开办新学堂。", []),
    ("学堂的经费由他承担。", []),
    ("他在求学期间加入同盟会。", ["同盟会"]),
    ("会上宣读了青禾机械有限公司董事会的决定。", ["青禾机械有限公司董事会"]),
    ("公司定期召开董事会。", []),
    ("他会见了联合国贸易和发展会议秘书长。", ["联合国贸易和发展会议"]),
    ("国家消防救援局部署冬季防火工作。", ["国家消防救援局"]),
    ("青山市公安局部分民警参加。", ["青山市公安局"]),
    ("加强与青山市社会组织服务中心的沟通。", ["青山市社会组织服务中心"]),
    ("青山区社会组织发展基金会主办。", ["青山区社会组织发展基金会"]),
    ("要组织社会组织参与治理。", []),
    # Round 13, kinds without a name: a newly founded school (新建), bodies of the writer's kind (兄弟 first in a name;
    # a proper name may hold it), a kind in 从…到… (a school's change of kind), a hub (出版重镇)
    ("学校实现了新建学院的华丽转身。", []),
    ("新建青山小学一所。", ["青山小学"]),
    ("北京、上海等兄弟校友会代表参加。", []),
    ("青山兄弟农场捐赠了物资。", ["青山兄弟农场"]),
    ("学校实现了从农学院到综合性大学的跨越。", []),
    ("从青禾大学到石岭大学只需十分钟。", ["青禾大学", "石岭大学"]),
    ("农学院举办讲座。", ["农学院"]),
    ("青山出版社是社科研究的出版重镇。", ["青山出版社"]),
    ("石岭镇是历史文化名镇。", ["石岭镇"]),
    # Round 13, works in 《》 about a body (X之歌, X之光) name no unit; a song or a statute of the body still does
    ("工作人员播放了《共青团之歌》、《我的祖国》。", []),
    ("他朗诵了《青禾大学之光》。", []),
    ("石岭大学新生齐唱《石岭大学校歌》。", ["石岭大学"]),
    # Round 13, places: a body's building where one stands (在 … 市政厅 | 前), a village counted by its households
    ("有民众今天在石岭的市政厅前举行集会。", []),
    ("民众在市政厅门口集会。", []),
    ("石岭市政厅发布公告。", ["石岭市政厅"]),
    ("红泉村当时有621户，2000多人。", []),
    ("石岭镇辖12个行政村。", []),
    ("红泉村召开村民大会。", ["红泉村"]),
    # Round 13, neighbours glued to a suffix: 办 the verb after an adverb or a modal (特事特办, 农业应办), founding a
    # college (建院), one spot in a place (石岭一处)
    ("学院行政办特事特办，积极协调。", ["学院行政办"]),
    ("时任监督在农业应办各项文中称", []),
    ("县侨办、市台办负责接待。", ["县侨办", "市台办"]),
    ("学院于1956年独立建院。", []),
    ("青山大学建院六十年来硕果累累。", ["青山大学"]),
    ("石岭建院党委召开会议。", ["石岭建院党委"]),
    ("他曾在石岭一处猪场工作三个月。", []),
    # Round 13, more kinds without a name: a room (储存室), a non-standard office, a community's branch in general; a
    # verb of hearing before a college
    ("从有限的实验室中设置专门储存室。", []),
    ("因原办公室为非标准办公室，需要调整。", []),
    ("最基层的村、社区党支部直接联系群众。", []),
    ("石岭社区党支部开展活动。", ["石岭社区党支部"]),
    ("听闻化工学院要设立奖学金，他决定给予支持。", ["化工学院"]),
    ("新建院士工作站、博士工作站等9个。", []),
    ("石岭院士工作站揭牌。", ["石岭院士工作站"]),
    # Round 15, two units read as one or a word run into the unit: an event before a brand begins the brand's company,
    # a lone unit word ends the word before (第一大党), a count of places (三省两市) is no part of the name, a body's
    # name before 大厦 names the building, a lone verb before a word that ends in a suffix (开 | 特科: a course)
    ("1996年青山博览会张家湾集团推出了新产品。", ["张家湾集团"]),
    ("它有望超过第一大党石岭人民党。", ["石岭人民党"]),
    ("它有望超过第一大党瑞典人民党。", ["瑞典人民党"]),
    ("由青山、石岭、禾阳三省两市青年联合会共同举办。", ["青年联合会"]),
    ("展品安放在石岭联合国大厦。", []),
    ("青山建设银行大楼落成。", ["青山建设银行"]),  # (a bank's own name, no known body's building)
    ("禾阳西单友谊集团成立。", ["禾阳西单友谊集团"]),  # (a brand after its place, though jieba tags 西单 n)
    ("上级同意先开特科进行试验。", []),
    ("资金全部用于发展平民医院的建设。", ["平民医院"]),
    ("青山市建设中学举行运动会。", ["青山市建设中学"]),
    ("青山市城市建设投资公司成立。", ["青山市城市建设投资公司"]),
    # Round 15, left boundaries: a news agency's branch after its place (no dateline), a town's name jieba cut after an
    # adjective or a number and a measure, regiments and troupes by their kind
    ("新华社石岭分社社长讲话。", ["新华社石岭分社"]),
    ("新华社石岭1月5日电", ["新华社"]),
    ("家住青山县大营盘乡。", ["青山县大营盘乡"]),
    ("五里罕镇人民政府发布通知。", ["五里罕镇人民政府"]),
    ("当时，地处青山县五里罕镇的这家小厂濒临倒闭。", []),  # (地处/s: a verb of location, no part of a name)
    ("全市三个镇都通了公路。", []),
    ("石岭军区给水团和青山舟桥团参加抢险。", ["石岭军区给水团", "青山舟桥团"]),
    ("他带领给水团官兵打井。", []),
    ("青山民间舞团和禾阳曲艺团演出了新节目。", ["青山民间舞团", "禾阳曲艺团"]),
    # Round 15, from audit 7: a contest's division and its committee (全国 too), verbs jieba tags as nouns (委托), a
    # headline run into the text before a scope (…行动 | 国家…), a well-known short form (哈军工)
    ("由省教育厅委托全国中学生物理竞赛青山赛区组委会承办。", ["省教育厅", "全国中学生物理竞赛青山赛区组委会"]),
    ("我国开展青禾医养行动国家卫生健康委等五部门今天发布通知。", ["国家卫生健康委"]),
    ("我校从哈军工建院至今已有六十年。", ["哈军工"]),
    ("公司已建立两级扶贫基金组织37个。", []),  # (基金组织 is no known body: the IMF's short form is also a kind)
    ("庄河蓉花山镇的农民美事不断。", ["庄河蓉花山镇"]),
    ("他任青山作物遗传国家重点实验室主任。", ["青山作物遗传国家重点实验室"]),
    ("院长、MBA教育中心主任出席会议。", ["MBA教育中心"]),
    # a numbered squad after its unit is one name with it
    ("青山市公安局三大队破获一起案件。", ["青山市公安局三大队"]),
    ("武警石岭总队五支队在灾区办起学校。", ["武警石岭总队五支队"]),
    ("青山市交警三大队八中队开展学习活动。", ["青山市交警三大队八中队"]),
    # a university's short form the text uses (禾农大) also without its 大, standing alone (not 禾农人, 禾农学子)
    ("青禾农业大学建校百年。禾农大与国家同行。他与禾农的缘分很深，禾农学子很优秀。", ["青禾农业大学", "禾农大", "禾农"]),
    # kinds of body the lexicons lacked (round 16): a school's YMCA, the National
    # Guard, a party's centre (国民 | 党中央 is no 党中央), a committee named by what it eliminates
    ("青禾学校青年会举行圣诞晚会。", ["青禾学校青年会"]),
    ("各州出动国民警卫队维持治安。", ["国民警卫队"]),
    ("后来他任国民党中央监察委员。", ["国民党中央"]),
    ("委员会主席和消除种族歧视委员会主席发表声明。", ["消除种族歧视委员会"]),
    # generic references: a word of 各 or 某 before the name, a type noun alone, bodies counted by 五大
    ("会不会就在某个档案馆里。", []),
    ("各区教育局要抓好落实。", []),
    ("各国中央银行纷纷降息。", []),  # each country's: a generic reference (People's Daily tags it; our contract does not)
    ("国立大学开始接受拨款。", []),
    ("未使之演变成教会学校。", []),
    ("五大跨国公司发布报告。", []),
    # a verb glued to a name: 有 begins no abbreviation, 对阵 stands in no name
    ("因为有禾船院和青航所的经验。", ["禾船院", "青航所"]),
    ("第二场由后勤队对阵农学院队。", ["农学院队"]),
    # campus sections and venues are places: a direction and 院, a sports centre one works in
    ("在南院、东院和北院参观。", []),
    ("他们在青山奥体中心完成彩排。", []),
    # audit 9: two fields joined by 与 before a centre jieba took as one word; a county jieba takes for a person's
    # before its own organ; a verb of planning before 大学 (大学 | 生活) begins no name
    ("禾岭大学网络与信息中心发布通知。", ["禾岭大学网络与信息中心"]),
    ("由资源与信息中心承办。", ["资源与信息中心"]),
    ("全体学员到卫东县委组织部学习。", ["卫东县委组织部"]),
    ("班长刘禾晓讲述如何规划大学生活。", []),
    ("学校落实好中央和教育部的部署，并与教育部合作。", ["教育部"]),
    ("青禾学院王晓同学和人文学院李禾同学获奖。", ["青禾学院", "人文学院"]),
    # round 18: a Party committee and its government written together are two bodies (市委 | 市政府); a school's
    # team (金盏中学 | 队); a post, a meeting or a verb of listing before a body begins no name (新任, 会见, 包括); a
    # residence (寓所) is no institute
    ("禾阳市委市政府高度重视此事。", ["禾阳市委", "市政府"]),
    ("县委县政府召开专题会议。", ["县委", "县政府"]),
    ("省委省政府出台意见。", ["省委", "省政府"]),
    ("青山中学队和禾岭路小学队分获冠军。", ["青山中学队", "禾岭路小学队"]),
    ("新任禾岭市教育局局长出席会议。", ["禾岭市教育局"]),
    ("首相在寓所会见禾岭人权委员会官员。", ["禾岭人权委员会"]),
    ("发起者包括参院外交委员会的议员。", ["参院外交委员会"]),
    # 办 the verb before what it runs (办 | 工业, 所 | 办 | 报纸), a household's (户办, 联户办); the passive 被 … 所 after a
    # word jieba takes for a name; 四处 (everywhere) and 中心带 (a central belt) are no units
    ("围绕农业办工业，以户办、联户办为主体，狂人所办报纸。", []),
    ("游客会被那巍峨的雪山所震撼。", []),
    ("上上下下四处游走。", []),
    ("这里成为新的经济发展中心带。", []),
    # a security bureau ends in 全局 (the whole situation) only as a word; named clubs and teams (俱乐部, 球队, 国家队
    # alone are kinds); supply cooperatives, garrisons and youth federations; a road named by a number before its
    # police station; an electoral commission after a proper name or a scope (not 大会 | 选举 | 委员会主任: a verb)
    ("禾岭国家安全局宣布，要服从全局。", ["禾岭国家安全局"]),
    ("禾城米兰俱乐部被罚款，他加入了健身俱乐部。", ["禾城米兰俱乐部"]),
    ("中国国家队出发，球队很强，国家队获胜。", ["中国国家队"]),
    ("禾阳县供销社和南京警备区参加，绍兴市青联承办。", ["禾阳县供销社", "南京警备区", "绍兴市青联"]),
    ("民警来自五四路派出所。", ["五四路派出所"]),
    ("尼日利亚选举委员会宣布，中央选举委员会批准，大会选举委员会主任。", ["尼日利亚选举委员会", "中央选举委员会"]),
    # well-known bodies without a unit word (中国民航, 联合国人口基金, 日本通产省, 越共 before its organ); a body's people
    # (中国民航 | 人) are no mention of it
    ("中国民航推进改革，联合国人口基金颁奖，日本通产省制定计划。", ["中国民航", "联合国人口基金", "日本通产省"]),
    ("越共中央政治局常委会成员共五名。", ["越共中央政治局常委会"]),
    ("中国民航人很有创新精神，禾岭农学院人都很自豪。", []),
    ("学员来自中国民航飞行学院。", ["中国民航飞行学院"]),
    # a lone adjective between a place or a body and the rest of a name is the name's (四川 | 轻 | 化工大学), not before
    # a bare unit word (美国 | 好 | 公司)
    ("她考入四川轻化工大学，中科院古脊椎动物研究所招生。", ["四川轻化工大学", "中科院古脊椎动物研究所"]),
    ("美国好公司很多。", []),
    # 欧盟, 东盟, 北约 are well-known bodies: only proper names before them (迄今为止 | 欧盟, 治理 | 欧盟)
    ("这是迄今为止欧盟最大的罚款，旨在治理欧盟国家的通病。", ["欧盟"]),
    # a ministry and a national body or a province's Party committee written together are two bodies, and so are two
    # ministries, the second of which is known as a child (总政治部 of 解放军); a body's office stationed in China (驻华)
    ("公安部司法部全国人大常委会法制工作委员会联合发文。", ["公安部", "司法部", "全国人大常委会法制工作委员会"]),
    ("中宣部总政治部湖南省委联合举办报告会。", ["中宣部", "总政治部", "湖南省委"]),
    ("解放军总政治部发出通知。", ["解放军总政治部"]),
    ("联合国人口基金会驻华代表处主任致辞。", ["联合国人口基金会驻华代表处"]),
    ("阿拉伯内政部长理事会通过公约。", ["阿拉伯内政部长理事会"]),
    # national associations by their 全国 names, the League's secretariat; bank branches and numbered middle schools after
    # their place; a legislature's session after its place; a dateline's 电 cut from 日; 友好 inside a society's name
    # after a proper name only (not 建立了 | 友好 | 团支部)
    ("全国文联委员和团中央书记处书记出席。", ["全国文联", "团中央书记处"]),
    ("浙江农行行长和南阳市农发行负责人说，他毕业于鹤壁市一中。", ["浙江农行", "南阳市农发行", "鹤壁市一中"]),
    ("选民登记参加香港特区第一届立法会选举。", ["香港特区第一届立法会"]),
    ("新华社兰州一月十六日电政协甘肃省第八届委员会开幕。", ["新华社", "政协甘肃省第八届委员会"]),
    ("中国俄罗斯友好协会理事会举行年会。", ["中国俄罗斯友好协会理事会"]),
    ("演习出动海军航空兵部队。", ["海军航空兵部队"]),
    # bodies counted (两院, 两国政府: both houses, both governments); a lone verb after a word and a lone suffix make no
    # name (作为 | 立 | 署 | 之本)
    ("大使会见美两院议员，签署了中贝两国政府协定。", []),
    ("把为人民服务作为立署之本。", []),
    # plural demonstratives and indefinites make a body generic (这些图书站, 有的研究所)
    ("他们拓展了这些图书站的功能，有的研究所和一些基金会参加。", []),
    # a society named after its members' title behind a proper name (尼日利亚 | 工程师 | 协会); a long name bounded by a
    # scope word (国际 | 器官 | 移植 | 学会); a named body after a kind of bodies (先进单位 | 青岛化纤公司); a dictionary word
    # ending like a village after a name (沃尔夫斯堡 | 坐镇); a lone suffix inside a work's title (《心无所依》)
    ("尼日利亚工程师协会主席讲话。", ["尼日利亚工程师协会"]),
    ("他们参加了国际胚胎移植学会年会。", ["国际胚胎移植学会"]),
    ("拥军优属先进单位青岛化纤公司作出决定。", ["青岛化纤公司"]),
    ("本周沃尔夫斯堡坐镇主场。", []),
    ("他购入了电影《心无所依》。", []),
    # rooms, courtyards, power and bus facilities and a mailing address are no units
    ("写明住址、通讯处，他们在南厅和四合院里，城南变电站和公交站旁。", []),
    # plants by their product, shops, homes and guesthouses named alone are kinds (a named one stays)
    ("他们兴建尿素厂、钾肥厂，到老人院、疗养院，禾阳市第二造船厂参加。", ["禾阳市第二造船厂"]),
    # a generic word jieba cut in two (各 | 大 | 主流博彩公司)
    ("各大主流博彩公司都看好主队。", []),
    # a company's branch named by its place after the company's brand and trade, or after a transliterated brand
    ("上海三菱电梯北京分公司和麦肯锡香港分公司参加，员工到北京分公司报到。", ["上海三菱电梯北京分公司", "麦肯锡香港分公司", "北京分公司"]),
    # Round 19 (audit 10). Bodies named only inside a work's title in 《》 or 〈〉 (a document, a communiqué, a
    # statute, a book, a paper) are no units of the text; outside the title they are
    ("学习《中共中央关于加强青山地区生态保护的意见》。", []),
    ("审议《中国共产党第九届石岭委员会第二次全体会议公报》。", []),
    ("他编写了《石岭人大志》和〈青禾县政府工作报告〉。", []),
    ("会议传达《关于直属高校党委开展专项检查的意见》。", []),
    ("论文《青山市不同功能区街道灰尘的特征》发表。", []),
    ("石岭县人民政府印发《石岭县人民政府工作规则》。", ["石岭县人民政府"]),
    # a department (…系) after a field before its teacher's name and title, its staff, or a name that ends the
    # clause; before 主任 when jieba ran 系主任 into one word
    ("导师为他联系了园艺系李淞副教授。", ["园艺系"]),
    ("青山学院生态学系周章教授发表论文。", ["青山学院生态学系"]),
    ("这是生态学系科研人员的首次突破。", ["生态学系"]),
    ("档案学情报学系王德恒，旅游学系教师喻晓航。", ["档案学情报学系", "旅游学系"]),
    ("雕塑系主任张明皓及各系师生参加。", ["雕塑系"]),
    ("石岭大学建筑与设计学院建筑系主任张明皓讲话。", ["石岭大学建筑与设计学院建筑系"]),
    ("他们的关系王明说不清。", []),
    ("园林专业系主任李明讲话。", []),
    # verbs of a field or a task inside a department's or a group's name (unit_inner_words.txt)
    ("青山学院能源应用工程系教师参加。", ["青山学院能源应用工程系"]),
    ("近日，青山省草品种审定委员会组织专家验收。", ["青山省草品种审定委员会"]),
    # an alliance (…联盟) named by a run of two words or more, or a proper name; a kind of alliance is none
    ("他们参与成立了青石地区双城经济圈高校联盟。", ["青石地区双城经济圈高校联盟"]),
    ("石岭氢能联盟发布报告，企业组建产业联盟。", ["石岭氢能联盟"]),
    # a verb jieba tags as a place, and a class noun in apposition, before a name are no part of it
    ("论坛云集中国社会科学院等单位的专家。", ["中国社会科学院"]),
    ("被检查党组织青山学院党委作了汇报。", ["青山学院党委"]),
    # universities' short forms every reader knows, standing alone (not as a modifier, nor inside a word)
    ("他们分别来自清华、北大等高校。", ["清华", "北大"]),
    ("北大荒的清华校园里没有人。", []),
    # a parent and its child named together, whole: a college's practice department, building works, the
    # partners of an exchange (unit_inner_words.txt); steering groups named by their sender and number
    ("由青山大学电力学院实践发展部、信息学院实践部协办。", ["青山大学电力学院实践发展部", "信息学院实践部"]),
    ("财务处、基建规划处参加。", ["财务处", "基建规划处"]),
    ("文化和旅游部中外文化交流中心主任讲话。", ["文化和旅游部中外文化交流中心"]),
    ("中外政府官员、专家学者参加。", []),
    ("在省委第三指导组的指导下，成立指导组。", ["省委第三指导组"]),
    # 中学 after verbs alone is "learn in …" (在实践中学), no school
    ("在改革发展实践中学，在育才中学教书。", ["育才中学"]),
    # a suffix that begins another word with the character after it (工厂 | 厂 | 区内), 省部 (province and ministry)
    ("当晚工厂厂区内起火。", []),
    ("该实验室由省部共建，获省部级奖励。", []),
    # a school's own union and staff congress before their head's title (院工会主席, 校教代会主席); a congress
    # right after the body it belongs to, not after a verb
    ("学院党委书记、院工会主席郭东力主持。", ["学院党委", "院工会"]),
    ("校教代会主席李梅讲话，要正确认识教代会的作用。", ["校教代会"]),
    ("青山大学教代会召开。", ["青山大学教代会"]),
    # a suffix inside a hill's name (户部 | 山) is no body; a health-care room is no unit
    ("加强户部山古建筑群保护。", []),
    ("课下她都泡在保健室，校医务室也常去。", []),
    # kinds named alone: a plant by its product, a people's community, a branch of a kind of teachers
    ("他到养殖场、饲料厂调研，石岭饲料厂参加。", ["石岭饲料厂"]),
    ("游客、学生和华人社区作出了贡献。", []),
    ("专任教师党支部书记参加会议。", []),
    # a centre named by a discipline before its teacher (管理学 is no verb 管理); a student centre for self-help; a
    # numbered inspection group before 组长 (巡察 | 组组长)
    ("管理学实验教学中心孙延伟老师讲课。", ["管理学实验教学中心"]),
    ("青山学院大学生心理自助中心举办活动。", ["青山学院大学生心理自助中心"]),
    ("校党委第五轮巡察组组长、副组长参加。", ["校党委第五轮巡察组"]),
    # a name does not begin inside a phrase the run cut (新 | 时代 | 农 | 院: 新时代)
    ("新时代农院教师要立德树人。", ["农院"]),
    # a company's brand the text names in full, alone before a person's word or a title (not as a modifier)
    ("青禾公司开发了平台。他与青禾负责人联系，青禾平台好用。", ["青禾公司", "青禾"]),
    # two halves of one stem joined by 和 after the place that begins the name; not a place and another's body
    ("中国城市和小城镇规划研究中心主任讲话。", ["中国城市和小城镇规划研究中心"]),
    ("对平凉市和庄浪县委表示感谢，落实中央和学校党委部署。", ["庄浪县委", "学校党委"]),
    # 科 before a lone 大 shortens a university of science and technology (…科大), no section
    ("上周电子科大校园举办运动会，秘书科大力支持。", ["秘书科"]),
    # Round 20 (audit 11). Lists of enterprises: the first item after the verb that leads it, the closer 等在内的 with a
    # rough count, the last two items joined by 和, a brand that ends in a verb (no list's break; no name by its
    # shape) or holds one before its trade, a brand
    # of two characters jieba knows as a proper word; a park is a place
    ("城东聚集着鲸图科技、禾云科技、岭云智能等企业。", ["鲸图科技", "禾云科技", "岭云智能"]),
    ("园区吸引了包括腾讯、鲸图科技、岭云智能等在内的30多家创新企业。", ["腾讯", "鲸图科技", "岭云智能"]),
    ("鲸图科技、禾云科技和岭云智能等企业参展。", ["鲸图科技", "禾云科技", "岭云智能"]),
    ("鲸图科技、悄然感知、禾云科技等企业参展。", ["鲸图科技", "禾云科技"]),
    ("鲸图科技、禾必选科技、岭云智能等企业参展。", ["鲸图科技", "禾必选科技", "岭云智能"]),
    ("来自腾讯、公安等单位的代表。", ["腾讯"]),
    ("先后走访青禾科技园、石岭综合保税区、禾丰机械有限公司等单位。", ["禾丰机械有限公司"]),
    # verbs jieba tags as nouns and a time adverb before a name end its run; an idiom ending in 科 is none
    ("师生纪念人民海军成立75周年，牢记人民海军的贡献。", ["人民海军"]),
    ("接下来支部将开展学习，接下来教务处安排复课。", ["教务处"]),
    ("课堂上不能照本宣科。", []),
    ("落实服兵役高等学校学生资助政策。", []),
    # parents and children whole: a student union after its school or college (not after an organ, a second body), a
    # ministry's department named by two fields joined by 与, a joint centre after the partners a dash joins
    ("青山学院学生会召开全体会议，校学生会主席讲话。", ["青山学院学生会", "校学生会"]),
    ("学生会是学生的组织，学院团委学生会联合举办。", ["学院团委"]),
    ("教育部基础教育与特殊教育司司长讲话。", ["教育部基础教育与特殊教育司"]),
    ("加强法律、咨询和金融公司协调配合。", []),
    ("浙江大学—剑桥大学环境联合研究中心揭牌，双方共建联合实验室。", ["浙江大学—剑桥大学环境联合研究中心"]),
    # a county jieba takes for a person's name begins the body after it
    ("苍溪县农业农村局和旺苍县人民政府参加。", ["苍溪县农业农村局", "旺苍县人民政府"]),
    # places: a person's office room, a venue's outside, the second of two districts after a word of place, a village
    # that names a thing in it (a town that acts stays)
    ("她去辅导员办公室请教问题。", []),
    ("体育馆外窗采用隔热玻璃。", []),
    ("企业主要聚集在青山区和石岭新区。", []),
    ("石岭村人工智能基地建成，石岭镇召开会议。", ["石岭镇"]),
    # a department's branch and a college's office before their heads' titles
    ("会计系学生党支部书记讲话。", ["会计系学生党支部"]),
    ("青山学院学生工作办公室主任李明讲话。", ["青山学院学生工作办公室"]),
    # the other name in brackets of a body of a kind is no unit; of a unit it is
    ("来自高校继续教育学院（网络教育学院）的代表。", []),
    ("石岭大学历史学院（人文学院）举办讲座。", ["石岭大学历史学院", "人文学院"]),
    # round 21 (audit 12). Places: a village after 奔赴, a city's museum after 参观 (after 来到 it stays the museum), a
    # venue before 参观, a lane (巷), a station jieba leaves a lone 站 after 在, a district jieba cut (望|城区)
    ("同学们将奔赴石岭县青禾乡开展实践活动。", []),
    ("考察团参观扬州博物馆。", []),
    ("考察团赴石岭故居和青禾纪念馆参观学习。", []),
    ("考察团探访了户部巷。", []),
    ("记者在青山国际港站看到忙碌的景象。", []),
    ("在湖南省长沙市望城区青禾街道石岭社区，志愿者为老人理发。", []),
    # rooms and devices; kinds in a list of kinds
    ("我校多功能录播室建成并投入使用。", []),
    ("学校采用禾创科技嵌入式录播工作站，智能场站系统调度货物。", []),
    ("涉农企业、星创天地、专业合作社、行业协会等单位代表参加。", []),
    ("在青山县禾丰农民专业合作社，农机手操作机械。", ["青山县禾丰农民专业合作社"]),
    # named bodies: a verb of the field after the place (中国 | 烹饪 | 协会), a sub-committee (分 | 委员会), a special
    # committee, a laboratory after a proper name (a room else), a leading group named by its task's verbs, a graduate
    # students' union after its school
    ("中国烹饪协会发布报告。", ["中国烹饪协会"]),
    ("南京大学数学学位评定分委员会发布名单，分委员会由教授组成。", ["南京大学数学学位评定分委员会"]),
    ("比赛由四川省心理学会高校心理健康教育专委会承办。", ["四川省心理学会高校心理健康教育专委会"]),
    ("辽宁材料实验室取得突破，鹏城实验室发布成果。", ["辽宁材料实验室", "鹏城实验室"]),
    ("同学们在化学实验室做实验，仅靠高楼大厦和实验室是不够的。", []),
    ("巡视整改工作领导小组组长讲话。", ["巡视整改工作领导小组"]),
    ("学校成立巡视整改工作领导小组，分别承担领导小组的日常工作。", ["巡视整改工作领导小组"]),
    ("青禾大学研究生会主席讲话，研究生会举办晚会。", ["青禾大学研究生会"]),
    # names whole on the left: a field jieba tags as a verb before 与, a region before a body (联合国近东…), an amount's
    # currency before a body; but a brand holding 元 stays whole
    ("统计与数据科学学院召开会议。", ["统计与数据科学学院"]),
    ("统计与数据科学学院党总支（教工党支部）开展活动。", ["统计与数据科学学院党总支", "教工党支部"]),
    ("联合国近东巴勒斯坦难民救济和工程处发表声明。", ["联合国近东巴勒斯坦难民救济和工程处"]),
    ("平台被罚款1.2亿欧元欧盟委员会发布公报。", ["欧盟委员会"]),
    ("一行在蜀道元牛公司考察。", ["蜀道元牛公司"]),
    # a verb before a Party branch or a government is the clause's, the kind its object (a branch named by its persons
    # after a joiner stays); a country and a kind run into letters name a product
    ("厘清教工党支部的设置，总结支部经验，按团队、平台等设置支部，统一政府行为。", []),
    ("学院18级党支部与毕业生党支部开展活动。", ["学院18级党支部", "毕业生党支部"]),
    ("出版社党总支（图书营销党支部）开展活动。", ["出版社党总支", "图书营销党支部"]),
    ("教务处、基地与实验室管理处负责人出席。", ["教务处", "基地与实验室管理处"]),
    ("青山市教委学生思想教育与管理处处长讲话。", ["青山市教委学生思想教育与管理处"]),
    ("教师学习中国大学MOOC的操作，青禾大学MBA中心成立。", ["青禾大学MBA中心"]),
    # round 22 (audit 13). Kinds alone: central state enterprises, a trade of firms, kinds of library, centre and
    # factory; a student's years at university; a verb of thinking over before a kind
    ("石岭市央企座谈会召开，央企集团介绍投资计划。", []),
    ("同学们通过高校、人力公司等渠道求职。", []),
    ("青禾图书馆以智慧图书馆为目标，建成科技情报中心之一。", ["青禾图书馆"]),
    ("支持企业建设数智工厂。", []),
    ("她度过了精彩大学生活。", []),
    ("他开始认真反思公司的问题，反思学院的管理。", []),
    # named groups: a review group after its council, touring groups by their number, a study abroad council
    ("国务院学位委员会学科评议组成员王青出席。", ["国务院学位委员会学科评议组"]),
    ("第三巡回指导组组长刘禾讲话，中央第五巡回督导组来校督导。", ["第三巡回指导组", "中央第五巡回督导组"]),
    ("石岭省留学基金委发布通知，国家留学基金委资助项目。", ["石岭省留学基金委", "国家留学基金委"]),
    # names whole: a university's seat in brackets (not a bracket of another kind), Latin letters inside a name,
    # a school and a firm in Latin letters naming their joint research centre (two parties else)
    ("青禾大学（北京）的张青出席，石岭地质大学（北京）张建军教授讲话。", ["青禾大学（北京）", "石岭地质大学（北京）"]),
    ("青禾大学（教授）讲话。", ["青禾大学"]),
    ("石岭KT集团AI委员会委员长出席。", ["石岭KT集团AI委员会"]),
    ("青禾大学—KT人工智能研究中心揭牌成立。", ["青禾大学—KT人工智能研究中心"]),
    ("青禾大学—KT公司合作，青禾大学—石岭县人民政府签约。", ["青禾大学", "KT公司", "石岭县人民政府"]),
    # two tasks joined by 与/及 name one committee or group; a touring group by its kind alone is none
    ("学生奖励与资助工作评审领导小组组长张青主持。", ["学生奖励与资助工作评审领导小组"]),
    ("学校召开学生奖励及资助评审委员会会议，青禾大学与评审委员会合作。", ["学生奖励及资助评审委员会", "青禾大学", "评审委员会"]),
    ("按照巡回指导组的要求，巡回督导组来校。", []),
    # short forms: a company's brand beginning a clause and acting, beside its full name (not before a noun); a short
    # name the text declares right after a body
    ("石禾集团创始人张青出席。石禾将努力承担社会责任，石禾超市开业。", ["石禾集团", "石禾"]),
    ("石禾集团成立。石禾的产品好。石禾学习通上线。", ["石禾集团"]),
    ("青禾研究院（以下简称“研究院”）成立。研究院将招生。", ["青禾研究院", "研究院"]),
    # a verb before the name: a lone verb or preposition before two lone characters (受 | 校党委, 用 好 | 学院), a verb
    # jieba cut into two lone characters (变 身)
    ("受校党委副书记张青委托，王禾主持会议。", ["校党委"]),
    ("用好学院微信公众号、微平台。", []),
    ("他从教师变身石岭科技公司的经理，她从园艺人变身互联网公司的编辑。", ["石岭科技公司"]),
    # a library or a venue before a floor is a place; a parent and its child whole: a troupe's branch, a department
    # named by its field whose tail is a ministry's name (学术 | 科技部), two runs sharing a word
    ("在青禾楼图书馆二楼正门入口处设置信箱，石岭大学图书馆举办讲座。", ["石岭大学图书馆"]),
    ("她历任学生艺术团舞蹈分团成员。", ["学生艺术团舞蹈分团"]),
    ("青禾学院科协学术科技部举办活动，教育部科技部联合发文。", ["青禾学院科协学术科技部", "教育部", "科技部"]),
    # an incubator's verb inside its name; a company's legal tail alone, its brand cut off, no name
    ("她的项目入驻青禾大学创新创业孵化中心。", ["青禾大学创新创业孵化中心"]),
    ("石岭房地产评估造价集团有限公司董事长王青出席，青禾集团有限公司成立。", ["石岭房地产评估造价集团有限公司", "青禾集团有限公司"]),
    ("他加入集团有限公司。", []),
    # kinds by their character (复合型, 应用型, 服务型)
    ("现代复合型图书馆是资源的整合，建设应用型大学和服务型政府。", []),
    # not one name: a ministry that asks another (委托), a brand that is a person's name
    ("中宣部委托广电部制作光盘。", ["中宣部", "广电部"]),
    ("石前镇团委、妇联开展活动。", ["石前镇团委", "妇联"]),
    ("李宁公司成立。李宁曾说过这句话。", ["李宁公司"]),
    # round 23: a headline's verb or a report's noun inside a run ends it (辟谣, 传言), also where jieba joined the verb
    # to the lone character before it (案开庭)
    ("青禾银行辟谣破产传言港金管局力挺", ["青禾银行", "港金管局"]),
    ("石岭银行辟谣石岭金管局力挺", ["石岭银行", "石岭金管局"]),
    ("首例理财纠纷案开庭青禾银行成被告", ["青禾银行"]),
    # a verb jieba tags as a noun before a bare head (调剂 | 学校, 时间 | 规划 | 公司) is the clause's; after a place the
    # name keeps it
    ("他协助联系调剂学校，石岭中学调剂学校名额。", ["石岭中学"]),
    ("她想给自己更多的时间规划公司未来，石岭市城市规划公司成立。", ["石岭市城市规划公司"]),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:12] for c in CASES])
def test_units(text, expected):
    assert [u["name"] for u in extract_units(text)] == expected


def test_university_short_form_refers_to_full_name():
    from nlp_pipeline.extract.units import link_abbreviations

    units = link_abbreviations(extract_units("青禾农业大学举办运动会。我爱禾农大。"), [(0, 17)])
    assert [(u["name"], u.get("refers_to")) for u in units] == [("青禾农业大学", None), ("禾农大", "青禾农业大学")]


def test_person_before_university_gives_no_short_form():
    names = [u["name"] for u in extract_units("在王磊大学时父亲病了。王磊很坚强。")]
    assert "王磊" not in names


def test_person_named_like_a_unit_is_no_unit():
    from nlp_pipeline import extract_document

    doc = extract_document("委员有王志忠、赵忠镇（朝鲜族）、邓福村。".encode(), "x.txt")
    persons = [o["name"] for o in doc["officials"]]
    assert "赵忠镇" in persons
    assert [u["name"] for u in doc["units"] if u["name"] in persons] == []
