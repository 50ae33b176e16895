import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 176 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s176-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too (CE fee schedule and CE billing codes such as 99205, 95908, 95886, 90791, 72100, the ROI
 * special-report code 99080, ultrasound guidance 76942, EMG guidance 95874). About a third of the decoys are numbers
 * of the synthetic 10,000-code set (KNOWN_10K) used as ZIPs (DDS Topeka, the practice in Hutchinson, the
 * representative and hearing office in Wichita), ROI queue numbers, ledger claim numbers, an encounter number, a
 * lot number, a follow-up order, a state fund code, a machine id, an eFolder document id, a hearing office code, a
 * decision id, an ROI invoice number, a facility id, a fee schedule id and a check number. The five known codes'
 * digits come back as decoys: the DDS PO box (twice), an ERE request id suffix, an ROI invoice number (twice), a CE
 * appointment confirmation number, the representative's ROI tracking and request numbers, an ROI log invoice, a fax
 * server ticket, an online appeal confirmation number, a charge ticket, an ERE upload confirmation and an award
 * notice payment number. Amounts in earnings records and VE job counts are decoys too.
 *
 * Family: Social Security disability determinations (SSDI/SSI) meeting a claimant's peripheral-nerve procedures at a
 * (fictional) practice, Cottonwood Peripheral Nerve & Pain Center (Hutchinson, KS), for one (fictional) claimant,
 * Marla J. Brandvold (sciatic block x4, sciatic neuroplasty, lumbar plexus neuroplasty, plantar digital nerve
 * neurolysis, facial chemodenervation): the state DDS's medical evidence request letter, Electronic Records Express
 * request list and barcode cover sheet, the DDS MER payment voucher, the practice's ROI work queue, ROI invoice and
 * its line items, ROI log CSV, daily production report, vendor API JSON, HL7 MDM message and EHR document search,
 * an HIM team chat and the representative's paralegal email thread; the records themselves (itemized ledger,
 * operative report, nerve block note, chemodenervation note, treating source statement); consultative examination
 * scheduling (DDS appointment letter, CE vendor portal, CE purchase authorization, DDS CE fee schedule), the CE
 * report and its nerve conduction table; the eFolder exhibit list (section F) and documents view, the Disability
 * Determination Explanation (evidence of record, physical RFC), the notice of disapproved claim, SSA-1696, the
 * representative's records request, pre-hearing brief, medical chronology and case-management providers tab, the
 * notice of hearing, hearing office docket, online appeal status, medical-vocational (grid rule) worksheet, VE
 * past-relevant-work worksheet, certified earnings record, hearing transcript, ALJ decision findings and notice of
 * award with fee withholding.
 * Built on real public layouts: SSA Electronic Records Express (ERE) request lists and barcode cover sheets with
 * RQIDs, state DDS medical evidence request letters and CE appointment letters, DDS CE fee schedules by CPT code,
 * the certified electronic folder exhibit list (sections A/B/D/E/F, exhibit numbers like 1F, pages like 2F/4),
 * the Disability Determination Explanation (SSA-4268-style evidence list and PRFC), the HA-507-style notice of
 * hearing, SSA-1696, the SSA Summary Earnings Query display, Medical-Vocational Guidelines (20 CFR 404 Subpart P
 * App. 2 rules 201.12/202.13) and DOT codes in VE worksheets, ALJ decision findings numbering, HIM release of
 * information invoices and queues (ROI vendor style), HL7 v2.5.1 MDM^T02. The others are written the way those
 * pages read, with no single source.
 *
 * 345 labelled tokens over 44 shapes: 150 codes (106 of the five known codes), 195 decoys, 76 of the decoys in
 * KNOWN_10K, 14 decoys reusing the known codes' digits.
 */

// ── 1. DDS medical evidence request letter to the practice, text layer ──
const merLetter = lines({
  id: 's176-merletter',
  kind: 's176-dds-medical-evidence-request-letter-text',
  before: 'KANSAS DISABILITY DETERMINATION SERVICES — REQUEST FOR MEDICAL EVIDENCE',
  text: [
    'Disability Determination Services, PO Box [64445], Topeka, KS [66610]-0445   Phone 785-555-0141',
    'To: Cottonwood Peripheral Nerve & Pain Center, Medical Records, 1120 E 30th Ave, Hutchinson, KS [67501]',
    'Claimant: Marla J. Brandvold   SSN: XXX-XX-4417   DOB: 03/09/1975   DDS case no. [27583]-KS',
    'Request ID (RQID): 6HQ2F[40718]   Please return with the enclosed barcode cover sheet.',
    'Period requested: 01/01/2024 to present. Include office notes, operative and procedure reports (e.g. sciatic',
    'neuroplasty, lumbar plexus neurolysis), imaging, EMG/NCS, and any opinion about work-related limitations.',
    'We will pay for copies at the Kansas DDS rate ($25.00 flat for up to 50 pages). Vendor no. [91244].',
    'Disability examiner: T. Kowalczyk, Unit 3   Fax return: 785-555-0199   Response due within 10 days.',
  ].join('\n'),
});

// ── 2. Electronic Records Express (ERE) request list, grid ──
const ereList = table({
  id: 's176-ere',
  kind: 's176-electronic-records-express-request-grid',
  caption: 'Electronic Records Express — Open requests for Cottonwood Peripheral Nerve & Pain Center',
  headers: ['Request ID', 'Claimant', 'Requesting office', 'Office ZIP', 'Received', 'Status'],
  rows: [
    ['6HQ2F[40718]', 'BRANDVOLD, MARLA', 'Kansas DDS Unit 3', '[66610]', '12/02/2025', 'Open'],
    ['7KZ9A[18230]', 'BRANDVOLD, MARLA', 'Kansas DDS Recon Unit', '[66610]', '03/11/2026', 'Submitted'],
    ['2MV1C[55204]', 'OSTRANDER, GLEN', 'OHO Wichita', '[67206]', '04/22/2026', 'Open'],
    ['9TB4E[64632]', 'BRANDVOLD, MARLA', 'OHO Wichita', '[67206]', '09/15/2026', 'Open'],
  ],
});

