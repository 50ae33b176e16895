import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 13 (issue 11). `sealed12.ts` is about to be scored and may become tuning data; this set replaces it as
 * the blind one. It was written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/context.ts), never read a score of an earlier sealed set, and never ran the detector on
 * these snippets. Its page shapes (`kind`, prefixed `s13-`) appear in no other corpus file. Score it once; do not
 * edit a snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Many decoys reuse those digits; about a third of the
 * others are numbers of the 10,000-code synthetic set (KNOWN_10K) used as ZIPs, ids, batch and control numbers, CDM
 * and ledger numbers, contract numbers, amounts in cents and counts. No other five-digit CPT code appears in a coding
 * context (it would be unknown to KNOWN_5 and so an unfair miss).
 *
 * Shapes built on real public document layouts (segment order, field and column names; our codes swapped in):
 * X12 278 request/response as one unbroken line (005010X217: UM, HCR, SV1, TRN, REF*BB, MSG), an HL7 v2.5.1 DFT^P03
 * in a field-by-field inspector (FT1-2…FT1-26 field names from the standard), FHIR R4 Claim in the RDF Turtle format
 * the spec publishes beside JSON and XML, FHIR R4 ConceptMap (CDM → CPT), the NY no-fault NF-3 verification of
 * treatment form (its "report of services rendered" grid: place of service including ZIP code, fee schedule
 * treatment code), VA Form 10-10172 Request for Service (2025 layout: veteran and ordering provider section, type of
 * service requested), the CMS MPFSDB carrier payment file (PFALL-style quoted CSV: year, 5-digit MAC number,
 * locality, HCPCS, modifier, non-facility and facility amounts, PC/TC, status, multiple-surgery indicator; IOM
 * 100-04 ch. 23 addendum layout) and a claims-database study abstract (PubMed page, methods naming CPT codes).
 * The other shapes (pandas DataFrame print in a notebook, logfmt charge events, quoted-reply e-mail chain, payer claim
 * detail definition list, 3270 prior-auth inquiry screen, SAS PROC FREQ listing, appeal mail-merge preview, ERA viewer
 * claim and PLB grids, procedure clinic day agenda, prior-auth form validation messages, teaching physician
 * attestation, CDM bulk-edit confirmation, benefit manager code list in three PDF columns, bilingual member EOB,
 * spreadsheet comment threads, denial root-cause notes, consumer cost lookup, git log of a payer-rules repository,
 * encoder AI assistant answer, claim search result cards) are written the way those pages read, with no single
 * public source.
 */

// ── X12 278 request and response, raw, each interchange one unbroken line (clearinghouse "raw segment" text box) ──
const x12_278_oneline: Snippet[] = [
  {
    id: 's13-278-oneline-req',
    kind: 's13-x12-278-single-line',
    text:
      'ISA*00*          *00*          *ZZ*LAKESHOREPM    *ZZ*[33420]          *261124*1402*^*[00501]*000018842*0*P*:~' +
      'GS*HI*LAKESHOREPM*[33420]*20261124*1402*[18842]*X*005010X217~ST*278*0001*005010X217~' +
      'BHT*0007*13*PA[46618]*20261124*1402~HL*1**20*1~NM1*X3*2*GREAT LAKES COMMUNITY PLAN*****PI*[33420]~' +
      'HL*2*1*21*1~NM1*1P*2*LAKESHORE PAIN ASSOCIATES*****XX*1629384756~N4*KENOSHA*WI*[53142]~' +
      'HL*3*2*22*1~NM1*IL*1*VOSS*ADRIAN****MI*GLC[64632]A~HL*4*3*EV*1~UM*HS*I*3*11:B~' +
      'DTP*472*RD8*20261210-20270310~HI*ABK:G5762~HL*5*4*SS*0~TRN*1*[40860]*9LAKESHORE~UM*HS*I~' +
      'SV1*HC:{64632}:LT*1850*UN*1~HL*6*4*SS*0~TRN*1*[40861]*9LAKESHORE~SV1*HC:{64632}:RT*1850*UN*1~' +
      'SE*22*0001~GE*1*[18842]~IEA*1*000018842~',
  },
  {
    id: 's13-278-oneline-resp',
    kind: 's13-x12-278-single-line',
    text:
      'ST*278*0002*005010X217~BHT*0007*11*PA[46618]*20261126*0915~HL*1**20*1~' +
      'NM1*X3*2*GREAT LAKES COMMUNITY PLAN*****PI*[33420]~HL*2*1*21*1~' +
      'NM1*1P*2*LAKESHORE PAIN ASSOCIATES*****XX*1629384756~HL*3*2*22*1~NM1*IL*1*VOSS*ADRIAN****MI*GLC[64632]A~' +
      'HL*4*3*EV*1~UM*HS*I*3~DTP*AAH*RD8*20261210-20270310~HL*5*4*SS*0~TRN*2*[40860]*9LAKESHORE~UM*HS*I~' +
      'HCR*A1*AX[64714]~REF*BB*[58079]~SV1*HC:{64632}:LT*1850*UN*1~HL*6*4*SS*0~TRN*2*[40861]*9LAKESHORE~' +
      'HCR*A4~SV1*HC:{64632}:RT*1850*UN*1~MSG*RT SIDE PENDED - SEND NOTES REF CASE [51532] FAX 8005550199~' +
      'SE*21*0002~',
  },
];

