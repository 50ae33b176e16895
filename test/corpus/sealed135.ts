import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 135 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s135-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too. About a third of the decoys are numbers of the synthetic 10,000-code set (KNOWN_10K) used as
 * ZIPs, PO boxes, an EDI payer id, an Rx group, appeal, ticket, call-reference and EDI batch numbers, HL7 and X12
 * control numbers, a lockbox department, a form number, a fee-file row count, a claim-line count and an amount
 * without separators. The five known codes' digits come back as decoys: the plan's group number (on the ID card, the
 * EOB, the TPA screen, the UB-04, the HL7 IN1 segment, the FHIR coverage reference), the TPA's claims and appeals
 * PO box, the member advocacy case number, a collection agency account suffix, a direct-contract offer number and a
 * broker proposal number.
 *
 * Family: reference-based pricing (RBP) for a self-funded employer plan and the balance-billing dispute that follows
 * when an ambulatory surgery center (ASC) is paid at a multiple of Medicare for a sciatic neuroplasty day: the RBP
 * vendor's repricing worksheet (header, CPT-line grid, methodology notes), its Medicare ASC rate lookup, the XML and
 * CSV repricing returns, the TPA's claim inquiry screen, line grid and audit trail, the plan's EOB (header, service
 * lines, remark text) and a FHIR ExplanationOfBenefit, the member ID card text with the pricing notice, the ASC's
 * UB-04 print and HL7 charge feed, its balance-bill statement and the collections letter, the member's advocacy intake
 * form, app messages and case notes, the provider's appeal letter and the vendor's response with its line table, the
 * vendor's payment voucher, check stub and 835, an ACH notice e-mail, the vendor's payment-acceptance notice, a
 * direct-contract offer letter and its rate exhibit, the negotiated-release letter, the plan document's RBP excerpt,
 * the broker's plan-design slide and its savings table, the vendor's monthly savings report and provider pushback log.
 * Built on real public layouts: the CMS ASC payment Addendum AA columns (HCPCS code, short descriptor, subject to
 * multiple procedure discounting, payment indicator, payment weight, payment rate), the UB-04 form locators 42–47,
 * X12 835 (BPR, TRN, CLP, SVC, CAS, AMT, LQ) and 837 segments, HL7 v2 DFT^P03 FT1 segments, the FHIR R4
 * ExplanationOfBenefit resource as served by payers' Patient Access APIs, RBP member ID cards' "this plan does not use
 * a provider network" notices and the FDCPA validation notice wording of collection letters. The others are written
 * the way those pages read, with no single source.
 *
 * 358 labelled tokens over 40 shapes: 166 codes, 192 decoys, 64 of the decoys in KNOWN_10K; 129 of the codes are the
 * five known codes, whose digits come back 32 times as decoys.
 */

// ── 1. RBP vendor repricing worksheet header, text layer ──
const worksheetHeader = lines({
  id: 's135-wshdr',
  kind: 's135-rbp-repricing-worksheet-header-text',
  before: 'Vantage Reference Pricing — Claim Repricing Worksheet — CONFIDENTIAL',
  text: [
    'Repricing ID: VRP-26-[30352]   Batch: [58217]   Received from TPA: 01/22/2026   Returned: 01/23/2026',
    'TPA: Lone Star Benefit Administrators   TPA Claim #: [26019]-000318   Client: Brightwater Logistics, Inc.',
    'Group #: [64445]   Plan: BWL Core HDHP   Member ID: BWL004219730-01   Pt: OKAFOR, MARISOL',
    'Provider: Preston Ridge Surgery Center LLC   NPI 1346829157   TIN 82-4410937   Type of bill: 0831',
    'Svc address: 6000 W Parker Rd Ste 210, Plano, TX [75093]   CBSA [19124] (Dallas-Plano-Irving)',
    'DOS: 01/14/2026   Primary: {64712}-LT   Total billed: $14,860.00   Pricing basis: ASC FS CY2026 x 150%',
  ].join('\n'),
});

// ── 2. Repricing worksheet, CPT-line grid ──
const worksheetLines = table({
  id: 's135-wsline',
  kind: 's135-rbp-repricing-worksheet-cpt-line-grid',
  caption: 'Line detail — Medicare ASC rate (wage adjusted) x RBP multiple',
  headers: ['Ln', 'CPT/HCPCS', 'Mod', 'Units', 'Billed', 'Medicare Rate', 'RBP %', 'RBP Allowed', 'Savings', 'PI'],
  rows: [
    ['1', '{64712}', 'LT', '1', '$9,850.00', '$2,184.37', '150%', '$3,276.56', '$6,573.44', 'G2'],
    ['2', '{64714}', 'LT', '1', '$3,420.00', '$1,092.19', '150%', '$1,638.29', '$1,781.71', 'G2 (50% MPD)'],
    ['3', '{64445}', 'LT', '1', '$1,150.00', '$0.00', '150%', '$0.00', '$1,150.00', 'N1 pkgd'],
    ['4', '{76942}', '', '1', '$440.00', '$0.00', '150%', '$0.00', '$440.00', 'N1 pkgd'],
    ['5', 'J2704', '', '1', '$0.00', '$0.00', '—', '$0.00', '$0.00', 'N1'],
    ['', 'TOTAL', '', '', '$14,860.00', '$3,276.56', '', '$4,914.85', '$9,945.15', ''],
  ],
});

// ── 3. Worksheet methodology footnotes, text layer ──
const worksheetNotes = lines({
  id: 's135-wsnote',
  kind: 's135-repricing-worksheet-methodology-notes-text',
  before: 'Pricing notes',
  text: [
    '1) Medicare rate = CY2026 ASC Addendum AA national rate, labor share 50% adjusted by wage index for CBSA [19124].',
    '2) Multiple procedure reduction applied to line 2 ({64714}); line 1 ({64712}) ranked highest.',
    '3) {64445} and {76942} carry payment indicator N1 (packaged); no separate allowance under Medicare or the plan.',
    '4) Plan multiple per SPD section 7.3: 150% of Medicare for facility, 140% for professional claims.',
    '5) Pricing version RP-2026.01 build [40114]; fee file loaded 01/02/2026 ([11078] rows).',
    '6) A {64445} billed with modifier 59 or XU is checked against the op note before packaging is applied.',
    'Questions: repricing@vantagerp.example  |  Provider line 1-888-555-0172 opt 2  |  Ref VRP-26-[30352]',
  ].join('\n'),
});

