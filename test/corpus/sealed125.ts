import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 125 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s125-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too. About a third of the decoys are numbers of the synthetic 10,000-code set (KNOWN_10K) used as
 * the nursing home's ZIP, resident ids, an MA authorization number, odometer readings, ambulance run numbers,
 * transmittal and change-request numbers, a survey facility id, MDS assessment and document ids, batch, invoice, PO,
 * consent and order-set numbers and a device serial. The five known codes' digits come back as decoys: the mobile
 * provider's remittance PO box (on its encounter form, its supply invoice, the 837P pay-to loop and the 835 payee
 * loop), a fire department run number on the transport log, a Medicare Advantage group number on the census and
 * face sheet, a private-pay resident's id, and the consolidated billing worksheet number (on the worksheet and in the
 * e-mail that quotes it).
 *
 * Family: skilled nursing facilities around Medicare SNF consolidated billing (CB): a SNF business office's monthly
 * CB exclusion worksheet (header and grid: which Part B services to Part A residents the outside physician bills and
 * which are bundled into the SNF's Part A rate), a CB code lookup, the CMS annual update file as fixed-width text, a
 * MAC's CB FAQ, the MDS/PDPM coordinator's dashboard, Section J pain items and J2100 surgery capture screen, a mobile
 * pain and procedure group's nursing-home visit schedule, route sheet, encounter form, charge entry screen, procedure
 * note, consent form, supply invoice to the SNF and billing CSV, the SNF's UB-04 for a 22x bill as text, the FISS DDE
 * claim inquiry screen, a triple-check ancillary review and minutes, PointClickCare-style consultant progress note,
 * physician orders, eMAR lines, census board and face sheet, a referral fax, a transport log and an ambulance patient
 * care report for a hospital trip, the hospital's after-visit summary, an X12 837I (hospital 13x), 837P (mobile
 * provider) and 835, an HL7 v2 SIU and DFT, a FHIR Procedure, the billing system's CB code table as XML, a CMS-2567
 * deficiency statement and a plan-of-correction tracker, and a staff e-mail thread.
 * Built on real public layouts: CMS's SNF consolidated billing annual update files (HCPCS, short descriptor, major
 * category, effective date) and IOM 100-04 chapter 6 categories (I.F outpatient surgery inclusion list), the UB-04
 * (CMS-1450) form locators (3a patient control number, 4 type of bill, 42-47 revenue lines, 67 diagnosis, 80 remarks),
 * the FISS DDE claim inquiry page (MAP1711), MDS 3.0 Section J item numbering (J0100-J0600, J2100-J2699), PDPM
 * five-character HIPPS codes, the CMS-2567 statement of deficiencies header and F-tag format, PointClickCare progress
 * note, order and eMAR listing columns, the X12 837I/837P/835 segment layouts (CLM, SV1, SV2, HI, N3/N4, SVC, CAS) and
 * HL7 v2 SIU^S12 (SCH, PID, AIS) and DFT^P03 (FT1) segments. The others are written the way those pages read, with no
 * single source.
 *
 * 361 labelled tokens over 40 shapes: 153 codes, 208 decoys, 74 of the decoys in KNOWN_10K. 86 tokens of the five
 * known codes are codes; their digits come back 10 times as decoys.
 */

// ── 1. CB exclusion worksheet header, text layer (decoy heavy) ──
const cbHeader = lines({
  id: 's125-cbhdr',
  kind: 's125-cb-exclusion-worksheet-header-text',
  before: 'Maple Crest Health & Rehabilitation Center — Medicare Consolidated Billing Review',
  text: [
    'Facility: Maple Crest Health & Rehabilitation Center   CCN 366142   NPI 1467583920',
    '2150 Morse Road, Columbus, OH [43224]   Business Office fax 614-555-0188',
    'Worksheet no. CBW-[64714]   Month under review: October 2026   Prepared by: T. Okafor, BOM',
    'Part A census at month end: 23 residents; outside-service lines reviewed: 11',
    'Vendors this month: COMPPA (mobile pain), OVMC outpatient surgery, Capital Crossroads runs [31066] and [31067]',
    'Reviewed against CMS 2026 annual update file (transmittal R[12635]CP) and the July quarterly update',
  ].join('\n'),
});

// ── 2. CB exclusion worksheet, table ("HCPCS" header) ──
const cbGrid = table({
  id: 's125-cbgrid',
  kind: 's125-cb-exclusion-worksheet-grid',
  caption: 'Outside services to Part A residents — October 2026',
  headers: ['Res #', 'Rm', 'DOS', 'Service (vendor)', 'HCPCS', 'CB status', 'Who bills', 'Notes'],
  rows: [
    [
      '[20738]',
      '214-B',
      '10/08',
      'Sciatic n. block, single inj., US (COMPPA)',
      '{64445}',
      'Excluded – prof.',
      'COMPPA → Part B',
      'Bupivacaine + tray on SNF A',
    ],
    [
      '[20738]',
      '214-B',
      '10/14',
      'Neuroplasty sciatic n., open (OVMC OR)',
      '{64712}',
      'Excluded – Cat I.F',
      'OVMC 13x; surgeon Part B',
      'Not on inclusion list',
    ],
    [
      '[20738]',
      '214-B',
      '10/14',
      'Ambulance BLS round trip to OVMC',
      'A0428 x2',
      'Excluded (w/ I.F svc)',
      'Capital Crossroads',
      'Runs [31066]/[31067]',
    ],
    [
      '[17456]',
      '118-A',
      '10/21',
      'Chemodenervation facial n., R (COMPPA)',
      '{64612}',
      'Excluded – prof.',
      'COMPPA → Part B',
      'Botox J0585 100u from SNF pharm → A',
    ],
    ['[17456]', '118-A', '10/21', 'Needle EMG guidance', '{95874}', 'Excluded – prof.', 'COMPPA → Part B', ''],
    [
      '[17461]',
      '124-A',
      '10/27',
      'TFESI L4-5, fluoro (OVMC Pain Ctr)',
      '{64483}',
      'Excluded – Cat I.F',
      'OVMC 13x; MD Part B',
      'Run [31071]',
    ],
    [
      '[20752]',
      '210-B',
      '10/24',
      'Femoral n. block, single (COMPPA)',
      '{64447}',
      'MA – n/a',
      'COMPPA → Anthem',
      'Auth [21354]',
    ],
    ['[28447]', '306-A', '10/22', 'Venipuncture (lab draw)', '{36415}', 'INCLUDED', 'SNF Part A', 'Do not bill 22x'],
    [
      '[19078]',
      '122-B',
      '10/23',
      'NF visit, subsequent (Dr. Iyer)',
      '{99309}',
      'Excluded – physician',
      'Physician → Part B',
      '',
    ],
    [
      '[19078]',
      '122-B',
      '10/30',
      'Neuroplasty lumbar plexus (OVMC OR) — r/s 11/04',
      '{64714}',
      'Excluded – Cat I.F',
      'OVMC / surgeon',
      'Move to Nov worksheet',
    ],
  ],
});

