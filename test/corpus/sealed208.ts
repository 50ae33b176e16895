import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 208 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s208-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too. The decoys are ZIPs (northwest Ohio and southeast Michigan), street numbers, the plan's
 * NAIC company code and the MAC's contract number, contract, provider, practitioner, case, ticket, authorization,
 * appeal, grievance, complaint, project, letter, batch, appointment, account and fax job numbers, county FIPS codes,
 * amounts written without commas in a CSV, HL7 and FHIR ids and an X12 PLB reference. About a third of the decoys are
 * numbers of the synthetic 10,000-code set (KNOWN_10K): the plan's PO box and ZIP, members' ZIPs, the NAIC code, two
 * FIPS codes, authorization and continuity-of-care case numbers, a claim number, the contract number, a street
 * number and two CSV amounts, besides the known codes' own digits. The five known codes' digits come back as decoys:
 * the plan's PO box (64445, on most of its letters), a fax job number, a delegated roster batch id, a Medicare
 * Advantage letter template id and the single-case agreement number (64632), a provider-services ticket and a
 * member's rural street address (64612), an employer group number, a DOI complaint's company file ref / grievance
 * number and a claims reprocessing project (64714), and an appointment id shown in the worklist and a text message
 * (64712).
 *
 * Family: a payer's network termination of a pain and peripheral-nerve group and the continuity-of-care transition
 * for its patients mid-treatment. One (fictional) story: Lakeshore Crest Health Plan (Toledo, OH; commercial PPO/HMO
 * and a Medicare Advantage HMO) ends its participating provider agreement with Maumee River Pain & Nerve Associates
 * (Perrysburg, OH) without cause after a failed rate negotiation, effective 04/30/2027. Pages: the termination
 * notice letter and its practitioner roster, the rate comparison that preceded it, the Ohio Department of Insurance
 * network-change filing, the network adequacy analysis by county, the provider directory FHIR record and the
 * delegated roster XML, the affected-member claims extract (CSV) and open-authorization report, the Medicare
 * Advantage 45-day enrollee letter and the commercial continuing-care-patient letter, the plan's transition-of-care
 * policy, the continuity-of-care request form (blank instructions, web form fields, a filled PDF), the transition
 * tracker (grid and KPI tiles), UM case notes and the UM authorization screen, emails between the practice and
 * provider relations, an internal chat, the single-case agreement (text and rate exhibit), approval and denial
 * letters, X12 278, 837P and 835 fragments, an HL7 referral message and a FHIR ServiceRequest to the new in-network
 * neurologist, the find-a-doctor results and cost estimator, a member services chat, the practice's patient portal
 * thread, scheduling worklist and SMS reminders, the physician's letter of medical necessity for
 * continuity, a member's DOI complaint, the grievance log, the member EOB, the claims reprocessing project list, the
 * replacement provider referral list, the provider bulletin and the transition committee minutes.
 * Built on real public layouts: payer "notice of termination of participating provider agreement" letters with an
 * affected-practitioner attachment, Medicare Advantage enrollee notices of provider termination (42 CFR
 * 422.111(e)) and No Surprises Act continuing-care-patient notices, health plans' "Continuity of Care / Transition
 * of Care Request" PDF forms (member, treating provider, CPT/HCPCS, planned dates, clinical reason), single case
 * agreement templates with a rate exhibit by CPT and modifier, state insurance department network change and
 * consumer complaint forms (NAIC company code), network adequacy time-and-distance reports by county FIPS, Da Vinci
 * PDex Plan-Net PractitionerRole JSON, X12 278/837P/835 segment text, HL7 v2 REF^I12 referral messages, FHIR R4
 * ServiceRequest, payer find-a-doctor and cost estimator pages, member EOB tables and EHR patient-portal threads.
 * The others are written the way those pages read, with no single source.
 *
 * 356 labelled tokens over 44 shapes: 153 codes (96 of them the five known codes), 203 decoys, 74 of the decoys in
 * KNOWN_10K, 27 of the decoys the known codes' own digits.
 */

// ── 1. Termination notice letter to the group, PDF text layer ──
const termLetter = lines({
  id: 's208-termletter',
  kind: 's208-payer-termination-notice-letter-text',
  before: 'LAKESHORE CREST HEALTH PLAN — Provider Network Management',
  text: [
    'Lakeshore Crest Health Plan, Inc. · P.O. Box [64445] · Toledo, OH [43656]-4445',
    'January 28, 2027          SENT VIA CERTIFIED MAIL 7022 2410 0001 8843 1196 AND EMAIL',
    'Maumee River Pain & Nerve Associates, Inc., Attn: Carla Benninghoff, Practice Administrator',
    '[27130] Oakmead Drive, Suite 200, Perrysburg, OH [43551]',
    'RE: Notice of Termination — Participating Provider Agreement No. PPA-[21604] (effective 07/01/2019)',
    'Plan provider no. [30606]-001   TIN 34-2918476   Group NPI 1588603321',
    'Pursuant to Section 9.2 (Termination Without Cause), Lakeshore Crest gives ninety (90) days written notice that',
    'the Agreement, including the Medicare Advantage Addendum (contract H3391) will terminate at 11:59 p.m. on',
    'April 30, 2027. Members in an active course of treatment may qualify for transitional care under Section 9.6',
    'and our Transition of Care policy UM-[31888]; we will send you a list of affected members by February 10.',
    'Questions: Network Manager Dale Ostrowski, (419) 555-0187, ext. [40281] · Letter ref. NT-2027-[00439]',
  ].join('\n'),
});

// ── 2. Attachment A — affected practitioners, table ──
const termRoster = table({
  id: 's208-termroster',
  kind: 's208-termination-attachment-practitioner-roster-grid',
  caption: 'Attachment A — Practitioners and locations affected by this notice (PPA-21604)',
  headers: ['Prac. ID', 'Practitioner', 'NPI', 'Specialty', 'Location', 'ZIP', 'Term date'],
  rows: [
    ['[48290]', 'Anjali Rao, MD', '1205918834', 'Pain Medicine', 'Perrysburg (main)', '[43551]', '04/30/2027'],
    [
      '[52055]',
      'Thomas Kowalczyk, MD',
      '1730442216',
      'Surgery of the Hand / Nerve',
      'Perrysburg (main)',
      '[43551]',
      '04/30/2027',
    ],
    ['[52266]', 'Miriam Feld, DO', '1942071563', 'Neurology', 'Toledo — Monroe St', '[43606]', '04/30/2027'],
    ['[55045]', 'Jordan Tiller, PA-C', '1366250987', 'Physician Assistant', 'Bowling Green', '[43402]', '04/30/2027'],
    ['[57268]', 'Renee Szabo, DPM', '1477813390', 'Podiatry', 'Toledo — Monroe St', '[43606]', '04/30/2027'],
  ],
});

