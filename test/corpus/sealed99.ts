import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 99 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s99-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too. About a third of the decoys are numbers of the synthetic 10,000-code set (KNOWN_10K) used as
 * ZIPs, NAIC company codes, claim, certificate, ticket, policy, docket and account numbers, counts and dollar amounts.
 * The five known codes' digits come back as decoys: a payer PO box, a portal account, a rescission number, a claim
 * number, a mail stop and mail code, a suite, a docket number, a related docket, a bulletin PO box, a trade-association
 * member number and an XML contact box.
 *
 * Family: prior-authorization exemption ("gold carding") programs and state prior-auth reform reporting around a pain
 * and peripheral-nerve practice: a payer's gold-card exemption notice and its attachment of exempted services, an
 * exemption eligibility report (approval rate by code against a 90% threshold, review period) with footnotes, a
 * state-mandated prior-auth statistics disclosure (requests, approvals, denials, appeals by service code), a CMS-style
 * public prior-auth metrics posting, a provider portal exemption status page and lookup, a rescission notice in prose
 * with its claim sample and the provider's appeal, a practice's tracker of which payers exempt which codes (with
 * staff notes) and PA log, a legislative bill excerpt and its fiscal note, a payer's annual PA code-list update and
 * bulletin, a gold-card FAQ, a payer rep's email, a report to the legislature, market conduct exam findings, an X12
 * 278 response, a FHIR Da Vinci PAS ClaimResponse (JSON), an exemption list (XML), CSV exports, and decoy-only pages (a
 * state insurance department contact page, a filing receipt with docket numbers, a hearing agenda, a fiscal note, a
 * carrier contact directory).
 * Built on real public layouts: Texas HB 3459 gold carding (Tex. Ins. Code ch. 4201 subch. N, §§4201.651–.659, and
 * 28 TAC §§19.1730–19.1733: six-month evaluation periods, 90% approval, minimum 5 requests, rescission after a
 * random sample of 5–20 claims, IRO review), the Michigan prior-authorization statistics posting (MCL 500.2212e), the
 * CMS-0057-F public reporting of prior-authorization metrics, the X12 278 response (005010X217: BHT, NM1, SV1, HCR)
 * and the Da Vinci PAS ClaimResponse. The others are written the way those pages read, with no single source.
 *
 * 362 labelled tokens over 36 shapes: 149 codes, 213 decoys, 73 of the decoys in KNOWN_10K.
 */

// ── 1. Payer gold-card exemption notice, letter text layer ──
const notice = lines({
  id: 's99-notice',
  kind: 's99-goldcard-exemption-notice-letter-text',
  before: 'Lone Star Health Plan — Notice of Prior Authorization Exemption (Tex. Ins. Code §4201.653)',
  text: [
    'Lone Star Health Plan, PO Box [64445], Austin, TX [78711]',
    'To: Brazos Valley Nerve & Pain Associates, 2100 Texas Ave S, Suite [77140], College Station, TX [77840]',
    'Provider TIN ***-**6710   Exemption notice no. GC-[40293]   Evaluation period 01/01/2025 – 06/30/2025',
    'Dear Dr. Villarreal: based on your approval rate of 90% or more during the evaluation period, you are exempt',
    'from prior authorization requirements for the following health care services: CPT {64712}, {64714} and {64445},',
    'effective 10/01/2025 through 03/31/2026. Services billed as {64632} did not meet the minimum of 5 requests.',
    'Questions: Provider Services 1-800-555-0142, option 4, or write to the address above, Attn: Unit [21583].',
  ].join('\n'),
});

// ── 2. Exempted services attachment, table ──
const exempted = table({
  id: 's99-exempt',
  kind: 's99-exempted-services-attachment-grid',
  caption: 'Attachment A — Health care services for which you are exempt',
  headers: ['Service', 'CPT', 'Description', 'Requests in period', 'Approved', 'Exempt from', 'Exempt through'],
  rows: [
    ['Neuroplasty', '{64712}', 'Neuroplasty, major peripheral nerve; sciatic', '14', '14', '10/01/2025', '03/31/2026'],
    [
      'Neuroplasty',
      '{64714}',
      'Neuroplasty, major peripheral nerve; lumbar plexus',
      '6',
      '6',
      '10/01/2025',
      '03/31/2026',
    ],
    [
      'Nerve block',
      '{64445}',
      'Injection, anesthetic agent; sciatic nerve, single',
      '41',
      '39',
      '10/01/2025',
      '03/31/2026',
    ],
    [
      'Nerve block',
      '{64447}',
      'Injection, anesthetic agent; femoral nerve, single',
      '22',
      '21',
      '10/01/2025',
      '03/31/2026',
    ],
    ['Imaging', '{72148}', 'MRI lumbar spine w/o contrast', '63', '58', '10/01/2025', '03/31/2026'],
    ['Imaging', '{73721}', 'MRI lower extremity joint w/o contrast', '19', '18', '10/01/2025', '03/31/2026'],
  ],
});

