import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 22 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/context.ts), never read a score of an earlier sealed set, and never ran the detector on
 * these snippets. Its page shapes (`kind`, prefixed `s22-`) appear in no other corpus file. Score it once; do not edit
 * a snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. About a third of the decoys are numbers of the
 * synthetic 10,000-code set (KNOWN_10K) used as ZIPs, accounts, ids, counts and amounts.
 *
 * Family: workers' comp, auto no-fault, dental/medical cross-coding, anesthesia, price transparency (wide CSV),
 * No Surprises Act open negotiation, VA community care, accounting, TPE letters, OCR'd faxes, print-to-text,
 * mobile, ambient-scribe drafts and knowledge-base search results. Built on real public layouts: the CMS hospital
 * price-transparency wide CSV template (v2: `code|1`, `code|1|type`, `standard_charge|[payer]|[plan]|negotiated_dollar`),
 * the California OMFS physician fee schedule rows (code, modifier, RVU, conversion factor by section), the New York
 * NF-10 no-fault denial form fields, the CMS open-negotiation notice (No Surprises Act), the VA CCN referral/SEOC
 * layout, the Targeted Probe and Educate result letter, IAIABC 837 R3.1 medical bill data elements (DN numbers),
 * the ADA 2024 claim form box layout, the Texas DWC medical fee dispute findings-and-decision layout (28 TAC §133.307).
 * The others are written the way those pages read, with no single source.
 *
 * 348 labelled tokens over 22 shapes: 140 codes, 208 decoys, 70 of the decoys in KNOWN_10K.
 */

// ── 1. Hospital price-transparency MRF, wide CSV (CMS template v2), as shown in a text viewer ──
const mrfWide: Snippet[] = [
  {
    id: 's22-mrf-wide-1',
    kind: 's22-mrf-wide-csv-payer-columns',
    text: [
      'hospital_name,last_updated_on,version,hospital_location,hospital_address,license_number|OH,affirmation',
      '"Lakeshore Regional Medical Center",2026-07-01,2.0.0,"Lakeshore Regional","4100 Shore Dr, Sandusky, OH [44870]",[31615],true',
      'description,code|1,code|1|type,code|2,code|2|type,modifiers,setting,drug_unit_of_measurement,standard_charge|gross,standard_charge|discounted_cash,standard_charge|Buckeye Health|PPO|negotiated_dollar,standard_charge|Buckeye Health|PPO|methodology,standard_charge|min,standard_charge|max',
      '"NEUROPLASTY DIGITAL NERVE HAND",{64712},CPT,[36018],CDM,,outpatient,,4120.00,2884.00,2310.55,fee schedule,1904.00,2310.55',
      '"NEUROPLASTY ULNAR NERVE ELBOW",{64714},CPT,[36019],CDM,RT,outpatient,,3980.00,2786.00,2240.10,fee schedule,1850.25,2240.10',
      '"INJ ANES AGT SCIATIC NERVE SINGLE",{64445},CPT,[21024],CDM,,outpatient,,1267.50,887.40,702.00,case rate,702.00,1267.50',
      '"DESTR NEUROLYTIC PLANTAR DIGITAL NRV",{64632},CPT,0450,RC,,both,,5210.00,3647.00,3100.00,percent of total billed charges,2750.00,3100.00',
    ].join('\n'),
  },
];

// ── 2. California OMFS physician fee schedule, section rows (DWC download viewed as a table) ──
const omfs = table({
  id: 's22-omfs',
  kind: 's22-wc-ca-omfs-fee-rows',
  caption: 'DWC OMFS Physician Fee Schedule — effective 03/01/2026 — Surgery section (Nervous System)',
  headers: ['CPT', 'Mod', 'Non-Fac Total RVU', 'Fac Total RVU', 'Global', 'CF Section', 'Maximum Fee (Fac)'],
  rows: [
    ['{64712}', '', '13.02', '13.02', '090', 'Surgery', '$1,880.14'],
    ['{64714}', '', '12.11', '12.11', '090', 'Surgery', '$701.42'],
    ['{64612}', '', '4.67', '3.98', '010', 'Surgery', '$230.53'],
    ['{64445}', '26', '2.71', '1.48', '000', 'Surgery', '$85.72'],
  ],
});

// ── 3. Workers' comp bill review: explanation of review (EOR), printed ──
const wcEor: Snippet[] = lines({
  id: 's22-wc-eor',
  kind: 's22-wc-bill-review-eor-print',
  text: [
    'EXPLANATION OF REVIEW         Bill ID: [57149]-02      Claim #: WC-2026-[40285]',
    'Employer: Ridgeline Paving Co., Fresno CA [93706]      DOI: 02/11/2026',
    'Jurisdiction: CA   Fee Schedule: OMFS   Review Date: 04/03/2026',
    'Ln  DOS         Code    Mod  Units  Billed     Allowed    Reduction  Rsn',
    '1   03/02/2026  {64712}  RT   1      2,900.00   1,880.14   1,019.86   [18127] 45',
    '2   03/02/2026  {64612}       1      410.00     230.53     179.47     [18127]',
    '3   03/02/2026  J3490        1      55.00      0.00       55.00      P12',
    'Reason [18127]: Reimbursement per OMFS section maximum.',
    'Ln 2: {64612} allowed as separate procedure per NCCI edit; modifier 59 not required.',
    'Remit to payee TIN xx-xxx[21751]   Pay-to ZIP [93721]',
  ].join('\n'),
});

