import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 67 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s67-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too. About a third of the decoys are numbers of the synthetic 10,000-code set (KNOWN_10K) used as
 * case, queue, criteria-subset, vendor-case, reviewer, document and bulletin numbers, member ZIPs and counts. The five
 * known codes' digits come back as decoys (13 times): a denial reference (three times), an appeals PO box (three
 * times), a recoupment PO box, an appeals mail stop, a rural member ZIP (Elmo, MO, twice), a reviewer badge, a voicemail
 * box and a provider number on a fax cover.
 *
 * Family: utilization management and physician peer review at a Missouri / Kansas payer and a hospital, around pain,
 * foot and peripheral-nerve procedures: a UM nurse reviewer's case screen and its requested lines, an InterQual-style
 * criteria checklist and an MCG-style guideline reference, a peer-to-peer schedule and confirmation, a denial notice
 * and its line detail, an appeal-rights insert, a concurrent-review log and note, an observation-vs-inpatient status
 * worksheet, the medical director's queue and rationale, a retro-review audit sheet and summary, a delegated-vendor
 * (RBM / MSK) referral export as CSV and XML with an oversight grid, an X12 278 response, an HL7 ADT feed with PR1
 * procedures, a case API JSON, an appeals case file index and summary, UM committee minutes and action items, a
 * prior-auth code-list bulletin, turnaround-time reports by code and by member ZIP, a provider-portal status grid, a
 * hospital peer-review worksheet and tracking grid, and decoy-only pages (a reviewer productivity dashboard, a
 * call-center script, a fax cover sheet, an NCQA-style timeliness file audit, a department contact sheet).
 * Built on real public layouts: the CMS Notice of Denial of Medical Coverage (CMS-10003: "We have denied…", "Why did
 * we deny…", 65-day appeal window, IRE forwarding), the X12 278 health care services review response (005010X217:
 * BHT, NM1*X3 / *IL, UM, HCR certification action and review number, SV1 with HC: qualifier), HL7 v2 ADT^A08 with
 * PR1 segments coded C4, the two-midnight / MOON observation worksheet, InterQual-style numbered criteria points and
 * MCG-style guideline headers, and a delegated-vendor daily CSV file. The others are written the way those pages read,
 * with no single source.
 *
 * 391 labelled tokens over 38 shapes: 166 codes, 225 decoys, 84 of the decoys in KNOWN_10K.
 */

// ── 1. UM nurse reviewer's case screen, header block (text layer) ──
const caseScreen = lines({
  id: 's67-casescreen',
  kind: 's67-um-nurse-case-screen-header-text',
  before: 'Missouri Valley Health Partners — UM Workbench — Case Review',
  text: [
    'Case # UM25-[48213]   Type: Prior authorization (standard)   Received 11/03/2025 09:42',
    'Member: Reyes, Carmen   ID MVH884120301   DOB 04/17/1961   Plan: Valley Advantage PPO (MA)',
    'Member ZIP [64152]   County: Platte   Line of business: Medicare Advantage   Group [70072]',
    'Prior cases: UM24-[39218] (closed), UM25-[41977] (withdrawn)',
    'Requesting: Northland Foot & Ankle Specialists, NPI 1366029148, fax 816-555-0187',
    'Requested services: {64632} x2 units, left foot (2nd and 3rd interspace)',
    'Prior conservative care: {64455} x3 (06/2025–09/2025), custom orthotics',
    'Criteria: Procedures subset [31406]   Clock: 7 calendar days, due 11/10/2025 09:42',
    'Assigned nurse reviewer: K. Lindqvist RN (reviewer ID [20461])',
  ].join('\n'),
});

// ── 2. Requested service lines on the case screen, table ──
const caseLines = table({
  id: 's67-caselines',
  kind: 's67-um-case-requested-lines-grid',
  caption: 'Requested service lines',
  headers: ['Ln', 'Code', 'Description', 'Mod', 'Units', 'Criteria subset', 'Nurse rec.'],
  rows: [
    [
      '1',
      '{64632}',
      'Destr neurolytic agent, plantar common digital nerve',
      'LT',
      '2',
      '[31406]',
      'Refer to MD: units',
    ],
    ['2', '{76942}', 'US guidance for needle placement', '', '2', '—', 'Bundled, no review'],
    ['3', '{64455}', 'Inj anes/steroid, plantar common digital nerve(s)', 'LT', '1', '[31406]', 'Meets — approve'],
    ['4', '{28080}', 'Excision, interdigital (Morton) neuroma, single', 'LT', '1', '[31418]', 'Pend: op note'],
  ],
});

