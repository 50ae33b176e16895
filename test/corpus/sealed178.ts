import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 178 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s178-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes
 * (64447, 64450, 64455, 64615, 64616, 64633, 64635, 76942, 95874, 99214) are labelled as codes too. Codes quoted by
 * the phishing e-mail itself, in its subject lines, its spoofed PDF and CSV, in an e-discovery query and in quiz
 * answer choices are still codes: a coder reads them as procedures, true or false. About a third of the decoys are
 * numbers of the synthetic 10,000-code set (KNOWN_10K), used as the practice's and patients' Kansas City ZIPs, the
 * spoofed remit's Topeka ZIP, help-desk ticket numbers, patient account numbers, a VPS host name, a Message-ID part,
 * an EFT trace, LMS attempt and certificate ids, an SIU form, a call reference, a follow-up task, a risk assessment
 * id, a policy number, a forensics engagement, an e-discovery case hold, a newsletter number and an ACH batch. The five known codes' digits
 * come back as decoys: the phish's "Claim Reprocessing Notice #64714" (quoted in headers, digests, the chat, the
 * quiz and the newsletter), the payer's remittance PO Box 64612, the spoofed PDF's file name Remit_64632_PPHP.pdf,
 * the MSP ticket #64712, a link parameter and a bank change-request number 64445, the payer's EFT change request
 * EFT-64632, a simulation template's attachment 64445_remit.pdf and the privacy office's PO Box 64714. Other decoys:
 * Entra sign-in error codes (50126, 50074, 50140, 53003), ASNs, client source ports, SMTP sizes, payer and payee ids,
 * patient account numbers, street numbers, employee ids, campaign ids, fraud-alert article ids.
 *
 * Family: phishing and payer-impersonation fraud aimed at a pain practice's billing staff — one story at a
 * (fictional) Tallgrass Pain & Nerve Center in Kansas City, MO, its MSP Keystone Ridge IT, the (fictional) payer
 * Prairie Plains Health Plan ("PlainsLink" portal) and Trailhead Community Bank: the fake "claim reprocessing" e-mail
 * (reading pane, raw headers, forwarded copy with the coder's inline reply), the spoofed remittance PDF (text layer,
 * glyph runs, document properties) and its "claims to verify" CSV, the credential-harvest page and its URL sandbox
 * scan, the Phish Alert Button pane, the MSP ticket and service board, the IT security alert to staff, the gateway
 * quarantine digest, the XDR incident, Entra sign-in log, unified audit log export, message trace, the responder's
 * compromised-mailbox notes and e-discovery search, the attacker's EFT change e-mail and the payer's EFT change
 * record and call note, the payer's fraud alert article, genuine-vs-fake table, portal login banner, genuine ERA
 * detail and 835, the bank's ACH change intake, callback verification worksheet and secure message, the billing
 * chat, the HIPAA breach risk assessment, exposed-remit inventory and patient notice, the cyber insurance first
 * notice of loss, the phishing simulation results, the MSP newsletter, and training pages built from real claim
 * screens (claim status quiz, multiple choice, answer feedback, spot-the-difference, LMS completion report) plus
 * the coder's own verification worksheet.
 * Built on real public layouts: Outlook on the web reading pane and "view message source" headers
 * (Authentication-Results, X-MS-Exchange-Organization-SCL), KnowBe4-style Phish Alert Button confirmation and
 * campaign results, ConnectWise-style PSA ticket and service board, urlscan.io result summary, Microsoft Defender XDR
 * incident page, Entra ID sign-in logs (AADSTS error codes), Purview audit log CSV export (AuditData JSON) and
 * content search KQL, Exchange message trace, payer provider-news fraud alerts and portal banners, X12 835 segments
 * (BPR/TRN/N1/CLP/SVC), bank treasury-management ACH change and callback verification forms, HHS four-factor breach
 * risk assessment and breach notice letters, cyber insurance FNOL forms, LMS completion reports. The others are
 * written the way those pages read, with no single source.
 *
 * 366 labelled tokens over 44 shapes: 159 codes, 207 decoys, 74 of the decoys in KNOWN_10K.
 */

// ── 1. The phishing e-mail as the billing inbox shows it (web mail reading pane) ──
const phishMail = lines({
  id: 's178-phishmail',
  kind: 's178-phish-webmail-reading-pane-text',
  before: 'Inbox — billing@tallgrasspain.com — Outlook on the web',
  text: [
    'From: PlainsLink Claims Reprocessing <no-reply@prairieplainshealth-remit.com>',
    'To: billing@tallgrasspain.com; mbell@tallgrasspain.com; pnatarajan@tallgrasspain.com   Tue 3/9/2027 7:42 AM',
    'Subject: ACTION REQUIRED: Claim Reprocessing Notice #[64714] – Payment Hold',
    'Dear Provider (TIN ending 9577), our system identified underpayments on claims billed with CPT {64712} and {64445}',
    'during the 2026 fee schedule update. To release the held payment of $18,420.16 you must verify your',
    'PlainsLink login and EFT details within 48 hours. Affected lines include {64712}-RT, {64445}-RT x3 and {64612}.',
    'Reprocessing batch RB-[27315] | Payer ID [47198] | Reference [39827]',
    'Attachment: Remit_[64632]_PPHP.pdf (212 KB)   Verify now: hxxps://plainslink-verify[.]com/claims?id=[41276]',
    'Prairie Plains Health Plan · Claims Department · PO Box [64612] · Topeka, KS [66601]',
  ].join('\n'),
});

// ── 2. Raw message headers (View message source) ──
const rawHeaders = lines({
  id: 's178-rawhdr',
  kind: 's178-phish-raw-message-source-headers-text',
  before: 'Message source — ACTION REQUIRED: Claim Reprocessing Notice',
  text: [
    'Received: from vps[63307].hostingnode.net ([203.0.113.77]:[51322]) by mx.prairieplainshealth-remit.com',
    'Received: from mail.prairieplainshealth-remit.com (203.0.113.77) by CY4PR11MB2218.namprd11.prod.outlook.com',
    'Authentication-Results: spf=fail (sender IP is 203.0.113.77) smtp.mailfrom=prairieplainshealth-remit.com;',
    ' dkim=none (message not signed) header.d=none; dmarc=fail action=quarantine header.from=prairieplainshealth-remit.com',
    'Message-ID: <[64714].[90101].1741510920@mail.prairieplainshealth-remit.com>',
    'X-Mailer: PHPMailer 6.1.4 (https://github.com/PHPMailer/PHPMailer)',
    'X-MS-Exchange-Organization-SCL: 5   X-MS-Exchange-Organization-MessageDirectionality: Incoming',
    'Content-Type: application/pdf; name="Remit_[64632]_PPHP.pdf"; size=217088',
  ].join('\n'),
});

