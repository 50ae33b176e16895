import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 171 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s171-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too (76942, 64447, 64615, 64640, 64708, 99213, …). The decoys are the ones a security, privacy
 * and billing team really sees: TCP source and destination ports, process ids, OS build numbers, file sizes in bytes,
 * Jira and ServiceNow-adjacent ids, forensic engagement, mutex and detection ids, ZIPs of the practice, the vendor,
 * patients and payers' PO boxes, payer ids (87726, 60054, 62308, 61101) and the Medicare contractor number 05302,
 * the X12 ISA version 00501, batch, file, claim-control, account, call, case, policy and report numbers, and breach
 * counts on the HHS portal. About a third of the decoys are numbers of the synthetic 10,000-code set (KNOWN_10K):
 * ports, PIDs, engagement, mutex and detection ids, file sizes, patient ZIPs, account numbers, the Aetna payer id,
 * call ids, case and confirmation numbers, a policy number and a charge-ticket form version. The five known codes'
 * digits come back as decoys: the IR ticket key IR-64632, a ransomware PID 64445, a privacy case PRV-64714, SIEM
 * and firewall source ports 64712 and 64714, the vendor's PO box 64612, a credit-monitoring enrollment code
 * NJ64712QX, a cyber-insurance claim number CY64445 and an 835 PLB reference KCW64714.
 *
 * Family: a ransomware incident at a (fictional) medical billing vendor, Keystone Claimworks, LLC (Overland Park,
 * KS), and its aftermath for its client Bluestem Pain & Peripheral Nerve Center (fictional Cedar Bluff, MO): the
 * Jira incident ticket and its activity stream, a ServiceNow child-incident list, the SIEM notable-events console,
 * an EDR detection panel, firewall egress syslog, the forensic firm's report (executive summary, affected data
 * fields by 837P loop, sample exfiltrated claim records, staged-archive listing, quoted 837P fragment, timeline,
 * IOC appendix), the business associate's notice to the practice, the HIPAA individual notice letter, the HHS OCR
 * breach portal and the breach report form review page, a state attorney general's notice form, the substitute
 * web notice, the claim backlog recovery tracker by payer and by CPT, a rebill-queue CSV, clearinghouse 999/277CA
 * batch status and a 277CA rejection, the incident call-center script, the billing office's call script and a call
 * disposition log, a timely-filing waiver request letter to a payer with its claim listing attachment, a payer
 * portal reconsideration form, the payer's waiver approval email, a Medicare MAC timely-filing exception request, a
 * Teams chat of the billing team, the vendor's client status email and public status page, a cyber insurance first
 * notice of loss and dependent business-interruption worksheet, an AR aging dashboard, a post-recovery 835 ERA
 * fragment, the vendor's restoration API JSON, compliance committee minutes, document-search results, a scanned
 * superbill (charge ticket) OCR layer and the re-key worklist for the unrecoverable batch.
 * Built on real public layouts: Jira issue view and activity tab, ServiceNow list view, Splunk Enterprise Security
 * Incident Review, CrowdStrike Falcon detection detail, Palo Alto-style traffic syslog, Mandiant/Kroll-style
 * forensic report appendices, X12 5010 837P/835/277CA segments, HIPAA breach notification letters as mailed by
 * notification vendors (Epiq/Kroll return-mail PO box, enrollment code), the HHS OCR breach portal table columns,
 * the Maine AG data breach notification form, Availity claim dispute form, WPS J5 timely filing guidance, and the
 * classic specialty superbill with check boxes. The others are written the way those pages read, with no single
 * source.
 *
 * 353 labelled tokens over 44 shapes: 130 codes, 223 decoys, 73 of the decoys in KNOWN_10K.
 */

// ── 1. Incident response ticket, Jira-style issue view (text layer) ──
const irTicket = lines({
  id: 's171-irticket',
  kind: 's171-ir-jira-issue-view-text',
  before: 'Keystone Claimworks / Security Incident Response / IR-[64632]',
  text: [
    'IR-[64632]  SEV-1: Mass file encryption on claims file servers (KCW-FS02, KCW-FS03)',
    'Status: CONTAINED   Priority: Highest   Reporter: SOC on-call   Linked: IR-[64633], CHG-[41710]',
    'Components: Claims Platform, Clearinghouse Gateway   Labels: ransomware nightjar hipaa-possible',
    'Description: 02:14 CT EDR flagged vssadmin delete shadows on KCW-FS02 from svc_batch (PID [64445]).',
    'Ransom note README_NIGHTJAR.txt found in \\\\KCW-FS02\\claims$\\outbound\\837P\\[10019]\\ and 41 other folders.',
    'Impact: outbound 837P batches for 212 client practices halted; remits (835) queue frozen at batch [23688].',
    'Customer-facing: Bluestem Pain & Peripheral Nerve (client #[30441]) has ~1,900 claims in the frozen queue.',
  ].join('\n'),
});

// ── 2. Incident ticket activity / comment stream ──
const irComments = lines({
  id: 's171-ircomments',
  kind: 's171-ir-ticket-activity-stream',
  before: 'Activity: All | Comments | History',
  text: [
    'R. Okafor (IR lead) 03:02: Isolated FS02/FS03 at switch; blocked egress to 185.220.101.47:[47391] at edge.',
    'M. Dunleavy (Privacy) 07:40: Need field-level inventory of 837P on FS03. If SV1 procedure codes + DOB + member ID are there, this is PHI.',
    'R. Okafor 08:15: Confirmed. Sample from \\\\outbound\\837P\\[10019]: SV1*HC:{64712}:RT and SV1*HC:{64445}:LT lines with NM1*IL member IDs.',
    'T. Vance (Client Success) 09:05: Bluestem asking whether their {64612} chemodenervation batch from 2/10 went out. It did not (batch [52371] never reached the clearinghouse).',
    'M. Dunleavy 11:30: Opened privacy case PRV-[64714] for breach risk assessment; counsel engaged under privilege.',
  ].join('\n'),
});

