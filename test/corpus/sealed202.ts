import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 202 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s202-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too. About a third of the decoys are numbers of the synthetic 10,000-code set (KNOWN_10K), used
 * here as the building's ZIP code (in addresses, a hashtag, an 837 and a search result), the payer's claim number,
 * a booking reference, a group number, a prior-auth reference, a medical policy number, a GL account, a post id and
 * a loyalty points liability. The five known codes' digits come back as decoys: a booking confirmation number and
 * the spa's SMS short code, a loyalty member number, a points transaction id, a gift card mail-in department, a
 * chat reference, a review reference, the distributor's invoice number, purchase order and lockbox PO box, the
 * payer's appeals PO box, a portal ticket, a help-desk ticket, an HL7 message control id, a booking export id and a
 * compliance ticket queue.
 *
 * Family: a medical spa and aesthetics practice next to a neurology clinic, cosmetic versus medical botulinum toxin.
 * One (fictional) story: Lumière Aesthetics (a med spa) and Halden Neurology & Peripheral Nerve Center share the
 * second floor of the Linden Ridge Medical Building in Edina, MN, one medical director (Dr. Mara Vessel, neurologist)
 * and one toxin refrigerator. Patient Jenna Holm (44) has right hemifacial spasm treated with onabotulinumtoxinA under
 * her health plan (chemodenervation, facial nerve, with EMG guidance) and also buys cosmetic glabellar and forehead
 * units at the spa with loyalty points. Her plan denies one medical claim as cosmetic after the spa and the clinic
 * book her the same day; the clinic appeals. The clinic's nerve surgeon and pain physician (sciatic nerve blocks,
 * neuroplasty, digital nerve neurolysis) fill its other lines. Pages: the spa's price menu and membership page, the
 * booking app (service picker, confirmation e-mail, SMS reminders, day calendar), the loyalty app dashboard and its
 * points history, a gift card page, the cosmetic consent and the medical chemodenervation consent, the spa's website
 * chat, social media posts with comments, a Google search results page and reviews, the neurology intake form,
 * procedure note, superbill and charge entry grid, a toxin inventory log, its CSV export, the distributor invoice and
 * purchase order, the waste log, an 837P and an 835 as text, the payer portal's claim status grid and EOB, the
 * payer's denial letter and the clinic's appeal, the payer's botulinum toxin policy code list, a prior authorization
 * portal form, a 271 benefits response, an HL7 DFT message, a FHIR Claim JSON, a booking export XML, the front desk's
 * team chat, a compliance memo on cosmetic/medical separation, a revenue split dashboard, a patient statement, a
 * self-pay good faith estimate, a bookkeeping ledger export, a coder's cheat sheet, an EHR order search and a help
 * desk ticket.
 * Built on real public layouts: med spa price menus and membership pages (per-unit toxin pricing, "units" tables),
 * booking apps of the Vagaro / Boulevard / Zenoti kind (service picker, confirmation e-mail, SMS), toxin maker loyalty
 * apps of the Allē / Evolus Rewards kind (points balance, activity list), the X12 837P and 835 5010 segment layouts,
 * HL7 v2.5 DFT^P03 with FT1, the FHIR R4 Claim resource, the NUCC superbill, commercial payers' botulinum toxin
 * clinical policy bulletins (code lists with "cosmetic is not covered" notes), CMS-style EOB and claim status grids,
 * Instagram and Facebook post and comment layouts, Google search result and review layouts, QuickBooks CSV exports,
 * and a distributor's invoice with NDC lines. The others are written the way those pages read, with no single source.
 *
 * 343 labelled tokens over 44 shapes: 172 codes (90 of them the five known codes), 171 decoys, 57 of the decoys in
 * KNOWN_10K, 22 decoys reusing the five known codes' digits.
 */

// ── 1. Med spa price menu, web page text ──
const priceMenu = lines({
  id: 's202-menu',
  kind: 's202-medspa-price-menu-text',
  before: 'LUMIÈRE AESTHETICS — Injectables Menu 2027',
  text: [
    'Botox® Cosmetic ............ $14 / unit   (glabellar lines avg. 20 units, forehead 10–16 units)',
    'Dysport® ................... $5 / unit    Daxxify® $15 / unit    Jeuveau® $12 / unit',
    'Lip flip 4–6 units $89 · Masseter slimming 50 units $650 · Brow lift 6 units $90',
    'Members save $2/unit. Spend $2,500 in a year to reach Platinum (ask for code GLOW27).',
    'Visit us: Linden Ridge Medical Building, 7450 Linden Ridge Ave S, Suite 210, Edina, MN [55424]',
    'Medical Botox for migraine, spasm or sweating is billed to insurance by our neighbors at Halden Neurology',
    '(CPT {64612}, {64615}, {64616}, {64650}) — it is not sold from this menu.',
    'Gift cards: lumiere-aesthetics.com/gift · Booking line (952) 555-0147 · Text ROSE to [64712]',
  ].join('\n'),
});

// ── 2. Membership tier table ──
const membership = table({
  id: 's202-members',
  kind: 's202-medspa-membership-tier-grid',
  caption: 'Lumière Glow Club memberships',
  headers: ['Tier', 'Monthly', 'Includes', 'Points multiplier', 'Plan code'],
  rows: [
    ['Rose', '$79', '1 HydraFacial or 6 units toxin / month', '1x', '[10024]'],
    ['Gold', '$149', '12 units toxin / month, 10% off filler', '1.5x', '[10062]'],
    ['Platinum', '$249', '25 units toxin / month, free lip flip', '2x', '[10089]'],
  ],
});

