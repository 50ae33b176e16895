import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 97 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s97-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too. About a third of the decoys are numbers of the synthetic 10,000-code set (KNOWN_10K) used as
 * visit, claim, incident, referral and course-registration numbers, ZIPs, group numbers and cost centers. The five
 * known codes' digits come back as decoys: a claim number, an appeals PO box, a waiver case, a carrier group number,
 * a prescription number, a bursar reference, a residence-hall mailbox, a conference hold, a course CRN, a prior
 * authorization case and a vendor number.
 *
 * Family: university student health services and student health insurance plans (SHIP) at one campus: a clinic visit
 * charge sheet and its batch footer, a SHIP claim portal (claim list, claim detail, JSON), referral and
 * pre-certification pages for an off-campus pain specialist, the specialist's consult note, a club-sports injury
 * report and injury log, an athletic trainer's note, the SHIP waiver / enrollment page and waiver audit, the ID card,
 * a summary of benefits, a prior authorization letter, pharmacy charge and in-clinic administration logs, a bursar
 * account statement, the clinic's "what the health fee covers" page and fee table, a counseling-center charge grid,
 * an 837P and an 835 in X12, an HL7 DFT charge feed to the bursar, an eligibility XML, a CSV charge export, and
 * decoy-only pages (a residence hall directory with mailbox numbers, housing notices, a course schedule with CRNs, a
 * health-center vendor payment list).
 * Built on real public layouts: a Banner-style bursar "account detail by term" (term, detail code, charge, payment,
 * balance), a Banner class schedule (CRN, subject, course, section), a student-plan waiver form (carrier, group,
 * confirmation number), the SHIP summary of benefits (in-network / out-of-network / notes), an X12 837P / 835 loop
 * order, an HL7 v2.5.1 DFT^P03, and a club-sports incident report form. The others are written the way those pages
 * read, with no single source.
 *
 * 332 labelled tokens over 38 shapes: 134 codes, 198 decoys, 72 of the decoys in KNOWN_10K.
 */

// ── 1. Campus clinic visit charge sheet, table ──
const chargeSheet = table({
  id: 's97-charges',
  kind: 's97-clinic-visit-charge-sheet-grid',
  caption: 'Student Health Services — Daily charge sheet — Main clinic',
  headers: ['Visit #', 'Student ID', 'Date', 'Svc', 'Description', 'Charge', 'Bill to'],
  rows: [
    ['[40086]', 'N00481127', '09/03/2025', '{99203}', 'Office visit, new, low MDM', '$0.00', 'Health fee'],
    ['[40091]', 'N00517730', '09/03/2025', '{87880}', 'Rapid strep antigen', '$18.00', 'Student acct'],
    ['[40102]', 'N00517730', '09/03/2025', '{99213}', 'Office visit, est., low MDM', '$0.00', 'Health fee'],
    ['[41377]', 'N00392214', '09/04/2025', '{81025}', 'Urine pregnancy test', '$12.00', 'Student acct'],
    ['[41380]', 'N00392214', '09/04/2025', '{36415}', 'Venipuncture', '$8.00', 'Student acct'],
    ['[41386]', 'N00610455', '09/04/2025', '{90686}', 'Influenza vaccine, IIV4, IM', '$25.00', 'SHIP'],
    ['[41402]', 'N00481127', '09/05/2025', '{73610}', 'X-ray ankle, 3 views', '$42.00', 'SHIP'],
    ['[41411]', 'N00533190', '09/05/2025', '{29540}', 'Strapping, ankle and/or foot', '$10.00', 'Student acct'],
  ],
});

// ── 2. Charge sheet batch footer, text layer ──
const chargeFooter = lines({
  id: 's97-chgfoot',
  kind: 's97-clinic-charge-batch-footer-text',
  before: 'End of charge sheet — totals by payer',
  text: [
    'Front Range State University — Student Health Services, 1204 Campus Delivery, Aurora CO [80010]',
    'Charge batch [22815] posted to Bursar detail codes SHLB / SHXR / SHVX on 09/05/2025',
    'Fee schedule FY26; cost center [61204]; questions to billing, ext. 4-1180',
    'Procedures not performed on campus (e.g. {64445}, {64712}) are referred out; see Referral Policy 4.2.',
  ].join('\n'),
});

