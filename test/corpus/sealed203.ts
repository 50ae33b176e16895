import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 203 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s203-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too (E/M, ultrasound guidance, genicular block and RF, other nerve blocks, NCS/EMG, add-on
 * internal neurolysis). About a third of the decoys are numbers of the synthetic 10,000-code set (KNOWN_10K) used as
 * an EHR report id, an off-site storage box, a fuel contract, appointment and SMS reference numbers, a MAC EDI payer
 * id and a commercial payer id, a portal form and a bulletin id, PECOS web and lease/parcel numbers, a charge id, a
 * dashboard report and PM extract id, a GS control number, payer claim numbers, auth numbers, HL7 message and MRN
 * ids, a JSON batch sequence, an insurance agency code, an adjuster job number, equipment asset tags, a vendor quote
 * and adjuster file, a FEMA inspector id, letter code and window id, an SBA queue, a paper temp-log sheet, restoration
 * invoice item numbers and an ACORD catastrophe code. The five known codes' digits come back as decoys: the paper
 * downtime ticket no. 64712 (on the ticket, in the batch CSV, the reconciliation, the 835 and the adjuster email), the
 * lockbox PO Box 64445 (letter, banner, PECOS, CMS-1500, 837, FNOL, FEMA statement, chat), the RF generator's asset
 * tag and serial 64714, a payer claim number ending 64714, the property claim CM-26-64632 (FNOL, ACORD XML), a MAC
 * records reference, a hospital paper OR ticket, a payer claim PR-64612 and a payer phone-tree case number 64612.
 * Ticket numbers from the same paper book (64719–64723) fall in the CPT nerve range and are decoys too.
 *
 * Family: a (fictional) pain and peripheral-nerve practice through a hurricane evacuation and disaster recovery.
 * Bayou Verret Pain & Nerve Specialists, LLC (Port Verret, Louisiana; Dr. Camille Thibodeaux, pain; Dr. Anand Rao,
 * nerve surgeon at St. Brendan) closes for Hurricane Mireille (FEMA-4893-DR-LA), its office floods, and it reopens
 * in a subleased temporary clinic in Beaulieu with a new lockbox, paper downtime charge tickets and a PM server
 * offline for a month. Pages: the closure checklist, the EHR cancellation schedule, the SMS broadcast log, the
 * patient relocation letter and website banner, the CMS 1135 blanket-waiver summary, the MAC disaster bulletin, a
 * commercial payer's disaster FAQ, the Medicaid PA-extension bulletin attachment, the PECOS temporary-location
 * update, the sublease abstract, the paper charge ticket (superbill), an OCR of a handwritten ticket, the downtime
 * batch CSV, the back-entry reconciliation, the charge-lag dashboard, a CMS-1500 with CR modifiers, 837P and 835
 * fragments, the payer portal's claim status and authorization-extension lists, a timely-filing appeal letter, an
 * HL7 DFT back-load from the hospital, a charge-interface JSON error, the property first notice of loss, the
 * adjuster's building estimate, the damaged equipment schedule, the business-interruption revenue worksheet by CPT,
 * the forensic accountant's BI report and an email with the adjuster, a patient's FEMA status page, itemized
 * statement for FEMA Other Needs Assistance and decision letter, the practice's SBA disaster loan summary, the
 * staff recovery chat, a patient portal thread, a search results page, a clearinghouse rejection worklist, a scanned
 * paper procedure note, a restoration vendor invoice and an ACORD-style claim XML upload.
 * Built on real public layouts: CMS Section 1135 blanket waiver summaries and the CR modifier / DR condition code
 * guidance, MAC "Emergency/Disaster Information" pages (Novitas JH contract numbers), state Medicaid informational
 * bulletins with code attachments, the PECOS change-of-information screens, the NUCC CMS-1500 (02/12) form, X12
 * 005010X222A1 837P and 835 segments, HL7 v2.5.1 DFT^P03 (FT1/PR1), DisasterAssistance.gov "check your status" and
 * FEMA IHP decision letters, the SBA disaster loan portal, ACORD property loss notices and ACORD XML claim messages,
 * Xactimate-style estimate line items (qty/unit/RCV/depreciation/ACV), paper superbills with check boxes, and
 * clearinghouse front-end rejection worklists (277CA A7/A3 category codes). The others are written the way those
 * pages read, with no single source.
 *
 * 365 labelled tokens over 41 shapes: 148 codes (92 of them the five known codes), 217 decoys, 75 of the decoys in
 * KNOWN_10K, 27 decoys reusing the five known codes' digits.
 */

// ── 1. Practice hurricane closure checklist (shared drive PDF), text layer ──
const closure = lines({
  id: 's203-closure',
  kind: 's203-hurricane-closure-checklist-text',
  before: 'BAYOU VERRET PAIN & NERVE SPECIALISTS — HURRICANE PLAN, PHASE 2 (72 HRS TO LANDFALL) — Checklist v4',
  text: [
    '☑ 1. Notify all patients scheduled 9/10–9/19 (SMS template HUR-2; call list exported from EHR report [20138])',
    '☑ 2. Reschedule every surgical case at St. Brendan (sciatic neuroplasty {64712}, lumbar plexus {64714}) — OR desk ext. 4471',
    '☑ 3. Office procedures: cancel RF neurolysis {64632} and facial chemodenervation {64612}; keep phone nerve-block triage for {64445}',
    '☐ 4. Botox vials (lot C7731A4, 14 vials) to cooler, transported by Dr. Thibodeaux to Beaulieu',
    '☑ 5. RF generator (serial NT-[64714]-B) and ultrasound cart bagged and raised to 48" shelving',
    '☑ 6. Paper downtime packet: 300 charge tickets, no. [64501]–[64800], plus 40 consent forms',
    '☑ 7. Backup tapes to Iron Mountain box [70499]; courier ticket [31877]; generator fuel contract no. [40114]',
    '☐ 8. Main office: 1207 Admiral Doyle Dr., Port Verret, LA [70560] — sandbags at rear door, unplug server rack',
  ].join('\n'),
});