// ── 3. ServiceNow-style incident list ──
const snowList = table({
  id: 's171-snow',
  kind: 's171-servicenow-incident-list-grid',
  caption: 'Incidents [Child incidents of INC0064612]',
  headers: ['Number', 'Opened', 'Short description', 'Caller ZIP', 'Assignment group', 'State'],
  rows: [
    [
      'INC0064613',
      '2026-02-12 07:51',
      'Client cannot upload 837P — Bluestem Pain',
      '[65072]',
      'Client Support',
      'On Hold',
    ],
    ['INC0064620', '2026-02-12 08:33', 'ERA for check [58012] missing', '[63114]', 'Remit Ops', 'On Hold'],
    ['INC0064631', '2026-02-12 09:02', 'Portal login loop (all clients)', '[66210]', 'IAM', 'Resolved'],
    ['INC0064655', '2026-02-12 10:18', 'Payer rejects: batch [70673] duplicate ISA', '[64093]', 'EDI', 'In Progress'],
  ],
});

// ── 4. SIEM notable events console (Splunk ES style) ──
const siem = table({
  id: 's171-siem',
  kind: 's171-siem-notable-events-grid',
  caption: 'Incident Review — Notable Events (last 24 hours) urgency=critical',
  headers: ['Time', 'Rule', 'Src', 'Src port', 'Dest', 'Dest port', 'Count'],
  rows: [
    ['02:11:48', 'Suspicious SMB write burst', '10.20.4.17', '[64712]', '10.20.8.22', '445', '[18968]'],
    ['02:13:02', 'Shadow copy deletion', '10.20.8.22', '[49712]', '10.20.8.22', '135', '3'],
    ['02:20:37', 'Large outbound transfer', '10.20.8.23', '[51544]', '185.220.101.47', '[47391]', '1'],
    ['02:26:10', 'RDP from service account', '10.20.4.17', '[62609]', '10.20.8.23', '3389', '14'],
  ],
});

// ── 5. EDR detection detail (CrowdStrike-style side panel) ──
const edr = lines({
  id: 's171-edr',
  kind: 's171-edr-detection-detail-panel',
  before: 'Detection — Ransomware: Volume Shadow Copy deletion — Severity Critical',
  text: [
    'Host: KCW-FS02   Sensor ID: 4f1a…c9e2   OS: Windows Server 2019 (build [17763])',
    'Process: vssadmin.exe  PID [64445]  Parent: cmd.exe PID [12941]  Grandparent: svc_batch.exe PID [33284]',
    'Command line: vssadmin.exe delete shadows /all /quiet',
    'Network: outbound 10.20.8.22:[49712] -> 185.220.101.47:[47391] (TLS, 38.6 GB over 5h 12m)',
    'Action taken: Process killed, host network-contained by R. Okafor at 03:02. Detection ID ldt:[77160]',
  ].join('\n'),
});

// ── 6. Firewall egress log, syslog lines ──
const fwlog = lines({
  id: 's171-fw',
  kind: 's171-firewall-egress-syslog-text',
  before: 'fw-edge-01 / traffic log / filter dst=185.220.101.47',
  text: [
    'Feb 12 02:20:37 fw-edge-01 action=allow src=10.20.8.23 sport=[51544] dst=185.220.101.47 dport=[47391] bytes=[86008]',
    'Feb 12 02:20:38 fw-edge-01 action=allow src=10.20.8.23 sport=[51546] dst=185.220.101.47 dport=[47391] app=ssl',
    'Feb 12 03:02:11 fw-edge-01 action=deny src=10.20.8.23 sport=[64714] dst=185.220.101.47 dport=[47391] rule=IR-BLOCK',
  ].join('\n'),
});

// ── 7. Forensic report, executive summary (PDF text layer) ──
const forensicSummary = lines({
  id: 's171-forsum',
  kind: 's171-forensic-report-exec-summary-pdf',
  before: 'PRIVILEGED & CONFIDENTIAL — Prepared at the direction of counsel — Halvorsen Cyber Forensics',
  text: [
    'Engagement HCF-[25787] | Client: Keystone Claimworks, LLC, 9400 Metcalf Ave, Overland Park, KS [66210]',
    '1. Summary. The threat actor (self-identified as "Nightjar") accessed the environment on or about January 29, 2026',
    'and exfiltrated approximately 38.6 GB from share claims$ before deploying encryption on February 12, 2026.',
    'Exfiltrated data included outbound 837P batches and flat-file claim extracts for 212 clients, including',
    'procedure codes (e.g., {64712}, {64445}, {64612}), diagnosis codes, dates of service and member identifiers.',
    'HCF reviewed [27606] unique files; data mining identified [41996] unique individuals across all clients.',
  ].join('\n'),
});

// ── 8. Forensic report: affected data fields table ──
const dataFields = table({
  id: 's171-fields',
  kind: 's171-forensic-affected-data-fields-grid',
  caption: 'Table 4. Data elements present in exfiltrated claim files (Bluestem Pain & Peripheral Nerve subset)',
  headers: ['Data element', 'Source (837P loop/segment)', 'Example value (redacted)', 'PHI?'],
  rows: [
    ['Patient name', '2010BA NM1', 'D*** W*****', 'Yes'],
    ['Member ID', '2010BA NM1*IL', 'XJH9*****41', 'Yes'],
    ['Patient ZIP', '2010BA N4', '[65072]', 'Yes'],
    ['Procedure code', '2400 SV1-01', 'HC:{64712}:RT', 'Yes'],
    ['Procedure code', '2400 SV1-01', 'HC:{64632}', 'Yes'],
    ['Line charge', '2400 SV1-02', '1840', 'Yes'],
    ['Payer ID', '2010BB NM1*PI', '[60054]', 'No'],
    ['Claim control no.', '2300 CLM-01', 'BPN[56020]', 'Yes'],
  ],
});

