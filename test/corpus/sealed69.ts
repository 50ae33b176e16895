import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 69 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s69-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too, deleted ones included (a coder still reads a deleted code as a code). About a third of the
 * decoys are numbers of the synthetic 10,000-code set (KNOWN_10K) used as procedure record ids, CDM numbers,
 * department ids, rule and edit ids, ticket and change numbers, ZIPs, user ids, prices and counts. The five known
 * codes' digits come back as decoys: analyst user ids, an HL7 message control id, a payer group, a GL prefix, an
 * internal mail code, a change approver and an interface contract number.
 *
 * Family: EHR build and charge-capture analysts at a health system (the people who build what coders use): a
 * procedure master file record screen and search (internal procedure record ids, linked CPT, linked CDM, revenue
 * code, department), a charge router rule editor and charge-review rule list, a charge-review work queue, a
 * CDM-to-procedure mapping spreadsheet and its CSV export, build tickets and a change request as prose, an annual CPT
 * update impact worklist and memo (new, revised, deleted codes for the nerve procedures), a preference-list build and
 * an order-panel / SmartText build sheet and preview, a charge-lag dashboard with drill-downs, an interface error
 * queue with a raw HL7 DFT rejection and a triage chat, a testing script with expected charges and tester comments,
 * an 837I test claim, a Tapestry-style claim-edit rule export (XML, JSON, summary grid), a build audit trail, a
 * case-to-charge reconciliation, a clinician tip sheet, and decoy-only pages (a release calendar, an analyst on-call
 * roster, a department record, interface connection settings, a test-patient list, a payer / plan edit-group
 * mapping, an environment refresh notice).
 * Built on real public layouts: the HL7 v2.5.1 DFT^P03 message (MSH, EVN, PID, PV1, FT1 with the charge code in
 * FT1-7 and the procedure code in FT1-25, ERR), the X12 837I claim (CLM, SV2 with revenue code and HC: procedure,
 * N4), the CMS NCCI procedure-to-procedure edit table (column 1 / column 2 / modifier indicator) and MUE table, the
 * AMA CPT annual update (new / revised / deleted), and a hospital charge description master (charge number,
 * description, revenue code, HCPCS, price). The EHR build screens are written the way those screens read, with no
 * single source.
 *
 * 386 labelled tokens over 37 shapes: 158 codes, 228 decoys, 74 of the decoys in KNOWN_10K.
 */

// ── 1. Procedure master record screen, text layer ──
const eapRecord = lines({
  id: 's69-eaprec',
  kind: 's69-procedure-master-record-screen-text',
  before: 'Procedure Master (EAP) — Record view — Driftless Health — PRD',
  text: [
    'Record: EAP [52190]   Name: NEUROPLASTY MAJOR PERIPHERAL NERVE ARM/LEG OPEN; SCIATIC',
    'Procedure code: {64712}   Code type: CPT   Billing type: Surgical   Active: Yes',
    'Linked HB charge (CDM): [30418]   Revenue code: 0360   PB charge: same as procedure code',
    'Performing department: [10140] DH MAIN OR   Cost center [53250]',
    'Last changed 09/14/2025 by user [64445] (J. Lindqvist) — reason: price update per change [88417]',
    'Mapped preference card: [21886] SCIATIC NEUROPLASTY — Dr. Halvorsen',
  ].join('\n'),
});

// ── 2. Procedure master search results, table ──
const eapSearch = table({
  id: 's69-eapsearch',
  kind: 's69-procedure-master-search-results-grid',
  caption: 'Procedure search: "NERVE" — 8 records',
  headers: ['Proc ID', 'Procedure name', 'Code', 'Type', 'Active', 'Last edit'],
  rows: [
    ['[52190]', 'NEUROPLASTY SCIATIC NERVE', '{64712}', 'CPT', 'Y', '09/14/2025'],
    ['[52191]', 'NEUROPLASTY LUMBAR PLEXUS', '{64714}', 'CPT', 'Y', '09/14/2025'],
    ['[52204]', 'INJ ANES SCIATIC NERVE SINGLE', '{64445}', 'CPT', 'Y', '01/02/2025'],
    ['[52205]', 'INJ ANES SCIATIC CONT INFUSION', '{64446}', 'CPT', 'Y', '01/02/2025'],
    ['[52260]', 'DESTR NEUROLYTIC PLANTAR DIGITAL NERVE', '{64632}', 'CPT', 'Y', '01/02/2025'],
    ['[52314]', 'CHEMODENERVATION FACIAL NERVE UNILAT', '{64612}', 'CPT', 'Y', '03/18/2024'],
    ['[52312]', 'CHEMODENERV MUSC MIGRAINE', '{64615}', 'CPT', 'Y', '03/18/2024'],
    ['[48806]', 'NEUROPLASTY SCIATIC (OLD)', '{64712}', 'CPT', 'N', '12/31/2019'],
  ],
});