// ── 4. New York no-fault NF-10 denial of claim form (auto), as PDF text ──
const nf10: Snippet[] = [
  {
    id: 's22-nf10-1',
    kind: 's22-auto-ny-nf10-denial-form',
    text: [
      'NEW YORK MOTOR VEHICLE NO-FAULT INSURANCE LAW',
      'DENIAL OF CLAIM FORM',
      'INSURER: Empire Crest Mutual Insurance Co.   NAIC # [24482]',
      'POLICY NUMBER: NYA-[66969]-11   CLAIM NUMBER: [64612]-0937-AU',
      'APPLICANT FOR BENEFITS: M. Ortega   DATE OF ACCIDENT: 01/19/2026',
      'PROVIDER: Hudson Valley Pain & Nerve PC, 12 Main St, Kingston NY [12401]',
      '1. PERIOD OF DISABILITY / AMOUNT OF CLAIM: Services 03/04/2026, billed $3,140.00',
      '2. AMOUNT IN DISPUTE: $1,212.00',
      '3. DESCRIPTION OF SERVICES DENIED: CPT {64714} (neuroplasty, ulnar, at elbow) and {64445} single-shot sciatic block.',
      '   Fee schedule reduction applied to {64714} per NY WC Surgery Ground Rule 12; {64445} denied as not',
      '   causally related per IME of 02/27/2026 (Dr. Katz, IME # [30767]).',
      '4. The applicant may request arbitration; Arbitration Forum ref. AAA-17-[44712].',
      'Mail to: PO Box [10830], Albany NY [12212]',
    ].join('\n'),
  },
];

// ── 5. Dental claim with medical cross-coding (ADA 2024 form box text, CDT beside CPT) ──
const adaCross: Snippet[] = [
  {
    id: 's22-ada-1',
    kind: 's22-ada-dental-medical-crosscode',
    text: [
      'ADA American Dental Association Dental Claim Form',
      '3. Company/Plan Name: Delta Ridge Dental   Payer ID [94889]',
      '12. Policyholder ID: DRD-[76699]-401   15. Group #: [52029]',
      '24. Procedure Date 25. Area 27. Tooth 29. Procedure Code 29a. Diag. Pointer 31. Fee',
      '1  04/08/2026   10   --   D7140   A   185.00',
      '2  04/08/2026   --   --   D9223   A   260.00',
      '35. Remarks: Medical services billed separately to Buckeye Health on CMS-1500: {64612}-RT chemodenervation',
      'and {64445} block per op report; medical claim ICN [88584]-0041.',
      '49. NPI 1639204771   54. Provider Specialty Code 1223S0112X   56. ZIP [44105]',
      'Cross-walk note: CDT D7140 (extraction) has no CPT equivalent; neuroplasty {64712} not applicable to oral cavity.',
    ].join('\n'),
  },
];

// ── 6. Anesthesia billing: base units, time units, ASA physical status next to the surgical CPT ──
const anesthesia: Snippet[] = lines({
  id: 's22-anes',
  kind: 's22-anesthesia-units-worksheet',
  text: [
    'ANESTHESIA BILLING WORKSHEET — Case # [38585]   Facility: Westbrook ASC (Fac ID [63243])',
    'Surgical procedure: {64714} neuroplasty ulnar nerve at elbow, left   Surgeon: Patel',
    'Separately billable block by anesthesiologist for postop pain: {64445} (sciatic single injection) — per surgeon request',
    'ASA PS: P2    Anesthesia start 07:42  end 09:06  = 84 min',
    'Base units 3   Time units 5.6   Modifier units 0   Total 8.6',
    'Conversion factor $22.27   Expected $191.52',
    'Block note: {64445} reported with modifier 59; not included in anesthesia time (placed 07:20–07:31).',
    'Anesthesia ledger acct [47278]   Batch [58056]',
  ].join('\n'),
});

// ── 7. No Surprises Act open-negotiation notice (CMS standard notice layout) ──
const openNeg: Snippet[] = [
  {
    id: 's22-openneg-1',
    kind: 's22-nsa-open-negotiation-notice',
    text: [
      'Open Negotiation Notice',
      'To: Blue Harbor Health Plan, Claims Dept., 800 Harbor Way, Tampa FL [33602]',
      'From: Gulfside Anesthesia & Pain Partners (TIN ending [99282])',
      'This notice initiates the 30-business-day open negotiation period under 45 CFR 149.510(b)(1).',
      'Item or service: {64445} — Injection, anesthetic agent; sciatic nerve, single',
      'Service code: {64445}   Date of service: 05/12/2026   Claim number: [51146]-[66239]',
      'Initial payment or notice of denial received: 06/20/2026   Initial payment amount (USD cents): [92323]',
      'Offer of out-of-network rate: $1,410.00',
      'Also open for the same encounter: {64712} (digital nerve neuroplasty), offer $2,650.00; QPA disclosed $1,102.14.',
      'Contact: billing office ext. [46477]',
    ].join('\n'),
  },
];

