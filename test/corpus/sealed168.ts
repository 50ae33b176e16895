import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 168 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s168-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too (code ranges in parentheticals, deleted and cross-referenced codes, codes with modifiers).
 * About a third of the decoys are numbers of the synthetic 10,000-code set (KNOWN_10K) used as CCA application ids,
 * an interested-party registration id and comment ids (in a CSV log, a chat and search results), a conference-call
 * id, a confidentiality agreement number, a support ticket queue, a store item number, a member number and a
 * billing ZIP. The five known codes' digits come back as decoys: the society's AMA member number and PO box, an
 * interested-party comment id, a help-desk ticket, a conflict-of-interest disclosure id, a hotel group code, a member
 * survey id, an errata document number, a data-file line count, a newsletter article id and a webinar id.
 *
 * Family: the CPT Editorial Panel process seen by a (fictional) applicant society, the Society of Peripheral Nerve
 * Interventionalists (SPNI, Alexandria, VA): its code change application (CCA) to revise the neuroplasty codes
 * 64712/64714, the plantar digital nerve destruction code 64632 and the facial-nerve chemodenervation code 64612
 * and to add parenthetical guidance at 64445 — the applicant portal dashboard, the CCA form sections (applicant,
 * proposed descriptors, vignette, literature, utilization), the submission confirmation and the staff
 * acknowledgement letter; the tab assignment and the published meeting agenda; interested-party access requests,
 * a comment letter, the comment log export and the applicant's rebuttal; conflict-of-interest disclosure, meeting
 * logistics, the society's coding committee chat and presentation slides; the summary of panel actions
 * (table and prose) and the member alert; the errata and technical corrections page and table; the annual code
 * change files (long, medium and short descriptor text files, the changes file, its read-me, a diff view, a JSON
 * API response and an XML export) and the data-file license invoice; the coding newsletter (table of contents,
 * feature article, crosswalk table, Q&A) and the society's web news post, site search results, webinar
 * registration, help-desk ticket and member FAQ.
 * Built on real public layouts: the AMA CPT Editorial Panel meeting agenda (Tab number, issue, code(s), "interested
 * party" column) and the Summary of Panel Actions PDF (tab, issue, action), the CCA form's sections (A requestor,
 * B proposed descriptor with strike-through and underline, clinical vignette, FDA status, literature, volume), the
 * CPT errata and technical corrections document (code, page, correction), the AMA annual data files LONGULT.txt,
 * MEDU.txt and SHORTU.txt (code, tab, descriptor) and the "CPT 2027 Changes" file with its ReadMe, and the CPT
 * Assistant newsletter (volume/issue, coding tip Q&A, crosswalk table). The others are written the way those
 * pages read, with no single source.
 *
 * 346 labelled tokens over 41 shapes: 243 codes (173 of them the five known codes), 103 decoys, 37 of the decoys in
 * KNOWN_10K.
 */

// ── 1. Applicant portal dashboard, table of the society's applications ──
const portal = table({
  id: 's168-portal',
  kind: 's168-cca-applicant-portal-dashboard-grid',
  caption: 'My Code Change Applications — Society of Peripheral Nerve Interventionalists (account [31526])',
  headers: ['Application ID', 'Title', 'Codes affected', 'Target meeting', 'Status'],
  rows: [
    [
      '[58213]',
      'Neuroplasty, sciatic nerve and lumbar plexus — descriptor revision',
      '{64712}, {64714}',
      'May 2026',
      'Tab assigned',
    ],
    [
      '[10120]',
      'Destruction, plantar common digital nerve — include cryoablation',
      '{64632}',
      'May 2026',
      'Tab assigned',
    ],
    [
      '[30051]',
      'Chemodenervation, facial nerve — EMG guidance parenthetical',
      '{64612}, {95874}',
      'May 2026',
      'Tab assigned',
    ],
    ['[31877]', 'Sciatic nerve block — continuous infusion parenthetical', '{64445}, {64446}', 'Sept 2026', 'Draft'],
    [
      '[29304]',
      'Percutaneous ultrasound-guided neurolysis, sciatic (Cat III)',
      '0987T (proposed)',
      'May 2026',
      'Withdrawn',
    ],
  ],
});

// ── 2. CCA form, Section A (requestor), text layer; decoy heavy ──
const ccaA = lines({
  id: 's168-ccaa',
  kind: 's168-cca-form-section-a-requestor-text',
  before: 'CPT® CODE CHANGE APPLICATION — SECTION A: REQUESTOR INFORMATION',
  text: [
    'Organization: Society of Peripheral Nerve Interventionalists (SPNI)   Member no. (AMA HOD): [64714]',
    'Address: 1800 Diagonal Road, Suite 600, Alexandria, VA [22314]   Mail: PO Box [64612], Alexandria, VA [22313]',
    'Contact: Renata Okafor, MPH, CPC, Director of Coding Policy   Phone 703-555-0142 ext. 214',
    'Application ID: [58213]   Portal user: rokafor@spni.org   Created 11/03/2025   Last saved 12/01/2025',
    'Codes affected: {64712}, {64714} (revision); related family {64702}–{64727}',
    'Co-requestors: American Assoc. of Foot & Ankle Nerve Surgeons (ID [40050]); none other',
  ].join('\n'),
});

