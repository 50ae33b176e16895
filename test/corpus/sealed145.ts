import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 145 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s145-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too. The decoys are the practice's, the clinic's, the auditor's and the MAC's ZIPs, the payer's
 * and the MAC's PO boxes, practice claim numbers, payer policy, bulletin, payer id and provider numbers, supervision
 * log ids, visit type ids, patient account and encounter numbers, productivity and hospital cost centers, a SmartText
 * template id and a phone extension, audit engagement, purchase order, OR case, batch, ticket, report, tracking,
 * quiz attempt and check numbers, the ISA version number of an 837, a MAC article and FAQ number, a FHIR claim
 * identifier and patient id, and an employee number. About a third of them are numbers of the synthetic
 * 10,000-code set (KNOWN_10K). The five known codes' digits come back as decoys: the practice claim number of the
 * 03/12 sciatic block (64712, in the queue, the claim screen, the 837, the 835, the audit, the email, the chat and
 * the log), the payer's PO box (64445), its incident-to policy number (RP-64714), the audit engagement number
 * (64632), the claim number of the 04/02 new-problem visit (64612), a hospital SmartText id, a Revenue Integrity
 * phone extension and a MO HealthNet enrollment tracking number.
 *
 * Family: advanced practice providers' billing at a (fictional) pain and peripheral-nerve practice, Ridgeline Pain &
 * Peripheral Nerve Center in Saint Albans, MO, with a satellite in Cameron Ridge, two physicians (Dr. Vasquez-Reyes,
 * physiatry and interventional pain; Dr. Okafor, peripheral nerve surgery), an NP (Marisol Teague) and a PA (Owen
 * Pritchard), privileges at Northland Mercy Regional Medical Center, and Heartland Prairie Health as the main payer:
 * the payer's incident-to policy page (text, code applicability grid, revision history), the hospital's split/shared
 * attestation template, a completed attestation and the split/shared time log, the NPP supervision log (grid and
 * CSV), the collaborative practice arrangement, APP productivity (wRVU by CPT grid, dashboard, CSV export, incentive
 * worksheet), a compliance audit of APP-performed procedures (engagement letter, sample findings, summary, corrective
 * action plan, training quiz), the scheduling template by provider, visit type configuration and a day sheet, the
 * charge correction queue for claims billed under the wrong NPI (queue, claim screen, 837P replacement claim, void and
 * replace log, 835, remittance advice), the coder's query email, the billing team chat, the APP encounter form, a
 * charge entry screen, the NP's chemodenervation procedure note, the operative report naming the PA as assistant,
 * assistant-at-surgery claim lines, the hospital's FS modifier report, a FHIR Claim, the MAC's split/shared FAQ,
 * the credentialing tracker and a voluntary refund letter to the MAC. One case runs through them: on 03/12/2025 the
 * NP's sciatic block went out incident-to while no physician was in the suite; on 03/19 the PA's Morton neurolysis at
 * the satellite did the same; a split/shared visit fell inside a neuroplasty global; amounts agree page to page.
 * Built on real public layouts: CMS incident-to and split/shared rules as the MAC FAQ and payer reimbursement policy
 * pages print them (policy header, applicability table, revision history), Epic-style SmartText attestations and
 * day sheets, X12 837P (CLM frequency 7, REF*F8, NM1*82 rendering) and 835 (CLP status 22 reversal, SVC, CAS),
 * FHIR R4 Claim (careTeam roles, productOrService), practice-management charge entry and claim correction work
 * queues, RVU productivity reports by CPT, OIG-style audit findings tables, and the Medicare voluntary refund form.
 * The others are written the way those pages read, with no single source.
 *
 * 382 labelled tokens over 40 shapes: 255 codes, 127 decoys, 44 of the decoys in KNOWN_10K.
 */

// ── 1. Payer incident-to reimbursement policy page, text layer ──
const policyPage = lines({
  id: 's145-policy',
  kind: 's145-payer-incident-to-policy-page-text',
  before: 'Heartland Prairie Health › Providers › Reimbursement Policies › Professional',
  text: [
    'Reimbursement Policy RP-[64714] | Version 7 | Effective 01/01/2025 | Products: Commercial, HPH Senior Choice (MA)',
    'Services Incident-To a Physician and Non-Physician Practitioner (NPP) Services',
    'NPP services billed under the NP’s or PA’s own NPI are paid at 85% of the physician fee schedule allowance.',
    'Incident-to requires: place of service 11; an established patient under a plan of care set by the physician;',
    'direct supervision (a physician of the same group present in the office suite for the whole service).',
    'Example 1: an NP repeats chemodenervation of facial-nerve muscles ({64612}) under the physician’s plan of care.',
    'Report it under the physician’s NPI. If the NP also treats a new problem (e.g. cervical dystonia, {64616}),',
    'the whole visit is reported under the NP’s NPI.',
    'Example 2: nerve blocks ({64445}, {64450}, {64455}) done by an NPP at a satellite office with no physician on',
    'site are NPP services even when a physician is named as “supervising provider” in the record.',
    'Not incident-to in any setting: POS 21, 22 and 24. Facility E/M visits {99221}–{99223} and {99231}–{99233}',
    'follow the split/shared rules (modifier FS); procedures are billed by the practitioner who performed them.',
    'Assistant at surgery: NPPs assisting at neuroplasty ({64712}, {64714}) bill modifier AS under their own NPI.',
    'Questions: Provider Relations, PO Box [64445], Kansas City, MO [64170]; fax 816-555-0199.',
  ].join('\n'),
});

// ── 2. Policy code applicability table ──
const policyGrid = table({
  id: 's145-policygrid',
  kind: 's145-payer-policy-code-applicability-grid',
  caption: 'Attachment A — Codes reviewed under this policy (not all-inclusive)',
  headers: ['CPT/HCPCS', 'Description', 'Incident-to (POS 11)', 'NPP own NPI', 'Notes'],
  rows: [
    ['{64445}', 'Inj anes/steroid, sciatic nerve, single; incl. imaging', 'Yes', '85%', 'Do not add {76942}'],
    ['{64450}', 'Inj anes/steroid, other peripheral nerve or branch', 'Yes', '85%', ''],
    ['{64455}', 'Inj anes/steroid, plantar common digital nerve(s)', 'Yes', '85%', 'Morton neuroma'],
    ['{64632}', 'Destruction by neurolytic agent; plantar common digital nerve', 'Yes', '85%', 'Report RT/LT'],
    ['{64612}', 'Chemodenervation, muscle(s) innervated by facial nerve, unilateral', 'Yes', '85%', 'Drug: J0585'],
    ['{64616}', 'Chemodenervation, neck muscle(s), unilateral', 'Yes', '85%', 'New problem: NPP NPI'],
    ['{64712}', 'Neuroplasty, major peripheral nerve; sciatic nerve', 'No', 'AS only', '90-day global'],
    ['{64714}', 'Neuroplasty, major peripheral nerve; lumbar plexus', 'No', 'AS only', '90-day global'],
    ['{99213}', 'Office/outpatient visit, established, low MDM', 'Yes', '85%', ''],
    ['{99204}', 'Office/outpatient visit, new, moderate MDM', 'No', '85%', 'New patients never incident-to'],
  ],
});

