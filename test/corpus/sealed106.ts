import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 106 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s106-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too. About a third of the decoys are numbers of the synthetic 10,000-code set (KNOWN_10K) used as
 * FHIR resource ids, auth and request numbers, a payer id, error and rule ids, support cases, incident numbers,
 * call counts, a redirect port, a ZIP and a quota. The five known codes' digits come back as decoys: an employer
 * group number (in the CDS card panel and the HL7 IN1 segment), a prior payer's group number, a member's ZIP (FHIR
 * Patient, X12 N4, HL7 PID, sandbox table, CSV), an outreach clinic's ZIP in the Provider Directory, a utilization
 * management PO box, a bulk export job id, an API ticket, a DocumentReference id, an app id, a status-page incident
 * and a forum post number.
 *
 * Family: payers' FHIR APIs and their developer portals, around a peripheral-nerve and pain practice's orders: the
 * Da Vinci CRD order-sign cards, the coverage-information systemAction, the order-select hook request and the EHR's
 * coverage requirements panel; a DTR Questionnaire, its CQL library, the DTR SMART app form and the stored
 * QuestionnaireResponse (XML); the PA value set expansion; a PAS $submit Bundle, the ClaimResponse with review
 * actions, the X12 278 request and response of the intermediary log, a Postman $inquire pane and the EHR's
 * authorizations tab; CARIN Blue Button EOBs (professional JSON, outpatient institutional XML), a Patient Access
 * searchset, a member app's claims list and EOB lines; payer-to-payer $member-match, bulk $export status and the
 * NDJSON it produced; Provider Directory (Plan-Net PractitionerRole and Location, a public find-a-provider grid);
 * developer-portal pages (EOB reference, search parameters, coverage rules catalog, changelog, error code table, app
 * registration, rate limits, usage by endpoint), the API status page, sandbox test members, CRD test scenarios, a CRD
 * tester summary grid with no headers and a CSV download, an OperationOutcome error, a developer community thread
 * and the EHR interface engine's HL7 v2 ORM log that triggered a CRD hook.
 * Built on real public layouts: the CDS Hooks card (summary, indicator, detail, source, links) and request (hook,
 * hookInstance, fhirServer, context, prefetch); the Da Vinci CRD coverage-information extension (covered, pa-needed,
 * doc-needed, billingCode, coverage-assertion-id, questionnaire); the DTR Questionnaire with cqf-library and SDC
 * initialExpression and its information-origin extension; the Da Vinci PAS Claim (use preauthorization,
 * productOrService) and ClaimResponse (preAuthRef, reviewAction with X12 306 codes) and the X12 278 (005010X217:
 * BHT, NM1, UM, HI, SV1, HCR, MSG); the CARIN BB EOB profiles (C4BB identifier type uc, adjudication categories,
 * revenue and productOrService); the PDex $member-match Parameters (MemberPatient, CoverageToMatch, CoverageToLink,
 * Consent, MemberIdentifier UMB) and the FHIR Bulk Data status response (transactionTime, request, output, error);
 * the Plan-Net Location and PractitionerRole; CMS-9115-F Patient Access API documentation pages, Postman's request
 * and response panes, a Statuspage incident log and HL7 v2.5.1 ORM^O01 segments. Payer, practice, members, ids and
 * amounts are invented; the others are written the way those pages read, with no single source.
 *
 * 359 labelled tokens over 40 shapes: 157 codes, 202 decoys, 70 of the decoys in KNOWN_10K; 93 code tokens of the
 * five known codes, 24 decoys on their digits.
 */

// ── 1. CRD order-sign response: CDS Hooks cards, JSON ──
const crdCards = lines({
  id: 's106-crdcard',
  kind: 's106-crd-order-sign-cds-hooks-cards-json',
  before: 'POST https://crd.tallgrasshealth.com/cds-services/tg-crd-order-sign → 200 OK (response body)',
  text: [
    '{',
    '  "cards": [',
    '    {',
    '      "uuid": "6f1c2e0a-93b4-4d7e-a1c8-2b7f0e9d4c31",',
    '      "summary": "Prior authorization required for CPT {64712} (Neuroplasty, sciatic nerve)",',
    '      "indicator": "warning",',
    '      "detail": "Tallgrass Health Plan requires prior authorization for {64712} in POS 22 and 24. Submit through PAS or the provider portal; coverage rule MP-[20089] applies.",',
    '      "source": { "label": "Tallgrass Health Plan", "topic": { "system": "http://hl7.org/fhir/us/davinci-crd/CodeSystem/temp", "code": "prior-auth" } },',
    '      "links": [ { "label": "Complete documentation (DTR)", "url": "https://dtr.tallgrasshealth.com/launch", "type": "smart", "appContext": "questionnaire=pa-sciatic-neuroplasty&order=ServiceRequest/sr-[70136]" } ]',
    '    },',
    '    {',
    '      "uuid": "0b8e4f52-c7a1-4a3d-9e06-d15f3a2c8b77",',
    '      "summary": "No prior authorization needed for {64445} sciatic nerve block",',
    '      "indicator": "info",',
    '      "detail": "A single-injection sciatic block is covered without authorization; the continuous infusion ({64446}) needs none either.",',
    '      "source": { "label": "Tallgrass Health Plan", "url": "https://www.tallgrasshealth.com/providers/policies/MP-[20089]" }',
    '    }',
    '  ]',
    '}',
  ].join('\n'),
});

// ── 2. CRD systemAction: the draft order updated with coverage-information, JSON ──
const coverageInfo = lines({
  id: 's106-covinfo',
  kind: 's106-crd-coverage-information-system-action-json',
  before: '"systemActions": [ { "type": "update", "description": "Coverage information for the draft order",',
  text: [
    '  "resource": { "resourceType": "ServiceRequest", "id": "sr-[70136]", "status": "draft", "intent": "order",',
    '    "code": { "coding": [ { "system": "http://www.ama-assn.org/go/cpt", "code": "{64712}", "display": "Neuroplasty, major peripheral nerve, arm or leg, open; sciatic nerve" } ] },',
    '    "extension": [ { "url": "http://hl7.org/fhir/us/davinci-crd/StructureDefinition/ext-coverage-information",',
    '      "extension": [',
    '        { "url": "coverage", "valueReference": { "reference": "Coverage/cov-[33044]" } },',
    '        { "url": "covered", "valueCode": "covered" },',
    '        { "url": "pa-needed", "valueCode": "auth-needed" },',
    '        { "url": "doc-needed", "valueCode": "clinical" },',
    '        { "url": "billingCode", "valueCoding": { "system": "http://www.ama-assn.org/go/cpt", "code": "{64712}" } },',
    '        { "url": "billingCode", "valueCoding": { "system": "http://www.ama-assn.org/go/cpt", "code": "{69990}" } },',
    '        { "url": "reason", "valueCodeableConcept": { "text": "Elective decompression; PA required under policy MP-[20089]" } },',
    '        { "url": "date", "valueDate": "2025-11-18" },',
    '        { "url": "coverage-assertion-id", "valueString": "CA-[85092]-2025" },',
    '        { "url": "questionnaire", "valueCanonical": "https://dtr.tallgrasshealth.com/fhir/Questionnaire/pa-sciatic-neuroplasty|3.1" }',
    '      ] } ] } } ]',
  ].join('\n'),
});

// ── 3. EHR side: the coverage requirements panel on the order-sign screen ──
const ehrCardPanel = lines({
  id: 's106-ehrcards',
  kind: 's106-ehr-order-sign-coverage-requirements-panel',
  before: 'Sign Orders — REESE, DONNA K — Surgery Request',
  text: [
    'Coverage Requirements · Tallgrass Health Plan PPO · Member TGH884201337 · Group [64714]',
    '⚠ Prior authorization required for CPT {64712} (Neuroplasty, sciatic nerve) — Source: Tallgrass Health Plan',
    '   Policy MP-[20089] · Documentation: failed conservative care ≥ 6 wks, EMG/NCS within 12 mo',
    '   [Complete documentation (DTR)]   [Dismiss: patient not scheduled]   [Dismiss: will call for auth]',
    'ℹ No prior authorization needed for {64445} sciatic nerve block (single injection)',
    'ℹ Ultrasound guidance {76942} on the same order: no card returned',
    'Coverage information saved to order #[70136]: covered · auth-needed · clinical documentation · assertion CA-[85092]-2025',
    'Last checked 11/18/2025 09:42 by CRD (612 ms)',
  ].join('\n'),
});

