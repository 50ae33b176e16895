import { table } from './build';
import type { Snippet } from './types';

/** TUNING set 3 (issue 11): larger grids of shapes the sealed set does not use. Tuned on freely. */

const chargemaster: Snippet[] = table({
  id: 't3-cdm',
  kind: 'hospital-chargemaster',
  caption: 'Standard charges — Lakeside Surgery Center (machine-readable file, table view)',
  headers: ['Charge #', 'Description', 'CPT/HCPCS', 'Rev', 'Gross charge', 'Discounted cash'],
  rows: [
    ['[30412]', 'NEUROPLASTY SCIATIC NERVE', '{64712}', '0360', '$[14500].00', '$8,120.00'],
    ['[30415]', 'NEUROPLASTY SACRAL PLEXUS', '{64714}', '0360', '$[18000].00', '$9,900.00'],
    ['[30420]', 'INJ ANES SCIATIC NERVE', '{64445}', '0361', '$7,000.00', '$3,850.00'],
    ['[30431]', 'CHEMODENERVATION FACIAL', '{64612}', '0510', '$9,000.00', '$4,950.00'],
    ['[30433]', 'DESTR PLANTAR DIGIT NERVE', '{64632}', '0510', '$3,000.00', '$1,650.00'],
    ['[64612]', 'SUPPLY TRAY NERVE BLOCK', 'A4550', '0272', '$120.00', '$66.00'],
  ],
});

const contractFees: Snippet[] = table({
  id: 't3-contract',
  kind: 'payer-contract-fees',
  caption: 'Contracted rates — Show-Me Health Plan commercial PPO, effective 01/01/2026',
  headers: ['Code', 'Mod', 'Allowed', 'Site', 'Fee schedule ID'],
  rows: [
    ['{64612}', '', '$212.40', 'Office', '[64714]'],
    ['{64612}', '50', '$318.60', 'Office', '[64714]'],
    ['{64632}', '', '$190.11', 'Office', '[64714]'],
    ['{64445}', '26', '$88.20', 'Facility', '[71552]'],
    ['{64712}', '', '$1,102.75', 'Facility', '[71552]'],
    ['{64714}', '', '$1,048.30', 'Facility', '[71552]'],
  ],
});

const editWorklist: Snippet[] = table({
  id: 't3-edits',
  kind: 'claim-scrubber-worklist',
  headers: ['Edit ID', 'Claim', 'Ln', 'Proc', 'Message', 'Owner'],
  rows: [
    ['[64712]', '[88210]', '1', '{64712}', 'Laterality modifier required for 64712', 'KRAMER'],
    ['[64714]', '[88210]', '2', '{64445}', 'Component of 64712 on same DOS; add 59 or XS', 'KRAMER'],
    ['[64720]', '[88233]', '1', '{64612}', 'Units exceed MUE (1)', 'ONEIL'],
    ['[64725]', '[88240]', '3', '{64632}', 'Diagnosis does not support medical necessity', 'ONEIL'],
  ].map((r) =>
    r.map((c) => c.replace('for 64712', 'for {64712}').replace('Component of 64712', 'Component of {64712}')),
  ),
});

const clinics: Snippet[] = table({
  id: 't3-clinics',
  kind: 'clinic-directory',
  headers: ['Clinic', 'Address', 'City', 'ZIP', 'Phone', 'Ext'],
  rows: [
    ['Lakeside Pain', '4500 Main St', 'Kansas City', '[64111]', '816-555-0142', '[64612]'],
    ['Northland Ortho', '2800 Clay Edwards Dr', 'North Kansas City', '[64116]', '816-555-0190', '[64445]'],
    ['Blue Valley Neuro', '9100 W 135th St', 'Overland Park', '[66221]', '913-555-0133', '[64714]'],
    ['Lee’s Summit Spine', '20 NE Douglas St', 'Lee’s Summit', '[64063]', '816-555-0177', '[64632]'],
  ],
});

const apiJson: Snippet[] = [
  {
    id: 't3-api-1',
    kind: 'payer-api-json',
    text: `{
  "claimNumber": "[64712]",
  "memberId": "W2846[64612]",
  "billingProvider": { "npi": "1548293710", "zip": "[64111]" },
  "lines": [
    { "lineNumber": 1, "procedure": { "code": "{64712}", "system": "http://www.ama-assn.org/go/cpt" }, "modifier": "RT" },
    { "lineNumber": 2, "procedure": { "code": "{64445}", "system": "CPT" }, "allowedCents": [64632] },
    { "lineNumber": 3, "revenueCode": "0360", "procedure": { "code": "[64714]", "system": "LOCAL" } }
  ],
  "checkNumber": "[64445]"
}`,
  },
];

