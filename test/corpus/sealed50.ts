import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 50 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/context.ts, lib/page/scan.ts), never read a score of an earlier sealed set, and never ran the
 * detector on these snippets. Its page shapes (`kind`, prefixed `s50-`) appear in no other corpus file. Score it once;
 * do not edit a snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too. About a third of the decoys are numbers of the synthetic 10,000-code set (KNOWN_10K) used as
 * ZIPs, client, call, authorization and group ids, bottle lots, unit and client counts and dollar amounts. The five
 * known codes' digits come back as decoys: a client id, a methadone bottle lot, a crisis call id, an authorization
 * number and a PO box.
 *
 * Family: behavioral health and substance-use treatment programs: therapy practice-management day grid and superbill,
 * group therapy roster and attendance, IOP week and PHP day schedules, state Medicaid HCPCS H-/T-code to CPT
 * crosswalk, 42 CFR Part 2 consent form and redisclosure notice, authorization tracker with unit counts, opioid
 * treatment program dosing log and billing lines, crisis line call log and crisis note, peer-support note, a pain
 * program pairing sciatic and plantar nerve procedures with health behavior intervention, block-grant (SUBG) report
 * table and narrative, psychiatry medication-management note, behavioral benefits panel, 835 remit lines, denial
 * worklist, UR review note, collaborative care registry, psychological testing billing summary, fee schedule, TMS
 * treatment log, toxicology requisition, referral intake panel, sliding-fee scale, claim-status text, SUD discharge
 * summary, CCBHC encounter export and EAP session ledger.
 * Built on real public layouts: the SAMHSA sample 42 CFR Part 2 consent elements and the § 2.32 redisclosure notice
 * wording, the CMS OTP weekly bundle codes (G2067–G2080), Oregon-style Medicaid behavioral fee schedule rows
 * (procedure, modifier, rate), the ASAM levels of care, the X12 835 service-line fields (CLP/SVC/CAS), the CMS
 * collaborative care codes, the 988 crisis call record fields, and the SUBG annual report table layout. The others
 * are written the way those pages read, with no single source.
 *
 * 347 labelled tokens over 34 shapes: 152 codes, 195 decoys, 77 of the decoys in KNOWN_10K.
 */

// ── 1. Therapy practice-management day grid, table ──
const pmGrid = table({
  id: 's50-pmgrid',
  kind: 's50-therapy-pm-day-grid',
  caption: 'Calendar — Tue 11/04/2025 — Willamette Bridge Counseling — Location: SE Division (Portland, OR 97202)',
  headers: ['Time', 'Client', 'Client ID', 'Clinician', 'Service', 'Mod', 'Status', 'Copay'],
  rows: [
    ['8:00 AM', 'Ferreira, L.', '[30143]', 'J. Okonkwo, LCSW', '{90791}', '', 'Arrived', '$30.00'],
    ['9:00 AM', 'Nakamura, D.', '[64714]', 'J. Okonkwo, LCSW', '{90837}', '95', 'Telehealth', '$30.00'],
    ['10:00 AM', 'Brandt, K.', '[21480]', 'J. Okonkwo, LCSW', '{90834}', '', 'No show', '$0.00'],
    ['11:00 AM', 'Brandt, K. + partner', '[21480]', 'J. Okonkwo, LCSW', '{90847}', '', 'Scheduled', '$30.00'],
    ['1:00 PM', 'Ortiz, M.', '[10181]', 'R. Haldane, PMHNP', '{99214}', '', 'Checked out', '$45.00'],
    ['1:00 PM', 'Ortiz, M.', '[10181]', 'R. Haldane, PMHNP', '{90833}', '', 'Checked out', ''],
    ['2:30 PM', 'Yellowhorse, T.', '[38806]', 'R. Haldane, PMHNP', '{90792}', '', 'Arrived', '$45.00'],
    ['4:00 PM', 'Adolescent DBT skills', '[60257]', 'S. Marchetti, LPC', '{90853}', 'HQ', 'Scheduled', ''],
  ],
});

// ── 2. Therapy superbill, PDF text layer ──
const superbill = lines({
  id: 's50-superbill',
  kind: 's50-therapy-superbill-text',
  before: 'STATEMENT FOR INSURANCE REIMBURSEMENT (SUPERBILL) — Hollis Psychotherapy, PLLC',
  text: [
    'Provider: Miriam Hollis, PsyD   License OR PSY 2291   NPI 1558204736   Tax ID 93-4418207',
    'Office: 2035 NW Lovejoy St, Suite 310, Portland, OR [97209]   Tel (503) 555-0147',
    'Client: Petrakis, Andrea   DOB 02/19/1991   Acct [41726]   Insurance: out of network (self-submit)',
    'Dx: F41.1 Generalized anxiety disorder; F33.1 Major depressive disorder, recurrent, moderate',
    '10/07/2025  {90837}  Psychotherapy, 60 min           $210.00   POS 11',
    '10/14/2025  {90837}  Psychotherapy, 60 min           $210.00   POS 10 (mod 95)',
    '10/21/2025  {90834}  Psychotherapy, 45 min           $165.00   POS 11',
    '10/28/2025  {90846}  Family psychotherapy w/o client  $180.00   POS 11',
    'Interactive complexity {90785} not billed this month. Total paid by client: $765.00 (receipt [20211]).',
  ].join('\n'),
});

