import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 40 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/context.ts, lib/page/scan.ts), never read a score of an earlier sealed set, and never ran the
 * detector on these snippets. Its page shapes (`kind`, prefixed `s40-`) appear in no other corpus file. Score it once;
 * do not edit a snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too. About a third of the decoys are numbers of the synthetic 10,000-code set (KNOWN_10K) used as
 * ZIPs, county FIPS codes, chargemaster (CDM) numbers, hospital accounts, ROI request and check numbers, bar and Bates
 * numbers, portal thread and call ids, virtual room and app patient ids, device ids, claim ids and invoice numbers. The
 * five known codes' digits come back as decoys: a sponsor invoice number (three times), the sponsor's P.O. box, a
 * Bates number on a deposition exhibit, an RPM device id and an ROI requester account.
 *
 * Family: clinical research billing, release of information and telehealth around a nerve procedure: a coverage
 * analysis grid and its qualifying-trial memo (Q0/Q1, Z00.6, NCT number in value code D4), research charge review
 * and hold worklists, a UB-04 trial claim, a per-patient trial budget, a sponsor invoice and payment reconciliation,
 * CTMS subject calendars, visit panels and invoiceable-item ledgers, an IRB application cost section, a protocol
 * schedule of activities with site CPT annotations, a consent form cost section; a release-of-information request
 * log, a subpoena duces tecum, an attorney's records-request letter, an ROI invoice, a records custodian's
 * certification, a deposition exhibit of billed services and a deposition transcript, a lien itemized statement;
 * a telehealth virtual waiting room, portal e-visit billing, RPM billing dashboard, device readings note and
 * enrollment order, RTM therapy billing, a telehealth consent, a place-of-service billing memo, telehealth claim
 * lines, a tele-neurology originating-site encounter, an audio-only visit log, a HIPAA accounting of disclosures, a
 * pre-visit patient-location and licensure check, and a subject stipend card ledger.
 * Built on real public layouts: the Medicare Clinical Trial Policy (NCD 310.1) coverage analysis grid (R/S per
 * visit, Q0/Q1 modifiers, ICD-10 Z00.6, condition code 30, value code D4 with the 8-digit NCT number), UB-04 form
 * locators, OnCore-style subject calendars and invoiceable items, the HIPAA right-of-access and ROI fee invoice
 * (search/retrieval, per-page tiers, certification), the 45 CFR 164.528 accounting of disclosures, a Michigan circuit court subpoena (P-numbered bar ids), a
 * Bates-numbered summary of medical expenses exhibit, the CMS telehealth POS 02/10 and modifier 95/93 rules, the
 * CPT 2025 telemedicine codes 98000–98016, online digital E/M 99421–99423, and the RPM (99453/99454/99445, 99457/
 * 99458/99470) and RTM (98975–98981) families. The others are written the way those pages read, with no single source.
 *
 * 386 labelled tokens over 36 shapes: 163 codes, 223 decoys, 77 of the decoys in KNOWN_10K.
 */

// ── 1. Coverage analysis grid (billing grid) for a device trial after sciatic neurolysis, table ──
const caGrid = table({
  id: 's40-cagrid',
  kind: 's40-coverage-analysis-billing-grid',
  caption:
    'Coverage Analysis — Protocol AXN-201-002 "SCIATIC-RELEASE" — NCT06284517 — Sponsor: Axonova Therapeutics — R = routine (bill insurance, Q1), S = sponsor',
  headers: [
    'Item / service',
    'CPT/HCPCS',
    'CDM',
    'Screening',
    'Day 0 (surgery)',
    'Week 2',
    'Week 6',
    'Month 3',
    'Justification',
  ],
  rows: [
    [
      'Office visit, new patient (surgeon)',
      '{99204}',
      '[51004]',
      'R',
      '',
      '',
      '',
      '',
      'SOC pre-op evaluation; Q1 + Z00.6',
    ],
    [
      'Office visit, established',
      '{99213}',
      '[51013]',
      '',
      '',
      '',
      'S',
      'R',
      'Wk 6 is protocol-only (no SOC visit at 6 wks)',
    ],
    [
      'Nerve conduction studies, 3–4 studies',
      '{95908}',
      '[59208]',
      'S',
      '',
      '',
      'S',
      'S',
      'Primary endpoint data; CTA §7.2',
    ],
    ['Needle EMG, one extremity, w/ NCS', '{95885}', '[59185]', 'S', '', '', 'S', 'S', 'Add-on to NCS; endpoint'],
    [
      'MRI pelvis w/o & w/ contrast (plexus)',
      '{72197}',
      '[46197]',
      'R',
      '',
      '',
      '',
      'R',
      'SOC imaging per neurosurgery pathway',
    ],
    ['Open neurolysis, sciatic nerve', '{64712}', '[36412]', '', 'R', '', '', '', 'Conventional care, both arms; Q1'],
    [
      'AXN-201 absorbable nerve wrap',
      'C1889',
      '[27889]',
      '',
      'S',
      '',
      '',
      '',
      'Investigational device, sponsor-supplied; Q0 $0',
    ],
    ['Sciatic nerve block, popliteal (post-op)', '{64445}', '[37445]', '', 'R', '', '', '', 'SOC anesthesia; Q1'],
    ['Anesthesia, nerves of upper leg', '{01250}', '[37250]', '', 'R', '', '', '', 'SOC'],
    [
      'Post-op visit (global period)',
      '{99024}',
      '[51024]',
      '',
      '',
      'R',
      '',
      '',
      'No charge — inside 90-day global of {64712}',
    ],
    ['Urine pregnancy test', '{81025}', '[30025]', 'S', '', '', '', '', 'Protocol eligibility only'],
  ],
});

// ── 2. Coverage analysis memo: qualifying-trial determination, text ──
const caMemo = lines({
  id: 's40-camemo',
  kind: 's40-coverage-analysis-qualifying-memo-text',
  before: 'Clinical Research Billing Office — Coverage Analysis Summary — AXN-201-002 (version 3)',
  text: [
    'Qualifying status: IDE study (G250117), FDA Category B; CMS/MAC approval on file, letter ref. [38211].',
    'Routine costs billable to Medicare with Q1: pre-op visit, the open neurolysis ({64712}), popliteal block {64445}, anesthesia.',
    'Not billable: NCS {95908} and EMG {95885} at Week 6 and Month 3 are done only to collect endpoint data (sponsor-paid).',
    'The Week 6 visit itself is sponsor-paid; the Month 3 visit is standard follow-up and billed with Q1. Study acct [77213].',
    'Device line: C1889 with Q0 at $0.00 under revenue code 0278; condition code 30; Z00.6 secondary; D4 = 06284517.',
    'Medicare Advantage enrollees: bill Original Medicare for routine trial costs; MA plan pays the cost-sharing difference.',
    'Analyst: M. Ostrowski, CCRP — Clinical Research Billing, ext. [47120] — OnCore protocol record [10594].',
  ].join('\n'),
});