// ── 8. VA Community Care Network referral / SEOC (standardized episode of care) ──
const vaCcn: Snippet[] = [
  {
    id: 's22-va-1',
    kind: 's22-va-ccn-referral-seoc',
    text: [
      'VA COMMUNITY CARE REFERRAL   Referral #: VA-[29833]-41   Station: 541 (Cleveland)',
      'SEOC: PAIN MANAGEMENT INTERVENTIONAL 1.2.4   Duration: 180 days   Visits: 6',
      'Authorized procedures (CPT/HCPCS):',
      '  {64445}  Sciatic nerve block, single',
      '  {64632}  Destruction by neurolytic agent; plantar common digital nerve',
      '  {64612}  Chemodenervation of muscle(s); muscle(s) innervated by facial nerve',
      'Not authorized without new request: {64714}',
      'Veteran ID: ****[85835]   DOB: 1959   ZIP: [44131]',
      'CCN Region 1 TPA: Optum Serve   Claims PO Box [30783], Salt Lake City UT [84130]',
      'Questions: 1-888-901-7407 opt 2, ref [60686]',
    ].join('\n'),
  },
];

// ── 9. GL journal entry import (accounting export, CSV) ──
const glJournal: Snippet[] = lines({
  id: 's22-gl',
  kind: 's22-gl-journal-import-csv',
  text: [
    'JournalID,Date,Account,Dept,Description,Debit,Credit,Reference',
    'JE-3381,2026-06-30,[42106],[74100],"Pro fee rev - neuro surgery",,[18420].00,JUN CLOSE',
    'JE-3381,2026-06-30,[11780],[74100],"AR clearing - Buckeye",[18420].00,,JUN CLOSE',
    'JE-3382,2026-06-30,[42106],[74100],"Rev adj CPT {64712} underpay recoup",2310.55,,RAC [77614]',
    'JE-3382,2026-06-30,[20143],[74100],"Contract allowance",,2310.55,RAC [77614]',
    'JE-3383,2026-06-30,[52705],[10006],"Accrued block-room supplies",440.00,,PO [45604]',
  ].join('\n'),
});

// ── 10. Targeted Probe and Educate (TPE) round results letter (MAC) ──
const tpe: Snippet[] = [
  {
    id: 's22-tpe-1',
    kind: 's22-mac-tpe-round-results-letter',
    text: [
      'Novaline Government Services — Jurisdiction L (Contract No. [12502])',
      'Targeted Probe and Educate: Round 1 Results',
      'Provider: Brookfield Neurosurgery   PTAN [34225]   NPI 1457392018',
      'Topic: Neuroplasty services, CPT {64712} and {64714}',
      'Claims reviewed: 20   Claims denied: 7   Payment error rate: 31.4%   Dollars reviewed: [28190] (whole dollars)',
      'Findings: Four {64714} claims lacked documentation of conservative treatment failure. Three claims billed',
      '{64712} for bilateral digits without modifier 50/RT/LT distinction; report {64712} once per nerve with F-modifiers.',
      'Education session held 08/14/2026 (Session ID [53673]). Round 2 begins no sooner than 45 days.',
      'Correspondence: Provider Correspondence, PO Box [32578], Camp Hill PA [17089]',
    ].join('\n'),
  },
];

// ── 11. OCR'd fax of a prior-auth approval (noise: O for 0, l for 1, broken spacing) ──
const ocrFax: Snippet[] = [
  {
    id: 's22-ocr-1',
    kind: 's22-ocr-fax-auth-approval-noisy',
    text: [
      'FAX  FR0M: PrimeWe11 Medicaid MCO UM   TO: 6l4-555-O188   Pg 1/2   [27160] bytes',
      'AUTH0RIZATI0N APPR0VAL   Auth # PA-[39463]-MC',
      'Member: J. RE1D   Medicaid ID: [95811]O4l7',
      'Req Svc: CPT {64632}  x1  DOS range O7/O1/2O26 - O9/3O/2O26',
      'CPT {64612}  units 2  (bilat)   Status: APPR0VED',
      'CPT 647l4  Status: PEND1NG - clinicals req',
      'Servicing prov: Northgate Foot & Ankle, Toledo OH [43615]',
      'Ref: fax queue [67921] / line [65200]',
    ].join('\n'),
  },
];

// ── 12. Browser print-to-text of a Medicare Advantage portal claim page (header/footer lines) ──
const printPortal: Snippet[] = [
  {
    id: 's22-print-1',
    kind: 's22-ma-portal-print-to-text',
    text: [
      '8/22/26, 10:14 AM                    Claim Detail | Harborview Medicare Advantage Provider Hub',
      'Claim [81108]-[35135]   Member H[59766]-002   Plan: HMO-POS H3323-017',
      'Received 08/02/2026   Processed 08/19/2026   Status: Paid',
      'Line  Service       Proc    Mod   Units   Billed     Allowed    Paid',
      '1     08/01/2026    {64714}  LT    1       2,210.00   1,041.66   1,000.00',
      '2     08/01/2026    {64612}        1       390.00     198.10     190.18',
      'Check/EFT [83190]   Payee ZIP [06103]',
      'https://provider.harborviewma.com/claims/detail?id=[81108]&line=2                         1/2',
    ].join('\n'),
  },
  {
    id: 's22-print-2',
    kind: 's22-ma-portal-print-to-text',
    text: [
      '8/22/26, 10:14 AM                    Claim Detail | Harborview Medicare Advantage Provider Hub',
      'Remark N130: Consult plan benefit documents. {64612} units reduced from 2 to 1 (MUE).',
      'Appeal deadline 10/18/2026. Reference call [91451].',
      'https://provider.harborviewma.com/claims/detail?id=[81108]&line=2                         2/2',
    ].join('\n'),
  },
];

