import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 179 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s179-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too. About a third of the decoys are numbers of the synthetic 10,000-code set (KNOWN_10K) used as
 * the vendor invoice number, the practice's ZIP and a patient's ZIP, grievance numbers, the language access policy
 * number, translation job numbers, a VRI account id, a vendor job number, a supplier id, a spend category, a
 * glossary rule, a distribution list, a training course id, an operating-room case id, a VRI interpreter id, a
 * Medicaid manual revision and a street number. The five known codes' digits come back as decoys: an interpreter
 * scheduling request number (on the request, the queue, the vendor's e-mail subject, the HL7 SCH segment, an invoice
 * cell and an intranet search hit), the vendor's remittance PO box, a VRI interpreter id, a VRI support ticket and
 * the practice's grievance PO box. Other request numbers in the same sequence (64709, 64716, 64721, 64725, 64740)
 * are decoys too, one of them a real CPT code's digits.
 *
 * Family: medical interpreter and language-access services around a pain and peripheral-nerve practice. One (fictional)
 * story at Bellwether Pain & Nerve Institute (BPNI), Aurora, Colorado, in February–March 2027: its interpreter
 * scheduling system (request form, request queue, HL7 SIU and FHIR Appointment feeds, its interpreter rules by
 * procedure), its vendor Meridian Language Partners (assignment e-mail, VRI platform session log, session detail, CSV
 * export, phone interpreting call detail, invoice header and per-encounter invoice lines, dispute e-mail, contract rate
 * exhibit), accounts payable, finance and coding (voucher match screen, interpreter cost allocated per encounter, an
 * X12 837P and 835 with a T1013 interpreter line, a coder's charge-review worklist, a Medicaid manual excerpt on
 * T1013), translated consent forms and after-visit summaries with the English source beside them (Spanish, Vietnamese,
 * Somali, Russian), a translated handout library, the translation job tracker, a TMX memory export, a QA review and a
 * certificate of accuracy, the practice's Section 1557 notice of nondiscrimination, its grievance log, an HHS OCR data
 * request about a Vietnamese patient's sciatic neurolysis consent and the corrective action plan, the language access
 * plan, interpreter roster, an interpreter documentation chart audit, quarterly compliance report (dashboard, table by
 * CPT code and language, narrative), a patient portal message in Spanish, an op note with an interpreter attestation, a
 * staff chat and an intranet search results page.
 * Built on real public layouts: hospital interpreter-services request forms and scheduling queues (requester,
 * language, dialect, modality, linked appointment and procedure), HL7 v2.5.1 SIU^S12 (SCH, AIS, AIP segments) and
 * FHIR R4 Appointment resources, VRI/OPI vendors' session and call detail reports (session id, interpreter id,
 * connect time, minutes, client reference), minute-billed interpreting invoices, X12 837P/835 with HCPCS T1013, the
 * HHS sample notice of nondiscrimination and taglines under 45 CFR 92 (OCR's 200 Independence Avenue address and
 * Region VIII Denver office), OCR data request letters, TMX 1.4 translation memory, certificates of translation
 * accuracy, Epic-style after-visit summaries, side-by-side bilingual consent forms, and Joint Commission / CLAS
 * language-access reports. The others are written the way those pages read, with no single source.
 *
 * 380 labelled tokens over 44 shapes: 216 codes (146 of them the five known codes), 164 decoys, 55 of the decoys in
 * KNOWN_10K, 14 decoys reusing the known codes' digits.
 */

// ── 1. Interpreter scheduling system: request detail, text layer ──
const request = lines({
  id: 's179-request',
  kind: 's179-interpreter-request-detail-text',
  before: 'Interpreter Services — Request Detail',
  text: [
    'Request #[64712]   Status: FILLED   Created 02/08/2027 09:14 by M. Ortiz (Scheduling, ext. 4417)',
    'Patient: NGUYEN, LAN THI   MRN 0048817   Language: Vietnamese   Dialect: Southern   Gender pref.: female',
    'Appointment: 02/16/2027 07:30   Dept: BPNI Procedure Suite B   Visit type: PROC NERVE BLOCK',
    'Scheduled procedure(s): {64445} Injection, anesthetic agent; sciatic nerve, single; {76942} US guidance',
    'Modality requested: On-site (consent + pre-op)   Backup: VRI   Est. duration: 90 min',
    'Location: 2150 S Havana St, Suite 300, Aurora, CO [80014]',
    'Vendor: Meridian Language Partners   Vendor job no. [40213]   Interpreter: T. Pham (CoreCHI [10287])',
    'Notes: surgeon asks for the same interpreter for the 02/26 open neurolysis ({64712}); linked request [64740]',
  ].join('\n'),
});

// ── 2. Scheduling request queue, grid ──
const queue = table({
  id: 's179-queue',
  kind: 's179-interpreter-request-queue-grid',
  caption: 'Interpreter Services — Request Queue — Week of 02/15/2027 — All languages',
  headers: ['Req #', 'Appt', 'Language', 'Modality', 'Procedure', 'Provider', 'Status'],
  rows: [
    ['[64709]', '02/15 13:00', 'Spanish', 'VRI', '{64612}-RT', 'Okafor, A', 'FILLED'],
    ['[64712]', '02/16 07:30', 'Vietnamese', 'On-site', '{64445}', 'Halvorsen, E', 'FILLED'],
    ['[64716]', '02/16 10:15', 'Somali', 'On-site', '{64714}', 'Halvorsen, E', 'LATE → VRI'],
    ['[64721]', '02/17 08:00', 'ASL', 'On-site team (2)', '{64632}', 'Okafor, A', 'FILLED'],
    ['[64725]', '02/17 14:40', 'Russian', 'OPI', '{99214}', 'Brandt, S', 'FILLED'],
    ['[64740]', '02/26 07:00', 'Vietnamese', 'On-site', '{64712}-LT', 'Halvorsen, E', 'FILLED'],
  ],
});

// ── 3. Vendor assignment confirmation e-mail ──
const confirmMail = lines({
  id: 's179-confirm',
  kind: 's179-vendor-assignment-confirmation-email',
  before: 'Inbox — interpreter.services@bpni.example',
  text: [
    'From: dispatch@meridianlanguage.example',
    'Subject: CONFIRMED — Job [40213] / Your Req [64712] — Vietnamese on-site 02/16/2027 07:30',
    'Interpreter: Thanh Pham, CoreCHI™ #[10287], Meridian badge MLP-T044',
    'Assignment: pre-op consent and sciatic nerve block ({64445}); 2-hour minimum applies at $95.00/h.',
    'Parking: Havana St garage, validate at Suite 300 front desk.',
    'Cancellations under 24 h are billable per Exhibit B. Meridian Language Partners, PO Box [64445], Denver, CO [80217]',
  ].join('\n'),
});

