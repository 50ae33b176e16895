import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 53 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s53-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes
 * (infusion 96360–96417, radiation oncology 77xxx, neurolysis 64680/64681, chemodenervation 64616/64644) are labelled
 * as codes too. About a third of the decoys are numbers of the synthetic 10,000-code set (KNOWN_10K) used as MRNs,
 * ZIPs, accumulator packages, grant ids, batch numbers, lots and prices. Internal CDM numbers, lab test numbers and
 * protocol numbers sit next to CPT columns as decoys. The five known codes' digits come back as decoys: an MRN, an
 * account number, an 835 claim suffix, a payer PO box, a foundation grant id, a duplicate account, a portal visit id
 * and a trial subject id.
 *
 * Family: oncology, infusion and radiation oncology centers, around nerve procedures for cancer pain and
 * chemotherapy-induced neuropathy: infusion chair board and charge capture (hydration, chemo administration, J-codes
 * with units, NDCs, lots, JW/JZ waste), a 340B split-billing report (JG/TB), a pathway compliance dashboard, tumor
 * board minutes, a radiation treatment summary and charge sheet, a cancer pain procedure log and note (sciatic and
 * lumbar plexus blocks and neuroplasty, neurolysis, chemodenervation for post-radiation spasm), prior-auth request,
 * denial letter and XML response, a specialty pharmacy referral, an EOB, an 835 remit, an HL7 DFT message, a charge
 * API JSON body, a chargemaster extract, a coder work queue with vague headers, UB-04 lines, a CIPN clinic note, a
 * good faith estimate, an A/R denial list, a clinical-trial billing grid and screening log, a navigator note, a copay
 * foundation tracker, plus the decoy-only pages around them: patient portal appointments, a lab requisition and a
 * survivorship clinic directory with ZIPs.
 * Built on real public layouts: ASCO/NCCN-style pathway dashboards, CMS-1500 item 24 and UB-04 FL 42–47 lines, the
 * 340B JG/TB modifiers, X12 835 CLP/SVC/CAS segments, HL7 v2 DFT^P03 FT1 segments, Medicare coverage analysis
 * billing grids (Q0/Q1), the NCI trial id shape (NCI-YYYY-NNNNN) and No Surprises Act good faith estimates. The others
 * are written the way those pages read, with no single source.
 *
 * 329 labelled tokens over 33 shapes: 124 codes, 205 decoys, 77 of the decoys in KNOWN_10K.
 */

// ── 1. Infusion chair schedule (day view), scheduling grid ──
const chairSched = table({
  id: 's53-chairs',
  kind: 's53-infusion-chair-schedule-grid',
  caption: 'Infusion Center — Chair Board — Thu 11/13/2025 — Riverside Cancer Institute, Suite 200',
  headers: ['Chair', 'Time', 'Patient', 'MRN', 'Regimen', 'Planned admin', 'Est. min', 'RN'],
  rows: [
    ['1', '07:30', 'Alvarez, M.', '[30092]', 'FOLFOX C4D1', '{96413} {96415} {96417}', '240', 'JT'],
    ['2', '08:00', 'Brooks, T.', '[48038]', 'Pembrolizumab q3w', '{96413}', '45', 'KL'],
    ['3', '08:00', 'Cho, D.', '[27016]', 'NS 1 L hydration', '{96360} {96361}', '120', 'JT'],
    ['4', '08:30', 'Dunn, R.', '[81544]', 'Zoledronic acid', '{96365}', '30', 'AP'],
    ['5', '09:15', 'Evans, P.', '[60028]', 'Paclitaxel/carboplatin C2', '{96413} {96415} {96417}', '300', 'KL'],
    ['6', '10:00', 'Foster, L.', '[19004]', 'Iron sucrose', '{96365} {96366}', '90', 'AP'],
    ['7', '11:30', 'Garcia, J.', '[64712]', 'Pump d/c (5-FU 46 h)', '{96523}', '15', 'JT'],
  ],
});

// ── 2. Infusion charge capture, CMS-1500-like lines with J-codes, units and NDCs ──
const infCharge = table({
  id: 's53-infchg',
  kind: 's53-infusion-charge-capture-lines',
  caption: 'Charge Capture — Alvarez, M. — DOS 11/13/2025 — encounter [75036] — FOLFOX C4D1',
  headers: ['CPT/HCPCS', 'Mod', 'Units', 'NDC', 'Lot', 'Charge', 'Start–Stop'],
  rows: [
    ['{96413}', '', '1', '', '', '412.00', '08:05–09:05'],
    ['{96415}', '', '1', '', '', '88.00', '09:05–10:05'],
    ['{96417}', '', '1', '', '', '196.00', '10:10–10:40'],
    ['{96375}', '', '2', '', '', '134.00', '07:50, 07:58'],
    ['J9263', 'JZ', '170', '[00409]-2299-10', 'BX[55024]', '2380.00', 'oxaliplatin 1 mg'],
    ['J0640', 'JZ', '16', '[63323]-0711-00', '[70032]A', '312.00', 'leucovorin 50 mg'],
    ['J9190', 'JW', '2', '[63323]-0117-10', 'L[43077]', '24.00', 'fluorouracil wasted'],
    ['J2469', '', '10', '[62756]-0357-01', '[10061]', '96.00', 'palonosetron 25 mcg'],
  ],
});

