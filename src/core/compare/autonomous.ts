/**
 * The autonomous counties and banners of China (117 自治县, 3 自治旗): a closed list, set by the state. A sheet
 * or file named with one's short form alone (新晃 among sheets 麻阳县, 芷江侗族自治县) is that county — the
 * short form is the part before the nationality, and where it names no other place it can be nothing else.
 * A plain short name (柯桥: 柯桥区 or 柯桥县?) is never completed: only these names are.
 */
import { placeKey } from "./districts";

const NAMES = [
  // 河北
  "大厂回族自治县 孟村回族自治县 青龙满族自治县 丰宁满族自治县 宽城满族自治县 围场满族蒙古族自治县",
  // 内蒙古
  "鄂伦春自治旗 鄂温克族自治旗 莫力达瓦达斡尔族自治旗",
  // 辽宁
  "新宾满族自治县 清原满族自治县 本溪满族自治县 桓仁满族自治县 宽甸满族自治县 岫岩满族自治县 阜新蒙古族自治县 喀喇沁左翼蒙古族自治县",
  // 吉林, 黑龙江, 浙江, 湖北
  "伊通满族自治县 前郭尔罗斯蒙古族自治县 长白朝鲜族自治县 杜尔伯特蒙古族自治县 景宁畲族自治县 长阳土家族自治县 五峰土家族自治县",
  // 湖南
  "城步苗族自治县 江华瑶族自治县 麻阳苗族自治县 新晃侗族自治县 芷江侗族自治县 靖州苗族侗族自治县 通道侗族自治县",
  // 广东
  "连山壮族瑶族自治县 连南瑶族自治县 乳源瑶族自治县",
  // 广西
  "龙胜各族自治县 恭城瑶族自治县 富川瑶族自治县 巴马瑶族自治县 都安瑶族自治县 大化瑶族自治县 环江毛南族自治县 罗城仫佬族自治县 金秀瑶族自治县 融水苗族自治县 三江侗族自治县 隆林各族自治县",
  // 海南
  "白沙黎族自治县 昌江黎族自治县 乐东黎族自治县 陵水黎族自治县 保亭黎族苗族自治县 琼中黎族苗族自治县",
  // 重庆, 四川
  "石柱土家族自治县 秀山土家族苗族自治县 酉阳土家族苗族自治县 彭水苗族土家族自治县 北川羌族自治县 峨边彝族自治县 马边彝族自治县 木里藏族自治县",
  // 贵州
  "道真仡佬族苗族自治县 务川仡佬族苗族自治县 镇宁布依族苗族自治县 关岭布依族苗族自治县 紫云苗族布依族自治县 威宁彝族回族苗族自治县 玉屏侗族自治县 印江土家族苗族自治县 沿河土家族自治县 松桃苗族自治县 三都水族自治县",
  // 云南
  "峨山彝族自治县 新平彝族傣族自治县 元江哈尼族彝族傣族自治县 玉龙纳西族自治县 宁蒗彝族自治县 宁洱哈尼族彝族自治县 墨江哈尼族自治县 景东彝族自治县 景谷傣族彝族自治县 镇沅彝族哈尼族拉祜族自治县 江城哈尼族彝族自治县 孟连傣族拉祜族佤族自治县 澜沧拉祜族自治县 西盟佤族自治县 双江拉祜族佤族布朗族傣族自治县 耿马傣族佤族自治县 沧源佤族自治县 漾濞彝族自治县 南涧彝族自治县 巍山彝族回族自治县 贡山独龙族怒族自治县 兰坪白族普米族自治县 维西傈僳族自治县 屏边苗族自治县 金平苗族瑶族傣族自治县 河口瑶族自治县 寻甸回族彝族自治县 禄劝彝族苗族自治县 石林彝族自治县",
  // 甘肃
  "张家川回族自治县 天祝藏族自治县 肃南裕固族自治县 肃北蒙古族自治县 阿克塞哈萨克族自治县 东乡族自治县 积石山保安族东乡族撒拉族自治县",
  // 青海
  "大通回族土族自治县 互助土族自治县 民和回族土族自治县 化隆回族自治县 循化撒拉族自治县 门源回族自治县 河南蒙古族自治县",
  // 新疆
  "焉耆回族自治县 察布查尔锡伯自治县 和布克赛尔蒙古自治县 木垒哈萨克自治县 巴里坤哈萨克自治县 塔什库尔干塔吉克自治县",
]
  .join(" ")
  .split(" ");

