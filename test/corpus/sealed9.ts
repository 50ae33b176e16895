import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 9 (issue 11). `sealed8.ts` was scored and becomes tuning data; this set replaces it as the blind one.
 * It was written, with its labels, by someone who never read the detector (lib/detect.ts, lib/detect/*,
 * lib/page/context.ts), never read a score of an earlier sealed set, and never ran the detector on these snippets.
 * Its page shapes (`kind`, prefixed `s9-`) appear in no other corpus file. Score it once; do not edit a snippet to
 * make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Some decoys reuse those digits; about a third of the
 * decoys are numbers of the 10,000-code synthetic set (KNOWN_10K) used as ZIPs, account, batch, ledger and control
 * numbers, encounter-data error codes, CDM numbers, cell counts and amounts in cents. No other five-digit CPT code
 * appears in a coding context (it would be unknown to KNOWN_5 and so an unfair miss).
 *
 * Shapes built on real public document layouts (field and column names, line order; our codes swapped in): the
 * Medicare Remit Easy Print (MREP) claim-detail page (PERF PROV / SERV DATE / POS / NOS / PROC / MODS / BILLED /
 * ALLOWED / DEDUCT / COINS / GRP/RC-AMT / PROV PD, CLAIM TOTALS, NET), the X12 XML rendering of an 837P (segment and
 * element tags SV1 / SV101-02), an HL7 v2 field-tree message viewer (FT1-7, FT1-25, PID-11.5), FHIR R4
 * ExplanationOfBenefit in XML (productOrService coding, adjudication category), a FHIR Claim's generated narrative
 * table, a state Medicaid paper remittance advice, the CMS Medicare Advantage encounter data MAO-002 report (record
 * types, ICN, line status, five-digit edit codes), a payer 837P companion-guide table (loop, segment, element,
 * example) and an EAPG grouper output. The other shapes (fixed-width claim extract, meeting transcript, two-column
 * PDF fee-schedule text layer, HIM deficiency queue, claim-edit rationale screen, spreadsheet formula bar,
 * intra-op nursing record, guarantor ledger, benefit-manager case summary, application server log) are written the
 * way those pages read, with no single public source.
 */

// ── MREP (Medicare Remit Easy Print) claim detail, PDF text layer, one line each ──
const mrep: Snippet[] = lines({
  id: 's9-mrep',
  kind: 's9-mrep-remit-print',
  text: [
    'NOVITAS SOLUTIONS INC              MEDICARE REMITTANCE ADVICE',
    'PO BOX 3702                        NPI: 1093847561',
    'MECHANICSBURG PA [17055]-3702        PAGE #: 1 OF 2',
    'RIVERBEND NEURO AND PAIN           REMIT#: [40716]',
    '1100 OLENTANGY RIVER RD            DATE: 11/27/2026',
    'COLUMBUS OH [43212]                  CHECK/EFT #: 0000558120',
    'PERF PROV  SERV DATE   POS NOS PROC  MODS  BILLED  ALLOWED DEDUCT COINS  GRP/RC-AMT      PROV PD',
    'NAME HARPER, LENA  MID 1EG4TE5MK73  ACNT [30308]-HL  ICN 0226331245780  ASG Y  MOA MA01',
    '1093847561 1105 110526 11  1  {64712} RT    2400.00  612.34   0.00  122.47 CO-45  1787.66   489.87',
    '1093847561 1105 110526 11  1  {64712} LT59  2400.00  306.17   0.00   61.23 CO-45  2093.83   244.94',
    'PT RESP 183.70        CLAIM TOTALS          4800.00  918.51   0.00  183.70        3881.49   734.81',
    '                                                                                NET    734.81',
    'NAME OSEI, KWAME   MID 7QR2WD8JN44  ACNT [48980]-KO  ICN 0226331245781  ASG Y  MOA MA01 MA18',
    '1184729305 1112 111226 22  1  {64632}       1850.00  410.06   0.00   82.01 CO-45  1439.94   328.05',
    '1184729305 1112 111226 22  2  {64612} 50     900.00  280.44   0.00   56.09 CO-45   619.56   224.35',
    '                                                                  CO-97    0.00',
    'NAME ALVAREZ, ROSA MID 3HX9PP1TT20  ACNT [64445]-RA  ICN 0226331245782  ASG Y  MOA MA130',
    '1093847561 1118 111826 24  1  {64445} RT    1200.00    0.00   0.00    0.00 CO-16  1200.00     0.00',
    'TOTALS: # OF CLAIMS 3   BILLED AMT 7850.00   ALLOWED AMT 1328.57   PROV PD AMT 1063.16   CHECK AMT [63556]',
  ].join('\n'),
});

// ── X12 837P as X12 XML (clearinghouse "XML view"), one element per line ──
const x12Xml: Snippet[] = lines({
  id: 's9-837xml',
  kind: 's9-x12-837p-xml',
  text: [
    '<Loop2010AA>',
    '  <N4><N401>COLUMBUS</N401><N402>OH</N402><N403>432121127</N403></N4>',
    '  <REF><REF01>G2</REF01><REF02>[60280]</REF02></REF>',
    '</Loop2010AA>',
    '<Loop2010BB>',
    '  <NM1><NM101>PR</NM101><NM102>2</NM102><NM103>BUCKEYE MUTUAL</NM103><NM108>PI</NM108><NM109>[35922]</NM109></NM1>',
    '</Loop2010BB>',
    '<Loop2300>',
    '  <CLM><CLM01>[52324]-A</CLM01><CLM02>3250</CLM02><CLM05><CLM05-01>11</CLM05-01></CLM05></CLM>',
    '  <REF><REF01>G1</REF01><REF02>PA[64714]</REF02></REF>',
    '  <Loop2400>',
    '    <LX><LX01>1</LX01></LX>',
    '    <SV1><SV101><SV101-01>HC</SV101-01><SV101-02>{64714}</SV101-02><SV101-03>RT</SV101-03></SV101>',
    '      <SV102>2400</SV102><SV103>UN</SV103><SV104>1</SV104></SV1>',
    '    <REF><REF01>6R</REF01><REF02>[64714]</REF02></REF>',
    '  </Loop2400>',
    '  <Loop2400>',
    '    <LX><LX01>2</LX01></LX>',
    '    <SV1><SV101><SV101-01>HC</SV101-01><SV101-02>{64445}</SV101-02></SV101>',
    '      <SV102>850</SV102><SV103>UN</SV103><SV104>1</SV104></SV1>',
    '    <REF><REF01>6R</REF01><REF02>[18765]</REF02></REF>',
    '  </Loop2400>',
    '  <Loop2400>',
    '    <SV1><SV101><SV101-01>HC</SV101-01><SV101-02>{64612}</SV101-02><SV101-03>LT</SV101-03></SV101>',
    '      <SV102>900</SV102><SV103>UN</SV103><SV104>1</SV104></SV1>',
    '    <DTP><DTP01>472</DTP01><DTP02>D8</DTP02><DTP03>20261105</DTP03></DTP>',
    '    <REF><REF01>6R</REF01><REF02>[27355]</REF02></REF>',
    '    <NTE><NTE01>ADD</NTE01><NTE02>LT SIDE OF BILATERAL {64612}, RT ON LINE [00004]</NTE02></NTE>',
    '  </Loop2400>',
    '</Loop2300>',
  ].join('\n'),
});

// ── HL7 v2 message viewer, field tree (one row per field: path, name, value) ──
const hl7Tree: Snippet[] = table({
  id: 's9-hl7tree',
  kind: 's9-hl7-tree-viewer',
  caption: 'Message 3 of 12  DFT^P03  Control ID 00000881',
  headers: ['Field', 'Name', 'Value'],
  rows: [
    ['MSH-10', 'Message Control ID', '[74361]'],
    ['PID-3.1', 'Patient Identifier', '[64632]'],
    ['PID-11.5', 'Zip or Postal Code', '[45601]'],
    ['PV1-19', 'Visit Number', '[12761]'],
    ['FT1-2', 'Transaction ID', '[12511]'],
    ['FT1-7', 'Transaction Code', '{64632}'],
    ['FT1-8', 'Transaction Description', 'DESTRUCTION NEUROLYTIC AGENT GENICULAR NERVES'],
    ['FT1-10', 'Transaction Quantity', '1'],
    ['FT1-21', 'Ordering Provider', '1184729305^OKAFOR^DANIEL'],
    ['FT1-25', 'Procedure Code', '{64632}^DESTRUCTION GENICULAR^C4'],
    ['FT1-26', 'Procedure Code Modifier', 'RT'],
    ['FT1-7', 'Transaction Code (FT1 #2)', '{64612}'],
    ['FT1-25', 'Procedure Code (FT1 #2)', '{64612}^CHEMODENERVATION FACIAL NERVE^C4'],
    ['IN1-3', 'Insurance Company ID', '[39073]'],
    ['GT1-5.5', 'Guarantor Zip', '[43080]'],
  ],
});

// ── FHIR R4 ExplanationOfBenefit, XML, pretty-printed in a developer portal ──
const eobXml: Snippet[] = lines({
  id: 's9-eobxml',
  kind: 's9-fhir-eob-xml',
  text: [
    '<ExplanationOfBenefit xmlns="http://hl7.org/fhir">',
    '  <id value="eob-[44798]"/>',
    '  <identifier><system value="https://bmh.example/claim-number"/><value value="[89205]"/></identifier>',
    '  <provider><reference value="Organization/[99101]"/></provider>',
    '  <claim><reference value="Claim/[64712]"/></claim>',
    '  <item>',
    '    <sequence value="1"/>',
    '    <productOrService>',
    '      <coding><system value="http://www.ama-assn.org/go/cpt"/><code value="{64445}"/>',
    '        <display value="Injection, anesthetic agent; sciatic nerve, single"/></coding>',
    '    </productOrService>',
    '    <locationAddress><postalCode value="[43215]"/></locationAddress>',
    '    <adjudication><category><coding><code value="submitted"/></coding></category>',
    '      <amount><value value="850.00"/><currency value="USD"/></amount></adjudication>',
    '  </item>',
    '  <item>',
    '    <sequence value="2"/>',
    '    <productOrService><coding><system value="http://www.ama-assn.org/go/cpt"/><code value="{64712}"/></coding>',
    '    </productOrService>',
    '    <modifier><coding><code value="RT"/></coding></modifier>',
    '    <adjudication><category><coding><code value="benefit"/></coding></category>',
    '      <amount><value value="489.87"/><currency value="USD"/></amount></adjudication>',
    '  </item>',
    '  <item>',
    '    <sequence value="3"/>',
    '    <productOrService><coding><system value="http://www.ama-assn.org/go/cpt"/><code value="{64714}"/></coding></productOrService>',
    '    <noteNumber value="2"/>',
    '  </item>',
    '  <processNote><number value="2"/><text value="Line 3 ({64714}) denied: included in line 2 ({64712}). Appeal ref [63228]."/></processNote>',
  ].join('\n'),
});

// ── FHIR Claim, generated narrative table (IG publisher / HAPI "Narrative" tab) ──
const fhirNarrative: Snippet[] = table({
  id: 's9-narr',
  kind: 's9-fhir-narrative-table',
  caption: 'Claim claim-[55551]: Items',
  headers: ['Sequence', 'ProductOrService', 'Modifier', 'Serviced[x]', 'Quantity', 'Net', 'CareTeamSequence'],
  rows: [
    ['1', '{64714} (CPT)', 'LT', '2026-11-09', '1', '2400.00 USD', '1'],
    ['2', '{64445} (CPT)', '', '2026-11-09', '1', '850.00 USD', '1'],
    ['3', 'A4550 (HCPCS)', '', '2026-11-09', '1', '[12500] (cents)', '2'],
    ['4', '{64612} (CPT)', 'RT', '2026-11-09', '1', '900.00 USD', '1'],
    ['5', '[19933] (local)', '', '2026-11-09', '1', '0.00 USD', '2'],
  ],
}).concat([
  {
    id: 's9-narr-head',
    kind: 's9-fhir-narrative-table',
    text: 'Claim claim-[55551] "professional" for Patient/pat-[46405], billablePeriod 2026-11-09, total 3375.00 USD',
    after: 'Items',
  },
]);

// ── State Medicaid paper remittance advice (fixed columns, PDF text) ──
const medicaidRa: Snippet[] = lines({
  id: 's9-mcdra',
  kind: 's9-medicaid-ra-paper',
  text: [
    'OHIO DEPARTMENT OF MEDICAID        REMITTANCE ADVICE       RA NUMBER [66273]    WARRANT 0004117620',
    'PROVIDER 0312886  RIVERBEND NEURO AND PAIN   1100 OLENTANGY RIVER RD  COLUMBUS OH [43212]',
    'PAID CLAIMS - PHYSICIAN',
    'RECIPIENT NAME   RECIPIENT ID   ICN             SVC DATE  PROC   MOD UNITS BILLED   ALLOWED  PAID    EOB',
    'HARPER L         XXXXXXX[75205]   2226331002140   11/05/26  {64712}  RT  1     2400.00   498.11  498.11  000',
    'HARPER L         XXXXXXX[75205]   2226331002140   11/05/26  {64445}      1      850.00   142.67  142.67  000',
    'DENIED CLAIMS - PHYSICIAN',
    'NGUYEN T         XXXXXXX[33510]   2226331002188   11/14/26  {64632}  LT  1     1850.00     0.00    0.00  [01820]',
    'EOB [01820]  PRIOR AUTHORIZATION NUMBER MISSING OR INVALID',
    'EOB 000    PAID AS BILLED / PAID PER FEE SCHEDULE',
    'ADJUSTED CLAIMS - PHYSICIAN',
    'OSEI K           XXXXXXX[44673]   2226331002201   11/12/26  {64714}  LT  1     2400.00   598.20  -97.11  [52095]',
    'EOB [52095]  CLAIM ADJUSTED - RECOUPMENT OF PRIOR OVERPAYMENT, ORIG ICN 2226298001717',
    'TOTAL PAID CLAIMS 2   TOTAL PAID 640.78   TOTAL DENIED 1   PROVIDER ZIP [43212]',
  ].join('\n'),
});

// ── Fixed-width claim extract (practice-management export, with its column ruler) ──
const fixedWidth: Snippet[] = lines({
  id: 's9-fixed',
  kind: 's9-fixed-width-extract',
  text: [
    '* CLAIM LINE EXTRACT  RUN 2026-11-30  SOURCE PM-PROD  FILE CLMLN_1130.TXT',
    '* CLAIMNO  LN DOS      CPT   M1 M2 UNT CHARGE   DEPT  PAYER',
    '[83020]   01 20261105 {64712} RT    001 00240000 [33540] [55806]',
    '[83020]   02 20261105 {64445}       001 00085000 [33540] [55806]',
    '[85494]   01 20261112 {64632} LT    001 00185000 [30310] [86731]',
    '[85494]   02 20261112 {64612} 50    002 00090000 [30310] [86731]',
    '* TRAILER  RECORDS [00004]  TOTAL CHARGE 00600000',
  ].join('\n'),
});

// ── Teams meeting transcript (billing huddle), one caption line each ──
const transcript: Snippet[] = lines({
  id: 's9-teams',
  kind: 's9-meeting-transcript',
  text: [
    'Dana Liu   0:02',
    'OK so first item is the Buckeye denials. They came back on account [48980], the Osei claim.',
    'Marcus Webb   0:19',
    "Right, they denied line two, the {64612} with the 50, saying bilateral isn't allowed for that code.",
    'Dana Liu   0:31',
    'But {64612} is per side, so we rebill it as two lines, RT and LT, one unit each.',
    'Marcus Webb   0:44',
    'And {64632} on line one paid, about four ten allowed. The batch number is [20468] if you want to pull it.',
    'Priya Natarajan   1:02',
    'For the Harper case — {64712} and {64714} on the same day. Do we need 59 on the second one?',
    'Dana Liu   1:15',
    "Yes, XS. Different nerve. Her ZIP changed too, it's [43080] now, update registration.",
    'Priya Natarajan   1:27',
    "Got it. Queue [31062] has the rest of them; I'll work those after lunch.",
    'Marcus Webb   1:40',
    'Last thing, Medicare sent the {64445} back for Alvarez with CO-16. Claim [73124], they want the NPI fixed.',
    'Dana Liu   1:52',
    "Fine. Send it to [75598] in the portal queue and I'll look tomorrow.",
  ].join('\n'),
});

// ── Two-column fee-schedule PDF, text layer interleaves the columns ──
const twoColumn: Snippet[] = lines({
  id: 's9-2col',
  kind: 's9-pdf-two-column-fee-layer',
  text: [
    'SECTION 6 — NERVOUS SYSTEM                    Effective January 1, 2027',
    'Code   Mod  Fee        Code   Mod  Fee',
    '{64445}       $142.67    {64632}       $410.06',
    '{64612}       $280.44    {64712}  RT   $612.34',
    '{64714}       $598.20    {64712}  LT   $612.34',
    '{64632}  50   $615.09    {64445}  50   $213.99',
    'Note 4: modifier 50 is paid at 150% of the unilateral fee (contract [54569]).',
    'Note 5: for {64712}–{64714} attach the operative report; report {64714} once per session.',
    'Fee Schedule [37509] rev. 4                    Page 48 of 112',
    'Contact Provider Services: 1-800-555-0142, ext. [14457]',
  ].join('\n'),
});

// ── HIM chart deficiency queue ──
const him: Snippet[] = table({
  id: 's9-him',
  kind: 's9-him-deficiency-queue',
  caption: 'Deficiency Queue — Procedural Services — 14 open',
  headers: ['MRN', 'Encounter', 'Physician', 'Deficiency', 'Procedure', 'Days Open'],
  rows: [
    ['[72132]', 'E-[26235]', 'OKAFOR, D', 'Op note unsigned', '{64712} Neuroplasty sciatic', '6'],
    ['[64445]', 'E-[26241]', 'OKAFOR, D', 'Missing laterality', '{64632}', '3'],
    ['[57917]', 'E-[26302]', 'PATEL, S', 'Dictation missing', '{64714} Neuroplasty lumbar plexus', '11'],
    ['[11954]', 'E-[26310]', 'PATEL, S', 'Consent not scanned', '{64445}', '2'],
    ['[68176]', 'E-[26344]', 'NWOSU, A', 'Query: level of nerve', '{64612} RT', '8'],
    ['[69413]', 'E-[26351]', 'NWOSU, A', 'H&P > 30 days', '{64714}', '1'],
  ],
});

// ── Claim-edit rationale screen (payer code-auditing software, one paragraph per edit) ──
const editRationale: Snippet[] = [
  {
    id: 's9-edit-1',
    kind: 's9-claim-edit-rationale',
    text: 'Edit 1 of 2 — Rule ID [42368] (Add-on without primary). Line 3 {64612} was billed without a primary procedure on the same date of service. Line 3 denied. Reference: Claim [52984], Policy RP-[21923].',
  },
  {
    id: 's9-edit-2',
    kind: 's9-claim-edit-rationale',
    text: 'Edit 2 of 2 — Rule ID [42371] (Mutually exclusive). {64714} is mutually exclusive with {64712} when performed through the same incision; modifier XS overrides. Lines 1–2 paid at [10304] cents after override.',
  },
  {
    id: 's9-edit-3',
    kind: 's9-claim-edit-rationale',
    text: 'Recommendation: resubmit line 3 with the primary {64632} on the same claim, or append documentation. Appeal within 90 days to PO Box [16153].',
  },
  {
    id: 's9-edit-4',
    kind: 's9-claim-edit-rationale',
    text: 'Override history: [57043] overrides this quarter for TIN ***-[97864]; 12% involved {64712} or {64714}.',
  },
];

// ── Spreadsheet formula bar and cell display (fee model workbook) ──
const formulaBar: Snippet[] = [
  {
    id: 's9-fx-1',
    kind: 's9-spreadsheet-formula-bar',
    text: 'fx  =VLOOKUP({64712},FeeTable!$A$2:$D$[40000],3,FALSE)*1.12',
    before: 'C14',
  },
  {
    id: 's9-fx-2',
    kind: 's9-spreadsheet-formula-bar',
    text: 'fx  =SUMIFS(Charges!F:F,Charges!B:B,"{64445}",Charges!H:H,">="&DATE(2026,1,1))',
    before: 'D7',
  },
  {
    id: 's9-fx-3',
    kind: 's9-spreadsheet-formula-bar',
    text: 'fx  =IF(A9={64632},"Knee RFA","")',
    before: 'B9',
  },
  {
    id: 's9-fx-4',
    kind: 's9-spreadsheet-formula-bar',
    text: 'fx  =COUNTIF(Visits!A2:A[22861],">0")',
    before: 'G2',
  },
  {
    id: 's9-fx-5',
    kind: 's9-spreadsheet-formula-bar',
    text: 'fx  =[35134]*0.0125',
    before: 'H3',
  },
  {
    id: 's9-fx-7',
    kind: 's9-spreadsheet-formula-bar',
    text: 'fx  =XLOOKUP("{64714}",Codes!A:A,Codes!C:C)+XLOOKUP("{64612}",Codes!A:A,Codes!C:C)',
    before: 'E21',
  },
  {
    id: 's9-fx-8',
    kind: 's9-spreadsheet-formula-bar',
    text: 'fx  =TEXT([45000],"mm/dd/yyyy")',
    before: 'A1',
  },
  {
    id: 's9-fx-6',
    kind: 's9-spreadsheet-formula-bar',
    text: 'Name Box: FeeTable   Sheet 2 of 4   Cells A2:D412   Sum: [56218]',
  },
];

// ── Intra-operative nursing record (EHR print, label: value lines) ──
const intraop: Snippet[] = lines({
  id: 's9-intraop',
  kind: 's9-intraop-nursing-record',
  text: [
    'INTRAOPERATIVE RECORD         Case # [69348]         OR 4',
    'Patient: HARPER, LENA   MRN [72132]   DOB 04/22/1968',
    'Time Out: 08:12  Site: RIGHT sciatic, marked  Verified by: J. Ruiz RN',
    'Scheduled Procedure: Neuroplasty, sciatic nerve, right ({64712})',
    'Performed Procedure(s): {64712}-RT; {64445} block by anesthesia (separate)',
    'Implants: none   Specimens: none   Sponge count: correct x2',
    'Tourniquet: N/A   Grounding pad lot [86868]   Position: prone',
    'Anesthesia: MAC + {64445} (sciatic, single shot) by Dr. Lin  Anesthesia record [76835]',
    'Circulator: J. Ruiz RN  Scrub: T. Bell ST   Charge sheet: CDM [38339] OR TIME 1ST 30 MIN',
  ].join('\n'),
});

// ── Guarantor ledger (practice-management account history) ──
const ledger: Snippet[] = table({
  id: 's9-ledger',
  kind: 's9-guarantor-ledger',
  caption: 'Guarantor [40716] HARPER, LENA — Account History',
  headers: ['Date', 'Ref #', 'Code', 'Description', 'Charges', 'Credits', 'Balance'],
  rows: [
    ['11/05/26', '[88536]', '{64712}-RT', 'NEUROPLASTY SCIATIC', '2,400.00', '', '2,400.00'],
    ['11/05/26', '[88537]', '{64445}', 'INJ SCIATIC NERVE SINGLE', '850.00', '', '3,250.00'],
    ['11/27/26', '[88921]', 'PMT-MCR', 'MCARE PMT CHK 558120', '', '640.78', '2,609.22'],
    ['11/27/26', '[88922]', 'ADJ-CO45', 'CONTRACTUAL ADJ', '', '2,426.14', '183.08'],
    ['11/30/26', '[89375]', '{64712}-LT', 'NEUROPLASTY SCIATIC', '2,400.00', '', '2,583.08'],
    ['11/30/26', '[89376]', '{64612}', 'CHEMODENERV FACIAL NERVE', '900.00', '', '3,483.08'],
    ['11/30/26', '[90442]', 'STMT', 'STATEMENT SENT', '', '', '3,483.08'],
  ],
});

// ── EAPG grouper output (outpatient claim, line-level) ──
const eapg: Snippet[] = table({
  id: 's9-eapg',
  kind: 's9-eapg-grouper-output',
  caption: 'Grouper 3.18  Claim [81762]  Visit EAPG 0052  Final Weight 4.2180',
  headers: ['Ln', 'Rev', 'HCPCS', 'Mod', 'Units', 'EAPG', 'Type', 'Pay Flag', 'Charge'],
  rows: [
    ['1', '0360', '{64714}', 'RT', '1', '0052', 'Significant proc', 'Paid', '$[12450]'],
    ['2', '0370', '{64445}', '', '1', '0432', 'Ancillary', 'Packaged', '$2,210'],
    ['3', '0250', '', '', '4', '0430', 'Ancillary', 'Packaged', '$[88130]'],
    ['4', '0710', '', '', '1', '0999', 'Unassigned', 'No pay', '$1,080'],
    ['5', '0360', '{64712}', 'XS', '1', '0052', 'Significant proc', 'Discounted 50%', '$[11274]'],
    ['6', '0636', '', '', '[17459]', '0430', 'Drug (units, mcg)', 'Packaged', '$96'],
  ],
});

// ── 837P companion guide table (payer PDF) ──
const companion: Snippet[] = table({
  id: 's9-cg',
  kind: 's9-companion-guide-table',
  caption: 'Table 7. 837P data element notes — Buckeye Mutual Health, Payer ID 35922',
  headers: ['Loop', 'Segment', 'Element', 'Name', 'Buckeye note / example'],
  rows: [
    ['1000B', 'NM1', 'NM109', 'Receiver ID', 'Use [35922]'],
    ['2010BB', 'REF', 'REF02', 'Payer secondary ID', 'Send [60054] for Medicare Advantage plans'],
    ['2300', 'REF', 'REF02', 'Prior authorization', 'Required for {64632}, {64712} and {64714}; format PA + 9 digits'],
    ['2400', 'SV1', 'SV101-2', 'Procedure code', 'Example: SV1*HC:{64445}*850*UN*1***1~'],
    ['2400', 'SV1', 'SV101-3', 'Modifier 1', 'Bilateral {64612}: two lines RT / LT, not 50'],
    ['2400', 'REF', 'REF02', 'Line item control #', 'Max 30; e.g. [64612]A'],
  ],
});

// ── Benefit-manager (musculoskeletal program) case summary page ──
const rbm: Snippet[] = lines({
  id: 's9-rbm',
  kind: 's9-rbm-case-summary',
  text: [
    'Case Summary',
    'Case Number: A-[94288]-117   Episode ID: [58575]',
    'Health Plan: Buckeye Mutual Health (Group [66941])',
    'Program: Interventional Pain Management',
    'Requested: {64632} x1 (left genicular), {64445} x1',
    'Determination: {64632} Approved  |  {64445} Not required — code not on program list',
    'Valid: 12/01/2026 – 05/29/2027   Site of service: ASC, Columbus OH [43214]',
    'Questions? Call 888-693-3211, option 2, ext [79048].',
    'Clinical reviewer: K. Shah, MD   Reviewer ID [79309]   Decision letter mailed to ZIP [43081]',
    'Related case: A-[95390]-204 ({64612}, right) — Closed, withdrawn by provider',
  ].join('\n'),
});

// ── EDS MAO-002 encounter data processing status report (vendor rendering, line detail) ──
const mao002: Snippet[] = lines({
  id: 's9-mao002',
  kind: 's9-eds-mao002-report',
  text: [
    'MAO-002 ENCOUNTER DATA PROCESSING STATUS REPORT   CONTRACT H3612   FILE ID [97526]',
    'REC ENCOUNTER ICN        LN  PROC   STATUS  ERROR  DESCRIPTION',
    '100 2026330000041128     000        ACCEPT',
    '200 2026330000041128     001 {64714}  ACCEPT',
    '200 2026330000041128     002 {64612}  REJECT  [00970]  UNITS OF SERVICE EXCEED LIMIT',
    '100 2026330000041144     000        REJECT  [02658]  MEMBER NOT ENROLLED ON DOS',
    '200 2026330000041144     001 {64712}  REJECT  [02658]',
    '100 2026330000041151     000        ACCEPT',
    '200 2026330000041151     001 {64445}  ACCEPT  [49621]  INFORMATIONAL: NPI NOT ON FILE',
    'TOTAL LINES 7  ACCEPTED 4  REJECTED 3  SUBMITTER ID ENH[04423]',
  ].join('\n'),
});

// ── Billing application server log ──
const appLog: Snippet[] = lines({
  id: 's9-log',
  kind: 's9-app-server-log',
  text: [
    '2026-11-30 10:12:04,118 INFO  [ChargeRouter-7] charge [77590] routed: cpt={64714} dept=[30308] wq=PRO-NEURO',
    '2026-11-30 10:12:04,131 WARN  [ChargeRouter-7] no fee for cpt={64612} in schedule [37509]; holding charge [77591]',
    '2026-11-30 10:12:05,002 INFO  [ClaimBuilder-2] claim [52324] built, lines=2, codes=[{64712},{64445}]',
    '2026-11-30 10:12:05,410 ERROR [EdiSender-1] connection to clearinghouse port [21443] refused, retry 3/5',
    '2026-11-30 10:12:09,776 INFO  [EdiSender-1] batch [20468] sent, 14 claims, bytes=[83505]',
    '2026-11-30 10:12:11,090 DEBUG [RuleEngine-4] rule PA_REQ matched cpt={64632} payer=[34777] plan=[32303]',
    '2026-11-30 10:12:11,094 INFO  [Http-9] GET /api/charges/[39725] 200 in [40000]us',
  ].join('\n'),
});

// ── Desktop charge-entry modal (practice management), label / value per field ──
const chargeEntry: Snippet[] = [
  {
    id: 's9-ce-1',
    kind: 's9-charge-entry-modal',
    text: '{64714}',
    before: 'Proc Code',
    after: 'Neuroplasty; lumbar plexus',
  },
  { id: 's9-ce-2', kind: 's9-charge-entry-modal', text: '[71887]', before: 'Ticket #', after: 'Batch' },
  { id: 's9-ce-3', kind: 's9-charge-entry-modal', text: '[24881]', before: 'Batch', after: 'Post Date' },
  { id: 's9-ce-4', kind: 's9-charge-entry-modal', text: '{64612}', before: 'Proc Code', after: 'Mod 1 RT' },
  { id: 's9-ce-5', kind: 's9-charge-entry-modal', text: '[43215]', before: 'Service Facility ZIP', after: 'POS 22' },
  { id: 's9-ce-6', kind: 's9-charge-entry-modal', text: '[53332]', before: 'Fee (cents)', after: 'Units 1' },
  { id: 's9-ce-7', kind: 's9-charge-entry-modal', text: '{64445} RT', before: 'Proc / Mod', after: 'Dx Ptr 1' },
  {
    id: 's9-ce-8',
    kind: 's9-charge-entry-modal',
    text: 'Warning: {64612} is usually billed per side. Enter RT and LT on separate lines. Ref [23644].',
    before: 'Charge Entry — Ticket 71887',
  },
  { id: 's9-ce-10', kind: 's9-charge-entry-modal', text: '[78456]', before: 'Guarantor #', after: 'HARPER, LENA' },
  { id: 's9-ce-11', kind: 's9-charge-entry-modal', text: '{64632}-LT', before: 'Proc / Mod', after: 'Dx Ptr 1,2' },
  { id: 's9-ce-9', kind: 's9-charge-entry-modal', text: '[64632]', before: 'Referring Provider ID', after: 'Auth #' },
];

// ── Billing-service monthly invoice to the practice (PDF text) ──
const serviceInvoice: Snippet[] = lines({
  id: 's9-bsinv',
  kind: 's9-billing-service-invoice',
  text: [
    'MIDWEST REVENUE PARTNERS LLC           INVOICE [26118]',
    '400 W NATIONWIDE BLVD, COLUMBUS OH [43215]      Terms: Net 30',
    'Bill to: Riverbend Neuro and Pain, client no. [36014]',
    'Service period: 11/01/2026 – 11/30/2026',
    'Collections posted ........................... $[84257].19',
    'Fee @ 6.5% of collections ................... $5,476.72',
    'Coding review add-on (procedures {64712}, {64714}, {64632}) ... 42 charts',
    'Appeals filed: 6 (incl. 3 for {64612} frequency denials)',
    'Amount due ................................... $5,896.72   Remit to lockbox [60754]',
  ].join('\n'),
});

// ── Practice analytics: bar chart axis labels and tooltip ──
const chart: Snippet[] = [
  {
    id: 's9-chart-1',
    kind: 's9-chart-axis-tooltip',
    text: '{64712}',
    before: 'Top procedures by wRVU, FY2026',
    after: '64632',
  },
  { id: 's9-chart-2', kind: 's9-chart-axis-tooltip', text: '{64632}', before: '64712', after: '64445' },
  { id: 's9-chart-3', kind: 's9-chart-axis-tooltip', text: '{64445}', before: '64632', after: '64714' },
  { id: 's9-chart-4', kind: 's9-chart-axis-tooltip', text: '{64714}', before: '64445', after: '0' },
  { id: 's9-chart-5', kind: 's9-chart-axis-tooltip', text: '[10000]', before: '0 2500 5000 7500', after: '12500' },
  { id: 's9-chart-6', kind: 's9-chart-axis-tooltip', text: '[12500]', before: '7500 10000', after: 'wRVU' },
  {
    id: 's9-chart-7',
    kind: 's9-chart-axis-tooltip',
    text: '{64632} · 318 cases · $[59517] net collections · wRVU 1,052',
  },
  {
    id: 's9-chart-8',
    kind: 's9-chart-axis-tooltip',
    text: 'Filter: Location = Dublin ([43017])  Provider = All  Payer = All  Rows: [13748]',
  },
];

// ── Patient-written billing dispute letter (scanned, text layer) ──
const disputeLetter: Snippet[] = lines({
  id: 's9-ptdisp',
  kind: 's9-patient-dispute-letter',
  text: [
    'Rosa Alvarez',
    '218 Maple Grove Ct, Westerville OH [43081]',
    'Re: Account [28592], statement dated November 20',
    'To the billing office,',
    'I am writing about the charge for {64445} on November 18. My insurance card says the group',
    'number is [47147] and they told me on the phone this injection was never sent to them.',
    'I also see a second line {64445} with RT on it for the same day. I only had one shot.',
    'I paid $120.00 at the front desk, receipt no. [66939].',
    'The surgery on November 5 was {64712}, I understand that one. The claim number on my EOB is [65702].',
    'Please correct this and resend to my insurance. My phone is 614-555-0199.',
  ].join('\n'),
});

// ── SOAP claim-status web service response (payer B2B gateway, raw XML) ──
const soap: Snippet[] = lines({
  id: 's9-soap',
  kind: 's9-soap-claim-status',
  text: [
    '<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">',
    ' <soap:Body><ClaimStatusResponse>',
    '  <TraceNumber>[78072]</TraceNumber>',
    '  <PayerClaimControlNumber>2226331002140</PayerClaimControlNumber>',
    '  <PatientAccountNumber>[40962]</PatientAccountNumber>',
    '  <ServiceLine><LineNumber>1</LineNumber><ProcedureCode>{64712}</ProcedureCode><Modifier>RT</Modifier>',
    '   <ChargeAmount>2400.00</ChargeAmount><PaidAmount>489.87</PaidAmount><StatusCategory>F1</StatusCategory></ServiceLine>',
    '  <ServiceLine><LineNumber>2</LineNumber><ProcedureCode>{64714}</ProcedureCode>',
    '   <ChargeAmount>2400.00</ChargeAmount><PaidAmount>0</PaidAmount><StatusCategory>F2</StatusCategory>',
    '   <StatusCode>[16222]</StatusCode></ServiceLine>',
    '  <ServiceLine><LineNumber>3</LineNumber><ProcedureCode>{64445}</ProcedureCode><StatusCode>[22407]</StatusCode></ServiceLine>',
    '  <PayerZip>[17055]</PayerZip>',
    '  <ResponseTimeMs>[29829]</ResponseTimeMs>',
    ' </ClaimStatusResponse></soap:Body></soap:Envelope>',
  ].join('\n'),
});

// ── Payer developer docs: OpenAPI parameter table and request example ──
const apiDocs: Snippet[] = [
  ...table({
    id: 's9-oas',
    kind: 's9-openapi-docs-example',
    caption: 'POST /v2/prior-auth/eligibility-check — Parameters',
    headers: ['Name', 'In', 'Type', 'Description', 'Example'],
    rows: [
      ['memberId', 'body', 'string', 'Member identifier on the card', '[87968]'],
      ['procedureCode', 'body', 'string', 'CPT or HCPCS code of the planned service', '{64632}'],
      ['serviceZip', 'body', 'string', 'ZIP of the rendering site', '[45202]'],
      ['planId', 'body', 'integer', 'Plan id from /plans', '[94153]'],
      ['maxResults', 'query', 'integer', 'Page size, at most [10000]', '50'],
      ['modifier', 'body', 'string', 'Optional modifier for procedureCode (e.g. RT on {64712})', 'RT'],
    ],
  }),
  ...lines({
    id: 's9-oas-ex',
    kind: 's9-openapi-docs-example',
    text: [
      'curl -X POST https://api.payer.example/v2/prior-auth/eligibility-check \\',
      '  -d \'{"memberId":"[87968]","procedureCodes":["{64632}","{64612}"],"serviceZip":"[45202]"}\'',
      'Response 200: {"required":true,"codes":[{"code":"{64632}","paRequired":true},{"code":"{64612}","paRequired":false}],"ttl":[86400]}',
    ].join('\n'),
  }),
];

// ── Webinar Q&A panel (payer provider-education session), one question / answer each ──
const webinar: Snippet[] = [
  {
    id: 's9-web-1',
    kind: 's9-webinar-qna-panel',
    text: 'Q (Anonymous Attendee, 10:41): Is prior auth needed for {64632} when done in the office, POS 11?',
  },
  {
    id: 's9-web-2',
    kind: 's9-webinar-qna-panel',
    text: 'A (Provider Relations, 10:43): Yes. {64632} needs PA in every setting starting 1/1/2027. See bulletin [31066], page 3.',
  },
  {
    id: 's9-web-3',
    kind: 's9-webinar-qna-panel',
    text: 'Q (Kim R., 10:45): We bill {64712} and {64714} together sometimes — any edits? Our TIN ends [42199].',
  },
  {
    id: 's9-web-4',
    kind: 's9-webinar-qna-panel',
    text: 'A (Coding Lead, 10:47): {64714} with {64712} same session needs XS or 59 on the second code if separate nerves.',
  },
  {
    id: 's9-web-5',
    kind: 's9-webinar-qna-panel',
    text: 'Q (J. Morales, 10:52): Webinar ID [38488] — will slides be posted? Also, is +{64612} still an add-on?',
  },
  {
    id: 's9-web-6',
    kind: 's9-webinar-qna-panel',
    text: 'A (Host, 10:53): Slides go up on the portal within 5 business days. The recording will use passcode [10037]. Please fill out the survey.',
  },
];

// ── Denial work board (kanban cards) ──
const kanban: Snippet[] = lines({
  id: 's9-kanban',
  kind: 's9-kanban-board-cards',
  text: [
    'TO APPEAL (4)',
    '#[45910] Buckeye — {64612} denied CO-97, bundled with {64632}',
    'Acct [28592] · Alvarez · due 12/18 · $850.00',
    'IN PROGRESS (2)',
    '#[45911] Medicare — {64712}-LT CO-45 variance, check allowed',
    '#[45917] Anthem — {64445} needs op note; fax [61991]',
    'WAITING ON PAYER (3)',
    '#[45902] UHC — reconsideration ref [70650]; lines {64714}, {64712}',
    'DONE (11)',
    '#[45870] Aetna — overturned, paid [80546] cents on {64632}',
  ].join('\n'),
});

export const sealed9: Snippet[] = [
  ...mrep,
  ...x12Xml,
  ...hl7Tree,
  ...eobXml,
  ...fhirNarrative,
  ...medicaidRa,
  ...fixedWidth,
  ...transcript,
  ...twoColumn,
  ...him,
  ...editRationale,
  ...formulaBar,
  ...intraop,
  ...ledger,
  ...eapg,
  ...companion,
  ...rbm,
  ...mao002,
  ...appLog,
  ...chargeEntry,
  ...serviceInvoice,
  ...chart,
  ...disputeLetter,
  ...soap,
  ...apiDocs,
  ...webinar,
  ...kanban,
];