// ── 3. Policy revision history table ──
const policyHistory = table({
  id: 's145-policyhist',
  kind: 's145-payer-policy-revision-history-grid',
  caption: 'Policy history',
  headers: ['Version', 'Date', 'Summary of change', 'Provider bulletin'],
  rows: [
    [
      '7',
      '01/01/2025',
      'Repeat {64612} and {64616} sessions: virtual direct supervision accepted through 12/31/2025',
      'PB-[25011]',
    ],
    ['6', '07/01/2024', 'Removed {76942} as a payable add-on with {64445}–{64448} (imaging included)', 'PB-[24187]'],
    ['5', '01/01/2024', 'Split/shared: modifier FS required; substantive portion by time or MDM', 'PB-[23940]'],
    ['4', '03/15/2023', 'Assistant at surgery for {64712}/{64714}: AS under the NPP’s NPI, not 80 or 82', 'PB-[23107]'],
  ],
});

// ── 4. Hospital split/shared attestation template (SmartText), text layer ──
const attestTemplate = lines({
  id: 's145-sstemplate',
  kind: 's145-hospital-split-shared-attestation-template-text',
  before: 'NORTHLAND MERCY REGIONAL MEDICAL CENTER — Physician Services — SmartText library',
  text: [
    'SS-ATTEST v3   SmartText ID [64445]   Owner: Revenue Integrity (ext. [64712])   Last edited 12/18/2024',
    'Use only on facility E/M: {99221}–{99223}, {99231}–{99233}, {99238}, {99239}, {99291}, {99292}.',
    'Split/shared visit: I, ***, performed the substantive portion of this visit by [ ] more than half of the',
    'total time (*** of *** minutes) [ ] the substantive part of the medical decision making.',
    'Other practitioner: *** (NPI ***). Time spent together is counted once. The claim line will carry FS.',
    'Do not use for procedures (e.g. {64445}, {64714}) or for visits inside a global period unless -24/-57.',
  ].join('\n'),
});

// ── 5. Completed attestation in the progress note, text layer ──
const attestNote = lines({
  id: 's145-ssnote',
  kind: 's145-split-shared-attestation-completed-note-text',
  before: 'Pain Medicine Consult Service — Progress Notes — NWOSU, TERESA (MRN 00561390)',
  text: [
    'Encounter [40147]   03/10/2025 14:05   Initial hospital care, pain medicine   Unit 4 West, bed 12',
    'Split/shared visit: I, Marisol Teague, APRN, performed the substantive portion of this visit by more than half',
    'of the total time (48 of 75 minutes). Other practitioner: Samuel Okafor, MD (NPI 1902875533).',
    'Level of service: {99223}-FS, billed under NPI 1538217746. Plan: MRI lumbar plexus reviewed; surgical opinion.',
    'Encounter [40150]   03/13/2025 16:20   Dr. Okafor: 38 of 58 minutes; decision for lumbar plexus neuroplasty.',
    'Level of service: {99233}-57-FS under NPI 1902875533; {64714} scheduled 03/14/2025, OR 3.',
  ].join('\n'),
});

// ── 6. Split/shared time log table ──
const ssLog = table({
  id: 's145-sslog',
  kind: 's145-split-shared-time-log-grid',
  caption: 'Ridgeline hospital service — split/shared time log, March 2025 (from SS-ATTEST)',
  headers: ['DOS', 'Patient', 'Enc #', 'NPP min', 'MD min', 'Billed under', 'CPT', 'Mod'],
  rows: [
    ['03/10/2025', 'NWOSU, T', '[40147]', '48', '27', 'Teague NP', '{99223}', 'FS'],
    ['03/11/2025', 'NWOSU, T', '[40148]', '25', '10', 'Teague NP', '{99232}', 'FS'],
    ['03/13/2025', 'NWOSU, T', '[40150]', '20', '38', 'Okafor MD', '{99233}', '57, FS'],
    ['03/16/2025', 'NWOSU, T', '[40152]', '30', '0', 'Teague NP', '{99232}', 'FS (global — review)'],
    ['03/18/2025', 'PHAM, L', '[40158]', '41', '19', 'Okafor MD ⚠', '{99222}', 'FS'],
  ],
});

// ── 7. NPP supervision log table ──
const supLog = table({
  id: 's145-suplog',
  kind: 's145-npp-supervision-log-grid',
  caption: 'NPP direct supervision log — Q1/Q2 2025 (physician presence by site)',
  headers: ['Date', 'Site', 'NPP', 'Physician on site', 'Hours', 'Services billed incident-to', 'Log #'],
  rows: [
    ['02/26/2025', 'Cameron Ridge', 'O. Pritchard, PA-C', '— none', '—', '{64445} ×1 (error)', '[20509]'],
    [
      '03/05/2025',
      'Saint Albans',
      'M. Teague, NP',
      'H. Vasquez-Reyes, MD',
      '08:00–17:00',
      '{64612} ×1; {99213} ×4',
      '[20514]',
    ],
    [
      '03/12/2025',
      'Saint Albans',
      'M. Teague, NP',
      '— none (Okafor in OR; V-R at Cameron)',
      '—',
      '{64445} ×1 (error)',
      '[20521]',
    ],
    ['03/19/2025', 'Cameron Ridge', 'O. Pritchard, PA-C', '— none', '—', '{64632} ×1; {99213} ×1 (error)', '[20529]'],
    [
      '04/02/2025',
      'Saint Albans',
      'M. Teague, NP',
      'S. Okafor, MD (AM)',
      '08:00–12:00',
      '{64612} ×2; {64616} not I-2',
      '[20549]',
    ],
  ],
});