// ── 3. CCA form, Section B proposed descriptors (strike-through/underline shown as [[ ]] and ~~ ~~) ──
const ccaB = lines({
  id: 's168-ccab',
  kind: 's168-cca-form-proposed-descriptor-text',
  before: 'SECTION B: PROPOSED CHANGE. Show deletions with strike-through and additions underlined.',
  text: [
    'Current:  {64712}  Neuroplasty, major peripheral nerve, arm or leg, open; sciatic nerve',
    'Proposed: {64712}  Neuroplasty, major peripheral nerve, arm or leg, open; sciatic nerve, __including piriformis release__',
    'Current:  {64714}  Neuroplasty, major peripheral nerve, arm or leg, open; lumbar plexus',
    'Proposed: {64714}  Neuroplasty, major peripheral nerve, arm or leg, open; lumbar plexus, __any approach__',
    'New parenthetical: (Do not report {64712} in conjunction with {27062}, {64445} for the same nerve on the same date)',
    'New parenthetical: (For internal neurolysis, use {64727} in conjunction with {64712}, {64714})',
    'Rationale: the descriptors predate the 2002 revision of {64702}–{64727} guidelines and omit piriformis release.',
  ].join('\n'),
});

// ── 4. CCA clinical vignette and description of service, prose ──
const vignette = lines({
  id: 's168-vignette',
  kind: 's168-cca-clinical-vignette-text',
  before: 'SECTION C: CLINICAL VIGNETTE (typical patient)',
  text: [
    'A 52-year-old woman with sciatic neuropathy after a hip arthroplasty has failed two image-guided sciatic',
    'nerve blocks ({64445}) and 12 weeks of therapy. Open neuroplasty of the sciatic nerve ({64712}) is performed.',
    'Pre-service: review of EMG ({95886}, {95912}) and MRI neurography; post-service: one office visit in the',
    '90-day global. When the lumbar plexus is also decompressed, {64714} is reported with modifier 59.',
  ].join('\n'),
});

// ── 5. CCA literature table (citations, PMIDs, e-article numbers) ──
const literature = table({
  id: 's168-lit',
  kind: 's168-cca-literature-citations-grid',
  caption: 'SECTION D: Peer-reviewed literature (attach full text; minimum 2 US studies)',
  headers: ['#', 'Citation', 'Design / n', 'Code(s) studied', 'PMID'],
  rows: [
    ['1', 'Haldane J, et al. J Peripher Nerve Surg. 2023;18:e[18552].', 'Retrospective, 212', '{64712}', '37114820'],
    [
      '2',
      'Ortiz-Bell M, et al. Foot Ankle Neurol. 2024;9(2):[11208]-[11216].',
      'Prospective, 88',
      '{64632}',
      '38502271',
    ],
    ['3', 'Lindqvist P. Pain Physician Rev. 2022;25:e[21437].', 'Case series, 41', '{64714}', '35990117'],
    ['4', 'Sato K, Wen D. Facial Mov Disord. 2025;3:14-22.', 'RCT, 120', '{64612}, {95874}', '39877013'],
  ],
});

// ── 6. CCA utilization estimate table ──
const utilization = table({
  id: 's168-util',
  kind: 's168-cca-utilization-estimate-grid',
  caption: 'SECTION E: Estimated annual frequency (Medicare 5% sample scaled, CY 2024)',
  headers: ['Code', 'Medicare allowed services', 'Commercial est.', 'Typical specialty', 'Site'],
  rows: [
    ['{64712}', '1,842', '3,100', 'Neurosurgery / plastics', 'HOPD'],
    ['{64714}', '96', '150', 'Neurosurgery', 'Inpatient'],
    ['{64632}', '22,418', '31,000', 'Podiatry', 'Office'],
    ['{64612}', '48,770', '61,200', 'Neurology / ophthalmology', 'Office'],
    ['{64445}', '61,207', '88,400', 'Anesthesiology', 'ASC'],
  ],
});

// ── 7. Submission confirmation e-mail ──
const confirm = lines({
  id: 's168-confirm',
  kind: 's168-cca-submission-confirmation-email-text',
  before: 'From: cpt-applications@noreply (CPT Smart App)  To: rokafor@spni.org',
  text: [
    'Subject: Application [58213] submitted — Neuroplasty, sciatic nerve and lumbar plexus',
    'Thank you. Your code change application was received on 12/01/2025 at 4:52 PM CT (receipt no. [73318]).',
    'Attachments: 6 files, [48261] KB total (literature, vignette, FDA clearance letter).',
    'Codes referenced: {64712}, {64714}. Deadline for the May 2026 Panel meeting: 12/05/2025.',
    'AMA CPT staff, 330 N. Wabash Ave., Suite [39300], Chicago, IL [60611]. Do not reply to this message.',
  ].join('\n'),
});

