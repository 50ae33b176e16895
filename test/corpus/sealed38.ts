import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 38 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/context.ts, lib/page/scan.ts), never read a score of an earlier sealed set, and never ran the
 * detector on these snippets. Its page shapes (`kind`, prefixed `s38-`) appear in no other corpus file. Score it once;
 * do not edit a snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too, also when they sit bare in prose (call notes, committee minutes, a newsletter column) or
 * under headers that do not say "CPT" (saved look-up codes, a case log in a tracker note, "special procedures").
 * About a third of the decoys are numbers of the synthetic 10,000-code set (KNOWN_10K) used as ZIPs, claim-number
 * suffixes, patient accounts, facility, cred-file, auth, meeting and folder ids, policy numbers and a spreadsheet
 * revenue cell. Decoys lean on the family's own five-digit habits: payer IDs (60054, 62308, 87726, 61101), MAC
 * contractor numbers (05302), Missouri 64xxx ZIPs next to nerve codes, five-digit street numbers in Johnson County,
 * county FIPS, unformatted revenue in a volume × rate model, and claim-line counts. The known codes' digits come back
 * as decoys: three payer PO boxes (64612, 64714, 64445), a claim-number suffix (64712), a provider-relations ticket
 * (64612) and an out-of-network member id (64632).
 *
 * Family: payer contracting and provider relations around a neuro/pain group: professional fee schedule exhibit
 * (code, description, rate, % of Medicare), ASC group rate sheet, contract amendment and carve-out exhibit, contract
 * abstract, hospital outpatient (OPPS) exhibit, payer reimbursement policy page and its applicable-codes table, provider
 * bulletin with a code-change table, a newsletter coding column, a medical/payment policy update summary, a prior
 * authorization code list, participation letter, single case agreement, CAQH ProView profile and hospital
 * affiliations, PECOS CMS-855I summary and CMS-855B IDTF attachment, KMAP Medicaid enrollment and a MO HealthNet
 * revalidation notice, provider portal account settings, ERA/EFT enrollment, clearinghouse payer list, delegated roster
 * update, directory attestation, credentialing tracker, contract model sheet and its assumptions tab, rate benchmark
 * against Medicare, fee schedule load audit, underpayment worklist, recovery summary, dispute letter and dispute aging
 * worklist, provider-relations call notes and joint operating committee minutes. Modelled (from memory, nothing
 * fetched) on real public layouts: CMS-855I sections 1A/2/4A/4B/6/15, the CMS-855B IDTF attachment list of CPT-4/HCPCS
 * codes with supervising physician and level of supervision, CAQH ProView practice location and hospital affiliation
 * sections, the MPFS Relative Value File bilateral and multiple-procedure indicators, CARC 59 / RARC N823, OPPS status
 * indicators and APCs with revenue codes, the CMS EFT/ERA enrollment data elements, and clearinghouse payer-ID lists.
 * The payer, group and facility names are invented; the others are written the way those pages read.
 *
 * 363 labelled tokens over 38 shapes: 156 codes, 207 decoys, 71 of the decoys in KNOWN_10K.
 */

// ── 1. Professional fee schedule exhibit attached to a payer agreement, table ──
const feeExhibit = table({
  id: 's38-feeexh',
  kind: 's38-fee-schedule-exhibit-a-rows',
  caption:
    'Exhibit A-1 — Professional Services Fee Schedule — Agreement No. PPH-[40417] — Heartland Neuro & Spine Associates, P.A.',
  headers: ['CPT/HCPCS', 'Mod', 'Description', 'Contract rate', '2024 MPFS (MO loc. 02)', '% of Medicare'],
  rows: [
    [
      '{64712}',
      '',
      'Neuroplasty, major peripheral nerve, arm or leg, open; sciatic nerve',
      '$812.40',
      '$580.29',
      '140%',
    ],
    [
      '{64714}',
      '',
      'Neuroplasty, major peripheral nerve, arm or leg, open; lumbar plexus',
      '$771.05',
      '$550.75',
      '140%',
    ],
    ['{64721}', '', 'Neuroplasty and/or transposition; median nerve at carpal tunnel', '$548.10', '$391.50', '140%'],
    ['{64445}', '', 'Injection(s), anesthetic agent(s) and/or steroid; sciatic nerve', '$139.16', '$107.05', '130%'],
    ['{64447}', '', 'Injection(s), anesthetic agent(s) and/or steroid; femoral nerve', '$124.54', '$95.80', '130%'],
    ['{64632}', '', 'Destruction by neurolytic agent; plantar common digital nerve', '$152.88', '$117.60', '130%'],
    [
      '{64612}',
      '',
      'Chemodenervation of muscle(s); muscle(s) innervated by facial nerve, unilateral',
      '$178.62',
      '$137.40',
      '130%',
    ],
    ['{64615}', '', 'Chemodenervation of muscle(s); for chronic migraine', '$163.02', '$125.40', '130%'],
    ['{95886}', '', 'Needle EMG, each extremity, with NCS; complete', '$118.30', '$91.00', '130%'],
    ['J0585', '', 'Injection, onabotulinumtoxinA, 1 unit', '$6.92', '$6.59', 'ASP + 5%'],
    ['', '', 'All codes not listed: 125% of the current MPFS, Missouri locality 02, carrier [05302]', '', '', ''],
  ],
});

// ── 2. ASC grouper rate sheet attached to a facility agreement, PDF text layer ──
const ascRate = lines({
  id: 's38-ascrate',
  kind: 's38-asc-group-rate-sheet-text',
  before: 'Attachment B-2 — Ambulatory Surgery Center Rate Sheet — Prairie Plains Health Plan — Facility Agreement',
  text: [
    'Facility: Roe Avenue Surgery Center, LLC, 9550 Roe Ave, Overland Park, KS [66207]   Plan facility ID [30712]',
    'Term: 01/01/2026 – 12/31/2027. Payment: lesser of billed charges or the group rate below, per procedure.',
    'Group 1 ($612.00): {64445}, {64450}, {64632}',
    'Group 3 ($1,488.00): {64624}, {64640}',
    'Group 5 ($2,940.00): {64712}, {64714}, {64721}',
    'Unlisted procedures ({64999}) and codes not on this sheet: 38% of billed charges, subject to medical review.',
    'Multiple procedures: 100% / 50% / 25% of group rate; bilateral (modifier 50) 150% of the group rate.',
    'Stop-loss: cases with billed charges above $45,000 are paid at 52% of total billed charges instead.',
    'Network Services: (913) 555-0148 · PO Box [64612], Kansas City, MO [64170]',
  ].join('\n'),
});

