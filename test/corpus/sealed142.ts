import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 142 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s142-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too (64708, 64713, 64447, 64450, 64455, 64640, 76942, 95874), including a code the IVR misheard
 * and read back, and codes keyed as DTMF input ("64712#"). Spoken digits ("six four seven one two") and longer
 * numbers (NPI, ICN, member id, billed amount in cents) carry no label. About a third of the decoys are numbers of
 * the synthetic 10,000-code set (KNOWN_10K): the payer's Kansas City ZIP, its EDI payer ID, IVR call reference
 * numbers, fax-back document ids, a benefit quote reference, a pharmacy PA fax form number, a reprocessing project
 * number. The five known codes' digits come back as decoys: the payer's claims PO box (64445) and appeals PO box
 * (64714), a UM case number UM-64714 that sits beside the codes 64712 and 64714 in chats, notes, logs and JSON, the
 * member's group number (64612) and a records request id RR-64632. Other decoys: the practice's and a member's ZIP
 * (Gallatin, MO 64640, which is also a CPT code), agent and rep ids, chat session and reference numbers, portal
 * inquiry and secure message ids, patient account numbers, UM case and reconsideration numbers, ticket, callback,
 * recording and cover-sheet ids, a location id, a queue id and a year-to-date A/R amount written without a comma.
 *
 * Family: a payer's provider-services line and provider chat as a billing specialist at a pain and peripheral-nerve
 * practice (fictional Grand River Pain & Nerve Specialists, Chillicothe, MO; fictional payer Heartland Prairie
 * Health Plan) uses it over one month, around four fictional cases: a sciatic neuroplasty denied because the
 * authorization named lumbar plexus neuroplasty, a plantar neurolysis series denied by a frequency edit that counted
 * a diagnostic block, a bilateral facial chemodenervation pended for records, and ultrasound guidance denied with a
 * sciatic block and overturned. Pages: the payer's IVR quick reference guide, IVR transcripts (claim status, prior
 * auth look-up, eligibility read-back, speech-recognition retry, claim line read-back), the fax-back benefit summary,
 * IVR text messages and callback confirmation, the chat virtual assistant, pre-chat form, live agent chats (claim
 * status, UM intake, pending auth), a claim line pasted into the chat, the transcript by email and as JSON, the
 * portal's "ask a question" form, confirmation, inquiry detail, list and answer thread, the secure-message inbox and
 * messages (auth updated, records request, reply, fee schedule update, reconsideration letter), the auth case status
 * screen, the payer's call-summary email and its claims table, the contact page and newsletter, and the practice's
 * call log (grid and CSV), account notes, team chat, voicemail transcription, phone call history, the phone
 * system's auto call summary, A/R worklist and issue tracker by code.
 * Built on real public layouts: payers' provider services IVR quick reference guides (NPI/TIN and ZIP
 * authentication, "say or enter", billed amount keyed without the decimal, fax-back, call reference numbers), live
 * chat transcripts with timestamps and the emailed copy with session and agent ids, provider portal "ask a
 * question"/inquiry forms and message centers with inquiry and message ids, claim line detail with CARC/RARC,
 * practice management account notes in the initials-and-abbreviations style, and VoIP call history exports. The
 * others are written the way those pages read, with no single source.
 *
 * 348 labelled tokens over 42 shapes: 182 codes, 166 decoys, 56 of the decoys in KNOWN_10K.
 */

// ── 1. Payer's published IVR quick reference guide, PDF text layer ──
const ivrGuide = lines({
  id: 's142-ivrguide',
  kind: 's142-payer-ivr-quick-reference-guide-text',
  before: 'Heartland Prairie Health Plan — Provider Services IVR Quick Reference (rev. 04/2027)',
  text: [
    'Call 1-800-555-0142, Mon–Fri 7 a.m.–6 p.m. CT. Have your NPI or TIN, the member ID and the date of service ready.',
    'Main menu: Press 1 Eligibility & benefits · Press 2 Claim status · Press 3 Prior authorization · Press 4 Fax-back · Press 0 Agent',
    'Claim status: say or key the billed amount without the decimal ($1,840.00 = 184000), then the first procedure code, e.g. {64712}.',
    'Prior authorization: key the CPT code followed by # (e.g. {64445}#). Codes on the no-auth list, such as {64450}, are read back as "no authorization required".',
    'Written inquiries: Provider Services, PO Box [64445], Kansas City, MO [64192]-6445.',
    'EDI payer ID [47414] · Fax-back line 1-800-555-0177 · Call reference numbers are five digits and a suffix (e.g. [71205]-14).',
  ].join('\n'),
});

// ── 2. IVR claim-status call, phone-system transcript ──
const ivrClaim = lines({
  id: 's142-ivrclaim',
  kind: 's142-ivr-claim-status-call-transcript-text',
  before: 'Recording 06/03/2027 09:58 · Ext 214 → 1-800-555-0142 · Transcript',
  text: [
    'IVR: Thank you for calling Heartland Prairie provider services. Please say or enter your ten-digit NPI.',
    'Caller (DTMF): 1482709361#',
    'IVR: Please enter the five-digit ZIP code of the service location.',
    'Caller (DTMF): [64601]#',
    'IVR: Enter the member ID, the date of service as eight digits, and then the billed amount.',
    'Caller (DTMF): 884120377# 05142027# 184000#',
    'IVR: For the procedure code, enter the five-digit CPT code now.',
    'Caller (DTMF): {64712}#',
    'IVR: Claim for date of service May fourteenth, 2027, procedure {64712}, was denied on May twenty-ninth.',
    'IVR: Denial reason C O one nine seven, precertification absent. Your call reference number is [71205] dash 14.',
    'IVR: To hear this again press 1. To speak with a representative press 0.',
  ].join('\n'),
});

