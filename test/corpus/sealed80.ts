import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 80 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s80-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too. About a third of the decoys are numbers of the synthetic 10,000-code set (KNOWN_10K) used as
 * participant ids, ZIPs, vendor, authorization, trip, claim and check numbers, course ids and amounts. The five
 * known codes' digits come back as decoys: a participant id (in a roster, an 820 and an aide schedule), a claims PO
 * box, a van trip number, an EVV visit id, a vendor agreement number, a claim number, a recipe number, an employee id
 * and a training course id.
 *
 * Family: a PACE organization (Program of All-Inclusive Care for the Elderly) and its geriatric care management:
 * an interdisciplinary team (IDT) meeting sheet and minutes (participant ids, service determination requests), the
 * SDR log, a service authorization log and authorization form for outside specialty care (pain procedures, nerve
 * blocks and the nerve codes), a referral letter, a capitation reconciliation report and the CMS monthly membership
 * (MMR) detail, a state Medicaid 820 capitation remittance, encounter data submission (table, 837P, MAO-002 status
 * report, CSV), a day-center attendance roster, a transportation manifest (route, trip numbers, pickup ZIPs), a
 * home-care aide schedule, a fall-prevention program report and narrative, an appeal of a service denial as prose and
 * its decision notice, a vendor network list and fee schedules by CPT (pain, podiatry / neurology, home therapy), a
 * claims payment register, a QAPI utilization table, a participant face sheet, a primary-care note, a bulleted pain
 * care plan, a vendor procedure summary, HL7 / JSON / XML exchanges, and decoy-only pages (a meal program menu, a
 * food vendor invoice, a staff training log).
 * Built on real public layouts: the CMS MMR data file fields (Plan Communications User Guide: contract, run and
 * payment dates, MBI, SSA state-county code, adjustment reason, payment amounts A/B), the 42 CFR 460.121 service
 * determination request and 460.122 appeal process (3-day decision clock, extension, third-party reviewer), the
 * 837P loops sent to the CMS Encounter Data Front-End System and the MAO-002 processing status report (ICN, line,
 * status, error code), an X12 820 premium payment, and an HL7 v2 DFT^P03 charge message. The others are written the
 * way those pages read, with no single source.
 *
 * 389 labelled tokens over 37 shapes: 153 codes, 236 decoys, 83 of the decoys in KNOWN_10K.
 */

// ── 1. IDT meeting sheet, table ──
const idtSheet = table({
  id: 's80-idt',
  kind: 's80-idt-meeting-sheet-grid',
  caption: 'Northland PACE — Interdisciplinary Team Meeting — Tue 03/11/2025 — Gladstone Center',
  headers: ['Ppt ID', 'Participant', 'Raised by', 'Item / request', 'IDT decision', 'Follow-up'],
  rows: [
    [
      '[20143]',
      'Abernathy, Ruth',
      'PCP',
      'L sciatica x4 mo; pain clinic asks for sciatic nerve block {64445}',
      'Approve — SDR',
      'SW to arrange escort',
    ],
    [
      '[20219]',
      'Boyd, Clarence',
      'PT',
      'Falls x2 in 30 days; PT to 3x/wk ({97110}, {97116})',
      'Approve',
      'Re-assess 04/08',
    ],
    [
      '[20290]',
      'Castillo, Maria',
      'RN',
      'Hemifacial spasm worse; neurology asks for Botox {64612} q12wk',
      'Approve x2 sessions',
      'Pharmacy buy-and-bill',
    ],
    [
      '[64714]',
      'Dunlap, Harold',
      'Home care',
      'Aide hours 14 → 21/wk while daughter away',
      'Deny in part (17/wk)',
      'Written notice',
    ],
    [
      '[20357]',
      'Ellison, Grace',
      'Podiatry',
      "Morton's neuroma R foot, 2 injections failed; asks for neurolysis {64632}",
      'Defer — ortho opinion',
      'Re-present 03/25',
    ],
    ['[20412]', 'Farris, Leon', 'RD', 'Weight loss 6% in 90 days; add oral supplement', 'Approve', '—'],
  ],
});

// ── 2. IDT minutes, text layer ──
const idtMinutes = lines({
  id: 's80-idtmin',
  kind: 's80-idt-minutes-narrative-text',
  before: 'IDT minutes (continued) — service determination requests discussed',
  text: [
    'Present: PCP, RN, SW, PT, OT, RD, recreation, home care coordinator, center manager, PCA and driver reps.',
    'Participant [20143] (Abernathy): team approved the outside consult and one sciatic block, CPT {64445}.',
    'If the block only helps briefly, Dr. Vance may propose sciatic neuroplasty ({64712}); that comes back as a new request.',
    'Participant [20357] (Ellison): podiatry request for {64632} deferred until ortho rules out a stress fracture.',
    'Participant [64714] (Dunlap): partial denial of aide hours; SW delivers the notice today at 4410 NE Antioch Rd, [64117].',
    'Participant [20498] (Greer): pain clinic wants lumbar plexus neuroplasty {64714}; IDT asks for imaging first ({72148}).',
  ].join('\n'),
});

