/**
 * Writes the PDF viewer's test documents (issue 14) at test time, so no binary is committed:
 * - policy.pdf: a payer policy with codes in prose, in a coverage table and in a list, and decoys
 *   (a policy number, a ZIP code, a phone number) that hold known codes' digits;
 * - long.pdf: 300 pages of policy text with codes on every page (lazy rendering, the bench);
 * - scanned.pdf: a page with drawings and no text at all;
 * - broken.pdf: not a PDF behind a PDF name;
 * - encrypted.pdf: hand-written, with a standard-security /Encrypt dictionary whose empty user
 *   password does not open it, so pdf.js asks for a password (pdf-lib cannot encrypt).
 * Deterministic: fixed dates, no random ids. Each file is written to a temporary name and renamed.
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument, type PDFFont, type PDFPage, rgb, StandardFonts } from 'pdf-lib';

export const PDF_FIXTURES = {
  policy: 'policy.pdf',
  long: 'long.pdf',
  scanned: 'scanned.pdf',
  broken: 'broken.pdf',
  encrypted: 'encrypted.pdf',
} as const;

export const LONG_PAGES = 300;

/** What policy.pdf holds: the codes marked in it and the decoy lines that must stay unmarked. */
export const POLICY = {
  codes: ['64712', '64714', '64632', '64445', '64612'],
  decoys: {
    policyNumber: 'Policy No. 64612',
    zip: 'Kansas City, MO 64714',
    phone: 'Phone 64445',
  },
} as const;

const FIXED_DATE = new Date('2026-01-15T12:00:00Z');

function fixDates(doc: PDFDocument): void {
  doc.setCreationDate(FIXED_DATE);
  doc.setModificationDate(FIXED_DATE);
  doc.setProducer('CPT Lens test fixtures');
  doc.setCreator('test/pdf/fixtures.ts');
}

function writeAtomic(path: string, bytes: Uint8Array | string): void {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, bytes);
  renameSync(tmp, path);
}

/** Writes lines top-down from `y`; returns the y below the last line. */
function lines(
  page: PDFPage,
  font: PDFFont,
  texts: readonly string[],
  { x = 60, y, size = 11 }: { x?: number; y: number; size?: number },
): number {
  let at = y;
  for (const text of texts) {
    page.drawText(text, { x, y: at, size, font, color: rgb(0.1, 0.1, 0.1) });
    at -= size * 1.6;
  }
  return at;
}

async function policyPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  fixDates(doc);
  doc.setTitle('Peripheral Nerve Procedures: Medical Policy');
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const page = doc.addPage([612, 792]);
  page.drawText('Peripheral Nerve Procedures', { x: 60, y: 730, size: 18, font: bold });
  let y = lines(page, font, [POLICY.decoys.policyNumber, 'Effective date: January 1, 2026'], { y: 705 });
  y = lines(page, bold, ['Coverage'], { y: y - 8, size: 13 });
  y = lines(
    page,
    font,
    [
      'Open neurolysis of the sciatic nerve is covered when conservative care has failed.',
      'Report 64712 once per side, and append the laterality modifier when it applies.',
      'For the brachial plexus, bill 64714 with operative notes attached.',
    ],
    { y },
  );
  // The coverage table: a header row and one row per code, in three columns.
  y = lines(page, bold, ['Coverage table'], { y: y - 8, size: 13 });
  const columns = [60, 140, 380];
  const header = ['CPT code', 'Description', 'Prior authorization required?'];
  for (const [i, text] of header.entries()) page.drawText(text, { x: columns[i]!, y, size: 11, font: bold });
  y -= 18;
  const rows = [
    ['64632', 'Destruction of plantar common digital nerve', 'Yes'],
    ['64445', 'Injection, sciatic nerve, single', 'No'],
  ];
  for (const row of rows) {
    for (const [i, text] of row.entries()) page.drawText(text, { x: columns[i]!, y, size: 11, font });
    page.drawLine({ start: { x: 60, y: y - 5 }, end: { x: 552, y: y - 5 }, thickness: 0.5, color: rgb(0.7, 0.7, 0.7) });
    y -= 18;
  }
  y = lines(page, bold, ['Codes covered under this policy'], { y: y - 10, size: 13 });
  y = lines(
    page,
    font,
    ['• 64612 Chemodenervation of muscles innervated by facial nerve', '• 64712 Neuroplasty, sciatic nerve'],
    { y },
  );
  y = lines(page, bold, ['Contact'], { y: y - 8, size: 13 });
  lines(page, font, ['Utilization Management, 100 Main Street', POLICY.decoys.zip, POLICY.decoys.phone], { y });
  return doc.save({ useObjectStreams: false });
}

