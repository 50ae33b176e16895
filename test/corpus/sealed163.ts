import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 163 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s163-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too (64713, 64718, 64721, 64727, 64776, 64787, 64447, 64448, 64450, 64455, 64640, 64615, 96160,
 * 99213). Decoys: episode, episode-definition, instrument-set, survey, response, session, kiosk, packet and
 * confirmation ids, HL7 message control ids and charge (EAP) ids, clinic, patient and PO-box ZIPs, a business reply
 * permit, LOINC-style item codes, registry site, batch, protocol and report numbers, dashboard counts, a build number,
 * an invoice, a customer PO and invoice amounts. About a third of the decoys are numbers of the synthetic 10,000-code
 * set (KNOWN_10K) used as patients' northwest-Missouri ZIPs (in the CSV export, the letter, the OCR page, the minutes,
 * the public page and the data dictionary example), a ZIP with a leading zero in release notes, a LOINC-style item
 * code, a compliance review and minutes doc id, dashboard counts of invitations and responses, a registry batch, a
 * benchmark report number, an invoice number and a dashboard user id. The five known codes' digits come back as
 * decoys: the patient's ZIP 64445 (CSV, HL7 PID, timeline, validation report, portal) and a data dictionary export
 * number 64445, the PROMs vendor's PO box 64632 and a chart export job 64632, the registry site id 64714 (rule JSON,
 * wide CSV, FHIR, SQL, consent form, validation report, public page), the SMS short code and a support ticket 64612, a
 * survey invitation number and link 64712, and a quality report document number QC-64712.
 *
 * Family: a (fictional) peripheral-nerve program's patient-reported outcomes (PROMs): the PROMs platform's episode
 * definitions by trigger CPT code (admin grid, rule JSON, change log, timepoint schedule, message template editor,
 * release notes, support ticket), the HL7 charge feed that opens episodes and the interface engine's log, the
 * patient survey invitation email, SMS reminders, mailed letter and returned paper survey (OCR), the survey screens
 * (welcome, numeric pain scale, PROMIS Pain Interference, clinic kiosk HFS-7, completion), the response export CSV
 * (long and wide), the surgeon's outcomes dashboard (KPI tiles, episode grid, procedure filter, chart tooltips,
 * patient timeline, weekly digest email), the registry's REDCap data dictionary and code list, FHIR
 * QuestionnaireResponse and Procedure resources, the registry's validation report, the consent form, the analyst's
 * SQL, the quality committee report (summary, table by procedure, methods appendix, minutes), the coding team's
 * questionnaire-charge review, the vendor's invoice, and the patient-facing results page, its FAQ and the patient's
 * portal view of her own results.
 * Built on real public layouts: PROMs platforms' episode/pathway set-up screens and survey screens (numeric rating
 * scale 0–10, PROMIS short forms with the PROMIS copyright line, "Question 4 of 14"), REDCap data dictionary CSV
 * columns ("Variable / Field Name", "Choices, Calculations, OR Slider Labels"), HL7 v2.5.1 DFT^P03 with FT1-25 the
 * procedure code and C4 the CPT coding system, FHIR R4 QuestionnaireResponse and Procedure JSON with the AMA CPT
 * system URI, SMS short-code reminders with STOP/HELP text, MyChart-style questionnaire history, hospital "our
 * outcomes" public pages, and quality committee minutes. LOINC-style item codes and all ids are fictional.
 *
 * 371 labelled tokens over 42 shapes: 195 codes, 176 decoys, 57 of the decoys in KNOWN_10K.
 */

// Case (consistent across pages): Missouri Valley Nerve & Hand Institute (MVNHI), 3100 Faraon St, Suite 210,
// St. Joseph, MO 64506, registry site 64714. PROMs vendor Cadence Outcomes, PO Box 64632, Madison, WI 53708.
// Marisol Vandenberg (ZIP 64445): right sciatic neuroplasty 64712-RT + 64727 on 03/11/2026, sciatic block 64445,
// episode 50439. Raymond Okonkwo-Barnes: 64714-RT on 02/18/2026, episode 50294. Douglas Ferreira-Holt (ZIP
// 64485): 64632-LT series from 03/16/2026, episode 50165. Agnes Whitford: 64612-50 cycle 7 on 04/08/2026, episode
// 50458. Lena Sorrentino: 64721-LT on 02/25/2026, episode 50477.

// ── 1. PROMs platform admin: episode definitions grid ──
const edGrid = table({
  id: 's163-edgrid',
  kind: 's163-proms-platform-episode-definitions-admin-grid',
  caption: 'Cadence Outcomes › Admin › Episode Definitions — Missouri Valley Nerve & Hand Institute',
  headers: ['Definition ID', 'Name', 'Trigger CPT', 'Laterality', 'Instrument set', 'Timepoints', 'Status'],
  rows: [
    [
      '[30548]',
      'Sciatic nerve neuroplasty',
      '{64712}',
      'Required (RT/LT)',
      'NRS, PROMIS-PI 6a, PROMIS-PF 10a, LEFS',
      'Pre, 6w, 3m, 6m, 12m',
      'Active',
    ],
    [
      '[30555]',
      'Lumbar plexus neuroplasty',
      '{64714}',
      'Required (RT/LT)',
      'NRS, PROMIS-PI 6a, PROMIS-PF 10a, ODI',
      'Pre, 6w, 3m, 6m, 12m',
      'Active',
    ],
    [
      '[30572]',
      'Morton neuroma chemical neurolysis',
      '{64632}',
      'Required',
      'NRS forefoot, MOXFQ',
      'Pre, 2w, 6w, 3m',
      'Active',
    ],
    ['[30588]', 'Sciatic block (analgesia only)', '{64445}', 'N/A', '—', '—', 'Inactive'],
    [
      '[30602]',
      'Facial chemodenervation (HFS/BEB)',
      '{64612}',
      'Optional (50)',
      'HFS-7, BSDI, NRS',
      'Each cycle, 4w',
      'Active',
    ],
    ['[30619]', 'Carpal tunnel release', '{64721}', 'Required', 'QuickDASH, BCTQ, NRS', 'Pre, 6w, 3m, 12m', 'Active'],
    ['[30633]', 'Ulnar nerve at elbow', '{64718}', 'Required', 'QuickDASH, NRS', 'Pre, 6w, 3m, 12m', 'Active'],
    ['[30640]', 'Digital neuroma excision', '{64776}', 'Required', 'NRS, QuickDASH', 'Pre, 6w, 3m', 'Draft'],
  ],
});

