import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 118 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s118-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too. About a third of the decoys are numbers of the synthetic 10,000-code set (KNOWN_10K) used as
 * ZIPs, CTMS record, subject, account, invoice, check, cost-center, CDM, batch, form and query ids, and dollar amounts
 * written without a comma. The five known codes' digits come back as decoys: a CTMS protocol record id, a sponsor
 * lockbox PO box, a remittance check number, a hospital cost center, an invoice number, an eCRF form OID, a charge hold
 * batch id, a monitor's action-item number and a CDM line.
 *
 * Family: a device maker's post-market study of peripheral nerve stimulation and neurolysis, and the hospital's clinical
 * trial management system (CTMS): the CTMS study setup and subject header, the subject visit calendar with billing
 * designations (standard of care vs study-paid, per CPT), a calendar CSV export, the sponsor budget grid and its
 * footnotes, the invoiceable-items tracker, an invoice to the sponsor, the IRB protocol's schedule of events and
 * procedure section, the eCRF procedure page, its code log and a CDISC ODM XML export, the Medicare clinical trial
 * coverage analysis (cover page with NCT and IDE numbers, billing grid with Q0/Q1 modifiers, justification prose), the
 * sponsor payment remittance advice and its line detail, the research billing reviewer's charge hold queue, hold detail
 * and release note, an 837P service line with the Q1 modifier, an HL7 v2 DFT charge message, a FHIR ChargeItem, the
 * chargemaster crosswalk, the study monitor's visit report (summary, SDV findings, action items), a protocol deviation
 * log, a budget negotiation e-mail, a financial reconciliation grid, the clinical trial agreement payment exhibit, a
 * quarterly research billing claim audit, an 835 remittance for a study claim, a subject stipend log, the sponsor's
 * site payments portal, a monitor follow-up letter, an IRB amendment summary of changes, a coordinator visit
 * worksheet, a budget/coverage/calendar consistency check and a research billing reviewer's e-mail.
 * Built on real public layouts: the OnCore/Advarra CTMS subject calendar and billing grid (visit, procedure, CPT,
 * SOC/R/S designation), the CMS Medicare coverage analysis template columns (item/service, CPT/HCPCS, billable to
 * Medicare, Q0/Q1, justification citing NCD 310.1 and the IDE category), ClinicalTrials.gov NCT numbers, the X12 837P
 * SV1 segment and REF*P4/NTE clinical trial number, the X12 835 CLP/SVC/CAS layout, HL7 v2 DFT^P03 FT1 segment, FHIR R4 ChargeItem, CDISC ODM ItemData,
 * and the ICH E6 monitoring visit report sections. The others are written the way those pages read.
 *
 * 327 labelled tokens over 42 shapes: 160 codes, 167 decoys, 59 of the decoys in KNOWN_10K.
 */

// ── 1. CTMS study setup screen, text layer (decoy heavy) ──
const setup = lines({
  id: 's118-setup',
  kind: 's118-ctms-study-setup-summary-text',
  before: 'OnTrial CTMS — Study Summary — RELIEVE-PNS Post-Market Study',
  text: [
    'Protocol record no. [64714]   Protocol AXN-PMS-021   NCT05318842   Status: Open to Accrual',
    'Sponsor: Axonix Medical, Inc., 400 Marquette Ave, Minneapolis, MN [55401]',
    'Department: Pain Medicine / PM&R   Research cost center [64712]   Fund [21604]',
    'IRB of record: Lakeshore University IRB, study [20576]; approval 03/14/2025, renewal due 03/13/2026',
    'Site: Lakeshore University Medical Center, [11100] Euclid Ave, Cleveland, OH [44106]',
    'Target accrual 60; enrolled 23; screen failures 7; CTMS budget version [10112] (v4, signed)',
  ].join('\n'),
});

// ── 2. CTMS subject header, text layer ──
const subjectHeader = lines({
  id: 's118-subj',
  kind: 's118-ctms-subject-console-header-text',
  before: 'Subject Console',
  text: [
    'Subject RLV-014   Sequence no. [30720]   MRN 004471298   On study 05/06/2025',
    'Home: Parma, OH [44134]   Payer: Medicare Part B (MBI on file)   Secondary: AARP supplement group [71340]',
    'Hospital account (research) [88250]   Treating arm: PNS + chemical neurolysis',
    'Index procedure: percutaneous PNS lead, sciatic ({64555}); neurolysis ({64632}) at visit 3',
  ].join('\n'),
});

// ── 3. Subject visit calendar with billing designations, table ──
const calendar = table({
  id: 's118-cal',
  kind: 's118-ctms-subject-visit-calendar-billing-grid',
  caption: 'Subject calendar — RLV-014 — Arm B (PNS + neurolysis)',
  headers: ['Visit', 'Window', 'Procedure', 'CPT', 'Billing', 'Status'],
  rows: [
    ['V1 Screening', 'Day -30 to -1', 'Nerve conduction, 3–4 studies', '{95908}', 'S — Study', 'Done'],
    ['V1 Screening', 'Day -30 to -1', 'Office visit, est. patient', '{99214}', 'SOC', 'Done'],
    ['V2 Implant', 'Day 0', 'Sciatic nerve block, single inj.', '{64445}', 'SOC', 'Done'],
    [
      'V2 Implant',
      'Day 0',
      'Perc. implant neurostim electrode, peripheral nerve',
      '{64555}',
      'SOC (device: sponsor)',
      'Done',
    ],
    ['V2 Implant', 'Day 0', 'US guidance for needle placement', '{76942}', 'S — Study', 'Done'],
    ['V3 Week 4', '± 7 days', 'Neurolysis, plantar common digital nerve', '{64632}', 'SOC', 'Scheduled'],
    ['V3 Week 4', '± 7 days', 'Neurostimulator programming, simple', '{95971}', 'S — Study', 'Scheduled'],
    ['V4 Month 3', '± 14 days', 'Neuroplasty, sciatic nerve (if indicated)', '{64712}', 'SOC', 'Pending'],
  ],
});

