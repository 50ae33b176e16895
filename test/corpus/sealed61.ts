import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 61 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these snippets.
 * Its page shapes (`kind`, prefixed `s61-`) appear in no other corpus file. Score it once; do not edit a snippet to
 * make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too. About a third of the decoys are numbers of the synthetic 10,000-code set (KNOWN_10K) used as
 * facility licences, claim, member, case and order numbers, PO boxes and prices. Local tariff codes (Quebec RAMQ, a
 * Mexican clinic tariff, DHA service and drug codes, lab order codes) sit beside the CPT column as decoys. The five
 * known codes' digits come back as decoys: a tariff id, a hemostatic-matrix lot, a hotel confirmation and loyalty
 * number, a lab order code, a DHA facility licence, a PO box, a travel-insurance certificate and a deposit receipt.
 *
 * Family: international payers and medical tourism that use CPT outside the US: a DHA e-claim submission and a DOH
 * remittance advice (XML, Activity Type 3 = CPT), the TPA portal's activity and remittance grids, a validation error
 * list and a resubmission comment, Saudi and Qatari pre-authorization forms, lists and a JSON API response, an
 * insurer tariff in AED, an international patient office's package quote and line items, an embassy guarantee letter
 * and a treatment-abroad committee annex, a visitor's travel insurance claim, itemized bill and denial letter, a
 * Quebec clinic fee page (RAMQ code beside CPT), a Mexican clinic tariff, a facilitator's itinerary and case tracker,
 * translated discharge summary and operative report, a physician report e-mailed to an insurer, an HL7 DFT from a
 * Gulf HIS, a price comparison page, a tax invoice, a coding audit sheet, a visa-support letter, and the decoy-only
 * pages: hotel booking, flight e-ticket, a lab's local test directory and a network facility directory.
 * Built on real public layouts: the DHA eClaimLink / DOH Shafafiya Claim.Submission and Remittance.Advice element
 * names (Header, Claim, Encounter, Diagnosis, Activity with Type/Code/Quantity/Net, PaymentAmount, DenialCode,
 * Resubmission), an embassy health office letter of guarantee, a network insurer tariff, a UB-style itemized
 * statement, the HL7 v2.5 DFT^P03 FT1 segment and an IATA e-ticket receipt. The others are written the way those
 * pages read, with no single source.
 *
 * 330 labelled tokens over 33 shapes: 131 codes, 199 decoys, 78 of the decoys in KNOWN_10K.
 */

// ── 1. DHA e-claim submission (Claim.Submission XML as the TPA portal shows it), text layer ──
const dhaSubmission = lines({
  id: 's61-dhasub',
  kind: 's61-dha-eclaim-submission-xml',
  before: 'eClaimLink — Claim.Submission — file view (read only)',
  text: [
    '<Header><SenderID>DHA-F-[45175]</SenderID><ReceiverID>INS026</ReceiverID><TransactionDate>03/11/2025 10:14</TransactionDate>',
    '<RecordCount>2</RecordCount><DispositionFlag>PRODUCTION</DispositionFlag></Header>',
    '<Claim><ID>CLM-2025-[15605]</ID><MemberID>1021-[91801]-01</MemberID><PayerID>A001</PayerID>',
    '<ProviderID>DHA-F-[45175]</ProviderID><EmiratesIDNumber>784-1979-4412093-2</EmiratesIDNumber>',
    '<Gross>[18420].00</Gross><PatientShare>1842.00</PatientShare><Net>[16578].00</Net>',
    '<Encounter><FacilityID>DHA-F-[45175]</FacilityID><Type>1</Type><PatientID>MRN[29448]</PatientID></Encounter>',
    '<Diagnosis><Type>Principal</Type><Code>G57.01</Code></Diagnosis>',
    '<Activity><ID>1</ID><Start>02/11/2025 08:30</Start><Type>3</Type><Code>{64712}</Code><Quantity>1</Quantity><Net>9800.00</Net>',
    '<Clinician>DHA-P-0712345</Clinician><PriorAuthorizationID>[54059]</PriorAuthorizationID></Activity>',
    '<Activity><ID>2</ID><Start>02/11/2025 08:10</Start><Type>3</Type><Code>{64445}</Code><Quantity>1</Quantity><Net>1450.00</Net></Activity>',
    '<Activity><ID>3</ID><Start>02/11/2025 08:12</Start><Type>3</Type><Code>{76942}</Code><Quantity>1</Quantity><Net>420.00</Net></Activity>',
    '<Activity><ID>4</ID><Start>02/11/2025 07:40</Start><Type>5</Type><Code>B14-[06397]-01</Code><Quantity>2</Quantity><Net>38.50</Net></Activity>',
    '<Activity><ID>5</ID><Start>01/11/2025 16:00</Start><Type>3</Type><Code>{99244}</Code><Quantity>1</Quantity><Net>650.00</Net></Activity>',
    '<Contract><PackageName>NEURO-[82921]</PackageName></Contract></Claim>',
  ].join('\n'),
});

