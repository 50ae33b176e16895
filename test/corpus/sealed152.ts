import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 152 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s152-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too (64713, 64555, 64575, 64590, 64595, 64640, 64624, 64910, 64912, 01250, 76942, 95970, …).
 * Decoys are what a hospital supply chain prints next to those codes: item master numbers, vendor numbers,
 * requisition, OR case, invoice and RGA numbers, lot numbers (also inside GS1 UDI strings), implant serials, ZIPs of
 * the hospital and the vendors, lockbox and PO boxes, GPO contract and tier numbers, cost centers and GL accounts,
 * bin locations, VAC request numbers, recall and credit memo numbers, and amounts written without a comma in CSV,
 * EDI and HL7 (11925.00). About a third of the decoys are numbers of the synthetic 10,000-code set (KNOWN_10K): the
 * hospital's ZIP 63701, the vendors' ZIPs, the nerve wrap's item master number, the conduit's, the GPO contract,
 * the OR cost center, the vendor's remit department, lockbox and ZIP, a GPO member id, a consignment bin, a preference
 * card supply item, a charge rule and an IT ticket. The five known codes' digits come back as decoys: the nerve wrap vendor's ZIP 64445 and
 * vendor number 64612, a bill-only requisition 64714, an invoice 64632, a consignment bin B-64712, a VAC request
 * 64445, a recall event 64632-R, an RGA 64712 and a credit memo 64445-C.
 *
 * Family: a (fictional) hospital's supply chain around bill-only implants and tissue for peripheral-nerve procedures
 * (sciatic neuroplasty with a collagen nerve wrap, lumbar plexus neuroplasty, Morton's neuroma cryoneurolysis with
 * a consigned cryo probe, an implanted peripheral nerve stimulator lead and generator, and a clinic facial
 * chemodenervation with no implant): the paper and ERP bill-only requisition, the OR implant log, the intraoperative
 * nursing record and implant sticker sheet, the item master record and CSV export, the GPO price file, the vendor's
 * catalog page and reimbursement guide, the purchase order (PDF and X12 850), the invoice (PDF and X12 810), the AP
 * three-way match exceptions, the value analysis committee request, cost grid and minutes, the UDI scan log, raw GS1
 * scans and a GUDID lookup, the charge capture reconciliation report and its work queue, the CDM implant lines, the
 * patient's itemized statement, the vendor's consignment inventory report and usage email, the rep's case email and
 * check-in log, a cycle count, a surgical case cost report, a preference card, the OR schedule, FHIR and HL7 views,
 * a field safety notice with the recall patient match, a return goods authorization, a chat between the OR implant
 * coordinator and the charge analyst, a GPO tier letter, a credit memo, the charge router's implant-required rule
 * table, the vendor's reimbursement FAQ and a bill-only spend dashboard.
 * Built on real public layouts: hospital bill-only / implant requisition forms (surgeon, case date, patient label
 * box, vendor rep signature, catalog and lot, "attach implant stickers"), Infor/Lawson and Workday item master and
 * requisition screens, GPO contract price files, the X12 850 and 810 segment layouts (BEG, N1/N4, PO1, IT1, TDS),
 * HL7 v2 DFT^P03 FT1 segments, FHIR R4 Procedure and Device with udiCarrier, GS1 application identifiers (01)(17)
 * (10)(21), the FDA GUDID device record, FDA-style field safety notices, vendor coding and reimbursement guides
 * (CPT, APC, status indicator, national rates), and charge capture reconciliation reports matching implant log
 * entries to revenue code 0278 charges and CPT lines. The others are written the way those pages read, with no
 * single source.
 *
 * 394 labelled tokens over 44 shapes: 169 codes, 225 decoys, 83 of the decoys in KNOWN_10K.
 */

// Larkspur Valley Medical Center (LVMC), 1800 Sycamore Ridge Pkwy, Larkspur, MO 63701.
// Axiom Neuroregen (nerve wraps, conduits): vendor 64612, Hollister Ridge, MO 64445. Helix Neuromod (PNS): vendor
// 10751, Minnetonka, MN 55344. Frostline Medical (cryo probes, consigned): vendor 11372, Redwood City, CA 94062.
// Items: 10482 NeuroSleeve NS-2040 $3,975.00 (charge $11,925.00); 10504 NeuroSleeve NS-3060 $5,480.00 (charge
// $16,440.00); 11223 Frostline FL-190-3 probe $1,150.00 (charge $3,450.00); 11446 Helix lead HX-L45 $6,200.00
// (charge $18,600.00); 11878 Helix IPG HX-G2 $18,900.00 (charge $56,700.00).
// Cases: A 03/04/2026 Whitacre, left sciatic neuroplasty 64712 + wrap NS-2040 lot 24117, case 70331.
//        B 03/05/2026 Finch-Amador, lumbar plexus neuroplasty 64714 + NS-3060 lot 25031 (an NS-2040 lot 24117
//          opened and wasted), case 70348.
//        C 03/06/2026 Perlstein, cryoneurolysis 3rd interspace right foot 64632, probe FL-190-3, case 70358.
//        D 03/09/2026 Oduya, sciatic PNS: lead 64575 + generator 64590, case 70363.
//        E 03/10/2026 Castellanos, clinic chemodenervation facial nerve 64612 (no implant).
//        F 03/11/2026 Brennan-Holt, right sciatic neuroplasty 64712 + NS-2040 lot 24118, case 70376.

// ── 1. Bill-only requisition form, paper form scanned to a PDF text layer (case A) ──
const reqForm = lines({
  id: 's152-reqform',
  kind: 's152-bill-only-requisition-form-text',
  before: 'LARKSPUR VALLEY MEDICAL CENTER — BILL ONLY / IMPLANT REQUISITION — Materials Management Form MM-114',
  text: [
    'Req. no. [64714]   Date of surgery: 03/04/2026   OR case no. [70331]   Room: OR 7',
    'Patient: WHITACRE, DOLORES   MRN 00418833   Acct 7700918234   DOB on label',
    'Surgeon: Ansel Pike, MD   Procedure: Neuroplasty sciatic nerve, left   CPT {64712}-LT',
    'Vendor: Axiom Neuroregen, Inc.   Vendor no. [64612]   410 Quarry Lane, Hollister Ridge, MO [64445]',
    'Item: NeuroSleeve Nerve Protector 20 mm x 40 mm   Cat. NS-2040   LVMC item [10482]   Qty 1',
    'Lot [24117]   Exp 2028-11-30   Unit price $3,975.00   Contract MHPA no. [20512]',
    'Bill only [X]  Consignment [ ]  Loaner tray [ ]     Implanted [X]  Wasted [ ]',
    'Charge to cost center [30150] Main OR / GL [64210] Implants — bill only     Rev code 0278',
    'Rep signature: Kyle Sorensen (Axiom)   RN circulator: T. Mbeki, RN   Attach implant stickers on back',
  ].join('\n'),
});