// ── 4. CTMS billing grid by visit, table with abbreviated header ──
const billingGrid = table({
  id: 's118-bgrid',
  kind: 's118-ctms-protocol-billing-grid-by-visit',
  caption: 'Billing grid (protocol calendar template, Arm A) — R = routine/SOC, S = sponsor, N = not billed',
  headers: ['Proc', 'Description', 'Scr', 'D0', 'Wk4', 'M3', 'M6'],
  rows: [
    ['{64714}', 'Neuroplasty; lumbar plexus', '', 'R', '', '', ''],
    ['{64712}', 'Neuroplasty; sciatic nerve', '', 'R', '', 'R', ''],
    ['{64445}', 'Inj anes sciatic nrv single', '', 'R', '', 'R', ''],
    ['{64612}', 'Chemodenerv facial nrv unilat', 'S', '', '', 'S', ''],
    ['{95971}', 'Anlys smpl sp/pn npgt w/prgrmg', '', 'S', 'S', 'S', 'S'],
    ['{99213}', 'Office o/p est low 20 min', 'R', '', 'R', 'R', 'R'],
    ['{96127}', 'Brief emotional/behav assmt', 'S', '', 'S', 'S', 'S'],
  ],
});

// ── 5. Calendar CSV export, text layer ──
const calCsv = lines({
  id: 's118-calcsv',
  kind: 's118-ctms-calendar-csv-export-text',
  before: 'calendar_export_AXN-PMS-021.csv',
  text: [
    'protocol_no,subject_seq,visit,proc_code,billing,sponsor_amt,har',
    'AXN-PMS-021,[30720],V2,{64555},SOC,0.00,[88250]',
    'AXN-PMS-021,[30720],V2,{64445},SOC,0.00,[88250]',
    'AXN-PMS-021,[30720],V2,{76942},S,142.00,[88250]',
    'AXN-PMS-021,[30731],V3,{64632},SOC,0.00,[88262]',
    'AXN-PMS-021,[30731],V4,{64712},SOC,0.00,[88262]',
  ].join('\n'),
});

// ── 6. Sponsor budget grid, table ──
const budget = table({
  id: 's118-budget',
  kind: 's118-sponsor-budget-grid-per-procedure',
  caption: 'Exhibit B — Study Budget (per subject), Axonix RELIEVE-PNS, version 4',
  headers: ['Item', 'CPT/HCPCS', 'Fee', 'OH 28%', 'Total', 'Paid by'],
  rows: [
    ['Screening visit', '{99204}', '$310.00', '$86.80', '$396.80', 'Sponsor'],
    ['Nerve conduction study', '{95908}', '$228.00', '$63.84', '$291.84', 'Sponsor'],
    ['Ultrasound guidance', '{76942}', '$142.00', '$39.76', '$181.76', 'Sponsor'],
    ['Sciatic block (single shot)', '{64445}', '—', '—', '—', 'Insurance (SOC)'],
    ['Facial chemodenervation (sub-study)', '{64612}', '$412.00', '$115.36', '$527.36', 'Sponsor'],
    ['Device programming, each', '{95971}', '$96.00', '$26.88', '$122.88', 'Sponsor'],
    ['Start-up fee (one time)', 'n/a', '[12500]', '', '', 'Sponsor'],
  ],
});

// ── 7. Budget footnotes, text layer ──
const budgetNotes = lines({
  id: 's118-bnotes',
  kind: 's118-sponsor-budget-footnotes-text',
  before: 'Notes to Exhibit B',
  text: [
    '1. Neuroplasty {64712} and {64714} are standard of care and billed to the subject’s insurer; no sponsor payment.',
    '2. Chemical neurolysis (CPT {64632}) is SOC; the sponsor pays only the study-specific photo documentation.',
    '3. Sponsor vendor no. [20174]; PO [88131] must appear on every invoice.',
    '4. Screen failure payment capped at 10 subjects; IRB fees invoiced at cost (est. $2,850 per year).',
    '5. Holdback of 10% released at database lock; amounts in USD; budget id [10112].',
  ].join('\n'),
});

// ── 8. Invoiceable items tracker, table ──
const invoiceables = table({
  id: 's118-invtrk',
  kind: 's118-ctms-invoiceable-items-tracker-grid',
  caption: 'Invoiceable Items — not milestone-driven — AXN-PMS-021',
  headers: ['Item', 'Subject', 'Triggered', 'Ref code', 'Amount', 'Invoice'],
  rows: [
    ['Facial chemodenervation sub-study', 'RLV-009', '07/22/2025', '{64612}', '$527.36', 'INV-[64612]'],
    ['Unscheduled programming', 'RLV-011', '08/04/2025', '{95971}', '$122.88', 'INV-[64612]'],
    ['Repeat sciatic block (protocol-req.)', 'RLV-014', '08/19/2025', '{64445}', '$188.40', 'not yet invoiced'],
    ['Lead revision (device)', 'RLV-006', '09/02/2025', '{64585}', '$640.00', 'INV-[70595]'],
    ['IRB continuing review fee', '—', '03/01/2025', '—', '$1,400.00', 'INV-[70595]'],
    ['Record retrieval, SAE', 'RLV-003', '06/30/2025', '—', '$75.00', 'INV-[70620]'],
  ],
});

