import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 75 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s75-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too (drug administration 963xx/964xx, chemodenervation 6461x/6464x, EMG guidance 9587x, the
 * vaccine product codes of the ASP file). NDCs are written in 5-4-2 form, so each five-digit labeler segment is a
 * labelled decoy; the 11-digit unhyphenated NDCs of the X12 and NCPDP lines hold no five-digit token. About a third
 * of the decoys are numbers of the synthetic 10,000-code set (KNOWN_10K) used as item, encounter, referral, invoice,
 * account and authorization numbers, ZIPs, logger serials and dollar amounts. The five known codes' digits come back
 * as decoys: an inventory item number, a pharmacy group number, a prior authorization case number, a wholesaler
 * account, a GPO account, a ZIP, a logger serial, claim numbers, a remittance PO box, a chair-schedule appointment
 * and a recalled lot.
 *
 * Family: specialty pharmacy, infusion drug inventory and buy-and-bill around a neurology and pain practice: the CMS
 * NDC-HCPCS crosswalk, a practice's own drug-to-administration crosswalk, a drug inventory and lot-tracking screen,
 * a botulinum toxin administration log (64612/64615/64616/64617/64642-64647 with J0585/J0586/J0588 units and JW/JZ
 * wastage), a buy-and-bill claim line builder (drug line plus administration line) with its validation messages, the
 * 837P and 835 for it, an ASP pricing file excerpt and an ASP+6% margin worksheet, a specialty pharmacy referral
 * intake and queue, a pharmacy benefit prior authorization form and its ePA JSON, a wholesaler invoice, a 340B
 * split-billing report, NCPDP claim responses as text, a dispensing-cabinet HL7 charge and XML export, an ASC nerve
 * block drug log, an OR drug reconciliation, and decoy-only pages (a cold-chain temperature log, a pharmacy shipping
 * manifest, a drug recall notice).
 * Built on real public layouts: the CMS ASP NDC-HCPCS crosswalk columns (HCPCS, short description, labeler, NDC2,
 * drug name, HCPCS dosage, package size and quantity, bill units), the CMS quarterly ASP pricing file columns
 * (HCPCS code, short description, dosage, payment limit, co-insurance, vaccine AWP% and limit), the X12 837P
 * SV1/LIN/CTP drug-line loop and 835 SVC/CAS, the NCPDP D.0 B1 response (status, reject codes, additional message),
 * and an HL7 v2 DFT^P03 FT1 charge. The others are written the way those pages read, with no single source.
 *
 * 399 labelled tokens over 36 shapes: 150 codes, 249 decoys, 86 of the decoys in KNOWN_10K.
 */

// ── 1. CMS NDC-HCPCS crosswalk excerpt, table (decoy only) ──
const cmsCrosswalk = table({
  id: 's75-cmsxw',
  kind: 's75-cms-ndc-hcpcs-crosswalk-grid',
  caption: 'October 2025 ASP NDC-HCPCS Crosswalk (excerpt)',
  headers: [
    '_2025_CODE',
    'Short Description',
    'LABELER NAME',
    'NDC2 or Alternate ID',
    'Drug Name',
    'HCPCS dosage',
    'PKG SIZE',
    'PKG QTY',
    'BILLUNITS',
    'BILLUNITSPKG',
  ],
  rows: [
    [
      'J0585',
      'Injection,onabotulinumtoxina',
      'ALLERGAN, INC.',
      '[00023]-1145-01',
      'BOTOX',
      '1 UNIT',
      '100',
      '1',
      '100',
      '100',
    ],
    [
      'J0585',
      'Injection,onabotulinumtoxina',
      'ALLERGAN, INC.',
      '[00023]-3921-02',
      'BOTOX',
      '1 UNIT',
      '200',
      '1',
      '200',
      '200',
    ],
    [
      'J0586',
      'Abobotulinumtoxina',
      'IPSEN BIOPHARMACEUTICALS',
      '[15054]-0500-01',
      'DYSPORT',
      '5 UNITS',
      '300',
      '1',
      '60',
      '60',
    ],
    [
      'J0586',
      'Abobotulinumtoxina',
      'IPSEN BIOPHARMACEUTICALS',
      '[15054]-0530-06',
      'DYSPORT',
      '5 UNITS',
      '500',
      '1',
      '100',
      '100',
    ],
    [
      'J0587',
      'Rimabotulinumtoxinb',
      'SOLSTICE NEUROSCIENCES',
      '[10454]-0710-10',
      'MYOBLOC',
      '100 UNITS',
      '2500',
      '1',
      '25',
      '25',
    ],
    [
      'J0588',
      'Incobotulinumtoxin a',
      'MERZ PHARMACEUTICALS',
      '[00259]-1610-01',
      'XEOMIN',
      '1 UNIT',
      '100',
      '1',
      '100',
      '100',
    ],
    [
      'J1745',
      'Infliximab not biosimil 10mg',
      'JANSSEN BIOTECH',
      '[57894]-0030-01',
      'REMICADE',
      '10 MG',
      '100',
      '1',
      '10',
      '10',
    ],
    [
      'J2350',
      'Injection, ocrelizumab, 1 mg',
      'GENENTECH, INC.',
      '[50242]-0150-01',
      'OCREVUS',
      '1 MG',
      '300',
      '1',
      '300',
      '300',
    ],
    ['J2323', 'Natalizumab injection', 'BIOGEN', '[64406]-0008-01', 'TYSABRI', '1 MG', '300', '1', '300', '300'],
    ['J0897', 'Denosumab injection', 'AMGEN', '[55513]-0710-01', 'PROLIA', '1 MG', '60', '1', '60', '60'],
  ],
});