// ── 3. InterQual-style criteria checklist, text layer ──
const criteria = lines({
  id: 's67-criteria',
  kind: 's67-interqual-style-criteria-checklist-text',
  before: 'Criteria review — Procedures (adult) — Neurolysis, plantar digital nerve',
  text: [
    'Subset [31406] · Version 2025 · Review type: Prior authorization · Procedure {64632}',
    '☑ 10 Interdigital neuroma by exam (Mulder sign) or ultrasound',
    '☑ 20 Failed conservative treatment ≥ 3 months (orthotics, footwear, NSAID)',
    '☑ 30 Corticosteroid injection(s) ({64455}) with temporary relief only',
    '☐ 40 Neurolytic injections ≤ 7 per interspace in 12 months — history shows 6, 2 requested',
    'If not met, consider excision ({28080}) per surgical subset [31418]',
    'Episode day 1   Criteria met: N (point 40)   Reviewer note ref [70412]',
  ].join('\n'),
});

// ── 4. MCG-style guideline reference, text layer ──
const guideline = lines({
  id: 's67-guideline',
  kind: 's67-mcg-style-guideline-reference-text',
  before: 'Guideline reference — Ambulatory care (MCG-style) — chemodenervation',
  text: [
    'Guideline: Chemodenervation, facial nerve muscles (ACG: A-0417) — procedure code {64612}',
    'Clinical indications: blepharospasm or hemifacial spasm, confirmed by neurology; dose log attached',
    'Not indicated: cosmetic glabellar lines (never billable as {64612}; see plan exclusions)',
    'Related: {64615} (chronic migraine), {64616} (cervical spinal muscles), {95874} needle EMG guidance',
    'Plan crosswalk row [44130] · last reviewed by the UM committee 08/2025',
  ].join('\n'),
});

// ── 5. Peer-to-peer scheduling page, table ──
const p2pSchedule = table({
  id: 's67-p2p',
  kind: 's67-peer-to-peer-scheduling-grid',
  caption: 'Peer-to-peer scheduling — medical director availability — week of 11/10',
  headers: ['Slot', 'Case', 'Requesting provider', 'Proc', 'Reviewer', 'Call-back', 'Status'],
  rows: [
    ['Mon 10:00', '[48213]', 'Dr. A. Whitfield (podiatry)', '{64632}', 'Dr. P. Osei', 'x4471', 'Booked'],
    ['Mon 10:30', '[48377]', 'Dr. M. Kaur (neurology)', '{64612}', 'Dr. P. Osei', 'x4471', 'Booked'],
    ['Tue 14:00', '[47920]', 'Dr. R. Benton (ortho)', '{64712}', 'Dr. J. Halvorsen', 'x4490', 'Offered'],
    ['Tue 14:30', '—', 'Open', '—', 'Dr. J. Halvorsen', 'x4490', 'Open'],
    ['Wed 08:00', '[48502]', 'Dr. L. Ferraro (pain)', '{64493}', 'Dr. P. Osei', 'x4471', 'Booked'],
    ['Thu 16:00', '[48611]', 'Dr. S. Ng (anesthesia)', '{64445}', 'Dr. J. Halvorsen', 'x4490', 'Withdrawn'],
  ],
});

// ── 6. Peer-to-peer confirmation email, text layer ──
const p2pEmail = lines({
  id: 's67-p2pmail',
  kind: 's67-peer-to-peer-confirmation-email-text',
  before: 'Subject: Peer-to-peer discussion confirmed',
  text: [
    'Your peer-to-peer discussion for case UM25-[47920] is confirmed for Tuesday 11/11 at 2:00 pm CT.',
    'Under review: open neuroplasty of the sciatic nerve, right ({64712}).',
    "Also pending: lumbar plexus neuroplasty ({64714}), added by the surgeon's office on 11/05.",
    'Dial 1-800-555-0139, conference code [61904]#, then the case PIN.',
    'The reviewer is board certified in orthopaedic surgery. To reschedule call 816-555-0100, option 3.',
  ].join('\n'),
});

// ── 7. Determination letter (CMS-10003 style denial notice), text layer ──
const denialNotice = lines({
  id: 's67-denial',
  kind: 's67-determination-letter-denial-notice-text',
  before: 'NOTICE OF DENIAL OF MEDICAL COVERAGE',
  text: [
    'Date: 11/12/2025   Member number: MVH771209344   Reference: DN-[64714]',
    'We have denied the below request for the following services: open neuroplasty, lumbar plexus (CPT {64714}).',
    'We approved: neuroplasty, sciatic nerve, right (CPT {64712}), 1 unit, authorization [52871], 11/15/2025–02/13/2026.',
    'Why did we deny your request? The records do not include nerve studies ({95907}–{95913}) or imaging locating',
    'compression at the lumbar plexus. Our decision was made by a physician (reviewer no. [20917]).',
    'You have the right to appeal. Ask for a standard appeal within 65 days of the date of this notice.',
    'Mail: Missouri Valley Appeals, PO Box [64612], Kansas City MO [64141]',
  ].join('\n'),
});

