package org.opendisclosure.bench.corpus;

import java.util.List;

/** The word pools the writers draw from. Names and places are invented. */
final class Words {
  private Words() {}

  static final String COUNTY = "清溪县";

  static final String[] SURNAMES = {
    "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林", "何", "郭",
    "马", "罗", "梁", "宋", "郑", "谢", "韩", "唐", "冯", "于", "董", "萧", "程", "曹", "袁", "邓", "许", "傅",
    "沈", "曾", "彭", "吕", "苏", "卢", "蒋", "蔡", "贾", "丁", "魏", "薛", "叶", "阎", "余", "潘", "杜", "戴"
  };
  static final String[] GIVEN = {
    "建国", "秀英", "德顺", "福生", "晓梅", "志强", "红", "立新", "海燕", "建华", "丽华", "国庆", "春花", "明",
    "伟", "芳", "娜", "敏", "静", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "超", "秀兰", "桂英",
    "玉兰", "文华", "永福", "金凤", "宏伟", "子涵", "雨桐", "浩然", "思远", "家豪", "佳怡", "俊杰", "欣怡",
    "振华", "国平", "长青", "玉珍", "素芬", "丽君", "卫东", "爱民", "向阳", "世杰", "德明", "荣华"
  };
  /** Characters that township and village names are built from. */
  static final String[] PLACE_CHARS = {
    "青", "石", "柳", "溪", "枫", "林", "桃", "源", "新", "塘", "马", "岭", "龙", "泉", "杨", "家", "竹", "园",
    "白", "沙", "河", "口", "东", "坪", "西", "南", "湖", "北", "山", "峰", "云", "雾", "梅", "花", "坑", "洋",
    "上", "下", "前", "后", "大", "小", "长", "安", "和", "平", "富", "兴", "华", "盛", "金", "银", "松", "桥",
    "田", "垅", "湾", "洲", "庄", "岗", "寨", "里", "仁", "义", "德", "福", "丰", "乐", "水", "尾"
  };
  static final String[] ETHNICITIES = {"汉族", "汉族", "汉族", "汉族", "畲族", "回族", "壮族", "苗族"};
  static final String[] EDUCATION = {"大学", "大学", "研究生", "大专", "在职大学", "在职研究生"};
  static final String[] COMPANY_SUFFIX = {
    "建设工程有限公司", "环保工程有限公司", "市政工程有限公司", "信息技术有限公司", "农业发展有限公司",
    "水利水电工程有限公司", "园林绿化有限公司", "建筑劳务有限公司", "医疗器械有限公司", "物业服务有限公司",
    "工程咨询有限公司", "交通设施有限公司"
  };
  static final String[] PROJECT_KINDS = {
    "道路硬化工程", "饮水安全巩固提升工程", "污水处理设施建设项目", "农田水利设施改造项目", "村级活动场所建设项目",
    "高标准农田建设项目", "危桥改造工程", "河道清淤整治工程", "公共照明设施采购项目", "垃圾分类收运设备采购项目",
    "学校教学设备采购项目", "卫生院医疗设备采购项目", "人居环境整治项目", "防洪堤加固工程", "便民服务中心改造工程",
    "农村公路安全生命防护工程", "山塘水库除险加固工程", "智慧政务平台建设项目", "物业管理服务采购项目",
    "农产品冷链仓储设施建设项目"
  };
  static final String[] PURPOSES = {
    "县道拓宽改造", "工业园区基础设施建设", "安置小区建设", "乡村振兴示范项目建设", "中小学校扩建",
    "水库除险加固", "污水处理厂配套管网建设", "农村公路建设", "乡镇卫生院迁建", "物流园区建设"
  };
  static final String[] LAND_TYPES = {"耕地", "园地", "林地", "草地", "农村道路及沟渠", "坑塘水面", "设施农用地", "村庄建设用地"};
  static final String[] POSTS = {
    "镇党委副书记", "副镇长", "镇党委委员、组织委员", "镇党委委员、宣传委员", "县财政局副局长", "县民政局副局长",
    "县农业农村局副局长", "县教育局副局长", "县自然资源局副局长", "乡党委书记", "乡长", "镇长",
    "县卫生健康局党组成员", "县交通运输局副局长", "县住房和城乡建设局总工程师", "县委办公室副主任"
  };
  static final String[] FILLER = {
    "欢迎社会各界监督。",
    "本信息由相关单位负责解释，如有疑问请在工作日内来电咨询。",
    "请广大群众相互转告，积极支持配合。",
    "特此公告。",
    "以上信息如有不实，请及时向有关部门反映，我们将认真核实并依法依规处理。",
    "本单位将持续做好政务公开工作，自觉接受群众监督。"
  };

  /** A person's name: a surname and a given name. */
  static String person(Prose p) {
    return p.pick(SURNAMES) + p.pick(GIVEN);
  }

  /** A name masked as lists often print it: 张×× or 李×. */
  static String maskedPerson(Prose p) {
    return p.pick(SURNAMES) + (p.chance(0.6) ? "××" : "×");
  }

  static String company(Prose p, String placeName) {
    return placeName.substring(0, Math.min(2, placeName.length())) + p.pick(PLACE_CHARS) + p.pick(COMPANY_SUFFIX);
  }

  static List<String> experts(Prose p) {
    int n = p.between(3, 7);
    String[] names = new String[n];
    for (int i = 0; i < n; i++) {
      names[i] = person(p);
    }
    return List.of(names);
  }
}
