import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 180 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s180-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too. About a third of the decoys are numbers of the synthetic 10,000-code set (KNOWN_10K) used as
 * ZIPs of Tulsa and Omaha, a stop-loss contract number, the employer's PO box, an amendment reference, intranet
 * article ids, navigation fax-task, task, chat-reference and records-request numbers, a surgeon review number, a
 * hotel folio reference, a car-service confirmation and account, a travel receipt id, an HL7 control id and MRN, an
 * X12 GS control number, TPA claim numbers, member ids in a leakage report, a PO and an earlier invoice number, a
 * dashboard report id and a committee motion number. The five known codes' digits come back as decoys: the
 * employer's group number, a navigation case id, a hotel confirmation number (also typed by the member in chat), a
 * travel authorization number, an employee id (and the same id as member id in a leakage report), the surgeon
 * group's invoice number and lockbox PO box, a warranty credit memo number, an HR help-desk ticket, an intranet
 * article id and an ACH trace number in an 835 TRN segment.
 *
 * Family: an employer's surgical centers-of-excellence and direct bundled-payment contracts for peripheral-nerve
 * surgery. One (fictional) story: Brightwater Logistics, Inc. (Tulsa, OK), self-funded, runs "SurgeryDirect", a
 * centers-of-excellence benefit with a direct bundled-payment contract with Platte Valley Nerve & Hand Surgeons, P.C.
 * (Omaha, NE) operating at Westroads Surgical Hospital; Keelson Care Navigation, LLC is the navigation vendor and
 * Redbud Benefit Administrators the TPA. A forklift operator, Dolores Kettering, travels to Omaha for open sciatic
 * neurolysis. Pages: the direct contract's recitals, bundle price exhibit, included-codes and excluded-codes
 * schedules, warranty/complication carve-out article, rate amendment redline and signature/notice block; the
 * bundle definition as JSON and XML; the plan's SPD amendment (summary of material modifications) and its
 * cost-sharing grid; the intranet FAQ and portal search results; the navigation vendor's referral intake, case
 * header, case notes, chat transcript, records request fax, surgeon candidacy review, bundle authorization letter,
 * flight itinerary email, hotel folio, car service confirmation, travel reimbursement grid and episode close-out
 * checklist; the hospital's HL7 scheduling message and the operative report excerpt; the 837P bundle claim, the TPA
 * claim screen, bundle reconciliation report, reconciliation CSV, leakage report and an 835 payment; the surgeon
 * group's invoice header, invoice lines and remittance stub, warranty credit memo and complication review grid;
 * the navigation vendor's invoice; the employer's dashboard tiles, benefits committee minutes, member episode
 * statement and an HR help-desk ticket.
 * Built on real public layouts: employer centers-of-excellence programs and direct contracts as employers and
 * vendors publish them (Walmart and Lowe's COE program descriptions, PBGH Employers Centers of Excellence Network,
 * Carrum Health and SurgeryPlus-style bundle "what's included" pages), the bundled-payment exhibit form of CMS
 * BPCI Advanced episode definitions (anchor procedure, included/excluded services, episode length), ERISA summaries
 * of material modifications and SPD amendments, X12 837P and 835 segments, HL7 v2 SIU^S12, airline confirmation
 * emails, hotel folios, TPA claim adjudication screens and vendor invoices with remittance stubs. The others are
 * written the way those pages read, with no single source.
 *
 * 377 labelled tokens over 43 shapes: 184 codes (110 of them the five known codes), 193 decoys, 68 of the decoys
 * in KNOWN_10K; 22 decoys reuse the five known codes' digits.
 */

// ── 1. Direct contract recitals, PDF text layer ──
const recitals = lines({
  id: 's180-recitals',
  kind: 's180-direct-contract-recitals-text',
  before: 'DIRECT SURGICAL SERVICES AGREEMENT (BUNDLED PAYMENT) — Contract No. BWL-DC-30471',
  text: [
    'This Agreement is entered into as of January 1, 2027 by and between Brightwater Logistics, Inc., 2200 S. Utica',
    'Ave., Tulsa, OK [74120] ("Employer"), as sponsor of the Brightwater Logistics Employee Health Plan, group no.',
    '[64712] (the "Plan"), and Platte Valley Nerve & Hand Surgeons, P.C., [17201] Wright St., Omaha, NE [68154]',
    '("Provider Group"). Facility services are furnished by Westroads Surgical Hospital, [10060] Regency Cir., Omaha,',
    'NE [68114] under the Facility Joinder at Exhibit D.',
    'RECITALS. A. Employer wishes to offer Plan members a centers-of-excellence benefit for peripheral nerve surgery,',
    'including open neurolysis of the sciatic nerve (CPT {64712}) and of the lumbar plexus (CPT {64714}).',
    'B. The parties agree that the Bundle Price in Exhibit B is payment in full for all Included Services in Exhibit C.',
  ].join('\n'),
});

