import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 100 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s100-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too. About a third of the decoys are numbers of the synthetic 10,000-code set (KNOWN_10K) used as
 * member, household, need and request numbers, ZIPs, check numbers, counts and prices. The five known codes' digits
 * come back as decoys: the ministry's PO box, a member number, a household number, a need number, a provider account,
 * a check number, a ZIP, a prayer count and a negotiation case number.
 *
 * Family: health care sharing ministries and the members who use them (medical cost sharing): a member's share
 * request form with itemized bill lines, the ministry's share-request status page (request and member numbers), a
 * medical bill negotiation summary (original vs negotiated by code), a provider's self-pay itemized statement, a
 * member newsletter story, the sharing guidelines (what is shareable, pre-existing condition look-back), a monthly
 * share assignment notice, a provider-facing "how to bill us" page with X12 / JSON / XML / CSV / HL7 samples, a
 * pre-notification form, a provider payment advice, and decoy-only pages (a household roster, a prayer-request page,
 * a giving statement, a portal dashboard, sharing statistics by state).
 * Built on real public layouts as they are described by the larger ministries: a need / bill submission form
 * (member and household number, incident, itemized bill with CPT, date of service, billed and paid), the member
 * portal's need-status list, a bill negotiation savings summary (original charge, negotiated, savings, by line), the
 * sharing guidelines' pre-existing condition look-back and per-incident limits, a monthly share assignment (send your
 * share to a named member's need), the provider-facing self-pay billing page (submit a UB-04 / CMS-1500 or an 837P
 * under the ministry's payer id, itemized with CPT), and a hospital self-pay itemized statement. The others are
 * written the way those pages read, with no single source.
 *
 * 346 labelled tokens over 37 shapes: 140 codes, 206 decoys, 69 of the decoys in KNOWN_10K.
 */

// ── 1. Share request form, member and incident block, text layer ──
const requestHeader = lines({
  id: 's100-reqhead',
  kind: 's100-share-request-form-text',
  before: 'Hearthstone Sharing Ministries — Medical Need Submission Form (page 1 of 3)',
  text: [
    'Member name: Joel & Rachel Brandt   Member no. [48213]   Household no. [64445]',
    'Mailing address: 2218 Copley Rd, Akron, OH [44320]   Phone 330-555-0187',
    'Patient: Rachel Brandt   DOB 04/17/1986   Membership start 03/01/2022',
    'Incident (one condition per form): right leg pain / sciatic neuropathy, first symptoms 08/2024',
    'Previous need number for this incident, if any: N-[73050]',
    'Mail completed form with itemized bills to: Hearthstone Sharing, PO Box [64712], Barberton, OH [44203]',
  ].join('\n'),
});

// ── 2. Share request form, itemized bill lines, table ──
const requestLines = table({
  id: 's100-reqlines',
  kind: 's100-share-request-form-itemized-bills-grid',
  caption: 'Section C — Itemized bills (attach copies; list each line with its CPT or HCPCS code)',
  headers: ['Date of service', 'Provider', 'CPT / HCPCS', 'Description', 'Billed', 'Paid by you'],
  rows: [
    ['09/03/2024', 'Summit Spine & Nerve', '{99204}', 'New patient visit', '$310.00', '$310.00'],
    ['09/03/2024', 'Summit Spine & Nerve', '{95910}', 'Nerve conduction, 7-8 studies', '$685.00', '$0.00'],
    ['09/19/2024', 'Akron Imaging Center', '{72148}', 'MRI lumbar spine w/o contrast', '$1,420.00', '$450.00'],
    ['10/08/2024', 'Summit Spine & Nerve', '{64445}', 'Sciatic nerve block, single', '$760.00', '$0.00'],
    ['10/08/2024', 'Summit Spine & Nerve', '{76942}', 'Ultrasound guidance', '$240.00', '$0.00'],
    ['11/21/2024', 'Cuyahoga Falls Surgery Ctr', '{64712}', 'Neuroplasty, sciatic nerve', '$6,880.00', '$500.00'],
    ['11/21/2024', 'Valley Anesthesia Assoc.', '{01250}', 'Anesthesia, upper leg', '$1,150.00', '$0.00'],
    ['12/05/2024', 'Summit Spine & Nerve', '{99024}', 'Post-op check (no charge)', '$0.00', '$0.00'],
    ['12/16/2024', 'Barberton Physical Therapy', '{97110}', 'Therapeutic exercise, 3 units', '$285.00', '$40.00'],
  ],
});

// ── 3. Share request form, signature and notes, text layer ──
const requestNotes = lines({
  id: 's100-reqnotes',
  kind: 's100-share-request-form-text',
  before: 'Section D — Notes to the needs processing team',
  text: [
    'The surgery center said they would bill the nerve release as {64712} and would give a 40% cash discount.',
    'Dr. Hale also mentioned {64714} might be added if the plexus was involved; it was not.',
    'The anesthesia group account number is [56037] if you need to call them.',
    'I signed the release of records for Summit Spine (their fax is 330-555-0110).',
  ].join('\n'),
});