// ── 4. CRD order-select request sent by the EHR, JSON ──
const crdRequest = lines({
  id: 's106-crdreq',
  kind: 's106-crd-order-select-hook-request-json',
  before: 'Request body (order-select) — captured by the EHR CDS Hooks client',
  text: [
    '{',
    '  "hook": "order-select",',
    '  "hookInstance": "d3a91c7e-5b2f-4f08-8c6e-1e7a0b4d9f25",',
    '  "fhirServer": "https://fhir.flinthillsnerve.org/api/FHIR/R4",',
    '  "context": {',
    '    "userId": "PractitionerRole/pr-[45066]",',
    '    "patientId": "pt-[50184]",',
    '    "encounterId": "enc-[72042]",',
    '    "selections": [ "ServiceRequest/sr-[70139]" ],',
    '    "draftOrders": { "resourceType": "Bundle", "type": "collection", "entry": [ { "resource": { "resourceType": "ServiceRequest", "id": "sr-[70139]", "status": "draft",',
    '      "code": { "coding": [ { "system": "http://www.ama-assn.org/go/cpt", "code": "{64632}", "display": "Destruction by neurolytic agent; plantar common digital nerve" } ] },',
    '      "quantity": { "value": 2 }, "occurrenceDateTime": "2025-12-02", "reasonCode": [ { "coding": [ { "system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "G57.62" } ] } ] } } ] }',
    '  },',
    '  "prefetch": { "coverage": { "resourceType": "Coverage", "id": "cov-[33047]", "subscriberId": "TGH503318820",',
    '    "class": [ { "type": { "coding": [ { "system": "http://terminology.hl7.org/CodeSystem/coverage-class", "code": "group" } ] }, "value": "[12105]", "name": "Medicare Advantage HMO" } ] } }',
    '}',
  ].join('\n'),
});

// ── 5. DTR Questionnaire, JSON ──
const dtrQuestionnaire = lines({
  id: 's106-dtrq',
  kind: 's106-dtr-questionnaire-resource-json',
  before: 'GET https://dtr.tallgrasshealth.com/fhir/Questionnaire/pa-sciatic-neuroplasty',
  text: [
    '{',
    '  "resourceType": "Questionnaire",',
    '  "id": "pa-sciatic-neuroplasty",',
    '  "version": "3.1",',
    '  "extension": [ { "url": "http://hl7.org/fhir/StructureDefinition/cqf-library", "valueCanonical": "https://dtr.tallgrasshealth.com/fhir/Library/SciaticNeuroplastyPA" } ],',
    '  "code": [ { "system": "http://www.ama-assn.org/go/cpt", "code": "{64712}" }, { "system": "http://www.ama-assn.org/go/cpt", "code": "{64714}" } ],',
    '  "item": [',
    '    { "linkId": "1", "text": "Requested procedure", "type": "choice", "required": true,',
    '      "answerOption": [ { "valueCoding": { "system": "http://www.ama-assn.org/go/cpt", "code": "{64712}", "display": "Neuroplasty, sciatic nerve" } },',
    '                        { "valueCoding": { "system": "http://www.ama-assn.org/go/cpt", "code": "{64714}", "display": "Neuroplasty, lumbar plexus" } } ] },',
    '    { "linkId": "2", "text": "Diagnostic sciatic nerve block ({64445}) in the last 6 months?", "type": "boolean",',
    '      "extension": [ { "url": "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-initialExpression", "valueExpression": { "language": "text/cql", "expression": "\\"SciaticNeuroplastyPA\\".\\"Prior Sciatic Block\\"" } } ] },',
    '    { "linkId": "3", "text": "Weeks of conservative therapy documented", "type": "integer", "required": true },',
    '    { "linkId": "4", "text": "Date of EMG/NCS ({95886}, {95910}-{95913})", "type": "date" },',
    '    { "linkId": "5", "text": "Operating microscope planned ({69990})?", "type": "boolean" }',
    '  ]',
    '}',
  ].join('\n'),
});

// ── 6. DTR CQL library behind the questionnaire, text ──
const dtrCql = lines({
  id: 's106-cql',
  kind: 's106-dtr-cql-library-source-text',
  before: 'Library/SciaticNeuroplastyPA — content[0] (text/cql), decoded',
  text: [
    "library SciaticNeuroplastyPA version '3.1.0'",
    "using FHIR version '4.0.1'",
    "include FHIRHelpers version '4.0.1' called FHIRHelpers",
    'codesystem "CPT": \'http://www.ama-assn.org/go/cpt\'',
    'valueset "Sciatic Neuroplasty Procedures": \'https://dtr.tallgrasshealth.com/fhir/ValueSet/tg-pa-[48053]\'',
    'code "Neuroplasty sciatic nerve": \'{64712}\' from "CPT" display \'Neuroplasty, major peripheral nerve; sciatic nerve\'',
    'code "Sciatic nerve block": \'{64445}\' from "CPT"',
    'code "Continuous sciatic block": \'{64446}\' from "CPT"',
    'context Patient',
    'define "Prior Sciatic Block":',
    '  exists ([Procedure: "Sciatic nerve block"] P where P.performed during Interval[Today() - 6 months, Today()])',
    '    or exists ([Procedure: "Continuous sciatic block"] C where C.performed during Interval[Today() - 6 months, Today()])',
    '// 2024-07-09 added {64446} as a qualifying block (ticket DTR-[61937])',
  ].join('\n'),
});

// ── 7. DTR SMART app: the rendered form ──
const dtrForm = lines({
  id: 's106-dtrform',
  kind: 's106-dtr-smart-app-rendered-form-screen',
  before: 'Tallgrass Health Plan · Documentation Templates and Rules',
  text: [
    'Order: Neuroplasty, sciatic nerve ({64712}) · Patient: Donna K. Reese · DOB 04/22/1961 · Member TGH884201337',
    '1. Requested procedure *   (•) {64712} Neuroplasty, sciatic nerve   ( ) {64714} Neuroplasty, lumbar plexus',
    '2. Diagnostic sciatic nerve block in the last 6 months?  Yes — filled from EHR: {64445} on 08/14/2025 (Procedure/proc-[77068])',
    '3. Weeks of conservative therapy documented * 14',
    '4. Date of EMG/NCS: 07/30/2025 ({95886}, {95911})',
    '5. Operating microscope planned ({69990})?  Yes',
    'Attachment: operative plan.pdf (212 KB) · DocumentReference/doc-[64714]',
    'Progress: 5 of 5 required answers · Draft saved as QuestionnaireResponse/qr-[84081]',
    '[Save draft]   [Send to payer (PAS)]   [Return to EHR]',
  ].join('\n'),
});

// ── 8. DTR QuestionnaireResponse as stored, XML ──
const dtrResponseXml = lines({
  id: 's106-qrxml',
  kind: 's106-dtr-questionnaire-response-xml',
  before: 'QuestionnaireResponse/qr-84081 (application/fhir+xml)',
  text: [
    '<QuestionnaireResponse xmlns="http://hl7.org/fhir">',
    '  <id value="qr-[84081]"/>',
    '  <questionnaire value="https://dtr.tallgrasshealth.com/fhir/Questionnaire/pa-sciatic-neuroplasty|3.1"/>',
    '  <status value="completed"/>',
    '  <subject><reference value="Patient/pt-[50021]"/></subject>',
    '  <authored value="2025-11-18T10:07:33-06:00"/>',
    '  <item>',
    '    <linkId value="1"/>',
    '    <answer><valueCoding><system value="http://www.ama-assn.org/go/cpt"/><code value="{64712}"/><display value="Neuroplasty, sciatic nerve"/></valueCoding></answer>',
    '  </item>',
    '  <item>',
    '    <extension url="http://hl7.org/fhir/us/davinci-dtr/StructureDefinition/information-origin"><extension url="source"><valueCode value="auto"/></extension></extension>',
    '    <linkId value="2"/>',
    '    <text value="Diagnostic sciatic nerve block ({64445}) in the last 6 months?"/>',
    '    <answer><valueBoolean value="true"/></answer>',
    '  </item>',
    '  <item>',
    '    <linkId value="5"/>',
    '    <text value="Operating microscope planned ({69990})?"/>',
    '    <answer><valueBoolean value="true"/></answer>',
    '  </item>',
    '</QuestionnaireResponse>',
  ].join('\n'),
});

