import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 128 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s128-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked,
 * `[64712]` anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for
 * codes (64713, 64708, 64615, 01250, 95886, 95910, 97110, 99024, 20552 ...) are labelled as codes too. About a third
 * of the decoys are numbers of the synthetic 10,000-code set (KNOWN_10K) used as consumer, facility and office ZIPs,
 * issuer ids, quote, case, claim, estimate, formulary, policy and control numbers. The five known codes' digits come
 * back as decoys: a HIOS issuer id inside QHP plan ids (and the 278 payer id), PO boxes of the carrier's appeals,
 * member services, utilization management and premium lockbox, a navigator case number, a consumer ZIP (Elmo, MO),
 * an EOC form number and a producer agency number.
 *
 * Family: ACA individual marketplace plan shopping, enrollment and post-enrollment help, as they meet one household's
 * peripheral-nerve procedures (a sciatic neuroplasty denied for missing prior authorization and won on appeal, a
 * planned lumbar plexus neuroplasty, facial-nerve chemodenervation and plantar digital nerve neurolysis): a broker's
 * quoting tool (household entry, plan compare grid, doctor/drug/procedure coverage check, procedure cost compare,
 * proposal PDF), a HealthCare.gov plan details page, an SBC first page, a plan cost estimator (search result and
 * facility grid), a provider directory and a drug formulary look-up, an evidence-of-coverage prior authorization
 * excerpt and its code appendix, a carrier medical policy coding section, the provider portal PA entry screen, an
 * X12 278 retro review request, the adverse determination letter, the member EOB, navigator case notes and an appeal
 * tracker, the consumer's appeal letter, the overturn letter, a federal external review request, a state insurance
 * complaint, the Marketplace eligibility notice, a Form 1095-A, an X12 834 renewal excerpt, a SEP verification
 * screen, a binder invoice, a renewal notice, a broker commission statement, CRM notes, a book-of-business CSV, a
 * carrier broker portal grid, a navigator monthly activity report, a consumer/broker e-mail thread, a surgeon
 * office's patient estimate, a member portal accumulator, a Transparency in Coverage in-network rate file and a
 * Patient Access API ExplanationOfBenefit.
 * Built on real public layouts: the HIOS plan id (five-digit issuer id, state, product and component, CSR variant),
 * the CMS SBC template's header and "Important Questions" rows, the HealthCare.gov eligibility results notice (and
 * its London, KY return address), IRS Form 1095-A Parts I and III line numbers, the FFM X12 834 companion guide
 * (REF*CE plan id, N4 county code, 2700-loop reporting categories PRE AMT 1, APTC AMT, RATING AREA), the X12 278
 * request (UM, HI, SV1), the CMS Transparency in Coverage in-network JSON schema, the CARIN Blue Button
 * ExplanationOfBenefit profile and the HHS-administered federal external review request form. The others are written
 * the way those pages read, with no single source.
 *
 * 358 labelled tokens over 40 shapes: 141 codes, 217 decoys, 78 of the decoys in KNOWN_10K. 98 tokens of the five
 * known codes are codes; their digits come back 43 times as decoys.
 */

// ── 1. Broker quoting tool: household entry screen, text layer (decoy only) ──
const quoteHousehold = lines({
  id: 's128-qhh',
  kind: 's128-broker-quote-household-entry-screen-text',
  before: 'New quote — Individual & Family (On-Exchange) — Step 1 of 4: Household',
  text: [
    'Quote #Q-[40713] · Created 11/03/2026 by R. Delgado (NPN 18402219) · Plan year 2027',
    'ZIP code: [64068]   County: Clay (FIPS [29047])   Rating area: MO Rating Area 4',
    'Applicant 1: Dana Whitfield, age 51, non-tobacco · Applicant 2: Mark Whitfield, age 54, tobacco: no',
    'Estimated 2027 household income (MAGI): [58400] (entered)  ·  Household size: 2  ·  FPL: 277%',
    'Estimated APTC: $[11376]/yr ($948/mo) · Benchmark (SLCSP): Gateway Silver 4000 EPO, [29830]MO0020011',
    'Previous quote on file: Q-[39803] (10/14/2026), ZIP [64089], county changed after move',
  ].join('\n'),
});

// ── 2. Broker quoting tool: plan comparison grid ──
const quoteCompare = table({
  id: 's128-qcmp',
  kind: 's128-broker-quote-plan-compare-grid',
  caption: 'Compare plans (4 selected) — sorted by net premium — ZIP 64068, Clay County',
  headers: ['Plan', 'Plan ID', 'Metal / CSR', 'Net prem/mo', 'Ded (ind)', 'MOOP', 'Network'],
  rows: [
    ['Prairie Mutual Silver 3500 HMO', '[64612]MO0140003-01', 'Silver', '$266.66', '$3,500', '$9,200', 'PM Select'],
    ['Prairie Mutual Bronze HSA 7000', '[64612]MO0140011-01', 'Bronze', '$0.00', '$7,000', '$8,050', 'PM Select'],
    [
      'Gateway Silver 4000 EPO',
      '[29830]MO0020011-01',
      'Silver (benchmark)',
      '$238.10',
      '$4,000',
      '$9,100',
      'Gateway Core',
    ],
    ['Ozark Blue Gold PPO 1500', '[74052]MO0050002-01', 'Gold', '$392.47', '$1,500', '$7,900', 'Blue Access'],
  ],
});