// ── 9. Invoice to sponsor, text layer ──
const invoice = lines({
  id: 's118-invoice',
  kind: 's118-site-invoice-to-sponsor-text',
  before: 'Lakeshore University Medical Center — Clinical Research Finance — INVOICE',
  text: [
    'Invoice INV-[64612]   Date 08/31/2025   Terms Net 45   PO [88131]',
    'Bill to: Axonix Medical, Inc., Accounts Payable, PO Box [64632], Minneapolis, MN [55486]',
    'Study AXN-PMS-021 (NCT05318842)   Remit to: LUMC Research Finance, Cleveland, OH [44106]',
    'Line 1: Facial chemodenervation {64612}, RLV-009, 07/22/2025 ........ $527.36',
    'Line 2: Programming visit {95971}, RLV-011, 08/04/2025 ........ $122.88',
    'Total due $650.24   Tax ID on W-9; remit reference [21524]',
  ].join('\n'),
});

// ── 10. IRB protocol schedule of events, table (procedures as row labels) ──
const soe = table({
  id: 's118-soe',
  kind: 's118-irb-protocol-schedule-of-events-grid',
  caption: 'Table 3. Schedule of Events',
  headers: ['Assessment', 'Screening', 'Day 0', 'Week 4', 'Month 3', 'Month 6', 'Month 12'],
  rows: [
    ['Informed consent', 'X', '', '', '', '', ''],
    ['Nerve conduction studies (CPT {95908})', 'X', '', '', '', '', 'X'],
    ['Sciatic nerve block, single injection ({64445})', '', 'X', '', 'Xᵃ', '', ''],
    ['PNS lead placement ({64555})', '', 'X', '', '', '', ''],
    ['Chemical neurolysis, digital nerve ({64632})', '', '', 'Xᵇ', '', '', ''],
    ['Device interrogation / programming ({95970})', '', 'X', 'X', 'X', 'X', 'X'],
    ['BPI-SF, PGIC, ODI questionnaires', 'X', '', 'X', 'X', 'X', 'X'],
  ],
});

// ── 11. IRB protocol procedures section, text layer ──
const protocolText = lines({
  id: 's118-protsec',
  kind: 's118-irb-protocol-study-procedures-section-text',
  before: '7.3 Study Procedures — Day 0 (Implant)',
  text: [
    'Under ultrasound guidance the investigator performs a single-injection sciatic nerve block (CPT {64445})',
    'before the percutaneous lead is placed; when scar tissue limits lead position, open neuroplasty of the',
    'sciatic nerve ({64712}) may be done as standard care and is recorded on the procedure eCRF.',
    'Subjects with lumbar plexus entrapment may instead undergo neuroplasty {64714}; these are not study procedures.',
    'Protocol AXN-PMS-021, Amendment 3, IRB study [20576], page 31 of 74.',
  ].join('\n'),
});

// ── 12. eCRF procedure page, text layer (form fields) ──
const ecrf = lines({
  id: 's118-ecrf',
  kind: 's118-ecrf-procedure-page-fields-text',
  before: 'EDC — RELIEVE-PNS — Form PROC (Procedure Log) — Subject RLV-014 — Visit V2',
  text: [
    'Form OID F_PROC_[64445]   Version 3.0   Site 012',
    'Procedure date: 05/06/2025   Procedure performed: Sciatic nerve block',
    'CPT code: {64445}   Laterality: Right   Guidance: Ultrasound ({76942})',
    'Concomitant procedure CPT (1): {64555}   (2): {64712}   (3): ____',
    'Query [31154] (open): "Confirm whether {64712} was performed; op note lists neurolysis only."',
  ].join('\n'),
});

// ── 13. eCRF procedure code log, table with no header ──
const ecrfLog = table({
  id: 's118-ecrflog',
  kind: 's118-ecrf-procedure-log-repeating-rows',
  caption: 'PROC — repeating section (entered values)',
  headers: ['', '', '', ''],
  rows: [
    ['1', '05/06/2025', '{64445}', 'RT'],
    ['2', '05/06/2025', '{64555}', 'RT'],
    ['3', '06/03/2025', '{64632}', 'LT, 3rd interspace'],
    ['4', '06/03/2025', '{64632}', 'LT, 2nd interspace'],
    ['5', '08/12/2025', '{64612}', 'RT (sub-study)'],
  ],
});

// ── 14. eCRF ODM XML export, text layer ──
const odm = lines({
  id: 's118-odm',
  kind: 's118-ecrf-cdisc-odm-xml-export-text',
  before: '<ODM FileOID="AXN-PMS-021-export" ODMVersion="1.3.2">',
  text: [
    '<SubjectData SubjectKey="RLV-014"><StudyEventData StudyEventOID="SE_V3">',
    '<FormData FormOID="F_PROC_[64445]"><ItemGroupData ItemGroupOID="IG_PROC" ItemGroupRepeatKey="3">',
    '<ItemData ItemOID="I_PROC_CPT" Value="{64632}"/>',
    '<ItemData ItemOID="I_PROC_CPT2" Value="{64640}"/>',
    '<ItemData ItemOID="I_PROC_QRY" Value="[31154]"/>',
    '<ItemData ItemOID="I_PROC_CPT" Value="{64712}"/></ItemGroupData>',
  ].join('\n'),
});