// ── 2. Bill-only requisition lines, ERP requisition screen grid ──
const reqGrid = table({
  id: 's152-reqgrid',
  kind: 's152-bill-only-requisition-erp-line-grid',
  caption: 'Requisitions > Bill Only > Lines — Requester: OR Implant Coordinator (J. Alvarez) — Location LVMC-OR',
  headers: ['Req', 'Line', 'Vendor item', 'Description', 'Qty', 'UOM', 'Unit cost', 'Procedure'],
  rows: [
    ['[64714]', '1', 'NS-2040', 'NEUROSLEEVE NERVE PROTECTOR 20X40MM', '1', 'EA', '3975.00', '{64712}'],
    ['[64733]', '1', 'NS-3060', 'NEUROSLEEVE NERVE PROTECTOR 30X60MM', '1', 'EA', '5480.00', '{64714}'],
    ['[64733]', '2', 'NS-2040', 'NEUROSLEEVE 20X40MM — OPENED, NOT IMPLANTED', '1', 'EA', '3975.00', '{64714}'],
    ['[64761]', '1', 'HX-L45', 'HELIX PNS LEAD 45CM 8-CONTACT', '1', 'EA', '6200.00', '{64575}'],
    ['[64761]', '2', 'HX-G2', 'HELIX IPG RECHARGEABLE', '1', 'EA', '[18900].00', '{64590}'],
    ['[64790]', '1', 'NS-2040', 'NEUROSLEEVE NERVE PROTECTOR 20X40MM', '1', 'EA', '3975.00', '{64712}'],
  ],
});

// ── 3. OR implant log in the intraoperative record, EHR grid (case D) ──
const implantLog = table({
  id: 's152-implantlog',
  kind: 's152-or-implant-log-grid',
  caption: 'Implant Log — ODUYA, TERRENCE — 03/09/2026 — OR 4 — Case [70363] — Procedures: {64575}, {64590}',
  headers: ['Implant', 'Manufacturer', 'Catalog #', 'Lot/Serial', 'Site', 'Action', 'Qty', 'Linked proc'],
  rows: [
    [
      'Helix PNS lead 45 cm',
      'Helix Neuromod',
      'HX-L45',
      'Lot HL2509 / SN [58213]',
      'Sciatic nerve, L thigh',
      'Implanted',
      '1',
      '{64575}',
    ],
    ['Helix IPG HX-G2', 'Helix Neuromod', 'HX-G2', 'SN HXG2-0044871', 'L buttock pocket', 'Implanted', '1', '{64590}'],
    ['Lead anchor 2-pk', 'Helix Neuromod', 'HX-A2', 'Lot [31874]', 'L thigh', 'Implanted', '1', '{64575}'],
    ['Tunneling tool', 'Helix Neuromod', 'HX-T40', 'Lot HT2510', '—', 'Used, not implanted', '1', '{64590}'],
  ],
});

// ── 4. Intraoperative nursing record, implant and waste documentation (case B) ──
const nursing = lines({
  id: 's152-nursing',
  kind: 's152-intraop-nursing-record-implant-text',
  before: 'Intraoperative Record — FINCH-AMADOR, GERALD — 03/05/2026 — OR 7 — Case 70348',
  text: [
    'Procedure(s): Neuroplasty, lumbar plexus, right ({64714}); surgeon Pike, A.; anesthesia GA + lumbar plexus',
    'catheter (anesthesia records {64449} separately). Case no. [70348]; bill-only req [64733].',
    '09:42 Implant opened: NeuroSleeve NS-2040 lot [24117] (item [10482]) — surgeon requested larger size after',
    '      exposure; product not implanted, WASTED, reason code W3 "size change". Rep K. Sorensen present.',
    '09:47 Implant opened: NeuroSleeve NS-3060 lot [25031] (item [10504]) — implanted around lumbar plexus.',
    '10:31 Counts correct x2. Implant stickers placed on bill-only requisition and implant record.',
    'Charge note: only NS-3060 to be charged on {64714}; waste to be credited per Axiom waste policy (RGA).',
  ].join('\n'),
});

// ── 5. Implant sticker sheet (record of implant labels), PDF text layer (case A) ──
const stickers = lines({
  id: 's152-stickers',
  kind: 's152-implant-sticker-sheet-text',
  before: 'IMPLANT RECORD — place manufacturer labels below — WHITACRE, D — 03/04/2026',
  text: [
    'REF NS-2040   NeuroSleeve™ Nerve Protector 20 mm x 40 mm   STERILE R   Single use',
    'LOT [24117]   USE BY 2028-11-30   QTY 1',
    '(01)00850012345203(17)281130(10)[24117]',
    'Axiom Neuroregen, Inc., Hollister Ridge, MO [64445] USA   Rx only',
    'Procedure: {64712} LT   Surgeon Pike   Case [70331]   Verified by T. Mbeki, RN',
  ].join('\n'),
});

// ── 6. Item master record, ERP screen (key: value) ──
const itemMaster = lines({
  id: 's152-itemmaster',
  kind: 's152-item-master-record-screen-text',
  before: 'Item Master — Maintain Item — Company 100 LVMC',
  text: [
    'Item: [10482]   Description: NEUROSLEEVE NERVE PROTECTOR 20X40MM   Status: Active — Bill Only',
    'Manufacturer: AXIOM NEUROREGEN   Mfr cat no.: NS-2040   GTIN: 00850012345203   UNSPSC: 42295400',
    'Primary vendor: [64612] AXIOM NEUROREGEN INC   Vendor cat no.: NS-2040   Buy UOM: EA   Stock: No',
    'Contract: MHPA [20512] tier 2   Contract price: 3975.00   Last PO price: 3975.00   Avg cost: 3975.00',
    'Chargeable: Y   Charge code: 27800482   Rev code: 0278   HCPCS: C1763   Charge: [11925].00',
    'Typical procedures (VAC approval [64445]): {64712}, {64713}, {64714}, {64708}',
    'Account: [64210] Implants bill-only   Cost center default: [30150]   Implant tracking: Lot + UDI required',
  ].join('\n'),
});

// ── 7. Item master CSV export (category: nerve implants) ──
const itemCsv = lines({
  id: 's152-itemcsv',
  kind: 's152-item-master-csv-export-text',
  before: 'item_master_nerve_implants_20260301.csv',
  text: [
    'item,descr,mfr_cat,uom,contract_price,charge_code,rev,hcpcs,charge_amt,bill_only,vac_cpt',
    '[10482],NEUROSLEEVE 20X40MM,NS-2040,EA,3975.00,27800482,0278,C1763,[11925].00,Y,{64712}',
    '[10504],NEUROSLEEVE 30X60MM,NS-3060,EA,5480.00,27800503,0278,C1763,[16440].00,Y,{64714}',
    '[10712],AXOBRIDGE CONDUIT 2.0X30MM,AB-2030,EA,2640.00,27800712,0278,C1763,7920.00,Y,{64910}',
    '[11223],FROSTLINE SMART TIP FL-190-3,FL-190-3,EA,1150.00,27201222,0272,,3450.00,N,{64632}',
    '[11446],HELIX PNS LEAD 45CM,HX-L45,EA,6200.00,27801445,0278,C1778,[18600].00,Y,{64575}',
    '[11878],HELIX IPG HX-G2 RECHARGEABLE,HX-G2,EA,[18900].00,27801877,0278,C1820,[56700].00,Y,{64590}',
  ].join('\n'),
});

