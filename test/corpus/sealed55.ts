import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 55 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s55-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes
 * (88305, 88362, 81448, 95874, …) are labelled as codes too. About a third of the decoys are numbers of the synthetic
 * 10,000-code set (KNOWN_10K) used as LIS test numbers, accessions, lots, run ids, stop numbers, ZIPs and prices.
 * Reference-lab order codes sit beside the CPT column as decoys; PLA codes (0231U, 0419U) and Z-codes are not five
 * digits and stay plain text; LOINC numbers keep their check digit. The five known codes' digits come back as decoys:
 * a home-health agency number, a PO box, an 835 PLB reference, a specimen barcode, a QC lot, a courier stop, a
 * service-center number, a reagent catalog number and two patient accounts.
 *
 * Family: laboratory, pathology and genetic testing with the nerve procedures they meet: an LIS requisition, a
 * surgical pathology report for a sciatic neuroplasty specimen, a sural nerve biopsy workup after a lumbar plexus
 * neuroplasty, a reference-lab test directory and client price list, a MolDX/DEX Z-code registry page, a CLIA
 * lookup, a client bill, a raw 835, a specimen tracking log, HL7 ORM/ORU messages with OBR-4 and FT1 codes, a genetic
 * panel prior auth, a chemodenervation EMG guidance log and note, a QC Levey-Jennings log, a courier route sheet, a
 * LOINC-to-charge map, a neuropathy order set, a frozen section log, a denial letter, a CLFS file excerpt, CAP
 * checklist notes, a sign-out worklist, a JSON order payload, AP charge XML, an op note, a lab statement, an ABN, a
 * send-out manifest, an ASC case/path reconciliation and a billing edit queue, plus decoy-only pages (phlebotomy
 * site finder, reagent purchase order, CLIA lookup, courier sheet).
 * Built on real public layouts: HL7 v2.5.1 ORM^O01 / ORU^R01 segments (MSH, PID, ORC, OBR-4, OBX, FT1, NTE), X12 835
 * CLP/SVC/CAS/PLB segments, CMS-1500 item 24 fields, the CMS CLFS public use file columns (YEAR, HCPCS, MOD,
 * EFF_DATE, INDICATOR, RATE, SHORTDESC), CAP checklist requirement ids (ANP., GEN., COM.), the CLIA certificate
 * lookup fields, the ABN (CMS-R-131) columns D–F, and the DEX Z-code registry entry. The others are written the way
 * those pages read, with no single source.
 *
 * 387 labelled tokens over 35 shapes: 169 codes, 218 decoys, 70 of the decoys in KNOWN_10K.
 */

// ── 1. LIS requisition: lab test codes beside the CPT column ──
const lisReq = table({
  id: 's55-lisreq',
  kind: 's55-lis-requisition-test-grid',
  caption: 'Requisition REQ-2025-118804 — Harbor Regional Lab — Ordering: Dr. K. Amsel (Neurology) — Pt MRN 40081127',
  headers: ['Test #', 'Test name', 'CPT', 'Spec', 'Tube', 'Stat'],
  rows: [
    ['[10231]', 'Comprehensive metabolic panel', '{80053}', 'Serum', 'SST', 'N'],
    ['[10144]', 'CBC w/ auto diff', '{85025}', 'WB', 'Lav', 'N'],
    ['[20638]', 'Vitamin B12', '{82607}', 'Serum', 'SST', 'N'],
    ['[20642]', 'Methylmalonic acid', '{83921}', 'Serum', 'SST frozen', 'N'],
    ['[31180]', 'Protein electrophoresis, serum', '{84165}', 'Serum', 'SST', 'N'],
    ['[31186]', 'Immunofixation, serum', '{86334}', 'Serum', 'SST', 'N'],
    ['[12060]', 'Hemoglobin A1c', '{83036}', 'WB', 'Lav', 'N'],
    ['[40367]', 'Venipuncture', '{36415}', '—', '—', '—'],
  ],
});

// ── 2. Surgical pathology report, PDF text layer ──
const surgPath = lines({
  id: 's55-surgpath',
  kind: 's55-surgical-pathology-report-text',
  before: 'SURGICAL PATHOLOGY REPORT — Lakeshore Pathology Associates, 410 Dock St, Racine WI 53403',
  text: [
    'Accession: SP25-[31518]    Received: 10/14/2025 09:12    Client: Lakeshore Ortho ASC #[04241]',
    'Procedure (per requisition): neuroplasty, sciatic nerve ({64712}); adhesion tissue submitted.',
    'A. Perineural fibroadipose tissue, left sciatic notch — fibrosis, no neoplasm.',
    'B. Scar tissue, posterior thigh — dense collagenous scar with hemosiderin.',
    'Gross: received in formalin, 2 parts, 3 cassettes. Block ID A1–A2, B1. Jar lot [26142].',
    'Billing: A {88304}, B {88305}; special stain iron {88313} x1. Decal not required.',
    'Electronically signed 10/15/2025 by R. Vance MD. Pathologist ID [83014].',
  ].join('\n'),
});

