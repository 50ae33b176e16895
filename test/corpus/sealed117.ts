import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 117 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s117-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too. About a third of the decoys are numbers of the synthetic 10,000-code set (KNOWN_10K) used as
 * hospice and clinic ZIPs, MRNs, encounter, batch, edit, referral, ticket and document ids, amounts and counts. The
 * five known codes' digits come back as decoys: a hospice PO box, a referral ticket, a payer group number, a
 * document id, an IDG meeting id, a claim batch, a portal message thread and an edit rule id.
 *
 * Family: palliative care and hospice around interventional pain procedures for serious illness: a palliative care
 * consult note (header, assessment and plan) and its charge capture and billing grid, the hospice's "related vs
 * unrelated" determination for nerve procedures done outside the hospice benefit (form and grid), hospice election
 * statement and notice of election screens (entry, DDE status grid), a hospice claim (UB-04 as text, revenue lines
 * with rev 0657 physician lines), the attending physician's separately billed Part B claim with modifiers GV and GW
 * (CMS-1500 text, line grid, 837P segments), an interdisciplinary group meeting summary and its pain plan grid, a
 * pain service referral from the hospice and its order grid, a pain procedure note header, the Medicare Part A/B
 * coordination letter and its claim table, a hospice billing system's claim edit queue (grid, edit detail, CSV
 * export), a Medicare Summary Notice excerpt, an 835 remittance excerpt, an HL7 DFT charge message, a FHIR Claim,
 * a services-under-arrangement rate sheet, the family's portal messages about charges and a statement grid, and the
 * hospice letterhead and footer.
 * Built on real public layouts: the CMS hospice election statement content requirements and the Notice of Election
 * (TOB 81A) as keyed in FISS DDE, the UB-04 form locators (FL 4 type of bill, FL 42-47 revenue lines, FL 39-41 value
 * codes, FL 67 diagnosis), the CMS-1500 item 24 service lines with modifiers GV and GW, the X12 837P SV1 and 835
 * SVC/CAS segments, the hospice "Patient Notification of Hospice Non-Covered Items, Services, and Drugs" addendum, and
 * the Medicare Summary Notice claim table. The others are written the way those pages read, with no single source.
 *
 * 313 labelled tokens over 40 shapes: 145 codes, 168 decoys, 62 of the decoys in KNOWN_10K.
 */

// ── 1. Palliative care consult note header, text layer ──
const consultHead = lines({
  id: 's117-pchead',
  kind: 's117-palliative-consult-note-header-text',
  before: 'Lakeshore Health System — Inpatient Palliative Care Consultation',
  text: [
    'Patient: HALVORSEN, Ruth M   DOB 02/11/1948   MRN [20067]-884   Acct [77046]-312',
    'Encounter [91083]   Admit 03/02/2026   Unit 6 West, bed 14   Attending: Dr. P. Okafor',
    'Address on file: 1840 W 58th St, Cleveland, OH [44102]   Preferred contact: daughter (Karin)',
    'Consult requested by Oncology for uncontrolled right leg pain; consult date 03/04/2026.',
    'Referring diagnosis: metastatic rectal adenocarcinoma, presacral recurrence (C20, C78.6).',
  ].join('\n'),
});

// ── 2. Palliative consult assessment and plan, text layer ──
const consultPlan = lines({
  id: 's117-pcplan',
  kind: 's117-palliative-consult-assessment-plan-text',
  before: 'Assessment and Plan',
  text: [
    '1. Neuropathic pain, R sciatic distribution, from presacral tumor invading the sacral plexus; opioid-limited by delirium.',
    '   Recommend IR-guided sciatic nerve block ({64445}) as a trial; if relief > 50%, pain service to discuss',
    '   continuous catheter ({64446}) or neurolysis. Surgical neuroplasty ({64712}) and lumbar plexus neuroplasty',
    '   ({64714}) were raised by neurosurgery and declined by patient: "no more operations".',
    '2. Hemifacial spasm, long-standing: receives onabotulinumtoxinA every 12 weeks (CPT {64612}), unrelated to cancer.',
    '3. Goals of care: 42 min ACP discussion with patient and daughter ({99497}, {99498} x1); wishes hospice at home.',
    '   Total time 95 min. Follow up tomorrow; pager [30097].',
  ].join('\n'),
});

// ── 3. Palliative consult billing grid ──
const consultBill = table({
  id: 's117-pcbill',
  kind: 's117-palliative-consult-billing-grid',
  caption: 'Charges — Palliative Medicine (dept 61104)',
  headers: ['DOS', 'CPT', 'Mod', 'Units', 'Dx', 'Provider', 'Charge'],
  rows: [
    ['03/04/2026', '{99223}', '25', '1', 'G89.3, C20', 'Okafor', '$412.00'],
    ['03/04/2026', '{99497}', '', '1', 'Z71.89', 'Okafor', '$168.00'],
    ['03/04/2026', '{99498}', '', '1', 'Z71.89', 'Okafor', '$146.00'],
    ['03/05/2026', '{99233}', '', '1', 'G89.3', 'Okafor', '$221.00'],
    ['03/06/2026', '{99232}', '', '1', 'G89.3, R41.0', 'Nwosu NP', '$154.00'],
    ['03/07/2026', '{99239}', '', '1', 'C20', 'Okafor', '$198.00'],
    ['03/07/2026', '{99358}', '', '1', 'C20', 'Okafor', '$0.00 (hold, acct [57730])'],
  ],
});

// ── 4. Charge capture note from the coder, text layer ──
const chargeCapture = lines({
  id: 's117-capture',
  kind: 's117-palliative-charge-capture-coder-note-text',
  before: 'Coding review — work queue PALL-IP — item 55102',
  text: [
    'Time-based {99223} supported; ACP time separate from E/M time documented. OK to drop {99497} + {99498}.',
    'Note mentions {64445} and {64612} as plans/history only — not billable by palliative; no procedure codes.',
    'Reviewer: L. Brandt, CPC   Batch [64445]   Reviewed 03/06/2026 14:10',
  ].join('\n'),
});