// ── 3. Service determination request log, table ──
const sdrLog = table({
  id: 's80-sdr',
  kind: 's80-service-determination-request-log-grid',
  caption: 'Service Determination Request (SDR) log — 42 CFR 460.121 — March 2025',
  headers: ['SDR #', 'Ppt', 'Received', 'Requested service', 'Code', 'Decision', 'Decided', 'Extension'],
  rows: [
    ['[25031]', '[20143]', '03/07 2:10p', 'Sciatic nerve block, pain clinic', '{64445}', 'Approved', '03/11', 'No'],
    ['[25032]', '[20290]', '03/07 4:45p', 'Chemodenervation, facial nerve', '{64612}', 'Approved', '03/11', 'No'],
    ['[25033]', '[64714]', '03/08 9:00a', 'Home aide hours increase', '—', 'Partially denied', '03/11', 'No'],
    [
      '[25034]',
      '[20357]',
      '03/10 11:20a',
      'Neurolysis, plantar digital nerve',
      '{64632}',
      'Denied',
      '03/24',
      'Yes (14 d)',
    ],
    ['[25035]', '[20498]', '03/10 1:05p', 'Lumbar plexus neuroplasty', '{64714}', 'Approved', '04/01', 'Yes (14 d)'],
    ['[25036]', '[20503]', '03/12 8:30a', 'Hearing aids, bilateral', '—', 'Approved', '03/12', 'No'],
  ],
});

// ── 4. Outside services authorization log, table ──
const authLog = table({
  id: 's80-authlog',
  kind: 's80-outside-service-authorization-log-grid',
  caption: 'Outside Services — Authorization Log — pain, neurology, podiatry, ortho — Q1 2025',
  headers: ['Auth #', 'Participant', 'Vendor', 'CPT', 'Units', 'From', 'Thru', 'Status'],
  rows: [
    ['PA-[40102]', '[20143]', 'Metro Spine & Pain', '{64445}', '1', '03/12/25', '06/10/25', 'Issued'],
    ['PA-[40103]', '[20143]', 'Metro Spine & Pain', '{76942}', '1', '03/12/25', '06/10/25', 'Issued'],
    ['PA-[40104]', '[20290]', 'KC Neurology Assoc.', '{64612}', '2', '03/12/25', '09/12/25', 'Issued'],
    ['PA-[40105]', '[20498]', 'Metro Spine & Pain', '{64714}', '1', '04/01/25', '06/30/25', 'Issued'],
    ['PA-[40106]', '[20219]', 'Northland Orthopedics', '{20610}', '1', '03/14/25', '04/14/25', 'Issued'],
    ['PA-[40107]', '[21877]', 'Metro Spine & Pain', '{64493} {64494}', '1 each', '03/20/25', '05/20/25', 'Issued'],
    ['PA-[40108]', '[22309]', 'Liberty Foot & Ankle', '{64455}', '3', '02/01/25', '05/01/25', 'Closed'],
    ['PA-[40109]', '[20357]', 'Liberty Foot & Ankle', '{64632}', '1', '—', '—', 'Denied 03/24'],
    ['PA-[40110]', '[20498]', 'Metro Spine & Pain', '{72148}', '1', '03/13/25', '04/13/25', 'Issued'],
  ],
});

// ── 5. Authorization form faxed to a vendor, text layer ──
const authForm = lines({
  id: 's80-authform',
  kind: 's80-outside-service-authorization-form-text',
  before: 'Northland PACE — Authorization for Outside Services — fax to vendor',
  text: [
    'Authorization no. PA-[40104]   Issued 03/12/2025   Valid through 09/12/2025',
    'Participant ID: [20290]   DOB 02/14/1938   Dual eligible   Pay source: PACE (do NOT bill Medicare or Medicaid)',
    'Vendor: Kansas City Neurology Associates, 4320 Wornall Rd Ste 440, Kansas City MO [64111]   Vendor no. [10226]',
    'Authorized: chemodenervation, facial nerve muscles, unilateral (CPT {64612}) x 2 sessions, 12 weeks apart.',
    'Drug: onabotulinumtoxinA billed per unit on the same claim; needle EMG guidance ({95874}) is NOT authorized.',
    'Send claims to Northland PACE Claims, PO Box [64612], Kansas City MO [64141] within 90 days of service.',
  ].join('\n'),
});

// ── 6. Referral letter to the pain clinic, text layer ──
const referral = lines({
  id: 's80-referral',
  kind: 's80-pace-pcp-referral-letter-text',
  before: 'Referral — Northland PACE Primary Care to Metro Spine & Pain',
  text: [
    'Dear Dr. Vance, thank you for seeing Ms. Ruth Abernathy (PACE participant [20143]) for left sciatica of 4 months.',
    'The IDT has authorized one ultrasound-guided sciatic nerve block; please bill it as {64445} with {76942} for guidance.',
    'Further treatment, such as sciatic neuroplasty ({64712}), needs a new request and is not covered by this authorization.',
    'She comes by PACE van from Gladstone, MO [64118], so please book her after 10:00.',
    'Fax your note to 816-555-0190 and quote authorization PA-[40102].',
  ].join('\n'),
});

// ── 7. Capitation reconciliation report, table ──
const capRecon = table({
  id: 's80-caprecon',
  kind: 's80-capitation-reconciliation-discrepancy-grid',
  caption: 'Capitation Reconciliation — Contract H2695 — MMR vs. enrollment system — payment month 03/2025',
  headers: ['Ppt ID', 'MBI (last 4)', 'Adj. reason', 'Months', 'Part A/B', 'Part D', 'Medicaid'],
  rows: [
    ['[20219]', 'PX29', '26 (demog. change)', '1', '3118.42', '402.16', '4512.06'],
    ['[21877]', 'LA15', '25 (retro enroll)', '3', '[10642].18', '1206.48', '0.00'],
    ['[22309]', 'JD52', '25 (retro enroll)', '2', '6236.84', '804.32', '9024.12'],
    ['[23990]', 'QT28', '01 (death)', '-2', '-6236.84', '-804.32', '-9024.12'],
    ['[24117]', 'WN61', '07 (RAF change)', '6', '[12331].02', '0.00', '0.00'],
  ],
});

