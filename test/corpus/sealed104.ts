import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 104 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s104-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too. About a third of the decoys are numbers of the synthetic 10,000-code set (KNOWN_10K) used as
 * payer-office ZIPs, policy, bulletin, edit, rule, ticket, client-group, document and fee-schedule ids and release
 * builds. The five known codes' digits come back as decoys: a reimbursement policy number, a vendor support ticket, a
 * custom rule id, a deleted edit id, a policy document id, PO boxes of the payer's provider communications,
 * corrected-claims, provider services and edit-review offices, a newsletter catalog number and a client group.
 *
 * Family: commercial payers' reimbursement policy bulletins and claim-editing software release notes around a
 * peripheral-nerve and pain practice's codes: a monthly provider newsletter's masthead and "coding corner", a
 * reimbursement policy update bulletin (policy number, effective date, codes affected) and its prose, a prior
 * authorization list change table, a fee allowance change notice, a claim-editing vendor's quarterly content release
 * notes (summary, new rules, code pairs added and removed, MUE changes, known issues, a hotfix, a rule JSON record, a
 * CSV export, deployment status by client, a retired-rule crosswalk), a payer's code edit lookup tool (entry screen,
 * result grid, edit detail), a policy PDF (header and footer, applicable-codes section, policy history table, document
 * control block, XML metadata), a policy library search, a provider notification letter, an FAQ page with an 835
 * remittance example, a bulletin archive index, a webinar schedule, an e-mail digest and its footer, an edit dispute
 * page and a portal dispute tracker, a payer office directory and a modifier examples table.
 * Built on real public layouts: the UnitedHealthcare Network News "Reimbursement Policy Update Bulletin" table (policy
 * title, number, effective date, summary of change) and its policies' "Applicable Codes" and "Policy History/Revision
 * Information" sections, the CMS NCCI procedure-to-procedure table columns (column 1, column 2, modifier indicator,
 * effective and deletion dates) and MUE table (MUE value, MAI, rationale), the Clear Claim Connection code-edit lookup
 * screen (procedure, modifier, date of service, disposition, edit reason), an X12 835 service-line segment layout
 * (SVC, CAS, LQ, REF*6R), and the monthly Blue plans' provider newsletter "coding corner" column. The others are
 * written the way those pages read, with no single source.
 *
 * 381 labelled tokens over 39 shapes: 163 codes, 218 decoys, 73 of the decoys in KNOWN_10K.
 */

// ── 1. Provider newsletter masthead and contents, text layer (decoy heavy) ──
const masthead = lines({
  id: 's104-mast',
  kind: 's104-provider-newsletter-masthead-contents-text',
  before: 'Heartland Provider Dispatch — the monthly newsletter for Heartland Mutual Health Plan network providers',
  text: [
    'Volume 14, Issue 2 — February 2026 — Catalog no. [64714]',
    'In this issue: Coding Corner (p. 3) · Reimbursement policy updates (p. 5) · EditWorks release 26.2 (p. 7)',
    'Published by Provider Communications, 1100 Main St, Kansas City, MO [64105]',
    'Reprint requests: Provider Communications, PO Box [64632], Kansas City, MO [64141]',
    'Postmaster: send address changes to 1100 Main St, Kansas City, MO [64105]-2215',
    'Reaches 12,400 practices in Missouri and Kansas; archived issues carry a bulletin number, e.g. [40079].',
  ].join('\n'),
});

// ── 2. Newsletter "coding corner" column, text layer ──
const codingCorner = lines({
  id: 's104-corner',
  kind: 's104-newsletter-coding-corner-column-text',
  before: 'Coding Corner: peripheral nerve decompression and neurolysis',
  text: [
    'When the surgeon frees the sciatic nerve from scar tissue, report {64712}; do not add {64708} for the same nerve.',
    'Lumbar plexus neuroplasty ({64714}) is a deeper, separate approach and is seldom billed with {64712} on one date.',
    'Chemical neurolysis of a plantar common digital nerve is {64632}: one unit per nerve treated.',
    'A sciatic block given by the operating surgeon ({64445}) is part of the global package of {64712}.',
    'Facial-nerve chemodenervation {64612} is unilateral; bilateral work goes on one line with modifier 50.',
    'Have a topic? Write to Coding Corner, PO Box [64632], Kansas City, MO [64141], or see bulletin [40086].',
  ].join('\n'),
});

