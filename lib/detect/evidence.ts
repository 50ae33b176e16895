/**
 * lib/detect/evidence.ts — explicit evidence right next to a number (pure; imports nothing). Each is read only for a
 * known candidate that reached the label rules (lib/detect.ts).
 *   - SYSTEM_AFTER (sticky, at the number's end): the text names the number's system in parentheses right after it
 *     ("64714 (CPT)", "64445 (HCPCS)"; FHIR narrative tables, coding notes). Says code whatever the label says.
 *     Pass 45: so does a tally sign and a count glued after ("64632 ×22" under "Claim lines": the code billed on 22
 *     lines); a cart writes its count before the item ("1 × Workbook"). Pass 48: so does a delimited row's next field
 *     naming the system ("…,CDM,64712,HCPCS,outpatient,…": a price transparency file's code and its type).
 *   - PROC_KEY_END (on the text up to the number, once a `=` is glued before it): a `key=value` pair whose key is a
 *     procedure word ("cpt=64612", "proc_code=64445" in a log) is the number's own field name, bound tighter than
 *     any label further back ("no fee for cpt=64612").
 *   - AMOUNTS_END (on the text up to the number, once a decimal point is just before it): two decimal amounts, each
 *     followed by a gap, the second with no currency sign ("1850.00   0.00   0.00  01820", a paper remittance's
 *     billed / allowed / paid then its EOB code; the second may carry thousands commas, "1,880.14   1,019.86   18127 45"):
 *     the number is the row's next value, not a code
 *     ("64445 $142.67 64632", a price list, keeps its `$`).
 */
export const SYSTEM_AFTER = / ?(?:\((?:CPT|HCPCS)[^)\n]{0,16}\)|×\d)|,(?:CPT|HCPCS)\b/y;
export const PROC_KEY_END = /\b(?:cpt4?|hcpcs|proc|px|procedure)(?:_?(?:code|cd))?=$/i;
/**
 * PAIR_ROW (sticky, at a number opening its line): a raw NCCI PTP edit row, two numbers, an effective date, a deletion
 * date or `*`, a modifier indicator ("64712  64445  20100101  *  1"): both numbers are codes, whatever the line before.
 */
export const PAIR_ROW = /(?:\d{5}[ \t]+){2}\d{8}[ \t]+(?:\*|\d{8})[ \t]+[019]\b/y;
/**
 * MOD_FEE (sticky, at a number's end): in a comma-delimited row, quoted or not, a modifier-shaped field (blank, two
 * letters or digits) then a fee-shaped one ("64445","  ","0000118.62"): the row's procedure field. ROW_CODE_LATER:
 * up to eight short fields later, a five-digit field so followed, its modifier blank or holding a letter (a
 * two-digit field there may be a locality: "64445","","05102","00","118.42" has the code first): the number at hand
 * is another column's (a CMS PFS/ASC/OPPS file's carrier or MAC before its HCPCS). A pipe-delimited record reads
 * the same with `|` between fields, its modifier field (a pipe's may be two digits, "50") then a units field
 * ("…|80110||64712|RT|1|245000": an all-payer claims extract's provider ZIP before its procedure). Pass 50: both
 * modifier fields may be empty before the fee ("2026,05102,00,64714,,,561.37"). Bounded fields: linear.
 */
export const MOD_FEE = /"?,"?(?:[A-Z\d]{2}| *)"?,"?\d*\.\d/y;
export const ROW_CODE_LATER =
  /"?[,|](?:"?[^,|"\n]{0,20}"?[,|]){0,8}"?\d{5}"?[,|]"?(?:[A-Z][A-Z\d]|\d[A-Z]| *|(?<=\|)\d\d)"?[,|]+"?\d*[.|]\d/y;
/**
 * Between a marked code and the next number of a quoted row: one modifier field, blank or holding a letter (not two
 * digits: "05102","99","64445" is a carrier, a locality, then the code).
 */
export const QUOTED_AFTER_MOD = /^","(?:[A-Z][A-Z\d]|\d[A-Z]| *)","$/;
export const AMOUNTS_END = /\d\.\d\d\s+[\d,]+\.\d\d\s+$/;

/**
 * The `n` characters before `at`: an end-anchored regex then scans a window, not the whole text before the number
 * (a 100 KB <pre> with thousands of candidates would otherwise cost the square of its length).
 */
export const textBefore = (text: string, at: number, n: number) => text.slice(Math.max(0, at - n), at);

/** A decimal point among the 9 characters before `at` (a bounded look: lastIndexOf would scan to the text's start). */
export function pointBefore(text: string, at: number): boolean {
  // Before the text charCodeAt is NaN, no point.
  for (let i = at - 1; i > at - 10; i--) if (text.charCodeAt(i) === 46) return true;
  return false;
}

/** A sticky regex tested at one position. */
export function testAt(re: RegExp, text: string, at: number): boolean {
  re.lastIndex = at;
  return re.test(text);
}