// ── 8. MMR detail (CMS monthly membership report), text layer ──
const mmr = lines({
  id: 's80-mmr',
  kind: 's80-cms-mmr-detail-fields-text',
  before: 'MMR detail — selected fields, one participant per block — payment 202503',
  text: [
    'Contract H2695  Run 20250304  Pmt 202503  MBI 1EG4TE5MK73  Surname ABERNATHY  DOB 19380514',
    'State/County [26230]  FIPS [29047]  NHC 1  Medicaid 1  Frailty 0.173  RAF A 1.482  Adj 00',
    'Contract H2695  Run 20250304  Pmt 202503  MBI 3RT7WQ2LA15  Surname HOLLIS  Adj 25  Months A 3',
    'State/County [26230]  FIPS [29047]  Adj amt A [10642].18  Part D RAF 1.118',
    'Contract H2695  Run 20250304  Pmt 202503  MBI 7PK2XC9HE40  Surname CASTILLO  Adj 00',
    'State/County [26820]  FIPS [29165]  NHC 1  Medicaid 1  Frailty 0.173  RAF A 2.016',
  ].join('\n'),
});

// ── 9. Capitation reconciliation notes, text layer ──
const capNotes = lines({
  id: 's80-capnotes',
  kind: 's80-capitation-reconciliation-notes-text',
  before: 'Finance — reconciliation notes — March 2025',
  text: [
    'Variance for [20219] closed: CMS adjusted the demographic rate in batch [30150]; no action.',
    'MO HealthNet 820 for 03/2025 is short two members ([21877], [22309]); Medicaid redetermination lapsed in January.',
    'Retro enrollment of [21877] paid [10642].18 Part A/B in one adjustment; posted to GL [40257].',
    'Death of [23990] on 01/26 recouped for February and March; funeral-home notice filed.',
    'Member months since contract start: [84102] (MMR) vs [84109] (census); the 7 missing are all 2019 retro cases.',
  ].join('\n'),
});

// ── 10. State Medicaid capitation remittance, X12 820 (decoy only) ──
const x820 = lines({
  id: 's80-x820',
  kind: 's80-medicaid-820-capitation-remit-text',
  before: 'MO HealthNet 820 — PACE capitation remittance — March 2025 (segments trimmed)',
  text: [
    'BPR*I*4871310.42*C*ACH*CCP*01*101000695*DA*4471093*1446000000**01*101000695*DA*88112230*20250301~',
    'TRN*1*[71234]*1446000000~',
    'N1*PE*NORTHLAND PACE*FI*431234567~',
    'ENT*1*2J*EI*[20143]~',
    'RMR*AZ*[20143]**4512.06~',
    'ENT*2*2J*EI*[64714]~',
    'RMR*AZ*[64714]**4512.06~',
    'ADX*-[13536].18*52~',
  ].join('\n'),
});

// ── 11. Encounter data submission table ──
const edsTable = table({
  id: 's80-eds',
  kind: 's80-encounter-data-submission-batch-grid',
  caption: 'Encounter Data Submission — batch ED-2025-03-B — outside vendor claims converted to 837P',
  headers: ['Encounter ID', 'Ppt', 'DOS', 'Proc', 'Mod', 'Dx', 'Rendering NPI', 'Status'],
  rows: [
    ['E25-[70212]', '[20143]', '03/14/2025', '{64445}', 'LT', 'M54.32', '1174839206', 'Accepted'],
    ['E25-[70213]', '[20143]', '03/14/2025', '{76942}', '', 'M54.32', '1174839206', 'Accepted'],
    ['E25-[70214]', '[20290]', '03/19/2025', '{64612}', 'LT', 'G51.3', '1558392047', 'Rejected'],
    ['E25-[70215]', '[22309]', '02/06/2025', '{64455}', 'RT', 'G57.61', '1902837465', 'Accepted'],
    ['E25-[70216]', '[21877]', '03/21/2025', '{64493}', 'RT', 'M47.816', '1174839206', 'Accepted'],
    ['E25-[70217]', '[21877]', '03/21/2025', '{64494}', 'RT', 'M47.816', '1174839206', 'Accepted'],
    ['E25-[70218]', '[20219]', '03/17/2025', '{20610}', 'RT', 'M17.11', '1639204857', 'Pending'],
    ['E25-[70219]', '[20498]', '02/27/2025', '{99204}', '', 'M54.16', '1174839206', 'Accepted'],
    ['E25-[70220]', '[20498]', '04/09/2025', '{64714}', 'LT', 'M54.16', '1174839206', 'Queued'],
  ],
});