// ── 3. IVR prior-authorization look-up, transcript ──
const ivrAuth = lines({
  id: 's142-ivrauth',
  kind: 's142-ivr-prior-auth-lookup-transcript-text',
  before: 'Recording 06/03/2027 10:12 · Ext 214 → 1-800-555-0142 · Transcript',
  text: [
    'IVR: Prior authorization. Enter the CPT or HCPCS code for the service, followed by the pound sign.',
    'Caller (DTMF): {64714}#',
    'IVR: For {64714}, neuroplasty, lumbar plexus, an authorization is on file. Authorization number P A 2 0 2 7 0 4 1 8 8 7 3.',
    'IVR: Approved units: 1. Dates: May first through July thirty-first, 2027. To check another code press 1.',
    'Caller (DTMF): 1 {64712}#',
    'IVR: No authorization was found for {64712} for this member. Requests may be faxed to 1-800-555-0188.',
    'Caller (DTMF): 1 {64632}#',
    'IVR: {64632} does not require prior authorization for place of service 11. Reference [30761] dash 22.',
  ].join('\n'),
});

// ── 4. IVR eligibility and benefits read-back ──
const ivrElig = lines({
  id: 's142-ivrelig',
  kind: 's142-ivr-eligibility-benefits-readback-text',
  before: 'Recording 06/03/2027 09:41 · Ext 214 → 1-800-555-0142 · Transcript',
  text: [
    'IVR: Member Delia Marchetti, group number [64612], plan PPO Select 2500, is active as of January first, 2027.',
    'IVR: Specialist office visit copay: 40 dollars. Outpatient surgery: deductible, then 20 percent.',
    'IVR: Individual deductible 2,500 dollars, met 1,912 dollars and 40 cents. Out-of-pocket maximum 6,850 dollars.',
    'IVR: For benefits for a specific procedure, enter the CPT code. You entered {64712}.',
    'IVR: {64712} is covered under outpatient surgery, prior authorization required. Fax-back document [20010] has been sent.',
    'IVR: Benefit quote reference [66364] dash 07. This is not a guarantee of payment.',
  ].join('\n'),
});

// ── 5. Fax-back benefit summary, fax PDF text layer ──
const faxback = lines({
  id: 's142-faxback',
  kind: 's142-ivr-faxback-benefit-summary-text',
  before: 'HEARTLAND PRAIRIE HEALTH PLAN — FAX-BACK BENEFIT SUMMARY',
  text: [
    'Document [20010] · Page 1 of 1 · Requested 06/03/2027 09:44 CT via Provider Services IVR',
    'To: Grand River Pain & Nerve Specialists   Fax (660) 555-0148',
    'Member: MARCHETTI, DELIA   ID HPH884120377   DOB 03/09/1968   Group [64612]   Plan PPO Select 2500',
    'Procedure inquired: CPT {64712} Neuroplasty, major peripheral nerve, arm or leg, open; sciatic nerve',
    'Coverage: Outpatient surgery — deductible then 20% coinsurance — PRIOR AUTHORIZATION REQUIRED',
    'Same rule applies to: {64708}, {64713}, {64714}. Nerve blocks {64445}, {64447}: no PA in office (POS 11).',
    'Call reference [66364]-07 · Mail: PO Box [64445], Kansas City, MO [64192]',
  ].join('\n'),
});

// ── 6. Chat virtual assistant before the live agent ──
const chatbot = lines({
  id: 's142-chatbot',
  kind: 's142-chat-virtual-assistant-text',
  before: 'Provider portal › Help › Chat with us',
  text: [
    'Prairie (virtual assistant): Hi! I can help with claim status, eligibility and authorizations. What do you need?',
    'You: claim status',
    'Prairie: Please enter the claim number, or the member ID and date of service.',
    'You: HPH884120377 05/14/2027',
    'Prairie: I found 1 claim: ICN 2027135004127, billed $1,840.00, DENIED 05/29/2027. Line 1: {64712}-RT, CARC 197.',
    'You: why was {64712} denied we have an auth',
    'Prairie: The authorization on file (PA-2027-0418873) is for {64714}. Let me connect you with an agent.',
    'Prairie: Estimated wait 6 minutes. Your chat reference is CHT-[58409].',
  ].join('\n'),
});

// ── 7. Live agent chat about claim status, transcript ──
const chatClaim = lines({
  id: 's142-chatclaim',
  kind: 's142-agent-chat-claim-status-transcript-text',
  before: 'Chat — Claims (Professional) — 06/03/2027',
  text: [
    '[10:02:41] Kendra (Heartland Prairie): Thanks for waiting, this is Kendra, agent ID [41302]. May I have your name and TIN?',
    '[10:03:05] Tamsin Reyes: Tamsin, Grand River Pain & Nerve, TIN 43-1195827, NPI 1482709361.',
    '[10:04:30] Tamsin Reyes: ICN 2027135004127, DOS 5/14/27, {64712} RT denied 197. We had auth PA-2027-0418873 for the sciatic neuroplasty.',
    '[10:06:12] Kendra (Heartland Prairie): I see the auth was approved for CPT {64714}, lumbar plexus, not {64712}. The request lists {64714}.',
    '[10:07:40] Tamsin Reyes: The op note is sciatic nerve at the piriformis, so {64712} is right. Can the auth be changed to {64712}?',
    '[10:09:02] Kendra (Heartland Prairie): Changes within 30 days of the DOS go to UM. I opened case UM-[64714] for that; once updated we reprocess.',
    '[10:10:15] Kendra (Heartland Prairie): Reprocessing takes 10–14 business days. Reference for this chat: [58409].',
  ].join('\n'),
});

