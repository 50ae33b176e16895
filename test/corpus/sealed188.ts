import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 188 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s188-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too (ED and inpatient E/M, hip and acetabulum surgery, anesthesia, imaging, EMG/NCS, PT, lab).
 * About a third of the decoys are numbers of the synthetic 10,000-code set (KNOWN_10K) used as Madrid, Miami and
 * Orlando postal codes, a group number, an ER bed id, an assistance agent id and repatriation file, the repricing
 * network and contract ids and client id, an estimate number, an HL7 message control id, a cashier batch, hospital
 * charge-master codes, a payer id, the surgeon group's patient account, a medical review number, an insurer office
 * code, a Spanish clinical record number, a payment reference, a document number, a transfer reference, dictation
 * and phone extensions and air ambulance amounts without thousands separators. The five known codes' digits come
 * back as decoys: the guarantee-of-payment number (64445), a deposit wire reference and the repricer's PO box
 * (64612), a deposit receipt, a repricing reference and a bank operation number (64714), an 837 batch reference,
 * a bed phone extension and the ombudsman's PO box (64632), an appeal file number (64612), a portal ticket (64445)
 * and a dictation job number (64712).
 *
 * Family: a foreign visitor treated in the US and their travel medical insurer. Inés Carvajal Montoya (61, Sevilla)
 * falls on hotel stairs while visiting her daughter in Orlando: posterior hip dislocation with acetabular fracture
 * and sciatic nerve palsy, a retroperitoneal hematoma on apixaban that compresses the lumbar plexus, and two extras
 * she asks for while admitted (her routine facial-nerve chemodenervation for hemifacial spasm and a Morton's neuroma
 * neurolysis). Her insurer, Aseguradora Solera Viaje, S.A. (Madrid; policy "Solera Viaje Plus"), runs the case
 * through its assistance company, Cruzsur Assistance USA, LLC (Miami). Pages: the assistance company's case opening
 * screen, call log, medical information request, nurse case notes, case JSON, coordinator chat, guarantee-of-payment
 * letter and its amendment, the hospital's (Lake Conway Regional Medical Center, Orlando) international patient
 * office estimate, deposit request email, deposit receipt and price estimate grid, the HL7 DFT charge feed, the
 * itemized bill, the UB-04 and CMS-1500 text layers and their 837I / 837P fragments, the surgeon's op note excerpt
 * and discharge summary sent for review, the repricing network's (ClearSpan Repricing) report, summary, rate exhibit
 * and XML response, the insurer's claims work queue, medical review, coverage schedule, pre-existing condition
 * questionnaire, claim decision letter in English and in Spanish with their explanation tables, CSV claim-line
 * export, the insurer's bank transfer advice to the hospital, the patient's emails (Spanish and English), her appeal and
 * the appeal response, the hospital's patient portal balance and statement, and a cost dashboard.
 * Built on real public layouts: travel assistance companies' guarantee-of-payment (GOP / "letter of guarantee")
 * letters and case reference formats, US hospital international patient services estimate and deposit letters,
 * the UB-04 (CMS-1450) form locators and CMS-1500 item numbers as PDF text layers, X12 837I/837P segments
 * (CLM, HI, SV2, SV1), HL7 v2 DFT^P03 FT1 segments, PPO repricing / network savings reports (billed, allowed,
 * savings, network id per line), bilingual European travel insurer claim settlement letters ("liquidación de
 * siniestro") and SEPA transfer advices. The others are written the way those pages read, with no single source.
 *
 * 392 labelled tokens over 41 shapes: 191 codes, 201 decoys, 68 of the decoys in KNOWN_10K.
 */

// ── 1. Assistance company case opening screen (decoy heavy) ──
const caseOpen = lines({
  id: 's188-caseopen',
  kind: 's188-assistance-case-opening-screen-text',
  before: 'CRUZSUR ASSIST — CASE MANAGEMENT — New medical case',
  text: [
    'Case no. CZS-26-[52318]   Opened 03/14/2026 22:41 ET   Line: Solera Viaje (ES)   Priority: HIGH',
    'Insured: CARVAJAL MONTOYA, INES   DOB 05/09/1964   Policy SV-PLUS-2026-0041877   Group [28030]',
    'Home address: C/ Feria 42, 3ºB, [41003] Sevilla, España   Caller: daughter (Marta Ruiz Carvajal)',
    'Location in US: Rosen Lakeside Inn, 8900 Vista Centre Dr, Orlando, FL [32819]',
    'Facility: Lake Conway Regional Medical Center, 1414 Kuhl Ave, Orlando, FL [32806]   ER bed [33582]',
    'Insurer file: SOL-SIN-[16851]   Coverage max: EUR 300000   Deductible: EUR 0   Trip 03/02–04/02/2026',
    'Reported: fall on stairs, R hip deformity, cannot move foot. Plan: request ER notes, issue initial GOP.',
  ].join('\n'),
});

// ── 2. Assistance call log table ──
const callLog = table({
  id: 's188-calllog',
  kind: 's188-assistance-call-log-grid',
  caption: 'Case CZS-26-52318 — Communications',
  headers: ['Date/time (ET)', 'Agent', 'Party', 'Channel', 'Note'],
  rows: [
    ['03/14 22:41', 'J. Ocampo', 'Marta Ruiz (daughter)', 'Inbound call', 'Case opened; ref [52318] given to family'],
    ['03/15 01:10', 'J. Ocampo', 'LCRMC ER registration', 'Fax', 'ER notes received: CPT {99285}, {73502}, CT {72192}'],
    ['03/15 08:02', 'R. Baptiste RN', 'LCRMC Intl Patient Office', 'Phone', 'Surgery planned: {27253} + {27226}'],
    ['03/15 09:30', 'R. Baptiste RN', 'Ortho office', 'Phone', 'Surgeon adds sciatic neurolysis {64712} if tethered'],
    ['03/15 10:14', 'A. Lindqvist', 'Solera Madrid', 'Email', 'Insurer approves GOP no. [64445], USD [85000]'],
    [
      '03/19 16:20',
      'R. Baptiste RN',
      'LCRMC case mgmt',
      'Phone',
      'Hematoma on CT; lumbar plexus decompression {64714}',
    ],
    ['03/21 11:05', 'R. Baptiste RN', 'Insured (Inés)', 'WhatsApp', 'Asks for Botox {64612} + foot neuroma {64632}'],
  ],
});

// ── 3. Medical information request form (assistance → hospital) ──
const medInfo = lines({
  id: 's188-medinfo',
  kind: 's188-assistance-medical-information-request-form-text',
  before: 'MEDICAL INFORMATION REQUEST — please complete and fax to +1 305 555 0199',
  text: [
    'Our case: CZS-26-[52318] (write it on every page)   Your MRN: 7781420   Account: [50367]-02',
    '1. Diagnosis (ICD-10): S73.034A, S32.411A, S74.01XA   2. Planned procedure(s) with CPT: {27253}, {27226}, {64712}',
    '3. Anesthesia: general (ASA code {01173})   4. Expected LOS: 5 days   5. Is the condition pre-existing? NO',
    '6. Fit to fly? Not before 14 days   7. Escort needed? YES (medical, stretcher)   Ward: 6 North, bed ext. [64632]',
    'Signature: Dr. H. Pemberton, orthopaedic trauma   Return to Cruzsur, 8200 NW 41st St Ste 210, Doral, FL [33166]',
  ].join('\n'),
});

// ── 4. Nurse case manager notes ──
const nurseNotes = lines({
  id: 's188-nursenotes',
  kind: 's188-assistance-nurse-case-notes-text',
  before: 'Case notes — CZS-26-52318 — R. Baptiste, RN (medical case manager)',
  text: [
    '03/16 Post-op call with Dr. Pemberton: ORIF post wall acetabulum done; sciatic nerve tethered by fragment,',
    'external neurolysis done (will bill {64712}). Popliteal sciatic catheter placed for pain ({64445}, then {64446}?).',
    '03/19 Drop in Hb, CT shows R retroperitoneal hematoma; on apixaban at home. Surgeon proposes open decompression',
    'of lumbar plexus, {64714}. Insurer advised; GOP amendment requested for +USD [60000] (ref GOP-[64445]-A1).',
    '03/21 Insured asks if we will pay her "usual Botox" for hemifacial spasm ({64612}) and the neuroma ({64632}) while',
    'inpatient. Told her these are not emergency care and likely excluded; she will ask the hospital for a self-pay price.',
    '03/22 Hospitalist daily visits billed {99233}; PT started ({97162}, {97110}), non-weight-bearing R leg.',
    '03/24 EMG/NCS done ({95910}, {95886}): severe peroneal-division sciatic axonopathy. Repatriation file RP-[24904].',
  ].join('\n'),
});

// ── 5. Case JSON from the assistance platform API (shown in a dev console) ──
const caseJson = lines({
  id: 's188-casejson',
  kind: 's188-assistance-case-api-json-text',
  before: 'GET /api/v2/cases/CZS-26-52318?expand=services',
  text: [
    '{ "caseId": "CZS-26-[52318]", "insurerClaimRef": "SOL-SIN-[16851]", "facilityZip": "[32806]",',
    '  "gop": { "number": "[64445]", "amountUsd": [85000], "amendments": [{ "seq": 1, "amountUsd": [60000] }] },',
    '  "services": [',
    '    { "cpt": "{27226}", "status": "approved" }, { "cpt": "{64712}", "status": "approved", "modifier": "RT" },',
    '    { "cpt": "{64714}", "status": "approved" }, { "cpt": "{64445}", "status": "approved" },',
    '    { "cpt": "{64612}", "status": "declined", "reason": "PRE_EXISTING" },',
    '    { "cpt": "{64632}", "status": "declined", "reason": "NOT_URGENT" } ],',
    '  "agentId": [17133], "queue": "MED-FL", "slaMinutes": 240 }',
  ].join('\n'),
});

// ── 6. Coordinator chat (WhatsApp-style, bilingual) ──
const chat = lines({
  id: 's188-chat',
  kind: 's188-assistance-coordinator-chat-text',
  before: 'Cruzsur Asistencia 24h — chat',
  text: [
    '[21/03 11:05] Inés: Hola, aprovechando que estoy aquí, ¿me pueden poner el bótox de la cara? En Sevilla es el {64612}',
    '[21/03 11:07] Cruzsur (Rosa): Buenos días Inés. El código {64612} (quimiodenervación del nervio facial) no es urgente,',
    '[21/03 11:07] Cruzsur (Rosa): y su póliza excluye enfermedades preexistentes. Lo mismo el neuroma del pie ({64632}).',
    '[21/03 11:09] Inés: Vale. ¿Y cuál es mi número de expediente? Tengo el [52318] apuntado',
    '[21/03 11:10] Cruzsur (Rosa): Sí, CZS-26-[52318]. Para el hospital, la garantía es la nº [64445].',
  ].join('\n'),
});

// ── 7. Guarantee of payment letter ──
const gop = lines({
  id: 's188-gop',
  kind: 's188-guarantee-of-payment-letter-text',
  before: 'CRUZSUR ASSISTANCE USA, LLC — 8200 NW 41st Street, Suite 210, Doral, FL 33166 — GUARANTEE OF PAYMENT',
  text: [
    'GOP No.: [64445]   Our case: CZS-26-[52318]   Date: March 15, 2026',
    'To: Lake Conway Regional Medical Center, International Patient Services, 1414 Kuhl Ave, Orlando, FL [32806]',
    'Patient: CARVAJAL MONTOYA, Inés   DOB 05/09/1964   Insurer: Aseguradora Solera Viaje, S.A., Madrid',
    'On behalf of the insurer we guarantee payment up to USD 85,000.00 for medically necessary emergency treatment:',
    'ER evaluation ({99285}), imaging, closed/open reduction of R hip and ORIF of posterior wall ({27253}, {27226}),',
    'sciatic nerve neurolysis if required ({64712}), related anesthesia and peripheral nerve block ({64445}).',
    'Not guaranteed: elective or pre-existing care, comfort items, services after fit-to-fly date.',
    'Claims must be repriced by ClearSpan Repricing (network id CSR-[20599]) before payment. Bill to PO Box [33130] Miami.',
  ].join('\n'),
});

// ── 8. GOP amendment ──
const gopAmend = lines({
  id: 's188-gopamend',
  kind: 's188-guarantee-of-payment-amendment-text',
  before: 'AMENDMENT No. 1 TO GUARANTEE OF PAYMENT',
  text: [
    'GOP [64445]-A1   Case CZS-26-[52318]   Issued 03/19/2026 18:02 ET',
    'The guarantee is increased by USD [60000].00 to USD 145,000.00 to include open decompression of the lumbar',
    'plexus (CPT {64714}) and the additional inpatient days (est. 6) and ICU day ({99291} on 03/19).',
    'Explicitly excluded: chemodenervation of facial nerve {64612}; neurolysis of plantar digital nerve {64632}.',
    'All other terms of GOP [64445] remain unchanged. Authorised by: A. Lindqvist, Claims, for Solera Viaje.',
  ].join('\n'),
});

// ── 9. Hospital international patient office estimate, table ──
const ipoEstimate = table({
  id: 's188-ipoest',
  kind: 's188-hospital-international-patient-estimate-grid',
  caption: 'International Patient Services — Cost Estimate No. [74927] — Patient: Carvajal Montoya, Inés',
  headers: ['Service', 'CPT/HCPCS', 'Est. charge (USD)', 'Notes'],
  rows: [
    ['Emergency dept. visit, level 5', '{99285}', '4,860.00', 'Facility + physician'],
    ['Closed reduction hip, anesthesia', '{27252}', '6,120.00', 'If open: {27253}'],
    ['ORIF acetabulum, posterior wall', '{27226}', '38,400.00', 'Implants extra'],
    ['Neuroplasty, sciatic nerve', '{64712}', '9,870.00', 'Conditional'],
    ['Sciatic nerve block, single', '{64445}', '1,240.00', ''],
    ['Inpatient room & board (5 days)', '', '[21500].00', 'Rev 0120, USD 4300/day'],
    ['Anesthesia, acetabulum', '{01173}', '7,380.00', 'ASA units × conv. factor'],
  ],
});

// ── 10. Deposit request email from the hospital ──
const depositEmail = lines({
  id: 's188-depemail',
  kind: 's188-hospital-deposit-request-email-text',
  before: 'From: intlpatients@lakeconwayrmc.org  To: ines.carvajal@correo.es; ops@cruzsur-assist.com',
  text: [
    'Subject: Deposit request – Acct [47126] – Carvajal Montoya – est. no. [74927]',
    'Dear Mrs. Carvajal, until we receive a guarantee of payment from your insurer we must request a deposit of',
    'USD [15000].00. The estimate covers {99285}, {27253}/{27226} and, if needed, sciatic neurolysis ({64712}).',
    'Update 03/15 10:40: GOP [64445] received from Cruzsur; the deposit is reduced to the self-pay items only.',
    'Self-pay items quoted on request: facial chemodenervation {64612} USD 1,180 + drug; {64632} USD 2,260.',
    'Wire to: Lake Conway RMC, account ending 4471, reference "DEP-[64612]". Office: Suite 210, Orlando FL [32806].',
  ].join('\n'),
});

// ── 11. Deposit receipt ──
const depReceipt = lines({
  id: 's188-depreceipt',
  kind: 's188-hospital-deposit-receipt-text',
  before: 'LAKE CONWAY REGIONAL MEDICAL CENTER — PAYMENT RECEIPT',
  text: [
    'Receipt no. [64714]   Date 03/22/2026   Cashier 0412   Account [47126]',
    'Received from: MARTA RUIZ CARVAJAL (Visa ****8812)   Amount: USD 3,440.00',
    'Applied to: self-pay deposit for {64612} and {64632} (not covered by insurer GOP)',
    'Remaining self-pay estimate: USD 0.00   Batch [38452]   Terminal 07',
  ].join('\n'),
});

// ── 12. Hospital price estimator (self-pay, web tool) ──
const priceTool = table({
  id: 's188-pricetool',
  kind: 's188-hospital-self-pay-price-estimator-grid',
  caption: 'Estimate your cost — self-pay / international — ZIP 32806',
  headers: ['Procedure', 'Code', 'Gross charge', 'Self-pay (40% off)', 'Deposit'],
  rows: [
    ['Botulinum injection, facial nerve', '{64612}', '$1,966.00', '$1,180.00', '100%'],
    ["Neurolysis, Morton's neuroma", '{64632}', '$3,766.00', '$2,260.00', '100%'],
    ['Nerve conduction studies, 5-6', '{95910}', '$1,310.00', '$786.00', '100%'],
    ['Needle EMG, one extremity', '{95886}', '$640.00', '$384.00', '100%'],
  ],
});

// ── 13. HL7 DFT charge feed (interface monitor) ──
const hl7 = lines({
  id: 's188-hl7',
  kind: 's188-hospital-hl7-dft-charge-feed-text',
  before: 'Interface monitor — channel CHG_INBOUND — message 3 of 6',
  text: [
    'MSH|^~\\&|SURGINET|LCRMC|PATACCT|LCRMC|202603160913||DFT^P03|[91679]|P|2.5.1',
    'PID|1||7781420^^^LCRMC^MR||CARVAJAL MONTOYA^INES||19640509|F|||CALLE FERIA 42^^SEVILLA^^[41003]^ESP',
    'PV1|1|I|6N^612^B|||||||ORT||||||||[47126]',
    'FT1|1|||20260315|20260315|CG|{27226}^ORIF ACETABULUM POST WALL^CPT4|||1|||||||||||||||{27226}',
    'FT1|2|||20260315|20260315|CG|{64712}^NEUROPLASTY SCIATIC NERVE^CPT4|||1||||||||||||||||{64712}^RT',
    'FT1|3|||20260315|20260315|CG|{64445}^INJ ANES SCIATIC NERVE^CPT4|||1',
  ].join('\n'),
});

// ── 14. Itemized bill (hospital), table ──
const itemized = table({
  id: 's188-itemized',
  kind: 's188-hospital-itemized-bill-grid',
  caption: 'ITEMIZED STATEMENT — Acct 47126 — Admit 03/14/2026 Discharge 03/27/2026',
  headers: ['Date', 'Rev', 'Chg code', 'Description', 'CPT/HCPCS', 'Qty', 'Amount'],
  rows: [
    ['03/14', '0450', '[30199]', 'ER LEVEL 5', '{99285}', '1', '3,980.00'],
    ['03/14', '0320', '[30212]', 'XR PELVIS 1-2 VIEWS & HIP', '{73502}', '1', '612.00'],
    ['03/14', '0350', '[30488]', 'CT PELVIS W/O CONTRAST', '{72192}', '1', '2,874.00'],
    ['03/14', '0730', '[30602]', 'EKG 12 LEAD TRACING', '{93005}', '1', '486.00'],
    ['03/14', '0300', '[30816]', 'CBC W/AUTO DIFF', '{85025}', '1', '214.00'],
    ['03/14', '0300', '[30841]', 'PT/INR', '{85610}', '1', '96.00'],
    ['03/15', '0360', '[41103]', 'ORIF ACETAB POST WALL', '{27226}', '1', '[31420].00'],
    ['03/15', '0360', '[41107]', 'NEUROPLASTY SCIATIC NERVE', '{64712}', '1', '9,870.00'],
    ['03/15', '0370', '[41250]', 'NERVE BLK SCIATIC SINGLE', '{64445}', '1', '1,240.00'],
    ['03/19', '0350', '[30497]', 'CT ABD/PELVIS W CONTRAST', '{74177}', '1', '3,412.00'],
    ['03/20', '0360', '[41117]', 'DECOMP LUMBAR PLEXUS OPEN', '{64714}', '1', '[14950].00'],
    ['03/21', '0424', '[44210]', 'PT EVAL MOD COMPLEXITY', '{97162}', '1', '388.00'],
    ['03/21', '0420', '[44231]', 'THER EXERCISE EA 15 MIN', '{97110}', '2', '296.00'],
    ['03/21', '0636', '[52210]', 'ONABOTULINUMTOXINA 1 UNIT', 'J0585', '50', '1,450.00'],
    ['03/21', '0361', '[41195]', 'CHEMODENERV FACIAL NERVE', '{64612}', '1', '1,966.00'],
    ['03/22', '0361', '[41197]', 'NEUROLYSIS PLANTAR DIG NRV', '{64632}', '1', '3,766.00'],
  ],
});

// ── 15. UB-04 text layer ──
const ub04 = lines({
  id: 's188-ub04',
  kind: 's188-ub04-form-text-layer',
  before: 'UB-04 CMS-1450 — page 1 of 2',
  text: [
    '1 LAKE CONWAY REGIONAL MEDICAL CENTER 1414 KUHL AVE ORLANDO FL [32806] 4078415500   3a PAT CNTL # [47126]',
    '4 TYPE OF BILL 0111   5 FED TAX NO 59-3340771   6 STATEMENT 031426 THROUGH 032726',
    '9 PATIENT ADDRESS CALLE FERIA 42 3B SEVILLA [41003] ES',
    '42 0360  44 {27226}     45 031526  46 1  47 [31420] 00',
    '42 0360  44 {64712}RT   45 031526  46 1  47 9870 00',
    '42 0370  44 {64445}     45 031526  46 1  47 1240 00',
    '42 0360  44 {64714}     45 032026  46 1  47 [14950] 00',
    '42 0361  44 {64612}     45 032126  46 1  47 1966 00',
    '50 SOLERA VIAJE VIA CRUZSUR  51 HEALTH PLAN ID [33146]  60 INSURED ID SVPLUS20260041877',
    '74 PRINCIPAL PROCEDURE 0QSB0ZZ   TOTAL CHARGES  [98452] 35',
  ].join('\n'),
});

// ── 16. 837I fragment ──
const x837i = lines({
  id: 's188-837i',
  kind: 's188-x12-837i-fragment-text',
  before: 'Clearinghouse viewer — 837I — batch 64632 — claim 1 of 1',
  text: [
    'BHT*0019*00*[64632]*20260330*1015*CH~',
    'NM1*85*2*LAKE CONWAY REGIONAL MEDICAL CENTER*****XX*1437298810~N4*ORLANDO*FL*[32806]~',
    'CLM*[47126]*[98452].35***11:A:1**A*Y*Y~',
    'SV2*0360*HC:{27226}*[31420]*UN*1~',
    'SV2*0360*HC:{64712}:RT*9870*UN*1~',
    'SV2*0360*HC:{64714}*[14950]*UN*1~',
    'SV2*0361*HC:{64612}*1966*UN*1~SV2*0361*HC:{64632}*3766*UN*1~',
  ].join('\n'),
});

// ── 17. CMS-1500 text layer (surgeon's group) ──
const cms1500 = lines({
  id: 's188-cms1500',
  kind: 's188-cms1500-form-text-layer',
  before: 'HEALTH INSURANCE CLAIM FORM APPROVED BY NUCC 02/12',
  text: [
    '1a INSURED ID SVPLUS20260041877   4 INSURED CARVAJAL MONTOYA INES   11 GROUP [28030]',
    '5 PATIENT ADDRESS CALLE FERIA 42 SEVILLA  ZIP [41003]  COUNTRY ES',
    '21 ICD Ind 0  A S[32411]A  B S[73034]A  C S7401XA  D S[36899]A',
    '24 03 15 26  03 15 26  21  {27226}  |       |  AB  3860 00  1',
    '24 03 15 26  03 15 26  21  {64712}  | RT 51 |  C   1450 00  1',
    '24 03 20 26  03 20 26  21  {64714}  | 79    |  D   2240 00  1',
    '25 FED TAX 59-2217634   26 PT ACCT [62436]   28 TOTAL 7550 00   33 CENTRAL FL ORTHO & NERVE, ORLANDO FL [32804]',
  ].join('\n'),
});

// ── 18. 837P fragment ──
const x837p = lines({
  id: 's188-837p',
  kind: 's188-x12-837p-fragment-text',
  before: '837P — Central Florida Orthopaedic & Nerve Surgeons — ST*837*0001',
  text: [
    'CLM*[62436]*7550***21:B:1*Y*A*Y*Y~HI*ABK:S[32411]A*ABF:S[73034]A*ABF:S7401XA~',
    'SV1*HC:{27226}*3860*UN*1***1:2~',
    'SV1*HC:{64712}:RT:51*1450*UN*1***3~',
    'SV1*HC:{64714}:79*2240*UN*1***4~',
    'NM1*PR*2*CRUZSUR ASSISTANCE USA*****PI*[33146]~N4*DORAL*FL*[33166]~',
  ].join('\n'),
});

// ── 19. Op note excerpt sent for medical review ──
const opNote = lines({
  id: 's188-opnote',
  kind: 's188-operative-report-excerpt-text',
  before: 'OPERATIVE REPORT (excerpt, faxed to Cruzsur 03/17) — Surgeon: Harold Pemberton, MD',
  text: [
    'PROCEDURES: 1. Open reduction internal fixation, posterior wall acetabular fracture, right ({27226}).',
    '2. External neurolysis of the right sciatic nerve ({64712}) — the nerve was tented over a displaced fragment',
    'and encased in hematoma; it was released from the sciatic notch to the ischial tuberosity.',
    '3. Preoperative ultrasound-guided popliteal sciatic block by anesthesia ({64445}) — billed separately.',
    'Dictation job [64712]   MRN 7781420   Acct [47126]',
  ].join('\n'),
});

// ── 20. Discharge summary excerpt ──
const discharge = lines({
  id: 's188-discharge',
  kind: 's188-discharge-summary-excerpt-text',
  before: 'DISCHARGE SUMMARY — LCRMC — Carvajal Montoya, Inés — 03/27/2026',
  text: [
    'Hospital course: ORIF 3/15 with sciatic neurolysis (CPT {64712}). 3/19 retroperitoneal hematoma (apixaban),',
    'IR not feasible; open decompression of lumbar plexus 3/20 ({64714}). ICU 3/19–3/21.',
    'At patient request, routine facial chemodenervation for known hemifacial spasm ({64612}, 50 U) and',
    'neurolysis of 3rd common digital nerve L foot ({64632}) done as self-pay on 3/21 and 3/22.',
    'Fit to fly 04/05 with stretcher and nurse escort. Follow-up: EMG in Sevilla, 6 weeks. Room 612, ext. [61288].',
  ].join('\n'),
});

// ── 21. Repricing report, table ──
const repriceTable = table({
  id: 's188-reprice',
  kind: 's188-repricing-network-report-grid',
  caption: 'ClearSpan Repricing — Claim Repricing Report — Ref CSR-R-64714 — Network: Florida Access PPO',
  headers: ['Ln', 'Svc date', 'Proc', 'Billed', 'Repriced', 'Savings', 'Reason'],
  rows: [
    ['1', '03/14/26', '{99285}', '3,980.00', '1,791.00', '2,189.00', 'R01'],
    ['2', '03/15/26', '{27226}', '[31420].00', '[12568].00', '[18852].00', 'R01'],
    ['3', '03/15/26', '{64712}', '9,870.00', '4,442.00', '5,428.00', 'R01'],
    ['4', '03/15/26', '{64445}', '1,240.00', '558.00', '682.00', 'R01'],
    ['5', '03/20/26', '{64714}', '[14950].00', '6,728.00', '8,222.00', 'R01'],
    ['6', '03/21/26', '{64612}', '1,966.00', '0.00', '—', 'X09 not guaranteed'],
    ['7', '03/22/26', '{64632}', '3,766.00', '0.00', '—', 'X09 not guaranteed'],
  ],
});

// ── 22. Repricing summary block ──
const repriceSum = lines({
  id: 's188-repricesum',
  kind: 's188-repricing-summary-block-text',
  before: 'ClearSpan Repricing, Inc. — 5200 Maryland Way, Brentwood, TN 37027 — Repricing Summary',
  text: [
    'Repricing ref: CSR-R-[64714]   Client: Cruzsur Assistance USA (client id [13790])   Received 03/31/2026',
    'Provider: Lake Conway RMC   Contract: FAP-[54634] (45% of billed, outpatient/inpatient)   Tax ID 59-3340771',
    'Total billed: $[98452].35   Repriced allowed: $[44305].06   Network savings: $54,147.29 (55.0%)',
    'Lines not repriced (client instruction X09): {64612}, {64632}. Sign-off obtained: Y (PO Box [64612], Brentwood)',
    'Provider may not balance bill for repriced lines; patient responsibility limited to non-covered services.',
  ].join('\n'),
});

// ── 23. Repricer rate exhibit ──
const rateExhibit = table({
  id: 's188-rateexh',
  kind: 's188-repricing-contract-rate-exhibit-grid',
  caption: 'Exhibit B — Florida Access PPO — Professional fee schedule (excerpt) — Contract FAP-54634',
  headers: ['CPT', 'Description', 'Allowed (USD)', 'Effective'],
  rows: [
    ['{27226}', 'ORIF acetabulum, posterior wall', '2,316.00', '01/01/2026'],
    ['{64712}', 'Neuroplasty; sciatic nerve', '870.00', '01/01/2026'],
    ['{64714}', 'Neuroplasty; lumbar plexus', '1,344.00', '01/01/2026'],
    ['{64445}', 'Injection, sciatic nerve, single', '164.00', '01/01/2026'],
    ['{64447}', 'Injection, femoral nerve, single', '152.00', '01/01/2026'],
    ['{64446}', 'Injection, sciatic nerve, continuous infusion', '198.00', '01/01/2026'],
    ['{64612}', 'Chemodenervation, facial nerve, unilat', '212.00', '01/01/2026'],
    ['{64632}', 'Destruction, plantar common digital nerve', '186.00', '01/01/2026'],
    ['{95910}', 'Nerve conduction studies; 7-8 studies', '241.00', '01/01/2026'],
    ['{99223}', 'Initial hospital inpatient care, high', '208.00', '01/01/2026'],
  ],
});

// ── 24. Repricer XML response ──
const repriceXml = lines({
  id: 's188-repricexml',
  kind: 's188-repricing-xml-response-text',
  before: 'Response body (application/xml) — POST /reprice/v3/claims',
  text: [
    '<RepriceResponse refId="CSR-R-[64714]" clientId="[13790]" contract="FAP-[54634]" status="COMPLETE">',
    '  <Line n="1" proc="{99285}" billed="3980.00" allowed="1791.00" code="R01"/>',
    '  <Line n="3" proc="{64712}" mod="RT" billed="9870.00" allowed="4442.00" code="R01"/>',
    '  <Line n="5" proc="{64714}" billed="[14950].00" allowed="6728.00" code="R01"/>',
    '  <Line n="6" proc="{64612}" billed="1966.00" allowed="0.00" code="X09"/>',
    '  <Totals billed="[98452].35" allowed="[44305].06" savings="[54147].29"/></RepriceResponse>',
  ].join('\n'),
});

// ── 25. Insurer claims work queue (search results) ──
const workQueue = table({
  id: 's188-queue',
  kind: 's188-insurer-claims-work-queue-grid',
  caption: 'Solera Viaje — Siniestros — Búsqueda: "CARVAJAL" — 4 resultados',
  headers: ['Expediente', 'Asistencia', 'Proveedor', 'CP', 'Importe USD', 'Estado'],
  rows: [
    ['SOL-SIN-[16851]', 'CZS-26-[52318]', 'Lake Conway RMC', '[32806]', '[44305].06', 'Liquidado'],
    ['SOL-SIN-[16860]', 'CZS-26-[52318]', 'Central FL Ortho & Nerve', '[32804]', '4,600.00', 'Liquidado'],
    ['SOL-SIN-[16873]', 'CZS-26-[52318]', 'Orlando Anesthesia Assoc.', '[32803]', '1,912.00', 'Pendiente'],
    ['SOL-SIN-[16902]', '—', 'Reembolso asegurada', '[41003]', '3,440.00', 'Recurso'],
  ],
});

// ── 26. Medical review (insurer's medical adviser) ──
const medReview = lines({
  id: 's188-medreview',
  kind: 's188-insurer-medical-adviser-review-text',
  before: 'DICTAMEN MÉDICO / MEDICAL REVIEW — Dr. Álvaro Hidalgo, médico consultor — expediente SOL-SIN-16851',
  text: [
    'Lines {27226}, {64712} (sciatic neurolysis, intraoperative finding) and {64445}: emergency, related to the accident.',
    'Line {64714}: complication of treatment (hematoma on home anticoagulant); covered as part of the same event.',
    'Line {64612}: hemifacial spasm diagnosed 2019, botulinum every 3–4 months in Sevilla: PRE-EXISTING and elective.',
    'Line {64632}: Morton neuroma L foot, no relation to accident, could wait for return: NOT URGENT. Exclusion 4.2(c).',
    'Also note {95910} / {95886} done 3/24: covered (documents sciatic palsy). Review no. [35666].',
  ].join('\n'),
});

// ── 27. Coverage schedule (policy certificate) ──
const coverage = lines({
  id: 's188-coverage',
  kind: 's188-travel-policy-coverage-schedule-text',
  before: 'SOLERA VIAJE PLUS — CONDICIONES PARTICULARES / SCHEDULE OF BENEFITS',
  text: [
    'Póliza SV-PLUS-2026-0041877   Tomador: Inés Carvajal Montoya   Código postal [41003]   Oficina [41068]',
    'Gastos médicos en el extranjero (EE.UU.): hasta 300000 €   Repatriación sanitaria: ilimitada',
    'Franquicia: 0 €   Enfermedades preexistentes: excluidas salvo estabilización urgente, límite [30000] €',
    'Domicilio social: Calle de Serrano 51, [28001] Madrid   Atención 24h: +34 91 555 0123   CIF A-28123456',
  ].join('\n'),
});

// ── 28. Pre-existing condition questionnaire ──
const preexist = lines({
  id: 's188-preexist',
  kind: 's188-pre-existing-condition-questionnaire-text',
  before: 'CUESTIONARIO DE ANTECEDENTES / PRE-EXISTING CONDITIONS QUESTIONNAIRE — expediente SOL-SIN-16851',
  text: [
    '1. ¿Recibía tratamiento por esta afección antes del viaje? / Treated for this before the trip?  [X] Sí (bótox cara)',
    '2. Procedure(s) in question: {64612} (chemodenervation, facial nerve) and {64632} (plantar digital nerve)',
    '3. Treating doctor in Spain: Dra. P. Lozano, Hospital Virgen Macarena, Sevilla, [41009]   Historia nº [18275]',
    '4. Date of last treatment: 12/2025 ({64612} + J0585)   5. Anticoagulant: apixaban 5 mg (since 2023)',
  ].join('\n'),
});

// ── 29. Claim decision letter, English ──
const decisionEn = lines({
  id: 's188-decisionen',
  kind: 's188-insurer-claim-decision-letter-english-text',
  before: 'ASEGURADORA SOLERA VIAJE, S.A. — Calle de Serrano 51, 28001 Madrid — CLAIM SETTLEMENT',
  text: [
    'Claim: SOL-SIN-[16851]   Assistance case: CZS-26-[52318]   Date: 14 April 2026',
    'Dear Mrs. Carvajal Montoya, we have settled the hospital claim of Lake Conway RMC (Orlando, FL [32806]).',
    'Covered: emergency care, hip surgery ({27226}), sciatic nerve neurolysis ({64712}), sciatic nerve block',
    '({64445}) and decompression of the lumbar plexus ({64714}), at the repriced amount of USD [44305].06.',
    'Not covered: CPT {64612} (pre-existing condition, clause 4.1) and CPT {64632} (not urgent, clause 4.2(c)).',
    'You paid USD 3,440.00 for these two services; this amount is not refundable under your policy.',
    'If you disagree, write to Defensor del Asegurado, Apartado de Correos [64632], [28080] Madrid, within 2 months.',
  ].join('\n'),
});

// ── 30. Claim decision letter, Spanish ──
const decisionEs = lines({
  id: 's188-decisiones',
  kind: 's188-insurer-claim-decision-letter-spanish-text',
  before: 'ASEGURADORA SOLERA VIAJE, S.A. — LIQUIDACIÓN DE SINIESTRO',
  text: [
    'Siniestro: SOL-SIN-[16851]   Expediente de asistencia: CZS-26-[52318]   Madrid, 14 de abril de 2026',
    'Estimada Sra. Carvajal: hemos abonado al hospital Lake Conway RMC la factura revisada por la red ClearSpan.',
    'Prestaciones cubiertas: urgencias, cirugía de cadera (código CPT {27226}), neurólisis del nervio ciático',
    '(CPT {64712}), bloqueo del nervio ciático ({64445}) y descompresión del plexo lumbar ({64714}).',
    'Prestaciones no cubiertas: quimiodenervación del nervio facial (CPT {64612}) por tratarse de una enfermedad',
    'preexistente (art. 4.1) y neurólisis del nervio digital plantar (CPT {64632}) por no ser urgente (art. 4.2.c).',
    'Importe abonado: 44.305,06 USD (40.712,55 €; cambio 0,9189). Referencia de pago [92908].',
  ].join('\n'),
});

// ── 31. Explanation table attached to the English letter ──
const eobEn = table({
  id: 's188-eoben',
  kind: 's188-insurer-settlement-detail-table-english-grid',
  caption: 'Settlement detail — Claim SOL-SIN-16851',
  headers: ['Service', 'Code', 'Billed USD', 'Allowed USD', 'Paid USD', 'Remark'],
  rows: [
    ['ER visit', '{99285}', '3,980.00', '1,791.00', '1,791.00', 'A1'],
    ['ORIF acetabulum', '{27226}', '[31420].00', '[12568].00', '[12568].00', 'A1'],
    ['Sciatic neurolysis', '{64712}-RT', '9,870.00', '4,442.00', '4,442.00', 'A1'],
    ['Sciatic nerve block', '{64445}', '1,240.00', '558.00', '558.00', 'A1'],
    ['Lumbar plexus decompression', '{64714}', '[14950].00', '6,728.00', '6,728.00', 'A1'],
    ['Facial chemodenervation', '{64612}', '1,966.00', '0.00', '0.00', 'E41 pre-existing'],
    ['Plantar digital neurolysis', '{64632}', '3,766.00', '0.00', '0.00', 'E42 not urgent'],
  ],
});

// ── 32. Explanation table attached to the Spanish letter (European number format) ──
const eobEs = table({
  id: 's188-eobes',
  kind: 's188-insurer-settlement-detail-table-spanish-grid',
  caption: 'Detalle de la liquidación — Siniestro SOL-SIN-16851 — importes en USD',
  headers: ['Prestación', 'Código CPT', 'Facturado', 'Admitido', 'Abonado', 'Motivo'],
  rows: [
    ['Neurólisis nervio ciático', '{64712}', '9.870,00', '4.442,00', '4.442,00', '—'],
    ['Bloqueo nervio ciático', '{64445}', '1.240,00', '558,00', '558,00', '—'],
    ['Descompresión plexo lumbar', '{64714}', '14.950,00', '6.728,00', '6.728,00', '—'],
    ['Quimiodenervación facial', '{64612}', '1.966,00', '0,00', '0,00', 'Preexistente'],
    ['Neurólisis nervio digital', '{64632}', '3.766,00', '0,00', '0,00', 'No urgente'],
    ['Total', '', '[98452],35', '[44305],06', '[44305],06', ''],
  ],
});

// ── 33. Insurer CSV claim-line export ──
const csv = lines({
  id: 's188-csv',
  kind: 's188-insurer-claim-lines-csv-export-text',
  before: 'export_siniestros_2026-04-14.csv',
  text: [
    'claim_id,case_id,line,cpt,mod,billed_usd,allowed_usd,paid_usd,decision,provider_zip',
    'SOL-SIN-[16851],CZS-26-[52318],3,{64712},RT,9870.00,4442.00,4442.00,PAID,[32806]',
    'SOL-SIN-[16851],CZS-26-[52318],4,{64445},,1240.00,558.00,558.00,PAID,[32806]',
    'SOL-SIN-[16851],CZS-26-[52318],5,{64714},,[14950].00,6728.00,6728.00,PAID,[32806]',
    'SOL-SIN-[16851],CZS-26-[52318],6,{64612},,1966.00,0.00,0.00,DENIED_E41,[32806]',
    'SOL-SIN-[16860],CZS-26-[52318],2,{64712},RT;51,1450.00,870.00,870.00,PAID,[32804]',
  ].join('\n'),
});

// ── 34. Bank transfer advice (insurer's payment to the hospital) ──
const sepa = lines({
  id: 's188-sepa',
  kind: 's188-bank-transfer-advice-text',
  before: 'AVISO DE TRANSFERENCIA / PAYMENT ADVICE — Banco Ibérico Mercantil',
  text: [
    'Ordenante: ASEGURADORA SOLERA VIAJE SA   Cuenta ES91 2100 0418 4502 0005 1332',
    'Beneficiario: LAKE CONWAY REGIONAL MEDICAL CENTER, ORLANDO FL [32806] US   SWIFT BOFAUS3N',
    'Importe: USD [44305].06   Concepto: SOL-SIN-[16851] / GOP [64445] / ACCT [47126]   Ref. [92908]',
    'Referencia SWIFT (UETR) 3f2c71e0-…   Fecha valor 16/04/2026   Operación nº [64714]',
  ].join('\n'),
});

// ── 35. Patient email (Spanish) to the assistance company ──
const emailEs = lines({
  id: 's188-emailes',
  kind: 's188-patient-email-spanish-text',
  before: 'De: Inés Carvajal <ines.carvajal@correo.es>  Para: siniestros@solera-viaje.es  Asunto: Expediente 16851',
  text: [
    'Buenos días. Les escribo por el expediente SOL-SIN-[16851] (asistencia CZS-26-[52318]).',
    'En la carta me dicen que no cubren el {64612} porque es preexistente. El bótox me lo ponen en Sevilla, sí, pero',
    'en el hospital me dijeron que tenía la cara peor por el golpe. Y el {64632} del pie me lo recomendó el cirujano.',
    'Pagué 3.440 dólares con la tarjeta de mi hija (recibo [64714]). Mi dirección: C/ Feria 42, [41003] Sevilla.',
  ].join('\n'),
});

// ── 36. Patient email (English) to the hospital billing office ──
const emailEn = lines({
  id: 's188-emailen',
  kind: 's188-patient-email-english-text',
  before:
    'From: Marta Ruiz <marta.ruiz.c@gmail.com>  To: intlpatients@lakeconwayrmc.org  Subject: Re: Statement acct 47126',
  text: [
    'Hello, I am writing for my mother Inés Carvajal (account [47126]). Your statement shows a balance of $[12474].60.',
    'Her insurer paid the repriced amount and ClearSpan says you cannot balance bill lines {27226}, {64712}, {64714}.',
    'The only self-pay items were {64612} and {64632}, and we paid those already ($3,440, receipt [64714]).',
    'Please correct and confirm. My ticket with your portal is #[64445]. Thank you, Marta (Orlando, FL [32835]).',
  ].join('\n'),
});

// ── 37. Hospital patient portal balance screen ──
const portal = table({
  id: 's188-portal',
  kind: 's188-hospital-patient-portal-balance-grid',
  caption: 'MyLakeConway — Billing — Guarantor account 47126 — Visit 03/14/2026',
  headers: ['Description', 'Charges', 'Insurance paid', 'Adjustments', 'You owe'],
  rows: [
    ['Hospital services', '$98,452.35', '$44,305.06', '$41,672.69', '$12,474.60'],
    ['  incl. {64612} self-pay', '$1,966.00', '$0.00', '-$786.00', '$1,180.00'],
    ['  incl. {64632} self-pay', '$3,766.00', '$0.00', '-$1,506.00', '$2,260.00'],
    ['Payments received (receipt [64714])', '', '', '', '-$3,440.00'],
  ],
});

// ── 38. Corrected hospital statement (paper, text layer) ──
const statement = lines({
  id: 's188-statement',
  kind: 's188-hospital-patient-statement-text',
  before: 'LAKE CONWAY REGIONAL MEDICAL CENTER — PATIENT STATEMENT (corrected) — Remit to PO Box 538911, Orlando FL',
  text: [
    'Guarantor: MARTA RUIZ CARVAJAL   Account [47126]   Statement date 05/02/2026   Page 1 of 1',
    'Previous balance 12,474.60   Contractual adj. (ClearSpan, lines {27226} {64712} {64714}) -9,034.60',
    'Self-pay {64612} 1,180.00  {64632} 2,260.00  Payment rcpt [64714] -3,440.00   NEW BALANCE 0.00',
    'Remit to: PO Box [66049], Orlando, FL [32886]-6049   Questions: ext. 4471, ticket [64445] closed',
  ].join('\n'),
});

// ── 39. Patient's appeal letter ──
const appeal = lines({
  id: 's188-appeal',
  kind: 's188-patient-appeal-letter-text',
  before: 'Al Defensor del Asegurado — Apartado de Correos 64632, 28080 Madrid',
  text: [
    'Asunto: Reclamación al siniestro SOL-SIN-[16851], póliza SV-PLUS-2026-0041877',
    'Solicito que se revise la denegación de la quimiodenervación facial ({64612}). Adjunto informe del',
    'neurólogo de Orlando: el espasmo hemifacial empeoró tras la caída (traumatismo facial, ICD S09.93XA).',
    'No recurro la neurólisis del pie ({64632}). Sevilla, 30 de abril de 2026. Documento nº [20621].',
  ].join('\n'),
});

// ── 40. Appeal response ──
const appealResp = lines({
  id: 's188-appealresp',
  kind: 's188-insurer-appeal-response-text',
  before: 'DEFENSOR DEL ASEGURADO — RESOLUCIÓN',
  text: [
    'Expediente de reclamación DA-[64612]/2026   Siniestro SOL-SIN-[16851]   Fecha 02/06/2026',
    'Resolución: se ESTIMA PARCIALMENTE. La prestación CPT {64612} se abona como estabilización urgente de una',
    'enfermedad preexistente (límite [30000] €): USD 1,180.00 (1.084,30 €). Se mantiene la exclusión de {64632}.',
    'Transferencia a ES76 0049 1500 0512 3456 7892, referencia [53168]. CP del asegurado: [41003].',
  ].join('\n'),
});

// ── 41. Case cost dashboard (assistance company) ──
const dashboard = table({
  id: 's188-dashboard',
  kind: 's188-assistance-case-cost-dashboard-grid',
  caption: 'Case cost dashboard — CZS-26-52318 — Client: Solera Viaje — status CLOSED',
  headers: ['Cost item', 'Ref', 'Billed USD', 'Paid USD', 'Savings'],
  rows: [
    ['Hospital (UB-04)', 'CSR-R-[64714]', '[98452].35', '[44305].06', '55.0%'],
    ['Surgeon (CMS-1500: {27226}, {64712}, {64714})', 'SOL-SIN-[16860]', '7550.00', '4600.00', '39.1%'],
    ['Anesthesia ({01173}, {64445})', 'SOL-SIN-[16873]', '4210.00', '1912.00', '54.6%'],
    ['Air ambulance MCO–SVQ', 'RP-[24904]', '[86039].00', '[83911].00', '2.5%'],
    ['Appeal refund ({64612})', 'DA-[64612]/2026', '1180.00', '1180.00', '0%'],
  ],
});

export const sealed188: Snippet[] = [
  ...caseOpen,
  ...callLog,
  ...medInfo,
  ...nurseNotes,
  ...caseJson,
  ...chat,
  ...gop,
  ...gopAmend,
  ...ipoEstimate,
  ...depositEmail,
  ...depReceipt,
  ...priceTool,
  ...hl7,
  ...itemized,
  ...ub04,
  ...x837i,
  ...cms1500,
  ...x837p,
  ...opNote,
  ...discharge,
  ...repriceTable,
  ...repriceSum,
  ...rateExhibit,
  ...repriceXml,
  ...workQueue,
  ...medReview,
  ...coverage,
  ...preexist,
  ...decisionEn,
  ...decisionEs,
  ...eobEn,
  ...eobEs,
  ...csv,
  ...sepa,
  ...emailEs,
  ...emailEn,
  ...portal,
  ...statement,
  ...appeal,
  ...appealResp,
  ...dashboard,
];