// ── 4. Medicare ASC rate lookup (Addendum AA columns), grid ──
const rateLookup = table({
  id: 's135-rates',
  kind: 's135-vendor-medicare-asc-rate-lookup-grid',
  caption: 'Rate lookup: CY 2026 ASC Addendum AA — CBSA 19124 — wage index 1.0063',
  headers: [
    'HCPCS Code',
    'Short Descriptor',
    'Subject to Multiple Procedure Discounting',
    'CY 2026 Payment Indicator',
    'CY 2026 Payment Weight',
    'CY 2026 Payment Rate',
    'Adj. Rate',
  ],
  rows: [
    ['{64712}', 'Revise sciatic nerve', 'Y', 'G2', '40.6972', '$2,176.98', '$2,184.37'],
    ['{64714}', 'Revise low back nerve(s)', 'Y', 'G2', '40.6972', '$2,176.98', '$2,184.37'],
    ['{64632}', 'Destroy plantar digit nerve', 'Y', 'P3', '2.6318', '$140.78', '$141.26'],
    ['{64445}', 'Njx aa&/strd sciatic nrv', 'N', 'N1', '—', '—', '—'],
    ['{64612}', 'Destroy nerve face muscle', 'Y', 'P3', '3.3157', '$177.37', '$177.97'],
    ['{64708}', 'Revise arm/leg nerve', 'Y', 'G2', '40.6972', '$2,176.98', '$2,184.37'],
    ['{64455}', 'N block inj plantar digit', 'N', 'P3', '0.5131', '$27.45', '$27.54'],
    ['{64640}', 'Injection treatment of nerve', 'Y', 'P3', '3.0902', '$165.30', '$165.82'],
  ],
});

// ── 5. Repricing return, XML, text layer ──
const repriceXml = lines({
  id: 's135-xml',
  kind: 's135-repricing-return-xml-text',
  before: 'GET /api/v2/repricing/VRP-26-30352 — 200 OK — application/xml',
  text: [
    '<RepricedClaim id="VRP-26-[30352]" tpaClaim="[26019]-000318" groupNo="[64445]" methodology="RBP-MCR-150">',
    '  <Line seq="1"><Procedure qual="HC">{64712}</Procedure><Mod>LT</Mod><Billed>9850.00</Billed><Allowed>3276.56</Allowed></Line>',
    '  <Line seq="2"><Procedure qual="HC">{64714}</Procedure><Mod>LT</Mod><Billed>3420.00</Billed><Allowed>1638.29</Allowed></Line>',
    '  <Line seq="3"><Procedure qual="HC">{64445}</Procedure><Mod>LT</Mod><Billed>1150.00</Billed><Allowed>0.00</Allowed><Reason>PKG</Reason></Line>',
    '  <Line seq="4"><Procedure qual="HC">{76942}</Procedure><Billed>440.00</Billed><Allowed>0.00</Allowed><Reason>PKG</Reason></Line>',
    '  <Totals billed="[14860].00" allowed="4914.85" savings="9945.15" savingsPct="66.93"/>',
    '  <ServiceFacility npi="1346829157" zip="[75093]" cbsa="[19124]"/>',
    '</RepricedClaim>',
  ].join('\n'),
});

// ── 6. Repricing batch CSV export, text layer ──
const repriceCsv = lines({
  id: 's135-csv',
  kind: 's135-repricing-batch-csv-export-text',
  before: 'VRP_return_batch_58217_20260123.csv',
  text: [
    'batch_id,vrp_id,tpa_claim,line,cpt,mod,units,billed,medicare,multiple,allowed,zip',
    '[58217],VRP-26-[30352],[26019]-000318,1,{64712},LT,1,9850.00,2184.37,1.50,3276.56,[75093]',
    '[58217],VRP-26-[30352],[26019]-000318,2,{64714},LT,1,3420.00,1092.19,1.50,1638.29,[75093]',
    '[58217],VRP-26-[30352],[26019]-000318,3,{64445},LT,1,1150.00,0.00,1.50,0.00,[75093]',
    '[58217],VRP-26-[30353],[26022]-000412,1,{64632},,1,1275.00,141.26,1.40,197.76,[75230]',
    '[58217],VRP-26-[30358],[26022]-000077,1,{64612},RT,1,2380.00,177.97,1.40,249.16,[75205]',
    '[58217],VRP-26-[30358],[26022]-000077,2,{95874},,1,310.00,38.02,1.40,53.23,[75205]',
  ].join('\n'),
});

// ── 7. TPA claims system inquiry screen header, text layer ──
const tpaScreenHdr = lines({
  id: 's135-tpahdr',
  kind: 's135-tpa-claims-system-inquiry-screen-text',
  before: 'LSBA ClaimsPro 9.4  —  CLM INQ  —  User: TMORALES  —  01/23/2026 14:07',
  text: [
    'CLAIM: [26019]-000318   STATUS: PD   TYPE: ASC FAC   RCVD: 01/20/2026   ADJ: 01/23/2026',
    'GROUP: [64445] BRIGHTWATER LOGISTICS   DIV: 002   PLAN: HDHP-RBP   NETWORK: NONE (RBP)',
    'MEMBER: BWL004219730-01 OKAFOR, MARISOL   DOB: 03/09/1981   REL: EE',
    'PROVIDER: PRESTON RIDGE SURGERY CTR   PAY-TO ZIP: [75093]   PAR: N   BAL BILL FLAG: Y',
    'REPRICER: VRP   REPRICE REF: VRP-26-[30352]   REPRICE AMT: 4914.85   PRICING: MCR+50',
    'PRIN PROC: {64712}   DX: G57.02  M54.42   PEND HIST: RP1 (SENT TO REPRICER) CLEARED',
    'F3=EXIT  F5=LINES  F7=NOTES  F9=HIST  F11=EOB IMAGE',
  ].join('\n'),
});

// ── 8. TPA claims screen line detail, grid (terse headers) ──
const tpaLines = table({
  id: 's135-tpaln',
  kind: 's135-tpa-claims-screen-line-detail-grid',
  caption: 'F5 LINES  CLAIM 26019-000318',
  headers: ['LN', 'PROC', 'M1', 'DOS', 'CHG', 'REPR', 'ALLOW', 'DED', 'COIN', 'PAID', 'EX'],
  rows: [
    ['01', '{64712}', 'LT', '011426', '9850.00', '3276.56', '3276.56', '1650.00', '325.31', '1301.25', 'R1'],
    ['02', '{64714}', 'LT', '011426', '3420.00', '1638.29', '1638.29', '0.00', '327.66', '1310.63', 'R1'],
    ['03', '{64445}', 'LT', '011426', '1150.00', '0.00', '0.00', '0.00', '0.00', '0.00', 'R3'],
    ['04', '{76942}', '', '011426', '440.00', '0.00', '0.00', '0.00', '0.00', '0.00', 'R3'],
    ['', 'TOT', '', '', '[14860].00', '4914.85', '4914.85', '1650.00', '652.97', '2611.88', ''],
  ],
});

