import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 64 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s64-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too. About a third of the decoys are numbers of the synthetic 10,000-code set (KNOWN_10K) used as
 * ZIPs, application, policy, license, suite, vendor and charge-master numbers, counts and prices. The five known codes'
 * digits come back as decoys: a CAQH provider id, a PECOS application suffix, a policy number, a ZIP, a PO box, a
 * suite-lease account, a vendor number and a DEA-registration receipt.
 *
 * Family: provider credentialing, payer enrollment and practice start-up around a pain and peripheral-nerve practice:
 * CAQH ProView profile pages, PECOS / CMS-855I enrollment summaries (NPI, PTAN, TIN fragments, ZIPs, application ids),
 * a payer enrollment tracker, a fee schedule request letter listing the practice's top codes, a contract rate exhibit,
 * privileges delineation forms (procedures requested with CPT), malpractice declarations, a DEA / state license
 * verification page, an ASC ownership and site-of-service checklist, a charge master build request, a pro forma
 * revenue projection (volumes by CPT, payer mix), a medical staff office privilege roster, and decoy-only pages (an
 * office lease with suite numbers, vendor onboarding, a staff directory).
 * Built on real public layouts: the CMS-855I sections (1 basic information, 2 identifying information, 4 practice
 * location, 6 reassignment), the CAQH ProView practice-location and hospital-affiliation screens, a hospital clinical
 * privileges delineation form (core / special privileges with CPT and proctoring), a payer fee schedule exhibit (code,
 * modifier, rate, % of Medicare), and a malpractice declarations page. The others are written the way those pages
 * read, with no single source.
 *
 * 347 labelled tokens over 39 shapes: 149 codes, 198 decoys, 62 of the decoys in KNOWN_10K.
 */

// ── 1. CAQH ProView profile summary, definition list ──
const caqhProfile = lines({
  id: 's64-caqh',
  kind: 's64-caqh-proview-profile-summary-text',
  before: 'CAQH ProView — Provider Profile Summary',
  text: [
    'CAQH Provider ID: 6471422   Status: Re-attestation due 01/09/2026',
    'Provider: Daniel R. Okafor, MD   Specialty: Pain Medicine (Anesthesiology)',
    'NPI 1487662093   Primary practice ZIP [37215]   Secondary location ZIP [37067]',
    'Profile ref [64714]   Last attested 10/11/2025 by delegate (office mgr)',
    'Board certificate no. [58099]   ABA subspecialty: Pain Medicine, exp 12/31/2032',
    'Authorized plans viewing: 14   Documents uploaded: 23',
  ].join('\n'),
});

// ── 2. CAQH practice location screen, table ──
const caqhLocations = table({
  id: 's64-caqhloc',
  kind: 's64-caqh-practice-locations-grid',
  caption: 'Practice Locations (3)',
  headers: ['Location', 'Street', 'City', 'State', 'Zip', 'Suite', 'Primary'],
  rows: [
    ['Harpeth Pain & Nerve', '4230 Harding Pike', 'Nashville', 'TN', '[37215]', '210', 'Yes'],
    ['Harpeth Pain – Franklin', '1909 Mallory Ln', 'Franklin', 'TN', '[37067]', '[31855]', 'No'],
    ['Harpeth ASC', '300 Cool Springs Blvd', 'Brentwood', 'TN', '[37027]', 'B', 'No'],
    ['Billing office', 'PO Box [64445]', 'Nashville', 'TN', '[37224]', '—', 'No'],
  ],
});

// ── 3. CMS-855I summary (PECOS), text layer ──
const pecos = lines({
  id: 's64-pecos',
  kind: 's64-pecos-855i-application-summary-text',
  before: 'PECOS — Application Summary (CMS-855I) — Submitted',
  text: [
    'Web Tracking ID: I2025101400173  (printed for reference only)',
    'Application ID [20608]-[64612]   Reason: Initial enrollment',
    'Section 2A: Name Daniel R Okafor  NPI 1487662093  SSN ***-**-4471',
    'Section 4A practice location: 4230 Harding Pike Ste 210, Nashville TN [37215]-1102',
    'Section 4C correspondence: PO Box [22190] Nashville TN [37222]',
    'Section 6 reassignment to group PTAN pending; group TIN **-***7616',
    'Specialty code 72 (Pain Management); secondary 09 (Interventional Pain Mgmt)',
    'MAC: Palmetto GBA J-J, contractor number [10115]',
  ].join('\n'),
});