// ── 5. Hospice related / unrelated determination form, text layer ──
const relatedForm = lines({
  id: 's117-relform',
  kind: 's117-hospice-related-unrelated-determination-text',
  before: 'Lakeshore Hospice — Determination of Relatedness (Medical Director)',
  text: [
    'Patient: Halvorsen, Ruth   Hospice ID H-[48077]   Election date 03/09/2026   Benefit period 1 of 2 (90 days)',
    'Terminal diagnosis: C20 malignant neoplasm of rectum; related conditions: G89.3, C78.6, R63.4.',
    'Service reviewed: sciatic nerve block, single injection (CPT {64445}), Lakeshore Pain Center, planned 03/18/2026.',
    'Determination: RELATED. Pain is from the terminal illness; provided under arrangement, billed by hospice.',
    'Service reviewed: chemodenervation, facial nerve, unilateral ({64612}) for hemifacial spasm (G51.3).',
    'Determination: UNRELATED. Neurologist bills Part B with modifier GW; addendum issued to patient 03/10/2026.',
    'Service reviewed: destruction by neurolytic agent, plantar common digital nerve {64632} (Morton neuroma, L foot).',
    'Determination: UNRELATED — podiatry; patient elects to defer. Signed: M. Reyes, MD, Medical Director. Form [64632]-HR',
  ].join('\n'),
});

// ── 6. Relatedness determination log, grid (header "Svc code") ──
const relatedGrid = table({
  id: 's117-relgrid',
  kind: 's117-hospice-relatedness-log-grid',
  caption: 'Relatedness decisions — March 2026 — all patients',
  headers: ['Pt ID', 'Svc code', 'Description', 'Outside provider', 'Decision', 'Pay source'],
  rows: [
    ['H-[48077]', '{64445}', 'Sciatic n. block', 'Lakeshore Pain Ctr', 'Related', 'Hospice (arrangement)'],
    ['H-[48077]', '{64612}', 'Botox, facial n., unilat', 'Cleveland Neuro Assoc', 'Unrelated', 'Part B (GW)'],
    ['H-[48077]', '{64632}', 'Plantar digital nerve neurolysis', 'Westside Podiatry', 'Unrelated', 'Part B (GW)'],
    ['H-[48090]', '{64680}', 'Celiac plexus neurolysis', 'Lakeshore Pain Ctr', 'Related', 'Hospice (arrangement)'],
    [
      'H-[48101]',
      '{64714}',
      'Lumbar plexus neuroplasty',
      'St. Brendan Neurosurgery',
      'Related',
      'Hospice — not approved',
    ],
    ['H-[48116]', '{20610}', 'Knee injection, major joint', 'Parma Ortho', 'Unrelated', 'Part B (GW)'],
    ['H-[48124]', '{64632}', 'Neurolysis, plantar digital n.', 'Westside Podiatry', 'Unrelated', 'Part B (GW)'],
    ['H-[48133]', '{64445}, {76942}', 'Sciatic block + US', 'Lakeshore Pain Ctr', 'Related', 'Hospice (arrangement)'],
    ['H-[48140]', '{64712}', 'Neuroplasty, sciatic n.', 'St. Brendan Neurosurgery', 'Pending MD review', '—'],
  ],
});

// ── 7. Hospice election statement screen, text layer ──
const election = lines({
  id: 's117-elect',
  kind: 's117-hospice-election-statement-screen-text',
  before: 'Admissions > Election of Medicare Hospice Benefit > Review',
  text: [
    'Beneficiary: Ruth M Halvorsen   MBI 4TE7-QX2-MK61   Home ZIP [44102]',
    'Effective date of election: 03/09/2026   Hospice: Lakeshore Hospice, CCN 36-1547, NPI 1093847261',
    'Attending physician chosen by patient: Priya Okafor, MD (NPI 1558302194) — not a hospice employee',
    'Acknowledged: waiver of Part A/B for services related to the terminal illness and related conditions',
    'Addendum (non-covered items) requested: Yes — lists {64612} facial chemodenervation and podiatry {64632}',
    'Signed by: Ruth M Halvorsen   Witness: T. Novak, RN   Document [64612]-EL   Intake ticket [90173]',
  ].join('\n'),
});

// ── 8. Notice of election entry (DDE / TOB 81A), text layer (decoy heavy) ──
const noeEntry = lines({
  id: 's117-noe',
  kind: 's117-notice-of-election-dde-entry-text',
  before: 'MAP1711  INST CLAIM ENTRY  TOB 81A',
  text: [
    'HIC 4TE7QX2MK61   PROV 361547   TOB 81A   S/LOC S B9997   OSCAR 361547',
    'NAME HALVORSEN RUTH M   ZIP [44102]   SEX F   DOB 02111948   ADM DATE 030926',
    'FROM 030926   THRU 030926   ADM TYPE 3   SRC 1   DCN 26069000417   BATCH [21037]',
    'ATT PHYS NPI 1558302194   LAST OKAFOR   FIRST PRIYA',
    'DX CODE C20   RECEIPT DATE 031026   REQUEST ID [64714]',
  ].join('\n'),
});

// ── 9. NOE / claim status inquiry, DDE grid ──
const noeStatus = table({
  id: 's117-noestat',
  kind: 's117-dde-claim-status-inquiry-grid',
  caption: 'CLAIM SUMMARY INQUIRY  PROV 361547  HIC 4TE7QX2MK61',
  headers: ['TOB', 'S/LOC', 'FROM', 'THRU', 'REASON', 'TOT CHG', 'DCN'],
  rows: [
    ['81A', 'P B9997', '030926', '030926', '', '0.00', '26069000417'],
    ['811', 'T B9997', '030926', '033126', '[34974]', '6,184.22', '26100004412'],
    ['815', 'S B0100', '030926', '033126', '[37201]', '412.50', '26104000188'],
  ],
});