// ── HL7 v2.5.1 DFT^P03 opened in an interface engine's field inspector (Seg | Field | Name | Value grid) ──
const hl7Inspector: Snippet[] = table({
  id: 's13-hl7insp',
  kind: 's13-hl7-field-inspector',
  caption: 'Message 3 of 14 — DFT^P03 — received 11/24/2026 09:41:07',
  headers: ['Seg', 'Field', 'Name', 'Value'],
  rows: [
    ['MSH', 'MSH-10', 'Message Control ID', '[92149]'],
    ['PID', 'PID-3', 'Patient Identifier List', '[64445]^^^NSHC^MR'],
    ['PID', 'PID-11', 'Patient Address', '2210 E 4TH ST^^DULUTH^MN^[55805]'],
    ['PV1', 'PV1-19', 'Visit Number', '[88109]'],
    ['FT1', 'FT1-2', 'Transaction ID', '[75433]'],
    ['FT1', 'FT1-3', 'Transaction Batch ID', '[26663]'],
    ['FT1', 'FT1-4', 'Transaction Date', '20261123'],
    ['FT1', 'FT1-6', 'Transaction Type', 'CG'],
    ['FT1', 'FT1-7', 'Transaction Code', '[41839]^NRV BLK SCIATIC^CDM'],
    ['FT1', 'FT1-10', 'Transaction Quantity', '1'],
    ['FT1', 'FT1-13', 'Department Code', '[64712]^ANES PAIN SVCS'],
    ['FT1', 'FT1-19', 'Diagnosis Code - FT1', 'M54.31^Sciatica, right side^I10'],
    ['FT1', 'FT1-25', 'Procedure Code', '{64445}^Injection, anesthetic agent; sciatic nerve, single^C4'],
    ['FT1', 'FT1-26', 'Procedure Code Modifier', 'RT^Right side^C4'],
    ['FT1', 'FT1-2', 'Transaction ID', '[75434]'],
    ['FT1', 'FT1-7', 'Transaction Code', '[41840]^NEUROLYSIS OPEN^CDM'],
    ['FT1', 'FT1-25', 'Procedure Code', '{64712}^Neuroplasty; sciatic nerve^C4'],
  ],
});

// ── FHIR R4 Claim in RDF Turtle (the spec's .ttl rendering), shown in a FHIR server's "format: turtle" view ──
const fhirTurtle: Snippet = {
  id: 's13-fhir-ttl-claim',
  kind: 's13-fhir-turtle-claim',
  text: [
    '@prefix fhir: <http://hl7.org/fhir/> .',
    '@prefix sct: <http://snomed.info/id/> .',
    '',
    '<http://example.org/fhir/Claim/[97652]> a fhir:Claim ;',
    '  fhir:nodeRole fhir:treeRoot ;',
    '  fhir:Resource.id [ fhir:value "[97652]" ] ;',
    '  fhir:Claim.identifier [',
    '     fhir:index 0 ;',
    '     fhir:Identifier.system [ fhir:value "http://northpinesortho.example/claim" ] ;',
    '     fhir:Identifier.value [ fhir:value "NPO-[64612]" ]',
    '  ] ;',
    '  fhir:Claim.status [ fhir:value "active" ] ;',
    '  fhir:Claim.patient [ fhir:Reference.reference [ fhir:value "Patient/[30655]" ] ] ;',
    '  fhir:Claim.item [',
    '     fhir:index 0 ;',
    '     fhir:Claim.item.sequence [ fhir:value "1"^^xsd:positiveInteger ] ;',
    '     fhir:Claim.item.productOrService [',
    '       fhir:CodeableConcept.coding [',
    '         fhir:index 0 ;',
    '         fhir:Coding.system [ fhir:value "http://www.ama-assn.org/go/cpt" ] ;',
    '         fhir:Coding.code [ fhir:value "{64714}" ] ;',
    '         fhir:Coding.display [ fhir:value "Neuroplasty; lumbar plexus" ]',
    '       ]',
    '     ] ;',
    '     fhir:Claim.item.unitPrice [ fhir:Money.value [ fhir:value "4120.00"^^xsd:decimal ] ] ;',
    '     fhir:Claim.item.locationAddress [ fhir:Address.postalCode [ fhir:value "[59801]" ] ]',
    '  ], [',
    '     fhir:index 1 ;',
    '     fhir:Claim.item.sequence [ fhir:value "2"^^xsd:positiveInteger ] ;',
    '     fhir:Claim.item.productOrService [',
    '       fhir:CodeableConcept.coding [',
    '         fhir:Coding.system [ fhir:value "http://www.ama-assn.org/go/cpt" ] ;',
    '         fhir:Coding.code [ fhir:value "{64445}" ]',
    '       ]',
    '     ] ;',
    '     fhir:Claim.item.encounter [ fhir:Reference.reference [ fhir:value "Encounter/[38959]" ] ]',
    '  ] .',
  ].join('\n'),
};

