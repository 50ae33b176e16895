import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 144 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s144-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too, also when they are answer choices of a quiz, a miskeyed line later reversed, a pick-list
 * row or another surgeon's case on a shared schedule. About a third of the decoys are numbers of the synthetic
 * 10,000-code set (KNOWN_10K) used as a PMS ticket, a fee schedule id, an X12 BHT reference, a billing-service
 * account, a case manager's extension, a course id and AGD approval number, a document control number, call
 * reference numbers, a check number, an 835 SE control number, an EOB form number, an ASC case number, a report job,
 * an auto-note template key, a chart number in a drug log, a PMS claim id, a clearinghouse tracking number, an
 * invoice, a course number, an imaging auth and order number, a superbill form number, a deposit slip and a batch.
 * The five known codes' digits come back as decoys: the patient's ZIP, the medical group number, the medical plan's
 * predetermination number and claims PO box, the dental administrator's claim number, a Botox vial lot and the
 * course sponsor's PO box. Other decoys: chart/account numbers, the practice and payer ZIPs, the dental group
 * number, the Botox NDC labeler (00023), an ICD-10 code written without its dot in an 837 HI segment (M26621),
 * X12 control numbers, chargemaster prices, payer and submitter ids, clearinghouse edit ids, audit encounter ids.
 *
 * Family: orofacial pain, TMJ disorders and dental-medical cross-coding around facial-nerve chemodenervation and
 * nerve blocks in an oral surgery office (one fictional patient, TMD myalgia with bruxism, EMG-guided Botox to
 * masseter and temporalis billed {64612} RT/LT, an auriculotemporal block first miskeyed as the sciatic 64445 and
 * reversed to 64400, a TMJ arthrocentesis): the dental PMS ledger with CDT beside its linked medical code, its
 * procedure code editor, medical code pick list, clinical auto-note, insurance aging, claim status window and day
 * sheet; the ADA claim form (sent to the dental plan with CPT on it) and the CMS-1500 for the same visit, the 837P
 * and the 835; the cross-coding worksheet and its notes; the medical plan's predetermination letter and decision
 * lines, the surgeon's letter of medical necessity, the FHIR predetermination Claim, the benefits verification call
 * sheet; the procedure note and its charge capture box; the dental benefits administrator's denial and EOB lines;
 * the medical plan's member EOB, clinical policy code table and policy update; a cross-coding course handout, its
 * quiz, look-alike code table and bootcamp syllabus; the shared ASC case schedule and chargemaster CSV; the Botox
 * vial log, fee schedule, patient statement, e-mail with the outsourced biller, clearinghouse chat and rejection
 * report, internal coding audit, imaging requisition and orofacial pain superbill.
 * Built on real public layouts: the ADA Dental Claim Form (2024, numbered fields 1–58), the NUCC CMS-1500 (02/12)
 * with its box numbers and shaded NDC line, X12 005010 837P and 835 segments (SBR, CLM, HI, SV1, CLP, SVC, CAS),
 * the FHIR R4 Claim resource as a predetermination, dental practice-management systems' ledger, procedure code
 * setup with medical cross-coding, day sheet and insurance aging reports, payer predetermination letters and
 * EOBs, and hospital/ASC price-transparency chargemaster CSVs. The others are written the way those pages read,
 * with no single source.
 *
 * 398 labelled tokens over 40 shapes: 254 codes, 144 decoys, 51 of the decoys in KNOWN_10K.
 */

// ── 1. Dental practice-management ledger, grid (CDT with a linked medical code column) ──
const ledger = table({
  id: 's144-ledger',
  kind: 's144-dental-pms-patient-ledger-grid',
  caption: 'Ledger — Hollis, Renata (Chart #30112)   Guarantor: Hollis, Renata   Billing type: Dental + Medical (TMD)',
  headers: ['Date', 'Code', 'Med Code', 'Description', 'Prov', 'Charges', 'Credits', 'Balance'],
  rows: [
    ['03/11/2025', 'D9310', '{99204}', 'Consultation / new patient visit, TMD', 'PN', '385.00', '', '385.00'],
    ['04/08/2025', 'D9999', '{64612}-RT', 'Chemodenervation masseter/temporalis RT', 'PN', '495.00', '', '880.00'],
    ['04/08/2025', 'D9999', '{64612}-LT', 'Chemodenervation masseter/temporalis LT', 'PN', '495.00', '', '1375.00'],
    ['04/08/2025', 'D9999', '{95874}', 'Needle EMG guidance w/ chemodenervation', 'PN', '145.00', '', '1520.00'],
    ['04/08/2025', 'D9610', 'J0585', 'OnabotulinumtoxinA, 100 units', 'PN', '1080.00', '', '2600.00'],
    ['04/08/2025', 'D9999', '{64445}-RT', 'Inj anes agent; sciatic nerve, single', 'AM', '310.00', '', '2910.00'],
    ['04/09/2025', 'D9999', '{64445}-RT', 'REVERSAL — wrong med code keyed', 'AM', '', '310.00', '2600.00'],
    [
      '04/09/2025',
      'D9999',
      '{64400}-RT',
      'Inj anes agent; trigeminal nerve, any branch',
      'AM',
      '310.00',
      '',
      '2910.00',
    ],
    ['04/08/2025', 'D7870', '{20605}-RT', 'Arthrocentesis, TMJ, right', 'AM', '385.00', '', '3295.00'],
    ['04/22/2025', 'D7880', '{21085}', 'Occlusal orthotic device, by report', 'PN', '1450.00', '', '4745.00'],
    ['05/06/2025', 'INSPAY', '', 'Heartland Mutual EFT — claim [30112]-0408', '', '', '1874.60', '2870.40'],
  ],
});

// ── 2. PMS procedure code editor screen, text layer ──
const codeEditor = lines({
  id: 's144-codeedit',
  kind: 's144-dental-pms-procedure-code-editor-screen-text',
  before: 'Office Manager > Maintenance > Practice Setup > Procedure Code Setup > Edit Procedure Code',
  text: [
    'ADA Code: D9999   Description: TMD chemodenervation (masseter/temporalis)   Abbrev: BTX-TMD',
    'Procedure Category: Adjunctive   Treatment Area: Mouth   Paint Type: None   Fee Schedule 1 (UCR): 495.00',
    '[X] Medical Crosscoding   Medical Code: {64612}   Modifier 1: RT/LT (prompt)   Units: 1   POS: 11',
    'Diagnosis 1: M79.18   Diagnosis 2: G47.63   Diagnosis 3: M26.621   Narrative template: TMD-BTX-02',
    'Add-on link: {95874} (EMG guidance)   Drug link: J0585 per unit   NDC [00023]-3921-01',
    'Last edited by: jkrause  04/09/2025 08:14  (was Medical Code {64615} — changed per coder review, ticket [62609])',
    'Code ID (internal): [40713]   Fee schedule ID: [10526]   Sort order: 9999-04',
  ].join('\n'),
});