// ── 8. Supervision log CSV export, text layer ──
const supCsv = lines({
  id: 's145-supcsv',
  kind: 's145-npp-supervision-log-csv-export-text',
  before: 'Export: npp_supervision_2025Q1.csv (PM system report SUP-02)',
  text: [
    'log_id,date,site_zip,npp_npi,supervisor_npi,supervisor_onsite,cpt,units,billed_npi,flag',
    '[20509],2025-02-26,[64459],1679054421,1376402918,N,{64445},1,1376402918,I2_NO_MD',
    '[20514],2025-03-05,[64503],1538217746,1376402918,Y,{64612},1,1376402918,',
    '[20521],2025-03-12,[64503],1538217746,1376402918,N,{64445},1,1376402918,I2_NO_MD',
    '[20529],2025-03-19,[64459],1679054421,1902875533,N,{64632},1,1902875533,I2_NO_MD',
  ].join('\n'),
});

// ── 9. Collaborative practice arrangement, text layer ──
const cpa = lines({
  id: 's145-cpa',
  kind: 's145-collaborative-practice-arrangement-text',
  before: 'COLLABORATIVE PRACTICE ARRANGEMENT (20 CSR 2200-4.200) — Marisol Teague, APRN, FNP-C',
  text: [
    'Collaborating physician: Helena Vasquez-Reyes, MD. Arrangement no. CPA-[12441], filed with the Board of Nursing.',
    'Practice sites: 4120 Frederick Blvd, Ste 210, Saint Albans, MO [64503]; 602 N Walnut St, Cameron Ridge, MO [64459].',
    'Delegated procedures after documented competency: sciatic and other peripheral nerve blocks ({64445}, {64450},',
    '{64455}); chemodenervation with onabotulinumtoxinA ({64612}, {64616}); trigger point injections ({20552}, {20553}).',
    'Not delegated: neurolytic destruction ({64632}, {64640}) and open neuroplasty ({64712}, {64714}) except as assistant.',
    'Chart review: the collaborating physician reviews at least 10% of charts every 14 days, including each {64612}.',
  ].join('\n'),
});

// ── 10. APP productivity, wRVU by CPT table ──
const wrvuGrid = table({
  id: 's145-wrvu',
  kind: 's145-app-productivity-wrvu-by-cpt-grid',
  caption: 'APP Productivity by CPT — TEAGUE, MARISOL APRN — 01/01/2025–03/31/2025 — work RVUs (2025 MPFS)',
  headers: ['CPT', 'Mod', 'Description', 'Units', 'wRVU/unit', 'Total wRVU', 'NPP NPI', 'I-2 credit'],
  rows: [
    ['{99213}', '', 'Office visit, est., low', '212', '1.30', '275.60', '131', '81'],
    ['{99214}', '', 'Office visit, est., moderate', '164', '1.92', '314.88', '102', '62'],
    ['{64445}', 'RT/LT', 'Nerve block, sciatic', '41', '1.00', '41.00', '9', '32'],
    ['{64612}', 'RT/LT', 'Chemodenervation, facial nerve', '27', '1.53', '41.31', '6', '21'],
    ['{64616}', '', 'Chemodenervation, neck', '12', '1.53', '18.36', '12', '0'],
    ['{99223}', 'FS', 'Initial hospital care, high', '4', '3.50', '14.00', '4', 'n/a'],
    ['{99232}', 'FS', 'Subsequent hospital care, moderate', '9', '1.59', '14.31', '9', 'n/a'],
    ['Total', '', '', '469', '', '719.46', '273', '196'],
  ],
});

// ── 11. APP productivity dashboard, text layer ──
const dashboard = lines({
  id: 's145-dash',
  kind: 's145-app-productivity-dashboard-text',
  before: 'Provider Scorecard › Advanced Practice › PRITCHARD, OWEN PA-C',
  text: [
    'Q1 2025 (Jan 1 – Mar 31)   Report id [70116]   wRVU 812.44   Target 780.00   104.2% of target',
    'Top procedures: {64632} Morton neuroma neurolysis ×22 (27.06 wRVU) · {64455} ×35 (26.25) · {64445} ×18 (18.00)',
    'Assist-at-surgery credit (16%): {64712}-AS ×9 = 11.52 wRVU · {64714}-AS ×4 = 4.64 wRVU',
    'Incident-to lines re-billed under your NPI after audit: 3 ({64445} 02/26, {64632}-LT and {99213}-25 03/19)',
  ].join('\n'),
});

// ── 12. Productivity export CSV, text layer ──
const prodCsv = lines({
  id: 's145-prodcsv',
  kind: 's145-app-productivity-export-csv-text',
  before: 'Download: APP_wRVU_2025Q1.csv',
  text: [
    'provider_npi,provider,period,cpt,mod,units,wrvu,credit_type,cost_center',
    '1538217746,TEAGUE MARISOL,2025Q1,{64445},RT,32,32.00,SHADOW_I2,[40120]',
    '1538217746,TEAGUE MARISOL,2025Q1,{64612},,21,32.13,SHADOW_I2,[40120]',
    '1679054421,PRITCHARD OWEN,2025Q1,{64632},LT,22,27.06,NPP,[40122]',
    '1679054421,PRITCHARD OWEN,2025Q1,{64712},AS,9,11.52,ASSIST,[40122]',
    '1679054421,PRITCHARD OWEN,2025Q1,{64714},AS,4,4.64,ASSIST,[40122]',
  ].join('\n'),
});

// ── 13. APP incentive worksheet, text layer ──
const incentive = lines({
  id: 's145-incentive',
  kind: 's145-app-compensation-incentive-worksheet-text',
  before: 'Ridgeline APP Compensation Plan — Exhibit B — Quarterly incentive worksheet',
  text: [
    'APP: Teague, Marisol APRN   Employee no. [10432]   Quarter: Q1 2025   Base salary $128,400',
    'Threshold 275.00 wRVU per quarter; incentive $48.00 per wRVU above threshold.',
    'Incident-to services billed under a physician (e.g. repeat {64612}, {64445}) are shadow-credited to the APP.',
    'Split/shared visits are credited to the practitioner who bills with FS: {99223}-FS ×4 to you, ×2 to Dr. Okafor.',
    'Adjustment: 03/12/2025 {64445} (CQ-1187) moved to your NPI after audit; no change to your credit.',
    'Adjustment: 03/16/2025 {99232}-FS voided (inside the {64714} global): minus 1.59 wRVU.',
  ].join('\n'),
});

// ── 14. Audit engagement letter, text layer ──
const engagement = lines({
  id: 's145-engage',
  kind: 's145-compliance-audit-engagement-letter-text',
  before: 'BRIGHTWATER CODING COMPLIANCE PARTNERS, LLC',
  text: [
    '900 Grand Blvd, Suite 1400, Kansas City, MO [64106]   April 21, 2025',
    'Re: Engagement [64632] — Focused review of APP-performed procedures and split/shared visits, DOS 01/01–03/31/2025',
    'Scope: a probe sample of 30 claims (41 lines) where an NP or PA rendered or was named supervising, stratified:',
    'peripheral nerve blocks ({64445}, {64450}, {64455}); neurolysis ({64632}); chemodenervation ({64612}, {64616});',
    'assistant at surgery ({64712}-AS, {64714}-AS); and facility E/M with modifier FS ({99221}–{99233}).',
    'Please send the supervision log, schedules and op notes by 05/02/2025. Purchase order [31047].',
  ].join('\n'),
});

