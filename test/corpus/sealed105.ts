import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 105 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s105-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too. About a third of the decoys are numbers of the synthetic 10,000-code set (KNOWN_10K) used as
 * ZIPs of VA facilities, third-party administrator offices, community practices and Veterans' homes, HSRM case,
 * packet, claim draft, consult, agreement, survey, rep, confirmation and document ids, provider directory ids, patient
 * accounts, X12 and HL7 control numbers, PO boxes, a check number, payment amounts, phone extensions and a count of
 * changed rows. The five known codes' digits come back as decoys: a fax batch number, a portal case number, a CPRS
 * consult number, a VA training course number, TPA PO boxes, a remittance check number, a practice account number, a
 * letter id, provider directory ids, an export batch id and an authorization packet document id.
 *
 * Family: the VA Community Care Network (CCN) and Veterans' community care, seen from the VA community care office,
 * the third-party administrators (Optum, TriWest) and the community practice: an HSRM referral detail screen and
 * worklist, SEOC approved-code grids and an SEOC text layer, a faxed referral packet (cover sheet, authorized services
 * page), the TPA portal's referral search, claim status, claim detail and secure messages, a portal claim entry form,
 * a CMS-1500 text layer, an 837P and an 835, a provider remittance advice and a payment summary, a claim rejection
 * letter and its reason-code table, a reconsideration request, the VA fee schedule lookup (search form and results),
 * a VA.gov urgent care benefit page, provider orientation slides as text, a network provider directory (results and
 * profile), a care coordination note and consult tracking in CPRS, the Request for Services form 10-10172 and an RFS
 * tracker, the community practice's own account screen, charge entry and A/R aging for VA patients, an HL7 v2 referral
 * message, a FHIR ServiceRequest, an XML authorization export, a referral CSV export, the provider manual's billing
 * section, the TPA claims mailing address table and the Veteran's appointment letter.
 * Built on real public layouts: the HSRM community provider referral view (referral number, category of care, SEOC,
 * authorized date range, station), the VA SEOC documents ("Procedural Overview" numbered list, duration, the approved
 * CPT/HCPCS list), VA Form 10-10172 (Request for Services), the CMS-1500 box 23 and box 24 layout, the X12 837P and 835
 * segment layouts (REF*9F, REF*G1, SV1, CLP, SVC, CAS), the VA.gov "Urgent care" benefit page and the Medicare-based
 * fee schedule lookup (HCPCS, modifier, carrier and locality, facility and non-facility rate). The others are written
 * the way those pages read, with no single source.
 *
 * 371 labelled tokens over 40 shapes: 180 codes, 191 decoys, 67 of the decoys in KNOWN_10K; 91 of the codes are the
 * five known codes and 17 decoys carry their digits.
 */

// ── 1. HSRM referral detail, community provider view (text layer) ──
const hsrmDetail = lines({
  id: 's105-hsrm',
  kind: 's105-hsrm-referral-detail-screen-text',
  before: 'HealthShare Referral Manager — Community Provider View — Referral Details',
  text: [
    'Referral Number: VA0051784420   Status: Accepted   Station: 663 VA Puget Sound HCS',
    'Category of Care: PAIN MANAGEMENT   Type of Care: Interventional   Program Authority: 38 U.S.C. 1703',
    'SEOC: PAIN MANAGEMENT INTERVENTIONAL 1.1.4   Duration: 180 days   Authorized visits: 8',
    'Approved services: {64445} sciatic nerve block; {64447} femoral nerve block; {76942} US guidance; {99204}',
    'Follow-up {99214} up to 6; repeat {64445} no sooner than 8 weeks; lumbar MRI {72148} only if not done at VA',
    'Reason for request: right sciatica after L5 laminectomy, failed PT; please evaluate and perform {64445} series',
    'Community provider: Cascade Spine & Pain, 1420 Broadway Ste 300, Seattle, WA [98122]   NPI 1487365520',
    'Return records to: VA Puget Sound Community Care, 1660 S Columbian Way, Seattle, WA [98108]',
    'HSRM case [98144] · documents attached: 6 · last updated 03/02/2026 09:41',
  ].join('\n'),
});

// ── 2. HSRM worklist grid, community provider (no code column, ids and ZIPs) ──
const hsrmWorklist = table({
  id: 's105-hsrmwl',
  kind: 's105-hsrm-provider-referral-worklist-grid',
  caption: 'My Referrals — Cascade Spine & Pain — showing 5 of 23',
  headers: ['Referral #', 'Veteran', 'Category of Care', 'SEOC', 'Station', 'Svc ZIP', 'Status', 'Top CPT'],
  rows: [
    ['VA0051784420', 'HOLLOWAY, D', 'Pain Management', 'PAIN INTV 1.1.4', '663', '[98122]', 'Accepted', '{64445}'],
    ['VA0051790036', 'REYES, M', 'Pain Management', 'PAIN INTV 1.1.4', '663', '[98122]', 'Scheduled', '{64483}'],
    ['VA0051802217', 'TAN, K', 'Pain Management', 'PAIN EVAL 1.0.2', '663A4', '[98103]', 'Pending', '{99204}'],
    ['VA0051811940', 'MORALES, V', 'Neurosurgery', 'NEUROSURG 1.0.6', '663', '[98122]', 'Accepted', '{64712}'],
    ['VA0051815508', 'BRANDT, L', 'Pain Management', 'PAIN INTV 1.1.4', '663GC', '[98161]', 'Returned', '—'],
  ],
});

// ── 3. SEOC approved code list, table ("CPT/HCPCS" header) ──
const seocGrid = table({
  id: 's105-seocgrid',
  kind: 's105-seoc-approved-cpt-hcpcs-grid',
  caption: 'SEOC: PAIN MANAGEMENT INTERVENTIONAL 1.1.4 — Approved CPT/HCPCS codes',
  headers: ['CPT/HCPCS', 'Description', 'Service type', 'Max qty'],
  rows: [
    ['{99204}', 'Office/outpatient visit, new patient, moderate MDM', 'Evaluation', '1'],
    ['{99214}', 'Office/outpatient visit, established, moderate MDM', 'Follow-up', '6'],
    ['{64445}', 'Injection, anesthetic agent(s) and/or steroid; sciatic nerve', 'Procedure', '3'],
    ['{64447}', 'Injection, anesthetic agent(s) and/or steroid; femoral nerve', 'Procedure', '3'],
    ['{64483}', 'Transforaminal epidural injection, lumbar or sacral, single level', 'Procedure', '3'],
    ['{62323}', 'Interlaminar epidural, lumbar or sacral, with imaging guidance', 'Procedure', '3'],
    ['{20553}', 'Injection(s); single or multiple trigger point(s), 3 or more muscles', 'Procedure', '4'],
    ['{76942}', 'Ultrasonic guidance for needle placement', 'Imaging', '6'],
    ['{95886}', 'Needle EMG, each extremity, with related paraspinal areas (add-on)', 'Diagnostic', '1'],
    ['{72148}', 'MRI lumbar spine without contrast', 'Imaging', '1'],
  ],
});