// ── 2. Episode trigger rule, JSON view ──
const ruleJson = lines({
  id: 's163-rulejson',
  kind: 's163-episode-trigger-rule-json-view',
  before: 'Episode Definition 30548 › Advanced › Rule (JSON)',
  text: [
    '{ "episodeDefinitionId": [30548], "name": "Sciatic nerve neuroplasty",',
    '  "trigger": { "source": "HL7_DFT", "codeSystem": "CPT", "codes": ["{64712}"], "modifiersRequired": ["RT", "LT"] },',
    '  "coTriggers": ["{64727}"],',
    '  "suppressIf": { "codes": ["{64445}", "{64447}", "{64448}"], "reason": "block billed with surgery opens no episode" },',
    '  "baselineWindowDays": [-30, 0], "followUp": ["P6W", "P3M", "P6M", "P12M"],',
    '  "instrumentSetId": [41564], "siteId": [64714], "registryExport": true }',
    '{ "episodeDefinitionId": [30572], "trigger": { "codes": ["{64632}"], "repeatWithinDays": 90, "mergeRepeats": true },',
    '  "instrumentSetId": [41574] }',
  ].join('\n'),
});

// ── 3. Episode definition change log ──
const changeLog = lines({
  id: 's163-edlog',
  kind: 's163-episode-definition-audit-log',
  before: 'Audit log — Episode Definitions — filter: last 90 days',
  text: [
    '2026-01-05 09:14  j.pellerin  EDIT        ED [30548]  trigger codes ["{64712}"] -> ["{64712}","{64713}"]',
    '2026-01-06 08:02  j.pellerin  EDIT        ED [30548]  trigger codes ["{64712}","{64713}"] -> ["{64712}"]  ref CS-[64612]',
    '2026-01-12 15:40  admin       CREATE      ED [30602]  trigger {64612}; modifier 50 optional; instrument set [41578]',
    '2026-02-02 11:21  p.ramanokafor EDIT      ED [30572]  timepoints += 2w; trigger {64632} unchanged',
    '2026-02-19 10:03  system      IMPORT      CPT 2026 annual code table applied, rows [10651], triggers changed 0',
    '2026-03-02 13:55  j.pellerin  DEACTIVATE  ED [30588] ({64445} only)  reason: block-only response rate 9%',
  ].join('\n'),
});

// ── 4. Survey timepoint schedule, table ──
const schedule = table({
  id: 's163-sched',
  kind: 's163-survey-timepoint-schedule-table',
  caption: 'Survey schedule by episode (windows relative to date of service)',
  headers: ['Episode', 'Trigger CPT', 'T0 baseline', 'T1', 'T2', 'T3', 'T4'],
  rows: [
    ['Sciatic neuroplasty', '{64712}', '−30 to 0 d', '6 wk ±7 d', '3 mo ±14 d', '6 mo ±30 d', '12 mo ±30 d'],
    ['Lumbar plexus neuroplasty', '{64714}', '−30 to 0 d', '6 wk ±7 d', '3 mo ±14 d', '6 mo ±30 d', '12 mo ±30 d'],
    ['Plantar digital neurolysis', '{64632}', '−14 to 0 d', '2 wk', '6 wk', '3 mo', '—'],
    ['Facial chemodenervation', '{64612}', 'day of injection', '4 wk', '—', '—', '—'],
    ['Carpal tunnel release', '{64721}', '−30 to 0 d', '6 wk', '3 mo', '—', '12 mo'],
  ],
});

// ── 5. Message template editor ──
const template = lines({
  id: 's163-tmpl',
  kind: 's163-survey-message-template-editor',
  before: 'Cadence Outcomes › Messaging › Templates › Edit',
  text: [
    'Template: 6-week check-in (SMS)   ID [20576]   Channel: SMS via short code [64612]',
    'Body: Hi {{patient.first_name}}, your {{timepoint.label}} check-in after your {{procedure.lay_name}} is ready: {{survey.link}}',
    'Used by: ED [30548] ({64712}), ED [30555] ({64714}), ED [30619] ({64721}), ED [30633] ({64718})',
    'Compliance: do not merge {{procedure.cpt}} into patient-facing text (review [12397], 2025-11-04).',
    'Preview (test patient, ZIP [64506]): Hi Test, your 6-week check-in after your nerve surgery is ready.',
  ].join('\n'),
});

// ── 6. Survey invitation email ──
const inviteEmail = lines({
  id: 's163-invite',
  kind: 's163-survey-invitation-email',
  before: 'From: Missouri Valley Nerve & Hand Institute <outcomes@mvnhi-surveys.example>',
  text: [
    'Subject: A 3-minute check-in before your procedure on March 11',
    'Dear Marisol,',
    'Dr. Priya Raman-Okafor asks every patient to tell us how they are doing before and after surgery.',
    'Start your check-in: https://go.cadence-outcomes.example/s/[64712]?k=Q7mT2 (invitation no. [64712])',
    'Your care team: Dr. Priya Raman-Okafor · Procedure: Neuroplasty, sciatic nerve (CPT {64712})',
    'Missouri Valley Nerve & Hand Institute · 3100 Faraon St, Suite 210, St. Joseph, MO [64506] · (816) 555-0143',
    'Sent by Cadence Outcomes, PO Box [64632], Madison, WI [53708] on behalf of MVNHI. Unsubscribe.',
  ].join('\n'),
});

