import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 157 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s157-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too (01250, 64455, 64447, 64702–64727 neuroplasties, 76942, 95874, 95886, 95910, 99213, 99214), and
 * so are codes a member types into a chat or an SMS carries bare. About a third of the decoys are numbers of the
 * synthetic 10,000-code set (KNOWN_10K) used as claim numbers, the plan's headquarters ZIP and a town ZIP in the cost
 * estimator, an estimate id, an Rx group, the EDI payer id, nurse-line and chat case numbers, a claims ticket, HSA
 * transaction and link ids, FHIR practitioner ids, an email id, a batch number, a provider id, a help article id, a
 * plan document id, a provider account number, a control number and an upload file id. The five known codes' digits
 * come back as decoys: the surgeon's claim number 64712 (on every screen that lists the claim, and as a reviewer case
 * number), the group number 64714 on the ID card, wallet pass, EOB, letters and the FHIR coverage reference, the
 * plan's PO box 64612, a Botox authorization tracking number and a push notification id 64632, and 64445 as the ZIP
 * of Elmo, MO, a nurse chat session, an estimate reference and an HSA interest transaction.
 *
 * Family: a (fictional) health plan's member mobile app and member website around one member's peripheral-nerve
 * procedures (Morton's neuroma alcohol injections, Botox for hemifacial spasm, nerve studies, and an open sciatic and
 * lumbar plexus neuroplasty with a sciatic block, whose lumbar plexus line was first denied for no authorization and
 * then reprocessed): the app's claims list cards and the website's claims history grid, the claim detail / EOB screen,
 * the EOB PDF text layer, the professional EOB service lines and the facility revenue-code lines, the EOB documents
 * list, the cost estimator (search results, compare-providers grid, procedure detail, autocomplete dropdown, estimate
 * vs. actual card), the digital ID card and its wallet pass JSON, prior authorization (status list, detail screen,
 * approval letter), the deductible tracker and accumulator history, in-app chats (nurse line, claims agent, virtual
 * assistant quick replies) and the nurse-line call summary email, the notifications inbox and a push payload, SMS
 * alerts, the HSA link screen, HSA transactions and the HSA administrator's substantiation request, the claims CSV
 * download, the patient access API's FHIR ExplanationOfBenefit and prior-auth ClaimResponse, the secure message
 * thread, the appeal form, the "EOB ready" email, the claim status timeline, the printable year-to-date summary, the
 * find-care provider profile, the app's global search, a help center article, the benefit detail screen, the
 * provider bill pay screen and the claim adjustment letter.
 * Built on real public layouts: large US payers' member apps and portals (claims cards with "You may owe", claim
 * detail with billed / network discount / allowed / deductible / coinsurance / plan paid, printable EOBs with CARC
 * and RARC remarks such as 197 and N130, "Download claims" CSV), the CMS price transparency cost estimator pattern
 * (search by procedure or CPT code, compare in-network providers, estimate detail with what is and is not included),
 * digital ID cards with RxBIN/PCN/GRP and payer id and Apple Wallet pass.json, CMS Interoperability Patient Access
 * API (CARIN Blue Button ExplanationOfBenefit, Da Vinci PAS ClaimResponse), HSA custodians' "pay yourself back" and
 * substantiation screens, UB-04 revenue codes (0360, 0370, 0250, 0710). The others are written the way those pages
 * read, with no single source.
 *
 * 382 labelled tokens over 43 shapes: 172 codes, 210 decoys, 74 of the decoys in KNOWN_10K.
 */

// Case used throughout: member Jordan A. Whitfield (HPH member id W4471823-01, group 64714, St. Joseph, MO 64505),
// Heartland Prairie Health Choice PPO 2500, plan year 2026: individual deductible $2,500, OOP max $6,000, 20% coins.
// 01/14, 02/11, 03/11/2026 Morton's neuroma alcohol injections 64632 (Dr. Priya Nandakumar DPM), billed $412.00,
// allowed $238.16 each. 02/24 NCS/EMG 95910 + 95886 (Midtown Neurology), allowed $412.80 + $118.44. 03/02 Botox
// 64612-RT for hemifacial spasm (Dr. Elena Marsh), allowed $311.42 + J0585 $601.50. 04/22 Riverbend Surgical
// Hospital: 64712-LT neuroplasty sciatic nerve (Dr. Owen Castellano) billed $3,840.00 allowed $1,126.58; 64714
// billed $2,960.00, first denied (not on auth PA-2026-0388146), reprocessed 05/19 allowed $874.10; 64445-LT block
// (Dr. Hana Liu) billed $520.00 allowed $142.37; anesthesia 01250.

// ── 1. App claims list, cards (text layer) ──
const appClaimsList = lines({
  id: 's157-appclaims',
  kind: 's157-app-claims-list-cards-text',
  before: 'Claims  ·  Medical  ·  Filter: Jordan (me)  ·  Last 12 months',
  text: [
    'Riverbend Surgical Hospital   Apr 22, 2026   Processed   You may owe $498.40',
    'Claim #[64712] · Owen Castellano MD · Neuroplasty, sciatic nerve ({64712})',
    'Riverbend Surgical Hospital   Apr 22, 2026   Reprocessed   You may owe $174.82',
    'Claim #[41087] · Owen Castellano MD · Neuroplasty, lumbar plexus ({64714})',
    'Hana Liu MD   Apr 22, 2026   Processed   You may owe $102.77   Claim #[41104]',
    'Elena Marsh MD   Mar 2, 2026   Processed   You may owe $912.92   Claim #[30785]',
    'Priya Nandakumar DPM   Mar 11, 2026   Processed   You may owe $238.16   Claim #[29517]',
    'Priya Nandakumar DPM   Feb 11, 2026   Paid to provider   Claim #[27764]',
    'Priya Nandakumar DPM   Jan 14, 2026   Paid to provider   Claim #[25096]',
  ].join('\n'),
});