// ── 8. GPO contract price file, grid ──
const priceFile = table({
  id: 's152-pricefile',
  kind: 's152-gpo-contract-price-file-grid',
  caption: 'Meridian Health Purchasing Alliance — Contract [20512] Nerve Repair & Protection — Member LVMC — Tier 2',
  headers: ['Mfr cat', 'Description', 'UOM', 'Tier 1', 'Tier 2', 'Tier 3', 'Eff. date', 'Category code'],
  rows: [
    [
      'NS-2040',
      'NeuroSleeve Nerve Protector 20x40mm',
      'EA',
      '$4,180.00',
      '$3,975.00',
      '$3,790.00',
      '01/01/2026',
      '[42295]',
    ],
    [
      'NS-3060',
      'NeuroSleeve Nerve Protector 30x60mm',
      'EA',
      '$5,760.00',
      '$5,480.00',
      '$5,225.00',
      '01/01/2026',
      '[42295]',
    ],
    ['AB-2030', 'AxoBridge Conduit 2.0x30mm', 'EA', '$2,780.00', '$2,640.00', '$2,515.00', '01/01/2026', '[42294]'],
    ['Admin fee', '3.0% of net sales, remitted quarterly', '', '', '', '', 'Contract term', '[20512]-R2'],
  ],
});

// ── 9. Vendor catalog ordering page, PDF text layer ──
const catalog = lines({
  id: 's152-catalog',
  kind: 's152-vendor-catalog-ordering-page-text',
  before: 'Axiom Neuroregen 2026 Product Catalog — page 14 — NeuroSleeve™ Nerve Protector',
  text: [
    'Ordering information   REF NS-1020 (10x20mm)  NS-2040 (20x40mm)  NS-3060 (30x60mm)  Box of 1, sterile',
    'Typical procedures: external neurolysis / neuroplasty of major peripheral nerves — sciatic ({64712}),',
    'brachial plexus ({64713}), lumbar plexus ({64714}); ulnar nerve at elbow ({64718}); median nerve at carpal',
    'tunnel ({64721}). For nerve repair with conduit see AxoBridge, page 16 ({64910}).',
    'Customer Service: 1-800-555-0187, orders@axiomneuro.example   Axiom Neuroregen, Inc.',
    '410 Quarry Lane, Hollister Ridge, MO [64445]   Remit: Dept [30118], PO Box [30302], Atlanta, GA [30348]',
    'Literature no. AXN-MKT-[14402] Rev C   ©2026 Axiom Neuroregen. CPT® is a registered trademark of the AMA.',
  ].join('\n'),
});

// ── 10. Vendor reimbursement guide (PNS), grid ──
const reimbGuide = table({
  id: 's152-reimbguide',
  kind: 's152-vendor-reimbursement-coding-guide-grid',
  caption:
    'Helix Neuromod — 2026 Peripheral Nerve Stimulation Coding & Reimbursement Guide — Hospital Outpatient (OPPS)',
  headers: ['CPT® code', 'Descriptor (abbrev.)', 'APC', 'SI', 'National rate', 'Device HCPCS'],
  rows: [
    ['{64555}', 'Perc implant neuroelectrode; peripheral nerve', '5462', 'J1', '$7,310.64', 'C1778'],
    ['{64575}', 'Open implant neuroelectrode; peripheral nerve', '5463', 'J1', '$12,418.50', 'C1778'],
    ['{64590}', 'Insert/replace periph/gastric neurostim pulse generator', '5464', 'J1', '$27,506.07', 'C1820'],
    ['{64595}', 'Revise/remove periph/gastric neurostim pulse generator', '5461', 'Q2', '$3,954.10', '—'],
    ['{64585}', 'Revise/remove peripheral neuroelectrode', '5461', 'Q2', '$3,954.10', '—'],
    ['{95970}', 'Electronic analysis, no programming', '5734', 'Q1', '$118.22', '—'],
    ['{95971}', 'Electronic analysis, simple programming', '5742', 'S', '$131.05', '—'],
  ],
});

// ── 11. Purchase order (bill-only replenishment PO), PDF text layer (case A) ──
const poPdf = lines({
  id: 's152-popdf',
  kind: 's152-purchase-order-pdf-text',
  before: 'PURCHASE ORDER 4500218731 — Larkspur Valley Medical Center — THIS PO IS FOR BILL ONLY, DO NOT SHIP',
  text: [
    'Vendor: [64612]  Axiom Neuroregen, Inc., 410 Quarry Lane, Hollister Ridge, MO [64445]',
    'Ship to: LVMC Receiving Dock B, 1800 Sycamore Ridge Pkwy, Larkspur, MO [63701]',
    'Order date 03/04/2026   Requisition [64714]   Buyer: R. Castille   Terms: Net 45   GPO contract [20512]',
    'Line 1   Item [10482]   NS-2040 NeuroSleeve Nerve Protector 20x40mm   1 EA   3,975.00   3,975.00',
    'Case reference: Pike / 03/04/2026 / OR case [70331] / lot [24117] / procedure {64712}',
    'Total: $3,975.00   Invoice must reference PO number and lot. Questions: purchasing 573-555-0120.',
  ].join('\n'),
});

// ── 12. X12 850 bill-only purchase order, EDI text ──
const x850 = lines({
  id: 's152-x850',
  kind: 's152-x12-850-bill-only-po-text',
  before: 'EDI outbound — 850 — GHX exchange — interchange 000004417',
  text: [
    'ST*850*0417~BEG*00*BK*4500218755**20260305~REF*IA*[64612]~REF*CO*[70348]~PER*BD*R CASTILLE*TE*5735550120~',
    'N1*ST*LARKSPUR VALLEY MEDICAL CENTER*91*LVMC-DOCKB~N3*1800 SYCAMORE RIDGE PKWY~N4*LARKSPUR*MO*[63701]~',
    'N1*VN*AXIOM NEUROREGEN INC*92*[64612]~N4*HOLLISTER RIDGE*MO*[64445]~',
    'PO1*1*1*EA*5480**VC*NS-3060*IN*[10504]*LT*[25031]~',
    'PO1*2*1*EA*3975**VC*NS-2040*IN*[10482]*LT*[24117]~',
    'MSG*BILL ONLY CASE 03/05/26 PIKE PROC {64714} LINE 2 OPENED NOT IMPLANTED - WASTE CREDIT REQUESTED~',
    'CTT*2~SE*12*0417~',
  ].join('\n'),
});

// ── 13. Vendor invoice, PDF text layer (case A) ──
const invoice = lines({
  id: 's152-invoice',
  kind: 's152-vendor-invoice-pdf-text',
  before: 'AXIOM NEUROREGEN, INC. — INVOICE — 410 Quarry Lane, Hollister Ridge, MO 64445',
  text: [
    'Invoice no. [64632]   Invoice date 03/05/2026   Customer no. [41207]   Terms Net 45   Due 04/19/2026',
    'Sold to: Larkspur Valley Medical Center, Accounts Payable, PO Box [61842], Larkspur, MO [63701]',
    'Customer PO: 4500218731   Surgery date: 03/04/2026   Surgeon: Pike   Patient: initials D.W.',
    'REF NS-2040  NeuroSleeve Nerve Protector 20x40mm  LOT [24117]  Qty 1  Unit 3,975.00  Ext 3,975.00',
    'Subtotal 3,975.00   Freight 0.00   Tax 0.00 (exempt cert. [88314])   AMOUNT DUE $3,975.00',
  ].join('\n'),
});

