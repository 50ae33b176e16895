import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 132 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s132-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes (E/M,
 * TCM and CCM codes, nerve-study, ultrasound-guidance and other nerve-block codes, code-range ends) are labelled as
 * codes too. About a third of the decoys are numbers of the synthetic 10,000-code set (KNOWN_10K) used as Ohio and
 * Kentucky ZIPs, local MRNs, visit, document, alert, referral, task, consent-case and HIE organisation ids, OID arcs,
 * a LOINC code, form revisions and HL7 message control ids. The five known codes' digits come back as decoys: PO
 * boxes of the HIE and of a roster member and a participant, a visit number, a document id, a CDA setId and a local
 * performer id, an audit event id, an ENS alert number, a consent record number, a consent case, an auth number, a
 * participant org id, a failed Direct message id, a contract number and a neighbour's MRN.
 *
 * Family: a regional health information exchange and the care coordination around a peripheral-nerve surgery
 * patient: the clinical viewer (patient search by name, DOB and ZIP with MPI ids, the patient banner, encounter
 * timeline, document list, claims-history tab, outside-records reconciliation), a C-CDA continuity-of-care document
 * as XML (header, Procedures with CPT codeSystem 2.16.840.1.113883.6.12, Results with LOINC) and as the viewer
 * renders it (Procedures, Problems with SNOMED CT and ICD-10-CM, Results, Encounters, Plan of Treatment) and printed
 * to PDF, HL7 v2 ADT A01, A03 (with PR1 segments) and A04 messages, the interface engine's NAK queue, the encounter
 * notification service (alert e-mail, portal alert inbox, subscription settings, roster upload CSV, monthly
 * utilization report), a care manager's referral-tracking grid, referral detail panel, progress note and
 * transition-of-care worklist, a Direct secure messaging inbox, an opened message with attachments and its XDM
 * metadata, a query-based exchange audit log and its CSV export, a consent/opt-out record and the privacy office's
 * consent queue, a FHIR R4 Bundle of Procedures, Patient and Encounter resources and the API request log, the EMPI
 * duplicate review task, the participant directory and a participant profile, and a code-validation data quality
 * scorecard.
 * Built on real public layouts: the HL7 C-CDA R2.1 sample CCD (ClinicalDocument header, Procedures section template
 * 2.16.840.1.113883.10.20.22.2.7.1, Results organizer and observations), HL7 v2.5.1 ADT segments (MSH, EVN, PID,
 * PV1, PV2, DG1, PR1 with coding system C4, IN1, GT1), the IHE XDM METADATA.XML ebRIM slots and XDS eventCodeList
 * classification, IHE ITI transaction names (ITI-18, -42, -43, -55) in HIE access audits, the FHIR R4 searchset
 * Bundle with Procedure.code system http://www.ama-assn.org/go/cpt, the CRISP and HealthBridge encounter
 * notification service alerts and panel rosters, and the Epic Care Everywhere "Reconcile Outside Information" list.
 * The others are written the way those pages read, with no single source.
 *
 * 399 labelled tokens over 42 shapes: 146 codes, 253 decoys, 94 of the decoys in KNOWN_10K.
 */

// ── 1. Clinical viewer patient search, results grid (decoy heavy) ──
const patientSearch = table({
  id: 's132-ptsearch',
  kind: 's132-hie-viewer-patient-search-results-grid',
  caption:
    'Patient Search — Last Name: KOWALSKI  First: D*  DOB: 03/11/1958  ZIP: 45219   5 results (sorted by match score)',
  headers: ['', 'Patient Name', 'DOB', 'Sex', 'Address', 'ZIP', 'Local MRN', 'Source Facility', 'MPI ID', 'Score'],
  rows: [
    [
      '☐',
      'KOWALSKI, DOROTHY A',
      '03/11/1958',
      'F',
      '2715 VINE ST APT 3',
      '[45219]',
      '[88224]',
      'OVH Mercy Anderson',
      '100483921',
      '98',
    ],
    [
      '☐',
      'KOWALSKI, DOROTHY ANN',
      '03/11/1958',
      'F',
      '2715 Vine Street #3',
      '[45219]-2906',
      'E4471023',
      'UC Health West Chester',
      '100483921',
      '97',
    ],
    [
      '☐',
      'KOWALSKI, DOROTHY',
      '03/11/1958',
      'F',
      'PO BOX 1187',
      '[45201]',
      '[40552]',
      'Christ Hosp Ortho Clinic',
      '100483921',
      '91',
    ],
    [
      '☐',
      'KOWALSKI, DONNA M',
      '03/11/1985',
      'F',
      '412 Amity Rd',
      '[45215]',
      '[70476]',
      'TriHealth Good Samaritan',
      '100611704',
      '62',
    ],
    [
      '☐',
      'KOWALSKI, DANIEL',
      '11/03/1958',
      'M',
      '88 Lakeview Dr',
      '[41042]',
      'SE-[64714]',
      'St Elizabeth Florence',
      '100277315',
      '55',
    ],
  ],
});

// ── 2. Patient banner across the top of the viewer, text layer ──
const banner = lines({
  id: 's132-banner',
  kind: 's132-viewer-patient-banner-header-text',
  before: 'Ohio Valley Health Connect — Community Health Record',
  text: [
    'KOWALSKI, DOROTHY A   F   67 y   DOB 03/11/1958   MPI 100483921   Sources: 6',
    'Addr: 2715 Vine St Apt 3, Cincinnati OH [45219]   Ph (513) 555-0147   Lang: English',
    'PCP: Renee Okafor MD (NPI 1396027418), Clifton Family Med, 311 Straight St, Cincinnati OH [45223]',
    'Payer: CareSource Medicaid  Member ID 106482277 01  Group [45237]',
    'Consent: OPT-IN (community default)   Last encounter: 02/14/2026 OVH Mercy Anderson – Inpatient',
    'Care team alerts: 3 unread   Care manager: J. Ferris RN (TriHealth ACO, pod [40211])',
  ].join('\n'),
});

// ── 3. Encounter timeline grid with a procedures column ──
const encounters = table({
  id: 's132-enclist',
  kind: 's132-viewer-encounter-history-timeline-grid',
  caption: 'Encounters (last 24 months) — all sources',
  headers: ['Date', 'Type', 'Facility', 'Attending', 'Dx', 'Proc/CPT', 'Visit #'],
  rows: [
    ['02/14/2026', 'IP', 'OVH Mercy Anderson', 'Haddad, S', 'G57.02', '{64712}, {64445}', 'V-[44246]'],
    ['01/20/2026', 'OP Surg', 'Christ Hosp Ortho ASC', 'Haddad, S', 'G57.62', '{64632}', '[43224]'],
    ['11/05/2025', 'OV', 'Christ Hosp Ortho Clinic', 'Haddad, S', 'M79.2', '{99204}; {95910}; {95886}', '[45661]'],
    ['09/30/2025', 'OP', 'UC Health Neurology', 'Liang, P', 'G51.31', '{64612} x1', '[41569]'],
    ['08/12/2025', 'ED', 'TriHealth Good Samaritan', 'Brandt, K', 'M54.41', '{99284}', '[30662]'],
    ['06/03/2025', 'OP Surg', 'OVH Mercy Anderson', 'Haddad, S', 'M54.16', '{64714}', '[64612]'],
  ],
});

