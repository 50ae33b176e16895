import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 83 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s83-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too (HCPCS Level II device codes such as C1778 and Category III codes are not five-digit tokens).
 * About a third of the decoys are numbers of the synthetic 10,000-code set (KNOWN_10K) used as ZIPs, case, account,
 * catalog, lot, serial, sales-order, invoice, authorization and policy numbers and as prices. The five known codes'
 * digits come back as decoys (12 times): a coding-guide document number, catalog and kit numbers, a support-line
 * customer account, a clinic account on the FRM log, a bill-to PO box, a device-tracking PO box, a claim number and a
 * distributor number.
 *
 * Family: medical device manufacturers' reimbursement support and benefit-investigation hubs for peripheral nerve
 * stimulators, cryoablation (cryoneurolysis) and radiofrequency ablation devices (a fictional maker, Northbridge
 * Neuro, with a PNS system, a cryo handpiece and an RF generator): coding and payment guides (CPT with national
 * average Medicare payment by site of service, coding notes, a device-to-code crosswalk), a reimbursement hotline case
 * note and case queue, a benefit investigation summary with prior-auth requirements per CPT (also as JSON and CSV
 * exports), a hub worklist, a prior-auth appeal template letter and its instructions, a field reimbursement manager's
 * visit log and follow-up email, a device order form, order header, X12 850 purchase order, invoice and remittance
 * stub, sample CMS-1500, UB-04 and 837P claims, an implant-tracking XML record, a payer coverage tracker and its notes,
 * a denial trend report, a claim status tracker, a webinar FAQ, and decoy-only pages (a product catalog, a distributor
 * list, an FRM territory roster, a consignment bin count).
 * Built on real public layouts: the manufacturers' coding and payment quick-reference tables (code, descriptor,
 * physician office / facility payment, HOPD APC and payment, ASC payment, footnotes), CMS-1500 item numbers (1a, 11,
 * 21, 24A–J, 26, 28, 32, 33), UB-04 revenue-code lines (0360 OR, 0278 implants, TOB 0131), X12 837P (CLM, HI, SV1,
 * N4, REF*G1) and 850 (BEG, N1, PO1), and a hub benefit-investigation summary (deductible, coinsurance, PA per code,
 * call reference). The others are written the way those pages read, with no single source.
 *
 * 381 labelled tokens over 36 shapes: 165 codes, 216 decoys, 70 of the decoys in KNOWN_10K.
 */

// ── 1. PNS coding & payment quick reference, table ──
const guidePns = table({
  id: 's83-guidepns',
  kind: 's83-pns-coding-payment-guide-grid',
  caption: 'Peripheral Nerve Stimulation — Coding & Payment Quick Reference (national average Medicare payment)',
  headers: ['CPT® Code', 'Descriptor', 'Physician Office', 'Physician Facility', 'HOPD APC', 'HOPD', 'ASC'],
  rows: [
    [
      '{64555}',
      'Percutaneous implantation of neurostimulator electrode array; peripheral nerve',
      '$2,611',
      '$281',
      '5462',
      '$7,384',
      '$5,216',
    ],
    [
      '{64575}',
      'Open implantation of neurostimulator electrode array; peripheral nerve',
      'N/A',
      '$641',
      '5463',
      '$13,152',
      '$10,884',
    ],
    [
      '{64590}',
      'Insertion or replacement of peripheral pulse generator or receiver',
      'N/A',
      '$286',
      '5463',
      '$13,152',
      '$11,307',
    ],
    [
      '{64585}',
      'Revision or removal of peripheral neurostimulator electrode array',
      '$1,038',
      '$284',
      '5461',
      '$3,601',
      '$2,014',
    ],
    [
      '{64595}',
      'Revision or removal of peripheral pulse generator or receiver',
      '$1,119',
      '$301',
      '5461',
      '$3,601',
      '$1,987',
    ],
    [
      '{95970}',
      'Electronic analysis of implanted neurostimulator; without programming',
      '$24',
      '$24',
      '5741',
      '$38',
      'N/A',
    ],
    ['{95971}', 'Electronic analysis; with simple programming', '$58', '$44', '5742', '$116', 'N/A'],
    [
      '{64445}',
      'Injection, anesthetic agent; sciatic nerve, single (diagnostic block)',
      '$176',
      '$71',
      '5443',
      '$886',
      '$420',
    ],
    ['{64450}', 'Injection, anesthetic agent; other peripheral nerve or branch', '$124', '$62', '5442', '$594', '$298'],
    ['{76942}', 'Ultrasonic guidance for needle placement', '$57', '$30', '—', 'Packaged', 'Packaged'],
    [
      '{64712}',
      'Neuroplasty; sciatic nerve (related procedure, see note 3)',
      'N/A',
      '$612',
      '5431',
      '$2,283',
      '$1,204',
    ],
    [
      '{64714}',
      'Neuroplasty; lumbar plexus (related procedure, see note 3)',
      'N/A',
      '$548',
      '5431',
      '$2,283',
      '$1,204',
    ],
  ],
});