// ── 3. Exemption eligibility report, table ──
const eligibility = table({
  id: 's99-elig',
  kind: 's99-exemption-eligibility-report-grid',
  caption: 'Gold Card Eligibility Report — review period 01/01/2025–06/30/2025 — Brazos Valley Nerve & Pain',
  headers: ['Proc', 'PA requests', 'Approved', 'Denied', 'Approval rate', 'Threshold', 'Eligible'],
  rows: [
    ['{64712}', '14', '14', '0', '100.0%', '90%', 'Yes'],
    ['{64714}', '6', '6', '0', '100.0%', '90%', 'Yes'],
    ['{64632}', '4', '4', '0', '100.0%', '90%', 'No – volume < 5'],
    ['{64612}', '11', '9', '2', '81.8%', '90%', 'No'],
    ['{64445}', '41', '39', '2', '95.1%', '90%', 'Yes'],
    ['{64483}', '37', '31', '6', '83.8%', '90%', 'No'],
    ['{62323}', '29', '27', '2', '93.1%', '90%', 'Yes'],
    ['{95810}', '8', '8', '0', '100.0%', '90%', 'Yes'],
  ],
});

// ── 4. Eligibility report footnotes, text layer ──
const eligNotes = lines({
  id: 's99-eligfn',
  kind: 's99-eligibility-report-footnotes-text',
  before: 'Notes to the eligibility report',
  text: [
    '1. Approval rate = approved ÷ (approved + denied); requests withdrawn or pended at period end are excluded.',
    '2. Chemodenervation ({64612}) fell below threshold because 2 requests were denied for missing EMG documentation.',
    '3. Report run id [11563]; data extracted 07/15/2025 from UM platform instance [38864].',
    '4. A provider may request an independent review of a denial of exemption within 30 days; send to Mail Stop [64714].',
    '5. Requests for {64483} billed with {77003} were counted once per date of service.',
  ].join('\n'),
});

// ── 5. State-mandated prior-auth statistics disclosure, table ──
const stateStats = table({
  id: 's99-statestats',
  kind: 's99-state-prior-auth-statistics-disclosure-grid',
  caption: 'Prior Authorization Statistics — calendar year 2024 — posted under MCL 500.2212e',
  headers: ['Svc', 'Requests', 'Approved', 'Denied', 'Appealed', 'Overturned on appeal', 'Median days'],
  rows: [
    ['{64712}', '212', '188', '24', '11', '7', '3'],
    ['{64445}', '1,904', '1,861', '43', '9', '4', '1'],
    ['{64612}', '688', '602', '86', '40', '22', '4'],
    ['{64632}', '97', '81', '16', '5', '2', '5'],
    ['{72148}', '[18105]', '[16168]', '1,937', '412', '198', '2'],
    ['{70551}', '[12756]', '[11372]', '1,385', '301', '140', '2'],
    ['{29881}', '3,210', '2,877', '333', '120', '61', '6'],
    ['All services', '[96210]', '[84078]', '[12133]', '3,944', '1,817', '3'],
  ],
});

// ── 6. Disclosure page header, text layer ──
const stateHeader = lines({
  id: 's99-statehdr',
  kind: 's99-state-disclosure-page-header-text',
  before: 'Great Lakes Mutual Health — Prior Authorization Data (public posting)',
  text: [
    'Insurer: Great Lakes Mutual Health Insurance Company   NAIC company code [95732]   NAIC group [48450]',
    'Home office: 600 Lafayette Blvd, Detroit, MI [48226]   Filing contact: Regulatory Affairs, ext. 4410',
    'This posting reports requests received 01/01/2024–12/31/2024 for the services on our prior authorization list.',
    'Data for sciatic nerve neuroplasty (CPT {64712}) and chemodenervation (CPT {64612}) include outpatient and ASC.',
    'Total requests [96210]; approval rate 87.6%; prior-year total [90383].',
  ].join('\n'),
});