// ── 4. Document list in the viewer ──
const docList = table({
  id: 's132-doclist',
  kind: 's132-viewer-clinical-document-list-grid',
  caption: 'Documents (14) Filter: All types | All sources | Last 12 mo',
  headers: ['Doc Date', 'Document Type', 'Title', 'Author', 'Source', 'Doc ID', 'Size'],
  rows: [
    ['02/15/2026', 'CCD', 'Continuity of Care Document', 'Haddad, Samir MD', 'OVH Mercy', '[44356]', '212 KB'],
    [
      '02/14/2026',
      'Op Note',
      'Sciatic neurolysis w/ block ({64712}/{64445})',
      'Haddad, Samir MD',
      'OVH Mercy',
      '[45498]',
      '38 KB',
    ],
    ['02/14/2026', 'Anes Rec', 'Regional anesthesia record', 'Tran, V CRNA', 'OVH Mercy', '[64632]', '19 KB'],
    [
      '01/20/2026',
      'Op Note',
      'Neurolysis plantar digital n., L 3rd web space',
      'Haddad, Samir MD',
      'Christ ASC',
      '[71102]',
      '24 KB',
    ],
    ['09/30/2025', 'Proc Note', 'BOTOX L facial n. {64612}', 'Liang, Ping MD', 'UC Health', '[40523]', '16 KB'],
    ['08/12/2025', 'Lab', 'BMP / CBC', 'Lab, auto', 'TriHealth', '[52381]', '11 KB'],
  ],
});

// ── 5. C-CDA Procedures section, XML as the viewer's "View source" shows it ──
const ccdaProcXml = lines({
  id: 's132-procxml',
  kind: 's132-ccda-procedures-section-xml-source',
  before: '<section><templateId root="2.16.840.1.113883.10.20.22.2.7.1" extension="2014-06-09"/>',
  text: [
    '<code code="[47519]-4" codeSystem="2.16.840.1.113883.6.1" displayName="History of Procedures"/>',
    '<id root="1.3.6.1.4.1.[21367].2026.7" extension="PROC-[45433]"/>',
    '<code code="{64712}" codeSystem="2.16.840.1.113883.6.12" codeSystemName="CPT-4" displayName="Neuroplasty major peripheral nerve arm or leg open sciatic nerve"/>',
    '  <originalText><reference value="#Proc1"/></originalText>',
    '  <translation code="{64445}" codeSystem="2.16.840.1.113883.6.12" displayName="Injection anesthetic agent sciatic nerve single"/>',
    '<code code="{64714}" codeSystem="2.16.840.1.113883.6.12" displayName="NEUROPLASTY LUMBAR PLEXUS"/>',
    '<effectiveTime value="20250603"/><performer><assignedEntity><id root="2.16.840.1.113883.3.[45263].3" extension="[64712]"/>',
    '<code code="{64632}" codeSystem="2.16.840.1.113883.6.12"><originalText>Destr neurolytic plantar common digital nerve</originalText></code>',
    '<performer><assignedEntity><addr><postalCode>[45204]</postalCode></addr></assignedEntity></performer>',
  ].join('\n'),
});

// ── 6. C-CDA Procedures section as the viewer renders it ──
const ccdaProcView = table({
  id: 's132-procview',
  kind: 's132-ccda-procedures-rendered-table',
  caption: 'PROCEDURES — Continuity of Care Document, OVH Mercy Anderson, 02/15/2026',
  headers: ['Procedure', 'Code', 'Code System', 'Date', 'Performer', 'Status'],
  rows: [
    ['Neuroplasty, sciatic nerve, left', '{64712}', 'CPT-4', '02/14/2026', 'Samir Haddad, MD', 'completed'],
    [
      'Sciatic nerve block, single inj (post-op analgesia)',
      '{64445}',
      'CPT-4',
      '02/14/2026',
      'Vy Tran, CRNA',
      'completed',
    ],
    ['Neuroplasty, lumbar plexus', '{64714}', 'CPT', '06/03/2025', 'Samir Haddad, MD', 'completed'],
    [
      'Neurolytic destruction, plantar common digital nerve',
      '{64632}',
      'CPT-4',
      '01/20/2026',
      'Samir Haddad, MD',
      'completed',
    ],
    ['Chemodenervation facial nerve unilat', '{64612}', 'CPT-4', '09/30/2025', 'Ping Liang, MD', 'completed'],
    ['US guidance for needle placement', '{76942}', 'CPT-4', '02/14/2026', 'Vy Tran, CRNA', 'completed'],
    ['Nerve conduction studies, 5-6 studies', '{95910}', 'CPT-4', '11/05/2025', 'Samir Haddad, MD', 'completed'],
  ],
});

// ── 7. C-CDA header, XML (document ids, author, custodian address) ──
const ccdaHeader = lines({
  id: 's132-ccdahdr',
  kind: 's132-ccda-document-header-xml',
  before:
    '<?xml version="1.0" encoding="UTF-8"?><ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:sdtc="urn:hl7-org:sdtc">',
  text: [
    '<templateId root="2.16.840.1.113883.10.20.22.1.2" extension="2015-08-01"/>',
    '<id root="2.16.840.1.113883.3.[45263].2.1" extension="CCD-[44356]"/>',
    '<setId root="2.16.840.1.113883.3.[45263].2.1" extension="[64445]"/><versionNumber value="3"/>',
    '<patientRole><id root="2.16.840.1.113883.3.[45263].1" extension="[88224]"/>',
    '<addr use="HP"><streetAddressLine>2715 VINE ST APT 3</streetAddressLine><city>CINCINNATI</city><state>OH</state><postalCode>[45219]</postalCode></addr>',
    '<custodian><assignedCustodian><representedCustodianOrganization><id root="2.16.840.1.113883.4.6" extension="1841290375"/>',
    '<addr><streetAddressLine>7500 State Rd</streetAddressLine><city>Cincinnati</city><state>OH</state><postalCode>[45255]</postalCode></addr>',
  ].join('\n'),
});

// ── 8. Problems section rendered (SNOMED / ICD-10, codes only in the comment) ──
const problems = table({
  id: 's132-problems',
  kind: 's132-ccda-problem-list-rendered-table',
  caption: 'PROBLEMS (active and resolved)',
  headers: ['Problem', 'SNOMED CT', 'ICD-10-CM', 'Onset', 'Status', 'Comment', 'Entry'],
  rows: [
    [
      'Lesion of sciatic nerve, left',
      '3660005',
      'G57.02',
      '2024',
      'Active',
      's/p neurolysis {64712} 2/14/26',
      '[40700]',
    ],
    [
      'Morton neuroma, left foot',
      '30085007',
      'G57.62',
      '07/2025',
      'Resolved',
      'rx {64632} 1/20/26; f/u 6 wk',
      '[45730]',
    ],
    ['Hemifacial spasm', '193093009', 'G51.31', '2023', 'Active', 'botox q12wk ({64612}, J0585 x 50u)', '[41738]'],
    ['Lumbar radiculopathy', '128196005', 'M54.16', '2022', 'Inactive', 'plexus neuroplasty 6/2025', '[83127]'],
    ['Type 2 diabetes mellitus w/ neuropathy', '421326000', 'E11.40', '2016', 'Active', 'A1c q3mo', '[45184]'],
  ],
});

// ── 9. Results section rendered (LOINC codes, some of five digits) ──
const results = table({
  id: 's132-results',
  kind: 's132-ccda-results-rendered-lab-table',
  caption: 'RESULTS — Pre-op labs (02/13/2026 06:40) OVH Mercy Anderson Lab — BMP, CBC, HbA1c',
  headers: ['Test', 'LOINC', 'Value', 'Units', 'Ref Range', 'Flag'],
  rows: [
    ['Creatinine', '2160-0', '1.08', 'mg/dL', '0.57-1.00', 'H'],
    ['eGFR (CKD-EPI 2021)', '[98979]-8', '57', 'mL/min/1.73m2', '>59', 'L'],
    ['Glucose', '2345-7', '142', 'mg/dL', '70-99', 'H'],
    ['Hematocrit', '[20570]-8', '38.1', '%', '34.0-46.6', ''],
    ['Hemoglobin A1c', '4548-4', '7.4', '%', '<5.7', 'H'],
    ['Calcium', '[17861]-6', '9.1', 'mg/dL', '8.6-10.2', ''],
    ['Specimen ID', '', 'L[26044]-[41880]', '', '', ''],
  ],
});