// ── 2. Bundle price exhibit, table ──
const priceExhibit = table({
  id: 's180-priceex',
  kind: 's180-bundle-price-exhibit-grid',
  caption: 'EXHIBIT B — BUNDLE PRICES (effective 01/01/2027 – 12/31/2027)',
  headers: ['Bundle ID', 'Anchor CPT', 'Bundle description', 'Setting', 'Bundle price', 'Warranty'],
  rows: [
    ['PN-[42517]', '{64712}', 'Open neurolysis, sciatic nerve', 'Inpatient ≤2 days', '$38,500', '90 days'],
    ['PN-[42524]', '{64714}', 'Open neurolysis, lumbar plexus', 'Inpatient ≤3 days', '$44,200', '90 days'],
    ['PN-[42531]', '{64708}', 'Neuroplasty, common peroneal nerve at fibular head', 'Outpatient', '$14,900', '60 days'],
    ['PN-[42535]', '{28035}', 'Tarsal tunnel release', 'Outpatient', '$12,750', '60 days'],
    ['PN-[42540]', '{64632}', 'Neurolytic destruction, plantar common digital nerve', 'Office', '$1,180', '30 days'],
    ['PN-[42541]', '{64721}', 'Carpal tunnel release, open', 'Outpatient', '$6,400', '60 days'],
  ],
});

// ── 3. Included codes schedule, table ──
const included = table({
  id: 's180-incl',
  kind: 's180-bundle-included-codes-grid',
  caption: 'EXHIBIT C — INCLUDED SERVICES, Bundle PN-42517 (sciatic neurolysis)',
  headers: ['Phase', 'Code', 'Service', 'Billed by', 'Notes'],
  rows: [
    ['Pre-op', '{99204}', 'New patient consult (in person or virtual)', 'Provider Group', 'one per episode'],
    ['Pre-op', '{95910}', 'Nerve conduction studies, 7–8 studies', 'Provider Group', 'if not done within 90 days'],
    ['Pre-op', '{80048}, {85025}, {93000}', 'Basic metabolic panel, CBC, ECG', 'Facility', ''],
    ['Surgery', '{64712}', 'Neuroplasty, sciatic nerve', 'Provider Group', 'anchor'],
    ['Surgery', '{64727}', 'Internal neurolysis, operating microscope (add-on)', 'Provider Group', 'with {64712} only'],
    ['Anesthesia', '{01250}', 'Anesthesia, nerves of upper leg', 'Provider Group', 'base + time'],
    ['Anesthesia', '{64445}', 'Sciatic nerve block, single injection, post-op', 'Provider Group', 'with {76942}'],
    ['Post-op', '{99024}', 'Post-op visit, global', 'Provider Group', 'through day 90'],
    ['Post-op', '{97161}, {97110}', 'PT evaluation; therapeutic exercise', 'Facility', 'up to 6 visits in Omaha'],
  ],
});

// ── 4. Excluded codes schedule, text layer ──
const excluded = lines({
  id: 's180-excl',
  kind: 's180-bundle-excluded-codes-text',
  before: "EXHIBIT C-2 — EXCLUDED SERVICES (paid under the Plan's standard medical benefit, not the Bundle Price)",
  text: [
    '1. Chemodenervation of facial nerve muscles, CPT {64612}, and the drug supplied (J0585), for any diagnosis.',
    "2. Diagnostic sciatic nerve block performed by the member's local physician before referral ({64445}), and its",
    '   imaging guidance ({76942}); a block by Provider Group on the day of surgery is included (Exhibit C).',
    '3. MRI of the lumbar spine ({72148}) or lower extremity ({73718}) ordered before the date of referral.',
    '4. Physical therapy after the member returns home ({97110}, {97140}) — standard PT benefit applies.',
    "5. Services for an unrelated condition during the episode; Employer's stop-loss contract SL-[58258] applies.",
  ].join('\n'),
});

// ── 5. Warranty / complication carve-out article ──
const warranty = lines({
  id: 's180-warranty',
  kind: 's180-warranty-complication-carve-out-text',
  before: 'ARTICLE 7. WARRANTY; COMPLICATIONS; CARVE-OUTS',
  text: [
    '7.1 Warranty. For 90 days after the anchor procedure (CPT {64712} or {64714}), Provider Group will furnish at no',
    'added charge any return to the operating room for the same nerve, including repeat neurolysis reported as',
    '{64712}-78 or {64714}-78, incision and drainage of a post-operative wound infection ({10180}) and drainage of',
    'a hematoma ({10140}).',
    '7.2 Carve-outs. The warranty does not apply to (a) an injury after discharge unrelated to the surgery, (b) a',
    'procedure on a different nerve, e.g. {64708} for the peroneal nerve, or (c) chemodenervation ({64612}).',
    '7.3 Credit. Where a warranty service is billed in error, Provider Group shall issue a credit memo within 30 days',
    'to Employer at PO Box [35900], Tulsa, OK [74101].',
  ].join('\n'),
});

// ── 6. Rate amendment redline ──
const redline = lines({
  id: 's180-redline',
  kind: 's180-contract-rate-amendment-redline-text',
  before: 'AMENDMENT NO. 2 TO CONTRACT BWL-DC-30471 — Exhibit B (marked to show changes)',
  text: [
    'Bundle PN-[42517] ({64712}): Bundle price $36,900 [deleted] $38,500 [inserted]',
    'Bundle PN-[42524] ({64714}): Bundle price $42,000 [deleted] $44,200 [inserted]; inpatient days ≤3',
    'Bundle PN-[42540] ({64632}): Office; [inserted: ultrasound guidance {76942} included]',
    'Bundle PN-[42550] ({64612}) [deleted in full — chemodenervation moved to Exhibit C-2]',
    'All other terms of the Agreement dated 01/01/2026 remain in effect. Amendment ref. AM-[73433].',
  ].join('\n'),
});