// ── 3. The spoofed remittance PDF, text layer ──
const fakeRemit = lines({
  id: 's178-fakeremit',
  kind: 's178-spoofed-remittance-pdf-text-layer',
  before: 'Remit_64632_PPHP.pdf — page 1',
  text: [
    'PRAIRIE PLAINS HEALTH PLAN   PROVIDER REMITTANCE ADVICE (REPROCESSED)   Remit date 03/08/2027   Page 1 of 2',
    'Provider: TALLGRASS PAIN & NERVE CENTER   Provider #: [31946]   Payer ID [47198]   Batch RB-[27315]',
    'PATIENT R***** K*****   ACCT [41883]   ICN 2026341009170',
    '  11/04/26  {64712}  RT  1   BILLED 2,140.00   ALLOWED 1,318.62   PAID 0.00   STATUS: HELD – VERIFY',
    '  11/04/26  {64445}  RT  3   BILLED 1,836.00   ALLOWED 444.60     PAID 0.00   STATUS: HELD – VERIFY',
    'PATIENT D***** M*****   ACCT [63024]   ICN 2027018002261',
    '  12/02/26  {64612}      1   BILLED 540.00     ALLOWED 211.33     PAID 0.00   STATUS: HELD – VERIFY',
    'PATIENT J***** T*****   ACCT [43518]   ICN 2027044001387',
    '  01/13/27  {64447}  LT  1   BILLED 598.00     ALLOWED 161.08     PAID 0.00   STATUS: HELD – VERIFY',
    '  01/13/27  {64632}  T1  1   BILLED 488.00     ALLOWED 139.90     PAID 0.00   STATUS: HELD – VERIFY',
    '  02/03/27  {64714}      1   BILLED 2,410.00   ALLOWED 1,402.11   PAID 0.00   STATUS: HELD – VERIFY',
    'TOTAL HELD FOR VERIFICATION: $18,420.16   Release code [72694]   Remit to: PO Box [64612], Topeka, KS [66610]',
  ].join('\n'),
});

// ── 4. The spoofed PDF's text runs as the viewer splits them (cells of a drawn grid) ──
const fakeRemitRuns: Snippet[] = [
  {
    id: 's178-pdfruns-1',
    kind: 's178-spoofed-remittance-pdf-glyph-runs',
    text: '{64712}RT',
    before: 'ACCT 41883 ICN 2026341009170 11/04/26',
    after: '1 2,140.00',
    columnHeader: 'PROC MOD',
  },
  {
    id: 's178-pdfruns-2',
    kind: 's178-spoofed-remittance-pdf-glyph-runs',
    text: '{64445}',
    before: '11/04/26',
    after: 'RT 3 1,836.00',
    columnHeader: 'PROC MOD',
  },
  {
    id: 's178-pdfruns-3',
    kind: 's178-spoofed-remittance-pdf-glyph-runs',
    text: 'ACCT [63024]',
    before: 'PATIENT D***** M*****',
    after: 'ICN 2027018002261',
  },
  {
    id: 's178-pdfruns-4',
    kind: 's178-spoofed-remittance-pdf-glyph-runs',
    text: '{64612}   1',
    before: 'ACCT 63024 ICN 2027018002261 12/02/26',
    after: '540.00 211.33',
    columnHeader: 'PROC MOD',
  },
];

// ── 5. PDF document properties dialog ──
const pdfProps = lines({
  id: 's178-pdfprops',
  kind: 's178-spoofed-pdf-document-properties-text',
  before: 'Document Properties — Description',
  text: [
    'File: Remit_[64632]_PPHP.pdf',
    'Title: Provider Remittance Advice   Author: admin   Creator: Microsoft® Word 2016   Producer: www.ilovepdf.com',
    'Created: 3/8/2027 11:58:02 PM   Modified: 3/8/2027 11:59:40 PM   PDF version 1.7   Page count: 2',
    'File size: 212 KB (217,088 bytes)   Fast web view: No   Tagged PDF: No',
    'Link annotation on page 1: /URI (hxxps://plainslink-verify[.]com/claims?id=[41276]&r=[64445])',
  ].join('\n'),
});

// ── 6. The credential-harvesting page, as the sandbox screenshot's OCR reads it ──
const harvestPage = lines({
  id: 's178-harvest',
  kind: 's178-credential-harvest-landing-page-ocr-text',
  before: 'Screenshot OCR — plainslink-verify[.]com/claims',
  text: [
    'PlainsLink Provider Portal — Claim Reprocessing Verification',
    'Batch RB-[27315] contains 7 lines pending review ({64712}, {64445}, {64612}). Held amount $18,420.16',
    'Step 1 of 2: Portal User ID · Password · 6-digit code sent to your phone',
    'Step 2 of 2: EFT re-verification — bank routing number, account number, account holder ZIP code',
    '© 2027 Prairie Plains Health Plan · Privacy · Terms · Session [88412]',
  ].join('\n'),
});

// ── 7. URL sandbox scan summary (urlscan-style key/value grid) ──
const urlScan = table({
  id: 's178-urlscan',
  kind: 's178-url-sandbox-scan-summary-grid',
  caption: 'Scan result — plainslink-verify[.]com — verdict: malicious',
  headers: ['Field', 'Value'],
  rows: [
    ['Submitted URL', 'hxxps://plainslink-verify[.]com/claims?id=[41276]'],
    ['Main IP', '203.0.113.77'],
    ['ASN', 'AS[14061] DIGITALOCEAN-ASN, US'],
    ['Domain created', '2027-03-06 (3 days old) via registrar reseller, privacy proxy'],
    ['TLS certificate', "Let's Encrypt R11, valid from 2027-03-06, serial ending [52914]"],
    ['Brand detected', 'Prairie Plains Health Plan (PlainsLink) — page hash matches 12 other scans'],
    ['Redirect chain', 'plainslink-verify[.]com → /claims?id=[41276] → /step2?sid=[88412]'],
  ],
});

// ── 8. Phish Alert Button confirmation pane ──
const pabConfirm = lines({
  id: 's178-pab',
  kind: 's178-phish-alert-button-confirmation-pane-text',
  before: 'Phish Alert',
  text: [
    'Thank you for reporting! The message was sent to the Tallgrass security team (Keystone Ridge IT) and removed.',
    'Reported message: ACTION REQUIRED: Claim Reprocessing Notice #[64714] – Payment Hold',
    'This was not a simulated phishing test. Report ID PAB-[45901] · Reporter: rvos@tallgrasspain.com',
  ].join('\n'),
});