// ── 9. Forensic report: sample exfiltrated claim records ──
const sampleClaims = table({
  id: 's171-sample',
  kind: 's171-forensic-sample-claim-records-grid',
  caption: 'Appendix C. Sample records recovered from leak-site archive part 3 (values masked by HCF)',
  headers: ['Rec', 'Patient acct', 'DOS', 'CPT/Mod', 'Units', 'Charge', 'Pt ZIP', 'Rendering'],
  rows: [
    ['1', 'BPN-[81994]', '01/06/2026', '{64445}-RT', '1', '412.00', '[65305]', 'Hale'],
    ['2', 'BPN-[81994]', '01/06/2026', '{76942}', '1', '128.00', '[65305]', 'Hale'],
    ['3', 'BPN-[85025]', '01/14/2026', '{64712}-LT', '1', '1,840.00', '[65442]', 'Moreau'],
    ['4', 'BPN-[88957]', '01/20/2026', '{64612}-50', '1', '598.00', '[64093]', 'Hale'],
    ['5', 'BPN-[92913]', '01/22/2026', '{64632}-RT', '2', '710.00', '[65072]', 'Ostrander'],
    ['6', 'BPN-[94729]', '01/27/2026', '{64714}', '1', '2,215.00', '[63114]', 'Moreau'],
    ['7', 'BPN-[97526]', '02/03/2026', '{64447}', '1', '398.00', '[65072]', 'Hale'],
  ],
});

// ── 10. Exfiltrated file listing (directory listing in forensic appendix) ──
const fileListing = lines({
  id: 's171-files',
  kind: 's171-exfil-directory-listing-text',
  before: 'Appendix B. Staged archive contents (7z listing), claims$\\outbound',
  text: [
    '2026-02-11 23:58  [38825] 837P\\BPN\\BPN_837P_20260210_b[52371].x12',
    '2026-02-11 23:58  [44534] 837P\\BPN\\BPN_837P_20260203_b[49578].x12',
    '2026-02-11 23:59  1,204,117 extracts\\BPN\\bpn_claims_open_ar.csv',
    '2026-02-12 00:01  [12604] 835\\BPN\\ERA_chk[58012].835',
    '2026-02-12 00:01  [98515] extracts\\ALL\\client_master.xlsx',
  ].join('\n'),
});

// ── 11. X12 837P fragment quoted in the forensic report ──
const x12 = lines({
  id: 's171-x12',
  kind: 's171-x12-837p-fragment-in-report',
  before: 'Figure 6. Excerpt of BPN_837P_20260210 (member identifiers masked)',
  text: [
    'ISA*00*          *00*          *ZZ*KEYSTONECW     *ZZ*[87726]          *260210*1632*^*[00501]*000052371*0*P*:~',
    'NM1*85*2*BLUESTEM PAIN AND PERIPHERAL NERVE*****XX*1487920356~N3*2200 S KINGSHIGHWAY~N4*CEDAR BLUFF*MO*[65072]~',
    'CLM*BPN[56020]*1196***11:B:1*Y*A*Y*Y~HI*ABK:G51.31~',
    'LX*1~SV1*HC:{64612}:50*598*UN*1***1~DTP*472*D8*20260120~',
    'LX*2~SV1*HC:{64615}*0*UN*1***1~',
    'CLM*BPN[60873]*2250***24:B:1*Y*A*Y*Y~HI*ABK:G57.01~LX*1~SV1*HC:{64712}:RT*1840*UN*1***1~',
  ].join('\n'),
});

// ── 12. Forensic timeline table ──
const timeline = table({
  id: 's171-timeline',
  kind: 's171-forensic-timeline-grid',
  caption: 'Table 2. Key events (times Central)',
  headers: ['Date/time', 'Host', 'Artifact', 'Detail'],
  rows: [
    ['01/29 21:40', 'KCW-VPN01', 'VPN log', 'Login as contractor acct from 45.88.x.x, session [66653]'],
    ['02/03 01:12', 'KCW-FS03', 'Prefetch', 'rclone.exe first run; config remote "mega" port [47391]'],
    ['02/11 23:58', 'KCW-FS03', '7z.exe', 'Archive part 3 includes BPN_837P_20260210_b[52371].x12'],
    ['02/12 02:13', 'KCW-FS02', 'EDR', 'vssadmin delete shadows, PID [64445]'],
  ],
});

// ── 13. IOC list (appendix) ──
const iocs = lines({
  id: 's171-iocs',
  kind: 's171-ioc-appendix-list',
  before: 'Appendix A. Indicators of compromise (TLP:AMBER)',
  text: [
    'IPv4 185.220.101.47 (exfil, TCP/[47391])',
    'IPv4 45.88.97.3 (VPN login, source port [54297])',
    'File: nj_enc.exe  size [72557] bytes  SHA256 9c0e…b7af',
    'File: rclone.conf  size 412 bytes  remote=mega  transfers=8',
    'Mutex: Global\\NJ-[68613]-LOCK',
  ].join('\n'),
});