// ── 13. Knowledge-base search results (coding reference site, result list) ──
const kbSearch: Snippet[] = [
  {
    id: 's22-kb-1',
    kind: 's22-kb-search-result-list',
    text: [
      'Results for "ulnar nerve elbow" — 4 articles (0.21 s)',
      'CPT® {64714}: Neuroplasty; ulnar nerve at elbow — Coding tips, RVUs and NCCI edits',
      'codingreference.example · Updated Mar 2026 · Article [36773]',
      'Is {64714} bundled with {64712}? When both are performed on the same side, {64712} is reported…',
      'Q&A thread #[22736] · 14 answers',
      'Modifier 59 vs XS with {64445}/{64612}: payer-by-payer table',
      'Webinar: nerve procedures 2026 (recording [86763]) · 58 min',
    ].join('\n'),
  },
];

// ── 14. Mobile app push notifications (practice billing app, notification shade text) ──
const mobile: Snippet[] = [
  {
    id: 's22-push-1',
    kind: 's22-mobile-push-notification-stack',
    text: 'ClaimPilot · now\nDenial on claim [72522]: {64632} — CO-197 precert absent. Tap to appeal.',
  },
  {
    id: 's22-push-2',
    kind: 's22-mobile-push-notification-stack',
    text: 'ClaimPilot · 4m\nPaid: {64714}-LT $1,000.00 from Harborview MA (EFT [83190])',
  },
  {
    id: 's22-push-3',
    kind: 's22-mobile-push-notification-stack',
    text: 'ClaimPilot · 1h\n[14503] claims synced · [33404] lines · 0 errors',
  },
  {
    id: 's22-push-4',
    kind: 's22-mobile-push-notification-stack',
    text: 'AuthTracker · 2h\nAuth PA-[39463] approved: {64632} x1, {64612} x2',
  },
  {
    id: 's22-push-5',
    kind: 's22-mobile-push-notification-stack',
    text: "Messages · 3h\nDr. Patel: add {64445} to Tuesday's ulnar case? Call me at ext [43711]",
  },
];

// ── 15. Ambient AI scribe draft note (unsigned; coded suggestions panel) ──
const scribe: Snippet[] = [
  {
    id: 's22-scribe-1',
    kind: 's22-ambient-scribe-draft-codes',
    text: [
      'DRAFT — generated from visit audio, review before signing   Encounter [48354]',
      'Assessment: Cubital tunnel syndrome, left, failed 12 weeks splinting. EMG 05/2026 confirms.',
      'Plan: Schedule left ulnar nerve decompression at elbow ({64714}); consider digital nerve release',
      'if numbness in 5th digit persists ({64712}). Patient travels from Euclid OH [44132]-2241; prefers Tuesday.',
      'Suggested codes (AI, confidence): {64714} 0.93 · {64712} 0.41 · G56.22 0.97',
      'Time in room 18 min. Recording ID [26334]-A. Transcript words: [12675].',
    ].join('\n'),
  },
];

// ── 16. Medicaid MCO prior-auth code list by program (PDF table text) ──
const mcoList = table({
  id: 's22-mco',
  kind: 's22-medicaid-mco-pa-list-by-program',
  caption: 'PrimeWell Medicaid — Prior Authorization Code List — Pain Management Program — rev. [40285]',
  headers: ['Program', 'Code', 'Description', 'PA Required', 'Max Units / 12 mo', 'Policy #'],
  rows: [
    ['Pain Mgmt', '{64445}', 'Inj sciatic nerve single', 'Yes (>2 per yr)', '4', 'PM-[62416]'],
    ['Pain Mgmt', '{64632}', 'Destr neurolytic plantar digital', 'Yes', '2', 'PM-[62416]'],
    ['Neuro', '{64612}', 'Chemodenervation facial nerve muscles', 'Yes', '4', 'NE-[56235]'],
    ['Ortho/Hand', '{64712}', 'Neuroplasty digital nerve', 'No', '2', 'OH-[75835]'],
  ],
});

// ── 17. EDI trading-partner companion guide, 837P situational rules table ──
const companion = table({
  id: 's22-cg',
  kind: 's22-edi-companion-guide-837p-rules',
  caption: 'Buckeye Health 837P Companion Guide v4.2 — Section 10.3 Payer-specific business rules',
  headers: ['Loop', 'Segment/Element', 'Rule', 'Edit #'],
  rows: [
    ['2000A', 'PRV03', 'Taxonomy required for group billing', '[50258]'],
    ['2300', 'REF*G1', 'Prior auth number required when SV101-2 is {64632} or {64445}', '[50261]'],
    ['2400', 'SV101-3', 'Anatomic modifier (RT/LT/F1–F9) required with {64712}', '[50262]'],
    ['2400', 'SV104', 'Units > 1 rejected for {64714}; submit separate lines', '[50263]'],
    ['1000B', 'NM109', 'Receiver ID is [41200] (production) / [41201] (test)', '[50264]'],
  ],
});