// ── 2. DOH remittance advice (Remittance.Advice XML), text layer ──
const dohRemit = lines({
  id: 's61-dohra',
  kind: 's61-doh-remittance-advice-xml',
  before: 'Shafafiya — Remittance.Advice — download preview',
  text: [
    '<Remittance.Advice><Header><SenderID>A025</SenderID><ReceiverID>MF[32803]</ReceiverID><RecordCount>1</RecordCount></Header>',
    '<Claim><ID>AUH-[53064]-7</ID><IDPayer>[82873]/0045</IDPayer><ProviderID>MF[32803]</ProviderID>',
    '<PaymentReference>PR[69186]</PaymentReference><DateSettlement>20/10/2025</DateSettlement>',
    '<Activity><ID>1</ID><Type>3</Type><Code>{64714}</Code><Quantity>1</Quantity><Net>[11250].00</Net><PaymentAmount>[10125].00</PaymentAmount></Activity>',
    '<Activity><ID>2</ID><Type>3</Type><Code>{64612}</Code><Quantity>1</Quantity><Net>2300.00</Net><PaymentAmount>0.00</PaymentAmount><DenialCode>MNEC-004</DenialCode></Activity>',
    '<Activity><ID>3</ID><Type>3</Type><Code>{95907}</Code><Quantity>1</Quantity><Net>780.00</Net><PaymentAmount>780.00</PaymentAmount></Activity>',
    '<Activity><ID>4</ID><Type>8</Type><Code>[07658]</Code><Quantity>1</Quantity><Net>250.00</Net><PaymentAmount>250.00</PaymentAmount></Activity>',
    '<Activity><ID>5</ID><Type>3</Type><Code>{95886}</Code><Quantity>1</Quantity><Net>640.00</Net><PaymentAmount>0.00</PaymentAmount><DenialCode>CODE-010</DenialCode></Activity>',
    '</Claim></Remittance.Advice>',
  ].join('\n'),
});

// ── 3. E-claim activity grid in the TPA web portal ──
const activityGrid = table({
  id: 's61-actgrid',
  kind: 's61-eclaim-activity-grid-portal',
  caption: 'Claim CLM-2025-15605 — Activities (Type: 3 = CPT, 4 = HCPCS, 5 = Drug, 8 = Service)',
  headers: ['#', 'Act. Type', 'Act. Code', 'Qty', 'Net', 'Clinician', 'PA No.', 'Obs'],
  rows: [
    ['1', '3', '{64712}', '1', '9800.00', 'DHA-P-0712345', '[54059]', '—'],
    ['2', '3', '{64445}', '1', '1450.00', 'DHA-P-0733190', '[54059]', 'US guided'],
    ['3', '3', '{01180}', '5', '1100.00', 'DHA-P-0733190', '—', 'Anes units'],
    ['4', '8', '[22069]', '1', '[12600].00', '—', '—', 'Room & board 2 nights'],
    ['5', '5', 'J83-[35092]-03', '4', '96.00', '—', '—', 'Pharmacy'],
    ['6', '3', '{99232}', '2', '700.00', 'DHA-P-0712345', '—', 'Follow-up'],
    ['7', '3', '{97110}', '3', '450.00', 'DHA-P-0790012', '[54059]', 'Physio'],
    ['8', '4', 'A4550', '1', '35.00', '—', '—', 'Surgical tray'],
  ],
});

// ── 4. Saudi insurer pre-authorization request form (CCHI-style portal), text layer ──
const ksaPreauth = lines({
  id: 's61-ksapa',
  kind: 's61-saudi-preauth-request-form',
  before: 'Pre-Authorization Request — Provider Portal — Riyadh',
  text: [
    'Provider: Al Noor Specialist Hospital   CCHI licence [68286]   Branch: Olaya',
    'Member no.: 921904471   Policy: GRP-[93682]   Class: VIP   Nationality ID: 1098872331',
    'Chief complaint: sciatic pain radiating to left foot, failed 12 wks conservative therapy',
    'Requested service (CPT): {64712} neuroplasty, sciatic nerve — qty 1',
    'Supporting services: {72148} MRI lumbar spine, {95910} NCS 7–8 studies',
    'Estimated cost: [41592] SAR   Length of stay: 2 days   Request no.: PA-[95439]',
    'Doctor note: if denied, please consider {64445} trial block first as per previous call.',
    'Hospital address: P.O. Box [18605], Riyadh [11947]',
  ].join('\n'),
});

