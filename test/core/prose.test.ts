/**
 * Packed 绩效指标 cells as 区/县/乡镇/街道 officers write them in prose (round 41): each test is a cell
 * written after one habit, read under an ordinary packed header.
 */
import { parseGrid } from "../../src/core/parse";
import { grid } from "../support/grid";
import { readBrief } from "../support/packedCell";

const read = readBrief;

describe("inside a numbered item (1. 1、 一是)", () => {
  it("cuts at 、 and at every ； between whole indicators, also where a name lists things with 、", () => {
    expect(
      read("1.数量指标：储备沙袋3万条、救生圈400个、橡皮艇3艘；组织抢险演练3次；巡查堤防、涵闸15座"),
    ).toEqual([
      ["储备沙袋", "=", 30000, "条", "quantitative"],
      ["救生圈", "=", 400, "个", "quantitative"],
      ["橡皮艇", "=", 3, "艘", "quantitative"],
      ["组织抢险演练", "=", 3, "次", "quantitative"],
      ["巡查堤防、涵闸", "=", 15, "座", "quantitative"],
    ]);
  });

  it("cuts at 、 after 一是 … and 1、 numbering, a Latin name before its number kept whole", () => {
    expect(read("二是开展消防宣传培训8场、培训900人次；三是隐患整改率100%")).toEqual([
      ["开展消防宣传培训", "=", 8, "场", "quantitative"],
      ["培训", "=", 900, "人次", "quantitative"],
      ["隐患整改率", "=", 100, "%", "quantitative"],
    ]);
    expect(
      read("1、产出指标：租用云主机vCPU 800核、内存3200GB、存储400TB；2、成本指标：年租金≤200万元"),
    ).toEqual([
      ["租用云主机vCPU", "=", 800, "核", "quantitative"],
      ["内存", "=", 3200, "GB", "quantitative"],
      ["存储", "=", 400, "TB", "quantitative"],
      ["年租金", "<=", 2000000, "元", "quantitative"],
    ]);
  });

  it("cuts a ； before a deadline and before a name led by an age that ends at a comma", () => {
    expect(
      read("1.产出指标：抽检任务完成率100%；年底前完成全部抽检任务。2.效益指标：抽检合格率≥97%"),
    ).toEqual([
      ["抽检任务完成率", "=", 100, "%", "quantitative"],
      // The work after a deadline names the indicator (round 56).
      ["完成全部抽检任务", "date", null],
      ["抽检合格率", ">=", 97, "%", "quantitative"],
    ]);
    expect(read("1.数量指标：建档率≥90%；0-6岁儿童健康管理人数2800人，孕产妇系统管理人数600人。")).toEqual([
      ["建档率", ">=", 90, "%", "quantitative"],
      ["0-6岁儿童健康管理人数", "=", 2800, "人", "quantitative"],
      ["孕产妇系统管理人数", "=", 600, "人", "quantitative"],
    ]);
  });

  it("does not cut a list of numbers (完成1、2号楼…) nor the parts of a 其中 clause", () => {
    expect(read("1、完成3、4号楼屋面防水1800平方米；2、验收合格率100%")).toEqual([
      ["完成3、4号楼屋面防水", "=", 1800, "平方米", "quantitative"],
      ["验收合格率", "=", 100, "%", "quantitative"],
    ]);
    expect(read("1.产出指标：补助人数不少于3000人。\n其中城市低保800人、农村低保2200人")).toEqual([
      ["补助人数", ">=", 3000, "人", "quantitative"],
    ]);
    // Without numbering too: the breakdown stays with the target it breaks down.
    expect(read("发放消费券1500万元，其中餐饮类500万元、零售类1000万元；参与商户不少于800家")).toEqual([
      ["发放消费券", "=", 15000000, "元", "quantitative"],
      ["参与商户", ">=", 800, "家", "quantitative"],
    ]);
  });
});