// ── 3. Coding corner quick reference, table ("Item" header) ──
const cornerRef = table({
  id: 's104-cornerref',
  kind: 's104-coding-corner-quick-reference-grid',
  caption: 'Quick reference: nerve procedures at a glance',
  headers: ['Item', 'What it describes', 'Watch for'],
  rows: [
    ['{64712}', 'Neuroplasty, sciatic nerve', 'Not with {64708} on the same nerve'],
    ['{64714}', 'Neuroplasty, lumbar plexus', 'Op note must name the plexus'],
    ['{64445}', 'Sciatic nerve block, single injection', 'Continuous infusion has its own code'],
    ['{64632}', 'Neurolytic destruction, plantar digital nerve', 'Frequency limit, see RP-[47105]'],
    ['{64612}', 'Chemodenervation, facial nerve, unilateral', 'Drug billed separately (J-code)'],
  ],
});

// ── 4. Reimbursement policy update bulletin, table ──
const policyUpdates = table({
  id: 's104-rpupd',
  kind: 's104-reimbursement-policy-update-bulletin-grid',
  caption: 'Reimbursement Policy Update Bulletin — March 2026 — Commercial and Individual Exchange',
  headers: ['Policy title', 'Policy number', 'Effective date', 'Codes affected', 'Summary of change'],
  rows: [
    [
      'Nerve Decompression and Neuroplasty',
      'RP-[26061]',
      '04/01/2026',
      '{64712} {64713} {64714}',
      'Modifier 50 no longer accepted; bill RT and LT',
    ],
    [
      'Chemodenervation Services',
      'RP-[64612]',
      '04/01/2026',
      '{64612} {64615} {64616}',
      'One unit per date of service',
    ],
    ['Peripheral Nerve Blocks', 'RP-[38107]', '05/01/2026', '{64445} {64446} {64447} {64448}', 'Catheter notes needed'],
    ['Neurolytic Destruction', 'RP-[47105]', '05/01/2026', '{64632} {64640}', 'Three per foot per 12 months'],
    ['Site of Service', 'RP-[52141]', '06/01/2026', 'See attachment', 'List refreshed; 86 codes added'],
  ],
});

// ── 5. Policy update bulletin prose, text layer ──
const policyProse = lines({
  id: 's104-rpprose',
  kind: 's104-reimbursement-policy-bulletin-prose-text',
  before: 'Policy update details',
  text: [
    'Nerve Decompression and Neuroplasty (RP-[26061]): for dates of service on or after April 1, 2026, claims for',
    'CPT codes {64712} and {64714} submitted with modifier 50 will be denied; submit one line per side with RT and LT.',
    'Chemodenervation Services (RP-[64612]): {64612} will be limited to one unit per date; {64615} likewise.',
    'This bulletin (number [40114]) replaces bulletin [40086] dated December 2025.',
    'Send policy questions to Reimbursement Policy, mail stop [12185], 1100 Main St, Kansas City, MO [64105].',
  ].join('\n'),
});

// ── 6. Prior authorization list changes, table ("Code" header) ──
const paList = table({
  id: 's104-palist',
  kind: 's104-prior-authorization-list-changes-grid',
  caption: 'Precertification list changes effective May 1, 2026',
  headers: ['Code', 'Description', 'Change', 'Effective'],
  rows: [
    ['{64632}', 'Destruction by neurolytic agent; plantar common digital nerve', 'Removed from list', '05/01/2026'],
    ['{64640}', 'Destruction by neurolytic agent; other peripheral nerve or branch', 'Removed from list', '05/01/2026'],
    ['{64712}', 'Neuroplasty; sciatic nerve', 'Added (site of service review)', '05/01/2026'],
    ['{64714}', 'Neuroplasty; lumbar plexus', 'Added (site of service review)', '05/01/2026'],
    [
      '{64555}',
      'Percutaneous implantation of neurostimulator electrode array; peripheral nerve',
      'Added',
      '05/01/2026',
    ],
    ['{64590}', 'Insertion of peripheral neurostimulator pulse generator', 'No change', '—'],
  ],
});

// ── 7. Fee allowance change notice, table ("Svc" header) ──
const feeNotice = table({
  id: 's104-fee',
  kind: 's104-fee-allowance-change-notice-grid',
  caption: 'Notice of professional allowance changes — 90-day notice',
  headers: ['Svc', 'Desc', 'Current', 'New', 'Schedule'],
  rows: [
    ['{64712}', 'Neuroplasty sciatic', '$642.18', '$655.02', 'FS-[38127]'],
    ['{64714}', 'Neuroplasty lumbar plexus', '$571.40', '$582.83', 'FS-[38127]'],
    ['{64445}', 'Inj sciatic nerve single', '$118.95', '$121.33', 'FS-[38127]'],
    ['{64632}', 'Destr plantar digital nerve', '$101.60', '$103.63', 'FS-[38127]'],
    ['{99213}', 'Office visit, est., low MDM', '$92.40', '$94.25', 'FS-[38193]'],
  ],
});