// ── 3. Charge router rule editor, text layer ──
const routerRule = lines({
  id: 's69-router',
  kind: 's69-charge-router-rule-editor-text',
  before: 'Charge Router — Rule Editor — rule detail',
  text: [
    'Rule ID [40118]   Name: PERIOP NERVE PROCEDURES TO CODING REVIEW   Status: Active',
    'Criteria 1: Procedure code is one of {64712}, {64714}, {64708}, {64713}',
    'Criteria 2: Service area [10001] and revenue location [10140]',
    'Criteria 3: Charge amount greater than [15000].00',
    'Action: hold charge, route to WQ 3012 PERIOP CODING REVIEW, hold days 3',
    'Exception: if modifier 59 or XS is on {64445} in the same session, release without review',
    'Note: rule [40131] handles {64632} and {64640} for the podiatry clinic, dept [10322]',
  ].join('\n'),
});

// ── 4. Charge review rule list, table ──
const ruleList = table({
  id: 's69-rulelist',
  kind: 's69-charge-review-rule-list-grid',
  caption: 'Charge review rules — revenue integrity — active',
  headers: ['Rule', 'Description', 'Proc', 'Action', 'WQ', 'Hits (30d)'],
  rows: [
    ['[40118]', 'Periop nerve procedures to coding review', '{64712}', 'Hold 3d', '3012', '214'],
    ['[40131]', 'Podiatry neurolysis, units over 1', '{64632}', 'Hold', '3015', '57'],
    ['[40140]', 'Botox procedure without drug line', '{64612}', 'Hold + msg', '3020', '38'],
    ['[40152]', 'Block filed by anesthesia and OR same day', '{64445}', 'Route', '3031', '412'],
    ['[40147]', 'Duplicate block same nerve same day', '{64447}', 'Hold', '3031', '26'],
    ['[40160]', 'Charge over price limit', 'all', 'Hold', '3099', '[10472]'],
  ],
});

// ── 5. CDM-to-procedure mapping spreadsheet, table ──
const cdmMap = table({
  id: 's69-cdmmap',
  kind: 's69-cdm-procedure-mapping-spreadsheet-grid',
  caption: 'CDM ↔ procedure mapping — FY26 — Periop and procedural (tab 2 of 5)',
  headers: ['CDM', 'CDM description', 'Rev', 'Billed code', 'EAP', 'Price'],
  rows: [
    ['[30418]', 'NEUROPLASTY SCIATIC', '0360', '{64712}', '[52190]', '[12450].00'],
    ['[30419]', 'NEUROPLASTY LUMB PLEXUS', '0360', '{64714}', '[52191]', '[11980].00'],
    ['[30502]', 'NERVE BLK SCIATIC SGL', '0361', '{64445}', '[52204]', '1,840.00'],
    ['[30503]', 'NERVE BLK SCIATIC CONT', '0361', '{64446}', '[52205]', '2,210.00'],
    ['[31277]', 'NEUROLYSIS PLANTAR DIG', '0510', '{64632}', '[52260]', '955.00'],
    ['[31290]', 'CHEMODENERV FACIAL UNI', '0510', '{64612}', '[52314]', '1,105.00'],
    ['[31292]', 'CHEMODENERV MIGRAINE', '0510', '{64615}', '[52312]', '1,260.00'],
    ['[39004]', 'US GUIDE NEEDLE PLACEMENT', '0402', '{76942}', '[52900]', '690.00'],
  ],
});

// ── 6. CDM mapping CSV export, text layer ──
const cdmCsv = lines({
  id: 's69-cdmcsv',
  kind: 's69-cdm-mapping-csv-export-text',
  before: 'cdm_hcpcs_map_FY26.csv (opened in a text editor)',
  text: [
    'cdm,hcpcs,mod,rev,units',
    '[30418],{64712},,0360,1',
    '[30419],{64714},,0360,1',
    '[30502],{64445},,0361,1',
    '[31277],{64632},RT,0510,1',
    '[31290],{64612},,0510,1',
    '[31292],{64615},,0510,1',
    '[31306],{64455},,0510,1',
  ].join('\n'),
});

// ── 7. Build ticket, text layer ──
const buildTicket = lines({
  id: 's69-ticket',
  kind: 's69-build-ticket-prose-text',
  before: 'Build request — charge capture — submitted via the analyst intake form',
  text: [
    'Ticket [71047] — Requester: K. Brandt, Periop revenue integrity — Priority: High',
    'Summary: Podiatry documents plantar digital neurolysis but no HB charge drops. EAP [52260] is linked to',
    'CPT {64632} but has no CDM on the HB side. Please link CDM [31277] and set the revenue code to 0510.',
    'Also, the same clinic bills {64455} for the digital nerve injection; confirm that one already drops.',
    'Related: ticket [70984] (closed) fixed the same gap for {64445} in the ortho OR.',
    'Test patient ZZTEST, PODIATRY; CSN 4400981315; environment POC.',
  ].join('\n'),
});