// ── 7. Provider portal exemption status, table ──
const portalStatus = table({
  id: 's99-portal',
  kind: 's99-provider-portal-exemption-status-grid',
  caption: 'My Gold Card Status — Dr. Elena Villarreal — NPI 1093847562',
  headers: ['Item', 'Status', 'Exempt since', 'Next review', 'Ref #'],
  rows: [
    ['{64712}', 'Exempt', '10/01/2025', '01/2026', 'GC-[40293]'],
    ['{64714}', 'Exempt', '10/01/2025', '01/2026', 'GC-[40293]'],
    ['{64445}', 'Exempt', '04/01/2025', '01/2026', 'GC-[35681]'],
    ['{64632}', 'Not eligible', '—', '07/2026', '—'],
    ['{64612}', 'Rescinded 09/15/2025', '—', '07/2026', 'RS-[64612]'],
    ['{62323}', 'Exempt', '10/01/2025', '01/2026', 'GC-[40293]'],
  ],
});

// ── 8. Portal banner and account box, text layer ──
const portalBanner = lines({
  id: 's99-portalbox',
  kind: 's99-portal-account-banner-text',
  before: 'Provider Portal',
  text: [
    'Welcome, Brazos Valley Nerve & Pain   Portal account [64632]   Billing ZIP [77840]',
    'You have 3 active exemptions and 1 rescission notice. Last login 11/03/2025 from session [29168].',
    'Reminder: exempt services still require an eligibility check; {64445} with ultrasound guidance {76942} is exempt as a pair.',
  ].join('\n'),
});

// ── 9. Rescission notice, prose ──
const rescission = lines({
  id: 's99-rescind',
  kind: 's99-exemption-rescission-notice-prose-text',
  before: 'NOTICE OF RESCISSION OF PRIOR AUTHORIZATION EXEMPTION',
  text: [
    'Date: 08/14/2025   Rescission no. RS-[64612]   Provider: Elena Villarreal, MD',
    'Under §4201.655 we reviewed a random sample of 20 claims you submitted for chemodenervation of the facial',
    'nerve, {64612}, during the period 01/01/2025–06/30/2025. Fewer than 90% of the sampled claims met our',
    'medical necessity criteria. Claims [44873], [61803] and [23006] lacked documentation of blepharospasm severity.',
    'Your exemption for {64612} ends on 09/15/2025. Exemptions for {64712}, {64714} and {64445} are not affected.',
    'You may request an independent review organization (IRO) determination within 30 days; IRO case [26446].',
    'The rescission will not apply to services for which a claim was filed before that date, including claim [64712].',
  ].join('\n'),
});

// ── 10. Retrospective review sample, table ──
const sample = table({
  id: 's99-sample',
  kind: 's99-retrospective-review-sample-grid',
  caption: 'Schedule 1 — claims sampled for rescission review',
  headers: ['Claim no.', 'DOS', 'Billed code', 'Units', 'Criteria met', 'Reviewer'],
  rows: [
    ['[44873]', '02/11/2025', '{64612}', '1', 'No', 'MD [47759]'],
    ['[61803]', '03/04/2025', '{64612}', '1', 'No', 'MD [47759]'],
    ['[23006]', '03/20/2025', '{64612}', '1', 'No', 'MD [31153]'],
    ['[58223]', '04/02/2025', '{64612}', '1', 'Yes', 'MD [31153]'],
    ['[36127]', '05/15/2025', '{64612}', '1', 'Yes', 'MD [47759]'],
    ['[19054]', '06/09/2025', '{64615}', '1', 'Yes', 'MD [31153]'],
  ],
});

// ── 11. Practice tracker of payer exemptions, table ──
const tracker = table({
  id: 's99-tracker',
  kind: 's99-practice-payer-exemption-tracker-grid',
  caption: 'Gold card tracker — Brazos Valley Nerve & Pain — shared sheet',
  headers: ['Payer', 'Code', 'Exempt?', 'Through', 'Payer ref', 'Who checked'],
  rows: [
    ['Lone Star HP', '{64712}', 'Y', '3/31/26', 'GC-[40293]', 'MT'],
    ['Lone Star HP', '{64612}', 'N (rescinded)', '—', 'RS-[64612]', 'MT'],
    ['Aetna TX', '{64445}', 'Y', '6/30/26', '[75631]', 'JR'],
    ['Aetna TX', '{64632}', 'N', '—', '—', 'JR'],
    ['BCBSTX', '{64714}', 'Y', '12/31/25', '[76149]', 'MT'],
    ['BCBSTX', '{64483}', 'N', '—', '—', 'MT'],
    ['UHC', 'all', 'Y (gold card program)', '10/31/26', '[51673]', 'SK'],
    ['Superior HealthPlan', '{62323}', 'Y', '2/28/26', '[77400]', 'SK'],
  ],
});