// ── 3. Booking app service picker ──
const servicePicker = lines({
  id: 's202-picker',
  kind: 's202-booking-app-service-picker-text',
  before: 'Book at Lumière Aesthetics · Choose a service',
  text: [
    'Neurotoxin – Glabellar lines (cosmetic) · 30 min · from $280 · service id [50031]',
    'Neurotoxin – Forehead + crow’s feet (cosmetic) · 45 min · from $420 · service id [50040]',
    'Lip flip · 15 min · $89 · service id [50042]',
    'Masseter Botox (cosmetic) · 30 min · $650 · service id [51207]',
    'Medical Botox consult — booked by Halden Neurology only (CPT {64612} / {64615}) · service id [51213]',
    'Provider: Tessa Lind, RN, CANS · Location id [10098] · Edina, MN [55424]',
  ].join('\n'),
});

// ── 4. Booking confirmation e-mail ──
const confirmEmail = lines({
  id: 's202-confirm',
  kind: 's202-booking-confirmation-email-text',
  before: 'From: Lumière Aesthetics <bookings@lumiere-aesthetics.com>  Subject: You’re booked, Jenna!',
  text: [
    'Confirmation # [64712]',
    'Wed, May 12, 2027 · 2:30 PM · Neurotoxin – Glabellar lines (cosmetic) with Tessa Lind, RN',
    'Suite 210, 7450 Linden Ridge Ave S, Edina, MN [55424]-2210',
    'Deposit paid: $50.00 (card ending 4417) · Order [31287]',
    'Heads up: your 3:15 PM visit next door at Halden Neurology (booking ref [20143]) is a medical visit.',
    'Cancel or reschedule at least 24 hours ahead: lumiere-aesthetics.com/b/[64712]',
  ].join('\n'),
});

// ── 5. SMS reminders ──
const sms = lines({
  id: 's202-sms',
  kind: 's202-sms-reminder-thread-text',
  before: 'Messages · Lumiere Aesthetics',
  text: [
    'Lumiere: Reminder: Neurotoxin w/ Tessa tomorrow 2:30 PM. Reply C to confirm. Conf [64712]',
    'Jenna: C',
    'Lumiere: Thanks! You have [12460] Glow points. Redeem 2000 pts = $20 off.',
    'Halden Neurology: Appt Wed 5/12 3:15 PM w/ Dr. Vessel, chemodenervation f/u. Ref [20143]. Reply STOP to opt out',
    'Lumiere: Text STOP to [64712] to opt out. Msg & data rates may apply.',
  ].join('\n'),
});

// ── 6. Day calendar (shared building front desk) ──
const calendar = table({
  id: 's202-cal',
  kind: 's202-shared-front-desk-day-calendar-grid',
  caption: 'Wed 05/12/2027 — Floor 2 schedule (Lumière + Halden)',
  headers: ['Time', 'Room', 'Patient', 'Visit', 'Billing', 'Booking #'],
  rows: [
    ['1:00 PM', 'Spa 2', 'Ortega, L.', 'Filler touch-up', 'Self-pay', '[31262]'],
    ['2:30 PM', 'Spa 1', 'Holm, J.', 'Neurotoxin glabella (cosmetic)', 'Self-pay', '[64712]'],
    ['3:15 PM', 'Neuro 4', 'Holm, J.', 'Chemodenervation R face + EMG', '{64612}, {95874}', '[20143]'],
    ['3:45 PM', 'Neuro 4', 'Berg, T.', 'Chronic migraine toxin', '{64615}', '[20157]'],
    ['4:30 PM', 'Neuro 2', 'Nakamura, K.', 'Sciatic nerve block', '{64445}', '[20168]'],
    ['4:45 PM', 'Proc 1', 'Adeyemi, F.', 'Morton neuroma neurolysis L 3rd web', '{64632}-LT', '[20175]'],
    ['5:15 PM', 'Neuro 2', 'Quist, D.', 'Sciatic block, repeat (R)', '{64445}-RT', '[20388]'],
    ['—', 'ASC (off-site)', 'Haugen, R.', 'Sciatic neuroplasty, Dr. Kvale', '{64712}', '[20396]'],
  ],
});

// ── 7. Loyalty app dashboard ──
const loyalty = lines({
  id: 's202-loyalty',
  kind: 's202-toxin-loyalty-app-dashboard-text',
  before: 'GlowPass · Your rewards',
  text: [
    'Hi Jenna · Member # [64445] · Tier: Gold',
    'Points balance [12460]   Pending 400 pts (posts in 3 days)',
    'Lifetime points [30093] · Next tier at 35,000',
    'Your practice: Lumière Aesthetics, Edina MN [55424] · Practice id [40033]',
    'Only cosmetic treatments earn points. Treatments billed to insurance (e.g., CPT {64612}) do not earn points.',
  ].join('\n'),
});

// ── 8. Loyalty points history grid ──
const pointsHistory = table({
  id: 's202-points',
  kind: 's202-loyalty-points-activity-grid',
  caption: 'Points activity',
  headers: ['Date', 'Activity', 'Treatment', 'Points', 'Balance', 'Transaction'],
  rows: [
    ['05/12/2027', 'Earned', 'Botox Cosmetic 20 u', '+400', '[12460]', '[70028]'],
    ['03/02/2027', 'Redeemed', '$20 off', '−2000', '[12061]', '[70033]'],
    ['02/18/2027', 'Earned', 'Botox Cosmetic 24 u', '+480', '[14060]', '[70056]'],
    ['01/05/2027', 'Bonus', 'Birthday month', '+1000', '[13580]', '[64632]'],
  ],
});

// ── 9. Gift card page ──
const giftCard = lines({
  id: 's202-gift',
  kind: 's202-gift-card-balance-page-text',
  before: 'Check your gift card balance',
  text: [
    'Card number: 6035 7120 0446 1207   PIN ••••',
    'Balance: $175.00 of $250.00 · Purchased 12/20/2026 · Order [90102]',
    'Redeemable for cosmetic services and retail only; not for copays or insurance-billed care.',
    'Mail-in purchases: Lumière Aesthetics, Dept. [64445], PO Box 391, Edina, MN [55424]',
  ].join('\n'),
});