// ── 15. Audit sample findings table ──
const findings = table({
  id: 's145-findings',
  kind: 's145-compliance-audit-sample-findings-grid',
  caption: 'Exhibit 2 — Sample lines with findings and selected supported lines',
  headers: ['#', 'Claim', 'DOS', 'CPT-Mod', 'Billed under', 'Performed by', 'Finding', 'Overpaid'],
  rows: [
    [
      '3',
      '[64712]',
      '03/12/2025',
      '{64445}-RT',
      'Vasquez-Reyes MD',
      'Teague NP',
      'No physician on site; not incident-to',
      '$14.79',
    ],
    ['4', '[64712]', '03/12/2025', '{76942}', 'Vasquez-Reyes MD', 'Teague NP', 'Imaging included in {64445}', '$31.56'],
    [
      '9',
      '[70131]',
      '03/19/2025',
      '{64632}-LT',
      'Okafor MD',
      'Pritchard PA-C',
      'Satellite, no physician on site',
      '$13.96',
    ],
    ['10', '[70131]', '03/19/2025', '{99213}-25', 'Okafor MD', 'Pritchard PA-C', 'Same', '$14.01'],
    [
      '14',
      '[70230]',
      '03/16/2025',
      '{99232}-FS',
      'Teague NP',
      'Teague NP',
      'Inside 90-day global of {64714}',
      '$78.71',
    ],
    [
      '17',
      '[82145]',
      '03/18/2025',
      '{99222}-FS',
      'Okafor MD',
      'Teague NP 41/60 min',
      'Wrong billing practitioner',
      '$21.11',
    ],
    ['21', '[70239]', '03/12/2025', '{64712}-AS', 'Pritchard PA-C', 'Pritchard PA-C', 'Supported', '$0.00'],
    ['26', '[80111]', '03/14/2025', '{64714}-AS', 'Pritchard PA-C', 'Pritchard PA-C', 'Supported', '$0.00'],
  ],
});

// ── 16. Audit summary of findings, text layer ──
const auditSummary = lines({
  id: 's145-auditsum',
  kind: 's145-compliance-audit-summary-report-text',
  before: 'Engagement summary — DRAFT 05/09/2025 — privileged and confidential',
  text: [
    'Engagement [64632]. Lines with an error: 7 of 41 (17.1%); net overpayment in the sample $188.93.',
    'Finding 1 — incident-to without direct supervision (4 lines): {64445} on 02/26 (Cameron Ridge) and 03/12',
    '(Saint Albans); {64632}-LT and {99213}-25 on 03/19 (Cameron Ridge). The visit type sets I-2 = Y by default.',
    'Finding 2 — imaging guidance billed with a sciatic nerve block: {76942} with {64445}. The {64445}–{64448}',
    'descriptors include imaging guidance when performed.',
    'Finding 3 — split/shared: {99222}-FS billed under the physician although the NP documented 41 of 60 minutes;',
    '{99232}-FS on 03/16 inside the 90-day global of {64714} performed 03/14.',
  ].join('\n'),
});

// ── 17. Corrective action plan, text layer ──
const cap = lines({
  id: 's145-cap',
  kind: 's145-compliance-corrective-action-plan-text',
  before: 'Corrective Action Plan — approved by the Compliance Committee 05/20/2025',
  text: [
    '1. Scheduling: visit types [10441] (sciatic block) and [10450] (Morton neurolysis) check the physician roster',
    '   for the site before I-2 is set. Owner: practice manager. Due 06/30/2025.',
    '2. Charge edit: hard stop when {76942} is keyed with {64445}, {64446}, {64447} or {64448}.',
    '3. Split/shared: coders compare the minutes in SS-ATTEST before choosing the NPI for {99221}–{99233}.',
    '4. Global edit: any E/M by a group member within 90 days of {64712} or {64714} without -24/-25/-57 goes to review.',
    '5. Refunds: HPH by void/replace (CQ-1187, CQ-1191, CQ-1210); Medicare voluntary refund, check [20472].',
    '6. Re-audit of 20 claims, DOS 07/01–09/30/2025, follow-up engagement; target error rate under 5%.',
  ].join('\n'),
});

// ── 18. Scheduling template by provider, table ──
const schedTemplate = table({
  id: 's145-schedtpl',
  kind: 's145-scheduling-template-by-provider-grid',
  caption: 'Template: WEDNESDAY (effective 01/06/2025) — Saint Albans unless noted',
  headers: ['Time', 'Vasquez-Reyes MD', 'Teague NP', 'Pritchard PA-C', 'Okafor MD'],
  rows: [
    ['08:00', 'NEW PT 60 ({99204})', 'NEURO F/U 20 ({99213})', 'CAMERON: NEURO F/U', 'OR — NMRMC'],
    ['08:30', '', 'TPI 20 ({20553})', 'CAMERON: MORTON INJ ({64455})', 'OR — NMRMC'],
    [
      '09:00',
      'SCIATIC BLOCK 30 ({64445})',
      'BOTOX FACE RPT 30 ({64612}) I-2',
      'CAMERON: NEUROLYSIS ({64632})',
      'OR — NMRMC',
    ],
    ['10:40', 'F/U 20', 'SCIATIC BLOCK 30 ({64445}) I-2', '', 'OR — NMRMC'],
  ],
});

// ── 19. Visit type configuration, table ──
const visitTypes = table({
  id: 's145-visittypes',
  kind: 's145-scheduling-visit-type-config-grid',
  caption: 'PM system › Scheduling › Visit Types (Ridgeline)',
  headers: ['Visit type ID', 'Name', 'Length', 'Default CPT', 'Providers', 'Incident-to flag'],
  rows: [
    ['[10441]', 'SCIATIC BLOCK', '30', '{64445}', 'VR, TEAGUE', 'Y (default)'],
    ['[10450]', 'MORTON NEUROLYSIS', '30', '{64632}', 'VR, OKAFOR, PRITCHARD', 'Y (default)'],
    ['[10467]', 'NEW PATIENT', '60', '{99204}', 'ALL', 'N'],
    ['[10483]', 'BOTOX FACE RPT', '30', '{64612}', 'VR, TEAGUE', 'Y if MD on site'],
    ['[10500]', 'CERV DYSTONIA BOTOX', '45', '{64616}', 'VR, TEAGUE', 'N if new problem'],
    ['[10504]', 'PRE-OP NEUROPLASTY', '40', '{99214}', 'OKAFOR, PRITCHARD', 'N'],
  ],
});