// ── 9. TPA claim audit trail, grid ──
const tpaAudit = table({
  id: 's135-tpaaud',
  kind: 's135-tpa-claim-audit-history-grid',
  caption: 'F9 HIST',
  headers: ['Date/Time', 'User', 'Action', 'Detail'],
  rows: [
    ['01/20/2026 08:12', 'EDI', 'RECEIVED', '837I batch [10088] from Availity, 4 lines'],
    ['01/20/2026 08:13', 'SYS', 'PEND RP1', 'Non-network facility; routed to repricer VRP'],
    ['01/22/2026 16:40', 'SYS', 'SENT', 'Repricing batch [58217], 1 claim'],
    ['01/23/2026 09:02', 'VRP', 'REPRICED', 'Ln1 {64712} 3276.56; Ln2 {64714} 1638.29; Ln3-4 pkgd'],
    ['01/23/2026 14:05', 'TMORALES', 'ADJUDICATED', 'Paid 2611.88; member resp 2302.97; EOB queued'],
    ['01/27/2026 10:31', 'SYS', 'CHECK ISSUED', 'VRP check [70418] (ACH declined by provider)'],
    ['05/21/2026 11:40', 'VRP', 'APPEAL RCVD', 'APL-[33606] provider appeal, lines {64712} {64714} {64445}'],
  ],
});

// ── 10. Plan EOB header, text layer ──
const eobHeader = lines({
  id: 's135-eobhdr',
  kind: 's135-plan-eob-header-text',
  before: 'EXPLANATION OF BENEFITS — THIS IS NOT A BILL',
  text: [
    'Brightwater Logistics, Inc. Employee Health Plan   Administered by Lone Star Benefit Administrators',
    'PO Box [64612], Richardson, TX [75083]-4612   Customer Service 1-877-555-0190',
    'Marisol Okafor   2214 Cottonwood Ln   Frisco, TX [75034]',
    'Group: [64445]   Member ID: BWL004219730-01   Claim: [26019]-000318   Processed: 01/23/2026',
    'Patient account: PRSC[88117]   Received: 01/20/2026   Paid to: provider   Check/EFT: [70418]',
    'Provider: Preston Ridge Surgery Center LLC (not a network provider — your plan uses reference based pricing)',
  ].join('\n'),
});

// ── 11. Plan EOB service lines, grid ──
const eobLines = table({
  id: 's135-eobln',
  kind: 's135-plan-eob-service-lines-grid',
  caption: 'Claim detail',
  headers: [
    'Date(s) of service',
    'Service',
    'Amount billed',
    'Amount over plan allowance',
    'Plan allowance',
    'Deductible',
    'Coinsurance',
    'Plan paid',
    'Remark',
  ],
  rows: [
    ['01/14/26', 'Surgery {64712}', '$9,850.00', '$6,573.44', '$3,276.56', '$1,650.00', '$325.31', '$1,301.25', 'RB1'],
    ['01/14/26', 'Surgery {64714}', '$3,420.00', '$1,781.71', '$1,638.29', '$0.00', '$327.66', '$1,310.63', 'RB1'],
    ['01/14/26', 'Anesthesia {64445}', '$1,150.00', '$1,150.00', '$0.00', '$0.00', '$0.00', '$0.00', 'RB3'],
    ['01/14/26', 'Radiology {76942}', '$440.00', '$440.00', '$0.00', '$0.00', '$0.00', '$0.00', 'RB3'],
  ],
});

// ── 12. EOB remark and rights text, text layer ──
const eobRemarks = lines({
  id: 's135-eobrmk',
  kind: 's135-plan-eob-remark-explanations-text',
  before: 'Remark codes',
  text: [
    'RB1  Your plan pays facility claims at 150% of the Medicare rate (reference based pricing). The amount over the',
    '     plan allowance is not your responsibility under the plan; if the provider bills you for it, call the number',
    '     on your ID card right away. Vantage Reference Pricing will defend you. Reference VRP-26-[30352].',
    'RB3  This service ({64445}, {76942}) is included in the allowance for the main procedure {64712} and is not paid separately.',
    'You have 180 days to appeal. Write to Appeals Unit, PO Box [64612], Richardson, TX [75083]-4612.',
    'Deductible met to date: $1,650.00 of $1,650.00. Out-of-pocket met to date: $2,302.97 of $6,900.00.',
  ].join('\n'),
});

// ── 13. FHIR ExplanationOfBenefit from the plan's Patient Access API, text layer ──
const fhirEob = lines({
  id: 's135-fhir',
  kind: 's135-fhir-explanation-of-benefit-json-text',
  before: 'GET https://api.lsba-tpa.example/fhir/R4/ExplanationOfBenefit/26019-000318',
  text: [
    '{ "resourceType": "ExplanationOfBenefit", "id": "[26019]-000318", "status": "active", "outcome": "complete",',
    '  "insurance": [{ "focal": true, "coverage": { "reference": "Coverage/BWL-[64445]-004219730" } }],',
    '  "item": [',
    '    { "sequence": 1, "productOrService": { "coding": [{ "system": "http://www.ama-assn.org/go/cpt", "code": "{64712}" }] },',
    '      "modifier": [{ "coding": [{ "code": "LT" }] }], "net": { "value": 9850.00 },',
    '      "adjudication": [{ "category": { "coding": [{ "code": "eligible" }] }, "amount": { "value": 3276.56 } }] },',
    '    { "sequence": 2, "productOrService": { "coding": [{ "system": "http://www.ama-assn.org/go/cpt", "code": "{64714}" }] },',
    '      "net": { "value": 3420.00 } },',
    '    { "sequence": 3, "productOrService": { "coding": [{ "code": "{64445}" }] }, "noteNumber": [3] },',
    '    { "sequence": 4, "productOrService": { "coding": [{ "code": "{76942}" }] }, "noteNumber": [3] }',
    '  ], "processNote": [{ "number": 3, "text": "Packaged into {64712} under RBP methodology" }],',
    '  "provider": { "display": "Preston Ridge Surgery Center LLC" }, "billablePeriod": { "start": "2026-01-14" } }',
  ].join('\n'),
});

