import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 139 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s139-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too (99203, 99204, 99213, 99214, 99284, 76942, 95910, 95886, 64640, 64447, 64450). The decoys are what
 * COB and MSP paperwork is full of: ZIPs of the practice, the payers, the employer, the BCRC and the attorney, PO
 * boxes, group numbers, electronic payer ids, the Medicare contractor (carrier) number, COBA ids of the Medigap and
 * retiree plans, claim-number segments, X12 control and batch numbers, a liability claim number, a recovery
 * vendor's project and letter ids, audit and credit numbers, posting batches, a refund check and GL account, an
 * employee number and an RRE id. About a third of them are numbers
 * of the synthetic 10,000-code set (KNOWN_10K). The five known codes' digits come back as decoys: the employer's
 * group number 64712 (on the questionnaire, EOB, 837 2320 loop, MSP record, statement and retiree group), the
 * practice's lockbox PO Box 64445, the patient's ZIP 64445 (Elmo, MO), a liability insurer's claim number
 * 64714, the recovery vendor's project 64612, a COB case and an MSPRP confirmation 64632, and a recovery
 * claim number 64712.
 *
 * Family: coordination of benefits (COB) and Medicare Secondary Payer (MSP) around a (fictional) pain and
 * peripheral-nerve practice's claims, over three cases: a working-aged Medicare beneficiary whose employer plan pays
 * first (MSP intake questionnaire, EHR MSP screening history, the primary's member EOB, provider remittance and 835,
 * the secondary 837P with its 2320/2430 loops, the MSN, the Blue Button EOB, the payment-posting CSV, the patient
 * statement and a billing chat, then retirement: the employer's letter, the primary's CARC 22 denial, the BCRC's
 * MSP record update and an MSP eligibility export); a Medicare beneficiary hurt in a car crash with a Medigap plan
 * (Medicare 835 forwarding to the COBA trading partner, the COBA crossover 837, the Medigap portal's crossover claims,
 * account notes, the BCRC conditional payment letter and payment summary form, the MSPRP claims listing, the
 * attorney's dispute and the final demand); and a commercial member billed to his spouse's plan first (the plan's
 * COB questionnaire, its other-insurance update screen, a 271 with the other payer loop, the recovery vendor's
 * overpayment letter and claims listing, the practice's refund request and email, the secondary claim builder, a
 * CMS-1500 to the secondary, the secondary's COB worksheet), with the billing system's secondary-claims work queue,
 * a 277CA and clearinghouse rejection report, a credit balance report and a payer's provider-manual COB chapter.
 * Built on real public layouts: the CMS model MSP questionnaire (Parts I–VI), X12 5010 837P loops 2320/2430 (SBR,
 * AMT*D, AMT*EAF, SVD, CAS, DTP*573), the 835 (CLP status 19, NM1*TT crossover carrier, MOA MA18), the 271 other
 * payer loop (EB*R, LS/LE 2120, NM1*PRP), the 277CA, the NUCC CMS-1500 boxes 9, 11 and 24, the Medicare Summary
 * Notice claim table, the BCRC conditional payment letter with its payment summary form and final demand (NGHP box
 * in Oklahoma City), the MSPRP claims listing, and Blue Button 2.0 carrier ExplanationOfBenefit JSON. The others are
 * written the way those pages read, with no single source.
 *
 * 368 labelled tokens over 40 shapes: 162 codes, 206 decoys, 74 of the decoys in KNOWN_10K.
 */

// ── Case A: Harold J. Brennan, working aged, Heartland Mutual (group 64712) primary, Medicare Part B secondary ──

// ── 1. Practice MSP intake questionnaire, text layer ──
const mspQuestionnaire = lines({
  id: 's139-mspq',
  kind: 's139-msp-intake-questionnaire-text',
  before: 'Bluestem Pain & Peripheral Nerve Center — Medicare Secondary Payer Questionnaire (CMS model, Parts I–VI)',
  text: [
    'Patient: Harold J. Brennan   DOB 03/14/1958   MBI 5TQ7-HJ2-RN84   Acct BPN-208471   Visit 02/11/2025',
    'Scheduled today: new patient visit and right sciatic nerve block ({64445}) with ultrasound guidance ({76942})',
    'PART I  1. Are you receiving Black Lung (BL) benefits? No   2. Are the services to be paid by a research grant? No',
    '3. Has the Department of Veterans Affairs authorized and agreed to pay for care at this facility? No',
    '4. Was the illness/injury due to a work-related accident/condition? No',
    'PART II  1. Was the illness/injury due to a non-work-related accident? No',
    'PART IV — AGE  1. Are you currently employed? Yes   Employer: Midland Grain Cooperative, 1900 Elevator Rd,',
    '   Corder Junction, MO [64432]   Date of retirement: n/a',
    '2. Is your spouse currently employed? No (retired 2019)',
    '3. Do you have group health plan (GHP) coverage based on your own current employment? Yes',
    '   Name of GHP: Heartland Mutual Benefit Plan   Policy ID HMB418820563   Group [64712]',
    '   Claims address: PO Box [30158], Omaha, NE [68103]',
    '4. Does the employer that sponsors your GHP employ 20 or more employees? Yes (about 340)',
    'Result: GHP primary, Medicare secondary (working aged, MSP type 12)   Reviewed by T. Okafor 02/11/2025',
  ].join('\n'),
});

// ── 2. EHR MSP screening history, grid ──
const mspHistory = table({
  id: 's139-msphist',
  kind: 's139-ehr-msp-screening-history-grid',
  caption: 'Brennan, Harold J — Insurance › MSP screening history',
  headers: ['Visit', 'Services', 'MSP result', 'Primary', 'Secondary', 'By'],
  rows: [
    [
      '02/11/2025',
      '{99204}-25, {64445}-RT, {76942}',
      'Working aged — GHP primary (type 12)',
      'Heartland Mutual, grp [64712]',
      'Medicare Part B',
      'TO',
    ],
    [
      '04/08/2025',
      '{64712}-RT (ASC, POS 24)',
      'No change; employer confirms active',
      'Heartland Mutual, grp [64712]',
      'Medicare Part B',
      'TO',
    ],
    [
      '07/15/2025',
      '{99213}-25, {64445}-RT, {76942}',
      'Retired 06/30/2025 — Medicare primary',
      'Medicare Part B',
      'Heartland Retiree (COBA [30097])',
      'JR',
    ],
    ['08/12/2025', '{64445}-RT, {76942}', 'No change', 'Medicare Part B', 'Heartland Retiree (COBA [30097])', 'JR'],
  ],
});

// ── 3. Primary payer's member EOB, text layer ──
const memberEob = lines({
  id: 's139-membereob',
  kind: 's139-primary-member-eob-text',
  before: 'HEARTLAND MUTUAL BENEFIT PLAN — EXPLANATION OF BENEFITS — THIS IS NOT A BILL',
  text: [
    'Member: HAROLD J BRENNAN   ID HMB418820563   Group [64712] Midland Grain Cooperative   Statement date 02/21/2025',
    'Claim no. 2025-[05243]-01   Provider: Bluestem Pain & Peripheral Nerve Center   Patient acct BPN-208471',
    'Service 02/11/2025  New patient office visit ({99204}-25)   Billed $310.00  Allowed $228.40  Deductible $150.00',
    '                    Coinsurance $15.68  Plan paid $62.72',
    'Service 02/11/2025  Nerve block, sciatic, right ({64445}-RT)   Billed $425.00  Allowed $196.10  Coinsurance $39.22',
    '                    Plan paid $156.88',
    'Service 02/11/2025  Ultrasound needle guidance ({76942})   Billed $180.00  Allowed $88.50  Coinsurance $17.70',
    '                    Plan paid $70.80',
    'Totals: Billed $915.00   Network savings $402.00   Plan paid $290.40   Your share $222.60',
    'Your share may be sent to Medicare, your secondary coverage. Deductible met: $150.00 of $1,500.00 (2025).',
    'Questions? 1-800-555-0199 · Heartland Mutual, PO Box [30158], Omaha, NE [68103] · Paid by EFT 02/21/2025',
  ].join('\n'),
});

// ── 4. Primary payer's provider remittance, grid ──
const providerRemit = table({
  id: 's139-provremit',
  kind: 's139-primary-provider-remittance-grid',
  caption:
    'Heartland Mutual Benefit Plan — Provider Remittance Advice — Payee: Bluestem Pain & Peripheral Nerve Center',
  headers: ['Claim #', 'DOS', 'Proc', 'Mod', 'Billed', 'Allowed', 'Deduct', 'Coins', 'Paid', 'Adj'],
  rows: [
    ['2025-[05243]-01', '02/11/2025', '{99204}', '25', '310.00', '228.40', '150.00', '15.68', '62.72', 'CO-45 81.60'],
    ['', '02/11/2025', '{64445}', 'RT', '425.00', '196.10', '0.00', '39.22', '156.88', 'CO-45 228.90'],
    ['', '02/11/2025', '{76942}', '', '180.00', '88.50', '0.00', '17.70', '70.80', 'CO-45 91.50'],
    [
      '2025-[11870]-01',
      '04/08/2025',
      '{64712}',
      'RT',
      '2,480.00',
      '1,236.50',
      '0.00',
      '247.30',
      '989.20',
      'CO-45 1,243.50',
    ],
    [
      'Payee PO Box [64445]',
      'Riverbend, MO [64151]',
      '',
      '',
      '3,395.00',
      '1,749.50',
      '150.00',
      '319.90',
      '1,279.60',
      '',
    ],
  ],
});

// ── 5. Primary payer's 835 for the neuroplasty, text layer ──
const primary835 = lines({
  id: 's139-pri835',
  kind: 's139-primary-835-remit-text',
  before: 'ERA viewer — 835 from HEARTLAND MUTUAL — check/EFT 1470521881 — 05/02/2025',
  text: [
    'BPR*I*989.2*C*ACH*CCP*01*101000019*DA*8812047*1470521881**01*101205681*DA*33021907*20250502~',
    'TRN*1*[73021]*1470521881~',
    'N1*PR*HEARTLAND MUTUAL BENEFIT PLAN~',
    'N3*PO BOX [30158]~',
    'N4*OMAHA*NE*[68103]~',
    'REF*2U*[80057]~',
    'N1*PE*BLUESTEM PAIN AND PERIPHERAL NERVE CENTER*XX*1538204716~',
    'N3*PO BOX [64445]~',
    'N4*RIVERBEND*MO*[64151]~',
    'CLP*BPN208471-0408*1*2480*989.2*247.3*12*2025-[11870]-01*24*1~',
    'NM1*QC*1*BRENNAN*HAROLD*J***MI*HMB418820563~',
    'NM1*82*1*IWU*RAYMOND****XX*1962457103~',
    'SVC*HC:{64712}:RT*2480*989.2**1~',
    'DTM*472*20250408~',
    'CAS*CO*45*1243.5~',
    'CAS*PR*2*247.3~',
    'AMT*B6*1236.5~',
  ].join('\n'),
});

// ── 6. Secondary 837P to Medicare with the primary's adjudication (2320/2430), text layer ──
const secondary837 = lines({
  id: 's139-sec837',
  kind: 's139-secondary-837p-cob-loops-text',
  before: 'Claim BPN208471-0211 — outbound 837P (secondary) — view as text',
  text: [
    'SBR*S*18***12****MB~',
    'NM1*IL*1*BRENNAN*HAROLD*J***MI*5TQ7HJ2RN84~',
    'N3*2217 SYCAMORE BEND RD~',
    'N4*DEARBORN*MO*[64440]~',
    'NM1*PR*2*MEDICARE PART B J5*****PI*[05302]~',
    'CLM*BPN208471-0211*915***11:B:1*Y*A*Y*Y~',
    'HI*ABK:G5701*ABF:M5416~',
    'SBR*P*18*[64712]*HEARTLAND MUTUAL*****12~',
    'AMT*D*290.4~',
    'AMT*EAF*222.6~',
    'OI***Y*P**Y~',
    'NM1*IL*1*BRENNAN*HAROLD*J***MI*HMB418820563~',
    'NM1*PR*2*HEARTLAND MUTUAL BENEFIT PLAN*****PI*[80057]~',
    'DTP*573*D8*20250221~',
    'LX*1~',
    'SV1*HC:{99204}:25*310*UN*1***1~',
    'SVD*[80057]*62.72*HC:{99204}:25**1~',
    'CAS*CO*45*81.6~',
    'CAS*PR*1*150**2*15.68~',
    'LX*2~',
    'SV1*HC:{64445}:RT*425*UN*1***1~',
    'SVD*[80057]*156.88*HC:{64445}:RT**1~',
    'CAS*CO*45*228.9~',
    'CAS*PR*2*39.22~',
    'LX*3~',
    'SV1*HC:{76942}*180*UN*1***1~',
    'SVD*[80057]*70.8*HC:{76942}**1~',
    'CAS*CO*45*91.5~',
    'CAS*PR*2*17.7~',
    'DTP*573*D8*20250221~',
  ].join('\n'),
});

// ── 7. Medicare Summary Notice claim table ──
const msn = table({
  id: 's139-msn',
  kind: 's139-medicare-summary-notice-claim-grid',
  caption:
    'Medicare Summary Notice for Part B — HAROLD J BRENNAN — Bluestem Pain & Peripheral Nerve Center, PO Box 64445, Riverbend, MO 64151 — Service date February 11, 2025',
  headers: [
    'Service Provided & Billing Code',
    'Service Approved?',
    'Amount Provider Charged',
    'Medicare-Approved Amount',
    'Medicare Paid',
    'You May Be Billed',
    'See Notes',
  ],
  rows: [
    ['New patient office visit, 45 minutes ({99204}-25)', 'Yes', '$310.00', '$171.32', '$24.22', '$141.46', 'A, B'],
    ['Injection of anesthetic into sciatic nerve ({64445}-RT)', 'Yes', '$425.00', '$128.76', '$39.22', '$0.00', 'A'],
    ['Ultrasound guidance for needle placement ({76942})', 'Yes', '$180.00', '$58.34', '$17.70', '$0.00', 'A'],
    ['Claim number 2225043118740 · Total', '', '$915.00', '$358.42', '$81.14', '$141.46', ''],
  ],
});

// ── 8. Blue Button 2.0 carrier ExplanationOfBenefit, JSON text layer ──
const blueButton = lines({
  id: 's139-bbeob',
  kind: 's139-blue-button-carrier-eob-json-text',
  before: 'GET /v2/fhir/ExplanationOfBenefit?patient=-10000000021948&type=carrier',
  text: [
    '{ "resourceType": "ExplanationOfBenefit", "id": "carrier-10317734598",',
    '  "billablePeriod": { "start": "2025-02-11", "end": "2025-02-11" },',
    '  "extension": [ { "url": "https://bluebutton.cms.gov/resources/variables/carr_num",',
    '      "valueIdentifier": { "value": "[05302]" } },',
    '    { "url": "https://bluebutton.cms.gov/resources/variables/nch_clm_prvdr_pmt_amt", "valueMoney": { "value": 81.14 } } ],',
    '  "item": [',
    '    { "sequence": 1, "productOrService": { "coding": [ { "system": "https://bluebutton.cms.gov/resources/codesystem/hcpcs",',
    '        "code": "{99204}" } ] }, "modifier": [ { "coding": [ { "code": "25" } ] } ],',
    '      "locationCodeableConcept": { "extension": [ { "url": ".../prvdr_zip", "valueCoding": { "code": "[64151]" } } ] },',
    '      "adjudication": [ { "category": ".../line_bene_prmry_pyr_pd_amt", "amount": { "value": 62.72 } } ] },',
    '    { "sequence": 2, "productOrService": { "coding": [ { "system": "https://bluebutton.cms.gov/resources/codesystem/hcpcs",',
    '        "code": "{64445}" } ] }, "modifier": [ { "coding": [ { "code": "RT" } ] } ],',
    '      "adjudication": [ { "category": ".../line_bene_prmry_pyr_pd_amt", "amount": { "value": 156.88 } },',
    '        { "category": ".../line_nch_pmt_amt", "amount": { "value": 39.22 } } ] },',
    '    { "sequence": 3, "productOrService": { "coding": [ { "code": "{76942}" } ] },',
    '      "adjudication": [ { "category": ".../line_prmry_alowd_chrg_amt", "amount": { "value": 88.5 } } ] } ] }',
  ].join('\n'),
});

// ── 9. Payment posting CSV export, text layer ──
const postingCsv = lines({
  id: 's139-postcsv',
  kind: 's139-payment-posting-export-csv-text',
  before: 'payments_2025Q2_export.csv',
  text: [
    'post_date,batch,acct,patient,dos,cpt,mod,payer,payer_id,seq,paid,adj_grp,carc,adj_amt,pt_resp',
    '02/24/2025,[60422],208471,BRENNAN HAROLD,02/11/2025,{99204},25,HEARTLAND MUTUAL,[80057],P,62.72,CO,45,81.60,165.68',
    '02/24/2025,[60422],208471,BRENNAN HAROLD,02/11/2025,{64445},RT,HEARTLAND MUTUAL,[80057],P,156.88,CO,45,228.90,39.22',
    '02/24/2025,[60422],208471,BRENNAN HAROLD,02/11/2025,{76942},,HEARTLAND MUTUAL,[80057],P,70.80,CO,45,91.50,17.70',
    '03/14/2025,[60519],208471,BRENNAN HAROLD,02/11/2025,{99204},25,MEDICARE B J5,[05302],S,24.22,OA,23,0.00,141.46',
    '03/14/2025,[60519],208471,BRENNAN HAROLD,02/11/2025,{64445},RT,MEDICARE B J5,[05302],S,39.22,OA,23,0.00,0.00',
    '03/14/2025,[60519],208471,BRENNAN HAROLD,02/11/2025,{76942},,MEDICARE B J5,[05302],S,17.70,OA,23,0.00,0.00',
    '05/05/2025,[61027],208471,BRENNAN HAROLD,04/08/2025,{64712},RT,HEARTLAND MUTUAL,[80057],P,989.20,CO,45,1243.50,247.30',
    '05/30/2025,[61388],208471,BRENNAN HAROLD,04/08/2025,{64712},RT,MEDICARE B J5,[05302],S,247.30,OA,23,0.00,0.00',
    '06/09/2025,[61440],311904,OYELARAN MARCUS,03/10/2025,{64612},,KEYSTONE TRUST,[47163],P,169.38,CO,45,331.80,18.82',
    '06/09/2025,[61440],311904,OYELARAN MARCUS,04/22/2025,{64632},RT,KEYSTONE TRUST,[47163],P,217.62,CO,45,148.20,24.18',
  ].join('\n'),
});

// ── 10. Patient statement after both payers, summary text layer ──
const statementHead = lines({
  id: 's139-stmthead',
  kind: 's139-patient-statement-summary-text',
  before: 'BLUESTEM PAIN & PERIPHERAL NERVE CENTER',
  text: [
    '6300 NW Barry Rd, Suite 210 · Riverbend, MO [64151] · (816) 555-0142 · bluestempain.example/pay',
    'Statement date 06/14/2025   Account BPN-208471   Guarantor: Harold J. Brennan, 2217 Sycamore Bend Rd,',
    'Dearborn, MO [64440]',
    'AMOUNT DUE $141.46   PAY BY 07/09/2025   Online code [52814]',
    'Visits on this statement: 02/11/2025 ({99204}, {64445}, {76942}) and 04/08/2025 ({64712}, surgery center)',
    'Your insurance: Heartland Mutual (group [64712]) paid first; Medicare paid second. Both have processed these visits.',
    'Make checks payable to Bluestem Pain & Peripheral Nerve Center and mail to PO Box [64445], Riverbend, MO [64151]-0445',
  ].join('\n'),
});

// ── 11. Patient statement detail, grid ──
const statementDetail = table({
  id: 's139-stmtdetail',
  kind: 's139-patient-statement-detail-grid',
  caption: 'Account activity since your last statement',
  headers: ['Date', 'Description', 'Code', 'Charges', 'Heartland paid', 'Medicare paid', 'Adjustments', 'You owe'],
  rows: [
    ['02/11/2025', 'New patient visit', '{99204}', '310.00', '62.72', '24.22', '81.60', '141.46'],
    ['02/11/2025', 'Nerve block, sciatic, right', '{64445}', '425.00', '156.88', '39.22', '228.90', '0.00'],
    ['02/11/2025', 'Ultrasound guidance', '{76942}', '180.00', '70.80', '17.70', '91.50', '0.00'],
    [
      '04/08/2025',
      'Nerve release (neuroplasty), sciatic, right — surgery center',
      '{64712}',
      '2,480.00',
      '989.20',
      '247.30',
      '1,243.50',
      '0.00',
    ],
    ['', 'Totals', '', '3,395.00', '1,279.60', '328.44', '1,645.50', '141.46'],
  ],
});

// ── 12. Patient portal billing chat, text layer ──
const billingChat = lines({
  id: 's139-chat',
  kind: 's139-patient-portal-billing-chat-text',
  before: 'Messages › Billing question — Harold Brennan',
  text: [
    "Harold B. 06/16/2025 7:42 PM: I got a bill for $141.46. I have two insurances, shouldn't they cover it all?",
    'Renata (Billing) 06/17/2025 8:55 AM: Hi Mr. Brennan — your 2/11 visit had three services: the new patient visit',
    '({99204} on your statement), the sciatic nerve block {64445} and the ultrasound guidance {76942}.',
    'Renata (Billing): Heartland paid first. Medicare applied your $257.00 Part B deductible, so $141.46 is left on the visit line.',
    'Harold B.: What about the surgery in April? My Heartland EOB lists {64712} for it.',
    'Renata (Billing): That one is paid in full: Heartland $989.20 and Medicare $247.30, you owe $0.00 for {64712}.',
    'Harold B.: I retire June 30. Do I need to tell you? I have the nerve block again on 7/15 ({64445}).',
    "Renata (Billing): Yes please. From 7/1 Medicare pays first and Heartland's retiree plan gets the claim by crossover",
    '(they are COBA [30097]). Bring both cards to your 7/15 visit. Ticket [80350] closed.',
  ].join('\n'),
});

// ── 13. Employer's benefits letter at retirement, text layer (decoy heavy) ──
const employerLetter = lines({
  id: 's139-employer',
  kind: 's139-employer-ghp-verification-letter-text',
  before: 'MIDLAND GRAIN COOPERATIVE · Human Resources',
  text: [
    '1900 Elevator Road · Corder Junction, MO [64432] · (660) 555-0126',
    'June 27, 2025',
    'To: Bluestem Pain & Peripheral Nerve Center, fax (816) 555-0148 — Re: Harold J. Brennan, employee no. [30917]',
    'This confirms that Mr. Brennan was actively employed full-time through 06/30/2025 and was covered as the employee',
    'under our group health plan, Heartland Mutual Benefit Plan, group no. [64712], from 03/01/2023 through 06/30/2025.',
    'We employed 20 or more employees in each of 20 or more calendar weeks this year and last year (headcount 341).',
    'Effective 07/01/2025 he is enrolled in the Midland Grain retiree medical plan, group [64712]-RET, which pays after Medicare.',
    "The change has been sent to the BCRC in our plan's Section 111 GHP file (RRE ID [31044]). — Carla Nyberg, Benefits Manager",
  ].join('\n'),
});

// ── 14. Primary payer's denial after retirement (CARC 22), text layer ──
const retireeDenial = lines({
  id: 's139-denial22',
  kind: 's139-payer-cob-denial-notice-text',
  before: 'HEARTLAND MUTUAL BENEFIT PLAN — Provider Claim Notice — CLAIM DENIED',
  text: [
    'Claim no. 2025-[19033]-01   Received 07/22/2025   Patient: Harold J. Brennan   Member ID HMB418820563',
    'Group [64712]-RET (Midland Grain retiree medical)   Provider: Bluestem Pain & Peripheral Nerve Center',
    'Line 1  07/15/2025  {99213}-25   $165.00   Paid $0.00   CARC 22  RARC N479',
    'Line 2  07/15/2025  {64445}-RT   $425.00   Paid $0.00   CARC 22  RARC N479',
    'Line 3  07/15/2025  {76942}      $180.00   Paid $0.00   CARC 22  RARC N479',
    'CARC 22: This care may be covered by another payer per coordination of benefits. Our records show Medicare is the',
    "member's primary coverage beginning 07/01/2025 (retirement reported by the employer 06/27/2025).",
    'Submit to Medicare; the claim will cross over to us automatically (COBA ID [30097]).',
    'Corrected or paper claims: PO Box [30158], Omaha, NE [68103]; electronic payer ID [80057].',
  ].join('\n'),
});

// ── 15. BCRC letter: MSP record updated, text layer (decoy heavy) ──
const bcrcUpdate = lines({
  id: 's139-bcrcupd',
  kind: 's139-bcrc-msp-record-update-letter-text',
  before: 'Benefits Coordination & Recovery Center',
  text: [
    'P.O. Box 138897 · Oklahoma City, OK [73113]   August 6, 2025',
    'HAROLD J BRENNAN · 2217 SYCAMORE BEND RD · DEARBORN MO [64440]',
    'Medicare Number: 5TQ7-HJ2-RN84',
    'We have updated your Medicare record. Medicare will now pay first for your health care services.',
    'Other insurance: HEARTLAND MUTUAL BENEFIT PLAN   Policy ID HMB418820563   Group number [64712]',
    'Type of coverage: group health plan, working aged   Effective 03/01/2023   Termination 06/30/2025',
    'Medicare claims for services on or after 07/01/2025 that were denied because the other insurance was thought to',
    'pay first may be reprocessed. Your providers may contact their Medicare contractor. Letter reference [82945].',
  ].join('\n'),
});

// ── 16. MSP records from the practice's eligibility batch, grid ──
const mspEligibility = table({
  id: 's139-mspelig',
  kind: 's139-eligibility-batch-msp-records-grid',
  caption: 'Eligibility batch 08/11/2025 — Medicare (HETS) — MSP segments returned',
  headers: ['Patient', 'MSP type', 'Insurer', 'Insurer address', 'Policy / group / claim', 'Effective', 'Termination'],
  rows: [
    [
      'Brennan, Harold J',
      '12 Working aged',
      'HEARTLAND MUTUAL BENEFIT PLAN',
      'PO BOX [30158] OMAHA NE [68103]',
      'HMB418820563 / [64712]',
      '03/01/2023',
      '06/30/2025',
    ],
    [
      'Kessler, Donna M',
      '47 Liability',
      'OZARK CASUALTY INSURANCE CO',
      'PO BOX [66282] TOPEKA KS [66610]',
      'Claim OC-24-[64714]',
      '11/22/2024',
      '',
    ],
    [
      'Nguyen, Thomas V',
      '12 Working aged',
      'HEARTLAND MUTUAL BENEFIT PLAN',
      'PO BOX [30158] OMAHA NE [68103]',
      'HMB552017804 / [64712]',
      '01/01/2025',
      '',
    ],
  ],
});

// ── Case B: Donna M. Kessler, Medicare primary, Medigap Plan G (COBA 30342), auto accident 11/22/2024 ──

// ── 17. Medicare 835 with crossover to the Medigap plan, text layer ──
const medicare835 = lines({
  id: 's139-mcr835',
  kind: 's139-medicare-835-crossover-text',
  before: 'ERA viewer — 835 from MEDICARE PART B J5 — 04/04/2025',
  text: [
    'N1*PR*MIDWEST MEDICARE ADMINISTRATIVE CONTRACTOR J5~',
    'REF*2U*[05302]~',
    'N1*PE*BLUESTEM PAIN AND PERIPHERAL NERVE CENTER*XX*1538204716~',
    'N4*RIVERBEND*MO*[64151]~',
    'CLP*BPN220915-0318*19*3150*801.98*200.5*MB*2225077406512*24*1~',
    'NM1*QC*1*KESSLER*DONNA*M***MI*7KR2TF8WD63~',
    'NM1*TT*2*PRAIRIE STATE LIFE MEDIGAP*****PI*[30342]~',
    'MOA***MA18~',
    'SVC*HC:{64714}:LT*3150*801.98**1~',
    'DTM*472*20250318~',
    'CAS*CO*45*2147.52~',
    'CAS*PR*2*200.5~',
    'AMT*B6*1002.48~',
    'CLP*BPN220915-0506*19*390*94.44*23.61*MB*2225127403318*11*1~',
    'NM1*TT*2*PRAIRIE STATE LIFE MEDIGAP*****PI*[30342]~',
    'SVC*HC:{64632}:LT*390*94.44**1~',
    'CAS*CO*45*271.95~',
    'CAS*PR*2*23.61~',
  ].join('\n'),
});

// ── 18. COBA crossover claim (837P as the Medigap plan receives it), text layer ──
const cobaCrossover = lines({
  id: 's139-coba837',
  kind: 's139-coba-crossover-837p-text',
  before: 'Prairie State Life — inbound crossover file from COBA ID 30342 — claim 2225155209940',
  text: [
    'NM1*PR*2*PRAIRIE STATE LIFE MEDIGAP*****PI*[30342]~',
    'CLM*BPN220915-0603*1210***11:B:1*Y*A*Y*Y~',
    'SBR*P*18*******MB~',
    'AMT*D*450.99~',
    'MOA***MA18~',
    'NM1*PR*2*MEDICARE PART B J5*****PI*[05302]~',
    'LX*1~',
    'SV1*HC:{64612}*520*UN*1***1~',
    'DTP*472*D8*20250603~',
    'SVD*[05302]*75.92*HC:{64612}**1~',
    'CAS*CO*45*425.1~',
    'CAS*PR*2*18.98~',
    'LX*2~',
    'SV1*HC:J0585*690*UN*50***1~',
    'SVD*[05302]*375.07*HC:J0585**50~',
    'CAS*CO*45*221.17~',
    'CAS*PR*2*93.76~',
  ].join('\n'),
});

// ── 19. Medigap plan's provider portal: crossover claims received, grid ──
const medigapPortal = table({
  id: 's139-medigap',
  kind: 's139-medigap-crossover-claims-portal-grid',
  caption: 'Prairie State Life & Health — Medicare Supplement Plan G — Claims received from Medicare (COBA 30342)',
  headers: [
    'Claim no.',
    'Received',
    'DOS',
    'Code',
    'Medicare approved',
    'Medicare paid',
    'Coins (20%)',
    'Plan G paid',
    'Status',
  ],
  rows: [
    ['PSL-[61207]', '01/24/2025', '01/07/2025', '{64445}-LT', '128.76', '103.01', '25.75', '25.75', 'Paid 01/31/2025'],
    ['PSL-[61207]', '01/24/2025', '01/07/2025', '{76942}', '58.34', '46.67', '11.67', '11.67', 'Paid 01/31/2025'],
    ['PSL-[63350]', '02/21/2025', '02/04/2025', '{95910}', '212.31', '169.85', '42.46', '42.46', 'Paid 02/28/2025'],
    ['PSL-[63350]', '02/21/2025', '02/04/2025', '{95886}', '88.12', '70.50', '17.62', '17.62', 'Paid 02/28/2025'],
    ['—', '—', '03/18/2025', '{64714}-LT', '1,002.48', '801.98', '200.50', '', 'Not received from COBA'],
    ['PSL-[70811]', '05/23/2025', '05/06/2025', '{64632}-LT', '118.05', '94.44', '23.61', '23.61', 'Paid 05/30/2025'],
  ],
});

// ── 20. Account notes, text layer ──
const accountNotes = lines({
  id: 's139-notes',
  kind: 's139-billing-account-notes-log-text',
  before: 'Account 220915 — KESSLER, DONNA M — Notes (newest last)',
  text: [
    '06/02/2025 09:14 JRR  Medicare ERA 04/04 for DOS 03/18/2025 ({64714}-LT) shows MA18, crossed to COBA [30342].',
    '06/02/2025 09:20 JRR  Prairie State Life provider line, call ref [50227]: no crossover on file; bill direct with Medicare ERA.',
    '06/02/2025 09:31 JRR  Paper CMS-1500 + ERA page to Prairie State Life Claims, PO Box [82941], Cheyenne, WY [82003].',
    '06/05/2025 14:02 MKL  BCRC conditional payment letter received (copy from attorney). Lists our DOS 01/07 ({64445}, {76942}),',
    '                      02/04 ({95910}, {95886}) and 03/18 ({64714}); also 05/06 ({64632}) and 06/03 ({64612}).',
    '06/05/2025 14:05 MKL  Teague & Molina (Liberty, MO [64068]) wants itemized bill + records. Do NOT bill Ozark Casualty;',
    "                      Medicare already paid. Liability claim OC-24-[64714] is for the attorney's file only.",
    '06/19/2025 10:40 MKL  Pt says 05/06 neuroma treatment {64632} and 06/03 {64612} (blepharospasm) are not accident related.',
    '06/23/2025 11:02 JRR  Prairie State Life paid the direct-billed 03/18 claim, {64714}-LT, $200.50. Closed.',
    '06/23/2025 11:06 JRR  HETS shows MSP type 47 (liability) open from 11/22/2024; {64445} and {64714} were paid conditionally.',
  ].join('\n'),
});

// ── 21. BCRC conditional payment letter, text layer (decoy heavy) ──
const cpl = lines({
  id: 's139-cpl',
  kind: 's139-bcrc-conditional-payment-letter-text',
  before: 'Benefits Coordination & Recovery Center — CONDITIONAL PAYMENT LETTER',
  text: [
    'Medicare – NGHP · P.O. Box 138832 · Oklahoma City, OK [73113]   June 2, 2025',
    'DONNA M KESSLER c/o TEAGUE & MOLINA LLP · 14 N WATER ST · LIBERTY MO [64068]',
    'Beneficiary: Donna M. Kessler   Home: 410 Depot St, Elmo, MO [64445]   Case ID: 202425118870',
    'Date of incident: 11/22/2024   Insurer: Ozark Casualty Insurance Co., claim OC-24-[64714]',
    'Medicare has identified $1,928.91 in conditional payments related to your case. This is not a final demand.',
    'The enclosed Payment Summary Form lists the claims Medicare paid from 11/22/2024 through 06/02/2025.',
    'If you believe a claim is not related to the incident, you may dispute it on the MSPRP or in writing.',
    'Send correspondence to Medicare – NGHP, P.O. Box 138832, Oklahoma City, OK [73113]; include the Case ID.',
  ].join('\n'),
});

// ── 22. BCRC payment summary form, grid ──
const paymentSummary = table({
  id: 's139-psf',
  kind: 's139-bcrc-payment-summary-form-grid',
  caption: 'Payment Summary Form — Case ID 202425118870 — Donna M. Kessler',
  headers: [
    'ICN',
    'Provider Name',
    'From Date',
    'Thru Date',
    'Diagnosis Codes',
    'Procedure Codes',
    'Total Charges',
    'Reimbursed Amount',
    'Conditional Payment',
  ],
  rows: [
    [
      '2224327118405',
      'NORTHLAND EMERGENCY PHYSICIANS',
      '11/22/2024',
      '11/22/2024',
      'S344XXA, S7401XA',
      '{99284}',
      '$640.00',
      '$100.32',
      '$100.32',
    ],
    [
      '2224352204117',
      'BLUESTEM PAIN & PERIPHERAL NERVE',
      '12/17/2024',
      '12/17/2024',
      'S344XXA',
      '{99203}',
      '$225.00',
      '$91.15',
      '$91.15',
    ],
    [
      '2225008311276',
      'BLUESTEM PAIN & PERIPHERAL NERVE',
      '01/07/2025',
      '01/07/2025',
      'S7401XA',
      '{64445}-LT, {76942}',
      '$605.00',
      '$149.68',
      '$149.68',
    ],
    [
      '2225036402985',
      'BLUESTEM PAIN & PERIPHERAL NERVE',
      '02/04/2025',
      '02/04/2025',
      'S344XXA',
      '{95910}, {95886}',
      '$800.00',
      '$240.35',
      '$240.35',
    ],
    [
      '2225077406512',
      'BLUESTEM PAIN & PERIPHERAL NERVE',
      '03/18/2025',
      '03/18/2025',
      'S344XXA',
      '{64714}-LT',
      '$3,150.00',
      '$801.98',
      '$801.98',
    ],
    [
      '2225127403318',
      'BLUESTEM PAIN & PERIPHERAL NERVE',
      '05/06/2025',
      '05/06/2025',
      'G5762',
      '{64632}-LT',
      '$390.00',
      '$94.44',
      '$94.44',
    ],
    [
      '2225155209940',
      'BLUESTEM PAIN & PERIPHERAL NERVE',
      '06/03/2025',
      '06/03/2025',
      'G245',
      '{64612}, J0585',
      '$1,210.00',
      '$450.99',
      '$450.99',
    ],
  ],
});

// ── 23. MSPRP claims listing with disputes, grid ──
const msprp = table({
  id: 's139-msprp',
  kind: 's139-msprp-claims-listing-dispute-grid',
  caption: 'MSPRP › Case 202425118870 › Claims Listing — select claims to dispute',
  headers: ['Dispute', 'ICN', 'Line', 'DOS', 'Proc Code', 'Paid Amount', 'Dispute Reason'],
  rows: [
    ['☐', '2225008311276', '1', '01/07/2025', '{64445}', '$103.01', ''],
    ['☐', '2225008311276', '2', '01/07/2025', '{76942}', '$46.67', ''],
    ['☐', '2225077406512', '1', '03/18/2025', '{64714}', '$801.98', ''],
    ['☑', '2225127403318', '1', '05/06/2025', '{64632}', '$94.44', 'Unrelated — Morton neuroma, left foot, dx 2023'],
    ['☑', '2225155209940', '1', '06/03/2025', '{64612}', '$75.92', 'Unrelated — blepharospasm, treated since 2021'],
    ['☑', '2225155209940', '2', '06/03/2025', 'J0585', '$375.07', 'Unrelated — drug for line 1'],
    ['', 'Submitted 07/08/2025', '', '', '', 'Confirmation', 'DSP-[64632]-0708'],
  ],
});

// ── 24. Attorney's dispute letter, text layer ──
const disputeLetter = lines({
  id: 's139-dispute',
  kind: 's139-attorney-conditional-payment-dispute-letter-text',
  before: 'TEAGUE & MOLINA LLP · Attorneys at Law',
  text: [
    '14 N. Water Street · Liberty, Missouri [64068] · (816) 555-0177 · Our file [24117]-DK',
    'July 8, 2025 — Medicare – NGHP, P.O. Box 138832, Oklahoma City, OK [73113]',
    'Re: Donna M. Kessler; Case ID 202425118870; date of incident 11/22/2024; Ozark Casualty claim OC-24-[64714]',
    'We dispute two Bluestem Pain & Peripheral Nerve Center claims as unrelated to the motor vehicle accident:',
    '(1) 05/06/2025, CPT {64632} (neurolytic destruction, plantar common digital nerve, left foot), ICN 2225127403318, $94.44 —',
    "    Morton's neuroma diagnosed in 2023 (see Dr. Sorensen's letter, Exhibit A);",
    '(2) 06/03/2025, CPT {64612} (chemodenervation, muscles innervated by the facial nerve) with J0585, $450.99 — blepharospasm.',
    'Not disputed: office visit {99203}, sciatic nerve block {64445} with {76942}, nerve conduction {95910}, needle EMG {95886}',
    'and lumbar plexus neuroplasty {64714}. Without the disputed items conditional payments total $1,383.48.',
  ].join('\n'),
});

// ── 25. BCRC final demand, text layer (decoy heavy) ──
const finalDemand = lines({
  id: 's139-demand',
  kind: 's139-bcrc-final-demand-letter-text',
  before: "Benefits Coordination & Recovery Center — MEDICARE'S FINAL DEMAND",
  text: [
    'Medicare – NGHP · P.O. Box 138832 · Oklahoma City, OK [73113]   September 15, 2025',
    'Debtor: Donna M. Kessler c/o Teague & Molina LLP, 14 N Water St, Liberty, MO [64068]   Case ID 202425118870',
    'Settlement date 08/29/2025   Total settlement $25,000.00   Attorney fees $8,333.33   Costs $1,150.00',
    'Total conditional payments $1,383.48 (dispute decision 07/30/2025 removed 2 claims, $545.43)',
    'Procurement costs 37.93% of settlement   Reduction $524.79   AMOUNT DUE MEDICARE: $858.69   Due by 11/14/2025',
    'Pay by check payable to Medicare (write the Case ID on it) to Medicare – NGHP, P.O. Box 138832, Oklahoma City, OK [73113],',
    'or on Pay.gov, form "MSP Recovery", agency reference [73184]. Interest accrues from the date of this letter.',
  ].join('\n'),
});

// ── Case C: Marcus T. Oyelaran, own plan Keystone Trust (payer 47163) primary, spouse's BlueValley PPO secondary ──

// ── 26. Payer's COB questionnaire letter, text layer ──
const cobLetter = lines({
  id: 's139-coblet',
  kind: 's139-payer-cob-questionnaire-letter-text',
  before: 'BlueValley Health PPO · Member Services',
  text: [
    'PO Box [45201] · Topeka, KS [66610]   April 2, 2025   Reference COB-[58613]',
    'MARCUS T OYELARAN · 1418 NW PRAIRIE VIEW DR · RIVERBEND MO [64151]',
    'Member ID BVH772041938   Group [20143] Northland School District   Subscriber: Renee A. Oyelaran (spouse)',
    'Our records suggest you may have other health coverage. We received a claim from Bluestem Pain & Peripheral',
    'Nerve Center for 03/10/2025 (office visit {99214}, chemodenervation of facial nerve muscles {64612}, drug J0585)',
    'and paid it on 03/24/2025. If another plan should have paid first, we may ask the provider to refund us.',
    'Please answer within 30 days, online at bluevalley.example/cob or by fax 1-855-555-0130.',
    '1. Covered by another group health plan?  [X] Yes   Carrier: Keystone Trust Health Plan   Payer ID [47163]',
    '2. Policyholder: Marcus T. Oyelaran (self), DOB 07/21/1981, employer Ardent Logistics, Lenexa, KS [66222]',
    '3. Group number [48211]   Effective 01/01/2024   4. COBRA, retiree or Medicare coverage?  [X] No',
  ].join('\n'),
});

// ── 27. Payer's other-insurance update screen, grid ──
const otherInsurance = table({
  id: 's139-othins',
  kind: 's139-payer-other-insurance-update-screen-grid',
  caption: 'BlueValley Provider Connect › Member BVH772041938 › Other Insurance (COB) — updated 05/20/2025',
  headers: ['Field', 'On file before', 'Updated 05/20/2025'],
  rows: [
    ['Other coverage', 'None', 'Keystone Trust Health Plan'],
    ['Other payer ID', '—', '[47163]'],
    ['Other group no.', '—', '[48211]'],
    ['Policyholder / relationship', '—', 'Marcus T. Oyelaran / self'],
    ['Policyholder employer ZIP', '—', '[66222]'],
    ['Order of benefits (this plan)', 'Primary', 'Secondary — plan covering member as employee pays first'],
    ['Claims to reprocess', '—', '03/10/2025 {99214} {64612} J0585 · 04/22/2025 {64632}-RT'],
    ['COB case', '—', 'CB-[64632]'],
    ['Other carrier claims address', '—', 'PO Box [10174], Kansas City, MO [64141]'],
  ],
});

// ── 28. 271 eligibility response with the other payer loop, text layer ──
const eligibility271 = lines({
  id: 's139-271',
  kind: 's139-271-eligibility-other-payer-loop-text',
  before: 'Eligibility response (271) — BlueValley Health PPO — 05/21/2025 10:42',
  text: [
    'ST*271*[40117]*005010X279A1~',
    'BHT*0022*11*REQ[77104]*20250521*1042~',
    'NM1*PR*2*BLUEVALLEY HEALTH PPO*****PI*[45068]~',
    'NM1*1P*2*BLUESTEM PAIN AND PERIPHERAL NERVE*****XX*1538204716~',
    'NM1*IL*1*OYELARAN*MARCUS*T***MI*BVH772041938~',
    'REF*6P*[20143]*NORTHLAND SCHOOL DISTRICT~',
    'N4*RIVERBEND*MO*[64151]~',
    'EB*1*IND*30*PR*BLUEVALLEY PPO~',
    'EB*A*IND*BF*PR**27*0.2*****Y*HC:{64612}~',
    'EB*A*IND*BF*PR**27*0.2*****Y*HC:{64632}~',
    'EB*R*IND*30*C1~',
    'REF*IG*[48211]~',
    'DTP*290*D8*20240101~',
    'MSG*OTHER COVERAGE ON FILE - THIS PLAN SECONDARY EFFECTIVE 01/01/2024~',
    'LS*2120~',
    'NM1*PRP*2*KEYSTONE TRUST HEALTH PLAN*****PI*[47163]~',
    'N3*PO BOX [10174]~',
    'N4*KANSAS CITY*MO*[64141]~',
    'LE*2120~',
    'SE*27*[40117]~',
  ].join('\n'),
});

// ── 29. COB recovery vendor's overpayment letter, text layer ──
const vendorLetter = lines({
  id: 's139-vendor',
  kind: 's139-cob-recovery-vendor-overpayment-letter-text',
  before: 'MERIDIAN CLAIM INTEGRITY GROUP · Coordination of Benefits Recovery',
  text: [
    'PO Box [31187] · Dublin, OH [43017] · on behalf of BlueValley Health PPO (payer ID [45068])',
    'June 18, 2025   Project [64612]-BV   Letter MCG-[88314]   Please include both numbers with any payment',
    'Bluestem Pain & Peripheral Nerve Center · PO Box [64445] · Riverbend, MO [64151]   TIN ending 7635',
    'NOTICE OF OVERPAYMENT — OTHER COVERAGE PRIMARY',
    'Our review found that BlueValley paid as primary for a member whose own employer plan (Keystone Trust Health Plan,',
    'effective 01/01/2024) pays first: the plan covering a person as an employee pays before the plan covering him as',
    'a dependent. Member: Marcus T. Oyelaran, ID BVH772041938, group [20143].',
    'Claims: 03/10/2025 ({99214}-25, {64612}, J0585) paid $642.35 on 03/24/2025; 04/22/2025 ({64632}-RT) paid',
    '$212.16 on 05/06/2025. Total overpayment: $854.51.',
    'Within 45 days: refund by check to Meridian with this letter, or allow offset against future BlueValley payments,',
    'or dispute in writing. Bill Keystone (payer ID [47163]) first; BlueValley will process as secondary with its EOB.',
  ].join('\n'),
});

// ── 30. Recovery vendor's claims listing attachment, grid ──
const vendorListing = table({
  id: 's139-vendorlist',
  kind: 's139-recovery-vendor-claims-listing-grid',
  caption: 'Attachment A — Claims identified — Project 64612-BV — Provider TIN ***7635',
  headers: ['Line', 'Claim number', 'DOS', 'CPT/HCPCS', 'Billed', 'Paid', 'Paid date', 'Overpaid', 'Reason'],
  rows: [
    ['1', 'BV-2503-[70812]', '03/10/2025', '{99214}-25', '245.00', '98.40', '03/24/2025', '98.40', 'COB-OTH PRIMARY'],
    ['2', 'BV-2503-[70812]', '03/10/2025', '{64612}', '520.00', '141.20', '03/24/2025', '141.20', 'COB-OTH PRIMARY'],
    ['3', 'BV-2503-[70812]', '03/10/2025', 'J0585 x50', '690.00', '402.75', '03/24/2025', '402.75', 'COB-OTH PRIMARY'],
    ['4', 'BV-2505-[64712]', '04/22/2025', '{64632}-RT', '390.00', '212.16', '05/06/2025', '212.16', 'COB-OTH PRIMARY'],
    ['', '', '', '', '1,845.00', '854.51', 'Total', '854.51', ''],
  ],
});

// ── 31. Practice's refund request, grid ──
const refundRequest = table({
  id: 's139-refund',
  kind: 's139-practice-insurance-refund-request-grid',
  caption: 'Insurance refund request — Bluestem Pain & Peripheral Nerve Center accounts payable',
  headers: ['Field', 'Entry'],
  rows: [
    ['Refund payee', 'BlueValley Health PPO c/o Meridian Claim Integrity Group'],
    ['Remit address', 'PO Box [31187], Dublin, OH [43017]'],
    ['Vendor project / letter', '[64612]-BV / MCG-[88314]'],
    ['Patient account', '311904 — Oyelaran, Marcus T'],
    ['Services refunded', '03/10/2025 {99214}, {64612}, J0585; 04/22/2025 {64632}-RT'],
    ['Amount', '$854.51 (check no. [10587], 07/01/2025)'],
    ['Reason', 'Other carrier primary (Keystone Trust); rebilled Keystone 05/22/2025, paid 06/06/2025'],
    ['GL account', '[21054] Refunds payable – insurance'],
  ],
});

// ── 32. Practice's email to the recovery vendor, text layer ──
const vendorEmail = lines({
  id: 's139-email',
  kind: 's139-billing-email-to-recovery-vendor-text',
  before: 'From: Denise Pruitt <dpruitt@bluestempain.example>  To: cobrecovery@meridiancig.example',
  text: [
    'Date: Tue, 24 Jun 2025 10:12:44 -0500',
    'Subject: RE: Project [64612]-BV / Letter MCG-[88314] — Oyelaran — refund, not offset',
    'Hello — we received your notice of 06/18/2025 ($854.51) and agree BlueValley is secondary for this member.',
    'Keystone Trust (payer ID [47163]) paid the 03/10/2025 claim ({99214}, {64612}, J0585) on 06/06/2025, $730.03,',
    'and the 04/22/2025 claim ({64632}-RT) the same day, $217.62.',
    'Please do not offset. We will refund by check by 07/01/2025 and send BlueValley the secondary claims with',
    "Keystone's EOB (member share $110.92 and $24.18). Does the refund go to PO Box [31187], Dublin, OH [43017],",
    "or to BlueValley's lockbox, PO Box [45201]?",
    'Denise Pruitt, Practice Administrator · (816) 555-0142 ext. 214',
  ].join('\n'),
});

// ── 33. Secondary claim builder with the primary's line adjudication, grid ──
const claimBuilder = table({
  id: 's139-builder',
  kind: 's139-secondary-claim-builder-grid',
  caption: 'Secondary claim builder — BPN311904-0310 — Primary adjudication (loops 2320/2430)',
  headers: [
    'Ln',
    'DOS',
    'CPT/HCPCS',
    'Mod',
    'Charge',
    'Pri allowed',
    'Pri paid',
    'CAS grp',
    'CARC',
    'CAS amt',
    'Pri paid date',
  ],
  rows: [
    ['Primary', 'Keystone Trust', 'payer ID [47163]', '', '', '', '', '', '', '', ''],
    ['Secondary', 'BlueValley PPO', 'payer ID [45068]', '', '', '', '', '', '', '', ''],
    ['1', '03/10/2025', '{99214}', '25', '245.00', '131.75', '91.75', 'PR', '3', '40.00', '06/06/2025'],
    ['', '', '', '', '', '', '', 'CO', '45', '113.25', ''],
    ['2', '03/10/2025', '{64612}', '', '520.00', '188.20', '169.38', 'PR', '2', '18.82', '06/06/2025'],
    ['', '', '', '', '', '', '', 'CO', '45', '331.80', ''],
    ['3', '03/10/2025', 'J0585', 'JZ', '690.00', '521.00', '468.90', 'PR', '2', '52.10', '06/06/2025'],
    ['', '', '', '', '', '', '', 'CO', '45', '169.00', ''],
    ['Claim', '', '', '', '1,455.00', '840.95', '730.03', 'AMT*EAF', '', '110.92', ''],
  ],
});

// ── 34. CMS-1500 to the secondary payer, text layer ──
const cms1500 = lines({
  id: 's139-cms1500',
  kind: 's139-cms1500-secondary-claim-text',
  before: 'HEALTH INSURANCE CLAIM FORM — APPROVED BY NATIONAL UNIFORM CLAIM COMMITTEE (NUCC) 02/12',
  text: [
    'BLUEVALLEY HEALTH PPO   PO BOX [45201]   TOPEKA KS [66610]',
    "1a. INSURED'S I.D. NUMBER BVH772041938   4. INSURED'S NAME OYELARAN, RENEE A",
    "7. INSURED'S ADDRESS 1418 NW PRAIRIE VIEW DR  RIVERBEND  MO  [64151]",
    "9. OTHER INSURED'S NAME OYELARAN, MARCUS T   9a. OTHER INSURED'S POLICY OR GROUP NUMBER [48211]",
    '9d. INSURANCE PLAN NAME OR PROGRAM NAME KEYSTONE TRUST HEALTH PLAN',
    "11. INSURED'S POLICY GROUP OR FECA NUMBER [20143]   11d. IS THERE ANOTHER HEALTH BENEFIT PLAN? [X] YES",
    '21. ICD Ind. 0   A. G5761',
    '24. 04 22 25  04 22 25  11   {64632}  RT   A   390 00   1   NPI 1326051842',
    '28. TOTAL CHARGE 390 00   29. AMOUNT PAID 217 62   (KEYSTONE EOB ATTACHED)',
    '33. BILLING PROVIDER INFO & PH # (816) 555-0142  BLUESTEM PAIN & PERIPHERAL NERVE CENTER  PO BOX [64445]  RIVERBEND MO [64151]',
  ].join('\n'),
});

// ── 35. Secondary payer's COB worksheet, grid ──
const cobWorksheet = table({
  id: 's139-cobcalc',
  kind: 's139-secondary-payer-cob-calculation-grid',
  caption: 'BlueValley claim processing — COB calculation (standard COB, secondary) — member BVH772041938',
  headers: [
    'Line',
    'Proc',
    'Charge',
    'BV allowed',
    'BV normal benefit',
    'Primary paid',
    'Member resp after primary',
    'BV pays (lesser)',
  ],
  rows: [
    ['1', '{99214}-25', '245.00', '123.00', '98.40', '91.75', '40.00', '40.00'],
    ['2', '{64612}', '520.00', '176.50', '141.20', '169.38', '18.82', '18.82'],
    ['3', 'J0585', '690.00', '503.44', '402.75', '468.90', '52.10', '52.10'],
    ['4', '{64632}-RT', '390.00', '265.20', '212.16', '217.62', '24.18', '24.18'],
    ['Total', '', '1,845.00', '1,068.14', '854.51', '947.65', '135.10', '135.10'],
  ],
});

// ── Shared pages ──

// ── 36. Secondary-claims work queue, grid ──
const workQueue = table({
  id: 's139-wq',
  kind: 's139-secondary-claims-work-queue-grid',
  caption: 'Work queue SECONDARY / COB — 06/23/2025 — open items',
  headers: [
    'Acct',
    'Patient',
    'DOS',
    'CPT',
    'Primary',
    'Pri paid',
    'Secondary',
    'Sec payer ID',
    'Balance',
    'Days',
    'Status',
  ],
  rows: [
    [
      '220915',
      'Kessler, Donna M',
      '03/18/2025',
      '{64714}-LT',
      'Medicare B',
      '801.98',
      'Prairie State Life Plan G',
      '[30342]',
      '200.50',
      '80',
      'Crossover not received; billed Medigap direct 06/02',
    ],
    [
      '220915',
      'Kessler, Donna M',
      '06/03/2025',
      '{64612}, J0585',
      'Medicare B',
      '450.99',
      'Prairie State Life Plan G',
      '[30342]',
      '112.74',
      '6',
      'Await crossover',
    ],
    [
      '311904',
      'Oyelaran, Marcus T',
      '03/10/2025',
      '{99214}-25, {64612}',
      'Keystone Trust',
      '730.03',
      'BlueValley PPO',
      '[45068]',
      '110.92',
      '17',
      'Hold — BlueValley refund open',
    ],
    [
      '311904',
      'Oyelaran, Marcus T',
      '04/22/2025',
      '{64632}-RT',
      'Keystone Trust',
      '217.62',
      'BlueValley PPO',
      '[45068]',
      '24.18',
      '17',
      'Hold — BlueValley refund open',
    ],
    [
      '224630',
      'Nguyen, Thomas V',
      '05/20/2025',
      '{64445}-LT, {76942}',
      'Heartland Mutual',
      '227.68',
      'Medicare B (MSP 12)',
      '[05302]',
      '56.92',
      '9',
      'Ready — 2320/2430 built',
    ],
    [
      '226041',
      'Lindgren, Paul R',
      '06/12/2025',
      '{64712}-RT',
      'Heartland Mutual',
      '989.20',
      'Medicare B (MSP 12)',
      '[05302]',
      '247.30',
      '3',
      'Ready — 2320/2430 built',
    ],
    [
      '227118',
      'Shah, Priya (dep.)',
      '06/09/2025',
      '{64612}',
      'Keystone Trust (birthday rule)',
      '169.38',
      'BlueValley PPO',
      '[45068]',
      '18.82',
      '8',
      'Ready — attach primary EOB',
    ],
    [
      '198236',
      'Pierce, Yolanda',
      '06/10/2025',
      '{64445}-LT',
      'Medicare B',
      '152.08',
      'TRICARE For Life',
      '[99726]',
      '38.02',
      '5',
      'Await TFL crossover',
    ],
    [
      '205577',
      'Fenwick, Gerald',
      '05/28/2025',
      '{64712}-LT',
      'Medicare B',
      '650.13',
      'Heartland Retiree',
      '[80057]',
      '162.53',
      '14',
      'Sec denied CARC 22 — verify order',
    ],
  ],
});

// ── 37. 277CA claim acknowledgment, rejected secondary, text layer ──
const ack277 = lines({
  id: 's139-277ca',
  kind: 's139-277ca-secondary-claim-rejection-text',
  before: 'Clearinghouse inbox — 277CA — 05/05/2025 08:14',
  text: [
    'ST*277*[27731]*005010X214~',
    'BHT*0085*08*B[77912]*20250505*0814*TH~',
    'NM1*PR*2*MEDICARE PART B J5*****PI*[05302]~',
    'NM1*41*2*BLUESTEM PAIN AND PERIPHERAL NERVE*****46*[90407]~',
    'NM1*QC*1*BRENNAN*HAROLD*J***MI*5TQ7HJ2RN84~',
    'TRN*2*BPN208471-0408~',
    'STC*A7:732:PR*20250505*U*2480~',
    'STC*A7:454:PR*20250505*U*2480~',
    'SVC*HC:{64712}:RT*2480*****1~',
    'STC*A7:732:PR*20250505~',
    'DTP*472*D8*20250408~',
    'SE*15*[27731]~',
  ].join('\n'),
});

// ── 38. Clearinghouse rejection report, grid ──
const rejections = table({
  id: 's139-rejects',
  kind: 's139-clearinghouse-cob-rejection-report-grid',
  caption: 'Rejection report — submitter 90407 — COB edits',
  headers: ['Batch', 'Patient', 'Claim ID', 'Payer', 'DOS', 'Proc', 'Charge', 'Edit', 'Message'],
  rows: [
    [
      '[51208]',
      'BRENNAN, HAROLD',
      'BPN208471-0408',
      'MCR B J5 ([05302])',
      '04/08/2025',
      '{64712}-RT',
      '2480.00',
      'MSP-2320',
      'Secondary claim: AMT*D (primary paid) missing in 2320; SBR05 must be 12',
    ],
    [
      '[51208]',
      'OYELARAN, MARCUS',
      'BPN311904-0310',
      'BLUEVALLEY ([45068])',
      '03/10/2025',
      '{64612}',
      '520.00',
      'COB-2430',
      'Line 2: SVD paid + CAS amounts do not equal line charge 520.00',
    ],
    [
      '[51214]',
      'FENWICK, GERALD',
      'BPN205577-0528',
      'HEARTLAND RETIREE ([80057])',
      '05/28/2025',
      '{64712}-LT',
      '2480.00',
      'COB-2320',
      'Primary (Medicare) adjudication date DTP*573 missing',
    ],
    [
      '[51214]',
      'PIERCE, YOLANDA',
      'BPN198236-0610',
      'MCR B J5 ([05302])',
      '06/10/2025',
      '{64445}-LT',
      '425.00',
      'DUP-01',
      'Possible duplicate of claim accepted 06/12/2025',
    ],
  ],
});

// ── 39. Payer provider manual, COB chapter, text layer ──
const providerManual = lines({
  id: 's139-manual',
  kind: 's139-payer-provider-manual-cob-chapter-text',
  before: 'Keystone Trust Health Plan — Provider Manual — Chapter 9: Coordination of Benefits (rev. 01/2025)',
  text: [
    '9.1 Order of benefits. Keystone follows the NAIC model COB rules: the plan covering the patient as an employee pays',
    'first; for dependent children the birthday rule applies.',
    '9.2 Medicare. For members 65 or older working for an employer with 20 or more employees, Keystone pays first and',
    'Medicare second. For retirees, and for employers with fewer than 20 employees, Medicare pays first.',
    "9.3 Secondary claims. Send the primary payer's adjudication in loops 2320 and 2430 of the 837P to payer ID [47163];",
    'paper claims need the primary EOB attached. Claims without it deny CARC 22.',
    '9.4 Example. A provider bills $2,480.00 for CPT {64712}. The primary allows $1,236.50 and pays $989.20. Keystone',
    "as secondary pays the lesser of its normal benefit and the member's remaining share ($247.30).",
    '9.5 A sciatic nerve block, {64445}, billed with guidance {76942} is coordinated line by line; so is {64632}.',
    '9.6 Chemodenervation ({64612}) and its drug are coordinated separately: send the drug line with NDC.',
    'Table 9-2 (excerpt). Codes coordinated per line, not per claim: {64445}, {64447}, {64450}, {64632}, {64640},',
    '{64712}, {64714}, {76942}. Modifiers (RT, LT, 50) must match the primary EOB line or the claim rejects.',
    'COB questionnaires: Keystone Trust Health Plan, COB Unit, PO Box [10174], Kansas City, MO [64141].',
  ].join('\n'),
});

// ── 40. Credit balance report, grid ──
const creditBalances = table({
  id: 's139-credits',
  kind: 's139-cob-credit-balance-report-grid',
  caption: 'Credit balance report — insurance credits from COB — as of 06/30/2025',
  headers: ['Credit no.', 'Acct', 'Patient', 'DOS', 'CPT', 'Payer causing credit', 'Credit', 'Action', 'Due by'],
  rows: [
    [
      '[40398]',
      '311904',
      'Oyelaran, Marcus T',
      '03/10/2025',
      '{99214}, {64612}, J0585',
      'BlueValley PPO',
      '(642.35)',
      'Refund to Meridian, MCG-[88314]',
      '07/18/2025',
    ],
    [
      '[40399]',
      '311904',
      'Oyelaran, Marcus T',
      '04/22/2025',
      '{64632}-RT',
      'BlueValley PPO',
      '(212.16)',
      'Refund to Meridian, MCG-[88314]',
      '07/18/2025',
    ],
    [
      '[40412]',
      '219884',
      'Alvarez, Rosa',
      '06/05/2025',
      '{64640}',
      'Prairie State Life Plan G',
      '(92.11)',
      'Medigap paid as primary; refund Medigap',
      '08/04/2025',
    ],
    [
      '[40417]',
      '198236',
      'Pierce, Yolanda',
      '06/10/2025',
      '{64445}-LT',
      'Medicare B',
      '(152.08)',
      'Duplicate payment; J5 overpayment refund form, 60-day rule',
      '08/11/2025',
    ],
  ],
});

export const sealed139: Snippet[] = [
  ...mspQuestionnaire,
  ...mspHistory,
  ...memberEob,
  ...providerRemit,
  ...primary835,
  ...secondary837,
  ...msn,
  ...blueButton,
  ...postingCsv,
  ...statementHead,
  ...statementDetail,
  ...billingChat,
  ...employerLetter,
  ...retireeDenial,
  ...bcrcUpdate,
  ...mspEligibility,
  ...medicare835,
  ...cobaCrossover,
  ...medigapPortal,
  ...accountNotes,
  ...cpl,
  ...paymentSummary,
  ...msprp,
  ...disputeLetter,
  ...finalDemand,
  ...cobLetter,
  ...otherInsurance,
  ...eligibility271,
  ...vendorLetter,
  ...vendorListing,
  ...refundRequest,
  ...vendorEmail,
  ...claimBuilder,
  ...cms1500,
  ...cobWorksheet,
  ...workQueue,
  ...ack277,
  ...rejections,
  ...providerManual,
  ...creditBalances,
];
