import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 44 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/context.ts, lib/page/scan.ts), never read a score of an earlier sealed set, and never ran the
 * detector on these snippets. Its page shapes (`kind`, prefixed `s44-`) appear in no other corpus file. Score it once;
 * do not edit a snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64612}` a CPT code she wants marked, `[64612]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too (eye exam, visual field and imaging, eyelid and ENT surgery, audiology and vestibular, E/M,
 * anesthesia and pathology codes), also where they stand in prose with no "CPT" near them, in a cosmetic row that is
 * never billed, or as a code the note says was not used. About a third of the decoys are numbers of the synthetic
 * 10,000-code set (KNOWN_10K) used as account, vial, lot, job, claim, case and image numbers, ZIPs, payer IDs and
 * group numbers. The five known codes' digits come back as decoys: a botulinum toxin lot number (C64612C4), an OR
 * MRN and a patient ZIP (64632), a lidocaine lot and a patient ZIP (64445), a payer's P.O. box (64714) and a claim
 * number suffix (64712). NDC labeller codes in 5-4-2 form (00023, 00259, 15054) are decoys too.
 *
 * Family: ophthalmology, ENT and facial plastics practices: blepharospasm and hemifacial spasm chemodenervation
 * (procedure note, injection map, toxin vial log with JW wastage, recall worklist, prior authorization, remittance,
 * patient statement and after-visit instructions), oculoplastics (superbill, functional blepharoplasty and ptosis
 * necessity letter, superior visual field printout, photography log, cosmetic vs medical estimate, optometry referral
 * fax), eye-exam EHR screen (VA, IOP, pachymetry, refraction) and procedure room log, optical shop (lab job ticket,
 * contact lens order e-mail, frame receiving log, vision plan vs medical split), ENT (three-column superbill, OR board,
 * inpatient consult charge capture, sinus surgery appeal, pediatric surgery letter, daily close, locations page),
 * audiology and vestibular (diagnostic report, VNG/VEMP/CDP results, hearing aid purchase agreement), the facial nerve
 * clinic (synkinesis note) and facial plastics (septorhinoplasty financial consent, Good Faith Estimate).
 * Built on real public layouts: the Humphrey Field Analyzer single field analysis printout (fixation monitor,
 * fixation losses, false POS/NEG errors), Medicare remittance lines with CARC group codes and the JW discarded-drug
 * modifier, the X12 835 TRN re-association trace, the No Surprises Act Good Faith Estimate (provider, service code,
 * quantity, expected charge), printed multi-column practice superbills, OR schedule boards, and the eyelid-surgery
 * prior authorization criteria (taped/untaped superior fields, MRD1, external photographs). The others are written
 * the way those pages read, with no single source.
 *
 * 379 labelled tokens over 35 shapes: 164 codes, 215 decoys, 75 of the decoys in KNOWN_10K.
 */

// ── 1. Blepharospasm chemodenervation procedure note, EHR text ──
const bsNote = lines({
  id: 's44-bsnote',
  kind: 's44-blepharospasm-chemodenervation-procedure-note-text',
  before: 'Procedure Note — Chemodenervation, facial nerve muscles — Plaza Eye & Facial Plastics, Kansas City MO',
  text: [
    'Patient: Okafor, Miriam T.   MRN [70324]   DOB 03/22/1951   Acct [41959]   Visit 10/14/2025 09:20',
    'Indication: benign essential blepharospasm (G24.5), bilateral; JRS severity 3, frequency 3. Series #9.',
    'Procedure: chemodenervation, muscles innervated by facial nerve — {64612} RT and {64612} LT (payer wants 2 lines, not -50).',
    'Agent: onabotulinumtoxinA (Botox) 100 U vial, NDC [00023]-1145-01, Lot C[64612]C4, exp 04/2027.',
    'Reconstituted with 2.0 mL preservative-free saline (5 U per 0.1 mL), 30-gauge needle.',
    'Injected 27.5 U right, 27.5 U left = 55 U; discarded 45 U witnessed (J0585 x 55, J0585-JW x 45).',
    'EMG guidance not used (no {95874}); ice packs applied; no ptosis or bruising at 15 min.',
    'Prior series: 07/15/2025 ({64612} x2, 50 U), 04/16/2025 ({64612} x2, 50 U). Interval 13 weeks.',
    'Primary Medicare Part B (WPS J5); secondary Mutual of Omaha plan G, payer ID [71412], policy [30761]-02.',
    'Home address on file: 1408 NE Vivion Rd, Kansas City, MO [64118]. Return 12–13 weeks.',
  ].join('\n'),
});

// ── 2. Injection map for left hemifacial spasm, EHR table ──
const hfsMap = table({
  id: 's44-hfsmap',
  kind: 's44-hemifacial-spasm-injection-map-grid',
  caption: 'Injection map — Left hemifacial spasm (G51.32) — Xeomin 100 U, 2.0 mL dilution — 10/14/2025',
  headers: ['Site', 'Muscle', 'Side', 'Units', 'Vial lot'],
  rows: [
    ['1', 'Orbicularis oculi, pretarsal upper, medial', 'L', '2.5', '[31094]'],
    ['2', 'Orbicularis oculi, pretarsal upper, lateral', 'L', '2.5', '[31094]'],
    ['3', 'Orbicularis oculi, lower lid, lateral', 'L', '2.5', '[31094]'],
    ['4', 'Corrugator', 'L', '5', '[31094]'],
    ['5', 'Zygomaticus major', 'L', '2.5', '[31094]'],
    ['6', 'Platysma, two points', 'L', '5', '[31094]'],
    ['Total', 'Billed {64612}-LT; J0588 x 20, JW x 80', '', '20 U', 'NDC [00259]-1605-01, exp 11/2026'],
  ],
});