// ── 3. Research charge review queue: claim lines routed to insurance or study account, table ──
const chargeReview = table({
  id: 's40-chgrev',
  kind: 's40-research-charge-review-claim-lines',
  caption:
    'Research Charge Review — Acct [81337] — Price, Darnell — Linked study AXN-201-002 — Subject 014-007 — Arm B (wrap)',
  headers: ['Ln', 'DOS', 'CDM', 'CPT/HCPCS', 'Mod', 'Dx', 'Rev', 'Charge', 'Route to'],
  rows: [
    [
      '1',
      '02/11/2026',
      '[36412]',
      '{64712}',
      'Q1 LT',
      'G57.02, Z00.6',
      '0360',
      '$6,412.00',
      'Insurance — Medicare A/B',
    ],
    ['2', '02/11/2026', '[37250]', '{01250}', 'AA Q1', 'G57.02, Z00.6', '0370', '$2,140.00', 'Insurance'],
    ['3', '02/11/2026', '[37445]', '{64445}', 'Q1 LT', 'G57.02, Z00.6', '0370', '$980.00', 'Insurance'],
    ['4', '02/11/2026', '[27889]', 'C1889', 'Q0', 'Z00.6', '0278', '$0.00', 'No-charge line (sponsor device)'],
    ['5', '03/25/2026', '[59208]', '{95908}', '', 'G57.02', '0922', '$1,165.00', 'Study account [77213]'],
    ['6', '03/25/2026', '[59185]', '{95885}', '', 'G57.02', '0922', '$410.00', 'Study account [77213]'],
    ['7', '03/25/2026', '[51013]', '{99213}', '', 'Z00.6', '0510', '$245.00', 'Study account [77213]'],
  ],
});

// ── 4. UB-04 for the trial admission, form locators as a key-value panel ──
const trialUb = table({
  id: 's40-trialub',
  kind: 's40-ub04-qualifying-trial-panel',
  caption: 'Claim edit — UB-04 (TOB 0131) — Lakeview University Hospital — clinical trial edits',
  headers: ['FL', 'Field', 'Entry'],
  rows: [
    ['1', 'Billing provider', 'Lakeview University Hospital, 1500 E Medical Center Dr, Ann Arbor, MI [48109]'],
    ['3a', 'Patient control no.', '[81337]-02'],
    ['18–28', 'Condition codes', '30 (qualifying clinical trial)'],
    ['39', 'Value code / amount', 'D4 06284517'],
    ['42–47 ln 1', 'Rev / HCPCS / date / units / charge', '0360 · {64712} Q1 LT · 021126 · 1 · 6,412.00'],
    ['42–47 ln 2', 'Rev / HCPCS / date / units / charge', '0370 · {64445} Q1 LT · 021126 · 1 · 980.00'],
    ['42–47 ln 3', 'Rev / HCPCS / date / units / charge', '0278 · C1889 Q0 · 021126 · 1 · 0.00'],
    ['67 / 67A', 'Principal / other dx', 'G57.02 / Z00.6'],
    ['80', 'Remarks', 'IDE G250117 Cat B; approval ref [38211]; study acct [77213] holds sponsor lines'],
    ['Edit', 'Scrubber message', 'Q0 line without IDE number in FL 43 — cleared by research biller ID [20412]'],
  ],
});

// ── 5. Per-patient trial budget (site budget workbook), table ──
const budget = table({
  id: 's40-budget',
  kind: 's40-trial-per-patient-budget-rows',
  caption: 'Site Budget — AXN-201-002 — Lakeview University Hospital — Medicare rate basis 2026, overhead 28%',
  headers: ['Budget item', 'CPT', 'Qty / pt', 'Unit cost', 'Overhead', 'Per-pt total', 'Paid by'],
  rows: [
    ['Screening visit (research)', '{99204}', '1', '310.00', '86.80', '396.80', 'Sponsor if screen fail'],
    ['Nerve conduction, 3–4 studies', '{95908}', '3', '288.00', '80.64', '1105.92', 'Sponsor'],
    ['Needle EMG, one extremity', '{95885}', '3', '128.00', '35.84', '491.52', 'Sponsor'],
    ['Protocol-only visit (Week 6)', '{99213}', '1', '196.00', '54.88', '250.88', 'Sponsor'],
    ['Open sciatic neurolysis', '{64712}', '1', '—', '—', '—', 'Insurance (SOC, Q1)'],
    ['Coordinator time (hours)', '', '14', '75.00', '294.00', '1344.00', 'Sponsor'],
    ['Per-patient total (sponsor)', '', '', '', '', '3589.12', '8 patients target'],
    ['Start-up fee (one-time, non-refundable)', '', '1', '[15000].00', '', '[15000].00', 'Invoice on activation'],
    ['Contract total (8 patients + start-up)', '', '', '', '', '[43712].96', 'CTA exhibit B'],
  ],
});

// ── 6. Sponsor invoice from the site, PDF text layer ──
const sponsorInvoice = lines({
  id: 's40-spinv',
  kind: 's40-sponsor-invoice-text',
  before: 'INVOICE — Lakeview University Hospital — Office of Clinical Research Finance',
  text: [
    'Invoice No. CR-[64712]          Invoice date: 04/02/2026          Terms: Net 45',
    'Bill to: Axonova Therapeutics, Inc., Attn: Clinical Payments, P.O. Box [64612], Boston, MA [02266]',
    'Protocol AXN-201-002 · Site 014 · PI: Dr. Helena Voss · Sponsor PO 4500177812',
    'Screen failure, subject 014-009 (screening visit, NCS, EMG) ........ $1,842.00',
    'Unscheduled NCS, subject 014-007, per amendment 3 ({95908}) ........ $368.64',
    'IRB continuing review fee ........ $1,500.00      Pharmacy annual maintenance ........ $1,200.00',
    'Total due: $4,910.64      Remit by ACH to account ending 4471; reference study account [77213]',
    'Questions: research.finance@lakeview.example · 2800 Plymouth Rd, Bldg 520, Ann Arbor, MI [48105]',
  ].join('\n'),
});