// ── 4. Payer enrollment tracker, table ──
const enrollTracker = table({
  id: 's64-enroll',
  kind: 's64-payer-enrollment-tracker-grid',
  caption: 'Payer enrollment tracker — Okafor — updated weekly',
  headers: ['Payer', 'Sub #', 'Submitted', 'Provider #', 'Eff. date', 'Days', 'Notes'],
  rows: [
    ['Medicare Part B', '[20608]', '10/14/2025', 'PTAN pending', '—', '31', 'Dev letter answered'],
    ['BCBST', '[51219]', '09/30/2025', '[88237]', '11/01/2025', '45', 'Fee sched req. sent w/ {64712} {64445}'],
    ['UHC Commercial', '[73125]', '10/02/2025', '—', '—', '43', 'Credentialing committee 12/3'],
    ['Aetna', '[41842]', '10/02/2025', '[46525]', '11/15/2025', '43', 'Loaded'],
    ['Cigna', '[96020]', '10/20/2025', '—', '—', '25', 'Needs CAQH re-attest'],
    ['TennCare (Amerigroup)', '[14890]', '10/21/2025', '—', '—', '24', '{64632} carved out per contract'],
  ],
});

// ── 5. Fee schedule request letter, text layer ──
const feeLetter = lines({
  id: 's64-feeletter',
  kind: 's64-fee-schedule-request-letter-text',
  before: 'Harpeth Pain & Nerve, PLLC — 4230 Harding Pike, Suite 210 — Nashville, TN 37215',
  text: [
    'Provider Relations, BlueCross BlueShield of Tennessee, 1 Cameron Hill Circle, Chattanooga, TN [37402]',
    'Re: Fee schedule request, group application [51219]',
    'Dear Provider Relations: please send your allowable for the following codes, which will account for most of our',
    'volume: {64712}, {64714}, {64445}, {64632} and {64612}, as well as {64450}, {64490}, {64493} and {62323}.',
    'We also perform ultrasound guidance ({76942}) and nerve conduction studies ({95907}–{95913}) in clinic.',
    'Our expected monthly volume is 180 procedures across 2 sites (ZIPs [37215] and [37067]).',
  ].join('\n'),
});

// ── 6. Contract rate exhibit (payer fee schedule exhibit), table ──
const rateExhibit = table({
  id: 's64-exhibit',
  kind: 's64-contract-rate-exhibit-grid',
  caption: 'Exhibit B — Professional Fee Schedule (Facility/Non-facility) — Agreement [42444]',
  headers: ['Code', 'Mod', 'Description', 'Non-Fac', 'Fac', '% MCR'],
  rows: [
    ['{64712}', '', 'Neuroplasty; sciatic nerve', '612.40', '612.40', '135%'],
    ['{64714}', '', 'Neuroplasty; lumbar plexus', '548.10', '548.10', '135%'],
    ['{64445}', '', 'Inj anes agent; sciatic nerve, single', '198.22', '102.55', '135%'],
    ['{64632}', 'RT', 'Destruction by neurolytic agent; plantar common digital nerve', '161.09', '96.31', '135%'],
    ['{64612}', '50', 'Chemodenervation of muscle(s); facial nerve, unilateral', '214.77', '188.42', '135%'],
    ['{64450}', '', 'Inj anes agent; other peripheral nerve or branch', '121.30', '71.82', '135%'],
    ['{64493}', '', 'Inj paravert facet jt l/s; single level', '351.70', '179.05', '135%'],
    ['{99204}', '', 'Office visit, new, moderate MDM', '245.11', '199.96', '120%'],
  ],
});

// ── 7. Contract amendment prose, text layer ──
const amendment = lines({
  id: 's64-amend',
  kind: 's64-contract-amendment-prose-text',
  before: 'Amendment No. 2 to Participating Provider Agreement',
  text: [
    '2.1 Notwithstanding Exhibit B, CPT {64712} and {64714} shall be reimbursed at 120% of the then-current RBRVS.',
    '2.2 Services billed under {64632} are limited to 3 units per foot per 365 days.',
    '2.3 Claims must be submitted within 180 days to PO Box [14280], Chattanooga TN [37422].',
    '2.4 Provider No. [88237] shall be effective for dates of service on or after 11/01/2025.',
    '2.5 Botulinum toxin drug supply (J0585) is paid separately from {64612} and {64615}.',
  ].join('\n'),
});

