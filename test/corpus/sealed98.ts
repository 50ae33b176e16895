import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 98 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s98-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too. About a third of the decoys are numbers of the synthetic 10,000-code set (KNOWN_10K) used as
 * legacy charge, insurance, provider, transaction and account numbers, batch numbers, a tenant id, a payer id, a ZIP,
 * asset tags, purchase orders, badges and a message id. The five known codes' digits come back as decoys: a legacy
 * account number, a lockbox PO box, a conversion batch, a retired legacy charge code, a guarantor account, a
 * clearinghouse trace number, an 835 PLB reference, a ZIP, an employee number, an asset tag, a ticket number and a
 * legacy claim control number. A legacy charge code built as a CPT code plus a letter suffix (`64712A`) is read as the
 * CPT code it carries.
 *
 * Family: practice-management system conversion and data migration at a pain and peripheral-nerve practice moving
 * from a legacy PM system to a new CPT-based one: a procedure / charge code crosswalk (legacy charge codes to new fee
 * schedule lines) and its unmapped-code exceptions, an A/R conversion balance report with open-item detail and control
 * totals, a data validation exception log (text and grid), a fee schedule import file as CSV with its import preview,
 * a test-claim comparison (legacy vs new 837P output and a loop-by-loop diff), an 835 test posting, a go-live cutover
 * checklist, a project status email and a go-live huddle note as prose, an interface spec excerpt (fixed-width field
 * positions with sample values, an HL7 DFT sample), a JSON charge-map export and an XML fee schedule, a parallel-billing
 * reconciliation with its variance notes, a payer id crosswalk, provider and location mapping, an issue tracker, a
 * rebuilt encounter form, a post-go-live billed-code audit, an adjustment-code to GL mapping, and decoy-only pages (a
 * user-account provisioning list, a hardware inventory, a patient demographics import file).
 * Built on real public layouts: the X12 837P loops (2010AA N3/N4, 2300 CLM, 2400 SV1 with HC: qualifier), the X12 835
 * CLP/SVC segments, an HL7 v2 DFT^P03 message (PID, FT1 with FT1-25 procedure code), a fixed-width legacy charge export
 * record layout (field, start, length, format), and a fee schedule import template (code, modifier, fee, effective
 * date). The others are written the way those pages read, with no single source.
 *
 * 363 labelled tokens over 37 shapes: 144 codes, 219 decoys, 76 of the decoys in KNOWN_10K.
 */

// ── 1. Conversion scope memo, text layer ──
const scopeMemo = lines({
  id: 's98-scope',
  kind: 's98-conversion-scope-memo-text',
  before: 'Cumberland Nerve & Pain — PM Conversion — Scope and Assumptions (v3)',
  text: [
    'Legacy system: ClinixPM 7.4 (on-prem, SQL export). Target: Keystone PM cloud, tenant [40086].',
    'In scope: patients, insurance, open A/R as balance-forward and open items, fee schedules, charge codes.',
    'Out of scope: closed claims before 01/01/2023, scanned documents, paid history older than 24 months.',
    'Legacy charge codes (5-digit internal numbers such as [31007] and [31022]) retire at go-live; the new',
    'system bills straight from CPT. Highest-volume lines to test first: {64712}, {64445}, {64483} and {20610}.',
    'Lockbox remains PO Box [64714], Nashville; the vendor number on file with the bank is [20122].',
  ].join('\n'),
});

// ── 2. Procedure / charge code crosswalk, table ──
const crosswalk = table({
  id: 's98-xwalk',
  kind: 's98-charge-code-crosswalk-grid',
  caption: 'Charge Code Crosswalk — ClinixPM → Keystone fee schedule FS-2026-STD',
  headers: ['Legacy chg code', 'Legacy description', 'New CPT', 'Mod', 'New fee line', 'Status'],
  rows: [
    ['[31007]', 'SCIATIC NEUROPLASTY', '{64712}', '', 'FS-0412', 'Mapped'],
    ['[31008]', 'LUMB PLEXUS NEUROPLASTY', '{64714}', '', 'FS-0413', 'Mapped'],
    ['[31022]', 'SCIATIC BLOCK SINGLE', '{64445}', '', 'FS-0388', 'Mapped'],
    ['[31031]', 'MORTON NEUROMA ALCOHOL INJ', '{64632}', 'RT', 'FS-0402', 'Mapped'],
    ['[31032]', 'MORTON NEUROMA ALCOHOL INJ LT', '{64632}', 'LT', 'FS-0402', 'Mapped - mod split'],
    ['[31045]', 'BOTOX FACIAL UNILAT', '{64612}', '', 'FS-0409', 'Mapped'],
    ['[20088]', 'TFESI LUMBAR 1 LVL', '{64483}', '', 'FS-0371', 'Mapped'],
    ['[20092]', 'TFESI ADDL LVL', '{64484}', '', 'FS-0372', 'Mapped'],
    ['[20098]', 'FACET LUMBAR 1 LVL', '{64493}', '', 'FS-0377', 'Review units'],
    ['[64612]', 'LEGACY SUPPLY KIT (old #)', '—', '', '—', 'Retire'],
    ['[31060]', 'US GUIDANCE NEEDLE', '{76942}', '', 'FS-0520', 'Mapped'],
  ],
});