// ── 4. Share-request status page (member portal), table ──
const statusList = table({
  id: 's100-status',
  kind: 's100-member-portal-need-status-grid',
  caption: 'My Needs — Brandt household — showing 6 requests',
  headers: ['Request #', 'Received', 'Provider', 'Patient', 'Status', 'Billed', 'Shared'],
  rows: [
    ['[81127]', '09/24/2024', 'Summit Spine & Nerve', 'Rachel', 'Shared', '$995.00', '$995.00'],
    ['[81128]', '09/24/2024', 'Akron Imaging Center', 'Rachel', 'Shared', '$1,420.00', '$970.00'],
    ['[82690]', '10/15/2024', 'Summit Spine & Nerve', 'Rachel', 'Shared', '$1,000.00', '$1,000.00'],
    ['[84019]', '12/02/2024', 'Cuyahoga Falls Surgery Ctr', 'Rachel', 'In negotiation', '$6,880.00', '—'],
    ['[84020]', '12/02/2024', 'Valley Anesthesia Assoc.', 'Rachel', 'Awaiting itemized bill', '$1,150.00', '—'],
    ['[79514]', '06/11/2024', 'Portage Pediatrics', 'Eli', 'Not shareable (under PRA)', '$145.00', '$0.00'],
    ['[85533]', '12/20/2024', 'Barberton Physical Therapy', 'Rachel', 'Received', '$285.00', '—'],
    ['[77486]', '04/02/2024', "Summa Women's Health", 'Rachel', 'Shared', '$7,950.00', '$7,450.00'],
  ],
});

// ── 5. Share-request detail drawer, text layer ──
const statusDetail = lines({
  id: 's100-statusdet',
  kind: 's100-need-request-detail-drawer-text',
  before: 'Request details',
  text: [
    'Request [84020] · Member [48213] · Need N-[73050] · Provider account [64714]',
    'Status: Awaiting itemized bill. We received a balance statement only; we need each line with its code.',
    'Line 1 was received as {01250} but the surgery was billed as {64712}; please ask Valley Anesthesia to confirm.',
    'Need processor: Marta K., ext. 2214   Last update 12/09/2024',
  ].join('\n'),
});

// ── 6. Bill negotiation summary, table ──
const negotiation = table({
  id: 's100-negot',
  kind: 's100-bill-negotiation-savings-summary-grid',
  caption: 'Bill Negotiation Summary — Cuyahoga Falls Surgery Ctr',
  headers: ['Code', 'Description', 'Original charge', 'Negotiated', 'Savings', '% saved'],
  rows: [
    ['{64712}', 'Neuroplasty; sciatic nerve', '$6,880.00', '$2,744.00', '$4,136.00', '60%'],
    ['{64445}', 'Nerve block, sciatic, pre-op', '$890.00', '$356.00', '$534.00', '60%'],
    ['{76942}', 'US guidance for needle placement', '$312.00', '$125.00', '$187.00', '60%'],
    ['J2704', 'Propofol, 10 mg', '$84.00', '$34.00', '$50.00', '60%'],
    ['{01250}', 'Anesthesia, upper leg (pass-through)', '$1,150.00', '$632.50', '$517.50', '45%'],
    ['{99024}', 'Post-op visit in global period', '$95.00', '$0.00', '$95.00', '100%'],
    ['Facility', 'Total', '$8,166.00', '$3,259.00', '$4,907.00', '60%'],
  ],
});

// ── 7. Bill negotiation letter to member, text layer ──
const negotiationLetter = lines({
  id: 's100-negletter',
  kind: 's100-negotiation-result-letter-text',
  before: 'Dear Rachel, good news from our bill negotiation partner',
  text: [
    'We reached an agreement with the surgery center on your need N-[73050] (case [64632]).',
    'The sciatic neuroplasty, CPT {64712}, was reduced from $6,880 to $2,744, and the block ({64445}) to $356.',
    'The anesthesia line billed under {01250} is still open; the group quoted a prompt-pay rate of 45% off.',
    'Please do not pay the surgery center directly; the ministry will send check no. [10098] within 10 days.',
    'Savings on this need: $4,907, which stays in the sharing pool for about 14 other households.',
  ].join('\n'),
});

// ── 8. Provider self-pay itemized statement, table ──
const selfPay = table({
  id: 's100-selfpay',
  kind: 's100-hospital-self-pay-itemized-statement-grid',
  caption: 'Itemized Statement — SELF PAY — Guarantor BRANDT, RACHEL',
  headers: ['Svc date', 'Rev', 'Chg code', 'CPT/HCPCS', 'Description', 'Qty', 'Amount'],
  rows: [
    ['11/21/2024', '0360', '[36013]', '{64712}', 'NEUROPLASTY SCIATIC NRV', '1', '4,880.00'],
    ['11/21/2024', '0370', '[36220]', '', 'ANESTHESIA OR TIME 1ST 30', '1', '640.00'],
    ['11/21/2024', '0250', '[21014]', '', 'ROPIVACAINE 0.5% 30ML', '1', '88.50'],
    ['11/21/2024', '0361', '[36018]', '{64445}', 'INJ ANES SCIATIC SINGLE', '1', '890.00'],
    ['11/21/2024', '0402', '[40523]', '{76942}', 'US GUIDE NEEDLE PLACEMENT', '1', '312.00'],
    ['11/21/2024', '0710', '[37024]', '', 'RECOVERY ROOM 1ST HR', '1', '1,355.50'],
  ],
});