// ── 14. Member ID card, front and back, text layer ──
const idCard = lines({
  id: 's135-idcard',
  kind: 's135-member-id-card-pricing-notice-text',
  before: 'Digital ID card (front / back)',
  text: [
    'BRIGHTWATER LOGISTICS EMPLOYEE HEALTH PLAN        Group No. [64445]',
    'Member: MARISOL OKAFOR   ID: BWL004219730   Plan: HDHP-RBP   Eff. 01/01/2026',
    'Rx BIN 610014  PCN BWLRX  Rx Grp [46259]    Ded $1,650 / $3,300   OOP $6,900',
    '— back —',
    'PROVIDERS: This plan does not use a provider network. Payment is based on reference based pricing (RBP), a',
    'percentage of Medicare. By accepting this patient you accept plan payment in full. Do not balance bill.',
    'Pricing questions: Vantage Reference Pricing 1-888-555-0172  |  Precert: 1-877-555-0191',
    'Submit claims: EDI payer ID [75240] or mail to LSBA, PO Box [64612], Richardson, TX [75083]-4612',
    'MEMBERS: If you receive a bill for more than your deductible and coinsurance, call Member Advocacy 1-888-555-0173.',
  ].join('\n'),
});

// ── 15. ASC's UB-04 print, text layer (FL 42-47) ──
const ub04 = lines({
  id: 's135-ub04',
  kind: 's135-asc-ub04-claim-print-text',
  before: 'UB-04 CMS-1450   1 PRESTON RIDGE SURGERY CENTER LLC   6000 W PARKER RD STE 210   PLANO TX 75093',
  text: [
    '3a PAT CNTL # PRSC[88117]   4 TYPE OF BILL 0831   5 FED TAX NO 82-4410937   6 STMT 011426 011426',
    '42 REV  43 DESCRIPTION                 44 HCPCS/RATE     45 SERV DATE  46 UNITS  47 TOTAL CHARGES',
    '0360    OR SERVICES                    {64712} LT        011426        1         9850 00',
    '0360    OR SERVICES                    {64714} LT        011426        1         3420 00',
    '0370    ANESTHESIA                     {64445} LT        011426        1         1150 00',
    '0402    US GUIDANCE                    {76942}           011426        1          440 00',
    '0001    TOTAL                                                                   [14860] 00',
    '50 PAYER BRIGHTWATER LOGISTICS EHP   58 INSURED OKAFOR MARISOL   61 GROUP NAME BWL   62 GROUP NO [64445]',
  ].join('\n'),
});

// ── 16. ASC billing system HL7 charge feed, text layer ──
const hl7 = lines({
  id: 's135-hl7',
  kind: 's135-asc-hl7-dft-charge-feed-text',
  before: 'Interface engine — outbound DFT to billing — msg 20260114-1847',
  text: [
    'MSH|^~\\&|SURGINET|PRSC|BILLING|PRSC|202601141847||DFT^P03|MSG[46277]|P|2.5.1',
    'PID|1||PRSC[88117]^^^PRSC^MR||OKAFOR^MARISOL||19810309|F|||2214 COTTONWOOD LN^^FRISCO^TX^[75034]',
    'FT1|1|||20260114||CG|0360|||1|9850.00||||||||||||||||{64712}^NEUROPLASTY MAJOR PERIPH NRV SCIATIC^CPT|LT',
    'FT1|2|||20260114||CG|0360|||1|3420.00||||||||||||||||{64714}^NEUROPLASTY LUMBAR PLEXUS^CPT|LT',
    'FT1|3|||20260114||CG|0370|||1|1150.00||||||||||||||||{64445}^NJX ANES SCIATIC NERVE SINGLE^CPT|LT',
    'FT1|4|||20260114||CG|0402|||1|440.00||||||||||||||||{76942}^US GUIDE NEEDLE PLACEMENT^CPT',
    'IN1|1|HDHP-RBP|LSBA|LONE STAR BENEFIT ADMIN|PO BOX [64612]^^RICHARDSON^TX^[75083]|||[64445]',
  ].join('\n'),
});

// ── 17. ASC patient balance-bill statement, text layer ──
const statement = lines({
  id: 's135-stmt',
  kind: 's135-asc-patient-balance-bill-statement-text',
  before: 'PRESTON RIDGE SURGERY CENTER — PATIENT STATEMENT',
  text: [
    'Statement date: 02/18/2026   Account #: PRSC[88117]   Guarantor: Marisol Okafor',
    'Make checks payable to Preston Ridge Surgery Center, Dept [20028], PO Box 650000, Dallas, TX [75265]-0000',
    'Insurance on file: Brightwater Logistics EHP, group [64445], claim [26019]-000318, ZIP on file [75034]',
    'Your insurance paid $2,611.88 of $14,860.00 in charges. Your plan is not contracted with our facility and',
    'paid a "reference based" amount. The remaining balance is your responsibility.',
    'AMOUNT DUE: $12,248.12   DUE BY: 03/10/2026   Pay online at prscpay.example with code PRSC[88117]',
    'Questions about your bill? Call Patient Accounts 972-555-0148, Mon–Fri 8–5. Se habla español.',
  ].join('\n'),
});

// ── 18. Balance-bill statement activity, grid ──
const statementDetail = table({
  id: 's135-stmtdet',
  kind: 's135-balance-bill-statement-activity-grid',
  caption: 'Account activity',
  headers: ['Date', 'Description', 'Code', 'Charges', 'Payments/Adj', 'Balance'],
  rows: [
    ['01/14/26', 'NEUROPLASTY SCIATIC NERVE', '{64712}', '9,850.00', '', '9,850.00'],
    ['01/14/26', 'NEUROPLASTY LUMBAR PLEXUS', '{64714}', '3,420.00', '', '13,270.00'],
    ['01/14/26', 'NERVE BLOCK SCIATIC', '{64445}', '1,150.00', '', '14,420.00'],
    ['01/14/26', 'US GUIDE NEEDLE PLACEMENT', '{76942}', '440.00', '', '14,860.00'],
    ['01/30/26', 'INS PMT BWL EHP CHK [70418]', '', '', '-2,611.88', '12,248.12'],
  ],
});

// ── 19. Collections letter, text layer ──
const collections = lines({
  id: 's135-coll',
  kind: 's135-collection-agency-letter-text',
  before: 'METROPLEX ACCOUNT RECOVERY, INC.',
  text: [
    '1401 Valwood Pkwy Ste 300, Carrollton, TX [75006]   Toll free 1-866-555-0119   Mon–Fri 8am–8pm CT',
    'May 4, 2026   Our account #: MAR-[20063]-[64632]   Original creditor: Preston Ridge Surgery Center LLC',
    'Creditor account: PRSC[88117]   Date of service: 01/14/2026   Balance: $12,248.12',
    'This communication is from a debt collector. This is an attempt to collect a debt and any information obtained',
    'will be used for that purpose. Call or write to us by June 8, 2026 to dispute all or part of the debt.',
    'Itemization date 02/18/2026: you owed $12,248.12; interest +$0.00; fees +$0.00; payments -$0.00.',
    'Detach and return with payment to: Metroplex Account Recovery, PO Box [78765], San Antonio, TX [78265]-8765',
  ].join('\n'),
});