// ── 4. SEOC document, text layer (podiatry; procedural overview prose) ──
const seocText = lines({
  id: 's105-seoctext',
  kind: 's105-seoc-procedural-overview-text',
  before: 'Standardized Episode of Care',
  text: [
    'SEOC Name: PODIATRY 1.2.0   Category of Care: PODIATRY   Duration: 180 days   Document [20548]',
    'Procedural Overview:',
    '1. Initial outpatient evaluation and treatment ({99203}, {99204}); plain films of the foot ({73630}).',
    '2. Follow-up visits as needed, up to 6 ({99213}, {99214}).',
    '3. Injection of anesthetic or steroid for interdigital neuroma, plantar common digital nerve ({64455}).',
    '4. Neurolytic (alcohol) injection of plantar common digital nerve, {64632}, up to 3 per foot per episode.',
    '5. Excision of interdigital (Morton) neuroma {28080} is NOT included; submit an RFS (VA Form 10-[10172]).',
    'Questions: Office of Integrated Veteran Care, SEOC Library, 810 Vermont Ave NW, Washington, DC [20420]',
  ].join('\n'),
});

// ── 5. Referral packet fax cover sheet (decoy heavy) ──
const faxCover = lines({
  id: 's105-fax',
  kind: 's105-referral-packet-fax-cover-text',
  before: 'FACSIMILE TRANSMITTAL',
  text: [
    'From: Minneapolis VA Health Care System, Office of Community Care, One Veterans Dr, Minneapolis, MN [55417]',
    'To: North Star Foot & Ankle Clinic, 7250 France Ave S Ste 210, Edina, MN [55435]   Fax 952-555-0178',
    'Date: 03/09/2026   Pages: 14 (including cover)   Fax batch [64712]   Sender ext. [54211]',
    'RE: Community care referral VA0063801127 — PODIATRY — SEOC POD 1.2.0 — first appt needed within 30 days',
    'Enclosed: referral, SEOC, H&P, foot x-rays, prior injection notes ({64455} x2 at VA, 2025)',
    'If any pages are missing call 612-467-1100 opt 3 and reference packet [55391].',
    'Transmission report: job [48820] · 14 pages sent OK · remote CSID 9525550178 · duration 02:41',
  ].join('\n'),
});

// ── 6. Referral packet "authorized services" page (text layer) ──
const packetServices = lines({
  id: 's105-pkt',
  kind: 's105-referral-packet-authorized-services-text',
  before: 'COMMUNITY CARE REFERRAL — AUTHORIZED SERVICES (page 2 of 14)',
  text: [
    'Veteran: LINDQVIST, ERIK A   DOB 04/11/1961   Referral VA0063801127   Station 618',
    'Authorization period 03/09/2026 through 09/05/2026. Services must be rendered within this period.',
    'Authorized: evaluation {99204}; up to 6 follow-ups {99213}; {64632} x3 left foot (3rd interspace);',
    '{64455} x2; {73630} x1. Any service outside the SEOC requires a Request for Services.',
    'Billing: submit to Optum VA CCN, payer ID VACCN, with referral number in box 23 within 180 days of DOS.',
    'Paper claims: VA CCN Optum, PO Box 202117, Florence, SC [29502]. Provider services: 888-901-7407.',
    'Return medical documentation within 30 days of each visit: Community Care, Bldg 70, Minneapolis, MN [55417].',
  ].join('\n'),
});

// ── 7. TPA portal referral search results, table ("Approved Codes" header) ──
const portalReferrals = table({
  id: 's105-portref',
  kind: 's105-tpa-portal-referral-search-results-grid',
  caption: 'Referral/Authorization Search — 4 results — Provider TIN ending 4471',
  headers: ['Referral/Auth #', 'Veteran', 'SEOC', 'Approved Codes', 'Start', 'End', 'Case ID'],
  rows: [
    [
      'VA0063801127',
      'LINDQVIST, E',
      'PODIATRY 1.2.0',
      '{99204} {99213} {64632} {64455} {73630}',
      '03/09/2026',
      '09/05/2026',
      '[55329]',
    ],
    ['VA0063792201', 'HAGEN, P', 'PODIATRY 1.2.0', '{99203} {11721} {11055}', '02/21/2026', '08/20/2026', '[55331]'],
    ['VA0063755480', 'NGUYEN, T', 'PODIATRY 1.2.0', '{99213} {64632}', '01/30/2026', '07/29/2026', '[56028]'],
    ['VA0063741196', 'BERG, S', 'PODIATRY 1.1.9', 'See SEOC', '12/18/2025', '06/16/2026', '[56122]'],
  ],
});

// ── 8. TPA portal claim status grid ("Proc" header) ──
const claimStatus = table({
  id: 's105-clmstat',
  kind: 's105-tpa-portal-claim-status-grid',
  caption: 'Claim Status Inquiry — results for referral VA0063801127',
  headers: ['Claim #', 'Pat Acct #', 'DOS', 'Proc', 'Billed', 'Status', 'Paid'],
  rows: [
    ['260790041187', '[40719]', '03/16/2026', '{99204}', '$285.00', 'Paid', '$152.38'],
    ['260790041188', '[40719]', '03/16/2026', '{73630}', '$96.00', 'Paid', '$31.07'],
    ['260930057212', '[40719]', '03/30/2026', '{64632}', '$410.00', 'Pended - medical records', '$0.00'],
    ['261070069930', '[40719]', '04/13/2026', '{64632}-LT', '$410.00', 'Denied - CO-197', '$0.00'],
    ['261070069931', '[40719]', '04/13/2026', '{99213}-25', '$165.00', 'In process', '—'],
    ['261210080475', '[40719]', '04/27/2026', '{64632}-LT', '$410.00', 'Received', '—'],
  ],
});