// ── 2. EHR appointment schedule, cancellation view ──
const schedule = table({
  id: 's203-sched',
  kind: 's203-ehr-schedule-cancellation-grid',
  caption: 'Appointments — Provider: THIBODEAUX, CAMILLE MD — 09/11/2026 — Status filter: Cancelled (Weather)',
  headers: ['Time', 'Patient', 'MRN', 'Visit type', 'Proc', 'Status', 'Appt #'],
  rows: [
    ['08:00', 'GUIDRY, ODILE', '00418230', 'Procedure', '{64445}-RT', 'CXL-WX', '[88214]'],
    ['08:40', 'HEBERT, MARCUS', '00420551', 'Procedure', '{64632}', 'CXL-WX', '[88215]'],
    ['09:20', 'LANDRY, ROSE', '00377012', 'Procedure', '{64612}', 'CXL-WX', '[88219]'],
    ['10:00', 'BROUSSARD, JUDE', '00401894', 'Follow-up', '{99214}', 'CXL-WX', '[88222]'],
    ['10:30', 'NGUYEN, THANH', '00429617', 'Procedure', '{64454}, {64624}', 'CXL-WX', '[88226]'],
    ['13:00', 'MOUTON, CELESTE', '00398455', 'Procedure', '{64445}', 'CXL-WX', '[88230]'],
  ],
});

// ── 3. Patient SMS broadcast log ──
const sms = table({
  id: 's203-sms',
  kind: 's203-patient-sms-broadcast-log-grid',
  caption: 'Mass text campaign HUR-2 — sent 09/10/2026 — 212 recipients — delivery report',
  headers: ['Sent', 'To', 'Message', 'Delivery'],
  rows: [
    [
      '14:02',
      '(337) ***-0148',
      'BVPNS: Due to Hurricane Mireille our Port Verret office is CLOSED 9/11-9/19. Your nerve block on 9/11 is cancelled. We will call to rebook. Reply STOP to opt out.',
      'Delivered',
    ],
    [
      '14:02',
      '(985) ***-2291',
      'BVPNS: Office closed for the storm. Pharmacy refills: call (337) 555-0190. Temporary clinic opens 9/22 at [10427] Ambassador Caffery Pkwy, Beaulieu [70506].',
      'Delivered',
    ],
    [
      '14:03',
      '(337) ***-7730',
      "BVPNS: Your surgery (sciatic nerve release, {64712}) at St. Brendan on 9/14 is POSTPONED. Dr. Rao's office will call. Ref [39087].",
      'Failed (carrier)',
    ],
  ],
});

// ── 4. Patient relocation notice letter, PDF text layer ──
const notice = lines({
  id: 's203-notice',
  kind: 's203-patient-relocation-notice-letter-text',
  before: 'Bayou Verret Pain & Nerve Specialists, LLC',
  text: [
    'September 24, 2026',
    'Dear Patient,',
    'Hurricane Mireille flooded our Port Verret office at 1207 Admiral Doyle Dr., Port Verret, LA [70560].',
    'Until repairs are complete we are seeing patients at our temporary clinic:',
    '   [10427] Ambassador Caffery Pkwy, Suite B, Beaulieu, LA [70506]-3318 (inside the Acadiana Medical Plaza)',
    'Please mail payments to our lockbox: PO Box [64445], Baton Rouge, LA [70896]-4445. Do not mail to Port Verret.',
    'If your injection or procedure was cancelled, we will call you. Your medical records are safe.',
    'Statements dated before 10/1 may show the old address; your account number (for example [40094]) is unchanged.',
  ].join('\n'),
});

// ── 5. Website emergency banner ──
const banner = lines({
  id: 's203-banner',
  kind: 's203-website-emergency-banner-text',
  before: 'bayouverretpain.com',
  text: [
    '⚠ STORM UPDATE (Oct 2): Port Verret office closed until further notice. Temporary clinic: Beaulieu, LA [70506].',
    'New patient referrals: fax (337) 555-0177. Billing questions: (888) 555-0126, option 3, or lockbox PO Box [64445].',
    'Procedures resuming 10/5: nerve blocks and RF ablation. Surgery (Dr. Rao) resumes at St. Brendan [70508] on 10/19.',
  ].join('\n'),
});

// ── 6. CMS 1135 blanket waiver summary, text layer ──
const waiver = lines({
  id: 's203-waiver',
  kind: 's203-cms-1135-waiver-summary-text',
  before: 'Louisiana Hurricane Mireille — Section 1135 Waiver Summary — Centers for Medicare & Medicaid Services',
  text: [
    "Effective 09/09/2026 under the HHS Secretary's public health emergency declaration (Section 319) and the",
    "President's major disaster declaration FEMA-4893-DR-LA, CMS has issued the following blanket waivers:",
    '• Provider enrollment: temporary practice locations may be reported by phone or email to the MAC hotline',
    '  without a new CMS-855I/855B; relocated practices keep their PTAN. Hotline case ref. [40572].',
    '• Telehealth: office/outpatient E/M ({99212}–{99215}) may be furnished from a temporary site using POS 10.',
    '• Use the "CR" modifier on Part B claims, and condition code DR on institutional claims, for services',
    '  affected by the waivers, e.g. a sciatic nerve block {64445}-CR billed from a temporary site.',
    '• Questions: 1135waiver@cms.hhs.gov. Regional office Dallas, 1301 Young St, Dallas, TX [75202].',
  ].join('\n'),
});

// ── 7. MAC (Medicare Part B) disaster bulletin, text layer ──
const mac = lines({
  id: 's203-mac',
  kind: 's203-mac-disaster-bulletin-text',
  before:
    'Novitas Solutions — JH Part B — Emergency/Disaster Information — Hurricane Mireille (Louisiana, Mississippi)',
  text: [
    'Applies to contract numbers [07202] (Louisiana Part B) and [07302] (Mississippi Part B).',
    'Timely filing: for dates of service 9/9/2026 onward in the declared parishes, claims filed late will be',
    'accepted with the CR modifier and remarks "Hurricane Mireille" in the NTE segment (loop 2300).',
    'Medical review: ADRs issued on or after 9/9 for neuroplasty ({64712}, {64714}) and neurolytic destruction',
    '({64632}, {64633}–{64636}) are suspended 60 days. Chemodenervation {64612} with J0585 follows the same rule.',
    'Replacement of lost records: providers may resubmit documentation under reference DRL-[64632].',
    'Provider Contact Center: 1-855-252-8782. EDI: payer ID [12202] (LA) / [12302] (MS) unchanged.',
  ].join('\n'),
});