// ── 3. Toxin vial inventory log, practice spreadsheet ──
const vialLog = table({
  id: 's44-viallog',
  kind: 's44-botulinum-toxin-vial-inventory-log',
  caption: 'Botulinum toxin vial log — Plaza Eye & Facial Plastics — refrigerator 2 — October 2025',
  headers: ['Date', 'Vial #', 'Product', 'Lot', 'Units given', 'Wasted (JW)', 'Pt acct', 'Billed'],
  rows: [
    ['10/14', 'V-[20413]', 'Botox 100 U', 'C[64612]C4', '55', '45', '[41959]', '{64612} x2'],
    ['10/14', 'V-[20414]', 'Xeomin 100 U', '[31094]', '20', '80', '[42217]', '{64612}'],
    ['10/15', 'V-[20415]', 'Botox 200 U', 'C[70281]C3', '155', '45', '[39904]', '{64615}'],
    ['10/15', 'V-[20416]', 'Botox 100 U', 'C[64612]C4', '100', '0', '[40175]', '{64616}'],
    ['10/16', 'V-[20417]', 'Botox 100 U', 'C[64612]C4', '7.5', '92.5', '[43320]', '{67345}'],
    ['10/16', 'V-[20418]', 'Dysport 300 U', '[92186]', '120', '180', '[38871]', '{64612} x2'],
    ['', '', 'Dysport NDC', '[15054]-0530-6', '', '', '', ''],
  ],
});

// ── 4. Hemifacial spasm follow-up, neuro-ophthalmology note (prose, codes without labels) ──
const hfsNote = lines({
  id: 's44-hfsnote',
  kind: 's44-hemifacial-spasm-followup-prose',
  before: 'Neuro-ophthalmology — Follow-up — Dr. S. Whitcomb',
  text: [
    '68 y/o F with left hemifacial spasm since 2019, MRI showed AICA loop at the REZ; declined MVD at KU Med.',
    'Last injection 07/15 gave ~10 weeks of relief, wearing off at week 9. Repeat {64612} today on the left, 20 U.',
    'Reviewed: {95874} is not needed for periocular and midface sites; she asked about it after an article online.',
    'If she wants the lower face (mentalis, DAO) done, that is still {64612} once per side, not per muscle.',
    'Separate E/M not billed today (no new problem). Portal message #[58833] answered re: driving after injection.',
    'Referring: Dr. Hoang Tran, OD, [10551] Metcalf Ave, Overland Park, KS [66212]. Copy sent by fax.',
  ].join('\n'),
});

// ── 5. Oculoplastics superbill, printed encounter form ──
const opSuperbill = table({
  id: 's44-opsuper',
  kind: 's44-oculoplastics-superbill-form',
  caption: 'Plaza Eye & Facial Plastics — Encounter Form — Ticket [87441] — Dr. R. Castellanos',
  headers: ['✓', 'CPT', 'Description', 'Fee', 'Mod'],
  rows: [
    ['', '{92004}', 'Eye exam, new pt, comprehensive', '$245', ''],
    ['X', '{92014}', 'Eye exam, est pt, comprehensive', '$190', '25'],
    ['', '{99213}', 'Office visit, est, low', '$140', ''],
    ['X', '{92082}', 'Visual field, intermediate (taped/untaped)', '$95', ''],
    ['X', '{92285}', 'External ocular photography', '$45', ''],
    ['', '{67810}', 'Biopsy of eyelid, incisional', '$310', 'E1–E4'],
    ['', '{67840}', 'Excision lesion eyelid, simple', '$360', ''],
    ['', '{68761}', 'Punctal plug, each', '$150', 'E1–E4'],
    ['', '{64612}', 'Chemodenervation, facial nerve, unilateral', '$295', 'RT/LT'],
    ['', '{15823}', 'Blepharoplasty, upper lid, w/ excessive skin', '$1,150', 'E1/E3'],
    ['', '{67904}', 'Ptosis repair, levator (tarso) resection/advancement', '$1,480', 'E1/E3'],
    ['Patient acct', '[43517]', 'Return', '2 weeks (pre-op)', ''],
  ],
});

// ── 6. Blepharoplasty/ptosis medical necessity letter to a commercial plan, letter text ──
const necessity = lines({
  id: 's44-necessity',
  kind: 's44-blepharoplasty-medical-necessity-letter',
  before: 'Letter of Medical Necessity — Functional Upper Eyelid Surgery',
  text: [
    'Blue KC Utilization Management, P.O. Box 419169, Kansas City, MO [64141]-6169',
    'RE: Delores Whitfield   Member ID XKC847301776   Group [10174]   DOB 11/09/1958',
    'I am requesting prior authorization for bilateral upper lid blepharoplasty (CPT {15823}-E1, -E3) and',
    'bilateral levator advancement ptosis repair ({67904}-E1, -E3), to be done together at our ASC.',
    'Her MRD1 is 0.5 mm OD and 1.0 mm OS; dermatochalasis rests on the lashes in primary gaze.',
    'Superior visual fields (CPT {92082}) 09/30/2025: untaped 22° OD / 25° OS, taped 48° / 50°, a gain of 26°.',
    'External photographs ({92285}) in primary gaze and with lids taped are enclosed (8 images, set #[66207]).',
    'She reports difficulty reading and driving and lifts her brows to see; she has no cosmetic complaint.',
    'Plan policy MP-[40218] criteria (field loss ≥ 12° or 30%) are met. Prior request ref. [36520] was withdrawn.',
    'Please fax the determination to (816) 555-0176, attention surgical coordinator, ext. [21143].',
  ].join('\n'),
});

// ── 7. Cosmetic vs medical cost estimate for an eyelid/brow patient, table ──
const cosEstimate = table({
  id: 's44-cosest',
  kind: 's44-cosmetic-vs-medical-eyelid-estimate',
  caption: 'Surgical estimate — Quote Q-[55361] — D. Whitfield — valid 90 days — Plaza Surgery Center (ASC)',
  headers: ['Procedure', 'Code', 'Classification', 'Insurance est.', 'Patient self-pay'],
  rows: [
    ['Upper lid blepharoplasty, both', '{15823}', 'Medical (if auth)', '$1,312.40', '—'],
    ['Ptosis repair, levator, both', '{67904}', 'Medical (if auth)', '$1,690.12', '—'],
    ['Lower lid blepharoplasty, transconjunctival', '{15820}', 'Cosmetic', 'not covered', '$3,200'],
    ['Endoscopic brow lift', '{67900}', 'Cosmetic unless field loss', 'not covered', '$4,100'],
    ['Anesthesia (MAC), eyelid', '{00103}', 'Follows surgery', 'per plan', '$650'],
    ['Deposit applied', 'Receipt [60189]', '', '', '$500'],
  ],
});

