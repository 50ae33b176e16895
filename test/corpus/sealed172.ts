import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 172 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s172-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too. About a third of the decoys are numbers of the synthetic 10,000-code set (KNOWN_10K) used as
 * ZIPs (Salem, Portland, Redwood City, a donor's town), an employer group number, hospital chargemaster codes,
 * fundraiser ids, a donation receipt number, payout transfer ids, a billing reference number, grant application
 * ids, raffle tickets, supplier invoice numbers, a church fund number and receipt number, unformatted dollar
 * amounts in a bill CSV, a story number, a provider list number, a rural street number and PO boxes. The other
 * decoys are the family's ZIP and others, claim-number tails after a letter, more chargemaster codes, statement,
 * case, check and confirmation numbers, a text-to-give short code and club numbers. The five known codes' digits
 * come back as decoys: the church's PO box, a platform support ticket, a print shop invoice, a raffle ticket, a
 * grant application id, a grant award number, a hospital financial assistance application number, a donor check
 * number, a payout transfer id, a news story id, a guarantor number and a campaign short-link id.
 *
 * Family: patient crowdfunding and charity fundraising for peripheral-nerve surgery bills. One (fictional) story:
 * Caleb Ortega, a log-truck driver from Fernhollow, Oregon, has a right sciatic nerve neurolysis and lumbar plexus
 * neurolysis after a pelvic fracture, at McKenzie Falls Medical Center with an out-of-network surgeon (Cascade
 * Peripheral Nerve Institute), and his sister Maren runs a campaign on a (fictional) crowdfunding site, HelpHarbor:
 * the campaign header and story, updates with the pasted itemized bill (text and grid), the pasted EOB (text and
 * service-line grid), the pasted denial and the appeal draft, the hospital's Good Faith Estimate (OCR and grid),
 * the patient portal's account list, itemized detail grid and itemized-bill CSV download, the hospital's price
 * estimator results, the insurer's member-portal claims list, the surgeon's billing office email, the words of
 * support (with donor amounts), the platform's donation receipt email, the organizer's withdrawals dashboard and a
 * support chat, the platform search results with other nerve-surgery campaigns, the church's benefit flyer, Sunday
 * bulletin, Facebook event, raffle and auction results post, benefit ledger CSV, treasurer's text messages and tax
 * acknowledgment letter, the hospital's financial assistance application (shared by the family) and determination
 * letter, a (fictional) nonprofit grant program, the NerveBridge Patient Relief Fund (eligible-procedure page, FAQ,
 * portal application form, dashboard, uploaded documents list, JSON export, award letter, annual report table), a
 * local newspaper story, and social posts and comments (Facebook post and comments, a Reddit thread, an X thread,
 * an Instagram caption, a Nextdoor post, a caring-page journal).
 * Built on real public layouts: GoFundMe campaign pages (raised-of-goal bar, organizer and beneficiary block,
 * "Updates", "Words of support", donation receipt emails, the withdrawals/transfers view), CaringBridge journal
 * entries, hospital itemized bills (date, revenue code, chargemaster code, CPT/HCPCS, description, qty, charges),
 * commercial EOBs ("This is not a bill", claim detail lines with amount billed, allowed, plan paid, your share and
 * remark codes), No Surprises Act Good Faith Estimates, hospital Financial Assistance Program applications and
 * determination letters under 501(r), Epic MyChart billing account lists, the IRS written-acknowledgment letter for
 * charitable contributions, church bulletins and benefit flyers, hospital price estimator tools, insurer claims
 * lists, patient assistance foundations' grant portals and award letters (HealthWell / PAN Foundation style),
 * Facebook events, posts and comments, Reddit r/HealthInsurance threads, X threads and Nextdoor posts. The others are
 * written the way those pages read, with no single source.
 *
 * 360 labelled tokens over 44 shapes: 206 codes (120 of them the five known codes), 154 decoys, 51 of the decoys in
 * KNOWN_10K (20 of them the five known codes' digits).
 */

// ── 1. Crowdfunding campaign header block, text layer ──
const campaignHeader = lines({
  id: 's172-camphead',
  kind: 's172-crowdfunding-campaign-header-block-text',
  before: 'HelpHarbor — Medical — Fundraisers near Fernhollow, OR',
  text: [
    'Help Caleb Walk Again: Sciatic Nerve Surgery Bills',
    '$38,415 raised of $60,000 goal · 612 donations',
    'Maren Ortega-Lund is organizing this fundraiser on behalf of Caleb Ortega.',
    'Created July 19, 2026 · Medical · Fernhollow, OR [97448]',
    'Share link: hlpr.bo/c/[64714]   Fundraiser ID [22058]-caleb-walk-again',
    'Personal gifts are generally not taxable income for the recipient; HelpHarbor Giving Guarantee applies.',
  ].join('\n'),
});

// ── 2. Campaign story, prose ──
const campaignStory = lines({
  id: 's172-campstory',
  kind: 's172-crowdfunding-campaign-story-prose',
  before: 'Story',
  text: [
    'In March my brother Caleb was pinned between two logs at the landing. He survived a broken pelvis,',
    'but scar tissue wrapped around his sciatic nerve and he lost feeling in his right foot.',
    'After a test block (the hospital billed it as {64445}) proved the nerve was the problem, Dr. Raghavan did',
    'two surgeries in one day on July 8: freeing the sciatic nerve (CPT {64712}) and the lumbar plexus ({64714}).',
    'Our insurance, Cascadia Summit Health, says Dr. Raghavan is out of network and denied {64714} entirely.',
    'The nerve block ({64445}) and the pain catheter after surgery ({64446}) were mostly covered.',
    'The hospital part alone was over $71,000 before insurance. Every dollar goes straight to the bills.',
    'Local folks: Fernhollow Community Bible Church is also taking gifts for us (see Update #4).',
  ].join('\n'),
});

// ── 3. Campaign update with the itemized bill pasted as monospace text ──
const updateBill = lines({
  id: 's172-updbill',
  kind: 's172-campaign-update-pasted-itemized-bill-text',
  before:
    'Update #2 · August 14, 2026 · by Maren Ortega-Lund — We finally got the itemized bill. Pasting it so you can see where your money goes:',
  text: [
    'MCKENZIE FALLS MEDICAL CENTER      ITEMIZED STATEMENT      PAGE 1 OF 2',
    'PATIENT: ORTEGA, CALEB J      HOSP ACCT: 4006118832      GUARANTOR: [64714]',
    'DATE      REV   CHG CODE  CPT/HCPCS  DESCRIPTION                        QTY      CHARGES',
    '05/12/26  0361  [27035]    {64445}    NERVE BLOCK SCIATIC SINGLE           1     2,184.00',
    '05/12/26  0402  [30092]    {76942}    US GUIDE NEEDLE PLACEMENT            1       912.00',
    '07/08/26  0360  [31047]    {64712}    NEUROPLASTY SCIATIC NERVE            1    23,006.00',
    '07/08/26  0360  [31049]    {64714}    NEUROPLASTY LUMBAR PLEXUS            1    28,004.00',
    '07/08/26  0360  [31052]    {64727}    INTERNAL NEUROLYSIS W/MICROSCOPE     1     4,310.00',
    '07/08/26  0370  [33029]    {01250}    ANESTHESIA UPPER LEG NERVE           1     2,740.00',
    '07/09/26  0361  [27036]    {64446}    NERVE BLOCK SCIATIC CONT INFUSION    1     3,065.00',
    '07/08/26  0120  [10139]               ROOM & BOARD SEMI-PRIVATE            2     9,880.00',
    '                                                          TOTAL CHARGES    74,101.00',
  ].join('\n'),
});

// ── 4. Patient portal itemized detail, grid ──
const portalItemized = table({
  id: 's172-portalitem',
  kind: 's172-patient-portal-itemized-detail-grid',
  caption: 'Hospital Account 4006118832 — Itemized detail (Surgery, admitted 07/08/2026)',
  headers: ['Service Date', 'Rev Code', 'Charge Code', 'CPT®/HCPCS', 'Description', 'Qty', 'Amount'],
  rows: [
    ['07/08/2026', '0360', '[31047]', '{64712}-RT', 'HC NEUROPLASTY MAJOR PERIPH NERVE SCIATIC', '1', '$23,006.00'],
    ['07/08/2026', '0360', '[31049]', '{64714}', 'HC NEUROPLASTY LUMBAR PLEXUS', '1', '$28,004.00'],
    ['07/08/2026', '0360', '[31052]', '{64727}', 'HC INTERNAL NEUROLYSIS REQ MICR…', '1', '$4,310.00'],
    ['07/08/2026', '0250', '[52141]', '', 'HC BUPIVACAINE 0.5% 30ML VIAL', '2', '$186.00'],
    ['07/08/2026', '0710', '[45009]', '', 'HC RECOVERY ROOM 1ST HR', '1', '$1,420.00'],
    ['07/09/2026', '0361', '[27036]', '{64446}', 'HC CONT INFUSION SCIATIC NERVE', '1', '$3,065.00'],
    ['07/09/2026', '0300', '[36118]', '{85025}', 'HC CBC W AUTO DIFF', '1', '$94.00'],
    ['07/09/2026', '0424', '[40149]', '{97161}', 'HC PT EVAL LOW COMPLEX', '1', '$388.00'],
  ],
});

// ── 5. Campaign update with the EOB pasted as text ──
const updateEob = lines({
  id: 's172-updeob',
  kind: 's172-campaign-update-pasted-eob-text',
  before:
    'Update #3 · August 29, 2026 — Here is what the insurance EOB says for the surgeon part. THIS IS NOT A BILL, ha.',
  text: [
    'CASCADIA SUMMIT HEALTH   EXPLANATION OF BENEFITS   THIS IS NOT A BILL',
    'Member: CALEB J ORTEGA   ID: CSH884120771   Group: [20461] FERNHOLLOW TIMBER CO',
    'Claim #: 2026218E[00417]   Provider: CASCADE PERIPHERAL NERVE INST (Out-of-Network)',
    'Service  Code       Billed      Allowed    Plan Paid   You Owe   Remark',
    '07/08/26 {64712} RT    9,850.00    3,212.40   1,927.44  7,922.56   PN1 OON',
    '07/08/26 {64714}      12,400.00        0.00       0.00 12,400.00   D50',
    '07/08/26 {64727}       2,100.00      641.75     385.05  1,714.95   PN1 OON',
    '07/08/26 {69990}       1,450.00        0.00       0.00  1,450.00   N19',
    'D50: Not medically necessary per Clinical Policy NRV.[58057]. N19: Included in another service.',
    'Questions? Call 1-800-555-0146 or write PO Box [21350], Portland, OR [97208].',
  ].join('\n'),
});

// ── 6. EOB claim detail lines, grid (shared as a screenshot table in the grant portal) ──
const eobGrid = table({
  id: 's172-eobgrid',
  kind: 's172-insurer-eob-claim-detail-grid',
  caption: 'Claim 2026218E00417 — Cascade Peripheral Nerve Inst — Out-of-network',
  headers: ['Line', 'Date of service', 'Procedure', 'Amount billed', 'Allowed', 'Plan paid', 'Your share', 'See note'],
  rows: [
    ['1', '07/08/2026', '{64712} RT', '$9,850.00', '$3,212.40', '$1,927.44', '$7,922.56', 'A'],
    ['2', '07/08/2026', '{64714}', '$12,400.00', '$0.00', '$0.00', '$12,400.00', 'B'],
    ['3', '07/08/2026', '{64727}', '$2,100.00', '$641.75', '$385.05', '$1,714.95', 'A'],
    ['4', '07/08/2026', '{69990}', '$1,450.00', '$0.00', '$0.00', '$1,450.00', 'C'],
    ['5', '05/12/2026', '{64445} RT', '$1,260.00', '$402.18', '$241.31', '$1,018.69', 'A'],
  ],
});

// ── 7. Insurer denial letter excerpt pasted into an update ──
const denial = lines({
  id: 's172-denial',
  kind: 's172-campaign-update-pasted-denial-letter-text',
  before: 'Update #4 · September 3, 2026 — They denied the second half of the surgery. This is the letter:',
  text: [
    'Re: Caleb J Ortega   Claim 2026218E[00417]   Reference UM-[43025]-26',
    'Service reviewed: CPT {64714}, Neuroplasty and/or transposition; lumbar plexus, performed 07/08/2026',
    'Decision: Denied. The documentation does not show failure of conservative treatment for at least 6 weeks',
    'as required by Clinical Policy NRV.[58057] (Peripheral Nerve Decompression). Coverage of {64712} is not affected.',
    'You may appeal within 180 days. Mail: Cascadia Summit Health Appeals, PO Box [21350], Portland, OR [97208]-1014.',
  ].join('\n'),
});

// ── 8. Appeal letter draft shared as a document link ──
const appealDraft = lines({
  id: 's172-appeal',
  kind: 's172-family-appeal-letter-draft-shared-doc-text',
  before:
    'Google Docs — Caleb appeal DRAFT v3 (shared with: Pastor Dale, Jen at CPNI billing) — Anyone with the link can comment',
  text: [
    'To: Cascadia Summit Health Appeals, PO Box [21350], Portland, OR [97208]',
    'Re: First-level appeal, claim 2026218E[00417], reference UM-[43025]-26, member CSH884120771',
    'I am appealing the denial of CPT {64714} (lumbar plexus neuroplasty) done on 07/08/2026 together with {64712}.',
    'Caleb had physical therapy from April 2 to June 20 (PT billed as {97110} and {97140}, 19 visits), an EMG/NCS',
    '({95886}, {95910}) on May 2 and a diagnostic sciatic block ({64445}) on May 12. That is more than 6 weeks.',
    'Enclosed: op note of 07/08/2026 with separate exposures for {64712} and {64714}; PT notes; EMG report.',
    'Comment (Jen, CPNI billing): attach the op note; Dr. R documented the plexus work apart from {64712}.',
  ].join('\n'),
});

// ── 9. Good Faith Estimate, OCR text of a phone photo posted in an update ──
const gfeOcr = lines({
  id: 's172-gfeocr',
  kind: 's172-good-faith-estimate-photo-ocr-text',
  before: 'Update #1 · July 21, 2026 — This is the estimate they gave us before surgery (photo). Text from the image:',
  text: [
    'GOOD FAITH ESTIMATE   Mckenzie Falls Medical Center   GFE # [56180]',
    'Patient: Caleb Ortega  DOB 02/17/1988  Fernhollow OR [97448]',
    'Primary service: Neuroplasty sciatic nerve  Scheduled: 07/08/2026',
    'Item  Code    Description                 Qty   Est. charge',
    '1     {64712}  Neuroplasty, sciatic nerve   1     $23,006.00',
    '2     {64714}  Neuroplasty. lumbar plexus   1     $28,004.00',
    '3     {64727}  lnternal neurolysis          1     $4,310.00',
    '4     {64446}  Cont. infusion sciatic nrv   1     $3,065.00',
    'Co-provider (est. separately): Cascade Peripheral Nerve lnst. TIN 93-1447602, Eugene OR [97401]',
    'This GFE is not a contract. Disputes: call 1-800-985-3059 within 120 days of the bill.',
  ].join('\n'),
});

// ── 10. Good Faith Estimate, co-provider grid ──
const gfeGrid = table({
  id: 's172-gfegrid',
  kind: 's172-good-faith-estimate-coprovider-grid',
  caption: 'Good Faith Estimate [56180] — Section B: Co-providers and co-facilities',
  headers: ['Provider', 'NPI', 'Service code', 'Diagnosis', 'Qty', 'Expected charge'],
  rows: [
    ['Cascade Peripheral Nerve Institute', '1497725831', '{64712}', 'G57.01', '1', '$9,850.00'],
    ['Cascade Peripheral Nerve Institute', '1497725831', '{64714}', 'G54.4', '1', '$12,400.00'],
    ['Cascade Peripheral Nerve Institute', '1497725831', '{69990}', '', '1', '$1,450.00'],
    ['Willamette Anesthesia Partners', '1730284196', '{01250}', 'G57.01', '9', '$2,310.00'],
    ['Willamette Anesthesia Partners', '1730284196', '{64446}', 'G89.18', '1', '$1,140.00'],
  ],
});

// ── 11. Patient portal billing account list (MyChart-style) ──
const portalAccounts = lines({
  id: 's172-portalacct',
  kind: 's172-patient-portal-billing-accounts-list',
  before: 'MyMcKenzie — Billing Summary — Guarantor account',
  text: [
    'Guarantor #[64714] (Caleb J Ortega)   Amount due $18,904.22   Pay now · Set up payment plan',
    'Hospital services   Account 4006118832   Surgery 07/08/2026 – 07/10/2026   Balance $16,512.30',
    'Hospital services   Account 4006097114   Outpatient 05/12/2026 nerve block   Balance $2,391.92',
    'Financial assistance application [64445] received 09/02/2026 — balance on hold while under review',
    'Send payments to: MFMC, PO Box [35030], Springfield, OR [97477]-0290   Questions: 541-555-0188',
  ].join('\n'),
});

// ── 12. Itemized bill CSV download opened in the browser ──
const billCsv = lines({
  id: 's172-billcsv',
  kind: 's172-hospital-itemized-bill-csv-download-text',
  before: 'ItemizedStatement_4006118832.csv',
  text: [
    'svc_date,rev_cd,chg_cd,cpt_hcpcs,mod,description,qty,charge_amt',
    '2026-07-08,0360,[31047],{64712},RT,HC NEUROPLASTY MAJOR PERIPH NERVE SCIATIC,1,[23006].00',
    '2026-07-08,0360,[31049],{64714},,HC NEUROPLASTY LUMBAR PLEXUS,1,[28004].00',
    '2026-07-08,0360,[31052],{64727},,HC INTERNAL NEUROLYSIS REQ MICROSCOPE,1,4310.00',
    '2026-07-08,0370,[33029],{01250},,HC ANESTHESIA PROC NERVES UPPER LEG,1,2740.00',
    '2026-07-09,0361,[27036],{64446},RT,HC CONT INFUSION SCIATIC NERVE,1,3065.00',
    '2026-07-08,0120,[10139],,,HC ROOM SEMI-PRIVATE,2,9880.00',
    ',,,,,TOTAL,,[74101].00',
  ].join('\n'),
});

// ── 13. Email from the surgeon's billing office, forwarded by the organizer ──
const surgeonEmail = lines({
  id: 's172-cpniemail',
  kind: 's172-surgeon-billing-office-email-text',
  before: 'Fwd: Your statement — Cascade Peripheral Nerve Institute — from billing@cpni-eugene.example',
  text: [
    'Hi Maren, thanks for calling. Statement [47126] for Caleb shows $23,486.51 patient responsibility.',
    'Your $500.00 payment on 9/1 posted (confirmation [58813]) and is already applied.',
    'Because we are out of network with Cascadia Summit, the plan paid only part of {64712} and {64727}, and',
    'nothing on {64714} or {69990}. We resubmitted {64714} with the op note on 9/4; ref. no. [66108].',
    "We are not part of the hospital's financial assistance program, but we offer a 30% prompt-pay discount on",
    'the {64714} balance if the appeal fails, or a 24-month plan. Mail to CPNI, 1640 Oak St Ste 300, Eugene OR [97401].',
  ].join('\n'),
});

// ── 14. Words of support under the campaign ──
const support = lines({
  id: 's172-support',
  kind: 's172-crowdfunding-words-of-support-list',
  before: 'Words of support (214) · Please donate to share words of support.',
  text: [
    'Dolores Whitt · $100 · 3 d — My husband had the same sciatic surgery ({64712}) at OHSU in 2023. He walks again!',
    'Fernhollow Lions Club (Club [41433]) · $1,000 · 5 d — From all of us at the Lions. Hang in there Caleb.',
    'Trent Abernathy · $50 · 6 d — Tip: ask the hospital for the FAP form. Mine knocked 70% off a {64445} bill.',
    'Anonymous · $25 · 1 wk — I code for a living: {64714} with {64712} same day is legit, keep appealing.',
    'Rotary Club of McKenzie River (Club [21588]) · $500 · 2 wk',
    "Helen Ruiz · $40 · 2 wk — NerveBridge paid $3,000 on my daughter's {64632} injections. Apply for it!",
    'Cody & Bree Hart · $75 · 3 wk — Praying for a fast recovery. Love from Veneta.',
  ].join('\n'),
});

// ── 15. Platform donation receipt email ──
const receipt = lines({
  id: 's172-receipt',
  kind: 's172-crowdfunding-donation-receipt-email-text',
  before: 'Subject: Thank you for your donation to Help Caleb Walk Again — HelpHarbor <receipts@helpharbor.example>',
  text: [
    'Donation receipt #HH-[83014]-2216   Date: September 9, 2026',
    'Donation to: Help Caleb Walk Again (fundraiser [22058]) · Beneficiary: Caleb Ortega',
    'Donation: $250.00   Optional tip to HelpHarbor: $37.50   Total charged: $287.50 Visa ••4412',
    'This donation went to an individual and is not tax-deductible. Keep this receipt for your records.',
    'HelpHarbor, Inc., 800 Bridge Pkwy, PO Box [51032], Redwood City, CA [94062]',
  ].join('\n'),
});

// ── 16. Organizer dashboard: withdrawals / transfers grid ──
const transfers = table({
  id: 's172-transfers',
  kind: 's172-crowdfunding-organizer-transfers-grid',
  caption: 'Dashboard › Withdrawals — Transfers to Caleb Ortega (beneficiary) · Oregon Pacific CU ••••0377',
  headers: ['Transfer ID', 'Initiated', 'Amount', 'Status', 'Arrives'],
  rows: [
    ['TR-[64632]', 'Aug 2, 2026', '$11,208.40', 'Completed', 'Aug 6'],
    ['TR-[68076]', 'Aug 30, 2026', '$14,992.15', 'Completed', 'Sep 3'],
    ['TR-[70229]', 'Sep 27, 2026', '$9,077.80', 'Processing', 'Oct 1'],
  ],
});

// ── 17. Platform support chat transcript ──
const supportChat = lines({
  id: 's172-helpchat',
  kind: 's172-crowdfunding-support-chat-transcript',
  before: 'HelpHarbor Help Center — Chat with us',
  text: [
    'Maren: Hi, the hospital asked if the fundraiser money can be paid to them directly. Ticket #[64712] from last week.',
    'Ava (HelpHarbor): Thanks Maren, I see that ticket. Transfers go only to the organizer or the beneficiary bank.',
    'Maren: ok. Also a donor asked if we can list the procedure codes, {64712} and {64714}, in the story. Allowed?',
    'Ava (HelpHarbor): Yes, you can share bills, but please black out account numbers like 4006118832 first.',
    'Ava (HelpHarbor): Your new case number is [10307]. Anything else I can help with today?',
  ].join('\n'),
});

// ── 18. Platform search results for other nerve-surgery campaigns ──
const searchResults = lines({
  id: 's172-search',
  kind: 's172-crowdfunding-search-results-cards-text',
  before: 'Search fundraisers: "nerve surgery" · Medical · Oregon · Sort: Most relevant',
  text: [
    'Nora\'s fight with hemifacial spasm · Bend, OR · $4,120 raised — "Botox for the facial nerve ({64612}) is only',
    'Walk again, Dad! Sciatic nerve decompression · Salem, OR [97305] · $21,950 raised — "…billed {64712} and',
    'Help Jolene beat Morton\'s neuroma · Medford, OR · $2,780 raised — "…nine alcohol injections (CPT {64632}) at',
    'Ulnar nerve surgery for a single mom · Grants Pass, OR · $3,340 raised — "…the surgeon coded {64718}, my',
    'Brachial plexus repair for Tyler · Portland, OR · $40,305 raised — "…{64713} plus nerve graft, and',
    'Fundraiser [23146] · Coos Bay, OR · $960 raised — "Sciatic block {64445} x3 after my back surgery"',
    "Mom's synkinesis after Bell's palsy · Roseburg, OR · $1,515 raised — \"…Botox {64612} every 12 weeks, plan caps",
    'Cryo for my foot neuroma · Klamath Falls, OR · $655 raised — "…after three {64632} injections did nothing, the',
  ].join('\n'),
});

// ── 19. Church / community benefit flyer, PDF text layer ──
const flyer = lines({
  id: 's172-flyer',
  kind: 's172-church-benefit-flyer-pdf-text',
  before: 'Fernhollow Community Bible Church presents',
  text: [
    'SPAGHETTI FEED · SILENT AUCTION · PIE RAFFLE — for the Caleb Ortega Family',
    'Saturday, September 12, 2026 · 4:00–8:00 PM · Fernhollow Grange Hall #627',
    '[88412] Territorial Hwy, Fernhollow, OR [97448] (next to the fire station)',
    "Adults $12 · Kids under 10 $6 · Take-out available · All proceeds help with Caleb's surgery bills",
    'Can\'t come? Checks to "FCBC Benevolence — Ortega" at PO Box [64445], Fernhollow, OR [97448]-0445',
    'Text-to-give: text ORTEGA to [77040] · Auction donations: call Pastor Dale, 541-555-0121',
  ].join('\n'),
});

// ── 20. Church Sunday bulletin, announcements column ──
const bulletin = lines({
  id: 's172-bulletin',
  kind: 's172-church-sunday-bulletin-announcements-text',
  before: 'FCBC Weekly Bulletin — September 6, 2026 — Announcements & Prayer',
  text: [
    'PRAYER: Caleb Ortega, home after nerve surgery; Jess and the kids; the insurance appeal.',
    'BENEFIT DINNER next Saturday at the Grange, [88412] Territorial Hwy. Sign-up sheet for pies in the foyer.',
    'BENEVOLENCE: Gifts marked "Ortega" go to the family\'s medical bills through the Benevolence Fund, fund no. [10216].',
    'Last week: General $4,212 · Missions $610 · Benevolence $2,935 · Text-to-give [77040] now works for all funds.',
  ].join('\n'),
});

// ── 21. Facebook event page for the benefit ──
const fbEvent = lines({
  id: 's172-fbevent',
  kind: 's172-facebook-event-page-text',
  before: 'Events › Spaghetti Feed & Silent Auction for Caleb',
  text: [
    'SAT, SEP 12, 2026 AT 4 PM – 8 PM PDT',
    'Spaghetti Feed & Silent Auction for Caleb',
    'Fernhollow Grange Hall · [88412] Territorial Hwy, Fernhollow, OR [97448]',
    'Event by Fernhollow Community Bible Church and Fernhollow Lions Club [41433]',
    '187 went · 341 interested · Public · Anyone on or off Facebook',
    "Caleb had sciatic nerve and lumbar plexus surgery ({64712}/{64714}) and insurance won't pay half of it.",
  ].join('\n'),
});

// ── 22. Raffle and auction results post ──
const raffle = lines({
  id: 's172-raffle',
  kind: 's172-benefit-raffle-results-post-text',
  before: 'Fernhollow Community Bible Church · September 13, 2026 · Raffle winners!',
  text: [
    'Pie raffle winners (check your stubs!): ticket [64612] marionberry, ticket [64590] apple, ticket [52309] pecan',
    'Chainsaw raffle (donated by Hollow Saw & Supply): ticket [64713] — claim by 9/30 at the church office',
    'Silent auction: 41 items, high bid was the cord of firewood at $410. Pick up items at the church office.',
    'Total raised last night: $11,870. Thank you Fernhollow!',
  ].join('\n'),
});

// ── 23. Benefit ledger kept by the church treasurer, CSV in a shared sheet ──
const ledgerCsv = lines({
  id: 's172-ledger',
  kind: 's172-benefit-ledger-csv-shared-sheet-text',
  before: 'Ortega Benefit 2026 — Ledger (Google Sheets, File › Download › .csv)',
  text: [
    'date,type,payee_or_source,memo,ref,amount',
    '2026-09-12,income,Door & take-out,spaghetti feed,,3184.00',
    '2026-09-12,income,Silent auction,41 items,,5206.00',
    '2026-09-12,income,Raffles,pie + chainsaw,,3480.00',
    '2026-09-08,expense,Eugene Quick Print,flyers 200 ct,inv [64632],-142.60',
    '2026-09-11,expense,Cascade Foods,pasta/sauce/bread,inv [60192],-611.35',
    '2026-09-14,income,Lions Club [41433],matching gift,chk [24408],1000.00',
    '2026-09-20,income,Online giving page,church website,txn [71146],2210.00',
    '2026-09-15,transfer,Caleb Ortega,benefit proceeds,chk [10307],-[11870].00',
  ].join('\n'),
});

// ── 24. Text messages between organizer and treasurer ──
const texts = lines({
  id: 's172-sms',
  kind: 's172-organizer-treasurer-text-messages',
  before: 'Messages — Bev (FCBC treasurer)',
  text: [
    'Bev: Deposited the benefit money Monday, $11,870 🙏 The Lions check #[24408] for $1,000 came in separately.',
    'Maren: amazing. The hospital FAP lady said send proof of it, they count gifts as income??',
    'Bev: Church check to Caleb will be #[10307]. Is the surgeon bill the {64714} one that got denied?',
    "Maren: yes {64714} lumbar plexus. The {64712} part they paid some. I'll send you the EOB pic",
  ].join('\n'),
});

// ── 25. Church written acknowledgment letter for a donor (IRS-style) ──
const taxLetter = lines({
  id: 's172-taxack',
  kind: 's172-church-donor-tax-acknowledgment-letter-text',
  before: 'Fernhollow Community Bible Church · PO Box 64445 · Fernhollow, OR 97448 · EIN 93-0815521',
  text: [
    'September 18, 2026',
    'Harlan and Bev Voss, 2207 Wagon Rd, Lorane, OR [97451]',
    'Thank you for your gift of $2,500.00 received September 14, 2026 by check #[64712] to the Benevolence Fund.',
    'No goods or services were provided in exchange for this contribution. The church has full control over the',
    'use of Benevolence Fund gifts; gifts designated for a particular person are not deductible.',
    'Fernhollow Community Bible Church, PO Box [64445], Fernhollow, OR [97448] · Receipt no. [50039]',
  ].join('\n'),
});

// ── 26. Hospital financial assistance application, PDF text layer shared by the family ──
const fapApp = lines({
  id: 's172-fapapp',
  kind: 's172-hospital-financial-assistance-application-pdf-text',
  before:
    "Update #5 · September 5, 2026 — Sharing the hospital's financial assistance form in case it helps someone else.",
  text: [
    'McKENZIE FALLS MEDICAL CENTER — FINANCIAL ASSISTANCE APPLICATION (rev. 01/2026)   App. No. [64445]',
    '1. Patient name: Caleb J Ortega   Guarantor no.: [64714]   Hospital account(s): 4006118832, 4006097114',
    '2. Address: 3318 Skinner Creek Rd, Fernhollow, OR  ZIP [97448]   County: Lane',
    '3. Household size: 4   Gross monthly household income: $4,850   Annual: [58200]',
    '4. Employer: Fernhollow Timber Co. (on leave)   Employer ZIP: [97448]   Unemployment/disability: $2,140/mo',
    '5. Describe services: nerve surgery 7/8/26 (codes {64712}, {64714}) and nerve block 5/12/26 ({64445})',
    '6. Other help received: HelpHarbor fundraiser, church benefit, NerveBridge grant (applied 9/4/26)',
  ].join('\n'),
});

// ── 27. Hospital financial assistance determination letter ──
const fapLetter = lines({
  id: 's172-fapletter',
  kind: 's172-hospital-financial-assistance-determination-letter-text',
  before: 'McKenzie Falls Medical Center · Patient Financial Services · PO Box 35030 · Springfield, OR 97477',
  text: [
    'Dear Caleb Ortega: Your financial assistance application no. [64445] has been APPROVED.',
    'Household income of 174% of the Federal Poverty Guidelines qualifies for a 75% discount on eligible accounts.',
    'Account 4006118832 (neuroplasty, CPT {64712}, {64714}): balance $16,512.30 reduced to $4,128.08',
    'Account 4006097114 (sciatic nerve block, CPT {64445}): balance $2,391.92 reduced to $597.98',
    'Physician services by Cascade Peripheral Nerve Institute are not covered by this policy (see provider list [42136]).',
    'Questions: 541-555-0188 · MFMC Patient Financial Services, PO Box [35030], Springfield, OR [97477]',
  ].join('\n'),
});

// ── 28. Nonprofit grant program: eligible procedures page ──
const grantEligible = lines({
  id: 's172-nbelig',
  kind: 's172-nonprofit-grant-eligible-procedures-page-text',
  before: 'NerveBridge Patient Relief Fund › Programs › Peripheral Nerve Surgery Bill Assistance — Who is eligible?',
  text: [
    'Grants of up to $5,000 per household per year toward out-of-pocket costs for these procedures:',
    '• Nerve decompression / neuroplasty: {64708}, {64712}, {64713}, {64714}, {64718}, {64719}, {64721}',
    '• Internal neurolysis add-on {64727} when billed with a covered neuroplasty',
    '• Nerve repair and grafting after injury: {64856}, {64857}, {64892}, {64893}, {64910}, {64911}',
    '• Peripheral nerve blocks for diagnosis or post-op pain: {64445}, {64446}, {64447}, {64448}',
    '• Neurolytic destruction: {64632} (plantar common digital nerve), {64640}',
    '• Chemodenervation of facial nerve muscles, {64612}, for hemifacial spasm (drug cost not included)',
    'Not covered: spinal cord stimulators ({63650}–{63688}), cosmetic procedures, travel.',
  ].join('\n'),
});

// ── 29. Grant program FAQ ──
const grantFaq = lines({
  id: 's172-nbfaq',
  kind: 's172-nonprofit-grant-program-faq-text',
  before: 'Frequently asked questions',
  text: [
    'Q: My bill shows {64712} and {64714} on the same day. Do I apply twice? A: No, one application per surgery date.',
    'Q: Does a nerve block before surgery count ({64445}, {64447})? A: Yes, if it is within 90 days of the surgery.',
    'Q: My statement shows {64712}-59 and {64714}-XS. Is that a problem? A: No, modifiers do not affect eligibility.',
    'Q: Do you pay me or the hospital? A: We pay the provider directly. Include the account number from the statement.',
    'Q: I also have a crowdfunding campaign. Does that count? A: No, but list it on the application.',
    'Q: Where do I mail documents? A: NerveBridge Patient Relief Fund, PO Box [12187], Portland, OR [97201].',
  ].join('\n'),
});

// ── 30. Grant portal application form, review step ──
const grantForm = lines({
  id: 's172-nbform',
  kind: 's172-nonprofit-grant-portal-application-review-form',
  before: 'NerveBridge Grants Portal — Application NB-64612 — Step 4 of 5: Review and submit',
  text: [
    'Applicant ZIP code: [97448]   Household size: 4   Annual household income: $58,200',
    'Procedure date: 07/08/2026   Procedure code(s) (CPT): {64712}, {64714}, {64727}',
    'Related services (optional): {64445} on 05/12/2026, {64446} on 07/09/2026',
    'Diagnosis (ICD-10): G57.01, G54.4   Treating provider NPI: 1497725831',
    'Payee 1: McKenzie Falls Medical Center · account 4006118832 · remit ZIP [97477]',
    'Payee 2: Cascade Peripheral Nerve Institute · statement [47126] · remit ZIP [97401]',
    'Amount requested: $5,000   Insurance plan: Cascadia Summit Health, group [20461]',
  ].join('\n'),
});

// ── 31. Grant portal dashboard, applications grid ──
const grantDash = table({
  id: 's172-nbdash',
  kind: 's172-nonprofit-grant-portal-applications-grid',
  caption: 'My applications — Caleb Ortega',
  headers: ['Application', 'Program', 'Procedure', 'Submitted', 'Status', 'Award'],
  rows: [
    ['NB-[64612]', 'Peripheral Nerve Surgery', '{64712}, {64714}', '09/04/2026', 'Awarded', '$5,000.00'],
    ['NB-[55051]', 'Peripheral Nerve Surgery', '{64445}', '09/04/2026', 'Not eligible (duplicate DOS year)', '—'],
    ['NB-[61066]', 'Travel & Lodging', '—', '09/10/2026', 'Draft', '—'],
  ],
});

// ── 32. Grant portal uploaded documents list ──
const grantDocs = lines({
  id: 's172-nbdocs',
  kind: 's172-nonprofit-grant-portal-uploaded-documents-list',
  before: 'Application NB-64612 › Documents (4)',
  text: [
    'EOB_claim_2026218E[00417].pdf · 212 KB · uploaded 09/04/2026 · Accepted',
    'MFMC_itemized_{64712}_{64714}.pdf · 1.1 MB · uploaded 09/04/2026 · Accepted',
    'FAP_approval_letter.jpg · 840 KB · uploaded 09/21/2026 · Accepted',
    'CPNI_statement_[47126].pdf · 96 KB · uploaded 09/04/2026 · Needs review: page 2 missing',
  ].join('\n'),
});

// ── 33. Grant portal "download my data" JSON ──
const grantJson = lines({
  id: 's172-nbjson',
  kind: 's172-nonprofit-grant-portal-json-export-text',
  before: 'nb_application_export.json',
  text: [
    '{ "application_id": "NB-[64612]", "program": "PNSBA", "status": "awarded",',
    '  "applicant": { "zip": "[97448]", "household_size": 4, "annual_income": [58200] },',
    '  "procedures": [ { "cpt": "{64712}", "dos": "2026-07-08" }, { "cpt": "{64714}", "dos": "2026-07-08" } ],',
    '  "payees": [ { "name": "McKenzie Falls Medical Center", "acct": "4006118832", "zip": "[97477]" } ],',
    '  "award": { "award_no": "2026-[64714]", "amount": 5000.00, "batch": "[53068]" } }',
  ].join('\n'),
});

// ── 34. Grant award letter ──
const awardLetter = lines({
  id: 's172-award',
  kind: 's172-nonprofit-grant-award-letter-text',
  before: 'NerveBridge Patient Relief Fund · PO Box 12187 · Portland, OR 97201 · nervebridge.example',
  text: [
    'September 24, 2026   Award No. 2026-[64714]   Application NB-[64612]',
    'Dear Mr. Ortega: We are pleased to award $5,000.00 toward your July 8, 2026 surgery (CPT {64712}, {64714}).',
    'Payment will be made directly to McKenzie Falls Medical Center, account 4006118832, in payment batch [53068].',
    'This award may not be used for {69990} or any service your plan denied as included in another service.',
    'Please keep this letter; the hospital may ask for it during its financial assistance review.',
  ].join('\n'),
});

// ── 35. Grant program annual report, grants by procedure grid ──
const grantReport = table({
  id: 's172-nbreport',
  kind: 's172-nonprofit-annual-report-grants-by-procedure-grid',
  caption: 'NerveBridge 2025 Annual Report — Grants by procedure (CPT)',
  headers: ['CPT', 'Procedure', 'Grants', 'Households', 'Total awarded'],
  rows: [
    ['{64712}', 'Neuroplasty, sciatic nerve', '38', '38', '$171,420'],
    ['{64714}', 'Neuroplasty, lumbar plexus', '11', '11', '$49,600'],
    ['{64713}', 'Neuroplasty, brachial plexus', '24', '23', '$104,880'],
    ['{64445}', 'Sciatic nerve block', '57', '49', '$62,315'],
    ['{64447}', 'Femoral nerve block', '21', '20', '$15,740'],
    ['{64718}', 'Neuroplasty, ulnar nerve at elbow', '16', '16', '$41,210'],
    ['{64721}', 'Neuroplasty, median nerve at carpal tunnel', '29', '27', '$52,090'],
    ['{64640}', 'Destruction, other peripheral nerve', '8', '8', '$9,615'],
    ['{64632}', 'Destruction, plantar digital nerve', '19', '17', '$18,905'],
    ['{64612}', 'Chemodenervation, facial nerve', '44', '31', '$97,260'],
    ['Total', '', '193', '169', '$504,380'],
  ],
});

// ── 36. Local newspaper story ──
const news = lines({
  id: 's172-news',
  kind: 's172-local-newspaper-story-text',
  before: 'The Lane County Ledger › News › Local › fernhollow-rallies-for-logger',
  text: [
    'thelcledger.example/news/local/[64712]/fernhollow-rallies-for-logger · Updated Sept. 14, 2026',
    'FERNHOLLOW — About 400 people packed the Grange hall on Territorial Highway Saturday for a spaghetti feed',
    'that raised $11,870 for Caleb Ortega, 38, whose insurer refused to pay for half of a July nerve surgery.',
    '"They paid for the sciatic nerve part, code {64712}, and denied the lumbar plexus, {64714}," said his sister.',
    'Billing experts say surgeons often report {64712} and {64714} together when scar tissue involves both nerves.',
    'Cascadia Summit Health said in a statement it could not discuss individual claims. Story no. [31690].',
    'Reach the newsroom at news@thelcledger.example or PO Box [10188], Eugene, OR [97440].',
  ].join('\n'),
});

// ── 37. Facebook post by the organizer, with comments ──
const fbPost = lines({
  id: 's172-fbpost',
  kind: 's172-facebook-post-with-comments-text',
  before: 'Maren Ortega-Lund · September 3 at 9:14 PM · 🌎',
  text: [
    'Insurance denied {64714} (the lumbar plexus part of Caleb\'s surgery) as "not medically necessary." $12,400. 😡',
    'Link to the fundraiser in comments. Please share! #CalebWalksAgain',
    'Comments · Most relevant',
    'Kari Lindqvist: Appeal!! They denied my {64712} too and paid on 2nd level appeal. Ask for the policy number.',
    'Maren Ortega-Lund: @Kari it says policy NRV.[58057]. Writing the appeal tonight.',
    'Doug Petersen: Sent $100. Lorane Grange does benefit dinners too, [80431] Lorane Hwy, Lorane OR [97451]. Ask for Ron.',
    "Trish Olsen: We did a benefit at the Veneta Grange for my dad's {64713} and raised 9k. DM me for auction tips.",
    'Kari Lindqvist: also ask if they applied the {64727} and {69990} rules right, my EOB had N19 too',
  ].join('\n'),
});

// ── 38. Reddit thread in a health insurance community ──
const reddit = lines({
  id: 's172-reddit',
  kind: 's172-reddit-health-insurance-thread-text',
  before: 'r/HealthInsurance · Posted by u/fernhollow_sis · 2 days ago',
  text: [
    'Insurer paid {64712} but denied {64714} same surgery — appeal tips? (Oregon, employer plan)',
    'Body: the surgeon billed {64712}-RT, {64714}, {64727} and {69990}. EOB: {64714} D50, {69990} N19.',
    'u/coder_in_cda · 58 points: {69990} is never separately payable with {64727}, that one is correct. {64714} is',
    'worth fighting; get the policy and show 6+ weeks of PT ({97110}/{97140} dates). Also ask OR DFR for external review.',
    'u/fernhollow_sis · OP: thank you! Policy is NRV.[58057], appeal going out Monday.',
    'u/ortho_pa_pdx · 31 points: {64712} and {64714} are different nerves and usually separate incisions, so no NCCI edit.',
    "The pre-op block {64445} and the post-op catheter {64446} should be on the anesthesia claim, not the surgeon's.",
    "u/fernhollow_sis · OP: edit — the hospital claim had {64727} too and it paid in network, only the surgeon's got N19.",
    'u/billingqueen_503 · 12 points: If the surgeon is OON, check the No Surprises Act too. Was the facility in network?',
  ].join('\n'),
});

// ── 39. X (Twitter) thread ──
const xThread = lines({
  id: 's172-xthread',
  kind: 's172-x-thread-posts-text',
  before: 'Post · @MarenOLund',
  text: [
    '1/ My brother needed 2 nerve surgeries in one day. The plan paid part of CPT {64712} and $0 for {64714}. 🧵',
    '2/ Test block beforehand: {64445}, $2,184 hospital + $1,260 doctor. That one was in network, mostly paid.',
    '3/ Hospital took 75% off through financial assistance. Surgeon is OON, not covered. Bill: $23,486.51',
    '4/ If you can, the fundraiser link is in my bio 🙏 · 41 reposts · 9 quotes · 212 likes',
    'Reply @pnwcoder: check that {64714} went out with its own dx (G54.4) and not just the sciatic one.',
    'Reply @ruralhealthRN: Had a patient last year with the same {64714} denial, won on appeal with PT notes.',
  ].join('\n'),
});

// ── 40. Instagram caption and comments ──
const insta = lines({
  id: 's172-insta',
  kind: 's172-instagram-caption-and-comments-text',
  before: 'jess.ortega.fernhollow · Fernhollow Grange Hall',
  text: [
    'First steps without the walker!! 6 weeks post op from sciatic + lumbar plexus neurolysis 💪 #nervesurgery',
    'Link in bio for the fundraiser. Insurance still fighting us on {64714} 🙄',
    'pnw_nurse_jo: so proud of him!! my {64712} recovery took 4 months, it gets better',
    "hollowsawsupply: Chainsaw raffle winner was ticket [64713], come grab it Caleb's cousin 😂",
  ].join('\n'),
});

// ── 41. Nextdoor post ──
const nextdoor = lines({
  id: 's172-nextdoor',
  kind: 's172-nextdoor-neighborhood-post-text',
  before: 'Nextdoor · Fernhollow / Lorane Valley · Posted in General',
  text: [
    'Benefit dinner for the Ortega family this Saturday at the Grange, [88412] Territorial Hwy. Pies needed!',
    'Bev V. (Lorane [97451]): our church is collecting too, drop checks at the office, memo "Ortega".',
    "Rick S. (Crow [97413]): Will there be take-out? Can't stay long, have to feed stock.",
    'Dana M. (Fernhollow): If anyone knows billing, their denial is for {64714}, message Maren.',
  ].join('\n'),
});

// ── 42. Caring-page journal entry ──
const journal = lines({
  id: 's172-journal',
  kind: 's172-caring-page-journal-entry-text',
  before: 'CaringPage › Caleb Ortega › Journal · October 6, 2026 · Written by Jess Ortega',
  text: [
    'Good news first: the appeal worked! Cascadia reprocessed {64714} and paid it at the out-of-network rate.',
    'CPNI wrote off the {69990} line since it was bundled with {64727} anyway. Surgeon balance now $8,940.',
    'The NerveBridge grant ($5,000) went to the hospital, so that account is paid in full.',
    'Caleb starts PT again Monday ({97110} twice a week) and his follow-up with Dr. Raghavan is {99214} on the 20th.',
    'EMG recheck ({95886} with {95911}) is in December. Fingers crossed for more feeling in his foot.',
    'Thank you, Fernhollow. We are closing the fundraiser at $41,062. ❤️',
  ].join('\n'),
});

// ── 43. Hospital patient price estimator results, grid (shared in the Facebook group) ──
const priceEstimator = table({
  id: 's172-estimator',
  kind: 's172-hospital-price-estimator-results-grid',
  caption: 'McKenzie Falls Patient Price Estimator — Results for "nerve" — self-pay and insured estimates',
  headers: ['CPT®', 'Service', 'Location', 'Gross charge', 'Self-pay price', 'Your estimate*'],
  rows: [
    ['{64445}', 'Sciatic nerve block, single', 'MFMC Pain Clinic, Eugene OR [97402]', '$2,184', '$1,092', '$640'],
    ['{64447}', 'Femoral nerve block, single', 'MFMC Pain Clinic, Eugene OR [97402]', '$2,050', '$1,025', '$610'],
    [
      '{64632}',
      'Destruction, plantar digital nerve',
      'MFMC Foot & Ankle, Springfield OR [97477]',
      '$1,340',
      '$670',
      '$402',
    ],
    ['{64612}', 'Chemodenervation, facial nerve', 'MFMC Neurology, Springfield OR [97477]', '$1,890', '$945', '$515'],
    ['{64712}', 'Neuroplasty, sciatic nerve', 'MFMC Main OR, Springfield OR [97477]', '$23,006', '$11,503', '$4,500'],
    ['{64714}', 'Neuroplasty, lumbar plexus', 'MFMC Main OR, Springfield OR [97477]', '$28,004', '$14,002', '$4,500'],
    ['{64718}', 'Ulnar nerve release at elbow', 'MFMC Surgery Center, Eugene OR [97402]', '$7,180', '$3,590', '$1,310'],
    ['{64721}', 'Carpal tunnel release', 'MFMC Surgery Center, Eugene OR [97402]', '$6,420', '$3,210', '$1,180'],
    ['{95910}', 'Nerve conduction studies, 7–8', 'MFMC Neurology, Springfield OR [97477]', '$1,560', '$780', '$390'],
  ],
});

// ── 44. Insurer member portal claims list, grid ──
const memberClaims = table({
  id: 's172-claimslist',
  kind: 's172-insurer-member-portal-claims-list-grid',
  caption: 'Cascadia Summit Health — My Claims — Caleb J Ortega — 2026 — Filter: all providers',
  headers: ['Claim', 'Service date', 'Provider', 'Services', 'Billed', 'Status'],
  rows: [
    ['2026133E[01986]', '05/02/2026', 'Willamette Neurology', '{95886}, {95910}', '$1,980.00', 'Processed'],
    ['2026137E[02244]', '05/12/2026', 'McKenzie Falls Medical Ctr', '{64445}, {76942}', '$3,096.00', 'Processed'],
    ['2026137E[03117]', '05/12/2026', 'Cascade Peripheral Nerve Inst', '{64445}', '$1,260.00', 'Processed'],
    [
      '2026190E[06631]',
      '07/08/2026',
      'McKenzie Falls Medical Ctr',
      '{64712}, {64714}, {64727}, {64446} …',
      '$74,101.00',
      'Processed',
    ],
    [
      '2026218E[00417]',
      '07/08/2026',
      'Cascade Peripheral Nerve Inst',
      '{64712}, {64714}, {64727}, {69990}',
      '$25,800.00',
      'Denied in part',
    ],
    ['2026192E[04472]', '07/08/2026', 'Willamette Anesthesia Partners', '{01250}', '$2,310.00', 'Processed'],
    ['2026277E[00391]', '10/02/2026', 'Cascade Peripheral Nerve Inst', '{64714}', '$12,400.00', 'Reprocessed – appeal'],
  ],
});

export const sealed172: readonly Snippet[] = [
  ...campaignHeader,
  ...campaignStory,
  ...updateBill,
  ...portalItemized,
  ...updateEob,
  ...eobGrid,
  ...denial,
  ...appealDraft,
  ...gfeOcr,
  ...gfeGrid,
  ...portalAccounts,
  ...billCsv,
  ...surgeonEmail,
  ...support,
  ...receipt,
  ...transfers,
  ...supportChat,
  ...searchResults,
  ...flyer,
  ...bulletin,
  ...fbEvent,
  ...raffle,
  ...ledgerCsv,
  ...texts,
  ...taxLetter,
  ...fapApp,
  ...fapLetter,
  ...grantEligible,
  ...grantFaq,
  ...grantForm,
  ...grantDash,
  ...grantDocs,
  ...grantJson,
  ...awardLetter,
  ...grantReport,
  ...news,
  ...fbPost,
  ...reddit,
  ...xThread,
  ...insta,
  ...nextdoor,
  ...journal,
  ...priceEstimator,
  ...memberClaims,
];