// ── 3. SHIP claim portal, claim list ──
const claimList = table({
  id: 's97-claimlist',
  kind: 's97-ship-claim-portal-list-grid',
  caption: 'My Claims — Student Health Insurance Plan 2025–2026',
  headers: ['Claim #', 'Member ID', 'DOS', 'Provider', 'Billed code', 'Billed', 'Status'],
  rows: [
    ['SH-25-[30109]', 'FRS0041127', '09/18/2025', 'Mile High Pain & Spine', '{64445}', '$1,240.00', 'Processed'],
    ['SH-25-[30111]', 'FRS0041127', '10/02/2025', 'Mile High Pain & Spine', '{64712}', '$3,980.00', 'Pended'],
    ['SH-25-[31562]', 'FRS0041127', '10/02/2025', 'Mile High Pain & Spine', '{76942}', '$310.00', 'Processed'],
    ['SH-25-[33470]', 'FRS0051773', '09/22/2025', 'Front Range SHS', '{87804}', '$42.00', 'Paid'],
    ['SH-25-[64632]', 'FRS0039221', '10/09/2025', 'Foothills Podiatry', '{64632}', '$612.00', 'Denied – see EOB'],
    ['SH-25-[34018]', 'FRS0039221', '10/09/2025', 'Foothills Podiatry', '{73630}', '$96.00', 'Paid'],
  ],
});

// ── 4. SHIP claim detail / EOB, text layer ──
const claimDetail = lines({
  id: 's97-claimdet',
  kind: 's97-ship-claim-detail-eob-text',
  before: 'Claim detail — Explanation of Benefits',
  text: [
    'Claim SH-25-[64632]   Member FRS0039221   Group [70130]   Plan year 2025–2026',
    'Line 1  Proc {64632}  Destruction, neurolytic agent, plantar common digital nerve  Billed $612.00  Allowed $0.00',
    'Remark N54: prior authorization not on file; provider may request retro review, letter [52264]',
    'Line 2  Proc {99203}  New patient office visit  Billed $245.00  Allowed $148.20  Plan paid $118.56',
    'Appeals: Claims Review Unit, PO Box [64712], Dallas TX [75380] — within 180 days of this notice',
  ].join('\n'),
});

// ── 5. Referral letter to the off-campus pain specialist, text layer ──
const referral = lines({
  id: 's97-referral',
  kind: 's97-shs-referral-to-pain-specialist-text',
  before: 'Student Health Services — Outside Referral',
  text: [
    'To: Mile High Pain & Spine, 1850 Williams St Ste 300, Denver CO [80218]',
    'Patient: undergraduate, 21 y/o, SHIP member FRS0041127; referral no. [48121] valid 90 days',
    'Reason: right buttock and posterior thigh pain after cycling fall, failed 8 weeks PT ({97110}, {97140}) and NSAIDs.',
    'Requested: diagnostic sciatic nerve block ({64445}); if relief is good but brief, consider neuroplasty {64712}.',
    'Imaging on file: MRI lumbar spine without contrast {72148}, 08/28/2025, no disc herniation.',
    'Please fax the consult note to SHS Referrals (303) 555-0142. Our NPI 1730255871.',
  ].join('\n'),
});

// ── 6. SHIP pre-certification grid for the referral ──
const precert = table({
  id: 's97-precert',
  kind: 's97-ship-precert-request-grid',
  caption: 'Pre-certification requests — outpatient — member FRS0041127',
  headers: ['Ref #', 'Requested service', 'CPT', 'Units', 'Decision', 'Valid thru'],
  rows: [
    ['[48121]', 'Sciatic nerve block, single', '{64445}', '2', 'Approved', '12/31/2025'],
    ['[48122]', 'Neuroplasty, sciatic nerve', '{64712}', '1', 'Pended – clinicals', '—'],
    ['[48125]', 'Neuroplasty, lumbar plexus', '{64714}', '1', 'Withdrawn', '—'],
    ['[48130]', 'Ultrasound guidance', '{76942}', '2', 'Approved', '12/31/2025'],
    ['[48131]', 'Needle EMG, one extremity', '{95886}', '1', 'Approved', '11/30/2025'],
  ],
});

// ── 7. Club sports injury report form, text layer ──
const clubReport = lines({
  id: 's97-clubrpt',
  kind: 's97-club-sports-injury-report-text',
  before: 'Campus Recreation — Club Sports Injury / Incident Report',
  text: [
    "Club: Rugby (Women's)   Incident # [20040]   Date 09/06/2025, 18:40",
    'Location: Intramural Field 3, 2200 Stadium Dr, Aurora CO [80010]',
    'Participant ID N00561208; club roster no. [20061]; waiver on file: yes',
    'Description: tackled with left foot planted; pain between 3rd and 4th toes, numbness after the match.',
    'Follow-up: seen at SHS, then podiatry; podiatrist plans {64632} if steroid injection fails.',
    'Insurance: SHIP group [70130]; secondary under parent plan, subscriber ZIP [60015]',
  ].join('\n'),
});