// ── 3. Rate comparison that preceded the termination, table ──
const rateCompare = table({
  id: 's208-ratecompare',
  kind: 's208-contract-rate-proposal-comparison-grid',
  caption: 'MRPNA / Lakeshore Crest 2027 renewal — rate comparison, professional, non-facility unless noted',
  headers: ['CPT', 'Description', '2026 contract', 'MRPNA ask', 'LCHP final offer', 'Medicare 2027 (OH)'],
  rows: [
    ['{64445}', 'Inj anes sciatic nrv single', '$148.20', '$171.00', '$152.65', '$118.56'],
    ['{64447}', 'Inj anes femoral nrv single', '$139.75', '$161.00', '$143.94', '$111.80'],
    ['{64632}', 'Destr neurolytic plantar nrv', '$165.30', '$190.00', '$170.26', '$132.24'],
    ['{64612}', 'Chemodenerv muscle facial nrv', '$201.40', '$232.00', '$207.44', '$161.12'],
    ['{64712} (facility)', 'Neuroplasty sciatic nerve', '$1,129.60', '$1,299.00', '$1,163.49', '$903.68'],
    ['{64714} (facility)', 'Neuroplasty lumbar plexus', '$1,034.15', '$1,190.00', '$1,065.17', '$827.32'],
    ['{95886}', 'Needle EMG each extremity add-on', '$112.40', '$129.00', '$115.77', '$89.92'],
    ['Offer ref. RN-[12995] · Medicare: CGS contract [15202], locality 00', '', '', '', '', ''],
  ],
});

// ── 4. Ohio DOI network change filing, form text layer ──
const doiFiling = lines({
  id: 's208-doifiling',
  kind: 's208-state-doi-material-network-change-filing-text',
  before: 'Ohio Department of Insurance — Notice of Material Change to Provider Network (HMO/PPO)',
  text: [
    'Company: Lakeshore Crest Health Plan, Inc.   NAIC Company Code: [95143]   Group code: 4471',
    'Filing tracking no.: LCHP-133701842   Submitted 02/03/2027 by R. Amundsen, Compliance',
    'Provider group: Maumee River Pain & Nerve Associates, Inc., Perrysburg [43551]   Term date: 04/30/2027',
    'Counties in which access may be affected: Lucas ([39095]), Wood ([39173]), Ottawa ([39123]), Fulton ([39051])',
    'Specialties: pain medicine, neurology, hand/peripheral nerve surgery, podiatry   Practitioners: 5',
    'Members with a claim from the group in the prior 12 months: 1,218 (commercial 874; Medicare Advantage 344)',
    'Mailing address for correspondence: P.O. Box [64445], Toledo, OH [43656]   DOI reviewer file [47041]',
  ].join('\n'),
});

// ── 5. Network adequacy analysis by county, table ──
const adequacy = table({
  id: 's208-adequacy',
  kind: 's208-network-adequacy-time-distance-by-county-grid',
  caption: 'Time/distance after 04/30/2027 — Pain Medicine (standard: 90% of members within 45 min / 30 mi)',
  headers: ['County', 'FIPS', 'Members', 'In-network before', 'After', '% within std', 'Met'],
  rows: [
    ['Lucas', '[39095]', '61,204', '14', '11', '99.6%', 'Yes'],
    ['Wood', '[39173]', '18,377', '5', '3', '97.1%', 'Yes'],
    ['Ottawa', '[39123]', '4,912', '1', '1', '92.8%', 'Yes'],
    ['Fulton', '[39051]', '5,806', '2', '1', '90.4%', 'Yes'],
    ['Wayne', '[39169]', '9,140', '3', '3', '95.2%', 'Yes'],
    ['Madison', '[39097]', '2,207', '0', '0', '88.1%', 'No (exception req. [25934])'],
  ],
});

// ── 6. Provider directory record, Plan-Net JSON on screen ──
const directoryJson = lines({
  id: 's208-dirjson',
  kind: 's208-plannet-practitionerrole-json-text',
  before: 'GET /fhir/PractitionerRole?practitioner=Practitioner/lchp-prac-52055 — 200 OK',
  text: [
    '{ "resourceType": "PractitionerRole", "id": "lchp-role-[52055]-perrysburg",',
    '  "active": true, "period": { "start": "2019-07-01", "end": "2027-04-30" },',
    '  "practitioner": { "reference": "Practitioner/lchp-prac-[52055]", "display": "Thomas Kowalczyk, MD" },',
    '  "organization": { "reference": "Organization/lchp-org-[30606]" },',
    '  "location": [{ "display": "[27130] Oakmead Dr Ste 200, Perrysburg, OH [43551]" }],',
    '  "network": [{ "reference": "Organization/lchp-net-ppo", "display": "Crest PPO (network id [18646])" }],',
    '  "newpatients": { "acceptingPatients": "nopt", "fromnetwork": "lchp-net-ppo" } }',
  ].join('\n'),
});

// ── 7. Delegated roster termination XML ──
const rosterXml = lines({
  id: 's208-rosterxml',
  kind: 's208-delegated-roster-termination-xml-text',
  before: 'roster_MRPNA_20270430_TERM.xml (uploaded to provider data portal)',
  text: [
    '<Roster batchId="[64632]" submitter="LCHP-PDM" asOf="2027-04-30" action="TERM">',
    '  <Practitioner npi="1205918834" planId="[48290]" termDate="2027-04-30" reason="CONTRACT_END"/>',
    '  <Practitioner npi="1730442216" planId="[52055]" termDate="2027-04-30" reason="CONTRACT_END"/>',
    '  <Location id="LOC-[43551]-01" line1="[27130] Oakmead Dr" city="Perrysburg" state="OH" zip="[43551]"/>',
    '  <Location id="LOC-[43606]-02" line1="3401 Monroe St" city="Toledo" state="OH" zip="[43606]"/>',
    '</Roster>',
  ].join('\n'),
});

// ── 8. Affected member claims extract, CSV text ──
const memberCsv = lines({
  id: 's208-membercsv',
  kind: 's208-affected-member-claims-extract-csv-text',
  before: 'affected_members_MRPNA_20270210.csv (first rows)',
  text: [
    'member_id,lob,last_dos,last_cpt,open_auth,auth_cpt,mbr_zip,paid_mrpna_12mo,allowed_all_12mo',
    'LCX8842093101,MA,2027-01-19,{64445},A27-[31152],{64712},[43447],318.40,[12650].00',
    'LCX7710245902,COM,2027-01-26,{64612},A27-[31391],{64612},[43537],1648.80,4210.66',
    'LCX6603318847,COM,2027-02-02,{95909},,,[43565],612.14,2877.09',
    'LCX5519804416,COM,2026-12-14,{64632},A26-[88990],{64632},[43543],1022.40,1603.52',
    'LCX4478023365,MA,2027-01-07,{99214},A27-[31661],{64714},[48133],402.18,[41027].35',
    'LCX3390117784,COM,2027-01-30,{64447},,,[43410],297.50,[10237].90',
  ].join('\n'),
});

