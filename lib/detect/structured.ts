/**
 * lib/detect/structured.ts — PURE: structured text that says what a value is (X12, HL7 v2, JSON/FHIR, CDA/XML).
 * Imports nothing. detect() calls `structuredCodes` only for a text node that holds a known five-digit number, and the
 * sniffs below are one regex test each, so ordinary page text pays nothing more.
 *
 * When a node looks like one of these formats, its coding system decides, over any word: the returned offsets are the
 * only five-digit values in it that are procedure codes; every other number in the node is not a code.
 *   X12           a composite whose qualifier is `HC`, in any segment: `SV1*HC:64712:RT*…`, `EQ**HC:64712~`, with any
 *                 component separator (`:`, `>`, `^`); segments end with `~` or a line break.
 *   Free text in these formats (X12 MSG, NTE and K3; HL7 OBX-5 TX/FT/ST and NTE-3; a FHIRPath "expression"; any JSON
 *   string, Turtle string, XML attribute value or element text that is a phrase, i.e. holds a blank) is prose: detect()
 *   reads a number in it by the prose rules (`freeTextAt`, within 200 characters). A value alone is never prose.
 *   HL7 v2        a CE/CWE in any field (FT1-25, PR1-3, OBR-4, AIS-3 by the standard) whose coding system (component 3, or 6
 *                 for the alternate code) is
 *                 C4, CPT, CPT4, CPT-4, HCPCS or HCPT; also a node holding just one CE (a tree viewer's value cell).
 *   JSON (FHIR)   a `"code"` whose sibling `"system"` is CPT (`http://www.ama-assn.org/go/cpt`, OID …6.12) or HCPCS
 *                 (any system naming HCPCS, OID …6.285).
 *                 Also a JSON Patch `"value"` whose `"path"` is a procedure Coding's code, and a ConceptMap's target
 *                 Codings when the group's `"target"` system is CPT/HCPCS.
 *   XML (CDA)     `code="…"` in a tag whose `codeSystem` is 2.16.840.1.113883.6.12 (CPT-4) or .6.285 (HCPCS).
 *   XML (FHIR)    `<code value="…"/>` right after its sibling `<system value="…"/>` (a Coding; FHIR XML fixes the order
 *                 system, version, code) naming CPT or HCPCS. Every other `value` (identifier, postalCode, net) is not.
 *                 FHIR RDF Turtle the same way (`fhir:Coding.system [ fhir:value "…" ]; fhir:Coding.code [ … ]`).
 */

import { testAt, textBefore } from './evidence';

// X12 with `*` elements, or `|` elements as an ISA segment declares them (or an X12-only segment shows them, or a
// segment ends its line with the `~` terminator, "N4|OMAHA|NE|68969~"): HL7 v2 segments share the `|` but none of these
// names, and end with a line break. An editor's line-number gutter may open the line ("00049  SV1*HC:…").
const X12_SNIFF =
  /(?:^|[~\r\n])[ \t]*(?:\d+[ \t]+)?(?:[A-Z][A-Z\d]{1,2}\*|(?:ISA|GS|BHT|CLM|LX|SV[1-3]|SVC)\||[A-Z][A-Z\d]{1,2}\|[^~\r\n]*~\s*(?:[\r\n]|$))/;
/** HL7 v2 XML encoding: elements named by segment and field (`<PID.3>`, `<FT1.25>`). */
const HL7_XML_SNIFF = /<[A-Z][A-Z\d]{2}\.\d/;
// A segment may follow one word on its line ("Original FT1|1|…" in an error viewer).
const HL7_SNIFF = /(?:^|[\r\n])[ \t]*(?:[A-Za-z]+ )?[A-Z][A-Z\d]{2}\|/;
const JSON_SNIFF = /"(?:code(?:Value)?|system|billing_code|path)"\s*:/;
// Or FHIR RDF Turtle (`fhir:Coding.code [ fhir:value "64714" ]`), read by the same Coding reader.
const XML_SNIFF = /<[A-Za-z][\w:.-]*\s[^<>]*=|fhir:\w|<Type>3<|<\/Code>\s*<Mod/;

/**
 * For text in one of these formats, the offsets of the five digits of each value its coding system names a procedure
 * code (every other number in it is not one); undefined for ordinary text.
 */