// ── 8. AMA staff acknowledgement letter, PDF text layer ──
const ackLetter = lines({
  id: 's168-ack',
  kind: 's168-staff-acknowledgement-letter-text',
  before: 'AMERICAN MEDICAL ASSOCIATION — CPT Editorial Panel Staff',
  text: [
    '330 N. Wabash Ave., Suite [39300], Chicago, IL [60611]-5885        January 9, 2026',
    'Ms. Renata Okafor, SPNI, PO Box [64612], Alexandria, VA [22313]',
    'Re: Application [58213], codes {64712} and {64714}; Application [10120], code {64632}',
    'Both applications have been placed on the agenda for the May 2026 Panel meeting as Tab 41 and Tab 42.',
    'Staff note: the request to bundle {64445} into {64712} is outside the scope of a descriptor revision.',
    'Your related request on {64612} (Application [30051]) will be heard as Tab 43.',
  ].join('\n'),
});

// ── 9. Tab assignment list (portal view) ──
const tabList = table({
  id: 's168-tabs',
  kind: 's168-panel-tab-assignment-grid',
  caption: 'May 2026 CPT Editorial Panel — Tab assignments (Nervous System)',
  headers: ['Tab', 'Issue', 'Code(s)', 'Applicant', 'IP comments due'],
  rows: [
    ['40', 'Genicular nerve destruction', '{64624}', 'Am. Soc. of Knee Pain (fict.)', '03/20/2026'],
    ['41', 'Neuroplasty, sciatic / lumbar plexus', '{64712}, {64714}', 'SPNI', '03/20/2026'],
    ['42', 'Plantar digital nerve destruction', '{64632}', 'SPNI', '03/20/2026'],
    ['43', 'Facial nerve chemodenervation', '{64612}, {64615}', 'SPNI', '03/20/2026'],
    ['44', 'Lower extremity nerve blocks', '{64445}–{64448}', 'ASRA-PM (request)', '03/20/2026'],
  ],
});

// ── 10. Published meeting agenda, PDF text layer ──
const agenda = lines({
  id: 's168-agenda',
  kind: 's168-panel-meeting-agenda-text',
  before: 'CPT® Editorial Panel Meeting, May 7–9, 2026 — AGENDA (updated 04/02/2026)',
  text: [
    'Meeting location: Hyatt Regency, 151 E. Wacker Dr., Chicago, IL [60601]',
    'Thursday May 7   Tab 38  Nerve conduction studies ({95907}–{95913})  — consent',
    'Thursday May 7   Tab 41  Neuroplasty, Major Peripheral Nerve ({64712}, {64714})  — SPNI',
    'Thursday May 7   Tab 42  Destruction by Neurolytic Agent; Plantar Common Digital Nerve ({64632})',
    'Friday May 8     Tab 43  Chemodenervation, Facial Nerve ({64612}; {95873}, {95874})',
    'Friday May 8     Tab 44  Lower Extremity Peripheral Nerve Block ({64445}, {64446}, {64447}, {64448})',
    'Dial-in for interested parties: conference ID [50025] 4411#; observers register by 04/24/2026',
  ].join('\n'),
});

// ── 11. Interested-party access request form ──
const ipRequest = lines({
  id: 's168-iprequest',
  kind: 's168-interested-party-access-request-form-text',
  before: 'Request to Review Materials as an Interested Party — May 2026 Panel',
  text: [
    'Requestor: Amer. Assoc. of Foot & Ankle Nerve Surgeons   IP registration ID: [40050]',
    'Address: 9312 Lake Shore Blvd, Suite 210, Cleveland, OH [44108]',
    'Tabs requested: 41 (codes {64712}/{64714}), 42 ({64632})   Confidentiality agreement no. [70068]',
    'Reason: our members report {64632} and would be affected by a revised descriptor.',
  ].join('\n'),
});

// ── 12. Interested-party comment letter, prose ──
const ipLetter = lines({
  id: 's168-ipletter',
  kind: 's168-interested-party-comment-letter-text',
  before: 'AAFANS — Comment on Tab 42 (submitted through the portal)',
  text: [
    'Comment ID [64632]   Tab 42   Re: Application [10120]',
    'We support adding cryoablation to {64632}, but note that cryoablation of the plantar digital nerve is now',
    'often reported with {64640} (other peripheral nerve) or unlisted {64999}. A revised {64632} should say',
    'whether {64640} remains appropriate for neuroma ablation proximal to the intermetatarsal space.',
    'We take no position on Tab 41 ({64712}, {64714}). Submitted by Dr. L. Carvalho, DPM, Cleveland, OH [44108].',
  ].join('\n'),
});