// ── 20. Member advocacy intake form (web), text layer ──
const intake = lines({
  id: 's135-intake',
  kind: 's135-member-balance-bill-intake-form-text',
  before: 'Vantage Member Advocacy — Report a balance bill',
  text: [
    'Member ID*: BWL004219730      Group number*: [64445]      Best phone: (469) 555-0127',
    'Provider name on the bill*: Preston Ridge Surgery Center      Provider ZIP: [75093]',
    'Amount the provider says you owe*: [12248].12      Statement or account #: PRSC[88117]',
    'Procedure codes on the bill (if shown): {64712}, {64714}, {64445}, {76942}',
    'Has the account gone to collections?  ( ) No  (•) Yes — agency: Metroplex Account Recovery, acct [20063]-[64632]',
    'Upload bill: stmt_0218.pdf (212 KB) ✓   Submitted 05/06/2026 19:44 — confirmation ADV-[64714]',
  ].join('\n'),
});

// ── 21. Member app message thread, text layer ──
const messages = lines({
  id: 's135-msgs',
  kind: 's135-member-advocacy-app-message-thread-text',
  before: 'Messages — Case ADV-64714 — Balance bill, Preston Ridge',
  text: [
    'Marisol O. · May 6, 7:51 PM: I got a collections letter for $12,248.12 for my sciatic nerve surgery in January.',
    'I thought my insurance paid?? The bill lists {64712} and {64714} and the agency acct is [20063]-[64632].',
    'Advocate Renee K. · May 7, 9:14 AM: Thank you Marisol. I have your case (ADV-[64714]). Please do not pay the',
    'agency. We are sending a dispute to Metroplex today and a letter to Preston Ridge asking them to pause collections.',
    'Renee K. · May 7, 9:16 AM: Your plan allowed $4,914.85 for {64712} and {64714}; your share was $2,302.97 only.',
    'Marisol O. · May 7, 10:02 AM: ok thank you. The surgery center ZIP is [75093] if you need it',
    'Renee K. · Jun 18, 4:20 PM: Good news! Preston Ridge accepted a settlement and will recall acct [20063]-[64632] from',
    'Metroplex. You only owe the $2,302.97 shown on your EOB. I am closing case [64714] — reply here if anything else arrives.',
  ].join('\n'),
});

// ── 22. Member advocacy case notes, text layer ──
const caseNotes = lines({
  id: 's135-notes',
  kind: 's135-member-advocacy-case-notes-text',
  before: 'Case ADV-64714 · Notes (newest last)',
  text: [
    '05/07/26 0912 RKIM: Mbr called re BB $12,248.12 from Preston Ridge ASC, DOS 1/14, now at Metroplex acct [20063]-[64632].',
    '05/07/26 0920 RKIM: Pulled VRP-26-[30352]. Allowed {64712}-LT 3276.56, {64714}-LT 1638.29 (MPD), {64445} pkgd.',
    '05/07/26 0931 RKIM: Sent FDCPA dispute to Metroplex (fax 972-555-0166). Sent hold request to PRSC bus office.',
    '05/07/26 0940 RKIM: NSA n/a — scheduled elective at non-network ASC, no emergency, no network facility. Plan RBP defense.',
    '05/12/26 1458 RKIM: PRSC says mod 59 {64445} is a separate post-op pain block; VRP pricing says N1, pkgd.',
    '05/12/26 1505 RKIM: PRSC billing mgr (Tina) — will hold 60 days; wants payment at billed. Will file appeal w/ VRP.',
    "05/21/26 1122 RKIM: Appeal rec'd from PRSC, ref APL-[33606]. Routed to Provider Relations (D. Nguyen).",
    '06/18/26 1610 DNGUYEN: Settled 175% MCR + $409.62 blk; supplemental pmt $1,228.75; release signed; BB withdrawn.',
  ].join('\n'),
});

// ── 23. Advocacy case summary, grid ──
const caseSummary = table({
  id: 's135-casesum',
  kind: 's135-advocacy-case-summary-panel-grid',
  caption: 'Case summary',
  headers: ['Field', 'Value'],
  rows: [
    ['Case #', 'ADV-[64714]'],
    ['Opened', '05/06/2026 (member web form)'],
    ['Group / client', '[64445] Brightwater Logistics'],
    ['Provider', 'Preston Ridge Surgery Center LLC, Plano TX [75093]'],
    ['Balance billed', '$12,248.12 (in collections, Metroplex acct [20063]-[64632])'],
    ['Procedures', '{64712}-LT, {64714}-LT; {64445} packaged'],
    ['Repricing ref', 'VRP-26-[30352] / TPA claim [26019]-000318'],
    ['Codes disputed', '{64712} LT · {64714} LT · {64445} LT · {76942}'],
    ['Member address', 'Frisco, TX [75034]'],
    ['Status', 'Resolved — negotiated; ticket PR-[40091] closed 06/18/2026'],
  ],
});

// ── 24. Provider appeal letter, text layer ──
const appealLetter = lines({
  id: 's135-appeal',
  kind: 's135-provider-appeal-letter-text',
  before: 'Preston Ridge Surgery Center LLC · Business Office · 6000 W Parker Rd Ste 210 · Plano, TX 75093',
  text: [
    'May 19, 2026',
    'Vantage Reference Pricing, Attn: Provider Appeals, PO Box [37205], Nashville, TN [37230]',
    'RE: Patient Marisol Okafor; TPA claim [26019]-000318; your ref VRP-26-[30352]; DOS 01/14/2026',
    'We formally appeal the payment of $2,611.88 on charges of $14,860.00. Our facility has no agreement with your',
    'company or the plan and did not agree to Medicare-based pricing. Medicare rates do not cover our cost for',
    'CPT {64712} (neuroplasty, sciatic nerve), which required 2 h 40 min of OR time, or for {64714}.',
    'The op report documents a separate lumbar plexus exposure, so {64714} should not be cut as a second procedure.',
    'The ultrasound-guided sciatic block (CPT {64445}, with {76942}) was medically necessary and separately billable.',
    'Enclosed: operative report, anesthesia record, UB-04, and our cost report summary (page 10 of 14).',
    'Please reprocess at our usual and customary charges or contact me to discuss a single case agreement.',
    'Tina Alvarez, Revenue Cycle Manager, 972-555-0148 · Tax ID 82-4410937 · Acct PRSC[88117]',
  ].join('\n'),
});