// ── 9. TPA claim detail, service lines ("Proc/Mod" header) ──
const claimDetail = table({
  id: 's105-clmdet',
  kind: 's105-tpa-claim-detail-service-lines-grid',
  caption: 'Claim 260951140327 — Cascade Spine & Pain — DOS 03/26/2026 — Finalized 04/09/2026',
  headers: ['Ln', 'Proc/Mod', 'Units', 'Billed', 'Allowed', 'Paid', 'CARC/RARC'],
  rows: [
    ['1', '{99214}', '1', '210.00', '131.77', '131.77', 'CO-45'],
    ['2', '{64445}-RT', '1', '1250.00', '152.06', '152.06', 'CO-45'],
    ['3', '{76942}', '1', '310.00', '34.18', '34.18', 'CO-45'],
    ['4', '{64447}-RT', '1', '1100.00', '0.00', '0.00', 'CO-198 N54'],
  ],
});

// ── 10. Portal claim entry form (field labels, text) ──
const claimEntry = lines({
  id: 's105-clmform',
  kind: 's105-tpa-portal-professional-claim-entry-form-text',
  before: 'Submit a Professional Claim (CMS-1500) — Step 3 of 4: Service Lines',
  text: [
    'Prior Authorization / Referral Number (box 23): VA0059011372   Payer: TriWest VA CCN (TWVACCN)',
    'Service facility: Valley Neurosurgery ASC, 3303 N Central Ave, Phoenix, AZ [85012]',
    'Line 1  From 05/06/2026  POS 24  CPT/HCPCS {64712}  Mod RT  Dx ptr A  Charges 4850.00  Units 1',
    'Line 2  From 05/06/2026  POS 24  CPT/HCPCS {64714}  Mod RT  Dx ptr A,B  Charges 5120.00  Units 1',
    'Line 3  From 05/06/2026  POS 24  CPT/HCPCS {64445}  Mod 59  Dx ptr A  Charges 640.00  Units 1',
    'Patient account no. [85031]   Total charges [10610].00   Draft saved as [85097]',
  ].join('\n'),
});

// ── 11. CMS-1500 text layer (paper claim to the TPA) ──
const cms1500 = lines({
  id: 's105-1500',
  kind: 's105-cms1500-va-ccn-claim-text-layer',
  before: 'HEALTH INSURANCE CLAIM FORM — APPROVED BY NATIONAL UNIFORM CLAIM COMMITTEE (NUCC) 02/12',
  text: [
    'TRIWEST VA CCN CLAIMS  PO BOX 108851  FLORENCE SC [29502]-8851',
    '1a INSURED ID 1012847563V204418   2 PATIENT OKAFOR JAMES   5 ADDRESS 4410 W CACTUS RD PHOENIX AZ [85029]',
    '21 ICD IND 0  A M54.41  B G57.01  C M51.16   23 PRIOR AUTHORIZATION VA0059011372',
    '24 05 06 26  05 06 26  24   {64712}  RT   A     4850 00  1   1629445031',
    '24 05 06 26  05 06 26  24   {64714}  RT   AB    5120 00  1   1629445031',
    '24 05 06 26  05 06 26  24   {64445}  59   A      640 00  1   1629445031',
    '26 PATIENT ACCT [85031]   28 TOTAL [10610] 00   33 VALLEY NEUROSURGERY PC PHOENIX AZ [85006]',
    '32 VALLEY NEUROSURGERY ASC 3303 N CENTRAL AVE PHOENIX AZ [85012]   32a 1992871450',
  ].join('\n'),
});

// ── 12. X12 837P to the TPA (segments one per line) ──
const x837 = lines({
  id: 's105-837',
  kind: 's105-x12-837p-va-ccn-claim-segments',
  before: 'Outbound 837P batch — clearinghouse view — payer VACCN',
  text: [
    'ISA*00*          *00*          *ZZ*CASCADESPINE   *ZZ*VACCN          *260320*1022*^*[00501]*000000731*0*P*:~',
    'NM1*PR*2*OPTUM VA CCN*****PI*VACCN~N3*PO BOX 202117~N4*FLORENCE*SC*[29502]~',
    'CLM*[51784]*1845***11:B:1*Y*A*Y*Y~REF*G1*VA0051784420~REF*9F*VA0051784420~',
    'HI*ABK:M5431*ABF:M5416~NM1*82*1*ABERNATHY*LUCAS****XX*1508862274~N4*SEATTLE*WA*[98122]~',
    'LX*1~SV1*HC:{99204}*285*UN*1***1~DTP*472*D8*20260319~',
    'LX*2~SV1*HC:{64445}:RT*1250*UN*1***1:2~DTP*472*D8*20260319~',
    'LX*3~SV1*HC:{76942}*310*UN*1***1~DTP*472*D8*20260319~SE*38*[20412]~',
  ].join('\n'),
});

// ── 13. X12 835 from the TPA ──
const x835 = lines({
  id: 's105-835',
  kind: 's105-x12-835-tpa-remittance-segments',
  before: 'ERA 835 — payer OPTUM VA CCN — raw segments',
  text: [
    'BPR*I*[12786].42*C*ACH*CCP*01*091000019*DA*7720014458*1841234567**01*125000105*DA*4401992210*20260403~',
    'TRN*1*EFT0419920331*1841234567~N1*PR*OPTUM VA CCN~N4*EDEN PRAIRIE*MN*[55344]~',
    'N1*PE*CASCADE SPINE & PAIN*XX*1487365520~N3*1420 BROADWAY STE 300~N4*SEATTLE*WA*[98122]~',
    'CLP*[51784]*1*1845*354.65**MB*260881102954*11~NM1*QC*1*HOLLOWAY*DALE~REF*9F*VA0051784420~',
    'SVC*HC:{99204}*285*168.41**1~CAS*CO*45*116.59~',
    'SVC*HC:{64445}:RT*1250*152.06**1~CAS*CO*45*1097.94~',
    'SVC*HC:{76942}*310*34.18**1~CAS*CO*45*275.82~LQ*HE*N54~',
    'PLB*1841234567*20261231*WO:[51790]*-42.10~SE*112*[30391]~',
  ].join('\n'),
});

