import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 59 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s59-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too. About a third of the decoys are numbers of the synthetic 10,000-code set (KNOWN_10K) used as
 * MRNs, case, request, package, claim and photo ids, ZIPs, lots, REF numbers and pump/probe serials. The five known
 * codes' digits come back as decoys: a reviewer callback reference, two PO boxes, implant lot numbers and OR cost
 * centers.
 *
 * Family: hand, upper-extremity, plastic and reconstructive surgery practices around peripheral nerves: nerve repair
 * and neurolysis op notes (allograft and conduit repairs, sciatic neuroplasty in a lower-limb reconstruction, lumbar
 * plexus neuroplasty after a pelvic tumour resection), a facial synkinesis and reanimation clinic (chemodenervation
 * with EMG guidance, 15840–15845), a hand therapy referral, a cosmetic vs reconstructive self-pay quote and statement,
 * an OR booking request with block requests, a microsurgery case log, a prior-auth request and determination with
 * photograph ids, a breast reconstruction / lymphedema tracker, a flap check flowsheet, a wound clinic claim, a
 * payer's cosmetic-vs-reconstructive policy, an 835 remit, an EOB, a denial worklist, an EMG report, an HL7 order, a
 * case-costing JSON export and a coder query, plus the decoy-only pages around them: implant and mesh inventory,
 * photo gallery ids, practice locations, a supply PO, a compression garment order and OR utilization.
 * Built on real public layouts: CMS-1500 item 24 (24A–24J), a payer medical policy's coding section, an op note
 * template (pre-op diagnosis, procedures, implants, tourniquet, counts), X12 835 CLP/SVC/CAS/LQ segments and HL7 v2
 * ORM PID/ORC/OBR. The others are written the way those pages read, with no single source.
 *
 * 330 labelled tokens over 35 shapes: 134 codes, 196 decoys, 68 of the decoys in KNOWN_10K.
 */

// ── 1. Nerve repair op note (op note template), text layer ──
const opNerve = lines({
  id: 's59-opnerve',
  kind: 's59-nerve-repair-op-note-text',
  before: 'OPERATIVE REPORT — Hand & Upper Extremity Service — Riverbend Surgical Pavilion',
  text: [
    'MRN [40281]   Encounter [88595]   Date of surgery 09/17/2025   Surgeon: P. Lindqvist MD',
    'Preoperative diagnosis: laceration right volar wrist with median nerve and FCR tendon injury.',
    'Procedures: 1. Suture of median nerve, motor branch, at wrist ({64835}). 2. Nerve allograft, first strand ({64912}).',
    '3. Operating microscope ({64727}); 4. Flexor tendon repair FCR {25260}.',
    'Allograft: processed nerve 2–3 mm x 50 mm, REF [47759], lot [61974]-B, exp 2027-03.',
    'Tourniquet 96 min at 250 mmHg. Instrument tray [00851] returned to SPD. Counts correct x2.',
    'Regional by anesthesia: supraclavicular brachial plexus block {64415}, ultrasound guided, see separate note.',
  ].join('\n'),
});

// ── 2. Sciatic neuroplasty in lower-limb reconstruction, op note ──
const opSciatic = lines({
  id: 's59-opsciatic',
  kind: 's59-lower-limb-recon-op-note-text',
  before: 'OPERATIVE NOTE — Plastic & Reconstructive Surgery — limb salvage, left thigh',
  text: [
    'Patient acct [72098]; referring ortho oncology, Dr. Aziz. Case # [23980].',
    'Procedure: neuroplasty of the left sciatic nerve ({64712}) through scarred posterior thigh bed,',
    'free anterolateral thigh flap ({15757}) to posterior thigh defect, split-thickness skin graft to donor site {15100}.',
    'The sciatic nerve was freed from dense scar over 14 cm; external neurolysis only, coded {64712}-LT.',
    'Flap vessels: descending branch LCFA to profunda perforator; ischemia time 48 min.',
    'Flap monitor probe serial [35261]; Doppler console port 2.',
    'Post-op: popliteal sciatic catheter not placed; single-shot {64445} by anesthesia for the distal graft site.',
  ].join('\n'),
});