// ── 2. Practice drug-to-administration crosswalk, table ──
const practiceCrosswalk = table({
  id: 's75-pracxw',
  kind: 's75-practice-drug-admin-crosswalk-grid',
  caption: 'Buy-and-bill formulary — drug line and administration line to pair',
  headers: ['Drug', 'NDC (5-4-2)', 'HCPCS', 'Bill unit', 'Admin code', 'Notes'],
  rows: [
    [
      'Botox 100 U',
      '[00023]-1145-01',
      'J0585',
      '1 U',
      '{64612}',
      'Blepharospasm / hemifacial spasm; -50 if both sides',
    ],
    ['Botox 200 U', '[00023]-3921-02', 'J0585', '1 U', '{64615}', 'Chronic migraine, 155 U standard'],
    ['Botox 200 U', '[00023]-3921-02', 'J0585', '1 U', '{64616}', 'Cervical dystonia; add {95874} if EMG-guided'],
    ['Dysport 300 U', '[15054]-0500-01', 'J0586', '5 U', '{64642}', 'Limb spasticity; {64643} each addl extremity'],
    ['Xeomin 100 U', '[00259]-1610-01', 'J0588', '1 U', '{64612}', 'Blepharospasm (2nd line)'],
    ['Ocrevus 300 mg', '[50242]-0150-01', 'J2350', '1 mg', '{96365}', '+ {96366} per addl hour'],
    ['Remicade 100 mg', '[57894]-0030-01', 'J1745', '10 mg', '{96413}', 'Per payer; some want {96365}'],
    ['Exparel 266 mg', '[65250]-0266-09', 'C9290', '1 mg', '{64445}', 'ASC only, with sciatic block'],
    ['Prolia 60 mg', '[55513]-0710-01', 'J0897', '1 mg', '{96372}', 'Medical benefit only if Part B'],
  ],
});

// ── 3. Drug inventory and lot-tracking screen, table (decoy only) ──
const inventory = table({
  id: 's75-inv',
  kind: 's75-drug-inventory-lot-tracking-grid',
  caption: 'Inventory — Refrigerated specialty drugs — Northland Neurology (KC main)',
  headers: ['Item #', 'NDC', 'Product', 'Lot', 'Exp', 'On hand', 'Bin', 'Par'],
  rows: [
    ['[64612]', '[00023]-1145-01', 'Botox 100 U vial', 'C7215C3', '03/2027', '14', 'FR-2', '10'],
    ['[41207]', '[00023]-3921-02', 'Botox 200 U vial', 'C7355C4', '05/2027', '22', 'FR-2', '20'],
    ['[41213]', '[15054]-0500-01', 'Dysport 300 U', 'U[38571]', '11/2026', '4', 'FR-3', '4'],
    ['[41220]', '[00259]-1610-01', 'Xeomin 100 U', '[62114]', '08/2027', '6', 'Shelf 4', '4'],
    ['[52006]', '[50242]-0150-01', 'Ocrevus 300 mg/10 mL', '3452761', '02/2027', '8', 'FR-1', '6'],
    ['[52011]', '[64406]-0008-01', 'Tysabri 300 mg/15 mL', 'HC[40918]', '01/2027', '3', 'FR-1', '2'],
    ['[52019]', '[55513]-0710-01', 'Prolia 60 mg PFS', '1160933', '06/2027', '9', 'FR-3', '6'],
    ['[60334]', '[65250]-0266-09', 'Exparel 266 mg/20 mL', '24-[18830]', '10/2026', '12', 'ASC cab', '10'],
  ],
});

// ── 4. Lot usage detail, text layer ──
const lotUsage = lines({
  id: 's75-lotuse',
  kind: 's75-lot-usage-detail-text',
  before: 'Lot C7215C3 — Botox 100 U — usage history',
  text: [
    'Received 09/22/2025 on invoice [57106], 20 vials, inventory item [64612] (Botox 100 U)',
    '10/01 vial 1: 30 U to right orbicularis oculi, {64612}-RT; 70 U discarded, billed J0585-JW',
    '10/01 vial 2: 50 U bilateral, billed {64612}-50 with J0585 x50 and J0585-JW x50',
    '10/03 vial 3: returned to stock unopened (patient no-show, appt [30147])',
    '10/08 vial 4: 100 U for cervical dystonia, procedure {64616} + {95874}, J0585-JZ',
  ].join('\n'),
});

// ── 5. Botulinum toxin administration log, table ──
const botoxLog = table({
  id: 's75-btxlog',
  kind: 's75-botulinum-toxin-administration-log-grid',
  caption: 'Botulinum toxin administration log — October 2025',
  headers: ['Date', 'Acct', 'Indication', 'Proc', 'Guidance', 'Drug', 'Given', 'Wasted', 'Mod', 'Lot'],
  rows: [
    ['10/01', '[77214]', 'Blepharospasm R', '{64612}', '—', 'J0585', '30', '70', 'JW', 'C7215C3'],
    ['10/01', '[77231]', 'Blepharospasm bilat', '{64612}-50', '—', 'J0585', '50', '50', 'JW', 'C7215C3'],
    ['10/02', '[77242]', 'Chronic migraine', '{64615}', '—', 'J0585', '155', '45', 'JW', 'C7355C4'],
    ['10/02', '[76893]', 'Cervical dystonia', '{64616}', '{95874}', 'J0585', '200', '0', 'JZ', 'C7355C4'],
    ['10/06', '[77302]', 'Spasticity, RUE + RLE', '{64642}, {64643}', '{95873}', 'J0586', '100', '0', 'JZ', 'U[38571]'],
    ['10/07', '[77318]', 'Spasmodic dysphonia', '{64617}', 'incl.', 'J0585', '5', '95', 'JW', 'C7215C3'],
    ['10/08', '[77325]', 'Hemifacial spasm L', '{64612}', '—', 'J0588', '25', '75', 'JW', '[62114]'],
    ['10/09', '[77349]', 'Sialorrhea', '{64611}', '{76942}', 'J0588', '100', '0', 'JZ', '[62114]'],
  ],
});