// ── 9. Open authorization report, table ──
const openAuth = table({
  id: 's208-openauth',
  kind: 's208-um-open-authorization-report-grid',
  caption: 'Open authorizations spanning 04/30/2027 — servicing group MRPNA (run 02/10/2027)',
  headers: ['Auth #', 'Member', 'Service', 'Units', 'From', 'Thru', 'Status'],
  rows: [
    ['A27-[31152]', 'Harkavy, Denise', '{64712}-RT', '1', '03/01/2027', '06/30/2027', 'Approved'],
    ['A27-[31391]', 'Pettway, Gloria', '{64612}', '4', '01/26/2027', '01/25/2028', 'Approved'],
    ['A26-[88990]', 'Varner, Keith', '{64632}-T3', '5', '12/14/2026', '06/13/2027', 'Approved'],
    ['A27-[31661]', 'Ortiz, Ramon', '{64714}', '1', '—', '—', 'Pended — clinicals'],
    ['A27-[32085]', 'Lutz, Brenda', '{64445} x3', '3', '02/15/2027', '05/15/2027', 'Approved'],
    ['A27-[32316]', 'Okafor, Daniel', '{64640}', '2', '03/08/2027', '09/07/2027', 'Approved'],
  ],
});

// ── 10. Medicare Advantage enrollee notice, letter text ──
const maLetter = lines({
  id: 's208-maletter',
  kind: 's208-medicare-advantage-enrollee-provider-termination-letter-text',
  before: 'Lakeshore Crest Medicare Advantage (HMO) — Important information about your provider',
  text: [
    'March 10, 2027          Member ID: LCX8842093101          Letter template: MA-PT-[64632]',
    'Denise Harkavy, [64612] County Road 2, Millbury, OH [43447]',
    'Dear Ms. Harkavy: Our records show that you saw Maumee River Pain & Nerve Associates in the last 12 months.',
    'This provider will leave our network on April 30, 2027. You have an approved service with this provider:',
    '   Service: {64712} NEUROPLASTY MAJOR PERIPHERAL NERVE, SCIATIC — approved 03/01/2027 to 06/30/2027',
    'You may be able to finish this care with the same provider. Call us to ask for continuity of care.',
    'Member Services 1-866-555-0142 (TTY 711), 8 a.m. to 8 p.m., 7 days a week. P.O. Box [64445], Toledo, OH [43656].',
    'H3391_MA-PT-0127_C   Case ref. [28950]',
  ].join('\n'),
});

// ── 11. Commercial continuing-care-patient notice, letter text ──
const nsaLetter = lines({
  id: 's208-nsaletter',
  kind: 's208-commercial-continuing-care-patient-notice-text',
  before: 'Notice of Your Right to Continued Transitional Care (Public Health Service Act § 2799A-3)',
  text: [
    'Keith Varner · [11804] Bishop Rd, Montpelier, OH [43543] · Group: Northcoast Tool & Die ([64714])',
    'Your provider Renee Szabo, DPM (Maumee River Pain & Nerve Associates) leaves the Crest PPO network on 04/30/2027.',
    'Because you are receiving a course of treatment (neurolytic injections, code {64632}) you may elect to keep',
    'in-network cost sharing with this provider for up to 90 days, through July 29, 2027.',
    'To elect, return the enclosed form or call 1-800-555-0166. Notice no. CCP-[58946].',
  ].join('\n'),
});

// ── 12. Transition of care policy, PDF text layer ──
const tocPolicy = lines({
  id: 's208-tocpolicy',
  kind: 's208-payer-transition-of-care-policy-text',
  before: 'Lakeshore Crest Health Plan — Utilization Management Policy UM-31888 — Transition / Continuity of Care',
  text: [
    'IV. B. Active course of treatment includes, for example: a scheduled surgery with an approved authorization',
    '(e.g., neuroplasty {64712} or {64714}) and its 90-day global period; a series of neurolytic injections',
    '({64632}, {64640}) begun before the termination date; and chemodenervation ({64612}, {64615}) on a',
    'fixed interval when a change of neurologist would interrupt dosing. A single nerve block ({64445},',
    '{64447}) or diagnostic study ({95907}–{95913}) is generally not an active course by itself.',
    'IV. C. Requests are decided within 5 business days (72 hours if urgent). Policy owner: UM Committee,',
    'approved 12/11/2026, minutes ref. [59190]. Supersedes UM-[22797].',
  ].join('\n'),
});

// ── 13. Continuity of care request form, blank instructions ──
const cocBlank = lines({
  id: 's208-cocblank',
  kind: 's208-continuity-of-care-request-form-instructions-text',
  before: 'CONTINUITY OF CARE / TRANSITION OF CARE REQUEST — Form LC-UM-12520 (rev. 01/2027)',
  text: [
    'Section 3 — Treatment in progress. List each CPT/HCPCS code for the ongoing treatment (example: {64632} x 3',
    'remaining) and the planned dates of service. Attach the most recent office note and the treatment plan.',
    'Section 4 — Surgery. If surgery is scheduled, list the primary CPT code (example: {64712}) and facility.',
    'Fax completed forms to Utilization Management at (419) 555-0119 or mail to P.O. Box [64445], Toledo, OH [43656].',
    'Form LC-UM-[12520] (rev. 01/2027)  Page 1 of 2',
  ].join('\n'),
});

// ── 14. Continuity of care request, online form fields (one field each) ──
const cocWebForm: Snippet[] = [
  {
    id: 's208-cocweb-f1',
    kind: 's208-provider-portal-coc-request-web-form',
    before: 'Member ID LCX4478023365 Member name Ramon Ortiz Treating provider NPI',
    text: '1730442216 — Thomas Kowalczyk, MD (Practitioner ID [52055])',
    after: 'Treating provider',
  },
  {
    id: 's208-cocweb-f2',
    kind: 's208-provider-portal-coc-request-web-form',
    before: 'Treating provider ZIP',
    text: '[43551]',
    after: 'Service type',
  },
  {
    id: 's208-cocweb-f3',
    kind: 's208-provider-portal-coc-request-web-form',
    before: 'Service type Surgery — outpatient hospital Primary CPT/HCPCS',
    text: '{64714}',
    after: 'Additional codes',
  },
  {
    id: 's208-cocweb-f4',
    kind: 's208-provider-portal-coc-request-web-form',
    before: 'Additional codes (comma separated)',
    text: '{64727}, {95940}',
    after: 'Diagnosis',
  },
  {
    id: 's208-cocweb-f5',
    kind: 's208-provider-portal-coc-request-web-form',
    before: 'Existing authorization number (if any)',
    text: 'A27-[31661]',
    after: 'Planned date',
  },
  {
    id: 's208-cocweb-f6',
    kind: 's208-provider-portal-coc-request-web-form',
    before: 'Submitted. Your confirmation number is',
    text: 'COC-[26632]',
    after: 'Print',
  },
];