// ── 20. Day sheet, text layer ──
const daySheet = lines({
  id: 's145-daysheet',
  kind: 's145-schedule-day-sheet-text',
  before: 'RIDGELINE — SAINT ALBANS — APPOINTMENTS — Wed 03/12/2025 — TEAGUE, MARISOL APRN',
  text: [
    'Supervising: VASQUEZ-REYES, HELENA MD   printed 03/11/2025 16:52 by FRONTDESK2',
    '08:00  BREWSTER, ALAN        NEURO F/U 20     {99213}   HPH COMMERCIAL   Acct [31058]',
    '08:30  OKONKWO-PRICE, NIA    TPI 20           {20553}   MO HEALTHNET     Acct [30017]',
    '10:40  KINCAID, DOLORES      SCIATIC BLOCK 30 {64445}   HPH SR CHOICE    Acct [30200]   Visit type [10441]',
    '13:30  HAYES, CORA           NEW PT 60        {99204}   HPH COMMERCIAL   Acct [31127]   Ref: Dr. Amundsen',
  ].join('\n'),
});

// ── 21. Charge correction queue, table ──
const queue = table({
  id: 's145-queue',
  kind: 's145-charge-correction-queue-grid',
  caption: 'Work queue: WRONG RENDERING NPI / I-2 — 7 items — sorted by DOS',
  headers: ['Item', 'Claim #', 'DOS', 'Patient', 'CPT', 'Billed rendering', 'Correct rendering', 'Reason', 'Status'],
  rows: [
    [
      'CQ-1185',
      '[81002]',
      '02/26/2025',
      'OSTRANDER, B',
      '{64445}',
      'Vasquez-Reyes',
      'Pritchard',
      'I-2: no MD at Cameron',
      'Refund (Medicare)',
    ],
    [
      'CQ-1187',
      '[64712]',
      '03/12/2025',
      'KINCAID, D',
      '{64445}',
      'Vasquez-Reyes',
      'Teague',
      'I-2: no MD on site',
      'Replaced',
    ],
    [
      'CQ-1188',
      '[64712]',
      '03/12/2025',
      'KINCAID, D',
      '{76942}',
      'Vasquez-Reyes',
      '—',
      'Included in {64445}',
      'Line deleted',
    ],
    [
      'CQ-1191',
      '[70131]',
      '03/19/2025',
      'ELLERY, R',
      '{64632}-LT',
      'Okafor',
      'Pritchard',
      'I-2: no MD at Cameron',
      'Replaced',
    ],
    ['CQ-1192', '[70131]', '03/19/2025', 'ELLERY, R', '{99213}-25', 'Okafor', 'Pritchard', 'Same visit', 'Replaced'],
    [
      'CQ-1204',
      '[64612]',
      '04/02/2025',
      'ABERNATHY-LOWE, J',
      '{64616}',
      'Vasquez-Reyes',
      'Teague',
      'New problem',
      'Fixed pre-bill',
    ],
    ['CQ-1210', '[70230]', '03/16/2025', 'NWOSU, T', '{99232}-FS', 'Teague', '—', 'Global of {64714}', 'Voided'],
  ],
});

// ── 22. Claim correction detail screen, text layer ──
const claimScreen = lines({
  id: 's145-claimscreen',
  kind: 's145-charge-correction-claim-detail-text',
  before: 'Claim Correction Queue › CQ-1187',
  text: [
    'Claim [64712]   Patient KINCAID, DOLORES   MRN 00418827   Member HPH88420716   Payer ID [41877]',
    'DOS 03/12/2025   POS 11   Saint Albans, 4120 Frederick Blvd Ste 210, MO [64503]-2217',
    'Billing NPI 1245390867   Rendering as billed 1376402918 VASQUEZ-REYES   Correct 1538217746 TEAGUE',
    'Line 1  {64445}  RT  1 unit  $412.00  Dx G57.01  paid $98.62 on 03/28/2025',
    'Line 2  {76942}      1 unit  $240.00  Dx G57.01  paid $31.56 → delete (NCCI edit with {64445}, modifier not allowed)',
    'Original ICN 2025071118836   Frequency 7 (replacement)   Opened 04/07/2025 from supervision log [20521]',
  ].join('\n'),
});

// ── 23. Replacement claim, X12 837P text view ──
const x837 = lines({
  id: 's145-837',
  kind: 's145-charge-correction-replacement-837p-text',
  before: 'Clearinghouse › Claim file RPC0408A.837 › view segments',
  text: [
    'ISA*00*          *00*          *ZZ*RIDGELINEPPNC  *ZZ*HPHCLAIMS      *250408*0941*^*[00501]*000004417*0*P*:~',
    'GS*HC*RIDGELINEPPNC*HPHCLAIMS*20250408*0941*4417*X*005010X222A1~',
    'NM1*85*2*RIDGELINE PAIN AND PERIPHERAL NERVE CENTER*****XX*1245390867~',
    'N3*4120 FREDERICK BLVD STE 210~',
    'N4*SAINT ALBANS*MO*[64503]~',
    'NM1*PR*2*HEARTLAND PRAIRIE HEALTH*****PI*[41877]~',
    'CLM*[64712]*412***11:B:7*Y*A*Y*Y~',
    'REF*F8*2025071118836~',
    'HI*ABK:G5701~',
    'NM1*82*1*TEAGUE*MARISOL****XX*1538217746~',
    'LX*1~',
    'SV1*HC:{64445}:RT*412*UN*1***1~',
    'DTP*472*D8*20250312~',
  ].join('\n'),
});

// ── 24. Void / replace audit trail, text layer ──
const voidLog = lines({
  id: 's145-voidlog',
  kind: 's145-charge-correction-void-replace-log-text',
  before: 'Audit trail — claim changes — 04/08/2025 to 04/10/2025',
  text: [
    '2025-04-08 09:38:12 RDUFRESNE CLAIM=[64712] ACTION=VOID FREQ=8 ICN=2025071118836 REASON=CQ-1187',
    '2025-04-08 09:39:40 RDUFRESNE CLAIM=[64712] ACTION=REPLACE FREQ=7 L1 CPT={64445} MOD=RT REND=1538217746',
    '2025-04-08 09:39:41 RDUFRESNE L2 CPT={76942} DELETED REASON=NCCI',
    '2025-04-09 14:02:55 LMARTELL CLAIM=[70131] ACTION=REPLACE L1 CPT={64632} MOD=LT REND=1679054421',
    '2025-04-09 14:03:10 LMARTELL CLAIM=[70131] L2 CPT={99213} MOD=25 REND=1679054421',
    '2025-04-09 14:20:07 LMARTELL CLAIM=[70230] ACTION=VOID FREQ=8 L1 CPT={99232} MOD=FS REASON=GLOBAL {64714}',
  ].join('\n'),
});