// ── 8. Humphrey superior field report, PDF text layer ──
const vfReport = lines({
  id: 's44-vfreport',
  kind: 's44-superior-visual-field-printout-text',
  before: 'Single Field Analysis — Superior 36 Point (custom) — Eye: Right — Untaped / Taped',
  text: [
    'Name: WHITFIELD, DELORES   ID: [84530]   DOB: 11-09-1958   Date: 09-30-2025   Time: 10:42 AM',
    'Fixation Monitor: Gaze/Blindspot   Fixation Target: Central   Stimulus: III, White   Background: 31.5 ASB',
    'Fixation Losses: 0/10   False POS Errors: 2%   False NEG Errors: 4%   Test Duration: 02:58',
    'Untaped: superior extent 22°   Taped: superior extent 48°   Seen 11/36 → 33/36 points',
    'HFA3 860 Serial No. 860-[12713]   Software 1.5.4   Pupil 3.1 mm   Visual Acuity 20/25',
    'Billing note (tech): {92082} once per session, both eyes, both conditions; interpretation by MD.',
  ].join('\n'),
});

// ── 9. Comprehensive eye exam EHR screen (exam elements and orders), table ──
const eyeExam = table({
  id: 's44-eyeexam',
  kind: 's44-eye-exam-ehr-elements-panel',
  caption: 'Exam — Established — Encounter [72508] — Tech: J. Marsh, COA — Dr. S. Whitcomb',
  headers: ['Element', 'OD', 'OS', 'Notes'],
  rows: [
    ['VA cc distance', '20/25-2', '20/30+1', 'Snellen, glasses 2 yrs old'],
    ['Pinhole', '20/20', '20/25', ''],
    ['IOP (Goldmann)', '17', '19', '10:58 AM, proparacaine/fluorescein'],
    ['Pachymetry', '552 µm', '548 µm', 'on file 2023'],
    ['Manifest refraction', '-2.25 -0.50 x 175', '-1.75 -0.75 x 010', 'Add +2.25; VA 20/20 each'],
    ['Gonioscopy', 'open to CBB 360', 'open to CBB 360', '{92020} performed'],
    ['OCT RNFL', 'avg 88 µm', 'avg 84 µm', 'Cirrus SN [40146]; billed {92133}'],
    ['Fundus photos', 'C/D 0.45', 'C/D 0.55', '{92250} glaucoma suspect baseline'],
    ['Visit codes', '—', '—', '{92014} + {92015} (refraction self-pay $45, receipt [27731])'],
  ],
});

// ── 10. Optical lab spectacle job ticket, key-value panel ──
const labTicket = table({
  id: 's44-labticket',
  kind: 's44-optical-lab-spectacle-job-ticket',
  caption: 'Plaza Optical — Lab Order — sent to Essilor Lab, Lenexa KS',
  headers: ['Field', 'Entry'],
  rows: [
    ['Job no.', '[31277]'],
    ['Lab account', '[66102]-PLZ'],
    ['Frame', 'Ray-Ban RB5154 Clubmaster 51□21-145, tortoise; frame SKU [40557]'],
    ['Lens', 'Varilux X Series, Airwear polycarbonate, Crizal Sapphire HR'],
    ['Rx OD', '-2.25 -0.50 x 175  Add +2.25'],
    ['Rx OS', '-1.75 -0.75 x 010  Add +2.25'],
    ['Mono PD / seg', '31.5 / 32.0; fitting height 18 / 18'],
    ['Vision plan', 'VSP Signature — authorization [97201]; frame allowance $150'],
    ['Professional services', 'Refraction {92015}; fitting, multifocal spectacles {92342}'],
    ['Ship to', 'Plaza Optical, 4801 Main St, Kansas City, MO [64112]'],
  ],
});

// ── 11. Contact lens web order confirmation, e-mail text ──
const clOrder = lines({
  id: 's44-clorder',
  kind: 's44-contact-lens-order-confirmation-email',
  before: 'Your contact lens order is confirmed — Plaza Optical online store',
  text: [
    'Order #CL-[80208]   Placed 10/18/2025 7:41 PM   Payment: Visa ending 4417',
    'ACUVUE OASYS 1-Day for Astigmatism (90 pk) — OD BC 8.5 PWR -2.25 CYL -0.75 AX 180 — qty 2',
    'ACUVUE OASYS 1-Day for Astigmatism (90 pk) — OS BC 8.5 PWR -1.75 CYL -0.75 AX 010 — qty 2',
    'Subtotal $412.00   VSP allowance applied -$130.00   Manufacturer rebate form #[38426] enclosed',
    'Prescription verified: Dr. S. Whitcomb, fit on 06/02/2025 (contact lens fitting {92310}); expires 06/02/2026.',
    "Ship to: Tanisha Greer, 2210 SW 3rd St, Lee's Summit, MO [64081]. Estimated delivery 10/23.",
    'Questions? Call (816) 555-0133 or reply with your order number. Store no. [10120].',
  ].join('\n'),
});

// ── 12. Vision plan vs medical split for one visit, front-desk eligibility grid ──
const planSplit = table({
  id: 's44-plansplit',
  kind: 's44-vision-vs-medical-plan-split-grid',
  caption: 'Eligibility — T. Greer — VSP (member [80123]) and Aetna PPO (payer ID [60054]) — DOS 06/02/2025',
  headers: ['Service', 'Bill to', 'Code', 'Auth / ref', 'Pt owes'],
  rows: [
    ['Comprehensive exam, est. (dry eye, contact lens wearer)', 'Aetna (medical)', '{92014}', '—', '$40 copay'],
    ['Refraction', 'VSP', '{92015}', 'Auth [97202]', '$10'],
    ['Contact lens fitting', 'VSP', '{92310}', 'Auth [97202]', '$60 (over allowance)'],
    ['Corneal topography', 'Aetna (medical)', '{92025}', 'Ref. [33182]', 'ded.'],
    ['Punctal plugs, lower, both', 'Aetna (medical)', '{68761}', 'Ref. [33182]', 'ded.'],
    ['Contact lenses, annual supply', 'VSP allowance', 'V2520', 'Auth [97202]', '$282'],
    ['Group', 'VSP [30156]', '', 'Aetna group [86492]', ''],
  ],
});

