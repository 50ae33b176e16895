import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 77 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s77-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too. About a third of the decoys are numbers of the synthetic 10,000-code set (KNOWN_10K) used as
 * ZIPs, bundle, listing, member, voucher, receipt and search ids. The five known codes' digits come back as decoys: a
 * surgery center's PO box, a sponsored listing id, a marketplace account, a patient account on a quote, a DPC member
 * number, the DPC's PO box, a patient's invoice number in a dispute, an HSA transaction reference, and a superbill
 * chart number that returns as the CMS-1500 patient account and the 837P claim id. Some decoys are real CPT codes in
 * another role (a parking validation code, an Anchorage ZIP); a coder reads them as what the page says they are.
 *
 * Family: cash-pay medicine: direct primary care, cash-price surgery centers and self-pay marketplaces, around a
 * peripheral-nerve case: a surgery center's published cash price list (bundle ids, CPT, all-in price) with its fine
 * print, FAQ and cost estimator, its XML price feed and its sites page, a marketplace search, listing detail, booking
 * flow (checkout, voucher), provider comparison and JSON API, a bundled cash quote for a sciatic neuroplasty and its
 * line items, a DPC membership page with member lab prices, in-office procedure prices, a member roster, an employer
 * utilization report and invoice, a No Surprises Act good-faith estimate (header and disclaimer, convening and
 * co-provider tables, FHIR Claim), a patient-provider dispute and its billed-versus-estimate table, an HSA receipt,
 * account activity and reimbursement request, a self-pay superbill with the CMS-1500 and 837P built from it, a payer's
 * out-of-network claim instructions, a hospital standard-charges file, a price comparison blog post and its table,
 * and decoy-only pages (a DPC membership agreement, DPC hours and locations, the surgery center's sites, an employer
 * invoice, a member roster, HSA account activity, a marketplace provider comparison).
 * Built on real public layouts: the Surgery Center of Oklahoma's online price list (procedure, CPT, all-inclusive
 * price), MDsave / Sesame-style listing pages (what's included, voucher, provider distance), the CMS standard Good
 * Faith Estimate template (patient, GFE number, convening provider, co-provider tables with Service Code and Expected
 * Cost, the disclaimer), the CMS patient-provider dispute resolution initiation, the CMS hospital price transparency
 * CSV template (description, code|1, code|1|type, setting, standard_charge|gross, |discounted_cash), the Da Vinci
 * Patient Cost Transparency GFE Claim resource, the CMS-1500 form boxes and the X12 837P. The others are written the
 * way those pages read, with no single source. All names, addresses and numbers are made up.
 *
 * 348 labelled tokens over 35 shapes: 149 codes, 199 decoys, 70 of the decoys in KNOWN_10K.
 */

// ── 1. Surgery center cash price list, table ──
const ascPriceList = table({
  id: 's77-ascprice',
  kind: 's77-asc-cash-price-list-grid',
  caption: 'Red Earth Surgery Center — Our prices (all-inclusive: surgeon, anesthesia, facility)',
  headers: ['Procedure', 'CPT', 'Bundle', 'Price', 'Specialty'],
  rows: [
    ['Sciatic nerve neuroplasty (release)', '{64712}', '[31402]', '$5,640', 'Orthopedics'],
    ['Lumbar plexus neuroplasty', '{64714}', '[31417]', '$6,180', 'Neurosurgery'],
    ['Morton’s neuroma, neurolytic injection series (3)', '{64632}', '[31415]', '$1,125', 'Podiatry'],
    ['Morton’s neuroma excision', '{28080}', '[31416]', '$2,950', 'Podiatry'],
    ['Carpal tunnel release', '{64721}', '[31120]', '$2,300', 'Hand'],
    ['Knee arthroscopy, meniscectomy', '{29881}', '[30211]', '$3,740', 'Orthopedics'],
    ['ACL reconstruction', '{29888}', '[30230]', '$7,600', 'Orthopedics'],
    ['Total knee replacement', '{27447}', '[30480]', '$16,900', 'Orthopedics'],
    ['Colonoscopy with biopsy', '{45380}', '[32105]', '$1,650', 'Gastroenterology'],
    ['Laparoscopic gallbladder removal', '{47562}', '[32240]', '$5,865', 'General surgery'],
    ['Inguinal hernia repair', '{49505}', '[32251]', '$3,960', 'General surgery'],
    ['Sciatic nerve block add-on (single shot)', '{64445}', '[39004]', '$450', 'Anesthesia'],
    ['Blepharospasm chemodenervation (drug extra)', '{64612}', '[31502]', '$520', 'Ophthalmology'],
  ],
});

// ── 2. Price page fine print, FAQ and cost estimator widget, text layer ──
const ascFinePrint = lines({
  id: 's77-ascnotes',
  kind: 's77-asc-price-page-notes-faq-estimator-text',
  before: 'Pricing notes',
  text: [
    'Prices are for patients paying in full before surgery. Implants are billed at invoice cost, except {27447}.',
    'A nerve block for post-op pain ({64445} or {64447}) is added only when your anesthesiologist recommends it.',
    'Bundles [31402] and [31417] assume one night of extended recovery; outpatient-only discount applies.',
    'Pathology ({88305}) and imaging ({72148}, {73721}) are not included; we refer to a cash-price partner.',
    'Mail payments to PO Box [64612], Oklahoma City, OK [73113]; wire instructions on request.',
    'Questions: 5200 N Meridian Ave, Oklahoma City, OK [73112] · 405-555-0140',
    'Frequently asked questions',
    'Q: My surgeon said “sixty-four seven twelve.” What is that? A: CPT {64712}, freeing the sciatic nerve.',
    'Q: Is a lumbar plexus release ({64714}) ever done the same day? A: Yes; we quote it as a separate bundle.',
    'Q: Do you take insurance? A: No. We give you a superbill; your plan may pay you back.',
    'Q: Can my employer pay? A: Yes — employer account no. [43518] covers its staff directly.',
    'Q: How far do people travel? A: Patients have come from as far as ZIP [99501] (Anchorage).',
    'Q: Is the block ({64445}) extra? A: Only if you and the anesthesiologist choose it; it is $450.',
    'Estimate my cost — Botox for blepharospasm',
    'Procedure code: {64612} (one side) or {64612} with modifier 50 (both sides)',
    'Drug: onabotulinumtoxinA, 50 units (J0585 ×50)',
    'Your ZIP: [73013]   Our nearest site: Edmond, 9.7 mi   Est. total $640',
    'Add EMG guidance ({95874})? +$95',
    'Compare: facial-nerve injections ({64612}) vs. neck-muscle injections ({64616}) for cervical dystonia',
    'Estimate ref [27718] — share this link with your HSA administrator',
  ].join('\n'),
});

// ── 3. Marketplace search results, text layer ──
const mpSearch = lines({
  id: 's77-mpsearch',
  kind: 's77-marketplace-search-results-text',
  before: 'Search: “Morton’s neuroma injection” near you',
  text: [
    'Showing 14 results within 25 miles of [73069] · Sort: Lowest price',
    'Dr. Priya Natarajan, DPM — Sooner Foot & Ankle — 2.1 mi — $985 — Listing #[40218]',
    '   Includes: new-patient visit, ultrasound-guided alcohol injection ({64632}), 1 follow-up',
    'Dr. Mark Ellery, DPM — Canadian Valley Podiatry, Yukon [73099] — 24.6 mi — $1,140 — Listing #[40367]',
    '   Includes: consultation, neurolysis {64632} x1, ultrasound guidance',
    'Red Earth Surgery Center — Oklahoma City [73120] — 18.0 mi — $2,950 — Listing #[38816]',
    '   Includes: neuroma excision (CPT {28080}), anesthesia, facility',
    'Sponsored · Listing #[64714] · Foot pain? Same-week appointments',
    'Page 1 of 2 · search id [88157]',
  ].join('\n'),
});

// ── 4. Marketplace listing detail, text layer ──
const mpListing = lines({
  id: 's77-mplisting',
  kind: 's77-marketplace-listing-detail-text',
  before: 'Sooner Foot & Ankle — Morton’s Neuroma Alcohol Injection — $985',
  text: [
    'Listing ID [40218] · Provider ZIP [73069] · 2.1 mi from you',
    'What’s included',
    '• New patient office visit ({99203})',
    '• Diagnostic ultrasound of the foot ({76882}) and needle guidance ({76942})',
    '• Neurolytic alcohol injection, common digital nerve ({64632}), 1 injection',
    'Not included: more injections in the series ({64632} each, $275), orthotics, x-rays ({73630}).',
    'Voucher valid 12 months. Sold 312 times. Provider NPI 1346652018.',
  ].join('\n'),
});

// ── 5. Marketplace booking flow: checkout, then voucher, text layer ──
const mpVoucher = lines({
  id: 's77-mpvoucher',
  kind: 's77-marketplace-booking-flow-text',
  before: 'Book and pay — step 3 of 3',
  text: [
    'Provider: Sooner Foot & Ankle · Listing [40218] · 2.1 mi from [73069]',
    'Service: Morton’s neuroma alcohol injection — billed as {64632} with ultrasound guidance {76942}',
    'Price $985.00 · Marketplace fee $0 · Gift card [30615] applied −$25.00',
    'Pay with HSA/FSA card · Billing ZIP [73069]',
    'Your voucher is ready',
    'Voucher [52812] · Order [90213] · Paid $960.00 with card ending 4410',
    'Procedure: Morton’s neuroma alcohol injection (CPT {64632})',
    'Present this voucher at: Sooner Foot & Ankle, 1221 E Alameda St, Suite 5, Norman, OK [73071]',
    'To book, call 405-555-0187 and give the voucher number [52812] and your PIN.',
    'Refund window: 90 days if unused. Account [64632] · Rewards balance $25',
  ].join('\n'),
});

// ── 6. Marketplace provider comparison, table (decoy only) ──
const mpCompare = table({
  id: 's77-mpcompare',
  kind: 's77-marketplace-provider-compare-grid',
  caption: 'Compare sciatic nerve block providers',
  headers: ['Provider', 'City', 'ZIP', 'Distance', 'Listing', 'Price', 'Rating'],
  rows: [
    ['Plains Regional Anesthesia', 'Oklahoma City', '[73104]', '6.2 mi', '[41102]', '$420', '4.8'],
    ['Northside Pain Center', 'Edmond', '[73034]', '11.9 mi', '[41188]', '$465', '4.6'],
    ['Red Earth Surgery Center', 'Oklahoma City', '[73120]', '8.4 mi', '[38845]', '$450', '4.9'],
    ['Tulsa Spine & Nerve', 'Tulsa', '[74104]', '104 mi', '[42057]', '$390', '4.7'],
    ['Green Country ASC', 'Broken Arrow', '[74012]', '112 mi', '[42230]', '$410', '4.5'],
    ['Lawton Pain Clinic', 'Lawton', '[73505]', '81 mi', '[42283]', '$375', '4.2'],
  ],
});

// ── 7. Marketplace listings API response (JSON), text layer ──
const mpJson = lines({
  id: 's77-mpjson',
  kind: 's77-marketplace-listings-json-text',
  before: 'GET /v2/listings?procedure=sciatic-nerve-block — response',
  text: [
    '{"results": [',
    '  {"listing_id": [41102], "cpt": ["{64445}", "{76942}"], "price_cents": [42000],',
    '   "provider": {"name": "Plains Regional Anesthesia", "zip": "[73104]", "npi": "1578849920"},',
    '   "distance_mi": 6.2, "bundle": "BLK-[20917]"},',
    '  {"listing_id": [38845], "cpt": ["{64445}"], "price_cents": [45000], "add_on_cpt": ["{64447}"],',
    '   "provider": {"name": "Red Earth Surgery Center", "zip": "[73120]"}, "distance_mi": 8.4},',
    '  {"listing_id": [42057], "cpt": ["{64445}", "{76942}"], "price_cents": [39000], "provider": {"zip": "[74104]"}}',
    '], "total": 3, "searched_zip": "[73069]"}',
  ].join('\n'),
});

// ── 8. Bundled cash quote for a nerve procedure, text layer ──
const bundleQuote = lines({
  id: 's77-quote',
  kind: 's77-nerve-procedure-bundle-quote-text',
  before: 'Red Earth Surgery Center — Bundled cash quote',
  text: [
    'Quote no. [30527]   Prepared 03/04/2026   Valid 60 days   Patient acct [64712]',
    'Patient: Dana Whitlock   Surgeon: R. Castellanos, MD (orthopedics)',
    'Planned: right sciatic nerve neuroplasty at the notch, CPT {64712}, with pre-op single-shot sciatic block {64445}.',
    'If the lumbar plexus is released in the same session ({64714}) the bundle moves to [31417] instead of [31402].',
    'Facility, surgeon, anesthesia (base {01250}) and one post-op visit included; no balance billing.',
    'Deposit $500 due on scheduling; balance due 48 hours before surgery.',
    'Your earlier quote [30498] (knee scope, {29881}) is cancelled at your request.',
  ].join('\n'),
});

// ── 9. Bundled quote line items, table ──
const quoteLines = table({
  id: 's77-quotelines',
  kind: 's77-bundle-quote-line-items-grid',
  caption: 'Quote detail — what the bundle covers',
  headers: ['Line', 'Svc', 'Description', 'Units', 'Cash price'],
  rows: [
    ['1', '{64712}', 'Neuroplasty, sciatic nerve', '1', '$3,400'],
    ['2', '{64445}', 'Injection, anesthetic, sciatic nerve, single', '1', 'incl.'],
    ['3', '{01250}', 'Anesthesia, nerves/muscles of upper leg', '1', '$980'],
    ['4', '{95940}', 'Intraop neurophysiology monitoring, per 15 min', '4', 'incl.'],
    ['5', '{99024}', 'Post-op visit (global)', '1', '$0'],
    ['6', 'Facility', 'OR time, recovery, supplies (item [52210])', '1', '$1,260'],
  ],
});

// ── 10. DPC membership page with member lab prices, text layer ──
const dpcFees = lines({
  id: 's77-dpcfees',
  kind: 's77-dpc-membership-fees-and-lab-prices-text',
  before: 'Prairie Direct Primary Care — Membership',
  text: [
    'Children 0–18: $25/month with a parent member · Adults 19–64: $75/month · 65+: $95/month',
    'Enrollment fee $99 (waived for employer groups). Family cap $250/month.',
    'Included: unlimited visits, texting, EKG ({93000}), urinalysis ({81002}), rapid strep ({87880}), draws ({36415}).',
    'Employer plans: group no. [20417] (City of Norman) and [20433] (Cleveland County Schools) bill monthly.',
    'Clinic: 3400 W Main St, Suite 110, Norman, OK [73072]',
    'Member lab prices (we pass our wholesale cost through)',
    'Comprehensive metabolic panel ({80053}) $4.00 · CBC with diff ({85025}) $3.25',
    'Lipid panel ({80061}) $4.50 · Hemoglobin A1c ({83036}) $5.00 · TSH ({84443}) $5.75',
    'Vitamin D, 25-OH ({82306}) $11.00 · PSA ({84153}) $7.00',
    'Reference lab account [27481] · courier pickup 3 pm · results in the member app',
  ].join('\n'),
});

// ── 11. DPC in-office procedure prices, table ──
const dpcProcedures = table({
  id: 's77-dpcproc',
  kind: 's77-dpc-in-office-procedure-prices-grid',
  caption: 'Members pay these prices for in-office procedures (non-members add 40%)',
  headers: ['Item', 'What it is', 'Member', 'Non-member'],
  rows: [
    ['{20610}', 'Joint injection, knee/shoulder (steroid incl.)', '$35', '$49'],
    ['{20552}', 'Trigger point injection', '$25', '$35'],
    ['{11102}', 'Skin biopsy (pathology extra)', '$40', '$56'],
    ['{17110}', 'Wart freezing, up to 14', '$20', '$28'],
    ['{69210}', 'Ear wax removal', '$0', '$30'],
    ['{10060}', 'Abscess drainage', '$45', '$63'],
    ['{64632}', 'Morton’s neuroma alcohol injection (per shot)', '$60', '$84'],
    ['{64450}', 'Digital / peripheral nerve block', '$30', '$42'],
  ],
});

// ── 12. DPC member roster, table (decoy only) ──
const dpcRoster = table({
  id: 's77-dpcroster',
  kind: 's77-dpc-member-roster-grid',
  caption: 'Member roster — panel of Dr. Lindqvist — active and paused',
  headers: ['Member #', 'Name', 'Plan', 'Joined', 'ZIP', 'Employer group', 'Status'],
  rows: [
    ['[10552]', 'Alvarez, Rosa', 'Adult', '01/2024', '[73069]', '—', 'Active'],
    ['[10553]', 'Alvarez, Mateo', 'Child', '01/2024', '[73069]', '—', 'Active'],
    ['[10865]', 'Bishop, Terrence', 'Adult', '06/2024', '[73072]', '[20417]', 'Active'],
    ['[11094]', 'Cho, Hannah', 'Senior', '09/2024', '[73160]', '—', 'Paused'],
    ['[64445]', 'Dunlap, Greg', 'Adult', '02/2025', '[73026]', '[20433]', 'Active'],
    ['[11222]', 'Eze, Chioma', 'Adult', '03/2025', '[73071]', '—', 'Active'],
    ['[11305]', 'Fairbanks, June', 'Senior', '04/2025', '[73051]', '—', 'Active'],
    ['[11327]', 'Gomez, Luis', 'Child', '05/2025', '[73072]', '[20433]', 'Active'],
  ],
});

// ── 13. DPC employer utilization report, table ──
const dpcUtilization = table({
  id: 's77-dpcutil',
  kind: 's77-dpc-employer-utilization-report-grid',
  caption: 'Quarterly utilization — City of Norman employees',
  headers: ['Service', 'Proc', 'Visits', 'Cash value avoided', 'Members'],
  rows: [
    ['Office visit, established', '{99214}', '412', '$61,800', '287'],
    ['Joint injection', '{20610}', '38', '$9,120', '31'],
    ['Peripheral nerve block', '{64450}', '9', '$2,430', '8'],
    ['Morton’s neuroma injection', '{64632}', '6', '$2,220', '4'],
    ['Sciatic nerve block (referred to partner ASC)', '{64445}', '3', '$1,260', '3'],
    ['EKG', '{93000}', '57', '$5,130', '51'],
  ],
});

// ── 14. DPC employer invoice, table (decoy only) ──
const dpcInvoice = table({
  id: 's77-dpcinvoice',
  kind: 's77-dpc-employer-invoice-grid',
  caption: 'Employer invoice — March 2026',
  headers: ['Employer', 'Group', 'Enrolled', 'Rate', 'Invoice', 'Amount due'],
  rows: [
    ['City of Norman', '[20417]', '214', '$75', '[60311]', '$16,050.00'],
    ['Cleveland County Schools', '[20433]', '388', '$70', '[60312]', '$27,160.00'],
    ['Sooner Roofing LLC', '[20502]', '19', '$80', '[60313]', '$1,520.00'],
    ['Moore Public Library', '[20548]', '11', '$75', '[60314]', '$825.00'],
  ],
});

// ── 15. DPC membership agreement, text layer (decoy only) ──
const dpcAgreement = lines({
  id: 's77-dpcagree',
  kind: 's77-dpc-membership-agreement-text',
  before: 'Direct Primary Care Membership Agreement',
  text: [
    '1. This agreement is between Prairie Direct Primary Care, PLLC (the Practice) and Member no. [11222].',
    '2. This is not health insurance. The monthly fee is drafted on the 1st (ACH mandate [58841]).',
    '3. Either party may end this agreement with 30 days’ notice; re-enrollment is allowed after 12 months.',
    '4. Notices go to the Practice at PO Box [64712], Norman, OK [73070].',
    '5. Member address: 812 Lahoma Ave, Norman, OK [73069]. Emergency contact on file.',
    '6. Practice registration with the state DPC registry, no. [20154], is on file at the front desk.',
    'Signed electronically · envelope id [83529]-A',
  ].join('\n'),
});

// ── 16. Good Faith Estimate, header and disclaimer, text layer ──
const gfeHeader = lines({
  id: 's77-gfehead',
  kind: 's77-good-faith-estimate-header-text',
  before: 'Good Faith Estimate for Health Care Items and Services',
  text: [
    'Patient: Dana Whitlock   Date of birth: 04/17/1979   Patient identification number: [88104]',
    'Patient mailing address: 2917 NW 23rd St, Oklahoma City, OK [73107]',
    'Good Faith Estimate number: GFE-2026-[00731]',
    'Convening provider: Red Earth Surgery Center, NPI 1093817264, TIN 73-4410925, Oklahoma City, OK [73112]',
    'Primary service or item requested: right sciatic nerve neuroplasty ({64712}); scheduled 04/02/2026',
    'Diagnosis: G57.01 lesion of sciatic nerve, right lower limb   Prepared 03/04/2026 by scheduler id [20128]',
    'Co-provider estimates follow on page 2 (anesthesia {01250}, nerve monitoring {95940}).',
    'Disclaimer',
    'This Good Faith Estimate shows the costs of items and services that are reasonably expected for your health care',
    'needs for an item or service. If you are billed for more than this Good Faith Estimate, you have the right to',
    'dispute the bill. You must start a dispute within 120 calendar days of the date on the original bill, and the',
    'billed amount must be at least $400 more than this estimate. Keep a copy of GFE-2026-[00731].',
    'The estimate for {64712} does not cover the opposite side or any implant.',
    'For questions or more information, visit www.cms.gov/nosurprises or call 1-800-985-3059.',
  ].join('\n'),
});

// ── 17. Good Faith Estimate, convening provider table ──
const gfeConvening = table({
  id: 's77-gfeconv',
  kind: 's77-good-faith-estimate-convening-items-grid',
  caption: 'Convening Provider / Facility Estimate',
  headers: [
    'Service / Item',
    'Address where service / item will be provided',
    'Diagnosis Code',
    'Service Code',
    'Quantity',
    'Expected Cost',
  ],
  rows: [
    ['Neuroplasty, sciatic nerve', '5200 N Meridian Ave, OKC, OK [73112]', 'G57.01', '{64712}', '1', '$3,400.00'],
    [
      'Sciatic nerve block, single injection',
      '5200 N Meridian Ave, OKC, OK [73112]',
      'G57.01',
      '{64445}',
      '1',
      '$0.00',
    ],
    [
      'Lumbar plexus neuroplasty, if needed',
      '5200 N Meridian Ave, OKC, OK [73112]',
      'G57.01',
      '{64714}',
      '1',
      '$780.00',
    ],
    ['Facility fee, OR and recovery', '5200 N Meridian Ave, OKC, OK [73112]', 'G57.01', 'Rev 0360', '1', '$1,260.00'],
    ['Post-op visit', '5200 N Meridian Ave, OKC, OK [73112]', 'G57.01', '{99024}', '1', '$0.00'],
  ],
});

// ── 18. Good Faith Estimate, co-provider table ──
const gfeCoProvider = table({
  id: 's77-gfeco',
  kind: 's77-good-faith-estimate-co-provider-grid',
  caption: 'Co-Provider / Co-Facility Estimate — anesthesia, monitoring, pathology',
  headers: ['Co-provider', 'NPI', 'ZIP', 'Service / Item', 'Service Code Type', 'Service Code', 'Qty', 'Expected Cost'],
  rows: [
    [
      'Meridian Anesthesia Assoc.',
      '1184726630',
      '[73118]',
      'Anesthesia, upper leg nerve',
      'CPT',
      '{01250}',
      '1',
      '$900.00',
    ],
    [
      'Meridian Anesthesia Assoc.',
      '1184726630',
      '[73118]',
      'Sciatic block if billed apart',
      'CPT',
      '{64445}',
      '1',
      '$450.00',
    ],
    [
      'NeuroWatch IONM LLC',
      '1720098344',
      '[75243]',
      'Intraop monitoring, per 15 min',
      'CPT',
      '{95940}',
      '4',
      '$480.00',
    ],
    ['Sooner Pathology', '1912230075', '[73104]', 'Surgical pathology, if sent', 'CPT', '{88305}', '1', '$85.00'],
  ],
});

// ── 19. Good Faith Estimate as a FHIR Claim (Da Vinci PCT), text layer ──
const gfeFhir = lines({
  id: 's77-gfefhir',
  kind: 's77-good-faith-estimate-fhir-claim-json-text',
  before: 'GFE bundle — Claim resource, excerpt',
  text: [
    '"resourceType": "Claim", "use": "predetermination",',
    '"identifier": [{"system": "urn:redearth:gfe", "value": "GFE-2026-[00731]"}],',
    '"patient": {"reference": "Patient/[88104]"},',
    '"item": [{"sequence": 1, "productOrService": {"coding": [{"system": "http://www.ama-assn.org/go/cpt",',
    '  "code": "{64712}"}]}, "locationAddress": {"state": "OK", "postalCode": "[73112]"}, "net": {"value": 3400}},',
    ' {"sequence": 2, "productOrService": {"coding": [{"code": "{64445}"}]}, "net": {"value": 0}},',
    ' {"sequence": 3, "productOrService": {"coding": [{"code": "{64714}"}]}, "net": {"value": 780}}]',
  ].join('\n'),
});

// ── 20. Patient-provider dispute initiation, text layer ──
const dispute = lines({
  id: 's77-ppdr',
  kind: 's77-patient-provider-dispute-initiation-text',
  before: 'Patient-Provider Dispute Resolution — start a dispute (uninsured / self-pay)',
  text: [
    'Good Faith Estimate no.: GFE-2026-[00731]   Date of GFE: 03/04/2026   Convening provider ZIP: [73112]',
    'Bill / invoice number: [64714]   Date of bill: 05/11/2026   Billed total $6,540.00   GFE total $5,440.00',
    'What is different: the bill adds a continuous sciatic catheter ({64446}) and a second unit of {64445}.',
    'The lumbar plexus release ({64714}) matches the estimate; I am not disputing it.',
    'Administrative fee $25 paid · confirmation [77136] · my ZIP [73107]',
    'Provider’s response ticket [41371], received 05/20/2026',
  ].join('\n'),
});

// ── 21. Dispute, billed versus estimate, table ──
const disputeItems = table({
  id: 's77-ppdritems',
  kind: 's77-dispute-billed-vs-estimate-grid',
  caption: 'Items in dispute (billed vs. Good Faith Estimate)',
  headers: ['Item', 'GFE code', 'Billed code', 'GFE amount', 'Billed amount', 'Difference'],
  rows: [
    ['Sciatic nerve neuroplasty', '{64712}', '{64712}', '$3,400', '$3,400', '$0'],
    ['Sciatic block', '{64445}', '{64445} x2', '$0', '$450', '$450'],
    ['Continuous sciatic catheter', '—', '{64446}', '$0', '$650', '$650'],
    ['Lumbar plexus neuroplasty', '{64714}', '{64714}', '$780', '$780', '$0'],
    ['Facility', 'Rev 0360', 'Rev 0360', '$1,260', '$1,260', '$0'],
  ],
});

// ── 22. HSA itemized receipt, text layer ──
const hsaReceipt = lines({
  id: 's77-hsareceipt',
  kind: 's77-hsa-itemized-receipt-text',
  before: 'Itemized receipt — keep for your HSA records',
  text: [
    'Sooner Foot & Ankle · 1221 E Alameda St, Suite 5, Norman, OK [73071] · Tax ID 73-1402281',
    'Receipt [19260]   Date of service 02/10/2026   Patient: Kevin Marsh   Paid by: HSA debit card',
    'Service: alcohol neurolysis, left 3rd interspace, CPT {64632} — $275.00',
    'Service: ultrasound needle guidance {76942} — included',
    'Diagnosis: G57.62 Morton’s neuroma, left lower limb',
    'Amount paid $275.00 · Balance $0.00 · Voucher [52812] applied to first visit',
    'Next visit 03/10/2026: second injection {64632}, $275, prepay through your HSA',
  ].join('\n'),
});

// ── 23. HSA account activity, table (decoy only) ──
const hsaActivity = table({
  id: 's77-hsaactivity',
  kind: 's77-hsa-account-activity-grid',
  caption: 'HSA account activity — last 90 days',
  headers: ['Date', 'Description', 'Category', 'Reference', 'Amount', 'Receipt'],
  rows: [
    ['02/10/2026', 'SOONER FOOT ANKLE NORMAN OK', 'Medical', '[19260]', '-$275.00', 'Uploaded'],
    ['02/01/2026', 'PRAIRIE DPC MEMBERSHIP', 'Medical', '[10865]', '-$75.00', 'Uploaded'],
    ['01/15/2026', 'Payroll contribution', 'Deposit', '[40521]', '+$150.00', '—'],
    ['01/09/2026', 'WALGREENS #[12113]', 'Pharmacy', '[88217]', '-$18.42', 'Needed'],
    ['12/31/2025', 'Interest', 'Interest', '[00417]', '+$0.61', '—'],
    ['12/18/2025', 'RED EARTH SURGERY CTR', 'Medical', '[64612]', '-$500.00', 'Uploaded'],
    ['11/30/2025', 'QUEST DIAGNOSTICS', 'Lab', '[70914]', '-$42.00', 'Uploaded'],
    ['11/02/2025', 'Transfer from prior custodian', 'Rollover', '[31790]', '+$2,400.00', '—'],
  ],
});

// ── 24. HSA reimbursement request, text layer ──
const hsaRequest = lines({
  id: 's77-hsarequest',
  kind: 's77-hsa-reimbursement-request-text',
  before: 'Request reimbursement from your HSA',
  text: [
    'Account holder: Dana Whitlock · HSA account no. [55130] · Employer plan id [60513]',
    'Provider: Red Earth Surgery Center · Provider ZIP [73112]',
    'Expense description (what was done): sciatic neuroplasty {64712} deposit',
    'Amount $500.00 · Date of service 12/18/2025 · Reimburse to checking ending 7731',
    'Request id [63318] · Status: Approved, paid 12/22/2025',
  ].join('\n'),
});

// ── 25. Self-pay superbill, header, text layer ──
const superbillHead = lines({
  id: 's77-sbhead',
  kind: 's77-self-pay-superbill-header-text',
  before: 'SUPERBILL — for out-of-network reimbursement (patient paid in full)',
  text: [
    'Provider: Anna Lindqvist, MD · NPI 1659003382 · Tax ID 73-2251907 · Taxonomy 207Q[00000]X',
    'Practice: Prairie Direct Primary Care, 3400 W Main St Ste 110, Norman, OK [73072]',
    'Patient: Terrence Bishop · DOB 11/02/1986 · Member no. [10865] · Chart [64632]',
    'Insurance (for patient to submit): BlueLincs PPO · ID ZGP884213007 · Group [11482]',
    'Place of service 11 · Referring provider: none · Invoice [26017], paid in full by card 01/20/2026',
  ].join('\n'),
});

// ── 26. Self-pay superbill, services table ──
const superbillLines = table({
  id: 's77-sblines',
  kind: 's77-self-pay-superbill-services-grid',
  caption: 'Services rendered',
  headers: ['DOS', 'POS', 'CPT/HCPCS', 'Mod', 'ICD-10', 'Units', 'Fee', 'Paid'],
  rows: [
    ['01/06/2026', '11', '{99214}', '25', 'M54.41', '1', '$145.00', '$145.00'],
    ['01/06/2026', '11', '{64450}', '', 'G57.61', '1', '$180.00', '$180.00'],
    ['01/06/2026', '11', '{76942}', '', 'G57.61', '1', '$95.00', '$95.00'],
    ['01/20/2026', '11', '{64632}', 'RT', 'G57.61', '1', '$210.00', '$210.00'],
    ['01/20/2026', '11', '{20610}', 'LT', 'M17.12', '1', '$120.00', '$120.00'],
    ['02/03/2026', '11', '{64632}', 'RT', 'G57.61', '1', '$210.00', '$210.00'],
    ['02/03/2026', '11', '{99213}', '25', 'G57.61', '1', '$110.00', '$110.00'],
  ],
});

// ── 27. CMS-1500 filled by the patient, text layer ──
const cms1500 = lines({
  id: 's77-cms1500',
  kind: 's77-cms1500-patient-submitted-text',
  before: 'CMS-1500 (02/12) — prepared by patient for out-of-network reimbursement',
  text: [
    '1a Insured’s ID: ZGP884213007   11 Insured’s group number: [11482]   2 Patient: BISHOP TERRENCE',
    '5 Patient address: 1408 Westbrooke Ter, Norman OK [73072]',
    '24 A 01 20 26  B 11  D {64632} RT  E A  F 210 00  G 1  J 1659003382',
    '24 A 01 20 26  B 11  D {20610} LT  E B  F 120 00  G 1  J 1659003382',
    '19 Additional claim information: self-pay, superbill attached, ref [52735]',
    '26 Patient account no. [64632]   28 Total charge 330 00   29 Amount paid 330 00',
    '32 Service facility: same as 33   33 Billing: Prairie DPC, 3400 W Main St Ste 110, Norman OK [73072]',
  ].join('\n'),
});

// ── 28. Out-of-network claim as 837P, text layer ──
const x12 = lines({
  id: 's77-x12',
  kind: 's77-oon-claim-837p-segments-text',
  before: 'Claim file from a superbill-submission app — 837P excerpt',
  text: [
    'NM1*85*2*PRAIRIE DIRECT PRIMARY CARE*****XX*1659003382~',
    'N4*NORMAN*OK*[73072]~',
    'CLM*[64632]*330***11:B:1*Y*A*Y*Y~',
    'NM1*IL*1*BISHOP*TERRENCE****MI*ZGP884213007~',
    'N4*NORMAN*OK*[73072]~',
    'HI*ABK:G5761*ABF:M1712~',
    'SV1*HC:{64632}:RT*210*UN*1***1~',
    'SV1*HC:{20610}:LT*120*UN*1***2~',
    'REF*D9*[38120]~',
    'NM1*PR*2*BLUELINCS*****PI*[73159]~',
  ].join('\n'),
});

// ── 29. Payer out-of-network claim instructions, text layer ──
const oonHowTo = lines({
  id: 's77-oonhowto',
  kind: 's77-payer-oon-claim-instructions-text',
  before: 'How to get paid back for care you paid for out of network',
  text: [
    'Send the itemized bill or superbill. It must show the CPT code for each service (for example {99214}) and a',
    'diagnosis code. Mail to: Claims, PO Box [24017], Tulsa, OK [74121].',
    'Your group number ([11482]) and member ID must be on every page.',
    'Nerve procedures such as {64712} or {64632} may need prior approval even out of network.',
    'Fax 918-555-0163 · Form OON-[31007]',
  ].join('\n'),
});

// ── 30. Hospital standard charges file (CSV), text layer ──
const chargesCsv = lines({
  id: 's77-csv',
  kind: 's77-hospital-standard-charges-csv-text',
  before: 'Machine-readable file (standard charges), CSV, excerpt',
  text: [
    'hospital_name,last_updated_on,version,hospital_location,hospital_address',
    'Canadian River Medical Center,2026-01-01,2.2.0,Norman,"901 N Porter Ave, Norman, OK [73071]"',
    'description,code|1,code|1|type,setting,standard_charge|gross,standard_charge|discounted_cash,min,max',
    'NEUROPLASTY SCIATIC NERVE,{64712},CPT,outpatient,[18420].00,7368.00,3910.55,[11052].00',
    'NEUROPLASTY LUMBAR PLEXUS,{64714},CPT,outpatient,[16975].00,6790.00,3377.40,9802.00',
    'INJ ANES SCIATIC NRV,{64445},CPT,outpatient,1910.00,764.00,402.10,1288.00',
    'DESTRUCT NEUROLYTIC PLANTAR DIG,{64632},CPT,outpatient,2860.00,1144.00,501.00,1930.00',
    'CHEMODENERV FACIAL NRV UNI,{64612},CPT,outpatient,1240.00,496.00,311.70,880.00',
    'NERVE BLOCK FEMORAL SINGLE,{64447},CPT,outpatient,1740.00,696.00,,',
    'OR TIME FIRST 30 MIN,[40360],CDM,outpatient,4125.00,1650.00,,',
  ].join('\n'),
});

// ── 31. Price comparison blog post, text layer ──
const blogPost = lines({
  id: 's77-blog',
  kind: 's77-cash-price-blog-post-text',
  before: 'What does a Morton’s neuroma injection cost without insurance? (2026)',
  text: [
    'If you are paying cash, ask for the all-in price for {64632}, the alcohol (neurolytic) injection.',
    'In our survey of 38 listings around Oklahoma City (ZIP [73102] outward), cash prices ran $275 to $1,140.',
    'One hospital lists a gross charge of [18420].00 for sciatic nerve release ({64712}) — that is not a typo.',
    'Steroid shots ({64455}) cost less but wear off; excision ({28080}) costs more but is usually one and done.',
    'Tip: bring the code — {64632} — and your ZIP when you call, and ask whether ultrasound ({76942}) is included.',
    'Near Dallas ([75231]) the same injection ({64632}) was listed for $640 on two apps.',
    'Reader question from Tulsa ([74133]): can I use my HSA? Yes — see our HSA guide.',
  ].join('\n'),
});

// ── 32. Price comparison blog post, table ──
const blogTable = table({
  id: 's77-blogtable',
  kind: 's77-cash-price-blog-comparison-grid',
  caption: 'Cash vs. billed prices we found (Oklahoma, spring 2026)',
  headers: ['Procedure', 'Code', 'Hospital gross charge', 'Medicare (national)', 'Cash, surgery center', 'Cash, app'],
  rows: [
    ['Morton’s neuroma alcohol injection', '{64632}', '$2,860', '$118', '$375', '$985'],
    ['Morton’s neuroma excision', '{28080}', '$9,400', '$562', '$2,950', '$3,300'],
    ['Sciatic nerve block', '{64445}', '$1,910', '$95', '$450', '$390'],
    ['Sciatic nerve release', '{64712}', '[18420].00', '$735', '$5,640', 'not listed'],
    ['Blepharospasm Botox (procedure only)', '{64612}', '$1,240', '$104', '$520', '$640'],
    ['Carpal tunnel release', '{64721}', '$8,150', '$640', '$2,300', '$2,480'],
    ['Knee scope, meniscectomy', '{29881}', '[12760].00', '$1,040', '$3,740', '$4,100'],
  ],
});

// ── 33. Surgery center XML price feed, text layer ──
const priceXml = lines({
  id: 's77-xml',
  kind: 's77-asc-price-feed-xml-text',
  before: 'price-feed.xml (sent nightly to marketplace partners)',
  text: [
    '<facility id="[38800]" zip="[73112]" name="Red Earth Surgery Center">',
    '  <bundle id="[31402]"><cpt>{64712}</cpt><addOn>{64445}</addOn><price currency="USD">5640</price></bundle>',
    '  <bundle id="[31417]"><cpt>{64712}</cpt><cpt>{64714}</cpt><price currency="USD">6180</price></bundle>',
    '  <bundle id="[31502]"><cpt>{64612}</cpt><price currency="USD">520</price><excludes>J0585</excludes></bundle>',
    '  <bundle id="[31415]"><cpt>{64632}</cpt><units>3</units><price currency="USD">1125</price></bundle>',
    '</facility>',
  ].join('\n'),
});

// ── 34. DPC clinic hours and locations, text layer (decoy only) ──
const clinicHours = lines({
  id: 's77-hours',
  kind: 's77-dpc-clinic-hours-locations-text',
  before: 'Hours & Locations',
  text: [
    'Norman (main): 3400 W Main St, Suite 110, Norman, OK [73072] · Mon–Fri 7:30–5:30, Sat 9–12',
    'Moore: 2101 S Broadway, Moore, OK [73160] · Tue & Thu 8–4',
    'Blanchard (telehealth + draw station): 112 N Main, Blanchard, OK [73010] · Wed 9–1',
    'Mailing address: PO Box [64712], Norman, OK [73070]',
    'After hours: text your doctor through the app. Parking validation code [20550] at the Moore garage.',
    'Courier account for the lab draw station: [27545]',
    'Holiday closures: 11/26, 12/24–12/25, 01/01',
  ].join('\n'),
});

// ── 35. Surgery center sites, table (decoy only) ──
const ascSites = table({
  id: 's77-ascsites',
  kind: 's77-surgery-center-sites-grid',
  caption: 'Where we operate',
  headers: ['Site', 'Address', 'City', 'ZIP', 'ORs', 'Open'],
  rows: [
    ['Red Earth — Meridian', '5200 N Meridian Ave', 'Oklahoma City', '[73112]', '6', 'Mon–Sat'],
    ['Red Earth — Tulsa', '8120 S Yale Ave', 'Tulsa', '[74136]', '4', 'Mon–Fri'],
    ['Red Earth — Edmond', '3301 S Bryant Ave', 'Edmond', '[73013]', '2', 'Tue–Thu'],
    ['Red Earth — Lawton', '1602 NW 82nd St', 'Lawton', '[73505]', '2', 'Mon, Wed'],
    ['Red Earth — Stillwater', '415 S Husband St', 'Stillwater', '[74074]', '2', 'Fri'],
    ['Billing office', 'PO Box [60818]', 'Oklahoma City', '[73146]', '—', 'Mon–Fri'],
  ],
});

export const sealed77: Snippet[] = [
  ...ascPriceList,
  ...ascFinePrint,
  ...mpSearch,
  ...mpListing,
  ...mpVoucher,
  ...mpCompare,
  ...mpJson,
  ...bundleQuote,
  ...quoteLines,
  ...dpcFees,
  ...dpcProcedures,
  ...dpcRoster,
  ...dpcUtilization,
  ...dpcInvoice,
  ...dpcAgreement,
  ...gfeHeader,
  ...gfeConvening,
  ...gfeCoProvider,
  ...gfeFhir,
  ...dispute,
  ...disputeItems,
  ...hsaReceipt,
  ...hsaActivity,
  ...hsaRequest,
  ...superbillHead,
  ...superbillLines,
  ...cms1500,
  ...x12,
  ...oonHowTo,
  ...chargesCsv,
  ...blogPost,
  ...blogTable,
  ...priceXml,
  ...clinicHours,
  ...ascSites,
];