// ── 8. Commercial payer disaster FAQ, text layer ──
const faq = lines({
  id: 's203-faq',
  kind: 's203-commercial-payer-disaster-faq-text',
  before: 'Gulf South Blue — Provider News — Hurricane Mireille: Frequently Asked Questions (updated 9/18/2026)',
  text: [
    'Q: My prior authorization expired while my office was closed. Do I need a new one?',
    'A: No. Approved authorizations with end dates 9/8–10/31 are extended 90 days. This includes peripheral nerve',
    '   blocks ({64445}, {64447}, {64450}), neurolysis ({64632}) and facial chemodenervation ({64612}).',
    'Q: Surgery was postponed. Does the auth for {64712} or {64714} carry over to the new date?',
    'A: Yes, if the new date falls within 120 days of the original. Call 1-800-555-0144, option 4, ref. [53120].',
    'Q: We moved to a temporary location. How do we tell you?',
    'A: Submit the Temporary Location form (GSB-[80049]) through the portal; keep your group number (e.g. [64614]).',
  ].join('\n'),
});

// ── 9. Medicaid PA extension bulletin, table ──
const medicaid = table({
  id: 's203-mcd',
  kind: 's203-medicaid-pa-extension-bulletin-grid',
  caption:
    'Informational Bulletin 26-14 — Attachment A: Procedure codes with automatic PA extension (Hurricane Mireille)',
  headers: ['Procedure code', 'Description', 'Original PA end', 'Extended to', 'Notes'],
  rows: [
    ['{64445}', 'Inj anes sciatic nrv single', '09/09–10/31/2026', '01/29/2027', 'Office or ASC'],
    ['{64447}', 'Inj anes femoral nrv single', '09/09–10/31/2026', '01/29/2027', ''],
    ['{64632}', 'Destroy plantar common digital nrv', '09/09–10/31/2026', '01/29/2027', 'Once per 6 mo'],
    ['{64612}', 'Chemodenervation facial nrv, unilat', '09/09–10/31/2026', '01/29/2027', 'With J0585/J0586'],
    ['{64712}', 'Neuroplasty sciatic nerve', '09/09–10/31/2026', '02/28/2027', 'Surgical; MCO review'],
    ['{64714}', 'Neuroplasty lumbar plexus', '09/09–10/31/2026', '02/28/2027', 'Surgical; MCO review'],
    ['Bulletin contact', 'LDH Provider Relations, PO Box [91030], Baton Rouge [70821]', '', '', 'Ref IB-[39319]'],
  ],
});

// ── 10. PECOS practice-location update screen, text layer ──
const pecos = lines({
  id: 's203-pecos',
  kind: 's203-pecos-practice-location-update-screen-text',
  before: 'PECOS — Change of Information — Practice Location (Section 4) — Application in progress',
  text: [
    'Practice location type: Temporary (disaster relocation)   Effective date: 09/22/2026',
    'Street: [10427] Ambassador Caffery Pkwy, Suite B   City: Beaulieu   State: LA   ZIP+4: [70506]-3318',
    'Medicare-identification (PTAN) retained: BV8842   NPI (group): 1386629041   TIN: **-***6204',
    'Special payment address: PO Box [64445], Baton Rouge, LA [70896]-4445',
    'Tracking ID: I20260922000417   Web ref. [20314]   Signed by: Alicia Fontenot (Authorized Official)',
  ].join('\n'),
});

// ── 11. Temporary clinic lease abstract, text layer ──
const lease = lines({
  id: 's203-lease',
  kind: 's203-temporary-clinic-lease-abstract-text',
  before: 'LEASE ABSTRACT — Short-term Medical Office Sublease — prepared by Delcambre Commercial Realty',
  text: [
    'Premises: Suite B, Acadiana Medical Plaza, [10427] Ambassador Caffery Pkwy, Beaulieu, LA [70506]',
    'Sublandlord: Acadiana Orthopaedic Partners   Subtenant: Bayou Verret Pain & Nerve Specialists, LLC',
    'Rentable area: 2,410 RSF; procedure room with C-arm shielding; term 9/20/2026 – 3/31/2027 (month-to-month after)',
    'Base rent $6,025.00/mo; CAM $840.00/mo; deposit waived (disaster). Lease file no. [71229]; parcel [90407]',
  ].join('\n'),
});

// ── 12. Paper downtime charge ticket (superbill) ──
const ticket = table({
  id: 's203-ticket',
  kind: 's203-paper-downtime-charge-ticket-grid',
  caption: 'DOWNTIME CHARGE TICKET — No. 64712 — BVPNS Temporary Clinic, Beaulieu — DOS 09/29/2026 — Pt: GUIDRY, ODILE',
  headers: ['✓', 'CPT', 'Description', 'Mod', 'Units', 'Fee'],
  rows: [
    ['', '{99203}', 'New pt, low MDM', '', '', '$168'],
    ['✓', '{99213}', 'Est pt, low MDM', '25', '1', '$132'],
    ['', '{99214}', 'Est pt, moderate MDM', '', '', '$189'],
    ['✓', '{64445}', 'Sciatic nerve block, single', 'RT CR', '1', '$410'],
    ['', '{64447}', 'Femoral nerve block, single', '', '', '$395'],
    ['', '{64450}', 'Other peripheral nerve block', '', '', '$280'],
    ['', '{64632}', 'Neurolysis, plantar digital nerve', '', '', '$520'],
    ['', '{64612}', 'Chemodenervation, facial nerve', '', '', '$465'],
    ['✓', '{76942}', 'US guidance, needle placement', '', '1', '$145'],
    ['Ticket', 'No. [64712]', 'Acct [40094]', 'Entered by: ____', '', 'Total $687'],
  ],
});

