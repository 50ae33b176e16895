import type { Snippet } from './types';

/**
 * HELD-OUT set: written before the detector was implemented and never used to tune it. Numbers reported for
 * this set are the honest estimate of precision/recall on pages we did not tune on. Do not edit a snippet to make
 * the detector pass; add new snippets to `tuning.ts` instead.
 */
export const heldout: Snippet[] = [
  // ── EHR charge capture / encounter ──────────────────────────────────────────────────────────────────
  {
    id: 'h-enc-1',
    kind: 'claim',
    text: 'Encounter #[64445] — Charges: {64445} x1, {64612} x1. Dx: G51.3. Rendering: Dr. Alvarez.',
  },
  { id: 'h-enc-2', kind: 'claim', before: 'Charge code', text: '{64612}' },
  { id: 'h-enc-3', kind: 'claim', before: 'Visit ID', text: '[64612]' },
  { id: 'h-enc-4', kind: 'claim', text: 'Procedure codes entered: {64632}-26, {64445}-LT, {64712}-RT' },
  { id: 'h-enc-5', kind: 'claim', text: 'Dr. Patel performed {64714} under general anesthesia.' },
  { id: 'h-enc-6', kind: 'claim', text: 'MRN: [64712]   DOB: 07/22/1958   Sex: F' },
  { id: 'h-enc-7', kind: 'claim', text: 'Accession [64632] collected 09/30/2026 08:14' },
  { id: 'h-enc-8', kind: 'claim', columnHeader: 'CPT® Code', before: 'Add', text: '{64632}' },
  { id: 'h-enc-9', kind: 'claim', columnHeader: 'Modifier(s)', before: '64712', text: 'RT' },
  { id: 'h-enc-10', kind: 'claim', columnHeader: 'Svc Code', before: '2', text: '{64714}' },

  // ── payer claim lists ───────────────────────────────────────────────────────────────────────────────
  { id: 'h-cl-1', kind: 'claim', columnHeader: 'Claim Number', before: 'Select', text: '[64632]' },
  { id: 'h-cl-2', kind: 'claim', columnHeader: 'Patient Acct #', before: 'SMITH, ROBERT', text: '[64445]' },
  { id: 'h-cl-3', kind: 'claim', columnHeader: 'Procedure Code', before: '10/02/2026', text: '{64712}' },
  { id: 'h-cl-4', kind: 'claim', columnHeader: 'Billed Amount', before: '64712', text: '$2,450.00' },
  { id: 'h-cl-5', kind: 'claim', columnHeader: 'Payer ID', before: 'Midwest Health Plan', text: '[64714]' },
  { id: 'h-cl-6', kind: 'claim', columnHeader: 'Rev Code', before: 'OR', text: '0360' },
  { id: 'h-cl-7', kind: 'claim', columnHeader: 'Proc', before: '1', text: '{64445}' },
  { id: 'h-cl-8', kind: 'claim', columnHeader: 'Tracking #', before: 'Submitted', text: '[64712]' },
  { id: 'h-cl-9', kind: 'claim', columnHeader: 'Document Control Number', before: 'Denied', text: '[64612]' },
  {
    id: 'h-cl-10',
    kind: 'claim',
    columnHeader: 'Service Code',
    before: '3',
    text: '{64632} - Destruction by neurolytic agent',
  },
  {
    id: 'h-cl-11',
    kind: 'claim',
    text: 'Claim ID [64612] | DOS 09/12/2026 | CPT {64612} | Status: Paid',
  },
  {
    id: 'h-cl-12',
    kind: 'claim',
    text: 'Your claim ([64445]) for procedure {64445} has been received.',
  },

  // ── remittance (formatted ERA) ──────────────────────────────────────────────────────────────────────
  {
    id: 'h-era-1',
    kind: 'remit',
    text: 'PAYER CLAIM CONTROL #: [64714]   PATIENT CTRL #: [64632]   CLAIM STATUS: 1',
  },
  {
    id: 'h-era-2',
    kind: 'remit',
    text: 'LINE 1  DOS 100226  PROC {64712}  MODS RT  BILLED 2450.00  ALLOWED 1612.40  PAID 1289.92',
  },
  { id: 'h-era-3', kind: 'remit', text: 'CHECK # [64445]  DATE 10/09/2026  AMOUNT $12,640.55' },
  { id: 'h-era-4', kind: 'remit', text: 'Provider adjustment: WO [64712] -120.00' },
  { id: 'h-era-5', kind: 'remit', text: 'Remark N130: Consult plan benefit documents. Service {64632} denied.' },
  { id: 'h-era-6', kind: 'remit', text: 'EFT trace no. [64714] deposited 10/10/2026' },
  { id: 'h-era-7', kind: 'remit', columnHeader: 'Proc/Mod', before: '1', text: '{64445}/50' },
  { id: 'h-era-8', kind: 'remit', columnHeader: 'Payment #', before: 'ACH', text: '[64612]' },

  // ── EOB (member-facing) ─────────────────────────────────────────────────────────────────────────────
  {
    id: 'h-eob-1',
    kind: 'eob',
    text: 'Explanation of Benefits for claim [64712] · Service date Oct 2, 2026 · Nerve surgery ({64712})',
  },
  { id: 'h-eob-2', kind: 'eob', text: 'Member ID: MHP[64445]01 · Group #: [64714]' },
  { id: 'h-eob-3', kind: 'eob', text: 'You may owe the provider $[64632]. This is not a bill.' },
  { id: 'h-eob-4', kind: 'eob', text: 'Questions? Call 1-888-555-0110 (TTY 711), option 3, reference [64612].' },

  // ── prior authorization ─────────────────────────────────────────────────────────────────────────────
  {
    id: 'h-pa-1',
    kind: 'prior-auth',
    text: 'Request {64612} (chemodenervation, facial nerve), 1 unit, for dates 11/01/2026–01/31/2027.',
  },
  { id: 'h-pa-2', kind: 'prior-auth', text: 'Auth number: [64712] · Status: Approved' },
  {
    id: 'h-pa-3',
    kind: 'prior-auth',
    text: 'Approved services: {64712} (right), {64714} (left). Reference #[64632].',
  },
  { id: 'h-pa-4', kind: 'prior-auth', before: 'Authorized CPT', text: '{64445}' },
  { id: 'h-pa-5', kind: 'prior-auth', before: 'Authorization #', text: '[64445]' },
  { id: 'h-pa-6', kind: 'prior-auth', before: 'Requesting provider fax', text: '(816) 555-[64712]' },
  {
    id: 'h-pa-7',
    kind: 'prior-auth',
    text: 'Please submit clinical notes supporting medical necessity for HCPCS/CPT {64632}.',
  },
  { id: 'h-pa-8', kind: 'prior-auth', text: 'Certification no. [64612] valid through 12/31/2026' },

  // ── operative / procedure notes ─────────────────────────────────────────────────────────────────────
  {
    id: 'h-op-1',
    kind: 'op-note',
    text: 'OPERATIONS: 1. Neuroplasty, lumbar plexus, left ({64714}-LT). 2. Sciatic nerve block ({64445}).',
  },
  {
    id: 'h-op-2',
    kind: 'op-note',
    text: 'Coding: {64712} RT. Specimen #[64712] sent to pathology.',
  },
  {
    id: 'h-op-3',
    kind: 'op-note',
    text: 'Radiofrequency lesioning performed; bill {64632} with modifier 26 for the professional component.',
  },
  {
    id: 'h-op-4',
    kind: 'op-note',
    text: 'Bilateral injection documented — report as {64445}-50 (not two lines of {64445}).',
  },
  { id: 'h-op-5', kind: 'op-note', text: 'Room [64712] · Case start 07:42 · Surgeon: M. Chen' },

  // ── fee schedule / pricing ──────────────────────────────────────────────────────────────────────────
  { id: 'h-fee-1', kind: 'fee', text: '{64714}  Neuroplasty major peripheral nerve, lumbar plexus   $1,204.33   090' },
  { id: 'h-fee-2', kind: 'fee', columnHeader: 'HCPCS Code', before: '', text: '{64612}' },
  { id: 'h-fee-3', kind: 'fee', columnHeader: 'Facility Price', before: '64612', text: '$[64445].00' },
  { id: 'h-fee-4', kind: 'fee', text: 'Contracted rate for {64445}: 125% of Medicare ($485.19).' },
  { id: 'h-fee-5', kind: 'fee', text: 'Annual spend on neurolysis: $ [64712] (2025)' },
  {
    id: 'h-fee-6',
    kind: 'fee',
    text: 'Codes {64712}, {64714}, and {64632} are subject to the multiple-procedure rule.',
  },

  // ── eligibility & benefits ──────────────────────────────────────────────────────────────────────────
  { id: 'h-el-1', kind: 'eligibility', before: 'Group No.', text: '[64445]' },
  { id: 'h-el-2', kind: 'eligibility', before: 'Subscriber', text: 'DOE, JOHN  ID [64632]' },
  { id: 'h-el-3', kind: 'eligibility', text: 'Plan: Gold PPO [64714] · Coverage active since 01/01/2026' },
  {
    id: 'h-el-4',
    kind: 'eligibility',
    text: 'PCP: Northland Family Medicine, Gladstone, MO [64118] · Ph 816-555-0133',
  },
  { id: 'h-el-5', kind: 'eligibility', before: 'Policy number', text: '[64612]' },
  { id: 'h-el-6', kind: 'eligibility', text: 'Out-of-pocket max remaining: [64712] USD' },

  // ── addresses ───────────────────────────────────────────────────────────────────────────────────────
  { id: 'h-addr-1', kind: 'address', text: 'Clinic: 901 NE Vivion Rd, Kansas City, MO [64118]-4421' },
  { id: 'h-addr-2', kind: 'address', text: 'Harrisonville, Missouri [64712]' },
  { id: 'h-addr-3', kind: 'address', text: '305 Oak St., Apt [64614], Clinton MO [64735]' },
  { id: 'h-addr-4', kind: 'address', before: 'City/State/ZIP', text: 'Nevada, MO [64772]' },
  { id: 'h-addr-5', kind: 'address', before: 'Zip/Postal', text: '[64712]' },
  { id: 'h-addr-6', kind: 'address', text: 'Overland Park, KS [66211] · Olathe, KS [66061]' },
  { id: 'h-addr-7', kind: 'address', text: 'Mailing address: P.O. Box [64632], Jefferson City, MO [65102]' },

  // ── orders, retail, general web ─────────────────────────────────────────────────────────────────────
  { id: 'h-ord-1', kind: 'order', text: 'Order number [64445] · Placed Oct 3, 2026 · Total $84.12' },
  { id: 'h-ord-2', kind: 'order', text: 'Part No. [64714] — Hex bolt, zinc, 1/4"' },
  { id: 'h-ord-3', kind: 'order', text: 'Model [64612] Serial [64632]' },
  { id: 'h-ord-4', kind: 'order', text: 'Rewards: [64712] miles' },
  { id: 'h-ord-5', kind: 'order', text: 'Tracking: [64445] (USPS)' },
  { id: 'h-ord-6', kind: 'order', text: 'Invoice INV-[64714] due 11/01/2026' },
  { id: 'h-ord-7', kind: 'order', text: 'Receipt [64632] · Register 4 · Cashier 12' },
  { id: 'h-ord-8', kind: 'order', text: 'Coupon code [64712] saves 20%' },
  { id: 'h-ord-9', kind: 'order', text: 'Population: [64712] (2020 census)' },
  { id: 'h-ord-10', kind: 'order', text: 'Mileage [64445] mi · 2019 Honda Civic' },
  { id: 'h-ord-11', kind: 'order', text: 'Job #[64612] scheduled' },
  { id: 'h-ord-12', kind: 'order', text: 'Purchase order PO [64632] received' },

  // ── IT / admin pages inside portals ─────────────────────────────────────────────────────────────────
  { id: 'h-it-1', kind: 'misc', text: 'Session [64714] expired. Please sign in again.' },
  { id: 'h-it-2', kind: 'misc', text: 'Error code [64712]: unable to load claim.' },
  { id: 'h-it-3', kind: 'misc', text: 'User ID: [64445]' },
  { id: 'h-it-4', kind: 'misc', text: 'Build [64612] · v3.2.1' },
  { id: 'h-it-5', kind: 'misc', text: 'Listening on port [64632]' },
  { id: 'h-it-6', kind: 'misc', text: 'Transaction ID [64714] completed 10:42:07' },
  { id: 'h-it-7', kind: 'misc', text: 'Showing 1–50 of [64712] results' },

  // ── coding education / policy text ──────────────────────────────────────────────────────────────────
  {
    id: 'h-pol-1',
    kind: 'policy',
    text: 'CPT codes {64712} and {64714} describe open neuroplasty; {64445} describes a single injection.',
  },
  {
    id: 'h-pol-2',
    kind: 'policy',
    text: 'Do not report {64612} in conjunction with {64632} for the same nerve.',
  },
  { id: 'h-pol-3', kind: 'policy', text: 'Effective 01/01/2026, {64632} requires prior authorization.' },
  { id: 'h-pol-4', kind: 'policy', text: 'See policy MP-[64712] for coverage criteria for {64712}.' },
  { id: 'h-pol-5', kind: 'policy', text: 'Policy #[64445] applies to nerve blocks ({64445}, {64612}).' },
  {
    id: 'h-pol-6',
    kind: 'policy',
    text: '• {64714} Neuroplasty; lumbar plexus\n• {64712} Neuroplasty; sciatic nerve\n• {64445} Injection; sciatic nerve',
  },

  // ── boundaries ──────────────────────────────────────────────────────────────────────────────────────
  { id: 'h-b-1', kind: 'boundary', text: 'Code:{64712}' },
  { id: 'h-b-2', kind: 'boundary', text: '({64445})' },
  { id: 'h-b-3', kind: 'boundary', text: '[64712],000 total' },
  { id: 'h-b-4', kind: 'boundary', text: '[64612]%' },
  { id: 'h-b-5', kind: 'boundary', text: 'CPT {64632}-XS' },
  { id: 'h-b-6', kind: 'boundary', text: '€[64714]' },
  { id: 'h-b-7', kind: 'boundary', text: '[64445]@example.org' },
  { id: 'h-b-8', kind: 'boundary', text: '#[64712]-A' },
  { id: 'h-b-9', kind: 'boundary', text: 'ID#[64714]' },
  { id: 'h-b-10', kind: 'boundary', text: '{64712};{64714}' },
];