// ── 15. Filled continuity of care request, PDF text layer ──
const cocFilled = lines({
  id: 's208-cocfilled',
  kind: 's208-continuity-of-care-request-filled-pdf-text',
  before: 'CONTINUITY OF CARE REQUEST — Lakeshore Crest Health Plan',
  text: [
    'Member: Denise Harkavy   DOB 06/14/1968   ID LCX8842093101   Phone (419) 555-0172   ZIP [43447]',
    'Treating provider: Thomas Kowalczyk, MD   Practitioner ID [52055]   Fax (419) 555-0133',
    'Condition: right sciatic neuropathy after total hip arthroplasty (G57.01, T84.84XA)',
    'Treatment in progress: diagnostic sciatic block {64445}-RT done 01/19/2027 (US guidance included)',
    'Planned: {64712}-RT on 05/12/2027 at Wood County Surgery Center (facility ZIP [43402]); post-op visits',
    'in global ({99024}) through 08/10/2027. Existing auth A27-[31152]. Signed T. Kowalczyk 03/12/2027',
    'Received by fax 03/12/2027 14:07 · fax job [64445] · 6 pages',
  ].join('\n'),
});

// ── 16. Transition tracker, dashboard grid ──
const tracker = table({
  id: 's208-tracker',
  kind: 's208-transition-of-care-tracker-grid',
  caption: 'MRPNA transition — open cases (filter: all LOB) — 41 rows',
  headers: ['Case', 'Member', 'Rendering', 'Service', 'Next DOS', 'CoC', 'Days left', 'Owner'],
  rows: [
    ['COC-[26632]', 'Ortiz, R.', 'Kowalczyk', '{64714}', '05/20/2027', 'Denied → appeal', '—', 'B. Nwosu'],
    ['COC-[26781]', 'Harkavy, D.', 'Kowalczyk', '{64712}-RT', '05/12/2027', 'Approved', '90', 'B. Nwosu'],
    ['COC-[27030]', 'Pettway, G.', 'Feld', '{64612} q12wk', '04/20/2027', 'Approved', '90', 'L. Garza'],
    ['COC-[27426]', 'Varner, K.', 'Szabo', '{64632} #3 of 5', '05/04/2027', 'Approved (NSA)', '90', 'L. Garza'],
    ['COC-[27622]', 'Lutz, B.', 'Rao', '{64445}', '05/02/2027', 'Denied', '—', 'B. Nwosu'],
    ['COC-[28148]', 'Okafor, D.', 'Rao', '{64640}', '05/06/2027', 'Pending', '—', 'M. Ibsen'],
    ['COC-[28318]', 'Dimas, P.', 'Feld', '{95886}, {95910}', '05/11/2027', 'Redirected', '—', 'M. Ibsen'],
  ],
});

// ── 17. Tracker summary tiles, text ──
const trackerTiles = lines({
  id: 's208-tiles',
  kind: 's208-transition-dashboard-kpi-tiles-text',
  before: 'Transition dashboard — MRPNA — as of 04/22/2027',
  text: [
    'Members notified 1,218 · Letters returned undeliverable 23 · CoC requests 41 · Approved 29 · Denied 7',
    'Top services in open cases: {64445} (14)  {64612} (9)  {64632} (6)  {64712} (3)  {64714} (2)  {64640} (2)',
    'SCAs executed 4 · SCA pending 1 · Dashboard id [20529] · refreshed nightly from UM extract [20812]',
  ].join('\n'),
});

// ── 18. UM case notes log, text ──
const caseNotes = lines({
  id: 's208-casenotes',
  kind: 's208-um-care-management-case-notes-text',
  before: 'Case COC-26781 — HARKAVY, DENISE — Notes (newest last)',
  text: [
    "03/12/2027 15:22 BNWOSU  CoC request rec'd by fax (job [64445]). Sx scheduled 5/12 {64712}-RT, prior Dx block {64445}.",
    '03/13/2027 09:05 BNWOSU  Meets IV.B (scheduled surgery w/ approved auth). Routed to MD reviewer queue [33463].',
    '03/14/2027 11:40 DRPATEL  Approve CoC through 07/29/2027 incl. 90-day global; {64712} only, not repeat {64445}.',
    '03/14/2027 11:52 BNWOSU  Called Ms. Harkavy at 419-555-0172, LM. Letter queued (template CC-APPR-[33636]).',
    '03/20/2027 08:30 BNWOSU  Facility Wood County Surgery Ctr is in network; no SCA needed for facility claim.',
  ].join('\n'),
});

// ── 19. UM authorization detail screen, fields ──
const umScreen: Snippet[] = [
  {
    id: 's208-umscreen-f1',
    kind: 's208-um-system-authorization-detail-screen',
    before: 'Authorization A27-31391 Status Approved — CoC extension Procedure',
    text: '{64612} CHEMODENERVATION OF MUSCLE(S); MUSCLE(S) INNERVATED BY FACIAL NERVE, UNILATERAL',
    after: 'Units 4',
  },
  {
    id: 's208-umscreen-f2',
    kind: 's208-um-system-authorization-detail-screen',
    before: 'Secondary procedure',
    text: '{95874} NEEDLE EMG GUIDANCE W/ CHEMODENERVATION',
    after: 'Drug',
  },
  {
    id: 's208-umscreen-f3',
    kind: 's208-um-system-authorization-detail-screen',
    before: 'Drug J0585 (onabotulinumtoxinA, per unit) Units 50 Servicing provider',
    text: 'Feld, Miriam DO · Prac ID [52266] · Toledo OH [43606]',
    after: 'Network status',
  },
  {
    id: 's208-umscreen-f4',
    kind: 's208-um-system-authorization-detail-screen',
    before: 'Network status OON eff 05/01/2027 — CoC override Case',
    text: 'COC-[27030]',
    after: 'Review history',
  },
];