describe("a clause after a whole indicator and a comma", () => {
  it("is an indicator of its own when it has a number or a deadline of its own", () => {
    expect(read("产出：培训合格率≥92%，补贴资金于每年10月底前拨付到位；效益：就业率≥70%")).toEqual([
      ["培训合格率", ">=", 92, "%", "quantitative"],
      ["补贴资金", "date", null],
      ["就业率", ">=", 70, "%", "quantitative"],
    ]);
    expect(read("产出指标：改造供水管网42.5公里，巩固提升2.6万农村人口饮水安全；水质达标率≥90%")).toEqual([
      ["改造供水管网", "=", 42.5, "公里", "quantitative"],
      ["巩固提升2.6万农村人口饮水安全", "=", 26000, "", "quantitative"],
      ["水质达标率", ">=", 90, "%", "quantitative"],
    ]);
  });

  it("keeps a name that lists things with 、 or carries a bracketed note", () => {
    expect(
      read("数量：新建污水管网4.2公里，清理“三堆”（柴堆、粪堆、垃圾堆）1800处；质量：合格率≥95%"),
    ).toEqual([
      ["新建污水管网", "=", 4.2, "公里", "quantitative"],
      ["清理“三堆”（柴堆、粪堆、垃圾堆）", "=", 1800, "处", "quantitative"],
      ["合格率", ">=", 95, "%", "quantitative"],
    ]);
    expect(read("产出指标：新建健身路径5条，更新改造座椅、路灯等设施90处；验收合格率100%")).toEqual([
      ["新建健身路径", "=", 5, "条", "quantitative"],
      ["更新改造座椅、路灯等设施", "=", 90, "处", "quantitative"],
      ["验收合格率", "=", 100, "%", "quantitative"],
    ]);
  });
});

describe("a target written in words under a label", () => {
  const words = (cell: string) =>
    parseGrid(
      grid([
        ["项目名称", "绩效指标"],
        ["某项目", cell],
      ]),
    ).indicators.map((i) => [i.name, i.target, i.kind]);

  it("reads a level, an outcome kept up, a scope before 不发生, a schedule and a service as qualitative targets", () => {
    expect(
      words(
        "社会效益：手足口病发病率控制在历史较低水平；效益指标：全区不发生重大疫情；时效指标：按月考核、年度结算；" +
          "效益指标：残疾人合法权益得到有效维护；效益指标：为区委区政府决策提供参考依据。",
      ),
    ).toEqual([
      ["手足口病发病率", "控制在历史较低水平", "qualitative"],
      ["重大疫情", "不发生", "qualitative"],
      ["", "按月考核、年度结算", "qualitative"],
      ["残疾人合法权益", "得到有效维护", "qualitative"],
      ["为区委区政府决策提供参考依据", "为区委区政府决策提供参考依据", "qualitative"],
    ]);
  });

  it("reads a time before events as the target, a date (round 144: festivals too), with a month in brackets", () => {
    expect(words("时效：中秋、国庆前完成慰问；时效指标：汛前（4月底前）完成河道清淤。")).toEqual([
      ["", "中秋、国庆前完成慰问", "date"],
      ["完成河道清淤", "汛前（4月底前）", "date"],
    ]);
  });
});

describe("dates written together", () => {
  const dates = (cell: string) =>
    parseGrid(
      grid([
        ["项目名称", "绩效指标"],
        ["某项目", cell],
      ]),
    ).indicators.map((i) => [i.name, i.target, i.kind]);

  it("reads deadlines listed with 、 for one thing as its target, two things' deadlines as two indicators", () => {
    expect(dates("时效：走访活动分别于2月10日前、9月30日前完成；质量：发放准确率100%")).toEqual([
      ["走访活动", "2月10日前、9月30日前完成", "date"],
      ["发放准确率", "100%", "quantitative"],
    ]);
    expect(dates("产出指标：免疫密度达100%；春季免疫于4月底前、秋季免疫于10月底前完成。")).toEqual([
      ["免疫密度", "达100%", "quantitative"],
      ["春季免疫", "4月底前", "date"],
      ["秋季免疫", "10月底前完成", "date"],
    ]);
  });

  it("reads months and the batches they are met in as a date, not a count of batches", () => {
    expect(dates("时效指标：5月、9月分两批完成；成本指标：每场补助不超过1万元")).toEqual([
      ["分两批完成", "5月、9月", "date"],
      ["每场补助", "不超过1万元", "quantitative"],
    ]);
  });
});