// ── 3. Infusion nursing note with times (EHR text) ──
const infNote = lines({
  id: 's53-infnote',
  kind: 's53-infusion-nursing-flowsheet-text',
  before: 'Infusion Nursing Note — Evans, P. — Chair 5 — C2D1 paclitaxel/carboplatin',
  text: [
    'Port accessed 09:20, brisk blood return; labs drawn from port ({36591}). CBC/CMP resulted, ANC 2.1.',
    'Premeds 09:40: dexamethasone 20 mg IVP, diphenhydramine 25 mg IVP, famotidine 20 mg IVP (IV push x3).',
    'Paclitaxel 175 mg/m2 started 10:05, completed 13:05 — initial chemo hr + 2 addl hrs.',
    'Carboplatin AUC 5 started 13:10, completed 13:40 (sequential infusion). Lot [80011]-B, exp 04/2027.',
    'Pt reports numbness both feet grade 1; navigator aware. Pharmacy ticket [98046]. Discharged 13:55 ambulatory.',
  ].join('\n'),
});

// ── 4. 340B split-billing report (JG/TB modifiers) ──
const split340b = table({
  id: 's53-340b',
  kind: 's53-340b-split-billing-report',
  caption: '340B Split-Billing Accumulation — October 2025 — Entity ID DSH[36012] — Medicare lines',
  headers: ['Acct', 'Payer', 'HCPCS', 'Mod', 'Admin code', 'Billed units', 'Accum. pkg', 'Ship-to ZIP'],
  rows: [
    ['[44102]', 'Medicare B', 'J9271', 'TB', '{96413}', '200', '[30065]', '[43215]'],
    ['[44117]', 'Medicare B', 'J9045', 'TB', '{96415}', '60', '[30109]', '[43215]'],
    ['[44130]', 'MA – Humana', 'J9306', 'JG', '{96413}', '420', '[30111]', '[43215]'],
    ['[44141]', 'Medicare B', 'J1442', 'TB', '{96372}', '480', '[30118]', '[43219]'],
    ['[44158]', 'Commercial', 'J9299', '', '{96413}', '480', '[30143]', '[43219]'],
    ['[44165]', 'Medicare B', 'Q5107', 'TB', '{96365}', '40', '[30150]', '[43219]'],
  ],
});

// ── 5. Oncology pathway compliance dashboard ──
const pathway = table({
  id: 's53-pathway',
  kind: 's53-pathway-compliance-dashboard',
  caption: 'Clinical Pathways — On-Pathway Rate by Disease — Q3 2025 (ASCO/NCCN-aligned)',
  headers: ['Disease / line', 'Pathway node', 'Decisions', 'On pathway', 'Rate', 'Variance reason', 'Node ID'],
  rows: [
    ['NSCLC, 1L non-squamous', 'Pembro + pemetrexed + carbo', '148', '131', '88.5%', 'Trial enrollment', '[10023]'],
    ['Breast HR+/HER2-, met 1L', 'AI + CDK4/6i', '212', '197', '92.9%', 'Payer step edit', '[10032]'],
    ['Colon, adjuvant stage III', 'CAPOX 3 mo / FOLFOX', '76', '70', '92.1%', 'Neuropathy → dose drop', '[10074]'],
    [
      'CIPN, refractory pain',
      'Duloxetine → pain clinic referral',
      '41',
      '33',
      '80.5%',
      'Nerve block ({64445}) first',
      '[10088]',
    ],
    ['Bone mets, uncomplicated', 'SBRT single fx vs 8 Gy x1', '95', '81', '85.3%', '30 Gy/10 chosen', '[10120]'],
    ['Total', '', '[12204]', '[11015]', '90.3%', '', ''],
  ],
});

// ── 6. Tumor board minutes (prose) ──
const tumorBoard = lines({
  id: 's53-tb',
  kind: 's53-tumor-board-minutes-text',
  before: 'Multidisciplinary Tumor Board — GI/Sarcoma — 11/12/2025 — minutes',
  text: [
    'Case 1: 58F, retroperitoneal liposarcoma recurrence encasing the lumbar plexus, MRN [92061]. Outside slides reviewed (consult {88321}).',
    'Discussion: pain 8/10 L thigh despite methadone; pain service proposes lumbar plexus neuroplasty {64714} at time of debulking vs CT-guided neurolysis.',
    'Radiation: preop RT 50 Gy/25 fx with IMRT ({77385}) if resectable; surgical oncology to decide by 11/19.',
    'Case 2: 71M, sacral chordoma, sciatic pain; proposed sciatic nerve block {64445} as bridge, then sciatic neuroplasty {64712} with resection.',
    'Case 3: 49F, NSCLC stage IV, NCT05502237 screening; no procedure. Attendance: 14 physicians, 3 RNs, 2 coders; conference ID [94017].',
  ].join('\n'),
});