// ── 9. MSP help-desk ticket detail (PSA ticket) ──
const ticket = lines({
  id: 's178-ticket',
  kind: 's178-msp-phishing-report-ticket-detail-text',
  before: 'Service Ticket',
  text: [
    'Ticket #[64712]   Phishing report — "Claim Reprocessing Notice" (PlainsLink look-alike)',
    'Company: Tallgrass Pain & Nerve Center   Site: Blue Ridge Blvd, Kansas City, MO [64132]   Contact: Renée Vos',
    'Board: Security Ops   Type: Phishing › User reported   Priority: P2   Source: PAB-[45901]',
    'Initial description: email asks to verify PlainsLink login for "underpaid" {64712}/{64445} claims. I did not click.',
    'Internal note (J. Ferris 08:04): 3 recipients; mbell clicked 07:51 and posted creds per proxy log. Escalated to incident [38214].',
    'Related: #[64751] (same message, D. Oyelaran), #[64760] (possible compromised account, mbell)',
  ].join('\n'),
});

// ── 10. MSP service board queue ──
const queue = table({
  id: 's178-queue',
  kind: 's178-msp-service-board-ticket-queue-grid',
  caption: 'Service Board: Security Ops — Open tickets — Tallgrass Pain & Nerve Center',
  headers: ['Ticket #', 'Summary', 'Contact', 'Status', 'Age'],
  rows: [
    ['[64712]', 'Phishing report – Claim Reprocessing Notice', 'Renée Vos', 'Escalated', '2h 14m'],
    ['[64751]', 'Phishing report – same message', 'Dana Oyelaran', 'Merged', '2h 02m'],
    ['[64760]', 'Possible compromised account – mbell', 'Marcus Bell', 'In Progress', '1h 55m'],
    ['[64772]', 'MFA re-registration – mbell', 'Marcus Bell', 'Waiting on user', '1h 20m'],
    ['[64781]', 'Front desk label printer offline', 'Kim Duarte', 'New', '0h 40m'],
  ],
});

// ── 11. IT security awareness alert to all staff ──
const itAlert = lines({
  id: 's178-italert',
  kind: 's178-it-security-awareness-alert-email-text',
  before: 'SECURITY ALERT from Keystone Ridge IT — Active phishing campaign targeting billing staff',
  text: [
    'We are seeing emails titled "Claim Reprocessing Notice" that quote real procedure codes such as {64712}, {64445}',
    'and {64612} so they look like your remits. Prairie Plains will never ask for your portal password or bank details.',
    'If you entered your password, call the help desk at 816-555-0148, option 2, and give incident number [38214].',
    'Indicators: sender prairieplainshealth-remit.com · attachment Remit_[64632]_PPHP.pdf · link plainslink-verify[.]com',
    "Keystone Ridge IT · 300 SE 2nd St, Suite 4 · Lee's Summit, MO [64063]",
  ].join('\n'),
});

// ── 12. The real payer's fraud alert bulletin (provider news article) ──
const payerBulletin = lines({
  id: 's178-payerbull',
  kind: 's178-payer-provider-news-fraud-alert-article-text',
  before: 'Prairie Plains Health Plan › Providers › News › Fraud Alert FA-2027-03 (posted 03/10/2027)',
  text: [
    'Prairie Plains is aware of emails impersonating PlainsLink that say previously paid claims for nerve procedures',
    '({64445}, {64447}, {64712}, {64714}, {64632}, {64612}) need "reprocessing" after a fee schedule update.',
    'We did not reprocess these claims. Our only current reprocessing project ([26108]) applies to {64615} and {64616}',
    'claims with dates of service 01/01/2026–06/30/2026; adjustments appear on your 835 and need no action from you.',
    'Genuine paper remittances come from PO Box [64612], Topeka, KS [66601]. We never send remits as email attachments.',
    'Fee schedule changes of 01/01/2027 for {64450}, {64455}, {64633} and {64635} were prospective; nothing is owed back.',
    'Report suspicious messages to our Special Investigations Unit using form SIU-[90105] or the fraud hotline.',
    'Article ID [52218] · Applies to: Commercial, Medicare Advantage · Kansas and Missouri networks',
  ].join('\n'),
});

// ── 13. The bulletin's genuine-vs-fraudulent comparison table ──
const payerCompare = table({
  id: 's178-payercmp',
  kind: 's178-payer-fraud-alert-genuine-vs-fake-grid',
  caption: 'How to tell a genuine Prairie Plains notice from the fraudulent emails',
  headers: ['Item', 'Genuine Prairie Plains', 'Fraudulent email'],
  rows: [
    ['Sender domain', 'prairieplainshealth.com', 'prairieplainshealth-remit.com'],
    ['Payer ID', '[47198]', '[47198] (copied from our website)'],
    ['Remittance address', 'PO Box [64612], Topeka, KS [66601]', 'PO Box [64612], Topeka, KS [66610]'],
    ['Codes in scope', '{64615}, {64616} only', '{64712}, {64445}, {64612}, {64632}'],
    ['Project / batch number', 'RP-2027-[00417]', 'RB-[27315]'],
    ['Asks for login or bank details', 'Never', 'Yes, within 48 hours'],
  ],
});

// ── 14. The genuine ERA claim detail in the payer portal ──
const realEra = table({
  id: 's178-realera',
  kind: 's178-payer-portal-era-claim-line-detail-grid',
  caption: 'PlainsLink › Remittance › Claim 26311004417 › Service lines',
  headers: ['Line', 'DOS', 'Proc/Mod', 'Units', 'Billed', 'Allowed', 'Paid', 'CARC'],
  rows: [
    ['1', '11/04/2026', '{64712}-RT', '1', '$2,140.00', '$1,318.62', '$1,054.90', 'CO-45; PR-2'],
    ['2', '11/04/2026', '{64445}-RT', '1', '$612.00', '$148.20', '$118.56', 'CO-45; PR-2'],
    ['3', '11/04/2026', '{76942}', '1', '$210.00', '$60.60', '$48.48', 'CO-45; PR-2'],
    ['4', '11/04/2026', '{99214}-25', '1', '$265.00', '$121.40', '$97.12', 'CO-45; PR-2'],
  ],
});