// ── 3. PMS medical code pick list after typing "64", grid ──
const picker = table({
  id: 's144-picker',
  kind: 's144-dental-pms-medical-code-picklist-grid',
  caption: 'Select Medical Code — search: "64"  (CPT® 2025 code set, 8 of 212 shown)',
  headers: ['Code', 'Short Description', 'Type', 'Global', 'Fav'],
  rows: [
    ['{64400}', 'N block inj trigeminal', 'CPT', '000', '★'],
    ['{64445}', 'N block inj sciatic sngl', 'CPT', '000', ''],
    ['{64600}', 'Injection treatment of nerve', 'CPT', '010', '★'],
    ['{64612}', 'Destroy nerve face muscle', 'CPT', '010', '★'],
    ['{64632}', 'N block inj common digit', 'CPT', '010', ''],
    ['{64712}', 'Revision of sciatic nerve', 'CPT', '090', ''],
    ['{64714}', 'Revise low back nerve(s)', 'CPT', '090', ''],
    ['{64716}', 'Revision of cranial nerve', 'CPT', '090', ''],
  ],
});

// ── 4. ADA 2024 dental claim form, text layer (office sent medical codes on it) ──
const adaForm = lines({
  id: 's144-ada',
  kind: 's144-ada-dental-claim-form-pdf-text',
  before: 'ADA American Dental Association® Dental Claim Form © 2024',
  text: [
    '1. Type of Transaction: [X] Statement of Actual Services  2. Predetermination/Preauthorization Number: PD-[64632]',
    '3. Company/Plan Name, Address, City, State, Zip Code: Summit Dental Benefits Administrators, PO Box 6120,',
    '   Westerville, OH [43086]',
    '12. Policyholder/Subscriber Name: Renata Hollis, 22 Quarry Ln, Cloverport, MO [64712]',
    '13. Date of Birth: 03/17/1986  14. Gender: F  15. Policyholder/Subscriber ID: 880417552',
    '16. Plan/Group Number: [21084]   17. Employer Name: Tri-County Rural Electric Cooperative',
    '24. 04/08/2025 25. — 26. — 27. — 28. — 29. {64612} 29a. A 29b. 1 30. Chemodenervation masseter/temp RT 31. 495.00',
    '24. 04/08/2025 25. — 26. — 27. — 28. — 29. {64612} 29a. A 29b. 1 30. Chemodenervation masseter/temp LT 31. 495.00',
    '24. 04/08/2025 25. — 26. — 27. — 28. — 29. {64400} 29a. B 29b. 1 30. Auriculotemporal n block RT 31. 310.00',
    '24. 04/08/2025 25. 00 26. JP 27. — 28. — 29. D7870 29a. C 29b. 1 30. Arthrocentesis 31. 385.00',
    '34. Diagnosis Code List Qualifier: AB   34a. A M79.18  B G50.1  C M26.621  D G47.63',
    '35. Remarks: Medical CPT {64612} x2 (RT, LT) and {64400} listed for coordination; see predetermination on file.',
    '48. Billing Dentist: Kestrel Bay Oral & Facial Surgery, P.C., 1180 Larkspur Ave Ste 210, Brenner Falls, MO [64154]',
    '49. NPI 1639204817  50. License 2009031174  51. SSN or TIN 43-1187265  52. Phone (816) 555-0147  52a. [71530]',
    '53. Patient/Account #: [30112]   54. NPI 1467823091   56a. Provider Specialty Code: 1223S0112X',
  ].join('\n'),
});

// ── 5. CMS-1500 for the same visit, text layer ──
const cms1500 = lines({
  id: 's144-1500',
  kind: 's144-cms1500-claim-form-pdf-text',
  before: 'HEALTH INSURANCE CLAIM FORM  APPROVED BY NATIONAL UNIFORM CLAIM COMMITTEE (NUCC) 02/12',
  text: [
    'HEARTLAND MUTUAL HEALTH PLAN  CLAIMS  PO BOX [64612]  KANSAS CITY MO [64141]',
    "1a. INSURED'S I.D. NUMBER HMU884417203   2. PATIENT'S NAME HOLLIS, RENATA   3. 03 17 1986 F",
    "5. PATIENT'S ADDRESS 22 QUARRY LN  CLOVERPORT  MO  ZIP CODE [64712]  TELEPHONE (660) 555 0193",
    "11. INSURED'S POLICY GROUP OR FECA NUMBER [64445]   c. INSURANCE PLAN NAME HEARTLAND CHOICE PPO",
    '21. ICD Ind. 0   A. M79.18   B. G50.1   C. M26.621   D. G47.63',
    '23. PRIOR AUTHORIZATION NUMBER PD[64632]',
    '24. 1  04 08 25  04 08 25  11    {64612}  RT      A  495 00  1  NPI 1467823091',
    '24. 2  04 08 25  04 08 25  11    {64612}  LT      A  495 00  1  NPI 1467823091',
    '24. 3  04 08 25  04 08 25  11    {95874}          A  145 00  1  NPI 1467823091',
    'N400023392101 UN100',
    '24. 4  04 08 25  04 08 25  11    J0585            A  1080 00  100  NPI 1467823091',
    '24. 5  04 08 25  04 08 25  11    {64400}  RT      B  310 00  1  NPI 1467823091',
    '24. 6  04 08 25  04 08 25  11    {20605}  RT      C  385 00  1  NPI 1467823091',
    "25. FEDERAL TAX I.D. 43-1187265 EIN   26. PATIENT'S ACCOUNT NO. [30112]-0408   28. TOTAL CHARGE 2910 00",
    '32. KESTREL BAY ORAL & FACIAL SURGERY  1180 LARKSPUR AVE STE 210  BRENNER FALLS MO [64154]',
    '33. BILLING PROVIDER INFO & PH # (816) 555 0147  KESTREL BAY ORAL & FACIAL SURGERY PC  BRENNER FALLS MO 641541042',
  ].join('\n'),
});

// ── 6. 837P the clearinghouse built from that CMS-1500, X12 text ──
const x837 = lines({
  id: 's144-837',
  kind: 's144-x12-837p-professional-claim-text',
  before: 'Clearinghouse > Claim detail > View raw X12 (batch KB0409-2)',
  text: [
    'BHT*0019*00*[52420]*20250409*1130*CH~',
    'NM1*85*2*KESTREL BAY ORAL & FACIAL SURGERY PC*****XX*1639204817~N4*BRENNER FALLS*MO*641541042~',
    'SBR*P*18*[64445]******CI~NM1*IL*1*HOLLIS*RENATA****MI*HMU884417203~N4*CLOVERPORT*MO*[64712]~',
    'CLM*[30112]-0408*2910***11:B:1*Y*A*Y*Y~REF*G1*PD[64632]~HI*ABK:M7918*ABF:G501*ABF:M[26621]*ABF:G4763~',
    'LX*1~SV1*HC:{64612}:RT*495*UN*1***1~DTP*472*D8*20250408~',
    'LX*2~SV1*HC:{64612}:LT*495*UN*1***1~DTP*472*D8*20250408~',
    'LX*3~SV1*HC:{95874}*145*UN*1***1~DTP*472*D8*20250408~',
    'LX*4~SV1*HC:J0585*1080*UN*100***1~LIN**N4*00023392101~CTP****100*UN~',
    'LX*5~SV1*HC:{64400}:RT*310*UN*1***2~DTP*472*D8*20250408~',
    'LX*6~SV1*HC:{20605}:RT*385*UN*1***3~DTP*472*D8*20250408~',
    'SE*41*[70595]~GE*1*[70595]~',
  ].join('\n'),
});