// ── 2. PNS guide footnotes, text layer ──
const guidePnsNotes = lines({
  id: 's83-guidepnsnote',
  kind: 's83-pns-coding-guide-footnotes-text',
  before: 'Coding notes',
  text: [
    '¹ Report {64555} once per nerve, not per lead; two leads on the same nerve are one unit.',
    '² The receiver reported with {64590} is packaged in the HOPD and ASC; the device is not paid separately.',
    '³ A lead placed through an open incision is reported with {64575}. Neuroplasty ({64712}, {64714}) done only to',
    'expose the nerve for the lead is not separately reported.',
    '⁴ A diagnostic block such as {64445} on an earlier date may support medical necessity; Medicare does not require one.',
    'Document MKT-[64632] Rev D. CPT® is a registered trademark of the American Medical Association.',
    'Reimbursement Support Line: 1-855-555-0147, Mon–Fri 8–8 ET; written requests to PO Box [30145], Atlanta, GA [30348].',
  ].join('\n'),
});

// ── 3. Cryoneurolysis coding & payment quick reference, table ──
const guideCryo = table({
  id: 's83-guidecryo',
  kind: 's83-cryo-coding-payment-guide-grid',
  caption: 'CryoVela Cryoneurolysis — Physician and Facility Payment Summary',
  headers: ['Code', 'Description', 'Office (non-facility)', 'Facility', 'HOPD', 'ASC'],
  rows: [
    ['{64624}', 'Destruction by neurolytic agent, genicular nerve branches', '$416', '$182', '$3,601', '$1,960'],
    ['{64640}', 'Destruction by neurolytic agent; other peripheral nerve or branch', '$232', '$148', '$886', '$461'],
    ['{64632}', 'Destruction by neurolytic agent; plantar common digital nerve', '$128', '$71', '$886', '$434'],
    ['{64620}', 'Destruction by neurolytic agent, intercostal nerve', '$262', '$173', '$886', '$461'],
    ['{64630}', 'Destruction by neurolytic agent; pudendal nerve', '$288', '$176', '$1,604', '$842'],
    ['{64454}', 'Injection, anesthetic agent; genicular nerve branches', '$262', '$98', '$594', '$298'],
    ['0441T', 'Category III (payer policies written before its deletion)', '—', '—', '—', '—'],
  ],
});

// ── 4. Cryoneurolysis coding notes, text layer ──
const guideCryoNotes = lines({
  id: 's83-guidecryonote',
  kind: 's83-cryo-coding-notes-text',
  before: 'Frequently used codes for cryoneurolysis — notes',
  text: [
    'Genicular nerve cryoneurolysis is reported with {64624} once per knee, however many branches are treated.',
    'For the infrapatellar branch of the saphenous nerve alone most payers expect {64640}; check the policy first.',
    'Morton neuroma: report {64632} once per nerve treated, with the toe or side modifier.',
    'Chemodenervation codes such as {64612} and {64615} describe toxin injection, not cryoneurolysis; do not use them.',
    'Smart Tip kit CV-[64612]-10 is a supply and has no separate code in the facility setting.',
  ].join('\n'),
});

// ── 5. RF ablation coding & payment, table ──
const guideRf = table({
  id: 's83-guiderf',
  kind: 's83-rf-ablation-payment-guide-grid',
  caption: 'ThermaLine RF — Procedures commonly performed with the generator',
  headers: ['CPT/HCPCS', 'Short descriptor', 'MD non-fac', 'MD fac', 'HOPD', 'ASC', 'Global'],
  rows: [
    ['{64633}', 'Destroy cerv/thor facet jnt, single', '$508', '$259', '$1,604', '$842', '10'],
    ['{64634}', 'Destroy c/th facet jnt addl', '$219', '$96', 'Packaged', 'N1', 'ZZZ'],
    ['{64635}', 'Destroy lumb/sac facet jnt, single', '$503', '$257', '$1,604', '$842', '10'],
    ['{64636}', 'Destroy l/s facet jnt addl', '$184', '$84', 'Packaged', 'N1', 'ZZZ'],
    ['{64625}', 'RF ablate nrv innerv si jnt', '$532', '$269', '$1,604', '$842', '10'],
    ['{64624}', 'Dstrj nlyt gnclr nrv', '$416', '$182', '$3,601', '$1,960', '10'],
    ['{64628}', 'Trml dstrj ios bvn 1st 2 l/s', '—', '$458', '$8,292', '$6,904', '10'],
    ['{77003}', 'Fluoroguide for spine inject', '$89', '$33', 'Packaged', 'Packaged', 'ZZZ'],
  ],
});

// ── 6. Device-to-code crosswalk, table ──
const crosswalk = table({
  id: 's83-crosswalk',
  kind: 's83-device-procedure-code-crosswalk-grid',
  caption: 'Which procedure code goes with each product',
  headers: ['Item', 'Product', 'Device HCPCS', 'Procedure code(s)', 'Units'],
  rows: [
    ['[40214]', 'Ventra PNS lead kit, 2 leads', 'C1778 / L8680', '{64555}', '1 per nerve'],
    ['[40219]', 'Ventra implantable receiver', 'C1767 / L8679', '{64590}', '1'],
    ['[40220]', 'Ventra clinician programmer session', '—', '{95970} / {95971}', 'per session'],
    ['[51080]', 'CryoVela handpiece', '—', '{64624} or {64640}', 'per knee / nerve'],
    ['[51081]', 'CryoVela Smart Tip 190, box of 5', '—', '{64632}', 'per nerve'],
    ['[52214]', 'ThermaLine RF probe 18G', '—', '{64635} + {64636}', 'per level'],
    ['[64714]', 'ThermaLine cooled RF kit', '—', '{64624}', 'per knee'],
  ],
});