// ── 13. Comment log export (CSV) ──
const commentCsv = lines({
  id: 's168-commentcsv',
  kind: 's168-interested-party-comment-log-csv-text',
  before: 'ip_comments_tab41-43_export.csv',
  text: [
    'comment_id,tab,application_id,commenter,codes,position,received',
    '[64632],42,[10120],AAFANS,"{64632};{64640}",support w/ changes,2026-03-14',
    '[10061],41,[58213],Am. Acad. Orthopaedic Nerve (fict.),"{64712};{64714}",oppose,2026-03-18',
    '[10074],43,[30051],Neuro-Ophthalmology Society (fict.),"{64612};{95874}",support,2026-03-19',
    '[10112],41,[58213],Medicare contractor medical director,{64712},comment only,2026-03-20',
    '[14471],44,[31877],SPNI,"{64445};{64446}",support,2026-03-20',
  ].join('\n'),
});

// ── 14. Applicant rebuttal e-mail thread ──
const rebuttal = lines({
  id: 's168-rebuttal',
  kind: 's168-applicant-rebuttal-email-thread-text',
  before: 'Re: Tab 41 — response to interested-party comment [10061]',
  text: [
    'From: Renata Okafor <rokafor@spni.org>   Sent: Mon 3/23/2026 9:14 AM',
    'Dr. Fenwick — the orthopaedic comment says {64712} already includes piriformis release. The current',
    'descriptor does not say so, and MACs have denied {64712} with {27062} on the same side. Can you draft',
    'two sentences for the rebuttal? Due in the portal by Wed 3/25 (ticket [64712] with staff for the upload bug).',
    '> From: Dr. Marcus Fenwick   Sent: Sun 3/22/2026 8:02 PM',
    '> Will do. Also ask whether {64714} should say "any approach" — laparoscopic cases get pushed to {64999}.',
  ].join('\n'),
});

// ── 15. Conflict-of-interest disclosure form (panel advisor) ──
const coi = lines({
  id: 's168-coi',
  kind: 's168-conflict-of-interest-disclosure-form-text',
  before: 'CPT Advisory Committee — Conflict of Interest Disclosure (required before each meeting)',
  text: [
    'Advisor: Marcus Fenwick, MD   Society: SPNI   Disclosure ID: [64714]-2026',
    'Tabs with a potential conflict: 41 (I perform {64712}); 43 (consultant, toxin maker, ref. [57702])',
    'Financial relationships > $5,000: Medivance Neuro, Inc., 44 Grove St, Boston, MA [02114] (advisory board)',
  ].join('\n'),
});

// ── 16. Meeting logistics e-mail (hotel, travel) ──
const logistics = lines({
  id: 's168-logistics',
  kind: 's168-meeting-travel-logistics-email-text',
  before: 'Subject: May Panel — travel for Tab 41–43 presenters',
  text: [
    'Hotel: Hyatt Regency Chicago, 151 E. Wacker Dr., Chicago, IL [60601]; group code [64612] (AMA CPT May)',
    'Confirmation nos.: Okafor [71930]; Fenwick [71931]; arrive Wed 5/6. Flight DCA–ORD, record locator QZ7RTA',
    'Society travel PO [26451] covers two rooms. Reimbursement form to PO Box [64612], Alexandria, VA [22313].',
  ].join('\n'),
});

// ── 17. Society coding committee chat (Slack-like) ──
const chat = lines({
  id: 's168-chat',
  kind: 's168-coding-committee-chat-text',
  before: '#cpt-tab41-43  (SPNI Coding Committee)',
  text: [
    'Renata Okafor  9:02 AM  staff posted the IP comments — the ortho group opposes the {64712} change (comment [10061])',
    'Marcus Fenwick  9:05 AM  expected. they bill {64712} + {27062} and want to keep both',
    'Priya Nand  9:07 AM  for 43, should we ask for {95874} to be listed in the {64612} parenthetical?',
    'Renata Okafor  9:08 AM  yes. and {64632} → they want {64640} kept for proximal ablation, fine by me',
    'Priya Nand  9:11 AM  zoom for the prep call: meeting ID 812 [30051] 77 (same as the app number lol)',
  ].join('\n'),
});

// ── 18. Presentation slides to the Panel, text layer ──
const slides = lines({
  id: 's168-slides',
  kind: 's168-panel-presentation-slides-text',
  before: 'SPNI — Tab 41 presentation to the CPT Editorial Panel — slide text',
  text: [
    'Slide 2  Current family: {64702}–{64727}; sciatic {64712}, brachial plexus {64713}, lumbar plexus {64714}',
    'Slide 3  Problem: piriformis release billed as {27062}+{64712}; NCCI pair edit applies since 2019',
    'Slide 4  Proposal: revise {64712} and {64714} descriptors; add exclusionary parenthetical for {64445}',
    'Slide 5  Volume: {64712} 1,842 Medicare services; {64714} 96 (CY 2024); no RUC resurvey requested',
    'Slide 9  Questions? rokafor@spni.org   SPNI, 1800 Diagonal Rd., Suite 600, Alexandria, VA [22314]',
  ].join('\n'),
});