// ── 8. Live agent chat with UM intake about prior auth ──
const chatAuth = lines({
  id: 's142-chatauth',
  kind: 's142-agent-chat-prior-auth-transcript-text',
  before: 'Chat — Utilization Management intake — 06/03/2027',
  text: [
    '[14:21:09] Marcus (Heartland Prairie UM): Hello, UM intake, Marcus speaking. Which service is the auth for?',
    '[14:21:50] Tamsin Reyes: Nadia Okonkwo, {64612}-50 for blepharospasm, with {95874} EMG guidance and J0585 100 units, DOS 06/17/2027.',
    '[14:23:33] Marcus (Heartland Prairie UM): {64612} requires PA; {95874} does not on its own. Botox goes through pharmacy, fax form RX-[17540].',
    '[14:25:02] Tamsin Reyes: Also Harlan Beck, {64632} series of 3, left foot, Morton neuroma. The IVR said no PA in office?',
    '[14:26:47] Marcus (Heartland Prairie UM): Correct, {64632} has no PA at POS 11, but more than 3 per foot in 12 months pends. {64455} counts toward it.',
    '[14:28:10] Marcus (Heartland Prairie UM): Created UM case [28728] for the {64612} request; clinicals due in 2 business days.',
  ].join('\n'),
});

// ── 9. Chat transcript sent by email ──
const chatEmail = lines({
  id: 's142-chatemail',
  kind: 's142-chat-transcript-email-copy-text',
  before: 'From: chat-noreply@heartlandprairie.example · To: treyes@grandriverpain.example',
  text: [
    'Subject: Your chat transcript — session [70943]',
    'Session [70943] · Started 06/03/2027 10:02 CT · Ended 10:11 CT · Agent: Kendra (ID [41302]) · Queue: Claims — Professional',
    'Topic: Claim status · Member HPH884120377 · Claim 2027135004127 · CPT entered before chat: {64712}',
    'Agent summary: Auth PA-2027-0418873 approved for {64714}; billed {64712}. UM case UM-[64714] opened to correct CPT.',
    'Rate your chat: reply 1–5. Heartland Prairie Health Plan, 2800 Grand Blvd, Kansas City, MO [64108].',
  ].join('\n'),
});

// ── 10. Pre-chat form ──
const prechat = table({
  id: 's142-prechat',
  kind: 's142-chat-prechat-form-fields-grid',
  caption: 'Before we connect you, tell us about your question',
  headers: ['Field', 'Your answer'],
  rows: [
    ['Provider NPI', '1482709361'],
    ['Service location ZIP', '[64601]'],
    ['Service location ID', '[10651]'],
    ['Member ID', 'HPH884120377'],
    ['Claim number (optional)', '2027135004127'],
    ['Procedure code(s)', '{64712}, {64714}'],
    ['Topic', 'Claim denied — authorization mismatch'],
  ],
});

// ── 11. Portal "Ask a question" form as submitted ──
const askForm = lines({
  id: 's142-askform',
  kind: 's142-portal-ask-question-form-text',
  before: 'Ask a Question — Provider Portal — Review and submit',
  text: [
    'Category: Claims › Denied claim › Frequency',
    'Subject: Beck, Harlan — {64632} 05/06/2027 denied as frequency',
    'Claim number: 2027128007731   Patient account: GR-[40015]',
    'Procedure code(s): {64632}-LT   Diagnosis: G57.62   Units: 1   Billed: $365.00',
    'Message: The 03/11, 04/22 and 05/06 {64632} sessions are one planned series of 3 (left foot, 3rd interspace).',
    'The 02/18 {64455} was a diagnostic block and should not count toward the {64632} limit. Please reprocess.',
    'Attachments: op_note_0506.pdf (212 KB), series_plan.pdf   Reply to: treyes@grandriverpain.example',
  ].join('\n'),
});

// ── 12. Portal question and answer thread ──
const askThread = lines({
  id: 's142-askthread',
  kind: 's142-portal-question-answer-thread-text',
  before: 'Message Center › My Inquiries',
  text: [
    'Inquiry INQ-[27506] · Submitted 06/04/2027 by T. Reyes · Status: Answered',
    'Heartland Prairie Provider Services (06/07/2027): Our frequency edit counts {64632} and {64455} together, per foot, per rolling 12 months.',
    'The 02/18/2027 {64455} counted as 1; {64632} on 03/11 and 04/22 made 3; the 05/06 {64632} was the 4th and denied CO-119.',
    'Tamsin Reyes (06/08/2027): Medical policy NRV-[20249] names only {64632} under the frequency limit; {64455} is not listed. Please review.',
    'Heartland Prairie Provider Services (06/10/2027): Agreed after policy review. Claim 2027128007731 line 1 {64632}-LT will be reprocessed',
    'under project [68830]; expect $212.64 less member cost share. Edit for {64455} corrected going forward.',
    'This thread closes in 14 days. Inquiry INQ-[27506].',
  ].join('\n'),
});

// ── 13. Portal list of inquiries ──
const myInquiries = table({
  id: 's142-inquiries',
  kind: 's142-portal-my-inquiries-grid',
  caption: 'My Inquiries (last 60 days)',
  headers: ['Inquiry #', 'Submitted', 'Category', 'Subject', 'Status', 'Last update'],
  rows: [
    ['INQ-[27506]', '06/04/2027', 'Claims', 'Beck — {64632} frequency denial', 'Answered', '06/10/2027'],
    [
      'INQ-[27488]',
      '06/03/2027',
      'Authorization',
      'Marchetti — auth lists {64714}, billed {64712}',
      'In review',
      '06/05/2027',
    ],
    ['INQ-[27311]', '05/28/2027', 'Claims', 'Okonkwo — {64612} pended for records', 'Closed', '05/31/2027'],
    ['INQ-[26980]', '05/19/2027', 'Payment', 'Lindgren — {76942} denied with {64445}', 'Answered', '05/24/2027'],
    ['INQ-[26136]', '05/02/2027', 'Eligibility', 'Group [64612] replacement ID cards', 'Closed', '05/03/2027'],
  ],
});