// ── 10. Results section, XML ──
const resultsXml = lines({
  id: 's132-resxml',
  kind: 's132-ccda-results-observation-xml',
  before: '<section><templateId root="2.16.840.1.113883.10.20.22.2.3.1"/><code code="30954-2"/><title>RESULTS</title>',
  text: [
    '<organizer classCode="BATTERY" moodCode="EVN"><id root="7d5a02b0-67a4-11db-bd13-0800200c9a66" extension="[43506]"/>',
    '<code code="[51990]-0" codeSystem="2.16.840.1.113883.6.1" displayName="Basic metabolic panel - Blood"/>',
    '<observation classCode="OBS" moodCode="EVN"><code code="2160-0" codeSystem="2.16.840.1.113883.6.1" displayName="Creatinine [Mass/volume] in Serum or Plasma"/>',
    '<value xsi:type="PQ" value="1.08" unit="mg/dL"/><interpretationCode code="H" codeSystem="2.16.840.1.113883.5.83"/>',
    '<observation classCode="OBS" moodCode="EVN"><code code="[98979]-8" codeSystem="2.16.840.1.113883.6.1" displayName="Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI 2021)"/>',
    '<author><assignedAuthor><id root="2.16.840.1.113883.4.6" extension="1598776023"/><addr><postalCode>[45255]</postalCode></addr></assignedAuthor></author>',
  ].join('\n'),
});

// ── 11. Encounters section rendered ──
const encSection = table({
  id: 's132-encsect',
  kind: 's132-ccda-encounters-section-rendered-table',
  caption: 'ENCOUNTERS',
  headers: ['Encounter', 'Code', 'Date(s)', 'Location', 'Location Address', 'Diagnosis'],
  rows: [
    [
      'Inpatient admission',
      '{99223}',
      '02/13/2026 – 02/15/2026',
      'OVH Mercy Anderson 4 West',
      '7500 State Rd, Cincinnati OH [45255]',
      'G57.02 Lesion of sciatic nerve, left',
    ],
    [
      'Discharge day mgmt',
      '{99238}',
      '02/15/2026',
      'OVH Mercy Anderson',
      '7500 State Rd, Cincinnati OH [45255]',
      'G57.02',
    ],
    [
      'Office visit, new pt',
      '{99204}',
      '11/05/2025',
      'Christ Hosp Ortho Clinic',
      '2139 Auburn Ave, Cincinnati OH [45219]',
      'M79.2 Neuralgia',
    ],
    [
      'Outpatient procedure',
      '{64632}',
      '01/20/2026',
      'Christ Hosp Ortho ASC',
      '2123 Auburn Ave Ste 222, Cincinnati OH [45219]',
      'G57.62',
    ],
    [
      'Office visit, est',
      '{99213}',
      '09/30/2025',
      'UC Health Neurology',
      '222 Piedmont Ave Ste 3200, Cincinnati OH [45219]',
      'G51.31',
    ],
  ],
});

// ── 12. Plan of Treatment section (planned procedure, moodCode RQO) ──
const planOfTx = lines({
  id: 's132-plan',
  kind: 's132-ccda-plan-of-treatment-section-text',
  before: 'PLAN OF TREATMENT',
  text: [
    'Planned procedure: Chemodenervation, facial nerve, unilateral (CPT {64612}) — requested 03/24/2026, status: active',
    '  <procedure classCode="PROC" moodCode="RQO"><code code="{64612}" codeSystem="2.16.840.1.113883.6.12"/>',
    'Planned encounter: post-op visit w/ Dr Haddad, 02/27/2026 (global period of {64712}, no charge)',
    'Referral: PT eval & treat, 2x/wk x 6 wk, TriHealth Rehab Montgomery, [10496] Montgomery Rd, Cincinnati OH [45242]',
    'Goal: ambulate 500 ft without AFO; pain ≤3/10 at 6 wk. Order # [45109].',
  ].join('\n'),
});

// ── 13. ADT^A01 admit message, HL7 v2 as the HIE's message viewer shows it ──
const adtA01 = lines({
  id: 's132-a01',
  kind: 's132-hl7v2-adt-a01-admit-message',
  before: 'Message Viewer — Inbound | Feed: MERCY_ADT | Received 02/13/2026 07:58:12',
  text: [
    'MSH|^~\\&|EPIC|MERCYAND|OVHC_ENS|OVHC|20260213075809||ADT^A01^ADT_A01|MA[45416]|P|2.5.1',
    'EVN|A01|20260213075500|||HADDADS^Haddad^Samir',
    'PID|1||[88224]^^^MERCYAND^MR~100483921^^^OVHC^PI||KOWALSKI^DOROTHY^A||19580311|F|||2715 VINE ST APT 3^^CINCINNATI^OH^[45219]^USA||(513)555-0147',
    'PV1|1|I|4W^412^A^MERCYAND||||1730291866^HADDAD^SAMIR^^^MD|||ORT||||1|||1730291866^HADDAD^SAMIR||V-[44246]|MCD',
    'PV2|||G57.02^Lesion of sciatic nerve, left lower limb^I10||||||||||||||||||Neurolysis sciatic {64712}',
    'IN1|1|CSMCD|[43291]|CARESOURCE|PO BOX 8730^^DAYTON^OH^[45401]||||||||||||||||||||||||||||||||106482277',
  ].join('\n'),
});

// ── 14. ADT^A03 discharge message with PR1 procedure segments ──
const adtA03 = lines({
  id: 's132-a03',
  kind: 's132-hl7v2-adt-a03-discharge-pr1-message',
  before: 'Message Viewer — Inbound | Feed: MERCY_ADT | Received 02/15/2026 14:22:40',
  text: [
    'MSH|^~\\&|EPIC|MERCYAND|OVHC_ENS|OVHC|20260215142237||ADT^A03^ADT_A03|MA[45418]|P|2.5.1',
    'PID|1||[88224]^^^MERCYAND^MR||KOWALSKI^DOROTHY^A||19580311|F|||2715 VINE ST APT 3^^CINCINNATI^OH^[45219]',
    'PV1|1|I|4W^412^A||||1730291866^HADDAD^SAMIR|||ORT||||||||V-[44246]|||||||||||||||||01|||||||||20260213075500|20260215141800',
    'DG1|1||G57.02^Lesion of sciatic nerve, left lower limb^I10||20260213|A',
    'PR1|1||{64712}^NEUROPLASTY SCIATIC NERVE^C4||20260214091500|||||||1730291866^HADDAD^SAMIR||||LT',
    'PR1|2||{64445}^INJ ANES SCIATIC NRV SNGL^C4||20260214084000|||||||1912086634^TRAN^VY',
    'PR1|3||{76942}^US GUIDE NEEDLE PLACEMENT^C4||20260214084000',
  ].join('\n'),
});

// ── 15. ADT^A04 outpatient registration message ──
const adtA04 = lines({
  id: 's132-a04',
  kind: 's132-hl7v2-adt-a04-registration-message',
  before: 'Message Viewer — Inbound | Feed: UCH_ADT_OP | Received 09/30/2025 10:02:57',
  text: [
    'MSH|^~\\&|EPIC|UCHNEURO|OVHC_ENS|OVHC|20250930100255||ADT^A04^ADT_A01|UC[40795]|P|2.5.1',
    'PID|1||E4471023^^^UCH^MR||KOWALSKI^DOROTHY^ANN||19580311|F|||2715 Vine Street #3^^Cincinnati^OH^[45219]-2906',
    'PV1|1|O|NEURO^PROC1^^UCHNEURO||||1346572909^LIANG^PING|||NEU|||||||||[41569]',
    'PV2|||G51.31^Clonic hemifacial spasm, right^I10||||||||||||||||||Chemodenerv facial {64612}',
    'GT1|1||KOWALSKI^DOROTHY||2715 Vine Street #3^^Cincinnati^OH^[45219]',
  ].join('\n'),
});