describe("a short label before a colon", () => {
  it("reads 满意 as the satisfaction category, and a label that is no category as no name before a whole indicator", () => {
    expect(read("效益：就业率达到75%；满意：学员满意度90%以上。")).toEqual([
      ["就业率", ">=", 75, "%", "quantitative"],
      ["学员满意度", ">=", 90, "%", "quantitative"],
    ]);
    expect(
      parseGrid(
        grid([
          ["项目名称", "绩效指标"],
          ["某项目", "满意：学员满意度90%以上。"],
        ]),
      ).indicators[0].level1,
    ).toBe("满意度指标");
    expect(read("巡查：村级网格员每周巡查不少于2次；清运：聘用保洁员36名，清运垃圾约900吨。")).toEqual([
      ["村级网格员每周巡查", ">=", 2, "次", "quantitative"],
      ["聘用保洁员", "=", 36, "名", "quantitative"],
      ["清运垃圾", "=", 900, "吨", "quantitative"],
    ]);
  });
});

describe("a name ending in a word that looks like a function word", () => {
  it("keeps the 为 of 行为 in the name, and reads 动态清零 as words, not 0", () => {
    expect(
      read(
        "产出指标：查处违规停车等违法行为不少于900起；效益指标：欺诈骗保行为得到有效遏制；零就业家庭动态清零。",
      ),
    ).toEqual([
      ["查处违规停车等违法行为", ">=", 900, "起", "quantitative"],
      ["欺诈骗保行为", null, null, "", "qualitative"],
      ["零就业家庭", null, null, "", "qualitative"],
    ]);
  });
});

describe("a figure per period and the year's figure joined by 、", () => {
  it("reads both as the target, valued as the year's, as after a comma", () => {
    expect(
      parseGrid(
        grid([
          ["项目名称", "绩效指标"],
          ["某项目", "数量：开展门诊督导每季度2次、全年8次；"],
        ]),
      ).indicators.map((i) => [i.name, i.target, i.value, i.unit]),
    ).toEqual([["开展门诊督导每季度", "2次、全年8次", 8, "次"]]);
  });
});

describe("a resolve, an each, a basis or a hold before the target", () => {
  it("belongs to the target, not the name (力争, 均, 按, 控制在)", () => {
    expect(
      parseGrid(
        grid([
          ["项目名称", "绩效指标"],
          [
            "某项目",
            "效益：就业率力争达到75%；满意度：商户及群众满意度均达到88%；产出：村医补助按每人每年不低于2万元标准发放；" +
              "成本：服务费用控制在预算30万元以内，执行偏差率控制在±5%以内。",
          ],
        ]),
      ).indicators.map((i) => [i.name, i.target, i.comparator, i.value]),
    ).toEqual([
      ["就业率", "力争达到75%", ">=", 75],
      ["商户及群众满意度", "均达到88%", ">=", 88],
      ["村医补助", "按每人每年不低于2万元标准发放", ">=", 20000],
      ["服务费用", "控制在预算30万元以内", "<=", 300000],
      ["执行偏差率", "控制在±5%以内", "<=", 5],
    ]);
  });

  it("keeps 户均 and 人均 in the name", () => {
    expect(read("效益：户均年增收不低于1500元")).toEqual([["户均年增收", ">=", 1500, "元", "quantitative"]]);
  });
});