// ── 10. Cosmetic consent form ──
const cosmeticConsent = lines({
  id: 's202-cosconsent',
  kind: 's202-cosmetic-neurotoxin-consent-form-text',
  before: 'INFORMED CONSENT — COSMETIC NEUROTOXIN (Botox® Cosmetic, Dysport®, Daxxify®, Jeuveau®)',
  text: [
    '1. I understand this treatment is elective and cosmetic. It will not be billed to my health insurance, and',
    '   no CPT procedure code (such as {64612}) will be reported for it.',
    '2. Lot and units are recorded in my chart. Lot C7092C3, 20 units, exp. 2028-03.',
    '3. Form version COS-TOX-[20009] rev. 2026-11 · Patient id LUM-[40087]',
    '4. Medical treatment for spasm or migraine is a separate visit with Halden Neurology and a separate consent.',
  ].join('\n'),
});

// ── 11. Medical chemodenervation consent ──
const medConsent = lines({
  id: 's202-medconsent',
  kind: 's202-medical-chemodenervation-consent-text',
  before: 'HALDEN NEUROLOGY & PERIPHERAL NERVE CENTER — CONSENT FOR BOTULINUM TOXIN INJECTION (MEDICAL)',
  text: [
    'Procedure: chemodenervation of muscles supplied by the right facial nerve ({64612}-RT) with EMG guidance',
    '({95874}) for hemifacial spasm (G51.3). Drug: onabotulinumtoxinA (Botox®) 100-unit vial, J0585.',
    'Your health plan will be billed. Cosmetic injections at Lumière Aesthetics are not part of this procedure.',
    'Halden Neurology, Suite 220, 7450 Linden Ridge Ave S, Edina, MN [55424] · Form HN-[30017]',
  ].join('\n'),
});

// ── 12. Website chat widget ──
const chat = lines({
  id: 's202-chat',
  kind: 's202-medspa-website-chat-widget-text',
  before: 'Chat with Lumière · Typically replies in a few minutes',
  text: [
    'Visitor: does insurance cover botox for my forehead lines?',
    'Ava (Lumière): Cosmetic Botox isn’t covered by insurance. For medical conditions like chronic migraine',
    '(CPT {64615}) or eyelid spasm ({64612}), Halden Neurology next door can check your benefits.',
    'Visitor: my ins card says group [80014], is that the code?',
    'Ava (Lumière): No, that’s your group number [80014]. Chat ref [64612] if you call us.',
  ].join('\n'),
});

// ── 13. Instagram post and comments ──
const instagram = lines({
  id: 's202-insta',
  kind: 's202-instagram-post-comments-text',
  before: 'lumiere.edina · Edina, Minnesota',
  text: [
    'lumiere.edina ✨ Baby Botox week! $12/unit May 10–14. Book via link in bio 💉 #botox #edina #[55424]',
    'jen.holm.mn Love Tessa!! Does this count toward my GlowPass? I’m at [12460] 😅',
    'lumiere.edina @jen.holm.mn yes, every cosmetic unit earns points!',
    'drmaravessel Reminder: toxin for migraine or spasm is medical ({64615}, {64612}) — see us next door, not a promo.',
    '1,204 likes · Post [90140] · May 9',
  ].join('\n'),
});

// ── 14. Facebook ad / post ──
const facebook = lines({
  id: 's202-fb',
  kind: 's202-facebook-clinic-post-text',
  before: 'Halden Neurology & Peripheral Nerve Center · Sponsored',
  text: [
    'Facial twitching that won’t stop? Hemifacial spasm and blepharospasm are treated with botulinum toxin',
    'injections ({64612}) that most insurance plans cover. This is medical care, not cosmetic.',
    'Leg pain from sciatic nerve entrapment? Ask about nerve blocks ({64445}) and nerve release surgery ({64712}).',
    'Call (952) 555-0190 · Edina, MN [55424] · 212 comments · 58 shares',
    'Morton’s neuroma? Our foot nerve program offers alcohol neurolysis ({64632}) in the office.',
  ].join('\n'),
});

// ── 15. Google search results page ──
const serp = lines({
  id: 's202-serp',
  kind: 's202-search-engine-results-page-text',
  before: 'botox for hemifacial spasm insurance edina',
  text: [
    'Halden Neurology & Peripheral Nerve Center — halden-neuro.com › botox',
    'Medical botulinum toxin (CPT {64612}, {64615}, {64616}) billed to insurance. 7450 Linden Ridge Ave S, Edina, MN [55424].',
    'Lumière Aesthetics | Botox Edina MN [55424] — lumiere-aesthetics.com',
    'Botox Cosmetic from $14/unit. 4.9 ★ (312 reviews).',
    'Aetna Clinical Policy Bulletin: Botulinum Toxin — aetna.com › cpb › medical › data › 100_199 › 0113.html',
    'Chemodenervation codes {64612}–{64647} and EMG guidance {95874} require a covered diagnosis...',
    'Sciatic Nerve Decompression | Halden Peripheral Nerve Center — halden-neuro.com › nerve-surgery',
    'Dr. Anders Kvale performs sciatic neurolysis (CPT {64712}) and lumbar plexus release ({64714}) at our ASC.',
  ].join('\n'),
});

// ── 16. Google reviews ──
const reviews = lines({
  id: 's202-reviews',
  kind: 's202-online-reviews-list-text',
  before: 'Reviews · Halden Neurology',
  text: [
    'Karen B. ★★★★★ Dr. Vessel fixed my eyelid spasm. Insurance paid for the {64612} part, I only paid copay.',
    'Owner response: Thank you Karen! (Ref [64714])',
    'M. Ortiz ★★☆☆☆ Billed me $900 because my plan said the shot was cosmetic. Claim [81022] took months.',
    'Owner response: We appealed it for you; please call billing at ext. 214.',
    'Rolf H. ★★★★★ Dr. Kvale did my sciatic nerve surgery ({64712} on my bill). Walking again after 3 yrs.',
  ].join('\n'),
});