// ── 9. Terminology: the PA value set expansion, JSON ──
const valueSet = lines({
  id: 's106-vs',
  kind: 's106-pa-valueset-expansion-json',
  before: 'GET https://dtr.tallgrasshealth.com/fhir/ValueSet/tg-pa-48053/$expand',
  text: [
    '{ "resourceType": "ValueSet", "id": "tg-pa-[48053]", "name": "TGPeripheralNervePARequired", "status": "active",',
    '  "expansion": { "identifier": "urn:uuid:5e0c7a2b-8d41-4f6a-b3e9-c2d7a1f04b68", "timestamp": "2025-10-15T00:00:00Z", "total": 7, "offset": 0,',
    '    "contains": [',
    '      { "system": "http://www.ama-assn.org/go/cpt", "code": "{64712}", "display": "Neuroplasty, major peripheral nerve, arm or leg, open; sciatic nerve" },',
    '      { "system": "http://www.ama-assn.org/go/cpt", "code": "{64713}", "display": "Neuroplasty, major peripheral nerve, arm or leg, open; brachial plexus" },',
    '      { "system": "http://www.ama-assn.org/go/cpt", "code": "{64714}", "display": "Neuroplasty, major peripheral nerve, arm or leg, open; lumbar plexus" },',
    '      { "system": "http://www.ama-assn.org/go/cpt", "code": "{64632}", "display": "Destruction by neurolytic agent; plantar common digital nerve" },',
    '      { "system": "http://www.ama-assn.org/go/cpt", "code": "{64640}", "display": "Destruction by neurolytic agent; other peripheral nerve or branch" },',
    '      { "system": "http://www.ama-assn.org/go/cpt", "code": "{64612}", "display": "Chemodenervation of muscle(s); muscle(s) innervated by facial nerve, unilateral" },',
    '      { "system": "http://www.ama-assn.org/go/cpt", "code": "{64615}", "display": "Chemodenervation of muscle(s); for chronic migraine" }',
    '    ] } }',
  ].join('\n'),
});

// ── 10. PAS request Bundle ($submit), JSON ──
const pasClaim = lines({
  id: 's106-pasclaim',
  kind: 's106-pas-submit-claim-bundle-json',
  before: 'POST https://api.tallgrasshealth.com/fhir/R4/Claim/$submit',
  text: [
    '{ "resourceType": "Bundle", "id": "pas-req-[20033]", "type": "collection", "timestamp": "2025-11-18T10:09:02-06:00",',
    '  "identifier": { "system": "https://flinthillsnerve.org/pas", "value": "FHN-PA-[97043]" },',
    '  "entry": [ { "fullUrl": "urn:uuid:c41f0e77-2a9b-4d3c-8e51-7b0a6d2f9c13", "resource": { "resourceType": "Claim", "status": "active", "use": "preauthorization",',
    '    "type": { "coding": [ { "system": "http://terminology.hl7.org/CodeSystem/claim-type", "code": "professional" } ] },',
    '    "patient": { "reference": "Patient/pt-[50021]" }, "created": "2025-11-18", "priority": { "coding": [ { "code": "normal" } ] },',
    '    "careTeam": [ { "sequence": 1, "provider": { "reference": "Practitioner/prac-[94018]" } } ],',
    '    "insurance": [ { "sequence": 1, "focal": true, "coverage": { "reference": "Coverage/cov-[33044]" } } ],',
    '    "supportingInfo": [ { "sequence": 1, "category": { "coding": [ { "code": "additionalInformation" } ] }, "valueReference": { "reference": "QuestionnaireResponse/qr-[84081]" } } ],',
    '    "item": [',
    '      { "sequence": 1, "category": { "coding": [ { "system": "https://codesystem.x12.org/005010/1365", "code": "2" } ] },',
    '        "productOrService": { "coding": [ { "system": "http://www.ama-assn.org/go/cpt", "code": "{64712}" } ] },',
    '        "modifier": [ { "coding": [ { "system": "http://www.ama-assn.org/go/cpt", "code": "RT" } ] } ],',
    '        "servicedDate": "2025-12-09", "quantity": { "value": 1 }, "locationCodeableConcept": { "coding": [ { "code": "22" } ] } },',
    '      { "sequence": 2, "productOrService": { "coding": [ { "system": "http://www.ama-assn.org/go/cpt", "code": "{69990}" } ] }, "servicedDate": "2025-12-09", "quantity": { "value": 1 } }',
    '    ] } },',
    '  { "fullUrl": "urn:uuid:9a2e1d48-6c0f-4b7a-a3d5-e8f1c0b27d64", "resource": { "resourceType": "Patient", "id": "pt-[50021]", "name": [ { "family": "Reese", "given": [ "Donna", "K" ] } ],',
    '    "birthDate": "1961-04-22", "address": [ { "line": [ "RR 2 Box 41" ], "city": "Cainsville", "state": "MO", "postalCode": "[64632]" } ] } } ] }',
  ].join('\n'),
});

// ── 11. PAS ClaimResponse, JSON ──
const pasResponse = lines({
  id: 's106-pasresp',
  kind: 's106-pas-claimresponse-review-action-json',
  before: 'Response 200 OK — Bundle.entry[0].resource',
  text: [
    '{ "resourceType": "ClaimResponse", "id": "cr-[88044]", "status": "active", "use": "preauthorization", "outcome": "partial",',
    '  "identifier": [ { "system": "https://api.tallgrasshealth.com/pas/claimresponse", "value": "TGPA-[60050]" } ],',
    '  "created": "2025-11-18T10:09:05-06:00", "insurer": { "display": "Tallgrass Health Plan" }, "preAuthRef": "TG25-[33058]-A",',
    '  "preAuthPeriod": { "start": "2025-12-01", "end": "2026-02-28" },',
    '  "item": [ { "itemSequence": 1, "extension": [ { "url": "http://hl7.org/fhir/us/davinci-pas/StructureDefinition/extension-reviewAction", "extension": [',
    '      { "url": "number", "valueString": "TG25-[33058]-01" },',
    '      { "url": "reviewActionCode", "valueCodeableConcept": { "coding": [ { "system": "https://codesystem.x12.org/005010/306", "code": "A1", "display": "Certified in total" } ] } } ] } ],',
    '    "adjudication": [ { "category": { "coding": [ { "system": "http://terminology.hl7.org/CodeSystem/adjudication", "code": "submitted" } ] } } ] },',
    '    { "itemSequence": 2, "extension": [ { "url": "http://hl7.org/fhir/us/davinci-pas/StructureDefinition/extension-reviewAction", "extension": [',
    '      { "url": "reviewActionCode", "valueCodeableConcept": { "coding": [ { "system": "https://codesystem.x12.org/005010/306", "code": "A4", "display": "Pended" } ] } },',
    '      { "url": "reasonCode", "valueCodeableConcept": { "text": "Item 2 ({69990}) in medical review: microscope with {64712} needs the operative plan" } } ] } ],',
    '    "adjudication": [ { "category": { "coding": [ { "code": "submitted" } ] } } ] } ],',
    '  "processNote": [ { "number": 1, "type": "display", "text": "Certified {64712}-RT x1 at Flint Hills Surgery Center. Send records for item 2 to Tallgrass UM, PO Box [64612], Kansas City, MO [64141]." } ] }',
  ].join('\n'),
});

// ── 12. The X12 278 request the PAS intermediary built from the Bundle ──
const x12Request = lines({
  id: 's106-278req',
  kind: 's106-pas-x12-278-translation-log-text',
  before: 'Intermediary log — FHIR→X12 translation, 278 request (005010X217)',
  text: [
    'ISA*00*          *00*          *ZZ*FLINTHILLS     *ZZ*TALLGRASS      *251118*1009*^*[00501]*000004417*0*P*:~',
    'GS*HI*FLINTHILLS*TALLGRASS*20251118*1009*4417*X*005010X217~',
    'ST*278*0001*005010X217~',
    'BHT*0007*13*FHN-PA-[97043]*20251118*1009~',
    'HL*1**20*1~',
    'NM1*X3*2*TALLGRASS HEALTH PLAN*****PI*[48090]~',
    'HL*2*1*21*1~',
    'NM1*1P*2*FLINT HILLS NERVE AND PAIN CENTER*****XX*1740382291~',
    'HL*3*2*22*1~',
    'NM1*IL*1*REESE*DONNA*K***MI*TGH884201337~',
    'N3*RR 2 BOX 41~',
    'N4*CAINSVILLE*MO*[64632]~',
    'DMG*D8*19610422*F~',
    'HL*4*3*EV*1~',
    'UM*HS*I*2*22:B~',
    'HI*ABK:G5701~',
    'HL*5*4*SS*0~',
    'SV1*HC:{64712}:RT*0*UN*1***1~',
    'HL*6*4*SS*0~',
    'SV1*HC:{69990}*0*UN*1***1~',
    'SE*20*0001~',
  ].join('\n'),
});

// ── 13. The X12 278 response coming back ──
const x12Response = lines({
  id: 's106-278resp',
  kind: 's106-pas-x12-278-translation-log-text',
  before: 'Intermediary log — X12→FHIR translation, 278 response (005010X217)',
  text: [
    'ST*278*0002*005010X217~',
    'BHT*0007*11*FHN-PA-[97043]*20251118*1009~',
    'NM1*X3*2*TALLGRASS HEALTH PLAN*****PI*[48090]~',
    'HCR*A1*TG25-[33058]-A~',
    'DTP*AAH*RD8*20251201-20260228~',
    'SV1*HC:{64712}:RT*0*UN*1~',
    'HCR*A1*TG25-[33058]-01~',
    'SV1*HC:{69990}*0*UN*1~',
    'HCR*A4**0U~',
    'MSG*RECORDS REQUESTED FOR ITEM 2. MAIL TO PO BOX [64612] KANSAS CITY MO [64141] OR FAX 816-555-0144~',
    'SE*12*0002~',
  ].join('\n'),
});