// ── 13. OCR of a handwritten downtime ticket (scanned), text layer ──
const ocr = lines({
  id: 's203-ocr',
  kind: 's203-downtime-ticket-ocr-scan-text',
  before: 'scan_2026-10-01_0932.pdf — OCR text (confidence 71%)',
  text: [
    'DOWNTIME CHARGE TICKET   No. [64719]   DOS 9/30/26',
    'Pt HEBERT, MARCUS   Acct [40148]   Ins: GULF SOUTH BLUE   Grp [64614]',
    'Proc: {64632} x1  RT  (neurolysis 3rd web space)   also {64455} x1 LT?? - see note',
    'Dx: G57.61   M79.671   Provider: C. Thibodeaux   Loc: BEAULIEU TEMP',
    'Note: pt brought own PA letter PA#[66093] ext to 12/2026 per storm bulletin. Copay $40 pd ck [10281]',
  ].join('\n'),
});

// ── 14. Downtime ticket batch log, CSV on screen ──
const batchCsv = lines({
  id: 's203-batchcsv',
  kind: 's203-downtime-ticket-batch-log-csv-text',
  before: 'downtime_batch_03.csv (opened in Sheets viewer)',
  text: [
    'ticket_no,acct,dos,cpt,mod,units,site_zip,keyed_by,charge_id',
    '[64712],[40094],2026-09-29,{64445},RT;CR,1,[70506],AF,CHG-[90140]',
    '[64712],[40094],2026-09-29,{99213},25,1,[70506],AF,CHG-[90141]',
    '[64719],[40148],2026-09-30,{64632},RT,1,[70506],AF,CHG-[90142]',
    '[64720],[40177],2026-09-30,{64612},LT,1,[70506],KB,CHG-[90143]',
    '[64721],[40213],2026-09-30,{64445},LT;CR,1,[70506],KB,CHG-[90144]',
    '[64722],[40222],2026-10-01,{64454},RT,1,[70506],KB,CHG-[90146]',
    '[64723],[40239],2026-10-01,{64624},RT,1,[70506],KB,',
  ].join('\n'),
});

// ── 15. Charge back-entry reconciliation, table ──
const recon = table({
  id: 's203-recon',
  kind: 's203-charge-back-entry-reconciliation-grid',
  caption: 'Downtime Reconciliation — Batch 03 — Tickets vs. charges posted (EHR back-entry)',
  headers: ['Ticket', 'Acct', 'Ticket CPT', 'Posted CPT', 'Charge ID', 'Match'],
  rows: [
    ['[64712]', '[40094]', '{64445}-RT', '{64445}-RT-CR', '[90140]', '✓'],
    ['[64719]', '[40148]', '{64632}', '{64632}-RT', '[90142]', '✓ (+{64455} query)'],
    ['[64720]', '[40177]', '{64612}', '{64612}-LT', '[90143]', '✓'],
    ['[64722]', '[40222]', '{64454}', '{64454}', '[90146]', '✓'],
    ['[64723]', '[40239]', '{64624}', '—', '', '✗ not posted'],
  ],
});

// ── 16. Charge lag dashboard, text layer ──
const lag = lines({
  id: 's203-lag',
  kind: 's203-charge-lag-recovery-dashboard-text',
  before: 'Revenue Cycle Recovery — Charge Lag — Week of 10/05/2026',
  text: [
    'Unposted paper tickets: 38 (oldest 9/29)   Avg charge lag: 6.4 days (target 2.0)   Held claims: $48,210',
    'Top unposted procedures: {64445} (14)  {64632} (6)  {64612} (5)  {64454}/{64624} (4)',
    'Surgical cases awaiting op notes from St. Brendan: {64712} ×2, {64714} ×1 (hospital EHR on downtime)',
    'Report ID [20290]   Refreshed 10/05 07:00   Data source: PM extract [60010]',
  ].join('\n'),
});

// ── 17. CMS-1500 claim with CR modifier, text layer ──
const cms1500 = lines({
  id: 's203-cms1500',
  kind: 's203-cms1500-disaster-claim-text',
  before: 'HEALTH INSURANCE CLAIM FORM (NUCC 02/12) — print preview',
  text: [
    '1a INSURED ID 7MK4-TR2-NW61   2 GUIDRY, ODILE   5 412 RUE CHENIER, PORT VERRET LA [70560]',
    '19 ADDITIONAL CLAIM INFO: HURRICANE MIREILLE - TEMP LOC',
    '21 A. G57.01   B. M54.31',
    '24 09 29 26 09 29 26 11   {64445}  RT CR   A   410 00   1   1184302297',
    '24 09 29 26 09 29 26 11   {76942}       CR   A   145 00   1   1184302297',
    '26 PATIENT ACCT NO [40094]   28 TOTAL $555 00',
    '32 BVPNS TEMP CLINIC [10427] AMBASSADOR CAFFERY PKWY STE B BEAULIEU LA [70506]',
    '33 BAYOU VERRET PAIN & NERVE SPEC PO BOX [64445] BATON ROUGE LA [70896]',
  ].join('\n'),
});

// ── 18. X12 837P fragment, text layer ──
const x837 = lines({
  id: 's203-837',
  kind: 's203-x12-837p-cr-modifier-text',
  before: 'Clearinghouse → Claim detail → View raw 837 (batch 1006)',
  text: [
    'ISA*00*          *00*          *ZZ*BVPNS          *ZZ*GSBLUE         *261006*1412*^*[00501]*000001006*0*P*:~',
    'GS*HC*BVPNS*GSBLUE*20261006*1412*[10061]*X*005010X222A1~',
    'NM1*85*2*BAYOU VERRET PAIN AND NERVE*****XX*1386629041~N3*PO BOX [64445]~N4*BATON ROUGE*LA*[70896]~',
    'CLM*[40148]-[64719]*520***11:B:1*Y*A*Y*Y~NTE*ADD*HURRICANE MIREILLE TEMPORARY LOCATION~',
    'NM1*77*2*BVPNS TEMP CLINIC*****XX*1386629041~N3*[10427] AMBASSADOR CAFFERY PKWY~N4*BEAULIEU*LA*[70506]~',
    'LX*1~SV1*HC:{64632}:RT:CR*520*UN*1***1~DTP*472*D8*20260930~',
    'LX*2~SV1*HC:{64455}:LT:CR*240*UN*1***1~DTP*472*D8*20260930~',
  ].join('\n'),
});