// ── 8. Athletic trainer's note, prose ──
const atNote = lines({
  id: 's97-atnote',
  kind: 's97-athletic-trainer-note-prose-text',
  before: 'Athletic Training — Daily note — Cross Country — 10/14/2025',
  text: [
    'S: 20 y/o runner, burning pain 3rd web space L foot x 6 wks, toes 3–4 numb after long runs. 55 mi/wk.',
    'O: + Mulder click; TTP 3rd intermetatarsal space. Strapped ({29540}); therapeutic exercise 15 min ({97110}).',
    'A: likely Morton neuroma L. Podiatry has offered alcohol sclerosing injections, billed as {64632}, series of 3.',
    'P: met pad, wider toe box, cross-train on bike; locker [10074], bike checkout tag [10088].',
    'Teammate with sciatic pain after a fall already had {64445} at Mile High; surgeon mentioned {64712} next.',
  ].join('\n'),
});

// ── 9. SHIP waiver request page, text layer ──
const waiver = lines({
  id: 's97-waiver',
  kind: 's97-ship-waiver-request-page-text',
  before: 'Student Health Insurance Plan — Waiver Request 2025–2026',
  text: [
    'Student ID N00481127   Waiver confirmation [33815]   Term: Fall 2025',
    'Your coverage: Anthem Blue Cross and Blue Shield, group no. [10032], member ID prefix XKJ',
    'Your plan must have in-network outpatient care near campus (ZIP [80010]) and specialists in Denver ([80218]).',
    'Waiver deadline 09/15/2025; late waiver fee $50. Enrollment case [64612] will be closed once approved.',
  ].join('\n'),
});

// ── 10. Waiver / enrollment audit, table ──
const waiverAudit = table({
  id: 's97-waiveraud',
  kind: 's97-ship-waiver-audit-grid',
  caption: 'Waiver audit queue — Student Health Insurance Office',
  headers: ['Student', 'Action', 'Conf #', 'Carrier group', 'Reviewed', 'Result'],
  rows: [
    ['N00481127', 'Waive', '[33815]', '[10032]', '09/10', 'Accepted'],
    ['N00517730', 'Enroll', '[33820]', '—', '09/11', 'Enrolled in SHIP'],
    ['N00392214', 'Waive', '[33841]', '[90105]', '09/11', 'Rejected – out-of-state Medicaid'],
    ['N00610455', 'Waive', '[33852]', '[64714]', '09/12', 'Accepted'],
    ['N00561208', 'Enroll', '[33866]', '—', '09/12', 'Enrolled + dependent'],
    ['N00470926', 'Waive', '[33871]', '[17408]', '09/13', 'Accepted'],
  ],
});

// ── 11. Health center pharmacy charge log, table ──
const pharmacy = table({
  id: 's97-pharm',
  kind: 's97-health-center-pharmacy-charge-log-grid',
  caption: 'Pharmacy charges posted — week of 09/01/2025',
  headers: ['Rx #', 'Fill date', 'NDC', 'Drug', 'Qty', 'Charge', 'Posted to'],
  rows: [
    ['RX[70027]', '09/03', '[00093]-3109-01', 'Amoxicillin 500 mg cap', '21', '$6.00', 'Student acct'],
    ['RX[70032]', '09/04', '[00781]-5184-01', 'Azithromycin 250 mg tab', '6', '$8.00', 'Student acct'],
    ['RX[70055]', '09/04', '[68180]-0513-01', 'Ondansetron ODT 4 mg', '10', '$5.00', 'SHIP'],
    ['RX[70059]', '09/08', '[00378]-0232-01', 'Methylprednisolone 4 mg dose pack', '21', '$9.00', 'Student acct'],
    ['RX[64445]', '09/09', '[50090]-2875-0', 'Ibuprofen 800 mg tab', '30', '$4.00', 'Student acct'],
  ],
});

// ── 12. In-clinic administration log, text layer ──
const adminLog = lines({
  id: 's97-adminlog',
  kind: 's97-in-clinic-drug-administration-log-text',
  before: 'In-clinic administrations (drug + admin code)',
  text: [
    'Ceftriaxone 500 mg IM — J0696 x2 — admin {96372} — lot [24118]',
    'Medroxyprogesterone 150 mg — J1050 — admin {96372} — NDC [59762]-4538-1',
    'Tdap — {90715} with admin {90471} — lot [30118]',
    'HPV 9-valent (Gardasil 9) — {90651} with admin {90472} — lot [20092]',
    'MenB (Bexsero) — {90620} with admin {90472} — lot [50025]',
  ].join('\n'),
});