export function structuredCodes(text: string): number[] | undefined {
  if (X12_SNIFF.test(text)) return x12Codes(text);
  if (HL7_XML_SNIFF.test(text)) return hl7XmlCodes(text);
  if (HL7_SNIFF.test(text)) return hl7Codes(text);
  if (JSON_SNIFF.test(text)) return jsonCodes(text);
  if (XML_SNIFF.test(text)) return xmlCodes(text);
  // A node holding just an HL7 v2 CE/CWE (a message tree viewer's value cell, "64612^CHEMODENERVATION…^C4"): its
  // coding system names it; any other system leaves the node to the other rules.
  const ce = HL7_CE.exec(text);
  return ce && CODING_SYSTEM.test(ce[2]!) ? [ce[1]!.length] : undefined;
}
const HL7_CE = /^(\s*)\d{5}\^[^^|\n]{0,200}\^([^^|\n]{1,9})\s*$/;

/**
 * A CPT or HCPCS coding system, as X12 qualifiers, HL7 v2 tables, FHIR systems and OIDs name it. Also read by
 * detect() in the other cells of a table row ("C4", "http://www.ama-assn.org/go/cpt").
 */
export const CODING_SYSTEM =
  /ama-assn\.org\/go\/cpt|hcpcs|^(?:hc|c[45]|cpt-?4?|hcpt)$|2\.16\.840\.1\.113883\.6\.(?:12|285)(?!\d)/i;

/** A node that is only a JSON value, after a `"code":` key in the text before it (a highlighted viewer). */
export const JSON_CODE_KEY_END = /"code"\s*:\s*$/;

// Compact on purpose (content-script bytes): regexes over the sniffed node, which is the rare case.

/**
 * A composite `HC<sep>CODE` in any segment (after an element separator): the HC qualifier names a HCPCS/CPT procedure
 * wherever it stands, SV1/SV2/SV3/SVC service lines, 270 `EQ`, 271 `EB`, 278 service loops alike.
 */
const X12_HC = /[*|]HC[:>^](\d{5})(?=[:>^*|~\r\n]|$)/dg;

function x12Codes(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(X12_HC)) out.push(m.indices![1]![0]);
  return out;
}

/**
 * Free text inside a structured format, read by the prose rules: an X12 `MSG*` segment, an HL7 v2 OBX-5 of a text
 * type (TX, FT, ST), an NTE-3 comment, or an acknowledgment's MSA-3 text message or ERR-8 user message, an
 * `"expression"` (FHIRPath, CQL); and, by shape, not by name, any string that is a phrase (holds a space): a JSON string
 * (FHIR narrative "text"/"div", a CDS Hooks card's "summary"/"detail", "note", "comment"; not an Identifier's "value"),
 * an XML attribute value or element text (FHIR XML `<text value="Line 3 64445 denied: …"/>`, HL7 v2 XML `<NTE.3>`, a
 * `<note>`), a Turtle string (`fhir:value "…"`). A value alone (`"text": "64712"`, `<value value="64712"/>`,
 * `<CWE.1>64712</CWE.1>`) is the format's. Pass 50: so is a run of words after a segment's terminator or a line
 * break, opening with a blank and a lower-case word ("HCP*00*0~ on a denied 64714": a guide's example, then what it
 * was sent on); a segment, a JSON or an XML line does not open so.
 */
const FREE_TEXT =
  /^\s*(?:(?:MSG|K3|NTE\*[^*]*)\*[^*]*|OBX\|[^|]*\|(?:TX|FT|ST)\|[^|]*\|[^|]*\|[^|]*|(?:NTE|MSA)\|[^|]*\|[^|]*\|[^|]*|ERR(?:\|[^|]*){8})$|"expression"\s*:\s*"[^"]*$|^ [a-z][^*|"<>]*$|("(?!value")\w+"\s*:\s*"[^"]*|(?:=\s*|\w\s+)"[^"<>]*|<[\w:.-]+(?:\s[^<>]*)?>[^<>]*)$/;