// ── 3. Sural nerve biopsy workup tied to a lumbar plexus neuroplasty case ──
const suralWorkup = lines({
  id: 's55-sural',
  kind: 's55-sural-nerve-biopsy-workup-note',
  before: 'Neuromuscular Clinic — nerve biopsy workup — coder review queue',
  text: [
    'Hx: progressive L leg weakness after retroperitoneal hematoma; s/p neuroplasty of lumbar plexus {64714} 06/2025.',
    'Plan now: R sural nerve biopsy {64795}, sent to neuromuscular path (Acc NM25-[00318]).',
    'Path to bill: nerve teased preparations {88362}, EM {88348}, nerve stains {88313} x2, surgical path level IV {88305}.',
    'Prior NCS/EMG: {95910} + {95886} on 05/02 (outside study, report scanned).',
    'Surgeon note references earlier sciatic neuroplasty {64712} (2023, other facility) — history only, do not bill.',
    'Sciatic block for post-op pain per anesthesia: {64445} single shot.',
    'Pt lives in Kewanee IL [61443]; home health agency #[64632] notified for dressing checks.',
  ].join('\n'),
});

// ── 4. Reference lab test directory listing ──
const testDir = table({
  id: 's55-testdir',
  kind: 's55-reference-lab-test-directory',
  caption: 'Test Directory — Neurology & Neuromuscular — Midstate Reference Laboratories',
  headers: ['Order code', 'Test', 'Methodology', 'CPT code(s)', 'Days set up', 'TAT'],
  rows: [
    ['[55169]', 'PMP22 Deletion/Duplication (HNPP/CMT1A)', 'MLPA', '{81324}', 'Tue', '7–10 d'],
    ['[55170]', 'PMP22 Full Gene Sequencing', 'NGS', '{81325}', 'Mon–Fri', '14 d'],
    ['[55172]', 'Hereditary Neuropathy Panel (88 genes)', 'NGS + del/dup', '{81448}', 'Mon', '21–28 d'],
    ['[57034]', 'Anti-MAG Antibody', 'EIA', '{83516}', 'Wed', '5 d'],
    ['[57038]', 'GM1 Antibodies IgG/IgM', 'EIA', '{83516} x2', 'Wed', '5 d'],
    ['[57221]', 'Nerve Biopsy Consult (send-out)', 'Histology / EM', '{88362}, {88348}', '—', '10 d'],
    ['[58121]', 'Transthyretin (TTR) Gene Analysis', 'Sequencing', '{81404}', 'Thu', '14 d'],
  ],
});

// ── 5. Reference lab client price list (prices in cents, no dollar sign) ──
const priceList = table({
  id: 's55-price',
  kind: 's55-reference-lab-client-price-list',
  caption: 'Client Fee Schedule 2026 — Account class B — prices in USD cents',
  headers: ['Item', 'Description', 'Code', 'List', 'Client'],
  rows: [
    ['[55172]', 'Hereditary Neuropathy Panel', '{81448}', '[89000]', '[72000]'],
    ['[55169]', 'PMP22 Del/Dup', '{81324}', '[41500]', '[32500]'],
    ['[57221]', 'Nerve biopsy consult, teased fiber', '{88362}', '[54200]', '[47500]'],
    ['[57215]', 'Electron microscopy', '{88348}', '[98046]', '[80031]'],
    ['[30211]', 'Surgical path, level IV', '{88305}', '[21014]', '[14029]'],
    ['[30214]', 'Surgical path, level V', '{88307}', '[44073]', '[38015]'],
  ],
});

// ── 6. MolDX / DEX Z-code registry page (PLA codes stay text) ──
const moldx = lines({
  id: 's55-moldx',
  kind: 's55-moldx-zcode-registry-page',
  before: 'DEX Diagnostics Exchange — Test Registry — Search results',
  text: [
    'Test: NeuroSeq Hereditary Neuropathy NGS Panel · Z-Code: ZB4K7 · Lab ID [62036]',
    'Billing code: {81448} (1 unit) · Status: Technical assessment complete, covered',
    'Test: PMP22 CNV Reflex · Z-Code: ZB4K9 · CPT {81324}; reflex {81325} if CNV negative',
    'Test: TTR Amyloid Variant Panel · PLA 0231U not applicable; use {81479} with Z-code ZB5A1',
    'Related PLA: 0419U (not for this lab). Submitter tax id suffix [06369].',
    'Lab address: 900 Discovery Pkwy, Brentwood TN [37027] · Contact ext 4411',
  ].join('\n'),
});

