import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 20 (issue 11). Sets 16–19 are tuning data now; this one is blind.
 * It was written, with its labels, by someone who never read the detector (lib/detect.ts, lib/detect/*,
 * lib/page/context.ts), never read a score of an earlier sealed set, and never ran the detector on these snippets.
 * Its page shapes (`kind`, prefixed `s20-`) appear in no other corpus file. Score it once; do not edit a snippet to
 * make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Family: payer portals, clearinghouses and structured formats. Labels say what a coder reading the page takes the
 * number to be: `{64712}` a CPT code she wants marked, `[64712]` anything else. Known codes: 64712 64714 64632 64445
 * 64612. About a third of the decoys are numbers of the 10,000-code synthetic set (KNOWN_10K) used as ZIPs, CBSA
 * and carrier numbers, payer ids, control numbers, plan and group numbers, so the 10k score means something. No other
 * five-digit CPT code appears in a coding context.
 *
 * Shapes built on real public layouts (segment order, field and column names; our codes swapped in): X12 835
 * reversal-and-correction (005010X221A1: CLP02 22, MOA, SVC/DTM*472/CAS/REF*6R/AMT*B6/LQ, PLB WO and L6), X12 835
 * institutional (TS3 provider summary, SVC04 revenue code), X12 278
 * inquiry (005010X215: UM, TRN, SV1 composite), X12 271 with AAA and MSG (005010X279A1), X12 837P with drug LIN/CTP
 * under SV1 (005010X222A1 loop 2410), X12 824 application advice (005010X186: OTI, TED copy of bad element), HL7 v2
 * BAR^P05 (PR1 with C4 coding and PR1-16 modifiers), HL7 v2 ORM^O01 with OBR-4 and NTE `\.br\` escapes, FHIR R4
 * ExplanationOfBenefit in the CARIN Blue Button professional profile, FHIR R4 CoverageEligibilityRequest (XML),
 * FHIR R4 PaymentReconciliation, the CMS PFALL national payment file (quoted CSV: year, carrier, locality, HCPCS,
 * modifier, fees, PC/TC, status, multiple-surgery indicator), the CMS OPPS cap file (HCPCS, MOD, PROCSTAT, CARRIER,
 * LOCALITY, FACILITY/NON-FACILITY PRICE), the ASC payment rate by CBSA wage-index calculation, and the TRICARE CMAC
 * rate look-up results. The other shapes (state MMIS claim inquiry, clearinghouse fixed-width acceptance report,
 * clearinghouse ERA search with drill-down, payer claim payment detail, payer fee schedule by place of service,
 * provider-manual CMS-1500 item instructions, payer policy redline bulletin, payer PA-check REST JSON, contract
 * case-rate exhibit) are written the way those pages read, with no single public source.
 */

// ── X12 835 reversal and correction, raw (clearinghouse ERA viewer <pre>, one text node) ──
const x12_835: Snippet[] = [
  {
    id: 's20-835-revcorr',
    kind: 's20-x12-835-reversal-repost',
    text: [
      'ISA*00*          *00*          *ZZ*[60173]          *ZZ*NORTHSIDESPINE *261118*0640*^*[00501]*000071245*0*P*:~',
      'GS*HP*[60173]*NORTHSIDESPINE*20261118*0640*[71245]*X*005010X221A1~',
      'ST*835*0001~',
      'BPR*I*1187.40*C*ACH*CCP*01*071000013*DA*4471920385*1364800217**01*021000021*DA*9988776655*20261120~',
      'TRN*1*EFT[83593]*1364800217~',
      'DTM*405*20261118~',
      'N1*PR*PRAIRIE STATE HEALTH PLAN~',
      'N4*SPRINGFIELD*IL*627947702~',
      'REF*2U*[60173]~',
      'N1*PE*NORTHSIDE SPINE CENTER*XX*1528374619~',
      'N4*COLUMBUS*OH*[43215]~',
      'LX*1~',
      'CLP*NS26-[04412]*22*-1460*-1180**12*2026318004127*11*1~',
      'NM1*QC*1*NAKAMURA*JUN****MI*PSH[45109]~',
      'SVC*HC:{64712}:RT*-1200*-972.40**-1~',
      'DTM*472*20261002~',
      'CAS*CO*45*-227.60~',
      'REF*6R*[20371]~',
      'SVC*HC:{64445}*-260*-207.60**-1~',
      'CAS*CO*45*-52.40~',
      'REF*6R*[20372]~',
      'CLP*NS26-[04412]*1*1460*1187.40**12*2026322005190*11*1~',
      'NM1*QC*1*NAKAMURA*JUN****MI*PSH[45109]~',
      'MOA***MA01~',
      'SVC*HC:{64712}:RT*1200*972.40**1~',
      'DTM*472*20261002~',
      'CAS*CO*45*227.60~',
      'REF*6R*[20371]~',
      'AMT*B6*972.40~',
      'SVC*HC:{64445}*260*215.00**1~',
      'CAS*CO*45*45~',
      'LQ*HE*N130~',
      'REF*6R*[20372]~',
      'CLP*NS26-[04431]*4*1380*0*0*12*2026322005202*22*1~',
      'NM1*QC*1*ABERNATHY*COLE****MI*PSH[45110]~',
      'SVC*HC:{64714}:LT*1380*0**1~',
      'CAS*CO*197*1380~',
      'LQ*HE*N54~',
      'PLB*1364800217*20261231*WO:NS26-[04412]*-1180*L6:[84637]*4.18~',
      'SE*36*0001~',
      'GE*1*[71245]~',
      'IEA*1*000071245~',
    ].join('\n'),
  },
];

// ── X12 278 services review inquiry (005010X215), clearinghouse raw view ──
const x12_278i: Snippet[] = [
  {
    id: 's20-278i-req',
    kind: 's20-x12-278-inquiry-x215',
    text: [
      'ST*278*0001*005010X215~',
      'BHT*0007*13*[40471]*20261120*1015~',
      'HL*1**20*1~',
      'NM1*X3*2*CASCADE UNITED HEALTH*****PI*[93951]~',
      'HL*2*1*21*1~',
      'NM1*1P*2*NORTHSIDE SPINE CENTER*****XX*1528374619~',
      'HL*3*2*22*1~',
      'NM1*IL*1*ORTEGA*MARIA****MI*CU-[55224]-01~',
      'DMG*D8*19710306*F~',
      'HL*4*3*EV*1~',
      'TRN*1*[73127]*9NSSPINE~',
      'UM*HS*I~',
      'DTP*472*RD8*20261201-20261215~',
      'HL*5*4*SS*0~',
      'TRN*1*[73121]*9NSSPINE~',
      'UM*HS*I~',
      'SV1*HC:{64632}:LT*1850*UN*1~',
      'HL*6*4*SS*0~',
      'TRN*1*[73122]*9NSSPINE~',
      'UM*HS*I~',
      'SV1*HC:{64445}*420*UN*1~',
      'HL*7*4*SS*0~',
      'TRN*1*[73123]*9NSSPINE~',
      'UM*HS*I~',
      'SV1*HC:{64712}:RT*2400*UN*1~',
      'SE*25*0001~',
    ].join('\n'),
  },
  {
    id: 's20-278i-resp',
    kind: 's20-x12-278-inquiry-x215',
    text: [
      'ST*278*0001*005010X215~',
      'BHT*0007*11*[40471]*20261120*1016~',
      'HL*1**20*1~',
      'NM1*X3*2*CASCADE UNITED HEALTH*****PI*[93951]~',
      'HL*4*3*EV*1~',
      'TRN*2*[73127]*9NSSPINE~',
      'HL*5*4*SS*0~',
      'TRN*2*[73121]*9NSSPINE~',
      'HCR*A1*CU26PA[85833]~',
      'REF*BB*CU26PA[85833]~',
      'DTP*472*RD8*20261201-20261231~',
      'SV1*HC:{64632}:LT*1850*UN*1~',
      'HL*6*4*SS*0~',
      'TRN*2*[73122]*9NSSPINE~',
      'HCR*A4**0A~',
      'MSG*PEND FOR CLINICALS; 64445 REVIEWED WITH PRIMARY LINE~',
      'SV1*HC:{64445}*420*UN*1~',
    ]
      .join('\n')
      // The MSG free text names the code too: a coder reads it as the procedure.
      .replace('PEND FOR CLINICALS; 64445 REVIEWED', 'PEND FOR CLINICALS; {64445} REVIEWED'),
  },
];

// ── X12 271 with AAA rejection and MSG text (005010X279A1), one line per segment in a portal "raw 271" pane ──
const x12_271: Snippet[] = lines({
  id: 's20-271aaa',
  kind: 's20-x12-271-aaa-msg',
  before: 'Eligibility response (raw) — trace 1-7734018',
  text: [
    'ST*271*0001*005010X279A1~',
    'BHT*0022*11*[50463]*20261121*0904~',
    'NM1*PR*2*HARBORVIEW COMMUNITY PLAN*****PI*[11315]~',
    'NM1*1P*2*LAKESHORE PAIN ASSOCIATES*****XX*1740283951~',
    'NM1*IL*1*BRENNAN*OWEN****MI*HCP-[30426]-07~',
    'REF*18*[40530]~',
    'REF*6P*[33918]*LAKESHORE SCHOOL DIST~',
    'N4*MILWAUKEE*WI*[53202]~',
    'EB*1*IND*30**PPO GOLD~',
    'EB*C*IND*BF***23*1500~',
    'EB*CB*IND****27***VS*2****HC:{64612}~',
    'MSG*LIMIT 2 SESSIONS PER 90 DAYS FOR 64612; 3RD SESSION NEEDS PA~',
    'EB*CB*IND****27******Y*HC:{64712}~',
    'MSG*PRIOR AUTH REQUIRED FOR 64712 AND 64714 AT ALL PLACES OF SERVICE~',
    'EB*CB*IND****27******Y*HC:{64714}~',
    'AAA*N**72*C~',
    'MSG*MEMBER ID HCP-[30426]-07 NOT FOUND ON DEPENDENT SUFFIX 02 - RESUBMIT~',
    'MSG*PLAN CONTRACT [94210] EFFECTIVE 20260101~',
    'SE*18*0001~',
  ]
    .join('\n')
    .replace('FOR 64612;', 'FOR {64612};')
    .replace('FOR 64712 AND 64714', 'FOR {64712} AND {64714}'),
});

// ── X12 837P with LIN/CTP drug identification under the service line (loop 2410) ──
const x12_837p: Snippet[] = [
  {
    id: 's20-837p-ndc',
    kind: 's20-x12-837p-sv1-lin-drug',
    text: [
      'NM1*85*2*FRONT RANGE NEUROLOGY*****XX*1366028471~',
      'N3*[12605] E 16TH AVE~',
      'N4*AURORA*CO*[80045]~',
      'REF*EI*841927364~',
      'HL*2*1*22*0~',
      'SBR*P*18*[65456]******CI~',
      'NM1*IL*1*PATEL*ANIKA****MI*RMB-[14128]-03~',
      'N4*DENVER*CO*[80218]~',
      'NM1*PR*2*ROCKY MOUNTAIN BENEFIT*****PI*[12115]~',
      'CLM*FRN-[50354]*1760***11:B:1*Y*A*Y*Y~',
      'REF*G1*[13097]~',
      'HI*ABK:G245*ABF:G513~',
      'LX*1~',
      'SV1*HC:{64612}:50*640*UN*1***1:2~',
      'DTP*472*D8*20261114~',
      'REF*6R*[24215]~',
      'LX*2~',
      'SV1*HC:J0585*1120*UN*200***1~',
      'DTP*472*D8*20261114~',
      'LIN**N4*00023114501~',
      'CTP****200*UN~',
      'REF*6R*[24209]~',
      'LX*3~',
      'SV1*HC:{64612}:RT:76*640*UN*1***1~',
      'DTP*472*D8*20261128~',
      'REF*6R*[24210]~',
      'HL*3*1*22*0~',
      'SBR*P*18*[65456]******CI~',
      'NM1*IL*1*GARZA*LUIS****MI*RMB-[14131]-01~',
      'N4*LAKEWOOD*CO*[80226]~',
      'CLM*FRN-[50352]*2110***22:B:1*Y*A*Y*Y~',
      'LX*1~',
      'SV1*HC:{64632}:LT*1850*UN*1***1~',
      'DTP*472*D8*20261117~',
      'REF*6R*[24211]~',
      'LX*2~',
      'SV1*HC:{64445}:XS*260*UN*1***1~',
      'DTP*472*D8*20261117~',
      'REF*6R*[24212]~',
    ].join('\n'),
  },
];

// ── X12 824 application advice from a state Medicaid front end (005010X186), rendered one segment per line ──
const x12_824: Snippet[] = lines({
  id: 's20-824',
  kind: 's20-x12-824-application-advice',
  before: '824 Application Advice — file MCD2611210044.x12',
  text: [
    'ST*824*0001*005010X186A1~',
    'BGN*11*[62967]*20261121~',
    'N1*41*GREAT LAKES BILLING SERVICE*46*[75431]~',
    'N1*40*STATE MEDICAID FISCAL AGENT*46*[77027]~',
    'OTI*TR*IX*[30558]*MCDFA*GLBS*20261120*1433*[30558]*0001*837*005010X222A1~',
    'REF*1K*2026325100457~',
    'TED*024*SV101-2 NOT ON FEE FILE FOR DOS*SV1*3*1:2*{64632}~',
    'RED*CLAIM GLB-[44236] LINE 1*IX~',
    'TED*024*MODIFIER NOT VALID WITH PROCEDURE*SV1*1*1:3*{64714}~',
    'RED*CLAIM GLB-[44224] LINE 2*IX~',
    'TED*006*UNITS EXCEED MUE 2 FOR PROC 64612*SV1*4*1*{64612}~',
    'RED*CLAIM GLB-[44225] LINE 1*IX~',
    'TED*024*N4 ZIP NOT 9 DIGITS*N4*3**[48109]~',
    'SE*14*0001~',
  ]
    .join('\n')
    .replace('FOR PROC 64612*', 'FOR PROC {64612}*'),
});

// ── HL7 v2.5.1 BAR^P05 update account, pipe-delimited in an interface engine message viewer ──
const hl7_bar: Snippet[] = lines({
  id: 's20-barp05',
  kind: 's20-hl7-bar-p05-pr1-modifiers',
  before: 'Message 3 of 12 — Channel: HIM_CODING_OUT',
  text: [
    'MSH|^~\\&|3M_CODING|NSMC|PATACCT|NSMC|20261119103000||BAR^P05^BAR_P05|MSG[62961]|P|2.5.1',
    'EVN|P05|20261119103000',
    'PID|1||[75432]^^^NSMC^MR||KOWALSKI^ANNA^M||19590214|F|||88 RIVER RD^^BILLINGS^MT^[59101]',
    'PV1|1|O|ASC^OR3^01||||1093847561^REYES^CARLOS|||||||||||[80438]^^^NSMC^VN',
    'DG1|1||G57.01^Lesion of sciatic nerve, right lower limb^I10||20261118|F',
    'PR1|1||{64712}^Neuroplasty major peripheral nerve arm or leg open; sciatic nerve^C4||20261118|||||||||||RT^Right side^HCPCS',
    'PR1|2||{64714}^Neuroplasty major peripheral nerve arm or leg open; other than specified^C4||20261118|||||||||||RT^Right side^HCPCS~59^Distinct procedural service^HCPCS',
    'PR1|3||{64445}^Injection anesthetic agent; sciatic nerve, single^C4||20261118',
    'PR1|4||{64612}^Chemodenervation of muscle(s); muscle(s) innervated by facial nerve^C4||20261118|||||||||||LT^Left side^HCPCS',
    'GT1|1||KOWALSKI^ANNA||88 RIVER RD^^BILLINGS^MT^[59101]-4410',
    'IN1|1|[90506]^MT BLUE CROSS PPO|[47198]|BCBS MONTANA|PO BOX 4309^^HELENA^MT^[59604]||||[35113]',
  ].join('\n'),
});

// ── HL7 v2.3 ORM^O01 procedure order to a pain center, NTE with escape sequences ──
const hl7_orm: Snippet[] = lines({
  id: 's20-ormnte',
  kind: 's20-hl7-orm-o01-nte-escapes',
  before: 'Inbound order — ORM^O01 — raw',
  text: [
    'MSH|^~\\&|EPIC|VALLEYMED|PAINRX|VPC|202611201455||ORM^O01|[62962]|P|2.3',
    'PID|1||E[63208]^^^VMC||DUNCAN^ROSE||19680930|F|||1410 ELM ST^^PROVO^UT^[84604]',
    'ORC|NW|[89820]^EPIC|||||||202611201455|||1184729305^SHAH^NIKHIL',
    'OBR|1|[89820]^EPIC||{64632}^DESTRUCTION NEUROLYTIC PLANTAR COMMON DIGITAL NERVE^CPT|||202611201455',
    'NTE|1||Auth PA[65339] obtained for 64632\\.br\\Left foot, 3rd interspace\\.br\\Hold anticoag 5 days',
    'OBR|2|[89814]^EPIC||{64445}^INJ ANES SCIATIC NERVE SINGLE^CPT|||202611201455',
    'NTE|1||If 64445 not covered call pt \\T\\ reschedule\\.br\\Pt ph 801-555-0142',
    'NTE|2||Dept ledger [70547] \\F\\ cost ctr 6120',
    'OBR|3|[89815]^EPIC||{64714}^NEUROPLASTY MAJOR PERIPHERAL NERVE ARM/LEG^CPT|||202611201455',
  ]
    .join('\n')
    .replace('obtained for 64632', 'obtained for {64632}')
    .replace('If 64445 not', 'If {64445} not'),
});

// ── FHIR R4 ExplanationOfBenefit, CARIN Blue Button professional profile, pretty-printed JSON in a payer API explorer ──
const fhir_carin: Snippet[] = [
  {
    id: 's20-carin-eob',
    kind: 's20-fhir-carin-bb-professional-eob',
    text: [
      '{',
      '  "resourceType": "ExplanationOfBenefit",',
      '  "id": "eob-prof-[99437]",',
      '  "meta": { "profile": ["http://hl7.org/fhir/us/carin-bb/StructureDefinition/C4BB-ExplanationOfBenefit-Professional-NonClinician"] },',
      '  "identifier": [{ "type": { "coding": [{ "code": "uc" }] }, "value": "CLM-2026-[52759]" }],',
      '  "status": "active",',
      '  "type": { "coding": [{ "system": "http://terminology.hl7.org/CodeSystem/claim-type", "code": "professional" }] },',
      '  "insurer": { "identifier": { "value": "[25251]" } },',
      '  "provider": { "identifier": { "system": "http://hl7.org/fhir/sid/us-npi", "value": "1740283951" } },',
      '  "item": [',
      '    {',
      '      "sequence": 1,',
      '      "productOrService": { "coding": [{ "system": "http://www.ama-assn.org/go/cpt", "code": "{64714}" }] },',
      '      "modifier": [{ "coding": [{ "system": "http://www.ama-assn.org/go/cpt", "code": "LT" }] }],',
      '      "locationCodeableConcept": { "coding": [{ "code": "22" }] },',
      '      "quantity": { "value": 1 },',
      '      "adjudication": [',
      '        { "category": { "coding": [{ "code": "submitted" }] }, "amount": { "value": 1380.0, "currency": "USD" } },',
      '        { "category": { "coding": [{ "code": "eligible" }] }, "amount": { "value": 611.25, "currency": "USD" } },',
      '        { "category": { "coding": [{ "code": "paidtoprovider" }] }, "amount": { "value": 489.0, "currency": "USD" } }',
      '      ]',
      '    },',
      '    {',
      '      "sequence": 2,',
      '      "productOrService": { "coding": [{ "system": "http://www.ama-assn.org/go/cpt", "code": "{64712}" }] },',
      '      "quantity": { "value": 1 },',
      '      "adjudication": [',
      '        { "category": { "coding": [{ "code": "denialreason" }] }, "reason": { "coding": [{ "code": "[50099]" , "display": "Internal edit 50099 - bundled" }] } }',
      '      ],',
      '      "noteNumber": [1]',
      '    },',
      '    {',
      '      "sequence": 3,',
      '      "productOrService": { "coding": [{ "system": "http://www.ama-assn.org/go/cpt", "code": "{64445}" }] },',
      '      "quantity": { "value": 1 },',
      '      "adjudication": [{ "category": { "coding": [{ "code": "paidtoprovider" }] }, "amount": { "value": 61.4 } }]',
      '    }',
      '  ],',
      '  "processNote": [{ "number": 1, "text": "Line 2 64712 denied: included in 64714 same session (edit 50099)." }],',
      '  "insurance": [{ "focal": true, "coverage": { "reference": "Coverage/grp-27599" } }],',
      '  "payment": { "identifier": { "value": "CHK[55347]" }, "amount": { "value": 489.0 } }',
      '}',
    ]
      .join('\n')
      .replace('Internal edit 50099', 'Internal edit [50099]')
      .replace(
        'Line 2 64712 denied: included in 64714 same session (edit 50099)',
        'Line 2 {64712} denied: included in {64714} same session (edit [50099])',
      )
      .replace('grp-27599', 'grp-[27599]'),
  },
];

// ── FHIR R4 CoverageEligibilityRequest (XML), payer sandbox request body ──
const fhir_cer: Snippet[] = [
  {
    id: 's20-cer-xml',
    kind: 's20-fhir-coverageeligibilityrequest-xml',
    text: [
      '<CoverageEligibilityRequest xmlns="http://hl7.org/fhir">',
      '  <id value="cer-[70584]"/>',
      '  <status value="active"/>',
      '  <purpose value="auth-requirements"/>',
      '  <patient><reference value="Patient/mbr-[33029]"/></patient>',
      '  <created value="2026-11-21"/>',
      '  <insurer><identifier><system value="urn:oid:2.16.840.1.113883.3.221.5"/><value value="[39026]"/></identifier></insurer>',
      '  <facility><reference value="Location/asc-[30178]"/></facility>',
      '  <insurance><coverage><reference value="Coverage/grp-[35474]"/></coverage></insurance>',
      '  <item>',
      '    <category><coding><system value="http://terminology.hl7.org/CodeSystem/ex-benefitcategory"/><code value="2"/></coding></category>',
      '    <productOrService><coding><system value="http://www.ama-assn.org/go/cpt"/><code value="{64632}"/></coding></productOrService>',
      '    <modifier><coding><code value="RT"/></coding></modifier>',
      '    <unitPrice><value value="1850.00"/><currency value="USD"/></unitPrice>',
      '  </item>',
      '  <item>',
      '    <productOrService><coding><system value="http://www.ama-assn.org/go/cpt"/><code value="{64612}"/></coding></productOrService>',
      '    <quantity><value value="2"/></quantity>',
      '  </item>',
      '  <item>',
      '    <provider><identifier><value value="[15222]"/></identifier></provider>',
      '    <productOrService><coding><system value="http://www.ama-assn.org/go/cpt"/><code value="{64714}"/></coding></productOrService>',
      '  </item>',
      '</CoverageEligibilityRequest>',
    ].join('\n'),
  },
];

// ── FHIR R4 PaymentReconciliation, JSON in a remittance API log ──
const fhir_payrec: Snippet[] = [
  {
    id: 's20-payrec',
    kind: 's20-fhir-paymentreconciliation-json',
    text: [
      '{',
      '  "resourceType": "PaymentReconciliation",',
      '  "id": "pr-[20180]",',
      '  "status": "active",',
      '  "created": "2026-11-22",',
      '  "paymentIssuer": { "identifier": { "value": "[60054]" } },',
      '  "paymentDate": "2026-11-22",',
      '  "paymentAmount": { "value": 3120.55, "currency": "USD" },',
      '  "paymentIdentifier": { "value": "EFT-[43871]" },',
      '  "detail": [',
      '    { "identifier": { "value": "d1" }, "request": { "reference": "Claim/[43005]" }, "amount": { "value": 2410.0 } },',
      '    { "identifier": { "value": "d2" }, "request": { "reference": "Claim/[42993]" }, "amount": { "value": 722.55 } },',
      '    { "identifier": { "value": "d2b" }, "request": { "reference": "Claim/[42994]" }, "amount": { "value": 0.0 } },',
      '    { "identifier": { "value": "d3" }, "type": { "coding": [{ "code": "adjustment" }] }, "amount": { "value": -12.0 } }',
      '  ],',
      '  "processNote": [',
      '    { "type": "display", "text": "Claim 42993: 64445 paid at 50% as secondary procedure to 64712." },',
      '    { "type": "display", "text": "Adjustment d3 recovers interest on batch 49953." }',
      '  ]',
      '}',
    ]
      .join('\n')
      .replace('Claim 42993: 64445 paid', 'Claim [42993]: {64445} paid')
      .replace('procedure to 64712.', 'procedure to {64712}.')
      .replace('batch 49953', 'batch [49953]'),
  },
];

// ── CMS PFALL national payment file (quoted CSV opened as text in the browser) ──
const pfall: Snippet[] = lines({
  id: 's20-pfall',
  kind: 's20-cms-pfall-quoted-csv',
  before: 'PFALL26A.txt',
  text: [
    '"2026","[05102]","99","{64445}","  ","0000118.62","0000071.09","0000000.00","0","A","2","0000000.00","0000000.00","0","0000000.00","0000000.00"',
    '"2026","[05102]","99","{64612}","  ","0000237.40","0000201.88","0000000.00","0","A","2","0000000.00","0000000.00","0","0000000.00","0000000.00"',
    '"2026","[07102]","00","{64632}","  ","0000412.73","0000188.51","0000000.00","0","A","2","0000000.00","0000000.00","0","0000000.00","0000000.00"',
    '"2026","[07102]","00","{64712}","  ","0000000.00","0000786.20","0000000.00","0","A","2","0000000.00","0000000.00","0","0000000.00","0000000.00"',
    '"2026","[10112]","00","{64714}","  ","0000000.00","0000702.44","0000000.00","0","A","2","0000000.00","0000000.00","0","0000000.00","0000000.00"',
    '"2026","[12302]","01","{64712}","  ","0000000.00","0000811.07","0000000.00","0","A","2","0000000.00","0000000.00","0","0000000.00","0000000.00"',
    '"2026","[12302]","01","{64445}","  ","0000104.81","0000066.02","0000000.00","0","A","2","0000000.00","0000000.00","0","0000000.00","0000000.00"',
  ].join('\n'),
});

// ── CMS OPPS cap file, rendered as an HTML table on a MAC download page preview ──
const oppsCap: Snippet[] = table({
  id: 's20-oppscap',
  kind: 's20-cms-opps-cap-file',
  caption: '2026 OPPS Payment Cap File (Jan)',
  headers: ['HCPCS', 'MOD', 'PROCSTAT', 'CARRIER', 'LOCALITY', 'FACILITY PRICE', 'NON-FACILITY PRICE'],
  rows: [
    ['{64445}', '', 'A', '[01112]', '05', '68.11', '92.37'],
    ['{64612}', '', 'A', '[01112]', '05', '171.04', '224.19'],
    ['{64632}', '', 'A', '[13102]', '03', '160.98', '351.22'],
    ['{64612}', '', 'A', '[13102]', '03', '184.63', '239.70'],
    ['{64445}', '', 'A', '[12302]', '99', '61.07', '88.90'],
  ],
});

// ── ASC payment by CBSA: a MAC's ASC rate calculator result panel ──
const ascCbsa: Snippet[] = lines({
  id: 's20-asccbsa',
  kind: 's20-asc-cbsa-rate-calculator',
  before: 'ASC Fee Schedule Calculator — CY 2026',
  text: [
    'CBSA: [12060] Atlanta-Sandy Springs-Alpharetta, GA   Wage index 0.9624',
    'HCPCS {64712}  Payment indicator A2  National unadjusted rate $2,611.43',
    'Labor share 50% × wage index → adjusted rate $2,562.31',
    'HCPCS {64714}  Payment indicator A2  Adjusted rate $2,148.90',
    'HCPCS {64445}  Payment indicator P3  Adjusted rate $104.27',
    'HCPCS {64632}  Payment indicator P3  Adjusted rate $188.02',
    'Compare CBSA [35620] New York-Newark-Jersey City (1.3351): {64712} $3,054.79',
    'Compare CBSA [40140] Riverside-San Bernardino-Ontario (1.1402): {64712} $2,794.06',
    'Rural state floor applies to CBSAs [99910] through [99953] only.',
  ].join('\n'),
});

// ── TRICARE CMAC rate look-up results ──
const cmac: Snippet[] = table({
  id: 's20-cmac',
  kind: 's20-tricare-cmac-lookup',
  caption: 'CMAC Rates — ZIP 37232 → Locality 4700 (Tennessee) — Date range 01/01/2026–12/31/2026',
  headers: [
    'Procedure',
    'Locality',
    'Class 1 Physician Non-Facility',
    'Class 2 Physician Facility',
    'Class 3 Non-Physician',
  ],
  rows: [
    ['{64612}', '4700', '$213.42', '$182.10', '$154.79'],
    ['{64632}', '4700', '$379.55', '$171.32', '$145.62'],
    ['{64714}', '4700', 'N/A', '$648.01', '$550.81'],
    ['{64445}', '4700', '$103.16', '$64.28', '$54.64'],
  ],
}).concat(
  lines({
    id: 's20-cmac-form',
    kind: 's20-tricare-cmac-lookup',
    text: ['Search by ZIP code: [37232]', 'Procedure code(s): {64612}, {64632}, {64714}, {64445}'].join('\n'),
  }),
);

// ── State Medicaid MMIS claim inquiry panel (label/value pairs) ──
const mmis: Snippet[] = lines({
  id: 's20-mmis',
  kind: 's20-mmis-claim-inquiry-panel',
  before: 'Claim Inquiry — Provider Portal — Department of Human Services',
  text: [
    'ICN: 2026325041207  Claim Type: M (Professional)  Status: Partially Paid',
    'Recipient ID: XXXXXX[70631]  Aid Category: 41  County: [30406]',
    'Billing Provider: 1740283951  Medicaid Provider #: 004872214',
    'Detail 1  Procedure: {64714}  Mod: RT  Units: 1  Billed: 980.00  Allowed: 412.55  Paid: 412.55',
    'Detail 1 EOB: [00612] Paid per fee schedule',
    'Detail 2  Procedure: {64445}  Units: 1  Billed: 240.00  Allowed: 0.00  Paid: 0.00',
    'Detail 2 EOB: [00616] Procedure 64445 incidental to detail 1',
    'Detail 3  Procedure: {64632}  Mod: LT  Units: 1  Billed: 1,850.00  Allowed: 0.00  Paid: 0.00',
    'Detail 3 EOB: [02903] PA required for 64632 not on file',
    'Header EOB: [00533] Remittance advice number [92110]',
    'TPL Carrier Code: [23977]   Prior Authorization #: 6471288',
  ]
    .join('\n')
    .replace('Procedure 64445 incidental', 'Procedure {64445} incidental')
    .replace('PA required for 64632 not', 'PA required for {64632} not'),
});

// ── Clearinghouse fixed-width claim acceptance report (<pre>, one line per row) ──
const chFixed: Snippet[] = lines({
  id: 's20-chfixed',
  kind: 's20-clearinghouse-fixed-width-acceptance',
  text: [
    'RPT-0310 CLAIM ACCEPTANCE DETAIL  BATCH [43122]  RECEIVED 11/21/26 06:12',
    'PAT CTL NO     PAYER  DOS       PROC   MOD  CHARGE    ST  MESSAGE',
    '-------------- ------ --------  -----  ---  --------  --  ----------------------------',
    'NS26-[04498]     [87726]  11/03/26  {64712}  RT   1,460.00  A   ACCEPTED',
    'NS26-[04498]     [87726]  11/03/26  {64445}       260.00  A   ACCEPTED',
    'NS26-[04501]     [60054]  11/04/26  {64632}  LT   1,850.00  R   SUBSCRIBER ZIP [85006] INVALID',
    'NS26-[04507]     [62308]  11/05/26  {64612}  50     640.00  R   PROC 64612 REQUIRES NDC ON LINE 2',
    'NS26-[04511]     [61101]  11/05/26  {64714}  LT   1,380.00  A   ACCEPTED',
    'NS26-[04512]     [11315]  11/06/26  [00000]       0.00      R   LINE 1 PROC CODE MISSING',
    'TOTALS: CLAIMS 6  ACCEPTED 3  REJECTED 3  CHARGES $5,590.00  FILE ID [20464]',
  ]
    .join('\n')
    .replace('PROC 64612 REQUIRES', 'PROC {64612} REQUIRES'),
});

// ── Payer provider manual: CMS-1500 item-by-item instructions ──
const manual1500: Snippet[] = lines({
  id: 's20-man1500',
  kind: 's20-provider-manual-1500-box-instructions',
  before: 'Chapter 7 — Completing the CMS-1500 (02/12)',
  text: [
    'Item 24D — Enter the CPT or HCPCS code and up to four modifiers, e.g. {64712} RT, without a hyphen.',
    'Do not report {64712} and {64714} on one line; each nerve decompressed is its own line with its own modifier.',
    'Bilateral {64445}: one line, modifier 50, 1 unit (not two lines RT and LT).',
    'Item 23 — Enter the prior authorization number exactly as issued, e.g. HP-[45377]-A.',
    'Item 24J — Rendering NPI. Item 33a — Billing NPI; Item 33 ZIP must be 9 digits (e.g. [53202]-4410, not [53202]).',
    'Paper claims: Harbor Plan Claims, PO Box [14340], Milwaukee WI [53214]-0340. Payer ID for EDI: [11315].',
    'Add-on +{64612}? No — {64612} is not an add-on; report it once per side per our policy RP-[30558].',
  ].join('\n'),
});

// ── Payer reimbursement policy update, redline bulletin ──
const redline: Snippet[] = lines({
  id: 's20-redline',
  kind: 's20-payer-policy-update-redline',
  text: [
    'Provider Bulletin No. 2026-[40526] — Peripheral Nerve Procedures — Policy RP-[50404] (redline)',
    'Section 3.2 Codes requiring prior authorization',
    'ADDED: {64632} (effective 02/01/2027)',
    'REMOVED: {64445} — now notification only',
    'UNCHANGED: {64712}, {64714}',
    'Section 4.1 was: "Report {64612} once per date of service." is: "Report {64612} once, modifier 50 when bilateral."',
    'Questions: Provider Services 1-800-555-0163, option 3, ext. [70245]',
    'Fax clinical records to 414-555-0190, Attn: PA Unit, mailstop [53805]',
    'Approved by Medical Policy Committee, meeting #[32806], 10/28/2026',
  ].join('\n'),
});

// ── Payer PA-requirement check REST API response (JSON in a developer portal "Try it") ──
const paCheck: Snippet[] = [
  {
    id: 's20-pacheck',
    kind: 's20-payer-pa-check-rest-json',
    text: [
      'POST /v2/prior-auth/requirements 200 OK',
      '{',
      '  "requestId": "req_[75163]",',
      '  "payerId": "[87726]",',
      '  "planId": "H[10502]-014",',
      '  "serviceZip": "[94110]",',
      '  "placeOfService": "24",',
      '  "results": [',
      '    { "procedureCode": "{64712}", "modifiers": ["RT"], "paRequired": true, "vendor": "eviCore", "caseType": "MSK" },',
      '    { "procedureCode": "{64714}", "modifiers": [], "paRequired": true, "vendor": "eviCore", "caseType": "MSK" },',
      '    { "procedureCode": "{64445}", "paRequired": false, "note": "Not required when billed with 64712 same day" },',
      '    { "procedureCode": "{64632}", "modifiers": ["LT"], "paRequired": false, "vendor": null, "caseType": "PAIN" },',
      '    { "procedureCode": "99999", "error": "INVALID_CODE" }',
      '  ],',
      '  "ttlSeconds": 86400',
      '}',
    ]
      .join('\n')
      .replace('billed with 64712 same day', 'billed with {64712} same day')
      .replace('"99999"', '"[99999]"')
      .replace('"ttlSeconds": 86400', '"ttlSeconds": [86400]'),
  },
];

// ── Payer contract exhibit: outpatient case-rate tiers (PDF text layer) ──
const caseRate: Snippet[] = lines({
  id: 's20-caserate',
  kind: 's20-contract-case-rate-exhibit',
  before: 'EXHIBIT C-2  OUTPATIENT SURGERY CASE RATES',
  text: [
    'Agreement No. [40367] between Summit Health Plan and Lakeshore Surgery Center, LLC (TIN XX-XXX4821)',
    'Facility: 2200 N Lake Dr, Milwaukee WI [53211]   Medicare CCN 52-C001',
    'Tier 1 — $640 per case: {64445}, {64612}',
    'Tier 3 — $2,850 per case: {64712}, {64714}, {64632}',
    'Codes {64712}–{64714} billed together pay at Tier 3 once.',
    'Revenue codes 0360, 0490; implants carved out above $[10000] invoice cost (account [70526]).',
    'Rates escalate 3% annually; exhibit supersedes Exhibit C-1 dated 01/01/2025 (contract [40366]).',
  ].join('\n'),
});

// ── Payer portal claim payment detail (a regional plan's "Claim Details" page, service lines as an HTML table) ──
const payDetail: Snippet[] = lines({
  id: 's20-paydet-hdr',
  kind: 's20-payer-claim-payment-detail-table',
  before: 'Claim Details',
  text: [
    'Claim # 26-318-[57105]-00   Received 11/14/2026   Finalized 11/20/2026',
    'Member: T. Okafor  ID ***-**-[29203]  Group [10019]',
    'Payment: EFT trace [76104]  Payee ZIP [30301]',
  ].join('\n'),
}).concat(
  table({
    id: 's20-paydet',
    kind: 's20-payer-claim-payment-detail-table',
    caption: 'Service Lines',
    headers: [
      'Line',
      'Service Date',
      'Procedure / Mod',
      'Billed',
      'Allowed',
      'Deductible',
      'Coinsurance',
      'Paid',
      'Remark',
    ],
    rows: [
      ['1', '11/03/2026', '{64714} LT', '$1,380.00', '$598.12', '$0.00', '$119.62', '$478.50', 'N/A'],
      ['2', '11/03/2026', '{64445}', '$260.00', '$0.00', '$0.00', '$0.00', '$0.00', 'M80'],
      ['3', '11/10/2026', '{64612}-50', '$640.00', '$231.40', '$46.28', '$0.00', '$185.12', 'N/A'],
      ['4', '11/10/2026', 'J0585 x100', '$560.00', '$487.00', '$0.00', '$0.00', '$487.00', '[66160]'],
    ],
  }),
);

// ── Clearinghouse ERA search results and drill-down (remit viewer of a clearinghouse not yet in the corpus) ──
const eraDrill: Snippet[] = lines({
  id: 's20-eradrill',
  kind: 's20-clearinghouse-era-drilldown',
  before: 'Remittance Search — results 1–3 of 3',
  text: [
    'Payer ID [36604] Gulf Coast Health   EFT [88011]   11/19/2026   $2,208.66   Claims: 3',
    'Payer ID [92868] Sunwest Medicaid    CHK [46202]   11/19/2026   $412.55     Claims: 1',
    'Payer ID [25101] Mountain Mutual     EFT [21201]   11/20/2026   $0.00       Claims: 2 (all denied)',
    '▼ EFT 88011 — Claim NS26-04498 — Patient Acct [38103]',
    '   Line 1  {64712}-RT   Billed 1,460.00  Paid 1,012.80  CO-45 447.20',
    '   Line 2  {64445}      Billed 260.00    Paid 0.00      CO-97  RARC M15 (bundled into {64712})',
    '   Line 3  {64632}-LT   Billed 1,850.00  Paid 1,195.86  PR-2 239.17',
  ]
    .join('\n')
    .replace('EFT 88011 — Claim NS26-04498', 'EFT [88011] — Claim NS26-[04498]'),
});

// ── Payer fee schedule by place of service (PDF text layer, one row per line) ──
const feePos: Snippet[] = lines({
  id: 's20-feepos',
  kind: 's20-payer-fee-schedule-by-pos',
  before: 'Provider resources › Fee schedules',
  text: [
    'Gulf Coast Health — Professional Fee Schedule FS-[13210] — Effective 01/01/2027',
    'Code   Mod  POS 11     POS 22     POS 24     Notes',
    '{64445}       $96.10     $58.20     $58.20',
    '{64612}       $204.75    $176.30    $176.30    unilateral; bilateral mod 50',
    '{64632}       $338.90    $154.40    $154.40',
    '{64712}       N/A        $702.15    $702.15    PA required',
    '{64714}       N/A        $628.44    $628.44    PA required',
    'Rates for ZIPs [70112] to [70199] only; other parishes see FS-[13211].',
    'Page 14 of 52   Doc ID [41018]',
  ].join('\n'),
});

// ── X12 835 institutional (005010X221A1 with TS3 provider summary and SVC04 revenue codes), one segment per line ──
const x12_835i: Snippet[] = lines({
  id: 's20-835inst',
  kind: 's20-x12-835-institutional-ts3',
  before: 'ERA 835 — Facility remit — Lakeshore Surgery Center',
  text: [
    'N1*PE*LAKESHORE SURGERY CENTER*XX*1639274810~',
    'N4*MILWAUKEE*WI*[53211]~',
    'REF*TJ*391847265~',
    'LX*1~',
    'TS3*1639274810*24*20261231*3*[18420]~',
    'CLP*LSC-[31404]*1*9200*5412.36*640*13*2026323990017*83*1~',
    'NM1*QC*1*BRENNAN*OWEN****MI*HCP-[30426]-07~',
    'SVC*HC:{64712}:RT*4200*2985.40*0360*1~',
    'DTM*472*20261110~',
    'CAS*CO*45*1214.60~',
    'REF*6R*[57701]~',
    'SVC*HC:{64714}:RT:59*3100*1811.96*0360*1~',
    'CAS*CO*45*648.04**PR*1*640~',
    'REF*6R*[57702]~',
    'SVC*HC:{64445}*900*615.00*0370*1~',
    'CAS*CO*45*285~',
    'REF*6R*[57703]~',
    'SVC*HC:C1889*1000*0*0278*1~',
    'CAS*CO*97*1000~',
    'LQ*HE*M15~',
  ].join('\n'),
});

export const sealed20: Snippet[] = [
  ...x12_835,
  ...x12_278i,
  ...x12_271,
  ...x12_837p,
  ...x12_824,
  ...hl7_bar,
  ...hl7_orm,
  ...fhir_carin,
  ...fhir_cer,
  ...fhir_payrec,
  ...pfall,
  ...oppsCap,
  ...ascCbsa,
  ...cmac,
  ...mmis,
  ...chFixed,
  ...manual1500,
  ...redline,
  ...paCheck,
  ...caseRate,
  ...payDetail,
  ...eraDrill,
  ...feePos,
  ...x12_835i,
];