// ── 8. Claim-editing vendor release notes summary, text layer ──
const releaseSummary = lines({
  id: 's104-relsum',
  kind: 's104-claim-edit-vendor-release-summary-text',
  before: 'EditWorks Clinical Content — Quarterly Release Notes — 2026 Q2',
  text: [
    'Content release 26.2, build 26.2.[10305], published 04/07/2026; replaces build 26.1.[10208].',
    'Included sources: NCCI PTP and MUE version 32.1, AMA quarterly errata, payer custom edits for 14 clients.',
    'Totals: 212 code pairs added, 37 removed, 9 MUE values changed, 6 new custom rules.',
    'Earlier hotfixes rolled in: 26.1.[10211] and 26.1.[10214].',
    'Client tickets closed in this release: CS-[88102], CS-[88131], CS-[64714].',
    'Package set id [70089]; the install window closes 04/30/2026.',
    'Support: 1-800-555-0143 or EditWorks Inc., 2400 Grand Blvd, Kansas City, MO [64108].',
  ].join('\n'),
});

// ── 9. Vendor new rules, table ("Codes" header) ──
const newRules = table({
  id: 's104-newrules',
  kind: 's104-claim-edit-vendor-new-rules-grid',
  caption: 'New rules in 26.2',
  headers: ['Rule ID', 'Rule name', 'Codes', 'Source', 'Eff. date'],
  rows: [
    ['[47151]', 'Neuroplasty, same nerve, duplicate approach', '{64712}, {64708}', 'CMS NCCI', '04/01/2026'],
    ['[47153]', 'Lumbar plexus with sciatic neuroplasty, same side', '{64714}, {64712}', 'Custom', '04/01/2026'],
    ['[47155]', 'Single-shot with continuous sciatic block', '{64445}, {64446}', 'CMS NCCI', '04/01/2026'],
    ['[47157]', 'Chemodenervation units over limit', '{64612}', 'MUE', '04/01/2026'],
    ['[47160]', 'Digital nerve neurolysis frequency', '{64632}', 'Custom', '04/01/2026'],
    ['[64445]', 'Facial chemodenervation billed twice, both sides', '{64612}', 'Custom (client)', '04/01/2026'],
  ],
});

// ── 10. Vendor code pairs added (NCCI PTP columns), table ──
const pairsAdded = table({
  id: 's104-pairsadd',
  kind: 's104-claim-edit-code-pairs-added-grid',
  caption: 'Procedure-to-procedure pairs added (excerpt)',
  headers: ['Column 1', 'Column 2', 'Mod. ind.', 'Edit ID', 'Effective'],
  rows: [
    ['{64712}', '{64704}', '1', '[31104]', '04/01/2026'],
    ['{64714}', '{64712}', '1', '[31118]', '04/01/2026'],
    ['{64445}', '{76942}', '1', '[31134]', '04/01/2026'],
    ['{64445}', '{64450}', '1', '[31136]', '04/01/2026'],
    ['{64632}', '{64450}', '1', '[31148]', '04/01/2026'],
    ['{64612}', '{95873}', '1', '[31150]', '04/01/2026'],
  ],
});

// ── 11. Vendor code pairs removed, table ──
const pairsRemoved = table({
  id: 's104-pairsdel',
  kind: 's104-claim-edit-code-pairs-removed-grid',
  caption: 'Pairs removed',
  headers: ['Primary', 'Secondary', 'Reason', 'Deleted edit'],
  rows: [
    ['{64712}', '{64727}', 'Microscope add-on now handled by rule family', '[26083]'],
    ['{64632}', '{64455}', 'Deleted by CMS 03/31/2026', '[26093]'],
    ['{64714}', '{64713}', 'Mutually exclusive pair moved to rule [47153]', '[26094]'],
    ['{64612}', '{64616}', 'Different muscle groups', '[64712]'],
  ],
});

// ── 12. Vendor MUE changes, table ──
const mueChanges = table({
  id: 's104-mue',
  kind: 's104-claim-edit-mue-changes-grid',
  caption: 'Medically unlikely edit values changed',
  headers: ['HCPCS/CPT', 'Prior MUE', 'New MUE', 'MAI', 'Rationale'],
  rows: [
    ['{64632}', '2', '4', '3', 'Clinical data: two interspaces per foot'],
    ['{64612}', '1', '2', '2', 'Policy: bilateral reported on one line'],
    ['{64445}', '1', '1', '2', 'Corrected MAI only'],
    ['{64615}', '1', '1', '3', 'No value change'],
  ],
});