// ── 15. X12 835 excerpt shown in training as "what a real remit looks like" ──
const x835 = lines({
  id: 's178-x835',
  kind: 's178-x12-835-training-exhibit-text',
  before: 'Exhibit B — the real 835 for the same claim (segments, one per line)',
  text: [
    'BPR*I*1318.96*C*ACH*CCP*01*101000019*DA*4471920*1486215530**01*101206101*DA*88201974*20270315~',
    'TRN*1*EFT[70072]*1486215530~',
    'N1*PR*PRAIRIE PLAINS HEALTH PLAN*XV*[47198]~',
    'N3*PO BOX [64612]~',
    'N4*TOPEKA*KS*[66601]~',
    'N1*PE*TALLGRASS PAIN & NERVE CENTER*XX*1487302291~',
    'CLP*TPN[41883]*1*3227*1318.96*0*12*26311004417~',
    'SVC*HC:{64712}:RT*2140*1054.9**1~',
    'SVC*HC:{64445}:RT*612*118.56**1~',
    'SVC*HC:{76942}*210*48.48**1~',
    'SVC*HC:{99214}:25*265*97.12**1~',
  ].join('\n'),
});

// ── 16. The phish's second attachment, a "claims to verify" spreadsheet shown as CSV ──
const phishCsv = lines({
  id: 's178-phishcsv',
  kind: 's178-phish-attachment-claims-to-verify-csv',
  before: 'Reprocessing_List.csv (preview)',
  text: [
    'line_ref,dos,cpt,mod,units,held_amt,provider_zip',
    'RB[27315]-01,2026-11-04,{64712},RT,1,1318.62,[64132]',
    'RB[27315]-02,2026-11-04,{64445},RT,3,444.60,[64132]',
    'RB[27315]-03,2026-12-02,{64612},,1,211.33,[64132]',
    'RB[27315]-04,2026-12-09,{64632},LT,1,139.90,[64132]',
    'RB[27315]-05,2027-01-06,{64714},,1,1402.11,[64132]',
    'RB[27315]-06,2027-01-13,{64447},LT,1,161.08,[64132]',
    'RB[27315]-07,2027-02-03,{64712},LT,1,1318.62,[64132]',
  ].join('\n'),
});

// ── 17. E-mail gateway quarantine digest ──
const quarantine = table({
  id: 's178-quar',
  kind: 's178-email-gateway-quarantine-digest-grid',
  caption: 'Quarantine summary for billing@tallgrasspain.com — messages held in the last 24 hours',
  headers: ['Received', 'From', 'Subject', 'Spam score', 'Action'],
  rows: [
    [
      '3/9 07:41',
      'claims@plainslink-verify.com',
      'Underpaid CPT {64445} claims – action required',
      '91',
      'Release · Block',
    ],
    [
      '3/9 09:02',
      'ach-verify@trailheadcb-secure.com',
      'ACH Change Request #[71536] – verify today',
      '94',
      'Release · Block',
    ],
    ['3/9 11:15', 'dse@docusign-remit.net', 'Completed: EFT Enrollment Form [88530]', '87', 'Release · Block'],
    [
      '3/9 13:40',
      'no-reply@prairieplainshealth-remit.com',
      'Final notice #[64714] – {64712} payment hold',
      '96',
      'Release · Block',
    ],
  ],
});

// ── 18. XDR incident summary page ──
const incident = lines({
  id: 's178-incident',
  kind: 's178-xdr-incident-summary-page-text',
  before: 'Incidents & alerts › Incidents',
  text: [
    'Incident [38214] · Multi-stage incident involving Initial access & Persistence on one user · Severity: High',
    'Alerts (6): User clicked malicious URL · Sign-in from anonymous IP · Suspicious inbox manipulation rule · BEC fraud attempt',
    'Evidence: URL plainslink-verify[.]com/claims?id=[41276] · IP 203.0.113.77 (AS[14061]) · File Remit_[64632]_PPHP.pdf',
    'Impacted user: mbell@tallgrasspain.com · Device: TPNC-BILL-04 · Linked ticket #[64760]',
    'Classification: True positive — Phishing · Assigned to: J. Ferris · Automated investigation [81520]',
  ].join('\n'),
});

// ── 19. Entra ID sign-in log ──
const signIns = table({
  id: 's178-signin',
  kind: 's178-entra-sign-in-log-grid',
  caption: 'Sign-in logs — User: Marcus Bell — Date: Last 7 days',
  headers: ['Date', 'Application', 'Status', 'Sign-in error code', 'IP address', 'Location'],
  rows: [
    ['3/9/2027, 7:51:07 AM', 'OfficeHome', 'Failure', '[50126]', '203.0.113.77', 'Amsterdam, Noord-Holland, NL'],
    ['3/9/2027, 7:51:40 AM', 'OfficeHome', 'Interrupted', '[50074]', '203.0.113.77', 'Amsterdam, Noord-Holland, NL'],
    ['3/9/2027, 7:52:12 AM', 'OfficeHome', 'Success', '0', '203.0.113.77', 'Amsterdam, Noord-Holland, NL'],
    ['3/9/2027, 8:05:33 AM', 'Exchange REST API Based Powershell', 'Success', '0', '198.18.44.9', 'Dallas, Texas, US'],
    ['3/9/2027, 9:14:02 AM', 'Outlook Mobile', 'Failure', '[50140]', '72.14.3.8', 'Kansas City, Missouri, US'],
    ['3/10/2027, 2:22:09 PM', 'Office 365 Exchange Online', 'Failure', '[53003]', '198.18.44.9', 'Dallas, Texas, US'],
  ],
});

// ── 20. Unified audit log search export (CSV) ──
const ual = lines({
  id: 's178-ual',
  kind: 's178-m365-unified-audit-log-export-csv',
  before: 'AuditLog_2027-03-09_mbell.csv',
  text: [
    'CreationDate,UserIds,Operations,AuditData',
    '2027-03-09T14:07:12,mbell@tallgrasspain.com,New-InboxRule,"{""Name"":"".."",""ClientIP"":""198.18.44.9:[51844]"",""MoveToFolder"":""RSS Subscriptions""}"',
    '2027-03-09T14:09:40,mbell@tallgrasspain.com,MailItemsAccessed,"{""OperationCount"":412,""ClientIPAddress"":""198.18.44.9:[51862]""}"',
    '2027-03-09T14:20:55,mbell@tallgrasspain.com,Send,"{""Subject"":""RE: Prairie Plains EFT update"",""ClientIP"":""198.18.44.9:[51907]"",""SizeInBytes"":[48213]}"',
    '2027-03-09T14:31:18,mbell@tallgrasspain.com,Send,"{""Subject"":""Change of ACH account – receiver [58213]"",""ClientIP"":""198.18.44.9:[51911]""}"',
    '2027-03-09T14:44:02,mbell@tallgrasspain.com,Send,"{""Subject"":""CPT {64712} underpayment – reprocessing remit attached"",""Recipients"":23}"',
  ].join('\n'),
});