// ── 3. Practice ROI queue dashboard, grid ──
const roiQueue = table({
  id: 's176-roiq',
  kind: 's176-practice-roi-queue-dashboard-grid',
  caption: 'ROI Work Queue — Disability / SSA requests (Health Information Management)',
  headers: ['Queue #', 'Requester', 'Patient', 'Req. type', 'Pages', 'Due', 'Assigned'],
  rows: [
    ['[30211]', 'Kansas DDS', 'Brandvold, M', 'MER', '142', '12/12/2025', 'K. Lutz'],
    ['[30226]', 'Pruitt & Haldane LLC', 'Brandvold, M', 'Attorney', '188', '01/09/2026', 'K. Lutz'],
    ['[30237]', 'Kansas DDS', 'Ostrander, G', 'MER', '37', '01/14/2026', 'D. Amesbury'],
    ['[30254]', 'Kansas DDS', 'Brandvold, M', 'MER (recon)', '61', '03/21/2026', 'K. Lutz'],
    ['[31907]', 'OHO Wichita', 'Brandvold, M', 'Subpoena', '203', '09/25/2026', 'D. Amesbury'],
    ['[31912]', 'SSA Field Office', 'Quist, D', 'SSA-827 MER', '18', '09/28/2026', 'K. Lutz'],
    ['[32014]', 'Kansas DDS (CDR)', 'Ortega, P', 'MER', '40', '10/02/2026', 'Unassigned'],
  ],
});

// ── 4. ROI invoice to the claimant representative, text layer ──
const roiInvoice = lines({
  id: 's176-roiinv',
  kind: 's176-roi-invoice-to-representative-text',
  before: 'COTTONWOOD PERIPHERAL NERVE & PAIN CENTER — RELEASE OF INFORMATION INVOICE',
  text: [
    'Invoice no. ROI-[64712]   Invoice date 01/06/2026   Federal Tax ID 48-1873305',
    'Bill to: Pruitt & Haldane Disability Advocates, LLC, 8301 E 21st St N, Suite 420, Wichita, KS [67206]',
    'Re: Marla J. Brandvold   DOB 03/09/1975   Your file no. PH-[24117]   Our queue # [30226]',
    'Records: office notes 2024-2025, operative reports (sciatic neuroplasty, lumbar plexus neuroplasty),',
    'procedure notes (nerve blocks, chemodenervation), itemized billing ledger with CPT codes.',
    'Search/retrieval fee $22.88   Copies 188 pp (electronic) $0.52/pp $97.76   Postage $0.00',
    'Medical source statement completed by Dr. Sethuraman (billed as {99080}) $75.00',
    'TOTAL DUE $195.64   Remit to: PO Box [86193], Hutchinson, KS [67504]   Pay by 02/05/2026',
  ].join('\n'),
});

// ── 5. ROI invoice line items, grid ──
const roiInvLines = table({
  id: 's176-roiinvlines',
  kind: 's176-roi-invoice-line-items-grid',
  caption: 'Invoice ROI-64712 — line items',
  headers: ['Line', 'Item code', 'Description', 'Qty', 'Amount'],
  rows: [
    ['1', 'RET', 'Search and retrieval (KSA 65-6,166 allows)', '1', '22.88'],
    ['2', 'ECOPY', 'Electronic copies, per page', '188', '97.76'],
    ['3', '{99080}', 'Special report / medical source statement', '1', '75.00'],
    ['4', 'ADJ', 'Account [52108] courtesy adjustment', '1', '0.00'],
  ],
});

// ── 6. DDS MER payment voucher, text layer (decoy heavy) ──
const merVoucher = lines({
  id: 's176-mervoucher',
  kind: 's176-dds-mer-payment-voucher-text',
  before: 'State of Kansas — Payment Voucher — Medical Evidence of Record',
  text: [
    'Voucher [66921]   Payee vendor [91244] Cottonwood Peripheral Nerve & Pain Center',
    'Case [27583]-KS   Service: MER copy fee   Amount $25.00   Object code 5250   Fund [10097]',
    'Remit address: 1120 E 30th Ave, Hutchinson, KS [67501]   Check no. [73125]',
    'Voucher [66943]   Payee vendor [91244]   Case [27583]-KS   Service: MER recon   Amount $25.00',
  ].join('\n'),
});

// ── 7. Barcode cover sheet returned with records, text layer ──
const coverSheet = lines({
  id: 's176-cover',
  kind: 's176-ssa-barcode-cover-sheet-text',
  before: 'SOCIAL SECURITY ADMINISTRATION — Electronic Records Express Cover Sheet',
  text: [
    'RQID: 6HQ2F[40718]   Claimant: BRANDVOLD, MARLA J   SSN: ***-**-4417',
    'Return by fax to 1-877-555-0123 or upload at ERE. Do not alter barcode. Sheet [00517] of batch.',
    'Source: COTTONWOOD PERIPHERAL NERVE & PAIN CTR   Source ZIP [67501]   Pages enclosed: 142',
  ].join('\n'),
});

// ── 8. Itemized billing ledger sent in the records, grid ──
const ledger = table({
  id: 's176-ledger',
  kind: 's176-patient-itemized-ledger-in-records-grid',
  caption: 'Patient Account Ledger — BRANDVOLD, MARLA J — Account [48552]',
  headers: ['DOS', 'CPT/HCPCS', 'Mod', 'Description', 'Charge', 'Ins paid', 'Claim #'],
  rows: [
    ['02/14/2024', '{99204}', '', 'New patient visit', '245.00', '168.40', '[41207]'],
    ['03/05/2024', '{64445}', 'RT', 'Sciatic nerve block, single', '480.00', '212.77', '[41388]'],
    ['03/05/2024', '{76942}', '', 'US guidance for needle placement', '190.00', '58.02', '[41388]'],
    ['05/22/2024', '{64445}', 'RT', 'Sciatic nerve block, single', '480.00', '212.77', '[42115]'],
    ['11/13/2024', '{64445}', 'RT', 'Sciatic nerve block, single', '480.00', '212.77', '[44908]'],
    ['11/13/2024', '{76942}', '', 'US guidance for needle placement', '190.00', '58.02', '[44908]'],
    ['01/08/2025', '{99214}', '25', 'Est. patient visit', '185.00', '109.66', '[45573]'],
    ['06/18/2025', '{64712}', 'RT', 'Neuroplasty, sciatic nerve', '3,850.00', '1,041.56', '[48820]'],
    ['09/10/2025', '{64714}', 'RT', 'Neuroplasty, lumbar plexus', '4,120.00', '1,118.23', '[49637]'],
    ['10/01/2025', '{64632}', 'LT', 'Destruction, plantar common digital nerve', '620.00', '188.91', '[50066]'],
    ['10/29/2025', '{64612}', 'RT', 'Chemodenervation, facial nerve', '510.00', '134.26', '[50412]'],
    ['10/29/2025', 'J0585', '', 'OnabotulinumtoxinA, 1 unit x 35', '262.50', '201.81', '[50412]'],
    ['02/10/2026', '{64612}', 'RT', 'Chemodenervation, facial nerve', '510.00', '134.26', '[52907]'],
    ['02/24/2026', '{64632}', 'LT', 'Destruction, plantar common digital nerve', '620.00', '188.91', '[53118]'],
    ['05/05/2026', '{64612}', 'RT', 'Chemodenervation, facial nerve', '510.00', '0.00', '[54460]'],
  ],
});