// ── 7. Cross-coding worksheet, grid ──
const xwalk = table({
  id: 's144-xwalk',
  kind: 's144-cdt-cpt-icd-crosscoding-worksheet-grid',
  caption: 'Kestrel Bay — TMD/Orofacial Pain Cross-Coding Worksheet (rev. 02/2025, billing service job [81543])',
  headers: ['Service', 'CDT', 'CPT', 'Modifier', 'ICD-10-CM', 'Medical fee', 'Notes'],
  rows: [
    [
      'New pt TMD evaluation',
      'D9310 / D0150',
      '{99204}',
      '',
      'M26.621, M79.18',
      '385.00',
      'Consult codes: payer-specific',
    ],
    [
      'Botox masseter/temporalis',
      'D9999',
      '{64612}',
      'RT / LT',
      'M79.18, G47.63',
      '495.00 ea side',
      'Two lines, not modifier 50',
    ],
    ['EMG guidance', '—', '{95874}', '', '', '145.00', 'Once per session'],
    ['Auriculotemporal/infraorbital block', 'D9999', '{64400}', 'RT / LT', 'G50.1, M26.621', '310.00', 'NOT {64445}'],
    ['TMJ arthrocentesis', 'D7870', '{20605}', 'RT / LT', 'M26.621', '385.00', 'US guidance billed separately'],
    ['Occlusal orthotic device', 'D7880', '{21085}', '', 'M26.621, G47.63', '1450.00', 'E1399 for some plans'],
    ['Neurolysis, infraorbital/mental branch', '—', '{64600}', 'RT / LT', 'G50.0', '640.00', 'Check branch in note'],
  ],
});

// ── 8. Cross-coding worksheet, notes page text layer ──
const xwalkNotes = lines({
  id: 's144-xwalknotes',
  kind: 's144-crosscoding-worksheet-notes-text',
  before: 'Worksheet notes (page 2 of 2)',
  text: [
    '1. Heartland Mutual (group [64445]) requires predetermination for {64612} and for {20605} when billed with {64400}.',
    '3. Summit Dental (group [21084]) does not process CPT; send D7880 to Summit only after the medical denial.',
    '4. Keep the 64 nerve codes apart: {64400} trigeminal, {64405} occipital, {64445} sciatic (never ours).',
    '5. Billing service contact: Prairie Cross-Code LLC, 400 Main St, Liberty, MO [64068], ref acct [22415].',
    '6. The practice ZIP on every form is [64154]; patient Hollis ZIP is [64712] — do not swap them in box 32.',
  ].join('\n'),
});

// ── 9. Medical plan's predetermination letter, text layer ──
const predLetter = lines({
  id: 's144-predletter',
  kind: 's144-medical-plan-predetermination-letter-text',
  before: 'Heartland Mutual Health Plan — Utilization Management — March 27, 2025',
  text: [
    'Kestrel Bay Oral & Facial Surgery, P.C., 1180 Larkspur Ave Ste 210, Brenner Falls, MO [64154]',
    'Member: Renata Hollis   Member ID: HMU884417203   Group: [64445]   Predetermination #: PD-[64632]',
    'Request received: 03/18/2025   Requesting provider: Priya Natarajan, DMD, MS   Case manager ext. [41571]',
    'Dear Dr. Natarajan: We have completed our review of your request for the following services:',
    'Chemodenervation of muscle(s) innervated by the facial nerve, unilateral (CPT {64612}), right and left, one',
    'session, with needle EMG guidance ({95874}) and onabotulinumtoxinA up to 100 units (J0585).',
    'Injection, anesthetic agent; trigeminal nerve, any division or branch ({64400}), right.',
    'Arthrocentesis, intermediate joint ({20605}), right temporomandibular joint.',
    'Determination: APPROVED for dates of service 03/27/2025 through 06/25/2025. Approval of {64612} is based on',
    'documented failure of three months of occlusal splint therapy and physical therapy ({97140}, {97110}).',
    'This is not a guarantee of payment; benefits are',
    'subject to eligibility and plan terms on the date of service.',
    'Appeals: Heartland Mutual, Attn: Appeals Unit, PO Box [64612], Kansas City, MO [64141]. Fax (816) 555-0110.',
  ].join('\n'),
});

// ── 10. Predetermination decision table inside the letter, grid ──
const predGrid = table({
  id: 's144-predgrid',
  kind: 's144-predetermination-decision-line-grid',
  caption: 'Summary of determination — PD-64632',
  headers: ['Line', 'Procedure', 'Mod', 'Units', 'Decision', 'Reason'],
  rows: [
    ['1', '{64612}', 'RT', '1', 'Approved', 'A01'],
    ['2', '{64612}', 'LT', '1', 'Approved', 'A01'],
    ['3', '{95874}', '', '2', 'Approved', 'A01'],
    ['4', 'J0585', '', '100', 'Approved', 'A01'],
    ['5', '{64400}', 'RT', '1', 'Approved', 'A03'],
    ['6', '{20605}', 'RT', '1', 'Approved', 'A03'],
    ['7', '{21085}', '', '1', 'Not covered', 'X17 dental appliance'],
  ],
});

// ── 11. Oral surgeon's operative / procedure note, text layer ──
const opNote = lines({
  id: 's144-opnote',
  kind: 's144-oral-surgery-procedure-note-text',
  before: 'PROCEDURE NOTE — Kestrel Bay Oral & Facial Surgery — DOS 04/08/2025 — Pt: HOLLIS, Renata  DOB 03/17/1986',
  text: [
    'Preoperative diagnosis: Myofascial pain of masticatory muscles (M79.18); sleep bruxism (G47.63); right TMJ',
    'arthralgia (M26.621); right auriculotemporal neuralgia (G50.1).  MRN [30112]   Encounter [92480]',
    'Procedures: 1) Chemodenervation, bilateral masseter and anterior temporalis, EMG-guided. 2) Right',
    'auriculotemporal nerve block. 3) Right TMJ arthrocentesis with lavage.',
    'Anesthesia: local only (2% lidocaine 1:100,000 epi, 1.8 mL for block). Consent signed, Botox lot C[64714]C3.',
    'OnabotulinumtoxinA 100 U reconstituted in 2 mL NS. Masseter 25 U each side (3 sites), temporalis 15 U each',
    'side (3 sites); 20 U discarded, documented JW. EMG confirmed motor unit activity before each injection.',
    'Auriculotemporal nerve located anterior to tragus; 1.8 mL deposited after negative aspiration.',
    'Right TMJ: two 18-gauge needles in superior joint space, 100 mL LR lavage, 1 mL Kenalog-40 at close.',
    'Estimated blood loss: minimal. Complications: none. Patient tolerated well; to follow up 05/06/2025.',
    'Electronically signed: Alden Marsh, DDS, MD  04/08/2025 16:42   Note ID [13247]',
  ].join('\n'),
});