// ── 7. Radiation oncology treatment summary (end-of-treatment letter) ──
const rtSummary = lines({
  id: 's53-rtsum',
  kind: 's53-radiation-treatment-summary-letter',
  before: 'Radiation Oncology — End of Treatment Summary — Lakeshore Radiation Center',
  text: [
    'Patient: Hollis, Grace   MRN [77022]   Course C1   Site: L pelvis / lumbar plexus region',
    'Technique: IMRT, 6 MV, daily CBCT. Prescription 45 Gy in 25 fractions, boost 9 Gy in 5 (total 54 Gy / 30).',
    'Planning: CT simulation {77334}-level devices x3, IMRT plan {77301}, weekly physics {77336}, port films.',
    'Tolerance: grade 2 radiation dermatitis; new L gastrocnemius spasm after week 4 — referred for chemodenervation.',
    'Follow-up 6 weeks with MRI. Copy to Dr. Iyer, 900 Harbor Way, Port Clinton OH [43452].',
  ].join('\n'),
});

// ── 8. Radiation oncology charge sheet (77xxx) ──
const rtCharge = table({
  id: 's53-rtchg',
  kind: 's53-radiation-oncology-charge-sheet',
  caption: 'Rad Onc Charge Sheet — Hollis, Grace — course C1 — Mosaiq export — batch [77017]',
  headers: ['Date', 'Proc', 'Description', 'Qty', 'Fx #', 'Physician', 'Chg ID'],
  rows: [
    ['09/02/2025', '{77263}', 'Clinical treatment planning, complex', '1', '—', 'Iyer', '[50311]'],
    ['09/03/2025', '{77290}', 'Simulation, complex', '1', '—', 'Iyer', '[50312]'],
    ['09/05/2025', '{77301}', 'IMRT plan', '1', '—', 'Iyer', '[50313]'],
    ['09/05/2025', '{77338}', 'MLC device(s) for IMRT', '1', '—', 'Iyer', '[50314]'],
    ['09/08/2025', '{77386}', 'IMRT delivery, complex', '5', '1–5', 'Iyer', '[50320]'],
    ['09/12/2025', '{77427}', 'Radiation treatment management, 5 tx', '1', '5', 'Iyer', '[50325]'],
    ['09/12/2025', '{77336}', 'Continuing medical physics consult', '1', '—', 'physics', '[50326]'],
    ['09/15/2025', '{77014}', 'CT guidance for field placement', '5', '6–10', 'Iyer', '[50331]'],
  ],
});

// ── 9. Cancer pain clinic procedure log ──
const painLog = table({
  id: 's53-painlog',
  kind: 's53-cancer-pain-procedure-log',
  caption: 'Cancer Pain Service — Procedure Log — November 2025 — Room 4 (fluoro/US)',
  headers: ['Date', 'Patient', 'Acct', 'Indication', 'Procedure', 'Code', 'Guidance', 'Attending'],
  rows: [
    [
      '11/03',
      'Hollis, G.',
      '[85032]',
      'Tumour pain, L lumbar plexus',
      'Lumbar plexus neuroplasty (OR, w/ debulk)',
      '{64714}',
      '—',
      'Patel',
    ],
    [
      '11/04',
      'Moreno, A.',
      '[85039]',
      'Chordoma, sciatic pain',
      'Sciatic nerve block, single shot',
      '{64445}',
      'US {76942}',
      'Lin',
    ],
    ['11/06', 'Kaur, S.', '[85052]', 'Pancreatic CA, epigastric', 'Celiac plexus neurolysis', '{64680}', 'CT', 'Patel'],
    ['11/07', 'Moreno, A.', '[85039]', 'Sciatic entrapment by tumour', 'Sciatic neuroplasty', '{64712}', '—', 'Lin'],
    [
      '11/10',
      'Ward, B.',
      '[85080]',
      'CIPN, Morton-type forefoot pain',
      'Plantar common digital nerve destruction',
      '{64632}',
      'US',
      'Lin',
    ],
    [
      '11/12',
      'Price, E.',
      '[85082]',
      'Post-RT hemifacial spasm',
      'Chemodenervation, facial nerve muscles',
      '{64612}',
      'EMG',
      'Patel',
    ],
    [
      '11/13',
      'Ito, K.',
      '[85087]',
      'Rectal CA, pelvic pain',
      'Superior hypogastric plexus neurolysis',
      '{64681}',
      'fluoro',
      'Patel',
    ],
  ],
});