// ── 12. 837P to the Encounter Data Front-End System, text layer ──
const x837 = lines({
  id: 's80-x837',
  kind: 's80-eds-837p-encounter-segments-text',
  before: '837P encounter to CMS EDS, participant Castillo (ISA/GS trimmed)',
  text: [
    'NM1*85*2*KANSAS CITY NEUROLOGY ASSOC*****XX*1558392047~',
    'N3*4320 WORNALL RD STE 440~',
    'N4*KANSAS CITY*MO*[64111]~',
    'NM1*IL*1*CASTILLO*MARIA****MI*7PK2XC9HE40~',
    'CLM*NPACE-[70214]*1100***11:B:1*Y*A*Y*Y~',
    'HI*ABK:G513~',
    'LX*1~',
    'SV1*HC:{64612}:LT*1100*UN*1***1~',
    'DTP*472*D8*20250319~',
    'NM1*PR*2*EDSCMS*****PI*[80882]~',
  ].join('\n'),
});

// ── 13. MAO-002 encounter processing status report, table ──
const mao002 = table({
  id: 's80-mao002',
  kind: 's80-mao-002-processing-status-grid',
  caption: 'MAO-002 Encounter Data Processing Status Report — rejected and accepted lines',
  headers: ['ICN', 'Line', 'Proc', 'Status', 'Error', 'Error description'],
  rows: [
    ['2025078123456', '1', '{64612}', 'REJ', '[02256]', 'Beneficiary not enrolled in MAO for DOS'],
    ['2025078123457', '1', '{64445}', 'REJ', '[98325]', 'Service line(s) duplicated'],
    ['2025078123458', '2', '{76942}', 'ACC', '', ''],
    ['2025078123460', '1', '{20610}', 'REJ', '[00025]', 'Date of service after date of receipt'],
    ['2025078123461', '2', '{64494}', 'ACC', '', ''],
    ['2025078123462', '1', '{64455}', 'REJ', '[98300]', 'Exact duplicate encounter'],
  ],
});

// ── 14. Encounter CSV export, text layer ──
const edsCsv = lines({
  id: 's80-edscsv',
  kind: 's80-encounter-export-csv-text',
  before: 'encounter_export_20250415.csv (first rows)',
  text: [
    'ppt_id,dos,line,proc,mod,units,billed',
    '[20143],2025-03-14,1,{64445},LT,1,412.00',
    '[20143],2025-03-14,2,{76942},,1,95.00',
    '[20290],2025-03-19,1,{64612},LT,1,1100.00',
    '[20498],2025-04-09,1,{64714},LT,1,1865.00',
    '[21877],2025-03-21,1,{64493},RT,1,520.00',
    '[22309],2025-02-06,1,{64455},RT,1,240.00',
    '[24117],2025-03-05,1,{92014},,1,160.00',
    '[20219],2025-03-17,1,{20610},RT,1,180.00',
  ].join('\n'),
});

// ── 15. Day-center attendance roster, table (decoy only) ──
const attendance = table({
  id: 's80-attend',
  kind: 's80-day-center-attendance-roster-grid',
  caption: 'Gladstone PACE Center — Attendance — week of 03/10/2025',
  headers: ['Ppt ID', 'Name', 'M', 'T', 'W', 'Th', 'F', 'Route', 'Home ZIP'],
  rows: [
    ['[20143]', 'Abernathy, R.', '✓', '', '✓', '', '✓', 'N-3', '[64118]'],
    ['[20219]', 'Boyd, C.', '✓', '✓', '✓', '✓', '✓', 'N-3', '[64118]'],
    ['[20290]', 'Castillo, M.', '', '✓', '', '✓', '', 'N-1', '[64119]'],
    ['[64714]', 'Dunlap, H.', '✓', '', '✓', '', '', 'N-5', '[64117]'],
    ['[20412]', 'Farris, L.', '✓', '✓', 'absent', '✓', '✓', 'N-1', '[64151]'],
  ],
});

// ── 16. Transportation manifest, table ──
const manifest = table({
  id: 's80-manifest',
  kind: 's80-transportation-route-manifest-grid',
  caption: 'Transportation manifest — Route N-3 — Wed 03/12/2025 — Driver T. Okoye — Van 14',
  headers: ['Trip #', 'Pickup', 'Rider', 'Address', 'ZIP', 'Mobility', 'Destination'],
  rows: [
    ['[50612]', '7:05', 'Boyd, C.', '6012 N Oak Trfy', '[64118]', 'Walker', 'Center'],
    ['[50613]', '7:25', 'Abernathy, R.', '5709 N Highland Ave', '[64118]', 'Walker', 'Center'],
    ['[50614]', '7:50', 'Farris, L.', '8120 N Brighton Ave', '[64119]', 'W/C (lift)', 'Center'],
    ['[64445]', '9:40', 'Abernathy, R.', 'Center', '[64118]', 'Walker', 'Metro Spine & Pain, appt 10:30'],
  ],
});

// ── 17. Home-care aide schedule, table (decoy only) ──
const aideSchedule = table({
  id: 's80-aide',
  kind: 's80-home-care-aide-weekly-schedule-grid',
  caption: 'Home Care — Aide Schedule — week of 03/10/2025 — Zone North',
  headers: ['EVV visit', 'Aide', 'Ppt', 'Day', 'Time', 'Tasks'],
  rows: [
    ['[88214]', 'Pham, L.', '[64714]', 'Mon', '7:00–9:00', 'Bathing, breakfast, meds reminder'],
    ['[88215]', 'Pham, L.', '[64714]', 'Tue', '7:00–9:30', 'Bathing, laundry'],
    ['[88231]', 'Greene, D.', '[20498]', 'Tue', '13:00–15:00', 'Meal prep, transfer assist'],
    ['[64712]', 'Greene, D.', '[21460]', 'Wed', '8:00–10:00', 'Dressing, light housekeeping'],
    ['[88240]', 'Ruiz, M.', '[20357]', 'Thu', '9:00–11:00', 'Foot care reminder, shopping'],
  ],
});