// ── 14. Vendor notice to covered entity under the BAA ──
const baaNotice = lines({
  id: 's171-baanotice',
  kind: 's171-business-associate-breach-notice-letter',
  before: 'Keystone Claimworks, LLC · 9400 Metcalf Ave, Suite 300 · Overland Park, KS 66210',
  text: [
    'Keystone Claimworks, LLC · PO Box [64612] · Overland Park, KS [66210]',
    'To: Privacy Officer, Bluestem Pain & Peripheral Nerve Center, 2200 S Kingshighway, Cedar Bluff, MO [65072]',
    'Re: Notice of Breach of Unsecured PHI under Business Associate Agreement dated 5/1/2021, our reference KCW-[36119]',
    'The affected files contained, for 6,118 of your patients: name, address, date of birth, member ID, dates of service,',
    'diagnosis codes, and procedure codes. Your most frequent procedure codes in the files were {64445}, {64712} and {64632}.',
    'Under 45 CFR 164.410 we provide this notice within 60 days of discovery. Contact: privacy@keystonecw.example, ref [36119].',
  ].join('\n'),
});

// ── 15. HIPAA individual notification letter to patients (mail merge) ──
const patientLetter = lines({
  id: 's171-ptletter',
  kind: 's171-hipaa-individual-notice-letter',
  before: 'Bluestem Pain & Peripheral Nerve Center — Notice of Data Security Incident',
  text: [
    'Return mail processing: PO Box [15777], Hopkins, MN [55343]-9777',
    'Dorothy Whitcomb · 418 Larkin Rd · Ozark Falls, MO [65442]      Enrollment code: NJ[64712]QX',
    'What information was involved? Your name, address, date of birth, health plan member ID, the dates you received care',
    'with us, and billing codes describing that care (for example, procedure code {64712}, a nerve decompression surgery).',
    'What we are doing. We are offering 24 months of credit monitoring. Enroll by May 31, 2026 using code NJ[64712]QX.',
    'For more information, call 1-833-555-0190, Monday–Friday 8 a.m.–8 p.m. CT, and reference engagement [20899].',
  ].join('\n'),
});

// ── 16. HHS OCR breach portal, "Cases Currently Under Investigation" ──
const hhsPortal = table({
  id: 's171-hhs',
  kind: 's171-hhs-ocr-breach-portal-grid',
  caption: 'Breach Portal: Notice to the Secretary of HHS Breach of Unsecured Protected Health Information',
  headers: [
    'Name of Covered Entity',
    'State',
    'Covered Entity Type',
    'Individuals Affected',
    'Breach Submission Date',
    'Type of Breach',
    'Location of Breached Information',
  ],
  rows: [
    [
      'Bluestem Pain & Peripheral Nerve Center',
      'MO',
      'Healthcare Provider',
      '6118',
      '04/09/2026',
      'Hacking/IT Incident',
      'Network Server',
    ],
    [
      'Keystone Claimworks, LLC',
      'KS',
      'Business Associate',
      '[41996]',
      '04/10/2026',
      'Hacking/IT Incident',
      'Network Server',
    ],
    [
      'Prairie Spine & Joint',
      'KS',
      'Healthcare Provider',
      '[12311]',
      '04/14/2026',
      'Hacking/IT Incident',
      'Network Server',
    ],
    [
      'Ozark Foot & Ankle Associates',
      'MO',
      'Healthcare Provider',
      '[10947]',
      '04/15/2026',
      'Hacking/IT Incident',
      'Network Server',
    ],
  ],
});

// ── 17. HHS breach report form, review-before-submit page ──
const hhsForm = lines({
  id: 's171-hhsform',
  kind: 's171-hhs-breach-report-form-review',
  before: 'Breach Report — Review your submission',
  text: [
    'Covered Entity: Bluestem Pain & Peripheral Nerve Center   Street: 2200 S Kingshighway   ZIP: [65072]',
    'Business Associate: Keystone Claimworks, LLC   ZIP: [66210]   Phone: 913-555-0148',
    'Approximate number of individuals affected: 6118   Breach start: 01/29/2026   Discovery: 02/12/2026',
    'Type of PHI involved: Demographic; Financial; Clinical (procedure codes, diagnosis codes, dates of service)',
    'Safeguards in place prior to breach: Privacy Rule safeguards; security awareness training (tracking no. [75273])',
    'Confirmation number: [79807]-HBR',
  ].join('\n'),
});

// ── 18. State attorney general breach notice form (Maine-style) ──
const agForm = lines({
  id: 's171-ag',
  kind: 's171-state-ag-breach-notice-form',
  before: 'Data Breach Notifications — Submission detail',
  text: [
    'Entity Name: Keystone Claimworks, LLC   Street: 9400 Metcalf Ave   City/State/Zip: Overland Park, KS [66210]',
    'Total number of persons affected (including residents): [41996]   Residents of this state: 212',
    'Date(s) Breach Occured: 01/29/2026   Date Breach Discovered: 02/12/2026',
    'Submitted by: Ellen Marsh, Marsh Kessler LLP, 1 Main St, Kansas City, MO [64105]   Ref: AG-[91972]',
  ].join('\n'),
});

// ── 19. Substitute notice / website banner ──
const webNotice = lines({
  id: 's171-web',
  kind: 's171-substitute-notice-webpage',
  before: 'bluestempain.example / Notice of Data Security Incident',
  text: [
    'Bluestem Pain & Peripheral Nerve Center is providing notice of an incident at Keystone Claimworks, a billing vendor.',
    'No Bluestem systems were accessed. Claims for services billed under codes such as {64445} and {64447} (nerve blocks),',
    '{64632} and {64712} may have been delayed; you will not be charged late fees. Call center reference no. [20899].',
    'Mailing address for questions: Privacy Office, 2200 S Kingshighway, Cedar Bluff, MO [65072].',
  ].join('\n'),
});