// ── 15. Medicare coverage analysis cover page, text layer ──
const mcaCover = lines({
  id: 's118-mcacov',
  kind: 's118-medicare-coverage-analysis-cover-text',
  before: 'Medicare Coverage Analysis — Office of Clinical Research Billing Compliance',
  text: [
    'Study: RELIEVE-PNS (AXN-PMS-021)   NCT05318842   IDE G190214, Category B   CTMS record [64714]',
    'Qualifying trial: yes — device trial under NCD 310.1 §A; routine costs billable with Q1, investigational items Q0',
    'Claims must carry the NCT number (8 digits after NCT) and condition code 30 / ICD-10 Z00.6',
    'Billing designations reviewed for {64712} {64714} {64445} {64632} {64612} {64555} {95971}',
    'Prepared by R. Okafor, CCRP, 05/01/2025; analysis no. [22051]; supersedes [22047]',
  ].join('\n'),
});

// ── 16. Coverage analysis billing grid, table ──
const mcaGrid = table({
  id: 's118-mcagrid',
  kind: 's118-medicare-coverage-analysis-billing-grid',
  caption: 'Coverage analysis — billing grid',
  headers: ['Item / service', 'CPT/HCPCS', 'Billable to Medicare?', 'Modifier', 'Justification'],
  rows: [
    ['PNS lead implant', '{64555}', 'Yes', 'Q0', 'IDE Cat B device; procedure covered per LCD L[38484]'],
    ['Sciatic nerve block', '{64445}', 'Yes', 'Q1', 'Routine anesthesia for implant'],
    ['Sciatic neuroplasty', '{64712}', 'Yes', 'Q1', 'SOC when entrapment found'],
    ['Lumbar plexus neuroplasty', '{64714}', 'Yes', 'Q1', 'SOC alternative to {64712}'],
    ['Plantar digital neurolysis', '{64632}', 'Yes', 'Q1', 'SOC for Morton neuroma, subject arm B'],
    ['Facial chemodenervation (sub-study)', '{64612}', 'No', '—', 'Research only; sponsor-paid, do not bill'],
    ['Programming', '{95971}', 'No', '—', 'Sponsor pays per Exhibit B'],
  ],
});

// ── 17. Coverage analysis justification prose, text layer ──
const mcaProse = lines({
  id: 's118-mcaprose',
  kind: 's118-coverage-analysis-justification-prose-text',
  before: 'Section 4. Justification of routine costs',
  text: [
    'The sciatic nerve block billed as {64445}-Q1 is the anesthetic a non-study patient would receive for lead placement.',
    'Neuroplasty of the sciatic nerve ({64712}-Q1 on the claim) is billable only when it is performed',
    'for entrapment documented before consent. The facial-nerve chemodenervation sub-study ({64612}) is promised free',
    'in the informed consent (section 11) and must never reach Medicare; see hold rule [88044].',
    'Office visits {99213}/{99214} at Week 4 and Month 3 are SOC follow-up and billed Q1.',
  ].join('\n'),
});

// ── 18. Sponsor payment remittance advice, text layer ──
const remit = lines({
  id: 's118-remit',
  kind: 's118-sponsor-payment-remittance-advice-text',
  before: 'Axonix Medical, Inc. — Clinical Payments — Remittance Advice',
  text: [
    'Payee: Lakeshore University Medical Center   Payee no. [20174]   Payment date 10/15/2025',
    'Check no. [64445]   ACH trace 021000021-7734   Amount $4,818.16',
    'Payer: Axonix Medical, Clinical Payments, PO Box [64632], Minneapolis, MN [55486]',
    'Study AXN-PMS-021   Site 012   Payment batch [70090]   Questions: clinicalpayments@axonix.example',
  ].join('\n'),
});

// ── 19. Remittance line detail, table ──
const remitLines = table({
  id: 's118-remitln',
  kind: 's118-sponsor-remittance-line-detail-grid',
  caption: 'Payment detail',
  headers: ['Invoice', 'Subject', 'Visit', 'Activity', 'Paid', 'Withheld'],
  rows: [
    ['INV-[64612]', 'RLV-009', 'Sub-study', 'Chemodenervation {64612}', '$474.62', '$52.74'],
    ['INV-[64612]', 'RLV-011', 'Unsched', 'Programming {95971}', '$110.59', '$12.29'],
    ['INV-[70595]', 'RLV-006', 'Unsched', 'Lead revision {64585}', '$576.00', '$64.00'],
    ['Milestone', 'RLV-014', 'V2', 'Implant visit, incl. US guidance {76942}', '$1,836.00', '$204.00'],
    ['Holdback', '—', '—', 'Release per CTA §6.2, batch [70090]', '$1,820.95', '$0.00'],
  ],
});