// ── 12. Coding summary box at the end of the op note, grid ──
const opCoding = table({
  id: 's144-opcoding',
  kind: 's144-procedure-note-coding-summary-box-grid',
  caption: 'CHARGE CAPTURE — reviewed by J. Krause, CPC, 04/09/2025',
  headers: ['CPT/HCPCS', 'Mod', 'Dx pointer', 'Units', 'Side', 'Charge'],
  rows: [
    ['{64612}', 'RT', 'A, D', '1', 'Right', '$495.00'],
    ['{64612}', 'LT', 'A, D', '1', 'Left', '$495.00'],
    ['{95874}', '', 'A', '1', '—', '$145.00'],
    ['J0585', 'JZ', 'A', '80', '—', '$864.00'],
    ['J0585', 'JW', 'A', '20', '—', '$216.00'],
    ['{64400}', 'RT', 'B', '1', 'Right', '$310.00'],
    ['{20605}', 'RT', 'C', '1', 'Right', '$385.00'],
  ],
});

// ── 13. Cross-coding course handout, prose text layer ──
const handout = lines({
  id: 's144-handout',
  kind: 's144-crosscoding-course-handout-text',
  before: 'Prairie Dental-Medical Billing Institute — Module 4: Chemodenervation & Nerve Blocks in the Dental Office',
  text: [
    'Botox for TMD/bruxism: most dental cross-coding courses teach CPT {64612} (chemodenervation of muscles',
    'innervated by the facial nerve, unilateral). Be aware: the masseter and temporalis are supplied by V3 of the',
    'trigeminal nerve, and some payers deny {64612} for them or ask for {64999} with a cover letter.',
    'Never use {64615} unless the diagnosis is chronic migraine (G43.7-) and the PREEMPT pattern was injected.',
    'Nerve blocks: infraorbital, mental, inferior alveolar, auriculotemporal all → {64400}. Greater occipital → {64405}.',
    'CPT {64445} is the SCIATIC nerve. It sits two lines under {64400} in most pick lists — and under {64450}.',
    'Neurolysis of trigeminal branches → {64600}. {64632} is the plantar common digital nerve (Morton neuroma).',
    'Neuroplasty of a cranial nerve → {64716}. Neighbours {64712} (sciatic) and {64714} (lumbar plexus) are never',
    'dental codes; if you see them on a dental office claim, someone scrolled too far.',
    'Course ID PDMBI-[12980]   AGD PACE approval [22650]   2.0 CE   © 2025 PDMBI, PO Box [64632], Lee’s Summit, MO',
  ].join('\n'),
});

// ── 14. Handout quiz with answer key, text layer ──
const quiz = lines({
  id: 's144-quiz',
  kind: 's144-crosscoding-course-quiz-answer-key-text',
  before: 'Module 4 — Check your understanding (answers on the back)',
  text: [
    'Q1. Botox to both masseters in one session. Which lines? A) {64612} x2 RT/LT  B) {64612}-50  C) {64616}  D) {64445}',
    'Q2. Right infraorbital nerve block for diagnosis: A) {64445}  B) {64400}  C) {64450}  D) D9215',
    'Q3. Alcohol neurolysis of the mental nerve: A) {64632}  B) {64600}  C) {64612}  D) {64736}',
    'Answers: 1-A ({64612} twice), 2-B ({64400}), 3-B ({64600}).',
    'Quiz form [32514]   Pass mark 2 of 3   Submit at pdmbi.example/ce/[32514]',
  ].join('\n'),
});

// ── 15. Handout look-alike code table, grid ──
const lookalike = table({
  id: 's144-lookalike',
  kind: 's144-course-handout-lookalike-code-grid',
  caption: 'Table 4-2. Look-alike codes that end up on dental-office claims',
  headers: ['You meant', 'What it is', 'Keyed instead', 'What that is', 'Seen in audits'],
  rows: [
    ['{64400}', 'Trigeminal nerve block, any branch', '{64445}', 'Sciatic nerve block, single', '31%'],
    ['{64600}', 'Neurolysis, trigeminal branches', '{64632}', 'Neurolysis, plantar digital nerve', '9%'],
    ['{64612}', 'Chemodenervation, facial-nerve muscles', '{64615}', 'Chemodenervation for chronic migraine', '18%'],
    ['{64716}', 'Neuroplasty, cranial nerve', '{64712}', 'Neuroplasty, sciatic nerve', '4%'],
    ['{64716}', 'Neuroplasty, cranial nerve', '{64714}', 'Neuroplasty, lumbar plexus', '3%'],
  ],
});

// ── 16. Dental benefits administrator's denial letter, text layer ──
const dentalDenial = lines({
  id: 's144-dendenial',
  kind: 's144-dental-benefits-administrator-denial-letter-text',
  before: 'Summit Dental Benefits Administrators — PO Box 6120 — Westerville, OH 43086 — May 2, 2025',
  text: [
    'Renata Hollis, 22 Quarry Ln, Cloverport, MO [64712]   Subscriber ID 880417552   Group [21084]',
    'Claim #: [64714]-2025-D   Document control no. [91538]   Received 04/14/2025   Provider: Kestrel Bay OFS',
    'NOTICE OF ADVERSE BENEFIT DETERMINATION',
    'We did not approve payment for the services listed below, billed on 04/14/2025 for date of service 04/08/2025.',
    'Procedure {64612} (billed twice) and procedure {64400}: these are medical (CPT®) procedure codes. Your dental',
    'plan covers only services reported with CDT codes. Please ask your provider to submit them to your medical',
    'carrier. Remark DN17.',
    'Procedure D7870 (arthrocentesis): Temporomandibular joint treatment is excluded under Section 7.4 of the',
    'Tri-County Rural Electric Cooperative dental plan (group [21084] on your ID card). Remark TM02.',
    'You have 180 days to appeal: Summit Dental Appeals, PO Box 6120, Westerville, OH [43086], or call 1-800-555-0162',
    '(TTY 711). Reference [53116] when you call.',
  ].join('\n'),
});

// ── 17. Dental EOB detail lines, grid ──
const dentalEob = table({
  id: 's144-denteob',
  kind: 's144-dental-eob-detail-lines-grid',
  caption: 'Explanation of Benefits — claim 64714-2025-D — patient Renata Hollis',
  headers: ['Svc date', 'Tooth', 'Proc', 'Submitted', 'Allowed', 'Plan paid', 'Patient', 'Remark'],
  rows: [
    ['04/08/2025', '', '{64612}', '495.00', '0.00', '0.00', '0.00', 'DN17'],
    ['04/08/2025', '', '{64612}', '495.00', '0.00', '0.00', '0.00', 'DN17'],
    ['04/08/2025', '', '{64400}', '310.00', '0.00', '0.00', '0.00', 'DN17'],
    ['04/08/2025', '', 'D7870', '385.00', '0.00', '0.00', '385.00', 'TM02'],
    ['Totals', '', '', '1685.00', '0.00', '0.00', '385.00', 'Check/EFT [72540] — $0.00'],
  ],
});