/** The free text that offset `at` of structured text sits in, as [start, end); undefined when it is in none. */
export function freeTextAt(text: string, at: number): [number, number] | undefined {
  // Read in a window of 200 characters: a segment or a JSON/XML line of 100,000 costs no more than a short one.
  const from = Math.max(0, at - 200);
  let head = text.slice(from, at);
  const cut = Math.max(head.lastIndexOf('~'), head.lastIndexOf('\n'), head.lastIndexOf('\r')) + 1;
  const line = from + cut;
  head = head.slice(cut);
  const free = FREE_TEXT.exec(head);
  if (!free) return undefined;
  testAt(FREE_TEXT_END, text, at);
  const start =
    line + Math.max(head.lastIndexOf('*'), head.lastIndexOf('|'), head.lastIndexOf('"'), head.lastIndexOf('>')) + 1;
  const end = FREE_TEXT_END.lastIndex ? FREE_TEXT_END.lastIndex - 1 : text.length;
  // A JSON string under any other key is free text when it is a phrase ("additional_payer_notes": "Paid at the 64714
  // rate …", a DTR answer's "valueString": "64445 08/12/2026; …"); a bare value ("code": "64712") is the format's, and
  // so is an Identifier's "value" (not a key above).
  return free[1] === undefined || SPACE.test(text.slice(start, end)) ? [start, end] : undefined;
}
const FREE_TEXT_END = /[~\r\n"|<]/g;
const SPACE = /\s/;

/** FT1-25, PR1-3, OBR-4, AIS-3 (a scheduled service, SIU): which `|`-field of each segment holds the procedure. */
export const HL7_CODE_FIELD: Record<string, number> = { FT1: 25, PR1: 3, OBR: 4, AIS: 3 };
/** Any segment line (FHS/BHS batch headers, MSH, FT1…): a CE/CWE may stand in any of its fields. */
const HL7_SEGMENT = /(?:^|[\r\n])[ \t]*(?:[A-Za-z]+ )?[A-Z][A-Z\d]{2}\|[^\r\n]*/g;
const FIVE_DIGITS = /^\d{5}$/;
/** A CE's identifier: the component, or the last word of a text field quoting the CE. */
const CE_ID_END = /(?:^| )\d{5}$/;

/**
 * Every CE/CWE whose coding system (component 3, or 6 for the alternate code) is CPT/HCPCS, in ANY field: the
 * coding system names the procedure, so a sender that shifts FT1-25 by a field (an FT1-24 "64445^INJ ANES^CPT" in
 * a batch file) or puts it in another segment still says what the value is.
 */
function hl7Codes(text: string): number[] {
  const out: number[] = [];
  for (const seg of text.matchAll(HL7_SEGMENT)) {
    let at = seg.index;
    // Fields and repetitions (`~`), each a CE/CWE: identifier ^ text ^ coding system ^ alternate identifier ^ text ^
    // system.
    for (const rep of seg[0].split(/[|~]/)) {
      const c = rep.split('^');
      // A CE quoted in a text field ("ERR-8: FT1-7 value 64714^Destruction …^C4 not active"): the identifier ends
      // its words, the coding system opens the third component's.
      if (CE_ID_END.test(c[0]!) && CODING_SYSTEM.test(c[2]?.trim().split(' ')[0] ?? ''))
        out.push(at + c[0]!.length - 5);
      if (CODING_SYSTEM.test(c[5]?.trim() ?? '') && FIVE_DIGITS.test(c[3] ?? '')) {
        out.push(at + c[0]!.length + c[1]!.length + c[2]!.length + 3);
      }
      at += rep.length + 1;
    }
  }
  return out;
}

/** HL7 v2 XML: a procedure field (`<FT1.25>`…`</FT1.25>`) and in it a CE/CWE identifier and its coding system. */
const HL7_XML_FIELD = /<(FT1\.25|PR1\.3|OBR\.4|AIS\.3)>(.*?)<\/\1>/dg;
const HL7_XML_ID = /^<C\w+\.1>(\d{5})</;
const HL7_XML_SYSTEM = /<C\w+\.3>([^<]*)</;

function hl7XmlCodes(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(HL7_XML_FIELD)) {
    const id = HL7_XML_ID.exec(m[2]!);
    if (id && CODING_SYSTEM.test(HL7_XML_SYSTEM.exec(m[2]!)?.[1] ?? '')) out.push(m.indices![2]![0] + id[0].length - 6);
  }
  return out;
}

// ── JSON ───────────────────────────────────────────────────────────────────────────────────────────────

const JSON_CODE = /"(?:billing_code|code(?:Value)?|value)"\s*:\s*"?(\d{5})"?(?=\s*[,}\r\n]|\s*$)/dg;
/**
 * A JSON Patch (RFC 6902) operation's `"path"` to the code of a procedure's Coding: its `"value"` is that code
 * ({"op":"replace","path":"/item/0/productOrService/coding/0/code","value":"64714"}); any other path's value is not.
 */