// ── 19. Summary of Panel Actions, table ──
const actions = table({
  id: 's168-actions',
  kind: 's168-summary-of-panel-actions-grid',
  caption: 'Summary of Panel Actions — May 2026 (effective January 1, 2027 unless noted)',
  headers: ['Tab', 'Issue', 'Panel action'],
  rows: [
    ['38', 'Nerve conduction studies', 'Revised guidelines for {95907}–{95913}; no code changes.'],
    [
      '41',
      'Neuroplasty, major peripheral nerve',
      'Accepted revision of codes {64712} and {64714}; added parenthetical excluding {64445}.',
    ],
    [
      '42',
      'Plantar common digital nerve destruction',
      'Accepted revision of code {64632} to include cryoablation; parenthetical for {64640}.',
    ],
    [
      '43',
      'Facial nerve chemodenervation',
      'Accepted addition of parenthetical to {64612} regarding {95873}, {95874}.',
    ],
    ['44', 'Lower extremity nerve block', 'Postponed to September 2026 meeting ({64445}–{64448}).'],
    ['45', 'Genicular nerve destruction', 'Rejected request to revise {64624}.'],
  ],
});

// ── 20. Summary of Panel Actions, prose version (society's report to members) ──
const actionsProse = lines({
  id: 's168-actprose',
  kind: 's168-panel-actions-report-prose-text',
  before: 'SPNI Report from the May 2026 CPT Editorial Panel Meeting',
  text: [
    'The Panel accepted our Tab 41 request: for CPT 2027, {64712} will read "Neuroplasty, major peripheral nerve,',
    'arm or leg, open; sciatic nerve, including piriformis release when performed," and {64714} "...; lumbar plexus".',
    'A new parenthetical tells coders not to report {64445} for the same nerve on the day of {64712}.',
    'Tab 42 passed as well: {64632} now includes cryoablation. Tab 43 added {95874} to the {64612} parenthetical.',
    'Tab 44 on {64446}/{64447} was postponed. Thank you to the 41 members who answered the survey (ID [64712]).',
  ].join('\n'),
});

// ── 21. Member alert e-mail ──
const alert = lines({
  id: 's168-alert',
  kind: 's168-society-member-alert-email-text',
  before: 'SPNI Coding Alert — May 2026 — Member no. [50007]',
  text: [
    'WHAT CHANGED: {64712}, {64714}, {64632} revised; {64612} parenthetical updated. Effective 1/1/2027.',
    'WHAT TO DO NOW: nothing. Keep reporting {64712} + {27062} until 12/31/2026 where your MAC allows it.',
    'Questions: coding@spni.org | SPNI, 1800 Diagonal Rd., Alexandria, VA [22314] | Unsubscribe (list [39027])',
  ].join('\n'),
});

// ── 22. Errata and technical corrections, table ──
const errata = table({
  id: 's168-errata',
  kind: 's168-errata-technical-corrections-grid',
  caption: 'CPT® 2027 Professional Edition — Errata and Technical Corrections (document [64714], rev. 3)',
  headers: ['Code', 'Page', 'Correction', 'Posted'],
  rows: [
    [
      '{64712}',
      '516',
      'Descriptor should read "...sciatic nerve, including piriformis release, when performed"',
      '01/15/2027',
    ],
    ['{64714}', '516', 'Delete duplicated semicolon in descriptor', '01/15/2027'],
    ['{64632}', '512', 'Parenthetical: "(For destruction of other peripheral nerve, use {64640})"', '02/02/2027'],
    ['{64612}', '510', 'Parenthetical should list {95874}, not {95873} only', '02/02/2027'],
    ['{64445}', '503', 'No change; listed in error in rev. 2', '03/10/2027'],
  ],
});

// ── 23. Errata web page prose ──
const errataPage = lines({
  id: 's168-errpage',
  kind: 's168-errata-web-page-text',
  before: 'CPT® Errata & Technical Corrections — ama-assn.org',
  text: [
    'Errata are published when the CPT code set book contains an error. Technical corrections for data files',
    'are released as a new data file version. Rev. 3 (document [64714]) corrects {64712} and {64714} on page 516;',
    'ISBN 978-1-[64016]-512-3 (Professional Edition). The {64632} parenthetical error was fixed in the data file',
    'version 2027.1 (release ID [27113]). See also the February correction to the {64612} guidance.',
  ].join('\n'),
});