// ── 3. CB code lookup result, table (code column has no header) ──
const cbLookup = table({
  id: 's125-cblookup',
  kind: 's125-cb-code-lookup-result-grid',
  caption: 'CB Code Lookup — search: 644, 646, 647 — 2026 file',
  headers: ['', 'Short Descriptor', 'Major Cat.', 'On I.F inclusion list', 'Hosp. OP facility charge'],
  rows: [
    ['{64445}', 'N block inj sciatic sng', 'I.F', 'Yes', 'SNF pays hospital (included)'],
    ['{64447}', 'N block inj fem single', 'I.F', 'Yes', 'SNF pays hospital (included)'],
    ['{64612}', 'Destroy nerve face muscle', 'I.F', 'Yes', 'SNF pays hospital (included)'],
    ['{64632}', 'N block inj common digit', 'I.F', 'Yes', 'SNF pays hospital (included)'],
    ['{64712}', 'Revision of sciatic nerve', 'I.F', 'No', 'Excluded — hospital bills Medicare'],
    ['{64714}', 'Revise low back nerve(s)', 'I.F', 'No', 'Excluded — hospital bills Medicare'],
    ['{64713}', 'Revision of arm nerve(s)', 'I.F', 'No', 'Excluded — hospital bills Medicare'],
  ],
});

// ── 4. CMS annual update file, fixed-width text ──
const cbFile = lines({
  id: 's125-cbfile',
  kind: 's125-cms-cb-annual-update-fixed-width-text',
  before: 'SNF_CB_2026_FILE1_MAJOR_CAT_IF_INCLUSION.txt',
  text: [
    'HCPCS MOD SHORT DESCRIPTOR              CAT EFF DATE TERM DATE',
    '{64445}     N BLOCK INJ SCIATIC SNG      IF  20260101',
    '{64447}     N BLOCK INJ FEM SINGLE       IF  20260101',
    '{64450}     N BLOCK OTHER PERIPHERAL     IF  20260101',
    '{64455}     N BLOCK INJ PLANTAR DIGIT    IF  20260101',
    '{64612}     DESTROY NERVE FACE MUSCLE    IF  20260101',
    '{64632}     N BLOCK INJ COMMON DIGIT     IF  20260101',
    '* END OF FILE  RECORD COUNT [10383]  CR [13249]',
  ].join('\n'),
});

// ── 5. MAC consolidated billing FAQ, text layer ──
const macFaq = lines({
  id: 's125-macfaq',
  kind: 's125-mac-cb-faq-prose-text',
  before: 'CGS J15 Part A and Part B — SNF Consolidated Billing: Frequently Asked Questions',
  text: [
    'Q1. A mobile pain physician performs a sciatic nerve block ({64445}) on a Part A resident in the SNF. Who bills?',
    "A1. The physician bills the professional service to Part B with place of service 31; the drug and supplies are part of the SNF's Part A payment.",
    'Q2. The resident goes to the hospital outpatient department for neuroplasty of the sciatic nerve, CPT {64712}. Is the hospital paid by the SNF?',
    'A2. No. Outpatient surgery that is not on the Major Category I.F inclusion list is excluded from CB; the hospital bills its own 13x claim.',
    'Q3. Are all nerve blocks {64400}–{64489} on the inclusion list? A3. No; check each code in the annual file before paying a hospital invoice.',
    'Q4. Our 22x bill for a resident in a covered Part A stay returned with reason code [38035]. Why?',
    'A4. Part B services to a resident in a covered Part A stay go on the 21x claim or are billed by the excluded practitioner; see CR [13249].',
    'Q5. What if the hospital does a plantar digital nerve destruction ({64632}) or a diagnostic block ({64455})?',
    'A5. Both codes are on the inclusion list: the SNF pays the hospital under arrangement and reports the service on its 21x claim.',
    'Q6. Does the physician append XS to {64445} when a femoral block {64447} is done at the same visit? A6. Only for a separate site; CB status is the same.',
    'Related: MLN Matters MM[13249]; IOM 100-04, chapter 6, section 20.1.2.',
    'Written inquiries: CGS J15 Part A, PO Box [20017], Nashville, TN [37202]-0017.',
  ].join('\n'),
});

// ── 6. PDPM coordinator dashboard, table (codes inside free-text alerts) ──
const pdpmDash = table({
  id: 's125-pdpmdash',
  kind: 's125-pdpm-coordinator-dashboard-grid',
  caption: 'PDPM Dashboard — Maple Crest H&R — Medicare and MA residents — as of 10/20/2026',
  headers: ['Rm/Bed', 'Resident', 'Res ID', 'Payer', 'ARD', 'HIPPS', 'Day', 'Alerts'],
  rows: [
    [
      '214-B',
      'Halversen, Ruth',
      '[20738]',
      'Med A',
      '10/02/26',
      'TDDE1',
      '25',
      'Out to OVMC 10/14 for {64712} — back same day, no interrupted stay',
    ],
    ['118-A', 'Dombrowski, Carl', '[17456]', 'Med A', '10/08/26', 'KACB1', '19', 'COMPPA {64612} 10/21'],
    ['306-A', 'Pruitt, Hazel', '[28447]', 'Humana MA', '10/12/26', 'MBBD1', '15', 'Auth # [57092] thru 10/31'],
    ['122-B', 'Ferreira, Luis', '[19078]', 'Med A', '10/06/26', 'TGCF1', '21', 'Surg {64714} r/s 11/04 — OVMC'],
    ['203-A', 'Nakamura, June', '[27471]', 'Med A', '10/11/26', 'NCAC0', '16', 'IPA due 10/24'],
    ['124-A', 'Stroud, Vernon', '[17461]', 'Med A', '10/17/26', 'TJDC1', '6', 'COMPPA asks re {64447} femoral block'],
    ['210-B', 'Ianucci, Rose', '[20752]', 'Anthem MA', '10/14/26', 'ECAB1', '9', 'Auth # [21354] — Anthem wants 5-day'],
    ['315-B', 'Whitlock, Ed', '[30787]', 'Med B only', '—', '—', '—', 'Benefits exhausted 09/19; 22x monthly'],
  ],
});

// ── 7. MDS Section J pain items, text layer ──
const sectionJ = lines({
  id: 's125-mdsj',
  kind: 's125-mds-section-j-pain-items-text',
  before: 'MDS 3.0 — 5-Day PPS — Section J: Health Conditions',
  text: [
    'Resident: Halversen, Ruth A.   Resident ID [20738]   ARD 10/02/2026   Assessment ID [52936]',
    'J0100. Pain Management. A. Received scheduled pain medication regimen: 1. Yes',
    'C. Received non-medication intervention for pain: 1. Yes — sciatic nerve block ({64445}) planned by COMPPA',
    'J0300. Pain Presence: 1. Yes   J0410. Pain Frequency: 2. Frequently',
    'J0600. Pain Intensity. A. Numeric Rating Scale (00-10): 07',
    'Coordinator note 10/09: block done 10/08 ({64445}); do not code as surgery in J2100. Lock batch [44093].',
  ].join('\n'),
});