// ── 8. Change request (CAB), text layer ──
const changeRequest = lines({
  id: 's69-change',
  kind: 's69-change-advisory-record-text',
  before: 'Change Advisory Board — change record — standard change',
  text: [
    'Change [88417]: load FY26 CDM price file; touches 1,412 CDM lines including [30418] and [30419]',
    'Risk: medium. Backout: reload price file version [20344] from the archive.',
    'Tested in POC; expected charges for {64712} and {64714} match the signed-off script.',
    'Window 10/04/2025 02:00–04:00; approver user [64714] (revenue cycle applications manager)',
    'CAB vote: approved 6–0. Post-implementation review ticket [88419].',
  ].join('\n'),
});

// ── 9. Annual CPT update impact worklist, table ──
const cptUpdate = table({
  id: 's69-cptupd',
  kind: 's69-annual-cpt-update-impact-worklist-grid',
  caption: 'Annual CPT update — nerve procedures — build impact worklist',
  headers: ['Status', 'CPT', 'Descriptor (short)', 'EAP to touch', 'CDM to touch', 'Owner', 'Done'],
  rows: [
    ['New', '{64451}', 'Inj SI joint nerves w/ fluoro/CT', '0', '0', 'MP', '☐'],
    ['New', '{64454}', 'Inj genicular nerve branches', '0', '0', 'MP', '☐'],
    ['New', '{64624}', 'Destr genicular nerve branches', '0', '0', 'MP', '☐'],
    ['New', '{64625}', 'RF SI joint nerves w/ imaging', '0', '0', 'MP', '☐'],
    ['Revised', '{64640}', 'Destr other peripheral nerve', '2', '2', 'KB', '☑'],
    ['Parenthetical', '{64450}', 'Inj other peripheral nerve', '3', '3', 'KB', '☑'],
    ['Parenthetical', '{64445}', 'Inj sciatic nerve single', '2', '2', 'JL', '☑'],
    ['Parenthetical', '{64632}', 'Destr plantar common digital nerve', '1', '1', 'KB', '☐'],
    ['No change', '{64612}', 'Chemodenerv facial nerve unilat', '—', '—', 'RA', 'n/a'],
    ['No change', '{64712}', 'Neuroplasty sciatic nerve', '—', '—', 'JL', 'n/a'],
    ['No change', '{64714}', 'Neuroplasty lumbar plexus', '—', '—', 'JL', 'n/a'],
    ['Deleted (prior yr)', '{64613}', 'Chemodenerv neck — confirm inactive', '1', '1', 'RA', '☑'],
  ],
});

// ── 10. CPT update memo, text layer ──
const cptMemo = lines({
  id: 's69-cptmemo',
  kind: 's69-annual-cpt-update-build-memo-text',
  before: 'From: Revenue integrity — To: Periop and procedural build team — Re: annual code update',
  text: [
    'New codes {64454} and {64624} replace what we built as {64450} and {64640} with a genicular comment.',
    'Create EAP records [52340] through [52343] for {64451}, {64454}, {64624} and {64625}; nothing is inactivated.',
    'Podiatry asked whether {64632} changes. It does not, but the parenthetical bars reporting it with {64455}.',
    'Nothing changes for {64612} or {64712}; run the regression script anyway (script [21011], ticket [71143]).',
    'Go-live in PRD by 12/29. Questions to the build queue, or page the on-call analyst at 608-555-0144.',
  ].join('\n'),
});

// ── 11. Preference list build, table ──
const prefList = table({
  id: 's69-preflist',
  kind: 's69-preference-list-build-grid',
  caption: 'Preference list build — Pain clinic procedure pick list (ambulatory)',
  headers: ['Section', 'Display name', 'Proc ID', 'Svc', 'Default qty'],
  rows: [
    ['Nerve blocks', 'Sciatic nerve block', '[52204]', '{64445}', '1'],
    ['Nerve blocks', 'Femoral nerve block', '[52206]', '{64447}', '1'],
    ['Nerve blocks', 'Other peripheral nerve block', '[52211]', '{64450}', '1'],
    ['Neurolysis', 'Plantar digital neurolysis', '[52260]', '{64632}', '1'],
    ['Chemodenervation', 'Facial nerve, unilateral', '[52314]', '{64612}', '1'],
    ['Chemodenervation', 'Migraine protocol', '[52312]', '{64615}', '1'],
    ['Imaging', 'US guidance', '[52900]', '{76942}', '1'],
  ],
});