// ── 24. Long descriptor data file (LONGULT.txt), text ──
const longFile = lines({
  id: 's168-longult',
  kind: 's168-data-file-long-descriptor-text',
  before: 'LONGULT.txt — CPT 2027 — tab-delimited (code<TAB>long descriptor)',
  text: [
    '{64445}\tInjection(s), anesthetic agent(s) and/or steroid; sciatic nerve',
    '{64446}\tInjection(s), anesthetic agent(s) and/or steroid; sciatic nerve, continuous infusion by catheter (including catheter placement)',
    '{64612}\tChemodenervation of muscle(s); muscle(s) innervated by facial nerve, unilateral (eg, for blepharospasm, hemifacial spasm)',
    '{64632}\tDestruction by neurolytic agent; plantar common digital nerve, including cryoablation',
    '{64712}\tNeuroplasty, major peripheral nerve, arm or leg, open; sciatic nerve, including piriformis release, when performed',
    '{64713}\tNeuroplasty, major peripheral nerve, arm or leg, open; brachial plexus',
    '{64714}\tNeuroplasty, major peripheral nerve, arm or leg, open; lumbar plexus',
  ].join('\n'),
});

// ── 25. Medium descriptor file (MEDU.txt), fixed width ──
const medFile = lines({
  id: 's168-medu',
  kind: 's168-data-file-medium-descriptor-text',
  before: 'MEDU.txt — CPT 2027 — medium descriptors, upper case',
  text: [
    '{64445} INJECTION ANESTHETIC AGENT SCIATIC NERVE',
    '{64612} CHEMODENERVATION MUSCLE INNERVATED FACIAL NERVE UNI',
    '{64632} DESTRUCTION NEUROLYTIC PLANTAR COMMON DIGITAL NRV',
    '{64712} NEUROPLASTY MAJOR PERIPHERAL NERVE SCIATIC NERVE',
    '{64714} NEUROPLASTY MAJOR PERIPHERAL NERVE LUMBAR PLEXUS',
  ].join('\n'),
});

// ── 26. Short descriptor file (SHORTU.txt) ──
const shortFile = lines({
  id: 's168-shortu',
  kind: 's168-data-file-short-descriptor-text',
  before: 'SHORTU.txt — 28-character short descriptors',
  text: [
    '{64445} N BLOCK INJ SCIATIC SNG',
    '{64612} DESTROY NERVE FACE MUSCLE',
    '{64632} N BLOCK INJ COMMON DIGIT',
    '{64712} REVISION OF SCIATIC NERVE',
    '{64714} REVISE LOW BACK NERVE(S)',
  ].join('\n'),
});

// ── 27. Changes file ("CPT 2027 Changes"), grid ──
const changes = table({
  id: 's168-changes',
  kind: 's168-data-file-annual-changes-grid',
  caption: 'CPT 2027 Changes (Changes.xlsx, sheet "Nervous System")',
  headers: ['Record', 'Code', 'Change type', 'Long descriptor (2027)', 'Panel tab'],
  rows: [
    [
      '[08412]',
      '{64445}',
      'Parenthetical added',
      'Injection(s), anesthetic agent(s) and/or steroid; sciatic nerve',
      '41',
    ],
    [
      '[08413]',
      '{64612}',
      'Parenthetical revised',
      'Chemodenervation of muscle(s); muscle(s) innervated by facial nerve, unilateral',
      '43',
    ],
    [
      '[08415]',
      '{64632}',
      'Revised',
      'Destruction by neurolytic agent; plantar common digital nerve, including cryoablation',
      '42',
    ],
    [
      '[08417]',
      '{64712}',
      'Revised',
      'Neuroplasty, major peripheral nerve, arm or leg, open; sciatic nerve, including piriformis release',
      '41',
    ],
    ['[08418]', '{64714}', 'Revised', 'Neuroplasty, major peripheral nerve, arm or leg, open; lumbar plexus', '41'],
  ],
});

// ── 28. Data file ReadMe, text ──
const readme = lines({
  id: 's168-readme',
  kind: 's168-data-file-readme-text',
  before: 'ReadMe.txt — CPT 2027 Data Files, Professional Edition',
  text: [
    'Release: 2027.0 (September 1, 2026)   Technical correction: 2027.1 (release ID [27113])',
    'Files: LONGULT.txt ([10919] records), MEDU.txt ([10919] records), SHORTU.txt ([10919] records)',
    'Changes in this release: 228 added, 75 deleted, [64632] total lines in Changes file incl. guideline text',
    'License no. [36614]; licensee SPNI; AMA product code OP[05427]; support ticket queue [70027]',
  ].join('\n'),
});

// ── 29. Diff view of long descriptors (old vs new) ──
const diff = lines({
  id: 's168-diff',
  kind: 's168-data-file-diff-view-text',
  before: 'diff LONGULT_2026.txt LONGULT_2027.txt  (SPNI coding committee worksheet)',
  text: [
    '@@ -8412,3 +8412,3 @@',
    '-{64632}\tDestruction by neurolytic agent; plantar common digital nerve',
    '+{64632}\tDestruction by neurolytic agent; plantar common digital nerve, including cryoablation',
    '-{64712}\tNeuroplasty, major peripheral nerve, arm or leg, open; sciatic nerve',
    '+{64712}\tNeuroplasty, major peripheral nerve, arm or leg, open; sciatic nerve, including piriformis release',
    ' {64713}\tNeuroplasty, major peripheral nerve, arm or leg, open; brachial plexus',
  ].join('\n'),
});