// ── 3. Broker quoting tool: doctor / drug / procedure coverage check panel, text layer ──
const quoteCoverageCheck = lines({
  id: 's128-qchk',
  kind: 's128-broker-quote-coverage-check-panel-text',
  before: 'Coverage check — Prairie Mutual Silver 3500 HMO (64612MO0140003-01)',
  text: [
    'Doctor: Alan Reyes MD, neurosurgery, NPI 1730284916 — In network (PM Select), Liberty, MO [64068]',
    'Doctor: Priya Natarajan DPM, podiatry — In network, 8901 NE 82nd Ter, Kansas City, MO [64157]',
    'Drug: Botox 100 unit vial (NDC [00023]-1145-01) — Tier 5 specialty, prior auth, medical benefit',
    'Procedure: {64712} Neuroplasty, sciatic nerve — Covered, prior authorization required',
    'Procedure: {64445} Sciatic nerve block, single injection — Covered; no PA when billed with {64712}',
    'Procedure: CPT {64612} (chemodenervation, facial nerve, unilateral) — Covered, PA required, specialist copay',
    'Procedure: {64632} — Covered; limit 3 per foot per plan year. Data as of carrier file [47092] (10/30/2026)',
  ].join('\n'),
});

// ── 4. Broker quoting tool: procedure cost comparison across plans ──
const quoteProcCost = table({
  id: 's128-qproc',
  kind: 's128-broker-quote-procedure-cost-compare-grid',
  caption: 'Estimated member cost for planned care (carrier transparency data, in-network, before APTC)',
  headers: ['', 'Description', 'Prairie Silver 3500', 'Gateway Silver 4000', 'Ozark Gold 1500'],
  rows: [
    ['{64712}', 'Sciatic nerve neuroplasty (outpatient)', '$3,500 + 20%', '$4,000 + 30%', '$1,500 + 20%'],
    ['{64445}', 'Sciatic nerve block', 'Included in surgery', '$410 after ded', '$65 copay'],
    ['{01250}', 'Anesthesia, upper leg nerve procedures', '20% after ded', '30% after ded', '20% after ded'],
    ['{64612}', 'Facial nerve chemodenervation', '$60 copay + drug', '$75 copay + drug', '$40 copay + drug'],
    ['{64632}', 'Plantar digital nerve neurolysis', '$60 copay', '30% after ded', '$40 copay'],
    ['{95910}', 'Nerve conduction studies, 7–8 studies', '20% after ded', '30% after ded', '20% after ded'],
  ],
});

// ── 5. Broker quote proposal PDF, text layer ──
const quoteProposal = lines({
  id: 's128-qpdf',
  kind: 's128-broker-quote-proposal-pdf-text',
  before: 'North Star Benefits — 2027 Health Plan Proposal prepared for Dana & Mark Whitfield',
  text: [
    'North Star Benefits LLC · 118 N Main St, Liberty, MO [64068] · Agency license [38243] · Proposal P-[27049]',
    "Recommendation: Prairie Mutual Silver 3500 HMO ([64612]MO0140003). Dana's surgeon and planned sciatic",
    'neuroplasty ({64712}) are in network; the plan requires prior authorization for {64712} and {64714}.',
    "Mark's Botox injections for hemifacial spasm (CPT {64612}) and foot nerve treatment ({64632}) are covered.",
    'Worst-case family exposure (MOOP): $18,400 on Prairie vs. $15,800 on Ozark Gold; carrier quote refs RQ-[16100], OB-[58084].',
    'Page 2 of 6 · Prepared 11/03/2026 · Quote Q-[40713] · Rates subject to Marketplace verification',
  ].join('\n'),
});

// ── 6. SBC page 1 header and important questions, PDF text layer (decoy only) ──
const sbcHeader = lines({
  id: 's128-sbc1',
  kind: 's128-sbc-header-important-questions-pdf-text',
  before: 'Summary of Benefits and Coverage: What this Plan Covers & What You Pay for Covered Services',
  text: [
    'Prairie Mutual Health Plan: Silver 3500 HMO    Coverage Period: 01/01/2027 - 12/31/2027',
    'Coverage for: Individual + Family | Plan Type: HMO | HIOS Plan ID: [64612]MO0140003-01',
    'What is the overall deductible? $3,500 individual / $7,000 family.',
    'Are there services covered before you meet your deductible? Yes. Preventive care and primary care visits.',
    'Questions: call 1-855-214-6612 or write to Member Services, PO Box [64712], Kansas City, MO [64141].',
    'SBC form ID PMH-SBC-27-[14112] · Page 1 of 8',
  ].join('\n'),
});

// ── 7. Plan cost estimator: search result screen, text layer ──
const estimatorResult = lines({
  id: 's128-estres',
  kind: 's128-plan-cost-estimator-search-result-text',
  before: 'Estimate costs for care · Member: Dana Whitfield · Plan: Silver 3500 HMO · Location: 64068',
  text: [
    'Showing results for "sciatic nerve surgery" (procedure code {64712}) within 25 miles of [64068]',
    'Neuroplasty, major peripheral nerve, arm or leg; sciatic nerve — CPT® {64712}',
    'Typical cost range in your area: $4,180 – $9,640 · What you may pay: $3,500 – $4,728',
    'Often billed with: {64445} nerve block · {01250} anesthesia · {99214} follow-up visit',
    'Also searched: lumbar plexus neuroplasty ({64714}), brachial plexus neuroplasty ({64713})',
    'Estimate ID EST-[55391]-2026 · Prices from negotiated rates file dated 10/01/2026',
  ].join('\n'),
});

// ── 8. Plan cost estimator: facility list grid ──
const estimatorFacilities = table({
  id: 's128-estfac',
  kind: 's128-plan-cost-estimator-facility-grid',
  caption: 'Where to get care: 64712 at in-network facilities',
  headers: ['Facility', 'Address', 'Distance', 'Est. total cost', 'You pay', 'Quality'],
  rows: [
    [
      'Liberty Hospital Ambulatory Surgery',
      '2525 Glenn Hendren Dr, Liberty, MO [64068]',
      '1.8 mi',
      '$5,210',
      '$3,842',
      '4.5',
    ],
    [
      'North Kansas City Hospital',
      '2800 Clay Edwards Dr, N Kansas City, MO [64116]',
      '9.6 mi',
      '$7,985',
      '$4,397',
      '4.0',
    ],
    ['Plaza Surgery Center', '4801 Main St, Kansas City, MO [64112]', '17.2 mi', '$4,180', '$3,636', '4.5'],
    [
      'Northland Orthopedic & Spine ASC',
      '9200 NE Barry Rd, Kansas City, MO [64157]',
      '7.4 mi',
      '$4,620',
      '$3,724',
      'n/a',
    ],
  ],
});