// ── 8. Determination letter, line detail, table ──
const denialLines = table({
  id: 's67-detlines',
  kind: 's67-determination-line-detail-grid',
  caption: 'Determination detail by service line',
  headers: ['Line', 'CPT/HCPCS', 'Units req.', 'Units appr.', 'Decision', 'Ref #', 'Reason'],
  rows: [
    ['1', '{64712}', '1', '1', 'Approved', '[52871]', '—'],
    ['2', '{64714}', '1', '0', 'Denied', '[52872]', 'MN-04 not medically necessary'],
    ['3', '{95913}', '1', '1', 'Approved', '[52873]', '—'],
    ['4', '{01250}', '1', '—', 'Not reviewed', '—', 'No PA required'],
  ],
});

// ── 9. Appeal rights insert, text layer (decoy heavy) ──
const appealInsert = lines({
  id: 's67-appealins',
  kind: 's67-appeal-rights-insert-text',
  before: 'Your appeal rights (insert)',
  text: [
    'Standard appeal: write to Appeals Unit, PO Box [64612], Kansas City, MO [64141]-6612',
    'Fast appeal (72 hours): call 1-800-555-0166 (TTY 711) or fax 816-555-0190',
    'If we keep our denial, we send your case to the Independent Review Entity, Pittsford NY [14534].',
    'Your appeal deadline for reference DN-[64714]: 01/16/2026',
    'Language assistance: ask for form LA-[30466]; large print available.',
  ].join('\n'),
});

// ── 10. Concurrent review log, table ──
const concurrentLog = table({
  id: 's67-cclog',
  kind: 's67-concurrent-review-log-grid',
  caption: 'Concurrent review log — admission for acetabular fracture, right',
  headers: ['Date', 'Hosp day', 'Level of care', 'Procedures today', 'Criteria', 'Days appr.', 'Next review'],
  rows: [
    ['11/02', '1', 'ICU', '{27226} ORIF acetabular wall; {64445} sciatic block', 'Met (ICU)', '1', '11/03'],
    ['11/03', '2', 'Acute', '—', 'Met', '2', '11/05'],
    ['11/05', '4', 'Acute', 'Foot drop; {95907} and {95886} ordered', 'Met', '2', '11/07'],
    ['11/07', '6', 'Acute', '{64712} sciatic neuroplasty (exploration)', 'Met (post-op)', '2', '11/09'],
    ['11/09', '8', 'Acute → SNF pending', '—', 'Not met (discharge screen)', '0', 'MD review'],
  ],
});

// ── 11. Concurrent review note, text layer ──
const concurrentNote = lines({
  id: 's67-ccnote',
  kind: 's67-concurrent-review-note-text',
  before: 'Concurrent review note — hospital day 6',
  text: [
    'Seen by ortho and neurology; EMG shows sciatic neuropathy at the notch.',
    'Surgeon performed {64712} on 11/07; no lumbar plexus exploration ({64714} not done).',
    'Pain team placed a continuous sciatic catheter ({64446}) rather than a repeat single shot ({64445}).',
    'Discharge plan: SNF; family prefers a facility in ZIP [64506]; 3 referrals faxed.',
    'Hospital UR contact ext 5512; hospital account [60913].',
  ].join('\n'),
});

// ── 12. Observation vs. inpatient status worksheet, text layer ──
const statusWorksheet = lines({
  id: 's67-status',
  kind: 's67-observation-inpatient-status-worksheet-text',
  before: 'Observation vs. inpatient status worksheet (two-midnight benchmark)',
  text: [
    'Encounter [71926]   Arrived ED 11/04 22:10   Order: Observation (G0378)   MOON given 11/05 14:30',
    'Expected stay crosses two midnights? ☐ Yes ☑ No — planned block, then discharge',
    'Procedure planned: sciatic nerve block ({64445}); lumbar plexus neuroplasty ({64714}) deferred to outpatient',
    'Inpatient-only list: neither {64445} nor {64714} appears; no IPO procedure planned',
    'Physician E/M: initial {99222}, subsequent {99231}, discharge {99238}',
    'Condition code 44 considered: no.   UR committee member ID [33940]',
  ].join('\n'),
});

// ── 13. Medical director's queue, table ──
const mdQueue = table({
  id: 's67-mdqueue',
  kind: 's67-medical-director-queue-grid',
  caption: 'Medical director queue — pended cases — sorted by due time',
  headers: ['Queue #', 'Case', 'Svc', 'Pend reason', 'Clock', 'Due', 'Specialty match'],
  rows: [
    ['[90874]', '[48213]', '{64632}', 'Units above criteria', 'Standard', '11/10 09:42', 'Podiatry'],
    ['[90875]', '[48377]', '{64612}', 'Dose above plan limit', 'Standard', '11/11 16:05', 'Neurology'],
    ['[90876]', '[48404]', '{64714}', 'No imaging', 'Expedited', '11/06 11:30', 'Ortho / neurosurgery'],
    ['[90877]', '[48455]', '{63650}', 'Psych eval missing', 'Standard', '11/12 08:15', 'Pain'],
    ['[90878]', '[48519]', '{64445}', 'Retro request > 14 days', 'Retro', '12/03', 'Anesthesia'],
    ['[90879]', '[48520]', '{64625}', 'Investigational per policy', 'Standard', '11/13 10:00', 'Pain'],
  ],
});