// ── 30. Code set API, JSON response ──
const json = lines({
  id: 's168-json',
  kind: 's168-code-set-api-json-text',
  before: 'GET /cpt/v1/codes/64712?release=2027 — 200 OK',
  text: [
    '{ "code": "{64712}", "release": "2027", "conceptId": 1014523, "changeType": "REVISED",',
    '  "panelTab": 41, "applicationId": "[58213]", "requestId": "[52688]",',
    '  "parentheticals": ["Do not report {64712} in conjunction with {64445} for the same nerve"],',
    '  "related": ["{64713}", "{64714}", "{64727}"], "zip": "[60611]" }',
  ].join('\n'),
});

// ── 31. XML export of the changes ──
const xml = lines({
  id: 's168-xml',
  kind: 's168-data-file-xml-export-text',
  before: 'cpt2027_changes_nervous.xml',
  text: [
    '<change code="{64632}" type="revised" tab="42" seq="[08415]"/>',
    '<change code="{64612}" type="parenthetical" tab="43"><ref code="{95874}"/><ref code="{95873}"/></change>',
    '<change code="{64714}" type="revised" tab="41" seq="[08418]"/>',
    '<change code="{64445}" type="parenthetical" tab="41"><ref code="{64712}"/></change>',
  ].join('\n'),
});

// ── 32. Data file license invoice, grid ──
const invoice = table({
  id: 's168-invoice',
  kind: 's168-data-file-license-invoice-grid',
  caption: 'INVOICE [64632] — AMA Database Licensing — Bill to: SPNI, PO Box [64612], Alexandria, VA [22313]',
  headers: ['Item', 'Product', 'Order no.', 'Qty', 'Amount'],
  rows: [
    ['1', 'CPT 2027 Data Files, Professional (internal use)', '[45817]', '1', '$1,450.00'],
    ['2', 'CPT 2027 Professional Edition (print)', '[45819]', '3', '$435.00'],
    ['3', 'CPT Assistant annual subscription', '[45823]', '2', '$620.00'],
    ['', 'Tax-exempt certificate [53917] on file', '', '', ''],
    ['', 'Remit to: AMA, PO Box [74008], Chicago, IL [60674]-4008', '', '', ''],
  ],
});

// ── 33. Coding newsletter table of contents ──
const toc = lines({
  id: 's168-toc',
  kind: 's168-coding-newsletter-table-of-contents-text',
  before: 'CPT Assistant — December 2026 — Volume 36, Issue 12',
  text: [
    'Coding Brief: Neuroplasty of the Sciatic Nerve, {64712} ............................ 3',
    'Coding Brief: Lumbar Plexus Neuroplasty, {64714} .................................. 5',
    'Surgery: Nervous System — Plantar Digital Nerve Destruction ({64632}) .............. 7',
    'Frequently Asked Questions: Chemodenervation {64612} with EMG Guidance {95874} .... 10',
    'Article ID [64712]   ISSN 1057-8153   Subscriber no. [62095]',
  ].join('\n'),
});

// ── 34. Newsletter feature article, prose ──
const article = lines({
  id: 's168-article',
  kind: 's168-coding-newsletter-feature-article-text',
  before: 'Coding Brief: Neuroplasty of the Sciatic Nerve',
  text: [
    'For 2027, code {64712} was revised to include release of the piriformis muscle when performed. Before 2027,',
    'some payers accepted {27062} with {64712}; that combination is no longer appropriate for the same side.',
    'Code {64714} was revised editorially. Neither code includes a peripheral nerve block; however, a block',
    'performed by the surgeon for postoperative pain (eg, {64445}) is not separately reported.',
    'Note: internal neurolysis requiring use of an operating microscope is reported with add-on code {64727}.',
  ].join('\n'),
});

// ── 35. Newsletter crosswalk table ──
const crosswalk = table({
  id: 's168-xwalk',
  kind: 's168-coding-newsletter-crosswalk-grid',
  caption: 'Table 1. Reporting before and after the 2027 revisions',
  headers: ['Scenario', 'CPT 2026', 'CPT 2027'],
  rows: [
    ['Open sciatic neuroplasty with piriformis release', '{64712}, {27062}-59', '{64712}'],
    ['Open lumbar plexus neuroplasty', '{64714}', '{64714}'],
    ['Cryoablation, plantar common digital nerve', '{64640} or {64999}', '{64632}'],
    ['Facial chemodenervation with EMG guidance', '{64612}, {95874}', '{64612}, {95874}'],
    ['Bilateral facial chemodenervation', '{64612}-50', '{64612}-50'],
  ],
});