// ── 7. Reimbursement hotline case note, text layer ──
const hotlineNote = lines({
  id: 's83-hotline',
  kind: 's83-reimbursement-hotline-case-note-text',
  before: 'Reimbursement Support Line — case detail',
  text: [
    'Case [20364] opened 03/11/2025 14:20 ET by J. Ruiz (reimbursement specialist)',
    'Caller: Dana, billing, Prairie Spine & Pain ASC, Wichita KS [67206]; customer account [50552]',
    'Issue: BCBS Kansas denied {64555} x2 as units exceeding the maximum for the date of service.',
    'Advised one unit per nerve: both femoral leads are one unit; the sciatic lead is a second line with modifier XS.',
    'Caller asked whether sciatic neuroplasty {64712} can be added because the surgeon dissected to the nerve.',
    'Advised no when the dissection is only the approach for the lead; sent coding guide page 3.',
    'Same caller, second question: Morton neuroma cryo billed as {64632} x2 on one foot; one unit per nerve treated.',
    'Corrected claim [88316] to be resubmitted by the ASC; payer call reference [71250]. Follow-up 03/18.',
  ].join('\n'),
});

// ── 8. Hotline case queue, table ──
const hotlineQueue = table({
  id: 's83-hotlineq',
  kind: 's83-hotline-case-queue-grid',
  caption: 'My open and recent cases',
  headers: ['Case', 'Opened', 'Account', 'State', 'Topic', 'Ref', 'Status'],
  rows: [
    ['[20364]', '03/11', '[50552]', 'KS', 'Units on PNS leads', '{64555}', 'Closed'],
    ['[20371]', '03/11', '[61254]', 'TX', 'ASC payment for receiver', '{64590}', 'Open'],
    ['[20375]', '03/12', '[64712]', 'MO', 'Cryo for Morton neuroma', '{64632}', 'Pending payer'],
    ['[20380]', '03/12', '[33047]', 'GA', 'Diagnostic block before trial', '{64445}', 'Closed'],
    ['[20388]', '03/13', '[44205]', 'OH', 'Genicular RF vs cryo, same code?', '{64624}', 'Closed'],
    ['[20391]', '03/13', '[50552]', 'KS', 'Rebill follow-up', '[88316]', 'Open'],
    ['[20402]', '03/14', '[72036]', 'AR', 'Open lead placement with neuroplasty', '{64575} / {64714}', 'Escalated'],
  ],
});

// ── 9. Benefit investigation summary, text layer ──
const biSummary = lines({
  id: 's83-bisum',
  kind: 's83-benefit-investigation-summary-text',
  before: 'Benefit Investigation Summary — Patient Access Hub',
  text: [
    'BI case [24286]   Completed 04/02/2025   Product: Ventra PNS   Requested by: Lakeview Pain Institute',
    'Payer: Aetna Choice POS II   Group no. [86137]   Plan type: commercial PPO, employer self-funded',
    'Provider address: 1400 Hennepin Ave, Minneapolis MN [55403]   Site of service: ASC (POS 24), in network',
    'Deductible $1,500 (met $1,120); coinsurance 20%; out-of-pocket max $6,000 (met $2,410)',
    'Prior authorization required for {64555} and {64590}; not required for {95970} or {95971}.',
    'Auth request faxed 04/01; auth reference [81043]; call reference [15604] (rep Tasha, 04/01 10:12 CT).',
    'Estimated patient responsibility for the ASC case: $1,404 (not a guarantee of payment).',
  ].join('\n'),
});

// ── 10. Prior-auth requirements per CPT, table ──
const biPaGrid = table({
  id: 's83-bipa',
  kind: 's83-bi-prior-auth-by-code-grid',
  caption: 'Prior authorization requirements by procedure',
  headers: ['CPT', 'Description', 'PA required', 'Auth / ref #', 'Valid', 'Units', 'Notes'],
  rows: [
    ['{64555}', 'Perc PNS electrode array', 'Yes', '[81043]', '04/15–07/14', '2', 'Trial and permanent each need auth'],
    ['{64590}', 'Receiver insertion', 'Yes', '[81044]', '04/15–07/14', '1', ''],
    ['{64445}', 'Sciatic nerve block', 'No', '—', '—', '—', 'Done 02/2025'],
    ['{95970}', 'Analysis, no programming', 'No', '—', '—', '—', ''],
    ['{95971}', 'Analysis, simple programming', 'No', '—', '—', '—', 'Limit 4 per year'],
    ['{76942}', 'US guidance', 'No', '—', '—', '—', 'Bundled by this payer'],
    ['{64712}', 'Neuroplasty, sciatic', 'Not requested', '—', '—', '—', 'Re-verify if surgeon adds'],
  ],
});

// ── 11. BI export, JSON, text layer ──
const biJson = lines({
  id: 's83-bijson',
  kind: 's83-bi-case-json-export-text',
  before: 'Hub portal — export case (JSON)',
  text: [
    '{ "caseId": "BI-[24286]",',
    '  "payerId": "[60054]", "providerZip": "[55403]",',
    '  "procedures": [',
    '    { "cpt": "{64555}", "paRequired": true, "authRef": "[81043]" },',
    '    { "cpt": "{64590}", "paRequired": true, "authRef": "[81044]" },',
    '    { "cpt": "{64445}", "paRequired": false } ],',
    '  "callRef": "[15604]", "pages": 4 }',
  ].join('\n'),
});