// ── 21. Exchange message trace ──
const trace = table({
  id: 's178-trace',
  kind: 's178-exchange-message-trace-results-grid',
  caption: 'Message trace — Sender: mbell@tallgrasspain.com — 3/9/2027',
  headers: ['Date', 'Recipient', 'Subject', 'Status', 'Size'],
  rows: [
    [
      '3/9/2027 8:20 AM',
      'eftenrollment@prairieplainshealth.com',
      'RE: Prairie Plains EFT update',
      'Delivered',
      '48 KB',
    ],
    ['3/9/2027 8:31 AM', 'ach@trailheadcb.com', 'Change of ACH account – receiver [58213]', 'Delivered', '36 KB'],
    [
      '3/9/2027 8:44 AM',
      '(23 recipients)',
      'CPT {64712} underpayment – reprocessing remit attached',
      'Delivered',
      '214 KB',
    ],
    [
      '3/9/2027 8:47 AM',
      'pnatarajan@tallgrasspain.com',
      'FW: {64445}/{64447} short pays – see remit',
      'Delivered',
      '216 KB',
    ],
    [
      '3/9/2027 8:52 AM',
      'frontdesk@tallgrasspain.com',
      'Updated remit – {64632}-TA and {64714} lines',
      'Delivered',
      '214 KB',
    ],
  ],
});

// ── 22. Compromised-mailbox investigation notes (responder's working notes) ──
const irNotes = lines({
  id: 's178-irnotes',
  kind: 's178-compromised-mailbox-investigation-notes-text',
  before: 'IR-2027-38214 Tallgrass — BEC / mailbox compromise — working notes (J. Ferris, Keystone Ridge IT)',
  text: [
    '07:42 phish delivered to 3 billing mailboxes; 07:51 mbell enters creds on plainslink-verify; MFA push approved 07:52.',
    '08:05 attacker PowerShell session from 198.18.44.9 (AS[20473], VPS) creates rule ".." moving Prairie/ACH/EFT/remit mail.',
    '08:20 EFT change request to Prairie Plains enrollment; 08:31 ACH change request #[71536] to Trailhead CB (receiver [58213]).',
    '08:44 internal spread: "CPT {64712} underpayment" to 23 staff; 2 more clicks (no creds posted per proxy).',
    'MailItemsAccessed: 412 items synced incl. 37 remits with {64712}, {64714}, {64445}, {64632} and {64612} lines + pt names.',
    'Containment 09:14: pw reset, sessions revoked, rule removed, IP blocked. Re-entry 3/10 14:22 blocked by CA (error [53003]).',
    'Tickets: #[64712] (Vos report) · #[64760] (mbell) · #[64772] (MFA). Evidence export job [88104]; hash list in IR folder.',
  ].join('\n'),
});

// ── 23. The attacker's EFT change e-mail to the payer, sent from the compromised mailbox ──
const becEmail = lines({
  id: 's178-becmail',
  kind: 's178-bec-eft-change-email-to-payer-text',
  before: 'Sent Items (recovered) — RE: Prairie Plains EFT update',
  text: [
    'From: Marcus Bell <mbell@tallgrasspain.com>   To: EFT Enrollment <eftenrollment@prairieplainshealth.com>',
    'Hello, effective immediately please direct all Tallgrass Pain & Nerve Center payments (including the held {64712} and',
    '{64445} reprocessing) to our new account below. Signed authorization attached, please confirm by reply only.',
    'Provider NPI 1487302291 | 8800 Blue Ridge Blvd Ste 210, Kansas City, MO [64132] | Payee ID [31964]',
    'New bank: Crestline Digital Bank, N.A., Wilmington, DE [19801] | Routing 031101279 | Account 9901833421',
  ].join('\n'),
});

// ── 24. The payer's EFT enrollment change record (enrollment work queue, key/value) ──
const eftForm = table({
  id: 's178-eftform',
  kind: 's178-payer-eft-enrollment-change-record-grid',
  caption: 'EFT Enrollment › Change request detail',
  headers: ['Field', 'Value'],
  rows: [
    ['Request no.', 'EFT-[64632]'],
    ['Provider name', 'Tallgrass Pain & Nerve Center, LLC'],
    ['Payee ID', '[31964]'],
    ['Practice location', '8800 Blue Ridge Blvd Ste 210, Kansas City, MO [64132]'],
    ['New financial institution', 'Crestline Digital Bank, N.A., Wilmington, DE [19801]'],
    ['Received via', 'Email (not CAQH EnrollHub) — fails channel rule'],
    ['Status', 'HOLD – referred to SIU, case [76183]'],
  ],
});

// ── 25. Payer provider-services call note ──
const callNote = lines({
  id: 's178-callnote',
  kind: 's178-payer-provider-services-call-note-text',
  before: 'Contact history › Provider call',
  text: [
    'Call ref C-[63281] · 03/10/2027 10:14 CT · Agent T. Halvorsen · Caller Dana Oyelaran (practice manager)',
    'Verified NPI, TIN and last EFT amount. Caller reports mailbox compromise; EFT change of 3/9 NOT authorized.',
    'EFT lock placed; SIU case [76183] linked. Explained reprocessing project [26108] covers {64615}/{64616} only;',
    'her {64712}-RT and {64445}-RT lines on claim 26311004417 paid 3/15 as adjudicated. Nothing is held.',
    'Follow-up task [70212] to Provider Enrollment: require CAQH EnrollHub for any change for Payee ID [31964].',
  ].join('\n'),
});

// ── 26. The bank's ACH change request as received (treasury management intake) ──
const bankRequest = lines({
  id: 's178-bankreq',
  kind: 's178-bank-ach-change-request-intake-text',
  before: 'TRAILHEAD COMMUNITY BANK — Treasury Management — ACH Receiver Change Request',
  text: [
    'Request #[71536]   Received 03/09/2027 08:31 by email from mbell@tallgrasspain.com   Client no. [58804]',
    'Originator: Tallgrass Pain & Nerve Center, LLC, 8800 Blue Ridge Blvd Ste 210, Kansas City, MO [64132]',
    'Change: receiver "Meridian Anesthesia Partners" (receiver ID [58213]) — new account at Crestline Digital Bank',
    'Effective: next payroll/vendor file   Amount of pending credit to receiver: $30,500.00',
    'Processing branch: [17101] E US Hwy 40, Independence, MO [64055]   Queue: ACH Ops / Fraud review',
  ].join('\n'),
});