const PATCH_CODE_PATH = /"path"\s*:\s*"[^"]*(?:productOrService|procedure\w*)\/coding\/\d+\/code"/;
/**
 * A FHIR Coding's `system`, a Transparency-in-Coverage `billing_code_type` ("CPT", "HCPCS"; not "LOCAL"), a
 * hospital price-transparency JSON v2 `code_information` entry's `type` ({ "code": "64712", "type": "CPT" }), or an
 * app's `codeType`/`code_type` beside its code (a cost estimate's line: { "code": "64712", "codeType": "CPT" }). Pass 55:
 * or its `codeSystem` ({ "code": "64714", "codeSystem": "CPT" }), or a schema.org MedicalCode's `codingSystem` beside
 * its `codeValue` ({ "codeValue": "64712", "codingSystem": "CPT" }).
 */
const JSON_SYSTEM = /"(?:(?:cod(?:e|ing))?[sS]ystem|(?:billing_)?code_?[tT]ype|type)"\s*:\s*"([^"]*)"/;
/**
 * A Gulf e-claim API's activity (DHA, DOH): a numeric `"type": 3` right before a quoted `"code"` is that schema's CPT
 * ({ "type": 3, "code": "64712", "qty": 1 }); a bare number after it (an error's "code": 40401) is no procedure.
 */
const JSON_CPT_TYPE = /"type":\s*3,\s*"code":\s*"/;

/**
 * A Coding with no system inside a FHIR `productOrService` (Claim, ExplanationOfBenefit, CoverageEligibility*): the US
 * profiles (CARIN BB, Da Vinci) bind that element to CPT/HCPCS, so the element names the system the Coding leaves out.
 */
const PRODUCT_OR_SERVICE = /"productOrService"[^}\]]*$/;

/**
 * A FHIR ConceptMap: a group's `"target"` system (read once per text) names the system of the Codings in its elements'
 * `"target": [ … ]` arrays; the element's own `"code"` is the source system's (a chargemaster number).
 */