// ── 12. Tracker notes from front-desk staff, text layer (no coding verb) ──
const trackerNotes = lines({
  id: 's99-trnotes',
  kind: 's99-tracker-staff-notes-text',
  before: 'Notes tab',
  text: [
    '11/04 MT – Lone Star still asking for auth on {64632} ... wait, that one was never exempt. ok.',
    '11/05 JR – Aetna rep says {64445} exempt only in office, not at the ASC (call ref [75631]).',
    '11/06 SK – UHC gold card covers our whole TIN; no auths for {64712} or {64714} there either.',
    '11/07 MT – sent rescission appeal for {64612} to Lone Star, fax conf [16987].',
  ].join('\n'),
});

// ── 13. Legislative bill excerpt, text layer ──
const bill = lines({
  id: 's99-bill',
  kind: 's99-legislative-bill-excerpt-text',
  before: 'SENATE BILL No. 247 — As introduced',
  text: [
    'Sec. 3. (a) A utilization review entity may not require a health care provider to obtain prior authorization',
    'for a health care service if, in the most recent six-month evaluation period, the entity approved at least 90%',
    'of the prior authorization requests submitted by the provider for that service.',
    '(b) For purposes of this section, a health care service is identified by its CPT or HCPCS code; by way of example,',
    'a provider exempt for code {64445} is not thereby exempt for code {64447} or {64448}.',
    '(c) The department shall adopt rules under this section not later than January 1, 2026. Fiscal note ref. [33404].',
    'Referred to Committee on Insurance and Financial Institutions; companion House Bill [10208] (draft no.).',
  ].join('\n'),
});

// ── 14. Fiscal note, table (decoy only) ──
const fiscal = table({
  id: 's99-fiscal',
  kind: 's99-bill-fiscal-note-grid',
  caption: 'Fiscal note — estimated administrative impact (in dollars)',
  headers: ['Fund', 'Account', 'FY 2026', 'FY 2027', 'FY 2028'],
  rows: [
    ['General Revenue', '[10001]', '[84666]', '[62100]', '[62100]'],
    ['Insurance Regulation', '[36361]', '[47303]', '[31500]', '[31500]'],
    ['Employees Retirement', '[40542]', '(—)', '[18250]', '[18250]'],
    ['Teacher Retirement', '[40858]', '(—)', '[21840]', '[22390]'],
  ],
});

// ── 15. Payer annual code-list update, table ──
const codeList = table({
  id: 's99-codelist',
  kind: 's99-payer-annual-pa-code-list-update-grid',
  caption: '2026 Prior Authorization Code List — changes from 2025 (effective 01/01/2026)',
  headers: ['CPT®', 'Short descriptor', 'Change', 'Gold-card eligible', 'Policy'],
  rows: [
    ['{64712}', 'Neuroplasty sciatic nerve', 'No change', 'Yes', 'MP-[26558]'],
    ['{64714}', 'Neuroplasty lumbar plexus', 'No change', 'Yes', 'MP-[26558]'],
    ['{64632}', 'Destroy nerve plantar digit', 'Removed from list', 'n/a', 'MP-[11766]'],
    ['{64612}', 'Destroy nerve face muscle', 'No change', 'Yes', 'MP-[22360]'],
    ['{64445}', 'N block inj sciatic sngl', 'Added site-of-care review', 'Yes', 'MP-[13161]'],
    ['{64454}', 'N block inj genicular', 'Added', 'After 1st period', 'MP-[13161]'],
    ['{64624}', 'Dstrj neurolytc agnt genicul', 'Added', 'After 1st period', 'MP-[13161]'],
    ['0440T', 'Ablate cryo periph nerve', 'Added', 'No', 'MP-[11766]'],
  ],
});

// ── 16. Code-list update memo, text layer ──
const codeMemo = lines({
  id: 's99-codememo',
  kind: 's99-code-list-update-bulletin-text',
  before: 'Network Bulletin — November 2025 — Prior authorization list for 2026',
  text: [
    'Starting January 1, 2026 we will no longer require prior authorization for plantar digital nerve neurolysis, {64632}.',
    'Existing gold-card exemptions carry over; for example, an exemption for {64712} earned in 2025 stays in force.',
    'Codes {64454} and {64624} are added; they become gold-card eligible after one full evaluation period.',
    'Bulletin no. [25941], replacing bulletin [17903]. Mail comments to PO Box [64632], Dallas, TX [75265].',
  ].join('\n'),
});