// ── 17. Neurology intake form ──
const intake = lines({
  id: 's202-intake',
  kind: 's202-neurology-intake-form-text',
  before: 'New patient intake — Halden Neurology',
  text: [
    'Name: Jenna Holm   DOB 03/14/1983   Address: 4821 Hollow Pine Ln, Minnetonka, MN [55345]',
    'Insurance: North Star Health Plan · Member ID NSH884120573 · Group [80014]',
    'Reason for visit: right face twitching 2 yrs, worse with stress. Prior toxin? Yes — Lumière (cosmetic forehead).',
    'Referring: Dr. P. Aune, Southdale Family Medicine, Edina [55435]',
  ].join('\n'),
});

// ── 18. Procedure note ──
const procNote = lines({
  id: 's202-procnote',
  kind: 's202-chemodenervation-procedure-note-text',
  before: 'PROCEDURE NOTE — 05/12/2027 — Mara Vessel, MD',
  text: [
    'Procedure: Chemodenervation, right facial nerve–innervated muscles ({64612}-RT), EMG guided ({95874}).',
    'Indication: right hemifacial spasm (G51.3). Not for cosmetic purposes; the patient had separate cosmetic',
    'glabellar units at Lumière Aesthetics earlier today (20 u, not billed, not in this note).',
    'Drug: onabotulinumtoxinA, 100 u vial, lot C7092C3, NDC [00023]-1145-01. Injected 35 u; wasted 65 u (JW).',
    'Sites: orbicularis oculi 15 u, zygomaticus major 5 u, orbicularis oris 5 u, platysma 10 u.',
    'Plan: repeat in 12 weeks. If spasm progresses to the contralateral side, bill {64612}-50 next time.',
  ].join('\n'),
});

// ── 19. Superbill ──
const superbill = table({
  id: 's202-superbill',
  kind: 's202-neurology-superbill-grid',
  caption: 'HALDEN NEUROLOGY — ENCOUNTER FORM — Procedures',
  headers: ['✓', 'CPT', 'Description', 'Fee'],
  rows: [
    ['', '{99213}', 'Office visit, est., low', '$145'],
    ['', '{99214}', 'Office visit, est., moderate', '$215'],
    ['X', '{64612}', 'Chemodenervation, facial nerve, unilat', '$390'],
    ['', '{64615}', 'Chemodenervation, migraine', '$410'],
    ['', '{64616}', 'Chemodenervation, neck (cervical dystonia)', '$395'],
    ['', '{64642}', 'Chemodenervation, 1 extremity, 1–4 muscles', '$375'],
    ['', '{64650}', 'Chemodenervation, eccrine glands, both axillae', '$210'],
    ['X', '{95874}', 'Needle EMG guidance w/ chemodenervation', '$120'],
    ['', '{64445}', 'Injection, sciatic nerve, single', '$330'],
    ['', '{64632}', 'Destruction, plantar common digital nerve', '$350'],
    ['', '{64712}', 'Neuroplasty, sciatic nerve', '$2,150'],
    ['', '{64714}', 'Neuroplasty, lumbar plexus', '$2,400'],
  ],
});

// ── 20. Charge entry grid ──
const chargeEntry = table({
  id: 's202-charges',
  kind: 's202-pm-charge-entry-grid',
  caption: 'Charge Entry — Holm, Jenna — Encounter 40102 — DOS 05/12/2027',
  headers: ['Ln', 'Proc', 'Mod', 'Dx ptr', 'Units', 'Charge', 'NDC'],
  rows: [
    ['1', '{64612}', 'RT', 'A', '1', '390.00', ''],
    ['2', '{95874}', '', 'A', '1', '120.00', ''],
    ['3', 'J0585', 'JW', 'A', '35', '248.50', 'N400023114501 UN35'],
    ['4', 'J0585', 'JW', 'A', '65', '461.50', 'N400023114501 UN65'],
  ],
});

// ── 21. Toxin inventory log ──
const inventory = table({
  id: 's202-inv',
  kind: 's202-shared-toxin-inventory-log-grid',
  caption: 'Toxin refrigerator log — Floor 2 (shared) — Botox 100 u vials',
  headers: ['Vial #', 'Lot', 'Opened', 'Units used', 'Use', 'Patient / acct', 'Claim / sale'],
  rows: [
    ['[40107]', 'C7092C3', '05/12 14:25', '20', 'Cosmetic (Lumière)', 'LUM-[40087]', 'Sale [31287]'],
    ['[40107]', 'C7092C3', '05/12 14:25', '4', 'Waste (cosmetic)', '—', '—'],
    ['[40115]', 'C7092C3', '05/12 15:20', '35 + 65 JW', 'Medical {64612}', 'HN-[40120]', 'Clm [40133]'],
    ['[40141]', 'C7104C3', '05/12 15:50', '155 + 45 JW', 'Medical {64615}', 'HN-[40147]', 'Clm [40150]'],
  ],
});

// ── 22. Inventory CSV export ──
const invCsv = lines({
  id: 's202-invcsv',
  kind: 's202-toxin-inventory-csv-export-text',
  before: 'toxin_usage_2027-05.csv',
  text: [
    'vial_id,lot,ndc,units_used,units_wasted,category,cpt,dept,ref',
    '[40107],C7092C3,0023-1145-01,20,4,COSMETIC,,LUM,[31287]',
    '[40115],C7092C3,0023-1145-01,35,65,MEDICAL,{64612},HN,[40133]',
    '[40141],C7104C3,0023-3921-02,155,45,MEDICAL,{64615},HN,[40150]',
    '[40161],C7104C3,0023-3921-02,60,40,MEDICAL,{64616},HN,[40176]',
    '[40177],C7110C3,0023-1145-01,50,0,COSMETIC,,LUM,[31301]',
  ].join('\n'),
});