// ── 4. HL7 v2 SIU^S12 from the scheduling system to the vendor, text layer ──
const siu = lines({
  id: 's179-siu',
  kind: 's179-hl7-siu-interpreter-booking-text',
  before: 'Interface monitor — outbound INTERP_MERIDIAN — message detail',
  text: [
    'MSH|^~\\&|CADENCE|BPNI|IMS|MERIDIAN|20270208091402||SIU^S12^SIU_S12|MSG0004471|P|2.5.1',
    'SCH|[64712]^BPNI_INTERP|[40213]^MLP|||||PROCEDURE^Procedure visit|||90|min|^^90^20270216073000',
    'PID|1||0048817^^^BPNI^MR||NGUYEN^LAN^THI||19580411|F|||1180 Dayton St^^Aurora^CO^[80011]||||vie^Vietnamese^ISO639',
    'AIS|1|A|{64445}^Injection anesthetic sciatic nerve single^CPT|20270216073000|||30|min',
    'AIS|2|A|{76942}^US guidance needle placement^CPT|20270216073000',
    'AIP|1|A|[10287]^PHAM^THANH^^^^^^MLP|INTERP^Interpreter, Vietnamese',
    'NTE|1||Qualified interpreter required for consent; family may not interpret (Policy LA-[20217])',
  ].join('\n'),
});

// ── 5. FHIR R4 Appointment with interpreter participant, JSON text ──
const fhirAppt = lines({
  id: 's179-fhir',
  kind: 's179-fhir-appointment-interpreter-json',
  before: 'GET /fhir/r4/Appointment?patient=Patient/ES-4471&date=2027-02-15',
  text: [
    '{ "resourceType": "Appointment", "id": "[70414]", "status": "fulfilled",',
    '  "serviceType": [{ "coding": [{ "system": "http://www.ama-assn.org/go/cpt", "code": "{64612}" }] }],',
    '  "reasonCode": [{ "text": "Hemifacial spasm, right; chemodenervation {64612}-RT" }],',
    '  "participant": [{ "actor": { "reference": "Practitioner/interp-[10437]", "display": "VRI Spanish (Meridian)" } },',
    '    { "actor": { "reference": "Patient/ES-4471" }, "required": "required" }],',
    '  "basedOn": [{ "reference": "ServiceRequest/[64709]" }], "minutesDuration": 45,',
    '  "start": "2027-02-15T13:00:00-07:00", "end": "2027-02-15T13:45:00-07:00" }',
  ].join('\n'),
});

// ── 6. VRI platform session log, grid ──
const vriLog = table({
  id: 's179-vrilog',
  kind: 's179-vri-session-log-grid',
  caption: 'SignalBridge VRI — Session Log — Account BPNI-Aurora — 02/15/2027 to 02/18/2027',
  headers: ['Session ID', 'Start (MT)', 'Language', 'Interpreter ID', 'Connect (s)', 'Minutes', 'Reference'],
  rows: [
    ['2790440', '02/15 12:58:03', 'Spanish', '[10437]', '14', '38', 'Consent + {64612} RT'],
    ['2790441', '02/15 13:41:20', 'Spanish', '[10437]', '9', '22', 'Post-proc AVS'],
    ['2790458', '02/16 06:55:41', 'Vietnamese', '[12206]', '31', '17', 'Backup pre-op {64445}'],
    ['2790467', '02/16 10:02:15', 'Somali', '—', '212', '0', 'Abandoned; req [64716]'],
    ['2790469', '02/16 10:09:47', 'Somali', '[13386]', '48', '64', '{64714} consent'],
    ['2790502', '02/17 14:37:10', 'Russian', '[11904]', '11', '26', '{99214} f/u'],
    ['2790513', '02/18 09:12:55', 'Spanish', '[64632]', '7', '41', 'AVS, chemodenervation'],
    ['2790520', '02/18 11:05:31', 'Spanish', '[10437]', '6', '33', '{64616} consent'],
    ['2790524', '02/18 13:20:09', 'Spanish', '[12206]', '12', '29', '{64450} + {64455} L foot'],
  ],
});

// ── 7. VRI session detail page, text layer ──
const vriDetail = lines({
  id: 's179-vridetail',
  kind: 's179-vri-session-detail-text',
  before: 'SignalBridge Admin › Sessions › Detail',
  text: [
    'Session 2790469   Account: Bellwether Pain & Nerve Institute (acct [70499])',
    'Requested: Somali   Queue wait 48 s   Interpreter #[13386] (medical, qualified)   Duration 64:12',
    'Device: iPad cart PROC-B-2   Location tag: AUR-PROC-B   Bandwidth avg 2.1 Mbps',
    'Reference entered by staff: "WARSAME A — {64714} neurolysis consent, Dr Halvorsen"',
    'Billing: 64 min × $2.40 = $153.60   Invoice cycle 2027-02',
    'Support ticket [64714] (audio dropped at 00:31, reconnected) — 2 min credited',
  ].join('\n'),
});

// ── 8. VRI CSV export, text layer ──
const vriCsv = lines({
  id: 's179-vricsv',
  kind: 's179-vri-sessions-csv-export-text',
  before: 'sessions_BPNI_2027-02.csv (preview)',
  text: [
    'session_id,start_utc,language,minutes,reference',
    '2790440,2027-02-15T19:58:03Z,SPA,38,"consent {64612}-RT"',
    '2790458,2027-02-16T13:55:41Z,VIE,17,"pre-op {64445}"',
    '2790469,2027-02-16T17:09:47Z,SOM,64,"{64714} consent"',
    '2790513,2027-02-18T16:12:55Z,SPA,41,"AVS {64612}"',
    '2790530,2027-02-18T17:40:02Z,ASL,52,"{64632} pre-op (CDI backup)"',
  ].join('\n'),
});

// ── 9. Phone interpreting (OPI) call detail report, grid ──
const opi = table({
  id: 's179-opi',
  kind: 's179-opi-call-detail-grid',
  caption: 'Meridian OPI — Call Detail Report — Client BPNI — February 2027',
  headers: ['Date', 'Access code', 'Client ID', 'Language', 'Interpreter ID', 'Start', 'Min', 'Charge', 'Reference'],
  rows: [
    ['02/17/2027', '266148', '310247', 'Russian', '[17782]', '14:36', '26', '$50.70', '{99214} Volkov'],
    ['02/19/2027', '266148', '310247', 'Russian', '[17790]', '09:05', '12', '$23.40', 'pre-op call {64632}'],
    ['02/22/2027', '266148', '310247', 'Somali', '[18105]', '16:20', '19', '$37.05', 'post-op check {64714}'],
    ['02/23/2027', '266148', '310247', 'Vietnamese', '[16251]', '11:02', '22', '$42.90', 'pre-op {64712} 02/26'],
  ],
});

// ── 10. Vendor invoice header, PDF text layer ──
const invHeader = lines({
  id: 's179-invhead',
  kind: 's179-vendor-invoice-header-text',
  before: 'MERIDIAN LANGUAGE PARTNERS, LLC',
  text: [
    'Remit to: PO Box [64445], Denver, CO [80217]-4445   Federal tax ID 84-3317920',
    'INVOICE [20508]   Invoice date 03/05/2027   Terms: Net 30   Customer no. [10468]',
    'Bill to: Bellwether Pain & Nerve Institute, Accounts Payable, 2150 S Havana St, Aurora, CO [80014]',
    'PO [45817]   Service period 02/01/2027–02/28/2027   On-site, VRI, OPI, document translation',
    'Amount due USD [18432].60   Please reference the invoice number with payment',
  ].join('\n'),
});