// ── 9. Provider directory search results grid ──
const providerDirectory = table({
  id: 's128-provdir',
  kind: 's128-provider-directory-search-grid',
  caption: 'Find a doctor — PM Select network — "peripheral nerve surgery" near 64068',
  headers: ['Provider', 'Specialty', 'Office', 'ZIP', 'Accepting new', 'Procedures performed'],
  rows: [
    [
      'Alan Reyes, MD',
      'Neurological Surgery',
      'Liberty Neurosurgery Assoc.',
      '[64068]',
      'Yes',
      '{64712}, {64714}, {64713}',
    ],
    ['Grace Holloway, MD', 'Plastic Surgery (hand/nerve)', 'Midwest Nerve Center', '[64111]', 'No', '{64708}, {64712}'],
    ['Priya Natarajan, DPM', 'Podiatry', 'Northland Foot & Ankle', '[64157]', 'Yes', '{64632}, {28080}'],
    ['Samuel Oduya, MD', 'Neurology', 'KC Movement Disorders', '[64132]', 'Yes', '{64612}, {64615}, {95907}'],
    ['Lena Park, MD', 'Anesthesiology / Pain', 'Clay County Pain Clinic', '[64118]', 'Yes', '{64445}, {64447}'],
  ],
});

// ── 10. Drug formulary look-up grid ──
const formulary = table({
  id: 's128-formulary',
  kind: 's128-drug-formulary-lookup-grid',
  caption: 'Drug search results — 2027 Prairie Mutual Individual Formulary (ID [18128]) — "botulinum"',
  headers: ['Drug name', 'NDC', 'Tier', 'Requirements', 'Administered with'],
  rows: [
    [
      'onabotulinumtoxinA (Botox) 100 unit',
      '[00023]-1145-01',
      'Specialty (5)',
      'PA; medical benefit',
      'CPT {64612}, {64615}',
    ],
    [
      'onabotulinumtoxinA (Botox) 200 unit',
      '[00023]-3921-02',
      'Specialty (5)',
      'PA; medical benefit',
      '{64616}, {64642}',
    ],
    ['incobotulinumtoxinA (Xeomin) 100 unit', '[00259]-1610-01', 'Specialty (5)', 'PA; step therapy', '{64612}'],
    ['gabapentin 300 mg capsule', '[59762]-5027-1', 'Generic (1)', 'QL 270/30 days', '—'],
  ],
});

// ── 11. Evidence of coverage excerpt on prior authorization, PDF text layer ──
const eocPriorAuth = lines({
  id: 's128-eocpa',
  kind: 's128-evidence-of-coverage-prior-auth-excerpt-text',
  before: 'Prairie Mutual Health Plan Individual Evidence of Coverage 2026 — Section 5: Utilization Management',
  text: [
    '5.3 Services that need Prior Authorization. Surgery on a peripheral nerve, including neuroplasty of the',
    'sciatic nerve (CPT {64712}) or lumbar plexus (CPT {64714}), needs our approval before the service.',
    'Neurolytic destruction of a plantar digital nerve ({64632}) needs approval after the third session per foot.',
    'Chemodenervation ({64612} through {64647}) needs approval of both the injection and the drug.',
    'Nerve blocks such as {64445} given for anesthesia during an approved surgery do not need separate approval.',
    'If a Network Provider fails to obtain approval, you are not responsible. Form [64714]-MO-IND (09/2025), p. 41.',
  ].join('\n'),
});

// ── 12. EOC appendix: prior authorization code list grid ──
const eocAppendix = table({
  id: 's128-eocappx',
  kind: 's128-evidence-of-coverage-prior-auth-appendix-grid',
  caption: 'Appendix C — Procedures requiring Prior Authorization (nervous system)',
  headers: ['CPT/HCPCS', 'Service', 'Setting', 'Notes'],
  rows: [
    [
      '{64702}–{64727}',
      'Neuroplasty and decompression, peripheral nerve',
      'Outpatient / inpatient',
      'Includes {64712}, {64714}',
    ],
    ['{64632}', 'Destruction, plantar common digital nerve', 'Office', 'After 3 sessions per foot'],
    ['{64612}, {64615}', 'Chemodenervation, facial / head-and-neck', 'Office', 'Drug needs PA too'],
    ['{64555}', 'Neurostimulator electrodes, peripheral nerve', 'Outpatient', 'Trial and permanent'],
    ['{64999}', 'Unlisted nervous system procedure', 'Any', 'Send op plan'],
  ],
});

// ── 13. Carrier prior authorization portal: request entry screen, text layer ──
const paRequest = lines({
  id: 's128-pareq',
  kind: 's128-carrier-prior-auth-portal-request-screen-text',
  before: 'Prairie Mutual Provider Portal › Authorizations › New outpatient request',
  text: [
    'Member ID: PMH-[31047]-01 · Plan: Silver 3500 HMO (QHP [64612]MO0140003-05) · Effective 04/01/2026',
    'Requesting provider: Liberty Neurosurgery Associates, TIN 43-1872265, 2521 Glenn Hendren Dr, Liberty, MO [64068]',
    'Service line 1: CPT {64712} · Units 1 · Modifier RT · Dx G57.01, M54.31',
    'Service line 2: CPT {64445} · Units 1 · Anesthesia by separate provider · Dx G57.01',
    'Planned date 09/17/2026 · Place of service 24 · Reference # PA-[26095]-0912 saved as draft',
  ].join('\n'),
});