// ── 10. UB-04 hospice claim, text layer ──
const ub04 = lines({
  id: 's117-ub04',
  kind: 's117-ub04-hospice-claim-text-layer',
  before: 'UB-04 CMS-1450',
  text: [
    '1 LAKESHORE HOSPICE  2500 DETROIT AVE  CLEVELAND OH [44113]   3a PAT CNTL # HOS-[85094]   4 TYPE OF BILL 0811',
    '5 FED TAX NO 34-1298873   6 STATEMENT COVERS PERIOD 030926 033126   8 HALVORSEN RUTH M',
    '9 1840 W 58TH ST  CLEVELAND  OH  [44102]   10 BIRTHDATE 02111948   11 SEX F   12 ADMISSION 030926',
    '31 OCCURRENCE 27 030926   39 VALUE CODES 61 [17460]   G8 [17460]   61 = CBSA of service location',
    '42 0651  ROUTINE HOME CARE  44 Q5001  46 23  47 4,739.22',
    '42 0657  PHYSICIAN SERVICES  44 {99349}  45 031226  46 1  47 221.00',
    '42 0657  PHYSICIAN SERVICES  44 {64445}  45 031826  46 1  47 612.00   (hospice physician, under arrangement)',
    '50 MEDICARE PART A   56 NPI 1093847261   58 HALVORSEN RUTH M   60 4TE7QX2MK61   67 C20   76 ATTENDING 1558302194',
  ].join('\n'),
});

// ── 11. Hospice claim revenue lines, grid ──
const revLines = table({
  id: 's117-revlines',
  kind: 's117-hospice-claim-revenue-lines-grid',
  caption: 'Claim HOS-85094 — service lines (TOB 0811)',
  headers: ['Rev', 'Description', 'HCPCS/Rate', 'Serv date', 'Units', 'Total charges'],
  rows: [
    ['0651', 'Routine home care', 'Q5001', '03/09/2026', '23', '4,739.22'],
    ['0551', 'Skilled nursing visit', 'G0299', '03/10/2026', '4', '0.00'],
    ['0561', 'Medical social services', 'G0155', '03/11/2026', '2', '0.00'],
    ['0657', 'Physician services', '{99349}', '03/12/2026', '1', '221.00'],
    ['0657', 'Physician services — pain procedure', '{64445}', '03/18/2026', '1', '612.00'],
    ['0657', 'Physician services — imaging guidance', '{77002}', '03/18/2026', '1', '180.00'],
    ['0001', 'Total', '', '', '', '5,752.22'],
  ],
});

// ── 12. Attending physician's Part B claim, CMS-1500 text layer ──
const cms1500 = lines({
  id: 's117-1500',
  kind: 's117-attending-physician-cms1500-text',
  before: 'HEALTH INSURANCE CLAIM FORM — APPROVED BY NUCC 02/12',
  text: [
    '1a 4TE7QX2MK61   2 HALVORSEN RUTH M   5 1840 W 58TH ST CLEVELAND OH [44102]',
    '11 INSURED GROUP NUMBER [64714]   11c MEDICARE   19 ATTENDING NOT EMPLOYED BY HOSPICE',
    '21 A C20  B G89.3  C G51.3',
    '24 03/23/26 03/23/26 12 {99349} GV   A  184.00  1  1558302194',
    '24 03/23/26 03/23/26 12 {99497} GV   A  168.00  1  1558302194',
    '24 03/30/26 03/30/26 11 {64612} GW   C  298.00  1  1366204871',
    '25 34-1877420   26 ACCT HAL-[19058]   28 TOTAL 650.00   33 OKAFOR PALLIATIVE MEDICINE LLC [44130]',
  ].join('\n'),
});

// ── 13. Part B service lines with GV / GW, grid (header "Proc/Svc") ──
const partBLines = table({
  id: 's117-partb',
  kind: 's117-attending-partb-service-lines-grid',
  caption: 'Professional claims for hospice patients — March 2026',
  headers: ['Patient', 'DOS', 'Proc/Svc', 'Mod 1', 'Mod 2', 'Rendering', 'Status'],
  rows: [
    ['Halvorsen, R', '03/23/2026', '{99349}', 'GV', '', 'Okafor', 'Paid'],
    ['Halvorsen, R', '03/23/2026', '{99497}', 'GV', '33', 'Okafor', 'Paid'],
    ['Halvorsen, R', '03/30/2026', '{64612}', 'GW', 'RT', 'Lindqvist (Neuro)', 'Pending'],
    ['Dunmore, E', '03/26/2026', '{64445}', 'GW', 'LT', 'Sato (Pain)', 'Denied — hospice related'],
    ['Dunmore, E', '03/26/2026', '{76942}', 'GW', '26', 'Sato (Pain)', 'Denied — hospice related'],
    ['Pike, W', '03/27/2026', '{99214}', 'GV', '', 'Okafor', 'Paid'],
    ['Oduya, F', '04/04/2026', '{64632}', 'GW', 'LT', 'Marsh (Podiatry)', 'Paid'],
    ['Salas, J', '04/06/2026', '{64612}', 'GW', 'LT', 'Lindqvist (Neuro)', 'Pending — claim [54318]'],
    ['Salas, J', '04/06/2026', '{99497}', 'GV', '', 'Okafor', 'Paid'],
  ],
});