// ── 7. Signature and notices block ──
const signature = lines({
  id: 's180-sig',
  kind: 's180-contract-signature-notices-text',
  before: 'IN WITNESS WHEREOF, the parties have executed this Agreement.',
  text: [
    'BRIGHTWATER LOGISTICS, INC.   By: Marcy L. Osei, VP Total Rewards   Date: 12/14/2026',
    'PLATTE VALLEY NERVE & HAND SURGEONS, P.C.   By: Anil Deshpande, MD, President   Date: 12/16/2026',
    'Notices to Employer: Attn. Benefits, 2200 S. Utica Ave., Tulsa, OK [74120]-3311',
    'Notices to Provider Group: Attn. Contracts, [17201] Wright St., Suite 300, Omaha, NE [68154]',
    'Payments to Provider Group: Lockbox, PO Box [64632], Omaha, NE [68103]-0632',
    'Copy to: Keelson Care Navigation, LLC, 3100 West End Ave., Nashville, TN [37203]',
  ].join('\n'),
});

// ── 8. Bundle definition JSON (navigation vendor API) ──
const bundleJson = lines({
  id: 's180-bjson',
  kind: 's180-bundle-definition-json-text',
  before: 'GET /v2/bundles/PN-42517 — 200 OK',
  text: [
    '{ "bundleId": "PN-[42517]", "contractId": "BWL-DC-[30471]", "anchor": { "cpt": "{64712}", "laterality": ["RT","LT"] },',
    '  "included": ["{99204}", "{95910}", "{64712}", "{64727}", "{01250}", "{64445}", "{76942}", "{99024}"],',
    '  "excluded": ["{64612}", "{72148}", "{73718}"],',
    '  "price": { "amount": [38500].00, "currency": "USD" }, "warrantyDays": 90,',
    '  "facility": { "name": "Westroads Surgical Hospital", "postalCode": "[68114]" } }',
  ].join('\n'),
});

// ── 9. Bundle definition XML (TPA load file) ──
const bundleXml = lines({
  id: 's180-bxml',
  kind: 's180-bundle-load-file-xml-text',
  before: 'redbud_bundle_load_20270101.xml',
  text: [
    '<BundleLoad batch="[20190]" plan="BWL">',
    '  <Bundle id="PN-[42524]" anchorCpt="{64714}" price="[44200].00" episodeDays="90">',
    '    <Code type="CPT" value="{64714}"/><Code type="CPT" value="{64727}"/><Code type="CPT" value="{99024}"/>',
    '    <Exclude type="CPT" value="{64612}"/><Exclude type="CPT" value="{64632}"/>',
    '  </Bundle>',
    '  <Payee tin="47-3318820" zip="[68154]"/>',
    '</BundleLoad>',
  ].join('\n'),
});

// ── 10. SPD amendment / SMM ──
const spd = lines({
  id: 's180-spd',
  kind: 's180-spd-amendment-smm-text',
  before: 'SUMMARY OF MATERIAL MODIFICATIONS — Brightwater Logistics Employee Health Plan (Plan No. 501)',
  text: [
    'This notice amends the Summary Plan Description dated January 1, 2025, effective January 1, 2027.',
    'New benefit: SurgeryDirect. When you have a covered peripheral nerve surgery at a Center of Excellence, such as',
    'open sciatic nerve neurolysis ({64712}) or lumbar plexus neurolysis ({64714}), you pay $0 deductible and $0',
    'coinsurance, and the Plan pays travel for you and one companion.',
    'Not part of SurgeryDirect: facial nerve chemodenervation (CPT {64612}) and nerve blocks given by your local',
    'doctor (CPT {64445}); these are paid under your regular medical benefit.',
    'Questions: Keelson Care Navigation, 1-888-555-0147. Group number [64712]. Plan sponsor EIN 73-1190442.',
  ].join('\n'),
});

// ── 11. SPD cost-sharing grid ──
const spdGrid = table({
  id: 's180-spdgrid',
  kind: 's180-spd-cost-sharing-grid',
  caption: 'Schedule of Benefits — Peripheral Nerve Surgery (CPT 64712, 64714, 64708, 28035, 64721)',
  headers: ['Service', 'SurgeryDirect COE', 'In-network (non-COE)', 'Out-of-network'],
  rows: [
    ['Surgery, e.g. {64712}, {64714}', '$0', '30% after deductible', 'Not covered'],
    ['Office nerve destruction {64632}', '$0', '20% after deductible', '50% after deductible'],
    ['Nerve block {64445} by local doctor', 'Not a COE service', '20% after deductible', '50% after deductible'],
    ['Chemodenervation {64612}', 'Not a COE service', '20% after deductible', '50% after deductible'],
  ],
});

// ── 12. Intranet FAQ ──
const faq = lines({
  id: 's180-faq',
  kind: 's180-intranet-benefits-faq-text',
  before: 'BrightNet › Benefits › SurgeryDirect › Frequently asked questions (article 64612)',
  text: [
    'Q: My doctor says I need a sciatic nerve release. Is that SurgeryDirect? A: Yes. Ask for the CPT code; if it is',
    "{64712} or {64714}, call Keelson before you schedule. (Plain-number codes on your doctor's paperwork — {64712}, {64714}.)",
    'Q: I get Botox shots for facial spasm ({64612}). Are they covered under SurgeryDirect? A: No, regular benefit.',
    'Q: Where do I send receipts? A: Keelson, Attn. Travel, 3100 West End Ave., Nashville, TN [37203]. Ticket [64632] if',
    'you open a help-desk case about travel.',
  ].join('\n'),
});