// ── 3. Lumbar plexus neurolysis after pelvic tumour resection, op note addendum ──
const opPlexus = lines({
  id: 's59-opplexus',
  kind: 's59-pelvic-resection-plexus-addendum-text',
  before: 'ADDENDUM — Plastic surgery portion of combined case (Ortho Oncology / Plastics)',
  text: [
    'Combined case [51011] with orthopaedic oncology; internal hemipelvectomy performed by Dr. Okafor (separate report).',
    'Plastics portion: neuroplasty, lumbar plexus ({64714}), femoral and obturator components freed from tumour bed.',
    'Rectus abdominis myocutaneous flap to pelvic dead space {15734}; mesh reinforcement of abdominal wall.',
    'Mesh: biologic 20 x 30 cm, REF [44793], lot [10217]. Pathology accession S25-[34373].',
    'Coding note: bill {64714} once even though both femoral and obturator roots were addressed.',
  ].join('\n'),
});

// ── 4. Microsurgery case log, table ──
const caseLog = table({
  id: 's59-caselog',
  kind: 's59-microsurgery-case-log-grid',
  caption: 'Microsurgery Case Log — Fellowship year 2025–26 — M. Duarte, MD',
  headers: ['Case #', 'Date', 'Procedure', 'CPT', 'Role', 'Ischemia (min)', 'Outcome'],
  rows: [
    ['[26858]', '07/08/2025', 'Free ALT to foot', '{15757}', 'Primary', '62', 'Flap survived'],
    ['[26863]', '07/14/2025', 'DIEP free flap, unilateral', '{19364}', 'Assist', '71', 'Flap survived'],
    ['[26871]', '07/22/2025', 'Sciatic neurolysis, limb salvage', '{64712}', 'Primary', '—', 'Improved motor'],
    ['[26874]', '08/05/2025', 'Digital nerve repair x2', '{64831}, {64832}', 'Primary', '—', 'Pending'],
    ['[26880]', '08/19/2025', 'Gracilis free muscle, smile', '{15842}', 'Co-surgeon', '55', 'Early excursion'],
    ['[26885]', '09/02/2025', 'Lumbar plexus neuroplasty', '{64714}', 'Assist', '—', 'Stable'],
    ['[26890]', '09/16/2025', 'Lymph node transfer to wrist', '{38999}', 'Primary', '44', 'Flap survived'],
  ],
});

// ── 5. Facial synkinesis chemodenervation log, table ──
const synkLog = table({
  id: 's59-synklog',
  kind: 's59-facial-synkinesis-injection-log-grid',
  caption: 'Facial Nerve Center — synkinesis injection log — onabotulinumtoxinA',
  headers: ['Pt', 'Visit', 'Proc', 'EMG guide', 'Units', 'Toxin lot', 'Next due'],
  rows: [
    ['R.H.', '10/02', '{64612}', '{95874}', '42', '[05596]', '01/02'],
    ['J.M.', '10/02', '{64612}-50', 'none', '60', '[55401]', '01/06'],
    ['D.T.', '10/09', '{64612}', '{95874}', '35', '[55401]', '01/09'],
    ['K.O.', '10/16', '{64612}-LT', 'none', '28', '[58280]', '01/16'],
    ['A.P.', '10/23', '{64612}', '{95874}', '50', '[58280]', '01/23'],
  ],
});

// ── 6. Facial reanimation clinic note, text ──
const reanNote = lines({
  id: 's59-reannote',
  kind: 's59-facial-reanimation-clinic-note-text',
  before: 'Facial Reanimation Clinic — follow-up note',
  text: [
    'Chart [17725]. 41F, left facial palsy after acoustic neuroma resection 2022; eFACE 58.',
    'Plan A: staged cross-face nerve graft then free gracilis ({15842}); Plan B: temporalis transfer ({15845}).',
    'Static sling with fascia lata discussed ({15840}) for oral commissure if she declines microsurgery.',
    'Synkinesis today: chemodenervation of facial muscles, left, 24 units billed {64612}-LT with {95874}.',
    'Photos taken: set [46932] (rest, smile, pucker, eye closure). Next visit 12 weeks.',
  ].join('\n'),
});