// ── 7. CTMS subject calendar (billing calendar view), table ──
const ctmsCal = table({
  id: 's40-ctmscal',
  kind: 's40-ctms-subject-visit-calendar',
  caption: 'Subject Calendar — 014-007 (MRN [70443]) — AXN-201-002 — Arm B — calendar version 3',
  headers: ['Seq', 'Visit', 'Target date', 'Window', 'Procedures (billing calendar)', 'Coverage', 'Status'],
  rows: [
    ['1', 'Screening', '01/20/2026', '−28 d', '{99204} · NCS/EMG pair · urine hCG', 'R · S · S', 'Done'],
    ['2', 'Day 0 — surgery', '02/11/2026', '—', '{64712} · {64445} · anesthesia', 'R (Q1)', 'Done'],
    ['3', 'Week 2', '02/25/2026', '±3 d', 'Post-op check (in global)', 'N/A', 'Done'],
    ['4', 'Week 6', '03/25/2026', '±7 d', '{99213} · NCS {95908} · EMG {95885}', 'S', 'Done'],
    ['5', 'Month 3', '05/11/2026', '±14 d', 'Office visit · MRI pelvis', 'R', 'Scheduled'],
    ['6', 'Month 6 (phone)', '08/11/2026', '±14 d', 'AE check only — no charge', '—', 'Projected'],
  ],
});

// ── 8. CTMS visit detail for a chemodenervation trial, key-value panel ──
const ctmsVisit = table({
  id: 's40-ctmsvisit',
  kind: 's40-ctms-visit-procedure-panel',
  caption: 'Visit Detail — BTX-HFS-301 — Subject 022-015 — Injection cycle 2 (Week 12)',
  headers: ['Field', 'Value'],
  rows: [
    ['Protocol', 'BTX-HFS-301 — NCT06611823 — hemifacial spasm, botulinum toxin dose comparison'],
    ['Visit date', '03/09/2026 (window 03/02–03/16)'],
    ['Procedure 1', 'Chemodenervation, facial nerve muscles, unilateral — {64612}'],
    ['Procedure 2', 'Needle EMG guidance for chemodenervation — {95874}'],
    ['Investigational product', 'Kit no. [52211] (blinded), dispensed by research pharmacy'],
    ['Coverage', 'Procedure 1 routine (Q1); procedure 2 sponsor — protocol requires EMG guidance, SOC does not'],
    ['Drug line', 'J0585 not billed — sponsor-supplied (Q0, $0)'],
    ['Location', 'Neurology Clinic 4B, 1500 E Medical Center Dr, Ann Arbor, MI [48109]'],
    ['Coordinator', 'T. Abernathy, pager [31864]'],
  ],
});

// ── 9. IRB application, section on costs to subjects, text ──
const irbApp = lines({
  id: 's40-irbapp',
  kind: 's40-irb-application-cost-section-text',
  before: 'eResearch IRB Application — Section 14: Costs, Billing and Payments',
  text: [
    'Study 2025-[10733] (AXN-201-002) — PI: Helena Voss, MD — submission type: amendment 3',
    '14.1 Will any study procedures be billed to subjects or their insurers?  Yes (see coverage analysis v3).',
    '14.2 Standard-of-care procedures billed to insurance: open neurolysis of the sciatic nerve ({64712});',
    '      popliteal sciatic nerve block for post-operative pain ({64445}); pre-operative visit.',
    '14.3 Research-only procedures paid by the sponsor: nerve conduction studies ({95908}) and needle EMG ({95885})',
    '      at Week 6 and Month 3; urine pregnancy test at screening.',
    '14.4 Payments to subjects: $75 per completed visit, up to $375; ClinCard program number [60204].',
    '14.5 Injury: sponsor pays reasonable costs of treating study-related injury (CTA §11); billing contact ext. [47120].',
  ].join('\n'),
});

// ── 10. Protocol schedule of activities with the site's CPT annotations, PDF text layer ──
const soa = lines({
  id: 's40-soa',
  kind: 's40-protocol-schedule-of-activities-text',
  before:
    'Protocol AXN-201-002 Amendment 3 — Table 2. Schedule of Activities (site copy, annotated by research billing)',
  text: [
    'Procedure                                   Scr   D0   W2   W6   M3   M6',
    'Informed consent / eligibility                X',
    'Nerve conduction ({95907}–{95913}) + needle EMG      X          X    X',
    'Open neurolysis ({64712}) or lumbar plexus decompression ({64714})    X',
    'Regional block per anesthesia SOC ({64445} or femoral)    X',
    'AXN-201 wrap (Arm B only)                          X',
    'Adverse events                                X    X    X    X    X    X',
    'Central lab kit order code [40114]; sample shipping to Q2 Solutions, Valencia, CA [91355]',
  ].join('\n'),
});

// ── 11. Informed consent, "What will it cost me?" section, text ──
const consentCost = lines({
  id: 's40-consent',
  kind: 's40-informed-consent-costs-text',
  before: 'Consent to Be Part of a Research Study — AXN-201-002 — Section 9: Costs and Payments',
  text: [
    'Your insurance will be billed for care you would receive even if you were not in this study, such as the',
    'nerve surgery and the nerve block for pain afterwards. You are responsible for usual copays and deductibles.',
    'Study-only tests (the nerve tests at Week 6 and Month 3) are paid by Axonova. You will not be billed for them.',
    'Billing appendix (staff use): SOC {64712}, {64445}; sponsor {95908}, {95885}. Cost center [40514].',
    'Questions about a bill: Research Billing, (734) 555-0148, 2800 Plymouth Rd, Ann Arbor, MI [48105].',
    'Consent version 4.0 — IRB 2025-[10733] — approved 12/02/2025 — participant MRN [70443]',
  ].join('\n'),
});

// ── 12. Research billing hold worklist (EHR work queue), table ──
const holdWq = table({
  id: 's40-holdwq',
  kind: 's40-research-billing-hold-worklist',
  caption: 'WQ 3301 — Research Billing Review — 5 accounts — sorted by age',
  headers: ['Hold date', 'Account', 'Patient', 'Study', 'CPT', 'Hold reason', 'Age (d)', 'Owner'],
  rows: [
    [
      '02/12/2026',
      '[81337]',
      'Price, D.',
      'AXN-201-002',
      '{64712}',
      'Linked study — confirm Q1 and D4',
      '41',
      'Ostrowski',
    ],
    ['03/10/2026', '[81402]', 'Lindgren, M.', 'BTX-HFS-301', '{64612}', 'Routine per CA; add Q1', '15', 'Ostrowski'],
    [
      '03/10/2026',
      '[81402]',
      'Lindgren, M.',
      'BTX-HFS-301',
      '{95874}',
      'Sponsor-paid — move to study acct',
      '15',
      'Ostrowski',
    ],
    [
      '03/16/2026',
      '[81455]',
      'Osei, R.',
      'CARDIO-RPM-22',
      '{93000}',
      'ECG at enrollment — check calendar',
      '9',
      'Baptiste',
    ],
    [
      '03/18/2026',
      '[81470]',
      'Hollis, J.',
      'AXN-201-002',
      '{36415}',
      'Venipuncture on research-only visit',
      '7',
      'Baptiste',
    ],
    ['03/18/2026', '[81470]', 'Hollis, J.', 'AXN-201-002', '{80053}', 'CMP — SOC? CA silent', '7', 'Baptiste'],
    [
      '03/20/2026',
      '[81499]',
      'Nguyen, T.',
      'none (linked in error)',
      '{64445}',
      'Unlink; release to payer',
      '5',
      'Baptiste',
    ],
  ],
});