// ── 13. Vendor known issues, text layer ──
const knownIssues = lines({
  id: 's104-issues',
  kind: 's104-claim-edit-vendor-known-issues-text',
  before: 'Known issues in 26.2',
  text: [
    'KI-[20225]: rule [47153] fired on claims where {64714} and {64712} carried different laterality modifiers.',
    'Workaround: suppress rule [47153] for RT/LT pairs until hotfix 26.2.[10320] is installed.',
    'KI-[20229]: the MUE for {64632} loaded as 2 instead of 4 for client group [55118].',
    'Reported by three clients (tickets CS-[88157], CS-[88159]); no other codes affected.',
  ].join('\n'),
});

// ── 14. Vendor hotfix note, text layer ──
const hotfix = lines({
  id: 's104-hotfix',
  kind: 's104-claim-edit-vendor-hotfix-note-text',
  before: 'Hotfix bulletin',
  text: [
    'Hotfix 26.2.[10320], released 04/21/2026, applies on top of build [10305].',
    'Rule [47153] no longer fires when {64714} and {64712} are billed with RT and LT respectively.',
    'MUE for {64632} corrected to 4 for client group [55118]; reprocess claims from 04/01 via job [70137].',
    'No other content changed.',
  ].join('\n'),
});

// ── 15. Vendor rule record, JSON text layer ──
const ruleJson = lines({
  id: 's104-rulejson',
  kind: 's104-claim-edit-rule-record-json-text',
  before: 'GET /content/v2/rules/{ruleId} — response',
  text: [
    '{ "ruleId": "[47151]", "source": "NCCI", "build": "26.2.[10305]",',
    '  "column1": "{64712}", "column2": "{64708}", "modifierIndicator": "1",',
    '  "effective": "2026-04-01", "clientGroup": "[55118]", "messageCode": "[70055]",',
    '  "denialText": "Procedure {64708} is incidental to {64712} on the same date" }',
  ].join('\n'),
});

// ── 16. Code pair CSV export, text layer ──
const pairCsv = lines({
  id: 's104-paircsv',
  kind: 's104-claim-edit-code-pair-csv-export-text',
  before: 'ptp_pairs_26_2_client.csv',
  text: [
    'edit_id,col1,col2,mod_ind,eff_date,del_date,client_group',
    '[31104],{64712},{64704},1,20260401,,[55118]',
    '[31118],{64714},{64712},1,20260401,,[55118]',
    '[31134],{64445},{76942},1,20260401,,[55123]',
    '[26093],{64632},{64455},1,20200101,20260331,[64632]',
  ].join('\n'),
});

// ── 17. Payer code edit lookup tool, entry screen, text layer ──
const lookupEntry = lines({
  id: 's104-lookupin',
  kind: 's104-code-edit-lookup-entry-screen-text',
  before: 'Heartland Mutual — Code Edit Lookup — enter the claim lines and select Review',
  text: [
    'Member ZIP: [64152]   Provider TIN: **-***4120   Claim type: Professional   Gender: F   Age: 58',
    'Claim ID (optional): HM-[62781]-04   Billing NPI: 1730184452',
    'Line 1   Procedure: {64712}   Modifier: RT   DOS: 03/12/2026   POS: 22',
    'Line 2   Procedure: {64704}   Modifier: RT   DOS: 03/12/2026   POS: 22',
    'Line 3   Procedure: {64445}   Modifier: RT   DOS: 03/12/2026   POS: 22',
    'Line 4   Procedure: {76942}   Modifier:      DOS: 03/12/2026   POS: 22',
    'Session [91172] — results do not guarantee payment; benefits and eligibility apply.',
  ].join('\n'),
});

// ── 18. Code edit lookup result, table ("Proc" header) ──
const lookupResult = table({
  id: 's104-lookupout',
  kind: 's104-code-edit-lookup-result-grid',
  caption: 'Review results',
  headers: ['Line', 'Proc', 'Mod', 'Disposition', 'Edit reason'],
  rows: [
    ['1', '{64712}', 'RT', 'Allow', ''],
    ['2', '{64704}', 'RT', 'Deny', 'Incidental to {64712} (edit [31104])'],
    ['3', '{64445}', 'RT', 'Deny', 'Surgeon-administered block included in {64712}'],
    ['4', '{76942}', '', 'Deny', 'Guidance included in {64445}'],
  ],
});