// ── 20. Research billing charge hold queue, table ──
const holdQueue = table({
  id: 's118-holdq',
  kind: 's118-research-billing-charge-hold-queue-grid',
  caption: 'Research Charge Review — Hold Queue — Study AXN-PMS-021 (12 items)',
  headers: ['HAR', 'Svc date', 'Code', 'Mod', 'Chg amt', 'Hold reason', 'Batch'],
  rows: [
    ['[88250]', '05/06/2025', '{64445}', 'RT', '$612.00', 'Study-linked; needs Q1', '[64712]'],
    ['[88250]', '05/06/2025', '{64555}', 'RT', '$4,118.00', 'IDE device; needs Q0 + device $0', '[64712]'],
    ['[88250]', '05/06/2025', '{76942}', '', '$288.00', 'Sponsor-paid; move to study account', '[64712]'],
    ['[88262]', '08/12/2025', '{64612}', 'RT', '$806.00', 'Research only — do not bill insurer', '[64712]'],
    ['[88262]', '06/03/2025', '{64632}', 'LT', '$540.00', 'SOC; add Q1, NCT', '[71065]'],
    ['[88270]', '09/09/2025', '{64714}', '', '$3,960.00', 'Not on calendar — confirm SOC', '[71065]'],
  ],
});

// ── 21. Charge hold detail pane, text layer ──
const holdDetail = lines({
  id: 's118-holddet',
  kind: 's118-charge-hold-item-detail-pane-text',
  before: 'Hold item detail',
  text: [
    'Account [88270]   Guarantor ZIP [44130]   Coverage: Medicare Part B',
    'Charge line 4: CPT {64714} Neuroplasty, lumbar plexus   CDM [23552]   Units 1',
    'Linked study: AXN-PMS-021 (auto-link by enrollment); calendar has no matching visit',
    'Rule fired: RSH-[88044] "Research-only procedure on study patient"   Queue age 6 days',
  ].join('\n'),
});

// ── 22. Reviewer release note, text layer ──
const releaseNote = lines({
  id: 's118-relnote',
  kind: 's118-research-billing-reviewer-release-note-text',
  before: 'Reviewer notes (most recent first)',
  text: [
    '10/02 RB: {64714} confirmed SOC per op note and clinic note 08/28; released to insurer with Q1 and NCT05318842.',
    '10/02 RB: {64612} moved to research account [12584]; sponsor invoice INV-[64612] already covers it.',
    '09/30 RB: asked coordinator why {64712} appears on the eCRF but no {64712} charge exists for 05/06.',
    '09/29 system: 12 items held from batch [64712]; 2 from batch [71065].',
  ].join('\n'),
});

// ── 23. 837P service lines with clinical trial modifiers, text layer ──
const x837 = lines({
  id: 's118-837',
  kind: 's118-x12-837p-clinical-trial-service-lines-text',
  before: 'ST*837*0041*005010X222A1~',
  text: [
    'CLM*HAR[88270]*3960***22:B:1~',
    'REF*P4*05318842~',
    'HI*ABK:G5782*BF:Z006~',
    'LX*1~',
    'SV1*HC:{64714}:Q1*3960*UN*1***1~',
    'LX*2~',
    'SV1*HC:{64445}:Q1:RT*612*UN*1***1~',
    'NTE*ADD*CLINICAL TRIAL NCT05318842 ROUTINE COSTS~',
    'NM1*PR*2*MEDICARE PART B*****PI*[15202]~',
  ].join('\n'),
});

// ── 24. HL7 v2 DFT charge message, text layer ──
const hl7 = lines({
  id: 's118-hl7',
  kind: 's118-hl7-v2-dft-research-charge-message-text',
  before: 'Interface engine — outbound to billing — DFT^P03',
  text: [
    'MSH|^~\\&|CTMS|LUMC|PB|LUMC|20251002101544||DFT^P03|MSG[30374]|P|2.5.1',
    'PID|1||004471298^^^LUMC^MR||RLV^FOURTEEN||19520311|F|||12 Ridge Rd^^Parma^OH^[44134]',
    'FT1|1|||20250603||CG|{64632}^Destruction plantar digital nerve^CPT||1|||||||||||||{64632}^^CPT|Q1',
    'FT1|2|||20250812||CG|{64612}^Chemodenervation facial nerve^CPT||1|||RSCH[12584]',
    'ZRB|AXN-PMS-021|NCT05318842|SOC^R|[64714]',
  ].join('\n'),
});

// ── 25. FHIR ChargeItem, text layer ──
const fhir = lines({
  id: 's118-fhir',
  kind: 's118-fhir-chargeitem-research-json-text',
  before: 'GET /fhir/r4/ChargeItem?account=88250',
  text: [
    '{ "resourceType": "ChargeItem", "id": "ci-[88250]-3", "status": "billable",',
    '  "code": { "coding": [ { "system": "http://www.ama-assn.org/go/cpt", "code": "{64445}",',
    '    "display": "Injection, anesthetic agent; sciatic nerve, single" } ] },',
    '  "account": [ { "reference": "Account/[88250]" } ],',
    '  "extension": [ { "url": "urn:lumc:research-study", "valueString": "record [64714]" } ],',
    '  "productCodeableConcept": { "coding": [ { "code": "{64555}" } ] } }',
  ].join('\n'),
});