// ── 13. Bursar account detail by term, table ──
const bursar = table({
  id: 's97-bursar',
  kind: 's97-bursar-account-detail-by-term-grid',
  caption: 'Account Detail for Term — Fall 2025',
  headers: ['Term', 'Detail code', 'Description', 'Charge', 'Payment', 'Balance', 'Ref'],
  rows: [
    ['Fall 2025', 'HLTH', 'Student Health Fee', '$298.00', '', '$298.00', '[50039]'],
    ['Fall 2025', 'SHIP', 'Student Health Insurance Premium', '$1,209.00', '', '$1,507.00', '[50041]'],
    ['Fall 2025', 'SHRX', 'Health Ctr Pharmacy', '$23.00', '', '$1,530.00', '[50043]'],
    ['Fall 2025', 'SHLB', 'Health Ctr Lab', '$26.00', '', '$1,556.00', '[51877]'],
    ['Fall 2025', 'FPEL', 'Federal Pell Grant disbursement', '', '$1,556.00', '$0.00', '[52910]'],
    ['Fall 2025', 'SHVX', 'Immunization — influenza', '$25.00', '', '$25.00', '[64714]'],
  ],
});

// ── 14. Bursar statement header and notes, text layer ──
const bursarNotes = lines({
  id: 's97-bursarnote',
  kind: 's97-bursar-statement-notes-text',
  before: 'Statement of Account — Student Financial Services',
  text: [
    'Student account [88401]   Statement date 10/01/2025   Amount due 10/15/2025',
    "Remit to: Cashier's Office, PO Box [17350], Denver CO [80217]",
    'Health center charges are itemized on request; CPT detail (e.g. {87880}, {85025}) comes from SHS billing.',
    'Third-party sponsor no. [60028] — Athletics pays varsity athletic-training services.',
  ].join('\n'),
});

// ── 15. Clinic policy page: what the health fee covers, prose ──
const feePolicy = lines({
  id: 's97-feepolicy',
  kind: 's97-health-fee-coverage-policy-text',
  before: 'What the Student Health Fee covers',
  text: [
    'Office visits with a clinician (billed as {99212}–{99215}) are covered at no charge for enrolled students.',
    'Point-of-care tests: rapid strep ({87880}), flu ({87804}), urine pregnancy ({81025}) and dipstick urinalysis ({81002}).',
    'Not covered by the fee: lab send-outs, x-rays ({73610}, {71046}) and procedures such as {11981} or {58300}.',
    'Pain procedures (nerve blocks {64445}, neuroplasty {64712} / {64714}, chemodenervation {64612}) are not done at SHS;',
    'the outside provider bills your insurance. Questions: SHS Billing, 1204 Campus Delivery, Aurora CO [80010].',
  ].join('\n'),
});

// ── 16. Health fee price list, table ──
const feeTable = table({
  id: 's97-feetable',
  kind: 's97-health-fee-price-list-grid',
  caption: 'Services and student cost',
  headers: ['Service', 'Item', 'Health fee', 'Student pays'],
  rows: [
    ['Sick or injury visit', '{99213}', 'Covered', '$0'],
    ['Annual wellness exam (18–21)', '{99385}', 'Covered', '$0'],
    ['TB skin test', '{86580}', 'Covered', '$0'],
    ['CBC', '{85025}', '—', '$14'],
    ['Chlamydia / gonorrhea NAAT', '{87491}, {87591}', '—', '$38'],
    ['HIV-1/2 Ag/Ab screen', '{87389}', 'Covered', '$0'],
    ['Wart treatment', '{17110}', '—', '$35'],
    ['Ear wax removal', '{69210}', '—', '$20'],
  ],
});

// ── 17. SHIP summary of benefits, table ──
const benefits = table({
  id: 's97-benefits',
  kind: 's97-ship-summary-of-benefits-grid',
  caption: 'Schedule of Benefits — Policy year 08/15/2025–08/14/2026',
  headers: ['Benefit', 'In-network', 'Out-of-network', 'Notes'],
  rows: [
    ['Preventive care', '100%, no deductible', '60% after deductible', 'Includes {90651}, {90734} vaccines'],
    ['Outpatient surgery', '80% after deductible', '60% after deductible', 'Prior auth for {64712}, {64714}'],
    ['Nerve block injections', '80% after deductible', '60% after deductible', '{64445}, {64450} — no prior auth'],
    ['Chemodenervation', '80% after deductible', '60% after deductible', '{64612} needs prior auth; drug separate'],
    ['Administrator', 'Policy [30143]', 'Group [70130]', 'Claims: see ID card'],
  ],
});