// ── 14. Medical director determination rationale, text layer ──
const mdRationale = lines({
  id: 's67-mdnote',
  kind: 's67-medical-director-rationale-text',
  before: 'Medical director determination — rationale',
  text: [
    'Case UM25-[48377]: chemodenervation of facial nerve muscles, bilateral, requested as {64612}-50.',
    'Dose of 200 units per session exceeds the plan limit; approve {64612} bilateral up to 100 units every 12 weeks.',
    'EMG guidance ({95874}) is not needed for blepharospasm and is denied as not medically necessary.',
    'Reviewer NPI 1073581942; attestation no. [20917]; no conflict of interest.',
  ].join('\n'),
});

// ── 15. Retro-review audit sheet, table ──
const retroAudit = table({
  id: 's67-retro',
  kind: 's67-retro-review-audit-sheet-grid',
  caption: 'Retrospective review audit — Q3 sample — pain and nerve procedures',
  headers: ['Claim #', 'Auth #', 'Billed code', 'Authorized code', 'DOS', 'Match', 'Finding'],
  rows: [
    ['[30510]-01', '[52104]', '{64712}', '{64712}', '07/14/2025', 'Y', 'OK'],
    ['[30511]-01', '[52119]', '{64714}', '{64712}', '07/22/2025', 'N', 'Billed code differs from auth'],
    ['[30522]-01', '—', '{64445}', '—', '08/02/2025', 'n/a', 'No auth required'],
    ['[30547]-02', '[52233]', '{64632} x4', '{64632} x2', '08/19/2025', 'N', 'Units over auth'],
    ['[30558]-01', '[52260]', '{64612}', '{64615}', '09/03/2025', 'N', 'Auth for migraine'],
    ['[30571]-01', '[52291]', '{64490}', '{64490}', '09/30/2025', 'Y', 'OK'],
  ],
});

// ── 16. Retro-review findings summary, text layer ──
const retroSummary = lines({
  id: 's67-retrosum',
  kind: 's67-retro-review-findings-summary-text',
  before: 'Audit summary — retrospective review',
  text: [
    'Sample: 6 claims; total paid in sample [18420].00; overpayment identified 3,110.00.',
    'Two mismatches are {64714} billed against an authorization for {64712}; surgeons say the plan changed intra-op.',
    'Units over authorization on {64632} (4 billed, 2 authorized) at one podiatry group, vendor no. [77141].',
    'Recoupment notices go to the provider at PO Box [64445], Liberty MO [64068].',
  ].join('\n'),
});

// ── 17. Delegated vendor (RBM / MSK) referral export, CSV text ──
const rbmCsv = lines({
  id: 's67-rbmcsv',
  kind: 's67-delegated-vendor-referral-export-csv-text',
  before: 'Delegated vendor referral export (CSV) — MSK / pain program — daily file',
  text: [
    'vendor_case_id,plan_case_id,member_zip,cpt,units,decision,decision_date,vendor_reviewer',
    '[80631],UM25-[48502],[64157],{64493},1,APPROVED,2025-11-04,[20033]',
    '[80632],UM25-[48503],[66104],{64494},1,APPROVED,2025-11-04,[20033]',
    '[80633],UM25-[48511],[64053],{64635},2,PEND,2025-11-04,[20098]',
    '[80634],UM25-[48512],[64098],{62323},1,DENIED,2025-11-05,[20098]',
    '[80635],UM25-[48519],[64485],{64445},1,OUT_OF_SCOPE,2025-11-05,',
    '[80636],UM25-[48523],[66207],{64483},1,APPROVED,2025-11-05,[20033]',
  ].join('\n'),
});

// ── 18. Delegation oversight grid, table ──
const oversight = table({
  id: 's67-oversight',
  kind: 's67-delegation-oversight-audit-grid',
  caption: 'Delegation oversight — annual file audit of UM vendors',
  headers: ['Vendor program', 'Codes in scope', 'Files audited', 'Score', 'Corrective action'],
  rows: [
    ['Spine / pain', '{62321}–{62327}, {64479}–{64495}', '30', '97%', 'None'],
    ['Peripheral nerve (MSK)', '{64445}, {64632}, {64712}, {64714}', '30', '90%', 'CAP [40612]'],
    ['Sleep', '{95810}, {95811}', '30', '100%', 'None'],
    ['Advanced imaging', '{72148}, {72158}', '30', '93%', 'None'],
  ],
});