// ── 6. Chemodenervation procedure note, text layer ──
const procNote = lines({
  id: 's75-procnote',
  kind: 's75-chemodenervation-procedure-note-text',
  before: 'Procedure note — Northland Neurology — 10/01/2025',
  text: [
    'Procedure: chemodenervation of muscles innervated by the facial nerve, right (CPT {64612}).',
    'Agent: onabotulinumtoxinA 100 U vial, NDC [00023]-1145-01, lot C7215C3, diluted with 2 mL saline.',
    'Injected 30 U total (orbicularis oculi 6 sites); 70 U discarded per single-dose vial policy.',
    'Charges: {64612}-RT x1; J0585 x30; J0585-JW x70. No EMG guidance used.',
    'Return 12 weeks. Office: 7900 Prospect Ave, Suite 210, Kansas City MO [64132].',
  ].join('\n'),
});

// ── 7. JW/JZ wastage reconciliation, table ──
const wastage = table({
  id: 's75-waste',
  kind: 's75-jw-jz-wastage-reconciliation-grid',
  caption: 'Single-dose vial wastage reconciliation — JW / JZ audit — Q3',
  headers: ['Svc', 'Drug HCPCS', 'Vial', 'Administered', 'Discarded', 'Modifier', 'Claim #'],
  rows: [
    ['{64612}', 'J0585', '100 U', '30', '70', 'JW', '[35503]'],
    ['{64612}', 'J0588', '100 U', '40', '60', 'JW', '[35508]'],
    ['{64616}', 'J0585', '200 U', '200', '0', 'JZ', '[35535]'],
    ['{64615}', 'J0585', '200 U', '155', '45', 'JW', '[35540]'],
    ['{64644}', 'J0586', '500 U', '500', '0', 'JZ', '[35561]'],
    ['{46505}', 'J0585', '100 U', '25', '75', 'JW', '[35574]'],
    ['{52287}', 'J0585', '200 U', '100', '100', 'JW', '[64612]'],
  ],
});

// ── 8. Buy-and-bill claim line builder, table ──
const claimBuilder = table({
  id: 's75-builder',
  kind: 's75-buy-and-bill-claim-line-builder-grid',
  caption: 'Claim builder — drug line + administration line',
  headers: ['Ln', 'DOS', 'POS', 'Code', 'Mod', 'Dx ptr', 'NDC', 'Units', 'Charge'],
  rows: [
    ['1', '10/01/2025', '11', '{64612}', 'RT', 'A', '', '1', '410.00'],
    ['2', '10/01/2025', '11', 'J0585', '', 'A', '[00023]-1145-01', '30', '210.00'],
    ['3', '10/01/2025', '11', 'J0585', 'JW', 'A', '[00023]-1145-01', '70', '490.00'],
    ['4', '10/01/2025', '11', '{99214}', '25', 'B', '', '1', '185.00'],
  ],
});

// ── 9. Claim builder validation messages, text layer ──
const builderChecks = lines({
  id: 's75-checks',
  kind: 's75-claim-builder-validation-messages-text',
  before: 'Validation (4 lines) — payer UnitedHealthcare Community Plan',
  text: [
    '✔ Line 1 {64612}: drug line present (J0585) with NDC and N4 qualifier.',
    '✔ Lines 2–3: administered 30 + discarded 70 = 100 = package size of [00023]-1145-01.',
    '⚠ Line 4 {99214}-25: documentation of a separate E/M is required when billed with a procedure.',
    '✔ Payer ID [87726]; billing provider ZIP [64132]; rendering NPI 1285736104.',
    'ⓘ Group number [76409] not on file for this member — verified by phone, ref [90418].',
  ].join('\n'),
});

// ── 10. Infusion claim preview (second builder view), table ──
const infusionClaim = table({
  id: 's75-infclaim',
  kind: 's75-infusion-claim-preview-grid',
  caption: 'Claim preview — Ocrevus maintenance infusion — POS 11',
  headers: ['#', 'Billed code', 'Description', 'NDC', 'Qty', 'Amount'],
  rows: [
    ['1', 'J2350', 'Ocrelizumab 1 mg', '[50242]-0150-01', '600', '[39600].00'],
    ['2', '{96365}', 'IV infusion, initial hour', '', '1', '325.00'],
    ['3', '{96366}', 'IV infusion, each addl hour', '', '3', '270.00'],
    ['4', '{96375}', 'IV push, sequential (premeds)', '', '2', '120.00'],
    ['5', 'J1200', 'Diphenhydramine up to 50 mg', '[63323]-0664-01', '1', '12.00'],
    ['6', 'J2930', 'Methylprednisolone up to 125 mg', '[00009]-0047-22', '1', '18.00'],
    ['', '', 'Total', '', '', '[40345].00'],
  ],
});

// ── 11. 837P drug and administration lines, X12 text ──
const x12 = lines({
  id: 's75-x12',
  kind: 's75-x12-837p-drug-admin-loop-text',
  before: 'Outbound 837P — batch 1014 — claim view',
  text: [
    'NM1*PR*2*UNITEDHEALTHCARE COMMUNITY PLAN*****PI*[87726]~',
    'N3*PO BOX [30555]~',
    'N4*SALT LAKE CITY*UT*[84130]~',
    'SBR*P*18*[76409]******MC~',
    'CLM*A[77214]*1295***11:B:1*Y*A*Y*Y~',
    'LX*1~',
    'SV1*HC:{64612}:RT*410*UN*1***1~',
    'LX*2~',
    'SV1*HC:J0585*210*UN*30***1~',
    'LIN**N4*00023114501~',
    'CTP****30*UN~',
    'LX*3~',
    'SV1*HC:J0585:JW*490*UN*70***1~',
    'LIN**N4*00023114501~',
    'LX*4~',
    'SV1*HC:{99214}:25*185*UN*1***2~',
    'N4*KANSAS CITY*MO*641322231~',
  ].join('\n'),
});