// ── 13. Benefits portal search results ──
const search = lines({
  id: 's180-search',
  kind: 's180-benefits-portal-search-results-text',
  before: 'Search results for "sciatic nerve" — 4 results',
  text: [
    'SurgeryDirect bundle: Open sciatic nerve neurolysis (CPT {64712}) — Omaha, NE · $0 for you · Article [88920]',
    'SurgeryDirect FAQ — ... facial chemodenervation {64612} is not part of ... · Article [64612]',
    'Sciatic nerve block ({64445}) — regular medical benefit, 20% after deductible · Article [62645]',
    'Travel policy for COE surgery — mileage, lodging, per diem · Article [12540] · updated 11/2026',
  ].join('\n'),
});

// ── 14. Navigation referral intake form ──
const intake = lines({
  id: 's180-intake',
  kind: 's180-navigation-referral-intake-form-text',
  before: 'Keelson Care Navigation — Referral Intake (SurgeryDirect)',
  text: [
    'Member: Dolores A. Kettering   Employee ID: [64714]   DOB: 07/22/1971   Group: [64712]',
    'Home address: 4418 S. 33rd W. Ave., Tulsa, OK [74107]   Work site: Tulsa DC, dock 6',
    'Referring physician: Lyle Brandt, MD, Tulsa Bone & Joint, Tulsa, OK [74104]',
    'Requested procedure (as faxed): CPT {64712} RT — open neurolysis, right sciatic nerve',
    'Prior services: sciatic block {64445} 09/30/2026 (local, not COE); EMG/NCS {95886}, {95910} 08/2026',
    'Case ID assigned: NAV-[64445]   Intake by: T. Huynh, RN',
  ].join('\n'),
});

// ── 15. Navigation case header (dashboard) ──
const caseHeader = table({
  id: 's180-casehdr',
  kind: 's180-navigation-case-header-grid',
  caption: 'Case NAV-64445 · Kettering, Dolores · Status: Episode open',
  headers: ['Field', 'Value'],
  rows: [
    ['Case ID', 'NAV-[64445]'],
    ['Bundle', 'PN-[42517] Sciatic neurolysis'],
    ['Anchor CPT', '{64712}-RT'],
    ['Facility ZIP', '[68114]'],
    ['Member ZIP', '[74107]'],
    ['Travel authorization', 'TA-[64612]'],
    ['Warranty ends', '03/19/2027 (90 d)'],
  ],
});

// ── 16. Navigation case notes timeline ──
const caseNotes = lines({
  id: 's180-notes',
  kind: 's180-navigation-case-notes-timeline-text',
  before: 'Case notes — NAV-64445 (newest last)',
  text: [
    '11/02/2026 09:14 T. Huynh RN: Intake complete. Records requested from Tulsa Bone & Joint, fax task [10509].',
    '11/09/2026 15:40 T. Huynh RN: Records received (op consult, MRI {73718}, NCS {95910}). Sent to PVNHS for review.',
    '11/16/2026 11:02 Dr. Deshpande (PVNHS): candidate for {64712} RT with {64727}; pre-op consult {99204} by video.',
    '11/18/2026 13:25 G. Pruitt (travel): flights booked, conf. sent. Hotel conf [64612]. Companion: spouse.',
    '12/19/2026 17:50 T. Huynh RN: Surgery done, {64712}-RT + {64727}; block {64445} by PVNHS anesthesia (in bundle).',
    '12/21/2026 10:05 T. Huynh RN: Discharged to hotel. Post-op {99024} on 12/23; fly home 12/24.',
    '01/27/2027 08:30 T. Huynh RN: Local PT billed {97110} x6 — excluded (home PT). Told member. Task [43748].',
  ].join('\n'),
});

// ── 17. Member chat transcript ──
const chat = lines({
  id: 's180-chat',
  kind: 's180-navigation-member-chat-text',
  before: 'Secure chat · Keelson app · Dolores K. and Gina (Care Team)',
  text: [
    "Dolores K. 8:02 PM: my surgeon's bill says {64712} and {64727}, is that the one thats free?",
    'Gina (Care Team) 8:05 PM: Yes! {64712} with {64727} is your SurgeryDirect bundle, you owe $0.',
    'Dolores K. 8:07 PM: and the shot in my hip in sept, {64445}? they sent me a bill for $212',
    'Gina (Care Team) 8:09 PM: That block ({64445}) was before your referral, so it is regular benefit. Ref [87007].',
    'Dolores K. 8:10 PM: ok. my hotel number was [64612] if you need it',
    'Gina (Care Team) 8:11 PM: Got it, hotel confirmation [64612] is on file. Case NAV-[64445].',
  ].join('\n'),
});

// ── 18. Records request fax cover ──
const fax = lines({
  id: 's180-fax',
  kind: 's180-records-request-fax-cover-text',
  before: 'FACSIMILE — Keelson Care Navigation, LLC · 3100 West End Ave., Nashville, TN 37203',
  text: [
    'To: Tulsa Bone & Joint, Medical Records   Fax: 918-555-0188   Pages: 2 (incl. cover)',
    'Re: Dolores A. Kettering, DOB 07/22/1971 — Keelson task [10509]',
    'Please send: last two office notes, MRI {73718} report, EMG/NCS ({95886}/{95910}) report, and the note for the',
    'sciatic block ({64445}) done 09/30/2026. Purpose: surgical candidacy review for CPT {64712}.',
    'Return fax 615-555-0120 or upload to portal, request code [79910].',
  ].join('\n'),
});