describe("a figure per period and the year's, after a comma", () => {
  const rows = (cell: string) =>
    parseGrid(
      grid([
        ["项目名称", "绩效指标"],
        ["某项目", cell],
      ]),
    ).indicators.map((i) => [i.name, i.value, i.unit]);

  it("keeps a bound per period apart from an estimate or a sum for the year (约, 累计): the bound is the commitment", () => {
    // Read as the morning's engine did: merged, the ≥200 would be lost behind = 72000 (rounds 45 and 49).
    expect(rows("1.提供送餐服务每日不少于200份，全年约7.2万份；2.回访率100%")[0]).toEqual([
      "提供送餐服务",
      200,
      "份",
    ]);
    expect(rows("产出指标：每月走访不少于2次，累计全年360人次；帮教率≥95%")[0]).toEqual([
      "每月走访",
      2,
      "次",
    ]);
  });

  it("keeps a figure per month after the year's with the year's (一是…不少于2400家次，每月不少于200家次)", () => {
    expect(rows("一是检查出租屋不少于1200家次，每月不少于100家次；二是整改率≥95%")).toEqual([
      ["检查出租屋", 1200, "家次"],
      ["整改率", 95, "%"],
    ]);
  });

  it("reads 头次 and 羽次 before a 、 whole", () => {
    expect(rows("产出指标：集中免疫，其中猪免疫30万头次、禽免疫200万羽次；免疫密度100%")[0]).toEqual([
      "集中免疫",
      300000,
      "头次",
    ]);
  });
});

describe("none at all, and a change on last year, written as words", () => {
  it("cuts “零发生” from the next indicator, also in a numbered item, and reads it as 0", () => {
    expect(read("四是安全亡人事故“零发生”，较大火灾事故“零发生”；五是满意度≥85%")).toEqual([
      ["安全亡人事故", "=", 0, "", "quantitative"],
      ["较大火灾事故", "=", 0, "", "quantitative"],
      ["满意度", ">=", 85, "%", "quantitative"],
    ]);
  });

  it("reads 同比下降 and 基本稳定 as the target of the name before them", () => {
    expect(read("效益指标：刑事案件“零发生”，信访案件数同比下降；物价基本稳定。")).toEqual([
      ["刑事案件", "=", 0, "", "quantitative"],
      ["信访案件数", null, null, "", "qualitative"],
      ["物价", null, null, "", "qualitative"],
    ]);
  });
});

describe("words of purpose, 各 and 由…至", () => {
  const pairs = (cell: string) =>
    parseGrid(
      grid([
        ["项目名称", "绩效指标"],
        ["某项目", cell],
      ]),
    ).indicators.map((i) => [i.name, i.target, i.value]);

  it("reads past 营造, 丰富 and 稳定 to the indicator after them", () => {
    expect(
      pairs(
        "效益：营造关爱老人的社会氛围，老人获得感增强；稳定蔬菜种植面积，蔬菜种植面积不低于2万亩；丰富群众文化生活，活动参与率提高3个百分点。",
      ),
    ).toEqual([
      ["老人获得感", "增强", null],
      ["蔬菜种植面积", "不低于2万亩", 20000],
      ["活动参与率", "提高3个百分点", 3],
    ]);
  });

  it("puts 各 in the target and values 由…压缩至… as where it goes to", () => {
    expect(
      pairs("产出指标：推广新品种、新技术各6项；效益指标：审批时限由10个工作日压缩至5个工作日以内。"),
    ).toEqual([
      ["推广新品种、新技术", "各6项", 6],
      ["审批时限", "由10个工作日压缩至5个工作日以内", 5],
    ]);
  });
});

describe("two states under a label", () => {
  it("cuts a state said of one name from a state said of another", () => {
    expect(read("效益指标：乡村道路通行条件改善，村民出行更加便捷。")).toEqual([
      ["乡村道路通行条件", null, null, "", "qualitative"],
      ["村民出行", null, null, "", "qualitative"],
    ]);
  });
});

describe("a per written before a comparator", () => {
  it("takes 每公里每年 into the target, as 每人每月", () => {
    expect(
      parseGrid(
        grid([
          ["项目名称", "绩效指标"],
          ["某项目", "成本指标：日常养护成本每公里每年不超过0.6万元。"],
        ]),
      ).indicators.map((i) => [i.name, i.target, i.value]),
    ).toEqual([["日常养护成本", "每公里每年不超过0.6万元", 6000]]);
  });
});

describe("a resolve before the name", () => {
  it("is no part of the name (确保森林火灾发生次数为0)", () => {
    expect(read("产出指标：确保森林火灾发生次数为0，森林火灾受害率控制在1‰以内。")).toEqual([
      ["森林火灾发生次数", "=", 0, "", "quantitative"],
      ["森林火灾受害率", "<=", 1, "‰", "quantitative"],
    ]);
  });
});