// ── 12. BI batch export, CSV, text layer ──
const biCsv = lines({
  id: 's83-bicsv',
  kind: 's83-bi-batch-csv-export-text',
  before: 'bi_completed_week14.csv',
  text: [
    'case_id,payer,plan,pt_zip,cpt,pa_required,auth_ref,est_allowed',
    '[24286],Aetna,PPO,[55408],{64555},Y,[81043],2611.00',
    '[24286],Aetna,PPO,[55408],{64590},Y,[81044],[11307].00',
    '[24291],UHC,Medicare Adv,[63131],{64624},N,,416.00',
    '[24295],Humana,Medicare Adv,[40203],{64632},N,,128.00',
    '[24302],Cigna,OAP,[27514],{64555},Y,PENDING,2611.00',
    '[24306],BCBS IL,PPO,[60617],{64635},Y,[90440],503.00',
    '[24311],Tricare East,Prime,[30554],{64445},N,,176.00',
    '[24318],BCBS KC,PPO,[64113],{64632},N,,128.00',
  ].join('\n'),
});

// ── 13. Hub worklist of open benefit investigations, table ──
const hubWorklist = table({
  id: 's83-hubwork',
  kind: 's83-hub-open-bi-worklist-grid',
  caption: 'Patient Access Hub — open benefit investigations (sorted by aging)',
  headers: ['BI #', 'Received', 'Svc', 'Payer', 'Pt ZIP', 'Aging', 'Owner'],
  rows: [
    ['[24315]', '04/03', '{64632}', 'BCBS KC', '[64111]', '6 d', 'MH'],
    ['[24319]', '04/04', '{64445}, {64555}', 'Medicare', '[64503]', '5 d', 'MH'],
    ['[24322]', '04/04', '{64624}', 'Humana MA', '[72204]', '5 d', 'RS'],
    ['[24330]', '04/07', '{64575}', 'Cigna', '[75431]', '2 d', 'RS'],
    ['[24333]', '04/07', '{64712}', 'UHC', '[84132]', '2 d', 'TK'],
    ['[24337]', '04/08', '{64612}', 'Aetna', '[60051]', '1 d', 'TK'],
  ],
});

// ── 14. Prior-auth appeal template letter, text layer ──
const appealLetter = lines({
  id: 's83-appeal',
  kind: 's83-prior-auth-appeal-template-letter-text',
  before: 'Sample letter of medical necessity / appeal — customise on practice letterhead',
  text: [
    'Appeals Department, UnitedHealthcare, PO Box [30555], Salt Lake City, UT [84130]',
    'RE: Request for reconsideration   Member ID: <<ID>>   Claim number [47316]   Date of service: <<DOS>>',
    'I am writing on behalf of my patient to appeal the denial of percutaneous peripheral nerve stimulation',
    '(CPT {64555}) and the associated implantable receiver ({64590}).',
    'The patient has had chronic neuropathic pain in the sciatic distribution for 14 months despite medication, physical',
    'therapy and two diagnostic sciatic nerve blocks (CPT {64445}), each giving more than 50% relief.',
    'Decompression by neuroplasty of the sciatic nerve ({64712}) was considered by the orthopaedic team and declined.',
    'The denial letter (reference [73320]) calls the service investigational; the device is FDA cleared (K201873).',
  ].join('\n'),
});

// ── 15. Appeal template instructions, text layer ──
const appealHowTo = lines({
  id: 's83-appealhow',
  kind: 's83-appeal-template-instructions-text',
  before: 'How to use this template',
  text: [
    'Replace every <<field>>. Quote the denial reason and the policy the payer cites, word for word.',
    'If the denied line was open placement ({64575}) rather than percutaneous placement, change paragraph 2.',
    'If a lumbar plexus decompression ({64714}) was also denied, appeal it in a separate letter with the operative note.',
    'Do not list the device codes (C1778, L8680) unless the payer denied them on a separate line.',
    'Template form no. PA-APL-[12915]; questions go to the Reimbursement Support Line, not to the sales team.',
  ].join('\n'),
});

// ── 16. Field reimbursement manager account visit log, table ──
const frmLog = table({
  id: 's83-frmlog',
  kind: 's83-frm-account-visit-log-grid',
  caption: 'Field Reimbursement — account visit log — Missouri / Kansas territory',
  headers: ['Date', 'Account', 'Acct #', 'City', 'ZIP', 'Attendees', 'Codes discussed', 'Follow-up'],
  rows: [
    [
      '05/06',
      'Ozark Pain Center',
      '[64714]',
      'Springfield, MO',
      '[65804]',
      'Billing mgr, ASC admin',
      '{64555}, {64590}',
      'Send ASC sheet',
    ],
    ['05/07', 'Mercy Ortho Ridge', '[33606]', 'Joplin, MO', '[64807]', 'Coder', '{64624}', 'In-service on cryo'],
    [
      '05/08',
      'Heartland Foot & Ankle',
      '[41419]',
      'St. Joseph, MO',
      '[64506]',
      'Podiatrist, biller',
      '{64632}',
      'Check BCBS KC policy',
    ],
    [
      '05/09',
      'Clinton Family Pain',
      '[58213]',
      'Clinton, MO',
      '[64735]',
      'Physician',
      '{64445} then {64555}',
      'BI for 3 patients',
    ],
    [
      '05/12',
      'KC Neuro Surgical',
      '[26642]',
      'Kansas City, MO',
      '[64102]',
      'Surgeon, coder',
      '{64575}, {64712}',
      'Bundling memo',
    ],
    [
      '05/13',
      'Flint Hills Surgery Ctr',
      '[53161]',
      'Manhattan, KS',
      '[66502]',
      'Materials mgr',
      '—',
      'Consignment count',
    ],
  ],
});