// ── 12. CMS quarterly ASP pricing file excerpt, CSV text ──
const aspFile = lines({
  id: 's75-asp',
  kind: 's75-asp-pricing-file-csv-text',
  before: 'October 2025 ASP Pricing File — payment allowance limits for Medicare Part B drugs',
  text: [
    'HCPCS Code,Short Description,HCPCS Code Dosage,Payment Limit,Co-insurance Percentage,Vaccine AWP%,Vaccine Limit',
    'J0585,Injection,onabotulinumtoxina,1 UNIT,6.872,20,,',
    'J0586,Abobotulinumtoxina,5 UNITS,9.121,20,,',
    'J0588,Incobotulinumtoxin a,1 UNIT,5.310,20,,',
    'J1745,Infliximab not biosimil 10mg,10 MG,40.129,20,,',
    'J2350,Injection ocrelizumab 1 mg,1 MG,57.245,20,,',
    '{90662},Iiv no prsv increased ag im,0.7 ML,,0,95,77.343',
    '{90686},Iiv4 vacc no prsv 0.5 ml im,0.5 ML,,0,95,21.916',
    '{90677},Pcv20 vaccine im,0.5 ML,,0,95,261.401',
    '{90732},Ppsv23 vacc 2 yrs+ subq/im,0.5 ML,,0,95,127.308',
    '{90739},Hepb vacc 2 dose adult im,0.5 ML,,0,95,139.992',
  ].join('\n'),
});

// ── 13. ASP+6% margin worksheet, table ──
const marginSheet = table({
  id: 's75-margin',
  kind: 's75-asp-plus-six-margin-worksheet-grid',
  caption: 'Buy-and-bill margin — ASP + 6% vs. acquisition (per administration)',
  headers: ['HCPCS', 'Drug', 'Units/dose', 'Allowed/dose', 'Acq. cost/dose', 'Margin', 'Admin CPT'],
  rows: [
    ['J2350', 'Ocrevus 600 mg', '600', '[36408].20', '[34911].00', '1497.20', '{96365}'],
    ['J9271', 'Keytruda 200 mg', '200', '[11893].46', '[11420].00', '473.46', '{96413}'],
    ['J1300', 'Soliris 900 mg', '90', '[19800].12', '[18960].00', '840.12', '{96365}'],
    ['J1745', 'Remicade 400 mg', '40', '1701.47', '1655.00', '46.47', '{96413}'],
    ['J0585', 'Botox 155 U', '155', '1129.07', '1071.15', '57.92', '{64615}'],
    ['J0585', 'Botox 30 U (+70 JW)', '100', '728.43', '691.00', '37.43', '{64612}'],
    ['C9290', 'Exparel 266 mg', '266', '—', '335.00', 'packaged', '{64445}'],
  ],
});

// ── 14. Specialty pharmacy referral intake, text layer ──
const referral = lines({
  id: 's75-referral',
  kind: 's75-specialty-pharmacy-referral-intake-text',
  before: 'Specialty Pharmacy — New Referral Intake',
  text: [
    'Referral ID: SPR-[58214]   Received 10/06/2025 09:14 via e-fax   Priority: standard',
    'Patient: Jordan M. Reyes   DOB 04/17/1979   Ship-to ZIP [64114]   Phone 816-555-0147',
    'Prescriber: Anita Shah, MD (Neurology)   NPI 1285736104   Fax 816-555-0190',
    'Drug: Botox 200 U vial   NDC [00023]-3921-02   Qty 1 vial every 12 weeks   Refills 3',
    'Dx G43.709 chronic migraine; clinic administers and bills {64615} under the medical benefit',
    'Rx insurance: BIN 610014   PCN MEDDPRIME   Group [64632]   Member ID W284771930',
    'Rx # 7041125   Delivery: white-bag to 7900 Prospect Ave Ste 210, Kansas City MO [64132]',
  ].join('\n'),
});

// ── 15. Specialty pharmacy referral queue, table ──
const referralQueue = table({
  id: 's75-refq',
  kind: 's75-specialty-referral-queue-grid',
  caption: 'Intake queue — open referrals — sorted by received',
  headers: ['Referral', 'Patient ZIP', 'Drug', 'Site of care', 'Admin', 'Payer', 'Status'],
  rows: [
    ['SPR-[58214]', '[64114]', 'Botox 200 U', 'Office', '{64615}', 'Medicaid MCO', 'BV in progress'],
    ['SPR-[58220]', '[66062]', 'Botox 100 U', 'Office', '{64612}', 'Medicare', 'Ready to ship'],
    ['SPR-[58227]', '[64151]', 'Xeomin 100 U', 'Office', '{64616}', 'Commercial', 'PA pending'],
    ['SPR-[58231]', '[66212]', 'Ocrevus 300 mg', 'Infusion center', '{96365}', 'Commercial', 'Brown-bag refused'],
    ['SPR-[58246]', '[64068]', 'Eylea 2 mg', 'Retina clinic', '{67028}', 'Medicare', 'Buy-and-bill; cancel'],
    ['SPR-[58252]', '[64055]', 'Prolia 60 mg', 'Home', 'self-inj', 'Part D', 'Copay card applied'],
  ],
});

