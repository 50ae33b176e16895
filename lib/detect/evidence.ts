/**
 * lib/detect/evidence.ts — explicit coding-system evidence right next to a number (pure; imports nothing).
 * Read only for a known candidate that reached the label rules (the rare path): a sticky regex test or a few
 * character reads, no allocation unless a `key=` is glued before the number.
 *   - systemNamedAfter: the text names the number's system in parentheses right after it ("64714 (CPT)",
 *     "64445 (HCPCS)"; FHIR narrative tables, coding notes). Says code whatever the label before says.
 *   - procKeyBefore: a `key=value` pair whose key is a procedure word ("cpt=64612", "proc_code=64445" in a log):
 *     the key is the number's own field name, bound tighter than any label further back ("no fee for cpt=64612").
 */

const SYSTEM_AFTER = /[ \u00a0]?\((?:CPT|HCPCS)(?:[ \u00a0®-][^)\n]{0,16})?\)/y;

export function systemNamedAfter(text: string, end: number): boolean {
  SYSTEM_AFTER.lastIndex = end;
  return SYSTEM_AFTER.test(text);
}

const PROC_KEY = /^(?:cpt4?|hcpcs|proc|px|procedure)(?:_?(?:code|cd))?$/i;

export function procKeyBefore(text: string, start: number): boolean {
  if (start < 3 || text.charCodeAt(start - 1) !== 61) return false; // '='
  let i = start - 1;
  while (i > 0 && i > start - 18) {
    const c = text.charCodeAt(i - 1);
    if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95)) break;
    i--;
  }
  return PROC_KEY.test(text.slice(i, start - 1));
}

const isDigitAt = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
};

/**
 * A row of amounts before the number ("1850.00   0.00   0.00  01820", a paper remittance's billed / allowed / paid
 * then its EOB code): two decimal amounts with no currency sign, each followed by a gap, end right before it. The
 * number is the row's next value (a code column sits before the amounts, "64445 $142.67 64632" keeps its `$`).
 */
export function amountsBefore(text: string, start: number): boolean {
  let i = start;
  for (let n = 0; n < 2; n++) {
    const gapEnd = i;
    while (i > 0 && (text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 9)) i--;
    if (i === gapEnd || i < 4 || !isDigitAt(text, i - 1) || !isDigitAt(text, i - 2) || text.charCodeAt(i - 3) !== 46)
      return false;
    i -= 3;
    if (!isDigitAt(text, i - 1)) return false;
    while (i > 0 && isDigitAt(text, i - 1)) i--;
    if (i > 0 && text.charCodeAt(i - 1) === 36) return false; // '$': a price list, not an amounts row
  }
  return true;
}
