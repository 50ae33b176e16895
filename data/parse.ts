/**
 * The parser of a publication (data/sources/*.txt) into a CodeEntry: the one parser, run by the
 * build (data/plugin.ts) and at runtime for an organization's own publications
 * (lib/publications/, options page and background). Never imported by the content script.
 *
 * Pure: text in, entry out, no file system, no Node API. Every problem is a SourceError naming the file, the
 * 1-based line and what is wrong, so `npm run build` can point at the place. The sources are cut
 * short in places (see ../shared/seeds/README.md); the parser records what is missing instead of
 * guessing: "Data not available in the input" becomes `{ available: false }`, a cut table row keeps
 * `null` cells, and a table that may lack rows says why.
 */
import { type CodeEntry, codeEntry, type ModifierRow, type OptionalText } from './schema';

export interface SourceFile {
  /** Path shown in messages, e.g. `data/sources/000_x.txt`. */
  file: string;
  text: string;
}

export class SourceError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly problem: string,
  ) {
    super(`${file}:${line}: ${problem}`);
    this.name = 'SourceError';
  }
}

/** The sections of a publication, in the order they must appear. */
const SECTIONS = [
  { key: 'summary', heading: 'Summary & Overview' },
  { key: 'billing', heading: 'Billing Code Overview' },
  // A group heading with no text of its own.
  { key: 'group', heading: 'Clinical & Coding Specifications' },
  { key: 'clinical', heading: 'Clinical Context' },
  { key: 'coding', heading: 'Coding Specifications' },
] as const;
type SectionKey = (typeof SECTIONS)[number]['key'];

const UNAVAILABLE = /data not available in the input/i;
const TITLE = /^CPT\s+(\d{5})\s*[:\u2013\u2014-]\s*(\S.*)$/;
/** `Service type:` and `Typical site of service:`, in any case (64632 capitalises them). */
const LABEL = /^(service type|typical site of service)\s*:\s*(.*)$/i;
/** The "-" lines some sources put between the billing fields. */
const DASH_LINE = /^[-\u2010-\u2015]+$/;
const TABLE_HEADER = ['modifier', 'description', 'when to use'];
const MODIFIER_CODE = /^(?:[0-9]{2}|[A-Z][A-Z0-9])$/;

interface Line {
  /** 1-based. */
  no: number;
  text: string;
}

interface Paragraph extends Line {}

type UnavailableNote = CodeEntry['unavailableNotes'][number];

function headingKey(text: string): SectionKey | undefined {
  // Paragraph lines run to hundreds of characters; normalizing each was most of an import's
  // parse time (5,000 publications, npm run bench). No heading comes near this length.
  if (text.length > 120) return undefined;
  const norm = text
    .toLowerCase()
    .replace(/:$/, '')
    .replace(/\s+and\s+/g, ' & ')
    .replace(/\s+/g, ' ')
    .trim();
  return SECTIONS.find((s) => s.heading.toLowerCase() === norm)?.key;
}

/** A short line without closing punctuation reads as a heading; one we do not know is an error. */
function looksLikeHeading(text: string): boolean {
  return text.length <= 60 && !/[.!?:;,)|]$/.test(text) && !text.includes('|') && /^[A-Z]/.test(text);
}

/** A source line quoted in a message, cut to a readable length. */
function quote(text: string): string {
  return `"${text.length > 80 ? `${text.slice(0, 77)}...` : text}"`;
}

function headingOf(key: SectionKey): string {
  return SECTIONS.find((s) => s.key === key)!.heading;
}

/**
 * Splits a paragraph into sentences. A boundary is ". " before a capital letter or quote, so
 * "e.g., antispasmodics" stays whole.
 */
function sentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+(?=[A-Z"\u201C\u2018(])/);
}

/**
 * Takes every sentence that says "Data not available in the input" out of a paragraph and
 * records it as a note: the marker is a fact about the data, not prose to show.
 */
function extractUnavailable({ para, section }: { para: Paragraph; section: string }): {
  text: string;
  notes: UnavailableNote[];
} {
  if (!UNAVAILABLE.test(para.text)) return { text: para.text, notes: [] };
  const kept: string[] = [];
  const notes: UnavailableNote[] = [];
  for (const sentence of sentences(para.text)) {
    if (UNAVAILABLE.test(sentence)) notes.push(unavailableNote({ section, text: sentence, line: para.no }));
    else kept.push(sentence);
  }
  return { text: kept.join(' '), notes };
}

function unavailableNote({ section, text, line }: { section: string; text: string; line: number }): UnavailableNote {
  // "Data not available in the input for specific payor rates, ..." names what is missing.
  const subject = /data not available in the input (?:for|on|about|regarding)\s+(.+?)\.?$/i.exec(text)?.[1];
  return subject ? { section, text, line, subject } : { section, text, line };
}

/** "Aetna, Blue Cross Blue Shield, ..., and Medicare" from the "Key payers ... include ..." sentence. */
function keyPayersOf(paragraphs: readonly string[]): string[] {
  for (const para of paragraphs) {
    const list = /\bkey payers\b[^.]*?\binclude[sd]?\s+([^.]+)\./i.exec(para)?.[1];
    if (list)
      return list
        .split(/\s*,\s*(?:and\s+)?|\s+and\s+/)
        .map((s) => s.trim())
        .filter(Boolean);
  }
  return [];
}

/**
 * Modifiers named in running text, e.g. "applicable modifiers (for example LT or RT)". Only lists
 * in a sentence that speaks of modifiers count: right after "modifier(s)" any code is taken; after
 * "for example", "e.g.", "such as", "including" only codes the glossary knows, so "hospital OR" or
 * "a 52-year-old" never become modifiers.
 */
export function mentionedModifiersOf({
  texts,
  known,
}: {
  texts: readonly string[];
  known: ReadonlySet<string>;
}): string[] {
  const found: string[] = [];
  const code = String.raw`-?(?:[0-9]{2}|[A-Z][A-Z0-9])\b`;
  const list = new RegExp(
    String.raw`\b(modifiers?|for example|e\.g\.|such as|including)[\s,:(]*(${code}(?:\s*(?:,|/|\bor\b|\band\b)\s*${code})*)`,
    'gi',
  );
  for (const text of texts)
    for (const sentence of sentences(text)) {
      if (!/modifier/i.test(sentence)) continue;
      for (const m of sentence.matchAll(list)) {
        const afterWordModifier = /^modifiers?$/i.test(m[1]!);
        for (const token of m[2]!.matchAll(/(?:[0-9]{2}|[A-Z][A-Z0-9])\b/g)) {
          const candidate = token[0];
          // The list regex is case-insensitive for its lead words only; codes are upper case.
          if (!MODIFIER_CODE.test(candidate)) continue;
          if ((afterWordModifier || known.has(candidate)) && !found.includes(candidate)) found.push(candidate);
        }
      }
    }
  return found;
}

/** Cells of a pipe-table line. `closed` says whether the last cell ended with a `|`. */
function cellsOf(text: string): { cells: string[]; closed: boolean } {
  let body = text.trim();
  if (body.startsWith('|')) body = body.slice(1);
  const closed = body.endsWith('|');
  if (closed) body = body.slice(0, -1);
  return { cells: body.split('|').map((c) => c.trim()), closed };
}

const SEPARATOR_CELL = /^:?-{3,}:?$/;

function isSeparator(text: string): boolean {
  const { cells } = cellsOf(text);
  return cells.length === TABLE_HEADER.length && cells.every((c) => SEPARATOR_CELL.test(c));
}

/** A separator line cut short by the end of the file, e.g. `|---`. */
function isCutSeparator(text: string): boolean {
  return /^\|?[\s:|-]*$/.test(text.trim()) && text.includes('-') && !isSeparator(text);
}

/**
 * The Coding Specifications table. `atEof` is true when the file ends on the last table line
 * without a newline: the publication was cut there, so the table may have had more rows.
 */
function parseTable({ file, lines, endsWithNewline }: { file: string; lines: Line[]; endsWithNewline: boolean }): {
  modifiers: CodeEntry['modifiers'];
} {
  const body = lines.filter((l) => l.text !== '');
  const [header, separator, ...rest] = body;
  if (!header)
    return {
      modifiers: {
        rows: [],
        complete: false,
        truncation: 'no-table',
        incompleteReason: 'The publication has a Coding Specifications heading but no table under it.',
      },
    };
  const headerCells = cellsOf(header.text).cells.map((c) => c.toLowerCase());
  if (headerCells.join('|') !== TABLE_HEADER.join('|'))
    throw new SourceError(
      file,
      header.no,
      `the Coding Specifications table must start with "| Modifier | Description | When to Use |", found ${quote(header.text)}`,
    );
  // A blank line inside the table ends it; text after it is not part of any known section.
  const firstBlank = lines.findIndex((l) => l.text === '' && l.no > header.no);
  const after = firstBlank >= 0 ? lines.slice(firstBlank).find((l) => l.text !== '') : undefined;
  if (after)
    throw new SourceError(
      file,
      after.no,
      `unexpected text after the Coding Specifications table: ${quote(after.text)}`,
    );

  const last = body[body.length - 1]!;
  const cutAtEnd = !endsWithNewline;

  if (!separator)
    return {
      modifiers: {
        rows: [],
        complete: false,
        truncation: 'no-rows',
        incompleteReason: 'The publication stops after the table header: no modifier is listed.',
      },
    };
  if (!isSeparator(separator.text)) {
    if (separator === last && cutAtEnd && isCutSeparator(separator.text))
      return {
        modifiers: {
          rows: [],
          complete: false,
          truncation: 'no-rows',
          incompleteReason: 'The publication stops inside the table header: no modifier is listed.',
        },
      };
    throw new SourceError(
      file,
      separator.no,
      `expected the table separator "|---|---|---|", found ${quote(separator.text)}`,
    );
  }

  const rows: ModifierRow[] = [];
  let cutRow: ModifierRow | undefined;
  for (const line of rest) {
    const isLast = line === last;
    const { cells, closed } = cellsOf(line.text);
    const code = cells[0] ?? '';
    if (isLast && cutAtEnd && !closed && cells.length === 1 && !MODIFIER_CODE.test(code)) {
      // Cut inside the modifier code itself ("5" of "59"): nothing of the row is usable.
      cutRow = { code: '??', description: null, whenToUse: null, line: line.no };
      continue;
    }
    if (!MODIFIER_CODE.test(code))
      throw new SourceError(file, line.no, `"${code}" is not a modifier code (two characters, e.g. 26, RT)`);
    if (isLast && cutAtEnd && (cells.length < 3 || !closed)) {
      // Cut mid-row: keep the cells that were closed by a "|", never a half-written one.
      const done = closed ? cells : cells.slice(0, -1);
      cutRow = {
        code,
        description: done[1] || null,
        whenToUse: done[2] || null,
        line: line.no,
      };
      rows.push(cutRow);
      continue;
    }
    if (cells.length !== 3)
      throw new SourceError(
        file,
        line.no,
        `table row has ${cells.length} cells, expected 3 (Modifier | Description | When to Use)`,
      );
    if (!cells[1] || !cells[2])
      throw new SourceError(
        file,
        line.no,
        `table row ${code} has an empty ${cells[1] ? 'When to Use' : 'Description'} cell`,
      );
    rows.push({ code, description: cells[1], whenToUse: cells[2], line: line.no });
  }
  const duplicate = rows.find((r, i) => rows.findIndex((o) => o.code === r.code) !== i);
  if (duplicate) throw new SourceError(file, duplicate.line, `modifier ${duplicate.code} is listed twice in the table`);

  if (rows.length === 0 && !cutRow)
    return {
      modifiers: {
        rows,
        complete: false,
        truncation: 'no-rows',
        incompleteReason: 'The publication stops after the table header: no modifier is listed.',
      },
    };
  if (cutRow?.code === '??')
    return {
      modifiers: {
        rows,
        complete: false,
        truncation: 'cut-row',
        incompleteReason: 'The publication is cut off at the start of a row: at least one more modifier is missing.',
      },
    };
  if (cutRow)
    return {
      modifiers: {
        rows,
        complete: false,
        truncation: 'cut-row',
        incompleteReason: `The publication is cut off in the row for modifier ${cutRow.code}: its ${
          cutRow.description ? 'when-to-use text is' : 'description and when-to-use text are'
        } missing, and more rows may have followed.`,
      },
    };
  if (cutAtEnd)
    return {
      modifiers: {
        rows,
        complete: false,
        truncation: 'source-ends',
        incompleteReason: `The publication ends inside this table, after the ${rows[rows.length - 1]!.code} row: it may list more modifiers than shown.`,
      },
    };
  return { modifiers: { rows, complete: true } };
}

function optionalField({ value, missing }: { value: string | undefined; missing: string }): OptionalText {
  if (value === undefined || value.trim() === '') return { available: false, note: missing };
  if (UNAVAILABLE.test(value)) return { available: false, note: value.trim() };
  return { available: true, text: value.trim() };
}

/**
 * Parses one publication. `knownModifiers` (the glossary's codes) lets the parser tell a modifier
 * named in running text from an ordinary capitalised word.
 */
export function parseSource({
  file,
  text,
  knownModifiers = new Set<string>(),
}: SourceFile & { knownModifiers?: ReadonlySet<string> }): CodeEntry {
  const normalized = text.replace(/^\uFEFF/, '');
  const endsWithNewline = /\n$/.test(normalized);
  const all: Line[] = normalized
    .replace(/\r?\n$/, '')
    .split(/\r?\n/)
    .map((t, i) => ({ no: i + 1, text: t.trim() }));
  if (all.every((l) => l.text === '')) throw new SourceError(file, 1, 'the file is empty');

  // 1. Title: "CPT 64712: Title", before or right after "Summary & Overview".
  let titleLine: Line | undefined;
  let code = '';
  let title = '';
  const nonBlank = all.filter((l) => l.text !== '');
  for (const l of nonBlank.slice(0, 2)) {
    const m = TITLE.exec(l.text);
    if (m) {
      titleLine = l;
      code = m[1]!;
      title = m[2]!.trim();
      break;
    }
  }
  if (!titleLine) {
    const where = nonBlank[0]!.text === headingOf('summary') ? (nonBlank[1] ?? nonBlank[0]!) : nonBlank[0]!;
    throw new SourceError(
      file,
      where.no,
      `missing title line: expected "CPT 12345: Title" at the start or right after "${headingOf('summary')}", found ${quote(where.text)}`,
    );
  }

  // 2. Split into sections by heading, in order.
  const sections = new Map<SectionKey, { heading: Line; lines: Line[] }>();
  let current: { heading: Line; lines: Line[] } | undefined;
  let order = -1;
  const preamble: Line[] = [];
  for (const line of all) {
    if (line === titleLine) continue;
    // Inside the table every line is table text: a heading there is reported by parseTable.
    const key = current && sections.get('coding') === current ? undefined : headingKey(line.text);
    if (key) {
      const index = SECTIONS.findIndex((s) => s.key === key);
      if (sections.has(key)) throw new SourceError(file, line.no, `section "${headingOf(key)}" appears twice`);
      if (index < order)
        throw new SourceError(
          file,
          line.no,
          `section "${headingOf(key)}" is out of order: sections go ${SECTIONS.map((s) => `"${s.heading}"`).join(', ')}`,
        );
      order = index;
      current = { heading: line, lines: [] };
      sections.set(key, current);
      continue;
    }
    if (current) current.lines.push(line);
    else preamble.push(line);
  }
  const strayPreamble = preamble.find((l) => l.text !== '');
  if (strayPreamble)
    throw new SourceError(
      file,
      strayPreamble.no,
      `unexpected text before "${headingOf('summary')}": ${quote(strayPreamble.text)}`,
    );

  // Outside the table, a line that reads as a heading but is not a known one is an unknown section.
  for (const [key, section] of sections) {
    if (key === 'coding') continue;
    for (const line of section.lines) {
      if (line.text === '' || LABEL.test(line.text) || DASH_LINE.test(line.text)) continue;
      if (TITLE.test(line.text)) throw new SourceError(file, line.no, `a second title line: ${quote(line.text)}`);
      if (looksLikeHeading(line.text))
        throw new SourceError(
          file,
          line.no,
          `unknown section ${quote(line.text)}: known sections are ${SECTIONS.map((s) => `"${s.heading}"`).join(', ')}`,
        );
      if (line.text.startsWith('|'))
        throw new SourceError(file, line.no, `a table line outside "${headingOf('coding')}": ${quote(line.text)}`);
    }
  }

  const summarySection = sections.get('summary');
  if (!summarySection) throw new SourceError(file, titleLine.no, `missing section "${headingOf('summary')}"`);
  const billingSection = sections.get('billing');
  if (!billingSection)
    throw new SourceError(file, titleLine.no, `missing section "${headingOf('billing')}" after the summary`);

  const unavailableNotes: UnavailableNote[] = [];

  // 3. Summary: one paragraph per line; the key payers come from its "Key payers ... include" sentence.
  const summary: string[] = [];
  for (const para of summarySection.lines.filter((l) => l.text !== '')) {
    if (LABEL.test(para.text) || DASH_LINE.test(para.text))
      throw new SourceError(file, para.no, `unexpected ${quote(para.text)} in "${headingOf('summary')}"`);
    const { text: kept, notes } = extractUnavailable({ para, section: headingOf('summary') });
    unavailableNotes.push(...notes);
    if (kept) summary.push(kept);
  }
  if (summary.length === 0)
    throw new SourceError(file, summarySection.heading.no, `"${headingOf('summary')}" has no text`);
  const keyPayers = keyPayersOf(summary);

  // 4. Billing Code Overview, then "Service type:" and "Typical site of service:" lines.
  const overview: string[] = [];
  const labels = new Map<string, { value: string; line: number }>();
  for (const line of billingSection.lines) {
    if (line.text === '' || DASH_LINE.test(line.text)) continue;
    const label = LABEL.exec(line.text);
    if (label) {
      const name = label[1]!.toLowerCase();
      if (labels.has(name)) throw new SourceError(file, line.no, `"${label[1]}:" appears twice`);
      labels.set(name, { value: label[2]!, line: line.no });
      continue;
    }
    if (UNAVAILABLE.test(line.text) && sentences(line.text).length === 1) {
      // A standalone marker (64712, 64632): something in this block is unavailable, the source
      // does not say what; every field it does give is kept.
      unavailableNotes.push(unavailableNote({ section: headingOf('billing'), text: line.text, line: line.no }));
      continue;
    }
    if (labels.size > 0)
      throw new SourceError(
        file,
        line.no,
        `unexpected text after the "Service type:"/"Typical site of service:" lines: ${quote(line.text)}`,
      );
    const { text: kept, notes } = extractUnavailable({ para: line, section: headingOf('billing') });
    unavailableNotes.push(...notes);
    if (kept) overview.push(kept);
  }
  if (overview.length === 0)
    throw new SourceError(file, billingSection.heading.no, `"${headingOf('billing')}" has no overview text`);
  const serviceType = optionalField({
    value: labels.get('service type')?.value,
    missing: 'The publication does not give a service type.',
  });
  const siteOfService = optionalField({
    value: labels.get('typical site of service')?.value,
    missing: 'The publication does not give a typical site of service.',
  });
  for (const [name, { value, line }] of labels)
    if (UNAVAILABLE.test(value))
      unavailableNotes.push(
        unavailableNote({
          section: name === 'service type' ? 'Service type' : 'Typical site of service',
          text: value,
          line,
        }),
      );

  // 5. The group heading has no text of its own.
  const groupText = sections.get('group')?.lines.find((l) => l.text !== '');
  if (groupText)
    throw new SourceError(
      file,
      groupText.no,
      `unexpected text under "${headingOf('group')}": ${quote(groupText.text)}`,
    );

  // 6. Clinical context.
  const clinicalSection = sections.get('clinical');
  let clinicalContext: OptionalText;
  if (!clinicalSection) {
    clinicalContext = {
      available: false,
      note: sections.has('coding')
        ? 'The publication has no clinical context.'
        : 'The publication ends before its clinical context.',
    };
  } else {
    const paras: string[] = [];
    for (const para of clinicalSection.lines.filter((l) => l.text !== '')) {
      if (LABEL.test(para.text) || DASH_LINE.test(para.text))
        throw new SourceError(file, para.no, `unexpected ${quote(para.text)} in "${headingOf('clinical')}"`);
      const { text: kept, notes } = extractUnavailable({ para, section: headingOf('clinical') });
      unavailableNotes.push(...notes);
      if (kept) paras.push(kept);
    }
    const marker = unavailableNotes.find((n) => n.section === headingOf('clinical'));
    clinicalContext =
      paras.length > 0
        ? { available: true, text: paras.join('\n\n') }
        : { available: false, note: marker?.text ?? 'The publication gives no clinical context.' };
  }

  // 7. The modifier table.
  const codingSection = sections.get('coding');
  const { modifiers } = codingSection
    ? parseTable({ file, lines: codingSection.lines, endsWithNewline })
    : {
        modifiers: {
          rows: [],
          complete: false,
          truncation: 'no-table' as const,
          incompleteReason: 'The publication ends before its Coding Specifications table.',
        },
      };

  const rowCodes = new Set(modifiers.rows.map((r) => r.code));
  const mentionedModifiers = mentionedModifiersOf({
    texts: [...summary, ...overview, clinicalContext.available ? clinicalContext.text : ''],
    known: knownModifiers,
  }).filter((m) => !rowCodes.has(m));

  const entry: CodeEntry = {
    code,
    title,
    summary,
    keyPayers,
    billingOverview: overview.join('\n\n'),
    serviceType,
    siteOfService,
    clinicalContext,
    modifiers,
    mentionedModifiers,
    unavailableNotes,
    source: { file, titleLine: titleLine.no },
  };
  const result = codeEntry.safeParse(entry);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const field = String(issue.path[0] ?? '');
    const line =
      field === 'modifiers' && typeof issue.path[2] === 'number'
        ? (modifiers.rows[issue.path[2]]?.line ?? titleLine.no)
        : titleLine.no;
    throw new SourceError(file, line, `invalid ${issue.path.join('.') || 'entry'}: ${issue.message}`);
  }
  return result.data;
}

/**
 * Parses a set of publications that together form one source (the bundled data, or an import):
 * every file must parse, and no code may be defined twice. Throws the first SourceError, in file
 * order.
 */
export function parseSources({
  sources,
  knownModifiers,
}: {
  sources: readonly SourceFile[];
  knownModifiers?: ReadonlySet<string>;
}): CodeEntry[] {
  const byCode = new Map<string, CodeEntry>();
  for (const source of sources) {
    const entry = parseSource({ ...source, knownModifiers });
    const other = byCode.get(entry.code);
    if (other) throw duplicateCodeError({ file: source.file, entry, other });
    byCode.set(entry.code, entry);
  }
  return [...byCode.values()];
}

/** "code 64712 is already defined by FILE:LINE", pointing at the second file's title line. */
export function duplicateCodeError({
  file,
  entry,
  other,
}: {
  file: string;
  entry: CodeEntry;
  other: CodeEntry;
}): SourceError {
  return new SourceError(
    file,
    entry.source.titleLine ?? 1,
    `code ${entry.code} is already defined by ${other.source.file}:${other.source.titleLine ?? 1}`,
  );
}
