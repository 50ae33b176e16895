/**
 * lib/detect/structured.ts — PURE: structured text that says what a value is (X12, HL7 v2, JSON/FHIR, CDA/XML).
 * Imports nothing. detect() calls `structuredCodes` only for a text node that holds a known five-digit number, and the
 * sniffs below are one regex test each, so ordinary page text pays nothing more.
 *
 * When a node looks like one of these formats, its coding system decides, over any word: the returned offsets are the
 * only five-digit values in it that are procedure codes; every other number in the node is not a code.
 *   X12 837/835   a composite of an SV1/SV2/SV3/SVC segment whose qualifier is `HC`: `SV1*HC:64712:RT*…`, with any
 *                 component separator (`:`, `>`, `^`); segments end with `~` or a line break.
 *   HL7 v2        FT1-25, PR1-3, OBR-4: a CE/CWE whose coding system (component 3, or 6 for the alternate code) is
 *                 C4, CPT, CPT4, CPT-4, HCPCS or HCPT.
 *   JSON (FHIR)   a `"code"` whose sibling `"system"` is CPT (`http://www.ama-assn.org/go/cpt`, OID …6.12) or HCPCS
 *                 (any system naming HCPCS, OID …6.285).
 *   XML (CDA)     `code="…"` in a tag whose `codeSystem` is 2.16.840.1.113883.6.12 (CPT-4) or .6.285 (HCPCS).
 */

export type StructuredKind = 'x12' | 'hl7' | 'json' | 'xml';

export interface Structured {
  kind: StructuredKind;
  /** Offsets (in the text passed) of the five digits of each value the coding system names a procedure code. */
  codes: number[];
}

const X12_SNIFF = /(?:^|[~\n\r])[ \t]*[A-Z][A-Z0-9]{1,2}\*/;
const HL7_SNIFF = /(?:^|[\r\n])[ \t]*[A-Z][A-Z0-9]{2}\|/;
const JSON_SNIFF = /"(?:code|system|value|resourceType|postalCode)"\s*:/;
const XML_SNIFF = /<[A-Za-z][\w:.-]*[\s/>]|\bcodeSystem\s*=/;

/** The format `text` is written in, with its coded values; undefined for ordinary text. */
export function structuredCodes(text: string): Structured | undefined {
  if (X12_SNIFF.test(text)) return { kind: 'x12', codes: x12Codes(text) };
  if (HL7_SNIFF.test(text)) return { kind: 'hl7', codes: hl7Codes(text) };
  if (JSON_SNIFF.test(text)) return { kind: 'json', codes: jsonCodes(text) };
  if (XML_SNIFF.test(text) && text.includes('=')) return { kind: 'xml', codes: xmlCodes(text) };
  return undefined;
}

/** A node that is only a JSON value, after a `"code":` key in the text before it (a highlighted viewer). */
const JSON_CODE_KEY_END = /"code"\s*:\s*$/;
export function isJsonCodeValueAfter(before: string): boolean {
  return JSON_CODE_KEY_END.test(before);
}

const isDigit = (c: number) => c >= 48 && c <= 57;
function fiveDigitsAt(text: string, i: number, end: number): boolean {
  if (end - i !== 5) return false;
  for (let k = i; k < end; k++) if (!isDigit(text.charCodeAt(k))) return false;
  return true;
}

// ── X12 ────────────────────────────────────────────────────────────────────────────────────────────────

const isSegmentEnd = (c: number) => c === 126 || c === 10 || c === 13; // ~ \n \r
const isComponentSep = (c: number) => c === 58 || c === 62 || c === 94; // : > ^

function x12Codes(text: string): number[] {
  const out: number[] = [];
  const n = text.length;
  let seg = 0;
  while (seg < n) {
    let end = seg;
    while (end < n && !isSegmentEnd(text.charCodeAt(end))) end++;
    let s = seg;
    while (s < end && text.charCodeAt(s) <= 32) s++;
    // SV1 / SV2 / SV3 / SVC followed by the element separator.
    if (
      end - s > 4 &&
      text.charCodeAt(s) === 83 &&
      text.charCodeAt(s + 1) === 86 &&
      (text.charCodeAt(s + 2) === 67 || (text.charCodeAt(s + 2) >= 49 && text.charCodeAt(s + 2) <= 51)) &&
      text.charCodeAt(s + 3) === 42
    ) {
      let e = s + 4;
      while (e <= end) {
        let ee = e;
        while (ee < end && text.charCodeAt(ee) !== 42) ee++;
        // Composite `HC<sep>CODE[<sep>MOD…]`.
        if (text.charCodeAt(e) === 72 && text.charCodeAt(e + 1) === 67 && isComponentSep(text.charCodeAt(e + 2))) {
          let ce = e + 3;
          while (ce < ee && !isComponentSep(text.charCodeAt(ce))) ce++;
          if (fiveDigitsAt(text, e + 3, ce)) out.push(e + 3);
        }
        e = ee + 1;
      }
    }
    seg = end + 1;
  }
  return out;
}

// ── HL7 v2 ─────────────────────────────────────────────────────────────────────────────────────────────

const HL7_CODE_FIELD: Record<string, number> = { FT1: 25, PR1: 3, OBR: 4 };
const HL7_CPT_SYSTEMS = new Set(['C4', 'C5', 'CPT', 'CPT4', 'CPT-4', 'HCPCS', 'HCPT']);