// ── 20. Claim backlog recovery tracker, by payer ──
const backlogPayer = table({
  id: 's171-backlog',
  kind: 's171-backlog-recovery-tracker-by-payer-grid',
  caption: 'BPN claim backlog — recovery tracker (as of 03/20/2026)',
  headers: ['Payer', 'Payer ID', 'Held claims', 'Oldest DOS', 'TF limit', 'Top CPT', 'Status'],
  rows: [
    ['Medicare Part B (WPS J5 MO)', '[05302]', '702', '11/18/2025', '12 mo', '{64445}', 'Resubmitting'],
    ['UnitedHealthcare', '[87726]', '388', '12/02/2025', '90 days', '{64712}', 'Waiver requested'],
    ['Aetna', '[60054]', '241', '12/09/2025', '120 days', '{64632}', 'Resubmitting'],
    ['Cigna', '[62308]', '176', '12/15/2025', '90 days', '{64612}', 'Waiver approved'],
    ['MO HealthNet', 'MOHLTHNET', '233', '11/30/2025', '12 mo', '{64447}', 'Paper'],
    ['Humana Medicare Adv.', '[61101]', '160', '12/22/2025', '1 yr', '{64714}', 'Resubmitting'],
  ],
});

// ── 21. Backlog by CPT (recovery dashboard widget) ──
const backlogCpt = table({
  id: 's171-backlogcpt',
  kind: 's171-backlog-held-charges-by-cpt-grid',
  caption: 'Held charges by procedure (BPN, DOS 11/18/2025–02/12/2026)',
  headers: ['CPT', 'Description', 'Held lines', 'Held $', 'At risk (TF < 30d)'],
  rows: [
    ['{64445}', 'Inj sciatic nerve, single', '512', '$210,944', '61'],
    ['{64447}', 'Inj femoral nerve, single', '298', '$118,604', '22'],
    ['{64712}', 'Neuroplasty sciatic nerve', '87', '$160,080', '14'],
    ['{64714}', 'Neuroplasty lumbar plexus', '31', '$68,665', '6'],
    ['{64632}', 'Destr plantar digital nerve', '204', '$72,420', '19'],
    ['{64612}', 'Chemodenerv facial nerve', '146', '$87,308', '9'],
    ['{64640}', 'Destr other peripheral nerve', '77', '$41,965', '4'],
    ['{95886}', 'Needle EMG, each extremity', '119', '$34,510', '3'],
  ],
});

// ── 22. Rebill queue CSV export ──
const rebillCsv = lines({
  id: 's171-rebillcsv',
  kind: 's171-rebill-queue-csv-export',
  before: 'bpn_rebill_queue_2026-03-20.csv',
  text: [
    'claim_id,acct,dos,cpt,mod,units,charge,payer_id,orig_batch,tf_deadline',
    'BPN[56020],[88957],2026-01-20,{64612},50,1,598.00,[87726],[52371],2026-04-20',
    'BPN[60873],[85025],2026-01-14,{64712},RT,1,1840.00,[60054],[52371],2026-05-14',
    'BPN[60876],[81994],2026-01-06,{64445},RT,1,412.00,[05302],[49578],2027-01-06',
    'BPN[60877],[81994],2026-01-06,{76942},,1,128.00,[05302],[49578],2027-01-06',
    'BPN[60902],[92913],2026-01-22,{64632},RT,2,710.00,[62308],[52371],2026-04-22',
    'BPN[60911],[94729],2026-01-27,{64714},,1,2215.00,[61101],[52371],2027-01-27',
  ].join('\n'),
});

// ── 23. Clearinghouse batch status (999 / 277CA) ──
const batchStatus = table({
  id: 's171-batch',
  kind: 's171-clearinghouse-batch-ack-status-grid',
  caption: 'File Summary — Submitted files (new clearinghouse, go-live 03/02/2026)',
  headers: ['File ID', 'Submitted', 'Claims', '999', '277CA accepted', '277CA rejected', 'Charges'],
  rows: [
    ['[96729]', '03/02 09:14', '250', 'A', '241', '9', '$112,440.00'],
    ['[96730]', '03/02 14:40', '250', 'A', '250', '0', '$98,215.00'],
    ['[96744]', '03/03 10:02', '180', 'R', '0', '0', '$71,003.00'],
    ['[96751]', '03/03 16:27', '180', 'A', '176', '4', '$69,880.00'],
  ],
});

// ── 24. 277CA rejection detail ──
const rejection = lines({
  id: 's171-277',
  kind: 's171-277ca-claim-rejection-detail',
  before: 'Claim Status Detail — File [96729]',
  text: [
    'Patient: W*****, D   Claim BPN[60873]   DOS 01/14/2026   Payer: Aetna ([60054])',
    'STC A7:21:85 — Missing/invalid information. Line 1 SV1 {64712}-RT: rendering NPI not on file with payer.',
    'STC A7:507 — Line 2 {64714}: procedure code/modifier invalid for DOS (duplicate of claim previously processed [74338]).',
    'Action: Correct and resubmit within 5 business days; original submission record lost in vendor incident.',
  ].join('\n'),
});

// ── 25. Call-center script (patient inbound, breach) ──
const script = lines({
  id: 's171-script',
  kind: 's171-call-center-script-breach',
  before: 'Call Script v3 — Keystone/Bluestem incident line (Epiq-style)',
  text: [
    'VERIFY: "May I have your first and last name and the ZIP code on the letter?" (e.g., [65072]) Do NOT ask for SSN.',
    'IF caller asks "what was taken": read the letter paragraph. Do NOT read codes from the record aloud.',
    'IF caller reads a code from the letter, e.g. "{64712}", say: "That is a billing code for the procedure you had."',
    'IF caller has an enrollment code starting NJ, confirm format NJ#####XX (e.g., NJ[64712]QX is a valid test code).',
    'Escalate to Tier 2 queue [30097] for: media, attorneys, regulators, or deceased-patient estates.',
  ].join('\n'),
});