// ── 3. Contract amendment creating carve-outs, PDF text layer ──
const amendment = lines({
  id: 's38-amend',
  kind: 's38-contract-amendment-carve-out-text',
  before: 'AMENDMENT NO. 3 TO THE PROFESSIONAL SERVICES AGREEMENT',
  text: [
    'This Amendment No. 3 ("Amendment") to Agreement No. PPH-[40417] is entered into as of July 1, 2025, by and between',
    'Prairie Plains Health Plan, Inc., 2300 Main St, Kansas City, MO [64102] ("Plan"), and',
    'Heartland Neuro & Spine Associates, P.A., [10550] Quivira Rd, Suite 300, Overland Park, KS [66215] ("Provider").',
    '1. Section 4.2 is amended to add: Covered Services billed under CPT codes {64712}, {64713} and {64714} shall be',
    'carved out of the capitation arrangement in Exhibit C and reimbursed fee-for-service at 145% of the MPFS.',
    '2. Exhibit A-1 is amended so that chemodenervation ({64612}, {64615}, {64616}) is paid at 130% of the MPFS;',
    '   the drug supply (J0585) remains at ASP plus five percent (5%).',
    '3. Code {64632} is added to Attachment D (Services Requiring Prior Authorization) effective March 1, 2026.',
    '4. Except as set forth herein, all terms of the Agreement remain in full force and effect. Plan ref. [21776].',
  ].join('\n'),
});

// ── 4. Carve-out exhibit, table ──
const carveOut = table({
  id: 's38-carve',
  kind: 's38-carve-out-exhibit-c-rows',
  caption: 'Exhibit C-2 — Carve-Out Services (excluded from capitation) — Agreement PPH-[40417]',
  headers: ['Service category', 'Codes', 'Reimbursement', 'Per-case cap', 'Authorization'],
  rows: [
    ['Open peripheral nerve decompression', '{64712}, {64713}, {64714}', '145% MPFS', '$4,200', 'Required'],
    ['Nerve repair with synthetic conduit', '{64910}, {64911}', '145% MPFS', '$6,500', 'Required'],
    ['Chemodenervation, facial and neck', '{64612} (facial only)', '130% MPFS', 'n/a', 'Not required'],
    ['Transplant services', 'See Exhibit T', 'Case rate', '', 'Required'],
    ['Out-of-area emergency', 'Rev. 0450–0459', '100% of billed', '', 'Notify within 48 h'],
    ['Carve-out claims address', 'PO Box [64714], Kansas City, MO [64170]', '', '', ''],
  ],
});

// ── 5. Payer reimbursement policy page, web text ──
const reimbPolicy = lines({
  id: 's38-rpolicy',
  kind: 's38-payer-reimbursement-policy-page-text',
  before: 'Reimbursement Policy — Bilateral and Multiple Procedures — Prairie Plains Health Plan',
  text: [
    'Policy number: RP-2025-[10344]   Effective date: 02/01/2026   Applies to: Commercial, Medicare Advantage',
    'Overview: This policy describes how the Plan reimburses procedures reported with modifier 50 or with',
    'modifiers RT and LT on separate lines. Bilateral indicators follow the CMS MPFS Relative Value File.',
    'Example 1: {64445}-50 (sciatic nerve block, bilateral) is allowed at 150% of the unilateral fee schedule amount.',
    'Example 2: {64712} has bilateral indicator 1; when billed RT and LT on two lines, the second line is reduced to 50%.',
    'Example 3: {64612} describes a unilateral service; report the bilateral procedure with modifier 50, not 2 units.',
    'Codes with bilateral indicator 2 (already bilateral by definition), e.g. {64615}, are paid once regardless of modifier.',
    'Claims reduced under this policy carry CARC 59 and RARC N823. Questions: 1-800-555-0199, option 3.',
    'Document ID [22734] · Last reviewed 11/2025 · Reimbursement Policy Committee approval no. [55081]',
  ].join('\n'),
});

// ── 6. Applicable codes table under the reimbursement policy ──
const policyCodes = table({
  id: 's38-rpcodes',
  kind: 's38-policy-applicable-codes-table',
  caption: 'Applicable Codes — Reimbursement Policy RP-2025-10344 (list is not all-inclusive)',
  headers: ['Code', 'Short descriptor', 'Bilat. ind.', 'Mult. proc. ind.', 'Payment note'],
  rows: [
    ['{64445}', 'N block inj sciatic sng', '1', '2', '150% with -50'],
    ['{64632}', 'Destroy plantar digit nerve', '1', '2', 'Per web space, RT/LT'],
    ['{64612}', 'Chemodenerv musc w/ fac nrv unil', '1', '2', '150% with -50'],
    ['{64712}', 'Revise sciatic nerve', '1', '2', '150% with -50'],
    ['{64714}', 'Revise low back nerve(s)', '1', '2', '150% with -50'],
  ],
});

// ── 7. Provider newsletter announcing prior authorization changes, web text ──
const bulletin = lines({
  id: 's38-bulletin',
  kind: 's38-provider-bulletin-newsletter-text',
  before: 'Provider News — Network Bulletin — Volume 14, Issue 11 — November 2025',
  text: [
    'In this issue: prior authorization changes for interventional pain; CAQH re-attestation reminders; new EFT vendor.',
    'Beginning with dates of service on or after January 1, 2026, the following will require prior authorization:',
    'peripheral nerve destruction ({64632}, {64640}), genicular nerve radiofrequency ablation ({64624}) and sciatic nerve blocks',
    'billed with ultrasound guidance ({64445} with {76942}). Open neurolysis codes {64712} and {64714} keep their current rules.',
    'Questions? Call Provider Services at 1-866-555-0172 or write to PO Box [64445], Kansas City, MO [64141].',
    'Reminder: recredentialing packets mailed from our Lenexa office ([66219]) must be returned within 30 days.',
    'Bulletin no. PN-[25110] · Distribution list [31046] · To unsubscribe, update your portal notification settings.',
  ].join('\n'),
});