// ── 2. Member website claims table ──
const webClaims = table({
  id: 's157-webclaims',
  kind: 's157-web-claims-history-grid',
  caption: 'Claims history — Jordan A. Whitfield — 01/01/2026 to 06/30/2026',
  headers: ['Date of service', 'Claim number', 'Provider', 'Service', 'Billed', 'Plan paid', 'You owe', 'Status'],
  rows: [
    [
      '04/22/2026',
      '[64712]',
      'Castellano, Owen',
      'Neuroplasty {64712}-LT',
      '$3,840.00',
      '$628.18',
      '$498.40',
      'Processed',
    ],
    [
      '04/22/2026',
      '[41087]',
      'Castellano, Owen',
      'Neuroplasty {64714}',
      '$2,960.00',
      '$699.28',
      '$174.82',
      'Reprocessed',
    ],
    ['04/22/2026', '[41104]', 'Liu, Hana', 'Nerve block {64445}', '$520.00', '$113.90', '$28.47', 'Processed'],
    [
      '03/11/2026',
      '[29517]',
      'Nandakumar, Priya',
      'Nerve destruction {64632}',
      '$412.00',
      '$0.00',
      '$238.16',
      'Processed',
    ],
    ['03/02/2026', '[30785]', 'Marsh, Elena', 'Chemodenervation {64612}', '$1,376.00', '$0.00', '$912.92', 'Processed'],
    [
      '02/24/2026',
      '[26641]',
      'Midtown Neurology',
      'Nerve conduction {95910}',
      '$690.00',
      '$0.00',
      '$531.24',
      'Processed',
    ],
    [
      '02/11/2026',
      '[27764]',
      'Nandakumar, Priya',
      'Nerve destruction {64632}',
      '$412.00',
      '$0.00',
      '$238.16',
      'Processed',
    ],
    [
      '01/14/2026',
      '[25096]',
      'Nandakumar, Priya',
      'Nerve destruction {64632}',
      '$412.00',
      '$0.00',
      '$238.16',
      'Processed',
    ],
  ],
});

// ── 3. App claim detail / EOB screen (text layer) ──
const appClaimDetail = lines({
  id: 's157-appdetail',
  kind: 's157-app-claim-detail-eob-screen-text',
  before: '< Claims   Claim details',
  text: [
    'Claim #[64712]   Received May 1, 2026   Processed May 6, 2026',
    'Patient: Jordan A. Whitfield   Provider: Owen Castellano MD (in-network)',
    'Service 1 of 1   Apr 22, 2026   {64712} LT',
    'Neuroplasty and/or transposition; sciatic nerve',
    'Amount billed $3,840.00   Network discount −$2,713.42   Allowed amount $1,126.58',
    'Applied to deductible $341.36   Coinsurance $157.04   Plan paid $628.18',
    'What you may owe: $498.40   Remark N130   See EOB page 2',
    'Related: authorization PA-2026-0388146 · facility claim #[41861] · anesthesia claim #[41104]',
  ].join('\n'),
});

// ── 4. EOB PDF, page 1 text layer ──
const eobPdf = lines({
  id: 's157-eobpdf',
  kind: 's157-eob-statement-pdf-text',
  before: 'Heartland Prairie Health — EXPLANATION OF BENEFITS — THIS IS NOT A BILL',
  text: [
    'Heartland Prairie Health, PO Box [64612], Kansas City, MO [64141]-6612',
    'JORDAN A WHITFIELD   2207 FREDERICK AVE   ST JOSEPH MO [64505]',
    'Member ID: W4471823-01   Group: [64714]   Plan: Choice PPO 2500   Statement date: 05/06/2026',
    'Claim number: [64712]   Patient account: RSH-[88731]   Provider: OWEN CASTELLANO MD',
    'Service date 04/22/26   Procedure {64712} LT NEUROPLASTY SCIATIC NRV   Billed 3,840.00   Allowed 1,126.58',
    'Service date 04/22/26   Procedure {64714} NEUROPLASTY LUMBAR PLEXUS   Billed 2,960.00   Allowed 0.00   Code 197',
    '197: Precertification/authorization absent for {64714}. Your provider may request a review.',
    'Deductible met year to date: 2,500.00 of 2,500.00   Out-of-pocket met: 2,657.04 of 6,000.00',
    'Questions? Call 1-888-555-0164 (TTY 711). Document ID EOB-2026-[50587]-01.',
  ].join('\n'),
});

// ── 5. EOB service lines grid on the member website ──
const eobLines = table({
  id: 's157-eoblines',
  kind: 's157-web-eob-service-lines-grid',
  caption: 'Claim 41104 — Hana Liu MD — Anesthesia — Date of service 04/22/2026',
  headers: ['Line', 'Procedure', 'Mod', 'Units', 'Billed', 'Allowed', 'Deductible', 'Coinsurance', 'Paid', 'Remark'],
  rows: [
    ['1', '{01250}', 'AA', '9', '$1,035.00', '$371.52', '$0.00', '$74.30', '$297.22', ''],
    ['2', '{64445}', 'LT 59', '1', '$520.00', '$142.37', '$0.00', '$28.47', '$113.90', 'N/A'],
    ['3', '{76942}', '26', '1', '$180.00', '$0.00', '$0.00', '$0.00', '$0.00', 'M80'],
    ['Total', '', '', '', '$1,735.00', '$513.89', '$0.00', '$102.77', '$411.12', 'Ref [41104]'],
  ],
});

// ── 6. Facility claim detail, revenue-code lines ──
const facility = table({
  id: 's157-facility',
  kind: 's157-web-facility-claim-revenue-lines-grid',
  caption: 'Facility claim — Riverbend Surgical Hospital — Outpatient surgery 04/22/2026',
  headers: ['Rev code', 'Description', 'HCPCS/CPT', 'Units', 'Charges', 'Allowed', 'Claim'],
  rows: [
    ['0360', 'OR services', '{64712}', '1', '$9,412.00', '$3,318.40', '[41861]'],
    ['0360', 'OR services', '{64714}', '1', '$6,880.00', '$2,204.75', '[41861]'],
    ['0370', 'Anesthesia', '', '1', '$1,144.00', 'Bundled', '[41861]'],
    ['0250', 'Pharmacy', '', '14', '$486.20', 'Bundled', '[41861]'],
    ['0710', 'Recovery room', '', '1', '$1,290.00', 'Bundled', '[41861]'],
    ['Total', '', '', '', '[19212].20 USD', '$5,523.15', 'Acct RSH-[88731]'],
  ],
});