// ── 5. Qatar insurer pre-authorization status list ──
const qaPaStatus = table({
  id: 's61-qapa',
  kind: 's61-qatar-preauth-status-list',
  caption: 'Approvals — Doha — last 14 days',
  headers: ['Req', 'Patient', 'Service', 'Code', 'Appr. qty', 'Status', 'Remarks'],
  rows: [
    ['[26172]', 'A. Al-Thani', 'Neurolytic destruction, plantar digital nerve', '{64632}', '1', 'Approved', '—'],
    ['[33904]', 'M. Khan', 'Chemodenervation facial nerve muscles', '{64612}', '1', 'Pending', 'Need photos'],
    ['[49950]', 'R. Mathew', 'Consultation', '{99204}', '1', 'Approved', '—'],
    ['[58806]', 'S. Ibrahim', 'Lumbar plexus neuroplasty', '{64714}', '1', 'Query', 'Attach EMG {95886}'],
    ['[06772]', 'F. Haddad', 'Knee arthroscopy', '{29881}', '1', 'Rejected', 'Waiting period, policy [46156]'],
  ],
});

// ── 6. Insurer price list in AED (no currency sign on amounts) ──
const aedTariff = table({
  id: 's61-aedtar',
  kind: 's61-insurer-tariff-aed-network',
  caption: 'Network Tariff 2025 — Category A hospitals — amounts in AED',
  headers: ['Tariff ID', 'Item', 'Description', 'Cat A', 'Cat B'],
  rows: [
    ['T-[78555]', '{64712}', 'Neuroplasty; sciatic nerve', '[10450]', '9200'],
    ['T-[54173]', '{64714}', 'Neuroplasty; lumbar plexus', '[11980]', '[10300]'],
    ['T-[88801]', '{64445}', 'Injection, anesthetic; sciatic nerve, single', '1320', '1180'],
    ['T-[64632]', '{64632}', 'Destruction by neurolytic agent; plantar common digital nerve', '2150', '1900'],
    ['T-[73957]', '{27447}', 'Total knee arthroplasty', '[38500]', '[34200]'],
    ['T-[99390]', '{66984}', 'Cataract removal with IOL', '[12750]', '[11400]'],
    ['T-[71238]', '{64612}', 'Chemodenervation; muscles innervated by facial nerve', '1680', '1500'],
    ['T-[71302]', '{47562}', 'Laparoscopic cholecystectomy', '[16900]', '[15100]'],
  ],
});

// ── 7. International patient office package quote, text layer ──
const pkgQuote = lines({
  id: 's61-pkgq',
  kind: 's61-intl-office-package-quote-letter',
  before: 'International Patient Services — Cost Estimate',
  text: [
    'Quote no. IPS-[13445]   Valid 30 days   Patient ref. [73986]',
    'Package [15796]: Peripheral nerve decompression (sciatic) — all inclusive 3 nights',
    'Included procedures: {64712}, {64445}, {01250}; imaging {72148}; follow-up visit {99213} x1',
    'Package price: [14900] USD (surgeon, anaesthesia, OR, room, medication)',
    'Excluded: complications, extension of stay (per night 950), companion meals',
    'Deposit of 30% to account no. 0041-[77978]-001, Swift CITIUS33',
    'Our CPT basis: codes above are listed for your insurer; we do not bill per line.',
  ].join('\n'),
});

// ── 8. Package inclusions table (vague headers) ──
const pkgItems = table({
  id: 's61-pkgit',
  kind: 's61-package-inclusions-table-vague',
  caption: 'Package 15796 — line items',
  headers: ['Item', 'Ref', 'Value'],
  rows: [
    ['Surgeon fee', '{64712}', '[55253]'],
    ['Anaesthesia', '{01250}', '3200'],
    ['Block', '{64445}', '1400'],
    ['Room (3 nts)', '[77759]', '4500'],
    ['MRI', '{72148}', '1850'],
    ['Pharmacy bundle', '[46509]', '1100'],
  ],
});