// ── 3. Unmapped legacy codes, table ──
const unmapped = table({
  id: 's98-unmapped',
  kind: 's98-unmapped-legacy-code-exceptions-grid',
  caption: 'Unmapped legacy codes (need coder decision before fee load)',
  headers: ['Legacy #', 'Description', 'Proposed', 'Reason held'],
  rows: [
    ['[31099]', 'NERVE BLOCK OTHER', '{64450}', 'Legacy used one code for several nerves'],
    ['[20133]', 'GENICULAR RFA', '{64624}', 'New code, confirm units per nerve'],
    ['[31102]', 'NEUROLYSIS FOOT', '{64640} or {64632}', 'Depends on nerve; split by documentation'],
    ['[40119]', 'PROC TRAY', 'none', 'Not separately billable'],
    ['[31110]', 'SI JOINT INJ W FLUORO', '{27096}', 'Imaging bundled in new code'],
  ],
});

// ── 4. A/R conversion balance report, table ──
const arBalance = table({
  id: 's98-arbal',
  kind: 's98-ar-conversion-balance-report-grid',
  caption: 'A/R Conversion — Balance Forward by Account — as of cutover 02/27/2026',
  headers: ['Legacy acct', 'Patient', 'New MRN', 'Ins balance', 'Pt balance', 'Aging', 'Last DOS'],
  rows: [
    ['[64632]', 'HARLAN, R', 'K0041187', '1,212.40', '35.00', '31-60', '01/22/2026'],
    ['[10147]', 'OYELARAN, T', 'K0041188', '0.00', '120.00', '91-120', '10/30/2025'],
    ['[27714]', 'BRISCOE, M', 'K0041189', '2,418.00', '0.00', '0-30', '02/20/2026'],
    ['[10160]', 'DUNAWAY, P', 'K0041190', '612.40', '50.00', '61-90', '12/04/2025'],
    ['[33981]', 'VELASQUEZ, A', 'K0041191', '0.00', '15.00', '120+', '06/11/2025'],
    ['[50043]', 'KOWALCZYK, J', 'K0041192', '948.22', '0.00', '0-30', '02/24/2026'],
  ],
});

// ── 5. A/R open-item detail, table ──
const arOpenItems = table({
  id: 's98-aropen',
  kind: 's98-ar-open-item-detail-grid',
  caption: 'Open items converted as line-item A/R (not balance-forward)',
  headers: ['Acct', 'DOS', 'Proc', 'Units', 'Charge', 'Payer', 'Open bal'],
  rows: [
    ['[27714]', '02/20/2026', '{64712}', '1', '1,450.00', 'BCBST', '1,450.00'],
    ['[27714]', '02/20/2026', '{76942}', '1', '210.00', 'BCBST', '210.00'],
    ['[50043]', '02/24/2026', '{64445}', '1', '520.00', 'UHC', '520.00'],
    ['[50043]', '02/24/2026', '{99214}', '1', '265.00', 'UHC', '265.00'],
    ['[64632]', '01/22/2026', '{64632}', '1', '480.00', 'Aetna', '480.00'],
    ['[10160]', '12/04/2025', '{64612}', '1', '690.00', 'Medicare', '612.40'],
  ],
});

// ── 6. A/R control totals, text layer ──
const arTotals = lines({
  id: 's98-artot',
  kind: 's98-ar-conversion-control-totals-text',
  before: 'Control totals — sign-off required (Billing Manager, CFO)',
  text: [
    'Conversion batch [64445] (balance-forward): 4,812 accounts, legacy total $1,904,226.18, new total $1,904,226.18',
    'Conversion batch [64446] (open items): 1,377 lines, legacy total $611,402.55, loaded $611,402.55, variance 0.00',
    'Credit balances moved to refund queue: 212 accounts, $[18744].31 — do not post to the new system',
    'Accounts on hold: 37 (collections vendor acct [70130] pending recall file)',
  ].join('\n'),
});

// ── 7. Data validation exception log, text layer ──
const validationLog = lines({
  id: 's98-vlog',
  kind: 's98-data-validation-exception-log-text',
  before: 'convert_validate.log — run 4 of 6 — 02/18/2026 22:14',
  text: [
    'WARN  row [10418]  charge.proc_code={64714} fee_line missing in FS-2026-STD, defaulted to 0.00',
    'ERROR row [10423]  patient.zip=3721 length 4, expected 5 or 9; record rejected',
    'ERROR row [10431]  patient.zip=[37215]-11 bad ZIP+4; record rejected',
    'WARN  row [21307]  charge.proc_code={64712} modifier "RT" not allowed on line FS-0412, stripped',
    'INFO  row [21309]  legacy_chg=[31031] mapped to {64632}-RT',
    'ERROR row [21318]  guarantor.acct=[64612] duplicate of acct [64612] (merged family), manual review',
    'WARN  row [21322]  charge.proc_code={95910} units=3 exceeds MUE 1, held',
  ].join('\n'),
});

