import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 165 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s165-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too (neuroplasty, nerve block, chemodenervation, anesthesia, EMG/NCS, MRI, PT and E/M codes),
 * including codes inside URLs, site search terms, ad keywords, form attributes and JSON-LD. The decoys are ZIP codes
 * (ZIP+4 too), a PO box, CMS node, revision, term, page and landing-page ids, blog post and category ids, web lead
 * and CRM record ids, form ids, estimate and good faith estimate numbers, analytics counts (views, users, events,
 * impressions) in CSV exports, five-digit dollar amounts in the machine-readable charge file, a hospital license
 * number, a plan group number, a parking validation code, a document control number, a race bib, a phone extension,
 * asset, release, video, transcript and referral numbers. About a third of them are numbers of the synthetic
 * 10,000-code set (KNOWN_10K): the surgery center's ZIP, a plan group number, the billing PO box, an analytics account
 * id, a document print id, a revision id, a taxonomy term id, a hospital license number, a patient education sheet
 * number, an estimate number, a race bib, a press release number, a phone extension, a content asset number, a CRM
 * record id, a gross charge and every reuse of the five known codes' digits. Those come back as decoys 27 times: a
 * CMS node id and a legacy page id, a blog post id, web lead ids (and the CRM lead export's sequential ids), a search
 * id, a good faith estimate number, a document control number, a billing PO box, an ads report id, a mailing id and
 * a neurology library page number.
 *
 * Family: a (fictional) health system's pain and peripheral-nerve service line on the web (Lakemont Health, Bellmont,
 * Indiana): physician bio pages listing the procedures each doctor performs (text, and a "Procedures" tab grid), the
 * find-a-doctor results with a procedure filter, condition pages (sciatica, Morton's neuroma), treatment pages (nerve
 * decompression, botulinum toxin), the price estimator (autocomplete list and result screen), the shoppable services
 * list, the machine-readable standard charges file (CSV and JSON), a self-pay good faith estimate, the price
 * transparency page, a "what to expect" page and printable pre-procedure instructions, a blog post and the blog's
 * admin post list, a Pain Awareness Month campaign landing page with its form (and the form's HTML source), the web
 * lead notification email and CRM lead export, the web analytics top pages report (UI and CSV export) and site search
 * terms, a paid search keyword report, the content management system's page editor with metadata, its JSON-LD panel
 * and revision history, the XML sitemap and the legacy redirect map, a billing FAQ, a clinic location page, a patient
 * story, a press release, the referring-provider page and referral order form, a physician newsletter, a price chat
 * transcript, a video transcript page, an SEO crawl audit and the marketing content calendar.
 * Built on real public layouts: hospital price transparency files in the CMS standard charges template v2 (tall CSV
 * columns such as code|1, code|1|type, standard_charge|gross, standard_charge|discounted_cash,
 * standard_charge|negotiated_dollar, min/max; the JSON schema's code_information, payers_information), the CMS
 * shoppable services list and the No Surprises Act good faith estimate form (line items with service codes and
 * quantities, the $400 dispute notice), health system price estimator tools, Google Analytics 4 "Pages and screens"
 * and search term reports and their CSV downloads, Google Ads keyword reports, Drupal node edit forms, revision lists
 * and redirect CSVs, WordPress post lists and ?p= links, Marketo form embed code, schema.org MedicalProcedure JSON-LD
 * (MedicalCode codeValue / codingSystem), sitemaps.org XML and Screaming-Frog-style crawl exports. The others are
 * written the way those pages read, with no single source.
 *
 * 375 labelled tokens over 42 shapes: 212 codes, 163 decoys, 61 of the decoys in KNOWN_10K.
 */

// ── 1. Physician bio page, text layer ──
const bioStrand = lines({
  id: 's165-biostrand',
  kind: 's165-physician-bio-page-text',
  before: 'Find a Doctor › Pain & Peripheral Nerve › Aileen Strand, MD',
  text: [
    'Aileen Strand, MD   Peripheral Nerve Surgery · Accepting new patients · 4.9 ★ (212 ratings)',
    'lakemonthealth.org/doctors/aileen-strand-md-[40312]',
    'Lakemont Regional Medical Center, 4100 Orchard Ridge Pkwy, Suite 310, Bellmont, IN [46240]',
    'Lakemont Surgery Center – Southport, 8820 Meridian Crossing Dr, Greenbriar, IN [46138]',
    'Procedures I perform (CPT code shown for the price estimator):',
    '• Sciatic nerve decompression / neurolysis — CPT {64712}',
    '• Lumbar plexus neurolysis — CPT {64714}',
    '• Carpal tunnel release — CPT {64721}   • Ulnar nerve decompression at the elbow — CPT {64718}',
    '• Digital nerve neurolysis, hand or foot — CPT {64704}   • Brachial plexus neurolysis — CPT {64713}',
    'Education: MD, Indiana University School of Medicine; Fellowship, Peripheral Nerve Surgery, 2014',
    'Publications: "Outcomes of external neurolysis of the sciatic nerve", J Reconstr Microsurg. PMID 31046887',
  ].join('\n'),
});

// ── 2. Second bio page, "Procedures" tab as a table ──
const bioVenkat = table({
  id: 's165-biovenkat',
  kind: 's165-physician-bio-procedures-tab-grid',
  caption: 'Priya Venkataraman, MD — Interventional Pain Medicine — Procedures',
  headers: ['Procedure', 'CPT', 'Where', 'Avg. wait'],
  rows: [
    ['Sciatic nerve block (single injection)', '{64445}', 'Bellmont, Fairhaven', '6 days'],
    ['Femoral nerve block', '{64447}', 'Bellmont', '6 days'],
    ['Genicular nerve block / radiofrequency ablation', '{64454} / {64624}', 'Fairhaven', '11 days'],
    ['Lumbar facet radiofrequency ablation', '{64635}, +{64636}', 'Southport ASC', '14 days'],
    ['Transforaminal epidural steroid injection, lumbar', '{64483}', 'Southport ASC', '9 days'],
    ['Spinal cord stimulator trial', '{63650}', 'Southport ASC', '21 days'],
    ['Clinic: 2250 Fairhaven Commons Blvd, Fairhaven, IN [46256] · fax (317) 555-0190', '', '', ''],
  ],
});

// ── 3. Find-a-doctor search results with a procedure filter ──
const findDoc = lines({
  id: 's165-finddoc',
  kind: 's165-find-a-doctor-results-procedure-filter-text',
  before: 'Find a Doctor — 4 results near 46240 for procedure',
  text: [
    "Filter: Procedure ▾  Nerve decompression ({64712}) ✓  Nerve block, sciatic ({64445})  Morton's neuroma ({64632})",
    'Within 25 miles of Bellmont, IN [46240] · Sort: distance',
    'Aileen Strand, MD — Peripheral Nerve Surgery — 0.4 mi — Next available Sep 18 — Performs {64712}, {64714}',
    'Hannah Kowalczyk, DPM — Foot & Ankle — 6.2 mi (Greenbriar [46138]) — Performs {64632}, {28080}',
    'Marcus Ellery, DO — PM&R — 8.9 mi (Fairhaven [46256]) — Performs {64445}, EMG {95886}',
    "Showing results 1–4 of 4 · Search id [64712]-a9f3 · Can't find a doctor? Call (317) 555-0186",
  ].join('\n'),
});

// ── 4. Condition page: sciatica ──
const condSciatica = lines({
  id: 's165-condsciatica',
  kind: 's165-condition-page-sciatica-text',
  before: 'Conditions We Treat › Sciatica and Deep Gluteal Syndrome',
  text: [
    'Sciatica is pain that runs along the sciatic nerve, from the low back through the buttock and down the leg.',
    'When the nerve is trapped in the buttock (piriformis or deep gluteal syndrome), a diagnostic sciatic nerve',
    'block (CPT {64445}) can confirm where the problem is. If the block helps but relief does not last, our',
    'nerve surgeons may recommend sciatic nerve decompression (CPT {64712}).',
    'Related treatments: epidural steroid injection ({64483}, {62323}) · physical therapy ({97110}, {97140})',
    'Schedule at any Lakemont pain clinic: Bellmont [46240], Greenbriar [46138] or Fairhaven [46256].',
    'Medically reviewed by Priya Venkataraman, MD, August 2026. Content ID [22457].',
  ].join('\n'),
});

// ── 5. Condition page: Morton's neuroma ──
const condMorton = lines({
  id: 's165-condmorton',
  kind: 's165-condition-page-mortons-neuroma-text',
  before: "Conditions We Treat › Morton's Neuroma",
  text: [
    "Morton's neuroma is a thickening of the tissue around a nerve between the toes, most often the third and",
    'fourth. Treatment steps at Lakemont Foot & Ankle:',
    '1. Wider shoes and metatarsal pads · 2. Steroid injection ({64455}) · 3. Alcohol sclerosing injections',
    '   (chemical neurolysis, CPT {64632}, usually a series of 3 to 7 injections) · 4. Neurectomy (CPT {28080})',
    'Cash price per neurolysis injection: $741.60 (see the estimator for CPT {64632}).',
    'Hannah Kowalczyk, DPM · Greenbriar, IN [46138] · Patient education sheet PE-[20354] (print)',
  ].join('\n'),
});

// ── 6. Treatment page: peripheral nerve decompression ──
const txDecomp = lines({
  id: 's165-txdecomp',
  kind: 's165-treatment-page-nerve-decompression-text',
  before: 'Treatments › Peripheral Nerve Decompression Surgery',
  text: [
    'What it treats: nerve entrapment of the sciatic nerve, lumbar plexus, ulnar and median nerves.',
    'Common procedure codes: {64712} (sciatic nerve), {64714} (lumbar plexus), {64718} (ulnar at elbow),',
    '{64721} (median at carpal tunnel). Your surgeon confirms the exact code after your visit.',
    'Recovery: most patients walk the same day after {64712}; full recovery takes 6–12 weeks.',
    'Typical self-pay price at Lakemont Regional: $8,556.00 for {64712}; $9,888.00 for {64714}.',
    'Most plans require prior authorization for {64712} and {64714} — our team handles it for you.',
  ].join('\n'),
});

// ── 7. Treatment page: Botox (chemodenervation) for facial spasm and other conditions ──
const txBotox = lines({
  id: 's165-txbotox',
  kind: 's165-treatment-page-chemodenervation-text',
  before: 'Treatments › Botulinum Toxin Injections for Nerve and Muscle Conditions',
  text: [
    'Who it helps: hemifacial spasm, blepharospasm, chronic migraine, cervical dystonia and limb spasticity.',
    'How it is billed: the injection is reported by the area treated, plus the drug (J0585, per unit).',
    '  Facial nerve muscles (hemifacial spasm, blepharospasm): CPT {64612}, per side',
    '  Chronic migraine protocol (forehead, neck, shoulders): CPT {64615}',
    '  Neck muscles (cervical dystonia): CPT {64616}   Arm or leg muscles: CPT {64642}–{64645}',
    'Both sides of the face treated the same day? Your bill will show {64612} with modifier 50 ({64612}-50).',
    'Cash price for {64612} at Fairhaven clinic: $580.80 plus drug. Tomas Reyes, MD · Fairhaven, IN [46256]',
    'Last reviewed 07/22/2026 · Page [64612] of the neurology library · Share: email, print',
  ].join('\n'),
});

// ── 8. Price estimator search box, autocomplete list ──
const estAuto = lines({
  id: 's165-estauto',
  kind: 's165-price-estimator-autocomplete-list',
  before: 'Search by procedure name or CPT® code: 647',
  text: [
    '{64702} — Neuroplasty; digital, one or both, same digit',
    '{64704} — Neuroplasty; nerve of hand or foot',
    '{64708} — Neuroplasty, major peripheral nerve, arm or leg, open; other than specified',
    '{64712} — Neuroplasty, major peripheral nerve, arm or leg, open; sciatic nerve',
    '{64713} — Neuroplasty, major peripheral nerve, arm or leg, open; brachial plexus',
    '{64714} — Neuroplasty, major peripheral nerve, arm or leg, open; lumbar plexus',
    '{64718} — Neuroplasty and/or transposition; ulnar nerve at elbow',
    'Not listed? Call a price specialist at (317) 555-0186, Mon–Fri 8–5. Near [46240]',
  ].join('\n'),
});

// ── 9. Price estimator, result screen ──
const estResult = lines({
  id: 's165-estresult',
  kind: 's165-price-estimator-result-screen-text',
  before: 'Patient Price Estimator — Step 3 of 3: Your estimate',
  text: [
    'Service: Sciatic nerve block, single injection · CPT® {64445} · with ultrasound guidance ({76942})',
    'Location: Lakemont Regional Medical Center, Outpatient Pain Procedures, Bellmont, IN [46240]',
    'Insurance: Crossroads Health Plan PPO · Member ID ending 4471 · Group [20138]',
    'Estimated charges: $1,842.00   Plan allowed amount: $1,104.50   Deductible remaining: $650.00',
    'Your estimated out-of-pocket: $740.90 (deductible $650.00 + 20% coinsurance of $454.50)',
    'Estimate no. EST-[46281]-0917 · Created 09/17/2026 08:41 · Valid 30 days',
    'Also consider: femoral nerve block {64447}; if you will have surgery, see {64712} estimate.',
  ].join('\n'),
});

// ── 10. Shoppable services list (consumer-friendly display), grid ──
const shoppable = table({
  id: 's165-shoppable',
  kind: 's165-shoppable-services-consumer-grid',
  caption: 'Pain & Peripheral Nerve — Shoppable Services — Lakemont Regional Medical Center — updated 07/01/2026',
  headers: ['Shoppable service', 'CPT/HCPCS', 'Ancillary codes', 'Gross charge', 'Discounted cash', 'Min', 'Max'],
  rows: [
    ['Nerve block, sciatic, single', '{64445}', '{76942}', '$1,842.00', '$1,105.20', '$612.40', '$1,388.00'],
    ['Nerve block, femoral, single', '{64447}', '{76942}', '$1,655.00', '$993.00', '$540.10', '$1,241.00'],
    ["Neurolysis, Morton's neuroma", '{64632}', '', '$1,236.00', '$741.60', '$402.75', '$927.00'],
    ['Botox injection, facial nerve', '{64612}', 'J0585', '$968.00', '$580.80', '$318.20', '$726.00'],
    ['Sciatic nerve decompression', '{64712}', '{01250}', '$14,260.00', '$8,556.00', '$5,123.77', '$11,940.00'],
    ['Lumbar plexus neurolysis', '{64714}', '{00630}', '$16,480.00', '$9,888.00', '$6,210.50', '$13,775.00'],
    ['Carpal tunnel release', '{64721}', '{01810}', '$6,430.00', '$3,858.00', '$2,101.00', '$4,822.50'],
  ],
});

// ── 11. Machine-readable standard charges file, CMS CSV template (tall), text layer ──
const mrfCsv = lines({
  id: 's165-mrfcsv',
  kind: 's165-standard-charges-mrf-csv-text',
  before: '352104773_lakemont-regional-medical-center_standardcharges.csv',
  text: [
    'hospital_name,last_updated_on,version,hospital_location,hospital_address,license_number|IN',
    'Lakemont Regional Medical Center,2026-07-01,2.0.0,Bellmont,"4100 Orchard Ridge Pkwy, Bellmont, IN [46240]",[10938]',
    'description,code|1,code|1|type,code|2,code|2|type,setting,standard_charge|gross,standard_charge|discounted_cash,payer_name,plan_name,standard_charge|negotiated_dollar,standard_charge|methodology,standard_charge|min,standard_charge|max',
    'NEUROPLASTY SCIATIC NERVE,{64712},CPT,0360,RC,outpatient,[14260].00,8556.00,Crossroads Health Plan,PPO,9410.00,fee schedule,5123.77,[11940].00',
    'NEUROPLASTY SCIATIC NERVE,{64712},CPT,0360,RC,outpatient,[14260].00,8556.00,Hoosier Mutual,Commercial HMO,7722.15,case rate,5123.77,[11940].00',
    'NEUROPLASTY LUMBAR PLEXUS,{64714},CPT,0360,RC,outpatient,[16480].00,9888.00,Crossroads Health Plan,PPO,[11287].40,fee schedule,6210.50,[13775].00',
    'NERVE BLOCK SCIATIC SINGLE,{64445},CPT,0370,RC,outpatient,1842.00,1105.20,Hoosier Mutual,Commercial HMO,612.40,fee schedule,612.40,1388.00',
    'DESTR NEUROLYTIC PLANTAR DIG NRV,{64632},CPT,0510,RC,outpatient,1236.00,741.60,Crossroads Health Plan,PPO,560.00,fee schedule,402.75,927.00',
    'CHEMODENERVATION FACIAL NERVE,{64612},CPT,0510,RC,outpatient,968.00,580.80,Hoosier Mutual,Medicare Advantage,318.20,fee schedule,318.20,726.00',
  ].join('\n'),
});

// ── 12. Machine-readable file, JSON version, text layer ──
const mrfJson = lines({
  id: 's165-mrfjson',
  kind: 's165-standard-charges-mrf-json-text',
  before: '352104773_lakemont-regional-medical-center_standardcharges.json',
  text: [
    '{"hospital_name": "Lakemont Regional Medical Center", "hospital_address": ["4100 Orchard Ridge Pkwy, Bellmont, IN [46240]"],',
    ' "standard_charge_information": [',
    '  {"description": "NEUROPLASTY LUMBAR PLEXUS", "code_information": [{"code": "{64714}", "type": "CPT"}, {"code": "0360", "type": "RC"}],',
    '   "standard_charges": [{"setting": "outpatient", "gross_charge": [16480].00, "discounted_cash": 9888.00, "minimum": 6210.50,',
    '     "maximum": [13775].00, "payers_information": [{"payer_name": "Crossroads Health Plan", "plan_name": "PPO [20138]",',
    '     "standard_charge_dollar": [11287].40, "methodology": "fee schedule"}]}]},',
    '  {"description": "NERVE BLOCK SCIATIC SINGLE", "code_information": [{"code": "{64445}", "type": "CPT"}],',
    '   "standard_charges": [{"setting": "both", "gross_charge": 1842.00, "modifiers": ["LT", "RT"], "billing_class": "facility"}]},',
    '  {"description": "NEUROPLASTY SCIATIC NERVE", "code_information": [{"code": "{64712}", "type": "CPT"}], "drug_unit_of_measurement": null}',
    ' ], "modifier_information": [{"code": "50", "description": "Bilateral"}], "attestation": {"confirm_attestation": true}}',
  ].join('\n'),
});

// ── 13. Good faith estimate (self-pay), PDF text layer ──
const gfe = lines({
  id: 's165-gfe',
  kind: 's165-good-faith-estimate-self-pay-pdf-text',
  before: 'Good Faith Estimate for Health Care Items and Services — Lakemont Health',
  text: [
    'Patient: Jordan Ames (sample)   Date of birth: 03/14/1979   Estimate number: GFE-26-[64445]',
    'Mailing address: 77 Linden Ct, Bellmont, IN [46240]   Phone: (317) 555-0123',
    'Primary service: Neuroplasty, major peripheral nerve; sciatic nerve — scheduled 10/06/2026',
    'Convening provider: Lakemont Regional Medical Center · NPI 1093847562 · TIN 35-2104773',
    'Line 1  Surgeon professional fee        CPT {64712}-RT   Qty 1   $2,318.00',
    'Line 2  Hospital outpatient facility    CPT {64712}      Qty 1   $8,556.00',
    'Line 3  Anesthesia (Lakemont Anesthesia Associates)   CPT {01250}   Qty 1   $1,144.00',
    'Line 4  Post-op visit (global period)   CPT {99024}      Qty 2   $0.00',
    'Total estimated cost: $12,018.00. If billed $400 or more above this estimate you may dispute the bill.',
    'Keep a copy. Questions: Patient Financial Services, PO Box [30781], Indianapolis, IN [46206] · Ref [31046]',
  ].join('\n'),
});

// ── 14. Price transparency landing page ──
const ptLanding = lines({
  id: 's165-ptlanding',
  kind: 's165-price-transparency-landing-page-text',
  before: 'Patients & Visitors › Billing › Price Transparency',
  text: [
    'Lakemont Health publishes a machine-readable file of standard charges for every hospital, as federal law requires.',
    'Lakemont Regional Medical Center (Bellmont, IN [46240]) — CSV · JSON — last updated 07/01/2026',
    'Lakemont Surgery Center – Southport (Greenbriar, IN [46138]) — CSV — last updated 07/01/2026',
    'Top searched pain & nerve services: {64445} sciatic block · {64712} sciatic decompression · {64632} neuroma injection',
    'Want a personal estimate? Use the Patient Price Estimator or call (317) 555-0186.',
    'File size: [37512] rows, 11.4 MB · Contact: pricetransparency@lakemonthealth.org',
  ].join('\n'),
});

// ── 15. What to expect page ──
const expect = lines({
  id: 's165-expect',
  kind: 's165-what-to-expect-nerve-block-page-text',
  before: 'Patients › Preparing for Your Procedure › What to Expect: Nerve Block',
  text: [
    'Before: you will get a call from pre-registration 2 days ahead. Have your order handy — it lists the',
    'procedure code, for example {64445} for a sciatic nerve block or {64447} for a femoral nerve block.',
    'Arrive 45 minutes early at Outpatient Registration, 4100 Orchard Ridge Pkwy, Bellmont, IN [46240]-4410.',
    'Park in Garage B (levels 2–3). Validation code for the pay station: [27091].',
    'During: the doctor uses ultrasound to find the nerve; the injection itself takes about 10 minutes.',
    'After: your leg may be numb for 12–24 hours. No driving. Call the nurse line at (317) 555-0144.',
    'Billing: expect two bills, one from the hospital and one from Lakemont Pain Physicians (both show {64445}).',
  ].join('\n'),
});

// ── 16. Printable pre-procedure instructions, PDF text layer ──
const preop = lines({
  id: 's165-preop',
  kind: 's165-pre-procedure-instructions-printable-pdf-text',
  before: 'LAKEMONT SURGERY CENTER – SOUTHPORT · PATIENT INSTRUCTIONS · Form LSC-PE-112 rev 04/2026',
  text: [
    'Your procedure: Sciatic nerve decompression ({64712}) / Lumbar plexus neurolysis ({64714})   (circle one)',
    'Surgeon: Aileen Strand, MD      Arrival time: ______      Procedure date: ______',
    '8820 Meridian Crossing Dr, Greenbriar, IN [46138] · Enter at Door 2 · Pre-op phone (317) 555-0171',
    'Nothing to eat after midnight. Clear liquids until 2 hours before arrival.',
    'Stop blood thinners as your surgeon instructed. Bring your insurance card and photo ID.',
    'Document control no. [64714] · Page 1 of 2 · Printed from lakemonthealth.org/print/[40102]',
  ].join('\n'),
});

// ── 17. Blog post ──
const blog = lines({
  id: 's165-blog',
  kind: 's165-health-blog-post-text',
  before: 'Lakemont Health Blog › Pain & Nerve › Sept. 9, 2026 · 6 min read',
  text: [
    "Is it Morton's neuroma? 5 signs your foot pain is a pinched nerve",
    'lakemonthealth.org/blog/?p=[64632] · By Hannah Kowalczyk, DPM · Tags: foot pain, neuroma, CPT {64632}',
    '"Patients tell me it feels like walking on a pebble," says Dr. Kowalczyk, who sees about 40 new',
    'neuroma patients a month at the Greenbriar clinic ([46138]).',
    '4. Injections help, but only for a while. A steroid shot may calm things down; if not, alcohol injections',
    '(your insurer will see CPT code {64632}) shrink the nerve over several visits.',
    '5. Surgery is the last step. Removing the neuroma ({28080}) is usually done at our Southport surgery center.',
    'Related: "Sciatica or piriformis? When a nerve block ({64445}) gives the answer" · 14 comments',
    'Post [64632] · Category id [23814] · Comments are moderated.',
  ].join('\n'),
});

// ── 18. Blog admin, posts list grid ──
const blogAdmin = table({
  id: 's165-blogadmin',
  kind: 's165-blog-admin-posts-list-grid',
  caption: 'Posts › All (86) | Published (79) | Drafts (7) — Filter by category: Pain & Nerve',
  headers: ['Title', 'Author', 'Categories', 'Tags', 'Date', 'ID'],
  rows: [
    [
      "Is it Morton's neuroma? 5 signs…",
      'hkowalczyk',
      'Pain & Nerve, Foot & Ankle',
      'neuroma, CPT {64632}',
      'Published 2026/09/09',
      '[64632]',
    ],
    [
      'Sciatica or piriformis? When a nerve block gives the answer',
      'pvenkataraman',
      'Pain & Nerve',
      'sciatica, {64445}',
      'Published 2026/08/26',
      '[64508]',
    ],
    [
      'Botox is not just cosmetic: hemifacial spasm',
      'treyes',
      'Neurology',
      'botox, {64612}, J0585',
      'Published 2026/08/12',
      '[64371]',
    ],
    [
      'What nerve decompression surgery costs (and why)',
      'astrand',
      'Pain & Nerve, Billing',
      '{64712}, {64714}, price',
      'Draft',
      '[64790]',
    ],
    [
      'Pain Awareness Month wrap-up: what we learned',
      'webteam',
      'News',
      'PAM26, [46240], events',
      'Scheduled 2026/10/01',
      '[64802]',
    ],
  ],
});

// ── 19. Campaign landing page with form ──
const landing = lines({
  id: 's165-landing',
  kind: 's165-campaign-landing-page-form-text',
  before: 'lakemonthealth.org/nerve-pain?utm_source=facebook&utm_medium=paid_social&utm_campaign=pam26',
  text: [
    'September is Pain Awareness Month. Numbness, burning or shooting pain? Get a free 15-minute nerve pain screening.',
    'Same-week nerve blocks · Nerve decompression surgery · Botox for facial spasm · 3 locations near [46240]',
    'Request your screening',
    'First name* ___  Last name* ___  Phone* ___  ZIP code* [ e.g. [46256] ]',
    'Where is your pain?  ( ) Leg / buttock  ( ) Foot / toes  ( ) Face / eyelid  ( ) Hand / arm',
    'Already have an order from your doctor? Procedure code (optional): [ e.g. {64445} ]',
    'By submitting you agree to be contacted. Offer ends 09/30/2026. Campaign PAM26 · Landing page [70141]',
  ].join('\n'),
});

// ── 20. The landing page form, HTML source view ──
const formHtml = lines({
  id: 's165-formhtml',
  kind: 's165-campaign-form-html-source-text',
  before: 'view-source:https://lakemonthealth.org/nerve-pain',
  text: [
    '<form id="mktoForm_[21907]" action="/forms/submit" method="post" data-campaign="PAM26">',
    '  <input type="hidden" name="formid" value="[21907]"><input type="hidden" name="sfdc_campaign" value="7016Q000001kLmNQAU">',
    '  <input name="zip" pattern="[0-9]{5}" placeholder="[46256]" autocomplete="postal-code">',
    '  <select name="pain_area"><option value="leg" data-cpt="{64445}">Leg / buttock</option>',
    '    <option value="foot" data-cpt="{64632}">Foot / toes</option><option value="face" data-cpt="{64612}">Face / eyelid</option>',
    '    <option value="hand" data-cpt="{64721}">Hand / arm</option></select>',
    '  <input name="order_cpt" maxlength="5" placeholder="{64445}">',
    '  <input type="hidden" name="landing_page_id" value="[70141]"><input type="hidden" name="gclid">',
  ].join('\n'),
});

// ── 21. Web lead notification email to the call center ──
const leadEmail = lines({
  id: 's165-leademail',
  kind: 's165-web-lead-notification-email-text',
  before: 'From: Marketing Automation <noreply@lakemonthealth.org> To: Pain & Nerve Access Center',
  text: [
    'Subject: New web lead #[64712] — Nerve Pain Screening (PAM26) — call within 2 business hours',
    'Submitted: 09/14/2026 19:22 · Form: Nerve Pain Screening (id [21907]) · Source: facebook / paid_social',
    'Name: Renee Albright (web form)   Phone: (317) 555-0168   ZIP: [46227]',
    'Where is your pain: Leg / buttock   Procedure code entered: {64445}',
    'Suggested route: Interventional Pain — Venkataraman or Ellery. Nearest site: Bellmont ([46240]).',
    'Lead score 62 · Salesforce lead 00Q6Q000013kT9xUAE · Record [31928] · Do not reply to this message.',
  ].join('\n'),
});

// ── 22. CRM lead export, CSV text layer ──
const leadCsv = lines({
  id: 's165-leadcsv',
  kind: 's165-crm-campaign-leads-csv-text',
  before: 'PAM26_leads_2026-09-15.csv',
  text: [
    'lead_id,created,zip,pain_area,order_cpt,utm_source,utm_campaign,status,owner',
    '[64712],2026-09-14 19:22,[46227],leg,{64445},facebook,pam26,Contacted,access-center',
    '[64713],2026-09-14 20:05,[46138],foot,,google,pam26,Scheduled,access-center',
    '[64714],2026-09-14 21:47,[46256],face,{64612},facebook,pam26,Scheduled,neuro-scheduling',
    '[64715],2026-09-15 07:10,[46240],leg,{64712},email,pam26,Referred to surgery,access-center',
    '[64716],2026-09-15 08:33,[46201],hand,,organic,pam26,No answer (2),access-center',
  ].join('\n'),
});

// ── 23. Web analytics, "Pages and screens" report (UI grid, numbers with separators) ──
const gaPages = table({
  id: 's165-gapages',
  kind: 's165-web-analytics-top-pages-report-grid',
  caption: 'Reports › Engagement › Pages and screens: Page path — Sep 1 – Sep 30, 2026 — Service line: Pain & Nerve',
  headers: ['Page path', 'Views', 'Users', 'Avg. engagement time', 'Key events'],
  rows: [
    ['/nerve-pain (PAM26 landing)', '48,213', '39,870', '0m 52s', '1,204'],
    ['/price-estimator/cpt/{64445}', '9,412', '7,980', '1m 31s', '611'],
    ['/price-estimator/cpt/{64712}', '6,058', '5,122', '2m 04s', '287'],
    ['/conditions/mortons-neuroma', '5,730', '4,911', '1m 48s', '96'],
    ['/blog/?p=[64632]', '4,988', '4,410', '2m 37s', '58'],
    ['/price-estimator/cpt/{64612}', '2,214', '1,907', '1m 12s', '73'],
    ['/node/[64714] (legacy treatment page)', '1,866', '1,702', '0m 40s', '12'],
    ['/doctors/aileen-strand-md-[40312]', '1,540', '1,377', '1m 05s', '44'],
  ],
});

// ── 24. Web analytics, CSV export of the same report ──
const gaCsv = lines({
  id: 's165-gacsv',
  kind: 's165-web-analytics-export-csv-text',
  before: 'download_pages_and_screens_20260901-20260930.csv',
  text: [
    '# Property: Lakemont Health Web (properties/418772203) · Account [31046]',
    'Page path,Views,Users,Views per user,Average engagement time,Event count,Key events,Total revenue',
    '/nerve-pain,[48213],[39870],1.21,52.1,[96410],1204,0',
    '/price-estimator/cpt/{64445},9412,7980,1.18,91.4,[30962],611,0',
    '/price-estimator/cpt/{64712},6058,5122,1.18,124.0,[22018],287,0',
    '/blog/?p=[64632],4988,4410,1.13,157.2,[14380],58,0',
    '/price-estimator/cpt/{64714},1312,1190,1.10,118.6,4471,41,0',
    '/node/[64714],1866,1702,1.10,40.3,3209,12,0',
    'Grand total,210448,152307,1.38,71.9,764112,3914,0',
  ].join('\n'),
});

// ── 25. Web analytics, site search terms grid ──
const gaSearch = table({
  id: 's165-gasearch',
  kind: 's165-web-analytics-site-search-terms-grid',
  caption: 'Site search terms (search_term) — Sep 2026 — lakemonthealth.org',
  headers: ['Search term', 'Searches', 'Results viewed', '% search exits'],
  rows: [
    ['{64712}', '184', '151', '12.0%'],
    ['cpt {64445} cost', '133', '120', '6.8%'],
    ['botox {64612} price', '97', '81', '10.3%'],
    ['pain clinic [46256]', '88', '70', '17.0%'],
    ['{64632} morton neuroma', '61', '58', '3.3%'],
    ['{64714}', '40', '29', '22.5%'],
    ['billing po box [30781]', '22', '9', '40.9%'],
  ],
});

// ── 26. Paid search keyword report, CSV text layer ──
const adsCsv = lines({
  id: 's165-adscsv',
  kind: 's165-paid-search-keyword-report-csv-text',
  before: 'Keyword report — Campaign: PAM26 Search — Sep 1–30, 2026',
  text: [
    'Keyword,Match type,Ad group,Clicks,Impr.,CTR,Avg. CPC,Cost,Conversions',
    '"sciatic nerve block near me",Phrase,Nerve block,1182,[19446],6.08%,2.41,2848.62,74',
    '"cpt {64445} cost",Exact,Price shoppers,211,2904,7.27%,1.12,236.32,19',
    '"{64712} surgery cost",Exact,Price shoppers,96,1408,6.82%,1.35,129.60,6',
    '"morton neuroma treatment [46138]",Phrase,Foot,340,6177,5.50%,2.02,686.80,21',
    '"botox for facial spasm",Broad,Neuro,402,[24118],1.67%,1.87,751.74,15',
    'Total,,,2231,[54053],4.13%,2.09,4653.08,135 · Report [64445] · Ads account Lakemont Health Pain',
  ].join('\n'),
});

// ── 27. CMS page editor, metadata panel ──
const cmsEditor = lines({
  id: 's165-cmseditor',
  kind: 's165-cms-page-editor-metadata-text',
  before: 'Content › Edit Treatment page "Peripheral Nerve Decompression Surgery" (published)',
  text: [
    'Node ID: [64714]   Revision: [18841]   Language: English   Author: astrand   Last saved: 09/03/2026 16:12',
    'URL alias: /treatments/peripheral-nerve-decompression   (redirect from /node/[64714])',
    'Meta title: Nerve Decompression Surgery | Sciatic & Lumbar Plexus | Lakemont Health',
    'Meta description: Surgery to free a trapped sciatic nerve (CPT {64712}) or lumbar plexus ({64714}). See prices.',
    'Related procedures (taxonomy: CPT): {64712} × · {64714} × · {64718} × · {64721} × · + Add term',
    'Price widget shortcode: [price_estimate cpt="{64712}" facility="LRMC" zip="[46240]"]',
    'Locations (reference): LRMC [46240] · Southport ASC [46138]   Service line term id: [46145]',
    'Workflow: Published → Needs review by 03/01/2027 (Medical review: P. Venkataraman)',
  ].join('\n'),
});

// ── 28. CMS structured data (schema.org JSON-LD) panel ──
const jsonLd = lines({
  id: 's165-jsonld',
  kind: 's165-cms-structured-data-jsonld-text',
  before: 'SEO › Structured data (JSON-LD) — generated from fields, edit with care',
  text: [
    '{"@context": "https://schema.org", "@type": "MedicalProcedure", "name": "Sciatic nerve decompression",',
    ' "code": {"@type": "MedicalCode", "codeValue": "{64712}", "codingSystem": "CPT"},',
    ' "procedureType": "https://schema.org/SurgicalProcedure", "bodyLocation": "Buttock, posterior thigh",',
    ' "relevantSpecialty": "Surgical", "howPerformed": "Open release of the sciatic nerve",',
    ' "sameAs": ["https://lakemonthealth.org/price-estimator/cpt/{64712}"],',
    ' "availableService": {"@type": "MedicalProcedure", "code": {"codeValue": "{64445}", "codingSystem": "CPT"}},',
    ' "provider": {"@type": "Hospital", "name": "Lakemont Regional Medical Center",',
    '   "address": {"@type": "PostalAddress", "streetAddress": "4100 Orchard Ridge Pkwy", "postalCode": "[46240]"}},',
    ' "identifier": "[64714]"}',
  ].join('\n'),
});

// ── 29. CMS revision history grid ──
const cmsRevs = table({
  id: 's165-cmsrevs',
  kind: 's165-cms-revision-history-grid',
  caption: 'Revisions for Peripheral Nerve Decompression Surgery (node 64714)',
  headers: ['Revision', 'Date', 'Author', 'Log message', 'Status'],
  rows: [
    ['[18841]', '09/03/2026 16:12', 'astrand', 'Updated cash price for {64712} to $8,556.00 (MRF 07/01)', 'Current'],
    ['[18790]', '08/28/2026 10:02', 'webteam', 'Added {64714} to related procedures; fixed ZIP [46138]', 'Revert'],
    ['[17362]', '06/11/2026 09:47', 'seo-agency', 'Meta description: add "CPT {64712}" keyword', 'Revert'],
    ['[16022]', '03/02/2026 14:30', 'pvenkataraman', 'Medical review; removed {64708}, not offered at LRMC', 'Revert'],
    ['[12389]', '11/19/2025 11:15', 'migration', 'Imported from legacy site page id [64612]', 'Revert'],
  ],
});

// ── 30. XML sitemap, text layer ──
const sitemap = lines({
  id: 's165-sitemap',
  kind: 's165-xml-sitemap-text',
  before: 'https://lakemonthealth.org/sitemap-pain-nerve.xml',
  text: [
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    '<url><loc>https://lakemonthealth.org/price-estimator/cpt/{64445}</loc><lastmod>2026-07-01</lastmod></url>',
    '<url><loc>https://lakemonthealth.org/price-estimator/cpt/{64632}</loc><lastmod>2026-07-01</lastmod></url>',
    '<url><loc>https://lakemonthealth.org/price-estimator/cpt/{64612}</loc><lastmod>2026-07-01</lastmod></url>',
    '<url><loc>https://lakemonthealth.org/price-estimator/cpt/{64714}</loc><lastmod>2026-07-01</lastmod></url>',
    '<url><loc>https://lakemonthealth.org/blog/?p=[64632]</loc><lastmod>2026-09-09</lastmod></url>',
    '<url><loc>https://lakemonthealth.org/doctors/aileen-strand-md-[40312]</loc><changefreq>monthly</changefreq></url>',
    '<url><loc>https://lakemonthealth.org/locations/fairhaven-[46256]</loc><priority>0.6</priority></url>',
  ].join('\n'),
});

// ── 31. Redirect map from the legacy site, CSV text layer ──
const redirects = lines({
  id: 's165-redirects',
  kind: 's165-cms-redirect-map-csv-text',
  before: 'redirects_legacy_to_drupal_final.csv (301s, loaded 11/19/2025)',
  text: [
    'source,destination,status,hits_30d',
    '/services/pain/PageID=[64612],/treatments/botox-facial-spasm,301,212',
    '/services/pain/sciatic-nerve-block-{64445}.aspx,/price-estimator/cpt/{64445},301,1433',
    '/node/[64714],/treatments/peripheral-nerve-decompression,301,1866',
    '/cost/{64712},/price-estimator/cpt/{64712},301,88',
    '/locations/greenbriar-[46138],/locations/southport-surgery-center,301,97',
    '/pdf/PE-[20354].pdf,/patient-education/mortons-neuroma,301,41',
  ].join('\n'),
});

// ── 32. Billing and insurance FAQ accordion ──
const faq = lines({
  id: 's165-faq',
  kind: 's165-billing-insurance-faq-accordion-text',
  before: 'Pain & Peripheral Nerve Institute › Insurance & Billing FAQ',
  text: [
    '▸ Do I need prior authorization? For nerve decompression ({64712}, {64714}) almost every plan requires it.',
    '  Nerve blocks such as {64445} usually do not, but Hoosier Mutual HMO does. We check for you.',
    '▸ Why did I get two bills? The hospital bills the facility part of {64632} or {64612}; your doctor bills',
    '  the professional part. The CPT code is the same on both.',
    '▸ What does "bilateral" mean on my bill? It means both sides were treated, e.g. {64612}-50.',
    '▸ Where do I send a payment? Lakemont Health, PO Box [64445], Indianapolis, IN [46206]-4445.',
    '▸ Can I get a price before I schedule? Yes: search the estimator by name or by code ({64712}).',
    '  Or call Patient Financial Services at (317) 555-0150, option 3. Account numbers have 9 digits.',
  ].join('\n'),
});

// ── 33. Location page ──
const location = lines({
  id: 's165-location',
  kind: 's165-clinic-location-page-text',
  before: 'Locations › Lakemont Pain & Nerve — Fairhaven',
  text: [
    'Lakemont Pain & Nerve — Fairhaven · 2250 Fairhaven Commons Blvd, Suite 140, Fairhaven, IN [46256]',
    'Phone (317) 555-0186 · Fax (317) 555-0190 · Mon–Fri 7:30 a.m.–5 p.m. · Free parking, bus route 31',
    'Services at this location: nerve blocks ({64445}, {64447}), genicular nerve radiofrequency ({64624}),',
    'Botox for facial spasm and migraine ({64612}, {64615}), EMG and nerve conduction studies ({95886}, {95910}).',
    'Shoppable services priced here: {64445} $1,105.20 cash · {64612} $580.80 cash (drug extra)',
    'Serving ZIP codes [46256], [46227], [46237] and [46107]. Location id [31290].',
  ].join('\n'),
});

// ── 34. Patient story page ──
const story = lines({
  id: 's165-story',
  kind: 's165-patient-story-page-text',
  before: 'Patient Stories › "I ran the half-marathon eight months after surgery"',
  text: [
    'Marisol Vance (name and photo shared with permission) had two years of buttock and leg pain before a',
    'sciatic nerve block at Lakemont Regional finally pointed to the cause.',
    'In March she had sciatic nerve decompression with Dr. Aileen Strand. In November she crossed the finish of',
    'the Bellmont Half Marathon wearing bib [46121] — in 2:14:38.',
    'Sidebar — Related services: Sciatic nerve block (CPT {64445}) · Sciatic nerve decompression (CPT {64712})',
    'Story [22936]-b · Photo credit: Lakemont Marketing · Share this story',
  ].join('\n'),
});

// ── 35. Press release ──
const press = lines({
  id: 's165-press',
  kind: 's165-press-release-service-line-launch-text',
  before: 'Newsroom › Press Releases › FOR IMMEDIATE RELEASE',
  text: [
    'Lakemont Health opens Pain & Peripheral Nerve Institute with same-week nerve block appointments',
    'BELLMONT, Ind. (Sept. 2, 2026) — Lakemont Health today opened its Pain & Peripheral Nerve Institute at',
    'Lakemont Regional Medical Center, 4100 Orchard Ridge Pkwy, Bellmont, IN [46240].',
    'The institute performed 1,912 nerve procedures in its first six months, led by sciatic nerve blocks and',
    'peripheral nerve decompressions. Prices for the most common services are posted online by CPT code.',
    "A list of the top services, including the sciatic nerve block ({64445}), Morton's neuroma injection ({64632})",
    'and Botox for hemifacial spasm ({64612}), is at lakemonthealth.org/price. Release no. [40257].',
    'Media contact: Dana Whitlock, (317) 555-0102 · Lakemont Health, 1 Lakemont Plaza, Bellmont, IN [46240]',
  ].join('\n'),
});

// ── 36. Referring providers page ──
const referPage = lines({
  id: 's165-referpage',
  kind: 's165-referring-provider-page-text',
  before: 'For Health Professionals › Refer a Patient › Pain & Peripheral Nerve Institute',
  text: [
    'Refer by Epic In Basket (pool LKM PAIN NERVE REFERRALS) or fax (317) 555-0199. Urgent: (317) 555-0188.',
    'Diagnostic sciatic nerve block: order "Nerve block, sciatic" (CPT {64445}); ultrasound guidance ({76942}) is added by us.',
    'Surgical evaluation for nerve entrapment: include EMG/NCS ({95886}, {95910}) if done in the last 6 months.',
    "Morton's neuroma: refer to Foot & Ankle, Greenbriar [46138]; we bill injections as {64632} per visit.",
    'Botox for hemifacial spasm or blepharospasm ({64612}): please send the neurology note and prior response.',
    'Referral coordinators answer in 1 business day. Referral form LH-[18225] (PDF). Provider line (317) 555-0100 ext. [20217].',
  ].join('\n'),
});

// ── 37. Referral order form, fillable PDF text layer ──
const referForm = lines({
  id: 's165-referform',
  kind: 's165-referral-order-form-pdf-text',
  before: 'LAKEMONT PAIN & PERIPHERAL NERVE INSTITUTE — OUTPATIENT REFERRAL / ORDER — Form LH-18225 (rev. 05/2026)',
  text: [
    'Fax completed form to (317) 555-0199 · 4100 Orchard Ridge Pkwy, Suite 310, Bellmont, IN [46240]',
    'Patient name ____________  DOB ________  Phone ____________  ZIP ________',
    '[ ] Consult: interventional pain   [ ] Consult: peripheral nerve surgery   [ ] Consult: foot & ankle',
    '[ ] {64445} Sciatic nerve block, single   [ ] {64447} Femoral nerve block, single   side: L / R',
    '[ ] {64632} Neurolysis, plantar common digital nerve (series)   [ ] {64612} Chemodenervation, facial nerve',
    '[ ] {95886} / {95910} EMG with nerve conduction   [ ] {72148} MRI lumbar spine without contrast',
    'Diagnosis (ICD-10): ____________   Referring NPI ____________   Office fax ____________',
    'Office use: referral # [51207]   received ____   scheduled ____',
  ].join('\n'),
});

// ── 38. Physician newsletter email to referring providers ──
const newsletter = lines({
  id: 's165-newsletter',
  kind: 's165-referring-physician-newsletter-email-text',
  before: 'Physician Connect — September 2026 — from Lakemont Health Pain & Peripheral Nerve Institute',
  text: [
    'Same-week access: we now schedule {64445} sciatic and {64447} femoral nerve blocks within 5 business days.',
    'New surgeon: Aileen Strand, MD joins us for nerve decompression ({64712}, {64714}) and ulnar transposition ({64718}).',
    "Coding corner: chemical neurolysis of a Morton's neuroma is {64632}; a plain anesthetic/steroid block of that nerve is {64455}.",
    'Coding corner: bilateral facial chemodenervation is {64612} with modifier 50, not two lines.',
    'CME: "Entrapment neuropathies of the lower limb", Oct 8, 6 p.m., Bellmont campus, activity [23814].',
    'You are receiving this because you referred to Lakemont in 2026. Unsubscribe · Lakemont Health, Bellmont, IN [46240]',
    'Mailing id [64612]-PC-0926',
  ].join('\n'),
});

// ── 39. Website chat assistant transcript ──
const chat = lines({
  id: 's165-chat',
  kind: 's165-website-price-chat-transcript-text',
  before: 'Lakemont Price Assistant (chat) — transcript emailed to visitor — session 38554',
  text: [
    'Visitor 19:02: how much is {64712} without insurance',
    'Assistant 19:02: CPT {64712} (neuroplasty, sciatic nerve) at Lakemont Regional: self-pay price $8,556.00,',
    '  facility part only. Surgeon and anesthesia are billed separately. Want a full estimate?',
    'Visitor 19:03: yes. zip is [46227]',
    'Assistant 19:03: The nearest site for {64712} is Lakemont Regional, Bellmont [46240] (6.1 miles).',
    'Visitor 19:04: and the nerve block first? my doctor wrote {64445} LT',
    'Assistant 19:04: {64445} (sciatic nerve block) self-pay is $1,105.20. Estimate EST-[70188]-0914 sent to your email.',
    'Chat session [38554] closed 19:06 · Rating: 5 · Transcript id [27760]-T',
  ].join('\n'),
});

// ── 40. Video page with transcript ──
const video = lines({
  id: 's165-video',
  kind: 's165-video-page-transcript-text',
  before: 'Videos › "What is a sciatic nerve block?" (4:12) · Priya Venkataraman, MD',
  text: [
    'Video id [22018] · 3,406 views · Captions: English, Spanish',
    '[00:18] A sciatic nerve block is an injection of numbing medicine next to the sciatic nerve.',
    '[01:05] On your paperwork you may see the code {64445}. That is the code for a single injection.',
    '[01:40] If we leave a small catheter for a longer block, that is a different code, {64446}.',
    '[02:52] If the block helps for a few hours and then the pain comes back, we talk about surgery, {64712}.',
    '[03:58] To schedule, call (317) 555-0186 or visit any of our clinics, for example Fairhaven, [46256].',
  ].join('\n'),
});

// ── 41. SEO crawl audit, grid ──
const seoCrawl = table({
  id: 's165-seocrawl',
  kind: 's165-seo-crawl-audit-report-grid',
  caption: 'Site audit — lakemonthealth.org — crawl of 09/20/2026 — Issues: Duplicate titles (pain & nerve)',
  headers: ['URL', 'Status', 'Title', 'Title length', 'Inlinks', 'Page ID'],
  rows: [
    [
      '/price-estimator/cpt/{64445}',
      '200',
      'Sciatic Nerve Block Cost (CPT {64445}) | Lakemont Health',
      '54',
      '38',
      '[50712]',
    ],
    [
      '/price-estimator/cpt/{64447}',
      '200',
      'Femoral Nerve Block Cost (CPT {64447}) | Lakemont Health',
      '54',
      '21',
      '[50713]',
    ],
    ['/price-estimator/cpt/{64632}', '200', "Morton's Neuroma Injection Cost | Lakemont Health", '50', '17', '[50729]'],
    ['/price-estimator/cpt/{64714}', '200', 'Price | Lakemont Health', '23', '4', '[50741]'],
    ['/node/[64714]', '301', '—', '—', '9', '[64714]'],
    ['/services/pain/PageID=[64612]', '404', '—', '—', '2', '—'],
  ],
});

// ── 42. Editorial content calendar, grid ──
const calendar = table({
  id: 's165-calendar',
  kind: 's165-marketing-content-calendar-grid',
  caption: 'Pain & Nerve service line — Q4 2026 content calendar (shared sheet) — owner: Marketing',
  headers: ['Publish', 'Channel', 'Working title', 'Target keyword', 'CPT focus', 'Asset #'],
  rows: [
    [
      '10/01',
      'Blog',
      'Sciatic nerve decompression: what recovery is really like',
      'sciatic nerve surgery',
      '{64712}',
      '[41877]',
    ],
    ['10/08', 'Email', 'Physician Connect — October', '—', '{64445}, {64714}', '[41880]'],
    ['10/15', 'Social', 'Blepharospasm myths (carousel)', 'botox eyelid spasm', '{64612}', '[41886]'],
    [
      '10/22',
      'Landing page',
      'Foot pain? Free neuroma check — Greenbriar [46138]',
      'morton neuroma',
      '{64632}',
      '[41891]',
    ],
    ['11/05', 'Video', 'Lumbar plexus neurolysis explained', 'lumbar plexus', '{64714}', '[41902]'],
    ['11/19', 'Blog', 'Carpal tunnel vs. ulnar nerve: which is it?', 'carpal tunnel', '{64721}, {64718}', '[41913]'],
  ],
});

export const sealed165: Snippet[] = [
  ...bioStrand,
  ...bioVenkat,
  ...findDoc,
  ...condSciatica,
  ...condMorton,
  ...txDecomp,
  ...txBotox,
  ...estAuto,
  ...estResult,
  ...shoppable,
  ...mrfCsv,
  ...mrfJson,
  ...gfe,
  ...ptLanding,
  ...expect,
  ...preop,
  ...blog,
  ...blogAdmin,
  ...landing,
  ...formHtml,
  ...leadEmail,
  ...leadCsv,
  ...gaPages,
  ...gaCsv,
  ...gaSearch,
  ...adsCsv,
  ...cmsEditor,
  ...jsonLd,
  ...cmsRevs,
  ...sitemap,
  ...redirects,
  ...faq,
  ...location,
  ...story,
  ...press,
  ...referPage,
  ...referForm,
  ...newsletter,
  ...chat,
  ...video,
  ...seoCrawl,
  ...calendar,
];