// ── 20. Email: practice administrator to provider relations ──
const emailPractice = lines({
  id: 's208-emailpractice',
  kind: 's208-email-thread-practice-provider-relations-text',
  before: 'From: Carla Benninghoff <cbenninghoff@mrpna-ohio.com> To: Dale Ostrowski <dostrowski@lakeshorecrest.com>',
  text: [
    'Subject: RE: [Ticket #[64612]] MRPNA termination — patients mid-treatment',
    'Dale, following up on our call. Dr. Kowalczyk has two surgeries booked after 4/30: Ms. Harkavy ({64712}',
    "right, 5/12) and Mr. Ortiz ({64714} with {64727}, 5/20). Mr. Ortiz's CoC (COC-[26632]) was denied because",
    'the auth was still pending. Dr. Feld has 9 patients on Botox for hemifacial spasm, {64612} every 12 weeks,',
    'and Dr. Szabo has 6 neuroma patients mid-series of {64632}. Can we do single case agreements at the 2026',
    'contract rates? Our billing office address is unchanged: [27130] Oakmead Dr, Perrysburg OH [43551].',
    'Carla · (419) 555-0150 ext. 214',
  ].join('\n'),
});

// ── 21. Email: provider relations reply ──
const emailReply = lines({
  id: 's208-emailreply',
  kind: 's208-email-thread-practice-provider-relations-text',
  before: 'From: Dale Ostrowski To: Carla Benninghoff Date: Tue, Mar 23, 2027 4:12 PM',
  text: [
    'Subject: RE: RE: [Ticket #[64612]] MRPNA termination — patients mid-treatment',
    'Carla — UM will reconsider Ortiz once the clinicals for the lumbar plexus neuroplasty are in; please send',
    'the MRI report and EMG/NCS ({95886}, {95910}). SCAs: we can offer one for Ortiz ({64714}, {64727}) and',
    'one for the Pettway/Feld chemodenervation patients as a group SCA, 2026 rates, through 07/29/2027.',
    'Harkavy does not need one — CoC keeps her in-network cost share and we pay the 2026 contract rate.',
    'Ticket [64612] updated · Provider Services case [36115]',
  ].join('\n'),
});

// ── 22. Internal chat between network and UM staff ──
const teamsChat = lines({
  id: 's208-teamschat',
  kind: 's208-internal-team-chat-network-um-text',
  before: '#mrpna-transition (Teams channel)',
  text: [
    'Bola Nwosu 10:14 AM  ortiz appeal came in, {64714} + {64727} on 5/20. do we treat the pending auth as "approved"?',
    "Dale Ostrowski 10:16 AM  contract says active course = scheduled surgery. he's scheduled. i'd overturn",
    'Dr. Meera Patel 10:31 AM  clinicals support {64714}; {64727} is add-on, only w/ microscope documented. approve both',
    "Lena Garza 10:40 AM  fyi feld's 9 botox pts — {64612} q12wk, next round all falls 5/1–6/15. group SCA?",
    'Dale Ostrowski 10:42 AM  yes, SCA-2027-[64632], drafting now. cc legal ([37184])',
  ].join('\n'),
});

// ── 23. Single case agreement, text layer ──
const scaText = lines({
  id: 's208-scatext',
  kind: 's208-single-case-agreement-text',
  before:
    'SINGLE CASE AGREEMENT — SCA-2027-64632 — Lakeshore Crest Health Plan and Maumee River Pain & Nerve Associates',
  text: [
    '1. Member(s): the members listed in Exhibit B (chemodenervation patients of Miriam Feld, DO).',
    '2. Services: chemodenervation of muscles innervated by the facial nerve ({64612}, and {64612}-50 when bilateral),',
    '   EMG guidance ({95874}) and the drug (J0585) as authorized. No other services are covered by this Agreement.',
    '3. Term: 05/01/2027 through 07/29/2027 or completion of the authorized treatment, whichever is first.',
    '4. Reimbursement: per Exhibit A. Provider accepts payment as payment in full and will not balance bill.',
    '5. Claims: submit to P.O. Box [64445], Toledo, OH [43656] with SCA-2027-[64632] in box 19 / REF*G1.',
    'Agreement no. SCA-2027-[64632] · Provider TIN 34-2918476 · Plan provider no. [30606]-001',
  ].join('\n'),
});

// ── 24. SCA rate exhibit, table ──
const scaRates = table({
  id: 's208-scarates',
  kind: 's208-single-case-agreement-rate-exhibit-grid',
  caption: 'Exhibit A — Reimbursement (SCA-2027-58012, member R. Ortiz, and SCA-2027-64632, Exhibit B members)',
  headers: ['CPT/HCPCS', 'Mod', 'Description', 'Rate', 'Basis'],
  rows: [
    ['{64714}', '', 'Neuroplasty; lumbar plexus', '$1,034.15', '2026 contract'],
    ['{64727}', '', 'Internal neurolysis w/ microscope (add-on)', '$268.40', '2026 contract'],
    ['{64612}', '', 'Chemodenervation, facial nerve, unilateral', '$201.40', '2026 contract'],
    ['{64612}', '50', 'Same, bilateral', '$302.10', '150% of unilateral'],
    ['{95874}', '', 'Needle EMG guidance', '$64.55', '2026 contract'],
    ['J0585', '', 'OnabotulinumtoxinA, 1 unit', '$7.32', 'ASP + 6%'],
    ['All other codes', '', 'Not covered by this SCA', '—', 'Ref. SCA log [38937]'],
  ],
});

// ── 25. CoC approval letter to provider ──
const approvalLetter = lines({
  id: 's208-approval',
  kind: 's208-coc-approval-letter-to-provider-text',
  before: 'Lakeshore Crest Health Plan — Utilization Management — Continuity of Care Determination',
  text: [
    'Date: 04/02/2027   Provider: Thomas Kowalczyk, MD (Prac ID [52055])   Member: Ramon Ortiz',
    'Case: COC-[26632] (appeal AP-[40997])   Authorization: A27-[31661]   Determination: APPROVED on appeal',
    'Approved services: {64714} x1 and {64727} x1, date of service 05/20/2027, with related post-operative care',
    'in the global period. Paid at SCA-2027-[58012] rates; member cost share at in-network level.',
    'Continuity period ends 07/29/2027. Services after that date, or other codes (for example {64713} or repeat',
    '{64445}), need a new authorization with an in-network provider.',
  ].join('\n'),
});

// ── 26. CoC denial letter ──
const denialLetter = lines({
  id: 's208-denial',
  kind: 's208-coc-denial-letter-member-text',
  before: 'NOTICE OF DENIAL — Continuity of Care Request',
  text: [
    'Brenda Lutz · 2290 Hull Prairie Rd, Perrysburg, OH [43551] · Member ID LCX2214470983 · Case COC-[27622]',
    'You asked to keep seeing Anjali Rao, MD after 04/30/2027 for sciatic nerve blocks ({64445}, 3 injections).',
    'We denied your request because single nerve blocks are not an active course of treatment under our',
    'policy UM-[31888], section IV.B. You can get this service from an in-network pain doctor, such as',
    'Great Black Swamp Pain Center, 1360 Conant St, Maumee, OH [43537].',
    'You may appeal within 180 days: Appeals, P.O. Box [64445], Toledo, OH [43656]. Reference no. [41650].',
  ].join('\n'),
});