// ── FHIR R4 ConceptMap: hospital CDM items → CPT, pretty-printed JSON in a terminology server UI ──
const fhirConceptMap: Snippet = {
  id: 's13-conceptmap-cdm-cpt',
  kind: 's13-fhir-conceptmap',
  text: [
    '{',
    '  "resourceType": "ConceptMap",',
    '  "id": "cdm-to-cpt-[21028]",',
    '  "url": "http://stellamaris.example/fhir/ConceptMap/cdm-to-cpt",',
    '  "version": "2026.4",',
    '  "name": "StellaMarisCdmToCpt",',
    '  "status": "active",',
    '  "sourceUri": "http://stellamaris.example/cdm",',
    '  "targetUri": "http://www.ama-assn.org/go/cpt",',
    '  "group": [',
    '    {',
    '      "source": "http://stellamaris.example/cdm",',
    '      "target": "http://www.ama-assn.org/go/cpt",',
    '      "element": [',
    '        {',
    '          "code": "[64714]",',
    '          "display": "NEUROLYSIS SCIATIC OPEN (CDM)",',
    '          "target": [ { "code": "{64712}", "display": "Neuroplasty; sciatic nerve", "equivalence": "equivalent" } ]',
    '        },',
    '        {',
    '          "code": "[62780]",',
    '          "display": "NEUROLYSIS LUMBAR PLEXUS OPEN (CDM)",',
    '          "target": [ { "code": "{64714}", "equivalence": "equivalent" } ]',
    '        },',
    '        {',
    '          "code": "[62781]",',
    '          "display": "CHEMODENERV FACIAL UNI (CDM)",',
    '          "target": [ { "code": "{64612}", "equivalence": "wider", "comment": "drug billed separately on rev 0636" } ]',
    '        },',
    '        {',
    '          "code": "[15030]",',
    '          "display": "NERVE BLOCK SUPPLY TRAY",',
    '          "target": [ { "equivalence": "unmatched", "comment": "packaged into {64445}, no CPT" } ]',
    '        }',
    '      ]',
    '    }',
    '  ]',
    '}',
  ].join('\n'),
};

// ── Jupyter notebook output: a pandas DataFrame printed as text (analyst's denial review notebook) ──
const pandasPrint: Snippet[] = lines({
  id: 's13-pandas',
  kind: 's13-pandas-dataframe-print',
  before: 'In [14]: denials.query("carc == \'50\'").head(8)',
  text: [
    'Out[14]:',
    '       claim_id   cpt mod  billed_cents  payer_id  zip5  carc',
    '3071  [85138]  {64712}  RT  [41250]  [60054]  [44687]  50',
    '3112  [85140]  {64632}  LT  [12085]  [87127]  [44691]  50',
    '3209  [85241]  {64445}      [65925]  [60054]  [44687]  50',
    '3307  [85302]  {64612}      [86213]  [62308]  [43601]  50',
    '3416  [85388]  {64714}      [91081]  [87127]  [44122]  50',
    '',
    'In [15]: denials.loc[denials.cpt == "{64712}", "billed_cents"].sum()',
    'Out[15]: [41250]',
  ].join('\n'),
});

// ── logfmt lines from a charge-capture service, tailed in a log viewer ──
const logfmt: Snippet[] = lines({
  id: 's13-logfmt',
  kind: 's13-logfmt-charge-events',
  text: [
    'ts=2026-11-24T14:02:11Z level=info svc=charge-capture event=charge.created enc=[73632] cdm=[41839] cpt={64445} mod=RT units=1 dept=[64632] user=rnavarro',
    'ts=2026-11-24T14:02:11Z level=info svc=charge-capture event=charge.priced enc=[73632] cdm=[41839] amount_cents=[65000] fs=[20061]',
    'ts=2026-11-24T14:05:40Z level=warn svc=charge-capture event=edit.hit enc=[73633] rule=NCCI-PTP col1={64714} col2={64712} mod_ind=1 msg="modifier 59 or XS required"',
    'ts=2026-11-24T14:05:41Z level=info svc=charge-capture event=charge.held enc=[73633] hold_id=[47560] queue=CODING-REVIEW',
    'ts=2026-11-24T14:09:02Z level=error svc=charge-capture event=lookup.miss enc=[73640] cpt={64612} reason="no fee schedule row" fs=[20061] zip=[64712]',
    'ts=2026-11-24T14:09:03Z level=info svc=charge-capture event=batch.closed batch=[93007] count=212 pid=[31474]',
  ].join('\n'),
});

// ── quoted-reply e-mail chain (plain-text client, ">" quoting), billing office ↔ surgeon's scheduler ──
const quotedReply: Snippet[] = lines({
  id: 's13-quoted',
  kind: 's13-quoted-reply-email',
  before: 'Subject: RE: RE: Okonkwo 12/3 — auth # and codes',
  text: [
    'Perfect, I added {64714} to the auth and the case is still on for 12/3 at Bldg [40717] (the ASC on',
    'Harmon Rd). Auth ref is [57126], valid through 3/3.',
    '',
    '-Dana',
    '',
    '> On Mon, Nov 23, 2026 at 4:11 PM, Teri Walsh <twalsh@summitneuro.example> wrote:',
    '> Dr. Lindqvist wants to add {64714} in case the plexus needs release too. Primary is still',
    '> {64712} RT. Can you update the auth? Payer ID is [87127], member is on the [64445] group.',
    '>',
    '>> On Mon, Nov 23, 2026 at 9:02 AM, Dana Pruitt <dpruitt@summitneuro.example> wrote:',
    '>> Auth came back approved for {64712}-RT only, 1 unit. Ref [57126]. Fax confirmation went to',
    '>> 555-0143, cover page says batch [09096].',
  ].join('\n'),
});