// ── 10. Pain procedure note (free text) ──
const painNote = lines({
  id: 's53-painnote',
  kind: 's53-pain-procedure-note-text',
  before: 'Procedure Note — Cancer Pain Service — Moreno, Antonio — 11/04/2025',
  text: [
    'Procedure: right sciatic nerve block, subgluteal approach, single injection. CPT {64445}; US guidance bundled? No — report {76942} separately per payer.',
    'Indication: sacral chordoma with radicular/sciatic pain, NRS 9/10, opioid-limited by delirium.',
    '20 mL 0.25% bupivacaine with dexamethasone 4 mg. Lot [48025]-C. No paresthesia, no heme.',
    'Plan: if >50% relief x 2 weeks, proceed to open sciatic neuroplasty ({64712}) with tumour resection on 11/07.',
    'Patient weight 61 kg; ASA 3. Account [64714] (note: account number, not a code).',
  ].join('\n'),
});

// ── 11. Chemodenervation log for post-radiation spasm (botulinum toxin) ──
const chemoden = table({
  id: 's53-btx',
  kind: 's53-post-radiation-chemodenervation-log',
  caption: 'Botulinum Toxin Log — Survivorship Neurology — vial tracking',
  headers: ['Date', 'Pt', 'Target', 'Dose (U)', 'Waste (U)', 'Bill', 'HCPCS', 'Vial lot'],
  rows: [
    [
      '10/14',
      'Price, E.',
      'L orbicularis oculi / zygomaticus (post-RT)',
      '35',
      '65',
      '{64612}',
      'J0585 x35 + JW x65',
      'C[63024]C4',
    ],
    ['10/21', 'Hollis, G.', 'L gastrocnemius / soleus (post-RT)', '200', '0', '{64644}', 'J0585 x200', 'C[63027]C4'],
    [
      '10/28',
      'Nash, R.',
      'Neck, cervical (post-RT fibrosis)',
      '150',
      '50',
      '{64616}',
      'J0585 x150 + JW x50',
      'C[63032]C4',
    ],
    ['11/12', 'Price, E.', 'L facial (repeat)', '35', '65', '{64612}', 'J0585 x35 + JW x65', 'C[63046]C4'],
    ['11/12', 'Price, E.', 'EMG guidance', '—', '—', '{95874}', '—', '—'],
  ],
});

// ── 12. Prior-auth request for an oncology procedure (payer portal form text) ──
const paReq = lines({
  id: 's53-pareq',
  kind: 's53-oncology-prior-auth-request-form',
  before: 'Prior Authorization Request — Outpatient Procedure — eviCore-style web form',
  text: [
    'Member ID: XJH-[90140]-66   Group: [60022]   DOB: 07/19/1954',
    'Requesting provider NPI 1457392018   Servicing facility: Riverside ASC, Toledo OH [43606]',
    'Procedure code(s): {64714}, {64445}   Units: 1 each   ICD-10: C48.0, G89.3',
    'Clinical summary: retroperitoneal sarcoma with lumbar plexus involvement; failed oral opioids and gabapentin.',
    'Requested dates: 11/17/2025 – 02/15/2026   Urgent: No   Reference: PA[19010]',
  ].join('\n'),
});

// ── 13. Prior-auth determination / denial letter ──
const paDenial = lines({
  id: 's53-padeny',
  kind: 's53-prior-auth-denial-letter',
  before: 'Notice of Adverse Benefit Determination — Utilization Management',
  text: [
    'Case number: UM-2025-[27104]   Member: Moreno, Antonio',
    'We reviewed your request for sciatic nerve neuroplasty ({64712}-RT). This request is not approved.',
    'Reason: the records do not show imaging of nerve compression; the procedure may be reconsidered with MRI.',
    'The related sciatic block ({64445}) was approved under case [27105] for 1 unit.',
    'Appeal within 180 days to: Appeals Unit, PO Box [64632], Kansas City MO [64121].',
  ].join('\n'),
});

// ── 14. Specialty pharmacy referral (fax cover + referral form) ──
const specRx = lines({
  id: 's53-specrx',
  kind: 's53-specialty-pharmacy-referral-fax',
  before: 'Specialty Pharmacy Referral — Oral Oncology — fax to Accredo Oncology',
  text: [
    'Patient: Brooks, Terrence   DOB 02/11/1961   Ins member [94105]-01   BIN 610014   PCN ONC',
    'Drug: capecitabine 500 mg tabs, #112, 2 refills   NDC [00004]-1101-50   Days supply 21',
    'Copay foundation grant ID [96017] (PAN Foundation, colorectal fund) attached.',
    'Ship to: 4418 Oakmont Dr, Sylvania OH [43560]   Phone 419-555-0147 (call before shipping).',
    'Prescriber DEA on file. Referral tracking #[55113]; prior auth approved through 05/2026.',
  ].join('\n'),
});

// ── 15. Oncology EOB (member-facing) ──
const eob = table({
  id: 's53-eob',
  kind: 's53-oncology-member-eob-table',
  caption: 'Explanation of Benefits — claim [20118]447 — Riverside Cancer Institute — 10/16/2025',
  headers: ['Service', 'Code', 'Billed', 'Allowed', 'Plan paid', 'You owe', 'Note'],
  rows: [
    ['Chemo infusion, first hour', '{96413}', '412.00', '236.10', '188.88', '47.22', 'A1'],
    ['Chemo infusion, each addl hour', '{96415}', '88.00', '51.40', '41.12', '10.28', 'A1'],
    ['Hydration, first hour', '{96360}', '150.00', '0.00', '0.00', '0.00', 'Bundled [97003]'],
    ['Nerve block, sciatic', '{64445}', '720.00', '142.65', '114.12', '28.53', ''],
    ['Drug: pembrolizumab 200 mg', 'J9271', '[21880].00', '[11287].40', '9029.92', '2257.48', 'A1'],
  ],
});