// ── 14. Carrier prior authorization denial letter, text layer ──
const paDenial = lines({
  id: 's128-padeny',
  kind: 's128-carrier-prior-auth-denial-letter-text',
  before: 'NOTICE OF ADVERSE BENEFIT DETERMINATION',
  text: [
    'Prairie Mutual Health Plan · Utilization Management · PO Box [64632] · Kansas City, MO [64141]',
    'Member: Dana Whitfield   Member ID: PMH-[31047]-01   Case: UM-2026-[47171]',
    'Retrospective review, DOS 09/17/2026: neuroplasty of the sciatic nerve, right (CPT {64712}), with sciatic block ({64445}).',
    'Decision: not approved. The records do not show 6 weeks of conservative care or EMG/NCS ({95886}, {95910}).',
    'Criteria applied: PMH Medical Policy MP-[20175] Peripheral Nerve Decompression, section 3.1.',
    'You may ask for an internal appeal within 180 days. Write to Appeals, PO Box [64712], Kansas City, MO [64141].',
  ].join('\n'),
});

// ── 15. Member explanation of benefits: denied claim grid ──
const eobDenied = table({
  id: 's128-eob',
  kind: 's128-member-eob-denied-claim-grid',
  caption: 'Explanation of Benefits — THIS IS NOT A BILL — Claim 2026-0921-[88405] — Dana Whitfield',
  headers: ['Date', 'Service', 'Code', 'Billed', 'Plan allowed', 'Plan paid', 'You owe', 'Remark'],
  rows: [
    ['09/17/2026', 'Nerve surgery, hip/thigh', '{64712}-RT', '$6,840.00', '$0.00', '$0.00', '$0.00', 'PA1'],
    ['09/17/2026', 'Nerve block', '{64445}', '$1,120.00', '$0.00', '$0.00', '$0.00', 'PA1'],
    ['09/17/2026', 'Anesthesia', '{01250}-AA', '$2,310.00', '$0.00', '$0.00', '$0.00', 'PA1'],
    ['09/17/2026', 'Facility fee, ASC', 'Rev 0360', '$10,450.00', '$0.00', '$0.00', '$0.00', 'PA1'],
    ['09/17/2026', 'Ultrasound guidance', '{76942}', '$310.00', '$0.00', '$0.00', '$0.00', 'PA1'],
  ],
});

// ── 16. Navigator case notes, CRM text ──
const navigatorNotes = lines({
  id: 's128-navnotes',
  kind: 's128-navigator-case-notes-text',
  before: 'Heartland Navigator Network — Client services record — Assister: T. Mbeki (CAC)',
  text: [
    'Case #[64632] · Consumer: Dana Whitfield, Liberty, MO [64068] · Category: post-enrollment – claim denial / appeal',
    '10/02/2026 14:10 Consumer called re: denied claim 2026-0921-[88405], surgery CPT {64712} on 09/17.',
    'EOB remark PA1 = no prior auth on file. Surgeon office says PA-[26095]-0912 was submitted but left as draft.',
    'Retro review was denied 09/25. Explained internal appeal rights; helped her request UM case UM-2026-[47171] file.',
    '10/06/2026 09:45 Reviewed policy MP-[20175]: EMG/NCS done 07/2026 ({95886}, {95910}); PT notes ({97110}) x8.',
    'Drafted appeal letter asking retro review for {64712} and {64445}. Sent by fax to 816-555-0190, conf. [30460].',
    'ASC biller says the rebill will show RT {64712} and 59 {64445} (block by separate anesthesia provider).',
    '10/06/2026 Also noted spouse Mark due for {64612} on 11/12: confirm PA before. Closed follow-up task [17020].',
  ].join('\n'),
});

// ── 17. Consumer internal appeal letter, text layer ──
const appealLetter = lines({
  id: 's128-appeal',
  kind: 's128-consumer-internal-appeal-letter-text',
  before: 'Request for Internal Appeal — Prairie Mutual Health Plan, Appeals Department',
  text: [
    'Dana Whitfield, 614 Ridgeview Ct, Liberty, MO [64068] · Member ID PMH-[31047]-01',
    'To: Appeals, PO Box [64712], Kansas City, MO [64141]   Re: Claim 2026-0921-[88405], case UM-2026-[47171]',
    'I am appealing the denial of my right sciatic nerve release, billed as {64712}, and the nerve block {64445}.',
    'My surgeon submitted the authorization request (PA-[26095]-0912) before the surgery; your portal did not send it.',
    "Enclosed: EMG/NCS report ({95886}/{95910}), eight PT visits ({97110}), and Dr. Reyes's letter.",
  ].join('\n'),
});

// ── 18. Appeal decision letter (overturned), text layer ──
const appealDecision = lines({
  id: 's128-appdec',
  kind: 's128-carrier-appeal-decision-letter-text',
  before: 'Notice of Internal Appeal Decision — Decision: Overturned',
  text: [
    'Appeal number AP-[57012] received 10/08/2026; decided 10/29/2026 by a board-certified neurosurgeon reviewer.',
    'We have reversed our decision. Claim 2026-0921-[88405] will be reprocessed: {64712}-RT, {64445} and {01250}.',
    'Your share will apply to your $3,500 deductible; the reprocessed claim will carry number 2026-1101-[88404].',
    'Questions: 1-855-214-6612 · Appeals, PO Box [64712], Kansas City, MO [64141] · Letter ref. [22005]',
  ].join('\n'),
});

// ── 19. Federal external review request form, text layer ──
const externalReview = lines({
  id: 's128-extrev',
  kind: 's128-federal-external-review-request-form-text',
  before: 'HHS-Administered Federal External Review Request Form',
  text: [
    '1. Name: Mark Whitfield   Address: 614 Ridgeview Ct, Liberty, MO [64068]   Phone: 816-555-0127',
    '3. Health plan: Prairie Mutual Health Plan   Plan ID: [64612]MO0140003-05   Claim/reference: AP-[57214]',
    '5. Service denied: chemodenervation, facial nerve (CPT {64612}) and Botox 100 units, DOS 11/12/2026',
    '6. Reason you disagree: hemifacial spasm confirmed; prior {64612} sessions on 05/14 and 08/13 worked.',
    'Mail to: MAXIMUS Federal Services, 3750 Monroe Ave, Suite 705, Pittsford, NY [14534]',
  ].join('\n'),
});