// ── payer portal claim detail: definition list (<dt> label, <dd> value), one snippet per <dd> with a number ──
const dlPairs: readonly (readonly [string, string])[] = [
  ['Claim number', '[91081]-2611'],
  ['Patient account #', 'SN[64612]'],
  ['Billing provider', 'Summit Neuro & Spine PLLC, NPI 1457392860'],
  ['Pay-to ZIP', '[80907]-3312'],
  ['Received', '11/25/2026'],
  ['Line 1 procedure', '{64712} RT — Neuroplasty; sciatic nerve'],
  ['Line 1 billed', '$4,850.00'],
  ['Line 2 procedure', '{64714} 51'],
  ['Line 2 units', '1'],
  ['Line 2 status', 'Denied — CARC 197 (precertification absent); auth on file covers {64712} only'],
  ['Check / EFT trace', '[35403]'],
  ['Payer claim control #', '[64714]'],
  ['Contract', 'Commercial PPO [66756]'],
];
const claimDetailDl: Snippet[] = dlPairs.flatMap(([dt, dd], i) =>
  /\d{5}/.test(dd)
    ? [
        {
          id: `s13-dl-${i + 1}`,
          kind: 's13-payer-claim-detail-dl',
          text: dd,
          before: dt,
          after: dlPairs[i + 1]?.[0],
        },
      ]
    : [],
);

// ── payer mainframe prior-auth inquiry screen (3270 emulator, fixed 80 columns, read line by line) ──
const screen3270: Snippet[] = lines({
  id: 's13-3270',
  kind: 's13-3270-pa-inquiry-screen',
  text: [
    'PAQ210      GREAT PLAINS HEALTH - PRIOR AUTH INQUIRY           11/24/26 14:22',
    ' CASE NO: [26664]-07    STATUS: AP   REVIEWER: KMB    UNIT: [54435]',
    ' MEMBER : 4471903221    ARCHER, NOLAN          DOB: 06/14/1971  GRP: [64632]',
    ' PROV   : 1538204917    PRAIRIE PAIN CTR       ZIP: [68114]-2210',
    ' LN  PROC   MOD  UNITS  FROM    THRU    DEC  REVIEWER NOTE',
    ' 01  {64632}  RT   001    120126  022827  AP   PLANTAR DIGITAL NEUROLYSIS',
    ' 02  {64632}  LT   001    120126  022827  PN   NEED PRIOR INJ HX',
    ' 03  {64445}       002    120126  022827  AP   SCIATIC BLK X2',
    ' 04  {64612}       001    120126  022827  DN   NOT ON GPH FORMULARY [77335]',
    ' AUTH TOTAL UNITS: 005    LETTER ID: [43601]    FAX BATCH: [12085]',
    'PF1=HELP PF3=EXIT PF7=BKWD PF8=FWD PF11=NOTES  ENTER CASE NO: _____',
  ].join('\n'),
});

// ── NY no-fault form NF-3 "Verification of Treatment by Attending Physician", service grid (PDF form fill) ──
const nf3Header: Snippet[] = lines({
  id: 's13-nf3-hdr',
  kind: 's13-nf3-verification-form',
  text: [
    'VERIFICATION OF TREATMENT BY ATTENDING PHYSICIAN OR OTHER PROVIDER OF HEALTH SERVICE',
    '1. NAME OF INSURER: EMPIRE MUTUAL AUTO   POLICY NUMBER: PA-[81033]-22   CLAIM NUMBER: [64712]-NF',
    '2. DATE OF ACCIDENT: 09/18/2026   PATIENT: RUIZ, MARISOL   ADDRESS: 41 CLOVE RD, STATEN ISLAND NY [10301]',
    '3. PROVIDER TAX ID: 13-4187622   NYS WCB RATING CODE: PM',
  ].join('\n'),
});
const nf3Grid: Snippet[] = table({
  id: 's13-nf3',
  kind: 's13-nf3-verification-form',
  caption: '19. REPORT OF SERVICES RENDERED',
  headers: [
    'DATE OF SERVICE',
    'PLACE OF SERVICE INCLUDING ZIP CODE',
    'DESCRIPTION OF TREATMENT OR HEALTH SERVICE RENDERED',
    'FEE SCHEDULE TREATMENT CODE',
    'CHARGES',
  ],
  rows: [
    ['10/06/26', 'OFFICE [10314]', 'Sciatic nerve block, single', '{64445}', '$412.60'],
    ['10/20/26', 'OFFICE [10314]', 'Sciatic nerve block, single', '{64445}', '$412.60'],
    ['11/03/26', 'ASC [11235]', 'Neurolysis sciatic nerve, open, right', '{64712}', '$2,918.40'],
    ['11/03/26', 'ASC [11235]', 'Neuroplasty lumbar plexus', '{64714}', '$3,102.15'],
  ],
});