// ── 16. 835 remittance (X12 text) ──
const remit = lines({
  id: 's53-835',
  kind: 's53-oncology-835-remit-segments',
  before: 'ERA 835 — payer Buckeye Health Plan — check EFT 800493321',
  text: [
    'CLP*[43021]-A*1*2480*1844.55*320*MC*9925-[64712]*11~',
    'SVC*HC:{96413}*412*236.1**1~',
    'DTM*472*20251016~',
    'SVC*HC:{96415}*88*51.4**1~',
    'SVC*HC:{64445}:RT*720*142.65**1~',
    'CAS*CO*45*577.35~',
    'SVC*HC:{64714}*1850*0**1~',
    'CAS*CO*197*1850~',
    'LQ*HE*N[43035]~',
    'N4*TOLEDO*OH*[43604]~',
  ].join('\n'),
});

// ── 17. Clinical-trial billing grid (routine cost vs research) ──
const ctGrid = table({
  id: 's53-ctgrid',
  kind: 's53-clinical-trial-billing-grid',
  caption: 'Coverage Analysis / Billing Grid — NCT05817322 protocol ONC-[23118] — Arm B, Cycle 1',
  headers: ['Item', 'Code', 'Screening', 'C1D1', 'C1D8', 'C1D15', 'Billing'],
  rows: [
    ['Office visit, est', '{99214}', 'X', 'X', '', 'X', 'Routine – bill insurer (Q1)'],
    ['CBC w/ diff', '{85025}', 'X', 'X', 'X', 'X', 'Routine – Q1'],
    ['CMP', '{80053}', 'X', 'X', 'X', 'X', 'Routine – Q1'],
    ['Study drug infusion', '{96413}', '', 'X', 'X', 'X', 'Routine admin – Q1; drug by sponsor'],
    ['PK draws', '{36415}', '', 'X', 'X', '', 'Research – sponsor (Q0 not billed)'],
    ['Nerve conduction (CIPN endpoint)', '{95910}', 'X', '', '', 'X', 'Research – sponsor'],
    ['Sciatic block for protocol pain mgmt', '{64445}', '', '', '', 'X', 'Routine if indicated – Q1'],
    ['Sponsor budget line', '[55102]', '', '', '', '', 'Internal ref only'],
  ],
});

// ── 18. Oncology nurse navigator note ──
const navNote = lines({
  id: 's53-nav',
  kind: 's53-nurse-navigator-note-text',
  before: 'Oncology Nurse Navigator — Telephone Encounter — 11/10/2025',
  text: [
    'Called pt re: worsening foot pain/numbness (CIPN grade 2). Podiatry + pain clinic referral placed (ref [70016]).',
    'Pain clinic may offer digital nerve ablation (they mentioned {64632}) — explained what to expect.',
    'Transportation: ACS Road to Recovery ride booked, ride ID [75051]. Lives in Maumee, ZIP [43537].',
    'Financial: copay card from manufacturer exhausted; referred to financial counselor. 15 min.',
    'Pt asked about the "{64612}" on her sister\'s bill — that was the botox for facial spasm; told her to ask coding.',
  ].join('\n'),
});

// ── 19. Financial counseling: copay assistance foundation tracker ──
const copay = table({
  id: 's53-copay',
  kind: 's53-copay-assistance-foundation-tracker',
  caption: 'Financial Counseling — Foundation Grants — open cases',
  headers: ['Patient', 'Fund', 'Grant ID', 'Award', 'Remaining', 'Renew by', 'Counselor'],
  rows: [
    ['Brooks, T.', 'PAN – Colorectal', '[96017]', '7,500', '5,212.40', '03/2026', 'Ramos'],
    ['Evans, P.', 'HealthWell – Ovarian', '[92042]', '[10000]', '8,740.00', '06/2026', 'Ramos'],
    ['Alvarez, M.', 'CancerCare Co-Pay', '[92046]', '[15000]', '[14212].55', '01/2026', 'Bui'],
    ['Price, E.', 'Good Days – CIPN', '[64445]', '2,500', '2,500.00', '09/2026', 'Bui'],
    ['Moreno, A.', 'LLS Co-Pay', '[98086]', '[10000]', '9,380.00', '10/2026', 'Ramos'],
  ],
});