// ── 7. CLIA certificate page (decoy-only) ──
const clia = lines({
  id: 's55-clia',
  kind: 's55-clia-certificate-lookup-page',
  before: 'CLIA Laboratory Lookup — certificate detail',
  text: [
    'CLIA Number: 14D2093481   Certificate Type: Accreditation (CAP)   Effective 03/01/2024',
    'Facility: Prairie Valley Hospital Laboratory, 2100 W Kirk Rd, Sycamore IL [60178]',
    'Mailing: PO Box [64445], Sycamore IL [60178]-0445',
    'CAP accreditation no. [78020]-01   Annual test volume: [46097]',
    'Specialties: Chemistry, Hematology, Histopathology, Cytology   Lab director license [36026]',
  ].join('\n'),
});

// ── 8. Lab client bill (monthly statement to a physician office) ──
const clientBill = table({
  id: 's55-clientbill',
  kind: 's55-lab-client-bill-statement',
  caption: 'Client Bill — Acct 64712 — Northside Neurology & Pain — period 10/01/2025–10/31/2025',
  headers: ['Svc date', 'Accession', 'Patient', 'Test', 'Code', 'Charge'],
  rows: [
    ['10/02', '[47185]', 'DOE, J', 'Nerve biopsy, teased', '{88362}', '412.00'],
    ['10/02', '[47187]', 'DOE, J', 'EM interpretation', '{88348}', '655.00'],
    ['10/09', '[47391]', 'RUIZ, M', 'Surg path IV', '{88305}', '96.00'],
    ['10/09', '[47399]', 'RUIZ, M', 'Decalcification', '{88311}', '28.00'],
    ['10/21', '[47590]', 'PATEL, S', 'Frozen section, first block', '{88331}', '118.00'],
    ['10/21', '[47596]', 'PATEL, S', 'Handling/conveyance', '{99000}', '12.00'],
  ],
});

// ── 9. Lab 835 remittance (X12 segments shown raw in the portal) ──
const remit835 = lines({
  id: 's55-835',
  kind: 's55-lab-835-remit-raw-segments',
  before:
    'ERA viewer — raw 835 — Great Lakes Health Plan — payee: Peoria Nerve & Spine Center (surgery + in-house AP lab)',
  text: [
    'CLP*[48049]*1*1420*612.5*0*MC*2025288013078~',
    'NM1*QC*1*RUIZ*MARIA****MI*W189219981~',
    'SVC*HC:{88305}*96*71.2**1~',
    'SVC*HC:{88311}*28*20.15**1~',
    'SVC*HC:{64712}*1296*521.15**1~',
    'CAS*CO*45*774.85~',
    'SVC*HC:{64445}:59*180*0**1~',
    'CAS*CO*97*180~ (block bundled into {64712} global)',
    'PLB*[85039]*20251231*WO:[64714]*-12.5~',
  ].join('\n'),
});

// ── 10. Specimen tracking log ──
const specLog = table({
  id: 's55-speclog',
  kind: 's55-specimen-tracking-log-grid',
  caption: 'Specimen Tracking — Histology receiving — 10/21/2025 — bench 3',
  headers: ['Barcode', 'Source case', 'Site', 'Containers', 'Rec’d', 'Ref'],
  rows: [
    ['[71051]', 'OR-4 sciatic neuroplasty', 'L sciatic adhesions', '1', '08:42', '{64712}'],
    ['[71044]', 'OR-2 lumbar plexus release', 'Psoas scar', '2', '09:10', '{64714}'],
    ['[71288]', 'Clinic bx', 'R sural nerve', '3 (glut, formalin, frozen)', '10:05', '{64795}'],
    ['[71412]', 'Podiatry', 'Morton neuroma 3rd IS', '1', '11:30', '{28080}'],
    ['[71402]', 'Pain clinic', 'Plantar digital nerve (post-neurolysis)', '1', '12:15', '{64632}'],
    ['[64612]', 'Derm', 'Shave bx L cheek', '1', '13:40', 'S25-[72133]'],
  ],
});