// ── 9. Operative report in the records, text layer ──
const opNote = lines({
  id: 's176-opnote',
  kind: 's176-operative-report-in-mer-text',
  before: 'OPERATIVE REPORT — Hutchinson Regional Surgery Center — Surgeon: Anil Sethuraman, MD',
  text: [
    'Date of surgery: 06/18/2025   MRN 830417   Encounter [55871]',
    'Preoperative diagnosis: Right sciatic neuropathy with perineural scarring after hip arthroplasty (G57.01).',
    'Procedure: Open external neurolysis of the right sciatic nerve at the sciatic notch (CPT {64712}).',
    'Internal neurolysis was not required; {64727} not reported. Tourniquet not used. EBL 75 mL.',
    'Postop plan: follow-up in 2 weeks (global period 90 days for {64712}); lumbar plexus release ({64714}) to be scheduled.',
    'Prior management included three ultrasound-guided sciatic nerve blocks ({64445}) with transient relief.',
    'Disposition: home same day. Restrictions: no lifting > 10 lb, no prolonged standing for 6 weeks.',
  ].join('\n'),
});

// ── 10. Procedure note (nerve block), text layer ──
const blockNote = lines({
  id: 's176-blocknote',
  kind: 's176-nerve-block-procedure-note-text',
  before: 'PROCEDURE NOTE — Cottonwood Peripheral Nerve & Pain Center',
  text: [
    'Procedure: Right sciatic nerve block, popliteal approach, ultrasound-guided — {64445}-RT, {76942}',
    'Medication: ropivacaine 0.5% 15 mL with dexamethasone 4 mg. Lot [21886]A. Pre-pain 8/10, post 3/10.',
    'Plan: if relief < 6 weeks, discuss open sciatic neurolysis ({64712}) vs. spinal cord stimulator trial.',
    'Charge ticket [64445]-B posted 11/13/2024. Next visit order [88104]. Dx G57.01; consider {64714} if plexus involved.',
  ].join('\n'),
});

// ── 11. Hemifacial spasm clinic note, text layer ──
const facialNote = lines({
  id: 's176-facialnote',
  kind: 's176-chemodenervation-clinic-note-text',
  before: 'CLINIC NOTE — Corinne Waltz, DO — Neurology / Chemodenervation',
  text: [
    'Hemifacial spasm, right (G51.31). Botox 35 units to R orbicularis oculi, zygomaticus, corrugator.',
    'Prior treatment: {64612}-RT 10/29/2025 with 6-7 weeks benefit; denies ptosis. Post-op sciatic ({64712}) healing.',
    'Billed {64612}-RT; EMG guidance ({95874}) not used this visit. NDC [00023]-1145-01, lot C5472A.',
    'Patient reports spasm closes R eye 10-20 times/hour between injections; affects reading and screens.',
    'Next injection in 12 weeks (no sooner per payer limit for {64612}). Follow-up order [70137].',
  ].join('\n'),
});

// ── 12. Consultative examination appointment letter to claimant, text layer ──
const ceLetter = lines({
  id: 's176-celetter',
  kind: 's176-consultative-exam-appointment-letter-text',
  before: 'We have scheduled you for an examination at our expense',
  text: [
    'Kansas Disability Determination Services   PO Box [64445]   Topeka KS [66610]',
    'Marla J Brandvold, 414 W 7th Ave, Hutchinson KS [67501]   Case [27583]-KS',
    'Appointment: Tuesday, January 20, 2026 at 9:30 AM   Confirmation no. [64632]',
    'With: Plains Consultative Medical Group, 2717 N Main St, Suite B, Hutchinson KS [67502]',
    'Type of exam: internal medicine/neurological examination with nerve conduction study.',
    'Bring your glasses, a photo ID and a list of your medicines. Transportation help: call 1-800-555-0188 ext [12034].',
  ].join('\n'),
});

// ── 13. CE vendor scheduling portal, grid ──
const ceSched = table({
  id: 's176-cesched',
  kind: 's176-ce-vendor-scheduling-portal-grid',
  caption: 'Plains Consultative Medical Group — DDS Authorizations — Week of 01/19/2026',
  headers: ['Auth #', 'Claimant', 'Exam', 'CPT', 'Slot', 'Claimant ZIP', 'Status'],
  rows: [
    ['[81447]', 'Brandvold, M.', 'IM/Neuro CE', '{99205}', 'Tue 09:30', '[67501]', 'Confirmed'],
    ['[81447]', 'Brandvold, M.', 'NCS 3-4 studies', '{95908}', 'Tue 10:30', '[67501]', 'Confirmed'],
    ['[81452]', 'Ostrander, G.', 'Psych CE', '{90791}', 'Tue 13:00', '[67561]', 'No show'],
    ['[81466]', 'Velasquez, R.', 'Lumbar x-ray 2-3 v', '{72100}', 'Wed 08:15', '[67501]', 'Confirmed'],
  ],
});

// ── 14. DDS CE authorization / purchase order, text layer ──
const cePo = lines({
  id: 's176-cepo',
  kind: 's176-dds-ce-purchase-authorization-text',
  before: 'CONSULTATIVE EXAMINATION AUTHORIZATION — KANSAS DDS',
  text: [
    'Authorization [81447]   Vendor Plains Consultative Medical Group   Vendor no. [90146]',
    'Authorized services: {99205} comprehensive exam; {95908} nerve conduction, 3-4 studies; {95886} needle EMG,',
    'complete, each extremity (1 limb, right leg). Do NOT perform {72100} — recent imaging in file (Ex. 4F).',
    'Specific questions: sciatic and lumbar plexus function after {64712}/{64714}; gait; use of cane; R eye closure.',
    'Fee per Kansas DDS fee schedule effective 10/01/2025. Invoice within 30 days quoting authorization and case [27583].',
  ].join('\n'),
});