// ── 18. Fall-prevention program report, table ──
const fallReport = table({
  id: 's80-falls',
  kind: 's80-fall-prevention-program-report-grid',
  caption: 'Fall Prevention Program — Q1 2025 — participants with 2 or more falls',
  headers: ['Ppt', 'Falls (90 d)', 'TUG (s)', 'Interventions', 'Svc', 'Referral'],
  rows: [
    ['[20219]', '2', '18.4', 'PT 3x/wk, gait training', '{97110} {97116}', 'None'],
    ['[22671]', '3', '22.0', 'OT home safety eval, grab bars', '{97165}', 'Home mod vendor'],
    ['[20357]', '2', '16.9', 'Painful neuroma R foot limiting gait', '{64455}', 'Liberty Foot & Ankle'],
    ['[24117]', '2', '20.3', 'Vision re-check; cataract', '{92014}', 'Ophthalmology'],
    ['[20498]', '4', '25.7', 'Radicular pain, leg gives way', '{99204}', 'Pain consult; plan {64714}'],
    ['[23051]', '2', '14.8', 'Med review (orthostasis), balance class', '{97530}', 'None'],
  ],
});

// ── 19. Fall-prevention narrative, text layer ──
const fallNarrative = lines({
  id: 's80-fallnote',
  kind: 's80-fall-prevention-quarterly-narrative-text',
  before: 'Fall Prevention Program — quarterly narrative to the QAPI committee',
  text: [
    'Q1: 131 falls among 1,148 participants (11.4 per 100); 19 with injury; one hip fracture (participant [22671]).',
    'Pain-driven falls: two participants went to nerve procedures ({64445}, {64714}) once PT had plateaued.',
    'A third, with a plantar neuroma, is waiting on the appeal of a denied {64632}.',
    'Home safety evaluations done: 31; grab bars installed by vendor no. [10432].',
    'Funded in part by Area Agency on Aging grant no. [50113]; next report due 07/15/2025.',
  ].join('\n'),
});

// ── 20. Appeal of a service denial, prose ──
const appealLetter = lines({
  id: 's80-appeal',
  kind: 's80-participant-appeal-of-denial-letter-text',
  before: 'Appeal of a service determination — from the participant’s designated representative',
  text: [
    'To the Appeals Coordinator, Northland PACE, 2100 NE Vivion Rd, Kansas City, MO [64118]:',
    'I appeal, for my mother Grace Ellison (participant [20357]), the IDT’s denial of request [25034] dated 03/24/2025.',
    'Her podiatrist asked for chemical neurolysis of the nerve between her third and fourth toes (CPT {64632}).',
    'Two steroid injections ({64455}) gave only a few weeks of relief, and she has fallen twice since January.',
    'The denial said an orthopedic opinion was needed; Dr. Haskins saw her on 03/20 and agreed with the plan.',
    'If neurolysis is refused again, the reviewer should consider the excision she was offered ({28080}).',
    'Please write to me at 1815 Clay Dr, Liberty, MO [64068]; your letter reference was [31870].',
  ].join('\n'),
});

// ── 21. Appeal decision notice, text layer ──
const appealDecision = lines({
  id: 's80-appealdec',
  kind: 's80-appeal-decision-notice-text',
  before: 'Notice of Appeal Decision — 42 CFR 460.122',
  text: [
    'Appeal no. AP-[25007]   Participant [20357]   Received 03/27/2025   Decision due 04/26/2025',
    'Reviewer: independent, credentialed in podiatry, not involved in the original determination.',
    'Decision: OVERTURNED. Neurolysis of the plantar common digital nerve ({64632}) is approved x1, authorization PA-[40118].',
    'Excision of the interdigital neuroma ({28080}) is outside this appeal; it may be requested through the IDT.',
    'Copy: Liberty Foot & Ankle, vendor no. [10360], 201 W Kansas St, Liberty MO [64068].',
  ].join('\n'),
});

// ── 22. Vendor network list, table ──
const network = table({
  id: 's80-network',
  kind: 's80-contracted-specialty-network-list-grid',
  caption: 'Contracted Provider Network — Specialty Care — effective 01/01/2025',
  headers: ['Vendor #', 'Provider', 'Specialty', 'ZIP', 'Agreement', 'Main services', 'Rate basis'],
  rows: [
    [
      '[10192]',
      'Metro Spine & Pain, LLC',
      'Interventional pain',
      '[64154]',
      'VA-[64632]',
      '{64445} {64712} {64714} {64493}',
      '110% MCR',
    ],
    [
      '[10226]',
      'Kansas City Neurology Assoc.',
      'Neurology',
      '[64111]',
      'VA-[51204]',
      '{64612} {64615} {95907}',
      '105% MCR',
    ],
    ['[10360]', 'Liberty Foot & Ankle', 'Podiatry', '[64068]', 'VA-[51219]', '{64455} {64632} {11721}', '100% MCR'],
    ['[10217]', 'Northland Orthopedics', 'Orthopedics', '[64116]', 'VA-[49930]', '{20610} {27447}', '105% MCR'],
    ['[10471]', 'Eyecare of the Northland', 'Ophthalmology', '[64119]', 'VA-[52008]', '{92014} {66984}', 'Flat'],
    ['[10432]', 'SafeStep Home Mods', 'Home modification', '[64116]', 'VA-[52230]', 'Grab bars, ramps', 'Per job'],
  ],
});