// ── 18. SHIP ID card, text layer ──
const idCard = lines({
  id: 's97-idcard',
  kind: 's97-ship-id-card-text',
  before: 'Digital ID card (front and back)',
  text: [
    'FRONT RANGE STATE UNIV SHIP 2025–26   Group [70130]   Member FRS0041127',
    'RxBIN 610014   RxPCN 9999   RxGrp FRSUSH   Copay office $25 / SHS $0',
    'Submit claims: PO Box [64712], Dallas TX [75380]   EDI payer ID [87726]',
  ].join('\n'),
});

// ── 19. X12 837P from the student health center, text layer ──
const x12 = lines({
  id: 's97-x12',
  kind: 's97-shs-837p-to-ship-text',
  before: 'EDI outbound batch — professional claims',
  text: [
    'ISA*00*          *00*          *ZZ*FRSUSHS        *ZZ*[87726]          *251015*1030*^*[00501]*000001207*0*P*:~',
    'NM1*85*2*FRONT RANGE STATE UNIV SHS*****XX*1730255871~',
    'N4*AURORA*CO*[80010]~',
    'NM1*PR*2*STUDENT HEALTH PLAN*****PI*[87726]~',
    'CLM*V[40086]*185***11:B:1*Y*A*Y*Y~',
    'SV1*HC:{99203}*145*UN*1***1~',
    'SV1*HC:{87880}*18*UN*1***1~',
    'SV1*HC:{36415}*8*UN*1***1~',
    'DTP*472*D8*20250903~',
  ].join('\n'),
});

// ── 20. X12 835 from SHIP to the pain practice, text layer ──
const era = lines({
  id: 's97-era',
  kind: 's97-ship-835-to-pain-practice-text',
  before: 'ERA received — Student Health Plan — check EFT',
  text: [
    'CLP*MHP[58823]*1*5220*3612.4*400*12*SH-25-[30111]~',
    'SVC*HC:{64712}*3980*2805.2**1~',
    'CAS*PR*1*400~',
    'SVC*HC:{76942}*310*218.4**1~',
    'SVC*HC:{64445}*930*588.8**1~',
    'N4*DENVER*CO*[80218]~',
  ].join('\n'),
});

// ── 21. HL7 DFT charge feed from the campus EHR to the bursar, text layer ──
const hl7 = lines({
  id: 's97-hl7',
  kind: 's97-campus-ehr-hl7-dft-charge-text',
  before: 'Interface log — EHR → student billing',
  text: [
    'MSH|^~\\&|CLINICEHR|FRSU_SHS|BANNER|FRSU_BURSAR|20250904101500||DFT^P03|MSG[41386]|P|2.5.1',
    'PID|1||N00610455^^^FRSU||DOE^JAMIE||20040517|U|||2200 Stadium Dr^^Aurora^CO^[80010]',
    'FT1|1|||20250904||CG|{90686}^Influenza vaccine IIV4^CPT|||1',
    'FT1|2|||20250904||CG|{90471}^Immunization admin^CPT|||1',
    'FT1|3|||20250904||CG|SHVX^Flu vaccine fee^LOCAL|||1||25.00|||||[61204]',
  ].join('\n'),
});

// ── 22. SHIP claim portal JSON, text layer ──
const claimJson = lines({
  id: 's97-json',
  kind: 's97-ship-claim-portal-json-text',
  before: 'GET /api/member/claims/detail',
  text: [
    '{"claimNumber": "SH-25-[30111]", "memberId": "FRS0041127", "groupNumber": "[70130]",',
    ' "provider": {"name": "Mile High Pain & Spine", "zip": "[80218]"},',
    ' "lines": [{"procedureCode": "{64712}", "billed": 3980.00, "status": "PENDED"},',
    '           {"procedureCode": "{64714}", "billed": 3620.00, "status": "DENIED"}],',
    ' "letterId": "[52264]", "pendReason": "MEDICAL_RECORDS"}',
  ].join('\n'),
});

// ── 23. SHIP eligibility XML, text layer ──
const eligXml = lines({
  id: 's97-xml',
  kind: 's97-ship-eligibility-xml-text',
  before: 'Eligibility response',
  text: [
    '<Eligibility memberId="FRS0051773" group="[70130]" planYear="2025">',
    '  <Student campusZip="[80010]" status="FT"/>',
    '  <PriorAuth ref="[48131]" code="{95886}" status="A"/>',
    '  <PriorAuth ref="[48140]" code="{64612}" status="P"/>',
    '  <PriorAuth ref="[48141]" code="{64632}" units="3" status="A"/>',
    '</Eligibility>',
  ].join('\n'),
});

