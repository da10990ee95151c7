/**
 * Lines an officer signs or fills in by hand — 填报单位(盖章)：  填报日期：  年  月  日, 审核人：, 联系电话：
 * — are never edited: their runs of spaces are the blanks to write in, and they are the form's, not the
 * table's. The table's scope usually leaves them out (they stand below it), but two forms stacked on one
 * sheet can be read as one table, with the first form's footer inside it (probe round 80, 08!A8).
 */

/** A label for who fills in, signs or approves, or when: at the start of the cell. */
const SIGN_LABEL =
  /^\s*(?:(?:填报|填表|编制|申报|批复|审批|审核|主管)单位|填报人|填表人|审核人|复核人|审批人|经办人|制表人?|(?:项目|单位|财务|部门)?负责人|联系人(?:及(?:联系)?电话)?|联系电话|(?:填报|填表|制表|批复|申报|审核)日期)\s*(?:[(（]\s*(?:签字|签名|签章|盖章|公章)\s*[)）])?\s*(?:[:：]|$)/;

/** (盖章) (签字) … as a place to sign: closed by a colon, a space or the end (not 印章（公章）刻制备案服务). */
const SEAL = /[(（]\s*(?:签字|签名|签章|盖章|公章)\s*[)）]\s*(?:[:：]|\s|$)|(?:盖章|签字|签名)\s*[:：]\s*$/;

/** 年  月  日 with no numbers: a date left blank to fill in; also underlined (____年__月__日, round 202). */
const BLANK_DATE = /(?:^|[^\d０-９\s_＿])[\s_＿]*年[\s_＿]+月[\s_＿]+日/;

/** 签字：, 签名：, 盖章： opening the line, or a blank drawn with underscores after a label (签字：__________). */
const SIGN_BLANK = /^\s*(?:签字|签名|签章|盖章)\s*[:：]|[:：]\s*[_＿]{4,}/;

export function isSignatureLine(text: string): boolean {
  return SIGN_LABEL.test(text) || SEAL.test(text) || BLANK_DATE.test(text) || SIGN_BLANK.test(text);
}