// ── 9. Embassy / health attaché guarantee letter, text layer ──
const guarantee = lines({
  id: 's61-guar',
  kind: 's61-embassy-guarantee-letter',
  before: 'Embassy of the State of Kuwait — Health Office — Washington, DC',
  text: [
    'Ref: HO/[74543]/2025   Date: 14 October 2025',
    'To: Patient Financial Services, Mercy Regional, 4400 Grand Ave, Des Moines, IA [50312]',
    'Letter of Guarantee — Patient: Mr. F. Al-Mutairi, Civil ID 2840911003, File [60906]',
    'The Health Office guarantees payment for: neuroplasty of the lumbar plexus (CPT {64714}),',
    'electrodiagnostic studies ({95909}, {95886}) and up to 4 follow-up visits ({99214}).',
    'Maximum amount covered: [85000] USD. Any procedure outside this list, e.g. {64712}, needs a new letter.',
    'Invoices to: P.O. Box [13240], Kuwait City, quoting guarantee no. [31473].',
  ].join('\n'),
});

// ── 10. Government sponsor approval annex ──
const sponsorAnnex = table({
  id: 's61-spann',
  kind: 's61-gov-sponsor-approval-annex',
  caption: 'Annex A — Approved treatment plan — Medical Treatment Abroad Committee decision 2025/[39025]',
  headers: ['No.', 'Procedure (as quoted)', 'Code', 'Sessions', 'Ceiling'],
  rows: [
    ['1', 'Botulinum toxin, blepharospasm', '{64612}', '3', '[08952]'],
    ['2', 'Botulinum toxin, chronic migraine', '{64615}', '3', '[31776]'],
    ['3', 'EMG', '{95886}', '1', '900'],
    ['4', 'Neurology follow-up', '{99213}', '6', '1800'],
  ],
});

// ── 11. Travel insurance claim form (foreign visitor treated in the US), text layer ──
const travelClaim = lines({
  id: 's61-trvcl',
  kind: 's61-travel-insurance-claim-form',
  before: 'Visitors Medical Insurance — Claim Form Part B (to be completed by provider)',
  text: [
    'Policy no.: VMI-[56883]-DE   Certificate: [64612]   Claim no.: 2025-[94739]',
    'Insured: Weber, Jonas   Home address: Lindenstr. 12, [80331] München, Germany',
    'Provider: Foothills Pain & Nerve Center, 9100 E Mineral Ave, Centennial CO [80112]',
    'Tax ID: 84-1297733   NPI 1538277401',
    'Services (CPT): {99203}; {64445} sciatic nerve block under US; {76942}',
    'Diagnosis: M54.31 sciatica right side   Date of accident: 07/22/2025',
    'Total charges: 2,940.00   Emergency? No   Hospital claim ref [62470]',
  ].join('\n'),
});

// ── 12. US hospital itemized bill sent to the travel insurer ──
const itemized = table({
  id: 's61-itemb',
  kind: 's61-travel-itemized-hospital-bill',
  caption: 'Itemized Statement — Account [28661] — Guarantor: Global Assist GmbH',
  headers: ['Svc Date', 'Rev', 'Chg Code', 'Description', 'CPT/HCPCS', 'Qty', 'Amount'],
  rows: [
    ['09/03/25', '0450', '[90159]', 'ED visit level 4', '{99284}', '1', '2,410.00'],
    ['09/03/25', '0320', '[29544]', 'XR chest 2 views', '{71046}', '1', '388.00'],
    ['09/03/25', '0300', '[96294]', 'CBC w/ diff', '{85025}', '1', '96.00'],
    ['09/03/25', '0360', '[88234]', 'Inj anes sciatic nerve', '{64445}', '1', '1,140.00'],
    ['09/03/25', '0636', '[57871]', 'Ropivacaine 5 mg', 'J7999', '30', '210.00'],
    ['09/03/25', '0250', '[16077]', 'Supplies', '', '1', '84.00'],
  ],
});

// ── 13. Travel insurer explanation letter with a denial, text layer ──
const travelEob = lines({
  id: 's61-trveob',
  kind: 's61-travel-insurer-denial-letter',
  before: 'Global Assist GmbH — Claims Department — Decision',
  text: [
    'Our ref: GA/[75545]/JW   Your account: [28661]',
    'We have reviewed claim 2025-[94739] for services on 09/03/2025.',
    'Paid: ED visit ({99284}) and imaging. Not payable: {64445} — pre-existing condition clause 4.2.',
    'The block was, per the ED note, part of chronic sciatica treatment; please also note {64712} was',
    'discussed for a later date in the US and is not covered under a visitor policy.',
    'Appeal within 60 days to Postfach 1042, [80335] München.',
  ].join('\n'),
});