// ── 18. Medical 835 remittance, X12 text ──
const era835 = lines({
  id: 's144-835',
  kind: 's144-x12-835-medical-remittance-text',
  before: 'Clearinghouse > ERA > Heartland Mutual 05/06/2025 > Raw 835',
  text: [
    'BPR*I*1874.6*C*ACH*CCP*01*101000695*DA*4471190233*1431187265**01*101100029*DA*6671203384*20250506~',
    'TRN*1*EFT0000481543*1431187265~N1*PR*HEARTLAND MUTUAL HEALTH PLAN~N4*KANSAS CITY*MO*[64141]~',
    'N1*PE*KESTREL BAY ORAL & FACIAL SURGERY PC*XX*1639204817~N4*BRENNER FALLS*MO*[64154]~',
    'CLP*[30112]-0408*1*2910*1874.6*310*12*412509870059401*11*1~NM1*QC*1*HOLLIS*RENATA****MI*HMU884417203~',
    'SVC*HC:{64612}:RT*495*372.15**1~DTM*472*20250408~CAS*CO*45*122.85~AMT*B6*372.15~',
    'SVC*HC:{64612}:LT*495*372.15**1~DTM*472*20250408~CAS*CO*45*122.85~AMT*B6*372.15~',
    'SVC*HC:{95874}*145*98.40**1~DTM*472*20250408~CAS*CO*45*46.6~',
    'SVC*HC:J0585*1080*702**100~CAS*CO*45*378~',
    'SVC*HC:{64400}:RT*310*0**1~CAS*PR*3*40*PR*1*270~LQ*HE*N130~',
    'SVC*HC:{20605}:RT*385*329.90**1~CAS*CO*45*55.1~',
    'PLB*1431187265*20251231*L6:[30112]*0~SE*38*[63144]~',
  ].join('\n'),
});

// ── 19. Medical plan member EOB, text layer ──
const memberEob = lines({
  id: 's144-membereob',
  kind: 's144-medical-plan-member-eob-text',
  before: 'Heartland Mutual — This is not a bill — Explanation of Benefits for Renata Hollis',
  text: [
    'Member ID HMU884417203   Claim 412509870059401   Provider: Kestrel Bay Oral & Facial Surgery',
    '04/08/25 Chemodenervation, face muscles (CPT {64612}) right   billed $495.00   plan paid $372.15   you owe $0.00',
    '04/08/25 Chemodenervation, face muscles (CPT {64612}) left    billed $495.00   plan paid $372.15   you owe $0.00',
    '04/08/25 Muscle test guidance (CPT {95874})                billed $145.00   plan paid $98.40    you owe $0.00',
    '04/08/25 Nerve block injection (CPT {64400})               billed $310.00   plan paid $0.00     you owe $310.00',
    '04/08/25 Joint aspiration/injection (CPT {20605})          billed $385.00   plan paid $329.90   you owe $0.00',
    'Your deductible: $1,500.00 in network; met so far $1,500.00 after this claim. Questions? Call 1-800-555-0131.',
    'Plan form HM-EOB-[20645] (rev 01/25).',
  ].join('\n'),
});

// ── 20. Ambulatory surgery center shared daily case schedule, grid ──
const ascSchedule = table({
  id: 's144-ascsched',
  kind: 's144-asc-daily-case-schedule-grid',
  caption: 'Northland Surgery Center — OR schedule Thursday 05/15/2025 — 3300 NE Barry Rd, Brenner Falls, MO 64154',
  headers: ['Time', 'OR', 'Surgeon', 'Procedure', 'CPT', 'Anes', 'Block', 'Case #'],
  rows: [
    ['07:30', '1', 'Marsh, A. (OMS)', 'TMJ arthroscopy, lysis & lavage, R', '{29804}', 'GA', '—', '[50577]'],
    ['09:15', '1', 'Marsh, A. (OMS)', 'TMJ arthroscopy, diagnostic, L', '{29800}', 'MAC', '—', '[50578]'],
    [
      '10:30',
      '2',
      'Okafor, B. (Podiatry)',
      'Neurolysis plantar digital n., 3rd IS',
      '{64632}',
      'MAC',
      '{64445}',
      '[50579]',
    ],
    ['11:45', '2', 'Okafor, B. (Podiatry)', 'Bunionectomy, L', '{28296}', 'GA', '{64445}', '[50580]'],
    ['13:00', '3', 'Lindqvist, E. (Ortho)', 'Neuroplasty sciatic nerve, R', '{64712}', 'GA', '—', '[50581]'],
    ['14:45', '3', 'Lindqvist, E. (Ortho)', 'Neuroplasty lumbar plexus', '{64714}', 'GA', '—', '[50582]'],
    ['15:30', '1', 'Marsh, A. (OMS)', 'Arthrocentesis TMJ + manipulation under anes.', '{21073}', 'IV', '—', '[50583]'],
  ],
});

// ── 21. ASC chargemaster CSV export, text layer ──
const ascCdm = lines({
  id: 's144-asccdm',
  kind: 's144-asc-chargemaster-csv-export-text',
  before: 'NSC_CDM_2025Q2.csv (exported 04/30/2025 by finance)',
  text: [
    'REV_CD,CPT_HCPCS,DESCRIPTION,GROSS_CHARGE,MIN_NEG,MAX_NEG,EFF_DATE',
    '0360,{29804},ARTHROSCOPY TMJ SURGICAL,[12450].00,4110.00,9870.00,2025-04-01',
    '0360,{29800},ARTHROSCOPY TMJ DIAGNOSTIC,8720.00,2985.00,7040.00,2025-04-01',
    '0360,{21073},MANIPULATION TMJ W ANESTHESIA,4980.00,1760.00,3920.00,2025-04-01',
    '0360,{64632},DESTRUCTION PLANTAR DIGITAL NERVE,3340.00,1180.00,2760.00,2025-04-01',
    '0360,{64712},NEUROPLASTY SCIATIC NERVE,[14280].00,5120.00,[11370].00,2025-04-01',
    '0360,{64714},NEUROPLASTY LUMBAR PLEXUS,[15960].00,5640.00,[12615].00,2025-04-01',
    '0370,{64445},NERVE BLOCK SCIATIC SINGLE,1180.00,410.00,960.00,2025-04-01',
    '0360,{64612},CHEMODENERVATION FACIAL NERVE MUSCLES,1640.00,520.00,1310.00,2025-04-01',
  ].join('\n'),
});

// ── 22. PMS insurance aging report, text layer ──
const aging = lines({
  id: 's144-aging',
  kind: 's144-dental-pms-insurance-aging-report-text',
  before: 'Insurance Aging Report — Kestrel Bay OFS — as of 05/01/2025 — Medical claims only',
  text: [
    'Carrier: Heartland Mutual Health Plan  (Kansas City MO)  Payer ID [47198]',
    '  Hollis, Renata     #[30112]   04/08/2025   {64612}x2 {95874} J0585 {64400} {20605}   2910.00   0-30',
    '  Pruett, Dale       #[30257]   03/04/2025   {64400} {64405}                          620.00    31-60',
    'Carrier: Summit Dental Benefits Administrators  Payer ID CX014  Group [21084]',
    'Totals: 2 claims   3530.00   Report run by jkrause  job [33370]',
  ].join('\n'),
});