// ── 15. DDS CE fee schedule, grid ──
const ceFees = table({
  id: 's176-cefees',
  kind: 's176-dds-ce-fee-schedule-grid',
  caption: 'Kansas DDS Consultative Examination Fee Schedule (excerpt)',
  headers: ['CPT', 'Description', 'Fee', 'Notes'],
  rows: [
    ['{99204}', 'Medical CE, moderate complexity', '$185.00', ''],
    ['{99205}', 'Medical CE, high complexity (with neurological)', '$225.00', ''],
    ['{95907}', 'Nerve conduction studies; 1-2 studies', '$96.00', 'Pre-approval'],
    ['{95908}', 'Nerve conduction studies; 3-4 studies', '$128.00', 'Pre-approval'],
    ['{95909}', 'Nerve conduction studies; 5-6 studies', '$160.00', 'Pre-approval'],
    ['{95910}', 'Nerve conduction studies; 7-8 studies', '$192.00', 'Pre-approval'],
    ['{95885}', 'Needle EMG, each extremity, limited, with NCS', '$64.00', 'Add-on'],
    ['{95886}', 'Needle EMG, each extremity, with NCS', '$92.00', 'Add-on'],
    ['{90791}', 'Psychiatric diagnostic evaluation', '$210.00', ''],
    ['{72100}', 'X-ray lumbosacral spine, 2-3 views', '$48.00', ''],
    ['{73502}', 'X-ray hip, unilateral, 2-3 views', '$52.00', ''],
    ['{92004}', 'Ophthalmological exam, new patient', '$140.00', 'Vision CE'],
    ['{97750}', 'Physical performance test, each 15 min', '$38.00', 'Max 4 units'],
  ],
});

// ── 16. CE report, text layer ──
const ceReport = lines({
  id: 's176-cereport',
  kind: 's176-consultative-exam-report-text',
  before: 'CONSULTATIVE EXAMINATION REPORT — Plains Consultative Medical Group — Examiner: Lorne Patchett, MD',
  text: [
    'Claimant: Marla J. Brandvold   DDS case [27583]-KS   Authorization [81447]   Exam date 01/20/2026',
    'History: right sciatic neurolysis 06/2025 ({64712}) and lumbar plexus neurolysis 09/2025 ({64714}) by',
    'Dr. Sethuraman; left foot plantar digital nerve neurolysis (chemical) in 10/2025; botulinum injections',
    'for right hemifacial spasm about every 12 weeks. She reports burning pain in the right buttock and leg.',
    'Exam: antalgic gait, uses a single-point cane; can walk 50 ft without it. Right ankle dorsiflexion 4/5.',
    'NCS/EMG (see attached): right sciatic/peroneal axonal neuropathy, chronic. Unable to heel walk on right.',
    'Services performed: {99205}, {95908}, {95886} x1. {97750} not authorized. Report faxed to DDS Topeka [66610].',
  ].join('\n'),
});

// ── 17. CE nerve conduction study results, grid ──
const ncs = table({
  id: 's176-ncs',
  kind: 's176-ce-nerve-conduction-results-grid',
  caption: 'Motor Nerve Conduction — Right (billed {95908}, {95886}) — CE [81447]',
  headers: ['Nerve / Site', 'Latency ms', 'Amp mV', 'CV m/s', 'Ref'],
  rows: [
    ['Peroneal R, ankle-EDB', '6.4', '0.9', '—', '≥2.0 mV'],
    ['Tibial R, ankle-AH', '5.1', '3.2', '39', '≥4.0 mV'],
    ['Sural R', 'NR', 'NR', 'NR', '—'],
    ['Study ID', '[44063]', '', '', 'Machine [10181]'],
  ],
});

// ── 18. eFolder exhibit list, section F (medical), grid ──
const efolderF = table({
  id: 's176-efolderf',
  kind: 's176-efolder-exhibit-list-medical-grid',
  caption: 'Exhibit List — BRANDVOLD, MARLA J — Section F: Medical Records',
  headers: ['Exhibit', 'Description', 'Source', 'From', 'To', 'Pages'],
  rows: [
    ['1F', 'Office Treatment Records', 'Cottonwood Peripheral Nerve & Pain Ctr', '02/14/2024', '11/25/2025', '142'],
    ['2F', 'Hospital Records (surgery {64712})', 'Hutchinson Regional Surgery Ctr', '06/18/2025', '06/18/2025', '28'],
    ['3F', 'Hospital Records (surgery {64714})', 'Hutchinson Regional Surgery Ctr', '09/10/2025', '09/10/2025', '31'],
    ['4F', 'Consultative Examination Report', 'Plains Consultative Med Group', '01/20/2026', '01/20/2026', '12'],
    ['5F', 'Office Treatment Records', 'Cottonwood Peripheral Nerve & Pain Ctr', '11/26/2025', '03/02/2026', '61'],
    ['6F', 'Medical Source Statement', 'A. Sethuraman, MD', '12/30/2025', '12/30/2025', '5'],
    [
      '7F',
      'Office Treatment Records (incl. {64612} x2, {64445})',
      'Cottonwood Peripheral Nerve & Pain Ctr',
      '03/03/2026',
      '09/01/2026',
      '44',
    ],
    [
      '8F',
      'Billing Records (itemized, CPT {64712}, {64714}, {64632})',
      'Cottonwood Peripheral Nerve & Pain Ctr',
      '02/14/2024',
      '09/01/2026',
      '9',
    ],
  ],
});

// ── 19. eFolder documents view (A/B/D/E sections), grid (decoy heavy) ──
const efolderDocs = table({
  id: 's176-efolderdocs',
  kind: 's176-efolder-documents-view-grid',
  caption: 'Certified Electronic Folder — Documents — Claim type T2/T16 — Level: Hearing',
  headers: ['Section', 'Doc type', 'Document', 'Received', 'Doc ID'],
  rows: [
    ['A', '2006', 'Disability Determination Transmittal (Initial T2)', '02/12/2026', '[36512]'],
    ['A', '2006', 'Disability Determination Transmittal (Recon T16)', '05/28/2026', '[36598]'],
    ['B', '3441', 'Request for Hearing by ALJ (HA-501)', '06/19/2026', '[37105]'],
    ['D', '2200', 'Certified Earnings Records', '11/24/2025', '[35018]'],
    ['E', '3368', 'Disability Report — Adult', '11/24/2025', '[35022]'],
    ['E', '3369', 'Work History Report', '12/09/2025', '[35187]'],
  ],
});