// ── 14. Quebec clinic page: RAMQ tariff code next to CPT for US patients ──
const quebecFees = table({
  id: 's61-qcfee',
  kind: 's61-quebec-clinic-ramq-cpt-fees',
  caption: 'Clinique Neuro-Douleur Laval — fees for non-residents (CAD)',
  headers: ['Acte', 'Code RAMQ', 'CPT (US)', 'Honoraires'],
  rows: [
    ['Bloc nerf sciatique', '[18150]', '{64445}', '420'],
    ['Neurolyse nerf digital plantaire', '[55667]', '{64632}', '610'],
    ['Toxine botulique — muscles faciaux', '[14271]', '{64612}', '780'],
    ['Consultation initiale', '[09150]', '{99204}', '310'],
    ['EMG membre inférieur', '[29434]', '{95886}', '350'],
    ['Neurolyse nerf sciatique', '[17442]', '{64712}', '2900'],
    ['Bloc plexus lombaire', '[17506]', '{64714}', '3400'],
  ],
});

// ── 15. Latin American clinic tariff page (translated), text layer ──
const latamTariff = lines({
  id: 's61-latam',
  kind: 's61-latam-clinic-tariff-translated',
  before: 'Clínica San Rafael — Guadalajara — International price list (English)',
  text: [
    'Local tariff code [52461] — Sciatic nerve release (CPT {64712}) — MXN [95000]',
    'Local tariff code [59254] — Lumbar plexus release (CPT {64714}) — MXN 110,000',
    'Local tariff code [51125] — Morton neuroma alcohol injection ({64632}) — MXN [14500]',
    'Local tariff code [46380] — Carpal tunnel release {64721} — MXN [38000]',
    'Address: Av. Américas 1500, Col. Country Club, [44610] Guadalajara, Jal.',
    'US insurers: we provide an itemized receipt with CPT codes and our RFC.',
  ].join('\n'),
});

// ── 16. Medical tourism facilitator itinerary, text layer ──
const itinerary = lines({
  id: 's61-itin',
  kind: 's61-facilitator-itinerary',
  before: 'MediBridge Travel — Your treatment itinerary — Case 29612',
  text: [
    'Day 1 (Mon 10 Nov): Arrive BKK on TG 931, driver meets you at Gate 3; hotel booking [70497]',
    'Day 2: Pre-op consult and tests — CPT {99204}, {80053}, {85025}, {93000}',
    'Day 3: Surgery 08:00 — {64712} with {64445} block (Dr. Prasert) — OR 4',
    'Day 4–5: Ward, physiotherapy {97110} twice daily',
    'Day 8: Follow-up {99213} and clearance to fly; e-ticket [99017]',
    'Case manager: Khun Nida, LINE id nida[09994], +66 2 066 8888',
  ].join('\n'),
});

// ── 17. Translated discharge summary, text layer ──
const discharge = lines({
  id: 's61-dcsum',
  kind: 's61-translated-discharge-summary',
  before: 'DISCHARGE SUMMARY (certified English translation from Arabic) — page 1 of 2',
  text: [
    'Hospital no.: [01172]   Admission no.: [60912]   Ward: Neuro 3',
    'Procedure performed on 05/10/2025: neuroplasty of the left sciatic nerve ({64712}) under general anaesthesia,',
    'preceded by ultrasound-guided sciatic block ({64445}) for postoperative analgesia.',
    'Electrodiagnostic study before surgery ({95910}) showed axonal injury.',
    'Discharge medications: pregabalin 75 mg bid. Follow-up at clinic room [05110] in 2 weeks.',
    'Translator stamp no. [08446], Sworn Translator, Dubai Courts.',
  ].join('\n'),
});

// ── 18. Translated operative report with coding footer, text layer ──
const opReport = lines({
  id: 's61-opnote',
  kind: 's61-translated-operative-report-coding',
  before: 'OPERATIVE REPORT — translated from Spanish for the insurer',
  text: [
    'Surgeon: Dr. L. Ortega   Anaesthetist: Dr. P. Ruiz   Theatre no. 2   Case [80447]',
    'Findings: fibrotic band compressing the lumbar plexus at L4; complete release performed.',
    'Estimated blood loss 50 ml; drains none; specimen none.',
    'Coded by HIM: {64714} (neuroplasty, lumbar plexus); anaesthesia {01180}; no modifier',
    'Implant/lot used: hemostatic matrix lot [64714], expiry 2027-03',
    'Clinic billing no. [60697]-2025',
  ].join('\n'),
});