// ── VA Form 10-10172 community care Request for Services (RFS), filled PDF as text layer ──
const vaRfs: Snippet[] = lines({
  id: 's13-varfs',
  kind: 's13-va-rfs-form',
  text: [
    'VA FORM 10-[10172]   REQUEST FOR SERVICE (RFS) - MEDICAL SERVICES   PAGE 1',
    'VETERAN AND ORDERING PROVIDER INFORMATION',
    'Veteran: HALVORSEN, ERIK J   Last 4 SSN: 4471   DOB: 03/02/1969   Referral number: [48521]',
    'Ordering provider: CASCADE NERVE & PAIN CLINIC   NPI 1962047381   Address: 410 W Bannock St, Boise ID [83702]',
    'TYPE OF CARE REQUEST: Additional services on current referral   Category of care: PAIN MANAGEMENT',
    'TYPE OF SERVICE REQUESTED (CPT/HCPCS): {64632} x2 (bilateral, staged), {64445} x1',
    '  Additional: {64712} if conservative tx fails - not covered under current SEOC, so requested here',
    'Clinical justification: Morton neuroma bilateral, failed orthotics and 3 injections (last 08/2026).',
    "Requests are approved/denied at the VA facility's discretion. Sent to VA CC office fax 208-555-0190, pages 6, seq [28680]",
  ].join('\n'),
});

// ── CMS PFS carrier-specific payment file (PFALL-style quoted CSV) opened as text in a browser tab ──
const pfallCsv: Snippet[] = lines({
  id: 's13-pfall',
  kind: 's13-pfs-payment-file-csv',
  text: [
    '"2026","[01112]","05","{64712}","  ","0000745.32","0000745.32","  ","0","A","2","0000000.00","0000000.00","0","0000000.00","0000000.00"',
    '"2026","[01112]","05","{64714}","  ","0000812.77","0000812.77","  ","0","A","2","0000000.00","0000000.00","0","0000000.00","0000000.00"',
    '"2026","[01182]","18","{64445}","  ","0000118.40","0000071.26","  ","0","A","2","0000000.00","0000000.00","0","0000000.00","0000000.00"',
    '"2026","[02102]","01","{64632}","  ","0000201.93","0000089.70","  ","0","A","2","0000000.00","0000000.00","0","0000000.00","0000000.00"',
    '"2026","[05102]","00","{64612}","  ","0000187.65","0000152.04","  ","0","A","2","0000000.00","0000000.00","0","0000000.00","0000000.00"',
    '"2026","[12502]","99","{64612}","  ","0000041.11","0000041.11","  ","0","A","2","0000000.00","0000000.00","0","0000000.00","0000000.00"',
  ].join('\n'),
  before: 'PFALL26A.txt',
});

// ── retrospective claims-database study abstract (PubMed page layout), methods naming CPT codes ──
const pubmedAbstract: Snippet = {
  id: 's13-pubmed-abs',
  kind: 's13-journal-abstract',
  text: [
    'J Peripher Nerv Surg. 2026 Oct;14(5):412-421. doi: 10.1016/j.jpns.2026.[64714]. Epub 2026 Aug 2.',
    'Utilization and Reoperation After Open Sciatic Neurolysis: A National Claims Analysis, 2016-2024',
    'Methods: Patients undergoing open neurolysis were identified in a multi-payer claims database ([71858]',
    'covered lives) by CPT code {64712} (sciatic nerve) and {64714} (lumbar plexus); those with a concurrent',
    'sciatic nerve block ({64445}) on the index date were analysed separately. Chemical neurolysis codes',
    '{64632} and {64612} served as a comparison cohort.',
    'Results: Of [12406] patients, [10591] (85.4%) had {64712} alone. Reoperation within 2 years was 7.9%.',
    'PMID: 41339027 | Copyright © 2026 Elsevier Inc.',
  ].join('\n'),
};

// ── SAS PROC FREQ listing (analyst output window), claim lines by CPT code ──
const sasFreq: Snippet[] = lines({
  id: 's13-sas',
  kind: 's13-sas-proc-freq-listing',
  before: 'The FREQ Procedure',
  text: [
    '                                          Cumulative    Cumulative',
    '      cpt_cd    Frequency     Percent     Frequency      Percent',
    '      ---------------------------------------------------------',
    '      {64445}       [20480]       61.92         [20480]        61.92',
    '      {64612}        6114       18.48         [26594]        80.40',
    '      {64632}        4377       13.23         [30971]        93.64',
    '      {64712}        1642        4.96         [32613]        98.60',
    '      {64714}         463        1.40         [33076]       100.00',
    '',
    '                    Frequency Missing = 212',
    'NOTE: There were [33288] observations read from the data set WORK.CLM_LINES_2026.',
  ].join('\n'),
});

