import type { Snippet } from './types';

/**
 * HELD-OUT set 2: written after the rules were last changed, before the detector was ever run on it, and never
 * tuned on. The first set (heldout.ts) motivated one rule after its first run, so this set is the unbiased
 * estimate. Do not edit a snippet to make the detector pass.
 */
export const heldout2: Snippet[] = [
  // ── clearinghouse rejection / worklists ─────────────────────────────────────────────────────────────
  {
    id: 'h2-ch-1',
    kind: 'claim',
    text: 'Rejected: Invalid procedure code [64713]? No — {64712} is valid; check modifier LT/RT on line 2.',
  },
  { id: 'h2-ch-2', kind: 'claim', text: 'Batch [64632] · 14 claims accepted, 2 rejected' },
  { id: 'h2-ch-3', kind: 'claim', text: 'Submitter ID [64445] · Receiver ID 430120' },
  {
    id: 'h2-ch-4',
    kind: 'claim',
    columnHeader: 'Rejection Reason',
    before: '64612',
    text: 'Missing modifier for {64612}',
  },
  { id: 'h2-ch-5', kind: 'claim', columnHeader: 'Acct #', before: 'HOLD', text: '[64714]' },
  { id: 'h2-ch-6', kind: 'claim', columnHeader: 'CPT', before: 'HOLD 64714', text: '{64714}-LT' },
  { id: 'h2-wl-1', kind: 'claim', text: 'Worklist: Coding review · Encounter [64712] · {64712}-RT needs op note' },
  { id: 'h2-wl-2', kind: 'claim', text: 'Assigned to coder #[64632]' },

  // ── denial and appeal letters ───────────────────────────────────────────────────────────────────────
  {
    id: 'h2-den-1',
    kind: 'remit',
    text: 'We have denied payment for {64445} because a bilateral modifier (50) was not submitted. Claim reference: [64445].',
  },
  {
    id: 'h2-den-2',
    kind: 'remit',
    text: 'Your appeal (case no. [64714]) regarding CPT {64714} performed on 10/02/2026 has been upheld.',
  },
  {
    id: 'h2-den-3',
    kind: 'remit',
    text: 'RE: Member [64612], DOS 09/12/2026, service {64612}',
  },
  {
    id: 'h2-den-4',
    kind: 'remit',
    text: 'Mail appeals to Appeals Unit, PO Box [64632], Kansas City, MO [64141]-0632.',
  },

  // ── patient statement ───────────────────────────────────────────────────────────────────────────────
  { id: 'h2-st-1', kind: 'eob', text: 'Statement date 10/20/2026 · Account number [64445] · Amount due $125.00' },
  { id: 'h2-st-2', kind: 'eob', text: '10/02/2026  {64712}  NEUROPLASTY SCIATIC NERVE  2,450.00' },
  { id: 'h2-st-3', kind: 'eob', text: 'Pay online with code [64612] at pay.example.com' },
  { id: 'h2-st-4', kind: 'eob', text: 'Insurance payment (Check [64714])   -1,289.92' },

  // ── scheduling / surgery board ──────────────────────────────────────────────────────────────────────
  { id: 'h2-sch-1', kind: 'op-note', text: 'OR 3 · 07:30 · DOE, JANE · {64714}-LT · Dr. Chen' },
  {
    id: 'h2-sch-2',
    kind: 'op-note',
    columnHeader: 'Procedure',
    before: '08:15 OR 2',
    text: 'Sciatic neuroplasty ({64712})',
  },
  { id: 'h2-sch-3', kind: 'op-note', columnHeader: 'MRN', before: 'SMITH, ROBERT', text: '[64445]' },
  { id: 'h2-sch-4', kind: 'op-note', columnHeader: 'Room', before: '09:00', text: '[64632]' },
  { id: 'h2-sch-5', kind: 'op-note', text: 'Scheduled procedures: {64445} (block) then {64712}.' },

  // ── payer medical policy pages ──────────────────────────────────────────────────────────────────────
  {
    id: 'h2-pol-1',
    kind: 'policy',
    text: 'The following CPT codes are considered medically necessary when criteria are met: {64712}, {64714}.',
  },
  {
    id: 'h2-pol-2',
    kind: 'policy',
    text: 'Chemodenervation ({64612}) is limited to 4 sessions per 12 months.',
  },
  { id: 'h2-pol-3', kind: 'policy', text: 'Policy number: MED.[64632] · Last reviewed 06/2026' },
  {
    id: 'h2-pol-4',
    kind: 'policy',
    text: 'Coding table: {64632} Destruction by neurolytic agent; plantar common digital nerve',
  },
  { id: 'h2-pol-5', kind: 'policy', text: 'Applicable codes: [64400]–[64530] (see {64445} for sciatic nerve).' },

  // ── lab / pharmacy / DME (other number families) ───────────────────────────────────────────────────
  { id: 'h2-lab-1', kind: 'misc', text: 'Specimen ID [64712] · Collected 10/01/2026' },
  { id: 'h2-lab-2', kind: 'misc', text: 'NDC 0409-[64712]-01? No: NDC [00409]-4888-01' },
  { id: 'h2-lab-3', kind: 'misc', text: 'Rx# [64632] · Refills: 2' },
  { id: 'h2-lab-4', kind: 'misc', text: 'LOINC 2345-7 · Order code [64445]' },
  { id: 'h2-lab-5', kind: 'misc', text: 'Catalog #[64612] — lidocaine 1%, 10 mL' },

  // ── HR / benefits / general web chrome on the same portals ─────────────────────────────────────────
  { id: 'h2-web-1', kind: 'misc', text: '© 2026 Midwest Health Plan · 1200 Walnut St, Kansas City, MO [64106]' },
  { id: 'h2-web-2', kind: 'misc', text: 'Employee ID [64714] · Badge [64632]' },
  { id: 'h2-web-3', kind: 'misc', text: 'Visitors this month: [64612]' },
  { id: 'h2-web-4', kind: 'misc', text: 'Downloaded [64445] times' },
  { id: 'h2-web-5', kind: 'misc', text: 'Article [64712] of the provider manual' },
  { id: 'h2-web-6', kind: 'misc', text: 'Call center hours: 8–5 CT · Queue [64714]' },
  { id: 'h2-web-7', kind: 'misc', text: 'Kansas City, MO [64712]' },
  { id: 'h2-web-8', kind: 'misc', before: 'Zip', text: '[64632]' },
  { id: 'h2-web-9', kind: 'misc', text: 'Version [64612] released' },

  // ── grids without headers / key-value panes ─────────────────────────────────────────────────────────
  { id: 'h2-kv-1', kind: 'claim', before: 'Procedure (CPT/HCPCS)', text: '{64445}' },
  { id: 'h2-kv-2', kind: 'claim', before: 'Primary CPT', text: '{64612}-50' },
  { id: 'h2-kv-3', kind: 'claim', before: 'Secondary CPT', text: '{64632}' },
  { id: 'h2-kv-4', kind: 'claim', before: 'Patient Control No.', text: '[64712]' },
  { id: 'h2-kv-5', kind: 'claim', before: 'Payer Claim Number', text: '[64714]' },
  { id: 'h2-kv-6', kind: 'claim', before: 'Authorization', text: '[64445]' },
  { id: 'h2-kv-7', kind: 'claim', before: 'Referring provider NPI', text: '[64612]' },
  { id: 'h2-kv-8', kind: 'claim', before: 'Place of service 22', text: '{64712}-RT' },
  { id: 'h2-kv-9', kind: 'claim', before: 'Line 1 of 3', text: '{64714}' },
  { id: 'h2-kv-10', kind: 'claim', before: 'Diagnosis G57.01', text: '{64712}' },

  // ── table rows with headers ─────────────────────────────────────────────────────────────────────────
  { id: 'h2-t-1', kind: 'fee', columnHeader: 'CPT/HCPCS Code', before: '', text: '{64712}' },
  { id: 'h2-t-2', kind: 'fee', columnHeader: 'Mod', before: '64712', text: 'RT' },
  {
    id: 'h2-t-3',
    kind: 'fee',
    columnHeader: 'Procedure Description',
    before: '64714',
    text: 'Neuroplasty; lumbar plexus',
  },
  { id: 'h2-t-4', kind: 'claim', columnHeader: 'Claim No.', before: '10/02/2026', text: '[64612]' },
  { id: 'h2-t-5', kind: 'claim', columnHeader: 'Trace #', before: 'EFT', text: '[64712]' },
  { id: 'h2-t-6', kind: 'claim', columnHeader: 'Billed', before: '64445', text: '$[64445].00' },
  { id: 'h2-t-7', kind: 'claim', columnHeader: 'Service', before: '2', text: '{64445} - Inj sciatic nerve' },
  { id: 'h2-t-8', kind: 'claim', columnHeader: 'Location', before: 'Lakeside ASC', text: '[64632]' },
  { id: 'h2-t-9', kind: 'claim', columnHeader: 'Reference', before: 'Open', text: '[64714]' },
  { id: 'h2-t-10', kind: 'claim', columnHeader: 'Codes', before: '1', text: '{64712}-RT, {64445}' },
  { id: 'h2-t-11', kind: 'claim', columnHeader: 'Member #', before: 'ACTIVE', text: '[64712]' },
  { id: 'h2-t-12', kind: 'claim', columnHeader: 'Px', before: '3', text: '{64632}' },
  { id: 'h2-t-13', kind: 'claim', columnHeader: 'Zip/Postal Code', before: 'KS', text: '[64714]' },
  { id: 'h2-t-14', kind: 'claim', columnHeader: 'Control #', before: 'Denied', text: '[64445]' },
  { id: 'h2-t-15', kind: 'claim', columnHeader: 'Procedure', before: '5', text: '{64612}' },

  // ── free text with modifiers and lists ─────────────────────────────────────────────────────────────
  { id: 'h2-ft-1', kind: 'op-note', text: 'Report {64712}-RT and {64712}-LT for the bilateral sciatic neuroplasty.' },
  { id: 'h2-ft-2', kind: 'op-note', text: 'Billing: {64632}×2, {64612}×1.' },
  {
    id: 'h2-ft-3',
    kind: 'op-note',
    text: 'Modifier 59 appended to {64445} to indicate a distinct procedural service.',
  },
  {
    id: 'h2-ft-4',
    kind: 'op-note',
    text: 'CPT® {64714}: Neuroplasty, major peripheral nerve, arm or leg, open; lumbar plexus',
  },
  { id: 'h2-ft-5', kind: 'op-note', text: 'Codes {64445} and {64612} were both reported; {64612}-RT only.' },
  { id: 'h2-ft-6', kind: 'op-note', text: 'Do not bill {64632} with {64445} on the same day (NCCI edit).' },
  { id: 'h2-ft-7', kind: 'op-note', text: 'Total of [64712] services processed in Q3.' },

  // ── shape edge cases ────────────────────────────────────────────────────────────────────────────────
  { id: 'h2-s-1', kind: 'boundary', text: '{64712}.' },
  { id: 'h2-s-2', kind: 'boundary', text: '"{64714}"' },
  { id: 'h2-s-3', kind: 'boundary', text: '[64712]‑2210' },
  { id: 'h2-s-4', kind: 'boundary', text: '[64445].5' },
  { id: 'h2-s-5', kind: 'boundary', text: '~[64632] approx.' },
  { id: 'h2-s-6', kind: 'boundary', text: 'CPT:{64612}' },
  { id: 'h2-s-7', kind: 'boundary', text: '{64712} - Neuroplasty' },
  { id: 'h2-s-8', kind: 'boundary', text: 'A1B2C[64712]' },
];