// ── 16. Encounter notification e-mail (ENS alert) ──
const ensEmail = lines({
  id: 's132-ensmail',
  kind: 's132-ens-encounter-alert-email-text',
  before: 'From: alerts@ovhealthconnect.org  Subject: [ENS] Discharge – 1 patient on your panel',
  text: [
    'Ohio Valley Health Connect Encounter Notification Service',
    'Subscriber: TriHealth ACO Care Management (panel [45748], 3,212 members)',
    'Event: DISCHARGE (A03)   Patient: KOWALSKI, DOROTHY A   DOB 03/11/1958   ZIP [45219]',
    'Facility: OVH Mercy Anderson, 7500 State Rd, Cincinnati OH [45255]   Admit 02/13/2026  Disch 02/15/2026',
    'Procedures reported: {64712} Neuroplasty sciatic; {64445} sciatic block; {76942}',
    'Discharge disposition: 01 Home/self care. Follow up with PCP within 7 days (TCM {99495}).',
    'Log in to view: https://portal.ovhealthconnect.org/ens/alert/[45573]  — do not reply to this message.',
    'Ohio Valley Health Connect · PO Box [64632] · Cincinnati OH [45264]',
  ].join('\n'),
});

// ── 17. Portal alert inbox grid ──
const alertInbox = table({
  id: 's132-alerts',
  kind: 's132-ens-portal-alert-inbox-grid',
  caption: 'My Alerts — TriHealth ACO Care Mgmt — Unread (6)',
  headers: ['Rcvd', 'Event', 'Patient', 'MPI', 'Facility', 'Reason / Procedures', 'Alert #'],
  rows: [
    [
      '02/15 14:23',
      'A03 Disch',
      'KOWALSKI, DOROTHY',
      '100483921',
      'Mercy Anderson',
      'Neuroplasty sciatic {64712}',
      '[45573]',
    ],
    [
      '02/15 09:10',
      'A04 Reg',
      'OSEI, KWAME',
      '100590214',
      'Christ Ortho ASC',
      'lumbar plexus neuroplasty ({64714})',
      '[45574]',
    ],
    ['02/14 21:47', 'A01 Adm', 'MARSH, LINDA', '100338710', 'Good Sam', 'Fall, hip fx', '[45541]'],
    [
      '02/14 16:02',
      'A03 Disch',
      'PRUITT, GERALD',
      '100722468',
      'Christ Ortho ASC',
      '{64632} L foot; {64455}',
      '[45576]',
    ],
    ['02/14 08:31', 'A04 Reg', 'NGUYEN, THAO', '100415077', 'UC Neuro', 'Botox facial n. – {64612}', '[64445]'],
    [
      '02/13 07:58',
      'A01 Adm',
      'KOWALSKI, DOROTHY',
      '100483921',
      'Mercy Anderson',
      'sched surg - sciatic n.',
      '[45572]',
    ],
  ],
});

// ── 18. Care manager's referral-tracking grid ──
const referralGrid = table({
  id: 's132-reftrack',
  kind: 's132-care-manager-referral-tracking-grid',
  caption: 'Referral Tracking — Open loops — Assigned to: Ferris, Jenna RN — 9 of 41',
  headers: ['Ref #', 'Patient', 'Referred To', 'Reason', 'CPT', 'Auth #', 'Sent', 'Appt', 'Loop Status'],
  rows: [
    [
      '[45126]',
      'Kowalski, D',
      'Haddad, S (Christ Ortho)',
      'L sciatic neuropathy, failed cons tx',
      '{64712}',
      'PA[44404]',
      '12/01/25',
      '02/14/26',
      'Closed – op note rcvd',
    ],
    [
      '[45131]',
      'Kowalski, D',
      'TriHealth Rehab Montgomery',
      'post-op PT',
      '{97161}',
      'n/a',
      '02/16/26',
      '—',
      'Sent, no appt',
    ],
    [
      '[45137]',
      'Osei, K',
      'Haddad, S',
      'lumbar plexopathy',
      '{64714} / {64713}?',
      '[70522]',
      '01/08/26',
      '02/15/26',
      'Awaiting report',
    ],
    [
      '[45148]',
      'Pruitt, G',
      'Christ Ortho Foot & Ankle',
      'Morton neuroma L',
      '{64632}',
      '[43736]',
      '12/19/25',
      '02/14/26',
      'Awaiting report',
    ],
    [
      '[45159]',
      'Nguyen, T',
      'UC Neurology – Liang',
      'hemifacial spasm',
      '{64612}+J0585',
      '[64712]',
      '01/22/26',
      '02/14/26',
      'Appt kept',
    ],
    [
      '[45161]',
      'Marsh, L',
      'Pain Mgmt Assoc',
      'sciatica, consider block',
      '{64445} vs {64483}',
      'pending',
      '02/10/26',
      '',
      'Overdue (>10d)',
    ],
  ],
});

// ── 19. Referral detail side panel, text ──
const referralDetail = lines({
  id: 's132-refdetail',
  kind: 's132-referral-detail-side-panel-text',
  before: 'Referral 45137 — Osei, Kwame (MPI 100590214)',
  text: [
    'Referral # [45137]   Priority: Routine   Type: Specialist – surgical consult',
    'From: Clifton Family Med (NPI 1396027418)  To: Samir Haddad MD, Christ Hosp Ortho, 2139 Auburn Ave, Cincinnati OH [45219]',
    'Reason: R lumbar plexopathy after retroperitoneal hematoma; EMG 12/2025 c/w plexus lesion ({95886}, {95911}).',
    'Requested service: eval for neuroplasty lumbar plexus {64714}; surgeon may add {64713} if brachial — n/a here.',
    'Auth: CareSource PA # [70522] approved 01/06/2026, 1 unit, valid thru 04/06/2026',
    'Loop: 02/15 A04 at Christ Ortho ASC (alert [45574]) — report not yet received. Next check: 02/20.',
  ].join('\n'),
});

// ── 20. Direct secure messaging inbox (HISP webmail) ──
const directInbox = table({
  id: 's132-directinbox',
  kind: 's132-direct-secure-messaging-inbox-grid',
  caption: 'Inbox — jferris@direct.trihealthaco.ovhcdirect.org — 23 messages, 4 unread',
  headers: ['', 'From', 'Subject', 'Received', 'Attach', 'Size'],
  rows: [
    [
      '📎',
      'shaddad@direct.christortho.org',
      'Op note – Kowalski D – {64712}/{64445} 2/14',
      '02/16/2026 08:12',
      '2',
      '241 KB',
    ],
    [
      '📎',
      'hie-ccd@direct.mercy-ovh.org',
      'Transition of Care CCD – KOWALSKI DOROTHY – Enc [44246]',
      '02/15/2026 14:31',
      '1',
      '212 KB',
    ],
    [
      '📎',
      'shaddad@direct.christortho.org',
      'RE: Ref [45148] Pruitt – neurolysis {64632} done, f/u 6wk',
      '02/14/2026 17:05',
      '1',
      '24 KB',
    ],
    ['', 'referrals@direct.ucneuro.org', 'Appt confirmation Nguyen T – ref [45159]', '02/03/2026 11:44', '0', '3 KB'],
    [
      '📎',
      'mdn-noreply@ovhcdirect.org',
      'Delivery Status Notification (Failure) msg id [64714]',
      '02/02/2026 09:00',
      '1',
      '6 KB',
    ],
  ],
});