// ── 14. X12 810 invoice, EDI text (case D) ──
const x810 = lines({
  id: 's152-x810',
  kind: 's152-x12-810-invoice-text',
  before: 'EDI inbound — 810 — from HELIX NEUROMOD LLC',
  text: [
    'ST*810*0092~BIG*20260310*90041872*20260309*4500218790~REF*VR*[10751]~',
    'N1*RE*HELIX NEUROMOD LLC~N3*2250 COBALT WAY~N4*MINNETONKA*MN*[55344]~',
    'N1*ST*LARKSPUR VALLEY MEDICAL CENTER~N4*LARKSPUR*MO*[63701]~',
    'IT1*1*1*EA*6200**VP*HX-L45*IN*[11446]*SN*[58213]~',
    'IT1*2*1*EA*[18900]**VP*HX-G2*IN*[11878]*SN*HXG2-0044871~',
    'IT1*3*1*EA*495**VP*HX-A2*LT*[31874]~',
    'TDS*2559500~CAD*M****FEDEX GROUND~CTT*3~SE*13*0092~',
  ].join('\n'),
});

// ── 15. AP three-way match exceptions, grid ──
const matchEx = table({
  id: 's152-matchex',
  kind: 's152-ap-three-way-match-exception-grid',
  caption: 'AP Match Exceptions — Bill Only — run 03/12/2026 — queue owner: Supply Chain Finance',
  headers: ['Invoice', 'Vendor', 'PO', 'Line', 'PO amt', 'Inv amt', 'Variance', 'Reason', 'Proc on case'],
  rows: [
    ['[64658]', '[64612]', '4500218755', '2', '3975.00', '3975.00', '0.00', 'WASTE — credit expected', '{64714}'],
    ['90041872', '[10751]', '4500218790', '3', '0.00', '495.00', '495.00', 'Item not on PO (anchor kit)', '{64575}'],
    ['[64703]', '[64612]', '4500218802', '1', '3975.00', '4180.00', '205.00', 'Price — tier 1 billed', '{64712}'],
    ['FM-26-0117', '[11372]', 'CONSIGN-MAR', '1', '1150.00', '1150.00', '0.00', 'No receipt (consignment)', '{64632}'],
  ],
});

// ── 16. Value analysis committee new product request form, text layer ──
const vacRequest = lines({
  id: 's152-vacreq',
  kind: 's152-vac-new-product-request-form-text',
  before: 'VALUE ANALYSIS COMMITTEE — NEW PRODUCT / TECHNOLOGY REQUEST — LVMC Supply Chain',
  text: [
    'VAC request no. [64445]   Submitted 11/14/2025   Requesting physician: Ansel Pike, MD (Neurosurgery)',
    'Product: NeuroSleeve Nerve Protector (Axiom Neuroregen) NS-1020 / NS-2040 / NS-3060',
    'Procedures in which it will be used (CPT): {64712} sciatic neuroplasty, {64714} lumbar plexus',
    'neuroplasty, {64713} brachial plexus neuroplasty; estimated 18 cases/year ({64712} about 12).',
    'Replaces / competes with: none on contract (currently no wrap; revision rate after {64712} alone cited)',
    'Reimbursement: device packaged under OPPS; no pass-through; MS-DRG 040–042 inpatient. Coding: {64712} + 0278.',
    'Is the product bill-only? Yes — vendor rep brings to case; vendor no. [64612]; GPO contract [20512].',
    'Department: Surgical Services, cost center [30150]   Budget impact year 1: $71,550   Conflict of interest: none',
  ].join('\n'),
});

// ── 17. VAC cost impact grid ──
const vacCost = table({
  id: 's152-vaccost',
  kind: 's152-vac-cost-impact-grid',
  caption: 'VAC [64445] — Financial impact by procedure (12-month projection, Medicare OPPS and commercial mix)',
  headers: ['CPT', 'Est. cases', 'Device cost/case', 'Annual device cost', 'Avg reimb/case', 'Margin impact'],
  rows: [
    ['{64712}', '12', '$3,975', '$47,700', '$9,870', '($47,700)'],
    ['{64714}', '3', '$5,480', '$16,440', '$11,210', '($16,440)'],
    ['{64713}', '3', '$2,470', '$7,410', '$9,870', '($7,410)'],
    ['Total', '18', '', '$71,550', '', '($71,550)'],
  ],
});

// ── 18. VAC meeting minutes, text layer ──
const vacMinutes = lines({
  id: 's152-vacmin',
  kind: 's152-vac-meeting-minutes-text',
  before: 'Value Analysis Committee — Minutes — January 13, 2026 — Conference Room 3B',
  text: [
    'Present: Dr. Pike, Dr. Haugland (Podiatry), J. Alvarez (OR), R. Castille (Purchasing), M. Ruiz (Revenue Integrity)',
    'Item 3. VAC [64445] NeuroSleeve — approved for {64712} and {64714} only; {64713} tabled pending data.',
    '  Revenue Integrity: wrap is packaged into {64712} under OPPS; charge it on rev 0278 so cost reports carry it.',
    'Item 4. VAC [64460] Frostline cryo probes (consignment) for {64632} and genicular {64624} — approved, 6-month',
    '  review; podiatry uses one probe per interspace. Probe is not billed separately; supply charge only.',
    'Item 5. VAC [64471] Helix PNS system — approved; bill-only, serial tracking; codes {64575} + {64590};',
    '  trial leads ({64555}) remain with the pain clinic. Next meeting 02/10/2026. Minutes file [20744].',
  ].join('\n'),
});

// ── 19. UDI scan log, grid ──
const udiLog = table({
  id: 's152-udilog',
  kind: 's152-udi-scan-log-grid',
  caption: 'UDI Scan Log — Main OR — 03/04/2026–03/11/2026 — scanner OR-HS-07',
  headers: ['Scan time', 'Case', 'Device identifier (01)', 'Lot (10)', 'Serial (21)', 'Expiry (17)', 'Result', 'Proc'],
  rows: [
    ['03/04 08:51', '[70331]', '00850012345203', '[24117]', '', '281130', 'Matched', '{64712}'],
    ['03/05 09:42', '[70348]', '00850012345203', '[24117]', '', '281130', 'Matched — WASTE', '{64714}'],
    ['03/05 09:47', '[70348]', '00850012345210', '[25031]', '', '290228', 'Matched', '{64714}'],
    ['03/06 13:05', '[70358]', '00860001920190', 'FL25-0917', '', '270831', 'Matched', '{64632}'],
    ['03/09 10:14', '[70363]', '00884500104521', 'HL2509', '[58213]', '280630', 'Matched', '{64575}'],
    ['03/11 07:58', '[70376]', '00850012345203', '[24118]', '', '281130', 'Matched', '{64712}'],
  ],
});