// ── 26. Chargemaster crosswalk, table ──
const cdm = table({
  id: 's118-cdm',
  kind: 's118-chargemaster-research-crosswalk-grid',
  caption: 'CDM crosswalk for study calendar build',
  headers: ['CDM', 'Rev', 'HCPCS/CPT', 'CDM description', 'Price'],
  rows: [
    ['[23552]', '0360', '{64714}', 'NEUROPLASTY LUMBAR PLEXUS', '$3,960.00'],
    ['[23551]', '0360', '{64712}', 'NEUROPLASTY SCIATIC NERVE', '$3,710.00'],
    ['[23558]', '0370', '{64445}', 'NERVE BLOCK SCIATIC SINGLE', '$612.00'],
    ['[23569]', '0361', '{64632}', 'NEUROLYSIS PLANTAR DIGITAL', '$540.00'],
    ['[64632]', '0636', '{64612}', 'CHEMODENERV FACIAL NRV UNILAT', '$806.00'],
    ['[23571]', '0402', '{76942}', 'US GUIDE NEEDLE PLACEMENT', '$288.00'],
  ],
});

// ── 27. Monitor visit report summary, text layer ──
const mvr = lines({
  id: 's118-mvr',
  kind: 's118-monitoring-visit-report-summary-text',
  before: 'Axonix Medical — Interim Monitoring Visit Report — Site 012',
  text: [
    'Visit date 09/24/2025   Monitor: D. Lindqvist, CRA   Report no. [31021]   Previous report [30995]',
    'Subjects reviewed: RLV-009, RLV-011, RLV-014 (100% SDV of procedure forms)',
    'Procedure CRFs: RLV-014 V2 lists {64712} as concomitant, op note documents external neurolysis only (query [31154]).',
    'Neurolysis ({64632}) at Week 4 for RLV-014 was done at day 35, outside the ± 7 day window: deviation logged.',
    'Site billing: research billing confirmed {64612} sub-study charges are held from insurers.',
  ].join('\n'),
});

// ── 28. Monitor SDV findings, table ──
const sdv = table({
  id: 's118-sdv',
  kind: 's118-monitoring-visit-sdv-findings-grid',
  caption: 'Source data verification — findings',
  headers: ['#', 'Subject', 'Form / field', 'EDC value', 'Source', 'Finding'],
  rows: [
    ['1', 'RLV-014', 'PROC / CPT (2)', '{64712}', 'Op note: neurolysis only', 'Discrepancy — query [31154]'],
    ['2', 'RLV-014', 'PROC / CPT', '{64445}', 'Anesthesia record', 'Verified'],
    ['3', 'RLV-011', 'PROC / CPT', '{64714}', 'Op note 08/28', 'Verified; add to calendar'],
    ['4', 'RLV-009', 'SUB / CPT', '{64612}', 'Procedure note', 'Verified'],
    ['5', 'RLV-009', 'DM / ZIP', '[44113]', 'Registration', 'Verified'],
  ],
});

// ── 29. Monitor action items, table ──
const actions = table({
  id: 's118-actions',
  kind: 's118-monitoring-visit-action-items-grid',
  caption: 'Action items',
  headers: ['Item no.', 'Description', 'Owner', 'Due', 'Status'],
  rows: [
    ['[64632]', 'Resolve query on {64712} for RLV-014', 'Coordinator', '10/08/2025', 'Open'],
    ['[31011]', 'Add unscheduled {64714} visit to CTMS calendar', 'CTMS build', '10/15/2025', 'Open'],
    ['[31014]', 'File IRB acknowledgement for amendment 3 (IRB [20576])', 'Regulatory', '10/01/2025', 'Closed'],
    ['[31045]', 'Re-train on visit windows for neurolysis {64632}', 'PI', '10/31/2025', 'Open'],
  ],
});

// ── 30. Protocol deviation log, table ──
const deviations = table({
  id: 's118-devlog',
  kind: 's118-protocol-deviation-log-grid',
  caption: 'Protocol Deviation Log — AXN-PMS-021 — Site 012',
  headers: ['Dev #', 'Subject', 'Date', 'Category', 'Description'],
  rows: [
    ['[21063]', 'RLV-014', '06/10/2025', 'Visit window', 'Week 4 neurolysis ({64632}) done day 35'],
    ['[21068]', 'RLV-011', '08/28/2025', 'Unscheduled procedure', 'Lumbar plexus neuroplasty {64714} not in SoE'],
    ['[21077]', 'RLV-006', '09/02/2025', 'Device', 'Lead migration; revision billed {64585}, lot [40217]'],
  ],
});

// ── 31. Budget negotiation e-mail, text layer ──
const email = lines({
  id: 's118-email',
  kind: 's118-budget-negotiation-email-text',
  before: 'From: Clinical Research Finance <crf@lumc.example>  Subject: RE: AXN-PMS-021 budget v4 counter',
  text: [
    'Hi Priya, our coverage analysis finds the sciatic block ({64445}) and neuroplasty ({64712}, {64714}) are SOC,',
    'so we dropped them from the per-subject fee. We cannot accept $0 for the facial sub-study: {64612} is',
    'research-only, so please add $412 plus overhead. Programming {95971} at $96 is below our CDM [23571] cost basis.',
    'Could you also confirm the lockbox (PO Box [64632], Minneapolis [55486]) and your vendor form [11866]?',
    'Thanks — Marcus, Research Finance, [11100] Euclid Ave, Cleveland, OH [44106]',
  ].join('\n'),
});