// ── 8. Code-level change table inside the bulletin ──
const bulletinTable = table({
  id: 's38-bultab',
  kind: 's38-bulletin-code-change-table',
  caption: 'Table 1 — Code-level changes effective 01/01/2026 (Commercial and Medicare Advantage)',
  headers: ['Code', 'Description', 'Change', 'Effective', 'Notes'],
  rows: [
    [
      '{64632}',
      'Destruction by neurolytic agent; plantar common digital nerve',
      'PA added',
      '01/01/2026',
      'Limit 2 per foot per 12 months',
    ],
    [
      '{64624}',
      'Destruction by neurolytic agent, genicular nerve branches',
      'PA added',
      '01/01/2026',
      'Prior diagnostic block {64454} required',
    ],
    ['{64445}', 'Injection, sciatic nerve', 'PA added when billed with {76942}', '01/01/2026', ''],
    [
      '{64612}',
      'Chemodenervation, muscles innervated by facial nerve, unilateral',
      'Rate change',
      '01/01/2026',
      'Fee schedule ID [22871]',
    ],
  ],
});

// ── 9. CAQH ProView profile, practice locations, key-value panel ──
const caqh = table({
  id: 's38-caqh',
  kind: 's38-caqh-proview-profile-panel',
  caption: 'CAQH ProView — Provider Profile — Practice Locations — Attested 10/28/2025',
  headers: ['Field', 'Value'],
  rows: [
    ['CAQH Provider ID', '16238841'],
    [
      'Primary practice location',
      'Heartland Neuro & Spine Associates, [10550] Quivira Rd, Suite 300, Overland Park, KS [66215]',
    ],
    ['Location phone / fax', '(913) 555-0186 / (913) 555-0187'],
    ['Practice tax ID', '48-1739260'],
    ['Group NPI', '1093847566'],
    ['Secondary location', '2340 E Meyer Blvd, Suite 300, Kansas City, MO [64132]'],
    ['Billing (remit) address', 'PO Box 879301, Kansas City, MO [64188]'],
    ['Medicare PTAN (Kansas)', '[17430]'],
    ['Hospital privileges', "Saint Luke's Hospital of Kansas City — Active; AdventHealth Shawnee Mission — Courtesy"],
    ['Special procedures performed (optional)', 'EMG/NCS ({95886}, {95910}); chemodenervation ({64612}, {64616})'],
    ['Professional liability policy no.', 'MPL-[73120]-09'],
    ['Limitations', 'Ages 16 and older'],
  ],
});

// ── 10. PECOS CMS-855I application summary, web text ──
const pecos855i = lines({
  id: 's38-855i',
  kind: 's38-pecos-855i-enrollment-summary-text',
  before: 'CMS-855I Medicare Enrollment Application — Physicians and Non-Physician Practitioners — PECOS summary',
  text: [
    'Section 1A: Reason for application — Adding a practice location (reassignment to a group already enrolled).',
    'Section 2: Nadia Farouk, MD   NPI 1558329041   Primary specialty: Neurology (13); secondary: Pain Management (72)',
    'Section 4A: Practice location — 2340 E Meyer Blvd, Suite 300, Kansas City, MO [64132]; phone (816) 555-0134',
    'Section 4B: Where remittance notices are sent — PO Box 879301, Kansas City, MO [64188]',
    'Medicare contractor: WPS J5, Missouri Part B ([05302]); PTAN requested for location [64132] effective 12/01/2025.',
    'Web tracking ID I20251104000312 · CMS correspondence ID [48275]',
    'Section 6: Reassignment of benefits to Heartland Neuro & Spine Associates, P.A. (group PTAN [17430]).',
    'Section 15: Certification signed electronically 11/04/2025. CMS-460 participation agreement on file.',
  ].join('\n'),
});

// ── 11. CMS-855B IDTF attachment: tests performed, table ──
const idtf855b = table({
  id: 's38-855b',
  kind: 's38-pecos-855b-idtf-codes-table',
  caption:
    'CMS-855B Attachment 2 — Independent Diagnostic Testing Facilities — Section 2: CPT-4 and HCPCS codes performed',
  headers: [
    'CPT-4/HCPCS code',
    'Test description',
    'Supervising physician (NPI)',
    'Level of supervision',
    'Location ZIP',
  ],
  rows: [
    ['{95907}', 'Nerve conduction studies; 1-2 studies', 'Farouk, N. (1558329041)', 'General', '[64132]'],
    ['{95911}', 'Nerve conduction studies; 9-10 studies', 'Farouk, N. (1558329041)', 'General', '[64132]'],
    ['{95886}', 'Needle EMG, each extremity, complete', 'Farouk, N. (1558329041)', 'Personal', '[64132]'],
    [
      '{76882}',
      'Ultrasound, limited, joint or soft tissue, extremity',
      'Okonjo, T. (1881736205)',
      'General',
      '[66215]',
    ],
  ],
});

// ── 12. State Medicaid provider enrollment application summary, key-value panel ──
const medicaidEnroll = table({
  id: 's38-kmap',
  kind: 's38-medicaid-enrollment-application-panel',
  caption: 'KanCare / KMAP Provider Enrollment — Individual within a group — Application summary',
  headers: ['Field', 'Entry'],
  rows: [
    ['Application tracking no.', '[20917]-KS'],
    ['Provider type / specialty', '31 Physician / 312 Neurology'],
    ['Taxonomy', '2084N0400X Neurology'],
    ['Service location', '[10550] Quivira Rd, Ste 300, Overland Park, KS [66215]-2213'],
    ['County', 'Johnson ([20091])'],
    ['Mail completed packet to', 'KMAP Provider Enrollment, PO Box 3571, Topeka, KS [66601]-3571'],
    ['MCO networks requested', 'Aetna Better Health of Kansas; Sunflower Health Plan; UnitedHealthcare Community Plan'],
    ['Provider role', 'Rendering (not ordering/referring only)'],
    ['Services provided (optional)', 'Nerve blocks {64445}, {64447}; chemodenervation {64612}; EMG/NCS'],
    ['Pay-to address', 'PO Box 879301, Kansas City, MO [64188]'],
    ['Site visit', 'Not required (limited risk category)'],
  ],
});

// ── 13. Payer provider portal, organization account settings, key-value panel ──
const portalSettings = table({
  id: 's38-portal',
  kind: 's38-provider-portal-account-settings-panel',
  caption: 'Provider Portal — My Account — Organization Settings — Prairie Plains Health Plan',
  headers: ['Setting', 'Value', 'Last changed'],
  rows: [
    ['Organization', 'Heartland Neuro & Spine Associates, P.A.', '06/11/2021'],
    ['Payer ID for electronic claims', '[47198]', '03/14/2024'],
    ['Administrator user ID', 'lmarsh[20844]', '01/09/2025'],
    ['Registered TINs', '48-1739260; 43-2288715', '01/09/2025'],
    ['Remittance (835) delivery', 'Via clearinghouse, submitter ID [33219]', '09/02/2025'],
    ['EFT account', 'UMB Bank, checking ••••4471', '09/02/2025'],
    ['Saved procedure codes (authorization look-up)', '{64712}, {64714}, {64445}, {64632}', '11/10/2025'],
    ['Default place of service', '11 — Office', ''],
    ['Default service location ZIP', '[66215]', '11/10/2025'],
    ['Bulletins and policy updates', 'Email, weekly digest', '05/20/2025'],
  ],
});