// ── 13. Sponsor payment reconciliation, table ──
const recon = table({
  id: 's40-recon',
  kind: 's40-sponsor-payment-reconciliation',
  caption: 'Sponsor Payments — AXN-201-002 — reconciliation to CTMS invoiceables — Q1 2026',
  headers: ['Payment ID', 'Received', 'Subject', 'Visit / item', 'Invoice', 'Expected', 'Paid', 'Variance'],
  rows: [
    ['PMT-[55082]', '04/15/2026', '014-007', 'Week 6 (visit, NCS, EMG)', 'CR-[64697]', '783.36', '783.36', '0.00'],
    [
      'PMT-[55082]',
      '04/15/2026',
      '014-009',
      'Screen failure',
      'CR-[64712]',
      '1,842.00',
      '1,657.80',
      '−184.20 (10% holdback)',
    ],
    ['PMT-[55107]', '04/29/2026', '014-011', 'Screening (NCS, EMG)', 'CR-[64683]', '532.48', '532.48', '0.00'],
    ['PMT-[55107]', '04/29/2026', '—', 'Start-up fee', 'CR-[64681]', '[15000].00', '[15000].00', '0.00'],
    [
      'PMT-[55131]',
      '05/06/2026',
      '014-007',
      'Unscheduled NCS ({95908})',
      'CR-[64712]',
      '368.64',
      '0.00',
      'Disputed — not in CTA',
    ],
  ],
});

// ── 14. Release-of-information request log, table ──
const roiLog = table({
  id: 's40-roilog',
  kind: 's40-roi-request-log',
  caption: 'Release of Information — Request Log — HIM Department — March 2026',
  headers: ['Request #', 'Received', 'Requester', 'Type', 'Records requested', 'Pages', 'Due', 'Status'],
  rows: [
    [
      'ROI-[40871]',
      '03/02/2026',
      'Keller & Ames LLP',
      'Attorney (HIPAA auth)',
      'Op note + itemized bill, DOS 02/11/26 ({64712})',
      '38',
      '04/01/2026',
      'Released',
    ],
    [
      'ROI-[40872]',
      '03/02/2026',
      'Disability Determination Svcs',
      'SSA/DDS',
      'All records 2025–2026',
      '212',
      '03/16/2026',
      'Released',
    ],
    [
      'ROI-[40875]',
      '03/04/2026',
      'Liberty Mutual, claim [60133]',
      'Workers comp',
      'Billing for nerve block {64445} only',
      '6',
      '04/03/2026',
      'Pending auth',
    ],
    [
      'ROI-[40880]',
      '03/06/2026',
      'Patient (self)',
      'Right of access',
      'Billing statement, mail to ZIP [48180]',
      '4',
      '04/05/2026',
      'Released',
    ],
    [
      'ROI-[40883]',
      '03/09/2026',
      'Washtenaw County Circuit Court',
      'Subpoena',
      'Custodian cert. + billing',
      '41',
      '04/20/2026',
      'Legal review',
    ],
    [
      'ROI-[40886]',
      '03/11/2026',
      'Blue Care Network',
      'Payer audit',
      'Records for {64612}, {95874} claims',
      '17',
      '04/10/2026',
      'In process',
    ],
  ],
});

// ── 15. Subpoena duces tecum served on the hospital, PDF text layer ──
const subpoena = lines({
  id: 's40-subpoena',
  kind: 's40-subpoena-duces-tecum-text',
  before: 'STATE OF MICHIGAN — 22ND JUDICIAL CIRCUIT — WASHTENAW COUNTY — SUBPOENA: Order to Appear and/or Produce',
  text: [
    'Case No. 25-[00417]-NI        Price v. Hollow Creek Logistics, LLC',
    'TO: Custodian of Records, Lakeview University Hospital, 1500 E Medical Center Dr, Ann Arbor, MI [48109]',
    'YOU ARE COMMANDED to produce: all itemized billing statements, UB-04 and CMS-1500 claim forms and payment ledgers',
    'for services to Darnell Price (DOB 04/09/1971), including but not limited to CPT {64712} and {64445} on 02/11/2026,',
    'and any charges for nerve conduction testing ({95907}–{95913}) or needle EMG from 01/01/2025 to present.',
    'Production by 04/20/2026, 9:00 a.m., at Keller & Ames LLP, 211 W Fort St, Suite 1500, Detroit, MI [48226].',
    'Issued by: Renata Keller (P[71205]), attorney for plaintiff, (313) 555-0177. Court address: 101 E Huron St, Ann Arbor [48104].',
  ].join('\n'),
});

// ── 16. Attorney's records-request letter, text ──
const attyLetter = lines({
  id: 's40-attyletter',
  kind: 's40-attorney-records-request-letter-text',
  before: 'KELLER & AMES LLP — Attorneys at Law — 211 W Fort St, Suite 1500, Detroit, Michigan',
  text: [
    'Re: Our client: Darnell Price   Date of loss: 09/14/2025   Insurer claim no. [30016]-PI   Our file [88264]',
    'Dear Custodian of Records: please provide a complete itemized statement of charges showing, for each service,',
    'the CPT code, date of service, amount billed, contractual adjustments and payments received.',
    'In particular we need the charges for the sciatic nerve surgery on 02/11/2026 (we understand it was billed as',
    '{64712}) and for the related anesthesia and nerve block ({01250}, {64445}), and the November injection ({64445}).',
    'Enclosed: HIPAA-compliant authorization signed 02/27/2026 and check no. [10482] for the $25.00 prepayment.',
    'Please send records to the address above, ZIP [48226], or by secure link to records@kellerames.example.',
  ].join('\n'),
});