// ── 7. Cost estimator search results (text layer) ──
const estResults = lines({
  id: 's157-estresults',
  kind: 's157-cost-estimator-search-results-text',
  before: 'Estimate costs   Search: "neuroplasty"   Near St. Joseph, MO 64505   Within 50 miles',
  text: [
    '14 results for "neuroplasty"',
    'Neuroplasty, sciatic nerve   CPT {64712}   Est. $1,010 – $1,390   Avg. you pay $1,126',
    'Neuroplasty, lumbar plexus   CPT {64714}   Est. $790 – $1,040',
    'Neuroplasty, ulnar nerve at elbow   CPT {64718}   Est. $640 – $910',
    'Carpal tunnel release (neuroplasty, median nerve)   CPT {64721}   Est. $560 – $820',
    'Neuroplasty, digital nerve   CPT {64702}   Est. $410 – $600',
    'Neuroplasty, nerve of hand or foot   CPT {64704}   Est. $380 – $560',
    'Decompression, plantar digital nerve   CPT {64726}   Est. $420 – $610',
    'Searches near ZIP [64505] use your plan Choice PPO 2500 · Group [64714]',
  ].join('\n'),
});

// ── 8. Cost estimator compare providers grid ──
const estCompare = table({
  id: 's157-estcompare',
  kind: 's157-cost-estimator-compare-providers-grid',
  caption: 'Compare providers — Destruction of plantar nerve (Morton’s neuroma)',
  headers: ['Provider', 'Location', 'Procedure', 'Quality', 'Total cost', 'You pay'],
  rows: [
    ['Northland Foot & Ankle', 'St. Joseph, MO [64506]', '{64632}', '4.5 ★', '$238', '$238'],
    ['Heartland Podiatry Group', 'Savannah, MO [64485]', '{64632}', '4.0 ★', '$251', '$251'],
    ['Riverbend Surgical Hospital', 'Kansas City, MO [64155]', '{64632}', '—', '$612', '$612'],
    ['Elmo Family Foot Care', 'Elmo, MO [64445]', '{64632}', 'New', '$226', '$226'],
    ['Northland Foot & Ankle', 'St. Joseph, MO [64506]', '{64455}', '4.5 ★', '$162', '$162'],
  ],
});

// ── 9. Cost estimator procedure detail (text layer) ──
const estDetail = lines({
  id: 's157-estdetail',
  kind: 's157-cost-estimator-procedure-detail-text',
  before: 'Estimate details   Chemodenervation, facial nerve',
  text: [
    'Chemodenervation of muscle(s); muscle(s) innervated by facial nerve, unilateral (e.g., for blepharospasm, hemifacial spasm)',
    'Procedure code: {64612}',
    'What’s included: office visit (typically {99213} or {99214}), the injection ({64612}) and the drug (J0585).',
    'Not included: EMG guidance ({95874}), if your doctor uses it.',
    'Midtown Neurology Associates · 4320 Wornall Rd · Kansas City, MO [64111]',
    'Estimated total $912.92 · You pay $912.92 (deductible) · Estimate ID [10726]',
    'Prices are estimates from claims paid in the last 12 months. Valid through 12/31/2026. Ref [64445].',
  ].join('\n'),
});

// ── 10. Cost estimator autocomplete dropdown ──
const estAuto = lines({
  id: 's157-estauto',
  kind: 's157-cost-estimator-autocomplete-dropdown-text',
  before: 'Search procedures, conditions or CPT codes: 647',
  text: [
    '{64708} Neuroplasty, major peripheral nerve, other',
    '{64712} Neuroplasty, sciatic nerve',
    '{64713} Neuroplasty, brachial plexus',
    '{64714} Neuroplasty, lumbar plexus',
    '{64716} Neuroplasty, cranial nerve',
    '{64718} Neuroplasty, ulnar nerve at elbow',
    'No procedure? Search providers near [64505] instead',
  ].join('\n'),
});

// ── 11. Digital ID card, front and back ──
const idCard = lines({
  id: 's157-idcard',
  kind: 's157-digital-id-card-front-back-text',
  before: 'Digital ID card   Show to your provider   Add to wallet',
  text: [
    'HEARTLAND PRAIRIE HEALTH   Choice PPO 2500',
    'Member: JORDAN A WHITFIELD   ID: W4471823-01   Group: [64714]',
    'RxBIN 610247   RxPCN HPRX   RxGRP [30916]   Issued 12/15/2025',
    'PCP $25   Specialist $50   ER $300   Deductible $2,500 / $5,000   Coinsurance 20%',
    'BACK: Providers file medical claims to Heartland Prairie Health, PO Box [64612], Kansas City, MO [64141]',
    'Payer ID [41169]   EDI claims: Availity   Precertification required — call 1-888-555-0171',
    'Member services 1-888-555-0164   Nurse line 24/7 1-888-555-0199',
  ].join('\n'),
});

// ── 12. Wallet pass JSON (ID card added to phone wallet), text layer ──
const walletPass = lines({
  id: 's157-wallet',
  kind: 's157-id-card-wallet-pass-json-text',
  before: 'pass.json',
  text: [
    '{ "formatVersion": 1, "passTypeIdentifier": "pass.org.hph.idcard", "serialNumber": "W4471823-01",',
    '  "generic": { "primaryFields": [ { "key": "member", "value": "Jordan A. Whitfield" } ],',
    '  "secondaryFields": [ { "key": "group", "label": "GROUP", "value": "[64714]" },',
    '  { "key": "payer", "label": "PAYER ID", "value": "[41169]" }, { "key": "rxbin", "value": "610247" } ],',
    '  "backFields": [ { "key": "claims", "value": "PO Box [64612], Kansas City, MO [64141]" } ] },',
    '  "barcode": { "message": "HPH|W4471823|[64714]|01", "format": "PKBarcodeFormatPDF417" } }',
  ].join('\n'),
});