// ── 21. Direct message opened, body and attachment list ──
const directMsg = lines({
  id: 's132-directmsg',
  kind: 's132-direct-message-body-attachments-text',
  before: 'Op note – Kowalski D – 64712/64445 2/14',
  text: [
    'From: Samir Haddad MD <shaddad@direct.christortho.org>   To: jferris@direct.trihealthaco.ovhcdirect.org',
    'Jenna – closing the loop on your ref [45126]. Pt had L sciatic neurolysis ({64712}) at Mercy Anderson 2/14,',
    'single-shot sciatic block by anesthesia ({64445}) for post-op pain. Stable, d/c home 2/15. Please arrange PT.',
    'She is also scheduled for Dr Liang to repeat facial chemodenervation {64612} in March — FYI.',
    'Attachments:',
    '  OpNote_KOWALSKI_20260214_[45498].pdf (38 KB)',
    '  CCD_KOWALSKI_[44356].xml (203 KB)   [View in viewer] [Save to chart]',
    'Christ Hospital Orthopaedics · 2139 Auburn Ave · Cincinnati, OH [45219] · Fax (513) 555-0190',
  ].join('\n'),
});

// ── 22. XDM package metadata of a Direct attachment ──
const xdmMeta = lines({
  id: 's132-xdm',
  kind: 's132-direct-xdm-metadata-xml',
  before: 'IHE_XDM/SUBSET01/METADATA.XML',
  text: [
    '<rim:ExtrinsicObject id="Document01" mimeType="application/pdf" objectType="urn:uuid:7edca82f-054d-47f2-a032-9b2a5b5186c1">',
    '<rim:Slot name="size"><rim:ValueList><rim:Value>[38912]</rim:Value></rim:ValueList></rim:Slot>',
    '<rim:Slot name="sourcePatientId"><rim:ValueList><rim:Value>[88224]^^^&amp;2.16.840.1.113883.3.[45263].1&amp;ISO</rim:Value></rim:ValueList></rim:Slot>',
    '<rim:Slot name="serviceStartTime"><rim:ValueList><rim:Value>20260214084000</rim:Value></rim:ValueList></rim:Slot>',
    '<rim:Classification classificationScheme="urn:uuid:2c6b8cb7-8b2a-4051-b291-b1ae6a575ef4" nodeRepresentation="{64712}">',
    '  <rim:Slot name="codingScheme"><rim:ValueList><rim:Value>2.16.840.1.113883.6.12</rim:Value></rim:ValueList></rim:Slot>',
    '<rim:ExternalIdentifier value="2.16.840.1.113883.3.[45263].2.1.[45498]" identificationScheme="urn:uuid:2e82c1f6-a085-4c72-9da3-8640a32e42ab"/>',
  ].join('\n'),
});

// ── 23. Query-based exchange audit log (who looked at the record) ──
const auditLog = table({
  id: 's132-audit',
  kind: 's132-query-exchange-access-audit-log-grid',
  caption: 'Access Audit — Patient MPI 100483921 — 02/01/2026 to 02/16/2026 — 11 events',
  headers: ['Event Time', 'Event ID', 'User', 'Organization', 'Org OID', 'Action', 'Purpose', 'Object'],
  rows: [
    [
      '02/16 08:15:02',
      '[77304]',
      'jferris',
      'TriHealth ACO',
      '2.16.840.1.113883.3.[45012]',
      'Doc Retrieve (ITI-43)',
      'TREATMENT',
      'Doc [45498]',
    ],
    [
      '02/15 14:33:47',
      '[77291]',
      'system',
      'OVH Mercy',
      '2.16.840.1.113883.3.[45263]',
      'Doc Register (ITI-42)',
      'TREATMENT',
      'CCD [44356]',
    ],
    [
      '02/13 10:20:11',
      '[77106]',
      'tvu3',
      'Christ Hosp',
      '1.3.6.1.4.1.[21367].3008',
      'Patient Discovery (ITI-55)',
      'TREATMENT',
      'MPI 100483921',
    ],
    [
      '02/13 10:20:14',
      '[77107]',
      'tvu3',
      'Christ Hosp',
      '1.3.6.1.4.1.[21367].3008',
      'Doc Query (ITI-18)',
      'TREATMENT',
      '14 docs',
    ],
    [
      '02/10 16:41:55',
      '[76988]',
      'cs_um_rn4',
      'CareSource',
      '2.16.840.1.113883.3.[70029]',
      'Doc Query (ITI-18)',
      'PAYMENT',
      'eventCode={64712}',
    ],
    [
      '02/03 09:02:36',
      '[64612]',
      'break_glass: mhale',
      'UC Health',
      '2.16.840.1.113883.3.[40183]',
      'Emergency Access',
      'EMERGENCY',
      'All docs',
    ],
  ],
});

// ── 24. Audit log export, CSV ──
const auditCsv = lines({
  id: 's132-auditcsv',
  kind: 's132-audit-log-export-csv-text',
  before: 'access_audit_100483921_20260216.csv',
  text: [
    'event_id,event_dttm,user_id,org_name,transaction,purpose_of_use,document_id,doc_class,event_codes,outcome',
    '[77304],2026-02-16T08:15:02-05:00,jferris,TriHealth ACO,ITI-43,TREATMENT,[45498],Procedure Note,"{64712}|{64445}",0',
    '[77291],2026-02-15T14:33:47-05:00,system,OVH Mercy,ITI-42,TREATMENT,[44356],CCD,"{64712}|{64445}|{76942}|{99223}",0',
    '[77107],2026-02-13T10:20:14-05:00,tvu3,Christ Hosp,ITI-18,TREATMENT,,,,0',
    '[76988],2026-02-10T16:41:55-05:00,cs_um_rn4,CareSource,ITI-18,PAYMENT,,,"{64712}",4',
    '[76410],2026-01-21T07:12:09-05:00,system,Christ Hosp ASC,ITI-42,TREATMENT,[71102],Procedure Note,"{64632}",0',
  ].join('\n'),
});

// ── 25. Consent / opt-out record, text layer of the consent screen ──
const consent = lines({
  id: 's132-consent',
  kind: 's132-hie-consent-opt-out-record-text',
  before: 'Patient Consent — KOWALSKI, DOROTHY A (MPI 100483921)',
  text: [
    'Current status: OPT-IN (default, no form on file)   Consent record # [64712]',
    'Sensitive-data segmentation: 42 CFR Part 2 records SUPPRESSED; behavioral health notes restricted',
    'Last change: 06/02/2025 by front desk, OVH Mercy Anderson (form OVHC-CF-7, rev [43078])',
    'Prior: OPT-OUT 04/11/2019 – 06/02/2025, mailed form rec’d at Ohio Valley Health Connect, PO Box [64632], Cincinnati OH [45264]',
    'Note: opt-out lifted before scheduled lumbar plexus neuroplasty (CPT {64714}) so surgeon could query outside records.',
    'Questions: privacy@ovhealthconnect.org · (513) 555-0100 · ticket [44826]',
  ].join('\n'),
});

// ── 26. Consent history grid (several patients, privacy officer view) ──
const consentHistory = table({
  id: 's132-consenthist',
  kind: 's132-consent-change-history-privacy-grid',
  caption: 'Consent Changes — last 30 days — Privacy Office work queue',
  headers: ['Rcvd', 'Patient', 'MPI', 'Change', 'Channel', 'Form Rev', 'Case #', 'ZIP', 'Processed'],
  rows: [
    ['02/12/26', 'HALE, ROBERT', '100219805', 'OPT-OUT', 'Mail', '[43078]', '[44826]', '[45215]', '02/13 ld'],
    ['02/09/26', 'OSEI, KWAME', '100590214', 'OPT-IN', 'Portal', '[43078]', '[44819]', '[45227]', '02/09 auto'],
    ['02/06/26', 'BRANDT, ELISE', '100644170', 'Restrict (Part 2)', 'Fax', '[43078]', '[44812]', '[41031]', '02/07 ld'],
    ['01/30/26', 'DIXON, MAE', '100108833', 'OPT-OUT', 'Phone→Mail', '[41995]', '[44798]', '[45065]', 'pending sig'],
    ['01/28/26', 'FARR, JOHN', '100367452', 'Revoke opt-out', 'In person', '[43078]', '[64445]', '[45248]', '01/28 ld'],
  ],
});

