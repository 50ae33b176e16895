import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 27 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/context.ts), never read a score of an earlier sealed set, and never ran the detector on
 * these snippets. Its page shapes (`kind`, prefixed `s27-`) appear in no other corpus file. Score it once; do not edit
 * a snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. About a third of the decoys are numbers of the
 * synthetic 10,000-code set (KNOWN_10K) used as ZIPs, accounts, ids, counts and amounts; the five known numbers
 * also appear as decoys (an SKU, a claim number, a ZIP-like id, a karma count, a booking reference).
 *
 * Family: consumer and patient-side web, and general pages where codes are rare: patient forums and Q&A threads,
 * HSA/FSA claim lists and receipt uploads, credit-card statements, banking and budgeting apps, insurer member-app
 * chat, crowdfunding, review sites, online pharmacy and medical-supply shops, real-estate and map pages near
 * clinics, news comment sections, surgery travel bookings, employer benefit portals, consumer price-comparison
 * sites, inbox lists, BBB complaints, neighbourhood apps, drug-coupon pages, tax software and classifieds. Built on
 * real public layouts: the Reddit thread (subreddit, "Posted by u/", flair, points, "Reply  Share"), the GoFundMe
 * campaign page (raised-of-goal, organizer, updates, donation list), the Yelp business page and review cards, the
 * Google Maps place panel with its "Questions & answers", the Zillow listing (facts, price history, MLS #), the
 * Chase credit-card statement "ACCOUNT ACTIVITY" block, the Mint transaction CSV export columns, the Amazon "Your
 * Orders" card, the BBB complaint page (type, status, business response), the Uber trip receipt, the Nextdoor post
 * with replies and the Craigslist for-sale posting (attributes, post id). The others are written the way those pages
 * read, with no single source.
 *
 * 320 labelled tokens over 30 shapes: 120 codes, 200 decoys, 72 of the decoys in KNOWN_10K.
 */

// ── 1. Reddit thread in r/HealthInsurance (new layout, read as a list of text rows) ──
const reddit = lines({
  id: 's27-reddit',
  kind: 's27-reddit-insurance-sub-thread',
  before: 'r/HealthInsurance • Posted by u/sciatica_and_bills 14h',
  text: [
    'Billed twice for the same nerve block? EOB shows {64445} on two lines  [Claims/Billing]',
    'Had foot surgery 3/4 at an ASC in [45367]. Anesthesia did a popliteal block. EOB lists CPT {64445} x2, one denied CO-97.',
    'Claim # [52116]-0044, my responsibility $612. Is this normal or should I call?',
    '  412 points · 38 comments · Share · Save',
    'u/former_biller_ks · [24422] karma · 13h',
    '  {64445} is "injection, anesthetic agent; sciatic nerve". Popliteal is the sciatic at the knee, so one unit.',
    '  Second line likely a duplicate or they meant {64445}-59 for a different site. Ask for the itemized bill with codes.',
    '  Reply  Share  112',
    'u/sciatica_and_bills (OP) · 12h',
    '  Itemized shows {64445} RT 03/04 $1,180 and {64445} RT 03/04 $1,180. Same everything.',
    '  Reply  Share  41',
    'u/deductible_doom · [64712] karma · 11h',
    '  Same thing happened after my piriformis release ({64712}), they billed the facility fee twice. Got it reversed in a week.',
    '  Reply  Share  19',
  ].join('\n'),
});

// ── 2. HSA administrator, claim history table (reimburse-myself claims) ──
const hsaClaims = table({
  id: 's27-hsa-claims',
  kind: 's27-hsa-reimbursement-claim-history-table',
  caption: 'Claims & Payments — Health Savings Account ending 7718 — showing 1–7 of 7',
  headers: ['Date Submitted', 'Claim #', 'Paid To', 'Description', 'Amount', 'Status', 'Receipt'],
  rows: [
    [
      '03/28/2026',
      '[88094]',
      'Me',
      'Lakeview Foot & Ankle — Morton neuroma inj ({64632})',
      '$214.00',
      'Paid',
      'Attached',
    ],
    ['03/11/2026', '[88051]', 'Me', 'CVS Pharmacy #[10374]', '$38.17', 'Paid', 'Attached'],
    [
      '02/19/2026',
      '[87966]',
      'Provider',
      'Eye Neurology Assoc — Botox blepharospasm {64612}-50',
      '$488.60',
      'Pending docs',
      'Needed',
    ],
    ['02/02/2026', '[87902]', 'Me', 'Dental cleaning', '$95.00', 'Paid', 'Attached'],
    ['01/15/2026', '[87811]', 'Me', 'Northside ASC, acct [40561]', '$1,250.00', 'Denied — need itemized', 'Attached'],
    ['01/03/2026', '[87764]', 'Provider', 'Quest Diagnostics', '$61.20', 'Paid', 'Attached'],
  ],
});

// ── 3. FSA portal: "We read your receipt" OCR preview after an upload ──
const fsaOcr: Snippet[] = [
  {
    id: 's27-fsa-ocr-1',
    kind: 's27-fsa-receipt-upload-ocr-preview',
    before: 'Upload receipt  Step 2 of 3: Check what we found',
    text: [
      'We found these details on your receipt. Fix anything that looks wrong.',
      'Provider name: Bayview Oculoplastics',
      'Provider address: 901 Harbor Blvd Ste 3, Oxnard CA [93041]',
      'Patient: Dana R.    Date of service: 02/12/2026',
      'Service description: CHEMODENERVATION FACIAL NERVE UNILAT  CPT {64612}  units 1',
      'Drug: onabotulinumtoxinA 50 units (J0585)',
      'Amount billed: $1,140.00   Insurance paid: $652.00   You owe: $488.00',
      'Statement / account #: [31855]-02    Claim ID from receipt: [64612]-0O91 (could not read)',
      'Card transaction we matched: 02/14/2026  BAYVIEW OCULOPLAS  $488.00  ref [77905]',
      'Your file: IMG_[46204].jpg · uploaded 02/15/2026 · Employer group [27701] · Plan year 2026',
    ].join('\n'),
  },
];

// ── 4. Credit-card statement PDF, ACCOUNT ACTIVITY section ──
const ccStatement = lines({
  id: 's27-cc',
  kind: 's27-credit-card-statement-account-activity',
  before: 'ACCOUNT ACTIVITY',
  text: [
    'Date of Transaction    Merchant Name or Transaction Description                         $ Amount',
    '03/02    PAYMENT THANK YOU - WEB                                                  -1,200.00',
    '03/04    NORTHSIDE SURGERY CTR   SPRINGFIELD  IL [62704]                          1,250.00',
    '03/04    SQ *HOSPITAL PARKING GARAGE  Springfield IL                                 14.00',
    '03/06    WALGREENS #[11093]   SPRINGFIELD  IL                                       22.39',
    '03/09    MIDWEST ANESTHESIA PARTNERS 877-555-0199 IL  inv [64445]                    612.00',
    '03/11    GOFUNDME REFUND   REDWOOD CITY  CA [94063]                                  -25.00',
    '03/15    AMZN Mktp US*2K4LD8 Amzn.com/bill WA                                        46.99',
    'Total fees charged in 2026 $0.00     Account number ending in 4417     Customer ref [50489]',
  ].join('\n'),
});

// ── 5. Banking app: bill-pay payment detail screen (memo typed by the patient) ──
const bankPay: Snippet[] = [
  {
    id: 's27-bank-billpay-1',
    kind: 's27-bank-app-billpay-payment-detail',
    before: 'Payment details',
    text: 'Pay to: Lakeview Foot & Ankle LLC   Amount: $214.00   Deliver by: Apr 2, 2026   Confirmation: [63201]',
  },
  {
    id: 's27-bank-billpay-2',
    kind: 's27-bank-app-billpay-payment-detail',
    before: 'Memo (shows on check)',
    text: 'Acct [26187] - DOS 3/18 - {64632} alcohol inj L foot - 2nd of 3',
  },
  {
    id: 's27-bank-billpay-3',
    kind: 's27-bank-app-billpay-payment-detail',
    before: 'Payee address',
    text: 'PO Box 4477, Dept [22822], Columbus OH [43218]',
  },
  {
    id: 's27-bank-billpay-4',
    kind: 's27-bank-app-billpay-payment-detail',
    before: 'Memo (shows on check)',
    text: 'Acct [26187] bal after ins per EOB, CPT {64632} + {64632} (2 visits) - pls apply to oldest',
  },
];

// ── 6. Insurer member app: virtual-assistant chat about a claim ──
const memberChat = lines({
  id: 's27-member-chat',
  kind: 's27-member-app-virtual-assistant-chat',
  before: 'Chat with Ava · Virtual Assistant',
  text: [
    'Ava: Hi Marcus! I see a claim from Mar 9 with Midwest Anesthesia Partners. Want to talk about that one?',
    'You: yes why did you deny code {64445} on the 2nd line',
    'Ava: Claim [73318]-A, line 2: {64445} Injection, anesthetic agent; sciatic nerve. Reason: duplicate of line 1.',
    'Ava: Line 1 ({64445}) was paid at $318.40. Your share on line 1 was $612.00 (deductible).',
    'You: the doctor says they did 2 blocks. one was a femoral. my member id is [71832]',
    'Ava: Thanks. For your security I can only look up the ID on your card. Transferring you to a person, wait ~ 4 min.',
    'Kayla (Member Services): I can send this for reprocessing. Reference # [38817]. If the provider corrects line 2 to',
    '  the femoral block code instead of {64445}, it should pay. Anything else today?',
  ].join('\n'),
});

// ── 7. GoFundMe campaign page ──
const gofundme = lines({
  id: 's27-gfm',
  kind: 's27-crowdfunding-campaign-page',
  before: 'GoFundMe · Medical',
  text: [
    'Help Tanya Walk Again After Nerve Surgery',
    '$8,420 raised of $25,000 goal · 212 donations',
    'Tanya Brooks is organizing this fundraiser. Created March 20, 2026 · Medical, Illness & Healing',
    'Story: In January Tanya had surgery to free her sciatic nerve (the hospital bill says "NEUROPLASTY SCIATIC NERVE',
    '{64712}"). Her insurer denied it as "not medically necessary" even after her surgeon sent records. The hospital',
    'account #[59204] is now at $31,406 and they want $500 a month. A second surgery on the lumbar plexus ({64714}) is',
    'scheduled for June and is already pre-denied. Every dollar goes straight to Mercy St. Paul billing, PO Box [55326].',
    'Update 2 · April 4 — The appeal for {64712} was denied again (appeal ref [44733]). We are going to external review.',
    'Update 1 · March 28 — Thank you for 150 donations! We hit $6,000.',
    'Anonymous  $50 · 2 d    Rita K.  $25 · 3 d    Grace Lutheran Church  $500 · 5 d',
    'Donate   Share   Donations 212   Fundraiser ID [10512]',
  ].join('\n'),
});

// ── 8. Yelp business page and review cards for a clinic ──
const yelp = lines({
  id: 's27-yelp',
  kind: 's27-review-site-clinic-reviews',
  before: 'Yelp',
  text: [
    'Pacific Neurology & Botox Clinic   ★★☆☆☆ 2.4 (87 reviews)   Claimed  $$$  Neurologist, Medical Spas',
    '2210 Wilshire Blvd Ste 400, Santa Monica, CA [90403]   (310) 555-0162',
    'Jen P. · Los Angeles, CA · 41 reviews · 3/14/2026  ★☆☆☆☆',
    '  Came for hemifacial spasm Botox. They billed insurance {64612} (one side) plus a separate "facial EMG" I never had.',
    '  Office manager said code {64612} "always goes with" it. Billing office is in ZIP [91532], never answers.',
    '  Useful 23  Funny 1  Cool 0',
    'Mark D. · Culver City, CA · 7 reviews · 2/2/2026  ★★★★☆',
    '  Dr. Amin is great, injections every 12 weeks for blepharospasm. Be aware cosmetic and medical ({64612}) are billed',
    '  differently. Check the code before you pay.',
    '  Useful 11  Funny 0  Cool 2',
    'Response from the owner: Please call our billing team at ext 612, we review every claim.',
    '18 photos · Mon–Fri 8:00 AM–5:00 PM · Billing mail: PO Box [27777], Santa Monica CA [90406]',
  ].join('\n'),
});

// ── 9. Online pharmacy product page (OTC / supply) ──
const pharmacyProduct = lines({
  id: 's27-rxshop',
  kind: 's27-online-pharmacy-product-page',
  before: 'Home › Foot Care › Metatarsal Pads',
  text: [
    'Dr. Comfort Gel Metatarsal Pads for Morton Neuroma, 2 ct',
    'Item # [64632]  ·  Model [30720]  ·  UPC 038249100217',
    '★★★★☆ 4.3 (1,418)   FSA/HSA eligible',
    '$14.99 ($7.50/ct)   Ship to [60614]   Arrives by Thu',
    'Frequently bought together: Toe separators (Item # [37384]), Neuroma sleeve (Item # [12756])',
    'Q: Will these help after my doctor did the alcohol shots ({64632})? A: They helped me after 2 rounds. — Verified buyer',
    'Specifications: Pack size 2 · Material silicone gel · Manufacturer part [64712]-B',
  ].join('\n'),
});

// ── 10. Medical-supply shop order confirmation (post-op items) ──
const supplyOrder = table({
  id: 's27-supply',
  kind: 's27-medical-supply-shop-order-confirmation',
  caption: 'Thank you! Order #48745-W confirmed — shipping to Marcus T., 118 Oak St, Springfield IL 62704',
  headers: ['Item #', 'Product', 'HCPCS', 'Qty', 'Price'],
  rows: [
    ['[21174]', 'Post-op shoe, square toe, M', 'L3260', '1', '$24.95'],
    ['[21179]', 'Knee scooter rental, 4 wks', 'E0118', '1', '$89.00'],
    ['[09489]', 'Cold therapy wrap, ankle', 'E0218', '1', '$64.50'],
    ['[33412]', 'Gauze pads 4x4 sterile, box of 25', 'A6402', '2', '$11.98'],
    ['[80218]', 'Compression stocking, knee-high, 20-30 mmHg', 'A6530', '2', '$39.90'],
    ['[75390]', 'Shower cast cover, adult ankle', '', '1', '$12.99'],
    ['[19595]', 'Rx note: post sciatic nerve decompression ({64712}), Dr. Lin', '', '', ''],
  ],
});

// ── 11. Zillow listing near a medical campus ──
const zillow = lines({
  id: 's27-zillow',
  kind: 's27-real-estate-listing-near-clinic',
  before: 'For sale',
  text: [
    '$389,000   3 bd | 2 ba | 1,540 sqft',
    '4417 Meadowlark Ln, Rochester, MN [55902]',
    'Est. payment: $2,611/mo   Zestimate®: $392,100',
    'Nearby: Mayo Clinic Saint Marys Campus 1.2 mi · Gonda Building 2.0 mi · Rochester Int’l Airport 7.9 mi',
    'Price history: 03/29/2026 Listed for sale $389,000 — Source: NorthstarMLS #6471422',
    'Facts & features: Parcel number [74873]-0021 · Built 1978 · HOA none · Lot 0.24 acres',
    'Schools: Bamber Valley Elementary (5/10) · Districts serving ZIP [55906]: Rochester ISD 535',
    'Listed by: Kim Ostrander, Edina Realty, License # [40000]',
    'Getting around: Walk Score 38 · 11 min drive to Saint Marys (ambulatory surgery)',
  ].join('\n'),
});

// ── 12. Google Maps place panel with Questions & answers ──
const maps = lines({
  id: 's27-gmaps',
  kind: 's27-map-place-panel-questions-answers',
  before: 'Google Maps',
  text: [
    'Lakeview Foot & Ankle Specialists',
    '4.7 ★★★★★ (312) · Podiatrist',
    'Address: 3300 N Lake Shore Dr Ste 210, Chicago, IL [60657]',
    'Plus code: QHVC+7R Chicago, Illinois   Phone: (773) 555-0114',
    'Questions & answers',
    'Q: Do you do the alcohol sclerosing injections for Mortons neuroma? My insurance wants the CPT code. · 3 weeks ago',
    'A (Owner): Yes, that is CPT {64632}, destruction by neurolytic agent, plantar common digital nerve. Most plans cover',
    '  a series of up to 7 with prior notes. · 3 weeks ago',
    'Q: Is the office near the Belmont red line? Reviews say parking is $18 lol · 1 month ago',
    'A: 10 min walk from Belmont. Garage entrance on Aldine, validated. · 1 month ago',
    'Q: Anyone been billed {64632} AND an office visit on the same day?',
    'A: Yes, they added an E/M with modifier 25. My plan paid both. Claim # [86431] if that helps anyone compare · 2 months ago',
  ].join('\n'),
});

// ── 13. News-site comment section under a surprise-billing story ──
const newsComments = lines({
  id: 's27-news',
  kind: 's27-news-article-reader-comments',
  before: 'Comments (1,284) · Sort by: Best',
  text: [
    'PatientInOhio · 6h',
    '  My ZIP is [44870] and the only surgery center in 40 miles billed {64714} for a nerve release I had done outpatient,',
    '  $19,800. Insurance allowed $2,100. The article is spot on.',
    '  Reply · 214 likes',
    'RetiredCoderMaggie · 5h',
    '  For what it is worth, {64714} is neuroplasty of the lumbar plexus — it is a big open procedure, not a small',
    '  release. Ask whether it should have been a different code. I coded ortho for 25 years.',
    '  Reply · 167 likes',
    'skeptic_42 · 5h',
    '  So the median bill was $14,435? Which hospitals? There are two near [43215] and both are in network for me.',
    '  Reply · 3 likes',
    'EditorNote · 4h',
    '  Correction: an earlier version misstated the claim count. The analysis covered [42167] claims filed in 2025.',
    'Jon V · 3h',
    '  Got a $1,250 bill for a sciatic block ({64445}) that was supposed to be "included". Case #[30973] with the state',
    '  insurance dept. Took 4 months.',
  ].join('\n'),
});

// ── 14. Center-of-excellence surgery travel itinerary (employer travel benefit) ──
const travel = lines({
  id: 's27-travel',
  kind: 's27-surgery-travel-benefit-itinerary',
  before: 'Your trip for surgery — itinerary',
  text: [
    'Traveler: Marcus Tate + 1 companion   Case: SURG-[58362]   Program: Bundled Surgery Travel Benefit',
    'Procedure (approved): {64714} Neuroplasty, major peripheral nerve, arm or leg, open; lumbar plexus',
    'Facility: Mayo Clinic Saint Marys, 1216 2nd St SW, Rochester MN [55905]   Surgery date: 06/09/2026',
    'Flight: UA 1532  ORD → RST  Jun 7  8:05 AM   Confirmation: K7T2QX   MileagePlus ****5326',
    'Return: UA 1541  RST → ORD  Jun 13  5:40 PM   Seats 14C / 14D (aisle per post-op note)',
    'Hotel: Kahler Grand, 20 2nd Ave SW, Rochester MN [55902]   6 nights   Booking ref [64714]',
    'Ground: pickup from RST arranged, voucher [17288]',
    'Covered by plan: travel, lodging, $50/day meals. Not covered: procedures other than {64714} and the pre-op visit.',
    'Questions? Care coordinator Leah, (844) 555-0177 ext 2231',
  ].join('\n'),
});

// ── 15. Hotel folio (medical-stay rate) ──
const folio = table({
  id: 's27-folio',
  kind: 's27-hotel-folio-medical-rate',
  caption: 'Kahler Grand Hotel — Guest Folio — Room 612 — Rate code MEDSTAY — Conf. No. 81217',
  headers: ['Date', 'Description', 'Reference', 'Charges', 'Credits'],
  rows: [
    ['06/07/26', 'Room Charge MEDSTAY', '[81217]', '$129.00', ''],
    ['06/07/26', 'Occupancy Tax', '[81217]', '$16.77', ''],
    ['06/08/26', 'Room Charge MEDSTAY', '[81218]', '$129.00', ''],
    ['06/08/26', 'Restaurant - Pinnacle', 'Check [45019]', '$38.40', ''],
    ['06/09/26', 'Shuttle - Saint Marys (surgery)', '[64445]', '$0.00', ''],
    ['06/13/26', 'Direct Bill - Benefit Admin Acct', 'AR [92581]', '', '$774.00'],
  ],
});

// ── 16. Employer benefits portal: surgery benefit bundle list ──
const surgeryBenefit = table({
  id: 's27-empben',
  kind: 's27-employer-surgery-benefit-bundle-list',
  caption: 'Benefits › Surgery Plus › What’s covered — Group 34186 — Plan year 2026',
  headers: ['Procedure', 'Common CPT', 'Your cost', 'Travel covered', 'Bundle #'],
  rows: [
    ['Carpal or cubital tunnel release', '—', '$0', 'No', '[34410]'],
    ['Sciatic nerve decompression (deep gluteal)', '{64712}', '$0', 'Yes', '[34412]'],
    ['Lumbar plexus neurolysis', '{64714}', '$0', 'Yes', '[34413]'],
    ['Morton neuroma treatment (injection series)', '{64632}', '$0 after 1st', 'No', '[34420]'],
    ['Blepharospasm Botox (per side, per session)', '{64612}', '$25 copay', 'No', '[34441]'],
    ['Regional nerve block with surgery', '{64445}', 'Included', '—', '[34412]'],
  ],
});

// ── 17. Consumer price-comparison results ──
const priceCompare = lines({
  id: 's27-compare',
  kind: 's27-consumer-price-compare-results',
  before: 'Search: sciatic nerve block near 60614 · Within 10 miles',
  text: [
    'Showing 6 results for "Injection, sciatic nerve" (CPT {64445}) near [60614]',
    '1. Lincoln Park Surgical Center · 1.1 mi · Fair Price ✓ · $410 cash · Quality ★★★★ · 212 reviews · [60614]',
    '2. Northwestern Outpatient Pain · 2.8 mi · $1,180 est. · In network: BCBS IL PPO',
    '3. Advocate Illinois Masonic · 3.0 mi · $2,412 est. · code {64445} with ultrasound included',
    'Fair Price for {64445} in Chicago, IL [60601]: $395–$520',
    'Related: Morton neuroma injection ({64632}) · Botox for blepharospasm ({64612}) · Sciatic neurolysis ({64712})',
    'Prices updated 03/2026 · data set [66651] · How we estimate',
  ].join('\n'),
});

// ── 18. Quora-style Q&A answer ──
const quora: Snippet[] = [
  {
    id: 's27-qa-1',
    kind: 's27-qa-site-question-answer',
    before: 'Why did my EOB list two different codes, 64712 and 64714, for one nerve surgery?',
    text: [
      'Answer · Former hospital coder (2009–2021) · Updated 1y',
      '{64712} and {64714} are both open neuroplasty codes, but for different nerves: {64712} is the sciatic nerve and',
      '{64714} is the lumbar plexus. If your surgeon freed both in one operation the claim can list both, usually with',
      'modifier 59 or XS on the second. If only one nerve was treated, ask the hospital coding department (not the',
      'billing line) to review. Quote your account number — mine was [96314] at the time — and the date of service.',
      '4.1K views · View upvotes · Answer requested by Pat Reyes',
    ].join('\n'),
  },
  {
    id: 's27-qa-2',
    kind: 's27-qa-site-question-answer',
    before: 'Related questions',
    text: 'Is CPT {64445} covered by Medicare if it is done for post-op pain? · Why is ZIP [64445] not a real zip code?',
  },
];

// ── 19. Facebook patient support group post and comments ──
const fbGroup = lines({
  id: 's27-fbgroup',
  kind: 's27-social-support-group-post-comments',
  before: 'Blepharospasm & Hemifacial Spasm Support (Private group · 12.8K members)',
  text: [
    'Linda M. · 2h · 🌐',
    'PSA for anyone with Medicare + supplement: the Botox injection code is {64612} for one side and if both eyes they',
    'add modifier 50. My neuro office billed {64612} twice instead of {64612}-50 and Medicare denied the 2nd line.',
    '👍❤️ 147 · 63 comments',
    'Carol T.  Thank you! Mine says {64612} x2 too. Calling tomorrow. (member since 2019)',
    'Dennis W.  My claim # is [80145] and it says denied "CO-4". Is that the modifier thing?',
    'Linda M.  @Dennis W. yes CO-4 is a modifier problem. Ask them to rebill {64612}-50.',
    'Admin  Reminder: do not post full member IDs. Group rule 5. Posts removed this week: 1',
  ].join('\n'),
});

// ── 20. Email inbox list view (billing mail) ──
const inbox = lines({
  id: 's27-inbox',
  kind: 's27-webmail-inbox-billing-rows',
  before: 'Inbox  1–50 of 2,318',
  text: [
    'MyChart Billing        Your statement is ready - Account [48761] - Balance due $612.00            Mar 28',
    'HealthEquity           Action needed: receipt for claim [87966] (Botox {64612}) by Apr 19           Mar 27',
    'BCBS Illinois          Your claim [64632]-0441 has been processed - view your EOB                   Mar 25',
    'Lakeview Foot & Ankle  Re: CPT codes for my injections - "yes, {64632} for each of the 3 sessions"    Mar 24',
    'GoFundMe               You received a new donation of $50 - fundraiser [10512]                       Mar 22',
    'United Airlines        Your trip confirmation K7T2QX - ORD to RST                                    Mar 20',
    'Uber Receipts          Your Thursday morning trip with Uber - to [60657]                            Mar 19',
  ].join('\n'),
});

// ── 21. Budgeting app CSV export (Mint-style columns) viewed as a table ──
const budgetCsv = table({
  id: 's27-budget',
  kind: 's27-budget-app-transactions-csv',
  caption: 'transactions.csv',
  headers: [
    'Date',
    'Description',
    'Original Description',
    'Amount',
    'Transaction Type',
    'Category',
    'Account Name',
    'Labels',
    'Notes',
  ],
  rows: [
    [
      '3/04/2026',
      'Northside Surgery',
      'NORTHSIDE SURGERY CTR SPRINGFIELD IL [62704]',
      '1250.00',
      'debit',
      'Doctor',
      'Sapphire',
      'HSA-reimb',
      'foot surgery, block {64445}',
    ],
    [
      '3/09/2026',
      'Midwest Anesthesia',
      'MIDWEST ANESTHESIA PARTNERS inv [64445]',
      '612.00',
      'debit',
      'Doctor',
      'Sapphire',
      'HSA-reimb',
      'anesthesia bill, disputing 2nd line',
    ],
    [
      '3/18/2026',
      'Lakeview Foot',
      'LAKEVIEW FOOT & ANKLE [60657]',
      '214.00',
      'debit',
      'Doctor',
      'Checking',
      '',
      '{64632} #2 of 3',
    ],
    [
      '3/20/2026',
      'Transfer',
      'ONLINE TRANSFER TO SAV XXXXXX3041 REF # [83074]',
      '500.00',
      'debit',
      'Transfer',
      'Checking',
      '',
      '',
    ],
    ['3/22/2026', 'Payroll', 'ACME CORP PAYROLL PPD ID: [90246]', '2841.16', 'credit', 'Paycheck', 'Checking', '', ''],
  ],
});

// ── 22. Amazon "Your Orders" card ──
const amazon = lines({
  id: 's27-amzn',
  kind: 's27-marketplace-order-history-card',
  before: 'Your Orders › Past 3 months',
  text: [
    'ORDER PLACED March 15, 2026   TOTAL $46.99   SHIP TO Marcus Tate   ORDER # 113-4471820-9902233',
    'Delivered Mar 17   Your package was left near the front door or porch.',
    'ProCare Knee Scooter Basket + Cup Holder, Model 79-[64712]',
    'Return window closed on Apr 16, 2026   Buy it again   View your item',
    'Ship to: 118 Oak St, SPRINGFIELD, IL [62704]-3308',
    'Sold by: MedSupplyDirect [35811] LLC   FSA/HSA eligible: Yes',
  ].join('\n'),
});

// ── 23. BBB complaint page against a billing company ──
const bbb: Snippet[] = [
  {
    id: 's27-bbb-1',
    kind: 's27-bbb-complaint-and-business-response',
    before: 'Complaint Type: Billing/Collection Issues · Status: Resolved',
    text: [
      'Initial Complaint  03/30/2026',
      'I was sent to collections for an anesthesia bill that my insurance says was a duplicate. The itemized bill shows',
      'CPT {64445} on two lines for the same date. My insurer reference is [38817]. The company will not correct it and',
      'reported it to collections (collection acct [57361]).',
      'Business Response  04/06/2026',
      'We reviewed the account. Line 2 should have been billed as a femoral nerve block, not {64445}. A corrected claim',
      'was sent and the collection account [57361] was recalled. We apologize.',
      'Customer Answer  04/09/2026   I accept the response.',
      'BBB Serving Central Illinois, 3024 W Macarthur Blvd, Springfield IL [62704] · Complaint ID [22098] (partial)',
    ].join('\n'),
  },
  {
    id: 's27-bbb-2',
    kind: 's27-bbb-complaint-and-business-response',
    before: 'Business Details',
    text: 'Midwest Anesthesia Billing Services LLC · 400 E Jefferson St, Springfield, IL [62701] · BBB File [53703] · Not BBB Accredited',
  },
];

// ── 24. Uber trip receipt to a surgery center ──
const uber = lines({
  id: 's27-uber',
  kind: 's27-rideshare-trip-receipt',
  before: 'Thanks for riding, Marcus',
  text: [
    'Total $23.18   Trip fare $17.40   Booking fee $3.28   Tip $2.50',
    '7:02 AM  118 Oak St, Springfield, IL [62704], US',
    '7:21 AM  Northside Surgery Center, 2800 S 6th St, Springfield, IL [62703], US',
    'UberX · 6.12 mi · 19 min · Trip ID ends in 6444',
    'Uber Health ride · Ordered by: Northside Surgery Ctr · Reference [97241]',
    'Payment: HSA Visa ••••7718   Business profile expense code [12426]',
  ].join('\n'),
});

// ── 25. Patient blog post: how I got my bill reduced ──
const blog = lines({
  id: 's27-blog',
  kind: 's27-patient-blog-bill-negotiation-post',
  before: 'Home › Money › Medical bills',
  text: [
    'How I Got a $19,800 Nerve Surgery Bill Cut to $2,100 (Scripts Included)',
    'Posted April 12, 2026 by Nora · Filed under Health, Money · 86 comments',
    'Step 1: Get the itemized bill with CPT codes. Mine listed: {64714} (neuroplasty, lumbar plexus), {64445} (the',
    'sciatic block for pain control), and a facility line with revenue code 0360.',
    'Step 2: Look up the Medicare rate. For {64714} in my area (locality 99) it was about $1,100 for the surgeon.',
    'Step 3: Call and quote the account number (mine: [21083]) and ask for the self-pay rate.',
    'Quick reference list I made for readers:',
    '  • {64712} — sciatic nerve neuroplasty     • {64714} — lumbar plexus neuroplasty',
    '  • {64445} — sciatic nerve block           • {64632} — Morton neuroma alcohol injection',
    '  • {64612} — Botox, facial nerve muscles, one side',
    'Disclosure: this post contains affiliate links. Subscriber count: [12001]. Mailing address: PO Box 88, Erie PA [16512]',
  ].join('\n'),
});

// ── More rows of the shapes above (further page states) ──
const reddit2 = lines({
  id: 's27-reddit2',
  kind: 's27-reddit-insurance-sub-thread',
  before: 'r/MedicalBill • Posted by u/blepharo_mom 2d',
  text: [
    'Medicare paid one side of my Botox but not the other. Codes {64612} and {64612}-50?  [Medicare]',
    'Neuro does both eyes every 3 months. This time the MSN shows {64612} paid, second line "duplicate". Billing office in',
    '[33065] says it is Medicare’s fault. Medicare says resubmit. Who is right? ICN [87220] if it matters.',
    '  96 points · 22 comments · Share · Save',
    'u/codingnerd_rhit · 3113 karma · 2d',
    '  Bilateral {64612} goes on one line with modifier 50 and 1 unit for Medicare. Two lines = duplicate denial. The office',
    '  needs to send a corrected claim. Not your problem to pay meanwhile.',
    '  Reply  Share  58',
    'u/blepharo_mom (OP) · 1d',
    '  Update: they rebilled as {64612}-50, paid in 9 days. Thank you!! Still got a statement for acct [70518] though lol',
    'u/AutoModerator · 2d  Reminder: remove member IDs, claim numbers and ZIP codes like [90210] from screenshots.',
  ].join('\n'),
});

const hsaClaims2 = table({
  id: 's27-hsa-claims2',
  kind: 's27-hsa-reimbursement-claim-history-table',
  caption: 'Claim details — Claim # 87966 — Pending documentation',
  headers: ['Line', 'Service date', 'Provider', 'Service', 'Billed', 'Plan paid', 'You owe', 'Eligible'],
  rows: [
    ['1', '02/12/2026', 'Eye Neurology Assoc, [93030]', 'CPT {64612}-RT', '$570.00', '$326.00', '$244.00', 'Yes'],
    ['2', '02/12/2026', 'Eye Neurology Assoc, [93030]', 'CPT {64612}-LT', '$570.00', '$326.00', '$244.00', 'Yes'],
    ['3', '02/12/2026', 'Eye Neurology Assoc', 'Drug J0585 x 50', '$410.00', '$410.00', '$0.00', '—'],
    ['4', '02/12/2026', 'Eye Neurology Assoc', 'Parking validation ref [40217]', '$6.00', '$0.00', '$6.00', 'No'],
  ],
});

const ccStatement2 = lines({
  id: 's27-cc2',
  kind: 's27-credit-card-statement-account-activity',
  before: 'ACCOUNT ACTIVITY (CONTINUED)',
  text: [
    '03/18    LAKEVIEW FOOT & ANKLE  CHICAGO  IL [60657]                                    214.00',
    '03/19    UBER   *TRIP  HELP.UBER.COM  CA [94158]                                         23.18',
    '03/22    EYE NEUROLOGY ASSOC   OAK PARK  IL [60302]                                    488.60',
    '03/26    MERCY ST PAUL PATIENT PAY 800-555-0140 MN [55102]                             500.00',
    '03/27    CARECREDIT PMT XFER REF [31620]                                                -500.00',
    'INTEREST CHARGED   Interest charge on purchases   0.00',
    'Rewards: points earned this period 2,418 · Available points [18440]',
    'Send payment to: Card Services, P.O. Box 6294, Carol Stream IL [60197]-6294',
  ].join('\n'),
});

const memberChat2 = lines({
  id: 's27-member-chat2',
  kind: 's27-member-app-virtual-assistant-chat',
  before: 'Chat with Ava · Virtual Assistant · Today',
  text: [
    'You: is {64632} covered? my podiatrist wants to do 4 of them',
    'Ava: I found "{64632} Destruction by neurolytic agent; plantar common digital nerve" in your plan’s list. It is covered',
    '  in network after your deductible. Prior authorization: not required for up to 4 per foot per year.',
    'Ava: Your deductible: $1,500 met $612.00. Estimated cost per visit for {64632}: $96–$141.',
    'You: what about the one on my other foot, same code {64632}?',
    'Ava: Each foot counts separately. Want me to find in-network podiatrists near [60657]?',
    'You: no thanks. also my plan number from the card is [82610]?',
    'Ava: That looks like a group number. Your plan: Gold PPO [26948]. Was this chat helpful?  👍  👎',
  ].join('\n'),
});

const gofundme2 = lines({
  id: 's27-gfm2',
  kind: 's27-crowdfunding-campaign-page',
  before: 'Words of support (46)',
  text: [
    'Pam & Rick Olsen  $100 · 6 d   Praying for you Tanya! Our daughter had {64712} at Mayo and walks fine now.',
    'Anonymous  $20 · 8 d',
    'Coach Dwyer  $250 · 9 d   From all of us at Lincoln High, Room [10432] misses you!',
    'Team fundraiser · 3 team members · Beneficiary: Tanya Brooks, Saint Paul MN [55104]',
    'Report fundraiser · Case #[51388]   Fundraiser protected by the GoFundMe Giving Guarantee',
  ].join('\n'),
});

const yelp2 = lines({
  id: 's27-yelp2',
  kind: 's27-review-site-clinic-reviews',
  before: 'Recommended reviews for Lakeview Foot & Ankle Specialists',
  text: [
    'Sam O. · Evanston, IL · 2 reviews · 1/28/2026  ★★★★★',
    '  Dr. Patel did a series of alcohol injections for my neuroma. Front desk gave me the code ({64632}) up front so I',
    '  could check coverage. Total out of pocket $140 per shot with my HSA.',
    '  Useful 9  Funny 0  Cool 1',
    'Amy L. · Chicago, IL · 118 reviews · 12/3/2025  ★★☆☆☆',
    '  Billing is a mess. Sent me to collections over $64 after insurance paid. Reference [71166]. Clinic is fine.',
    '  Useful 4  Funny 2  Cool 0',
    'People also viewed: Chicago Foot Care (4.9) · Illinois Bone & Joint · North Shore Podiatry, [60201]',
  ].join('\n'),
});

const newsComments2 = lines({
  id: 's27-news2',
  kind: 's27-news-article-reader-comments',
  before: 'Load 25 more comments',
  text: [
    'moderator_desk · 2h',
    '  Comments on this story close at 9 p.m. Please keep personal claim numbers out of comments.',
    'Tired_of_EOBs · 2h',
    '  Mine: they billed {64712} AND {64714} for one surgery. Turns out both were done. Still $7,200 after insurance.',
    '  Reply · 44 likes',
    'Dave from Dayton · 1h',
    '  I work at a hospital in [45402]. The chargemaster price for {64712} has nothing to do with what anyone pays.',
    '  Reply · 31 likes',
    'Subscriber · 1h',
    '  Article says [15000] patients got surprise bills. Source? Also the chart shows ZIP [44870] twice.',
    '  Reply · 2 likes',
  ].join('\n'),
});

const zillow2 = lines({
  id: 's27-zillow2',
  kind: 's27-real-estate-listing-near-clinic',
  before: 'Similar homes · Rochester MN',
  text: [
    '$372,500  3 bd 2 ba 1,480 sqft  - 2021 Elton Hills Dr NW, Rochester, MN [55901]  · MLS # [64445]',
    '$405,000  4 bd 2 ba 1,910 sqft  - 815 14th Ave SE, Rochester, MN [55904]   · 0.6 mi to Mayo Clinic Hospital',
    '$349,900  2 bd 2 ba 1,220 sqft  - 1010 6th St NW Unit 3, Rochester, MN [55901]',
    'Home value index for [55901]: $318,421 (+3.1% YoY) · Rentals: 1,210 listed',
  ].join('\n'),
});

const maps2 = lines({
  id: 's27-gmaps2',
  kind: 's27-map-place-panel-questions-answers',
  before: 'Google Maps · Directions',
  text: [
    'Northside Surgery Center · 4.1 (89) · Ambulatory surgical center',
    '2800 S 6th St, Springfield, IL [62703] · Open ⋅ Closes 5 PM',
    'Q: Does this center do sciatic nerve blocks ({64445}) or only at the hospital? · 4 months ago',
    'A: They do them here with the foot & ankle cases. I had {64445} with a bunionectomy. · 4 months ago',
    'Popular times: Usually not too busy · Located in: Springfield Medical Park, Building 6',
    'Nearby: St. John’s Hospital 1.4 mi · Walgreens #[11093] 0.3 mi · Hilton Garden Inn [62703] 2 mi',
  ].join('\n'),
});

const travel2 = table({
  id: 's27-travel2',
  kind: 's27-surgery-travel-benefit-itinerary',
  caption: 'Trip expenses submitted — Case SURG-58362',
  headers: ['Date', 'Expense', 'Vendor', 'Ref', 'Amount', 'Status'],
  rows: [
    ['06/07', 'Airfare x2', 'United Airlines', 'K7T2QX', '$612.40', 'Paid direct'],
    ['06/07', 'Lodging 6 nights', 'Kahler Grand', '[64714]', '$774.00', 'Paid direct'],
    ['06/09', 'Meals per diem', '—', 'PD-[20917]', '$300.00', 'Approved'],
    ['06/12', 'Follow-up visit (not {64714})', 'Mayo Clinic', '[33960]', '$0.00', 'Covered'],
  ],
});

const folio2 = table({
  id: 's27-folio2',
  kind: 's27-hotel-folio-medical-rate',
  caption: 'Folio continued — Balance transferred to Direct Bill',
  headers: ['Date', 'Description', 'Reference', 'Charges', 'Credits'],
  rows: [
    ['06/10/26', 'Room Charge MEDSTAY', '[81219]', '$129.00', ''],
    ['06/11/26', 'Laundry', 'Tkt [70552]', '$18.00', ''],
    ['06/12/26', 'Room Charge MEDSTAY', '[81221]', '$129.00', ''],
    ['06/13/26', 'Visa ••••7718', 'Auth [43632]', '', '$18.00'],
  ],
});

const surgeryBenefit2 = lines({
  id: 's27-empben2',
  kind: 's27-employer-surgery-benefit-bundle-list',
  before: 'Benefits › Surgery Plus › FAQ',
  text: [
    'Does my procedure qualify? Ask your surgeon for the CPT code and search below. Example: {64712} or "sciatic".',
    'Search results for "646": {64612} Blepharospasm Botox · {64632} Morton neuroma injection',
    'Employees in ZIPs [62704] and [62711] use the Springfield network; all others use the national network.',
    'Questions: HR Service Center ext [51560] · Employee ID format: 6 digits (e.g. 412233)',
  ].join('\n'),
});

const priceCompare2 = table({
  id: 's27-compare2',
  kind: 's27-consumer-price-compare-results',
  caption: 'Compare costs: Morton neuroma alcohol injection — Chicago area',
  headers: ['Provider', 'ZIP', 'Procedure code', 'Cash price', 'Est. with insurance', 'Reviews'],
  rows: [
    ['Lakeview Foot & Ankle', '[60657]', '{64632}', '$180', '$96', '312'],
    ['Chicago Foot Care', '[60611]', '{64632}', '$225', '$110', '1,040'],
    ['North Shore Podiatry', '[60201]', '{64632}', '$160', '$88', '77'],
    ['Advocate Illinois Masonic', '[60657]', '{64632}', '$690', '$240', '2,215'],
  ],
});

const quora2: Snippet[] = [
  {
    id: 's27-qa-3',
    kind: 's27-qa-site-question-answer',
    before: 'Answer · Podiatrist, 22 years',
    text: [
      'The code for the injections is {64632}. Each session is billed once per nerve, so two feet same day would be',
      '{64632} twice with RT and LT. Do not confuse it with the sciatic block ({64445}) anesthesia may use for surgery.',
      'My office is in [97205], so payers differ, but that is how it works nearly everywhere. · 1.2K views · 18 upvotes',
    ].join('\n'),
  },
  {
    id: 's27-qa-4',
    kind: 's27-qa-site-question-answer',
    before: 'Comment',
    text: 'Thanks doc! My claim was [64632]-R3 and I thought the claim number was the procedure, lol. Mine is {64632} too.',
  },
];

const fbGroup2 = lines({
  id: 's27-fbgroup2',
  kind: 's27-social-support-group-post-comments',
  before: 'Morton’s Neuroma Warriors · Public group · 4.2K members',
  text: [
    'Jess R. · 5h',
    'Had my 3rd alcohol shot today. EOB codes: {64632} each time + office visit. Anyone else feel it got worse first?',
    '👍 38 · 27 comments',
    'Tom B.  Same. 4th one fixed it. My bill had {64632}-LT and a J code for the drug.',
    'Kelly S.  Cryo was better for me (different code, {64632} is alcohol only I think). Dr in [30305].',
    'Group shop: Use code WARRIOR for 10% off toe spacers · Order #[56211] and up ship free',
  ].join('\n'),
});

const inbox2 = lines({
  id: 's27-inbox2',
  kind: 's27-webmail-inbox-billing-rows',
  before: 'Promotions  1–50 of 9,611',
  text: [
    'Walgreens              Your Rx is ready at store #[11093]                                         Mar 18',
    'Medicare.gov           Your Medicare Summary Notice is available: {64612} services processed      Mar 16',
    'Mercy St. Paul         Payment received on account [59204] - thank you                            Mar 12',
    'Zillow                 New listing in [55901]: 3 bd 2 ba $389,000                                  Mar 10',
    'Northside Surgery      Your estimate: {64445} + surgery facility fee, est. $1,250                  Mar 1',
  ].join('\n'),
});

const budgetCsv2 = table({
  id: 's27-budget2',
  kind: 's27-budget-app-transactions-csv',
  caption: 'transactions.csv (filtered: Category = Doctor)',
  headers: [
    'Date',
    'Description',
    'Original Description',
    'Amount',
    'Transaction Type',
    'Category',
    'Account Name',
    'Labels',
    'Notes',
  ],
  rows: [
    [
      '2/14/2026',
      'Bayview Oculoplas',
      'BAYVIEW OCULOPLAS OXNARD CA [93041]',
      '488.00',
      'debit',
      'Doctor',
      'HSA Visa',
      'HSA',
      'botox {64612} both eyes',
    ],
    [
      '2/19/2026',
      'Eye Neurology',
      'EYE NEUROLOGY ASSOC OAK PARK IL',
      '488.60',
      'debit',
      'Doctor',
      'HSA Visa',
      'HSA',
      'claim [87966] pending docs',
    ],
    [
      '1/15/2026',
      'Northside ASC',
      'NORTHSIDE ASC [62703]',
      '1250.00',
      'debit',
      'Doctor',
      'Sapphire',
      '',
      'acct [40561]',
    ],
  ],
});

const amazon2 = lines({
  id: 's27-amzn2',
  kind: 's27-marketplace-order-history-card',
  before: 'Your Orders › Past 3 months',
  text: [
    'ORDER PLACED February 20, 2026   TOTAL $31.47   SHIP TO Marcus Tate   ORDER # 112-9930016-4402917',
    'Vive Metatarsal Sleeve, 2 Pack, Item model number [64632]-BLK',
    'Sold by: Vive Health   Ship to: 118 Oak St, SPRINGFIELD, IL [62704]',
    'ORDER PLACED January 9, 2026   TOTAL $18.99   Qty 2 · Moleskin roll · Lot [23497]',
    'Customers also bought: "Medical Billing Codes Handbook" listing {64612} and {64632} on the cover blurb',
  ].join('\n'),
});

const uber2 = lines({
  id: 's27-uber2',
  kind: 's27-rideshare-trip-receipt',
  before: 'Your Thursday morning trip with Uber',
  text: [
    'Pickup: Lakeview Foot & Ankle, 3300 N Lake Shore Dr, Chicago, IL [60657]',
    'Drop-off: 118 Oak St, Chicago, IL [60657]',
    'Driver: Ahmed · 4.96 ★ · Toyota Camry · License plate [54418] (IL)',
  ].join('\n'),
});

const blog2 = lines({
  id: 's27-blog2',
  kind: 's27-patient-blog-bill-negotiation-post',
  before: '86 comments',
  text: [
    'Reader Q: Does this work for Botox? A: Yes. Ask for the rate for {64612} separately from the drug line.',
    'Reader Q: My hospital is in [73301] (a PO-box ZIP!). Do I use that for the Medicare locality? A: Use the service address.',
    'Reader Q: They coded {64712} but my op note says lumbar plexus. A: That would be {64714}; ask for a coding review.',
  ].join('\n'),
});

// ── 26. Nextdoor neighborhood thread ──
const nextdoor = lines({
  id: 's27-nextdoor',
  kind: 's27-neighborhood-app-recommendation-thread',
  before: 'Lakeview East · Nextdoor',
  text: [
    'Karen W. · Lakeview East · 3 d',
    'Anyone recommend a podiatrist near [60657] who takes BCBS? Need Morton neuroma shots.',
    'Replies (14)',
    'Rob H. · Buena Park  Lakeview Foot & Ankle. They told me the code was {64632} before I came in so I could check.',
    'Diane · West Lakeview  Avoid the place on Broadway, my claim [29911] took 6 months.',
    'Marta K. · Lakeview East  Same code for me ({64632}), $96 each after deductible.',
    'Paul G. · Logan Square  Dr. Shah on Milwaukee Ave ([60647]) did mine and explained the {64632} vs cryo billing.',
    'Lost cat near Aldine & Broadway, ZIP [60613], reward $200 · 1 d',
  ].join('\n'),
});

// ── 27. Drug-discount coupon page (price list by pharmacy) ──
const coupon = lines({
  id: 's27-coupon',
  kind: 's27-drug-discount-coupon-price-page',
  before: 'Botox (onabotulinumtoxinA) · 100 units vial',
  text: [
    'Prices near [60614] · Change location',
    'Walgreens  $1,412.30  ·  CVS Pharmacy  $1,455.10  ·  Jewel-Osco  $1,398.00',
    'Show this coupon: BIN 015995  PCN GDC  GROUP DR33  MEMBER ID ABC1234567',
    'Coupon ref [30552] · Valid through 06/30/2026',
    'Jewel-Osco #[32608] · 3.1 mi · 1341 N Paulina St, Chicago IL [60622] · Open until 9 PM',
    'Good to know: Botox for blepharospasm is given in the doctor’s office and billed under your medical plan as',
    'procedure {64612} plus the drug (J0585); a pharmacy coupon usually cannot be used for that.',
  ].join('\n'),
});

// ── 28. Tax-software medical-expense entries ──
const taxMedical = table({
  id: 's27-tax',
  kind: 's27-tax-software-medical-expense-entries',
  caption: 'Deductions & Credits › Medical Expenses › Review your entries (2025 tax year)',
  headers: ['Payee', 'Description (optional)', 'Amount', 'Reimbursed by HSA?', 'Payee ZIP'],
  rows: [
    ['Mercy St. Paul Hospital', 'Sciatic nerve surgery {64712}, acct [59204]', '$4,500', 'No', '[55102]'],
    ['Midwest Anesthesia Partners', 'block {64445}', '$612', 'Yes', '[62704]'],
    ['Lakeview Foot & Ankle', 'neuroma inj {64632} x3', '$642', 'Yes', '[60657]'],
    ['Mileage to medical care', '1,212 miles @ 21¢', '$255', 'No', ''],
    ['Bayview Oculoplastics', 'Botox {64612}-50', '$488', 'Yes', '[93041]'],
  ],
});

// ── 29. Benefits-advocate case messages in the employer portal ──
const advocate = lines({
  id: 's27-advocate',
  kind: 's27-benefits-advocate-case-messages',
  before: 'My cases › Case 65280 · Billing help',
  text: [
    'Jordan (Health Advocate) · Apr 2',
    '  I called Mercy St. Paul. They agree {64712} was billed with the wrong diagnosis; they will rebill. Insurer ref',
    '  [41927]. The $31,406 balance is on hold for 60 days.',
    'You · Apr 2   Thanks! What about the June surgery ({64714})? It was pre-denied.',
    'Jordan (Health Advocate) · Apr 3',
    '  I filed an urgent pre-service appeal for {64714} with the surgeon’s letter. Appeal # [68291]. Decision within',
    '  72 hours. Also: your employer’s Surgery Plus benefit covers {64714} at $0 if done at a partner center.',
    'Attachments: Appeal_[68291].pdf · EOB_[73318].pdf',
  ].join('\n'),
});

// ── 30. Classifieds listing for used mobility equipment ──
const classifieds = lines({
  id: 's27-classifieds',
  kind: 's27-classifieds-used-medical-equipment-listing',
  before: 'chicago > for sale > medical equipment',
  text: [
    'Knee scooter, used 6 wks after foot surgery - $60 (Lakeview [60657])',
    'condition: like new · make / manufacturer: KneeRover · model name / number: [64612]',
    'Used after my neuroma surgery. Folds, basket included. Cash or Zelle. Pickup near Belmont & Sheffield, [60657].',
    'post id: 7712004419 · posted: 2026-04-10 · views: [10233]',
    'Location: Lakeview, Chicago IL [60613] · do NOT contact me with unsolicited services or offers',
  ].join('\n'),
});

export const sealed27: Snippet[] = [
  ...reddit,
  ...hsaClaims,
  ...fsaOcr,
  ...ccStatement,
  ...bankPay,
  ...memberChat,
  ...gofundme,
  ...yelp,
  ...pharmacyProduct,
  ...supplyOrder,
  ...zillow,
  ...maps,
  ...newsComments,
  ...travel,
  ...folio,
  ...surgeryBenefit,
  ...priceCompare,
  ...quora,
  ...fbGroup,
  ...inbox,
  ...budgetCsv,
  ...amazon,
  ...bbb,
  ...uber,
  ...blog,
  ...reddit2,
  ...hsaClaims2,
  ...ccStatement2,
  ...memberChat2,
  ...gofundme2,
  ...yelp2,
  ...newsComments2,
  ...zillow2,
  ...maps2,
  ...travel2,
  ...folio2,
  ...surgeryBenefit2,
  ...priceCompare2,
  ...quora2,
  ...fbGroup2,
  ...inbox2,
  ...budgetCsv2,
  ...amazon2,
  ...uber2,
  ...blog2,
  ...nextdoor,
  ...coupon,
  ...taxMedical,
  ...advocate,
  ...classifieds,
];