// ── 14. Provider remittance advice, PDF text layer ──
const remitPdf = lines({
  id: 's105-pra',
  kind: 's105-tpa-provider-remittance-advice-pdf-text',
  before: 'PROVIDER REMITTANCE ADVICE — VA COMMUNITY CARE NETWORK — REGION 4',
  text: [
    'Payee: VALLEY NEUROSURGERY PC  3303 N CENTRAL AVE STE 900  PHOENIX AZ [85012]   Check # [64612]  06/12/2026',
    'Claim 261412208817  Veteran OKAFOR, JAMES  Referral VA0059011372  Pat Acct [85031]',
    'DOS 05/06/26  {64712} RT  Billed 4850.00  Allowed 812.37  Paid 812.37  Adj CO-45 4037.63',
    'DOS 05/06/26  {64714} RT  Billed 5120.00  Allowed 0.00  Paid 0.00  Adj CO-97 N390 (bundled into {64712})',
    'Claim totals: billed 9970.00  paid 812.37   Payment total this check: [18306].90 (11 claims)',
    'Questions: TriWest provider services 877-226-8749 or PO Box [42049], Phoenix AZ [85080]',
  ].join('\n'),
});

// ── 15. Payment summary grid (portal, decoy heavy) ──
const paySummary = table({
  id: 's105-paysum',
  kind: 's105-tpa-portal-payment-summary-grid',
  caption: 'Payments — last 30 days — TIN ending 8830',
  headers: ['Payment date', 'EFT/Check #', 'Claims', 'Amount', 'Remit batch', 'Download'],
  rows: [
    ['04/03/2026', 'EFT0419920331', '14', '$[12786].42', '[33610]', '835 / PDF'],
    ['04/10/2026', 'EFT0420107759', '9', '$6,411.08', '[33611]', '835 / PDF'],
    ['04/17/2026', '[47066]', '11', '$[17157].90', '[34011]', 'PDF'],
    ['04/24/2026', 'EFT0420544102', '22', '$[21907].15', '[33614]', '835 / PDF'],
    ['05/01/2026', 'EFT0420980017', '17', '$[15234].60', '[33701]', '835 / PDF'],
  ],
});

// ── 16. Claim rejection letter (text layer) ──
const rejectLetter = lines({
  id: 's105-rejltr',
  kind: 's105-tpa-claim-rejection-letter-text',
  before: 'Optum VA Community Care Network — Claim Rejection Notice',
  text: [
    'Letter ID [64714]   Date 04/21/2026   North Star Foot & Ankle Clinic, 7250 France Ave S, Edina, MN [55435]',
    'We could not accept the claim below. It was not processed and has no appeal rights; correct and resubmit.',
    'Veteran: LINDQVIST, ERIK   DOS 04/13/2026   Billed CPT {64632} LT, {99213} 25   Your acct [40719]',
    'Reason R117: the referral number in box 23 (VA0063801172) does not match an approved referral for this Veteran.',
    'Reason R204: {64632} is limited to 3 units per SEOC; units billed exceed the units remaining on the referral.',
    'Resubmit to VA CCN Optum, PO Box 202117, Florence, SC [29502] or electronically to payer ID VACCN.',
  ].join('\n'),
});

// ── 17. Rejection and denial reason table (provider manual appendix) ──
const rejectCodes = table({
  id: 's105-rejcodes',
  kind: 's105-claim-rejection-reason-code-table',
  caption: 'Appendix C — Front-end rejection reasons and example fixes',
  headers: ['Reason', 'Description', 'Example', 'What to do'],
  rows: [
    [
      'R117',
      'Referral number missing or invalid',
      '{64445} billed, box 23 blank',
      'Enter VA referral number from HSRM',
    ],
    ['R204', 'Units exceed SEOC authorization', '{64632} x4, SEOC allows 3', 'Submit RFS for added units'],
    ['R311', 'Code not on approved SEOC', '{64714} on a PAIN INTV referral', 'Request new SEOC or RFS'],
    [
      'R118',
      'Referral does not belong to this Veteran',
      '{64712} billed on another ICN',
      'Verify ICN and referral in HSRM',
    ],
    ['R402', 'DOS outside authorized dates', '{64612} on 07/02, auth ended 06/30', 'Request extension via RFS'],
    ['R515', 'Billing ZIP+4 missing', 'ZIP [85012] sent without +4', 'Send full 9-digit ZIP'],
    ['R520', 'Duplicate of a claim in process', '{64445} same DOS and units', 'Check claim status first'],
  ],
});

// ── 18. Claim reconsideration request form (text) ──
const reconsideration = lines({
  id: 's105-recon',
  kind: 's105-claim-reconsideration-request-form-text',
  before: 'VA CCN Claim Reconsideration Request — complete all fields',
  text: [
    'Original claim number: 261070069930   Referral number: VA0063801127   Denial code: CO-197',
    'Service(s) in dispute: {64632} LT, DOS 04/13/2026, billed $410.00',
    'Reason for reconsideration: RFS approved 04/10/2026 added 2 units of {64632}; approval letter attached.',
    'Provider: North Star Foot & Ankle Clinic, TIN ending 4471, Edina MN [55435]   Contact ext [55307]',
    'Mail to: Optum VA CCN Reconsiderations, PO Box [30781], Salt Lake City, UT [84130]',
  ].join('\n'),
});

// ── 19. VA fee schedule lookup, results ("HCPCS" header, carrier numbers) ──
const feeResults = table({
  id: 's105-feeres',
  kind: 's105-va-fee-schedule-lookup-results-grid',
  caption: 'VA Fee Schedule — CY 2026 — search results',
  headers: ['HCPCS', 'Mod', 'Carrier', 'Locality', 'Non-facility', 'Facility', 'Status'],
  rows: [
    ['{64445}', '', '[02202]', '02', '$221.54', '$85.63', 'A'],
    ['{64632}', '', '[06202]', '00', '$148.20', '$86.11', 'A'],
    ['{64712}', '', '[05202]', '00', 'NA', '$902.47', 'A'],
    ['{64714}', '', '[05202]', '00', 'NA', '$818.30', 'A'],
    ['{64612}', '', '[09102]', '99', '$219.66', '$182.40', 'A'],
    ['{95874}', '', '[09102]', '99', '$78.12', '$78.12', 'A'],
    ['{64455}', '', '[06202]', '00', '$64.38', '$33.70', 'A'],
    ['{64447}', '', '[02202]', '02', '$191.12', '$78.50', 'A'],
  ],
});