// ── 20. State insurance department consumer complaint form, text layer ──
const doiComplaint = lines({
  id: 's128-doi',
  kind: 's128-state-insurance-complaint-form-text',
  before: 'Missouri Department of Commerce & Insurance — Consumer Complaint (online)',
  text: [
    'Complaint no. [52146] · Filed 10/20/2026 · Type: Health — claim denial / prior authorization',
    'Company: Prairie Mutual Health Plan, NAIC company code [95432], HIOS issuer [64612]',
    'Policy/Certificate no.: [73572]-022 · Claim no.: 2026-0921-[88405]',
    'Describe: my sciatic nerve surgery ({64712}) was denied for no prior authorization although the surgeon asked.',
    'DCI, Consumer Affairs, PO Box 690, Jefferson City, MO [65102]-0690',
  ].join('\n'),
});

// ── 21. Marketplace eligibility determination notice, text layer ──
const eligibilityNotice = lines({
  id: 's128-elig',
  kind: 's128-marketplace-eligibility-notice-text',
  before: 'Health Insurance Marketplace® — Your Eligibility Results',
  text: [
    'Application ID: 5207438816 · Application date: 03/19/2026 · Notice number: [12410]',
    'Dana Whitfield, 614 Ridgeview Ct, Liberty, MO [64068]-4129',
    'You qualify for a Special Enrollment Period (loss of job-based coverage on 03/15/2026) until 05/14/2026.',
    'Household qualifies for advance payments of the premium tax credit up to $947/month and cost-sharing reductions.',
    'Estimated annual household income used: $58,400. Health Insurance Marketplace, 465 Industrial Blvd, London, KY [40750]-0001',
  ].join('\n'),
});

// ── 22. Form 1095-A, text layer ──
const form1095a = lines({
  id: 's128-1095a',
  kind: 's128-form-1095a-text-layer',
  before:
    'Form 1095-A Health Insurance Marketplace Statement 2025 — Department of the Treasury, Internal Revenue Service',
  text: [
    '1 Marketplace identifier 29-FFM   2 Marketplace-assigned policy number [73618]-015',
    "3 Policy issuer's name Prairie Mutual Health Plan   4 Recipient's name Cole Brandt   6 Recipient's date of birth 03/02/1963",
    '10 Policy start date 01/01/2025   11 Policy termination date 12/31/2025',
    '12 Street address 402 N Main St   13 City Elmo   14 State MO   15 Country and ZIP or foreign postal code US [64445]',
    '21 January   1118.40   1102.15   874.00',
    '33 Annual Totals   [13420].80   [13225].80   [10488].00',
    'Cat. No. [60703]Q   Form 1095-A (2025)',
  ].join('\n'),
});

// ── 23. X12 834 enrollment transaction excerpt (decoy only) ──
const x12834 = lines({
  id: 's128-834',
  kind: 's128-x12-834-enrollment-transaction-text',
  before: '834 Benefit Enrollment and Maintenance — inbound from FFM, file FFM.IN.D261103',
  text: [
    'ST*834*[40552]*005010X220A1~BGN*00*[82186]*20261103*0412****2~',
    'INS*Y*18*021*EC*A***AC~REF*0F*0003381244~REF*17*[73572]-022~DTP*356*D8*20270101~',
    'NM1*IL*1*WHITFIELD*DANA****34*XXX002207~N3*614 RIDGEVIEW CT~N4*LIBERTY*MO*[64068]**CY*[29047]~',
    'HD*021**HLT*[64612]MO014000305*FAM~DTP*348*D8*20270101~REF*CE*[64612]MO0140003-05~',
    'LS*2700~LX*1~N1*75*PRE AMT 1~REF*9X*1214.66~LX*2~N1*75*APTC AMT~REF*9X*948.00~',
    'LX*3~N1*75*RATING AREA~REF*9X*R-MO004~LE*2700~SE*38*[40552]~',
  ].join('\n'),
});

// ── 24. Carrier broker commission statement grid ──
const commission = table({
  id: 's128-comm',
  kind: 's128-carrier-broker-commission-statement-grid',
  caption: 'Prairie Mutual — Producer Commission Statement — Nov 2026 — Agency [64714] (North Star Benefits)',
  headers: ['Policy #', 'Insured', 'Plan ID', 'Eff date', 'Members', 'Premium', 'Basis', 'Commission'],
  rows: [
    ['[73572]-022', 'WHITFIELD, DANA', '[64612]MO0140003-05', '04/01/2026', '2', '$1,162.10', '$18.00 PMPM', '$36.00'],
    ['[73588]-117', 'OKAFOR, JUDE', '[64612]MO0140011-01', '01/01/2026', '1', '$498.71', '$18.00 PMPM', '$18.00'],
    ['[73602]-409', 'LINDQVIST, ANA', '[64612]MO0140003-04', '06/01/2026', '3', '$1,587.33', '$18.00 PMPM', '$54.00'],
    [
      '[73618]-015',
      'BRANDT, COLE (Elmo, MO [64445])',
      '[64612]MO0140007-01',
      '01/01/2026',
      '1',
      '$1,118.40',
      'Chargeback',
      '-$18.00',
    ],
    ['Agency [64714] total', '', '', '', '7', '$4,366.54', '', 'Check no. [40174] $90.00'],
  ],
});

// ── 25. Special enrollment period verification screen, text layer (decoy only) ──
const sepVerification = lines({
  id: 's128-sep',
  kind: 's128-sep-verification-screen-text',
  before: 'Application 5207438816 › Confirm your Special Enrollment Period eligibility',
  text: [
    'Event: Loss of qualifying coverage · Event date 03/15/2026 · SEP verification issue SVI-[20856]',
    'Previous coverage: employer group plan, group no. [45012], Acme Printing Co., Kansas City, MO [64120]',
    'Accepted documents: letter from employer, COBRA notice, or certificate of creditable coverage',
    'Uploaded: COBRA_notice.pdf (document ID [83643]) on 03/24/2026 · Status: Verified 03/31/2026',
    'Coverage start: 04/01/2026 · Pended enrollment released to issuer [64612] on 04/01/2026',
  ].join('\n'),
});