// ── 25. Vendor appeal response letter, text layer ──
const appealResponse = lines({
  id: 's135-aplresp',
  kind: 's135-vendor-appeal-response-letter-text',
  before: 'VANTAGE REFERENCE PRICING · Provider Relations · PO Box 37205 · Nashville, TN 37230',
  text: [
    'June 2, 2026   Appeal reference: APL-[33606]   Repricing ref: VRP-26-[30352]',
    'Tina Alvarez, Preston Ridge Surgery Center LLC, 6000 W Parker Rd Ste 210, Plano, TX [75093]',
    "We have reviewed your appeal of the claim for Marisol Okafor (DOS 01/14/2026). The plan's allowance was",
    'calculated at 150% of the CY2026 Medicare ASC rate, wage-adjusted for CBSA [19124], as the plan document requires.',
    'The allowance for {64712} is upheld. The multiple-procedure reduction on {64714} is upheld; Medicare and the plan',
    'both discount the second procedure by 50 percent. CPT {64445} and {76942} are packaged (indicator N1) and not',
    'separately payable to an ASC. Our analysis places the allowance at 3.1 times your cost-to-charge-adjusted cost.',
    'As a courtesy, and without admitting the plan owes more, we can offer 175% of Medicare ($5,733.98 total) in full',
    'settlement if you withdraw all balance billing and collection activity. This offer (ref SO-[27643]) is open 30 days.',
    'cc: Lone Star Benefit Administrators (group [64445]); M. Okafor; Vantage Member Advocacy',
  ].join('\n'),
});

// ── 26. Appeal response line table, grid ──
const appealTable = table({
  id: 's135-apltbl',
  kind: 's135-vendor-appeal-response-line-table-grid',
  caption: 'Appeal review by line',
  headers: ['Proc', 'Billed', 'Orig. allowed', 'Appeal decision', 'Offer @175%'],
  rows: [
    ['{64712}-LT', '$9,850.00', '$3,276.56', 'Upheld', '$3,822.65'],
    ['{64714}-LT', '$3,420.00', '$1,638.29', 'Upheld (MPD 50%)', '$1,911.33'],
    ['{64445}-LT', '$1,150.00', '$0.00', 'Upheld (packaged)', '$0.00'],
    ['{76942}', '$440.00', '$0.00', 'Upheld (packaged)', '$0.00'],
    ['Total', '$14,860.00', '$4,914.85', '', '$5,733.98*'],
  ],
});

// ── 27. Vendor payment voucher / remittance, grid ──
const voucher = table({
  id: 's135-vouch',
  kind: 's135-vendor-payment-voucher-remittance-grid',
  caption: 'Payment voucher — Lone Star Benefit Administrators on behalf of Brightwater Logistics EHP — Check 70418',
  headers: ['Claim #', 'Patient', 'Pt acct', 'DOS', 'Svc', 'Billed', 'Allowed', 'Pt resp', 'Paid', 'Rsn'],
  rows: [
    [
      '[26019]-000318',
      'OKAFOR M',
      'PRSC[88117]',
      '011426',
      '{64712}',
      '9850.00',
      '3276.56',
      '1975.31',
      '1301.25',
      'RB1',
    ],
    [
      '[26019]-000318',
      'OKAFOR M',
      'PRSC[88117]',
      '011426',
      '{64714}',
      '3420.00',
      '1638.29',
      '327.66',
      '1310.63',
      'RB1',
    ],
    ['[26019]-000318', 'OKAFOR M', 'PRSC[88117]', '011426', '{64445}', '1150.00', '0.00', '0.00', '0.00', 'RB3'],
    ['[26022]-000412', 'DUARTE L', 'PRSC[88124]', '011926', '{64632}', '1275.00', '197.76', '39.55', '158.21', 'RB1'],
    ['', '', '', '', 'TOTAL', '[15695].00', '5112.61', '2342.52', '2770.09', ''],
  ],
});

// ── 28. Check stub and payment-acceptance notice, text layer ──
const checkStub = lines({
  id: 's135-chk',
  kind: 's135-check-stub-payment-acceptance-notice-text',
  before: 'DETACH BEFORE DEPOSITING',
  text: [
    'Check No. [70418]   Date 01/27/2026   Amount $*****2,770.09   Payee: PRESTON RIDGE SURGERY CENTER LLC',
    'Drawn on: Brightwater Logistics EHP claims account, First Plains Bank, Dallas TX [75201]',
    "NOTICE: This payment is the plan's full payment for the listed services ({64712}, {64714}, {64632} and related",
    'lines) under its reference based pricing terms. Endorsing or depositing this check does not waive your right to',
    'appeal within 90 days to Vantage Reference Pricing, PO Box [37205], Nashville, TN [37230] (ref batch [58217]).',
    'Void after 180 days. Questions: 1-888-555-0172 and give check number [70418].',
  ].join('\n'),
});

// ── 29. Supplemental payment 835 after settlement, text layer ──
const x835 = lines({
  id: 's135-835',
  kind: 's135-supplemental-payment-x12-835-text',
  before: 'ERA file LSBA_835_20260622_0412.txt (unwrapped)',
  text: [
    'ISA*00*          *00*          *ZZ*LSBA           *ZZ*PRSC           *260622*0412*^*[00501]*000046217*0*P*:~',
    'BPR*I*1228.75*C*ACH*CCP*01*111000025*DA*4471902283*1752086419**01*113024588*DA*7700431*20260624~',
    'TRN*1*6463200418*1752086419~',
    'N1*PE*PRESTON RIDGE SURGERY CENTER LLC*XX*1346829157~N4*PLANO*TX*[75093]~',
    'CLP*PRSC[88117]*1*[14860]*1228.75*0*12*26019000318R1*13~',
    'SVC*HC:{64712}:LT*9850*546.09**1~DTM*472*20260114~CAS*CO*131*-546.09~AMT*B6*3822.65~LQ*HE*N381~',
    'SVC*HC:{64714}:LT*3420*273.04**1~CAS*CO*131*-273.04~AMT*B6*1911.33~',
    'SVC*HC:{64445}:LT*1150*409.62**1~CAS*CO*131*-409.62~LQ*HE*N381~',
    'SE*22*[20033]~',
  ].join('\n'),
});

// ── 30. ACH deposit notice e-mail, text layer ──
const achEmail = lines({
  id: 's135-ach',
  kind: 's135-ach-deposit-notice-email-text',
  before: 'From: payments@vantagerp.example  Subject: ACH payment notice — trace 6463200418',
  text: [
    'An ACH payment of $1,228.75 was released to PRESTON RIDGE SURGERY CENTER LLC (acct ending 2283) on 06/22/2026.',
    'Trace: 6463200418   Effective date: 06/24/2026   Payer: Brightwater Logistics EHP via LSBA',
    'Reason: settlement SO-[27643] of appeal APL-[33606] (TPA claim [26019]-000318, DOS 01/14/2026)',
    'Lines: {64712} LT $546.09 · {64714} LT $273.04 · {64445} LT $409.62 (courtesy per agreement)',
    'Remittance (835) posted to Availity, batch [10097]. Questions: reply to this e-mail or call 1-888-555-0172.',
  ].join('\n'),
});