// ── 18. Physician compensation: quarterly wRVU productivity bonus statement ──
const wrvuBonus: Snippet[] = lines({
  id: 's22-wrvu',
  kind: 's22-wrvu-quarterly-bonus-statement',
  text: [
    'Q2 2026 Productivity Statement — Dr. A. Patel — Employee # [87677]   Cost center [21751]',
    'Threshold 1,450 wRVU   Actual 1,612.4   Bonus rate $52.00 / wRVU over threshold',
    'Top procedures by wRVU:',
    '{64714}   x41   wRVU 6.22 each   255.0',
    '{64712}   x18   wRVU 6.59 each   118.6',
    '{64445}   x63   wRVU 1.48 each   93.2',
    'Panel size [10006] patients   Payroll batch [80130]',
    'Bonus payable $8,444.80 on pay period ending 07/31/2026; GL [42947]',
  ].join('\n'),
});

// ── 19. ASC case costing report (per-case supply and labor cost) ──
const ascCost = table({
  id: 's22-asc',
  kind: 's22-asc-case-costing-report',
  caption: 'Westbrook ASC — Case Cost Analysis — June 2026 — cost center [21024]',
  headers: ['Case #', 'Primary CPT', 'Secondary CPT', 'OR Min', 'Supply Cost', 'Labor Cost', 'Reimb', 'Margin'],
  rows: [
    ['[38585]', '{64714}', '{64445}', '84', '612.40', '1,118.00', '2,240.10', '509.70'],
    ['[38591]', '{64712}', '', '52', '288.15', '702.50', '2,310.55', '1,319.90'],
    ['[38604]', '{64632}', '', '31', '190.00', '404.20', '[99282]', 'n/a'],
  ],
});

// ── 20. IAIABC medical bill data (R3.1) record dump, DN element list ──
const iaiabc: Snippet[] = [
  {
    id: 's22-iaiabc-1',
    kind: 's22-iaiabc-medical-bill-dn-dump',
    text: [
      'DN0015 Jurisdiction Claim Number ........ WC[16316]-26',
      'DN0187 Insurer FEIN ..................... 31-1722299',
      'DN0532 Billing Provider Postal Code ..... [43219]',
      'DN0547 Line Number ...................... 1',
      'DN0714 HCPCS Line Procedure Billed Code . {64712}',
      'DN0717 HCPCS Modifier ................... F9',
      'DN0554 Days/Units Billed ................ 1',
      'DN0574 Total Amount Paid Per Line ....... 188014',
      'DN0547 Line Number ...................... 2',
      'DN0714 HCPCS Line Procedure Billed Code . {64612}',
      'DN0574 Total Amount Paid Per Line ....... [23053]',
      'DN0266 Transaction Tracking Number ...... [54653]',
    ].join('\n'),
  },
];

// ── 21. Patient-provider dispute resolution (PPDR) initiation: bill vs good-faith estimate ──
const ppdr: Snippet[] = [
  {
    id: 's22-ppdr-1',
    kind: 's22-nsa-ppdr-bill-vs-gfe',
    text: [
      'Patient-Provider Dispute Resolution — Initiation Summary   Dispute # PPDR-[49374]',
      'Good Faith Estimate # GFE-[58732] dated 03/28/2026   Bill date 05/09/2026',
      'Provider/facility: Lakeshore Regional Medical Center, Sandusky OH [44870]',
      'Item                                   GFE estimate    Billed',
      'Neuroplasty, digital nerve ({64712})        $2,884.00      $4,120.00',
      'Neurolytic destr., plantar nerve {64632}    not listed      $3,647.00',
      'Facility fee (rev 0360)                     $1,200.00      $1,410.00',
      'Total billed exceeds GFE by $4,503.00 (≥ $400 threshold). Filing fee $25 paid, receipt [78273].',
      'SDR entity: Clearview Review LLC (cert. [69702])',
    ].join('\n'),
  },
];

