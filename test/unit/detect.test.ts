import { describe, expect, it } from 'vitest';
import { classifyLabel, type DetectContext, detect, mayContainCandidate } from '../../lib/detect';

const known: ReadonlySet<string> = new Set(['64712', '64714', '64632', '64445', '64612']);

/** The codes detect() marks in `text`, in order. */
const codes = (text: string, context?: DetectContext) => detect({ text, known, context }).map((m) => m.code);
const modifiers = (text: string, context?: DetectContext) => detect({ text, known, context }).map((m) => m.modifiers);

describe('mayContainCandidate', () => {
  it('is true only when five consecutive digits exist', () => {
    expect(mayContainCandidate('CPT 64712')).toBe(true);
    expect(mayContainCandidate('164712')).toBe(true); // pre-filter only; detect decides
    expect(mayContainCandidate('$2,450.00')).toBe(false);
    expect(mayContainCandidate('10/02/2026')).toBe(false);
    expect(mayContainCandidate('')).toBe(false);
  });
});

describe('detect: candidates and data', () => {
  it('returns start/end of the five digits and the code', () => {
    const text = 'Line 3 denied: procedure 64632 is bundled into 64712-RT.';
    const ms = detect({ text, known });
    expect(ms).toHaveLength(2);
    for (const m of ms) {
      expect(text.slice(m.start, m.end)).toBe(m.code);
      expect(m.end - m.start).toBe(5);
    }
    expect(ms.map((m) => m.code)).toEqual(['64632', '64712']);
  });

  it('marks a bare known code and ignores five digits the data does not know', () => {
    expect(codes('64712')).toEqual(['64712']);
    expect(codes('99213')).toEqual([]);
    expect(codes('CPT 99213 and 64445')).toEqual(['64445']);
  });

  it('marks nothing when no code is known', () => {
    expect(detect({ text: 'CPT 64712', known: new Set() })).toEqual([]);
  });

  it('rejects digits, letters, underscore or $ glued to either side', () => {
    for (const t of ['164712', '647121', '64712a', 'a64712', 'X64714', '$64712', '_64712', '64712_', 'é64712']) {
      expect(codes(t), t).toEqual([]);
    }
  });

  it('rejects money, decimals, thousands and other number shapes', () => {
    for (const t of [
      '$ 64712',
      '€64714',
      '£64632',
      '64712.00',
      '0.64712',
      '64,712',
      '64712,000',
      '1,64712',
      '12:64712',
      '64712:30',
      '64712%',
      '64445@example.org',
      'A+64712',
      'Price USD 64445',
    ]) {
      expect(codes(t), t).toEqual([]);
    }
  });

  it('rejects a ZIP+4 and identifiers glued with hyphens or slashes', () => {
    for (const t of [
      '64712-1234',
      'Springfield, MO 64714-1220',
      'PA-2026-64712',
      'W2846-64612',
      'INV-64714',
      'SKU 64632-BLK',
      '#64712-A',
      '64712-2026',
      'portal.example.com/claims/64712',
      '10/64712',
      '64712/2026',
    ]) {
      expect(codes(t), t).toEqual([]);
    }
  });

  it('accepts a procedure word glued with a hyphen or dot', () => {
    expect(codes('CPT-64712')).toEqual(['64712']);
    expect(codes('CPT.64712')).toEqual(['64712']);
  });

  it('rejects a dotted identifier prefix and approximations', () => {
    for (const t of ['Policy MED.64632', 'v.64712', '~64632 approx.', '≈64714', 'Approx. 64712 users']) {
      expect(codes(t), t).toEqual([]);
    }
  });

  it('rejects a count or unit word after the number', () => {
    for (const t of [
      '64714 points',
      '64712 miles',
      'Showing 1-50 of 64712 results',
      '64445 mg',
      '64612 claims',
      'Downloaded 64445 times',
      '64632 transactions',
    ]) {
      expect(codes(t), t).toEqual([]);
    }
  });
});