// ── 14. Network participation letter, PDF text layer ──
const partLetter = lines({
  id: 's38-partletter',
  kind: 's38-network-participation-letter-text',
  before: 'Prairie Plains Health Plan — Network Management — Participation confirmation',
  text: [
    'November 12, 2025',
    'Nadia Farouk, MD, Heartland Neuro & Spine Associates, 2340 E Meyer Blvd, Suite 300, Kansas City, MO [64132]',
    'Re: Participation confirmation — Provider ID [81244]-03 — Group ID [56310]',
    'Dear Dr. Farouk: We are pleased to confirm your participation in the Prairie Plains Commercial PPO and',
    'Medicare Advantage HMO networks, effective 12/01/2025, under Agreement No. PPH-[40417] with your group.',
    'You will be reimbursed under Exhibit A-1 of that Agreement. Please note that nerve destruction ({64632}) and',
    'chemodenervation services ({64612}, {64615}) are on the prior authorization list posted on our website.',
    'Your directory listing will show the Meyer Blvd location (ZIP [64132]) as accepting new patients.',
    'Network Management, 2300 Main St, Kansas City, MO [64102] · Letter reference [28168]',
  ].join('\n'),
});

// ── 15. Contract modeling spreadsheet, volume × rate, table ──
const model = table({
  id: 's38-model',
  kind: 's38-contract-model-volume-rate-sheet',
  caption: 'Contract model — Prairie Plains renewal 2026 — Neuro/Pain service line — tab "Model"',
  headers: [
    'CPT',
    'Description',
    '2024 volume',
    'Current rate',
    'Proposed rate',
    'Current revenue',
    'Proposed revenue',
    'Delta',
  ],
  rows: [
    ['{64712}', 'Neuroplasty, sciatic', '14', '812.40', '841.42', '[11374]', '[11780]', '406'],
    ['{64714}', 'Neuroplasty, lumbar plexus', '6', '771.05', '798.58', '4626', '4791', '165'],
    ['{64721}', 'Carpal tunnel release', '112', '548.10', '567.68', '[61387]', '[63580]', '2193'],
    ['{64445}', 'Sciatic nerve block', '238', '139.16', '144.13', '[33120]', '[34303]', '1183'],
    ['{64632}', 'Plantar digital nerve destruction', '41', '152.88', '158.34', '6268', '6492', '224'],
    ['{64612}', 'Chemodenervation, facial nerve', '187', '178.62', '185.00', '[33402]', '[34595]', '1193'],
    ['{95886}', 'Needle EMG, complete', '403', '118.30', '122.53', '[47675]', '[49380]', '1705'],
    ['Total', '', '1001', '', '', '197852', '204921', '7069'],
  ],
});

// ── 16. Contract model assumptions tab, text ──
const modelNotes = lines({
  id: 's38-modelnotes',
  kind: 's38-contract-model-assumptions-text',
  before: 'Model assumptions — tab "Notes" — Prairie Plains renewal 2026',
  text: [
    'Volumes: 2024 paid claims, Prairie Plains commercial only, from PM report [30118] run 09/15/2025.',
    'Rates: current = Exhibit A-1 (140%/130% of 2024 MPFS, MO locality 02); proposed = 145%/135% of 2025 MPFS.',
    '{64721} volume includes bilateral cases billed on two lines; payer pays the second at 50% (RP-2025-[10344]).',
    'Excluded: {64999} (unlisted, paid by report) and J0585 drug units, modeled on tab "Drugs".',
    'Sensitivity: if the payer holds {64445} flat and moves only surgical codes, the delta falls from $7,069 to $5,886.',
    "Payer counter-proposal (10/02): 138% for {64712}/{64714}, 133% for everything else; we haven't modeled MA yet.",
    'File: Renewal2026_v7.xlsx, owner T. Briggs, ext. 4418.',
  ].join('\n'),
});

// ── 17. Underpayment / variance worklist, table ──
const underpay = table({
  id: 's38-underpay',
  kind: 's38-underpayment-recovery-worklist',
  caption: 'Underpayment worklist — Prairie Plains — contract PPH-40417 — variance > $25 — owner T. Briggs',
  headers: ['Claim #', 'Patient acct', 'DOS', 'CPT', 'Billed', 'Expected', 'Paid', 'Variance', 'Status'],
  rows: [
    ['PP25-0918-[64712]', '[41874]', '09/18/2025', '{64721}', '1,450.00', '548.10', '391.50', '156.60', 'Appeal sent'],
    ['PP25-0922-[10314]', '[41903]', '09/22/2025', '{64445}', '380.00', '139.16', '107.05', '32.11', 'Reprocess req.'],
    ['PP25-0925-[10422]', '[42011]', '09/25/2025', '{64712}', '3,200.00', '812.40', '580.29', '232.11', 'Open'],
    ['PP25-1001-[10513]', '[42055]', '10/01/2025', '{64612}', '640.00', '178.62', '137.40', '41.22', 'Recovered'],
    ['PP25-1006-[10685]', '[42118]', '10/06/2025', '{95886}', '520.00', '118.30', '84.50', '33.80', 'Open'],
    [
      'PP25-1009-[10703]',
      '[42144]',
      '10/09/2025',
      '{64632}',
      '410.00',
      '152.88',
      '0.00',
      '152.88',
      'Denied CO-197; auth [77324] on file',
    ],
  ],
});