// ── 11. Vendor invoice detail by encounter, grid ──
const invLines = table({
  id: 's179-invlines',
  kind: 's179-vendor-invoice-encounter-lines-grid',
  caption: 'Invoice 20508 — Detail by encounter (client reference as entered by requester)',
  headers: ['Line', 'Date', 'Job', 'Client ref', 'Language', 'Service', 'Qty', 'Rate', 'Amount'],
  rows: [
    ['1', '02/15', '[70414]', 'Req [64709] / {64612}-RT', 'Spanish', 'VRI', '38 min', '1.95', '74.10'],
    ['2', '02/16', '[40213]', 'Req [64712] / {64445}', 'Vietnamese', 'On-site', '2.0 h', '95.00', '190.00'],
    ['3', '02/16', '[40230]', 'Req [64716] / {64714}', 'Somali', 'On-site', '2.0 h', '110.00', '220.00'],
    ['4', '02/16', '2790469', 'VRI / {64714}', 'Somali', 'VRI', '64 min', '2.40', '153.60'],
    ['5', '02/17', '[40093]', 'Req [64721] / {64632}', 'ASL', 'On-site team', '3.0 h × 2', '120.00', '720.00'],
    ['6', '02/26', '[40288]', 'Req [64740] / {64712}', 'Vietnamese', 'On-site', '4.0 h', '95.00', '380.00'],
    ['7', '02/24', 'TR-[20527]', 'AVS {64612} ES', 'Spanish', 'Translation', '412 words', '0.18', '74.16'],
  ],
});

// ── 12. Invoice dispute e-mail ──
const dispute = lines({
  id: 's179-dispute',
  kind: 's179-invoice-dispute-email',
  before: 'To: billing@meridianlanguage.example   Cc: ap@bpni.example',
  text: [
    'Subject: RE: Invoice [20508] — disputed lines 3 and 6',
    'Line 3 (job [40230], Somali, 02/16): the interpreter arrived 10:40 for a 10:15 {64714} consent; we used VRI',
    'session 2790469 instead. Under Exhibit B §4 a late arrival past 15 minutes is not billable.',
    'Line 6 (job [40288]): the open sciatic neurolysis ({64712}) took 3.2 h of interpreting; the 4.0 h billed',
    'includes 0.8 h travel, which Exhibit B caps at 0.5 h. Please issue a credit memo to customer no. [10468].',
    'Our AP voucher is [31190]. — Dana Whitfield, Language Access Program Manager, BPNI',
  ].join('\n'),
});

// ── 13. Accounts payable voucher match screen, text layer ──
const voucher = lines({
  id: 's179-voucher',
  kind: 's179-ap-voucher-match-screen-text',
  before: 'Supplier Invoice — View — Match exceptions',
  text: [
    'Supplier: MERIDIAN LANGUAGE PARTNERS LLC   Supplier ID [20287]',
    'Supplier invoice [20508]   Voucher [31190]   PO [45817]   Match status: EXCEPTION (quantity)',
    'Spend category SC-[10383] Interpreter & Translation Services   Cost center PAIN-PROC',
    'Hold reason: disputed lines 3, 6 — see supplier correspondence',
    'Gross $18,432.60   Approved $17,812.60   Variance $620.00',
  ].join('\n'),
});

// ── 14. Finance: interpreter cost allocated per encounter, grid ──
const alloc = table({
  id: 's179-alloc',
  kind: 's179-interpreter-cost-per-encounter-grid',
  caption: 'FY27 Language Access Cost by Encounter — February 2027 — procedure encounters only',
  headers: ['Encounter date', 'CPT', 'Language', 'Interp. min', 'Interp. cost', 'Payer', 'T1013 billed', 'Cost ctr'],
  rows: [
    ['02/15/2027', '{64612}', 'Spanish', '38', '$74.10', 'Medicaid', 'Y', 'PAIN-PROC'],
    ['02/16/2027', '{64445}', 'Vietnamese', '120', '$190.00', 'Medicare', 'N', 'PAIN-PROC'],
    ['02/16/2027', '{64714}', 'Somali', '64', '$153.60', 'Medicaid', 'Y', 'PAIN-PROC'],
    ['02/17/2027', '{64632}', 'ASL', '360', '$720.00', 'Commercial', 'N', 'PAIN-CLIN'],
    ['02/26/2027', '{64712}', 'Vietnamese', '192', '$304.00', 'Medicare', 'N', 'PAIN-PROC'],
    ['02/24/2027', '{64632}', 'Russian', '19', '$37.05', 'Commercial', 'N', 'PAIN-CLIN'],
    ['03/08/2027', '{64721}', 'Somali', '180', '$330.00', 'Medicaid', 'Y', 'PAIN-PROC'],
    ['03/22/2027', '{64450}', 'Spanish', '28', '$54.60', 'Medicaid', 'Y', 'PAIN-CLIN'],
  ],
});

// ── 15. X12 837P with a T1013 interpreter line, text layer ──
const x837 = lines({
  id: 's179-837',
  kind: 's179-x12-837p-interpreter-line-text',
  before: 'Claim viewer — 837P — Delgado Ibarra, Rosa E — DOS 02/15/2027',
  text: [
    'NM1*85*2*BELLWETHER PAIN AND NERVE INSTITUTE*****XX*1487726310~N4*AURORA*CO*800142209~',
    'CLM*[70527]A*1212.40***11:B:1*Y*A*Y*Y~HI*ABK:G513~',
    'LX*1~SV1*HC:{64612}:RT*985.00*UN*1***1~DTP*472*D8*20270215~',
    'LX*2~SV1*HC:J0585*180.00*UN*50***1~',
    'LX*3~SV1*HC:T1013*47.40*UN*3***1~NTE*ADD*VRI SPANISH SESSION 2790440 DURING {64612}~',
    'CLM*[70531]A*2485.20***22:B:1*Y*A*Y*Y~HI*ABK:G5712~LX*1~SV1*HC:{64714}*2410.00*UN*1***1~',
    'LX*2~SV1*HC:T1013*75.20*UN*4***1~NTE*ADD*SOMALI VRI FOR {64714} CONSENT, ON-SITE LATE~',
  ].join('\n'),
});

// ── 16. X12 835 remittance, text layer ──
const x835 = lines({
  id: 's179-835',
  kind: 's179-x12-835-interpreter-remit-text',
  before: 'ERA 835 — check EFT 0000731182 — payer Medicaid',
  text: [
    'CLP*[70527]A*1*1212.40*486.22**MC*2027046118221~',
    'SVC*HC:{64612}:RT*985.00*412.50**1~CAS*CO*45*572.50~',
    'SVC*HC:J0585*180.00*34.72**50~SVC*HC:T1013*47.40*39.00**3~CAS*CO*45*8.40~',
    'CLP*[70531]A*1*2485.20*811.34**MC*2027049200317~',
    'SVC*HC:{64714}*2410.00*783.20**1~SVC*HC:T1013*75.20*28.14**4~CAS*CO*119*47.06~',
  ].join('\n'),
});

