import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 11 (issue 11). `sealed10.ts` was scored and becomes tuning data; this set replaces it as the blind one.
 * It was written, with its labels, by someone who never read the detector (lib/detect.ts, lib/detect/*,
 * lib/page/context.ts), never read a score of an earlier sealed set, and never ran the detector on these snippets.
 * Its page shapes (`kind`, prefixed `s11-`) appear in no other corpus file. Score it once; do not edit a snippet to
 * make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Decoys reuse those digits and numbers of the 10,000-code
 * synthetic set (KNOWN_10K) as ZIPs, ids, counts, ledger and CDM numbers, so the 10k score means something.
 *
 * Shapes built on real public layouts (column and segment names; our codes swapped in): the CMS NCCI MUE
 * practitioner table (HCPCS/CPT Code, MUE Values, MUE Adjudication Indicator, MUE Rationale), an X12 835 written
 * with `|` element and `>` component separators (CLP, SVC, CAS, LQ, PLB), a FHIR R4 CoverageEligibilityResponse
 * (insurance.item.productOrService, authorizationRequired), an HL7 v2 ACK with MSA and ERR segments (ERR-2 location,
 * ERR-3 HL70357 code), a MAC LCD "Response to Comments" table, a hospital shoppable-services (45 CFR 180.60)
 * display page and a payer EDI companion-guide example. The rest (OR status board, payer fee inquiry modal,
 * attachment index, transcription footer, appeal tracker cards, pasted TSV in a ticket, IT charge-build ticket,
 * webinar captions, auto PIP ledger, episode grouper triggers, bilateral modifier matrix, clearinghouse split log,
 * TRICARE referral grid) are written the way those pages read, with no single public source.
 */

// ── CMS NCCI MUE practitioner services table (PDF/CSV rendered as HTML table) ──
const mue: Snippet[] = table({
  id: 's11-mue',
  kind: 's11-mue-table',
  caption: 'Practitioner Services MUE Table – Effective 01/01/2027 (Version 2027Q1)',
  headers: ['HCPCS/CPT Code', 'Practitioner Services MUE Values', 'MUE Adjudication Indicator', 'MUE Rationale'],
  rows: [
    ['{64712}', '1', '2 Date of Service Edit: Policy', 'Anatomic Consideration'],
    ['{64714}', '1', '2 Date of Service Edit: Policy', 'Anatomic Consideration'],
    ['{64632}', '1', '2 Date of Service Edit: Policy', 'Nature of Service/Procedure'],
    ['{64445}', '1', '3 Date of Service Edit: Clinical', 'Clinical: Data'],
    ['{64612}', '2', '3 Date of Service Edit: Clinical', 'CMS NCCI Policy'],
  ],
}).concat(
  lines({
    id: 's11-mue-foot',
    kind: 's11-mue-table',
    text: [
      'Rows 1–[12389] of [38613] | Download file MCR_MUE_PractitionerServices_Eff_01-01-2027.zip',
      'Questions: NCCI contractor, P.O. Box [33295], Indianapolis, IN [46097]-0108',
    ].join('\n'),
  }),
);

// ── X12 835 with | element separator and > component separator (clearinghouse raw view) ──
const x835: Snippet[] = lines({
  id: 's11-835p',
  kind: 's11-x12-835-pipe-sep',
  text: [
    'ISA|00|          |00|          |ZZ|[87741]          |ZZ|SUMMITNEURO    |270112|1412|^|[00501]|000028037|0|P|>~',
    'GS|HP|[87741]|SUMMITNEURO|20270112|1412|[28037]|X|005010X221A1~',
    'BPR|I|[11310]|C|ACH|CCP|01|091151004|DA|7788123|1512345678||01|064712003|DA|3399100|20270115~',
    'TRN|1|EFT-[45012]|1512345678~',
    'N1|PR|GREAT PLAINS HEALTH PLAN~',
    'N4|OMAHA|NE|[68969]~',
    'CLP|MRN[64445]|1|[72481]|[11310]||MC|[64632]|11~',
    'SVC|HC>{64712}>RT|[41795]|[52623]||1~',
    'DTM|472|20261218~',
    'CAS|CO|45|[12389]~',
    'AMT|B6|[52623]~',
    'SVC|HC>{64714}>LT|[30103]|[22344]||1~',
    'CAS|CO|45|7759~',
    'SVC|HC>{64612}|[55044]|0||2~',
    'CAS|CO|97|[55044]~',
    'LQ|HE|N19~',
    'PLB|1512345678|20271231|WO>[64632]|-2500|L6>[70238]|-1834~',
    'SE|24|0001~',
  ].join('\n'),
});

// ── FHIR R4 CoverageEligibilityResponse, pretty-printed JSON (payer API sandbox viewer) ──
const fhirCer: Snippet[] = lines({
  id: 's11-cer',
  kind: 's11-fhir-coverage-eligibility-response',
  text: [
    '{ "resourceType": "CoverageEligibilityResponse", "id": "cer-[36508]",',
    '  "identifier": [{ "system": "https://payer.example/cer", "value": "[64714]" }],',
    '  "patient": { "reference": "Patient/[53756]" },',
    '  "insurer": { "identifier": { "value": "[60135]" } },',
    '  "insurance": [{ "coverage": { "reference": "Coverage/[64612]" }, "inforce": true,',
    '    "item": [',
    '      { "productOrService": { "coding": [{ "system": "http://www.ama-assn.org/go/cpt", "code": "{64712}" }] },',
    '        "authorizationRequired": true, "authorizationSupporting": [{ "text": "Office notes" }] },',
    '      { "productOrService": { "coding": [{ "system": "http://www.ama-assn.org/go/cpt", "code": "{64632}" }] },',
    '        "modifier": [{ "coding": [{ "code": "RT" }] }], "authorizationRequired": false,',
    '        "benefit": [{ "type": { "text": "copay" }, "allowedMoney": { "value": 40, "currency": "USD" } }] },',
    '      { "productOrService": { "coding": [{ "code": "{64445}", "display": "Injection, anesthetic agent; sciatic nerve, single" }] },',
    '        "authorizationRequired": false, "excluded": false }',
    '    ] }],',
    '  "preAuthRef": "PA[95439]", "disposition": "Processed; 2 items" }',
  ].join('\n'),
});

// ── HL7 v2 ACK with MSA/ERR after a rejected DFT (interface engine message viewer) ──
const hl7Ack: Snippet[] = lines({
  id: 's11-ack',
  kind: 's11-hl7-ack-err',
  text: [
    'MSH|^~\\&|CHGENG|SUMMIT|EPICADT|SUMMIT|20270112093015||ACK^P03|ACK[77664]|P|2.5.1',
    'MSA|AE|MSG[48364]|FT1-7 procedure code not on charge master',
    'ERR||FT1^1^7^1|103^Table value not found^HL[70357]|E||||FT1-7 value {64714}^Destruction by neurolytic agent, trigeminal^C4 not active in CDM [21367]',
    'ERR||FT1^2^25^1|103^Table value not found^HL[70357]|W||||FT1-25 modifier 50 invalid with {64612}',
    'Original FT1|1|[64445]||20270110|20270110|CG|{64445}^Inj sciatic nerve^C4|||1|||||||||||||',
    'Resend queue: 3 of 9 | Channel [16792] | Interface id [55899]',
  ].join('\n'),
});

// ── MAC LCD "Response to Comments" table (MCD proposed-LCD comment summary) ──
const lcdComments: Snippet[] = table({
  id: 's11-rtc',
  kind: 's11-lcd-response-to-comments',
  caption: 'Response To Comments — Peripheral Nerve Blocks (DL[39618])',
  headers: ['Number', 'Comment', 'Response'],
  rows: [
    [
      '1',
      'A commenter requested that {64632} be added to Group 1 codes because plantar common digital nerve neurolysis is performed in the office.',
      'We agree. CPT {64632} has been added to the billing and coding article A[58069].',
    ],
    [
      '2',
      'Several societies asked that the limit of two sessions for {64445} and {64712}/{64714} be raised to four per 12 months.',
      'The contractor has not changed the frequency limits. See comment letters received from 35 commenters through 04/30/2026.',
    ],
    [
      '3',
      'Please clarify whether chemodenervation of the face, {64612}, and of the foot, {64632}, requires EMG guidance.',
      'Guidance is addressed in the article; no change to coverage indications. Public meeting held at [10226] Executive Blvd, Rockville MD [20852].',
    ],
  ],
});

// ── OR status board (wall display / web board, one line per room) ──
const orBoard: Snippet[] = lines({
  id: 's11-orb',
  kind: 's11-or-status-board',
  text: [
    'SUMMIT SURGERY CENTER — OR STATUS   Thu 01/14   10:42',
    'OR 1 | IN ROOM 10:05 | Case [40716] | Dr. Haddad | {64712} RT occipital nerve neurolysis | Est end 10:50',
    'OR 2 | TURNOVER | Next case [40721] | Dr. Oyelaran | {64445}, {64632} | Pt in pre-op bay 12',
    'OR 3 | CLOSED | — | Block room staffed until 15:30',
    'PACU | 4 of 6 beds | Case [40698] out 10:31 | Phase II ext [82180]',
    'Delays: OR 2 — consent missing (Case [40721]); pager [61330]',
  ].join('\n'),
});

// ── Payer portal "Fee schedule inquiry" result modal ──
const feeModal: Snippet[] = lines({
  id: 's11-fee',
  kind: 's11-payer-fee-inquiry-modal',
  text: [
    'Fee Schedule Inquiry',
    'Provider TIN: ***-**-[14692]   Network: Commercial PPO   Region [47137]',
    'Procedure code: {64714}   Modifier: (none)   Place of service: 11',
    'Allowed amount: $612.45   Schedule id: FS[79602]   Effective 01/01/2027',
    'Procedure code: {64632} Modifier: RT   Allowed amount: $188.30',
    'Procedure code: {64612}-50   Allowed amount: $402.00 (bilateral, 150%)',
    'Amounts shown in cents in export: [61245] | [18830] | [40200]',
    'Inquiry reference [92292] · This is not a guarantee of payment.',
  ].join('\n'),
});

// ── Hospital shoppable services display (price transparency consumer page) ──
const shoppable: Snippet[] = table({
  id: 's11-shop',
  kind: 's11-shoppable-services-page',
  caption:
    'Shoppable Services — Pain Management (prices as of 12/31/2026) Saint Brendan Medical Center, Tulsa OK 74104',
  headers: [
    'Charge code',
    'Service',
    'CPT/HCPCS',
    'Discounted cash price',
    'Payer-specific (BCBS OK)',
    'De-identified min / max',
  ],
  rows: [
    ['[63402]', 'Occipital nerve destruction', '{64712}', '$1,240', '$986', '$640 / $2,100'],
    ['[63405]', 'Trigeminal nerve destruction', '{64714}', '$1,480', '$1,102', '$720 / $2,380'],
    ['[50668]', 'Sciatic nerve block', '{64445}', '$410', '$296', '$180 / $690'],
    ['[50671]', 'Chemodenervation, facial', '{64612}', '$560', '$418', '$250 / $905'],
  ],
}).concat(
  lines({
    id: 's11-shop-foot',
    kind: 's11-shoppable-services-page',
    text: 'Machine-readable file: 731234567_saint-brendan_standardcharges.csv · 1919 S Wheeling Ave, Tulsa OK [74104] · Financial assistance 918-555-0188',
  }),
);

// ── Claim attachment index (electronic attachments / PWK tracking screen) ──
const attachIdx: Snippet[] = table({
  id: 's11-att',
  kind: 's11-claim-attachment-index',
  caption: 'Attachment Index — Claim 7731200491 (Attachment control numbers)',
  headers: ['ACN', 'Type', 'Pages', 'Linked line', 'Sent', 'Status'],
  rows: [
    ['[86678]', 'OZ Op report', '4', 'Line 1 {64712}-RT', '01/09/2027', 'Received'],
    ['[86679]', 'OB Office note', '2', 'Line 2 {64714}', '01/09/2027', 'Received'],
    ['[64445]', 'EB EOB primary', '1', 'All lines', '01/10/2027', 'Pending match'],
    ['[24588]', 'OZ Nerve conduction study', '3', 'Line 3 {64632}', '01/11/2027', 'Rejected: unreadable'],
  ],
});

// ── Transcription footer under a dictated operative note ──
const dictFooter: Snippet[] = lines({
  id: 's11-dict',
  kind: 's11-transcription-footer',
  text: [
    'Estimated blood loss: minimal. The patient tolerated the procedure well.',
    'CODING: {64712} (right), {64712}-LT (left) — bilateral occipital nerve neurolysis; {64445} performed separately at the sciatic site.',
    'D: 01/12/2027 14:05  T: 01/12/2027 16:40  Job #: [93304]  Doc ID: [58985]',
    'Voice ID [04682] / Transcriptionist ID [20366] / cc: Referring, Dr. M. Lund, fax 402-555-0147',
    'Electronically signed by R. Haddad MD on 01/13/2027',
  ].join('\n'),
});

// ── Denial appeal tracker (kanban cards) ──
const appealKanban: Snippet[] = lines({
  id: 's11-kan',
  kind: 's11-appeal-tracker-kanban',
  text: [
    'TO APPEAL (7)',
    'Card #[31101] · Aetna · DOS 11/03 · {64632} denied CO-50 · due 02/01',
    'Card #[31102] · UHC · {64714} and {64712} bundled (CO-97) · acct [64712]',
    'IN PROGRESS (3)',
    'Card #[30988] · Humana · Level 2 · {64445} x2 units, MUE 1 · owner: JT',
    'SUBMITTED (12)',
    'Card #[30871] · Cigna · ref [77664] · {64612} modifier 50 → resubmitted as RT/LT',
    'WON (41) · board [34296]',
  ].join('\n'),
});

// ── Tab-separated rows pasted into a help-desk ticket (one text node) ──
const tsvPaste: Snippet[] = [
  {
    id: 's11-tsv-1',
    kind: 's11-pasted-tsv-ticket',
    text: [
      "Hi team, these didn't drop to the claim, copied from the report:",
      'Acct\tDOS\tCode\tUnits\tDept\tCharge',
      '[43817]\t01/05/27\t{64714}\t1\t[39618]\t148000',
      '[43822]\t01/05/27\t{64632}\t1\t[39618]\t[42500]',
      '[43830]\t01/06/27\t{64612}\t2\t[39620]\t[64612]',
      'Thanks, Dana (ext [25917])',
    ].join('\n'),
  },
];

// ── IT charge-build ticket (Jira-like) ──
const chargeTicket: Snippet[] = lines({
  id: 's11-jira',
  kind: 's11-charge-build-ticket',
  text: [
    'CHGBLD-[42843]  Add CPT {64632} to Podiatry charge panel',
    'Reporter: J. Tran · Component: Charge Router · Fix version 27.1 · Story points 3',
    'Description: Podiatry wants {64632} on the procedure panel next to {64445}. Build as EAP [90034] linked to CDM [90035].',
    'Acceptance: 1) {64632} drops with modifier RT/LT from laterality; 2) revenue code 0361; 3) no drop for test patient MRN [26700].',
    'Linked: CHGBLD-[42790] (retire EAP [88872]), INC[51692]',
  ].join('\n'),
});

// ── Coding webinar auto-captions (timestamped transcript page) ──
const webinar: Snippet[] = lines({
  id: 's11-web',
  kind: 's11-webinar-captions',
  text: [
    '00:14:02 so when you look at {64712} the greater occipital nerve, that is one per side',
    '00:14:09 and 64 seven fourteen, you know, the trigeminal, {64714} is reported once per nerve',
    '00:14:21 we had about [15000]... sorry 1500 questions in the chat',
    '00:14:30 for the podiatrists, {64632} is reported per nerve, and you add units not lines',
    '00:14:44 the survey code for credits is [73553], and CEU approval number [32199]',
    '00:14:58 next slide, the block codes, {64445} single injection versus the continuous infusion',
    '00:15:20 somebody asked about modifier 50 on {64632}; no, that one is per nerve, use RT or LT',
    '00:15:41 registration link is on the handout, webinar ID [81157] and passcode [27904]',
  ].join('\n'),
});

// ── Auto insurance PIP payment ledger (claims adjuster view) ──
const pipLedger: Snippet[] = table({
  id: 's11-pip',
  kind: 's11-auto-pip-ledger',
  caption: 'PIP Ledger — Claim 0412-AU-[67965] — Insured: K. Marsh — Policy limit $10,000',
  headers: ['Pmt #', 'Date', 'Provider', 'Bill #', 'Service', 'Billed', 'Paid', 'Remaining'],
  rows: [
    [
      '[50001]',
      '11/20/26',
      'Gulf Pain Institute',
      '[76561]',
      '{64445} sciatic block',
      '$1,150.00',
      '$862.50',
      '$9,137.50',
    ],
    [
      '[50014]',
      '12/04/26',
      'Gulf Pain Institute',
      '[76588]',
      'Peripheral nerve block, {64445}',
      '$1,150.00',
      '$862.50',
      '$8,275.00',
    ],
    ['[50022]', '12/18/26', 'Coastal Neuro', '[13601]', '{64712} RT', '$2,400.00', '$1,800.00', '$6,475.00'],
    ['[50039]', '01/06/27', 'Coastal Neuro', '[13644]', 'Office visit', '$310.00', '$232.50', '$6,242.50'],
  ],
});

// ── Episode grouper definition (bundled-payment trigger list) ──
const episodeDef: Snippet[] = lines({
  id: 's11-epi',
  kind: 's11-episode-grouper-triggers',
  text: [
    'Episode: Chronic Headache Interventional (CHI) — version 4.2, episode id [83313]',
    'Trigger codes (professional claim, any position): {64712}, {64714}, {64612}',
    'Associated services within 90 days: {64445}; nerve blocks of the trunk excluded.',
    'Exclusion: any claim with bill type 0111 or DRG; attribution window 30 days',
    'Risk model coefficients table RM-[84372]; spend target $[20366].00 per episode (2027 PY)',
  ].join('\n'),
});

// ── Bilateral / laterality modifier matrix (payer reimbursement tool) ──
const modMatrix: Snippet[] = table({
  id: 's11-mod',
  kind: 's11-modifier-matrix',
  caption: 'Laterality and bilateral modifier matrix — Policy RP-[37531]',
  headers: ['Code', 'Bilat ind.', '50', 'RT/LT', 'Multiple-proc ind.', 'Notes'],
  rows: [
    ['{64712}', '1', 'Allowed', 'Allowed', '2', 'Pay 150% with 50'],
    ['{64714}', '0', 'Deny', 'Informational', '2', 'Report once per nerve'],
    ['{64632}', '1', 'Allowed', 'Allowed', '2', 'Per nerve; use units'],
    ['{64445}', '1', 'Allowed', 'Allowed', '2', 'Not with continuous infusion'],
  ],
});

// ── Clearinghouse claim split / edit log (plain monospace log lines) ──
const splitLog: Snippet[] = lines({
  id: 's11-split',
  kind: 's11-clearinghouse-split-log',
  text: [
    '2027-01-12 22:14:07 INFO  batch=[65871] file=837P_[65871].txt claims=42 lines=97',
    '2027-01-12 22:14:07 EDIT  clm=PCN-[17928] line=2 proc={64714} rule=LAT-01 "laterality modifier missing" sev=W',
    '2027-01-12 22:14:08 SPLIT clm=PCN-[17928] lines 1-3 -> payer [62368] (primary), line 4 {64612} -> payer [62370] (carve-out)',
    '2027-01-12 22:14:08 EDIT  clm=PCN-[17941] line=1 proc={64632} units=3 rule=MUE-PR sev=E',
    '2027-01-12 22:14:09 INFO  clm=PCN-[17955] accepted amt=[64445] (cents) zip=[35547]',
    '2027-01-12 22:14:09 DONE  accepted=40 rejected=2 elapsed_ms=1844',
  ].join('\n'),
});

// ── TRICARE referral/authorization grid (regional contractor provider portal) ──
const tricare: Snippet[] = table({
  id: 's11-tri',
  kind: 's11-tricare-referral-grid',
  caption: 'Referral & Authorization Status — TRICARE East — Sponsor DoD ID ending [96528]',
  headers: ['Cert #', 'Requested services', 'Units approved', 'Valid from', 'Servicing NPI', 'Status'],
  rows: [
    ['[71550]', '{64712} Destruction, occipital nerve', '2', '01/04/2027', '...[49601]', 'Approved'],
    ['[71557]', 'Pain consult + {64445}', '1 + 1', '01/04/2027', '...[49601]', 'Approved'],
    ['[71561]', '{64632}-LT', '1', '01/18/2027', '...[23552]', 'Pended – clinicals requested'],
    ['[71566]', 'Chemodenervation {64612}, {64612}-50 not covered', '0', '—', '...[23552]', 'Denied'],
  ],
});

// ── Payer EDI companion guide, example section (PDF text) ──
const companion: Snippet[] = lines({
  id: 's11-cg',
  kind: 's11-edi-companion-guide',
  text: [
    'Section 7.4 Professional service line (Loop 2400)',
    'Payer ID for professional claims is [52623]; for institutional use [52624].',
    'Example: SV1*HC:{64714}:RT*1480*UN*1***1~',
    'Example with add-on codes: report the primary and each add-on on its own line; e.g. SV1*HC:{64445}*410*UN*1***1~',
    'Do not send procedure {64632} with units greater than the MUE; claims will reject with 277CA STC*A7:454.',
    'Questions: EDI Support, 1400 Lakeview Dr, Suite 200, Naperville IL [60563]; trading partner no. [08872].',
  ].join('\n'),
});

// ── Payer provider-newsletter article (web bulletin, paragraphs) ──
const newsletter: Snippet[] = lines({
  id: 's11-news',
  kind: 's11-provider-newsletter',
  text: [
    'Provider Pulse · Issue [27381] · January 2027',
    'Coding corner: neurolysis of the occipital nerve',
    'Beginning March 1, claims for {64712} and {64714} submitted without an operative report will pend for review.',
    'CPT codes {64712}–{64714} describe destruction by neurolytic agent; report one unit per nerve treated.',
    'Chemodenervation ({64612}) continues to require prior authorization under program PA-[51839].',
    'Practices in ZIP codes [29405], [29406] and [29418] should send records to P.O. Box [81734], Columbia SC.',
    'Call Provider Services at 1-800-555-0142, option 4, menu 3',
  ].join('\n'),
});

// ── Chargemaster (CDM) export, fixed-width text (finance share drive viewer) ──
const cdmFixed: Snippet[] = lines({
  id: 's11-cdmfw',
  kind: 's11-cdm-fixed-width',
  text: [
    'CDM_NO   DESCRIPTION                     REV  CPT     MOD  PRICE_CENTS  GL_ACCT',
    '[42719]    NEUROLYSIS OCCIPITAL NERVE      0361 {64712}         [98410]       [61893]',
    '[42720]    NEUROLYSIS TRIGEMINAL BRANCH    0361 {64714}         [87215]       [61893]',
    '[42733]    DESTR PLANTAR DIG NERVE         0361 {64632}    RT   [34120]       [61893]',
    '[42741]    INJ SCIATIC NERVE SINGLE        0361 {64445}         [29875]       [61894]',
    '[42750]    CHEMODENERV FACIAL NERVE        0361 {64612}         [51260]       [61894]',
    'RECORDS: 5   EXTRACT: CDM_FULL_20270108.TXT',
  ].join('\n'),
});

// ── Eligibility benefits screen for a "specialty procedures" benefit category ──
const benefitCard: Snippet[] = lines({
  id: 's11-ben',
  kind: 's11-benefit-category-card',
  text: [
    'Member ID: XGH[71264]   Group: [83650]   Plan: Choice POS II',
    'Benefit category: Pain management injections and nerve procedures',
    'In-network: 20% after deductible · Out-of-network: 40% after deductible',
    'Precertification required for: {64712}, {64714}, {64612}',
    'Not required: {64445} (office or ASC)',
    'Deductible met: $1,250 of $3,000',
    'Transaction ID [57190]-AX   Payer ID [60054]',
  ].join('\n'),
});

// ── Coder education quiz with answer rationale (LMS, multiple choice) ──
const quiz: Snippet[] = lines({
  id: 's11-quiz',
  kind: 's11-coding-quiz-rationale',
  text: [
    'Question 7 of 20 (Course [40377], module 3)',
    'A physician injects the sciatic nerve once for postoperative pain. Which code is reported?',
    'A. {64445}   B. {64712}   C. {64632}   D. {64612}',
    'Correct answer: A. Rationale: {64445} describes a single injection; {64712} is neurolysis of the occipital nerve.',
    'Question 8 of 20: The order reads "block R sciatic"; the tray is supply item SUP-[38214]. Report {64445} once.',
    'Your score: 85%. Attempts remaining: 2. Certificate number will be issued as CERT-[91782].',
  ].join('\n'),
});

// ── Audit findings summary table (internal compliance review, exported to web report) ──
const auditFind: Snippet[] = table({
  id: 's11-aud',
  kind: 's11-audit-findings-summary',
  caption: 'Internal Coding Review Q4 2026 — Interventional Pain — Sample of 30 encounters',
  headers: ['Encounter', 'Billed', 'Audited', 'Finding', 'Δ wRVU', 'Financial impact (cents)'],
  rows: [
    ['[58233]', '{64712}-50', '{64712}-RT, {64712}-LT', 'Payer requires RT/LT', '0.00', '0'],
    ['[58240]', '{64714} x2', '{64714} x1', 'Units exceed nerves documented', '-2.35', '-[18110]'],
    ['[58247]', '{64445}', '{64445}', 'Agree', '0.00', '0'],
    ['[58252]', '{64632}', 'No code', 'No documentation of neurolysis', '-1.23', '-[12940]'],
  ],
});

// ── Surgeon's case-request e-mail reply (webmail, quoted thread) ──
const caseEmail: Snippet[] = lines({
  id: 's11-mail',
  kind: 's11-scheduler-email-thread',
  text: [
    'From: OR Scheduling <orsched@summitsurg.example>  Sent: Tue 1/12/2027 3:41 PM',
    'Booked: Tuesday 1/26, OR 3, 07:30. Case number [75112]. Please have auth for {64712} x2 (bilateral) in by 1/22.',
    '> On Mon, Dr. Haddad wrote:',
    '> Need block room time for pt DOB 03/14/1961, MRN [90817], planned {64712}-50 and possibly {64445}.',
    '> Her insurance is Medicaid, subscriber id ending [63218]. Office extension [44012].',
    'Scheduling desk | 2100 Ridge Rd, Lincoln NE [68516] | Fax 402-555-0190',
  ].join('\n'),
});

// ── Independent medical examination report (workers' compensation, PDF text) ──
const imeReport: Snippet[] = lines({
  id: 's11-ime',
  kind: 's11-ime-report',
  text: [
    'INDEPENDENT MEDICAL EXAMINATION — WCAB Case No. ADJ10877432 — Claim [30419]-WC',
    'Examinee: L. Ortiz   Employer: Redline Freight, 4410 Dock St, Stockton CA [95206]',
    'Treatment to date includes occipital nerve neurolysis ({64712}) on two occasions and a sciatic nerve block, {64445}.',
    'The requested repeat {64714} is not medically necessary at this time; {64712} gave less than 50% relief for 6 weeks.',
    'Records reviewed: 412 pages, Bates RF-[20931] through RF-[21342].',
    'Examiner QME #[95184]; report billed under ML104 and ML201.',
  ].join('\n'),
});

// ── HSA/FSA claim substantiation screen (benefits administrator portal) ──
const hsaClaim: Snippet[] = table({
  id: 's11-hsa',
  kind: 's11-hsa-substantiation',
  caption: 'Substantiate card transaction — Card ending 4471 — Plan year 2027',
  headers: ['Transaction', 'Merchant', 'Amount', 'Service code on itemized bill', 'Status'],
  rows: [
    ['[73018]', 'SUMMIT NEURO PAIN [68516]', '$248.60', '{64445}', 'Receipt accepted'],
    ['[73104]', 'SUMMIT NEURO PAIN [68516]', '$612.45', '{64714}', 'More info needed'],
    ['[73227]', 'FOOT & ANKLE OF LINCOLN', '$188.30', '{64632}-RT', 'Receipt accepted'],
    ['[73291]', 'CVS/PHARMACY #[10462]', '$14.99', '—', 'Auto-substantiated (IIAS)'],
  ],
});

// ── Medicare QIC reconsideration decision letter ──
const qicDecision: Snippet[] = lines({
  id: 's11-qic',
  kind: 's11-qic-reconsideration-decision',
  text: [
    'MEDICARE RECONSIDERATION DECISION',
    'Medicare Appeal Number: 1-[93870]-[41225]   Beneficiary: J. Pryor   MBI: ****-***-MK37',
    'Services at issue: {64712} (RT) and {64712} (LT) on 09/14/2026; {64612} on 10/02/2026.',
    'Decision: PARTIALLY FAVORABLE. The contractor correctly denied {64612}; documentation supports {64712} bilaterally.',
    'Amount in controversy: $1,820; you may request an ALJ hearing within 60 days. OMHA, 200 Public Square, Cleveland OH [44114].',
    'Reconsideration case file [47756]; Part B MAC jurisdiction J5, contractor number [05102].',
  ].join('\n'),
});

export const sealed11: Snippet[] = [
  ...mue,
  ...x835,
  ...fhirCer,
  ...hl7Ack,
  ...lcdComments,
  ...orBoard,
  ...feeModal,
  ...shoppable,
  ...attachIdx,
  ...dictFooter,
  ...appealKanban,
  ...tsvPaste,
  ...chargeTicket,
  ...webinar,
  ...pipLedger,
  ...episodeDef,
  ...modMatrix,
  ...splitLog,
  ...tricare,
  ...companion,
  ...newsletter,
  ...cdmFixed,
  ...benefitCard,
  ...quiz,
  ...auditFind,
  ...caseEmail,
  ...imeReport,
  ...hsaClaim,
  ...qicDecision,
];