// ── 8. MDS J2100 recent surgery capture screen, table ──
const j2100 = table({
  id: 's125-j2100',
  kind: 's125-mds-j2100-surgery-capture-grid',
  caption:
    'Section J — J2100 Recent Surgery Requiring Active SNF Care — Ferreira, Luis — hospital procedures, prior 100 days',
  headers: ['Hospital procedure', 'CPT (from op note / H&P)', 'MDS item', 'Checked', 'Source doc'],
  rows: [
    [
      'Open treatment intertrochanteric fx, IM nail, R (09/25/26)',
      '{27245}',
      'J2510 Ortho – repair fractures of hip or leg',
      '☑',
      'Op note doc ID [33156]',
    ],
    ['R sciatic single-shot block at ORIF', '{64445}', 'Not surgery (anesthesia)', '☐', 'Anes. record'],
    [
      'Lumbar plexus neuroplasty (scheduled 11/04/26)',
      '{64714}',
      '— not performed yet',
      '☐',
      'OVMC surgery sched. [37404]',
    ],
    ['Sciatic neurolysis, L (2019)', '{64712}', 'Outside look-back window', '☐', 'Hx from H&P, doc ID [33157]'],
  ],
});

// ── 9. Mobile pain provider visit schedule, table ("Planned CPT" header) ──
const visitSched = table({
  id: 's125-visits',
  kind: 's125-mobile-pain-visit-schedule-grid',
  caption: 'COMPPA Mobile Procedure Schedule — Tue 10/21/2026 — A. Velasquez, MD — tech R. Boone',
  headers: ['Time', 'Facility', 'Rm', 'Patient (Res #)', 'Planned CPT', 'Side', 'Consent', 'Status'],
  rows: [
    [
      '08:30',
      'Maple Crest H&R (Columbus [43224])',
      '118-A',
      'Dombrowski C. ([17456])',
      '{64612} + {95874}',
      'R',
      'On file 10/15',
      'Done',
    ],
    [
      '09:15',
      'Maple Crest H&R',
      '306-A',
      'Pruitt H. ([28447])',
      '{64455}',
      'L',
      'POA signing',
      'Moved 10/28 → {64632}',
    ],
    ['10:40', 'Scioto Pointe SNF (Grove City [43123])', '27', 'Abernathy W. ([24709])', '{64445}', 'L', 'Yes', 'Done'],
    ['11:30', 'Scioto Pointe SNF', '31B', 'Galloway M. ([25141])', '{20552}', '—', 'Yes', 'Done'],
    [
      '13:45',
      'Kenwood Terrace CC (Westerville [43081])',
      '4-112',
      'Reinholt P. ([14852])',
      '{64632}',
      'R',
      'Yes',
      'Pt refused',
    ],
    ['14:30', 'Kenwood Terrace CC', '4-120', 'Szabo I. ([14887])', '{64615}', 'Bilat', 'Yes', 'Done'],
    ['15:20', 'Kenwood Terrace CC', '2-208', 'Oduya B. ([14862])', '{64640}', 'L', 'Yes', 'Done'],
  ],
});

// ── 10. Mobile provider route sheet, text layer (decoy only) ──
const routeSheet = lines({
  id: 's125-route',
  kind: 's125-mobile-provider-route-sheet-text',
  before: 'COMPPA route sheet — Tuesday 10/21/2026 — Vehicle 3',
  text: [
    'Depart: COMPPA, 6640 Perimeter Dr, Suite 210, Dublin, OH [43016] — 07:50',
    'Stop 1: Maple Crest H&R, 2150 Morse Rd, Columbus, OH [43224] — north door, sign in at 1 West',
    'Stop 2: Scioto Pointe Skilled Nursing, 3880 Broadway, Grove City, OH [43123] — DON ext 204',
    'Stop 3: Kenwood Terrace Care Center, 515 Executive Pkwy, Westerville, OH [43081]',
    'Add-on: Westerville Health Campus, 1060 Eastwind Dr, Westerville, OH [43081] — eval only, no procedure',
    'OVMC garage ticket [88168] (drop-off of signed consents, 12:05)',
    'Ultrasound unit S/N [30994]; 6 block trays; Botox at Maple Crest is facility-supplied (CB)',
    'Odometer out [61119]   Odometer in [61187]   Fuel card ending 4471',
  ].join('\n'),
});

// ── 11. Mobile provider encounter form (superbill), PDF text layer ──
const encForm = lines({
  id: 's125-encform',
  kind: 's125-mobile-encounter-form-superbill-text',
  before: 'CENTRAL OHIO MOBILE PAIN & PROCEDURE ASSOCIATES — NURSING FACILITY ENCOUNTER FORM',
  text: [
    'Remit to: COMPPA, PO Box [64445], Columbus, OH [43264]   Tax ID 31-1598820',
    'Facility: Maple Crest H&R   POS: ☑ 31 SNF  ☐ 32 NF   Room 118-A   Res ID [17456]   Enc # [58166]',
    'Part A stay? ☑ Yes — professional only; drugs/supplies belong to the facility (consolidated billing)',
    'NF VISITS  ☐ {99304}  ☐ {99305}  ☐ {99306}  ☐ {99307}  ☐ {99308}  ☑ {99309}  ☐ {99310}',
    'NERVE BLOCKS  ☐ {64445} sciatic, single  ☐ {64447} femoral, single  ☐ {64450} other peripheral  ☐ {64455} plantar digital',
    'NEUROLYTIC / CHEMODENERV.  ☐ {64632} plantar digital  ☑ {64612} facial n., unilat.  ☐ {64615} migraine  ☑ {95874} EMG guid.',
    'Modifiers: ☑ RT ☐ LT ☑ 25 ☐ 59 ☐ XS   Drug: ☑ J0585 100 units — facility stock, do not bill',
    'Form COMPPA-EF rev. 2026-03 · reorder stock no. [08657]',
  ].join('\n'),
});

// ── 12. Mobile provider charge entry screen, table ("Proc" header) ──
const chargeEntry = table({
  id: 's125-charge',
  kind: 's125-mobile-provider-charge-entry-grid',
  caption: 'Charge Entry — Enc 58166 — Dombrowski, Carl — DOS 10/21/2026 — Billing prov Velasquez',
  headers: ['Ln', 'From', 'POS', 'Proc', 'M1', 'M2', 'Dx ptr', 'Units', 'Charge', 'Batch'],
  rows: [
    ['1', '10/21/26', '31', '{99309}', '25', '', 'A', '1', '165.00', '[44616]'],
    ['2', '10/21/26', '31', '{64612}', 'RT', '', 'A', '1', '310.00', '[44616]'],
    ['3', '10/21/26', '31', '{95874}', '', '', 'A', '1', '140.00', '[44616]'],
    ['4', '10/21/26', '31', 'J0585', '', '', 'A', '0', '0.00', '[44616]'],
  ],
});