describe('detect: modifiers', () => {
  it('reads hyphen, dash, slash and space forms', () => {
    expect(modifiers('64712-RT')).toEqual([['RT']]);
    expect(modifiers('64445-50')).toEqual([['50']]);
    expect(modifiers('64632 26')).toEqual([['26']]);
    expect(modifiers('64712 RT')).toEqual([['RT']]);
    expect(modifiers('64712-RT-59')).toEqual([['RT', '59']]);
    expect(modifiers('64712-59 XS')).toEqual([['59', 'XS']]);
    expect(modifiers('64712–RT')).toEqual([['RT']]); // en dash
    expect(modifiers('64445—50')).toEqual([['50']]); // em dash
    expect(modifiers('64712\u2011RT')).toEqual([['RT']]); // non-breaking hyphen
    expect(modifiers('64445/50')).toEqual([['50']]);
    expect(modifiers('CPT 64632-XS')).toEqual([['XS']]);
  });

  it('does not read non-modifiers as modifiers', () => {
    expect(modifiers('64712 12 units')).toEqual([[]]);
    expect(modifiers('64712 OR 64714')).toEqual([[], []]);
    expect(modifiers('64445 50.00')).toEqual([[]]);
    expect(modifiers('64712 RTX')).toEqual([[]]);
  });

  it('reads a modifier from the next cell through context.after', () => {
    expect(modifiers('64712', { columnHeader: 'CPT/HCPCS', after: ' RT' })).toEqual([['RT']]);
    expect(modifiers('64445', { after: '50 1 $640.00' })).toEqual([['50']]);
    expect(modifiers('64445', { after: ' 1 $640.00' })).toEqual([[]]);
    expect(modifiers('64445', { after: ' Neurolysis' })).toEqual([[]]);
  });

  it('returns the same modifiers array shape for codes without modifiers', () => {
    const [m] = detect({ text: 'CPT 64712 billed', known });
    expect(m?.modifiers).toEqual([]);
  });
});

describe('detect: lists', () => {
  it('marks every member of a list of codes', () => {
    expect(codes('Procedures: 64712, 64714 and 64445.')).toEqual(['64712', '64714', '64445']);
    expect(codes('Codes reported: 64712/64714')).toEqual(['64712', '64714']);
    expect(codes('Neuroplasty codes 64712-64714 require laterality.')).toEqual(['64712', '64714']);
    expect(codes('64712;64714')).toEqual(['64712', '64714']);
    expect(codes('Billed 64712-RT-59 and 64714-LT on the same DOS.')).toEqual(['64712', '64714']);
    expect(codes('64712 OR 64714')).toEqual(['64712', '64714']);
  });

  it('gives later members the verdict of the list they are in', () => {
    expect(codes('Claim numbers: 64712, 64714 and 64445')).toEqual([]);
    expect(codes('Prior authorization PA-2026-64712 covers CPT 64714 and 64712.')).toEqual(['64714', '64712']);
  });
});