// ── 17. Bilingual consent, English | Spanish side by side, PDF text layer ──
const consentEs = lines({
  id: 's179-consentes',
  kind: 's179-bilingual-consent-english-spanish-text',
  before: 'CONSENT FOR PROCEDURE | CONSENTIMIENTO PARA PROCEDIMIENTO',
  text: [
    'Form BPNI-CF-ES-014 (EN/ES) rev. 01/2027 | Formulario BPNI-CF-ES-014 (EN/ES) rev. 01/2027',
    'Procedure: Chemodenervation of muscles innervated by the facial nerve, right (CPT {64612}) | Procedimiento:',
    'Quimiodenervación de los músculos inervados por el nervio facial, lado derecho (CPT {64612})',
    'I was offered a qualified medical interpreter free of charge. | Se me ofreció un intérprete médico calificado sin costo.',
    'Interpreter name / ID: R. Salgado / [10437] (VRI session 2790440) | Nombre / número del intérprete: ver arriba',
    'Translation certified: Meridian job TR-[20461] | Traducción certificada por Meridian',
  ].join('\n'),
});

// ── 18. Bilingual consent, English | Vietnamese, PDF text layer ──
const consentVi = lines({
  id: 's179-consentvi',
  kind: 's179-bilingual-consent-english-vietnamese-text',
  before: 'CONSENT FOR SURGERY | GIẤY ĐỒNG Ý PHẪU THUẬT — page 1 of 4',
  text: [
    'Procedure: Open neurolysis, sciatic nerve, left (CPT {64712}) | Thủ thuật: Giải phóng dây thần kinh tọa, mổ hở, bên trái (mã CPT {64712})',
    'Earlier procedure: sciatic nerve block (CPT {64445}) on 02/16/2027 | Thủ thuật trước: phong bế dây thần kinh tọa (mã CPT {64445}) ngày 16/02/2027',
    'Risks include bleeding, infection, numbness and weakness of the leg. | Rủi ro gồm chảy máu, nhiễm trùng, tê và yếu chân.',
    'If needed, the surgeon may also do internal neurolysis ({64727}) | Nếu cần, bác sĩ có thể làm thêm giải phóng thần kinh bên trong ({64727})',
    'Interpreter: Thanh Pham, CoreCHI #[10287] | Thông dịch viên: Phạm Thanh (CoreCHI)',
    'Patient address: 1180 Dayton St, Aurora, CO [80011] | Địa chỉ bệnh nhân: như trên',
    'Form BPNI-CF-VI-022 (EN/VI) rev. 01/2027 — Meridian job TR-[20463]',
  ].join('\n'),
});

// ── 19. Certificate of translation accuracy, text layer ──
const certificate = lines({
  id: 's179-cert',
  kind: 's179-certificate-of-translation-accuracy-text',
  before: 'CERTIFICATE OF TRANSLATION ACCURACY',
  text: [
    'Meridian Language Partners, LLC — job TR-[20461] — 01/20/2027',
    'Source: BPNI-CF-ES-014 "Consent for Procedure — Chemodenervation, facial nerve ({64612})", English, 1,046 words',
    'Target: Spanish (United States)   Translator no. [24130]   Independent reviewer no. [24131]',
    'Delivered in the same batch: after-visit summary templates for sciatic nerve block ({64445}) and plantar',
    'digital nerve neurolysis ({64632}), job TR-[20473].',
    'Meridian Language Partners, 1600 Broadway, Suite 900, Denver, CO [80202]. Notary commission 20194033812.',
  ].join('\n'),
});

// ── 20. After-visit summary, English | Spanish ──
const avsEs = lines({
  id: 's179-avses',
  kind: 's179-after-visit-summary-english-spanish-text',
  before: 'After Visit Summary / Resumen de la visita — DELGADO IBARRA, ROSA ELENA — 02/15/2027',
  text: [
    'Today you had: botulinum toxin injection, right face (CPT {64612}) | Hoy se le hizo: inyección de toxina botulínica, lado derecho de la cara (CPT {64612})',
    'Next visit: 05/17/2027 09:00 — repeat {64612} if spasms return | Próxima cita: 17/05/2027 09:00 — repetir {64612} si regresan los espasmos',
    'Free interpreter: ask for Spanish when you call 303-555-0142. | Intérprete gratis: pida español al llamar al 303-555-0142.',
    'Your pharmacy: [15400] E Iliff Ave, Aurora, CO [80013] | Su farmacia: la misma',
    'AVS template AVS-ES-0612 (ES), translated by Meridian TR-[20527]',
  ].join('\n'),
});

// ── 21. After-visit summary, Somali | English ──
const avsSo = lines({
  id: 's179-avsso',
  kind: 's179-after-visit-summary-somali-english-text',
  before: 'Warbixinta Booqashada Kadib / After Visit Summary — WARSAME, ABDIRAHMAN HASSAN — 16/02/2027',
  text: [
    'Maanta waxaa laguu sameeyay: furfurka dareemaha lumbar plexus (CPT {64714}) | Today you had: lumbar plexus neurolysis (CPT {64714})',
    'Ballanta xigta: 02/23/2027, turjubaan Soomaali ah | Next visit: 02/23/2027, Somali interpreter booked',
    'Cinwaanka: 3300 Peoria St, Apt 12, Aurora, CO [80010] | Address: same',
    'Tarjumaadda: Meridian TR-[20469], foomka CF-SO-031 | Translation: Meridian TR-[20469], form CF-SO-031',
  ].join('\n'),
});

// ── 22. After-visit summary in Russian (English source printed on the back), text layer ──
const avsRu = lines({
  id: 's179-avsru',
  kind: 's179-after-visit-summary-russian-text',
  before: 'Сводка после визита / After Visit Summary — ВОЛКОВ, ДМИТРИЙ — 24.02.2027',
  text: [
    'Процедура: невролиз общего подошвенного пальцевого нерва (CPT {64632}), правая стопа',
    'Procedure (English source): neurolysis, plantar common digital nerve (CPT {64632}), right foot',
    'При необходимости повтор {64632} через 4–6 недель. / Repeat {64632} in 4–6 weeks if needed.',
    'Следующий визит / Next visit: 03.03.2027, Dr. Brandt, переводчик: русский (VRI)',
    'Адрес клиники / Clinic: 2150 S Havana St, Suite 300, Aurora',
  ].join('\n'),
});