// ── 26. Broker CRM client notes, text ──
const brokerNotes = lines({
  id: 's128-crm',
  kind: 's128-broker-crm-client-notes-text',
  before: 'AgencyBloc · Contact: Whitfield, Dana · Household 58183 · Notes (newest first)',
  text: [
    '11/04 RD: Renewal. Dana wants the same network — Dr. Reyes may still need lumbar plexus work ({64714}) in 2027.',
    "11/04 RD: Mark's neurologist bills {64612} every 12 weeks + Botox J0585; both ok on Prairie 2027 formulary [18128].",
    '10/07 RD: Navigator case [64632] helping w/ appeal on {64712} denial — I sent Prairie broker desk ticket [21235].',
    "09/30 RD: Claim for sciatic release {64712} + block {64445} denied PA1. Surgeon's PA never submitted; retro review pending.",
    '04/02 RD: SEP verified, app 5207438816 effectuated, binder paid (conf [86606]). Elmo, MO [64445] client is Cole Brandt, not this HH.',
  ].join('\n'),
});

// ── 27. Broker book-of-business CSV export, text ──
const bookCsv = lines({
  id: 's128-bobcsv',
  kind: 's128-broker-book-of-business-csv-text',
  before: 'book_of_business_2026-11-05.csv',
  text: [
    'policy_id,last_name,first_name,zip,county_fips,hios_plan_id,effective,status,premium_2026,open_items',
    '[73572]-022,WHITFIELD,DANA,[64068],[29047],[64612]MO0140003-05,2026-04-01,Active,[10458].90,"appeal {64712} won; PA needed {64714} in 2027"',
    '[73618]-015,BRANDT,COLE,[64445],[29147],[64612]MO0140007-01,2026-01-01,Termed,1118.40,',
    '[73602]-409,LINDQVIST,ANA,[64157],[29047],[64612]MO0140003-04,2026-06-01,Active,[11111].31,"Morton neuroma; {64632} x2 done"',
    '[80498]-331,OKAFOR,JUDE,[64152],[29165],[74052]MO0050002-01,2026-01-01,Active,5984.52,',
  ].join('\n'),
});

// ── 28. Carrier broker portal: client service and authorization status grid ──
const brokerPortal = table({
  id: 's128-bportal',
  kind: 's128-carrier-broker-portal-client-status-grid',
  caption: 'Broker Connect › My clients › Authorizations and claims (read-only view)',
  headers: ['Client', 'Member ID', 'Ref #', 'Type', 'Proc', 'Status', 'Updated'],
  rows: [
    ['Whitfield, Dana', 'PMH-[31047]-01', 'UM-2026-[47171]', 'Retro review', '{64712}', 'Denied', '09/25/2026'],
    ['Whitfield, Dana', 'PMH-[31047]-01', 'AP-[57012]', 'Appeal', '{64712}, {64445}', 'Overturned', '10/29/2026'],
    [
      'Whitfield, Mark',
      'PMH-[31047]-02',
      'AP-[57214]',
      'Appeal',
      '{64612}',
      'Upheld – ext. review filed',
      '11/02/2026',
    ],
    ['Lindqvist, Ana', 'PMH-[29651]-01', 'UM-2026-[46027]', 'Prior auth', '{64632} x3', 'Approved', '08/20/2026'],
  ],
});

// ── 29. Carrier binder payment invoice, text layer (decoy only) ──
const binderInvoice = lines({
  id: 's128-binder',
  kind: 's128-carrier-binder-payment-invoice-text',
  before: 'Prairie Mutual Health Plan — Initial Premium (Binder) Invoice',
  text: [
    'Invoice [86135] · Policy [73572]-022 · Coverage begins 04/01/2026 · Plan [64612]MO0140003-05',
    'Total monthly premium $1,162.10 · Advance premium tax credit -$947.00 · Amount due $215.10',
    'Pay by 04/30/2026. Mail to: Prairie Mutual Premium Lockbox, PO Box [64445], Kansas City, MO [64187]-0445',
    'Account no. PMH-[31047] · Remit stub scan line 0003381244 [73572]-022 000021510',
  ].join('\n'),
});

// ── 30. Navigator grant monthly activity report by ZIP (decoy only) ──
const navigatorActivity = table({
  id: 's128-navact',
  kind: 's128-navigator-monthly-activity-by-zip-grid',
  caption: 'Heartland Navigator Network — October 2026 post-enrollment assists by consumer ZIP (grant [90702])',
  headers: ['ZIP', 'County', 'Appeals help', 'SEP help', 'Claims / billing', 'Total'],
  rows: [
    ['[64068]', 'Clay ([29047])', '4', '6', '9', '19'],
    ['[64118]', 'Clay ([29047])', '1', '3', '5', '9'],
    ['[64152]', 'Platte ([29165])', '0', '2', '4', '6'],
    ['[64445]', 'Nodaway ([29147])', '0', '1', '1', '2'],
    ['[64132]', 'Jackson ([29095])', '2', '8', '7', '17'],
  ],
});

// ── 31. Consumer and broker e-mail thread, text ──
const emailThread = lines({
  id: 's128-email',
  kind: 's128-consumer-broker-email-thread-text',
  before: 'Re: Re: surgery bill — which plan for 2027?',
  text: [
    'From: Dana Whitfield · To: Rosa Delgado <rosa@northstarbenefits.com> · Mon, 9 Nov 2026 08:14',
    'Rosa, the surgery center finally rebilled — codes {64712} and {64445} are on the new EOB as paid, claim 2026-1101-[88404].',
    'Dr. Reyes wants to do the lumbar plexus one ({64714}) next spring. Does Prairie still cover it in 2027?',
    '> On Fri, Nov 6, Rosa Delgado wrote: Yes, {64714} is covered with prior authorization; plan [64612]MO0140003 renews.',
    "> Ticket [21235] with the broker desk is closed. Mark's {64612} denial is with external review, ref AP-[57214].",
  ].join('\n'),
});