// ── 23. Pain vendor fee schedule, table ──
const painFees = table({
  id: 's80-painfee',
  kind: 's80-pain-vendor-fee-schedule-grid',
  caption: 'Exhibit A — Fee schedule — Metro Spine & Pain, LLC',
  headers: ['Billed code', 'Description', 'Mod', 'Rate (facility)', 'Rate (office)', 'Auth req.'],
  rows: [
    ['{64445}', 'Inj, sciatic nerve, single', '', '118.20', '205.74', 'Yes'],
    ['{64712}', 'Neuroplasty, sciatic nerve', '', '671.95', '671.95', 'Yes'],
    ['{64714}', 'Neuroplasty, lumbar plexus', '', '594.30', '594.30', 'Yes'],
    ['{64450}', 'Inj, other peripheral nerve or branch', '', '79.11', '133.29', 'Yes'],
    ['{64493}', 'Facet jt inj L/S, single level', '', '196.05', '386.21', 'Yes'],
    ['{64494}', 'Facet jt inj L/S, 2nd level', '', '111.64', '173.08', 'Yes'],
    ['{64635}', 'RF destruction facet L/S, single', '', '380.12', '812.90', 'Yes'],
    ['{64447}', 'Inj, femoral nerve, single', '', '71.40', '118.02', 'Yes'],
    ['{64454}', 'Inj, genicular nerve branches', '', '140.66', '367.15', 'Yes'],
    ['{64624}', 'Destruction, genicular nerve branches', '', '331.70', '742.88', 'Yes'],
    ['{64483}', 'Transforaminal epidural, L/S, single', '', '214.30', '401.96', 'Yes'],
    ['{62323}', 'Interlaminar epidural, L/S, w/ imaging', '', '179.12', '353.40', 'Yes'],
    ['{77003}', 'Fluoroscopic guidance, spinal inj', '26', '28.91', '61.33', 'No'],
    ['{76942}', 'US guidance, needle placement', '26', '32.44', '70.17', 'No'],
    ['{99204}', 'New patient office visit', '', '139.80', '185.06', 'No'],
  ],
});

// ── 24. Podiatry / neurology rate sheet, table ──
const rateSheet = table({
  id: 's80-ratesheet',
  kind: 's80-podiatry-neurology-rate-sheet-grid',
  caption: 'Rate sheet 2025 — Liberty Foot & Ankle and KC Neurology Assoc.',
  headers: ['Item', 'Service', 'PACE rate', 'Cap / yr'],
  rows: [
    ['{64455}', 'Inj plantar common digital nerve', '96.40', '6'],
    ['{64632}', 'Neurolysis, plantar common digital nerve', '182.15', '4'],
    ['{28080}', 'Excision, interdigital (Morton) neuroma', '608.77', '2'],
    ['{11721}', 'Debridement of nails, 6 or more', '51.30', '6'],
    ['{64612}', 'Chemodenervation, facial nerve muscles, unilateral', '240.66', '4'],
    ['{64615}', 'Chemodenervation for chronic migraine', '225.19', '4'],
    ['{95874}', 'Needle EMG guidance with chemodenervation', '48.02', '4'],
  ],
});

// ── 25. Outside claims payment register, table ──
const claimsPaid = table({
  id: 's80-claimspaid',
  kind: 's80-outside-claims-check-run-register-grid',
  caption: 'Claims paid — outside providers — check run 03/28/2025',
  headers: ['Claim #', 'Ppt', 'Detail', 'Billed', 'Paid', 'Check #'],
  rows: [
    ['C25-[31042]', '[20143]', '{64445}-LT', '412.00', '205.74', '[71856]'],
    ['C25-[31043]', '[20143]', '{76942}', '95.00', '70.17', '[71856]'],
    ['C25-[31044]', '[20290]', '{64612}-LT', '1,100.00', '240.66', '[71857]'],
    ['C25-[31045]', '[22309]', '{64455}-RT', '240.00', '96.40', '[71858]'],
    ['C25-[31046]', '[21877]', '{64493}, {64494}', '780.00', '559.29', '[71856]'],
    ['C25-[64445]', '[20219]', '{20610}-RT', '180.00', '66.12', '[71859]'],
  ],
});

// ── 26. QAPI outside utilization, table ──
const qapi = table({
  id: 's80-qapi',
  kind: 's80-qapi-outside-procedure-utilization-grid',
  caption: 'QAPI — outside specialty utilization — top procedures — Q1 2025',
  headers: ['Rank', 'Procedure', 'Description', 'Requests', 'Approved', 'Paid'],
  rows: [
    ['1', '{20610}', 'Arthrocentesis, major joint', '41', '41', '$2,711'],
    ['2', '{64445}', 'Sciatic nerve block, single', '17', '16', '$3,292'],
    ['3', '{64493}', 'Lumbar facet injection', '14', '12', '$4,634'],
    ['4', '{64612}', 'Chemodenervation, facial nerve', '9', '9', '$2,166'],
    ['5', '{64455}', 'Plantar digital nerve injection', '8', '8', '$771'],
    ['6', '{64632}', 'Plantar digital nerve neurolysis', '3', '1', '$182'],
    ['7', '{64714}', 'Neuroplasty, lumbar plexus', '2', '1', '$594'],
    ['8', '{64712}', 'Neuroplasty, sciatic nerve', '1', '0', '$0'],
  ],
});