// ── 20. Raw GS1 barcode scans, scanner text log ──
const gs1 = lines({
  id: 's152-gs1',
  kind: 's152-gs1-barcode-raw-scan-text',
  before: 'scanner OR-HS-07 raw buffer (FNC1 shown as <GS>) — export for case 70363 and 70376',
  text: [
    ']C101008845001045211728063010HL2509<GS>2158213',
    ']C101008845001045381729103121HXG20044871<GS>',
    ']C10100850012345203172811301024118',
    ']C1010085001234520317281130(10)[24118] ⇒ parsed: GTIN 00850012345203, exp 2028-11-30, lot [24118]',
    'case [70376] proc {64712} RT — scan accepted; item [10482]; req [64790]',
  ].join('\n'),
});

// ── 21. FDA GUDID device lookup result, text layer ──
const gudid = lines({
  id: 's152-gudid',
  kind: 's152-gudid-device-lookup-text',
  before: 'AccessGUDID — Device Record — Primary DI 00850012345203',
  text: [
    'Brand Name: NeuroSleeve™ Nerve Protector   Version or Model: NS-2040   Company: AXIOM NEUROREGEN, INC.',
    'Company address: 410 Quarry Lane, Hollister Ridge, MO [64445]   DUNS 080455219',
    'GMDN term: Nerve cuff, collagen (GMDN code [47263])   FDA product code JXI   Premarket submission K213377',
    'Device characteristics: Lot or Batch Number controlled: Yes   Expiration Date controlled: Yes   Sterile: Yes',
    'Customer contact: 1-800-555-0187   Publish date 06/02/2022   Record version 4   Device count 1',
  ].join('\n'),
});

// ── 22. Charge capture reconciliation report, grid ──
const recon = table({
  id: 's152-recon',
  kind: 's152-charge-capture-reconciliation-grid',
  caption: 'Implant Charge Capture Reconciliation — Surgical Services — service dates 03/04/2026–03/11/2026',
  headers: ['Svc date', 'Case', 'CPT billed', 'Implant logged', 'Rev 0278 charge', 'Charge found', 'Status'],
  rows: [
    ['03/04/2026', '[70331]', '{64712}-LT', 'NS-2040 x1', '$11,925.00', 'Yes', 'Matched'],
    [
      '03/05/2026',
      '[70348]',
      '{64714}-RT',
      'NS-3060 x1 (+1 waste)',
      '$16,440.00',
      'Yes',
      'Matched — waste not charged',
    ],
    ['03/06/2026', '[70358]', '{64632}-RT', 'FL-190-3 x1', '$3,450.00 (0272)', 'Yes', 'Matched'],
    ['03/09/2026', '[70363]', '{64575}, {64590}', 'HX-L45, HX-G2', '$75,300.00', 'Yes', 'Matched'],
    ['03/10/2026', 'Clinic', '{64612}-50', 'None', '—', 'N/A', 'No implant expected'],
    ['03/11/2026', '[70376]', '{64712}-RT', 'NS-2040 x1', '$0.00', 'No', 'MISSING CHARGE'],
    ['03/04/2026', '[70331]', '{64445} (anes)', 'None', '—', 'N/A', 'Block — no supply'],
  ],
});

// ── 23. Charge reconciliation exception work queue, list text ──
const workQueue = lines({
  id: 's152-workqueue',
  kind: 's152-charge-recon-exception-workqueue-text',
  before: 'Revenue Integrity Work Queue: IMPLANT MISMATCH (3 items) — assigned to M. Ruiz',
  text: [
    '▸ Case [70376] 03/11/2026 BRENNAN-HOLT — implant log NS-2040 lot [24118], no 0278 charge; CPT {64712}-RT on',
    '  account. Action: add charge code 27800482 x1 $11,925.00; hold claim. Days in queue 1.',
    '▸ Case [70348] 03/05/2026 FINCH-AMADOR — two wraps logged, one charge on {64714}. Waste documented (W3).',
    '  Action: none, close as valid. Vendor credit tracked by Supply Chain (RGA [64712]).',
    '▸ Visit 03/10/2026 CASTELLANOS — {64612} with J0585 100 units; implant rule fired on 0636 line. False',
    '  positive; rule [11752] to be narrowed to neurostimulator and neuroplasty lines only. Close.',
  ].join('\n'),
});

// ── 24. Charge description master, implant lines, grid ──
const cdm = table({
  id: 's152-cdm',
  kind: 's152-cdm-implant-lines-grid',
  caption: 'CDM extract — department [30150] Surgery — implant and supply lines linked to nerve procedures',
  headers: ['Charge code', 'Description', 'Rev', 'HCPCS', 'Price', 'Expected with CPT'],
  rows: [
    ['27800482', 'NERVE PROTECTOR WRAP 20X40', '0278', 'C1763', '$11,925.00', '{64712}, {64713}'],
    ['27800503', 'NERVE PROTECTOR WRAP 30X60', '0278', 'C1763', '$16,440.00', '{64714}'],
    ['27800712', 'NERVE CONDUIT 2.0X30', '0278', 'C1763', '$7,920.00', '{64910}, {64911}'],
    ['27201222', 'CRYO PROBE NEUROLYSIS', '0272', '', '$3,450.00', '{64632}, {64640}, {64624}'],
    ['27801445', 'NEUROSTIM LEAD PERIPH', '0278', 'C1778', '$18,600.00', '{64575}, {64555}'],
    ['27801877', 'NEUROSTIM GENERATOR RECHG', '0278', 'C1820', '$56,700.00', '{64590}'],
  ],
});

// ── 25. Patient itemized statement, text layer (case A) ──
const itemized = lines({
  id: 's152-itemized',
  kind: 's152-patient-itemized-statement-text',
  before: 'LARKSPUR VALLEY MEDICAL CENTER — ITEMIZED STATEMENT — Account 7700918234 — WHITACRE, DOLORES',
  text: [
    'Date        Code       Rev   CPT/HCPCS   Description                               Qty   Amount',
    '03/04/2026  36000112   0360  {64712}     NEUROPLASTY MAJOR PERIPH NERVE SCIATIC LT   1   $9,614.00',
    '03/04/2026  27800482   0278  C1763       NERVE PROTECTOR WRAP 20X40                  1  $11,925.00',
    '03/04/2026  37000140   0370  {01250}     ANESTHESIA NERVES UPPER LEG 1ST 30 MIN      1   $1,180.00',
    '03/04/2026  37000355   0370  {64445}     NERVE BLOCK SCIATIC SINGLE                  1     $942.00',
    '03/04/2026  40200071   0402  {76942}     US GUIDANCE NEEDLE PLACEMENT                1     $488.00',
    'Please remit to LVMC Patient Financial Services, PO Box [61850], Larkspur, MO [63701]. Questions 573-555-0199.',
  ].join('\n'),
});

// ── 26. Vendor consignment inventory report, grid ──
const consignment = table({
  id: 's152-consign',
  kind: 's152-vendor-consignment-inventory-grid',
  caption: 'Frostline Medical — Consignment Inventory Report — Account [11372] Larkspur Valley MC — as of 03/31/2026',
  headers: ['Location', 'Bin', 'REF', 'Lot', 'On hand', 'Par', 'Used MTD', 'Case / procedure', 'Ext value'],
  rows: [
    ['Podiatry OR', 'B-[64712]', 'FL-190-3', 'FL25-0917', '4', '6', '2', '[70358] {64632}; 03/24 {64632}', '$4,600.00'],
    ['Pain clinic', 'PC-[20411]', 'FL-190-3', 'FL25-1002', '5', '6', '1', '03/18 {64640}', '$5,750.00'],
    ['Pain clinic', 'PC-[20411]', 'FL-190-6', 'FL25-0833', '2', '4', '2', '03/12 {64624} x2', '$2,600.00'],
    ['Main OR', 'B-[64718]', 'FL-190-3', 'FL26-0104', '3', '3', '0', '—', '$3,450.00'],
  ],
});