// ── 7. Hand therapy referral (order form), text ──
const htReferral = lines({
  id: 's59-htref',
  kind: 's59-hand-therapy-referral-form-text',
  before: 'REFERRAL TO HAND THERAPY — Certified Hand Therapist (CHT) — Eastgate Hand Center',
  text: [
    'Patient: Olsen, Brit   DOB 02/11/1979   Ins ID W-[62634]-4410   Referral # [12432]',
    'Surgery: ulnar nerve decompression at elbow {64718} and carpal tunnel release {64721}, 10/01/2025.',
    'Orders: OT evaluation moderate complexity {97166}; therapeutic exercise {97110}; orthotic fitting {97760}.',
    'Frequency 2x/week x 6 weeks (12 visits). Sensory re-education; desensitisation.',
    'Send notes to fax line ext [31464]. Clinic: 880 Harbor Way, Suite 2, Port Ellery, ME [04020].',
  ].join('\n'),
});

// ── 8. Cosmetic vs reconstructive estimate (self-pay quote with package numbers), table ──
const quote = table({
  id: 's59-quote',
  kind: 's59-plastic-self-pay-quote-grid',
  caption: 'Estimate of Charges — Bellwether Plastic Surgery — Quote Q-2025-[77122] — valid 90 days',
  headers: ['Pkg', 'Description', 'Code', 'Insurance?', 'Fee'],
  rows: [
    ['[30012]', 'Breast augmentation, silicone', '{19325}', 'Self-pay', '$8,400'],
    ['[30017]', 'Abdominoplasty with muscle repair', '{15830}', 'Self-pay', '$9,950'],
    ['[30022]', 'Upper blepharoplasty (functional if VF loss)', '{15823}', 'Maybe — VF test', '$3,100'],
    ['[30031]', 'Facial nerve chemodenervation (synkinesis)', '{64612}', 'Yes — reconstructive', '—'],
    ['[30038]', 'Facility & anesthesia bundle', '[14811]', 'Self-pay', '2850.00'],
  ],
});

// ── 9. Quote fine print (text) ──
const quoteTerms = lines({
  id: 's59-quoteterms',
  kind: 's59-self-pay-quote-terms-text',
  before: 'Terms of this estimate',
  text: [
    'Package [30031] is billed to your insurer under CPT {64612}; all other packages are cosmetic and self-pay.',
    'Deposit of 25% due at booking; balance 14 days before surgery. Financing plan [20345] via CareLine.',
    'Revision within 12 months: surgeon fee waived; facility fee bundle [14811] applies.',
    'Questions: patient coordinator, extension [68828].',
  ].join('\n'),
});

// ── 10. Surgical scheduling request with block requests, table ──
const schedReq = table({
  id: 's59-sched',
  kind: 's59-or-scheduling-request-block-grid',
  caption: 'OR Booking Request — Hand/Plastics — Week of 11/17/2025',
  headers: ['Req #', 'Patient', 'Primary procedure', 'Anesthesia block', 'Laterality', 'Est. min', 'Room'],
  rows: [
    ['[41060]', 'Baird, N.', 'CTR {64721}', 'Axillary {64417}', 'RT', '45', 'OR 6'],
    ['[41070]', 'Cho, L.', 'Morton neuroma ablation {64632}', 'Popliteal {64445}', 'LT', '40', 'OR 6'],
    ['[41077]', 'Dunn, E.', 'Tibial nerve decompression {64704}', 'Popliteal sciatic {64445}', 'RT', '90', 'OR 7'],
    ['[41081]', 'Ferris, A.', 'Cubital tunnel {64718}', 'Supraclavicular {64415}', 'LT', '60', 'OR 6'],
    ['[41084]', 'Gomez, R.', 'Sciatic neuroplasty {64712}', 'Continuous popliteal {64446}', 'RT', '150', 'OR 9'],
  ],
});

// ── 11. Block request free text (anesthesia pre-op message) ──
const blockMsg = lines({
  id: 's59-blockmsg',
  kind: 's59-anesthesia-block-request-message-text',
  before: 'Message to Regional Anesthesia pool — from Plastics scheduler',
  text: [
    'Cho, L. (MRN [56732]) — please plan popliteal sciatic block as single shot: {64445}.',
    'Dunn, E. — surgeon asks for {64445} plus saphenous; saphenous is a separate line ({64447} is femoral, not needed).',
    'Baird, N. — axillary ({64417}) preferred over supraclavicular given COPD.',
    'Call back number 555-[01655]; pager [43930].',
  ].join('\n'),
});