// ── 25. 835 remittance, text view ──
const x835 = lines({
  id: 's145-835',
  kind: 's145-remit-835-npp-reduction-text',
  before: 'ERA viewer › HPH 04/17/2025 › raw segments',
  text: [
    'BPR*I*77.75*C*ACH*CCP*01*101000019*DA*4417006221*1431876522**01*101000695*DA*7788120043*20250417~',
    'N3*PO BOX [64445]~',
    'N4*KANSAS CITY*MO*[64170]~',
    'CLP*[64712]*22*-652*-130.18*0*HM*2025071118836*11*8~',
    'SVC*HC:{64445}:RT*-412*-98.62**1~',
    'SVC*HC:{76942}*-240*-31.56**1~',
    'CLP*[64712]*1*412*83.83*0*HM*2025098003311*11*7~',
    'NM1*82*1*TEAGUE*MARISOL****XX*1538217746~',
    'SVC*HC:{64445}:RT*412*83.83**1~',
    'CAS*CO*45*328.17~',
    'CLP*[70413]*1*585*124.10*0*HM*2025098003340*11*1~',
    'SVC*HC:{64612}:LT*585*124.10**1~',
  ].join('\n'),
});

// ── 26. Payer remittance advice (printable), text layer ──
const remitAdvice = lines({
  id: 's145-ra',
  kind: 's145-payer-remittance-advice-printable-text',
  before: 'HEARTLAND PRAIRIE HEALTH — PROVIDER REMITTANCE ADVICE — 04/24/2025 — Page 1 of 1',
  text: [
    'Payee RIDGELINE PAIN & PERIPHERAL NERVE CTR   NPI 1245390867   TIN 43-1876522   EFT 2025042455187',
    'Claim [70131]  ELLERY, RAYMOND  Rendering PRITCHARD, OWEN PA-C  Freq 7',
    '  03/19/25  {64632} LT   billed 365.00  allowed 93.05  NPP -13.96  paid 79.09',
    '  03/19/25  {99213} 25   billed 185.00  allowed 93.40  NPP -14.01  paid 79.39',
    'Claim [64612]  ABERNATHY-LOWE, JUNE  Rendering TEAGUE, MARISOL APRN  Freq 1',
    '  04/02/25  {64616} RT   billed 540.00  allowed 118.40  NPP -17.76  paid 100.64',
    '  04/02/25  {99214} 25   billed 265.00  allowed 128.60  NPP -19.29  paid 109.31',
    'Recoupment: original claim [70131] (ICN 2025071118840) -186.45   Net this remit: 181.98',
  ].join('\n'),
});

// ── 27. Incident-to checklist for front desk and coders, text layer ──
const checklist = lines({
  id: 's145-checklist',
  kind: 's145-incident-to-eligibility-checklist-text',
  before: 'INCIDENT-TO (I-2) CHECKLIST — Ridgeline billing policy BIL-07, rev. 04/2025',
  text: [
    '☐ Place of service 11 (office). Never at Northland Mercy (POS 21/22) or the surgery center (POS 24).',
    '☐ Established patient with a physician plan. New patients ({99202}–{99205}) → bill under the APP.',
    '☐ Same problem as the plan. A new problem (e.g. neck dystonia, {64616}, at a face-Botox visit) → APP.',
    '☐ A Ridgeline physician in the suite for the whole service: check today’s roster, not the "supervising" field.',
    '☐ Qualifying procedures when all of the above hold: {64445}, {64450}, {64455}, {64612}, {20552}, {20553}.',
    '☐ Never incident-to: hospital visits ({99221}–{99239}, use FS) and surgery assists ({64712}, {64714}, use AS).',
  ].join('\n'),
});

// ── 28. Coder query email thread, text layer ──
const email = lines({
  id: 's145-email',
  kind: 's145-coder-query-email-thread-text',
  before: 'Subject: Query — 03/12 sciatic block billed incident-to',
  text: [
    'From: Renee Dufresne, CPC   To: Marisol Teague, APRN   Cc: H. Vasquez-Reyes, MD   Tue 4/8/2025 8:14 AM',
    'Marisol, the 03/12 {64445} you did for Dolores Kincaid (claim [64712]) went out under Dr. V-R’s NPI.',
    'Supervision log entry [20521] shows no physician in the suite that morning: Dr. Okafor was in the OR at',
    'Northland Mercy for a {64712} and Dr. V-R was in Cameron Ridge. Under HPH policy RP-[64714] that is an NPP',
    'service at 85%. I will move the line to your NPI and drop the {76942}, which is part of {64445}.',
    '> From: Marisol Teague   Tue 4/8/2025 10:02 AM',
    '> Agreed, nobody was on site. Also check Pham 03/18: I had 41 of the 60 minutes on that {99222}.',
  ].join('\n'),
});

// ── 29. Billing team chat, text layer ──
const chat = lines({
  id: 's145-chat',
  kind: 's145-billing-team-chat-text',
  before: '#billing-corrections — Ridgeline workspace',
  text: [
    'Renee D  9:41 AM  CQ-1187 done: claim [64712] voided & replaced under Teague, {76942} line removed.',
    'Luis M  9:43 AM  HPH ticket for the replacement is [64445], they said allow 10 days',
    'Owen P  10:02 AM  re 03/19 Cameron: Dr. O was supervising of record, and the {64632} on Ellery was a repeat?',
    'Renee D  10:04 AM  of record doesn’t count for I-2, he has to be in the suite. Moving {64632}-LT and {99213}-25 to you',
    'Luis M  10:06 AM  also Nwosu 03/16 {99232}-FS is inside the {64714} global (surgery 03/14). voiding claim [70230]',
    'Owen P  10:07 AM  👍 my {64712}-AS on Matthiesen is fine though, right?',
    'Renee D  10:08 AM  yes, op note names you as assistant',
  ].join('\n'),
});