// ── 9. Self-pay statement remittance stub, text layer ──
const selfPayStub = lines({
  id: 's100-selfstub',
  kind: 's100-self-pay-statement-remit-stub-text',
  before: 'Please detach and return with your payment',
  text: [
    'Account no. [70068]   Statement date 12/05/2024   Amount due $8,166.00',
    'Self-pay prompt-pay discount: 30% if paid by 01/04/2025',
    'Make checks payable to: Cuyahoga Falls Surgery Center, PO Box [75077], Cleveland OH [44193]',
    'Questions? Patient accounts 330-555-0160, Monday to Friday. Ref visit [36910]',
  ].join('\n'),
});

// ── 10. Member newsletter story, prose, text layer ──
const newsletter = lines({
  id: 's100-newsstory',
  kind: 's100-member-newsletter-story-prose-text',
  before: 'Hearthstone Herald — Winter issue — Stories of sharing',
  text: [
    'When Rachel Brandt of Akron first felt the burning down her right leg, she assumed it was a pulled muscle.',
    'Months later a nerve study and an MRI pointed to sciatic nerve entrapment. Her surgeon scheduled a release,',
    'the kind of procedure billed as {64712} on the estimate she mailed us, and the Brandts sent in their first need.',
    'More than 1,900 households shared in it. "We opened 212 cards in one week," Rachel laughed.',
    'Our negotiators brought the bill down by 60 percent. The Brandts live in ZIP [44320], where 38 member families',
    'Her follow-up block ({64445} on the bill) shared with the same need, so no second member portion applied.',
    'now meet monthly. Read more stories at page 6, or write to us at PO Box [64712].',
  ].join('\n'),
});

// ── 11. Sharing guidelines: what is shareable, text layer ──
const guidelines = lines({
  id: 's100-guide',
  kind: 's100-sharing-guidelines-text',
  before: 'Sharing Guidelines, 2025 edition — Section 6: Medical needs that are shareable',
  text: [
    '6.1 Needs are shareable once the member portion of $500 per incident is met, up to $250,000 per incident.',
    '6.2 Nerve procedures such as neurolysis of a plantar digital nerve (CPT {64632}) are shareable when a',
    '    physician documents failure of conservative care for at least 6 weeks.',
    '6.3 Chemodenervation for blepharospasm or hemifacial spasm ({64612}) is shareable; the same service for',
    '    cosmetic purposes or for chronic migraine ({64615}) is not shareable.',
    '6.4 Diagnostic injections, for example a sciatic nerve block {64445}, share with the incident they belong to.',
    '6.4a A later release of the same nerve ({64712}, or {64714} for the lumbar plexus) is the same incident.',
    '6.5 Members in Section 6.5 states (state bulletin [10032]) must use the appeal form.',
  ].join('\n'),
});

// ── 12. Sharing guidelines: pre-existing condition rules, text layer ──
const preexisting = lines({
  id: 's100-preex',
  kind: 's100-sharing-guidelines-text',
  before: 'Section 7 — Pre-existing conditions',
  text: [
    '7.1 A condition with signs, symptoms or treatment in the 36 months before membership is pre-existing.',
    '7.2 Pre-existing needs share on a graduated scale: year 1 none, year 2 up to $25,000, year 3 up to $50,000.',
    '7.3 Example: a member treated with nerve blocks ({64445}) in 2021 who joins in 2023 and then has a',
    '    sciatic neuroplasty ({64712}) in 2024 is in year 2; the neuroplasty shares up to the year-2 limit.',
    '7.4 Example: a member with Morton neuroma injections ({64455}) before joining who later needs neurolysis',
    '    {64632} or an excision ({28080}) is treated the same way.',
  ].join('\n'),
});

// ── 13. Guidelines limits table, table ──
const limits = table({
  id: 's100-limits',
  kind: 's100-guidelines-sharing-limits-grid',
  caption: 'Appendix B — Sharing limits for selected services',
  headers: ['Service', 'Typical codes', 'Shareable?', 'Limit', 'Waiting period'],
  rows: [
    ['Peripheral nerve release', '{64712} {64714} {64708}', 'Yes', 'Incident max', 'None'],
    ['Plantar nerve neurolysis', '{64632} {64640}', 'Yes', '4 per foot / yr', 'None'],
    ['Chemodenervation (medical)', '{64612} {64616}', 'Yes', '4 per yr', '12 months'],
    ['Chemodenervation for migraine', '{64615}', 'No', '—', '—'],
    ['Physical therapy', '{97110} {97140}', 'Yes', '20 visits', 'None'],
    ['Routine wellness', '{99395}', 'Partial', '$300 / yr', '2 months'],
    ['Nerve blocks (diagnostic)', '{64445} {64450}', 'Yes', 'With incident', 'None'],
  ],
});

// ── 14. Monthly share assignment notice, text layer ──
const assignment = lines({
  id: 's100-assign',
  kind: 's100-monthly-share-assignment-notice-text',
  before: 'Your Monthly Share Assignment — February 2025',
  text: [
    'Member [48213] — please send your monthly share of $525 by 02/01/2025 to the member below.',
    'Send to: Dale & Corinne Yoder, member [31046], 4471 County Rd 12, Millersburg OH [44654]',
    'Need number [86204] · Incident: foot nerve surgery · Amount of this need still open: $3,820',
    'Include a note of encouragement! The Yoders asked for prayer for Corinne (procedure {64632} on 01/14).',
    'If you cannot send this month, call member services at 1-800-555-0144 before the 5th.',
  ].join('\n'),
});