// ── 19. X12 278 services review response, text layer ──
const x12 = lines({
  id: 's67-x12',
  kind: 's67-x12-278-review-response-text',
  before: 'EDI 278 response (005010X217), segments one per line',
  text: [
    'ST*278*0042*005010X217~',
    'BHT*0007*11*[47517]*20251112*1015~',
    'NM1*X3*2*MISSOURI VALLEY HEALTH PARTNERS*****PI*[44054]~',
    'NM1*IL*1*PRICE*WALTER****MI*MVH771209344~',
    'N4*KANSAS CITY*MO*[64118]~',
    'UM*HS*I*2*22:B~',
    'HCR*A1*[52871]~',
    'SV1*HC:{64712}:RT*0*UN*1~',
    'HCR*A3*[52872]*MN~',
    'SV1*HC:{64714}*0*UN*1~',
    'SE*22*0042~',
  ].join('\n'),
});

// ── 20. HL7 ADT feed with procedures, text layer ──
const hl7 = lines({
  id: 's67-hl7',
  kind: 's67-hl7-adt-procedure-feed-text',
  before: 'HL7 v2 feed to UM (ADT^A08 with PR1) — hospital interface',
  text: [
    'MSH|^~\\&|EPIC|STBRENDAN|UMWB|MVHP|20251107160502||ADT^A08|[90509]|P|2.5.1',
    'PID|1||[71926]^^^SBMC^MR||ALVAREZ^TOMAS||19580322|M|||1120 NW 68TH ST^^KANSAS CITY^MO^[64118]',
    'PV1|1|I|4W^412^A|||||1588832407^BENTON^ROBERT|||ORT',
    'PR1|1|C4|{27226}^OPEN TX ACETABULUM WALL^C4||20251102',
    'PR1|2|C4|{64445}^INJ ANES SCIATIC NERVE^C4||20251102',
    'PR1|3|C4|{64712}^NEUROPLASTY SCIATIC NERVE^C4||20251107',
  ].join('\n'),
});

// ── 21. Appeals case file index, table ──
const appealIndex = table({
  id: 's67-appidx',
  kind: 's67-appeals-case-file-index-grid',
  caption: 'Appeal case file index — level 1 reconsideration',
  headers: ['Tab', 'Document', 'Date', 'Pages', 'Doc ID', 'Notes'],
  rows: [
    ['1', 'Appeal request letter from member', '11/20/2025', '3', '[10304]', 'Received by fax'],
    ['2', 'Original request and clinicals', '11/03/2025', '41', '[10305]', '{64714} with {64712}'],
    ['3', 'Denial notice DN-[64714]', '11/12/2025', '4', '[10306]', '—'],
    ['4', 'Peer-to-peer note', '11/11/2025', '2', '[10307]', 'Requesting MD disagreed'],
    ['5', 'MRI lumbar spine report ({72148})', '10/02/2025', '2', '[10308]', 'New — not in original file'],
    ['6', 'EMG/NCS report', '11/05/2025', '6', '[10309]', 'Billed {95886}, {95910}'],
    ['7', 'Reviewer attestation (same specialty)', '11/24/2025', '1', '[10310]', '—'],
  ],
});

// ── 22. Appeal summary for the reconsideration reviewer, text layer ──
const appealSummary = lines({
  id: 's67-appsum',
  kind: 's67-appeal-summary-for-reviewer-text',
  before: 'Appeal summary for the reconsideration reviewer',
  text: [
    'Appeal A25-[06437]: member appeals the denial of lumbar plexus neuroplasty ({64714}).',
    'The sciatic neuroplasty ({64712}) was approved and done; the surgeon says the plexus part could not be staged.',
    'New evidence: MRI (tab 5) shows mass effect at the psoas; EMG (tab 6) supports a lumbosacral plexopathy.',
    'Decision due 12/20/2025 (30 days, standard pre-service). If upheld, forward to the IRE, Pittsford NY [14534].',
  ].join('\n'),
});

// ── 23. UM committee minutes, prose text layer ──
const minutes = lines({
  id: 's67-minutes',
  kind: 's67-um-committee-minutes-prose-text',
  before: 'Utilization Management Committee — minutes — October meeting',
  text: [
    'Present: CMO (chair), four medical directors, UM manager, pharmacy, quality; quorum met.',
    '1. The committee voted to drop {64445} and {64450} from prior authorization: 99.2% approved over 12 months.',
    '2. Peripheral nerve surgery: {64712} and {64714} stay on the list; the overturn rate on appeal for {64714} is 41%.',
    '3. Chemodenervation: {64612} and {64615} follow the new pharmacy dose limits from January.',
    '4. Interdigital neurolysis ({64632}): unit limit of 7 per interspace per year; podiatry panel to comment.',
    '5. Vendor oversight: the MSK vendor corrective action plan [40612] was accepted.',
    'Next meeting 11/19; minutes approved 6–0. Document control [20575].',
  ].join('\n'),
});