// ── 13. UB-04 for a 22x (SNF inpatient Part B) bill, text layer ──
const ub04 = lines({
  id: 's125-ub04',
  kind: 's125-ub04-22x-bill-text-layer',
  before: 'UB-04 CMS-1450 — print image',
  text: [
    '1 MAPLE CREST HEALTH & REHABILITATION CTR      3a PAT CNTL # 315B-[44912]     4 TYPE OF BILL 0221',
    '  2150 MORSE RD                                b MED REC # [30787]',
    '  COLUMBUS OH [43224]                          5 FED TAX NO 31-1874402  6 STATEMENT 100126 THROUGH 103126',
    '8 WHITLOCK, EDWARD J      9 1840 CLEVELAND AVE  COLUMBUS  OH  [43211]',
    '38 WHITLOCK, DIANE   402 E NORTH BROADWAY   COLUMBUS OH [43214]',
    '0420 PHYSICAL THERAPY          {97110}GP        100626   8      896.00',
    '0430 OCCUPATIONAL THERAPY      {97535}GO        100726   6      672.00',
    '0300 LABORATORY                {36415}          102226   1       18.00',
    '0320 DX X-RAY                  {73502}          102326   1      212.00',
    '50 MEDICARE   51 HEALTH PLAN ID [15201]   60 INSURED ID 7AK4TE5MK72',
    '67 PRIN DX M5416  OTHER DX S[72001]D G5702   76 ATTENDING 1326047719 IYER',
    '80 REMARKS  SCIATIC BLOCK {64445}-LT 10/17 BY COMPPA BILLED ON THEIR 837P, NOT THIS BILL',
  ].join('\n'),
});

// ── 14. Triple check ancillary review, table ("HCPCS/CPT" header) ──
const tripleCheck = table({
  id: 's125-3check',
  kind: 's125-triple-check-ancillary-review-grid',
  caption: 'Medicare Triple Check — October 2026 — Halversen and Dombrowski — ancillaries and outside services',
  headers: ['Ancillary', 'Date', 'Item', 'Source', 'HCPCS/CPT', 'Charge', 'Keep on 21x?'],
  rows: [
    ['Pharmacy 0250', '10/08', 'Bupivacaine 0.25% 30 mL (block)', 'eMAR', '', '42.60', 'Yes – CB'],
    ['Supply 0270', '10/08', 'Regional block tray', 'Central supply', '', '88.00', 'Yes – CB'],
    ['Pharmacy 0636', '10/21', 'OnabotulinumtoxinA 100u', 'Pharm. inv. [26135]', 'J0585', '1,284.00', 'Yes – CB'],
    ['Prof. svc', '10/21', 'Chemodenervation facial n.', 'COMPPA enc.', '{64612}', '—', 'No – physician bills B'],
    ['Prof. svc', '10/08', 'Sciatic block', 'COMPPA enc.', '{64445}', '—', 'No – physician bills B'],
    ['Outpt surg', '10/14', 'Sciatic neuroplasty @ OVMC', 'Transport log', '{64712}', '—', 'No – excluded'],
    ['Lab 0300', '10/22', 'Venipuncture', 'Lab log', '{36415}', '18.00', 'Yes – CB'],
  ],
});

// ── 15. Business office billing note, text layer ──
const boNote = lines({
  id: 's125-bonote',
  kind: 's125-business-office-billing-note-text',
  before: 'Billing Notes — Halversen, Ruth A.',
  text: [
    'Billing Note 10/16/2026 09:12 — T. Okafor (BOM) — Resident [20738]',
    'OVMC called re 10/14 outpatient surgery (CPT {64712}, sciatic neuroplasty R). Excluded from CB — they bill their 13x; we owe nothing.',
    'Capital Crossroads sent us invoice INV-[88038] for runs [31066]/[31067]; returned it — transport tied to excluded surgery, they bill Part B.',
    'Holding October 21x until COMPPA confirms the 10/08 block, {64445}-RT, went out professional only (POS 31). Their ref [50381].',
    'Resident back 10/14 19:40, same day — not a discharge, no new 5-day.',
  ].join('\n'),
});

// ── 16. Consultant physician progress note (PointClickCare style), text layer ──
const pccNote = lines({
  id: 's125-pccnote',
  kind: 's125-pcc-consultant-progress-note-text',
  before: 'Progress Notes — Type: Physician/Consultant — Effective Date 10/08/2026 10:52',
  text: [
    'Resident: Halversen, Ruth A. ([20738])   Location: Maple Crest H&R, 2 East, Room 214-B',
    'Author: Andrea Velasquez, MD (COMPPA) — Interventional Pain',
    'S: 84 yo F, R sciatic neuropathy after hip fx repair 09/21, NRS 7/10, limiting PT/OT.',
    'P: R popliteal sciatic nerve block under US, 20 mL 0.25% bupivacaine + triamcinolone 40 mg. Tolerated well.',
    'Procedure: CPT {64445}-RT; US guidance {76942}-26 (image saved). Dx G57.01.',
    'Referred to OVMC neurosurgery (Dr. D. Han) for open neuroplasty {64712}, set for 10/14; SNF to arrange BLS transport.',
    'Billing: professional only, POS 31; drug and tray from facility stock per CB. Encounter # [58082].',
    'Next COMPPA visit ticket [58231] (11/05, Maple Crest).',
  ].join('\n'),
});

// ── 17. PCC physician orders list, table (codes inside order text) ──
const pccOrders = table({
  id: 's125-orders',
  kind: 's125-pcc-physician-orders-grid',
  caption: 'Orders — Halversen, Ruth A. — All Active and Completed',
  headers: ['Order Date', 'Description', 'Order Type', 'Ordered By', 'Status'],
  rows: [
    [
      '10/07/2026',
      'Consult COMPPA pain mgmt eval & treat; may perform R sciatic nerve block ({64445}) at bedside',
      'Consult',
      'Iyer, R. MD',
      'Completed',
    ],
    [
      '10/08/2026',
      'Transport to OVMC 10/14/2026 0600 BLS stretcher for R sciatic neuroplasty CPT {64712}; NPO after midnight',
      'Other',
      'Velasquez, A. MD',
      'Completed',
    ],
    ['10/14/2026', 'Hold PT/OT 24 hrs post op; resume per OVMC instructions', 'Other', 'Han, D. MD', 'Completed'],
    ['10/20/2026', 'CBC, BMP 10/22 AM — venipuncture ({36415}) by facility', 'Lab', 'Iyer, R. MD', 'Completed'],
    ['10/15/2026', 'Acetaminophen 650 mg PO q6h PRN pain 4-6/10', 'Pharmacy', 'Iyer, R. MD', 'Active'],
    [
      '10/15/2026',
      'COMPPA f/u 4 wk: repeat block {64445} vs continuous catheter {64446} if NRS > 6',
      'Consult',
      'Velasquez, A. MD',
      'Active',
    ],
  ],
});