// ── 19. X12 835 remit fragment, text layer ──
const x835 = lines({
  id: 's203-835',
  kind: 's203-x12-835-remit-fragment-text',
  before: 'ERA viewer — raw 835 — check/EFT trace 2026102100487',
  text: [
    'CLP*[40094]-[64712]*1*555*318.44*40*12*2026291A0044*11*1~',
    'NM1*QC*1*GUIDRY*ODILE****MI*7MK4TR2NW61~',
    'SVC*HC:{64445}:RT:CR*410*238.14**1~CAS*CO*45*171.86~',
    'SVC*HC:{76942}:CR*145*80.30**1~CAS*CO*45*24.70~CAS*PR*2*40~',
    'CLP*[40148]-[64719]*4*760*0**12*2026291A0051*11*1~CAS*CO*16*760~',
    'LQ*HE*N290~SVC*HC:{64632}:RT:CR*520*0**1~LQ*HE*M77~',
  ].join('\n'),
});

// ── 20. Payer portal claim status, table ──
const claimStatus = table({
  id: 's203-cstatus',
  kind: 's203-payer-portal-claim-status-grid',
  caption: 'Claim Status Inquiry — Provider: BAYOU VERRET PAIN & NERVE — Date range 09/01/2026–10/31/2026',
  headers: ['Claim #', 'Patient', 'DOS', 'Procedure', 'Billed', 'Status'],
  rows: [
    ['26-281-[40213]', 'BROUSSARD, JUDE', '09/30/2026', '{64445}', '$410.00', 'Paid'],
    ['26-281-[64714]', 'MOUTON, CELESTE', '10/01/2026', '{64445}', '$410.00', 'Paid'],
    ['26-281-[71036]', 'LANDRY, ROSE', '09/30/2026', '{64612}', '$465.00', 'Pended – records'],
    ['PR-[64612]', 'NGUYEN, THANH', '10/01/2026', '{64624}', '$640.00', 'Denied – N290'],
    ['26-290-[70073]', 'HEBERT, MARCUS', '09/30/2026', '{64632}', '$520.00', 'Denied – CO-16'],
  ],
});

// ── 21. Timely filing waiver appeal letter, text layer ──
const appeal = lines({
  id: 's203-appeal',
  kind: 's203-timely-filing-waiver-appeal-letter-text',
  before: 'Re: Request for reconsideration — timely filing — Hurricane Mireille (FEMA-4893-DR-LA)',
  text: [
    'Gulf South Blue, Provider Appeals, PO Box [98029], Baton Rouge, LA [70898]',
    'Member: Hebert, Marcus   ID GSB8831205   Claim 26-290-[70073]   DOS 09/30/2026',
    'Our Port Verret office ([70560]) was flooded on 9/12 and our practice management server was offline',
    'until 10/14. The service, neurolysis of the plantar common digital nerve (CPT {64632}-RT), was recorded on',
    'a paper downtime ticket and keyed on 10/16. Your bulletin of 9/18 extends filing limits for providers in',
    'declared parishes. We ask that the claim be reprocessed; the related {64455} line was billed in error and',
    'has been removed. Enclosed: downtime ticket no. [64719], operative note, copy of FEMA declaration.',
  ].join('\n'),
});

// ── 22. Payer portal authorization extension list, table ──
const auths = table({
  id: 's203-auths',
  kind: 's203-payer-portal-auth-extension-grid',
  caption: 'Authorizations — Disaster extension applied (DX-MIREILLE) — 9 results',
  headers: ['Auth #', 'Member', 'Service', 'Units', 'Original end', 'New end'],
  rows: [
    ['A26-[66093]', 'Hebert, M.', '{64632} Neurolysis plantar digital nrv', '2', '10/02/2026', '12/31/2026'],
    ['A26-[66107]', 'Landry, R.', '{64612} Chemodenervation facial', '1', '09/30/2026', '12/29/2026'],
    ['A26-[66118]', 'Guidry, O.', '{64712} Neuroplasty sciatic', '1', '09/14/2026', '01/12/2027'],
    ['A26-[66130]', 'Thériot, P.', '{64714} Neuroplasty lumbar plexus', '1', '10/05/2026', '01/28/2027'],
    ['A26-[66141]', 'Nguyen, T.', '{64624} Genicular RF destruction', '1', '09/25/2026', '12/24/2026'],
    ['A26-[66152]', 'Savoie, L.', '{64445} Sciatic nerve block, ser…', '3', '10/12/2026', '01/10/2027'],
  ],
});

// ── 23. HL7 DFT back-load after downtime, text layer ──
const hl7 = lines({
  id: 's203-hl7',
  kind: 's203-hl7-dft-downtime-backload-text',
  before: 'Interface engine — message viewer — channel PM_CHARGES_IN — resent from downtime queue',
  text: [
    'MSH|^~\\&|STBRENDAN_OR|SBRMC|BVPNS_PM|BVPNS|20261020091544||DFT^P03|MSG[70776]|P|2.5.1',
    'PID|1||[71090]^^^SBRMC^MR||GUIDRY^ODILE||19580214|F|||412 RUE CHENIER^^PORT VERRET^LA^[70560]',
    'FT1|1|||20261019|20261020|CG|{64712}^NEUROPLASTY MAJOR PERIPH NERVE SCIATIC^CPT|||1|||||||OR3',
    'FT1|2|||20261019|20261020|CG|{64727}^INTERNAL NEUROLYSIS ADD-ON^CPT|||1|||||||OR3',
    'PR1|1||{64712}^NEUROPLASTY SCIATIC^C4||20261019|||||||RAO^ANAND',
    'ZDT|DOWNTIME|20261019|PAPER TICKET OR-[64632]|KEYED 20261020',
  ].join('\n'),
});