// ── 7. SMS reminder thread ──
const sms = lines({
  id: 's163-sms',
  kind: 's163-survey-reminder-sms-thread',
  before: 'Messages · MVNHI Outcomes',
  text: [
    'MVNHI Outcomes ([64612]): Hi Marisol, your 6-week check-in after your nerve surgery is ready: go.cdnc.example/s/[70413]',
    'Apr 22, 2026 9:00 AM',
    'Reminder ([64612]): 2 questions left. Your survey code is [70413]. Msg&data rates may apply. Reply STOP to opt out.',
    'Me: what is this for',
    'MVNHI Outcomes: These answers help Dr. Raman-Okafor follow your recovery. Questions? 816-555-0143',
    'MVNHI Outcomes ([64612]): Thank you! Next check-in in about 7 weeks. Reply HELP for help, STOP to end.',
  ].join('\n'),
});

// ── 8. Mailed invitation letter (PDF text layer) ──
const letter = lines({
  id: 's163-letter',
  kind: 's163-mailed-survey-packet-letter-pdf-text',
  before: 'Missouri Valley Nerve & Hand Institute · Outcomes Program',
  text: [
    '3100 Faraon St, Suite 210 · St. Joseph, MO [64506] · (816) 555-0143',
    'March 30, 2026',
    'Douglas Ferreira-Holt · 411 Cedar Lane · Savannah, MO [64485]',
    'Dear Mr. Ferreira-Holt: Please fill out the enclosed 2-page survey about your foot and mail it back.',
    'Your survey ID is [41491]. Use the postage-paid envelope (Business Reply Mail, Permit No. [10532], Madison, WI).',
    'Office use only: EP [50165] / {64632}-LT / T2 (6 weeks) / packet [41491]',
  ].join('\n'),
});

// ── 9. Returned paper survey, OCR text ──
const paperOcr = lines({
  id: 's163-ocr',
  kind: 's163-returned-paper-survey-ocr-text',
  before: 'ScanStation 2 · OCR result · confidence 0.94',
  text: [
    'MVNHI OUTCOMES · PAPER SURVEY · FOOT · Form MOX-2 rev 3',
    'Survey ID: [41491]   Barcode *[41491]*   Episode [50165]   Code {64632}-LT   Timepoint T2',
    'Name: Douglas Ferreira-Holt   Date: 4/27/26   ZIP: [64485]',
    '1. Pain in the front of my foot, last 4 weeks (0-10): 2',
    'Scanned 05/02/2026 · batch [12442] · envelope permit [10532]',
  ].join('\n'),
});

// ── 10. Survey welcome screen ──
const welcome = lines({
  id: 's163-welcome',
  kind: 's163-survey-welcome-screen',
  before: 'Cadence Outcomes · Secure survey',
  text: [
    'Welcome back, Marisol',
    'Check-in: 6 weeks after surgery · Episode: Sciatic nerve neuroplasty ({64712}-RT)',
    'About 4 minutes · 14 questions · Survey [70413]',
    'Missouri Valley Nerve & Hand Institute, St. Joseph, MO [64506]',
  ].join('\n'),
});

// ── 11. Numeric pain rating screen ──
const nrsScreen = lines({
  id: 's163-nrs',
  kind: 's163-survey-numeric-pain-scale-screen',
  before: 'Question 2 of 14',
  text: [
    'In the past 7 days, how would you rate your pain on average?',
    '0  1  2  3  4  5  6  7  8  9  10',
    'No pain ……………………………………… Worst pain you can imagine',
    'Item NRS-AVG7 · LOINC-style code [61758]-9 · session [80365]',
  ].join('\n'),
});

// ── 12. PROMIS Pain Interference screen ──
const promisScreen = lines({
  id: 's163-promis',
  kind: 's163-survey-promis-pain-interference-screen',
  before: 'PROMIS Pain Interference – Short Form 6a v1.1 · ©2008–2026 PROMIS Health Organization',
  text: [
    'In the past 7 days… How much did pain interfere with your day to day activities?',
    'Not at all · A little bit · Somewhat · Quite a bit · Very much',
    'Question 4 of 14 · Survey [70413] · Instrument set [41564] · saved 10:42:18',
  ].join('\n'),
});

// ── 13. Clinic kiosk screen, HFS-7 before injection ──
const kiosk = lines({
  id: 's163-kiosk',
  kind: 's163-clinic-kiosk-hfs7-survey-screen',
  before: 'Neurology clinic check-in tablet · Dr. Helen Achterberg',
  text: [
    'Before today’s injection (cycle 7): Hemifacial Spasm Questionnaire (HFS-7)',
    'Staff banner: Whitford, Agnes · encounter {64612}-50 with J0586 · kiosk [12341] · episode [50458]',
    'Q3. Over the past month, how much has the twitching made it hard to read? 0 Never … 4 Always',
  ].join('\n'),
});

// ── 14. Survey completion screen ──
const done = lines({
  id: 's163-done',
  kind: 's163-survey-completion-confirmation-screen',
  before: 'Thank you!',
  text: [
    'Your answers were saved and sent to Dr. Raman-Okafor’s team.',
    'Confirmation number: [90247]',
    'Next check-in: 3 months after surgery (around June 11, 2026). We will text you from [64612].',
  ].join('\n'),
});