// ── 32. Surgeon office patient cost estimate grid ──
const surgeonEstimate = table({
  id: 's128-surgest',
  kind: 's128-surgeon-office-patient-estimate-grid',
  caption:
    'Liberty Neurosurgery Associates — Patient Cost Estimate #[33147] — Insurance: Prairie Mutual Silver 3500 HMO',
  headers: ['Line', 'CPT', 'Description', 'Qty', 'Contracted', 'Est. patient'],
  rows: [
    ['1', '{64714}', 'Neuroplasty, lumbar plexus', '1', '$2,418.00', '$2,418.00'],
    ['2', '{64445}', 'Sciatic nerve block (anesthesia group bills)', '1', '$186.00', '$37.20'],
    ['3', '{99024}', 'Post-op visit (global)', '2', '$0.00', '$0.00'],
    ['4', '{01250}', 'Anesthesia (billed by Northland Anesthesia, ref [44210])', '1', '$1,048.00', '$209.60'],
    [
      '5',
      '',
      'Hospital outpatient facility (estimate from Liberty Hospital, ref [28749])',
      '1',
      '$9,310.00',
      '$1,082.00',
    ],
  ],
});

// ── 33. Member portal deductible / out-of-pocket accumulator with recent claims grid ──
const accumulator = table({
  id: 's128-accum',
  kind: 's128-member-portal-accumulator-claims-grid',
  caption: 'My Plan › Spending — Family deductible $4,612 of $7,000 met · Out-of-pocket $5,288 of $18,400',
  headers: ['Claim #', 'Member', 'Provider', 'Service', 'Date', 'Applied to ded.'],
  rows: [
    [
      '2026-1101-[88404]',
      'Dana',
      'Northland Orthopedic & Spine ASC',
      'Surgery {64712}; block {64445}',
      '09/17/2026',
      '$3,500.00',
    ],
    [
      '2026-0814-[71338]',
      'Mark',
      'KC Movement Disorders',
      'Chemodenervation ({64612}) + drug',
      '08/13/2026',
      '$612.00',
    ],
    ['2026-0730-[71043]', 'Dana', 'Midwest Nerve Center', 'EMG {95886}, NCS {95910}', '07/30/2026', '$500.00'],
    [
      '2026-0514-[70941]',
      'Mark',
      'Northland Foot & Ankle',
      '{64632} (left 3rd interspace)',
      '05/14/2026',
      '$0.00 (copay)',
    ],
  ],
});

// ── 34. Transparency in Coverage in-network rates file, JSON excerpt ──
const ticJson = lines({
  id: 's128-tic',
  kind: 's128-transparency-in-coverage-in-network-json-text',
  before: '2026-11-01_Prairie-Mutual-Health-Plan_Individual-Marketplace_in-network-rates.json (excerpt)',
  text: [
    '{"reporting_entity_name":"Prairie Mutual Health Plan","reporting_entity_type":"health insurance issuer",',
    '"plan_id_type":"HIOS","plan_id":"[64612]MO014","plan_market_type":"individual","last_updated_on":"2026-11-01",',
    '"in_network":[{"negotiation_arrangement":"ffs","name":"NEUROPLASTY SCIATIC NERVE","billing_code_type":"CPT","billing_code":"{64712}",',
    '"negotiated_rates":[{"provider_references":[[40328],118],"negotiated_prices":[{"negotiated_type":"negotiated","negotiated_rate":1382.55}]}]},',
    '{"name":"N BLOCK INJ SCIATIC SNG","billing_code_type":"CPT","billing_code":"{64445}","negotiated_rates":[{"provider_references":[[40328],[40329]]',
    '{"name":"CHEMODENERV FACIAL NRV UNI","billing_code_type":"CPT","billing_code_type_version":"2026","billing_code":"{64612}"',
  ].join('\n'),
});

// ── 35. Patient Access API ExplanationOfBenefit (CARIN Blue Button), FHIR JSON excerpt ──
const fhirEob = lines({
  id: 's128-fhireob',
  kind: 's128-patient-access-api-fhir-eob-json-text',
  before: 'GET /fhir/R4/ExplanationOfBenefit?patient=PMH-31047-01 — response (app: MyHealthWallet)',
  text: [
    '"id":"eob-2026-1101-[88404]","type":{"coding":[{"code":"professional"}]},"billablePeriod":{"start":"2026-09-17"},',
    '"insurance":[{"focal":true,"coverage":{"reference":"Coverage/PMH-[73572]-022"}}],',
    '"item":[{"sequence":1,"productOrService":{"coding":[{"system":"http://www.ama-assn.org/go/cpt","code":"{64712}"}]},',
    '"modifier":[{"coding":[{"code":"RT"}]}],"locationCodeableConcept":{"coding":[{"code":"24"}]},"adjudication":[{"amount":{"value":1382.55}}]},',
    '{"sequence":2,"productOrService":{"coding":[{"system":"http://www.ama-assn.org/go/cpt","code":"{64445}"}]}}],',
    '"provider":{"reference":"Organization/[52421]"},"payee":{"party":{"reference":"Organization/[52421]"}}',
  ].join('\n'),
});

// ── 36. Plan renewal and crosswalk notice, text layer ──
const renewalNotice = lines({
  id: 's128-renew',
  kind: 's128-carrier-plan-renewal-crosswalk-notice-text',
  before: 'Your 2027 Renewal Notice — Prairie Mutual Health Plan',
  text: [
    'Your 2026 plan [64612]MO0140003 will renew into 2027 plan [64612]MO0140003 (no crosswalk needed).',
    'New monthly premium before tax credit: $1,214.66 (up 4.5%). Policy [73572]-022.',
    'Benefit change: prior authorization for office chemodenervation ({64612}, {64615}) moves to the drug vendor.',
    'Benefit change: {64632} limit changes from 3 per foot per plan year to 3 per foot per 12 months.',
    'Review other plans at HealthCare.gov by 12/15/2026 for 01/01/2027 coverage. Notice code RN-[11042].',
  ].join('\n'),
});