// ── 27. FHIR R4 Bundle from the HIE API, Procedure entries (pretty-printed JSON) ──
const fhirProc = lines({
  id: 's132-fhirproc',
  kind: 's132-fhir-bundle-procedure-entries-json',
  before: 'GET https://api.ovhealthconnect.org/fhir/r4/Procedure?patient=100483921&_count=50  200 OK',
  text: [
    '{ "resourceType": "Bundle", "type": "searchset", "total": 5,',
    '  "entry": [ { "fullUrl": "https://api.ovhealthconnect.org/fhir/r4/Procedure/proc-[45433]",',
    '    "resource": { "resourceType": "Procedure", "id": "proc-[45433]", "status": "completed",',
    '      "code": { "coding": [ { "system": "http://www.ama-assn.org/go/cpt", "code": "{64712}",',
    '        "display": "Neuroplasty (exploration, neurolysis or nerve decompression); sciatic nerve" } ], "text": "L sciatic neurolysis" },',
    '      "performedDateTime": "2026-02-14T09:15:00-05:00", "encounter": { "reference": "Encounter/enc-[44246]" } } },',
    '    { "resource": { "resourceType": "Procedure", "id": "proc-[45434]", "code": { "coding": [ { "system": "http://www.ama-assn.org/go/cpt", "code": "{64445}" } ] } } },',
    '    { "resource": { "resourceType": "Procedure", "id": "proc-[41203]", "code": { "coding": [ { "system": "urn:oid:2.16.840.1.113883.6.12", "code": "{64714}" } ] },',
    '      "performedPeriod": { "start": "2025-06-03" }, "location": { "display": "OVH Mercy Anderson OR 6" } } },',
    '    { "resource": { "resourceType": "Procedure", "id": "proc-[40916]", "code": { "coding": [ { "system": "http://www.ama-assn.org/go/cpt", "code": "{64632}", "display": "Destruction by neurolytic agent; plantar common digital nerve" } ] } } },',
    '    { "resource": { "resourceType": "Procedure", "id": "proc-[40917]", "code": { "coding": [ { "system": "http://www.ama-assn.org/go/cpt", "code": "{64612}" } ] }, "note": [ { "text": "onabotulinumtoxinA 50 units, lot C[62117]" } ] } } ] }',
  ].join('\n'),
});

// ── 28. FHIR Patient and Encounter resources, JSON ──
const fhirPatient = lines({
  id: 's132-fhirpt',
  kind: 's132-fhir-patient-encounter-resources-json',
  before: 'GET /fhir/r4/Patient/100483921/$everything?_type=Patient,Encounter',
  text: [
    '"identifier": [ { "system": "urn:oid:2.16.840.1.113883.3.[45263].1", "value": "[88224]" },',
    '  { "system": "urn:oid:2.16.840.1.113883.3.[45899].99", "value": "100483921", "type": { "text": "OVHC MPI" } } ],',
    '"address": [ { "line": [ "2715 VINE ST APT 3" ], "city": "CINCINNATI", "state": "OH", "postalCode": "[45219]" } ],',
    '{ "resourceType": "Encounter", "id": "enc-[44246]", "class": { "code": "IMP" }, "type": [ { "coding": [ { "system": "http://www.ama-assn.org/go/cpt", "code": "{99223}" } ] } ],',
    '  "serviceProvider": { "reference": "Organization/org-[45012]", "display": "OVH Mercy Anderson" },',
    '  "reasonCode": [ { "text": "Neurolysis L sciatic n. ({64712})" } ], "hospitalization": { "dischargeDisposition": { "text": "Home" } } }',
  ].join('\n'),
});

// ── 29. API request log (developer portal) ──
const apiLog = table({
  id: 's132-apilog',
  kind: 's132-fhir-api-request-log-grid',
  caption: 'API Activity — client_id trihealth-aco-cm — Feb 2026',
  headers: ['Time (UTC)', 'Method', 'Request', 'Status', 'ms', 'Bytes', 'Req ID'],
  rows: [
    [
      '13:15:02',
      'GET',
      '/Procedure?patient=100483921&code=http://www.ama-assn.org/go/cpt|{64712}',
      '200',
      '412',
      '[18204]',
      '[91130]',
    ],
    ['13:15:09', 'GET', '/Procedure?patient=100590214&code={64714},{64713}', '200', '388', '[13876]', '[91131]'],
    ['13:16:40', 'GET', '/Encounter?patient=100722468&date=ge2026-02-01', '200', '296', '[21009]', '[91132]'],
    ['13:18:11', 'GET', '/Procedure?code={64445},{64447},{64448}&date=ge2026-02-14', '403', '37', '204', '[91133]'],
    ['13:20:55', 'POST', '/Subscription (criteria=Encounter?patient=Group/[45748])', '201', '120', '1106', '[91134]'],
  ],
});

// ── 30. HIE participant directory (decoy heavy) ──
const participants = table({
  id: 's132-partdir',
  kind: 's132-hie-participant-directory-grid',
  caption: 'Participant Directory — 214 organizations — filter: Hamilton, Butler, Kenton, Boone counties',
  headers: ['Participant', 'Type', 'Street', 'City', 'ST', 'ZIP', 'Org NPI', 'HIE Org ID', 'Feeds'],
  rows: [
    [
      'OVH Mercy Anderson',
      'Hospital',
      '7500 State Rd',
      'Cincinnati',
      'OH',
      '[45255]',
      '1841290375',
      '[45012]',
      'ADT, CCD, Lab, Rad',
    ],
    [
      'Christ Hospital Orthopaedic ASC',
      'ASC',
      '2123 Auburn Ave Ste 222',
      'Cincinnati',
      'OH',
      '[45219]',
      '1518043766',
      '[45013]',
      'ADT, CCD',
    ],
    [
      'TriHealth Good Samaritan',
      'Hospital',
      '375 Dixmyth Ave',
      'Cincinnati',
      'OH',
      '[45220]',
      '1063492271',
      '[45027]',
      'ADT, CCD, Lab',
    ],
    [
      'St Elizabeth Florence',
      'Hospital',
      '4900 Houston Rd',
      'Florence',
      'KY',
      '[41042]',
      '1154318802',
      '[45031]',
      'ADT',
    ],
    [
      'Bethesda Butler ASC',
      'ASC',
      '3075 Hamilton Mason Rd',
      'Hamilton',
      'OH',
      '[45011]',
      '1629104453',
      '[64714]',
      'ADT',
    ],
    [
      'Queen City Pain & Nerve Ctr',
      'Practice',
      '[11140] Montgomery Rd',
      'Cincinnati',
      'OH',
      '[45249]',
      '1497835120',
      '[45174]',
      'CCD (Direct only)',
    ],
    [
      'Northern KY Foot & Ankle',
      'Practice',
      '8 Medical Village Dr',
      'Edgewood',
      'KY',
      '[41017]',
      '1336259011',
      '[45183]',
      'CCD',
    ],
  ],
});