// ── 24. CSV charge export to the bursar, text layer ──
const csv = lines({
  id: 's97-csv',
  kind: 's97-shs-charge-export-csv-text',
  before: 'shs_charges_20250905.csv',
  text: [
    'student_id,visit,date,cpt,detail,amount,cost_center',
    'N00517730,[40091],2025-09-03,{87880},SHLB,18.00,[61204]',
    'N00392214,[41377],2025-09-04,{81025},SHLB,12.00,[61204]',
    'N00392214,[41380],2025-09-04,{36415},SHLB,8.00,[61204]',
    'N00481127,[41402],2025-09-05,{73610},SHXR,42.00,[61210]',
    'N00610455,[41386],2025-09-04,{90686},SHVX,25.00,[61220]',
  ].join('\n'),
});

// ── 25. Residence hall directory, table (decoy-only) ──
const hallDir = table({
  id: 's97-halldir',
  kind: 's97-residence-hall-directory-grid',
  caption: 'Residence Hall Directory — Fall 2025',
  headers: ['Hall', 'Room', 'Mailbox', 'Street', 'ZIP'],
  rows: [
    ['Aspen Hall', '214', '[20009]', '2101 Aspen Ct', '[80010]'],
    ['Aspen Hall', '1110', '[20014]', '2101 Aspen Ct', '[80010]'],
    ['Blue Spruce Hall', 'B-305', '[20019]', '2150 Spruce Way', '[80010]'],
    ['Columbine Tower', '1422', '[64632]', '2300 Tower Rd', '[80012]'],
    ['Columbine Tower', '1730', '[20022]', '2300 Tower Rd', '[80012]'],
    ['Graduate Village', 'Unit 12', '[20025]', '88 Village Loop', '[80017]'],
  ],
});

// ── 26. Housing notices, text layer (decoy-only) ──
const housing = lines({
  id: 's97-housing',
  kind: 's97-housing-notices-text',
  before: 'Housing & Residence Life — notices',
  text: [
    'Mail for residents: name, mailbox number, 2200 Stadium Dr, Aurora CO [80010].',
    'Maintenance requests: enter building code [31205] and your room, e.g. Columbine 1422.',
    'Package lockers for Aspen and Blue Spruce are in the commons; pickup code expires in 5 days.',
    'Summer conference hold [64712] keeps Columbine floors 10–14 closed from 06/01 to 07/31.',
    'Housing deposit refunds post to your student account within 30 days (detail code HDEP, ref [50009]).',
  ].join('\n'),
});

// ── 27. Course schedule, table (decoy-only) ──
const courses = table({
  id: 's97-courses',
  kind: 's97-course-schedule-crn-grid',
  caption: 'Class Schedule — Spring 2026 — Health & Exercise Sciences',
  headers: ['CRN', 'Subject', 'Course', 'Sec', 'Title', 'Days', 'Room'],
  rows: [
    ['[40014]', 'KINE', '3410', '001', 'Athletic Injury Management', 'MW', 'HES 120'],
    ['[40017]', 'KINE', '3410', 'L02', 'Athletic Injury Management Lab', 'F', 'HES 014'],
    ['[64714]', 'PUBH', '2100', '001', 'Introduction to Public Health', 'TR', 'ENG 210'],
    ['[41233]', 'HSCI', '4650', '001', 'Health Insurance and Reimbursement', 'TR', 'BUS 305'],
    ['[41240]', 'NURS', '3320', '002', 'Pharmacology for Nurses', 'MWF', 'NUR 110'],
    ['[42118]', 'BIOL', '2010', '001', 'Human Anatomy', 'MW', 'SCI 224'],
  ],
});

// ── 28. Course catalog description, text layer ──
const catalog = lines({
  id: 's97-catalog',
  kind: 's97-course-catalog-description-text',
  before: 'Course Catalog 2025–2026 — Health Sciences (HSCI)',
  text: [
    'HSCI 4650 Health Insurance and Reimbursement (3 cr). Prereq: HSCI 3300. CRN [41233].',
    'Students practise assigning CPT codes to case scenarios, e.g. office visits ({99213}) and nerve blocks ({64445}).',
    'Lab fee $35 charged to the student account; capacity 40; waitlist CRN [41234].',
    'Also offered at the medical campus, [13001] E 17th Pl, Aurora CO [80045].',
  ].join('\n'),
});