// ── 23. Distributor invoice ──
const invoice = lines({
  id: 's202-invoice',
  kind: 's202-toxin-distributor-invoice-text',
  before: 'ALLERGAN / AbbVie — INVOICE',
  text: [
    'Invoice [64714]   Invoice date 04/30/2027   Account [60011]   PO LUM-HN-[64632]',
    'Ship to: Linden Ridge Medical Building Ste 210, Edina, MN [55424]',
    'Remit to: AbbVie Inc., PO Box [64445], Chicago, IL [60673]-1221 (lockbox)',
    'NDC 0023-1145-01 BOTOX 100U (medical) qty 6 · NDC 0023-9232-01 BOTOX COSMETIC 100U qty 8',
    'Subtotal $14,822.40 · Terms 2%/30 net 31',
  ].join('\n'),
});

// ── 24. Purchase order ──
const po = table({
  id: 's202-po',
  kind: 's202-toxin-purchase-order-split-grid',
  caption: 'Purchase Order LUM-HN-64632 — cost split by department',
  headers: ['Item', 'NDC', 'Qty', 'Dept', 'GL acct', 'Amount'],
  rows: [
    ['Botox 100U (medical)', '0023-1145-01', '6', 'Halden Neuro', '[50114]', '$3,852.00'],
    ['Botox Cosmetic 100U', '0023-9232-01', '8', 'Lumière', '[50122]', '$5,136.00'],
    ['Botox 200U (medical)', '0023-3921-02', '4', 'Halden Neuro', '[50114]', '$5,834.40'],
  ],
});

// ── 25. Waste log ──
const waste = lines({
  id: 's202-waste',
  kind: 's202-single-dose-vial-waste-log-text',
  before: 'JW/JZ single-dose vial waste log — Halden Neurology',
  text: [
    '05/12 Vial [40115] Holm J — administered 35 u ({64612}-RT), discarded 65 u, J0585-JW 65, witness T. Lind',
    '05/12 Vial [40141] Berg T — administered 155 u ({64615}), discarded 45 u, J0585-JW 45, witness R. Sato',
    '05/12 Vial [40107] — cosmetic vial, Lumière; waste not billable, not logged for claims. Bin [20025]',
  ].join('\n'),
});

// ── 26. 837P text ──
const x837 = lines({
  id: 's202-837',
  kind: 's202-x12-837p-text',
  before: 'Claim file HN0512A.837 (view)',
  text: [
    'ISA*00*          *00*          *ZZ*HALDENNEURO    *ZZ*NORTHSTARHP    *270512*1702*^*[00501]*000004417*0*P*:~',
    'NM1*PR*2*NORTH STAR HEALTH PLAN*****PI*[41211]~',
    'N4*EDINA*MN*[55424]~',
    'HI*ABK:G513~',
    'SV1*HC:{64612}:RT*390*UN*1***1~',
    'SV1*HC:{95874}*120*UN*1***1~',
    'SV1*HC:J0585:JW*461.5*UN*65***1~',
    'REF*G1*PA[41044]~',
    'CLM*NAKA0512A*330***11:B:1*Y*A*Y*Y~',
    'HI*ABK:M5431~',
    'SV1*HC:{64445}:RT*330*UN*1***1~',
  ].join('\n'),
});

// ── 27. 835 text ──
const x835 = lines({
  id: 's202-835',
  kind: 's202-x12-835-era-text',
  before: 'ERA 835 — North Star Health Plan — check/EFT 9100022881',
  text: [
    'N1*PR*NORTH STAR HEALTH PLAN*XV*[41211]~',
    'N4*SAINT PAUL*MN*[55164]~',
    'CLP*HOLM0512A*4*971.5*0**MC*[40133]~',
    'CAS*CO*96*971.5~',
    'SVC*HC:{64612}:RT*390*0**1~',
    'SVC*HC:{95874}*120*0**1~',
    'LQ*HE*N130~',
    'CLP*BERG0512A*1*1150*682.4**MC*[40150]~',
    'SVC*HC:{64615}*410*322.18**1~',
    'CLP*NAKA0512A*1*330*214.66**MC*[40193]~',
    'SVC*HC:{64445}:RT*330*214.66**1~',
    'CLP*ADEY0512A*1*478*301.12**MC*[40204]~',
    'SVC*HC:{64632}:LT*350*228.40**1~',
    'SVC*HC:{76942}*128*72.72**1~',
  ].join('\n'),
});

// ── 28. Payer portal claim status ──
const claimStatus = table({
  id: 's202-status',
  kind: 's202-payer-portal-claim-status-grid',
  caption: 'North Star Provider Portal — Claim status results (Halden Neurology)',
  headers: ['Claim #', 'Patient', 'DOS', 'Procedures', 'Billed', 'Status'],
  rows: [
    ['[40133]', 'HOLM, JENNA', '05/12/2027', '{64612}-RT, {95874}, J0585', '$971.50', 'Denied — cosmetic exclusion'],
    ['[40150]', 'BERG, TOMAS', '05/12/2027', '{64615}, J0585', '$1,150.00', 'Paid $682.40'],
    ['[40176]', 'VANG, MAI', '05/10/2027', '{64616}, {95874}, J0585', '$1,012.00', 'Pended — records'],
    ['[40193]', 'NAKAMURA, KEN', '05/12/2027', '{64445}', '$330.00', 'Paid $214.66'],
    ['[40204]', 'ADEYEMI, FOLA', '05/12/2027', '{64632}-LT, {76942}', '$478.00', 'Paid $301.12'],
    ['[40219]', 'HAUGEN, ROLF', '05/07/2027', '{64712}-RT', '$2,150.00', 'In process'],
    ['[40237]', 'LUND, ERIK', '04/29/2027', '{64714}, {64445}-59', '$2,730.00', 'Paid $1,402.77'],
  ],
});