// ── 19. Surgeon candidacy review letter ──
const review = lines({
  id: 's180-review',
  kind: 's180-surgeon-candidacy-review-letter-text',
  before: 'Platte Valley Nerve & Hand Surgeons, P.C. · 17201 Wright St., Suite 300, Omaha, NE 68154',
  text: [
    'Re: SurgeryDirect candidacy review — Bundle PN-[42517]',
    'I have reviewed the records. Ms. Kettering has right sciatic nerve entrapment at the piriformis after a 2024 hip',
    'arthroplasty, with NCS changes and temporary relief from a diagnostic sciatic block. She meets criteria for open',
    'neurolysis of the right sciatic nerve, {64712}-RT, with internal neurolysis under the microscope ({64727}).',
    'She does not need lumbar plexus exploration ({64714}). Planned post-op analgesia: single-shot block {64445}.',
    'Anil Deshpande, MD · PVNHS review no. [33595]',
  ].join('\n'),
});

// ── 20. Bundle authorization letter to member ──
const authLetter = lines({
  id: 's180-auth',
  kind: 's180-bundle-authorization-letter-text',
  before: 'Redbud Benefit Administrators · PO Box 470215, Tulsa, OK 74147-0215',
  text: [
    'Dolores A. Kettering, 4418 S. 33rd W. Ave., Tulsa, OK [74107]',
    'SurgeryDirect Episode Authorization   Authorization no. EA-[72544]   Plan: Brightwater Logistics EHP',
    'Approved: Bundle PN-[42517], open neurolysis right sciatic nerve (CPT {64712}), with {64727}, at Westroads',
    'Surgical Hospital, Omaha, NE [68114]. Episode dates 12/18/2026 – 03/19/2027.',
    'Your cost: $0. Services outside the bundle, such as CPT {64612} or home physical therapy, are not included.',
  ].join('\n'),
});

// ── 21. Flight itinerary email ──
const flight = lines({
  id: 's180-flight',
  kind: 's180-travel-flight-itinerary-email-text',
  before: 'From: travel@keelsoncare.com · Subject: Your trip to Omaha — Confirmation QXT7RV',
  text: [
    'Traveler: KETTERING/DOLORES A   Companion: KETTERING/RAYMOND J',
    'Thu 17 Dec  TUL 10:05 → DFW 11:15  AA 3312  ·  DFW 12:40 → OMA 14:30  AA 2204',
    'Thu 24 Dec  OMA 15:10 → DFW 17:05  AA 2617  ·  DFW 18:20 → TUL 19:25  AA 3395',
    'Ticket numbers 001 7421860531 / 001 7421860532   Fare class: Y (medical travel)',
    'Wheelchair assistance requested for return. Billing: Keelson travel account [28483].',
  ].join('\n'),
});

// ── 22. Hotel folio ──
const folio = table({
  id: 's180-folio',
  kind: 's180-hotel-folio-grid',
  caption: 'Regency Suites Omaha · 9920 Regency Cir., Omaha, NE 68114 · Folio — Confirmation 64612',
  headers: ['Date', 'Description', 'Ref', 'Charges', 'Credits'],
  rows: [
    ['12/17/2026', 'Room 412 — Medical rate', '[20845]', '119.00', ''],
    ['12/17/2026', 'Occupancy tax', '[20846]', '21.42', ''],
    ['12/21/2026', 'Room 412 — Medical rate (post-discharge)', '[20871]', '119.00', ''],
    ['12/24/2026', 'Direct bill — Keelson Care Navigation acct [28483]', '[20913]', '', '1,120.86'],
  ],
});

// ── 23. Car service confirmation ──
const car = lines({
  id: 's180-car',
  kind: 's180-ground-transport-confirmation-text',
  before: 'Heartland Medical Rides — Ride confirmation',
  text: [
    'Pickup: Regency Suites, 9920 Regency Cir., Omaha, NE [68114]  →  Westroads Surgical Hospital, [10060] Regency Cir.',
    'Date 12/18/2026 05:15   Passenger D. Kettering + 1   Confirmation [45175]   Account KEELSON-[13078]',
    'Return ride 12/21/2026 (discharge)   Confirmation [45176]   Wheelchair van',
  ].join('\n'),
});

// ── 24. Travel reimbursement grid ──
const travelRe = table({
  id: 's180-travelre',
  kind: 's180-travel-expense-reimbursement-grid',
  caption: 'SurgeryDirect travel reimbursement — TA-64612 — Kettering',
  headers: ['Date', 'Category', 'Detail', 'Amount', 'Receipt ID'],
  rows: [
    ['12/17/2026', 'Mileage', 'Home [74107] → TUL airport, 14 mi', '$9.38', '[51731]'],
    ['12/17–12/24', 'Per diem', '2 travelers × 8 days × $50', '$800.00', '[51732]'],
    ['12/24/2026', 'Parking', 'TUL economy lot', '$64.00', '[51733]'],
    ['12/24/2026', 'Mileage', 'TUL airport → home [74107], 14 mi', '$9.38', '[51734]'],
  ],
});

// ── 25. HL7 SIU scheduling message ──
const hl7 = lines({
  id: 's180-hl7',
  kind: 's180-hl7-siu-scheduling-text',
  before: 'Interface engine › Message viewer › SIU^S12 (Westroads Surgical Hospital → PVNHS)',
  text: [
    'MSH|^~\\&|WSH_OR|WSH|PVNHS_PM|PVNHS|202612011032||SIU^S12|[63727]|P|2.5.1',
    'SCH|[14372]^WSH|[14372]^PVNHS||||ELECTIVE|COE^SurgeryDirect bundle PN-[42517]|||^^240^20261218073000',
    'PID|1||MRN[55673]^^^WSH^MR||KETTERING^DOLORES^A||19710722|F|||4418 S 33RD W AVE^^TULSA^OK^[74107]',
    'AIS|1||{64712}^Neuroplasty sciatic nerve^CPT|20261218073000|||180^min',
    'AIS|2||{64727}^Internal neurolysis w microscope^CPT|20261218073000',
    'AIS|3||{64445}^Sciatic nerve block single^CPT|20261218070000',
  ].join('\n'),
});