// ── 17. ROI fee invoice from the release vendor, table ──
const roiInvoice = table({
  id: 's40-roiinv',
  kind: 's40-roi-fee-invoice',
  caption: 'INVOICE — ReleasePoint Health Information Services — Invoice # INV-[20617] — Request ROI-[40871]',
  headers: ['Description', 'Qty', 'Rate', 'Amount'],
  rows: [
    ['Search and retrieval fee', '1', '$24.85', '$24.85'],
    ['Paper copies, pages 1–20', '20', '$1.37', '$27.40'],
    ['Paper copies, pages 21–38', '18', '$0.69', '$12.42'],
    ['Itemized billing statement (lines {64712}, {01250}, {64445})', '1', '$0.00', '$0.00'],
    ['Certification of records', '1', '$10.00', '$10.00'],
    ['Postage (USPS Priority) to ZIP [48226]', '1', '$11.40', '$11.40'],
    ['Requester account', 'KA-[64714]', '', ''],
    ['Remit to', 'ReleasePoint HIS, P.O. Box [74612], Dallas, TX [75284]', '', 'Total $86.07'],
  ],
});

// ── 18. Deposition exhibit: summary of medical expenses with Bates numbers, table ──
const depoExhibit = table({
  id: 's40-depoex',
  kind: 's40-deposition-exhibit-billed-services',
  caption:
    "Plaintiff's Exhibit 14 — Summary of Medical Expenses — Price v. Hollow Creek Logistics — Case No. 25-[00417]-NI",
  headers: ['Bates', 'DOS', 'Provider', 'CPT', 'Description', 'Billed', 'Paid / adjusted'],
  rows: [
    [
      'LUH [00412]',
      '09/14/2025',
      'Lakeview Emergency Dept',
      '{99284}',
      'ED visit, moderate MDM',
      '$1,918.00',
      '$612.40',
    ],
    [
      'LUH [00419]',
      '09/14/2025',
      'Lakeview Radiology',
      '{72131}',
      'CT lumbar spine w/o contrast',
      '$1,460.00',
      '$298.15',
    ],
    [
      'MSP [01133]',
      '11/03/2025',
      'Michigan Spine & Pain',
      '{64445}',
      'Sciatic nerve block (diagnostic)',
      '$1,150.00',
      '$236.20',
    ],
    [
      'MSP [01134]',
      '11/03/2025',
      'Michigan Spine & Pain',
      '{76942}',
      'Ultrasound guidance for needle',
      '$420.00',
      '$61.85',
    ],
    [
      'LUH [00566]',
      '02/11/2026',
      'Lakeview OR (facility)',
      '{64712}',
      'Open neurolysis, sciatic nerve',
      '$6,412.00',
      'study — see Ex. 15',
    ],
    [
      'LUH [00571]',
      '02/11/2026',
      'Lakeview Anesthesia Assoc.',
      '{01250}',
      'Anesthesia, upper leg nerves',
      '$2,140.00',
      '$524.90',
    ],
    [
      'DEF [64445]',
      '03/02/2026',
      'TheraVantage PT (from insurer claim file)',
      '{97110}',
      'Therapeutic exercise x 3',
      '$285.00',
      '$92.16',
    ],
    ['', '', '', '', 'Total billed to date', '$13,785.00', ''],
  ],
});

// ── 19. Deposition transcript, billing manager reads the exhibit, text layer ──
const depoTranscript = lines({
  id: 's40-depotr',
  kind: 's40-deposition-transcript-billing-qa-text',
  before: 'Deposition of Carla Benning (Billing Manager), March 30, 2026 — Page 63',
  text: [
    '14   Q. Ms. Benning, look at the line with Bates number LUH [00566]. What does the code {64712} mean?',
    '15   A. That is the CPT code for open neurolysis of the sciatic nerve — freeing the nerve from scar tissue.',
    '16   Q. And {64445} on the November line from Michigan Spine?',
    '17   A. A single-shot sciatic nerve block. I am told that one was diagnostic.',
    '18   Q. Is a $6,412 charge for {64712} usual for the Ann Arbor area, ZIP code [48109]?',
    '19   A. It is our chargemaster price, CDM item [36012]. I would have to check what Medicare allows.',
    '20   Q. Was anything billed under {95885} or {95908} for this patient in March?',
    '21   A. Those were research tests; they went to the study account, [77213], not to the patient.',
  ].join('\n'),
});

// ── 20. Lien / letter-of-protection itemized statement, table ──
const lienStmt = table({
  id: 's40-lien',
  kind: 's40-lien-itemized-statement',
  caption: 'Itemized Statement — Letter of Protection — Michigan Spine & Pain, PLLC — Account [30566] — Price, Darnell',
  headers: ['Date', 'Ref #', 'Code', 'Description', 'Units', 'Charges', 'Payments', 'Balance'],
  rows: [
    ['10/20/2025', '[20931]', '{99204}', 'New patient visit, moderate', '1', '$395.00', '$0.00', '$395.00'],
    [
      '11/03/2025',
      '[21383]',
      '{64445}',
      'Injection, anesthetic/steroid, sciatic nerve',
      '1',
      '$1,150.00',
      '$0.00',
      '$1,545.00',
    ],
    ['11/03/2025', '[21384]', '{76942}', 'US guidance, needle placement', '1', '$420.00', '$0.00', '$1,965.00'],
    ['12/01/2025', '[22094]', '{95886}', 'Needle EMG, complete, with NCS', '1', '$640.00', '$0.00', '$2,605.00'],
    ['12/01/2025', '[22095]', '{95910}', 'NCS, 7–8 studies', '1', '$1,080.00', '$0.00', '$3,685.00'],
    ['01/05/2026', '[22983]', '{99214}', 'Established visit, surgical referral', '1', '$260.00', '$0.00', '$3,945.00'],
    ['', '', 'Lien', 'Filed 01/09/2026, Keller & Ames file [88264]', '', '', '', '$3,945.00'],
  ],
});

// ── 21. Custodian of records certification (business records affidavit), text ──
const custodianCert = lines({
  id: 's40-custcert',
  kind: 's40-records-custodian-certification-text',
  before: 'CERTIFICATION OF BUSINESS RECORDS (MRE 902(11)) — Michigan Spine & Pain, PLLC',
  text: [
    'I, Joanne Whitfield, am the custodian of records of Michigan Spine & Pain, PLLC, 3100 Cross St, Ypsilanti, MI [48197].',
    'Attached are 41 pages, Bates numbered MSP [01101] through MSP [01141], made at or near the time of the acts recorded.',
    'The billing records reflect charges under CPT {99204}, {64445} and {76942}, electrodiagnostic testing and office visits, 10/20/2025 to 01/05/2026.',
    'No records exist for CPT {64712} or {64714}; those procedures were not performed at this practice.',
    'ROI tracking no. [52617]. Subscribed and sworn 03/19/2026, notary commission expires 07/31/2029.',
  ].join('\n'),
});