// ── 19. Hotel booking confirmation (decoy only), text layer ──
const hotel = lines({
  id: 's61-hotel',
  kind: 's61-hotel-booking-confirmation',
  before: 'Booking confirmed — Rotana Al Barsha',
  text: [
    'Confirmation number: [64712]   PIN: 4471',
    'Guest: Mr. Jonas Weber   Room: Deluxe King, 5 nights (10–15 Nov)',
    'Total: [56291] AED incl. taxes (medical rate, corporate id [08079])',
    'Hotel: Sheikh Zayed Road, P.O. Box [26131], Dubai',
    'Loyalty member no.: [64632]   Check-in from 15:00',
  ].join('\n'),
});

// ── 20. Flight e-ticket receipt (decoy only), text layer ──
const flight = lines({
  id: 's61-eticket',
  kind: 's61-flight-eticket-receipt',
  before: 'Electronic Ticket Receipt',
  text: [
    'Booking ref: QX7TRM   Ticket: 176 2410726021',
    'Passenger: AL-MUTAIRI/FAHAD MR   Frequent flyer EK [28240]',
    'EK 231  DXB–IAD  12NOV  Seat 14A  Baggage 2PC  Fare basis YLWFAE1',
    'Fare: AED [58336]   Taxes: 1,208   Total: AED [59544]',
    'Medical assistance (MEDA) case no. [87530] — wheelchair to gate',
  ].join('\n'),
});

// ── 21. Lab local test catalogue (decoy only) ──
const labCatalogue = table({
  id: 's61-labcat',
  kind: 's61-lab-local-test-catalogue',
  caption: 'Central Diagnostic Laboratory — Test Directory (internal order codes)',
  headers: ['Order code', 'Test', 'Specimen', 'TAT', 'Price'],
  rows: [
    ['[43631]', 'Vitamin B12', 'Serum', '1 day', '95'],
    ['[40504]', 'HbA1c', 'EDTA', 'Same day', '70'],
    ['[40119]', 'Anti-ganglioside panel', 'Serum', '10 days', '1450'],
    ['[38177]', 'Heavy metals, urine', '24h urine', '7 days', '620'],
    ['[51870]', 'Lyme serology', 'Serum', '3 days', '240'],
    ['[52214]', 'CSF oligoclonal bands', 'CSF + serum', '5 days', '880'],
    ['[50436]', 'Genetic panel, neuropathy', 'EDTA', '28 days', '[12400]'],
    ['[64445]', 'Nerve biopsy, send-out', 'Tissue', '21 days', '3900'],
  ],
});

// ── 22. Remittance grid in the provider portal ──
const remitGrid = table({
  id: 's61-ragrid',
  kind: 's61-remittance-portal-grid',
  caption: 'Remittance — Payment Ref PR69186 — settlement 20/10/2025',
  headers: ['Claim ID', 'Activity', 'Net', 'Paid', 'Denial', 'Comment'],
  rows: [
    ['AUH-[53064]-7', '{64714}', '[11250].00', '[10125].00', '—', 'Co-ins 10%'],
    ['AUH-[53064]-7', '{64612}', '2300.00', '0.00', 'MNEC-004', 'Not medically necessary'],
    ['AUH-[30436]-2', '{64632}', '2150.00', '2150.00', '—', ''],
    ['AUH-[87283]-1', '[38266]', '[16400].00', '[16400].00', '—', 'IR-DRG, Type 9'],
    ['AUH-[32192]-4', '{99213}', '300.00', '300.00', '—', ''],
  ],
});

// ── 23. Pre-authorization API response (JSON) in a developer console ──
const paJson = lines({
  id: 's61-pajson',
  kind: 's61-preauth-api-json-response',
  before: 'GET /api/v2/priorRequests/PA-95439 — 200 OK',
  text: [
    '{ "requestId": "PA-[95439]", "memberId": "921904471", "providerLicence": "[68286]",',
    '  "status": "PARTIALLY_APPROVED", "validUntil": "2025-12-31",',
    '  "activities": [ { "type": 3, "code": "{64712}", "qty": 1, "decision": "REJECTED", "reason": "Step therapy" },',
    '                  { "type": 3, "code": "{64445}", "qty": 1, "decision": "APPROVED", "approvedAmount": 1180 },',
    '                  { "type": 3, "code": "{72148}", "qty": 1, "decision": "APPROVED", "approvedAmount": 1650 } ],',
    '  "approvalNumber": "[18327]", "tpaRef": [68741] }',
  ].join('\n'),
});