// ── 23. Translation job tracker, grid ──
const trTracker = table({
  id: 's179-trtrack',
  kind: 's179-translation-job-tracker-grid',
  caption: 'Patient Materials Translation Tracker — 2027 — Language Access Program',
  headers: ['TR job', 'Document', 'Source ID', 'Target', 'Words', 'Status', 'Due'],
  rows: [
    ['TR-[20461]', 'Consent — chemodenervation {64612}', 'CF-ES-014', 'Spanish', '1,046', 'Delivered', '01/20'],
    [
      'TR-[20463]',
      'Consent — open sciatic neurolysis {64712}',
      'CF-VI-022',
      'Vietnamese',
      '1,212',
      'Delivered',
      '01/22',
    ],
    ['TR-[20469]', 'Consent — lumbar plexus neurolysis {64714}', 'CF-SO-031', 'Somali', '1,188', 'In QA', '02/12'],
    ['TR-[20473]', 'AVS templates — {64445}, {64632}', 'AVS-MULTI-0445', 'ES, VI, SO, RU', '388', 'Delivered', '01/29'],
    ['TR-[20510]', 'Section 1557 notice + taglines', 'NDN-2027-01', '15 languages', '742', 'Delivered', '01/08'],
    ['TR-[20527]', 'AVS — chemodenervation {64612}', 'AVS-ES-0612', 'Spanish', '412', 'Delivered', '02/24'],
  ],
});

// ── 24. TMX translation memory export, XML text ──
const tmx = lines({
  id: 's179-tmx',
  kind: 's179-tmx-translation-memory-xml-text',
  before: 'BPNI_patient_materials.tmx — TMX 1.4b',
  text: [
    '<tu tuid="TR[20469]-0014"><prop type="x-context">Form CF-SO-031 p.1</prop>',
    '  <tuv xml:lang="en-US"><seg>The procedure is called lumbar plexus neurolysis (CPT {64714}).</seg></tuv>',
    '  <tuv xml:lang="so-SO"><seg>Habka waxaa la yiraahdaa furfurka dareemaha lumbar plexus (CPT {64714}).</seg></tuv></tu>',
    '<tu tuid="TR[20473]-0003">',
    '  <tuv xml:lang="en-US"><seg>Today you had a sciatic nerve block (CPT {64445}).</seg></tuv>',
    '  <tuv xml:lang="vi-VN"><seg>Hôm nay quý vị được phong bế dây thần kinh tọa (CPT {64445}).</seg></tuv></tu>',
  ].join('\n'),
});

// ── 25. Translation QA review, text layer ──
const trQa = lines({
  id: 's179-trqa',
  kind: 's179-translation-qa-review-text',
  before: 'Linguistic QA — Somali consent — reviewer comments',
  text: [
    'QA report TR-[20469] (Somali) — reviewer no. [24131] — 14 segments flagged, 3 major',
    'Seg 0014: CPT {64714} kept in Latin digits — OK. "lumbar plexus" left in English per glossary rule GL-[10499].',
    'Seg 0022: source reads "a nerve block ({64445}) may be repeated"; target dropped the code — restore.',
    'Seg 0031: clinic ZIP [80014] transposed as [80041] in target — fix.',
    'Seg 0040: back-translation gives "hip" for "sciatic"; align with the {64712} consent glossary entry.',
  ].join('\n'),
});

// ── 26. Section 1557 notice of nondiscrimination, web page text ──
const notice = lines({
  id: 's179-notice',
  kind: 's179-section-1557-nondiscrimination-notice-text',
  before: 'Notice of Nondiscrimination — Bellwether Pain & Nerve Institute',
  text: [
    'Bellwether Pain & Nerve Institute complies with applicable Federal civil rights laws and does not discriminate',
    'on the basis of race, color, national origin (including limited English proficiency), age, disability, or sex.',
    'Section 1557 Coordinator: Dana Whitfield, 2150 S Havana St, Suite 300, Aurora, CO [80014]; 303-555-0188; TTY 711',
    'Grievances may also be mailed to: Civil Rights Coordinator, PO Box [64612], Aurora, CO [80040]',
    'U.S. Department of Health and Human Services, 200 Independence Avenue SW, Room 509F, HHH Building, Washington, D.C. [20201]',
    '1-800-368-1019, 800-537-7697 (TDD). Colorado Civil Rights Division, 1560 Broadway, Suite 825, Denver, CO [80202]',
  ].join('\n'),
});

// ── 27. Grievance log, grid ──
const grievances = table({
  id: 's179-grievlog',
  kind: 's179-civil-rights-grievance-log-grid',
  caption: 'Section 1557 Grievance Log — 2027 — Compliance (restricted)',
  headers: ['Grievance #', 'Received', 'Basis', 'Language', 'Encounter', 'Summary', 'Status'],
  rows: [
    [
      'G-27-[10194]',
      '03/04/2027',
      'National origin (LEP)',
      'Vietnamese',
      '02/26 {64712}',
      'Son asked to interpret discharge risks',
      'OCR 27-[41230]',
    ],
    [
      'G-27-[10195]',
      '02/16/2027',
      'National origin (LEP)',
      'Somali',
      '02/16 {64714}',
      'Interpreter 25 min late; VRI used',
      'Closed',
    ],
    [
      'G-27-[10207]',
      '02/18/2027',
      'Disability (Deaf)',
      'ASL',
      '02/17 {64632}',
      'No CDI booked for recovery',
      'Closed — training',
    ],
    ['G-27-[10221]', '02/20/2027', 'Disability', '—', 'Garage', 'Accessible space blocked', 'Closed'],
  ],
});

// ── 28. HHS OCR data request letter, PDF text layer ──
const ocr = lines({
  id: 's179-ocr',
  kind: 's179-hhs-ocr-data-request-letter-text',
  before: 'DEPARTMENT OF HEALTH & HUMAN SERVICES — Office for Civil Rights, Rocky Mountain Region',
  text: [
    '1961 Stout Street, Room 08-148, Denver, CO [80294]',
    'Our Reference: 27-[41230]   Dana Whitfield, Section 1557 Coordinator, 2150 S Havana St, Suite 300, Aurora, CO [80014]',
    'The complainant alleges that after surgery on February 26, 2027 her son was asked to interpret discharge instructions.',
    'Within 21 days, please provide: (1) a list of LEP patients who received procedures billed under CPT {64712},',
    '{64714} or {64445} between 01/01/2026 and 02/28/2027, with the interpreter used for consent and discharge;',
    '(2) your language access policy and vendor contract; (3) interpreter invoices for 02/26/2027 (e.g. invoice [20508]).',
  ].join('\n'),
});

// ── 29. Corrective action plan, text layer ──
const cap = lines({
  id: 's179-cap',
  kind: 's179-corrective-action-plan-text',
  before: 'Corrective Action Plan — response to OCR',
  text: [
    'CAP for OCR reference 27-[41230] / grievance G-27-[10194] — submitted 04/02/2027',
    '1. From 04/15/2027 every open nerve surgery consent ({64712}, {64714}) is booked with a 5-hour on-site block.',
    "2. The interpreter stays through discharge teaching; early release needs the charge nurse's sign-off.",
    '3. Family members may not interpret consent or discharge (Policy LA-[20217] §3.2); audited monthly by report RPT-[10266].',
    '4. All pre-op and recovery staff complete course [40260] by 05/31/2027.',
  ].join('\n'),
});