// ── 17. FRM follow-up email after a visit, text layer ──
const frmEmail = lines({
  id: 's83-frmmail',
  kind: 's83-frm-visit-follow-up-email-text',
  before: 'Subject: Follow-up from Monday — KC Neuro Surgical',
  text: [
    'Thanks for the time on Monday (account [26642]). As discussed, when Dr. Patel places the PNS lead through an open',
    'incision the right code is {64575}, not {64555}.',
    'Neuroplasty of the lumbar plexus ({64714}) or of the sciatic nerve ({64712}) is only reported when a separate,',
    'medically necessary decompression is done and documented in its own paragraph of the operative note.',
    'Your second-quarter volume was 14 PNS cases; 9 were billed as {64555} and 5 as {64575}.',
    'Attached: the coding guide (MKT-[64632] Rev D) and the ASC payment sheet. The consignment bin ships to dock ZIP [64108].',
  ].join('\n'),
});

// ── 18. Device order form, table (decoy only) ──
const orderForm = table({
  id: 's83-orderform',
  kind: 's83-device-customer-order-form-grid',
  caption: 'Customer Order Form — fax or email to Customer Service',
  headers: ['Catalog No.', 'Description', 'Qty', 'UOM', 'Unit Price', 'Extended'],
  rows: [
    ['[40214]', 'Ventra PNS lead kit (2 leads)', '4', 'EA', '$1,950.00', '$7,800.00'],
    ['[40219]', 'Ventra implantable receiver', '2', 'EA', '$6,400.00', '[12800].00'],
    ['[40221]', 'Ventra external transmitter', '2', 'EA', '$895.00', '$1,790.00'],
    ['[51081]', 'CryoVela Smart Tip 190 (5/box)', '3', 'BX', '$2,250.00', '$6,750.00'],
    ['[52214]', 'ThermaLine RF probe 18G 100 mm', '10', 'EA', '$185.00', '$1,850.00'],
    ['[64445]', 'ThermaLine grounding pad (case of 25)', '1', 'CS', '$310.00', '$310.00'],
  ],
});

// ── 19. Order header, text layer (decoy only) ──
const orderHeader = lines({
  id: 's83-orderhdr',
  kind: 's83-device-order-header-text',
  before: 'Order information',
  text: [
    'Bill-to account [50552]   Ship-to account [50559]   Customer PO# [31049]',
    'Bill to: Prairie Spine & Pain ASC, Accounts Payable, PO Box [64612], Wichita KS [67204]',
    'Ship to: 8910 E 21st St N, Wichita KS [67206]   Attn: Materials Management',
    'Sales order SO-[70149]   entered by Customer Service, rep 4417   Requested ship date 05/20/2025',
    'Consignment: no   Bill-only: no   Freight: prepaid, ground',
  ].join('\n'),
});

// ── 20. X12 850 purchase order, text layer (decoy only) ──
const po850 = lines({
  id: 's83-po850',
  kind: 's83-x12-850-purchase-order-text',
  before: 'EDI 850 received from customer (ISA/GS trimmed)',
  text: [
    'ST*850*0001~',
    'BEG*00*SA*[31049]**20250514~',
    'N1*ST*PRAIRIE SPINE AND PAIN ASC*92*[50559]~',
    'N4*WICHITA*KS*[67206]~',
    'PO1*1*4*EA*1950*PE*VC*[40214]~',
    'PO1*2*2*EA*6400*PE*VC*[40219]~',
    'PO1*3*3*BX*2250*PE*VC*[51081]~',
    'CTT*3~',
  ].join('\n'),
});

// ── 21. Invoice lines, table (decoy only) ──
const invoice = table({
  id: 's83-invoice',
  kind: 's83-device-invoice-lines-grid',
  caption: 'Invoice — Northbridge Neuro, Inc.',
  headers: ['Line', 'Item', 'Description', 'Lot / Serial', 'Qty', 'Amount'],
  rows: [
    ['1', '[40214]', 'Ventra PNS lead kit', 'LOT [24106]A', '2', '$3,900.00'],
    ['2', '[40214]', 'Ventra PNS lead kit', 'LOT [24117]B', '2', '$3,900.00'],
    ['3', '[40219]', 'Ventra implantable receiver', 'SN VR[22784]', '1', '$6,400.00'],
    ['4', '[40219]', 'Ventra implantable receiver', 'SN VR[22785]', '1', '$6,400.00'],
    ['5', '[51081]', 'CryoVela Smart Tip 190', 'LOT C[71590]', '3', '$6,750.00'],
    ['', '', 'Subtotal', '', '', '[27350].00'],
  ],
});