// ── 14. Practice's payer call log (spreadsheet) ──
const callLog = table({
  id: 's142-calllog',
  kind: 's142-practice-payer-call-log-grid',
  caption: 'HPHP call log — June 2027 (billing, T. Reyes)',
  headers: ['Date', 'Channel', 'Rep / ID', 'Ref #', 'Patient', 'CPT', 'Outcome', 'Follow-up'],
  rows: [
    ['06/03/2027', 'IVR', '—', '[71205]-14', 'Marchetti', '{64712}', 'Denied 197 no auth', 'Chat'],
    [
      '06/03/2027',
      'Chat',
      'Kendra [41302]',
      '[58409]',
      'Marchetti',
      '{64712} / auth {64714}',
      'UM case UM-[64714]',
      '06/17',
    ],
    ['06/03/2027', 'IVR', '—', '[30761]-22', 'Beck', '{64632}', 'No PA POS 11', 'Portal Q'],
    ['06/04/2027', 'Portal', '—', 'INQ-[27506]', 'Beck', '{64632} x3', 'Submitted', '06/11'],
    [
      '06/09/2027',
      'Phone',
      'Luis [40774]',
      '[79882]',
      'Lindgren',
      '{64445}, {76942}',
      'Reopen US guidance line',
      '06/23',
    ],
    [
      '06/10/2027',
      'Phone',
      'Aisha [51146]',
      '[94146]',
      'Okonkwo',
      '{64612}-50, {95874}',
      'Records recvd 06/08',
      '06/24',
    ],
  ],
});

// ── 15. Call log CSV export ──
const callCsv = lines({
  id: 's142-callcsv',
  kind: 's142-practice-call-log-csv-export-text',
  before: 'hphp_calls_2027-06.csv',
  text: [
    'date,payer,payer_id,channel,ref,patient_acct,cpt,billed,status',
    '2027-06-03,HPHP,[47414],IVR,[71205]-14,GR-[38292],{64712},1840.00,DENIED',
    '2027-06-03,HPHP,[47414],CHAT,[58409],GR-[38292],{64714},2150.00,UM CASE',
    '2027-06-04,HPHP,[47414],PORTAL,INQ-[27506],GR-[40015],{64632},365.00,ANSWERED',
    '2027-06-09,HPHP,[47414],PHONE,[79882],GR-[41170],{64445},412.00,REOPEN',
    '2027-06-10,HPHP,[47414],PHONE,[94146],GR-[44114],{64612},585.00,RECORDS',
    'ytd_open_ar_hphp,,,,,,,[18694].40,',
  ].join('\n'),
});

// ── 16. Practice-management account notes ──
const acctNotes = lines({
  id: 's142-acctnotes',
  kind: 's142-pm-account-notes-text',
  before: 'ACCOUNT NOTES — MARCHETTI, DELIA',
  text: [
    'Acct GR-[38292] · Ins: Heartland Prairie PPO Select 2500 (grp [64612]) · Guarantor: self',
    '06/03/27 10:15 TR: IVR ref [71205]-14, 5/14 {64712}-RT den CO-197. Chat w/ Kendra ref [58409]: auth on file is for {64714}. UM case UM-[64714]. F/u 6/17.',
    '06/03/27 10:40 TR: Dr. Feld confirms sciatic at piriformis = {64712}, not lumbar plexus {64714}. Scheduler keyed wrong code on auth request.',
    '06/17/27 08:55 TR: Secure msg: auth now {64712} eff 05/01/27. Reprocess ticket [90304].',
    "06/28/27 16:02 TR: ERA rec'd, {64712} allowed $1,378.00, pd $1,102.40, pt resp $275.60 (coins). Bal to pt stmt.",
  ].join('\n'),
});

// ── 17. Payer's call-summary email ──
const summaryEmail = lines({
  id: 's142-sumemail',
  kind: 's142-payer-call-summary-email-text',
  before: 'From: providerservices@heartlandprairie.example · To: treyes@grandriverpain.example',
  text: [
    'Subject: Summary of your call on 06/09/2027 — reference [79882]',
    'Dear Tamsin, thank you for calling Provider Services. Here is what you discussed with Luis (rep ID [40774]):',
    '• Member Wes Lindgren, claim 2027141006652, DOS 05/11/2027: line 1 {64445} paid $238.10; line 2 {76942} denied CO-97.',
    '• Luis agreed the {76942} line was denied in error under payment policy PAY-[17640]; it was sent for reopening, ticket [97437].',
    '• Turnaround is 15 business days. To dispute an outcome, write to PO Box [64445], Kansas City, MO [64192].',
    'This email is not a guarantee of payment. Call reference [79882] · Heartland Prairie Health Plan, 2800 Grand Blvd, Kansas City, MO [64108].',
  ].join('\n'),
});

// ── 18. Claims table inside the call-summary email ──
const summaryTable = table({
  id: 's142-sumtable',
  kind: 's142-call-summary-email-claims-grid',
  caption: 'Claims we looked at during your recent calls',
  headers: ['Claim', 'DOS', 'Line', 'CPT/HCPCS', 'Mod', 'Billed', 'Allowed', 'Paid', 'Status'],
  rows: [
    ['2027141006652', '05/11/2027', '1', '{64445}', 'RT', '$412.00', '$238.10', '$238.10', 'Paid'],
    ['2027141006652', '05/11/2027', '2', '{76942}', '', '$186.00', '$0.00', '$0.00', 'Reopen — ticket [97437]'],
    ['2027135004127', '05/14/2027', '1', '{64712}', 'RT', '$1,840.00', '$0.00', '$0.00', 'Denied 197 — UM-[64714]'],
    ['2027128007731', '05/06/2027', '1', '{64632}', 'LT', '$365.00', '$0.00', '$0.00', 'Project [68830]'],
    ['2027140005519', '05/20/2027', '1', '{64612}', '50', '$585.00', '—', '—', 'Pended — records'],
    ['2027140005519', '05/20/2027', '2', '{95874}', '', '$148.00', '—', '—', 'Pended'],
  ],
});