// ── More pages of the same shapes (second screens, other vendors) ──
const more: Snippet[] = [
  {
    id: 's22-mrf-wide-2',
    kind: 's22-mrf-wide-csv-payer-columns',
    text: [
      'description,code|1,code|1|type,code|2,code|2|type,setting,standard_charge|gross,standard_charge|Harborview MA|HMO|negotiated_percentage,standard_charge|Harborview MA|HMO|methodology,additional_generic_notes',
      '"CHEMODENERVATION FACIAL NERVE MUSC",{64612},CPT,[36104],CDM,outpatient,610.00,118,percent of Medicare,"Bilateral billed as 2 units; see {64612}-50 note"',
      '"NERVE BLOCK SCIATIC SGL (ANES DEPT)",{64445},CPT,[36233],CDM,inpatient,[15872],,case rate,"Included in DRG case rate; contract [27081]"',
      '"OR TIME NEURO EA 15 MIN",[36310],CDM,0360,RC,outpatient,1045.00,120,percent of Medicare,',
    ].join('\n'),
  },
  {
    id: 's22-eor-2',
    kind: 's22-wc-bill-review-eor-print',
    text: [
      'EXPLANATION OF REVIEW (continued)   Bill ID: [57149]-02   Page 2 of 2',
      'State fee schedule reason codes: 45 = charge exceeds fee schedule; 59 = processed as secondary procedure.',
      'Line 4  03/02/2026  {64445}  59  1  520.00  85.72  434.28  [18127]',
      'Line 5  03/02/2026  {64714}  51  1  3,100.00  350.71  2,749.29  59',
      'Reviewer: N. Ibarra, CPC   Bill review vendor ID [61950]   Adjuster phone ext. [24117]',
      'If you disagree, request a second review within 90 days (Cal. Lab. Code § 4603.2). Fax (559) 555-0199.',
    ].join('\n'),
  },
  {
    id: 's22-nf10-2',
    kind: 's22-auto-ny-nf10-denial-form',
    text: [
      'NF-10 (continued)   Claim Number: [64612]-0937-AU',
      'Amount of claim denied by code:  {64632} $980.00   {64612} $232.00',
      'Reason: {64612} exceeds frequency (1 per 90 days) under NY fee schedule; {64632} lacks prior IME approval.',
      'Insurer claim representative: R. Singh   Tel: (518) 555-0143   Office code [62873]',
    ].join('\n'),
  },
  {
    id: 's22-ada-2',
    kind: 's22-ada-dental-medical-crosscode',
    text: [
      'Medical claim for oral surgery (CMS-1500, cross-coded from dental record)',
      '24D. CPT/HCPCS: {64612} RT (facial muscle chemodenervation) and {64445}; D9610 stays on the ADA claim',
      '24J. Rendering NPI 1639204771   25. Federal Tax ID 34-2886401 (SSN box unchecked), billing office [28864]',
      'Oral surgery practice lockbox [60338]   Chart # [19554]',
    ].join('\n'),
  },
  {
    id: 's22-anes-2',
    kind: 's22-anesthesia-units-worksheet',
    text: [
      'ANESTHESIA BILLING WORKSHEET — Case # [38591]',
      'Surgical procedure: {64712} digital nerve neuroplasty, right ring finger',
      'Anesthesiologist block: none. MAC by CRNA, QZ modifier. Time 52 min = 3.5 units; base 3.',
      'Surgeon bills {64712} with modifier RT on a separate claim; anesthesia bills the ASA crosswalk code for forearm/hand.',
      'Claim split: CRNA claim [26695], facility claim [26697]',
    ].join('\n'),
  },
];

const more2: Snippet[] = [
  {
    id: 's22-openneg-2',
    kind: 's22-nsa-open-negotiation-notice',
    text: [
      'Open Negotiation Response (plan)   Negotiation ID ON-[70418]',
      'Plan counteroffer for {64445}: $1,020.00.   For {64712}: $1,340.00 (QPA + 21%).',
      'Batched items (same plan, same service code, 30-day window): {64445} x 3 claims — claim nos. [51146]-[66238], [51146]-[66241]',
      'If not resolved, either party may initiate Federal IDR within 4 business days after day 30. Plan NAIC [60054]',
    ].join('\n'),
  },
  {
    id: 's22-va-2',
    kind: 's22-va-ccn-referral-seoc',
    text: [
      'SEOC change request (RFS, VA Form 10-[10172])   Referral # VA-[29833]-41',
      'Add: {64714} ulnar neuroplasty, left — surgeon recommends after failed {64445} diagnostic block',
      'Requested by: Northcoast Hand Center, Mentor OH [44060]   Fax (440) 555-0177',
      'VA reviewer: approved {64714} x1 on 09/02/2026; claim must cite referral; CCN payer ID TWVACCN',
    ].join('\n'),
  },
  {
    id: 's22-tpe-2',
    kind: 's22-mac-tpe-round-results-letter',
    text: [
      'Claim detail (Round 1)                         Review ID [53673]',
      'ICN              DOS         HCPCS   Units  Decision  Error code',
      '2126120814322   06/03/2026  {64714}  1      Denied    5H101',
      '2126120814510   06/05/2026  {64712}  2      Denied    F-modifier missing',
      '2126120815004   06/11/2026  {64714}  1      Approved',
      'Totals: reviewed $[28190]; denied $8,655; error rate 31.4%   Camp Hill PA [17089]-0890',
    ].join('\n'),
  },
];