// ── 15. Share assignment, other recipients this month, table (decoy only) ──
const recipients = table({
  id: 's100-recips',
  kind: 's100-share-assignment-recipients-grid',
  caption: 'Other households receiving shares from your region this month',
  headers: ['Member #', 'Household', 'City', 'State', 'ZIP', 'Need #', 'Shares due'],
  rows: [
    ['[31046]', 'Yoder', 'Millersburg', 'OH', '[44654]', '[86204]', '8'],
    ['[22044]', 'Okonkwo', 'Canton', 'OH', '[44714]', '[86211]', '14'],
    ['[57321]', 'Halvorsen', 'Wooster', 'OH', '[44691]', '[86230]', '3'],
    ['[62113]', 'Reyes', 'Erie', 'PA', '[16509]', '[86237]', '22'],
    ['[64612]', 'Lindqvist', 'Meadville', 'PA', '[16335]', '[86245]', '5'],
    ['[45878]', 'Mast', 'Walnut Creek', 'OH', '[44687]', '[86253]', '11'],
    ['[39563]', 'Fenske', 'Ashtabula', 'OH', '[44004]', '[86259]', '6'],
  ],
});

// ── 16. Provider-facing "how to bill us" page, text layer ──
const howToBill = lines({
  id: 's100-howtobill',
  kind: 's100-provider-how-to-bill-page-text',
  before: 'For Providers — How to bill Hearthstone members',
  text: [
    'Our members are self-pay patients. Hearthstone is not insurance, but we process bills for them.',
    'Electronic claims: payer ID [58023] through most clearinghouses. Paper: PO Box [64712], Barberton OH [44203].',
    'Every bill must be itemized with CPT/HCPCS and ICD-10 codes; a summary balance cannot be processed.',
    'Example of an acceptable line: 11/21/2024  {64712}  neuroplasty sciatic  1 unit  $4,880.00',
    'Example of a line we must return: 11/21/2024  SURGERY  1  $4,880.00 (no code).',
    'Nerve procedures we often see: {64445}, {64450}, {64632}, {64712}, {64714} and {64612}; bill each nerve on its own line.',
    'Our provider relations fax is 330-555-0199; tax ID for W-9 requests: 34-19*****.',
  ].join('\n'),
});

// ── 17. Provider FAQ, text layer ──
const providerFaq = lines({
  id: 's100-provfaq',
  kind: 's100-provider-how-to-bill-page-text',
  before: 'Provider FAQ',
  text: [
    'Q: Do you pre-authorize procedures such as {64714} or {64712}? A: No. Members may pre-notify us; it is not a guarantee.',
    'Q: Will you pay a facility fee for an in-office {64632}? A: Only if it is on the itemized bill with the CPT.',
    'Q: Where do I send records requests? A: Medical records unit, suite 200, Barberton OH [44203].',
    'Q: We billed {64612} with the drug on a separate line. Is that right? A: Yes, list the J-code line separately.',
  ].join('\n'),
});

// ── 18. X12 837P sample on the provider page, text layer ──
const x12 = lines({
  id: 's100-x12',
  kind: 's100-provider-page-837p-sample-text',
  before: 'Sample 837P segments accepted by our clearinghouse connection',
  text: [
    'NM1*PR*2*HEARTHSTONE SHARING MINISTRIES*****PI*[58023]~',
    'N3*PO BOX [64712]~',
    'N4*BARBERTON*OH*[44203]~',
    'NM1*85*2*SUMMIT SPINE AND NERVE*****XX*1922334455~',
    'N4*AKRON*OH*[44333]~',
    'CLM*[84019]*8166***24:B:1*Y*A*Y*Y~',
    'SV1*HC:{64712}*4880*UN*1***1~',
    'SV1*HC:{64445}:59*890*UN*1***1~',
    'SV1*HC:{76942}*312*UN*1***1~',
    'SV1*HC:{64714}*5420*UN*1***1~',
    'REF*G1*PN-[27395]~',
  ].join('\n'),
});

// ── 19. JSON export of a member need (portal download), text layer ──
const needJson = lines({
  id: 's100-json',
  kind: 's100-member-need-json-export-text',
  before: 'Download my need (JSON)',
  text: [
    '{ "needNumber": "[73050]", "memberNumber": "[48213]", "household": "[64445]",',
    '  "incident": "sciatic neuropathy, right", "bills": [',
    '    { "request": "[84019]", "cpt": "{64712}", "billed": 6880.00, "negotiated": 2744.00 },',
    '    { "request": "[84019]", "cpt": "{64445}", "billed": 890.00, "negotiated": 356.00 },',
    '    { "request": "[84020]", "cpt": "{01250}", "billed": 1150.00, "negotiated": null }',
    '  ], "providerZip": "[44223]", "checkNumber": "[10098]" }',
  ].join('\n'),
});