// ── 8. Data validation exception grid, table ──
const validationGrid = table({
  id: 's98-vgrid',
  kind: 's98-data-validation-exception-grid',
  caption: 'Exceptions by rule — run 5',
  headers: ['Seq', 'Record', 'Field', 'Value', 'Rule', 'Severity'],
  rows: [
    ['1', '[30412]', 'charge.proc_code', '{64445}', 'Code not on payer fee schedule', 'Warn'],
    ['2', '[30415]', 'patient.zip', '[37067]', 'ZIP not in service area list', 'Info'],
    ['3', '[30418]', 'charge.proc_code', '{64612}', 'Units > 1 without mod 50 review', 'Warn'],
    ['4', '[30421]', 'ins.payer_id', '[62308]', 'Payer id retired by clearinghouse', 'Error'],
    ['5', '[30424]', 'charge.proc_code', '{64714}', 'Fee 0.00 after load', 'Error'],
    ['6', '[30427]', 'guarantor.acct', '[10174]', 'Orphan guarantor', 'Error'],
    ['7', '[30430]', 'charge.proc_code', '{99215}', 'Missing diagnosis pointer', 'Warn'],
  ],
});

// ── 9. Fee schedule import file as CSV, text layer ──
const feeCsv = lines({
  id: 's98-feecsv',
  kind: 's98-fee-schedule-import-csv-text',
  before: 'FS-2026-STD_import.csv (opened in text editor)',
  text: [
    'fee_schedule_id,cpt_code,modifier,description,std_fee,effective_date,legacy_ref',
    'FS-2026-STD,{64712},,NEUROPLASTY SCIATIC NERVE,1450.00,2026-03-02,[31007]',
    'FS-2026-STD,{64714},,NEUROPLASTY LUMBAR PLEXUS,1320.00,2026-03-02,[31008]',
    'FS-2026-STD,{64445},,INJ ANES SCIATIC SINGLE,520.00,2026-03-02,[31022]',
    'FS-2026-STD,{64632},RT,DESTR PLANTAR DIGITAL NERVE,480.00,2026-03-02,[31031]',
    'FS-2026-STD,{64612},,CHEMODENERV FACIAL MUSC UNI,690.00,2026-03-02,[31045]',
    'FS-2026-STD,{64635},,RF DESTR FACET LUMBAR SINGLE,1780.00,2026-03-02,[20143]',
    'FS-2026-STD,{95886},,EMG W NCS COMPLETE EXTREMITY,410.00,2026-03-02,[20145]',
  ].join('\n'),
});

// ── 10. Fee schedule import preview, table ──
const feePreview = table({
  id: 's98-feeprev',
  kind: 's98-fee-schedule-import-preview-grid',
  caption: 'Import preview — 7 of 214 lines — 0 errors, 2 warnings',
  headers: ['Line', 'Code', 'Desc', 'Std fee', 'Eff', 'Warn'],
  rows: [
    ['1', '{64712}', 'Neuroplasty sciatic nerve', '1,450.00', '03/02/2026', ''],
    ['2', '{64714}', 'Neuroplasty lumbar plexus', '1,320.00', '03/02/2026', ''],
    ['3', '{64445}', 'Inj sciatic single', '520.00', '03/02/2026', 'Below MPFS'],
    ['4', '{64632}', 'Destr plantar digital nerve', '480.00', '03/02/2026', ''],
    ['5', '{64612}', 'Chemodenerv facial unilat', '690.00', '03/02/2026', ''],
    ['6', '{64636}', 'RF facet lumbar addl', '620.00', '03/02/2026', 'Add-on'],
  ],
});

// ── 11. Test claim, legacy 837P output, text layer ──
const x12Legacy = lines({
  id: 's98-x12old',
  kind: 's98-test-claim-837p-legacy-output-text',
  before: 'TEST CLAIM TC-07 — legacy ClinixPM 837P (ISA15=T)',
  text: [
    'NM1*85*2*CUMBERLAND NERVE AND PAIN PLLC*****XX*1649382017~',
    'N3*2200 ELLISTON PL STE 310~',
    'N4*NASHVILLE*TN*372034410~',
    'CLM*TC07-LEG*1970***11:B:1*Y*A*Y*Y~',
    'SV1*HC:{64712}*1450*UN*1***1~',
    'SV1*HC:{76942}*210*UN*1***1~',
    'SV1*HC:{99213}:25*310*UN*1***2~',
  ].join('\n'),
});