// ── 12. Prior authorization for reconstruction (with photograph ids), text ──
const priorAuth = lines({
  id: 's59-pa',
  kind: 's59-reconstruction-prior-auth-request-text',
  before: 'PRIOR AUTHORIZATION REQUEST — Reconstructive Surgery — fax cover + clinical summary',
  text: [
    'Member ID: XQM[83277]-0912-01   Group [75611]   Request # PA-[49499]',
    'Requested services: CPT {15830} panniculectomy; CPT {64712} sciatic neuroplasty (staged); CPT {15757}.',
    'Diagnosis: L98.7 excess skin; G57.02 lesion of sciatic nerve, left.',
    'Photographs enclosed: IMG_[38171], IMG_[38172], IMG_[38174] (frontal, lateral, intertrigo close-up).',
    'Rendering: Bellwether Plastic Surgery, NPI on file; facility ZIP [27855].',
    'Urgency: standard. Reviewer callback: 800-555-0100 option 3, ref [64714].',
  ].join('\n'),
});

// ── 13. Prior auth determination letter (payer), text ──
const paLetter = lines({
  id: 's59-paletter',
  kind: 's59-prior-auth-determination-letter-text',
  before: 'Notice of Determination — Utilization Management',
  text: [
    'Reference number [93234]. Dear Provider: we reviewed your request dated 10/14/2025.',
    'APPROVED: {64712} neuroplasty, major peripheral nerve, sciatic — 1 unit, valid 10/20/2025–01/18/2026.',
    'DENIED: {15830} — photographs [38171] and [38172] do not show the panniculus hanging below the pubis.',
    'PENDED: {15757} pending flap-site documentation.',
    'Appeal within 180 days to PO Box [64632], Columbus OH [43175].',
  ].join('\n'),
});

// ── 14. Breast reconstruction / lymphedema tracker, table ──
const breastTracker = table({
  id: 's59-brtrack',
  kind: 's59-breast-recon-lymphedema-tracker-grid',
  caption: 'Breast Reconstruction & Lymphedema Surgery Tracker — navigator view',
  headers: ['Pt ID', 'Stage', 'Done', 'Next', 'L-Dex', 'Expander fill (cc)', 'Notes'],
  rows: [
    ['[59708]', 'Expander', '{19357}', '{19342}', '6.1', '420', 'Radiation done 08/2025'],
    ['[59711]', 'DIEP', '{19364}', '{19380}', '11.4', '—', 'LVA planned {38999}'],
    ['[59714]', 'Nipple', '{19350}', 'Tattoo {11921}', '2.0', '—', 'Tattoo vendor acct [12430]'],
    ['[59720]', 'Lymphedema', 'VLNT {38999}', 'CDT x 12', '14.8', '—', 'Sleeve order [65070]'],
  ],
});

// ── 15. Wound / flap check flowsheet, table ──
const flapFlow = table({
  id: 's59-flapflow',
  kind: 's59-flap-check-flowsheet-grid',
  caption: 'Flap Checks q1h x 24h then q2h — Bed 4N-12 — Doppler probe [35261]',
  headers: ['Time', 'Color', 'Cap refill', 'Doppler', 'Temp °C', 'Drain (mL)', 'RN', 'Pump ID'],
  rows: [
    ['0800', 'Pink', '<2 s', 'Arterial + venous', '34.2', '30', 'KT', '[86347]'],
    ['0900', 'Pink', '<2 s', 'Arterial + venous', '34.0', '20', 'KT', '[86347]'],
    ['1000', 'Pink', '2 s', 'Arterial +', '33.6', '15', 'LM', '[86347]'],
    ['1200', 'Congested?', '1 s', 'Venous weak', '32.9', '45', 'LM', '[87110] swapped'],
  ],
});

// ── 16. Wound clinic charge lines (CMS-1500 item 24 style), table ──
const woundClaim = table({
  id: 's59-woundclaim',
  kind: 's59-wound-flap-clinic-cms1500-lines',
  caption: 'CMS-1500 — 24A–24J — Wound & Flap Clinic — Patient acct [53029]',
  headers: ['24A DOS', '24B POS', '24D CPT/HCPCS', 'Modifier', '24E Dx ptr', '24F Charges', '24G Units', '24J NPI'],
  rows: [
    ['10/06/25', '11', '{97597}', '', 'A', '210 00', '1', '1487662093'],
    ['10/06/25', '11', '{97605}', '', 'A', '145 00', '1', '1487662093'],
    ['10/13/25', '11', '{11042}', '', 'A', '295 00', '1', '1487662093'],
    ['10/13/25', '11', '{64612}', 'LT', 'B', '410 00', '1', '1487662093'],
    ['10/13/25', '11', '{95874}', '', 'B', '160 00', '1', '1487662093'],
    ['10/20/25', '11', '{99213}', '25', 'A', '135 00', '1', '1487662093'],
  ],
});