// ── 27. X12 278 response fragment ──
const x278 = lines({
  id: 's208-x278',
  kind: 's208-x12-278-response-segments-text',
  before: 'Clearinghouse viewer — 278 Response — ST*278*0001',
  text: [
    'NM1*X3*2*LAKESHORE CREST HEALTH PLAN*****PI*[95143]~',
    'NM1*SJ*1*KOWALCZYK*THOMAS****XX*1730442216~',
    'N4*PERRYSBURG*OH*435519420~',
    'UM*SC*I*2*22:B**U~',
    'HCR*A1*A2731661~',
    'REF*NT*COC-[26632]~',
    'DTP*472*RD8*20270520-20270729~',
    'SV1*HC:{64714}*0*UN*1~',
    'SV1*HC:{64727}*0*UN*1~',
  ].join('\n'),
});

// ── 28. X12 837P claim fragment ──
const x837 = lines({
  id: 's208-x837',
  kind: 's208-x12-837p-claim-segments-text',
  before: 'Claim scrubber — 837P — MRPNA → Lakeshore Crest — batch 0512',
  text: [
    'NM1*85*2*MAUMEE RIVER PAIN & NERVE ASSOC*****XX*1588603321~',
    'N3*[27130] OAKMEAD DR STE 200~',
    'N4*PERRYSBURG*OH*435519420~',
    'CLM*MRPNA[88213]*4780***24:B:1*Y*A*Y*Y~',
    'REF*G1*A2731152~',
    'NTE*ADD*CONTINUITY OF CARE CASE COC-[26781]~',
    'HI*ABK:G5701~',
    'SV1*HC:{64712}:RT*4780*UN*1***1~',
    'DTP*472*D8*20270512~',
  ].join('\n'),
});

// ── 29. X12 835 remittance fragment ──
const x835 = lines({
  id: 's208-x835',
  kind: 's208-x12-835-remittance-segments-text',
  before: '835 viewer — payer LAKESHORE CREST HEALTH PLAN — TRN*1*LCEFT2706118',
  text: [
    'CLP*MRPNA[88213]*1*4780*1129.6*0*16*LC2714300427~',
    'NM1*QC*1*HARKAVY*DENISE****MI*LCX8842093101~',
    'REF*G1*A2731152~',
    'SVC*HC:{64712}:RT*4780*1129.6**1~',
    'DTP*472*D8*20270512~',
    'CAS*CO*45*3650.4~',
    'LQ*HE*N830~',
    'AMT*B6*1129.6~',
    'PLB*1588603321*20271231*L6:[43342]*-4.12~',
  ].join('\n'),
});

// ── 30. HL7 v2 referral message ──
const hl7Referral = lines({
  id: 's208-hl7ref',
  kind: 's208-hl7-v2-ref-i12-referral-message-text',
  before: 'Interface engine — message detail — REF^I12 — outbound to Great Black Swamp Neurology',
  text: [
    'MSH|^~\\&|LCHP_UM|LCHP|GBSN_EHR|GBSN|202707221015||REF^I12^REF_I12|LC[44581]|P|2.5.1',
    'RF1|A^Accepted|N^Neurology|RT^Transition of care|||LC-REF-[45023]|20270722',
    'AUT|LCPPO|LCHP|Lakeshore Crest PPO|20270801|20280731|A2745204|4',
    'PR1|1|C4|{64612}^CHEMODENERVATION FACIAL NERVE UNILAT^C4|||||',
    'PR1|2|C4|{95874}^NEEDLE EMG GUIDANCE CHEMODENERVATION^C4|||||',
    'PRD|RT|Yoder^Hannah^^^DO|1360 Conant St^^Maumee^OH^[43537]|||1033288475',
    'PID|1||LCX7710245902^^^LCHP^MB||PETTWAY^GLORIA||19610303|F|||412 Elm St^^Maumee^OH^[43537]',
  ].join('\n'),
});

// ── 31. FHIR ServiceRequest for the receiving provider ──
const fhirSr = lines({
  id: 's208-fhirsr',
  kind: 's208-fhir-servicerequest-transition-json-text',
  before: 'ServiceRequest/lchp-toc-27030 (application/fhir+json)',
  text: [
    '"identifier": [{ "system": "https://lakeshorecrest.com/coc-case", "value": "COC-[27030]" }],',
    '"code": { "coding": [{ "system": "http://www.ama-assn.org/go/cpt", "code": "{64612}",',
    '  "display": "Chemodenervation of muscle(s); muscle(s) innervated by facial nerve, unilateral" }] },',
    '"quantity": { "value": 4 }, "subject": { "reference": "Patient/lchp-mbr-[45703]" },',
    '"note": [{ "text": "Last {64612} 04/20/2027 (50 u J0585). Hand-off for next cycle; see EMG {95874} hx." }]',
  ].join('\n'),
});

// ── 32. Find-a-doctor search results ──
const findDoctor = lines({
  id: 's208-finddoc',
  kind: 's208-payer-find-a-doctor-search-results-text',
  before: 'Find a Doctor — Pain Medicine near 43551 — Crest PPO — 12 results',
  text: [
    'Anjali Rao, MD — Maumee River Pain & Nerve Associates · ⚠ Leaving network 04/30/2027',
    '  [27130] Oakmead Dr Ste 200, Perrysburg, OH [43551] · 0.4 mi · (419) 555-0150',
    'Samuel Ibarra, MD — Great Black Swamp Pain Center · Accepting new patients',
    '  1360 Conant St, Maumee, OH [43537] · 4.1 mi · Procedures: nerve blocks, neurolysis, spinal cord stim',
    'Priya Venkataraman, DO — Oak Openings Physicians · Accepting new patients',
    '  [10466] Airport Hwy, Swanton, OH [43558] · 17.8 mi',
    'Kenneth Albright, MD — Fallen Timbers Spine & Pain · Not accepting new patients',
    '  3200 Briarfield Blvd, Maumee, OH [43537] · 6.0 mi · Directory record [46634]',
  ].join('\n'),
});

// ── 33. Member cost estimator ──
const costEstimator = table({
  id: 's208-cost',
  kind: 's208-member-cost-estimator-results-grid',
  caption: 'Estimate your cost — Crest PPO Silver 3500 — procedures near Perrysburg, OH',
  headers: ['Procedure', 'Provider', 'Network', 'Total cost', 'You pay (est.)'],
  rows: [
    ['Sciatic nerve block (CPT {64445})', 'Great Black Swamp Pain Center', 'In network', '$612', '$612 (deductible)'],
    [
      'Sciatic nerve block (CPT {64445})',
      'Maumee River Pain & Nerve (after 4/30)',
      'Out of network',
      '$1,180',
      '$1,180+',
    ],
    ['Nerve decompression, hip/thigh ({64712})', 'Wood County Surgery Center', 'In network', '$6,940', '$3,500'],
    ['Botox injection, facial nerve ({64612})', 'Great Black Swamp Neurology', 'In network', '$1,020', '$204'],
    ['Estimate id [47756] · prices from 2026 claims', '', '', '', ''],
  ],
});