// ── 20. Disability Determination Explanation, evidence of record, text layer ──
const ddeEvidence = lines({
  id: 's176-ddeevid',
  kind: 's176-disability-determination-explanation-evidence-text',
  before: 'Disability Determination Explanation — Initial — Evidence of Record',
  text: [
    'Cottonwood Peripheral Nerve & Pain Ctr — 1F — received 12/10/2025 (RQID 6HQ2F[40718])',
    'Findings: R sciatic block x3 (CPT {64445}), open sciatic neurolysis 6/18/25 ({64712}), lumbar plexus',
    'neurolysis 9/10/25 ({64714}). Post-op PT 12 visits. Ambulates with cane per 11/25 note; not prescribed.',
    'Plains Consultative Medical Group — 4F — CE 01/20/2026: antalgic gait, 4/5 R dorsiflexion, axonal neuropathy.',
    'Assessed: Ms. Brandvold can perform light work with postural limits. Case [27583] Unit 3 SDM T. Kowalczyk.',
    'RECON: Cottonwood — 5F — received 03/19/2026 (RQID 7KZ9A[18230]): {64612} 2/10/26, {64632} 2/24/26, no new surgery.',
    'RECON: Dr. Sethuraman MSS (6F) not persuasive; inconsistent with CE. Affirmed light RFC. Case [27583] Unit 7.',
  ].join('\n'),
});

// ── 21. Physical RFC in the DDE, text layer ──
const ddeRfc = lines({
  id: 's176-dderfc',
  kind: 's176-dde-physical-rfc-assessment-text',
  before: 'Physical Residual Functional Capacity Assessment',
  text: [
    'Exertional: occasionally 20 lb, frequently 10 lb; stand/walk about 6 hrs in an 8-hr workday.',
    'Explain: s/p R sciatic neuroplasty ({64712}) and lumbar plexus neuroplasty ({64714}) with good recovery',
    'of strength; facial spasm treated with {64612} every 12 weeks, no vision limits documented.',
    'MC/PC: Dr. Hal Renfro, MD (Specialty code 29)   Signed 02/09/2026   Doc ID [36488]',
  ].join('\n'),
});

// ── 22. Initial denial notice (personalized explanation), text layer ──
const denial = lines({
  id: 's176-denial',
  kind: 's176-ssa-notice-of-disapproved-claim-text',
  before: 'Social Security Administration — Notice of Disapproved Claim',
  text: [
    'Social Security Administration, Retirement, Survivors and Disability Insurance, Kansas City, MO [64106]',
    'We have determined that you are not disabled under our rules. The following reports were used:',
    'Cottonwood Peripheral Nerve & Pain Center reports from 02/14/2024 to 11/25/2025; Hutchinson Regional',
    'Surgery Center report of 06/18/2025; Plains Consultative Medical Group report of 01/20/2026.',
    'You may ask for reconsideration within 60 days. Your local office: 1220 E 30th Ave, Hutchinson KS [67502].',
  ].join('\n'),
});

// ── 23. SSA-1696 appointment of representative, form text layer ──
const appt1696 = lines({
  id: 's176-1696',
  kind: 's176-appointment-of-representative-form-text',
  before: "Form SSA-1696 — Claimant's Appointment of Representative",
  text: [
    'Part 1. Claimant: Marla J. Brandvold   Claimant SSN: XXX-XX-4417   Mailing address ZIP [67501]',
    'Part 2. Representative: Janelle Pruitt, Esq.   Rep ID (SSA) [45107]-JP   Firm EIN 47-3360124',
    'Address: 8301 E 21st St N, Suite 420, Wichita, KS [67206]   Firm ROI tracking no. [64714]',
    'Part 3. Fee: fee agreement (Section 206(a)(2)) — fee cap $9,200   Direct payment: Yes',
  ].join('\n'),
});

// ── 24. Representative's records request letter to the practice, text layer ──
const repRequest = lines({
  id: 's176-reprequest',
  kind: 's176-representative-records-request-letter-text',
  before: 'PRUITT & HALDANE DISABILITY ADVOCATES, LLC',
  text: [
    'Our file: PH-[24117]   Re: Marla J. Brandvold, DOB 03/09/1975   Enclosed: signed SSA-827 and HIPAA release',
    'Please send complete records from 01/01/2024, including the itemized ledger (CPT codes) and operative reports',
    'for the {64712} and {64714} procedures. We also need the hemifacial spasm injection notes ({64612}).',
    'Under 45 CFR 164.524 a patient-directed copy fee may apply; please invoice us. Fax 316-555-0172, ext [30154].',
  ].join('\n'),
});

// ── 25. Email thread between rep paralegal and ROI clerk ──
const emailThread = lines({
  id: 's176-email',
  kind: 's176-rep-paralegal-roi-email-thread-text',
  before: 'From: Tessa Ybarra <tybarra@pruitthaldane.example> To: roi@cottonwoodnerve.example',
  text: [
    'Subject: RE: Brandvold — ROI queue # [30226] / invoice ROI-[64712]',
    'Hi Kim — the ledger came through but the 10/29/25 line shows {64612} with no units on the J0585 line;',
    'the ALJ will ask how many units. Also is the {64632} on 10/01 left foot? Our MSS form needs that.',
    'Kim Lutz (ROI): Yes, {64632}-LT, second injection planned. J0585 was 35 units. Check [10342] received, thanks.',
    'Tessa: Great. Hearing is 11/17 — please expedite the 5F update under queue # [31907] if OHO subpoenas.',
    'Kim Lutz: Will do. FYI the 08/18 note is a repeat block, {64445}-RT with {76942}; it posts to the ledger Friday.',
    'Tessa: Thanks. Please mail the paper copy to Pruitt & Haldane, Wichita KS [67206]; attn. mail stop [30156].',
  ].join('\n'),
});

// ── 26. Practice ROI log export CSV, text layer ──
const roiCsv = lines({
  id: 's176-roicsv',
  kind: 's176-roi-log-export-csv-text',
  before: 'roi_log_2026Q1.csv',
  text: [
    'queue_no,requester_type,requester_zip,patient_mrn,pages,fee,invoice_no,status',
    '[30237],DDS,[66610],830418,37,25.00,DDS-[70222],CLOSED',
    '[30254],DDS,[66610],830417,61,25.00,DDS-[70238],CLOSED',
    '[30261],ATTORNEY,[67202],831102,96,72.88,ROI-[64714],OPEN',
    '[30272],INSURER-LTD,[68102],829554,210,0.00,ROI-[64733],VOID',
    '[31907],OHO,[67203],830417,203,0.00,SUBPOENA-[51406],OPEN',
  ].join('\n'),
});