// ── 22. Telehealth virtual waiting room (provider queue), table ──
const vQueue = table({
  id: 's40-vqueue',
  kind: 's40-telehealth-virtual-waiting-room-queue',
  caption: 'Virtual Waiting Room — Dr. Sofia Varga — Neurology / Neuromuscular — Tue 03/24/2026',
  headers: ['Pos.', 'Patient', 'MRN', 'Appt', 'Visit reason', 'Planned code', 'Mod / POS', 'Waiting', 'Room'],
  rows: [
    [
      '1',
      'Brennan, A.',
      '[70388]',
      '09:00',
      'Video f/u, foot drop after {64712}',
      '{99213}',
      '95 / 10',
      '4 min',
      'VR-[31868]',
    ],
    [
      '2',
      'Osei, R.',
      '[70412]',
      '09:15',
      'Audio only — camera not working',
      '{98013}',
      '93 / 10',
      '11 min',
      'VR-[31870]',
    ],
    [
      '3',
      'Lindgren, M.',
      '[70427]',
      '09:20',
      'New pt, hemifacial spasm (video)',
      '{99204}',
      '95 / 02',
      '—',
      'VR-[31872]',
    ],
    [
      '4',
      'Tanaka, H.',
      '[70466]',
      '09:40',
      'Toxin f/u ({64612} on 01/28)',
      '{99214}',
      '95 / 10',
      'not arrived',
      'VR-[31875]',
    ],
    ['5', 'Rahimi, L.', '[70480]', '10:00', 'Brief check-in, 6 min', '{98016}', '— / 10', 'not arrived', 'VR-[31876]'],
  ],
});

// ── 23. Patient-portal e-visit billing review, table ──
const eVisits = table({
  id: 's40-evisit',
  kind: 's40-portal-evisit-billing-review',
  caption: 'Online Digital E/M (e-visits) — patient-initiated portal threads — week of 03/16/2026',
  headers: ['Thread', 'MRN', 'Opened', 'Patient-initiated', 'Cumulative min (7 days)', 'Code', 'Billed by', 'Status'],
  rows: [
    ['MSG-[48803]', '[70451]', '03/16', 'Yes', '8', '{99421}', 'Varga, S. MD', 'Ready'],
    ['MSG-[48809]', '[70520]', '03/16', 'Yes', '14', '{99422}', 'Varga, S. MD', 'Ready'],
    ['MSG-[48820]', '[70388]', '03/17', 'Yes', '24', '{99423}', 'Varga, S. MD', 'Ready'],
    ['MSG-[48825]', '[70502]', '03/18', 'Yes', '12', '{98971}', 'Ahn, J. PT', 'Ready'],
    ['MSG-[48830]', '[70443]', '03/18', 'No (clinic outreach)', '—', '—', '—', 'Not billable'],
    [
      'MSG-[48834]',
      '[70466]',
      '03/19',
      'Yes — re: visit 03/12',
      '9',
      '{99421}',
      'Varga, S. MD',
      'Hold: E/M within 7 days',
    ],
  ],
});

// ── 24. RPM billing dashboard, table ──
const rpmDash = table({
  id: 's40-rpmdash',
  kind: 's40-rpm-monthly-billing-dashboard',
  caption: 'Remote Patient Monitoring — March 2026 — billable this period — program HTN-RPM',
  headers: ['Patient', 'Device', 'Device ID', 'Days w/ data', 'Mgmt min', 'Codes due', 'Home ZIP'],
  rows: [
    ['Halvorsen, E.', 'BP cuff (cellular)', '[64632]', '22', '31', '{99454}, {99457}', '[48103]'],
    ['Price, D.', 'BP cuff (cellular)', '[64749]', '12', '14', '{99445}, {99470}', '[48180]'],
    ['Mbeki, S.', 'Scale + BP cuff', '[64733]', '28', '46', '{99454}, {99457}, {99458}', '[48116]'],
    ['Orr, K.', 'Pulse oximeter', '[64793]', '9', '0', '{99445} only', '[49946]'],
    ['Vance, P.', 'BP cuff (new)', '[64807]', '1', '8', '{99453} pending — under 2 days of data', '[48158]'],
  ],
});

// ── 25. RPM monthly review note with device readings, EHR text ──
const rpmNote = lines({
  id: 's40-rpmnote',
  kind: 's40-rpm-device-readings-review-text',
  before: 'RPM Monthly Review — Mbeki, S. — 03/01/2026–03/30/2026 — Omron cellular cuff + scale',
  text: [
    'BP: 28 of 30 days transmitted; mean 138/84; 3 readings >160/100 (03/06, 03/14, 03/21) → alerts sent.',
    'Weight: 201.4 → 198.6 lb. Wearable steps: daily mean 4,812; best day [10267] steps (03/14).',
    'Interactive communication: 03/09 video 12 min, 03/18 phone 11 min, 03/27 video 23 min = 46 min total.',
    'Codes this period: {99454} (≥16 days), {99457} first 20 min, {99458} x1 (next 20 min); {99453} billed 02/2026.',
    'Device IDs [64733] (cuff) and [64734] (scale); next supply review 04/30. Enrollment order RPM-[27087].',
    'Reviewed by J. Ahn, RN under general supervision; billing practitioner Dr. S. Varga.',
  ].join('\n'),
});

// ── 26. RPM enrollment order, key-value panel ──
const rpmOrder = table({
  id: 's40-rpmorder',
  kind: 's40-rpm-enrollment-order-panel',
  caption: 'Order — Remote Physiologic Monitoring Enrollment — RPM-[27087]',
  headers: ['Field', 'Value'],
  rows: [
    ['Patient', 'Mbeki, Samuel — MRN [70520]'],
    ['Indication', 'I10 uncontrolled hypertension; post-op pain regimen with NSAID limits'],
    ['Setup and education', '{99453} (once per episode)'],
    ['Device supply', '{99454} (16–30 days) or {99445} (2–15 days)'],
    ['Treatment management', '{99457} first 20 min, {99458} each additional 20 min'],
    ['Employer group', 'UAW Retiree Medical Benefits Trust, group [10490]'],
    ['Ship device to', '4412 Packard St, Ann Arbor, MI [48108]'],
    ['Device kit SKU', 'OMR-[30510] cellular cuff, large adult'],
    ['Vendor account', 'Tenovi [86212]'],
    ['Consent', 'Verbal, documented 02/02/2026; one practitioner bills RPM for the month'],
  ],
});