// ── 19. Secure message inbox list ──
const inbox = table({
  id: 's142-inbox',
  kind: 's142-secure-message-inbox-grid',
  caption: 'Secure Messages — Inbox (6)',
  headers: ['', 'From', 'Subject', 'Member', 'Received', 'Msg ID'],
  rows: [
    ['●', 'Utilization Management', 'Authorization updated — {64712}', 'MARCHETTI, D', '06/16/2027', '[66596]'],
    ['', 'Utilization Management', 'Case [28728] received — {64612}-50', 'OKONKWO, N', '06/03/2027', '[66402]'],
    ['●', 'Claims Research', 'Records request — {64612} / {95874}', 'OKONKWO, N', '06/02/2027', '[66585]'],
    ['', 'Provider Services', 'Inquiry INQ-[27506] answered', 'BECK, H', '06/10/2027', '[66501]'],
    ['', 'Network Management', 'Fee schedule update: {64632}, {64640} on 07/01', '—', '05/30/2027', '[66230]'],
    ['', 'Claims Research', 'Reconsideration received — {76942}', 'LINDGREN, W', '06/12/2027', '[66552]'],
  ],
});

// ── 20. Secure message: authorization updated ──
const msgAuth = lines({
  id: 's142-msgauth',
  kind: 's142-secure-message-auth-updated-text',
  before: 'Secure Messages › Inbox › Authorization updated',
  text: [
    'Message [66596] · From: Utilization Management · To: Grand River Pain & Nerve Specialists · 06/16/2027 14:08',
    'RE: UM case UM-[64714] — Authorization PA-2027-0418873 — MARCHETTI, DELIA (HPH884120377)',
    'We corrected the procedure on this authorization at your request. Previous: CPT {64714} Neuroplasty; lumbar plexus.',
    'Updated: CPT {64712} Neuroplasty, major peripheral nerve, arm or leg, open; sciatic nerve. Units: 1. 05/01/2027–07/31/2027.',
    'Claims on file for {64712} on 05/14/2027 will be adjusted automatically; allow 10 business days.',
    'Servicing: Omar Feld, MD · Grand River Surgery Center, Chillicothe, MO [64601]',
  ].join('\n'),
});

// ── 21. Secure message: records request ──
const msgRecords = lines({
  id: 's142-msgrecords',
  kind: 's142-secure-message-records-request-text',
  before: 'Secure Messages › Inbox › Records request',
  text: [
    'Message [66585] · Claims Research · 06/02/2027 · Records request ID RR-[64632]',
    'Claim 2027140005519, OKONKWO, NADIA, DOS 05/20/2027, is pended. To review {64612}-50 with {95874} and J0585 (100 units), send:',
    '1. Procedure note with muscles injected and EMG guidance; 2. Botox lot number and wastage; 3. {64612} history for the last 12 months.',
    'Upload here or fax 1-800-555-0166 with cover sheet barcode [81350]. After 45 days the lines for {64612} and {95874} will deny.',
  ].join('\n'),
});

// ── 22. Secure message reply, compose screen ──
const msgReply = lines({
  id: 's142-msgreply',
  kind: 's142-secure-message-reply-compose-text',
  before: 'Reply — Compose',
  text: [
    'In reply to message [66585]   To: Claims Research',
    'Subject: RE: Records request RR-[64632] — OKONKWO, NADIA',
    'Attached: 05/20 procedure note (orbicularis oculi, bilateral, EMG-guided), Botox lot C7214 (100 u, 0 wasted), prior {64612} on 11/19/2026 and 02/24/2027.',
    '{64612} was billed with modifier 50 on one line per your policy; {95874} once. Please release the pended lines.',
  ].join('\n'),
});

// ── 23. Reconsideration decision letter (attachment), PDF text layer ──
const reconLetter = lines({
  id: 's142-reconletter',
  kind: 's142-secure-message-reconsideration-letter-pdf-text',
  before: 'Attachment: Recon_decision.pdf',
  text: [
    'HEARTLAND PRAIRIE HEALTH PLAN · PO Box [64445] · Kansas City, MO [64192]',
    'June 24, 2027   GRAND RIVER PAIN & NERVE SPECIALISTS, 1410 MAIN ST, CHILLICOTHE MO [64601]',
    'RE: Reconsideration [51257]   Member: Wes Lindgren   Claim: 2027141006652   DOS: 05/11/2027',
    'Outcome: OVERTURNED. CPT {76942} (ultrasonic guidance for needle placement) billed with {64445} (injection, anesthetic agent; sciatic nerve) is separately payable.',
    'Payment of $97.34 will be issued on a future remittance. Questions: call Provider Services and give reference [51257].',
    'cc: Wes Lindgren, 18 Oak St, Gallatin, MO [64640]',
  ].join('\n'),
});

// ── 24. Practice's internal team chat ──
const teamChat = lines({
  id: 's142-teamchat',
  kind: 's142-practice-internal-team-chat-text',
  before: '#billing-payers',
  text: [
    'Tamsin Reyes 10:18 AM: HPHP chat says Marchetti auth was for {64714}, we did {64712}. UM case UM-[64714]. Who keyed the auth?',
    'Jolene (scheduling) 10:22 AM: that was me, the order said "lumbar/sciatic" and I picked {64714}. Sorry!',
    'Dr. Feld 10:31 AM: op note says sciatic nerve decompression at the piriformis, so {64712}. For Pruitt in July it really is {64714}.',
    'Tamsin Reyes 10:33 AM: 👍 Also HPHP counts {64455} toward the {64632} limit (Marcus, UM chat). Portal question going in tomorrow.',
  ].join('\n'),
});