// ── 23. PMS clinical note template (auto-note), text layer ──
const autoNote = lines({
  id: 's144-autonote',
  kind: 's144-dental-pms-clinical-autonote-template-text',
  before: 'Clinical Notes > Templates > TMD — Botox + block (template ID BTX-TMD-02)',
  text: [
    'Pt presents for <<chemodenervation>> of masseter/temporalis, <<RT/LT>>. Dx <<M79.18>> <<G47.63>>.',
    'Units: masseter <<25>> U, temporalis <<15>> U per side. EMG guidance used [Y/N]. Wastage <<20>> U (JW).',
    'Billing prompt: post {64612} per side with RT/LT; post {95874} once; post J0585 per unit.',
    'If nerve block done: post {64400} (trigeminal branch) — the template no longer offers {64445}.',
    'Template owner: P. Natarajan   Last revised 04/09/2025   Template key [61480]',
  ].join('\n'),
});

// ── 24. Botulinum toxin inventory and administration log, grid ──
const botoxLog = table({
  id: 's144-botoxlog',
  kind: 's144-botulinum-toxin-vial-log-grid',
  caption: 'Controlled/High-Cost Drug Log — OnabotulinumtoxinA 100 U vials — NDC 00023-3921-01',
  headers: ['Date', 'Vial lot', 'NDC', 'Chart #', 'CPT', 'Units given', 'Units wasted', 'Initials'],
  rows: [
    ['04/08/2025', 'C[64714]C3', '[00023]-3921-01', '[30112]', '{64612} RT/LT', '80', '20', 'PN/JK'],
    ['04/10/2025', 'C[64714]C3', '[00023]-3921-01', '[30257]', '{64612} RT', '40', '60', 'PN'],
    ['04/17/2025', 'C[70181]C1', '[00023]-3921-01', '[29871]', '{64615}', '155', '45', 'PN'],
  ],
});

// ── 25. Letter of medical necessity from the oral surgeon, text layer ──
const lmn = lines({
  id: 's144-lmn',
  kind: 's144-letter-of-medical-necessity-text',
  before:
    'Kestrel Bay Oral & Facial Surgery, P.C. — 1180 Larkspur Ave, Ste 210 — Brenner Falls, MO 64154 — March 18, 2025',
  text: [
    'To: Heartland Mutual Health Plan, Utilization Management, PO Box [64612], Kansas City, MO [64141]',
    'Re: Renata Hollis, DOB 03/17/1986, Member HMU884417203',
    'Ms. Hollis has had bilateral masticatory myofascial pain with sleep bruxism since 2022. She has completed an',
    'occlusal orthotic (delivered 11/2024), twelve visits of physical therapy and',
    'trigger point injections without lasting relief. Pain scores remain 7/10.',
    'I request predetermination for EMG-guided chemodenervation of the masseter and temporalis, right and left',
    '(CPT {64612} RT and {64612} LT, with {95874}), a diagnostic right auriculotemporal nerve block ({64400}),',
    'and right TMJ arthrocentesis ({20605}). MRI of the TMJs ({70336}, 01/14/2025) showed no internal derangement.',
    'Sincerely, Alden Marsh, DDS, MD, Diplomate ABOMS   Office reference [22781]',
  ].join('\n'),
});

// ── 26. Medical plan's clinical policy code table, grid ──
const policyTable = table({
  id: 's144-policytable',
  kind: 's144-payer-clinical-policy-code-table-grid',
  caption:
    'Heartland Mutual Clinical Policy CP-MED-114 Botulinum Toxins & Peripheral Nerve Procedures — Appendix A: Codes',
  headers: ['Code', 'Description', 'Predetermination', 'Covered diagnoses (examples)'],
  rows: [
    [
      '{64612}',
      'Chemodenervation, facial nerve muscles, unilateral',
      'Required',
      'G51.3, G24.5, G24.4; M79.18 w/ criteria',
    ],
    ['{64615}', 'Chemodenervation for chronic migraine', 'Required', 'G43.709, G43.719'],
    ['{64400}', 'Injection, trigeminal nerve, any branch', 'Required w/ {20605}', 'G50.0, G50.1, G50.8'],
    ['{64445}', 'Injection, sciatic nerve, single', 'Not required', 'Perioperative'],
    ['{64632}', 'Destruction, plantar common digital nerve', 'Required', 'G57.60–G57.63'],
    ['{64712}', 'Neuroplasty, sciatic nerve', 'Required', 'G57.00–G57.03'],
    ['{64714}', 'Neuroplasty, lumbar plexus', 'Required', 'G54.1'],
  ],
});

// ── 27. Payer policy bulletin prose, text layer ──
const policyProse = lines({
  id: 's144-policyprose',
  kind: 's144-payer-policy-update-bulletin-text',
  before: 'Heartland Mutual Provider Update — Policy CP-MED-114 revised effective 04/01/2025',
  text: [
    'What changed: For temporomandibular disorders, chemodenervation ({64612}) of the masseter and temporalis is',
    'now reviewed under criteria section 4.3 (failed splint and PT). Claims from dental offices must carry the',
    'predetermination number in box 23 / REF*G1. Bilateral services: RT and LT on separate lines.',
    '{64615} remains limited to chronic migraine; {64616} to cervical dystonia. Nerve blocks of the trigeminal',
    'branches ({64400}) billed with arthrocentesis ({20605}) on one date need predetermination.',
  ].join('\n'),
});

// ── 28. PMS claim status window, text layer ──
const claimStatus = lines({
  id: 's144-claimstatus',
  kind: 's144-dental-pms-medical-claim-status-window-text',
  before: 'Insurance Claim — Medical — Hollis, Renata — Status history',
  text: [
    'Claim ID [83300]   Created 04/09/2025 09:02   Form: CMS-1500 (02/12)   Batch KB0409-2   Carrier: Heartland',
    '04/09/2025 10:44  Sent electronically — clearinghouse tracking [90620]',
    '04/09/2025 10:46  Rejected at clearinghouse: line 5 procedure {64445} invalid with dx G50.1 (CH-[18806])',
    '04/09/2025 11:30  Corrected: line 5 changed to {64400}-RT; resent — tracking [90621]',
    '04/11/2025 07:15  277CA accepted by payer — payer claim # 412509870059401',
    '05/06/2025 06:02  ERA posted: paid 1874.60; patient resp. 310.00 (ded) — EFT trace 0000481543',
    'Attachments: predetermination approval letter, op note ID [13247], LMN ref [22781]',
  ].join('\n'),
});