// ── 15. Response export CSV (long) ──
const respCsv = lines({
  id: 's163-respcsv',
  kind: 's163-proms-response-export-csv-long',
  before: 'responses_mvnhi_2026Q2.csv',
  text: [
    'response_id,episode_id,mrn,cpt,modifier,timepoint,instrument,item,value,completed_at,zip',
    '[71407],[50439],00418823,{64712},RT,T0,NRS,NRS-AVG7,8,2026-03-02T18:14:09Z,[64445]',
    '[71409],[50439],00418823,{64712},RT,T0,PROMIS-PI-6a,TSCORE,66.1,2026-03-02T18:16:40Z,[64445]',
    '[73019],[50439],00418823,{64712},RT,T1,NRS,NRS-AVG7,5,2026-04-22T14:42:18Z,[64445]',
    '[73020],[50165],00377190,{64632},LT,T0,NRS,NRS-FOREFOOT,7,2026-03-12T20:03:51Z,[64485]',
    '[73388],[50294],00291544,{64714},RT,T1,PROMIS-PF-10a,TSCORE,38.9,2026-04-01T12:30:02Z,[64440]',
    '[74102],[50458],00266031,{64612},50,C7-PRE,HFS-7,TOTAL,14,2026-04-08T15:11:27Z,[64503]',
    '[74103],[50477],00452210,{64721},LT,T1,QuickDASH,SCORE,22.7,2026-04-08T23:48:10Z,[64501]',
  ].join('\n'),
});

// ── 16. Score export CSV (wide, one row per episode) ──
const wideCsv = lines({
  id: 's163-widecsv',
  kind: 's163-proms-score-export-csv-wide',
  before: 'episode_scores_wide_2026-06-30.csv',
  text: [
    'episode_id,cpt_primary,cpt_addon,surgeon_npi,site_id,nrs_t0,nrs_t1,nrs_t2,pi_t0,pi_t1,pi_t2,mcid_pi',
    '[50439],{64712},{64727},1457329860,[64714],8,5,3,66.1,58.4,54.0,Y',
    '[50294],{64714},,1457329860,[64714],7,6,4,69.3,66.0,61.2,Y',
    '[50165],{64632},,1689044127,[64714],7,4,2,62.0,,,',
    '[50458],{64612},,1730552981,[64714],,,,,,,',
    '[49877],{64776},{64787},1457329860,[64714],6,3,,60.8,55.1,,',
  ].join('\n'),
});

// ── 17. Surgeon dashboard KPI tiles ──
const kpi = lines({
  id: 's163-kpi',
  kind: 's163-surgeon-outcomes-dashboard-kpi-tiles',
  before: 'Outcomes › My dashboard · Dr. Priya Raman-Okafor · Jan 2025 – Jun 2026',
  text: [
    'Active episodes 212 · Survey completion 78% · Baseline capture 91%',
    'Sciatic neuroplasty {64712} · 38 episodes · PROMIS-PI MCID met 71%',
    'Lumbar plexus neuroplasty {64714} · 6 episodes · MCID 67% (n < 10, not benchmarked)',
    'Carpal tunnel release {64721} · 131 episodes · QuickDASH MCID 83%',
    'Cubital tunnel {64718} · 37 episodes · QuickDASH MCID 70%',
    'Invitations sent [18765] · Responses received [12184] · Opt-outs 214',
  ].join('\n'),
});

// ── 18. Dashboard episode grid ──
const episodeGrid = table({
  id: 's163-epgrid',
  kind: 's163-outcomes-dashboard-episode-grid',
  caption: 'Peripheral Nerve Service · Episodes with a result in the last 30 days',
  headers: ['Patient', 'Episode', 'Clinician', 'Procedure', 'CPT', 'Date of service', 'Baseline', 'Latest', 'Status'],
  rows: [
    [
      'Vandenberg, M.',
      '[50439]',
      'Raman-Okafor',
      'Neuroplasty, sciatic (RT)',
      '{64712}-RT',
      '03/11/2026',
      'NRS 8 · PI 66.1',
      'NRS 3 · PI 54.0 (3m)',
      'MCID met',
    ],
    [
      'Okonkwo-Barnes, R.',
      '[50294]',
      'Raman-Okafor',
      'Neuroplasty, lumbar plexus (RT)',
      '{64714}-RT',
      '02/18/2026',
      'NRS 7 · PI 69.3',
      'NRS 4 · PI 61.2 (3m)',
      'MCID met',
    ],
    [
      'Ferreira-Holt, D.',
      '[50165]',
      'Ng (DPM)',
      'Neurolysis, plantar digital (LT) ×3',
      '{64632}-LT',
      '03/16/2026',
      'NRS 7',
      'NRS 2 (6w)',
      'On track',
    ],
    [
      'Whitford, A.',
      '[50458]',
      'Achterberg',
      'Chemodenervation, facial, bilateral',
      '{64612}-50',
      '04/08/2026',
      'HFS-7 14',
      'HFS-7 6 (4w)',
      'Cycle 7',
    ],
    [
      'Sorrentino, L.',
      '[50477]',
      'Raman-Okafor',
      'Carpal tunnel release (LT)',
      '{64721}-LT',
      '02/25/2026',
      'QuickDASH 47.7',
      'QuickDASH 22.7 (6w)',
      'MCID met',
    ],
  ],
});

// ── 19. Dashboard procedure filter dropdown ──
const filter = lines({
  id: 's163-filter',
  kind: 's163-dashboard-procedure-filter-dropdown',
  before: 'Procedure ▾',
  text: [
    '☑ {64712} Neuroplasty, sciatic nerve (38)',
    '☑ {64714} Neuroplasty, lumbar plexus (6)',
    '☐ {64713} Neuroplasty, brachial plexus (0)',
    '☑ {64721} Carpal tunnel release (131)',
    '☑ {64718} Ulnar nerve at elbow (37)',
    '☐ {64632} Neurolysis, plantar digital nerve (27)',
    '☐ {64612} Chemodenervation, facial nerve (14)',
    '☐ {64445} Sciatic nerve block — not an episode trigger',
  ].join('\n'),
});