// ── 12. Order panel / SmartText build sheet, text layer ──
const orderPanel = lines({
  id: 's69-panel',
  kind: 's69-order-panel-smarttext-build-sheet-text',
  before: 'SmartText / order panel build sheet — PAIN PROCEDURE ORDERS (adult)',
  text: [
    'SmartText ID [33108]   Name: DH PAIN NERVE PROCEDURE CONSENT + ORDERS',
    'Panel [33122] contents:',
    '  ◦ Proc [52204] Sciatic nerve block ({64445}) — laterality prompt on',
    '  ◦ Proc [52260] Plantar digital neurolysis ({64632}) — quantity prompt, one per nerve',
    '  ◦ Proc [52314] Chemodenervation facial ({64612}) — pairs with drug order J0585 units',
    '  ◦ Proc [52190] Sciatic neuroplasty ({64712}) — OR case request only, hidden in clinic',
    'SmartLink @PROCCODE@ pulls the linked code; on the AVS it renders as "CPT {64445}".',
  ].join('\n'),
});

// ── 13. Charge lag dashboard, table (decoy only) ──
const lagDash = table({
  id: 's69-lagdash',
  kind: 's69-charge-lag-dashboard-grid',
  caption: 'Charge lag dashboard — last 30 days — by department',
  headers: ['Department', 'Dept ID', 'Charges', 'Avg lag (d)', '% > 3 days', 'Charge $'],
  rows: [
    ['DH MAIN OR', '[10140]', '4,812', '2.1', '9%', '18.4M'],
    ['DH PAIN CLINIC', '[10318]', '[11204]', '1.4', '3%', '2.9M'],
    ['DH PODIATRY', '[10322]', '2,376', '4.8', '31%', '0.8M'],
    ['DH NEUROLOGY BOTOX', '[10330]', '1,090', '6.2', '44%', '1.1M'],
    ['DH ASC EAST', '[10412]', '[13580]', '1.1', '2%', '6.0M'],
  ],
});

// ── 14. Charge lag drill-down, table ──
const lagDrill = table({
  id: 's69-lagdrill',
  kind: 's69-charge-lag-drilldown-grid',
  caption: 'Drill-down — DH NEUROLOGY BOTOX — oldest unposted',
  headers: ['Item', 'Qty', 'Avg lag', 'Oldest DOS', 'Held in WQ'],
  rows: [
    ['{64612}', '212', '7.4', '08/29/2025', '3020'],
    ['{64615}', '388', '6.9', '09/02/2025', '3020'],
    ['{64616}', '41', '5.0', '09/11/2025', '3020'],
    ['J0585 (drug)', '[14250] units', '3.2', '09/15/2025', '—'],
    ['{95874}', '19', '4.1', '09/10/2025', '—'],
  ],
});

// ── 15. Interface error queue, table ──
const errQueue = table({
  id: 's69-errq',
  kind: 's69-interface-error-queue-grid',
  caption: 'Interface error queue — inbound DFT^P03 (charges) — rejected',
  headers: ['Msg ctrl ID', 'Received', 'Error', 'FT1-25', 'FT1-7 charge code', 'HAR'],
  rows: [
    ['[77415]', '10/06 07:14', 'Proc not linked to CDM', '{64632}', '[31277]', '4400981273'],
    ['[77419]', '10/06 07:14', 'Invalid dept', '{64445}', '[30502]', '4400981288'],
    ['[77420]', '10/06 08:02', 'Code inactive on DOS', '{64613}', '[31296]', '4400981301'],
    ['[64714]', '10/06 09:40', 'Duplicate message control ID', '{64712}', '[30418]', '4400981277'],
    ['[77428]', '10/06 10:05', 'Units exceed max (4)', '{64632}', '[31277]', '4400981315'],
    ['[77446]', '10/06 11:30', 'Unknown code', '{64999}', '—', '4400981322'],
  ],
});

// ── 16. Raw HL7 DFT rejection, text layer ──
const hl7Dft = lines({
  id: 's69-hl7',
  kind: 's69-hl7-dft-rejected-message-text',
  before: 'Error detail — raw message',
  text: [
    'MSH|^~\\&|ANESTHESIA|DHMAIN|EHR|DH|20251006094000||DFT^P03|[64714]|P|2.5.1',
    'EVN|P03|20251006094000',
    'PID|1||E1048221^^^DH^MR||ZZTEST^SCIATIC||19700101|M',
    'PV1|1|O|DHMAINOR^^^DH||||1851306428^HALVORSEN^ERIK',
    'FT1|1|||20251006|20251006|CG|[30418]^NEUROPLASTY SCIATIC|||1|||DHMAINOR||||||||||{64712}^NEUROPLASTY SCIATIC^C4',
    'FT1|2|||20251006|20251006|CG|[30502]^NERVE BLK SCIATIC SGL|||1|||DHMAINOR||||||||||{64445}^INJ SCIATIC NERVE^C4',
    'ERR|||207^Application internal error^HL[70357]|E||||Duplicate MSH-10 [64714]',
  ].join('\n'),
});

