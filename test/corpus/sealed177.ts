import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 177 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s177-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too. About a third of the decoys are numbers of the synthetic 10,000-code set (KNOWN_10K) used as
 * Wichita and Hutchinson ZIPs, SHIP client ids, counselor certificate and counselor ids, session, appointment and
 * reporting record numbers, an odometer reading, the MA plan's PO boxes and denial case number, a Plan Finder search
 * id, a PA lookup reference, an ANOC material id, a directory listing id, a Medigap carrier NAIC company code, an
 * application number, policy and commission statement numbers, an SOA form version, a fax job number, a slide deck
 * version and dollar totals written without commas in a CSV.
 * The five known codes' digits come back as decoys: a SHIP client id, a volunteer counselor id, the SHIP's PO box,
 * a Medigap policy form number, an agent writing number, a CRM lead id, a 1-800-MEDICARE chat reference, a provider
 * directory listing id, a scope-of-appointment id, a commission statement policy number, a survey response id and a
 * fax transmission number.
 *
 * Family: Medicare plan choice counselling (a State Health Insurance Assistance Program, SHIP, and an independent
 * Medigap agent) for a beneficiary facing peripheral-nerve procedures. Story: Walter Pruett (66, Wichita, KS), in a
 * Medicare Advantage HMO he joined when first eligible, faces a sciatic nerve block and sciatic neuroplasty, a
 * lumbar plexus neurolysis, Morton's neuroma neurolysis and facial chemodenervation for hemifacial spasm; his HMO
 * requires prior authorisation and denied the neuroma procedure. The (fictional) Prairie Lantern Medicare Counseling
 * site (a SHIP local partner) and an independent agent (Dorsey Senior Benefits LLC) help him compare staying in MA,
 * another MA plan, or Original Medicare with Medigap plan G or N under his 12-month trial right. Pages: the SHIP
 * client contact (intake) form, appointment calendar, counseling session notes, the SHIP reporting export,
 * volunteer time log, escalation e-mail, follow-up letter, referral fax cover and satisfaction survey export; Plan
 * Finder search results, plan details and compare grid, the Procedure Price Lookup result; the MA plan's EOC
 * medical benefits chart, prior-authorisation list (table and PDF text), PA code lookup tool, integrated denial
 * notice, ANOC changes table and provider directory; the MSN (page 1, claims table, notes) and the SHIP's MSN
 * walkthrough handout, Medicare.gov claims list, Blue Button JSON, 1-800-MEDICARE chat; the agent's Medigap rate
 * quote, G vs N worksheet (grid and CSV), outline of coverage, application, e-mail, CRM lead, scope of appointment,
 * side-by-side spreadsheet, commission statement and text messages; the surgeon's cost estimate, the ABN, and a
 * "Medicare 101" slide deck.
 * Built on real public layouts: the Medicare Summary Notice for Part B (page 1 "Your Claims & Costs This Period",
 * the claims table "Service Provided & Billing Code | Amount Provider Charged | Medicare-Approved Amount | Medicare
 * Paid | Maximum You May Be Billed | See Notes"), Medicare Plan Finder search and compare pages, the Medicare
 * Procedure Price Lookup, Blue Button 2.0 ExplanationOfBenefit JSON, MA Evidence of Coverage chapter 4 "Medical
 * Benefits Chart" and Annual Notice of Change tables, MA plans' prior authorization code lists, the CMS Integrated
 * Denial Notice, the Medigap Outline of Coverage chart and NAIC-style application, the CMS scope of appointment,
 * the ABN (CMS-R-131), and SHIP National Performance Reporting beneficiary-contact fields. The others are written
 * the way those pages read, with no single source.
 *
 * 355 labelled tokens over 44 shapes: 156 codes (127 of them the five known codes), 199 decoys, 72 of the decoys in
 * KNOWN_10K, 22 of the decoys reusing the known codes' digits.
 */

// ── 1. SHIP client contact (intake) form, text layer ──
const intake = lines({
  id: 's177-intake',
  kind: 's177-ship-client-contact-intake-form-text',
  before: 'Prairie Lantern Medicare Counseling — Client Contact Form (SHIP) — complete one per contact',
  text: [
    'Client ID: [64712]   Contact date: 10/21/2026   Counselor: G. Menendez (cert. no. [10432])',
    'Name: Walter R. Pruett   DOB: 03/14/1960   Medicare start: 03/01/2025 (Parts A & B)',
    'Address: 1417 N Rock Rd, Apt 6, Wichita, KS [67208]   County: Sedgwick (FIPS [20173])',
    'Current coverage: Sunflower Heritage Advantage (HMO) H5521-004, enrolled 03/2025 (first eligible)',
    'Reason for contact: compare plans before surgery; surgeon plans {64712} sciatic neuroplasty and {64445} block',
    '  (client read the codes off the surgery scheduler\'s note: "{64712}, {64445}, maybe {64714}")',
    'Also: podiatry (neuroma) {64632} denied by plan 9/2026; Botox for facial spasm {64612} every 3 months',
    "Income/assets screened for LIS/MSP: over limits   Referral source: Surgeon's office   Session no. [50413]",
  ].join('\n'),
});

// ── 2. SHIP appointment calendar, table ──
const calendar = table({
  id: 's177-cal',
  kind: 's177-ship-appointment-calendar-grid',
  caption: 'Counselor schedule — Wichita (Central Library site) — week of Oct 26, 2026',
  headers: ['Time', 'Client', 'ZIP', 'Topic', 'Counselor', 'Appt #'],
  rows: [
    ['9:00', 'Pruett, Walter', '[67208]', 'MA vs Medigap; PA for {64712}/{64714}', 'Menendez', '[30692]'],
    ['10:00', 'Pruett, Darlene', '[67208]', 'Part D review (spouse)', 'Menendez', '[30694]'],
    ['11:00', 'Nakamura, Sue', '[67204]', 'Extra Help application', 'Oyelaran', '[30705]'],
    ['1:00', 'Villaseñor, Tito', '[67501]', 'MSN question — nerve block {64445} billed twice', 'Oyelaran', '[30712]'],
    ['2:30', 'Grubb, Elaine', '[67037]', 'Turning 65, IEP', 'Menendez', '[30718]'],
    ['3:30', 'Hollis, Vern', '[67114]', 'MA denied {64714}; appeal vs switch', 'Oyelaran', '[30722]'],
    ['4:15', 'Schroeder, Ina', '[67060]', 'Medigap rate increase letter', 'Menendez', '[30736]'],
  ],
});

// ── 3. Counseling session notes, text layer ──
const sessionNote = lines({
  id: 's177-note',
  kind: 's177-ship-counseling-session-notes-text',
  before: 'Session notes — W. Pruett — 10/26/2026 — in person, 75 min',
  text: [
    "Reviewed plan's 2027 PA list with client: {64712} and {64714} need PA at Sunflower Heritage; {64445} does not.",
    'Denial of {64632} (neuroma neurolysis, 9/12/2026) — plan said conservative care not documented. Explained appeal.',
    'Client joined MA when first eligible (03/2025), so the 12-month trial right ended 02/2026 — expired.',
    'Medigap OEP also over → medical underwriting in KS; agent to check which carriers ask about planned surgery.',
    'Est. Original Medicare cost for {64712} + {64445} at ASC/HOPD: see Procedure Price Lookup printout.',
    'Botox {64612} (plus J0585) every 12 wks: MA copay 20%; Medigap G covers after Part B deductible.',
    'Follow-up: call back 11/2/2026; referred to agent S. Dorsey (client consent on file, form [20428]).',
  ].join('\n'),
});

// ── 4. SHIP reporting export (NPR beneficiary contact), text layer ──
const nprExport = lines({
  id: 's177-npr',
  kind: 's177-ship-npr-beneficiary-contact-export-text',
  before: 'STARS export — Beneficiary Contact records — site PLMC-07 — Oct 2026 (pipe-delimited)',
  text: [
    'RECORD_ID|CONTACT_DATE|COUNSELOR_ID|BENE_ZIP|BENE_COUNTY|AGE_GRP|TOPIC_CODES|MINUTES|NOTES',
    '[40712]|2026-10-21|[64632]|[67208]|SEDGWICK|65-74|MA_COMPARE;MEDIGAP;APPEALS|45|PA denial {64632}',
    '[40713]|2026-10-21|[64632]|[67204]|SEDGWICK|75-84|PARTD;LIS|30|',
    '[40716]|2026-10-26|[64632]|[67208]|SEDGWICK|65-74|MA_COMPARE;MEDIGAP;MSN|75|codes {64712} {64714} {64445}',
    '[40731]|2026-10-26|[11421]|[67501]|RENO|65-74|MSN;BILLING|25|dup line {64445}',
    '[40736]|2026-10-27|[13317]|[67114]|HARVEY|75-84|MA_COMPARE;APPEALS|50|IDN for {64714}; {64712} approved',
    '[41122]|2026-10-28|[13317]|[67042]|BUTLER|65-74|MEDIGAP|20|',
  ].join('\n'),
});

// ── 5. Volunteer time log, table ──
const timeLog = table({
  id: 's177-timelog',
  kind: 's177-ship-volunteer-time-mileage-log-grid',
  caption: 'Volunteer hours & mileage — Gloria Menendez — Volunteer ID 64632 — October 2026',
  headers: ['Date', 'Site', 'Hours', 'Miles', 'Client IDs', 'Odometer start'],
  rows: [
    ['10/21', 'Central Library', '3.0', '14', '[64712], [64719]', '[81254]'],
    ['10/26', 'Central Library', '4.5', '14', '[64712], [64730], [64733]', '[81302]'],
    ['10/28', 'Derby Senior Center', '2.0', '22', '[64751]', '[81349]'],
  ],
});

// ── 6. Escalation e-mail to SHIP coordinator ──
const escalation = lines({
  id: 's177-esc',
  kind: 's177-ship-case-escalation-email-text',
  before: 'From: Gloria Menendez  To: Ray Oyelaran (SHIP Regional Coordinator)  Subject: Client [64712] — PA denial',
  text: [
    "Ray — client [64712] (Pruett) had his podiatrist's request for {64632} denied by Sunflower Heritage (HMO).",
    'Denial letter cites "lack of 3 months conservative care". Podiatrist says they sent notes. 60-day appeal',
    'window ends 11/11/2026. He also faces {64712} with {64445} in December; that PA is pending (ref [22409]).',
    "Can we ask the plan's grievance unit for the case file? Plan contact: PO Box [21419], Wichita KS [67201].",
    'Also: he asked whether switching to Original Medicare + Medigap N would cover {64632}-T3 on 1/1/2027.',
    '— Gloria, Prairie Lantern, PO Box [64445], Wichita, KS [67204] · 316-555-0142',
  ].join('\n'),
});

// ── 7. Plan Finder search results, text layer ──
const pfResults = lines({
  id: 's177-pfresults',
  kind: 's177-plan-finder-search-results-text',
  before: 'Medicare.gov  Find plans  >  Medicare Advantage Plans  Plan year 2027',
  text: [
    'Showing 41 Medicare Advantage Plans for ZIP code [67208] (Sedgwick County)   Sort by: Lowest drug + premium cost',
    'Sunflower Heritage Advantage (HMO)  Plan ID: H5521-004  Monthly premium $0.00  Health deductible $0',
    '  Maximum you pay for health services: $5,900 In-network   Estimated total drug + premium cost: $1,284',
    'Plains Choice Medicare (PPO)  Plan ID: H7734-012  Monthly premium $39.00  Health deductible $250',
    '  Maximum you pay for health services: $7,550 In and Out-of-network   Estimated total: $2,018',
    'Meridian Prairie Complete (HMO-POS)  Plan ID: H2290-031  Premium $0.00   Star rating 4 out of 5',
    'Search ID [90345] · results cached for ZIP [67208] · Print  |  Compare up to 3 plans',
  ].join('\n'),
});

// ── 8. Plan Finder plan details (medical benefits), text layer ──
const pfDetails = lines({
  id: 's177-pfdetails',
  kind: 's177-plan-finder-plan-details-benefits-text',
  before: 'Plan Details: Plains Choice Medicare (PPO) H7734-012 — Benefits & costs',
  text: [
    'Outpatient hospital services: In-network $325 copay per visit; Out-of-network 40% coinsurance',
    'Ambulatory Surgical Center: In-network $225 copay; Out-of-network 40% coinsurance. Prior authorization: Yes',
    'Specialist visit: $40 copay in-network. Referral: No.  Part B drugs (chemotherapy/other): 0–20% coinsurance',
    'Plan contact: Plains Choice Medicare, 8100 E 22nd St N, Wichita, KS [67226]. TTY 711. Contract page [20366]',
  ].join('\n'),
});

// ── 9. Plan Finder compare grid, table ──
const pfCompare = table({
  id: 's177-pfcompare',
  kind: 's177-plan-finder-compare-plans-grid',
  caption: 'Compare plans (3) — ZIP 67208 — Plan year 2027',
  headers: ['', 'Sunflower Heritage (HMO)', 'Plains Choice (PPO)', 'Meridian Prairie (HMO-POS)'],
  rows: [
    ['Plan ID', 'H5521-004', 'H7734-012', 'H2290-031'],
    ['Max out-of-pocket (in-network)', '$5,900', '$7,550', '$4,900'],
    ['Outpatient surgery (ASC)', '$250 copay', '$225 copay', '$195 copay'],
    ['Out-of-network max', 'N/A', '$11,300', 'N/A'],
    ['Mailing ZIP for enrollment', '[67201]', '[67226]', '[66603]'],
  ],
});

// ── 10. Medicare Procedure Price Lookup result, text layer ──
const priceLookup = lines({
  id: 's177-ppl',
  kind: 's177-procedure-price-lookup-result-text',
  before: 'Medicare.gov  Procedure Price Lookup  >  Search results for "sciatic"',
  text: [
    'Injection of anesthetic agent; sciatic nerve, single   Procedure code: {64445}',
    '  Ambulatory Surgical Center: Total cost $263   Doctor fee $92   Facility fee $171   You pay $53',
    '  Hospital outpatient department: Total cost $712   Doctor fee $92   Facility fee $620   You pay $142',
    'Neuroplasty (exploration, neurolysis or nerve decompression); sciatic nerve   Procedure code: {64712}',
    '  Hospital outpatient department: Total cost $3,914   You pay $783   (national averages, 2026)',
    'Neuroplasty; lumbar plexus   {64714}   Hospital outpatient only   Cost estimates are national averages.',
    'Counselor note (handwritten on printout): client ZIP [67208], Wichita locality costs may differ.',
  ].join('\n'),
});

// ── 11. MA plan Evidence of Coverage, chapter 4 medical benefits chart, text layer ──
const eoc = lines({
  id: 's177-eoc',
  kind: 's177-ma-evidence-of-coverage-benefits-chart-text',
  before: 'Sunflower Heritage Advantage (HMO) 2027 Evidence of Coverage — Chapter 4: Medical Benefits Chart',
  text: [
    'Outpatient surgery, including services provided at hospital outpatient facilities and ambulatory surgical',
    'centers   |   $250 copay per surgery at an ASC; $350 copay at an outpatient hospital.',
    '  Prior authorization is required for certain nerve procedures (for example, neuroplasty {64712}, {64714}',
    '  and neurolytic destruction {64632}). See the Prior Authorization List at sunflowerheritage.com/pa.',
    'Physician/Practitioner services   |   $0 PCP; $40 specialist. Chemodenervation ({64612}) is covered as a',
    '  specialist service; the drug is a Part B drug subject to 20% coinsurance and step therapy.',
    'H5521_EOC27_C   OMB Approval 0938-1051 (Expires: August 31, 2026)   Page 4-22',
  ].join('\n'),
});

// ── 12. MA prior-authorization code list, table ──
const paList = table({
  id: 's177-palist',
  kind: 's177-ma-prior-authorization-code-list-grid',
  caption: 'Sunflower Heritage Advantage — Prior Authorization List — Neurology & Pain — effective 01/01/2027',
  headers: ['CPT/HCPCS', 'Description', 'PA Required', 'Site of service', 'Notes'],
  rows: [
    ['{64445}', 'Inj anes sciatic nrv single', 'No', 'All', ''],
    ['{64446}', 'Inj anes sciatic nrv cont inf', 'Yes', 'All', 'Removed 2028?'],
    ['{64612}', 'Chemodenerv muscle facial nerve unilat', 'Yes', 'Office', 'With J0585 / J0586'],
    ['{64632}', 'Destr neurolytic plantar common digital nrv', 'Yes', 'Office/ASC', 'Conservative care 3 mo'],
    ['{64712}', 'Neuroplasty major periph nrv sciatic', 'Yes', 'ASC/HOPD', 'EMG/NCS required'],
    ['{64714}', 'Neuroplasty lumbar plexus', 'Yes', 'HOPD', ''],
    ['{64640}', 'Destr neurolytic other periph nrv', 'Yes', 'All', 'Added 2027'],
    ['{64708}', 'Neuroplasty major periph nrv arm/leg open other', 'Yes', 'ASC/HOPD', ''],
    ['{64713}', 'Neuroplasty brachial plexus', 'Yes', 'HOPD', ''],
    ['{28080}', 'Excision interdigital neuroma single', 'Yes', 'Office/ASC', 'After {64632} x3 or conservative care'],
    ['{95913}', 'Nerve conduction studies 13 or more', 'No', 'Office', 'Frequency edit 1/yr'],
  ],
});

// ── 13. MA prior-authorization list, PDF text layer ──
const paPdf = lines({
  id: 's177-papdf',
  kind: 's177-ma-prior-authorization-list-pdf-text',
  before: '2027 Prior Authorization Requirements — Medicare Advantage — page 14 of 31',
  text: [
    'NERVOUS SYSTEM (continued)',
    '{64400}-{64489} Somatic nerve blocks — NO PA except continuous infusion codes {64416}, {64446}, {64448}',
    '{64600}-{64681} Destruction by neurolytic agent — PA REQUIRED (includes {64632}, {64640})',
    '{64702}-{64727} Neuroplasty — PA REQUIRED; {64712}/{64714} reviewed by orthopedic/neurosurgery medical director',
    'Submit requests: fax 1-855-555-0199 or portal. Urgent: 72 hrs. Standard: 7 calendar days (2027).',
    'Sunflower Heritage Health Plan, Inc. · Utilization Management · PO Box [21419], Wichita KS [67201]-1419',
  ].join('\n'),
});

// ── 14. PA code lookup tool result, text layer ──
const paTool = lines({
  id: 's177-patool',
  kind: 's177-ma-pa-code-lookup-tool-result-text',
  before: 'Does this service need prior authorization?  Enter CPT or HCPCS code:',
  text: [
    'Code searched: {64632}   Plan: Sunflower Heritage Advantage (HMO)   Date of service: 01/15/2027',
    'Result: PRIOR AUTHORIZATION REQUIRED. Reviewed by: Sunflower Heritage Utilization Management.',
    'Related codes you may also need: {64455} (no PA), {28080} (excision of neuroma, PA required)',
    'Lookup reference [66146] · generated 10/26/2026 2:41 PM CT',
  ].join('\n'),
});

// ── 15. Integrated denial notice, text layer ──
const denial = lines({
  id: 's177-denial',
  kind: 's177-ma-integrated-denial-notice-text',
  before: 'Notice of Denial of Medical Coverage (or Payment) — Sunflower Heritage Advantage (HMO)',
  text: [
    'Date: 09/12/2026   Member number: SH0047721   Case no. [21604]',
    'Name: Walter Pruett   Service requested: destruction of plantar common digital nerve, CPT {64632}, left foot',
    'We have DENIED the medical services/items listed above requested by you or your doctor (Tomas Keel, DPM).',
    'Why: Plan criteria require 3 months of conservative care (orthotics, injections such as {20550}) documented.',
    'You have the right to appeal within 65 days. Mail to: Appeals & Grievances, PO Box [21422], Wichita, KS [67201]',
    'Form CMS-[10003]-NDMCP (Expires 01/31/2027) · OMB 0938-1337',
  ].join('\n'),
});

// ── 16. Annual Notice of Change, changes table ──
const anoc = table({
  id: 's177-anoc',
  kind: 's177-ma-annual-notice-of-change-table-grid',
  caption: 'Section 1.3 — Changes to Your Medical Care Costs (2026 vs 2027)',
  headers: ['Cost', '2026 (this year)', '2027 (next year)'],
  rows: [
    ['Maximum out-of-pocket amount', '$4,900', '$5,900'],
    ['Outpatient surgery at ASC', '$195 copay', '$250 copay'],
    ['Prior authorization', 'Required for {64712}, {64714}', 'Also required for {64640} and {64632}'],
    ['Nerve block {64445}', '$40 copay, no PA', '$40 copay, no PA'],
    ['Document ID', 'H5521_ANOC27_M', 'Material ID [20033] (approved)'],
  ],
});

// ── 17. Provider directory search, text layer ──
const directory = lines({
  id: 's177-dir',
  kind: 's177-ma-provider-directory-search-text',
  before: 'Find a Doctor — Sunflower Heritage Advantage (HMO) — Specialty: Podiatry — within 10 miles of 67208',
  text: [
    'Keel, Tomas, DPM   Prairie Foot & Ankle   3301 E Harry St, Wichita, KS [67218]   In network · Accepting',
    '  Listing ID [64632]   Hospital affiliation: Wesley Medical Center   Languages: English, Spanish',
    'Rao, Anjali, MD (Neurosurgery – peripheral nerve)   Wichita Peripheral Nerve Center   [67214]   In network',
    '  Listing ID [53168]   Procedures: nerve decompression ({64712}, {64708}), neuroma surgery',
  ].join('\n'),
});

// ── 18. MSN page 1, text layer ──
const msn1 = lines({
  id: 's177-msn1',
  kind: 's177-msn-part-b-page-one-text',
  before: 'Medicare Summary Notice for Part B (Medical Insurance) — The Official Summary of Your Medicare Claims',
  text: [
    'WALTER R PRUETT  1417 N ROCK RD APT 6  WICHITA KS [67208]-3318',
    'Your Medicare Number: 1EG4-TE5-MK73   Dates of Service: Jan 1 – Mar 31, 2026   Notice for: Walter Pruett',
    'Your Deductible Status: You have met the Part B deductible for 2026.',
    'Total You May Be Billed: $61.38   Did Medicare Approve All Services? YES   Number of Services Approved: 3',
    'Providers with claims this period: Jan 22 Wichita Neurology Associates; Mar 4 Prairie Foot & Ankle',
  ].join('\n'),
});

// ── 19. MSN claims table, table ──
const msnClaims = table({
  id: 's177-msnclaims',
  kind: 's177-msn-part-b-claims-detail-grid',
  caption: 'Jan 22, 2026  Wichita Neurology Associates, 3243 E Murdock St Ste 300, Wichita, KS 67208-3007',
  headers: [
    'Service Provided & Billing Code',
    'Amount Provider Charged',
    'Medicare-Approved Amount',
    'Medicare Paid',
    'Maximum You May Be Billed',
    'See Notes',
  ],
  rows: [
    ['Office/outpatient visit est ({99214})', '$210.00', '$128.54', '$102.83', '$25.71', ''],
    ['Destroy nerve face muscle ({64612}-RT)', '$465.00', '$178.31', '$142.65', '$35.66', 'A'],
    ['Inj onabotulinumtoxina 1 unit (J0585 x 50)', '$410.00', '$332.50', '$266.00', '$66.50', 'B'],
    ['Claim number: 26022512340780', '', '', '', '', ''],
    ['Mar 4 Prairie Foot & Ankle: N block inj plantar digit ({64455})', '$185.00', '$64.12', '$51.30', '$12.82', 'C'],
    ['Destroy nerve face muscle ({64612}-LT)', '$465.00', '$178.31', '$142.65', '$35.66', 'A'],
    ['Needle EMG each extremity w/ NCS ({95885})', '$160.00', '$48.77', '$39.02', '$9.75', ''],
  ],
});

// ── 20. MSN notes section, text layer ──
const msnNotes = lines({
  id: 's177-msnnotes',
  kind: 's177-msn-notes-and-appeals-section-text',
  before: 'Notes for Claims Above',
  text: [
    'A  This service was paid at the rate for the side performed. Code {64612} may be billed once per side per day.',
    'B  Drug amounts are approved per unit; the billing code for the drug is J0585.',
    'C  Paid at the non-facility rate. If you had this service in a hospital, see Note D.',
    'How to Handle Denied Claims or File an Appeal: If you disagree with a coverage decision, you can file an appeal',
    'by Jul 5, 2026. Use the Redetermination Request Form (CMS-[20027]) or circle the item(s) on this notice.',
    'Medicare Contractor: WPS GHA Part B, PO Box [14172], Omaha NE [68172]-1172. Claim lines ref. [29045].',
  ].join('\n'),
});

// ── 21. SHIP MSN walkthrough handout, text layer ──
const msnHandout = lines({
  id: 's177-msnhandout',
  kind: 's177-ship-msn-walkthrough-handout-text',
  before: 'Prairie Lantern Medicare Counseling — "Reading Your MSN" — handout used in sessions (annotated example)',
  text: [
    '① Your address and Medicare Number. Check your ZIP (example: WICHITA KS [67208]) — your plan options depend on it.',
    '② "Service Provided & Billing Code": the code in parentheses is the CPT code, e.g. ({64445}) for a sciatic',
    '   nerve block: "N block inj sciatic sng ({64445})". Two lines with the same code on one day? Call the office.',
    '③ "Maximum You May Be Billed": with Medigap Plan G this is usually $0 after the Part B deductible ($283 in 2026).',
    '④ Codes with a side, like {64612}-LT and {64612}-RT, are two separate services, not a duplicate.',
    'Handout rev. 2026-03 · PO Box [64445], Wichita KS [67204] · SHIP grant no. 90SAPG[21316]',
  ].join('\n'),
});

// ── 22. Medicare.gov account claims list, table ──
const mgovClaims = table({
  id: 's177-mgov',
  kind: 's177-medicare-gov-account-claims-list-grid',
  caption: 'Medicare.gov — Your claims — Part B — last 36 months',
  headers: ['Claim date', 'Provider', 'Claim number', 'Amount charged', 'You may be billed', 'Details'],
  rows: [
    ['03/04/2026', 'PRAIRIE FOOT & ANKLE', '26063711228890', '$185.00', '$12.82', 'N block inj plantar digit'],
    ['01/22/2026', 'WICHITA NEUROLOGY ASSOCIATES', '26022512340780', '$1,085.00', '$127.87', '3 services'],
    ['11/18/2025', 'WESLEY SURGERY CENTER LLC', '25322110154410', '$640.00', '$54.10', '{64445} N block inj sciatic'],
    ['11/18/2025', 'RAO ANJALI MD', '25322110154422', '$320.00', '$18.40', 'Proc code {64445}'],
  ],
});

// ── 23. Blue Button ExplanationOfBenefit JSON, text layer ──
const blueButton = lines({
  id: 's177-bb',
  kind: 's177-blue-button-eob-json-text',
  before: "Shared with Prairie Lantern via the beneficiary's Blue Button app export (carrier claim, JSON)",
  text: [
    '{ "resourceType": "ExplanationOfBenefit", "id": "carrier--1052188412", "type": { "coding": [ { "code": "71" } ] },',
    '  "item": [ { "sequence": 1, "productOrService": { "coding": [ { "system":',
    '    "https://bluebutton.cms.gov/resources/codesystem/hcpcs", "code": "{64445}" } ] },',
    '    "locationAddress": { "state": "KS", "postalCode": "[67214]" }, "servicedDate": "2025-11-18" },',
    '  { "sequence": 2, "productOrService": { "coding": [ { "code": "{76942}" } ] } } ],',
    '  "provider": { "identifier": { "value": "1740398822" } }, "payment": { "amount": { "value": 51.30 } },',
    '  "extension": [ { "url": ".../carr_num", "valueString": "[05402]" }, { "url": ".../nch_near_line_rec_ident_cd", "valueString": "O" } ] }',
  ].join('\n'),
});

// ── 24. 1-800-MEDICARE web chat transcript, text layer ──
const chat = lines({
  id: 's177-chat',
  kind: 's177-medicare-web-chat-transcript-text',
  before: 'Medicare.gov Live Chat — transcript emailed to the beneficiary',
  text: [
    'Chat reference: [64714]   Started 10/30/2026 4:12 PM ET',
    'Agent Monique: Hello, my name is Monique. How can I help you today?',
    'Walter: If I go back to Original Medicare in January, does Medicare need approval first for {64712}?',
    'Agent Monique: Original Medicare does not use prior authorization for most physician services like {64712}.',
    'Agent Monique: Some hospital outpatient services need PA under Original Medicare; nerve blocks like {64445} do not.',
    'Walter: And my ZIP is [67208], can you see Medigap prices? Agent Monique: Yes, go to medicare.gov/medigap-supplemental.',
  ].join('\n'),
});

// ── 25. Medigap rate quote, table ──
const rateQuote = table({
  id: 's177-quote',
  kind: 's177-medigap-rate-quote-comparison-grid',
  caption: 'Dorsey Senior Benefits — Medigap quote — Male, 66, non-tobacco, ZIP 67208, eff. 01/01/2027',
  headers: ['Carrier', 'NAIC', 'AM Best', 'Plan G /mo', 'Plan N /mo', 'HH discount', 'Underwriting'],
  rows: [
    ['Great Bend Mutual Life', '[60054]', 'A', '$142.18', '$104.66', '7%', 'Full'],
    ['Heartland Assurance of Kansas', '[67598]', 'A-', '$131.40', '$98.75', '12%', 'Full; 2-yr lookback'],
    ['Cottonwood Benefit Life', '[66109]', 'A+', '$156.02', '$112.30', '5%', 'Short form'],
    ['Flint Hills Fraternal', '[58114]', 'B++', '$128.90', '$96.10', 'none', 'Full'],
    ['Cimarron National Life', '[61271]', 'A', '$147.60', '$109.85', '10%', 'Full'],
    ['Plains States Assurance', '[65722]', 'A-', '$139.95', '$101.20', '8%', 'Full; no surgery pending'],
  ],
});

// ── 26. Medigap G vs N cost worksheet, table ──
const gnWorksheet = table({
  id: 's177-gn',
  kind: 's177-medigap-g-vs-n-cost-worksheet-grid',
  caption:
    'Plan G vs Plan N — planned 2027 services (Medicare-approved amounts are estimates, 2026 MPFS, Wichita locality)',
  headers: ['Service', 'CPT', 'Medicare-approved', 'Part B pays (80%)', 'You pay w/ Plan G', 'You pay w/ Plan N'],
  rows: [
    ['Sciatic nerve block', '{64445}', '$92.40', '$73.92', '$92.40 (deductible)', '$92.40 (deductible)'],
    ['Sciatic neuroplasty (surgeon)', '{64712}', '$801.17', '$640.94', '$190.83 (rest of deductible)', '$190.83'],
    ['Lumbar plexus neurolysis', '{64714}', '$744.06', '$595.25', '$0', '$0'],
    ['Neuroma neurolysis x3', '{64632}', '$142.11 ea', '$113.69 ea', '$0', '$20 copay x3 = $60'],
    ['Chemodenervation x4', '{64612}', '$178.31 ea', '$142.65 ea', '$0', '$20 copay x4 = $80'],
    ['Specialist visits x6', '{99213}', '$92.08 ea', '$73.66 ea', '$0', '$20 x6 = $120'],
  ],
});

// ── 27. Medigap worksheet CSV export, text layer ──
const gnCsv = lines({
  id: 's177-gncsv',
  kind: 's177-medigap-worksheet-csv-export-text',
  before: "Pruett_GvsN_2027.csv (exported from the agent's quoting tool, opened in a browser tab)",
  text: [
    'scenario,cpt,units,allowed,planG_oop,planN_oop,annual_premium_G,annual_premium_N,rate_zip,quote_id',
    'surgery_year,{64712},1,801.17,190.83,190.83,1706.16,1255.92,[67208],[71352]',
    'surgery_year,{64714},1,744.06,0,0,1706.16,1255.92,[67208],[71352]',
    'surgery_year,{64632},3,426.33,0,60,1706.16,1255.92,[67208],[71352]',
    'surgery_year,{64445},1,92.40,92.40,92.40,1706.16,1255.92,[67208],[71352]',
    'surgery_year,{64612},4,713.24,0,80,1706.16,1255.92,[67208],[71352]',
    'no_surgery,{64612},4,713.24,283.00,363.00,1706.16,1255.92,[67208],[71366]',
    'TOTAL,,,,[10712].44,[11733].00,[12261].11,,,',
  ].join('\n'),
});

// ── 28. Medigap outline of coverage, text layer ──
const outline = lines({
  id: 's177-outline',
  kind: 's177-medigap-outline-of-coverage-text',
  before:
    'Heartland Assurance of Kansas — Outline of Medicare Supplement Coverage — Plans G and N — Policy form HAK-MS-23',
  text: [
    'PLAN N — MEDICARE (PART B) — MEDICAL SERVICES — PER CALENDAR YEAR',
    'First $283 of Medicare-approved amounts*   Medicare pays $0   Plan pays $0   You pay $283 (Part B deductible)',
    'Remainder of Medicare-approved amounts   Medicare pays generally 80%   Plan pays balance, other than up to $20 per',
    '  office visit and up to $50 per emergency room visit   You pay up to $20 per office visit, $50 per ER visit',
    'Part B excess charges   Medicare pays $0   Plan pays $0   You pay all costs',
    'Policy form no. MS-N-[64612] (KS)   Rate filing SERFF HAKS-[13250]   NAIC [67598]',
  ].join('\n'),
});

// ── 29. Medigap application, text layer ──
const application = lines({
  id: 's177-app',
  kind: 's177-medigap-application-form-text',
  before: 'Heartland Assurance of Kansas — Application for Medicare Supplement Insurance — Section A–D',
  text: [
    'Plan applied for: [ ] G  [X] N   Requested effective date: 01/01/2027   Mode: Monthly EFT',
    'Applicant ZIP: [67208]   Medicare Part B effective: 03/01/2025   Agent writing no. [64612]',
    'Q7. Are you covered by a Medicare Advantage plan? YES — Sunflower Heritage (HMO); will end 12/31/2026',
    'Q12. In the past 2 years, have you been advised to have surgery that has not been performed? YES',
    '  Explain: sciatic nerve decompression (CPT {64712}) and nerve block planned 12/2026 — Dr. A. Rao',
    'Application no. [40523]-K   Replacement notice signed: yes   Premium with application: $98.75',
  ].join('\n'),
});

// ── 30. Agent e-mail to client, text layer ──
const agentEmail = lines({
  id: 's177-agentemail',
  kind: 's177-agent-client-email-thread-text',
  before: 'From: Sabine Dorsey <sabine@dorseyseniorbenefits.com>  To: Walter Pruett  Re: Medigap — your options',
  text: [
    'Walter, as Gloria explained, your trial right has passed, so every carrier will underwrite. Heartland asks',
    'about surgery "advised but not performed" — the {64712} your surgeon scheduled will be a yes answer. That',
    'can mean a decline. Great Bend (NAIC [60054]) looks back 12 months only at hospital stays.',
    'If declined, staying in Sunflower Heritage with PA for {64712}/{64714} may be the realistic path; the',
    'denial for {64632} should go to appeal either way. Quote ref [20887] attached. — Sabine',
    'Dorsey Senior Benefits LLC · 7701 E Kellogg Dr, Ste 480, Wichita KS [67207] · KS lic. [11640]',
  ].join('\n'),
});

// ── 31. Agent CRM lead record, text layer ──
const crm = lines({
  id: 's177-crm',
  kind: 's177-agent-crm-lead-record-text',
  before: 'AgencyBloc-style CRM · Contact › Pruett, Walter · Activities',
  text: [
    'Lead ID [64445]   Source: SHIP referral (Prairie Lantern)   Status: Quoted   Owner: S. Dorsey',
    'Household: Walter (66) + Darlene (64)   ZIP [67208]   Medicare #: on file   SOA no. [64714] signed 10/29',
    'Note 10/29: upcoming {64712} + {64445} 12/2026; {64714} possible 2027. Hemifacial spasm Botox {64612} q12wk.',
    'Task: submit Heartland app; if decline, review MA plans at AEP. Policy # pending. Opportunity id [31290]',
  ].join('\n'),
});

// ── 32. Scope of appointment form, text layer ──
const soa = lines({
  id: 's177-soa',
  kind: 's177-scope-of-appointment-form-text',
  before: 'Scope of Sales Appointment Confirmation Form — to be completed 48 hours before the appointment',
  text: [
    'Please initial below beside the type of product(s) you want the agent to discuss.',
    'WP  Medicare Advantage Plans (Part C) and Cost Plans   WP  Medicare Supplement (Medigap) Products',
    'Beneficiary: Walter Pruett   Address: 1417 N Rock Rd Apt 6, Wichita KS [67208]   Phone: 316-555-0187',
    'Agent: Sabine Dorsey   Agent NPN: 18834557   Initial method of contact: referral   SOA ID [64714]',
    'Plans the agent represents: H5521, H7734, H2290; Medigap: Heartland, Great Bend. Form ver. [00472]-SOA',
  ].join('\n'),
});

// ── 33. Agent side-by-side spreadsheet, table ──
const sideBySide = table({
  id: 's177-sbs',
  kind: 's177-agent-side-by-side-scenario-spreadsheet-grid',
  caption: 'Scenario: 2027 surgery year (sheet "Walter 2027", rows from the CPT list the surgeon\'s office sent)',
  headers: ['Line', 'Code', 'Stay in HMO', 'Switch PPO', 'OM + Plan G', 'OM + Plan N'],
  rows: [
    ['1', '{64712}', '$350', '$325', '$190.83', '$190.83'],
    ['2', '{64445}', '$40', '$40', '$0', '$0'],
    ['3', '{64714}', '$350', '$325', '$0', '$0'],
    ['4', '{64632} x3', '$120', '$120', '$0', '$60'],
    ['5', '{64612}', '20% drug + $40', '20% drug + $40', '$0', '$80'],
    ['Premiums', '', '$0', '$468', '$1,706', '$1,256'],
    ['Total', '', '$1,140', '$1,558', '$1,897', '$1,587'],
  ],
});

// ── 34. Agent commission statement, table ──
const commission = table({
  id: 's177-comm',
  kind: 's177-agent-carrier-commission-statement-grid',
  caption: 'Heartland Assurance of Kansas — Agent Commission Statement — Writing no. 64612 — Jan 2027',
  headers: ['Policy no.', 'Insured', 'Plan', 'Eff. date', 'Premium', 'Rate', 'Commission'],
  rows: [
    ['[64632]-HAK', 'PRUETT, DARLENE', 'MS-G', '12/01/2026', '$131.40', '22%', '$28.91'],
    ['[67245]-HAK', 'OSBORN, LYLE', 'MS-N', '01/01/2027', '$98.75', '22%', '$21.73'],
    ['[67269]-HAK', 'TRAN, MAI', 'MS-G', '01/01/2027', '$131.40', '22%', '$28.91'],
    ['[68470]-HAK', 'PRUETT, WALTER', 'MS-N', 'Pending UW', '$98.75', '—', '$0.00 (held)'],
    ['[69094]-HAK', 'GRUBB, ELAINE', 'MS-G', '02/01/2027', '$121.15', '22%', '$26.65'],
    ['Statement total', '', '', '', '', '', '$79.55   Stmt [20461]'],
  ],
});

// ── 35. Text messages (agent and SHIP reminders), text layer ──
const sms = lines({
  id: 's177-sms',
  kind: 's177-sms-reminder-thread-text',
  before: 'Messages — Sabine Dorsey (agency line)',
  text: [
    "Sabine: Hi Walter, Heartland asked for Dr. Rao's note on the {64712} surgery date. Can you get it by Fri?",
    "Walter: Office says surgery is 12/9 at Wesley, codes {64712} and {64445}. They'll fax it to you",
    'Sabine: Great. Fax goes to 316-555-0175. Reference my app no. [40523] on the cover page.',
    'Prairie Lantern: Reminder: your SHIP appt is Mon 11/2 at 9:00, Central Library Rm 2. Reply C to confirm. Ref [50414]',
  ].join('\n'),
});

// ── 36. Surgeon's patient cost estimate letter, text layer ──
const estimate = lines({
  id: 's177-estimate',
  kind: 's177-surgeon-patient-cost-estimate-letter-text',
  before: 'Wichita Peripheral Nerve Center — Patient Cost Estimate — prepared for Walter Pruett',
  text: [
    'Procedure(s) scheduled 12/09/2026, Wesley Surgery Center:',
    '  CPT {64712} Neuroplasty, sciatic nerve (right)  — surgeon fee, plan-allowed $801.17',
    '  CPT {64445} Sciatic nerve block for post-op pain, anesthesia — allowed $92.40',
    'Your plan: Sunflower Heritage Advantage (HMO). Prior authorization status: PENDING (auth ref [22409]).',
    'Estimated patient responsibility: $350 outpatient surgery copay. Estimate no. [31188]; valid 60 days.',
    'Wichita Peripheral Nerve Center · 9350 E Central Ave, Wichita KS [67208] · Tax ID 48-1937720',
  ].join('\n'),
});

// ── 37. ABN (Advance Beneficiary Notice), text layer ──
const abn = lines({
  id: 's177-abn',
  kind: 's177-advance-beneficiary-notice-text',
  before: 'A. Notifier: Prairie Foot & Ankle, 3301 E Harry St, Wichita KS 67218   B. Patient Name: Walter Pruett',
  text: [
    'Advance Beneficiary Notice of Non-coverage (ABN)',
    "NOTE: If Medicare doesn't pay for D. item(s) below, you may have to pay.",
    'D. {64632} neurolytic destruction, 3rd and 4th web space, left (4th session in 12 months)   E. Reason Medicare',
    '  May Not Pay: Medicare may not pay for more than 3 sessions in 12 months   F. Estimated Cost: $165.00',
    'H. Additional Information: Account [47311]   Form CMS-R-131 (Exp. 01/31/2026)   OMB No. 0938-0566',
  ].join('\n'),
});

// ── 38. SHIP follow-up letter to client, text layer ──
const letter = lines({
  id: 's177-letter',
  kind: 's177-ship-client-follow-up-letter-text',
  before: 'Prairie Lantern Medicare Counseling · PO Box 64445 · Wichita, KS 67204',
  text: [
    'November 3, 2026            Client no. [64712]',
    'Dear Mr. Pruett: Thank you for meeting with us. Here is a summary of what we discussed.',
    '1. Your appeal of the denial for the neuroma procedure ({64632}) must reach Sunflower Heritage by 11/16/2026.',
    "2. For the planned sciatic surgery ({64712}) and block ({64445}), your HMO's prior authorization is pending.",
    '3. Open Enrollment runs Oct 15–Dec 7. If you change plans, the new plan may need a new PA for {64714}.',
    '4. SHIP counselors do not sell insurance. Medigap questions: KS Insurance Dept., 1300 SW Arrowhead Rd, Topeka KS [66604].',
  ].join('\n'),
});

// ── 39. SHIP referral fax cover sheet, text layer ──
const fax = lines({
  id: 's177-fax',
  kind: 's177-ship-referral-fax-cover-sheet-text',
  before: 'FAX — Prairie Lantern Medicare Counseling',
  text: [
    'To: Sunflower Heritage Appeals & Grievances   Fax: 1-855-555-0163   From: G. Menendez   Pages: 9',
    'Re: Member SH0047721, case [21604] — appeal of denial of {64632} (DOS requested 10/01/2026), with AOR form CMS-1696',
    'Enclosed: podiatry notes 6/2026–9/2026 (orthotics, injections {20550} x2), AOR, member letter',
    'Transmission no. [64632]   Job [21630]   Sent 11/04/2026 10:18   Return fax 316-555-0149',
  ].join('\n'),
});

// ── 40. Client satisfaction survey export, table ──
const survey = table({
  id: 's177-survey',
  kind: 's177-ship-client-satisfaction-survey-export-grid',
  caption: 'SHIP client survey responses — November 2026 — site PLMC-07',
  headers: ['Response ID', 'Client ZIP', 'Counselor ID', 'Rating', 'Comment'],
  rows: [
    ['[64612]', '[67208]', '[64632]', '5', 'Explained why my {64632} was denied and helped me appeal'],
    ['[64615]', '[67204]', '[11421]', '4', 'Helpful; long wait'],
    ['[64620]', '[67501]', '[11421]', '5', 'They found the duplicate {64445} charge on my MSN'],
  ],
});

// ── 41. "Medicare 101" slide deck text, text layer ──
const slides = lines({
  id: 's177-slides',
  kind: 's177-ship-medicare-101-slide-deck-text',
  before: 'Medicare 101 — Prairie Lantern community presentation — slides 14–17',
  text: [
    'Slide 14: Original Medicare vs Medicare Advantage — who decides if a procedure is covered?',
    'Slide 15: Example — sciatic nerve block (CPT {64445}), Medicare-approved $92.40: Part B pays 80% after deductible',
    'Slide 16: In an MA plan, surgery like {64712} or {64714} may need prior authorization; Original Medicare usually not',
    'Slide 17: Questions? Call 316-555-0142 or visit us: 223 S Main St, Wichita, KS [67202]. Deck v[20138]',
  ].join('\n'),
});

// ── 42. Medigap rate history by rating area, table ──
const rateHistory = table({
  id: 's177-ratehist',
  kind: 's177-medigap-rate-history-by-area-grid',
  caption: 'Heartland Assurance of Kansas — Plan G monthly rate, male 66, non-tobacco, by rating area (agent portal)',
  headers: ['Rating area', 'Sample ZIP', '2025', '2026', '2027 (filed)', 'SERFF tracking'],
  rows: [
    ['Area 1 — Wichita metro', '[67202]', '$118.20', '$124.90', '$131.40', 'HAKS-[13250]'],
    ['Area 1 — Wichita metro', '[67208]', '$118.20', '$124.90', '$131.40', 'HAKS-[13250]'],
    ['Area 2 — South central', '[67502]', '$109.75', '$116.05', '$122.60', 'HAKS-[13281]'],
    ['Area 3 — Kansas City suburbs', '[66062]', '$127.40', '$134.10', '$142.35', 'HAKS-[13302]'],
    ['Area 4 — Topeka/NE', '[66604]', '$113.30', '$119.80', '$126.70', 'HAKS-[13344]'],
    ['Area 5 — Western KS', '[67601]', '$104.90', '$110.60', '$116.95', 'HAKS-[13369]'],
  ],
});

// ── 43. Physician fee schedule look-up result, table ──
const mpfs = table({
  id: 's177-mpfs',
  kind: 's177-physician-fee-schedule-lookup-result-grid',
  caption: 'PFS Look-Up Tool — Year 2026 — Pricing information — MAC/Locality: Kansas (05202-00)',
  headers: ['HCPCS', 'Mod', 'MAC Locality', 'Non-Facility Price', 'Facility Price', 'Global', 'Status'],
  rows: [
    ['{64445}', '', '[05202]-00', '$139.62', '$92.40', '000', 'A'],
    ['{64712}', '', '[05202]-00', 'NA', '$801.17', '090', 'A'],
    ['{64714}', '', '[05202]-00', 'NA', '$744.06', '090', 'A'],
    ['{64632}', '', '[05202]-00', '$142.11', '$88.63', '010', 'A'],
    ['{64612}', '', '[05202]-00', '$178.31', '$151.90', '010', 'A'],
    ['{64612}', '50', '[05202]-00', 'Bilateral: 150%', '', '010', 'A'],
    ['{64455}', '', '[05202]-00', '$64.12', '$31.88', '000', 'A'],
    ['{28080}', '', '[05202]-00', '$561.70', '$497.21', '090', 'A'],
  ],
});

// ── 44. SHIP client roster CSV (counselor's caseload download), text layer ──
const roster = lines({
  id: 's177-roster',
  kind: 's177-ship-caseload-roster-csv-text',
  before: 'Caseload_Menendez_2026-11.csv — open follow-ups',
  text: [
    'client_id,last_name,zip,county_fips,last_contact,follow_up,open_issue',
    '[64712],Pruett,[67208],[20173],2026-10-26,2026-11-02,"appeal {64632} IDN; PA pending {64712}+{64445}"',
    '[64733],Pruett (D),[67208],[20173],2026-10-26,,"Part D only"',
    '[64751],Hollis,[67114],[20079],2026-10-27,2026-11-05,"MA denied {64714}; Level 1 appeal filed"',
    '[65014],Schroeder,[67060],[20173],2026-10-27,2026-11-10,"rate increase; asks G vs N"',
    '[65022],Villaseñor,[67501],[20155],2026-10-26,,"MSN dup {64445}; provider corrected"',
    '[65031],Grubb,[67037],[20015],2026-10-26,2026-12-01,"IEP; Botox {64612} planned 2027"',
    '[65047],Tiller,[67133],[20173],2026-10-29,2026-11-03,"ABN for 4th {64632} session"',
  ].join('\n'),
});

// ── 45. Second counseling session note (follow-up call), text layer ──
const sessionNote2 = lines({
  id: 's177-note2',
  kind: 's177-ship-counseling-session-notes-text',
  before: 'Session notes — W. Pruett — 11/02/2026 — phone, 30 min — client no. 64712',
  text: [
    'Heartland declined Medigap N (pending surgery {64712}). Great Bend G still in underwriting (app [71381]).',
    'PA for {64712} approved 10/31 (auth [22409]); {64445} needs no PA. {64714} not yet requested.',
    'Level 1 appeal of {64632} mailed 11/04 with podiatry notes; plan acknowledgment not yet received (fax job [21630]).',
    'Plan Finder re-run for ZIP [67208]: Meridian Prairie (HMO-POS) also requires PA for {64712}, {64714}, {64632}.',
    'Decision: stay in Sunflower Heritage for 2027; revisit at next AEP. Time spent 30 min, contact [50437].',
  ].join('\n'),
});

export const sealed177: readonly Snippet[] = [
  ...intake,
  ...calendar,
  ...sessionNote,
  ...nprExport,
  ...timeLog,
  ...escalation,
  ...pfResults,
  ...pfDetails,
  ...pfCompare,
  ...priceLookup,
  ...eoc,
  ...paList,
  ...paPdf,
  ...paTool,
  ...denial,
  ...anoc,
  ...directory,
  ...msn1,
  ...msnClaims,
  ...msnNotes,
  ...msnHandout,
  ...mgovClaims,
  ...blueButton,
  ...chat,
  ...rateQuote,
  ...gnWorksheet,
  ...gnCsv,
  ...outline,
  ...application,
  ...agentEmail,
  ...crm,
  ...soa,
  ...sideBySide,
  ...commission,
  ...sms,
  ...estimate,
  ...abn,
  ...letter,
  ...fax,
  ...survey,
  ...slides,
  ...rateHistory,
  ...mpfs,
  ...roster,
  ...sessionNote2,
];
