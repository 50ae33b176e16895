import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CodeCard, type CodeCardProps, NOT_IN_SOURCE } from '../../components/CodeCard';
import { CUT_OFF, MEANING_NOT_BUNDLED } from '../../components/ModifierList';
import { modifierUsage } from '../../components/modifier-usage';
import type { CodeEntry } from '../../data/schema';

const meanings = { '26': 'Professional component', '50': 'Bilateral procedure', RT: 'Right side', LT: 'Left side' };

function entry(overrides: Partial<CodeEntry> = {}): CodeEntry {
  return {
    code: '64714',
    title: 'Open Lumbar Plexus Decompression (Neurolysis)',
    summary: ['CPT code 64714 denotes an open neurolysis.', 'Key payers discussed include Aetna.'],
    keyPayers: ['Aetna', 'Blue Cross Blue Shield', 'Medicare'],
    billingOverview: 'CPT code 64714 describes an open surgical procedure to release scar tissue.',
    serviceType: { available: true, text: 'Open peripheral nerve decompression/neurolysis' },
    siteOfService: { available: true, text: 'Hospital operating room or ambulatory surgery center' },
    clinicalContext: { available: true, text: 'A 46-year-old patient presents with progressive lateral thigh pain.' },
    modifiers: {
      rows: [{ code: 'RT', description: 'Right side', whenToUse: 'Use when the procedure is on the right.', line: 19 }],
      complete: true,
    },
    mentionedModifiers: [],
    unavailableNotes: [],
    source: { file: 'data/sources/001_c898fc32336741b1.txt' },
    ...overrides,
  };
}

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

function show(props: CodeCardProps) {
  act(() => render(<CodeCard {...props} />, root));
  return root;
}
const text = (sel: string) => root.querySelector(sel)?.textContent ?? '';
/** The modifier table's row of `code`, found by the code its row header shows (the rows carry no data attribute). */
const rowOf = (code: string) =>
  [...root.querySelectorAll('tbody tr')].find((tr) => tr.querySelector('th > .cl-mod-code')?.textContent === code);

describe('CodeCard', () => {
  it('shows code, title, billing overview, service type and site of service', () => {
    show({ entry: entry(), meanings });
    expect(text('.cl-code')).toBe('CPT 64714');
    expect(text('h2')).toBe('Open Lumbar Plexus Decompression (Neurolysis)');
    expect(text('.cl-overview')).toContain('release scar tissue');
    const facts = [...root.querySelectorAll('.cl-field')].map((f) => [
      f.querySelector('dt')?.textContent,
      f.querySelector('dd')?.textContent,
    ]);
    expect(facts).toEqual([
      ['Service type', 'Open peripheral nerve decompression/neurolysis'],
      ['Typical site of service', 'Hospital operating room or ambulatory surgery center'],
    ]);
  });

  it('says "Not in the source publication" for every unavailable field', () => {
    show({
      entry: entry({
        serviceType: { available: false, note: 'Data not available in the input.' },
        siteOfService: { available: false, note: 'Data not available in the input.' },
        clinicalContext: { available: false, note: 'Data not available in the input.' },
        keyPayers: [],
      }),
      meanings,
    });
    act(() => root.querySelector<HTMLButtonElement>('.cl-more')!.click());
    const dds = [...root.querySelectorAll('.cl-field dd')].map((d) => d.textContent);
    expect(dds).toEqual([NOT_IN_SOURCE, NOT_IN_SOURCE]);
    const sections = [...root.querySelectorAll('.cl-more-body section')].map((s) => s.textContent);
    expect(sections[1]).toBe(`Clinical context${NOT_IN_SOURCE}`);
    expect(sections[2]).toBe(`Key payers${NOT_IN_SOURCE}`);
    expect(root.textContent).not.toContain('Data not available in the input');
  });

  it('"More" reveals summary, clinical context and key payers, and says so with aria-expanded', () => {
    show({ entry: entry(), meanings });
    const more = [...root.querySelectorAll('button')].find((b) => b.textContent === 'More')!;
    expect(more.getAttribute('aria-expanded')).toBe('false');
    expect(root.textContent).not.toContain('46-year-old');
    act(() => more.click());
    expect(more.getAttribute('aria-expanded')).toBe('true');
    expect(more.textContent).toBe('Less');
    const body = root.querySelector(`#${CSS.escape(more.getAttribute('aria-controls')!)}`)!;
    expect(body.hasAttribute('hidden')).toBe(false);
    expect(body.textContent).toContain('CPT code 64714 denotes an open neurolysis.');
    expect(body.textContent).toContain('46-year-old patient');
    expect([...body.querySelectorAll('.cl-payers li')].map((li) => li.textContent)).toEqual([
      'Aetna',
      'Blue Cross Blue Shield',
      'Medicare',
    ]);
  });

  it('gives each card its own ids: a card and its other-source card point their aria attributes at their own parts', () => {
    show({
      entry: entry(),
      meanings,
      others: [entry({ source: { file: 'b.txt', kind: 'bundled' } as CodeEntry['source'] })],
    });
    const ids = [...root.querySelectorAll('[id]')].map((el) => el.id);
    expect(ids.length).toBeGreaterThanOrEqual(4);
    expect(new Set(ids).size).toBe(ids.length);
    for (const el of root.querySelectorAll('[aria-labelledby],[aria-controls]')) {
      const target = el.getAttribute('aria-labelledby') ?? el.getAttribute('aria-controls')!;
      expect(root.querySelectorAll(`#${CSS.escape(target)}`)).toHaveLength(1);
    }
  });

  it('copies the code through onCopy and says Copied, or says the clipboard refused', async () => {
    const onCopy = vi.fn(async () => true);
    show({ entry: entry(), meanings, onCopy });
    const button = root.querySelector<HTMLButtonElement>('.cl-copy')!;
    expect(button.textContent).toBe('Copy code');
    await act(async () => button.click());
    expect(onCopy).toHaveBeenCalledWith('64714');
    expect(button.textContent).toBe('Copied');

    render(null, root);
    show({ entry: entry(), meanings, onCopy: async () => false });
    await act(async () => root.querySelector<HTMLButtonElement>('.cl-copy')!.click());
    expect(root.textContent).toContain('The clipboard refused');
  });

  it('has no copy button without onCopy', () => {
    show({ entry: entry(), meanings });
    expect(root.querySelector('.cl-copy')).toBeNull();
  });

  it('marks a modifier used on the page that the table lists, without a warning', () => {
    show({ entry: entry(), meanings, used: ['RT'] });
    expect(text('.cl-code')).toBe('CPT 64714-RT');
    const row = rowOf('RT')!;
    expect(row.classList.contains('cl-used')).toBe(true);
    expect(row.textContent).toContain('used on this page');
    const usage = root.querySelector('.cl-usage li')!;
    expect(usage.textContent).toBe('Modifier RT used: RT is listed for 64714.');
    expect(usage.classList.contains('cl-warn')).toBe(false);
  });

  it('warns when the used modifier is not listed for the code (64445-50)', () => {
    show({
      entry: entry({
        code: '64445',
        modifiers: {
          rows: [{ code: '26', description: 'Professional component', whenToUse: 'Use when ...', line: 20 }],
          complete: true,
        },
      }),
      meanings,
      used: ['50'],
    });
    const usage = root.querySelector('.cl-usage li')!;
    expect(usage.classList.contains('cl-warn')).toBe(true);
    expect(usage.textContent).toBe('Check modifier 50: 50 is not among the modifiers the source lists for 64445.');
    expect(rowOf('50')).toBeUndefined();
  });
});