// ── 20. HL7 DFT charge message from the pain clinic (structured text) ──
const hl7 = lines({
  id: 's53-hl7',
  kind: 's53-hl7-dft-pain-charge-message',
  before: 'Interface engine — outbound DFT^P03 — PainTrack → hospital billing',
  text: [
    'MSH|^~\\&|PAINTRK|RCI|HBILL|RCI|20251107143200||DFT^P03|[58213]|P|2.5.1',
    'PID|1||[85039]^^^RCI^MR||MORENO^ANTONIO||19520311|M|||12 ELM ST^^ROSSFORD^OH^[43460]',
    'FT1|1|||20251107|20251107|CG|{64712}^Neuroplasty sciatic nerve^CPT|||1||||||||RT',
    'FT1|2|||20251104|20251104|CG|{64445}^Inj anes sciatic nerve single^CPT|||1',
    'FT1|3|||20251104|20251104|CG|{76942}^US guid needle placement^CPT|||1',
    'FT1|4|||20251107|20251107|CG|[41877]^OR TIME 30 MIN^CDM|||4',
  ].join('\n'),
});

// ── 21. JSON from the charge-review API (structured text) ──
const chargeJson = lines({
  id: 's53-json',
  kind: 's53-charge-review-api-json',
  before: 'GET /api/v2/charge-review?queue=onc-pain — response body',
  text: [
    '{ "chargeId": [71448], "encounter": "E-2025-[36271]", "cpt": "{64714}", "units": 1, "modifiers": ["LT"],',
    '  "cdm": "[41902]", "price": [18500], "status": "HOLD", "reason": "op note unsigned" },',
    '{ "chargeId": [71449], "cpt": "{64632}", "units": 1, "modifiers": ["RT", "T7"], "cdm": "[41915]", "price": 1240 },',
    '{ "chargeId": [71450], "cpt": "{64612}", "units": 1, "drug": "J0585", "ndc": "[00023]-1145-01", "price": 960 },',
    '{ "chargeId": [71452], "cpt": "{64445}", "units": 1, "modifiers": ["RT"], "zip": "[43623]", "price": 720 }',
  ].join('\n'),
});

// ── 22. Chargemaster (CDM) extract, pain and infusion lines ──
const cdm = table({
  id: 's53-cdm',
  kind: 's53-oncology-chargemaster-extract',
  caption: 'CDM Extract — Dept 4120 Cancer Pain / 4130 Infusion — effective 07/01/2025',
  headers: ['CDM #', 'Rev', 'Description', 'HCPCS', 'Price', 'Dept', 'Status'],
  rows: [
    ['[41902]', '0360', 'NEUROPLASTY LUMBAR PLEXUS', '{64714}', '[18500].00', '4120', 'A'],
    ['[41910]', '0360', 'NEUROPLASTY SCIATIC NERVE', '{64712}', '[16200].00', '4120', 'A'],
    ['[41915]', '0361', 'DESTR PLANTAR DIGITAL NERVE', '{64632}', '1240.00', '4120', 'A'],
    ['[41920]', '0361', 'INJ SCIATIC NERVE SINGLE', '{64445}', '720.00', '4120', 'A'],
    ['[41925]', '0361', 'CHEMODENERV FACIAL NERVE MUSC', '{64612}', '960.00', '4120', 'A'],
    ['[42611]', '0335', 'CHEMO IV INFUSION 1ST HR', '{96413}', '412.00', '4130', 'A'],
    ['[42612]', '0335', 'CHEMO IV INFUS EA ADDL HR', '{96415}', '88.00', '4130', 'A'],
    ['[42630]', '0260', 'IV INFUSION THER/PROPH 1ST HR', '{96365}', '260.00', '4130', 'A'],
  ],
});

// ── 23. Coder work queue with vague headers ──
const queue = table({
  id: 's53-wq',
  kind: 's53-coder-work-queue-vague-headers',
  caption: 'WQ 318 — Onc Pain Coding Review — 9 items',
  headers: ['Ref', 'Item', 'Code', 'Value', 'Flag'],
  rows: [
    ['[52174]', 'Moreno A', '{64712}', '1', 'Needs op note'],
    ['[52179]', 'Hollis G', '{64714}', '1', 'LT mod missing'],
    ['[52183]', 'Ward B', '{64632}', '2', 'Units > MUE (1)?'],
    ['[52190]', 'Price E', '{64612}', '1', 'Drug waste JW documented'],
    ['[52196]', 'Kaur S', '{64680}', '1', 'OK'],
    ['[52201]', 'Lee J', '[64612]', '—', 'Dup acct; merge'],
    ['[52207]', 'Ng P', '{64445}', '1', 'OK'],
  ],
});

// ── 24. UB-04 outpatient lines (hospital claim) ──
const ub04 = table({
  id: 's53-ub04',
  kind: 's53-ub04-outpatient-onc-lines',
  caption: 'UB-04 — FL 42–47 — TOB 131 — Riverside Cancer Institute — Pt ctrl [36502]',
  headers: ['42 Rev', '43 Description', '44 HCPCS/Rate', '45 Serv date', '46 Units', '47 Total charges'],
  rows: [
    ['0335', 'Chemo admin IV', '{96413}', '111325', '1', '412.00'],
    ['0335', 'Chemo admin IV addl', '{96415}', '111325', '2', '176.00'],
    ['0636', 'Oxaliplatin 0.5 mg', 'J9263 JG', '111325', '340', '[23800]'],
    ['0361', 'Nerve block', '{64445} RT', '110425', '1', '720.00'],
    ['0360', 'Neuroplasty', '{64712} RT', '110725', '1', '[16200]'],
    ['0402', 'US guidance', '{76942}', '110425', '1', '310.00'],
    ['0001', 'Total', '', '', '', '[40612].00'],
  ],
});