// ── 8. Privileges delineation form, table ──
const privForm = table({
  id: 's64-privform',
  kind: 's64-privileges-delineation-form-grid',
  caption: 'Delineation of Clinical Privileges — Pain Medicine — Special (non-core) procedures',
  headers: ['Requested', 'Procedure', 'CPT', 'Cases last 24 mo', 'Dept. action'],
  rows: [
    ['☒', 'Sciatic nerve neuroplasty', '{64712}', '26', 'Approve'],
    ['☒', 'Lumbar plexus neuroplasty', '{64714}', '9', 'Approve w/ proctoring (3)'],
    ['☒', 'Sciatic nerve block, single shot', '{64445}', '140', 'Approve'],
    ['☒', 'Plantar digital nerve neurolysis', '{64632}', '18', 'Approve'],
    ['☒', 'Chemodenervation, facial nerve', '{64612}', '31', 'Approve'],
    ['☐', 'Spinal cord stimulator trial', '{63650}', '0', 'Not requested'],
    ['☒', 'Genicular nerve RFA', '{64624}', '44', 'Approve'],
  ],
});

// ── 9. Privileges delineation attestation, text layer ──
const privAttest = lines({
  id: 's64-privatt',
  kind: 's64-privileges-attestation-text',
  before: 'Applicant attestation and case log summary',
  text: [
    'I request the special privileges checked above. Case logs attached (Harpeth ASC, facility ID [69719]).',
    'For lumbar plexus neuroplasty ({64714}) I had 9 cases; the department may require proctoring of the first 3.',
    'Chemodenervation cases ({64612} x31) — see log page 4.',
    'Proctor assigned: Dr. L. Whitcomb, medical staff ID [36511].',
  ].join('\n'),
});

// ── 10. Medical staff office privilege roster, table ──
const staffRoster = table({
  id: 's64-msoroster',
  kind: 's64-medical-staff-privilege-roster-grid',
  caption: 'Medical Staff Office — Privilege Roster — Dept. of Anesthesiology — as of 11/2025',
  headers: ['Staff ID', 'Practitioner', 'Category', 'Item', 'Exp'],
  rows: [
    ['[36511]', 'Whitcomb, Laura MD', 'Active', '{64445} {64447} {64448}', '06/2027'],
    ['[40675]', 'Okafor, Daniel MD', 'Provisional', '{64712} {64714} {64632}', '11/2026'],
    ['[27033]', 'Pruitt, Sam DO', 'Courtesy', '{64612} {64615}', '02/2026'],
    ['[55824]', 'Delgado, Ana CRNA', 'AHP', 'Core only', '09/2026'],
    ['[64632]', 'Marsh, Owen MD', 'Active', '{64490} {64491}', '04/2027'],
  ],
});

// ── 11. Malpractice declarations page, text layer ──
const malpractice = lines({
  id: 's64-malp',
  kind: 's64-malpractice-declarations-text',
  before: 'PHYSICIANS PROFESSIONAL LIABILITY — DECLARATIONS',
  text: [
    'Policy Number: MPL-[64712]-04   Renewal of: MPL-[57570]-03',
    'Named Insured: Daniel R. Okafor, MD   Address: 4230 Harding Pike, Nashville, TN [37215]',
    'Policy Period: 12/01/2025 to 12/01/2026 12:01 a.m. standard time',
    'Limits of Liability: $1,000,000 each claim / $3,000,000 aggregate',
    'Retroactive date: 07/01/2019   Specialty class: [80081] (Pain Management — Interventional)',
    'Premium: [18619].00   Territory 3   Producer code [91375]',
  ].join('\n'),
});

// ── 12. Malpractice schedule of procedures (carrier questionnaire), table ──
const malpracticeProc = table({
  id: 's64-malpq',
  kind: 's64-malpractice-procedure-questionnaire-grid',
  caption: 'Supplemental questionnaire — invasive procedures performed (annual)',
  headers: ['Procedure', 'Code', 'Annual vol.', 'Setting'],
  rows: [
    ['Peripheral nerve neuroplasty', '{64712}', '60', 'ASC'],
    ['Lumbar plexus neuroplasty', '{64714}', '15', 'Hospital'],
    ['Interlaminar epidural', '{62323}', '480', 'ASC'],
    ['Facet RFA lumbar', '{64635}', '310', 'ASC'],
    ['Sciatic block (pre-op)', '{64445}', '220', 'Hospital'],
    ['Facility total', '', '[10606]', '—'],
  ],
});