// ── 22. Invoice remittance stub, text layer (decoy only) ──
const remitStub = lines({
  id: 's83-remit',
  kind: 's83-invoice-remittance-stub-text',
  before: 'Please detach and return with payment',
  text: [
    'Invoice [90561]   Invoice date 05/21/2025   Sales order SO-[70149]   Customer PO [31049]',
    'Terms: Net 45   Due 07/05/2025   Amount due [27350].00 USD   Customer number [50552]',
    'Remit to: Northbridge Neuro, Inc., Lockbox [77432], Dallas TX [75284]',
    'ACH: routing ending 0210, account ending 8844; reference the invoice number on the payment.',
  ].join('\n'),
});

// ── 23. Sample CMS-1500 from the coding guide, text layer ──
const sample1500 = lines({
  id: 's83-cms1500',
  kind: 's83-sample-cms1500-claim-text',
  before: 'Sample claim — physician, ASC setting (POS 24) — for illustration only',
  text: [
    'Item 1a Insured ID: XYZ804417223   Item 11 Insured group: [86137]',
    'Item 21 ICD Ind 0   A: G57.01   B: M79.2',
    'Item 24 line 1: 05/06/25 05/06/25 24   {64555} RT   A   $3,200.00   1',
    'Item 24 line 2: 05/06/25 05/06/25 24   {64590} RT   A   $1,400.00   1',
    'Item 24 line 3: 05/06/25 05/06/25 24   {76942} 26   A   $180.00   1',
    'Item 26 Patient account no.: [44837]   Item 28 Total charge: $4,780.00',
    'Item 32 Service facility: Lakeview Surgery Center, Minneapolis MN [55416]',
    'Item 33 Billing provider: Lakeview Pain Institute, 1400 Hennepin Ave, Minneapolis MN [55403]',
  ].join('\n'),
});

// ── 24. Sample UB-04 hospital outpatient claim, table ──
const sampleUb04 = table({
  id: 's83-ub04',
  kind: 's83-sample-ub04-hopd-lines-grid',
  caption: 'Sample UB-04 — hospital outpatient (TOB 0131) — device-intensive procedure',
  headers: ['Rev', 'Description', 'HCPCS / Rate', 'Serv date', 'Units', 'Total charges'],
  rows: [
    ['0360', 'OR services', '{64555}', '050625', '1', '$9,850.00'],
    ['0278', 'Implant — leads', 'C1778', '050625', '2', '[11400].00'],
    ['0278', 'Implant — receiver', 'C1767', '050625', '1', '[18500].00'],
    ['0360', 'OR services', '{64590}', '050625', '1', '$4,200.00'],
    ['0370', 'Anesthesia', '', '050625', '1', '$1,150.00'],
    ['0001', 'Total charges', '', '', '', '[45100].00'],
  ],
});

// ── 25. Sample 837P, text layer ──
const sample837 = lines({
  id: 's83-837p',
  kind: 's83-sample-837p-segments-text',
  before: 'The same claim as an electronic 837P (loop 2300 onward)',
  text: [
    'CLM*[44837]*4780***24:B:1*Y*A*Y*Y~',
    'REF*G1*[81043]~',
    'HI*ABK:G5701*ABF:M792~',
    'LX*1~',
    'SV1*HC:{64555}:RT*3200*UN*1***1~',
    'LX*2~',
    'SV1*HC:{64590}:RT*1400*UN*1***1~',
    'NM1*77*2*LAKEVIEW SURGERY CENTER*****XX*1396748201~',
    'N4*MINNEAPOLIS*MN*[55416]~',
    'NM1*PR*2*AETNA*****PI*[60054]~',
  ].join('\n'),
});

// ── 26. Implant tracking record, XML, text layer ──
const implantXml = lines({
  id: 's83-implantxml',
  kind: 's83-implant-tracking-record-xml-text',
  before: 'Device tracking export (XML) — implant registration',
  text: [
    '<ImplantRecord model="VR-200" serial="VR[22784]" implantDate="2025-05-06">',
    '  <Facility name="Lakeview Surgery Center" zip="[55416]"/>',
    '  <Procedure cpt="{64555}" nerve="sciatic" side="RT"/>',
    '  <Procedure cpt="{64590}"/>',
    '  <Lead lot="[24106]A"/><Lead lot="[24117]B"/>',
    '  <PatientCard number="[83340]"/>',
    '  <ReturnTo>Device Tracking, PO Box [64714], Minneapolis MN [55440]</ReturnTo>',
    '</ImplantRecord>',
  ].join('\n'),
});

// ── 27. Payer coverage tracker, table ──
const coverage = table({
  id: 's83-coverage',
  kind: 's83-payer-coverage-tracker-grid',
  caption: 'Payer Coverage Tracker — PNS, cryoneurolysis and RF ablation — second quarter',
  headers: ['Payer', 'Policy', 'Policy ID', 'Codes in scope', 'Position', 'Last reviewed'],
  rows: [
    [
      'Medicare (Novitas JH)',
      'LCD Peripheral Nerve Stimulation',
      'L[39528]',
      '{64555} {64590}',
      'Covered with criteria',
      '03/2025',
    ],
    [
      'Aetna',
      'CPB 0011 Electrical Stimulation for Pain',
      '0011',
      '{64555} {64575} {64590}',
      'Covered, select indications',
      '02/2025',
    ],
    ['Aetna', 'CPB 0863 Cryoablation', '0863', '{64624} {64640}', 'Experimental', '02/2025'],
    [
      'BCBS Kansas City',
      'Cryoneurolysis of Peripheral Nerves',
      'MP-[12029]',
      '{64632} {64640}',
      'Covered after failed injections',
      '01/2025',
    ],
    [
      'UnitedHealthcare',
      'Ablative Treatment for Spinal Pain',
      '2025T0109',
      '{64633}–{64636} {64625}',
      'Covered',
      '04/2025',
    ],
    ['Cigna', 'Peripheral Nerve Stimulation', 'IP-[14307]', '{64555} {64575}', 'PA required', '03/2025'],
    ['Humana', 'Genicular Nerve Ablation', 'HUM-[20942]', '{64624} {64454}', 'Covered, RF only', '01/2025'],
  ],
});