// ── 12. Test claim, new 837P output, text layer ──
const x12New = lines({
  id: 's98-x12new',
  kind: 's98-test-claim-837p-new-output-text',
  before: 'TEST CLAIM TC-07 — Keystone PM 837P (ISA15=T)',
  text: [
    'N4*NASHVILLE*TN*[37203]~',
    'CLM*K26030200417*1970***11:B:1*Y*A*Y*Y~',
    'REF*D9*[64714]~',
    'SV1*HC:{64712}*1450*UN*1***1~',
    'SV1*HC:{76942}*210*UN*1***1~',
    'SV1*HC:{99213}:25*310*UN*1***1:2~',
    'NM1*PR*2*BLUECROSS BLUESHIELD OF TN*****PI*[00390]~',
  ].join('\n'),
});

// ── 13. Test claim comparison, table ──
const claimDiff = table({
  id: 's98-claimdiff',
  kind: 's98-test-claim-loop-comparison-grid',
  caption: 'TC-07 legacy vs new — element differences only',
  headers: ['Loop / seg', 'Element', 'Legacy', 'New', 'Result'],
  rows: [
    ['2010AA N4', 'N403 postal code', '372034410', '[37203]', 'FAIL - ZIP+4 dropped'],
    ['2300 REF*D9', 'Clearinghouse trace', '(none)', '[64714]', 'OK - new element'],
    ['2400 SV1', 'SV101-2 procedure', '{64712}', '{64712}', 'Match'],
    ['2400 SV1', 'SV101-2 procedure', '{99213}', '{99213}', 'Match'],
    ['2400 SV1', 'SV107 dx pointer', '2', '1:2', 'Review'],
    ['2010BB NM1', 'NM109 payer id', '[00390]', '[00390]', 'Match'],
  ],
});

// ── 14. Test claim log, table ──
const testClaimLog = table({
  id: 's98-tclog',
  kind: 's98-test-claim-scenario-log-grid',
  caption: 'Test claim scenarios — clearinghouse test mode',
  headers: ['Scenario', 'Payer', 'Svc', 'Legacy 999', 'New 999', 'Payer 277CA', 'Ticket'],
  rows: [
    ['TC-01 new pt + block', 'UHC', '{99204} {64445}', 'A', 'A', 'Accepted', '—'],
    ['TC-04 bilateral neuroma', 'Aetna', '{64632} x2', 'A', 'A', 'Rejected A7', '[41873]'],
    ['TC-07 neuroplasty', 'BCBST', '{64712}', 'A', 'E', 'Accepted', '[41877]'],
    ['TC-09 Botox face', 'Medicare', '{64612}', 'A', 'A', 'Accepted', '—'],
    ['TC-11 lumbar plexus', 'Cigna', '{64714}', 'A', 'A', 'Pending', '[41880]'],
  ],
});

// ── 15. 835 test posting, text layer ──
const era835 = lines({
  id: 's98-era',
  kind: 's98-era-835-test-posting-text',
  before: 'ERA test file for auto-post setup (payer test 835, not production)',
  text: [
    'N1*PR*AETNA*XV*[60054]~',
    'CLP*K26030200311*1*960*612.18*35**12*702128841~',
    'SVC*HC:{64632}:RT*480*306.09**1~',
    'SVC*HC:{64632}:LT*480*306.09**1~',
    'CAS*CO*45*173.91~',
    'PLB*1649382017*20261231*WO:[64612]*-12.00~',
  ].join('\n'),
});

// ── 16. Go-live cutover checklist, text layer ──
const cutover = lines({
  id: 's98-cutover',
  kind: 's98-go-live-cutover-checklist-text',
  before: 'Go-Live Cutover Checklist — Weekend of 02/28/2026',
  text: [
    '[ ] Fri 17:00 freeze charge entry in ClinixPM; last legacy batch no. [50055]',
    '[ ] Fri 19:00 final A/R extract; record control totals (see batch [64445])',
    '[ ] Sat 08:00 load FS-2026-STD (214 lines) and spot-check {64712}, {64714}, {64445}',
    '[ ] Sat 12:00 payer id table: confirm BCBST [00390], Aetna [60054], UHC [87726]',
    '[ ] Sun 10:00 bank: redirect lockbox PO Box [64714] deposits file to Keystone',
    '[ ] Mon 07:00 first live charges; watch hold queue for {64632} and {64612}',
  ].join('\n'),
});

// ── 17. Project status email, prose ──
const statusEmail = lines({
  id: 's98-status',
  kind: 's98-project-status-email-text',
  before: 'From: Conversion PM  To: Steering group  Subject: Week 6 status — amber',
  text: [
    'Hi all, quick update before Thursday. Test claims are clean for 14 of 17 scenarios.',
    'The three failures: the ZIP+4 drop on the billing provider (ticket [41873]), the diagnosis pointer on',
    'the E/M line, and Aetna rejecting the bilateral neuroma claim where we billed {64632} on two lines.',
    'Dr. Pryor wants {64712} and {64714} to keep the surgical fee line; that is now done.',
    'A/R recon is within $0.00 on batch [64446]. Our remaining risk is the [10120] legacy orphan guarantors.',
    'Parallel billing starts Monday for {64445} and {99214} only, on the Franklin site (ZIP [37067]).',
  ].join('\n'),
});