// ── 13. DEA / state license verification, table ──
const licenseVerify = table({
  id: 's64-license',
  kind: 's64-license-verification-grid',
  caption: 'Primary source verification — licenses and registrations',
  headers: ['Type', 'Number', 'State', 'Issued', 'Expires', 'Verified by', 'Ref'],
  rows: [
    ['Medical license', 'MD[52355]', 'TN', '06/2016', '03/31/2027', 'TN DOH', '[30728]'],
    ['Medical license', '[62436]', 'KY', '01/2021', '02/28/2026', 'KBML', '[30729]'],
    ['DEA', 'BO8812345', 'TN', '—', '05/31/2027', 'NTIS', '[33579]'],
    ['CSR (state controlled substance)', '[48414]', 'TN', '—', '03/31/2027', 'TN BOP', '[64612]'],
    ['Board cert.', '[58099]', '—', '2019', '12/31/2032', 'ABMS', '[47066]'],
  ],
});

// ── 14. DEA registration receipt, text layer (decoy only) ──
const deaReceipt = lines({
  id: 's64-dea',
  kind: 's64-dea-registration-receipt-text',
  before: 'U.S. Department of Justice — Drug Enforcement Administration — Registration Receipt',
  text: [
    'Receipt no. [64445]   Fee paid $888.00   Control no. [12434]',
    'Registrant: Okafor, Daniel R MD, 4230 Harding Pike Ste 210, Nashville TN [37215]',
    'Schedules: 2, 2N, 3, 3N, 4, 5   Business activity: Practitioner',
  ].join('\n'),
});

// ── 15. ASC ownership and site-of-service checklist, text layer ──
const ascChecklist = lines({
  id: 's64-asc',
  kind: 's64-asc-site-of-service-checklist-text',
  before: 'ASC start-up checklist — Harpeth ASC (Brentwood) — site of service',
  text: [
    '☑ CMS-855B submitted for ASC; application [34137] (PTAN pending)',
    '☑ Verify every planned procedure is on the ASC covered procedures list (Addendum AA):',
    '   {64712} yes, {64714} yes, {64632} yes, {64445} yes, {64612} yes, {64635} yes',
    '☐ {63650} — check device-intensive status before scheduling at ASC',
    '☑ Ownership: Okafor 40%, Whitcomb 35%, Marsh 25% (Brentwood, TN [37027])',
    '☐ State CON exemption letter, file no. [25423]',
  ].join('\n'),
});

// ── 16. Site of service map (POS by code), table ──
const posMap = table({
  id: 's64-posmap',
  kind: 's64-site-of-service-map-grid',
  caption: 'Where each procedure will be billed (POS)',
  headers: ['Ref', 'Office (11)', 'ASC (24)', 'HOPD (22)'],
  rows: [
    ['{64445}', '✓', '✓', '✓'],
    ['{64450}', '✓', '—', '—'],
    ['{64632}', '✓', '✓', '—'],
    ['{64712}', '—', '✓', '✓'],
    ['{64714}', '—', '—', '✓'],
    ['{64612}', '✓', '—', '—'],
  ],
});

// ── 17. Charge master build request, table ──
const cdmBuild = table({
  id: 's64-cdm',
  kind: 's64-charge-master-build-request-grid',
  caption: 'New practice — CDM build request (PM system) — submitted to IT ticket [63617]',
  headers: ['CDM #', 'Charge description', 'HCPCS/CPT', 'Rev', 'Price', 'Dept'],
  rows: [
    ['[20033]', 'NEUROPLASTY SCIATIC', '{64712}', '0360', '2450.00', '[40094]'],
    ['[20034]', 'NEUROPLASTY LUMB PLEXUS', '{64714}', '0360', '2210.00', '[40094]'],
    ['[20035]', 'INJ SCIATIC NERVE SINGLE', '{64445}', '0361', '[11276]', '[40094]'],
    ['[20036]', 'DESTR NEUROLYT PLANTAR DIG', '{64632}', '0361', '640.00', '[40094]'],
    ['[20037]', 'CHEMODENERV FACIAL NERVE', '{64612}', '0361', '855.00', '[40094]'],
    ['[20038]', 'US GUIDANCE NEEDLE', '{76942}', '0402', '310.00', '[40092]'],
    ['[20039]', 'FLUORO GUIDE SPINE INJ', '{77003}', '0320', '275.00', '[40092]'],
  ],
});