// ── 11. HL7 v2 ORM (order to the reference lab) ──
const hl7Orm = lines({
  id: 's55-orm',
  kind: 's55-hl7-orm-order-message',
  before: 'Interface engine — outbound message viewer — channel REFLAB_ORM',
  text: [
    'MSH|^~\\&|EPIC|HRL|MRL|MRL|20251021101455||ORM^O01|MSG[73038]|P|2.5.1',
    'PID|1||40081127^^^HRL^MR||DOE^JANE||19610412|F|||118 Elm St^^Peoria^IL^[61604]',
    'ORC|NW|HRL[73240]|||||||20251021',
    'OBR|1|HRL[73240]||[57221]^NERVE BIOPSY CONSULT^L|||20251021|||||||||||||||||||||||||{64795}^Biopsy nerve^C4',
    'OBR|2|HRL[73231]||{88362}^Nerve teased prep^C4|||20251021',
    'DG1|1||G57.01^Lesion of sciatic nerve, right^I10',
    'NTE|1||Prior neuroplasty {64712} 2023; surgeon requests EM ({88348}).',
  ].join('\n'),
});

// ── 12. HL7 v2 ORU (result back with charge codes) ──
const hl7Oru = lines({
  id: 's55-oru',
  kind: 's55-hl7-oru-result-message',
  before: 'Interface engine — inbound message viewer — channel REFLAB_ORU',
  text: [
    'MSH|^~\\&|MRL|MRL|EPIC|HRL|20251030164002||ORU^R01|MRL[75023]|P|2.5.1',
    'OBR|1|HRL[73240]|NM25-[00318]|{88362}^Nerve teased preparations^C4|||20251021||||||||||||||||F',
    'OBX|1|TX|[57221]^Diagnosis^L||Axonal neuropathy, moderate; no vasculitis.||||||F',
    'OBX|2|NM|[57212]^Fibers counted^L||[12389]|fibers|||||F',
    'FT1|1|||20251030||CG|{88348}^EM^C4|||1',
    'FT1|2|||20251030||CG|{88313}^Special stain^C4|||2',
    'NTE|1||Clinical: post lumbar plexus neuroplasty ({64714}) with persistent deficit.',
  ].join('\n'),
});

// ── 13. Genetic panel prior authorization (lab benefit manager form) ──
const genePa = lines({
  id: 's55-genepa',
  kind: 's55-genetic-panel-prior-auth-form',
  before: 'Genetic Testing Prior Authorization — Lab Benefit Management Program',
  text: [
    'Member ID: GLH-[38492]-01   Group: [14311]   Ordering NPI: 1932154478',
    'Requested test(s): Hereditary neuropathy panel {81448}; if negative, PMP22 dup/del {81324}.',
    'Lab: Midstate Reference Laboratories, test code [55172], Z-code ZB4K7',
    'Clinical: pes cavus, distal weakness, slowed NCV (median 28 m/s). Family hx CMT in father.',
    'Prior surgical history: neuroplasty, sciatic ({64712}) and lumbar plexus ({64714}); tarsal tunnel release ({28035}).',
    'Reviewer note: {81325} not approvable with {81324} on the same date. Case # PA-[96072].',
    'Decision: approved {81448} x1; valid through 01/31/2026. Call 1-888-555-0182 ext [21129].',
  ].join('\n'),
});

// ── 14. Chemodenervation clinic EMG guidance log ──
const chemoLog = table({
  id: 's55-chemolog',
  kind: 's55-chemodenervation-emg-guidance-log',
  caption: 'Botulinum Toxin Clinic — EMG/e-stim guidance log — week of 11/03/2025',
  headers: ['Pt', 'Indication', 'Proc', 'Guidance', 'Units', 'Vial lot'],
  rows: [
    ['AB', 'Blepharospasm', '{64612}', '—', '25', 'C4521'],
    ['CD', 'Hemifacial spasm', '{64612}', '{95874}', '30', '[90291]'],
    ['EF', 'Cervical dystonia', '{64616}', '{95873}', '200', '[90291]'],
    ['GH', 'UE spasticity, 3 muscles', '{64642}', '{95874}', '300', '[90447]'],
    ['IJ', 'Morton neuroma (neurolysis)', '{64632}', 'US {76942}', '—', '—'],
    ['KL', 'Synkinesis after facial palsy', '{64612}', '{95873}', '20', '[90626]'],
  ],
});

// ── 15. Chemodenervation note (free text) ──
const chemoNote = lines({
  id: 's55-chemonote',
  kind: 's55-chemodenervation-procedure-note',
  before: 'Procedure Note — Neurology — 11/05/2025',
  text: [
    'Procedure: chemodenervation of facial nerve innervated muscles, bilateral, under EMG guidance.',
    'Codes: {64612}-50, {95874}. Drug: onabotulinumtoxinA 40 units, 60 units wasted, lot [90752].',
    'Pt previously had destruction by neurolytic agent, plantar common digital nerve {64632} (podiatry, 2024).',
    'Return in 12 weeks. Pt ZIP [60015] on file for mail-order specialty pharmacy.',
  ].join('\n'),
});