const more3: Snippet[] = [
  {
    id: 's22-ocr-2',
    kind: 's22-ocr-fax-auth-approval-noisy',
    text: [
      'Pg 2/2   PrimeWe11 Medicaid   Auth # PA-[39463]-MC',
      'Line 3:  CPT {64714} LT    DENIED - n0t med nec, see criteria [71093]',
      'Line 4:  CPT {64445}  units 1   APPROVED   eff O7/15/2O26',
      'Peer-to-peer: ca11 [88017] within 14 days, ref [20536]',
      'Fax conf [42751] rcvd 07/0l/26 11:02',
    ].join('\n'),
  },
  {
    id: 's22-print-3',
    kind: 's22-ma-portal-print-to-text',
    text: [
      '8/22/26, 10:19 AM                    Prior Authorization | Harborview Medicare Advantage Provider Hub',
      'Auth # HV-[58321]-26   Status: Approved   Valid 09/01/2026–11/30/2026',
      'Service  Description                           Approved Units',
      '{64632}   Destruction neurolytic, plantar digital   1',
      '{64445}   Injection anesthetic, sciatic             2',
      'Ordering NPI 1184729305   Servicing location ZIP [06105]',
      'https://provider.harborviewma.com/auth/HV-[58321]-26                                    1/1',
    ].join('\n'),
  },
  {
    id: 's22-kb-2',
    kind: 's22-kb-search-result-list',
    text: [
      'Results for "{64632} plantar" — 3 articles',
      'CPT {64632} — Destruction by neurolytic agent; plantar common digital nerve',
      'Coding Clinic-style answer: report {64632} once per nerve; imaging guidance included · Answer #[31852]',
      'Related: {64445} sciatic block · {64612} facial chemodenervation · {64632}–{64612} comparison chart',
      'Forum: "Payer in ZIP [30328] denies {64632} x2" · [19005] views',
    ].join('\n'),
  },
  {
    id: 's22-push-6',
    kind: 's22-mobile-push-notification-stack',
    text: 'ClaimPilot · 5h\nClaim [72588] rejected by clearinghouse: invalid modifier on {64712} line 1',
  },
  {
    id: 's22-push-7',
    kind: 's22-mobile-push-notification-stack',
    text: 'Bank · 6h\nDeposit [25930] posted to account ••[41306]: $2,310.55',
  },
  {
    id: 's22-push-8',
    kind: 's22-mobile-push-notification-stack',
    text: 'ClaimPilot · yesterday\nWork queue: 37 new denials. Top code {64445} (9 of them). Queue ID [60812]',
  },
];

const more4: Snippet[] = [
  {
    id: 's22-scribe-2',
    kind: 's22-ambient-scribe-draft-codes',
    text: [
      'DRAFT — procedure visit   Encounter [48361]   Room 4',
      'Procedure: Botulinum toxin to right orbicularis oculi and zygomaticus for hemifacial spasm. 40 units used, 60 wasted.',
      'Suggested codes: {64612} (RT) · J0585 x100 · G51.3',
      'Also heard: "we\'ll do the sciatic block next visit" → {64445} not performed today, not suggested for billing.',
      'Lot [34871] exp 2027-03   NDC [00023]-1145-01',
    ].join('\n'),
  },
  {
    id: 's22-wrvu-2',
    kind: 's22-wrvu-quarterly-bonus-statement',
    text: [
      'Detail by CPT (Q2 2026)            Count   wRVU/unit   wRVU total',
      '{64632}                                 22      1.23        27.1',
      '{64612}                                 35      1.41        49.4',
      '{64714} (assist, 80 mod, 16%)           4       1.00         4.0',
      'Dept [21751] total wRVU [16124] (all providers)   Report run ID [93541]',
    ].join('\n'),
  },
  {
    id: 's22-iaiabc-2',
    kind: 's22-iaiabc-medical-bill-dn-dump',
    text: [
      'DN0015 Jurisdiction Claim Number ........ WC[16316]-26',
      'DN0547 Line Number ...................... 3',
      'DN0714 HCPCS Line Procedure Billed Code . {64445}',
      'DN0717 HCPCS Modifier ................... 59',
      'DN0715 HCPCS Line Procedure Paid Code ... {64445}',
      'DN0574 Total Amount Paid Per Line ....... 8572',
      'DN0547 Line Number ...................... 4',
      'DN0714 HCPCS Line Procedure Billed Code . {64714}',
      'DN0574 Total Amount Paid Per Line ....... [70142]',
      'DN0532 Billing Provider Postal Code ..... [93721]',
    ].join('\n'),
  },
  {
    id: 's22-ppdr-2',
    kind: 's22-nsa-ppdr-bill-vs-gfe',
    text: [
      'SDR determination — Dispute # PPDR-[49374]',
      'The SDR entity finds the additional billed item {64632} was not on the GFE and not shown to be medically',
      'unforeseen. Amount owed for {64712}: $2,884.00 (GFE amount). Refund to patient account [87312] within 30 days.',
    ].join('\n'),
  },
];

// ── 22. Texas DWC medical fee dispute resolution (MFDR) findings and decision ──
const mfdr: Snippet[] = [
  {
    id: 's22-mfdr-1',
    kind: 's22-tx-dwc-mfdr-findings-decision',
    text: [
      'MEDICAL FEE DISPUTE RESOLUTION FINDINGS AND DECISION',
      "MFDR Tracking Number M4-26-2417-01   Carrier's Austin Representative Box Number 19",
      'Requestor: Alamo Hand & Nerve PLLC   Respondent: Lone Star Casualty Co.   DWC Claim # [72046]',
      'Dates of service: March 5, 2026   Amount in dispute: $1,216.40',
      'Requestor\'s position: "CPT code {64714} was denied as global to {64712}; these are separate nerves."',
      'Findings: 28 TAC §134.203 applies. {64712} and {64714} are not mutually exclusive under the NCCI PTP table; the',
      "respondent's denial reason code 97 is not supported. Reimbursement for {64714}: MAR $701.42 (2026 conversion factor, provider ZIP [78701]).",
      'Decision: respondent shall remit $701.42 plus interest within 30 days. Signed, Medical Fee Dispute Officer [26514].',
    ].join('\n'),
  },
];