// ── 18. CDM build request notes, text layer ──
const cdmNotes = lines({
  id: 's64-cdmnote',
  kind: 's64-charge-master-request-notes-text',
  before: 'Ticket 63617 — comments',
  text: [
    'IT: line [20035] price was entered as [11276] (no decimal); please confirm $1,127.60.',
    'Coding: confirmed. Also add {64448} (continuous femoral) and {64447} under dept [40094].',
    'Billing mgr: do not build {64614}; we are not doing extremity chemodenervation yet.',
    'Coding: {64612} needs the JW/JZ logic on the drug line, not on the procedure line.',
  ].join('\n'),
});

// ── 19. Pro forma revenue projection, table ──
const proForma = table({
  id: 's64-proforma',
  kind: 's64-pro-forma-volume-projection-grid',
  caption: 'Pro forma — Year 1 procedure volume and net revenue',
  headers: ['Service', 'Yr1 vol', 'Avg allowed', 'Net rev', 'Yr2 vol'],
  rows: [
    ['{64712}', '60', '612', '[36720]', '80'],
    ['{64714}', '15', '548', '8220', '20'],
    ['{64445}', '220', '145', '[31900]', '260'],
    ['{64632}', '90', '128', '[11520]', '110'],
    ['{64612}', '110', '201', '[22110]', '140'],
    ['{62323}', '480', '242', '116160', '520'],
    ['Total', '975', '—', '644450', '1130'],
  ],
});

// ── 20. Pro forma payer mix, table (decoy heavy) ──
const payerMix = table({
  id: 's64-payermix',
  kind: 's64-pro-forma-payer-mix-grid',
  caption: 'Payer mix assumptions (by patient ZIP sample)',
  headers: ['Payer', 'Mix %', 'Sample ZIP', 'Patients', 'Net'],
  rows: [
    ['Medicare', '38%', '[37215]', '412', '[97659]'],
    ['BCBST', '27%', '[37069]', '298', '[83424]'],
    ['UHC', '14%', '[37013]', '151', '[44130]'],
    ['TennCare', '12%', '[37207]', '130', '[21696]'],
    ['Self-pay', '9%', '[37211]', '97', '[12012]'],
  ],
});

// ── 21. Pro forma narrative, text layer ──
const proFormaNote = lines({
  id: 's64-pfnote',
  kind: 's64-pro-forma-assumptions-text',
  before: 'Assumptions (page 2 of the pro forma)',
  text: [
    'Volumes assume Dr. Okafor ramps to 16 procedure days/month by month 6.',
    'Sciatic neuroplasty ({64712}) is projected conservatively at 5/month since the ASC list allows it.',
    'If BCBST rates for {64632} come in below 110% of Medicare we will drop that projection.',
    'Start-up loan [75380] from First Horizon, balance [28354] at month 12.',
  ].join('\n'),
});

// ── 22. Payer credentialing approval letter, text layer ──
const approval = lines({
  id: 's64-approval',
  kind: 's64-credentialing-approval-letter-text',
  before: 'Aetna — Credentialing Approval',
  text: [
    'Provider ID [46525]   Tax ID xx-xxx1049',
    'Dear Dr. Okafor: the Credentialing Committee approved your participation effective 11/15/2025.',
    'Your practice location at 1909 Mallory Ln, Franklin, TN [37067] is listed in our directory.',
    'Note: the following services require precertification: {64633}, {64635}, {64612} (when billed with J0585).',
  ].join('\n'),
});

// ── 23. Enrollment denial / development letter, text layer ──
const devLetter = lines({
  id: 's64-devletter',
  kind: 's64-mac-development-letter-text',
  before: 'Palmetto GBA — Development Request — Provider Enrollment',
  text: [
    'Reference: Application [20608]-[64612]; Case number [81473]',
    'Section 4A: the practice location ZIP [37215] does not match the USPS address (ZIP [37215]-1102 expected).',
    'Section 6: submit the reassignment signed by the group authorized official (group PTAN [34721]).',
    'Respond within 30 days to PO Box 100190, Augusta GA [30903].',
  ].join('\n'),
});