// ── 14. 837P segments for the GW claim, text layer ──
const x837 = lines({
  id: 's117-837p',
  kind: 's117-837p-gw-claim-segments-text',
  before: 'ISA*00*          *00*          *ZZ*CLNEURO        *ZZ*CGS15 ...',
  text: [
    'NM1*IL*1*HALVORSEN*RUTH*M***MI*4TE7QX2MK61~N3*1840 W 58TH ST~N4*CLEVELAND*OH*[44102]~',
    'CLM*NEU-[33047]*298***11:B:1*Y*A*Y*Y~HI*ABK:G513~',
    'LX*1~SV1*HC:{64612}:GW:RT*298*UN*1***1~DTP*472*D8*20260330~',
    'LX*2~SV1*HC:J0585*0*UN*50***1~REF*6R*[43058]~',
    'NM1*85*2*CLEVELAND NEURO ASSOC*****XX*1366204871~N4*CLEVELAND*OH*[44195]~',
  ].join('\n'),
});

// ── 15. IDG meeting summary, text layer ──
const idg = lines({
  id: 's117-idg',
  kind: 's117-hospice-idg-meeting-summary-text',
  before: 'Interdisciplinary Group Meeting — Team West — 03/17/2026 — meeting 64612',
  text: [
    'Present: M. Reyes MD (MD), T. Novak RN (case manager), J. Haddad MSW, Fr. D. Kelly (chaplain), volunteer coord.',
    'Halvorsen (H-[48077]): pain 7/10 R leg despite methadone 5 mg TID; IDG agrees to pain service referral for',
    'sciatic nerve block, CPT {64445}, under arrangement; cost est. $612 professional + $180 guidance ({77002}).',
    'If block effective > 24 h, Dr. Reyes to discuss catheter ({64446}) vs. neurolysis; {64712} not pursued (goals).',
    'Family asks about bill from neurology for Botox ({64612}); MSW to explain non-covered addendum.',
    'Dunmore (H-[48090]): celiac plexus neurolysis {64680} done 03/12, pain 2/10; morphine reduced. Next IDG 03/31.',
  ].join('\n'),
});

// ── 16. IDG plan of care pain interventions, grid (no header over the code) ──
const idgPlan = table({
  id: 's117-idgplan',
  kind: 's117-idg-plan-of-care-pain-interventions-grid',
  caption: 'Plan of care — problem: pain (updated at IDG)',
  headers: ['Intervention', '', 'Discipline', 'Frequency', 'Goal', 'Status'],
  rows: [
    ['Sciatic nerve block', '{64445}', 'MD / pain service', 'Once; reassess 48 h', 'Pain < 4/10', 'Ordered'],
    ['Continuous sciatic catheter', '{64446}', 'MD / pain service', 'If block works', 'Pain < 4/10', 'Pending'],
    ['Lumbar plexus neuroplasty', '{64714}', 'Neurosurgery', '—', '—', 'Declined by patient'],
    ['Scheduled opioid, rescue doses', '', 'RN', 'Daily review', 'Rescue < 3/day', 'Active'],
    ['Facial chemodenervation', '{64612}', 'Outside (unrelated)', 'q12 weeks', 'Not on hospice POC', 'Excluded'],
  ],
});

// ── 17. Pain service referral letter from the hospice, text layer ──
const referral = lines({
  id: 's117-referral',
  kind: 's117-hospice-pain-service-referral-letter-text',
  before: 'Lakeshore Hospice · 2500 Detroit Ave · Cleveland, OH 44113 · Fax 216-555-0187',
  text: [
    'To: Lakeshore Pain Center, Attn: Dr. K. Sato, 9800 Euclid Ave, Suite 410, Cleveland, OH [44195]',
    'Re: Ruth Halvorsen, DOB 02/11/1948, hospice patient since 03/09/2026. Referral ticket [64712].',
    'Please evaluate for and perform a right sciatic nerve block (CPT {64445}) with ultrasound guidance ({76942}).',
    'This service is RELATED to the terminal diagnosis and is covered by the hospice under our arrangement of',
    '07/01/2024 (agreement [80053]). Bill the hospice, not Medicare, at the agreed rate; do not add modifier GW.',
    'Please do not schedule neuroplasty ({64712}/{64714}) or any other service without prior hospice approval.',
    'Authorization no. HA-[97054], valid 03/16/2026–04/15/2026. Questions: T. Novak, RN, ext. 4417.',
  ].join('\n'),
});

// ── 18. Referral order / authorization grid ──
const refOrder = table({
  id: 's117-reforder',
  kind: 's117-hospice-referral-authorization-grid',
  caption: 'Hospice authorization for outside services',
  headers: ['Auth #', 'Vendor', 'CPT/HCPCS', 'Qty', 'Agreed rate', 'Valid through'],
  rows: [
    ['HA-[97054]', 'Lakeshore Pain Ctr', '{64445}', '1', '$612.00', '04/15/2026'],
    ['HA-[97054]', 'Lakeshore Pain Ctr', '{76942}', '1', '$92.00', '04/15/2026'],
    ['HA-[97058]', 'Lakeshore Pain Ctr', '{64446}', '1', '$890.00', '04/30/2026'],
    ['HA-[97071]', 'Mercy Home Medical', 'E0250', '1', '$185.00/mo', '06/30/2026'],
    ['HA-[97055]', 'Lakeshore Pain Ctr', '{64445}', '1', '$612.00', '05/07/2026'],
    ['HA-[97056]', 'Lakeshore Pain Ctr', '{64680}', '1', '$1,450.00', '05/07/2026'],
    ['HA-[97057]', 'St. Brendan Neurosurgery', '{64714}', '0 (denied)', '—', '—'],
  ],
});

// ── 19. Pain procedure note header, text layer ──
const procNote = lines({
  id: 's117-procnote',
  kind: 's117-pain-procedure-note-header-text',
  before: 'Lakeshore Pain Center — Procedure Note',
  text: [
    'Patient: Halvorsen, Ruth M   MRN [20067]-884   DOS 03/18/2026   Location: Procedure Rm 2, ZIP [44195]',
    'Procedure: Right sciatic nerve block, popliteal approach, single injection, US-guided ({64445}, {76942}-26)',
    'Payer: Lakeshore Hospice (under arrangement), auth HA-[97054]. Hospice patient — do not bill Medicare.',
    'Medication: ropivacaine 0.5% 20 mL, dexamethasone 4 mg. No complications. Lot [31149].',
  ].join('\n'),
});