// ── 29. EOB ──
const eob = table({
  id: 's202-eob',
  kind: 's202-member-eob-service-lines-grid',
  caption: 'Explanation of Benefits — Jenna Holm — Claim 40133 — THIS IS NOT A BILL',
  headers: ['Service', 'Code', 'Billed', 'Allowed', 'Plan paid', 'You owe', 'Remark'],
  rows: [
    ['Nerve/muscle injection', '{64612}', '$390.00', '$0.00', '$0.00', '$390.00', 'D7'],
    ['EMG guidance', '{95874}', '$120.00', '$0.00', '$0.00', '$120.00', 'D7'],
    ['Drug', 'J0585', '$461.50', '$0.00', '$0.00', '$461.50', 'D7'],
  ],
});

// ── 30. Denial letter ──
const denial = lines({
  id: 's202-denial',
  kind: 's202-payer-denial-letter-text',
  before: 'North Star Health Plan · Member Appeals and Grievances · Saint Paul, MN',
  text: [
    'May 28, 2027   Re: Jenna Holm   Member ID NSH884120573   Claim [40133]   Case [70060]',
    'We denied services on 05/12/2027 (CPT {64612}, {95874}; HCPCS J0585). Our records show a cosmetic',
    'botulinum toxin service at the same address on the same date. Botulinum toxin for cosmetic purposes is',
    'excluded under your plan (Certificate section 4.12).',
    'To appeal, write within 180 days to Appeals, PO Box [64612], Saint Paul, MN [55164]-0612, fax (651) 555-0123.',
  ].join('\n'),
});

// ── 31. Appeal letter ──
const appeal = lines({
  id: 's202-appeal',
  kind: 's202-provider-appeal-letter-text',
  before: 'HALDEN NEUROLOGY & PERIPHERAL NERVE CENTER · Suite 220 · Edina, MN',
  text: [
    'June 3, 2027 · North Star Health Plan, Appeals, PO Box [64612], Saint Paul, MN [55164]-0612',
    'Re: First-level appeal, claim [40133], case [70060], member Jenna Holm, DOS 05/12/2027',
    'The chemodenervation billed as {64612}-RT with EMG guidance {95874} treated right hemifacial spasm (G51.3),',
    'a covered diagnosis under your policy MP-[60022]. The cosmetic glabellar injection that day was provided',
    'and paid separately by the patient at Lumière Aesthetics, a different entity (TIN differs); it was never',
    'billed to you and no {64612} units came from the cosmetic vial. Enclosed: procedure note, waste log, vial log.',
  ].join('\n'),
});

// ── 32. Payer policy code list ──
const policy = table({
  id: 's202-policy',
  kind: 's202-payer-botulinum-toxin-policy-code-list-grid',
  caption: 'Medical Policy MP-60022 Botulinum Toxins — Coding',
  headers: ['CPT codes covered when selection criteria are met:', ''],
  rows: [
    ['{64612}', 'Chemodenervation of muscle(s); muscle(s) innervated by facial nerve, unilateral'],
    ['{64615}', 'Chemodenervation ... for chronic migraine'],
    ['{64616}', 'Chemodenervation ... neck muscle(s), excluding larynx, unilateral'],
    ['{64617}', 'Chemodenervation ... larynx, unilateral, percutaneous'],
    ['{64642} - {64647}', 'Chemodenervation of one or more extremities / trunk muscle(s)'],
    ['{64650}, {64653}', 'Chemodenervation of eccrine glands'],
    ['{95873}, {95874}', 'Electrical stimulation / needle EMG for guidance (list separately)'],
    ['Not covered:', 'cosmetic use (glabellar, lateral canthal, forehead lines); no CPT code applies'],
  ],
});

// ── 33. Prior auth portal form ──
const priorAuth = lines({
  id: 's202-pa',
  kind: 's202-prior-auth-portal-form-text',
  before: 'North Star Provider Portal › Authorizations › New request',
  text: [
    'Service type: Outpatient procedure   Place of service: 11   Requesting NPI 1487726519',
    'Procedure code(s): {64612}   Modifier: RT   Units: 1   Drug: J0585 x 100',
    'Diagnosis: G51.3 Clonic hemifacial spasm   Start date 05/01/2027   End date 04/30/2028',
    'Submitted · Reference # PA[41044] · Portal ticket [64714]',
    'Recent requests: PA[41058] {64712}-RT Haugen — Approved · PA[41063] {64714} Lund — Approved ·',
    'PA[41077] {64632}-LT Adeyemi — Not required · PA[41081] {64615} Berg — Approved (4 sessions)',
  ].join('\n'),
});

// ── 34. 271 eligibility response ──
const x271 = lines({
  id: 's202-271',
  kind: 's202-x12-271-benefits-text',
  before: '271 response — North Star Health Plan — Holm, Jenna',
  text: [
    'NM1*PR*2*NORTH STAR HEALTH PLAN*****PI*[41211]~',
    'N4*MINNETONKA*MN*[55345]~',
    'EB*1*IND*98*HM~',
    'EB*B*IND*98***27*40~',
    'EB*I**1^98^UC*HM****N***N~MSG*BOTULINUM TOXIN FOR COSMETIC USE NOT COVERED~',
    'EB*A*IND*98**23*0.2****Y~MSG*{64612} {64615} {64616} REQUIRE PRIOR AUTH~',
  ].join('\n'),
});