// ── 18. eMAR administration lines, text layer ──
const emar = lines({
  id: 's125-emar',
  kind: 's125-pcc-emar-administration-text',
  before: 'eMAR — Halversen, Ruth A. — Rm 214-B — October 2026',
  text: [
    'Bupivacaine HCl 0.25% inj 20 mL perineural x1 (R sciatic block) — NDC [00409]-1159-01 — 10/08 10:31 — facility stock',
    'Triamcinolone acetonide 40 mg/mL 1 mL perineural x1 — NDC [00003]-0293-05 — 10/08 10:31 — facility stock',
    'Oxycodone 5 mg tab PO q4h PRN pain 7-10 — NDC [00406]-0552-01 — 10/14 21:05 — pain 8 → 3 at 22:05',
    'Gabapentin 300 mg cap PO TID — NDC [59762]-5025-01 — 10/01–10/31 — 93 of 93 given',
    'Pharmacy: Omnicare of Columbus, account [60022], Rx 6118274',
  ].join('\n'),
});

// ── 19. Resident transport log, table ──
const transportLog = table({
  id: 's125-translog',
  kind: 's125-snf-resident-transport-log-grid',
  caption: "Maple Crest H&R — Resident Transport Log — October 2026 — 2 East and 3 North nurses' stations",
  headers: ['Date', 'Resident / Rm', 'Destination', 'Reason', 'Carrier', 'Run #', 'Mode', 'Out', 'Back', 'CB?'],
  rows: [
    [
      '10/03',
      'Nakamura J. / 203-A',
      'OVMC Imaging',
      'MRI L-spine {72148}',
      'Capital Crossroads',
      '[31012]',
      'BLS',
      '09:10',
      '11:45',
      'Excl. (MRI)',
    ],
    [
      '10/14',
      'Halversen R. / 214-B',
      'OVMC OR (outpt)',
      'R sciatic neuroplasty {64712}',
      'Capital Crossroads',
      '[31066]',
      'BLS stretcher',
      '05:55',
      '—',
      'Excluded',
    ],
    [
      '10/14',
      'Halversen R. / 214-B',
      'OVMC → Maple Crest',
      'Return',
      'Capital Crossroads',
      '[31067]',
      'BLS stretcher',
      '—',
      '19:40',
      'Excluded',
    ],
    [
      '10/23',
      'Whitlock E. / 315-B',
      'OVMC ED',
      'Fall, r/o hip fx',
      'Clinton Twp Fire Medic 12',
      '[64712]',
      'ALS',
      '02:14',
      '08:50',
      'n/a (no Part A)',
    ],
    [
      '10/27',
      'Stroud V. / 124-A',
      'OVMC Pain Ctr',
      'Fluoro-guided TFESI {64483} — outpt',
      'Capital Crossroads',
      '[31071]',
      'BLS stretcher',
      '07:40',
      '12:15',
      'Check I.F list',
    ],
    [
      '10/29',
      'Ferreira L. / 122-B',
      'OVMC Pre-Admission Testing',
      'Pre-op for {64714}',
      'Capital Crossroads',
      '[31149]',
      'WC van',
      '12:30',
      '15:05',
      'Facility van cost',
    ],
  ],
});

// ── 20. Ambulance patient care report, text layer ──
const pcr = lines({
  id: 's125-pcr',
  kind: 's125-ambulance-patient-care-report-text',
  before: 'Capital Crossroads Medical Transport — Patient Care Report',
  text: [
    'Run # [31066]   Unit M-14   10/14/2026   Level: BLS non-emergency   Crew: D. Reyes EMT-B, K. Foss EMT-B',
    'Pick-up: Maple Crest H&R, 2150 Morse Rd, Columbus OH [43224], Rm 214-B',
    'Drop-off: OVMC Surgical Admitting, 3500 Olentangy River Rd, Columbus OH [43214]',
    'Odometer at scene [88091]   at destination [88099]   Loaded miles 7.6',
    'Reason: scheduled outpatient surgery, R sciatic nerve neuroplasty (CPT {64712} per facility transfer form); bed-confined.',
    'PCS signed by R. Iyer MD 10/13. Facility states trip is outside consolidated billing — bill Medicare B, A0428 + A0425 x 8.',
    'Billing ref [57130]   PCS form ID [50164]',
  ].join('\n'),
});

// ── 21. Hospital outpatient surgery after-visit summary for the facility, text layer ──
const avs = lines({
  id: 's125-avs',
  kind: 's125-hospital-outpatient-surgery-avs-text',
  before: 'Olentangy Valley Medical Center — Outpatient Surgery — After Visit Summary (for receiving facility)',
  text: [
    'Patient: HALVERSEN, RUTH A   MRN 40117823   FIN 260014471   Surgery case # [37460]',
    'Procedure(s): Neuroplasty, sciatic nerve, right (CPT {64712}); intraoperative nerve monitoring',
    'Anesthesia: general + R popliteal single-shot block by OVMC anesthesia ({64445}; billed by OVMC, not the SNF)',
    'Discharged to: Maple Crest H&R, 2150 Morse Rd, Columbus OH [43224], 10/14/2026 18:55 via Capital Crossroads',
    'Follow-up: Dr. D. Han, OVMC Neurosurgery, 3525 Olentangy River Rd Ste 4300, Columbus OH [43214], 2 weeks',
    'Note to facility: this outpatient surgery is outside SNF consolidated billing; OVMC bills Medicare (TOB 0131).',
  ].join('\n'),
});

// ── 22. Census board, room/bed, table (decoy only) ──
const census = table({
  id: 's125-census',
  kind: 's125-pcc-census-room-bed-grid',
  caption: 'Census — Maple Crest H&R — 10/23/2026 — midnight',
  headers: ['Unit', 'Room-Bed', 'Resident', 'Res #', 'Payer', 'Adm', 'Status'],
  rows: [
    ['2 East', '214-B', 'Halversen, Ruth', '[20738]', 'MCR A', '09/26/26', 'In house'],
    ['1 West', '118-A', 'Dombrowski, Carl', '[17456]', 'MCR A', '10/02/26', 'In house'],
    ['1 West', '122-B', 'Ferreira, Luis', '[19078]', 'MCR A', '09/30/26', 'In house'],
    ['3 North', '306-A', 'Pruitt, Hazel', '[28447]', 'Humana MA grp [64612]', '10/06/26', 'In house'],
    ['3 North', '315-B', 'Whitlock, Edward', '[30787]', 'MCR B / Medicaid pend.', '06/12/26', 'Hospital 10/23'],
    ['3 North', '318-A', 'Kowalczyk, Anna', '[64632]', 'Private pay', '01/05/25', 'In house'],
    ['2 East', '203-A', 'Nakamura, June', '[27471]', 'MCR A', '10/05/26', 'In house'],
    ['1 West', '124-A', 'Stroud, Vernon', '[17461]', 'MCR A', '10/15/26', 'In house'],
    ['2 East', '210-B', 'Ianucci, Rose', '[20752]', 'Anthem MA grp [22618]', '10/12/26', 'In house'],
    ['3 North', '302-B', 'Beaumont, Otis', '[28455]', 'Medicaid', '03/18/24', 'In house'],
  ],
});