// ── 16. QC log (decoy-heavy) ──
const qcLog = table({
  id: 's55-qc',
  kind: 's55-quality-control-levey-jennings-log',
  caption: 'Daily QC — Chemistry line A — Levey-Jennings summary — 11/12/2025',
  headers: ['Run ID', 'Analyte', 'Level', 'Lot', 'Mean', 'SD', 'Result', 'Flag'],
  rows: [
    ['[20190]', 'B12', 'L1', '[45180]', '312', '18', '305', '—'],
    ['[20190]', 'B12', 'L2', '[45181]', '905', '41', '988', '2s warn'],
    ['[20197]', 'HbA1c', 'L1', '[64632]', '5.4', '0.1', '5.5', '—'],
    ['[20376]', 'MMA', 'L1', '[52149]', '0.21', '0.02', '0.20', '—'],
    ['[20372]', 'Glucose', 'L2', '[52327]', '287', '6', '301', '1-3s reject'],
  ],
});

// ── 17. Courier route sheet (decoy-only) ──
const courier = table({
  id: 's55-courier',
  kind: 's55-courier-route-sheet',
  caption: 'Route 7 South — pickup sheet — driver T. Banks — van 17222',
  headers: ['Stop', 'Client', 'City', 'ZIP', 'Window', 'Bags'],
  rows: [
    ['[64714]', 'Northside Neurology', 'Peoria', '[61604]', '9:00–9:30', '2'],
    ['[66091]', 'Bartonville Family Med', 'Bartonville', '[61607]', '9:45–10:15', '1'],
    ['[66231]', 'Pekin Pain Institute', 'Pekin', '[61554]', '10:30–11:00', '3'],
    ['[66342]', 'Canton Rural Clinic', 'Canton', '[61520]', '11:30–12:00', '1'],
    ['[66470]', 'Havana Health Ctr', 'Havana', '[62644]', '13:00–13:30', '1'],
  ],
});

// ── 18. LOINC-to-CPT mapping table ──
const loincMap = table({
  id: 's55-loinc',
  kind: 's55-loinc-to-cpt-mapping-table',
  caption: 'Result-to-charge mapping (LIS build) — neuro workup order set',
  headers: ['LOINC', 'Component', 'Local code', 'Maps to', 'Notes'],
  rows: [
    ['2132-9', 'Cobalamin', '[20638]', '{82607}', '—'],
    ['[13964]-5', 'Methylmalonate', '[20642]', '{83921}', 'send-out'],
    ['4548-4', 'Hemoglobin A1c', '[12060]', '{83036}', '—'],
    ['[10366]-6', 'Protein electrophoresis interp', '[31180]', '{84165}', 'w/ {86334} if IFE'],
    ['[21612]-2', 'PMP22 gene dup/del', '[55169]', '{81324}', 'genetic'],
    ['[48018]-6', 'Gene studied', '[55172]', '{81448}', 'panel'],
  ],
});

// ── 19. Phlebotomy site finder (decoy-only) ──
const siteFinder = lines({
  id: 's55-sites',
  kind: 's55-phlebotomy-site-finder-results',
  before: 'Find a Patient Service Center near 61615 — 5 results',
  text: [
    'PSC #[22015] · 4700 N Sterling Ave, Peoria IL [61615] · 2.1 mi · Mon–Fri 7–4',
    'PSC #[22183] · 1101 W Main, Washington IL [61571] · 9.4 mi · Sat 7–11',
    'PSC #[22441] · Inside Kroger, 3214 Court St, Pekin IL [61554] · 11.0 mi',
    'PSC #[64445] · 300 E War Memorial Dr, Peoria Heights IL [61616] · 3.3 mi · walk-ins',
    'PSC #[22656] · 205 S Main St, Morton IL [61550] · 12.8 mi · glucose tolerance by appt',
  ].join('\n'),
});

// ── 20. Reagent order (decoy-only) ──
const reagent = table({
  id: 's55-reagent',
  kind: 's55-reagent-purchase-order',
  caption: 'Purchase Order PO-2025-33023 — Histology supplies — vendor acct 33156',
  headers: ['Catalog #', 'Description', 'Qty', 'UOM', 'Unit', 'Ext'],
  rows: [
    ['[23019]', 'Glutaraldehyde 2.5% in cacodylate, 10 mL', '12', 'EA', '18.40', '220.80'],
    ['[23168]', 'Osmium tetroxide 4% ampule', '4', 'PK', '96.00', '384.00'],
    ['[64712]', 'Prussian blue (iron) stain kit', '1', 'KT', '212.00', '212.00'],
    ['[24046]', 'Cassettes, biopsy, blue', '[10000]', 'EA', '0.09', '900.00'],
    ['[24193]', 'Formalin 10% NBF prefill 20 mL', '500', 'EA', '0.61', '305.00'],
  ],
});