// ── 3. Group therapy roster and attendance, table ──
const groupRoster = table({
  id: 's50-grouproster',
  kind: 's50-group-therapy-roster-attendance',
  caption:
    'Group Attendance — Relapse Prevention (Process Group) — Group ID [60122] — 11/03/2025 5:30–7:00 PM — {90853} x1',
  headers: ['Member', 'Client #', 'Payer', 'Attended', 'Minutes', 'Billed', 'Member ID'],
  rows: [
    ['Abernathy, C.', '[48112]', 'OHP / Trillium', 'Y', '90', '{90853}', 'OR[71409]'],
    ['Dukes, R.', '[30199]', 'OHP / Health Share', 'Y', '90', '{90853}', 'ZQ8841057'],
    ['Espinoza, V.', '[48127]', 'Moda', 'Late (6:05)', '55', '{90853}', '[66290]-01'],
    ['Gallant, J.', '[52904]', 'Self-pay', 'N — excused', '0', '—', ''],
    ['Iverson, P.', '[10276]', 'OHP / CareOregon', 'Y', '90', '{90853}', 'ZQ7730219'],
    ['Kwan, H.', '[48140]', 'PacificSource', 'N — no call', '0', '—', '[88213]'],
    ['', 'Members present: 4 of 6', '', '', '', 'Room [20117]', ''],
  ],
});

// ── 4. Intensive outpatient week schedule, table ──
const iopWeek = table({
  id: 's50-iopweek',
  kind: 's50-iop-weekly-schedule-grid',
  caption: 'IOP (ASAM 2.1) — Week of 11/10/2025 — Cascade Recovery Center — Cohort B — 9 hrs/week',
  headers: ['Day', 'Block', 'Group / service', 'Code', 'Facilitator', 'Room'],
  rows: [
    ['Mon', '6:00–7:30 PM', 'Process group', '{90853}', 'A. Ruiz, CADC II', '[20104]'],
    ['Mon', '7:30–8:30 PM', 'Psychoeducation: cravings', 'H0005', 'A. Ruiz, CADC II', '[20104]'],
    ['Wed', '6:00–7:30 PM', 'Family program (multi-family group)', '{90849}', 'L. Thao, LMFT', '[20108]'],
    ['Wed', '7:30–9:00 PM', 'Individual check-ins (rotating)', '{90832}', 'L. Thao, LMFT', 'Office [10207]'],
    ['Fri', '6:00–9:00 PM', 'IOP per diem (payer-specific)', 'S9480', 'Team', '[20104]'],
    ['Fri', '—', 'Urine drug screen, presumptive', '{80305}', 'Nursing', 'Lab'],
  ],
});

// ── 5. Partial hospitalization day schedule, EHR text ──
const phpDay = lines({
  id: 's50-phpday',
  kind: 's50-php-daily-schedule-text',
  before: 'Partial Hospitalization Program — Daily Treatment Schedule — Unity Center, Day Program',
  text: [
    'Patient: Halvorsen-Lee, J.   PHP day 6 of 15   MRN [52917]   Unit phone (503) 555-0188',
    '08:30  Community meeting / goals (not separately billed)',
    '09:00  Group psychotherapy — CBT for depression ({90853}, 75 min)',
    '10:30  Occupational therapy group (G0129) — coping skills',
    '12:30  Medication management with psychiatrist: {99232} equivalent, billed {99213} outpatient',
    '13:30  Individual psychotherapy 30 min ({90832}); family session Thursday ({90847})',
    '15:00  Patient education (G0177). Transport van leaves 15:45, route [30065]',
    'Revenue code 0912 on UB-04; attendance sheet no. [60189] filed with the day program clerk.',
  ].join('\n'),
});

// ── 6. State Medicaid H-code / T-code to CPT crosswalk, table ──
const crosswalk = table({
  id: 's50-crosswalk',
  kind: 's50-medicaid-hcpcs-cpt-crosswalk',
  caption: 'Behavioral Health Procedure Crosswalk — HCPCS Level II to CPT — effective 01/01/2026 — bulletin [26001]',
  headers: ['HCPCS', 'Description', 'Closest CPT', 'Unit', 'Rate', 'Notes'],
  rows: [
    ['H0001', 'Alcohol and/or drug assessment', '{90791}', 'per assessment', '$191.45', ''],
    ['H0004', 'Behavioral health counseling, per 15 min', '{90832}', '15 min', '$31.20', 'max 8 units/day'],
    ['H0005', 'Alcohol/drug services; group counseling', '{90853}', 'per session', '$29.10', ''],
    ['H0015', 'Intensive outpatient (ASAM 2.1), per diem', 'S9480', 'per diem', '$146.88', 'no CPT equivalent'],
    ['H0038', 'Self-help/peer services, per 15 min', '—', '15 min', '$17.04', 'peer only'],
    ['H2011', 'Crisis intervention, per 15 min', '{90839} / {90840}', '15 min', '$42.60', ''],
    ['T1017', 'Targeted case management, per 15 min', '—', '15 min', '$22.15', ''],
    ['T1023', 'Screening to determine program appropriateness', '{96127}', 'per encounter', '$12.90', ''],
    ['H0034', 'Medication training and support, per 15 min', '{99211}', '15 min', '$24.80', ''],
  ],
});