// ── 13. ENT superbill, three-column printed form ──
const entSuperbill = table({
  id: 's44-entsuper',
  kind: 's44-ent-three-column-superbill',
  caption: 'Willamette ENT & Facial Plastic Surgery — Superbill — Form rev. 2025-01 — Encounter # [53064]',
  headers: ['Code', 'Office visits', 'Code', 'Procedures', 'Code', 'Audiology / vestibular'],
  rows: [
    ['{99203}', 'New, low', '{31231}', 'Nasal endoscopy, dx', '{92557}', 'Comprehensive audiometry'],
    ['{99204}', 'New, moderate', '{31237}', 'Nasal endo w/ debridement', '{92567}', 'Tympanometry'],
    ['{99213}', 'Est, low', '{69210}', 'Cerumen removal, impacted, instr.', '{92540}', 'Basic vestibular eval'],
    ['{99024}', 'Post-op, global', '{64612}', 'Chemodenervation, facial n.', '{92517}', 'cVEMP'],
    ['Acct', '[20225]', 'Ins.', 'Regence BCBS OR', 'Copay', '$50'],
  ],
});

// ── 14. ENT operating room schedule, hospital OR board export ──
const orSchedule = table({
  id: 's44-orsched',
  kind: 's44-ent-or-schedule-board',
  caption: 'OR Schedule — Providence St. Vincent — ENT block — Thursday 11/06/2025 — Rooms 7 and 8',
  headers: ['Start', 'Rm', 'Case #', 'MRN', 'Patient', 'Procedure', 'CPT', 'Surgeon'],
  rows: [
    ['07:30', '7', '[44812]', '[96033]', 'B., Lily (6y)', 'Tonsillectomy and adenoidectomy', '{42820}', 'Nakamura'],
    ['08:30', '7', '[44813]', '[96610]', 'R., Owen (2y)', 'BMT, general anesthesia', '{69436}-50', 'Nakamura'],
    [
      '09:15',
      '7',
      '[44814]',
      '[51720]',
      'K., Daniel',
      'Septoplasty; SMR inferior turbinates',
      '{30520}, {30140}-50',
      'Nakamura',
    ],
    [
      '11:30',
      '7',
      '[44815]',
      '[58247]',
      'A., Priya',
      'FESS: maxillary antrostomy, total ethmoid, sphenoid, frontal',
      '{31256}, {31255}, {31287}, {31276}',
      'Nakamura',
    ],
    [
      '07:30',
      '8',
      '[44816]',
      '[40406]',
      'M., Gerald',
      'Superficial parotidectomy w/ facial n. dissection, NIM',
      '{42415}, {95940}',
      'Lindgren',
    ],
    ['10:45', '8', '[44817]', '[88315]', 'S., Grace', 'Tympanoplasty w/ mastoidectomy', '{69641}', 'Lindgren'],
    ['13:00', '8', '[44818]', '[64632]', 'T., Arlo (14y)', 'Tonsillectomy, age 12+', '{42826}', 'Lindgren'],
    [
      '14:30',
      '8',
      '[44819]',
      '[72913]',
      'F., Ruth',
      'Functional septorhinoplasty (cosmetic portion self-pay)',
      '{30420}',
      'Lindgren',
    ],
  ],
});

// ── 15. Audiology diagnostic report, letter text ──
const audReport = lines({
  id: 's44-audreport',
  kind: 's44-audiology-diagnostic-report-text',
  before: 'Audiological Evaluation — Northland Audiology & Balance Center — Report to referring physician',
  text: [
    'Patient: Harold McBride   DOB 02/17/1949   Chart [29914]   Referred by Dr. E. Lindgren (Willamette ENT)',
    'Reason: asymmetric hearing loss (R>L) and right facial twitching; rule out retrocochlear pathology.',
    'Pure-tone audiometry with speech (CPT {92557}): R mild sloping to severe SNHL; L mild at 4000–8000 Hz.',
    'Word recognition 68% R at 80 dB HL, 96% L at 65 dB HL. Rollover noted on the right.',
    'Tympanometry ({92567}) Type A both ears; acoustic reflexes ({92568}) absent R ipsi/contra at 1000 Hz.',
    'ABR threshold/neurodiagnostic ({92653}) is recommended; MRI IAC with contrast per ENT.',
    'Audiometer: GSI AudioStar Pro, serial [31652], calibrated 03/2025 (ANSI S3.6).',
    'Clinic: [11782] SW Barnes Rd, Portland, OR [97225]   Tel (503) 555-0150 ext. [40086]',
  ].join('\n'),
});

// ── 16. Vestibular (VNG) test battery results, table ──
const vngTable = table({
  id: 's44-vng',
  kind: 's44-vestibular-test-battery-results',
  caption: 'Vestibular Function Testing — VNG/VEMP/CDP — Order [91460] — 10/29/2025 — Northland Balance Lab',
  headers: ['Test', 'CPT', 'Result', 'Interpretation'],
  rows: [
    [
      'Spontaneous, gaze, positional (w/ recording)',
      '{92540}',
      'No spontaneous nystagmus; R-beating in L lateral',
      'Abnormal',
    ],
    ['Bithermal caloric (4 irrigations)', '{92537}', 'UW 31% right', 'Right peripheral weakness'],
    ['Cervical VEMP', '{92517}', 'Absent R, present L (amp. 142 µV)', 'Abnormal'],
    ['Ocular VEMP', '{92518}', 'Present both, R asymmetry 38%', 'Borderline'],
    ['Computerized dynamic posturography, SOT', '{92548}', 'Composite 61; vestibular pattern', 'Abnormal'],
    ['Video head impulse (vHIT), unlisted', '{92700}', 'VOR gain 0.62 R, 0.94 L', 'R horizontal canal'],
    ['Balance lab account', '[54381]', 'Tech ID [11549]', ''],
  ],
});