// ── 19. Code edit lookup detail, key/value table (vague header) ──
const lookupDetail = table({
  id: 's104-lookupdet',
  kind: 's104-code-edit-lookup-detail-field-value-grid',
  caption: 'Edit detail',
  headers: ['Field', 'Value'],
  rows: [
    ['Edit ID', '[31118]'],
    ['Procedure', '{64714}'],
    ['Paired with', '{64712}'],
    ['Policy', 'RP-[26061]'],
    ['Source', 'Custom, payer-approved'],
    ['Contact ZIP', '[64105]'],
  ],
});

// ── 20. Policy PDF header and footer, text layer (decoy only) ──
const pdfHeader = lines({
  id: 's104-pdfhead',
  kind: 's104-policy-pdf-header-footer-text',
  before: 'Heartland Mutual Health Plan — Reimbursement Policy',
  text: [
    'Nerve Decompression and Neuroplasty   Policy Number: RP-[26061]   Effective 04/01/2026',
    'Document ID [64714]-C   Page 3 of 9   Uncontrolled when printed',
    'Proprietary information of Heartland Mutual Health Plan, 1100 Main St, Kansas City, MO [64105]',
    'Approved by the Reimbursement Policy Committee, meeting [10222]; supersedes document [52056]',
  ].join('\n'),
});

// ── 21. Policy PDF applicable codes section, text layer ──
const pdfCodes = lines({
  id: 's104-pdfcodes',
  kind: 's104-policy-pdf-applicable-codes-text',
  before: 'Applicable Codes — the following list(s) of procedure codes is provided for reference purposes only',
  text: [
    'CPT Code   Description',
    '{64712}   Neuroplasty, major peripheral nerve, arm or leg, open; sciatic nerve',
    '{64713}   Neuroplasty, major peripheral nerve, arm or leg, open; brachial plexus',
    '{64714}   Neuroplasty, major peripheral nerve, arm or leg, open; lumbar plexus',
    '{64445}   Injection(s), anesthetic agent(s) and/or steroid; sciatic nerve',
    '{64632}   Destruction by neurolytic agent; plantar common digital nerve',
    '{64612}   Chemodenervation of muscle(s); muscle(s) innervated by facial nerve, unilateral',
    'CPT is a registered trademark of the American Medical Association',
  ].join('\n'),
});

// ── 22. Policy PDF history / revision information, table ──
const pdfHistory = table({
  id: 's104-pdfhist',
  kind: 's104-policy-pdf-history-revision-grid',
  caption: 'Policy History/Revision Information',
  headers: ['Date', 'Action', 'Summary of changes'],
  rows: [
    ['03/01/2026', 'Revised', 'Added {64714} to laterality list; removed {64713}; document [52065] replaces [52056]'],
    ['10/01/2025', 'Revised', 'Clarified frequency for {64612}; new fax for the office in ZIP [64145]'],
    ['04/01/2025', 'Annual review', 'No change to {64632}; references updated'],
    ['01/01/2025', 'Revised', 'Added {64454} (genicular nerve block) to scope'],
    ['07/01/2024', 'Policy created', 'Replaces bulletin [26112] and policy RP-[26107]'],
  ],
});

// ── 23. Policy metadata, XML text layer ──
const policyXml = lines({
  id: 's104-polxml',
  kind: 's104-policy-metadata-xml-text',
  before: 'policy-feed.xml',
  text: [
    '<policy id="RP-[26061]" version="7" docId="[52065]" effective="2026-04-01">',
    '  <code system="CPT" value="{64712}" laterality="required"/>',
    '  <code system="CPT" value="{64713}" laterality="required"/>',
    '  <code system="CPT" value="{64714}" laterality="required"/>',
    '  <office name="Reimbursement Policy" zip="[64105]" mailStop="[12185]"/>',
    '</policy>',
  ].join('\n'),
});

// ── 24. Policy library search results, table (decoy only) ──
const policySearch = table({
  id: 's104-polsearch',
  kind: 's104-policy-library-search-results-grid',
  caption: 'Policy library — search "nerve" — 5 results',
  headers: ['Title', 'Policy #', 'Doc ID', 'Updated', 'Pages'],
  rows: [
    ['Nerve Decompression and Neuroplasty', 'RP-[26061]', '[52065]', '03/01/2026', '9'],
    ['Chemodenervation Services', 'RP-[64612]', '[52074]', '04/01/2026', '7'],
    ['Peripheral Nerve Blocks', 'RP-[38107]', '[52110]', '05/01/2026', '11'],
    ['Neurolytic Destruction', 'RP-[47105]', '[52112]', '05/01/2026', '6'],
    ['Site of Service', 'RP-[52141]', '[52115]', '06/01/2026', '24'],
  ],
});