// ── 7. 42 CFR Part 2 consent form, PDF text layer ──
const part2Consent = lines({
  id: 's50-p2consent',
  kind: 's50-part2-consent-form-text',
  before: 'CONSENT FOR THE DISCLOSURE OF SUBSTANCE USE DISORDER RECORDS (42 CFR Part 2)',
  text: [
    'I, Marcus D. Whitfield (DOB 07/30/1986, client no. [30111]), authorize',
    'Cascade Recovery Center, 4110 SE Hawthorne Blvd, Portland, OR [97214], program ID [10342],',
    'to disclose to: PacificSource Community Solutions, PO Box [64612], Bend, OR [97708], Attn: Care Coordination',
    'The following information: dates of admission and discharge, diagnosis, ASAM level, medications,',
    'and claims data including procedure codes (e.g., {90837}, {90853}, H0015) for the period 06/01/2025–12/31/2025.',
    'Purpose: payment and care coordination. This consent expires: 12/31/2026 or on discharge + 90 days.',
    'I understand I may revoke this consent in writing at any time, except to the extent action has been taken on it.',
    'Form CRC-P2-[10112] rev. 03/2024. Signature on file; witness ID [40938].',
  ].join('\n'),
});

// ── 8. Part 2 redisclosure notice on a faxed record, text ──
const redisclosure = lines({
  id: 's50-redisclose',
  kind: 's50-part2-redisclosure-notice-text',
  before: 'FAX COVER — CONFIDENTIAL — Cascade Recovery Center Health Information Management',
  text: [
    'To: Legacy Emanuel Medical Center, Care Management   Fax (503) 555-0176   Pages: 7',
    'From: HIM dept., release no. ROI-[26645]   Re: client [30111]',
    'NOTICE: This record which has been disclosed to you is protected by federal confidentiality rules (42 CFR part 2).',
    'The federal rules prohibit you from making any further disclosure of this record unless expressly permitted',
    'by the written consent of the individual whose information is being disclosed or as otherwise permitted by 42 CFR part 2.',
    'Enclosed: intake assessment (H0001 / {90791}), treatment plan, last 3 progress notes ({90834} x2, {90832}).',
    'If received in error call (503) 555-0142 ext. [10061] and destroy. Mailing: PO Box [14228], Portland OR [97293].',
  ].join('\n'),
});

// ── 9. Authorization tracker with unit counts, table ──
const authTracker = table({
  id: 's50-authtrack',
  kind: 's50-bh-auth-tracker-units',
  caption: 'Authorization Tracker — Client Nakamura, D. ([64714]) — Payer: Regence BlueCross BlueShield of Oregon',
  headers: ['Auth #', 'Service', 'Start', 'End', 'Units auth', 'Units used', 'Remaining', 'Status'],
  rows: [
    ['[64445]', '{90837}', '09/01/2025', '02/28/2026', '24', '11', '13', 'Active'],
    ['[64445]', '{90847}', '09/01/2025', '02/28/2026', '6', '2', '4', 'Active'],
    ['[30237]', '{90791}', '08/15/2025', '08/31/2025', '1', '1', '0', 'Closed'],
    ['[71863]', '{96130}', '10/01/2025', '12/31/2025', '1', '0', '1', 'Pending testing'],
    ['[71863]', '{96131}', '10/01/2025', '12/31/2025', '3', '0', '3', 'Pending testing'],
    ['[71864]', '{96136}', '10/01/2025', '12/31/2025', '1', '0', '1', ''],
    ['[71864]', '{96137}', '10/01/2025', '12/31/2025', '[10000]', '0', '—', 'Data entry error — call UM'],
  ],
});

// ── 10. Opioid treatment program dosing log, table ──
const otpDosing = table({
  id: 's50-otpdose',
  kind: 's50-otp-methadone-dosing-log',
  caption: 'Dispensing Log — Methadone HCl oral concentrate 10 mg/mL — Station 2 — 11/05/2025 — Nurse: K. Abara, RN',
  headers: ['Time', 'Patient ID', 'Dose (mg)', 'Take-homes', 'Bottle / lot', 'Pump vol (mL)', 'Witness'],
  rows: [
    ['06:02', '[41557]', '85', '1', '[64632]', '8.5', 'KA'],
    ['06:05', '[41620]', '120', '0', '[64632]', '12.0', 'KA'],
    ['06:09', '[30348]', '60', '6 (level 4)', '[64632]', '6.0', 'KA'],
    ['06:14', '[41702]', '40 (induction day 3)', '0', '[64633]', '4.0', 'KA / MD'],
    ['06:20', '[38119]', '95', '2', '[64633]', '9.5', 'KA'],
    ['06:31', '[10304]', '110', '1', '[64633]', '11.0', 'KA'],
    ['', 'Perpetual inventory end of shift: [14285] mg', '', '', '', '', 'Count verified'],
  ],
});