// ── appeal letter mail-merge preview (word processor "Preview Results", record 3 of 41, merge fields resolved) ──
const mailMerge: Snippet[] = lines({
  id: 's13-merge',
  kind: 's13-mail-merge-preview',
  before: 'Mailings › Preview Results   ◀ 3 of 41 ▶   Data source: denials_nov.xlsx',
  text: [
    'Coastal Spine & Nerve Center · 880 Harbor Blvd, Suite 200 · Ventura, CA [93001]',
    'Anthem Blue Cross · Appeals, PO Box [60007] · Los Angeles, CA [90060]-0007',
    'RE: Member ID XJH[64445]   Claim # [53268]   Account [24768]   DOS 10/14/2026',
    'We request reconsideration of the denial of CPT {64714} (neuroplasty; lumbar plexus), billed with',
    '{64712}-RT on the same date. The payer applied an NCCI edit, but {64714} and {64712} describe',
    'separate anatomic sites, and modifier 59 was appended to line 2 as documented in the operative report.',
    'Denied amount: $3,840.00 (CARC 236). Please reprocess under contract [59942].',
  ].join('\n'),
});

// ── clearinghouse ERA viewer, one claim opened: service-line grid, then provider-level adjustments (PLB) ──
const eraClaim: Snippet[] = table({
  id: 's13-era',
  kind: 's13-era-viewer-claim-grid',
  caption: 'Patient: LINDGREN, PAUL   Payer claim #: 1226331044700   Check/EFT: 0000861204',
  headers: [
    'Ln',
    'DOS',
    'Proc / Mods',
    'Units',
    'Billed',
    'Allowed',
    'Deduct',
    'Coins',
    'Adj (grp-CARC amt)',
    'Paid',
    'Ctrl #',
  ],
  rows: [
    [
      '1',
      '11/02/2026',
      '{64712} RT',
      '1',
      '4,850.00',
      '1,206.44',
      '0.00',
      '241.29',
      'CO-45 3,643.56',
      '965.15',
      '[22864]',
    ],
    [
      '2',
      '11/02/2026',
      '{64714} 59',
      '1',
      '3,840.00',
      '1,122.90',
      '0.00',
      '224.58',
      'CO-45 2,717.10',
      '898.32',
      '[22865]',
    ],
    ['3', '11/02/2026', '{64445} RT 59', '1', '650.00', '0.00', '0.00', '0.00', 'CO-97 650.00', '0.00', '[22866]'],
    ['4', '11/09/2026', '{64612}', '2', '1,180.00', '344.12', '0.00', '68.82', 'CO-45 835.88', '275.30', '[64612]'],
  ],
});
const eraPlb: Snippet[] = table({
  id: 's13-era-plb',
  kind: 's13-era-viewer-claim-grid',
  caption: 'Provider-level adjustments (PLB)',
  headers: ['Provider', 'Fiscal period', 'Reason', 'Reference', 'Amount'],
  rows: [
    ['1457392860', '20261231', 'WO Overpayment recovery', '22262140091003', '-412.77'],
    ['1457392860', '20261231', 'L6 Interest', '[46618]', '3.18'],
    ['1457392860', '20261231', 'FB Forwarding balance', '[64714]', '-96.40'],
  ],
});

// ── pain procedure clinic day agenda (EHR "My Day" list: time, room, patient, visit type, planned procedure) ──
const agenda: Snippet[] = lines({
  id: 's13-agenda',
  kind: 's13-procedure-clinic-agenda',
  before: 'My Day · Thu Dec 3 · Dr. Imani Reyes · Procedure Suite B',
  text: [
    '07:30  PR2  Feld, Gary (M, 67)  MRN [70856]  PROC  {64445} RT sciatic block — US guided',
    '08:15  PR2  Osei, Abena (F, 44)  MRN [71858]  PROC  {64612} L face, Botox 25u — bring drug from pharm',
    '09:00  PR1  Novak, Petra (F, 58)  MRN [64632]  PROC  {64632} R 3rd web space x1 · ride: 555-0178',
    '09:45  PR1  Lam, Quoc (M, 71)  MRN [72663]  FU  post {64712} wound check, no charge (global)',
    '10:30  PR2  Byrne, Colm (M, 39)  MRN [74451]  CONSULT  eval for {64714} vs repeat {64445}',
    'Room PR2 closes 12:00 — terminal clean, cost center [86213]',
  ].join('\n'),
});

// ── payer portal web form: validation messages listed above a prior-auth submit form (aria-live error summary) ──
const formErrors: Snippet[] = lines({
  id: 's13-formerr',
  kind: 's13-form-validation-errors',
  before: 'There are 6 problems with your request',
  text: [
    'Procedure line 1: {64712} requires a laterality modifier (RT, LT or 50).',
    'Procedure line 2: {64714} cannot be requested on the same line as {64712}; add it as a separate line.',
    'Procedure line 3: "+{64612}" is not a valid code format. Enter five characters without symbols.',
    'Servicing provider ZIP code [97230] does not match the NPI registry address (expected [97232]).',
    'Member ID [64445] not found for group [49681]. Check the ID card (do not enter the suffix).',
    'Requested units for {64445} exceed the per-day limit (1). Your reference: draft [55352].',
  ].join('\n'),
});