describe("a town's one flowing sentence with no labels (round 103)", () => {
  it("reads a satisfaction after clauses of words as its own record, never as their figure", () => {
    expect(read("全年养护村级道路32公里，养护资金及时拨付，群众出行更加便利，群众满意度95%以上。")).toEqual([
      ["全年养护村级道路", "=", 32, "公里", "quantitative"],
      ["养护资金", null, null, "", "qualitative"],
      ["群众出行", null, null, "", "qualitative"],
      ["群众满意度", ">=", 95, "%", "quantitative"],
    ]);
  });

  it("cuts a timing or a state said of a thing of its own after a figure (按月支付, 日产日清, 整洁干净, 运转正常)", () => {
    expect(read("亮灯率≥98%，电费按月支付，夜间出行安全得到保障。")).toEqual([
      ["亮灯率", ">=", 98, "%", "quantitative"],
      ["电费", null, null, "", "qualitative"],
      ["夜间出行安全", null, null, "", "qualitative"],
    ]);
    expect(
      read("聘请保洁员45名，清扫保洁面积约35万平方米，垃圾日产日清，集镇环境整洁干净，群众满意度90%以上。"),
    ).toEqual([
      ["聘请保洁员", "=", 45, "名", "quantitative"],
      ["清扫保洁面积", "=", 350000, "平方米", "quantitative"],
      ["垃圾", null, null, "", "qualitative"],
      ["集镇环境", null, null, "", "qualitative"],
      ["群众满意度", ">=", 90, "%", "quantitative"],
    ]);
  });

  it("cuts a deadline each month and a benefit stated by its verb from the figure before them", () => {
    expect(read("共计村组干部286人，确保每月10日前发放，村级组织运转正常，干部满意度达95%。")).toEqual([
      ["共计村组干部", "=", 286, "人", "quantitative"],
      ["发放", "date", null],
      ["村级组织", null, null, "", "qualitative"],
      ["干部满意度", ">=", 95, "%", "quantitative"],
    ]);
    expect(read("种植绿化苗木3000株，成活率不低于85%，改善水库周边生态环境。")).toEqual([
      ["种植绿化苗木", "=", 3000, "株", "quantitative"],
      ["成活率", ">=", 85, "%", "quantitative"],
      ["改善水库周边生态环境", null, null, "", "qualitative"],
    ]);
    expect(read("走访慰问重点优抚对象210人次，慰问金每人400元，两节前发放到位。")).toEqual([
      ["走访慰问重点优抚对象", "=", 210, "人次", "quantitative"],
      ["慰问金", "=", 400, "元", "quantitative"],
      // (Round 144: a festival before the deed is its deadline, as 汛期前 is.)
      ["发放到位", "date", null],
    ]);
  });

  it("keeps a name with its target after the comma, and a measure's figure after a state (名称，目标)", () => {
    expect(read("巡查企业数，不少于2万家次")).toEqual([["巡查企业数", ">=", 20000, "家次", "quantitative"]]);
    expect(read("农民种粮收益稳定，补贴到户率100%")).toEqual([
      ["农民种粮收益稳定", "=", 100, "%", "quantitative"],
    ]);
    expect(read("安全生产形势，总体稳定")).toEqual([["安全生产形势", null, null, "", "qualitative"]]);
    expect(read("群众满意，满意度≥95%")).toEqual([["满意度", ">=", 95, "%", "quantitative"]]);
  });

  it("reads a count inside a sentence with a verb after it as quantitative, also in 盏, 眼, 头", () => {
    expect(read("保障全镇路灯1450盏正常运行，亮灯率≥98%。")).toEqual([
      ["保障全镇路灯1450盏正常运行", "=", 1450, "盏", "quantitative"],
      ["亮灯率", ">=", 98, "%", "quantitative"],
    ]);
    expect(read("新打机井12眼投入使用")).toEqual([["新打机井12眼投入使用", "=", 12, "眼", "quantitative"]]);
  });
});