// ── 25. CIPN clinic note (free text, codes without labels) ──
const cipn = lines({
  id: 's53-cipn',
  kind: 's53-cipn-clinic-note-text',
  before: 'Chemotherapy-Induced Peripheral Neuropathy Clinic — Ward, Beverly — follow-up',
  text: [
    'Hx: oxaliplatin cumulative 780 mg/m2 (FOLFOX x 9), finished 03/2025. Burning 3rd/4th toe web space R foot.',
    'Diagnostic digital nerve block 10/20 gave 90% relief x 6 h. Today: alcohol neurolysis, R 3rd interspace — {64632}.',
    'NCS ({95910}) last month: length-dependent axonal sensory neuropathy.',
    'Next: L foot in 4 weeks ({64632}-LT) if response holds; consider sciatic block {64445} for flare.',
    'Pt lives at 77 River Rd, Grand Rapids OH [43522]; chart [63098].',
  ].join('\n'),
});

// ── 26. Pain clinic quote / estimate with vague headers ──
const estimate = table({
  id: 's53-est',
  kind: 's53-good-faith-estimate-pain',
  caption: 'Good Faith Estimate — self-pay — estimate no. GFE-[33418] — valid 60 days',
  headers: ['Item', 'Value', 'Qty', 'Estimate', 'Provider'],
  rows: [
    ['Sciatic neuroplasty (professional)', '{64712}', '1', '1,640.00', 'Dr. Lin'],
    ['Facility fee, OR', '[41877]', '4', '3,880.00', 'Riverside ASC'],
    ['Anesthesia, 6 units', '{01250}', '6', '540.00', 'Lakeshore Anesthesia'],
    ['Sciatic block (preop)', '{64445}', '1', '380.00', 'Dr. Lin'],
    ['Total', '', '', '6,440.00', 'Tax ID [31402]-77'],
  ],
});

// ── 27. Denial work list (A/R) ──
const denials = table({
  id: 's53-denials',
  kind: 's53-ar-denial-worklist',
  caption: 'A/R Denials — Oncology — aged > 30 days — payer group 07',
  headers: ['Claim', 'DOS', 'CPT', 'CARC/RARC', 'Balance', 'Next action', 'Owner ext'],
  rows: [
    ['[88412]', '11/07/2025', '{64712}', 'CO-197 / N54', '1,850.00', 'Attach PA; reconsideration', '[40817]'],
    ['[88419]', '11/03/2025', '{64714}', 'CO-50', '[18500]', 'Peer-to-peer requested', '[40817]'],
    ['[88431]', '10/14/2025', '{64612}', 'CO-16 / M51', '960.00', 'Add J0585 JW line', '[40822]'],
    ['[88440]', '10/16/2025', '{96415}', 'CO-97', '88.00', 'Bundled w/ {96413}? Review times', '[40822]'],
    ['[88456]', '11/10/2025', '{64632}', 'CO-151', '1,240.00', 'MUE appeal', '[40817]'],
  ],
});

// ── 28. XML prior-auth response (structured) ──
const paXml = lines({
  id: 's53-paxml',
  kind: 's53-prior-auth-xml-response',
  before: 'ePA response payload (X12 278 translated to XML by clearinghouse)',
  text: [
    '<AuthResponse trace="[47763]" payerId="[87726]">',
    '  <Service><ProcedureCode qualifier="HC">{64714}</ProcedureCode><Units>1</Units><Status>A1</Status></Service>',
    '  <Service><ProcedureCode qualifier="HC">{64445}</ProcedureCode><Units>2</Units><Status>A1</Status></Service>',
    '  <Service><ProcedureCode qualifier="HC">{64712}</ProcedureCode><Status>A3</Status><Note>Pend: MRI</Note></Service>',
    '  <Provider zip="[43606]" taxonomy="208VP0014X"/><CertNumber>[62214]</CertNumber>',
    '</AuthResponse>',
  ].join('\n'),
});

// ── 29. Drug waste / JW-JZ documentation sheet ──
const waste = lines({
  id: 's53-waste',
  kind: 's53-drug-waste-jw-jz-sheet',
  before: 'Single-dose vial wastage documentation — pharmacy — 11/12/2025',
  text: [
    'Onabotulinumtoxin A 100 U vial, lot C[48133]C4, exp 08/2027 — given 35 U with {64612}, wasted 65 U (JW).',
    'Witness: R. Banks, PharmD; waste bin ID [26648]; reconstituted 10:12, used 10:30.',
    'Oxaliplatin 100 mg/20 mL, lot [61703]AB — 170 mg given, 30 mg wasted (J9263 JW x60).',
    'Storage room ZIP code on label [43614]; fridge log [19274].',
  ].join('\n'),
});