// ── 17. Payer cosmetic-vs-reconstructive policy excerpt (coding section), text ──
const policy = lines({
  id: 's59-policy',
  kind: 's59-payer-cosmetic-reconstructive-policy-coding-text',
  before: 'Medical Policy MP-21038: Cosmetic and Reconstructive Surgery — Coding Information',
  text: [
    'CPT codes covered when criteria are met:',
    '{15830} Excision, excessive skin and subcutaneous tissue; abdomen, infraumbilical panniculectomy',
    '{15840} Graft for facial nerve paralysis; free fascia graft',
    '{15845} Graft for facial nerve paralysis; regional muscle transfer',
    '{64612} Chemodenervation of muscle(s); muscle(s) innervated by facial nerve, unilateral',
    'CPT codes considered cosmetic: {15847}, {15877}, {19325}, {15828}.',
    'Note: {64612} for synkinesis after facial palsy is reconstructive; for glabellar lines it is cosmetic (not covered).',
    'Policy history: reviewed 03/2025; replaces MP-[21031] and bulletin [08539].',
  ].join('\n'),
});

// ── 18. Payer policy code table, vague headers ──
const policyTable = table({
  id: 's59-poltab',
  kind: 's59-payer-policy-code-table-vague',
  caption: 'Appendix A — Reconstructive procedures requiring photographs',
  headers: ['Item', 'Code', 'Value', 'Ref'],
  rows: [
    ['1', '{15823}', 'Visual field with taping', 'Sec. 4.2'],
    ['2', '{19318}', 'Schnur scale grams', 'Sec. 4.3'],
    ['3', '{64712}', 'EMG/NCS within 12 months', 'Sec. 5.1'],
    ['4', '{64714}', 'Imaging of plexus', 'Sec. 5.1'],
    ['5', '{64632}', 'Failed 3 injections', 'Sec. 5.4'],
    ['6', 'Photo set', '[90298]', 'Sec. 6'],
  ],
});

// ── 19. 835 remittance (X12), text ──
const remit = lines({
  id: 's59-835',
  kind: 's59-x12-835-plastics-remit-text',
  before: 'ERA 835 — raw segments — check EFT 97603',
  text: [
    'CLP*[53785]*1*1840*912.4**12*[25550]*11~',
    'SVC*HC:{64712}:LT*1250*688.2**1~',
    'CAS*CO*45*561.8~',
    'SVC*HC:{64445}*240*112.1**1~',
    'SVC*HC:{64612}:RT*410*0**1~',
    'CAS*CO*50*410~',
    'LQ*HE*N[46270]~',
    'N4*SPRINGVALE*IL*[62634]~',
  ].join('\n'),
});

// ── 20. EOB (member), table ──
const eob = table({
  id: 's59-eob',
  kind: 's59-member-eob-plastics-grid',
  caption: 'Explanation of Benefits — Claim [71408] — Member W-[62634]',
  headers: ['Service', 'Procedure code', 'Billed', 'Allowed', 'You owe', 'Remark'],
  rows: [
    ['Nerve repair', '{64714}', '$2,150.00', '$1,104.22', '$220.84', '—'],
    ['Muscle flap', '{15734}', '$3,400.00', '$1,790.00', '$358.00', '—'],
    ['Chemodenervation', '{64612}', '$410.00', '$0.00', '$410.00', 'Cosmetic — see N246'],
    ['Office visit', '{99214}', '$210.00', '$128.40', '$25.00', 'Copay'],
  ],
});

// ── 21. Denial worklist with notes, table ──
const denials = table({
  id: 's59-denials',
  kind: 's59-denial-worklist-notes-grid',
  caption: 'Denials Worklist — Plastics & Hand — aging > 30 days',
  headers: ['Claim', 'DOS', 'Line', 'CARC', 'Work note'],
  rows: [
    ['[74927]', '08/12/25', '{64632}', 'CO-97', 'Bundled with {28080}? appeal — different interspace'],
    ['[74931]', '08/19/25', '{64445}', 'CO-4', 'Needs modifier 59; block by anesthesia not surgeon'],
    ['[74940]', '09/03/25', '{64712}', 'CO-197', 'Auth [93234] covers it — resubmit with auth no.'],
    ['[74952]', '09/10/25', '{64910}', 'CO-16', 'Conduit invoice REF [22385] requested'],
    ['[74960]', '09/24/25', '{64714}', 'CO-50', 'Med necessity — send op note; plexus scar on MRI'],
  ],
});