// ── 16. Pharmacy benefit prior authorization form, text layer ──
const paForm = lines({
  id: 's75-paform',
  kind: 's75-pharmacy-benefit-prior-auth-form-text',
  before: 'PRIOR AUTHORIZATION REQUEST — Specialty Medications (Pharmacy Benefit)',
  text: [
    'Plan: Meridian Rx   BIN 610097   PCN 9999   Group [45126]   Fax 1-877-555-0111',
    'Member ID 8820417735   Case # PA-2025-[64714]   Urgent: No',
    'Medication: onabotulinumtoxinA (Botox) 200 units   NDC [00023]-3921-02   Qty 200 U / 84 days',
    'Diagnosis: G24.3 spasmodic torticollis   Prior sessions 03/2025, 06/2025',
    'Administered in prescriber office? Yes. Procedure code(s): {64616} with EMG guidance {95874}',
    'Has the patient been treated for blepharospasm ({64612}) with this drug? No',
    'Prescriber: Anita Shah, MD, 2300 Holmes St, Kansas City MO [64108]   DEA on file',
  ].join('\n'),
});

// ── 17. ePA submission JSON, text layer ──
const epaJson = lines({
  id: 's75-epa',
  kind: 's75-epa-submission-json-text',
  before: 'ePA request payload (portal developer view)',
  text: [
    '{',
    '  "caseId": "PA-2025-[64714]",',
    '  "plan": { "bin": "610097", "pcn": "9999", "group": "[45126]" },',
    '  "medication": { "ndc": "00023392102", "hcpcs": "J0585", "quantity": 200, "unit": "UN" },',
    '  "administration": { "placeOfService": "11", "procedureCodes": ["{64616}", "{95874}"] },',
    '  "prescriber": { "npi": "1285736104", "postalCode": "[64108]" },',
    '  "determination": { "status": "APPROVED", "authNumber": "[51342]", "expires": "2026-10-09" }',
    '}',
  ].join('\n'),
});

// ── 18. Wholesaler invoice header, text layer ──
const invoiceHead = lines({
  id: 's75-invhead',
  kind: 's75-wholesaler-invoice-header-text',
  before: 'Midland Specialty Distribution — INVOICE',
  text: [
    'Invoice [90417]   Date 10/02/2025   Terms 2% 30, net 31   Page 1 of 1',
    'Customer account [64712]   Customer PO [20931]   Sales rep territory 14',
    'Ship to: Northland Neurology PA, 7900 Prospect Ave Ste 210, Kansas City MO [64132]',
    'Remit to: Midland Specialty Distribution, PO Box [74651], Chicago IL [60673]',
    'Cold chain: 2 insulated shippers, logger IDs on manifest',
  ].join('\n'),
});

// ── 19. Wholesaler invoice lines, table (decoy only) ──
const invoiceLines = table({
  id: 's75-invlines',
  kind: 's75-wholesaler-invoice-lines-grid',
  caption: 'Invoice detail',
  headers: ['Item', 'NDC', 'Description', 'Qty', 'Unit cost', 'Extended'],
  rows: [
    ['[30423]', '[00023]-1145-01', 'BOTOX 100U VL', '10', '690.95', '6909.50'],
    ['[30426]', '[00023]-3921-02', 'BOTOX 200U VL', '6', '1381.90', '8291.40'],
    ['[31077]', '[50242]-0150-01', 'OCREVUS 300MG/10ML', '4', '[16350].00', '[65400].00'],
    ['[31085]', '[64406]-0008-01', 'TYSABRI 300MG/15ML', '2', '7480.62', '[14961].24'],
    ['[33512]', '[65250]-0266-09', 'EXPAREL 266MG/20ML', '10', '335.00', '3350.00'],
    ['', '', 'Invoice total', '', '', '[98912].14'],
  ],
});

// ── 20. 340B split-billing report, table ──
const split340b = table({
  id: 's75-340b',
  kind: 's75-340b-split-billing-report-grid',
  caption: '340B split-billing — mixed-use area — encounters 10/01–10/07',
  headers: ['Encounter', 'NDC', 'HCPCS', 'Svc', 'Payer class', 'Acct', 'Status'],
  rows: [
    ['[71529]', '[00023]-1145-01', 'J0585', '{64612}', 'Medicare', '340B', 'Accumulated'],
    ['[71550]', '[57894]-0030-01', 'J1745', '{96413}', 'Medicaid FFS', 'WAC', 'Carve-out'],
    ['[71551]', '[50242]-0150-01', 'J2350', '{96365}', 'Commercial', '340B', 'Accumulated'],
    ['[71557]', '[65250]-0266-09', 'C9290', '{64445}', 'Medicare', '340B', 'Accumulated'],
    ['[71570]', '[10454]-0710-10', 'J0587', '{64616}', 'Commercial', '340B', 'Accumulated'],
    ['[71594]', '[00009]-3073-03', 'J1040', '{64712}', 'Medicare', 'GPO', 'Inpatient — excluded'],
    ['[71598]', '[00003]-0293-05', 'J3301', '{64714}', 'Medicaid MCO', 'WAC', 'Carve-out'],
    ['[71605]', '[63323]-0285-30', 'J2795', '{64632}', 'Commercial', '340B', 'Accumulated'],
  ],
});

// ── 21. 340B report summary, text layer ──
const summary340b = lines({
  id: 's75-340bsum',
  kind: 's75-340b-split-billing-summary-text',
  before: 'Summary — 340B mixed-use accumulator',
  text: [
    'Encounters reviewed: 214; eligible outpatient: 187; Medicaid carve-out: 19; inpatient excluded: 8',
    'Botox 100 U accumulator: 1.3 packages (from {64612} encounters); order on 340B account [48812]',
    'Exparel accumulator reached 1 package from sciatic blocks ({64445}); replenish on 340B account',
    'Exception: encounter [71594] billed {64712} in OR; drug from GPO account [64445] — no replenishment',
    'Carve-out check: Medicaid provider ID [10933] listed on the Medicaid Exclusion File this quarter',
  ].join('\n'),
});