// ── 20. VA fee schedule search form and notes (text) ──
const feeSearch = lines({
  id: 's105-feesrch',
  kind: 's105-va-fee-schedule-search-form-text',
  before: 'Community Care Fee Schedules — VA Fee Schedule lookup',
  text: [
    'Procedure code: {64632}   Modifier: (any)   State: Minnesota   Carrier: [06202]   Locality: 00',
    'Or search by ZIP code of the service location: [55435]',
    'Rates are the VA Fee Schedule amounts; Alaska uses the Alaska VA fee schedule (carrier [02102]).',
    'Bilateral indicator 1 codes such as {64712}: both sides together are paid at 150% of the listed rate.',
    'Download the full CY 2026 file (vafs2026.zip, 2.8 MB, [13246] rows changed since the prior release).',
  ].join('\n'),
});

// ── 21. VA.gov urgent care benefit page (decoy heavy, E/M codes from the billing sidebar) ──
const urgentCare = lines({
  id: 's105-urgent',
  kind: 's105-va-urgent-care-benefit-page-text',
  before: 'Urgent care | Veterans Affairs',
  text: [
    'You can get urgent care at in-network urgent care or retail locations without a referral.',
    'Find an in-network urgent care location near you. Enter a ZIP code, for example [33612], and a radius.',
    'Example: ZIP [98108] within 30 miles — 41 locations; ZIP [85012] within 30 miles — 57 locations.',
    'Copay: depending on your priority group, the first 3 visits each calendar year may be free; after that $30 a visit.',
    'For providers: bill E/M codes {99202}–{99215} with POS 20; no SEOC or referral number is needed.',
    'Procedures done at the visit, such as laceration repair ({12001}–{12007}) or splinting ({29125}), are covered.',
    'Procedures such as a nerve block ({64445}) are not urgent care benefits and need a referral.',
    'Nearest to you: MinuteClinic, 4100 W 50th St, Edina, MN [55424] (in network, open until 7:30 PM).',
  ].join('\n'),
});

// ── 22. Provider orientation slides exported as text ──
const slides = lines({
  id: 's105-slides',
  kind: 's105-ccn-provider-orientation-slides-text',
  before: 'VA CCN Provider Orientation — Module 3: Referrals, SEOCs and Claims',
  text: [
    'Slide 12 — Reading the SEOC: only listed codes are authorized. Example: SEOC approves {64445}; you perform',
    '{64447} as well → that line denies unless an RFS was approved first.',
    'Slide 13 — Neurosurgery example: referral lists {64712}; op note shows {64712} and {64714} → bill both, expect',
    'an NCCI edit on {64714}; attach the approved RFS.',
    'Slide 14 — Podiatry: PODIATRY 1.2.0 covers {64632} x3 per foot; a 4th unit needs an RFS; {28080} is never on it.',
    'Slide 15 — Chemodenervation: {64612} with EMG guidance {95874}; bill the drug (J0585) per unit on the same claim.',
    'Slide 16 — Training credit: this module is VA TMS course [64632]; certificates mailed from ZIP [55344].',
    'Slide 17 — Knowledge check: 5 questions, pass mark 80%; evaluation survey code [10942].',
  ].join('\n'),
});

// ── 23. Network provider directory, search results (decoy heavy) ──
const directory = table({
  id: 's105-dir',
  kind: 's105-ccn-network-provider-directory-results-grid',
  caption: 'Find a Community Care Provider — Specialty: Pain Medicine — within 25 miles of 98108',
  headers: ['Provider', 'Specialty', 'Address', 'ZIP', 'Distance', 'Provider ID', 'New patients'],
  rows: [
    [
      'Cascade Spine & Pain',
      'Pain Medicine',
      '1420 Broadway Ste 300, Seattle WA',
      '[98122]',
      '3.1 mi',
      '[64632]',
      'Yes',
    ],
    ['Sound Interventional Pain', 'Pain Medicine', '600 Broadway, Seattle WA', '[98144]', '2.7 mi', '[70147]', 'No'],
    [
      'Eastside Pain Associates',
      'Anesthesiology/Pain',
      '1135 116th Ave NE, Bellevue WA',
      '[98004]',
      '11.9 mi',
      '[71250]',
      'Yes',
    ],
    ['Northwest Nerve Center', 'Neurology', '1101 Madison St, Seattle WA', '[98104]', '2.2 mi', '[73069]', 'Yes'],
    ['Valley Regional Pain', 'Pain Medicine', '4011 Talbot Rd S, Renton WA', '[98055]', '8.6 mi', '[74902]', 'Yes'],
    ['Rainier Nerve & Spine', 'PM&R', '3400 S 320th St, Federal Way WA', '[98003]', '19.4 mi', '[71904]', 'Yes'],
  ],
});

// ── 24. Network directory provider profile (text) ──
const dirProfile = lines({
  id: 's105-dirprof',
  kind: 's105-ccn-network-provider-profile-text',
  before: 'Provider details',
  text: [
    'Cascade Spine & Pain — Pain Medicine, Anesthesiology — accepting VA CCN referrals   Provider ID [64632]',
    'Locations: 1420 Broadway Ste 300, Seattle WA [98122]; [22727] Hwy 99, Edmonds WA [98026]',
    'Services offered: peripheral nerve blocks (e.g. {64445}, {64447}), epidurals ({62323}, {64483}), RF ablation ({64635})',
    'Languages: English, Spanish, Tagalog   Wheelchair accessible   Network since 2019, agreement [73941]',
  ].join('\n'),
});