// ── 27. The bank's callback verification worksheet ──
const callback = table({
  id: 's178-callback',
  kind: 's178-bank-ach-callback-verification-worksheet-grid',
  caption: 'Callback verification — Request #71536',
  headers: ['Step', 'Check', 'Result', 'Initials'],
  rows: [
    ['1', 'Requester is an authorized signer on client no. [58804]', 'No — M. Bell not on signer card', 'KL'],
    ['2', 'Call back on number in our file, not number in email', 'Reached D. Oyelaran — did NOT request', 'KL'],
    ['3', 'Receiving account ownership check', 'Name mismatch; account opened 03/07/2027', 'KL'],
    ['4', 'Prior change requests for this receiver', 'Last change #[64445] on 08/12/2025 (verified)', 'RW'],
    ['5', 'Disposition', 'Declined; fraud case FR-[47710]; BSA officer notified', 'RW'],
  ],
});

// ── 28. The bank's secure message to the practice ──
const bankMsg = lines({
  id: 's178-bankmsg',
  kind: 's178-bank-secure-message-center-text',
  before: 'Secure Message Center — Inbox — From: Trailhead Community Bank Treasury Services',
  text: [
    'Re: Fraud case FR-[47710] — declined ACH change request #[71536]',
    'We declined the request to change the account for receiver Meridian Anesthesia Partners (receiver ID [58213]).',
    'Your ACH file of 03/12 (batch [00219]) was released to the account already on file. No funds left the bank.',
    'Please have an authorized signer confirm by phone before any future change. Case officer: K. Lutz, ext. 4471.',
    'Trailhead Community Bank · [17101] E US Hwy 40 · Independence, MO [64055] · Member FDIC',
  ].join('\n'),
});

// ── 29. Billing team chat thread ──
const chat = lines({
  id: 's178-chat',
  kind: 's178-billing-team-chat-thread-text',
  before: 'Billing Office (chat) — Tuesday',
  text: [
    'Renée Vos 7:49 AM: anyone else get the Prairie Plains "reprocessing" email? says our {64712}s were underpaid',
    'Priya Natarajan 7:50 AM: {64712} paid fine on the last 835, allowed 1,318.62. looks fake, report it',
    'Marcus Bell 7:53 AM: oops I already logged in from the link 😬 it showed our {64445} claims tho??',
    'Renée Vos 7:55 AM: call Keystone right now, my report is ticket [64712]',
    'Dana Oyelaran 7:54 AM: check Heartland too, our {64714} and {64632}-T1 claims there are still pending',
    'Priya Natarajan 7:56 AM: and it lists {64612} on the same claim as the sciatic block, we never billed it that way',
  ].join('\n'),
});

// ── 30. HIPAA breach risk assessment worksheet ──
const riskAssess = lines({
  id: 's178-riskassess',
  kind: 's178-hipaa-breach-risk-assessment-worksheet-text',
  before: 'Breach Risk Assessment (45 CFR 164.402) — Incident IR-2027-38214 — Privacy Officer: D. Oyelaran',
  text: [
    'Assessment ID RA-[10174]   Date discovered 03/09/2027   Date of assessment 03/16/2027',
    'Factor 1 — PHI involved: names, DOB, member IDs, DOS, CPT ({64712}, {64714}, {64445}, {64632}, {64612}) and ICD-10.',
    'Factor 2 — Recipient: unknown actor, IP 198.18.44.9 (AS[20473]); no obligation of confidentiality.',
    'Factor 3 — Acquired/viewed: MailItemsAccessed shows 412 items synced, including 37 remittances (export [88104]).',
    'Factor 4 — Mitigation: access cut in 82 minutes; no forwarding rule; no evidence of use. Individuals affected: 286.',
  ].join('\n'),
});

// ── 31. Inventory of exposed remittance claims ──
const exposed = table({
  id: 's178-exposed',
  kind: 's178-exposed-remittance-claims-inventory-grid',
  caption: 'Appendix A — Remittances in the accessed mailbox (excerpt, 11 of 37)',
  headers: ['#', 'Msg date', 'Payer', 'Claim no.', 'DOS', 'CPT', 'Pt ZIP'],
  rows: [
    ['1', '01/22/2027', 'Prairie Plains', '26311004417', '11/04/2026', '{64712}, {64445}, {76942}', '[64152]'],
    ['2', '01/29/2027', 'Prairie Plains', '27018002261', '12/02/2026', '{64612}', '[66104]'],
    ['3', '02/05/2027', 'Medicare Part B', '552702600118', '12/09/2026', '{64632}-LT', '[64145]'],
    ['4', '02/12/2027', 'Heartland Blue', 'HB2701209934', '01/06/2027', '{64714}', '[66085]'],
    ['5', '02/19/2027', 'Prairie Plains', '27044001387', '01/13/2027', '{64445}, {64447}', '[64063]'],
    ['6', '02/26/2027', 'MO HealthNet MCO', '9027057700431', '01/20/2027', '{64612}-50', '[64157]'],
    ['7', '03/05/2027', 'Heartland Blue', 'HB2706400812', '02/03/2027', '{64712}, {64714}', '[66053]'],
    ['8', '03/05/2027', 'Prairie Plains', '27064000902', '02/03/2027', '{64632}-T1, {64632}-T2', '[64086]'],
    ['9', '03/06/2027', 'Medicare Part B', '552706500207', '02/10/2027', '{64445}-RT, {76942}', '[64068]'],
    ['10', '03/06/2027', 'Aetna', 'EMX27066118', '02/10/2027', '{64612}, {95874}', '[66061]'],
    ['11', '03/08/2027', 'Prairie Plains', '27067000154', '02/17/2027', '{64714}, {64712}-59', '[64114]'],
  ],
});

// ── 32. Patient breach notification letter ──
const notifyLetter = lines({
  id: 's178-notify',
  kind: 's178-patient-breach-notification-letter-text',
  before: 'Notice of Data Security Incident',
  text: [
    'Tallgrass Pain & Nerve Center · 8800 Blue Ridge Blvd, Suite 210 · Kansas City, MO [64132]',
    '<<Name>> · 1418 NE Vivion Rd · Kansas City, MO [64118]',
    'On March 9, 2027 an unauthorized person accessed one employee email account that held billing records for your visit,',
    'including your name, insurance ID, dates of service and procedure codes such as {64445} (sciatic nerve block).',
    'No Social Security or bank account numbers were in the account. Call 1-855-555-0114 and use code TPN-[81574].',
    'You may also write to our Privacy Office, PO Box [64714], Kansas City, MO [64171].',
  ].join('\n'),
});