// ── 18. Provider dispute letter for an underpaid claim, PDF text layer ──
const disputeLetter = lines({
  id: 's38-dispute',
  kind: 's38-underpayment-dispute-letter-text',
  before: 'Provider Dispute Resolution Request — Level 1 — Heartland Neuro & Spine Associates, P.A.',
  text: [
    'To: Prairie Plains Health Plan, Attn: Provider Disputes, PO Box [20147], Kansas City, MO [64195]',
    'Re: Claim PP25-0925-[10422] · Patient account [42011] · DOS 09/25/2025 · Agreement No. PPH-[40417]',
    'The claim for open neurolysis of the sciatic nerve, CPT {64712}, was paid at $580.29, which is 100% of the MPFS',
    'for Missouri locality 02. Exhibit A-1 sets payment for {64712} at $812.40 (140% of MPFS), and Amendment No. 3',
    'carves {64712} out of capitation. We request an additional payment of $232.11 plus applicable prompt-pay interest.',
    'The operative report (attached) documents one unilateral procedure; no modifier 50 and no {64713} was billed.',
    'Enclosures: operative report (7 pp), remittance advice for check/EFT trace no. [70938], Exhibit A-1 (2 pp).',
    'Please direct questions to Tamika Briggs, Revenue Integrity, (913) 555-0166, internal ticket [88341].',
  ].join('\n'),
});

// ── 19. Provider relations representative's call notes, CRM text ──
const callNotes = lines({
  id: 's38-callnotes',
  kind: 's38-provider-relations-call-notes-text',
  before: 'Provider Relations — Call log — Heartland Neuro & Spine Associates — Rep: D. Whitcomb',
  text: [
    '11/06/2025 10:15 — Call with Lena Marsh (credentialing) and Tamika Briggs (revenue). Ticket #[64612] opened.',
    '1) Recred: Dr. Farouk CAQH attestation lapsed 10/31, re-attested 11/03. KMAP application [20917] still pending.',
    '2) Underpayments: 14 claims, mostly {64712} and {64721} paid at 100% MPFS instead of contract; sent to configuration.',
    '3) Group asked if {64445} with {76942} needs PA from 1/1 — yes for commercial; MA not until 04/01/2026.',
    '4) Load error: Exhibit A-1 line for {64612} keyed as {64615} in fee schedule [22871]; config ticket [31472].',
    '5) Meyer Blvd location ([64132]) missing from directory; roster update received 10/29 (file [50936]).',
    'Follow-up due 11/20. Callback (913) 555-0186.',
  ].join('\n'),
});

// ── 20. Payer portal fee schedule look-up results, table ──
const feeLookup = table({
  id: 's38-feelookup',
  kind: 's38-payer-portal-fee-lookup-results',
  caption: 'Fee Schedule Look-up — Product: Commercial PPO — Service ZIP 66215 — results as of 11/10/2025',
  headers: ['Procedure code', 'Modifier', 'Place of service', 'Allowed amount', 'Effective', 'Fee schedule'],
  rows: [
    ['{64712}', '', '22 / 24 (facility)', '$812.40', '01/01/2025', '[22871]'],
    ['{64445}', '', '11 (non-facility)', '$139.16', '01/01/2025', '[22871]'],
    ['{64632}', '', '11 (non-facility)', '$152.88', '01/01/2025', '[22871]'],
    ['{64612}', '', '11 (non-facility)', '$178.62', '01/01/2025', '[22871]'],
  ],
});

// ── 21. Rate benchmarking, contracted rates as percent of Medicare, table ──
const benchmark = table({
  id: 's38-bench',
  kind: 's38-percent-of-medicare-benchmark-table',
  caption: 'Rate benchmarking — contracted rates as % of 2025 MPFS (MO locality 02) — payer comparison',
  headers: ['HCPCS', 'MPFS non-fac.', 'MPFS fac.', 'Prairie Plains', 'Blue KC', 'Aetna', 'Cigna', 'KanCare MCO avg'],
  rows: [
    ['{64712}', 'NA', '$600.12', '140%', '152%', '128%', '135%', '86%'],
    ['{64714}', 'NA', '$569.58', '140%', '149%', '128%', '131%', '86%'],
    ['{64445}', '$110.71', '$74.90', '130%', '141%', '118%', '122%', '90%'],
    ['{64447}', '$99.08', '$66.21', '130%', '138%', '118%', '120%', '90%'],
    ['{64632}', '$121.62', '$71.35', '130%', '138%', '115%', '120%', '88%'],
    ['{64612}', '$142.10', '$112.87', '130%', '136%', '115%', '119%', '88%'],
    ['Payer ID', '', '', '[47198]', '[47163]', '[60054]', '[62308]', 'by MCO'],
  ],
});

// ── 22. Clearinghouse enrolled payer list, table ──
const payerList = table({
  id: 's38-payers',
  kind: 's38-clearinghouse-enrolled-payer-list',
  caption: 'Enrolled payers — Heartland Neuro & Spine Associates — submitter 33219',
  headers: ['Payer name', 'Payer ID', 'Claims', 'ERA', 'Enrollment status', 'Enrollment ticket'],
  rows: [
    ['Aetna', '[60054]', 'Yes', 'Yes', 'Active', 'ENR-[48390]'],
    ['Cigna', '[62308]', 'Yes', 'Yes', 'Active', 'ENR-[48395]'],
    ['UnitedHealthcare', '[87726]', 'Yes', 'Yes', 'Active', 'ENR-[48401]'],
    ['Humana', '[61101]', 'Yes', 'Enrollment required', 'Pending signature', 'ENR-[49017]'],
    ['WPS Medicare Part B — Missouri', '[05302]', 'Yes', 'Yes', 'Active', 'ENR-[48414]'],
    ['Prairie Plains Health Plan', '[47198]', 'Yes', 'Yes', 'Active', 'ENR-[48415]'],
  ],
});

// ── 23. Provider roster update sent to the payer, spreadsheet table ──
const roster = table({
  id: 's38-roster',
  kind: 's38-delegated-provider-roster-update',
  caption: 'Provider roster update — delegated credentialing — submitted 10/29/2025 — file 50936',
  headers: ['Action', 'Provider', 'NPI', 'Plan provider ID', 'Location', 'ZIP', 'Accepting new'],
  rows: [
    [
      'Add location',
      'Farouk, Nadia MD',
      '1558329041',
      '[81244]-03',
      '2340 E Meyer Blvd Ste 300, Kansas City MO',
      '[64132]',
      'Y',
    ],
    [
      'No change',
      'Okonjo, Tobenna MD',
      '1881736205',
      '[81250]-01',
      '[10550] Quivira Rd Ste 300, Overland Park KS',
      '[66215]',
      'Y',
    ],
    [
      'Term 12/31/2025',
      'Lindgren, Paul DO',
      '1700928453',
      '[79018]-01',
      '[10550] Quivira Rd Ste 300, Overland Park KS',
      '[66215]',
      'N',
    ],
    [
      'Add provider',
      'Reyes, Camila PA-C',
      '1932650187',
      'pending',
      '[12200] W 106th St, Overland Park KS',
      '[66215]',
      'Y',
    ],
    [
      'Address change',
      'Hale, Jordan MD',
      '1356721840',
      '[80433]-02',
      '[20375] W 151st St Ste 250, Olathe KS',
      '[66061]',
      'Y',
    ],
  ],
});

