import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 110 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s110-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes
 * (anesthesia, nerve conduction, EMG guidance, ultrasound guidance, visits, the neighbouring nerve codes) are labelled
 * as codes too. About a third of the decoys are numbers of the synthetic 10,000-code set (KNOWN_10K) used as patient
 * and office ZIPs, account, estimate, template, request, quote, fee-schedule, message and control ids, and charge
 * amounts written without a thousands separator. The five known codes' digits come back as decoys: a good faith
 * estimate number used across the whole episode, a patient's ZIP, the billing office's PO box, a knowledge-base
 * article, an employer group number, and an estimator request id.
 *
 * Family: No Surprises Act good faith estimates and patient cost estimation around a peripheral-nerve and pain
 * practice: the convening provider's GFE (patient and provider block, convening-provider item table, an anesthesia
 * co-provider table, an ambulatory surgery centre co-facility table, summary of expected charges, disclaimer and
 * dispute rights), its cover letter, a Spanish-language GFE, a recurring-services GFE, the patient's web request for
 * an estimate, the scheduling desk's script and self-pay package sheet, the practice management system's estimate
 * builder (entry screen, line grid, fee-schedule typeahead, audit log, XML export), the co-provider information
 * request, a GFE tracking log, the GFE as a Da Vinci PCT FHIR Claim and as an X12 837P, a hospital's patient price
 * estimator (search, results) and its shoppable-services page and machine-readable CSV, an insurer's member cost
 * estimator (search, results, what's-included breakdown) and its Transparency in Coverage in-network JSON, an advanced
 * EOB (letter, service-line table, FHIR ExplanationOfBenefit), estimate-versus-actual reconciliation (summary grid,
 * line variance grid, CSV export, the HL7 v2 DFT charge feed it reads), the patient-provider dispute resolution
 * initiation form and case status page, and the patient's portal message and the billing office's reply.
 * Built on real public layouts: the CMS standard Good Faith Estimate form (patient block, "Details of Services and
 * Items" table with service/item, address, diagnosis code, service code type, service code, quantity and expected
 * cost, summary of expected charges, the $400 / 120-day / $25 dispute disclaimer), the CMS patient-provider dispute
 * resolution initiation fields, the CMS hospital price transparency v2.0 CSV "tall" template columns
 * (code|1, code|1|type, standard_charge|gross, standard_charge|discounted_cash, negotiated dollar, min, max), the
 * Transparency in Coverage in-network rate file schema (billing_code_type, billing_code, negotiated_rates,
 * negotiated_prices, service_code, billing_class), the Da Vinci Patient Cost Transparency GFE Claim and AEOB
 * ExplanationOfBenefit profiles, the X12 005010X222A1 837P loop layout (BHT, NM1*85, CLM, HI, LX, SV1) and the HL7
 * v2.5.1 DFT^P03 FT1 segment. The others are written the way those pages read, with no single source.
 *
 * 359 labelled tokens over 40 shapes: 183 codes, 176 decoys, 64 of the decoys in KNOWN_10K. 97 of the codes are the
 * five known codes; their digits come back 30 times as decoys.
 */

// ── 1. GFE page 1: patient and convening provider block, PDF text layer (decoy heavy) ──
const gfeHeader = lines({
  id: 's110-gfehead',
  kind: 's110-gfe-patient-convening-provider-block-text',
  before: 'Good Faith Estimate for Health Care Items and Services',
  text: [
    'Patient Name: Dana R. Whitfield     Patient Date of Birth: 07/22/1969     Patient Identification Number: [58213]',
    'Patient Mailing Address: 418 Hickory Ln, Elmo, MO [64445]     Phone: (660) 555-0187',
    "Patient's Preferred Method of Contact: patient portal (MyNorthland), then U.S. mail",
    'Primary Service or Item Requested/Scheduled: neuroplasty, sciatic nerve, right (CPT {64712})   Primary Diagnosis: G57.01',
    'Patient Scheduled Date: 03/12/2026     Date of Good Faith Estimate: 02/17/2026     GFE Number: [64632]',
    'Convening Provider: Northland Nerve & Pain Specialists, 2900 NE Vivion Rd, Suite 210, Kansas City, MO [64119]',
    'NPI 1487629305     TIN 43-1876520     Contact: Marisol Ortega, Patient Financial Services, (816) 555-0142',
    'Co-providers: Heartland Anesthesia Partners, LLC, Kansas City, MO [64153]; Northland Surgery Center, LLC, Kansas City, MO [64155]',
  ].join('\n'),
});

// ── 2. GFE: details of services and items for the convening provider, table (CMS column wording) ──
const gfeConvening = table({
  id: 's110-gfeconv',
  kind: 's110-gfe-convening-provider-items-grid',
  caption: 'Details of Services and Items for Northland Nerve & Pain Specialists (convening provider)',
  headers: [
    'Service/Item',
    'Address where service/item will be provided',
    'Diagnosis Code',
    'Service Code Type',
    'Service Code',
    'Quantity',
    'Expected Cost',
  ],
  rows: [
    [
      'Neuroplasty, sciatic nerve, right (surgeon)',
      'Northland Surgery Center, 3101 NE Barry Rd, Kansas City, MO [64155]',
      'G57.01',
      'CPT',
      '{64712}',
      '1',
      '$2,450.00',
    ],
    [
      'Nerve conduction studies, 3-4 studies',
      '2900 NE Vivion Rd, Suite 210, Kansas City, MO [64119]',
      'G57.01',
      'CPT',
      '{95908}',
      '1',
      '$385.00',
    ],
    [
      'Needle EMG, one extremity, with nerve conduction',
      '2900 NE Vivion Rd, Suite 210, Kansas City, MO [64119]',
      'G57.01',
      'CPT',
      '{95885}',
      '1',
      '$210.00',
    ],
    [
      'Post-operative visits (in global period)',
      '2900 NE Vivion Rd, Suite 210, Kansas City, MO [64119]',
      'G57.01',
      'CPT',
      '{99024}',
      '2',
      '$0.00',
    ],
  ],
});

// ── 3. GFE: co-provider (anesthesia group) items, table with shorter headers ──
const gfeAnesthesia = table({
  id: 's110-gfeanes',
  kind: 's110-gfe-co-provider-anesthesia-items-grid',
  caption:
    'Co-Provider: Heartland Anesthesia Partners, LLC — NPI 1396002817 — TIN 48-2290114 — 8800 NW 112th St, Kansas City, MO 64153',
  headers: ['Item or service', 'Where provided', 'Dx', 'Code type', 'Code', 'Units', 'Expected charge'],
  rows: [
    [
      'Anesthesia, procedures on nerves of upper leg',
      'NSC, Kansas City, MO [64155]',
      'G57.01',
      'CPT',
      '{01250}',
      '4 base + 8 time',
      '$1,296.00',
    ],
    [
      'Sciatic nerve block, single injection, for post-op pain',
      'NSC, Kansas City, MO [64155]',
      'G57.01',
      'CPT',
      '{64445}',
      '1',
      '$340.00',
    ],
    [
      'Ultrasound guidance for needle placement',
      'NSC, Kansas City, MO [64155]',
      'G57.01',
      'CPT',
      '{76942}',
      '1',
      '$165.00',
    ],
  ],
});

// ── 4. GFE: co-facility (ASC) items, table with revenue codes beside the HCPCS/CPT column ──
const gfeFacility = table({
  id: 's110-gfefac',
  kind: 's110-gfe-co-facility-asc-items-grid',
  caption: 'Co-Facility: Northland Surgery Center, LLC — 3101 NE Barry Rd, Kansas City, MO 64155 — CCN 26C0001847',
  headers: ['Rev Cd', 'HCPCS/CPT', 'Description', 'Qty', 'Est. Charge'],
  rows: [
    ['0360', '{64712}', 'Operating room services, neuroplasty', '1', '$6,840.00'],
    ['0250', '', 'Pharmacy, general', '1', '$212.00'],
    ['0272', '', 'Sterile supplies', '1', '$486.00'],
    ['0361', '{64445}', 'Block room, if block given before surgery', '1', '$410.00'],
    ['0710', '', 'Recovery room, first hour', '1', '$690.00'],
  ],
});

// ── 5. GFE: summary of expected charges, text layer ──
const gfeSummary = lines({
  id: 's110-gfesum',
  kind: 's110-gfe-summary-of-expected-charges-text',
  before: 'Summary of Expected Charges',
  text: [
    'Summary of Expected Charges — Good Faith Estimate [64632] — page 4 of 5',
    'Northland Nerve & Pain Specialists ({64712}, {95908}, {95885}, {99024}) ..................... $3,045.00',
    'Heartland Anesthesia Partners, LLC ({01250}, {64445}, {76942}) ............................ $1,801.00',
    'Northland Surgery Center, LLC (facility fee for {64712}; block room {64445}) .............. $8,638.00',
    'Total Expected Charges from All Providers/Facilities: $13,484.00',
    'Self-pay discount of 35% is already applied to the Northland Nerve & Pain lines (account [58213]).',
    'Document [30342] · generated 02/17/2026 15:41 by mortega',
  ].join('\n'),
});

// ── 6. GFE: disclaimer and dispute rights, text layer ──
const gfeDisclaimer = lines({
  id: 's110-gfedisc',
  kind: 's110-gfe-disclaimer-dispute-rights-text',
  before: 'Disclaimer',
  text: [
    'This Good Faith Estimate shows the costs of items and services that are reasonably expected for your health care',
    'needs for an item or service. The estimate is based on information known at the time the estimate was created.',
    'If you are billed for more than this Good Faith Estimate, you have the right to dispute the bill. You must start',
    'the dispute process within 120 calendar days of the date on the original bill. There is a $25 fee.',
    'Questions about this estimate: Patient Financial Services, PO Box [64712], Kansas City, MO [64141]',
    'Please give the GFE number [64632] and account number [58213] when you call (816) 555-0142.',
    'www.cms.gov/nosurprises · 1-800-985-3059 · Form NNPS-PFS-[20122] rev. 01/2026',
  ].join('\n'),
});

// ── 7. GFE cover letter, text layer (codes in prose) ──
const gfeLetter = lines({
  id: 's110-gfeletter',
  kind: 's110-gfe-cover-letter-text',
  before: 'February 17, 2026',
  text: [
    'Dear Ms. Whitfield,',
    'Because you told us you will pay for your care yourself, we are giving you this Good Faith Estimate for the right',
    'sciatic nerve release (neuroplasty, CPT {64712}) that Dr. Anand Rao has scheduled for March 12, 2026.',
    'If Dr. Rao finds in surgery that the nerve must be freed higher up at the lumbar plexus, that is a different',
    'procedure ({64714}) and is not part of this estimate; we would give you a new estimate before any second surgery.',
    'Your anesthesiologist plans a single-shot sciatic nerve block ({64445}) for pain after surgery. That charge is',
    'listed under Heartland Anesthesia Partners. Your estimate number is [64632]; please keep this letter with it.',
    'Sincerely, Marisol Ortega, Patient Financial Services, 2900 NE Vivion Rd, Suite 210, Kansas City, MO [64119]',
  ].join('\n'),
});

// ── 8. Spanish-language GFE, text layer ──
const gfeSpanish = lines({
  id: 's110-gfees',
  kind: 's110-gfe-spanish-language-text',
  before: 'Estimado de Buena Fe para artículos y servicios de atención médica',
  text: [
    'Nombre del paciente: Rosa Elena Villalobos     Número de estimado: [64655]     Cuenta: [43155]',
    'Dirección: 5712 Troost Ave, Apt 3, Kansas City, MO [64110]',
    'Proveedor convocante: Northland Nerve & Pain Specialists, 2900 NE Vivion Rd, Suite 210, Kansas City, MO [64119]',
    'Servicio principal: destrucción neurolítica del nervio digital común plantar, pie izquierdo (CPT {64632}) × 2',
    'Guía por ultrasonido ({76942}) incluida. Diagnóstico: G57.62. Costo esperado total: $850.00',
    'Si la factura supera este estimado en $400 o más, puede iniciar una disputa dentro de 120 días.',
    'Preguntas: Servicios Financieros, Apartado postal [64712], Kansas City, MO [64141]',
  ].join('\n'),
});

// ── 9. GFE for recurring services (twelve months of facial chemodenervation), text layer ──
const gfeRecurring = lines({
  id: 's110-gferecur',
  kind: 's110-gfe-recurring-services-text',
  before: 'Good Faith Estimate — recurring services (valid for 12 months from 03/04/2026)',
  text: [
    'Patient: Harold Kimbrough   Acct [41870]   ZIP [66085]   GFE [64611]   Diagnosis: G51.3 clonic hemifacial spasm',
    'Chemodenervation, facial nerve, unilateral, {64612}, every 12 weeks × 4 visits ............ $3,120.00',
    'Needle EMG guidance for chemodenervation, {95874}, × 4 ................................... $480.00',
    'OnabotulinumtoxinA (J0585), 50 units per visit, × 4 ........................................ $2,880.00',
    'New patient visit before the first injection, {99204}, × 1 ................................. $295.00',
    'If your doctor changes the plan (for example adds {64615} for migraine), you will get a new estimate.',
    'All visits at 2900 NE Vivion Rd, Suite 210, Kansas City, MO [64119]. Questions: PFS, (816) 555-0142.',
  ].join('\n'),
});

// ── 10. Patient's web request for a GFE, text layer ──
const gfeRequest = lines({
  id: 's110-gfereq',
  kind: 's110-gfe-patient-request-web-form-text',
  before: 'Request a Good Faith Estimate — Northland Nerve & Pain Specialists',
  text: [
    'Are you uninsured, or choosing not to use insurance for this care?  (•) Yes  ( ) No',
    'Service you want priced: Botox shots for facial spasm, one side. My neurologist wrote {64612} on the order.',
    'Your ZIP code: [66085]     Date of birth: 04/03/1958     Phone: (913) 555-0164',
    'Preferred date: early March     Referring doctor: Dr. L. Okafor, Olathe',
    'Thank you. Your confirmation number is [30349]. We will reply within 3 business days.',
  ].join('\n'),
});

// ── 11. Scheduling desk script, text layer (code ranges, codes read aloud) ──
const deskScript = lines({
  id: 's110-script',
  kind: 's110-scheduling-desk-self-pay-script-text',
  before: 'Front desk script — uninsured and self-pay patients (No Surprises Act)',
  text: [
    'Step 1 — Ask: "Will you be using health insurance for this visit?" If no or not sure, go to Step 2.',
    'Step 2 — Say: "You have the right to a Good Faith Estimate of what your care will cost. I will start it now."',
    'Step 3 — In Estimate Builder pick the template: sciatic release = {64712} + {99024}; Morton neuroma',
    'injection = {64632} per nerve; facial Botox = {64612} plus drug; sciatic block = {64445} + {76942}.',
    'Neuroplasty codes {64702}–{64727} and lumbar plexus work ({64714}) need a surgeon quote: send to PFS.',
    'Timing: visit 3+ business days out → GFE within 1 business day; 10+ business days out → within 3 business days.',
    'Never guess a code. Read it from the template ("the code is {64445}, a sciatic nerve block").',
    'Stuck? See knowledge base article [64714] or call PFS at ext. 4120.   Script SD-[70347], reviewed 01/2026',
  ].join('\n'),
});

// ── 12. Scheduling desk self-pay package sheet, table ──
const deskPackages = table({
  id: 's110-packages',
  kind: 's110-scheduling-self-pay-package-price-grid',
  caption: 'Self-pay package prices 2026 — quote these, then build the GFE',
  headers: ['Package', 'CPT', 'Self-pay price', "What's included", 'Not included'],
  rows: [
    [
      'Sciatic nerve release (outpatient)',
      '{64712}',
      '$9,850',
      'Surgeon, ASC, anesthesia, one block',
      'EMG/NCS ({95885}, {95908})',
    ],
    ['Morton neuroma alcohol injection, per nerve', '{64632}', '$425', 'Ultrasound guidance ({76942})', 'Orthotics'],
    ['Sciatic nerve block, diagnostic', '{64445}', '$610', 'Ultrasound guidance', 'Sedation ({99152})'],
    ['Hemifacial spasm Botox, one side', '{64612}', '$780 + drug', 'EMG guidance ({95874})', 'Drug, J0585 per unit'],
    ['Lumbar plexus neuroplasty', '{64714}', 'Quote by PFS', '—', 'Hospital stay'],
    ['New patient visit', '{99204}', '$295', '', ''],
  ],
});

// ── 13. Practice management estimate builder, entry screen, text layer ──
const builderScreen = lines({
  id: 's110-builder',
  kind: 's110-estimate-builder-entry-screen-text',
  before: 'Estimate Builder — New Estimate    Type: Good Faith Estimate (self-pay)    Status: Draft',
  text: [
    'Patient: WHITFIELD, DANA R    Acct [58213]    DOB 07/22/1969    Guarantor ZIP [64445]',
    'Referring: OKAFOR, LINDA MD, Olathe, KS [66061]    Patient type: self-pay (uninsured)',
    'Rendering: RAO, ANAND MD    Location: NSC OR 2    Fee schedule: SELF PAY 2026 (FS [10304])',
    'Add procedure   CPT/HCPCS [ {64712} ]   Mod [ RT ]   Units [ 1 ]   Dx ptr [ A ]   → Add line',
    'Template applied: "Sciatic release w/ block" (TPL-[50258]) — added {64712}, {64445}, {76942}, {99024}',
    'Warning: {64445} is billed by Heartland Anesthesia Partners. Move it to the co-provider section?',
    'Dx A: G57.01   Dx B: M54.41   Guarantor phone (660) 555-0187   Portal account linked: yes (user [88307])',
  ].join('\n'),
});

// ── 14. Estimate builder line grid, table ("Proc" header) ──
const builderLines = table({
  id: 's110-builderln',
  kind: 's110-estimate-builder-line-grid',
  caption: 'Estimate [64632] — lines',
  headers: ['Ln', 'Proc', 'Mod', 'Dx', 'Units', 'Charge', 'Disc %', 'Net', 'Billed by'],
  rows: [
    ['1', '{64712}', 'RT', 'A', '1', '3,769.23', '35', '2,450.00', 'NNPS'],
    ['2', '{95908}', '', 'A', '1', '592.31', '35', '385.00', 'NNPS'],
    ['3', '{95885}', '', 'A', '1', '323.08', '35', '210.00', 'NNPS'],
    ['4', '{64445}', 'RT 59', 'A', '1', '340.00', '0', '340.00', 'HAP (co-provider)'],
    ['5', '{76942}', '', 'A', '1', '165.00', '0', '165.00', 'HAP (co-provider)'],
    ['6', '{99024}', '', 'A', '2', '0.00', '0', '0.00', 'NNPS'],
  ],
});

// ── 15. Estimate builder fee-schedule typeahead, text layer ──
const feeTypeahead = lines({
  id: 's110-typeahead',
  kind: 's110-estimate-builder-fee-typeahead-text',
  before: 'Search fee schedule SELF PAY 2026: "6471"',
  text: [
    '{64712}   NEUROPLASTY MAJOR PERIPHERAL NERVE; SCIATIC NERVE           $3,769.23',
    '{64713}   NEUROPLASTY MAJOR PERIPHERAL NERVE; BRACHIAL PLEXUS         $3,902.00',
    '{64714}   NEUROPLASTY MAJOR PERIPHERAL NERVE; LUMBAR PLEXUS           $4,115.38',
    '{64716}   NEUROPLASTY AND/OR TRANSPOSITION; CRANIAL NERVE             $2,980.00',
    '{64718}   NEUROPLASTY AND/OR TRANSPOSITION; ULNAR NERVE AT ELBOW      $2,210.00',
    '5 of 5 matches · fee schedule [10304] · loaded 01/02/2026 · import batch [20464]',
  ].join('\n'),
});

// ── 16. Estimate audit log, text layer ──
const auditLog = lines({
  id: 's110-audit',
  kind: 's110-estimate-audit-log-text',
  before: 'Estimate history',
  text: [
    '02/17/2026 09:14  mortega      Created estimate [64632] for acct [58213] from template TPL-[50258]',
    '02/17/2026 09:16  mortega      Line 4 {64445}: billed-by changed NNPS → HAP; co-provider request [30608] sent',
    '02/17/2026 13:02  hap_billing  Co-provider items returned: {01250} (12 units), {64445}, {76942}',
    '02/17/2026 15:40  mortega      Facility items received from NSC (quote [20454]); GFE finalized, 5 pages',
    '02/18/2026 08:01  system       GFE delivered to portal, message [91572]; opened 02/18/2026 19:22',
    '02/19/2026 10:05  mortega      Paper copy mailed to 418 Hickory Ln, Elmo, MO [64445]; mail batch [17742]',
  ].join('\n'),
});

// ── 17. Estimate export to the GFE print service, XML text layer ──
const builderXml = lines({
  id: 's110-gfexml',
  kind: 's110-estimate-builder-export-xml-text',
  before: 'gfe_export_64632.xml',
  text: [
    '<GoodFaithEstimate number="[64632]" issued="2026-02-17" scheduled="2026-03-12" account="[58213]">',
    '  <Patient last="WHITFIELD" first="DANA" zip="[64445]" contact="portal"/>',
    '  <Line seq="1" codeType="CPT" code="{64712}" mod="RT" dx="G57.01" qty="1" expected="2450.00"/>',
    '  <Line seq="2" codeType="CPT" code="{95908}" dx="G57.01" qty="1" expected="385.00"/>',
    '  <CoProvider npi="1396002817" name="Heartland Anesthesia Partners" zip="[64153]" total="1801.00"/>',
    '  <CoFacility name="Northland Surgery Center" zip="[64155]" quote="[20454]" total="8638.00"/>',
    '  <Totals convening="3045.00" allProviders="[13484].00" currency="USD"/>',
    '</GoodFaithEstimate>',
  ].join('\n'),
});

// ── 18. Convening provider's request to a co-facility for GFE items, fax text layer ──
const coRequest = lines({
  id: 's110-coreq',
  kind: 's110-gfe-co-provider-information-request-fax-text',
  before: 'GOOD FAITH ESTIMATE — CO-PROVIDER / CO-FACILITY INFORMATION REQUEST — reply within 1 business day',
  text: [
    'To: Riverbend Regional Medical Center, Patient Access, fax (816) 555-0199   From: NNPS Patient Financial Services',
    'Patient: PAREDES, LUIS   DOB 1981   Convening GFE [64671]   Scheduled 03/24/2026   Acct [44718]',
    'Facility: Riverbend Regional Medical Center, 2800 Clay Edwards Dr, North Kansas City, MO [64116]',
    'Primary service: neuroplasty, lumbar plexus, left ({64714}), Dx G54.1, inpatient admission possible.',
    'Please list your facility items, service codes, quantities and expected charges for self-pay.',
    'Reply to PFS, PO Box [64712], Kansas City, MO [64141] or fax (816) 555-0150; request no. [30608]',
  ].join('\n'),
});

// ── 19. Practice GFE tracking log, table ──
const gfeLog = table({
  id: 's110-gfelog',
  kind: 's110-gfe-tracking-log-grid',
  caption: 'GFE log — February 2026 — issued within the required time?',
  headers: ['GFE #', 'Acct', 'Requested', 'Sched. DOS', 'Issued', 'Bus. days', 'Procedures', 'Co-providers', 'On time'],
  rows: [
    ['[64611]', '[41870]', '02/10/2026', '03/04/2026', '02/11/2026', '1', '{64612} ×1, {95874}', '—', 'Yes'],
    [
      '[64632]',
      '[58213]',
      '02/16/2026',
      '03/12/2026',
      '02/17/2026',
      '1',
      '{64712}-RT, {95908}, {95885}',
      'HAP, NSC',
      'Yes',
    ],
    ['[64655]', '[43155]', '02/18/2026', '03/09/2026', '02/23/2026', '3', '{64632} ×2 (LT)', '—', 'Yes'],
    ['[64671]', '[44718]', '02/26/2026', '03/24/2026', '03/03/2026', '3', '{64714}', 'HAP, RRMC', 'Yes'],
    ['[64690]', '[39022]', '03/02/2026', '03/05/2026', '03/04/2026', '2', '{64445} + {76942}', '—', 'No (due in 1)'],
  ],
});

// ── 20. GFE as a Da Vinci PCT FHIR Claim, JSON text layer ──
const gfeFhir = lines({
  id: 's110-gfefhir',
  kind: 's110-gfe-fhir-pct-claim-json-text',
  before: 'POST [base]/Claim/$gfe-submit — Bundle entry 2',
  text: [
    '{ "resourceType": "Claim", "id": "gfe-[64632]", "use": "predetermination", "status": "active",',
    '  "diagnosis": [{ "sequence": 1, "diagnosisCodeableConcept": { "coding": [{ "code": "G57.01" }] } }],',
    '  "item": [{ "sequence": 1, "productOrService": { "coding": [{ "system": "http://www.ama-assn.org/go/cpt", "code": "{64712}" }] },',
    '    "modifier": [{ "coding": [{ "code": "RT" }] }], "locationAddress": { "state": "MO", "postalCode": "[64155]" },',
    '    "quantity": { "value": 1 }, "net": { "value": 2450.00, "currency": "USD" } },',
    '   { "sequence": 2, "productOrService": { "coding": [{ "system": "http://www.ama-assn.org/go/cpt", "code": "{95908}" }] },',
    '    "net": { "value": 385.00, "currency": "USD" } }],',
    '  "patient": { "reference": "Patient/[58213]" }, "total": { "value": 3045.00, "currency": "USD" } }',
  ].join('\n'),
});

// ── 21. Co-provider GFE as an X12 837P, segment text ──
const gfe837 = lines({
  id: 's110-gfe837',
  kind: 's110-gfe-x12-837p-segments-text',
  before: 'HAP_GFE_20260217.x12',
  text: [
    'ST*837*0001*005010X222A1~BHT*0019*00*[30608]*20260217*1302*CH~',
    'NM1*85*2*HEARTLAND ANESTHESIA PARTNERS*****XX*1396002817~N3*8800 NW 112TH ST~N4*KANSAS CITY*MO*[64153]~',
    'NM1*QC*1*WHITFIELD*DANA*R~N3*418 HICKORY LN~N4*ELMO*MO*[64445]~',
    'NM1*77*2*NORTHLAND SURGERY CENTER*****XX*1588776201~N3*3101 NE BARRY RD~N4*KANSAS CITY*MO*[64155]~',
    'CLM*[58213]*1801***24:B:1*Y*A*Y*Y~HI*ABK:G5701~',
    'LX*1~SV1*HC:{01250}:AA*1296*MJ*60***1~',
    'LX*2~SV1*HC:{64445}:59:RT*340*UN*1***1~',
    'LX*3~SV1*HC:{76942}*165*UN*1***1~SE*24*0001~',
  ].join('\n'),
});

// ── 22. Hospital patient price estimator, search screen, text layer ──
const hospSearch = lines({
  id: 's110-hospsearch',
  kind: 's110-hospital-price-estimator-search-text',
  before: 'Riverbend Regional Medical Center — Patient Price Estimator',
  text: [
    'Search by procedure name or CPT code:  [ {64445} ]   Search',
    'Do you have insurance?  ( ) Yes   (•) No, I will pay for my care myself',
    'Your ZIP code (to list nearby locations): [64152]',
    'Suggestions: {64445} Nerve block, sciatic, single injection · {64446} Sciatic, continuous infusion · {64447} Femoral',
    'Estimator version 4.2 · prices as of 01/31/2026 · request [64714] · session [80471]',
    'Questions: Patient Financial Services, 2800 Clay Edwards Dr, North Kansas City, MO [64116] · (816) 555-0133',
  ].join('\n'),
});

// ── 23. Hospital price estimator results, table ──
const hospResults = table({
  id: 's110-hospres',
  kind: 's110-hospital-price-estimator-results-grid',
  caption: 'Your estimate: Sciatic nerve block, single injection — Outpatient — Self-pay — estimate RRMC-2026-0218',
  headers: ['Service', 'Item #', 'Billing code', 'Typical charge', 'Self-pay discount', 'Your estimate'],
  rows: [
    ['Nerve block procedure, physician', '[26083]', '{64445}', '$720.00', '-$288.00', '$432.00'],
    ['Ultrasound guidance', '[26101]', '{76942}', '$310.00', '-$124.00', '$186.00'],
    ['Outpatient procedure room (facility)', '[38816]', 'Rev 0361', '$1,840.00', '-$736.00', '$1,104.00'],
    ['Pharmacy (ropivacaine)', '[41298]', 'Rev 0250', '$95.00', '-$38.00', '$57.00'],
    ['Estimate total', '', '', '$2,965.00', '-$1,186.00', '$1,779.00'],
    ['Riverbend Regional, 2800 Clay Edwards Dr, North Kansas City, MO [64116]', '', '', '', '', ''],
  ],
});

// ── 24. Hospital shoppable services page, table ──
const shoppable = table({
  id: 's110-shoppable',
  kind: 's110-hospital-shoppable-services-display-grid',
  caption: 'Shoppable services — prices for 300 common services — Riverbend Regional Medical Center',
  headers: ['Shoppable service', 'Primary code', 'Ancillary services', 'Gross charge', 'Discounted cash', 'Min', 'Max'],
  rows: [
    ['Nerve block, sciatic', '{64445}', '{76942}; facility rev 0361', '$1,840', '$1,104', '$612', '$1,390'],
    ['Chemodenervation, facial nerve, one side', '{64612}', '{95874}; J0585', '$980', '$588', '$402', '$861'],
    ['Neurolysis, plantar digital nerve', '{64632}', '{76942}', '$1,210', '$726', '$455', '$1,020'],
    ['Release of sciatic nerve', '{64712}', '{01250}, {64445}', '$18,432', '$11,059', '$6,840', '$14,210'],
    ['Release of lumbar plexus', '{64714}', '{00860}', '$22,640', '$13,584', '$9,120', '$19,775'],
  ],
});

// ── 25. Hospital machine-readable standard charge file (CMS v2.0 CSV, tall), text layer ──
const mrfCsv = lines({
  id: 's110-mrfcsv',
  kind: 's110-hospital-standard-charges-csv-tall-text',
  before: '436001234_riverbend-regional-medical-center_standardcharges.csv',
  text: [
    'hospital_name,last_updated_on,version,hospital_location,hospital_address,license_number|MO',
    'Riverbend Regional Medical Center,2026-01-01,2.0.0,Riverbend Regional,"2800 Clay Edwards Dr, North Kansas City, MO [64116]",[10529]',
    'description,code|1,code|1|type,code|2,code|2|type,setting,standard_charge|gross,standard_charge|discounted_cash,payer_name,plan_name,standard_charge|negotiated_dollar,standard_charge|min,standard_charge|max',
    'NEUROPLASTY SCIATIC NERVE,{64712},CPT,0360,RC,outpatient,[18432].00,[11059].20,Prairie Heartland Health,PPO Silver HSA,[10287].50,6840.00,[14210].00',
    'NERVE BLOCK SCIATIC SINGLE,{64445},CPT,0361,RC,outpatient,1840.00,1104.00,Prairie Heartland Health,PPO Silver HSA,820.00,612.00,1390.00',
    'CHEMODENERVATION FACIAL NERVE UNILAT,{64612},CPT,0510,RC,outpatient,980.00,588.00,Prairie Heartland Health,PPO Silver HSA,455.10,402.00,861.00',
    'DESTR NEUROLYTIC PLANTAR COMMON DIG NERVE,{64632},CPT,0510,RC,outpatient,1210.00,726.00,Prairie Heartland Health,PPO Silver HSA,520.00,455.00,1020.00',
    'NEUROPLASTY SCIATIC NERVE,{64712},CPT,0360,RC,outpatient,[18432].00,[11059].20,Blue KC,Preferred-Care Blue PPO,[12166].80,6840.00,[14210].00',
    'NEUROPLASTY LUMBAR PLEXUS,{64714},CPT,0360,RC,both,[22640].00,[13584].00,Prairie Heartland Health,PPO Silver HSA,[11866].40,9120.00,[19775].00',
  ].join('\n'),
});

// ── 26. Insurer member cost estimator, search screen, text layer ──
const memberSearch = lines({
  id: 's110-memsearch',
  kind: 's110-insurer-member-cost-estimator-search-text',
  before: 'Prairie Heartland Health — Find Care & Costs',
  text: [
    'Member: Grace Lindqvist    Group [64612]    Plan: PPO Silver HSA    Coverage year 2026',
    'Search a procedure, or enter a billing code:  {64632}',
    'Location: Overland Park, KS [66207]  ·  within 25 miles  ·  sort by lowest cost',
    'Showing costs for: Destruction by neurolytic agent, plantar common digital nerve (CPT® {64632})',
    'Related searches: injection, plantar digital nerve ({64455}) · excision of Morton neuroma ({28080})',
  ].join('\n'),
});

// ── 27. Insurer cost estimator results, table ──
const memberResults = table({
  id: 's110-memres',
  kind: 's110-insurer-cost-estimator-results-grid',
  caption: '5 providers near 66207 — estimates use your plan and what you have paid this year',
  headers: ['Provider', 'Location', 'Network', 'Codes in estimate', 'Est. total', 'You pay'],
  rows: [
    ['Foot & Ankle Specialists of KC', 'Overland Park, KS [66211]', 'In network', '{64632}, {76942}', '$612', '$612'],
    ['Meadowbrook Podiatry', 'Prairie Village, KS [66208]', 'In network', '{64632}', '$438', '$438'],
    [
      'Riverbend Regional Pain Clinic',
      'North Kansas City, MO [64116]',
      'In network',
      '{64632}, {76942}, {99213}',
      '$905',
      '$905',
    ],
    ['Summit Foot Care', "Lee's Summit, MO [64063]", 'Out of network', '{64632}', 'Not available', '—'],
    ['Olathe Foot & Ankle', 'Olathe, KS [66062]', 'In network', '{64632}, {99213}', '$574', '$574'],
  ],
});

// ── 28. Insurer estimate "what's included" breakdown, table with no header row ──
const memberBreakdown = table({
  id: 's110-membreak',
  kind: 's110-insurer-estimate-whats-included-grid',
  caption: "Meadowbrook Podiatry — what's included in this estimate",
  headers: ['', '', '', ''],
  rows: [
    ['Procedure', '{64632}', 'Destruction by neurolytic agent; plantar common digital nerve', '$438.00'],
    ['Often billed with it', '{99213}', 'Office visit, established patient (not included)', '$96.00'],
    ['Often billed with it', '{64455}', 'Injection, plantar common digital nerve (not included)', '$142.00'],
    ['Estimate ID', 'CE-[70238]', 'Rates from the in-network file dated 2026-02-01', ''],
    ['Office', '4020 W 71st St, Prairie Village, KS [66208]', '', ''],
  ],
});

// ── 29. Transparency in Coverage in-network rate file, JSON text layer ──
const ticJson = lines({
  id: 's110-ticjson',
  kind: 's110-tic-in-network-rates-json-text',
  before: '2026-02-01_prairie-heartland-health_ppo-silver-hsa_in-network-rates.json',
  text: [
    '{ "reporting_entity_name": "Prairie Heartland Health", "reporting_entity_type": "health insurance issuer",',
    '  "plan_name": "PPO Silver HSA", "plan_id_type": "HIOS", "plan_id": "[37102]KS0040001", "last_updated_on": "2026-02-01",',
    '  "provider_references": [{ "provider_group_id": [20412], "provider_groups": [{ "npi": [1730184452], "tin": { "type": "ein", "value": "480012345" } }] }],',
    '  "in_network": [{ "negotiation_arrangement": "ffs", "name": "DESTRUCTION NEUROLYTIC PLANTAR DIGITAL NERVE",',
    '    "billing_code_type": "CPT", "billing_code_type_version": "2026", "billing_code": "{64632}",',
    '    "negotiated_rates": [{ "provider_references": [[20412]], "negotiated_prices": [{ "negotiated_type": "negotiated",',
    '      "negotiated_rate": 438.00, "expiration_date": "9999-12-31", "service_code": ["11"], "billing_class": "professional" }] }] },',
    '   { "negotiation_arrangement": "ffs", "billing_code_type": "CPT", "billing_code": "{64445}", "negotiated_rates": [ ... ] },',
    '   { "negotiation_arrangement": "ffs", "billing_code_type": "CPT", "billing_code": "{64712}", "negotiated_rates": [ ... ] }] }',
  ].join('\n'),
});

// ── 30. Advanced explanation of benefits, letter text layer ──
const aeobLetter = lines({
  id: 's110-aeob',
  kind: 's110-advanced-eob-draft-letter-text',
  before: 'Advanced Explanation of Benefits — THIS IS NOT A BILL — DRAFT',
  text: [
    'Member: Grace Lindqvist    Member ID PHH904417266    Group [64612]    AEOB no. [52141]',
    'Scheduled service: destruction by neurolytic agent, plantar common digital nerve, left foot, CPT {64632}-LT, 04/06/2026',
    'Provider: Meadowbrook Podiatry (in network). Good faith estimate received 03/24/2026, provider GFE ref. [43107].',
    'Provider address: 4020 W 71st St, Prairie Village, KS [66208]    TIN 48-0012345    NPI 1730184452',
    'Contracted rate $438.00. We expect to pay $0.00; you pay $438.00 toward your deductible.',
    'Your deductible: $1,840 of $3,400 met. This estimate may change if your care changes (for example {64455} is added).',
    'Questions: Member Services, Prairie Heartland Health, PO Box 1838, Topeka, KS [66601]',
  ].join('\n'),
});

// ── 31. Advanced EOB service-line table ("Service (code)" header, codes in parentheses) ──
const aeobLines = table({
  id: 's110-aeobln',
  kind: 's110-advanced-eob-service-lines-grid',
  caption: 'AEOB 52141 — estimated costs by service',
  headers: [
    'Svc date',
    'Service (code)',
    'Provider',
    'Network',
    'Provider estimate',
    'Plan allows',
    'Plan pays',
    'You owe',
  ],
  rows: [
    [
      '04/06/2026',
      'Neurolytic destruction, plantar digital nerve ({64632})',
      'Meadowbrook Podiatry',
      'In',
      '$520.00',
      '$438.00',
      '$0.00',
      '$438.00',
    ],
    [
      '04/06/2026',
      'Ultrasound guidance ({76942})',
      'Meadowbrook Podiatry',
      'In',
      '$180.00',
      '$74.00',
      '$0.00',
      '$74.00',
    ],
    ['04/06/2026', 'Office visit ({99213})', 'Meadowbrook Podiatry', 'In', '$150.00', '$96.00', '$0.00', '$96.00'],
  ],
});

// ── 32. Advanced EOB as a Da Vinci PCT FHIR ExplanationOfBenefit, JSON text layer ──
const aeobFhir = lines({
  id: 's110-aeobfhir',
  kind: 's110-advanced-eob-fhir-pct-json-text',
  before: 'GET [base]/ExplanationOfBenefit/aeob-52141',
  text: [
    '{ "resourceType": "ExplanationOfBenefit", "id": "aeob-[52141]", "use": "predetermination", "outcome": "complete",',
    '  "identifier": [{ "system": "https://fhir.phh.example/aeob", "value": "AEOB-2026-[30349]" }],',
    '  "patient": { "reference": "Patient/[50306]" }, "provider": { "reference": "Organization/meadowbrook-podiatry" },',
    '  "insurance": [{ "focal": true, "coverage": { "reference": "Coverage/grp-[64612]-sub-01" } }],',
    '  "item": [{ "sequence": 1, "productOrService": { "coding": [{ "system": "http://www.ama-assn.org/go/cpt", "code": "{64632}" }] },',
    '    "modifier": [{ "coding": [{ "code": "LT" }] }], "net": { "value": 520.00, "currency": "USD" },',
    '    "adjudication": [{ "category": { "coding": [{ "code": "eligible" }] }, "amount": { "value": 438.00 } }] },',
    '   { "sequence": 2, "productOrService": { "coding": [{ "system": "http://www.ama-assn.org/go/cpt", "code": "{76942}" }] } }] }',
  ].join('\n'),
});

// ── 33. HL7 v2 DFT^P03 charge feed read by the reconciliation report, segment text ──
const dftFeed = lines({
  id: 's110-dft',
  kind: 's110-hl7v2-dft-posted-charges-text',
  before: 'inbound/dft/20260313/NNPS_0081.hl7',
  text: [
    'MSH|^~\\&|NNPS_PM|NNPS|GFE_RECON|NNPS|20260313081500||DFT^P03|[70712]|P|2.5.1',
    'PID|1||[58213]^^^NNPS^MR||WHITFIELD^DANA^R||19690722|F|||418 HICKORY LN^^ELMO^MO^[64445]',
    'PV1|1|O|NSC^OR2^^NNPS||||1487629305^RAO^ANAND^^^^MD||||||||||[81024]|SELF',
    'GT1|1||WHITFIELD^DANA^R||418 HICKORY LN^^ELMO^MO^[64445]|(660)555-0187',
    'FT1|1|||20260312||CG|{64712}^NEUROPLASTY SCIATIC NERVE^CPT|||1|3769.23||||||||G57.01|||RT',
    'FT1|2|||20260312||CG|{64708}^NEUROPLASTY MAJOR PERIPH NERVE OTHER^CPT|||1|2108.00||||||||G57.01|||RT',
    'FT1|3|||20260312||CG|{99024}^POSTOP FOLLOW-UP VISIT^CPT|||2|0.00||||||||G57.01',
  ].join('\n'),
});

// ── 34. Estimate-versus-actual reconciliation report, table ──
const recon = table({
  id: 's110-recon',
  kind: 's110-estimate-vs-actual-reconciliation-grid',
  caption:
    'GFE reconciliation — self-pay encounters billed 03/01–03/31/2026 — flag when billed is $400 or more over GFE',
  headers: ['Acct', 'GFE #', 'DOS', 'Primary CPT', 'GFE total', 'Billed total', 'Variance', '$400 flag', 'Status'],
  rows: [
    [
      '[58213]',
      '[64632]',
      '03/12/2026',
      '{64712}',
      '$3,045.00',
      '$4,415.20',
      '+$1,370.20',
      'Y',
      'Adjust to GFE; notify',
    ],
    ['[41870]', '[64611]', '03/04/2026', '{64612}', '$1,915.00', '$1,915.00', '$0.00', 'N', 'Closed'],
    ['[43155]', '[64655]', '03/09/2026', '{64632}', '$850.00', '$1,275.00', '+$425.00', 'Y', 'Patient called'],
    ['[39022]', '[64690]', '03/05/2026', '{64445}', '$610.00', '$540.00', '-$70.00', 'N', 'Closed'],
    ['[44718]', '[64671]', '03/24/2026', '{64714}', '$4,115.38', '$4,380.00', '+$264.62', 'N', 'Review op note'],
    ['[45102]', '[64593]', '03/02/2026', '{64612}', '$1,915.00', '$1,915.00', '$0.00', 'N', 'Closed'],
    ['[47216]', '[64602]', '03/11/2026', '{64632}', '$425.00', '$425.00', '$0.00', 'N', 'Closed'],
    [
      '[33019]',
      '[64624]',
      '03/18/2026',
      '{64445}',
      '$610.00',
      '$1,080.00',
      '+$470.00',
      'Y',
      'Billed as {64446} (catheter)',
    ],
  ],
});

// ── 35. Reconciliation line variance detail, table ("GFE code" / "Posted code" headers) ──
const reconLines = table({
  id: 's110-reconln',
  kind: 's110-reconciliation-line-variance-grid',
  caption: 'Acct 58213 — GFE 64632 versus charges posted 03/13/2026',
  headers: ['Line', 'GFE code', 'Posted code', 'GFE amt', 'Posted amt', 'Diff', 'Reason'],
  rows: [
    ['1', '{64712}', '{64712}', '2,450.00', '2,450.00', '0.00', 'Matches self-pay rate'],
    ['2', '—', '{64708}', '0.00', '1,370.20', '+1,370.20', 'Added in OR: common peroneal nerve released'],
    ['3', '{95908}', '{95908}', '385.00', '385.00', '0.00', ''],
    ['4', '{95885}', '{95886}', '210.00', '210.00', '0.00', 'Code corrected to complete study, same fee'],
    ['5', '{99024}', '{99024}', '0.00', '0.00', '0.00', 'Global period'],
  ],
});

// ── 36. Reconciliation CSV export, text layer ──
const reconCsv = lines({
  id: 's110-reconcsv',
  kind: 's110-reconciliation-export-csv-text',
  before: 'gfe_recon_2026-03.csv',
  text: [
    'acct,gfe_no,dos,cpt_est,cpt_billed,units,est_amt,billed_amt,variance,over_400,ppdr_window_end',
    '[58213],[64632],2026-03-12,{64712},{64712},1,2450.00,2450.00,0.00,N,2026-07-18',
    '[58213],[64632],2026-03-12,,{64708},1,0.00,1370.20,1370.20,Y,2026-07-18',
    '[43155],[64655],2026-03-09,{64632},{64632},3,850.00,1275.00,425.00,Y,2026-07-14',
    '[44718],[64671],2026-03-24,{64714},{64714},1,4115.38,4380.00,264.62,N,2026-07-28',
    '[33019],[64624],2026-03-18,{64445},{64446},1,610.00,1080.00,470.00,Y,2026-07-22',
  ].join('\n'),
});

// ── 37. Patient-provider dispute resolution initiation form, text layer ──
const ppdrForm = lines({
  id: 's110-ppdr',
  kind: 's110-ppdr-initiation-form-text',
  before: 'Patient-Provider Dispute Resolution — Start a dispute (step 2 of 4: bill and estimate details)',
  text: [
    'Patient: Dana R. Whitfield, 418 Hickory Ln, Elmo, MO [64445]   Email on file',
    'Provider you are disputing: Northland Nerve & Pain Specialists, 2900 NE Vivion Rd, Suite 210, Kansas City, MO [64119]',
    'Your phone: (660) 555-0187    Account number on the bill: [58213]    Provider NPI (if known): 1487629305',
    'Date on the Good Faith Estimate: 02/17/2026    GFE number (if shown): [64632]',
    'Date on the bill: 03/20/2026    Statement number: [20451]    Amount billed: $4,415.20    Amount on GFE: $3,045.00',
    'Item or service you are disputing: "{64708} neuroplasty other nerve - not on my estimate"',
    'Administrative fee: $25.00 (paid by card ending 4471)    Dispute reference PPDR-2026-[10528]',
  ].join('\n'),
});

// ── 38. PPDR case status page, text layer ──
const ppdrStatus = lines({
  id: 's110-ppdrstat',
  kind: 's110-ppdr-case-status-page-text',
  before: 'Dispute PPDR-2026-10528 — status',
  text: [
    'Status: provider response due 04/29/2026    Selected dispute resolution entity (SDRE): Keystone IDR Services',
    'Item in dispute: line 2, CPT {64708}, billed $1,370.20, not on the GFE dated 02/17/2026',
    'Items not in dispute: {64712}, {95908}, {95886}, {99024} (billed at or under the estimate)',
    'Filed 03/28/2026 · SDRE case no. KIS-[71546] · patient fee received 03/28/2026',
    'Provider uploads: operative note (document [40079]), corrected statement [20473]',
    'SDRE mailing address: Keystone IDR Services, PO Box 2210, Harrisburg, PA [17105]',
  ].join('\n'),
});

// ── 39. Patient's portal message about the bill and the estimate, text layer (codes in plain prose) ──
const portalPatient = lines({
  id: 's110-portalpt',
  kind: 's110-patient-portal-message-estimate-question-text',
  before: 'From: Dana Whitfield   To: Billing Office   Subject: My bill is higher than the estimate',
  text: [
    'Hi, my Good Faith Estimate (number [64632]) said $3,045 for Dr. Rao. The bill I got today says $4,415.20.',
    'There is a line for {64708} that was not on the estimate. The estimate only had {64712}, {95908}, {95885} and {99024}.',
    'Also the anesthesia bill lists {64445} and I only had one shot. Is that the nerve block?',
    'My account number is [58213]. I live out in Elmo ([64445]) so phone is better than coming in. Thank you, Dana',
    'Message [91637] · sent 03/21/2026 7:42 PM',
  ].join('\n'),
});

// ── 40. Billing office's portal reply, text layer ──
const portalReply = lines({
  id: 's110-portalreply',
  kind: 's110-patient-portal-billing-office-reply-text',
  before: 'Re: My bill is higher than the estimate',
  text: [
    'Hi Dana, thank you for writing. During your surgery Dr. Rao also released the common peroneal nerve; that is',
    'billed as {64708}, which was not on your estimate. Your sciatic nerve release is {64712}, as estimated.',
    'Because the bill is $400 or more over your Good Faith Estimate, we adjusted it to the estimated $3,045.00;',
    'a corrected statement (no. [20473]) is in the mail. The anesthesia group bills on its own: their line {64445}',
    'is the one sciatic block, and {76942} is the ultrasound used to place it. Their office: 8800 NW 112th St, Kansas City, MO [64153].',
    'You may still start a federal dispute within 120 days of the bill date. — Marisol, PFS, ext. 4120 (ticket [66053])',
  ].join('\n'),
});

export const sealed110: Snippet[] = [
  ...gfeHeader,
  ...gfeConvening,
  ...gfeAnesthesia,
  ...gfeFacility,
  ...gfeSummary,
  ...gfeDisclaimer,
  ...gfeLetter,
  ...gfeSpanish,
  ...gfeRecurring,
  ...gfeRequest,
  ...deskScript,
  ...deskPackages,
  ...builderScreen,
  ...builderLines,
  ...feeTypeahead,
  ...auditLog,
  ...builderXml,
  ...coRequest,
  ...gfeLog,
  ...gfeFhir,
  ...gfe837,
  ...hospSearch,
  ...hospResults,
  ...shoppable,
  ...mrfCsv,
  ...memberSearch,
  ...memberResults,
  ...memberBreakdown,
  ...ticJson,
  ...aeobLetter,
  ...aeobLines,
  ...aeobFhir,
  ...dftFeed,
  ...recon,
  ...reconLines,
  ...reconCsv,
  ...ppdrForm,
  ...ppdrStatus,
  ...portalPatient,
  ...portalReply,
];
