import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 164 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s164-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too (95907, 95886, 99214, 76942, 36415, 85025, 64447, 64450, 64640, 64615, 64708, 64713, 01250). Decoys:
 * ZIP codes (the debtor's, the hospital's, the employer's, the law firm's, the court's), the bankruptcy case number
 * ("25-41207-btf13"), the state court case numbers ("2417-AC64632"), Missouri bar numbers, receipt, docket text,
 * garnishment, batch, check, receipt and guarantor ids, an NDC labeler segment, charge totals written without commas (X12
 * 835, UB-04 FL 47), a member id segment, a VIN tail, a prior-auth number, PO boxes and an employer id. About a third of the decoys are numbers of the
 * synthetic 10,000-code set (KNOWN_10K). The five known codes' digits come back as decoys: the debtor's ZIP 64712,
 * the associate circuit case number AC64632, the law firm's PO box 64445, the employer's ZIP 64445, the garnishment
 * number 64612, a posting batch 64632, the legal aid matter number 64714-CD, a trustee receipt 64714, the legal hold
 * notice LH-2025-64712 and an 835 line item control number 64612.
 *
 * Family: medical debt in bankruptcy and civil courts. Prairie Hills Regional Medical Center (Hollis Springs, MO)
 * billed Loretta M. Vance for a right sciatic neuroplasty with a sciatic block (03/12/2024), a left lumbar plexus
 * neuroplasty (06/18/2024), nerve conduction and EMG studies, two Morton's neuroma neurolysis sessions and a facial
 * chemodenervation in its pain clinic. The pages: the legal aid intake note, conflict grid and email thread; the
 * collection petition on account (caption, allegations, Exhibit A statement of account, Exhibit B affidavit of
 * account, Exhibit C final notice letter), the summons and return of service, the Case.net docket; the pro se answer,
 * the hardship affidavit and its income/expense table, the insurer EOB she attached; the judgment, the garnishment
 * application, the notice to the employer, the employer's answer and the garnished pay stub; the Chapter 13 petition's
 * Schedule E/F, the notice of case (Form 309I), the plan excerpt, the CM/ECF docket report and claims register, the
 * hospital's proof of claim (Form 410 parts 1 to 3), its itemized statement attachment and interest computation, the
 * debtor's objection to a duplicate claim and the order; the hospital's legal hold memo, hold notice email, patient
 * accounting account notes and collection worklist, the 835 remittance the business office pulled, the write-off
 * memo, its adjustment batch CSV and the trustee's disbursement report, the financial assistance decision letter and
 * amended claim, a revenue integrity coding review, and in discovery the UB-04, a chargemaster extract and the
 * defendant's interrogatories; the legal aid closing memo.
 * Built on real public layouts: Official Form 410 (Proof of Claim, parts 1–3 with its questions as printed) and Form
 * 309I (Notice of Chapter 13 Bankruptcy Case), CM/ECF "Docket Report" and "Claims Register" pages, Schedule E/F
 * (Official Form 106E/F, nonpriority unsecured claim lines 4.x), Missouri Case.net docket entries and its case number
 * style (e.g. "2416-CV12345"), a Missouri petition on account with affidavit of account, Missouri garnishment
 * application / notice to employer and interrogatories, hospital UB-04 style itemized statements (revenue code, CPT/
 * HCPCS, units, charge), X12 835 remittance segments, and Chapter 13 trustee disbursement reports. The rest are
 * written the way those pages read, with no single source.
 *
 * 363 labelled tokens over 44 shapes: 179 codes, 184 decoys, 65 of the decoys in KNOWN_10K.
 */

// ── 1. Legal aid intake note (case management system), text layer ──
const intake = lines({
  id: 's164-intake',
  kind: 's164-legal-aid-intake-note-text',
  before: 'Heartland Legal Services — Intake — Consumer/Debt unit — Matter 64714-CD',
  text: [
    'Matter no. [64714]-CD   Opened 12/02/2024 by T. Okafor (intake paralegal)   Office: Kansas City, MO [64106]',
    'Client: Loretta M. Vance, 1418 Cobb Rd, Ridgeley, MO [64712]. Household of 2; income $1,469/mo (wages + child support).',
    'Adverse: Prairie Hills Regional Medical Center, by Harmon & Pryce LLC. Served 11/22/2024, Case 2417-AC[64632].',
    'Client says the debt is hospital bills from 2024: "two nerve surgeries" (op notes list CPT {64712} and {64714}),',
    'injections for a foot nerve ({64632} x2) and a Botox face nerve shot ({64612}). Insurer paid part; denied the rest.',
    'She has the EOB for the 06/18 surgery showing {64714} applied to deductible and coinsurance ($4,106.30 owed).',
    'Screen: eligible (< 200% FPL). Financial assistance never offered per client. Referral code [21086].',
    'Plan: file answer by 12/23/2024; hardship affidavit; request itemized bill; ask for FAP screening.',
    'Records to request: op notes for {64712}-RT (03/12) and {64714}-LT (06/18), the {64445} block note, NCS/EMG',
    '({95907}, {95886}) report, clinic notes for {64632} and {64612}. HIPAA release signed; HIM fax 660-555-0133.',
  ].join('\n'),
});

// ── 2. Legal aid conflict check grid ──
const conflict = table({
  id: 's164-conflict',
  kind: 's164-legal-aid-conflict-check-grid',
  caption: 'Conflict check — Matter 64714-CD',
  headers: ['Party', 'Role', 'Address', 'Prior matters', 'Result'],
  rows: [
    ['Vance, Loretta M.', 'Client', 'Ridgeley, MO [64712]', 'None', 'Clear'],
    ['Prairie Hills Regional Medical Center', 'Adverse', 'Hollis Springs, MO [64601]', '[31047]-CD (2022)', 'Clear'],
    ['Harmon & Pryce LLC', 'Adverse counsel', 'Kansas City, MO [64105]', '[52147]-CD, [53119]-CD', 'Clear'],
    ['Heartland Mutual Health', 'Third party (insurer)', 'Omaha, NE [68114]', 'None', 'Clear'],
  ],
});

// ── 3. Legal aid email thread, text layer ──
const aidEmail = lines({
  id: 's164-aidmail',
  kind: 's164-legal-aid-email-thread-text',
  before: 'From: Rachel Dunmore <rdunmore@heartlandlegal.example> To: consumer-unit; Subject: RE: Vance 64714-CD',
  text: [
    'Subject: RE: Vance [64714]-CD — itemized statement came in',
    'Tess — the hospital finally sent the itemization. Two surgical lines: {64712}-RT at $9,860 and {64714}-LT at',
    '$11,480. Also {64445} (sciatic block) billed as a separate line on 3/12, and the clinic billed {64632} twice.',
    'Heartland Mutual denied the second {64632} as "frequency" (CARC 119, group CO: a provider write-off, yet it is',
    'on her balance). The bulk is the deductible/coinsurance on {64714}. The {64612} visit was paid except the J-code.',
    'Their petition says $9,041.30. Itemization adds to the same after insurance and $350 paid. No math error.',
    "Hardship is real: she's on reduced hours at Tri-County Feed (Elm Ridge, MO [64445]). Let's file the answer.",
    '— R.D., Staff Attorney, MO Bar #[58831]',
  ].join('\n'),
});

// ── 4. Collection petition caption, text layer ──
const caption = lines({
  id: 's164-caption',
  kind: 's164-collection-petition-caption-text',
  before: 'IN THE CIRCUIT COURT OF HOLLIS COUNTY, MISSOURI, ASSOCIATE DIVISION',
  text: [
    'PRAIRIE HILLS REGIONAL MEDICAL CENTER,   )',
    '  Plaintiff,                              )   Case No. 2417-AC[64632]',
    'v.                                        )   Division 3',
    'LORETTA M. VANCE,                         )',
    '  1418 Cobb Rd, Ridgeley, MO [64712],     )',
    '  Defendant.                              )   PETITION ON ACCOUNT',
    'Harmon & Pryce LLC, Gregory T. Pryce, MO Bar #[47719], 1100 Main St, Ste 2200, Kansas City, MO [64105]',
    'PO Box [64445], Kansas City, MO [64141]   Tel. 816-555-0148   File No. HP-[30197]',
  ].join('\n'),
});

// ── 5. Petition allegations, numbered paragraphs ──
const petition = lines({
  id: 's164-petition',
  kind: 's164-collection-petition-allegations-text',
  before: 'COMES NOW Plaintiff, by counsel, and for its Petition on Account states:',
  text: [
    '1. Plaintiff is a Missouri nonprofit corporation operating a hospital at 2200 Hospital Dr, Hollis Springs, MO [64601].',
    '2. Defendant resides at Ridgeley, Hollis County, Missouri [64712], and venue is proper under § 508.010 RSMo.',
    "3. At Defendant's request Plaintiff furnished medical services between March 12, 2024 and October 15, 2024,",
    '   including outpatient surgery (neuroplasty, CPT {64712} and {64714}), a nerve block ({64445}), diagnostic',
    '   testing ({95907}, {95886}) and clinic procedures ({64632}, {64612}), as itemized in Exhibit A.',
    '4. The reasonable value of said services, after all insurance payments and adjustments, is $9,041.30.',
    '5. Defendant has failed to pay despite demand (Exhibit C). Account no. ending 4471; guarantor id [22057].',
    'WHEREFORE Plaintiff prays judgment for $9,041.30, interest at 9% from 10/31/2024, and costs.',
  ].join('\n'),
});

// ── 6. Exhibit A statement of account, grid ──
const exhibitA = table({
  id: 's164-exha',
  kind: 's164-petition-exhibit-a-statement-of-account-grid',
  caption: 'EXHIBIT A — Statement of Account — Vance, Loretta — Guarantor 22057',
  headers: ['Date', 'Description', 'CPT/HCPCS', 'Charges', 'Ins. paid', 'Adj.', 'Pt. paid'],
  rows: [
    ['03/12/2024', 'OP SURGERY — NEUROPLASTY SCIATIC N', '{64712} RT', '$9,860.00', '', '', ''],
    ['03/12/2024', 'NERVE BLOCK SCIATIC', '{64445} RT', '$1,240.00', '', '', ''],
    ['03/12/2024', 'US GUIDANCE NEEDLE', '{76942}', '$412.00', '', '', ''],
    ['03/12/2024', 'ANESTH/PHARM/RECOVERY/LAB (see detail)', '', '$3,888.15', '$6,580.00', '$6,000.15', ''],
    ['05/02/2024', 'NERVE CONDUCTION STUDY 5-6', '{95907}', '$640.00', '', '', ''],
    ['05/02/2024', 'EMG EXTREMITY', '{95886}', '$410.00', '', '', ''],
    ['05/02/2024', 'OFFICE VISIT EST LVL 4', '{99214}', '$285.00', '$802.14', '$177.86', ''],
    ['06/18/2024', 'OP SURGERY — NEUROPLASTY LUMBAR PLEXUS', '{64714} LT', '$11,480.00', '', '', ''],
    ['06/18/2024', 'ANESTH/PHARM/RECOVERY', '', '$4,242.40', '$3,515.08', '$8,101.02', ''],
    ['08/06/2024', 'DESTR NEUROLYTIC PLANTAR DIG N', '{64632} LT', '$685.00', '$412.00', '$273.00', ''],
    ['09/10/2024', 'DESTR NEUROLYTIC PLANTAR DIG N', '{64632} LT', '$685.00', '$0.00', '$0.00', ''],
    ['10/15/2024', 'CHEMODENERVATION FACIAL N', '{64612}', '$1,120.00', '$363.08', '$756.92', ''],
    ['10/15/2024', 'ONABOTULINUMTOXINA 1 UNIT', 'J0585 x50', '$1,425.00', '', '', ''],
    ['10/31/2024', 'PATIENT PAYMENT — THANK YOU', '', '', '', '', '($350.00)'],
  ],
});

// ── 7. Exhibit B affidavit of account, text layer ──
const affAccount = lines({
  id: 's164-affacct',
  kind: 's164-petition-exhibit-b-affidavit-of-account-text',
  before: 'EXHIBIT B — AFFIDAVIT OF ACCOUNT — STATE OF MISSOURI, COUNTY OF HOLLIS',
  text: [
    'I, Darlene K. Moss, being duly sworn, state that I am the Revenue Cycle Legal Coordinator of Plaintiff and a',
    'custodian of its patient accounting records, kept in the regular course of business (employee no. [40713]).',
    'The account of Loretta M. Vance (guarantor [22057]) shows charges of $36,372.55 for services on 03/12/2024',
    '(including CPT {64712} and {64445}), 05/02/2024, 06/18/2024 (CPT {64714}), 08/06/2024, 09/10/2024 (CPT {64632})',
    'and 10/15/2024 (CPT {64612}); insurance payments of $11,672.30; contractual adjustments of $15,308.95; patient',
    'payments of $350.00; leaving a balance due of $9,041.30, no part of which has been paid.',
    'Subscribed and sworn 11/08/2024. Notary: J. Alvarado, commission no. [13674], Hollis County, exp. 2027.',
  ].join('\n'),
});

// ── 8. Exhibit C final notice letter, text layer ──
const finalNotice = lines({
  id: 's164-finalnotice',
  kind: 's164-petition-exhibit-c-final-notice-letter-text',
  before: 'EXHIBIT C',
  text: [
    'Prairie Hills Regional Medical Center — Patient Financial Services — 2200 Hospital Dr, Hollis Springs, MO [64601]',
    'FINAL NOTICE before referral to an attorney   Statement date 11/01/2024   Account ending 4471',
    'Loretta M. Vance, 1418 Cobb Rd, Ridgeley, MO [64712]',
    'Balance due $9,041.30 (payment 10/31 $350.00, thank you). Last service: 10/15/2024 chemodenervation ({64612}).',
    'If you cannot pay, you may qualify for financial assistance. Call 660-555-0190, or write PO Box [20644].',
    'Pay online with code [71044] or mail the stub to Lockbox [93039], St. Louis, MO [63195].',
  ].join('\n'),
});

// ── 9. Summons and return of service, text layer ──
const summons = lines({
  id: 's164-summons',
  kind: 's164-summons-and-return-of-service-text',
  before: 'SUMMONS IN CIVIL CASE — Associate Circuit — Hollis County',
  text: [
    'Case Number: 2417-AC[64632]   Plaintiff: Prairie Hills Regional Medical Center   Court date: 12/23/2024 9:00 AM',
    'Defendant: Loretta M. Vance, 1418 Cobb Rd, Ridgeley, MO [64712]',
    "SHERIFF'S RETURN: served by leaving a copy with defendant personally on 11/22/2024 at 6:40 PM.",
    'Deputy M. Greer, badge [11042]   Mileage 22 mi   Fees: $30.00 service, $11.00 mileage   Receipt [60577]',
  ].join('\n'),
});

// ── 10. Case.net docket entries, grid ──
const casenet = table({
  id: 's164-casenet',
  kind: 's164-casenet-docket-entries-grid',
  caption: '2417-AC64632 — PRAIRIE HILLS REGIONAL MEDICAL CTR V LORETTA M VANCE — Docket Entries',
  headers: ['Filing Date', 'Description', 'Filed By'],
  rows: [
    ['11/12/2024', 'Filing Info Sheet eFiling. Petition Filed; Exhibits A–C. Receipt: [33065]', 'Gregory Thomas Pryce'],
    ['11/12/2024', 'Summons Issued-Associate. Document ID: 24-ASMO-[12335]', ''],
    ['11/25/2024', 'Corporation Served / Personal Service — Document ID 24-ASMO-[12335]; Served 11/22/2024', ''],
    ['12/20/2024', 'Answer Filed — Affidavit of hardship attached; Exhibit 1 (EOB, CPT {64714})', 'Rachel A Dunmore'],
    ['02/20/2025', 'Judgment Entered — $9,041.30 + interest $249.69 + costs $142.50', ''],
    ['03/04/2025', 'Garnishment Application/Order Issued — Garnishment No. [64612]; Employer', 'Gregory Thomas Pryce'],
    [
      '04/08/2025',
      'Notice of Bankruptcy Filed — Case 25-[41207]-btf13 (W.D. Mo.); proceedings stayed',
      'Rachel A Dunmore',
    ],
  ],
});

// ── 11. Pro se / legal-aid-drafted answer, text layer ──
const answer = lines({
  id: 's164-answer',
  kind: 's164-answer-to-petition-on-account-text',
  before: 'ANSWER — Case No. 2417-AC64632 — Defendant Loretta M. Vance, by Heartland Legal Services',
  text: [
    '1. Admitted.  2. Admitted that Defendant resides in Ridgeley, MO [64712]; otherwise denied.',
    '3. Defendant admits she received surgery on 03/12/2024 and 06/18/2024 but denies the charges are reasonable;',
    '   the $9,860.00 charged for CPT {64712} and $11,480.00 for CPT {64714} exceed what Plaintiff accepts from insurers.',
    "4. Denied. Defendant's insurer allowed $5,478.94 for {64714}; Plaintiff billed Defendant the full coinsurance.",
    '5. Affirmative defense: Plaintiff failed to screen Defendant for financial assistance (26 C.F.R. 1.501(r)-4/-6).',
    "6. Plaintiff billed {64632} on 09/10/2024 after the insurer denied it for frequency; not Defendant's debt.",
    'Rachel A. Dunmore, MO Bar #[58831], Heartland Legal Services, 4400 Main St, Kansas City, MO [64106].',
  ].join('\n'),
});

// ── 12. Hardship affidavit, text layer ──
const hardship = lines({
  id: 's164-hardship',
  kind: 's164-hardship-affidavit-text',
  before: 'AFFIDAVIT OF FINANCIAL HARDSHIP OF LORETTA M. VANCE',
  text: [
    'I live at 1418 Cobb Rd, Ridgeley, MO [64712] with my son, age 15. I work at Tri-County Feed & Supply, Elm Ridge,',
    'MO [64445], as a cashier. After my nerve surgeries (CPT {64712} in March, {64714} in June 2024) I could not stand',
    'for full shifts and my hours went from 40 to 26 a week. I still go to the pain clinic for my foot ({64632}).',
    'My take-home pay is about $1,159 a month; my rent is $780. I have no savings. My car is a 2009 Impala, VIN ending',
    '[41083]. A garnishment would leave me unable to pay rent. Sworn 12/19/2024, notary commission [13091].',
  ].join('\n'),
});

// ── 13. Hardship income/expense grid ──
const budget = table({
  id: 's164-budget',
  kind: 's164-hardship-income-expense-grid',
  caption: 'Attachment 1 — Monthly income and expenses (household of 2)',
  headers: ['Item', 'Monthly', 'Annual', 'Note'],
  rows: [
    ['Net wages (Tri-County Feed & Supply)', '$1,159', '$13,908', 'Employer ID [80425]'],
    ['Child support received', '$310', '$3,720', 'FSD case [52754]'],
    ['Rent', '$780', '$9,360', 'Landlord: Cobb Rd Rentals'],
    ['Medical (pain clinic copays, meds)', '$145', '$1,740', '{64632} follow-up visits'],
    ['Utilities / phone / car / food', '$690', '$8,280', ''],
    ['Total income', '$1,469', '$17,628', ''],
    ['Total expenses', '$1,615', '$19,380', 'Deficit $146'],
  ],
});

// ── 14. Insurer EOB attached to the answer, text layer ──
const eob = lines({
  id: 's164-eob',
  kind: 's164-answer-exhibit-insurer-eob-text',
  before: 'Exhibit 1 — Heartland Mutual Health — Explanation of Benefits — THIS IS NOT A BILL',
  text: [
    'Member: LORETTA VANCE   Member ID: HMH-[62481]-07   Group: [90512]   Claim #: 2024170558',
    'Provider: PRAIRIE HILLS REGIONAL MED CTR   Service date: 06/18/2024   Processed: 07/09/2024',
    'Service: Neuroplasty, lumbar plexus ({64714})   Billed $11,480.00   Allowed $5,478.94   Plan paid $1,372.64',
    'Applied to deductible $2,750.00   Coinsurance 50% $1,356.30   You may owe: $4,106.30',
    'Service: Anesthesia/pharmacy/recovery (rev 0370/0250/0710)   Billed $4,242.40   Plan paid $2,142.44',
    'Earlier claim 03/12/2024: {64712} Neuroplasty sciatic nerve; {64445} Nerve block; {76942} Ultrasound guidance',
    '   Plan paid $6,580.00 on this claim. You may owe: $2,820.00 (coinsurance). Reference [47205].',
    'Questions? Call 800-555-0114, or write Heartland Mutual Health, PO Box [31262], Omaha, NE [68103].',
  ].join('\n'),
});

// ── 15. Judgment entry, text layer ──
const judgment = lines({
  id: 's164-judgment',
  kind: 's164-judgment-entry-text',
  before: 'IN THE CIRCUIT COURT OF HOLLIS COUNTY, MISSOURI — ASSOCIATE DIVISION — Case No. 2417-AC64632',
  text: [
    'JUDGMENT. Case No. 2417-AC[64632]. Cause called 02/20/2025. Plaintiff appears by counsel; Defendant appears by',
    'counsel. Evidence adduced. The Court finds the charges for CPT {64712} ($9,860.00) and {64714} ($11,480.00) and the',
    "remaining items on Exhibit A were billed at Plaintiff's chargemaster rates; the Court declines to reduce them.",
    'Judgment for Plaintiff: principal $9,041.30; prejudgment interest $249.69; costs $142.50; total $9,433.49,',
    'with post-judgment interest at 9%. Associate Circuit Judge Helen Marquardt (Bar #[32033]).',
  ].join('\n'),
});

// ── 16. Garnishment application, text layer ──
const garnApp = lines({
  id: 's164-garnapp',
  kind: 's164-garnishment-application-text',
  before: 'APPLICATION AND ORDER FOR GARNISHMENT (WAGES) — Rule 90.03',
  text: [
    'Case No. 2417-AC[64632]   Garnishment No. [64612]   Judgment date 02/20/2025   Amount $9,433.49',
    'Judgment Debtor: Loretta M. Vance, Ridgeley, MO [64712], SSN xxx-xx-4471',
    'Garnishee: Tri-County Feed & Supply, Inc., 90 Depot St, Elm Ridge, MO [64445]; FEIN xx-xxx0823',
    "Return date: 06/02/2025. Judgment creditor's attorney: G. T. Pryce, MO Bar #[47719]; File HP-[30197].",
  ].join('\n'),
});

// ── 17. Notice of garnishment to employer, text layer ──
const garnNotice = lines({
  id: 's164-garnnotice',
  kind: 's164-garnishment-notice-to-employer-text',
  before: 'NOTICE OF GARNISHMENT AND INTERROGATORIES TO GARNISHEE (EMPLOYER)',
  text: [
    'To: Payroll, Tri-County Feed & Supply, Inc., Elm Ridge, MO [64445]. Garnishment No. [64612].',
    'You are ordered to withhold 10% of disposable earnings (head of family, § 525.030 RSMo) each pay period.',
    'Re: judgment of Prairie Hills Regional Medical Center for medical services (Exhibit A, CPT {64712} and others).',
    'Pay withheld sums to Circuit Clerk, Hollis County, PO Box [22939], Hollis Springs, MO [64601].',
  ].join('\n'),
});

// ── 18. Employer's answer to interrogatories, grid ──
const garnAnswer = table({
  id: 's164-garnans',
  kind: 's164-employer-garnishment-answer-grid',
  caption: 'Garnishee answer — Garnishment No. 64612 — Tri-County Feed & Supply',
  headers: ['Pay date', 'Gross', 'Disposable', 'Withheld', 'Check no.'],
  rows: [
    ['03/14/2025', '$605.80', '$535.06', '$53.51', '[10449]'],
    ['03/28/2025', '$605.80', '$535.06', '$53.51', '[10452]'],
    ['04/11/2025', '$605.80', '$535.06', '$0.00 — bankruptcy stay', '—'],
  ],
});

// ── 19. Pay stub showing garnishment, text layer ──
const payStub = lines({
  id: 's164-paystub',
  kind: 's164-pay-stub-garnishment-deduction-text',
  before: 'Tri-County Feed & Supply, Inc. — Earnings Statement',
  text: [
    'Employee: VANCE, LORETTA M   Emp # [00817]   Dept 12 Retail   Pay period 03/16/2025–03/28/2025',
    'Hours 52.00   Rate $11.65   Gross $605.80   Disposable earnings $535.06',
    'Deductions: FIT $18.40  FICA $46.34  MO ST $6.00  GARN 2417-AC[64632] $53.51  YTD GARN $107.02',
    'Net pay $481.55   Direct deposit acct xxxx2219   Employer address: 90 Depot St, Elm Ridge, MO [64445]',
  ].join('\n'),
});

// ── 20. Chapter 13 petition, Schedule E/F, text layer ──
const schedEF = lines({
  id: 's164-schedef',
  kind: 's164-schedule-ef-nonpriority-claims-text',
  before: 'Official Form 106E/F — Schedule E/F: Creditors Who Have Unsecured Claims — Part 2',
  text: [
    '4.6  Prairie Hills Regional Medical Center           Last 4 digits of account number 4471        $9,433.49',
    '     2200 Hospital Dr, Hollis Springs, MO [64601]     When was the debt incurred? 03/2024–10/2024',
    '     Type of NONPRIORITY unsecured claim: Other. Specify: medical services (judgment 2417-AC[64632])',
    '4.7  Harmon & Pryce LLC (notice only)                 PO Box [64445], Kansas City, MO [64141]     $0.00',
    '4.8  Hollis Anesthesia Associates                     PO Box [42058], Hollis Springs, MO [64601]  $1,186.40',
    '     Anesthesia for sciatic neuroplasty 03/12/2024 ({01250}) and lumbar plexus 06/18/2024',
    '4.9  Mid-Missouri Neurology Group                      1020 Elm, Trenton, MO [64683]          $318.00',
  ].join('\n'),
});

// ── 21. Notice of Chapter 13 case (Form 309I), text layer ──
const form309 = lines({
  id: 's164-309i',
  kind: 's164-notice-of-chapter13-case-form309i-text',
  before: 'Official Form 309I — Notice of Chapter 13 Bankruptcy Case',
  text: [
    'United States Bankruptcy Court for the Western District of Missouri   Case number: 25-[41207]-btf13',
    'Debtor 1: Loretta Marie Vance   Last 4 digits of SSN: xxx-xx-4471   Address: 1418 Cobb Rd, Ridgeley, MO [64712]',
    "Debtor's attorney: Samuel Okonjo, Okonjo Law LLC, 311 W 9th St, Kansas City, MO [64105], Bar #[61141]",
    'Bankruptcy trustee: Rhonda K. Ellery, Chapter 13 Trustee, PO Box [93152], Kansas City, MO [64196]',
    'Meeting of creditors: 05/14/2025 10:30 AM by Zoom, Meeting ID 741 3692 5311, Passcode [70330]',
    'Deadline to file a proof of claim: 06/16/2025 (nongovernmental units). Filing fee $313.',
  ].join('\n'),
});

// ── 22. Chapter 13 plan excerpt, text layer ──
const plan = lines({
  id: 's164-plan',
  kind: 's164-chapter13-plan-excerpt-text',
  before: 'Chapter 13 Plan (Local Form 3015-1) — Debtor Loretta Marie Vance — Case 25-41207-btf13',
  text: [
    'Part 2: Debtor will make regular payments to the trustee of $240.00 per month for 60 months.',
    'Part 5.1: Allowed nonpriority unsecured claims will be paid pro rata, estimated dividend 6%.',
    'Part 8 (nonstandard): Debtor disputes claim of Prairie Hills Regional Medical Center to the extent it includes',
    "charges denied by Debtor's insurer (09/10/2024 line, CPT {64632}) and reserves objection under § 502(b).",
    'Liquidation analysis: unsecured creditors would receive $0 in Chapter 7. Trustee ID [72037].',
  ].join('\n'),
});

// ── 23. CM/ECF docket report, grid ──
const ecfDocket = table({
  id: 's164-ecf',
  kind: 's164-cmecf-bankruptcy-docket-report-grid',
  caption: 'U.S. Bankruptcy Court, Western District of Missouri (Kansas City) — Bankruptcy Petition #: 25-41207-btf13',
  headers: ['Filing Date', '#', 'Docket Text'],
  rows: [
    ['04/07/2025', '1', 'Chapter 13 Voluntary Petition for Individuals. Receipt Number A[21649], Fee Amount $313'],
    ['04/07/2025', '2', 'Chapter 13 Plan. Filed by Debtor Loretta Marie Vance (Okonjo, Samuel)'],
    ['04/09/2025', '9', 'Meeting of Creditors 341(a) meeting to be held on 5/14/2025 at 10:30 AM via Zoom'],
    ['06/05/2025', '21', 'Notice of Appearance and Request for Notice by Gregory T Pryce for Prairie Hills Regional'],
    ['07/22/2025', '27', 'Objection to Claim Number 7 and 9 of Prairie Hills Regional Medical Center. Hearing 8/26'],
    ['08/26/2025', '31', 'Order Sustaining Objection to Claim 9 (duplicate). Claim 7 allowed $9,433.47 (related 27)'],
    ['09/02/2025', '33', 'Order Confirming Chapter 13 Plan. Trustee payment ID [81062]'],
  ],
});

// ── 24. CM/ECF claims register, text layer ──
const claimsReg = lines({
  id: 's164-claimsreg',
  kind: 's164-cmecf-claims-register-text',
  before: '25-41207-btf13 Loretta Marie Vance — Claims Register',
  text: [
    'Creditor: (8312047) Prairie Hills Regional Medical Center, Attn Legal, 2200 Hospital Dr, Hollis Springs, MO [64601]',
    'Claim No: 7   Original Filed Date: 06/03/2025   Amount claimed: $9,433.47   Status: Allowed',
    'Description: (7-1) Medical services 03/12/2024–10/15/2024; judgment 2417-AC[64632]; itemization attached',
    'Claim No: 9   Filed: 06/11/2025   Amount claimed: $9,433.47   Status: Disallowed (duplicate of 7)',
    'Creditor: (8312051) Hollis Anesthesia Associates, PO Box [42058], Hollis Springs, MO [64601]',
    'Claim No: 4   Filed: 05/02/2025   Amount claimed: $1,186.40   Remarks: anesthesia {01250}, 03/12/2024',
  ].join('\n'),
});

// ── 25. Proof of claim Form 410, Part 1, text layer ──
const poc1 = lines({
  id: 's164-poc1',
  kind: 's164-proof-of-claim-form410-part1-text',
  before: 'Official Form 410 — Proof of Claim — Part 1: Identify the Claim',
  text: [
    '1. Who is the current creditor?  Prairie Hills Regional Medical Center',
    '3. Where should notices to the creditor be sent?  Attn: Revenue Cycle Legal, 2200 Hospital Dr,',
    '   Hollis Springs, MO [64601]   Contact phone 660-555-0177   Contact email legal@phrmc.example',
    '   Where should payments to the creditor be sent? (if different)  PO Box [20644], Hollis Springs, MO [64601]',
    '4. Does this claim amend one already filed?  No   5. Do you know if anyone else has filed a proof of claim?  No',
    'Case number 25-[41207]-btf13   Debtor 1 Loretta Marie Vance',
  ].join('\n'),
});

// ── 26. Proof of claim Form 410, Parts 2–3, text layer ──
const poc2 = lines({
  id: 's164-poc2',
  kind: 's164-proof-of-claim-form410-part2-3-text',
  before: 'Part 2: Give Information About the Claim as of the Date the Case Was Filed',
  text: [
    '6. Do you have any number you use to identify the debtor?  Yes. Last 4 digits: 4471',
    '7. How much is the claim?  $9,433.47   Does this amount include interest or other charges?  Yes (see attachment).',
    '8. What is the basis of the claim?  Health care services (judgment, Hollis Co. Case 2417-AC[64632]).',
    '   Limit disclosing information that is entitled to privacy, such as health care information.',
    '9. Is all or part of the claim secured?  No   10. Based on a lease?  No   11. Subject to a right of setoff?  No',
    'Part 3: Sign Below.  /s/ Darlene K. Moss, Revenue Cycle Legal Coordinator, 06/03/2025, employee no. [40713]',
  ].join('\n'),
});

// ── 27. Proof of claim itemized statement attachment, grid ──
const pocItem = table({
  id: 's164-pocitem',
  kind: 's164-proof-of-claim-itemized-statement-attachment-grid',
  caption: 'Attachment to Claim 7 — Itemized Statement of Account (redacted per Fed. R. Bankr. P. 9037)',
  headers: ['Svc Date', 'Rev Cd', 'CPT/HCPCS', 'Mod', 'Units', 'Description', 'Charge'],
  rows: [
    ['03/12/24', '0360', '{64712}', 'RT', '1', 'NEUROPLASTY MAJOR PERIPH N SCIATIC', '9,860.00'],
    ['03/12/24', '0370', '', '', '94', 'ANESTHESIA TIME (MIN)', '1,980.00'],
    ['03/12/24', '0361', '{64445}', 'RT', '1', 'INJ ANES AGENT SCIATIC NERVE SINGLE', '1,240.00'],
    ['03/12/24', '0402', '{76942}', '', '1', 'US GUIDE NEEDLE PLACEMENT', '412.00'],
    ['03/12/24', '0250', '', '', '7', 'PHARMACY GENERAL (NDC [00409]-4888-02 et al.)', '624.15'],
    ['03/12/24', '0300', '{36415}', '', '1', 'VENIPUNCTURE', '38.00'],
    ['03/12/24', '0305', '{85025}', '', '1', 'CBC W AUTO DIFF', '96.00'],
    ['03/12/24', '0710', '', '', '2', 'RECOVERY ROOM', '1,150.00'],
    ['05/02/24', '0922', '{95907}', '', '1', 'NRV CNDJ TEST 5-6 STUDIES', '640.00'],
    ['05/02/24', '0922', '{95886}', '', '1', 'NEEDLE EMG EA EXTR W/NCS COMPL', '410.00'],
    ['05/02/24', '0510', '{99214}', '', '1', 'CLINIC VISIT EST PT MOD', '285.00'],
    ['06/18/24', '0360', '{64714}', 'LT', '1', 'NEUROPLASTY LUMBAR PLEXUS', '11,480.00'],
    ['06/18/24', '0370', '', '', '110', 'ANESTHESIA TIME (MIN)', '2,310.00'],
    ['06/18/24', '0250', '', '', '9', 'PHARMACY GENERAL', '782.40'],
    ['06/18/24', '0710', '', '', '2', 'RECOVERY ROOM', '1,150.00'],
    ['08/06/24', '0510', '{64632}', 'LT', '1', 'DESTR NEUROLYTIC PLANTAR COMMON DIG N', '685.00'],
    ['09/10/24', '0510', '{64632}', 'LT', '1', 'DESTR NEUROLYTIC PLANTAR COMMON DIG N', '685.00'],
    ['10/15/24', '0510', '{64612}', '', '1', 'CHEMODENERV MUSC FACIAL N UNILAT', '1,120.00'],
    ['10/15/24', '0636', 'J0585', '', '50', 'ONABOTULINUMTOXINA PER UNIT', '1,425.00'],
  ],
});

// ── 28. Proof of claim interest / fees computation, text layer ──
const pocInterest = lines({
  id: 's164-pocint',
  kind: 's164-proof-of-claim-interest-computation-text',
  before: 'Attachment to Claim 7 — Statement of Interest, Fees and Credits (Rule 3001(c)(2)(A))',
  text: [
    'Total charges 03/12/2024–10/15/2024 (surgery {64712}/{64445}, {64714}; clinic {64632} x2, {64612})  $36,372.55',
    'Less insurance payments ($11,672.30), contractual adjustments ($15,308.95), patient payments ($350.00)',
    'Principal as of judgment 02/20/2025                                                      $9,041.30',
    'Prejudgment interest 9% 10/31/2024–02/20/2025 (112 days) $249.69; court costs $142.50    $9,433.49',
    'Post-judgment interest 9% 02/20/2025–04/07/2025 (46 days)                                  $107.00',
    'Less garnishment receipts (Garn. No. [64612], 03/14 and 03/28/2025)                        ($107.02)',
    'Less garnishment held by clerk, released to debtor 04/2025 (disputed)                     $0.00',
    'Amount of claim as of petition date                                                      $9,433.47',
  ].join('\n'),
});

// ── 29. Objection to claim, text layer ──
const objection = lines({
  id: 's164-objection',
  kind: 's164-objection-to-claim-text',
  before: "DEBTOR'S OBJECTION TO CLAIMS 7 AND 9 OF PRAIRIE HILLS REGIONAL MEDICAL CENTER — Case No. 25-41207-btf13",
  text: [
    '1. Claim 9, filed 06/11/2025, duplicates Claim 7 in amount and attachments (both list CPT {64712}, {64714},',
    '   {64445}, {64632} and {64612}). Debtor asks that Claim 9 be disallowed in full.',
    '2. Claim 7 includes $685.00 for the 09/10/2024 procedure (CPT {64632}-LT), which Heartland Mutual denied as a',
    '   frequency limit (CARC 119, claim no. 2024254093). Debtor reserves her argument that it is not owed.',
    '3. Notice: objections due 08/19/2025; hearing 08/26/2025 at 1:30 PM, Courtroom 6A, 400 E 9th St, Kansas City,',
    '   MO [64106]. /s/ Samuel Okonjo, Bar #[61141].',
  ].join('\n'),
});

// ── 30. Hospital legal hold memo, text layer ──
const legalHold = lines({
  id: 's164-hold',
  kind: 's164-hospital-legal-hold-memo-text',
  before: 'PRAIRIE HILLS REGIONAL MEDICAL CENTER — OFFICE OF GENERAL COUNSEL — PRIVILEGED & CONFIDENTIAL',
  text: [
    'LEGAL HOLD NOTICE no. LH-2025-[64712]   Date: 04/09/2025   Matter: Vance bankruptcy 25-[41207]-btf13',
    'To: Patient Financial Services; HIM; Revenue Integrity; Pain Clinic (cost center [63048]); IT (Epic)',
    'Stop all collection on guarantor [22057] immediately (automatic stay, 11 U.S.C. § 362). Recall from Harmon &',
    'Pryce; release garnishment no. [64612]. Preserve: UB-04s and 837Is for 03/12/2024 ({64712}, {64445}) and',
    '06/18/2024 ({64714}); clinic claims for {64632} and {64612}; op notes; 835s; the chargemaster lines in effect',
    'on each date of service; call recordings and letters (Exhibit C); the FAP screening log. Hold code [91242].',
  ].join('\n'),
});

// ── 31. Hold notice acknowledgment email, text layer ──
const holdEmail = lines({
  id: 's164-holdmail',
  kind: 's164-legal-hold-acknowledgment-email-text',
  before: 'From: Revenue Integrity <revint@phrmc.example> Subject: ACK — Legal hold LH-2025-64712 (Vance)',
  text: [
    'Subject: ACK — Legal hold LH-2025-[64712] (Vance)',
    'Acknowledged. CDM history exported for lines 36064712 and 36064714 (CPT {64712}, {64714}) and clinic lines',
    '51064632, 51064612 ({64632}, {64612}) for FY2024. Note the {64445} block line was 36164445 until 07/01/2024.',
    'Export job [50324], stored at \\\\phrmc-fs02\\legal\\LH2025-[64712]\\. — Mona Tiedt, Revenue Integrity Analyst',
  ].join('\n'),
});

// ── 32. Patient accounting account notes, text layer ──
const acctNotes = lines({
  id: 's164-notes',
  kind: 's164-patient-accounting-account-notes-text',
  before: 'Guarantor 22057 VANCE,LORETTA M — Account Notes (newest first)',
  text: [
    '04/09/2025 08:12 DMOSS  BK CH13 25-[41207]-BTF13 filed 04/07. Legal hold. Agency recall sent. Status BKHOLD.',
    '03/29/2025 14:40 SYSTEM  Garnishment receipt $53.51 posted, batch [64632], ref GARN [64612].',
    '03/15/2025 09:03 SYSTEM  Garnishment receipt $53.51 posted, batch [21492].',
    '11/12/2024 10:55 HPLAW   Suit filed 2417-AC[64632]. Attorney fee per contract 0%. Cost advance $142.50.',
    '10/01/2024 16:20 SHALL   Pt called re 09/10 {64632} denial; told to appeal w/ HMH. FAP app mailed? N.',
    '07/10/2024 11:18 SYSTEM  835 received HMH: {64714} paid $1,372.64, PR-1 $2,750.00, PR-2 $1,356.30.',
    '06/19/2024 07:02 SYSTEM  Charges posted HAR 310447102: {64714}-LT $11,480.00; rev 0370/0250/0710. Batch [39106].',
    '04/02/2024 13:31 SYSTEM  835 received HMH: {64712}-RT paid $4,380.00, {64445}-RT paid $520.00, {76942} $190.00.',
    '03/13/2024 07:05 SYSTEM  Charges posted HAR 310447101: {64712}-RT, {64445}-RT, {76942}, {36415}, {85025}.',
  ].join('\n'),
});

// ── 33. Collection worklist, grid ──
const worklist = table({
  id: 's164-worklist',
  kind: 's164-collection-worklist-grid',
  caption: 'PFS Worklist [LEGAL/BK] — 04/10/2025 — Owner: D. Moss',
  headers: ['Guarantor', 'Name', 'Balance', 'Last svc', 'Top CPT', 'Status', 'Agency ref'],
  rows: [
    ['[22057]', 'VANCE, LORETTA M', '$8,934.28', '10/15/2024', '{64714}', 'BKHOLD', 'HP-[30197]'],
    ['[22063]', 'ORTIZ, RAMON', '$3,208.00', '01/22/2025', '{64445}', 'LEGAL', 'HP-[30244]'],
    ['[22078]', 'BELL, CASSIDY', '$1,940.50', '12/03/2024', '{64612}', 'PAYPLAN', 'HP-[30311]'],
    ['[22104]', 'NUNEZ, TOMAS', '$6,775.00', '11/14/2024', '{64712}', 'JUDGMENT', 'HP-[30459]'],
    ['[22119]', 'PRICE, ODELL', '$2,410.00', '02/11/2025', '{64632}', 'LEGAL', 'HP-[30502]'],
    ['[22131]', 'STRAND, MAE', '$988.00', '09/30/2024', '{64450}', 'SMALL BAL', '—'],
  ],
});

// ── 34. 835 remittance pulled for the file, text layer ──
const remit = lines({
  id: 's164-835',
  kind: 's164-x12-835-remittance-text',
  before: 'Claim 7 backup — 835 from Heartland Mutual Health, check EFT 000291834',
  text: [
    'TRN*1*000291834*1470336544~',
    'CLP*310447102*1*[15722].4*3515.08*4106.3*12*2024170558~',
    'SVC*HC:{64714}:LT*[11480]*1372.64**1~DTM*472*20240618~CAS*PR*1*2750**2*1356.3~CAS*CO*45*6001.06~',
    'CLP*310447103*1*685*0*0*12*2024254093~',
    'SVC*HC:{64632}:LT*685*0**1~DTM*472*20240910~CAS*CO*119*685~REF*6R*[40250]~',
    'CLP*310447101*1*[15400].15*6580*2820*12*2024074417~',
    'SVC*HC:{64712}:RT*9860*4380**1~DTM*472*20240312~CAS*CO*45*3620~CAS*PR*2*1860~',
    'SVC*HC:{64445}:RT*1240*520**1~CAS*CO*45*500~CAS*PR*2*220~REF*6R*[38804]~',
    'SVC*HC:{76942}*412*190**1~CAS*CO*45*142~CAS*PR*2*80~',
    'SVC*HC:{64612}*1120*363.08**1~CAS*CO*45*756.92~CAS*PR*2*0~REF*6R*[64612]~',
  ].join('\n'),
});

// ── 35. Write-off memo, text layer ──
const writeOff = lines({
  id: 's164-writeoff',
  kind: 's164-hospital-write-off-memo-text',
  before: 'MEMORANDUM — To: Controller — From: Revenue Cycle Legal — Re: Bankruptcy write-off, guarantor 22057',
  text: [
    'Date: 09/15/2025. Debtor Loretta M. Vance, Ch. 13 case 25-[41207]-btf13, plan confirmed 09/02/2025 (6% dividend).',
    'Ledger balance $8,934.28 (principal $9,041.30 less garnishment receipts $107.02). Interest and costs are',
    'legal-side only and were never posted to the ledger. Request: adjust $8,934.28 to transaction code 6045',
    '(BK write-off), record trustee dividends (est. $566.01 over the plan) as bad-debt recoveries to code [60451].',
    'Services: 03/12/2024 surgery {64712}-RT with {64445}; 06/18/2024 {64714}-LT; clinic {64632} x2 and {64612}.',
    'Medicare cost report: not reportable as Medicare bad debt (commercial). Charity care re-screen: see FAP letter.',
    'Approved: L. Haverford, Controller, signature id [51132].',
  ].join('\n'),
});

// ── 36. Write-off adjustment batch CSV, text layer ──
const writeOffCsv = lines({
  id: 's164-wocsv',
  kind: 's164-write-off-adjustment-batch-csv-text',
  before: 'adj_batch_58220_20250918.csv',
  text: [
    'batch,guarantor,har,svc_date,cpt,mod,adj_code,amount,reason',
    '[58220],[22057],310447101,2024-03-12,{64712},RT,6045,-1774.98,BK CH13',
    '[58220],[22057],310447101,2024-03-12,{64445},RT,6045,-588.00,BK CH13',
    '[58220],[22057],310447105,2024-05-02,{95907},,6045,-355.00,BK CH13',
    '[58220],[22057],310447102,2024-06-18,{64714},LT,6045,-4106.30,BK CH13',
    '[58220],[22057],310447103,2024-09-10,{64632},LT,6045,-685.00,BK CH13',
    '[58220],[22057],310447104,2024-10-15,J0585,,6045,-1425.00,BK CH13',
    '[58220],[22057],,,,,6045,-8934.28,BATCH TOTAL',
  ].join('\n'),
});

// ── 37. Trustee disbursement report, grid ──
const trustee = table({
  id: 's164-trustee',
  kind: 's164-chapter13-trustee-disbursement-report-grid',
  caption: 'Chapter 13 Trustee — Claim Disbursement Detail — Case 25-41207-btf13 — as of 12/31/2025',
  headers: ['Claim', 'Creditor', 'Allowed', 'Paid prin.', 'Balance', 'Check/EFT'],
  rows: [
    ['7', 'Prairie Hills Regional Medical Center', '$9,433.47', '$38.41', '$9,395.06', '[82643]'],
    ['4', 'Hollis Anesthesia Associates', '$1,186.40', '$3.78', '$1,182.62', '[82644]'],
    ['9', 'Prairie Hills Regional Medical Center', '$0.00 (disallowed)', '$0.00', '$0.00', '—'],
    ['', 'Trustee receipts from debtor', '', '$960.00', '', 'Receipt [64714]'],
  ],
});

// ── 38. Financial assistance decision letter, text layer ──
const fapLetter = lines({
  id: 's164-fap',
  kind: 's164-financial-assistance-decision-letter-text',
  before: 'Prairie Hills Regional Medical Center — Financial Assistance Program — Application no. FA-25-33771',
  text: [
    'October 6, 2025   Loretta M. Vance, 1418 Cobb Rd, Ridgeley, MO [64712]',
    'Your application (FA-25-[33771]) was approved for a 100% discount (income 83% of FPL) for services from',
    '03/12/2024 through 10/15/2024, including the procedures billed as {64712}, {64445}, {64714}, {64632} and {64612}.',
    'Because your balance is in a Chapter 13 case, we will amend Claim 7 to $0.00 and refund $107.02 of',
    'garnished wages (check no. [42687]). Questions: 660-555-0190, PO Box [20644], Hollis Springs, MO [64601].',
  ].join('\n'),
});

// ── 39. Amended claim summary page (Claim 7-2), text layer ──
const amended = lines({
  id: 's164-poc72',
  kind: 's164-amended-proof-of-claim-summary-text',
  before: 'Official Form 410 — Claim 7-2 (amends 7-1) — Case number 25-41207-btf13',
  text: [
    '4. Does this claim amend one already filed?  Yes. Claim number on court claims registry: 7-1, filed 06/03/2025',
    '7. How much is the claim?  $0.00. Explanation: account adjusted under hospital financial assistance policy',
    '   (application FA-25-[33771]); charges for {64712}/{64714} surgeries and clinic {64632}/{64612} forgiven.',
    '   Garnishment refund $107.02 issued 10/09/2025, check [42687]. Creditor ZIP [64601]; debtor ZIP [64712].',
  ].join('\n'),
});

// ── 40. Clinic coding query the business office sent before suit, text layer ──
const codingQuery = lines({
  id: 's164-codeq',
  kind: 's164-revenue-integrity-coding-review-note-text',
  before: 'Revenue Integrity — pre-litigation coding review — guarantor 22057 — ticket RI-73120',
  text: [
    'Reviewed op note 03/12/2024: neurolysis of sciatic nerve at piriformis, open, right. {64712}-RT supported;',
    'the sciatic block was placed by anesthesia for post-op pain; {64445}-RT billable separately per NCCI (mod 59',
    'not needed, different provider). 06/18/2024: {64714} supported (lumbar plexus, retroperitoneal approach);',
    'consider {64708} or {64713}? No — not brachial, not other named nerve. Clinic: {64632} x2 right code (not',
    '{64640}); {64612} unilateral, with J0585 50 u. No {64450} billed. Pre-op {95907}/{95886} with {99214}-25 OK.',
    'Result: no coding change; charges stand at $36,372.55. Ticket RI-[73120] closed, reviewer id [21708].',
  ].join('\n'),
});

// ── 41. UB-04 produced in discovery (03/12/2024 encounter), PDF text layer ──
const ub04 = lines({
  id: 's164-ub04',
  kind: 's164-ub04-claim-form-text-layer',
  before: 'Production PHRMC-000214 — UB-04 CMS-1450 — Type of bill 0131',
  text: [
    '1 PRAIRIE HILLS REGIONAL MEDICAL CENTER  2200 HOSPITAL DR  HOLLIS SPRINGS MO [64601]   3a PAT CNTL# 310447101',
    '5 FED TAX NO 43-1187206   6 STATEMENT COVERS PERIOD 031224 031224   38 VANCE LORETTA M RIDGELEY MO [64712]',
    '42 0360  43 NEUROPLASTY MAJOR PERIPH SCIATIC  44 {64712} RT  45 031224  46 1  47 9860 00',
    '42 0361  43 INJ ANES SCIATIC NERVE SINGLE     44 {64445} RT  45 031224  46 1  47 1240 00',
    '42 0402  43 US GUIDE NEEDLE PLACEMENT         44 {76942}     45 031224  46 1  47 412 00',
    '42 0300  43 VENIPUNCTURE                      44 {36415}     45 031224  46 1  47 38 00',
    '42 0305  43 CBC W AUTO DIFF                   44 {85025}     45 031224  46 1  47 96 00',
    '42 0001  TOTAL CHARGES  47 [15400] 15   50 HEARTLAND MUTUAL HEALTH  60 HMH-[62481]-07  62 GROUP [90512]',
    '67 G57.01  74 01NB0ZZ 031224   76 ATTENDING NPI 1457398820 ORTEGA  77 OPERATING ORTEGA   80 REMARKS PA [37716]',
  ].join('\n'),
});

// ── 42. Chargemaster excerpt produced in discovery, grid ──
const cdm = table({
  id: 's164-cdm',
  kind: 's164-chargemaster-excerpt-discovery-grid',
  caption: 'PHRMC-000231 — Charge Description Master extract, nerve procedures (produced 01/17/2025)',
  headers: ['CDM #', 'Rev', 'CPT', 'Description', 'FY2024 price', 'FY2025 price'],
  rows: [
    ['36064712', '0360', '{64712}', 'NEUROPLASTY MAJOR PERIPH N SCIATIC', '9,860.00', '10,254.00'],
    ['36064713', '0360', '{64713}', 'NEUROPLASTY BRACHIAL PLEXUS', '10,940.00', '11,378.00'],
    ['36064714', '0360', '{64714}', 'NEUROPLASTY LUMBAR PLEXUS', '11,480.00', '11,939.00'],
    ['36064708', '0360', '{64708}', 'NEUROPLASTY MAJOR PERIPH N ARM/LEG OPEN', '8,215.00', '8,544.00'],
    ['36164445', '0361', '{64445}', 'INJ ANES AGENT SCIATIC N SINGLE', '1,240.00', '1,290.00'],
    ['36164447', '0361', '{64447}', 'INJ ANES AGENT FEMORAL N SINGLE', '1,180.00', '1,227.00'],
    ['36164450', '0361', '{64450}', 'INJ ANES AGENT OTHER PERIPH N/BRANCH', '845.00', '879.00'],
    ['51064632', '0510', '{64632}', 'DESTR NEUROLYTIC PLANTAR COMMON DIG N', '685.00', '712.00'],
    ['51064640', '0510', '{64640}', 'DESTR NEUROLYTIC OTHER PERIPH N', '740.00', '770.00'],
    ['51064612', '0510', '{64612}', 'CHEMODENERV MUSC FACIAL N UNILAT', '1,120.00', '1,165.00'],
    ['51064615', '0510', '{64615}', 'CHEMODENERV MUSC FACIAL/TRIG/CERV MIGRAINE', '1,120.00', '1,165.00'],
    ['92295907', '0922', '{95907}', 'NRV CNDJ TEST 5-6 STUDIES', '640.00', '666.00'],
    ['92295886', '0922', '{95886}', 'NEEDLE EMG EA EXTR W/NCS COMPLETE', '410.00', '426.00'],
  ],
});

// ── 43. Defendant's requests for production and interrogatories, text layer ──
const discovery = lines({
  id: 's164-discovery',
  kind: 's164-defendant-discovery-requests-text',
  before: "DEFENDANT'S FIRST INTERROGATORIES AND REQUESTS FOR PRODUCTION TO PLAINTIFF — Case No. 2417-AC64632",
  text: [
    'Request No. 1: The chargemaster (CDM) entries in effect on each date of service for CPT {64712}, {64714}, {64445},',
    '{64632} and {64612}, and any revision of them in 2023–2025.',
    'Request No. 2: Every remittance (835) and EOB received for the account, including the denial of {64632}-LT (09/10/2024).',
    'Interrogatory No. 3: State the average amount Plaintiff accepted in 2024 from commercial payers for {64714} and',
    'for {64712}, and from Medicare for {64712} (locality 99, carrier [05392]).',
    "Interrogatory No. 4: State whether Defendant was screened under Plaintiff's financial assistance policy, by whom and",
    'when, and identify the FAP log entry (policy no. FAP-[28801]).',
    'Interrogatory No. 5: For the line billed as {64445}-RT on 03/12/2024, identify the ordering and performing provider',
    'and state whether it was also billed by Hollis Anesthesia Associates (tax id ending [83311]).',
    'Served 01/06/2025 by e-mail on G. T. Pryce (MO Bar #[47719]). /s/ Rachel A. Dunmore (MO Bar #[58831])',
  ].join('\n'),
});

// ── 44. Legal aid case closing memo, text layer ──
const closing = lines({
  id: 's164-closing',
  kind: 's164-legal-aid-case-closing-memo-text',
  before: 'Heartland Legal Services — Case closing — Matter 64714-CD',
  text: [
    'Matter [64714]-CD closed 10/20/2025. Outcome: hospital granted 100% financial assistance (FA-25-[33771]);',
    'Claim 7 amended to $0.00; garnished wages of $107.02 refunded; state-court judgment to be satisfied of record.',
    'Issues for the impact list: (1) hospital billed patient for {64632}-LT denied CO-119 (provider liability);',
    '(2) chargemaster rate for {64712} ($9,860) vs. allowed; (3) no FAP screening before suit on {64714} balance.',
    'Referred to bankruptcy counsel S. Okonjo 04/02/2025 (referral no. [75512]); case 25-[41207]-btf13 continues',
    'for other debts. Time: 21.4 hrs attorney, 6.2 hrs paralegal. Funding code LSC-[26415]. Closing code F.',
  ].join('\n'),
});

export const sealed164: Snippet[] = [
  ...intake,
  ...conflict,
  ...aidEmail,
  ...caption,
  ...petition,
  ...exhibitA,
  ...affAccount,
  ...finalNotice,
  ...summons,
  ...casenet,
  ...answer,
  ...hardship,
  ...budget,
  ...eob,
  ...judgment,
  ...garnApp,
  ...garnNotice,
  ...garnAnswer,
  ...payStub,
  ...schedEF,
  ...form309,
  ...plan,
  ...ecfDocket,
  ...claimsReg,
  ...poc1,
  ...poc2,
  ...pocItem,
  ...pocInterest,
  ...objection,
  ...legalHold,
  ...holdEmail,
  ...acctNotes,
  ...worklist,
  ...remit,
  ...writeOff,
  ...writeOffCsv,
  ...trustee,
  ...fapLetter,
  ...amended,
  ...codingQuery,
  ...ub04,
  ...cdm,
  ...discovery,
  ...closing,
];