// ── 25. Payer "contact us" page for providers ──
const contacts = lines({
  id: 's142-contacts',
  kind: 's142-payer-provider-contact-page-text',
  before: 'Providers › Contact Us',
  text: [
    'Provider Services: 1-800-555-0142 (IVR 24/7 for eligibility and claim status; agents Mon–Fri 7–6 CT)',
    'Claims and correspondence: PO Box [64445], Kansas City, MO [64192]',
    'Reconsiderations and appeals: PO Box [64714], Kansas City, MO [64192]',
    'Electronic claims: payer ID [47414] (professional), [47415] (institutional)',
    'Overnight delivery: 2800 Grand Blvd, Suite 500, Kansas City, MO [64108]',
    'Utilization Management fax: 1-800-555-0188 · Pharmacy PA fax form RX-[17540]',
  ].join('\n'),
});

// ── 26. IVR text messages (SMS) ──
const sms = lines({
  id: 's142-sms',
  kind: 's142-ivr-sms-call-reference-text',
  before: 'Messages · 55142',
  text: [
    'HPHP: Your provider services call ref is [71205]-14 (06/03 09:58). Claim 2027135004127: DENIED. Reply HELP for help.',
    'HPHP: Auth lookup ref [30761]-22: {64632} no PA required at POS 11. {64712}: no auth on file.',
    'HPHP: Fax-back doc [20010] sent to (660) 555-0148.',
  ].join('\n'),
});

// ── 27. Voicemail transcription ──
const voicemail = lines({
  id: 's142-voicemail',
  kind: 's142-voicemail-transcription-text',
  before: 'Voicemail from (800) 555-0142 · 06/12/2027 3:47 PM · 0:52 · Transcription (beta)',
  text: [
    '"Hi, this is Luis with Heartland Prairie provider services, returning Tamsin\'s call about member Lindgren.',
    'The ultrasound guidance line, {76942}, went for reopening under ticket [97437], and I see reconsideration [51257] was filed too,',
    "so you might see two adjustments for the same line. The nerve block, {64445}, is paid and doesn't need anything.",
    'If you need me, call 1-800-555-0142 and ask for extension [40774]. Today\'s reference is [84572]. Thanks, bye."',
  ].join('\n'),
});

// ── 28. IVR speech recognition retry, transcript ──
const ivrSpeech = lines({
  id: 's142-ivrspeech',
  kind: 's142-ivr-speech-retry-transcript-text',
  before: 'Recording 06/09/2027 13:02 · Ext 214 → 1-800-555-0142 · Transcript',
  text: [
    'IVR: Please say or enter the procedure code.',
    'Caller (speech): six four seven one two',
    'IVR: I heard {64714}. Is that right?',
    'Caller (speech): No.',
    'IVR: Sorry about that. Please key the procedure code instead.',
    'Caller (DTMF): {64712}#',
    'IVR: Thank you. Transferring you to a representative about {64712}. Estimated wait: 12 minutes. Your call reference is [24147].',
  ].join('\n'),
});

// ── 29. Portal inquiry confirmation page ──
const askConfirm = lines({
  id: 's142-askconfirm',
  kind: 's142-portal-inquiry-confirmation-page-text',
  before: 'Thank you. Your question has been submitted.',
  text: [
    'Inquiry number: INQ-[27506]   Category: Claims › Denied claim › Frequency',
    'Claim: 2027128007731   Member: BECK, HARLAN   CPT: {64632}',
    'Expected response within 5 business days (by 06/11/2027). We will email treyes@grandriverpain.example.',
    'Need it sooner? Chat with us and give the agent inquiry number [27506].',
  ].join('\n'),
});

// ── 30. Portal inquiry detail fields ──
const inquiryDetail = table({
  id: 's142-inqdetail',
  kind: 's142-portal-inquiry-detail-fields-grid',
  caption: 'Inquiry details',
  headers: ['Field', 'Value'],
  rows: [
    ['Inquiry #', 'INQ-[27488]'],
    ['Member', 'MARCHETTI, DELIA · HPH884120377 · Group [64612]'],
    ['Provider', 'Grand River Pain & Nerve Specialists · Chillicothe, MO [64601]'],
    ['Procedure on claim', '{64712} — Neuroplasty, sciatic nerve'],
    ['Procedure on authorization', '{64714} — Neuroplasty, lumbar plexus'],
    ['Linked case', 'UM-[64714] (Utilization Management)'],
    ['Assigned to', 'Provider Services Tier 2 · queue [31091]'],
  ],
});

// ── 31. Claim line detail pasted into the chat ──
const chatPaste = lines({
  id: 's142-chatpaste',
  kind: 's142-chat-pasted-claim-line-detail-text',
  before: '[10:05:48] Kendra (Heartland Prairie): here is the line detail from our system:',
  text: [
    'LN  DOS       PROC   MOD  UNITS  BILLED   ALLOWED  PAID  CARC  RARC',
    '01  05/14/27  {64712}  RT   1      1840.00  0.00     0.00  197   N54',
    '-- auth match: PA-2027-0418873 proc {64714} units 1 05/01/27-07/31/27 -> MISMATCH',
    '[10:06:01] Kendra (Heartland Prairie): the edit fired because the proc on the auth ({64714}) is not the billed {64712}.',
  ].join('\n'),
});