// ── 13. Prior authorization status list ──
const paList = table({
  id: 's157-palist',
  kind: 's157-prior-auth-status-list-grid',
  caption: 'Prior authorizations — Jordan A. Whitfield',
  headers: ['Reference', 'Requested by', 'Service', 'Code', 'Requested', 'Status'],
  rows: [
    ['PA-2026-0388146', 'Owen Castellano MD', 'Neuroplasty, sciatic', '{64712}', '03/30/2026', 'Approved'],
    [
      'PA-2026-0388146 amended',
      'Owen Castellano MD',
      'Neuroplasty, lumbar plexus',
      '{64714}',
      '05/08/2026',
      'Approved (retro)',
    ],
    ['Tracking [64632]', 'Elena Marsh MD', 'Chemodenervation, facial', '{64612}', '02/18/2026', 'Approved'],
    ['Tracking [20825]', 'Elena Marsh MD', 'Chemodenervation, facial (2nd)', '{64612}', '05/28/2026', 'In review'],
    ['Not required', 'Priya Nandakumar DPM', 'Nerve destruction, plantar', '{64632}', '—', 'No auth needed'],
    [
      'Tracking [36904]',
      'Midtown Neurology',
      'Nerve conduction / EMG',
      '{95910}, {95886}',
      '02/10/2026',
      'Not required',
    ],
  ],
});

// ── 14. Prior authorization detail screen ──
const paDetail = lines({
  id: 's157-padetail',
  kind: 's157-prior-auth-detail-screen-text',
  before: '< Prior authorizations   PA-2026-0388146',
  text: [
    'Status: Approved   Decision date: 04/02/2026   Valid 04/02/2026 – 07/01/2026',
    'Service: Neuroplasty and/or transposition; sciatic nerve   CPT {64712}   Qty 1   Left',
    'Place of service: Outpatient hospital (22) · Riverbend Surgical Hospital · 3100 NE Barry Rd · Kansas City, MO [64155]',
    'Diagnosis: G57.02 Lesion of sciatic nerve, left lower limb',
    'Amendment 05/08/2026: added CPT {64714} (retroactive to 04/22/2026). Reviewer case [64712].',
    'Anesthesia block {64445} does not need its own authorization.',
    'Questions about this authorization: 1-888-555-0171, option 3, case [73877]',
  ].join('\n'),
});

// ── 15. Prior authorization approval letter, PDF text layer ──
const paLetter = lines({
  id: 's157-paletter',
  kind: 's157-prior-auth-approval-letter-pdf-text',
  before: 'Heartland Prairie Health Utilization Management',
  text: [
    'April 2, 2026   Letter ID UM-[44318]',
    'Jordan A. Whitfield, 2207 Frederick Ave, St. Joseph, MO [64505]',
    'RE: Authorization PA-2026-0388146   Member ID W4471823-01   Group [64714]',
    'We have approved the following service requested by Owen Castellano, MD:',
    'CPT/HCPCS: {64712}   Description: Neuroplasty, major peripheral nerve, arm or leg, open; sciatic nerve   Units: 1',
    'Approved from 04/02/2026 through 07/01/2026 at Riverbend Surgical Hospital (in network).',
    'This approval is not a guarantee of payment. Benefits depend on eligibility on the date of service.',
    'Utilization Management, PO Box [64612], Kansas City, MO [64141]. Fax 816-555-0188.',
  ].join('\n'),
});

// ── 16. Deductible tracker screen ──
const dedTracker = lines({
  id: 's157-dedtracker',
  kind: 's157-deductible-tracker-screen-text',
  before: 'Plan usage   2026 plan year   In-network',
  text: [
    'Individual deductible   $2,500.00 of $2,500.00 met ✓',
    'Out-of-pocket max   $2,657.04 of $6,000.00 · $3,342.96 left',
    'Recent claims counting toward your deductible:',
    'Apr 22  {64712} Neuroplasty, sciatic nerve  +$341.36 (met)',
    'Mar 11  {64632} Nerve destruction, foot  +$238.16',
    'Mar 2   {64612} Chemodenervation, facial nerve  +$311.42   J0585 botulinum toxin  +$601.50',
    'Feb 24  {95910} Nerve conduction studies  +$412.80   {95886} Needle EMG  +$118.44',
    'Updated 05/06/2026 from claim [64712]',
  ].join('\n'),
});

// ── 17. Deductible accumulator history grid ──
const dedHistory = table({
  id: 's157-dedhistory',
  kind: 's157-deductible-accumulator-history-grid',
  caption: 'Deductible and out-of-pocket history',
  headers: ['Processed', 'Claim', 'Service', 'Applied to deductible', 'Deductible total', 'OOP total'],
  rows: [
    ['01/20/2026', '[25096]', '{64632}', '$238.16', '$238.16', '$238.16'],
    ['02/17/2026', '[27764]', '{64632}', '$238.16', '$476.32', '$476.32'],
    ['03/03/2026', '[26641]', '{95910}, {95886}', '$531.24', '$1,007.56', '$1,007.56'],
    ['03/10/2026', '[30785]', '{64612}, J0585', '$912.92', '$1,920.48', '$1,920.48'],
    ['03/17/2026', '[29517]', '{64632}', '$238.16', '$2,158.64', '$2,158.64'],
    ['05/06/2026', '[64712]', '{64712}', '$341.36', '$2,500.00', '$2,657.04'],
  ],
});

// ── 18. In-app chat with the nurse line ──
const nurseChat = lines({
  id: 's157-nursechat',
  kind: 's157-app-chat-nurse-line-transcript-text',
  before: 'Chat · 24/7 Nurse Line',
  text: [
    'Session [64445] · Started 9:14 PM · You are chatting with a registered nurse',
    'Nurse Kayla R., RN (9:14 PM): Hi Jordan, I’m a registered nurse. What can I help with tonight?',
    'You (9:15 PM): my surgeon’s paperwork says {64712} and {64714} for next week. what are those exactly?',
    'Nurse Kayla R., RN (9:16 PM): {64712} is a neuroplasty of the sciatic nerve — freeing the nerve from scar tissue.',
    'Nurse Kayla R., RN (9:16 PM): {64714} is the same kind of release at the lumbar plexus, higher up near the spine.',
    'You (9:18 PM): and the anesthesia doc said a nerve block, {64445}?',
    'Nurse Kayla R., RN (9:19 PM): Yes, {64445} is a single sciatic nerve block for pain control after surgery.',
    'Nurse Kayla R., RN (9:21 PM): Your case number is [21213] if you call back. Take care!',
  ].join('\n'),
});