// ── 18. Interface spec, fixed-width record layout with samples, table ──
const fixedWidth = table({
  id: 's98-fwspec',
  kind: 's98-interface-spec-fixed-width-layout-grid',
  caption: 'Legacy charge export CHG01 — record layout (240 bytes)',
  headers: ['Field', 'Start', 'Len', 'Format', 'Sample value', 'Notes'],
  rows: [
    ['Record type', '1', '3', 'A', 'CHG', 'Constant'],
    ['Legacy account', '4', '10', 'N, zero-filled', '0000027714', 'Strip leading zeros'],
    ['Legacy charge code', '14', '5', 'N', '[31007]', 'Map via crosswalk'],
    ['Procedure (CPT)', '19', '5', 'AN', '{64712}', 'May be blank on legacy supply codes'],
    ['Modifier 1', '24', '2', 'AN', 'RT', ''],
    ['Service ZIP', '62', '5', 'N', '[37203]', 'Facility ZIP, not patient'],
    ['Charge amount', '67', '9', 'N, 2 implied', '000145000', 'Implied decimal'],
  ],
});

// ── 19. Interface spec, HL7 DFT sample, text layer ──
const hl7 = lines({
  id: 's98-hl7',
  kind: 's98-interface-spec-hl7-dft-sample-text',
  before: 'Inbound charge interface (EHR → Keystone), sample DFT^P03, spec 2.3 section 6',
  text: [
    'MSH|^~\\&|EHR|CNP|KEYSTONE|CNP|20260302081512||DFT^P03|MSG[80011]|T|2.5.1',
    'PID|1||K0041189^^^CNP^MR||BRISCOE^MARTHA||19620417|F|||18 RIDGE RD^^FRANKLIN^TN^[37064]',
    'FT1|1|||20260302|20260302|CG|{64445}^INJ ANES SCIATIC^CPT|||1|||||||||||||{64445}^^C4',
    'FT1|2|||20260302|20260302|CG|{76942}^US GUIDE NEEDLE^CPT|||1|||||||||||||{76942}^^C4',
    'FT1-7 carries the transaction code; Keystone reads the procedure from FT1-25 (e.g. {64714}) and ignores FT1-7.',
  ].join('\n'),
});

// ── 20. JSON charge map export, text layer ──
const chargeMapJson = lines({
  id: 's98-json',
  kind: 's98-charge-map-json-export-text',
  before: 'GET /api/v2/chargemap?source=clinix (saved response)',
  text: [
    '{ "legacyCode": "[31007]", "cpt": "{64712}", "feeLine": "FS-0412", "active": true },',
    '{ "legacyCode": "[31008]", "cpt": "{64714}", "feeLine": "FS-0413", "active": true },',
    '{ "legacyCode": "[31045]", "cpt": "{64612}", "feeLine": "FS-0409", "active": true },',
    '{ "legacyCode": "{64712}A", "cpt": "{64712}", "feeLine": "FS-0412", "active": false, "note": "old suffix code" },',
    '{ "legacyCode": "[20133]", "cpt": "{64624}", "feeLine": "FS-0399", "active": true }',
  ].join('\n'),
});

// ── 21. XML fee schedule, text layer ──
const feeXml = lines({
  id: 's98-xml',
  kind: 's98-fee-schedule-xml-export-text',
  before: 'fee_schedule_FS-2026-STD.xml',
  text: [
    '<FeeSchedule id="FS-2026-STD" tenant="[40086]" effective="2026-03-02">',
    '  <FeeLine><Proc>{64445}</Proc><Mod/><Fee>520.00</Fee><LegacyRef>[31022]</LegacyRef></FeeLine>',
    '  <FeeLine><Proc>{64632}</Proc><Mod>RT</Mod><Fee>480.00</Fee><LegacyRef>[31031]</LegacyRef></FeeLine>',
    '  <FeeLine><Proc>{20552}</Proc><Mod/><Fee>180.00</Fee><LegacyRef>[20147]</LegacyRef></FeeLine>',
    '  <FeeLine><Proc>{64714}</Proc><Mod/><Fee>1320.00</Fee><LegacyRef>[31008]</LegacyRef></FeeLine>',
  ].join('\n'),
});

// ── 22. Parallel-billing reconciliation, table ──
const parallelRecon = table({
  id: 's98-parallel',
  kind: 's98-parallel-billing-reconciliation-grid',
  caption: 'Parallel billing — Franklin site — week of 03/02/2026',
  headers: ['Svc', 'Legacy claims', 'New claims', 'Legacy charges', 'New charges', 'Variance'],
  rows: [
    ['{64445}', '22', '22', '11,440.00', '11,440.00', '0.00'],
    ['{99214}', '61', '60', '16,165.00', '15,900.00', '265.00'],
    ['{64712}', '4', '4', '5,800.00', '5,800.00', '0.00'],
    ['{64483}', '18', '18', '14,310.00', '14,310.00', '0.00'],
    ['{20610}', '9', '9', '1,395.00', '1,395.00', '0.00'],
    ['Total', '114', '113', '$[49110].00', '$[48845].00', '265.00'],
  ],
});