// ── 32. Chat transcript downloaded as JSON ──
const chatJson = lines({
  id: 's142-chatjson',
  kind: 's142-chat-transcript-json-download-text',
  before: 'chat_70943.json',
  text: [
    '{"sessionId":"[70943]","agentId":"[41302]","queue":"CLAIMS_PROF",',
    ' "prechat":{"zip":"[64601]","memberId":"HPH884120377","cpt":["{64712}","{64714}"]},',
    ' "messages":[{"t":"10:04:30","from":"provider","text":"ICN 2027135004127, DOS 5/14/27, {64712} RT denied 197"},',
    '  {"t":"10:06:12","from":"agent","text":"I see the auth was approved for CPT {64714}, lumbar plexus, not {64712}."},',
    '  {"t":"10:09:02","from":"agent","text":"I opened case UM-[64714] for that"}],',
    ' "disposition":"UM_CASE","caseId":"UM-[64714]","csat":null}',
  ].join('\n'),
});

// ── 33. IVR callback confirmation ──
const callback = lines({
  id: 's142-callback',
  kind: 's142-ivr-callback-confirmation-text',
  before: 'Heartland Prairie — Callback scheduled',
  text: [
    'We will call (660) 555-0131 between 1:00 and 2:00 p.m. CT on 06/09/2027.',
    'Topic: claim 2027141006652, CPT {76942} with {64445}. Callback ID [77391].',
    'To cancel, call 1-800-555-0142 and enter callback ID [77391] followed by #.',
  ].join('\n'),
});

// ── 34. Practice A/R follow-up worklist ──
const worklist = table({
  id: 's142-worklist',
  kind: 's142-practice-ar-followup-worklist-grid',
  caption: 'A/R follow-up — payer HPHP — assigned T. Reyes',
  headers: ['Acct', 'Patient', 'Claim', 'DOS', 'CPT', 'Balance', 'Age', 'Next action', 'Due'],
  rows: [
    [
      'GR-[38292]',
      'Marchetti, D',
      '2027135004127',
      '05/14/2027',
      '{64712}',
      '$1,840.00',
      '20',
      'Await UM-[64714] reprocess',
      '06/17/2027',
    ],
    [
      'GR-[40015]',
      'Beck, H',
      '2027128007731',
      '05/06/2027',
      '{64632}',
      '$365.00',
      '28',
      'Portal INQ-[27506]',
      '06/11/2027',
    ],
    [
      'GR-[41170]',
      'Lindgren, W',
      '2027141006652',
      '05/11/2027',
      '{76942}',
      '$186.00',
      '23',
      'Recon [51257] filed',
      '06/26/2027',
    ],
    [
      'GR-[44114]',
      'Okonkwo, N',
      '2027140005519',
      '05/20/2027',
      '{64612}, {95874}',
      '$733.00',
      '14',
      'Records sent',
      '06/24/2027',
    ],
    ['GR-[47303]', 'Pruitt, A', '—', '07/08/2027', '{64714}', '$0.00', '0', 'PA pending, case [28443]', '06/28/2027'],
  ],
});

// ── 35. Payer newsletter item on IVR changes ──
const newsletter = lines({
  id: 's142-newsletter',
  kind: 's142-payer-newsletter-phone-line-changes-text',
  before: 'Provider News — June 2027 — Changes to the provider services phone line',
  text: [
    'Starting July 12 the IVR asks for the procedure code before it transfers a claim-status call. Say or key the CPT code',
    '(for example {64445} or {64712}); modifiers are not needed.',
    'Authorization look-ups read back whether a code such as {64632} or {64612} needs PA at the place of service you enter.',
    'Call reference numbers change from five digits plus a suffix (e.g. [71205]-14) to 11 characters.',
    'Chat hours extend to 7 p.m. CT. The claims address stays PO Box [64445], Kansas City, MO [64192].',
  ].join('\n'),
});

// ── 36. Practice phone system call detail records ──
const cdr = table({
  id: 's142-cdr',
  kind: 's142-practice-phone-call-detail-grid',
  caption: 'Call history — Ext 214 — filter: 1-800-555-0142',
  headers: ['Start', 'Ext', 'User', 'Number', 'Duration', 'Direction', 'Recording ID', 'Tag'],
  rows: [
    ['06/03/2027 09:58', '214', 'T. Reyes', '18005550142', '00:11:47', 'Out', '[90175]', 'HPHP IVR — {64712} denial'],
    [
      '06/09/2027 13:12',
      '214',
      'T. Reyes',
      '18005550142',
      '00:26:03',
      'In (callback [77391])',
      '[90322]',
      'HPHP Luis — {76942}',
    ],
    [
      '06/10/2027 08:47',
      '214',
      'T. Reyes',
      '18005550142',
      '00:18:20',
      'Out',
      '[90837]',
      'HPHP Aisha — {64612}-50 records',
    ],
    ['06/12/2027 15:47', '214', 'Voicemail', '18005550142', '00:00:52', 'In', '[90924]', 'HPHP Luis VM'],
  ],
});

// ── 37. Fee schedule update, table in a secure message ──
const feeUpdate = table({
  id: 's142-feeupdate',
  kind: 's142-secure-message-fee-schedule-update-grid',
  caption: 'Professional fee schedule, Missouri commercial — changes effective 07/01/2027',
  headers: ['CPT', 'Description', 'Current', 'Effective 07/01/2027'],
  rows: [
    ['{64632}', 'Destruction, plantar common digital nerve', '$212.64', '$218.90'],
    ['{64640}', 'Destruction, other peripheral nerve or branch', '$231.17', '$236.40'],
    ['{64445}', 'Injection, sciatic nerve, single', '$238.10', '$241.55'],
    ['{64612}', 'Chemodenervation, facial nerve, unilateral', '$244.80', '$251.02'],
    ['{64712}', 'Neuroplasty, sciatic nerve', '$1,378.00', '$1,402.11'],
    ['{64714}', 'Neuroplasty, lumbar plexus', '$1,512.36', '$1,540.00'],
    ['{95874}', 'Needle EMG guidance for chemodenervation', '$92.18', '$93.40'],
  ],
});