describe('ModifierList', () => {
  it('shows code, glossary meaning and when to use for each row', () => {
    show({ entry: entry(), meanings });
    const cells = [...rowOf('RT')!.children].map((c) => c.textContent);
    expect(cells).toEqual(['RT', 'Right side', 'Use when the procedure is on the right.']);
    expect(root.querySelector('.cl-mods > .cl-note')).toBeNull();
  });

  it('says "meaning not bundled" when neither the glossary nor the row has a meaning', () => {
    show({
      entry: entry({
        modifiers: { rows: [{ code: 'XS', description: null, whenToUse: null, line: 20 }], complete: false },
      }),
      meanings,
    });
    const cells = [...rowOf('XS')!.children].map((c) => c.textContent);
    expect(cells[1]).toBe(MEANING_NOT_BUNDLED);
  });

  it('says a cut row is cut off in the source, and that the table is incomplete (64632 row 50)', () => {
    show({
      entry: entry({
        code: '64632',
        modifiers: {
          rows: [
            { code: '26', description: 'Professional component', whenToUse: 'Use when billing only ...', line: 19 },
            { code: '50', description: null, whenToUse: null, line: 20 },
          ],
          complete: false,
          incompleteReason: 'the last row (50) is cut off before its description.',
        },
      }),
      meanings,
    });
    const cells = [...rowOf('50')!.children].map((c) => c.textContent);
    expect(cells).toEqual(['50', 'Bilateral procedure', CUT_OFF]);
    expect(text('.cl-mods > .cl-note')).toBe('Incomplete table: the last row (50) is cut off before its description.');
  });

  it('64712-RT: no rows, RT only mentioned → shown apart, and the warning says exactly that', () => {
    show({
      entry: entry({
        code: '64712',
        modifiers: { rows: [], complete: false },
        mentionedModifiers: ['LT', 'RT'],
      }),
      meanings,
      used: ['RT'],
    });
    expect(root.querySelector('table')).toBeNull();
    expect(text('.cl-mods > .cl-gap')).toBe("The source's modifier table has no rows.");
    expect(text('.cl-mods > .cl-note')).toContain('Incomplete table');
    const mentioned = root.querySelector('.cl-mentioned')!;
    expect(mentioned.textContent).toContain('Mentioned in the documentation');
    expect([...mentioned.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'LT Left side',
      'RT Right sideused on this page',
    ]);
    const usage = root.querySelector('.cl-usage li')!;
    expect(usage.classList.contains('cl-warn')).toBe(true);
    expect(usage.textContent).toBe(
      "Check modifier RT: RT is not in the modifier table for 64712: the source's table has no rows. The documentation only mentions RT.",
    );
  });
});

describe('modifierUsage', () => {
  const base = entry({
    code: '64632',
    modifiers: {
      rows: [
        { code: '26', description: 'Professional component', whenToUse: 'Use when ...', line: 19 },
        { code: '50', description: null, whenToUse: null, line: 20 },
      ],
      complete: false,
    },
  });
  it('classifies listed, cut, mentioned and unlisted modifiers', () => {
    const result = modifierUsage({ ...base, mentionedModifiers: ['LT'] }, ['26', '50', 'LT', 'RT', '26']);
    expect(result.map((r) => [r.modifier, r.warn, r.message])).toEqual([
      ['26', false, '26 is listed for 64632.'],
      ['50', true, '50 is in the table for 64632, but the source cuts its row off before the description.'],
      ['LT', true, 'LT is not in the modifier table for 64632. The documentation only mentions LT.'],
      [
        'RT',
        true,
        'RT is not among the modifiers the source lists for 64632. The source cuts the table short, so it may be missing rows.',
      ],
    ]);
  });
});
