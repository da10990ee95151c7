/**
 * 洮北区 | 洮南 | 大安 | 镇赉县 | 通榆县 | 合计: a 汇总表 often heads its place columns by the places' short
 * names, which no suffix marks as places. Such a header is a place where it stands in one unbroken run of
 * headers with place columns (洮南 between 洮北区 and 镇赉县), or in a run that ends at the 合计 column
 * (洮北 | 洮南 | 大安 | 镇赉 | 通榆 | 合计): its targets stand beside its neighbours', and the total sums them.
 */
import { headerRole } from "./headers";
import { trimSpaces } from "../text/chars";

/** Two to four Chinese characters: a county's short form (洮南, 镇赉, 科尔沁). */
const SHORT = /^[\u4e00-\u9fa5]{2,4}$/;

/** Words of a header that name no place: a figure, a level, a note (市直, 本级, 备注, 资金, 指标). */
const NOT_PLACE =
  /指标|目标|标准|备注|说明|单位|其[他它]|平均|均值|合计|小计|总计|本级|[市县区州]直|[市县区省]级|直属|机关|金额|资金|数量|面积|权重|分值|方向|性质|名称|序号|内容|类别|类型|依据|来源|情况|年度|全年|计划|实际|预期|完成/;

/** The places' sum column (合计, 总计), which closes a run of short names. */
const SUM = /^(?:合\s*计|总\s*计)(?:$|[(（])/;

/**
 * A header that may be a place's short form: no role, no word of a figure or a level, no suffix of its own.
 * Also read by `parse/transposed.ts` for a row's place cell (峨边 between 沐川县 and 马边县).
 */
export function shortName(t: string): boolean {
  return SHORT.test(t) && !NOT_PLACE.test(t) && !/[区县市旗镇乡]$/.test(t) && headerRole(t) === null;
}

/**
 * The place columns right of `from` (the indicator's name) with each short-named header counted among them
 * (see above), in column order; `places` as given where none is.
 */
export function withShortPlaces(
  texts: readonly string[],
  from: number,
  places: { col: number; place: string }[],
): { col: number; place: string }[] {
  const placeAt = new Map(places.map((p) => [p.col, p]));
  const found: { col: number; place: string }[] = [];
  let run: { col: number; place: string; short: boolean }[] = [];
  const close = (next: string) => {
    const shorts = run.filter((x) => x.short);
    const anchored = run.some((x) => !x.short) || SUM.test(next);
    if (shorts.length > 0 && anchored && run.length >= 2)
      for (const { col, place } of shorts) found.push({ col, place });
    run = [];
  };
  for (let c = from + 1; c < texts.length; c++) {
    const t = trimSpaces(texts[c] ?? "");
    const place = placeAt.get(c);
    if (place) run.push({ ...place, short: false });
    else if (shortName(t)) run.push({ col: c, place: t, short: true });
    else close(t);
  }
  close("");
  return found.length === 0 ? places : [...places, ...found].sort((a, b) => a.col - b.col);
}