// ── 24. UM committee action items, list ──
const actionItems = lines({
  id: 's67-actions',
  kind: 's67-um-committee-action-items-list-text',
  before: 'Action items',
  text: [
    '• Update the PA code list for 01/01/2026: remove {64445}, {64450}; keep {64712}, {64714}, {64632}',
    '• Draft provider bulletin no. [20620] announcing the changes',
    '• Config ticket [61573]: turn off the PA edit for {64445} in the claims system',
    '• Report appeal overturns for {64714} by surgeon at the next meeting',
  ].join('\n'),
});

// ── 25. Prior-auth code list bulletin, list ──
const paBulletin = lines({
  id: 's67-palist',
  kind: 's67-prior-auth-code-list-bulletin-text',
  before: 'Provider bulletin — Procedures requiring prior authorization (pain and nerve), effective 01/01/2026',
  text: [
    'Neuroplasty: {64704}, {64712}, {64714}, {64718}, {64721}',
    'Neurolysis / destruction: {64632}, {64635}, {64640}',
    'Chemodenervation: {64612}, {64615}, {64642}–{64647}',
    'Neurostimulators: {63650}, {63685}',
    'No longer requires authorization: {64445}, {64450}',
    'Submit via portal or fax; clinical forms at mvhp.example/um (form UM-[70089], revision [24213]).',
    'Questions: Provider Services, 816-555-0100. Bulletin no. [20620], page 2 of 3',
  ].join('\n'),
});

// ── 26. Turnaround-time report by procedure code, table ──
const tatByCode = table({
  id: 's67-tatcode',
  kind: 's67-turnaround-time-by-code-grid',
  caption: 'Turnaround time report — Q3 2025 — standard pre-service, by procedure',
  headers: ['Procedure', 'Requests', 'Approved', 'Denied', 'Median TAT (h)', '% in 7 days', 'Reviewer min.'],
  rows: [
    ['{64445}', '412', '409', '3', '6.1', '100%', '[12360]'],
    ['{64450}', '388', '384', '4', '5.8', '100%', '[11640]'],
    ['{64632}', '96', '71', '25', '52.4', '98%', '[10752]'],
    ['{64712}', '41', '33', '8', '71.0', '95%', '4920'],
    ['{64714}', '17', '9', '8', '88.5', '94%', '2210'],
    ['{64612}', '133', '120', '13', '30.2', '99%', '[10640]'],
    ['{64615}', '240', '231', '9', '22.7', '100%', '[14400]'],
    ['All pain / nerve', '[10974]', '[10511]', '463', '19.8', '99%', '329220'],
  ],
});

// ── 27. Turnaround-time report by member ZIP, table ──
const tatByZip = table({
  id: 's67-tatzip',
  kind: 's67-turnaround-time-by-member-zip-grid',
  caption: 'Requests by member ZIP (top 8) — pain and nerve — Q3',
  headers: ['ZIP', 'Region', 'Requests', 'Expedited', 'Median TAT (h)', 'Top code'],
  rows: [
    ['[64152]', 'Northland KC', '1,204', '61', '18.2', '{64445}'],
    ['[64506]', 'St. Joseph', '890', '40', '21.0', '{64450}'],
    ['[64445]', 'Elmo (rural)', '12', '1', '30.5', '{64445}'],
    ['[64601]', 'Chillicothe', '310', '22', '25.4', '{64632}'],
    ['[66104]', 'Kansas City KS', '1,051', '57', '19.9', '{64615}'],
    ['[66207]', 'Overland Park', '1,377', '48', '17.3', '{64612}'],
    ['[64485]', 'Savannah', '144', '9', '22.8', '{64493}'],
    ['[64801]', 'Joplin', '402', '31', '26.1', '{64712}'],
  ],
});

// ── 28. TAT commentary for the quality committee, text layer ──
const tatNote = lines({
  id: 's67-tatnote',
  kind: 's67-turnaround-time-commentary-text',
  before: 'TAT compliance commentary (for the quality committee)',
  text: [
    'Expedited requests met 72 hours in 99.6% of cases; the 4 late ones were {64714} or {64712} awaiting op notes.',
    'Rural ZIPs such as [64445] and [64497] run longer because requests still arrive by fax.',
    'The denial rate for {64632} (26%) comes from unit requests above the criteria limit.',
    'Determinations in the quarter: [10974]; reviewer minutes logged: 329,220.',
  ].join('\n'),
});