// ── 21. CMS-1500 item 24 lines for the nerve biopsy professional claim ──
const cms1500 = lines({
  id: 's55-1500',
  kind: 's55-cms1500-item24-text',
  before: 'CMS-1500 (02/12) print preview — claim 25-27035 — Item 24',
  text: [
    '24A 10 02 25  10 02 25  24B 22  24D {64795}  RT  24E A  24F 640 00  24G 1  24J 1437728190',
    '24A 10 02 25  10 02 25  24B 22  24D {64445}  59 RT  24E B  24F 210 00  24G 1',
    '24A 06 11 25  06 11 25  24B 21  24D {64714}  LT  24E A  24F 1980 00  24G 1',
    '24A 06 11 25  06 11 25  24B 21  24D {64445}  59 LT  24E B  24F 210 00  24G 1',
    'Item 26 Patient acct no. [50121]   Item 32 facility ZIP [61603]   Item 33 ZIP [61614]',
  ].join('\n'),
});

// ── 22. Neuropathy workup order set (EHR panel picker) ──
const orderSet = lines({
  id: 's55-orderset',
  kind: 's55-neuropathy-lab-order-set-picker',
  before: 'Order Set: Peripheral Neuropathy — Initial Labs (NEURO-OS-28147)',
  text: [
    '☑ CMP ({80053})   ☑ CBC ({85025})   ☑ B12 ({82607})   ☐ Folate ({82746})',
    '☑ HbA1c ({83036})   ☑ TSH ({84443})   ☑ SPEP/IFE ({84165}, {86334})',
    '☐ Heavy metals, blood ({83655}, {82175})   ☐ Hereditary neuropathy panel (send-out [55172])',
    'Procedures linked to this set: nerve biopsy {64795}; neuroplasty referral {64712}, {64714}.',
  ].join('\n'),
});

// ── 23. Intra-operative frozen section log ──
const frozenLog = table({
  id: 's55-frozen',
  kind: 's55-intraop-frozen-section-log',
  caption: 'Frozen Section Log — Main OR — 10/21/2025',
  headers: ['FS #', 'OR case', 'Surgeon proc', 'Blocks', 'Billed', 'Called'],
  rows: [
    ['FS-[29031]', 'Rm 4', 'Neuroplasty sciatic {64712}', '1', '{88331}', '09:02'],
    ['FS-[29029]', 'Rm 4', 'same case, 2nd block', '1', '{88332}', '09:20'],
    ['FS-[29157]', 'Rm 2', 'Lumbar plexus neurolysis {64714}', '2', '{88331}, {88332}', '10:41'],
    ['FS-[29270]', 'Rm 6', 'Thyroid lobectomy {60220}', '1', '{88331}', '13:15'],
  ],
});

// ── 24. Lab denial letter ──
const denial = lines({
  id: 's55-denial',
  kind: 's55-lab-claim-denial-letter',
  before: 'Notice of Claim Denial — Great Lakes Health Plan — Provider Appeals',
  text: [
    'Claim 2025288013078 · Member RUIZ, MARIA · Provider: Lakeshore Pathology Associates',
    'Line 3 {88313} denied: special stain not supported by diagnosis for specimen from neuroplasty ({64712}).',
    'Line 4 {88305} allowed. Line 5 {88311} allowed.',
    'The facility claim for {64714} and the anesthesia block {64445} are outside this determination.',
    'Appeal within 180 days to PO Box [30610], Atlanta GA [30374]-0610. Ref [43138].',
  ].join('\n'),
});

// ── 25. CLFS file excerpt ──
const clfs = table({
  id: 's55-clfs',
  kind: 's55-clfs-quarterly-file-excerpt',
  caption: 'CLFS 2026 Q1 public use file (excerpt) — CY2026Q1V1',
  headers: ['YEAR', 'HCPCS', 'MOD', 'EFF_DATE', 'INDICATOR', 'RATE', 'SHORTDESC'],
  rows: [
    ['2026', '{82607}', '', '20260101', 'N', '20.02', 'Vitamin b-12'],
    ['2026', '{83921}', '', '20260101', 'N', '24.08', 'Assay of organic acid single'],
    ['2026', '{81324}', '', '20260101', 'N', '601.61', 'Pmp22 gene dup/delet'],
    ['2026', '{81448}', '', '20260101', 'N', '2448.66', 'Hrdtry perph neuropthy pnl'],
    ['2026', '{85025}', 'QW', '20260101', 'N', '7.77', 'Complete cbc w/auto diff wbc'],
  ],
});