// ── 14. Postman: the $inquire request and response panes ──
const postman = lines({
  id: 's106-postman',
  kind: 's106-postman-pas-inquire-request-response-pane',
  before: 'Tallgrass PAS Sandbox / Prior Auth / 04 Inquire status',
  text: [
    'POST   {{pas_base}}/Claim/$inquire                                         Send ▾',
    'Params   Authorization ●   Headers (11)   Body ●   Pre-request Script   Tests   Settings',
    'Body  raw  JSON',
    '  "identifier": [ { "system": "https://flinthillsnerve.org/pas", "value": "FHN-PA-[97043]" } ],',
    '  "item": [ { "sequence": 1, "productOrService": { "coding": [ { "system": "http://www.ama-assn.org/go/cpt", "code": "{64712}" } ] } } ]',
    'Response   Status: 200 OK   Time: 1384 ms   Size: 9.71 KB                 Save Response ▾',
    'Test Results (2/2)   PASS status is 200   PASS item 1 reviewActionCode is A1 for {64712}',
    '  "preAuthRef": "TG25-[33058]-A", "outcome": "complete",',
    '  "item": [ { "itemSequence": 2, "reviewActionCode": "A1", "productOrService": "{69990}", "note": "Released from pend 11/20" } ]',
    'Console  x-request-id 7c1e9a02-55bd-4f9e-8d3a-b0e6c47a1f19   x-ratelimit-remaining [11872]',
  ].join('\n'),
});

// ── 15. EHR: the patient's Authorizations tab ──
const ehrAuths = table({
  id: 's106-ehrauth',
  kind: 's106-ehr-authorizations-tab-grid',
  caption: 'Referrals & Authorizations — REESE, DONNA K and household plan view',
  headers: ['Auth #', 'Payer', 'Svc Code', 'Description', 'Units', 'Status', 'Effective', 'Expires'],
  rows: [
    [
      'TG25-[33058]-01',
      'Tallgrass HP',
      '{64712}',
      'Neuroplasty sciatic nerve, RT',
      '1',
      'Approved',
      '12/01/2025',
      '02/28/2026',
    ],
    [
      'TG25-[33058]-02',
      'Tallgrass HP',
      '{69990}',
      'Operating microscope',
      '1',
      'Approved (was Pended)',
      '12/01/2025',
      '02/28/2026',
    ],
    [
      'TG25-[31048]-01',
      'Tallgrass HP',
      '{64632}',
      'Neurolytic destr. plantar digital n., LT',
      '2',
      'Pended – records requested',
      '',
      '',
    ],
    ['—', 'Tallgrass HP', '{64445}', 'Sciatic block, single inj.', '1', 'Not required (CRD)', '', ''],
    [
      '[55106]',
      'Mid-Kansas Medicaid',
      '{64612}',
      'Chemodenervation facial n., unilat',
      '1',
      'Denied – appeal by 12/13',
      '10/14/2025',
      '',
    ],
    [
      'TG24-[18822]-01',
      'Tallgrass HP',
      '{64714}',
      'Neuroplasty lumbar plexus',
      '1',
      'Used',
      '05/20/2024',
      '08/17/2024',
    ],
  ],
});

// ── 16. CARIN Blue Button EOB, professional, JSON ──
const eobProf = lines({
  id: 's106-eobprof',
  kind: 's106-carin-bb-eob-professional-json',
  before: 'GET /fhir/R4/ExplanationOfBenefit/eob-prof-90196',
  text: [
    '{ "resourceType": "ExplanationOfBenefit", "id": "eob-prof-[90196]",',
    '  "meta": { "lastUpdated": "2025-04-02T06:14:52Z", "profile": [ "http://hl7.org/fhir/us/carin-bb/StructureDefinition/C4BB-ExplanationOfBenefit-Professional-NonClinician|2.0.0" ] },',
    '  "identifier": [ { "type": { "coding": [ { "system": "http://hl7.org/fhir/us/carin-bb/CodeSystem/C4BBIdentifierType", "code": "uc" } ] }, "system": "https://tallgrasshealth.com/claim", "value": "2509104417301" } ],',
    '  "status": "active", "use": "claim", "outcome": "complete", "patient": { "reference": "Patient/pt-[50107]" }, "provider": { "reference": "Organization/org-[20041]" },',
    '  "billablePeriod": { "start": "2025-03-04", "end": "2025-03-04" }, "insurance": [ { "focal": true, "coverage": { "reference": "Coverage/cov-[33050]" } } ],',
    '  "item": [ { "sequence": 1, "productOrService": { "coding": [ { "system": "http://www.ama-assn.org/go/cpt", "code": "{64612}", "display": "Chemodenervation of muscle(s); muscle(s) innervated by facial nerve, unilateral" } ] },',
    '      "modifier": [ { "coding": [ { "system": "http://www.ama-assn.org/go/cpt", "code": "LT" } ] } ], "servicedDate": "2025-03-04",',
    '      "adjudication": [ { "category": { "coding": [ { "system": "http://terminology.hl7.org/CodeSystem/adjudication", "code": "submitted" } ] }, "amount": { "value": 486.00, "currency": "USD" } },',
    '        { "category": { "coding": [ { "system": "http://hl7.org/fhir/us/carin-bb/CodeSystem/C4BBAdjudication", "code": "paidtoprovider" } ] }, "amount": { "value": 185.18, "currency": "USD" } } ] },',
    '    { "sequence": 2, "productOrService": { "coding": [ { "system": "https://bluebutton.cms.gov/resources/codesystem/hcpcs", "code": "J0585" } ] }, "quantity": { "value": 50 } },',
    '    { "sequence": 3, "productOrService": { "coding": [ { "system": "http://www.ama-assn.org/go/cpt", "code": "{99213}" } ] }, "modifier": [ { "coding": [ { "code": "25" } ] } ] } ],',
    '  "payment": { "date": "2025-04-01", "amount": { "value": 571.32, "currency": "USD" } } }',
  ].join('\n'),
});

// ── 17. CARIN Blue Button EOB, outpatient institutional, XML ──
const eobInstXml = lines({
  id: 's106-eobinst',
  kind: 's106-carin-bb-eob-outpatient-institutional-xml',
  before: 'GET /fhir/R4/ExplanationOfBenefit/eob-inst-90197?_format=xml',
  text: [
    '<ExplanationOfBenefit xmlns="http://hl7.org/fhir">',
    '  <id value="eob-inst-[90197]"/>',
    '  <type><coding><system value="http://terminology.hl7.org/CodeSystem/claim-type"/><code value="institutional"/></coding></type>',
    '  <patient><reference value="Patient/pt-[50107]"/></patient>',
    '  <billablePeriod><start value="2024-06-11"/><end value="2024-06-11"/></billablePeriod>',
    '  <provider><display value="Flint Hills Surgery Center"/></provider>',
    '  <item>',
    '    <sequence value="1"/>',
    '    <revenue><coding><system value="https://www.nubc.org/CodeSystem/RevenueCodes"/><code value="0360"/></coding></revenue>',
    '    <productOrService><coding><system value="http://www.ama-assn.org/go/cpt"/><code value="{64714}"/></coding></productOrService>',
    '    <adjudication><category><coding><code value="submitted"/></coding></category><amount><value value="[18240].00"/><currency value="USD"/></amount></adjudication>',
    '    <adjudication><category><coding><code value="paidtoprovider"/></coding></category><amount><value value="6912.40"/></amount></adjudication>',
    '  </item>',
    '  <item>',
    '    <sequence value="2"/>',
    '    <revenue><coding><code value="0370"/></coding></revenue>',
    '    <productOrService><coding><system value="http://www.ama-assn.org/go/cpt"/><code value="{64449}"/></coding></productOrService>',
    '  </item>',
    '  <total><category><coding><code value="submitted"/></coding></category><amount><value value="[21906].00"/></amount></total>',
    '</ExplanationOfBenefit>',
  ].join('\n'),
});

// ── 18. Member app: claims list from the Patient Access API ──
const memberClaims = lines({
  id: 's106-appclaims',
  kind: 's106-member-app-claims-list-screen',
  before: 'My Claims · Tallgrass Health Plan (connected) · Last synced 2 hours ago',
  text: [
    'Mar 4, 2025 · Flint Hills Nerve & Pain Center · Claim 2509104417301 · Processed · You may owe $46.29',
    '   Chemodenervation of facial nerve, left ({64612}) · OnabotulinumtoxinA 50 units (J0585) · Office visit ({99213})',
    'Dec 2, 2024 · Flint Hills Nerve & Pain Center · Claim 2433700126654 · Processed · You may owe $40.00',
    '   Chemodenervation for chronic migraine ({64615})',
    'Jun 11, 2024 · Flint Hills Surgery Center · Claim 2416300982214 · Processed · You may owe $1,046.13',
    '   Neuroplasty, lumbar plexus — {64714} · Billed $18,240.00',
    'Jun 11, 2024 · Prairie Anesthesia Associates · Claim 2416300982871 · Processed · You may owe $0.00',
    '   Nerve block for pain after surgery, lumbar plexus ({64449})',
    'Showing 3 of 41 claims · Tallgrass Health Plan, 7300 College Blvd, Overland Park, KS [66210]',
  ].join('\n'),
});