// ── 22. NCPDP B1 reject response, text layer ──
const ncpdpReject = lines({
  id: 's75-ncpdprej',
  kind: 's75-ncpdp-b1-reject-response-text',
  before: 'Claim response — NCPDP D.0 — transaction 1 of 1',
  text: [
    'Header: Version D0   Trans Code B1   BIN 004336   PCN ADV   Svc Prov ID 1942345678 (01)   DOS 20251014',
    'Response status: R (Rejected)   Reject count 2',
    'Reject codes: 75 Prior Authorization Required; 70 Product/Service Not Covered',
    'Product ID 00023114501 (qual 03)   Rx 7041126   Fill 00   Qty 100.000   Days 84',
    "Add'l msg: DRUG COVERED UNDER MEDICAL BENEFIT WHEN ADMINISTERED IN OFFICE; BILL J0585 WITH {64612}",
    'Help desk 1-800-555-0123   Plan group [31862]   Ref [62704]',
  ].join('\n'),
});

// ── 23. NCPDP B1 paid response, text layer (decoy only) ──
const ncpdpPaid = lines({
  id: 's75-ncpdppaid',
  kind: 's75-ncpdp-b1-paid-response-text',
  before: 'Claim response — NCPDP D.0 — paid',
  text: [
    'Response status: P (Paid)   Authorization number [80462]   BIN 610014   PCN MEDDPRIME',
    'Product ID 55513071001 (qual 03)   Rx 7041302   Qty 1.000 EA   Days 180',
    'Ingredient cost paid 1582.41   Dispensing fee 1.75   Patient pay 47.00   Total paid 1537.16',
    'Other payer: copay assistance BIN 610020 PCN PDMI Group [99971]   Member [46822]',
    'Msg: next fill eligible 04/10/2026; ship-to ZIP [64055]',
  ].join('\n'),
});

// ── 24. Cold-chain temperature log, table (decoy only) ──
const tempLog = table({
  id: 's75-templog',
  kind: 's75-cold-chain-temperature-log-grid',
  caption: 'Refrigerator temperature log — drug storage — 2 to 8 °C',
  headers: ['Unit', 'Logger S/N', 'Date', 'AM °C', 'PM °C', 'Min', 'Max', 'Excursion ticket'],
  rows: [
    ['FR-1', '[64445]', '10/06', '4.1', '4.6', '3.8', '5.2', '—'],
    ['FR-2', '[24903]', '10/06', '4.4', '4.9', '3.9', '5.5', '—'],
    ['FR-3', '[24911]', '10/06', '5.0', '8.7', '4.6', '9.3', '[10487]'],
    ['FR-1', '[64445]', '10/07', '4.2', '4.5', '3.7', '5.0', '—'],
    ['FR-3', '[24911]', '10/07', '4.8', '5.1', '4.4', '5.6', 'closed [10487]'],
  ],
});

// ── 25. Pharmacy shipping manifest, text layer (decoy only) ──
const manifest = lines({
  id: 's75-manifest',
  kind: 's75-pharmacy-shipping-manifest-text',
  before: 'Outbound manifest — Specialty Pharmacy — cold-chain ground',
  text: [
    'Manifest [26613]   Pickup 10/07 16:30   Carrier account [53378]   Shippers: 4',
    'Order [81542] → J. Reyes, Kansas City MO [64114]   1 box, gel packs x4, logger [24930]',
    'Order [81547] → R. Whitt, Elmo MO [64445]   1 box, gel packs x4, logger [24931]',
    'Order [81553] → Northland Neurology (white bag), Kansas City MO [64132]   2 boxes',
    'Order [81560] → M. Ortiz, Overland Park KS [66212]   1 box, signature required',
  ].join('\n'),
});

// ── 26. Dispensing cabinet charge, HL7 DFT text ──
const hl7 = lines({
  id: 's75-hl7',
  kind: 's75-hl7-dft-cabinet-charge-text',
  before: 'Interface monitor — DFT^P03 from dispensing cabinet',
  text: [
    'MSH|^~\\&|RXCAB|NORTHLAND|PM|NORTHLAND|20251001103212||DFT^P03|[48211]|P|2.5.1',
    'PID|1||4408123^^^MRN||REYES^JORDAN||19790417|F|||7900 PROSPECT AVE^^KANSAS CITY^MO^[64132]',
    'FT1|1|||20251001|20251001|CG|J0585^ONABOTULINUMTOXINA 1 UNIT^HCPCS|||30||||||||||G24.5|||{64612}^CHEMODENERV FACIAL NERVE^C4',
    'FT1|2|||20251001|20251001|CG|J0585^ONABOTULINUMTOXINA 1 UNIT^HCPCS|||70|||||||||||||||JW',
    'ZRX|1|[00023]-1145-01^BOTOX 100 UNIT^NDC|C7215C3|[64612]',
  ].join('\n'),
});

// ── 27. Drug charge export, XML text ──
const xml = lines({
  id: 's75-xml',
  kind: 's75-drug-charge-export-xml-text',
  before: 'Drug charge export (XML) — nightly to billing',
  text: [
    '<DrugCharge id="[58840]">',
    '  <NDC>[00023]-1145-01</NDC><HCPCS>J0585</HCPCS><Units>30</Units><Wasted modifier="JW">70</Wasted>',
    '  <LinkedProcedure code="{64612}" modifier="RT"/><CostCenter>[40120]</CostCenter>',
    '</DrugCharge>',
    '<DrugCharge id="[58841]">',
    '  <NDC>[65250]-0266-09</NDC><HCPCS>C9290</HCPCS><Units>266</Units>',
    '  <LinkedProcedure code="{64445}"/><CostCenter>[40135]</CostCenter>',
    '</DrugCharge>',
  ].join('\n'),
});