// ── 31. Participant detail page ──
const partDetail = lines({
  id: 's132-partdetail',
  kind: 's132-participant-profile-detail-text',
  before: 'Participant Directory › Queen City Pain & Nerve Ctr',
  text: [
    'Queen City Pain & Nerve Center, LLC   HIE Org ID [45174]   Status: Live since 03/2022',
    '[11140] Montgomery Rd, Suite 200, Cincinnati, OH [45249]   Mailing: PO Box [64445], Cincinnati OH [45249]',
    'Org NPI 1497835120   TIN on file   Home community OID 2.16.840.1.113883.3.[45263].77',
    'Direct domain: direct.qcpainnerve.org (HISP: Kno2)   Trust bundle: DirectTrust Accredited',
    'Services: regional anesthesia & peripheral nerve procedures — sciatic/femoral blocks ({64445}, {64447}), neurolysis ({64640}), chemodenervation ({64612}, {64615})',
    'Onboarding ticket [40093]; participation agreement v4.2 signed 01/14/2022; annual fee tier 2 ($[13200])',
  ].join('\n'),
});

// ── 32. Viewer's claims-history tab (payer claims feed into the HIE) ──
const claimsTab = table({
  id: 's132-claimstab',
  kind: 's132-viewer-payer-claims-history-tab-grid',
  caption:
    'Claims History — source: CareSource Medicaid claims feed (refreshed 02/12/2026) — paid/adjudicated lines only',
  headers: ['DOS', 'ICN', 'Ln', 'Proc', 'Mod', 'Units', 'Dx 1', 'Rendering', 'POS', 'Pay-to ZIP', 'Paid'],
  rows: [
    ['01/20/2026', '2026027008813', '1', '{64632}', 'LT', '1', 'G57.62', 'Haddad S', '24', '[45219]', '$188.52'],
    ['01/20/2026', '2026027008813', '2', '{76942}', '26', '1', 'G57.62', 'Haddad S', '24', '[45219]', '$21.07'],
    ['11/05/2025', '2025318004126', '1', '{99204}', '25', '1', 'M79.2', 'Haddad S', '11', '[45219]', '$94.60'],
    ['09/30/2025', '2025281007752', '1', '{64612}', 'RT', '1', 'G51.31', 'Liang P', '11', '[45267]', '$97.31'],
    ['09/30/2025', '2025281007752', '2', 'J0585', 'JZ', '50', 'G51.31', 'Liang P', '11', '[45267]', '$312.50'],
    ['06/03/2025', '2025160001294', '1', '{64714}', '', '1', 'M54.16', 'Haddad S', '22', '[45201]', '$612.80'],
  ],
});

// ── 33. CCD printed to PDF from the viewer, text layer ──
const ccdPdf = lines({
  id: 's132-ccdpdf',
  kind: 's132-ccd-printed-pdf-text-layer',
  before: 'Continuity of Care Document',
  text: [
    'KOWALSKI, DOROTHY A  DOB: Mar 11, 1958  Sex: Female  MRN: [88224] (OVH Mercy)   Printed 02/16/2026 08:19 by jferris',
    'Document ID: 2.16.840.1.113883.3.[45263].2.1^CCD-[44356]   Created: Feb 15, 2026   Source: OVH Mercy Anderson',
    'Procedures',
    'Neuroplasty, sciatic nerve  CPT: {64712}  Feb 14, 2026  Haddad, Samir',
    'Injection, anesthetic agent; sciatic nerve, single  CPT: {64445}  Feb 14, 2026  Tran, Vy',
    'Neuroplasty; lumbar plexus  CPT: {64714}  Jun 03, 2025  Haddad, Samir',
    'Encounters',
    'Inpatient Admission ({99223})  Feb 13 – Feb 15, 2026  OVH Mercy Anderson, 7500 State Rd, Cincinnati, OH [45255]',
    'CONFIDENTIAL – contains PHI. Page 2 of 4   Ohio Valley Health Connect · PO Box [64632] · Cincinnati OH [45264]',
  ].join('\n'),
});

// ── 34. Care manager's care-coordination note (free text in the care management platform) ──
const cmNote = lines({
  id: 's132-cmnote',
  kind: 's132-care-coordination-progress-note-text',
  before: 'Care Mgmt Note — Kowalski, Dorothy — 02/16/2026 09:05 — J. Ferris RN',
  text: [
    'S: Called pt post d/c (ENS alert [45573]). Pain 4/10 L leg, using walker. Tolerating diet.',
    'O: Reviewed HIE CCD. Procedures 2/14: sciatic neurolysis {64712}, single-shot sciatic block {64445}, US guidance.',
    'A: Post-op, high readmit risk (LACE 11). Hx lumbar plexus neuroplasty 6/2025 ({64714}), Morton neuroma tx 1/2026.',
    'P: TCM visit w/ Dr Okafor 2/20 ({99495}); PT referral sent (ref [45131]); f/u Dr Liang 3/24 for {64612}.',
    'Time: 22 min. Billed under CCM {99490} for Feb. Auth PA[44404] on file for surgical episode.',
  ].join('\n'),
});

// ── 35. Transition-of-care task worklist (post-discharge follow-up) ──
const tocTasks = table({
  id: 's132-toctasks',
  kind: 's132-transition-of-care-task-worklist-grid',
  caption: 'TOC Worklist — discharges from ENS — due within 2 business days',
  headers: ['Due', 'Patient', 'Disch From', 'Disch Dt', 'Index Proc', 'Contact By', 'TCM Code', 'Task ID'],
  rows: [
    ['02/17', 'Kowalski, D', 'Mercy Anderson', '02/15', '{64712}', '02/17 ✔ 2/16', '{99495}', '[44898]'],
    ['02/17', 'Pruitt, G', 'Christ Ortho ASC', '02/14 (OP)', '{64632}', 'n/a – OP', '—', '[44899]'],
    ['02/18', 'Marsh, L', 'Good Sam', 'pending', '{27236}', '', '{99496}?', '[44901]'],
    ['02/19', 'Osei, K', 'Christ Ortho ASC', '02/15 (OP)', '{64714}', 'n/a – OP', '—', '[44902]'],
    ['02/20', 'Dixon, M', 'St Elizabeth Florence', '02/13', 'none', '02/18', '{99495}', '[40079]'],
  ],
});

// ── 36. Interface engine error queue (HL7 ACK/NAK log) ──
const ackLog = table({
  id: 's132-acklog',
  kind: 's132-interface-engine-nak-error-queue-grid',
  caption: 'Interface Monitor — Channel MERCY_ADT_IN — Errors (last 24 h): 4',
  headers: ['Rcvd', 'Msg Ctrl ID', 'Type', 'ACK', 'Error (ERR-8)', 'Segment', 'Retry'],
  rows: [
    [
      '02/15 14:22:41',
      'MA[45418]',
      'ADT^A03',
      'AE',
      'PR1-3 code {64712} missing coding system; defaulted to C4',
      'PR1|1',
      '0',
    ],
    ['02/15 11:08:17', 'MA[45399]', 'ADT^A08', 'AR', 'PID-11.5 ZIP "4525" invalid (expect 5 or 9 digits)', 'PID', '3'],
    [
      '02/14 16:02:03',
      'CA[41195]',
      'ADT^A03',
      'AE',
      'PR1-3 "{64632}-LT" not valid CPT; stripped modifier → {64632}',
      'PR1|1',
      '0',
    ],
    ['02/14 08:31:50', 'UC[40803]', 'ADT^A04', 'AA', 'warning: PV2-12 free text contains CPT {64612}', 'PV2', '0'],
    ['02/13 07:58:12', 'MA[45416]', 'ADT^A01', 'AA', '', '', '0'],
  ],
});