// ── 19. Member app: one EOB's service lines ──
const memberEob = table({
  id: 's106-appeob',
  kind: 's106-member-app-eob-service-lines-grid',
  caption: 'Claim 2509104417301 · Mar 4, 2025 · Flint Hills Nerve & Pain Center',
  headers: ['Service', 'Code', 'Billed', 'Plan allowed', 'Plan paid', 'You owe'],
  rows: [
    ['Chemodenervation, facial nerve, one side', '{64612}', '$486.00', '$231.47', '$185.18', '$46.29'],
    ['OnabotulinumtoxinA, per unit (50)', 'J0585', '$312.50', '$294.00', '$294.00', '$0.00'],
    ['Office visit, established patient', '{99213}', '$168.00', '$92.14', '$92.14', '$0.00'],
  ],
});

// ── 20. Patient Access search, searchset Bundle, JSON ──
const eobSearch = lines({
  id: 's106-eobsearch',
  kind: 's106-patient-access-eob-searchset-json',
  before: 'GET https://api.tallgrasshealth.com/fhir/R4/ExplanationOfBenefit?patient=pt-50107&_count=10',
  text: [
    '{ "resourceType": "Bundle", "type": "searchset", "total": 41,',
    '  "link": [ { "relation": "next", "url": "https://api.tallgrasshealth.com/fhir/R4/ExplanationOfBenefit?patient=pt-[50107]&_count=10&_getpagesoffset=10&_pageId=[77121]" } ],',
    '  "entry": [',
    '    { "fullUrl": "https://api.tallgrasshealth.com/fhir/R4/ExplanationOfBenefit/eob-prof-[90196]", "search": { "mode": "match" } },',
    '    { "fullUrl": "https://api.tallgrasshealth.com/fhir/R4/ExplanationOfBenefit/eob-prof-[90388]", "resource": { "resourceType": "ExplanationOfBenefit", "billablePeriod": { "start": "2024-12-02" },',
    '      "item": [ { "sequence": 1, "productOrService": { "coding": [ { "system": "http://www.ama-assn.org/go/cpt", "code": "{64615}" } ] } } ] } },',
    '    { "fullUrl": "https://api.tallgrasshealth.com/fhir/R4/ExplanationOfBenefit/eob-inst-[90197]", "search": { "mode": "match" } },',
    '    { "fullUrl": "https://api.tallgrasshealth.com/fhir/R4/ExplanationOfBenefit/eob-prof-[90412]", "resource": { "resourceType": "ExplanationOfBenefit", "item": [ { "sequence": 1, "productOrService": { "coding": [ { "system": "http://www.ama-assn.org/go/cpt", "code": "{64612}" } ] } } ] } },',
    '    { "fullUrl": "https://api.tallgrasshealth.com/fhir/R4/Coverage/cov-[33050]", "search": { "mode": "include" } } ] }',
  ].join('\n'),
});

// ── 21. Payer-to-payer: $member-match request and answer, JSON ──
const memberMatch = lines({
  id: 's106-mmatch',
  kind: 's106-payer-to-payer-member-match-parameters-json',
  before: 'POST https://fhir.prairiesummithealth.com/r4/Patient/$member-match (from Tallgrass Health Plan)',
  text: [
    '{ "resourceType": "Parameters", "parameter": [',
    '  { "name": "MemberPatient", "resource": { "resourceType": "Patient", "name": [ { "family": "Cardenas", "given": [ "Luis" ] } ], "birthDate": "1977-03-15", "gender": "male",',
    '      "address": [ { "line": [ "2207 S 34th St" ], "city": "Kansas City", "state": "KS", "postalCode": "[66106]" } ] } },',
    '  { "name": "CoverageToMatch", "resource": { "resourceType": "Coverage", "status": "active", "subscriberId": "PSH-[40107]-01", "payor": [ { "display": "Prairie Summit Health" } ],',
    '      "class": [ { "type": { "coding": [ { "code": "group" } ] }, "value": "[64612]" } ], "period": { "start": "2021-01-01", "end": "2024-12-31" } } },',
    '  { "name": "CoverageToLink", "resource": { "resourceType": "Coverage", "subscriberId": "TGH902117640", "payor": [ { "display": "Tallgrass Health Plan" } ] } },',
    '  { "name": "Consent", "resource": { "resourceType": "Consent", "status": "active", "policy": [ { "uri": "http://hl7.org/fhir/us/davinci-hrex/StructureDefinition-hrex-consent.html#regular" } ] } } ] }',
    'Response 200 OK: { "name": "MemberIdentifier", "valueIdentifier": { "type": { "coding": [ { "code": "UMB" } ] }, "system": "https://fhir.prairiesummithealth.com/member", "value": "PSH-[40107]-01" } }',
  ].join('\n'),
});

// ── 22. Payer-to-payer: bulk $export status, JSON ──
const exportStatus = lines({
  id: 's106-export',
  kind: 's106-payer-to-payer-bulk-export-status-json',
  before: 'GET https://fhir.prairiesummithealth.com/r4/$export-poll-status?_jobId=64712 → 200 OK',
  text: [
    '{ "transactionTime": "2025-11-03T02:00:14Z",',
    '  "request": "https://fhir.prairiesummithealth.com/r4/Group/p2p-tallgrass-2025q4/$export?_type=ExplanationOfBenefit,Coverage,Procedure&_since=2020-01-01T00:00:00Z",',
    '  "requiresAccessToken": true,',
    '  "output": [',
    '    { "type": "ExplanationOfBenefit", "url": "https://bulk.prairiesummithealth.com/jobs/[64712]/ExplanationOfBenefit_1.ndjson", "count": [48133] },',
    '    { "type": "ExplanationOfBenefit", "url": "https://bulk.prairiesummithealth.com/jobs/[64712]/ExplanationOfBenefit_2.ndjson", "count": [31296] },',
    '    { "type": "Coverage", "url": "https://bulk.prairiesummithealth.com/jobs/[64712]/Coverage_1.ndjson", "count": 2214 },',
    '    { "type": "Procedure", "url": "https://bulk.prairiesummithealth.com/jobs/[64712]/Procedure_1.ndjson", "count": [17560] } ],',
    '  "error": [ { "type": "OperationOutcome", "url": "https://bulk.prairiesummithealth.com/jobs/[64712]/OperationOutcome_1.ndjson" } ] }',
  ].join('\n'),
});

// ── 23. Payer-to-payer: the NDJSON file, one EOB a line ──
const ndjson = lines({
  id: 's106-ndjson',
  kind: 's106-payer-to-payer-eob-ndjson-file',
  before: 'ExplanationOfBenefit_1.ndjson (first lines, viewed in the intake console)',
  text: [
    '{"resourceType":"ExplanationOfBenefit","id":"psh-eob-[30144]","patient":{"reference":"Patient/psh-[40107]"},"billablePeriod":{"start":"2023-05-16"},"item":[{"sequence":1,"productOrService":{"coding":[{"system":"http://www.ama-assn.org/go/cpt","code":"{64445}"}]}},{"sequence":2,"productOrService":{"coding":[{"system":"http://www.ama-assn.org/go/cpt","code":"{76942}"}]}}]}',
    '{"resourceType":"ExplanationOfBenefit","id":"psh-eob-[30158]","patient":{"reference":"Patient/psh-[40107]"},"billablePeriod":{"start":"2023-08-29"},"item":[{"sequence":1,"productOrService":{"coding":[{"system":"http://www.ama-assn.org/go/cpt","code":"{64712}"}]},"modifier":[{"coding":[{"code":"LT"}]}]}],"total":[{"category":{"coding":[{"code":"submitted"}]},"amount":{"value":4210.00}}]}',
    '{"resourceType":"ExplanationOfBenefit","id":"psh-eob-[30171]","patient":{"reference":"Patient/psh-[40107]"},"billablePeriod":{"start":"2024-02-07"},"item":[{"sequence":1,"productOrService":{"coding":[{"system":"http://www.ama-assn.org/go/cpt","code":"{20610}"}]}}],"total":[{"category":{"coding":[{"code":"submitted"}]},"amount":{"value":275.00}}]}',
    '{"resourceType":"ExplanationOfBenefit","id":"psh-eob-[30202]","patient":{"reference":"Patient/psh-[41377]"},"billablePeriod":{"start":"2024-10-22"},"item":[{"sequence":1,"productOrService":{"coding":[{"system":"http://www.ama-assn.org/go/cpt","code":"{64632}"}]},"quantity":{"value":2}}],"total":[{"category":{"coding":[{"code":"submitted"}]},"amount":{"value":1790.00}}]}',
  ].join('\n'),
});