// ── 24. Claim denial during enrollment gap, table ──
const gapDenials = table({
  id: 's64-gapdeny',
  kind: 's64-enrollment-gap-denial-worklist-grid',
  caption: 'Held / denied — provider not yet effective',
  headers: ['Claim', 'DOS', 'Proc', 'Denial', 'Payer ID', 'Action'],
  rows: [
    ['[92532]', '10/22/2025', '{64445}', 'CO-B7 provider not certified', '[62308]', 'Hold to eff. date'],
    ['[92533]', '10/24/2025', '{64712}', 'N290 rendering not enrolled', '[62308]', 'Rebill after 11/01'],
    ['[92534]', '10/24/2025', '{64632} x2', 'CO-B7', '[87726]', 'Rebill'],
    ['[92535]', '10/29/2025', '{64612}-50', 'N290', '[60057]', 'Appeal w/ approval ltr'],
    ['[92536]', '10/30/2025', '{99204}', 'CO-B7', '[62308]', 'Hold'],
  ],
});

// ── 25. X12 837P enrollment test claim, text layer ──
const x12 = lines({
  id: 's64-x12',
  kind: 's64-837p-enrollment-test-file-text',
  before: '837P test file sent to clearinghouse for EDI enrollment (ISA/GS trimmed)',
  text: [
    'NM1*85*2*HARPETH PAIN AND NERVE PLLC*****XX*1659382211~',
    'N3*4230 HARDING PIKE STE 210~',
    'N4*NASHVILLE*TN*372051102~',
    'REF*EI*629654471~',
    'CLM*HPN[64714]*612.4***24:B:1*Y*A*Y*Y~',
    'SV1*HC:{64712}*612.4*UN*1***1~',
    'SV1*HC:{64445}:RT*198.22*UN*1***1~',
    'NM1*PR*2*BCBS TENNESSEE*****PI*[62308]~',
  ].join('\n'),
});

// ── 26. EDI / ERA enrollment form, table (decoy only) ──
const ediForm = table({
  id: 's64-edi',
  kind: 's64-edi-era-enrollment-form-grid',
  caption: 'EDI / ERA / EFT enrollment status',
  headers: ['Transaction', 'Payer ID', 'Trading partner #', 'Bank routing (last 5)', 'Status'],
  rows: [
    ['837P', '[62308]', '[15460]', '—', 'Live'],
    ['835', '[62308]', '[15461]', '[42997]', 'Pending test'],
    ['837P', '[60057]', '[39393]', '—', 'Live'],
    ['835', '[87726]', '[78613]', '[42997]', 'Approved'],
  ],
});

// ── 27. Office lease, text layer (decoy only) ──
const lease = lines({
  id: 's64-lease',
  kind: 's64-office-lease-abstract-text',
  before: 'Lease abstract — Harpeth Pain & Nerve, PLLC',
  text: [
    'Premises: Suite 210, 4230 Harding Pike, Nashville, TN [37215]; approx. 4,650 RSF',
    'Landlord: Belle Meade Medical Partners LP, lease account [64632]   Parking spaces: 22',
    'Base rent year 1: [12434] per month (NNN), escalating 3% annually',
    'Second premises: Suite [56898] Mallory Ln building (landlord numbering), Franklin TN [37067]',
    'Security deposit: [24866] held by landlord; tenant improvement allowance $185,000',
  ].join('\n'),
});

// ── 28. Vendor onboarding, table (decoy only) ──
const vendors = table({
  id: 's64-vendor',
  kind: 's64-vendor-onboarding-grid',
  caption: 'Vendor setup — accounts payable',
  headers: ['Vendor', 'Vendor #', 'Acct with vendor', 'Remit ZIP', 'Terms'],
  rows: [
    ['Medline Industries', '[10097]', '1712-[64712]', '[60055]', 'Net 30'],
    ['Henry Schein', '[10098]', '[98221]', '[11747]', 'Net 30'],
    ['Butterfly Network (ultrasound)', '[10099]', 'BN-[35905]', '[06437]', 'Net 45'],
    ['McKesson Specialty', '[10100]', '[77141]', '[75039]', 'Net 15'],
    ['Shred-It', '[10101]', '[23558]', '[60693]', 'Net 30'],
  ],
});

// ── 29. Staff directory, table (decoy only) ──
const staffDir = table({
  id: 's64-staffdir',
  kind: 's64-staff-directory-grid',
  caption: 'Staff directory — Harpeth Pain & Nerve',
  headers: ['Name', 'Role', 'Ext', 'Badge', 'Home ZIP'],
  rows: [
    ['Cole, Tamara', 'Office manager', '201', '[50612]', '[37221]'],
    ['Ruiz, Hector', 'Credentialing specialist', '204', '[50613]', '[37076]'],
    ['Ibrahim, Noor', 'Billing lead', '206', '[50614]', '[37027]'],
    ['Fenwick, Jo', 'RN', '210', '[64714]', '[37069]'],
  ],
});