// ── 19. In-app chat with a claims agent ──
const claimsChat = lines({
  id: 's157-claimschat',
  kind: 's157-app-chat-claims-agent-transcript-text',
  before: 'Chat · Claims help',
  text: [
    'Chat ID [66254] · Agent Marcus T. joined the chat',
    'You: why was claim [41087] denied? it was the same surgery',
    'Marcus T.: I see claim [41087] from Dr. Castellano. Line 1, CPT {64714}, denied with code 197 — no authorization.',
    'Marcus T.: The authorization PA-2026-0388146 only listed {64712}. The surgeon’s office can ask us to amend it.',
    'You: they said they sent the op note. reference [64632]?',
    'Marcus T.: That [64632] is your Botox authorization tracking number, not this one. I’ll open a review: ticket [90345].',
    'Marcus T.: Once the amendment is approved we reprocess {64714} automatically. Nothing else changes on {64712}.',
    'Marcus T.: Anything else? Your member ZIP on file is [64505], correct?',
  ].join('\n'),
});

// ── 20. Virtual assistant (bot) chat with quick replies ──
const botChat = lines({
  id: 's157-botchat',
  kind: 's157-app-virtual-assistant-quick-replies-text',
  before: 'Ask Harper (virtual assistant)',
  text: [
    'Harper: Which claim do you want to know about?',
    '[ Claim [64712] · Apr 22 ]  [ Claim [41104] · Apr 22 ]  [ Claim [30785] · Mar 2 ]',
    'You: Claim [41104]',
    'Harper: Claim [41104] (Hana Liu MD) paid $411.12. Services: anesthesia {01250}, nerve block {64445}, ultrasound {76942} (denied, bundled).',
    'Harper: {76942} is ultrasound guidance for the needle. It is included with the block on this claim (remark M80). Ref [52931].',
    'Harper: Want me to explain a code? [ What is {64445}? ]  [ What is {76942}? ]  [ Talk to an agent ]',
  ].join('\n'),
});

// ── 21. Push notifications inbox ──
const pushInbox = lines({
  id: 's157-pushinbox',
  kind: 's157-app-notifications-inbox-text',
  before: 'Notifications',
  text: [
    'New claim processed · Claim #[64712] from Owen Castellano MD · You may owe $498.40 · 2d',
    'Claim updated · Claim #[41087] reprocessed: {64714} now approved · You may owe $174.82 · 2d',
    'Authorization approved · PA-2026-0388146 amended to add lumbar plexus neuroplasty · 3d',
    'Your deductible is met for 2026 🎉 · 2w',
    'Authorization in review · Tracking [20825] · Chemodenervation {64612} · 3w',
    'HSA: reimbursement of $238.16 sent to account ending 4471 · Transfer [12441] · 1mo',
  ].join('\n'),
});

// ── 22. Push notification payload (APNs/FCM), text layer ──
const pushPayload = lines({
  id: 's157-pushpayload',
  kind: 's157-push-notification-payload-json-text',
  before: 'payload received (debug build)',
  text: [
    '{"aps":{"alert":{"title":"Claim processed","body":"Claim #[64712] from Owen Castellano MD is ready"},"badge":3},',
    ' "hph":{"type":"CLAIM_PROCESSED","claimId":"[64712]","memberSeq":"01","group":"[64714]",',
    '  "procedures":["{64712}"],"amountOwed":"498.40","deeplink":"hph://claims/[64712]"},',
    ' "notificationId":"[64632]","campaign":"[50612]"}',
  ].join('\n'),
});

// ── 23. HSA link screen ──
const hsaLink = lines({
  id: 's157-hsalink',
  kind: 's157-hsa-link-account-screen-text',
  before: 'Health Savings Account   Linked to Prairie Trust HSA',
  text: [
    'HSA balance $3,418.77   Available to reimburse $3,418.77   Account ending 4471',
    'Pay yourself back for these claims:',
    '☐ Claim [64712] · Apr 22 · Neuroplasty {64712} · You owe $498.40',
    '☐ Claim [41087] · Apr 22 · Neuroplasty {64714} · You owe $174.82',
    '☐ Claim [41104] · Apr 22 · Anesthesia, nerve block {64445} · You owe $102.77',
    '☑ Claim [29517] · Mar 11 · Nerve destruction {64632} · Reimbursed',
    'Prairie Trust member no. [10823] · Link reference [11583]',
  ].join('\n'),
});

// ── 24. HSA transactions grid ──
const hsaTx = table({
  id: 's157-hsatx',
  kind: 's157-hsa-transactions-grid',
  caption: 'HSA activity — Prairie Trust — account ending 4471',
  headers: ['Date', 'Description', 'Category', 'Amount', 'Balance', 'Transaction'],
  rows: [
    ['03/20/2026', 'Reimburse claim [29517] — CPT {64632}', 'Medical', '−$238.16', '$3,180.61', '[12441]'],
    ['03/15/2026', 'Payroll contribution', 'Deposit', '+$175.00', '$3,418.77', '[12442]'],
    ['03/12/2026', 'Midtown Neurology — {64612} + J0585', 'Medical (card)', '−$912.92', '$3,243.77', '[50612]'],
    ['02/20/2026', 'Northland Foot & Ankle — {64632}', 'Medical (card)', '−$238.16', '$4,156.69', '[12389]'],
    ['01/31/2026', 'Interest', 'Interest', '+$0.41', '$4,394.85', '[64445]'],
  ],
});