// ── 28. Coverage tracker notes, text layer ──
const coverageNotes = lines({
  id: 's83-covnote',
  kind: 's83-coverage-tracker-analyst-notes-text',
  before: 'Analyst notes (internal — do not send to accounts)',
  text: [
    'Novitas JH: three months of documented conservative care expected before {64555}; no trial period required.',
    'Aetna: cryoablation of genicular nerves under {64624} stays experimental; RF under the same code is covered.',
    'BCBS KC: Morton neuroma cryoneurolysis billed as {64632} covered after two failed injections (MP-[12029]).',
    'Cigna: {64575} needs PA; neuroplasty {64712} billed in the same session denied as incidental on 3 claims.',
    'UHC: nothing new; next review with the policy team on 06/10. Tracker owner ext. 4471.',
  ].join('\n'),
});

// ── 29. Denial trend report, table ──
const denials = table({
  id: 's83-denials',
  kind: 's83-denial-trend-report-grid',
  caption: 'Hotline-reported denials — last 90 days',
  headers: ['Payer', 'Proc', 'CARC', 'Denials', 'Billed total', 'Top reason'],
  rows: [
    ['Aetna', '{64555}', 'CO-197', '14', '[44800].00', 'No auth on file'],
    ['UHC', '{64590}', 'CO-50', '9', '[12600].00', 'Not medically necessary'],
    ['Cigna', '{64712}', 'CO-97', '6', '$7,340.00', 'Incidental to {64575}'],
    ['BCBS KS', '{64555}', 'CO-151', '5', '$9,800.00', 'Units exceed maximum'],
    ['Humana', '{64624}', 'CO-50', '4', '$3,120.00', 'Cryo not covered'],
    ['Medicare', '{64632}', 'CO-236', '3', '$1,470.00', 'NCCI pair with {64455}'],
  ],
});

// ── 30. Claim status tracker, table ──
const claimStatus = table({
  id: 's83-claimstat',
  kind: 's83-hub-claim-status-tracker-grid',
  caption: 'Claims followed by the hub after benefit investigation',
  headers: ['Claim #', 'DOS', 'Billed code', 'Billed', 'Allowed', 'Status'],
  rows: [
    ['[47316]', '05/06/2025', '{64555}', '$3,200.00', '$0.00', 'Appeal sent'],
    ['[47317]', '05/06/2025', '{64590}', '$1,400.00', '$0.00', 'Appeal sent'],
    ['[64612]', '05/09/2025', '{64445}', '$450.00', '$176.20', 'Paid'],
    ['[48120]', '05/14/2025', '{64714}', '$2,210.00', '$611.80', 'Paid'],
    ['[48131]', '05/15/2025', '{64632}', '$640.00', '$128.40', 'Paid'],
    ['[48139]', '05/20/2025', '{64712}', '$2,450.00', '—', 'Pended for notes'],
  ],
});

// ── 31. Reimbursement webinar FAQ, text layer ──
const webinarFaq = lines({
  id: 's83-faq',
  kind: 's83-reimbursement-webinar-faq-text',
  before: 'Reimbursement webinar — questions from attendees',
  text: [
    'Q: Can we bill {64555} and {64445} on the same day?',
    'A: Not for a block at the same site as part of the procedure; a diagnostic block on an earlier date is reportable.',
    'Q: Our surgeon exposed the lumbar plexus to place the lead. Is {64714} allowed?',
    'A: Exposure for placement is included in {64575}; a separate, documented decompression may support {64714}-59.',
    'Q: A payer told us to use {64612} for supraorbital cryo. Right?',
    'A: No. {64612} is chemodenervation; supraorbital cryoneurolysis is {64640}.',
    'Q: Two neuromas on one foot, how many units of {64632}? A: One per nerve treated.',
    'Replay ID [35503]; CEU approval no. [45148].',
  ].join('\n'),
});

// ── 32. Patient support programme enrollment form, text layer ──
const enrollForm = lines({
  id: 's83-enroll',
  kind: 's83-patient-support-enrollment-form-text',
  before: 'Patient Support Program — Enrollment and Benefit Investigation Request',
  text: [
    'Patient ZIP [55408]   Primary insurance: Medicare Part B   Secondary: AARP Medigap, plan ID [70016]',
    'Prescriber NPI 1366512094   Practice fax (612) 555-0184   Office contact: Lena',
    'Planned procedure(s):   ☒ {64555}   ☒ {64590}   ☐ {64575}   ☐ {64585}',
    'Prior diagnostic blocks: ☒ {64445} (x2)   ☐ {64450}',
    'Anticipated date 06/2025   Site: ☐ office ☒ ASC ☐ HOPD   Facility ZIP [55416]',
  ].join('\n'),
});