const MAP_TARGET_SYSTEM = /"target(?:Uri)?"\s*:\s*"([^"]*)"/;
const IN_TARGET_ARRAY = /"target"\s*:\s*\[\s*\{[^{}]*$/;

function jsonCodes(text: string): number[] {
  const out: number[] = [];
  const target = MAP_TARGET_SYSTEM.exec(text)?.[1] ?? '';
  for (const m of text.matchAll(JSON_CODE)) {
    const own = ownMembers(text, m.index);
    if (m[0][1] === 'v') {
      if (PATCH_CODE_PATH.test(own)) out.push(m.indices![1]![0]);
      continue;
    }
    const system = JSON_SYSTEM.exec(own)?.[1];
    const head = textBefore(text, m.index, 64);
    if (
      JSON_CPT_TYPE.test(own) ||
      (system === undefined
        ? PRODUCT_OR_SERVICE.test(head) || (IN_TARGET_ARRAY.test(head) && CODING_SYSTEM.test(target))
        : CODING_SYSTEM.test(system))
    )
      out.push(m.indices![1]![0]);
  }
  return out;
}

/** The members of the JSON object that position `at` sits in, with nested objects and arrays cut out. */
function ownMembers(text: string, at: number): string {
  let depth = 0;
  let open = at;
  for (; open >= 0; open--) {
    const c = text[open];
    if (c === '}' || c === ']') depth++;
    else if (c === '{' || c === '[') {
      if (depth === 0) break;
      depth--;
    }
  }
  // Pass 40: no brace before (a viewer's line of the object, its opening line another element): the members are the
  // line's own.
  if (text[open] === '[') return '';
  let own = '';
  depth = 0;
  for (let i = open + 1; i < text.length; i++) {
    const c = text[i];
    if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') {
      if (depth === 0) break;
      depth--;
    } else if (depth === 0) own += c;
  }
  return own;
}

// ── XML ────────────────────────────────────────────────────────────────────────────────────────────────

/**
 * A tag with `code="NNNNN"`; its codeSystem must be CPT-4 or HCPCS, or (pass 40) a sibling `system` or `type` attribute
 * names CPT/HCPCS in either order, as directory and abstraction exports write a service (`<Service code="64445"
 * type="CPT"/>`, `<Procedure system="CPT" code="64632"/>`; `type="CDM"` is a chargemaster's). Pass 41: or the tag
 * is named a procedure (`<Procedure code="64612" side="L"/>`, `<LinkedProcedure code="64445"/>`: a claim file's or a
 * drug charge's link to its procedure; not `<ProcedureRoom>`). Pass 47: or an authorization (`<PriorAuth ref="48140"
 * code="64612"/>`, an eligibility response's: the code of the service authorized). Pass 48: a `value` attribute reads
 * as `code` does (`<code system="CPT" value="64712"/>`, a policy file's list of the codes it governs). Pass 50: a
 * `codeType` attribute names the system as `type` does, and a `modifier`/`mod` attribute beside the code makes it a
 * procedure's (`<Rate code="64632" modifier="" amount="158.89"/>`: only a procedure takes a modifier). Pass 51: a
 * CDISC ODM item's `Value` reads as `value` does, named by an `…OID` attribute naming CPT/HCPCS (`<ItemData
 * ItemOID="I_PROC_CPT" Value="64632"/>`, a research eCRF export; "I_PROC_QRY" is a query's number).
 */
const XML_TAG = /<[^<>]*\s(?:code|[Vv]alue)\s*=\s*["'](\d{5})["'][^<>]*/dg;
const XML_CPT_SYSTEM =
  /\bcodeSystem\s*=\s*["']2\.16\.840\.1\.113883\.6\.(?:12|285)["']|\s(?:system|type|codeType)=["'](?:CPT|HCPCS)|\smod(?:ifier)?=|^<\w*(?:Procedure|Auth)\b|OID=["'][\w.]*(?:CPT|HCPCS)/;

/**
 * An element or attribute that names the coding system or a procedure code: `<HCPCS>64712</HCPCS>`, `<CPTCode>` (a
 * chargemaster export), `<ProcedureCode qualifier="HC">` (an ePA response; its attributes qualify, never name, it),
 * a claim line's bare `<Proc>` (pass 45: a fiscal intermediary's file; `<Procedure>` may hold a description),
 * `cpt="64712"` or a bare `proc="64712"` (an interface's link to the surgery, a recovery file's claim line; pass 48), or any element whose `system` attribute names CPT/HCPCS (a
 * registry export's `<Code system="CPT">64445</Code>`; `system="CDM"` is a chargemaster's). Also a Gulf e-claim's
 * (DHA eClaimLink, DOH Shafafiya) `<Code>` right after its Activity `<Type>3</Type>`: that schema's type 3 is CPT.
 * Pass 53: any element whose next sibling is a modifier element (`<Procedure qual="HC">64712</Procedure><Mod>LT</Mod>`,
 * a repricing return's line; pass 52 read only `<Code>`): only a procedure takes a modifier.
 */
const XML_SYSTEM_ELEMENT =
  /(?<=<(?:CPT|HCPCS)\w*(?:\s[^<>]*)?>|<Proc(?:\w*Code)?\b[^<>]*>|<\w+\s[^<>]*(?:system|type)=["'](?:CPT|HCPCS)[^<>]*>|\s(?:(?:cpt|hcpcs)\w*|proc)=["']|<Type>3<\/Type>\s*<Code>)\d{5}(?=["<])|(?<=<\w+(?:\s[^<>]*)?>)\d{5}(?=<\/\w+>\s*<Mod(?:ifier)?\d?[\s/>])/gi;

/**
 * A FHIR XML Coding: `<system value="…"/>`, an optional `<version …/>`, then `<code value="NNNNN"`; or in Turtle,
 * `fhir:Coding.system [ fhir:value "…" ] ; fhir:Coding.code [ fhir:value "NNNNN" ]`.
 */
const FHIR_XML_CODING =
  /system[\s[fhir:]{0,9}value\s*=?["']([^"']*)["'][\s\]/>;]*(?:<version\b[^>]*>\s*)?(?:<|fhir:Coding\.)code[\s[fhir:]{0,9}value\s*=?["'](\d{5})["']/dg;

function xmlCodes(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(XML_TAG)) {
    if (XML_CPT_SYSTEM.test(m[0])) out.push(m.indices![1]![0]);
  }
  for (const m of text.matchAll(FHIR_XML_CODING)) {
    if (CODING_SYSTEM.test(m[1]!)) out.push(m.indices![2]![0]);
  }
  for (const m of text.matchAll(XML_SYSTEM_ELEMENT)) out.push(m.index);
  return out;
}