// ── 11. OTP billing lines (weekly bundle plus separately billed), table ──
const otpBilling = table({
  id: 's50-otpbill',
  kind: 's50-otp-weekly-bundle-claim-lines',
  caption: 'Claim lines — OTP — Medicare Part B — Patient ID [41702] — Week of 11/03/2025 — Claim [83120]',
  headers: ['Line', 'Code', 'Description', 'Units', 'Charge', 'DOS'],
  rows: [
    ['1', 'G2067', 'Methadone weekly bundle (drug + services)', '1', '$244.00', '11/03/2025'],
    ['2', 'G2076', 'Intake activities, initial medical exam', '1', '$178.00', '11/03/2025'],
    ['3', 'G2077', 'Periodic assessment', '1', '$102.00', '11/03/2025'],
    ['4', '{99204}', 'New pt E/M (OTP physician) — not billable with G2076, hold', '1', '$285.00', '11/03/2025'],
    ['5', '{80305}', 'Drug test, presumptive, direct optical', '1', '$18.00', '11/03/2025'],
    ['6', '{80307}', 'Drug test, presumptive, instrument chemistry', '1', '$62.00', '11/06/2025'],
    ['7', '{99408}', 'SBIRT 15–30 min (family member) — payer policy', '1', '$38.00', '11/06/2025'],
    ['', 'Box 1a', 'MBI on file; pat. ctrl [41702]-1103; billing NPI 1902857463; facility ZIP [97266]', '', '', ''],
    ['', 'Box 11', 'Secondary: OHP ID [57120]; remit to PO Box [27044], Portland OR [97208]', '', '', ''],
  ],
});

// ── 12. Crisis line call log, table ──
const crisisLog = table({
  id: 's50-crisislog',
  kind: 's50-crisis-line-call-log',
  caption: '988 Lifeline — Regional Crisis Center — Shift log 11/06/2025 19:00–07:00 — Counselor desk 4',
  headers: ['Call ID', 'Start', 'Caller ZIP', 'Risk', 'Disposition', 'Mobile unit', 'Billable'],
  rows: [
    ['[64712]', '19:14', '[97206]', 'Low', 'Resolved by phone', '—', 'H0030'],
    ['[64713]', '19:48', '[97060]', 'Imminent', 'Mobile crisis dispatched', 'MCT-[30009]', '{90839}, {90840}'],
    ['[64718]', '20:33', '[97030]', 'Moderate', 'Warm transfer to peer line', '—', 'H0030'],
    ['[64725]', '22:05', '[97123]', 'High', 'Safety plan; follow-up 24 h', '—', 'H2011'],
    ['[64731]', '01:12', '[98661]', 'Imminent', '911 co-response (Vancouver WA)', 'CCSO [60038]', '—'],
    ['[64736]', '03:40', '[97201]', 'Low', 'Info / referral', '—', 'H0030'],
  ],
});

// ── 13. Mobile crisis assessment note, EHR text ──
const crisisNote = lines({
  id: 's50-crisisnote',
  kind: 's50-mobile-crisis-note-text',
  before: 'Mobile Crisis Team — Crisis Assessment Note — Multnomah County',
  text: [
    'Dispatch: call [64713], 19:48; MCT-[30009] on scene 20:21 at 1350 NE 181st Ave, Gresham OR [97230].',
    'Face-to-face crisis psychotherapy 20:25–22:05 (100 min): {90839} first 60 min, {90840} x1 add-on.',
    'C-SSRS: ideation with plan, no intent after intervention. Means restriction: firearms to relative.',
    'Collateral: sister, (971) 555-0119. Prior ED visit 10/2025 (Legacy Mount Hood, acct [53291]).',
    'Disposition: voluntary, remained home; next-day appointment with outpatient prescriber ({99214} slot 10:30).',
    'Follow-up call logged for 11/07 under case [30016]. Mileage 14.2; odometer [64712] at return.',
  ].join('\n'),
});

// ── 14. Peer support note, EHR text ──
const peerNote = lines({
  id: 's50-peernote',
  kind: 's50-peer-support-note-text',
  before: 'Peer Support Services — Progress Note (H0038) — Certified Recovery Mentor',
  text: [
    'Participant: D. Whitcomb   ID [48155]   Contact: community, 45 min (3 units H0038)',
    'Met at Blanchet House, 340 NW Glisan St, Portland [97209]; walked to the DMV on NE Broadway for ID.',
    'Discussed meeting schedule: NA home group Thursdays, Rose City Central Office line, group no. [20239].',
    'Participant asked about the IOP group code on his EOB ({90853}) — explained it is his Tuesday group.',
    'Housing: wait list no. [60280] at Central City Concern; bus pass voucher [10353] given.',
    'Next contact 11/12/2025. Mentor: G. Pruitt, CRM, PRS cert [71150]. Travel claim [26719], 11 miles.',
  ].join('\n'),
});

// ── 15. Pain program plan pairing nerve procedures with behavioral care, text ──
const painPlan = lines({
  id: 's50-painplan',
  kind: 's50-pain-program-plan-text',
  before: 'Interdisciplinary Pain Program — Treatment Plan — Week 0',
  text: [
    'Pt: 54 y/o F, chronic L sciatic neuropathic pain after hip arthroplasty; PHQ-9 16, PCS 34, on oxycodone 30 MME.',
    'Interventional: diagnostic sciatic nerve block {64445} under US ({76942} not separately billed), then consider',
    'open sciatic neurolysis {64712} (surgical referral to Dr. Ames) if block gives > 50% relief for > 6 h.',
    'Foot: Morton neuroma L 3rd interspace — alcohol neurolysis of plantar common digital nerve, {64632}, series of 3.',
    'Behavioral: health behavior assessment {96156}, then weekly intervention {96158} + {96159} (CBT for pain, 8 wk).',
    'Group: pain coping skills {96164} / {96165}. Psychology: R. Salcedo, PhD. Taper plan with PCP.',
    'Goals: sit 45 min, walk 20 min, return to work 20 h/week. Program ID PN-[38872]; payer case [10221].',
  ].join('\n'),
});