// ── 25. CPRS community care coordination note (text) ──
const ccNote = lines({
  id: 's105-ccnote',
  kind: 's105-cprs-community-care-coordination-note-text',
  before: 'LOCAL TITLE: COMMUNITY CARE-COORDINATION NOTE   STANDARD TITLE: NONVA CARE COORDINATION NOTE',
  text: [
    'Consult #: [64445]   Consult: COMMUNITY CARE-NEUROLOGY-BOTOX   Station 673 James A. Haley Veterans Hospital',
    'Veteran called; agrees to community care. Drive time > 60 min to VA neurology clinic (eligibility: drive time).',
    'Referred to Gulf Coast Neurology, 2919 W Swann Ave, Tampa FL [33609]; SEOC NEUROLOGY CHEMODENERVATION 1.0.3.',
    'SEOC covers {64612} (right facial nerve, hemifacial spasm) q12 weeks x2, EMG guidance {95874}, drug J0585.',
    'Appt 04/28/2026 13:30. Veteran address confirmed: 1208 E Fowler Ave, Tampa FL [33612]. HSRM case [33687].',
    'Prior VA treatment: {64612} x3 at Tampa VA neurology 2024–2025; records sent to provider, HSRM doc [33511].',
    '/es/ MARISOL VEGA, RN   Community Care Nurse   04/14/2026 10:22',
  ].join('\n'),
});

// ── 26. CPRS consult tracking detail (text) ──
const consultTrack = lines({
  id: 's105-consult',
  kind: 's105-cprs-consult-tracking-detail-text',
  before: 'Consult Tracking — Detailed Display',
  text: [
    'Current Pat. Status: Outpatient   Primary Eligibility: SC LESS THAN 50%   Order Information:',
    'To Service: COMMUNITY CARE-NEUROSURGERY-AUTO   From Service: NEUROLOGY PHX   Consult No.: [85098]',
    'Reason For Request: EMG shows right sciatic neuropathy at sciatic notch; requests sciatic neurolysis {64712},',
    'possible lumbar plexus neuroplasty {64714}. Provisional Dx: G57.01. Patient ZIP [85029].',
    'Activity: 03/31/26 SCHEDULED — appt Valley Neurosurgery, 3303 N Central Ave, Phoenix AZ [85012]',
  ].join('\n'),
});

// ── 27. VA Form 10-10172 Request for Services (text layer) ──
const rfsForm = lines({
  id: 's105-rfs',
  kind: 's105-va-form-10-10172-request-for-services-text',
  before: 'VA FORM 10-10172 — COMMUNITY CARE PROVIDER – REQUEST FOR SERVICES (RFS)',
  text: [
    '1. VETERAN NAME: OKAFOR, JAMES   2. DOB: 08/22/1972   3. REFERRAL/AUTHORIZATION NUMBER: VA0059011372',
    '4. REQUESTING PROVIDER: Valley Neurosurgery PC   NPI 1629445031   ZIP [85012]   Phone 602-555-0143',
    '5. REQUESTED SERVICES (CPT/HCPCS): {64714} neuroplasty lumbar plexus; {95907}–{95913} repeat NCS',
    '6. DIAGNOSIS CODES: G57.01, M51.16   7. NUMBER OF VISITS/UNITS: 1 procedure, 2 follow-ups ({99214})',
    '8. CLINICAL JUSTIFICATION: intraoperative findings during {64712} showed lumbar plexus entrapment.',
    'FAX TO: Phoenix VA Community Care, 602-222-2756   VA USE ONLY: RFS log no. [41836]',
  ].join('\n'),
});

// ── 28. RFS tracker at the community care office ("Req CPT" header) ──
const rfsTracker = table({
  id: 's105-rfstrk',
  kind: 's105-community-care-rfs-tracker-grid',
  caption: 'RFS Queue — Phoenix VA (644) Community Care — awaiting clinical review',
  headers: ['RFS log', 'Referral', 'Req CPT', 'Requested by', 'Rec’d', 'Days open', 'Reviewer'],
  rows: [
    ['[41836]', 'VA0059011372', '{64714}, {95907}', 'Valley Neurosurgery', '05/08', '3', 'DR. ASHE'],
    ['[41851]', 'VA0059020014', '{64632}', 'Desert Foot Care', '05/07', '4', '—'],
    ['[41867]', 'VA0059033860', '{64612} x2', 'Camelback Neurology', '05/06', '5', 'DR. ASHE'],
    ['[41890]', 'VA0059041103', '{64445}, {64447}', 'Sonoran Pain Center', '05/05', '6', 'PENDING'],
    ['[41838]', 'VA0059045551', '{28080}', 'Desert Foot Care', '05/01', '10', 'RN VO'],
  ],
});

// ── 29. Community practice account screen for a VA patient (text) ──
const pmAccount = lines({
  id: 's105-pmacct',
  kind: 's105-practice-pm-va-patient-account-screen-text',
  before: 'Patient Account — North Star Foot & Ankle Clinic',
  text: [
    'Acct # [64712]   LINDQVIST, ERIK A   DOB 04/11/1961   Home ZIP [55406]',
    'Primary: VA CCN OPTUM (payer ID VACCN)   Subscriber ID 1009458823V771203   Group [55307]',
    'Referral VA0063801127   Auth 03/09/2026–09/05/2026   Visits auth 7 / used 3   Units {64632}: auth 3 / used 2',
    'Alert: {64632} 3rd unit left on referral; any 4th injection needs an approved RFS before scheduling.',
    'Balance: ins 575.00 pending  pt 0.00 (no Veteran cost share)   Last statement batch [55463]',
  ].join('\n'),
});

// ── 30. Community practice charge entry grid ("CPT" header, modifiers beside) ──
const chargeEntry = table({
  id: 's105-charges',
  kind: 's105-practice-charge-entry-va-ccn-grid',
  caption: 'Charge Entry — Enc 55452 — LINDQVIST, ERIK — Payer VA CCN OPTUM',
  headers: ['DOS', 'CPT', 'M1', 'M2', 'Dx', 'Units', 'Fee', 'Auth #'],
  rows: [
    ['04/13/2026', '{99213}', '25', '', 'G57.62', '1', '165.00', 'VA0063801127'],
    ['04/13/2026', '{64632}', 'LT', '', 'G57.62', '1', '410.00', 'VA0063801127'],
    ['04/13/2026', '{20550}', 'RT', 'XS', 'M72.2', '1', '140.00', 'VA0063801127'],
  ],
});