// ── 24. Provider Directory API: Plan-Net Location and PractitionerRole, JSON ──
const planNet = lines({
  id: 's106-plannet',
  kind: 's106-provider-directory-plan-net-location-role-json',
  before:
    'GET https://api.tallgrasshealth.com/fhir/R4/PractitionerRole?practitioner.name=straub&_include=PractitionerRole:location',
  text: [
    '{ "resourceType": "PractitionerRole", "id": "pr-[45066]", "practitioner": { "reference": "Practitioner/prac-[94018]", "display": "Kelly Straub, MD" },',
    '  "organization": { "reference": "Organization/org-[20041]" }, "location": [ { "reference": "Location/loc-[85083]" }, { "reference": "Location/loc-[85117]" } ],',
    '  "specialty": [ { "coding": [ { "system": "http://nucc.org/provider-taxonomy", "code": "208VP0014X", "display": "Interventional Pain Medicine" } ] } ],',
    '  "extension": [ { "url": "http://hl7.org/fhir/us/davinci-pdex-plan-net/StructureDefinition/network-reference", "valueReference": { "reference": "Organization/net-[77022]" } } ] }',
    '{ "resourceType": "Location", "id": "loc-[85083]", "name": "Flint Hills Nerve & Pain Center — Elmo Outreach Clinic",',
    '  "address": { "line": [ "102 Main St" ], "city": "Elmo", "state": "MO", "postalCode": "[64445]" }, "telecom": [ { "system": "phone", "value": "660-555-0117" } ],',
    '  "position": { "longitude": -95.1147, "latitude": 40.5203 }, "hoursOfOperation": [ { "daysOfWeek": [ "tue" ], "openingTime": "08:00:00", "closingTime": "16:30:00" } ] }',
    '{ "resourceType": "Location", "id": "loc-[85117]", "name": "Flint Hills Nerve & Pain Center", "address": { "line": [ "[10550] Quivira Rd", "Suite 300" ], "city": "Overland Park", "state": "KS", "postalCode": "[66215]" } }',
  ].join('\n'),
});

// ── 25. Provider Directory: the public "Find a provider" results ──
const findProvider = table({
  id: 's106-findprov',
  kind: 's106-provider-directory-search-results-grid',
  caption: 'Find a provider — "pain medicine" near 66215 — 6 results',
  headers: ['Provider', 'Specialty', 'Address', 'Distance', 'Network', 'New patients'],
  rows: [
    [
      'Kelly Straub, MD',
      'Interventional Pain',
      '[10550] Quivira Rd Ste 300, Overland Park, KS [66215]',
      '0.4 mi',
      'PPO, HMO',
      'Yes',
    ],
    ['Kelly Straub, MD', 'Interventional Pain', '102 Main St, Elmo, MO [64445]', '112 mi', 'PPO', 'Tue only'],
    ['Arun Desai, DO', 'Physical Med & Rehab', '8901 W 74th St, Merriam, KS [66204]', '3.1 mi', 'PPO, HMO, MA', 'Yes'],
    [
      'Northland Spine & Nerve',
      'Pain Medicine (group)',
      '2800 Clay Edwards Dr, North Kansas City, MO [64116]',
      '19.8 mi',
      'PPO',
      'No',
    ],
    ['Miriam Holt, MD', 'Neurology', '4320 Wornall Rd, Kansas City, MO [64111]', '11.2 mi', 'HMO, MA', 'Yes'],
    [
      'Shawnee Mission Pain Clinic',
      'Pain Medicine',
      '9100 W 74th St, Shawnee Mission, KS [66204]',
      '3.3 mi',
      'MA',
      'Waitlist',
    ],
  ],
});

// ── 26. Developer portal: ExplanationOfBenefit reference page ──
const eobRef = lines({
  id: 's106-eobref',
  kind: 's106-devportal-eob-endpoint-reference-page',
  before: 'API Reference › Patient Access › ExplanationOfBenefit (CARIN Blue Button 2.0.0)',
  text: [
    'GET /ExplanationOfBenefit/{id}    GET /ExplanationOfBenefit?patient={id}[&service-date][&type][&_lastUpdated][&_include=ExplanationOfBenefit:coverage]',
    'Professional claims carry the CPT/HCPCS code of each line in item.productOrService. Facility claims carry the revenue code in item.revenue and, where billed, the CPT code in item.productOrService (e.g. {64714} on an outpatient surgery claim).',
    'A drug given with a procedure, such as J0585 with {64612}, is its own item; add the items up yourself when you show a total.',
    'Line codes are kept as billed: a 2017 claim may carry any neuroplasty code in the {64702}–{64727} range, or the unlisted {64999}.',
    'Claims with dates of service from 2016-01-01 are available, as 45 CFR and CMS-9115-F require; earlier claims return an empty Bundle.',
    'Example: GET https://api.tallgrasshealth.com/fhir/R4/ExplanationOfBenefit?patient=pt-[50107]&service-date=ge2025-01-01&type=professional',
    'Sandbox patient pt-[50107] has 41 EOBs, among them a facial chemodenervation ({64612}) and a lumbar plexus neuroplasty ({64714}).',
  ].join('\n'),
});

// ── 27. Developer portal: search parameter table ──
const searchParams = table({
  id: 's106-params',
  kind: 's106-devportal-eob-search-parameters-table',
  caption: 'Supported search parameters',
  headers: ['Parameter', 'Type', 'Example', 'Notes'],
  rows: [
    ['patient', 'reference', 'pt-[50107]', 'Required unless _id is given'],
    ['provider', 'reference', 'Practitioner/prac-[94018]', 'Rendering or billing provider'],
    ['service-date', 'date', 'ge2025-01-01', 'Matches billablePeriod or item.servicedDate'],
    [
      'identifier',
      'token',
      'https://tallgrasshealth.com/claim|2509104417301',
      'Claim number as printed on the paper EOB',
    ],
    ['type', 'token', 'professional', 'professional | institutional | pharmacy | oral'],
    ['_lastUpdated', 'date', 'gt2025-10-01T00:00:00Z', 'For incremental pulls'],
    ['_count', 'number', '50', 'Max 200; larger values return OperationOutcome TG-[40009]'],
    [
      'service-code',
      'token',
      'http://www.ama-assn.org/go/cpt|{64612}',
      'Tallgrass extension, not in CARIN BB; one code per request',
    ],
  ],
});

// ── 28. Sandbox: test members table ──
const sandboxMembers = table({
  id: 's106-sbmembers',
  kind: 's106-sandbox-synthetic-test-members-table',
  caption: 'Sandbox test data — synthetic members (no real PHI)',
  headers: ['Test member', 'Member ID', 'DOB', 'ZIP', 'Plan', 'Use it for'],
  rows: [
    [
      'Donna Reese',
      'TGH884201337',
      '1961-04-22',
      '[64632]',
      'PPO Gold',
      'CRD auth-needed for {64712}; PAS certifies A1, pends {69990}',
    ],
    [
      'Gloria Okafor',
      'TGH771030452',
      '1958-09-30',
      '[66101]',
      'HMO Silver',
      'Patient Access: 41 EOBs incl. {64612} and {64714}',
    ],
    ['Walt Brenner', 'TGH503318820', '1949-12-02', '[64152]', 'Medicare Advantage', 'PAS pended A4 for {64632} x2'],
    [
      'Luis Cardenas',
      'TGH902117640',
      '1977-03-15',
      '[66106]',
      'PPO Bronze',
      'Payer-to-payer: prior coverage at Prairie Summit',
    ],
    [
      'Test Termed',
      'TGH000000019',
      '2000-01-01',
      '[66210]',
      'Termed 12/31/2024',
      'CRD returns not-covered; PAS gives 403 TG-[40032]',
    ],
    [
      'Ana Ruiz',
      'TGH618402275',
      '1990-07-07',
      '[66062]',
      'HMO Silver',
      'DTR: no prior block on file, question 2 is manual',
    ],
    [
      'Ray Tompkins',
      'TGH240117736',
      '1968-02-11',
      '[64068]',
      'PPO Gold',
      'CRD conditional for {64714}: ASC suggestion card',
    ],
  ],
});