// ── 26. Operative report excerpt ──
const opNote = lines({
  id: 's180-opnote',
  kind: 's180-operative-report-excerpt-text',
  before: 'OPERATIVE REPORT · Westroads Surgical Hospital · Acct 56503 · DOS 12/18/2026',
  text: [
    'PROCEDURES: 1. Open neurolysis, right sciatic nerve at the sciatic notch ({64712}-RT).',
    '2. Internal neurolysis using operating microscope ({64727}).',
    '3. Ultrasound-guided right sciatic nerve block by anesthesia for post-operative analgesia ({64445}, {76942}).',
    'ANESTHESIA: General ({01250}). FINDINGS: dense perineural scar from the piriformis to the gluteal fold.',
    'Bundle PN-[42517] episode (SurgeryDirect).',
  ].join('\n'),
});

// ── 27. 837P bundle claim ──
const x837 = lines({
  id: 's180-837',
  kind: 's180-x12-837p-bundle-claim-text',
  before: 'Claim file view — 837P from PVNHS to Redbud (bundle claim)',
  text: [
    'GS*HC*PVNHS*REDBUD*20261230*1415*[36175]*X*005010X222A1~',
    'CLM*PVN[40143]*[38500]***22:B:1*Y*A*Y*Y~REF*G1*EA-[72544]~NTE*ADD*BUNDLE PN-[42517] CONTRACT BWL-DC-[30471]~',
    'SV1*HC:{64712}:RT*[38500]*UN*1***1~DTP*472*D8*20261218~',
    'SV1*HC:{64727}*0*UN*1***1~',
    'SV1*HC:{64445}:RT*0*UN*1***1~',
    'SV1*HC:{01250}*0*MJ*146***1~',
    'NM1*85*2*PLATTE VALLEY NERVE & HAND SURGEONS PC*****XX*1538274610~N4*OMAHA*NE*[68154]~',
  ].join('\n'),
});

// ── 28. TPA claim adjudication screen ──
const tpaScreen = table({
  id: 's180-tpa',
  kind: 's180-tpa-claim-adjudication-screen-grid',
  caption: 'Redbud ClaimView · Claim 2026-31862-118 · Batch 64445 · Status: PAID (bundle)',
  headers: ['Ln', 'DOS', 'Proc', 'Mod', 'Billed', 'Allowed', 'Paid', 'Rsn'],
  rows: [
    ['1', '12/18/2026', '{64712}', 'RT', '38,500.00', '38,500.00', '38,500.00', 'B01'],
    ['2', '12/18/2026', '{64727}', '', '0.00', '0.00', '0.00', 'B02'],
    ['3', '12/18/2026', '{64445}', 'RT', '0.00', '0.00', '0.00', 'B02'],
    ['4', '12/18/2026', '{01250}', '', '0.00', '0.00', '0.00', 'B02'],
    ['5', '12/23/2026', '{99024}', '', '0.00', '0.00', '0.00', 'B02'],
  ],
});

// ── 29. Bundle reconciliation report ──
const recon = table({
  id: 's180-recon',
  kind: 's180-bundle-reconciliation-report-grid',
  caption: 'Redbud — SurgeryDirect Bundle Reconciliation, Q4 2026 · Run 64714 · Contract BWL-DC-30471',
  headers: ['Episode', 'Bundle', 'Anchor', 'Claims in window', 'Billed FFS', 'Bundle paid', 'Variance', 'Flag'],
  rows: [
    ['EA-[72544]', 'PN-[42517]', '{64712}', '7', '$61,214.00', '$38,500.00', '−$22,714.00', 'OK'],
    ['EA-[72546]', 'PN-[42524]', '{64714}', '9', '$70,880.00', '$44,200.00', '−$26,680.00', 'OK'],
    ['EA-[72553]', 'PN-[42540]', '{64632}', '2', '$1,940.00', '$1,180.00', '−$760.00', 'Duplicate {76942}'],
    ['EA-[72560]', 'PN-[42531]', '{64708}', '4', '$18,305.00', '$14,900.00', '−$3,405.00', 'Leakage: {64445}'],
  ],
});

// ── 30. Reconciliation CSV export ──
const reconCsv = lines({
  id: 's180-reconcsv',
  kind: 's180-reconciliation-csv-export-text',
  before: 'bundle_recon_Q4_2026.csv (opened in browser)',
  text: [
    'episode_id,bundle_id,claim_id,line,cpt,modifier,billed,bundle_status,member_zip',
    'EA-[72544],PN-[42517],2026-[31862]-118,1,{64712},RT,[38500].00,ANCHOR,[74107]',
    'EA-[72544],PN-[42517],2026-[31862]-118,3,{64445},RT,0.00,INCLUDED,[74107]',
    'EA-[72544],PN-[42517],2026-[85147]-004,1,{97110},GP,145.00,EXCLUDED_HOME_PT,[74107]',
    'EA-[72546],PN-[42524],2026-[85201]-011,1,{64714},LT,[44200].00,ANCHOR,[74133]',
    'EA-[72553],PN-[42540],2026-[85233]-002,1,{64632},,1180.00,ANCHOR,[74136]',
  ].join('\n'),
});

