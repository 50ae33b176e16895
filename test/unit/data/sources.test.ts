// @vitest-environment node
/** Each real publication, parsed: the fields asserted here are read off the source text. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../data/plugin';
import type { CodeEntry } from '../../../data/schema';

const { dataset, warnings } = loadDataset({ dir: 'data/sources' });
const entry = (code: string): CodeEntry => {
  const found = dataset.entries.find((e) => e.code === code);
  if (!found) throw new Error(`no entry ${code}`);
  return found;
};
const PAYERS = ['Aetna', 'Blue Cross Blue Shield', 'Cigna Health', 'UnitedHealthcare', 'Medicare'];

describe('the bundled dataset', () => {
  it('holds the five publications, one entry each, with a content-hash version', () => {
    expect(dataset.entries.map((e) => e.code)).toEqual(['64445', '64612', '64632', '64712', '64714']);
    expect(dataset.version).toMatch(/^[0-9a-f]{12}$/);
    expect(warnings).toEqual([]);
  });

  it('keeps the sources unchanged from the seeds', () => {
    for (const e of dataset.entries) {
      const name = e.source.file.replace('data/sources/', '');
      expect(readFileSync(e.source.file, 'utf8')).toBe(readFileSync(`../shared/seeds/${name}`, 'utf8'));
    }
  });

  it('every entry records its source file and lists the key payers', () => {
    for (const e of dataset.entries) {
      expect(e.source.file).toMatch(/^data\/sources\/00\d_[0-9a-f]{16}\.txt$/);
      expect(e.source.titleLine).toBe(2);
      expect(e.keyPayers).toEqual(PAYERS);
    }
  });
});

describe('64712 (000_9679e0d9468836aa.txt)', () => {
  const e = entry('64712');
  it('title, three summary paragraphs, overview, service fields', () => {
    expect(e.source.file).toBe('data/sources/000_9679e0d9468836aa.txt');
    expect(e.title).toBe('Open Neurolysis of Sciatic Nerve, Release of Compression');
    expect(e.summary).toHaveLength(3);
    expect(e.summary[0]).toMatch(/^CPT code 64712 represents open surgical neurolysis/);
    expect(e.summary[1]).toMatch(/^Key payers discussed include Aetna/);
    expect(e.billingOverview).toMatch(/^CPT code 64712 describes an open surgical neurolysis of the sciatic nerve/);
    expect(e.billingOverview).toMatch(/entrapment or scarring\.$/);
    expect(e.serviceType).toEqual({ available: true, text: 'Open peripheral nerve surgery (neurolysis)' });
    expect(e.siteOfService).toEqual({
      available: true,
      text: 'Hospital operating room or ambulatory surgery center (inpatient or outpatient surgical setting)',
    });
  });
  it('records the standalone "Data not available in the input." line as a note, not as site text', () => {
    expect(e.unavailableNotes).toEqual([
      { section: 'Billing Code Overview', text: 'Data not available in the input.', line: 12 },
    ]);
    expect(JSON.stringify(e.siteOfService)).not.toMatch(/not available/);
  });
  it('clinical context is kept whole', () => {
    expect(e.clinicalContext.available && e.clinicalContext.text).toMatch(/^A 52-year-old patient presents/);
    expect(e.clinicalContext.available && e.clinicalContext.text).toMatch(/orthopedic or neurosurgical specialists\.$/);
  });
  it('its table has a header and a cut separator but no rows: empty and incomplete', () => {
    expect(e.modifiers.rows).toEqual([]);
    expect(e.modifiers.complete).toBe(false);
    expect(e.modifiers.truncation).toBe('no-rows');
    expect(e.modifiers.incompleteReason).toMatch(/no modifier is listed/);
  });
  it('LT and RT named in running text are "mentioned", never rows', () => {
    expect(e.mentionedModifiers).toEqual(['LT', 'RT']);
  });
});

describe('64714 (001_c898fc32336741b1.txt)', () => {
  const e = entry('64714');
  it('title, service type and site of service', () => {
    expect(e.title).toBe('Open Lumbar Plexus Decompression (Neurolysis)');
    expect(e.serviceType).toEqual({ available: true, text: 'Open peripheral nerve decompression/neurolysis' });
    expect(e.siteOfService).toEqual({
      available: true,
      text: 'Hospital operating room or ambulatory surgery center (inpatient or outpatient surgical setting)',
    });
  });
  it('the RT row, and the table recorded as ending with the file', () => {
    expect(e.modifiers.rows).toEqual([
      {
        code: 'RT',
        description: 'Right side',
        whenToUse: 'Use when the procedure is performed on the right-sided lumbar plexus or right-sided approach.',
        line: 17,
      },
    ]);
    expect(e.modifiers.complete).toBe(false);
    expect(e.modifiers.truncation).toBe('source-ends');
    expect(e.modifiers.incompleteReason).toMatch(/after the RT row/);
  });
  it('the inline "Data not available in the input for ..." sentence is a note, taken out of the summary', () => {
    expect(e.summary).toHaveLength(2);
    expect(e.summary.join(' ')).not.toMatch(/not available/i);
    expect(e.summary[1]).toMatch(/payer communications\.$/);
    expect(e.unavailableNotes).toEqual([
      {
        section: 'Summary & Overview',
        text: 'Data not available in the input for specific payor rates, taxonomies, ICD-10 pairings, and related codes.',
        subject: 'specific payor rates, taxonomies, ICD-10 pairings, and related codes',
        line: 4,
      },
    ]);
  });
  it('"hospital OR" and "modifier usage" name no modifier', () => {
    expect(e.mentionedModifiers).toEqual([]);
  });
});

describe('64632 (002_b4e80ab22b164bc6.txt)', () => {
  const e = entry('64632');
  it('reads "Service Type:" and "Typical Site of Service:" capitalised, without "-" lines', () => {
    expect(e.serviceType).toEqual({
      available: true,
      text: 'Interventional pain procedure (neurolytic nerve destruction)',
    });
    expect(e.siteOfService).toEqual({
      available: true,
      text: 'Hospital outpatient department, ambulatory surgical center, or specialized pain clinic',
    });
    expect(e.unavailableNotes).toEqual([
      { section: 'Billing Code Overview', text: 'Data not available in the input.', line: 10 },
    ]);
  });
  it('keeps curly apostrophes and em dashes as written', () => {
    expect(e.title).toBe('Neurolysis for Destruction of Pain-Carrying Nerves');
    expect(e.summary[0]).toContain('neurolysis\u2014the destruction of pain-conducting nerves');
    expect(e.modifiers.rows[0]!.whenToUse).toContain('physician\u2019s professional interpretation');
  });
  it('row 26 whole, row 50 cut after its code: description null, table incomplete', () => {
    expect(e.modifiers.rows).toEqual([
      {
        code: '26',
        description: 'Professional component',
        whenToUse:
          'Use when billing only the physician\u2019s professional interpretation and management separate from the facility or technical component.',
        line: 17,
      },
      { code: '50', description: null, whenToUse: null, line: 18 },
    ]);
    expect(e.modifiers.complete).toBe(false);
    expect(e.modifiers.truncation).toBe('cut-row');
    expect(e.modifiers.incompleteReason).toMatch(/modifier 50/);
  });
});

describe('64445 (003_5a7eedb01925458f.txt)', () => {
  const e = entry('64445');
  it('a single summary paragraph with the payers inline', () => {
    expect(e.title).toBe('Sciatic Nerve Injection / Nerve Block');
    expect(e.summary).toHaveLength(1);
    expect(e.summary[0]).toMatch(/^CPT code 64445 denotes injection\(s\)/);
    expect(e.summary[0]).toContain('Key payers considered in this analysis include Aetna');
    expect(e.summary[0]).toContain('\u2014 such as how the code represents one or more injections');
    expect(e.keyPayers).toEqual(PAYERS);
    // Its closing "Data not available in the input is noted where applicable." is a marker, not prose.
    expect(e.summary[0]).toMatch(/coverage and reimbursement\.$/);
    expect(e.unavailableNotes).toEqual([
      { section: 'Summary & Overview', text: 'Data not available in the input is noted where applicable.', line: 3 },
    ]);
  });
  it('service type with its en dash, site of service, row 26', () => {
    expect(e.serviceType.available && e.serviceType.text).toBe(
      'Image-guided or non\u2013image-guided peripheral nerve injection/nerve block targeting the sciatic nerve (therapeutic or diagnostic nerve block)',
    );
    expect(e.siteOfService.available && e.siteOfService.text).toMatch(/^Outpatient procedural settings such as/);
    expect(e.modifiers.rows.map((r) => [r.code, r.description])).toEqual([['26', 'Professional component']]);
    expect(e.modifiers.truncation).toBe('source-ends');
  });
});

describe('64612 (004_f344408c89943817.txt)', () => {
  const e = entry('64612');
  it('title, service fields, clinical context and row 50', () => {
    expect(e.title).toBe('Unilateral Facial Nerve Chemical Neurolysis');
    expect(e.summary).toHaveLength(3);
    expect(e.serviceType.available && e.serviceType.text).toBe(
      'Minor surgical/interventional nerve lesioning procedure (chemical neurolysis/chemodenervation)',
    );
    expect(e.siteOfService.available && e.siteOfService.text).toBe(
      'Outpatient surgical setting, ambulatory surgery center, or physician office with procedural capability',
    );
    expect(e.clinicalContext.available && e.clinicalContext.text).toContain('hemifacial spasm');
    expect(e.modifiers.rows).toEqual([
      {
        code: '50',
        description: 'Bilateral procedure',
        whenToUse: 'Use when the injection is performed on both sides of the face during the same operative session.',
        line: 18,
      },
    ]);
    expect(e.unavailableNotes).toEqual([]);
    expect(e.mentionedModifiers).toEqual([]);
  });
});