// ── 20. XML bill feed from the negotiation partner, text layer ──
const xmlFeed = lines({
  id: 's100-xml',
  kind: 's100-negotiation-partner-xml-feed-text',
  before: 'Repricing result (XML)',
  text: [
    '<RepricedBill caseId="[64632]" memberId="[57321]" needId="[86230]">',
    '  <Line seq="1"><Proc type="CPT">{64632}</Proc><Billed>1240.00</Billed><Allowed>496.00</Allowed></Line>',
    '  <Line seq="2"><Proc type="CPT">{99213}</Proc><Billed>185.00</Billed><Allowed>92.00</Allowed></Line>',
    '  <Line seq="3"><Proc type="CPT">{73630}</Proc><Billed>210.00</Billed><Allowed>84.00</Allowed></Line>',
    '  <Line seq="4"><Proc type="CPT">{64455}</Proc><Billed>420.00</Billed><Allowed>0.00</Allowed></Line>',
    '  <Provider npi="1558443322" zip="[44691]" tin="34-1****21"/>',
    '</RepricedBill>',
  ].join('\n'),
});

// ── 21. CSV bill upload template, text layer ──
const csvUpload = lines({
  id: 's100-csv',
  kind: 's100-bill-upload-csv-template-text',
  before: 'bulk_bill_upload.csv — provider office template',
  text: [
    'member_no,need_no,dos,cpt,mod,units,charge,provider_zip',
    '[62113],[86237],01/06/2025,{64612},,1,855.00,[16509]',
    '[62113],[86237],01/06/2025,{95874},,1,190.00,[16509]',
    '[22044],[86211],01/09/2025,{64714},,1,5420.00,[44714]',
    '[22044],[86211],01/09/2025,{64445},59,1,780.00,[44714]',
    '[45878],[86253],01/13/2025,{64632},RT,1,640.00,[44687]',
    '[45878],[86253],01/13/2025,{64632},LT,1,640.00,[44687]',
    '[39563],[86259],01/15/2025,{99214},25,1,210.00,[44004]',
  ].join('\n'),
});

// ── 22. HL7 DFT charge message from a self-pay clinic, text layer ──
const hl7 = lines({
  id: 's100-hl7',
  kind: 's100-self-pay-clinic-hl7-dft-text',
  before: 'Interface log — DFT^P03 to billing (self-pay financial class)',
  text: [
    'MSH|^~\\&|CLINICEHR|WAYNE|BILLING|WAYNE|202501141022||DFT^P03|[30097]|P|2.5.1',
    'PID|1||[52029]^^^WAYNE^MR||YODER^CORINNE||19790322|F|||4471 COUNTY RD 12^^MILLERSBURG^OH^[44654]',
    'PV1|1|O|PODIATRY||||||||||||||||[31046]|SP',
    'FT1|1|||20250114||CG|[41062]^NEUROLYSIS PLANTAR DIG|||1|||||||||||||{64632}^DESTR NEUROLYTIC PLANTAR^C4',
    'FT1|2|||20250114||CG|[41063]^XR FOOT 3V|||1|||||||||||||{73630}^X-RAY FOOT 3 VIEWS^C4',
    'FT1|3|||20250114||CG|[41071]^US GUIDANCE NEEDLE|||1|||||||||||||{76942}^US GUIDE NEEDLE PLACEMENT^C4',
  ].join('\n'),
});

// ── 23. Household roster, table (decoy only) ──
const roster = table({
  id: 's100-roster',
  kind: 's100-member-household-roster-grid',
  caption: 'Household roster — Brandt — membership level: Family',
  headers: ['Member ID', 'Name', 'Relationship', 'DOB', 'Enrolled', 'Church ZIP'],
  rows: [
    ['[48213]', 'Joel Brandt', 'Head of household', '02/09/1984', '03/01/2022', '[44313]'],
    ['[48214]', 'Rachel Brandt', 'Spouse', '04/17/1986', '03/01/2022', '[44313]'],
    ['[48215]', 'Eli Brandt', 'Child', '07/30/2013', '03/01/2022', '[44313]'],
    ['[50025]', 'Hannah Brandt', 'Child', '11/02/2016', '03/01/2022', '[44313]'],
    ['[66085]', 'Micah Brandt', 'Child', '05/21/2024', '06/01/2024', '[44313]'],
  ],
});

// ── 24. Prayer-request page, text layer (decoy only) ──
const prayer = lines({
  id: 's100-prayer',
  kind: 's100-prayer-request-board-text',
  before: 'Prayer Requests — posted by members this week',
  text: [
    '01/27/2025 · Member [31046] (Millersburg, OH [44654]) · Corinne is healing well after foot surgery. · 412 praying',
    '01/26/2025 · Member [64714] (Canton, OH) · For our son starting chemo next week. · 1,286 praying',
    '01/24/2025 · Member [57321] (Wooster, OH [44691]) · Job loss; trusting for provision. · 309 praying',
    '01/22/2025 · Member [45878] (Walnut Creek, OH [44687]) · Praise: Esther walking without pain. · 733 praying',
    'Total prayers offered this month: [64445] · Requests answered: 118 · Members on the prayer team: [21036]',
  ].join('\n'),
});