// ── 27. Practice Teams chat on the ROI queue ──
const chat = lines({
  id: 's176-chat',
  kind: 's176-him-team-chat-text',
  before: '#him-roi — Teams channel',
  text: [
    'Kim Lutz 9:02 AM: DDS recon request for Brandvold (RQID 7KZ9A[18230]) wants notes since 11/26 only',
    'Dana Amesbury 9:04 AM: fine, pull 5F range. Does it need the op note for {64714} again? already in 3F',
    'Kim Lutz 9:05 AM: no, just office notes + the 2/10 {64612} visit + the second {64632} on 2/24',
    'Dana Amesbury 9:07 AM: ok. Put it under queue [30254]. DDS fax server ticket [64612] keeps bouncing btw',
    'Kim Lutz 9:12 AM: also the rep wants 8F billing printout — CPT col only? last time they asked why {64714} had no mod',
    'Dana Amesbury 9:13 AM: send the full ledger; {64714} is unilateral by definition, RT is just our habit',
  ].join('\n'),
});

// ── 28. Medical source statement by treating physician, form text layer ──
const mss = lines({
  id: 's176-mss',
  kind: 's176-treating-source-statement-form-text',
  before: 'MEDICAL SOURCE STATEMENT OF ABILITY TO DO WORK-RELATED ACTIVITIES (PHYSICAL)',
  text: [
    'Patient: Marla J. Brandvold   Physician: Anil Sethuraman, MD   Date 12/30/2025   Form rev. [20117]',
    'Diagnoses: R sciatic neuropathy; lumbosacral plexopathy; L Morton neuroma; R hemifacial spasm.',
    'Treatment: sciatic block {64445} x3; sciatic neuroplasty {64712}; lumbar plexus neuroplasty {64714};',
    'plantar digital nerve neurolysis {64632} x2 (left); chemodenervation {64612} q12 wk.',
    'Can stand/walk less than 2 hours total; must use cane; would be off task 20% or more; absent 3+ days/month.',
    'Basis: EMG 01/20/2026; pain flares 48-72 h after each {64445} block and {64612} session; cane since 06/2025.',
    'Physician NPI 1386950214   Clinic ZIP [67501]   Completed at request of representative (file PH-[24117]).',
  ].join('\n'),
});

// ── 29. Representative pre-hearing brief, text layer ──
const brief = lines({
  id: 's176-brief',
  kind: 's176-representative-prehearing-brief-text',
  before: 'PRE-HEARING MEMORANDUM — Claimant: Marla J. Brandvold — ALJ: Hon. Curtis Vandermolen',
  text: [
    'Ms. Brandvold, 51, has undergone two open nerve decompressions — sciatic neuroplasty (CPT {64712}, Ex. 2F/4)',
    'and lumbar plexus neuroplasty (CPT {64714}, Ex. 3F/6) — after three failed sciatic blocks ({64445}, Ex. 1F/22-41).',
    'She also receives chemodenervation for hemifacial spasm ({64612}) every 12 weeks (Ex. 1F/118; 5F/9), and',
    'chemical neurolysis of a left plantar digital nerve ({64632}) (Ex. 5F/30). A limitation to sedentary work',
    'directs a finding of disabled under Rule 201.12 as of her 50th birthday (03/08/2025).',
    'Our file PH-[24117]. Representative ID [45107]. Please associate the enclosed 6F (MSS) with the record.',
    'The DDE (Ex. 2A) calls the recovery after {64712} "good", but 7F shows a repeat sciatic block ({64445}-RT)',
    'on 08/18/2026, i.e. the pain returned; the State agency never saw 7F. The plexus release ({64714}) did not',
    'restore dorsiflexion (4/5 at 4F). Facial spasm persists despite {64612} (Ex. 7F/3, 7F/11): she cannot keep',
    'the right eye open for sustained screen work. The {64632} neurolysis (5F/30) limits standing on the left foot.',
  ].join('\n'),
});

// ── 30. Brief's medical chronology table, grid ──
const chrono = table({
  id: 's176-chrono',
  kind: 's176-brief-medical-chronology-grid',
  caption: 'Attachment A — Medical Chronology (procedures)',
  headers: ['Date', 'Provider', 'Procedure (CPT)', 'Exhibit'],
  rows: [
    ['03/05/2024', 'Sethuraman', 'R sciatic block, {64445}', '1F/22'],
    ['05/22/2024', 'Sethuraman', 'R sciatic block, {64445}', '1F/31'],
    ['11/13/2024', 'Sethuraman', 'R sciatic block, {64445}, {76942}', '1F/41'],
    ['06/18/2025', 'Sethuraman', 'Open sciatic neurolysis, {64712}', '2F/4'],
    ['09/10/2025', 'Sethuraman', 'Lumbar plexus neurolysis, {64714}', '3F/6'],
    ['10/01/2025', 'Waltz', 'L plantar digital nerve neurolysis, {64632}', '1F/112'],
    ['10/29/2025', 'Waltz', 'R facial chemodenervation, {64612}', '1F/118'],
    ['02/24/2026', 'Waltz', 'L plantar digital nerve neurolysis, {64632}', '5F/30'],
    ['02/10/2026', 'Waltz', 'R facial chemodenervation, {64612}', '5F/9'],
    ['05/05/2026', 'Waltz', 'R facial chemodenervation, {64612}', '7F/3'],
    ['08/04/2026', 'Waltz', 'R facial chemodenervation, {64612}; EMG guidance {95874}', '7F/11'],
    ['08/18/2026', 'Sethuraman', 'Repeat R sciatic block, {64445}-RT (post-neurolysis)', '7F/15'],
  ],
});

// ── 31. Notice of Hearing, text layer ──
const hearingNotice = lines({
  id: 's176-hearingnotice',
  kind: 's176-alj-notice-of-hearing-text',
  before: 'NOTICE OF HEARING — Office of Hearings Operations',
  text: [
    'Social Security Administration, OHO, 1999 N Amidon Ave, Suite 200, Wichita, KS [67203]',
    'Claimant: Marla J. Brandvold   Claim for: Period of Disability, DIB and SSI   Hearing office code [05417]',
    'Date: November 17, 2026   Time: 10:00 AM Central   Type: online video (Microsoft Teams) or telephone',
    'A vocational expert, Dr. Renata Oyelaran, will testify. Please send evidence no later than 5 business days',
    'before the hearing. Representative: Janelle Pruitt, Wichita KS [67206]. Hearing tracking [56201].',
  ].join('\n'),
});