// ── 17. Hearing aid purchase agreement, PDF text layer ──
const haAgreement = lines({
  id: 's44-haagree',
  kind: 's44-hearing-aid-purchase-agreement-text',
  before: 'Hearing Aid Purchase Agreement — Northland Audiology & Balance Center — Oregon HAS license HA-0417',
  text: [
    'Purchaser: Harold McBride, 8640 NW Skyline Blvd, Portland, OR [97231]   Agreement no. [27416]',
    'Devices: Phonak Audéo L90-R, receiver-in-canal — Right serial 2347H1K, Left serial 2347H1M, color P1',
    'Charger: Phonak Charger Case Go, serial [50629]. Remote fitting app linked to clinic ID [20287].',
    'Charges: devices $5,180.00 (V5261 binaural), dispensing fee V5160, ear molds V5264 x2, batteries n/a (rechargeable).',
    'Diagnostic testing billed separately to Medicare: {92557} (10/02/2025), {92567}, {92568}.',
    'Trial period 45 days ends 12/08/2025; return fee $250. Manufacturer warranty order [15538], 3 years loss & damage.',
    'Financing: CareCredit account ending 0412; promo 12 months. Receipt [81962].',
  ].join('\n'),
});

// ── 18. Oculoplastics practice-management day sheet, report grid ──
const daySheet = table({
  id: 's44-daysheet',
  kind: 's44-oculoplastics-pm-day-sheet',
  caption: 'Day Sheet — Plaza Eye & Facial Plastics — 10/14/2025 — Provider: ALL — Report ID DS-[30323]',
  headers: ['Acct', 'Patient', 'Prov', 'Proc', 'Mod', 'Units', 'Charge', 'Payment', 'Adj'],
  rows: [
    ['[41959]', 'Okafor, Miriam', 'SW', '{64612}', 'RT', '1', '295.00', '', ''],
    ['[41959]', 'Okafor, Miriam', 'SW', '{64612}', 'LT', '1', '295.00', '', ''],
    ['[41959]', 'Okafor, Miriam', 'SW', 'J0585', '', '55', '352.00', '', ''],
    ['[41959]', 'Okafor, Miriam', 'SW', 'J0585', 'JW', '45', '288.00', '', ''],
    ['[42217]', 'Lund, Peter', 'SW', '{64612}', 'LT', '1', '295.00', '', ''],
    ['[43517]', 'Whitfield, Delores', 'RC', '{92014}', '25', '1', '190.00', '40.00', ''],
    ['[43517]', 'Whitfield, Delores', 'RC', '{92082}', '', '1', '95.00', '', ''],
    ['[43517]', 'Whitfield, Delores', 'RC', '{92285}', '', '1', '45.00', '', ''],
    ['[44102]', 'Ibarra, Lucia', 'RC', '{67840}', 'E3', '1', '360.00', '', ''],
    ['[44102]', 'Ibarra, Lucia', 'RC', '{88305}', '26', '1', '0.00', '', ''],
    ['[37719]', 'Chen, Walter', 'RC', '{99024}', '', '1', '0.00', '', ''],
    ['[29180]', 'Novak, Jana', 'SW', 'PMT', 'CHK [10466]', '', '', '125.00', ''],
    ['[38804]', 'Rhodes, Carl', 'RC', 'ADJ', 'CO-45', '', '', '', '-412.60'],
  ],
});

// ── 19. ENT daily close / deposit summary, PM report text layer ──
const dailyClose = lines({
  id: 's44-dailyclose',
  kind: 's44-ent-daily-close-deposit-summary-text',
  before: 'Daily Close — Willamette ENT & Facial Plastic Surgery — Beaverton office — 11/06/2025',
  text: [
    'Charges entered: 64 lines, $18,922.00   Payments: $7,410.35   Adjustments: -$2,106.80',
    'Top procedures today: {99214} x19, {92557} x11, {31231} x7, {69210} x6',
    'Check deposit batch [90013]: check no. [20881] Moda Health $1,204.50; check no. [20893] patient $85.00',
    'EFT: UnitedHealthcare (payer ID [87726]) TRN 1*[70542]*1411289245; Regence ERA [47112] posted',
    'Bank: US Bank Beaverton branch, deposit slip [52104]; office ZIP [97006]',
    'Unposted: 3 encounters (chemodenervation {64612} x1 awaiting toxin units; {31237} x2 awaiting op note)',
    'Closed by: K. Ames (user [11052]) at 5:48 PM',
  ].join('\n'),
});

// ── 20. Patient instructions after botulinum toxin injection, after-visit handout ──
const postInstr = lines({
  id: 's44-postinstr',
  kind: 's44-post-toxin-patient-instructions-handout',
  before: 'After Your Botulinum Toxin Treatment — Patient Instructions',
  text: [
    'Do not rub or massage the treated areas for 4 hours. Stay upright for 4 hours; no hot yoga today.',
    'Effects begin in 3–5 days and peak at 2 weeks. Call us if your eyelid droops or you see double.',
    'Your visit today: Chemodenervation, facial nerve muscles ({64612}), with toxin units billed as J0585.',
    'Your next injection is due in about 12 weeks. To book, call (816) 555-0142 or use the portal.',
    'Mail billing questions to Plaza Eye & Facial Plastics, 4801 Main St, Suite 300, Kansas City, MO [64112].',
    'Patients from the north clinic: 2900 NE Barry Rd, Kansas City, MO [64155]. Portal PIN: [82615]',
  ].join('\n'),
});

// ── 21. Good Faith Estimate (No Surprises Act), self-pay facial plastics patient, table ──
const gfe = table({
  id: 's44-gfe',
  kind: 's44-good-faith-estimate-facial-plastics',
  caption: 'Good Faith Estimate (self-pay services) — GFE no. [63304] — Patient: Ruth Fischer — scheduled 11/06/2025',
  headers: ['Provider / facility', 'Service', 'Service code', 'Qty', 'Expected charge'],
  rows: [
    ['Dr. E. Lindgren (NPI 1932104855)', 'Rhinoplasty, primary — cosmetic portion', '{30410}', '1', '$6,800.00'],
    ['Cascade Anesthesia Group', 'Anesthesia, intranasal — cosmetic time share', '{00160}', '1', '$1,140.00'],
    ['Providence St. Vincent (facility)', 'Outpatient surgery — cosmetic time share', 'Rev 0360', '1', '$4,810.00'],
    ['Providence Pathology', 'Surgical pathology, dorsal hump tissue', '{88304}', '1', '$118.00'],
    ['Dr. E. Lindgren', 'Post-op visits, 90-day global (no charge)', '{99024}', '3', '$0.00'],
    ['Facility address', '9205 SW Barnes Rd, Portland, OR [97225]', 'Tax ID', '93-0386858', ''],
  ],
});