// ── 27. Consignment usage and replenishment email ──
const usageEmail = lines({
  id: 's152-usagemail',
  kind: 's152-consignment-usage-replenishment-email-text',
  before: 'From: Dana Whitlock <dwhitlock@frostlinemed.example>  To: OR Implant Coordinator  Subject: March usage',
  text: [
    'Hi Julia — attached is the March consignment usage for account [11372]. Please cut one PO for 5 probes:',
    '  03/06 case [70358] Perlstein, {64632} 3rd interspace R foot — FL-190-3 x1 (bin B-[64712])',
    '  03/12 pain clinic genicular {64624} — FL-190-6 x2; 03/18 pain clinic {64640} (superficial radial) x1',
    '  03/24 podiatry {64632} — FL-190-3 x1',
    'Usage invoice FM-26-0117 will follow; replenishment ships to 1800 Sycamore Ridge Pkwy, Larkspur, MO [63701].',
    'Frostline Medical, 800 Saltmarsh Rd, Redwood City, CA [94062] · Customer Care 1-888-555-0143',
  ].join('\n'),
});

// ── 28. Vendor rep case coverage email (bill-only sheet), text ──
const repEmail = lines({
  id: 's152-repemail',
  kind: 's152-rep-case-coverage-email-text',
  before: 'From: Kyle Sorensen <ksorensen@axiomneuro.example>  To: LVMC Bill Only  Date: Wed, 11 Mar 2026 16:20',
  text: [
    'Subject: Bill only — Pike — 03/11 — case [70376] — NS-2040',
    'Team, bill sheet for today attached. Dr. Pike, R sciatic neuroplasty ({64712}), NS-2040 x1, lot [24118],',
    'implanted. Please issue PO to vendor [64612] referencing contract [20512]; our order no. SO-[87112].',
    "Note: last week's lumbar plexus case ({64714}, 03/05) — the NS-2040 opened for sizing is covered under our",
    'waste policy; credit memo will reference RGA [64712]. Thanks! Kyle · Axiom Neuroregen · Hollister Ridge, MO [64445]',
  ].join('\n'),
});

// ── 29. Cycle count variance report, grid ──
const cycleCount = table({
  id: 's152-cyclecount',
  kind: 's152-consignment-cycle-count-variance-grid',
  caption:
    'Quarterly Consignment Cycle Count — Frostline acct [11372] — counted 03/31/2026 by D. Whitlock / J. Alvarez',
  headers: ['Bin', 'REF', 'Lot', 'System qty', 'Counted', 'Variance', 'Explanation'],
  rows: [
    ['B-[64712]', 'FL-190-3', 'FL25-0917', '5', '4', '-1', 'Used 03/24 {64632}, usage not scanned; added'],
    ['PC-[20411]', 'FL-190-6', 'FL25-0833', '2', '2', '0', ''],
    ['B-[64718]', 'FL-190-3', 'FL26-0104', '3', '3', '0', 'Count sheet [10594]'],
  ],
});

// ── 30. Surgical case cost report, grid ──
const caseCost = table({
  id: 's152-casecost',
  kind: 's152-surgical-case-cost-grid',
  caption: 'Case Costing — Surgeon: Pike, Ansel — Peripheral nerve procedures — Q1 2026',
  headers: [
    'Case',
    'Date',
    'Primary CPT',
    'Implant cost',
    'Supply cost',
    'OR minutes',
    'Total direct cost',
    'Net revenue',
  ],
  rows: [
    ['[70331]', '03/04/2026', '{64712}', '$3,975.00', '$612.40', '94', '$8,842.10', '$10,120.55'],
    ['[70348]', '03/05/2026', '{64714}', '$9,455.00', '$701.15', '121', '$14,388.75', '$11,604.30'],
    ['[70363]', '03/09/2026', '{64590}', '$25,595.00', '$845.90', '138', '$31,260.40', '$38,910.62'],
    ['[70376]', '03/11/2026', '{64712}', '$4,180.00', '$598.05', '88', '$8,901.00', 'pending'],
  ],
});

// ── 31. Surgical preference card, text layer ──
const prefCard = lines({
  id: 's152-prefcard',
  kind: 's152-surgeon-preference-card-text',
  before: 'PREFERENCE CARD — Pike, Ansel MD — NEUROPLASTY SCIATIC NERVE — Card 20871 rev 6',
  text: [
    'Procedure: Neuroplasty/external neurolysis, sciatic nerve   CPT {64712}   Also used for {64714}, {64713}',
    'Position: prone; bump under hip. Nerve stimulator (Checkpoint) open on request.',
    'HOLD (do not open): NeuroSleeve NS-2040 — BILL ONLY, rep brings — item [10482]; NS-3060 item [10504]',
    'Supplies: micro bipolar (item [31602]), vessel loops yellow (item [20468]), Penrose 1/4" (item [31618])',
    'Anesthesia: GA; regional block by anesthesia ({64445}) for post-op pain when ordered.',
  ].join('\n'),
});

// ── 32. OR schedule / case request grid ──
const schedule = table({
  id: 's152-schedule',
  kind: 's152-or-schedule-case-request-grid',
  caption: 'OR Schedule — Week of 03/09/2026 — Neurosurgery / Podiatry — implant requests flagged',
  headers: ['Date', 'Room', 'Case', 'Surgeon', 'Procedure', 'CPT', 'Implant / vendor', 'Rep notified'],
  rows: [
    ['03/09', 'OR 4', '[70363]', 'Pike', 'PNS lead + IPG, L sciatic', '{64575}, {64590}', 'Helix [10751]', 'Yes'],
    ['03/10', 'Clinic 2', 'Visit', 'Ortega', 'Chemodenervation, facial nerve, bilat', '{64612}', 'None', 'N/A'],
    ['03/11', 'OR 7', '[70376]', 'Pike', 'Neuroplasty sciatic, R', '{64712}', 'Axiom [64612]', 'Yes'],
    [
      '03/12',
      'OR 2',
      '[70381]',
      'Haugland',
      "Morton's neuroma cryo, L 3rd (resched. 03/24)",
      '{64632}',
      'Frostline consign.',
      'No (stock)',
    ],
    ['03/13', 'OR 7', '[70395]', 'Pike', 'Neuroplasty lumbar plexus, L', '{64714}', 'Axiom [64612]', 'Pending'],
  ],
});