// ── 20. Medicare Part A / B coordination letter (MAC), text layer ──
const coordLetter = lines({
  id: 's117-coord',
  kind: 's117-medicare-part-ab-coordination-letter-text',
  before: 'CGS Administrators, LLC — Jurisdiction 15 Part A/B MAC — Hospice overlap notice',
  text: [
    'Lakeshore Hospice, PO Box [64445], Cleveland, OH [44101]-4445   Letter ID [75083]   Date 04/22/2026',
    'Re: Beneficiary R. Halvorsen, hospice election 03/09/2026; Part B claim ICN 2226112874310 (DOS 03/26/2026).',
    'A Part B claim for CPT {64445} with modifier GW was received from a pain physician while the beneficiary was',
    'under your hospice election. Medical review finds the service related to the terminal illness; the Part B',
    'payment of $118.62 will be recouped and the service is the responsibility of the hospice (42 CFR 418.56).',
    'Claims for {64612} (GW) on 03/30/2026 were found unrelated and remain payable under Part B.',
    'To respond, write to Hospice Overlap Unit, PO Box [20018], Nashville, TN [37202] within 30 days.',
  ].join('\n'),
});

// ── 21. Coordination letter claim table ──
const coordTable = table({
  id: 's117-coordtab',
  kind: 's117-part-ab-overlap-claims-table-grid',
  caption: 'Claims reviewed under the hospice overlap edit',
  headers: ['ICN', 'DOS', 'HCPCS', 'Mod', 'Billed by', 'Finding', 'Amount'],
  rows: [
    ['2226112874310', '03/26/2026', '{64445}', 'GW LT', 'NPI 1902845517', 'Related — recoup', '$118.62'],
    ['2226112874311', '03/26/2026', '{76942}', 'GW 26', 'NPI 1902845517', 'Related — recoup', '$31.04'],
    ['2226118830042', '03/30/2026', '{64612}', 'GW RT', 'NPI 1366204871', 'Unrelated — pay', '$104.29'],
    ['2226121104877', '04/02/2026', '{99349}', 'GV', 'NPI 1558302194', 'Attending — pay', '$138.40'],
    ['2226124410093', '04/04/2026', '{64632}', 'GW LT', 'NPI 1447219036', 'Unrelated — pay', '$88.12'],
    ['2226124410094', '04/04/2026', '{64714}', '', 'NPI 1720094418', 'No GW/GV — deny, refer [18204]', '$0.00'],
  ],
});

// ── 22. Hospice billing system claim edit queue, grid ──
const editQueue = table({
  id: 's117-editq',
  kind: 's117-hospice-billing-claim-edit-queue-grid',
  caption: 'HospiceBill Pro — Claim Edits — Open (14)',
  headers: ['Edit', 'Claim', 'Patient', 'Line', 'Code', 'Message', 'Age'],
  rows: [
    ['[73069]', 'HOS-[85094]', 'Halvorsen', '6', '{77002}', 'Rev 0657 HCPCS not on physician fee list', '2d'],
    ['[73069]', 'HOS-[85112]', 'Dunmore', '5', '{64680}', 'Rev 0657 HCPCS not on physician fee list', '2d'],
    ['H-[64632]', 'HOS-[85094]', 'Halvorsen', '5', '{64445}', 'Arrangement vendor NPI missing in FL 78', '1d'],
    ['[73104]', 'HOS-[85120]', 'Pike', '—', '', 'NOE not accepted; claim held (TOB 81A)', '6d'],
    ['[73113]', 'HOS-[85126]', 'Oduya', '3', '{99350}', 'Visit > 60 min, check documentation', '3d'],
    ['[73421]', 'HOS-[85131]', 'Brennan', '4', '{64445}', 'Auth HA-[97055] units 1, billed 2', '1d'],
    ['[73421]', 'HOS-[85131]', 'Brennan', '5', '{76942}', 'Auth HA-[97055] units 1, billed 2', '1d'],
    ['[86629]', 'HOS-[85138]', 'Kowalski', '2', '{64680}', 'CBSA [17460] differs from NOE', '0d'],
  ],
});

// ── 23. Claim edit detail pane, text layer ──
const editDetail = lines({
  id: 's117-editdet',
  kind: 's117-hospice-claim-edit-detail-pane-text',
  before: 'Edit H-64632 — Arrangement vendor NPI missing',
  text: [
    'Claim HOS-[85094]   Line 5   Rev 0657   HCPCS {64445}   Units 1   Charge 612.00',
    'Rule: physician services furnished under arrangement must name the rendering NPI (FL 78) for the line.',
    'Suggested fix: add 1902845517 (Sato, Kenji) from agreement [80053]. Related codes on claim: {76942}, {77002}.',
    'Assigned to: B. Walsh   Queue HOSP-A   Created 04/03/2026 09:12 by rule set [94062]',
  ].join('\n'),
});

// ── 24. Edit queue CSV export, text layer ──
const editCsv = lines({
  id: 's117-editcsv',
  kind: 's117-claim-edit-queue-csv-export-text',
  before: 'edits_open_20260403.csv',
  text: [
    'edit_id,claim_id,patient_id,line,rev,hcpcs,mod,charge,message',
    '[73069],HOS-[85094],[48077],6,0657,{77002},,180.00,Not on physician fee list',
    'H-[64632],HOS-[85094],[48077],5,0657,{64445},,612.00,Vendor NPI missing',
    '[73069],HOS-[85112],[48090],5,0657,{64680},,1450.00,Not on physician fee list',
    '[73113],HOS-[85126],[48124],3,0657,{99350},,240.00,Visit over 60 min',
  ].join('\n'),
});