const appointments: Snippet[] = [
  {
    id: 't3-appt-1',
    kind: 'patient-portal-appointments',
    text: 'Confirmation [64712] · Arrive 7:30 AM · Suite [64445]? No — Suite 200',
  },
  {
    id: 't3-appt-2',
    kind: 'patient-portal-appointments',
    text: 'Your procedure (CPT {64612}) is scheduled for 11/04/2026 at Lakeside Surgery Center.',
  },
  {
    id: 't3-appt-3',
    kind: 'patient-portal-appointments',
    text: 'Estimated cost for {64612}: $212.40. Estimate ID [64632].',
  },
  {
    id: 't3-appt-4',
    kind: 'patient-portal-appointments',
    before: 'Referral',
    text: '[64714] (valid through 12/31/2026)',
  },
  { id: 't3-appt-5', kind: 'patient-portal-appointments', before: 'Parking garage code', text: '[64445]' },
  {
    id: 't3-appt-6',
    kind: 'patient-portal-appointments',
    text: 'Bring your ID card. Questions: 816-555-0142 ext. [64612].',
  },
  { id: 't3-appt-7', kind: 'patient-portal-appointments', text: 'Procedures on this visit: {64445}, {64612}' },
  { id: 't3-appt-8', kind: 'patient-portal-appointments', before: 'MyChart activation', text: '[64712]-KX9Q' },
];

// ── Provider enrollment / credentialing roster (identifiers everywhere) ──────────────────────────────────
const roster: Snippet[] = table({
  id: 't3-roster',
  kind: 'provider-roster',
  caption: 'Group roster — effective dates and plan-assigned numbers',
  headers: ['Provider', 'Plan Prov No', 'Medicaid ID', 'Site', 'Specialty Cd', 'Panel'],
  rows: [
    ['Alvarez, Maria MD', '[64712]', '[10223]', '[64111]', '[20]', 'Open'],
    ['Patel, Dev DO', '[64714]', '[10251]', '[64111]', '[72]', 'Closed'],
    ['Nguyen, An MD', '[64445]', '[10276]', '[64114]', '[09]', 'Open'],
    ['Kramer, Lee PA', '[64612]', '[10290]', '[64063]', '[97]', 'Open'],
    ['Oneil, Sam NP', '[64632]', '[10305]', '[64063]', '[50]', 'Open'],
  ].map((r) => r.map((c) => c.replace(/^\[(\d\d)\]$/, '$1'))),
});

// ── Operative note excerpt and coding summary (prose) ──────────────────────────────────────────────────
const opNote: Snippet[] = [
  {
    id: 't3-op-1',
    kind: 'op-note-coding-summary',
    text: 'Coding summary: {64712}-RT (neuroplasty, sciatic nerve), {64445} (single-shot sciatic block, separately documented), not {64714}? — {64714} not supported.',
  },
  {
    id: 't3-op-2',
    kind: 'op-note-coding-summary',
    text: 'Case [64632] · OR 4 · Anesthesia start 07:42 · Implant lot [64612]',
  },
  {
    id: 't3-op-3',
    kind: 'op-note-coding-summary',
    text: 'Recommend {64612} x2 units next visit; Rx [64445] sent to pharmacy.',
  },
  { id: 't3-op-4', kind: 'op-note-coding-summary', before: 'Primary CPT', text: '{64712}' },
  { id: 't3-op-5', kind: 'op-note-coding-summary', before: 'Secondary CPT(s)', text: '{64445}; {64632}' },
  { id: 't3-op-6', kind: 'op-note-coding-summary', before: 'Dictation job', text: '[64714]' },
  { id: 't3-op-7', kind: 'op-note-coding-summary', before: 'Template', text: 'NEURO-[64612] v3' },
];

// ── Payer medical policy page (coverage prose) ──────────────────────────────────────────────────────────
const policy: Snippet[] = [
  {
    id: 't3-pol-1',
    kind: 'payer-medical-policy',
    text: 'Policy number MP-[64612] · Last review 09/2026 · Applies to commercial and Medicare Advantage plans',
  },
  {
    id: 't3-pol-2',
    kind: 'payer-medical-policy',
    text: 'Chemodenervation ({64612}) is considered medically necessary for blepharospasm and hemifacial spasm. Destruction of a plantar digital nerve ({64632}) is investigational.',
  },
  {
    id: 't3-pol-3',
    kind: 'payer-medical-policy',
    text: 'Codes covered: {64612}, {64632}. Codes not covered: {64714}. See policy [64445] for nerve blocks.',
  },
  {
    id: 't3-pol-4',
    kind: 'payer-medical-policy',
    text: 'Effective for dates of service on or after 01/01/2026 (bulletin [64712]).',
  },
];

// ── Coder productivity report ───────────────────────────────────────────────────────────────────────────
const productivity: Snippet[] = table({
  id: 't3-prod',
  kind: 'coder-productivity',
  headers: ['Coder', 'Charts', 'Lines', 'Top code', 'Avg min', 'Queue'],
  rows: [
    ['KRAMER', '212', '[64612]', '{64612}', '6.1', '[64445]'],
    ['ONEIL', '198', '[51230]', '{64445}', '7.4', '[64445]'],
    ['PATEL', '175', '[48811]', '{64712}', '8.0', '[64632]'],
  ],
});

export const tuning3: Snippet[] = [
  ...roster,
  ...opNote,
  ...policy,
  ...productivity,
  ...chargemaster,
  ...contractFees,
  ...editWorklist,
  ...clinics,
  ...apiJson,
  ...appointments,
];