// ── 23. Parallel billing variance notes, text layer ──
const parallelNotes = lines({
  id: 's98-parnotes',
  kind: 's98-parallel-billing-variance-notes-text',
  before: 'Variance notes (billing lead)',
  text: [
    'One {99214} missing in Keystone: visit on acct [50043] was keyed twice in legacy, so legacy is wrong.',
    'Sciatic block {64445} matches line for line; units and modifiers identical on all 22.',
    'No {64714} volume this week; carry the comparison to next week.',
    'Claim control [64632]-03 (legacy) and K26030200419 (new) are the same encounter; reference only.',
  ].join('\n'),
});

// ── 24. Payer id crosswalk, table (decoy-heavy) ──
const payerXwalk = table({
  id: 's98-payerx',
  kind: 's98-payer-id-crosswalk-grid',
  caption: 'Payer table conversion — legacy insurance codes to clearinghouse payer ids',
  headers: ['Legacy ins code', 'Payer name', 'Claims payer id', 'ERA payer id', 'Remit ZIP'],
  rows: [
    ['[90013]', 'BlueCross BlueShield of TN', '[00390]', '[00390]', '[37402]'],
    ['[90034]', 'Aetna', '[60054]', '[60054]', '[79998]'],
    ['[90101]', 'UnitedHealthcare', '[87726]', '[87726]', '[84130]'],
    ['[90105]', 'Cigna', '[62308]', '[62308]', '[38101]'],
    ['[90140]', 'Medicare Part B J-J TN', '[10312]', '[10312]', '[29202]'],
  ],
});

// ── 25. Provider mapping, table (decoy-only) ──
const providerMap = table({
  id: 's98-provmap',
  kind: 's98-provider-mapping-grid',
  caption: 'Rendering provider mapping',
  headers: ['Legacy prov #', 'Name', 'NPI', 'Taxonomy', 'New user id', 'Home site ZIP'],
  rows: [
    ['[70016]', 'Pryor, Elaine MD', '1902846117', '208VP0014X', 'epryor', '[37203]'],
    ['[70027]', 'Nakagawa, Ken DO', '1376502288', '2084P0800X', 'knakagawa', '[37067]'],
    ['[70032]', 'Ruiz, Dana DPM', '1558027341', '213ES0131X', 'druiz', '[37064]'],
    ['[70055]', 'Abernathy, Lee NP', '1720416685', '363LF0000X', 'labernathy', '[37203]'],
  ],
});

// ── 26. Issue tracker, table ──
const tracker = table({
  id: 's98-tracker',
  kind: 's98-conversion-issue-tracker-grid',
  caption: 'Conversion issues — open',
  headers: ['Ticket', 'Summary', 'Owner', 'Pri', 'Status'],
  rows: [
    ['[41873]', 'Billing provider ZIP+4 dropped in 2010AA N4', 'Vendor', 'High', 'Fix in build 11'],
    ['[41877]', 'Dx pointer on E/M line renders as 1:2', 'Vendor', 'Med', 'In test'],
    ['[41880]', 'Cigna pending on {64714}: needs op note attachment rule', 'Billing', 'Med', 'Open'],
    ['[41886]', '{64612} units default to 1; Botox face needs units by muscle group', 'Billing', 'Low', 'Open'],
    ['[64712]', 'Legacy suffix codes (A/B) still in EHR favorites list', 'IT', 'Low', 'Open'],
  ],
});

// ── 27. Rebuilt encounter form, table ──
const encounterForm = table({
  id: 's98-encform',
  kind: 's98-encounter-form-rebuild-grid',
  caption: 'New encounter form — Procedures section (replaces legacy pick list)',
  headers: ['Item', 'Description', 'Old pick key', 'Default mod'],
  rows: [
    ['{64445}', 'Sciatic nerve block, single', 'SB1', ''],
    ['{64447}', 'Femoral nerve block, single', 'FB1', ''],
    ['{64712}', 'Neuroplasty, sciatic', 'NP-S', ''],
    ['{64714}', 'Neuroplasty, lumbar plexus', 'NP-L', ''],
    ['{64632}', 'Neurolytic, plantar digital nerve', 'MN-A', 'RT / LT'],
    ['{64455}', 'Inj plantar digital nerve (Morton)', 'MN-I', 'RT / LT'],
    ['{28080}', 'Excision interdigital neuroma', 'MN-X', 'RT / LT'],
    ['{64612}', 'Chemodenervation, facial nerve muscles, unilat', 'BTX-F', ''],
  ],
});