// ── 17. State insurance department contact page (decoy only) ──
const deptContact = lines({
  id: 's99-deptcontact',
  kind: 's99-insurance-department-contact-page-text',
  before: 'Contact Us — Department of Insurance',
  text: [
    'Main office: 1601 Congress Ave, Austin, TX [78701]',
    'Mailing address: PO Box [12030], Austin, TX [78711]-2030',
    'Health & Life Division, Mail Code [64714], PO Box [12030], Austin, TX [78711]',
    'Consumer Help Line 1-800-252-3439   Prior authorization complaints: Mail Code [45176]',
    'Regional office: 2200 N Lamar St, Suite [64712], Dallas, TX [75202]',
    'Fraud unit: Mail Code [75006], Austin, TX [78714]-9104',
  ].join('\n'),
});

// ── 18. Filing receipt with docket numbers (decoy only) ──
const receipt = lines({
  id: 's99-receipt',
  kind: 's99-filing-receipt-docket-text',
  before: 'Electronic Filing Receipt',
  text: [
    'Docket No. [64445]-2025   Received 10/02/2025 03:14 PM',
    'Filer: Lone Star Health Plan, company no. [95809], ZIP [78711]',
    'Filing type: Prior authorization exemption annual report (28 TAC §19.1733)',
    'SERFF tracking LSHP-[13844]   State tracking [24354]   Fee paid: $[10000]',
    'Related dockets: [63210], [64632]   Attachments: 3 (PDF)',
  ].join('\n'),
});

// ── 19. X12 278 response, text layer ──
const x12 = lines({
  id: 's99-x12',
  kind: 's99-x12-278-exemption-response-text',
  before: 'X12 278 Health Care Services Review — Response (005010X217)',
  text: [
    'ISA*00*          *00*          *ZZ*LSHP           *ZZ*BVNP           *251104*0912*^*[00501]*000000907*0*P*:~',
    'BHT*0007*11*[42939]*20251104*0912~',
    'NM1*X3*2*LONE STAR HEALTH PLAN*****PI*[75524]~',
    'N4*AUSTIN*TX*[78711]~',
    'NM1*1P*1*VILLARREAL*ELENA****XX*1093847562~',
    'N4*COLLEGE STATION*TX*[77840]~',
    'SV1*HC:{64712}*0*UN*1~',
    'HCR*A1*GC[40293]**ZZ~',
    'MSG*PROVIDER EXEMPT FROM PA FOR THIS SERVICE UNDER GOLD CARD GC-[40293]~',
    'SV1*HC:{64612}*0*UN*1~',
    'HCR*A3*[58141]**EX~',
    'SE*24*[12646]~',
  ].join('\n'),
});

// ── 20. FHIR Da Vinci PAS ClaimResponse, JSON ──
const fhir = lines({
  id: 's99-fhir',
  kind: 's99-fhir-pas-claimresponse-json-text',
  before: 'GET /fhir/ClaimResponse (Da Vinci PAS response bundle)',
  text: [
    '{ "resourceType": "ClaimResponse", "id": "pas-[77163]",',
    '  "identifier": [{ "system": "urn:lshp:pa", "value": "[28683]" }],',
    '  "item": [{ "itemSequence": 1,',
    '    "productOrService": { "coding": [{ "system": "http://www.ama-assn.org/go/cpt", "code": "{64445}" }] },',
    '    "adjudication": [{ "category": { "text": "gold-card exempt" }, "reason": { "text": "no PA required" } }] },',
    '   { "itemSequence": 2,',
    '    "productOrService": { "coding": [{ "system": "http://www.ama-assn.org/go/cpt", "code": "{76942}" }] } }],',
    '  "patient": { "reference": "Patient/[59864]" }, "insurer": { "display": "Lone Star HP", "identifier": "[95809]" } }',
  ].join('\n'),
});

// ── 21. Exempt-services list, XML ──
const xml = lines({
  id: 's99-xml',
  kind: 's99-exemption-list-xml-text',
  before: 'exemptions_20251001.xml',
  text: [
    '<ExemptionList payerId="[75524]" tin="***6710" period="2025H1" batch="[15480]">',
    '  <Service cpt="{64712}" status="exempt" from="2025-10-01" to="2026-03-31"/>',
    '  <Service cpt="{64714}" status="exempt" from="2025-10-01" to="2026-03-31"/>',
    '  <Service cpt="{64445}" status="exempt" from="2025-04-01" to="2026-03-31"/>',
    '  <Service cpt="{64612}" status="rescinded" rescissionId="[64612]"/>',
    '  <Contact zip="[78711]" box="[64445]"/>',
    '</ExemptionList>',
  ].join('\n'),
});