// ── 29. Club sports injury log, table ──
const injuryLog = table({
  id: 's97-injlog',
  kind: 's97-club-sports-injury-log-grid',
  caption: 'Club Sports injury log — Fall 2025',
  headers: ['Date', 'Club', 'Athlete ID', 'Injury', 'Disposition', 'Proc', 'Incident #'],
  rows: [
    ['09/06', 'Rugby (W)', 'N00561208', 'Forefoot pain L', 'Referred to SHS', '—', '[20040]'],
    ['09/13', 'Ultimate', 'N00533190', 'Ankle inversion', 'Taped, ice', '{29540}', '[20044]'],
    ['09/20', 'Climbing', 'N00488012', 'Finger pulley strain', 'Buddy tape', '—', '[20051]'],
    ['09/27', 'Cycling', 'N00470926', 'Fall, buttock / thigh pain', 'Pain clinic', '{64445}', '[20057]'],
    ['10/04', 'Rugby (M)', 'N00522871', 'Laceration, eyebrow', 'Closed at SHS', '{12011}', '[20063]'],
    ['10/11', 'Cycling', 'N00470926', 'Sciatic pain, follow-up', 'Pain clinic', '{64712}', '[20068]'],
  ],
});

// ── 30. Pain specialist consult note, prose ──
const consult = lines({
  id: 's97-consult',
  kind: 's97-pain-specialist-consult-note-text',
  before: 'Mile High Pain & Spine — Consultation',
  text: [
    'Referred by Front Range State University Student Health Services, referral [48121].',
    'Assessment: right sciatic neuropathy at the sciatic notch after a cycling fall; MRI {72148} shows no herniation.',
    'Procedure today: ultrasound-guided right sciatic nerve block, coded {64445} with {76942}.',
    'Plan: if two blocks give only transient relief, schedule sciatic neuroplasty ({64712}); {64714} is not indicated.',
    'Practice: 1850 Williams St Ste 300, Denver CO [80218]; patient account [60049].',
  ].join('\n'),
});

// ── 31. Counseling center charge grid, table ──
const counseling = table({
  id: 's97-caps',
  kind: 's97-counseling-center-charge-grid',
  caption: 'Counseling & Psychological Services — session charges',
  headers: ['Session', 'Code', 'Service', 'Fee', 'Covered by'],
  rows: [
    ['[30052]', '{90791}', 'Intake assessment', '$0', 'Health fee'],
    ['[30054]', '{90834}', 'Psychotherapy, 45 min', '$0', 'Health fee (6 sessions)'],
    ['[30066]', '{90837}', 'Psychotherapy, 60 min', '$40', 'SHIP'],
    ['[30093]', '{90853}', 'Group psychotherapy', '$0', 'Health fee'],
    ['[30098]', '{96127}', 'Brief emotional / behavioral assessment', '$0', 'Health fee'],
  ],
});

// ── 32. SHIP prior authorization letter, text layer ──
const paLetter = lines({
  id: 's97-paletter',
  kind: 's97-ship-prior-auth-letter-text',
  before: 'Utilization Management — Notice of Determination',
  text: [
    'Case [64612]   Member FRS0051773   Requesting provider: Front Range Neurology, Aurora CO [80045]',
    'Service: chemodenervation of muscles innervated by the facial nerve, unilateral ({64612}), with J0585.',
    'Decision: APPROVED for 2 sessions between 10/20/2025 and 04/19/2026. Authorization no. [90140].',
    'EMG guidance ({95874}) is not separately authorized.',
  ].join('\n'),
});

// ── 33. Health center vendor payments, table (decoy-only) ──
const vendors = table({
  id: 's97-vendors',
  kind: 's97-health-center-vendor-payments-grid',
  caption: 'Accounts payable — Student Health Services — September',
  headers: ['Vendor #', 'Vendor', 'Invoice', 'PO', 'Amount'],
  rows: [
    ['[64445]', 'Reference lab services', 'INV-[90173]', 'PO [22540]', '$4,812.20'],
    ['[10097]', 'Medical-surgical supplies', '[70068]', 'PO [22541]', '$9,130.77'],
    ['[10112]', 'Influenza vaccine supplier', '[70072]', 'PO [22544]', '$18,400.00'],
    ['[31187]', 'EHR license renewal', '[70073]', 'PO [22549]', '$26,015.00'],
  ],
});

// ── 34. SHIP member EOB, table ──
const memberEob = table({
  id: 's97-membereob',
  kind: 's97-ship-member-eob-grid',
  caption: 'Explanation of Benefits — this is not a bill',
  headers: ['Claim', 'Service date', 'Service code', 'Provider charge', 'Plan discount', 'Plan paid', 'You owe'],
  rows: [
    ['SH-25-[35507]', '09/18/2025', '{99204}', '$285.00', '$96.10', '$151.12', '$37.78'],
    ['SH-25-[35507]', '09/18/2025', '{64445}', '$930.00', '$341.20', '$471.04', '$117.76'],
    ['SH-25-[35507]', '09/18/2025', '{76942}', '$310.00', '$91.60', '$174.72', '$43.68'],
    ['SH-25-[36120]', '10/02/2025', '{64712}', '$3,980.00', '—', '—', 'Pending'],
    ['SH-25-[36120]', '10/02/2025', '{64714}', '$3,620.00', '$3,620.00', '$0.00', '$0.00'],
  ],
});