// ── 24. Charge interface JSON, text layer ──
const json = lines({
  id: 's203-json',
  kind: 's203-charge-interface-json-text',
  before: 'GET /api/v2/charges?batch=DT03&status=error — 200 OK',
  text: [
    '{ "chargeId": "CHG-[90147]", "ticket": "[64723]", "account": "[40239]",',
    '  "procedure": { "system": "CPT", "code": "{64624}", "modifiers": ["RT"] },',
    '  "serviceFacility": { "name": "BVPNS Temp Clinic", "postalCode": "[70506]" },',
    '  "error": "Code {64624} requires prior auth on file; auth A26-[66141] not linked",',
    '  "relatedCodes": ["{64454}"], "batchSeq": [10304] }',
  ].join('\n'),
});

// ── 25. Property insurance first notice of loss, text layer ──
const fnol = lines({
  id: 's203-fnol',
  kind: 's203-property-fnol-form-text',
  before: 'Crescent Mutual Insurance Company — Commercial Property Loss Notice (ACORD 1-style)',
  text: [
    'Date of loss: 09/12/2026   Cause: Windstorm / Hurricane (named storm Mireille)   Reported 09/16/2026',
    'Policy no.: CPP 0098214 03   Claim no.: CM-26-[64632]   Agency code [30156]',
    'Insured: Bayou Verret Pain & Nerve Specialists, LLC, 1207 Admiral Doyle Dr., Port Verret, LA [70560]',
    'Description: roof membrane torn, water intrusion to procedure rooms 1–3, 14" flood water in waiting area.',
    'Equipment affected: RF generator, ultrasound, autoclave, server. Named storm deductible 5% of TIV.',
    'Mailing during loss: PO Box [64445], Baton Rouge, LA [70896]   Contact: Alicia Fontenot (337) 555-0148',
  ].join('\n'),
});

// ── 26. Adjuster building estimate, table ──
const estimate = table({
  id: 's203-estimate',
  kind: 's203-adjuster-building-estimate-grid',
  caption: 'Estimate CM26_64632_BLDG — Level: Main Level — Room: Procedure Room 2',
  headers: ['Line', 'Description', 'Qty', 'Unit', 'RCV', 'Depr.', 'ACV'],
  rows: [
    ['1', "Tear out wet drywall, flood cut 2'", '148.00', 'SF', '$318.20', '(0.00)', '$318.20'],
    ['2', 'Apply antimicrobial agent', '412.00', 'SF', '$123.60', '(0.00)', '$123.60'],
    ['3', 'Vinyl sheet flooring, medical grade', '236.00', 'SF', '$2,029.60', '(405.92)', '$1,623.68'],
    ['4', 'Lead-lined door (C-arm room), R&R', '1.00', 'EA', '$3,880.00', '(776.00)', '$3,104.00'],
    ['5', 'Negative air fan / air scrubber, per 24 hr (job [20156])', '9.00', 'DA', '$630.00', '(0.00)', '$630.00'],
    ['Totals', 'Building dwelling total (all rooms)', '', '', '$86,415.40', '', ''],
  ],
});

// ── 27. Damaged equipment inventory, table ──
const equipment = table({
  id: 's203-equip',
  kind: 's203-damaged-equipment-inventory-grid',
  caption: 'Schedule B — Business Personal Property — Damaged / destroyed medical equipment',
  headers: ['Asset tag', 'Item', 'Serial', 'Used for', 'Replacement cost'],
  rows: [
    [
      '[64714]',
      'RF lesion generator, 4-channel',
      'NT-[64714]-B',
      'RF neurolysis {64632}, genicular {64624}',
      '$38,500',
    ],
    [
      '[50101]',
      'Portable ultrasound w/ linear probe',
      'SN 2207-[44819]',
      'US-guided blocks {64445}, {64447} + {76942}',
      '$29,900',
    ],
    ['[50139]', 'EMG/NCS system', 'N/A (water)', 'NCS {95910}, EMG {95886}', '$24,750'],
    ['[50162]', 'Autoclave, 23 L', '7711-0934', 'Instrument sterilization', '$8,420'],
    ['[50174]', 'Server + NAS (PM/EHR cache)', '', 'Practice management', '$11,300'],
  ],
});

// ── 28. Business-interruption lost revenue worksheet, table ──
const bi = table({
  id: 's203-bi',
  kind: 's203-business-interruption-revenue-worksheet-grid',
  caption: 'BI Claim — Schedule C — Procedure revenue, 12-mo baseline vs. period of restoration (9/10/2026–12/31/2026)',
  headers: [
    'CPT',
    'Avg monthly cases (baseline)',
    'Cases in period',
    'Expected cases',
    'Avg net collection',
    'Lost revenue',
  ],
  rows: [
    ['{64445}', '62', '118', '231', '$231', '$26,103'],
    ['{64447}', '18', '31', '67', '$224', '$8,064'],
    ['{64632}', '21', '29', '78', '$298', '$14,602'],
    ['{64612}', '26', '44', '97', '$276', '$14,628'],
    ['{64454}/{64624}', '15', '19', '56', '$412', '$15,244'],
    ['{64712}', '3', '2', '11', '$1,486', '$13,374'],
    ['{64714}', '1', '1', '4', '$1,612', '$4,836'],
    ['{99213}–{99215}', '540', '1,288', '2,010', '$98', '$70,756'],
    ['Total', '', '', '', '', '$167,607 (see Sch. D)'],
  ],
});

// ── 29. Forensic accountant's BI report, text layer ──
const forensic = lines({
  id: 's203-forensic',
  kind: 's203-forensic-accountant-bi-report-text',
  before: 'Preliminary Business Income Loss Report — prepared for Crescent Mutual claim CM-26-64632 — page 7 of 19',
  text: [
    "4.3 Procedure mix. The Insured's revenue is concentrated in office nerve blocks (CPT {64445}, {64447}) and",
    'radiofrequency/neurolytic destruction ({64632}, {64624}). During restoration the temporary suite lacked an RF',
    'generator until 11/9; we therefore accept the 49 "lost" {64632} cases but only 60% of the claimed {64624} cases,',
    'because 14 of those patients were treated by another practice (ZIP [70503]) and will not return.',
    '4.4 Surgical cases by Dr. Rao ({64712}, {64714}) were postponed, not lost; 9 of 11 were performed by 12/31.',
    'We reduce Schedule C accordingly. Our file: FA-[31877]/[88412]; hourly rate $325; billed to date $18,200.',
  ].join('\n'),
});