// ── 33. Vendor rep credentialing check-in log, grid ──
const checkin = table({
  id: 's152-checkin',
  kind: 's152-vendor-rep-checkin-log-grid',
  caption: 'Vendor Credentialing — Check-in Log — Surgical Services entrance — 03/04/2026–03/11/2026',
  headers: ['Rep', 'Company', 'Check-in', 'Case / dept', 'Purpose'],
  rows: [
    ['Kyle Sorensen', 'Axiom Neuroregen', '03/04 07:12', '[70331] OR 7', 'Case support {64712}'],
    ['Kyle Sorensen', 'Axiom Neuroregen', '03/05 07:40', '[70348] OR 7', 'Case support {64714}'],
    ['Priya Banerjee', 'Helix Neuromod', '03/09 07:05', '[70363] OR 4', 'Programming {95970}'],
    ['Kyle Sorensen', 'Axiom Neuroregen', '03/11 06:58', '[70376] OR 7', 'Case support {64712}'],
  ],
});

// ── 34. FHIR R4 Procedure + Device view (EHR implant API), JSON text ──
const fhir = lines({
  id: 's152-fhir',
  kind: 's152-fhir-procedure-device-json-text',
  before: 'GET /fhir/R4/Procedure?patient=Patient/lvmc-7700918234&date=2026-03-04',
  text: [
    '{ "resourceType": "Procedure", "id": "proc-[70331]-1", "status": "completed",',
    '  "code": { "coding": [ { "system": "http://www.ama-assn.org/go/cpt", "code": "{64712}",',
    '    "display": "Neuroplasty, major peripheral nerve, arm or leg, open; sciatic nerve" } ] },',
    '  "bodySite": [ { "text": "left sciatic nerve" } ], "performedDateTime": "2026-03-04T08:37:00-06:00",',
    '  "focalDevice": [ { "action": { "text": "implanted" }, "manipulated": { "reference": "Device/dev-[24117]" } } ] }',
    '{ "resourceType": "Device", "id": "dev-[24117]", "lotNumber": "[24117]", "expirationDate": "2028-11-30",',
    '  "udiCarrier": [ { "deviceIdentifier": "00850012345203", "carrierHRF": "(01)00850012345203(17)281130(10)[24117]" } ],',
    '  "manufacturer": "Axiom Neuroregen, Inc.", "modelNumber": "NS-2040", "identifier": [ { "value": "[10482]" } ] }',
  ].join('\n'),
});

// ── 35. HL7 v2 DFT^P03 charge message, text ──
const hl7 = lines({
  id: 's152-hl7',
  kind: 's152-hl7-dft-charge-message-text',
  before: 'Interface monitor — OUTBOUND DFT^P03 — SurgicalSvc → PatientAccounting — msg 88123044',
  text: [
    'MSH|^~\\&|ORMGR|LVMC|PACCT|LVMC|202603111402||DFT^P03|88123044|P|2.5.1',
    'PID|1||00522907^^^LVMC^MR||BRENNAN-HOLT^SEAN||||||^^LARKSPUR^MO^[63701]',
    'PV1|1|O|OR7^^^LVMC||||1447281903^PIKE^ANSEL|||||||||||7700931156',
    'FT1|1|||20260311|20260311|CG|27800482^NERVE PROTECTOR WRAP 20X40^LVMCCDM||1|1||[11925].00|[30150]|||||||||||{64712}^NEUROPLASTY SCIATIC^CPT4',
    'FT1|2|||20260311|20260311|CG|36000112^OR LEVEL 3 FIRST 30 MIN^LVMCCDM||1|1||2140.00|[30150]|||||||||||{64712}^NEUROPLASTY SCIATIC^CPT4|RT',
    'ZIM|1|[10482]|NS-2040|[24118]|00850012345203|IMPLANTED',
  ].join('\n'),
});

// ── 36. Field safety notice / recall letter, text layer ──
const recall = lines({
  id: 's152-recall',
  kind: 's152-field-safety-recall-notice-text',
  before: 'URGENT: MEDICAL DEVICE RECALL — NeuroSleeve™ Nerve Protector — Axiom Neuroregen, Inc.',
  text: [
    'March 20, 2026   Recall event no. [64632]-R   Attention: Risk Management / Materials Management',
    'Affected product: REF NS-2040, lots [24117], [24118], [24120]; GTIN 00850012345203. Not affected: NS-1020, NS-3060.',
    'Issue: a sterile barrier seal defect was found on a small number of pouches in these lots.',
    'Implanted devices: no action is recommended for patients in whom the device was implanted (e.g. after {64712}',
    'or {64714}); the surgeon may choose to follow up. Do not use remaining stock; quarantine and return.',
    'Complete the response form and return to Axiom Neuroregen, 410 Quarry Lane, Hollister Ridge, MO [64445]',
    'or fax 1-816-555-0164 by 04/03/2026. Customer no. [41207]. FDA has been notified.',
  ].join('\n'),
});

// ── 37. Recall patient match (implant log search), grid ──
const recallMatch = table({
  id: 's152-recallmatch',
  kind: 's152-recall-patient-match-grid',
  caption: 'Recall Response Worksheet — event [64632]-R — implant log search REF NS-2040, lots [24117]/[24118]/[24120]',
  headers: ['Lot', 'Case', 'Date', 'Disposition', 'Procedure', 'Surgeon', 'Stock on hand'],
  rows: [
    ['[24117]', '[70331]', '03/04/2026', 'Implanted', '{64712}', 'Pike', '0'],
    ['[24117]', '[70348]', '03/05/2026', 'Opened, wasted', '{64714}', 'Pike', '0'],
    ['[24118]', '[70376]', '03/11/2026', 'Implanted', '{64712}', 'Pike', '0'],
    ['[24120]', '—', '—', 'Rep trunk stock', '—', '—', '1 (Sorensen), returned RGA [64790]'],
  ],
});

// ── 38. Return goods authorization (waste credit), text ──
const rga = lines({
  id: 's152-rga',
  kind: 's152-return-goods-authorization-text',
  before: 'AXIOM NEUROREGEN — RETURN GOODS AUTHORIZATION',
  text: [
    'RGA no. [64712]   Issued 03/09/2026   Customer [41207] Larkspur Valley Medical Center   Ship from ZIP [63701]',
    'Reason: opened, not implanted (sizing) — waste policy credit 100%   Original PO 4500218755   Invoice [64658]',
    'Line 1: NS-2040 lot [24117] qty 1 — product opened in case 03/05/2026 (lumbar plexus neuroplasty {64714}).',
    'Do not return product (opened, biohazard); provide waste documentation. Credit amount 3,975.00.',
    'Returns Dept., Axiom Neuroregen, 410 Quarry Lane, Dock 2, Hollister Ridge, MO [64445]',
  ].join('\n'),
});

// ── 39. Chat between the OR implant coordinator and the charge analyst, text ──
const chat = lines({
  id: 's152-chat',
  kind: 's152-implant-coordinator-chat-text',
  before: 'Teams — chat — Julia Alvarez (OR Implants), Marcos Ruiz (Revenue Integrity) — Thu 3/12',
  text: [
    'Marcos Ruiz 8:14 AM: Morning! [70376] from yesterday has {64712} RT but no wrap charge. Bill only came through?',
    'Julia Alvarez 8:16 AM: yes, req [64790], item [10482], lot [24118]. Rep emailed the sheet, PO going out today',
    "Julia Alvarez 8:17 AM: charge didn't drop because the scan was done after the case closed 🙄",
    'Marcos Ruiz 8:21 AM: ok adding 27800482 manually. Also the 3/10 Castellanos visit ({64612}) hit our implant',
    'rule again because of the J0585 line. Can you ask IT to exclude {64612}? ticket [88431]',
    'Julia Alvarez 8:24 AM: will do. FYI Frostline usage for {64632} case [70358] posted on 0272, you should see it',
  ].join('\n'),
});