// ── 22. Exemption CSV download, text layer ──
const csv = lines({
  id: 's99-csv',
  kind: 's99-exemption-status-csv-download-text',
  before: 'gold_card_status_export.csv',
  text: [
    'npi,provider_name,office_zip,svc_code,status,eval_period,requests,approved',
    '1093847562,VILLARREAL ELENA,[77840],{64712},EXEMPT,2025H1,14,14',
    '1093847562,VILLARREAL ELENA,[77840],{64714},EXEMPT,2025H1,6,6',
    '1093847562,VILLARREAL ELENA,[77840],{64632},INELIGIBLE,2025H1,4,4',
    '1386201947,NGUYEN THOMAS,[77846],{64445},EXEMPT,2025H1,27,26',
    '1386201947,NGUYEN THOMAS,[77846],{64612},NOT MET,2025H1,9,7',
    '1558320016,OKONKWO ADA,[76443],{62323},EXEMPT,2025H1,33,31',
  ].join('\n'),
});

// ── 23. CMS-0057-F style public prior-auth metrics, table ──
const cmsMetrics = table({
  id: 's99-cmsmetrics',
  kind: 's99-payer-public-pa-metrics-posting-grid',
  caption: 'Prior authorization metrics, plan year 2025 (posted per 42 CFR 422.122(c))',
  headers: [
    'Item or service',
    'Approved',
    'Approved after appeal',
    'Denied',
    'Avg. standard (hrs)',
    'Avg. expedited (hrs)',
  ],
  rows: [
    ['Sciatic neuroplasty {64712}', '91.2%', '3.1%', '8.8%', '96', '38'],
    ['Lumbar plexus neuroplasty {64714}', '88.0%', '4.0%', '12.0%', '101', '41'],
    ['Facial nerve chemodenervation {64612}', '84.5%', '6.6%', '15.5%', '88', '30'],
    ['Sleep study {95810}', '93.0%', '1.2%', '7.0%', '70', '24'],
    ['Total requests', '[40093]', '[13166]', '[12860]', '—', '—'],
  ],
});

// ── 24. Gold card FAQ, prose with codes, some without a coding verb ──
const faq = lines({
  id: 's99-faq',
  kind: 's99-gold-card-program-faq-text',
  before: 'Gold Card Program — Frequently Asked Questions',
  text: [
    'Q: Is my exemption for {64445} good if I also do the ultrasound ({76942}) on the same day?',
    'A: Yes. Image guidance that is bundled with an exempt service follows that service.',
    'Q: My group has a {64714} exemption but my new associate joined in May. Is she exempt?',
    'A: No. Exemptions are earned per provider; she needs 5 approved requests in one evaluation period.',
    'Q: We submitted {64632} three times and {64712} twice. Why no exemption?',
    'A: Fewer than 5 requests per service in the period; both stay on the PA list for you.',
    'Q: Where do I send questions? A: Gold Card Team, PO Box [64714], Austin, TX [78714].',
  ].join('\n'),
});

// ── 25. Provider's appeal of a rescission, letter text ──
const appeal = lines({
  id: 's99-appeal',
  kind: 's99-rescission-appeal-letter-text',
  before: 'Brazos Valley Nerve & Pain Associates — College Station, Texas',
  text: [
    'Re: Rescission RS-[64612]; request for IRO review (case [26446])',
    "We ask that the rescission of Dr. Villarreal's exemption for chemodenervation, CPT {64612}, be reversed.",
    'Of the 3 claims found deficient ([44873], [61803], [23006]), each had blepharospasm severity scored in the note.',
    'The sampled claims also included one for {64615}, which was never part of the exemption and should be dropped.',
    'Enclosed: 46 pages of records, Bates BVNP-[15650] to BVNP-[15695].',
  ].join('\n'),
});

// ── 26. Exemption-eligible providers roster, table ──
const roster = table({
  id: 's99-roster',
  kind: 's99-payer-exempt-provider-roster-grid',
  caption: 'Gold Card recipients — Central Texas region — as of 10/01/2025',
  headers: ['Provider', 'Specialty', 'Office ZIP', 'Exempt services', 'Cert. no.'],
  rows: [
    ['Villarreal, Elena MD', 'Pain Medicine', '[77840]', '{64712} {64714} {64445} {62323}', '[40293]'],
    ['Nguyen, Thomas DO', 'PM&R', '[77846]', '{64445}', '[35681]'],
    ['Okonkwo, Ada MD', 'Anesthesiology', '[76443]', '{62323} {64483}', '[35580]'],
    ['Bishop, Carl DPM', 'Podiatry', '[76161]', '{64632} {28285}', '[45159]'],
    ['Ferris, Dana MD', 'Neurology', '[78370]', '{64612} {95810} {95811}', '[36972]'],
  ],
});