// ── 22. Prior authorization portal: botulinum toxin for hemifacial spasm, key-value panel ──
const paPortal = table({
  id: 's44-paportal',
  kind: 's44-toxin-prior-auth-portal-panel',
  caption: 'Medical Benefit Drug Prior Authorization — Request Summary — Cigna (payer ID [62308])',
  headers: ['Field', 'Value'],
  rows: [
    ['Request ID', '[67150]'],
    ['Member', 'Lund, Peter — ID U84301776 01 — DOB 08/30/1960'],
    ['Drug', 'J0588 incobotulinumtoxinA, 100 units per 84 days'],
    ['Administration', '{64612} (left), in office; no EMG guidance'],
    ['Diagnosis', 'G51.32 Clonic hemifacial spasm, left'],
    ['Prior therapies', 'None required for this indication'],
    ['Servicing provider', 'Plaza Eye & Facial Plastics, 4801 Main St, Kansas City, MO [64112]'],
    ['Status', 'Approved 10/02/2025 – 09/30/2026; reference [24374]'],
    ['Questions', '(800) 555-0128, option 3, ext. [40091]'],
    ['Paper claims', 'Cigna, P.O. Box [64714], Chattanooga, TN [37422]-7004'],
  ],
});

// ── 23. Electronic remittance detail for chemodenervation and exam claims, table ──
const remit = table({
  id: 's44-remit',
  kind: 's44-eye-facial-remit-claim-lines',
  caption: 'Remittance Advice — check/EFT [61214] — WPS Medicare J5 — 11/03/2025 — Plaza Eye & Facial Plastics',
  headers: ['Claim #', 'Patient', 'DOS', 'Proc', 'Billed', 'Allowed', 'Paid', 'CARC'],
  rows: [
    ['[25209]-01', 'Okafor, M', '10/14/25', '{64612}', '295.00', '118.43', '92.85', 'CO-45 PR-2'],
    ['[25209]-01', 'Okafor, M', '10/14/25', '{64612}', '295.00', '118.43', '92.85', 'CO-45 PR-2'],
    ['[25209]-01', 'Okafor, M', '10/14/25', 'J0585', '352.00', '343.20', '269.07', 'CO-45'],
    ['[25209]-01', 'Okafor, M', '10/14/25', 'J0585 JW', '288.00', '0.00', '0.00', 'CO-16 N362'],
    ['[25213]-01', 'Alvarez, R', '10/14/25', '{92082}', '95.00', '57.11', '44.77', 'CO-45'],
    ['[25213]-01', 'Alvarez, R', '10/14/25', '{92285}', '45.00', '21.36', '0.00', 'CO-97'],
    ['[25214]-01', 'Moreau, C', '10/15/25', '{64616}', '310.00', '0.00', '0.00', 'CO-50'],
    ['Payer ID', '[06111]', 'Provider', 'PTAN [60257]', '', '', '', ''],
  ],
});

// ── 24. Facial nerve clinic note (synkinesis after Bell palsy), EHR text ──
const fnClinic = lines({
  id: 's44-fnclinic',
  kind: 's44-facial-nerve-clinic-synkinesis-note',
  before: 'Facial Nerve Center — Return visit — Dr. E. Lindgren / S. Patel, PT (facial retraining)',
  text: [
    'Hx: right Bell palsy 03/2024, House-Brackmann III now; oral-ocular synkinesis and platysmal banding.',
    'eFACE total 71 (static 80, dynamic 74, synkinesis 58). Previous ENoG ({92516}) at day 10 showed 82% degeneration.',
    'Chemodenervation for synkinesis today, right orbicularis oculi and platysma, 22.5 U Botox: {64612}-RT.',
    'Discussed selective neurectomy ({64742}) vs. more toxin; also mentioned free gracilis in severe cases ({15842}).',
    'Needle EMG of facial muscles ({95867}) not repeated. Neuromuscular retraining continues ({97112}, 1x/week).',
    'Patient lives at 1620 NE 23rd Ave, Portland, OR [97232]; work phone ext. [31268]. MyChart ID [75390].',
    'Follow-up 12 weeks with photos and eFACE. Face-gram video file [88641] saved to media tab.',
  ].join('\n'),
});

// ── 25. Functional vs cosmetic septorhinoplasty financial consent, form text ──
const rhinoConsent = lines({
  id: 's44-rhinoconsent',
  kind: 's44-septorhinoplasty-cosmetic-split-consent',
  before: 'Financial Consent — Functional and Cosmetic Components — Willamette ENT & Facial Plastic Surgery',
  text: [
    'I understand that my surgery has a functional part billed to my insurance and a cosmetic part I pay myself.',
    'Functional (billed to Regence): septoplasty {30520} and nasal valve repair {30465}, if approved.',
    'Cosmetic (self-pay): dorsal hump reduction and tip refinement, which would otherwise be coded {30410}.',
    'Pre-authorization number [73651] covers {30520} and {30465} only. Deposit of $2,500 received, receipt [29470].',
    'If my plan denies the functional part, I may appeal; I am not billed for the cosmetic part twice.',
    'Patient: Ruth Fischer, 4421 SE Woodstock Blvd, Portland, OR [97206]   Consent form FC-[10147]',
  ].join('\n'),
});