// ── 28. Post go-live billed-code audit sample, table ──
const audit = table({
  id: 's98-audit',
  kind: 's98-post-go-live-billed-code-audit-grid',
  caption: 'Post go-live audit — 30 claims, first two weeks',
  headers: ['Claim', 'DOS', 'Billed code', 'Documented', 'Agree', 'Comment'],
  rows: [
    ['K26030400122', '03/04/2026', '{64712}', '{64712}', 'Y', ''],
    ['K26030400131', '03/04/2026', '{64445}', '{64447}', 'N', 'Femoral, not sciatic; old pick key habit'],
    ['K26030500207', '03/05/2026', '{64632}', '{64632}', 'Y', 'RT/LT split correct'],
    ['K26030600044', '03/06/2026', '{64612}', '{64615}', 'N', 'Migraine protocol, not facial'],
    ['K26030900018', '03/09/2026', '{64714}', '{64714}', 'Y', ''],
  ],
});

// ── 29. Adjustment code to GL mapping, table (decoy-only) ──
const glMap = table({
  id: 's98-glmap',
  kind: 's98-adjustment-code-gl-mapping-grid',
  caption: 'Transaction code conversion — adjustments and payments to GL',
  headers: ['Legacy txn code', 'Description', 'New txn code', 'GL account', 'Dept'],
  rows: [
    ['[81502]', 'Contractual adj - commercial', 'ADJ-CO45', '[41100]', '[20000]'],
    ['[81503]', 'Contractual adj - Medicare', 'ADJ-CO45M', '[41110]', '[20000]'],
    ['[81505]', 'Small balance write-off', 'ADJ-SBWO', '[41900]', '[20000]'],
    ['[81506]', 'Bad debt to collections', 'ADJ-BD', '[41950]', '[20000]'],
    ['[81508]', 'Patient payment - lockbox', 'PMT-LBX', '[10200]', '[20000]'],
  ],
});

// ── 30. User-account provisioning list, table (decoy-only) ──
const provisioning = table({
  id: 's98-users',
  kind: 's98-user-account-provisioning-list-grid',
  caption: 'Keystone user provisioning — wave 2',
  headers: ['User', 'Role', 'Emp #', 'Badge', 'Site', 'Site ZIP', 'Go-live'],
  rows: [
    ['tgreer', 'Charge entry', '[64612]', '[50261]', 'Elliston', '[37203]', '02/28/2026'],
    ['mholloway', 'Payment posting', '[50066]', '[50267]', 'Elliston', '[37203]', '02/28/2026'],
    ['jbeasley', 'Front desk', '[22871]', '[50272]', 'Franklin', '[37064]', '03/02/2026'],
    ['rokoro', 'Coder', '[22904]', '[50015]', 'Franklin', '[37064]', '03/02/2026'],
    ['sdelacroix', 'Billing manager', '[18331]', '[50018]', 'Elliston', '[37203]', '02/28/2026'],
  ],
});

// ── 31. Hardware inventory, table (decoy-only) ──
const hardware = table({
  id: 's98-hw',
  kind: 's98-hardware-inventory-grid',
  caption: 'Go-live hardware — scanners, label printers, workstations',
  headers: ['Asset tag', 'Device', 'Model', 'PO', 'Site', 'Room'],
  rows: [
    ['[64632]', 'Card scanner', 'TWAIN duplex', '[30103]', 'Elliston', '310'],
    ['[60119]', 'Label printer', 'Thermal 4in', '[30103]', 'Elliston', '312'],
    ['[60122]', 'Workstation', 'SFF i5 16GB', '[30109]', 'Franklin', '104'],
    ['[60003]', 'Signature pad', 'USB 4x3', '[30111]', 'Franklin', 'Front'],
    ['[60010]', 'Receipt printer', 'Thermal 3in', '[30118]', 'Franklin', 'Front'],
  ],
});

// ── 32. Patient demographics import file, text layer (decoy-only) ──
const demoCsv = lines({
  id: 's98-democsv',
  kind: 's98-patient-demographics-import-csv-text',
  before: 'patients_wave1.csv (first rows)',
  text: [
    'legacy_acct,last,first,dob,addr1,city,state,zip,guarantor_acct',
    '[27714],BRISCOE,MARTHA,1962-04-17,18 RIDGE RD,FRANKLIN,TN,[37064],[27714]',
    '[33981],VELASQUEZ,ANA,1979-11-02,PO BOX 118,ELMO,MO,[64445],[33981]',
    '[50043],KOWALCZYK,JAN,1955-07-30,410 LAKE ST,MURFREESBORO,TN,[37130],[50041]',
    '[10147],OYELARAN,TUNDE,1990-02-14,2 PARK PL APT 4,BRENTWOOD,TN,[37027],[10147]',
  ].join('\n'),
});

// ── 33. Go-live huddle note, prose without a coding verb ──
const huddle = lines({
  id: 's98-huddle',
  kind: 's98-go-live-day-huddle-note-text',
  before: 'Day 3 huddle — 07:30 — billing office',
  text: [
    'Hold queue down to 41. Most holds are {64632} lines without a laterality modifier, and two {64612}',
    'lines with units of 1. {64445} and {64483} are flowing. Scanner [60119] in room 312 replaced.',
    'Reminder: old pick keys are gone; if the doctor writes "sciatic neuroplasty" that is {64712}, lumbar plexus {64714}.',
    'Refund queue total is $[18744].31 and stays out of Keystone until CFO sign-off.',
  ].join('\n'),
});