// ── 36. Consignment inventory count, table (decoy only) ──
const consignment = table({
  id: 's83-consign',
  kind: 's83-consignment-bin-count-grid',
  caption: 'Consignment count — Flint Hills Surgery Ctr — counted by the FRM with the materials manager',
  headers: ['Catalog #', 'Description', 'Lot / SN', 'Expiry', 'On hand', 'Bin'],
  rows: [
    ['[40214]', 'Ventra PNS lead kit', 'LOT [24106]A', '09/2026', '3', 'B-12'],
    ['[40214]', 'Ventra PNS lead kit', 'LOT [25069]C', '01/2027', '2', 'B-12'],
    ['[40219]', 'Ventra implantable receiver', 'SN VR[22791]', '—', '1', 'B-14'],
    ['[51081]', 'CryoVela Smart Tip 190', 'LOT C[71602]', '03/2026', '4', 'C-02'],
    ['[52214]', 'ThermaLine RF probe 18G 100 mm', 'LOT R[33911]', '11/2026', '8', 'C-05'],
    ['[52216]', 'ThermaLine cannula kit', 'LOT R[34074]', '02/2027', '6', 'C-06'],
  ],
});

// ── 33. Product catalog, table (decoy only) ──
const catalog = table({
  id: 's83-catalog',
  kind: 's83-product-catalog-grid',
  caption: 'Product Catalog — Neuromodulation and Ablation',
  headers: ['Catalog #', 'Product', 'Contents', 'GTIN', 'List price'],
  rows: [
    ['[40214]', 'Ventra PNS lead kit', '2 leads, 2 introducers', '00850012340214', '$1,950.00'],
    ['[40219]', 'Ventra implantable receiver', '1 receiver, tunneler', '00850012340219', '$6,400.00'],
    ['[40221]', 'Ventra external transmitter', '1 transmitter, 4 patches', '00850012340221', '$895.00'],
    ['[51080]', 'CryoVela handpiece', 'Reusable, 200 cycles', '00850012351080', '[14500].00'],
    ['[51081]', 'CryoVela Smart Tip 190', '5 tips', '00850012351081', '$2,250.00'],
    ['[52210]', 'ThermaLine RF generator', 'Generator, 4 channels', '00850012352210', '[38900].00'],
    ['[52214]', 'ThermaLine RF probe 18G 100 mm', '10 probes', '00850012352214', '$1,850.00'],
    ['[64632]', 'ThermaLine cannula 18G 100 mm 10 mm tip', '25 cannulae', '00850012364632', '$540.00'],
  ],
});

// ── 34. Distributor list, table (decoy only) ──
const distributors = table({
  id: 's83-distrib',
  kind: 's83-authorized-distributor-list-grid',
  caption: 'Authorized Distributors — Central Region',
  headers: ['Distributor', 'Territory', 'Distributor #', 'City', 'ZIP', 'Phone'],
  rows: [
    ['Show-Me Medical Supply', 'Western Missouri', '[70608]', 'Appleton City, MO', '[64724]', '(660) 555-0131'],
    ['Plains Surgical', 'Kansas', '[70611]', 'Wichita, KS', '[67204]', '(316) 555-0177'],
    ['Gateway Neuro Distributors', 'Eastern Missouri', '[64445]', 'St. Louis, MO', '[63131]', '(314) 555-0122'],
    ['Twin Cities Surgical', 'Minnesota', '[70620]', 'Minneapolis, MN', '[55401]', '(612) 555-0148'],
    ['Ozark Ortho Supply', 'Arkansas', '[70624]', 'Little Rock, AR', '[72204]', '(501) 555-0190'],
    ['Heartland Medical', 'Iowa / Nebraska', '[70633]', 'Omaha, NE', '[68114]', '(402) 555-0163'],
  ],
});

// ── 35. FRM territory roster, table (decoy only) ──
const frmRoster = table({
  id: 's83-frmroster',
  kind: 's83-frm-territory-roster-grid',
  caption: 'Field Reimbursement Managers — territories and cost centers',
  headers: ['FRM', 'Territory', 'Employee #', 'Cost center', 'Home base ZIP'],
  rows: [
    ['M. Hale', 'MO / KS', '[30750]', '[41627]', '[64111]'],
    ['R. Singh', 'MN / IA / NE', '[30761]', '[41627]', '[55401]'],
    ['T. Kowalski', 'TX / OK / AR', '[30772]', '[41628]', '[75431]'],
    ['J. Ruiz', 'Hotline (remote)', '[30788]', '[41630]', '[30340]'],
  ],
});

export const sealed83: Snippet[] = [
  ...guidePns,
  ...guidePnsNotes,
  ...guideCryo,
  ...guideCryoNotes,
  ...guideRf,
  ...crosswalk,
  ...hotlineNote,
  ...hotlineQueue,
  ...biSummary,
  ...biPaGrid,
  ...biJson,
  ...biCsv,
  ...hubWorklist,
  ...appealLetter,
  ...appealHowTo,
  ...frmLog,
  ...frmEmail,
  ...orderForm,
  ...orderHeader,
  ...po850,
  ...invoice,
  ...remitStub,
  ...sample1500,
  ...sampleUb04,
  ...sample837,
  ...implantXml,
  ...coverage,
  ...coverageNotes,
  ...denials,
  ...claimStatus,
  ...webinarFaq,
  ...enrollForm,
  ...catalog,
  ...distributors,
  ...frmRoster,
  ...consignment,
];