// ── 25. Medicare Summary Notice excerpt, text layer ──
const msn = lines({
  id: 's117-msn',
  kind: 's117-medicare-summary-notice-part-b-text',
  before: 'Medicare Summary Notice for People with Original Medicare — Part B Medical Insurance',
  text: [
    'RUTH M HALVORSEN   1840 W 58TH ST   CLEVELAND OH [44102]-3318   Notice date April 28, 2026',
    'Cleveland Neurology Associates, 9500 Euclid Ave, Cleveland, OH [44195]',
    'Mar 30, 2026  Destruction of facial nerve muscle, chemodenervation ({64612}-GW)  $298.00  $104.29  $26.07',
    'Mar 30, 2026  Injection, onabotulinumtoxinA, 1 unit (J0585)  $310.00  $265.20  $66.30',
    'Okafor Palliative Medicine LLC, 6100 Ridge Rd, Parma, OH [44130]',
    'Mar 23, 2026  Home visit, established patient ({99349}-GV)  $184.00  $138.40  $34.60',
    'If you disagree, file an appeal by August 27, 2026. Customer service 1-800-MEDICARE. Reference [14087].',
  ].join('\n'),
});

// ── 26. 835 remittance excerpt to the pain physician, text layer ──
const remit = lines({
  id: 's117-835',
  kind: 's117-835-remit-hospice-overlap-text',
  before: 'ERA 835 — CGS J15 Part B — check/EFT 000418827',
  text: [
    'CLP*PAIN-[21054]*22*149.66*-149.66**MB*2226112874310~NM1*QC*1*DUNMORE*EDITH~',
    'SVC*HC:{64445}:GW:LT*118.62*-118.62**1~DTM*472*20260326~CAS*CO*B9*118.62~REF*6R*[33064]~',
    'SVC*HC:{76942}:GW:26*31.04*-31.04**1~CAS*CO*B9*31.04~REF*6R*[33069]~',
    'LQ*HE*N211~PLB*1902845517*20261231*WO:2226112874310*149.66~',
  ].join('\n'),
});

// ── 27. HL7 v2 DFT charge from the pain center to the hospice, text layer ──
const hl7 = lines({
  id: 's117-hl7',
  kind: 's117-hl7-dft-arrangement-charge-text',
  before: 'Interface engine — outbound DFT^P03 to Lakeshore Hospice',
  text: [
    'MSH|^~\\&|PAINCTR|LPC|HOSPBILL|LKH|20260318142210||DFT^P03|MSG[60037]|P|2.5.1',
    'PID|1||[20067]-884^^^LHS^MR||HALVORSEN^RUTH^M||19480211|F|||1840 W 58TH ST^^CLEVELAND^OH^[44102]',
    'FT1|1|||20260318||CG|{64445}^Sciatic nerve block single^CPT||1|||||||||G89.3||1902845517|||HA-[97054]',
    'FT1|2|||20260318||CG|{76942}^US guidance needle placement^CPT||1||||||||26|G89.3||1902845517',
    'IN1|1|HOSPICE|[64714]|LAKESHORE HOSPICE|PO BOX [64445]^^CLEVELAND^OH^[44101]',
  ].join('\n'),
});

// ── 28. FHIR Claim from the hospice billing system, JSON text layer ──
const fhir = lines({
  id: 's117-fhir',
  kind: 's117-fhir-hospice-claim-json-text',
  before: 'GET /fhir/Claim/hos-85094',
  text: [
    '{ "resourceType": "Claim", "id": "hos-[85094]", "subType": { "text": "0811" },',
    '  "patient": { "reference": "Patient/[48077]" }, "billablePeriod": { "start": "2026-03-09" },',
    '  "item": [ { "sequence": 5, "revenue": { "coding": [{ "code": "0657" }] },',
    '    "productOrService": { "coding": [{ "system": "http://www.ama-assn.org/go/cpt", "code": "{64445}" }] },',
    '    "net": { "value": 612.00 } }, { "sequence": 6, "productOrService": { "coding": [{ "code": "{77002}" }] } } ],',
    '  "provider": { "identifier": { "value": "1093847261" } }, "insurer": { "display": "CGS J15 [44130]" } }',
  ].join('\n'),
});

// ── 29. Services under arrangement rate sheet, grid (header "Svc") ──
const rateSheet = table({
  id: 's117-rates',
  kind: 's117-hospice-arrangement-rate-sheet-grid',
  caption: 'Exhibit B — Physician services under arrangement — agreement 80053',
  headers: ['Svc', 'Short description', 'Hospice pays', 'Medicare PFS (ref.)', 'Notes'],
  rows: [
    ['{64445}', 'Sciatic nerve block, single', '$612.00', '$118.62', 'Includes facility fee'],
    ['{64446}', 'Sciatic nerve block, continuous', '$890.00', '$141.90', 'Catheter supplies separate'],
    ['{64680}', 'Celiac plexus neurolysis', '$1,450.00', '$298.17', 'CT guidance incl.'],
    ['{64681}', 'Superior hypogastric plexus neurolysis', '$1,450.00', '$331.46', ''],
    ['{64714}', 'Neuroplasty, lumbar plexus (open)', 'Case by case', '—', 'Medical director approval'],
    ['{62323}', 'Interlaminar epidural, lumbar, with imaging', '$540.00', '$155.72', ''],
  ],
});