// ── 28. Injection and infusion charge sheet, table ──
const chargeSheet = table({
  id: 's75-chargesheet',
  kind: 's75-injection-infusion-charge-sheet-grid',
  caption: 'Infusion & injection suite — charge sheet (circle all that apply)',
  headers: ['✓', 'Item', 'Description', 'Fee'],
  rows: [
    ['☐', '{96365}', 'IV infusion, ther/proph/diag; initial, up to 1 hr', '325'],
    ['☐', '{96366}', 'each additional hour', '90'],
    ['☐', '{96367}', 'additional sequential infusion, new drug', '140'],
    ['☐', '{96372}', 'Ther/proph/diag injection, SC or IM', '45'],
    ['☐', '{96374}', 'IV push, single or initial drug', '110'],
    ['☐', '{96413}', 'Chemo/complex biologic IV infusion, up to 1 hr', '390'],
    ['☐', '{96415}', 'each additional hour', '95'],
    ['☐', '{64612}', 'Chemodenervation, facial nerve, unilateral', '410'],
    ['☐', '{64615}', 'Chemodenervation for chronic migraine', '410'],
    ['☐', '{95874}', 'Needle EMG guidance for chemodenervation', '140'],
    ['☐', '{96360}', 'IV hydration, initial, 31 min to 1 hr', '150'],
    ['☐', '{96361}', 'IV hydration, each additional hour', '45'],
    ['☐', '{96375}', 'IV push, each additional sequential new drug', '60'],
    ['☐', '{96401}', 'Chemo admin, SC/IM, non-hormonal', '120'],
    ['☐', '{96409}', 'Chemo admin, IV push, single or initial', '160'],
    ['☐', '{64616}', 'Chemodenervation, neck muscles, unilateral', '390'],
    ['☐', '{64617}', 'Chemodenervation, larynx, unilateral', '420'],
    ['☐', '{64642}', 'Chemodenervation, one extremity, 1–4 muscles', '360'],
    ['☐', '{64643}', 'each additional extremity, 1–4 muscles', '240'],
    ['☐', '{95873}', 'Electrical stimulation guidance for chemodenervation', '130'],
    ['☐', 'J0585', 'OnabotulinumtoxinA, per 1 unit', '7'],
    ['☐', 'J0586', 'AbobotulinumtoxinA, per 5 units', '10'],
  ],
});

// ── 29. Coding policy memo for toxin and drug lines, text layer ──
const codingMemo = lines({
  id: 's75-memo',
  kind: 's75-toxin-coding-policy-memo-text',
  before: 'Coding memo — botulinum toxin and buy-and-bill drug lines',
  text: [
    '1. Report {64612} once per side; when both sides are injected, append -50 rather than billing two lines.',
    '2. {64615} is one unit per session whatever the dose; never add {64612} or {64616} on the same date.',
    '3. Needle EMG guidance ({95874}) may be added to {64612} and {64616}; it is included in {64617}.',
    '4. Drug line first, then the procedure; JW on the discarded units, JZ when nothing is discarded.',
    '5. Alcohol neurolysis of a plantar digital nerve is {64632}; the dehydrated alcohol goes on J3490 with NDC.',
    '6. Limbs: {64642}/{64643} for 1–4 muscles, {64644}/{64645} for 5 or more; trunk is {64646} or {64647}.',
    '7. See the MAC botulinum toxin LCD L[33646] and billing article A[56472] for covered diagnoses.',
  ].join('\n'),
});

// ── 30. Payer remittance for buy-and-bill claim, X12 835 text ──
const remit835 = lines({
  id: 's75-835',
  kind: 's75-x12-835-buy-and-bill-remit-text',
  before: 'ERA 835 — UnitedHealthcare Community Plan — check detail',
  text: [
    'N1*PR*UNITEDHEALTHCARE COMMUNITY PLAN~N3*PO BOX [64712]~N4*SALT LAKE CITY*UT*[84130]~',
    'CLP*A[77214]*1*1295*899.67*0*MC*[64612]~',
    'SVC*HC:{64612}:RT*410*212.47**1~CAS*CO*45*197.53~',
    'SVC*HC:J0585*210*206.16**30~CAS*CO*45*3.84~',
    'SVC*HC:J0585:JW*490*481.04**70~CAS*CO*45*8.96~',
    'SVC*HC:{99214}:25*185*0**1~CAS*CO*97*185~',
  ].join('\n'),
});

// ── 31. Infusion chair schedule, table ──
const chairSchedule = table({
  id: 's75-chairs',
  kind: 's75-infusion-chair-schedule-grid',
  caption: 'Infusion center — chair schedule — Tuesday 10/14',
  headers: ['Chair', 'Time', 'Appt', 'Therapy', 'Code', 'Auth #', 'Acquisition'],
  rows: [
    ['1', '08:00', '[64632]', 'Ocrevus 600 mg', '{96365}', '[51877]', 'Buy-and-bill'],
    ['2', '08:30', '[30170]', 'Remicade 400 mg', '{96413}', '[52016]', 'Buy-and-bill'],
    ['3', '09:00', '[30176]', 'Tysabri 300 mg', '{96365}', '[52101]', 'White bag'],
    ['4', '09:15', '[30181]', 'Prolia 60 mg', '{96372}', '—', 'Buy-and-bill'],
    ['2', '13:00', '[30192]', 'IVIG 40 g', '{96365}, {96366}', '[52133]', 'Specialty pharmacy'],
  ],
});