// ── 29. Provider portal authorization status, table ──
const portalStatus = table({
  id: 's67-portal',
  kind: 's67-provider-portal-auth-status-grid',
  caption: 'Provider portal — authorization status — Northland Foot & Ankle',
  headers: ['Auth / case', 'Member', 'Item', 'Submitted', 'Status', 'Valid through'],
  rows: [
    ['UM25-[48213]', 'REYES, C.', '{64632} x2', '11/03/2025', 'Pended – MD review', '—'],
    ['UM25-[46120]', 'PARK, J.', '{64455} x1', '09/22/2025', 'No auth required', '—'],
    ['UM25-[46877]', 'OWUSU, B.', '{28080}', '10/06/2025', 'Approved [51466]', '01/04/2026'],
    ['UM25-[47155]', 'DIAZ, R.', '{64632} x1', '10/14/2025', 'Approved [51702]', '01/12/2026'],
    ['UM25-[47688]', 'KLEIN, M.', '{64704}', '10/29/2025', 'Denied — appeal rights sent', '—'],
  ],
});

// ── 30. Hospital peer review case worksheet, text layer ──
const peerWorksheet = lines({
  id: 's67-peerws',
  kind: 's67-hospital-peer-review-worksheet-text',
  before: 'Medical Staff Peer Review — case review worksheet (confidential)',
  text: [
    'Peer review file [33517]   Referral source: OR quality screen (unplanned return to OR)',
    'Index procedure: sciatic neuroplasty ({64712}) 11/07; return to OR 11/09 for thigh hematoma ({27301}).',
    'Anesthesia placed a continuous sciatic catheter ({64446}), not the single shot ({64445}) on the consent.',
    'Score: Level 2 — minor opportunity for improvement (documentation); no standard-of-care deviation.',
    'Reviewer: Dr. H. Amsel, medical staff ID [40772]; OPPE file [40773]; committee 12/04.',
  ].join('\n'),
});

// ── 31. Hospital peer review committee tracking, table ──
const peerTracking = table({
  id: 's67-peertrack',
  kind: 's67-peer-review-committee-tracking-grid',
  caption: 'Peer review committee — case tracking',
  headers: ['File', 'Dept', 'Index proc', 'Trigger', 'Reviewer', 'Score', 'Closed'],
  rows: [
    ['[33517]', 'Ortho', '{64712}', 'Return to OR', '[40772]', '2', '12/04'],
    ['[33518]', 'Anesthesia', '{64445}', 'Fall after block', '[40688]', '1', '11/20'],
    ['[33521]', 'Pain', '{64635}', 'Burn at probe site', '[40688]', '3', 'Open'],
    ['[33530]', 'Neurology', '{64612}', 'Ptosis complaint', '[41105]', '1', '11/13'],
    ['[33544]', 'Podiatry', '{64632}', 'Wound infection', '[40772]', '2', 'Open'],
  ],
});

// ── 32. Delegated vendor determination, XML text ──
const vendorXml = lines({
  id: 's67-vendorxml',
  kind: 's67-delegated-vendor-determination-xml-text',
  before: 'Delegated vendor determination (XML payload)',
  text: [
    '<Determination vendorCase="[80633]" planCase="UM25-[48511]" status="APPROVED">',
    '  <Member id="MVH771203355" zip="[66085]"/>',
    '  <Line seq="1" cpt="{64635}" units="1" decision="A" authRef="[52410]"/>',
    '  <Line seq="2" cpt="{64636}" units="1" decision="A" authRef="[52410]"/>',
    '  <Line seq="3" cpt="{77003}" units="1" decision="BUNDLED"/>',
    '  <Reviewer id="[20098]" specialty="PM&amp;R"/>',
    '</Determination>',
  ].join('\n'),
});

// ── 33. UM case API response, JSON text ──
const caseJson = lines({
  id: 's67-casejson',
  kind: 's67-um-case-api-json-text',
  before: 'Case API response (JSON, pretty-printed)',
  text: [
    '"caseId": "UM25-[48404]",',
    '"memberZip": "[64054]",',
    '"requestedCodes": ["{64714}", "{64712}"],',
    '"criteriaSetId": "[31422]",',
    '"pendReason": "NO_IMAGING",',
    '"queueId": "[90876]",',
    '"clockHours": 72',
  ].join('\n'),
});

// ── 34. Reviewer productivity dashboard, table (decoy only) ──
const productivity = table({
  id: 's67-prod',
  kind: 's67-reviewer-productivity-dashboard-grid',
  caption: 'Reviewer productivity — week ending 11/07',
  headers: ['Reviewer ID', 'Name', 'Cases closed', 'Avg min/case', 'Queue', 'Badge', 'Work ZIP'],
  rows: [
    ['[20461]', 'Lindqvist, K. RN', '86', '14.2', 'PA outpatient', '[51302]', '[64116]'],
    ['[20462]', 'Okonjo, D. RN', '91', '12.8', 'PA outpatient', '[51303]', '[64086]'],
    ['[20470]', 'Marsh, T. RN', '40', '31.5', 'Concurrent', '[51310]', '[66212]'],
    ['[20499]', 'Ybarra, L. LPN', '122', '6.0', 'Intake', '[51344]', '[64055]'],
    ['[20503]', 'Hale, G. RN', '55', '22.4', 'Retro', '[64712]', '[64145]'],
    ['Team', '—', '394', '15.1', '—', '—', '—'],
  ],
});