// ── 30. Email thread with the adjuster, text layer ──
const email = lines({
  id: 's203-email',
  kind: 's203-adjuster-email-thread-text',
  before:
    'From: Alicia Fontenot <afontenot@bayouverretpain.com> To: Dale Pitre (Crescent Mutual) Subject: RE: CM-26-64632',
  text: [
    'Dale — attached is the procedure log you asked for. The BI worksheet counts by CPT, so {64445} means',
    'sciatic nerve blocks, not an account number. The ticket numbers ([64712], [64719] …) are our paper',
    "downtime tickets; please don't confuse ticket [64712] with the sciatic surgery code on Schedule C.",
    'Re the RF generator: asset tag [64714], serial NT-[64714]-B. Replacement quote Q-[20344] from vendor.',
    'Our extra-expense total so far is $41,380 (temp lease, generator rental, courier). Adjuster file [71464].',
  ].join('\n'),
});

// ── 31. FEMA Individual Assistance status page (patient), text layer ──
const femaStatus = lines({
  id: 's203-femastatus',
  kind: 's203-fema-ia-status-page-text',
  before: 'DisasterAssistance.gov — Check Your Status — Louisiana Hurricane Mireille (DR-4893-LA)',
  text: [
    'Applicant: ODILE GUIDRY   Registration ID: 418337902   Damaged dwelling ZIP: [70560]',
    'Current mailing address: 88 Bayou Tortue Rd, Breaux Bridge, LA [70517]',
    'Other Needs Assistance — Medical & Dental: DOCUMENTS RECEIVED 10/22/2026 (3 pages)',
    'Housing Assistance: Home Repair $14,980.00 approved   Rental Assistance: 2 months',
    'Next step: inspection completed 10/09 (inspector ID [39401]); no further action required',
  ].join('\n'),
});

// ── 32. Patient itemized statement sent to FEMA, table ──
const femaStatement = table({
  id: 's203-femabill',
  kind: 's203-fema-ona-itemized-statement-grid',
  caption: 'ITEMIZED STATEMENT — for FEMA Other Needs Assistance (disaster-caused medical expense) — Acct 40094',
  headers: ['Date', 'Code', 'Description', 'Charge', 'Insurance paid', 'Patient owes'],
  rows: [
    ['09/29/2026', '{99213}-25', 'Office visit, established', '$132.00', '$86.20', '$20.00'],
    ['09/29/2026', '{64445}-RT', 'Sciatic nerve block (injury during evacuation)', '$410.00', '$238.14', '$0.00'],
    ['09/29/2026', '{76942}', 'Ultrasound guidance', '$145.00', '$80.30', '$40.00'],
    ['10/19/2026', '{64712}', 'Sciatic nerve release (St. Brendan) — surgeon fee', '$2,850.00', '$1,486.00', '$312.40'],
    ['Remit to', 'PO Box [64445]', 'Baton Rouge, LA [70896]', '', '', 'Total $372.40'],
  ],
});

// ── 33. FEMA determination letter, text layer ──
const femaLetter = lines({
  id: 's203-femaletter',
  kind: 's203-fema-determination-letter-text',
  before: 'U.S. Department of Homeland Security — FEMA — Individuals and Households Program — Decision Letter',
  text: [
    'Dear ODILE GUIDRY: We reviewed your request for Medical and Dental Assistance (DR-4893-LA).',
    'Eligible expenses: $372.40 — out-of-pocket costs for treatment of an injury you received while',
    'evacuating (statement from Bayou Verret Pain & Nerve Specialists, acct [40094]). Award: $372.40.',
    'Payment will be sent by direct deposit within 3–5 business days. Letter code [10360]; Window ID [39146].',
    'Mail appeals to FEMA, National Processing Service Center, PO Box [10055], Hyattsville, MD [20782]-8055.',
  ].join('\n'),
});

// ── 34. SBA disaster loan summary (practice), text layer ──
const sba = lines({
  id: 's203-sba',
  kind: 's203-sba-disaster-loan-summary-text',
  before: 'U.S. Small Business Administration — Disaster Loan Assistance Portal — Application summary',
  text: [
    'Applicant: Bayou Verret Pain & Nerve Specialists, LLC   Declaration: LA-[00142] (physical) / LA-[00143] (EIDL)',
    'Loan type: Economic Injury Disaster Loan   Requested: $150,000   Status: Loan Officer Review',
    'Business address: 1207 Admiral Doyle Dr., Port Verret, LA [70560]   NAICS 621111',
    'Insurance proceeds to date: $61,204 (Crescent Mutual, BI advance)   Case officer queue [60303]',
  ].join('\n'),
});

// ── 35. Staff chat, recovery channel, text layer ──
const chat = lines({
  id: 's203-chat',
  kind: 's203-staff-chat-recovery-channel-text',
  before: '#storm-recovery — Teams channel — Bayou Verret Pain & Nerve',
  text: [
    'Kendra B. 9:14 AM  anyone know if the Medicaid MCOs want CR on the {64445}s too or just Medicare?',
    'Alicia F. 9:16 AM  Medicare + Gulf South Blue want CR. Pelican Community said no modifier, put the storm in the NTE',
    'Kendra B. 9:17 AM  ok. also ticket [64721] has {64445}-LT but the pt says it was the right leg 🙃',
    'Dr. Thibodeaux 9:25 AM  it was LT, my note is right. And [64719] — I did {64632} only, no {64455}, cross it off',
    'Alicia F. 9:31 AM  thanks! FYI new lockbox PO Box [64445] is live, old PO Box [70527] closes 11/30',
    'Kendra B. 9:40 AM  Pelican auth line keeps giving me case # [64612] for everything lol',
  ].join('\n'),
});

// ── 36. Patient portal message thread, text layer ──
const portal = lines({
  id: 's203-portal',
  kind: 's203-patient-portal-message-thread-text',
  before: 'MyBVPNS Patient Portal — Messages — Subject: bill for my shot after the storm',
  text: [
    'Celeste M. (10/24): I got a bill for $410 for the nerve block on 10/1. My insurance card says group [64614].',
    'My house in [70560] flooded and I lost my card — is that why? Thread ref [88230]',
    'Billing Office (10/25): Hi Celeste, the claim for {64445} paid on 10/21; the statement crossed in the mail.',
    'You owe $0 for that visit. Your next sciatic nerve block is at the Beaulieu clinic, [70506], on 11/4.',
  ].join('\n'),
});