// ── 17. Integrated testing script, table ──
const testScript = table({
  id: 's69-testscript',
  kind: 's69-testing-script-expected-charges-grid',
  caption: 'Integrated test script — periop nerve procedures — expected charges',
  headers: ['Step', 'Scenario', 'Expected code', 'Expected CDM', 'Expected amount', 'Pass'],
  rows: [
    ['1', 'Sciatic neuroplasty, left', '{64712}-LT', '[30418]', '[12450].00', '☑'],
    ['2', 'Lumbar plexus neuroplasty', '{64714}', '[30419]', '[11980].00', '☑'],
    ['3', 'Sciatic block, pre-op, by anesthesia', '{64445}-59', '[30502]', '1,840.00', '☒ dropped twice'],
    ['4', 'Plantar digital neurolysis, 2 nerves', '{64632} x2', '[31277]', '1,910.00', '☑'],
    ['5', 'Facial chemodenervation + drug', '{64612}', '[31290]', '1,105.00', '☑'],
    ['6', 'US guidance with block', '{76942}', '[39004]', '690.00', '☑'],
  ],
});

// ── 18. Tester comments, text layer ──
const testNotes = lines({
  id: 's69-testnotes',
  kind: 's69-testing-round-comments-text',
  before: 'Tester comments — round 2',
  text: [
    'Step 3: {64445} dropped twice because anesthesia and the OR record both filed it; rule [40152] should catch it.',
    'Step 4: two units of {64632} came over as one line with quantity 2, which is right under our unit policy.',
    'Step 5: the J0585 line went to WQ 3020 instead of posting with {64612}; logged as ticket [71212].',
    'Signed off: JL (user [64445]), KB (user [61507]) — environment POC, refresh of 10/03',
  ].join('\n'),
});

// ── 19. Claim edit rule export, XML, text layer ──
const editXml = lines({
  id: 's69-editxml',
  kind: 's69-claim-edit-rule-export-xml-text',
  before: 'Claim edit rule export (XML) — institutional and professional edits',
  text: [
    '<ClaimEditRule id="[60122]" name="NERVE PROC UNITS" severity="Error">',
    '  <Condition field="SVC.CPT" op="in" values="{64632},{64640},{64633}"/>',
    '  <Condition field="SVC.Units" op="gt" value="4"/>',
    '</ClaimEditRule>',
    '<ClaimEditRule id="[60131]" name="PTP SCIATIC BLOCK WITH NEUROPLASTY" severity="Warning">',
    '  <Pair column1="{64712}" column2="{64445}" modifierAllowed="1"/>',
    '  <Pair column1="{64714}" column2="{64445}" modifierAllowed="1"/>',
    '  <Payer plan="[54304]"/>',
    '</ClaimEditRule>',
  ].join('\n'),
});

// ── 20. Claim edit rule summary, table ──
const editGrid = table({
  id: 's69-editgrid',
  kind: 's69-claim-edit-rule-summary-grid',
  caption: 'Claim edit rules — active — nerve procedures',
  headers: ['Edit ID', 'Type', 'Col 1', 'Col 2', 'Mod ind', 'Payer', 'Fired (90d)'],
  rows: [
    ['[60131]', 'PTP', '{64712}', '{64445}', '1', 'All', '87'],
    ['[60135]', 'PTP', '{64714}', '{64445}', '1', 'All', '12'],
    ['[60140]', 'PTP', '{64612}', '{64615}', '0', 'Medicare', '19'],
    ['[60141]', 'PTP', '{64632}', '{64455}', '0', 'All', '33'],
    ['[60150]', 'MUE', '{64632}', '—', '—', 'All', '41'],
    ['[60151]', 'MUE', '{64445}', '—', '—', 'All', '9'],
    ['[60173]', 'Age', '{64612}', '—', '—', 'WI Medicaid [54388]', '2'],
  ],
});

// ── 21. Claim edit export, JSON, text layer ──
const editJson = lines({
  id: 's69-editjson',
  kind: 's69-claim-edit-rule-export-json-text',
  before: 'GET /claimedits/export?format=json (pasted into the ticket)',
  text: [
    '{ "editId": "[60141]", "type": "PTP",',
    '  "column1": "{64632}", "column2": "{64455}",',
    '  "modifierIndicator": "0", "effective": "2025-01-01",',
    '  "payerGroup": "[64612]",',
    '  "hits90d": 33, "overrideUser": "[53719]" }',
  ].join('\n'),
});