// ── 30. Family portal message thread about charges, text layer ──
const portal = lines({
  id: 's117-portal',
  kind: 's117-family-portal-charge-questions-text',
  before: 'MyLakeshore — Messages — Billing questions — thread 64612',
  text: [
    'Karin H. (daughter, proxy) 04/30/2026: Mom got a Medicare notice for "{64612}-GW" from the neurologist. Isn\'t',
    'everything covered now that she is on hospice? Also a bill for $26.07. Account [19058].',
    'Lakeshore Billing 05/01/2026: Hi Karin. The Botox for her face spasm (CPT {64612} on the notice) is not related',
    'to her cancer, so Medicare Part B still pays it and the 20% coinsurance applies. You signed the addendum on 3/10.',
    'Karin H.: And the nerve block on 3/18? The pain center sent us a statement for code {64445}.',
    'Lakeshore Billing: That one is on us — please disregard it. We told the pain center (ticket [64712]) to void it.',
  ].join('\n'),
});

// ── 31. Family portal statement of charges, grid ──
const statement = table({
  id: 's117-stmt',
  kind: 's117-family-portal-statement-grid',
  caption: 'Statement — guarantor Karin Halvorsen — account 19058',
  headers: ['Date', 'Provider', 'Service', 'Code', 'Charged', 'Ins. paid', 'You owe'],
  rows: [
    ['03/18/2026', 'Lakeshore Pain Center', 'Nerve block', '{64445}', '$612.00', '$0.00', '$0.00 (hospice)'],
    ['03/23/2026', 'Okafor Palliative Med', 'Home visit', '{99349}', '$184.00', '$138.40', '$34.60'],
    ['03/30/2026', 'Cleveland Neuro Assoc', 'Botox, facial', '{64612}', '$298.00', '$104.29', '$26.07'],
    ['04/02/2026', 'Westside Podiatry', 'Foot nerve injection', '{64632}', '$265.00', '$0.00', '$265.00'],
    ['', '', 'Payments', 'Ref [91151]', '', '', '-$34.60'],
  ],
});

// ── 32. Hospice letterhead and footer, text layer (decoy only) ──
const letterhead = lines({
  id: 's117-lethead',
  kind: 's117-hospice-letterhead-footer-text',
  before: 'Lakeshore Hospice & Palliative Care',
  text: [
    'Main office: 2500 Detroit Ave, Cleveland, OH [44113]   Billing: PO Box [64445], Cleveland, OH [44101]',
    'West inpatient unit: 6100 Ridge Rd, Parma, OH [44129]   East office: [26900] Cedar Rd, Beachwood, OH [44122]',
    'Medicare CCN 36-1547   Ohio license HSP-[60037]   Accredited by CHAP, site [75099]',
    'Form LH-[43077] rev. 01/2026   Page 1 of 2',
  ].join('\n'),
});

// ── 33. Hospice census with outside-procedure flags, grid (decoy heavy) ──
const census = table({
  id: 's117-census',
  kind: 's117-hospice-census-outside-services-grid',
  caption: 'Daily census — Team West — 04/03/2026',
  headers: ['Pt ID', 'Name', 'Level', 'ZIP', 'Day of BP', 'Outside svc pending', 'RN'],
  rows: [
    ['H-[48077]', 'Halvorsen, R', 'RHC', '[44102]', '26', '{64612} (unrelated)', 'Novak'],
    ['H-[48090]', 'Dunmore, E', 'RHC', '[44111]', '41', 'None', 'Novak'],
    ['H-[48101]', 'Pike, W', 'GIP', '[44135]', '9', '{64714} review', 'Ahmed'],
    ['H-[48124]', 'Oduya, F', 'RHC', '[44107]', '77', '{64632} (unrelated)', 'Ahmed'],
    ['H-[48133]', 'Brennan, M', 'CHC', '[44126]', '3', '{64445} requested', 'Lutz'],
    ['H-[48140]', 'Salas, J', 'RHC', '[44070]', '112', 'None', 'Lutz'],
  ],
});

// ── 34. Patient notification of hospice non-covered items (addendum), text layer ──
const addendum = lines({
  id: 's117-addendum',
  kind: 's117-hospice-noncovered-items-addendum-text',
  before: 'Patient Notification of Hospice Non-Covered Items, Services, and Drugs',
  text: [
    'Patient name: Ruth M Halvorsen   Medicare number 4TE7QX2MK61   Hospice: Lakeshore Hospice, Cleveland, OH [44113]',
    'Our hospice has determined that the following are unrelated to your terminal illness and related conditions:',
    '  • Chemodenervation of facial muscles for hemifacial spasm (CPT {64612}) with botulinum toxin — Dr. A. Lindqvist',
    '  • Neurolytic injection, plantar common digital nerve, left foot (CPT {64632}) — Westside Podiatry, ZIP [44111]',
    '  • Major joint injection, right knee ({20610}) — as needed',
    'Reason: these conditions existed before your election and are not affected by your cancer.',
    'You may request a review by the BFCC-QIO (Livanta, phone 1-888-524-9900, PO Box [58842], Annapolis Jct, MD [20701]).',
    'Addendum no. [62214] furnished 03/10/2026; signature of beneficiary or representative: Karin Halvorsen.',
  ].join('\n'),
});

// ── 35. Non-covered items addendum, XML export (EMR to billing) ──
const addendumXml = lines({
  id: 's117-addxml',
  kind: 's117-noncovered-addendum-xml-export-text',
  before: 'addendum_export.xml',
  text: [
    '<addendum id="[62214]" patientId="[48077]" furnished="2026-03-10" hospiceZip="[44113]">',
    '  <item cpt="{64612}" related="false" provider="1366204871" reason="pre-existing G51.3"/>',
    '  <item cpt="{64632}" related="false" provider="1447219036" reason="pre-existing G57.62"/>',
    '  <item cpt="{20610}" related="false" provider="1730561942"/>',
    '  <reviewed by="M. Reyes" ticket="[36288]"/>',
    '</addendum>',
  ].join('\n'),
});