// ── 35. HL7 DFT ──
const hl7 = lines({
  id: 's202-hl7',
  kind: 's202-hl7-dft-p03-message-text',
  before: 'Interface monitor · outbound DFT to billing',
  text: [
    'MSH|^~\\&|HNEHR|HALDEN|PMBILL|HALDEN|202705121602||DFT^P03|[64712]|P|2.5',
    'PID|1||HN[40120]^^^HN||HOLM^JENNA||19830314|F|||4821 HOLLOW PINE LN^^MINNETONKA^MN^[55345]',
    'FT1|1|||20270512||CG|{64612}^CHEMODENERVATION FACIAL NERVE UNI^CPT4|||1|||||||||G51.3||||||RT',
    'FT1|2|||20270512||CG|{95874}^NEEDLE EMG GUIDANCE^CPT4|||1',
    'FT1|3|||20270512||CG|J0585^ONABOTULINUMTOXINA 1 UNIT^HCPCS|||35',
    'MSH|^~\\&|HNEHR|HALDEN|PMBILL|HALDEN|202705121719||DFT^P03|[81133]|P|2.5',
    'FT1|1|||20270512||CG|{64632}^DESTRUCTION NEUROLYTIC PLANTAR DIGITAL NERVE^CPT4|||1|||||||||G57.62||||||LT',
    'FT1|1|||20270512||CG|{64445}^INJ ANES SCIATIC NERVE SINGLE^CPT4|||1|||||||||M54.31||||||RT',
  ].join('\n'),
});

// ── 36. FHIR Claim JSON ──
const fhir = lines({
  id: 's202-fhir',
  kind: 's202-fhir-claim-json-text',
  before: 'GET /fhir/Claim/hn-40133',
  text: [
    '"identifier": [{ "system": "urn:halden:claim", "value": "[40133]" }],',
    '"insurer": { "identifier": { "value": "[41211]" } },',
    '"item": [{ "sequence": 1, "productOrService": { "coding": [{ "system": "http://www.ama-assn.org/go/cpt",',
    '  "code": "{64612}" }] }, "modifier": [{ "coding": [{ "code": "RT" }] }], "net": { "value": 390.00 } },',
    '{ "sequence": 2, "productOrService": { "coding": [{ "code": "{95874}" }] }, "net": { "value": 120.00 } }]',
    '"address": [{ "city": "Minnetonka", "state": "MN", "postalCode": "[55345]" }]',
  ].join('\n'),
});

// ── 37. Booking export XML ──
const bookingXml = lines({
  id: 's202-xml',
  kind: 's202-booking-export-xml-text',
  before: 'appointments_2027-05-12.xml',
  text: [
    '<appointment id="[64712]" location="[10098]" type="COSMETIC" service="[50031]" billTo="SELF"/>',
    '<appointment id="[20143]" location="[10121]" type="MEDICAL" cpt="{64612}" billTo="INSURANCE"/>',
    '<appointment id="[20157]" location="[10121]" type="MEDICAL" cpt="{64615}" billTo="INSURANCE"/>',
    '<appointment id="[20175]" location="[10121]" type="MEDICAL" cpt="{64632}" mod="LT" billTo="INSURANCE"/>',
    '<appointment id="[20181]" location="[10121]" type="SURGERY" cpt="{64714}" site="ASC" billTo="INSURANCE"/>',
    '<appointment id="[20168]" location="[10121]" type="MEDICAL" cpt="{64445}" mod="RT" billTo="INSURANCE"/>',
    '<appointment id="[20396]" location="[10121]" type="SURGERY" cpt="{64712}" site="ASC" billTo="INSURANCE"/>',
  ].join('\n'),
});

// ── 38. Team chat ──
const teamChat = lines({
  id: 's202-teams',
  kind: 's202-front-desk-team-chat-text',
  before: '#floor2-frontdesk',
  text: [
    'Rosa (Halden billing): Holm’s {64612} from 5/12 denied as cosmetic. Did Lumière send anything to North Star?',
    'Tessa (Lumière): No! Glabella was self-pay, sale [31287], cash. We don’t even have a payer id.',
    'Rosa: ok. Can someone pull the vial log for vial [40115] vs [40107]?',
    'Dev (IT): vial log attached. Also Kvale wants the {64714} on Friday moved to the ASC, ticket [64445]',
    'Rosa: thx. And Nakamura’s {64445} paid. Appeal for [40133] goes out today.',
    'Dev (IT): FYI the booking app maps service [51213] to {64612} by default, that is how the spa and clinic visits got linked',
    'Rosa: please unmap it. Spa services should carry no CPT at all. Only Halden’s EHR sends {64612}/{64615}/{64616}.',
  ].join('\n'),
});

// ── 39. Compliance memo ──
const memo = lines({
  id: 's202-memo',
  kind: 's202-compliance-memo-cosmetic-medical-separation-text',
  before: 'MEMO — To: Floor 2 staff — From: Compliance — Re: Keeping cosmetic and medical toxin apart',
  text: [
    '1. Never schedule a cosmetic toxin visit and a medical chemodenervation ({64612}, {64615}, {64616},',
    '   {64642}–{64647}, {64650}/{64653}) in the same slot or under the same account number.',
    '2. Medical vials (NDC 0023-1145-01, 0023-3921-02) are billed as J0585 with JW/JZ; cosmetic vials',
    '   (0023-9232-01) are never billed and never appear on a claim.',
    '3. Glow Club points are cosmetic-only. A patient cannot earn points on {64612} or {64615} visits.',
    '4. Questions: compliance@lindenridge-med.com, or ticket queue [64632].',
  ].join('\n'),
});