// ── 30. APP clinic encounter form (superbill), text layer ──
const superbill = lines({
  id: 's145-superbill',
  kind: 's145-app-clinic-encounter-form-text',
  before: 'RIDGELINE PAIN & PERIPHERAL NERVE CENTER — ENCOUNTER FORM (APP CLINIC) — rev 01/2025',
  text: [
    'Patient ABERNATHY-LOWE, JUNE   Acct [30255]   DOS 03/05/2025   Ins HPH SR CHOICE   Copay $0',
    'Rendering ☐ Vasquez-Reyes ☐ Okafor ☑ Teague NP ☐ Pritchard PA-C   MD on site: H. Vasquez-Reyes',
    'OFFICE VISITS ☐ {99203} ☐ {99204} | ☐ {99213} ☐ {99214}',
    'NERVE BLOCKS ☐ {64405} occipital ☐ {64418} suprascapular ☐ {64445} sciatic ☐ {64450} other ☐ {64455} digital',
    'NEUROLYSIS ☐ {64632} plantar digital ☐ {64640} other peripheral',
    'CHEMODENERVATION ☑ {64612} facial ☐ {64615} migraine ☐ {64616} neck   J0585 40 u, JW 60 u',
  ].join('\n'),
});

// ── 31. Charge entry screen, text layer ──
const chargeEntry = lines({
  id: 's145-chargeentry',
  kind: 's145-charge-entry-screen-text',
  before: 'Charges › Enter charges › Encounter',
  text: [
    'Encounter [40176]   ELLERY, RAYMOND   MRN 00733164   DOB 07/22/1959   Acct [31064]',
    'Location RIDGELINE CAMERON (POS 11), 602 N Walnut St, Cameron Ridge MO [64459]',
    'Rendering PRITCHARD, OWEN PA-C (1679054421)   Supervising OKAFOR, SAMUEL MD (1902875533)',
    '⚠ Supervising provider not checked in at this location today',
    'Line 1  {64632}  LT  Dx G57.62  1 unit  $365.00',
    'Line 2  {99213}  25  Dx G57.62, M79.672  1 unit  $185.00',
    'Incident-to: Y → N (edited 04/09/2025 by LMARTELL, CQ-1191)   Batch [31045]',
  ].join('\n'),
});

// ── 32. NP chemodenervation procedure note, text layer ──
const procNote = lines({
  id: 's145-procnote',
  kind: 's145-npp-chemodenervation-procedure-note-text',
  before: 'PROCEDURE NOTE — Ridgeline Pain & Peripheral Nerve Center',
  text: [
    'Patient ABERNATHY-LOWE, JUNE   DOS 03/05/2025   Performed by Marisol Teague, APRN, FNP-C',
    'Physician in suite: Helena Vasquez-Reyes, MD. Plan of care set 12/04/2024 at the first session ({64612}).',
    'Indication: right hemifacial spasm (G51.31), repeat every 12 weeks.',
    'Procedure: chemodenervation of muscles innervated by the right facial nerve, CPT {64612}-RT. OnabotulinumtoxinA',
    '40 units (orbicularis oculi 25 u, zygomaticus 10 u, depressor anguli oris 5 u); 60 units discarded.',
    'Billing: incident-to under Dr. Vasquez-Reyes; J0585 ×40 and J0585-JW ×60; POS 11. Next session about 05/28.',
  ].join('\n'),
});

// ── 33. Operative report naming the PA as assistant, text layer ──
const opNote = lines({
  id: 's145-opnote',
  kind: 's145-operative-report-pa-assistant-text',
  before: 'NORTHLAND MERCY REGIONAL MEDICAL CENTER — OPERATIVE REPORT',
  text: [
    'Patient MATTHIESEN, CARL   MRN NM-00912447   OR case [22457]   Date of surgery 03/12/2025   OR 2',
    'Surgeon: Samuel Okafor, MD   Assistant: Owen Pritchard, PA-C (no qualified resident available)',
    'Procedure: neuroplasty of the right sciatic nerve at the sciatic notch (CPT {64712}), external neurolysis.',
    'The assistant retracted the gluteus maximus and held the piriformis release while the nerve was freed.',
    'Professional coding: surgeon {64712}-RT; assistant {64712}-AS-RT. Intraoperative stimulation by the surgeon,',
    'no {95940} billed. Post-op visits fall in the 90-day global; no E/M before 06/10/2025 without -24.',
  ].join('\n'),
});

// ── 34. Assistant-at-surgery claim lines, table ──
const assistLines = table({
  id: 's145-assist',
  kind: 's145-assistant-at-surgery-claim-lines-grid',
  caption: 'Surgical claims Q1 2025 — surgeon and assistant lines',
  headers: ['Claim', 'DOS', 'Patient', 'Rendering', 'CPT', 'Mod 1', 'Mod 2', 'Charge', 'Allowed', 'Status'],
  rows: [
    ['[70236]', '03/12/2025', 'MATTHIESEN, C', 'Okafor MD', '{64712}', 'RT', '', '$2,850.00', '$651.12', 'Paid'],
    ['[70239]', '03/12/2025', 'MATTHIESEN, C', 'Pritchard PA-C', '{64712}', 'AS', 'RT', '$456.00', '$88.55', 'Paid'],
    ['[80116]', '03/14/2025', 'NWOSU, T', 'Okafor MD', '{64714}', '', '', '$2,640.00', '$584.20', 'Paid'],
    ['[80111]', '03/14/2025', 'NWOSU, T', 'Pritchard PA-C', '{64714}', 'AS', '', '$422.40', '$79.45', 'Paid'],
    [
      '[80117]',
      '01/22/2025',
      'HOLLOWAY, P',
      'Pritchard PA-C',
      '{64712}',
      '80',
      'LT',
      '$456.00',
      '$0.00',
      'Denied, rebill AS',
    ],
  ],
});

// ── 35. Hospital report of FS modifier use, table ──
const fsReport = table({
  id: 's145-fsreport',
  kind: 's145-hospital-fs-modifier-usage-report-grid',
  caption: 'Northland Mercy — Revenue Integrity — split/shared (FS) lines by service, Q1 2025',
  headers: ['Service line', 'Cost center', 'CPT', 'FS lines', 'Billed by NPP', 'Billed by physician', 'No attestation'],
  rows: [
    ['Pain Medicine (Ridgeline)', '[40236]', '{99223}', '6', '4', '2', '0'],
    ['', '', '{99222}', '3', '1', '2', '1'],
    ['', '', '{99232}', '14', '11', '3', '2'],
    ['', '', '{99233}', '9', '3', '6', '1'],
    ['Hospital Medicine', '[40256]', '{99223}', '212', '88', '124', '6'],
  ],
});