// ── 35. Athletic training room daily treatment log, table ──
const atLog = table({
  id: 's97-atlog',
  kind: 's97-athletic-training-room-treatment-log-grid',
  caption: 'Athletic Training Room — treatment log — 10/15/2025',
  headers: ['Time', 'Athlete', 'Sport', 'Tx', 'Minutes', 'Locker'],
  rows: [
    ['07:10', 'N00533190', 'Ultimate', '{97110}', '15', '[10075]'],
    ['07:25', 'N00488012', 'Cross country', '{97140}', '10', '[10089]'],
    ['07:40', 'N00522871', 'Soccer', '{97112}', '15', '[10213]'],
    ['15:05', 'N00470926', 'Cycling', '{97035}', '8', '[10226]'],
    ['15:20', 'N00533190', 'Ultimate', '{29540}', '—', '[10075]'],
    ['15:45', 'N00561208', 'Rugby', '{97010}', '20', '[10241]'],
  ],
});

// ── 36. Secure message from SHS billing to a student, prose ──
const billingMsg = lines({
  id: 's97-billmsg',
  kind: 's97-shs-billing-secure-message-text',
  before: 'Patient portal — Messages — Re: charges on my account',
  text: [
    'Hi — thanks for your question about the health charges on your student account.',
    'The $42 line is the ankle x-ray ({73610}); it posts under detail code SHXR with reference [50044].',
    'The injection at Mile High Pain & Spine was billed to your SHIP by them as {64445}, so it is not on your bursar bill.',
    'If they go ahead with surgery ({64712}) they need prior authorization first; your pre-cert reference is [48122].',
    'You can mail an appeal to PO Box [64712], Dallas TX [75380], or call the number on your card.',
    '— SHS Billing, 1204 Campus Delivery, Aurora CO [80010]',
  ].join('\n'),
});

// ── 37. SHS outside-referral tracking, table ──
const referralTrack = table({
  id: 's97-reftrack',
  kind: 's97-shs-referral-tracking-grid',
  caption: 'Outside referrals — open and recently closed',
  headers: ['Referral', 'Specialty', 'Practice ZIP', 'Proc', 'Status', 'Days open'],
  rows: [
    ['[48121]', 'Pain medicine', '[80218]', '{64445}', 'Seen', '12'],
    ['[48122]', 'Pain medicine', '[80218]', '{64712}', 'Awaiting PA', '19'],
    ['[48150]', 'Podiatry', '[80012]', '{64632}', 'Scheduled', '7'],
    ['[48152]', 'Neurology', '[80045]', '{64612}', 'Approved', '4'],
    ['[48156]', 'Physical therapy', '[80010]', '{97161}', 'Seen', '22'],
    ['[48160]', 'Orthopedics', '[80112]', '{29881}', 'Pending', '3'],
  ],
});

// ── 38. SHIP limitations page, prose ──
const limits = lines({
  id: 's97-limits',
  kind: 's97-ship-limitations-page-text',
  before: 'Student Health Insurance Plan — Limitations and notification rules',
  text: [
    'Neurolytic destruction of plantar digital nerves ({64632}) is limited to 4 sessions per foot per policy year.',
    'Neuroplasty ({64712}, {64714}) done in an ambulatory surgery center needs notice 5 business days ahead.',
    'Chemodenervation ({64612}) is covered for hemifacial spasm and blepharospasm, never for cosmetic use.',
    'Policy [30143] is issued to Front Range State University, 1204 Campus Delivery, Aurora CO [80010].',
  ].join('\n'),
});

export const sealed97: Snippet[] = [
  ...chargeSheet,
  ...chargeFooter,
  ...claimList,
  ...claimDetail,
  ...referral,
  ...precert,
  ...clubReport,
  ...atNote,
  ...waiver,
  ...waiverAudit,
  ...pharmacy,
  ...adminLog,
  ...bursar,
  ...bursarNotes,
  ...feePolicy,
  ...feeTable,
  ...benefits,
  ...idCard,
  ...x12,
  ...era,
  ...hl7,
  ...claimJson,
  ...eligXml,
  ...csv,
  ...hallDir,
  ...housing,
  ...courses,
  ...catalog,
  ...injuryLog,
  ...consult,
  ...counseling,
  ...paLetter,
  ...vendors,
  ...memberEob,
  ...atLog,
  ...billingMsg,
  ...referralTrack,
  ...limits,
];