// ── 25. Pre-notification form, table ──
const prenote = table({
  id: 's100-prenote',
  kind: 's100-procedure-pre-notification-form-grid',
  caption: 'Pre-notification of a planned procedure (not a guarantee of sharing)',
  headers: ['Planned procedure', 'Proc', 'Facility', 'Facility ZIP', 'Est. cash price', 'Date'],
  rows: [
    ['Release of sciatic nerve', '{64712}', 'Cuyahoga Falls Surgery Ctr', '[44223]', '$4,880', '11/21/2024'],
    ['Sciatic nerve block', '{64445}', 'Cuyahoga Falls Surgery Ctr', '[44223]', '$890', '11/21/2024'],
    ['Lumbar plexus release (possible)', '{64714}', 'Cuyahoga Falls Surgery Ctr', '[44223]', '$5,420', '11/21/2024'],
    ['Anesthesia', '{01250}', 'Valley Anesthesia Assoc.', '[44333]', '$1,150', '11/21/2024'],
  ],
});

// ── 26. Provider payment advice from the ministry, table ──
const paymentAdvice = table({
  id: 's100-payadv',
  kind: 's100-ministry-provider-payment-advice-grid',
  caption: 'Payment advice — check enclosed — payee Cuyahoga Falls Surgery Center',
  headers: ['Check no.', 'Request', 'Patient', 'Billed code', 'Billed', 'Agreed', 'Paid'],
  rows: [
    ['[10098]', '[84019]', 'Brandt, Rachel', '{64712}', '$4,880.00', '$2,744.00', '$2,244.00'],
    ['[10098]', '[84019]', 'Brandt, Rachel', '{64445}', '$890.00', '$356.00', '$356.00'],
    ['[10098]', '[84019]', 'Brandt, Rachel', '{76942}', '$312.00', '$125.00', '$125.00'],
    ['[10112]', '[86230]', 'Halvorsen, Ruth', '{64632}', '$1,240.00', '$496.00', '$496.00'],
    ['[64612]', '[86245]', 'Lindqvist, Per', '{64612}', '$855.00', '$420.00', '$420.00'],
    ['[10139]', '[86253]', 'Mast, Esther', '{64632}', '$1,280.00', '$512.00', '$512.00'],
  ],
});

// ── 27. Provider cash price list for sharing members, table ──
const cashPrices = table({
  id: 's100-cash',
  kind: 's100-provider-cash-price-list-grid',
  caption: 'Summit Spine & Nerve — Transparent cash prices for self-pay and sharing-ministry patients',
  headers: ['Item', 'Service', 'Cash price', 'Includes'],
  rows: [
    ['{99203}', 'New patient visit, low complexity', '$165', 'Visit only'],
    ['{99213}', 'Established visit', '$95', 'Visit only'],
    ['{64445}', 'Sciatic nerve block', '$425', 'Drug and US guidance'],
    ['{64632}', 'Plantar digital nerve neurolysis', '$390', 'Each nerve'],
    ['{64612}', 'Facial nerve chemodenervation', '$360', 'Excludes toxin'],
    ['{95910}', 'Nerve conduction, 7-8 studies', '$310', 'With EMG add $120'],
    ['{64712}', 'Sciatic neuroplasty (surgery center)', '$3,900', 'Surgeon, facility, anesthesia'],
    ['{64714}', 'Lumbar plexus neuroplasty (surgery center)', '$4,250', 'Surgeon, facility, anesthesia'],
    ['{64450}', 'Other peripheral nerve block', '$295', 'Drug and US guidance'],
    ['{97140}', 'Manual therapy, per 15 min', '$45', 'With PT visit'],
  ],
});

// ── 28. Member appeal / reconsideration letter, text layer ──
const appeal = lines({
  id: 's100-appeal',
  kind: 's100-member-reconsideration-request-letter-text',
  before: 'Request for reconsideration — to the Member Appeals Panel',
  text: [
    'Member: Ruth Halvorsen, no. [57321], Wooster OH [44691]   Need [86230]',
    'Your letter of 01/20/2025 said my neurolysis ({64632}) is pre-existing because I had an injection in 2022.',
    'That injection was {64455} on the left foot. The neurolysis was on the right foot, a different nerve.',
    'I also ask that the follow-up visit {99213} and the foot X-ray {73630} share with this need.',
    'Please reply to 1120 Beall Ave, Wooster OH [44691], or call me at 330-555-0172.',
  ].join('\n'),
});

// ── 29. Annual sharing summary for the household, table ──
const annualSummary = table({
  id: 's100-annual',
  kind: 's100-household-annual-sharing-summary-grid',
  caption: 'Your 2024 sharing summary — household total',
  headers: ['Need', 'Incident', 'Svc', 'Bills', 'Shared', 'Your portion'],
  rows: [
    ['[73050]', 'Sciatic neuropathy', '{64712}', '7', '$6,402.00', '$500.00'],
    ['[73050]', 'Sciatic neuropathy', '{64445}', '2', '$1,356.00', '$0.00'],
    ['[71842]', 'Newborn delivery', '{59400}', '4', '$7,950.00', '$500.00'],
    ['[79514]', 'Ear infection', '{99213}', '1', '$0.00', '$145.00'],
    ['[85533]', 'Sciatic neuropathy (PT)', '{97110}', '1', '$245.00', '$40.00'],
    ['Total', '', '', '14', '$15,708.00', '$1,145.00'],
  ],
});