// ── 27. Remote therapeutic monitoring (PT app) billing, table ──
const rtm = table({
  id: 's40-rtm',
  kind: 's40-rtm-therapy-app-billing-rows',
  caption: 'RTM — musculoskeletal home program app — TheraVantage PT — March 2026',
  headers: ['Patient', 'App pt ID', 'Surgery / dx', 'App days', 'RTM codes', 'Mgmt min', 'Claim'],
  rows: [
    ['Price, D.', '[20514]', 's/p {64712} 02/11/2026', '18', '{98977} · {98980}', '24', 'CLM-[60127]'],
    ['Hollis, J.', '[20522]', 's/p {64714} 01/21/2026', '21', '{98980} · {98981}', '43', 'CLM-[60129]'],
    ['Okafor, G.', '[20547]', 'L knee TKA 02/02', '11', '{98980} only (device days < 16)', '22', 'CLM-[60131]'],
    ['Ruiz, A.', '[20561]', 'plantar neuroma, {64632} x2', '16', '{98977}', '12', 'CLM-[60135]'],
  ],
});

// ── 28. Telehealth consent form, text ──
const thConsent = lines({
  id: 's40-thconsent',
  kind: 's40-telehealth-consent-form-text',
  before: 'Consent to Telehealth Services — Lakeview Virtual Care',
  text: [
    'Form VC-[10022] rev. 08/2025 — read to the patient or signed in the portal before the first virtual visit',
    'I understand my visit will take place by live video or, if video fails, by telephone (audio only).',
    'My insurance will be billed as for an in-person visit; the usual copay may apply. Place of service will be',
    'recorded as my home (10) or another location (02). Remote monitoring ({99453}, {99454}, {99457}) and online',
    'portal messages may be billed separately, with their own cost sharing.',
    'My location during today’s visit: 618 Brooks St, Ann Arbor, MI [48103] (must be in a state where my clinician is licensed).',
    'Patient: Halvorsen, Erik   MRN [70451]   Signature on file 03/03/2026   Witness: kiosk ID [20871]',
  ].join('\n'),
});

// ── 29. Revenue integrity memo: telehealth place of service and modifiers, text ──
const posMemo = lines({
  id: 's40-posmemo',
  kind: 's40-telehealth-pos-modifier-memo-text',
  before: 'Revenue Integrity Bulletin 2026-04 — Telehealth place of service, modifiers and global periods',
  text: [
    'Medicare: POS 10 when the patient is at home, POS 02 otherwise; append 95 to office E/M codes for video.',
    'Audio-only: modifier 93. Medicare does not pay {98000}–{98015}; it does pay the brief check-in {98016}.',
    'Visits inside a 90-day global (for example after {64712} or {64714}) are reported as {99024} — video or not.',
    'Originating site fee Q3014 only when the patient is in our clinic; rural check by ZIP, e.g. [49946] qualifies, [48109] does not.',
    'Questions: Revenue Integrity, ext. [61438], or the telehealth billing group at 2800 Plymouth Rd, [48105].',
  ].join('\n'),
});

// ── 30. Telehealth claim lines, clearinghouse screen, table ──
const thClaims = table({
  id: 's40-thclaims',
  kind: 's40-telehealth-claim-line-grid',
  caption: 'Claim batch TH-2026-[03245] — Lakeview Virtual Care — submitted 03/27/2026',
  headers: ['Claim', 'DOS', 'CPT/HCPCS', 'Mod', 'POS', 'Dx', 'Units', 'Charge'],
  rows: [
    ['[70012]', '03/24/2026', '{99213}', '95', '10', 'M21.372', '1', '$245.00'],
    ['[70013]', '03/24/2026', '{98013}', '93', '10', 'G51.3', '1', '$160.00'],
    ['[70014]', '03/24/2026', '{99204}', '95', '02', 'G51.3', '1', '$395.00'],
    ['[70015]', '03/24/2026', '{99024}', '', '10', 'G57.02', '1', '$0.00'],
    ['[70016]', '03/31/2026', '{99454}', '', '11', 'I10', '1', '$62.00'],
    ['[70016]', '03/31/2026', '{99457}', '', '11', 'I10', '1', '$55.00'],
    ['[70017]', '03/24/2026', 'G2012', '', '10', 'G51.3', '1', '$18.00'],
  ],
});

// ── 31. Tele-neurology consult from a rural originating site, key-value panel ──
const teleNeuro = table({
  id: 's40-teleneuro',
  kind: 's40-teleneurology-originating-site-encounter',
  caption: 'Telehealth Encounter — Tele-neurology consult — Encounter [55831]',
  headers: ['Field', 'Value'],
  rows: [
    ['Originating site', 'Aspirus Keweenaw Hospital, 205 Osceola St, Laurium, MI [49913] (CAH)'],
    ['Distant site', 'Lakeview University Hospital Neurology, Ann Arbor, MI [48109]'],
    ['Patient home ZIP', '[49930] (Hancock)'],
    [
      'Consult service',
      'Telehealth inpatient consult — G0425 for Medicare; {99253} with modifier 95, POS 02 for commercial',
    ],
    ['Facility fee', 'Q3014 billed by originating site'],
    ['Question', 'Foot drop 5 months after sciatic neurolysis {64712}; re-entrapment vs. axonal loss?'],
    ['Recommendation', 'Outpatient NCS {95910} and needle EMG {95886} at Marquette; no repeat surgery now'],
    ['Connection', 'Video, 34 min; cart room TN-[20425]'],
  ],
});

// ── 32. Audio-only and brief check-in log (clinic phone nurse), table ──
const audioLog = table({
  id: 's40-audiolog',
  kind: 's40-audio-only-visit-log',
  caption: 'Audio-only encounters — Neuromuscular Clinic — 03/23–03/27/2026 — call center queue [31402]',
  headers: ['Call ID', 'Patient', 'MRN', 'Callback no.', 'Minutes', 'Provider', 'Code', 'Note'],
  rows: [
    [
      '[88120]',
      'Osei, R.',
      '[70412]',
      '(734) 555-0161',
      '14',
      'Varga, S. MD',
      '{98013}',
      'Video failed; patient consent to audio',
    ],
    [
      '[88128]',
      'Brennan, A.',
      '[70388]',
      '(734) 555-0122',
      '6',
      'Varga, S. MD',
      '{98016}',
      'AFO rubbing — no visit needed',
    ],
    [
      '[88131]',
      'Tanaka, H.',
      '[70466]',
      '(517) 555-0190',
      '22',
      'Varga, S. MD',
      '{98014}',
      'Ptosis after {64612}; reviewed dose',
    ],
    ['[88140]', 'Hollis, J.', '[70533]', '(734) 555-0105', '9', 'Ahn, J. PT', '{98966}', 'HEP question after {64714}'],
    ['[88144]', 'Nguyen, T.', '[70549]', '(313) 555-0138', '4', 'front desk', '—', 'Rescheduled; not billable'],
  ],
});