// ── 37. MPI duplicate / link review task ──
const mpiReview = table({
  id: 's132-mpireview',
  kind: 's132-mpi-potential-duplicate-link-review-grid',
  caption: 'EMPI Task [45767] — Potential duplicate — Score 88 (review band 80–94)',
  headers: ['Attribute', 'Record A (MPI 100483921)', 'Record B (MPI 100801146)', 'Weight'],
  rows: [
    ['Source / MRN', 'OVH Mercy / [88224]', 'Christ ASC / CA-[40627]', ''],
    ['Name', 'KOWALSKI, DOROTHY A', 'KOWALSKY, DOROTHY', '+6.1'],
    ['DOB', '1958-03-11', '1958-03-11', '+9.8'],
    ['Address', '2715 VINE ST APT 3 [45219]', '2715 VINE ST [45219]', '+4.2'],
    ['Phone', '(513) 555-0147', '(513) 555-0147', '+5.0'],
    ['Last encounter', '02/15/2026 IP', '01/20/2026 OP ({64632})', ''],
  ],
});

// ── 38. Monthly notification utilization report (PDF text layer to participants) ──
const ensReport = lines({
  id: 's132-ensreport',
  kind: 's132-ens-monthly-utilization-report-text',
  before: 'Encounter Notification Service — Subscriber Utilization Report — January 2026',
  text: [
    'Subscriber: TriHealth ACO Care Management   Panel ID [45748]   Members on roster: 3,212 (as of 01/31/2026)',
    'Notifications delivered: [12418]   ADT A01: 402   A03: 1,377   A04: 10,639   Unmatched roster rows: 96',
    'Top procedure codes on A03/A04 events (PR1-3): {99284} (611), {64445} (42), {64712} (9), {64632} (7), {64714} (3)',
    'Median alert latency: 2 min 41 s. Events suppressed under Part 2 consent rules: 18.',
    'Invoice ref ENS-2026-01-[40140]; remit to Ohio Valley Health Connect, PO Box [64632], Cincinnati OH [45264]',
  ].join('\n'),
});

// ── 39. ENS roster (panel) upload file, CSV ──
const rosterCsv = lines({
  id: 's132-roster',
  kind: 's132-ens-panel-roster-upload-csv',
  before: 'roster_TRIHEALTHACO_20260201.csv (3,212 rows) — preview, first 6',
  text: [
    'member_id,last_name,first_name,dob,sex,address1,city,state,zip,attrib_npi,program,care_mgr',
    '106482277,KOWALSKI,DOROTHY,1958-03-11,F,2715 VINE ST APT 3,CINCINNATI,OH,[45219],1396027418,CCM,FERRIS J',
    '104771902,OSEI,KWAME,1971-08-02,M,6120 MONTGOMERY RD,CINCINNATI,OH,[45213],1396027418,TCM,FERRIS J',
    '109336015,PRUITT,GERALD,1949-12-19,M,41 PARK AVE,ELSMERE,KY,[41018],1285970314,CCM,ABBOTT K',
    '107218834,NGUYEN,THAO,1983-05-27,F,3306 WARSAW AVE,CINCINNATI,OH,[45204],1346572909,,ABBOTT K',
    '105640021,HALE,ROBERT,1940-02-08,M,PO BOX [64712],HAMILTON,OH,[45012],1629104453,CCM,FERRIS J',
  ].join('\n'),
});

// ── 40. Data-quality scorecard: procedure code validation for a feed ──
const dqReport = table({
  id: 's132-dq',
  kind: 's132-data-quality-code-validation-scorecard-grid',
  caption: 'Data Quality Scorecard — Christ Hosp ASC — CCD Procedures section — Q4 2025',
  headers: ['Code Sent', 'codeSystem', 'Issue', 'Count', 'Example Doc', 'Suggested Fix'],
  rows: [
    ['{64632}', '2.16.840.1.113883.6.12', 'none', '41', '[71102]', '—'],
    ['{64714}', '(null)', 'codeSystem missing', '6', '[70955]', 'send 2.16.840.1.113883.6.12 (CPT-4)'],
    ['{64712}', '2.16.840.1.113883.6.96', 'CPT code sent as SNOMED', '3', '[70961]', 'correct codeSystem'],
    [
      '{64445}-RT',
      '2.16.840.1.113883.6.12',
      'modifier concatenated',
      '12',
      '[71004]',
      'use qualifier/modifier element',
    ],
    ['{64455}', '2.16.840.1.113883.6.12', 'none', '17', '[70988]', '—'],
    ['[99999]', '2.16.840.1.113883.6.12', 'not a valid CPT', '2', '[71017]', 'map local charge code'],
  ],
});

// ── 41. Outside records reconciliation screen (pull HIE procedures into the local chart) ──
const reconcile = table({
  id: 's132-reconcile',
  kind: 's132-outside-records-procedure-reconcile-screen',
  caption: 'Reconcile Outside Information — Procedures/Surgical Hx — 5 new from Ohio Valley Health Connect',
  headers: ['', 'Outside Item', '', 'Date', 'Source', 'Action'],
  rows: [
    ['☑', 'NEUROPLASTY SCIATIC NERVE', 'CPT® {64712}', '2/14/2026', 'OVH Mercy (via HIE)', 'Add to Surg Hx'],
    ['☑', 'NERVE BLOCK SCIATIC SINGLE', 'CPT® {64445}', '2/14/2026', 'OVH Mercy (via HIE)', 'Add (anesthesia)'],
    ['☐', 'NEUROPLASTY LUMBAR PLEXUS', 'CPT® {64714}', '6/3/2025', 'OVH Mercy (via HIE)', 'Already in Hx – discard'],
    ['☑', 'DESTR NEUROLYTIC PLANTAR DIG NERVE', 'CPT® {64632}', '1/20/2026', 'Christ ASC (via HIE)', 'Add to Surg Hx'],
    [
      '☐',
      'CHEMODENERVATION FACIAL NERVE UNI',
      'CPT® {64612}',
      '9/30/2025',
      'UC Health (Direct msg [40523])',
      'Add to Proc Hx',
    ],
  ],
});

// ── 42. ENS subscription settings page ──
const subSettings = lines({
  id: 's132-subsettings',
  kind: 's132-ens-subscription-settings-page-text',
  before: 'Settings › Notification Subscriptions › TriHealth ACO Care Management',
  text: [
    'Panel [45748] · Roster last loaded 02/01/2026 (3,212 matched / 96 unmatched) · Delivery: Portal + Direct + SFTP',
    'Event types: ☑ A01 Admit ☑ A03 Discharge ☑ A04 Registration (ED/OP) ☐ A08 Update ☐ A11 Cancel admit',
    'Procedure filter (A04 only): alert when PR1-3 in {64400}–{64530}, {64600}–{64681}, {64702}–{64727}',
    'Always alert: ED visits; inpatient admits; ASC procedures with codes {64712}, {64714}, {64632}',
    'Direct endpoint: ens@direct.trihealthaco.ovhcdirect.org · SFTP drop /inbound/ens/[45748]/ · batch at 06:00',
    'Contract / SOW no. [64714]-B  ·  Support: support@ovhealthconnect.org, ticket prefix OVHC-',
  ].join('\n'),
});

export const sealed132: Snippet[] = [
  ...patientSearch,
  ...banner,
  ...encounters,
  ...docList,
  ...ccdaProcXml,
  ...ccdaProcView,
  ...ccdaHeader,
  ...problems,
  ...results,
  ...resultsXml,
  ...encSection,
  ...planOfTx,
  ...adtA01,
  ...adtA03,
  ...adtA04,
  ...ensEmail,
  ...alertInbox,
  ...referralGrid,
  ...referralDetail,
  ...directInbox,
  ...directMsg,
  ...xdmMeta,
  ...auditLog,
  ...auditCsv,
  ...consent,
  ...consentHistory,
  ...fhirProc,
  ...fhirPatient,
  ...apiLog,
  ...participants,
  ...partDetail,
  ...claimsTab,
  ...ccdPdf,
  ...cmNote,
  ...tocTasks,
  ...ackLog,
  ...mpiReview,
  ...ensReport,
  ...rosterCsv,
  ...dqReport,
  ...reconcile,
  ...subSettings,
];