// ── 30. Credentialing JSON export (CVO), text layer ──
const cvoJson = lines({
  id: 's64-cvojson',
  kind: 's64-cvo-json-export-text',
  before: 'CVO file export (JSON, pretty-printed)',
  text: [
    '"caqhId": "6471422",',
    '"practiceZip": "[37215]",',
    '"appRef": "[33021]",',
    '"requestedProcedures": ["{64712}", "{64714}", "{64445}", "{64632}", "{64612}"],',
    '"topCode": "{64712}",',
    '"caseCount": "[00787]"',
  ].join('\n'),
});

// ── 31. Hospital privilege request XML (MSO software), text layer ──
const privXml = lines({
  id: 's64-privxml',
  kind: 's64-mso-privilege-request-xml-text',
  before: 'MSOW export — privilege request (XML)',
  text: [
    '<Request id="[79273]" applicant="[40675]" dept="ANES">',
    '  <Priv cpt="{64445}" status="granted"/>',
    '  <Priv cpt="{64712}" status="provisional" proctor="[36511]"/>',
    '  <Priv cpt="{64714}" status="provisional"/>',
    '  <Facility zip="[37203]" npi="1942203846"/>',
    '</Request>',
  ].join('\n'),
});

// ── 32. Top codes list (practice start-up memo), text layer ──
const topCodes = lines({
  id: 's64-topcodes',
  kind: 's64-startup-memo-top-codes-text',
  before: 'Memo to billing vendor: expected top procedures (first 90 days)',
  text: [
    '1. {64445}',
    '2. {64450} (genicular / other peripheral)',
    '3. {64632}',
    '4. {64612}',
    '5. {64712}',
    '6. {64714} — rare, hospital only',
    'Superbill print run: [12500] copies (vendor job [47722])',
  ].join('\n'),
});

// ── 33. OPPE / FPPE case review, table ──
const fppe = table({
  id: 's64-fppe',
  kind: 's64-fppe-proctoring-case-review-grid',
  caption: 'Focused Professional Practice Evaluation — proctored cases — Okafor',
  headers: ['Case', 'MRN', 'Date', 'Code', 'Proctor', 'Outcome'],
  rows: [
    ['1', '[80431]', '11/04/2025', '{64714}', '[36511]', 'Satisfactory'],
    ['2', '[80977]', '11/11/2025', '{64714}', '[36511]', 'Satisfactory'],
    ['3', '[81206]', '11/18/2025', '{64714} + {64445}', '[36511]', 'Satisfactory; FPPE closed'],
    ['4', '[81552]', '11/20/2025', '{64712}', '—', 'Retrospective review only'],
  ],
});

// ── 34. CAQH hospital affiliations screen, table (decoy only) ──
const caqhHosp = table({
  id: 's64-caqhhosp',
  kind: 's64-caqh-hospital-affiliations-grid',
  caption: 'Hospital Affiliations',
  headers: ['Hospital', 'Admitting arrangement', 'Zip', 'Affiliation ID', 'Start'],
  rows: [
    ['St. Thomas Midtown', 'Privileges', '[37203]', '[70858]', '01/2026'],
    ['Williamson Medical Center', 'Privileges', '[37067]', '[22318]', '02/2026'],
    ['Vanderbilt University Med Ctr (training)', 'None (prior)', '[37232]', '[19337]', '07/2016'],
  ],
});

// ── 35. Superbill template draft, table ──
const superbill = table({
  id: 's64-superbill',
  kind: 's64-superbill-template-draft-grid',
  caption: 'Superbill draft v2 — procedures panel (proof from print vendor, job 47722)',
  headers: ['☐', 'Item', 'Fee'],
  rows: [
    ['☐', 'Sciatic nerve block {64445}', '450'],
    ['☐', 'Femoral nerve block {64447}', '420'],
    ['☐', 'Other peripheral nerve {64450}', '300'],
    ['☐', 'Plantar digital neurolysis {64632}', '640'],
    ['☐', 'Chemodenerv facial {64612}', '855'],
    ['☐', 'Neuroplasty sciatic {64712}', '2450'],
    ['☐', 'Trigger point 1–2 muscles {20552}', '180'],
    ['☐', 'Joint inj major {20610}', '210'],
    ['Office visits', 'New {99203} / {99204} / {99205}', 'Est {99213} / {99214}'],
  ],
});