// ── 36. Pain center superbill / fee slip for hospice referrals, grid (header "CPT®") ──
const superbill = table({
  id: 's117-superbill',
  kind: 's117-pain-center-hospice-superbill-grid',
  caption: 'Lakeshore Pain Center — encounter form — hospice / palliative referrals',
  headers: ['✓', 'CPT®', 'Description', 'Fee'],
  rows: [
    ['x', '{64445}', 'Inj, sciatic nerve, single', '$612'],
    ['', '{64446}', 'Inj, sciatic nerve, continuous infusion', '$890'],
    ['', '{64447}', 'Inj, femoral nerve, single', '$540'],
    ['', '{64450}', 'Inj, other peripheral nerve', '$410'],
    ['', '{64680}', 'Destr, celiac plexus', '$1,450'],
    ['', '{64681}', 'Destr, superior hypogastric plexus', '$1,450'],
    ['', '{64632}', 'Destr, plantar common digital nerve', '$265'],
    ['x', '{76942}', 'US guidance, needle placement', '$92'],
    ['', '{77002}', 'Fluoro guidance, needle placement', '$180'],
    ['', '{99204}', 'New patient visit, moderate', '$310'],
  ],
});

// ── 37. NOE timeliness report, grid ──
const noeTimely = table({
  id: 's117-noetime',
  kind: 's117-noe-timeliness-report-grid',
  caption: 'NOE timeliness — March 2026 admissions (5-calendar-day rule)',
  headers: ['Pt ID', 'Election', 'NOE sent', 'Accepted', 'Days', 'Late', 'DCN'],
  rows: [
    ['H-[48077]', '03/09/2026', '03/10/2026', '03/11/2026', '1', 'N', '26069000417'],
    ['H-[48133]', '03/28/2026', '04/03/2026', '04/06/2026', '6', 'Y — exception request [38301]', '26093000921'],
    ['H-[48140]', '03/30/2026', '03/31/2026', '04/01/2026', '1', 'N', '26090000355'],
  ],
});

// ── 38. Portal message thread, second page (family asks about hospice bill), text layer ──
const portal2 = lines({
  id: 's117-portal2',
  kind: 's117-family-portal-hospice-bill-followup-text',
  before: 'MyLakeshore — Messages — Billing questions — page 2',
  text: [
    'Karin H. 05/06/2026: We got a new statement from Westside Podiatry for $265 (code {64632}). Mom decided not to',
    'have that done. Why is there a charge? Their statement number is [41190] and they mailed it to ZIP [44102].',
    'Lakeshore Billing 05/07/2026: That foot nerve injection was on her non-covered list, so hospice does not pay it.',
    'If it was never performed, call Westside at 216-555-0162 and quote statement [41190]; we will note your account [19058].',
    'Karin H.: Also the Medicare letter mentions {64445} being "recouped" — do we owe that $118.62?',
    "Lakeshore Billing: No. That letter went to us and to the pain center about the Part B claim; your mom's block was paid by us.",
  ].join('\n'),
});

// ── 39. Hospice eligibility (HETS 271) excerpt, text layer (decoy heavy) ──
const hets = lines({
  id: 's117-hets',
  kind: 's117-hets-271-hospice-periods-text',
  before: 'Eligibility response — HETS 271 — trace 2604031211',
  text: [
    'NM1*IL*1*HALVORSEN*RUTH*M***MI*4TE7QX2MK61~N3*1840 W 58TH ST~N4*CLEVELAND*OH*[44102]~',
    'EB*X**45**HOSPICE~DTP*292*RD8*20260309-20260606~MSG*HOSPICE PERIOD 1 PROVIDER 361547~',
    'NM1*1P*2*LAKESHORE HOSPICE*****XX*1093847261~N4*CLEVELAND*OH*[44113]~REF*TJ*341298873~',
    'EB*1*IND*30**MEDICARE PART B~REF*18*[83117]~MSG*PART B UNRELATED SERVICES REQUIRE GW~',
    'TRN*2*[70215]*9ETSVCS~',
  ].join('\n'),
});

// ── 40. Palliative / pain clinic day schedule, grid (header "Visit / proc") ──
const schedule = table({
  id: 's117-sched',
  kind: 's117-palliative-pain-clinic-day-schedule-grid',
  caption: 'Lakeshore Pain Center — Tue 04/07/2026 — Room 2',
  headers: ['Time', 'Patient', 'Visit / proc', 'Payer', 'Hospice?', 'Auth', 'Home ZIP'],
  rows: [
    ['08:00', 'Brennan, M', '{64445} RT + {76942}', 'Lakeshore Hospice', 'Y (related)', 'HA-[97055]', '[44126]'],
    ['08:45', 'Tanaka, H', '{64447} LT', 'Medicare B', 'N', '', '[44145]'],
    ['09:30', 'Oduya, F', 'f/u {64632} consult', 'Medicare B (GW)', 'Y (unrelated)', '', '[44107]'],
    ['10:15', 'Kowalski, P', '{64680}', 'Lakeshore Hospice', 'Y (related)', 'HA-[97056]', '[44134]'],
    ['11:00', 'Vance, L', '{62323}', 'Anthem group [64714]', 'N', 'PA-[66140]', '[44146]'],
  ],
});

export const sealed117: Snippet[] = [
  ...consultHead,
  ...consultPlan,
  ...consultBill,
  ...chargeCapture,
  ...relatedForm,
  ...relatedGrid,
  ...election,
  ...noeEntry,
  ...noeStatus,
  ...ub04,
  ...revLines,
  ...cms1500,
  ...partBLines,
  ...x837,
  ...idg,
  ...idgPlan,
  ...referral,
  ...refOrder,
  ...procNote,
  ...coordLetter,
  ...coordTable,
  ...editQueue,
  ...editDetail,
  ...editCsv,
  ...msn,
  ...remit,
  ...hl7,
  ...fhir,
  ...rateSheet,
  ...portal,
  ...statement,
  ...letterhead,
  ...census,
  ...addendum,
  ...addendumXml,
  ...superbill,
  ...noeTimely,
  ...portal2,
  ...hets,
  ...schedule,
];