// ── 26. Clinical photography log (external ocular and facial photos), table ──
const photoLog = table({
  id: 's44-photolog',
  kind: 's44-clinical-photography-log',
  caption: 'Photography log — Plaza Eye & Facial Plastics — Canon R8 body #2 — week of 09/29/2025',
  headers: ['Date', 'Patient acct', 'Series', 'Views', 'Purpose', 'Billed'],
  rows: [
    ['09/30', '[43517]', 'IMG_[66207]–IMG_[66214]', 'Primary, taped, lateral x2', 'Ptosis/bleph PA', '{92285}'],
    ['09/30', '[43902]', 'IMG_[66215]–IMG_[66220]', 'Primary, upgaze, downgaze', 'Brow ptosis', '{92285}'],
    ['10/01', '[44018]', 'IMG_[66221]–IMG_[66232]', 'Full face, 6 views', 'Cosmetic consult (not billed)', '—'],
    ['10/02', '[44266]', 'IMG_[66233]–IMG_[66240]', 'Dynamic: smile, eye closure', 'Synkinesis baseline', '{92285}'],
    ['10/03', '[44102]', 'IMG_[66241]–IMG_[66244]', 'Lesion close-up, ruler', 'Pre-excision', 'incl. in {67840}'],
  ],
});

// ── 27. Eye clinic procedure log with implant/drug lots, table ──
const eyeProcLog = table({
  id: 's44-eyeproc',
  kind: 's44-eye-clinic-procedure-room-log',
  caption: 'Procedure room 2 log — Plaza Eye — week of 10/13/2025 — room temp log ID [20344]',
  headers: ['Date', 'Eye', 'Procedure', 'CPT', 'Drug / implant', 'Lot', 'Tech'],
  rows: [
    ['10/13', 'OD', 'YAG capsulotomy', '{66821}', '—', '', 'JM'],
    ['10/13', 'OU', 'Punctal plugs, lower', '{68761}-E2-E4', 'Collagen plug 0.4 mm', '[81443]', 'JM'],
    ['10/14', 'OS', 'Intravitreal injection', '{67028}-LT', 'Aflibercept 2 mg (J0178)', '[10499]', 'AB'],
    ['10/14', 'OD', 'Selective laser trabeculoplasty', '{65855}-RT', '—', '', 'JM'],
    ['10/15', 'OS', 'Chalazion excision, single', '{67800}-E1', 'Lidocaine 2% w/ epi', '[64445]', 'AB'],
  ],
});

// ── 28. ENT inpatient consult charge capture, mobile list text ──
const chargeCapture = lines({
  id: 's44-chargecap',
  kind: 's44-ent-inpatient-consult-charge-capture-list',
  before: 'Charge Capture — ENT consult service — Providence St. Vincent — 11/05/2025 — Dr. Nakamura',
  text: [
    'Rm 4312 · MRN [88101] · Epistaxis, posterior — {99223}; packing posterior {30905}',
    'Rm 5120 · MRN [90418] · Stridor, post-extubation — {99222}; flexible laryngoscopy {31575}',
    'ED bay 14 · MRN [92670] · Peritonsillar abscess — consult {99253}; I&D {42700}',
    'Rm 3307 · MRN [95118] · Post-T&A bleed, POD 6 — {42960} in OR; case no. [44901]',
    'Rm 6204 · MRN [74421] · Facial palsy after parotidectomy — {99232}; EMG order {95867}',
    'Submitted 18:42 · batch [35117] · 5 encounters',
  ].join('\n'),
});

// ── 29. ENT appeal letter for sinus surgery denial, letter text ──
const entAppeal = lines({
  id: 's44-entappeal',
  kind: 's44-ent-sinus-surgery-appeal-letter',
  before: 'Willamette ENT & Facial Plastic Surgery — Appeals — First-level provider appeal',
  text: [
    'Moda Health, Attn: Appeals Unit, 601 SW 2nd Ave, Portland, OR [97204]',
    'Re: Priya Anand   Member ID 3004081120   Group [30408]   Claim [23317]-[64712]   DOS 11/06/2025',
    'Denied lines: {31276} (frontal sinus exploration) and {31287} (sphenoidotomy), reason: not medically necessary.',
    'The claim also carried {31256} and {31255}, which were paid; the frontal and sphenoid work was on the same side.',
    'CT 09/22/2025 Lund-Mackay score 14 with frontal and sphenoid opacification after 12 weeks of maximal therapy.',
    'We ask that {31276} and {31287} be reprocessed. Navigation ({61782}) is not appealed.',
    'Contact: A. Morales, CPC, (503) 555-0164 ext. [22416]; appeal tracking [86079].',
  ].join('\n'),
});

// ── 30. Toxin recall worklist (patients due for re-injection), table ──
const recallList = table({
  id: 's44-recall',
  kind: 's44-toxin-reinjection-recall-worklist',
  caption: 'Recall worklist — Chemodenervation q12 weeks — due 01/05/2026 to 01/16/2026 — 6 patients',
  headers: ['Acct', 'Patient', 'Last DOS', 'Last code(s)', 'Units', 'Due', 'Phone', 'ZIP'],
  rows: [
    ['[41959]', 'Okafor, Miriam', '10/14/2025', '{64612} x2', '55', '01/06', '(816) 555-0109', '[64118]'],
    ['[42217]', 'Lund, Peter', '10/14/2025', '{64612}-LT', '20', '01/06', '(913) 555-0177', '[66207]'],
    ['[39904]', 'Hayes, Brenda', '10/15/2025', '{64615}', '155', '01/07', '(816) 555-0120', '[64632]'],
    ['[40175]', 'Moreau, Claire', '10/15/2025', '{64616}', '100', '01/07', '(660) 555-0138', '[64445]'],
    ['[43320]', 'Singh, Aarav (9y)', '10/16/2025', '{67345}', '7.5', '01/08', '(816) 555-0191', '[64157]'],
    ['[38871]', 'Dubois, Henri', '10/16/2025', '{64612} x2', '120', '01/08', '(785) 555-0102', '[66088]'],
  ],
});

// ── 31. Optometrist referral fax to oculoplastics, fax text layer ──
const odReferral = lines({
  id: 's44-odref',
  kind: 's44-optometry-referral-fax-oculoplastics',
  before: 'REFERRAL — Metcalf Family Eye Care — to Plaza Eye & Facial Plastics (oculoplastics)',
  text: [
    'From: Hoang Tran, OD, [10551] Metcalf Ave, Overland Park, KS [66212]   Fax (913) 555-0188   Pages 3',
    'Patient: Peter Lund   DOB 08/30/1960   Our chart [15430]   Ins: Cigna OAP, ID U84301776 01',
    'Reason: left hemifacial spasm worsening, now closing the eye while driving; also left upper lid ptosis.',
    'Findings 09/12: VA 20/20 OU, IOP 15/16, MRD1 3.5 OD / 1.5 OS, levator function 14 mm both.',
    'Tests done here: visual field 24-2 ({92083}) and OCT macula ({92134}); copies enclosed.',
    'Please evaluate for chemodenervation and ptosis repair. Referral # [71238] (Cigna requires no referral).',
  ].join('\n'),
});