// ── 16. Pain program procedure and visit log, table ──
const painLog = table({
  id: 's50-painlog',
  kind: 's50-pain-program-visit-log',
  caption: 'Pain Program — Visit & Procedure Log — Pt acct [27511] — Providence St. Vincent Pain Clinic',
  headers: ['Date', 'Discipline', 'CPT', 'Units', 'Provider', 'Outcome / note'],
  rows: [
    ['10/02/2025', 'Psychology', '{96156}', '1', 'Salcedo', 'Baseline PCS 34'],
    ['10/09/2025', 'Anesthesia (pain)', '{64445}', '1', 'Okafor', 'NRS 8 → 2, 9 h relief'],
    ['10/09/2025', 'Psychology', '{96158}', '1', 'Salcedo', '30 min CBT'],
    ['10/09/2025', 'Psychology', '{96159}', '1', 'Salcedo', '+15 min'],
    ['10/16/2025', 'Podiatry', '{64632}', '1', 'Ng', 'Injection 1 of 3'],
    ['10/23/2025', 'Neurosurgery consult', '{99244}', '1', 'Ames', 'Plan {64712} 11/20'],
    ['10/30/2025', 'Group (pain coping)', '{96164}', '1', 'Salcedo', '6 attendees'],
    ['10/30/2025', 'Group (pain coping)', '{96165}', '2', 'Salcedo', 'Room [30097]'],
  ],
});

// ── 17. Block-grant (SUBG) annual report table, web form ──
const subgTable = table({
  id: 's50-subg',
  kind: 's50-block-grant-report-table',
  caption: 'SUBG Report — Table 3: Expenditures and Clients by Level of Care — SFY 2025 — Award TI[83790]',
  headers: ['Level of care', 'Unduplicated clients', 'Admissions', 'SUBG expenditures', 'Other federal', 'Notes'],
  rows: [
    ['Withdrawal management (ASAM 3.7-WM)', '1,482', '2,015', '$3,904,117', '$88,020', ''],
    ['Residential (ASAM 3.5)', '[10097]', '[12458]', '$11,206,330', '$412,900', 'ZIP-level detail in App. C'],
    ['Intensive outpatient (ASAM 2.1)', '[21906]', '[24017]', '$6,118,402', '$0', ''],
    ['Outpatient (ASAM 1)', '[60188]', '[71003]', '$9,771,560', '$1,204,000', 'incl. {90837}/H0004 encounters'],
    ['OTP (methadone)', '[14630]', '[10147]', '$2,311,285', '$5,600,114', 'G2067 bundles'],
    ['Recovery support (peer)', '[30156]', 'n/a', '$1,940,008', '$0', 'H0038'],
  ],
});

// ── 18. Block-grant report narrative, text ──
const subgNarrative = lines({
  id: 's50-subgnarr',
  kind: 's50-block-grant-narrative-text',
  before: 'SUBG Annual Report — Narrative — Section B.4: Priority Populations',
  text: [
    'In SFY 2025 the state served [10032] pregnant and parenting women in specialized programs, up from [10023].',
    'Rural counties (ZIPs [97731] through [97885]) received mobile OTP units funded under the SOR grant, [15490] doses.',
    'Encounter data show {90853} group counseling and {90832} brief individual sessions as the most common outpatient services.',
    'Crisis services ({90839}, H2011) rose 18%, reflecting 988 call volume of [60462] contacts.',
    'Tribal set-aside: [12230] served across nine tribes. Award TI[83790] closeout due 12/31/2025.',
  ].join('\n'),
});

// ── 19. Psychiatry medication management note, EHR text ──
const psychNote = lines({
  id: 's50-psychnote',
  kind: 's50-psychiatry-med-mgmt-note-text',
  before: 'Psychiatry — Follow-up / Medication Management — Progress Note',
  text: [
    'Visit type: est. pt, moderate MDM ({99214}) with 20 min psychotherapy add-on ({90833}). Telehealth mod 95.',
    'Meds: buprenorphine/naloxone 16/4 mg SL daily; sertraline 150 mg; PDMP checked, report [60015].',
    'Plan: continue; consider extended-release injectable (J0577/J0578); AIMS not indicated.',
    'GAD-7 and PHQ-9 administered and scored ({96127} x2). Urine tox sent ({80305}).',
    'Pharmacy: Fred Meyer #[00658], 3805 SE Hawthorne, Portland [97214]. Next visit in 4 weeks.',
    'Buprenorphine waiver no longer required; DEA registration renewal batch [55318]; Rx no. [72064].',
  ].join('\n'),
});