// ── 33. Cyber insurance first notice of loss ──
const fnol = table({
  id: 's178-fnol',
  kind: 's178-cyber-insurance-first-notice-of-loss-grid',
  caption: 'Cyber & Privacy Liability — First Notice of Loss',
  headers: ['Field', 'Entry'],
  rows: [
    ['Policy number', 'CYB-[20122]-27'],
    ['Claim number', '[52261]'],
    ['Named insured', 'Tallgrass Pain & Nerve Center, LLC, Kansas City, MO [64132]'],
    ['Incident type', 'Business email compromise; attempted funds transfer fraud (payer EFT + bank ACH)'],
    ['Amount at risk', '$48,920.50 (held Prairie Plains remits $18,420.16 + vendor ACH $30,500.34)'],
    ['Breach coach', 'Lindqvist Farr LLP, 233 S Wacker Dr, Chicago, IL [60606]'],
    ['Forensics vendor (panel)', 'Keystone Ridge IT, engagement [30092]'],
  ],
});

// ── 34. Phishing simulation campaign results (security awareness platform) ──
const simResults = table({
  id: 's178-sim',
  kind: 's178-phish-simulation-campaign-results-grid',
  caption: 'Phishing campaigns — Tallgrass Pain & Nerve Center — last 2 quarters',
  headers: ['Campaign ID', 'Template', 'Group', 'Recipients', 'Clicked', 'Reported'],
  rows: [
    ['[93410]', 'Payer: claim reprocessing (CPT {64712} underpayment)', 'Billing', '14', '3', '6'],
    ['[93428]', 'Bank: ACH change verification', 'Billing', '14', '2', '7'],
    ['[83317]', 'DocuSign: EFT enrollment form', 'All staff', '31', '5', '9'],
    ['[83342]', 'Remit attached: [64445]_remit.pdf', 'All staff', '31', '4', '11'],
    ['[83364]', 'Clearinghouse: 277CA rejections for {64632}, {64612}', 'Billing', '14', '1', '10'],
  ],
});

// ── 35. Training quiz page built from a real claim status screen ──
const quizScreen = table({
  id: 's178-quizscreen',
  kind: 's178-training-quiz-claim-status-screen-grid',
  caption: 'Module SEC-204, Question 3 — This PlainsLink claim status screen is real. Compare it with the email.',
  headers: ['Claim #', 'Patient acct', 'DOS', 'Procedure', 'Billed', 'Status', 'Paid date'],
  rows: [
    ['26311004417', '[41883]', '11/04/2026', '{64712}-RT Neuroplasty, sciatic', '$2,140.00', 'Paid', '03/15/2027'],
    ['26311004417', '[41883]', '11/04/2026', '{64445}-RT Inj, sciatic nerve', '$612.00', 'Paid', '03/15/2027'],
    ['27018002261', '[42917]', '12/02/2026', '{64612} Chemodenerv, facial n…', '$540.00', 'Paid', '02/11/2027'],
    ['27044001387', '[43306]', '01/13/2027', '{64447} Inj, femoral nerve', '$598.00', 'Paid', '03/01/2027'],
    ['27064000902', '[43518]', '02/03/2027', '{64632} Destr, plantar digi…', '$488.00', 'Denied CO-197', '—'],
    ['27067000154', '[44102]', '02/17/2027', '{64714} Neuroplasty, lumbar…', '$2,410.00', 'Pended', '—'],
    ['27067000154', '[44102]', '02/17/2027', '{64712}-59 Neuroplasty, sci…', '$2,140.00', 'Pended', '—'],
  ],
});

// ── 36. Training quiz questions (multiple choice) ──
const quizMc = lines({
  id: 's178-quizmc',
  kind: 's178-training-quiz-multiple-choice-questions-text',
  before: 'SEC-204 Payer Impersonation & Spoofed Remits — Knowledge check',
  text: [
    'Q3. The email says claim 26311004417 for CPT {64712} was underpaid and asks you to log in. What do you do?',
    '   A) Log in from the email link and check the {64712} line',
    '   B) Reply with the patient account number [41883] so they can find it',
    '   C) Open PlainsLink from your bookmark and compare the 835 for that claim',
    '   D) Forward it to billing@ so everyone can check their {64445} claims',
    'Q4. Which five-digit number could a genuine Prairie Plains email legitimately contain?',
    '   A) Payer ID [47198]   B) Your portal password   C) Your account number   D) Your MFA code',
    'Q5. The subject reads "Claim Reprocessing Notice #[64714]". What is that number?',
    '   A) The lumbar plexus procedure on your claim   B) A notice number the sender made up   C) Your TIN',
    'Q6. On the real 835 (Exhibit B), which line carried modifier 25?',
    '   A) {64712}   B) {64445}   C) {76942}   D) {99214}',
  ].join('\n'),
});

// ── 37. Training quiz answer feedback page ──
const quizFeedback = lines({
  id: 's178-quizfb',
  kind: 's178-training-quiz-answer-feedback-text',
  before: 'Results — SEC-204 Knowledge check',
  text: [
    'Question 3 — Correct answer: C. The real 835 shows {64712}-RT allowed $1,318.62, paid $1,054.90 (CO-45). Nothing was held.',
    'Question 5 — Correct answer: B. #[64714] is a notice number the sender picked; the real {64714} lines sit on the claims.',
    'Question 7 — Correct answer: A. Codes like {64612} and {64445} are public; seeing them proves nothing about the sender.',
    'Your score: 8/10 (80%). Passing score: 80%. Attempt ID [30143] · Certificate no. [30156]',
  ].join('\n'),
});

// ── 38. LMS completion report ──
const lms = table({
  id: 's178-lms',
  kind: 's178-lms-training-completion-report-grid',
  caption: 'Course completion — SEC-204 Payer Impersonation & Spoofed Remits — due 03/31/2027',
  headers: ['Employee', 'Employee ID', 'Dept', 'Score', 'Completed', 'Attempt ID'],
  rows: [
    ['Vos, Renée', '[11415]', 'Billing', '100%', '03/18/2027', '[30143]'],
    ['Bell, Marcus', '[11427]', 'Billing', '70% → 90%', '03/19/2027', '[30150]'],
    ['Natarajan, Priya', '[11433]', 'Coding', '100%', '03/17/2027', '[47218]'],
    ['Oyelaran, Dana', '[11402]', 'Admin', '90%', '03/17/2027', '[47231]'],
    ['Duarte, Kim', '[11468]', 'Front desk', '—', 'Not started', '—'],
  ],
});