const FILLER = [
  'Medical necessity is reviewed against the clinical criteria in this section.',
  'Documentation must show the indication, the approach and the laterality.',
  'Services not listed here are reviewed case by case by the medical director.',
  'Claims submitted without the operative report may be returned for records.',
];

async function longPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  fixDates(doc);
  doc.setTitle('Long medical policy');
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const codes = POLICY.codes;
  for (let n = 1; n <= LONG_PAGES; n++) {
    const page = doc.addPage([612, 792]);
    page.drawText(`Section ${n}`, { x: 60, y: 730, size: 16, font: bold });
    const text: string[] = [];
    for (let i = 0; i < 28; i++) {
      if (i % 7 === 3) text.push(`Report ${codes[(n + i) % codes.length]} when the criteria of section ${n} are met.`);
      else text.push(FILLER[(n + i) % FILLER.length]!);
    }
    lines(page, font, text, { y: 700, size: 10 });
    page.drawText(`Page ${n} of ${LONG_PAGES}`, { x: 280, y: 30, size: 9, font });
  }
  return doc.save({ useObjectStreams: false });
}

/** A "scanned" page: shapes where the text would be, and no text operator at all. */
async function scannedPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  fixDates(doc);
  const page = doc.addPage([612, 792]);
  for (let i = 0; i < 30; i++) {
    page.drawRectangle({
      x: 60,
      y: 720 - i * 20,
      width: 300 + ((i * 37) % 180),
      height: 8,
      color: rgb(0.25, 0.25, 0.25),
    });
  }
  return doc.save({ useObjectStreams: false });
}

/** A file with a PDF name and header whose body is not a PDF. */
const BROKEN = '%PDF-1.7\nThis file was cut short in transit and holds no objects.\n';

/**
 * A one-page PDF under the standard security handler (revision 2, RC4 40-bit) with arbitrary /O
 * and /U entries: the empty user password does not verify, so pdf.js raises a PasswordException.
 */
function encryptedPdf(): string {
  const hex = (seed: number) =>
    Array.from({ length: 32 }, (_, i) => ((seed * 31 + i * 17) % 256).toString(16).padStart(2, '0')).join('');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>',
    `<< /Filter /Standard /V 1 /R 2 /O <${hex(3)}> /U <${hex(7)}> /P -44 >>`,
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  const id = hex(11).slice(0, 32);
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Encrypt 4 0 R /ID [<${id}> <${id}>] >>\nstartxref\n${xref}\n%%EOF\n`;
  return body;
}

/** Writes every fixture into `dir` (created if missing); returns the paths by name. */
export async function writePdfFixtures(dir: string): Promise<Record<keyof typeof PDF_FIXTURES, string>> {
  mkdirSync(dir, { recursive: true });
  const path = (name: keyof typeof PDF_FIXTURES) => join(dir, PDF_FIXTURES[name]);
  writeAtomic(path('policy'), await policyPdf());
  writeAtomic(path('long'), await longPdf());
  writeAtomic(path('scanned'), await scannedPdf());
  writeAtomic(path('broken'), BROKEN);
  writeAtomic(path('encrypted'), encryptedPdf());
  return {
    policy: path('policy'),
    long: path('long'),
    scanned: path('scanned'),
    broken: path('broken'),
    encrypted: path('encrypted'),
  };
}