// ── 24. HL7 DFT from an international hospital HIS to its billing engine, text layer ──
const hl7 = lines({
  id: 's61-hl7',
  kind: 's61-hl7-dft-international-his',
  before: 'Interface engine — message viewer — DFT^P03',
  text: [
    'MSH|^~\\&|HIS|KFSH[41477]|BILL|KFSH|20251103101500||DFT^P03|[29825]|P|2.5',
    'PID|1||[11081]^^^MRN||AL-SAUD^NOURA||19820414|F|||PO BOX [15872]^^JEDDAH^^[21442]^SA',
    'FT1|1|||20251102|20251102|CG|{64612}^Chemodenervation facial nerve^C4|||1|||||||||||[71499]',
    'FT1|2|||20251102|20251102|CG|{64615}^Chemodenervation migraine^C4|||1',
    'FT1|3|||20251102|20251102|CG|[36077]^Botulinum toxin 100U^LOCAL|||2',
  ].join('\n'),
});

// ── 25. Physician medical report e-mailed to a foreign insurer (free text), text layer ──
const medReport = lines({
  id: 's61-mrep',
  kind: 's61-medical-report-email-to-insurer',
  before: 'RE: Medical report for your member 01742 — request for approval',
  text: [
    'Dear Dr. Hamdan, your member (ID [01742]) has Morton neuroma of the 3rd web space, left foot.',
    'After two steroid injections ({64455}) with only short relief, I recommend chemical neurolysis,',
    'i.e. {64632}, in three sessions four weeks apart. If this fails, excision {28080} would follow.',
    'Clinic: 1200 Brickell Ave, Suite 900, Miami FL [33131]. Our tax id and W-9 are attached.',
    'Kind regards, Dr. R. Alvarez — ref. file [97526]',
  ].join('\n'),
});

// ── 26. DOH resubmission note after a denial, text layer ──
const resub = lines({
  id: 's61-resub',
  kind: 's61-doh-resubmission-comment',
  before: 'Resubmission — Type: correction — Claim AUH-53064-7',
  text: [
    '<Resubmission><Type>correction</Type><Comment>Activity 2 code {64612} denied MNEC-004;',
    'attached photos and neurologist note; the toxin is not for cosmetic use. Activity 1 {64714} paid.',
    'Correcting activity 5 from {95886} to {95885} (limited study). Prior approval [78642] enclosed.',
    '</Comment><Attachment>[02812].pdf</Attachment></Resubmission>',
  ].join('\n'),
});

// ── 27. Medical tourism price comparison page (USD, no sign) ──
const priceCompare = table({
  id: 's61-cmp',
  kind: 's61-medtourism-price-comparison',
  caption: 'Compare prices abroad (USD, typical all-inclusive)',
  headers: ['Procedure', 'CPT', 'USA', 'Mexico', 'Thailand', 'Turkey'],
  rows: [
    ['Knee replacement', '{27447}', '[48324]', '[14500]', '[15200]', '[11800]'],
    ['Hip replacement', '{27130}', '[45175]', '[13900]', '[14800]', '[11200]'],
    ['Sciatic nerve release', '{64712}', '[32000]', '9800', '8900', '7400'],
    ['Gastric sleeve', '{43775}', '[19000]', '4900', '9500', '4100'],
    ['Lumbar plexus release', '{64714}', '[36500]', '[11200]', '9900', '8200'],
    ['Cataract (one eye)', '{66984}', '[17800]', '2400', '2900', '1900'],
  ],
});

// ── 28. International patient invoice ──
const intlInvoice = table({
  id: 's61-inv',
  kind: 's61-international-patient-invoice',
  caption: 'Tax Invoice — TRN 100227781400003 — Invoice [64632] — Patient from Oman',
  headers: ['Line', 'Service code', 'Description', 'Qty', 'Rate', 'Amount'],
  rows: [
    ['1', '{64714}', 'Lumbar plexus neuroplasty', '1', '[11980]', '[11980]'],
    ['2', '{01180}', 'Anaesthesia', '1', '2100', '2100'],
    ['3', '[41592]', 'Private room (per day)', '3', '1500', '4500'],
    ['4', '{99232}', 'Inpatient follow-up', '3', '350', '1050'],
  ],
});

