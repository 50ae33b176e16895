import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 167 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s167-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes (the
 * reference service list, the post-operative E/M visits, the neighbouring neuroplasty and injection codes) are
 * labelled as codes too. About a third of the decoys are numbers of the synthetic 10,000-code set (KNOWN_10K)
 * used as members' ZIPs, member ids in a survey export, RUC database record ids, Federal Register page numbers, a
 * level-of-interest reference, a PE file id, a letter tracking number, tracker references, a newsletter item, a
 * hotel group code and a hotel block code. The five known codes' digits come back as decoys: a member id, a survey
 * vendor invoice, a help-desk ticket, the society's lockbox PO box, a Federal Register page, a regulations.gov
 * comment number, a newsletter article id, an expense report, a survey panel id, a respondent id and a hotel
 * confirmation number. Other decoys: AMA and society ZIPs and suite number, Medicare allowed-service and provider
 * counts written without commas, Excel serial dates in a PE spreadsheet export, a MAC number, FR document numbers.
 *
 * Family: a surgical specialty society's RUC survey and valuation work for peripheral-nerve codes (AMA/Specialty
 * Society RVS Update Committee). The (fictional) American Society of Peripheral Nerve Surgeons (ASPNS, Rosemont,
 * Illinois) surveys neuroplasty of the sciatic nerve and lumbar plexus after a CMS screen, co-surveys the sciatic
 * block, plantar digital neurolysis and facial chemodenervation codes, and follows them to the Federal Register:
 * the RAW screen list and RUC agenda, the level-of-interest form, the survey invitation email, the AMA survey
 * instrument (instructions, vignette, reference service list, time and intensity questions), the survey platform's
 * dashboard, raw CSV export and JSON API record, the survey results table, the RUC Summary of Recommendation (header,
 * compelling evidence, key reference comparison, post-operative visit table), the PE spreadsheet (CSV export, PE
 * summary table), the building-block / IWPUT worksheet, the presenters' slides, the RUC database search results,
 * Medicare utilization CSV, the PFS proposed and final rule (preamble table text, preamble prose, Addendum B table,
 * RVU file fixed-width rows), the PFS look-up tool, the society's comment letter and its regulations.gov page, the
 * society newsletter, member emails and listserv posts, staff chat, board minutes, a webinar page, vendor invoice,
 * expense report, the society's timeline tracker, a conflict-of-interest disclosure, the RUC meeting hotel
 * confirmation and a web search result page.
 * Built on real public layouts: the AMA RUC survey instrument (typical patient vignette, reference service list with
 * "check the one most similar", pre-/intra-/immediate post-service minutes and the day-of-procedure and post-op
 * visit grid), the RUC Summary of Recommendation form (tab/ballot header, survey results table with 25th/median/75th,
 * KRS comparison, "compelling evidence"), the RUC PE spreadsheet (clinical labor L-codes, supply S-codes, equipment
 * E-codes, facility/non-facility columns), Federal Register PFS rules (Addendum B columns CPT/HCPCS, Mod, Status,
 * Description, Work RVUs, PE RVUs, MP RVUs, Global; "TABLE 20: CY ... Work RVUs for New, Revised and Potentially
 * Misvalued Codes"), the CMS RVU file (RVU27A) and the PFS Look-Up Tool, regulations.gov comment pages, Qualtrics
 * survey dashboards and exports, Outlook emails and Slack channels. The others are written the way those pages
 * read, with no single source.
 *
 * 375 labelled tokens over 43 shapes: 238 codes (162 of them the five known codes), 137 decoys, 47 of the decoys in
 * KNOWN_10K, 14 of the decoys reusing the known codes' digits.
 */

// ── 1. CMS / RAW screen identification list, table ──
const rawScreen = table({
  id: 's167-rawscreen',
  kind: 's167-raw-screen-identified-codes-grid',
  caption: 'Relativity Assessment Workgroup — Codes identified, CMS/Other Source and Negative IWPUT screens (Oct 2026)',
  headers: ['CPT Code', 'Long Descriptor (abridged)', 'Global', 'Screen', '2025 Medicare Utilization', 'Action'],
  rows: [
    [
      '{64712}',
      'Neuroplasty, major peripheral nerve, arm or leg, open; sciatic nerve',
      '090',
      'Negative IWPUT',
      '3,118',
      'Survey for Apr 2027',
    ],
    ['{64713}', 'Neuroplasty; brachial plexus', '090', 'Negative IWPUT', '1,902', 'Survey for Apr 2027'],
    ['{64714}', 'Neuroplasty; lumbar plexus', '090', 'Negative IWPUT', '611', 'Survey for Apr 2027'],
    [
      '{64445}',
      'Injection, anesthetic agent(s) and/or steroid; sciatic nerve',
      '000',
      'CMS/Other',
      '118,204',
      'Survey for Apr 2027',
    ],
    [
      '{64632}',
      'Destruction by neurolytic agent; plantar common digital nerve',
      '010',
      'CMS/Other',
      '24,506',
      'Survey for Apr 2027',
    ],
    [
      '{64612}',
      'Chemodenervation of muscle(s); facial nerve, unilateral',
      '010',
      'Site of service anomaly',
      '57,330',
      'Refer to PE Subcommittee',
    ],
  ],
});

// ── 2. RUC agenda, tab listing, table ──
const rucAgenda = table({
  id: 's167-agenda',
  kind: 's167-ruc-meeting-agenda-tab-grid',
  caption: 'AMA/Specialty Society RVS Update Committee — April 2027 Meeting Agenda (Chicago, Hyatt Regency)',
  headers: ['Tab', 'Issue', 'Codes', 'Specialty Societies', 'Presenters'],
  rows: [
    [
      '18',
      'Neuroplasty Major Peripheral Nerve',
      '{64712}, {64713}, {64714}',
      'ASPNS, AANS/CNS, ASSH',
      'M. Achterberg, MD; T. Reyna, MD',
    ],
    ['19', 'Sciatic Nerve Block', '{64445}, {64446}', 'ASA, ASRA, ASPNS', 'L. Okafor, MD'],
    ['20', 'Destruction Plantar Digital Nerve', '{64632}', 'APMA, ASPNS', 'R. Delacroix, DPM'],
    ['21', 'Chemodenervation Facial Nerve (PE only)', '{64612}, {64615}', 'AAN, AAO-HNS, ASPNS', 'PE Subcommittee'],
    [
      '22',
      'Hotel block / logistics',
      'Group code [56437]',
      'AMA staff',
      'Hyatt Regency, 151 E Wacker Dr, Chicago, IL [60601]',
    ],
  ],
});

// ── 3. Level of interest (LOI) form, table ──
const loiForm = table({
  id: 's167-loi',
  kind: 's167-ruc-level-of-interest-form-grid',
  caption:
    'Level of Interest Form — return to RUC staff by 11/14/2026 — Society: ASPNS (RUC Advisor: M. Achterberg, MD)',
  headers: ['Tab', 'CPT Code', 'Level of Interest', 'Will survey', 'Co-surveying with', 'Notes'],
  rows: [
    ['18', '{64712}', '1 - Survey', 'Yes', 'AANS/CNS', 'Lead society'],
    ['18', '{64714}', '1 - Survey', 'Yes', 'AANS/CNS', 'Lead society'],
    ['19', '{64445}', '2 - Comment', 'Co-survey', 'ASA, ASRA', 'ASA leads'],
    ['20', '{64632}', '1 - Survey', 'Yes', 'APMA', 'Joint survey'],
    ['21', '{64612}', '3 - No interest in work', 'No', '—', 'Track PE only; LOI ref [31458]'],
  ],
});

// ── 4. Survey invitation email, text layer ──
const inviteEmail = lines({
  id: 's167-invite',
  kind: 's167-survey-invitation-member-email-text',
  before: 'From: ASPNS Health Policy <policy@aspns.org>  Subject: Your 20 minutes can protect neuroplasty payment',
  text: [
    'Dear Dr. Halvorsen,',
    'The RUC has asked ASPNS to survey the physician work of CPT {64712} (neuroplasty, sciatic nerve) and',
    '{64714} (neuroplasty, lumbar plexus). You were randomly selected from members who performed these in 2025.',
    'Survey link (unique to you): https://aspns.qualtrics.com/jfe/form/SV_3kQ8 — Panel ID [64712]',
    'Please complete by Friday, February 12. The survey takes about 20 minutes; have your last sciatic',
    'neurolysis op note at hand. Your member number ([64445]) is only used to prevent duplicate responses.',
    'ASPNS Health Policy, 9700 W. Bryn Mawr Ave, Suite 200, Rosemont, IL [60018] | Unsubscribe',
  ].join('\n'),
});

// ── 5. Survey instrument, instructions page, text layer ──
const surveyIntro = lines({
  id: 's167-surveyintro',
  kind: 's167-ama-ruc-survey-instructions-page-text',
  before: 'AMA/Specialty Society RVS Update Process — PHYSICIAN WORK SURVEY — CPT Code {64712}',
  text: [
    'CPT Code: {64712}   Global Period: 090   Tracking Number: [12951]   Specialty Society: ASPNS',
    'Long Descriptor: Neuroplasty, major peripheral nerve, arm or leg, open; sciatic nerve',
    'You are being asked to estimate the physician work of {64712} relative to other services you perform.',
    'Do not report {64712} with {64704} or {64708} for the same nerve at the same session (CPT parenthetical).',
    'Do not consider the work of {69990} (operating microscope) or of {64727} (internal neurolysis, add-on);',
    'those are reported separately when performed. CPT® 2027 Professional Edition, page 512.',
    'Questions: RUC staff, AMA Plaza, 330 N. Wabash Ave, Suite [39300], Chicago, IL [60611]',
  ].join('\n'),
});

// ── 6. Vignette page, text layer ──
const vignette = lines({
  id: 's167-vignette',
  kind: 's167-survey-typical-patient-vignette-text',
  before: 'Typical Patient / Service — please review before answering',
  text: [
    'CPT {64712}: A 46-year-old man with persistent posterior thigh pain and foot drop 9 months after a',
    'gunshot wound has failed conservative care. EMG shows partial sciatic nerve conduction block. He',
    'undergoes open external neurolysis of the sciatic nerve from the sciatic notch to the popliteal fossa.',
    'CPT {64714}: A 52-year-old woman with retroperitoneal scar after prior spine exposure has L2–L4 pain.',
    'A sciatic nerve block ({64445}) gave 80% relief for 6 hours; she undergoes open lumbar plexus neurolysis.',
    'Vignette approved by RUC Research Subcommittee 01/2027 (RS ref [38610]).',
  ].join('\n'),
});

// ── 7. Reference service list (RSL) in the survey, table ──
const rsl = table({
  id: 's167-rsl',
  kind: 's167-survey-reference-service-list-grid',
  caption: 'Reference Service List — select the ONE service most similar in physician work to the surveyed code',
  headers: ['', 'CPT Code', 'Descriptor', 'Global', 'Work RVU', 'Intra-Service Time'],
  rows: [
    ['○', '{64708}', 'Neuroplasty, major peripheral nerve, arm or leg; other than specified', '090', '6.36', '75'],
    ['○', '{64713}', 'Neuroplasty, major peripheral nerve; brachial plexus', '090', '11.00', '120'],
    ['○', '{64718}', 'Neuroplasty and/or transposition; ulnar nerve at elbow', '090', '6.10', '60'],
    ['○', '{64721}', 'Neuroplasty and/or transposition; median nerve at carpal tunnel', '090', '4.97', '30'],
    ['○', '{27090}', 'Removal of hip prosthesis; separate procedure', '090', '11.42', '100'],
    ['○', '{64910}', 'Nerve repair; with synthetic conduit or vein allograft', '090', '11.39', '120'],
    ['○', '{63030}', 'Laminotomy with decompression of nerve root(s), one interspace, lumbar', '090', '13.18', '90'],
  ],
});

// ── 8. Survey question page: time, text layer (form labels) ──
const surveyTime = lines({
  id: 's167-surveytime',
  kind: 's167-survey-time-and-visits-question-form-text',
  before: 'Question 4 — Time. Enter minutes for YOUR typical patient receiving the surveyed service.',
  text: [
    'Surveyed code {64712}   Pre-service evaluation: [___] min   Positioning: [___] min   Scrub/dress/wait: [___] min',
    'Intra-service (skin incision to closure): [___] min   Immediate post-service: [___] min',
    'Day of procedure — Hospital visit codes ({99231}, {99232}, {99233}, {99238}): number of each',
    'Post-discharge office visits: {99212} [__]  {99213} [__]  {99214} [__]  {99215} [__]',
    'Respondent ID [64612] — do not change. Session token [47219].',
  ].join('\n'),
});

// ── 9. Qualtrics-style dashboard, text layer ──
const dashboard = lines({
  id: 's167-dash',
  kind: 's167-survey-platform-response-dashboard-text',
  before: 'Qualtrics XM » Projects » ASPNS RUC Apr 2027 — Neuroplasty » Results',
  text: [
    'Survey SV_3kQ8 "Tab 18 Neuroplasty {64712}/{64714}"   Owner: knavarro   Status: Active',
    'Responses: 61 complete · 14 partial · Distribution: 412 emails sent, 3 bounced',
    'Filter: Q2 "Have you performed this service in the past 12 months?" = Yes  (codes {64712}, {64714})',
    'Contact list ML_aspns_nerve ([15690] contacts) · Directory [80261]',
    'Embedded data: panel_list_id [35520]  · export job [20517] · last sync 02/09/2027 16:41 CST',
    'Support ticket #[64714] opened with Qualtrics: duplicate responses from same member id',
  ].join('\n'),
});

// ── 10. Raw survey export CSV, text layer ──
const rawCsv = lines({
  id: 's167-rawcsv',
  kind: 's167-survey-raw-response-export-csv-text',
  before: 'ASPNS_RUC_Apr2027_Neuroplasty_numeric.csv (opened in a browser preview)',
  text: [
    'ResponseId,member_id,zip,cpt_surveyed,ref_code_selected,pre_eval,intra,post,work_rvu_est,ref2',
    'R_1dG,[22184],[60022],{64712},{64708},40,120,30,9.50,{64713}',
    'R_7qP,[41504],[21234],{64712},{64713},45,135,30,10.25,{64708}',
    'R_2xY,[33947],[55812],{64714},{64708},40,110,25,8.90,{63030}',
    'R_9kT,[64445],[10006],{64714},{64713},45,150,30,10.00,{64708}',
    'R_4wL,[29230],[98002],{64712},{64718},35,90,20,7.75,{64721}',
    'R_0aB,[51826],[77030],{64714},{64708},40,120,30,9.00,',
    'R_5mN,[27741],[84132],{64712},{64713},50,150,40,11.50,',
    'R_8cV,[43318],[02114],{64714},{63030},45,140,30,10.75,',
    'R_3hJ,[38904],[94143],{64712},{64708},30,100,25,8.00,',
  ].join('\n'),
});

// ── 11. Survey platform JSON API record, text layer ──
const apiJson = lines({
  id: 's167-json',
  kind: 's167-survey-platform-api-response-json-text',
  before: 'GET /API/v3/surveys/SV_3kQ8/responses/R_1dG',
  text: [
    '{ "result": { "responseId": "R_1dG", "values": {',
    '  "member_id": "[22184]", "zip": "[60022]", "QID2": "Yes", "cpt_surveyed": "{64712}",',
    '  "QID5_ref": "{64708}", "QID5_ref2": "{64713}", "QID6_intra": 120, "QID8_rvu": 9.50,',
    '  "QID9_visits": { "{99238}": 1, "{99213}": 2, "{99212}": 1 }, "recordedDate": "2027-02-03",',
    '  "ipZip": "[53705]", "distributionChannel": "email", "panelMemberId": "[57540]" } } }',
  ].join('\n'),
});

// ── 12. Survey results table as in the Summary of Recommendation, table ──
const results = table({
  id: 's167-results',
  kind: 's167-sor-survey-results-percentile-grid',
  caption: 'SURVEY DATA — RUC Recommendation Form, Tab 18',
  headers: ['CPT Code', 'Sample Size', 'Resp n', 'Response %', 'Work RVU 25th', 'Median', '75th', 'Intra Time'],
  rows: [
    ['{64712}', '412', '41', '10%', '8.00', '9.50', '11.00', '120'],
    ['{64713}', '388', '37', '10%', '10.50', '11.75', '13.00', '140'],
    ['{64714}', '240', '30', '13%', '8.50', '10.00', '11.50', '130'],
    ['REF {64708}', '—', '18', '—', '6.36', '—', '—', '75'],
  ],
});

// ── 13. Summary of Recommendation header, text layer ──
const sorHead = lines({
  id: 's167-sorhead',
  kind: 's167-ruc-summary-of-recommendation-header-text',
  before: 'AMA/Specialty Society RVS Update Committee — Summary of Recommendation',
  text: [
    'April 2027   Tab 18   Neuroplasty Major Peripheral Nerve   CPT Codes: {64712}, {64713}, {64714}',
    'Global: 090   Specialty Society(s): ASPNS, AANS/CNS   RUC database record [46617]',
    'The RUC recommends a work RVU of 8.12 for CPT code {64712} (25th percentile was 8.00) and 7.57 for {64714}.',
    'Presenters: Miriam Achterberg, MD (ASPNS); Tobias Reyna, MD (AANS). Conflict forms on file, packet [35071]',
  ].join('\n'),
});

// ── 14. SoR compelling evidence and rationale, text layer ──
const sorRationale = lines({
  id: 's167-sorrat',
  kind: 's167-sor-compelling-evidence-rationale-text',
  before: 'Compelling Evidence / Rationale',
  text: [
    'The specialty societies did not assert compelling evidence. The RUC reviewed the survey for {64712} and',
    'agreed that {64712} is typically performed with {64727} in fewer than 10% of cases (2025 Medicare claims).',
    'The RUC compared {64712} to key reference service {64708} (work RVU 6.36, 75 minutes intra-service) and',
    'to MPC code {27093}. CPT {64714} was valued by crosswalk to {64713} less the difference in post-op visits.',
    'Code {64445} (Tab 19) is unchanged at 1.00; {64632} (Tab 20) was reaffirmed at 1.23, global 010.',
    'Work neutrality: total work RVUs for the family fell by [12260] RVUs (2025 utilization × ΔRVU).',
  ].join('\n'),
});

// ── 15. Key reference service comparison, table ──
const krs = table({
  id: 's167-krs',
  kind: 's167-sor-key-reference-service-comparison-grid',
  caption: 'KEY REFERENCE SERVICE — selected by 46% of respondents',
  headers: ['Key Reference CPT', 'Descriptor', 'Work RVU', 'Intra-Service Time', 'Total Time', 'IWPUT'],
  rows: [
    ['{64708}', 'Neuroplasty; other than specified', '6.36', '75', '361', '0.044'],
    ['SURVEY {64712}', 'Neuroplasty; sciatic nerve', '8.12', '120', '413', '0.039'],
    ['MPC {27093}', 'Injection for hip arthrography', '1.30', '15', '38', '0.059'],
  ],
});

// ── 16. Post-operative visit table, table ──
const postop = table({
  id: 's167-postop',
  kind: 's167-sor-post-operative-visits-grid',
  caption: 'Post-Operative Visits (number of visits by code)',
  headers: ['CPT Code', '99231', '99232', '99233', '99238', '99239', '99211', '99212', '99213', '99214'],
  rows: [
    ['{64712} survey median', '0', '1', '0', '1', '0', '0', '1', '2', '0'],
    ['{64712} RUC rec', '0', '0', '0', '1', '0', '0', '1', '2', '0'],
    ['{64714} RUC rec', '0', '1', '0', '1', '0', '0', '1', '2', '0'],
    ['REF {64708}', '0', '0', '0', '1', '0', '0', '2', '1', '0'],
  ],
});

// ── 17. PE spreadsheet, CSV export, text layer ──
const peCsv = lines({
  id: 's167-pecsv',
  kind: 's167-pe-spreadsheet-inputs-csv-text',
  before: 'Tab18_PE_Neuroplasty_Apr2027.xlsx — exported "PE Inputs" sheet (CSV)',
  text: [
    'CMS_CODE,Staff_Type,Description,{64712}_NF,{64712}_F,{64714}_NF,{64714}_F,{64708}_F,Revised',
    'L037D,RN/LPN/MTA,Complete pre-service diagnostic and referral forms,,5,,5,5,[45801]',
    'L037D,RN/LPN/MTA,Office visit before surgery ({99213}),,16,,16,16,[45801]',
    'SA048,pack; minimum multi-specialty visit,,,3,,3,3,[45814]',
    'EF031,table; power,,,36,,36,36,[45814]',
    'EQ168,light; exam,,,36,,36,36,[45814]',
    'SB006,drape; non-sterile; sheet 40in x 60in,,,1,,1,1,[45819]',
    'SJ053,swab-pad; alcohol,,,2,,2,2,[45812]',
    'Sheet: PE Inputs | Tab18 | RUC file [16665] | Last saved by DW',
  ].join('\n'),
});

// ── 18. PE summary table, table ──
const peSummary = table({
  id: 's167-pesum',
  kind: 's167-pe-subcommittee-summary-grid',
  caption: 'PE Subcommittee — Summary of direct PE inputs, Tabs 18–21',
  headers: ['CPT', 'Setting', 'Clinical labor (min)', 'Supplies ($)', 'Equipment (min)', 'PE Subcommittee action'],
  rows: [
    ['{64712}', 'Facility only', '132', '14.82', '184', 'Approved as modified'],
    ['{64714}', 'Facility only', '132', '14.82', '184', 'Approved as modified'],
    ['{64445}', 'NF / F', '28 / 6', '22.90', '26', 'Approved'],
    ['{64632}', 'NF / F', '53 / 22', '31.44', '47', 'Approved'],
    ['{64612}', 'NF / F', '42 / 20', '9.15', '38', 'Refer back: typical POS is office (11) not OPPS'],
  ],
});

// ── 19. Building block / IWPUT worksheet, table ──
const iwput = table({
  id: 's167-iwput',
  kind: 's167-building-block-iwput-worksheet-grid',
  caption: 'Building block calculation (staff worksheet) — {64712} at RUC recommended values',
  headers: ['Component', 'CPT / element', 'Minutes', 'Intensity', 'RVW'],
  rows: [
    ['Pre-service eval', '—', '40', '0.0224', '0.90'],
    ['Intra-service', '{64712}', '120', '0.0390', '4.68'],
    ['Hospital discharge', '{99238}', '38', '—', '1.28'],
    ['Office visits', '2 × {99213} + 1 × {99212}', '75', '—', '1.26'],
    ['Total', 'Sheet id [39650]', '313', '—', '8.12'],
  ],
});

// ── 20. Presenter slides, text layer ──
const slides = lines({
  id: 's167-slides',
  kind: 's167-presenter-slide-deck-text-layer',
  before: 'ASPNS_Tab18_RUC_Presentation_v4.pptx — slide text',
  text: [
    'Slide 3 — Why {64712} and {64714} are here: Negative IWPUT screen (RAW, Oct 2026)',
    'Slide 5 — Survey: n=41 for {64712}; median 9.50, 25th 8.00 — we recommend the 25th percentile',
    'Slide 6 — KRS {64708} vs {64712}: +45 min intra-service; deeper dissection, sciatic notch',
    'Slide 9 — Not part of this tab: {64445} (Tab 19), {64632} (Tab 20), {64612} (Tab 21)',
    'Slide 12 — Thank you. Questions? Deck version id [26344]',
  ].join('\n'),
});

// ── 21. RUC database search results, table ──
const rucDb = table({
  id: 's167-rucdb',
  kind: 's167-ruc-database-search-results-grid',
  caption: 'RUC Database Online — Search: "6471" — 8 results',
  headers: ['Code', 'Short Descriptor', 'Global', 'Work RVU', 'Last RUC Review', 'Source', 'Record'],
  rows: [
    ['{64702}', 'Revise finger/toe nerve', '090', '4.34', 'Apr 2015', 'RUC', '[18179]'],
    ['{64704}', 'Revise hand/foot nerve', '090', '4.69', 'Apr 2015', 'RUC', '[18180]'],
    ['{64708}', 'Revise arm/leg nerve', '090', '6.36', 'Jan 2016', 'RUC', '[19072]'],
    ['{64712}', 'Revision of sciatic nerve', '090', '8.12', 'Apr 2027', 'RUC', '[46617]'],
    ['{64713}', 'Revision of arm nerve(s)', '090', '11.00', 'Apr 2027', 'RUC', '[46618]'],
    ['{64714}', 'Revise low back nerve(s)', '090', '7.57', 'Apr 2027', 'RUC', '[46619]'],
  ],
});

// ── 22. Medicare utilization (Part B national summary) CSV, text layer ──
const utilCsv = lines({
  id: 's167-utilcsv',
  kind: 's167-medicare-part-b-utilization-csv-text',
  before: 'BETOS_PartB_National_Summary_2025.csv — rows for the tab',
  text: [
    'HCPCS,MODIFIER,ALLOWED_SERVICES,ALLOWED_CHARGES,PAYMENT,SPEC_TOP,NUM_PROVIDERS',
    '{64445},,118204,9841260.11,7716448.52,05,[21460]',
    '{64632},,[24506],2118905.40,1661226.02,48,[10387]',
    '{64612},,[57330],7420311.35,5817524.09,13,[14729]',
    '{64712},,3118,1988204.67,1558752.46,24,2011',
    '{64714},,611,362908.12,284519.97,14,498',
  ].join('\n'),
});

// ── 23. Federal Register preamble table, text layer ──
const frTable = lines({
  id: 's167-frtable',
  kind: 's167-federal-register-preamble-work-rvu-table-text',
  before: '[[Page 61201]]  TABLE 20: CY 2028 Work RVUs for New, Revised and Potentially Misvalued Codes',
  text: [
    'HCPCS  Descriptor                         Current work RVU  RUC rec  CMS time  CMS work RVU',
    '{64445}  N block inj sciatic sng           1.00    1.00    1.00    1.00',
    '{64632}  N block plantar digit             1.23    1.23    1.23    1.23',
    '{64712}  Revision of sciatic nerve         8.12    8.12    7.46    7.46',
    '{64713}  Revision of arm nerve(s)          11.00   10.50   10.50   10.50',
    '{64714}  Revise low back nerve(s)          7.45    7.57    7.57    7.20',
    '[[Page [61202]]]   [FR Doc. 2027-[14963]]',
  ].join('\n'),
});

// ── 24. Federal Register preamble prose, text layer ──
const frProse = lines({
  id: 's167-frprose',
  kind: 's167-federal-register-pfs-preamble-prose-text',
  before:
    'Federal Register / Vol. 92, No. 141 / Proposed Rules — (20) Neuroplasty Major Peripheral Nerve (CPT codes 64712, 64713, and 64714)',
  text: [
    'For CY 2028, the RUC recommended a work RVU of 8.12 for CPT code {64712}. We disagree with the RUC-',
    'recommended work RVU and are proposing 7.46, based on a crosswalk to CPT code {27279}, because the',
    'survey intra-service time for {64712} decreased from 150 to 120 minutes. See 86 FR [65179] for a similar',
    'approach. We are proposing the RUC-recommended direct PE inputs for CPT codes {64712} and {64714}.',
    'Comments must be received by September 10, 2027 (file code CMS-1843-P; see also 92 FR [64445]).',
    '[FR Doc. 2027-[14963] Filed 7-14-27; 4:15 pm]  BILLING CODE 4120-01-P',
  ].join('\n'),
});

// ── 25. Addendum B, table ──
const addendumB = table({
  id: 's167-addb',
  kind: 's167-federal-register-addendum-b-rvu-grid',
  caption: 'ADDENDUM B — Relative Value Units and Related Information Used in CY 2028 Final Rule',
  headers: [
    'CPT¹/HCPCS',
    'Mod',
    'Status',
    'Description',
    'Work RVUs²',
    'Non-facility PE RVUs²',
    'Facility PE RVUs²',
    'Mal-practice RVUs²',
    'Global',
  ],
  rows: [
    ['{64445}', '', 'A', 'N block inj sciatic sng', '1.00', '1.79', '0.42', '0.09', '000'],
    ['{64612}', '', 'A', 'Destroy nerve face muscle', '1.53', '2.22', '1.41', '0.14', '010'],
    ['{64632}', '', 'A', 'N block plantar digit', '1.23', '1.98', '0.58', '0.10', '010'],
    ['{64712}', '', 'A', 'Revision of sciatic nerve', '7.46', 'NA', '6.72', '1.49', '090'],
    ['{64714}', '', 'A', 'Revise low back nerve(s)', '7.20', 'NA', '6.38', '1.55', '090'],
    ['{64727}', '', 'A', 'Internal nerve revision', '3.02', 'NA', '1.35', '0.57', 'ZZZ'],
  ],
});

// ── 26. CMS RVU file, fixed-width rows, text layer ──
const rvuFile = lines({
  id: 's167-rvufile',
  kind: 's167-cms-rvu-file-fixed-width-text',
  before: 'PPRRVU28_JAN.txt (RVU28A) — selected rows',
  text: [
    '{64445}  N BLOCK INJ SCIATIC SNG   A   1.00  1.79 NA 0.42 NA 0.09  2.88  1.51 000',
    '{64612}  DESTROY NERVE FACE MUSCLE A   1.53  2.22 NA 1.41 NA 0.14  3.89  3.08 010',
    '{64632}  N BLOCK PLANTAR DIGIT     A   1.23  1.98 NA 0.58 NA 0.10  3.31  1.91 010',
    '{64712}  REVISION OF SCIATIC NERVE A   7.46  NA   NA 6.72 NA 1.49 NA   15.67 090',
    '{64714}  REVISE LOW BACK NERVE(S)  A   7.20  NA   NA 6.38 NA 1.55 NA   15.13 090',
  ].join('\n'),
});

// ── 27. PFS look-up tool results, table ──
const lookup = table({
  id: 's167-lookup',
  kind: 's167-pfs-lookup-tool-results-grid',
  caption: 'Physician Fee Schedule Look-Up Tool — Year 2028, MAC locality 16200-00 (Chicago, IL), Pricing Information',
  headers: ['HCPCS', 'Modifier', 'MAC', 'Non-Facility Price', 'Facility Price', 'Global Days', 'Conversion Factor'],
  rows: [
    ['{64445}', '', '[06102]', '$96.68', '$50.97', '000', '33.4009'],
    ['{64632}', '', '[06102]', '$112.42', '$64.90', '010', '33.4009'],
    ['{64712}', '', '[06102]', 'NA', '$532.19', '090', '33.4009'],
    ['{64714}', '', '[06102]', 'NA', '$514.00', '090', '33.4009'],
    ['{64612}', '', '[06102]', '$132.11', '$104.60', '010', '33.4009'],
  ],
});

// ── 28. Society comment letter to CMS, PDF text layer ──
const commentLetter = lines({
  id: 's167-letter',
  kind: 's167-society-comment-letter-to-cms-pdf-text',
  before: 'ASPNS letterhead — PO Box [64632], Chicago, IL 60664-0632 (lockbox) — 9700 W. Bryn Mawr Ave, Rosemont',
  text: [
    'Re: CMS-1843-P; Medicare Program; CY 2028 Payment Policies Under the Physician Fee Schedule',
    'ASPNS urges CMS to finalize the RUC-recommended work RVU of 8.12 for CPT code {64712} (Neuroplasty, sciatic',
    "nerve). CMS's crosswalk to {27279} ignores that {64712} requires exposure from the sciatic notch to the",
    'popliteal fossa. We likewise ask CMS to accept 7.57 for {64714} rather than a reverse building block.',
    'We support the proposed values for {64445}, {64632} and the direct PE inputs for {64612}.',
    'Sincerely, Miriam Achterberg, MD, RUC Advisor — ASPNS, 9700 W. Bryn Mawr Ave, Suite 200, Rosemont, IL [60018]',
    'Letter tracking no. [27533]. Contact: Kelsey Navarro, Director of Health Policy, (847) 555-0142.',
  ].join('\n'),
});

// ── 29. regulations.gov comment page, text layer ──
const regsGov = lines({
  id: 's167-regsgov',
  kind: 's167-regulations-gov-comment-page-text',
  before: 'regulations.gov › Docket CMS-2027-0131 › Comment',
  text: [
    'Comment from American Society of Peripheral Nerve Surgeons   Posted by the Centers for Medicare & Medicaid Services',
    'Comment ID CMS-2027-0131-[64712]   Tracking Number mx4-9kq2-7wbe   Received: Sep 9, 2027',
    'See attached file(s): ASPNS_CY2028_PFS_Comments.pdf (412 KB). Topics: Potentially misvalued codes; {64712};',
    '{64714}; PE inputs. Federal Register Number 2027-[14963]. Related comment CMS-2027-0131-[32187] (AANS/CNS) and -[32658] (ASSH).',
  ].join('\n'),
});

// ── 30. Society newsletter article, text layer ──
const newsletter = lines({
  id: 's167-newsletter',
  kind: 's167-society-newsletter-article-text',
  before: 'The Nerve Letter — ASPNS member newsletter — Winter 2028 — Article [64714]',
  text: [
    'RUC UPDATE: WHAT HAPPENED TO SCIATIC NEUROPLASTY',
    'Thanks to 41 of you who answered the survey, the RUC held {64712} at 8.12 in April. In the final rule,',
    'CMS cut it to 7.46 anyway and trimmed {64714} to 7.20, citing a drop in intra-service time.',
    'The good news: {64445} and {64632} held steady, and the PE fix for {64612} raised office payment 6%.',
    'Next up: CPT 2029 revisions to {64702}-{64727}. Watch for a survey in your inbox from Qualtrics ID [44730].',
    'Advertising: NerveWrap™ conduit, order line 1-800-555-0199, ref [15940]',
    'The Nerve Letter is published by ASPNS, 9700 W. Bryn Mawr Ave, Suite 200, Rosemont, IL [60018]',
  ].join('\n'),
});

// ── 31. Member email from RUC advisor (Outlook), text layer ──
const advisorEmail = lines({
  id: 's167-advisoremail',
  kind: 's167-ruc-advisor-email-thread-text',
  before: 'Outlook — Inbox — RE: Tab 18 survey response rate (low!)',
  text: [
    'From: Miriam Achterberg <machterberg@...>  Sent: Monday, February 8, 2027 7:14 AM',
    'We are at 27 responses for {64712} and 19 for {64714}. RUC needs 30 minimum. Please forward the link',
    'to your partners who do sciatic work. Do NOT forward to people who only do {64445} blocks.',
    'Kelsey — please re-send to the ZIP [60022]–[60093] members and the Duluth group ([55812]).',
    'Miriam Achterberg, MD | ASPNS RUC Advisor | 1725 W. Harrison St, Chicago, IL [60612]',
    '> On Fri, Feb 5, Kelsey Navarro wrote: Re-send scheduled; distribution id [36577].',
  ].join('\n'),
});

// ── 32. Staff chat (Slack), text layer ──
const chat = lines({
  id: 's167-chat',
  kind: 's167-staff-slack-channel-text',
  before: '#health-policy — ASPNS workspace',
  text: [
    'Kelsey Navarro 10:02 AM  PE spreadsheet for {64712}/{64714} due to AMA Friday; who has the supply invoices?',
    'Dan Whitfield 10:05 AM  I do. SA048 pack price from vendor quote [12530]; the drape is SB006',
    'Kelsey Navarro 10:06 AM  also {64632} non-facility needs the neurolytic agent, and {64612} is PE only',
    'Dan Whitfield 10:09 AM  🧾 expense report [64632] submitted for the RUC hotel (conf. [64445])',
    'Priya Shah 10:12 AM  Meridian invoice [64612] approved, coded to project [70316]; Qualtrics renewal quote [88034]',
    'Priya Shah 10:15 AM  FR page for the proposed rule discussion is 92 FR [61201] fyi',
  ].join('\n'),
});

// ── 33. Board minutes, text layer ──
const boardMinutes = lines({
  id: 's167-board',
  kind: 's167-society-board-meeting-minutes-text',
  before: 'ASPNS Board of Directors — Minutes — March 3, 2027 — Virtual (Zoom)',
  text: [
    '4. Health Policy report (Navarro). RUC survey of {64712}/{64714} closed with 41 and 30 responses.',
    'The Board approved the recommendation to present the 25th percentile for {64712} (8.00 vs current 8.12).',
    'Motion 2027-[11802] (Reyna/Okafor) to fund a RUC survey consultant up to $18,000 carried 11–0.',
    '5. Treasurer: CD matured; reinvested in account ending [40019]. Budget line 5410 RUC expenses.',
    '7. Annual meeting 2028: contract [81520] with Gaylord Opryland, Nashville, TN [37214], approved.',
    '6. Coding: members asked whether {64445} may be reported with {64712} same day (global; NCCI bundles it).',
  ].join('\n'),
});

// ── 34. Survey vendor invoice, text layer (decoy heavy) ──
const invoice = lines({
  id: 's167-invoice',
  kind: 's167-survey-consultant-invoice-text',
  before: 'Meridian Health Policy Analytics, LLC — INVOICE',
  text: [
    'Invoice No. [64612]   Invoice Date: 03/15/2027   Terms: Net 30   Client ID [31807]',
    'Bill to: ASPNS, 9700 W. Bryn Mawr Ave, Suite 200, Rosemont, IL [60018]',
    'RUC survey management, Tab 18 ({64712}/{64714}), 32 hrs @ $225 .......... $7,200.00',
    'Survey programming and data cleaning, project [70316] .............. $1,850.00',
    'Customer PO [24087]   Engagement letter ref [70211]',
    'Remit to: Meridian HPA, 2100 Clarendon Blvd, Arlington, VA [22201]   PO [28977]',
  ].join('\n'),
});

// ── 35. Webinar page, text layer ──
const webinar = lines({
  id: 's167-webinar',
  kind: 's167-society-webinar-event-page-text',
  before: 'ASPNS Learning Center » Webinars » Understanding the RUC Survey',
  text: [
    'Understanding the RUC Survey: How Your Answers Set the Value of {64712}, {64714} and {64632}',
    'Thursday, January 21, 2027 · 7:00–8:00 PM CT · Free for members · Event #[42508]',
    'Learn how to pick a reference service (e.g. {64708} vs {64713}) and why time estimates matter.',
    'CME: 1.0 AMA PRA Category 1 Credit™. Activity ID [53911]. Zoom webinar ID 861 0034 2210.',
    'You are registered. Confirmation [90417] · Add to calendar',
  ].join('\n'),
});

// ── 36. Listserv post, text layer ──
const listserv = lines({
  id: 's167-listserv',
  kind: 's167-member-listserv-post-text',
  before: 'ASPNS Open Forum » Coding & Reimbursement » "Survey question: what counts as intra-service?"',
  text: [
    'Posted by R. Halvorsen, MD (Glencoe, IL [60022]) · Member #[30981] · 14 replies',
    'For the {64712} survey, do I count the {64727} microdissection time? I usually add 20 min with the scope.',
    'Reply — M. Achterberg, MD: No. {64727} and {69990} are separate. Count only skin to closure for {64712} itself.',
    'Reply — S. Ibe, DPM (Cocoa, FL [32922]): same issue on the {64632} survey with the alcohol injections.',
    'Thread id [23488] · flagged by moderator as "Do not discuss survey values you entered"',
  ].join('\n'),
});

// ── 37. Timeline tracker, table ──
const tracker = table({
  id: 's167-tracker',
  kind: 's167-society-ruc-timeline-tracker-grid',
  caption: 'ASPNS RUC Cycle Tracker (SharePoint list) — CY 2028 cycle',
  headers: ['Item', 'Code(s)', 'Owner', 'Due', 'Status', 'Ref'],
  rows: [
    ['LOI returned', '{64712}, {64714}, {64632}', 'KN', '11/14/2026', 'Done', '[31458]'],
    ['Survey closes', '{64712}/{64714}', 'MA', '02/12/2027', 'Done', '[20517]'],
    ['PE spreadsheet to AMA', '{64712}', 'DW', '03/05/2027', 'Done', '[16665]'],
    ['Comment letter', '{64712} {64714} {64612}', 'KN', '09/10/2027', 'Done', '[27533]'],
    ['Final rule review', 'Addendum B', 'PS', '11/05/2027', 'Open', '[43902]'],
    ['Pay Meridian invoice', '—', 'PS', '04/14/2027', 'Done', 'AP [70488]'],
    ['RUC hotel block', '—', 'DW', '03/20/2027', 'Done', 'Conf. [64445]'],
  ],
});

// ── 38. Conflict of interest disclosure, text layer (form) ──
const coi = lines({
  id: 's167-coi',
  kind: 's167-ruc-advisor-conflict-disclosure-form-text',
  before: 'RUC Financial Disclosure Statement — Specialty Society Advisor / Presenter',
  text: [
    'Name: Tobias Reyna, MD   Society: AANS   Tab(s): 18   Codes presented: {64712}, {64713}, {64714}',
    'Do you or your group perform the services under review?  ☒ Yes  ☐ No   (approx. 40 cases of {64714} / yr)',
    'Consulting / royalties: NerveWrap Inc. (conduit; not related to {64712}) — disclosure id [48455]',
    'Practice address: 3400 Spruce St, Philadelphia, PA [19104]   Signature on file',
    'RUC Advisor roster no. [50682]   Form received 03/29/2027',
  ].join('\n'),
});

// ── 39. Web search results page, text layer ──
const serp = lines({
  id: 's167-serp',
  kind: 's167-web-search-results-page-text',
  before: 'Search: "64712 RUC survey work RVU"',
  text: [
    'Federal Register :: Medicare Program; CY 2028 Payment Policies ... — ... CPT code {64712} we disagree with',
    'the RUC-recommended work RVU of 8.12 ... 92 FR [61201] · Jul 16, 2027',
    'ASPNS — RUC Update: What happened to sciatic neuroplasty — {64712}, {64714} ... article [64714]',
    'AAPC Codify — CPT® {64712} — Neuroplasty, major peripheral nerve, arm or leg, open; sciatic nerve',
  ].join('\n'),
});

// ── 40. Specialty utilization split (RUC "specialty mix"), table ──
const specMix = table({
  id: 's167-specmix',
  kind: 's167-ruc-specialty-utilization-mix-grid',
  caption: 'Medicare specialty utilization, 2025 (percent of allowed services) — supports typical specialty',
  headers: ['CPT', 'Neurosurgery', 'Orthopaedic', 'Plastic', 'Podiatry', 'Anesthesia', 'Total services'],
  rows: [
    ['{64712}', '34%', '28%', '22%', '0%', '0%', '3,118'],
    ['{64714}', '61%', '14%', '12%', '0%', '0%', '611'],
    ['{64632}', '0%', '2%', '0%', '91%', '1%', '24,506'],
    ['{64445}', '1%', '6%', '0%', '2%', '74%', '118,204'],
  ],
});

// ── 41. Member reminder digest email, text layer ──
const reminder = lines({
  id: 's167-reminder',
  kind: 's167-member-weekly-digest-email-text',
  before: 'ASPNS Weekly — February 4, 2027',
  text: [
    '⏰ LAST CALL: RUC survey for {64712} and {64714} closes Feb 12. Only 2 of 10 RVS surveys reach 40+.',
    '📰 CMS opens comment on {64612} site-of-service anomaly — read our summary (item [15256])',
    '🎓 Webinar recording: Understanding the RUC Survey (event [42508])',
    'ASPNS · 9700 W. Bryn Mawr Ave, Suite 200 · Rosemont, IL [60018] · Manage preferences',
    '📍 Annual Meeting, Nashville — hotel block code [37519]; Music City Center, 201 Rep. John Lewis Way, [37203]',
  ].join('\n'),
});

// ── 42. CPT parenthetical / code change summary page, text layer ──
const cptSummary = lines({
  id: 's167-cptsum',
  kind: 's167-cpt-panel-action-summary-text',
  before: 'CPT Editorial Panel — Summary of Panel Actions, February 2027 — Nervous System',
  text: [
    'Tab 31  Neuroplasty  Revised parenthetical following {64714}: "(For internal neurolysis, use {64727})"',
    'Tab 32  Destruction by neurolytic agent  Accepted revision of {64632} to include imaging guidance when performed',
    'Tab 33  Sciatic nerve block  Postponed; {64445}/{64446} family to be referred to RAW. Applicant ref [13360]',
    'Code change application CCA-[20791] (ASA) withdrawn; see {64445} parenthetical unchanged',
  ].join('\n'),
});

// ── 43. RUC meeting hotel confirmation email, text layer (decoy heavy) ──
const hotel = lines({
  id: 's167-hotel',
  kind: 's167-ruc-meeting-hotel-confirmation-email-text',
  before: 'Hyatt Regency Chicago — Reservation Confirmation — AMA RUC April 2027',
  text: [
    'Confirmation Number: [64445]   Guest: Dan Whitfield   Group: AMA RVS Update Committee (code [56437])',
    'Arrival Wed, Apr 21, 2027 · Departure Sun, Apr 25, 2027 · Rate $289.00 + tax · Rewards no. 5531 0872',
    'Hyatt Regency Chicago, 151 East Wacker Drive, Chicago, Illinois [60601] · Folio [38120]',
    'Cancel by 4:00 PM 72 hours before arrival. Billing: ASPNS, 9700 W. Bryn Mawr Ave, Rosemont, IL [60018]',
  ].join('\n'),
});

export const sealed167: Snippet[] = [
  ...rawScreen,
  ...rucAgenda,
  ...loiForm,
  ...inviteEmail,
  ...surveyIntro,
  ...vignette,
  ...rsl,
  ...surveyTime,
  ...dashboard,
  ...rawCsv,
  ...apiJson,
  ...results,
  ...sorHead,
  ...sorRationale,
  ...krs,
  ...postop,
  ...peCsv,
  ...peSummary,
  ...iwput,
  ...slides,
  ...rucDb,
  ...utilCsv,
  ...frTable,
  ...frProse,
  ...addendumB,
  ...rvuFile,
  ...lookup,
  ...commentLetter,
  ...regsGov,
  ...newsletter,
  ...advisorEmail,
  ...chat,
  ...boardMinutes,
  ...invoice,
  ...webinar,
  ...listserv,
  ...tracker,
  ...coi,
  ...serp,
  ...specMix,
  ...reminder,
  ...cptSummary,
  ...hotel,
];
