import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 134 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s134-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes
 * (64713, 64708, 64450, 64455, 64615, 64616, 64640, 64999, 76942, 99213, 99214, 20550) are labelled as codes too.
 * About a third of the decoys are numbers of the synthetic 10,000-code set (KNOWN_10K), used as practice-management
 * claim and account numbers, charge master numbers, a refund check number, an employee id, a PM report id, the IRO's
 * population count (frame size), a change ticket and the Medicaid Fraud Control Unit's ZIP. The five known codes'
 * digits come back as decoys: a DOJ debt-collection (CDCS) payment reference, a Bates number on the relator's
 * e-mail exhibit, the RAT-STATS seed, the charge master change ticket behind the Reportable Event, a hotline vendor
 * report number, the ZIP of the practice's outreach clinic and the pay-to PO box in an 837P.
 *
 * Family: False Claims Act settlement and Corporate Integrity Agreement around a pain and peripheral-nerve practice
 * that billed office hydrodissection as open neuroplasty (64712, 64714), steroid injections as neurolytic destruction
 * (64632), migraine chemodenervation per side (64612) and undocumented sciatic blocks (64445): the U.S. Attorney's
 * press release and its sidebar, the settlement agreement's recitals (covered conduct), terms and Attachment A claims
 * summary, the qui tam complaint's caption page, allegations and representative-claims exhibit, the PACER docket, the
 * CIA's Appendix B claims review, section III policies and training, notices and locations appendix, the IRO claims
 * review report (summary, methodology and sample design, RAT-STATS printout, claim-level spreadsheet, results by code,
 * narrative findings), the compliance officer's annual report (cover letter, body, overpayment log, disclosure log), a
 * Reportable Event notice, the LMS training log and a post-test, a voluntary refund letter to the MAC and its claim
 * listing, internal audit workpapers (tick-mark grid, summary memo, XML export), a practice-management CSV extract, an
 * X12 837P and 835, an HL7 v2 DFT, a FHIR Claim, the relator's e-mail exhibit, a comparative billing report, a
 * corrective action plan, the charge master change log and a law firm's client alert.
 * Built on real public layouts: U.S. Attorney's Office press releases on justice.gov (headline, dateline, "The claims
 * resolved by the settlement are allegations only", HHS-TIPS line, Topics/Component sidebar), DOJ FCA settlement
 * agreements (Parties, Recitals A–E, Covered Conduct paragraph, Terms and Conditions), PACER page headers and civil
 * docket text, the HHS-OIG individual-practitioner CIA's Appendix B (Paid Claim, Population, Error Rate, Claims Review
 * Sample, "Use of First Samples Drawn", and the spreadsheet columns: code submitted, code reimbursed, allowed amount
 * reimbursed, correct code, correct allowed amount), the RAT-STATS Single Stage Random Numbers printout, MAC voluntary
 * refund letters, the CMS Comparative Billing Report table, X12 837P/835 segments (SV1, CLP, SVC with the original
 * code in SVC06, PLB WO), HL7 v2 FT1 and FHIR R4 Claim. The others are written the way those pages read, with no
 * single source.
 *
 * 400 labelled tokens over 40 shapes: 259 codes (174 of them the five known codes), 141 decoys (12 of them the
 * known codes' digits), 50 of the decoys in KNOWN_10K.
 */

// ── 1. U.S. Attorney's Office press release, text layer ──
const pressRelease = lines({
  id: 's134-usao',
  kind: 's134-usao-fca-settlement-press-release-text',
  before: "Department of Justice › U.S. Attorney's Office › Western District of Missouri › News › Press Release",
  text: [
    'FOR IMMEDIATE RELEASE   Friday, March 14, 2025',
    'Kansas City Pain Practice and Its Owner Agree to Pay $3.41 Million to Resolve False Claims Act Allegations Over Nerve Procedure Billing',
    "KANSAS CITY, Mo. – Midwest Nerve & Pain Specialists, P.C. (MNPS), a pain management and peripheral nerve surgery practice with clinics in Kansas City, Lee's Summit and Liberty, and its owner, Gregory T. Hale, M.D., have agreed to pay $3,412,000 to resolve allegations that they violated the False Claims Act by billing Medicare, MO HealthNet and TRICARE for nerve procedures that were not performed as billed.",
    'The settlement resolves allegations that, from Jan. 1, 2017, through Dec. 31, 2022, MNPS billed open surgical neuroplasty of the sciatic nerve and of the lumbar plexus (CPT codes {64712} and {64714}) when its physicians performed ultrasound-guided perineural injections, sometimes called "hydrodissection," in the office.',
    "The United States further alleged that MNPS billed destruction of a plantar common digital nerve by a neurolytic agent ({64632}) for steroid and anesthetic injections for Morton's neuroma, which are reported with {64455}, and billed up to three units per foot on one date.",
    'The settlement also resolves allegations that MNPS billed chemodenervation of muscles innervated by the facial nerve, code {64612}, for both sides of the face when patients received Botox injections for chronic migraine, a service reported once per session under code {64615}, and that it billed sciatic nerve blocks ({64445}) that the medical records do not document.',
    '"Billing a needle injection in an exam room as open nerve surgery inflates the bill many times over," said Acting U.S. Attorney Laura B. Kessler.',
    'The civil settlement includes the resolution of claims brought under the qui tam or whistleblower provisions of the False Claims Act by Dana Whitcomb, a former billing manager at MNPS. Whitcomb will receive $580,040.',
    'In connection with the settlement, MNPS entered into a five-year Corporate Integrity Agreement with HHS-OIG that requires, among other things, an annual review of its claims by an Independent Review Organization.',
    'The case is captioned United States ex rel. Whitcomb v. Midwest Nerve & Pain Specialists, P.C., et al., No. 4:22-cv-[00318]-BP (W.D. Mo.). The claims resolved by the settlement are allegations only; there has been no determination of liability.',
    'Tips and complaints about potential fraud, waste, abuse and mismanagement can be reported to HHS at 800-HHS-TIPS (800-447-8477).',
  ].join('\n'),
});

// ── 2. Press release sidebar and page footer, text layer (decoy heavy) ──
const pressFooter = lines({
  id: 's134-usaofoot',
  kind: 's134-usao-press-release-sidebar-footer-text',
  before: 'Contact: Public Affairs Officer (816) 426-4220',
  text: [
    'Updated March 14, 2025',
    'Topics: False Claims Act · Health Care Fraud',
    'Component: USAO - Missouri, Western',
    'Press Release Number: 25-046',
    'Related court case: 4:22-cv-[00318] (W.D. Mo.) · Download: MNPS Settlement Agreement (PDF, 1.2 MB)',
    'Kansas City Office — Charles Evans Whittaker Courthouse, 400 East Ninth Street, Room 5510, Kansas City, MO [64106]',
    'Springfield Office — 901 St. Louis Street, Suite 500, Springfield, MO [65806]',
    'Jefferson City Office — 80 Lafayette Street, Suite 2100, Jefferson City, MO [65101]',
  ].join('\n'),
});

// ── 3. Settlement agreement recitals and covered conduct, PDF text layer ──
const recitals = lines({
  id: 's134-sarec',
  kind: 's134-settlement-agreement-recitals-covered-conduct-text',
  before: 'SETTLEMENT AGREEMENT',
  text: [
    'This Settlement Agreement (Agreement) is entered into among the United States of America, acting through the United States Attorney\'s Office for the Western District of Missouri and on behalf of the Office of Inspector General (OIG-HHS) of the Department of Health and Human Services (HHS) and the Defense Health Agency (DHA), acting on behalf of the TRICARE Program; the State of Missouri; Midwest Nerve & Pain Specialists, P.C. (MNPS); Gregory T. Hale, M.D.; and Dana Whitcomb (Relator) (hereafter collectively referred to as "the Parties"), through their authorized representatives.',
    'RECITALS',
    'A. MNPS is a Missouri professional corporation with its principal place of business at 4700 Belleview Avenue, Suite 310, Kansas City, Missouri [64112].',
    'B. On May 9, 2022, Relator filed a qui tam action in the United States District Court for the Western District of Missouri captioned United States ex rel. Whitcomb v. Midwest Nerve & Pain Specialists, P.C., et al., Civil Action No. 4:22-cv-[00318]-BP, pursuant to the qui tam provisions of the False Claims Act, 31 U.S.C. § 3730(b) (the Civil Action).',
    'C. The United States contends that MNPS submitted or caused to be submitted claims for payment to the Medicare Program, Title XVIII of the Social Security Act, 42 U.S.C. §§ 1395-1395lll (Medicare), the Medicaid Program, 42 U.S.C. §§ 1396-1396w-5 (Medicaid), and the TRICARE Program, 10 U.S.C. §§ 1071-1110b (TRICARE).',
    'D. The United States contends that it has certain civil claims against MNPS and Dr. Hale arising from the following conduct during the period from January 1, 2017 through December 31, 2022:',
    '(1) submitting claims under CPT code {64712} (neuroplasty, major peripheral nerve, arm or leg, open; sciatic nerve) and CPT code',
    '{64714} (neuroplasty, major peripheral nerve, arm or leg, open; lumbar plexus) for percutaneous, ultrasound-guided perineural injections during which no open neuroplasty was performed, which services, if reimbursable at all, should have been billed under CPT code {64450} or {64445} and CPT code {76942};',
    '(2) submitting claims under CPT code {64632} (destruction by neurolytic agent; plantar common digital nerve) for injections of anesthetic agent and/or steroid that should have been billed under CPT code {64455}, and billing more than one unit of {64632} per foot per date of service where only one interspace was treated;',
    '(3) submitting claims under CPT code {64612} (chemodenervation of muscle(s); muscle(s) innervated by facial nerve, unilateral) with modifier 50, or on two lines with modifiers RT and LT, for chemodenervation for chronic migraine, which should have been billed, if at all, as one unit of CPT code {64615}; and',
    '(4) submitting claims under CPT code {64445} (injection(s), anesthetic agent(s) and/or steroid; sciatic nerve) for dates of service on which the medical record does not document that a sciatic nerve block was performed.',
    'The conduct described in this Paragraph D is referred to below as the Covered Conduct.',
    'E. This Settlement is neither an admission of liability by MNPS or Dr. Hale nor a concession by the United States that its claims are not well founded.',
    'USAO No. 2022V[00241]          Page 2 of 14',
  ].join('\n'),
});

// ── 4. Settlement agreement terms and payment, PDF text layer (decoy heavy) ──
const terms = lines({
  id: 's134-saterms',
  kind: 's134-settlement-agreement-terms-payment-text',
  before: 'TERMS AND CONDITIONS',
  text: [
    "1. MNPS and Dr. Hale shall pay to the United States and the State of Missouri, collectively, $3,412,000 (Settlement Amount), of which $1,706,000 is restitution, no later than 10 days after the Effective Date of this Agreement by electronic funds transfer pursuant to written instructions to be provided by the Financial Litigation Unit of the United States Attorney's Office for the Western District of Missouri.",
    'Payment shall reference CDCS No. 2025A[64712] and DJ No. 46-40-[16389]; the State Settlement Amount of $285,485 shall be paid to the Missouri Attorney General, Medicaid Fraud Control Unit, P.O. Box 899, Jefferson City, MO [65102].',
    "2. Conditioned upon the United States receiving the Federal Settlement Amount and as soon as feasible after receipt, the United States shall pay $531,508 to Relator by electronic funds transfer (Federal Relator's Share).",
    '8. MNPS has entered into a Corporate Integrity Agreement (CIA) with HHS, attached as Exhibit B, which is incorporated into this Agreement by reference.',
    '12(b). Within 90 days of the Effective Date MNPS shall identify and repay, by adjustment to future payments or otherwise, any Unallowable Costs included in payments previously sought from the United States, including cost reports for MNPS Surgery Center, LLC (CCN 26C[00187]).',
    'Relator and her heirs, successors, assigns, agents, and attorneys shall not object to this Agreement; counsel for Relator: Stroud & Lyle LLP, 1201 Walnut Street, Suite 2900, Kansas City, MO [64106].',
  ].join('\n'),
});

// ── 5. Settlement attachment A, covered claims summary, table ("CPT billed" header) ──
const attachmentA = table({
  id: 's134-attA',
  kind: 's134-settlement-attachment-a-covered-claims-grid',
  caption: 'Attachment A — Summary of Covered Conduct claims, DOS 01/01/2017–12/31/2022',
  headers: ['Cat.', 'CPT billed', 'Service documented', 'Program', 'Claims', 'Amount paid'],
  rows: [
    ['D(1)', '{64712}', 'US-guided perineural inj. ({64450}/{76942})', 'Medicare', '1,184', '$1,142,906.31'],
    ['D(1)', '{64714}', 'US-guided perineural inj., lumbar', 'Medicare', '412', '$361,770.08'],
    ['D(2)', '{64632}', 'Inj. plantar digital nerve ({64455})', 'Medicare', '2,306', '$389,152.20'],
    ['D(3)', '{64612}-50; {64612}-RT/LT', 'Chemodenervation, migraine ({64615})', 'Medicare', '861', '$171,420.66'],
    ['D(4)', '{64445}', 'No block documented', 'TRICARE', '58', '$5,310.40'],
  ],
});

// ── 6. Qui tam complaint caption page, PDF text layer ──
const caption = lines({
  id: 's134-qtcap',
  kind: 's134-qui-tam-complaint-caption-page-text',
  before: 'IN THE UNITED STATES DISTRICT COURT FOR THE WESTERN DISTRICT OF MISSOURI, WESTERN DIVISION',
  text: [
    'Case 4:22-cv-[00318]-BP   Document 1   Filed 05/09/22   Page 1 of 41',
    'UNITED STATES OF AMERICA ex rel. DANA WHITCOMB, and STATE OF MISSOURI ex rel. DANA WHITCOMB, Plaintiffs,',
    'v.',
    'MIDWEST NERVE & PAIN SPECIALISTS, P.C.; GREGORY T. HALE, M.D.; and MNPS SURGERY CENTER, LLC, Defendants.',
    'Case No. 4:22-cv-[00318]',
    'FILED IN CAMERA AND UNDER SEAL PURSUANT TO 31 U.S.C. § 3730(b)(2) — DO NOT PLACE IN PRESS BOX — DO NOT ENTER ON PACER',
    'COMPLAINT FOR VIOLATIONS OF THE FALSE CLAIMS ACT, 31 U.S.C. §§ 3729 et seq., AND THE MISSOURI HEALTH CARE PAYMENT FRAUD AND ABUSE STATUTES, MO. REV. STAT. §§ 191.900 et seq.',
    'JURY TRIAL DEMANDED',
    'Stroud & Lyle LLP · 1201 Walnut Street, Suite 2900 · Kansas City, MO [64106] · Attorneys for Relator',
  ].join('\n'),
});

// ── 7. Qui tam complaint, allegations section, PDF text layer ──
const allegations = lines({
  id: 's134-qtalleg',
  kind: 's134-qui-tam-complaint-allegations-text',
  before: 'V. FACTUAL ALLEGATIONS',
  text: [
    'Case 4:22-cv-[00318]-BP   Document 1   Filed 05/09/22   Page 14 of 41',
    'A. Defendants Billed Open Sciatic Neuroplasty for Office Injections',
    '47. CPT code {64712} describes "Neuroplasty, major peripheral nerve, arm or leg, open; sciatic nerve." As the descriptor states, the procedure is open: the surgeon makes an incision, exposes the nerve and frees it from scar tissue, ordinarily in an operating room.',
    '48. Beginning no later than January 2017, Dr. Hale directed that every ultrasound-guided "hydrodissection" of the sciatic nerve performed in the clinic be coded as {64712}, and every hydrodissection near the lumbar plexus as {64714}.',
    '49. A perineural injection under ultrasound guidance is properly reported, at most, with {64450} or {64445} plus {76942}. Medicare paid MNPS more than eight times as much for the open procedure.',
    '50. Relator raised the issue at the billing staff meeting on March 3, 2020. The practice administrator, Karen Mott, answered by e-mail that "Dr. H says the charge master stays as is" (MNPS-[64612]).',
    "51. For example, on October 12, 2021, Patient A, a Medicare beneficiary, received a fifteen-minute ultrasound-guided injection at the Lee's Summit clinic (2100 SE Blue Parkway, Lee's Summit, MO [64063]). MNPS billed {64712}-RT and {64445} and was paid $781.13.",
    'B. Defendants Billed Neurolytic Destruction for Steroid Injections',
    "62. CPT code {64632} is reserved for destruction of a plantar common digital nerve by a neurolytic agent such as alcohol or phenol. An injection of anesthetic and steroid for Morton's neuroma is reported with CPT code {64455}.",
    '63. MNPS podiatrists injected dexamethasone and bupivacaine, checked "4% dehydrated alcohol" in a template field, and billed {64632} x 3 per foot.',
    'C. Facial Chemodenervation Billed Twice for Migraine',
    '71. Chemodenervation for chronic migraine is reported with {64615}, once per session. MNPS billed {64612}-RT and {64612}-LT, and on some dates {64615} as well.',
  ].join('\n'),
});

// ── 8. Complaint exhibit: representative false claims, table ("Billed" header) ──
const exhibit7 = table({
  id: 's134-qtex7',
  kind: 's134-qui-tam-exhibit-representative-claims-grid',
  caption: 'Exhibit 7 — Representative claims submitted by Defendants',
  headers: ['Ex.', 'Patient', 'DOS', 'Payer', 'Billed', 'Actually performed', 'Paid'],
  rows: [
    ['7-1', 'Patient A', '10/12/2021', 'Medicare', '{64712}-RT, {64445}', 'US-guided inj., sciatic', '$781.13'],
    ['7-2', 'Patient B', '02/03/2021', 'Medicare', '{64714}', 'US-guided inj., lumbar plexus', '$588.92'],
    ['7-3', 'Patient C', '06/17/2020', 'MO HealthNet', '{64632} x3', 'Steroid inj. ({64455}) x1', '$212.40'],
    ['7-4', 'Patient D', '11/30/2021', 'Medicare', '{64612}-RT / {64612}-LT', 'Botox 155 u, migraine', '$246.18'],
  ],
});

// ── 9. PACER civil docket, table (decoy heavy) ──
const docket = table({
  id: 's134-docket',
  kind: 's134-pacer-civil-docket-entries-grid',
  caption:
    'U.S. District Court, Western District of Missouri (Kansas City) — CIVIL DOCKET FOR CASE #: 4:22-cv-00318-BP',
  headers: ['Date Filed', '#', 'Docket Text'],
  rows: [
    [
      '05/09/2022',
      '1',
      'SEALED COMPLAINT filed by United States of America ex rel. Dana Whitcomb. Filing fee $ 402, receipt number AMOWDC-[62817]. (Attachments: # 1 Civil Cover Sheet, # 2 Exhibits 1-12)',
    ],
    [
      '11/02/2022',
      '9',
      'SEALED Ex Parte APPLICATION for Extension of Time to consider election to intervene by United States of America.',
    ],
    [
      '01/31/2025',
      '31',
      'NOTICE of Election to Intervene for Purposes of Effectuating Settlement by United States of America. (Kessler, Laura)',
    ],
    [
      '02/04/2025',
      '33',
      'ORDER unsealing complaint and notice of election; all other filings remain under seal. Related case 4:22-mc-[09011]. Signed by Judge Beth Phillips.',
    ],
    [
      '03/17/2025',
      '36',
      'STIPULATION of Dismissal with prejudice as to the Covered Conduct by United States of America, State of Missouri, Dana Whitcomb. (Related document(s) 1)',
    ],
  ],
});

// ── 10. CIA Appendix B, claims review, PDF text layer ──
const appendixB = lines({
  id: 's134-ciaappb',
  kind: 's134-cia-appendix-b-claims-review-text',
  before: 'Midwest Nerve & Pain Specialists, P.C. Corporate Integrity Agreement — APPENDIX B — CLAIMS REVIEW',
  text: [
    'A. Claims Review.',
    '1. Definitions. For the purposes of the Claims Review, the following definitions shall be used:',
    'a. Overpayment: The amount of money MNPS has received in excess of the amount due and payable under Federal health care program requirements, as determined by the IRO in connection with the Claims Review.',
    'b. Paid Claim: A claim submitted by MNPS and for which MNPS has received reimbursement from the Medicare program.',
    'c. Population: The Population shall be defined as all Paid Claims during the 12-month period covered by the Claims Review that contain at least one line billed under CPT code {64712}, {64713}, {64714}, {64632}, {64455},',
    '{64445}, {64450}, {64612} or {64615}.',
    'd. Error Rate: The Error Rate shall be the percentage of net Overpayments identified in the sample. The net Overpayments shall be calculated by subtracting all underpayments identified in the sample from all gross Overpayments identified in the sample.',
    "2. Claims Review Sample. The IRO shall randomly select and review a sample of 100 Paid Claims (Claims Review Sample). The Paid Claims shall be reviewed based on the supporting documentation available at MNPS's office or under MNPS's control and applicable billing and coding regulations and guidance to determine whether the claim was correctly coded, submitted, and reimbursed.",
    'For each sampled claim that includes {64712}, {64713} or {64714}, the IRO shall determine whether the operative report documents an incision and open exposure of the nerve; for each claim that includes {64632}, whether a neurolytic agent was injected and how many interspaces were treated.',
    '3. Other Requirements. c. Use of First Samples Drawn. For the purposes of the Claims Review Sample, the first set of Paid Claims selected shall be used (i.e., it is not acceptable to generate a number of random samples and then select one for use with the Claims Review Sample).',
    'MNPS CIA — Appendix B                                              B-1',
  ].join('\n'),
});

// ── 11. CIA section III, policies and training, PDF text layer ──
const ciaIII = lines({
  id: 's134-ciaiii',
  kind: 's134-cia-section-iii-policies-training-text',
  before: 'III. CORPORATE INTEGRITY OBLIGATIONS',
  text: [
    'B. Written Standards. 2. Policies and Procedures. Within 90 days after the Effective Date, MNPS shall implement written Policies and Procedures regarding the operation of its compliance program, including:',
    'a. the proper coding and documentation of peripheral nerve procedures, including the distinction between open neuroplasty (CPT codes {64708} through {64714}) and percutaneous injection of a peripheral nerve (CPT codes {64445} through {64455});',
    'b. the use of neurolytic destruction codes ({64632}, {64640}) only when a neurolytic agent is documented, and the number of units billed for each foot;',
    'c. the coding of chemodenervation services, including that {64612} is reported per side for facial nerve muscles and {64615} once per session for chronic migraine;',
    'C. Training and Education. 2. Specific Training. Within 90 days after the Effective Date, each Covered Person who is involved in the coding or submission of claims for the procedures listed in Appendix B shall receive at least three hours of Specific Training.',
    'MNPS Corporate Integrity Agreement                                   Page 7 of 38',
  ].join('\n'),
});

// ── 12. CIA notices section and practice locations appendix, PDF text layer (decoy heavy) ──
const ciaNotices = lines({
  id: 's134-cianot',
  kind: 's134-cia-notices-and-locations-appendix-text',
  before: 'IX. NOTIFICATIONS AND SUBMISSION OF REPORTS',
  text: [
    'OIG: Administrative and Civil Remedies Branch, Office of Counsel to the Inspector General, Office of Inspector General, U.S. Department of Health and Human Services, Cohen Building, Room 5527, 330 Independence Avenue, SW, Washington, DC [20201]. Telephone: 202.619.2078',
    'MNPS: Renee Castillo, Compliance Officer, Midwest Nerve & Pain Specialists, P.C., 4700 Belleview Avenue, Suite 310, Kansas City, MO [64112]. Telephone: 816.555.0194',
    'APPENDIX A — LOCATIONS',
    '1. Plaza clinic and administrative office, 4700 Belleview Avenue, Suite 310, Kansas City, MO [64112]',
    "2. Lee's Summit clinic, 2100 SE Blue Parkway, Suite 120, Lee's Summit, MO [64063]",
    '3. Liberty clinic, 2525 Glenn Hendren Drive, Suite 204, Liberty, MO [64068]',
    '4. Northern Missouri outreach clinic (Tuesdays), 212 Main Street, Cainsville, MO [64632]',
    '5. MNPS Surgery Center, LLC, 4710 Belleview Avenue, Kansas City, MO [64112] (Medicare CCN 26C[00187])',
  ].join('\n'),
});

// ── 13. IRO claims review report, executive summary, PDF text layer ──
const iroSummary = lines({
  id: 's134-irosum',
  kind: 's134-iro-claims-review-report-summary-text',
  before:
    'Midwest Nerve & Pain Specialists, P.C. — Independent Review Organization Claims Review Report — Reporting Period 1',
  text: [
    'Prepared by Prairie Compliance Advisors, LLC, 8700 Indian Creek Parkway, Suite 300, Overland Park, KS [66210] — Engagement PCA-[24117]',
    'I. BACKGROUND. MNPS entered into a Corporate Integrity Agreement with OIG effective March 14, 2025. Appendix B requires an annual review of Paid Claims for nerve procedures.',
    'Objective: to determine whether Paid Claims for the nerve procedures listed in Appendix B were correctly coded, submitted and reimbursed (Population: [12686] Paid Claims).',
    'Results in brief: of the 100 sampled Paid Claims (total paid $31,742.86), 9 contained at least one error; net overpayment in the sample $1,284.07; Error Rate 4.05%.',
    'Errors by code: {64632} units billed per foot (4 claims); {64612} billed per side for migraine (2); {64445} without a procedure note (2); {64712} billed for a percutaneous injection (1).',
    'No Paid Claims were found without supporting documentation. The IRO has no financial or other relationship with MNPS that would impair its independence (see Section VI).',
  ].join('\n'),
});

// ── 14. IRO report, claims review methodology and sample design, PDF text layer ──
const iroMethod = lines({
  id: 's134-iromethod',
  kind: 's134-iro-claims-review-methodology-sample-design-text',
  before: 'II. CLAIMS REVIEW METHODOLOGY',
  text: [
    'Claims Review Population: all Medicare Part B Paid Claims with a paid date from March 14, 2025 through March 13, 2026 containing at least one Appendix B code; N = [12686] Paid Claims, $2,218,406.52 paid.',
    'Source of Data: claim-level extract from the MNPS practice management system (NextGen EPM report RPT-[40218]), reconciled to WPS 835 remittance files for contract [05302] (Missouri).',
    'Sampling Unit: one Paid Claim (all lines). Sampling Frame: the [12686] Paid Claims, sorted by internal claim number and numbered 1 to [12686].',
    'Sample Design: simple random sample of 100 claims drawn with RAT-STATS 2019 (Single Stage Random Numbers), seed [64445], no spares. The first sample drawn was used.',
    'Review Protocol: each claim was reviewed by a certified coder (CPC, CPMA) against the CPT descriptors in effect on the date of service, the NCCI Policy Manual, Chapter VIII, and WPS LCD L[39242] and billing article A[58749].',
    'Underpayments were netted against overpayments; the correct allowed amount was priced on the 2025 Missouri fee schedule, locality 02 (Kansas City), with the 2026 schedule for 2026 dates.',
  ].join('\n'),
});

// ── 15. RAT-STATS random numbers printout, text layer (decoy heavy) ──
const ratStats = lines({
  id: 's134-ratstats',
  kind: 's134-rat-stats-random-numbers-printout-text',
  before: 'Office of Inspector General — RAT-STATS 2019 — Single Stage Random Numbers',
  text: [
    'Date: 04/02/2026   Time: 10:14:37',
    'Audit/Review: MNPS CIA Claims Review RP1',
    'Seed Number: [64445]   Frame Size: [12686]   Sample Size: 100   Spares: 0',
    'Low Value: 1   High Value: [12686]',
    'Selection Order   Value          Sorted Order   Value',
    '1              [11842]                  1              37',
    '2               4127                  2             219',
    '3              [10296]                  3             408',
    '4                 88                  4             902',
    '5              [12370]                  5            1115',
    '6                631                  6            1309',
    '7              [10058]                  7            1733',
    '8               2946                  8            2025',
    '9              [11517]                  9            2110',
    'Total of random numbers generated: 631,204',
  ].join('\n'),
});

// ── 16. IRO claim-level spreadsheet (the columns Appendix B lists), table ──
const iroClaims = table({
  id: 's134-iroclaims',
  kind: 's134-iro-claim-level-results-spreadsheet-grid',
  caption: 'Attachment 2 — Claims Review results by sampled Paid Claim',
  headers: [
    'Sample #',
    'MNPS claim #',
    'Program',
    'Bene MBI',
    'DOS',
    'Code submitted',
    'Code reimbursed',
    'Allowed amt reimbursed',
    'Correct code (IRO)',
    'Correct allowed amt',
    'Difference',
  ],
  rows: [
    [
      '1',
      '[58213]',
      'Medicare B',
      '1EG4-TE5-MK72',
      '04/07/2025',
      '{64445}-RT',
      '{64445}',
      '$118.95',
      '{64445}',
      '$118.95',
      '$0.00',
    ],
    [
      '2',
      '[58390]',
      'Medicare B',
      '3KJ9-RT2-WN40',
      '04/09/2025',
      '{64632}-RT x2',
      '{64632} x2',
      '$203.20',
      '{64632} x1',
      '$101.60',
      '$101.60',
    ],
    [
      '3',
      '[58702]',
      'Medicare B',
      '7PD2-HX8-QA15',
      '04/14/2025',
      '{64612}-50',
      '{64612}-50',
      '$180.27',
      '{64615}',
      '$119.48',
      '$60.79',
    ],
    [
      '7',
      '[59841]',
      'Medicare B',
      '2AV6-MM1-TG83',
      '05/02/2025',
      '{64712}-LT',
      '{64712}',
      '$642.18',
      '{64445}, {76942}',
      '$151.05',
      '$491.13',
    ],
    [
      '23',
      '[62077]',
      'Medicare B',
      '4HT8-NA2-VV59',
      '07/08/2025',
      '{64445}-RT; {99214}-25',
      '{64445}; {99214}',
      '$250.67',
      '{99214}',
      '$131.72',
      '$118.95',
    ],
    [
      '31',
      '[63915]',
      'Medicare B',
      '6JR1-PB5-EC44',
      '08/26/2025',
      '{64612}-RT; {64612}-LT',
      '{64612} x2',
      '$238.96',
      '{64615}',
      '$119.48',
      '$119.48',
    ],
    [
      '57',
      '[66480]',
      'Medicare B',
      '1WX7-UJ3-KB92',
      '12/03/2025',
      '{99213}-25; {64632}-LT',
      '{99213}; {64632}',
      '$193.80',
      '{99213}; {64455}',
      '$144.33',
      '$49.47',
    ],
    [
      '88',
      '[70144]',
      'Medicare B',
      '3ZB4-LQ6-MS18',
      '02/17/2026',
      '{64455}-RT',
      '{64455} x1',
      '$52.13',
      '{64455} x2',
      '$66.19',
      '($14.06)',
    ],
  ],
});

// ── 17. IRO quantitative results by code, table ("HCPCS/CPT" header) ──
const iroByCode = table({
  id: 's134-irobycode',
  kind: 's134-iro-quantitative-results-by-cpt-grid',
  caption: 'Table 3 — Quantitative results by procedure code (lines, not claims)',
  headers: [
    'HCPCS/CPT',
    'Lines sampled',
    'Lines in error',
    'Paid (sample)',
    'Overpaid',
    'Underpaid',
    'Line error rate',
  ],
  rows: [
    ['{64712}', '6', '1', '$3,853.08', '$491.13', '$0.00', '16.7%'],
    ['{64714}', '3', '0', '$1,714.20', '$0.00', '$0.00', '0.0%'],
    ['{64632}', '24', '4', '$2,438.40', '$406.40', '$0.00', '16.7%'],
    ['{64445}', '19', '2', '$2,260.05', '$237.90', '$0.00', '10.5%'],
    ['{64612}', '8', '2', '$955.84', '$180.27', '$0.00', '25.0%'],
    ['{64615}', '14', '0', '$1,672.72', '$0.00', '$0.00', '0.0%'],
    ['{64455}', '17', '1', '$886.21', '$0.00', '$14.06', '5.9%'],
    ['Total', '100 claims / 212 lines', '9 claims', '$31,742.86', '$1,298.13', '$14.06', 'Error Rate 4.05%'],
  ],
});

// ── 18. IRO narrative findings per sampled claim, PDF text layer ──
const iroNarrative = lines({
  id: 's134-ironarr',
  kind: 's134-iro-narrative-findings-per-claim-text',
  before: 'IV. CLAIMS REVIEW FINDINGS — A. Narrative Results',
  text: [
    'Sample 2 (ICN 2225099314020): two units of {64632}-RT billed; the procedure note documents one injection of 4% alcohol into the third interspace. One unit supported.',
    'Sample 3: {64612}-50 billed for onabotulinumtoxinA 155 units, PREEMPT protocol, 31 sites, diagnosis G43.709. Correct code {64615} x 1.',
    'Sample 7: billed {64712}-LT. The note describes an ultrasound-guided injection of the sciatic nerve at the popliteal fossa, 10 mL, no incision. IRO recoded to {64445} and {76942}.',
    'Sample 88: underpayment; two interspaces injected and documented, one unit billed (claim [70144]).',
    'All nine errors were forwarded to MNPS on 05/11/2026 for refund to WPS (J5, contract [05302]) under Section III.H of the CIA.',
  ].join('\n'),
});

// ── 19. Compliance officer's annual report cover letter to OIG, text layer ──
const annualCover = lines({
  id: 's134-arcover',
  kind: 's134-cia-annual-report-cover-letter-text',
  before: 'MIDWEST NERVE & PAIN SPECIALISTS, P.C. — Office of the Compliance Officer',
  text: [
    'July 9, 2026',
    'VIA OIG COMPLIANCE PORTAL AND ELECTRONIC MAIL',
    'Ms. Adaeze Okonkwo, Monitor, Office of Counsel to the Inspector General, Office of Inspector General, U.S. Department of Health and Human Services, Cohen Building, Room 5527, 330 Independence Avenue, SW, Washington, DC [20201]',
    'Re: Midwest Nerve & Pain Specialists, P.C. — Corporate Integrity Agreement — Annual Report, Reporting Period 1 (March 14, 2025 – March 13, 2026)',
    'Dear Ms. Okonkwo:',
    "Pursuant to Section V.B of the CIA, MNPS submits its first Annual Report with Attachments 1 through 9. The IRO's Claims Review Report (Attachment 4) found an Error Rate of 4.05%, driven by units billed for {64632} and by {64612} billed per side for migraine.",
    'The overpayments the IRO identified, and the 61 claims described in our Reportable Event notice of September 25, 2025 (sciatic injections billed as {64712} after a charge master restore), have been refunded to WPS.',
    'Sincerely, Renee Castillo, CHC, CPC, Compliance Officer · 4700 Belleview Avenue, Suite 310, Kansas City, MO [64112] · 816.555.0194',
  ].join('\n'),
});

// ── 20. Annual report body, PDF text layer ──
const annualBody = lines({
  id: 's134-arbody',
  kind: 's134-cia-annual-report-body-sections-text',
  before: 'ANNUAL REPORT — REPORTING PERIOD 1',
  text: [
    'V.B.1. Compliance Officer and Compliance Committee: no changes. Committee met 03/28/2025, 06/24/2025, 09/23/2025, 12/16/2025 and 03/10/2026.',
    'V.B.3. Changes to Policies and Procedures: BIL-114 "Coding of Neuroplasty and Perineural Injection" (rev. 09/2025) requires an operative report documenting an incision before {64712}, {64713} or {64714} is released; office hydrodissection is charged as {64450} or {64445} with {76942}.',
    'BIL-121 "Chemodenervation": chronic migraine (G43.709, G43.719) is charged as {64615} x 1; {64612} is limited to blepharospasm and hemifacial spasm, one line per side.',
    'V.B.5. Training: 100% of Covered Persons (88 of 88) completed General Training; 31 of 31 physicians, podiatrists, coders and billers completed 3.0 hours of Specific Training (Attachment 3).',
    'V.B.9. Overpayments: 41 overpayments totaling $18,406.77 identified and repaid, in addition to the $35,012.44 refunded for the Reportable Event (Attachment 6).',
    'V.B.10. Disclosure Program: 7 disclosures logged (Attachment 7), two of them about nerve block documentation ({64445}).',
    'V.B.14. Medicare PTAN [12845]; group NPI 1487659302; TIN 43-1876540; MAC: WPS, contract [05302].',
  ].join('\n'),
});

// ── 21. Annual report attachment 6, overpayment log, table ("CPT/mod" header) ──
const opLog = table({
  id: 's134-oplog',
  kind: 's134-cia-annual-report-overpayment-log-grid',
  caption: 'Attachment 6 — Overpayments identified and repaid during Reporting Period 1',
  headers: ['OP #', 'Identified', 'Payer', 'CPT/mod', 'DOS', 'Amount', 'Repaid', 'Method / ref.'],
  rows: [
    [
      'OP-25-004',
      '05/22/2025',
      'WPS Medicare B',
      '{64632}-LT x2 (1 supp.)',
      '03/11/2025',
      '$101.60',
      '06/05/2025',
      'Check [10877]',
    ],
    [
      'OP-25-009',
      '06/30/2025',
      'Humana Military (TRICARE East)',
      '{64445}',
      '05/19/2025',
      '$97.44',
      '07/14/2025',
      'Check [10902]',
    ],
    [
      'OP-25-013',
      '07/21/2025',
      'MO HealthNet',
      '{64612}-50',
      '06/02/2025',
      '$88.10',
      '07/25/2025',
      'Void/replace, ICN 4925202331845',
    ],
    [
      'OP-25-017',
      '08/12/2025',
      'WPS Medicare B',
      '{64712}-RT',
      '07/29/2025',
      '$491.13',
      '08/29/2025',
      'Offset, FCN 0625224081174',
    ],
    [
      'OP-25-021',
      '10/02/2025',
      'WPS Medicare B',
      '{64712} (61 claims)',
      '08/04–09/17/2025',
      '$35,012.44',
      '10/02/2025',
      'Check [11041]',
    ],
    ['OP-26-003', '04/16/2026', 'WPS Medicare B', '{64445}-RT', '02/11/2026', '$118.95', '04/30/2026', 'Offset'],
    [
      'OP-26-004',
      '04/16/2026',
      'Blue KC',
      '{64632}-LT x3 (2 supp.)',
      '02/24/2026',
      '$101.60',
      '05/04/2026',
      'Check [11218]; BCBS KC ref. [60715]',
    ],
  ],
});

// ── 22. Reportable event notification to OIG, text layer ──
const reportable = lines({
  id: 's134-repevent',
  kind: 's134-cia-reportable-event-notification-text',
  before:
    'Re: Reportable Event Notification — Section III.I of the Corporate Integrity Agreement — Midwest Nerve & Pain Specialists, P.C.',
  text: [
    'On September 18, 2025, the Compliance Officer determined that a charge master update loaded on August 4, 2025 (change ticket CHG-[64714]) had restored a 2022 mapping table.',
    'The restore remapped the "US GUIDED HYDRO — SCIATIC" procedure button (CDM [30118]) from {64445} with {76942} back to {64712}.',
    'Between 08/04/2025 and 09/17/2025, 63 claims were submitted with {64712}; 61 were paid by WPS and 2 were still pending and were voided. No claims for {64714} were affected.',
    'Overpayment: $35,012.44 (paid $39,173.49 less the correct allowance for {64445} and {76942}), refunded by check no. [11041] on October 2, 2025.',
    'Corrective action: the vendor ticket was closed, the CDM locked to the Compliance Officer, and a claim scrubber rule (R-[22714]) now holds any open neuroplasty line ({64712}–{64714}) with place of service 11.',
    'This event is a Reportable Event under Section III.I.1.a (a substantial Overpayment). It is not being disclosed under the OIG Self-Disclosure Protocol.',
  ].join('\n'),
});

// ── 23. Training completion log, LMS export, table ("Title" header) ──
const trainingLog = table({
  id: 's134-trainlog',
  kind: 's134-cia-training-completion-log-grid',
  caption: 'MNPS Learning Center — CIA training completions — RP1 (exported 03/16/2026)',
  headers: ['Emp ID', 'Name', 'Role', 'Course', 'Title', 'Completed', 'Hrs', 'Score'],
  rows: [
    ['[20412]', 'Alvarez, Maria', 'Coder', 'CIA-GT-25', 'CIA General Training 2025', '04/10/2025', '1.0', '100'],
    [
      '[20412]',
      'Alvarez, Maria',
      'Coder',
      'CIA-ST-25A',
      'Open neuroplasty ({64712}/{64714}) vs perineural injection ({64450}/{64445})',
      '04/22/2025',
      '1.5',
      '92',
    ],
    [
      '[20533]',
      'Brandt, Jason',
      'Biller',
      'CIA-ST-25B',
      '{64632} vs {64455}: agent, units per interspace',
      '04/24/2025',
      '1.0',
      '88',
    ],
    [
      '[19876]',
      'Hale, Gregory, MD',
      'Physician / owner',
      'CIA-ST-25C',
      'Chemodenervation: {64612} per side vs {64615} migraine',
      '05/06/2025',
      '0.5',
      '100',
    ],
    ['[21102]', 'Okafor, Tunde', 'Front desk', 'CIA-GT-25', 'CIA General Training 2025', '04/15/2025', '1.0', '90'],
    [
      '[21168]',
      'Reyes, Ana',
      'Medical assistant',
      'CIA-GT-25',
      'CIA General Training 2025 (make-up)',
      '06/19/2025',
      '1.0',
      '85',
    ],
  ],
});

// ── 24. Specific training post-test, text layer ──
const quiz = lines({
  id: 's134-quiz',
  kind: 's134-specific-training-post-test-text',
  before: 'CIA Specific Training 2025 — Module B post-test (passing score 80%)',
  text: [
    "1. A podiatrist injects 1 mL dexamethasone/lidocaine into the third interspace for Morton's neuroma. Which code?  a) {64632}  b) {64455}  c) {64640}  d) {20550}",
    '2. Dr. H frees the sciatic nerve from scar through a posterior thigh incision at the ASC. Report:  a) {64712}  b) {64708}  c) {64445}  d) {64999}',
    '3. Botox 155 units for chronic migraine, 31 sites. Report:  a) {64612}-50  b) {64612}-RT + {64612}-LT  c) {64615}  d) {64616}',
    'Answer key (instructors only): 1-b, 2-a, 3-c. LMS item [30451], version 3.',
  ].join('\n'),
});

// ── 25. Voluntary refund letter to the MAC, text layer ──
const refundLetter = lines({
  id: 's134-refund',
  kind: 's134-mac-voluntary-refund-cover-letter-text',
  before: 'Midwest Nerve & Pain Specialists, P.C. · 4700 Belleview Avenue, Suite 310 · Kansas City, MO 64112',
  text: [
    'October 2, 2025',
    'WPS Government Health Administrators, J5 Part B, Attn: Overpayment Recovery — Voluntary Refunds, P.O. Box 8696, Madison, WI [53708]-8696',
    'Re: Voluntary refund — Midwest Nerve & Pain Specialists, P.C.; NPI 1487659302; PTAN [12845]; TIN 43-1876540; contract [05302] (Missouri)',
    'Enclosed is check no. [11041] for $35,012.44, returning overpayments on 61 claims, dates of service 08/04/2025 through 09/17/2025 (claim listing enclosed).',
    'Reason for refund: incorrect coding. The services billed as CPT {64712} (neuroplasty, sciatic nerve, open) were percutaneous ultrasound-guided injections of the sciatic nerve that should have been billed as {64445} with {76942}.',
    'Refund amounts were computed as the amount paid for {64712} less the 2025 allowance for {64445} and {76942}, Missouri locality 02. Do not adjust these claims; apply the check as a refund.',
    'This refund is made under 42 C.F.R. § 401.305 and Section III.H of our Corporate Integrity Agreement with HHS-OIG.',
    'Contact: Renee Castillo, Compliance Officer, 816.555.0194, rcastillo@mnpsdocs.com',
  ].join('\n'),
});

// ── 26. Refund claim listing enclosed with the letter, table ("HCPCS" header) ──
const refundListing = table({
  id: 's134-refundlist',
  kind: 's134-voluntary-refund-claim-listing-grid',
  caption: 'Claim listing — check no. 11041 — 61 claims',
  headers: ['ICN', 'Acct', 'Bene MBI', 'DOS', 'HCPCS', 'Mod', 'Paid', 'Should be', 'Refund'],
  rows: [
    [
      '2225216401130',
      '[29958]',
      '2AV6-MM1-TG83',
      '08/04/2025',
      '{64712}',
      'LT',
      '$642.18',
      '{64445}/{76942}',
      '$491.13',
    ],
    [
      '2225217403371',
      '[31204]',
      '5NE2-QP7-KA09',
      '08/05/2025',
      '{64712}',
      'RT',
      '$642.18',
      '{64445}/{76942}',
      '$491.13',
    ],
    [
      '2225259402204',
      '[30876]',
      '6GH1-RS5-NJ74',
      '09/16/2025',
      '{64712}',
      'RT',
      '$642.18',
      '{64445}/{76942}',
      '$491.13',
    ],
    ['Total (61)', '', '', '', '', '', '$39,173.49', '', '$35,012.44'],
  ],
});

// ── 27. Internal audit workpaper with tick marks, table ──
const workpaper = table({
  id: 's134-wp',
  kind: 's134-internal-audit-workpaper-tickmark-grid',
  caption: 'W/P B-3 — Q1 2026 nerve procedure claims — Prepared RC 04/14/26 — Reviewed JT 04/20/26',
  headers: ['W/P', 'Claim #', 'DOS', 'Prov', 'CPT', 'Units', 'Note?', 'Agrees', 'Tick', 'Comment'],
  rows: [
    ['B-3.1', '[71205]', '01/06/2026', 'GTH', '{64712}', '1', 'Y', '✓', 'a', 'Incision documented, ASC, POS 24'],
    ['B-3.2', '[71236]', '01/07/2026', 'LC', '{64632}', '2', 'Y', '✓', 'b', '2nd & 3rd interspaces, alcohol 4%'],
    ['B-3.3', '[71268]', '02/11/2026', 'GTH', '{64445}', '1', 'N', 'X', 'c', 'No block note — to CO, OP-26-003'],
    ['B-3.4', '[71294]', '02/12/2026', 'SP', '{64615}', '1', 'Y', '✓', 'a', 'Migraine, 155 u; not {64612}'],
    ['B-3.5', '[71301]', '02/17/2026', 'SP', '{64612}', '1', 'Y', '✓', 'a', 'Blepharospasm RT only'],
    ['B-3.9', '[71302]', '02/24/2026', 'LC', '{64632}', '3', 'Y', 'X', 'b', '2 supported — OP-26-004'],
    ['B-3.12', '[71340]', '03/09/2026', 'GTH', '{64714}', '1', 'Y', '✓', 'a', 'Open, retroperitoneal approach'],
  ],
});

// ── 28. Internal audit summary memo, text layer ──
const auditMemo = lines({
  id: 's134-auditmemo',
  kind: 's134-internal-audit-summary-memo-text',
  before: 'MEMORANDUM — PRIVILEGED & CONFIDENTIAL — PREPARED AT THE DIRECTION OF COUNSEL',
  text: [
    'TO: Compliance Committee   FROM: Renee Castillo, Compliance Officer   DATE: 04/21/2026   RE: Q1 2026 internal coding audit (W/P B-3)',
    'Scope: 40 claims, DOS 01/01/2026–03/31/2026, drawn at random from PM report RPT-[40218] (all claims with a 647xx or 6445x line).',
    'Results: 38 of 40 agreed (95.0%). Exceptions: B-3.3 ({64445} with no procedure note, $118.95) and B-3.9 ({64632} x3, two supported, $101.60).',
    'Trend: {64712} claims are down 94% from 2022 (1,416 to 81) while {64445} and {64450} are up; this matches the BIL-114 change and the CDM lock.',
    'Recommendation: build a hard stop in the EHR so that {64445} cannot be charged without a procedure note (IT ticket [48813]); re-educate LC on {64632} units.',
  ].join('\n'),
});

// ── 29. Practice management claims extract, CSV text layer ──
const pmCsv = lines({
  id: 's134-pmcsv',
  kind: 's134-pm-claims-extract-csv-text',
  before: 'RPT-40218_nerve_claims_2026Q1.csv',
  text: [
    'claim_id,pat_acct,dos,rend_npi,cpt,mod1,mod2,units,charge,paid,payer,paid_dt',
    '[71205],A[30982],2026-01-06,1578442190,{64712},LT,,1,2450.00,642.18,WPS MCR B,2026-01-27',
    '[71236],A[31017],2026-01-07,1629031874,{64632},RT,,2,780.00,203.20,WPS MCR B,2026-01-29',
    '[71268],A[29411],2026-02-11,1578442190,{64445},RT,,1,420.00,118.95,WPS MCR B,2026-03-02',
    '[71268],A[29411],2026-02-11,1578442190,{99214},25,,1,310.00,131.72,WPS MCR B,2026-03-02',
    '[71294],A[31140],2026-02-12,1902217765,{64615},,,1,640.00,119.48,WPS MCR B,2026-03-04',
    'TOTAL,,,,,,,40,[18420].00,5964.31,,',
  ].join('\n'),
});

// ── 30. X12 837P of a sampled claim, text layer ──
const x837 = lines({
  id: 's134-x837',
  kind: 's134-x12-837p-sampled-claim-text',
  before: 'IRO data request item 4 — 837P as transmitted — sample 7',
  text: [
    'ISA*00*          *00*          *ZZ*MNPS0001       *ZZ*[05302]          *250505*0912*^*[00501]*000004812*0*P*:~',
    'GS*HC*MNPS0001*[05302]*20250505*0912*4812*X*005010X222A1~',
    'NM1*40*2*WPS GHA*****46*[05302]~',
    'NM1*85*2*MIDWEST NERVE AND PAIN SPECIALISTS*****XX*1487659302~',
    'N3*4700 BELLEVIEW AVE STE 310~',
    'N4*KANSAS CITY*MO*641123020~',
    'NM1*87*2~',
    'N3*PO BOX [64712]~',
    'N4*KANSAS CITY*MO*641410712~',
    'CLM*MN250502A07*2730***11:B:1*Y*A*Y*Y~',
    'HI*ABK:G5702~',
    'LX*1~',
    'SV1*HC:{64712}:LT*2450*UN*1***1~',
    'DTP*472*D8*20250502~',
    'LX*2~',
    'SV1*HC:{76942}*280*UN*1***1~',
  ].join('\n'),
});

// ── 31. X12 835 with the reversal and correction, text layer ──
const x835 = lines({
  id: 's134-x835',
  kind: 's134-x12-835-reversal-correction-remit-text',
  before: 'WPS 835 — check/EFT 20251031 — MNPS',
  text: [
    'N1*PR*WPS GOVERNMENT HEALTH ADMINISTRATORS*XV*[05302]~',
    'N4*MADISON*WI*537072036~',
    'CLP*MN250502A07*22*-2730*-674.28**MB*2225122401937*11*1~',
    'SVC*HC:{64712}:LT*-2450*-642.18**-1~',
    'SVC*HC:{76942}*-280*-32.10**-1~',
    'CLP*MN250502A07*1*2730*151.05**MB*2225304418852*11*1~',
    'SVC*HC:{64445}:LT*2450*118.95**1*HC:{64712}:LT~',
    'CAS*CO*45*2331.05~',
    'SVC*HC:{76942}*280*32.10**1~',
    'PLB*1487659302*20251231*WO:2225122401937*491.13~',
  ].join('\n'),
});

// ── 32. HL7 v2 DFT charge message during the charge master restore, text layer ──
const hl7 = lines({
  id: 's134-hl7dft',
  kind: 's134-hl7-dft-charge-message-cdm-restore-text',
  before: 'Interface engine — outbound DFT^P03 to EPM — 08/06/2025',
  text: [
    'MSH|^~\\&|NGEHR|MNPS|NGEPM|MNPS|20250806101522||DFT^P03|MSG[48217]|P|2.5.1',
    'PID|1||[30982]^^^MNPS^MR||DOE^JOHN^Q||19510322|M',
    'PV1|1|O|LSC^^^MNPS||||1578442190^HALE^GREGORY',
    'FT1|1|||20250806||CG|[30118]^US GUIDED HYDRO SCIATIC^MNPSCDM|||1||||||LSC|||G57.01^LESION OF SCIATIC NERVE RT^I10|1578442190^HALE^GREGORY||||{64712}^NEUROPLASTY SCIATIC NERVE^C4|RT',
    'FT1|2|||20250806||CG|[30143]^US NEEDLE GUIDANCE^MNPSCDM|||1||||||LSC|||G57.01^^I10|1578442190^HALE^GREGORY||||{76942}^US GUIDE NEEDLE PLACEMENT^C4',
    'NTE|1||CDM [30118] maps to {64712} per restored table v2022.11 (CHG-[64714])',
  ].join('\n'),
});

// ── 33. FHIR Claim JSON from the IRO data pull, text layer ──
const fhir = lines({
  id: 's134-fhir',
  kind: 's134-fhir-claim-json-iro-data-pull-text',
  before: 'GET /fhir/R4/Claim?identifier=71236 — 200 OK',
  text: [
    '{',
    '  "resourceType": "Claim",',
    '  "id": "mnps-claim-[71236]",',
    '  "identifier": [{ "system": "urn:mnps:epm:claim", "value": "[71236]" }],',
    '  "billablePeriod": { "start": "2026-01-07", "end": "2026-01-07" },',
    '  "insurance": [{ "sequence": 1, "focal": true, "coverage": { "display": "Medicare Part B — WPS J5 contract [05302]" } }],',
    '  "item": [{',
    '    "sequence": 1,',
    '    "productOrService": { "coding": [{ "system": "http://www.ama-assn.org/go/cpt", "code": "{64632}", "display": "Destruction by neurolytic agent; plantar common digital nerve" }] },',
    '    "modifier": [{ "coding": [{ "code": "RT" }] }],',
    '    "quantity": { "value": 2 },',
    '    "net": { "value": 780.0, "currency": "USD" }',
    '  }, {',
    '    "sequence": 2,',
    '    "productOrService": { "coding": [{ "system": "http://www.ama-assn.org/go/cpt", "code": "{99213}" }] },',
    '    "modifier": [{ "coding": [{ "code": "25" }] }]',
    '  }]',
    '}',
  ].join('\n'),
});

// ── 34. Audit tool findings export, XML text layer ──
const auditXml = lines({
  id: 's134-auditxml',
  kind: 's134-audit-tool-findings-xml-export-text',
  before: 'AuditPro export — Q1-2026-B3.xml',
  text: [
    '<AuditFindings audit="Q1-2026-B3" preparedBy="RC" sampleSize="40">',
    '  <Claim id="[71268]" dos="2026-02-11" provider="GTH" payer="WPS">',
    '    <Line seq="1"><CPT>{64445}</CPT><Mod>RT</Mod><Units>1</Units><Paid>118.95</Paid><Finding>NO_PROC_NOTE</Finding></Line>',
    '    <Line seq="2"><CPT>{99214}</CPT><Mod>25</Mod><Units>1</Units><Paid>131.72</Paid><Finding>OK</Finding></Line>',
    '  </Claim>',
    '  <Claim id="[71302]" dos="2026-02-24" provider="LC" payer="BLUEKC">',
    '    <Line seq="1"><CPT>{64632}</CPT><Mod>LT</Mod><Units>3</Units><SupportedUnits>2</SupportedUnits><Overpaid>101.60</Overpaid></Line>',
    '  </Claim>',
    '</AuditFindings>',
  ].join('\n'),
});

// ── 35. Relator's e-mail, complaint exhibit, text layer ──
const email = lines({
  id: 's134-email',
  kind: 's134-relator-email-exhibit-text',
  before: 'EXHIBIT 4',
  text: [
    'From: Karen Mott <kmott@mnpsdocs.com>',
    'Sent: Tuesday, March 3, 2020 4:52 PM',
    'To: Dana Whitcomb <dwhitcomb@mnpsdocs.com>',
    'Cc: Gregory Hale MD <ghale@mnpsdocs.com>',
    'Subject: RE: hydro coding ??',
    'Dana - Dr. H says the charge master stays as is. Hydro = {64712} (or {64714} if he goes in at the plexus), the block is {64445}. Do NOT switch them to {64450}.',
    "If WPS asks for notes we send the template. The Morton's ones stay {64632} x 3 like always. Thx, K",
    '> From: Dana Whitcomb',
    '> I really think hydrodissection is {64450} + {76942}, not an open neuroplasty?? Nobody is cutting anything.',
    'CONFIDENTIAL                                                        MNPS-[64612]',
  ].join('\n'),
});

// ── 36. Comparative billing report, table ("Procedure code" header) ──
const cbr = table({
  id: 's134-cbr',
  kind: 's134-comparative-billing-report-grid',
  caption: 'Comparative Billing Report: Peripheral Nerve Procedures — Provider NPI 1487659302 — CY 2021',
  headers: [
    'Procedure code',
    'Your allowed services',
    'Your services per bene',
    'State (MO) avg',
    'National avg',
    'Significantly higher?',
  ],
  rows: [
    ['{64712}', '311', '2.9', '1.0', '1.0', 'Yes (state & nation)'],
    ['{64714}', '104', '2.4', '1.0', '1.0', 'Yes (state & nation)'],
    ['{64632}', '688', '3.8', '1.6', '1.5', 'Yes (state & nation)'],
    ['{64612}', '246', '2.1', '1.2', '1.3', 'Yes (state)'],
  ],
});

// ── 37. Corrective action plan tracker, table ("Code(s)" header) ──
const cap = table({
  id: 's134-cap',
  kind: 's134-corrective-action-plan-tracker-grid',
  caption: 'Corrective Action Plan — IRO RP1 findings and internal audit B-3 — status as of 06/30/2026',
  headers: ['#', 'Finding', 'Code(s)', 'Root cause', 'Action', 'Owner', 'Due', 'Status'],
  rows: [
    [
      '1',
      'Units per foot over-billed',
      '{64632}',
      'Podiatry template defaults 2 units',
      'Default set to 1; LC re-educated',
      'Billing mgr',
      '06/15/2026',
      'Closed',
    ],
    [
      '2',
      'Migraine billed per side',
      '{64612} → {64615}',
      'Old order set "Botox facial"',
      'Order set retired, ticket [48840]',
      'IT / CO',
      '06/01/2026',
      'Closed',
    ],
    [
      '3',
      'Block with no procedure note',
      '{64445}',
      'Note signed after charge drop',
      'EHR hard stop (IT ticket [48813])',
      'IT',
      '07/31/2026',
      'Open',
    ],
    [
      '4',
      'Injection coded as open neuroplasty',
      '{64712}',
      'CDM restore, CHG-[64714]',
      'CDM locked; scrubber rule R-[22714]',
      'CO',
      '10/15/2025',
      'Closed',
    ],
    ['5', '{64455}', 'Coder read one site', 'Coding tip sheet v2', 'Coding lead', '06/30/2026', 'Closed'],
  ],
});

// ── 38. Charge master change log, table (no header on the code columns) ──
const cdmLog = table({
  id: 's134-cdmlog',
  kind: 's134-charge-master-change-log-grid',
  caption: 'CDM change log — procedure buttons, nerve procedures — 2025',
  headers: ['CDM #', 'Description', '', '', 'Price', 'Eff.', 'Ticket', 'By'],
  rows: [
    [
      '[30118]',
      'US GUIDED HYDRO - SCIATIC',
      'was {64712}',
      'now {64445} + {76942}',
      '$480.00',
      '04/01/2025',
      'CHG-[63902]',
      'RC',
    ],
    ['[30140]', 'MORTON NEUROMA INJ', 'was {64632}', 'now {64455}', '$210.00', '04/01/2025', 'CHG-[63905]', 'RC'],
    ['[30155]', 'BOTOX MIGRAINE', 'was {64612}-50', 'now {64615}', '$640.00', '04/01/2025', 'CHG-[63911]', 'RC'],
    [
      '[30118]',
      'US GUIDED HYDRO - SCIATIC (restore)',
      '{64445} + {76942}',
      '{64712}',
      '$2,450.00',
      '08/04/2025',
      'CHG-[64714]',
      'vendor',
    ],
    [
      '[30118]',
      'US GUIDED HYDRO - SCIATIC (fix)',
      '{64712}',
      '{64445} + {76942}',
      '$480.00',
      '09/18/2025',
      'CHG-[64751]',
      'RC',
    ],
  ],
});

// ── 39. Disclosure program log, table ──
const disclosureLog = table({
  id: 's134-dplog',
  kind: 's134-disclosure-program-log-grid',
  caption: 'Attachment 7 — Disclosure Program log, RP1 (hotline vendor reports and walk-ins)',
  headers: ['Log no.', 'Vendor rpt #', 'Received', 'Summary', 'Codes', 'Disposition', 'Closed'],
  rows: [
    [
      'DP-25-001',
      '[61877]',
      '04/03/2025',
      'Biller unsure if hydro may still be billed as neuroplasty',
      '{64712}',
      'Education; no overpayment',
      '04/10/2025',
    ],
    [
      'DP-25-003',
      '[62104]',
      '06/27/2025',
      'Blocks charged before the note is signed',
      '{64445}',
      'Reviewed 20 claims; 1 refund (OP-25-009)',
      '07/14/2025',
    ],
    [
      'DP-25-005',
      '[64612]',
      '09/16/2025',
      'Anonymous: "hydro button went back to the old code"',
      '{64712}',
      'Reportable Event; refund $35,012.44',
      '10/02/2025',
    ],
    [
      'DP-25-007',
      'walk-in',
      '02/02/2026',
      'MA asks whether both sides of Botox get two lines',
      '{64612}, {64615}',
      'Education',
      '02/05/2026',
    ],
  ],
});

// ── 40. Law firm client alert on the settlement, web page text ──
const clientAlert = lines({
  id: 's134-alert',
  kind: 's134-law-firm-client-alert-text',
  before: 'Insights › Health Care Enforcement › Client Alert',
  text: [
    'Nerve Procedure Codes Draw an FCA Settlement and a Five-Year CIA: Five Takeaways for Pain Practices',
    'March 21, 2025 · 6 min read',
    '1. "Hydrodissection" is not neuroplasty. The government treated every office injection billed as {64712} or {64714} as a false claim, whatever the ultrasound images showed.',
    "2. Neurolytic codes need a neurolytic agent. Steroid injections for Morton's neuroma are {64455}, not {64632}, and units follow the interspaces treated.",
    '3. Migraine chemodenervation is one code, once. Billing {64612} per side for a PREEMPT session was part of the covered conduct.',
    '4. Document the block. Sciatic blocks ({64445}) with no procedure note were treated as not rendered.',
    "5. Expect the IRO. The CIA's Appendix B samples 100 Paid Claims a year; a charge master restore can become a Reportable Event.",
    'Our Kansas City office: 4801 Main Street, Suite 1000, Kansas City, MO [64112] · Subscribe to alerts',
  ].join('\n'),
});

export const sealed134: Snippet[] = [
  ...pressRelease,
  ...pressFooter,
  ...recitals,
  ...terms,
  ...attachmentA,
  ...caption,
  ...allegations,
  ...exhibit7,
  ...docket,
  ...appendixB,
  ...ciaIII,
  ...ciaNotices,
  ...iroSummary,
  ...iroMethod,
  ...ratStats,
  ...iroClaims,
  ...iroByCode,
  ...iroNarrative,
  ...annualCover,
  ...annualBody,
  ...opLog,
  ...reportable,
  ...trainingLog,
  ...quiz,
  ...refundLetter,
  ...refundListing,
  ...workpaper,
  ...auditMemo,
  ...pmCsv,
  ...x837,
  ...x835,
  ...hl7,
  ...fhir,
  ...auditXml,
  ...email,
  ...cbr,
  ...cap,
  ...cdmLog,
  ...disclosureLog,
  ...clientAlert,
];