// ── 31. Community practice A/R aging, VA CCN payer (no-header code column) ──
const arAging = table({
  id: 's105-araging',
  kind: 's105-practice-ar-aging-va-ccn-grid',
  caption:
    'A/R Aging by Claim — Valley Neurosurgery PC and Valley Pain Clinic — Payer: VA CCN (TriWest) — over 60 days',
  headers: ['Acct', 'Patient', '', 'DOS', 'Billed', '61–90', '91–120', 'Follow-up'],
  rows: [
    ['[85031]', 'OKAFOR, J', '{64714}', '05/06/26', '5120.00', '5120.00', '', 'RFS approved; recon sent'],
    ['[85005]', 'ALVAREZ, R', '{64445}', '04/02/26', '640.00', '', '640.00', 'Rejected R117, resubmitted'],
    ['[86411]', 'PRICE, C', '{64612}', '03/27/26', '520.00', '', '520.00', 'Called TriWest, ticket [86419]'],
    ['[86430]', 'WU, H', '{64712}', '04/22/26', '4850.00', '4850.00', '', 'Pended for op note'],
    ['[85020]', 'SALAS, M', '{64632}', '03/18/26', '410.00', '', '410.00', 'Denied CO-197, RFS pending'],
    ['[85021]', 'YATES, B', '{64445}', '04/09/26', '640.00', '640.00', '', 'Paid short, check [26603]'],
  ],
});

// ── 32. HL7 v2 referral message (REF^I12) ──
const hl7 = lines({
  id: 's105-hl7',
  kind: 's105-hl7v2-ref-i12-community-referral',
  before: 'Interface engine — inbound message viewer',
  text: [
    'MSH|^~\\&|HSRM|663^VAPSHCS|CASCADE_PM|CSP|20260302101500||REF^I12^REF_I12|[20461]|P|2.5',
    'RF1|A^Accepted|R^Routine|PM^Pain Management|O^Outpatient|VA0051784420|20260302|20260829',
    'PR1|1||{64445}^Injection anesthetic/steroid sciatic nerve^C4|||||||||||RT',
    'PR1|2||{76942}^Ultrasonic guidance needle placement^C4',
    'NTE|1||SEOC PAIN INTV 1.1.4 approved {64445} {64447} {76942}; new visit {99204} then {99214} x6',
    'PID|1||1012339870V112276^^^USVHA^NI||HOLLOWAY^DALE||19580927|M|||7715 35th Ave SW^^Seattle^WA^[98126]',
    'PRD|RT|Cascade Spine & Pain||1420 Broadway^^Seattle^WA^[98122]||||[98147]^^^CCN',
  ].join('\n'),
});

// ── 33. FHIR ServiceRequest (community care referral) JSON ──
const fhir = lines({
  id: 's105-fhir',
  kind: 's105-fhir-servicerequest-community-care-json',
  before: 'GET /fhir/ServiceRequest/cc-ref-58823310',
  text: [
    '  "resourceType": "ServiceRequest", "id": "cc-ref-58823310", "status": "active", "intent": "order",',
    '  "identifier": [{ "system": "urn:va:referral", "value": "VA0058823310" }, { "system": "urn:va:case", "value": "[33629]" }],',
    '  "code": { "coding": [{ "system": "http://www.ama-assn.org/go/cpt", "code": "{64612}",',
    '      "display": "Chemodenervation of muscle(s); muscle(s) innervated by facial nerve, unilateral" }] },',
    '  "orderDetail": [{ "coding": [{ "system": "http://www.ama-assn.org/go/cpt", "code": "{95874}" }] }],',
    '  "performer": [{ "display": "Gulf Coast Neurology, Tampa FL [33609]" }], "quantityQuantity": { "value": 2 },',
    '  "supportingInfo": [{ "reference": "DocumentReference/[33681]" }]',
  ].join('\n'),
});

// ── 34. XML authorization export (TPA to practice) ──
const authXml = lines({
  id: 's105-authxml',
  kind: 's105-ccn-authorization-xml-export',
  before: 'authorization_VA0060124475.xml',
  text: [
    '<Authorization number="VA0060124475" station="589" status="Approved" start="2026-04-01" end="2026-09-27">',
    '  <Seoc name="NEUROSURGERY" version="1.0.6" durationDays="180"/>',
    '  <Service cpt="{64712}" modifier="LT" units="1"/>',
    '  <Service cpt="{64714}" modifier="LT" units="1" note="added by RFS"/>',
    '  <Service cpt="{99214}" units="3"/>',
    '  <Provider npi="1346628870" name="Prairie Neurosurgical Associates" zip="[66215]"/>',
    '  <Document id="[64714]" type="ReferralPacket" pages="19"/>',
    '  <Contact office="Kansas City VA Community Care" zip="[64128]" extension="[64157]"/>',
  ].join('\n'),
});

// ── 35. Referral CSV export (portal download) ──
const referralCsv = lines({
  id: 's105-csv',
  kind: 's105-tpa-referral-csv-export',
  before: 'referrals_export_2026-05-12.csv',
  text: [
    'referral_id,station,category_of_care,seoc,approved_cpt,auth_start,auth_end,provider_zip,export_batch',
    'VA0060124475,589,NEUROSURGERY,NEUROSURG 1.0.6,"{64712};{64714};{99214}",2026-04-01,2026-09-27,[66215],[64612]',
    'VA0060131902,589,PAIN MANAGEMENT,PAIN INTV 1.1.4,"{64445};{76942}",2026-04-06,2026-10-02,[66211],[64612]',
    'VA0060140077,589GA,PODIATRY,PODIATRY 1.2.0,"{64632};{64455};{99213}",2026-04-09,2026-10-05,[64086],[64612]',
    'VA0060152318,589,NEUROLOGY,NEURO CHEMODENERV 1.0.3,"{64612};{95874}",2026-04-15,2026-10-11,[64114],[64612]',
  ].join('\n'),
});

// ── 36. TPA portal secure message thread ──
const secureMsg = lines({
  id: 's105-msg',
  kind: 's105-tpa-portal-secure-message-thread-text',
  before: 'Secure Messages — Inbox — Case #64445',
  text: [
    'Case # [64445] · Subject: Denial on {64447}, referral VA0051784420 · Opened 04/06/2026 by Cascade Spine & Pain',
    'Provider: Our referral approved {64445} only. Dr. Abernathy also blocked the femoral nerve; can {64447} be added?',
    'Optum rep (ID [38029]): {64447} is not on PAIN INTV 1.1.4 for this referral. Please send VA Form 10-[10172]',
    'to the Puget Sound community care office (fax 206-764-2259); once approved, submit a corrected claim (freq 7).',
    'Provider: RFS faxed 04/07, confirmation [38177]. Will resubmit when the referral shows the added code.',
    'Optum rep (ID [38029]): referral now lists {64447} (RFS approved 04/14); corrected claim received. Case [64445] closed.',
  ].join('\n'),
});

