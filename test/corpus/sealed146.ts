import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 146 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s146-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too (76942, 64447, 64448, 64450, 64455, 64713). The decoys are what an interface engine's
 * screens are full of: message ids in the message browser (64709 to 64805, next to a column of CPT codes), X12 group
 * control numbers (64682 to 64757) and the ISA version 00501, listener ports, payer ids, the health system's, the
 * patients' and the clearinghouse's ZIPs and PO boxes, legacy five-digit service codes on the key side of a lookup
 * table (the CPT is on the value side), placer order numbers, channel message counts, a response timeout, edit rule
 * ids, table revisions, batch, alert, request and support reference numbers, a prior-auth number and the HL7 table
 * id in HL70357 (its five digits run on from the 7 of HL7). About a third of them are numbers of the synthetic
 * 10,000-code set (KNOWN_10K): the health system's and a patient's ZIPs, Aetna's payer id 60054, three listener
 * ports, the six legacy service codes, a daily message volume, a batch file control id, a support reference, a group
 * control number, the 70357 of HL70357 and the five known codes' digits. Those come back as decoys 29 times: the
 * errored message id 64712 (all through the incident) and message id 64714, group control number 64712, the billing
 * office's PO box 64445, the clearinghouse's PO box 64632, an edit rule id 64612, a FHIR ChargeItem id and an HL7
 * batch control id 64714.
 *
 * Family: integration engineers running a (fictional) health system's interface engine (Northfork Health, Larkspur,
 * WI; Mirth-style engine, a legacy Cloverleaf lookup table, a Rhapsody-style override table) around the pain and
 * peripheral-nerve clinic's charge and order feeds. One incident runs through the set: on 03/09/2027 a new CDM line
 * for the ultrasound-guided sciatic block (CPT 64445) went live without a row in the engine's CDM-to-CPT table, so 14
 * DFT^P03 charges errored, and an older row sent 64632 with a finger modifier (F8) that billing and then the payer
 * (277CA A7:453) rejected. Shapes: the channel dashboard, the message browser list with metadata columns, the raw
 * inbound DFT, the parsed message tree, the serialized XML of the encoded FT1, the raw ORM order, the HL7 ACK with
 * ERR segments, a nightly HL7 batch file, the error queue, the error detail with the transformer stack, the
 * transformer script, the channel export XML, the server log, the alert e-mail, the message search panel, the
 * CDM_TO_CPT table, the legacy Cloverleaf .tbl file, the payer modifier override CSV, the interface inventory, the
 * 837P as raw segments and in an EDI viewer, the 837 batch summary, the 999 as segments and as a report, the 277CA as
 * segments and as a rejection report, the clearinghouse rejection worklist and edit rules, the incident ticket, its
 * work notes, the team chat, the change request, the test script, the charge reconciliation report, the order to
 * charge audit CSV, a FHIR ChargeItem, the interface spec (FT1/PR1 field table, mapping rules, revision history), the
 * post-incident review, a revenue integrity e-mail, the OR feed's raw DFT and a diff of the exported table.
 * Built on real public layouts: Mirth Connect (NextGen Connect) Administrator dashboard columns (Status, Name, Rev Δ,
 * Last Deployed, Received, Filtered, Queued, Sent, Errored, Connection), its message browser (Id, Connector, Status,
 * Received Date, Response Date, Errors, custom metadata columns), its message tree and XML serialization
 * (FT1.25.1), its channel export XML and log4j server log; the Cloverleaf .tbl table file (prologue, end_prologue,
 * dflt, key and value on alternate lines between # separators); HL7 v2.5.1 DFT^P03, ORM^O01, ACK with MSA/ERR, FHS/BHS
 * batch; X12 005010X222A1 837P (ISA/GS/ST/NM1/CLM/SV1/DTP), 005010X231A1 999 (AK1/AK2/IK3/IK4/IK5/AK9) and
 * 005010X214 277CA (STC A7:453); ServiceNow incident and change layouts; FHIR R4 ChargeItem. The others are written
 * the way those pages read, with no single source.
 *
 * 348 labelled tokens over 43 shapes: 184 codes, 164 decoys, 60 of the decoys in KNOWN_10K.
 */

// ── 1. Engine channel dashboard (decoy heavy: counts and ports) ──
const dashboard = table({
  id: 's146-dash',
  kind: 's146-engine-channel-dashboard-grid',
  caption: 'Dashboard — nfk-ie-prod01 — 6 channels deployed — refreshed 03/09/2027 15:45:12',
  headers: [
    'Status',
    'Name',
    'Rev Δ',
    'Last Deployed',
    'Received',
    'Filtered',
    'Queued',
    'Sent',
    'Errored',
    'Connection',
  ],
  rows: [
    [
      'Started',
      'EHR_DFT_Pain_In',
      '0',
      '2027-03-09 06:02',
      '[18212]',
      '412',
      '0',
      '[17786]',
      '14',
      'Connected (:[16447])',
    ],
    [
      'Started',
      'DFT_to_PB_Billing',
      '1',
      '2027-03-09 06:02',
      '[17786]',
      '0',
      '3',
      '[17782]',
      '1',
      'Connected (:[16468])',
    ],
    ['Started', 'OR_DFT_In', '0', '2027-02-27 21:40', '6318', '0', '0', '6318', '0', 'Connected (:[16714])'],
    ['Started', 'ORM_PainProc_Out', '0', '2027-02-27 21:40', '9027', '0', '0', '9027', '0', 'Idle'],
    ['Paused', '837P_Out_ClearPath', '2', '2027-03-08 19:15', '1906', '0', '11', '1895', '0', 'SFTP clearpath'],
    [
      'Started',
      'ADT_Hub_Fanout',
      '4',
      '2027-03-01 05:30',
      '[41892]',
      '9440',
      '0',
      '[32451]',
      '0',
      'Connected (:[16410])',
    ],
  ],
});

// ── 2. Message browser list with custom metadata columns ──
const browser = table({
  id: 's146-browser',
  kind: 's146-engine-message-browser-list-grid',
  caption: 'EHR_DFT_Pain_In — Messages — 03/09/2027 14:30 to 15:00 — 8 results',
  headers: ['Id', 'Connector', 'Status', 'Received Date', 'Response Date', 'Errors', 'SOURCE', 'TYPE', 'PROC'],
  rows: [
    ['[64709]', 'Source', 'TRANSFORMED', '2027-03-09 14:31:52.004', '', '', 'PAINCLINIC', 'DFT-P03', '{64632}'],
    [
      '[64709]',
      'To PB Billing',
      'SENT',
      '2027-03-09 14:31:52.211',
      '2027-03-09 14:31:52.390',
      '',
      'PAINCLINIC',
      'DFT-P03',
      '{64632}',
    ],
    ['[64711]', 'Source', 'TRANSFORMED', '2027-03-09 14:33:07.518', '', '', 'PAINCLINIC', 'DFT-P03', '{76942}'],
    [
      '[64711]',
      'To PB Billing',
      'SENT',
      '2027-03-09 14:33:07.702',
      '2027-03-09 14:33:07.861',
      '',
      'PAINCLINIC',
      'DFT-P03',
      '{76942}',
    ],
    ['[64712]', 'Source', 'ERROR', '2027-03-09 14:35:01.118', '', 'Processing', 'PAINCLINIC', 'DFT-P03', ''],
    ['[64714]', 'Source', 'TRANSFORMED', '2027-03-09 14:38:44.715', '', '', 'PAINCLINIC', 'DFT-P03', '{64612}'],
    [
      '[64714]',
      'To PB Billing',
      'SENT',
      '2027-03-09 14:38:44.902',
      '2027-03-09 14:38:45.077',
      '',
      'PAINCLINIC',
      'DFT-P03',
      '{64612}',
    ],
    ['[64716]', 'Source', 'ERROR', '2027-03-09 14:52:19.330', '', 'Processing', 'PAINCLINIC', 'DFT-P03', ''],
  ],
});

// ── 3. Raw inbound DFT^P03 (message browser "Raw" tab), text layer ──
const rawDft = lines({
  id: 's146-rawdft',
  kind: 's146-hl7-dft-raw-message-text',
  before: 'Message 64712 — Source — Raw',
  text: [
    'MSH|^~\\&|PAINCLINIC|NFKPAIN|PBBILL|NFKHEALTH|20270309143501||DFT^P03^DFT_P03|CHG0309143501118|P|2.5.1',
    'EVN|P03|20270309143501|||SOREN_A',
    'PID|1||880412937^^^NFK^MR||DELACROIX^MAREN^E||19610714|F|||77 FENWICK LN^^LARKSPUR^WI^[54636]^USA||^PRN^PH^^1^608^5550148',
    'PV1|1|O|PAIN^EXAM3^^NFKPAIN||||1467382950^SOREN^ANIKA^^^^MD||||||||||OP|4100338821',
    'FT1|1|||20270309|20270309|CG|3612445^NERVE BLOCK SCIATIC SINGLE US^NFKCDM|||1|812.00||PAIN',
    'FT1|2|||20270309|20270309|CG|3610942^US GUIDE NEEDLE PLCMT^NFKCDM|||1|265.00||PAIN',
    'PR1|1||{64445}^INJ ANES SCIATIC NERVE SINGLE^C4||20270309|||||||1467382950^SOREN^ANIKA|||||RT',
    'PR1|2||{76942}^US GUIDE NEEDLE PLACEMENT^C4||20270309',
    'DG1|1||M54.31^SCIATICA, RIGHT SIDE^I10',
    'IN1|1|BMHPPO|[39026]|BADGER MUTUAL HEALTH PLAN|PO BOX 7710^^MADISON^WI^[53717]||||NFK-GRP-2210',
  ].join('\n'),
});

// ── 4. Parsed message tree (transformer's Message Trees pane), text layer ──
const tree = lines({
  id: 's146-tree',
  kind: 's146-hl7-parsed-message-tree-text',
  before: 'Message Trees — Inbound — DFT_P03 (message 64712)',
  text: [
    'MSH.10  Message Control ID ........ CHG0309143501118',
    'PID.3.1  ID Number ................ 880412937',
    'PID.11.5  Zip or Postal Code ...... [54636]',
    'FT1.7.1  Identifier (CDM) ......... 3612445',
    'FT1.11.1  Extended Amount ......... 812.00',
    'FT1.25.1  Identifier (Procedure) .. (empty)',
    'PR1.3.1  Identifier ............... {64445}',
    'PR1.3.3  Name of Coding System .... C4',
    'PR1.16  Procedure Code Modifier ... RT',
    'PR1(2).3.1  Identifier ............ {76942}',
    'IN1.3.1  Insurance Company ID ..... [39026]',
  ].join('\n'),
});

// ── 5. Encoded outbound FT1 serialized as XML (message 64709), text layer ──
const xmlFt1 = lines({
  id: 's146-xmlft1',
  kind: 's146-hl7-serialized-xml-view-text',
  before: 'Message 64709 — To PB Billing — Encoded (XML)',
  text: [
    '<PID.11><PID.11.1>1406 KETTLE RD</PID.11.1><PID.11.3>LARKSPUR</PID.11.3><PID.11.4>WI</PID.11.4><PID.11.5>[54603]</PID.11.5></PID.11>',
    '<FT1>',
    '  <FT1.7><FT1.7.1>3614632</FT1.7.1><FT1.7.2>NEUROLYSIS PLANTAR DIG NRV</FT1.7.2><FT1.7.3>NFKCDM</FT1.7.3></FT1.7>',
    '  <FT1.11><FT1.11.1>640.00</FT1.11.1></FT1.11>',
    '  <FT1.25><FT1.25.1>{64632}</FT1.25.1><FT1.25.2>DESTRUCTION NEUROLYTIC PLANTAR DIGITAL NERVE</FT1.25.2><FT1.25.3>C4</FT1.25.3></FT1.25>',
    '  <FT1.26><FT1.26.1>F8</FT1.26.1></FT1.26>',
    '</FT1>',
    '<PR1><PR1.3><PR1.3.1>{64632}</PR1.3.1><PR1.3.3>C4</PR1.3.3></PR1.3><PR1.16>RT</PR1.16></PR1>',
  ].join('\n'),
});

// ── 6. Raw ORM^O01 order (EHR to pain clinic procedure system), text layer ──
const rawOrm = lines({
  id: 's146-raworm',
  kind: 's146-hl7-orm-order-raw-message-text',
  before: 'ORM_PainProc_Out — message 51207 — Raw',
  text: [
    'MSH|^~\\&|EHR|NFKHEALTH|PAINPROC|NFKPAIN|20270302101544||ORM^O01^ORM_O01|ORM0302101544220|P|2.5.1',
    'PID|1||880412937^^^NFK^MR||DELACROIX^MAREN^E||19610714|F|||77 FENWICK LN^^LARKSPUR^WI^[54636]',
    'ORC|NW|[88418]^EHR|||SC||^^^20270309^^R||20270302101544|JKRAUS||1467382950^SOREN^ANIKA',
    'OBR|1|[88418]^EHR||{64445}^INJ ANES SCIATIC NERVE SINGLE^C4^PN445^SCIATIC NRV BLK US^NFKPROC|||20270309',
    'ORC|NW|[88420]^EHR|||SC||^^^20270309^^R||20270302101544|JKRAUS||1467382950^SOREN^ANIKA',
    'OBR|1|[88420]^EHR||{76942}^US GUIDE NEEDLE PLACEMENT^C4^PN942^US GUIDANCE^NFKPROC|||20270309',
    'DG1|1||M54.31^SCIATICA, RIGHT SIDE^I10',
    'NTE|1||Right popliteal-sciatic single injection under US. Prior auth Badger Mutual [87044], valid to 04/30/2027.',
  ].join('\n'),
});

// ── 7. HL7 ACK with error segments from the billing system, text layer ──
const ackNak = lines({
  id: 's146-ack',
  kind: 's146-hl7-ack-nak-error-segments-text',
  before: 'Message 64758 — To PB Billing — Response',
  text: [
    'MSH|^~\\&|PBBILL|NFKHEALTH|NFKIE|NFKHEALTH|20270309151002||ACK^P03^ACK|PB0309151002544|P|2.5.1',
    'MSA|AE|CHG0309150955871|Charge line rejected',
    'ERR||FT1^1^26|103^Table value not found^HL[70357]|E||||Modifier F8 not valid with {64632} (foot procedure)',
    'ERR||FT1^1^25|207^Application internal error^HL[70357]|W||||PB edit [26809]: {64632}/{64455} need T1-T9, TA, RT or LT',
  ].join('\n'),
});

// ── 8. Nightly HL7 batch file of posted charges to the data warehouse, text layer ──
const batchFile = lines({
  id: 's146-batch',
  kind: 's146-hl7-batch-file-fhs-bhs-text',
  before: '/sftp/edw/in/charges_20270309.hl7',
  text: [
    'FHS|^~\\&|NFKIE|NFKHEALTH|EDW|NFKHEALTH|20270310010000||charges_20270309.hl7|[46177]',
    'BHS|^~\\&|NFKIE|NFKHEALTH|EDW|NFKHEALTH|20270310010000||PAIN|[64714]',
    'FT1|1|||20270309||CG|3612440|||1|812.00||PAIN||||||||||||{64445}^^C4|RT',
    'FT1|2|||20270309||CG|3610942|||1|265.00||PAIN||||||||||||{76942}^^C4',
    'FT1|3|||20270309||CG|3614632|||1|640.00||PAIN||||||||||||{64632}^^C4|T8',
    'FT1|4|||20270309||CG|3614612|||1|975.00||PAIN||||||||||||{64612}^^C4|LT',
    'FT1|5|||20270309||CG|3614612|||1|975.00||PAIN||||||||||||{64612}^^C4|RT',
    'FT1|6|||20270309||CG|3612447|||1|746.00||PAIN||||||||||||{64447}^^C4|LT',
    'FT1|7|||20270309||CG|3612445|||1|812.00||PAIN||||||||||||{64445}^^C4|RT',
    'BTS|7',
    'FTS|1',
  ].join('\n'),
});

// ── 9. Error queue ──
const errorQueue = table({
  id: 's146-errq',
  kind: 's146-engine-error-queue-grid',
  caption: 'Errored messages — all channels — last 72 hours — 6 of 6',
  headers: ['Msg Id', 'Channel', 'Connector', 'Error Type', 'Error', 'First Seen', 'Retries'],
  rows: [
    [
      '[64712]',
      'EHR_DFT_Pain_In',
      'Source',
      'Processing',
      'No CPT for CDM 3612445 (PR1-3 says {64445})',
      '03/09/2027 14:35',
      '0',
    ],
    [
      '[64716]',
      'EHR_DFT_Pain_In',
      'Source',
      'Processing',
      'No CPT for CDM 3612445 (PR1-3 says {64445})',
      '03/09/2027 14:52',
      '0',
    ],
    [
      '[64731]',
      'EHR_DFT_Pain_In',
      'Source',
      'Processing',
      'No CPT for CDM 3612445 (PR1-3 says {64445})',
      '03/09/2027 15:03',
      '0',
    ],
    [
      '[64758]',
      'DFT_to_PB_Billing',
      'To PB Billing',
      'Response (AE)',
      'PB rejected {64632}-F8: modifier not valid',
      '03/09/2027 15:10',
      '3',
    ],
    [
      '[64790]',
      'EHR_DFT_Pain_In',
      'Source',
      'Processing',
      'No CPT for CDM 3612445 (PR1-3 says {64445})',
      '03/09/2027 15:42',
      '0',
    ],
    [
      '[65103]',
      'X12_999_277CA_In',
      'Source',
      'Processing',
      '277CA STC A7:453 on acct 4100338905, line {64632}',
      '03/12/2027 07:05',
      '0',
    ],
  ],
});

// ── 10. Error detail with the transformer stack trace, text layer ──
const errorDetail = lines({
  id: 's146-errdetail',
  kind: 's146-engine-error-detail-stack-trace-text',
  before: 'Message 64712 — EHR_DFT_Pain_In — Source — Errors tab',
  text: [
    'Message Id: [64712]   Connector: Source   Status: ERROR   Server: nfk-ie-prod01',
    'Processing Error: com.mirth.connect.server.MirthJavascriptTransformerException:',
    'CHANNEL:        EHR_DFT_Pain_In',
    'CONNECTOR:      sourceConnector',
    'SCRIPT SOURCE:  TRANSFORMER  STEP: 3 - Map CDM to CPT (FT1-25)',
    'SOURCE CODE:',
    '44:    var cpt = tableLookup("CDM_TO_CPT", cdm);',
    '45:    if (!cpt) throw "No CPT for CDM " + cdm + " (PR1-3 says " + pr1 + ")";',
    'DETAILS:        No CPT for CDM 3612445 (PR1-3 says {64445})',
    '    at 8f2c1a7e-3b4d-4e6f-9a0b-1c2d3e4f5a6b:45 (doTransform)',
    '    at com.mirth.connect.server.transformers.JavaScriptFilterTransformer.doFilterTransform(JavaScriptFilterTransformer.java:218)',
  ].join('\n'),
});

// ── 11. Transformer step script, text layer ──
const script = lines({
  id: 's146-script',
  kind: 's146-engine-transformer-javascript-step-text',
  before: 'EHR_DFT_Pain_In — Source Transformer — Step 3: Map CDM to CPT (FT1-25) — JavaScript',
  text: [
    "var cdm = msg['FT1']['FT1.7']['FT1.7.1'].toString();",
    "var pr1 = msg['PR1'][0]['PR1.3']['PR1.3.1'].toString();",
    "var cpt = tableLookup('CDM_TO_CPT', cdm);",
    '// US-guided blocks bill {76942} on their own FT1 line, never as a modifier',
    "if (cpt == '{64445}' || cpt == '{64447}') { channelMap.put('nerveBlock', true); }",
    '// {64612} is per side: split a bilateral order (50) into RT and LT lines for PB',
    "if (cpt == '{64612}' && mod == '50') { splitBilateral(msg); }",
    '// neuroplasty {64712}/{64713}/{64714} must come from OR_DFT_In, never this feed',
    "if (['{64712}', '{64713}', '{64714}'].indexOf(cpt) >= 0) throw 'OR code on pain feed: ' + cpt;",
    "var legacy = globalMap.get('LEGACY_PROC')['[30466]']; // old HIS service code, still on some orders",
    "msg['FT1']['FT1.25']['FT1.25.1'] = cpt;",
  ].join('\n'),
});

// ── 12. Channel export XML, text layer ──
const channelXml = lines({
  id: 's146-chanxml',
  kind: 's146-engine-channel-export-xml-text',
  before: 'EHR_DFT_Pain_In.xml (exported 03/10/2027 for change CHG0031219)',
  text: [
    '<channel version="4.4.1">',
    '  <id>5f3c2a1e-9b7d-4c0e-8a6f-1d2e3c4b5a69</id>',
    '  <name>EHR_DFT_Pain_In</name>',
    '  <listenerConnectorProperties><host>0.0.0.0</host><port>[16447]</port></listenerConnectorProperties>',
    '  <responseTimeout>[30000]</responseTimeout><queueBufferSize>1000</queueBufferSize>',
    '  <step><name>Reject OR codes</name><script>if ([&quot;{64712}&quot;,&quot;{64714}&quot;].indexOf(cpt) &gt;= 0) throw &quot;OR code&quot;;</script></step>',
    '  <metaDataColumn><name>PROC</name><type>STRING</type><mappingName>ft1_25</mappingName></metaDataColumn>',
    '  <codeTemplateLibrary><name>CDM_TO_CPT</name><revision>[20168]</revision></codeTemplateLibrary>',
    '  <pruningSettings><pruneMetaDataDays>45</pruneMetaDataDays><archiveEnabled>true</archiveEnabled></pruningSettings>',
    '</channel>',
  ].join('\n'),
});

// ── 13. Engine server log (log4j), text layer ──
const serverLog = lines({
  id: 's146-log',
  kind: 's146-engine-server-log-text',
  before: 'mirth.log — nfk-ie-prod01 — tail',
  text: [
    'ERROR 2027-03-09 14:35:01,118 [EHR_DFT_Pain_In Source] transformer: msgId=[64712] No CPT for CDM 3612445 (PR1-3 says {64445})',
    'WARN  2027-03-09 14:35:01,120 [AlertWorker] alert "Pain charge errors" ([55407]) queued for oncall-int',
    'INFO  2027-03-09 14:38:44,715 [EHR_DFT_Pain_In Source] transformer: msgId=[64714] cdm=3614612 cpt={64612} mod=LT',
    'ERROR 2027-03-09 14:52:19,330 [EHR_DFT_Pain_In Source] transformer: msgId=[64716] No CPT for CDM 3612445 (PR1-3 says {64445})',
    'ERROR 2027-03-09 15:10:02,544 [DFT_to_PB_Billing To PB Billing] tcp: msgId=[64758] MSA|AE FT1-26 F8 not valid with {64632}',
    'INFO  2027-03-09 16:02:11,007 [CodeTemplateController] CDM_TO_CPT rev [20168] by rbarlow: +3612445={64445}; 3614632 F8->T8',
    'INFO  2027-03-09 16:05:40,611 [MessageController] reprocess 14 messages [64712]..[64790] on EHR_DFT_Pain_In',
    'INFO  2027-03-09 16:05:41,203 [EHR_DFT_Pain_In Source] transformer: msgId=[64712] cdm=3612445 cpt={64445} mod=RT',
  ].join('\n'),
});

// ── 14. Alert e-mail, text layer ──
const alertMail = lines({
  id: 's146-alert',
  kind: 's146-engine-alert-email-text',
  before: 'Inbox — oncall-int@nfkhealth.example',
  text: [
    'From: engine-alerts@nfkhealth.example',
    'Subject: [NFK-IE-PROD01] Pain charge errors: EHR_DFT_Pain_In errored message [64712]',
    'Alert: Pain charge errors (id [55407])   Channel: EHR_DFT_Pain_In (port [16447])   Connector: Source',
    'Error: No CPT for CDM 3612445 (PR1-3 says {64445})',
    'Errored in last 15 min: 2 (threshold 1). Received since deploy: [18212].',
    'This alert repeats every 30 min until acknowledged in the Dashboard.',
  ].join('\n'),
});

// ── 15. Message search panel, text layer ──
const search = lines({
  id: 's146-search',
  kind: 's146-engine-message-search-panel-text',
  before: 'DFT_to_PB_Billing — Search',
  text: [
    'Start: 2027-03-09 00:00   End: 2027-03-09 23:59   Status: ERROR, SENT   Page size: 20',
    'Text search: "3614632"   Metadata: PROC = {64632}   SOURCE = PAINCLINIC',
    'Results: 3 messages — Ids [64709], [64758], [64762]',
    'Previous search: Metadata PROC = {64445} returned 0 messages between Id [64712] and Id [64790]',
  ].join('\n'),
});

// ── 16. CDM_TO_CPT translation table (code template table editor) ──
const cdmTable = table({
  id: 's146-cdmtbl',
  kind: 's146-cdm-to-cpt-translation-table-grid',
  caption: 'Code Templates > Tables > CDM_TO_CPT (rev 20168, 11 rows)',
  headers: ['CDM', 'CDM Description', 'Rev', 'CPT/HCPCS', 'Mod', 'Unit Price', 'Eff Date', 'Updated By'],
  rows: [
    ['3612440', 'NERVE BLOCK SCIATIC SINGLE', '0510', '{64445}', '', '812.00', '2026-01-01', 'jkraus'],
    ['3612445', 'NERVE BLOCK SCIATIC SINGLE US', '0510', '{64445}', '', '812.00', '2027-03-09', 'rbarlow'],
    ['3612447', 'NERVE BLOCK FEMORAL SINGLE', '0510', '{64447}', '', '746.00', '2026-01-01', 'jkraus'],
    ['3612448', 'NERVE BLOCK FEMORAL CONT INF', '0510', '{64448}', '', '1,180.00', '2026-01-14', 'mtoller'],
    ['3612450', 'NERVE BLOCK OTHER PERIPHERAL', '0510', '{64450}', '', '538.00', '2026-01-01', 'jkraus'],
    ['3610942', 'US GUIDE NEEDLE PLCMT', '0402', '{76942}', '', '265.00', '2026-01-01', 'jkraus'],
    ['3614632', 'NEUROLYSIS PLANTAR DIG NRV', '0510', '{64632}', 'T8', '640.00', '2027-03-09', 'rbarlow'],
    ['3614612', 'CHEMODENERV FACIAL NRV UNI', '0510', '{64612}', '', '975.00', '2026-01-01', 'jkraus'],
    ['3620712', 'NEUROPLASTY SCIATIC', '0360', '{64712}', '', '4,860.00', '2026-11-30', 'rbarlow'],
    ['3620713', 'NEUROPLASTY BRACHIAL PLEXUS', '0360', '{64713}', '', '5,010.00', '2026-11-30', 'rbarlow'],
    ['3620714', 'NEUROPLASTY LUMBAR PLEXUS', '0360', '{64714}', '', '5,210.00', '2026-11-30', 'rbarlow'],
  ],
});

// ── 17. Legacy Cloverleaf lookup table file (.tbl), text layer: key and value on alternate lines ──
const cloverTbl = lines({
  id: 's146-clovertbl',
  kind: 's146-cloverleaf-legacy-lookup-tbl-file-text',
  before: '$HCISITEDIR/Tables/legacy_proc_cpt.tbl (site nfk_legacy, read-only since the Mirth migration)',
  text: [
    'prologue',
    'who: hci',
    'date: October 3, 2024 10:14:52 CDT',
    'outbound_only: 0',
    'inbound_only: 0',
    'bidir: 0',
    'type: tbl',
    'version: 3.0',
    'end_prologue',
    '#',
    'dflt_passthrough=0',
    'dflt=NOMAP',
    '#',
    '[30466]',
    '{64445}',
    '#',
    '[30460]',
    '{64447}',
    '#',
    '[30639]',
    '{64632}',
    '#',
    '[30610]',
    '{64612}',
    '#',
    '[40712]',
    '{64712}',
    '#',
    '[40716]',
    '{64714}',
  ].join('\n'),
});

// ── 18. Payer modifier override table (Rhapsody-style lookup export, CSV), text layer ──
const overrideCsv = lines({
  id: 's146-override',
  kind: 's146-payer-modifier-override-lookup-csv-text',
  before: 'Lookup table PAYER_MOD_OVERRIDE — version 7 — exported 2027-03-10 by ssaetre',
  text: [
    'PayerID,CPT,FromMod,ToMod,Note',
    '[39026],{64632},F8,T8,"INC0448902: digit modifier keyed as finger"',
    '[39026],{64612},50,RT;LT,"Badger Mutual wants two lines, 1 unit each"',
    '[60054],{64612},50,RT;LT,"Aetna: same as Badger Mutual since 2026"',
    '[60054],{64445},,RT,"default laterality from PR1-16 when FT1-26 blank"',
    '*,{64712},50,RT;LT,',
    '*,{64714},50,,"lumbar plexus: drop 50, no laterality"',
  ].join('\n'),
});

// ── 19. Interface inventory (decoy heavy: ports and volumes) ──
const inventory = table({
  id: 's146-inventory',
  kind: 's146-interface-inventory-grid',
  caption: 'Integration Services — Interface Inventory — Revenue cycle feeds (as of 03/2027)',
  headers: ['Interface', 'Engine', 'Direction', 'Protocol', 'Port', 'Msgs/day', 'Owner'],
  rows: [
    ['EHR_DFT_Pain_In', 'Mirth prod01', 'Inbound', 'MLLP', '[16447]', '1,420', 'R. Barlow'],
    ['DFT_to_PB_Billing', 'Mirth prod01', 'Outbound', 'MLLP', '[16468]', '1,405', 'R. Barlow'],
    ['OR_DFT_In', 'Mirth prod01', 'Inbound', 'MLLP', '[16714]', '310', 'M. Toller'],
    ['ADT_Hub_Fanout', 'Mirth prod01', 'Both', 'MLLP', '[16410]', '[12583]', 'M. Toller'],
    ['legacy_proc (read-only)', 'Cloverleaf 6.2', 'n/a', 'table', '', '0', 'R. Barlow'],
    ['837P_Out_ClearPath', 'Mirth prod01', 'Outbound', 'SFTP 22', '', '1 file', 'S. Saetre'],
  ],
});

// ── 20. 837P, raw segments, text layer ──
const raw837 = lines({
  id: 's146-raw837',
  kind: 's146-x12-837p-raw-segments-text',
  before: '/sftp/clearpath/out/NFK_837P_20270310_1915.x12',
  text: [
    'ISA*00*          *00*          *ZZ*NFK0412        *ZZ*CLEARPATH      *270310*1915*^*[00501]*000064712*0*P*:~',
    'GS*HC*NFK0412*CLEARPATH*20270310*1915*[64712]*X*005010X222A1~',
    'ST*837*0001*005010X222A1~BHT*0019*00*NFK20270310A*20270310*1915*CH~',
    'NM1*85*2*NORTHFORK PAIN AND NERVE CENTER*****XX*1497785120~N3*410 ASTER WAY~N4*LARKSPUR*WI*546034412~',
    'NM1*IL*1*DELACROIX*MAREN*E***MI*BMH88204471~N4*LARKSPUR*WI*[54636]~',
    'NM1*PR*2*BADGER MUTUAL HEALTH PLAN*****PI*[39026]~',
    'CLM*4100338821*1077***11:B:1*Y*A*Y*Y~REF*G1*[87044]~HI*ABK:M5431~',
    'LX*1~SV1*HC:{64445}:RT*812*UN*1***1~DTP*472*D8*20270309~',
    'LX*2~SV1*HC:{76942}*265*UN*1***1~DTP*472*D8*20270309~',
    'CLM*4100338905*640***11:B:1*Y*A*Y*Y~HI*ABK:G5760~',
    'LX*1~SV1*HC:{64632}:F8*640*UN*1***1~DTP*472*D8*20270309~',
  ].join('\n'),
});

// ── 21. 837P in an EDI viewer (loop / element / value) ──
const viewer837 = table({
  id: 's146-viewer837',
  kind: 's146-x12-837p-edi-viewer-element-grid',
  caption: 'EDI Viewer — NFK_837P_20270310_1915.x12 — Claim 2 of 38 (4100338905)',
  headers: ['Loop', 'Element', 'Name', 'Value'],
  rows: [
    ['ISA', 'ISA12', 'Interchange Control Version Number', '[00501]'],
    ['GS', 'GS06', 'Group Control Number', '[64712]'],
    ['2010BA', 'N403', 'Subscriber Postal Code', '[54603]'],
    ['2010BB', 'NM109', 'Payer Identifier', '[39026]'],
    ['2300', 'CLM01', 'Patient Control Number', '4100338905'],
    ['2300', 'CLM02', 'Total Claim Charge Amount', '640'],
    ['2400', 'SV101-2', 'Procedure Code', '{64632}'],
    ['2400', 'SV101-3', 'Procedure Modifier', 'F8'],
    ['2400', 'SV102', 'Line Item Charge Amount', '640'],
    ['2400', 'DTP03', 'Service Date', '20270309'],
  ],
});

// ── 22. 837 outbound batch summary ──
const batch837 = table({
  id: 's146-batch837',
  kind: 's146-x12-837-outbound-batch-summary-grid',
  caption: '837P_Out_ClearPath — files sent — week of 03/08/2027',
  headers: ['File', 'ISA13', 'GS06', 'Claims', 'Lines', 'Total Charges', '999', '277CA Rejects'],
  rows: [
    ['NFK_837P_20270308_1915.x12', '000064682', '[64682]', '41', '77', '$38,904.00', 'A', '0'],
    ['NFK_837P_20270309_1915.x12', '000064698', '[64698]', '36', '70', '$33,115.00', 'E', '0'],
    ['NFK_837P_20270310_1915.x12', '000064712', '[64712]', '38', '73', '$41,228.00', 'A', '1'],
    ['NFK_837P_20270311_1915.x12', '000064750', '[64750]', '33', '58', '$52,606.00', 'A', '0'],
    ['NFK_837P_20270312_1915.x12', '000064757', '[64757]', '29', '51', '$27,730.00', 'P', '—'],
  ],
});

// ── 23. 999 acknowledgment, raw segments, text layer ──
const raw999 = lines({
  id: 's146-raw999',
  kind: 's146-x12-999-raw-segments-text',
  before: '/sftp/clearpath/in/ack/NFK_837P_20270309_1915.999',
  text: [
    'ISA*00*          *00*          *ZZ*CLEARPATH      *ZZ*NFK0412        *270309*1922*^*[00501]*000000913*0*P*:~',
    'GS*FA*CLEARPATH*NFK0412*20270309*1922*913*X*005010X231A1~',
    'ST*999*0001*005010X231A1~',
    'AK1*HC*[64698]*005010X222A1~',
    'AK2*837*0001*005010X222A1~IK3*SV1*212*2400*8~IK4*1:3*1339*7*RTT~IK5*E*I5~',
    'AK9*E*1*1*1~SE*7*0001~GE*1*913~IEA*1*000000913~',
  ].join('\n'),
});

// ── 24. 999 report as the clearinghouse prints it, text layer ──
const report999 = lines({
  id: 's146-rpt999',
  kind: 's146-x12-999-acknowledgment-report-text',
  before: 'CLEARPATH EDI — FUNCTIONAL ACKNOWLEDGMENT (999) REPORT',
  text: [
    'Submitter: NFK0412 Northfork Health PFS   File: NFK_837P_20270309_1915.x12',
    'Functional group [64698], version 005010X222A1: ACCEPTED WITH ERRORS (IK5*E)',
    'Claim 4100338402, line 2: SV101-3 "RTT" invalid code value (IK4 code 7); procedure {64445} was accepted as billed',
    'Next file NFK_837P_20270310_1915.x12, group [64712]: ACCEPTED (38 claims, $41,228.00)',
    'Support: 1-800-555-0190 option 2, reference [20143]. ClearPath EDI, PO Box [64632], Ashby, IN [46813].',
  ].join('\n'),
});

// ── 25. 277CA, raw segments, text layer ──
const raw277 = lines({
  id: 's146-raw277',
  kind: 's146-x12-277ca-raw-segments-text',
  before: '/sftp/clearpath/in/ack/BMHP_277CA_20270312.x12',
  text: [
    'ST*277*0001*005010X214~BHT*0085*08*277CA20270312*20270312*0705*TH~',
    'HL*1**20*1~NM1*PR*2*BADGER MUTUAL HEALTH PLAN*****PI*[39026]~',
    'HL*3*2*19*1~NM1*85*2*NORTHFORK PAIN AND NERVE CENTER*****XX*1497785120~',
    'HL*4*3*PT~NM1*QC*1*KOWALCZYK*JONAH****MI*BMH77120936~TRN*2*4100338905~',
    'STC*A7:453*20270312*U*640~REF*1K*2707100412345~DTP*472*RD8*20270309-20270309~',
    'SVC*HC:{64632}:F8*640*0~STC*A7:453*20270312*U*640~REF*FJ*1~',
    'SE*12*0001~',
  ].join('\n'),
});

// ── 26. 277CA rejection report, text layer ──
const report277 = lines({
  id: 's146-rpt277',
  kind: 's146-x12-277ca-payer-rejection-report-text',
  before: 'CLAIM ACKNOWLEDGMENT (277CA) — PAYER REJECTIONS — 03/12/2027',
  text: [
    'Payer: Badger Mutual Health Plan (Payer ID [39026])   Received from payer 03/12/2027 07:05',
    'Patient: KOWALCZYK, JONAH   Acct 4100338905   DOS 03/09/2027   Billed $640.00',
    'Status: REJECTED  A7:453  Acknowledgement/Rejected for Invalid Information: Procedure Code Modifier(s)',
    'Line 1: {64632}-F8   $640.00   F8 = right hand, fourth digit; procedure is on the foot',
    'Original group [64712]. Payer claim # 2707100412345. Correct and resubmit as a new claim (frequency 1).',
  ].join('\n'),
});

// ── 27. Clearinghouse rejection worklist ──
const worklist = table({
  id: 's146-worklist',
  kind: 's146-clearinghouse-claim-status-worklist-grid',
  caption: 'ClearPath EDI — Claim Status — Northfork Pain & Nerve Center — DOS 03/09–03/11/2027',
  headers: ['Patient Acct', 'Patient', 'DOS', 'Payer', 'Payer ID', 'CPT', 'Mod', 'Billed', 'Status'],
  rows: [
    ['4100338821', 'DELACROIX, M', '03/09/2027', 'BADGER MUTUAL', '[39026]', '{64445}', 'RT', '$812.00', 'Accepted'],
    ['4100338821', 'DELACROIX, M', '03/09/2027', 'BADGER MUTUAL', '[39026]', '{76942}', '', '$265.00', 'Accepted'],
    [
      '4100338905',
      'KOWALCZYK, J',
      '03/09/2027',
      'BADGER MUTUAL',
      '[39026]',
      '{64632}',
      'F8',
      '$640.00',
      'Rejected A7:453',
    ],
    ['4100338940', 'ABERNATHY, R', '03/09/2027', 'AETNA', '[60054]', '{64612}', 'LT', '$975.00', 'Accepted'],
    ['4100338940', 'ABERNATHY, R', '03/09/2027', 'AETNA', '[60054]', '{64612}', 'RT', '$975.00', 'Accepted'],
    ['4100339017', 'HALVERSON, E', '03/11/2027', 'BADGER MUTUAL', '[39026]', '{64712}', 'RT', '$4,860.00', 'Accepted'],
    ['4100339017', 'HALVERSON, E', '03/11/2027', 'BADGER MUTUAL', '[39026]', '{64714}', '', '$5,210.00', 'Accepted'],
  ],
});

// ── 28. Clearinghouse front-end edit rules ──
const editRules = table({
  id: 's146-edits',
  kind: 's146-clearinghouse-edit-rules-grid',
  caption: 'ClearPath EDI — Custom claim edits — client NFK0412',
  headers: ['Rule ID', 'Payer', 'Applies to', 'Logic', 'Action'],
  rows: [
    ['[64612]', 'All', '{64612}', 'Units > 1 on one line, or modifier 50', 'Reject: split RT/LT'],
    ['[26809]', 'Badger Mutual ([39026])', '{64632}, {64455}', 'Modifier must be T1–T9, TA, RT or LT', 'Reject'],
    ['[31045]', 'Aetna ([60054])', '{76942}', 'Needs {64445}, {64447} or {64450} on the same DOS', 'Warn'],
    ['[40753]', 'All', '{64712}, {64714}', 'Place of service must be 22 or 24', 'Reject'],
  ],
});

// ── 29. Incident ticket, text layer ──
const ticket = lines({
  id: 's146-ticket',
  kind: 's146-servicenow-incident-failed-charge-text',
  before: 'Incident INC0448871',
  text: [
    'Number: INC0448871   Priority: 2 - High   State: Resolved   Assignment group: Integration Services',
    'Short description: Pain clinic charges for CPT {64445} not crossing to PB since 03/09 14:35',
    'Caller: Greta Lindqvist (Revenue Integrity)   CI: nfk-ie-prod01 / EHR_DFT_Pain_In (port [16447])',
    'Description: 14 DFT^P03 in ERROR, first message id [64712]. All carry new CDM 3612445 (US-guided sciatic',
    'block). PR1-3 on each is {64445} with {76942} on a second FT1 line; FT1-25 is blank because CDM_TO_CPT has no row.',
    'Resolution: added 3612445 -> {64445} (rev 0510) to CDM_TO_CPT rev [20168]; reprocessed [64712] through [64790], 14 of 14 SENT.',
    'Related: CHG0031219 (emergency change), INC0448902 ({64632} sent with F8), problem PRB0004471.',
  ].join('\n'),
});

// ── 30. Ticket work notes, text layer ──
const workNotes = lines({
  id: 's146-worknotes',
  kind: 's146-incident-work-notes-activity-text',
  before: 'INC0448871 — Activity',
  text: [
    '03/09/2027 14:58  R. Barlow (Integration): confirmed. Error queue has [64712], [64716], [64731]; all CDM 3612445.',
    '03/09/2027 15:06  G. Lindqvist (Rev Integrity): 3612445 went live this morning. CPT is {64445}, same as 3612440; {76942} rides its own line.',
    '03/09/2027 15:20  R. Barlow: also [64758] bounced from PB, {64632}-F8. Modifier comes from our table row 3614632. Separate ticket?',
    '03/09/2027 15:24  G. Lindqvist: yes. F8 is a finger; should be T8 for the 3rd/4th interspace. Opened INC0448902.',
    '03/09/2027 16:06  R. Barlow: table updated, reprocessed. PB posted 14 lines of {64445} RT/LT, $11,368.00.',
    '03/10/2027 08:12  S. Saetre (PB): confirmed in PB charge review; nothing left in queue [12303].',
  ].join('\n'),
});

// ── 31. Team chat, text layer ──
const chat = lines({
  id: 's146-chat',
  kind: 's146-integration-team-chat-text',
  before: '#integration-revcycle',
  text: [
    'Rachel Barlow  2:41 PM  anyone touch the CDM today? EHR_DFT_Pain_In just threw errors on msg [64712] and [64716]',
    'Greta Lindqvist  2:44 PM  yes, 3612445 = US guided sciatic block, still {64445}',
    'Rachel Barlow  2:45 PM  ok so {64445} + {76942} on the separate line, same as 3612440?',
    'Greta Lindqvist  2:45 PM  exactly. same price, 812',
    "Marcus Toller  2:47 PM  while you're in there: the {64632} row has F8, PB is bouncing it",
    'Greta Lindqvist  2:50 PM  emergency change pls, 14 blocks on the schedule today, {64445} x14',
    'Rachel Barlow  4:06 PM  done. reprocessed [64712] through [64790], all SENT',
  ].join('\n'),
});

// ── 32. Emergency change request, text layer ──
const change = lines({
  id: 's146-change',
  kind: 's146-emergency-change-request-text',
  before: 'Change Request CHG0031219 — Emergency — Integration Services',
  text: [
    'Short description: Add CDM 3612445 to CDM_TO_CPT (CPT {64445}); correct modifier on 3614632 ({64632}) F8 to T8',
    'Risk: Low   Backout: re-import cdm_to_cpt_20270309_1550.csv (table revision [20162])',
    'Test evidence: nfk-ie-test01 message [64801] produced FT1-25 {64445}, FT1-26 RT; message [64802] produced {64632} with T8',
    'Approved: D. Okonkwo (CAB chair) 03/09/2027 15:48   Window: 03/09/2027 15:55 to 16:10 CT',
    'Post-implementation: reprocess 14 errored messages on port [16447]; verify PB posting for {64445}',
  ].join('\n'),
});

// ── 33. Interface test script ──
const testScript = table({
  id: 's146-testscript',
  kind: 's146-interface-unit-test-script-grid',
  caption: 'CHG0031219 — Unit test script — nfk-ie-test01',
  headers: ['Test #', 'Scenario', 'Input CDM', 'Expected FT1-25', 'Expected FT1-26', 'Actual', 'Test Msg', 'Result'],
  rows: [
    ['T-01', 'US-guided sciatic block', '3612445', '{64445}', 'RT', '{64445} RT', '[64801]', 'Pass'],
    ['T-02', 'Plantar digital neurolysis', '3614632', '{64632}', 'T8', '{64632} T8', '[64802]', 'Pass'],
    [
      'T-03',
      'Facial chemodenervation, bilateral order',
      '3614612 (50)',
      '{64612} x2',
      'RT, LT',
      '{64612} RT; {64612} LT',
      '[64803]',
      'Pass',
    ],
    ['T-04', 'Neuroplasty on pain feed', '3620712', 'error', '', 'error "OR code on pain feed"', '[64804]', 'Pass'],
    ['T-05', 'Femoral single injection', '3612447', '{64447}', 'LT', '{64447} LT', '[64805]', 'Pass'],
  ],
});

// ── 34. Daily charge reconciliation report ──
const recon = table({
  id: 's146-recon',
  kind: 's146-charge-interface-reconciliation-report-grid',
  caption:
    'Charge Interface Reconciliation — Northfork Pain & Nerve Center — Service date 03/09/2027 (run 03/09 15:30)',
  headers: ['CPT', 'CDM', 'Description', 'EHR Charges', 'Engine Sent', 'PB Posted', 'Variance', 'Amount Variance'],
  rows: [
    ['{64445}', '3612440', 'NERVE BLOCK SCIATIC SINGLE', '6', '6', '6', '0', '$0.00'],
    ['{64445}', '3612445', 'NERVE BLOCK SCIATIC SINGLE US', '14', '0', '0', '14', '$11,368.00'],
    ['{76942}', '3610942', 'US GUIDE NEEDLE PLCMT', '20', '20', '20', '0', '$0.00'],
    ['{64632}', '3614632', 'NEUROLYSIS PLANTAR DIG NRV', '3', '3', '2', '1', '$640.00'],
    ['{64612}', '3614612', 'CHEMODENERV FACIAL NRV UNI', '4', '4', '4', '0', '$0.00'],
    ['{64447}', '3612447', 'NERVE BLOCK FEMORAL SINGLE', '2', '2', '2', '0', '$0.00'],
  ],
});

// ── 35. Order-to-charge audit CSV, text layer ──
const auditCsv = lines({
  id: 's146-auditcsv',
  kind: 's146-order-to-charge-audit-csv-text',
  before: 'order_charge_audit_20270309.csv (nightly job, Integration Services)',
  text: [
    'ORDER_ID,ORDER_DT,ORDER_CODE,ORDER_CPT,CHARGE_MSG_ID,CDM,CHARGE_CPT,MATCH',
    '[88418],2027-03-02,PN445,{64445},[64712],3612445,,N',
    '[88420],2027-03-02,PN942,{76942},[64712],3610942,{76942},Y',
    '[88423],2027-03-03,PN632,{64632},[64709],3614632,{64632},Y',
    '[88424],2027-03-04,PN612,{64612},[64714],3614612,{64612},Y',
    '[88421],2027-03-04,PN445,{64445},[64716],3612445,,N',
  ].join('\n'),
});

// ── 36. FHIR ChargeItem sent to the data warehouse, text layer ──
const fhir = lines({
  id: 's146-fhir',
  kind: 's146-fhir-chargeitem-json-text',
  before: 'EDW_ChargeItem_Out — message 64712 — Encoded (JSON)',
  text: [
    '{ "resourceType": "ChargeItem", "id": "ci-[64712]-1", "status": "billable",',
    '  "code": { "coding": [ { "system": "http://www.ama-assn.org/go/cpt", "code": "{64445}",',
    '    "display": "Injection, anesthetic agent; sciatic nerve, single" } ] },',
    '  "subject": { "reference": "Patient/880412937" }, "occurrenceDateTime": "2027-03-09",',
    '  "priceOverride": { "value": 812.00, "currency": "USD" },',
    '  "productCodeableConcept": { "coding": [ { "system": "urn:oid:2.16.840.1.113883.3.7710.4", "code": "3612445" } ] } }',
  ].join('\n'),
});

// ── 37. Interface spec: FT1 and PR1 field table ──
const specFields = table({
  id: 's146-specfields',
  kind: 's146-interface-spec-segment-field-table-grid',
  caption: 'Northfork Pain Charges Interface Specification v1.5 — 4.2 FT1 and PR1 segments',
  headers: ['Seq', 'Element', 'DT', 'Len', 'Opt', 'Northfork usage', 'Example'],
  rows: [
    [
      'FT1-7',
      'Transaction Code',
      'CWE',
      '250',
      'R',
      'CDM number (7 digits), NFKCDM',
      '3612440^NERVE BLOCK SCIATIC SINGLE^NFKCDM',
    ],
    ['FT1-11', 'Transaction Amount - Extended', 'CP', '12', 'O', 'Charge in USD', '812.00'],
    [
      'FT1-25',
      'Procedure Code',
      'CNE',
      '705',
      'C',
      'CPT from CDM_TO_CPT; engine-populated',
      '{64445}^INJ ANES SCIATIC NERVE SINGLE^C4',
    ],
    ['FT1-26', 'Procedure Code Modifier', 'CNE', '705', 'O', 'Laterality or digit modifier', 'RT'],
    [
      'PR1-3',
      'Procedure Code',
      'CNE',
      '705',
      'R',
      'CPT documented by the proceduralist',
      '{64632}^DESTRUCTION PLANTAR DIGITAL NERVE^C4',
    ],
    ['PR1-16', 'Procedure Code Modifier', 'CNE', '705', 'O', 'Passed to FT1-26 when blank', 'T8'],
    [
      'FT1-25 (OR feed)',
      'Procedure Code',
      'CNE',
      '705',
      'C',
      'Neuroplasty only from OR_DFT_In',
      '{64712}^NEUROPLASTY SCIATIC NERVE^C4',
    ],
  ],
});

// ── 38. Interface spec: mapping rules narrative, text layer ──
const specRules = lines({
  id: 's146-specrules',
  kind: 's146-interface-spec-mapping-rules-text',
  before: '4.3 Charge mapping rules',
  text: [
    '4.3.1 The engine populates FT1-25 from CDM_TO_CPT using FT1-7.1. The EHR never sends CPT in FT1-25.',
    '4.3.2 Ultrasound guidance (CPT {76942}) is always a separate FT1 with its own CDM; it is never sent as a modifier.',
    '4.3.3 Chemodenervation of the facial nerve, {64612}, is unilateral. A bilateral order (modifier 50) is split into',
    '      two FT1 lines, RT and LT, 1 unit each. Sciatic ({64445}) and femoral ({64447}) blocks keep PR1-16 laterality.',
    '4.3.4 Neuroplasty {64712}, {64713} and {64714} originates from the OR system (OR_DFT_In, port [16714]) only.',
    '4.3.5 Digit modifiers (F1–F9, T1–T9) on {64632} and {64455} pass through from FT1-26 and are checked against',
    '      the foot/hand table; F-modifiers on a foot code error the message.',
    '4.3.6 If CDM_TO_CPT returns no row, the message errors (there is no default code) and alert [55407] pages on-call.',
    'Integration Services, 2100 Ridgeview Dr, Larkspur, WI [54601]; Patient Financial Services, PO Box [64445], Larkspur, WI [54602].',
  ].join('\n'),
});

// ── 39. Interface spec: revision history ──
const specHistory = table({
  id: 's146-spechist',
  kind: 's146-interface-spec-revision-history-grid',
  caption: 'Document revision history',
  headers: ['Version', 'Date', 'Author', 'Change'],
  rows: [
    ['1.0', '2025-06-02', 'R. Barlow', 'Initial pain clinic DFT spec: {64445}, {64447}, {64450}, {64632}, {64612}'],
    ['1.3', '2026-01-14', 'M. Toller', 'CDM 3612448 continuous femoral ({64448}); listener moved to port [16447]'],
    ['1.4', '2026-11-30', 'R. Barlow', 'OR feed for neuroplasty {64712}/{64713}/{64714} on port [16714]'],
    ['1.5', '2027-03-10', 'R. Barlow', '4.3.5 F-modifiers on {64632} error; 4.3.6 no default code (INC0448871)'],
  ],
});

// ── 40. Post-incident review, text layer ──
const pir = lines({
  id: 's146-pir',
  kind: 's146-post-incident-review-text',
  before: 'Post-Incident Review — INC0448871 / INC0448902 — Pain clinic charge interface — 03/16/2027',
  text: [
    'Impact: 14 charges for CPT {64445} (CDM 3612445) held 90 minutes, $11,368.00 delayed, none lost.',
    'One claim for {64632}-F8 (acct 4100338905, $640.00) rejected by Badger Mutual (277CA A7:453); resubmitted in group [64757].',
    'Root cause 1: chargemaster change form CM-7 (request [22416]) has no "interface table" step; CDM adds skip Integration.',
    'Root cause 2: row 3614632 was keyed with F8 in February; PB caught one line, the clearinghouse edit [26809] was not live yet.',
    'Actions: nightly CDM_TO_CPT vs chargemaster compare; PB digit-modifier edit for {64632} and {64455}; alert on blank FT1-25.',
  ].join('\n'),
});

// ── 41. Revenue integrity e-mail to Integration, text layer ──
const riMail = lines({
  id: 's146-rimail',
  kind: 's146-revenue-integrity-email-text',
  before: 'RE: CDM adds for April — please add to the interface table',
  text: [
    'From: Greta Lindqvist <glindqvist@nfkhealth.example>   To: Integration Services   Date: 03/18/2027 09:12',
    'Rachel, three CDM lines go live 04/01/2027. Please add them to CDM_TO_CPT before then:',
    '  3612455  NERVE BLOCK PLANTAR DIGITAL     CPT {64455}   $412.00',
    '  3614613  CHEMODENERV FACIAL NRV BILAT    CPT {64612}-50 (split to RT/LT per 4.3.3)   $975.00 each side',
    '  3620715  NEUROPLASTY SCIATIC REDO        CPT {64712} with modifier 78 when return to OR   $4,860.00',
    'And please retire 3612440 on 04/01; 3612445 covers the sciatic block ({64445}) from now on.',
    'Greta Lindqvist, CPC | Revenue Integrity | 2100 Ridgeview Dr, Larkspur, WI [54601] | ext. 4-6612',
  ].join('\n'),
});

// ── 42. Raw OR charge DFT (neuroplasty from the OR system), text layer ──
const rawOrDft = lines({
  id: 's146-rawordft',
  kind: 's146-hl7-or-feed-dft-raw-message-text',
  before: 'OR_DFT_In — message 9114 — Source — Raw',
  text: [
    'MSH|^~\\&|SURGINET|NFKOR|NFKIE|NFKHEALTH|20270311164022||DFT^P03^DFT_P03|OR0311164022907|P|2.5.1',
    'PID|1||880519264^^^NFK^MR||HALVERSON^EMIL^T||19580203|M|||2290 QUARRY RD^^LARKSPUR^WI^[54638]',
    'PV1|1|O|OR^OR4^^NFKOR||||1538820417^VENTNER^PAUL^^^^MD||||||||||OPS|4100339017',
    'FT1|1|||20270311||CG|3620712^NEUROPLASTY SCIATIC^NFKCDM|||1|4860.00||OR||||||||||||{64712}^NEUROPLASTY SCIATIC NERVE^C4|RT',
    'FT1|2|||20270311||CG|3620714^NEUROPLASTY LUMBAR PLEXUS^NFKCDM|||1|5210.00||OR||||||||||||{64714}^NEUROPLASTY LUMBAR PLEXUS^C4',
    'PR1|1||{64712}^NEUROPLASTY MAJOR PERIPHERAL NERVE, SCIATIC^C4||20270311|||||||1538820417^VENTNER^PAUL|||||RT',
    'PR1|2||{64714}^NEUROPLASTY, LUMBAR PLEXUS^C4||20270311',
    'DG1|1||G57.01^LESION OF SCIATIC NERVE, RIGHT LOWER LIMB^I10',
    'IN1|1|BMHPPO|[39026]|BADGER MUTUAL HEALTH PLAN|PO BOX 7710^^MADISON^WI^[53717]',
  ].join('\n'),
});

// ── 43. Diff of the exported CDM_TO_CPT table in the interface config repository, text layer ──
const tableDiff = lines({
  id: 's146-tablediff',
  kind: 's146-config-repo-table-export-diff-text',
  before: 'nfk-interfaces / commit 7e41c2a "CHG0031219: CDM 3612445, 3614632 modifier" (rbarlow)',
  text: [
    'diff --git a/tables/cdm_to_cpt.csv b/tables/cdm_to_cpt.csv',
    'index 3b9e1f0..a7c4d22 100644',
    '@@ -1,11 +1,12 @@ CDM,DESCRIPTION,REV,CPT,MOD,PRICE,EFF',
    ' 3612440,NERVE BLOCK SCIATIC SINGLE,0510,{64445},,812.00,2026-01-01',
    '+3612445,NERVE BLOCK SCIATIC SINGLE US,0510,{64445},,812.00,2027-03-09',
    ' 3612447,NERVE BLOCK FEMORAL SINGLE,0510,{64447},,746.00,2026-01-01',
    '-3614632,NEUROLYSIS PLANTAR DIG NRV,0510,{64632},F8,640.00,2027-02-15',
    '+3614632,NEUROLYSIS PLANTAR DIG NRV,0510,{64632},T8,640.00,2027-03-09',
    ' 3614612,CHEMODENERV FACIAL NRV UNI,0510,{64612},,975.00,2026-01-01',
    ' 3620712,NEUROPLASTY SCIATIC,0360,{64712},,4860.00,2026-11-30',
    ' 3620714,NEUROPLASTY LUMBAR PLEXUS,0360,{64714},,5210.00,2026-11-30',
  ].join('\n'),
});

export const sealed146: Snippet[] = [
  ...dashboard,
  ...browser,
  ...rawDft,
  ...tree,
  ...xmlFt1,
  ...rawOrm,
  ...ackNak,
  ...batchFile,
  ...errorQueue,
  ...errorDetail,
  ...script,
  ...channelXml,
  ...serverLog,
  ...alertMail,
  ...search,
  ...cdmTable,
  ...cloverTbl,
  ...overrideCsv,
  ...inventory,
  ...raw837,
  ...viewer837,
  ...batch837,
  ...raw999,
  ...report999,
  ...raw277,
  ...report277,
  ...worklist,
  ...editRules,
  ...ticket,
  ...workNotes,
  ...chat,
  ...change,
  ...testScript,
  ...recon,
  ...auditCsv,
  ...fhir,
  ...specFields,
  ...specRules,
  ...specHistory,
  ...pir,
  ...riMail,
  ...rawOrDft,
  ...tableDiff,
];