// ── 36. Newsletter FAQ, Q&A ──
const faq = lines({
  id: 's168-faq',
  kind: 's168-coding-newsletter-question-answer-text',
  before: 'Frequently Asked Questions: Surgery: Nervous System',
  text: [
    'Question: Our podiatrists perform cryoablation of a Morton neuroma. Which code is reported for 2027?',
    'Answer: Report {64632}, which was revised for 2027 to include cryoablation. Do not report {64640} for a',
    'plantar common digital nerve. Ultrasound guidance ({76942}) is reported separately if documented.',
    'Question: Is {64612} reported once for both eyes? Answer: No; {64612} is unilateral. Report {64612} with',
    'modifier 50 for bilateral procedures, and {95874} once per session when EMG guidance is used.',
  ].join('\n'),
});

// ── 37. Society web news post ──
const news = lines({
  id: 's168-news',
  kind: 's168-society-website-news-post-text',
  before: 'SPNI News | Advocacy | Posted 09/02/2026 | Post #[14872]',
  text: [
    'CPT 2027 is out: the AMA released the annual code set today. Revisions SPNI requested are in place for',
    'neuroplasty of the sciatic nerve ({64712}) and lumbar plexus ({64714}), for plantar digital nerve destruction',
    '({64632}) and for chemodenervation of facial-nerve muscles ({64612}). Our CCA team (Application [58213])',
    'thanks the volunteers. Webinar Sept. 17 — register with webinar ID [64445] at spni.org/events.',
  ].join('\n'),
});

// ── 38. Site search results ──
const search = lines({
  id: 's168-search',
  kind: 's168-society-site-search-results-text',
  before: 'Search spni.org: "64712"  — 5 results',
  text: [
    'CPT 2027: sciatic neuroplasty {64712} revised — SPNI News, Sept 2, 2026',
    'Tab 41 presentation slides (PDF) — {64712}, {64714} — Members only',
    'Comment log, Tab 41–43 (CSV) — comment [10061] on {64712}',
    'Help desk ticket [64712]: portal upload failed — Resolved',
    'Store: Coding Guide for Peripheral Nerve Surgery, item [30092] — mentions {64712} 14 times',
  ].join('\n'),
});

// ── 39. Webinar registration form ──
const webinar = lines({
  id: 's168-webinar',
  kind: 's168-webinar-registration-form-text',
  before: 'Register: "CPT 2027 — What Changed for Nerve Procedures" (Sept. 17, 2026, 1:00 PM ET)',
  text: [
    'Webinar ID: [64445]   Passcode: 771204   CEU approval no. [29958] (1.0 CEU)',
    'Topics: revised {64712} and {64714}; {64632} with cryoablation; {64612} and {95874}',
    'Attendee: Jana Whitlock, CPC   Member no. [50007]   Billing ZIP: [80014]',
  ].join('\n'),
});

// ── 40. Help-desk ticket (portal support) ──
const ticket = lines({
  id: 's168-ticket',
  kind: 's168-portal-help-desk-ticket-text',
  before: 'CPT Smart App Support — Ticket [64712] — Status: Resolved',
  text: [
    'Opened 03/24/2026 by rokafor@spni.org: "Rebuttal upload for application [58213] fails at 99%."',
    'Agent (Tier 2): file exceeded 25 MB. Please split the {64712} literature PDF. Related ticket [63980].',
    'Customer: Thanks. Uploaded in two parts; the {64714} rebuttal is part 2.',
  ].join('\n'),
});

// ── 41. Member FAQ on the society site (accordion) ──
const memberFaq = lines({
  id: 's168-memberfaq',
  kind: 's168-society-member-faq-accordion-text',
  before: 'FAQ — How SPNI brings a CPT code change',
  text: [
    '▸ How long does it take? About 13 months: CCA deadline → Panel meeting → Summary of Panel Actions → data files.',
    '▸ Who can comment? Any interested party may request access to a tab (e.g., Tab 41 on {64712} and {64714}).',
    '▸ Why was the {64446} request postponed? The Panel asked for more data on {64445} with continuous infusion.',
    '▸ Where do I send questions? coding@spni.org or 703-555-0142; mail to 1800 Diagonal Rd., Alexandria, VA [22314].',
  ].join('\n'),
});

export const sealed168: Snippet[] = [
  ...portal,
  ...ccaA,
  ...ccaB,
  ...vignette,
  ...literature,
  ...utilization,
  ...confirm,
  ...ackLetter,
  ...tabList,
  ...agenda,
  ...ipRequest,
  ...ipLetter,
  ...commentCsv,
  ...rebuttal,
  ...coi,
  ...logistics,
  ...chat,
  ...slides,
  ...actions,
  ...actionsProse,
  ...alert,
  ...errata,
  ...errataPage,
  ...longFile,
  ...medFile,
  ...shortFile,
  ...changes,
  ...readme,
  ...diff,
  ...json,
  ...xml,
  ...invoice,
  ...toc,
  ...article,
  ...crosswalk,
  ...faq,
  ...news,
  ...search,
  ...webinar,
  ...ticket,
  ...memberFaq,
];