/**
 * Short forms that also name another place, never completed: 本溪 (本溪市), 阜新 (阜新市), 河南 (the
 * province), 东乡 (东乡区), 大通 (大通区), 宽城 (宽城区), 昌江 (昌江区), 江城 (江城区), 金平 (金平区), 河口 (河口区).
 */
const SHARED = new Set(["本溪", "阜新", "河南", "东乡", "大通", "宽城", "昌江", "江城", "金平", "河口"]);

/**
 * Customary short names that are not the part before the nationality (前郭尔罗斯县), but how the county is
 * known and files: 前郭县, 杜蒙县, 阜蒙县, 喀左县, 塔县, 察县, 和丰县. A closed list of real ones; the
 * two-character stems (前郭, 杜蒙 …) stand alone as a sheet's or file's name too, a single character never.
 * (莫旗 is read beside its full name by spellingOf's first character.)
 */
const CUSTOMARY: Readonly<Record<string, string>> = {
  前郭县: "前郭尔罗斯蒙古族自治县",
  杜蒙县: "杜尔伯特蒙古族自治县",
  阜蒙县: "阜新蒙古族自治县",
  喀左县: "喀喇沁左翼蒙古族自治县",
  塔县: "塔什库尔干塔吉克自治县",
  察县: "察布查尔锡伯自治县",
  和丰县: "和布克赛尔蒙古自治县",
};

/** 前郭县 → 前郭尔罗斯蒙古族自治县: the full name a customary short name (with 县 or 旗) stands for, else null. */
export function customaryFull(name: string): string | null {
  return Object.prototype.hasOwnProperty.call(CUSTOMARY, name) ? CUSTOMARY[name] : null;
}

/** The short form (新晃, 莫力达瓦, 鄂伦春) of an autonomous county's or banner's full name. */
export function autonomousShort(full: string): string {
  return placeKey(full).slice(0, -1);
}

/** Built on first use (districts.ts, whose placeKey it needs, imports this module). */
let byShort: Map<string, string> | null = null;

function shorts(): Map<string, string> {
  if (byShort) return byShort;
  byShort = new Map();
  for (const full of NAMES) {
    const short = autonomousShort(full);
    if (!SHARED.has(short)) byShort.set(short, full);
  }
  // 前郭, 杜蒙, 喀左: a customary short name's stem of two characters or more.
  for (const [written, full] of Object.entries(CUSTOMARY)) {
    const stem = written.slice(0, -1);
    if (stem.length >= 2) byShort.set(stem, full);
  }
  return byShort;
}

/**
 * Shared short forms whose 县 was a county of its own (江西's 东乡县, 东乡区 since 2016): with 县 written they
 * may still name that one. The others share their short form only with a 区, 市 or province (金平区, 河口区,
 * 大通区, 本溪市, 河南), so written with 县 they can only be the autonomous county.
 */
const SHARED_AS_COUNTY = new Set(["东乡"]);

/**
 * 化隆县 → 化隆回族自治县, 金平县 → 金平苗族瑶族傣族自治县, 鄂温克旗 → 鄂温克族自治旗: the listed autonomous
 * county or banner a short form written with 县 or 旗 is, also where the short form alone names another
 * place too (金平区), unless that place was a county of the name; else null.
 */
export function autonomousOfWritten(short: string, kind: "县" | "旗"): string | null {
  if (SHARED_AS_COUNTY.has(short)) return null;
  const full = autonomousOfShort(short) ?? NAMES.find((n) => autonomousShort(n) === short) ?? null;
  return full && full.endsWith(`自治${kind}`) ? full : null;
}

/** All 120 full names (for the tests). */
export const AUTONOMOUS_NAMES: readonly string[] = NAMES;

/** The full name of the autonomous county or banner whose short form is `name` exactly (新晃), else null. */
export function autonomousOfShort(name: string): string | null {
  return shorts().get(name) ?? null;
}