// ── 20. Behavioral health benefits panel (eligibility), key-value table ──
const bhBenefits = table({
  id: 's50-bhbenefits',
  kind: 's50-bh-benefits-panel',
  caption: 'Eligibility & Benefits (271) — Service type MH / AI — Member [30211]-02 — Group [60228]',
  headers: ['Benefit', 'Value'],
  rows: [
    ['Payer', 'Moda Health Plan, PO Box [40384], Portland OR [97240]'],
    ['Outpatient psychotherapy (e.g. {90834}, {90837})', 'Copay $25; no visit limit; no PA'],
    ['Psychological testing ({96130}–{96139})', 'Prior authorization required'],
    ['Intensive outpatient (S9480 / rev 0906)', 'PA required; 20% after deductible'],
    ['Deductible remaining', '$1,250.00 of $2,000.00'],
    ['Out-of-pocket max', '$[10120] (family)'],
    ['TMS ({90867}, {90868})', 'PA required; 36 sessions per episode'],
    ['Call reference', '[88471] — 11/06/2025 10:14, rep "Ana"'],
  ],
});

// ── 21. 835 remittance service lines, table ──
const remit835 = table({
  id: 's50-remit',
  kind: 's50-bh-835-service-lines',
  caption: 'ERA 835 — Payer claim control [17720] — CLP Patient ctrl [41726] — Check/EFT [30109]',
  headers: ['SVC procedure', 'Mod', 'Billed', 'Allowed', 'Paid', 'CAS', 'Units'],
  rows: [
    ['HC:{90837}', '', '210.00', '148.51', '118.81', 'PR-2 29.70', '1'],
    ['HC:{90837}', '95', '210.00', '148.51', '118.81', 'PR-2 29.70', '1'],
    ['HC:{90834}', '', '165.00', '102.18', '81.74', 'PR-2 20.44', '1'],
    ['HC:{90846}', '', '180.00', '0.00', '0.00', 'CO-50', '1'],
    ['HC:{90785}', '', '25.00', '0.00', '0.00', 'CO-97', '1'],
    ['', '', 'Total [10790]', '', '', 'PLB WO [20226]', ''],
  ],
});

// ── 22. Denial worklist, table ──
const denials = table({
  id: 's50-denials',
  kind: 's50-bh-denial-worklist',
  caption: 'A/R Denials Worklist — Behavioral Health — filtered: CARC 197, 50, 119 — 14 rows',
  headers: ['Claim #', 'Client', 'DOS', 'Code', 'CARC', 'Balance', 'Assigned'],
  rows: [
    ['[53004]', 'Ortiz, M.', '10/02/2025', '{90833}', '97 (bundled w/ {99214})', '$74.00', 'JB'],
    ['[53018]', 'Petrakis, A.', '10/28/2025', '{90846}', '50 (not med. necessary)', '$180.00', 'JB'],
    ['[53022]', 'Nakamura, D.', '10/14/2025', '{96130}', '197 (no auth on file)', '$318.00', 'TL'],
    ['[53041]', 'Yellowhorse, T.', '09/30/2025', '{90792}', '119 (benefit max)', '$290.00', 'TL'],
    ['[53057]', 'Espinoza, V.', '10/20/2025', '{90853}', '197', 'batch [10226]', 'TL'],
    ['[60135]', 'Abernathy, C.', '10/13/2025', 'H0015', '16 (missing info)', '$146.88', 'JB'],
  ],
});

// ── 23. Utilization review note, text ──
const urNote = lines({
  id: 's50-urnote',
  kind: 's50-bh-utilization-review-note-text',
  before: 'Utilization Review — Concurrent Review Note — Residential SUD (ASAM 3.5)',
  text: [
    'Reviewer: T. Lindahl, LCSW (Carelon). Ref [71380]. Level requested: continue 3.5, 7 days.',
    'Dimension 2 (biomedical): stable. Dim 5: high relapse risk. Approved 5 days, next review 11/12.',
    'Step-down plan: PHP then IOP; outpatient {90837} weekly and MAT follow-up at OTP.',
    'Facility: Hooper Detox/Stabilization, 20 NE MLK Jr Blvd, Portland [97232]; provider no. [10314].',
    'Authorized days used: 21 of 30/yr; UM line ext. [30340]. Denial of 3.7 request, ref [71381], upheld.',
  ].join('\n'),
});

// ── 24. Collaborative care registry, table ──
const cocm = table({
  id: 's50-cocm',
  kind: 's50-collaborative-care-registry',
  caption: 'CoCM Registry — Oct 2025 — Care manager: P. Duarte, RN — Psychiatric consultant: Dr. Liao',
  headers: ['Patient', 'MRN', 'Enrolled', 'PHQ-9 (last)', 'Minutes (month)', 'Code billed', 'Flag'],
  rows: [
    ['A. Greer', '[60131]', '08/04/2025', '11', '72', '{99493}', ''],
    ['B. Holm', '[20207]', '10/06/2025', '19', '74', '{99492}', 'Consult'],
    ['C. Ibarra', '[20216]', '09/11/2025', '6', '95', '{99493}, {99494}', 'Remission?'],
    ['D. Juarez', '[20251]', '07/22/2025', '14', '38', '{99484}', 'Under 60 min'],
    ['E. Kaur', '[10264]', '10/20/2025', '22', '30', '—', 'SI on item 9'],
  ],
});