// ── 24. Credentialing / recredentialing status tracker, table ──
const credTracker = table({
  id: 's38-credtrack',
  kind: 's38-credentialing-status-tracker',
  caption: 'Payer enrollment tracker — Heartland Neuro & Spine — updated 11/07/2025 by L. Marsh',
  headers: ['Provider', 'Payer / program', 'Reference #', 'Submitted', 'Status', 'Notes'],
  rows: [
    ['Farouk, N.', 'KanCare (KMAP)', '[20917]-KS', '10/14/2025', 'Pending', 'Fingerprints not required'],
    ['Farouk, N.', 'Medicare (PECOS 855I)', 'Corresp. [48275]', '11/04/2025', 'In review', 'New location only'],
    ['Farouk, N.', 'Prairie Plains', 'Cred file [60713]', '09/30/2025', 'Approved', 'Effective 12/01/2025'],
    ['Reyes, C.', 'Blue KC', 'Case [37742]', '10/20/2025', 'Committee 11/19', ''],
    [
      'Okonjo, T.',
      'Aetna',
      'Recred [52211]',
      '08/01/2025',
      'Info requested',
      'Asked for case log: {64712} x14, {64714} x6, {64721} x112',
    ],
    ['Hale, J.', 'Cigna', 'Demographic change [39114]', '10/31/2025', 'Submitted', 'New Olathe address'],
  ],
});

// ── 25. ERA/EFT enrollment form, key-value panel ──
const eftForm = table({
  id: 's38-eft',
  kind: 's38-era-eft-enrollment-form-panel',
  caption: 'Electronic Funds Transfer (EFT) and ERA Enrollment — Prairie Plains Health Plan — Provider Information',
  headers: ['Field', 'Entry'],
  rows: [
    ['Provider name', 'Heartland Neuro & Spine Associates, P.A.'],
    ['Provider federal TIN', '48-1739260'],
    ['Group NPI', '1093847566'],
    ['Provider address', '[10550] Quivira Rd, Suite 300, Overland Park, KS [66215]-2213'],
    ['Financial institution', 'UMB Bank, n.a., 1010 Grand Blvd, Kansas City, MO [64106]'],
    ['Routing number / account type', '101000695 / checking'],
    ['ERA clearinghouse and trading partner ID', 'Availity, TPID [33219]'],
    ['Payer ID', '[47198]'],
    ['Preference for aggregation', 'TIN level'],
    ['Requested start', 'First remittance after 12/01/2025'],
  ],
});

// ── 26. Single case agreement for an out-of-network surgery, PDF text layer ──
const sca = lines({
  id: 's38-sca',
  kind: 's38-single-case-agreement-letter-text',
  before: 'SINGLE CASE AGREEMENT — Out-of-network services — Ozark Valley Health Plan',
  text: [
    'Member: Whitfield, Aaron J.   Member ID OVH-[64632]-01   Group [12058]   DOB 03/22/1969',
    'Provider: Heartland Neuro & Spine Associates, P.A. (non-participating), TIN 48-1739260, Overland Park, KS [66215]',
    'Service: open decompression of the lumbar plexus, CPT {64714}, with intraoperative neuromonitoring ({95940}).',
    'Related services covered under this agreement: pre-op visit ({99204}), post-op sciatic block {64445}.',
    'Rate: 150% of the Medicare allowable for the service location, payment within 30 days of a clean claim.',
    'Authorization no. [55616]; valid 12/01/2025 – 02/28/2026. Member held harmless beyond cost sharing.',
    'Member address on file: 1407 E Sunshine St, Springfield, MO [65804]; PCP Dr. L. Moss, Ozark Valley network.',
    'Submit claims to Ozark Valley Health Plan, PO Box [10345], Springfield, MO [65808], referencing SCA [30051].',
  ].join('\n'),
});

// ── 27. Joint operating committee minutes between payer and group, text ──
const jocMinutes = lines({
  id: 's38-joc',
  kind: 's38-joint-operating-committee-minutes-text',
  before: 'Joint Operating Committee — Prairie Plains / Heartland Neuro & Spine — Minutes — Q3 2025',
  text: [
    'Attendees: D. Whitcomb (PR), K. Osei (Contracting), T. Briggs, L. Marsh, Dr. Okonjo. Meeting ID [93418].',
    'Claims: 3,412 claims in Q3; first-pass denial rate 7.9%; avg days to pay 18. Members attributed: [12856].',
    'Top denials: CO-197 on {64632} (no PA), CO-4 on {64445}-50 billed with 2 units, CO-16 missing NDC on J0585.',
    'Action: Plan to re-educate front office on bilateral billing of {64445} per RP-2025-[10344].',
    'Action: Plan to correct fee schedule [22871] load ({64612} paid at the {64615} rate since 07/01).',
    'Recoveries to date: $18,244 across 61 claims. Next meeting 01/15/2026, 2300 Main St, Kansas City [64102].',
  ].join('\n'),
});

// ── 28. Clinical / payment policy update summary posted for providers, table ──
const policyUpdates = table({
  id: 's38-polupd',
  kind: 's38-policy-update-summary-table',
  caption: 'Medical and Payment Policy Updates — posted 11/01/2025 — effective 01/01/2026 unless stated',
  headers: ['Policy', 'Title', 'Summary of change', 'Codes affected', 'Effective'],
  rows: [
    [
      'MP-[20411]',
      'Peripheral Nerve Ablation',
      'Adds coverage criteria for cryoablation; limits to 2 sessions per year',
      '{64624}, {64632}',
      '01/01/2026',
    ],
    [
      'MP-[20432]',
      'Botulinum Toxins',
      'Blepharospasm and hemifacial spasm criteria unchanged; migraine needs 2 failed preventives',
      '{64612}, {64615}, J0585',
      '01/01/2026',
    ],
    [
      'RP-2025-[10344]',
      'Bilateral and Multiple Procedures',
      'New policy; see bulletin PN-[25110]',
      '{64445}, {64712}, {64714}',
      '02/01/2026',
    ],
    [
      'MP-[20454]',
      'Nerve Decompression Surgery',
      'Adds EMG/NCS within 12 months as documentation requirement',
      '{64712}, {64714}, {64721}',
      '03/01/2026',
    ],
    ['MP-[20461]', 'Genetic Testing', 'Annual review, no change', 'see policy', '01/01/2026'],
  ],
});

