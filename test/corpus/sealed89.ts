import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 89 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s89-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes
 * (block codes, the ultrasound add-on, anesthesia base codes, epidural daily management, the surgeons' procedure
 * codes, hospital visit codes) are labelled as codes too. About a third of the decoys are numbers of the synthetic
 * 10,000-code set (KNOWN_10K) used as surgical case numbers, pump serials, pager numbers, event report numbers,
 * accounts, claim and payer control numbers, asset tags, vendor numbers and counts. The five known codes' digits come
 * back as decoys: pager numbers, a pump serial, an account, a cost center, a claim number, a probe serial, a PO box,
 * a conference dial-in code and a dictation job number.
 *
 * Family: hospital acute pain service (APS) and regional anesthesia operations: an APS consult census and daily
 * rounding sheet (beds, MRNs, catheter days, pump serials), a block-room procedure log (block, CPT, ultrasound add-on),
 * a single-block procedure note, an APS charge reconciliation against the surgeons' case numbers and its variance
 * memo, a nerve catheter order set, a fellow's case log and its board-certification summary with the program
 * director's attestation, a block complication quality report and case review, a department charge-capture email and
 * its missing-charge worklist, a denial worklist, a coder query, a surgeon's block request, a catheter whiteboard, an
 * OR schedule with block requests, a fee table, a productivity grid, a QI dashboard, structured exports (X12 837P,
 * HL7 v2 DFT^P03, registry JSON and CSV, charge-master XML), and decoy-only pages (a pharmacy infusion pump log and
 * pump event download, an APS on-call pager schedule, an ultrasound probe inventory, a biomed work order, a pager
 * directory).
 * Built on real public layouts: the X12 837P 005010X222A1 segments (GS, NM1/N4 billing provider and subscriber,
 * CLM, HI with ABK/ABF, SV1 with the HC qualifier, anesthesia minutes as MJ, DTP*472, REF*6R), HL7 v2.5.1 DFT^P03
 * charge messages (MSH, PID, PV1, FT1 with the CPT4 coding system), the ACGME case log for Regional Anesthesiology and
 * Acute Pain Medicine fellows (role performed / teaching / observed, block categories), the NCCI policy manual rule
 * that a postoperative pain block is separately reportable only at the surgeon's request and when it is not the
 * anesthetic (memo, email, surgeon's order), and an infusion pump event history download. The others are written the
 * way those pages read, with no single source.
 *
 * 405 labelled tokens over 34 shapes: 173 codes, 232 decoys, 80 of the decoys in KNOWN_10K.
 */

// ── 1. APS consult list (morning census), table ──
const consultList = table({
  id: 's89-consults',
  kind: 's89-aps-consult-census-grid',
  caption: 'Acute Pain Service — active consults — census printed 06:40',
  headers: ['Bed', 'Patient', 'MRN', 'Surg case #', 'Surgery', 'APS proc', 'Cath day', 'Primary team pager'],
  rows: [
    ['4W-412A', 'H., Marion', '7734120', '[41187]', 'R TKA', '{64448} adductor canal cath', '2', '[27716]'],
    ['4W-418', 'P., Gerald', '7740388', '[41203]', 'L THA', '{64447} single + PCA', '—', '[27716]'],
    ['5N-507', 'A., Dolores', '7718265', '[41219]', 'R rev TSA', '{64416} ISB cath', '1', '[31542]'],
    ['5N-511B', 'K., Tomasz', '7751902', '[41226]', 'Ex-lap, colectomy', '{62326} epidural', '3', '[35608]'],
    ['6E-603', 'B., Rhea', '7702219', '[41243]', 'R sciatic neurolysis', '{64446} popliteal cath', '1', '[39127]'],
    ['6E-615', 'O., Lionel', '7766034', '[41244]', 'VATS lobectomy', '{64463} PVB cath', '2', '[38804]'],
    ['ICU-14', 'D., Ysolde', '7709781', 'trauma', 'Rib fx x5 (L)', '{64467} ESP cath', '4', '[35640]'],
  ],
});

// ── 2. APS daily rounding sheet, text layer ──
const roundingSheet = lines({
  id: 's89-rounds',
  kind: 's89-aps-daily-rounding-sheet-text',
  before: 'APS rounding sheet — attending / fellow / APN — write legibly, one line per catheter',
  text: [
    'Bed 4W-412A  MRN 7734120  POD 2  adductor canal cath day 2  ropi 0.2% 8 mL/h  NRS 3/10  pump SN [55913]',
    '   Plan: continue, remove AM POD 3; PT ambulated 60 ft. Daily mgmt not billable for PNB cath (no {01996}).',
    'Bed 5N-511B  MRN 7751902  POD 3  T8-9 epidural day 3  bupi 0.0625% + fent 2 mcg/mL 10 mL/h  pump SN [55947]',
    '   Plan: wean to 6 mL/h, Foley out after removal. Bill {01996} today; {99231} not separately.',
    'Bed 6E-603  MRN 7702219  POD 1  popliteal cath (placed in PACU, charge {64446} + {76942})  pump SN [64445]',
    '   Foot numb, motor block 2/5 — hold infusion 2 h, recheck. Page surgery resident [46907] if no return.',
    'ICU-14  MRN 7709781  ESP cath day 4, ropi 0.2% 10 mL/h + PIB 10 mL q2h  pump SN [56019]  IS 1250 mL',
  ].join('\n'),
});

// ── 3. Regional anesthesia block log (block room), table ──
const blockLog = table({
  id: 's89-blocklog',
  kind: 's89-block-room-procedure-log-grid',
  caption: 'Block room log — Tuesday — Holding Bay B',
  headers: ['Time', 'Case #', 'Block', 'Side', 'CPT', 'US add-on', 'Performed by', 'Supervised'],
  rows: [
    ['06:52', '[41187]', 'Adductor canal cath + iPACK', 'R', '{64448}', '{76942}', 'Fellow (Nair)', 'Halvorsen'],
    ['07:05', '[41203]', 'Femoral single shot', 'L', '{64447}', 'Y', 'CA-3 (Ruiz)', 'Halvorsen'],
    ['07:18', '[41219]', 'Interscalene catheter', 'R', '{64416}', 'Y', 'Fellow (Nair)', 'Okonjo'],
    ['07:40', '[41243]', 'Popliteal sciatic catheter', 'R', '{64446}', '{76942}', 'Halvorsen', '—'],
    ['07:55', '[41251]', 'Popliteal sciatic single', 'L', '{64445}', 'Y', 'CA-2 (Lind)', 'Okonjo'],
    ['08:30', '[41266]', 'Ankle block', 'L', '{64450} x3', 'none', 'CA-2 (Lind)', 'Okonjo'],
    ['09:12', '[41272]', 'TAP bilateral', 'B', '{64488}', 'incl.', 'Fellow (Nair)', 'Halvorsen'],
  ],
});

// ── 4. Single block procedure note, text layer ──
const blockNote = lines({
  id: 's89-procnote',
  kind: 's89-peripheral-block-procedure-note-text',
  before: 'Regional Anesthesia Procedure Note — Anesthesiology',
  text: [
    'Indication: postoperative analgesia at the request of the surgeon (Dr. Whitfield), case [41251].',
    'Block: left popliteal sciatic nerve block, single injection. Time-out performed 07:53.',
    'Technique: in-plane, 13-6 MHz linear probe (asset [22847]); 22 G 80 mm echogenic needle, lot [61108].',
    'Drug: ropivacaine 0.5% 20 mL, lot [19238], exp 03/2027; dexamethasone 4 mg perineural not given.',
    'Image saved to PACS, accession [58830]; needle visualized throughout, no paresthesia, injection pressure < 15 psi.',
    'Charges: {64445}-LT and {76942}. Anesthesia for surgery billed separately ({01480}).',
  ].join('\n'),
});

// ── 5. APS billing reconciliation against the surgeon's cases, table ──
const reconciliation = table({
  id: 's89-recon',
  kind: 's89-aps-surgeon-case-reconciliation-grid',
  caption: 'APS charge reconciliation — October — matched to OR cases by case number',
  headers: ['Surg case', 'Surgeon proc', 'APS billed', 'Request on chart', 'Status', 'Claim #'],
  rows: [
    ['[41187]', '{27447}', '{64448}', 'Yes (order)', 'Paid', '[80251]'],
    ['[41203]', '{27130}', '{64447}', 'Yes (order)', 'Paid', '[80263]'],
    ['[41243]', '{64712}', '{64446}', 'Yes (op note)', 'Pending', '[80277]'],
    ['[41251]', '{28296}', '{64445}', 'Yes (order)', 'Paid', '[80279]'],
    ['[41302]', '{64714}', '{64449}', 'Missing', 'Hold', '—'],
    ['[41315]', '{64632}', '{64450}', 'Missing', 'Hold', '—'],
    ['[41329]', '{23472}', '{64416}', 'Yes (order)', 'Paid', '[80291]'],
    ['[41344]', '{27236}', '{64445}', 'Yes (order)', 'Denied', '[80302]'],
  ],
});

// ── 6. Reconciliation variance memo, text layer ──
const reconMemo = lines({
  id: 's89-reconmemo',
  kind: 's89-reconciliation-variance-memo-text',
  before: 'To: APS faculty  From: Anesthesia billing  Re: October holds and denials',
  text: [
    '1. Case [41302] (lumbar plexus neuroplasty, {64714}): our posterior lumbar plexus catheter {64449} is on hold —',
    '   the surgeon request for post-op pain control is not in the chart. Please ask Dr. Aalto to addend.',
    '2. Case [41315]: surgeon coded {64632}; we did an ankle block ({64450}) under MAC by the same anesthesiologist.',
    '   When the block is the anesthetic it is not separately billable; release as no-charge.',
    '3. Case [41344], claim [80302]: payer denied {64445} as bundled into {01230}. Appeal with the surgeon order.',
    '4. Case [41243]: {64712} sciatic neurolysis, popliteal cath {64446} pending. No action.',
    '5. A {64612} chemodenervation charge (neurology clinic) was posted to our cost center [64632] by mistake.',
  ].join('\n'),
});

// ── 7. Nerve catheter order set, text layer ──
const catheterOrders = lines({
  id: 's89-orderset',
  kind: 's89-nerve-catheter-order-set-text',
  before: 'ORDER SET: Continuous Peripheral Nerve Catheter — Adult — Anesthesiology',
  text: [
    'Order set ID [30408]  Version 7  Owner: APS medical director  Last review 08/2025',
    '☑ Ropivacaine 0.2% in NS 250 mL, perineural, basal 8 mL/h, bolus 5 mL q30 min lockout (pharmacy item [72160])',
    '☐ Ropivacaine 0.1% in NS 250 mL, perineural (pharmacy item [72161]) — for bilateral catheters only',
    '☑ Pump: ambulatory elastomeric/electronic per APS; record pump serial in flowsheet row [13098]',
    '☑ Procedure charge auto-drops from the note: sciatic cath {64446}, femoral cath {64448}, plexus cath {64416}',
    '☐ Catheter removal by RN after APS order; tip intact documented (nursing order [30419])',
    '☑ Call APS team pager [64714] for: new numbness, LAST symptoms, leaking dressing, pump alarm not resolved',
  ].join('\n'),
});

// ── 8. Fellow's procedure log for board certification, table ──
const fellowLog = table({
  id: 's89-fellowlog',
  kind: 's89-fellow-case-log-entries-grid',
  caption: 'Regional Anesthesiology & Acute Pain Medicine fellowship — case log — N. Nair — entries 212–224',
  headers: ['Date', 'Case ID', 'Role', 'Category', 'Proc', 'Guidance', 'Supervisor'],
  rows: [
    ['10/07', '[90418]', 'Performed', 'Lower extremity — single', '{64445}', 'US', 'Halvorsen'],
    ['10/07', '[90419]', 'Performed', 'Lower extremity — continuous', '{64448}', 'US', 'Halvorsen'],
    ['10/08', '[90433]', 'Performed', 'Upper extremity — continuous', '{64416}', 'US', 'Okonjo'],
    ['10/08', '[90440]', 'Performed', 'Truncal — paravertebral', '{64461}', 'US', 'Okonjo'],
    ['10/09', '[90450]', 'Teaching', 'Lower extremity — single', '{64445}', 'US', 'Halvorsen'],
    ['10/10', '[90467]', 'Performed', 'Neuraxial — epidural catheter', '{62326}', 'LOR', 'Vance'],
    ['10/13', '[90471]', 'Performed', 'Chronic pain rotation — neurolysis', '{64632}', 'US', 'Brandt'],
    ['10/14', '[90480]', 'Performed', 'Chronic pain rotation — chemodenervation', '{64612}', 'EMG', 'Brandt'],
    ['10/14', '[90492]', 'Observed', 'Surgical — peripheral nerve', '{64712}', '—', 'Aalto (Neurosurg)'],
  ],
});

// ── 9. Fellow's log summary for the board application, text layer ──
const fellowSummary = lines({
  id: 's89-fellowsum',
  kind: 's89-fellow-log-board-summary-text',
  before: 'Case log summary for subspecialty certification — Regional Anesthesiology and Acute Pain Medicine',
  text: [
    'Fellow: Nikhil Nair, MD   Board candidate ID [38461]   Program: Capitol Lakes Medical Center',
    'Peripheral nerve blocks, single injection: 188 (incl. {64445} popliteal/subgluteal 61, {64415} 44, femoral 38)',
    'Peripheral nerve catheters: 74 (incl. femoral/adductor 29, {64416} 22, {64446} 17, lumbar plexus 6)',
    'Fascial plane blocks: 95 (TAP 40, ESP/serratus 41, {64473} 14)',
    'Neuraxial: 52 (lumbar cath 31, thoracic cath 21); APS patient-days managed: 610',
    'Program director attestation on file; log export reference [20619].',
  ].join('\n'),
});

// ── 10. Quality report on block complications, table ──
const qualityReport = table({
  id: 's89-quality',
  kind: 's89-block-complication-quality-grid',
  caption: 'Regional anesthesia quality report — fiscal year — complications per block type',
  headers: ['Block', 'Billing code', 'Blocks', 'LAST', 'Nerve injury >6 wk', 'Cath dislodged', 'Event report #'],
  rows: [
    ['Interscalene (cath)', '{64416}', '412', '0', '1', '19', '[52236]'],
    ['Supraclavicular', '{64415}', '688', '1', '0', '—', '[52318]'],
    ['Femoral / adductor canal cath', '{64448}', '951', '0', '0', '27', '—'],
    ['Popliteal sciatic single', '{64445}', '1,204', '0', '2', '—', '[52407]'],
    ['Popliteal sciatic cath', '{64446}', '377', '0', '1', '14', '[52411]'],
    ['TAP / rectus sheath', '{64488}', '530', '1', '0', '—', '[52594]'],
    ['All blocks', '', '[10314]', '3', '4', '71', '—'],
  ],
});

// ── 11. Complication case review, text layer ──
const complicationReview = lines({
  id: 's89-mm',
  kind: 's89-block-complication-case-review-text',
  before: 'Quality & Safety — Regional Anesthesia case review (peer-review privileged)',
  text: [
    'Event report [52594]: seizure 12 min after bilateral TAP block ({64488}), 40 mL ropivacaine 0.375% (2.1 mg/kg).',
    'Lipid emulsion 20% given, 1.5 mL/kg bolus from LAST kit (pharmacy kit [17733]); recovered without arrest.',
    'Event report [52407]: foot drop after popliteal sciatic single shot {64445}; EMG at 6 weeks, case [41251].',
    'Contributing: surgeon tourniquet time 142 min; block performed under general anesthesia.',
    'Event report [52236]: phrenic palsy after interscalene cath ({64416}) in a patient with COPD, FEV1 48%.',
    'Actions: maximum-dose calculator added to the block note; review at M&M, dial-in code [64612]#.',
  ].join('\n'),
});

// ── 12. Department charge-capture email, text layer ──
const chargeEmail = lines({
  id: 's89-email',
  kind: 's89-department-charge-capture-email-text',
  before:
    'From: Anesthesia Revenue Cycle  To: Anesthesiology faculty, fellows, APNs  Subject: APS charge capture — reminders',
  text: [
    'Hi all — a few reminders after the Q3 audit (we missed about 9% of block charges):',
    '• Catheter left in = continuous code: {64446} not {64445}, {64448} not {64447}, {64416} not {64415}.',
    '• Ultrasound guidance {76942} only when a permanent image is saved and the note says so.',
    '• Epidural daily management {01996} is once per day and never on the day of placement.',
    '• The block must be requested by the surgeon for postoperative pain; quote the request in the note.',
    'Questions: revenue cycle, 1 S Park St Suite 400, Madison WI [53715], or ext [44113].',
  ].join('\n'),
});

// ── 13. Missing charges list attached to the email, table ──
const missingCharges = table({
  id: 's89-missing',
  kind: 's89-missing-charge-worklist-grid',
  caption: 'Attachment — unbilled APS procedures, last 14 days',
  headers: ['Acct', 'DOS', 'Svc', 'Provider', 'Why unbilled'],
  rows: [
    ['[61744]', '10/02', '{64448}', 'Halvorsen', 'No note signed'],
    ['[61791]', '10/03', '{64445} + {76942}', 'Okonjo', 'Image not saved — bill {64445} only'],
    ['[61802]', '10/03', '{01996}', 'Vance', 'Billed on placement day'],
    ['[61859]', '10/06', '{64463}', 'Nair / Okonjo', 'Teaching attestation missing'],
    ['[61861]', '10/07', '{64712}?', 'Halvorsen', 'Surgeon code copied into block field; should be {64446}'],
    ['[64445]', '10/09', '{64467}', 'Vance', 'Laterality missing'],
  ],
});

// ── 14. Pharmacy infusion pump log, table (decoy only) ──
const pumpLog = table({
  id: 's89-pumps',
  kind: 's89-pharmacy-infusion-pump-log-grid',
  caption: 'Pharmacy — perineural / epidural infusion pumps issued — week 41',
  headers: ['Pump serial', 'Issued to', 'Drug', 'Bag lot', 'Rx #', 'Returned', 'Biomed check'],
  rows: [
    ['[55913]', '4W-412A', 'Ropivacaine 0.2% 250 mL', '25H31', '[60718]', '—', 'OK'],
    ['[55947]', '5N-511B', 'Bupi 0.0625% / fent 2 mcg/mL', '25H33', '[60722]', '—', 'OK'],
    ['[64445]', '6E-603', 'Ropivacaine 0.2% 250 mL', '25H31', '[60731]', '—', 'OK'],
    ['[56019]', 'ICU-14', 'Ropivacaine 0.2% 500 mL', '25H36', '[60744]', '—', 'Due'],
    ['[55820]', 'Returned', '—', '—', '[60689]', '10/09', 'Cleaned'],
  ],
});

// ── 15. Infusion pump event log, text layer (decoy only) ──
const pumpEvents = lines({
  id: 's89-pumpevents',
  kind: 's89-infusion-pump-event-download-text',
  before: 'Pump event history download — device group APS',
  text: [
    '2025-10-14 02:11:47  SN [55947]  CH A  EPIDURAL  RATE 10.0 mL/h  VI 186.0 mL  ALARM: OCCLUSION DOWNSTREAM',
    '2025-10-14 02:13:02  SN [55947]  CH A  ALARM CLEARED  user badge [47210]',
    '2025-10-14 05:40:19  SN [64445]  CH A  PERINEURAL  RATE 8.0 mL/h  PAUSED  user badge [46618]',
    '2025-10-14 07:42:55  SN [55913]  CH A  RATE CHANGE 8.0 > 6.0 mL/h  order [60718]',
    '2025-10-14 09:05:30  SN [56019]  CH A  BOLUS 10.0 mL  PIB program [12004]',
    '2025-10-14 11:20:00  SN [55913]  CH A  VTBI LOW  remaining 18 mL',
  ].join('\n'),
});

// ── 16. APS on-call schedule, table (decoy only) ──
const onCall = table({
  id: 's89-oncall',
  kind: 's89-aps-on-call-pager-schedule-grid',
  caption: 'Acute Pain Service — on-call schedule — October — weekday nights 17:00–07:00',
  headers: ['Date', 'APS attending', 'Pager', 'Fellow', 'Pager', 'APS resident', 'Pager'],
  rows: [
    ['Mon 10/13', 'Halvorsen', '[64712]', 'Nair', '[22525]', 'Ruiz', '[22713]'],
    ['Tue 10/14', 'Okonjo', '[22381]', 'Chen', '[22491]', 'Lind', '[22714]'],
    ['Wed 10/15', 'Vance', '[22386]', 'Nair', '[22525]', 'Ruiz', '[22713]'],
    ['Thu 10/16', 'Brandt', '[22399]', 'Chen', '[22491]', 'Ossai', '[22719]'],
  ],
});

// ── 17. Ultrasound probe equipment inventory, table (decoy only) ──
const probeInventory = table({
  id: 's89-probes',
  kind: 's89-ultrasound-probe-inventory-grid',
  caption: 'Biomedical engineering — ultrasound systems and transducers — anesthesia block areas',
  headers: ['Asset tag', 'System', 'Transducer', 'Serial no.', 'Location', 'Last PM', 'Vendor #'],
  rows: [
    ['[22847]', 'SonoSite X-Porte', 'HFL50xp 15-6 MHz', '[21474]', 'Block room', '06/2025', '[70162]'],
    ['[22848]', 'SonoSite X-Porte', 'C60xp 5-2 MHz', '[21514]', 'Block room', '06/2025', '[70162]'],
    ['[22851]', 'GE Venue Go', 'L4-20t-RS', '[64632]', 'Holding Bay B', '07/2025', '[70387]'],
    ['[22853]', 'GE Venue Go', 'C1-5-RS', '[36719]', 'Holding Bay B', '07/2025', '[70387]'],
    ['[22860]', 'Butterfly iQ3', 'single probe', '[92044]', 'APS cart', '—', '[71205]'],
  ],
});

// ── 18. X12 837P professional claim for APS services, text layer ──
const x12 = lines({
  id: 's89-x12',
  kind: 's89-x12-837p-aps-claim-text',
  before: 'Clearinghouse — outbound batch viewer — 005010X222A1 — segment view',
  text: [
    'GS*HC*CLMCANES*CLRHSE*20251015*2210*[40119]*X*005010X222A1~',
    'NM1*85*2*CAPITOL LAKES ANESTHESIA ASSOC*****XX*1437281904~N3*1850 FISH HATCHERY RD~N4*MADISON*WI*[53713]~',
    'NM1*IL*1*HENNIG*MARION****MI*XQH884120377~N4*MIDDLETON*WI*[53562]~',
    'CLM*[61927]A*1840***21:B:1*Y*A*Y*Y~HI*ABK:M1711*ABF:Z[96651]~',
    'LX*1~SV1*HC:{01402}:AA*2680*MJ*96***1~DTP*472*D8*20251013~REF*6R*[77120]~',
    'LX*2~SV1*HC:{64448}:RT:59*920*UN*1***1~DTP*472*D8*20251013~REF*6R*[77121]~',
    'LX*3~SV1*HC:{76942}*240*UN*1***1~DTP*472*D8*20251013~REF*6R*[77122]~',
    'NM1*DN*1*WHITFIELD*GRANT****XX*1689034417~',
    'CLM*[61915]A*852***22:B:1*Y*A*Y*Y~HI*ABK:M2011~',
    'LX*1~SV1*HC:{64445}:LT:59*612*UN*1***1~DTP*472*D8*20251014~REF*6R*[77131]~',
  ].join('\n'),
});

// ── 19. HL7 v2 DFT^P03 charge messages from the block note, text layer ──
const hl7 = lines({
  id: 's89-hl7',
  kind: 's89-hl7-dft-block-charge-text',
  before: 'Interface engine — message log — ANES_CHG_OUT',
  text: [
    'MSH|^~\\&|ANESDOC|CLMC|PBBILL|CLMC|20251014081210||DFT^P03|[90215]|P|2.5.1',
    'PID|1||7702219^^^CLMC^MR||B^RHEA||19610822|F|||77 LAKE ST^^VERONA^WI^[53593]',
    'PV1|1|I|6E^603^A|||||||ORT||||||||[41243]',
    'FT1|1|||20251014||CG|{64446}^NERVE BLOCK SCIATIC CONT INF^CPT4|||1|||ANES',
    'FT1|2|||20251014||CG|{76942}^US GUIDE NEEDLE PLACEMENT^CPT4|||1|||ANES',
    'FT1|3|||20251015||CG|{99231}^SUBSEQ HOSP CARE^CPT4|||1|||APS',
    'MSH|^~\\&|ANESDOC|CLMC|PBBILL|CLMC|20251015071522||DFT^P03|[90244]|P|2.5.1',
    'FT1|1|||20251015||CG|{01996}^DAILY MGMT EPIDURAL^CPT4|||1|||APS',
    'MSH|^~\\&|ANESDOC|CLMC|PBBILL|CLMC|20251015074808||DFT^P03|[90263]|P|2.5.1',
    'FT1|1|||20251014||CG|{64445}^NERVE BLOCK SCIATIC SINGLE^CPT4|||1|||ANES|||||LT',
  ].join('\n'),
});

// ── 20. Block registry JSON export, text layer ──
const registryJson = lines({
  id: 's89-json',
  kind: 's89-block-registry-json-export-text',
  before: 'GET /api/regional/blocks?dept=ANES&from=2025-10-13 — 200 OK — application/json',
  text: [
    '[',
    '  {"caseNo": "[41219]", "bed": "5N-507", "block": "interscalene", "catheter": true,',
    '   "cpt": "{64416}", "addOn": null, "probeAsset": "[22851]", "attendingId": "[30778]"},',
    '  {"caseNo": "[41251]", "bed": "PACU-9", "block": "popliteal sciatic", "catheter": false,',
    '   "cpt": "{64445}", "addOn": "{76942}", "probeAsset": "[22847]", "attendingId": "[30791]"},',
    '  {"caseNo": "[41302]", "bed": "5N-520", "block": "lumbar plexus (posterior)", "catheter": true,',
    '   "cpt": "{64449}", "addOn": "{76942}", "surgeonCpt": "{64714}", "attendingId": "[30778]"}',
    ']',
  ].join('\n'),
});

// ── 21. APS charge description master, XML, text layer ──
const cdmXml = lines({
  id: 's89-cdmxml',
  kind: 's89-aps-charge-master-xml-text',
  before: 'cdm_anesthesia_pain.xml — excerpt',
  text: [
    '<chargeItem id="[31640]" dept="ANES-APS"><desc>INJ ANES SCIATIC NRV SINGLE</desc><cpt>{64445}</cpt><price>612.00</price></chargeItem>',
    '<chargeItem id="[31641]" dept="ANES-APS"><desc>INJ ANES SCIATIC NRV CONT</desc><cpt>{64446}</cpt><price>884.00</price></chargeItem>',
    '<chargeItem id="[31644]" dept="ANES-APS"><desc>INJ ANES FEMORAL NRV CONT</desc><cpt>{64448}</cpt><price>842.00</price></chargeItem>',
    '<chargeItem id="[31657]" dept="ANES-APS"><desc>DAILY MGMT EPIDURAL</desc><cpt>{01996}</cpt><price>310.00</price></chargeItem>',
    '<chargeItem id="[31660]" dept="ANES-PAIN"><desc>NEUROLYSIS PLANTAR DIG NRV</desc><cpt>{64632}</cpt><price>540.00</price></chargeItem>',
    '<chargeItem id="[31661]" dept="ANES-PAIN"><desc>CHEMODENERV FACIAL NRV UNI</desc><cpt>{64612}</cpt><price>720.00</price></chargeItem>',
    '<costCenter>[64714]</costCenter><glAccount>[40220]</glAccount>',
  ].join('\n'),
});

// ── 22. Block registry CSV (AQI-style submission file), text layer ──
const registryCsv = lines({
  id: 's89-csv',
  kind: 's89-regional-registry-csv-text',
  before: 'aps_registry_2025-10.csv',
  text: [
    'case_id,dos,block_type,side,proc_code,us_code,complication,patient_zip',
    '[41187],2025-10-13,adductor canal cath,R,{64448},{76942},none,[53562]',
    '[41203],2025-10-13,femoral single,L,{64447},,none,[53719]',
    '[41251],2025-10-14,popliteal single,L,{64445},{76942},foot drop,[53711]',
    '[41272],2025-10-14,TAP bilateral,B,{64488},,LAST,[53718]',
    '[41408],2025-10-16,popliteal single,R,{64445},,none,[53593]',
  ].join('\n'),
});

// ── 23. APS initial consult note, text layer ──
const consultNote = lines({
  id: 's89-consultnote',
  kind: 's89-aps-initial-consult-note-text',
  before: 'Acute Pain Service — Initial Consultation',
  text: [
    'Reason: post-op pain after right sciatic neurolysis ({64712}) for deep gluteal syndrome, case [41243].',
    'Requesting: Dr. Aalto, Neurosurgery (pager [39127]). Home opioids: oxycodone 10 mg TID, MME 45.',
    'Assessment: NRS 8/10 posterior thigh; popliteal catheter placed in PACU does not cover the incision.',
    'Plan: keep popliteal catheter ({64446}, placed 10/14), add subgluteal single shot if needed ({64445}),',
    'ketamine 0.1 mg/kg/h, continue gabapentin. Billed as inpatient consult {99253}; follow-up {99232} daily.',
    'Discussed with Dr. Halvorsen. Note ID [41877], cosign pending.',
  ].join('\n'),
});

// ── 24. Catheter tracking board, table ──
const catheterBoard = table({
  id: 's89-cathboard',
  kind: 's89-catheter-tracking-whiteboard-grid',
  caption: 'APS catheter board (unit whiteboard export)',
  headers: ['Bed', 'Catheter', 'Placed', 'Day', 'Pump', 'Remove by', 'Charge'],
  rows: [
    ['4W-412A', 'Adductor canal', '10/13', '2', '[55913]', '10/16 AM', '{64448} day 0 only'],
    ['5N-511B', 'Thoracic epidural', '10/12', '3', '[55947]', 'Foley out', '{01996} daily'],
    ['6E-603', 'Popliteal sciatic', '10/14', '1', '[64445]', '10/17', '{64446} day 0 only'],
    ['6E-615', 'Paravertebral T5', '10/13', '2', '[56022]', '10/16', '{64463} day 0 only'],
    ['ICU-14', 'ESP T6 left', '10/11', '4', '[56019]', 'Chest tube out', '{99232} if seen'],
  ],
});

// ── 25. Payer denial worklist for APS claims, table ──
const denials = table({
  id: 's89-denials',
  kind: 's89-aps-denial-worklist-grid',
  caption: 'Denial worklist — Anesthesia pro-fee — queue: APS blocks',
  headers: ['Claim', 'DOS', 'Billed code', 'CARC', 'Billed $', 'Payer ICN', 'Next step'],
  rows: [
    ['[80302]', '10/07', '{64445}', '97', '612.00', '[25281]', 'Appeal: surgeon order attached'],
    ['[80314]', '10/08', '{76942}', '16', '240.00', '[25292]', 'Add image accession, resubmit'],
    ['[80326]', '10/08', '{64448}', 'N362', '884.00', '[25311]', 'Units: 1 per session'],
    ['[80332]', '10/09', '{64714}', '204', '2,180.00', '[25317]', 'Not ours — surgeon code, void'],
    ['[64714]', '10/10', '{62326}', '97', '760.00', '[25340]', 'Bundled w/ {00840}; appeal'],
    ['[80347]', '10/10', '{64612}', '96', '720.00', '[25352]', 'Pain clinic — reroute'],
  ],
});

// ── 26. Surgeon's request for post-op pain block, text layer ──
const surgeonRequest = lines({
  id: 's89-request',
  kind: 's89-surgeon-postop-block-request-text',
  before: 'Orthopaedic Surgery — Order: Anesthesia consult for postoperative pain management',
  text: [
    'I request that Anesthesiology place a peripheral nerve block for postoperative pain control.',
    'Patient: R. Bell  MRN 7766091  Scheduled case [41408]  Procedure: R bunionectomy with osteotomy ({28296}).',
    'Requested block: popliteal sciatic, single injection ({64445}) — catheter ({64446}) at anesthesia discretion.',
    'Surgical anesthesia will be general; the block is not the primary anesthetic.',
    'Signed: G. Whitfield, MD (Ortho) 10/15/2025 16:02, dictation job [64612]',
  ].join('\n'),
});

// ── 27. APS department fee schedule, table ──
const feeSchedule = table({
  id: 's89-fees',
  kind: 's89-aps-professional-fee-table-grid',
  caption: 'Anesthesiology professional fee schedule — regional and acute pain items',
  headers: ['Item', 'Description', 'wRVU', 'Fee', 'Ln'],
  rows: [
    ['{64445}', 'Inj sciatic nerve, single', '1.18', '612.00', '1'],
    ['{64446}', 'Inj sciatic nerve, continuous', '1.61', '884.00', '2'],
    ['{64447}', 'Inj femoral nerve, single', '1.10', '590.00', '3'],
    ['{64448}', 'Inj femoral nerve, continuous', '1.55', '842.00', '4'],
    ['{64415}', 'Inj brachial plexus, single', '1.35', '640.00', '5'],
    ['{64416}', 'Inj brachial plexus, continuous', '1.48', '905.00', '6'],
    ['{64712}', 'Neuroplasty sciatic (not APS — reference only)', '8.05', '2,450.00', '7'],
    ['{01996}', 'Daily hospital mgmt epidural', '0.99', '310.00', '8'],
  ],
});

// ── 28. Program director attestation for board application, text layer ──
const pdAttestation = lines({
  id: 's89-pdattest',
  kind: 's89-program-director-attestation-letter-text',
  before: 'Department of Anesthesiology — Office of Graduate Medical Education',
  text: [
    'To the credentials committee: I attest that Dr. Nikhil Nair (candidate [38461]) is in good standing and will',
    'complete 12 months of ACGME-accredited Regional Anesthesiology and Acute Pain Medicine training on 06/30/2026.',
    'His log to date lists 262 peripheral nerve procedures, including {64445} sciatic and {64446} continuous sciatic blocks',
    'and, on the chronic pain rotation, plantar digital neurolysis ({64632}) and facial chemodenervation ({64612}).',
    'Program mailing address: PO Box [64712], Madison WI [53708]. Institution code [47301].',
  ].join('\n'),
});

// ── 29. Monthly QI dashboard summary, text layer ──
const qiDashboard = lines({
  id: 's89-qidash',
  kind: 's89-regional-qi-dashboard-summary-text',
  before: 'Regional Anesthesia QI dashboard — October — auto-generated summary',
  text: [
    'Blocks this month: 1,012   Catheters: 218   Mean catheter days: 2.4   Same-day cancellations: 6',
    'Rolling 12-month blocks: [11764]   Opioid-free PACU discharge: 71%   PONV: 9%',
    'Top billed: {64445} (188), {64448} (142), {64488} (97), {64416} (81), {76942} (612 add-ons)',
    'Surgeon case types driving catheters: TKA 61, TSA 38, VATS lobectomy 22, rib fractures 14',
    'Data source: registry extract run [20810], 1,012 of 1,019 records matched to the OR schedule.',
  ].join('\n'),
});

// ── 30. Biomed service ticket for a probe, text layer (decoy only) ──
const serviceTicket = lines({
  id: 's89-biomed',
  kind: 's89-biomed-probe-service-ticket-text',
  before: 'Biomedical Engineering — Work Order',
  text: [
    'Work order [88403]   Priority 2   Opened by: Holding Bay B charge RN (badge [46618])',
    'Asset [22851]  GE Venue Go transducer L4-20t-RS  serial [64632]  cracked lens, gel ingress',
    'Loaner issued: asset [22871], serial [36744], returned to depot Waukesha WI [53188]',
    'Vendor RMA [70387]-[19025]; PO [45516] for replacement $6,840.00; warranty expired 04/2025',
  ].join('\n'),
});

// ── 31. OR schedule with block requests, table ──
const orSchedule = table({
  id: 's89-orsched',
  kind: 's89-or-schedule-block-request-grid',
  caption: 'OR schedule — Thursday — cases with a regional request',
  headers: ['Room', 'Start', 'Case', 'Procedure', 'Sched code', 'Block request', 'Surgeon'],
  rows: [
    ['OR 7', '07:30', '[41430]', 'R total knee', '{27447}', 'Adductor canal cath', 'Whitfield'],
    ['OR 7', '10:15', '[41431]', 'L total hip', '{27130}', 'None (spinal)', 'Whitfield'],
    ['OR 12', '07:30', '[41437]', 'Sciatic nerve decompression', '{64712}', 'Popliteal single', 'Aalto'],
    ['OR 12', '11:00', '[41438]', 'Lumbar plexus neurolysis', '{64714}', 'Post-op epidural', 'Aalto'],
    ['OR 3', '08:00', '[41442]', 'R rotator cuff repair', '{29827}', 'Interscalene single', 'Moreau'],
    ['PPU 2', '13:00', '[41449]', 'Morton neuroma alcohol neurolysis', '{64632}', 'Ankle block', 'Sato (Pod)'],
  ],
});

// ── 32. Coder query to the anesthesiologist, text layer ──
const coderQuery = lines({
  id: 's89-query',
  kind: 's89-coder-documentation-query-text',
  before: 'Coding query — please respond within 3 business days',
  text: [
    'Query [72904] to Dr. Okonjo re: account [61791], DOS 10/03.',
    'The note says "popliteal catheter threaded 5 cm" but the charge posted is {64445} (single injection).',
    'Please confirm whether {64446} should be billed instead. Ultrasound {76942}: no image is attached.',
    'If the surgeon did not request the block (surgery was {28296}, bunion correction), we will hold it.',
    'Reply in the query inbox or call the coding office, 1 S Park St, Madison WI [53715], ext [44128].',
  ].join('\n'),
});

// ── 33. Staff pager and phone directory, text layer (decoy only) ──
const pagerDirectory = lines({
  id: 's89-directory',
  kind: 's89-anesthesia-pager-directory-text',
  before: 'Anesthesiology — quick numbers (print and post in the block room)',
  text: [
    'APS attending on call ........ pager [64712]',
    'APS fellow on call ........... pager [22525]   APS APN ......... pager [22536]',
    'Block room charge RN ......... x[44170]   Pharmacy IV room ........ x[44211]',
    'Biomed (probes, pumps) ....... x[45502]   After hours page ......... [20000]',
    'Main OR front desk ........... x[44001]   Hospital ZIP for couriers . [53713]',
  ].join('\n'),
});

// ── 34. APS productivity by code and attending, table ──
const productivity = table({
  id: 's89-productivity',
  kind: 's89-aps-attending-productivity-grid',
  caption: 'APS productivity — October — procedures by attending of record',
  headers: ['Code', 'Halvorsen', 'Okonjo', 'Vance', 'Brandt', 'Total'],
  rows: [
    ['{64445}', '22', '17', '9', '—', '48'],
    ['{64446}', '8', '5', '3', '—', '16'],
    ['{64448}', '19', '14', '6', '—', '39'],
    ['{64632}', '—', '—', '—', '7', '7'],
    ['{64612}', '—', '—', '—', '11', '11'],
    ['{62326}', '2', '4', '12', '—', '18'],
  ],
});

export const sealed89: Snippet[] = [
  ...consultList,
  ...roundingSheet,
  ...blockLog,
  ...blockNote,
  ...reconciliation,
  ...reconMemo,
  ...catheterOrders,
  ...fellowLog,
  ...fellowSummary,
  ...qualityReport,
  ...complicationReview,
  ...chargeEmail,
  ...missingCharges,
  ...pumpLog,
  ...pumpEvents,
  ...onCall,
  ...probeInventory,
  ...x12,
  ...hl7,
  ...registryJson,
  ...cdmXml,
  ...registryCsv,
  ...consultNote,
  ...catheterBoard,
  ...denials,
  ...surgeonRequest,
  ...feeSchedule,
  ...pdAttestation,
  ...qiDashboard,
  ...serviceTicket,
  ...orSchedule,
  ...coderQuery,
  ...pagerDirectory,
  ...productivity,
];