// ── 22. Implant and mesh inventory (decoy-only), table ──
const inventory = table({
  id: 's59-inv',
  kind: 's59-implant-mesh-inventory-grid',
  caption: 'Implant & Mesh Inventory — Plastics core — cycle count',
  headers: ['Item', 'REF', 'Lot', 'Qty', 'Bin', 'Vendor #'],
  rows: [
    ['Smooth round implant 350cc', '[35022]', '[79854]', '4', 'B-12', '[80752]'],
    ['Tissue expander 550cc', '[36648]', '[81628]', '3', 'B-14', '[80752]'],
    ['Biologic mesh 16x20', '[44793]', '[10217]', '2', 'C-02', '[82579]'],
    ['Nerve conduit 4mm', '[22385]', '[64445]', '6', 'N-01', '[84028]'],
    ['Nerve allograft 50mm', '[47759]', '[61974]', '5', 'N-02', '[84724]'],
    ['Nerve cap 3mm', '[22391]', '[64712]', '4', 'N-03', '[84028]'],
  ],
});

// ── 23. Before/after photo gallery ids (decoy-only), text ──
const gallery = lines({
  id: 's59-gallery',
  kind: 's59-clinic-photo-gallery-ids-text',
  before: 'Patient Photo Gallery — consent on file — view only',
  text: [
    'Album [38171]: pre-op frontal — 10/01/2025',
    'Album [38172]: pre-op lateral left — 10/01/2025',
    'Album [46932]: facial palsy series (rest/smile/pucker) — 09/12/2025',
    'Album [64614]: 6-month post-op smile — 03/2025',
    'Export batch [90927] to PA packet; watermark [91747].',
  ].join('\n'),
});

// ── 24. Locations with ZIPs (decoy-only), table ──
const locations = table({
  id: 's59-locs',
  kind: 's59-practice-locations-zip-grid',
  caption: 'Our locations — Bellwether Plastic & Hand Surgery',
  headers: ['Office', 'Address', 'City', 'ZIP', 'Phone'],
  rows: [
    ['Harbor', '880 Harbor Way, Suite 2', 'Port Ellery, ME', '[04020]', '207-555-0142'],
    ['Quarry Hill', '14 Quarry Rd', 'Stonemill, NH', '[03188]', '603-555-0119'],
    ['Lakeside', '2 Lakeshore Ct', 'Wendmere, VT', '[05596]', '802-555-0190'],
    ['Mill Pond', 'PO Box [64612]', 'Bridgeford, MA', '[01655]', '978-555-0107'],
  ],
});

// ── 25. Morton neuroma / digital nerve note (foot and ankle partner), text ──
const mortonNote = lines({
  id: 's59-morton',
  kind: 's59-interdigital-neuroma-procedure-note-text',
  before: 'Procedure Note — Foot & Ankle — chemical neurolysis series',
  text: [
    'Third interspace neuroma, left. Injection #3 of 3 (alcohol 4%). Prior: 08/04, 08/25.',
    'Destruction by neurolytic agent, plantar common digital nerve: {64632}-LT x1.',
    'If no relief: excision of neuroma {28080} or cryoablation (also reported as {64632}).',
    'Vial lot [17028], NDC 0409-[48533]-01 not used; pharmacy compounding batch [18697].',
    'Patient home ZIP [29200]; transportation voucher [19540].',
  ].join('\n'),
});

// ── 26. NCS/EMG report summary, text ──
const emgReport = lines({
  id: 's59-emg',
  kind: 's59-ncs-emg-report-summary-text',
  before: 'Electrodiagnostic Report — EMG Lab — study 66610',
  text: [
    'Studies performed: NCS 5–6 studies {95909}; needle EMG one extremity {95886}.',
    'Median distal motor latency 6.8 ms (ref < 4.4). Ulnar across elbow slowing to 38 m/s.',
    'Impression: severe median neuropathy at wrist; moderate ulnar neuropathy at elbow.',
    'Referred for surgery: carpal tunnel release ({64721}) and cubital tunnel decompression ({64718}).',
    'Machine serial [67328]; temperature 32.4 °C.',
  ].join('\n'),
});