// ── 26. CAP checklist excerpt (decoy ids) with a CPT mention ──
const capCheck = lines({
  id: 's55-cap',
  kind: 's55-cap-checklist-inspection-notes',
  before: 'CAP inspection prep — Anatomic Pathology checklist — Prairie Valley Hospital Laboratory',
  text: [
    'ANP.[11600] Gross examination — pathologist or qualified PA. Evidence: grossing log, nerve bx SOP.',
    'ANP.[22550] Frozen section turnaround ≤ 20 min: FS log reviewed (cases billed {88331}).',
    'ANP.[23400] Electron microscopy fixation: glutaraldehyde lot [23019] in date.',
    'GEN.[40492] Specimen labeling: 2 identifiers. COM.[30450] QC records retained 2 yrs.',
  ].join('\n'),
});

// ── 27. Pathologist worklist (vague headers) ──
const worklist = table({
  id: 's55-worklist',
  kind: 's55-pathologist-sign-out-worklist',
  caption: 'My Worklist — Dr. R. Vance — unsigned cases',
  headers: ['Case', 'Item', 'Value', 'Ref', 'Age (h)'],
  rows: [
    ['SP25-[31518]', 'Sciatic adhesions', '{88304}', '{64712}', '26'],
    ['SP25-[31516]', 'Psoas scar', '{88305}', '{64714}', '24'],
    ['NM25-[00318]', 'Sural nerve', '{88362}', '[31691]', '70'],
    ['SP25-[31520]', 'Femoral head', '{88304}, {88311}', '[31692]', '5'],
  ],
});

// ── 28. Lab portal JSON order payload ──
const portalJson = lines({
  id: 's55-json',
  kind: 's55-lab-portal-json-order-payload',
  before: 'Developer console — POST /api/v2/orders (200) — response body',
  text: [
    '{ "orderId": "MRL-2025-[34058]", "client": "[34227]", "patientZip": "[61604]",',
    '  "tests": [ { "code": "[55172]", "cpt": ["{81448}"] }, { "code": "[55169]", "cpt": ["{81324}"] } ],',
    '  "clinical": { "priorProcedures": ["{64712}", "{64714}"], "icd10": ["G60.0"] },',
    '  "billTo": "insurance", "boxCount": [34336] }',
  ].join('\n'),
});

// ── 29. XML charge capture from the AP system ──
const apXml = lines({
  id: 's55-xml',
  kind: 's55-ap-charge-capture-xml',
  before: 'AP charge interface — message archive — batch 35029',
  text: [
    '<Charge><Accession>SP25-[31518]</Accession><Cpt>{88304}</Cpt><Units>1</Units></Charge>',
    '<Charge><Accession>SP25-[31518]</Accession><Cpt>{88313}</Cpt><Units>1</Units></Charge>',
    '<LinkedSurgery cpt="{64712}" orCase="[35281]" facilityZip="[61603]"/>',
    '<Charge><Accession>NM25-[00318]</Accession><Cpt>{88348}</Cpt><CdmCode>[35472]</CdmCode></Charge>',
  ].join('\n'),
});

// ── 30. Sciatic neuroplasty op note with specimen to pathology ──
const opNote = lines({
  id: 's55-opnote',
  kind: 's55-neuroplasty-op-note-specimen',
  before: 'OPERATIVE REPORT — Peoria Nerve & Spine Center — 10/14/2025',
  text: [
    'Procedure: external neurolysis of the left sciatic nerve at the sciatic notch (CPT {64712}).',
    'Anesthesia: GA plus ultrasound-guided sciatic nerve block (anesthesia to report {64445}).',
    'Specimen: perineural scar to pathology, requisition [36185]; second specimen posterior thigh scar.',
    'Prior surgery: lumbar plexus neuroplasty {64714} (2023). EBL 50 mL. Implant log: none.',
    'Dictated by A. Moreno MD, ID [36382].',
  ].join('\n'),
});

// ── 31. Patient statement from the lab ──
const statement = lines({
  id: 's55-stmt',
  kind: 's55-lab-patient-statement',
  before: 'Midstate Reference Laboratories — Patient Statement',
  text: [
    'Account: [37206]  Statement date 12/01/2025  Amount due 148.20',
    'Date of service 10/21/2025  Hereditary neuropathy panel  {81448}  insurance paid 1,812.44',
    'Date of service 10/21/2025  Venipuncture  {36415}  patient responsibility 3.00',
    'Remit to: Midstate Reference Laboratories, PO Box [37394], Nashville TN [37241]-7394',
  ].join('\n'),
});