// ── 20. Dashboard chart tooltips and legend ──
const chart = lines({
  id: 's163-chart',
  kind: 's163-dashboard-mcid-chart-tooltip-legend',
  before: 'Chart: Change in PROMIS Pain Interference by procedure, 3 months',
  text: [
    '{64712} sciatic neuroplasty · 3 months · mean Δ −9.8 (95% CI −12.4 to −7.2) · n = 31',
    '{64714} lumbar plexus · 3 months · mean Δ −6.0 · n = 5 · hidden in exports below n = 10',
    'Legend: ■ {64712}  ■ {64714}  ■ {64721}  ■ {64718}  ▲ PNOC benchmark (median of 31 sites)',
    'Export PNG · job [64632] · rendered 06/20/2026 07:05',
  ].join('\n'),
});

// ── 21. Patient episode timeline (dashboard drill-down) ──
const timeline = lines({
  id: 's163-timeline',
  kind: 's163-patient-episode-timeline-drilldown',
  before: 'Vandenberg, Marisol · MRN 00418823 · F · 47 y',
  text: [
    'Episode [50439] · ZIP [64445] · Definition ED [30548] Sciatic nerve neuroplasty',
    '02/24/2026  Episode opened from scheduling (SIU^S12): planned {64712}-RT, Dr. Raman-Okafor',
    '03/02/2026  Baseline completed (invitation [64712]) · NRS 8 · PI 66.1 · LEFS 31',
    '03/11/2026  Confirmed by charge feed (DFT^P03 msg [30402]): {64712}-RT, {64727}; block {64445}-RT suppressed',
    '04/22/2026  6-week survey by SMS ([64612]) · NRS 5 · PI 58.4 · LEFS 48',
    '06/11/2026  3-month survey · NRS 3 · PI 54.0 · LEFS 60 · MCID met',
  ].join('\n'),
});

// ── 22. Weekly digest email to the surgeon ──
const digest = lines({
  id: 's163-digest',
  kind: 's163-surgeon-weekly-outcomes-digest-email',
  before:
    'From: Cadence Outcomes <noreply@cadence-outcomes.example> · Subject: Your weekly outcomes digest (06/22/2026)',
  text: [
    'New 3-month results this week: 4 (3 × {64721}, 1 × {64712})',
    'Watch list: Okonkwo-Barnes, R. ({64714}-RT), NRS still 4 at 3 months; PROMIS-PI improved 8.1',
    'Overdue surveys: 7 ({64721} 5, {64718} 2)',
    'Manage alerts: https://app.cadence-outcomes.example/alerts?user=[30156]',
  ].join('\n'),
});

// ── 23. HL7 v2 DFT^P03 charge feed that confirms episodes ──
const hl7 = lines({
  id: 's163-hl7',
  kind: 's163-hl7-dft-p03-charge-feed-to-proms',
  before: 'Interface: EPIC_CHG_OUT → CADENCE_IN · message view',
  text: [
    'MSH|^~\\&|EPIC|MVNHI|CADENCE|CADENCE|20260311164502||DFT^P03|[30402]|P|2.5.1',
    'PID|1||00418823^^^MVNHI^MR||VANDENBERG^MARISOL||19780912|F|||18 Orchard Rd^^Elmo^MO^[64445]',
    'FT1|1|||20260311|20260311|CG|[10651]^NEUROPLASTY SCIATIC^EAP|||1||||||||||||||{64712}^Neuroplasty sciatic nerve^C4|RT',
    'FT1|2|||20260311|20260311|CG|[10652]^NEUROLYSIS INTERNAL ADD-ON^EAP|||1||||||||||||||{64727}^Internal neurolysis^C4',
    'FT1|3|||20260311|20260311|CG|[20576]^NERVE BLOCK SCIATIC^EAP|||1||||||||||||||{64445}^Inj anes sciatic single^C4|RT',
    'PR1|1||{64712}^Neuroplasty sciatic nerve^C4||20260311',
  ].join('\n'),
});

// ── 24. Interface engine log ──
const engineLog = lines({
  id: 's163-engine',
  kind: 's163-interface-engine-episode-trigger-log',
  before: 'Interface engine · channel CADENCE_IN · log',
  text: [
    '2026-02-18 12:03:11 WARN  DFT msg [30400] FT1-25 {64714}^^C4 laterality missing, held for review',
    '2026-03-11 16:45:02 INFO  DFT msg [30402] FT1-25 {64712}^^C4 RT → episode [50439] confirmed; {64445} suppressed',
    '2026-04-08 16:40:55 INFO  DFT msg [30424] FT1-25 {64612}^^C4 mod 50 → episode [50458] cycle 7',
    '2026-04-13 10:22:07 WARN  DFT msg [30467] FT1-25 "{64632} LT" repeat within 90 d, merged into episode [50165]',
    '2026-05-02 09:10:44 ERROR DFT msg [30511] FT1-25 "6472l" is not a CPT code; fixed by hand to {64721}',
  ].join('\n'),
});

// ── 25. Vendor support ticket ──
const ticket = lines({
  id: 's163-ticket',
  kind: 's163-proms-vendor-support-ticket-thread',
  before: 'Cadence Outcomes Support · Ticket #64612',
  text: [
    'Ticket #[64612] · Episodes not opening for Morton neuroma injections · P3 · Org MVNHI',
    'J. Pellerin: Since January our {64632} charges come through as "{64632} LT" with a space, and no episode opens.',
    'Cadence Support (Anya): Matching was exact on the code component. Normalizer added; we replayed msgs [30400]–[30467].',
    'J. Pellerin: Also bilateral {64612} (mod 50) made two episodes for the same visit, [50458] and [50461].',
    'Cadence Support: Fixed in 26.4.2; [50461] merged into [50458]. Closing.',
  ].join('\n'),
});