// ── 34. Legacy report-writer output, top procedures, text layer ──
const topProcs = lines({
  id: 's98-topprocs',
  kind: 's98-legacy-top-procedures-report-text',
  before: 'ClinixPM Report Writer — Procedure Frequency — 01/01/2025 to 12/31/2025 — all providers',
  text: [
    'Rank  Proc   Legacy#  Count  Charges',
    '  1   {99214}  [23416]   3,812  $1,010,180.00',
    '  2   {64483}  [20088]   1,204  $957,180.00',
    '  3   {64445}  [31022]     688  $357,760.00',
    '  4   {64493}  [20098]     571  $411,120.00',
    '  5   {64632}  [31031]     402  $192,960.00',
    '  6   {64712}  [31007]     118  $171,100.00',
    '  7   {64612}  [31045]      96  $66,240.00',
    'Report id [58213]  printed by sdelacroix  page 1 of 3',
  ].join('\n'),
});

// ── 35. Legacy vs new fee comparison, table ──
const feeCompare = table({
  id: 's98-feecmp',
  kind: 's98-legacy-vs-new-fee-comparison-grid',
  caption: 'Fee comparison before load — legacy standard fee vs FS-2026-STD vs 2026 MPFS (locality 35)',
  headers: ['CPT', 'Legacy fee', 'New fee', 'MPFS non-fac', '% of MPFS'],
  rows: [
    ['{64712}', '1,380.00', '1,450.00', '612.40', '237%'],
    ['{64714}', '1,260.00', '1,320.00', '548.10', '241%'],
    ['{64445}', '495.00', '520.00', '198.22', '262%'],
    ['{64632}', '455.00', '480.00', '161.09', '298%'],
    ['{64612}', '650.00', '690.00', '214.77', '321%'],
    ['{64490}', '980.00', '1,020.00', '412.35', '247%'],
    ['{62323}', '1,150.00', '1,190.00', '448.61', '265%'],
    ['{20553}', '190.00', '195.00', '78.40', '249%'],
  ],
});

// ── 36. Clearinghouse enrollment for the new submitter, table (decoy-only) ──
const chEnroll = table({
  id: 's98-chenroll',
  kind: 's98-clearinghouse-submitter-enrollment-grid',
  caption: 'EDI / ERA enrollment under the new submitter id',
  headers: ['Payer', 'Form', 'Payer id', 'Submitter id', 'Tracking #', 'Status'],
  rows: [
    ['BCBST', 'EDI + ERA', '[00390]', 'KS[71911]', '[58217]', 'Approved'],
    ['Aetna', 'ERA only', '[60054]', 'KS[71911]', '[58221]', 'Approved'],
    ['UHC', 'EDI + ERA', '[87726]', 'KS[71911]', '[58234]', 'Submitted'],
    ['Cigna', 'EDI + ERA', '[62308]', 'KS[71911]', '[71933]', 'Submitted'],
    ['Medicare J-J', 'EDI + ERA', '[10312]', 'KS[71911]', '[71940]', 'Approved'],
  ],
});

// ── 37. Held charges remap worklist, table ──
const heldRemap = table({
  id: 's98-heldremap',
  kind: 's98-held-charge-remap-worklist-grid',
  caption: 'Charges held at conversion: legacy code had no map; coder picks the target',
  headers: ['Hold id', 'From', 'Target', 'Coder', 'Note'],
  rows: [
    ['H-0091', '[31099]', '{64450}', 'rokoro', 'Superficial peroneal per op note'],
    ['H-0092', '[31102]', '{64632}', 'rokoro', 'Third web space, RT'],
    ['H-0093', '[31115]', '{64712}', 'rokoro', 'Sciatic neuroplasty at piriformis'],
    ['H-0094', '[31118]', '{64445}', 'rokoro', 'Single shot, no catheter'],
    ['H-0095', '[31124]', '{95908}', 'rokoro', 'NCS 3-4 studies'],
  ],
});

export const sealed98: Snippet[] = [
  ...scopeMemo,
  ...crosswalk,
  ...unmapped,
  ...arBalance,
  ...arOpenItems,
  ...arTotals,
  ...validationLog,
  ...validationGrid,
  ...feeCsv,
  ...feePreview,
  ...x12Legacy,
  ...x12New,
  ...claimDiff,
  ...testClaimLog,
  ...era835,
  ...cutover,
  ...statusEmail,
  ...fixedWidth,
  ...hl7,
  ...chargeMapJson,
  ...feeXml,
  ...parallelRecon,
  ...parallelNotes,
  ...payerXwalk,
  ...providerMap,
  ...tracker,
  ...encounterForm,
  ...audit,
  ...glMap,
  ...provisioning,
  ...hardware,
  ...demoCsv,
  ...huddle,
  ...topProcs,
  ...feeCompare,
  ...chEnroll,
  ...heldRemap,
];