// ── 25. Psychological testing billing summary, PDF text layer ──
const psychTesting = lines({
  id: 's50-psychtest',
  kind: 's50-psych-testing-billing-summary-text',
  before: 'Neuropsychological / Psychological Evaluation — Billing Summary (attached to report)',
  text: [
    'Examinee: D. Nakamura   DOB 05/02/2009   Referral: ADHD vs. anxiety; auth [64445]',
    'Evaluation services by psychologist: {96130} x1 (first hour), {96131} x3 (additional hours)',
    'Test administration and scoring by technician: {96138} x1, {96139} x4',
    'Tests: WISC-V, CPT-3 (Conners), BASC-3, MASC-2. Feedback session 11/18 included in {96130}.',
    'Total time 5 h 40 min; report no. [44105]. Billing office: 1515 SW 5th Ave, Portland [97201].',
  ].join('\n'),
});

// ── 26. Behavioral fee schedule, table ──
const feeSchedule = table({
  id: 's50-fees',
  kind: 's50-bh-fee-schedule-rows',
  caption: 'Behavioral Health Fee Schedule — rates effective 01/01/2026 — Provider type 30 (psychologist) — page 4',
  headers: ['Procedure', 'Mod', 'Description', 'Rate', 'PA', 'Max units'],
  rows: [
    ['{90791}', '', 'Psychiatric diagnostic evaluation', '$191.45', 'N', '1'],
    ['{90832}', '', 'Psychotherapy, 30 min', '$74.88', 'N', '1'],
    ['{90834}', '', 'Psychotherapy, 45 min', '$99.21', 'N', '1'],
    ['{90837}', '', 'Psychotherapy, 60 min', '$146.40', 'N', '1'],
    ['{90837}', 'HN', 'Psychotherapy, 60 min, bachelor level', '$110.12', 'N', '1'],
    ['{90853}', '', 'Group psychotherapy', '$29.10', 'N', '1'],
    ['{96130}', '', 'Psych testing evaluation, first hour', '$124.60', 'Y', '1'],
    ['{96131}', '', 'each add. hour', '$96.30', 'Y', '7'],
    ['{97151}', '', 'Behavior identification assessment, 15 min', '$31.50', 'Y', '32'],
  ],
});

// ── 27. TMS treatment log, table ──
const tmsLog = table({
  id: 's50-tms',
  kind: 's50-tms-treatment-log',
  caption: 'TMS Treatment Log — NeuroStar — Course 1 — Patient [30272] — Auth [30254] (36 sessions)',
  headers: ['Session', 'Date', 'Code', 'MT (%)', 'Dose (% MT)', 'Pulses', 'Operator'],
  rows: [
    ['1', '10/01/2025', '{90867}', '58', '120', '3000', 'Dr. Liao'],
    ['2', '10/02/2025', '{90868}', '—', '120', '3000', 'R. Byrne'],
    ['12', '10/17/2025', '{90869}', '61', '120', '3000', 'Dr. Liao'],
    ['13', '10/20/2025', '{90868}', '—', '120', '3000', 'R. Byrne'],
    ['', '', 'Total pulses to date', '', '', '[39000]', ''],
  ],
});

// ── 28. Toxicology requisition, text ──
const toxReq = lines({
  id: 's50-toxreq',
  kind: 's50-sud-toxicology-requisition-text',
  before: 'TOXICOLOGY REQUISITION — Addiction Medicine — Specimen: urine',
  text: [
    'Account [60303]   Ordering: R. Haldane, PMHNP   Client [41702]   Collected 11/05/2025 06:40',
    'Presumptive screen, instrument ({80307}) — panel: AMP, BZO, BUP, COC, FEN, MTD, OPI, OXY, THC',
    'Definitive confirmation if positive or inconsistent: {80361} (opiates), {80358} (methadone), G0480 (1–7 classes)',
    'Fentanyl definitive {80354}. Specimen validity testing included.',
    'Lab: Pacific Toxicology, 6160 Bristol Pkwy, Culver City CA [90230]; requisition barcode [52214].',
  ].join('\n'),
});

// ── 29. Referral intake panel, key-value table ──
const referral = table({
  id: 's50-referral',
  kind: 's50-bh-referral-intake-panel',
  caption: 'New Referral — Outpatient Behavioral Health — Intake Queue',
  headers: ['Field', 'Value'],
  rows: [
    ['Referral ID', 'REF-[20272]'],
    ['Referred by', 'OHSU Family Medicine, Dr. K. Appiah; fax (503) 555-0133'],
    ['Reason', 'Chronic pain with depression; s/p sciatic block {64445} 10/09, surgery pending'],
    ['Requested service', 'Intake {90791}, then health behavior intervention ({96158}) and psychotherapy'],
    ['Client address', '7721 SW Capitol Hwy, Portland OR [97219]'],
    ['County', 'Multnomah ([41051])'],
    ['Insurance', 'OHP Plus / Health Share of Oregon, member [10348]'],
    ['Language', 'Spanish — interpreter requested (T1013)'],
    ['Priority', 'Routine — within 14 days; wait list position [00031]'],
  ],
});