// ── 26. Platform release notes ──
const release = lines({
  id: 's163-release',
  kind: 's163-proms-platform-release-notes',
  before: 'Cadence Outcomes 26.4 — Release notes (May 2026)',
  text: [
    '• Episode triggers accept a space or hyphen before the modifier ("{64632} LT", "{64632}-LT").',
    '• 2026 code set: updated descriptors for {64612} and {64615}; no trigger changes needed.',
    '• Bilateral {64612}-50 on one date of service opens one episode (was two; ticket [64612]).',
    '• Block codes {64445}, {64447}, {64448}, {64450} can be set to "suppress" per definition.',
    '• Fixed: the CSV export dropped leading zeros from ZIPs ([01093] was written as 1093).',
    'Build [90340] · hotfix 26.4.3',
  ].join('\n'),
});

// ── 27. Registry REDCap data dictionary CSV ──
const redcap = lines({
  id: 's163-redcap',
  kind: 's163-registry-redcap-data-dictionary-csv',
  before: 'PNOC_DataDictionary_v3.2.csv',
  text: [
    '# Peripheral Nerve Outcomes Collaborative · data dictionary v3.2 · export [64445] · 2026-01-15',
    'Variable / Field Name,Form Name,Section Header,Field Type,Field Label,"Choices, Calculations, OR Slider Labels"',
    'site_id,enrollment,,dropdown,Site,"[64714], MVNHI St. Joseph | [41245], Rosedale Nerve Center | [20450], Capitol Hand"',
    'index_cpt,procedure,,dropdown,Index procedure (CPT),"{64712}, {64712} Neuroplasty sciatic | {64714}, {64714} Lumbar plexus"',
    'index_cpt_2,procedure,,dropdown,Index procedure (cont.),"{64632}, {64632} Plantar digital | {64612}, {64612} Facial chemodenervation"',
    'block_cpt,procedure,,checkbox,Regional block,"{64445}, {64445} Sciatic single | {64447}, Femoral single | {64448}, Femoral cont."',
    'patient_zip,demographics,,text,Patient ZIP,,"5 digits, e.g. [64503]; stored as 3-digit ZIP when population < 20,000"',
  ].join('\n'),
});

// ── 28. Registry code list, web table ──
const codeList = table({
  id: 's163-codelist',
  kind: 's163-registry-index-procedure-code-list-table',
  caption: 'PNOC Registry · Index procedure codes (data dictionary v3.2, Appendix A)',
  headers: ['Value', 'CPT code', 'Short descriptor', 'Index procedure?', 'Added in version'],
  rows: [
    ['1', '{64712}', 'Neuroplasty; sciatic nerve', 'Yes', '1.0'],
    ['2', '{64713}', 'Neuroplasty; brachial plexus', 'Yes', '1.0'],
    ['3', '{64714}', 'Neuroplasty; lumbar plexus', 'Yes', '1.0'],
    ['4', '{64632}', 'Destruction by neurolytic agent; plantar common digital nerve', 'Yes', '2.0'],
    ['5', '{64612}', 'Chemodenervation; muscles innervated by facial nerve, unilateral', 'Yes', '3.0'],
    ['6', '{64445}', 'Injection, anesthetic agent; sciatic nerve, single', 'No (covariate)', '2.1'],
    ['7', '{64727}', 'Internal neurolysis, operating microscope (add-on)', 'No (modifier variable)', '1.0'],
    ['8', '{64776}', 'Excision of neuroma; digital nerve, one or both, same digit', 'Yes', '3.2'],
  ],
});

// ── 29. FHIR QuestionnaireResponse ──
const fhirQr = lines({
  id: 's163-fhirqr',
  kind: 's163-registry-fhir-questionnaireresponse-json',
  before: 'POST https://pnoc-registry.example/fhir/QuestionnaireResponse',
  text: [
    '{ "resourceType": "QuestionnaireResponse", "id": "qr-[71407]", "status": "completed",',
    '  "questionnaire": "https://pnoc-registry.example/fhir/Questionnaire/promis-pi-6a|1.1",',
    '  "subject": { "reference": "Patient/pnoc-site-[64714]-r0213" }, "encounter": { "reference": "Encounter/[50439]" },',
    '  "extension": [{ "url": "https://pnoc-registry.example/fhir/StructureDefinition/index-procedure",',
    '    "valueCoding": { "system": "http://www.ama-assn.org/go/cpt", "code": "{64712}" } }],',
    '  "item": [{ "linkId": "PAININ9", "code": [{ "code": "[61758]-9" }], "answer": [{ "valueInteger": 4 }] }],',
    '  "authored": "2026-03-02T12:16:40-06:00" }',
  ].join('\n'),
});

// ── 30. FHIR Procedure ──
const fhirProc = lines({
  id: 's163-fhirproc',
  kind: 's163-registry-fhir-procedure-json',
  before: 'GET https://pnoc-registry.example/fhir/Procedure?encounter=50439',
  text: [
    '{ "resourceType": "Procedure", "id": "proc-[50439]-1", "status": "completed", "performedDateTime": "2026-03-11",',
    '  "code": { "coding": [{ "system": "http://www.ama-assn.org/go/cpt", "code": "{64712}",',
    '    "display": "Neuroplasty, major peripheral nerve, arm or leg, open; sciatic nerve" }] },',
    '  "extension": [{ "url": "https://pnoc-registry.example/fhir/add-on", "valueCode": "{64727}" }],',
    '  "location": { "display": "MVNHI Surgery Center, St. Joseph, MO [64506]" } }',
    '{ "resourceType": "Procedure", "id": "proc-[50439]-2", "code": { "coding": [{ "code": "{64445}" }] },',
    '  "category": { "text": "anesthesia adjunct" }, "bodySite": [{ "text": "right sciatic nerve" }] }',
  ].join('\n'),
});