// ── 31. Negotiated release letter, text layer ──
const release = lines({
  id: 's135-release',
  kind: 's135-negotiated-settlement-release-letter-text',
  before: 'SINGLE CLAIM SETTLEMENT AND RELEASE',
  text: [
    'Settlement ref: SO-[27643]   Claim: [26019]-000318   Patient: M. Okafor   DOS: 01/14/2026',
    'Services: CPT {64712}-LT, {64714}-LT, {64445}-LT, {76942} as billed on UB-04 dated 01/19/2026.',
    'Provider agrees to accept $6,143.60 (175% of Medicare plus $409.62 for the block) as payment in full, less the',
    'member share of $2,302.97 stated on the EOB, and to withdraw the account from Metroplex (acct [20063]-[64632])',
    'and request deletion of any credit reporting within 10 business days.',
    'Signed: Tina Alvarez, Preston Ridge Surgery Center LLC, 06/16/2026   |   D. Nguyen, Vantage, 06/17/2026',
  ].join('\n'),
});

// ── 32. Direct-contract offer letter, text layer ──
const dcOffer = lines({
  id: 's135-dcoffer',
  kind: 's135-direct-contract-offer-letter-text',
  before: 'Vantage Reference Pricing — Direct Provider Agreement Offer',
  text: [
    'Offer No. DPA-[64712]   July 8, 2026',
    'Dear Dr. Pelletier and the Preston Ridge Surgery Center team,',
    'Brightwater Logistics and four other self-funded plans in the Dallas area (together about 6,800 members) pay',
    'through Vantage. We would like to offer your center a direct agreement so that our members are not balance billed.',
    'Proposed facility rate: 165% of the Medicare ASC rate, paid within 15 business days of a clean claim.',
    'Your center billed these most often for our members: {64712}, {64714}, {64632} and {64612}; see Exhibit A.',
    'Services with indicator N1 (e.g. {64445} nerve blocks) stay packaged, as Medicare treats them.',
    'The agreement covers all neuroplasty ({64702}–{64727}) and neurolytic destruction ({64600}-{64681}) codes.',
    'Please return the signed agreement to PO Box [37205], Nashville, TN [37230], or e-sign at the link below.',
    'Network Development · 3100 West End Ave Ste 800, Nashville, TN [37203] · ref DPA-[64712] · 615-555-0188',
  ].join('\n'),
});

// ── 33. Direct-contract rate exhibit, grid (no header over the code column) ──
const dcExhibit = table({
  id: 's135-dcexh',
  kind: 's135-direct-contract-rate-exhibit-grid',
  caption: 'Exhibit A — Illustrative rates, CY2026, CBSA 19124',
  headers: ['', 'Description', 'Medicare ASC (adj.)', '165% rate', 'Your avg billed', '12-mo volume'],
  rows: [
    ['{64712}', 'Neuroplasty, major peripheral nerve; sciatic', '$2,184.37', '$3,604.21', '$9,850.00', '7'],
    ['{64714}', 'Neuroplasty; lumbar plexus', '$2,184.37', '$3,604.21', '$3,420.00', '3'],
    [
      '{64632}',
      'Destruction by neurolytic agent; plantar common digital nerve',
      '$141.26',
      '$233.08',
      '$1,275.00',
      '11',
    ],
    [
      '{64612}',
      'Chemodenervation of muscle(s); muscle(s) innervated by facial nerve, unilateral',
      '$177.97',
      '$293.65',
      '$2,380.00',
      '5',
    ],
    ['{64445}', 'Injection, anesthetic agent; sciatic nerve, single', 'N1 packaged', '—', '$1,150.00', '6'],
    ['{28080}', 'Excision, interdigital (Morton) neuroma, single', '$1,611.40', '$2,658.81', '$6,900.00', '4'],
  ],
});

// ── 34. Plan document (SPD) RBP excerpt, text layer ──
const spd = lines({
  id: 's135-spd',
  kind: 's135-plan-document-rbp-definition-excerpt-text',
  before: 'Brightwater Logistics, Inc. Employee Health Plan — Plan Document and SPD — Restated 01/01/2026',
  text: [
    '7.3 Maximum Allowable Amount. For services of a provider that has no direct agreement with the Plan, the',
    'Maximum Allowable Amount is 150% of the Medicare rate for facilities and 140% for professionals, in the',
    'locality where the service is performed. Where Medicare packages a service (for example a nerve block such as',
    'CPT {64445} given with surgery), no separate amount is allowed. The same applies to codes {64400}–{64530} and',
    'to imaging guidance billed with them.',
    'Plan sponsor: Brightwater Logistics, Inc., 4800 Regent Blvd, Irving, TX [75063]. EIN 75-2219043. Plan number 501.',
    'Document control: BWL-SPD-2026 rev 3, form [60658]   Page 41 of 88',
  ].join('\n'),
});

// ── 35. Broker plan-design slide, text layer ──
const slide = lines({
  id: 's135-slide',
  kind: 's135-broker-plan-design-slide-text',
  before: 'Slide 14 of 22 — Brightwater Logistics — 2026 Renewal Strategy — Proposal [64632]',
  text: [
    'Option C: Move to Reference Based Pricing (RBP) with member advocacy',
    '• Facility claims at 150% of Medicare; professional at 140%; no PPO network, no network access fees',
    '• Projected plan savings yr 1: 14–19% of medical spend (≈ $1.1M on $6.9M); advocacy PEPM $9.50',
    '• Balance-bill risk concentrated in ASC/outpatient surgery: e.g. sciatic neuroplasty ({64712}) billed 4–5x Medicare',
    "• Mitigation: direct contracts with top 20 facilities; vendor defends members; stop-loss carrier approval req'd",
    'Source: 2025 claims (n = [11040] lines), Medicare CY2025 rates; broker proposal #[64632] — for discussion only',
  ].join('\n'),
});

// ── 36. Broker savings illustration table, grid ──
const slideTable = table({
  id: 's135-slidetbl',
  kind: 's135-broker-slide-savings-illustration-grid',
  caption: 'Illustration: top outpatient procedures, 2025 plan claims',
  headers: ['Procedure (CPT)', '# claims', 'Avg billed', 'Avg PPO allowed', 'RBP 150% MCR', 'Delta vs PPO'],
  rows: [
    ['Sciatic neuroplasty {64712}', '7', '$9,410', '$5,120', '$3,277', '-36%'],
    ['Lumbar plexus neuroplasty {64714}', '3', '$3,380', '$2,390', '$1,638', '-31%'],
    ['Morton neuroma neurolysis {64632}', '11', '$1,240', '$410', '$212', '-48%'],
    ['Facial chemodenervation {64612}', '5', '$2,310', '$640', '$267', '-58%'],
    ['Knee arthroscopy/meniscectomy {29881}', '19', '$11,870', '$6,010', '$3,964', '-34%'],
    ['Colonoscopy w/ biopsy {45380}', '142', '$3,150', '$1,420', '$1,118', '-21%'],
  ],
});