// ── 29. Payer prior authorization code list, PDF text layer ──
const paList = lines({
  id: 's38-palist',
  kind: 's38-payer-prior-auth-code-list-text',
  before: 'Prairie Plains Health Plan — Services Requiring Prior Authorization — Commercial — Effective 01/01/2026',
  text: [
    'Form PA-LIST-2026 rev. 11/2025 · Page 7 of 19 · Fax requests to (816) 555-0177 or use the provider portal',
    'Pain Management / Interventional',
    '{64624}   Destruction by neurolytic agent, genicular nerve branches including imaging guidance   PA required',
    '{64632}   Destruction by neurolytic agent; plantar common digital nerve   PA required',
    '{64640}   Destruction by neurolytic agent; other peripheral nerve or branch   PA required',
    'Neurosurgery / Peripheral Nerve',
    '{64712}   Neuroplasty, major peripheral nerve, arm or leg, open; sciatic nerve   PA required',
    '{64714}   Neuroplasty, major peripheral nerve, arm or leg, open; lumbar plexus   PA required',
    'Requests received after the date of service are reviewed for medical necessity only. Reference [27035].',
  ].join('\n'),
});

// ── 30. Hospital outpatient facility exhibit (OPPS-based), table ──
const hopdExhibit = table({
  id: 's38-hopd',
  kind: 's38-hospital-outpatient-exhibit-opps-rows',
  caption: 'Exhibit B — Hospital Outpatient Services — Saint Brendan Medical Center — Facility agreement [31905]',
  headers: ['Rev. code', 'CPT/HCPCS', 'SI', 'APC', '2025 OPPS rate', 'Contract %', 'Contract rate'],
  rows: [
    ['0360', '{64712}', 'J1', '5432', '$5,614.40', '165%', '$9,263.76'],
    ['0761', '{64445}', 'T', '5442', '$789.74', '150%', '$1,184.61'],
    ['0761', '{64632}', 'T', '5442', '$789.74', '150%', '$1,184.61'],
    ['0510', '{64612}', 'T', '5441', '$311.88', '150%', '$467.82'],
    ['', '', '', '', 'Outlier threshold per case', '', '$62,500'],
  ],
});

// ── 31. Contract abstract in the contract-management system, key-value panel ──
const abstract = table({
  id: 's38-abstract',
  kind: 's38-contract-abstract-summary-panel',
  caption: 'Contract Abstract — Contract record [40417] — Prairie Plains Health Plan — Professional',
  headers: ['Term', 'Abstracted value'],
  rows: [
    ['Effective / initial term', '01/01/2023; three years; auto-renews for one-year terms'],
    ['Termination without cause', '90 days written notice to Plan, 2300 Main St, Kansas City, MO [64102]'],
    ['Timely filing', '180 days from DOS; corrected claims 365 days'],
    ['Payment basis', 'Lesser of billed or Exhibit A-1; MPFS year updates each 03/01'],
    ['Carve-outs (Amendment 3)', 'Open neuroplasty {64712}, {64713}, {64714} at 145% MPFS'],
    ['Codes needing PA (Attachment D)', '{64632} from 03/01/2026; plan list otherwise'],
    ['Escalator', '3% on 01/01/2026 if quality score ≥ 80'],
    ['Internal contract owner', 'K. Osei, Managed Care, ext. 4425'],
    ['Document store', 'DMS folder [73365], 14 documents'],
  ],
});

// ── 32. Provider newsletter coding column, web text ──
const codingCorner = lines({
  id: 's38-codingcorner',
  kind: 's38-newsletter-coding-corner-article-text',
  before: 'Provider Newsletter — Coding Corner — Chemodenervation and nerve destruction, what we see on claims',
  text: [
    'Each quarter our payment integrity team reviews a sample of claims. This quarter: face, head and neck.',
    'Blepharospasm and hemifacial spasm: report {64612} once per side. Bilateral treatment is {64612} with modifier 50.',
    'Chronic migraine injections are {64615}, which already covers both sides; do not append 50 or RT/LT.',
    'Cervical dystonia is {64616}. When guidance is used, add {95874} for needle EMG guidance, once per session.',
    'Morton neuroma: alcohol injections are {64632} per nerve; a diagnostic injection is {64455} and is not reported with it.',
    'Drug: bill J0585 per unit with NDC qualifier N4. Sample size this quarter: [10238] claim lines from 431 groups.',
    'Questions about this column: codingcorner@prairieplains.example or (816) 555-0190, option 2.',
  ].join('\n'),
});

// ── 33. Underpayment recovery summary by payer, report table ──
const recoverySummary = table({
  id: 's38-recsum',
  kind: 's38-underpayment-recovery-summary-by-payer',
  caption: 'Underpayment recovery summary — CY2025 YTD through 10/31 — Heartland Neuro & Spine, all locations',
  headers: ['Payer', 'Payer ID', 'Claim lines reviewed', 'Lines underpaid', 'Variance identified', 'Recovered'],
  rows: [
    ['Prairie Plains Health Plan', '[47198]', '[14208]', '61', '$24,910', '$18,244'],
    ['Blue Cross and Blue Shield of Kansas City', '[47163]', '[11967]', '23', '$6,402', '$5,118'],
    ['Aetna', '[60054]', '9,884', '17', '$3,977', '$1,206'],
    ['Cigna', '[62308]', '[10476]', '12', '$2,260', '$2,260'],
    ['UnitedHealthcare', '[87726]', '8,021', '9', '$1,544', '$0'],
    ['KanCare MCOs (3)', 'various', '[13055]', '38', '$4,118', '$912'],
  ],
});

// ── 34. Fee schedule load audit: contract exhibit vs. payer configuration, table ──
const loadAudit = table({
  id: 's38-loadaudit',
  kind: 's38-fee-schedule-load-audit-rows',
  caption: 'Fee schedule load audit — Prairie Plains schedule 22871 vs. Exhibit A-1 — sampled 11/12/2025',
  headers: ['Code', 'Contract rate', 'Loaded rate', 'Fee schedule ID', 'Claims affected', 'Config ticket', 'Result'],
  rows: [
    ['{64612}', '$178.62', '$163.02', '[22871]', '44', 'CFG-[31472]', 'Mismatch — keyed at the {64615} rate'],
    ['{64712}', '$812.40', '$580.29', '[22871]', '9', 'CFG-[31488]', 'Loaded at 100% MPFS'],
    ['{64721}', '$548.10', '$391.50', '[22871]', '5', 'CFG-[31488]', 'Loaded at 100% MPFS'],
    ['{64445}', '$139.16', '$139.16', '[22871]', '0', '', 'Match'],
  ],
});