// ── 32. ENT scheduling: tympanostomy and audiology pre-op packet, text ──
const tubesPacket = lines({
  id: 's44-tubes',
  kind: 's44-pediatric-ent-surgery-scheduling-letter',
  before: 'Surgery Scheduling Letter — Willamette ENT — Pediatric',
  text: [
    'Dear parent of Owen Reyes: surgery is scheduled Thursday 11/06/2025 at Providence St. Vincent.',
    'Procedure: bilateral ear tubes (myringotomy with tympanostomy tube insertion, CPT {69436}-50).',
    'Pre-op hearing test on 10/30 (tympanometry {92567}; play audiometry {92582}) at our Beaverton office.',
    'Surgery confirmation no. [44813]. Arrive 6:45 AM, entrance B, 9205 SW Barnes Rd, Portland, OR [97225].',
    'Nothing to eat after midnight; clear liquids until 5:30 AM. Bring insurance card (OHP member [42461]).',
    'Post-op check with hearing test in 4 weeks ({99024}, {92567}); ear drops prescription sent.',
  ].join('\n'),
});

// ── 33. ENT practice "Locations" web page, list of divs ──
const locations = lines({
  id: 's44-locations',
  kind: 's44-ent-practice-locations-page',
  before: 'Locations — Willamette ENT & Facial Plastic Surgery — Audiology and balance testing at every office',
  text: [
    'Beaverton: [15700] SW Greystone Ct, Suite 210, Beaverton, OR [97006] · Fax (503) 555-0171',
    'Portland (St. Vincent campus): 9155 SW Barnes Rd, Suite 440, Portland, OR [97225]',
    'Gresham: [24988] SE Stark St, Building C, Gresham, OR [97030] — Sinus & Allergy Center',
    'Troutdale satellite (Tue/Thu): 1400 NW Frontage Rd, Troutdale, OR [97060]',
    'Woodburn: 1560 Mt Hood Ave, Woodburn, OR [97071] — hearing aid repairs and walk-in cleaning',
    'Tillamook outreach clinic (2nd Friday): 1000 3rd St, Tillamook, OR [97141]',
    'Billing office: P.O. Box [13069], Portland, OR [97213]-0069 · Phone (503) 555-0169, option 2',
  ].join('\n'),
});

// ── 34. Optical shop frame receiving log (vendor shipment against a PO), table ──
const frameReceiving = table({
  id: 's44-framerecv',
  kind: 's44-optical-frame-receiving-log',
  caption: 'Receiving — Plaza Optical — PO [60228] — Vendor: Luxottica (acct [50174]) — received 10/09/2025',
  headers: ['Line', 'Vendor item', 'Model / color / size', 'Qty ord.', 'Qty recv.', 'Unit cost', 'Bin'],
  rows: [
    ['1', '[20412]', 'RB5154 2000 51□21', '4', '4', '$88.40', 'A-12'],
    ['2', '[20419]', 'RB5154 2012 49□21', '2', '2', '$88.40', 'A-12'],
    ['3', '[31770]', 'OO8046 0155 55□17', '3', '2', '$102.15', 'B-03'],
    ['4', '[44093]', 'CH3436 c.1575 52□17', '2', '2', '$171.60', 'C-08'],
    ['5', '[20461]', 'RX7047 5196 54□17', '6', '6', '$61.25', 'A-14'],
    ['Backorder', 'BO-[30211]', 'OO8046 0155, 1 pc, ETA 10/24', '', '', '', ''],
    ['Carrier', 'UPS', 'Packing slip [87132]', 'Cartons 2', '', 'Freight $0.00', 'Recv by KT'],
  ],
});

// ── 35. Patient statement from an eye and facial plastics practice, table ──
const statement = table({
  id: 's44-statement',
  kind: 's44-eye-practice-patient-statement',
  caption:
    'Statement — Plaza Eye & Facial Plastics — Statement date 11/10/2025 — Account [41959] — Statement no. [70238]',
  headers: ['Date', 'Description', 'Code', 'Charges', 'Ins. paid / adj.', 'Your balance'],
  rows: [
    ['10/14/2025', 'Chemodenervation, facial nerve, right', '{64612}', '295.00', '-276.43', '18.57'],
    ['10/14/2025', 'Chemodenervation, facial nerve, left', '{64612}', '295.00', '-276.43', '18.57'],
    ['10/14/2025', 'OnabotulinumtoxinA, 55 units', 'J0585', '352.00', '-338.64', '13.36'],
    ['11/03/2025', 'Payment — Mutual of Omaha, check [31009]', '', '', '-50.50', '0.00'],
    [
      '',
      'Make checks payable to Plaza Eye & Facial Plastics, P.O. Box [10394], Kansas City, MO [64171]-0394',
      '',
      '',
      '',
      '',
    ],
    ['', 'Pay online with code [51723]; questions (816) 555-0142', '', '', '', ''],
  ],
});

export const sealed44: Snippet[] = [
  ...bsNote,
  ...hfsMap,
  ...vialLog,
  ...hfsNote,
  ...opSuperbill,
  ...necessity,
  ...cosEstimate,
  ...vfReport,
  ...eyeExam,
  ...labTicket,
  ...clOrder,
  ...planSplit,
  ...entSuperbill,
  ...orSchedule,
  ...audReport,
  ...vngTable,
  ...haAgreement,
  ...daySheet,
  ...dailyClose,
  ...postInstr,
  ...gfe,
  ...paPortal,
  ...remit,
  ...fnClinic,
  ...rhinoConsent,
  ...photoLog,
  ...eyeProcLog,
  ...chargeCapture,
  ...entAppeal,
  ...recallList,
  ...odReferral,
  ...tubesPacket,
  ...locations,
  ...frameReceiving,
  ...statement,
];