// ── 25. Downloadable claims CSV (member website "Download claims") ──
const claimsCsv = lines({
  id: 's157-claimscsv',
  kind: 's157-claims-download-csv-text',
  before: 'HPH_claims_W4471823_2026.csv',
  text: [
    'claim_number,service_date,provider,provider_zip,procedure_code,modifier,billed,allowed,plan_paid,you_owe,status',
    '[64712],2026-04-22,CASTELLANO OWEN,[64155],{64712},LT,3840.00,1126.58,628.18,498.40,PROCESSED',
    '[41087],2026-04-22,CASTELLANO OWEN,[64155],{64714},,2960.00,874.10,699.28,174.82,REPROCESSED',
    '[41104],2026-04-22,LIU HANA,[64155],{01250},AA,1035.00,371.52,297.22,74.30,PROCESSED',
    '[41104],2026-04-22,LIU HANA,[64155],{64445},LT,520.00,142.37,113.90,28.47,PROCESSED',
    '[41861],2026-04-22,RIVERBEND SURGICAL HOSPITAL,[64155],{64712},,9412.00,3318.40,2654.72,663.68,PROCESSED',
    '[30785],2026-03-02,MARSH ELENA,[64111],{64612},RT,596.00,311.42,0.00,311.42,PROCESSED',
    '[29517],2026-03-11,NANDAKUMAR PRIYA,[64506],{64632},,412.00,238.16,0.00,238.16,PROCESSED',
    '[26641],2026-02-24,MIDTOWN NEUROLOGY,[64111],{95910},,520.00,412.80,0.00,412.80,PROCESSED',
    '[26641],2026-02-24,MIDTOWN NEUROLOGY,[64111],{95886},RT,170.00,118.44,0.00,118.44,PROCESSED',
    '[27764],2026-02-11,NANDAKUMAR PRIYA,[64506],{64632},,412.00,238.16,0.00,238.16,PROCESSED',
    '[25096],2026-01-14,NANDAKUMAR PRIYA,[64506],{64632},,412.00,238.16,0.00,238.16,PROCESSED',
  ].join('\n'),
});

// ── 26. FHIR ExplanationOfBenefit (patient access API, "Share with an app" developer view) ──
const fhirEob = lines({
  id: 's157-fhireob',
  kind: 's157-patient-access-fhir-eob-json-text',
  before: 'GET /fhir/R4/ExplanationOfBenefit?patient=W4471823-01&_lastUpdated=gt2026-05-01',
  text: [
    '"resourceType": "ExplanationOfBenefit", "id": "eob-[64712]",',
    '"identifier": [{ "system": "https://hph.example/claim-number", "value": "[64712]" }],',
    '"preAuthRef": ["PA-2026-0388146"], "provider": { "reference": "Practitioner/[88431]" },',
    '"item": [{ "sequence": 1, "productOrService": { "coding": [{ "system": "http://www.ama-assn.org/go/cpt",',
    '  "code": "{64712}", "display": "Neuroplasty sciatic nerve" }] }, "modifier": [{ "coding": [{ "code": "LT" }] }],',
    '  "adjudication": [{ "category": { "coding": [{ "code": "eligible" }] }, "amount": { "value": 1126.58 } }] }],',
    '"insurance": [{ "focal": true, "coverage": { "reference": "Coverage/grp-[64714]-W4471823" } }]',
  ].join('\n'),
});

// ── 27. FHIR ClaimResponse for the prior auth (same developer view) ──
const fhirPa = lines({
  id: 's157-fhirpa',
  kind: 's157-patient-access-fhir-prior-auth-claimresponse-text',
  before: 'GET /fhir/R4/ClaimResponse?use=preauthorization&patient=W4471823-01',
  text: [
    '{ "resourceType": "ClaimResponse", "id": "pa-[20825]", "use": "preauthorization", "outcome": "queued",',
    '  "preAuthRef": "TRK-[20825]", "item": [{ "itemSequence": 1, "adjudication": [{ "category": { "text": "pended" } }] }],',
    '  "addItem": [{ "productOrService": { "coding": [{ "system": "http://www.ama-assn.org/go/cpt", "code": "{64612}" }] },',
    '  "modifier": [{ "coding": [{ "code": "RT" }] }] }], "requestor": { "reference": "Practitioner/[30734]" } }',
  ].join('\n'),
});

// ── 28. Secure message center (member website) ──
const msgCenter = lines({
  id: 's157-msgcenter',
  kind: 's157-web-secure-message-thread-text',
  before: 'Message Center › Inbox › Re: Claim 41087 denial',
  text: [
    'From: Heartland Prairie Health Claims   Sent: 05/19/2026 10:42 AM   Message ID [88222]',
    'Dear Jordan, we reprocessed claim [41087] after Dr. Castellano’s office amended authorization PA-2026-0388146.',
    'Procedure {64714} (neuroplasty, lumbar plexus) is now covered: allowed $874.10, plan paid $699.28, you owe $174.82.',
    'Your earlier question about {64712} on claim [64712]: that line was correct; it applied $341.36 to your deductible.',
    'Reply by 06/18/2026 to keep this thread open. Reference [73105].',
  ].join('\n'),
});

// ── 29. Appeal / "dispute a claim" web form ──
const appealForm = lines({
  id: 's157-appeal',
  kind: 's157-web-appeal-dispute-claim-form-text',
  before: 'File an appeal   Step 2 of 3   Tell us about the claim',
  text: [
    'Claim number *  [41087]',
    'Date of service *  04/22/2026',
    'Procedure(s) you are appealing (CPT, optional)  {64714}',
    'Reason *  Authorization was requested for the same surgery; {64714} was done together with {64712}.',
    'Mailing address *  2207 Frederick Ave, St. Joseph, MO [64505]',
    'Send written appeals to: Appeals Unit, PO Box [64612], Kansas City, MO [64141]',
    'Draft saved · Appeal draft [21700]',
  ].join('\n'),
});

// ── 30. "Your EOB is ready" email ──
const eobEmail = lines({
  id: 's157-eobemail',
  kind: 's157-eob-ready-email-text',
  before: 'From: Heartland Prairie Health <noreply@hph.example>  Subject: Your Explanation of Benefits is ready',
  text: [
    'Hi Jordan, a new Explanation of Benefits is ready for claim ending in [64712].',
    'Provider: Owen Castellano MD · Date of service: April 22, 2026 · Service: {64712}',
    'Sign in to the app or hph.example/member to view it. We never put your full member ID in email.',
    'Heartland Prairie Health · 1100 Main St · Kansas City, MO [64102]',
    'Unsubscribe from EOB emails · Email ID [95231]',
  ].join('\n'),
});

// ── 31. Claim status timeline ──
const timeline = lines({
  id: 's157-timeline',
  kind: 's157-app-claim-status-timeline-text',
  before: 'Claim #41087 · Track this claim',
  text: [
    '● Apr 29  Received from Riverbend Surgical Hospital (electronic, batch [81386])',
    '● May 4   Processed — {64714} denied: no authorization on file',
    '● May 8   Authorization PA-2026-0388146 amended to include {64714}',
    '● May 19  Reprocessed — {64714} approved; allowed $874.10',
    '● May 21  Payment $699.28 sent to provider, check/EFT [20154]',
    '● May 23  Updated EOB mailed to 2207 Frederick Ave, St. Joseph, MO [64505]',
  ].join('\n'),
});