// ── 32. Benefits investigation summary, table with a vague header ──
const benefitsInv = table({
  id: 's75-bv',
  kind: 's75-benefits-investigation-summary-grid',
  caption: 'Benefits investigation — J. Reyes — medical benefit',
  headers: ['Line', 'Ref', 'Covered', 'PA', 'Copay / coins.'],
  rows: [
    ['1', '{64615}', 'Yes', 'Yes, with drug', '20% after deductible'],
    ['2', 'J0585', 'Yes', 'Yes', '20%'],
    ['3', '{64612}', 'Yes', 'No', '20%'],
    ['4', '{64632}', 'Yes', 'No', '$40 specialist copay'],
    ['5', '{95874}', 'Yes', 'No', '20%'],
    ['6', 'Call ref', '', '', '[22317]-[44810]'],
  ],
});

// ── 33. ASC regional anesthesia drug log, table ──
const blockLog = table({
  id: 's75-blocklog',
  kind: 's75-asc-nerve-block-drug-log-grid',
  caption: 'ASC regional anesthesia drug log — liposomal bupivacaine and ropivacaine',
  headers: ['Case', 'Block', 'Drug', 'NDC', 'Given (mg)', 'Wasted (mg)', 'Billed code'],
  rows: [
    ['[71557]', 'Sciatic, popliteal', 'Exparel', '[65250]-0266-09', '133', '133', '{64445}'],
    ['[71574]', 'Sciatic, subgluteal', 'Ropivacaine 0.5%', '[63323]-0285-30', '100', '50', '{64445}'],
    ['[71590]', 'Femoral', 'Ropivacaine 0.5%', '[63323]-0285-30', '75', '75', '{64447}'],
    ['[71583]', 'Interscalene', 'Exparel', '[65250]-0266-09', '133', '133', '{64415}'],
    ['[71596]', 'Sciatic continuous', 'Ropivacaine 0.2%', '[63323]-0285-30', '200', '0', '{64446}'],
    ['[71601]', 'Sciatic + femoral', 'Exparel', '[65250]-0266-09', '266', '0', '{64445}, {64447}'],
  ],
});

// ── 34. OR drug reconciliation by procedure, table ──
const orDrugs = table({
  id: 's75-ordrugs',
  kind: 's75-or-drug-reconciliation-grid',
  caption: 'Operating room drug reconciliation — peripheral nerve cases — week of 10/06',
  headers: ['OR case', 'Primary procedure', 'Drug', 'HCPCS', 'Qty', 'Pharmacy acct'],
  rows: [
    ['[71594]', '{64712} sciatic neuroplasty', 'Depo-Medrol 40 mg', 'J1040', '1', '[28539]'],
    ['[71598]', '{64714} lumbar plexus neuroplasty', 'Kenalog-40', 'J3301', '4', '[28539]'],
    ['[71605]', '{64632} plantar digital neurolysis', 'Dehydrated alcohol 1 mL', 'J3490', '1', '[28547]'],
    ['[71608]', '{64712} + {64445}', 'Ropivacaine 0.5%', 'J2795', '150', '[28547]'],
    ['[71611]', '{64714}', 'Vancomycin powder 1 g', 'J3370', '2', '[28539]'],
    ['[71621]', '{64632} x2', 'Dehydrated alcohol 1 mL', 'J3490', '2', '[28547]'],
  ],
});

// ── 35. Billing CSV export of buy-and-bill lines, CSV text ──
const csvExport = lines({
  id: 's75-csv',
  kind: 's75-buy-and-bill-lines-csv-text',
  before: 'Export: buy_and_bill_lines_2025-10.csv',
  text: [
    'claim_id,dos,line,proc,modifier,ndc,units,charge,svc_zip',
    '[77214],2025-10-01,1,{64612},RT,,1,410.00,[64132]',
    '[77214],2025-10-01,2,J0585,,[00023]-1145-01,30,210.00,[64132]',
    '[77231],2025-10-01,1,{64612},50,,1,820.00,[64132]',
    '[77242],2025-10-02,1,{64615},,,1,410.00,[64132]',
    '[78015],2025-10-03,1,{64445},,,1,300.00,[66062]',
    '[78015],2025-10-03,2,C9290,,[65250]-0266-09,266,335.00,[66062]',
  ].join('\n'),
});

// ── 36. Drug recall notice, text layer (decoy only) ──
const recall = lines({
  id: 's75-recall',
  kind: 's75-drug-recall-notice-text',
  before: 'URGENT: Drug recall — wholesaler notification to customers',
  text: [
    'Recall event ID [93012]   Classification: Class II   Initiated 09/29/2025',
    'Product: Ropivacaine HCl 0.5% 30 mL vial, NDC [63323]-0285-30, lots [64714]A and [24717]B',
    'Your account [64712] received 6 units of an affected lot on invoice [90417]',
    'Return via PO Box [74651], Chicago IL [60673]; reference RMA [41930]',
  ].join('\n'),
});

export const sealed75: Snippet[] = [
  ...cmsCrosswalk,
  ...practiceCrosswalk,
  ...inventory,
  ...lotUsage,
  ...botoxLog,
  ...procNote,
  ...wastage,
  ...claimBuilder,
  ...builderChecks,
  ...infusionClaim,
  ...x12,
  ...aspFile,
  ...marginSheet,
  ...referral,
  ...referralQueue,
  ...paForm,
  ...epaJson,
  ...invoiceHead,
  ...invoiceLines,
  ...split340b,
  ...summary340b,
  ...ncpdpReject,
  ...ncpdpPaid,
  ...tempLog,
  ...manifest,
  ...hl7,
  ...xml,
  ...chargeSheet,
  ...codingMemo,
  ...remit835,
  ...chairSchedule,
  ...benefitsInv,
  ...blockLog,
  ...orDrugs,
  ...csvExport,
  ...recall,
];