// ── 37. X12 278 prior authorization request from the surgeon's clearinghouse, text ──
const x12278 = lines({
  id: 's128-278',
  kind: 's128-x12-278-prior-auth-request-text',
  before:
    '278 Health Care Services Review — Request for Review (005010X217), retrospective, sent after the portal draft was found',
  text: [
    'ST*278*[30112]*005010X217~BHT*0007*13*PA-[26095]-0912*20260922*1032~',
    'HL*1**20*1~NM1*X3*2*PRAIRIE MUTUAL HEALTH PLAN*****PI*[64612]~',
    'HL*3*2*22*1~NM1*IL*1*WHITFIELD*DANA****MI*PMH-[31047]-01~DMG*D8*19750408*F~',
    'HL*4*3*EV*1~UM*HS*I*2*24:B~HI*ABK:G5701*ABF:M5431~DTP*472*D8*20260917~',
    'HL*5*4*SS*0~SV1*HC:{64712}:RT*6840*UN*1~HL*6*4*SS*0~SV1*HC:{64445}*1120*UN*1~',
    'SE*24*[30112]~',
  ].join('\n'),
});

// ── 38. Carrier medical policy, coding section, PDF text layer ──
const medicalPolicy = lines({
  id: 's128-mpcodes',
  kind: 's128-carrier-medical-policy-coding-section-text',
  before:
    'Medical Policy MP-20175: Peripheral Nerve Decompression and Neuroplasty — Applies to: Individual & Family (Marketplace)',
  text: [
    'Policy number MP-[20175] · Original effective date 01/01/2022 · Last reviewed 06/12/2026 · Next review 06/2027',
    'III. Coding. The following codes are considered medically necessary when the criteria in section 3.1 are met:',
    'CPT {64712} Neuroplasty, major peripheral nerve, arm or leg, open; sciatic nerve',
    'CPT {64713} brachial plexus · CPT {64714} lumbar plexus · CPT {64708} other than specified',
    'Not separately reimbursed with {64712} on the same date: {20552}, {20553} (trigger point), {64445} by the operating surgeon.',
    'Related policies: MP-[20188] Chemodenervation ({64612}–{64647}); MP-[20191] Neurolytic Destruction ({64632}, {64640}).',
    'Prairie Mutual Health Plan, 1300 Grand Blvd, Kansas City, MO [64106] · Page 6 of 9',
  ].join('\n'),
});

// ── 39. Navigator organisation's appeal assistance tracker grid ──
const navigatorTracker = table({
  id: 's128-navtrack',
  kind: 's128-navigator-appeal-assistance-tracker-grid',
  caption: 'Post-enrollment assistance tracker — appeals opened since 10/01 — export 11/05/2026',
  headers: ['Case', 'Consumer ZIP', 'Issuer', 'Issue', 'Svc code(s)', 'Stage', 'Next date'],
  rows: [
    ['[64632]', '[64068]', 'Prairie Mutual ([64612])', 'PA not obtained', '{64712}, {64445}', 'Won – reprocessed', '—'],
    [
      '[64690]',
      '[64118]',
      'Gateway ([29830])',
      'Out-of-network anesthesia',
      '{01250}',
      'Internal appeal',
      '11/20/2026',
    ],
    ['[64701]', '[64068]', 'Prairie Mutual ([64612])', 'Drug PA (Botox)', '{64612}', 'External review', '12/04/2026'],
    ['[64715]', '[64152]', 'Ozark Blue ([74052])', 'Frequency limit', '{64632}', 'Internal appeal', '11/30/2026'],
    ['[64722]', '[64133]', 'Gateway ([29830])', 'Not medically necessary', '{64714}', 'Intake', '11/09/2026'],
  ],
});

// ── 40. HealthCare.gov plan details page (window shopping), text layer ──
const planDetail = lines({
  id: 's128-plandetail',
  kind: 's128-marketplace-plan-details-page-text',
  before: 'HealthCare.gov › See plans & prices › Plan details',
  text: [
    'Prairie Mutual Silver 3500 HMO · Silver · HMO · Plan ID: [64612]MO0140003',
    'Estimated monthly premium $266.66 (after $948 tax credit) · For ZIP [64068] (Clay County)',
    'Deductible $3,500 individual · Out-of-pocket maximum $9,200 individual · Network: PM Select',
    'Medical management programs: prior authorization required for some outpatient surgery (see EOC, form [64714]-MO-IND).',
    'Plan brochure · Summary of Benefits and Coverage (PMH-SBC-27-[14112]) · Provider directory · Drug list [18128]',
  ].join('\n'),
});

export const sealed128: Snippet[] = [
  ...quoteHousehold,
  ...quoteCompare,
  ...quoteCoverageCheck,
  ...quoteProcCost,
  ...quoteProposal,
  ...sbcHeader,
  ...estimatorResult,
  ...estimatorFacilities,
  ...providerDirectory,
  ...formulary,
  ...eocPriorAuth,
  ...eocAppendix,
  ...paRequest,
  ...paDenial,
  ...eobDenied,
  ...navigatorNotes,
  ...appealLetter,
  ...appealDecision,
  ...externalReview,
  ...doiComplaint,
  ...eligibilityNotice,
  ...form1095a,
  ...x12834,
  ...commission,
  ...sepVerification,
  ...brokerNotes,
  ...bookCsv,
  ...brokerPortal,
  ...binderInvoice,
  ...navigatorActivity,
  ...emailThread,
  ...surgeonEstimate,
  ...accumulator,
  ...ticJson,
  ...fhirEob,
  ...renewalNotice,
  ...x12278,
  ...medicalPolicy,
  ...navigatorTracker,
  ...planDetail,
];