// ── 36. FHIR Claim resource, JSON text layer ──
const fhir = lines({
  id: 's145-fhir',
  kind: 's145-fhir-claim-careteam-json-text',
  before: 'GET [base]/Claim/rppnc-clm-0402-al — application/fhir+json',
  text: [
    '{ "resourceType": "Claim", "id": "rppnc-clm-0402-al", "status": "active", "use": "claim",',
    '  "identifier": [{ "system": "urn:oid:2.16.840.1.113883.3.9145.1", "value": "[64612]" }],',
    '  "patient": { "reference": "Patient/[30255]" }, "billablePeriod": { "start": "2025-04-02" },',
    '  "careTeam": [{ "sequence": 1, "provider": { "reference": "Practitioner/npi-1538217746" }, "role": { "coding": [{ "code": "primary" }] } }],',
    '  "item": [{ "sequence": 1, "productOrService": { "coding": [{ "system": "http://www.ama-assn.org/go/cpt", "code": "{64616}" }] },',
    '    "modifier": [{ "coding": [{ "code": "RT" }] }], "net": { "value": 540.00, "currency": "USD" } },',
    '   { "sequence": 2, "productOrService": { "coding": [{ "system": "http://www.ama-assn.org/go/cpt", "code": "{99214}" }] },',
    '    "modifier": [{ "coding": [{ "code": "25" }] }], "net": { "value": 265.00 } }],',
    '  "facility": { "display": "Ridgeline Saint Albans" }, "address": { "postalCode": "[64503]" } }',
  ].join('\n'),
});

// ── 37. MAC split/shared FAQ page, text layer ──
const macFaq = lines({
  id: 's145-macfaq',
  kind: 's145-mac-split-shared-faq-text',
  before: 'Midland Medicare Administrative Services (J5 MAC) › Part B › Evaluation and Management › FAQs',
  text: [
    'Q: An NP and a physician of the same group see a hospital inpatient the same day. Who bills?',
    'A: The one who did the substantive portion (more than half of the total time, or the substantive part of the',
    'MDM) bills the visit with modifier FS, e.g. {99223}-FS or {99233}-FS. See Article A[58862].',
    'Q: Can FS be used on a procedure such as a sciatic nerve block ({64445}) or chemodenervation ({64612})?',
    'A: No. FS applies only to E/M visits in a facility; procedures are billed by whoever performed them.',
    'Q: How is a PA paid as assistant at surgery for {64712}? A: Modifier AS, 85% of 16% of the fee schedule amount.',
    'FAQ ID [12286] | Last updated 02/14/2025',
  ].join('\n'),
});

// ── 38. Credentialing and enrollment tracker, table ──
const credTracker = table({
  id: 's145-cred',
  kind: 's145-app-credentialing-enrollment-tracker-grid',
  caption: 'APP enrollment and privileges tracker (updated 04/15/2025)',
  headers: [
    'Practitioner',
    'Payer / facility',
    'Provider ID',
    'Effective',
    'Status',
    'Tracking #',
    'Privileges / notes',
  ],
  rows: [
    ['Teague, Marisol APRN', 'Medicare Part B (J5)', 'PTAN RT4417', '06/01/2021', 'Approved', '[12541]', ''],
    ['Teague, Marisol APRN', 'Heartland Prairie Health', 'HPH prov. [30350]', '07/15/2021', 'Approved', '[12543]', ''],
    ['Pritchard, Owen PA-C', 'Medicare Part B (J5)', 'PTAN RT6612', '09/01/2023', 'Approved', '[12573]', ''],
    ['Pritchard, Owen PA-C', 'MO HealthNet', 'pending', '—', 'In review', '[64714]', 'Cannot bill {64712}-AS yet'],
  ],
});

// ── 39. Compliance training quiz for APPs, text layer ──
const quiz = lines({
  id: 's145-quiz',
  kind: 's145-app-compliance-training-quiz-text',
  before: 'Ridgeline LMS › Course APP-BILL-2025 › Knowledge check (passing score 80%)',
  text: [
    'Q1. An NP performs {64445} on an established patient at Saint Albans; both physicians are away. Whose NPI?',
    '    (a) the supervising physician of record  (b) the NP ✔',
    'Q2. A PA assists Dr. Okafor at {64714}. Which modifier?  (a) 80  (b) 82  (c) AS ✔',
    'Q3. The NP spends 40 minutes and Dr. Okafor 35 on an initial hospital visit. Who bills {99223}-FS?  The NP ✔',
    'Q4. May {76942} be added to {64445}?  No ✔ — guidance is in the descriptor.',
    'Q5. A face-Botox repeat ({64612}) turns into a neck-dystonia treatment ({64616}). Incident-to?  No ✔',
    'Attempt [11771] · score 5/5 · completed 05/28/2025',
  ].join('\n'),
});

// ── 40. Voluntary refund letter to the MAC, text layer ──
const refund = lines({
  id: 's145-refund',
  kind: 's145-medicare-voluntary-refund-letter-text',
  before: 'Ridgeline Pain & Peripheral Nerve Center — 4120 Frederick Blvd, Ste 210, Saint Albans, MO',
  text: [
    'May 30, 2025 — Midland Medicare Administrative Services, Overpayment Recovery, PO Box [14172], Topeka, KS [66601]',
    'Re: Voluntary refund — TIN 43-1876522 — Group NPI 1245390867 — PTAN RT2208 — check no. [20472], $35.90',
    'Claim 1: OSTRANDER, BEA  MBI 1EG4TE5MK73  ICN 2225057334120  DOS 02/26/2025  {64445}-LT  $14.79',
    '  Reason: billed incident-to Dr. Vasquez-Reyes; performed by O. Pritchard, PA-C with no physician on site.',
    'Claim 2: PHAM, LEON  MBI 4QW9RD2XC18  ICN 2225080221457  DOS 03/18/2025  {99222}-FS  $21.11',
    '  Reason: split/shared visit billed under Dr. Okafor; the NP performed the substantive portion (41 of 60 min).',
    'Identified by internal audit (engagement [64632]); refund within 60 days of quantification.',
  ].join('\n'),
});

export const sealed145: Snippet[] = [
  ...policyPage,
  ...policyGrid,
  ...policyHistory,
  ...attestTemplate,
  ...attestNote,
  ...ssLog,
  ...supLog,
  ...supCsv,
  ...cpa,
  ...wrvuGrid,
  ...dashboard,
  ...prodCsv,
  ...incentive,
  ...engagement,
  ...findings,
  ...auditSummary,
  ...cap,
  ...schedTemplate,
  ...visitTypes,
  ...daySheet,
  ...queue,
  ...claimScreen,
  ...x837,
  ...voidLog,
  ...x835,
  ...remitAdvice,
  ...checklist,
  ...email,
  ...chat,
  ...superbill,
  ...chargeEntry,
  ...procNote,
  ...opNote,
  ...assistLines,
  ...fsReport,
  ...fhir,
  ...macFaq,
  ...credTracker,
  ...quiz,
  ...refund,
];
