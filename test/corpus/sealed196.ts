import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 196 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s196-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes
 * (trigeminal blocks and neurolysis, rhizotomy, MVD, radiosurgery, neurectomy, EMG and blink reflex, intraoperative
 * monitoring, E/M visits) are labelled as codes too, also when a member or a payer quotes them in prose, with a
 * modifier attached (-RT, -25, -50), in X12 (HC:64600:RT), HL7 PR1 (^C4), CSV, JSON, XML and REDCap choice lists.
 * A code shown on an EOB by mistake (64632 for a face procedure) is still a code. The decoys are what this world
 * really shows: ZIPs (two of them, 99204 and 99205, Spokane ZIPs shaped like E/M codes), helpline ticket and chat
 * numbers, appeal case numbers, a payer's denial reference and PO box, group and member numbers, donation receipt,
 * donor, opportunity and fund codes, a gift amount in CSV, walk registration numbers, webinar event and registrant
 * ids, registry participant, site and provider ids, spreadsheet serial dates, a REDCap "other" value, a Botox NDC
 * labeler, grant, application, prior-auth approval and check numbers, GL department codes and a ticket-number range.
 * About a third of the decoys are numbers of the synthetic 10,000-code set (KNOWN_10K): the foundation's PO box,
 * ZIPs of Tucson, Parma, Philadelphia, Somerville, Syracuse, Spokane and Albany, a policy reference, a chat
 * conversation id, a webinar registrant id, a donor id, a fund code, a receipt number, spreadsheet serial dates,
 * registry site and provider ids, a Bridge Fund application number, a member number, a group number, GL department
 * codes and an SMS reference. The five known codes' digits come back as decoys: the foundation's PO Box 64445, the
 * helpline ticket 64712, the forum thread id 64714, the webinar event code 64612 (in XML, a URL, an SMS) and the
 * donation receipt 64632 (email, CSV, giving statement).
 *
 * Family: a (fictional) patient-advocacy foundation for trigeminal neuralgia and facial pain, the Fifth Nerve
 * Foundation (PO Box 64445, Wallingford Falls, VT), and one member's year: Dolores "Dee" Pruitt (Glens Harbor, NY),
 * trigeminal neuralgia with hemifacial spasm, whose infraorbital alcohol neurolysis (64600) was billed as the foot
 * code 64632 and denied, whose Botox for hemifacial spasm (64612) was denied as cosmetic, and whose microvascular
 * decompression (61458) was denied and then approved on external review; around her, other callers (a cranial nerve
 * neuroplasty billed as sciatic 64712, a sciatic block 64445 the assistance fund cannot pay, a lumbar plexus case
 * 64714 referred out). Pages: the coverage guide (text layer, procedure table, look-alike codes table, a payer's
 * medical policy quoted), the helpline (ticket list, internal notes, web chat, intake form, the member's uploaded EOB,
 * the practice's 835 lines, stats dashboard, SMS log), appeals (letter template, filled MVD appeal, appeals tracker,
 * fax cover for external review), the member forum (thread, search results), a webinar (slides, registrants XML, Q&A
 * log), giving (receipt email, CRM CSV export, year-end giving statement, campaign dashboard, walk participant list,
 * annual report program table), the research registry (e-consent, REDCap CSV export, data dictionary, HL7 site feed,
 * REDCap API JSON, quarterly report, grant tracker), the Bridge Fund (application, award letter), the newsletter,
 * the website search results, a press release, the find-a-doctor directory and the member coverage survey.
 * Built on real public layouts: Zendesk-style ticket lists and internal notes, Intercom-style chat transcripts,
 * payer medical policy documents (numbered criteria with CPT lists, as Aetna CPBs and BCBS policies read), commercial
 * EOBs, X12 835 CLP/SVC/CAS segments, Patient Advocate Foundation-style appeal letter templates, Discourse forum
 * threads and search, Zoom webinar registration and Q&A exports, Salesforce NPSP gift receipts and opportunity CSV
 * exports, IRS Pub. 1771-style written acknowledgments, RunSignup participant lists, REDCap data exports, data
 * dictionaries and API JSON, HL7 v2.5.1 ADT with PR1 segments, Mailchimp newsletters, Twilio message logs and
 * nonprofit annual reports. The others are written the way those pages read, with no single source.
 *
 * 386 labelled tokens over 41 shapes: 239 codes (91 of them the five known codes), 147 decoys, 48 of the decoys in
 * KNOWN_10K (17 decoys reuse the five known codes' digits).
 */

// ── 1. Coverage guide, PDF text layer ──
const guideText = lines({
  id: 's196-guide',
  kind: 's196-coverage-guide-pdf-text',
  before: 'FIFTH NERVE FOUNDATION — Coverage Guide No. 7: Procedures for Trigeminal Neuralgia and Hemifacial Spasm',
  text: [
    'Page 3 of 28                                                   2025 edition',
    'Why codes matter. Every bill and Explanation of Benefits (EOB) names what was done with a five-digit CPT code.',
    'A trigeminal nerve block is usually billed as {64400}, one unit per branch injected; a chemical (alcohol or',
    'glycerol) neurolysis of the infraorbital or supraorbital nerve as {64600}; a percutaneous rhizotomy at the',
    'foramen ovale as {64605} or, with fluoroscopy, {64610}. Balloon compression and radiofrequency rhizotomy of the',
    'gasserian ganglion are usually reported with {61790}, and microvascular decompression (MVD) with {61458}.',
    "Gamma Knife radiosurgery is two bills: the surgeon's {61796} (some centers use {61798}) and the radiation",
    'oncology codes {77371} and {77432}. Botulinum toxin for hemifacial spasm is {64612} (one side) plus the drug,',
    'J0585, by units. Questions? Call the Fifth Line at 1-800-555-0155 or write to PO Box [64445], Wallingford Falls,',
    'VT [05761]. We answer within two business days.',
  ].join('\n'),
});

// ── 2. Coverage guide, procedure table ──
const guideGrid = table({
  id: 's196-guidegrid',
  kind: 's196-coverage-guide-procedure-grid',
  caption: 'Table 1. Procedures for trigeminal neuralgia and hemifacial spasm, and how they are billed',
  headers: ['Procedure', 'CPT code(s)', 'Where done', 'Prior auth usually?', 'Guide page'],
  rows: [
    ['Trigeminal nerve block (diagnostic or therapeutic)', '{64400}', 'Office, ASC', 'Rarely', '6'],
    ['Peripheral chemical neurolysis (supraorbital, infraorbital, mental)', '{64600}', 'Office, ASC', 'Often', '7'],
    ['Percutaneous rhizotomy at the foramen ovale', '{64605}, {64610}', 'Hospital outpatient, ASC', 'Yes', '8'],
    ['Balloon compression / RF / glycerol rhizotomy', '{61790}', 'Hospital outpatient', 'Yes', '9'],
    ['Microvascular decompression (MVD)', '{61458}', 'Inpatient', 'Yes', '11'],
    ['Gamma Knife / stereotactic radiosurgery', '{61796}/{61798}; {77371}, {77432}', 'Radiation oncology', 'Yes', '13'],
    ['Peripheral neurectomy (avulsion)', '{64732}, {64734}, {64736}', 'ASC', 'Often', '15'],
    ['Botulinum toxin, hemifacial spasm', '{64612}-RT or -LT', 'Office', 'Yes (drug and procedure)', '17'],
  ],
});

// ── 3. Look-alike codes table ──
const lookalike = table({
  id: 's196-lookalike',
  kind: 's196-eob-lookalike-codes-grid',
  caption: 'Coverage Guide p. 21 — "That is not what I had": look-alike codes we see on members\' EOBs',
  headers: ['Code on your EOB', 'What the code says', 'What you probably had', 'Correct code', 'What to do'],
  rows: [
    [
      '{64445}',
      'Injection, sciatic nerve',
      'Trigeminal nerve block',
      '{64400}',
      'Ask the office for a corrected claim',
    ],
    [
      '{64632}',
      'Neurolytic destruction, plantar common digital nerve (foot)',
      'Infraorbital or supraorbital neurolysis',
      '{64600}',
      'Corrected claim, then reprocess',
    ],
    [
      '{64712}',
      'Neuroplasty, sciatic nerve',
      'Decompression of a cranial nerve branch',
      '{64716}',
      'Corrected claim first',
    ],
    ['{64714}', 'Neuroplasty, lumbar plexus', 'Same as above', '{64716}', 'Corrected claim first'],
    [
      '{64615}',
      'Chemodenervation for chronic migraine',
      'Botox for hemifacial spasm',
      '{64612}',
      'Corrected claim; PA is per code',
    ],
  ],
});

// ── 4. Payer medical policy quoted in the guide ──
const policy = lines({
  id: 's196-policy',
  kind: 's196-payer-medical-policy-excerpt-text',
  before: 'Appendix B — Empire Crest Health Plan, Medical Policy "Treatment of Trigeminal Neuralgia" (quoted)',
  text: [
    'Policy number: MP-3.118 (internal ref. [20092])   Effective: 01/01/2025   Last review: 11/14/2024',
    'I. Microvascular decompression ({61458}) is medically necessary for classical trigeminal neuralgia when ALL:',
    '   a) failure of, intolerance to, or contraindication to carbamazepine or oxcarbazepine AND one other agent;',
    '   b) MRI ({70553} or a CISS/FIESTA sequence) documents neurovascular contact.',
    'II. Percutaneous procedures ({61790}, {64605}, {64610}) are medically necessary when I.a is met and the member',
    '    is not a surgical candidate or declines MVD.',
    'III. Stereotactic radiosurgery ({61796}, {61798}, {77371}, {77432}) is medically necessary when I.a is met.',
    'IV. Peripheral neurolysis ({64600}) and peripheral neurectomy ({64732}-{64740}) are limited to branch-limited',
    '    (V1 or V2) pain that failed I.a.',
    'V. Chemodenervation ({64612}) for hemifacial spasm: initial approval 12 months; at most 4 sessions per 12 months.',
    'Not under this policy: {64615} (see MP-4.220, Chronic Migraine); {64445} and {64712} are reviewed under MP-2.040.',
  ].join('\n'),
});

// ── 5. Helpline call log (ticket view) ──
const callLog = table({
  id: 's196-calllog',
  kind: 's196-helpline-call-log-grid',
  caption: 'Fifth Line — Coverage & Appeals queue — all tickets, 03/31/2025 to 04/03/2025',
  headers: ['Ticket', 'Opened', 'Caller', 'ZIP', 'Topic', 'Codes cited', 'Status'],
  rows: [
    ['[64712]', '03/31/2025', 'Dolores P.', '[12865]', 'EOB denial — "foot" procedure', '{64632} → {64600}', 'Solved'],
    [
      '[64719]',
      '03/31/2025',
      'Raymond T.',
      '[99205]',
      'Neuroplasty billed as sciatic',
      '{64712} (should be {64716})',
      'Pending',
    ],
    [
      '[64722]',
      '04/01/2025',
      'Marta G.',
      '[85710]',
      'Bridge Fund: copay for sciatic block?',
      '{64445}',
      'Solved — not eligible',
    ],
    ['[64730]', '04/01/2025', 'Anonymous', '', 'Gamma Knife, second opinion', '{77371}, {77432}', 'Open'],
    [
      '[64741]',
      '04/02/2025',
      'Helen W.',
      '[44130]',
      'Used our appeal template for a lumbar plexus case',
      '{64714}',
      'Referred out',
    ],
    ['[64745]', '04/02/2025', 'Kwame A.', '[19149]', 'Botox PA denied as "cosmetic"', '{64612}', 'Open'],
    ['[64750]', '04/03/2025', 'Sharon L.', '[02143]', 'Rhizotomy denied, step therapy', '{61790}', 'Open'],
  ],
});

// ── 6. Ticket internal notes ──
const ticketNotes = lines({
  id: 's196-ticketnotes',
  kind: 's196-helpline-ticket-internal-notes-text',
  before: 'Ticket #64712 — Dolores Pruitt — EOB denial — Assignee: J. Kessler (Coverage & Appeals) — Internal notes',
  text: [
    '03/31 10:14 JK: Caller had alcohol neurolysis of R infraorbital nerve 3/14 at Adirondack Interventional Pain.',
    'EOB (Empire Crest, claim 2507300418, group [40120]) lists {64632} "destruction, plantar common digital nerve", CARC 11.',
    'Dx on EOB is G50.0. A pick-list slip: should be {64600}. The block on 2/11 ({64400} x1) paid fine.',
    '03/31 10:40 JK: Called practice billing (Tanya, ext 2217). She sees {64632} on the claim; corrected claim (freq 7)',
    'with {64600} going out today.',
    '04/22 09:05 JK: Reprocessed — allowed $612.40, member coinsurance $122.48. Closing ticket [64712].',
    'Also: Botox for her hemifacial spasm ({64612}-RT) PA denied as cosmetic — new ticket [64833], template B sent.',
  ].join('\n'),
});

// ── 7. Web chat transcript ──
const chat = lines({
  id: 's196-chat',
  kind: 's196-helpline-web-chat-transcript',
  before: 'Fifth Line chat (volunteers, evenings)',
  text: [
    'Conversation [88213] · started 6:52 PM · visitor from Spokane, WA',
    'Visitor: my EOB says "neuroplasty major peripheral nerve, sciatic" {64712} — I had surgery on my FACE',
    "Sam (volunteer): I'm sorry, that's upsetting. {64712} is the sciatic nerve code; a cranial nerve is usually {64716}.",
    'Sam: Can you see a diagnosis code on the EOB? If it says G50.x or G51.x the procedure code was probably keyed wrong.',
    'Visitor: G50.8. the letter has reference [31140] at the top',
    "Sam: Thanks. I've opened ticket [64719] for you; our coverage advocate will call within 2 business days.",
    'Sam: Is [99205] your ZIP? There is a support group in Spokane that meets Thursdays.',
    'Visitor: yes [99205]. thanks',
  ].join('\n'),
});

// ── 8. Helpline intake web form ──
const intake = lines({
  id: 's196-intake',
  kind: 's196-helpline-intake-web-form',
  before: 'Ask the Fifth Line — form submission (fifthnerve.org/help)',
  text: [
    'Member number (if you have one): FNF-[31049]',
    'Name: Dolores A. Pruitt        Preferred name: Dee',
    'Mailing address: 412 Cambridge Turnpike, Glens Harbor, NY [12865]',
    'Insurance: Empire Crest Health Plan (PPO, through employer)   Group no.: [40120]',
    'Diagnosis (as your doctor told you): trigeminal neuralgia, right V2, and hemifacial spasm ("tic convulsif")',
    'Procedure or code on your bill/EOB, if known: {64632}  — "I had an alcohol shot in my cheek, not my foot"',
    'Date of service: 03/14/2025   Amount billed: $1,480.00   Denial reason on EOB: 11',
    'How did you hear about us? Facebook group   Referral code: [50044]',
  ].join('\n'),
});

// ── 9. Member-uploaded EOB ──
const eob = table({
  id: 's196-eob',
  kind: 's196-member-uploaded-eob-grid',
  caption: 'Attachment to ticket: Empire Crest EOB, page 2 (member upload, redacted)',
  headers: ['Service date', 'Provider', 'Service', 'Code', 'Billed', 'Allowed', 'Plan paid', 'You owe', 'Remark'],
  rows: [
    ['01/20/2025', 'Northway Neurology', 'Blink reflex test', '{95933}', '$310.00', '$141.22', '$112.98', '$28.24', ''],
    [
      '02/11/2025',
      'Adirondack Interventional Pain',
      'Nerve injection',
      '{64400}',
      '$540.00',
      '$288.16',
      '$230.53',
      '$57.63',
      '',
    ],
    [
      '03/14/2025',
      'Adirondack Interventional Pain',
      'Destruction of nerve',
      '{64632}',
      '$1,480.00',
      '$0.00',
      '$0.00',
      '$0.00',
      'D11',
    ],
    [
      '03/14/2025',
      'Adirondack Interventional Pain',
      'Office visit',
      '{99214}-25',
      '$210.00',
      '$134.90',
      '$107.92',
      '$26.98',
      '',
    ],
  ],
});

// ── 10. X12 835 shown in the ticket ──
const remit = lines({
  id: 's196-835',
  kind: 's196-x12-835-remit-fragment-text',
  before: 'Ticket #64712 attachment from practice billing: 835 lines, original and corrected claim',
  text: [
    'N1*PE*ADIRONDACK INTERVENTIONAL PAIN*XX*1396725510~N3*18 BAY ST~N4*GLENS FALLS*NY*[12801]~',
    'CLP*PRU0314*4*1480*0*0*12*2507300418*11*1~',
    'SVC*HC:{64632}:RT*1480*0**1~DTM*472*20250314~CAS*CO*11*1480~',
    'CLP*PRU0314A*1*1480*489.92*122.48*12*2511200731*11*7~',
    'SVC*HC:{64600}:RT*1480*489.92**1~DTM*472*20250314~CAS*CO*45*867.6~CAS*PR*2*122.48~AMT*B6*612.4~',
  ].join('\n'),
});

// ── 11. Appeal letter template ──
const template = lines({
  id: 's196-template',
  kind: 's196-appeal-letter-template-text',
  before: 'Fifth Nerve Foundation — Appeal Template B: Botulinum toxin for hemifacial spasm (edit the [brackets])',
  text: [
    '[Date]',
    '[Plan name] Appeals Department, [Address]',
    'RE: [Member name], ID [Member ID], Claim or reference [number]',
    'I ask you to reconsider the denial of CPT {64612} (chemodenervation of muscles innervated by the facial nerve,',
    'unilateral) with HCPCS J0585, date(s) of service [dates].',
    'I have hemifacial spasm (ICD-10 G51.3), a neurological disorder. Treatment under {64612} is not cosmetic.',
    '[If both sides were treated, ask your doctor whether the claim shows {64612}-50 or RT and LT lines.]',
    'This service is not {64615} (chronic migraine) and not {64650}/{64653} (sweat glands).',
    'Enclosed: letter of medical necessity, office notes, and the EMG ({95867}) or blink reflex ({95933}) report.',
    'Sincerely, [Member name]    cc: Fifth Nerve Foundation, PO Box [64445], Wallingford Falls, VT [05761]',
  ].join('\n'),
});

// ── 12. Dee's MVD appeal letter (filled) ──
const mvdAppeal = lines({
  id: 's196-mvdappeal',
  kind: 's196-appeal-letter-mvd-filled-text',
  before: 'Dolores A. Pruitt · 412 Cambridge Turnpike · Glens Harbor, NY 12865 · (518) 555-0148',
  text: [
    'June 9, 2025',
    'Empire Crest Health Plan, Member Appeals, PO Box [30094], Syracuse, NY [13201]',
    'RE: Dolores A. Pruitt   Member ID ECX884210377   Group [40120]   Denial reference UM-25-[14829]',
    'I am appealing the May 28 denial of microvascular decompression, CPT {61458}, planned by Dr. Anil Varghese.',
    'Your letter says I must first try "percutaneous rhizotomy ({61790}) or radiosurgery ({61796}/{77371})". Your own',
    'policy MP-3.118 allows MVD when the MRI ({70553}) shows a vessel against the nerve, as mine does (enclosed).',
    'I have taken carbamazepine, oxcarbazepine (stopped: low sodium) and baclofen. Two nerve blocks ({64400}) and an',
    'alcohol neurolysis ({64600}) helped for weeks only. I also have hemifacial spasm on the same side, treated with',
    '{64612}; an MVD can treat both nerves in one operation.',
    'Sincerely, Dolores A. Pruitt   Enclosures (6)   Prepared with the Fifth Nerve Foundation (ticket [64869])',
  ].join('\n'),
});

// ── 13. Appeals tracker dashboard ──
const tracker = table({
  id: 's196-tracker',
  kind: 's196-coverage-appeals-tracker-grid',
  caption: 'Coverage & Appeals — open and recent cases (tracker view)',
  headers: ['Case', 'Member', 'State', 'Plan', 'Service (CPT)', 'Level', 'Filed', 'Outcome', 'At stake'],
  rows: [
    [
      'AP-[25031]',
      'D. Pruitt',
      'NY',
      'Empire Crest',
      '{61458}',
      'Internal 1',
      '06/09/2025',
      'Upheld → external',
      '$48,210',
    ],
    [
      'AP-[25032]',
      'D. Pruitt',
      'NY',
      'Empire Crest',
      '{64612}-RT + J0585',
      'Internal 1',
      '04/25/2025',
      'Overturned',
      '$2,964',
    ],
    ['AP-[25038]', 'K. Asante', 'PA', 'Keystone Mutual', '{64612}', 'Internal 1', '04/30/2025', 'Overturned', '$2,610'],
    ['AP-[25044]', 'S. Lindqvist', 'MA', 'Harbor Blue', '{61790}', 'Internal 2', '05/12/2025', 'Pending', '$9,880'],
    [
      'AP-[25047]',
      'R. Tamura',
      'WA',
      'Cascade Summit',
      '{64716} (billed {64712})',
      'Corrected claim',
      '04/15/2025',
      'Paid',
      '$3,412',
    ],
  ],
});

// ── 14. Member forum thread ──
const forum = lines({
  id: 's196-forum',
  kind: 's196-member-forum-thread-posts',
  before: 'Fifth Nerve Community › Insurance & Billing',
  text: [
    'EOB says I had a "plantar digital nerve" procedure??   fifthnerve.org/community/t/eob-plantar-digital/[64714]',
    'DeeInTheAdirondacks · Mar 31: My EOB lists {64632} "destruction by neurolytic agent, plantar common digital',
    'nerve". I had an alcohol injection in my CHEEK. Denied, reason code 11. Is this fraud??',
    'moderator_joanne · Mar 31: Almost surely a pick-list slip, not fraud. {64632} and {64600} sit next to each other',
    'in many billing systems. Ask the office to send a corrected claim with {64600}. I opened a ticket for you.',
    'TicTacToe_Ray · Apr 1: same here, {64712} instead of {64716}. Sciatic nerve, lol. It was my face.',
    'lumbar_and_lip · Apr 2: mine was a real {64714} (lumbar plexus) last year AND I have TN. two bills, both right.',
    'BotoxBrenda · Apr 2: HFS people: {64612} is one side. if you get both sides done ask if they billed -50.',
    'DeeInTheAdirondacks · Apr 22: UPDATE: the corrected claim with {64600} paid! thank you all',
  ].join('\n'),
});

// ── 15. Forum search results ──
const forumSearch = lines({
  id: 's196-forumsearch',
  kind: 's196-forum-search-results-list',
  before: 'Search the community: "64445" — 5 results',
  text: [
    'Sciatic block vs trigeminal block — which code? · Insurance & Billing · …my EOB had {64445} but the Dr. said V2…',
    'Does the Bridge Fund cover {64445}? · Bridge Fund · …no, only facial pain procedures ({64400}, {64600})…',
    'How do I mail a check? · General · …Fifth Nerve Foundation, PO Box [64445], Wallingford Falls, VT [05761]…',
    'Spokane meetup, Thursday 7 pm · Local Groups · …Room 5, 1201 W Fifth Ave, Spokane [99201]…',
    'Hip pain + TN · Off topic · …had {64445} for sciatica and a {64712} neurolysis later, face is a separate story…',
  ].join('\n'),
});

// ── 16. Webinar slides ──
const slides = lines({
  id: 's196-slides',
  kind: 's196-webinar-slides-pdf-text',
  before: 'Facial Pain Fridays — "Reading your EOB and winning appeals" — Joanne Kessler, CPC, CPB',
  text: [
    'Slide 4 — The codes you will see',
    '• Nerve block {64400} (per branch: 2 branches = 2 units, not {64400}-50)',
    '• Peripheral neurolysis {64600} · rhizotomy {64605}/{64610}/{61790}',
    '• MVD {61458} · Gamma Knife {61796} + {77371} + {77432}',
    '• Hemifacial spasm Botox {64612} (+ J0585 units, + JW for wasted drug)',
    'Slide 5 — Look-alikes that mean a keying error',
    '• {64445} sciatic · {64632} foot · {64712} sciatic neuroplasty · {64714} lumbar plexus',
    'Slide 9 — 2024: 412 helpline cases about codes; 61% fixed by a corrected claim, no appeal needed',
  ].join('\n'),
});

// ── 17. Webinar registrants XML export ──
const regXml = lines({
  id: 's196-regxml',
  kind: 's196-webinar-registrants-xml-text',
  before: 'registrants_FPF_2025-05-16.xml',
  text: [
    '<webinar eventId="[64612]" title="Reading your EOB and winning appeals" date="2025-05-16" series="FPF">',
    '  <registrant id="[30016]" zip="[05761]" state="VT" member="Y" source="newsletter"/>',
    '  <registrant id="[30017]" zip="[12865]" state="NY" member="Y" source="helpline"/>',
    '  <registrant id="[30023]" zip="[99205]" state="WA" member="N" source="forum">',
    '    <question>Is {64610} the same as a glycerol injection? My bill also has {77003}.</question>',
    '  </registrant>',
    '</webinar>',
  ].join('\n'),
});

// ── 18. Webinar Q&A panel log ──
const qa = lines({
  id: 's196-qa',
  kind: 's196-webinar-qa-panel-log-text',
  before: 'Q&A — Facial Pain Fridays, May 16 (exported log)',
  text: [
    '[11:14] Marta G. (Tucson [85710]): my husband gets {64445} for his leg, can the Bridge Fund help?',
    '   Answered live: sorry, the fund is for facial pain procedures only.',
    '[11:19] anonymous: can I get {64612} on both sides the same day?',
    '   JK: yes; most plans want {64612} with modifier 50 on one line, some want RT and LT lines',
    '[11:26] Ray T.: how long does a corrected claim take? mine was {64712} → {64716}',
    '[11:31] Brenda: the Botox NDC on my EOB is [00023]-1145-01, should I check that number too?',
    "   JK: that's the drug's NDC (Botox 100 units), not a procedure code; match it to the J0585 units.",
    '[11:40] Helen W.: does the template work for lumbar plexus {64714} too?',
    '   JK: our templates are for facial procedures; the Patient Advocate Foundation helps with {64714}.',
  ].join('\n'),
});

// ── 19. Donation receipt email ──
const receipt = lines({
  id: 's196-receipt',
  kind: 's196-donation-receipt-email-text',
  before: 'From: Fifth Nerve Foundation <giving@fifthnerve.org> · Subject: Thank you, Dolores — your gift receipt',
  text: [
    'Receipt no. [64632]   Date received: 10/07/2025 (International Trigeminal Neuralgia Awareness Day)',
    'Donor: Dolores A. Pruitt, 412 Cambridge Turnpike, Glens Harbor, NY [12865]   Constituent ID [20109]',
    'Gift: $150.00 by credit card (Visa ending 4417)   Fund: Bridge Fund (patient assistance), fund code [40052]',
    'In honor of: Dr. Anil Varghese and the team at Northway Neuroscience Institute',
    'No goods or services were provided in exchange for this contribution.',
    'Fifth Nerve Foundation, Inc. is a 501(c)(3) organization, EIN 03-0318447. PO Box [64445], Wallingford Falls, VT [05761]',
  ].join('\n'),
});

// ── 20. Donation CRM CSV export ──
const giftsCsv = lines({
  id: 's196-giftscsv',
  kind: 's196-donation-crm-export-csv-text',
  before: 'Opportunities export — Walk for Faces 2025 — opportunities_2025-10-08.csv',
  text: [
    'Opportunity ID,Close Date,Amount,Donor ID,Billing Zip,Campaign,Fund Code,Receipt No',
    'OPP-[71203],2025-10-07,150.00,[20109],[12865],AWD25,[40052],[64632]',
    'OPP-[71204],2025-10-07,[10000].00,[13058],[02143],MVD-R,[40093],[64633]',
  ].join('\n'),
});

// ── 21. Year-end giving statement ──
const giving = lines({
  id: 's196-giving',
  kind: 's196-year-end-giving-statement-text',
  before: 'Fifth Nerve Foundation — 2025 Giving Statement (keep for your tax records)',
  text: [
    'Dolores A. Pruitt · Donor ID [20109]',
    'Date        Receipt   Fund                                Amount',
    '02/14/2025  [61204]     General Operating                  $50.00',
    '10/07/2025  [64632]     Bridge Fund                        $150.00',
    '12/02/2025  [66118]     TN-Connect Research Registry  $75.00',
    'Total tax-deductible contributions: $275.00. No goods or services were provided.',
  ].join('\n'),
});

// ── 22. Fundraising campaign dashboard ──
const campaigns = table({
  id: 's196-campaigns',
  kind: 's196-fundraising-campaign-dashboard-grid',
  caption: 'Development dashboard — 2025 campaigns (as of 12/31)',
  headers: ['Campaign', 'Code', 'Goal', 'Raised', 'Donors', 'Top ZIP'],
  rows: [
    ['Walk for Faces 2025', 'WFF25', '$120,000', '$97,415', '1,311', '[05761]'],
    ['TN Awareness Day (Oct 7)', 'AWD25', '$40,000', '$43,880', '802', '[12865]'],
    ['MVD Research Fund', 'MVD-R', '$250,000', '$61,200', '94', '[02143]'],
    ['Year-end appeal', 'YE25', '$150,000', '$18,300', '205', '[19149]'],
  ],
});

// ── 23. Walk participant list ──
const walk = table({
  id: 's196-walk',
  kind: 's196-walk-participant-list-grid',
  caption: 'Walk for Faces 2025 — participants (registration export)',
  headers: ['Reg #', 'Name', 'Team', 'City', 'ZIP', 'Raised', 'Shirt'],
  rows: [
    ['[88214]', 'Dolores Pruitt', 'Tic Convulsif Crew', 'Glens Harbor, NY', '[12865]', '$1,150.00', 'M'],
    ['[88215]', 'Gene Pruitt', 'Tic Convulsif Crew', 'Glens Harbor, NY', '[12865]', '$2,430.00', 'XL'],
  ],
});

// ── 24. Registry e-consent ──
const consent = lines({
  id: 's196-consent',
  kind: 's196-registry-econsent-form-text',
  before: 'TN-Connect Patient Registry — Electronic Consent, version 4.2',
  text: [
    'Protocol: FNF-TNC-2021-03   Sponsor: Fifth Nerve Foundation, Inc., PO Box [64445], Wallingford Falls, VT [05761]',
    'What we collect: your diagnoses, the procedures you have had and when (for example CPT {61458} microvascular',
    'decompression, {61790} rhizotomy, {64612} Botox for hemifacial spasm), your pain scores and your medicines.',
    'We will NOT collect your Social Security number or your full ZIP code (we keep the first 3 digits only).',
    'Participant ID: TNC-[01482]   Enrolling site: 0 (self-enrolled online)   Signed: 03/02/2025 21:14',
  ].join('\n'),
});

// ── 25. Registry REDCap CSV export ──
const redcapCsv = lines({
  id: 's196-redcapcsv',
  kind: 's196-registry-redcap-export-csv-text',
  before: 'TNConnect_DATA_2025-10-01_1422.csv (procedures instrument, repeating)',
  text: [
    'record_id,redcap_repeat_instrument,redcap_repeat_instance,zip3,proc_cpt,proc_side,proc_date_serial,bni_after',
    'TNC-[01482],procedures,1,128,{64400},R,[45699],III',
    'TNC-[01482],procedures,2,128,{64600},R,[45730],II',
    'TNC-[01482],procedures,3,128,{64612},R,[45776],',
    'TNC-[01482],procedures,4,128,{61458},R,[45915],I',
    'TNC-[01603],procedures,1,441,{64445},L,[45188],',
    'TNC-[01603],procedures,2,441,{64714},L,[45322],',
    'TNC-[01603],procedures,3,441,{61796},R,[45610],II',
  ].join('\n'),
});

// ── 26. REDCap data dictionary ──
const dictionary = table({
  id: 's196-dictionary',
  kind: 's196-registry-data-dictionary-grid',
  caption: 'TN-Connect data dictionary (REDCap export, procedures and enrollment forms)',
  headers: [
    'Variable / Field Name',
    'Form Name',
    'Field Type',
    'Field Label',
    'Choices, Calculations, OR Slider Labels',
  ],
  rows: [
    [
      'proc_cpt',
      'procedures',
      'dropdown',
      'Procedure (CPT)',
      '{64400}, Trigeminal nerve block | {64600}, Peripheral chemical neurolysis | {64605}, Rhizotomy, foramen ovale | ' +
        '{64610}, Rhizotomy with imaging | {61790}, Percutaneous lesion, gasserian ganglion | {61458}, MVD | ' +
        '{61796}, SRS (surgeon) | {64612}, Chemodenervation, facial nerve | {64716}, Neuroplasty, cranial nerve | ' +
        '{64445}, Sciatic block (non-facial) | {64714}, Lumbar plexus neuroplasty (non-facial) | [99999], Other',
    ],
    [
      'site_id',
      'enrollment',
      'dropdown',
      'Enrolling site',
      '[10023], Northway Neuroscience Institute | [10061], Cascade Facial Pain Center | 0, Self-enrolled',
    ],
    ['proc_date_serial', 'procedures', 'text', 'Procedure date (spreadsheet serial)', 'integer, min [43831]'],
  ],
});

// ── 27. HL7 feed from an enrolling site ──
const hl7 = lines({
  id: 's196-hl7',
  kind: 's196-registry-hl7-site-feed-text',
  before: 'Northway Neuroscience Institute → TN-Connect interface — message log 2025-09-16 02:00',
  text: [
    'MSH|^~\\&|NNI_EPIC|NNI|TNCONNECT|FNF|20250916020014||ADT^A08|NNI.884213|P|2.5.1',
    'PID|1||TNC-[01482]^^^FNF^PI~88421377^^^NNI^MR||PRUITT^DOLORES^A||19670322|F|||412 CAMBRIDGE TPKE^^GLENS HARBOR^NY^[12865]',
    'DG1|1||G50.0^Trigeminal neuralgia^I10|||A',
    'DG1|2||G51.3^Clonic hemifacial spasm^I10|||A',
    'PR1|1||{61458}^CRANIECTOMY SUBOCCIPITAL DECOMPRESS CRANIAL NERVES^C4|MVD R CN V AND VII|20250915073500|||||[13166]^VARGHESE^ANIL',
    'PR1|2||{95940}^CONT INTRAOP NEUROPHYSIOLOGY MONITORING^C4||20250915074000',
    'PR1|3||{92653}^AUDITORY EVOKED POTENTIALS^C4||20250915074000',
  ].join('\n'),
});

// ── 28. REDCap API JSON ──
const apiJson = lines({
  id: 's196-apijson',
  kind: 's196-registry-api-json-text',
  before: 'POST /api/ content=record format=json — response',
  text: [
    '[{"record_id":"TNC-[01517]","redcap_repeat_instrument":"procedures","redcap_repeat_instance":"1",',
    '  "zip3":"992","proc_cpt":"{64716}","proc_cpt_as_billed":"{64712}","billing_error_flag":"1",',
    '  "proc_date_serial":"[45751]","site_id":"[10061]","bni_after":"II"},',
    ' {"record_id":"TNC-[01603]","redcap_repeat_instance":"3","zip3":"441","proc_cpt":"{61796}",',
    '  "proc_cpt_rad_onc":"{77371}|{77432}","proc_date_serial":"[45610]","site_id":"0"}]',
  ].join('\n'),
});

// ── 29. Registry quarterly report ──
const registryQ3 = table({
  id: 's196-registryq3',
  kind: 's196-registry-quarterly-procedures-grid',
  caption: 'TN-Connect Registry — Q3 2025 report to the Scientific Advisory Board — Table 3. Procedures recorded',
  headers: ['CPT', 'Procedure', 'Participants', 'Records', 'Median BNI after', 'Billing error flagged'],
  rows: [
    ['{64400}', 'Trigeminal nerve block', '412', '1,037', 'III', '9'],
    ['{64600}', 'Peripheral neurolysis', '131', '188', 'III', '14'],
    ['{61790}', 'Percutaneous rhizotomy', '298', '341', 'II', '3'],
    ['{61458}', 'MVD', '356', '362', 'I', '1'],
    ['{61796}', 'SRS (Gamma Knife)', '204', '219', 'II', '2'],
    ['{64612}', 'Botox, hemifacial spasm', '167', '1,402', 'n/a', '11'],
    ['{64445}', 'Sciatic block (non-facial, comorbidity)', '58', '96', 'n/a', '0'],
    ['{64712}/{64714}', 'Sciatic or lumbar plexus neuroplasty (non-facial)', '7', '7', 'n/a', '0'],
  ],
});

// ── 30. Bridge Fund application ──
const fundApp = lines({
  id: 's196-fundapp',
  kind: 's196-bridge-fund-application-form-text',
  before: 'Bridge Fund (Patient Assistance) — Application — submitted online 10/14/2025',
  text: [
    'Application no. BF-25-[04605]',
    'Applicant: Kwame Asante   Member no. [30065]   Household size: 3   Household income: $54,200',
    'Address: 77 Ridge Rd, Apt 2, Philadelphia, PA [19149]',
    'Procedure you need help with (CPT if known): {64612}-RT, every 12 weeks, with J0585 100 units',
    'Your estimated cost this year: $1,840 (coinsurance)   Insurer: Keystone Mutual, group [60658]',
    'Not eligible: procedures outside the face, such as {64445}, {64712}, {64714} or {64632}; cosmetic Botox.',
    'Prior authorization approval no.: PA-2025-[41133]',
  ].join('\n'),
});

// ── 31. Bridge Fund award letter ──
const award = lines({
  id: 's196-award',
  kind: 's196-bridge-fund-award-letter-text',
  before: 'Fifth Nerve Foundation — Bridge Fund Committee',
  text: [
    'November 3, 2025',
    'Dear Mr. Asante: The Bridge Fund Committee approved grant BF-25-[04605] for $1,200.00.',
    'We pay your provider directly: Delaware Valley Neuro-Ophthalmology, 1810 Chestnut St, Philadelphia, PA [19103].',
    'Covered: your coinsurance for {64612} (right side) and the drug, J0585, for dates of service 11/2025 to 10/2026.',
    'Not covered: office visits ({99213}, {99214}), travel, or any procedure other than {64612}.',
    'Check no. [18229] will be mailed from PO Box [64445], Wallingford Falls, VT [05761].',
  ].join('\n'),
});

// ── 32. Member newsletter email ──
const newsletter = lines({
  id: 's196-newsletter',
  kind: 's196-member-newsletter-email-text',
  before: 'THE FIFTH LINE — Member newsletter, Issue 88 — October 2025',
  text: [
    'Policy watch: Empire Crest will require prior authorization for {64600} and {64605} starting January 1; MVD',
    '({61458}) stays on the list. Cascade Summit Health dropped prior authorization for {64400}.',
    'Member win: after an external review, Dee from upstate New York had her MVD on September 15, and her',
    'hemifacial spasm is gone too. Read her story (and her appeal letter) on the blog.',
    'Coding corner: if you see {64632} on a bill for a face procedure, call us. It is the #1 look-alike error.',
    'Walk for Faces raised $97,415! Top team: Tic Convulsif Crew ($11,380).',
    'Fifth Nerve Foundation, PO Box [64445], Wallingford Falls, VT [05761] · Unsubscribe · Update preferences',
  ].join('\n'),
});

// ── 33. Website search results ──
const siteSearch = lines({
  id: 's196-sitesearch',
  kind: 's196-website-search-results-text',
  before: 'fifthnerve.org — Search results for "64612" (6)',
  text: [
    'Botox for hemifacial spasm: what to expect — …billed as {64612}, usually every 12 weeks…  /learn/hfs-botox',
    'Appeal Template B (chemodenervation) — …the denial of CPT {64612} (chemodenervation of…  /coverage/templates/b',
    'Facial Pain Fridays, May 16 — …event code [64612]. Recording and slides…  /events/[64612]',
    'Coverage Guide No. 7, p. 17 — …{64612}-RT or -LT; J0585 units…  /coverage/guide-7.pdf',
    'Bridge Fund FAQ — …covers coinsurance for {64612} and the drug…  /bridge-fund/faq',
    'TN-Connect Q3 2025 report — …{64612}: 167 participants, 1,402 records…  /research/tnconnect-q3-2025',
  ].join('\n'),
});

// ── 34. Press release ──
const press = lines({
  id: 's196-press',
  kind: 's196-press-release-text',
  before: 'FOR IMMEDIATE RELEASE — October 7, 2025 — Media contact: Priya Nandan, press@fifthnerve.org',
  text: [
    'Fifth Nerve Foundation Report: One in Nine Denied Facial Pain Claims Carries a Wrong-Body-Part Code',
    'WALLINGFORD FALLS, Vt. — Reviewing 3,117 helpline cases since 2022, the Foundation found that 11% of denied',
    'facial pain claims listed a code for a leg or foot nerve, most often {64632} in place of {64600} and {64445}',
    'in place of {64400}. "Patients are told that surgery on their face was a sciatic procedure ({64712})," said',
    'executive director Martin Oduya. The Foundation asks payers to check diagnosis and procedure before denying.',
    'About: Founded in 1998, the Foundation serves 41,000 members in all 50 states. fifthnerve.org',
  ].join('\n'),
});

// ── 35. Annual report program table ──
const programs = table({
  id: 's196-programs',
  kind: 's196-annual-report-program-expense-grid',
  caption: 'Annual Report 2024 — Program services',
  headers: ['Program', 'Served', 'Expense', 'GL dept'],
  rows: [
    ['Fifth Line helpline', '3,117 cases', '$212,450', '[51214]'],
    ['Coverage & Appeals', '644 appeals', '$188,020', '[51300]'],
    ['Bridge Fund grants', '281 grants', '$337,600', '[51400]'],
    ['TN-Connect Registry', '2,904 participants', '$142,880', '[52111]'],
    ['Education (webinars, guides)', '7,420 attendees', '$61,300', '[52200]'],
  ],
});

// ── 36. Fax cover to the payer ──
const fax = lines({
  id: 's196-fax',
  kind: 's196-fax-cover-sheet-text',
  before: 'FAX — Fifth Nerve Foundation, Coverage & Appeals — fax 802-555-0170',
  text: [
    'To: Empire Crest Health Plan, Utilization Management   Fax: 315-555-0199   Pages: 14 (with cover)',
    'Re: Dolores A. Pruitt, ID ECX884210377 — expedited external review request, denial UM-25-[14829]',
    'Service: CPT {61458} (MVD) with intraoperative monitoring {95940}; surgeon Anil Varghese, MD, NPI 1457390186',
    'Authorized representative form enclosed (signed 06/20/2025). Our reference: ticket [64869].',
    'CONFIDENTIAL: this fax contains protected health information. If you received it in error, call 802-555-0170.',
  ].join('\n'),
});

// ── 37. SMS notification log ──
const sms = lines({
  id: 's196-sms',
  kind: 's196-sms-notification-log-text',
  before: 'Messaging log — Fifth Line case updates (outbound)',
  text: [
    'To +1 518-555-0148 · 04/25 09:02 · "Fifth Line: your appeal for {64612} reached Empire Crest. Ref [44173]."',
    'To +1 518-555-0148 · 05/08 14:30 · "Good news! Empire Crest overturned the denial for {64612}. Ticket [64833] closed."',
    'To +1 509-555-0122 · 04/15 11:11 · "Your corrected claim ({64716}) was paid. Ticket [64719] closed."',
    'To +1 520-555-0190 · 04/01 16:45 · "Sorry, the Bridge Fund cannot help with {64445}. Other resources: fifthnerve.org/r/[30094]"',
    'To +1 216-555-0107 · 05/15 10:00 · "Webinar tomorrow 11 AM ET, event code [64612]. Join link is in your email."',
  ].join('\n'),
});

// ── 38. Find-a-doctor directory ──
const directory = table({
  id: 's196-directory',
  kind: 's196-find-a-doctor-directory-grid',
  caption: 'Find a facial pain specialist — results near you',
  headers: ['Provider', 'Practice', 'City', 'ZIP', 'Procedures offered (CPT)', 'New patients'],
  rows: [
    [
      'Anil Varghese, MD',
      'Northway Neuroscience Institute',
      'Albany, NY',
      '[12207]',
      '{61458}, {61790}, {64716}',
      'Yes',
    ],
    [
      'Kerry Boone, MD',
      'Adirondack Interventional Pain',
      'Glens Falls, NY',
      '[12801]',
      '{64400}, {64600}, {64605}, {64610}',
      'Yes',
    ],
    ['Lena Okafor, MD', 'Saratoga Neuro-Ophthalmology', 'Saratoga Springs, NY', '[12866]', '{64612}', 'Waitlist'],
    [
      'Hugh Pemberton, MD',
      'Cascade Facial Pain Center',
      'Spokane, WA',
      '[99204]',
      '{61458}, {61796}, {64716}, {64734}',
      'Yes',
    ],
  ],
});

// ── 39. Member coverage survey results ──
const survey = table({
  id: 's196-survey',
  kind: 's196-member-coverage-survey-results-grid',
  caption: '2025 Member Coverage Survey (n = 1,946) — Q14: Was this procedure denied at least once?',
  headers: ['Procedure (CPT)', 'Had it', 'Denied at least once', 'Won on appeal', 'Gave up'],
  rows: [
    ['MVD ({61458})', '388', '31%', '71%', '18%'],
    ['Rhizotomy ({61790}/{64610})', '402', '24%', '64%', '22%'],
    ['Gamma Knife ({61796} + {77371})', '241', '28%', '58%', '30%'],
    ['Botox for HFS ({64612})', '219', '47%', '80%', '9%'],
    ['Peripheral neurolysis ({64600})', '133', '39%', '52%', '31%'],
  ],
});

// ── 40. Research grant tracker ──
const grants = table({
  id: 's196-grants',
  kind: 's196-research-grant-tracker-grid',
  caption: 'Research grants — active and recently closed',
  headers: ['Grant no.', 'PI', 'Institution', 'Title', 'Award', 'Status'],
  rows: [
    [
      'FNF-RG-[25014]',
      'Anil Varghese, MD',
      'Northway Neuroscience Institute',
      'Long-term outcomes of MVD ({61458}) vs Gamma Knife ({61796}) in registry patients',
      '$75,000',
      'Active',
    ],
    [
      'FNF-RG-[25019]',
      'Mei-Lin Zhou, PhD',
      'University of Cascadia',
      'Billing-code errors as a barrier to care: an EOB audit of {64600}/{64632} mix-ups',
      '$40,000',
      'Active',
    ],
    [
      'FNF-RG-[24007]',
      'Hugh Pemberton, MD',
      'Cascade Facial Pain Center',
      'Botulinum toxin ({64612}) for refractory TN, pilot',
      '$50,000',
      'Closed',
    ],
  ],
});

// ── 41. Helpline stats dashboard ──
const stats = lines({
  id: 's196-stats',
  kind: 's196-helpline-stats-dashboard-text',
  before: 'Fifth Line — Q2 2025 dashboard — queue: Coverage & Appeals — refreshed 07/01 06:00',
  text: [
    'Tickets opened: 1,004   Solved: 917   Median first reply: 3h 12m   Ticket numbers [64698]–[65702]',
    'Top codes cited: {64612} (188) · {61458} (121) · {64400} (97) · {64632} (64, look-alike) · {61790} (58)',
    'Wrong-body-part codes caught: {64632} 64 · {64445} 29 · {64712} 11 · {64714} 3',
    'Top caller ZIP3s: 128, 992, 441, 191, 021   Busiest day: 04/22 (after the webinar promo)',
  ].join('\n'),
});

export const sealed196: readonly Snippet[] = [
  ...guideText,
  ...guideGrid,
  ...lookalike,
  ...policy,
  ...callLog,
  ...ticketNotes,
  ...chat,
  ...intake,
  ...eob,
  ...remit,
  ...template,
  ...mvdAppeal,
  ...tracker,
  ...forum,
  ...forumSearch,
  ...slides,
  ...regXml,
  ...qa,
  ...receipt,
  ...giftsCsv,
  ...giving,
  ...campaigns,
  ...walk,
  ...consent,
  ...redcapCsv,
  ...dictionary,
  ...hl7,
  ...apiJson,
  ...registryQ3,
  ...fundApp,
  ...award,
  ...newsletter,
  ...siteSearch,
  ...press,
  ...programs,
  ...fax,
  ...sms,
  ...directory,
  ...survey,
  ...grants,
  ...stats,
];