// ── 32. Financial reconciliation grid, table ──
const recon = table({
  id: 's118-recon',
  kind: 's118-ctms-financial-reconciliation-grid',
  caption: 'Receivables reconciliation — as of 10/31/2025',
  headers: ['Invoice', 'Billed', 'Received', 'Check/ACH', 'Variance', 'Note'],
  rows: [
    ['INV-[64612]', '$650.24', '$585.21', '[64445]', '$65.03', '10% holdback'],
    ['INV-[70595]', '$2,040.00', '$576.00', '[64445]', '$1,464.00', 'IRB fee disputed'],
    ['INV-[70620]', '$75.00', '$0.00', '—', '$75.00', 'Open'],
    ['Milestones Q3', '$[10363]', '$[10363]', '[64501]', '$0.00', 'Paid in full'],
  ],
});

// ── 33. Clinical trial agreement payment exhibit, text layer ──
const cta = lines({
  id: 's118-cta',
  kind: 's118-clinical-trial-agreement-payment-exhibit-text',
  before: 'Clinical Trial Agreement — Exhibit C — Payment Terms',
  text: [
    'C.1 Sponsor shall not pay for services billed to a third-party payer, including CPT {64712}, {64714}, {64445}',
    'and {64632}, when designated standard of care in the coverage analysis.',
    'C.2 Sponsor shall pay for the facial chemodenervation sub-study ({64612}) and programming sessions ({95970}, {95971}).',
    'C.3 Payments to: Lakeshore University Medical Center, Attn Research Finance, Cleveland, OH [44106], EIN on file.',
    'C.4 Subject injury costs up to [25000] USD per event; agreement no. [22836].',
  ].join('\n'),
});

// ── 34. Research billing calendar-to-claim audit, table ──
const audit = table({
  id: 's118-audit',
  kind: 's118-research-billing-claim-audit-report-grid',
  caption: 'Quarterly research billing audit — AXN-PMS-021 — sample of 6 claims (Q3 2025)',
  headers: ['Subject', 'DOS', 'Claim no.', 'CPT billed', 'Calendar says', 'Q mod on claim', 'Result'],
  rows: [
    ['RLV-014', '05/06/2025', '[40561]', '{64445}', 'SOC', 'Q1', 'Pass'],
    ['RLV-014', '05/06/2025', '[40561]', '{64555}', 'SOC + IDE', 'Q0', 'Pass'],
    ['RLV-014', '06/03/2025', '[40588]', '{64632}', 'SOC', 'none', 'Fail — Q1 missing, rebilled as [40602]'],
    ['RLV-011', '08/28/2025', '[40617]', '{64714}', 'not on calendar', 'Q1', 'Pass after calendar fix'],
    ['RLV-009', '08/12/2025', '—', '{64612}', 'S (sponsor)', '—', 'Pass: held, never billed'],
    ['RLV-003', '04/22/2025', '[40533]', '{99213}', 'SOC', 'Q1', 'Pass'],
  ],
});

// ── 35. Medicare 835 remittance for a study claim, text layer ──
const era = lines({
  id: 's118-era',
  kind: 's118-x12-835-medicare-study-claim-remit-text',
  before: 'ERA viewer — payer CGS Administrators J15 Part B — check/EFT 1022387741',
  text: [
    'CLP*[40617]*1*3960*2183.42*545.86*MB*2025250117730~',
    'NM1*QC*1*RLV*FOURTEEN****MI*7EG4TE5MK72~',
    'SVC*HC:{64714}:Q1*3960*2183.42**1~',
    'DTM*472*20250828~',
    'CAS*CO*45*1230.72~',
    'CAS*PR*2*545.86~',
    'REF*6R*[40617]~',
    'LQ*HE*N830~',
  ].join('\n'),
});

// ── 36. Subject stipend payment log, table (decoy heavy) ──
const stipends = table({
  id: 's118-stipend',
  kind: 's118-ctms-subject-stipend-payment-log-grid',
  caption: 'Subject payments — reloadable card — AXN-PMS-021',
  headers: ['Subject', 'Visit', 'Amount', 'Card ref', 'Mailing ZIP', 'Approved by'],
  rows: [
    ['RLV-003', 'V4 Month 3', '$75.00', '[70311]', '[44129]', 'K. Dunn'],
    ['RLV-009', 'V2 Implant', '$100.00', '[70318]', '[44113]', 'K. Dunn'],
    ['RLV-011', 'V3 Week 4', '$75.00', '[70324]', '[44070]', 'K. Dunn'],
    ['RLV-014', 'V2 Implant', '$100.00', '[70336]', '[44134]', 'M. Reyes'],
    ['RLV-014', 'Parking + mileage', '$38.40', '[70336]', '[44134]', 'M. Reyes'],
  ],
});

// ── 37. Sponsor clinical payments portal statement, table ──
const portal = table({
  id: 's118-portal',
  kind: 's118-sponsor-clinical-payments-portal-statement-grid',
  caption: 'Axonix SitePay — Site 012 — Earned activities awaiting payment',
  headers: ['Activity ID', 'Subject', 'Activity', 'Code', 'Earned', 'Pay run'],
  rows: [
    ['[50412]', 'RLV-014', 'Month 3 visit', '{95971}', '$122.88', '[20511]'],
    ['[50413]', 'RLV-014', 'Month 3 questionnaires', '{96127}', '$38.00', '[20511]'],
    ['[50419]', 'RLV-017', 'Screening NCS', '{95908}', '$291.84', '[20511]'],
    ['[50427]', 'RLV-009', 'Facial sub-study repeat', '{64612}', '$527.36', '[20518]'],
    ['[50430]', 'RLV-018', 'Screen failure', '—', '$396.80', '[20518]'],
  ],
});