// ── 22. Build release calendar, table (decoy only) ──
const releaseCal = table({
  id: 's69-relcal',
  kind: 's69-build-release-calendar-grid',
  caption: 'Build release calendar — Q4',
  headers: ['Release', 'Freeze', 'POC refresh', 'PRD date', 'Package #', 'Change #', 'Tickets'],
  rows: [
    ['Oct A', '10/01', '10/03', '10/09', '[24501]', '[88404]', '38'],
    ['Oct B', '10/15', '10/17', '10/23', '[24534]', '[88429]', '41'],
    ['Nov A', '11/05', '11/07', '11/13', '[24570]', '[88447]', '29'],
    ['Dec — annual code update', '12/10', '12/12', '12/29', '[24610]', '[88496]', '66'],
  ],
});

// ── 23. Analyst on-call roster, table (decoy only) ──
const onCall = table({
  id: 's69-oncall',
  kind: 's69-analyst-on-call-roster-grid',
  caption: 'Revenue cycle applications — analyst on-call roster',
  headers: ['Week of', 'Primary', 'User ID', 'Pager', 'Backup', 'Bridge code'],
  rows: [
    ['10/06', 'J. Lindqvist', '[64445]', '608-555-0144', 'K. Brandt', '[71920]'],
    ['10/13', 'K. Brandt', '[61507]', '608-555-0171', 'M. Pham', '[71920]'],
    ['10/20', 'M. Pham', '[53719]', '608-555-0190', 'R. Aziz', '[71921]'],
    ['10/27', 'R. Aziz', '[64632]', '608-555-0102', 'J. Lindqvist', '[71921]'],
  ],
});

// ── 24. 837I test claim, text layer ──
const x12 = lines({
  id: 's69-837i',
  kind: 's69-837i-test-claim-output-text',
  before: '837I output from the test claim (segments trimmed)',
  text: [
    'CLM*TST[40211]*[14290]***13:A:1**A*Y*Y~',
    'HI*ABK:G5730~',
    'LX*1~',
    'SV2*0360*HC:{64712}:LT*[12450]*UN*1~',
    'LX*2~',
    'SV2*0361*HC:{64445}:59*1840*UN*1~',
    'NM1*PR*2*WPS MEDICARE*****PI*[54304]~',
    'N4*MADISON*WI*[53718]~',
  ].join('\n'),
});

// ── 25. Build audit trail, table ──
const auditTrail = table({
  id: 's69-audit',
  kind: 's69-procedure-record-audit-trail-grid',
  caption: 'Audit trail — procedure records — selected changes, last 24 months',
  headers: ['Date', 'User', 'Record', 'Field', 'Old value', 'New value'],
  rows: [
    ['09/14/2025', 'JLINDQVIST', 'NEUROPLASTY SCIATIC', 'Price (HB)', '[11860].00', '[12450].00'],
    ['09/14/2025', 'JLINDQVIST', 'NEUROPLASTY LUMB PLEXUS', 'Price (HB)', '[11420].00', '[11980].00'],
    ['03/18/2024', 'RAZIZ', 'CHEMODENERVATION FACIAL', 'Linked CPT', '{64613}', '{64612}'],
    ['03/18/2024', 'RAZIZ', 'CHEMODENERV MUSC MIGRAINE', 'Linked CPT', '{64614}', '{64615}'],
    ['01/02/2025', 'KBRANDT', 'DESTR NEUROLYTIC PLANTAR', 'Max units', '1', '4'],
    ['01/02/2025', 'KBRANDT', 'INJ ANES SCIATIC SINGLE', 'Revenue code', '0360', '0361'],
  ],
});

// ── 26. Clinician charge-capture tip sheet, text layer ──
const tipSheet = lines({
  id: 's69-tips',
  kind: 's69-charge-capture-tip-sheet-text',
  before: 'Tip sheet — documenting for charge capture — pain, podiatry and neurology',
  text: [
    '• Sciatic block before surgery: the anesthesia record files {64445}; do not add it again from the OR list.',
    '• Plantar digital neurolysis: enter one procedure per nerve treated; billing reports {64632} per nerve.',
    '• Botox for facial spasm: pick "Chemodenervation, facial nerve" (it charges {64612}) and scan the vial.',
    '• Nerve decompression in the OR: choose sciatic {64712} or lumbar plexus {64714} on the case request.',
    '• Questions: revenue integrity, internal mail code [64712], or the on-call analyst.',
  ].join('\n'),
});

// ── 27. Department record, text layer (decoy only) ──
const deptRecord = lines({
  id: 's69-dept',
  kind: 's69-department-record-settings-text',
  before: 'Department record — DH PODIATRY — general settings',
  text: [
    'Department ID [10322]   Abbr DHPOD   Specialty: Podiatry   Service area [10001]',
    'Address: 1 Harbor Ridge Dr, Madison, WI [53719]   Place of service: 22 (HOPD)',
    'GL prefix [64612]-400   Cost center [53243]',
    'Revenue location [10140] (bills under the main hospital NPI 1295830017)',
    'Remit lockbox: PO Box [78235], Milwaukee WI [53278]',
  ].join('\n'),
});