// ── 37. Vendor monthly savings report, grid ──
const savingsReport = table({
  id: 's135-savings',
  kind: 's135-vendor-monthly-rbp-savings-report-grid',
  caption: 'Brightwater Logistics (client 64445) — RBP Savings Report — January 2026 — top lines by savings',
  headers: ['Code', 'Lines', 'Billed', 'RBP allowed', 'Savings', 'Sav %', 'Appealed'],
  rows: [
    ['{64712}', '2', '[19700].00', '6553.12', '[13146].88', '66.7', '1'],
    ['{64714}', '1', '3420.00', '1638.29', '1781.71', '52.1', '1'],
    ['{64612}', '3', '7140.00', '747.48', '6392.52', '89.5', '0'],
    ['{64632}', '4', '5100.00', '791.04', '4308.96', '84.5', '0'],
    ['{64445}', '6', '6900.00', '0.00', '6900.00', '100.0', '1'],
    ['{99213}', '212', '[38160].00', '[19848].60', '[18311].40', '48.0', '0'],
    ['All codes', '1,406', '1,642,318.22', '612,455.80', '1,029,862.42', '62.7', '9'],
  ],
});

// ── 38. Provider pushback / balance-bill log, grid ──
const pushbackLog = table({
  id: 's135-pushback',
  kind: 's135-provider-pushback-balance-bill-log-grid',
  caption: 'Provider pushback log — Q1 2026 — open and closed',
  headers: ['Case', 'Provider', 'ZIP', 'CPT(s)', 'Bal. billed', 'Stage', 'Outcome'],
  rows: [
    ['ADV-[64714]', 'Preston Ridge SC', '[75093]', '{64712}, {64714}', '$12,248.12', 'Collections', 'Settled 175%'],
    ['ADV-[64722]', 'Lakeside Foot & Ankle', '[75230]', '{64632} x2', '$2,030.40', 'Statement', 'Accepted RBP'],
    [
      'ADV-[64730]',
      'North Texas Neuro Assoc',
      '[75205]',
      '{64612}-RT, {95874}',
      '$2,387.61',
      'Appeal',
      'Direct contract',
    ],
    ['ADV-[64741]', 'Grapevine Pain Institute', '[76051]', '{64445}, {64447}', '$1,880.00', 'Statement', 'Open'],
    ['ADV-[64755]', 'Collin County Surgical', '[75069]', '{64708}; {64713}', '$8,912.50', 'Attorney letter', 'Open'],
    ['ADV-[64768]', 'Prairie Podiatry Group', '[75052]', '{64455}, {64632}', '$1,164.20', 'Statement', 'Accepted RBP'],
  ],
});

// ── 39. TPA customer-service call note, text layer ──
const csrNote = lines({
  id: 's135-csr',
  kind: 's135-tpa-customer-service-call-note-text',
  before: 'ClaimsPro F7 NOTES — Claim 26019-000318',
  text: [
    "02/20/26 11:48 JPARK CALL IN: mbr rec'd stmt from PRSC for [12248].12. Explained RBP & EOB rmk RB1. Proc {64712}/{64714}.",
    '02/20/26 11:52 JPARK: warm xfer to VRP advocacy 888-555-0173; ref # [46281]. Mbr advised not to pay bal.',
    '05/06/26 08:03 SYS: VRP advocacy case ADV-[64714] linked. Hold on member collections reporting.',
    "05/21/26 11:44 SYS: VRP appeal APL-[33606] rec'd for {64712} {64714} {64445}; clm on hold pending VRP decision.",
    '06/22/26 15:30 TMORALES: adj claim R1 supplemental pmt 1228.75 per settlement SO-[27643]; lines {64712}/{64714}/{64445}.',
  ].join('\n'),
});

// ── 40. Professional (surgeon and anesthesia) claims repriced on the physician fee schedule, grid ──
const proRepricing = table({
  id: 's135-proreprice',
  kind: 's135-professional-claims-mpfs-repricing-grid',
  caption: 'Professional claims — MPFS CY2026, MAC 04412 (Novitas JH), locality 11 Dallas — 140% of Medicare',
  headers: ['Clm', 'Rendering', 'CPT', 'Mod', 'Units/Time', 'Billed', 'MPFS fac', 'Mult', 'Allowed'],
  rows: [
    ['[26019]-000322', 'Pelletier A MD', '{64712}', 'LT', '1', '$4,800.00', '$693.41', '140%', '$970.77'],
    ['[26019]-000322', 'Pelletier A MD', '{64714}', 'LT 51', '1', '$2,600.00', '$287.55', '140%', '$402.57'],
    ['[26019]-000323', 'Hsu K MD (anes)', '{01250}', 'AA P1', '98 min', '$2,940.00', '$419.31', '140%', '$587.03'],
    ['[26019]-000323', 'Hsu K MD (anes)', '{64445}', '59 LT', '1', '$650.00', '$74.18', '140%', '$103.85'],
    ['[26019]-000323', 'Hsu K MD (anes)', '{76942}', '26', '1', '$180.00', '$29.84', '140%', '$41.78'],
    ['', 'MAC [04412] / locality 11', '', '', '', 'Total $11,170.00', '', '', '$2,106.00'],
  ],
});

export const sealed135: Snippet[] = [
  ...worksheetHeader,
  ...worksheetLines,
  ...worksheetNotes,
  ...rateLookup,
  ...repriceXml,
  ...repriceCsv,
  ...tpaScreenHdr,
  ...tpaLines,
  ...tpaAudit,
  ...eobHeader,
  ...eobLines,
  ...eobRemarks,
  ...fhirEob,
  ...idCard,
  ...ub04,
  ...hl7,
  ...statement,
  ...statementDetail,
  ...collections,
  ...intake,
  ...messages,
  ...caseNotes,
  ...caseSummary,
  ...appealLetter,
  ...appealResponse,
  ...appealTable,
  ...voucher,
  ...checkStub,
  ...x835,
  ...achEmail,
  ...release,
  ...dcOffer,
  ...dcExhibit,
  ...spd,
  ...slide,
  ...slideTable,
  ...savingsReport,
  ...pushbackLog,
  ...csrNote,
  ...proRepricing,
];
