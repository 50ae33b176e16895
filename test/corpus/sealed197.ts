import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 197 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s197-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too (64450, 64455, 64615, 95886, 95911, 95867, 95933,
 * 95874, 76942, 99204, 99024, 28080, 01250). About a third of the decoys are
 * numbers of the synthetic 10,000-code set (KNOWN_10K) used as a Wichita ZIP code, other VSOs' case numbers,
 * tracked-item and document ids of the claim-status, claims-API and eFolder pages, records-release log numbers, an
 * exam-vendor BTSSS reference, a payer id and an HL7 message control id and visit number, a FHIR claim identifier,
 * Bates and job numbers, an implant log number, a badge number, a Privacy Act request number, a docket position and
 * VA Form 20-10207. The five known codes' digits come back as decoys: the VSO's PO box, an exam-vendor request
 * number, a VA.gov tracked-item id, a records-release request number, a clinic statement number, an eFolder
 * document id, the VSO case number, an AskVA inquiry number, a payment trace number and an insurer group number.
 * Dates as numbers (Excel serial dates in the VSO tracker CSV) and VA form numbers with five digits
 * (VA Form 10182, 21-10210, 20-10206, 20-10207) are decoys too.
 *
 * Family: a veteran's VA disability compensation claim meeting his private peripheral-nerve procedures. Reuben
 * Castellano, a retired Army staff sergeant in Derby, Kansas, service connected for a lumbar spine condition and
 * right sciatic neuropathy, had private care at a (fictional) Flint Hills Nerve & Pain Institute in Wichita: sciatic
 * nerve blocks, an open sciatic neurolysis, a lumbar plexus neuroplasty, facial-nerve chemodenervation for
 * post-traumatic hemifacial spasm and neurolytic destruction of a plantar digital (Morton's) neuroma. The
 * (fictional) Heartland Veterans Claims Alliance, a VSO, files for an increase, new secondary conditions and a
 * §4.30 convalescence rating, and carries it to the Board. Pages: the intent-to-file confirmation, the VA Form
 * 21-526EZ and 21-4142 text layers, the VA's 21-4142a records request letter, the clinic's release-of-information
 * log, operative note, itemized statement, CMS-1500 text layer, 837P and HL7 DFT fragments and patient-portal visit
 * list, the private insurer's EOB and FHIR ExplanationOfBenefit JSON, the veteran's statement in support of claim
 * and his wife's lay statement, the VSO's case notes, case tracker CSV, evidence checklist, §4.30 convalescence
 * worksheet, e-mail thread and chat, the VA.gov claim status page, its evidence list and uploaded-files list and the
 * claims API JSON, the exam vendor's scheduling letter, the VA Form 21-2507 exam request, the C&P examination report,
 * the peripheral-nerves and cranial-nerves DBQs, the medical opinion, the VBMS eFolder document list, the rating
 * decision narrative and code sheet, the decision notification letter, the VA.gov payment history CSV, the
 * higher-level review and Notice of Disagreement (VA Form 10182) forms, the appeal status page, the VSO's client
 * intake form, its exhibit list and written brief to the Board, the Board of Veterans' Appeals decision text, a
 * Reddit r/VeteransBenefits thread and a web search results page.
 * Built on real public layouts: VA.gov "Check your claim or appeal status" (claim details, files, evidence requests),
 * the VA Benefits Claims API (Lighthouse) JSON, VA Forms 21-526EZ, 21-4142 / 21-4142a, 21-4138, 21-10210, 20-0996
 * and 10182 as fillable-PDF text, VA Form 21-2507 exam requests, the VA Disability Benefits Questionnaires
 * (Peripheral Nerves Conditions 21-0960C-10, Cranial Nerves), VA rating decisions ("Decision", "Evidence", "Reasons
 * for Decision") and code sheets, BVA decisions as posted (Citation Nr, docket, "FINDINGS OF FACT", "REASONS AND
 * BASES"), the VBMS eFolder document list, VA.gov payment history, the CMS-1500 (02/12), the X12 837P and HL7 v2 DFT,
 * a Blue Cross style EOB and the CARIN Blue Button FHIR ExplanationOfBenefit. The others are written the way those
 * pages read, with no single source.
 *
 * 356 labelled tokens over 44 shapes: 181 codes, 175 decoys, 56 of the decoys in KNOWN_10K.
 */

// ── 1. VA.gov intent-to-file confirmation, text layer (decoy only) ──
const itf = lines({
  id: 's197-itf',
  kind: 's197-vagov-intent-to-file-confirmation-text',
  before: 'VA.gov — Your intent to file has been submitted',
  text: [
    'Intent to file: Compensation   Status: Active   Submitted: April 10, 2024   Expires: April 10, 2025',
    'Veteran: Reuben A. Castellano   VA file number: XXX-XX-4471   Mailing ZIP code: [67037]',
    'Confirmation number: ITF-2024-04-[47533]   Submitted by: Heartland Veterans Claims Alliance (POA H7Q)',
    'Representative office: 2250 N. Rock Rd, Ste 114, Wichita, KS [67208]   Phone 316-555-0188',
    'Questions? Call 800-827-1000. Mail: Department of Veterans Affairs, Evidence Intake Center,',
    'PO Box 4444, Janesville, WI [53547]-4444',
  ].join('\n'),
});

// ── 2. VA Form 21-526EZ, fillable PDF text layer ──
const ez526 = lines({
  id: 's197-526ez',
  kind: 's197-va-form-21-526ez-pdf-text',
  before: 'VA FORM 21-526EZ, APPLICATION FOR DISABILITY COMPENSATION AND RELATED COMPENSATION BENEFITS',
  text: [
    "SECTION I: VETERAN'S IDENTIFICATION INFORMATION",
    '6. CURRENT MAILING ADDRESS: 1418 N SANDPIPER CT, DERBY, KS, ZIP CODE [67037]-3306',
    'SECTION V: CLAIM INFORMATION   13A. LIST THE CURRENT DISABILITY(IES)',
    '1. RIGHT SCIATIC NEUROPATHY (INCREASE); SURGERY 03/14/2023 AND 01/23/2024, REQUEST 38 CFR 4.30',
    '2. LEFT FACIAL NERVE SPASM / SYNKINESIS (SHRAPNEL 2007), BOTOX EVERY 3 MONTHS',
    "3. LEFT FOOT MORTON'S NEUROMA, SECONDARY TO ALTERED GAIT",
    '14. VA/PRIVATE TREATMENT: FLINT HILLS NERVE & PAIN INSTITUTE, 9350 E CORPORATE HILLS DR STE 210,',
    '    WICHITA, KS [67207] — SEE VA FORM 21-4142 (DATES 08/2022 TO PRESENT)',
    '    ROBERT J. DOLE VAMC, 5500 E KELLOGG, WICHITA, KS [67218] (2013 TO PRESENT)',
    'SECTION VII: DIRECT DEPOSIT   ACCOUNT TYPE: CHECKING   ROUTING NUMBER: 101100029',
    'ATTACHMENTS: 21-4142 (1), 21-4138 (1), 21-[10210] (1), PRIVATE RECORDS (38 PAGES)',
  ].join('\n'),
});

// ── 3. VA Form 21-4142 authorization, text layer (veteran wrote codes from his bills) ──
const f4142 = lines({
  id: 's197-4142',
  kind: 's197-va-form-21-4142-authorization-text',
  before: 'VA FORM 21-4142 AUTHORIZATION TO DISCLOSE INFORMATION TO THE DEPARTMENT OF VETERANS AFFAIRS',
  text: [
    '9. NAME OF PATIENT: REUBEN A CASTELLANO   10. ZIP: [67037]',
    '12. PROVIDER/FACILITY: FLINT HILLS NERVE & PAIN INSTITUTE, ATTN: HEALTH INFORMATION / ROI',
    '    9350 E CORPORATE HILLS DR STE 210, WICHITA KS [67207]   FAX 316-555-0174',
    '13. CONDITIONS TREATED: R SCIATIC NERVE BLOCKS ({64445} X3), R SCIATIC NERVE SURGERY {64712} ON 3/14/23,',
    '    LUMBAR PLEXUS SURGERY ({64714}) 1/23/24, L FACE BOTOX {64612} Q3 MONTHS, L FOOT NEUROMA ALCOHOL',
    '    SHOTS {64632} X3 (2024)',
    '14. DATES OF TREATMENT: FROM 08/09/2022 TO PRESENT   PATIENT ACCOUNT #: FH-[33297]',
  ].join('\n'),
});

// ── 4. VA's 21-4142a records request letter to the clinic, text layer ──
const req4142a = lines({
  id: 's197-4142a',
  kind: 's197-va-4142a-private-records-request-letter-text',
  before: 'DEPARTMENT OF VETERANS AFFAIRS — Veterans Benefits Administration — Private Medical Records Request',
  text: [
    'Flint Hills Nerve & Pain Institute, Attn: Release of Information, 9350 E Corporate Hills Dr, Wichita KS [67207]',
    'In Reply Refer To: 452/214   Claim ID 600418273   Veteran: Reuben A. Castellano',
    'We need the records listed on the enclosed VA Form 21-4142a, including operative reports, progress notes,',
    'EMG/NCS results and itemized billing showing dates and procedure codes (CPT), from 08/09/2022 to present.',
    'Please return records within 15 days to: Evidence Intake Center, PO Box 4444, Janesville, WI [53547]-4444,',
    'or fax to 844-531-7818. Place the attached barcode cover sheet (DOC ID 2024-0520-[58332]) on top.',
    'Records already received need not be resent: operative report 03/14/2023 ({64712}); EMG/NCS 08/09/2022.',
    "Veteran's listing on the 21-4142: sciatic blocks {64445}, lumbar plexus surgery {64714}, facial {64612}.",
  ].join('\n'),
});

// ── 5. Clinic release-of-information log, table ──
const roiLog = table({
  id: 's197-roilog',
  kind: 's197-clinic-release-of-information-log-grid',
  caption: 'Flint Hills Nerve & Pain Institute — ROI Request Log, patient CASTELLANO, REUBEN (acct FH-33297)',
  headers: ['Req #', 'Received', 'Requester', 'Purpose', 'Records released', 'Status'],
  rows: [
    ['[64632]', '05/24/2024', 'VA EIC Janesville WI [53547]', 'Disability claim', 'Op notes, EMG, itemized', 'Sent'],
    ['[65022]', '06/11/2024', 'Heartland VCA (patient auth)', 'Appeal', 'Itemized: {64712}, {64714}', 'Sent'],
    ['[66361]', '07/02/2024', 'Meridian Exam Svcs', 'C&P exam', 'EMG 08/09/22 ({95886}, {95911})', 'Sent'],
    ['[67506]', '02/18/2025', 'Board of Vet Appeals', 'Appeal evidence', 'Chemodenervation notes {64612}', 'Pending'],
  ],
});

// ── 6. Private operative note, text layer ──
const opNote = lines({
  id: 's197-opnote',
  kind: 's197-private-operative-report-text',
  before: 'FLINT HILLS NERVE & PAIN INSTITUTE — OPERATIVE REPORT — Castellano, Reuben A — MRN FH-33297',
  text: [
    'DATE OF SURGERY: 03/14/2023   SURGEON: Adaeze Nwankwo, MD   FACILITY: Flint Hills Surgery Center, Wichita KS [67207]',
    'PREOPERATIVE DIAGNOSIS: Right sciatic neuropathy at the sciatic notch, post-traumatic scar (G57.01).',
    'PROCEDURE: Right open neurolysis of the sciatic nerve at the greater sciatic notch (CPT {64712}-RT).',
    'INDICATIONS: Failed three ultrasound-guided sciatic nerve blocks ({64445}) and 9 months of PT.',
    'ANESTHESIA: General ({01250}, CRNA).   SPECIMEN: none.   Implant log no. IL-23-[19542]',
    'FINDINGS: Dense perineural scar; nerve decompressed from piriformis to the gluteal crease.',
    'POSTOP PLAN: Non-weight-bearing on crutches 2 weeks; no driving 4 weeks; return to desk work not before',
    '6 weeks. Global period {64712}: 90 days. Case no. SC-23-[20661].',
  ].join('\n'),
});

// ── 7. Clinic itemized statement, table ──
const itemized = table({
  id: 's197-itemized',
  kind: 's197-clinic-itemized-statement-grid',
  caption: 'ITEMIZED STATEMENT — Statement no. 64714 — Guarantor: Castellano, Reuben A — Printed 06/10/2024',
  headers: ['DOS', 'CPT/HCPCS', 'Mod', 'Description', 'Units', 'Charge', 'Ins paid', 'Pt resp'],
  rows: [
    ['08/09/2022', '{95886}', 'RT', 'Needle EMG w/ NCS, complete, each extremity', '2', '$612.00', '$401.16', '$0.00'],
    ['08/09/2022', '{95911}', '', 'Nerve conduction studies; 9-10 studies', '1', '$780.00', '$511.32', '$0.00'],
    ['09/13/2022', '{64445}', 'RT', 'Inj anes sciatic nerve single', '1', '$425.00', '$180.42', '$45.10'],
    ['11/08/2022', '{64445}', 'RT', 'Inj anes sciatic nerve single', '1', '$425.00', '$180.42', '$45.10'],
    ['01/10/2023', '{64445}', 'RT', 'Inj anes sciatic nerve single', '1', '$425.00', '$180.42', '$45.10'],
    [
      '03/14/2023',
      '{64712}',
      'RT',
      'Neuroplasty major periph nerve, sciatic',
      '1',
      '$4,250.00',
      '$1,122.80',
      '$280.70',
    ],
    [
      '01/23/2024',
      '{64714}',
      'RT',
      'Neuroplasty major periph nerve, lumbar plexus',
      '1',
      '$4,980.00',
      '$1,301.55',
      '$325.39',
    ],
    [
      '04/02/2024',
      '{64632}',
      'LT',
      'Destr neurolytic plantar common digital nerve',
      '1',
      '$390.00',
      '$121.60',
      '$30.40',
    ],
    [
      '04/30/2024',
      '{64632}',
      'LT',
      'Destr neurolytic plantar common digital nerve',
      '1',
      '$390.00',
      '$121.60',
      '$30.40',
    ],
    [
      '05/28/2024',
      '{64632}',
      'LT',
      'Destr neurolytic plantar common digital nerve',
      '1',
      '$390.00',
      '$121.60',
      '$30.40',
    ],
    ['08/15/2022', '{99204}', '', 'Office visit new pt, level 4', '1', '$310.00', '$142.18', '$35.00'],
    [
      '10/03/2023',
      '{64455}',
      'LT',
      'Inj anes/steroid plantar common digital nerve(s)',
      '1',
      '$210.00',
      '$58.84',
      '$14.71',
    ],
    ['02/07/2023', '{64612}', 'LT', 'Chemodenervation facial nerve, unilateral', '1', '$520.00', '$174.31', '$43.58'],
    ['05/09/2023', '{64612}', 'LT', 'Chemodenervation facial nerve, unilateral', '1', '$520.00', '$174.31', '$43.58'],
    ['04/16/2024', '{64612}-LT', '', 'Chemodenervation facial nerve, unilateral', '1', '$520.00', '$174.31', '$43.58'],
    ['04/16/2024', 'J0585', '', 'Injection, onabotulinumtoxinA, 1 unit', '30', '$1,980.00', '$1,402.50', '$0.00'],
  ],
});

// ── 8. CMS-1500 text layer (clinic claim copy included in the records) ──
const cms1500 = lines({
  id: 's197-cms1500',
  kind: 's197-cms-1500-claim-copy-pdf-text',
  before: 'HEALTH INSURANCE CLAIM FORM — APPROVED BY NATIONAL UNIFORM CLAIM COMMITTEE (NUCC) 02/12',
  text: [
    '1a INSURED ID: SMH884120571   11 GROUP: [64445]   5 PATIENT ADDRESS: 1418 N SANDPIPER CT DERBY KS [67037]',
    '21 ICD IND 0   A. G57.01   B. M54.16   C. S34.21XS',
    '24A 01 23 24 01 23 24  B 22   D {64714} RT          E A    F 4980 00   G 1   J 1538204471',
    '24A 01 23 24 01 23 24  B 22   D {64450} 59 RT       E A    F  310 00   G 1   J 1538204471',
    '26 PATIENT ACCT NO: FH-[33297]   28 TOTAL CHARGE 5290 00   32 FLINT HILLS SURGERY CENTER WICHITA KS [67207]',
    '33 BILLING PROVIDER: FLINT HILLS NERVE & PAIN INSTITUTE, PO BOX 780114, WICHITA KS [67278]-0114',
  ].join('\n'),
});

// ── 9. Clinic billing screen, X12 837P fragment ──
const x837 = lines({
  id: 's197-x837',
  kind: 's197-clinic-billing-837p-segment-view-text',
  before: 'Claim detail > EDI view (837P 005010X222A1) — claim FH-33297-0314',
  text: [
    'N3*1418 N SANDPIPER CT~N4*DERBY*KS*670373306~',
    'CLM*FH[33297]A0314*4250***22:B:1*Y*A*Y*Y~',
    'HI*ABK:G5701*ABF:M5416~',
    'LX*1~SV1*HC:{64712}:RT*4250*UN*1***1~DTP*472*D8*20230314~',
    'REF*6R*[21243]~NTE*ADD*GLOBAL 090 PT NWB 2 WKS~',
    'LX*2~SV1*HC:{64445}:59:RT*425*UN*1***1~DTP*472*D8*20230110~',
    'NM1*77*2*FLINT HILLS SURGERY CENTER*****XX*1730562214~N3*9350 E CORPORATE HILLS DR~N4*WICHITA*KS*[67207]~',
    'LX*3~SV1*HC:{64714}:RT*4980*UN*1***1~DTP*472*D8*20240123~LX*4~SV1*HC:{64450}:59:RT*310*UN*1***1~',
    'NM1*PR*2*SUNFLOWER MUTUAL*****PI*[48155]~N4*TOPEKA*KS*[66601]~',
  ].join('\n'),
});

// ── 10. HL7 v2 DFT charge message in the clinic's interface monitor ──
const hl7 = lines({
  id: 's197-hl7',
  kind: 's197-clinic-hl7-dft-charge-message-text',
  before: 'Interface monitor — outbound DFT^P03 to billing — message 3 of 5',
  text: [
    'MSH|^~\\&|NERVEEHR|FHNPI|PMBILL|FHNPI|20240402101544||DFT^P03|MSG[73674]|P|2.5.1',
    'PID|1||FH[33297]^^^FHNPI^MR||CASTELLANO^REUBEN^A||19830611|M|||1418 N SANDPIPER CT^^DERBY^KS^[67037]',
    'FT1|1|||20240402||CG|{64632}^DESTR NEUROLYTIC PLANTAR DIGITAL NERVE^CPT4|||1|||||||||G57.62|||||LT',
    'FT1|2|||20240402||CG|{76942}^US GUIDE NEEDLE PLACEMENT^CPT4|||1',
    'FT1|3|||20240430||CG|{64632}^DESTR NEUROLYTIC PLANTAR DIGITAL NERVE^CPT4|||1|||||||||G57.62|||||LT',
    'FT1|4|||20240416||CG|{64612}^CHEMODENERV FACIAL NERVE UNILAT^CPT4|||1|||||||||G51.3|||||LT',
    'FT1|5|||20240416||CG|{95874}^NEEDLE EMG GUIDANCE CHEMODENERV^CPT4|||1|||||||||G51.3',
    'PV1|1|O|FHNPI^EAST^^^^^^^[67207]||||1447290318^MENON^PRIYA|||||||||||V[53121]',
  ].join('\n'),
});

// ── 11. Clinic patient-portal visit list, table ──
const portalVisits = table({
  id: 's197-portal',
  kind: 's197-clinic-patient-portal-visit-history-grid',
  caption: 'MyFlintHills — Past visits (showing 8 of 23) — Download as PDF for VA claim',
  headers: ['Date', 'Provider', 'Visit type', 'Procedures', 'Location'],
  rows: [
    ['05/28/2024', 'Priya Menon, DPM', 'Procedure', 'Neurolysis L 3rd intermetatarsal ({64632})', 'East clinic'],
    ['04/30/2024', 'Priya Menon, DPM', 'Procedure', '{64632} LT', 'East clinic'],
    ['04/16/2024', 'Henrik Solberg, MD', 'Procedure', 'Botox face L ({64612}, J0585 x 30u)', 'Neuro suite'],
    ['02/27/2024', 'Adaeze Nwankwo, MD', 'Post-op', '{99024} post-op visit (global)', 'Main, Wichita KS [67207]'],
    ['01/23/2024', 'Adaeze Nwankwo, MD', 'Surgery', 'Lumbar plexus neurolysis {64714}', 'Surgery Center'],
    ['10/03/2023', 'Priya Menon, DPM', 'Procedure', 'Plantar digital nerve block {64455}', 'East clinic'],
    ['03/14/2023', 'Adaeze Nwankwo, MD', 'Surgery', 'Sciatic neurolysis R ({64712}-RT)', 'Surgery Center'],
    ['01/10/2023', 'Colin Barstow, DO', 'Procedure', 'US-guided sciatic block #3 {64445}', 'Main, Wichita KS [67207]'],
    ['08/09/2022', 'Henrik Solberg, MD', 'EMG/NCS', '{95886} x2; {95911}', 'Neuro suite'],
  ],
});

// ── 12. Private insurer EOB, table ──
const eob = table({
  id: 's197-eob',
  kind: 's197-private-insurer-explanation-of-benefits-grid',
  caption: 'Sunflower Mutual Health Plan — Explanation of Benefits — Claim 2024012399871 — Group 64445',
  headers: ['Service date', 'Service', 'Code', 'Billed', 'Allowed', 'Plan paid', 'You owe', 'Remark'],
  rows: [
    ['01/23/2024', 'Neuroplasty, lumbar plexus', '{64714}', '$4,980.00', '$1,626.94', '$1,301.55', '$325.39', 'PDC'],
    ['01/23/2024', 'Nerve block, other peripheral', '{64450}', '$310.00', '$0.00', '$0.00', '$0.00', 'N1 bundled'],
    ['02/27/2024', 'Post-op visit', '{99024}', '$0.00', '$0.00', '$0.00', '$0.00', 'Global'],
    ['04/02/2024', 'Destruction, plantar digital nerve', '{64632}-LT', '$390.00', '$152.00', '$121.60', '$30.40', ''],
    ['04/16/2024', 'Chemodenervation, facial nerve', '{64612}', '$520.00', '$217.89', '$174.31', '$43.58', ''],
    [
      '04/16/2024',
      'onabotulinumtoxinA 1 unit',
      'J0585',
      '$1,980.00',
      '$1,402.50',
      '$1,402.50',
      '$0.00',
      'Sp. pharmacy',
    ],
  ],
});

// ── 13. Insurer FHIR ExplanationOfBenefit JSON (Blue Button download), text layer ──
const fhirEob = lines({
  id: 's197-fhir',
  kind: 's197-insurer-fhir-explanationofbenefit-json-text',
  before: 'Sunflower Mutual member API — ExplanationOfBenefit/eob-2023031401 (downloaded by member)',
  text: [
    '  "identifier": [{ "system": "https://sunflowermutual.example/claim", "value": "CLM-[75329]-2023" }],',
    '  "insurance": [{ "coverage": { "reference": "Coverage/grp-[64445]-smh884120571" } }],',
    '  "item": [{ "sequence": 1, "servicedDate": "2023-03-14",',
    '    "productOrService": { "coding": [{ "system": "http://www.ama-assn.org/go/cpt", "code": "{64712}" }] },',
    '    "modifier": [{ "coding": [{ "code": "RT" }] }], "net": { "value": 4250.00, "currency": "USD" },',
    '    "adjudication": [{ "category": { "coding": [{ "code": "paidtoprovider" }] }, "amount": { "value": 1122.80 } }] },',
    '  { "sequence": 2, "servicedDate": "2023-01-10", "productOrService": { "coding": [{ "code": "{64445}" }] },',
    '    "modifier": [{ "coding": [{ "code": "RT" }] }], "net": { "value": 425.00 } }],',
    '  "provider": { "display": "Flint Hills Nerve & Pain Institute", "address": "Wichita KS [67207]" }',
  ].join('\n'),
});

// ── 14. Veteran's statement in support of claim (VA Form 21-4138), text layer ──
const stmt4138 = lines({
  id: 's197-4138',
  kind: 's197-va-form-21-4138-statement-in-support-text',
  before: 'VA FORM 21-4138 STATEMENT IN SUPPORT OF CLAIM — Item 9, REMARKS (continued on page 2)',
  text: [
    'After the nerve blocks stopped working (the bill calls them {64445}, I had three) Dr. Nwankwo operated on my',
    'right sciatic nerve on March 14, 2023. The surgery code on my bill is {64712}. I was on crutches for',
    'two weeks and could not drive or work at the distribution center (Dock 7, badge [28034]) until June 5.',
    'In January 2024 I had the second surgery, {64714}, higher up by the hip. Again off work about 6 weeks.',
    'For my face I get Botox shots every three months ({64612}) for the twitching from the shrapnel in 2007.',
    'My left foot neuroma was treated with alcohol injections ({64632}) three times. Mail: Derby KS [67037].',
  ].join('\n'),
});

// ── 15. Spouse's lay statement (VA Form 21-10210), text layer ──
const lay = lines({
  id: 's197-lay',
  kind: 's197-va-lay-witness-statement-form-text',
  before: 'VA FORM 21-10210 LAY/WITNESS STATEMENT — Section III: Statement',
  text: [
    'FORM: VA 21-[10210]   WITNESS: Marisol Castellano (spouse)   ADDRESS: 1418 N Sandpiper Ct, Derby KS [67037]',
    'After the March 2023 surgery I drove Reuben to every appointment for 11 weeks. He could not sit in the',
    'car more than 20 minutes. His employer (Prairie Freight, employee no. [41537]) put him on unpaid leave',
    'from March 13 to June 4, 2023. The left side of his face pulls and his eye shuts on its own when he',
    'is tired. He gets the face shots every three months; the bills say {64612} and a drug code.',
    'He walks on the outside of his left foot. I know what I see every day.',
  ].join('\n'),
});

// ── 16. VSO caseworker notes, text layer ──
const caseNotes = lines({
  id: 's197-casenotes',
  kind: 's197-vso-caseworker-case-notes-text',
  before: 'Heartland Veterans Claims Alliance — Case 64612 — CASTELLANO, Reuben A — Notes (newest last)',
  text: [
    '04/10/24 LG: Vet walk-in. ITF filed on VA.gov (conf. [47533]). SC now: lumbar 20%, R sciatic 10% (DC 8520).',
    '04/10/24 LG: Had {64712} 3/14/23 and {64714} 1/23/24 at Flint Hills. Ask for 4.30 on both; 3/14/23 is',
    '         before ITF-1yr (4/10/23) — argue convalescence ran past 4/10/23 (NWB, no driving, PT to June).',
    '04/22/24 LG: Got itemized stmt from clinic (stmt no. [64714], 38 pp). Codes: {64445}x3, {64712}, {64714},',
    '         {64612} x5, {64632} x3, {64455} x2. Facial = new claim DC 8207; foot neuroma = secondary (gait).',
    '05/02/24 LG: 526EZ + 4142 + 4138 + [10210] submitted. Claim ID 600418273. Our PO Box [64445], Wichita [67201].',
    '07/18/24 TB: C&P 7/16 at Meridian (req. [64712]). Vet says examiner did not look at op note. Calendar 60d.',
    '09/09/24 LG: RD 9/5: sciatic 40%, 4.30 granted for {64714} only (1 mo). 4.30 for {64712} denied untimely.',
    '         Foot neuroma denied (opinion cites {64455}/{64632} but ignores gait). Facial 10% DC 8207.',
    '09/12/24 LG: Plan HLR on 4.30 + foot. Vet asks about {28080} excision — if done, new 4.30 request.',
    '01/16/25 LG: HLR 1/14/25 confirmed denial. NOD [10182] direct to BVA, evidence docket. Mail to [20038].',
    '05/30/25 LG: BVA GRANTED 4.30 4/10/23–7/1/23 (docket 250214-[58769]). Closing case; retro to Derby [67037].',
  ].join('\n'),
});

// ── 17. VSO case tracker CSV export, text layer ──
const trackerCsv = lines({
  id: 's197-tracker',
  kind: 's197-vso-case-tracker-csv-export-text',
  before: 'HVCA_caseload_LG_2024Q3.csv (opened in the browser)',
  text: [
    'case_no,veteran,claim_id,itf_date,surgery_date,cpt,issue,status,vso_zip',
    '[64612],CASTELLANO R,600418273,[45392],[44999],{64712},4.30 conv R sciatic,Pending decision,[67208]',
    '[64612],CASTELLANO R,600418273,[45392],[45314],{64714},4.30 conv R sciatic,Pending decision,[67208]',
    '[62494],OYELARAN T,600377140,[45301],[45210],{64445},R sciatic incr,Exam scheduled,[67208]',
    '[63056],BRANDT K,600402288,[45337],,,TBI/facial {64612},Evidence gathering,[67220]',
  ].join('\n'),
});

// ── 18. VSO evidence checklist, table ──
const checklist = table({
  id: 's197-checklist',
  kind: 's197-vso-evidence-checklist-grid',
  caption: 'HVCA Evidence Checklist — Castellano — increase + §4.30 + secondary conditions',
  headers: ['Item', 'Source', 'Shows', 'Have?', 'Bates'],
  rows: [
    ['Op report 03/14/23', 'Flint Hills', '{64712}-RT, 90-day global, NWB 2 wks', 'Yes', 'HVCA-[21770]'],
    ['Op report 01/23/24', 'Flint Hills', '{64714}-RT, off work 6 wks', 'Yes', 'HVCA-[21784]'],
    ['EMG/NCS 08/09/22', 'Flint Hills', '{95886} x2, {95911}: R sciatic axonal', 'Yes', 'HVCA-[21802]'],
    ['Botox log', 'Flint Hills neuro', '{64612} q12 wks since 02/2023', 'Yes', 'HVCA-[21815]'],
    ['Employer leave letter', 'Prairie Freight', 'Unpaid leave 3/13–6/4/23', 'Requested', ''],
  ],
});

// ── 19. VSO §4.30 convalescence worksheet, table ──
const conval = table({
  id: 's197-conval',
  kind: 's197-vso-convalescence-4-30-worksheet-grid',
  caption: 'Worksheet: 38 CFR 4.30 temporary total — surgeries on SC right sciatic nerve',
  headers: ['Surgery', 'CPT', 'Global', 'Conval. per record', 'Inside 1-yr window?', 'Ask'],
  rows: [
    ['03/14/2023', '{64712}', '090', 'NWB 2 wks; no work 12 wks', 'Partly (after 04/10/2023)', '4.30 to 07/01/2023'],
    ['01/23/2024', '{64714}', '090', 'Off work 6 wks', 'Yes', '4.30 to 04/01/2024'],
    ['01/10/2023', '{64445}', '000', 'None', 'No', 'None (block, no conval.)'],
    ['04/02/2024', '{64632}', '010', 'Same-day return', 'Yes', 'None'],
    ['04/16/2024', '{64612}', '000', 'None', 'Yes', 'None (not SC yet)'],
    ['(if done)', '{28080}', '090', 'Post-op shoe 4–6 wks', 'n/a', '4.30 if foot SC'],
  ],
});

// ── 20. VSO e-mail thread with the clinic billing office, text layer ──
const email = lines({
  id: 's197-email',
  kind: 's197-vso-clinic-billing-email-thread-text',
  before: 'From: Lorraine Gutierrez <lgutierrez@heartlandvca.example> To: billing@flinthillsnerve.example',
  text: [
    'Subject: RE: Castellano, acct FH-[33297] — op notes for VA claim (our case [64612])',
    '> Can you confirm both surgeries were the open procedures? VA needs to see they were real surgery.',
    'Yes — 3/14/23 was {64712} (open sciatic neurolysis) and 1/23/24 was {64714} (lumbar plexus), both 90-day',
    'globals. The 1/23/24 line for {64450} was bundled by the plan. The foot ones ({64632}) have no global',
    'beyond 10 days. Mailed the certified copy to your PO Box [64445], Wichita KS [67201] (tracking ends 8841).',
    '— Dana Whitlow, Billing Lead, Flint Hills Nerve & Pain Institute, 9350 E Corporate Hills Dr, Wichita KS [67207]',
  ].join('\n'),
});

// ── 21. VSO team chat, text layer ──
const chat = lines({
  id: 's197-chat',
  kind: 's197-vso-team-chat-channel-text',
  before: '#claims-wichita — Heartland VCA workspace',
  text: [
    'Lorraine G 9:14 AM: anyone seen VA grant 4.30 off a CPT code alone? Castellano has {64712} + {64714}, no',
    '   surgeon note saying "convalescence" in those words',
    "Troy B 9:16 AM: not off the code. but the op note says NWB 2 wks + no driving 4 wks, that's 4.30(a)(2)",
    "Troy B 9:17 AM: also the {64632} foot shots are 010 global, don't bother asking 4.30 for those lol",
    'Lorraine G 9:20 AM: ok. putting it in the NOD if they deny. case [64612], docket when we get one',
    'Anika P 9:31 AM: fyi Derby vets now go to the Derby CBOC, 1500 E Madison, [67037], for Botox f/u not Dole',
  ].join('\n'),
});

// ── 22. VA.gov claim status page, text layer ──
const claimStatus = lines({
  id: 's197-claimstatus',
  kind: 's197-vagov-claim-status-details-text',
  before: 'VA.gov › Check your claims and appeals › Your compensation claim',
  text: [
    'Received on May 2, 2024   Claim ID: 600418273   Step 3 of 5: Evidence gathering, review, and decision',
    "What you claimed: Sciatic nerve paralysis (increase); Facial nerve condition; Morton's neuroma, left foot",
    'Your representative for VA claims: Heartland Veterans Claims Alliance, PO Box [64445], Wichita, KS [67201]',
    'Needed from others: Private medical records — Flint Hills Nerve & Pain Institute (tracked item [64632])',
    'Requested on May 20, 2024 · Due June 4, 2024 · Reference [30932]',
    'Closed: Compensation & Pension exam scheduled (tracked item [31475]) — completed July 16, 2024',
  ].join('\n'),
});

// ── 23. VA.gov evidence / files list, table ──
const vagovFiles = table({
  id: 's197-vagovfiles',
  kind: 's197-vagov-claim-files-uploaded-list-grid',
  caption: 'Documents filed — 9 items — sorted by date received',
  headers: ['Document', 'Type', 'Received', 'Status'],
  rows: [
    [
      'FlintHills_OpNote_{64712}_031423.pdf',
      'Medical Treatment Record - Non-Government Facility',
      '06/12/2024',
      'Reviewed',
    ],
    [
      'FlintHills_OpNote_{64714}_012324.pdf',
      'Medical Treatment Record - Non-Government Facility',
      '06/12/2024',
      'Reviewed',
    ],
    ['Itemized_stmt_[64714].pdf', 'Medical Treatment Record - Non-Government Facility', '06/12/2024', 'Reviewed'],
    ['VA_21-[10210]_Castellano_M.pdf', 'Lay Statement', '05/02/2024', 'Reviewed'],
    ['scan_[88221].pdf', 'Correspondence', '07/24/2024', 'Received'],
  ],
});

// ── 24. Benefits Claims API JSON (VA.gov network tab / Lighthouse), text layer ──
const claimsApi = lines({
  id: 's197-claimsapi',
  kind: 's197-benefits-claims-api-json-text',
  before: 'GET /services/claims/v2/veterans/1012667145V762142/claims/600418273 — 200 OK',
  text: [
    '  "claimId": "600418273", "claimType": "Compensation", "claimPhase": "GATHERING_OF_EVIDENCE",',
    '  "contentions": [{ "name": "paralysis of sciatic nerve (Increase)" }, { "name": "facial nerve (New)" }],',
    '  "trackedItems": [{ "id": [64632], "displayName": "Private Medical Record (Flint Hills)", "status": "ACCEPTED" },',
    '    { "id": [31475], "displayName": "Schedule exam", "status": "NO_LONGER_REQUIRED" },',
    '    { "id": [34378], "displayName": "21-4142a", "status": "INITIAL_REVIEW_COMPLETE" }],',
    '  "supportingDocuments": [{ "documentId": "5D1A-[77124]-E0C2", "originalFileName": "FlintHills_OpNote_{64712}_031423.pdf" }],',
    '  "poa": "H7Q", "claimantZip": "[67037]"',
  ].join('\n'),
});

// ── 25. Exam vendor scheduling letter, text layer ──
const examLetter = lines({
  id: 's197-examletter',
  kind: 's197-exam-vendor-appointment-letter-text',
  before: 'MERIDIAN EXAM SERVICES — Contracted by the Department of Veterans Affairs',
  text: [
    'Reuben A Castellano, 1418 N Sandpiper Ct, Derby KS [67037]-3306',
    'Request no.: [64712]   Confirmation: MX-[45706]   Exam type: Peripheral Nerves DBQ; Cranial Nerves DBQ',
    'Date: Tuesday, July 16, 2024, 8:30 AM   Location: 1919 N Amidon Ave, Suite 305, Wichita KS [67203]',
    'Bring: photo ID, list of medications, any private records not already sent to VA (for example your',
    'surgery records). Mileage reimbursement: BTSSS claim, reference [46292]. Reschedule: 877-555-0149.',
  ].join('\n'),
});

// ── 26. VA Form 21-2507 exam request, text layer ──
const examReq = lines({
  id: 's197-examreq',
  kind: 's197-va-form-21-2507-exam-request-text',
  before: 'COMPENSATION AND PENSION EXAM REQUEST — Requesting station 452 (Wichita) — Vendor: MERIDIAN',
  text: [
    'Exam request ID: [64712]   Claim: 600418273   Priority: Routine   Address ZIP: [67037]',
    'DBQ NEURO Peripheral Nerves Conditions; DBQ NEURO Cranial Nerves Conditions; DBQ MUSC Foot Conditions',
    "Remarks: Veteran SC R sciatic nerve 10%. Private records in VBMS (rec'd 06/12/2024) show R sciatic nerve",
    'blocks CPT {64445} x3, open neurolysis {64712} 03/14/2023 and lumbar plexus neuroplasty {64714} 01/23/2024.',
    'Examiner: describe post-surgical residuals and any period of convalescence. Facial nerve: private',
    'chemodenervation ({64612}) since 02/2023; opine whether facial condition at least as likely as not due to',
    'shrapnel wound noted in STRs. Foot: neurolytic injections ({64632}) 2024; opine on secondary to R sciatic.',
  ].join('\n'),
});

// ── 27. C&P examination report, medical history section, text layer ──
const cpReport = lines({
  id: 's197-cpreport',
  kind: 's197-cp-exam-report-medical-history-text',
  before: 'Peripheral Nerves Conditions Disability Benefits Questionnaire — Section I, Medical history',
  text: [
    'Evidence reviewed: VBMS e-folder including private records from Flint Hills Nerve & Pain Institute.',
    'Veteran reports right buttock and posterior thigh pain since 2007 blast. EMG/NCS 08/2022 ({95886}, {95911})',
    'showed right sciatic axonal neuropathy. He had three sciatic blocks ({64445}) with temporary relief,',
    'then open sciatic neurolysis (CPT {64712}) on 03/14/2023 and lumbar plexus neuroplasty 01/23/2024.',
    'Per the 03/14/2023 operative report he was non-weight-bearing 2 weeks and released to work 06/05/2023.',
    'Facial: left hemifacial spasm treated with chemodenervation q12 wks ({64612}), last 04/16/2024.',
    'Left foot: neuroma 3rd interspace; injection {64455} 10/2023, chemical neurolysis {64632} x3 04-05/2024.',
    'Current treatment, right leg: gabapentin 600 mg TID; no further blocks since {64445} on 01/10/2023.',
    'Exam ID [64712]; examiner NPI 1447290318; site Wichita KS [67203].',
  ].join('\n'),
});

// ── 28. DBQ peripheral nerves, severity table ──
const dbqNerves = table({
  id: 's197-dbq',
  kind: 's197-dbq-peripheral-nerves-severity-grid',
  caption: 'Section V: Severity — Indicate severity of incomplete paralysis for each nerve affected',
  headers: ['Nerve', 'Right', 'Left', 'Surgical history (examiner)'],
  rows: [
    ['Sciatic nerve', 'Moderately severe', 'Normal', 'Neurolysis 03/14/2023 (private, CPT {64712})'],
    ['Lumbar plexus (via femoral/obturator)', 'Mild', 'Normal', 'Neuroplasty 01/23/2024 ({64714})'],
    ['Plantar digital nerve (3rd web)', 'Normal', 'Mild', 'Chemical neurolysis x3 ({64632}), 2024'],
    ['Sciatic (prior blocks)', 'See above', '', 'US-guided blocks x3 ({64445}) 2022–2023'],
  ],
});

// ── 29. DBQ cranial nerves, text layer ──
const dbqCranial = lines({
  id: 's197-dbqcranial',
  kind: 's197-dbq-cranial-nerves-text',
  before: 'Cranial Nerves Conditions Disability Benefits Questionnaire — Section VII: Treatment',
  text: [
    'Does the Veteran receive treatment for a cranial nerve condition? [X] Yes',
    'Describe: Private neurologist administers onabotulinumtoxinA to left orbicularis oculi, zygomaticus and',
    'platysma every 12 weeks (billed as chemodenervation, facial nerve, unilateral, {64612}; last 04/16/2024).',
    'CN VII (facial), left: incomplete paralysis, moderate, with synkinesis. Not to be confused with chronic',
    'migraine injection protocol ({64615}), which the Veteran does not receive.',
    'Diagnostic testing: facial nerve EMG / blink reflex ({95867}, {95933}) 01/2023, private neurologist.',
    'Conf. MX-[45706]   Page 3 of 7   Exam site: 1919 N Amidon Ave, Wichita KS [67203]',
  ].join('\n'),
});

// ── 30. Medical opinion (secondary service connection), text layer ──
const opinion = lines({
  id: 's197-opinion',
  kind: 's197-cp-medical-opinion-rationale-text',
  before: "MEDICAL OPINION — Morton's neuroma, left foot, secondary to SC right sciatic neuropathy",
  text: [
    "The claimed condition is less likely than not proximately due to or the result of the Veteran's",
    'service connected condition. Rationale: interdigital neuroma is a compressive lesion of the plantar',
    'common digital nerve; the private records show it was treated with an injection ({64455}) and three',
    'chemical neurolysis procedures ({64632}) in 2024 and excision (CPT {28080}) has been discussed. Medical',
    'literature does not support altered gait from a contralateral sciatic neuropathy as a cause.',
    'Signed: examiner, Meridian Exam Services, request [64712], Wichita KS [67203]',
  ].join('\n'),
});

// ── 31. VBMS eFolder document list, table ──
const efolder = table({
  id: 's197-efolder',
  kind: 's197-vbms-efolder-document-list-grid',
  caption: 'eFolder — CASTELLANO, REUBEN A — 212 documents — filter: received after 04/01/2024',
  headers: ['Doc ID', 'Receipt date', 'Document type', 'Subject', 'Source'],
  rows: [
    ['[64445]', '05/02/2024', 'VA 21-526EZ', 'Increase, new x2, 4.30', 'VA.gov'],
    ['[48809]', '05/02/2024', 'VA 21-4142', 'Flint Hills Nerve & Pain', 'VA.gov'],
    ['[49581]', '06/12/2024', 'Medical Treatment Record - Non-Government', 'Op reports {64712}, {64714}', 'EIC'],
    ['[50113]', '06/12/2024', 'Medical Treatment Record - Non-Government', 'Itemized billing (38 pp)', 'EIC'],
    ['[52432]', '07/22/2024', 'C&P Exam', 'Peripheral nerves DBQ', 'Meridian'],
    ['[52919]', '09/05/2024', 'Rating Decision - Narrative', 'Grant/deny', 'VBMS-R'],
  ],
});

// ── 32. Rating decision narrative, text layer ──
const rating = lines({
  id: 's197-rating',
  kind: 's197-rating-decision-narrative-text',
  before: 'Department of Veterans Affairs — Rating Decision — Reuben A. Castellano — September 5, 2024',
  text: [
    'DECISION 1. Evaluation of right lower extremity sciatic neuropathy, which is currently 10 percent',
    'disabling, is increased to 40 percent effective May 2, 2024.',
    '2. A temporary 100 percent evaluation is granted under 38 CFR 4.30 from January 23, 2024, to March 1, 2024.',
    'EVIDENCE: Private treatment records, Flint Hills Nerve & Pain Institute, received June 12, 2024 (including',
    'operative reports and an itemized statement listing CPT {64712} and {64714}); VA examination July 16, 2024.',
    'Private itemized statement, received June 12, 2024, also listing {64445}, {64612}, {64632} and {64455}.',
    'REASONS: Temporary total for the March 14, 2023 surgery is denied; it was more than one year before your',
    'intent to file received April 10, 2024. Mail address of record: Derby, KS [67037].',
  ].join('\n'),
});

// ── 33. Rating code sheet, text layer ──
const codeSheet = lines({
  id: 's197-codesheet',
  kind: 's197-rating-code-sheet-text',
  before: 'RATING CODE SHEET — CASTELLANO, REUBEN A — C-file 24471 — Station 452',
  text: [
    'SERVICE CONNECTED   COMBAT   5243 LUMBAR DEGENERATIVE DISC DISEASE   20% from 06/01/2012',
    '8520 SCIATIC NERVE, RLE (SEC. TO 5243)   10% from 06/01/2012   100% 4.30 from 01/23/2024',
    '   40% from 05/02/2024   (PRIVATE SURGERY {64714} 01/23/2024; {64712} 03/14/2023 — 4.30 DENIED, UNTIMELY)',
    '8207 FACIAL NERVE, LEFT   10% from 05/02/2024',
    "NOT SERVICE CONNECTED   5279 MORTON'S NEUROMA, LEFT FOOT   NOT SEC. TO 8520",
    'COMBINED: 60% from 05/02/2024   ADDRESS ZIP [67037]   JOB ID RD-[53599]',
  ].join('\n'),
});

// ── 34. Decision notification letter, text layer ──
const notice = lines({
  id: 's197-notice',
  kind: 's197-decision-notification-letter-text',
  before: 'DEPARTMENT OF VETERANS AFFAIRS — Claims Intake Center — PO Box 4444, Janesville, WI 53547-4444',
  text: [
    'REUBEN A CASTELLANO, 1418 N SANDPIPER CT, DERBY KS [67037]-3306   In Reply Refer To: 452/214',
    'Your monthly entitlement amount is $1,361.88 effective June 1, 2024. Your retroactive payment for the',
    'temporary total period will be paid by direct deposit (trace no. [64612]).',
    'If you disagree: Higher-Level Review (VA Form 20-0996), Supplemental Claim (VA Form 20-0995), or Board',
    'Appeal (VA Form [10182]) within one year of the date of this letter.',
    'cc: Heartland Veterans Claims Alliance, PO Box [64445], Wichita, KS [67201]',
  ].join('\n'),
});

// ── 36. Payment history CSV export, text layer ──
const paymentsCsv = lines({
  id: 's197-paycsv',
  kind: 's197-vagov-payment-history-csv-export-text',
  before: 'payment_history.csv',
  text: [
    'pay_date,amount,type,trace,zip',
    '2024-09-11,7917.73,RETRO,[60817],[67037]',
    '2024-10-01,1361.88,RECUR,[61365],[67037]',
    '2025-05-14,4412.05,RETRO,[64612],[67037]',
    '2025-06-02,[12074].40,RETRO-BVA,[61895],[67037]',
  ].join('\n'),
});

// ── 37. Higher-level review request (VA Form 20-0996), text layer ──
const hlr = lines({
  id: 's197-hlr',
  kind: 's197-va-form-20-0996-higher-level-review-text',
  before: 'VA FORM 20-0996 DECISION REVIEW REQUEST: HIGHER-LEVEL REVIEW — Part III, Issues for review',
  text: [
    '1. 4.30 temporary total, surgery 03/14/2023 (open sciatic neurolysis, {64712}), decision date 09/05/2024',
    '   — convalescence ran to 06/05/2023, within one year before ITF; award the period 04/10/2023 to 07/01/2023.',
    "2. Morton's neuroma, left foot (treated {64632} x3) — examiner ignored gait evidence.",
    '3. Effective date of the 40% rating: EMG/NCS of 08/09/2022 ({95886} x2, {95911}) showed the increase before',
    '   surgery {64712}; factually ascertainable more than one year before the ITF. Mail: PO Box 4444, [53547]-4444.',
    'Informal conference: Yes — Representative: Lorraine Gutierrez, HVCA, 316-555-0188, ZIP [67208]',
  ].join('\n'),
});

// ── 38. Notice of Disagreement (VA Form 10182), text layer ──
const nod = lines({
  id: 's197-nod',
  kind: 's197-va-board-appeal-nod-form-text',
  before: 'DECISION REVIEW REQUEST: BOARD APPEAL (NOTICE OF DISAGREEMENT)',
  text: [
    "VA FORM [10182], JUL 2024   Mail to: Board of Veterans' Appeals, PO Box [27063], Washington, DC [20038]",
    '5. CURRENT ADDRESS: 1418 N SANDPIPER CT, DERBY KS [67037]',
    '10. Board review option: [X] Evidence Submission',
    '11. SPECIFIC ISSUE(S): Entitlement to a temporary total rating under 38 CFR 4.30 following the 03/14/2023',
    'right sciatic nerve surgery (CPT {64712}) for the period from 04/10/2023. HLR decision 01/14/2025.',
    'Also request priority (VA Form 20-[10207]) — financial hardship. HVCA case [64612].',
  ].join('\n'),
});

// ── 39. VA.gov appeal status, text layer ──
const appealStatus = lines({
  id: 's197-appealstatus',
  kind: 's197-vagov-appeal-status-page-text',
  before: 'VA.gov › Check your claims and appeals › Appeal of Temporary total rating',
  text: [
    'The Board is reviewing your appeal   Docket: Evidence submission   Your place: 14,208 of [38015]',
    'Evidence window closes: May 14, 2025 (90 days)   Issues on appeal: 4.30 rating, right sciatic nerve',
    'Need help? Your representative: Heartland Veterans Claims Alliance, Wichita KS [67201]',
    'Privacy Act request for your Board file: VA Form 20-[10206] — request no. [72481]',
    'AskVA inquiry A-20250311-[64714] answered 03/12/2025',
  ].join('\n'),
});

// ── 40. Board of Veterans' Appeals decision, text layer ──
const bva = lines({
  id: 's197-bva',
  kind: 's197-bva-decision-text',
  before: "BOARD OF VETERANS' APPEALS — DEPARTMENT OF VETERANS AFFAIRS — IN THE APPEAL OF REUBEN A. CASTELLANO",
  text: [
    'Docket No. 250214-[58769]   Represented by: Heartland Veterans Claims Alliance   Date: May 29, 2025',
    'FINDING OF FACT: Surgery on the service-connected right sciatic nerve on March 14, 2023, necessitated',
    'convalescence through June 30, 2023. The itemized statement reflects open neurolysis, CPT code {64712},',
    'billed with a 90-day global period, and the surgeon restricted weight bearing and driving.',
    'REASONS AND BASES: The record shows three prior sciatic nerve blocks (CPT {64445}), which are not surgery',
    'for purposes of 38 C.F.R. § 4.30, and a later lumbar plexus neuroplasty ({64714}) already compensated.',
    'The Veteran\'s itemized statement from the private provider lists, for March 14, 2023, a single line: "{64712}',
    'RT NEUROPLASTY MAJOR PERIPH NERVE SCIATIC $4,250.00." The examiner described the procedure as a "minor',
    'decompression." The Board finds the operative report, which documents open exposure from the piriformis',
    'to the gluteal crease, more probative. The billing of CPT code {64712} with modifier RT, and the separate',
    'billing of {64714} in January 2024, corroborate two open surgical procedures on the right sciatic nerve.',
    'The Board has considered the chemodenervation procedures ({64612}) and neurolytic injections ({64632}) but',
    'those issues are not before the Board. Mailing address of record: Derby, Kansas [67037].',
    'ORDER: A temporary total rating from April 10, 2023, to July 1, 2023, is granted. Citation Nr: A25031877',
  ].join('\n'),
});

// ── 41. Reddit r/VeteransBenefits thread, text layer ──
const reddit = lines({
  id: 's197-reddit',
  kind: 's197-reddit-veteransbenefits-thread-text',
  before: 'r/VeteransBenefits • Posted by u/derby_ssg_ret',
  text: [
    'BVA granted my 4.30 for a 2023 sciatic nerve surgery ({64712}) even though it was >1yr before my ITF',
    '412 upvotes · 88 comments · flair: BVA win · edit: retro hit today, [12074].40 deposited',
    "u/claimsnerd_kc: yep, the surgery date doesn't matter as much as when the convalescence period ends.",
    '   Had {64714} myself, got 2 months. Pro tip: get the op note, not just the bill with the CPT codes.',
    'u/anchorage_mom: my husband got Botox for the face ({64612}) and they rated it under 8207, 10%.',
    'u/medcoder_vet: coder here. {64712} is open neurolysis of the sciatic, {64445} is just a block. VA raters',
    "   don't read CPT but the BVA judge did in OP's case. {64632} (foot) has a 10-day global, no 4.30 there.",
    'u/vso_tb: reminder, VA Form [10182] is the NOD. Derby KS [67037] folks, the Wichita VSOs are free.',
  ].join('\n'),
});

// ── 42. Web search results, text layer ──
const search = lines({
  id: 's197-search',
  kind: 's197-web-search-results-page-text',
  before: 'cpt 64712 va disability 4.30 convalescence — All  News  Images — About 12,400 results',
  text: [
    'www.va.gov › disability › about-disability-ratings — Temporary disability rating | Veterans Affairs',
    'You may get a temporary 100% rating if you had surgery for a service-connected condition…',
    'www.bva.va.gov › decisions — Citation Nr: A25031877 … open neurolysis, CPT code {64712} … 90-day global',
    'www.va.gov › find-forms › about-form-[10182] — About VA Form [10182] | Veterans Affairs — Board Appeal',
    'aapc.com › codes › cpt-codes › {64712} — CPT® {64712}, Under Neuroplasty (Exploration, Neurolysis…',
    'reddit.com › r/VeteransBenefits › comments › 1d7k2q9 — BVA granted my 4.30 for a 2023 sciatic nerve…',
    'Related searches: 4.30 convalescence after {64714} · is a nerve block surgery {64445} · va 8520 40 percent',
  ].join('\n'),
});

// ── 42. VSO client intake form, text layer (decoy heavy) ──
const intake = lines({
  id: 's197-intake',
  kind: 's197-vso-client-intake-form-text',
  before: 'HEARTLAND VETERANS CLAIMS ALLIANCE — CLIENT INTAKE (page 1 of 3)',
  text: [
    'Case no.: [64612]   Opened: 04/10/2024   Intake by: L. Gutierrez   Office: Wichita East, ZIP [67208]',
    'Name: Castellano, Reuben A.   Branch: Army   Service: 06/2004 – 05/2012   DD-214 on file: Yes',
    'Home: 1418 N Sandpiper Ct, Derby KS [67037]   Previous: 2210 Custer Ave, Fort Riley KS [66442]',
    'Employer: Prairie Freight LLC, 4701 S Broadway, Wichita KS [67216]   Employee no. [41537]',
    'Private doctors: Flint Hills Nerve & Pain Institute (Wichita [67207]); PCP Derby Family Med, Derby KS [67037]',
    'Procedures vet lists (from his bills): {64445} x3, {64712}, {64714}, {64612} q3mo, {64632} x3',
    'VA care: Robert J. Dole VAMC, Wichita KS [67218] — last PCP visit 02/2024; Derby CBOC for Botox f/u',
    'Current SC: 30% combined. POA (VA Form 21-22) signed: Yes, code H7Q.',
  ].join('\n'),
});

// ── 43. Board evidence submission exhibit list, table ──
const exhibits = table({
  id: 's197-exhibits',
  kind: 's197-board-evidence-submission-exhibit-list-grid',
  caption: 'Evidence submitted within 90 days of VA Form 10182 — Evidence Submission docket — HVCA case 64612',
  headers: ['Exhibit', 'Bates range', 'Date', 'Author', 'Description'],
  rows: [
    [
      'A',
      'HVCA-[21830]–HVCA-[21877]',
      '03/14/2023',
      'A. Nwankwo, MD',
      'Operative report, open sciatic neurolysis {64712}-RT',
    ],
    [
      'B',
      'HVCA-[21893]–HVCA-[21930]',
      '01/23/2024',
      'A. Nwankwo, MD',
      'Operative report, lumbar plexus neuroplasty {64714}',
    ],
    [
      'C',
      'HVCA-[21955]–HVCA-[21968]',
      '06/10/2024',
      'Flint Hills billing',
      'Itemized statement: {64445} x3, {64712}, {64714}, {64612} x5, {64632} x3',
    ],
    ['D', 'HVCA-[21969]', '06/05/2023', 'Prairie Freight HR', 'Return-to-work letter after 03/14/2023 surgery'],
    ['E', 'HVCA-[21973]–HVCA-[21975]', '02/20/2025', 'M. Castellano', 'Lay statement, VA Form 21-[10210]'],
  ],
});

// ── 44. Representative's written brief to the Board, text layer ──
const brief = lines({
  id: 's197-brief',
  kind: 's197-representative-written-brief-to-board-text',
  before: 'WRITTEN BRIEF PRESENTATION — In the Appeal of Reuben A. Castellano — Evidence Submission docket',
  text: [
    'ISSUE: Entitlement to a temporary total evaluation under 38 C.F.R. § 4.30 following surgery on 03/14/2023.',
    '1. The 03/14/2023 surgery was open neurolysis of the right sciatic nerve, CPT {64712}, done in an ASC under',
    '   general anesthesia (anesthesia billed as {01250}), not an office injection like the earlier blocks ({64445}).',
    '2. The 90-day global period assigned to {64712} and to {64714} reflects the expected post-operative recovery.',
    '3. The examiner conflated the surgery with the blocks (global 000); see Exhibit C, HVCA-[21955].',
    '4. Per Exhibit D the Veteran returned to work 06/05/2023, after April 10, 2023 (ITF confirmation [47533]).',
    'Respectfully submitted, L. Gutierrez, Accredited Representative, HVCA, PO Box [64445], Wichita KS [67201]',
  ].join('\n'),
});

export const sealed197: Snippet[] = [
  ...itf,
  ...ez526,
  ...f4142,
  ...req4142a,
  ...roiLog,
  ...opNote,
  ...itemized,
  ...cms1500,
  ...x837,
  ...hl7,
  ...portalVisits,
  ...eob,
  ...fhirEob,
  ...stmt4138,
  ...lay,
  ...caseNotes,
  ...trackerCsv,
  ...checklist,
  ...conval,
  ...email,
  ...chat,
  ...claimStatus,
  ...vagovFiles,
  ...claimsApi,
  ...examLetter,
  ...examReq,
  ...cpReport,
  ...dbqNerves,
  ...dbqCranial,
  ...opinion,
  ...efolder,
  ...rating,
  ...codeSheet,
  ...notice,
  ...paymentsCsv,
  ...hlr,
  ...nod,
  ...appealStatus,
  ...bva,
  ...reddit,
  ...search,
  ...intake,
  ...exhibits,
  ...brief,
];