// ── 23. CMS-2567 statement of deficiencies, text layer ──
const cms2567 = lines({
  id: 's125-2567',
  kind: 's125-cms-2567-deficiency-statement-text',
  before: 'DEPARTMENT OF HEALTH AND HUMAN SERVICES — CENTERS FOR MEDICARE & MEDICAID SERVICES — FORM CMS-2567',
  text: [
    '(X1) PROVIDER/SUPPLIER/CLIA IDENTIFICATION NUMBER: 366142   (X3) DATE SURVEY COMPLETED 11/06/2026',
    'NAME OF PROVIDER: MAPLE CREST HEALTH & REHABILITATION CENTER   2150 MORSE RD, COLUMBUS, OH [43224]',
    'F 697 Pain Management   SS=D   CFR(s): 483.25(k)',
    'Review of Resident #42\'s consultant note dated 10/08/26 revealed "Procedure: CPT {64445}-RT" and a pain score of 7/10.',
    'There was no pain reassessment documented until 10/09/26 at 06:00, 19 hours after the procedure.',
    'Event ID: 7QXT11   Facility ID: [09014]   If continuation sheet Page 4 of 11',
  ].join('\n'),
});

// ── 24. Plan of correction tracker, table ──
const pocTracker = table({
  id: 's125-poc',
  kind: 's125-survey-plan-of-correction-tracker-grid',
  caption: 'Plan of Correction tracker — standard survey exit 11/06/2026',
  headers: ['Tag', 'S/S', 'Deficient practice', 'Corrective action', 'Monitor', 'Date certain'],
  rows: [
    [
      'F697',
      'D',
      'No pain reassessment after R sciatic block ({64445}) 10/08, Res #42',
      'Post-procedure pain flow sheet q4h x 24h in PCC order set [52426]',
      'DON weekly x 4',
      '12/06/2026',
    ],
    [
      'F684',
      'D',
      'Post-op neurovascular checks missed after return from outpt {64712}',
      'Return-from-procedure checklist; ed. sign-in sheet [52427]',
      'Unit mgr daily x 2 wk',
      '12/06/2026',
    ],
    [
      'F755',
      'E',
      'Botox stock log gap after {64612} on 10/21',
      'Pharmacy reconciliation per consultant pharmacist, report [60480]',
      'Consultant RPh monthly',
      '12/06/2026',
    ],
    [
      'F880',
      'D',
      'Mobile vendor tray not stored per IC policy',
      'Vendor agreement addendum [27533]',
      'IP weekly',
      '12/06/2026',
    ],
  ],
});

// ── 25. X12 837I from the hospital (13x) for the outpatient neuroplasty, text ──
const x837i = lines({
  id: 's125-837i',
  kind: 's125-x12-837i-hospital-13x-text',
  before: 'OVMC outbound 837I batch — claim view',
  text: [
    'NM1*85*2*OLENTANGY VALLEY MEDICAL CENTER*****XX*1881693420~N3*3500 OLENTANGY RIVER RD~N4*COLUMBUS*OH*432143305~',
    'NM1*IL*1*HALVERSEN*RUTH*A***MI*4TR7XK2QM18~N3*2150 MORSE RD RM 214B~N4*COLUMBUS*OH*[43224]~',
    'CLM*HAR260014471*[18715]***13:A:1**A*Y*Y~DTP*434*RD8*20261014-20261014~',
    'HI*ABK:G5701*ABF:S[72001]D*ABF:Z9181~',
    'LX*1~SV2*0360*HC:{64712}:RT*[12840]*UN*1~DTP*472*D8*20261014~',
    'LX*2~SV2*0370**2190*UN*1~LX*3~SV2*0250**615*UN*12~LX*4~SV2*0272**1240*UN*1~LX*5~SV2*0710**1830*UN*1~',
  ].join('\n'),
});

// ── 26. X12 837P from the mobile provider, text ──
const x837p = lines({
  id: 's125-837p',
  kind: 's125-x12-837p-mobile-provider-text',
  before: 'COMPPA 837P — batch 20261023 — claim 1 of 9',
  text: [
    'NM1*85*2*CENTRAL OHIO MOBILE PAIN AND PROCEDURE*****XX*1588301247~N3*6640 PERIMETER DR STE 210~N4*DUBLIN*OH*430169412~',
    'NM1*87*2~N3*PO BOX [64445]~N4*COLUMBUS*OH*[43264]~',
    'CLM*[58082]*405***31:B:1*Y*A*Y*Y~HI*ABK:G5701~',
    'NM1*77*2*MAPLE CREST HEALTH AND REHABILITATION*****XX*1467583920~N3*2150 MORSE RD~N4*COLUMBUS*OH*432244410~',
    'LX*1~SV1*HC:{64445}:RT*310*UN*1***1~DTP*472*D8*20261008~',
    'LX*2~SV1*HC:{76942}:26*95*UN*1***1~DTP*472*D8*20261008~',
  ].join('\n'),
});

// ── 27. X12 835 remittance to the mobile provider, text ──
const x835 = lines({
  id: 's125-835',
  kind: 's125-x12-835-mobile-provider-remit-text',
  before: 'COMPPA 835 — CGS J15 Part B — check/EFT trace',
  text: [
    'N1*PR*CGS ADMINISTRATORS LLC~N3*PO BOX [20018]~N4*NASHVILLE*TN*[37202]~',
    'N1*PE*CENTRAL OHIO MOBILE PAIN AND PROCEDURE*XX*1588301247~N3*PO BOX [64445]~N4*COLUMBUS*OH*[43264]~',
    'CLP*[58166]*1*615*402.13**MB*2226300118814~NM1*QC*1*DOMBROWSKI*CARL~',
    'SVC*HC:{99309}:25*165*118.40**1~CAS*CO*45*46.60~',
    'SVC*HC:{64612}:RT*310*202.81**1~CAS*CO*45*107.19~',
    'SVC*HC:{95874}*140*80.92**1~CAS*CO*45*59.08~',
    'CLP*[58219]*1*265*171.40**MB*2226300118933~SVC*HC:{64640}:LT*265*171.40**1~CAS*CO*45*93.60~',
    'CLP*[58207]*4*265*0**MB*2226300118902~SVC*HC:{64632}:LT*265*0**1~CAS*CO*109*265~LQ*HE*N418~',
  ].join('\n'),
});

// ── 28. FISS DDE claim inquiry screen, text ──
const fiss = lines({
  id: 's125-fiss',
  kind: 's125-fiss-dde-claim-inquiry-screen-text',
  before: 'MAP1711  CGS J15  M E D I C A R E   A   O N L I N E   S Y S T E M   INST CLAIM INQUIRY  11/03/26',
  text: [
    ' MID 7AK4TE5MK72   TOB 221   S/LOC S B9997   PROV 366142   LAST WHITLOCK      FIRST EDWARD',
    ' PAT.CNTL#: 315B-[44912]   STMT DATES FROM 100126 TO 103126   TOT CHRG 1798.00',
    ' REV  HCPC  MODS   SERV DT   UNITS   TOT CHRG',
    ' 0420 {97110} GP     100626   8       896.00',
    ' 0430 {97535} GO     100726   6       672.00',
    ' 0300 {36415}        102226   1        18.00',
    ' 0320 {73502}        102326   1       212.00',
    ' REASON CODE [38035]   NPC  DCN 22630600411207   RECEIPT DT 110326',
    ' [38035] BENE IN A COVERED PART A SNF STAY FOR THE DATES ON THIS 22X CLAIM',
  ].join('\n'),
});