describe('detect: labels before the number', () => {
  const identifiers = [
    'Claim 64714',
    'Claim # 64714',
    'Claim#64714',
    'Reference no. 64714',
    'Ref. 64714',
    'Case 64712',
    'Order #64612',
    'Order number 64612',
    'Member ID 64612',
    'Subscriber #: 64632',
    'Group number 64632',
    'Employer group 64714',
    'Batch 64714',
    'check/EFT trace 64445',
    'Check # 64632',
    'EFT 64632',
    'ICN: 64445',
    'DCN 64714',
    'Payer claim control number 64445',
    'Patient account 64445',
    'Acct 64612',
    'Invoice 64612',
    'Auth number: 64712',
    'Authorization # 64445',
    'Confirmation: 64612',
    'Ticket 64632',
    'Tracking 64445',
    'SKU 64632',
    'Item 64445',
    'Part No. 64714',
    'Lot 64445',
    'Serial 64632',
    'S/N 64632',
    'Store #64712',
    'Location 64712',
    'NPI 64714',
    'Provider TIN ending 64712',
    'Phone 64712',
    'Fax: 64714',
    'ext. 64445',
    'PO Box 64712',
    'P.O. Box 64632',
    'Suite 64632',
    'Apt 64712',
    'ZIP 64712',
    'Zip code 64712',
    'Postal code: 64714',
    'Kansas City, MO 64712',
    'Harrisonville, Missouri 64712',
    'New York 64712',
    '2200 Main St, Kansas City 64712',
    'Qty: 64712',
    'Total 64712',
    'Loyalty balance: 64612',
    'DOB 64712',
    'Reason code 64712',
    'Error code 64712',
    'Dx 64712',
    'Rev code 64712',
    'ID#64714',
    '#64712',
    'No. 64712',
    'ZIPs 64712',
    'Gift card ending in 64712',
    'Kansas City, Mo. 64712',
    'Article 64712 of the manual',
    'Visitors this month: 64612',
    'A total of 64612 members',
    'Status: Paid 64712',
    'Plan code 64714',
    'Patient # 64632',
    'Provider ID 64445',
  ];
  it.each(identifiers)('rejects: %s', (text) => {
    expect(codes(text)).toEqual([]);
  });

  const procedures = [
    'CPT 64712',
    'CPT® 64712',
    'CPT\u00a064712',
    'HCPCS/CPT 64632',
    'procedure 64632',
    'Procedures performed: 64712',
    'Proc 64445-50',
    'Px 64712',
    'Svc 64712 RT',
    'Service: 64445',
    'Code 64632',
    'CPT code 64714',
    'Procedure code: 64712',
    'Billing code 64612',
    'CPT #64712',
    'SVC*HC:64712*2450',
    'Authorized CPT 64445',
  ];
  it.each(procedures)('accepts: %s', (text) => {
    expect(codes(text)).toHaveLength(1);
  });

  it('lets the nearest label win', () => {
    expect(codes('Claim 64714 for CPT 64712 was denied.')).toEqual(['64712']);
    expect(codes('CPT codes billed on claim 64712')).toEqual([]);
  });

  it('does not let an identifier label reach across a preposition or verb', () => {
    expect(codes('Authorization request for 64632 approved')).toEqual(['64632']);
    expect(codes('Claims for 64712 were denied')).toEqual(['64712']);
    expect(codes('authorization number 64445')).toEqual([]);
  });

  it('binds the whole label phrase before a colon', () => {
    expect(codes('Claim number for this visit: 64712')).toEqual([]);
    expect(codes('Plan: repeat 64612 in 3 months')).toEqual(['64612']);
    expect(codes('Patient tolerated 64445 well')).toEqual(['64445']);
    expect(codes('SERVICE LINE: 64712-RT')).toEqual(['64712']);
    expect(codes('Primary procedure performed today: 64712')).toEqual(['64712']);
  });

  it('stops at a sentence end or another number', () => {
    expect(codes('Paid in full. 64712 was resubmitted')).toEqual(['64712']);
    expect(codes('Resubmit 64612 separately. Reference no. 64714')).toEqual(['64612']);
    expect(codes('Claim 8823 64712')).toEqual(['64712']);
  });

  it('keeps a known code with no label at all', () => {
    expect(codes('Dr. Patel performed 64714 under general anesthesia.')).toEqual(['64714']);
    expect(codes('64445 Injection, anesthetic agent; sciatic nerve')).toEqual(['64445']);
  });
});