// ── 26. Call-center script (practice billing office, delayed claims) ──
const billScript = lines({
  id: 's171-billscript',
  kind: 's171-billing-office-call-script-delays',
  before: 'Bluestem Billing Office — Script: "Why haven\'t my claims been paid?"',
  text: [
    'Say: "Our billing vendor had a cyber incident in February, so some claims were sent late. You owe nothing extra."',
    'If EOB shows denial CO-29 (timely filing) for {64445} or {64447}: "We have asked your plan to waive the limit."',
    'If the patient received a bill for {64612} (Botox injection to face) with no insurance applied, put acct on hold 60 days.',
    'Log in Athena: Case type BILLING-DELAY, reason code [38825], and note the EOB claim no.',
  ].join('\n'),
});

// ── 27. Call disposition log ──
const callLog = table({
  id: 's171-calllog',
  kind: 's171-call-disposition-log-grid',
  caption: 'Incident line — call dispositions, 04/14/2026',
  headers: ['Call ID', 'Caller ZIP', 'Topic', 'Code mentioned', 'Disposition'],
  rows: [
    ['[58708]', '[65442]', 'What data was taken', '{64712}', 'Read letter; enrolled'],
    ['[58711]', '[65305]', 'Bill received', '{64612}', 'Transferred to Bluestem billing'],
    ['[58715]', '[64093]', 'Enrollment code invalid', '—', 'Reissued code'],
    ['[58722]', '[63114]', 'Is my surgery record public?', '{64714}', 'Tier 2'],
  ],
});

// ── 28. Timely filing waiver request letter to payer ──
const waiverLetter = lines({
  id: 's171-waiver',
  kind: 's171-timely-filing-waiver-request-letter',
  before: 'Bluestem Pain & Peripheral Nerve Center · 2200 S Kingshighway · Cedar Bluff, MO 65072',
  text: [
    'UnitedHealthcare Provider Services · PO Box [30555] · Salt Lake City, UT [84130]-0555',
    'Re: Request for timely filing waiver — cyber incident at clearinghouse vendor — TIN 43-1187702, 388 claims',
    'Claims for DOS 12/02/2025–02/12/2026 were timely submitted to Keystone Claimworks but never transmitted (batches',
    '[49578] and [52371]). Affected services include {64445}, {64447}, {64712} and {64612}-50. See enclosed listing.',
    'We ask that these claims be accepted as timely under the UnitedHealthcare Administrative Guide, reconsideration ref [39762].',
    'Enclosures: vendor breach notice (ref KCW-[36119]), batch logs, claim listing (Attachment A).',
  ].join('\n'),
});

// ── 29. Waiver attachment A, claim listing ──
const waiverAttach = table({
  id: 's171-waiverA',
  kind: 's171-waiver-attachment-claim-listing-grid',
  caption: 'Attachment A — Claims for which timely filing waiver is requested (UnitedHealthcare)',
  headers: ['#', 'Patient acct', 'Member ID', 'DOS', 'CPT', 'Billed', 'Original batch', 'Vendor ticket'],
  rows: [
    ['1', '[88957]', '9*****412', '01/20/2026', '{64612}-50', '598.00', '[52371]', 'INC0064613'],
    ['2', '[89987]', '9*****077', '12/04/2025', '{64445}', '412.00', '[49578]', 'INC0064613'],
    ['3', '[90923]', '9*****315', '12/11/2025', '{64712}', '1,840.00', '[49578]', 'INC0064613'],
    ['4', '[90923]', '9*****315', '12/11/2025', '{64713}', '1,610.00', '[49578]', 'INC0064613'],
    ['5', '[93683]', '9*****208', '01/08/2026', '{64447}', '398.00', '[52371]', 'INC0064613'],
  ],
});

// ── 30. Payer portal reconsideration form (Availity-style) ──
const portalForm = lines({
  id: 's171-portal',
  kind: 's171-payer-portal-reconsideration-form',
  before: 'Claim Status > Dispute Claim > Reconsideration',
  text: [
    'Payer: Cigna (payer ID [62308])   Claim #: 4326011809370   Patient account: [92913]   Billed: $710.00',
    'Line 1: Procedure {64632}  Mod RT  Units 2  Denial: CARC 29 (time limit for filing has expired)',
    'Reason for request: Timely filing — vendor ransomware incident (see attached). Cigna waiver project code [99514].',
    'Attachments (max 10 MB): KCW_breach_notice.pdf, BPN_batch_log_[52371].pdf',
  ].join('\n'),
});

// ── 31. Payer email approving waiver ──
const payerEmail = lines({
  id: 's171-payeremail',
  kind: 's171-payer-waiver-decision-email',
  before: 'From: Cigna Provider Disputes <no-reply@cigna.example> Subject: Timely filing waiver — approved',
  text: [
    'Your request (case [70031]) is approved for claims with DOS 12/15/2025–02/12/2026 submitted by 05/31/2026.',
    'Approved lines include {64632}, {64612}, {64445} and {64640}. Claims for {99214} billed alone are not included.',
    'Resubmit electronically with claim note "KCW TF WAIVER [70031]" in NTE*ADD. Mail paper claims to PO Box [18213].',
  ].join('\n'),
});

// ── 32. Medicare MAC timely filing exception (administrative error) request ──
const macRequest = lines({
  id: 's171-mac',
  kind: 's171-medicare-tf-exception-request-text',
  before: 'WPS Government Health Administrators — J5 Part B — Timely Filing Exception Request',
  text: [
    'Contractor number: [05302] (Missouri)   PTAN: BPN0417   Mail to: WPS, PO Box [14172], Madison, WI [53708]',
    'Exception basis: 42 CFR 424.44(b)(1) administrative error — not applicable; requested under good cause per vendor outage.',
    'Services: {64445} x 212 lines, {64447} x 118, {76942} x 201, {64640} x 31; oldest DOS 11/18/2025.',
    'Note: Medicare 12-month limit not yet reached for most lines; request covers DOS before 12/01/2025 only.',
  ].join('\n'),
});