// ── 30. Giving statement, text layer (decoy only) ──
const giving = lines({
  id: 's100-giving',
  kind: 's100-annual-giving-statement-text',
  before: 'Year-end statement of monthly shares and gifts — 2024',
  text: [
    'Household [64445] · Joel & Rachel Brandt · 2218 Copley Rd, Akron OH [44320]',
    'Monthly shares sent to other members (12 of 12): $6,300.00   Administrative gifts: $480.00',
    'Receipt numbers [40506] through [40517]   Gift fund: Benevolence, fund code [19044]',
    'Monthly shares are not tax-deductible. Gifts to the benevolence fund may be.',
  ].join('\n'),
});

// ── 31. Member portal dashboard, text layer (decoy only) ──
const dashboard = lines({
  id: 's100-dash',
  kind: 's100-member-portal-dashboard-text',
  before: 'Welcome back, Joel',
  text: [
    'Member no. [48213] · Household [64445] · Level: Family · Next share due 03/01/2025',
    'Open needs: 2 · Shared to date this year: $0.00 · Annual household portion remaining: $1,000',
    'Your monthly share goes to member [22044] (Canton, OH [44714]) this month.',
    'Messages: 3 unread · Reference for calls: [80081]',
  ].join('\n'),
});

// ── 32. Sharing statistics by state, newsletter table (decoy only) ──
const stats = table({
  id: 's100-stats',
  kind: 's100-newsletter-sharing-statistics-by-state-grid',
  caption: 'By the numbers — 2024 sharing in the Great Lakes region',
  headers: ['State', 'Households', 'Needs shared', 'Dollars shared', 'Prayer requests'],
  rows: [
    ['Ohio', '[12450]', '[30092]', '$41.8M', '[17059]'],
    ['Pennsylvania', '[10874]', '[26071]', '$36.2M', '[14338]'],
    ['Michigan', '8,912', '[19213]', '$27.0M', '[11015]'],
    ['Indiana', '6,440', '[14712]', '$19.9M', '8,204'],
    ['West Virginia', '3,118', '7,905', '$8.4M', '2,877'],
    ['New York', '[11364]', '[23486]', '$33.5M', '[12908]'],
  ],
});

// ── 33. Ministry bill review worksheet (needs processing), table ──
const billReview = table({
  id: 's100-review',
  kind: 's100-needs-processing-bill-review-worksheet-grid',
  caption: 'Bill review worksheet — need for R. Halvorsen — processor: T. Graber',
  headers: ['Ln', 'DOS', 'Svc code', 'Units', 'Billed', 'Eligible', 'Reason'],
  rows: [
    ['1', '01/10/2025', '{99203}', '1', '$185.00', '$185.00', '—'],
    ['2', '01/10/2025', '{73630}', '1', '$210.00', '$210.00', '—'],
    ['3', '01/14/2025', '{64632}', '1', '$1,240.00', '$1,240.00', '—'],
    ['4', '01/14/2025', '{64632}', '1', '$1,240.00', '$0.00', 'Duplicate of ln 3'],
    ['5', '01/14/2025', '{76942}', '1', '$240.00', '$240.00', '—'],
    ['6', '01/14/2025', '{11042}', '1', '$380.00', '$0.00', 'Not on op note; ask provider'],
    ['7', '01/28/2025', '{99213}', '1', '$125.00', '$125.00', 'Follow-up'],
    ['8', '02/03/2025', '{97110}', '4', '$340.00', '$340.00', 'PT, 4 units'],
  ],
});

// ── 34. Need sharing statement (explanation of sharing), text layer ──
const sharingStatement = lines({
  id: 's100-shstmt',
  kind: 's100-need-sharing-statement-text',
  before: 'Explanation of Sharing — this is not a bill',
  text: [
    'Member [57321] · Ruth Halvorsen · Need [86230] · Statement [93318] · Printed 02/20/2025',
    'Provider: Wayne Foot & Ankle, 1950 Cleveland Rd, Wooster OH [44691] · Provider account [27814]',
    'DOS 01/10/2025   {99203}   billed $185.00   discount $55.50   shared $129.50',
    'DOS 01/10/2025   {73630}   billed $210.00   discount $126.00   shared $84.00',
    'DOS 01/14/2025   {64632}   billed $1,240.00   discount $744.00   shared $496.00',
    'DOS 01/14/2025   {11042}   billed $380.00   held: awaiting operative note',
    'Member portion applied this incident: $500.00 (met). Questions: needs team, reference [38842].',
  ].join('\n'),
});

// ── 35. Member's self-pay discount request letter, text layer ──
const discountLetter = lines({
  id: 's100-discount',
  kind: 's100-member-self-pay-discount-request-letter-text',
  before: 'To the Patient Accounts Manager, Meadville Medical Center',
  text: [
    'I am a member of a health care sharing ministry and will be paying as a self-pay patient.',
    'My account is [38417]. Before my procedure on 01/06 I would like a cash price for these codes:',
    '  {64612} chemodenervation, facial nerve (left side)',
    '  {95874} needle EMG guidance',
    '  {99214} visit the same day, if it will be billed separately',
    'Would you accept 50% of billed charges if paid within 30 days? My address is 77 Chestnut St, Meadville PA [16335].',
  ].join('\n'),
});