// ── 35. State Medicaid revalidation notice, PDF text layer ──
const revalidation = lines({
  id: 's38-reval',
  kind: 's38-medicaid-revalidation-notice-text',
  before: 'MO HealthNet Division — Provider Enrollment Unit — Notice of Revalidation',
  text: [
    'MO HealthNet Division, Provider Enrollment Unit, PO Box 6500, Jefferson City, MO [65102]-6500',
    'October 20, 2025',
    'Heartland Neuro & Spine Associates PA, 2340 E Meyer Blvd, Suite 300, Kansas City, MO [64132]',
    'Provider: Tobenna Okonjo, MD   NPI 1881736205   Revalidation case no. [58213]',
    'Our records show your enrollment must be revalidated by 01/31/2026. Submit the application online through eMOMED.',
    'Include a current license, a W-9 for TIN 48-1739260, ownership disclosures and your group affiliation (group [77041]).',
    'If you do not revalidate, claims for dates of service after the due date will deny.',
    'Questions: Provider Enrollment, (573) 555-0110. Please quote mail stop [10730] on anything you send by post.',
  ].join('\n'),
});

// ── 36. Provider directory validation / quarterly attestation, table ──
const directoryAttest = table({
  id: 's38-dirattest',
  kind: 's38-directory-validation-attestation-table',
  caption: 'Provider Directory Validation — quarterly attestation — Q4 2025 — Prairie Plains Health Plan',
  headers: ['Location', 'Street', 'Suite', 'City / State', 'ZIP', 'Phone', 'Providers', 'Correct?'],
  rows: [
    [
      'Overland Park (main)',
      '[10550] Quivira Rd',
      '300',
      'Overland Park, KS',
      '[66215]-2213',
      '(913) 555-0186',
      '6',
      'Yes',
    ],
    [
      'Kansas City (Research campus)',
      '2340 E Meyer Blvd',
      '300',
      'Kansas City, MO',
      '[64132]',
      '(816) 555-0134',
      '2',
      'Yes — new 12/01',
    ],
    ['Olathe', '[20375] W 151st St', '250', 'Olathe, KS', '[66061]', '(913) 555-0192', '1', 'Updated'],
    ['Lenexa (EMG lab)', '[16541] W 87th St Pkwy', '', 'Lenexa, KS', '[66219]', '(913) 555-0158', '2', 'Yes'],
    [
      "Lee's Summit",
      '2100 SE Blue Pkwy',
      '115',
      "Lee's Summit, MO",
      '[64063]',
      '(816) 555-0171',
      '0',
      'Closed 09/30 — remove',
    ],
  ],
});

// ── 37. Payer dispute aging worklist, table ──
const disputeAging = table({
  id: 's38-dispaging',
  kind: 's38-payer-dispute-aging-worklist',
  caption: 'Open payer disputes — aging — Revenue Integrity — as of 11/14/2025',
  headers: ['Dispute #', 'Payer', 'Claim #', 'Level', 'Filed', 'Days open', 'Amount in dispute'],
  rows: [
    ['D-[70415]', 'Prairie Plains', 'PP25-0925-[10422]', 'L1', '10/30/2025', '15', '$232.11'],
    ['D-[70398]', 'Prairie Plains', 'PP25-0918-[64712]', 'L1', '10/21/2025', '24', '$156.60'],
    ['D-[69822]', 'Blue KC', 'BK[52907]-01', 'L2', '08/12/2025', '94', '$1,040.00'],
    ['D-[69950]', 'Aetna', 'EB8T[44416]', 'L1', '09/03/2025', '72', '$318.45'],
    ['D-[70133]', 'Sunflower Health Plan', '[25036]KS', 'State fair hearing', '09/19/2025', '56', '$88.20'],
    ['D-[70287]', 'Cigna', 'C[83025]-7731', 'L1', '10/08/2025', '37', '$412.90'],
  ],
});

// ── 38. CAQH ProView hospital affiliations and education section, table ──
const affiliations = table({
  id: 's38-affil',
  kind: 's38-caqh-hospital-affiliations-table',
  caption: 'CAQH ProView — Hospital Affiliations and Education — Okonjo, Tobenna MD — CAQH ID 16238907',
  headers: ['Type', 'Institution', 'Address', 'ZIP', 'Category / dates'],
  rows: [
    [
      'Admitting privileges',
      'Overland Park Regional Medical Center',
      '[10500] Quivira Rd, Overland Park, KS',
      '[66215]',
      'Active, since 2017',
    ],
    [
      'Admitting privileges',
      'Research Medical Center',
      '2316 E Meyer Blvd, Kansas City, MO',
      '[64132]',
      'Active, since 2023',
    ],
    ['Other affiliation', 'Olathe Medical Center', '[20333] W 151st St, Olathe, KS', '[66061]', 'Courtesy'],
    [
      'Residency',
      'University of Kansas Medical Center, Neurology',
      '3901 Rainbow Blvd, Kansas City, KS',
      '[66160]',
      '07/2010 – 06/2014',
    ],
    [
      'Fellowship',
      'Mayo Clinic, Neuromuscular Medicine',
      '200 First St SW, Rochester, MN',
      '[55905]',
      '07/2014 – 06/2015',
    ],
  ],
});

export const sealed38: Snippet[] = [
  ...feeExhibit,
  ...ascRate,
  ...amendment,
  ...carveOut,
  ...reimbPolicy,
  ...policyCodes,
  ...bulletin,
  ...bulletinTable,
  ...caqh,
  ...pecos855i,
  ...idtf855b,
  ...medicaidEnroll,
  ...portalSettings,
  ...partLetter,
  ...model,
  ...modelNotes,
  ...underpay,
  ...disputeLetter,
  ...callNotes,
  ...feeLookup,
  ...benchmark,
  ...payerList,
  ...roster,
  ...credTracker,
  ...eftForm,
  ...sca,
  ...jocMinutes,
  ...policyUpdates,
  ...paList,
  ...hopdExhibit,
  ...abstract,
  ...codingCorner,
  ...recoverySummary,
  ...loadAudit,
  ...revalidation,
  ...directoryAttest,
  ...disputeAging,
  ...affiliations,
];