// ── 30. Patient portal appointment list (decoy-only) ──
const portal = lines({
  id: 's53-portal',
  kind: 's53-patient-portal-appointments',
  before: 'MyRiverside — Upcoming Appointments',
  text: [
    'Thu Nov 20, 8:00 AM — Infusion Chair 5 — confirmation [36650]',
    'Thu Nov 20, 7:30 AM — Lab draw, Suite 120 — order [51803]',
    'Mon Nov 24, 1:15 PM — Pain Clinic, Dr. Lin — 3200 Monroe St, Toledo OH [43606] — visit ID [64714]',
    'Tue Dec 2, 9:00 AM — Survivorship visit (video) — meeting ID 821 [44719] 2046',
    'Questions: 419-555-0190 · Billing account [57720]',
  ].join('\n'),
});

// ── 31. Lab order / requisition (decoy-only: internal test numbers) ──
const labOrder = table({
  id: 's53-lab',
  kind: 's53-oncology-lab-requisition',
  caption: 'Lab Requisition — Riverside Reference Lab — client [18807] — requisition R-[70941]',
  headers: ['Test #', 'Test name', 'Specimen', 'Priority', 'Accession'],
  rows: [
    ['[20350]', 'CEA', 'SST', 'Routine', '[88120]'],
    ['[20412]', 'CA 19-9', 'SST', 'Routine', '[88121]'],
    ['[21105]', 'CBC w/ auto diff', 'Lav', 'Pre-chemo', '[88122]'],
    ['[21180]', 'Magnesium', 'SST', 'Pre-chemo', '[88123]'],
    ['[24450]', 'Hep B surface Ag (pre-rituximab)', 'SST', 'Routine', '[88124]'],
  ],
});

// ── 32. Survivorship clinic directory (decoy-only ZIPs) ──
const directory = table({
  id: 's53-dir',
  kind: 's53-survivorship-clinic-directory',
  caption: 'Survivorship & Supportive Care Locations',
  headers: ['Clinic', 'Address', 'City', 'ZIP', 'Phone', 'Site code'],
  rows: [
    ['Riverside Main', '3200 Monroe St', 'Toledo, OH', '[43606]', '419-555-0190', '[72101]'],
    ['Perrysburg Annex', '26 Louisiana Ave', 'Perrysburg, OH', '[43551]', '419-555-0133', '[72102]'],
    ['Bowling Green Satellite', '1045 N Main St', 'Bowling Green, OH', '[43402]', '419-555-0175', '[72103]'],
    ['Monroe MI Outreach', '740 N Macomb St', 'Monroe, MI', '[48162]', '734-555-0121', '[72104]'],
    ['Defiance Rural Clinic', '1200 Ralston Ave', 'Defiance, OH', '[43512]', '419-555-0168', '[72105]'],
  ],
});

// ── 33. Clinical-trial screening log (NCI ids, decoy-heavy) ──
const screenLog = table({
  id: 's53-screen',
  kind: 's53-trial-screening-log',
  caption: 'Research Office — Screening Log — November 2025 — site [31277]',
  headers: ['Study', 'NCI ID', 'Subject', 'Screened', 'Status', 'Study proc billed', 'Sponsor inv.'],
  rows: [
    ['ONC-[23118] (CIPN)', 'NCI-2024-[06632]', '[64632]-003', '11/03', 'Enrolled', '{95910} (research)', '[90611]'],
    ['ONC-[23140] (sarcoma)', 'NCI-2025-[01187]', '[12044]-011', '11/05', 'Screen fail', '—', '[90612]'],
    ['ONC-[23155] (pain)', 'NCI-2025-[02259]', '[12051]-002', '11/10', 'Enrolled', '{64445} (SOC)', '[90618]'],
    ['ONC-[23161] (RT)', 'NCI-2025-[03310]', '[12063]-004', '11/12', 'Consented', '{77385} (SOC)', '[90624]'],
    ['ONC-[23170] (lung)', 'NCI-2025-[03982]', '[12077]-001', '11/13', 'Pending', '—', '[90630]'],
  ],
});

export const sealed53: Snippet[] = [
  ...chairSched,
  ...infCharge,
  ...infNote,
  ...split340b,
  ...pathway,
  ...tumorBoard,
  ...rtSummary,
  ...rtCharge,
  ...painLog,
  ...painNote,
  ...chemoden,
  ...paReq,
  ...paDenial,
  ...specRx,
  ...eob,
  ...remit,
  ...ctGrid,
  ...navNote,
  ...copay,
  ...hl7,
  ...chargeJson,
  ...cdm,
  ...queue,
  ...ub04,
  ...cipn,
  ...estimate,
  ...denials,
  ...paXml,
  ...waste,
  ...portal,
  ...labOrder,
  ...directory,
  ...screenLog,
];