// ── 29. HL7 v2 SIU^S12 surgery scheduling message, text ──
const hl7siu = lines({
  id: 's125-siu',
  kind: 's125-hl7-siu-surgery-schedule-text',
  before: 'Interface engine — inbound from OVMC surgical scheduling — message view',
  text: [
    'MSH|^~\\&|EPIC|OVMC|SNFLINK|MAPLECREST|202610091422||SIU^S12|2026100914220031|P|2.5.1',
    'SCH|[37460]^OVMC||||||ROUTINE|||^^^20261014073000^20261014093000',
    'PID|1||40117823^^^OVMC^MR||HALVERSEN^RUTH^A||19420518|F|||2150 MORSE RD RM 214B^^COLUMBUS^OH^[43224]',
    'AIS|1||{64712}^NEUROPLASTY SCIATIC NERVE^CPT|20261014073000|||120|MIN',
    'AIS|2||{64445}^NJX AA&/STRD SCIATIC NERVE^CPT|20261014071500|||15|MIN',
    'AIG|1||[10712]^HAN^DAVID|SURG',
  ].join('\n'),
});

// ── 30. HL7 v2 DFT^P03 charge message from the mobile provider's EHR, text ──
const hl7dft = lines({
  id: 's125-dft',
  kind: 's125-hl7-dft-charge-text',
  before: 'COMPPA EHR → PM charge interface — DFT^P03',
  text: [
    'PID|1||[28447]^^^MAPLECREST||PRUITT^HAZEL^M||19380704|F|||77 LINDEN AVE^^REYNOLDSBURG^OH^[43068]',
    'PV1|1|O|MAPLECREST^306^A||||1760449812^VELASQUEZ^ANDREA',
    'FT1|1|[58207]||20261028|20261028|CG|[50783]^ALCOHOL NEUROLYSIS|||1||||||^^^31||||G5762|1760449812||{64632}^DESTR NEUROLYTIC PLANTAR DIG NRV^CPT|LT',
    'FT1|2|[58207]||20261028|20261028|CG|[50784]^NF VISIT SUBSEQ|||1||||||^^^31||||G5762|1760449812||{99308}^SBSQ NF CARE LOW MDM^CPT|25',
  ].join('\n'),
});

// ── 31. FHIR Procedure resource, JSON text ──
const fhir = lines({
  id: 's125-fhir',
  kind: 's125-fhir-procedure-resource-json-text',
  before: 'GET /fhir/R4/Procedure?patient=28447&date=2026-10-28',
  text: [
    '{ "resourceType": "Procedure", "id": "proc-[58383]", "status": "completed",',
    '  "code": { "coding": [ { "system": "http://www.ama-assn.org/go/cpt", "code": "{64632}",',
    '    "display": "Destruction by neurolytic agent; plantar common digital nerve" } ] },',
    '  "subject": { "reference": "Patient/[28447]" }, "performedDateTime": "2026-10-28T13:05:00-04:00",',
    '  "location": { "display": "Maple Crest H&R, Room 306-A, Columbus OH [43224]" },',
    '  "note": [ { "text": "Prior diagnostic block {64455} on 09/30 gave 80% relief for 3 weeks" } ] }',
  ].join('\n'),
});

// ── 32. Mobile provider billing export, CSV text ──
const csv = lines({
  id: 's125-csv',
  kind: 's125-mobile-provider-billing-export-csv-text',
  before: 'comppa_charges_2026-10.csv',
  text: [
    'enc_id,dos,facility_ccn,facility_zip,resident_id,room,cpt,mod,units,charge,pos,part_a_stay',
    '[58082],2026-10-08,366142,[43224],[20738],214-B,{64445},RT,1,310.00,31,Y',
    '[58082],2026-10-08,366142,[43224],[20738],214-B,{76942},26,1,95.00,31,Y',
    '[58166],2026-10-21,366142,[43224],[17456],118-A,{64612},RT,1,310.00,31,Y',
    '[58170],2026-10-21,365927,[43123],[24709],27,{64445},LT,1,310.00,31,N',
    '[58207],2026-10-28,366142,[43224],[28447],306-A,{64632},LT,1,265.00,31,N',
    '[58212],2026-10-21,365927,[43123],[25141],31B,{20552},,1,120.00,31,Y',
    '[58219],2026-10-21,366180,[43081],[14862],2-208,{64640},LT,1,265.00,31,N',
    '[58224],2026-10-21,366180,[43081],[14887],4-120,{64615},,1,310.00,31,Y',
  ].join('\n'),
});

// ── 33. PCC resident face sheet, text layer (decoy only) ──
const faceSheet = lines({
  id: 's125-face',
  kind: 's125-pcc-resident-face-sheet-text',
  before: 'Resident Face Sheet — Maple Crest Health & Rehabilitation Center — printed 10/27/2026',
  text: [
    'Resident: Pruitt, Hazel M.   Resident #: [28447]   Room/Bed: 306-A   Admission: 10/06/2026',
    'Previous address: 77 Linden Ave, Reynoldsburg, OH [43068]',
    'Primary payer: Humana Gold Plus HMO   Member ID H63148921   Group #: [64612]',
    'MA authorization [57092], 10/06–10/31/2026, reviewer line 1-800-555-0113',
    'Responsible party: Carla Pruitt-Mays (daughter, POA), 1290 Oak Ridge Ct, Pickerington, OH [43147]',
    'Pharmacy: Omnicare of Columbus, account [60022]   Attending: R. Iyer, MD   Consultant: COMPPA (pain)',
  ].join('\n'),
});

// ── 34. Procedure consent form, PDF text layer ──
const consent = lines({
  id: 's125-consent',
  kind: 's125-bedside-procedure-consent-form-text',
  before: 'CONSENT FOR BEDSIDE PROCEDURE — COMPPA form C-12',
  text: [
    'I, Carla Pruitt-Mays, POA for Hazel Pruitt (Res # [28447]), consent to chemical neurolysis (alcohol injection) of',
    "the left plantar common digital nerve (Morton's neuroma), CPT {64632}, by Andrea Velasquez, MD or her designee.",
    'Alternatives explained: repeat anesthetic/steroid injection ({64455}), surgical excision ({28080}), no treatment.',
    'Witness: S. Lindqvist, LPN   Date 10/27/2026   Consent ID [50058]',
  ].join('\n'),
});