// ── 34. Member services chat transcript ──
const memberChat = lines({
  id: 's208-memberchat',
  kind: 's208-member-services-live-chat-transcript-text',
  before: 'Chat transcript — Lakeshore Crest Member Services — 04/18/2027',
  text: [
    'Agent Tasha: Thanks for waiting. I see Dr. Feld leaves our network 4/30. Your Botox treatment is approved to',
    'continue with her through 07/29/2027 under continuity of care (case COC-[27030]).',
    'Gloria P.: my bill from January says {64612} and j0585. will that be the same?',
    'Agent Tasha: Yes, {64612} is the injection and J0585 is the medicine. Your copay stays $40 per visit.',
    'Gloria P.: and what is the zip for the new doctor after July',
    'Agent Tasha: Great Black Swamp Neurology, 1360 Conant St, Maumee [43537]. Chat reference [48474].',
  ].join('\n'),
});

// ── 35. Practice patient portal thread ──
const portalThread = lines({
  id: 's208-portal',
  kind: 's208-practice-patient-portal-message-thread-text',
  before: 'MyMRPNA Portal — Messages — RE: surgery after insurance change',
  text: [
    'Ramon Ortiz (04/01/2027 7:48 PM): My insurance sent a letter that you are leaving. Is my surgery on 5/20 off?',
    "Dr. Kowalczyk's office (04/02/2027 9:15 AM): Hi Mr. Ortiz, good news — Lakeshore Crest approved your surgery",
    'under continuity of care. The codes on your approval are {64714} and {64727}; the approval number is A27-[31661].',
    'Please keep your pre-op visit on 5/13 (no charge, part of the surgical package). Your account no. is [49320].',
    'Ramon Ortiz (04/02/2027 10:02 AM): thank you. does my physical therapy after also count?',
    "Dr. Kowalczyk's office: PT ({97110}, {97140}) is with Apex Rehab, which stays in network — no change.",
  ].join('\n'),
});

// ── 36. Practice scheduling worklist ──
const worklist = table({
  id: 's208-worklist',
  kind: 's208-practice-scheduling-worklist-payer-flag-grid',
  caption: 'Appointments on or after 05/01/2027 — payer Lakeshore Crest — needs action',
  headers: ['Appt ID', 'Date', 'Patient', 'Provider', 'Visit / planned CPT', 'CoC', 'Action'],
  rows: [
    ['[64712]', '05/04/2027', 'Varner, Keith', 'Szabo', 'Neuroma inj {64632}-T4', 'Approved', 'None'],
    [
      '[50209]',
      '05/02/2027',
      'Lutz, Brenda',
      'Rao',
      'Sciatic block {64445}-LT',
      'Denied',
      'Self-pay quote or transfer',
    ],
    ['[50461]', '05/06/2027', 'Okafor, Daniel', 'Rao', 'Nerve destruction {64640}', 'Pending', 'Hold'],
    ['[50691]', '05/11/2027', 'Dimas, Paul', 'Feld', 'EMG/NCS {95886} {95910}', 'Redirected', 'Cancel, send records'],
    ['[50962]', '05/12/2027', 'Harkavy, Denise', 'Kowalczyk', 'Surgery {64712}-RT', 'Approved', 'None'],
    ['[51372]', '05/13/2027', 'Ortiz, Ramon', 'Kowalczyk', 'Pre-op (global) {99024}', 'Approved', 'None'],
  ],
});

// ── 37. SMS reminders ──
const sms = lines({
  id: 's208-sms',
  kind: 's208-practice-sms-appointment-reminders-text',
  before: 'Text messages from 419-555-0150 (MRPNA)',
  text: [
    'MRPNA: Hi Keith, reminder of your appt 5/4 at 10:30 AM with Dr. Szabo, Monroe St office. Reply C to confirm.',
    'MRPNA: Your insurance approved continuity of care for your injection series. Appt #[64712] confirmed.',
    'MRPNA: Brenda, your 5/2 appt is not covered in network after 4/30. Call 419-555-0150 opt 3. Ref [51816]',
  ].join('\n'),
});

// ── 38. Physician letter of medical necessity for continuity ──
const lmnLetter = lines({
  id: 's208-lmn',
  kind: 's208-physician-continuity-medical-necessity-letter-text',
  before: 'Maumee River Pain & Nerve Associates — Letter of Medical Necessity — Request for Continuity of Care',
  text: [
    'RE: Ramon Ortiz, DOB 09/22/1959, Member ID LCX4478023365, Auth A27-[31661], Case COC-[26632]',
    'Mr. Ortiz has a right lumbar plexopathy after a retroperitoneal hematoma. EMG/NCS on 01/07/2027 ({95886},',
    '{95910}) and MR neurography show focal entrapment. He failed 12 weeks of PT and two diagnostic blocks.',
    'I have scheduled open neurolysis of the lumbar plexus, {64714}, with microsurgical internal neurolysis',
    '({64727}) for 05/20/2027. Changing surgeons now would restart his evaluation and delay surgery by months.',
    'Follow-up in the 90-day global ({99024}) and a possible repeat block {64447} are part of the same plan.',
    'Thomas Kowalczyk, MD · [27130] Oakmead Dr, Perrysburg, OH [43551] · fax job [52572]',
  ].join('\n'),
});

// ── 39. Member's DOI consumer complaint ──
const doiComplaint = lines({
  id: 's208-doicomplaint',
  kind: 's208-state-doi-consumer-complaint-form-text',
  before: 'Ohio Department of Insurance — Consumer Complaint — Health',
  text: [
    'Complaint no.: [53169]   Received: 04/09/2027   Company: Lakeshore Crest Health Plan, Inc. (NAIC [95143])',
    'Complainant: Brenda Lutz, 2290 Hull Prairie Rd, Perrysburg, OH [43551]',
    'Description: My pain doctor is being dropped and the plan says my nerve block shots ({64445} on my bills) do not',
    'count as ongoing treatment. I have had 2 of 3. The new doctor cannot see me until June.',
    'Company response due: 04/30/2027   Analyst: T. Greaves   Company file ref. GRV-[64714]',
  ].join('\n'),
});