// ── 32. Hearing office daily docket, grid ──
const docket = table({
  id: 's176-docket',
  kind: 's176-hearing-office-daily-docket-grid',
  caption: 'OHO Wichita — ALJ Vandermolen — Docket for Tuesday 11/17/2026',
  headers: ['Time', 'Claimant', 'Claim', 'Rep', 'VE', 'Tracking #'],
  rows: [
    ['08:30', 'Ostrander, G.', 'T16', 'Pro se', 'Oyelaran', '[56177]'],
    ['10:00', 'Brandvold, M.', 'T2/T16', 'Pruitt', 'Oyelaran', '[56201]'],
    ['11:15', 'Quist, D.', 'T2', 'Haldane', 'Oyelaran', '[56233]'],
    ['13:30', 'Nakamura-Fell, S.', 'T2', 'Non-attorney', 'Braddock', '[56245]'],
    ['14:45', 'Ibarra, L.', 'T16', 'Pruitt', 'Braddock', '[56260]'],
  ],
});

// ── 33. Acknowledgment / Appeals status page (my Social Security), text layer ──
const appealStatus = lines({
  id: 's176-appealstatus',
  kind: 's176-online-appeal-status-page-text',
  before: 'my Social Security — Appeal Status',
  text: [
    'Your appeal: Request for Hearing — Status: Scheduled   Hearing office: Wichita, KS [67203]',
    'Received 06/19/2026   Confirmation number: [64612]-HRG   Next: Hearing 11/17/2026 10:00 AM',
    'Your representative: Janelle Pruitt   Questions: 1-866-555-0110   Reference [22761]',
  ].join('\n'),
});

// ── 34. Medical-vocational worksheet, grid ──
const grid = table({
  id: 's176-grid',
  kind: 's176-medical-vocational-worksheet-grid',
  caption: 'Medical-Vocational Worksheet — Brandvold — Age 51 (closely approaching advanced age), HS, unskilled PRW',
  headers: ['RFC level', 'Rule', 'Age category', 'Education', 'Previous work', 'Decision'],
  rows: [
    ['Sedentary', '201.12', 'Closely approaching advanced', 'HS, no direct entry', 'Unskilled/none', 'Disabled'],
    ['Light', '202.13', 'Closely approaching advanced', 'HS', 'Unskilled/none', 'Not disabled'],
    ['Light, cane', 'SSR 96-9p / 83-12', 'Closely approaching advanced', 'HS', 'Unskilled', 'VE needed'],
    ['Worksheet ID', '[19306]', '', '', 'Prepared by hearing writer', 'Draft'],
  ],
});

// ── 35. Past relevant work / VE worksheet with DOT, grid ──
const prw = table({
  id: 's176-prw',
  kind: 's176-vocational-expert-prw-worksheet-grid',
  caption: 'VE Worksheet — Past Relevant Work (15 years)',
  headers: ['Job', 'DOT', 'SVP', 'Exertion (as done)', 'Earnings yr', 'Annual $'],
  rows: [
    ['Nurse assistant', '355.674-014', '4', 'Medium (heavy as done)', '2016', '[23118].40'],
    ['Order picker', '922.687-058', '2', 'Medium', '2019', '[31407].12'],
    ['Order picker', '922.687-058', '2', 'Medium', '2022', '[33968].55'],
    ['Cashier II', '211.462-010', '2', 'Light', '2023', '[14632].09'],
  ],
});

// ── 36. Certified earnings record, text layer (decoy heavy) ──
const earnings = lines({
  id: 's176-earnings',
  kind: 's176-certified-earnings-record-text',
  before: 'SUMMARY EARNINGS QUERY — DISPLAY — SSN ***-**-4417',
  text: [
    'YEAR   FICA EARNINGS   QC   EMPLOYER EIN',
    '2021   [29874].61        4    48-0531207',
    '2022   [33968].55        4    48-0531207',
    '2023   [14632].09        4    48-1174450',
    '2024   [04415].00        2    48-1174450',
    'DLI 12/31/2029   Total QC [00124]   SGA 2024 monthly $1,550',
  ].join('\n'),
});

// ── 37. VE hearing testimony transcript, text layer ──
const transcript = lines({
  id: 's176-transcript',
  kind: 's176-hearing-transcript-ve-testimony-text',
  before: 'TRANSCRIPT OF ORAL HEARING — Exhibit list reviewed — Tracking 56201',
  text: [
    'ALJ: Counsel, the 6F statement says off task 20%. What objective support?',
    'ATTY: Your Honor, two open decompressions — {64712} at 2F/4 and {64714} at 3F/6 — and the EMG at 4F.',
    'ALJ: The numbers in the chronology are procedure codes? ATTY: Yes, CPT codes from the ledger at 1F/140.',
    'VE: Sedentary unskilled with cane: document preparer, DOT 249.587-018, about [36000] jobs nationally.',
    'VE: Addresser, 209.587-010, roughly [11500] jobs. With 20% off task, no competitive work.',
    'ATTY: And if she needs to lie down two days after each {64612} injection and each {64445} block? VE: Same.',
    'ALJ: Counsel, did the plantar neurolysis ({64632}) require any post-procedure restriction? ATTY: Non-weight-bearing 48 hours, 5F/31.',
  ].join('\n'),
});

// ── 38. ALJ decision, findings excerpt, text layer ──
const decision = lines({
  id: 's176-decision',
  kind: 's176-alj-decision-findings-text',
  before: 'DECISION — Fully Favorable — Findings of Fact and Conclusions of Law',
  text: [
    '5. The claimant has the RFC to perform sedentary work except she requires a cane to ambulate (20 CFR 404.1567(a)).',
    'The record shows open neurolysis of the right sciatic nerve (CPT {64712}) and of the lumbar plexus ({64714})',
    'with persistent axonal findings on the consultative EMG (Exhibit 4F), and ongoing {64612} injections (5F/9).',
    'Three sciatic nerve blocks ({64445}) preceded surgery, and a fourth followed it (7F/15). The State agency',
    'consultants did not have Exhibits 7F and 8F; their opinions (2A, 4A) are given little weight.',
    '10. Considering age, education and RFC, Rule 201.12 directs disabled from 03/08/2025. BIC A (DIB).',
    'Notice mailed from OHO Wichita, KS [67203]. ALJ Vandermolen. Decision ID [58811].',
  ].join('\n'),
});

// ── 39. ROI vendor API JSON payload, text layer ──
const roiJson = lines({
  id: 's176-roijson',
  kind: 's176-roi-vendor-api-json-text',
  before: 'GET /api/v2/requests/31907 — response',
  text: [
    '{ "queueNo": "[31907]", "requester": { "type": "OHO", "name": "OHO Wichita", "zip": "[67203]" },',
    '  "patient": { "mrn": "830417", "zip": "[67501]" }, "docTypes": ["OFFICE_NOTE","OP_NOTE","LEDGER"],',
    '  "cptFilter": ["{64612}", "{64632}"], "dateFrom": "2026-03-03", "invoiceNo": "ROI-[65102]",',
    '  "ledgerLines": [{ "dos": "2026-05-05", "cpt": "{64612}", "mod": "RT" }, { "dos": "2026-08-18", "cpt": "{64445}", "mod": "RT" }],',
    '  "fee": { "retrieval": 22.88, "perPage": 0.52, "certification": 15.00 }, "facilityId": "[12279]" }',
  ].join('\n'),
});