function hl7Codes(text: string): number[] {
  const out: number[] = [];
  const n = text.length;
  let seg = 0;
  while (seg < n) {
    let end = seg;
    while (end < n && text.charCodeAt(end) !== 13 && text.charCodeAt(end) !== 10) end++;
    let s = seg;
    while (s < end && text.charCodeAt(s) <= 32) s++;
    const field = text.charCodeAt(s + 3) === 124 ? HL7_CODE_FIELD[text.slice(s, s + 3)] : undefined;
    if (field) {
      // Find field `field`: the text after the field-th `|`.
      let f = s + 3;
      for (let k = 1; k < field && f < end; k++) {
        f++;
        while (f < end && text.charCodeAt(f) !== 124) f++;
      }
      if (f < end) {
        let fe = f + 1;
        while (fe < end && text.charCodeAt(fe) !== 124) fe++;
        hl7Field(text, f + 1, fe, out);
      }
    }
    seg = end + 1;
  }
  return out;
}

/** One CE/CWE field, possibly repeated (`~`): identifier, text, coding system, then the alternate triplet. */
function hl7Field(text: string, from: number, to: number, out: number[]): void {
  let rep = from;
  while (rep <= to) {
    let repEnd = rep;
    while (repEnd < to && text.charCodeAt(repEnd) !== 126) repEnd++;
    const comps: number[] = [rep];
    for (let i = rep; i < repEnd; i++) if (text.charCodeAt(i) === 94) comps.push(i + 1);
    const compEnd = (k: number) => (k + 1 < comps.length ? comps[k + 1]! - 1 : repEnd);
    const comp = (k: number) => (k < comps.length ? text.slice(comps[k], compEnd(k)).trim().toUpperCase() : '');
    if (HL7_CPT_SYSTEMS.has(comp(2)) && fiveDigitsAt(text, comps[0]!, compEnd(0))) out.push(comps[0]!);
    if (HL7_CPT_SYSTEMS.has(comp(5)) && comps.length > 3 && fiveDigitsAt(text, comps[3]!, compEnd(3))) {
      out.push(comps[3]!);
    }
    rep = repEnd + 1;
  }
}

// ── JSON ───────────────────────────────────────────────────────────────────────────────────────────────

const JSON_CODE = /"code"\s*:\s*"?(\d{5})"?(?=\s*[,}\n\r]|\s*$)/g;
const CPT_SYSTEM = /ama-assn\.org\/go\/cpt|hcpcs|^(?:cpt(?:-?4)?|c4)$|2\.16\.840\.1\.113883\.6\.(?:12|285)(?!\d)/i;

function jsonCodes(text: string): number[] {
  const out: number[] = [];
  JSON_CODE.lastIndex = 0;
  for (let m = JSON_CODE.exec(text); m; m = JSON_CODE.exec(text)) {
    const digits = m.index + m[0].indexOf(m[1]!);
    const system = siblingString(text, m.index, 'system');
    if (system !== undefined && CPT_SYSTEM.test(system)) out.push(digits);
  }
  return out;
}

/** The string value of key `key` in the same JSON object as the position `at` (depth-aware, strings skipped). */
function siblingString(text: string, at: number, key: string): string | undefined {
  // Back to the opening brace of the object `at` sits in.
  let depth = 0;
  let open = -1;
  for (let i = at - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 125 || c === 93) depth++;
    else if (c === 123 || c === 91) {
      if (depth === 0) {
        if (c === 123) open = i;
        break;
      }
      depth--;
    }
  }
  if (open < 0) return undefined;
  // Forward over the object's own members.
  const needle = `"${key}"`;
  depth = 0;
  for (let i = open + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      const close = text.indexOf('"', i + 1);
      if (close < 0) return undefined;
      if (depth === 0 && text.startsWith(needle, i)) {
        let j = close + 1;
        while (j < text.length && (text.charCodeAt(j) <= 32 || text.charCodeAt(j) === 58)) j++;
        if (text.charCodeAt(j) !== 34) return undefined;
        const valueEnd = text.indexOf('"', j + 1);
        return valueEnd < 0 ? undefined : text.slice(j + 1, valueEnd);
      }
      i = close;
    } else if (c === 123 || c === 91) depth++;
    else if (c === 125 || c === 93) {
      if (depth === 0) return undefined;
      depth--;
    }
  }
  return undefined;
}

// ── XML ────────────────────────────────────────────────────────────────────────────────────────────────

const XML_CODE = /(?:^|[\s<])code\s*=\s*["'](\d{5})["']/g;
const XML_CPT_SYSTEM = /\bcodeSystem\s*=\s*["']2\.16\.840\.1\.113883\.6\.(?:12|285)["']/;

function xmlCodes(text: string): number[] {
  const out: number[] = [];
  XML_CODE.lastIndex = 0;
  for (let m = XML_CODE.exec(text); m; m = XML_CODE.exec(text)) {
    const digits = m.index + m[0].length - 6;
    const open = text.lastIndexOf('<', digits);
    const close = text.indexOf('>', digits);
    if (open < 0 || text.lastIndexOf('>', digits) > open) continue;
    const tag = text.slice(open, close < 0 ? text.length : close);
    if (XML_CPT_SYSTEM.test(tag)) out.push(digits);
  }
  return out;
}