// ── 37. Search results page, text layer ──
const search = lines({
  id: 's203-search',
  kind: 's203-search-results-payer-bulletin-text',
  before: 'Search: "hurricane mireille prior authorization extension 64612"',
  text: [
    'Gulf South Blue — Hurricane Mireille Provider FAQ — gulfsouthblue.com › providers › news',
    'Approved authorizations with end dates 9/8–10/31 are extended 90 days. This includes ... {64445}, {64447}, {64632}, {64612} ...',
    'LDH Informational Bulletin 26-14: Automatic PA Extension — ldh.la.gov › assets › IB26-14.pdf',
    'Attachment A lists procedure codes {64445}, {64447}, {64632}, {64612}, {64712} and {64714} ... PO Box [91030], Baton Rouge [70821]',
    'Novitas — Emergency/Disaster Information — contract [07202] ... CR modifier ... {64712}, {64714} ...',
  ].join('\n'),
});

// ── 38. Clearinghouse rejection worklist, table ──
const rejections = table({
  id: 's203-reject',
  kind: 's203-clearinghouse-rejection-worklist-grid',
  caption: 'Rejections — Front-end edits — 10/16/2026 — filter: Service facility',
  headers: ['Patient acct', 'Payer', 'Payer ID', 'CPT', 'Edit', 'Message'],
  rows: [
    [
      '[40213]',
      'Medicare LA',
      '[07202]',
      '{64445}-LT',
      'A7:500',
      'Service facility ZIP [70506] not on enrollment record',
    ],
    ['[40177]', 'Aetna', '[60054]', '{64612}', 'A7:187', 'Svc facility ZIP+4 invalid: [70506]-33'],
    [
      '[40222]',
      'UnitedHealthcare',
      '[87726]',
      '{64454}',
      'A7:500',
      'Service facility ZIP [70506] not on enrollment record',
    ],
    ['[40239]', 'Pelican Community', '[72147]', '{64624}', 'A3:21', 'Billing provider address is a PO Box ([70896])'],
  ],
});

// ── 39. Scanned paper procedure note, text layer ──
const procNote = lines({
  id: 's203-procnote',
  kind: 's203-paper-procedure-note-scan-text',
  before: 'DOWNTIME PROCEDURE NOTE (paper) — scanned 10/14/2026 — page 1 of 1',
  text: [
    'Pt: Landry, Rose   MRN 00377012   DOS 9/30/26   Loc: Beaulieu temp clinic, room 2',
    'Procedure: Chemodenervation, L facial nerve (hemifacial spasm) — CPT {64612}-LT   Botox 30 units',
    'Lot C7731A4 (stored in cooler during evac, temp log OK, log sheet [10221])',
    'Consent signed (downtime form). No complications. RTC 12 weeks; PA ext. A26-[66107].',
    'Charge ticket no. [64720]   Signed: C. Thibodeaux, MD',
  ].join('\n'),
});

// ── 40. Mold remediation / recovery vendor invoice, table ──
const invoice = table({
  id: 's203-invoice',
  kind: 's203-vendor-remediation-invoice-grid',
  caption: 'INVOICE #64445-R — Acadiana Restoration Services — Job: Bayou Verret Pain & Nerve, Port Verret LA 70560',
  headers: ['Item', 'Description', 'Qty', 'Rate', 'Amount'],
  rows: [
    ['[10264]', 'Dehumidifier, LGR, per day', '42', '$95.00', '$3,990.00'],
    ['[10271]', 'Air mover, per day', '126', '$32.00', '$4,032.00'],
    ['[10276]', 'Mold remediation, Class 3, per SF', '1,180', '$6.50', '$7,670.00'],
    ['[10279]', 'Generator rental 60 kW (temp clinic), per week', '6', '$1,150.00', '$6,900.00'],
    ['', 'Remit: PO Box [52115], Lafayette, LA [70505]', '', 'Total', '$22,592.00'],
  ],
});

// ── 41. ACORD-style property claim XML, text layer ──
const acord = lines({
  id: 's203-acord',
  kind: 's203-acord-property-claim-xml-text',
  before: 'Claim upload — CM-26-64632 — ClaimsSvcRq.xml',
  text: [
    '<ClaimsOccurrence><ItemIdInfo><InsurerId>CM-26-[64632]</InsurerId></ItemIdInfo>',
    '  <LossDt>2026-09-12</LossDt><CatastropheCd>[26091]</CatastropheCd><LossCauseCd>WIND</LossCauseCd>',
    '  <Addr><Addr1>1207 Admiral Doyle Dr</Addr1><City>Port Verret</City><PostalCode>[70560]</PostalCode></Addr>',
    '  <ClaimsPayment><PaymentAmt><Amt>[25000]</Amt></PaymentAmt><PaymentTypeCd>BI-ADV</PaymentTypeCd></ClaimsPayment>',
    '  <ProducerInfo><ContractNumber>[30156]</ContractNumber></ProducerInfo></ClaimsOccurrence>',
  ].join('\n'),
});

export const sealed203: readonly Snippet[] = [
  ...closure,
  ...schedule,
  ...sms,
  ...notice,
  ...banner,
  ...waiver,
  ...mac,
  ...faq,
  ...medicaid,
  ...pecos,
  ...lease,
  ...ticket,
  ...ocr,
  ...batchCsv,
  ...recon,
  ...lag,
  ...cms1500,
  ...x837,
  ...x835,
  ...claimStatus,
  ...appeal,
  ...auths,
  ...hl7,
  ...json,
  ...fnol,
  ...estimate,
  ...equipment,
  ...bi,
  ...forensic,
  ...email,
  ...femaStatus,
  ...femaStatement,
  ...femaLetter,
  ...sba,
  ...chat,
  ...portal,
  ...search,
  ...rejections,
  ...procNote,
  ...invoice,
  ...acord,
];