// ── 30. Compliance dashboard tiles, text layer ──
const dashboard = lines({
  id: 's179-dash',
  kind: 's179-language-access-dashboard-text',
  before: 'Language Access Dashboard — Q1 2027 — Bellwether Pain & Nerve Institute',
  text: [
    'LEP encounters 1,284   Qualified interpreter 96.2%   Family-interpreted 1 (target 0)',
    'Interpreter minutes by procedure: {64612} 4,112 · {64445} 3,208 · {64632} 2,140 · {64447} 1,566 · {64450} 1,390',
    'Longest VRI wait: Somali, 212 s (session 2790467)',
    'Unfilled on-site requests: 4, incl. req [64716] ({64714})',
    'Spend QTD $51.2K   Invoice [20508] on hold   Vendor score 3.6/5',
  ].join('\n'),
});

// ── 31. Quarterly compliance report, table by CPT and language ──
const byCode = table({
  id: 's179-bycode',
  kind: 's179-lep-encounters-by-cpt-language-grid',
  caption: 'Table 2. LEP procedure encounters by CPT code and language, Q1 2027',
  headers: [
    'CPT',
    'Descriptor',
    'LEP enc.',
    'Spanish',
    'Vietnamese',
    'Somali',
    'Russian',
    'ASL',
    'Other',
    'Qualified %',
  ],
  rows: [
    ['{64612}', 'Chemodenervation, facial nerve', '188', '161', '9', '4', '8', '2', '4', '99.5'],
    ['{64445}', 'Sciatic nerve block, single', '142', '97', '21', '11', '6', '3', '4', '97.9'],
    ['{64447}', 'Femoral nerve block, single', '64', '52', '3', '2', '4', '1', '2', '98.4'],
    ['{64632}', 'Neurolysis, plantar digital nerve', '96', '71', '6', '2', '12', '3', '2', '100.0'],
    ['{64640}', 'Destruction, other peripheral nerve', '41', '33', '2', '0', '3', '1', '2', '100.0'],
    ['{64712}', 'Neuroplasty, sciatic nerve', '18', '11', '4', '1', '1', '0', '1', '94.4'],
    ['{64714}', 'Neuroplasty, lumbar plexus', '9', '4', '1', '3', '1', '0', '0', '88.9'],
    ['{64450}', 'Injection, other peripheral nerve', '77', '58', '6', '3', '5', '2', '3', '98.7'],
    ['{64455}', 'Injection, plantar common digital nerve', '58', '44', '4', '1', '6', '1', '2', '100.0'],
    ['{64615}', 'Chemodenervation for chronic migraine', '33', '27', '2', '0', '2', '1', '1', '100.0'],
    ['{64616}', 'Chemodenervation, neck muscle(s)', '21', '16', '1', '1', '2', '0', '1', '95.2'],
    ['{64718}', 'Neuroplasty, ulnar nerve at elbow', '12', '8', '2', '1', '1', '0', '0', '91.7'],
    ['{64721}', 'Neuroplasty, median nerve at carpal tunnel', '27', '21', '3', '1', '1', '1', '0', '96.3'],
    ['{95907}–{95913}', 'Nerve conduction studies (all)', '118', '90', '10', '6', '7', '2', '3', '97.5'],
  ],
});

// ── 32. Quarterly compliance report narrative, PDF text layer ──
const narrative = lines({
  id: 's179-narr',
  kind: 's179-compliance-report-narrative-text',
  before: 'Section 3. Findings',
  text: [
    'Of the 18 open sciatic neurolysis cases ({64712}) with LEP patients, one discharge (02/26/2027) was interpreted',
    'in part by a family member; see grievance G-27-[10194] and OCR reference 27-[41230].',
    'Lumbar plexus cases ({64714}) had the lowest qualified-interpreter rate (88.9%), driven by Somali on-site shortages.',
    'Single-injection blocks ({64445}, {64447}, {64450}) met the qualified-interpreter target at 97.9–98.7%.',
    'Chemodenervation ({64612}) is our largest LEP volume (188 encounters), repeated about every 12 weeks; we recommend',
    'standing VRI bookings. Meridian invoice [20508] is disputed ($620.00). Distribution: list DL-[10314].',
  ].join('\n'),
});

// ── 33. Language access plan (policy), text layer ──
const policy = lines({
  id: 's179-policy',
  kind: 's179-language-access-policy-text',
  before: 'Policy LA-20217: Language Access and Effective Communication',
  text: [
    'Policy LA-[20217]   Effective 01/01/2027   Supersedes LA-[19744]   Owner: Compliance',
    '3.2 Family members, friends and minors may not interpret informed consent, including consents for {64712},',
    '{64714} and other open nerve procedures, except in an emergency until a qualified interpreter is available.',
    '4.1 On-site interpreters are required for procedures under general anesthesia or MAC (e.g. {64712}, {64714});',
    'VRI is acceptable for office procedures such as {64612}, {64445}, {64447} and {64632}.',
    '5.3 Vendor: Meridian Language Partners, contract C-[30116]; OPI access code on badge cards.',
  ].join('\n'),
});

// ── 34. Interpreter qualification roster, grid ──
const roster = table({
  id: 's179-roster',
  kind: 's179-interpreter-qualification-roster-grid',
  caption: 'Qualified Interpreter Roster — vendor and contract staff — as of 02/01/2027',
  headers: ['Name', 'Vendor ID', 'Credential', 'Credential no.', 'Languages', 'Expires'],
  rows: [
    ['Thanh Pham', 'MLP-T044', 'CCHI CoreCHI', '[10287]', 'Vietnamese', '06/2029'],
    ['Rocío Salgado', 'MLP-S118', 'NBCMI CMI-Spanish', '[30274]', 'Spanish', '11/2028'],
    ['Hodan Abdi', 'MLP-S203', 'Qualified (40-h course + screen)', '—', 'Somali', '—'],
    ['Katherine Moss', 'CDI-0155', 'RID CDI', '[60814]', 'ASL', '12/2027'],
    ['Irina Sokolova', 'MLP-R071', 'CCHI CHI-Russian', '[11904]', 'Russian', '03/2028'],
  ],
});

// ── 35. Patient portal message thread in Spanish, text layer ──
const portal = lines({
  id: 's179-portal',
  kind: 's179-patient-portal-message-spanish-text',
  before: 'Mensajes › Intérprete para mi próxima inyección',
  text: [
    'De: Rosa Delgado — 04/30/2027 20:14',
    'Hola, mi próxima cita es para repetir el {64612} (la inyección de la cara). ¿Pueden poner intérprete en persona?',
    'Por video a veces se corta. Mi dirección nueva: [16725] E Mississippi Ave, Aurora, CO [80017].',
    'De: Servicios de Intérpretes — 05/01/2027 09:02',
    'Listo: intérprete de español en persona el 17/05 a las 9:00, solicitud [65231]. Su dirección quedó actualizada.',
  ].join('\n'),
});