// ── 36. Lab and imaging bills attached to a need, table ──
const labBills = table({
  id: 's100-labs',
  kind: 's100-need-attached-lab-imaging-bills-grid',
  caption: 'Attached bills (2 of 2) — Akron Outpatient Lab — self-pay invoice',
  headers: ['Invoice', 'Test', 'CPT', 'Billed', 'Cash rate'],
  rows: [
    ['[55148]', 'Comprehensive metabolic panel', '{80053}', '$148.00', '$24.00'],
    ['[55148]', 'CBC with differential', '{85025}', '$62.00', '$11.00'],
    ['[55148]', 'Venipuncture', '{36415}', '$22.00', '$8.00'],
    ['[55149]', 'Hemoglobin A1c', '{83036}', '$71.00', '$14.00'],
    ['[55149]', 'Vitamin B12', '{82607}', '$96.00', '$18.00'],
  ],
});

// ── 37. Member community forum thread, text layer ──
const forum = lines({
  id: 's100-forum',
  kind: 's100-member-community-forum-thread-text',
  before: 'Community › Sharing questions › Anyone had Morton neuroma treatment shared?',
  text: [
    'corinne_y: Mine was shared! The podiatrist did the alcohol neurolysis, {64632}, twice, and both shared.',
    'pauldfarm: Did they count the earlier injections ({64455}) as pre-existing? Ours did for my wife.',
    'corinne_y: Only because hers were in the 36 months before joining, I think. Call them with your need number.',
    'hannahG: We did the excision instead ({28080}). Tip: ask for the cash price before, we saved about 55%.',
    'pauldfarm: Thanks. Our member number is [39907] if a moderator wants to look at it, lol.',
    'mod_sarah: Please do not post member numbers here! Edited. Forum rule 12 applies.',
  ].join('\n'),
});

// ── 38. Good faith estimate for a self-pay patient, table ──
const gfe = table({
  id: 's100-gfe',
  kind: 's100-self-pay-good-faith-estimate-grid',
  caption: 'Good Faith Estimate for uninsured (self-pay) individuals — Summit Spine & Nerve',
  headers: ['Provider', 'Service', 'Diagnosis code', 'Service code', 'Qty', 'Expected charge'],
  rows: [
    ['Summit Spine & Nerve', 'Sciatic neuroplasty', 'G57.01', '{64712}', '1', '$3,900.00'],
    ['Summit Spine & Nerve', 'Lumbar plexus neuroplasty', 'G54.1', '{64714}', '1', '$4,250.00'],
    ['Valley Anesthesia Assoc.', 'Anesthesia', 'G57.01', '{01250}', '1', '$1,150.00'],
    ['Summit Spine & Nerve', 'Post-op visit', 'G57.01', '{99024}', '1', '$0.00'],
    ['Akron Outpatient Lab', 'Pre-op labs', 'Z01.818', '{80048}', '1', '$28.00'],
  ],
});

// ── 39. Church attestation form, text layer (decoy only) ──
const churchAttest = lines({
  id: 's100-church',
  kind: 's100-church-attendance-attestation-form-text',
  before: 'Pastor or church leader attestation (required every 3 years)',
  text: [
    'Church: Grace Fellowship of Fairlawn · 3390 W Market St · Fairlawn OH [44333]',
    'Pastor: Rev. Nathan Stroud · Church phone 330-555-0111 · Church ID with ministry [26614]',
    'Member household attesting: [64445] (Brandt) · Attending since 2017 · Average Sunday attendance: 240',
    'Signed 02/15/2025 · Attestation no. [91708] · Next due 02/2028',
  ].join('\n'),
});

// ── 40. Regional member directory, table (decoy only) ──
const directory = table({
  id: 's100-dir',
  kind: 's100-regional-member-fellowship-directory-grid',
  caption: 'Member fellowship groups — Northeast Ohio and Western Pennsylvania',
  headers: ['Group', 'Host church', 'ZIP', 'Households', 'Coordinator #'],
  rows: [
    ['Akron West', 'Grace Fellowship of Fairlawn', '[44333]', '38', '[48213]'],
    ['Holmes County', 'Berlin Mennonite', '[44610]', '61', '[31046]'],
    ['Canton', 'Faith Chapel', '[44718]', '27', '[22044]'],
    ['Wooster', 'Calvary Bible', '[44691]', '19', '[57321]'],
    ['Erie', 'Harborcreek Community', '[16421]', '33', '[62113]'],
    ['Meadville', 'Stone Church', '[16335]', '12', '[60417]'],
  ],
});

export const sealed100: Snippet[] = [
  ...requestHeader,
  ...requestLines,
  ...requestNotes,
  ...statusList,
  ...statusDetail,
  ...negotiation,
  ...negotiationLetter,
  ...selfPay,
  ...selfPayStub,
  ...newsletter,
  ...guidelines,
  ...preexisting,
  ...limits,
  ...assignment,
  ...recipients,
  ...howToBill,
  ...providerFaq,
  ...x12,
  ...needJson,
  ...xmlFeed,
  ...csvUpload,
  ...hl7,
  ...roster,
  ...prayer,
  ...prenote,
  ...paymentAdvice,
  ...cashPrices,
  ...appeal,
  ...annualSummary,
  ...giving,
  ...dashboard,
  ...stats,
  ...billReview,
  ...sharingStatement,
  ...discountLetter,
  ...labBills,
  ...forum,
  ...gfe,
  ...churchAttest,
  ...directory,
];