// ── 38. Monitor follow-up letter, text layer ──
const followUp = lines({
  id: 's118-fuletter',
  kind: 's118-monitoring-visit-follow-up-letter-text',
  before: 'Axonix Medical, Inc., Clinical Affairs, 400 Marquette Ave, Minneapolis, MN 55401',
  text: [
    'Dear Dr. Haddad: thank you for hosting the interim monitoring visit on 09/24/2025 (report [31021]).',
    'Open items: the eCRF for RLV-014 records {64712} (sciatic neuroplasty) although the operative note describes',
    'external neurolysis only; please correct the entry or file a note to file. The unscheduled lumbar plexus',
    'neuroplasty ({64714}) for RLV-011 was reported to the IRB on 09/03/2025 (IRB reference [20583]).',
    'Please send responses to Clinical Affairs, PO Box [16218], Minneapolis, MN [55440], by 10/24/2025.',
  ].join('\n'),
});

// ── 39. IRB amendment summary of changes, table ──
const amendment = table({
  id: 's118-amend',
  kind: 's118-irb-amendment-summary-of-changes-grid',
  caption: 'Amendment 3 — Summary of Changes (IRB [20576], submission [20594])',
  headers: ['Section', 'Previous text', 'Revised text', 'Rationale'],
  rows: [
    [
      '7.3',
      'Sciatic block per anesthesiologist preference',
      'Single-injection sciatic block ({64445}) required',
      'Standardize',
    ],
    ['7.5', 'Neurolysis at Week 4 ± 3 days', 'Neurolysis ({64632}) at Week 4 ± 7 days', 'Scheduling'],
    ['7.8', '—', 'Optional facial chemodenervation sub-study ({64612})', 'New sub-study'],
    ['Table 3', 'Programming at Day 0 only', 'Programming ({95970}/{95971}) at every visit', 'Device settings'],
  ],
});

// ── 40. Coordinator visit worksheet, text layer ──
const worksheet = lines({
  id: 's118-worksheet',
  kind: 's118-coordinator-visit-worksheet-text',
  before: 'Visit worksheet (print, complete, scan to CTMS) — V3 Week 4',
  text: [
    'Subject RLV-014   Seq [30720]   Target date 06/03/2025   Window 05/27 – 06/10',
    '[ ] Confirm neurolysis ordered as SOC: CPT {64632} x2 (L 2nd/3rd interspace)   [ ] Q1 flag on order',
    '[ ] Programming session {95971} — research, do NOT route to patient account',
    '[ ] BPI-SF, PGIC, ODI   [ ] Stipend $75 card [70336]   [ ] Parking voucher no. [27340]',
  ].join('\n'),
});

// ── 41. Budget / coverage analysis / calendar consistency check, table ──
const consistency = table({
  id: 's118-consist',
  kind: 's118-budget-coverage-calendar-consistency-check-grid',
  caption: 'Pre-activation check: budget v4 vs coverage analysis [22051] vs CTMS calendar',
  headers: ['Svc', 'Budget', 'Cov. analysis', 'Calendar', 'OK?'],
  rows: [
    ['{64445}', 'not paid', 'Q1 routine', 'SOC', 'Yes'],
    ['{64712}', 'not paid', 'Q1 routine', 'SOC', 'Yes'],
    ['{64714}', 'not listed', 'Q1 routine', 'missing', 'No — add, ticket [60417]'],
    ['{64612}', '$527.36', 'not billable', 'S', 'Yes'],
    ['{76942}', '$181.76', 'not billable', 'S', 'Yes'],
    ['{95970}', 'not listed', 'not billable', 'S', 'No — ask sponsor, ticket [60422]'],
  ],
});

// ── 42. Reviewer e-mail to the study coordinator, text layer ──
const reviewerMail = lines({
  id: 's118-rbmail',
  kind: 's118-research-billing-reviewer-email-text',
  before: 'From: Research Billing Review  To: RLV study team  Subject: held charges, HAR 88270 and 88262',
  text: [
    'Two items from today’s queue (batch [71065]): the lumbar plexus neuroplasty, CPT {64714}, on HAR [88270]',
    'has no calendar visit; if it was clinical care please say so and I will release it with Q1.',
    'On HAR [88262] the chemodenervation {64612} is research-only and I have moved it to study account [12584].',
    'Also, the neurolysis charge {64632} x2 from 06/03 went out without Q1 (claim [40588]); we rebilled it.',
    'Call me at x[46251] or page [27716]. — Rachel, Research Billing, 1 Lakeshore Plaza, Cleveland OH [44115]',
  ].join('\n'),
});

export const sealed118: Snippet[] = [
  ...setup,
  ...subjectHeader,
  ...calendar,
  ...billingGrid,
  ...calCsv,
  ...budget,
  ...budgetNotes,
  ...invoiceables,
  ...invoice,
  ...soe,
  ...protocolText,
  ...ecrf,
  ...ecrfLog,
  ...odm,
  ...mcaCover,
  ...mcaGrid,
  ...mcaProse,
  ...remit,
  ...remitLines,
  ...holdQueue,
  ...holdDetail,
  ...releaseNote,
  ...x837,
  ...hl7,
  ...fhir,
  ...cdm,
  ...mvr,
  ...sdv,
  ...actions,
  ...deviations,
  ...email,
  ...recon,
  ...cta,
  ...audit,
  ...era,
  ...stipends,
  ...portal,
  ...followUp,
  ...amendment,
  ...worksheet,
  ...consistency,
  ...reviewerMail,
];