// ── 36. HL7 MFN charge master interface message, text layer ──
const hl7 = lines({
  id: 's64-hl7',
  kind: 's64-hl7-mfn-charge-master-message-text',
  before: 'Interface engine — outbound MFN^M04 to PM system (CDM load)',
  text: [
    'MSH|^~\\&|CDM|HARPETH|PM|HARPETH|20251105093000||MFN^M04|[52871]|P|2.5.1',
    'MFE|MAD|||[20033]^NEUROPLASTY SCIATIC',
    'CDM|[20033]|||NEUROPLASTY SCIATIC||{64712}|||2450.00',
    'CDM|[20034]|||NEUROPLASTY LUMB PLEXUS||{64714}|||2210.00',
    'CDM|[20037]|||CHEMODENERV FACIAL NERVE||{64612}|||855.00',
    'PRC|[20037]|[40094]||||855.00',
  ].join('\n'),
});

// ── 37. Contract negotiation email, text layer ──
const negotiation = lines({
  id: 's64-negot',
  kind: 's64-contract-negotiation-email-text',
  before: 'RE: Harpeth Pain & Nerve — proposed rates (thread)',
  text: [
    'From: network.contracting@uhc example — Our offer is 105% of Medicare for all codes except the following.',
    'We can go to 125% on {64712} and {64714} given the low volume, and 115% on {64445}.',
    'For {64632} we follow our reimbursement policy (once per nerve per date), rate 110%.',
    'Please countersign and return with TIN and group number [61904] by 12/15.',
    'From: T. Cole — We also bill {64615} for migraine; can that follow {64612} at 115%?',
  ].join('\n'),
});

// ── 38. Enrollment portal services checklist, text layer ──
const services = lines({
  id: 's64-services',
  kind: 's64-enrollment-portal-services-checklist-text',
  before: 'Provider portal — Services offered at this location (check all that apply)',
  text: [
    '☑ Peripheral nerve blocks ({64445}, {64447}, {64450})',
    '☑ Neuroplasty / nerve decompression: {64712}, {64714}, {64721}',
    '☑ Chemodenervation: {64612}, {64615}, {64616}',
    '☑ Neurolytic destruction: {64632}, {64633}, {64635}',
    '☐ Sleep studies ({95810})',
    'Location zip: [37027]   Wheelchair accessible: yes   Panel status: open   Location ID [58815]',
  ].join('\n'),
});

// ── 39. NPPES / group setup worksheet, text layer (decoy only) ──
const groupSetup = lines({
  id: 's64-groupsetup',
  kind: 's64-group-entity-setup-worksheet-text',
  before: 'New group setup worksheet — entity, tax and banking',
  text: [
    'Entity: Harpeth Pain & Nerve, PLLC   TN SOS control no. [14592]   Formed 06/02/2025',
    'Mailing: PO Box [64712], Nashville, TN [37215]   Lockbox: Dept [27745], Atlanta GA [30384]',
    'Group NPI 1659382211   Taxonomy 208VP0014X   TennCare MCO group id [63210]',
    'Workers comp policy WC-[59140]   Unemployment acct [48813]   Business tax acct [21957]',
    'Payroll vendor client no. [84579]   Headcount at opening: 12   Sq ft: 4,650',
    'Bank: First Horizon, branch [37211]-area, acct ending 6120; merchant id [90726]',
  ].join('\n'),
});

export const sealed64: Snippet[] = [
  ...caqhProfile,
  ...caqhLocations,
  ...pecos,
  ...enrollTracker,
  ...feeLetter,
  ...rateExhibit,
  ...amendment,
  ...privForm,
  ...privAttest,
  ...staffRoster,
  ...malpractice,
  ...malpracticeProc,
  ...licenseVerify,
  ...deaReceipt,
  ...ascChecklist,
  ...posMap,
  ...cdmBuild,
  ...cdmNotes,
  ...proForma,
  ...payerMix,
  ...proFormaNote,
  ...approval,
  ...devLetter,
  ...gapDenials,
  ...x12,
  ...ediForm,
  ...lease,
  ...vendors,
  ...staffDir,
  ...cvoJson,
  ...privXml,
  ...topCodes,
  ...fppe,
  ...caqhHosp,
  ...superbill,
  ...hl7,
  ...negotiation,
  ...services,
  ...groupSetup,
];