// ── 27. Participant face sheet, text layer ──
const faceSheet = lines({
  id: 's80-face',
  kind: 's80-participant-face-sheet-text',
  before: 'Participant Face Sheet — Northland PACE',
  text: [
    'Participant ID [20290]   Enrolled 06/01/2022   Center: Gladstone   PCP: Dr. A. Reyes',
    'Home: 3307 NE 72nd St, Gladstone MO [64119]   Emergency contact: son, 816-555-0118',
    'Medicaid DCN 10473229   MBI 7PK2XC9HE40   Contract H2695 PBP 001   Level of care: nursing facility',
    'Active outside authorizations: chemodenervation {64612} (KC Neurology); audiology {92557}',
    'Advance directive on file; POST form no. [33815]; preferred hospital North Kansas City Hospital',
  ].join('\n'),
});

// ── 28. Primary care progress note, text layer ──
const pcpNote = lines({
  id: 's80-pcpnote',
  kind: 's80-pace-clinic-progress-note-text',
  before: 'PACE clinic — progress note — R. Abernathy — 03/21/2025',
  text: [
    'S: had the L sciatic block ({64445}) on 03/14; about 60% relief for 5 days, now back to baseline.',
    'O: SLR positive on the L at 40°; strength 5/5; walker; TUG 19 s.',
    'A/P: L sciatica with a short response to the block. Dr. Vance suggests sciatic neuroplasty {64712}; to IDT 03/25.',
    'Lumbar MRI ({72148}) 02/2024 showed L5-S1 foraminal narrowing; ask whether a transforaminal injection {64483} fits.',
    'Follow-up in 4 weeks; participant and daughter (Liberty, [64068]) agree with the plan.',
  ].join('\n'),
});

// ── 29. HL7 DFT from the pain clinic, text layer ──
const hl7 = lines({
  id: 's80-hl7',
  kind: 's80-hl7-dft-vendor-charge-message-text',
  before: 'Interface inbox — DFT^P03 from Metro Spine & Pain',
  text: [
    'MSH|^~\\&|METROSPINE|MSP|NPACE_EHR|NPACE|20250314113000||DFT^P03|MSG[70221]|P|2.5.1',
    'PID|1||[20143]^^^NPACE^MR||ABERNATHY^RUTH||19380514|F|||5709 N HIGHLAND AVE^^GLADSTONE^MO^[64118]',
    'FT1|1|||20250314||CG|{64445}^INJ SCIATIC NERVE SINGLE^CPT|||1|||||||||M54.32',
    'FT1|2|||20250314||CG|{76942}^US GUIDE NEEDLE PLACEMENT^CPT|||1',
    'IN1|1|H2695|[40102]|NORTHLAND PACE|PO BOX [64612]^^KANSAS CITY^MO^[64141]',
  ].join('\n'),
});

// ── 30. Authorization request JSON (care management platform), text layer ──
const sdrJson = lines({
  id: 's80-sdrjson',
  kind: 's80-sdr-api-json-payload-text',
  before: 'GET /api/sdr — response body (pretty-printed)',
  text: [
    '"participantId": "[20498]",',
    '"sdrNumber": "[25035]",',
    '"requestedService": {"code": "{64714}", "system": "CPT", "display": "Neuroplasty, lumbar plexus"},',
    '"alternativesDiscussed": ["{64483}", "{62323}"],',
    '"vendorNo": "[10192]",',
    '"pickupZip": "[64157]",',
    '"decision": "approved", "extensionDays": 14',
  ].join('\n'),
});

// ── 31. Authorization XML to the vendor portal, text layer ──
const authXml = lines({
  id: 's80-authxml',
  kind: 's80-vendor-portal-authorization-xml-text',
  before: 'Vendor portal upload — authorization (XML)',
  text: [
    '<Authorization number="[40118]" participant="[20357]" vendor="[10360]">',
    '  <Service cpt="{64632}" units="1" laterality="RT"/>',
    '  <Service cpt="{76942}" units="1"/>',
    '  <ShipTo zip="[64068]"/>',
    '</Authorization>',
  ].join('\n'),
});

// ── 32. Therapy vendor rates, table ──
const therapyRates = table({
  id: 's80-therapy',
  kind: 's80-home-therapy-vendor-rate-grid',
  caption: 'Contracted home therapy (PT / OT) — per-unit rates — used when the center gym is closed',
  headers: ['CPT/HCPCS', 'Description', 'Unit', 'Rate'],
  rows: [
    ['{97161}', 'PT evaluation, low complexity', 'visit', '92.10'],
    ['{97162}', 'PT evaluation, moderate complexity', 'visit', '92.10'],
    ['{97165}', 'OT evaluation, low complexity', 'visit', '94.35'],
    ['{97110}', 'Therapeutic exercise', '15 min', '27.60'],
    ['{97116}', 'Gait training', '15 min', '24.85'],
    ['{97530}', 'Therapeutic activities', '15 min', '36.20'],
    ['{97542}', 'Wheelchair management training', '15 min', '30.15'],
    ['{97750}', 'Physical performance test', '15 min', '31.40'],
  ],
});