// ── 29. Medical benefits verification call sheet, text layer ──
const bvSheet = lines({
  id: 's144-bv',
  kind: 's144-medical-benefits-verification-call-sheet-text',
  before: 'Kestrel Bay — Medical Insurance Verification (TMD) — completed by J. Krause 03/12/2025 14:20',
  text: [
    'Carrier: Heartland Mutual   Phone: 1-800-555-0131   Rep: Tanya   Call reference # [73320]',
    'Member ID HMU884417203   Group [64445]   Plan: Heartland Choice PPO   Eff 01/01/2024   Claims PO Box [64612]',
    'Deductible $1,500 (met $1,190)   Coinsurance 20%   OOP max $5,000   Office copay n/a for procedures',
    'Is TMD a covered medical benefit? YES with predetermination. Dental appliance ({21085}) — NOT covered.',
    'CPT {64612}: predetermination required; {95874} follows primary; {64400}: required when with {20605}.',
    'Rep says the payer ZIP for paper claims is [64141]. Dental: Summit (group [21084]) — TMJ excluded.',
  ].join('\n'),
});

// ── 30. Patient statement, text layer ──
const statement = lines({
  id: 's144-statement',
  kind: 's144-patient-statement-text',
  before: 'KESTREL BAY ORAL & FACIAL SURGERY — STATEMENT DATE 05/09/2025 — PLEASE RETURN TOP PORTION',
  text: [
    'Renata Hollis, 22 Quarry Ln, Cloverport, MO [64712]   Account # [30112]   Amount due $310.00',
    '04/08/25  Chemodenervation RT (CPT {64612})   495.00   Ins paid 372.15   Adj 122.85   Balance 0.00',
    '04/08/25  Chemodenervation LT (CPT {64612})   495.00   Ins paid 372.15   Adj 122.85   Balance 0.00',
    '04/08/25  Nerve block, trigeminal (CPT {64400})   310.00   Applied to deductible   Balance 310.00',
    'Pay online with statement code [34711] or mail to PO Box 1188, Brenner Falls, MO [64154]',
  ].join('\n'),
});

// ── 31. Practice fee schedule, grid ──
const feeSched = table({
  id: 's144-fees',
  kind: 's144-practice-ucr-fee-schedule-cdt-cpt-grid',
  caption: 'Kestrel Bay OFS — Fee Schedule 1 (UCR) — effective 01/01/2025 — TMD & orofacial pain',
  headers: ['CDT', 'CPT/HCPCS', 'Description', 'UCR fee', 'Heartland allowed'],
  rows: [
    ['D9310', '{99204}', 'New patient, moderate–high complexity', '385.00', '211.40'],
    ['D9999', '{64612}', 'Chemodenervation, per side', '495.00', '372.15'],
    ['—', '{95874}', 'Needle EMG guidance', '145.00', '98.40'],
    ['D9999', '{64400}', 'Trigeminal nerve block', '310.00', '196.30'],
    ['D9999', '{64600}', 'Neurolysis, trigeminal branch', '640.00', '402.10'],
    ['D7870', '{20605}', 'Arthrocentesis TMJ', '385.00', '329.90'],
    ['D7880', '{21085}', 'Occlusal orthotic device', '1450.00', 'not covered'],
  ],
});

// ── 32. Email between office manager and the outsourced cross-coder, text layer ──
const email = lines({
  id: 's144-email',
  kind: 's144-office-manager-biller-email-thread-text',
  before: 'From: Jess Krause <jkrause@kestrelbayofs.example>  To: Tomas Reyes <treyes@prairiecrosscode.example>',
  text: [
    'Subject: RE: Hollis 4/8 — why did line 5 bounce? (ticket [62610])',
    'Tomas — the clearinghouse kicked line 5 back. Dr. Marsh did a right auriculotemporal block and someone keyed',
    '{64445} from the pick list. I reversed it in the ledger and posted {64400}-RT instead. Resent this morning.',
    'Also: Summit Dental denied everything I sent on the ADA form ({64612} x2, {64400}, D7870). Do I appeal?',
    '> On Apr 9, 2025, Tomas Reyes wrote:',
    '> Don’t appeal Summit on the CPT lines; they will never pay {64612}. Appeal D7870 only if the plan booklet',
    '> has a TMJ rider (it does not — group [21084], I checked). Bill the medical side: {64612} RT/LT, {95874},',
    '> J0585 x100 (80 JZ + 20 JW), {64400}-RT, {20605}-RT under PD-[64632]. Invoice [40988] attached.',
    '> PS the new hire also asked whether {64712} is "the TMJ one" — it isn’t, it’s the sciatic nerve.',
  ].join('\n'),
});

// ── 33. Clearinghouse support chat transcript, text layer ──
const chat = lines({
  id: 's144-chat',
  kind: 's144-clearinghouse-support-chat-transcript-text',
  before: 'ClaimBridge Support Chat — session 7F3A-22 — 04/09/2025',
  text: [
    'Jess K (10:51): Hi, claim for account [30112] rejected, message CH-[18806]. What does it mean?',
    'Agent Mireille (10:52): That edit fires when {64445} is billed with a trigeminal diagnosis like G50.1.',
    'Agent Mireille (10:52): Our edit table pairs sciatic blocks with lower-limb dx only. Did you mean {64400}?',
    'Jess K (10:53): yes, {64400}. fixing now. our submitter ID is [57220] if you need it',
    'Agent Mireille (10:54): Got it. Resubmit with the same patient control number [30112]-0408; no frequency code needed.',
    'Agent Mireille (10:55): Also FYI your {64612} lines are fine. Ticket [44216] closed. Anything else?',
  ].join('\n'),
});

// ── 34. Clearinghouse rejection report, text layer ──
const rejReport = lines({
  id: 's144-rejreport',
  kind: 's144-clearinghouse-claim-rejection-report-text',
  before: 'ClaimBridge — Claim Rejection Report — Submitter [57220] — Batch KB0409-2 — 04/09/2025 10:46',
  text: [
    'PCN            PATIENT          PAYER            LINE  PROC          EDIT       MESSAGE',
    '[30112]-0408     HOLLIS, RENATA   HEARTLAND [47198]  5     {64445} RT    CH-[18806]   Proc/Dx mismatch: sciatic n. w/ G50.1',
    '[30112]-0408     HOLLIS, RENATA   HEARTLAND [47198]  -     -             INFO       Lines 1-4, 6 passed: {64612} {64612} {95874} {20605}',
    '[30257]-0304     PRUETT, DALE     HEARTLAND [47198]  2     {64405}       CH-[10331]   Missing dx pointer',
    'Batch totals: 2 claims, 1 rejected, 1 warning.  Report ID [91539]',
  ].join('\n'),
});

// ── 35. CE course syllabus / schedule, text layer ──
const syllabus = lines({
  id: 's144-syllabus',
  kind: 's144-ce-course-syllabus-schedule-text',
  before: 'Dental–Medical Cross-Coding Bootcamp — Saturday, June 7, 2025 — Overland Park Marriott, Overland Park, KS',
  text: [
    '8:00  Module 1 — Why medical? CDT vs CPT vs ICD-10-CM; the 1500 vs the ADA form',
    '9:30  Module 2 — Appliances: D7880 vs {21085}, E1399, and the "dental appliance" exclusion',
    '10:45 Module 3 — Appeals and predeterminations (bring a denial letter)',
    '1:00  Module 4 — Chemodenervation & nerve blocks: {64612}, {64615}, {64616}, {95874}; {64400} vs {64445}',
    'Registration: $395 · Course no. [12334] · Venue ZIP [66211] · Sponsor: PDMBI, Lee’s Summit, MO',
  ].join('\n'),
});