// ── 25. FAQ page, text layer ──
const faq = lines({
  id: 's104-faq',
  kind: 's104-policy-faq-page-text',
  before: 'Frequently asked questions — neuroplasty and nerve block reimbursement',
  text: [
    'Q: Can we bill {64445} when the surgeon places a block for post-op pain after {64712}?',
    'A: No. A block by the operating surgeon is included in the global surgical package.',
    'Q: Our remit cited edit [31118]. What does it mean?',
    'A: It pairs lumbar plexus neuroplasty {64714} with sciatic neuroplasty on the same side.',
    'Q: Is {64632} limited per foot? A: Yes, three per foot in 12 months under RP-[47105].',
    'Q: Where do corrected claims go? A: Corrected Claims Unit, PO Box [64612], Kansas City, MO [64141].',
  ].join('\n'),
});

// ── 26. FAQ 835 remittance example, X12 text layer ──
const faq835 = lines({
  id: 's104-faq835',
  kind: 's104-faq-remittance-835-example-text',
  before: 'Example: how a bundling denial appears on your 835',
  text: [
    'N1*PR*HEARTLAND MUTUAL HEALTH PLAN~',
    'N3*PO BOX 419205~',
    'N4*KANSAS CITY*MO*[64141]~',
    'CLP*HM2603120041800*1*1840*612.4**12*2603120041800~',
    'SVC*HC:{64712}:RT*1240*612.4**1~',
    'SVC*HC:{64704}:RT*380*0**1~',
    'CAS*CO*97*380~',
    'REF*6R*[10160]~',
    'LQ*HE*N20~',
    'SVC*HC:{64445}:RT*220*0**1~',
  ].join('\n'),
});

// ── 27. Bulletin archive index, table ──
const archive = table({
  id: 's104-archive',
  kind: 's104-bulletin-archive-index-grid',
  caption: 'Bulletin archive — last six months',
  headers: ['Bulletin #', 'Date', 'Title', 'Topics'],
  rows: [
    ['[40114]', '03/2026', 'Reimbursement policy update', 'Neuroplasty, nerve blocks, imaging guidance'],
    ['[40079]', '02/2026', 'Coding Corner: nerve decompression', '{64712}, {64714}, {64708}'],
    ['[40050]', '01/2026', 'Annual code update', 'New and revised codes incl. {64454} and {64624}'],
    ['[40086]', '12/2025', 'Chemodenervation policy', '{64612}, {64615}'],
    ['[40032]', '11/2025', 'Prior authorization changes', '{64632} under review'],
    ['[40017]', '10/2025', 'Office relocation', 'Appeals unit moved to ZIP [64188]'],
    ['[39974]', '09/2025', 'Fax number changes', 'All units now on 816-555-01xx lines'],
    ['[39962]', '08/2025', 'Claims address update', 'Old PO Box [41876] closes; use PO Box 419205'],
  ],
});

// ── 28. E-mail digest body, text layer ──
const digest = lines({
  id: 's104-digest',
  kind: 's104-provider-email-digest-text',
  before: 'From: Heartland Provider News — Subject: Your March digest — 5 items',
  text: [
    '1. Reimbursement policy bulletin [40114]: neuroplasty codes {64712} and {64714} (effective 4/1)',
    '2. Coding corner: when the microscope add-on {64727} is allowed',
    '3. Precertification removed for {64632} and {64640} starting May 1',
    '4. EditWorks release 26.2 is live; new rules [47151] to [47160]',
    '5. Webinar on chemodenervation billing ({64612}, {64615}), session [12140]',
  ].join('\n'),
});

// ── 29. E-mail digest footer, text layer (decoy only) ──
const digestFooter = lines({
  id: 's104-digestfoot',
  kind: 's104-provider-email-digest-footer-text',
  before: 'You received this e-mail because you subscribed to Heartland Provider News.',
  text: [
    'Subscriber no. [55124] · Manage preferences · Unsubscribe',
    'Heartland Mutual Health Plan, 1100 Main St, Kansas City, MO [64105]',
    'Provider Services, PO Box [64712], Kansas City, MO [64171] · fax 816-555-0127',
    'Message id [91083] · Sent by list server 4',
  ].join('\n'),
});