// ── 33. Teams chat, practice manager and billing lead ──
const chat = lines({
  id: 's171-chat',
  kind: 's171-teams-chat-billing-team',
  before: 'Microsoft Teams — Bluestem Revenue Cycle',
  text: [
    'Jess (PM) 9:02 AM: UHC says the waiver needs the vendor ticket #, is it INC0064613 or IR-[64632]?',
    "Marco (Billing) 9:04 AM: INC0064613 is ours. IR-[64632] is Keystone internal, don't send that.",
    'Jess 9:05 AM: ok. also the {64712} for Dr Moreau on 1/14 got CO-16, NPI issue not timely filing',
    'Marco 9:07 AM: fixed in new clearinghouse, resent in file [96751]. the {64714} same pt will go tomorrow',
    'Jess 9:08 AM: 👍 and hold the {64612} statements, patients are calling about bills',
  ].join('\n'),
});

// ── 34. Vendor email status update to clients ──
const vendorEmail = lines({
  id: 's171-vendoremail',
  kind: 's171-vendor-client-status-email',
  before: 'From: Keystone Claimworks Client Success Subject: Incident update #6 — claims restoration',
  text: [
    'Client ID [30441] (Bluestem Pain & Peripheral Nerve): 1,902 claims restored from the 02/09 immutable backup.',
    'Claims created 02/10–02/12 (batch [52371]) could not be restored and must be re-keyed from your charge tickets.',
    'Your new clearinghouse submitter ID is [48448]; do not use the old ISA receiver ID [87726] routing profile.',
    'Questions: Client Success, 913-555-0148, or reply quoting ticket INC0064613.',
  ].join('\n'),
});

// ── 35. Vendor public status page ──
const statusPage = lines({
  id: 's171-status',
  kind: 's171-vendor-public-status-page',
  before: 'status.keystonecw.example — Claims Platform',
  text: [
    'Mar 02, 09:00 CST — Monitoring — Claims submission restored via new clearinghouse route. Incident #[46473].',
    'Feb 20, 16:30 CST — Identified — Remittance (835) posting remains unavailable; ERAs held from check [58012] onward.',
    'Feb 12, 04:10 CST — Investigating — We are investigating a network security incident. Incident #[46473].',
  ].join('\n'),
});

// ── 36. Cyber insurance first notice of loss ──
const fnol = lines({
  id: 's171-fnol',
  kind: 's171-cyber-insurance-fnol-form',
  before: 'Ardent Specialty — Cyber First Notice of Loss',
  text: [
    'Policy no. ACY-[43467]-26   Named insured: Bluestem Pain & Peripheral Nerve Center, Cedar Bluff, MO [65072]',
    'Claim no. CY[64445]   Type: Dependent business interruption (vendor ransomware)   Breach coach: Marsh Kessler LLP',
    'Estimated loss: delayed collections $794,000; extra expense (re-keying, overtime) $41,200; notification $[18225]',
  ].join('\n'),
});

// ── 37. Business interruption loss worksheet ──
const biWorksheet = table({
  id: 's171-bi',
  kind: 's171-dependent-bi-loss-worksheet-grid',
  caption: 'Schedule 2 — Revenue delayed or lost by service line (claim CY64445)',
  headers: ['Service line', 'CPT', 'Normal monthly net', 'Feb 2026 net', 'Lost (TF denials)'],
  rows: [
    ['Sciatic nerve block', '{64445}', '$62,400', '$9,880', '$4,120'],
    ['Sciatic neuroplasty', '{64712}', '$48,300', '$0', '$11,040'],
    ['Lumbar plexus neuroplasty', '{64714}', '$21,900', '$0', '$2,215'],
    ['Facial chemodenervation', '{64612}', '$26,100', '$3,410', '$1,794'],
    ['Plantar digital neurolysis', '{64632}', '$19,750', '$2,130', '$710'],
  ],
});

// ── 38. AR aging dashboard after recovery ──
const arAging = lines({
  id: 's171-ar',
  kind: 's171-ar-aging-dashboard-tiles',
  before: 'Revenue Cycle Dashboard — Bluestem — week ending 04/24/2026',
  text: [
    'Total AR $1.61M (▲ 48% vs Jan)   Days in AR 71   Claims > 90 days: 1,095',
    'Top 3 CPT in AR > 90: {64445} ($188K) · {64712} ($141K) · {64612} ($77K)',
    'TF denials (CARC 29) YTD: 214 lines, $96,480   Overturned on waiver: 151   Report ID [53124]',
  ].join('\n'),
});

// ── 39. 835 ERA excerpt after restoration ──
const era = lines({
  id: 's171-era',
  kind: 's171-835-era-post-recovery-fragment',
  before: 'ERA viewer — check EFT [58012] (restored)',
  text: [
    'CLP*BPN[56020]*1*598*412.36*0*12*95188734*11*1~SVC*HC:{64612}:50*598*412.36**1~CAS*CO*45*185.64~',
    'CLP*BPN[60902]*4*710*0*0*12*95188790*11*1~SVC*HC:{64632}:RT*710*0**2~CAS*CO*29*710~',
    'PLB*1487920356*20261231*WO:KCW[64714]*-42.10~',
  ].join('\n'),
});