// ── 31. Leakage report ──
const leakage = table({
  id: 's180-leak',
  kind: 's180-bundle-leakage-report-grid',
  caption: 'Out-of-bundle claims during open episodes (leakage) — Q4 2026',
  headers: ['Member ID', 'Episode', 'Claim no.', 'Provider ZIP', 'CPT', 'Paid', 'Disposition'],
  rows: [
    ['[77921]', 'EA-[72560]', '[53029]', '[74135]', '{64445}', '$212.00', 'Recover — included in bundle'],
    ['[64714]', 'EA-[72544]', '[53044]', '[74104]', '{64612}', '$488.00', 'Excluded service — keep'],
    ['[77921]', 'EA-[72560]', '[53061]', '[68144]', '{99024}', '$0.00', 'Global — no action'],
    ['[80498]', 'EA-[72546]', '[53078]', '[74105]', '{72148}', '$392.00', 'Excluded (pre-referral) — keep'],
  ],
});

// ── 32. 835 payment to provider group ──
const x835 = lines({
  id: 's180-835',
  kind: 's180-x12-835-bundle-payment-text',
  before: '835 viewer — Redbud → PVNHS — check/EFT',
  text: [
    'BPR*I*[82700]*C*ACH*CCP*01*101000019*DA*****01*104000029*DA*2219906*20270115~',
    'TRN*1*EFT[64712]*1731190442~',
    'CLP*PVN[40143]*1*[38500]*[38500]**12*2026-[31862]-118~SVC*HC:{64712}:RT*[38500]*[38500]**1~',
    'CLP*PVN[40152]*1*[44200]*[44200]**12*2026-[85201]-011~SVC*HC:{64714}:LT*[44200]*[44200]**1~',
  ].join('\n'),
});

// ── 33. Surgeon group invoice header ──
const invHead = lines({
  id: 's180-invhead',
  kind: 's180-surgeon-group-invoice-header-text',
  before: 'PLATTE VALLEY NERVE & HAND SURGEONS, P.C. — INVOICE',
  text: [
    'Bill to: Brightwater Logistics, Inc., Attn. Benefits Finance, 2200 S. Utica Ave., Tulsa, OK [74120]',
    'Invoice no. INV-[64714]   Invoice date 01/05/2027   Terms: Net 15 per Agreement §5.2',
    'Contract BWL-DC-[30471]   Customer no. [26814]   PO [33147]',
    'Remit to: PVNHS Lockbox, PO Box [64632], Omaha, NE [68103]-0632',
  ].join('\n'),
});

// ── 34. Surgeon group invoice lines ──
const invLines = table({
  id: 's180-invlines',
  kind: 's180-surgeon-group-invoice-lines-grid',
  caption: 'Invoice INV-64714 — SurgeryDirect bundles, December 2026',
  headers: ['Episode', 'Patient', 'Bundle', 'Anchor CPT', 'DOS', 'Amount'],
  rows: [
    ['EA-[72544]', 'Kettering, D.', 'PN-[42517] Sciatic', '{64712}-RT', '12/18/2026', '$38,500.00'],
    ['EA-[72546]', 'Molina, R.', 'PN-[42524] Lumbar plexus', '{64714}-LT', '12/09/2026', '$44,200.00'],
    ['EA-[72553]', 'Stroud, K.', 'PN-[42540] Digital nerve', '{64632}', '12/03/2026', '$1,180.00'],
    ['', '', 'Less warranty credit (credit memo 01/04)', '{64714}-78', '', '($4,800.00)'],
  ],
});

// ── 35. Remittance stub ──
const stub = lines({
  id: 's180-stub',
  kind: 's180-invoice-remittance-stub-text',
  before: '✂ — — — — Detach and return with payment — — — —',
  text: [
    'PVNHS Lockbox · PO Box [64632] · Omaha, NE [68103]-0632',
    'Invoice INV-[64714]   Customer [26814]   Amount due $79,080.00   Due 01/20/2027',
  ].join('\n'),
});

// ── 36. Warranty credit memo ──
const creditMemo = lines({
  id: 's180-cm',
  kind: 's180-warranty-credit-memo-text',
  before: 'CREDIT MEMO — Platte Valley Nerve & Hand Surgeons, P.C.',
  text: [
    'Credit memo no. CM-[64712]   Date 01/04/2027   Applies to invoice INV-[63859] (Oct 2026 bundles)',
    'Reason: Agreement §7.1 warranty. Patient Molina, R., episode EA-[72519], repeat neurolysis {64714}-78 on',
    '11/21/2026 within 90 days of the anchor {64714} was billed fee-for-service in error. Credit $4,800.00.',
    'Also reversed: I&D of wound {10180} on 11/14/2026 (warranty). Original claim [53011].',
  ].join('\n'),
});

// ── 37. Complication review grid ──
const compReview = table({
  id: 's180-comp',
  kind: 's180-complication-warranty-review-grid',
  caption: 'Warranty / complication review — episodes closed Q4 2026',
  headers: ['Episode', 'Anchor', 'Event CPT', 'Day', 'Warranty?', 'Reviewer note'],
  rows: [
    ['EA-[72519]', '{64714}', '{64714}-78', '41', 'Yes', 'Same nerve, return to OR'],
    ['EA-[72519]', '{64714}', '{10180}', '34', 'Yes', 'Post-op wound infection'],
    ['EA-[72527]', '{64712}', '{64708}', '72', 'No — carve-out 7.2(b)', 'Different nerve (peroneal)'],
    ['EA-[72533]', '{64632}', '{64632}', '25', 'Yes', 'Repeat injection same interspace'],
    ['EA-[72538]', '{64712}', '{64612}', '60', 'No — carve-out 7.2(c)', 'Chemodenervation, facial'],
  ],
});