// ── 27. Payer rep email, text layer ──
const email = lines({
  id: 's99-email',
  kind: 's99-payer-rep-email-thread-text',
  before: 'From: provider.relations@lshp.example  To: billing@bvnp.example  Subject: Gold card question',
  text: [
    'Hi Marta, I checked ticket [43692]. Your exemption for {64712} and {64714} runs through 3/31/26.',
    'The denial you saw on claim [64714] was for a date of service before the exemption started, so it stands.',
    'For {64632} you need two more requests this period to qualify. Best, Kyle (rep ID [98972])',
  ].join('\n'),
});

// ── 28. State annual report summary, prose (counts as five-digit numbers) ──
const stateSummary = lines({
  id: 's99-statesum',
  kind: 's99-state-annual-gold-card-report-summary-text',
  before: 'Report to the Legislature on Prior Authorization Exemptions, 2025',
  text: [
    'In the first two evaluation periods, HMOs and insurers evaluated [21476] provider-service pairs and granted',
    '[11470] exemptions; [20611] of the pairs evaluated had fewer than 5 requests.',
    'The most frequently exempted neurolytic and nerve services were {64445}, {64712} and {64483}.',
    'Carriers reported [14093] rescission reviews; 62 resulted in rescission, most for {64612} and {20610}.',
    'Complaints received by the department: 387, filed under complaint series [22642].',
  ].join('\n'),
});

// ── 29. Hearing agenda, text layer (decoy only) ──
const hearing = lines({
  id: 's99-hearing',
  kind: 's99-committee-hearing-agenda-text',
  before: 'Senate Committee on State Affairs — Public Hearing Notice',
  text: [
    'Capitol Extension, Room E1.012, 1100 Congress Ave, Austin, TX [78701]',
    'Witness registration kiosk session [80817]; online registration closes at 8:00 a.m.',
    'Interim charge 4: monitor implementation of prior authorization exemptions; posting no. [61174]',
    'Invited testimony: Texas Medical Association (member no. [64632]), Texas Association of Health Plans',
    'Audio archive file [54634].mp3 will be posted within 48 hours.',
  ].join('\n'),
});

// ── 30. Exemption request form (provider-initiated review), table ──
const reviewForm = table({
  id: 's99-reqform',
  kind: 's99-exemption-review-request-form-grid',
  caption: 'Request for Review of Exemption Determination — Section B: services at issue',
  headers: ['Line', 'Procedure code', 'Payer determination', 'Requests you count', 'Requests payer counted'],
  rows: [
    ['1', '{64632}', 'Not eligible – volume', '5', '4'],
    ['2', '{64612}', 'Rescinded', '11', '11'],
    ['3', '{64447}', 'Not eligible – rate', '22', '22'],
  ],
});

// ── 31. Exemption status lookup result, definition list text ──
const lookup = lines({
  id: 's99-lookup',
  kind: 's99-exemption-lookup-result-dl-text',
  before: 'Exemption lookup',
  text: [
    'Rendering NPI: 1386201947   Service ZIP: [77846]',
    'Procedure: {64445}',
    'Result: Exempt (certificate [35681]) — no prior authorization needed',
    'Procedure: {64612}',
    'Result: PA required — submit via portal, fax 1-866-555-0190, or call center queue [33881]',
  ].join('\n'),
});

// ── 32. Practice prior-auth submission log, table ──
const paLog = table({
  id: 's99-palog',
  kind: 's99-practice-pa-submission-log-grid',
  caption: 'PA log — October 2025 — all payers',
  headers: ['Submitted', 'Payer', 'Auth #', 'Svc code', 'Pt acct', 'Outcome'],
  rows: [
    ['10/01', 'Lone Star HP', '—', '{64712}', '[30418]', 'Not required (gold card)'],
    ['10/02', 'Aetna TX', 'A[27514]', '{64632}', '[30422]', 'Approved'],
    ['10/03', 'BCBSTX', 'B[91208]', '{64483}', '[30427]', 'Pended – notes requested'],
    ['10/06', 'Lone Star HP', 'L[55102]', '{64612}', '[30431]', 'Approved (after rescission)'],
    ['10/08', 'Superior HP', '—', '{62323}', '[30436]', 'Not required (gold card)'],
    ['10/09', 'Cigna', 'C[70316]', '{64445}', '[30440]', 'Approved'],
    ['10/14', 'Aetna TX', 'A[27609]', '{64714}', '[30447]', 'Denied – appeal filed'],
    ['10/20', 'UHC', '—', '{64712}', '[30452]', 'Not required (gold card)'],
    ['10/22', 'BCBSTX', 'B[91377]', '{95810}', '[30458]', 'Approved'],
  ],
});