// ── 27. HL7 surgical order (ORM), text ──
const hl7 = lines({
  id: 's59-hl7',
  kind: 's59-hl7-orm-surgical-order-text',
  before: 'Interface engine — message viewer — ORM^O01',
  text: [
    'PID|1||[69555]^^^RBSP^MR||HALVERSEN^INGRID||19710304|F|||22 Fjord Ln^^Nordby^WA^[98315]',
    'ORC|NW|[73509]|||SC',
    'OBR|1|[73509]||{64714}^NEUROPLASTY LUMBAR PLEXUS^CPT4|||20251121',
    'OBR|2|[73510]||{15734}^MUSCLE FLAP TRUNK^CPT4|||20251121',
    'NTE|1||Pre-op clearance ref [74191]',
  ].join('\n'),
});

// ── 28. Case-costing JSON export, text ──
const jsonExport = lines({
  id: 's59-json',
  kind: 's59-case-costing-json-export-text',
  before: 'GET /api/v2/cases/76302/costing — response body',
  text: [
    '{ "caseId": [76302], "facilityZip": "[77753]",',
    '  "procedures": [ { "cpt": "{64712}", "mod": ["RT"] }, { "cpt": "{15738}", "mod": [] } ],',
    '  "supplies": [ { "itemNo": "[78298]", "qty": 2 }, { "itemNo": "[79100]", "qty": 1 } ],',
    '  "blocks": [ { "cpt": "{64445}", "by": "anesthesia" } ], "cdm": "[33700]" }',
  ].join('\n'),
});

// ── 29. Coder query to surgeon, text ──
const query = lines({
  id: 's59-query',
  kind: 's59-coder-query-to-surgeon-text',
  before: 'Coding Query — HIM — please respond in the EHR inbox',
  text: [
    'Query [92541] re: case [23980] (left thigh limb salvage).',
    'Your note lists neurolysis of the sciatic nerve; please confirm it was separately significant so we can report {64712}',
    '   in addition to the free flap {15757}.',
    'Also: was the lumbar plexus addressed? If yes we would add {64714}; if not, leave it off.',
    'Reply by 11/21. Coder: T. Bishop, ext [93874].',
  ].join('\n'),
});

// ── 30. Hand surgery fee schedule (vague headers), table ──
const feeSched = table({
  id: 's59-fees',
  kind: 's59-hand-plastics-fee-schedule-grid',
  caption: 'Contracted rates 2026 — Hand & Plastics — Tier 2 network (contract [94624])',
  headers: ['Ref', 'Item', 'Rate'],
  rows: [
    ['{64702}', 'Neuroplasty; digital, 1 or both, same digit', '612.44'],
    ['{64704}', 'Neuroplasty; nerve of hand or foot', '655.10'],
    ['{64708}', 'Neuroplasty, major peripheral nerve, other than specified', '880.31'],
    ['{64712}', 'Neuroplasty; sciatic nerve', '1012.60'],
    ['{64713}', 'Neuroplasty; brachial plexus', '1240.02'],
    ['{64714}', 'Neuroplasty; lumbar plexus', '1104.22'],
    ['{64719}', 'Neuroplasty; ulnar nerve at wrist', '701.85'],
    ['{64910}', 'Nerve repair; with synthetic conduit', '1180.40'],
    ['{64912}', 'Nerve repair; with nerve allograft, first strand', '1295.77'],
    ['{64913}', 'each additional strand', '412.18'],
    ['Facility', 'Bundle code', '[96270]'],
  ],
});

// ── 31. Clinic appointment list (front desk), table ──
const apptList = table({
  id: 's59-appts',
  kind: 's59-front-desk-appointment-list-grid',
  caption: 'Appointments — Harbor office — Tue 11/18/2025',
  headers: ['Time', 'Appt #', 'MRN', 'Patient ZIP', 'Visit', 'Planned proc'],
  rows: [
    ['08:00', '[23808]', '[41408]', '[04011]', 'Post-op wound check', '—'],
    ['08:20', '[23811]', '[76176]', '[04101]', 'Synkinesis injection', '{64612}'],
    ['08:40', '[23815]', '[37568]', '[04092]', 'New pt — cubital tunnel', '—'],
    ['09:00', '[23820]', '[29008]', '[04106]', 'Hand therapy re-eval', '{97168}'],
    ['09:20', '[23824]', '[76928]', '[04240]', 'Flap check, 2 wk', '—'],
    ['09:40', '[23829]', '[30944]', '[04074]', 'Consult — breast recon', '—'],
    ['10:00', '[23833]', '[84848]', '[04038]', 'Pre-op H&P — sciatic neuroplasty', '{64712}'],
  ],
});

