import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 5 (issue 11). `sealed4.ts` was scored and becomes tuning data; this set replaces it as the blind one.
 * It was written, with its labels, by someone who never read the detector (lib/detect.ts, lib/detect/*,
 * lib/page/context.ts), never read a score of an earlier sealed set, and never ran the detector on these snippets.
 * Its page shapes (`kind`, prefixed `s5-`) appear in no other corpus file. Score it once; do not edit a snippet to
 * make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Some decoys reuse those digits; about a third of the
 * decoys are numbers of the 10,000-code synthetic set (KNOWN_10K) used as ZIPs, CDM and charge numbers, license and
 * issuer ids, message control ids, Federal Register pages, change-request numbers, budget and ledger lines, amounts
 * without a point and counts, so the 10k score means something. No other five-digit CPT code appears in a coding
 * context (it would be unknown to KNOWN_5 and so an unfair miss).
 *
 * Shapes built on real public document layouts (field, column and segment names; our codes swapped in): the CMS
 * Hospital Price Transparency v2 CSV "tall" template (CMSgov/hospital-price-transparency: code|1, code|1|type,
 * standard_charge|negotiated_dollar, …), the Transparency in Coverage in-network-rates JSON
 * (CMSgov/price-transparency-guide: billing_code_type, negotiated_rates, provider_references, bundled_codes), the
 * data.cms.gov "Medicare Physician & Other Practitioners – by Provider and Service" dataset (Rndrng_NPI,
 * Rndrng_Prvdr_Zip5, HCPCS_Cd, Tot_Srvcs, Avg_Mdcr_Pymt_Amt), a CDS Hooks response with Da Vinci CRD
 * coverage-information (cards, systemActions), HL7 v2.xml encoding of DFT^P03 (FT1.7 transaction code, FT1.25
 * procedure code), FHIR Bulk Data NDJSON of CARIN Blue Button ExplanationOfBenefit, an X12 837P with pipe and
 * greater-than delimiters (ISA16 ">", one segment a line), the VA Community Care Standardized Episode of Care (SEOC)
 * layout, the CMS Recovery Audit approved-issues list, the Medicare Advantage Integrated Denial Notice
 * (CMS-10003-NDMCP), the I/OCE line-level output (REV, HCPCS, SI, APC, PI), the PFS GPCI table (Addendum E) with the
 * MPFS payment formula, and a specialty-society comment letter on a PFS proposed rule (docket, FR pages). The other
 * shapes (claim edit lookup tool, clinical-trial billing grid, delineation of privileges, capitation carve-out
 * exhibit, UM nurse review notes, EHR surgical history, annual code-change summary, MAC overpayment demand letter,
 * portal direct-data-entry claim review, No Surprises Act IDR determination, claim-edit rules YAML, A/R aging,
 * clearinghouse payer list, EFT-to-ERA reconciliation, ASC case costing, EHR SmartText template) are written the way
 * those pages read, with no single public source.
 */

// ── Hospital price transparency MRF, CSV tall template v2 (browser showing the .csv as text, one <pre>) ──────────
const hptCsv: Snippet[] = [
  {
    id: 's5-hpt-csv-raw',
    kind: 's5-hpt-mrf-csv',
    text: [
      'hospital_name,last_updated_on,version,location_name,hospital_address,license_number|MN,"To the best of its knowledge and belief, the hospital has included all applicable standard charge information"',
      'Lakeview Regional Hospital,2026-10-01,2.2.0,Lakeview Regional Hospital - Main Campus,"1400 Harbor Ave, Duluth, MN [55805]",[31044],true',
      'description,code|1,code|1|type,code|2,code|2|type,modifiers,setting,drug_unit_of_measurement,drug_type_of_measurement,standard_charge|gross,standard_charge|discounted_cash,payer_name,plan_name,standard_charge|negotiated_dollar,standard_charge|negotiated_percentage,standard_charge|negotiated_algorithm,estimated_amount,standard_charge|methodology,standard_charge|min,standard_charge|max,additional_generic_notes',
      '"NEUROPLASTY SCIATIC NERVE",{64712},CPT,[36018],CDM,,outpatient,,,[12840].00,7704.00,Medica,Medica Choice Passport,5121.75,,,,fee schedule,3210.40,5121.75,',
      '"NEUROPLASTY SCIATIC NERVE",{64712},CPT,[36018],CDM,,outpatient,,,[12840].00,7704.00,HealthPartners,Open Access,,72,,9244.80,percent of total billed charges,3210.40,5121.75,',
      '"NEUROPLASTY LUMBAR PLEXUS",{64714},CPT,[36021],CDM,,outpatient,,,[14310].00,8586.00,Medica,Medica Choice Passport,5980.10,,,,fee schedule,4102.00,5980.10,',
      '"NBLK INJ SCIATIC SINGLE",{64445},CPT,[36052],CDM,50,outpatient,,,1180.00,708.00,Blue Cross MN,Aware,,,per APC 5442 grouping,,case rate,611.25,802.00,bilateral shown with modifier 50',
      '"CHEMODENERVATION FACIAL NERVE UNI",{64612},CPT,[36064],CDM,,both,,,1624.00,974.40,UCare,UCare Connect,688.00,,,,fee schedule,512.30,688.00,',
      '"NEUROLYTIC DESTR PLANTAR DIGITAL",{64632},CPT,[36071],CDM,,outpatient,,,1395.00,837.00,Medica,Medica Choice Passport,601.40,,,,fee schedule,455.00,601.40,',
      '"NERVE WRAP 2.5CM X 10MM",[27108],CDM,0278,RC,,outpatient,1,UN,3880.00,2328.00,Medica,Medica Choice Passport,,80,,3104.00,percent of total billed charges,,,implant; billed on rev code line',
    ].join('\n'),
  },
];

// ── Transparency in Coverage in-network-rates JSON (plan's MRF opened in the browser's JSON viewer, raw tab) ────
const ticJson: Snippet[] = [
  {
    id: 's5-tic-json-raw',
    kind: 's5-tic-in-network-json',
    text: [
      '{',
      '  "reporting_entity_name": "Northstar Benefit Administrators",',
      '  "reporting_entity_type": "third party administrator",',
      '  "plan_name": "ACME FOODS EMPLOYEE PPO",',
      '  "plan_id_type": "HIOS",',
      '  "plan_id": "[45031]",',
      '  "plan_market_type": "group",',
      '  "last_updated_on": "2026-11-01",',
      '  "version": "1.3.0",',
      '  "provider_references": [',
      '    { "provider_group_id": [64632], "provider_groups": [ { "npi": [1467520983, 1093817264], "tin": { "type": "ein", "value": "41-1803155" } } ] },',
      '    { "provider_group_id": [20013], "provider_groups": [ { "npi": [1821460035], "tin": { "type": "ein", "value": "41-0962210" } } ] }',
      '  ],',
      '  "in_network": [',
      '    {',
      '      "negotiation_arrangement": "ffs",',
      '      "name": "NEUROPLASTY MAJOR PERIPHERAL NERVE ARM/LEG OPEN SCIATIC",',
      '      "billing_code_type": "CPT",',
      '      "billing_code_type_version": "2026",',
      '      "billing_code": "{64712}",',
      '      "description": "Neuroplasty, major peripheral nerve, arm or leg, open; sciatic nerve",',
      '      "negotiated_rates": [ { "provider_references": [[64632]], "negotiated_prices": [ { "negotiated_type": "negotiated", "negotiated_rate": 1288.5, "expiration_date": "9999-12-31", "service_code": ["22", "24"], "billing_class": "professional", "billing_code_modifier": ["RT"] } ] } ]',
      '    },',
      '    {',
      '      "negotiation_arrangement": "ffs",',
      '      "name": "N BLOCK INJ SCIATIC SNG",',
      '      "billing_code_type": "CPT",',
      '      "billing_code_type_version": "2026",',
      '      "billing_code": "{64445}",',
      '      "negotiated_rates": [ { "provider_references": [[20013]], "negotiated_prices": [ { "negotiated_type": "negotiated", "negotiated_rate": 214.06, "expiration_date": "9999-12-31", "billing_class": "professional" } ] } ]',
      '    },',
      '    {',
      '      "negotiation_arrangement": "bundle",',
      '      "name": "Outpatient lumbar plexus decompression episode",',
      '      "billing_code_type": "LOCAL",',
      '      "billing_code_type_version": "2026",',
      '      "billing_code": "[30097]",',
      '      "bundled_codes": [ { "billing_code_type": "CPT", "billing_code_type_version": "2026", "billing_code": "{64714}", "description": "Neuroplasty; lumbar plexus" } ],',
      '      "negotiated_rates": [ { "provider_references": [[20013]], "negotiated_prices": [ { "negotiated_type": "negotiated", "negotiated_rate": [18250], "expiration_date": "2027-06-30", "billing_class": "institutional" } ] } ]',
      '    }',
      '  ]',
      '}',
    ].join('\n'),
  },
];

// ── data.cms.gov dataset viewer: Medicare Physician & Other Practitioners – by Provider and Service ─────────────
const cmsProviderService: Snippet[] = [
  {
    id: 's5-pps-filter',
    kind: 's5-cms-provider-service-data',
    before: 'Medicare Physician & Other Practitioners - by Provider and Service · 2024',
    text: 'Filters: HCPCS_Cd is one of {64712}, {64714}, {64445} · Rndrng_Prvdr_State_Abrvtn = OR, TX, GA, IL · Showing 6 of [10091] rows',
  },
  ...table({
    id: 's5-pps-grid',
    kind: 's5-cms-provider-service-data',
    caption: 'Data preview',
    headers: [
      'Rndrng_NPI',
      'Rndrng_Prvdr_Last_Org_Name',
      'Rndrng_Prvdr_City',
      'Rndrng_Prvdr_State_Abrvtn',
      'Rndrng_Prvdr_Zip5',
      'Rndrng_Prvdr_Type',
      'HCPCS_Cd',
      'HCPCS_Desc',
      'Place_Of_Srvc',
      'Tot_Benes',
      'Tot_Srvcs',
      'Avg_Sbmtd_Chrg',
      'Avg_Mdcr_Pymt_Amt',
    ],
    rows: [
      [
        '1386721045',
        'Halvorsen',
        'Beaverton',
        'OR',
        '[97006]',
        'Orthopedic Surgery',
        '{64712}',
        'Neuroplasty of sciatic nerve',
        'F',
        '14',
        '14',
        '3904.21',
        '811.37',
      ],
      [
        '1386721045',
        'Halvorsen',
        'Beaverton',
        'OR',
        '[97006]',
        'Orthopedic Surgery',
        '{64445}',
        'Injection of anesthetic agent into sciatic nerve',
        'F',
        '31',
        '38',
        '612.5',
        '88.02',
      ],
      [
        '1952307718',
        'Okonjo',
        'Norcross',
        'GA',
        '[30092]',
        'Neurosurgery',
        '{64714}',
        'Neuroplasty of lumbar plexus',
        'F',
        '11',
        '11',
        '4410',
        '902.66',
      ],
      [
        '1720184433',
        'Reyes-Whitfield',
        'Allen',
        'TX',
        '[75013]',
        'Pain Management',
        '{64445}',
        'Injection of anesthetic agent into sciatic nerve',
        'O',
        '57',
        '71',
        '540',
        '109.54',
      ],
      [
        '1609938210',
        'Lakeshore Pain Institute',
        'Deerfield',
        'IL',
        '[60015]',
        'Interventional Pain Management',
        '{64445}',
        'Injection of anesthetic agent into sciatic nerve',
        'O',
        '122',
        '171',
        '476.8',
        '101.9',
      ],
      [
        '1609938210',
        'Lakeshore Pain Institute',
        'Deerfield',
        'IL',
        '[60015]',
        'Interventional Pain Management',
        '{64712}',
        'Neuroplasty of sciatic nerve',
        'F',
        '12',
        '12',
        '[11018]',
        '794.11',
      ],
    ],
  }),
];

// ── CDS Hooks order-sign response with Da Vinci CRD coverage information (EHR developer console, one <pre>) ──────
const cdsHooks: Snippet[] = [
  {
    id: 's5-crd-request-line',
    kind: 's5-cds-hooks-crd',
    text: 'POST https://crd.harborhealth.example/cds-services/order-sign-crd  200 OK  (412 ms)  hookInstance d6c1e0f2-[52014]-4a7b',
  },
  {
    id: 's5-crd-response',
    kind: 's5-cds-hooks-crd',
    text: [
      '{',
      '  "cards": [',
      '    {',
      '      "uuid": "8c3f0b8e-2f7d-4c6a-9a1e-[71087]c2d4e1a",',
      '      "summary": "Prior authorization required for {64714}",',
      '      "indicator": "warning",',
      '      "detail": "Open neuroplasty of the lumbar plexus ({64714}) needs prior authorization for Harbor Health commercial members. The sciatic nerve block ordered with it ({64445}) does not.",',
      '      "source": { "label": "Harbor Health Coverage Requirements", "url": "https://www.harborhealth.example/providers/crd" },',
      '      "links": [ { "label": "Complete documentation (DTR)", "url": "https://dtr.harborhealth.example/launch?questionnaire=[87049]", "type": "smart" } ]',
      '    }',
      '  ],',
      '  "systemActions": [',
      '    {',
      '      "type": "update",',
      '      "resource": {',
      '        "resourceType": "ServiceRequest",',
      '        "id": "[53008]",',
      '        "code": { "coding": [ { "system": "http://www.ama-assn.org/go/cpt", "code": "{64714}", "display": "Neuroplasty; lumbar plexus" } ] },',
      '        "extension": [ { "url": "http://hl7.org/fhir/us/davinci-crd/StructureDefinition/ext-coverage-information", "extension": [',
      '          { "url": "coverage", "valueReference": { "reference": "Coverage/[64612]" } },',
      '          { "url": "covered", "valueCode": "covered" },',
      '          { "url": "pa-needed", "valueCode": "auth-needed" },',
      '          { "url": "coverage-assertion-id", "valueString": "[71067]" },',
      '          { "url": "date", "valueDate": "2026-11-18" }',
      '        ] } ]',
      '      }',
      '    }',
      '  ]',
      '}',
    ].join('\n'),
  },
];

// ── HL7 v2.xml DFT^P03 (interface engine message browser, XML pane; one line per element) ───────────────────────
const hl7Xml: Snippet[] = lines({
  id: 's5-dft-xml',
  kind: 's5-hl7v2-xml-dft',
  before: 'Message 3 of 12 · DFT^P03 · received 2026-11-18 09:45:02',
  text: [
    '<DFT_P03 xmlns="urn:hl7-org:v2xml">',
    '  <MSH><MSH.1>|</MSH.1><MSH.2>^~\\&amp;</MSH.2><MSH.3><HD.1>OPTIME</HD.1></MSH.3><MSH.7><TS.1>20261118094500</TS.1></MSH.7><MSH.9><MSG.1>DFT</MSG.1><MSG.2>P03</MSG.2></MSH.9><MSH.10>[58030]</MSH.10><MSH.12><VID.1>2.5.1</VID.1></MSH.12></MSH>',
    '  <EVN><EVN.1>P03</EVN.1><EVN.2><TS.1>20261118094500</TS.1></EVN.2></EVN>',
    '  <PID><PID.3><CX.1>[77022]</CX.1><CX.5>MR</CX.5></PID.3><PID.5><XPN.1><FN.1>LINDQVIST</FN.1></XPN.1><XPN.2>ASTRID</XPN.2></PID.5></PID>',
    '  <PV1><PV1.2>O</PV1.2><PV1.19><CX.1>[64445]</CX.1><CX.5>VN</CX.5></PV1.19></PV1>',
    '  <FT1><FT1.1>1</FT1.1><FT1.4><TS.1>20261117</TS.1></FT1.4><FT1.6>CG</FT1.6><FT1.7><CE.1>[26021]</CE.1><CE.2>NEUROPLASTY SCIATIC</CE.2><CE.3>CDM</CE.3></FT1.7><FT1.10>1</FT1.10><FT1.25><CE.1>{64712}</CE.1><CE.2>Neuroplasty sciatic nerve</CE.2><CE.3>C4</CE.3></FT1.25><FT1.26><CE.1>RT</CE.1></FT1.26></FT1>',
    '  <FT1><FT1.1>2</FT1.1><FT1.4><TS.1>20261117</TS.1></FT1.4><FT1.6>CG</FT1.6><FT1.7><CE.1>[26023]</CE.1><CE.2>NBLK SCIATIC</CE.2><CE.3>CDM</CE.3></FT1.7><FT1.10>1</FT1.10><FT1.25><CE.1>{64445}</CE.1><CE.3>C4</CE.3></FT1.25><FT1.26><CE.1>59</CE.1></FT1.26></FT1>',
    '  <FT1><FT1.1>3</FT1.1><FT1.6>CG</FT1.6><FT1.7><CE.1>[27019]</CE.1><CE.2>NERVE CONDUIT</CE.2><CE.3>CDM</CE.3></FT1.7><FT1.10>1</FT1.10><FT1.12><CP.1><MO.1>[12480].00</MO.1></CP.1></FT1.12></FT1>',
    '  <IN1><IN1.2><CE.1>BCBSMN</CE.1></IN1.2><IN1.3><CX.1>[55027]</CX.1></IN1.3></IN1>',
    '</DFT_P03>',
  ].join('\n'),
});

// ── FHIR Bulk Data export, NDJSON of CARIN Blue Button EOBs (payer-to-payer download opened as text) ─────────────
const bulkNdjson: Snippet[] = lines({
  id: 's5-ndjson',
  kind: 's5-fhir-bulk-ndjson',
  before: 'ExplanationOfBenefit.ndjson (3 lines, 4.1 KB)',
  text: [
    '{"resourceType":"ExplanationOfBenefit","id":"[31012]","meta":{"profile":["http://hl7.org/fhir/us/carin-bb/StructureDefinition/C4BB-ExplanationOfBenefit-Professional-NonClinician"]},"identifier":[{"type":{"coding":[{"code":"uc"}]},"value":"2026311-[04093]"}],"status":"active","type":{"coding":[{"code":"professional"}]},"use":"claim","patient":{"reference":"Patient/[64612]"},"billablePeriod":{"start":"2026-09-03"},"provider":{"reference":"Practitioner/[16048]"},"outcome":"complete","item":[{"sequence":1,"productOrService":{"coding":[{"system":"http://www.ama-assn.org/go/cpt","code":"{64445}"}]},"servicedDate":"2026-09-03","locationCodeableConcept":{"coding":[{"code":"11"}]},"adjudication":[{"category":{"coding":[{"code":"submitted"}]},"amount":{"value":540,"currency":"USD"}},{"category":{"coding":[{"code":"paidtoprovider"}]},"amount":{"value":109.54,"currency":"USD"}}]}]}',
    '{"resourceType":"ExplanationOfBenefit","id":"[31013]","status":"active","type":{"coding":[{"code":"professional"}]},"use":"claim","patient":{"reference":"Patient/[64612]"},"billablePeriod":{"start":"2026-10-14"},"provider":{"reference":"Practitioner/[16048]"},"outcome":"complete","item":[{"sequence":1,"productOrService":{"coding":[{"system":"http://www.ama-assn.org/go/cpt","code":"{64632}"}]},"modifier":[{"coding":[{"code":"T5"}]}],"servicedDate":"2026-10-14","adjudication":[{"category":{"coding":[{"code":"paidtoprovider"}]},"amount":{"value":212.4,"currency":"USD"}}]},{"sequence":2,"productOrService":{"coding":[{"system":"http://www.ama-assn.org/go/cpt","code":"{64632}"}]},"modifier":[{"coding":[{"code":"T6"}]}],"servicedDate":"2026-10-14","adjudication":[{"category":{"coding":[{"code":"paidtoprovider"}]},"amount":{"value":106.2,"currency":"USD"}}]}]}',
    '{"resourceType":"ExplanationOfBenefit","id":"[31020]","status":"active","type":{"coding":[{"code":"institutional"}]},"use":"claim","patient":{"reference":"Patient/[64612]"},"billablePeriod":{"start":"2026-11-17","end":"2026-11-17"},"provider":{"reference":"Organization/[43022]"},"outcome":"complete","total":[{"category":{"coding":[{"code":"submitted"}]},"amount":{"value":[18560],"currency":"USD"}}],"item":[{"sequence":1,"revenue":{"coding":[{"code":"0360"}]},"productOrService":{"coding":[{"system":"http://www.ama-assn.org/go/cpt","code":"{64712}"}]},"modifier":[{"coding":[{"code":"RT"}]}],"servicedDate":"2026-11-17"}]}',
  ].join('\n'),
});

// ── X12 837P with pipe element separator and ">" component separator, one segment a line (PM system "EDI view") ─
const x12PipeDelims: Snippet[] = [
  {
    id: 's5-837p-pipe-raw',
    kind: 's5-x12-837p-pipe',
    text: [
      'ISA|00|          |00|          |ZZ|CASCADEPAIN    |ZZ|[61036]          |261118|1012|^|[00501]|000004471|0|P|>',
      'GS|HC|CASCADEPAIN|[61036]|20261118|1012|4471|X|005010X222A1',
      'ST|837|0001|005010X222A1',
      'BHT|0019|00|[88047]|20261118|1012|CH',
      'NM1|41|2|CASCADE PAIN ASSOCIATES|||||46|[93021]',
      'NM1|40|2|EVERGREEN HEALTH PLAN|||||46|[61041]',
      'HL|1||20|1',
      'NM1|85|2|CASCADE PAIN ASSOCIATES|||||XX|1093817264',
      'N3|3400 S 19TH ST STE 210',
      'N4|TACOMA|WA|984051234',
      'REF|EI|910384726',
      'HL|2|1|22|0',
      'SBR|P|18|[72014]||||||CI',
      'NM1|IL|1|MARTINEZ|ELENA||||MI|EVG46327701',
      'N4|LAKEWOOD|WA|[98499]',
      'CLM|TCM[33019]A|3090|||11>B>1|Y|A|Y|Y',
      'HI|ABK>G5701|ABF>M5432',
      'LX|1',
      'SV1|HC>{64712}>RT|2400|UN|1|||1>2',
      'DTP|472|D8|20261109',
      'LX|2',
      'SV1|HC>{64445}>59|450|UN|1|||1',
      'DTP|472|D8|20261109',
      'LX|3',
      'SV1|HC>{64612}|240|UN|1|||2',
      'DTP|472|D8|20261109',
      'REF|6R|[22047]',
      'SE|27|0001',
      'GE|1|4471',
      'IEA|1|000004471',
    ].join('\n'),
  },
];

// ── VA Community Care Standardized Episode of Care (SEOC) page (PDF text layer, line by line) ───────────────────
const vaSeoc: Snippet[] = lines({
  id: 's5-seoc',
  kind: 's5-va-seoc',
  text: [
    'SEOC ID: PAIN MANAGEMENT - PERIPHERAL NERVE PROCEDURES 1.4.2    Effective: 11/01/2026',
    'Category of Care: PAIN MANAGEMENT    Duration: 180 days    Maximum visits: 6',
    'Procedural Overview:',
    '1. Initial evaluation and treatment, including consultation for peripheral nerve procedures.',
    '2. Diagnostic or therapeutic sciatic nerve block ({64445}), up to 3 per episode, with imaging guidance when documented.',
    '3. Neurolytic destruction of the plantar common digital nerve, {64632}, after two positive diagnostic blocks.',
    '4. Open decompression of the sciatic nerve ({64712}) or lumbar plexus ({64714}) requires a separate surgical SEOC; not authorized here.',
    'CPT/HCPCS codes authorized under this SEOC:',
    '{64445}  Injection(s), anesthetic agent(s) and/or steroid; sciatic nerve',
    '{64632}  Destruction by neurolytic agent; plantar common digital nerve',
    'Referral: VA Northern California HCS (612)    Community care network region 4    Auth # VA[47009]-1',
    'Claims: TriWest Healthcare Alliance, PO Box [42270], Phoenix, AZ [85082]',
    'Questions: community care office, [10535] Hospital Way, Mather, CA [95655] · SEOC change request [27701] approved by the National Program Office.',
  ].join('\n'),
});

// ── CMS Recovery Audit Program "Approved Issues" list (CMS site table) ────────────────────────────────────────────
const racIssues: Snippet[] = table({
  id: 's5-rac',
  kind: 's5-rac-approved-issues',
  caption: 'Approved Issues · filtered: Provider Type = Professional Services · 3 results',
  headers: [
    'Issue Number',
    'Issue Name',
    'Review Type',
    'Provider Type',
    'Date Approved',
    'Region(s)',
    'Description',
    'Affected Codes',
  ],
  rows: [
    [
      '0421',
      'Open Neuroplasty of Major Peripheral Nerves: Medical Necessity and Documentation Requirements',
      'Complex',
      'Professional Services; Outpatient Hospital; ASC',
      '10/02/2026',
      '1, 2, 3, 4, 5',
      'Documentation will be reviewed to determine whether open neuroplasty of the sciatic nerve or lumbar plexus met Medicare coverage criteria. References: CMS Pub. 100-02, Ch. 15; Change Request [13058].',
      '{64712}, {64714}',
    ],
    [
      '0433',
      'Chemodenervation of Facial Nerve Muscles: Excessive Units',
      'Automated',
      'Professional Services',
      '10/30/2026',
      '2, 5',
      'Claims billing {64612} more than once per side per date of service will be identified. See Transmittal [12104].',
      '{64612}',
    ],
    [
      '0439',
      'Sciatic Nerve Block Billed with Same-Day Neuroplasty',
      'Automated',
      'Professional Services',
      '11/12/2026',
      '1, 2, 3, 4, 5',
      'Identifies {64445} billed by the surgeon on the date of an open sciatic neuroplasty without modifier 59 or XU. Improper payment estimate based on [11030] claims sampled in FY 2025.',
      '{64445}',
    ],
  ],
});

// ── Payer claim-edit lookup tool (Clear Claim Connection style): entry form and results grid ───────────────────
const claimEditLookup: Snippet[] = [
  {
    id: 's5-c3-criteria',
    kind: 's5-claim-edit-lookup',
    before: 'Claim Edit Lookup',
    text: 'Patient age 61 · Gender F · Place of service 24 · Provider type Orthopedic Surgery · Payer ID [39091] · Request ID [23047]',
  },
  ...table({
    id: 's5-c3-grid',
    kind: 's5-claim-edit-lookup',
    caption: 'Results — 3 lines reviewed',
    headers: ['Line', 'Procedure Code', 'Modifier', 'Date of Service', 'Recommendation', 'Clinical Edit Clarification'],
    rows: [
      ['1', '{64712}', 'RT', '11/03/2026', 'Allow', ''],
      [
        '2',
        '{64445}',
        '',
        '11/03/2026',
        'Disallow',
        'Procedure code {64445} is incidental to {64712} when performed by the same provider on the same date. Rule [50015].',
      ],
      [
        '3',
        '{64632}',
        'T2',
        '11/03/2026',
        'Review',
        'Units exceed the daily limit of 1 per digital nerve; see policy [20024].',
      ],
    ],
  }),
];

// ── Clinical-trial Medicare coverage analysis billing grid (research office web app table) ────────────────────
const researchGrid: Snippet[] = table({
  id: 's5-mca',
  kind: 's5-research-billing-grid',
  caption: 'Protocol NPX-[21014] · NCT06211873 · Coverage Analysis v3 · Study account [71036]',
  headers: ['Procedure', 'CPT/HCPCS', 'Screening (V1)', 'Day 0 (V2)', 'Week 6 (V3)', 'Week 12 (V4)', 'Billing note'],
  rows: [
    ['Diagnostic sciatic nerve block', '{64445}', 'SOC', '', '', '', 'Q1 modifier; Z00.6 secondary; bill to insurance'],
    ['Open sciatic neuroplasty', '{64712}', '', 'SOC', '', '', 'Q1; NCT number in item 19'],
    ['Study drug chemodenervation, facial nerve', '{64612}', '', 'S', 'S', 'S', 'Sponsor pays per budget line [45012]'],
    ['Research nerve conduction panel', 'Research CDM [60022]', 'S', '', 'S', 'S', 'Never bill insurance'],
    [
      'Rescue block if pain score ≥ 7',
      '{64445}',
      '',
      '',
      'SOC',
      'SOC',
      'Conventional care; Q1; routine cost per NCD 310.1',
    ],
    [
      'Repeat neurolysis, plantar digital nerve',
      '{64632}',
      '',
      '',
      '',
      'NB',
      'Not billable: site credit [31415] applies',
    ],
  ],
});

// ── Medical staff delineation of privileges form (credentialing portal, table) ───────────────────────────────
const privileges: Snippet[] = [
  {
    id: 's5-dop-head',
    kind: 's5-privileges-delineation',
    text: 'Delineation of Privileges — Interventional Pain Medicine · Applicant: R. Okafor, MD · Medical staff ID [41062] · Form MSO-[20008] rev. 2026',
  },
  ...table({
    id: 's5-dop',
    kind: 's5-privileges-delineation',
    caption: 'Special privileges (each requires documented cases in the past 24 months)',
    headers: ['Procedure', 'CPT', 'Minimum cases', 'Requested', 'Approved', 'FPPE cases'],
    rows: [
      ['Sciatic nerve block, image guided', '{64445}', '20', '✓', '✓', '5'],
      ['Chemodenervation, facial nerve', '{64612}', '10', '✓', '✓', '3'],
      ['Neurolytic destruction, plantar digital nerve', '{64632}', '10', '✓', 'Pending', '3'],
      ['Open neuroplasty, sciatic / lumbar plexus', '{64712} / {64714}', '15', '—', '—', '—'],
    ],
  }),
  {
    id: 's5-dop-foot',
    kind: 's5-privileges-delineation',
    text: 'Open neuroplasty ({64712}, {64714}) is reserved to the Department of Orthopaedics and Neurosurgery. Credentialing file [17052] · Board action [16031] approved 11/20/2026.',
  },
];

// ── I/OCE (Integrated Outpatient Code Editor) line-level output, fixed-width report (grouper PC viewer <pre>) ───
const ioce: Snippet[] = [
  {
    id: 's5-ioce-raw',
    kind: 's5-ioce-output',
    text: [
      'I/OCE V27.4 OUTPUT REPORT                     RUN 2026-11-19 06:10   BATCH [21006]',
      'CLAIM [55044]-0001  PROVIDER CCN 240117  TOB 0131  FROM 11172026  THRU 11172026  DISP 1 (PASSED)',
      'LN  REV   HCPCS  MODS    DOS       UNITS  CHARGES    SI  APC   PI  DISC  PKG  EDITS',
      ' 1  0360  {64712}  RT      11172026      1  [12840].00  J1  5432  A   1     0',
      ' 2  0360  {64445}  59      11172026      1   1180.00  N   0000  N   1     1',
      ' 3  0278          JW      11172026      1   3880.00  N   0000  N   1     1    ',
      ' 4  0510  {64612}          11172026      1   1624.00  T   5442  A   1     0    ',
      'CLAIM EDITS: NONE    APC 5432 COMPREHENSIVE: {64445} PACKAGED INTO PRIMARY {64712}',
      'TOTAL CHARGES [19524].00   REPORT PAGE 1 OF 1   USER ID [64714]',
    ].join('\n'),
  },
];

// ── IPA contract Exhibit C: capitation carve-outs (contract management system, rendered document) ───────────────
const capitation: Snippet[] = [
  {
    id: 's5-cap-head',
    kind: 's5-capitation-exhibit',
    text: 'Professional Services Agreement No. PSA-2027-[40086] between Hudson Valley IPA (IPA No. [12085]) and Mohawk Neurology, PLLC',
  },
  ...lines({
    id: 's5-cap',
    kind: 's5-capitation-exhibit',
    before: 'Agreement No. PSA-2027-40086 · Exhibit C',
    text: [
      'EXHIBIT C — SERVICES CARVED OUT OF CAPITATION',
      'C.1 The following professional services are excluded from the Specialist Capitation Payment and are reimbursed fee-for-service at 112% of the Medicare Physician Fee Schedule, locality 99:',
      '(a) open neuroplasty of the sciatic nerve or lumbar plexus, CPT {64712} and {64714};',
      '(b) chemodenervation of muscles innervated by the facial nerve ({64612}) when billed by a contracted neurologist;',
      '(c) sciatic nerve injection {64445} only when performed on the same date as a carved-out service in (a).',
      'C.2 Capitation rate: $41.18 PMPM for an enrolled membership of [24038] members as of the Effective Date, reconciled quarterly.',
      'C.3 Claims for carved-out services go to IPA claims, PO Box [14090], Albany, NY [12212], payer ID [59013].',
    ].join('\n'),
  }),
];

// ── Utilization management nurse review notes (UM platform case timeline) ──────────────────────────────────────
const umNotes: Snippet[] = [
  {
    id: 's5-um-head',
    kind: 's5-um-review-notes',
    text: 'UM Case [72036] · Prospective · Outpatient surgery · Member ID HHP-[90034]-01 · Harbor Health Plan · Level of care: ASC',
  },
  ...lines({
    id: 's5-um',
    kind: 's5-um-review-notes',
    before: 'UM Case 72036 · Prospective · Outpatient surgery · Member ID HHP9003401',
    text: [
      '11/14 09:12  Intake (fax, 7 pp). Requested: {64714} x1, {64445} x1, DOS 12/02/2026, facility Harbor ASC NPI 1558406621.',
      '11/14 09:40  Criteria applied: InterQual 2026 Procedures, subset Neurolysis/Neuroplasty. {64445} meets; auth [59023] issued 12/01–12/31.',
      '11/14 10:05  {64714}: conservative care documented 5 mo, not 6. Pended for MD review. Provider notified, call ref [36033].',
      '11/15 14:30  Peer-to-peer scheduled 11/17 1300 CT with Dr. Amadi (ext. [33052]).',
      '11/17 13:22  P2P held. MD reviewer overturned: {64714} approved as requested, auth [59047]. Letter queued, batch [98051].',
    ].join('\n'),
  }),
];

// ── EHR chart: Surgical History tab (table) ──────────────────────────────────────────────────────────────────
const surgicalHistory: Snippet[] = table({
  id: 's5-surghx',
  kind: 's5-ehr-surgical-history',
  caption: 'Surgical History · Reviewed by N. Park, RN on 11/18/2026',
  headers: ['Procedure', 'Laterality', 'Date', 'CPT®', 'Surgeon', 'Location', 'Comments'],
  rows: [
    [
      'Neuroplasty, sciatic nerve',
      'Right',
      '03/2025',
      '{64712}',
      'Halvorsen, E',
      'Cascade Surgery Center, Beaverton OR [97006]',
      'Relief ~8 months',
    ],
    [
      'Sciatic nerve block',
      'Right',
      '01/2025',
      '{64445}',
      'Halvorsen, E',
      'Cascade Surgery Center',
      'Diagnostic; 80% relief',
    ],
    [
      'Neurolysis, plantar digital nerve',
      'Left',
      '2022',
      '{64632}',
      'Outside provider',
      'Boise, ID [83709]',
      'Per patient report; records requested, req [62055]',
    ],
    [
      'Lumbar plexus neuroplasty',
      'Left',
      '10/2026',
      '{64714}',
      'Okonjo, A',
      'Harbor ASC, Norcross GA [30071]',
      'Post-op visit 11/05; case [72311]',
    ],
    ['Carpal tunnel release', 'Left', '2019', '', 'Unknown', 'Salem, OR [97301]', 'No records'],
  ],
});

// ── Annual code-change summary (specialty society member page, table + notes) ────────────────────────────────
const codeChanges: Snippet[] = [
  ...table({
    id: 's5-cpt27',
    kind: 's5-code-change-summary',
    caption: 'CPT 2027: what changes for peripheral nerve procedures',
    headers: ['Code', 'Action', 'Summary of change', 'Effective', 'Member impact'],
    rows: [
      [
        '{64712}',
        'Revised',
        'Descriptor clarifies "open"; parenthetical now excludes use with {64445} by the same physician.',
        '01/01/2027',
        'High',
      ],
      ['{64714}', 'Revised', 'Parenthetical added; report once per side.', '01/01/2027', 'Medium'],
      ['{64632}', 'Guideline', 'Each nerve reported separately; use T-modifiers for digits.', '01/01/2027', 'Low'],
      ['{64612}', 'No change', '—', '—', '—'],
    ],
  }),
  {
    id: 's5-cpt27-note',
    kind: 's5-code-change-summary',
    text: 'Members: the society submitted 36 comments (tracking nos. [42055] and [42057]) on the revision of {64712}–{64714}. Questions: coding@society.example or (312) 555-0188.',
  },
];

// ── Medicare Advantage Integrated Denial Notice, CMS-10003-NDMCP (member letter PDF text layer) ────────────────
const maIdn: Snippet[] = lines({
  id: 's5-idn',
  kind: 's5-ma-idn-notice',
  text: [
    'Notice of Denial of Medical Coverage (or Payment)',
    'Date: 11/21/2026    Member number: GLM-[64445]-01    Claim/request no. [27035]',
    'Name: Walter Brandt    Plan: Great Lakes Medicare Advantage (HMO) H4417-012',
    'Your request was denied',
    'We have denied the medical services/items listed below that you or your physician asked for:',
    'Open decompression of the lumbar plexus, left (CPT {64714}), requested by Dr. S. Iyer for 12/09/2026. Case ref [81033].',
    'Why did we deny your request?',
    'Plan records show the nerve block you received on 10/02/2026 (CPT {64445}) gave less than 50% relief, which our coverage rules require before {64714} is approved.',
    'The sciatic nerve injection ({64445}) on the same request was approved and needs no further action.',
    'Send appeals to: Appeals Unit, PO Box [31048], Atlanta, GA [30348]  Fax 1-855-555-0147',
    'Form CMS-[10003]-NDMCP  OMB Approval 0938-0829  Expires: 08/31/2027',
  ].join('\n'),
});

// ── MAC overpayment demand letter (provider portal correspondence, PDF text layer) ─────────────────────────────
const overpayment: Snippet[] = lines({
  id: 's5-demand',
  kind: 's5-overpayment-demand',
  text: [
    'NOVAGRID MEDICARE SOLUTIONS, LLC · JURISDICTION L · PART B',
    'Contractor number [12502]    Date of this notice: November 19, 2026',
    'Provider: Keystone Pain & Spine Associates   PTAN 6K7731   NPI 1346201187',
    'Accounts Receivable number: 26-[18024]-AR    Principal amount: $2,784.16',
    'RE: Overpayment determination — Targeted Probe and Educate, Round 2',
    'Our review of 9 claims found that {64632} was billed with units of 4 when the record supported 2 nerves, and that {64445} was billed',
    'on the same date as {64712} by the operating surgeon. The {64445} lines were denied as bundled (NCCI, modifier indicator 1).',
    'ICN 2226311048210   DOS 07/08/2026   Line 2 {64632}  units billed 4  units allowed 2   overpaid $212.40',
    'ICN 2226311055472   DOS 08/12/2026   Line 3 {64445}  units billed 1  units allowed 0   overpaid $98.61',
    'Interest accrues at 11.375% if not paid by 12/19/2026. Lockbox: PO Box [78021], Camp Hill, PA [17011]-8021.',
  ].join('\n'),
});

// ── Specialty-society comment letter on a PFS proposed rule (society website, HTML letter) ───────────────────
const commentLetter: Snippet[] = lines({
  id: 's5-pfs-letter',
  kind: 's5-pfs-comment-letter',
  text: [
    'Re: CMS-1832-P; Medicare and Medicaid Programs; CY 2027 Payment Policies Under the Physician Fee Schedule (91 FR [33024])',
    'Dear Administrator:',
    'The Society for Peripheral Nerve Surgery, representing more than 1,400 surgeons, appreciates the opportunity to comment.',
    'Valuation of CPT {64712} and {64714}. CMS proposes a work RVU of 10.44 for {64712}, below the RUC recommendation of 11.04.',
    'We urge CMS to accept the RUC-recommended values for both codes. The survey (n = 62) median intra-service time for {64714} was 90 minutes.',
    'Practice expense inputs. The proposed rule (at 91 FR [33056]) removes the nerve stimulator (equipment code EQ214) from {64445}; see Table [21037] in the PE file.',
    '{64445} is reported with ultrasound guidance in most cases; the stimulator remains typical for the vignette.',
    'Sincerely, / Office of Government Affairs, 1750 K Street NW, Washington, DC [20006]',
  ].join('\n'),
});

// ── MPFS payment calculation worked example with GPCIs (MAC education page: locality table + formula) ─────────
const gpciCalc: Snippet[] = [
  ...table({
    id: 's5-gpci',
    kind: 's5-gpci-calculator',
    caption: 'Step 1 — find your locality GPCIs (CY 2027, Addendum E)',
    headers: [
      'Medicare Administrative Contractor',
      'Locality Number',
      'Locality Name',
      'PW GPCI',
      'PE GPCI',
      'MP GPCI',
    ],
    rows: [
      ['[01112]', '05', 'SAN FRANCISCO', '1.081', '1.456', '0.589'],
      ['[01182]', '18', 'LOS ANGELES', '1.051', '1.207', '0.797'],
      ['[06302]', '01', 'MONTANA', '1.000', '0.941', '1.147'],
      ['[12502]', '01', 'PENNSYLVANIA (PHILADELPHIA)', '1.023', '1.088', '1.515'],
    ],
  }),
  ...lines({
    id: 's5-gpci-calc',
    kind: 's5-gpci-calculator',
    before: 'Step 2 — apply the formula',
    text: [
      'Payment = [(Work RVU × Work GPCI) + (PE RVU × PE GPCI) + (MP RVU × MP GPCI)] × Conversion Factor',
      'Example: {64712} (facility) in locality 05, MAC [01112]: [(11.04 × 1.081) + (7.62 × 1.456) + (2.18 × 0.589)] × 33.4009 = $804.74',
      'For {64445} (non-facility), the same locality gives $174.12; the facility rate is lower because the PE RVU drops.',
      'Bilateral {64445}-50 is paid at 150% of the single-side amount. Provider contact center: 1-877-235-8073, option 3.',
    ].join('\n'),
  }),
];

// ── Payer portal direct-data-entry professional claim: "Review and submit" step ───────────────────────────────
const ddeReview: Snippet[] = [
  {
    id: 's5-dde-head',
    kind: 's5-dde-claim-review',
    text: 'Review claim before submitting · Payer: Prairie State Health (payer ID [37103]) · Billing provider: Lakeshore Pain Institute, Deerfield IL [60015] · Patient account no. LPI-[88215]',
  },
  ...table({
    id: 's5-dde',
    kind: 's5-dde-claim-review',
    caption: 'Service lines (3)',
    headers: [
      '#',
      'From',
      'To',
      'Place of Service',
      'Procedure',
      'Modifiers',
      'Dx Pointer',
      'Charges',
      'Units',
      'Rendering NPI',
    ],
    rows: [
      ['1', '11/20/2026', '11/20/2026', '11 - Office', '{64445}', 'LT', 'A', '$540.00', '1', '1609938210'],
      ['2', '11/20/2026', '11/20/2026', '11 - Office', '{64632}', 'T5', 'B', '$395.00', '1', '1609938210'],
      ['3', '11/20/2026', '11/20/2026', '11 - Office', '{64632}', 'T6', 'B', '$395.00', '1', '1609938210'],
    ],
  }),
  {
    id: 's5-dde-foot',
    kind: 's5-dde-claim-review',
    text: 'Total charges $1,330.00 · Prior authorization number: none required for {64445} or {64632} · Your draft is saved as [47330] for 30 days.',
  },
];

// ── No Surprises Act IDR payment determination notice (certified IDR entity letter, PDF text layer) ────────────
const idr: Snippet[] = lines({
  id: 's5-idr',
  kind: 's5-idr-determination',
  text: [
    'Notice of Payment Determination — Federal Independent Dispute Resolution',
    'Dispute Number: DISP-[58416]    Certified IDR Entity: Meridian Arbitration Services, LLC',
    'Initiating party: Sound Anesthesia & Pain PLLC (TIN ending 6241, IDR reference [66241])    Non-initiating party: Cascade Mutual Health Plan',
    'Items and services in dispute: Line 1, service code {64712}, modifier RT, date of service 06/04/2026; Line 2, service code {64445}, date of service 06/04/2026.',
    'Qualifying payment amount: Line 1 $1,318.00; Line 2 $201.50. Offers: initiating party $3,950.00 / $610.00; non-initiating party $1,318.00 / $201.50.',
    'Determination: For {64712} the certified IDR entity selects the initiating party offer of $3,950.00. For {64445} it selects the non-initiating party offer.',
    'The parties submitted batch dispute [71428] on the same facts; it was closed as duplicative. Payment due within 30 calendar days; administrative fee $115.',
  ].join('\n'),
});

// ── Claim-editing rules engine, YAML rule file (rules admin code editor, one <pre>) ──────────────────────────────
const ruleYaml: Snippet[] = [
  {
    id: 's5-yaml-raw',
    kind: 's5-edit-rule-yaml',
    text: [
      '# rules/peripheral-nerve.yaml · last edited by jmoreno · rev [40912]',
      'rules:',
      '  - id: PN-[10421]',
      '    name: Sciatic block bundled into same-day neuroplasty',
      '    when:',
      '      cpt_primary: ["{64712}", "{64714}"]',
      '      cpt_secondary: ["{64445}"]',
      '      same_provider: true',
      '    action: deny_line',
      '    carc: 97',
      '    rarc: M15',
      '    override_modifiers: [59, XU]',
      '  - id: PN-[10422]',
      '    name: Plantar digital nerve destruction, max 4 per day',
      '    when:',
      '      cpt: {64632}',
      '      units_gt: 4',
      '    action: pend',
      '    queue: [77418]',
      '  - id: PN-[10430]',
      '    name: Facial chemodenervation once per side',
      '    when: { cpt: {64612}, same_day_count_gt: 2 }',
      '    action: deny_line',
      '    applies_to_groups: [[62811], [62814]]',
    ].join('\n'),
  },
];

// ── Accounts-receivable aging report by account, with last procedure (PM system report viewer table) ───────────
const arAging: Snippet[] = table({
  id: 's5-ar',
  kind: 's5-ar-aging',
  caption: 'A/R Aging by Account — Payer class: Commercial — as of 11/30/2026',
  headers: [
    'Account',
    'Guarantor',
    'Last DOS',
    'Last CPT',
    'Payer',
    '0-30',
    '31-60',
    '61-90',
    '91-120',
    '120+',
    'Balance',
  ],
  rows: [
    ['[88215]', 'Brandt, W', '11/20/2026', '{64445}', 'Prairie State', '540.00', '', '', '', '', '540.00'],
    ['[88310]', 'Lindqvist, A', '09/17/2026', '{64712}', 'BCBS MN', '', '', '[12840].00', '', '', '[12840].00'],
    ['[90127]', 'Okoro, D', '06/02/2026', '{64714}', 'Cascade Mutual', '', '', '', '', '4410.00', '4410.00'],
    ['[64632]', 'Park, J', '10/14/2026', '{64632}', 'Aetna', '', '318.60', '', '', '', '318.60'],
  ],
});

// ── Clearinghouse payer list (enrollment screen: search results table) ──────────────────────────────────────
const payerList: Snippet[] = table({
  id: 's5-payers',
  kind: 's5-clearinghouse-payer-list',
  caption: 'Payer list — search "health" — 6 of 1,214 payers',
  headers: ['Payer Name', 'Payer ID', 'Claims', 'ERA', 'Eligibility', 'Enrollment Required', 'Notes'],
  rows: [
    ['UnitedHealthcare', '[87726]', '✓', '✓', '✓', 'ERA', 'Mail: PO Box [30555], Salt Lake City UT [84130]-0555'],
    ['Cigna Healthcare', '[62308]', '✓', '✓', '✓', 'ERA', ''],
    ['Aetna (all plans)', '[60054]', '✓', '✓', '✓', 'ERA', 'Secondary claims accepted'],
    ['UMR', '[39026]', '✓', '✓', '—', 'ERA', 'Paper appeals: PO Box [30541], Salt Lake City, UT [84130]'],
    ['Prairie State Health', '[37103]', '✓', '—', '✓', 'Claims, ERA', 'Enrollment form PSH-[20413]'],
    ['Cascade Mutual Health Plan', '[93044]', '✓', '✓', '✓', '—', 'Claims older than 365 days reject (edit [47198])'],
  ],
});

// ── EFT-to-ERA reconciliation screen (practice management "Deposits" tab) ───────────────────────────────────
const eftRecon: Snippet[] = [
  ...table({
    id: 's5-eft',
    kind: 's5-eft-reconciliation',
    caption: 'Bank deposits 11/16/2026 – 11/22/2026 · Account ending 4471',
    headers: ['Deposit Date', 'Payer', 'EFT Trace (TRN02)', 'Amount', 'ERA Matched', 'Posting Batch', 'Variance'],
    rows: [
      ['11/17/2026', 'UnitedHealthcare', '1EFT0091827711', '2,118.40', 'Yes', '[25133]', '0.00'],
      ['11/18/2026', 'Aetna', '1TRC77730021', '[12480].00', 'Yes', '[25134]', '0.00'],
      ['11/20/2026', 'Cascade Mutual', '1CMH[38217]', '806.15', 'No', '', '806.15'],
      ['11/21/2026', 'Medicare JL', '[23223]', '98.61-', 'Partial', '[25140]', '-98.61'],
    ],
  }),
  ...lines({
    id: 's5-eft-notes',
    kind: 's5-eft-reconciliation',
    before: 'Unmatched items — notes',
    text: [
      'Trace 1CMH[38217]: paper EOB only. Pays {64712}RT and {64445} for DOS 11/09; post manually to batch [25141].',
      'Medicare JL deposit [23223] is a negative: offset for the {64632} overpayment (AR 26-[18024]-AR). No claim to post.',
    ].join('\n'),
  }),
];

// ── ASC case costing report (ASC administrator dashboard table) ─────────────────────────────────────────────
const caseCosting: Snippet[] = table({
  id: 's5-cost',
  kind: 's5-asc-case-costing',
  caption: 'Case costing — Pain & Nerve service line — November 2026',
  headers: [
    'Case #',
    'Surgeon',
    'Primary CPT',
    'Add-on / secondary',
    'OR min',
    'Supply cost',
    'Implant cost',
    'Net revenue',
    'Margin',
  ],
  rows: [
    ['[68069]', 'Halvorsen', '{64712}-RT', '{64445}', '94', '612', '0', '2,104', '38%'],
    ['[68074]', 'Okonjo', '{64714}', '—', '131', '1,090', '[12480]', '[19280]', '12%'],
    ['[68081]', 'Reyes-Whitfield', '{64632} x2', '—', '22', '88', '0', '540', '41%'],
    ['[68090]', 'Iyer', '{64612}', '+{64612} (contralateral side, payer rule)', '18', '1,211', '0', '702', '29%'],
  ],
});

// ── EHR SmartText / dot-phrase editor: procedure-note template with SmartLists and a coder tip ───────────────────
const smartText: Snippet[] = lines({
  id: 's5-smarttext',
  kind: 's5-ehr-smarttext',
  before: 'SmartText Editor · PAIN PERIPHERAL NERVE PROCEDURE [ID 1047732] · Shared with: Pain Medicine',
  text: [
    'PROCEDURE: @NAME@ underwent {Procedure type:[31487]} on the {Laterality:[19197]} side.',
    'Indication: {Indications pain:[47212]}. Consent signed; time-out completed at @TIME@.',
    'Guidance: {Imaging guidance:[23330]}. Needle: {Needle gauge:[52281]}. Medication: {Injectate:[40765]}.',
    'Tip for coders (do not delete): the sciatic nerve block is {64445}; {64632} is reported once per nerve destroyed, with T-modifiers for toes.',
    'If the surgeon converts to open release, report {64714} for the lumbar plexus or {64712}RT/LT for the sciatic nerve, never both for one approach.',
    'Chemodenervation of the face ({64612}) uses the separate CHEMODENERV template (SmartText [20417]).',
    'Open procedures {64712}/{64714} need the OPEN NERVE op-note template instead.',
    'Last edited 11/12/2026 by jmoreno · Version 14 · Used 1,312 times this year',
  ].join('\n'),
});

export const sealed5: Snippet[] = [
  ...hptCsv,
  ...ticJson,
  ...cmsProviderService,
  ...cdsHooks,
  ...hl7Xml,
  ...bulkNdjson,
  ...x12PipeDelims,
  ...vaSeoc,
  ...racIssues,
  ...claimEditLookup,
  ...researchGrid,
  ...privileges,
  ...ioce,
  ...capitation,
  ...umNotes,
  ...surgicalHistory,
  ...codeChanges,
  ...maIdn,
  ...overpayment,
  ...commentLetter,
  ...gpciCalc,
  ...ddeReview,
  ...idr,
  ...ruleYaml,
  ...arAging,
  ...payerList,
  ...eftRecon,
  ...caseCosting,
  ...smartText,
];