// ── 38. Navigation vendor invoice ──
const navInv = table({
  id: 's180-navinv',
  kind: 's180-navigation-vendor-invoice-grid',
  caption: 'Keelson Care Navigation — Invoice 42962 to Brightwater Logistics — December 2026',
  headers: ['Item', 'Description', 'Qty', 'Rate', 'Amount'],
  rows: [
    ['PEPM', 'Navigation fee, 4,112 enrolled employees', '4112', '$1.85', '$7,607.20'],
    ['CASE', 'Surgical case fee — Kettering ({64712})', '1', '$750.00', '$750.00'],
    ['CASE', 'Surgical case fee — Molina ({64714})', '1', '$750.00', '$750.00'],
    ['TRVL', 'Travel pass-through, 2 cases (see detail)', '1', 'at cost', '$3,964.17'],
  ],
});

// ── 39. Episode close-out checklist ──
const closeout = lines({
  id: 's180-closeout',
  kind: 's180-episode-closeout-checklist-text',
  before: 'Keelson — Episode close-out · NAV-64445',
  text: [
    '[x] Anchor claim {64712}-RT paid as bundle (claim 2026-[31862]-118)',
    '[x] Included lines {64727}, {64445}, {01250}, {99024} priced at $0',
    '[x] 90-day PROM call done; no warranty events',
    '[x] Travel reconciled; folio [20913] direct-billed',
    '[ ] Excluded home PT ({97110}) — member notified, regular benefit',
  ].join('\n'),
});

// ── 40. Employer dashboard tiles ──
const dashboard = lines({
  id: 's180-dash',
  kind: 's180-employer-coe-dashboard-tiles-text',
  before: 'SurgeryDirect program dashboard · Brightwater Logistics · YTD 2026',
  text: [
    'Episodes completed: 14 · Top anchor: {64712} (6) · {64714} (4) · {64632} (3) · {64708} (1)',
    'Bundle spend $376,580 vs. expected FFS $592,107 · Savings 36%',
    'Leakage claims: 11 ({64445} 5, {72148} 3, {97110} 3) · Warranty events: 2',
    'Report id [73340] · Refreshed 01/31/2027 06:00 CT',
  ].join('\n'),
});

// ── 41. Benefits committee minutes ──
const minutes = lines({
  id: 's180-minutes',
  kind: 's180-benefits-committee-minutes-text',
  before: 'Brightwater Logistics — Benefits Committee — Minutes of February 9, 2027',
  text: [
    '3. SurgeryDirect year 1. Ms. Osei reported 14 episodes. The sciatic neurolysis bundle ({64712}) averaged 2.1',
    'inpatient days. Committee asked why facial chemodenervation, CPT {64612}, was dropped; answer: not surgical.',
    '4. Stop-loss. Carrier confirmed bundles count as one claim under contract SL-[58258]; specific deductible',
    'unchanged. Motion 2027-[03766] carried.',
  ].join('\n'),
});

// ── 42. Member episode statement ──
const statement = table({
  id: 's180-stmt',
  kind: 's180-member-episode-statement-grid',
  caption: 'Your SurgeryDirect episode · Authorization EA-72544 · This is not a bill',
  headers: ['Date', 'Service', 'Code', 'Plan paid', 'You owe'],
  rows: [
    ['12/18/2026', 'Sciatic nerve surgery (bundle)', '{64712}', '$38,500.00', '$0.00'],
    ['12/18/2026', 'Nerve block, in bundle', '{64445}', 'Included', '$0.00'],
    ['09/30/2026', 'Nerve block, local (not in bundle)', '{64445}', '$848.00', '$212.00'],
    ['01/06/2027', 'Physical therapy, local', '{97110}', '$116.00', '$29.00'],
  ],
});

// ── 43. Help-desk ticket ──
const ticket = lines({
  id: 's180-ticket',
  kind: 's180-hr-helpdesk-ticket-text',
  before: 'HR Service Desk · Ticket 64632 · Category: Benefits › SurgeryDirect',
  text: [
    'Opened by: D. Kettering (employee [64714]) · Location: Tulsa DC, 5501 W. Skelly Dr., Tulsa, OK [74107]',
    'Description: got a $212 bill for a nerve block {64445} from Sept, thought surgery program paid everything.',
    'Resolution: explained block {64445} was before referral (excluded, Exhibit C-2 item 2); see Article [62645].',
    'Linked: Keelson ref [87007] · closed 02/02/2027',
  ].join('\n'),
});

export const sealed180: readonly Snippet[] = [
  ...recitals,
  ...priceExhibit,
  ...included,
  ...excluded,
  ...warranty,
  ...redline,
  ...signature,
  ...bundleJson,
  ...bundleXml,
  ...spd,
  ...spdGrid,
  ...faq,
  ...search,
  ...intake,
  ...caseHeader,
  ...caseNotes,
  ...chat,
  ...fax,
  ...review,
  ...authLetter,
  ...flight,
  ...folio,
  ...car,
  ...travelRe,
  ...hl7,
  ...opNote,
  ...x837,
  ...tpaScreen,
  ...recon,
  ...reconCsv,
  ...leakage,
  ...x835,
  ...invHead,
  ...invLines,
  ...stub,
  ...creditMemo,
  ...compReview,
  ...navInv,
  ...closeout,
  ...dashboard,
  ...minutes,
  ...statement,
  ...ticket,
];