// ── 37. Provider manual, claims and billing section (text) ──
const manual = lines({
  id: 's105-manual',
  kind: 's105-ccn-provider-manual-billing-section-text',
  before: 'VA CCN Provider Manual — Section 8: Claims Submission',
  text: [
    '8.1 Timely filing: claims must be received within 180 days of the date of service (inpatient: date of discharge).',
    '8.2 Include the VA referral number in box 23 (CMS-1500) or loop 2300 REF*G1 (837P); omit it and the claim rejects.',
    '8.3 Bill only CPT/HCPCS codes approved on the SEOC, e.g. a PODIATRY referral approving {64632} does not cover {28080}.',
    '8.4 Bilateral: report two lines, RT {64712} and LT {64712}, one unit each, rather than one line with modifier 50.',
    '8.5 Paper claims: VA CCN Optum, PO Box 202117, Florence SC [29502]; Region 3 corrected claims PO Box [64714].',
    '8.6 Chemodenervation: bill {64612} once per side per session; add {95874} only when EMG guidance is documented.',
    '8.7 Manual revision 7.2, document control [23349], page 41 of 118.',
  ].join('\n'),
});

// ── 38. TPA claims mailing address table (decoy heavy) ──
const mailing = table({
  id: 's105-mailing',
  kind: 's105-tpa-claims-mailing-address-table',
  caption: 'Where to send claims and correspondence',
  headers: ['Region', 'TPA', 'Claim type', 'Mailing address', 'EDI payer ID'],
  rows: [
    ['1–3', 'Optum', 'New claims', 'VA CCN Optum, PO Box 202117, Florence, SC [29502]', 'VACCN'],
    ['1–3', 'Optum', 'Corrected claims', 'VA CCN Optum, PO Box [64714], Kansas City, MO [64102]', 'VACCN'],
    [
      '1–3',
      'Optum',
      'Reconsiderations',
      'Optum VA CCN Reconsiderations, PO Box [30781], Salt Lake City, UT [84130]',
      '—',
    ],
    ['4–5', 'TriWest', 'New claims', 'TriWest VA CCN Claims, PO Box 108851, Florence, SC [29502]-8851', 'TWVACCN'],
    ['4–5', 'TriWest', 'Reconsiderations', 'TriWest VA CCN Reconsiderations, PO Box [88012], El Paso, TX [79998]', '—'],
    ['4–5', 'TriWest', 'Correspondence', 'TriWest Healthcare Alliance, PO Box [42049], Phoenix, AZ [85080]', '—'],
  ],
});

// ── 39. Veteran's community care appointment letter (text) ──
const vetLetter = lines({
  id: 's105-vetltr',
  kind: 's105-veteran-community-care-appointment-letter-text',
  before: 'U.S. Department of Veterans Affairs — Kansas City VA Medical Center',
  text: [
    'Kansas City VA Medical Center, 4801 E Linwood Blvd, Kansas City, MO [64128]',
    'Mr. Thomas Reinholt, 1807 NW 72nd St, Kansas City, MO [64118]',
    'Your community care appointment: 04/29/2026 at 8:00 AM, Prairie Neurosurgical Associates,',
    '[10550] Quivira Rd Ste 300, Overland Park, KS [66215]. Referral VA0060124475 (Neurosurgery).',
    'Your provider plans a sciatic nerve decompression (procedure code {64712}) on the left side.',
    'Bring a list of your medicines. Questions: call 816-922-2160 and ask for Community Care, ext. [52211].',
  ].join('\n'),
});

// ── 40. VA community care scheduling worklist (eligibility, ZIPs, key code in a combined column) ──
const schedWorklist = table({
  id: 's105-sched',
  kind: 's105-va-community-care-scheduling-worklist-grid',
  caption: 'Community Care Scheduling Worklist — VA Puget Sound (663) — consults awaiting first appointment',
  headers: [
    'Consult #',
    'Veteran',
    'Vet ZIP',
    'Drive (min)',
    'Eligibility',
    'Community provider',
    'Prov ZIP',
    'SEOC / key code',
  ],
  rows: [
    [
      '2218745',
      'HOLLOWAY, D',
      '[98126]',
      '22',
      'Best medical interest',
      'Cascade Spine & Pain',
      '[98122]',
      'PAIN INTV / {64445}',
    ],
    ['2219102', 'MARSH, A', '[98370]', '75', 'Drive time', 'Kitsap Pain Clinic', '[98383]', 'PAIN INTV / {64445}'],
    ['2219340', 'FOSTER, G', '[98501]', '68', 'Drive time', 'Olympia Nerve & Spine', '[98506]', 'NEUROSURG / {64712}'],
    [
      '2219588',
      'KIM, S',
      '[98837]',
      '190',
      'Drive time',
      'Columbia Basin Neurology',
      '[98837]',
      'NEURO CHEMO / {64612}',
    ],
    ['2219611', 'DIAZ, R', '[98902]', '145', 'Wait time', 'Yakima Foot & Ankle', '[98902]', 'PODIATRY / {64632}'],
  ],
});

export const sealed105: Snippet[] = [
  ...hsrmDetail,
  ...hsrmWorklist,
  ...seocGrid,
  ...seocText,
  ...faxCover,
  ...packetServices,
  ...portalReferrals,
  ...claimStatus,
  ...claimDetail,
  ...claimEntry,
  ...cms1500,
  ...x837,
  ...x835,
  ...remitPdf,
  ...paySummary,
  ...rejectLetter,
  ...rejectCodes,
  ...reconsideration,
  ...feeResults,
  ...feeSearch,
  ...urgentCare,
  ...slides,
  ...directory,
  ...dirProfile,
  ...ccNote,
  ...consultTrack,
  ...rfsForm,
  ...rfsTracker,
  ...pmAccount,
  ...chargeEntry,
  ...arAging,
  ...hl7,
  ...fhir,
  ...authXml,
  ...referralCsv,
  ...secureMsg,
  ...manual,
  ...mailing,
  ...vetLetter,
  ...schedWorklist,
];