// ── 30. Edit dispute instructions, text layer ──
const dispute = lines({
  id: 's104-dispute',
  kind: 's104-claim-edit-dispute-instructions-text',
  before: 'How to dispute a claim edit',
  text: [
    'Complete form HMH-[12098] and give the claim number and the edit ID printed on your remittance advice.',
    'Example: claim 2603120041800, line 2, edit [31104] ({64704} incidental to {64712}).',
    'Attach the operative report when the edit involves {64712}, {64713} or {64714}.',
    'Mail to Clinical Edit Review, PO Box [64445], Kansas City, MO [64188], or fax 816-555-0172.',
    'Disputes get a reference number such as ER-[20175] within 10 business days.',
  ].join('\n'),
});

// ── 31. Annual code update article, text layer ──
const annualUpdate = lines({
  id: 's104-annual',
  kind: 's104-annual-code-update-article-text',
  before: 'Annual code update — what changed on January 1',
  text: [
    'The AMA added, revised and deleted codes effective January 1, 2026 (bulletin [40050]).',
    'Descriptor revisions touch {64445} and {64446}; both descriptors are accepted through March 31.',
    'Nothing changed for {64712}, {64714} or {64612}; existing edits for them stay in place.',
    'Our edit vendor loaded the new content in build 26.1.[10208]; questions go to 816-555-0135.',
  ].join('\n'),
});

// ── 32. Payer office directory, table (decoy only) ──
const offices = table({
  id: 's104-offices',
  kind: 's104-payer-office-directory-grid',
  caption: 'Where to send it',
  headers: ['Office', 'Address', 'City, State', 'ZIP', 'Fax', 'Mail stop'],
  rows: [
    ['Claims', 'PO Box 419205', 'Kansas City, MO', '[64141]', '816-555-0110', '—'],
    ['Corrected claims', 'PO Box [64612]', 'Kansas City, MO', '[64141]', '816-555-0166', '—'],
    ['Reimbursement Policy', '1100 Main St', 'Kansas City, MO', '[64105]', '816-555-0199', '[12185]'],
    ['Chicago regional office', '200 W Adams St', 'Chicago, IL', '[60606]', '312-555-0150', '[12196]'],
    ['Dallas regional office', '2001 Ross Ave', 'Dallas, TX', '[75201]', '214-555-0181', '—'],
    ['Salt Lake regional office', '36 S State St', 'Salt Lake City, UT', '[84111]', '801-555-0108', '—'],
    ['EditWorks liaison', '2400 Grand Blvd', 'Kansas City, MO', '[64108]', '816-555-0143', '—'],
  ],
});

// ── 33. Modifier policy examples, table ("Billed code" header) ──
const modExamples = table({
  id: 's104-modex',
  kind: 's104-modifier-policy-examples-grid',
  caption: 'Examples under the updated modifier policy',
  headers: ['Example', 'Billed code', 'Modifier', 'Outcome'],
  rows: [
    ['A', '{64712}', 'RT', 'Paid at 100%'],
    ['B', '{64712}', '50', 'Denied; rebill RT and LT on two lines'],
    ['C', '{64445}', '59', 'Paid when a separate session is documented'],
    ['D', '{64612}', '50', 'Paid at 150%, one line'],
    ['E', '{64632}', 'T2', 'Paid; toe modifier accepted'],
    ['F', '{64714}', 'LT', 'Paid; pends if {64712} RT is on the same claim'],
  ],
});

// ── 34. Vendor release deployment by client, table (decoy only) ──
const deployments = table({
  id: 's104-deploy',
  kind: 's104-claim-edit-release-deployment-grid',
  caption: 'Release 26.2 — deployment status by client',
  headers: ['Client', 'Client group', 'Environment', 'Build', 'Deployed', 'Claims reprocessed'],
  rows: [
    ['Heartland Mutual Health Plan', '[55118]', 'Production', '26.2.[10305]', '04/09/2026', '[18342]'],
    ['Prairie Commercial Health', '[55119]', 'Production', '26.2.[10305]', '04/11/2026', '[27604]'],
    ['Ozark Employers Trust', '[55123]', 'Test', '26.2.[10305]', '04/14/2026', '—'],
    ['Great Lakes Benefit Administrators', '[55125]', 'Production', '26.1.[10208]', 'Deferred', '—'],
    ['Tri-County TPA', '[55127]', 'Production', '26.2.[10305]', '04/16/2026', '[11964]'],
    ['Sunflower Health Partners', '[55130]', 'Production', '26.2.[10305]', '04/18/2026', '[40718]'],
  ],
});

