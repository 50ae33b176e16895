import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 78 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s78-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too (an end-dated code in a code-set update and an anesthesia code with a leading zero among
 * them). About a third of the decoys are numbers of the synthetic 10,000-code set (KNOWN_10K) used as ticket, case,
 * client, defect, edit-rule, KB-article, batch, claim and change numbers, build suffixes, ZIPs, payer ids and counts.
 * HL7 data element item numbers and a ZIP pasted into a fee schedule's code column are decoys too. The five known
 * codes' digits come back as decoys: a remit PO box, a client id (several pages), a client's statement PO box, a
 * practice ZIP in a forum post, a defect id, a license invoice number, a forum post id, a batch number and a nightly
 * job id.
 *
 * Family: revenue-cycle software vendor support around a pain and peripheral-nerve client base: a help-desk ticket
 * thread and the support queue, a claim-scrubber edit knowledge-base article (edit ids, the code pairs and the units
 * limits an edit fires on, worked examples), a scrubber hold report and a claim detail screen pasted into a ticket,
 * the JSON edit response and the XML rule export, a CSV claim-line attachment, an engineering escalation and defect
 * reproduction steps, release notes (fixed defects, annual code-set update), a client implementation checklist and task
 * list, an HL7 FT1 interface spec table with a sample DFT message, a 277CA rejection, a status-page incident report and
 * its batch table, a customer community forum thread about a rejected claim with the nerve codes and its accepted
 * solution, a training webinar transcript and its Q&A log, a denial-to-work-queue mapping, a fee schedule import
 * validation page, a KB search page, an SLA report (grid and summary), and decoy-only pages (a license invoice and its
 * remittance stub, a maintenance window notice with build numbers and a job id, a client roster).
 * Built on real public layouts: the CMS NCCI procedure-to-procedure edit table (Column 1, Column 2, effective and
 * deletion dates, modifier indicator) and the MUE table (HCPCS/CPT code, MUE value, MUE adjudication indicator), the
 * HL7 v2.5 FT1 segment attribute table (SEQ, LEN, DT, OPT, ITEM#, element name) and a DFT^P03 message, the X12 277CA
 * (STC claim and SVC line status), an Atlassian Statuspage incident (Resolved / Monitoring / Identified / Investigating
 * with timestamps), a Zendesk ticket thread, and a Khoros-style community thread with an accepted solution. The
 * others are written the way those pages read, with no single source.
 *
 * 370 labelled tokens over 36 shapes: 147 codes, 223 decoys, 73 of the decoys in KNOWN_10K.
 */

// ── 1. Help-desk ticket thread (Zendesk-style), text layer ──
const ticketThread = lines({
  id: 's78-ticket',
  kind: 's78-helpdesk-ticket-thread-text',
  before: 'Support · Tickets · Scrubber holding sciatic neuroplasty claims',
  text: [
    'Ticket #[48136]   Status: Open   Priority: High   Group: Tier 2 — Claims',
    'Requester: Marisol Vega (Lakeshore Pain Associates)   Client ID [30094]   Build 24.3.[11249]',
    'Marisol, Mar 4 08:12: Since Monday every claim with {64712} sits in Pending Scrub, even single-line claims.',
    'Marisol: Example claim [75229] has {64712} x1 and {64445} x1, DOS 03/04/2025. Claim [75231] has only {64714} and was held too.',
    'Agent (Tier 2), Mar 4 09:40: Reproduced on a copy of claim [75229] in sandbox. Linked to defect DEF-[20087].',
    'Agent: Workaround — release the hold from Edit Review; the claim goes out in the next batch ([84028]).',
    'Marisol, Mar 4 10:02: Released 14 claims. Please do not touch the pay-to; our remit address is PO Box [64612].',
    'Agent: Understood. I will update this ticket when the hotfix build is scheduled.',
  ].join('\n'),
});

// ── 2. Support queue, table ──
const queue = table({
  id: 's78-queue',
  kind: 's78-support-queue-view-grid',
  caption: 'Views › Tier 2 — unsolved tickets in my groups',
  headers: ['Ticket', 'Client', 'Subject', 'Pri', 'Build', 'Updated'],
  rows: [
    ['[48136]', '[30094]', 'Scrubber holding {64712} claims', 'High', '24.3.[11249]', 'Mar 6'],
    ['[48141]', '[30018]', 'ERA not posting for payer [87726]', 'Normal', '24.3.[11249]', 'Mar 6'],
    ['[48155]', '[55027]', 'Modifier 59 not kept on {64445} after rebill', 'Normal', '24.2.[10974]', 'Mar 5'],
    ['[48158]', '[64714]', 'Statement run stalled at 62%', 'Low', '24.3.[11249]', 'Mar 5'],
    ['[48169]', '[20040]', 'Fee schedule import error on row 212', 'Normal', '24.3.[11222]', 'Mar 4'],
    ['[48178]', '[30053]', 'Eligibility 271 timeouts after 4 pm', 'Urgent', '24.3.[11249]', 'Mar 4'],
  ],
});

// ── 3. Claim-scrubber edit KB article, text layer ──
const kbArticle = lines({
  id: 's78-kbedit',
  kind: 's78-scrubber-edit-kb-article-text',
  before: 'Knowledge Base › Claim Scrubber › Edit reference',
  text: [
    'KB-[20013] · Edit PNR-[10086]: neuroplasty billed with a nerve block on the same nerve, same date',
    'Applies to: professional (837P) and institutional (837I) claims, all payers unless the client turns it off.',
    'What it does: the edit fires when {64712} (neuroplasty, sciatic nerve) or {64714} (neuroplasty, lumbar plexus)',
    'is on the claim together with {64445} or {64446} for the same date of service and the same side.',
    'It does not fire on {64632} or {64612}; those have their own edits (PNR-[10089] and CHD-[10092]).',
    'Resolution: if the block was a separate encounter, append 59 or XS to {64445} and document why; otherwise delete it.',
    'Last reviewed 02/11/2025 by the Content team · 12 people found this helpful',
  ].join('\n'),
});

// ── 4. KB article, code pairs the edit fires on (NCCI PTP layout), table ──
const kbPairs = table({
  id: 's78-kbpairs',
  kind: 's78-scrubber-edit-code-pair-grid',
  caption: 'Code pairs checked by this edit',
  headers: ['Column 1', 'Column 2', 'Effective', 'Deletion', 'Modifier', 'Edit'],
  rows: [
    ['{64712}', '{64445}', '20250101', '*', '1', 'PNR-[10086]'],
    ['{64712}', '{64446}', '20250101', '*', '1', 'PNR-[10086]'],
    ['{64714}', '{64445}', '20250101', '*', '1', 'PNR-[10086]'],
    ['{64714}', '{64449}', '20250101', '*', '1', 'PNR-[10086]'],
    ['{64712}', '{64708}', '20250101', '*', '0', 'PNR-[10090]'],
    ['{64632}', '{64455}', '20250101', '*', '1', 'PNR-[10089]'],
  ],
});

// ── 5. KB article, units limits (MUE layout), table ──
const kbUnits = table({
  id: 's78-kbunits',
  kind: 's78-scrubber-units-limit-grid',
  caption: 'Units limits used by edit CHD and the units check',
  headers: ['Code', 'MUE', 'MAI', 'Rationale', 'Edit'],
  rows: [
    ['{64612}', '2', '2', 'Anatomic consideration', 'CHD-[10092]'],
    ['{64615}', '1', '3', 'CMS policy', 'CHD-[10092]'],
    ['{64632}', '2', '3', 'Clinical data', 'UNT-[10097]'],
    ['{64445}', '1', '2', 'Anatomic consideration', 'UNT-[10097]'],
    ['{64712}', '2', '2', 'Anatomic consideration', 'UNT-[10097]'],
  ],
});

// ── 6. KB article, worked examples, table ──
const kbExamples = table({
  id: 's78-kbex',
  kind: 's78-scrubber-edit-examples-grid',
  caption: 'Examples',
  headers: ['Example', 'Line', 'CPT', 'Mod', 'Units', 'Outcome'],
  rows: [
    ['A', '1', '{64712}', 'RT', '1', 'Held by PNR-[10086]'],
    ['A', '2', '{64445}', 'RT', '1', 'Held'],
    ['B', '1', '{64712}', 'RT', '1', 'Passes'],
    ['B', '2', '{64445}', 'LT', '1', 'Passes (other side)'],
    ['C', '1', '{64714}', '', '1', 'Passes'],
    ['C', '2', '{64445}', '59', '1', 'Passes (59 present)'],
    ['D', '1', '{64632}', 'T1', '2', 'Not in scope of this edit'],
  ],
});

// ── 7. Scrubber hold report, table ──
const holdReport = table({
  id: 's78-holds',
  kind: 's78-scrubber-hold-report-grid',
  caption: 'Claims on hold by edit — all clients — as of this morning',
  headers: ['Claim', 'Client', 'Proc', 'Edit', 'Age (d)', 'Payer'],
  rows: [
    ['[75229]', '[30094]', '{64712}', 'PNR-[10086]', '2', '[60054]'],
    ['[75231]', '[30094]', '{64714}', 'PNR-[10086]', '2', '[60054]'],
    ['[76012]', '[30018]', '{64445}', 'PNR-[10086]', '1', '[87726]'],
    ['[76140]', '[55027]', '{64632}', 'PNR-[10089]', '4', '[62308]'],
    ['[76166]', '[20040]', '{64612}', 'CHD-[10092]', '1', '[61101]'],
  ],
});

// ── 8. Claim detail screen transcribed into a ticket, table ──
const claimDetail = table({
  id: 's78-claimdet',
  kind: 's78-ticket-claim-detail-screen-grid',
  caption: 'Claim detail (screenshot transcribed by the agent)',
  headers: ['Ln', 'DOS', 'Billed code', 'Mods', 'Dx ptr', 'Charge', 'Status'],
  rows: [
    ['1', '03/04/2025', '{64712}', 'RT', 'A', '1,200.00', 'Held PNR'],
    ['2', '03/04/2025', '{64445}', 'RT', 'A', '350.00', 'Held PNR'],
    ['3', '03/04/2025', '{76942}', '26', 'A', '95.00', 'OK'],
    ['4', '03/04/2025', '{99214}', '25', 'B', '180.00', 'OK'],
  ],
});

// ── 9. Scrubber response attached to a ticket (JSON), text layer ──
const editJson = lines({
  id: 's78-editjson',
  kind: 's78-scrubber-response-json-text',
  before: 'Attachment: scrub-response.json (pretty-printed by the agent)',
  text: [
    '"claimId": "[75231]",',
    '"clientId": "[30094]",',
    '"editId": "PNR-[10086]",',
    '"severity": "HOLD",',
    '"lines": [{"line": 1, "procedureCode": "{64714}", "units": 1}],',
    '"message": "{64714} with {64445} same DOS requires 59/XS",',
    '"build": "24.3.[11258]"',
  ].join('\n'),
});

// ── 10. Edit rule export (XML), text layer ──
const ruleXml = lines({
  id: 's78-rulexml',
  kind: 's78-edit-rule-config-xml-text',
  before: 'Rule editor › Export › neurolytic-plantar.xml',
  text: [
    '<EditRule id="PNR-[10089]" owner="content" version="7">',
    '  <Trigger><ProcCode>{64632}</ProcCode><ProcCode>{64640}</ProcCode></Trigger>',
    '  <Paired><ProcCode>{64455}</ProcCode></Paired>',
    '  <Scope payerIds="[62308] [87726]" clients="*"/>',
    '  <Message>Neurolytic destruction billed with plantar injection, same foot</Message>',
    '  <ChangeTicket>[48169]</ChangeTicket>',
    '</EditRule>',
  ].join('\n'),
});

// ── 11. CSV claim-line export attached to a ticket, text layer ──
const claimCsv = lines({
  id: 's78-csv',
  kind: 's78-ticket-claim-lines-csv-text',
  before: 'Attachment: held_claims.csv',
  text: [
    'claim_no,line,dos,cpt,mod,units,charge,pos,svc_zip',
    '[75229],1,2025-03-04,{64712},RT,1,1200.00,24,[60453]',
    '[75229],2,2025-03-04,{64445},RT,1,350.00,24,[60453]',
    '[75231],1,2025-03-04,{64714},,1,1100.00,22,[60453]',
    '[75244],1,2025-03-05,{64632},T2,2,480.00,11,[60415]',
    '[75244],2,2025-03-05,{99213},25,1,140.00,11,[60415]',
  ].join('\n'),
});

// ── 12. Escalation to engineering, text layer ──
const escalation = lines({
  id: 's78-escal',
  kind: 's78-case-escalation-summary-text',
  before: 'Escalation to Engineering — summary for the defect triage call',
  text: [
    'Case [48136] escalated as DEF-[20087]. Severity S2 (workaround exists). Clients affected: 7. Claims held: 1,214.',
    'Root cause: rule PNR-[10086] compared line 1 with itself when only one of {64712} / {64714} was on the claim.',
    'Fix: compare distinct lines only; regression cases added for {64712}+{64445}, {64714} alone and {64632} alone.',
    'Target hotfix 24.3.[11261]; change CHG-[75240] approved by CAB for Wednesday night.',
  ].join('\n'),
});

// ── 13. Defect reproduction steps, text layer ──
const defectRepro = lines({
  id: 's78-repro',
  kind: 's78-defect-repro-steps-text',
  before: 'Defect — Units default to 2 for charge favorites',
  text: [
    'Defect DEF-[20092]   Found in 24.3.[11249] (sandbox, client [99011])   Component: Charge entry',
    '1. Charge entry › Favorites › "Plantar neurolysis" (mapped to {64632}).',
    '2. Units show 2; expected 1. Keying {64632} by hand gives 1.',
    '3. Same with the favorite mapped to {64612} ("Facial chemodenerv"); the {64712} favorite is fine.',
    'Expected: units come from the favorite definition (default 1). Attachment: screenshot_[10061].png',
  ].join('\n'),
});

// ── 14. Release notes, fixed defects, table ──
const fixedDefects = table({
  id: 's78-relfix',
  kind: 's78-release-notes-fixed-defects-grid',
  caption: 'Release notes — version 24.3 — fixed defects',
  headers: ['Defect', 'Area', 'Summary', 'Fixed in'],
  rows: [
    ['DEF-[20087]', 'Claim scrubber', 'Edit PNR held single-line claims with {64712} or {64714}', '24.3.[11261]'],
    ['DEF-[20092]', 'Charge entry', 'Units defaulted to 2 when {64632} was keyed from favorites', '24.3.[11261]'],
    ['DEF-[20098]', 'ERA posting', 'CO-97 adjustments posted to the wrong line on multi-line remits', '24.3.[11258]'],
    ['DEF-[20110]', 'Statements', 'Statements dropped the +4 from the remit ZIP [60693]', '24.3.[11258]'],
    ['DEF-[64612]', 'Fee schedule', 'Import dropped the leading zero of {01991} (loaded as 1991)', '24.3.[11258]'],
    ['DEF-[20123]', 'Reports', 'Procedure productivity report left out add-on code {64727}', '24.3.[11258]'],
  ],
});

// ── 15. Release notes, annual code-set update, text layer ──
const codeSetNote = lines({
  id: 's78-relcodes',
  kind: 's78-release-notes-code-set-update-text',
  before: 'Release notes — version 24.4 — code-set update (annual CPT file)',
  text: [
    'The CPT master in build 24.4.[12044] carries the new annual file; nothing to do unless noted.',
    'Descriptor changes: {64712}, {64713} and {64714} now match the AMA short descriptors.',
    'RVUs refreshed for {64445}, {64446}, {64447} and {64448}; fee schedules built as % of Medicare re-price on save.',
    'End-dated in the master (history kept, no new charges): {64550}.',
    'Clients on 24.3.[11258] must apply hotfix HF-[30065] before this upgrade.',
  ].join('\n'),
});

// ── 16. Release notes, code-set change table, table ──
const codeSetTable = table({
  id: 's78-relcodetab',
  kind: 's78-code-set-change-list-grid',
  caption: 'Code-set changes loaded in this release',
  headers: ['Item', 'Change', 'Short descriptor', 'Effective'],
  rows: [
    ['{64712}', 'Descriptor', 'NEUROPLASTY SCIATIC NERVE', '01/01/2025'],
    ['{64714}', 'Descriptor', 'NEUROPLASTY LUMBAR PLEXUS', '01/01/2025'],
    ['{64632}', 'RVU', 'DESTR NERVE PLANTAR DIGIT', '01/01/2025'],
    ['{64612}', 'RVU', 'DESTROY NERVE FACE MUSCLE', '01/01/2025'],
    ['{64445}', 'RVU', 'N BLOCK INJ SCIATIC SNG', '01/01/2025'],
    ['{64624}', 'RVU', 'DSTRJ NEUROLYTC GENICULAR', '01/01/2025'],
    ['{64550}', 'End-dated', 'APPLY NEUROSTIMULATOR', '12/31/2024'],
  ],
});

// ── 17. Client implementation checklist, text layer ──
const implChecklist = lines({
  id: 's78-impl',
  kind: 's78-client-implementation-checklist-text',
  before: 'Implementation checklist — Prairie Spine & Nerve — go-live in June',
  text: [
    '☑ Kickoff held; client [30018]; project IMP-[33021]; go-live target 06/02/2025',
    "☑ Locations loaded: Overland Park KS [66211]; Lee's Summit MO [64063]",
    '☐ Clearinghouse enrollment: submitter id [83424] for payers [87726], [62308] and [60054]',
    '☐ Test claims: one each for {64712}, {64714}, {64445} and {64632}; 999 and 277CA must come back accepted',
    '☐ Turn on PNR-[10086] and PNR-[10089]; leave CHD-[10092] off (this client does not bill {64612})',
    '☐ Patient statement remit: PO Box [64445], Kansas City MO [64141]',
  ].join('\n'),
});

// ── 18. Implementation task list, table (decoy only) ──
const implTasks = table({
  id: 's78-impltask',
  kind: 's78-implementation-task-list-grid',
  caption: 'Implementation tasks — open and recently closed',
  headers: ['Task #', 'Workstream', 'Owner', 'Status', 'Due'],
  rows: [
    ['[33024]', 'Provider enrollment', 'Client', 'In progress', '05/02'],
    ['[33025]', 'Fee schedule load', 'Vendor', 'Done', '04/18'],
    ['[33026]', 'Interface — ADT / DFT', 'Vendor', 'Testing', '05/09'],
    ['[33027]', 'Statement vendor setup', 'Client', 'Not started', '05/16'],
    ['[33028]', 'Go-live support', 'Vendor', 'Scheduled', '06/02'],
  ],
});

// ── 19. Interface spec, HL7 FT1 segment attribute table, table ──
const ft1Spec = table({
  id: 's78-ft1spec',
  kind: 's78-interface-spec-ft1-field-grid',
  caption: 'Inbound charge interface specification — FT1 segment',
  headers: ['Seq', 'Len', 'DT', 'Opt', 'Item #', 'Element name', 'Example / notes'],
  rows: [
    ['1', '4', 'SI', 'O', '[00355]', 'Set ID - FT1', '1'],
    ['4', '53', 'DR', 'R', '[00358]', 'Transaction Date', '20250304'],
    ['6', '8', 'IS', 'R', '[00360]', 'Transaction Type', 'CG'],
    ['7', '250', 'CE', 'R', '[00361]', 'Transaction Code', '{64712}^NEUROPLASTY SCIATIC^CPT'],
    ['10', '12', 'NM', 'O', '[00364]', 'Transaction Quantity', '1 (units; 2 allowed for {64632})'],
    ['25', '705', 'CE', 'O', '[00393]', 'Procedure Code', '{64445}^N BLOCK INJ SCIATIC SNG^C4'],
    ['26', '705', 'CE', 'O', '[01316]', 'Procedure Code Modifier', 'RT'],
  ],
});

// ── 20. Interface spec, sample DFT message, text layer ──
const dftSample = lines({
  id: 's78-dft',
  kind: 's78-interface-sample-dft-message-text',
  before: 'Sample message (DFT^P03), one charge per FT1',
  text: [
    'MSH|^~\\&|EHR|LKSHORE|RCM|MERIDIAN|20250304101500||DFT^P03|MSG[60617]|P|2.5.1',
    'PID|1||[88213]^^^LKS^MR||VEGA^ROSA||19580412|F|||12 Elm St^^Oak Lawn^IL^[60453]',
    'FT1|1|||20250304|20250304|CG|{64712}^NEUROPLASTY SCIATIC^CPT|||1||||||||||||{64712}^^C4|RT',
    'FT1|2|||20250304|20250304|CG|{64445}^N BLOCK INJ SCIATIC SNG^CPT|||1||||||||||||{64445}^^C4|RT',
    'FT1|3|||20250304|20250304|CG|{76942}^US GUIDE NEEDLE PLACEMENT^CPT|||1',
  ].join('\n'),
});

// ── 21. 277CA rejection pasted into a ticket, text layer ──
const x12Reject = lines({
  id: 's78-277ca',
  kind: 's78-277ca-claim-rejection-text',
  before: 'Raw 277CA from the clearinghouse report (segments one per line)',
  text: [
    'NM1*PR*2*AETNA*****PI*[60054]~',
    'NM1*41*2*LAKESHORE PAIN ASSOCIATES*****46*[30094]~',
    'TRN*2*[75229]~',
    'STC*A7:21:85*20250305*U*1550~',
    'SVC*HC:{64712}:RT*1200*****1~',
    'STC*A7:454*20250305*U*1200~',
    'SVC*HC:{64445}:RT*350*****1~',
  ].join('\n'),
});

// ── 22. Status-page incident report, text layer ──
const incident = lines({
  id: 's78-status',
  kind: 's78-status-page-incident-text',
  before: 'Claim submission delays for some payers',
  text: [
    'Resolved — All held batches were released and 11,340 claims were transmitted by 11:02 ET. Mar 5, 11:20 EST',
    'Monitoring — Hotfix 24.3.[11261] is on all production pods; batches [84028] through [84051] were re-queued. Mar 5, 10:31 EST',
    'Identified — A rule update in 24.3.[11258] held claims with {64712} or {64714} that should have passed. Mar 5, 09:12 EST',
    'Investigating — Clients report claims stuck in Pending Scrub. Payers seen so far: [87726], [62308], [60054]. Mar 5, 08:05 EST',
    'Affected components: Claim Scrubber (degraded performance), EDI Gateway (operational)',
  ].join('\n'),
});

// ── 23. Status-page incident, affected batches, table ──
const incidentBatches = table({
  id: 's78-statusbat',
  kind: 's78-incident-affected-batches-grid',
  caption: 'Affected batches (posted in the incident update)',
  headers: ['Batch', 'Payer ID', 'Claims', 'Held', 'Released'],
  rows: [
    ['[84028]', '[60054]', '2,140', '311', '10:34'],
    ['[84038]', '[87726]', '[10214]', '602', '10:41'],
    ['[84051]', '[62308]', '1,877', '219', '10:47'],
    ['[64714]', '[61101]', '940', '82', '10:52'],
  ],
});

// ── 24. Community forum thread, text layer ──
const forumThread = lines({
  id: 's78-forum',
  kind: 's78-community-forum-thread-text',
  before: 'Community › Billing & Claims › Rejected claim — sciatic neuroplasty with nerve block',
  text: [
    'Posted by kbrandt_billing (member since 2019 · 412 posts) · Post [30051]',
    'Our claim to Aetna (payer ID [60054]) came back rejected on the 277CA. Lines were {64712}-RT and {64445}-RT.',
    'The scrubber did not stop it. We are on 24.3.[11258]. Anyone else? Practice is in Elmo, MO [64445] if that matters.',
    'Reply from dtran_rcm · Post [64632]: Same here with {64714}. We put XS on the block line and it went through.',
    'Reply from kbrandt_billing: Thanks! Do you bill the ultrasound ({76942}) on the same claim or separately?',
  ].join('\n'),
});

// ── 25. Community forum accepted solution, text layer ──
const forumSolution = lines({
  id: 's78-forumsol',
  kind: 's78-community-accepted-solution-text',
  before: '✔ Accepted solution · Product Support (moderator)',
  text: [
    'This is DEF-[20087], fixed in 24.3.[11261]. Until you upgrade:',
    '1. Add XS (or 59) to the block line ({64445}, {64446} or {64447}), not to {64712} or {64714}.',
    '2. If the block was for post-op pain by the same surgeon it is bundled; remove the line.',
    '3. Nothing changes for {64632} and {64612}.',
    'Kudos 27 · Views [10432] · Last edited Mar 6',
  ].join('\n'),
});

// ── 26. Training webinar transcript, text layer ──
const webinar = lines({
  id: 's78-webinar',
  kind: 's78-training-webinar-transcript-text',
  before: 'Webinar: Nerve procedures in the new scrubber — transcript (auto-generated, lightly edited)',
  text: [
    '[00:03:12] Dana (trainer): Today is the neuroplasty edits. If you code {64712} or {64714}, you will see three new edits.',
    '[00:05:40] Dana: Here is a claim from our demo client, client number [99011]. Line one is {64445}, line two {64712}.',
    '[00:09:02] Attendee: Does this fire for {64713}, brachial plexus? Dana: Not yet, it is on the roadmap, ticket [48201].',
    '[00:14:27] Dana: Chemodenervation, {64612} and {64615}, has a separate units edit.',
    '[00:18:03] Dana: And {64632} is the plantar one; two units per foot is fine.',
    '[00:21:55] Dana: Recording and slides are in KB-[20024]. Your CEU registration number is [55063].',
  ].join('\n'),
});

// ── 27. Training webinar Q&A log, table ──
const webinarQa = table({
  id: 's78-webqa',
  kind: 's78-webinar-qa-log-grid',
  caption: 'Questions from attendees',
  headers: ['#', 'Asked by', 'Question', 'Status'],
  rows: [
    ['1', 'Clinic A', 'Is {64632} in scope for the PNR edits?', 'Answered live'],
    ['2', 'Clinic B', 'We billed {64612} with 50 and got a units hold', 'Answered'],
    ['3', 'Hospital C', 'Can PNR-[10090] be turned off for one payer?', 'Follow-up'],
    ['4', 'Clinic D', '{64714} vs {64712}: which one needs RT/LT?', 'Answered'],
    ['5', 'Clinic E', 'Ticket [48155] still open, same issue with {64445}', 'Escalated'],
  ],
});

// ── 28. Denial-to-work-queue mapping, table ──
const denialMap = table({
  id: 's78-denialmap',
  kind: 's78-denial-work-queue-mapping-grid',
  caption: 'Denial management — CARC/RARC to work queue mapping (client defaults)',
  headers: ['CARC', 'RARC', 'Work queue', 'Sample proc', 'Rule'],
  rows: [
    ['CO-97', 'M80', 'Bundling review', '{64445}', 'DRM-[20061]'],
    ['CO-4', 'N519', 'Modifier fix', '{64712}', 'DRM-[20062]'],
    ['CO-16', 'N290', 'Enrollment', '—', 'DRM-[20063]'],
    ['CO-119', 'N362', 'Units / MUE', '{64612}', 'DRM-[20064]'],
    ['CO-50', 'N115', 'Medical necessity', '{64632}', 'DRM-[20065]'],
  ],
});

// ── 29. Fee schedule import validation, table ──
const feeImport = table({
  id: 's78-feeimp',
  kind: 's78-fee-schedule-import-validation-grid',
  caption: 'Fee schedule import — validation results (ticket attachment)',
  headers: ['Row', 'Svc', 'Fee', 'Result'],
  rows: [
    ['14', '{64712}', '1200.00', 'OK'],
    ['15', '{64714}', '1100.00', 'OK'],
    ['16', '{64445}', '350.00', 'OK'],
    ['17', '{64632}', '480.00', 'OK'],
    ['18', '{64612}', '[12500]', 'Fee over maximum — check the decimal'],
    ['19', '[60453]', '0.00', 'Not a valid CPT/HCPCS (looks like a ZIP)'],
    ['20', '{01991}', '0.00', 'Anesthesia code — load to base units table'],
  ],
});

// ── 30. KB search results, text layer ──
const kbSearch = lines({
  id: 's78-kbsearch',
  kind: 's78-kb-search-results-text',
  before: 'Search results for "neuroplasty" — 6 articles',
  text: [
    'KB-[20013] Edit PNR-[10086]: neuroplasty with a nerve block on the same nerve',
    'KB-[20024] Webinar recording: nerve procedures in the new scrubber',
    'KB-[20028] How to bill {64712} with ultrasound guidance ({76942})',
    'KB-[20033] Laterality modifiers for {64714} and {64445}',
    'KB-[20018] Units for {64612} and {64615} (chemodenervation)',
    'KB-[20010] Release 24.3 summary',
  ].join('\n'),
});

// ── 31. SLA report, table ──
const slaGrid = table({
  id: 's78-sla',
  kind: 's78-monthly-sla-report-grid',
  caption: 'Monthly SLA report — February — Support and hosting',
  headers: ['Client', 'Tickets', 'P1 resp. (min)', 'Met SLA', 'Claims processed', 'Uptime'],
  rows: [
    ['[30094] Lakeshore Pain', '38', '11', '97%', '[18342]', '99.95%'],
    ['[30018] Prairie Spine', '22', '9', '100%', '[11272]', '99.95%'],
    ['[55027] Gulf Coast Ortho', '41', '14', '93%', '[26610]', '99.90%'],
    ['[64714] North Ridge Neuro', '9', '—', '100%', '4,410', '99.95%'],
    ['[20040] Bay Anesthesia', '57', '18', '88%', '[31587]', '99.90%'],
  ],
});

// ── 32. SLA report, summary, text layer ──
const slaSummary = lines({
  id: 's78-slasum',
  kind: 's78-sla-report-summary-text',
  before: 'Summary and notes',
  text: [
    '167 tickets opened, 159 solved; median first response 12 minutes; [89341] claims processed in total.',
    'Top categories: scrubber edits (41), ERA posting (29), eligibility (18).',
    'Scrubber tickets were mostly {64712} / {64445} pairs (DEF-[20087]); 6 were units on {64632}.',
    'Service credits: none owed. January credit memo CM-[48133] was applied to account [10074].',
  ].join('\n'),
});

// ── 33. License invoice, table (decoy only) ──
const invoice = table({
  id: 's78-invoice',
  kind: 's78-license-invoice-lines-grid',
  caption: 'INVOICE — annual subscription and support',
  headers: ['Line', 'SKU', 'Description', 'Qty', 'Unit price', 'Amount'],
  rows: [
    ['1', 'RCM-PRO-[10512]', 'RCM Suite Professional, per provider', '24', '1,150.00', '27,600.00'],
    ['2', 'SCR-ADD-[10530]', 'Claim scrubber add-on', '24', '240.00', '5,760.00'],
    ['3', 'EDI-CH-[10541]', 'Clearinghouse transactions, block of 25,000', '2', '3,100.00', '6,200.00'],
    ['4', 'SUP-PREM-[10577]', 'Premium support (24x7)', '1', '[12000]', '12,000.00'],
    ['5', 'TRN-WEB', 'Training webinars (unlimited)', '1', '0.00', '0.00'],
  ],
});

// ── 34. License invoice header and remittance stub, text layer (decoy only) ──
const invoiceStub = lines({
  id: 's78-invstub',
  kind: 's78-license-invoice-remittance-text',
  before: 'Meridian RCM Software, Inc. — please detach and return with payment',
  text: [
    'Invoice no. INV-[64712]   Invoice date 01/15/2025   Customer no. [30094]   PO [45120]',
    'Bill to: Lakeshore Pain Associates, 4440 W 95th St, Oak Lawn, IL [60453]',
    'Remit to: Meridian RCM Software, Inc., Lockbox [78379], Chicago, IL [60695]',
    'Terms Net 30   Total due $51,560.00   Amount enclosed ________',
  ].join('\n'),
});

// ── 35. Maintenance window notice, text layer (decoy only) ──
const maintenance = lines({
  id: 's78-maint',
  kind: 's78-maintenance-window-notice-text',
  before: 'Scheduled maintenance — Saturday night, 22:00 to 02:00 CT',
  text: [
    'Production pods 1–4 move from 24.3.[11261] to 24.4.[12044]; the sandbox is already on 24.4.[12039].',
    'Change record CHG-[75255]; rollback build 24.3.[11261] stays warm for 48 hours.',
    'The EDI gateway stays up; batches queued after 21:45 go out after the window (payer [87726] cut-off is 23:00).',
    'Nightly job [64632] (statement print file) will run at 03:00 instead of 01:00.',
    'Questions: open a ticket with category "Maintenance" or call 800-555-0199, option 3.',
  ].join('\n'),
});

// ── 36. Client roster, table (decoy only) ──
const roster = table({
  id: 's78-roster',
  kind: 's78-client-account-roster-grid',
  caption: 'Customer success — client roster (region Central)',
  headers: ['Client #', 'Practice', 'City', 'ZIP', 'Live since', 'CSM'],
  rows: [
    ['[30094]', 'Lakeshore Pain Associates', 'Oak Lawn, IL', '[60453]', '2019', 'R. Ames'],
    ['[30018]', 'Prairie Spine & Nerve', 'Overland Park, KS', '[66211]', '2025', 'R. Ames'],
    ['[55027]', 'Gulf Coast Ortho', 'Mobile, AL', '[36608]', '2021', 'T. Lin'],
    ['[64714]', 'North Ridge Neuro', 'Duluth, MN', '[55811]', '2022', 'T. Lin'],
    ['[20040]', 'Bay Anesthesia Group', 'Tampa, FL', '[33607]', '2020', 'K. Osei'],
  ],
});

export const sealed78: Snippet[] = [
  ...ticketThread,
  ...queue,
  ...kbArticle,
  ...kbPairs,
  ...kbUnits,
  ...kbExamples,
  ...holdReport,
  ...claimDetail,
  ...editJson,
  ...ruleXml,
  ...claimCsv,
  ...escalation,
  ...defectRepro,
  ...fixedDefects,
  ...codeSetNote,
  ...codeSetTable,
  ...implChecklist,
  ...implTasks,
  ...ft1Spec,
  ...dftSample,
  ...x12Reject,
  ...incident,
  ...incidentBatches,
  ...forumThread,
  ...forumSolution,
  ...webinar,
  ...webinarQa,
  ...denialMap,
  ...feeImport,
  ...kbSearch,
  ...slaGrid,
  ...slaSummary,
  ...invoice,
  ...invoiceStub,
  ...maintenance,
  ...roster,
];