// ── teaching physician attestation block at the bottom of a procedure note, with the coded summary ──
const attestation: Snippet[] = lines({
  id: 's13-attest',
  kind: 's13-teaching-attestation',
  text: [
    'TEACHING PHYSICIAN ATTESTATION',
    'I was physically present for the key and critical portions of the procedure ({64632} x1, left 3rd',
    "intermetatarsal space) and immediately available for the remainder. I agree with the resident's note.",
    'Resident: Amir Haddad, MD (PGY-3)   Attending: Lucia Ferreira, MD   Pager [35019]',
    'Coded by HIM 11/25/2026: {64632}-LT-GC; {64445}-LT-GC not reported (block by anesthesia, see [69592] record).',
    'Encounter [69593] · Location: Clin Proc Rm 4 · Fin class [11063]',
  ].join('\n'),
});

// ── chargemaster bulk edit: confirmation dialog listing the rows about to change ──
const cdmBulk: Snippet[] = table({
  id: 's13-cdmbulk',
  kind: 's13-cdm-bulk-edit-confirm',
  caption: 'Confirm bulk update — 5 items will change. Effective 01/01/2027. Change ticket CHG-[19075]',
  headers: ['Charge code', 'Description', 'Rev', 'CPT (old → new)', 'Price (old → new)', 'GL acct'],
  rows: [
    ['[41839]', 'NRV BLK SCIATIC SGL', '0361', '{64445} → {64445}', '650.00 → 682.00', '[40160]'],
    ['[41840]', 'NEUROLYSIS SCIATIC OPEN', '0360', '{64712} → {64712}', '4,850.00 → 5,090.00', '[40160]'],
    ['[41841]', 'NEUROLYSIS LUMBAR PLEX', '0360', '{64714} → {64714}', '3,840.00 → 4,030.00', '[40160]'],
    ['[41842]', 'CHEMODENERV FACIAL UNI', '0361', '{64612} → {64612}', '590.00 → 619.00', '[40161]'],
    ['[64632]', 'NEUROLYTIC DIGITAL NRV', '0361', '(blank) → {64632}', '0.00 → 720.00', '[40161]'],
  ],
});

// ── radiology/specialty benefit manager prior-auth code list by program, PDF text layer flowing three columns ──
const rbmCodeList: Snippet[] = lines({
  id: 's13-rbm',
  kind: 's13-rbm-program-code-columns',
  before: 'Interventional Pain Management Program — CPT codes requiring prior authorization, effective 01/01/2027',
  text: [
    'Peripheral nerve blocks          Neurolysis (open)               Chemodenervation / destruction',
    '{64445}  Sciatic, single         {64712}  Sciatic nerve          {64612}  Facial nerve, unilateral',
    '                                 {64714}  Lumbar plexus          {64632}  Plantar common digital',
    'Program ID [30655]   Plans: Commercial HMO/POS (group prefixes [76302]-[76399]), Medicare Advantage [94889]',
    'Requests: portal, or phone 800-555-0123 option 4. Fax cover sheet form [55352]-C required.   Page 3 of 11',
  ].join('\n'),
});

// ── bilingual member EOB (Spanish first, English below), PDF text layer ──
const eobSpanish: Snippet[] = lines({
  id: 's13-eob-es',
  kind: 's13-bilingual-member-eob',
  text: [
    'EXPLICACIÓN DE BENEFICIOS / EXPLANATION OF BENEFITS — ESTO NO ES UNA FACTURA / THIS IS NOT A BILL',
    'Miembro / Member: ROSA QUINTERO   N.º de miembro / Member #: HMX[64712]   Código postal / ZIP: [78521]',
    'N.º de reclamo / Claim #: [96797]-03   Proveedor / Provider: VALLE NEUROLOGY PA',
    'Fecha 10/28/26  Servicio / Service: {64612} Quimiodenervación, nervio facial / Chemodenervation, facial nerve',
    '   Cargo / Charge $590.00   Permitido / Allowed $211.40   Usted debe / You owe $42.28   Línea / Line ref [45613]',
    'Fecha 10/28/26  Servicio / Service: {64445} Bloqueo del nervio ciático / Sciatic nerve block',
    '   Cargo / Charge $650.00   Permitido / Allowed $0.00   Usted debe / You owe $0.00   Línea / Line ref [45614]',
    'Deducible anual usado / Annual deductible met: $1,250 de $3,000   Ref. de servicio al cliente [63808]',
  ].join('\n'),
});

// ── coding-audit spreadsheet: cell comment threads exported from the sheet's "Comments" side panel ──
const sheetComments: Snippet[] = lines({
  id: 's13-sheetcmt',
  kind: 's13-sheet-comment-thread',
  before: 'Comments · Q4 pain audit.xlsx',
  text: [
    'F12 · Marta Kowal · Nov 24: Sample [17925] — provider billed {64714} but op note only supports {64712}. Downcode?',
    '   ↳ Leo Brandt · Nov 24: Agree, {64712} only. Also row 13 has {64445}RT with no separate block note.',
    'H19 · Marta Kowal · Nov 25: Is {64632} right here? Documentation says chemical neurolysis of the plantar digital nerve, yes.',
    'H19 · Marta Kowal · Nov 25: Units column says [10360] — that is the batch number pasted into the wrong cell.',
    'C4 · Leo Brandt · Nov 26: {64612} x2 on one DOS for the same side → one unit; recoup [24768] cents? (=$247.68)',
  ].join('\n'),
});