// ── 31. Registry submission validation report ──
const validation = lines({
  id: 's163-valid',
  kind: 's163-registry-submission-validation-report',
  before: 'PNOC · Submission validation · site 64714',
  text: [
    'Site [64714] · Batch [19414] · Submitted 2026-07-01 · Records 253 · Accepted 249 · Rejected 4',
    'E104  record r0213  index_cpt {64712} requires laterality (RT/LT); received ""',
    'E117  record r0219  index_cpt {64445} is a covariate, not an index procedure; move it to block_cpt',
    'E122  record r0231  {64612}-50: submit one bilateral cycle per date of service',
    'W201  record r0240  patient_zip [64445]: 3-digit ZIP 644 population check passed',
    'E140  record r0252  index_cpt {64721}: baseline QuickDASH outside window (−45 d)',
    'W207  record r0260  {64632} series of 3 injections, 1 episode: accepted (mergeRepeats)',
  ].join('\n'),
});

// ── 32. Registry consent form (PDF text) ──
const consent = lines({
  id: 's163-consent',
  kind: 's163-registry-consent-form-pdf-text',
  before: 'CONSENT TO TAKE PART IN THE PERIPHERAL NERVE OUTCOMES REGISTRY',
  text: [
    'IRB protocol [20450] · Version 4 · 01/15/2026 · Site [64714] (Missouri Valley Nerve & Hand Institute)',
    'You are asked to join because you are having neuroplasty of the sciatic nerve or lumbar plexus (CPT {64712},',
    '{64714}), chemical neurolysis of a foot nerve ({64632}), or botulinum injections of the face ({64612}).',
    'Coordinating center: 3901 Rainbow Blvd, Kansas City, KS [66160] · (913) 555-0177',
  ].join('\n'),
});

// ── 33. Analyst SQL ──
const sql = lines({
  id: 's163-sql',
  kind: 's163-analyst-sql-query-text',
  before: 'q2_proms_episodes.sql',
  text: [
    '-- PROMs episodes for the Q2 committee report (J. Pellerin, 07/02/2026)',
    'SELECT e.episode_id, e.trigger_cpt, r.timepoint, r.score FROM cadence.episodes e',
    "WHERE e.trigger_cpt IN ('{64712}', '{64714}', '{64632}', '{64612}', '{64721}', '{64718}')",
    "  AND e.site_id = [64714] AND e.opened_at >= '2025-01-01'",
    '  AND e.episode_id NOT IN ([50461], [48001])  -- merged duplicate, test patient',
    "  AND NOT EXISTS (SELECT 1 FROM charges c WHERE c.episode_id = e.episode_id AND c.cpt = '{64445}' AND c.primary_flag)",
  ].join('\n'),
});

// ── 34. Quality committee report, summary (PDF text) ──
const qcSummary = lines({
  id: 's163-qcsum',
  kind: 's163-quality-committee-proms-report-summary',
  before: 'Peripheral Nerve Quality & Outcomes Committee — Q2 2026 PROMs Report',
  text: [
    'Document QC-[64712] · prepared by Outcomes Office · data through 06/30/2026',
    '1. Of 253 episodes opened Jan 2025 – Jun 2026, 194 (77%) have a completed 3-month survey.',
    'Sciatic neuroplasty ({64712}, n = 38) met the PROMIS-PI MCID in 71% at 3 months (PNOC median 64%).',
    'Lumbar plexus neuroplasty ({64714}, n = 6) is under the reporting threshold; shown to the committee only.',
    'Plantar digital neurolysis ({64632}) had the lowest response (52%); paper packets started 03/2026.',
    'Facial chemodenervation ({64612}): 14 patients, 61 cycles, HFS-7 per cycle.',
    'Sciatic blocks ({64445}) no longer open episodes (definition [30588] deactivated 03/02/2026).',
  ].join('\n'),
});

// ── 35. Quality committee report, table by procedure ──
const qcTable = table({
  id: 's163-qctable',
  kind: 's163-quality-committee-results-by-procedure-table',
  caption: 'Table 1. PROMs capture and results by index procedure, Jan 2025 – Jun 2026',
  headers: ['Procedure', 'CPT', 'Episodes', 'Baseline %', '3-mo response %', 'MCID met %', 'PNOC median %'],
  rows: [
    ['Neuroplasty, sciatic', '{64712}', '38', '95', '82', '71', '64'],
    ['Neuroplasty, lumbar plexus', '{64714}', '6', '100', '83', '—', '—'],
    ['Carpal tunnel release', '{64721}', '131', '92', '80', '83', '79'],
    ['Ulnar nerve at elbow', '{64718}', '37', '89', '73', '70', '66'],
    ['Neurolysis, plantar digital', '{64632}', '27', '85', '52', '63', '58'],
    ['Chemodenervation, facial', '{64612}', '14', '100', '—', '—', '—'],
  ],
});

// ── 36. Quality committee report, methods appendix ──
const methods = lines({
  id: 's163-methods',
  kind: 's163-quality-report-methods-appendix-text',
  before: 'Appendix B. Methods',
  text: [
    'Episodes were identified from charges (CPT {64712}, {64714}, {64632}, {64612}, {64721}, {64718}) and',
    'matched to survey responses by episode ID. Add-on {64727} and blocks {64445}/{64447} did not open episodes.',
    'Patients with a second nerve procedure within 12 months (e.g. {64712} then {64714}) were censored.',
    'Benchmark: PNOC 2025 annual report (report no. [41054]), 31 sites; MCID: PROMIS-PI 5, QuickDASH 14, NRS 2.',
  ].join('\n'),
});

// ── 37. Quality committee minutes ──
const minutes = lines({
  id: 's163-minutes',
  kind: 's163-quality-committee-meeting-minutes',
  before: 'Minutes — Peripheral Nerve Quality & Outcomes Committee — 07/14/2026',
  text: [
    'Present: P. Raman-Okafor (chair), T. Lindqvist, H. Achterberg, J. Pellerin (Outcomes), K. Duvall (Coding)',
    '3. K. Duvall: registry rejected 4 of 253 records in batch [19414]; one was a {64445} sent as an index procedure.',
    '4. Adding {64640} and {64455} as episode triggers: declined (block-only episodes answered 9% of surveys).',
    '5. Motion to report {64776} with {64787} neuroma episodes from Q3: carried 5–0.',
    '6. Action: Outcomes to resend paper packets to {64632} patients in ZIPs [64485] and [64497].',
    'Next meeting 10/13/2026 · Doc ID QC-[12397]-M',
  ].join('\n'),
});