// ── 28. Interface triage chat, text layer ──
const triageChat = lines({
  id: 's69-chat',
  kind: 's69-interface-triage-chat-text',
  before: 'Secure chat — #charge-interface-triage',
  text: [
    'MP 09:41: DFT [64714] rejected again, duplicate control id. Anesthesia resent it after the block.',
    'JL 09:43: the first copy posted, so {64712} and {64445} are both on the account. Just delete the resend.',
    'MP 09:44: ok. Also 3 podiatry ones failing on {64632}: CDM [31277] not active in dept [10322]?',
    'KB 09:50: my bad, ticket [71047] only linked it for dept [10318]. Adding [10322] now.',
    'RA 10:02: the botox clinic still has 41 held {64616} lines, I will work WQ 3020 today.',
  ].join('\n'),
});

// ── 29. Case-to-charge reconciliation, table ──
const recon = table({
  id: 's69-recon',
  kind: 's69-case-charge-reconciliation-grid',
  caption: 'Charge reconciliation — surgical cases vs posted charges — last week',
  headers: ['Svc date', 'Case', 'Procedure', 'Posted code', 'Match'],
  rows: [
    ['10/01', '[80425]', 'Sciatic neuroplasty', '{64712}', '✓'],
    ['10/01', '[80431]', 'Sciatic neuroplasty + block', '{64712}, {64445}', '✓'],
    ['10/02', '[80447]', 'Lumbar plexus neuroplasty', '—', '✗ missing'],
    ['10/02', '[80448]', 'Tibial nerve decompression', '{64704}', '? expected {28035}'],
    ['10/03', '[80459]', 'Ulnar nerve transposition', '{64718}', '✓'],
    ['10/03', '[80460]', 'Carpal tunnel release', '{64721}', '✓'],
  ],
});

// ── 30. Build queue ticket list, table ──
const ticketQueue = table({
  id: 's69-queue',
  kind: 's69-build-queue-ticket-list-grid',
  caption: 'Build queue — charge capture — open tickets',
  headers: ['Ticket', 'Title', 'Ref', 'Assigned', 'Age (d)', 'Priority'],
  rows: [
    ['[71047]', 'Plantar neurolysis HB charge missing', '{64632}', 'KB', '12', 'High'],
    ['[71143]', 'Annual code update — new genicular / SI codes', '{64454}', 'MP', '30', 'High'],
    ['[71188]', 'Add laterality prompt to sciatic block', '{64445}', 'JL', '8', 'Med'],
    ['[71212]', 'Botox drug line not posting with procedure', '{64612}', 'RA', '3', 'High'],
    ['[71230]', 'Rename procedure display names (ortho)', '—', 'JL', '2', 'Low'],
    ['[71250]', 'Lumbar plexus neuroplasty missing charge, case [80447]', '{64714}', 'JL', '1', 'High'],
  ],
});

// ── 31. SmartText procedure note preview, text layer ──
const smartText = lines({
  id: 's69-stpreview',
  kind: 's69-smarttext-procedure-note-preview-text',
  before: 'SmartText preview — DH PAIN NERVE BLOCK PROCEDURE NOTE',
  text: [
    'Procedure: @PROCNAME@ (CPT {64445}), laterality @LAT@',
    'Indication: *** ; consent signed; time-out performed at ***',
    'Needle 22G 100 mm; ultrasound guidance ({76942}) with image saved to the chart',
    'Medication: ropivacaine 0.5% *** mL',
    'Charge: this note files the procedure to the encounter; do not drop a separate {64445} from the LOS.',
    'Template record [33108], owner user [64445]',
  ].join('\n'),
});

// ── 32. Charge review work queue, table ──
const reviewWq = table({
  id: 's69-wq',
  kind: 's69-charge-review-work-queue-grid',
  caption: 'WQ 3012 PERIOP CODING REVIEW — charges on hold',
  headers: ['Charge ID', 'DOS', 'Billed code', 'Qty', 'Amount', 'Hold reason', 'Days'],
  rows: [
    ['812004311', '10/01', '{64712}', '1', '[12450].00', 'Rule [40118]', '2'],
    ['812004312', '10/01', '{64445}', '1', '1,840.00', 'Rule [40152]', '2'],
    ['812004377', '10/02', '{64714}', '1', '[11980].00', 'Rule [40118]', '1'],
    ['812004390', '10/02', '{64708}', '1', '6,210.00', 'Rule [40118]', '1'],
    ['812004402', '10/03', '{64632}', '3', '2,865.00', 'Rule [40131]', '0'],
  ],
});