// ── 32. Year-to-date claims summary (printable statement) ──
const ytdSummary = table({
  id: 's157-ytd',
  kind: 's157-web-ytd-claims-summary-print-grid',
  caption: 'Year-to-date claims summary — Jordan A. Whitfield — printed 06/02/2026',
  headers: ['Procedure', 'Description', 'Times', 'Allowed', 'Plan paid', 'You paid'],
  rows: [
    ['{64632}', 'Destruction, plantar common digital nerve', '3', '$714.48', '$0.00', '$714.48'],
    ['{64612}', 'Chemodenervation, facial nerve', '1', '$311.42', '$0.00', '$311.42'],
    ['{95910}', 'Nerve conduction studies, 7–8 studies', '1', '$412.80', '$0.00', '$412.80'],
    ['{95886}', 'Needle EMG, each extremity', '1', '$118.44', '$0.00', '$118.44'],
    ['{64712}', 'Neuroplasty, sciatic nerve', '2', '$4,444.98', '$3,282.90', '$1,162.08'],
    ['{64714}', 'Neuroplasty, lumbar plexus', '1', '$874.10', '$699.28', '$174.82'],
    ['{64445}', 'Injection, sciatic nerve, single', '1', '$142.37', '$113.90', '$28.47'],
    ['Total', '', '10', '$7,018.59', '$4,096.08', '$2,922.51'],
  ],
});

// ── 33. Find care: provider profile with procedures performed ──
const provProfile = lines({
  id: 's157-provprofile',
  kind: 's157-find-care-provider-profile-text',
  before: 'Find care › Owen Castellano, MD › Peripheral nerve surgery',
  text: [
    'Riverbend Surgical Hospital, 3100 NE Barry Rd, Kansas City, MO [64155] · 816-555-0140',
    'Also at: Northland Nerve Center, 215 N Belt Hwy, St. Joseph, MO [64506]',
    'Common procedures: {64712} Neuroplasty, sciatic nerve · {64714} Neuroplasty, lumbar plexus · {64721} Carpal tunnel release',
    'Also performs: {64718} ulnar nerve transposition, {64708} neuroplasty of other major nerve, {64787} implant nerve end',
    'In network for Choice PPO 2500 · Provider ID [81673] · Accepting new patients',
  ].join('\n'),
});

// ── 34. In-app search results (member typed a code) ──
const appSearch = lines({
  id: 's157-appsearch',
  kind: 's157-app-global-search-results-text',
  before: 'Search: 64632',
  text: [
    'Procedures (1): {64632} Destruction by neurolytic agent; plantar common digital nerve — Estimate cost',
    'Your claims (3): Claim [29517] Mar 11 · Claim [27764] Feb 11 · Claim [25096] Jan 14',
    'Authorizations (1): Tracking [64632] — chemodenervation, facial nerve (number match)',
    'Help articles (1): “Do I need prior authorization for {64632}?”',
    'Providers (2) who perform {64632}: Northland Foot & Ankle, St. Joseph [64506] · Heartland Podiatry Group, Savannah',
  ].join('\n'),
});

// ── 35. Help center FAQ article ──
const faq = lines({
  id: 's157-faq',
  kind: 's157-help-center-faq-article-text',
  before: 'Help center › Prior authorization › Nerve procedures',
  text: [
    'Do I need prior authorization for a nerve procedure?',
    'Open nerve surgery such as neuroplasty ({64712}, {64714}, {64718}) needs prior authorization for every Choice PPO member.',
    'Nerve blocks for pain control on the day of surgery ({64445}, {64447}) and Morton’s neuroma injections ({64632}, {64455}) do not.',
    'Botox for facial spasm ({64612}) needs authorization once every 12 months, plus the drug (J0585).',
    'Carpal tunnel and ulnar nerve releases ({64721}, {64718}) done in an ASC follow the same rule as {64712}.',
    'Your doctor requests it; you can track it under Benefits › Prior authorizations. Article [12916] · Updated 01/05/2026',
    'Related articles: [13562] “Reading your EOB” · [13570] “Appeal a denied claim”',
  ].join('\n'),
});

// ── 36. Benefit detail "Am I covered?" screen ──
const benefit = lines({
  id: 's157-benefit',
  kind: 's157-benefit-coverage-detail-screen-text',
  before: 'Benefits › Outpatient surgery › Peripheral nerve surgery',
  text: [
    'In-network: 20% after deductible   Out-of-network: 40% after deductible',
    'Includes: neuroplasty (CPT {64702}–{64727}), nerve destruction ({64632}), chemodenervation ({64612})',
    'Prior authorization: required for {64712} and {64714}; see medical policy MP-[30923]',
    'Limits: none. Facility and surgeon are billed separately (e.g., hospital claim [41861] and surgeon claim [64712]).',
    'Plan document: Choice PPO 2500 SPD, section 7.4, page 47 · Document ID [99067]',
  ].join('\n'),
});

// ── 37. Pay your bill (provider balance via the app) ──
const payBill = lines({
  id: 's157-paybill',
  kind: 's157-app-pay-provider-bill-screen-text',
  before: 'Pay a bill   Riverbend Physicians Group',
  text: [
    'Statement [44102] · Guarantor Jordan Whitfield · Account RPG-[30720]',
    '04/22/2026  {64712}-LT  Neuroplasty sciatic  Ins. paid $628.18  Patient balance $498.40',
    '04/22/2026  {64714}  Neuroplasty lumbar plexus  Patient balance $174.82',
    'Total due $673.22 · Pay with HSA card ending 4471',
    'Payments processed by Riverbend Physicians Group, PO Box [41873], Kansas City, MO [64141]',
  ].join('\n'),
});

// ── 38. SMS text alerts ──
const sms = lines({
  id: 's157-sms',
  kind: 's157-sms-text-alerts-thread-text',
  before: 'Messages · 55761 · Heartland Prairie Health',
  text: [
    'HPH: Your prior auth request TRK [20825] for {64612} is in review. Reply STOP to end. Msg&data rates may apply.',
    'HPH: Claim [41087] was reprocessed. Log in to see your EOB. Code: [73584] expires in 10 min.',
    'HPH: Your verification code is [61047]. Do not share it.',
    'HPH: Reminder: your nurse line case [21213] has a follow-up note.',
  ].join('\n'),
});