const omfs2 = table({
  id: 's22-omfs2',
  kind: 's22-wc-ca-omfs-fee-rows',
  caption: 'DWC OMFS — Geographic adjustment, locality 17 (Fresno) — file PHYS_[34208].csv',
  headers: ['Locality', 'Carrier', 'County ZIPs (sample)', 'Work GPCI', 'PE GPCI', 'MP GPCI', 'HCPCS', 'Adjusted Fee'],
  rows: [
    ['17', '[01182]', '[93706], [93721]', '1.024', '1.012', '0.536', '{64632}', '$226.90'],
    ['17', '[01182]', '[93650]', '1.024', '1.012', '0.536', '{64714}', '$714.08'],
    ['26', '[01182]', '[92101]', '1.039', '1.155', '0.451', '{64445}', '$91.25'],
  ],
});

const mco2 = table({
  id: 's22-mco2',
  kind: 's22-medicaid-mco-pa-list-by-program',
  caption: 'PrimeWell Medicaid — Prior Authorization Code List — Neurology Program — Medicaid plan ID [38852]',
  headers: ['Program', 'Code', 'Description', 'PA Required', 'Max Units / 12 mo', 'Policy #'],
  rows: [
    ['Neuro', '{64714}', 'Neuroplasty ulnar nerve at elbow', 'Yes', '1 per side', 'NE-[56235]'],
    ['Neuro', '{64612}', 'Chemodenervation facial nerve', 'Yes', '4', 'NE-[56240]'],
    ['Behavioral', 'H0031', 'Mental health assessment', 'No', '12', 'BH-[18304]'],
  ],
});

const companion2 = table({
  id: 's22-cg2',
  kind: 's22-edi-companion-guide-837p-rules',
  caption: 'Buckeye Health 837P Companion Guide v4.2 — Appendix C: Front-end rejection codes',
  headers: ['Reject Code', 'Description', 'Example'],
  rows: [
    ['[50261]', 'Missing prior auth for procedure requiring PA', 'SV1*HC:{64632}*980*UN*1~ with no REF*G1'],
    ['[50262]', 'Anatomic modifier missing', 'SV1*HC:{64712}*2400*UN*1~ (add :F5 etc.)'],
    ['[50263]', 'Invalid units', 'SV1*HC:{64714}*3100*UN*2~'],
    ['[50270]', 'Submitter ID not on file', 'ISA06 = [41200]'],
  ],
});

const asc2 = table({
  id: 's22-asc2',
  kind: 's22-asc-case-costing-report',
  caption: 'Westbrook ASC — Implant & supply detail — Case [38604]',
  headers: ['Item #', 'Description', 'Qty', 'Unit Cost', 'Linked CPT', 'GL Acct'],
  rows: [
    ['[70524]', 'Radiofrequency probe 22G', '1', '142.00', '{64632}', '[61582]'],
    ['[70611]', 'Bupivacaine 0.5% 30 mL', '1', '6.10', '{64445}', '[61582]'],
    ['[71388]', 'Nerve conduit 2mm x 3cm', '1', '1,260.00', '{64712}', '[61590]'],
  ],
});

const gl2: Snippet[] = lines({
  id: 's22-gl2',
  kind: 's22-gl-journal-import-csv',
  text: [
    'JournalID,Date,Account,Dept,Description,Debit,Credit,Reference',
    'JE-3390,2026-07-31,[42106],[74120],"Pro fee rev - anes block, CPT {64445} volume 63",,[10205].44,JUL CLOSE',
    'JE-3391,2026-07-31,[42110],[74130],"Pro fee rev - podiatry neurolysis ({64632})",,6930.00,JUL CLOSE',
    'JE-3392,2026-07-31,[13674],[90510],"Bad debt writeoff",[30412].00,,WO batch [74194]',
  ].join('\n'),
});

const mfdr2: Snippet[] = [
  {
    id: 's22-mfdr-2',
    kind: 's22-tx-dwc-mfdr-findings-decision',
    text: [
      'Table 1 — Disputed services',
      'DOS 03/05/2026  CPT {64712}  billed $2,900.00  paid $1,880.14  in dispute $0.00',
      'DOS 03/05/2026  CPT {64714}  billed $3,100.00  paid $0.00  in dispute $701.42',
      'DOS 03/05/2026  CPT {64445}-59  billed $520.00  paid $85.72  in dispute $0.00',
      'Respondent address: P.O. Box 149104, Austin TX [78714]-9104',
    ].join('\n'),
  },
];

export const sealed22: Snippet[] = [
  ...mrfWide,
  ...omfs,
  ...wcEor,
  ...nf10,
  ...adaCross,
  ...anesthesia,
  ...openNeg,
  ...vaCcn,
  ...glJournal,
  ...tpe,
  ...ocrFax,
  ...printPortal,
  ...kbSearch,
  ...mobile,
  ...scribe,
  ...mcoList,
  ...companion,
  ...wrvuBonus,
  ...ascCost,
  ...iaiabc,
  ...ppdr,
  ...more,
  ...more2,
  ...more3,
  ...more4,
  ...mfdr,
  ...omfs2,
  ...mco2,
  ...companion2,
  ...asc2,
  ...gl2,
  ...mfdr2,
];