// ── 33. Pain management plan, bulleted list ──
const painPlan = lines({
  id: 's80-painplan',
  kind: 's80-idt-pain-plan-bulleted-list-text',
  before: 'Care plan — problem: chronic pain — interventions (outside specialty)',
  text: [
    '• Sciatic nerve block, L — {64445} — done 03/14, short relief',
    '• Sciatic neuroplasty — {64712} — proposed; to IDT 03/25',
    '• Lumbar plexus neuroplasty — {64714} — not a fit (pain is sciatic, not plexus)',
    '• Transforaminal epidural L5-S1 — {64483} — ask Dr. Vance',
    '• Facet injections L4-5 — {64493} / {64494} — not indicated now',
    '• PT: gait and balance ({97116}, {97530}) 2x/wk continuing',
    '• Review at next quarterly reassessment (participant [20143])',
  ].join('\n'),
});

// ── 34. Pain clinic procedure summary returned to PACE, text layer ──
const procSummary = lines({
  id: 's80-procsum',
  kind: 's80-vendor-procedure-summary-text',
  before: 'Metro Spine & Pain — Procedure summary for referring PACE',
  text: [
    'Patient: Abernathy, Ruth   Referring: Northland PACE   Auth PA-[40102]',
    'Procedure: L sciatic nerve block, subgluteal approach, ultrasound guided',
    'Codes: {64445}-LT, {76942}-26; no fluoroscopy ({77002} not billed)',
    'Medication: bupivacaine 0.25% 15 mL with dexamethasone 4 mg; no complications.',
    'Plan: if relief < 4 weeks, consider {64712}; Dr. Vance will send a new request.',
  ].join('\n'),
});

// ── 35. Meal program menu, text layer (decoy only) ──
const menu = lines({
  id: 's80-menu',
  kind: 's80-day-center-cycle-menu-text',
  before: 'Week 2 cycle menu — Gladstone center — regular, carb-controlled and mechanical-soft versions',
  text: [
    'Mon: baked chicken, mashed sweet potato, green beans — recipe [40612] — 520 kcal, Na 640 mg',
    'Tue: turkey meatloaf, parsley potatoes, glazed carrots — recipe [40683] — 560 kcal',
    'Wed: vegetable beef soup, half turkey sandwich, applesauce — recipe [40700] — 480 kcal',
    'Thu: baked cod, rice pilaf, peas — recipe [64632] — 500 kcal; soft version minced',
    'Fri: chicken and dumplings, coleslaw, fruit cup — recipe [41122] — 590 kcal',
  ].join('\n'),
});

// ── 36. Food vendor invoice lines, table (decoy only) ──
const invoiceLines = table({
  id: 's80-invlines',
  kind: 's80-food-vendor-invoice-lines-grid',
  caption: 'Invoice detail',
  headers: ['Item no.', 'Description', 'Pack', 'Qty', 'Unit price', 'Ext.'],
  rows: [
    ['[40431]', 'Chicken breast, boneless, IQF', '4/10 lb', '6', '88.40', '530.40'],
    ['[40435]', 'Cod fillet 4 oz', '10 lb', '3', '71.25', '213.75'],
    ['[52714]', 'Thickened water, nectar', '24/32 oz', '4', '46.10', '184.40'],
    ['[52716]', 'Oral supplement, vanilla', '24/8 oz', '10', '31.80', '318.00'],
    ['[60192]', 'Sweet potato, mashed, frozen', '6/4 lb', '5', '29.95', '149.75'],
  ],
});

// ── 37. Staff training log, table (decoy only) ──
const training = table({
  id: 's80-training',
  kind: 's80-staff-annual-training-log-grid',
  caption: 'Annual competency and training log — 2025 — PACE center staff',
  headers: ['Emp ID', 'Staff', 'Role', 'Course', 'Course ID', 'Completed', 'Score'],
  rows: [
    ['[30401]', 'Okoye, T.', 'Driver', 'Wheelchair securement', '[70476]', '02/03/2025', 'Pass'],
    ['[30408]', 'Pham, L.', 'Home care aide', 'Safe transfers', '[70477]', '02/10/2025', '96%'],
    ['[64445]', 'Greene, D.', 'Home care aide', 'Dementia care basics', '[70495]', '02/11/2025', '92%'],
    ['[30436]', 'Reyes, A.', 'PCP', 'Participant rights and appeals', '[64714]', '01/22/2025', 'Pass'],
    ['[30460]', 'Ruiz, M.', 'Home care aide', 'HIPAA refresher', '[70500]', '01/30/2025', '100%'],
  ],
});

export const sealed80: Snippet[] = [
  ...idtSheet,
  ...idtMinutes,
  ...sdrLog,
  ...authLog,
  ...authForm,
  ...referral,
  ...capRecon,
  ...mmr,
  ...capNotes,
  ...x820,
  ...edsTable,
  ...x837,
  ...mao002,
  ...edsCsv,
  ...attendance,
  ...manifest,
  ...aideSchedule,
  ...fallReport,
  ...fallNarrative,
  ...appealLetter,
  ...appealDecision,
  ...network,
  ...painFees,
  ...rateSheet,
  ...claimsPaid,
  ...qapi,
  ...faceSheet,
  ...pcpNote,
  ...hl7,
  ...sdrJson,
  ...authXml,
  ...therapyRates,
  ...painPlan,
  ...procSummary,
  ...menu,
  ...invoiceLines,
  ...training,
];