// ── 40. HL7 MDM message for scanned SSA correspondence, text layer ──
const hl7 = lines({
  id: 's176-hl7',
  kind: 's176-hl7-mdm-scanned-ssa-correspondence-text',
  before: 'Interface engine — MDM^T02 — channel SCAN_IN',
  text: [
    'MSH|^~\\&|SCANNER|CPNC|EHR|CPNC|20260915083112||MDM^T02|[88421]|P|2.5.1',
    'PID|1||830417^^^CPNC^MR||BRANDVOLD^MARLA^J||19750309|F|||414 W 7TH AVE^^HUTCHINSON^KS^[67501]',
    'TXA|1|ROI^Release of Information|TX|||||||||[31907]^ROIQ||||OHO subpoena — Brandvold|AU',
    'OBX|1|TX|ROI^Scope||Office notes since 03/03/2026 incl. {64612} and {64632} procedure notes||||||F',
    'OBX|2|TX|ROI^Ledger||Itemized ledger lines {64445}-RT 08/18/2026, {76942}; fee schedule FS[10466]||||||F',
  ].join('\n'),
});

// ── 41. EHR search results for SSA requests, text layer ──
const ehrSearch = lines({
  id: 's176-ehrsearch',
  kind: 's176-ehr-document-search-results-text',
  before: 'Search documents: "SSA" OR "DDS" — patient BRANDVOLD, MARLA J — 9 results',
  text: [
    'DDS MER request 12/02/2025 — Kansas DDS, Topeka KS [66610] — scanned, 3 pp — Doc [45520]',
    'Operative report 06/18/2025 — sciatic neuroplasty {64712} — sent to DDS 12/10/2025, ROI queue [30211]',
    'Operative report 09/10/2025 — lumbar plexus neuroplasty {64714} — sent to DDS 12/10/2025',
    'CE report copy 01/20/2026 — Plains Consultative, NCS {95908} / EMG {95886} — received from rep',
    'OHO subpoena 09/15/2026 — Wichita KS [67203] — ROI queue [31907] — Doc [45961]',
    'Procedure note 08/18/2026 — repeat sciatic block {64445}-RT — added to ROI queue [31907]',
    'Procedure note 05/05/2026 — facial chemodenervation {64612} — added to ROI queue [31907]',
  ].join('\n'),
});

// ── 42. ROI clerk's daily production report, grid ──
const production = table({
  id: 's176-production',
  kind: 's176-roi-daily-production-report-grid',
  caption: 'ROI Production — 12/10/2025 — K. Lutz',
  headers: ['Queue #', 'Requester', 'Disclosed', 'Pages', 'Fee', 'Delivery', 'Confirmation'],
  rows: [
    ['[30211]', 'Kansas DDS', '1F office notes, 2F/3F op notes', '142', '$25.00', 'ERE upload', '[64714]'],
    ['[30198]', 'Cigna LTD', 'Notes only', '22', '$18.50', 'Fax', '[77063]'],
    ['[30203]', 'Kansas DDS', 'CE records', '9', '$25.00', 'ERE upload', '[77071]'],
    ['[30209]', 'Patient', 'Ledger', '4', '$0.00', 'Portal', '[77080]'],
  ],
});

// ── 43. Fee authorization / past-due benefits notice, text layer ──
const feeNotice = lines({
  id: 's176-feenotice',
  kind: 's176-notice-of-award-fee-withholding-text',
  before: 'Notice of Award — Retirement, Survivors and Disability Insurance',
  text: [
    'Mid-America Program Service Center, 601 E 12th St, Kansas City, MO [64106]-2817',
    'You are entitled to monthly disability benefits beginning September 2025. Past-due benefits: $21,645.00 (payment no. [64445])',
    'We withheld $5,411.25 (25%) to pay your representative, capped at $9,200. Claim number ***-**-4417A.',
    'Representative fee payee: Janelle Pruitt, Wichita KS [67206]. Direct payment record [60385].',
  ].join('\n'),
});

// ── 44. Representative's case-management software, medical providers tab, grid ──
const caseMgmt = table({
  id: 's176-casemgmt',
  kind: 's176-rep-case-management-providers-tab-grid',
  caption: 'Matter PH-24117 Brandvold, Marla — Medical Providers — Records status',
  headers: ['Provider', 'Provider ZIP', 'Key procedures (CPT)', 'Records through', 'Req. #', 'Exhibited'],
  rows: [
    [
      'Cottonwood Peripheral Nerve & Pain Ctr',
      '[67501]',
      '{64445} x4, {64632} x2, {64612} x4',
      '09/01/2026',
      '[64714]',
      '1F, 5F, 7F, 8F',
    ],
    [
      'Hutchinson Regional Surgery Ctr',
      '[67502]',
      '{64712} (6/18/25), {64714} (9/10/25)',
      '09/10/2025',
      '[30109]',
      '2F, 3F',
    ],
    ['Plains Consultative Medical Group', '[67502]', '{99205}, {95908}, {95886}', '01/20/2026', '[30145]', '4F'],
    ['Reno County Eye Associates', '[67501]', '{92014}', 'Requested', '[30163]', 'Not yet'],
  ],
});

export const sealed176: readonly Snippet[] = [
  ...merLetter,
  ...ereList,
  ...roiQueue,
  ...roiInvoice,
  ...roiInvLines,
  ...merVoucher,
  ...coverSheet,
  ...ledger,
  ...opNote,
  ...blockNote,
  ...facialNote,
  ...ceLetter,
  ...ceSched,
  ...cePo,
  ...ceFees,
  ...ceReport,
  ...ncs,
  ...efolderF,
  ...efolderDocs,
  ...ddeEvidence,
  ...ddeRfc,
  ...denial,
  ...appt1696,
  ...repRequest,
  ...emailThread,
  ...roiCsv,
  ...chat,
  ...mss,
  ...brief,
  ...chrono,
  ...hearingNotice,
  ...docket,
  ...appealStatus,
  ...grid,
  ...prw,
  ...earnings,
  ...transcript,
  ...decision,
  ...roiJson,
  ...hl7,
  ...ehrSearch,
  ...production,
  ...feeNotice,
  ...caseMgmt,
];