// ── 35. Call-center script, text layer (decoy only) ──
const callScript = lines({
  id: 's67-script',
  kind: 's67-call-center-auth-status-script-text',
  before: 'Member services script — prior authorization status call',
  text: [
    'Open: "Thank you for calling Missouri Valley, this is <name>, agent ID [31122]. May I have the member ID?"',
    'Verify name, date of birth and the ZIP on file (e.g. [64152]); never read the diagnosis aloud.',
    'If the caller has a case number (UM25- and five digits, e.g. UM25-[48213]), open it in the workbench.',
    'Transfer to UM intake queue [40091], or for appeals queue [40093]; after hours, voicemail box [64714].',
    'Close: give the call reference (e.g. CR-[97013]) and offer the survey.',
  ].join('\n'),
});

// ── 36. Fax cover sheet for clinical submission, text layer (decoy heavy) ──
const faxCover = lines({
  id: 's67-fax',
  kind: 's67-clinical-fax-cover-sheet-text',
  before: 'FAX — clinical information for prior authorization',
  text: [
    'To: Missouri Valley UM Intake, fax 816-555-0190   From: Northland Foot & Ankle, North Kansas City MO [64116]',
    'Case UM25-[48213]   Pages: 14 including cover   Sender ID [31902]',
    'Provider number on file with the plan: [64632]-01',
    'Re: neurolysis left foot; notes from the three prior injections enclosed.',
    'Confidential health information. If received in error call 816-555-0187.',
  ].join('\n'),
});

// ── 37. UM timeliness file audit (NCQA-style sample), table (decoy only) ──
const timelinessAudit = table({
  id: 's67-ncqa',
  kind: 's67-um-timeliness-file-audit-grid',
  caption: 'UM timeliness file review — denial files — random sample of 8',
  headers: ['File ID', 'Case', 'Received', 'Decided', 'Notice mailed', 'Member ZIP', 'Timely'],
  rows: [
    ['[70115]', '[46302]', '07/01 08:12', '07/03 16:40', '07/03', '[64132]', 'Y'],
    ['[70116]', '[46388]', '07/09 13:05', '07/15 10:02', '07/15', '[64506]', 'Y'],
    ['[70117]', '[46541]', '07/22 09:30', '07/30 11:15', '07/31', '[66102]', 'N (day 9)'],
    ['[70118]', '[46690]', '08/04 15:47', '08/06 09:20', '08/06', '[64055]', 'Y'],
    ['[70119]', '[46805]', '08/18 10:00', '08/19 17:05', '08/20', '[64163]', 'Y'],
    ['[70120]', '[46933]', '09/02 07:55', '09/05 14:31', '09/05', '[66053]', 'Y'],
    ['[70121]', '[47014]', '09/15 12:20', '09/16 08:44', '09/16', '[64468]', 'Y'],
    ['[70122]', '[47102]', '09/29 16:10', '10/03 13:09', '10/03', '[64093]', 'Y'],
  ],
});

// ── 38. UM department contact sheet, text layer (decoy only) ──
const contacts = lines({
  id: 's67-contacts',
  kind: 's67-um-department-contact-sheet-text',
  before: 'Utilization Management — who to call (internal)',
  text: [
    'UM intake: ext 4400, fax 816-555-0190, intake queue [40091]',
    'On-call medical director (after 5 pm): pager [27745], backup pager [27746]',
    'Appeals and grievances: queue [40093]; mail stop [64445]-AG; PO Box [64612], Kansas City MO [64141]',
    'Delegated vendor liaison: vendor account [77141], portal group [20808]',
    'Office: 2300 Main St, Suite 900, Kansas City MO [64108]; badge office room [12131]',
  ].join('\n'),
});

export const sealed67: Snippet[] = [
  ...caseScreen,
  ...caseLines,
  ...criteria,
  ...guideline,
  ...p2pSchedule,
  ...p2pEmail,
  ...denialNotice,
  ...denialLines,
  ...appealInsert,
  ...concurrentLog,
  ...concurrentNote,
  ...statusWorksheet,
  ...mdQueue,
  ...mdRationale,
  ...retroAudit,
  ...retroSummary,
  ...rbmCsv,
  ...oversight,
  ...x12,
  ...hl7,
  ...appealIndex,
  ...appealSummary,
  ...minutes,
  ...actionItems,
  ...paBulletin,
  ...tatByCode,
  ...tatByZip,
  ...tatNote,
  ...portalStatus,
  ...peerWorksheet,
  ...peerTracking,
  ...vendorXml,
  ...caseJson,
  ...productivity,
  ...callScript,
  ...faxCover,
  ...timelinessAudit,
  ...contacts,
];