// ── 38. Coding team review of questionnaire administration charges ──
const chargeReview = table({
  id: 's163-chgrev',
  kind: 's163-coding-review-questionnaire-charges-grid',
  caption: 'Coding work queue · Instrument administration charges linked to PROMs surveys',
  headers: ['DOS', 'Patient', 'Index CPT', 'Survey', 'Charge CPT', 'Units', 'Decision'],
  rows: [
    ['04/22/2026', 'Vandenberg, M.', '{64712}-RT', '[70413]', '{96160}', '0', 'No charge: research survey in global'],
    ['04/08/2026', 'Whitford, A.', '{64612}-50', 'kiosk [12341]', '{96160}', '1', 'Bill with {99213}-25'],
    ['04/27/2026', 'Ferreira-Holt, D.', '{64632}-LT', '[41491]', '{96160}', '0', 'No charge: mailed packet'],
    ['04/08/2026', 'Sorrentino, L.', '{64721}-LT', '[74103]', '{96160}', '0', 'No charge: global period'],
  ],
});

// ── 39. PROMs vendor invoice (PDF text) ──
const invoice = lines({
  id: 's163-invoice',
  kind: 's163-proms-vendor-invoice-pdf-text',
  before: 'CADENCE OUTCOMES, INC.',
  text: [
    'PO Box [64632] · Madison, WI [53708] · Invoice INV-[80175] · 07/01/2026',
    'Bill to: Missouri Valley Nerve & Hand Institute, Accounts Payable, PO Box 1187, St. Joseph, MO [64502]',
    'Customer PO [41245] · Terms Net 30 · Service period 04/01/2026 – 06/30/2026',
    'Active episodes by trigger: {64712} 11 · {64714} 2 · {64632} 9 · {64612} 14 · {64721} 38 · {64718} 10 = 84 × 9.50',
    'Platform subscription Q2  [12500].00 · Episode fees 798.00 · Total due USD [13298].00',
  ].join('\n'),
});

// ── 40. Patient-facing results page ──
const publicPage = lines({
  id: 's163-public',
  kind: 's163-patient-facing-outcomes-results-page',
  before: 'Our Results: Nerve Surgery Outcomes at Missouri Valley Nerve & Hand Institute',
  text: [
    'Updated July 2026 · based on 253 patients who answered our surveys',
    'Carpal tunnel release: 83 out of 100 patients reported a meaningful gain in hand function at 3 months.',
    'Sciatic nerve decompression: 71 out of 100 patients reported meaningfully less pain interference.',
    'For insurance questions, these surgeries are usually billed as CPT {64721} and CPT {64712}.',
    'Visit us: 3100 Faraon St, Suite 210, St. Joseph, MO [64506] · Savannah clinic, 102 N Main St, Savannah, MO [64485]',
    'Data collected by Cadence Outcomes and reported to the Peripheral Nerve Outcomes Collaborative (site [64714]).',
  ].join('\n'),
});

// ── 41. Patient-facing results FAQ ──
const faq = lines({
  id: 's163-faq',
  kind: 's163-patient-results-page-faq',
  before: 'Frequently asked questions',
  text: [
    'Q: Why are lumbar plexus surgeries (CPT {64714}) not shown? A: Fewer than 10 patients have answered so far.',
    'Q: I had injections for a Morton’s neuroma (CPT {64632}). Will I get surveys? A: Yes, at 2 weeks, 6 weeks and 3 months.',
    'Q: Do the surveys cost me anything? A: No. Some plans show a questionnaire charge (CPT {96160}); we do not bill it for these surveys.',
    'Q: Who sees my answers? A: Your care team and, if you agreed, the registry. Privacy Office: PO Box 8842, St. Joseph, MO [64508].',
  ].join('\n'),
});

// ── 42. Patient portal: my questionnaire results ──
const portal = lines({
  id: 's163-portal',
  kind: 's163-patient-portal-my-questionnaire-results',
  before: 'My Health › Questionnaires › Nerve surgery check-ins',
  text: [
    'Right sciatic nerve surgery, 03/11/2026 · Dr. Priya Raman-Okafor',
    'Pain (0–10): 8 → 5 → 3 · Pain interference T-score: 66.1 → 58.4 → 54.0 (lower is better)',
    'Questionnaire [70413] completed 04/22/2026 · confirmation [90247]',
    'Billing detail for this visit: {64712}-RT Neuroplasty sciatic nerve · {64727} Internal neurolysis add-on',
    'Mailing address on file: 18 Orchard Rd, Elmo, MO [64445]',
  ].join('\n'),
});

export const sealed163: Snippet[] = [
  ...edGrid,
  ...ruleJson,
  ...changeLog,
  ...schedule,
  ...template,
  ...inviteEmail,
  ...sms,
  ...letter,
  ...paperOcr,
  ...welcome,
  ...nrsScreen,
  ...promisScreen,
  ...kiosk,
  ...done,
  ...respCsv,
  ...wideCsv,
  ...kpi,
  ...episodeGrid,
  ...filter,
  ...chart,
  ...timeline,
  ...digest,
  ...hl7,
  ...engineLog,
  ...ticket,
  ...release,
  ...redcap,
  ...codeList,
  ...fhirQr,
  ...fhirProc,
  ...validation,
  ...consent,
  ...sql,
  ...qcSummary,
  ...qcTable,
  ...methods,
  ...minutes,
  ...chargeReview,
  ...invoice,
  ...publicPage,
  ...faq,
  ...portal,
];