// ── 35. Mobile provider invoice to the SNF for CB items, table ("Related CPT" header) ──
const vendorInvoice = table({
  id: 's125-invoice',
  kind: 's125-mobile-provider-cb-supply-invoice-grid',
  caption: 'COMPPA — Invoice to Maple Crest H&R for items under consolidated billing — October 2026 — remit PO Box',
  headers: ['Item', 'Resident', 'DOS', 'Related CPT', 'Description', 'Qty', 'Amount'],
  rows: [
    ['1', 'Halversen R. ([20738])', '10/08/26', '{64445}', 'Block tray, 22G 100 mm echogenic needle', '1', '64.00'],
    ['2', 'Dombrowski C. ([17456])', '10/21/26', '{64612}', 'EMG injection needle 37 mm', '1', '38.50'],
    ['3', 'Pruitt H. ([28447])', '10/28/26', '{64632}', 'Dehydrated alcohol 1 mL amp, lot [24157]', '1', '112.00'],
    ['4', 'Whitlock E. ([30787])', '10/17/26', '{64445}', 'Not billed to facility — no Part A stay', '0', '0.00'],
    ['', '', '', '', 'Invoice [60890]; your PO [44712]; remit PO Box [64445]; net 30', '', '214.50'],
  ],
});

// ── 36. Staff e-mail thread, text layer ──
const email = lines({
  id: 's125-email',
  kind: 's125-snf-staff-email-thread-text',
  before: 'Outlook — Inbox — Maple Crest H&R',
  text: [
    'From: Marisol Castellano, RN, MDS Coordinator   Sent: Friday, October 9, 2026 3:48 PM',
    'Subject: RE: Halversen 214-B — who pays for the 10/14 surgery and the ambulance?',
    "Tunde — OVMC will bill the sciatic neuroplasty ({64712}) themselves, it's outpatient surgery not on the inclusion list.",
    'The block Dr. V did yesterday ({64445}) is her professional claim; our only cost is the bupivacaine and tray.',
    'Ferreira in 122-B is the same story for his lumbar plexus neuroplasty, {64714}, now 11/04.',
    '> On Oct 9, 2026, at 2:10 PM, Tunde Okafor wrote: Do we owe OVMC for case [37460]? See worksheet CBW-[64714], line 2.',
    'Cc: Janine Ruiz, DON; billing@capitalcrossroads.com (their ref [39127])',
    'Maple Crest Health & Rehabilitation Center | 2150 Morse Rd, Columbus, OH [43224] | CCN 366142',
  ].join('\n'),
});

// ── 37. Billing system CB code table export, XML text ──
const cbXml = lines({
  id: 's125-cbxml',
  kind: 's125-billing-system-cb-code-table-xml-text',
  before: 'Export — CB code table — Maple Crest H&R',
  text: [
    '<CBCodeTable facilityCCN="366142" fileYear="2026" exportId="[30145]">',
    '  <Code hcpcs="{64445}" majorCat="I.F" inclusion="Y" profBillTo="PART_B"/>',
    '  <Code hcpcs="{64612}" majorCat="I.F" inclusion="Y" profBillTo="PART_B"/>',
    '  <Code hcpcs="{64632}" majorCat="I.F" inclusion="Y" profBillTo="PART_B"/>',
    '  <Code hcpcs="{64455}" majorCat="I.F" inclusion="Y" profBillTo="PART_B"/>',
    '  <Code hcpcs="{64483}" majorCat="I.F" inclusion="N" facilityBillTo="HOSPITAL"/>',
    '  <Code hcpcs="{64712}" majorCat="I.F" inclusion="N" facilityBillTo="HOSPITAL"/>',
    '  <Code hcpcs="{64714}" majorCat="I.F" inclusion="N" facilityBillTo="HOSPITAL"/>',
    '  <Code hcpcs="{72148}" majorCat="I.C" inclusion="N" facilityBillTo="HOSPITAL"/>',
    '</CBCodeTable>',
  ].join('\n'),
});

// ── 38. Triple check minutes, text layer ──
const tripleMinutes = lines({
  id: 's125-3min',
  kind: 's125-medicare-triple-check-minutes-text',
  before: 'Medicare Triple Check — minutes — 11/03/2026 — BOM, DON, MDS, Therapy, Central Supply',
  text: [
    '1. Halversen ([20738]): HIPPS TDDE1 matches 0022 line; outside services {64445} 10/08 (COMPPA prof.) and {64712} 10/14 (OVMC, excluded).',
    '2. Dombrowski ([17456]): {64612} + {95874} on 10/21, prof. only; Botox 100u on 0636 — keep on claim.',
    '3. Ferreira ([19078]): no outside services in October; {64714} moves to the November worksheet.',
    '4. Pruitt ([28447]): Humana MA — COMPPA billing Humana for {64632} 10/28 under auth [57092].',
    'Claims released 14 of 16; held 2 pending physician cert signatures. Next meeting 12/02.',
  ].join('\n'),
});

// ── 39. Referral fax to the mobile provider, text layer ──
const referralFax = lines({
  id: 's125-fax',
  kind: 's125-snf-referral-fax-to-mobile-provider-text',
  before: 'FAX — Maple Crest H&R, 1 West — to COMPPA scheduling, fax 614-555-0177 — page 1 of 4',
  text: [
    'Re: Dombrowski, Carl   DOB 02/11/1941   Res # [17456]   Rm 118-A   Payer: Medicare A (day 4)',
    'Request: eval and treat R hemifacial spasm. Dr. Iyer asks for bedside Botox chemodenervation ({64612}).',
    'History: Botox at OSU neurology 03/2025, billed {64612} + {95874}; good response x 12 weeks.',
    'Facility will supply onabotulinumtoxinA 100 units (CB). Secondary: Medical Mutual Medigap, group [38623].',
  ].join('\n'),
});

// ── 40. Mobile provider procedure note, text layer ──
const procNote = lines({
  id: 's125-procnote',
  kind: 's125-mobile-provider-procedure-note-text',
  before: 'PROCEDURE NOTE — COMPPA — DOS 10/28/2026 — POS 31 — Maple Crest H&R Rm 306-A',
  text: [
    'Patient: Pruitt, Hazel   Facility resident # [28447]   Ticket [58207]',
    'Procedure: neurolytic destruction, L 3rd plantar common digital nerve, 4% dehydrated alcohol, US-guided.',
    'Coded: {64632}-LT x 1 (imaging included, not reported separately).',
    'Prior: {64455}-LT 09/30/26 diagnostic block, 80% relief x 3 wk.',
    'Plan: reassess 4 wk; may repeat {64632} in 4–6 wk if relief < 50%.',
  ].join('\n'),
});

export const sealed125: Snippet[] = [
  ...cbHeader,
  ...cbGrid,
  ...cbLookup,
  ...cbFile,
  ...macFaq,
  ...pdpmDash,
  ...sectionJ,
  ...j2100,
  ...visitSched,
  ...routeSheet,
  ...encForm,
  ...chargeEntry,
  ...ub04,
  ...tripleCheck,
  ...boNote,
  ...pccNote,
  ...pccOrders,
  ...emar,
  ...transportLog,
  ...pcr,
  ...avs,
  ...census,
  ...cms2567,
  ...pocTracker,
  ...x837i,
  ...x837p,
  ...x835,
  ...fiss,
  ...hl7siu,
  ...hl7dft,
  ...fhir,
  ...csv,
  ...faceSheet,
  ...consent,
  ...vendorInvoice,
  ...email,
  ...cbXml,
  ...tripleMinutes,
  ...referralFax,
  ...procNote,
];