// ── 32. Advance Beneficiary Notice for lab tests (CMS-R-131 layout) ──
const abn = table({
  id: 's55-abn',
  kind: 's55-lab-abn-cms-r131-grid',
  caption: 'Advance Beneficiary Notice of Non-coverage (ABN) — Notifier: Harbor Regional Lab — ID 39221',
  headers: ['(D) Test', '(E) Reason Medicare may not pay', '(F) Estimated cost'],
  rows: [
    ['Vitamin D 25-OH ({82306})', 'Frequency limit / diagnosis', '48.00'],
    ['Methylmalonic acid {83921}', 'Not covered for this diagnosis', '62.00'],
    ['Anti-MAG antibody ({83516})', 'Investigational for this indication', '118.00'],
  ],
});

// ── 33. Send-out manifest ──
const manifest = table({
  id: 's55-manifest',
  kind: 's55-send-out-shipping-manifest',
  caption: 'Send-out manifest — to Midstate Reference Labs — ship date 10/21/2025 — box 39569 of 2',
  headers: ['Accession', 'Test code', 'Temp', 'Tracking', 'Dest ZIP'],
  rows: [
    ['[73240]', '[57221]', 'Ambient/glut', '1Z 4E7 [39716]', '[37027]'],
    ['[73231]', '[55172]', 'Refrig', '1Z 4E7 [39717]', '[37027]'],
    ['[74019]', '[20642]', 'Frozen', '1Z 4E7 [39718]', '[37027]'],
  ],
});

// ── 34. ASC case-to-pathology charge reconciliation (vague headers) ──
const ascRecon = table({
  id: 's55-ascrecon',
  kind: 's55-asc-case-pathology-reconciliation',
  caption: 'Case/Path Reconciliation — Peoria Nerve & Spine ASC — October 2025 — cases missing a path charge',
  headers: ['Case #', 'Code', 'Path acc.', 'Path code', 'Pt acct', 'Pt ZIP', 'Status'],
  rows: [
    ['[81207]', '{64712}', 'SP25-[31518]', '{88304}', '[50874]', '[61604]', 'Matched'],
    ['[81213]', '{64714}', 'SP25-[31516]', '{88305}', '[50881]', '[61525]', 'Matched'],
    ['[81226]', '{64712}', '—', '—', '[64714]', '[61548]', 'No specimen sent'],
    ['[81230]', '{64632}', 'SP25-[31533]', '{88305}', '[50907]', '[61611]', 'Path pending'],
    ['[81244]', '{64445}', '—', '—', '[50912]', '[61530]', 'Block only; no path expected'],
    ['[81251]', '{64612}', '—', '—', '[50926]', '[61822]', 'Clinic; n/a'],
  ],
});

// ── 35. Lab billing edit queue (NCCI and medical-necessity edits) ──
const editQueue = lines({
  id: 's55-edits',
  kind: 's55-lab-billing-edit-queue',
  before: 'Billing Edits — Work Queue AP-EDITS — 14 open — sorted by age',
  text: [
    'Edit [40913] · Acc SP25-[31533] · {88305} billed with surgical code {64632} on same claim (ASC) — route to facility billing.',
    'Edit [40917] · Acc NM25-[00318] · {88348} requires EM documentation; pathologist addendum pending.',
    'Edit [40922] · Acc SP25-[31518] · Dx M79.2 does not support {88313}; surgeon performed {64712} — query pathologist.',
    'Edit [40930] · Client [50874] · MUE: {88305} x4 exceeds 3 units; specimens A–D from {64714} case.',
    'Edit [40936] · Pt acct [64632] · duplicate of claim 25-[40311]; hold.',
  ].join('\n'),
});

export const sealed55: Snippet[] = [
  ...lisReq,
  ...surgPath,
  ...suralWorkup,
  ...testDir,
  ...priceList,
  ...moldx,
  ...clia,
  ...clientBill,
  ...remit835,
  ...specLog,
  ...hl7Orm,
  ...hl7Oru,
  ...genePa,
  ...chemoLog,
  ...chemoNote,
  ...qcLog,
  ...courier,
  ...loincMap,
  ...siteFinder,
  ...reagent,
  ...cms1500,
  ...orderSet,
  ...frozenLog,
  ...denial,
  ...clfs,
  ...capCheck,
  ...worklist,
  ...portalJson,
  ...apXml,
  ...opNote,
  ...statement,
  ...abn,
  ...manifest,
  ...ascRecon,
  ...editQueue,
];