// ── 39. Claim reprocessed letter (PDF text layer) ──
const reprocLetter = lines({
  id: 's157-reproc',
  kind: 's157-claim-reprocessed-notice-letter-pdf-text',
  before: 'NOTICE OF CLAIM ADJUSTMENT',
  text: [
    'May 19, 2026   Jordan A. Whitfield, 2207 Frederick Ave, St. Joseph, MO [64505]',
    'Original claim [41087] processed 05/04/2026 is adjusted as claim [41087]-A1.',
    'Line 1  {64714}  04/22/2026  Billed $2,960.00  Was: Allowed $0.00 (197)  Now: Allowed $874.10',
    'Plan pays $699.28 to Owen Castellano MD. Your share: coinsurance $174.82.',
    'Line 2  {64712}  unchanged (see claim [64712]).',
    'Adjustment reason: authorization PA-2026-0388146 amended 05/08/2026. Control no. [88508].',
    'Prompt-pay interest: $0.00. Provider payment batch [36218], EFT trace [47733].',
  ].join('\n'),
});

// ── 40. Estimate vs. actual comparison card ──
const estVsActual = table({
  id: 's157-estvsactual',
  kind: 's157-app-estimate-vs-actual-grid',
  caption: 'Your April 22 surgery: estimate vs. what you owe',
  headers: ['Service', 'CPT', 'Estimated', 'Actual allowed', 'You owe'],
  rows: [
    ['Surgeon — neuroplasty, sciatic', '{64712}', '$1,126', '$1,126.58', '$498.40'],
    ['Surgeon — neuroplasty, lumbar plexus', '{64714}', '$790', '$874.10', '$174.82'],
    ['Anesthesia — nerve block', '{64445}', '$150', '$142.37', '$28.47'],
    ['Facility', '{64712}, {64714}', '$5,100', '$5,523.15', '$663.68'],
    ['Estimate ID', '[10726]', 'Saved 03/28/2026', 'Claims [64712], [41087]', 'Ref [41861]'],
  ],
});

// ── 41. Nurse line call summary email ──
const nurseSummary = lines({
  id: 's157-nursesummary',
  kind: 's157-nurse-line-call-summary-email-text',
  before: 'Subject: Summary of your call with the 24/7 Nurse Line',
  text: [
    'Date: 04/15/2026 9:14 PM CT   Nurse: Kayla R., RN   Case [21213]',
    'Topic: upcoming surgery on 04/22, CPT {64712} and {64714}, with a nerve block ({64445}) for pain control',
    'Your earlier Morton’s neuroma injections ({64632}, three since January) and Botox ({64612}) were noted.',
    'Advice: call your surgeon for fever over 101 F or new numbness. Riverbend Physicians Group 816-555-0140.',
    'Sent to jw****@example.com · Message [58836] · Heartland Prairie Health, 1100 Main St, Kansas City, MO [64102]',
  ].join('\n'),
});

// ── 42. HSA administrator documentation request (substantiation) ──
const hsaDocs = lines({
  id: 's157-hsadocs',
  kind: 's157-hsa-card-substantiation-request-text',
  before: 'Prairie Trust HSA › Documents › Requests',
  text: [
    'Documentation request [47210] · Opened 03/20/2026 · Card ending 4471',
    'Card purchase 03/12/2026, MIDTOWN NEUROLOGY ASSO, $912.92: we need an itemized receipt or EOB.',
    'Accepted 03/25/2026: HPH EOB for claim [30785] showing {64612} (RT) and J0585 x 50 units. Upload file [77341].',
    'Card purchase 02/20/2026, NORTHLAND FOOT & ANKLE, $238.16: auto-matched to HPH claim [27764] ({64632}).',
    'Send paper receipts to Prairie Trust, PO Box [57104], Sioux Falls, SD [57117]. Case [18420].',
  ].join('\n'),
});

// ── 43. EOB documents list (member website "Documents") ──
const eobDocs = table({
  id: 's157-eobdocs',
  kind: 's157-web-eob-documents-list-grid',
  caption: 'Documents › Explanations of Benefits › 2026',
  headers: ['Document', 'Claim', 'Date of service', 'Procedures', 'Issued', 'File'],
  rows: [
    ['EOB', '[64712]', '04/22/2026', '{64712}', '05/06/2026', 'EOB_[60466].pdf'],
    ['EOB (adjusted)', '[41087]', '04/22/2026', '{64714}', '05/19/2026', 'EOB_[60452].pdf'],
    ['EOB', '[41104]', '04/22/2026', '{01250}, {64445}, {76942}', '05/04/2026', 'EOB_[60441].pdf'],
    ['EOB', '[29517]', '03/11/2026', '{64632}', '03/17/2026', 'EOB_[60433].pdf'],
    ['EOB', '[30785]', '03/02/2026', '{64612}, J0585', '03/10/2026', 'EOB_[60427].pdf'],
    ['EOB', '[26641]', '02/24/2026', '{95910}, {95886}', '03/03/2026', 'EOB_[60419].pdf'],
  ],
});

export const sealed157: Snippet[] = [
  ...appClaimsList,
  ...webClaims,
  ...appClaimDetail,
  ...eobPdf,
  ...eobLines,
  ...facility,
  ...estResults,
  ...estCompare,
  ...estDetail,
  ...estAuto,
  ...idCard,
  ...walletPass,
  ...paList,
  ...paDetail,
  ...paLetter,
  ...dedTracker,
  ...dedHistory,
  ...nurseChat,
  ...claimsChat,
  ...botChat,
  ...pushInbox,
  ...pushPayload,
  ...hsaLink,
  ...hsaTx,
  ...claimsCsv,
  ...fhirEob,
  ...fhirPa,
  ...msgCenter,
  ...appealForm,
  ...eobEmail,
  ...timeline,
  ...ytdSummary,
  ...provProfile,
  ...appSearch,
  ...faq,
  ...benefit,
  ...payBill,
  ...sms,
  ...reprocLetter,
  ...estVsActual,
  ...nurseSummary,
  ...hsaDocs,
  ...eobDocs,
];