// ── 29. Coding audit sheet for international claims (vague headers) ──
const auditSheet = table({
  id: 's61-audit',
  kind: 's61-coding-audit-international-claims',
  caption: 'Q3 coding audit — international desk — sample of 6 encounters',
  headers: ['Enc', 'Billed', 'Audited', 'Var', 'Note'],
  rows: [
    ['[14271]', '{64712}', '{64712}', '0', 'Agree'],
    ['[15796]', '{64714}', '{64712}', '1', 'Op note: sciatic, not plexus'],
    ['[29448]', '{64445}', '{64447}', '1', 'Femoral per note'],
    ['[33904]', '{64612}', '{64612}', '0', 'Agree; units documented'],
    ['[06772]', '{64632}', '{64455}', '1', 'Injection only, no neurolytic'],
    ['[27815]', '{64445}', '{64445}', '0', 'Agree'],
    ['[27903]', '{64714}', '{64714}', '0', 'Agree; op note clear'],
  ],
});

// ── 30. Facility directory (decoy only), text layer ──
const directory = lines({
  id: 's61-dir',
  kind: 's61-network-facility-directory',
  before: 'Network directory — Dubai & Northern Emirates',
  text: [
    'Parkview Specialty Hospital — Al Barsha South — DHA licence [64612] — P.O. Box [64632]',
    'City Hospital — Dubai Healthcare City — licence [69186] — Tel 04 435 9999',
    'Al Zahra Hospital Sharjah — MOHAP licence [22069] — P.O. Box 3499',
    'Royal Hospital — Khalifa City — DOH licence MF[07658] — P.O. Box [35233]',
  ].join('\n'),
});

// ── 31. Visa-support appointment letter (decoy heavy), text layer ──
const visaLetter = lines({
  id: 's61-visa',
  kind: 's61-visa-support-appointment-letter',
  before: 'Houston Methodist — Global Health Care Services — To the Consular Officer',
  text: [
    'Re: Medical visa support — patient Ms. A. Rahman, passport P4451287',
    'Appointment: 6565 Fannin St, Houston TX [77030], on 11/18/2025 with Dr. K. Lee (neurosurgery).',
    'Expected treatment: evaluation ({99205}) and possible sciatic neuroplasty ({64712}).',
    'Estimated cost deposit received: [25000] USD, receipt no. [64445].',
    'Global Health reference [30152]; companion: one.',
  ].join('\n'),
});

// ── 32. e-claim validation errors returned by the post office (portal list), text layer ──
const validation = lines({
  id: 's61-valid',
  kind: 's61-eclaim-validation-error-list',
  before: 'Upload result — file CS_20251103_0931.xml — 3 claims rejected by validation',
  text: [
    'Claim [40872]-A, activity 2: code {64632} requires Type 3, found Type 8 — correct and resubmit',
    'Claim [40872]-A, activity 4: Quantity 0 not allowed for {64445}',
    'Claim [40915]-B: MemberID not found for payer A001 (card [86613])',
    'Claim [40921]-C, activity 1: {64712} clinician licence expired; clinician DHA-P-0744418',
    'Batch [31109]: 3 of 12 claims rejected. Next upload window 14:00.',
  ].join('\n'),
});

// ── 33. Medical tourism facilitator case tracker (vague headers) ──
const caseTracker = table({
  id: 's61-cases',
  kind: 's61-facilitator-case-tracker-grid',
  caption: 'Open cases — November',
  headers: ['Case', 'Country', 'Code', 'Hospital', 'Quote', 'Stage'],
  rows: [
    ['[29612]', 'Kenya', '{64712}', 'Bumrungrad', '[14900]', 'Flights booked'],
    ['[29187]', 'Nigeria', '{27447}', 'Apollo Chennai', '6800', 'Quote sent'],
    ['[29203]', 'Canada', '{64612}', 'Clínica San Rafael', '1450', 'Deposit paid'],
    ['[29240]', 'UK', '{63047}', 'Acibadem', '9200', 'Records review'],
  ],
});

export const sealed61: Snippet[] = [
  ...dhaSubmission,
  ...dohRemit,
  ...activityGrid,
  ...ksaPreauth,
  ...qaPaStatus,
  ...aedTariff,
  ...pkgQuote,
  ...pkgItems,
  ...guarantee,
  ...sponsorAnnex,
  ...travelClaim,
  ...itemized,
  ...travelEob,
  ...quebecFees,
  ...latamTariff,
  ...itinerary,
  ...discharge,
  ...opReport,
  ...hotel,
  ...flight,
  ...labCatalogue,
  ...remitGrid,
  ...paJson,
  ...hl7,
  ...medReport,
  ...resub,
  ...priceCompare,
  ...intlInvoice,
  ...auditSheet,
  ...directory,
  ...visaLetter,
  ...validation,
  ...caseTracker,
];