describe('detect: context from the DOM', () => {
  it('uses the column header', () => {
    expect(codes('64712', { columnHeader: 'CPT/HCPCS' })).toEqual(['64712']);
    expect(codes('64712', { columnHeader: 'Proc Code' })).toEqual(['64712']);
    expect(codes('64714', { columnHeader: 'Claim #' })).toEqual([]);
    expect(codes('64612', { columnHeader: 'Member ID' })).toEqual([]);
    expect(codes('64445', { columnHeader: 'Zip' })).toEqual([]);
    expect(codes('64632', { columnHeader: 'Check/EFT #' })).toEqual([]);
    expect(codes('64712', { columnHeader: 'Service Date' })).toEqual([]);
  });

  it('lets a label inside the cell override the header', () => {
    expect(codes('Claim 64712', { columnHeader: 'CPT' })).toEqual([]);
    expect(codes('CPT 64712', { columnHeader: 'Claim #' })).toEqual(['64712']);
  });

  it('ignores the header when words precede the code in the cell', () => {
    expect(codes('Missing modifier for 64612', { columnHeader: 'Rejection Reason' })).toEqual(['64612']);
    expect(codes('64612', { columnHeader: 'Rejection Reason' })).toEqual([]);
  });

  it('gives a bare # in a cell the kind of its header', () => {
    expect(codes('#64445', { columnHeader: 'Store' })).toEqual([]);
    expect(codes('#64445', { columnHeader: 'CPT' })).toEqual(['64445']);
  });

  it('uses the preceding text across elements when the header is silent', () => {
    expect(codes('64714', { before: 'Claim status Claim number' })).toEqual([]);
    expect(codes('64632', { before: 'Member ID W2846-64612 Group number' })).toEqual([]);
    expect(codes('64712', { before: 'Requested procedure' })).toEqual(['64712']);
    // A header no list knows is weak: the row decides (a description beside the number), else "not a code".
    expect(codes('64712', { before: 'Description', columnHeader: 'Description' })).toEqual([]);
    expect(codes('64712', { columnHeader: 'Description', row: ['64712', 'Neuroplasty of the sciatic nerve'] })).toEqual(
      ['64712'],
    );
    // The previous cell's label belongs to the previous cell's number.
    expect(codes('64712', { before: 'Claim 8823' })).toEqual(['64712']);
  });

  it('prefers the header over the preceding text', () => {
    expect(codes('64712', { columnHeader: 'CPT', before: 'Claim number' })).toEqual(['64712']);
  });

  it('reads context lazily: nothing when the cell has no known code or decides alone', () => {
    const read: string[] = [];
    const context: DetectContext = {
      get before() {
        read.push('before');
        return 'Claim number';
      },
      get columnHeader() {
        read.push('columnHeader');
        return 'CPT';
      },
      get after() {
        read.push('after');
        return ' RT';
      },
    };
    detect({ text: '99213', known, context });
    detect({ text: '$2,450.00', known, context });
    detect({ text: 'CPT 64712 billed', known, context });
    expect(read).toEqual([]);
    expect(codes('64712', context)).toEqual(['64712']);
    // `after` (a DOM walk on the page) is read only once the number is known to be a code.
    expect(read).toEqual(['columnHeader', 'after']);
    read.length = 0;
    expect(codes('64712', lazyContext(read, 'Claim #'))).toEqual([]);
    expect(read).toEqual(['columnHeader']);
  });
});

function lazyContext(read: string[], header: string): DetectContext {
  return {
    get columnHeader() {
      read.push('columnHeader');
      return header;
    },
    get after() {
      read.push('after');
      return ' RT';
    },
  };
}

describe('classifyLabel', () => {
  it('says what a header or label names', () => {
    expect(classifyLabel('CPT/HCPCS')).toBe('procedure');
    expect(classifyLabel('Code')).toBe('procedure');
    expect(classifyLabel('Proc')).toBe('procedure');
    expect(classifyLabel('Service')).toBe('procedure');
    expect(classifyLabel('Claim #')).toBe('other');
    expect(classifyLabel('Member ID')).toBe('other');
    expect(classifyLabel('Zip')).toBe('other');
    expect(classifyLabel('Ref No.')).toBe('other');
    expect(classifyLabel('Postal Code')).toBe('other');
    expect(classifyLabel('Description')).toBe('unexplained');
    expect(classifyLabel('FIN')).toBe('unexplained');
    expect(classifyLabel('LN_PROC_CD')).toBe('procedure');
    expect(classifyLabel('productOrService.coding.code')).toBe('procedure');
    expect(classifyLabel('')).toBe('neutral');
  });
});
