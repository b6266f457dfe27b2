"""Units: sentences written for the traps of real bulletins, with the exact units expected."""

import pytest

from nlp_pipeline.extract.units import extract_units

CASES = [
    # a unit written inside a longer one is not a unit of its own: the longer one ends later
    ("国家税务总局青山市税务局召开专题会议。", ["国家税务总局青山市税务局"]),
    ("听取了县水利局、市生态环境局河西分局的汇报。", ["县水利局", "市生态环境局河西分局"]),
    ("中共青山区西湖街道工作委员会办公室编", ["中共青山区西湖街道工作委员会办公室"]),
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
    ("网格员在石牛村一处山坡发现裂缝。", ["石牛村"]),
    # regulators by their short names, armed forces; a given name ending in 军 is no army
    ("中国银监会和证监会联合发文。", ["中国银监会", "证监会"]),
    ("海军某部官兵参与抢险。", ["海军"]),
    ("副镇长石建军带队检查。", []),
    # verbs that unit names are made of; 与 inside a discipline's name
    ("市局督察支队开展明察暗访。", ["市局督察支队"]),
    ("学校招生就业处负责解答。", ["学校招生就业处"]),
    ("材料科学与工程学院承办。", ["材料科学与工程学院"]),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:12] for c in CASES])
def test_units(text, expected):
    assert [u["name"] for u in extract_units(text)] == expected