// ── 40. Grievance log, table ──
const grievanceLog = table({
  id: 's208-grievances',
  kind: 's208-member-grievance-appeal-log-grid',
  caption: 'Grievances & appeals — MRPNA termination — Q2 2027',
  headers: ['GRV #', 'Type', 'Member', 'Issue', 'Code(s)', 'Received', 'Outcome'],
  rows: [
    [
      'GRV-[64714]',
      'DOI complaint',
      'Lutz, B.',
      'CoC denied',
      '{64445}',
      '04/09/2027',
      'Upheld; expedited appt w/ in-network',
    ],
    ['GRV-[53427]', 'Appeal', 'Ortiz, R.', 'CoC denied', '{64714}, {64727}', '03/26/2027', 'Overturned'],
    ['GRV-[53720]', 'Grievance', 'Dimas, P.', 'Records transfer delay', '{95886}', '05/03/2027', 'Resolved'],
    ['GRV-[53954]', 'Appeal', 'Okafor, D.', 'CoC pending > 5 days', '{64640}', '05/10/2027', 'Approved'],
  ],
});

// ── 41. Member EOB, table ──
const memberEob = table({
  id: 's208-eob',
  kind: 's208-member-explanation-of-benefits-grid',
  caption: 'Explanation of Benefits — Keith Varner — Claim 2027-1284-5510 — Reprocessed under continuity of care',
  headers: ['Date', 'Service', 'Code', 'Billed', 'Plan allowed', 'Plan paid', 'You owe', 'Note'],
  rows: [
    ['05/04/2027', 'Injection, nerve destruction, foot', '{64632}', '$410.00', '$165.30', '$132.24', '$33.06', 'CC1'],
    ['05/04/2027', 'Office visit', '{99213}', '$210.00', '$0.00', '$0.00', '$0.00', 'N12'],
    [
      'CC1 Paid at in-network level under continuity of care. Questions? P.O. Box [64445], Toledo, OH [43656]',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
    ],
  ],
});

// ── 42. Claims reprocessing project list ──
const reproProjects = table({
  id: 's208-repro',
  kind: 's208-claims-reprocessing-project-list-grid',
  caption: 'Claims adjustment projects — provider termination MRPNA',
  headers: ['Project', 'Description', 'Claims', 'Codes in scope', 'Status'],
  rows: [
    [
      'REPRO-[64714]',
      'OON denials DOS 05/01–05/09 before CoC flags loaded',
      '17',
      '{64632}, {64612}, {95874}',
      'Complete',
    ],
    ['REPRO-[54282]', 'SCA-2027-[64632] rate load, retro to 05/01', '26', '{64612}, {64612}-50', 'In progress'],
    ['REPRO-[54550]', 'Global period follow-ups denied as OON', '4', '{99024}', 'Queued'],
  ],
});

// ── 43. Replacement provider referral list, table ──
const referralList = table({
  id: 's208-referrals',
  kind: 's208-replacement-provider-referral-list-grid',
  caption: 'In-network alternatives for MRPNA services (for CoC denials and post-transition hand-offs)',
  headers: ['Service', 'Codes', 'Provider', 'Address', 'Next avail.'],
  rows: [
    [
      'Sciatic/femoral blocks',
      '{64445}, {64447}',
      'Great Black Swamp Pain Center',
      '1360 Conant St, Maumee [43537]',
      '9 days',
    ],
    ['Facial chemodenervation', '{64612}', 'Great Black Swamp Neurology', '1360 Conant St, Maumee [43537]', '5 weeks'],
    [
      'Peripheral nerve surgery',
      '{64712}, {64714}',
      'Lakeshore Orthopaedic & Hand',
      '[17326] Monclova Rd, Monclova [43542]',
      '7 weeks',
    ],
    ['Foot neuroma neurolysis', '{64632}', 'Northwest Foot & Ankle', '2865 N Reynolds Rd, Toledo [43615]', '3 weeks'],
    ['EMG/NCS', '{95886}, {95907}-{95913}', 'Great Black Swamp Neurology', '1360 Conant St, Maumee [43537]', '4 weeks'],
  ],
});

// ── 44. Provider bulletin item ──
const bulletin = lines({
  id: 's208-bulletin',
  kind: 's208-payer-provider-bulletin-network-news-text',
  before: 'Crest Provider Connection — May 2027 — Network updates',
  text: [
    'Maumee River Pain & Nerve Associates left the Crest networks on 04/30/2027. If you are a PCP referring',
    'patients for sciatic or femoral blocks ({64445}, {64447}), foot neurolysis ({64632}) or facial',
    'chemodenervation ({64612}), please use the in-network alternatives on the Find a Doctor tool.',
    'Patients with continuity-of-care approvals (for example a scheduled {64712}) keep their MRPNA provider',
    'through the approval end date. Bulletin PB-[55225] · Provider Services P.O. Box [64445], Toledo [43656]',
  ].join('\n'),
});

// ── 45. Transition committee minutes ──
const minutes = lines({
  id: 's208-minutes',
  kind: 's208-transition-committee-meeting-minutes-text',
  before: 'MRPNA Transition Workgroup — Minutes — 05/14/2027 — Teams meeting id 289 554 116 02',
  text: [
    'Present: D. Ostrowski (Network), B. Nwosu, L. Garza (UM), R. Amundsen (Compliance), K. Meyer (Claims)',
    '1. Harkavy {64712}-RT done 05/12; claim MRPNA[88213] paid at contract rate. Close case after global ends.',
    '2. Claims: REPRO-[64714] complete (17 claims); 26 chemodenervation claims wait on SCA rate load (REPRO-[54282]).',
    '3. DOI complaint [53169] (Lutz, {64445}) — response filed 04/28; DOI closed the file 05/12.',
    '4. Okafor {64640} approved on appeal; lesson: pended-auth rule must match policy IV.B.',
    'Next meeting 05/28/2027. Minutes ref. [55577].',
  ].join('\n'),
});

export const sealed208: readonly Snippet[] = [
  ...termLetter,
  ...termRoster,
  ...rateCompare,
  ...doiFiling,
  ...adequacy,
  ...directoryJson,
  ...rosterXml,
  ...memberCsv,
  ...openAuth,
  ...maLetter,
  ...nsaLetter,
  ...tocPolicy,
  ...cocBlank,
  ...cocWebForm,
  ...cocFilled,
  ...tracker,
  ...trackerTiles,
  ...caseNotes,
  ...umScreen,
  ...emailPractice,
  ...emailReply,
  ...teamsChat,
  ...scaText,
  ...scaRates,
  ...approvalLetter,
  ...denialLetter,
  ...x278,
  ...x837,
  ...x835,
  ...hl7Referral,
  ...fhirSr,
  ...findDoctor,
  ...costEstimator,
  ...memberChat,
  ...portalThread,
  ...worklist,
  ...sms,
  ...lmnLetter,
  ...doiComplaint,
  ...grievanceLog,
  ...memberEob,
  ...reproProjects,
  ...referralList,
  ...bulletin,
  ...minutes,
];