// ── 32. Supply purchase order (decoy-only), table ──
const supplyPo = table({
  id: 's59-po',
  kind: 's59-plastics-supply-purchase-order-grid',
  caption: 'Purchase Order PO-[18848] — ship to Riverbend Surgical Pavilion, Dock 3, ZIP [38000]',
  headers: ['Line', 'Catalog #', 'Description', 'Qty', 'Unit price', 'GL'],
  rows: [
    ['1', '[34704]', 'Microsurgical suture 9-0 nylon', '24', '18.40', '[80128]'],
    ['2', '[73280]', 'Vessel coupler 2.5 mm', '6', '212.00', '[80128]'],
    ['3', '[26288]', 'Nerve stimulator probe', '10', '42.00', '[80131]'],
    ['4', '[39280]', 'Loupe light battery', '4', '95.00', '[80135]'],
    ['5', '[89440]', 'Implant sizer set, round', '1', '1,250.00', '[80128]'],
    ['6', '[35952]', 'Tissue expander port finder', '2', '61.50', '[80131]'],
  ],
});

// ── 33. Self-pay patient statement, text ──
const statement = lines({
  id: 's59-stmt',
  kind: 's59-self-pay-patient-statement-text',
  before: 'STATEMENT — Bellwether Plastic Surgery — please detach and return the lower portion',
  text: [
    'Account [47808]   Statement date 11/01/2025   Invoice [79248]',
    'Package [30022] Upper blepharoplasty (cosmetic) ........ 3,100.00',
    'Package [30031] Synkinesis chemodenervation {64612} — billed to insurance, patient share 82.00',
    'Payment received, check no. [92656] .................. -3,100.00',
    'Balance due 82.00. Pay online with code [32768] or mail to PO Box [23248], Portland ME [04112].',
    'Financing plan [20688]: next draft 12/01.',
  ].join('\n'),
});

// ── 34. Compression garment order after lymphedema surgery (decoy-only), text ──
const garment = lines({
  id: 's59-garment',
  kind: 's59-lymphedema-garment-order-text',
  before: 'Compression Garment Order — Lymphedema Program',
  text: [
    'Order [10016]   Patient MRN [47360]   Arm circumference chart [50880]',
    'Sleeve: flat-knit, class 2, style [71568], color beige, size M-long; gauntlet style [16096].',
    'Night garment: style [79808], qty 1. Vendor account [16400].',
    'Ship to: 41 Birch Hollow Rd, Caldermoor, OR [97015]. Fitter ID [82784].',
    'Replacement every 6 months; prior order [44256] on 05/02/2025.',
  ].join('\n'),
});

// ── 35. Microsurgery lab / OR time report (decoy-only plus known digits), table ──
const orTimes = table({
  id: 's59-ortimes',
  kind: 's59-or-utilization-minutes-grid',
  caption: 'OR utilization — Plastics block — October 2025',
  headers: ['Surgeon ID', 'Cases', 'Booked min', 'Used min', 'Turnover min', 'Cost center'],
  rows: [
    ['[90784]', '14', '[11264]', '9820', '610', '[64714]'],
    ['[80544]', '9', '7420', '6985', '405', '[64714]'],
    ['[13296]', '11', '[12600]', '[11845]', '520', '[64632]'],
  ],
});

export const sealed59: Snippet[] = [
  ...opNerve,
  ...opSciatic,
  ...opPlexus,
  ...caseLog,
  ...synkLog,
  ...reanNote,
  ...htReferral,
  ...quote,
  ...quoteTerms,
  ...schedReq,
  ...blockMsg,
  ...priorAuth,
  ...paLetter,
  ...breastTracker,
  ...flapFlow,
  ...woundClaim,
  ...policy,
  ...policyTable,
  ...remit,
  ...eob,
  ...denials,
  ...inventory,
  ...gallery,
  ...locations,
  ...mortonNote,
  ...emgReport,
  ...hl7,
  ...jsonExport,
  ...query,
  ...feeSched,
  ...apptList,
  ...supplyPo,
  ...statement,
  ...garment,
  ...orTimes,
];