// ── 40. Revenue split dashboard ──
const dashboard = lines({
  id: 's202-dash',
  kind: 's202-revenue-split-dashboard-tiles-text',
  before: 'Floor 2 Toxin Dashboard · May 2027 MTD',
  text: [
    'Cosmetic units sold 2,184 · Cosmetic revenue $30,576 · Net new Glow members 41',
    'Medical units billed (J0585) 3,920 · Medical claims 97 · Denial rate 6.2%',
    'Top medical codes: {64615} ×38  {64612} ×24  {64616} ×19  {64642} ×9  {64650} ×7',
    'Other Halden: {64445} ×31  {64632} ×6  {64712} ×3  {64714} ×2',
    'Denials by code: {64612} 3 (all "cosmetic", CARC 96) · {64445} 1 (CO-97 bundled) · {64712} 0',
    'Loyalty liability: [30143] points outstanding · Gift card liability $4,380',
  ].join('\n'),
});

// ── 41. Patient statement ──
const statement = table({
  id: 's202-stmt',
  kind: 's202-patient-statement-lines-grid',
  caption: 'Halden Neurology — Statement — Account 20198 — Jenna Holm',
  headers: ['Date', 'Code', 'Description', 'Charges', 'Insurance', 'Your balance'],
  rows: [
    ['05/12/27', '{64612}', 'Chemodenervation R face', '390.00', 'Denied – under appeal', '0.00'],
    ['05/12/27', '{95874}', 'EMG guidance', '120.00', 'Denied – under appeal', '0.00'],
    ['02/17/27', '{64612}', 'Chemodenervation R face', '390.00', '-310.00', '40.00'],
    ['11/18/26', '{64612}', 'Chemodenervation R face', '390.00', '-310.00', '0.00'],
    ['11/18/26', '{95874}', 'EMG guidance', '120.00', '-96.00', '0.00'],
    ['', '', 'Pay online with account [20198] at halden-neuro.com/pay', '', '', ''],
  ],
});

// ── 42. Self-pay good faith estimate ──
const gfe = lines({
  id: 's202-gfe',
  kind: 's202-good-faith-estimate-self-pay-text',
  before: 'GOOD FAITH ESTIMATE — uninsured or self-pay — Halden Neurology',
  text: [
    'Patient: Jenna Holm · Estimate # GFE-[20218] · Issued 06/04/2027',
    'Item 1: Chemodenervation, facial nerve, unilateral — CPT {64612} — $390.00',
    'Item 2: Needle EMG guidance — CPT {95874} — $120.00',
    'Item 3: onabotulinumtoxinA 100 u — HCPCS J0585 — $710.00',
    'Cosmetic treatments at Lumière are priced on their own menu and are not part of this estimate.',
  ].join('\n'),
});

// ── 43. Bookkeeping ledger CSV ──
const ledger = lines({
  id: 's202-ledger',
  kind: 's202-bookkeeping-ledger-csv-text',
  before: 'QuickBooks export — General ledger — May 2027',
  text: [
    'Date,Num,Name,Memo,Account,Debit,Credit',
    '05/12/2027,[31287],Holm Jenna,Cosmetic toxin 20u,[40001] Cosmetic Revenue,,280.00',
    '05/14/2027,EFT,North Star HP,ERA 835 {64615} Berg,[40002] Medical Revenue,,682.40',
    '05/15/2027,[80022],AbbVie,Invoice [64714] medical vials,[50114] Drug COGS - Medical,3852.00,',
    '05/19/2027,EFT,North Star HP,ERA 835 {64445} Nakamura / {64632} Adeyemi,[40002] Medical Revenue,,515.78',
    '05/21/2027,EFT,Medica,ERA 835 {64714} Lund,[40002] Medical Revenue,,1402.77',
  ].join('\n'),
});

// ── 44. Coder cheat sheet ──
const cheat = table({
  id: 's202-cheat',
  kind: 's202-coder-cheat-sheet-toxin-grid',
  caption: 'Toxin coding quick reference (Halden billing desk)',
  headers: ['Condition', 'Code', 'Add-on guidance', 'Units note'],
  rows: [
    ['Hemifacial spasm / blepharospasm', '{64612}', '{95874} or {95873}', 'RT/LT; -50 if both sides'],
    ['Chronic migraine (PREEMPT)', '{64615}', 'Not with {95873}/{95874}', '155 u typical'],
    ['Cervical dystonia', '{64616}', '{95874}', 'Bilateral: -50'],
    ['Upper limb spasticity', '{64642}/{64643}', '{95874}', 'Per extremity'],
    ['Axillary hyperhidrosis', '{64650}', '—', 'Cosmetic? No: medical if criteria met'],
    ['Glabellar lines', 'None', '—', 'Cosmetic; refer to Lumière, never bill'],
    ['Sciatic nerve block (Dr. Nand)', '{64445}', 'US guidance included', 'Not a toxin code'],
    ['Morton neuroma neurolysis', '{64632}', '{76942} bundled per NCCI? check', 'Per nerve, RT/LT'],
    ['Sciatic neuroplasty (Dr. Kvale)', '{64712}', 'ASC; 90-day global', 'RT/LT'],
    ['Lumbar plexus neuroplasty', '{64714}', 'ASC/HOPD; 90-day global', '—'],
  ],
});

export const sealed202: readonly Snippet[] = [
  ...priceMenu,
  ...membership,
  ...servicePicker,
  ...confirmEmail,
  ...sms,
  ...calendar,
  ...loyalty,
  ...pointsHistory,
  ...giftCard,
  ...cosmeticConsent,
  ...medConsent,
  ...chat,
  ...instagram,
  ...facebook,
  ...serp,
  ...reviews,
  ...intake,
  ...procNote,
  ...superbill,
  ...chargeEntry,
  ...inventory,
  ...invCsv,
  ...invoice,
  ...po,
  ...waste,
  ...x837,
  ...x835,
  ...claimStatus,
  ...eob,
  ...denial,
  ...appeal,
  ...policy,
  ...priorAuth,
  ...x271,
  ...hl7,
  ...fhir,
  ...bookingXml,
  ...teamChat,
  ...memo,
  ...dashboard,
  ...statement,
  ...gfe,
  ...ledger,
  ...cheat,
];