// ── 29. Sandbox: CRD test scenarios ──
const crdScenarios = table({
  id: 's106-crdscen',
  kind: 's106-sandbox-crd-test-scenarios-table',
  caption: 'CRD test scenarios — send these orders to the sandbox hooks',
  headers: ['#', 'Hook', 'Order code', 'POS', 'Expected card', 'coverage-information'],
  rows: [
    ['1', 'order-sign', '{64712}', '22', 'Prior auth required (warning)', 'covered / auth-needed / clinical'],
    ['2', 'order-sign', '{64445}', '22', 'none (systemAction only)', 'covered / no-auth'],
    ['3', 'order-select', '{64632}', '11', 'Prior auth required + DTR link', 'covered / auth-needed / clinical'],
    ['4', 'appointment-book', '{64612}', '11', 'Documentation reminder', 'covered / no-auth / admin'],
    ['5', 'order-sign', '{64714}', '22', 'Site of service: ASC suggested', 'conditional / auth-needed'],
    ['6', 'order-sign', '{64713}', '22', 'none (no rule configured)', '—'],
    ['7', 'order-dispatch', '{64640}', '11', 'Frequency: 2 per 12 months', 'covered / satisfied'],
    ['8', 'order-sign', '{64708}', '22', 'none; rule CR-[30211] retired 2025-01-01', '—'],
    ['9', 'order-sign', '{64455}', '11', 'Frequency: 3 per 12 months', 'covered / no-auth'],
  ],
});

// ── 30. Developer portal: coverage rules catalog ──
const rulesCatalog = table({
  id: 's106-rules',
  kind: 's106-devportal-coverage-rules-catalog-table',
  caption: 'Coverage rules published to CRD and DTR (peripheral nerve)',
  headers: ['Svc', 'Short description', 'PA', 'DTR questionnaire', 'Rule', 'Eff.'],
  rows: [
    ['{64712}', 'Neuroplasty sciatic n.', 'Y', 'pa-sciatic-neuroplasty', 'CR-[30065]', '2024-01-01'],
    ['{64714}', 'Neuroplasty lumbar plexus', 'Y', 'pa-sciatic-neuroplasty', 'CR-[30067]', '2024-01-01'],
    ['{64632}', 'Destr. plantar digital n.', 'Y', 'pa-plantar-neurolysis', 'CR-[31402]', '2025-10-15'],
    ['{64640}', 'Destr. other periph. n.', 'Y', 'pa-plantar-neurolysis', 'CR-[31403]', '2025-10-15'],
    ['{64445}', 'Sciatic block, single', 'N', '—', 'CR-[30016]', '2023-07-01'],
    ['{64446}', 'Sciatic block, continuous', 'N', '—', 'CR-[30017]', '2023-07-01'],
    ['{64455}', 'Plantar common digital n. inj.', 'N', '—', 'CR-[30291]', '2025-10-15'],
    ['{64612}', 'Chemodenerv. facial n.', 'N (Medicaid Y)', 'pa-chemodenervation', 'CR-[30109]', '2024-04-01'],
    ['{64615}', 'Chemodenerv. migraine', 'Y', 'pa-chemodenervation', 'CR-[30118]', '2024-04-01'],
  ],
});

// ── 31. API changelog ──
const changelog = lines({
  id: 's106-changelog',
  kind: 's106-devportal-api-changelog-text',
  before: 'Changelog — Tallgrass FHIR APIs',
  text: [
    'v3.4.0 — 2025-10-15',
    'Added: CRD rules for plantar digital nerve destruction ({64632}) and other peripheral nerve destruction ({64640}); both return auth-needed.',
    'Added: Questionnaire pa-sciatic-neuroplasty 3.1 fills question 2 from Procedure resources coded {64445} or {64446}.',
    'Changed: PAS $submit answers 202 and sends a Subscription notification when any item pends (was a synchronous A4).',
    'Fixed: "code-invalid" OperationOutcome returned for {64714} with modifier 50 (API-[64714]).',
    'Fixed: EOB item.productOrService had no display for codes {64600}–{64681} (API-[65032]).',
    'v3.3.2 — 2025-08-27',
    'Fixed: DTR prefill ignored Procedure.code {64450} and {64455} when the EHR coded them in SNOMED first (DTR-[61940]).',
    'Fixed: the X12 278 translation dropped SV1 modifiers on {64612} and {64615} lines.',
    'Deprecated: /v2/priorauth/lookup (SOAP). Use Claim/$inquire; removal in release [26011] (March 2026).',
    'Security: access tokens live 3600 s; refresh tokens rotate on use.',
  ].join('\n'),
});

// ── 32. Error payload: OperationOutcome, JSON ──
const opOutcome = lines({
  id: 's106-oo',
  kind: 's106-pas-submit-operationoutcome-error-json',
  before: 'HTTP/1.1 422 Unprocessable Entity   Content-Type: application/fhir+json',
  text: [
    '{ "resourceType": "OperationOutcome", "issue": [',
    '  { "severity": "error", "code": "code-invalid",',
    '    "details": { "coding": [ { "system": "https://api.tallgrasshealth.com/fhir/CodeSystem/tg-error", "code": "TG-[40014]" } ], "text": "Procedure code {64713} is not a covered service for line of business MA-HMO" },',
    '    "diagnostics": "Claim.item[0].productOrService.coding[0].code = {64713}; sciatic nerve neuroplasty is {64712}",',
    '    "expression": [ "Bundle.entry[0].resource.item[0].productOrService" ] },',
    '  { "severity": "warning", "code": "business-rule",',
    '    "details": { "text": "supportingInfo has no QuestionnaireResponse for item 2 ({64445}); accepted without documentation" } },',
    '  { "severity": "information", "code": "informational", "diagnostics": "correlation-id 4be1-[20061]; client app [64632]; validator build [12029]" } ] }',
  ].join('\n'),
});

// ── 33. Developer portal: error code reference table ──
const errorCodes = table({
  id: 's106-errcodes',
  kind: 's106-devportal-error-code-reference-table',
  caption: 'Error codes returned in OperationOutcome.issue.details',
  headers: ['HTTP', 'Error', 'issue.code', 'Message', 'Typical cause'],
  rows: [
    ['400', 'TG-[40003]', 'structure', 'Bundle is not a valid PAS request', 'Claim is not the first entry'],
    ['401', 'TG-[40018]', 'login', 'Access token expired', 'Token older than 3600 s'],
    ['403', 'TG-[40032]', 'forbidden', 'Member not eligible on date of service', 'Coverage termed'],
    [
      '422',
      'TG-[40014]',
      'code-invalid',
      'Procedure code {64713} is not a covered service for line of business MA-HMO',
      'Code not on the benefit plan; ask CRD first',
    ],
    [
      '422',
      'TG-[40051]',
      'business-rule',
      'Units > 1 not allowed with {64612}; bill both sides with modifier 50',
      'Facial chemodenervation is per side',
    ],
    ['429', 'TG-[42900]', 'throttled', 'Rate limit exceeded', 'More than 10,000 requests in an hour'],
    ['500', 'TG-[50000]', 'exception', 'Unexpected error', 'Quote the correlation id to support'],
  ],
});

// ── 34. Developer portal: app registration page ──
const appReg = lines({
  id: 's106-appreg',
  kind: 's106-devportal-app-registration-details-page',
  before: 'My Apps › Flint Hills PA Connector',
  text: [
    'App ID: [64632]   Status: Approved for production (11/04/2025)   Environments: Sandbox, Production',
    'Client ID: fhnpa-7d1e0c9b3a   Client type: confidential (private_key_jwt)   JWKS: https://ehr.flinthillsnerve.org/.well-known/jwks.json',
    'Redirect URIs: https://ehr.flinthillsnerve.org:[44300]/smart/callback   https://localhost:8443/callback',
    'Scopes: system/Claim.c system/ClaimResponse.r system/Coverage.r user/Questionnaire.r launch openid fhirUser',
    'Use case (as submitted): CRD, DTR and PAS for sciatic neuroplasty {64712}, lumbar plexus neuroplasty {64714} and plantar nerve destruction {64632}',
    'Sandbox calls this month: [12034] of [50000]   Production calls: 3,118',
    'Linked sandbox patients: pt-[50021], pt-[50107], pt-[50184]',
    'Support case: DEV-[55094] (opened 10/29/2025, "PAS 422 on {64713}")',
  ].join('\n'),
});

// ── 35. Developer portal: rate limits page ──
const rateLimits = lines({
  id: 's106-ratelimit',
  kind: 's106-devportal-rate-limits-page',
  before: 'Guides › Rate limits and quotas',
  text: [
    'Every client gets 10,000 requests per rolling hour in production and 1,000 in the sandbox.',
    'Response headers: X-RateLimit-Limit: [10000]   X-RateLimit-Remaining: 9874   X-RateLimit-Reset: 1763488800',
    'Past the limit you get HTTP 429, an OperationOutcome TG-[42900] and a Retry-After header in seconds.',
    'Example body: { "resourceType": "OperationOutcome", "issue": [ { "severity": "error", "code": "throttled", "details": { "text": "TG-[42900] limit [10000]/h reached for client fhnpa-7d1e0c9b3a" } } ] }',
    'Bulk $export: 5 concurrent jobs per client; a job still running after 24 h is cancelled and its files kept for [86400] s.',
    'CRD hooks are exempt from the hourly limit but must answer within 5 s; PAS $submit is limited to 1 request per second per member.',
    'Need more? Ask for an increase under My Apps › Limits; approvals usually go up to [25000] per hour.',
  ].join('\n'),
});