// ── 38. Phone system's auto-generated call summary ──
const aiSummary = lines({
  id: 's142-aisummary',
  kind: 's142-phone-system-auto-call-summary-text',
  before: 'Call summary (auto-generated) · 06/10/2027 · 18 min',
  text: [
    'Participants: Tamsin Reyes; Heartland Prairie provider services (Aisha, ID [51146])',
    'Topic: Okonkwo claim 2027140005519 pended for records for {64612}-50 and {95874}.',
    'Key points: Aisha confirmed records for {64612} arrived 06/08 under cover sheet [81350]; review takes up to 10 business days.',
    '{95874} pays once per session even with modifier 50 on {64612}. J0585 units must match the note (100).',
    'Action items: check status 06/24; ask UM about case [28728] for the 06/17 series ({64612}, {95874}). Reference [94146].',
  ].join('\n'),
});

// ── 39. Prior-auth case status screen ──
const caseStatus = lines({
  id: 's142-casestatus',
  kind: 's142-portal-auth-case-status-text',
  before: 'Authorizations › Case detail',
  text: [
    'Authorization Case [28728] — Status: APPROVED (06/15/2027)',
    'Member: OKONKWO, NADIA   Servicing: Grand River Pain & Nerve Specialists, Chillicothe, MO [64601]',
    'Line 1  CPT {64612}  Mod 50  Units 1    06/17/2027–12/16/2027  Approved',
    'Line 2  CPT {95874}          Units 1    06/17/2027–12/16/2027  Not required',
    'Line 3  HCPCS J0585          Units 100  Pharmacy benefit — see form RX-[17540]',
    'Authorization number PA-2027-0611042 · Decision letter: message [66712]',
  ].join('\n'),
});

// ── 40. Short agent chat on a pending auth ──
const chatPending = lines({
  id: 's142-chatpending',
  kind: 's142-agent-chat-pending-auth-transcript-text',
  before: 'Chat — Authorizations — 06/21/2027',
  text: [
    '[09:12:44] Aisha (Heartland Prairie): Hi Tamsin! Auth case [28443] for PRUITT, ALMA: CPT {64714}, lumbar plexus, DOS 07/08/2027, in clinical review.',
    '[09:13:20] Tamsin Reyes: Dr. Feld may also free the lateral femoral cutaneous nerve ({64708}). Does that need to be on the auth?',
    '[09:14:55] Aisha (Heartland Prairie): Yes, add {64708} as its own line; it is on the PA list with {64712} to {64714}. I noted it on [28443].',
    '[09:15:30] Aisha (Heartland Prairie): Peer-to-peer slots open 07/01 10:00 CT if needed; scheduling ID [14286].',
    '[09:16:02] Aisha (Heartland Prairie): Your chat reference is [58166].',
  ].join('\n'),
});

// ── 41. IVR claim status read-back, multi-line claim ──
const ivrPended = lines({
  id: 's142-ivrpended',
  kind: 's142-ivr-claim-line-readback-transcript-text',
  before: 'Recording 06/10/2027 08:41 · Ext 214 → 1-800-555-0142 · Transcript',
  text: [
    'IVR: Claim received May twenty-second, status pended. Line one, procedure {64612}, modifier five zero, billed 585 dollars, pended.',
    'IVR: Line two, procedure {95874}, billed 148 dollars, pended. Line three, procedure J zero five eight five, 100 units, pended.',
    'IVR: Additional information was requested on June second. To have this status faxed to you, press 4.',
    'IVR: Fax-back document [20029] has been sent. Your call reference number is [45797] dash 03.',
  ].join('\n'),
});

// ── 42. Practice's payer issue tracker by code ──
const tracker = table({
  id: 's142-tracker',
  kind: 's142-practice-payer-issue-tracker-by-code-grid',
  caption: 'HPHP open issues by procedure — week of 06/07/2027',
  headers: ['CPT', 'Calls', 'Chats', 'Portal Qs', 'Open $', 'Top issue'],
  rows: [
    ['{64712}', '2', '1', '1', '$1,840.00', 'Auth CPT mismatch'],
    ['{64714}', '0', '1', '0', '$0.00', 'PA for Pruitt'],
    ['{64632}', '1', '0', '1', '$365.00', 'Frequency (counts {64455})'],
    ['{64445}', '1', '0', '0', '$0.00', '—'],
    ['{76942}', '2', '0', '0', '$186.00', 'Denied as included, in error'],
    ['{64612}', '2', '1', '0', '$585.00', 'Records'],
    ['{95874}', '1', '0', '0', '$148.00', 'Records'],
  ],
});

export const sealed142: Snippet[] = [
  ...ivrGuide,
  ...ivrClaim,
  ...ivrAuth,
  ...ivrElig,
  ...faxback,
  ...chatbot,
  ...chatClaim,
  ...chatAuth,
  ...chatEmail,
  ...prechat,
  ...askForm,
  ...askThread,
  ...myInquiries,
  ...callLog,
  ...callCsv,
  ...acctNotes,
  ...summaryEmail,
  ...summaryTable,
  ...inbox,
  ...msgAuth,
  ...msgRecords,
  ...msgReply,
  ...reconLetter,
  ...teamChat,
  ...contacts,
  ...sms,
  ...voicemail,
  ...ivrSpeech,
  ...askConfirm,
  ...inquiryDetail,
  ...chatPaste,
  ...chatJson,
  ...callback,
  ...worklist,
  ...newsletter,
  ...cdr,
  ...feeUpdate,
  ...aiSummary,
  ...caseStatus,
  ...chatPending,
  ...ivrPended,
  ...tracker,
];