// ── 40. GPO contract tier letter, text layer ──
const tierLetter = lines({
  id: 's152-tierletter',
  kind: 's152-gpo-contract-tier-letter-text',
  before: 'Meridian Health Purchasing Alliance — 3300 Commerce Blvd, Suite 900, Kansas City, MO 64108',
  text: [
    'February 2, 2026   Member: Larkspur Valley Medical Center, Larkspur, MO [63701]   Member ID [55113]',
    'Re: Contract [20512] (Nerve Repair & Protection) — tier activation',
    'Your facility has committed to tier 2 (12 or more units/year of NeuroSleeve for {64712}/{64714} cases) and',
    'pricing is effective 01/01/2026: NS-2040 $3,975.00, NS-3060 $5,480.00. Axiom vendor account [64612] updated.',
    'Please notify your buyer; invoices at tier 1 ($4,180.00) should be short-paid and disputed. Ref. [31990].',
  ].join('\n'),
});

// ── 41. Vendor credit memo, text layer ──
const creditMemo = lines({
  id: 's152-creditmemo',
  kind: 's152-vendor-credit-memo-text',
  before: 'AXIOM NEUROREGEN, INC. — CREDIT MEMO',
  text: [
    'Credit memo no. [64445]-C   Date 03/16/2026   Customer [41207]   Applies to invoice [64658]   RGA [64712]',
    'NS-2040 NeuroSleeve 20x40mm lot [24117], opened not implanted 03/05/2026 (case [70348], {64714})   -3,975.00',
    'Price adjustment invoice [64703] (tier 2 per contract [20512])   -205.00',
    'Total credit -4,180.00   Apply to open balance or request check; questions ar@axiomneuro.example',
  ].join('\n'),
});

// ── 42. Charge router rule configuration, implant-required procedures grid ──
const chargeRules = table({
  id: 's152-chargerules',
  kind: 's152-charge-router-implant-rule-config-grid',
  caption: 'Charge Router — Rule set IMPL-REQ v7 — procedures that must carry an implant or supply charge',
  headers: ['CPT', 'Short descriptor', 'Implant required', 'Expected rev', 'Expected HCPCS', 'Action if missing'],
  rows: [
    ['{64712}', 'Neuroplasty sciatic', 'If logged', '0278', 'C1763', 'Hold claim, WQ IMPLANT MISMATCH'],
    ['{64713}', 'Neuroplasty brachial plexus', 'If logged', '0278', 'C1763', 'Hold claim'],
    ['{64714}', 'Neuroplasty lumbar plexus', 'If logged', '0278', 'C1763', 'Hold claim'],
    ['{64910}', 'Nerve repair w/ synthetic conduit', 'Yes', '0278', 'C1763', 'Hold claim'],
    ['{64912}', 'Nerve repair w/ nerve allograft', 'Yes', '0278', '—', 'Hold claim'],
    ['{64555}', 'Perc implant neuroelectrode periph', 'Yes', '0278', 'C1778', 'Hold claim'],
    ['{64575}', 'Open implant neuroelectrode periph', 'Yes', '0278', 'C1778', 'Hold claim'],
    ['{64590}', 'Insert periph neurostim generator', 'Yes', '0278', 'C1820 or C1767', 'Hold claim'],
    ['{64632}', 'Destruction plantar digital nerve', 'Supply', '0272', '—', 'Warn only'],
    ['{64640}', 'Destruction other peripheral nerve', 'Supply', '0272', '—', 'Warn only'],
    ['{64612}', 'Chemodenervation facial nerve', 'No', '0636 (drug)', 'J0585', 'Exclude (v8)'],
    ['{64445}', 'Sciatic nerve block, single', 'No', '—', '—', 'Exclude'],
  ],
});

// ── 43. Vendor reimbursement FAQ page, text layer ──
const vendorFaq = lines({
  id: 's152-vendorfaq',
  kind: 's152-vendor-reimbursement-faq-text',
  before: 'Axiom Neuroregen — Reimbursement Support — Frequently Asked Questions (hospital outpatient, 2026)',
  text: [
    'Q: Is NeuroSleeve paid separately when used in a neuroplasty such as {64712} or {64714}?',
    'A: No. Under OPPS the wrap is packaged into the procedure ({64712}, {64713}, {64714}); report it on revenue',
    '   code 0278 so the cost is captured. There is no device-intensive status for CPT {64712}.',
    'Q: Can neuroplasty and nerve repair be reported together? A: When a nerve is repaired with AxoBridge ({64910})',
    '   the neuroplasty of the same nerve is not separately reported; {64712} with {64910} on one nerve is bundled.',
    'Q: What if the surgeon also performs a sciatic block? A: Anesthesia may report {64445} for post-op pain when',
    '   requested by the surgeon and documented; it does not affect the implant charge. Hotline 1-800-555-0188.',
  ].join('\n'),
});

// ── 44. Monthly bill-only spend by procedure, supply chain dashboard text ──
const dashboard = lines({
  id: 's152-dashboard',
  kind: 's152-bill-only-spend-dashboard-text',
  before: 'Supply Chain Analytics — Bill-Only Spend by Procedure — March 2026 — Surgical Services',
  text: [
    'CPT {64712} · 2 cases · implants $8,155.00 · charge capture 1 of 2 (fixed 3/12)',
    'CPT {64714} · 1 case · implants $9,455.00 incl. waste $3,975.00 (credit memo pending)',
    'CPT {64575} + {64590} · 1 case · implants $25,595.00 · serials tracked',
    'CPT {64632} · 2 cases · consignment probes $2,300.00 · no PO until usage invoice',
    'CPT {64612} · 3 visits · no implant (drug on pharmacy cost center [30151])',
    'Bill-only POs after surgery date: median 1.0 day; late POs: 1 (case [70376], {64712})',
  ].join('\n'),
});

export const sealed152: Snippet[] = [
  ...reqForm,
  ...reqGrid,
  ...implantLog,
  ...nursing,
  ...stickers,
  ...itemMaster,
  ...itemCsv,
  ...priceFile,
  ...catalog,
  ...reimbGuide,
  ...poPdf,
  ...x850,
  ...invoice,
  ...x810,
  ...matchEx,
  ...vacRequest,
  ...vacCost,
  ...vacMinutes,
  ...udiLog,
  ...gs1,
  ...gudid,
  ...recon,
  ...workQueue,
  ...cdm,
  ...itemized,
  ...consignment,
  ...usageEmail,
  ...repEmail,
  ...cycleCount,
  ...caseCost,
  ...prefCard,
  ...schedule,
  ...checkin,
  ...fhir,
  ...hl7,
  ...recall,
  ...recallMatch,
  ...rga,
  ...chat,
  ...tierLetter,
  ...creditMemo,
  ...chargeRules,
  ...vendorFaq,
  ...dashboard,
];