// ── 36. Internal coding audit findings, grid ──
const audit = table({
  id: 's144-audit',
  kind: 's144-internal-chart-coding-audit-findings-grid',
  caption: 'Q2 2025 chart audit — Kestrel Bay — 20 medical encounters sampled — auditor T. Reyes, CPC',
  headers: ['Encounter', 'DOS', 'Billed', 'Documented', 'Finding', 'Dollar impact'],
  rows: [
    ['[92480]', '04/08/2025', '{64445}-RT', '{64400}-RT', 'Wrong nerve; corrected before payment', '0.00'],
    ['[92480]', '04/08/2025', '{64612}-RT, {64612}-LT', 'Same', 'Supported; units match log', '0.00'],
    ['[92511]', '04/17/2025', '{64612}', '{64615}', 'Migraine protocol injected, billed as TMD', '-212.40'],
    ['[92533]', '04/22/2025', '{20605}-LT', '{20606}-LT', 'US guidance documented, not billed', '+64.80'],
    ['[92560]', '04/29/2025', '{64632}', '{64600}', 'Mental nerve neurolysis keyed as foot code', 'Rejected'],
  ],
});

// ── 37. FHIR Claim resource (predetermination), JSON text layer ──
const fhir = lines({
  id: 's144-fhir',
  kind: 's144-fhir-claim-predetermination-json-text',
  before: 'GET /fhir/Claim/kb-pd-55104 (payer portal, JSON view)',
  text: [
    '{ "resourceType": "Claim", "id": "kb-pd-[55104]", "use": "predetermination", "status": "active",',
    '  "identifier": [{ "system": "urn:heartland:pd", "value": "PD-[64632]" }],',
    '  "patient": { "reference": "Patient/hmu884417203", "display": "Renata Hollis" },',
    '  "insurance": [{ "sequence": 1, "focal": true, "coverage": { "display": "Heartland Choice PPO" } }],',
    '  "item": [{ "sequence": 1, "productOrService": { "coding": [{ "system": "http://www.ama-assn.org/go/cpt",',
    '      "code": "{64612}" }] }, "modifier": [{ "coding": [{ "code": "RT" }] }], "quantity": { "value": 1 } },',
    '    { "sequence": 2, "productOrService": { "coding": [{ "code": "{64612}" }] }, "modifier": [{ "coding": [{ "code": "LT" }] }] },',
    '    { "sequence": 3, "productOrService": { "coding": [{ "code": "{95874}" }] } },',
    '    { "sequence": 4, "productOrService": { "coding": [{ "code": "{64400}" }] }, "modifier": [{ "coding": [{ "code": "RT" }] }] },',
    '    { "sequence": 5, "productOrService": { "coding": [{ "code": "{20605}" }] } }],',
    '  "provider": { "display": "Kestrel Bay OFS, Brenner Falls MO [64154]" } }',
  ].join('\n'),
});

// ── 38. Imaging order / requisition, text layer ──
const imaging = lines({
  id: 's144-imaging',
  kind: 's144-imaging-order-requisition-text',
  before: 'OUTPATIENT IMAGING REQUISITION — Prairie Regional Imaging — fax (816) 555-0177',
  text: [
    'Patient: Hollis, Renata  DOB 03/17/1986  Phone (660) 555-0193  Address: 22 Quarry Ln, Cloverport MO',
    'Exam requested: MRI temporomandibular joints, bilateral, open and closed mouth — CPT {70336}',
    'Alternative if MRI contraindicated: CT maxillofacial without contrast {70486}; TMJ radiographs {70328}/{70330}',
    'Clinical indication: R TMJ arthralgia M26.621, masticatory myalgia M79.18. Prior auth: HM auth [72945]',
    'Ordering: Priya Natarajan, DMD, MS — Kestrel Bay OFS, Brenner Falls MO [64154]   Order # [52752]',
  ].join('\n'),
});

// ── 39. Orofacial pain superbill, text layer ──
const superbill = lines({
  id: 's144-superbill',
  kind: 's144-orofacial-pain-superbill-checkbox-text',
  before:
    'KESTREL BAY OFS — OROFACIAL PAIN ENCOUNTER FORM (rev 2025) — Patient: Hollis, R.  Acct 30112  DOS 04/08/2025',
  text: [
    'OFFICE VISITS  [ ] {99204}  [ ] {99214}-25*',
    'INJECTIONS     [X] {64612} RT  [X] {64612} LT  [ ] {64615}  [ ] {64616}  [X] {95874}  [ ] {95873}',
    'NERVE BLOCKS   [X] {64400} RT  [ ] {64405}  [ ] {64450}',
    'TMJ            [X] {20605} RT  [ ] {20606}  [ ] {21073}',
    'APPLIANCE      [ ] D7880 / {21085}      DRUG [X] J0585 x 100 units (JZ 80 / JW 20)',
    '*E/M not billed — decision for procedure made at prior visit (coder note JK)   Form # [11421]',
  ].join('\n'),
});

// ── 40. PMS day sheet, text layer ──
const daySheet = lines({
  id: 's144-daysheet',
  kind: 's144-dental-pms-day-sheet-report-text',
  before: 'Day Sheet — Kestrel Bay OFS — 04/08/2025 — Provider: all — Printed 04/08/2025 18:05',
  text: [
    '[30112] Hollis, Renata   D9999/{64612}-RT 495.00   D9999/{64612}-LT 495.00   {95874} 145.00   J0585 1080.00',
    '[30112] Hollis, Renata   D9999/{64445}-RT 310.00 (reversed 04/09)   D7870/{20605}-RT 385.00',
    '[30257] Pruett, Dale      D9310/{99214} 240.00   D9999/{64400}-LT 310.00',
    'Day totals: charges 3460.00  payments 0.00  adjustments 0.00   Deposit slip [60912]   Batch [64599]',
  ].join('\n'),
});

export const sealed144: Snippet[] = [
  ...ledger,
  ...codeEditor,
  ...picker,
  ...adaForm,
  ...cms1500,
  ...x837,
  ...xwalk,
  ...xwalkNotes,
  ...predLetter,
  ...predGrid,
  ...opNote,
  ...opCoding,
  ...handout,
  ...quiz,
  ...lookalike,
  ...dentalDenial,
  ...dentalEob,
  ...era835,
  ...memberEob,
  ...ascSchedule,
  ...ascCdm,
  ...aging,
  ...autoNote,
  ...botoxLog,
  ...lmn,
  ...policyTable,
  ...policyProse,
  ...claimStatus,
  ...bvSheet,
  ...statement,
  ...feeSched,
  ...email,
  ...chat,
  ...rejReport,
  ...syllabus,
  ...audit,
  ...fhir,
  ...imaging,
  ...superbill,
  ...daySheet,
];
