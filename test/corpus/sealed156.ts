import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 156 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s156-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes (64721
 * 64718 64719 64415 64417 64447 64455 64616 64642 64831 28080 26055 01250 76942 95886 95910 99204 99213) are labelled
 * as codes too. The decoys are clinic chart numbers, referral, network-case, guarantor and application ids, patient and
 * practice ZIPs, annualized incomes and hospital charges written without commas, HL7 message and case ids, lot and
 * catalog numbers on a supply manifest, board certification numbers, volunteer ids, receipt, batch, room-code and SMS
 * reference numbers. About a third of them are numbers of the synthetic 10,000-code set (KNOWN_10K): northwest Missouri
 * ZIPs (64459 64467 64485 64432 64497 64440), a clinic chart number, a letter reference, an FAP approval reference, an
 * HL7 message control id, a portal job and a grant-portal submission id, lot and catalog numbers, a drug-program
 * enrollment batch, an in-kind receipt, a central-supply charge code, a conference room code, SMS confirmation refs, a
 * Combined Federal Campaign number, a data-pull id, a board certification number, an FTCA clinic id and an application
 * tracking number. The five known codes' digits come back as decoys: the patient's home ZIP 64445 (Elmo, MO), the OR
 * case number 64712 (the coordinator's email even remarks that it matches his procedure code), the hospital
 * financial-assistance application number 64632, a needle lot 64612B, a patient-assistance program id and renewal
 * reference 64612, a drug vial lot C64445, a drape catalog number DYNJ64712 and the foundation grant number
 * NMHF-2024-64714.
 *
 * Family: free clinics and volunteer surgical programs around peripheral-nerve care for the uninsured. One
 * (fictional) free clinic in northwest Missouri, its Specialty Access Network of volunteer specialists and the
 * regional hospital that donates OR time: the clinic's intake and eligibility screen, household income worksheet and
 * approval letter; the specialist referral form and its FHIR ServiceRequest on the e-referral platform; the volunteer
 * hand surgeon's consult note, operative note, donated-care log (grid and CSV export) and volunteer-hours
 * certificate; the anesthesiologist's block record; the hospital's charity-care referral form, good-faith estimate,
 * FAP determination letter, HL7 SIU scheduling message and charity write-off ledger; the podiatry and neurology clinic
 * nights' procedure logs and a drug manufacturer's patient-assistance enrollment form; the two-day surgical mission's
 * case list, day sheet, donated-supply manifest, in-kind gift receipt, recap tally and debrief email; the clinic's
 * annual report to donors (by the numbers, value of care by service, patients by ZIP, statement of activities,
 * procedure appendix); the foundation grant report (outcomes table, budget vs actual, narrative, portal submission
 * screen); the volunteer credentialing roster (grid and CSV), a delineation-of-privileges form and the FTCA free
 * clinic sponsorship note; the coordinator's waitlist tracker, her email threads with the hospital's financial
 * counselor, the surgeon and the mission volunteers, and text threads with the surgeon and the patient.
 * Built on real public layouts: free clinic eligibility screens by household size and percent of the federal
 * poverty guidelines (free clinic intake forms), Project Access-style volunteer specialty referral networks,
 * hospital financial assistance applications and determination letters (501(r) plain-language summaries), the No
 * Surprises Act good faith estimate for uninsured/self-pay patients, HL7 v2.5.1 SIU^S12 with AIS service codes in
 * the C4 (CPT) coding system, FHIR R4 ServiceRequest, Medicare physician fee schedule values used to value donated
 * care, the HRSA Free Clinics FTCA Program volunteer sponsorship, hospital delineation-of-privileges checklists,
 * medical surplus recovery packing manifests (REF, lot, expiry, quantity, fair market value), nonprofit statements of
 * activities with donated services, and foundation final-report templates. The others are written the way those
 * pages read, with no single source.
 *
 * 385 labelled tokens over 43 shapes: 189 codes, 196 decoys, 68 of the decoys in KNOWN_10K.
 */

// ── 1. Free clinic new-patient intake & eligibility screen, text layer ──
const intake = lines({
  id: 's156-intake',
  kind: 's156-free-clinic-intake-eligibility-screen-text',
  before: 'Lantern House Free Clinic — New Patient Intake & Eligibility Screen — Visit 02/04/2025',
  text: [
    'Patient: DELGADO, RAFAEL A.   DOB 06/19/1972   Sex M   Chart # LH-[20418]',
    'Address: 1207 County Rd 4, Elmo, MO [64445]   Mailing: PO Box 88, Hopkins, MO [64461]',
    'Phone (660) 582-3301 (cell)   Preferred language: Spanish / English   Interpreter: no',
    'Household size: 3   Gross monthly income: $3,960   Annual: $47,520   FPL 2025 (HH 3): $26,650',
    '% of FPL: 178%   Clinic limit: 200%   ELIGIBLE: YES   Re-screen due: 02/04/2026',
    'Insurance: NONE   MO HealthNet: over income (limit 138%); Marketplace: not enrolled (missed open enrollment)',
    'Employer: Nodaway Roofing & Siding, Savannah   Hours/wk: 32 (seasonal)',
    'Reason for visit: R buttock/posterior thigh pain, foot drop since 2023 hip fx; wants surgical opinion',
    'Screened by: J. Marsh, RN   Program: Specialty Access Network   Referral ID SA-[43024]',
  ].join('\n'),
});

// ── 2. Household income worksheet (eligibility tab), table ──
const incomeGrid = table({
  id: 's156-income',
  kind: 's156-eligibility-household-income-worksheet-grid',
  caption: 'Eligibility > Household income (auto-annualized)   Chart LH-20418',
  headers: ['Member', 'Relation', 'Source', 'Employer ZIP', 'Monthly', 'Annualized', 'Verified'],
  rows: [
    ['Rafael A. Delgado', 'Self', 'Wages (W-2)', '[64485]', '3110.00', '[37320].00', 'Pay stubs x4'],
    ['Lucia M. Delgado', 'Spouse', 'Wages (cash, cleaning)', '[64468]', '850.00', '[10200].00', 'Self-attest form'],
    ['Tomas Delgado', 'Child (14)', '—', '', '0.00', '0.00', '—'],
    ['Total', '', '', '', '3960.00', '[47520].00', 'FPL 178% — tier A (no fee)'],
  ],
});

// ── 3. Eligibility approval letter to the patient, text layer ──
const eligLetter = lines({
  id: 's156-eligletter',
  kind: 's156-free-clinic-eligibility-approval-letter-text',
  before: 'LANTERN HOUSE FREE CLINIC · 118 E. Fourth St · Maryville, MO 64468 · (660) 582-4417',
  text: [
    'February 6, 2025',
    'Rafael A. Delgado, 1207 County Rd 4, Elmo, MO [64445]',
    'Dear Mr. Delgado: You are approved for care at Lantern House Free Clinic through February 4, 2026.',
    'Your clinic number is LH-[20418]. Please bring this letter and a photo ID to every visit.',
    'Our Specialty Access Network has referred you to a volunteer hand and nerve surgeon for an evaluation.',
    'If surgery is recommended, our coordinator will help you apply for financial assistance at the hospital.',
    'There is no charge for services from Lantern House or from our volunteer physicians.',
    'Questions: Jolene Marsh, RN, Care Coordinator, ext. 204. Letter ref. EL-[25093].',
  ].join('\n'),
});

// ── 4. Specialty referral form to the volunteer surgeon, text layer ──
const referral = lines({
  id: 's156-referral',
  kind: 's156-specialty-access-referral-form-text',
  before: 'SPECIALTY ACCESS NETWORK — VOLUNTEER SPECIALIST REFERRAL (fax to 816-271-9930)',
  text: [
    'Referral ID: SA-[43024]   Date: 02/06/2025   Urgency: Routine (within 30 days)',
    'Patient: Delgado, Rafael A.   DOB 06/19/1972   Clinic #: LH-[20418]   Phone (660) 582-3301',
    'Refer to: Miriam Okafor, MD — Hand & Peripheral Nerve Surgery (volunteer)',
    'Dx: G57.01 Lesion of sciatic nerve, right lower limb; M21.371 Foot drop, right foot',
    'Studies done: NCS/EMG 01/29/2025 at clinic neurology night ({95910}, {95886}), read by P. Sandoval, MD',
    'Requested: Consult; evaluate for neurolysis of sciatic nerve (possible CPT {64712})',
    'Services authorized by network: office consult ({99204}), imaging as needed; surgery requires coordinator',
    'approval and hospital charity (FAP) approval before scheduling.   Network case [62043]',
  ].join('\n'),
});

// ── 5. E-referral platform FHIR ServiceRequest, JSON view ──
const fhirReferral = lines({
  id: 's156-fhirref',
  kind: 's156-e-referral-fhir-servicerequest-json-text',
  before: 'GET /fhir/ServiceRequest/sa-43024  (Specialty Access Network referral platform, JSON view)',
  text: [
    '{ "resourceType": "ServiceRequest", "id": "sa-[43024]", "status": "active", "intent": "order",',
    '  "code": { "coding": [ { "system": "http://www.ama-assn.org/go/cpt", "code": "{64712}",',
    '      "display": "Neuroplasty; sciatic nerve" } ] },',
    '  "orderDetail": [ { "coding": [ { "system": "http://www.ama-assn.org/go/cpt", "code": "{64445}" } ] } ],',
    '  "subject": { "reference": "Patient/lh-[20418]" }, "requester": { "reference": "Organization/[10134]" },',
    '  "performer": [ { "reference": "Practitioner/vol-[30144]", "display": "Miriam Okafor, MD" } ],',
    '  "supportingInfo": [ { "reference": "Procedure/ncs-[40103]", "display": "NCS {95910} 01/29/2025" } ],',
    '  "note": [ { "text": "Uninsured, 178% FPL. Hospital FAP application started." } ] }',
  ].join('\n'),
});

// ── 6. Volunteer surgeon consult note (office), text layer ──
const consult = lines({
  id: 's156-consult',
  kind: 's156-volunteer-surgeon-consult-note-text',
  before: 'Okafor Hand & Nerve Surgery — Consultation (donated) — 02/20/2025 — Pt: Delgado, Rafael',
  text: [
    'HPI: 52M, R hip fx 2023 (ORIF elsewhere), since then posterior thigh pain and progressive foot drop.',
    'EMG/NCS 01/29/2025: R sciatic neuropathy, peroneal division > tibial, at or above the knee; no L5 root signs.',
    'MRI neurography not available to him; US at bedside shows scar tethering of the sciatic nerve at the gluteal fold.',
    'Plan: external neurolysis of the R sciatic nerve (CPT {64712}) under general anesthesia with a preop',
    'ultrasound-guided sciatic block by Dr. Hu ({64445}, with {76942} not separately reported by her group).',
    'Not a candidate for {64714}; the lumbar plexus is not involved on exam or EMG.',
    'Office visit today coded {99204} for our donated-care log only; patient is not billed.',
    'Surgery requested at Mercy Ridge, OR charity block. Case request no. [64712] sent to J. Marsh.',
  ].join('\n'),
});

// ── 7. Hospital financial assistance (charity care) referral form, text layer ──
const fapReferral = lines({
  id: 's156-fapref',
  kind: 's156-hospital-charity-care-referral-form-text',
  before: 'MERCY RIDGE REGIONAL MEDICAL CENTER — Financial Assistance Program — Community Partner Referral',
  text: [
    'Referring organization: Lantern House Free Clinic   Partner ID [15047]   Contact: J. Marsh, RN',
    'Patient: Rafael A. Delgado   DOB 06/19/1972   ZIP [64445]   Household 3   Income 178% FPL (docs attached)',
    'Planned service: outpatient surgery, R sciatic nerve neurolysis, CPT {64712}; anesthesia with',
    'sciatic nerve block CPT {64445}; surgeon Miriam Okafor, MD (volunteer, no professional fee)',
    'Estimated facility charges: $18,460.00   Requested determination: 100% charity (FAP tier 1, ≤ 200% FPL)',
    'Application no. [64632]   Received 02/24/2025 by Financial Counseling, ext. 5-2218',
    'Send determination to: Lantern House Free Clinic, PO Box 412, Maryville, MO [64468]',
  ].join('\n'),
});

// ── 8. Hospital good-faith estimate for the uninsured patient, table ──
const gfe = table({
  id: 's156-gfe',
  kind: 's156-hospital-good-faith-estimate-uninsured-grid',
  caption: 'Good Faith Estimate (self-pay / uninsured) — GFE no. 2502-0317 — Mercy Ridge Regional Medical Center',
  headers: ['Service', 'CPT/HCPCS', 'Rev code', 'Qty', 'Est. charge'],
  rows: [
    ['Neuroplasty, sciatic nerve (surgeon: volunteer, $0)', '{64712}', '0360', '1', '$0.00'],
    ['OR time, level 3, first 30 min', '—', '0360', '1', '$6,140.00'],
    ['OR time, each add\u2019l 15 min', '—', '0360', '4', '$4,880.00'],
    ['Anesthesia, sciatic nerve block', '{64445}', '0370', '1', '$1,206.00'],
    ['Anesthesia, general (facility)', '{01250}', '0370', '1', '$2,310.00'],
    ['Recovery room', '—', '0710', '1', '$1,964.00'],
    ['Supplies / pharmacy', '—', '0272', '1', '$1,960.00'],
    ['Total estimated facility charges', '', '', '', '[18460].00'],
  ],
});

// ── 9. Hospital FAP determination letter, text layer ──
const fapLetter = lines({
  id: 's156-fapletter',
  kind: 's156-hospital-fap-determination-letter-text',
  before: 'Mercy Ridge Regional Medical Center · 5325 Faraon St · St. Joseph, MO 64506',
  text: [
    'March 3, 2025',
    'Rafael A. Delgado, 1207 County Rd 4, Elmo, MO [64445]',
    'Re: Financial Assistance application [64632]   Guarantor no. [71126]',
    'Your application has been APPROVED at 100% (free care) for dates of service 03/01/2025 – 08/31/2025.',
    'This covers hospital charges for your planned procedure (CPT {64712} with nerve block {64445}).',
    'Your physician, Dr. Okafor, is a volunteer and will not bill you. Anesthesia: Dr. Lena Hu (volunteer).',
    'Approval ref. FAP-25-[04417]; keep this letter. Questions: Financial Counseling (816) 271-5218.',
  ].join('\n'),
});

// ── 10. HL7 v2 surgical scheduling message (SIU^S12), text layer ──
const siu = lines({
  id: 's156-siu',
  kind: 's156-hospital-or-scheduling-hl7-siu-text',
  before: 'Interface monitor — ORSCHED outbound — message 20250306141122-0042',
  text: [
    'MSH|^~\\&|ORSCHED|MRRMC|CHARITYLOG|MRRMC|202503061411||SIU^S12|[40119]|P|2.5.1',
    'SCH|[64712]^ORCASE||||||ROUTINE|OP|120|MIN|^^120^202503140730',
    'PID|1||MR2207718^^^MRRMC||DELGADO^RAFAEL^A||19720619|M|||1207 COUNTY RD 4^^ELMO^MO^[64445]',
    'PV1|1|O|OR3^^^MRRMC||||1386742210^OKAFOR^MIRIAM|||||||||||FAP100',
    'AIS|1|A|{64712}^NEUROPLASTY SCIATIC NERVE^C4|202503140730|||120|MIN',
    'AIS|2|A|{64445}^INJ ANES SCIATIC NRV SNGL^C4|202503140700|||20|MIN',
    'AIG|1|A|1578802219^HU^LENA|ANES',
    'NTE|1||Charity OR block; volunteer surgeon; FAP approval on file; supply cart [12185]',
  ].join('\n'),
});

// ── 11. Operative note (volunteer surgeon), text layer ──
const opNote = lines({
  id: 's156-opnote',
  kind: 's156-volunteer-operative-note-text',
  before: 'OPERATIVE REPORT — Mercy Ridge Regional Medical Center — DOS 03/14/2025 — MRN MR2207718',
  text: [
    'Surgeon: Miriam Okafor, MD (volunteer medical staff)   Anesthesia: Lena Hu, MD   Room OR3',
    'Preoperative diagnosis: Right sciatic neuropathy with foot drop (G57.01, M21.371)',
    'Procedure: External neurolysis, right sciatic nerve at the gluteal fold and proximal thigh.',
    'Anesthesia: General; preoperative US-guided right subgluteal sciatic block (separate note).',
    'Findings: Dense perineural scar over 7 cm; nerve intact, epineurium thickened; no neuroma.',
    'EBL 50 mL. Specimens: none. Drains: none. Implants: none.',
    'Codes (for donated-care log): {64712}-RT. Block by anesthesia: {64445}-RT. No {64708}, no {64786}.',
  ].join('\n'),
});

// ── 12. Anesthesia regional block record, text layer ──
const blockRecord = lines({
  id: 's156-block',
  kind: 's156-regional-block-procedure-record-text',
  before: 'REGIONAL ANESTHESIA PROCEDURE NOTE — Lena Hu, MD — 03/14/2025 07:02',
  text: [
    'Block: Right subgluteal sciatic, single injection   CPT {64445}   Laterality RT',
    'Guidance: ultrasound, images saved to PACS acc. [80131] (guidance included per group policy; {76942} not logged)',
    'Needle: 22G 100 mm echogenic, lot [64612]B   Drug: ropivacaine 0.5% 20 mL, lot R[30098]',
    'Sedation: midazolam 2 mg. Monitors: standard ASA. Complications: none.',
    'Pre-op diagnosis: postop analgesia for {64712}. Time out 07:01. Charge: $0 (volunteer).',
  ].join('\n'),
});

// ── 13. Volunteer surgeon's donated-care log, table ──
const careLog = table({
  id: 's156-carelog',
  kind: 's156-volunteer-donated-care-log-grid',
  caption: 'Donated Care Log — Miriam Okafor, MD — Lantern House Specialty Access Network — Jan–Jun 2025',
  headers: ['DOS', 'Pt (clinic #)', 'Setting', 'CPT', 'Mod', 'Units', 'Medicare value', 'Hours'],
  rows: [
    ['02/20/2025', 'LH-[20418]', 'Office', '{99204}', '', '1', '$171.46', '1.0'],
    ['03/14/2025', 'LH-[20418]', 'Mercy Ridge OR', '{64712}', 'RT', '1', '$1,052.87', '3.0'],
    ['04/11/2025', 'LH-[20533]', 'Mission OR 2', '{64721}', 'RT', '1', '$563.10', '1.0'],
    ['04/11/2025', 'LH-[20541]', 'Mission OR 2', '{64718}', 'LT', '1', '$781.44', '1.5'],
    ['04/12/2025', 'LH-[20560]', 'Mission OR 2', '{64714}', '', '1', '$986.09', '3.0'],
    ['05/08/2025', 'LH-[20609]', 'Office', '{64719}', 'RT', '1', '$601.55', '1.0'],
  ],
});

// ── 14. Donated-care log CSV export, text layer ──
const careCsv = lines({
  id: 's156-carecsv',
  kind: 's156-donated-care-log-csv-export-text',
  before: 'Export: okafor_donated_2025H1.csv (Specialty Access Network volunteer portal)',
  text: [
    '# volunteer [30144] Okafor, Miriam MD; period 2025-01-01..2025-06-30',
    'dos,clinic_no,pt_zip,cpt,mod,units,value_usd,hours',
    '2025-02-20,LH-[20418],[64445],{99204},,1,171.46,1.0',
    '2025-03-14,LH-[20418],[64445],{64712},RT,1,1052.87,3.0',
    '2025-04-11,LH-[20533],[64459],{64721},RT,1,563.10,1.0',
    '2025-04-11,LH-[20541],[64432],{64718},LT,1,781.44,1.5',
    '2025-04-12,LH-[20560],[64497],{64714},,1,986.09,3.0',
    '2025-05-08,LH-[20609],[64485],{64719},RT,1,601.55,1.0',
    '# total value_usd 4156.51; hours 10.5; generated 2025-07-02 by portal job [90173]',
  ].join('\n'),
});

// ── 15. Volunteer hours & value certificate (for license CME / state volunteer credit), text layer ──
const volCert = lines({
  id: 's156-volcert',
  kind: 's156-volunteer-service-hours-certificate-text',
  before: 'CERTIFICATE OF VOLUNTEER SERVICE — Lantern House Free Clinic (501(c)(3), EIN 43-1871206)',
  text: [
    'This certifies that Miriam Okafor, MD, provided 10.5 hours of uncompensated specialty care',
    'to uninsured patients of Lantern House Free Clinic between 01/01/2025 and 06/30/2025,',
    'including sciatic neuroplasty ({64712}), lumbar plexus neuroplasty ({64714}), carpal tunnel',
    'release ({64721}) and ulnar nerve transposition ({64718}), valued at $4,156.51 (2025 MPFS, locality 99).',
    'Services donated by a physician are not deductible as charitable contributions. Certificate [35121].',
    'Mailed to: Okafor Hand & Nerve Surgery, 3402 Frederick Ave, Ste 200, St. Joseph, MO [64506]',
  ].join('\n'),
});

// ── 16. Podiatry volunteer clinic night log (Morton's neuroma series), table ──
const podLog = table({
  id: 's156-podlog',
  kind: 's156-podiatry-clinic-night-procedure-log-grid',
  caption: 'Foot Clinic Night — Tomas Reyes, DPM (volunteer) — procedure log',
  headers: ['Date', 'Clinic #', 'Procedure', 'Code', 'Site', 'Med / lot', 'Value'],
  rows: [
    [
      '01/14/2025',
      'LH-[19877]',
      'Neurolysis, 3rd interspace, 4% alcohol',
      '{64632}',
      'L foot',
      'lot [64614]',
      '$148.22',
    ],
    ['02/11/2025', 'LH-[19877]', 'Neurolysis, repeat', '{64632}', 'L foot', 'lot [64614]', '$148.22'],
    ['03/11/2025', 'LH-[19877]', 'Neurolysis, repeat (3 of 3)', '{64632}', 'L foot', 'lot [64702]', '$148.22'],
    ['03/11/2025', 'LH-[20310]', 'Morton neuroma injection, steroid', '{64455}', 'R foot', 'lot [20366]', '$61.39'],
    ['04/12/2025', 'LH-[19877]', 'Excision Morton neuroma (mission)', '{28080}', 'L foot', '—', '$612.40'],
  ],
});

// ── 17. Neurology clinic night chemodenervation log, text layer ──
const neuroLog = lines({
  id: 's156-neurolog',
  kind: 's156-neurology-clinic-chemodenervation-log-text',
  before: 'Neurology Night (2nd Thursdays) — Priya Sandoval, MD — chemodenervation & EMG log 2025',
  text: [
    '01/09  LH-[18931] M. Tran   {64612} L facial (hemifacial spasm), onabotA 30 u, PAP vial lot C[64445]',
    '01/29  LH-[20418] R. Delgado  NCS {95910}, needle EMG {95886}, R leg — sciatic neuropathy',
    '04/10  LH-[18931] M. Tran   {64612} L facial, onabotA 30 u (PAP shipment [55064])',
    '07/10  LH-[20588] S. Yoder  cervical dystonia, {64616} R SCM/splenius, onabotA 150 u',
    '10/09  LH-[18931] M. Tran   {64612} deferred (PAP renewal pending, ref [64612]); rescheduled 10/23',
    '10/23  LH-[18931] M. Tran   {64612} L facial, onabotA 35 u',
  ].join('\n'),
});

// ── 18. Manufacturer patient assistance program application (donated drug), text layer ──
const papApp = lines({
  id: 's156-pap',
  kind: 's156-manufacturer-patient-assistance-application-text',
  before: 'PATIENT ASSISTANCE PROGRAM — Enrollment Form — Section 3: Prescriber & Treatment Information',
  text: [
    'Patient: Minh Tran   DOB 11/02/1961   ZIP [64467]   Household 2   Income $24,300/yr   Insurance: none',
    'Prescriber: Priya Sandoval, MD   Practice: Lantern House Free Clinic, Maryville, MO [64468]',
    'Diagnosis: G51.3 Clonic hemifacial spasm   Drug: onabotulinumtoxinA 100-unit vial',
    'Administration procedure (CPT): {64612}   Frequency: every 12 weeks   Units per session: 30–35',
    'Ship to: clinic (site of care)   Clinic DEA on file   Prior PAP ID [47093] (2024)',
    'Program ID PAP-2025-[64612]   Reenrollment due 01/15/2026   Enrollment batch [55116]   Site of care ID [66113]',
  ].join('\n'),
});

// ── 19. Surgical mission case list (OR board export), table ──
const missionCases = table({
  id: 's156-mcases',
  kind: 's156-surgical-mission-case-list-grid',
  caption: 'Open Hands Surgical Weekend — April 11–12, 2025 — Mercy Ridge ORs 2 & 3 — final case list',
  headers: ['Case', 'Date', 'Room', 'Clinic #', 'Procedure', 'CPT', 'Anesthesia', 'Surgeon', 'Status'],
  rows: [
    [
      'OH-01',
      '04/11',
      'OR2',
      'LH-[20533]',
      'Open carpal tunnel release, R',
      '{64721}',
      'WALANT (local)',
      'Okafor',
      'Done',
    ],
    [
      'OH-02',
      '04/11',
      'OR2',
      'LH-[20541]',
      'Ulnar nerve anterior transposition, L',
      '{64718}',
      '{64415} + MAC',
      'Okafor',
      'Done',
    ],
    ['OH-03', '04/11', 'OR3', 'LH-[20377]', 'Open carpal tunnel release, R', '{64721}', 'WALANT', 'Kowalczyk', 'Done'],
    ['OH-04', '04/11', 'OR3', 'LH-[20402]', 'Open carpal tunnel release, L', '{64721}', 'WALANT', 'Kowalczyk', 'Done'],
    [
      'OH-05',
      '04/11',
      'OR3',
      'LH-[20455]',
      'Ulnar nerve release at wrist (Guyon), R',
      '{64719}',
      '{64417}',
      'Kowalczyk',
      'Done',
    ],
    ['OH-06', '04/11', 'OR3', 'LH-[20468]', 'Trigger finger release, R ring', '{26055}', 'local', 'Kowalczyk', 'Done'],
    ['OH-07', '04/12', 'OR2', 'LH-[20560]', 'Neurolysis, lumbar plexus, L', '{64714}', 'GA', 'Okafor', 'Done'],
    [
      'OH-08',
      '04/12',
      'OR2',
      'LH-[20600]',
      'Neurolysis, sciatic nerve, L',
      '{64712}',
      'GA + {64445}',
      'Okafor',
      'Cancelled',
    ],
    ['OH-09', '04/12', 'OR2', 'LH-[20572]', 'Open carpal tunnel release, L', '{64721}', 'WALANT', 'Okafor', 'Done'],
    [
      'OH-10',
      '04/12',
      'OR3',
      'LH-[19877]',
      'Excision Morton neuroma, L 3rd IS',
      '{28080}',
      'popliteal {64445}',
      'Reyes',
      'Done',
    ],
    [
      'OH-11',
      '04/12',
      'OR3',
      'LH-[20311]',
      'Excision Morton neuroma, R 3rd IS',
      '{28080}',
      'popliteal {64445}',
      'Reyes',
      'Done',
    ],
    ['OH-12', '04/12', 'OR3', 'LH-[20590]', 'Digital nerve repair, L index', '{64831}', '{64415}', 'Kowalczyk', 'Done'],
  ],
});

// ── 20. Mission OR whiteboard / day sheet, text layer ──
const daySheet = lines({
  id: 's156-daysheet',
  kind: 's156-surgical-mission-day-sheet-text',
  before: 'OPEN HANDS — DAY 2 — SAT 04/12/2025 — huddle 06:15 in PACU — charge RN: D. Whitcomb',
  text: [
    'OR2  0730  LH-[20560]  L lumbar plexus neurolysis {64714} (Okafor)  GA  bed 4',
    'OR2  1030  LH-[20600]  L sciatic neurolysis {64712} + block {64445} (Okafor/Hu)  ** CANCELLED — no transport **',
    'OR3  0730  LH-[19877]  L Morton neuroma excision {28080}, popliteal block {64445}-LT (Reyes/Hu)',
    'Lunch: St. Joseph Rotary, conf. rm B. Parking: Lot C, gate code 2580#. Scrubs: locker bank [30098].',
  ].join('\n'),
});

// ── 21. Mission supply manifest (donated surplus), table ──
const manifest = table({
  id: 's156-manifest',
  kind: 's156-surgical-mission-supply-manifest-grid',
  caption:
    'Heartland Medical Surplus Recovery — Packing manifest HMS-25-30110 — Ship to: Open Hands c/o Mercy Ridge Central Supply',
  headers: ['Box', 'Description', 'Mfr', 'REF / Cat #', 'Lot', 'Exp', 'Qty', 'FMV'],
  rows: [
    ['1 of 6', 'Hand/extremity drape pack', 'Medline', 'DYNJ[64712]', '24KB[55094]', '2027-01', '12', '$336.00'],
    ['2 of 6', 'Block needle, insulated, 22G x 100 mm', 'B. Braun', '[33369]', '[64612]B', '2026-09', '20', '$410.00'],
    ['2 of 6', 'Block needle, insulated, 22G x 50 mm', 'B. Braun', '[33365]', '[64614]C', '2026-09', '20', '$398.00'],
    ['3 of 6', 'Suture, 4-0 nylon, P-3', 'Ethicon', '1667G', 'RQ[28173]', '2028-03', '36', '$252.00'],
    ['3 of 6', 'Suture, 9-0 nylon (nerve repair)', 'Ethicon', '2829G', 'TK[18104]', '2027-11', '6', '$171.00'],
    [
      '4 of 6',
      'Lidocaine 1% w/ epi 30 mL (WALANT)',
      'Fresenius',
      'NDC [63323]-482-27',
      '[97038]3',
      '2026-05',
      '40',
      '$212.00',
    ],
    ['6 of 6', 'Hand table splint kit', 'DeRoyal', '[30016]', '—', '—', '8', '$144.00'],
  ],
});

// ── 22. In-kind donation receipt for the supplies, text layer ──
const inKind = lines({
  id: 's156-inkind',
  kind: 's156-in-kind-donation-receipt-letter-text',
  before: 'Lantern House Free Clinic — Acknowledgment of In-Kind Gift',
  text: [
    'Donor: Heartland Medical Surplus Recovery, 900 Industrial Pkwy, Kansas City, MO [64120]',
    'Donor ID [41047]   Gift date 04/08/2025   Manifest HMS-25-[30110]   Boxes: 6',
    'Description: surgical drapes, block needles, sutures, local anesthetic, gowns and splint kits for the',
    'Open Hands Surgical Weekend (hand and peripheral nerve surgery for uninsured patients).',
    'Donor-stated fair market value: $2,197.40. No goods or services were provided in exchange.',
    'Receipt no. IK-[45037]   Lantern House Free Clinic, PO Box 412, Maryville, MO [64468]',
  ].join('\n'),
});

// ── 23. Mission recap tally by procedure, text layer ──
const tally = lines({
  id: 's156-tally',
  kind: 's156-surgical-mission-recap-tally-text',
  before: 'OPEN HANDS SURGICAL WEEKEND 2025 — RECAP (for board packet, item 6)',
  text: [
    'Patients operated: 11 (1 cancelled: no transportation)   Volunteers: 31   OR hours: 19.5',
    'Carpal tunnel release ({64721}) ........ 4      Ulnar nerve at elbow ({64718}) ... 1',
    'Ulnar nerve at wrist ({64719}) ......... 1      Trigger finger ({26055}) ......... 1',
    'Lumbar plexus neurolysis ({64714}) ..... 1      Morton neuroma excision ({28080})  2',
    'Digital nerve repair ({64831}) ......... 1      Sciatic neurolysis ({64712}) ..... 0 (rebooked 05/16)',
    'Nerve blocks by volunteer anesthesia: {64415} x2, {64417} x1, {64445} x2',
    'Professional value (2025 MPFS): $7,940.18   Hospital-donated facility charges: $96,215 (FAP write-off)',
    'Supplies donated: manifest [30110] (Heartland) + Mercy Ridge central supply charge code [60119]',
  ].join('\n'),
});

// ── 24. Mission debrief email to volunteers, text layer ──
const debrief = lines({
  id: 's156-debrief',
  kind: 's156-surgical-mission-debrief-email-text',
  before: 'From: Jolene Marsh <jmarsh@lanternhousefc.org>  To: openhands-volunteers  Date: Mon, 14 Apr 2025 08:12',
  text: [
    'Subject: Open Hands 2025 — THANK YOU + numbers',
    'Team — 11 of 12 cases done in two days. Four CTRs ({64721}), a cubital tunnel ({64718}), a Guyon ({64719}),',
    'the lumbar plexus case ({64714}) Dr. Okafor has been planning since January, two Morton neuromas ({28080})',
    'and a digital nerve repair ({64831}). The L sciatic neurolysis ({64712}) for LH-[20600] did not happen — his',
    'ride fell through; he is rebooked 5/16 in the charity block (FAP app [66105] is already approved).',
    'Dr. Hu and Ahmed did 5 blocks (two {64445} popliteal, two {64415}, one {64417}). Zero complications.',
    'Please return unopened supplies to Central Supply bin [12185] by Friday. Photo release forms: shared folder [97053].',
  ].join('\n'),
});

// ── 25. Coordinator ↔ hospital financial counselor email thread, text layer ──
const fapEmail = lines({
  id: 's156-fapemail',
  kind: 's156-coordinator-hospital-counselor-email-thread-text',
  before: 'Inbox · Re: FAP app 64632 – Delgado – anesthesia included?',
  text: [
    'From: Carla Nguyen, Financial Counseling, Mercy Ridge   Sent: Thu 2/27/2025 3:41 PM',
    'Jolene, app [64632] is complete. Committee meets Monday. Facility side covers OR, PACU, pharmacy.',
    'Is Dr. Hu billing for the {64445} block? If she is volunteering too, the whole episode is $0 to him.',
    '> From: Jolene Marsh   Sent: Thu 2/27/2025 11:02 AM',
    '> Hi Carla — yes, Dr. Hu volunteers (no pro fee). Surgery is {64712} RT with Dr. Okafor, block is {64445}.',
    '> Guarantor shows [71126] in your portal. His ZIP changed? He is still at [64445] (Elmo), per our file.',
  ].join('\n'),
});

// ── 26. Coordinator email to volunteer surgeon (scheduling), text layer ──
const surgEmail = lines({
  id: 's156-surgemail',
  kind: 's156-coordinator-surgeon-scheduling-email-text',
  before: 'From: Jolene Marsh  To: Miriam Okafor, MD  Cc: Lena Hu, MD  Sent: Mon 3/3/2025 9:15 AM',
  text: [
    'Subject: Delgado approved — 3/14 charity block, case #[64712]',
    'Dr. Okafor, good news: Mercy Ridge approved Mr. Delgado at 100% (app #[64632]). I booked 3/14 at 7:30,',
    'OR 3, case #[64712] (yes, same digits as his procedure code {64712} — the scheduler noticed too).',
    'Dr. Hu will do the sciatic block (CPT {64445}) at 7:00. Interpreter not needed.',
    'For your log: please record {64712}-RT and the {99204} consult from 2/20 in the portal (vol ID [30144]).',
    'Post-op visit at clinic 3/27, 5 pm. Jolene (660) 582-4417 x204',
  ].join('\n'),
});

// ── 27. Coordinator ↔ surgeon text messages, text layer ──
const surgSms = lines({
  id: 's156-surgsms',
  kind: 's156-coordinator-surgeon-text-thread-text',
  before: 'Messages · Dr. Okafor (cell)',
  text: [
    'Dr. Okafor  7:48 PM  can we add Amos to the April weekend? L lumbar plexus, {64714}, needs GA, ~3 hrs',
    'Jolene  7:52 PM  yes if Mercy Ridge approves FAP. Sending his app tomorrow. ZIP [64497] so 40 min drive',
    'Dr. Okafor  7:53 PM  ok. and the 2nd sciatic (LH-[20600]) — same as Delgado, {64712} L. block {64445}',
    'Jolene  7:55 PM  got it. his FAP is app [66105]. Room code for the call Thurs: [55024]',
    'Dr. Okafor  7:56 PM  👍 also Reyes wants 2 Morton neuromas that day ({28080}) after his {64632} series failed',
  ].join('\n'),
});

// ── 28. Clinic ↔ patient SMS reminders (bilingual), text layer ──
const ptSms = lines({
  id: 's156-ptsms',
  kind: 's156-clinic-patient-sms-reminder-text',
  before: 'Text thread · Rafael Delgado · via clinic SMS line (660) 582-4400',
  text: [
    'Lantern House: Rafael, su cirugía es el viernes 14/3 a las 5:30 AM. Mercy Ridge, 5325 Faraon St, St. Joseph MO [64506].',
    'Entrada B (Surgery Admitting). No coma ni beba después de la medianoche. Responda C para confirmar. Ref [40086]',
    'Rafael: C',
    'Lantern House: Confirmado. Su número de caso es [64712]. Traiga la carta de asistencia financiera (app [64632]).',
    'Lantern House: Reminder: post-op visit Thu 3/27 5:00 PM at 118 E. Fourth St, Maryville [64468]. Reply C. Ref [40094]',
  ].join('\n'),
});

// ── 29. Annual report to donors, "by the numbers" page, text layer ──
const annualNumbers = lines({
  id: 's156-arnumbers',
  kind: 's156-annual-report-by-the-numbers-text',
  before: 'LANTERN HOUSE FREE CLINIC · 2025 ANNUAL REPORT · page 3 · BY THE NUMBERS',
  text: [
    '1,146 patients · 3,912 visits · 68 volunteer clinicians · 212 specialty referrals · 0 bills sent',
    'Every $1 donated returned $8.40 in care. Total value of care: $1,284,560 (incl. $412,386 donated by',
    'volunteer clinicians and $511,900 in hospital charity care arranged by our coordinators).',
    '61 donated specialty procedures, from carpal tunnel releases to a sciatic nerve neurolysis.',
    'Patients came from 23 ZIP codes; 41% from [64445], [64459] and [64467] alone.',
    'Give: lanternhousefc.org/give · PO Box 412, Maryville, MO [64468] · Combined Federal Campaign #[35083]',
  ].join('\n'),
});

// ── 30. Annual report: value of donated care by service, table ──
const annualValue = table({
  id: 's156-arvalue',
  kind: 's156-annual-report-donated-care-value-grid',
  caption: 'Value of donated specialty care, 2025 (Medicare 2025 physician fee schedule, Missouri locality 99)',
  headers: ['Service', 'Typical CPT', 'Procedures', 'Value per', 'Total value'],
  rows: [
    ['Carpal tunnel release', '{64721}', '14', '$563.10', '$7,883.40'],
    ['Ulnar nerve release / transposition', '{64718}, {64719}', '6', '$781.44 / $601.55', '$4,328.86'],
    ["Morton's neuroma: neurolysis series", '{64632}', '21', '$148.22', '$3,112.62'],
    ["Morton's neuroma: excision", '{28080}', '4', '$612.40', '$2,449.60'],
    ['Sciatic / lumbar plexus neurolysis', '{64712}, {64714}', '3', '$1,052.87 / $986.09', '$3,091.83'],
    ['Facial chemodenervation (hemifacial spasm)', '{64612}', '9', '$221.57', '$1,994.13'],
    ['Nerve blocks by volunteer anesthesia', '{64415}, {64417}, {64445}', '11', '$97.20 avg', '$1,069.20'],
  ],
});

// ── 31. Annual report: patients by ZIP code, table ──
const annualZip = table({
  id: 's156-arzip',
  kind: 's156-annual-report-patients-by-zip-grid',
  caption: 'Who we serve: unduplicated patients by home ZIP code, 2025 (top 8 of 23)',
  headers: ['ZIP code', 'Town', 'Patients', 'Share'],
  rows: [
    ['[64445]', 'Elmo', '211', '18%'],
    ['[64459]', 'Skidmore area', '146', '13%'],
    ['[64467]', 'Northeast rural routes', '112', '10%'],
    ['[64468]', 'Maryville', '98', '9%'],
    ['[64485]', 'Savannah', '77', '7%'],
    ['[64432]', 'Clearmont', '61', '5%'],
    ['[64497]', 'Rural route (northwest)', '55', '5%'],
    ['[64440]', 'De Kalb', '49', '4%'],
  ],
});

// ── 32. Annual report: statement of activities (in-kind), table ──
const annualFinancials = table({
  id: 's156-arfin',
  kind: 's156-annual-report-statement-of-activities-grid',
  caption: 'Statement of Activities, year ended December 31, 2025 (audited; auditor file 2025-143)',
  headers: ['Line', 'GL acct', 'Without donor restrictions', 'With donor restrictions', 'Total'],
  rows: [
    ['Contributions', '4010', '$186,420', '—', '$186,420'],
    ['Grants (incl. NMHF grant [64714])', '4020', '$52,500', '$90,000', '$142,500'],
    ['Donated professional services', '4310', '$412,386', '—', '$412,386'],
    ['Donated medications (PAP)', '4320', '$203,115', '—', '$203,115'],
    ['Donated supplies', '4330', '$18,944', '—', '$18,944'],
    ['Special event (net)', '4700', '$21,306', '—', '$21,306'],
  ],
});

// ── 33. Annual report appendix: specialty procedures list, text layer ──
const annualAppendix = lines({
  id: 's156-arappx',
  kind: 's156-annual-report-procedure-appendix-list-text',
  before: 'Appendix B. Donated specialty procedures, 2025, by CPT code (volunteer logs; counts, not charges)',
  text: [
    '{64721} Neuroplasty/transposition; median nerve at carpal tunnel ..... 14',
    '{64632} Destruction by neurolytic agent; plantar common digital nerve .. 21',
    '{64612} Chemodenervation of muscle(s); facial nerve, unilateral ..... 9',
    '{28080} Excision, interdigital (Morton) neuroma, single, each ..... 4',
    '{64712} Neuroplasty, major peripheral nerve; sciatic nerve ..... 2',
    '{64714} Neuroplasty; lumbar plexus ..... 1',
    '{64445} Injection, anesthetic agent; sciatic nerve, single ..... 6',
  ].join('\n'),
});

// ── 34. Foundation grant report: outputs and outcomes table ──
const grantOutcomes = table({
  id: 's156-grantout',
  kind: 's156-foundation-grant-report-outcomes-grid',
  caption: 'Northwest Missouri Health Fund — Final Report — Grant NMHF-2024-64714 — Section C: Outputs & outcomes',
  headers: ['Objective', 'Measure', 'Target', 'Actual', 'Notes'],
  rows: [
    ['1. Specialty access', 'Uninsured patients referred to volunteer specialists', '180', '212', ''],
    ['2. Surgery', 'Donated nerve procedures completed (e.g. {64721}, {64712}, {64714})', '25', '29', '1 cancelled'],
    ['3. Foot pain', "Morton's neuroma pts completing {64632} series or {28080}", '8', '11', ''],
    ['4. Wait time', 'Median days referral → procedure', '60', '47', 'Data pull [62133]'],
    ['5. Charity care', 'Hospital FAP approvals obtained', '20', '24', 'Incl. Delgado, Amos'],
  ],
});

// ── 35. Foundation grant report: budget vs actual table ──
const grantBudget = table({
  id: 's156-grantbud',
  kind: 's156-foundation-grant-budget-vs-actual-grid',
  caption: 'Grant NMHF-2024-64714 — Budget vs. actual, 07/01/2024–06/30/2025',
  headers: ['Budget line', 'Acct', 'Budget', 'Actual', 'Variance'],
  rows: [
    ['Care coordinator (0.6 FTE)', '6010', '[38400].00', '[39112].50', '(712.50)'],
    ['Patient transportation (vouchers)', '6050', '6000.00', '4385.00', '1615.00'],
    ['Interpreter services', '6055', '3600.00', '2940.00', '660.00'],
    ['Mission weekend (food, lodging)', '6200', '5000.00', '5211.40', '(211.40)'],
    ['Indirect (10%)', '6990', '5300.00', '5164.89', '135.11'],
    ['Total', '', '[58300].00', '[56813].79', '1486.21'],
  ],
});

// ── 36. Foundation grant report narrative, text layer ──
const grantNarrative = lines({
  id: 's156-grantnarr',
  kind: 's156-foundation-grant-report-narrative-text',
  before: 'Section B. Narrative — What did your program accomplish? (limit 500 words)',
  text: [
    'With NMHF support our coordinator turned specialist referrals into completed procedures. The clearest',
    'example is peripheral nerve surgery: volunteer surgeons performed neurolysis of the sciatic nerve (CPT',
    '{64712}) and of the lumbar plexus ({64714}) that no local surgeon would schedule for a self-pay patient.',
    "Dr. Reyes's podiatry nights treated 11 patients with Morton's neuroma: alcohol neurolysis ({64632}) in",
    'series of three, and excision ({28080}) at the mission weekend when neurolysis failed.',
    'Dr. Sandoval gives hemifacial-spasm chemodenervation ({64612}) with drug from a manufacturer program.',
    'Grant no. NMHF-2024-[64714]; organization ID [10121]; report submitted by J. Marsh.',
  ].join('\n'),
});

// ── 37. Grant portal submission screen, text layer ──
const grantPortal = lines({
  id: 's156-grantportal',
  kind: 's156-grant-portal-report-submission-screen-text',
  before: 'NMHF Grants Portal › My Grants › NMHF-2024-64714 › Final Report › Review & Submit',
  text: [
    'Organization: Lantern House Free Clinic   Org ID [10121]   EIN 43-1871206   ZIP [64468]',
    'Grant: NMHF-2024-[64714]   Amount awarded: $53,000   Paid to date: $53,000   Program officer: R. Ames',
    'Report type: Final   Due: 08/31/2025   Status: Draft (autosaved 08/22/2025 16:04)   Submission [90105]',
    'Attachments: Budget_vs_actual.xlsx (58 KB) · Outcomes_table.pdf (item [25137]) · Audit_2024.pdf',
    'Certification: I certify that grant funds were used for the purposes approved. ☐',
  ].join('\n'),
});

// ── 38. Volunteer credentialing roster, table ──
const roster = table({
  id: 's156-roster',
  kind: 's156-volunteer-credentialing-roster-grid',
  caption: 'Volunteer Clinician Credentialing Roster — Specialty Access Network — as of 03/01/2025',
  headers: ['Vol ID', 'Name', 'Specialty', 'Board cert #', 'Privileges requested (CPT)', 'FTCA', 'Recred due'],
  rows: [
    [
      '[30144]',
      'Miriam Okafor, MD',
      'Plastic surg. / hand',
      '[51877]',
      '{64712}, {64714}, {64718}, {64719}, {64721}',
      'Yes',
      '02/2027',
    ],
    ['[30160]', 'Tomas Reyes, DPM', 'Podiatry', '[22481]', '{64632}, {64455}, {28080}', 'Yes', '06/2026'],
    ['[30172]', 'Lena Hu, MD', 'Anesthesiology', '[62177]', '{64415}, {64417}, {64445}, {64447}', 'Yes', '11/2026'],
    ['[30188]', 'Priya Sandoval, MD', 'Neurology', '[58412]', '{64612}, {64616}, {95886}, {95910}', 'Yes', '04/2027'],
  ],
});

// ── 39. Delineation of privileges form (volunteer, free clinic), text layer ──
const privileges = lines({
  id: 's156-privs',
  kind: 's156-volunteer-delineation-of-privileges-form-text',
  before: 'DELINEATION OF CLINICAL PRIVILEGES — Podiatry — Lantern House Free Clinic (site: 118 E. Fourth St)',
  text: [
    'Applicant: Tomas Reyes, DPM   Vol ID [30160]   MO license 2011004417   ABFAS cert [22481]',
    'Requested  Granted  Procedure',
    '  [x]        [x]    Injection, Morton neuroma / interdigital nerve ({64455})',
    '  [x]        [x]    Neurolysis, plantar common digital nerve, alcohol ({64632}), office, max 3 per series',
    '  [x]        [ ]    Excision Morton neuroma ({28080}) — NOT a clinic privilege; hospital only (Mercy Ridge)',
    '  [ ]        [ ]    Chemodenervation, extremity ({64642}) — not requested',
    'Approved by Medical Director: A. Lindqvist, MD, 03/01/2025   File [97118]',
  ].join('\n'),
});

// ── 40. Credentialing roster CSV export, text layer ──
const rosterCsv = lines({
  id: 's156-rostercsv',
  kind: 's156-credentialing-roster-csv-export-text',
  before: 'Download: san_volunteers_2025-03-01.csv',
  text: [
    'vol_id,last,first,deg,npi,lic_no,lic_exp,priv_cpt,practice_zip',
    '[30144],Okafor,Miriam,MD,1386742210,2009018842,2026-01-31,"{64712};{64714};{64718};{64719};{64721}",[64506]',
    '[30160],Reyes,Tomas,DPM,1467755012,2011004417,2026-08-31,"{64632};{64455};{28080}",[64468]',
    '[30172],Hu,Lena,MD,1578802219,2016005560,2027-01-31,"{64415};{64417};{64445};{64447}",[64506]',
  ].join('\n'),
});

// ── 41. FTCA free clinic volunteer deeming note, text layer ──
const ftca = lines({
  id: 's156-ftca',
  kind: 's156-ftca-free-clinic-volunteer-sponsorship-text',
  before: 'Free Clinics FTCA Program — Volunteer Health Professional sponsorship (clinic copy) — FY 2025',
  text: [
    'Sponsoring free clinic: Lantern House Free Clinic, Maryville, MO [64468]   Clinic ID FC-[75036]',
    'Volunteer: Miriam Okafor, MD   Deemed for services at the clinic site only (consults, {99204}, {99213}).',
    'NOT covered: surgery at Mercy Ridge ({64712}, {64714}, {64721}) — hospital volunteer staff + own policy.',
    'Volunteer: Lena Hu, MD — no clinic-site services planned; blocks ({64445}) at the hospital are not deemed.',
    'Volunteer: Tomas Reyes, DPM — clinic-site neurolysis ({64632}) and injections ({64455}) covered.',
    'Application tracking [80097]; deeming notice expected 60 days after submission.',
  ].join('\n'),
});

// ── 42. Clinic specialty waitlist tracker, table ──
const waitlist = table({
  id: 's156-waitlist',
  kind: 's156-specialty-waitlist-tracker-grid',
  caption: 'Specialty Access — open referrals (coordinator view) — as of 05/01/2025',
  headers: ['Clinic #', 'ZIP', 'Referred', 'Specialty', 'Requested', 'Likely code', 'FAP app', 'Status', 'Days'],
  rows: [
    [
      'LH-[20600]',
      '[64459]',
      '02/18',
      'Hand/nerve',
      'Sciatic neurolysis L',
      '{64712}',
      '[66105]',
      'Rebooked 05/16',
      '72',
    ],
    ['LH-[20617]', '[64440]', '03/11', 'Podiatry', "Morton's neuroma", '{64632}', 'n/a (clinic)', 'Series 1/3', '51'],
    ['LH-[20640]', '[64432]', '03/25', 'Neurology', 'Hemifacial spasm', '{64612}', 'n/a', 'PAP pending', '37'],
    ['LH-[20688]', '[64467]', '04/22', 'Pain', 'Sciatic block trial', '{64445}', '—', 'No volunteer yet', '9'],
  ],
});

// ── 43. Hospital charity-care write-off ledger (community benefit), table ──
const ledger = table({
  id: 's156-ledger',
  kind: 's156-hospital-charity-writeoff-ledger-grid',
  caption: 'Mercy Ridge — Charity care adjustments, partner: Lantern House (partner ID 15047) — Q1–Q2 2025',
  headers: ['Account', 'DOS', 'CPT', 'Gross charge', 'Adj code', 'Charity adj', 'Balance'],
  rows: [
    ['2600318842', '03/14/2025', '{64712}', '[18460].00', 'CHAR100', '(18,460.00)', '0.00'],
    ['2600411907', '04/11/2025', '{64718}', '[11284].00', 'CHAR100', '(11,284.00)', '0.00'],
    ['2600412215', '04/12/2025', '{64714}', '[21906].00', 'CHAR100', '(21,906.00)', '0.00'],
    ['2600516604', '05/16/2025', '{64712}', '[18460].00', 'CHAR100', '(18,460.00)', '0.00'],
  ],
});

export const sealed156: Snippet[] = [
  ...intake,
  ...incomeGrid,
  ...eligLetter,
  ...referral,
  ...fhirReferral,
  ...consult,
  ...fapReferral,
  ...gfe,
  ...fapLetter,
  ...siu,
  ...opNote,
  ...blockRecord,
  ...careLog,
  ...careCsv,
  ...volCert,
  ...podLog,
  ...neuroLog,
  ...papApp,
  ...missionCases,
  ...daySheet,
  ...manifest,
  ...inKind,
  ...tally,
  ...debrief,
  ...fapEmail,
  ...surgEmail,
  ...surgSms,
  ...ptSms,
  ...annualNumbers,
  ...annualValue,
  ...annualZip,
  ...annualFinancials,
  ...annualAppendix,
  ...grantOutcomes,
  ...grantBudget,
  ...grantNarrative,
  ...grantPortal,
  ...roster,
  ...privileges,
  ...rosterCsv,
  ...ftca,
  ...waitlist,
  ...ledger,
];