// ── 33. CTMS invoiceable-items ledger, table ──
const invoiceables = table({
  id: 's40-invitems',
  kind: 's40-ctms-invoiceable-items-ledger',
  caption: 'Invoiceable Items — BTX-HFS-301 — Site 022 — generated from calendar and CTA',
  headers: ['Item', 'Trigger', 'Subject', 'Date', 'Amount', 'Invoice', 'Status'],
  rows: [
    ['Start-up fee', 'Site activation', '—', '11/04/2025', '[12500].00', 'CR-[64671]', 'Paid'],
    ['EMG guidance ({95874}), cycle 1', 'Visit completed', '022-015', '12/08/2025', '212.00', 'CR-[64678]', 'Paid'],
    ['EMG guidance ({95874}), cycle 2', 'Visit completed', '022-015', '03/09/2026', '212.00', '—', 'Invoiceable'],
    ['Screen failure (visit + EMG)', 'Screen fail', '022-018', '02/17/2026', '884.00', '—', 'Invoiceable'],
    ['Unscheduled visit, adverse event', 'AE follow-up', '022-015', '03/20/2026', '196.00', '—', 'Needs CRA approval'],
    ['Archiving fee (close-out)', 'Study closure', '—', '—', '1,500.00', '—', 'Not yet'],
  ],
});

// ── 34. HIPAA accounting of disclosures for one patient, table ──
const disclosures = table({
  id: 's40-disclose',
  kind: 's40-roi-accounting-of-disclosures',
  caption: 'Accounting of Disclosures — Price, Darnell — MRN 70443 — 03/01/2025 to 03/31/2026 (45 CFR 164.528)',
  headers: ['Disclosure date', 'Recipient', 'Recipient address', 'Purpose', 'Request #', 'Information disclosed'],
  rows: [
    [
      '09/22/2025',
      'Michigan Dept. of Health & Human Services',
      'P.O. Box [30195], Lansing, MI [48909]',
      'Public health (injury reporting)',
      'ROI-[39108]',
      'ED record 09/14/2025',
    ],
    [
      '12/04/2025',
      'Washtenaw County Sheriff',
      '2201 Hogback Rd, Ann Arbor, MI [48105]',
      'Law enforcement (court order)',
      'ROI-[39871]',
      'ED record, toxicology',
    ],
    [
      '03/09/2026',
      'Axonova Therapeutics (monitor)',
      'P.O. Box [64612], Boston, MA [02266]',
      'Research — per authorization',
      'ROI-[40881]',
      'Source documents, Day 0 op note ({64712})',
    ],
    [
      '03/20/2026',
      'Washtenaw County Circuit Court',
      '101 E Huron St, Ann Arbor, MI [48104]',
      'Judicial proceeding (subpoena)',
      'ROI-[40883]',
      'Certified billing, 41 pages',
    ],
  ],
});

// ── 35. Telehealth patient-location and licensure check, table ──
const locationCheck = table({
  id: 's40-location',
  kind: 's40-telehealth-patient-location-check',
  caption: 'Pre-visit location check — Lakeview Virtual Care — clinician licensure MI, OH, WI (IMLC) — 03/24/2026',
  headers: [
    'Patient',
    'Stated location',
    'State',
    'ZIP',
    'County FIPS',
    'Rural (HPSA)',
    'Clinician licensed',
    'Proceed',
  ],
  rows: [
    ['Brennan, A.', 'Home', 'MI', '[48116]', '[26093]', 'No', 'Yes', 'Video, POS 10'],
    ['Osei, R.', 'Daughter’s home', 'OH', '[43615]', '[39095]', 'No', 'Yes', 'POS 10'],
    ['Lindgren, M.', 'Work (parked car)', 'MI', '[48824]', '[26065]', 'No', 'Yes', 'POS 02'],
    ['Tanaka, H.', 'Cabin, Upper Peninsula', 'MI', '[49946]', '[26013]', 'Yes', 'Yes', 'POS 10'],
    ['Rahimi, L.', 'Vacation rental', 'FL', '[33146]', '[12086]', 'No', 'No', 'Reschedule — not licensed in FL'],
  ],
});

// ── 36. Subject stipend (reloadable card) payment ledger, table ──
const stipends = table({
  id: 's40-stipend',
  kind: 's40-subject-stipend-card-ledger',
  caption: 'Participant Payments — AXN-201-002 — reloadable card program — cost center 40514',
  headers: ['Subject', 'Visit', 'Paid on', 'Amount', 'Card ID', 'Batch', 'W-9 on file'],
  rows: [
    ['014-007', 'Screening', '01/20/2026', '$75.00', '[33614]', 'PB-[41207]', 'Yes'],
    ['014-007', 'Day 0', '02/11/2026', '$75.00', '[33614]', 'PB-[41388]', 'Yes'],
    ['014-007', 'Week 6', '03/25/2026', '$75.00', '[33614]', 'PB-[41562]', 'Yes'],
    ['014-009', 'Screening (screen fail)', '01/27/2026', '$75.00', '[33652]', 'PB-[41195]', 'No'],
    ['014-011', 'Screening', '03/30/2026', '$75.00', '[33689]', 'PB-[41590]', 'Yes'],
  ],
});

export const sealed40: Snippet[] = [
  ...caGrid,
  ...caMemo,
  ...chargeReview,
  ...trialUb,
  ...budget,
  ...sponsorInvoice,
  ...ctmsCal,
  ...ctmsVisit,
  ...irbApp,
  ...soa,
  ...consentCost,
  ...holdWq,
  ...recon,
  ...roiLog,
  ...subpoena,
  ...attyLetter,
  ...roiInvoice,
  ...depoExhibit,
  ...depoTranscript,
  ...lienStmt,
  ...custodianCert,
  ...vQueue,
  ...eVisits,
  ...rpmDash,
  ...rpmNote,
  ...rpmOrder,
  ...rtm,
  ...thConsent,
  ...posMemo,
  ...thClaims,
  ...teleNeuro,
  ...audioLog,
  ...invoiceables,
  ...disclosures,
  ...locationCheck,
  ...stipends,
];