// ── 33. Interface connection settings, text layer (decoy only) ──
const ifaceSettings = lines({
  id: 's69-iface',
  kind: 's69-interface-connection-settings-text',
  before: 'Interface engine — connection settings — inbound charges',
  text: [
    'Connection DFT_IN_ANES   Listener port [10553]   Host dh-ie-prd-02',
    'Ack timeout 30 s; retries 3; queue depth alarm at [25000] messages',
    'Message control id counter reset to [70001] on 10/01 after the resend storm',
    'Vendor support case [46121]; interface contract no. [64714]-B',
  ].join('\n'),
});

// ── 34. Charge lag by provider, table ──
const lagProvider = table({
  id: 's69-lagprov',
  kind: 's69-charge-lag-by-provider-grid',
  caption: 'Charge lag — by rendering provider — last 30 days',
  headers: ['Provider', 'SER', 'Unsigned notes', 'Avg lag (d)', 'Top late proc'],
  rows: [
    ['Halvorsen, Erik MD', '[20033]', '14', '3.9', '{64712}'],
    ['Okonjo, Ada DPM', '[20167]', '31', '6.1', '{64632}'],
    ['Bauer, Lise MD', '[20265]', '22', '5.7', '{64612}'],
    ['Ramos, Tomás MD', '[20290]', '6', '1.2', '{64445}'],
    ['Yeung, Dana NP', '[20411]', '9', '2.4', '{20552}'],
  ],
});

// ── 35. Test patient list, table (decoy only) ──
const testPatients = table({
  id: 's69-testpts',
  kind: 's69-test-environment-patient-list-grid',
  caption: 'POC test patients — charge capture scripts',
  headers: ['Test patient', 'MRN', 'CSN', 'Home ZIP', 'Coverage ID'],
  rows: [
    ['ZZTEST, SCIATIC', 'E1048221', '4400981273', '[53718]', '[30111]'],
    ['ZZTEST, PLEXUS', 'E1048222', '4400981277', '[53719]', '[30112]'],
    ['ZZTEST, PODIATRY', 'E1048230', '4400981315', '[54304]', '[30118]'],
    ['ZZTEST, BOTOX', 'E1048231', '4400981322', '[54701]', '[30119]'],
  ],
});

// ── 36. Payer / plan mapping for claim edits, table (decoy only) ──
const planMap = table({
  id: 's69-planmap',
  kind: 's69-payer-plan-edit-group-mapping-grid',
  caption: 'Payer and plan mapping for claim edits — plan groups',
  headers: ['Payer', 'Payer ID (EDI)', 'Plan', 'Plan ID', 'Edit group', 'Claim address ZIP'],
  rows: [
    ['WPS Medicare Part B', '[05302]', 'Traditional', '[60189]', 'NCCI-PRO', '[53708]'],
    ['Wisconsin Medicaid (ForwardHealth)', '[39026]', 'BadgerCare Plus', '[54310]', 'MCD-WI', '[53707]'],
    ['Quartz Health Solutions', '[39180]', 'Quartz HMO', '[20287]', 'COMM-1', '[53708]'],
    ['Dean Health Plan', '[39113]', 'Dean HMO', '[33146]', 'COMM-1', '[53701]'],
  ],
});

// ── 37. Environment refresh notice, text layer (decoy only) ──
const refreshNotice = lines({
  id: 's69-refresh',
  kind: 's69-environment-refresh-notice-text',
  before: 'Notice to build analysts — POC and TST refresh',
  text: [
    'POC will be refreshed from PRD on 10/17; builds not migrated by package [24534] will be lost.',
    'TST keeps its copy until 10/24 (snapshot [80364], build [54325]).',
    'Charge router rules numbered above [40200] exist in POC only: migrate them or lose them.',
    'Questions: bridge room [71090], or the team mailbox at internal mail code [64712].',
  ].join('\n'),
});

export const sealed69: Snippet[] = [
  ...eapRecord,
  ...eapSearch,
  ...routerRule,
  ...ruleList,
  ...cdmMap,
  ...cdmCsv,
  ...buildTicket,
  ...changeRequest,
  ...cptUpdate,
  ...cptMemo,
  ...prefList,
  ...orderPanel,
  ...lagDash,
  ...lagDrill,
  ...errQueue,
  ...hl7Dft,
  ...testScript,
  ...testNotes,
  ...editXml,
  ...editGrid,
  ...editJson,
  ...releaseCal,
  ...onCall,
  ...x12,
  ...auditTrail,
  ...tipSheet,
  ...deptRecord,
  ...triageChat,
  ...recon,
  ...ticketQueue,
  ...smartText,
  ...reviewWq,
  ...ifaceSettings,
  ...lagProvider,
  ...testPatients,
  ...planMap,
  ...refreshNotice,
];