// ── 30. Sliding-fee discount scale, table ──
const slidingFee = table({
  id: 's50-sliding',
  kind: 's50-sliding-fee-scale-table',
  caption: 'Sliding Fee Discount Schedule — 2025 FPL — Community Counseling Clinic (FQHC look-alike)',
  headers: ['Household size', '100% FPL', '150% FPL', '200% FPL', 'Nominal fee / visit', 'Applies to'],
  rows: [
    ['1', '$15,650', '$[23475]', '$[31300]', '$20', 'Therapy ({90834}, {90837})'],
    ['2', '$21,150', '$[31725]', '$[42300]', '$20', 'Same'],
    ['3', '$26,650', '$[39975]', '$[53300]', '$25', 'Psychiatry ({99214} + add-on)'],
    ['4', '$32,150', '$[48225]', '$[64300]', '$25', 'Groups ({90853}) $10 flat'],
  ],
});

// ── 31. Clearinghouse claim status text, web page lines ──
const claimStatus = lines({
  id: 's50-claimstatus',
  kind: 's50-bh-claim-status-text',
  before: 'Claim Status Inquiry (276/277) — Results',
  text: [
    'Payer: Trillium Community Health Plan   Payer ID [93360]   Batch [30338]',
    'Claim [53022] — DOS 10/14/2025 — Status: Denied (A7:21) — Line 1 {96130} — Line 2 {96131} x3',
    'Claim [53107] — DOS 10/21/2025 — Status: Paid $81.74 — Line 1 {90834} — EFT [30109]',
    'Claim [53111] — DOS 10/21/2025 — Status: Pended, requesting records — Line 1 {90837}',
    'Claim [53126] — DOS 10/29/2025 — Status: Finalized, adjusted — Line 1 H0004 x4 — Line 2 {96127}',
  ].join('\n'),
});

// ── 32. SUD residential discharge summary, text ──
const sudDischarge = lines({
  id: 's50-suddc',
  kind: 's50-sud-discharge-summary-text',
  before: 'Discharge Summary — Residential SUD (ASAM 3.5) — Cascade Recovery Center',
  text: [
    'Admitted 10/06/2025, discharged 11/03/2025 (28 days), successful completion. Client [30111].',
    'Services: individual {90834} x4, group {90853} x22, family {90847} x2, psychiatric eval {90792}.',
    'MOUD: XR-naltrexone 380 mg IM 11/01 (J2315, admin {96372}). Next dose due 11/29.',
    'Aftercare: IOP at SE Division site starting 11/10; peer mentor (H0038); housing at [00512] Oxford House.',
    'Disposition address: 5210 N Williams Ave, Portland OR [97217]. Records released under Part 2 consent [10112].',
  ].join('\n'),
});

// ── 33. CCBHC encounter export, CSV lines ──
const ccbhc = lines({
  id: 's50-ccbhc',
  kind: 's50-ccbhc-encounter-export-csv',
  before: 'encounter_id,client_id,dos,proc,mod,units,pps_rate_id,zip',
  text: [
    '[88120],[41726],2025-10-21,{90834},,1,[30301],[97209]',
    '[88121],[48155],2025-10-22,H0038,,3,[30301],[97209]',
    '[88122],[52917],2025-10-22,{90853},HQ,1,[30301],[97214]',
    '[88123],[64714],2025-10-23,{90837},95,1,[30301],[97006]',
    '[88124],[41702],2025-10-23,{99214},,1,[30302],[97030]',
  ].join('\n'),
});

// ── 34. EAP session ledger, table ──
const eapLedger = table({
  id: 's50-eap',
  kind: 's50-eap-session-ledger',
  caption: 'EAP Case Ledger — Employer group [30391] (Intel Hillsboro, [97124]) — Case [44319] — 6 sessions per issue',
  headers: ['Session', 'Date', 'Modality', 'Equivalent CPT', 'Counselor', 'Sessions left'],
  rows: [
    ['1', '09/15/2025', 'Video', '{90791}', 'E. Varga, LPC', '5'],
    ['2', '09/22/2025', 'Video', '{90834}', 'E. Varga, LPC', '4'],
    ['3', '09/29/2025', 'Phone', '{90832}', 'E. Varga, LPC', '3'],
    ['4', '10/06/2025', 'In person, 4040 NE Cornell Rd, [97124]', '{90834}', 'E. Varga, LPC', '2'],
    ['', '', 'Referral out at session 6: outpatient {90837} under medical plan', '', '', '0'],
  ],
});

export const sealed50: Snippet[] = [
  ...pmGrid,
  ...superbill,
  ...groupRoster,
  ...iopWeek,
  ...phpDay,
  ...crosswalk,
  ...part2Consent,
  ...redisclosure,
  ...authTracker,
  ...otpDosing,
  ...otpBilling,
  ...crisisLog,
  ...crisisNote,
  ...peerNote,
  ...painPlan,
  ...painLog,
  ...subgTable,
  ...subgNarrative,
  ...psychNote,
  ...bhBenefits,
  ...remit835,
  ...denials,
  ...urNote,
  ...cocm,
  ...psychTesting,
  ...feeSchedule,
  ...tmsLog,
  ...toxReq,
  ...referral,
  ...slidingFee,
  ...claimStatus,
  ...sudDischarge,
  ...ccbhc,
  ...eapLedger,
];