// ── 36. Op note with interpreter attestation, text layer ──
const opNote = lines({
  id: 's179-opnote',
  kind: 's179-op-note-interpreter-attestation-text',
  before: 'OPERATIVE REPORT — NGUYEN, LAN THI — DOS 02/26/2027 — Surgeon: E. Halvorsen, MD',
  text: [
    'PROCEDURE: Open neurolysis, left sciatic nerve at the sciatic notch (CPT {64712}-LT). Case OR-[70130].',
    'INDICATION: diagnostic sciatic block ({64445}) on 02/16/2027 gave 80% relief for 6 hours.',
    'CODING: {64712}-LT; internal neurolysis with operating microscope {64727}; {69990} not separately reported.',
    'INTERPRETER: Thanh Pham, Meridian on-site, ID [10287], present 07:05–10:17 for consent, time-out and emergence.',
    "Post-op teaching at 11:40 was given with the patient's son present; see nursing addendum and grievance G-27-[10194].",
  ].join('\n'),
});

// ── 37. Staff chat (Teams-style), text layer ──
const chat = lines({
  id: 's179-chat',
  kind: 's179-staff-chat-interpreter-coordination-text',
  before: 'Chat — Interpreter Services / Procedure Suite B — 02/16/2027',
  text: [
    '[09:12] Maria Ortiz: Somali for the 10:15 {64714} still not here, Meridian says job [40230] is "en route"',
    '[09:13] Dana Whitfield: If not here by 10:10 go VRI. Do NOT use the brother. Log it on req [64716].',
    '[10:41] Maria Ortiz: VRI 2790469 connected after a drop, SignalBridge ticket [64714] opened',
    "[10:42] Dana Whitfield: ok. For Nguyen's {64712} on the 26th book 5 h, not 4, and same interpreter ([10287]).",
    "[10:55] Maria Ortiz: also Park's {64632} tomorrow has one CDI only, booking a second for recovery",
  ].join('\n'),
});

// ── 38. Vendor contract rate exhibit, PDF text layer ──
const contract = lines({
  id: 's179-contract',
  kind: 's179-interpreting-contract-rate-exhibit-text',
  before: 'EXHIBIT B — RATES AND TERMS',
  text: [
    'Contract C-[30116] between Bellwether Pain & Nerve Institute and Meridian Language Partners, LLC',
    'On-site spoken-language, medical: $95.00/h (Spanish, Vietnamese), $110.00/h other languages, 2-hour minimum; surgical consent blocks ({64712}, {64714}): 4-hour minimum.',
    'VRI: $1.95/min Spanish, $2.40/min other languages; OPI $1.95/min; ASL on-site: $120.00/h per interpreter.',
    'Travel is billable up to 0.5 h per job within the Denver–Aurora metro (ZIP 800xx and 801xx).',
    'Notices: Meridian, PO Box [64445], Denver, CO [80217]; BPNI, PO Box [64612], Aurora, CO [80040].',
  ].join('\n'),
});

// ── 39. Intranet search results, text layer ──
const search = lines({
  id: 's179-search',
  kind: 's179-intranet-search-results-text',
  before: 'BPNI Intranet search',
  text: [
    'Results for "interpreter {64712}" — 5 items',
    'Consent — Open sciatic neurolysis {64712} (Vietnamese) · Forms · CF-VI-022 · updated 01/22/2027',
    'Interpreter request [64712] · Scheduling · NGUYEN, LAN · 02/16/2027 07:30 · FILLED',
    'Grievance G-27-[10194] · Compliance · "son asked to interpret discharge"',
    'Invoice [20508] line 6 · Accounts Payable · Req [64740] / {64712} · 4.0 h',
    'Policy LA-[20217] §4.1 · "on-site interpreters are required … (e.g. {64712}, {64714})"',
    'Scheduling rule {64712} · Cadence build · "On-site required, 5 h, written + teach-back"',
  ].join('\n'),
});

// ── 40. Scheduling system build: interpreter rules by procedure, grid ──
const rules = table({
  id: 's179-rules',
  kind: 's179-scheduling-interpreter-rules-by-procedure-grid',
  caption: 'Cadence build — Interpreter auto-request rules by procedure (Language Access, rev. 01/2027)',
  headers: ['CPT', 'Procedure (scheduling name)', 'Interpreter modality', 'Min. block', 'Consent', 'Auto-request'],
  rows: [
    ['{64400}', 'Trigeminal nerve block', 'VRI', '45 min', 'Verbal', 'Y'],
    ['{64405}', 'Greater occipital nerve block', 'VRI', '30 min', 'Verbal', 'Y'],
    ['{64415}', 'Brachial plexus block', 'VRI', '45 min', 'Written', 'Y'],
    ['{64418}', 'Suprascapular nerve block', 'VRI', '45 min', 'Written', 'Y'],
    ['{64425}', 'Ilioinguinal / iliohypogastric block', 'VRI', '45 min', 'Written', 'Y'],
    ['{64445}', 'Sciatic nerve block, single', 'On-site preferred', '90 min', 'Written', 'Y'],
    ['{64446}', 'Sciatic nerve block, continuous catheter', 'On-site', '2 h', 'Written', 'Y'],
    ['{64447}', 'Femoral nerve block, single', 'VRI', '60 min', 'Written', 'Y'],
    ['{64448}', 'Femoral nerve block, continuous catheter', 'On-site', '2 h', 'Written', 'Y'],
    ['{64450}', 'Other peripheral nerve block', 'VRI', '45 min', 'Written', 'Y'],
    ['{64455}', 'Plantar digital nerve injection', 'VRI', '30 min', 'Written', 'Y'],
    ['{64505}', 'Sphenopalatine ganglion block', 'VRI', '30 min', 'Verbal', 'Y'],
    ['{64510}', 'Stellate ganglion block', 'On-site preferred', '60 min', 'Written', 'Y'],
    ['{64520}', 'Lumbar sympathetic block', 'On-site preferred', '60 min', 'Written', 'Y'],
    ['{64612}', 'Chemodenervation, facial nerve muscles', 'VRI', '45 min', 'Written', 'Y'],
    ['{64615}', 'Chemodenervation, chronic migraine', 'VRI', '45 min', 'Written', 'Y'],
    ['{64616}', 'Chemodenervation, neck muscles', 'VRI', '45 min', 'Written', 'Y'],
    ['{64624}', 'Genicular nerve radiofrequency ablation', 'On-site', '2 h', 'Written', 'Y'],
    ['{64632}', 'Neurolysis, plantar common digital nerve', 'VRI', '45 min', 'Written', 'Y'],
    ['{64640}', 'Destruction, other peripheral nerve', 'On-site preferred', '60 min', 'Written', 'Y'],
    ['{64712}', 'Open neurolysis, sciatic nerve', 'On-site required', '5 h', 'Written + teach-back', 'Y'],
    ['{64713}', 'Neuroplasty, brachial plexus', 'On-site required', '5 h', 'Written + teach-back', 'Y'],
    ['{64714}', 'Neuroplasty, lumbar plexus', 'On-site required', '5 h', 'Written + teach-back', 'Y'],
    ['{64721}', 'Carpal tunnel release', 'On-site required', '3 h', 'Written', 'Y'],
    ['{95886}', 'Needle EMG with NCS, each extremity', 'VRI', '60 min', 'Verbal', 'N'],
  ],
});