// ── 36. Status page ──
const statusPage = lines({
  id: 's106-status',
  kind: 's106-api-status-page-incidents',
  before: 'status.tallgrasshealth.com — Tallgrass Developer Platform',
  text: [
    'Patient Access API (CARIN BB) · Operational · 99.98% uptime, last 90 days',
    'CRD (CDS Hooks) · Operational · p95 612 ms · [31540] hook calls today',
    'Scheduled maintenance: Nov 23, 01:00–03:00 CST, PAS sandbox only (change CHG-[41120])',
    'PAS (Claim/$submit, $inquire) · Degraded performance',
    'Incident INC-[64612] — Elevated PAS $submit latency — Monitoring',
    'Nov 18, 10:42 CST — A fix is deployed; p95 is back to 1.9 s. [12169] requests sent between 09:15 and 10:30 timed out and should be resubmitted.',
    'Nov 18, 09:31 CST — Investigating: PAS requests with more than one item (for example {64712} with {69990}) take over 15 s in the X12 278 translation.',
    'Past incidents: INC-[64497] Provider Directory ZIP index stale (Nov 2) · INC-[64485] Sandbox token outage (Oct 21)',
  ].join('\n'),
});

// ── 37. Developer dashboard: API usage by endpoint ──
const usage = table({
  id: 's106-usage',
  kind: 's106-devportal-api-usage-by-endpoint-table',
  caption: 'Usage — Flint Hills PA Connector — last 30 days',
  headers: ['Endpoint', 'Calls (30 d)', '4xx', '5xx', 'p95 (ms)', 'Avg size (KB)'],
  rows: [
    ['POST /cds-services/tg-crd-order-sign', '[48086]', '312', '4', '842', '6.1'],
    ['POST /cds-services/tg-crd-order-select', '[27144]', '95', '2', '611', '5.4'],
    ['POST /Claim/$submit', '[10147]', '488', '19', '1920', '31.7'],
    ['POST /Claim/$inquire', '[13358]', '61', '0', '710', '9.7'],
    ['GET /ExplanationOfBenefit', '[88109]', '1044', '7', '390', '12.8'],
    ['GET /PractitionerRole', '[20917]', '12', '0', '205', '3.3'],
    ['POST /Patient/$member-match', '1144', '9', '0', '1310', '4.2'],
    ['GET /Questionnaire/{id}', '[22417]', '3', '0', '118', '14.6'],
  ],
});

// ── 38. Developer community Q&A thread ──
const forum = lines({
  id: 's106-forum',
  kind: 's106-developer-community-qa-thread',
  before: 'Tallgrass Developer Community › CRD › Why no cards for 64445?',
  text: [
    'Post #[64445] · kstraub_fhn · Nov 12',
    'Our order-sign call for a sciatic block, CPT {64445}, comes back with "cards": [] while {64712} gets the PA warning. Is the block not set up?',
    'TG_API_Support (Staff) · Nov 12 — Working as designed. {64445} needs no auth, so since v3.2 we send only a systemAction with coverage-information (covered / no-auth) and no card.',
    'kstraub_fhn · Nov 13 — Thanks. Same for {64446} and ultrasound guidance {76942}?',
    'kstraub_fhn · Nov 13 — Also: do we still send modifier 59 on {64445} when it is the same day as {64712}? PAS gave TG-[40051] once.',
    'TG_API_Support (Staff) · Nov 13 — Yes, both no-auth. You will still get a card for {64632} and {64640}; they need auth. See changelog v3.4.0 and case DEV-[55102].',
    'TG_API_Support (Staff) · Nov 14 — Report {64445} with modifier 59 only when the block is for post-op pain and not the anesthetic; TG-[40051] was the old edit, retired in v3.4.0.',
    'Accepted answer · 5 replies · 212 views · thread [31877]',
  ].join('\n'),
});

// ── 39. EHR interface engine log: HL7 v2 order in, CRD hook out ──
const hl7Log = lines({
  id: 's106-hl7log',
  kind: 's106-ehr-interface-engine-hl7-to-crd-log',
  before: 'Interface engine — channel ORM_TO_CRD — message log',
  text: [
    '2025-11-18 09:41:57.204 [ORM-IN] MSH|^~\\&|EPIC|FHN|CRDGW|TGH|20251118094157||ORM^O01|[88015]|P|2.5.1',
    'PID|1||E1047731^^^FHN^MR||REESE^DONNA^K||19610422|F|||RR 2 BOX 41^^CAINSVILLE^MO^[64632]',
    'ORC|NW|ORD[70136]^EPIC|||||||20251118094150',
    'OBR|1|ORD[70136]^EPIC||{64712}^NEUROPLASTY MAJOR PERIPH NERVE SCIATIC^CPT|||20251209',
    'OBR|2|ORD[70137]^EPIC||{69990}^OPERATING MICROSCOPE^CPT|||20251209',
    'DG1|1||G57.01^Lesion of sciatic nerve, right lower limb^I10',
    'IN1|1|TGPPO|[48090]|TALLGRASS HEALTH PLAN||||[64714]|FLINT HILLS REGIONAL SCHOOLS',
    '2025-11-18 09:41:57.390 [CRD-OUT] order-sign → https://crd.tallgrasshealth.com/cds-services/tg-crd-order-sign',
    '2025-11-18 09:41:58.002 [CRD-IN] 200 · 2 cards · 1 systemAction · auth-needed for {64712}, no-auth for {64445}',
  ].join('\n'),
});

// ── 40. Sandbox download: EOB lines as CSV ──
const csv = lines({
  id: 's106-csv',
  kind: 's106-sandbox-eob-lines-csv-download',
  before: 'sandbox_eob_lines_2025-11.csv',
  text: [
    'claim_id,line,member_id,svc_from,cpt_hcpcs,mod1,pos,billed,allowed,paid,member_zip',
    '2509104417301,1,TGH771030452,2025-03-04,{64612},LT,11,486.00,231.47,185.18,[66101]',
    '2509104417301,2,TGH771030452,2025-03-04,J0585,,11,312.50,294.00,294.00,[66101]',
    '2416300982214,1,TGH771030452,2024-06-11,{64714},,22,[18240].00,7958.53,6912.40,[66101]',
    '2511802210045,1,TGH884201337,2025-12-09,{64712},RT,22,4210.00,2106.37,2106.37,[64632]',
    '2511802210045,2,TGH884201337,2025-12-09,{69990},,22,690.00,0.00,0.00,[64632]',
    '2431700554120,1,TGH503318820,2024-11-12,{64632},LT,11,895.00,388.20,310.56,[64152]',
    '2431700554120,2,TGH503318820,2024-11-12,{76942},,11,210.00,61.18,48.94,[64152]',
    '2502200871133,1,TGH618402275,2025-01-20,{64445},RT,22,640.00,298.11,238.49,[66062]',
    '2502200871133,2,TGH618402275,2025-01-20,{64455},LT,22,310.00,96.40,77.12,[66062]',
  ].join('\n'),
});

// ── 41. CRD sandbox tester: request summary, key/value grid with no header ──
const crdTester = table({
  id: 's106-crdtester',
  kind: 's106-sandbox-crd-tester-request-summary-kv',
  caption: 'CRD Tester — last request',
  headers: ['', ''],
  rows: [
    ['Hook', 'appointment-book'],
    ['Patient', 'pt-[50107] (Gloria Okafor)'],
    ['Service', '{64612}'],
    ['Also on the appointment', '{64615}, {99214}'],
    ['Coverage', 'cov-[33050] · group [20418]'],
    ['Response', '200 · 1 card · 1,102 ms'],
  ],
});

export const sealed106: Snippet[] = [
  ...crdCards,
  ...coverageInfo,
  ...ehrCardPanel,
  ...crdRequest,
  ...dtrQuestionnaire,
  ...dtrCql,
  ...dtrForm,
  ...dtrResponseXml,
  ...valueSet,
  ...pasClaim,
  ...pasResponse,
  ...x12Request,
  ...x12Response,
  ...postman,
  ...ehrAuths,
  ...eobProf,
  ...eobInstXml,
  ...memberClaims,
  ...memberEob,
  ...eobSearch,
  ...memberMatch,
  ...exportStatus,
  ...ndjson,
  ...planNet,
  ...findProvider,
  ...eobRef,
  ...searchParams,
  ...sandboxMembers,
  ...crdScenarios,
  ...rulesCatalog,
  ...changelog,
  ...opOutcome,
  ...errorCodes,
  ...appReg,
  ...rateLimits,
  ...statusPage,
  ...usage,
  ...forum,
  ...hl7Log,
  ...csv,
  ...crdTester,
];