// ── 40. Restoration API JSON (vendor claims record, shown in browser) ──
const json = lines({
  id: 's171-json',
  kind: 's171-restoration-api-json-record',
  before: 'GET /v2/clients/30441/claims/BPN60873?restored=true',
  text: [
    '{ "claimId": "BPN[60873]", "clientId": [30441], "restoreJob": [56986],',
    '  "lines": [ { "cpt": "{64712}", "mods": ["RT"], "charge": 1840.00 },',
    '             { "cpt": "{64708}", "mods": [], "charge": 0 } ],',
    '  "patient": { "zip": "[65442]" }, "sourceBatch": [52371], "status": "RESTORED_PENDING_REVIEW" }',
  ].join('\n'),
});

// ── 41. Risk committee minutes / board slide ──
const minutes = lines({
  id: 's171-minutes',
  kind: 's171-compliance-committee-minutes-text',
  before: 'Bluestem Compliance Committee — Minutes, April 28, 2026',
  text: [
    '3. Vendor incident. OCR acknowledged the breach report (transaction [79807]); no data request yet.',
    'Backlog: 1,902 of 1,902 claims resubmitted; 151 TF denials overturned; {64712} and {64714} surgical lines fully paid.',
    'Action: Replace Keystone BAA; new vendor contract no. [22763] to include 24-hour incident notice.',
  ].join('\n'),
});

// ── 42. Search results in the practice's document management system ──
const search = lines({
  id: 's171-search',
  kind: 's171-dms-search-results',
  before: 'Search documents: "timely filing waiver"  — 4 results',
  text: [
    'UHC_TF_Waiver_Request_2026-03-24.pdf — "...include {64445}, {64447}, {64712} and {64612}-50. See enclosed..."',
    'Cigna_Approval_case[70031].msg — "...Approved lines include {64632}, {64612}, {64445}..."',
    'WPS_TF_Exception_J5.pdf — "...Contractor number: [05302] (Missouri) PTAN: BPN0417..."',
  ].join('\n'),
});

// ── 43. Charge ticket (superbill) scan, OCR text layer used to re-key the lost batch ──
const superbill = lines({
  id: 's171-superbill',
  kind: 's171-superbill-charge-ticket-ocr',
  before: 'Scan: BPN charge ticket 02/10/2026 (re-key from paper, batch 52371 unrecoverable)',
  text: [
    'BLUESTEM PAIN & PERIPHERAL NERVE CENTER   Charge ticket no. [31807]   Acct [77215]   DOS 02/10/2026',
    'NERVE BLOCKS  [X] {64445} Sciatic, single  [ ] {64446} Sciatic, cont infusion  [ ] {64447} Femoral, single',
    '[ ] {64448} Femoral, cont infusion  [ ] {64450} Other peripheral nerve  [X] {76942} US guidance',
    'NEUROLYSIS  [ ] {64632} Plantar common digital  [ ] {64640} Other peripheral  [ ] {64633} Facet, C/T single',
    'SURGERY (ASC)  [ ] {64712} Sciatic neuroplasty  [ ] {64714} Lumbar plexus neuroplasty  [ ] {64708} Other major nerve',
    'CHEMODENERVATION  [ ] {64612} Facial nerve, unilateral  [ ] {64615} Migraine protocol   Units Botox: ____',
    'E/M  [ ] {99203}  [ ] {99204}  [X] {99213}  [ ] {99214}   Mod: [X] 25   Side: [X] RT [ ] LT',
    'Pt ZIP [65781]   Ins: UHC   Copay collected $40   Ticket printed by form v[13931]',
  ].join('\n'),
});

// ── 44. Re-key worklist for claims lost in the unrecoverable batch ──
const rekey = table({
  id: 's171-rekey',
  kind: 's171-rekey-worklist-grid',
  caption: 'Re-key worklist — batch 52371 (02/10–02/12/2026), assigned to coding team',
  headers: ['Ticket', 'Acct', 'DOS', 'Procedures', 'ICD-10', 'Coder', 'Done'],
  rows: [
    ['[31807]', '[77215]', '02/10', '{64445}-RT, {76942}, {99213}-25', 'M54.31', 'LP', '✓'],
    ['[31808]', '[77232]', '02/10', '{64612}-50', 'G51.31', 'LP', '✓'],
    ['[31811]', '[77240]', '02/10', '{64632}-LT x2', 'G57.62', 'AK', '✓'],
    ['[31815]', '[77251]', '02/11', '{64712}-RT, {64708}-RT', 'G57.01', 'AK', ''],
    ['[31816]', '[77263]', '02/11', '{64714}', 'G54.1', 'AK', ''],
    ['[31820]', '[77270]', '02/11', '{64445}-LT, {64447}-LT', 'M79.2', 'LP', '✓'],
    ['[31824]', '[77288]', '02/12', '{64612}-RT; {64615} denied as duplicate', 'G51.31', 'LP', ''],
    ['[31826]', '[77291]', '02/12', '{64640}-RT, {64632}-RT', 'G57.61', 'AK', ''],
  ],
});

export const sealed171: readonly Snippet[] = [
  ...irTicket,
  ...irComments,
  ...snowList,
  ...siem,
  ...edr,
  ...fwlog,
  ...forensicSummary,
  ...dataFields,
  ...sampleClaims,
  ...fileListing,
  ...x12,
  ...timeline,
  ...iocs,
  ...baaNotice,
  ...patientLetter,
  ...hhsPortal,
  ...hhsForm,
  ...agForm,
  ...webNotice,
  ...backlogPayer,
  ...backlogCpt,
  ...rebillCsv,
  ...batchStatus,
  ...rejection,
  ...script,
  ...billScript,
  ...callLog,
  ...waiverLetter,
  ...waiverAttach,
  ...portalForm,
  ...payerEmail,
  ...macRequest,
  ...chat,
  ...vendorEmail,
  ...statusPage,
  ...fnol,
  ...biWorksheet,
  ...arAging,
  ...era,
  ...json,
  ...minutes,
  ...search,
  ...superbill,
  ...rekey,
];