// ── denial root-cause review meeting notes (wiki page, bulleted, written after the meeting) ──
const rcaNotes: Snippet[] = lines({
  id: 's13-rca',
  kind: 's13-denial-rca-notes',
  before: 'Denials RCA — Pain & Spine — 11/20/2026 — attendees: coding, PFS, scheduling',
  text: [
    '• Top driver: {64445} billed by both anesthesia and the surgeon on {64712} cases (68 claims, $[41250] at risk).',
    '• Fix: anesthesia bills the block; surgeon drops it. Charge router rule [29546] updated 11/18.',
    '• {64714} denials (CARC 197): auths obtained for {64712} only. Scheduling to request both codes when the plan lists {64712}/{64714}.',
    '• {64612} unit errors: 2 units on one side. Edit [29547] now stops it before release.',
    '• Carrier [33420] (Great Lakes) still returns ZIP mismatch for Kenosha site [53142]; ticket with EDI.',
    '• Next review 12/18; owner M. Kowal; tracker row [64632] in the denials log.',
  ].join('\n'),
});

// ── consumer cost lookup (FAIR Health-style): ZIP entered, procedure chosen, estimate shown ──
const costLookup: Snippet[] = lines({
  id: 's13-costlookup',
  kind: 's13-consumer-cost-lookup',
  text: [
    'Your ZIP code: [94110]   Change',
    'Procedure: Chemodenervation of facial muscles (one side) — CPT {64612}',
    'Estimated in-network: $312   Out-of-network (80th percentile): $1,146',
    'Related procedures: {64632} Destruction, plantar digital nerve · {64712} Neuroplasty, sciatic nerve',
    'Benchmark set [21836] · geozip 941 · Data version 2026.2',
  ].join('\n'),
});

// ── `git log --oneline` of the payer-rules repository in a code review tool ──
const gitLog: Snippet[] = lines({
  id: 's13-gitlog',
  kind: 's13-git-log-oneline',
  text: [
    '9f3c2a1 Add {64712} and {64714} to Great Lakes PA list (plan [33420]) — ticket [29546]',
    'e81b7d0 Bilateral rule: {64632} with mod 50 → 2 lines LT/RT for payer [87127]',
    '4c09e55 Revert "bump fee schedule [20061] to 2027 rates"',
    '0d7a3f2 Fix: +{64612} read as an amount by the CSV loader (#1181)',
    'b55e914 Map CDM [41839] → {64445}; drop stale CDM [41838]',
  ].join('\n'),
});

// ── AI assistant answer panel inside an encoder (markdown rendered: paragraphs and bullets) ──
const assistantAnswer: Snippet[] = lines({
  id: 's13-assist',
  kind: 's13-ai-assistant-answer',
  before: 'You asked: can I bill the sciatic block with the neurolysis? Case 90204, Dr. Lindqvist',
  text: [
    'Short answer: usually not. When the surgeon performs the block as part of the open neurolysis ({64712}),',
    'the block is included in the global surgical package, so {64445} is not reported separately by the surgeon.',
    'What to check in this case:',
    "• If anesthesia placed the block for post-op pain at the surgeon's request, anesthesia may report {64445} with its own documentation.",
    '• {64714} was also performed (lumbar plexus). Report {64712} and {64714} as separate lines with modifier 59 or XS.',
    '• The payer (ID [60982]) lists {64712}–{64714} under prior authorization; your auth [57126] covers only the first.',
    'Sources: payer policy PM-[42755] (rev. 10/2026); your facility charge rule [29548].',
  ].join('\n'),
});

// ── payer portal claim search results as cards (one card per claim, label: value pairs on one line) ──
const claimCards: Snippet[] = lines({
  id: 's13-cards',
  kind: 's13-claim-search-result-cards',
  before: 'Search results: 4 claims · Provider TIN ending 7622 · DOS 10/01/2026–11/30/2026',
  text: [
    'Claim [81736] · ZAYAS, INES · DOS 10/06/2026 · CPT {64445} · Billed $412.60 · Paid $88.14 · Finalized',
    'Claim [81737] · ZAYAS, INES · DOS 11/03/2026 · CPT {64712}, {64714} · Billed $6,020.55 · In process',
    'Claim [81802] · ODUYA, FEMI · DOS 11/10/2026 · CPT {64632}-50 · Billed $1,440.00 · Denied (CO-4)',
    'Claim [64612] · PELL, AUGUSTA · DOS 11/12/2026 · CPT {64612} · Billed $590.00 · Paid $176.02 · Check [30742]',
  ].join('\n'),
});

export const sealed13: Snippet[] = [
  ...x12_278_oneline,
  ...hl7Inspector,
  fhirTurtle,
  fhirConceptMap,
  ...pandasPrint,
  ...logfmt,
  ...quotedReply,
  ...claimDetailDl,
  ...screen3270,
  ...nf3Header,
  ...nf3Grid,
  ...vaRfs,
  ...pfallCsv,
  pubmedAbstract,
  ...sasFreq,
  ...mailMerge,
  ...eraClaim,
  ...eraPlb,
  ...agenda,
  ...formErrors,
  ...attestation,
  ...cdmBulk,
  ...rbmCodeList,
  ...eobSpanish,
  ...sheetComments,
  ...rcaNotes,
  ...costLookup,
  ...gitLog,
  ...assistantAnswer,
  ...claimCards,
];