// ── 35. Vendor retired-rule crosswalk, table ──
const ruleCrosswalk = table({
  id: 's104-rulexwalk',
  kind: 's104-claim-edit-retired-rule-crosswalk-grid',
  caption: 'Retired rules and their replacements',
  headers: ['Retired rule', 'Replacement rule', 'Applies to', 'Note'],
  rows: [
    ['[45206]', '[47151]', '{64712}', 'Same logic, new message text'],
    ['[45211]', '[47153]', 'Neuroplasty family', 'Now laterality-aware'],
    ['[45219]', '[47155]', 'Sciatic block family', 'No change in logic'],
    ['[45230]', '[47157]', '{64612}', 'Moved from custom source to MUE'],
    ['[45238]', '[47160]', 'Digital nerve neurolysis', 'Threshold raised to three'],
  ],
});

// ── 36. Newsletter webinar schedule, table ──
const webinars = table({
  id: 's104-webinar',
  kind: 's104-newsletter-webinar-schedule-grid',
  caption: 'Spring provider webinars — register online',
  headers: ['Session', 'Date', 'Topic', 'Registration ID', 'Access code'],
  rows: [
    ['1', '04/14/2026', 'Neuroplasty laterality under RP-[26061]', '[83412]', '[29417]'],
    ['2', '04/16/2026', 'Chemodenervation units: {64612} and {64615}', '[83415]', '[29452]'],
    ['3', '04/21/2026', 'Reading your remit after an edit', '[83418]', '[29473]'],
    ['4', '04/23/2026', 'EditWorks 26.2 for billing offices', '[83421]', '[29488]'],
  ],
});

// ── 37. Provider notification letter, text layer ──
const notifyLetter = lines({
  id: 's104-notify',
  kind: 's104-policy-provider-notification-letter-text',
  before: 'Heartland Mutual Health Plan — Provider Notification',
  text: [
    'Letter ID [83427]   Mailed 02/27/2026   Provider no. [71636]',
    'Dr. Maria Estevez, Midwest Nerve & Pain, 4801 Main St, Suite 300, Kansas City, MO [64112]',
    'Our records show 14 claims in 2025 that billed {64712} with modifier 50; from April 1, 2026 such lines will deny.',
    'Please review policy RP-[26061] and bulletin [40114], or call 816-555-0135.',
    'Quote case [83433] when you call.',
  ].join('\n'),
});

// ── 38. Edit dispute status tracker, table (decoy only) ──
const disputeTracker = table({
  id: 's104-disptrack',
  kind: 's104-edit-dispute-status-tracker-grid',
  caption: 'My edit disputes — provider portal',
  headers: ['Dispute ref', 'Provider no.', 'Edit', 'Received', 'Status'],
  rows: [
    ['ER-[20175]', '[71636]', '[31104]', '03/18/2026', 'Upheld'],
    ['ER-[20181]', '[71636]', '[31118]', '03/20/2026', 'Overturned'],
    ['ER-[20186]', '[71642]', '[47153]', '04/02/2026', 'In review'],
    ['ER-[20203]', '[71642]', '[31134]', '04/06/2026', 'In review'],
    ['ER-[20210]', '[71657]', '[26093]', '04/09/2026', 'Closed, no action'],
    ['ER-[20214]', '[71657]', '[47157]', '04/13/2026', 'Received'],
  ],
});

// ── 39. Policy document control block, text layer (decoy only) ──
const docControl = lines({
  id: 's104-doccontrol',
  kind: 's104-policy-document-control-block-text',
  before: 'Document control',
  text: [
    'Owner: Reimbursement Policy, mail stop [12185]   Form HMH-[12098] referenced',
    'Doc [52065] rev 7; prior revisions [52056] (rev 6) and [52051] (rev 5)',
    'Committee record [10222]; legal review ticket [83446]',
    'Distribution list [83449]; printed copies held at 1100 Main St, Kansas City, MO [64105]',
  ].join('\n'),
});

export const sealed104: Snippet[] = [
  ...masthead,
  ...codingCorner,
  ...cornerRef,
  ...policyUpdates,
  ...policyProse,
  ...paList,
  ...feeNotice,
  ...releaseSummary,
  ...newRules,
  ...pairsAdded,
  ...pairsRemoved,
  ...mueChanges,
  ...knownIssues,
  ...hotfix,
  ...ruleJson,
  ...pairCsv,
  ...lookupEntry,
  ...lookupResult,
  ...lookupDetail,
  ...pdfHeader,
  ...pdfCodes,
  ...pdfHistory,
  ...policyXml,
  ...policySearch,
  ...faq,
  ...faq835,
  ...archive,
  ...digest,
  ...digestFooter,
  ...dispute,
  ...annualUpdate,
  ...offices,
  ...modExamples,
  ...deployments,
  ...ruleCrosswalk,
  ...webinars,
  ...notifyLetter,
  ...disputeTracker,
  ...docControl,
];