// ── 39. Training "spot the difference" page: real 835 vs spoofed PDF ──
const spotDiff = table({
  id: 's178-spotdiff',
  kind: 's178-training-spot-the-difference-remit-grid',
  caption: 'Activity 2 — Find the five differences between the real remittance and the spoofed PDF',
  headers: ['Field', 'Real remit (PlainsLink 835)', 'Spoofed PDF'],
  rows: [
    ['Remit address', 'PO Box [64612], Topeka, KS [66601]', 'PO Box [64612], Topeka, KS [66610]'],
    ['Provider #', '[31964]', '[31946]'],
    ['Line 1', '{64712}-RT paid $1,054.90', '{64712} RT paid 0.00 "HELD – VERIFY"'],
    ['Line 2', '{64445}-RT ×1 paid $118.56', '{64445} RT ×3 paid 0.00'],
    ['Line 3', '{76942} paid $48.48', '(missing)'],
    ['Payment reference', 'EFT trace 1486215530', 'Release code [72694]'],
  ],
});

// ── 40. eDiscovery content search (scoping the exposed remits) ──
const contentSearch = lines({
  id: 's178-search',
  kind: 's178-ediscovery-content-search-query-text',
  before: 'Content search › IR-2027-38214 remits exposed › Query',
  text: [
    'Locations: mbell@tallgrasspain.com (Exchange)   Date range: 2026-12-01 to 2027-03-09',
    '(subject:remittance OR attachmentnames:remit* OR attachmentnames:*.835) AND',
    '(body:"{64712}" OR body:"{64714}" OR body:"{64445}" OR body:"{64632}" OR body:"{64612}" OR body:"{64447}")',
    'Results: 37 items (18.4 MB) · Export job [88104] · Case hold [63111] applied 03/11/2027',
  ].join('\n'),
});

// ── 41. MSP client newsletter, "phish of the month" ──
const newsletter = lines({
  id: 's178-newsletter',
  kind: 's178-msp-newsletter-phish-of-the-month-text',
  before: 'Keystone Ridge IT — Client Security Newsletter — April 2027 — Phish of the Month',
  text: [
    'Red flag 1: urgency ("within 48 hours"). Red flag 2: real codes — it lists {64712}-RT and {64445}-RT to look like your remits.',
    'Red flag 3: the look-alike domain prairieplainshealth-remit.com. Red flag 4: a PDF "remit" — payers send 835s, not attachments.',
    'Red flag 5: "Notice #[64714]" is a made-up notice number that happens to look like a lumbar plexus code.',
    "Keystone Ridge IT · 300 SE 2nd St, Suite 4 · Lee's Summit, MO [64063] · Unsubscribe · Newsletter [00148]",
  ].join('\n'),
});

// ── 42. Forwarded phish with the coder's inline reply ──
const fwdThread = lines({
  id: 's178-fwd',
  kind: 's178-forwarded-phish-inline-reply-thread-text',
  before: 'RE: FW: ACTION REQUIRED: Claim Reprocessing Notice',
  text: [
    'From: Priya Natarajan   Sent: Tuesday, March 9, 2027 7:58 AM   To: Billing Office',
    'Subject: RE: FW: ACTION REQUIRED: Claim Reprocessing Notice #[64714] – Payment Hold',
    'We never billed {64445} x3 on one DOS for Prairie Plains, and {64612} was on a different claim. Fake. Do not click. — P.',
    '> Affected lines include {64712}-RT, {64445}-RT x3 and {64612}.',
    '> Reprocessing batch RB-[27315] | Payer ID [47198] | Reference [39827]',
  ].join('\n'),
});

// ── 43. The payer portal's login-page alert banner ──
const portalBanner = lines({
  id: 's178-banner',
  kind: 's178-payer-portal-login-alert-banner-text',
  before: 'PlainsLink — Sign in',
  text: [
    '⚠ Fraud alert: emails about "claim reprocessing" for {64712}, {64445} and {64612} claims are not from us. Details: FA-2027-03.',
    'Prairie Plains will never ask for your password or banking information by email. Alert ID [52219]',
  ].join('\n'),
});

// ── 44. The coder's verification worksheet: each "held" line in the phish checked against the real 835s ──
const verifySheet = table({
  id: 's178-verify',
  kind: 's178-coder-phish-claim-verification-worksheet-grid',
  caption: 'Verification of lines named in the 3/9 email against PlainsLink 835s (P. Natarajan, CPC)',
  headers: ['Claim #', 'DOS', 'CPT/Mod', 'Email says', '835 says', 'Match?'],
  rows: [
    ['26311004417', '11/04/2026', '{64712}-RT', 'Held, $0 paid', 'Paid $1,054.90', 'No'],
    ['26311004417', '11/04/2026', '{64445}-RT', '3 units held', '1 unit paid $118.56', 'No'],
    ['26311004417', '11/04/2026', '{76942}', 'Not listed', 'Paid $48.48', '—'],
    ['27018002261', '12/02/2026', '{64612}', 'Held, $0 paid', 'Paid $169.06', 'No'],
    ['27044001387', '01/13/2027', '{64447}-LT', 'Held, $0 paid', 'Paid $128.86', 'No'],
    ['27064000902', '02/03/2027', '{64632}-T1', 'Held, $0 paid', 'Denied CO-197 (no auth)', 'No'],
    ['27064000902', '02/03/2027', '{64632}-T2', 'Not listed', 'Denied CO-197 (no auth)', '—'],
    ['27067000154', '02/17/2027', '{64714}', 'Held, $0 paid', 'Pended (records requested)', 'No'],
    ['27067000154', '02/17/2027', '{64712}-59', 'Not listed', 'Pended (records requested)', '—'],
    ['—', '—', '{64615}, {64616}', 'Not mentioned', 'Only codes in real project', '—'],
  ],
});

export const sealed178: readonly Snippet[] = [
  ...phishMail,
  ...rawHeaders,
  ...fakeRemit,
  ...fakeRemitRuns,
  ...pdfProps,
  ...harvestPage,
  ...urlScan,
  ...pabConfirm,
  ...ticket,
  ...queue,
  ...itAlert,
  ...payerBulletin,
  ...payerCompare,
  ...realEra,
  ...x835,
  ...phishCsv,
  ...quarantine,
  ...incident,
  ...signIns,
  ...ual,
  ...trace,
  ...irNotes,
  ...becEmail,
  ...eftForm,
  ...callNote,
  ...bankRequest,
  ...callback,
  ...bankMsg,
  ...chat,
  ...riskAssess,
  ...exposed,
  ...notifyLetter,
  ...fnol,
  ...simResults,
  ...quizScreen,
  ...quizMc,
  ...quizFeedback,
  ...lms,
  ...spotDiff,
  ...contentSearch,
  ...newsletter,
  ...fwdThread,
  ...portalBanner,
  ...verifySheet,
];