// ── 33. Market conduct examination findings, table ──
const examFindings = table({
  id: 's99-exam',
  kind: 's99-market-conduct-exam-gold-card-findings-grid',
  caption: 'Target market conduct examination — prior authorization exemptions — findings',
  headers: ['Finding', 'Exam file ref', 'Service', 'Files reviewed', 'Exceptions', 'Standard'],
  rows: [
    ['1 – exemption not granted timely', 'MCE-[20418]', '{64445}', '50', '4', '§4201.653'],
    ['2 – rescission sample too small', 'MCE-[20419]', '{64612}', '12', '3', '§4201.655'],
    ['3 – PA required despite exemption', 'MCE-[20422]', '{64712}', '40', '2', '§4201.654'],
    ['4 – notice lacked service list', 'MCE-[20427]', '{64632}', '25', '1', '28 TAC §19.1731'],
    ['5 – denial by non-peer reviewer', 'MCE-[20431]', '{29881}', '30', '5', '§4201.656'],
  ],
});

// ── 34. Exam report cover and prose, text layer ──
const examCover = lines({
  id: 's99-examtxt',
  kind: 's99-market-conduct-exam-report-prose-text',
  before: 'Report of Target Market Conduct Examination',
  text: [
    'Examination no. [20390]; examiner-in-charge: R. Salas; exam site: 9500 Arboretum Blvd, Austin, TX [78759]',
    'Examiners found that claims for sciatic neuroplasty, code {64712}, continued to route to the PA queue for',
    '22 days after exemptions took effect, affecting 2 of 40 files reviewed (files [88016] and [88023]).',
    'The carrier corrected its edit table (release [30215]) and agreed to reprocess; restitution of $[14750] paid.',
    'The department notes that {64714} and {64445} exemptions were loaded correctly.',
  ].join('\n'),
});

// ── 35. Payer regulatory contact directory, table (decoy only) ──
const payerDirectory = table({
  id: 's99-payerdir',
  kind: 's99-carrier-regulatory-contact-directory-grid',
  caption: 'Carrier contacts for prior authorization exemption complaints',
  headers: ['Carrier', 'NAIC #', 'Street / PO Box', 'City', 'ZIP', 'Phone ext.'],
  rows: [
    ['Lone Star Health Plan', '[95809]', 'PO Box [64445]', 'Austin', '[78711]', '4410'],
    ['Great Lakes Mutual Health', '[95732]', '600 Lafayette Blvd', 'Detroit', '[48226]', '—'],
    ['Gulf Coast HMO', '[10382]', 'PO Box [20918]', 'Houston', '[77227]', '212'],
    ['Panhandle Health Ins. Co.', '[14227]', '3501 Olsen Blvd', 'Amarillo', '[79109]', '—'],
    ['Hill Country Care', '[16704]', 'PO Box [91860]', 'San Antonio', '[78209]', '77'],
  ],
});

// ── 36. State data portal quarterly CSV, text layer ──
const dataCsv = lines({
  id: 's99-datacsv',
  kind: 's99-state-data-portal-pa-quarterly-csv-text',
  before: 'pa_statistics_2025Q2.csv (state open data portal)',
  text: [
    'naic_code,year,quarter,service_code,requests,approved,denied,exempted_requests',
    '[95809],2025,Q2,{64712},58,52,6,21',
    '[95809],2025,Q2,{64445},612,598,14,203',
    '[95809],2025,Q2,{64612},141,118,23,0',
    '[10382],2025,Q2,{64632},37,30,7,0',
    '[10382],2025,Q2,{72148},[10391],9412,979,2114',
    '[14227],2025,Q2,{64714},12,11,1,4',
    '[16704],2025,Q2,{70553},[12218],[11004],1214,3380',
  ].join('\n'),
});

export const sealed99: Snippet[] = [
  ...notice,
  ...exempted,
  ...eligibility,
  ...eligNotes,
  ...stateStats,
  ...stateHeader,
  ...portalStatus,
  ...portalBanner,
  ...rescission,
  ...sample,
  ...tracker,
  ...trackerNotes,
  ...bill,
  ...fiscal,
  ...codeList,
  ...codeMemo,
  ...deptContact,
  ...receipt,
  ...x12,
  ...fhir,
  ...xml,
  ...csv,
  ...cmsMetrics,
  ...faq,
  ...appeal,
  ...roster,
  ...email,
  ...stateSummary,
  ...hearing,
  ...reviewForm,
  ...lookup,
  ...paLog,
  ...examFindings,
  ...examCover,
  ...payerDirectory,
  ...dataCsv,
];