// ── 41. Interpreter documentation chart audit worksheet, grid ──
const audit = table({
  id: 's179-audit',
  kind: 's179-interpreter-documentation-chart-audit-grid',
  caption: 'Q1 2027 chart audit — interpreter use documented for LEP procedure encounters (sample of 12)',
  headers: [
    '#',
    'DOS',
    'CPT',
    'Language',
    'Interp. documented',
    'Name / ID in note',
    'Consent form language',
    'Finding',
  ],
  rows: [
    ['1', '01/06', '{64612}', 'Spanish', 'Y', 'VRI [10437]', 'ES', 'Met'],
    ['2', '01/11', '{64445}', 'Spanish', 'Y', 'On-site, name only', 'ES', 'Met'],
    ['3', '01/19', '{64447}', 'Vietnamese', 'Y', 'OPI [16251]', 'EN only', 'Not met — no VI consent'],
    ['4', '01/27', '{64455}', 'Russian', 'N', '—', 'EN', 'Not met'],
    ['5', '02/03', '{64616}', 'Spanish', 'Y', 'VRI, ID missing', 'ES', 'Partial'],
    ['6', '02/15', '{64612}', 'Spanish', 'Y', 'VRI [10437]', 'ES', 'Met'],
    ['7', '02/16', '{64445}', 'Vietnamese', 'Y', 'T. Pham [10287]', 'VI', 'Met'],
    ['8', '02/16', '{64714}', 'Somali', 'Y', 'VRI [13386]', 'SO (draft)', 'Partial — form in QA'],
    ['9', '02/17', '{64632}', 'ASL', 'Y', 'CDI team', 'EN + ASL video', 'Met'],
    ['10', '02/26', '{64712}', 'Vietnamese', 'Partial', 'T. Pham until 10:17', 'VI', 'Not met — family at discharge'],
    ['11', '03/08', '{64721}', 'Somali', 'Y', 'On-site, name only', 'EN', 'Partial'],
    ['12', '03/22', '{64450}', 'Spanish', 'Y', 'VRI [20320]', 'ES', 'Met'],
  ],
});

// ── 42. Translated patient handout library (intranet page), text layer ──
const handouts = lines({
  id: 's179-handouts',
  kind: 's179-translated-handout-library-text',
  before: 'Patient Education › Translated handouts › Pain & Peripheral Nerve',
  text: [
    'Sciatic nerve block (CPT {64445}) — English · Español · Tiếng Việt · Soomaali · Русский — rev. 01/2027',
    'Femoral nerve block ({64447}) and continuous catheter ({64448}) — English · Español · Tiếng Việt',
    'Botulinum toxin for facial spasm ({64612}) — English · Español · Русский · العربية',
    'Botulinum toxin for migraine ({64615}) — English · Español',
    "Morton's neuroma injection ({64455}) and alcohol neurolysis ({64632}) — English · Español · Русский",
    'Open sciatic nerve surgery ({64712}) — English · Tiếng Việt · Español',
    'Lumbar plexus surgery ({64714}) — English · Soomaali (in review) · Español',
    'Carpal tunnel release ({64721}) — English · Español · Soomaali',
    'Nerve conduction test ({95907}–{95913}) and EMG ({95886}) — English · Español · Tiếng Việt · Soomaali',
  ].join('\n'),
});

// ── 43. Coder's charge review worklist with interpreter edits, grid ──
const chargeReview = table({
  id: 's179-chgrev',
  kind: 's179-charge-review-interpreter-edit-worklist-grid',
  caption: 'Charge Review — Workqueue PAIN-CODING — Edit: interpreter service (T1013) requires documented interpreter',
  headers: ['DOS', 'Patient', 'Charges on account', 'Payer', 'Interpreter in note', 'Coder action'],
  rows: [
    ['02/15/2027', 'DELGADO IBARRA, R', '{64612}-RT, J0585 ×50, T1013 ×3', 'Medicaid', 'VRI, ID [10437]', 'Release'],
    [
      '02/16/2027',
      'NGUYEN, L',
      '{64445}-LT, {76942}',
      'Medicare',
      'On-site T. Pham',
      'Release (no T1013 for Medicare)',
    ],
    ['02/16/2027', 'WARSAME, A', '{64714}, T1013 ×4', 'Medicaid', 'VRI, ID [13386]', 'Release'],
    ['02/17/2027', 'PARK, E', '{64632}-RT, {99213}-25', 'Commercial', 'CDI team', 'Query: E/M separate? drop -25'],
    ['02/24/2027', 'VOLKOV, D', '{64632}-RT', 'Commercial', 'OPI pre-op only', 'Release'],
    [
      '02/26/2027',
      'NGUYEN, L',
      '{64712}-LT, {64727}',
      'Medicare',
      'On-site until 10:17',
      'Release; compliance notified',
    ],
    ['03/08/2027', 'FARAH, M', '{64721}-RT, T1013 ×6', 'Medicaid', 'Name only, no ID', 'Hold T1013; query'],
  ],
});

// ── 44. Medicaid provider manual excerpt on interpreter billing, web text ──
const medicaidManual = lines({
  id: 's179-mcdmanual',
  kind: 's179-medicaid-interpreter-billing-manual-text',
  before: 'Provider Reference Manual › Interpreter Services › 8.4 Billing',
  text: [
    '8.4.1 Report HCPCS T1013 (sign language or oral interpretive services, per 15 minutes) on the same claim as the',
    'service interpreted, e.g. an office visit ({99213}, {99214}) or a procedure such as {64612} or {64450}.',
    "8.4.2 T1013 is not payable for interpreting by family members or by the billing provider's own clinical staff.",
    '8.4.3 For surgical procedures ({64712}, {64714}, {64721}) bill T1013 units for consent and discharge teaching',
    "only; time in the operating room is included in the surgeon's global payment.",
    '8.4.4 Example: DOS 02/16, {64714} × 1 and T1013 × 4. Questions: Provider Services, PO Box [30270], Denver, CO [80218].',
    'Manual revision MR-[26115], effective 01/01/2027.',
  ].join('\n'),
});

export const sealed179: readonly Snippet[] = [
  ...request,
  ...queue,
  ...confirmMail,
  ...siu,
  ...fhirAppt,
  ...vriLog,
  ...vriDetail,
  ...vriCsv,
  ...opi,
  ...invHeader,
  ...invLines,
  ...dispute,
  ...voucher,
  ...alloc,
  ...x837,
  ...x835,
  ...consentEs,
  ...consentVi,
  ...certificate,
  ...avsEs,
  ...avsSo,
  ...avsRu,
  ...trTracker,
  ...tmx,
  ...trQa,
  ...notice,
  ...grievances,
  ...ocr,
  ...cap,
  ...dashboard,
  ...byCode,
  ...narrative,
  ...policy,
  ...roster,
  ...portal,
  ...opNote,
  ...chat,
  ...contract,
  ...search,
  ...rules,
  ...audit,
  ...handouts,
  ...chargeReview,
  ...medicaidManual,
];
