import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 42 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/context.ts, lib/page/scan.ts), never read a score of an earlier sealed set, and never ran the
 * detector on these snippets. Its page shapes (`kind`, prefixed `s42-`) appear in no other corpus file. Score it once;
 * do not edit a snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too, including both ends of a code range in a PA list and codes in CSV, fixed-width and X12 SVC
 * fields. About a third of the decoys are numbers of the synthetic 10,000-code set (KNOWN_10K) used as ZIPs, county
 * FIPS codes, EOB and edit codes, check/EFT numbers, waiver service ids, NAIC and group numbers and trace numbers.
 * The five known codes' digits come back as decoys: an MCO authorization reference, an MHCP PO box, an NCTracks check
 * number, a Missouri ZIP (Elmo, next to the same code in the same panel) and the digits of an eMedNY CIN.
 *
 * Family: state Medicaid and managed-care portals: MMIS eligibility (Ohio PNM, eMOMED, TMHP 271), claim status
 * (TMHP), remittance search and paper RA (NCTracks), eMedNY remittance detail and financial summary, PROMISe 835,
 * fee look-up and fee files (TMHP OFL, Florida CSV, ForwardHealth fixed width, Ohio Appendix DD changes), PA request
 * form, PA inquiry (GAMMIS), Medi-Cal TAR status, MCO approval letter, provider bulletin (MO HealthNet) and manual
 * sections (Medi-Cal, AHCCCS), TennCare MCO PA crosswalk, MCO claim detail, member EOB, PCP panel roster and coding
 * newsletter, CHIP (PeachCare) and HCBS waiver pages, county code tables (MO HealthNet, NC DSS), NY plan-by-ZIP page,
 * MHCP revalidation letter, CHAMPS enrollment status and a TPL other-coverage panel.
 * Built on real public layouts, from memory of them (no page was copied): the TMHP OFL columns (procedure code, type of
 * service 2/8, age range, PA), the NCTracks RA (claim number, recipient id with check letter, county, EOB codes), the
 * eMedNY remittance statement (CIN of two letters, five digits and a letter; five-digit edit codes), X12 835 and 271
 * segments (ISA version 00501, CLP, SVC*HC, CAS, REF*6R, EB), Medi-Cal aid and county codes and TAR control numbers,
 * MO HealthNet DCN, ME codes and county codes beside FIPS, Ohio rule 5160-1-60 Appendix DD, 42 CFR 455.414
 * revalidation, and NAIC company codes on TPL records. The others are written the way those pages read.
 *
 * 323 labelled tokens over 35 shapes: 139 codes, 184 decoys, 64 of the decoys in KNOWN_10K.
 */

// ── 1. Ohio Medicaid eligibility verification, PNM portal key-value panel ──
const ohElig = table({
  id: 's42-ohelig',
  kind: 's42-ohio-pnm-eligibility-verification-panel',
  caption:
    'Member Eligibility — Ohio Department of Medicaid — Provider Network Management (PNM) — inquiry 11/04/2025 09:42',
  headers: ['Field', 'Value'],
  rows: [
    ['Medicaid ID', '9100 4417 2856'],
    ['Member', 'REYES-DUNBAR, TAMIKA L   DOB 03/22/1987   F'],
    ['Residential address', '1418 Oakwood Ave, Toledo, OH [43607]-2215'],
    ['County of residence', '48 Lucas (FIPS [39095])'],
    ['Benefit plan', 'MAGI Adult Extension (Group VIII) — full Medicaid benefits'],
    ['Eligibility span', '07/01/2025 – 06/30/2026'],
    ['Managed care plan', 'Buckeye Health Plan (MCP) from 08/01/2025 — plan ID 0360018'],
    ['Primary care provider', 'Mercy Health St. Vincent Family Medicine, 2213 Cherry St, Toledo, OH [43608]'],
    ['Third-party liability', 'None on file'],
    ['Patient liability', '$0.00'],
    ['Lock-in (coordinated services program)', 'No'],
    ['Inquiry trace number', '[43622]-PNM-1104'],
  ],
});

// ── 2. Texas TMHP claim status inquiry results, table ──
const tmhpStatus = table({
  id: 's42-tmhpstat',
  kind: 's42-tmhp-claim-status-inquiry-results',
  caption: 'TMHP Claim Status Inquiry — TPI 1456780-03 — Client no. 517904386 — DOS 10/01/2025–10/31/2025',
  headers: ['ICN', 'Line', 'DOS', 'Proc Code', 'Mod', 'Units', 'Billed', 'Allowed', 'Paid', 'Status', 'EOB'],
  rows: [
    ['100025303112845', '1', '10/14/2025', '{64712}', 'LT', '1', '2,450.00', '618.34', '618.34', 'Paid', '[00350]'],
    ['100025303112845', '2', '10/14/2025', '{64727}', '', '1', '610.00', '0.00', '0.00', 'Denied', '[01394]'],
    ['100025303112845', '3', '10/14/2025', '{64445}', '59 LT', '1', '385.00', '0.00', '0.00', 'Denied', '[00184]'],
    ['100025303112845', '4', '10/14/2025', '{76942}', '', '1', '210.00', '41.18', '41.18', 'Paid', ''],
    ['100025294030517', '1', '10/21/2025', '{99214}', '25', '1', '245.00', '62.15', '', 'In process', '[00412]'],
    ['100025294030517', '2', '10/21/2025', '{95886}', '', '1', '290.00', '', '', 'In process', '[00412]'],
  ],
});

// ── 3. NCTracks remittance advice search results, table ──
const ncRaSearch = table({
  id: 's42-ncrasearch',
  kind: 's42-nctracks-remittance-search-results',
  caption: 'NCTracks — Remittance Advice — Search results — NPI 1093817264 — last 90 days',
  headers: ['RA Date', 'RA Number', 'Payment', 'Check / EFT No.', 'Claims Paid', 'Claims Denied', 'Net Amount'],
  rows: [
    ['10/31/2025', '0001873360', 'EFT', '[64632]', '41', '6', '$12,908.55'],
    ['10/24/2025', '0001869214', 'EFT', '[62113]', '28', '3', '$8,317.02'],
    ['10/17/2025', '0001864408', 'EFT', '[60038]', '35', '9', '$10,442.91'],
    ['10/10/2025', '0001859977', 'Paper check', '[10488]', '2', '0', '$211.60'],
    ['10/03/2025', '0001855170', 'EFT', '[57049]', '0', '1', '$0.00'],
    ['09/26/2025', '0001850633', 'EFT', '[55523]', '19', '2', '$5,870.44'],
  ],
});

// ── 4. NCTracks paper remittance advice, PDF text layer ──
const ncRa = lines({
  id: 's42-ncra',
  kind: 's42-nctracks-paper-ra-text',
  before: 'NORTH CAROLINA MEDICAID — NCTRACKS — REMITTANCE ADVICE',
  text: [
    'RA DATE: 10/31/2025   RA NUMBER: 0001873360   CHECK/EFT: [64632]   PAGE: 4 OF 11',
    'PAYEE: PIEDMONT SPINE AND PAIN PLLC   NPI: 1093817264   2400 S HAWTHORNE RD, WINSTON SALEM NC [27104]',
    'CLAIM TYPE: PROFESSIONAL          CLAIM STATUS: PAID',
    'CLAIM NUMBER: 20253020457813000000   RECIPIENT: HOLLOWAY, JAMES D   RECIPIENT ID: 948302117S   COUNTY: 034',
    '  LN 01  DOS 10/14/2025  PROC {64635}  MOD RT  UNITS 1  BILLED 1,180.00  ALLOWED 412.77  PAID 412.77  EOB [00119]',
    '  LN 02  DOS 10/14/2025  PROC {64636}  MOD RT  UNITS 2  BILLED 920.00  ALLOWED 270.14  PAID 270.14',
    '  LN 03  DOS 10/14/2025  PROC {77003}  MOD 26  UNITS 1  BILLED 140.00  ALLOWED 0.00  PAID 0.00  EOB [00910]',
    'CLAIM NUMBER: 20253020458092000000   RECIPIENT: PATEL-GRANT, SONIA   RECIPIENT ID: 901177462K   COUNTY: 041',
    '  LN 01  DOS 10/16/2025  PROC {64445}  MOD LT  UNITS 1  BILLED 385.00  ALLOWED 96.60  PAID 96.60',
    '  LN 02  DOS 10/16/2025  PROC {99204}  MOD 25  UNITS 1  BILLED 310.00  ALLOWED 118.42  PAID 118.42',
    'CLAIM TYPE: PROFESSIONAL          CLAIM STATUS: DENIED',
    'CLAIM NUMBER: 20253020461177000000   RECIPIENT: OXENDINE, RAY   RECIPIENT ID: 940018253M   COUNTY: 078',
    '  LN 01  DOS 10/20/2025  PROC {64612}  MOD    UNITS 1  BILLED 640.00  ALLOWED 0.00  PAID 0.00  EOB [08021]',
    '  LN 02  DOS 10/20/2025  PROC J0585  MOD    UNITS 50  BILLED 900.00  ALLOWED 0.00  PAID 0.00  EOB [08021]',
    'EOB [00119] PROCEDURE PAID AT STATE MAXIMUM ALLOWABLE   EOB [00910] PROFESSIONAL COMPONENT INCLUDED IN GLOBAL',
    'EOB [08021] PRIOR APPROVAL REQUIRED FOR THIS SERVICE — NO APPROVAL ON FILE FOR RECIPIENT/DATE OF SERVICE',
  ].join('\n'),
});

// ── 5. Texas Medicaid Online Fee Lookup results, table ──
const txOfl = table({
  id: 's42-txofl',
  kind: 's42-tmhp-online-fee-lookup-results',
  caption: 'Online Fee Lookup (OFL) — Texas Medicaid — Fee schedule: Physician — Procedure code range search',
  headers: [
    'Procedure Code',
    'Modifier',
    'Type of Service',
    'Description',
    'Age Range',
    'Fee',
    'PA Required',
    'Effective',
  ],
  rows: [
    ['{64445}', '', '2', 'N BLOCK INJ SCIATIC SNG', '0–120', '$96.60', 'No', '09/01/2025'],
    ['{64446}', '', '2', 'N BLK INJ SCIATIC CNT INF', '0–120', '$104.87', 'No', '09/01/2025'],
    ['{64612}', '', '2', 'DESTROY NERVE FACE MUSCLE', '0–120', '$108.12', 'Yes', '09/01/2025'],
    ['{64632}', '', '2', 'N BLOCK INJ COMMON DIGIT', '0–120', '$59.74', 'No', '09/01/2025'],
    ['{64633}', '', '2', 'DESTR NROLYTC AGNT C/T SNGL', '18–120', '$211.80', 'Yes', '09/01/2025'],
    ['{64712}', '', '2', 'REVISE SCIATIC NERVE', '0–120', '$618.34', 'No', '09/01/2025'],
    ['{64712}', '', '8', 'REVISE SCIATIC NERVE', '0–120', '$98.93', 'No', '09/01/2025'],
    ['{64714}', '', '2', 'REVISE LOW BACK NERVE(S)', '0–120', '$574.06', 'No', '09/01/2025'],
    ['{64714}', '', '8', 'REVISE LOW BACK NERVE(S)', '0–120', '$91.85', 'No', '09/01/2025'],
  ],
});

// ── 6. Florida Medicaid practitioner fee schedule, downloadable CSV shown as text ──
const flCsv = lines({
  id: 's42-flcsv',
  kind: 's42-florida-practitioner-fee-file-csv-text',
  before: 'Florida Medicaid — Practitioner Fee Schedule 2025 — Practitioner_FS_2025.csv',
  text: [
    'PROCEDURE CODE,MODIFIER 1,MODIFIER 2,DESCRIPTION,FACILITY FEE,NON-FACILITY FEE,PA REQ,MAX UNITS,BEGIN DATE,END DATE',
    '{64445},,,N BLOCK INJ SCIATIC SNG,71.22,139.05,N,1,20250101,99991231',
    '{64446},,,N BLK INJ SCIATIC CNT INF,80.13,,N,1,20250101,99991231',
    '{64447},,,N BLOCK INJ FEMORAL SINGLE,63.90,128.41,N,1,20250101,99991231',
    '{64612},,,DESTROY NERVE FACE MUSCLE,88.70,104.33,Y,2,20250101,99991231',
    '{64632},,,N BLOCK INJ COMMON DIGIT,44.18,81.77,N,1,20250101,99991231',
    '{64712},,,REVISE SCIATIC NERVE,512.66,,N,1,20250101,99991231',
    '{64712},80,,REVISE SCIATIC NERVE,82.03,,N,1,20250101,99991231',
    '{64714},,,REVISE LOW BACK NERVE(S),478.20,,N,1,20250101,99991231',
    'TOTAL RECORDS: [10482]   FILE CREATED 2025-01-02   AGENCY FOR HEALTH CARE ADMINISTRATION',
  ].join('\n'),
});

// ── 7. Wisconsin ForwardHealth maximum fee schedule, fixed-width flat file ──
const wiFlat = lines({
  id: 's42-wiflat',
  kind: 's42-forwardhealth-max-fee-fixed-width-text',
  before: 'ForwardHealth — Maximum Fee Schedule — Physician Services — flat file (fixed width)',
  text: [
    'HDR PHYSICIAN MAX FEE SCHEDULE   RUN DATE 20251001   PROVIDER TYPE 20   SPECIALTY ALL',
    'PROC   M1 M2 DESCRIPTION                  MAX FEE   EFF DATE  END DATE  PA ASST',
    '{64445}       N BLOCK INJ SCIATIC SNG      [00087].41  20250101  99991231  N  N',
    '{64446}       N BLK INJ SCIATIC CNT INF    [00094].66  20250101  99991231  N  N',
    '{64612}       DESTROY NERVE FACE MUSCLE    [00101].20  20250101  99991231  Y  N',
    '{64615}       CHEMODENERV MUSC MIGRAINE    [00098].05  20250101  99991231  Y  N',
    '{64632}       N BLOCK INJ COMMON DIGIT     [00054].12  20250101  99991231  N  N',
    '{64712}       REVISE SCIATIC NERVE         [00585].90  20250101  99991231  N  Y',
    '{64714}       REVISE LOW BACK NERVE(S)     [00552].33  20250101  99991231  N  Y',
    'TRL RECORD COUNT 0000412   CONTROL TOTAL [00519]   END OF FILE',
  ].join('\n'),
});

// ── 8. Louisiana Medicaid outpatient procedure PA request form, PDF text layer ──
const laPaForm = lines({
  id: 's42-lapaform',
  kind: 's42-louisiana-pa-request-form-text',
  before: 'Louisiana Medicaid — Prior Authorization Request — Outpatient Procedures',
  text: [
    'SECTION A — RECIPIENT   Name: Thibodeaux, Carla M.   Medicaid ID: 2180044713692   DOB: 09/03/1979',
    'Address: 4120 Prescott Rd, Alexandria, LA [71301]   Parish: Rapides (40)',
    'SECTION B — REQUESTING PROVIDER   Cenla Pain & Spine, LLC   LA Medicaid Provider ID 1847203   NPI 1346628810',
    'Address: 3330 Masonic Dr, Ste 105, Alexandria, LA [71301]   Phone (318) 555-0148   Fax (318) 555-0149',
    'SECTION C — SERVICES REQUESTED',
    'Line 1   CPT/HCPCS {64635}   Mod LT   Units 1   From 11/17/2025   To 02/15/2026   POS 22',
    'Line 2   CPT/HCPCS {64636}   Mod LT   Units 1   From 11/17/2025   To 02/15/2026   POS 22',
    'Line 3   CPT/HCPCS {77003}   Mod      Units 1   From 11/17/2025   To 02/15/2026   POS 22',
    'Diagnosis: M47.816 Spondylosis without myelopathy, lumbar region   Secondary: M54.50',
    'SECTION D — CLINICAL   Two diagnostic medial branch blocks ({64493}, {64494}) on 08/21 and 09/11/2025, 85% and 80% relief.',
    'Conservative care: PT 12 visits ({97110}, {97140}) April–June 2025; NSAIDs; home exercise. Pain 7/10, ODI 46%.',
    'Submit to: Gainwell Technologies, Prior Authorization Unit, P.O. Box [14919], Baton Rouge, LA [70898]-4919',
  ].join('\n'),
});

// ── 9. Georgia GAMMIS prior authorization inquiry results, table ──
const gaPaStatus = table({
  id: 's42-gapastat',
  kind: 's42-gammis-pa-inquiry-results',
  caption: 'GAMMIS — Prior Authorization Inquiry — Provider ID 000712483A — Member ID 111904273358',
  headers: [
    'PA Number',
    'Line',
    'Procedure',
    'Mod',
    'Units Req.',
    'Units Appr.',
    'Effective',
    'End',
    'Status',
    'Reason',
  ],
  rows: [
    ['25301000148', '1', '{64633}', 'RT', '1', '1', '11/03/2025', '01/31/2026', 'Approved', ''],
    [
      '25301000148',
      '2',
      '{64634}',
      'RT',
      '2',
      '1',
      '11/03/2025',
      '01/31/2026',
      'Modified',
      'Units exceed policy limit',
    ],
    ['25301000148', '3', '{77003}', '', '1', '1', '11/03/2025', '01/31/2026', 'Approved', ''],
    ['25294000977', '1', '{64612}', '', '2', '0', '', '', 'Denied', 'Documentation insufficient'],
    ['25294000977', '2', 'J0585', '', '100', '0', '', '', 'Denied', 'Documentation insufficient'],
    ['25310000263', '1', '{64712}', 'LT', '1', '', '', '', 'Pended', 'Clinical review — physician advisor'],
  ],
});

// ── 10. MCO prior-authorization approval letter, PDF text layer ──
const paLetter = lines({
  id: 's42-paletter',
  kind: 's42-mco-pa-approval-letter-text',
  before: 'CareSource Georgia — Notice of Approval — Prior Authorization',
  text: [
    'November 6, 2025',
    'Peachtree Regional Pain Center, 1100 Johnson Ferry Rd NE, Ste 600, Atlanta, GA [30342]',
    'RE: Member Shaunte Whitaker   Member ID 110348827   DOB 04/11/1990   Authorization reference 2025-[64712]',
    'We have approved the following service(s) you asked for on 11/03/2025:',
    '   Injection, anesthetic agent; sciatic nerve, single — CPT {64445} — 1 unit — 11/10/2025 to 12/09/2025',
    '   Ultrasound guidance for needle placement — CPT {76942} — 1 unit — 11/10/2025 to 12/09/2025',
    'We did not approve CPT {64446} (continuous infusion by catheter). The records sent do not show a need for a catheter.',
    'This approval is not a guarantee of payment. The member must be eligible on the date of service.',
    'For a peer-to-peer review call 1-855-202-0729 within 14 days and give the reference number above.',
    'Appeals: CareSource Georgia, Attn: Appeals, P.O. Box 2008, Dayton, OH [45401]',
  ].join('\n'),
});

// ── 11. MO HealthNet provider bulletin, web article ──
const moBulletin = lines({
  id: 's42-mobulletin',
  kind: 's42-mo-healthnet-provider-bulletin-article',
  before: 'MO HealthNet Division — Provider Bulletin — Volume 48, Number 31 — November 2025',
  text: [
    'Radiofrequency Ablation and Peripheral Nerve Destruction — Precertification Changes',
    'Applies to: Physicians, Advanced Practice Registered Nurses, Ambulatory Surgical Centers, Hospitals',
    'Effective for dates of service on and after January 1, 2026, MO HealthNet will require precertification for',
    'genicular nerve ablation ({64624}) and sacroiliac joint nerve ablation ({64625}). Requests for {64624} must document',
    'two genicular nerve blocks ({64454}) with at least 50% relief. Facet denervation codes {64633} through {64636} stay on',
    'the precertification list with no change to criteria. Codes {64632} and {64640} no longer need precertification',
    'when billed with a foot diagnosis. Chemodenervation, {64612}, still requires the Botulinum Toxin Request form.',
    'Claims for {64712} or {64714} with an assistant surgeon (modifier 80 or 82) will deny without an operative report.',
    'Requests may be submitted through CyberAccess or faxed to (573) 635-6516.',
    'Questions: Provider Communications, (573) 751-2896. Mail: MO HealthNet Division, P.O. Box 6500, Jefferson City, MO [65102].',
  ].join('\n'),
});

// ── 12. Medi-Cal provider manual section, PDF text layer ──
const mediCalManual = lines({
  id: 's42-medicalmanual',
  kind: 's42-medi-cal-provider-manual-section-text',
  before: 'Medi-Cal Provider Manual — Part 2 — Surgery: Nervous System (surg nerv) — October 2025',
  text: [
    'Chemodenervation',
    'Chemodenervation with botulinum toxins is reimbursable for muscles of the facial nerve (CPT code {64612}), chronic',
    'migraine ({64615}), cervical dystonia ({64616}) and the larynx ({64617}). Extremity and trunk codes {64642} – {64647} need a TAR.',
    'Use needle EMG guidance ({95874}) or electrical stimulation guidance ({95873}), not both, with a chemodenervation code.',
    'Neurolytic Destruction',
    'A TAR is required for CPT codes {64632}, {64633} – {64636} and {64680}. Mail-in TARs go to the Medi-Cal TAR Processing',
    'Center, 820 Stillwater Road, West Sacramento, CA [95605]. Status is on the TAR and SAR inquiry page.',
    'Neuroplasty',
    'CPT codes {64712} and {64714} are split-care eligible; bill modifiers 54 and 55 as the Modifiers: Approved List section says.',
  ].join('\n'),
});

// ── 13. TennCare MCO prior-authorization crosswalk, table ──
const tnCrosswalk = table({
  id: 's42-tncross',
  kind: 's42-tenncare-mco-pa-crosswalk-table',
  caption: 'TennCare — Prior Authorization Requirements by Health Plan — Interventional Pain — updated 10/2025',
  headers: [
    'Code',
    'Description',
    'BlueCare Tennessee',
    'UnitedHealthcare Community Plan',
    'Wellpoint',
    'TennCare Select',
  ],
  rows: [
    ['{64445}', 'Sciatic nerve block, single injection', 'No PA', 'No PA', 'No PA', 'No PA'],
    ['{64446}', 'Sciatic nerve block, continuous infusion', 'No PA', 'No PA', 'PA', 'No PA'],
    ['{64490}', 'Facet injection, cervical/thoracic, single level', 'PA (eviCore)', 'PA', 'PA (Carelon)', 'PA'],
    ['{64493}', 'Facet injection, lumbar/sacral, single level', 'PA (eviCore)', 'PA', 'PA (Carelon)', 'PA'],
    ['{64625}', 'RF ablation, sacroiliac joint nerves', 'Not covered', 'Not covered', 'Not covered', 'Not covered'],
    ['{64635}', 'Destruction, facet nerve, lumbar/sacral, single', 'PA (eviCore)', 'PA', 'PA (Carelon)', 'PA'],
    ['{64612}', 'Chemodenervation, facial nerve muscles', 'PA (drug)', 'PA (drug)', 'PA (drug)', 'PA (drug)'],
    ['{64712}', 'Neuroplasty, sciatic nerve', 'No PA', 'PA', 'No PA', 'No PA'],
    ['{64714}', 'Neuroplasty, lumbar plexus', 'No PA', 'PA', 'No PA', 'No PA'],
  ],
});

// ── 14. MCO provider-portal claim detail, key-value panel ──
const mcoClaim = table({
  id: 's42-mcoclaim',
  kind: 's42-mco-portal-claim-detail-panel',
  caption: 'Claim Detail — Molina Healthcare of Ohio — Provider Portal',
  headers: ['Field', 'Value'],
  rows: [
    ['Claim number', '2025305011884'],
    ['Member', 'Harlan Voss · Molina ID 101824617 · Medicaid ID 9104 8826 1107'],
    ['Date of service', '10/29/2025'],
    ['Billing provider', 'Summit Neuro & Pain Associates, 4150 Belden Village St NW, Canton, OH [44718]'],
    ['Service line 1', '{64612} — chemodenervation, facial nerve muscles — 1 unit — billed $640.00 — allowed $102.44'],
    ['Service line 2', 'J0585 — onabotulinumtoxinA, per unit — 50 units — billed $900.00 — allowed $318.50'],
    ['Service line 3', '{95874} — needle EMG guidance — denied CARC 97 (included in another service)'],
    ['Payment', 'EFT 11/03/2025 · trace 0010488213 · remittance no. [73144]'],
    ['Corrected claims / disputes', 'Molina Healthcare of Ohio, PO Box [22712], Long Beach, CA [90801]'],
  ],
});

// ── 15. Georgia PeachCare for Kids (CHIP) program page ──
const peachCare = lines({
  id: 's42-peachcare',
  kind: 's42-chip-program-overview-page',
  before: 'PeachCare for Kids — Georgia Department of Community Health',
  text: [
    'PeachCare for Kids is Georgia’s Children’s Health Insurance Program (CHIP) for uninsured children 18 and younger.',
    'Families with income up to 247% of the Federal Poverty Level may qualify. Premiums are $11 to $36 a month per child.',
    'Members join a Georgia Families plan: Amerigroup Community Care, CareSource or Peach State Health Plan.',
    'Apply online at gateway.ga.gov, call 1-877-423-4746, or mail the form to PeachCare for Kids, P.O. Box 2583, Atlanta, GA [30301].',
    'Providers: PeachCare claims follow the Part II Policies and Procedures for Physician Services; codes that need PA,',
    'such as {64612} and {64615}, need it for PeachCare members too.',
    'DFCS offices: Fulton, 1249 Donald Lee Hollowell Pkwy NW, Atlanta [30318]; DeKalb, 178 Sams St, Decatur [30030].',
  ].join('\n'),
});

// ── 16. HCBS waiver service billing codes, table ──
const waiverCodes = table({
  id: 's42-waiver',
  kind: 's42-hcbs-waiver-service-code-table',
  caption: 'Home and Community-Based Services Waiver — Service Billing Codes and Rates — effective 07/01/2025',
  headers: ['Waiver Service', 'State Service ID', 'Procedure Code', 'Modifier', 'Unit', 'Rate', 'Limit'],
  rows: [
    ['Personal care aide', '[41020]', 'T1019', 'U1', '15 min', '$6.35', ''],
    ['Homemaker', '[41031]', 'S5130', '', '15 min', '$5.66', ''],
    ['Home-delivered meals', '[40236]', 'S5170', '', 'meal', '$8.12', '730 meals/yr'],
    ['Waiver nursing (RN)', '[40248]', 'T1002', '', '15 min', '$14.88', ''],
    ['Physical therapy (waiver)', '[40255]', '{97110}', 'GP U2', '15 min', '$19.10', '104 units/yr'],
    ['Occupational therapy (waiver)', '[40257]', '{97535}', 'GO U2', '15 min', '$19.10', '104 units/yr'],
    ['Community transition', '[41077]', 'T2038', '', 'service', 'cost', '$2,000 once'],
    ['Home modification', '[41084]', 'S5165', '', 'job', 'cost', '$10,000 lifetime'],
  ],
});

// ── 17. MO HealthNet county codes and FIPS, reference table ──
const moCounties = table({
  id: 's42-mocounty',
  kind: 's42-mo-healthnet-county-code-table',
  caption: 'MO HealthNet — County Codes (participant county of residence) and FIPS — managed care regions',
  headers: ['County', 'MHD Code', 'FIPS', 'Region', 'Health Plans'],
  rows: [
    ['Bates', '007', '[29013]', 'Western', 'Healthy Blue · Home State Health · UnitedHealthcare'],
    ['Butler', '012', '[29023]', 'Southeast', 'Healthy Blue · Home State Health · UnitedHealthcare'],
    ['Chariton', '021', '[29041]', 'Central', 'Healthy Blue · Home State Health · UnitedHealthcare'],
    ['Dade', '029', '[29057]', 'Southwest', 'Healthy Blue · Home State Health · UnitedHealthcare'],
    ['Dunklin', '035', '[29069]', 'Southeast', 'Healthy Blue · Home State Health · UnitedHealthcare'],
    ['Gasconade', '037', '[29073]', 'Eastern', 'Healthy Blue · Home State Health · UnitedHealthcare'],
    ['Harrison', '041', '[29081]', 'Northwest', 'Healthy Blue · Home State Health · UnitedHealthcare'],
    ['Holt', '044', '[29087]', 'Northwest', 'Healthy Blue · Home State Health · UnitedHealthcare'],
    ['Jackson', '048', '[29095]', 'Western', 'Healthy Blue · Home State Health · UnitedHealthcare'],
    ['Jasper', '049', '[29097]', 'Southwest', 'Healthy Blue · Home State Health · UnitedHealthcare'],
    ['Nodaway', '074', '[29147]', 'Northwest', 'Healthy Blue · Home State Health · UnitedHealthcare'],
    ['St. Charles', '092', '[29183]', 'Eastern', 'Healthy Blue · Home State Health · UnitedHealthcare'],
    ['St. Louis City', '115', '[29510]', 'Eastern', 'Healthy Blue · Home State Health · UnitedHealthcare'],
  ],
});

// ── 18. NY Medicaid managed care plan availability by ZIP, web page text ──
const nyZips = lines({
  id: 's42-nyzips',
  kind: 's42-ny-medicaid-plan-availability-by-zip-text',
  before: 'NYS Medicaid Managed Care — Plans available by county and ZIP code — Westchester County',
  text: [
    'Mainstream Medicaid plans in Westchester: Fidelis Care, Healthfirst, UnitedHealthcare Community Plan, Anthem HealthPlus.',
    'All four plans serve Yonkers ([10701], [10703], [10704], [10705], [10710]) and Mount Vernon ([10550], [10552], [10553]).',
    'Healthfirst does not serve [10576] (Pound Ridge), [10590] (South Salem), [10526] (Goldens Bridge) or [10527] (Granite Springs).',
    'Members in [10535] (Jefferson Valley) and [10502] (Ardsley) may choose any plan; new enrollees get 90 days to change plans.',
    'HARP in Westchester: Fidelis Care HARP and Healthfirst HARP. Enrollment: New York Medicaid Choice, 1-800-505-5678.',
    'Westchester County Department of Social Services, 85 Court St, White Plains, NY [10601]; Tarrytown center, [10591].',
  ].join('\n'),
});

// ── 19. Minnesota MHCP provider enrollment revalidation letter, PDF text layer ──
const mnReval = lines({
  id: 's42-mnreval',
  kind: 's42-mhcp-revalidation-letter-text',
  before: 'Minnesota Department of Human Services — Minnesota Health Care Programs (MHCP) — Provider Enrollment',
  text: [
    'MHCP Provider Enrollment, PO Box [64612], St. Paul, MN [55164]-0612',
    'October 20, 2025',
    'North Star Pain & Neurology PA, Attn: Credentialing, 7300 France Ave S, Ste 310, Edina, MN [55435]',
    'RE: Revalidation of MHCP enrollment   NPI 1619087543   Provider type: Physician clinic (group)',
    'Federal rules (42 CFR 455.414) require MHCP to revalidate the enrollment of every provider at least every five years.',
    'Your revalidation is due by 01/18/2026. Submit it through the MPSE portal; your request reference number is [40318].',
    'Service locations on file: 7300 France Ave S, Edina [55435]; 1690 University Ave W, St. Paul [55104]; 2410 Broadway Ave, Rochester [55901].',
    'Individual rendering providers in your group (12) must also revalidate if their due dates fall before 01/18/2026.',
    'If MHCP does not receive a complete revalidation by the due date, we will disenroll the location and stop paying claims.',
    'Questions: Provider Call Center, 651-431-2700. Letter ID PE-REV-[55116]   Page 1 of 2',
  ].join('\n'),
});

// ── 20. Michigan CHAMPS enrollment application status, key-value panel ──
const champs = table({
  id: 's42-champs',
  kind: 's42-champs-enrollment-application-status-panel',
  caption: 'CHAMPS Provider Enrollment — Application Status — Michigan Department of Health and Human Services',
  headers: ['Field', 'Value'],
  rows: [
    ['Application tracking no.', '[38652]'],
    ['Enrollment type', 'Individual/Sole Proprietor — revalidation'],
    ['Provider', 'Okonkwo, Chidi A., MD — NPI 1528394760'],
    ['Practice location', '[26400] W Twelve Mile Rd, Ste 111, Southfield, MI [48034]'],
    ['County', 'Oakland (63)'],
    ['Pay-to address', 'PO Box [33518], Detroit, MI [48232]-3518'],
    ['Specialty', 'Anesthesiology — Pain Medicine (taxonomy 208VP0014X)'],
    ['Status', 'Pending — additional information requested 11/02/2025'],
    ['Response due', '12/02/2025'],
    ['Contact', 'Provider Enrollment, 1-800-292-2550, option 4'],
  ],
});

// ── 21. Pennsylvania PROMISe 835 remittance, raw segment view ──
const pa835 = lines({
  id: 's42-pa835',
  kind: 's42-promise-835-raw-segment-view',
  before: '835 Health Care Claim Payment/Advice — raw view — Pennsylvania Department of Human Services (PROMISe)',
  text: [
    'ISA*00*          *00*          *ZZ*PADHS835       *ZZ*1285730194     *251031*0215*^*[00501]*000412705*0*P*:~',
    'TRN*1*000875213*1236003167~',
    'N1*PR*PENNSYLVANIA DEPARTMENT OF HUMAN SERVICES~',
    'N4*HARRISBURG*PA*[17105]~',
    'N1*PE*KEYSTONE INTERVENTIONAL PAIN*XX*1285730194~',
    'N4*LANCASTER*PA*[17603]~',
    'CLP*KIP[48210]*1*2450*618.34**MC*2125303012345~',
    'NM1*QC*1*MORALES*ALICIA****MR*8803314527~',
    'SVC*HC:{64712}:LT*2450*618.34**1~',
    'CAS*CO*45*1831.66~',
    'REF*6R*[30117]~',
    'SVC*HC:{64727}*610*0**1~',
    'CAS*CO*97*610~',
    'CLP*KIP[48236]*4*385*0**MC*2125303012346~',
    'SVC*HC:{64445}:LT*385*0**1~',
    'CAS*CO*204*385~',
    'REF*6R*[30118]~',
  ].join('\n'),
});

// ── 22. TennCare MCO member explanation of benefits, PDF text layer ──
const tnEob = lines({
  id: 's42-tneob',
  kind: 's42-tenncare-member-eob-text',
  before: 'THIS IS NOT A BILL — Explanation of Benefits — UnitedHealthcare Community Plan (TennCare)',
  text: [
    'Member: Dorsey, Lavonne   Member ID 917744308   Statement date 11/07/2025',
    'Mailing address: 415 Gallatin Pike N, Apt 12, Madison, TN [37115]',
    'Provider: Music City Pain Management, 2011 Church St, Nashville, TN [37203]',
    'Date of service  Service                                  Code     Billed    Plan paid  You owe',
    '10/22/2025       Nerve block, sciatic nerve               {64445}    $385.00   $88.40     $0.00',
    '10/22/2025       Ultrasound guidance for needle           {76942}    $210.00   $37.02     $0.00',
    '10/22/2025       Office visit, established patient        {99213}    $165.00   $48.76     $0.00',
    'You do not owe anything for TennCare-covered services. If you get a bill, call Member Services, 1-800-690-1606 (TTY 711).',
    'Report fraud: TennCare Office of Program Integrity, P.O. Box 282368, Nashville, TN [37228].',
  ].join('\n'),
});

// ── 23. Medi-Cal TAR status, table ──
const tarStatus = table({
  id: 's42-tar',
  kind: 's42-medi-cal-tar-status-table',
  caption: 'Medi-Cal — TAR Status — Recipient CIN 95621804B — Aid code 1H — County code 19 (Los Angeles)',
  headers: ['TAR Control No.', 'Line', 'Service Code', 'Qty Req.', 'Qty Auth.', 'From', 'Thru', 'Status', 'Reason'],
  rows: [
    ['40123456789', '1', '{64633}', '1', '1', '11/10/2025', '02/09/2026', 'Approved', ''],
    ['40123456789', '2', '{64634}', '3', '1', '11/10/2025', '02/09/2026', 'Modified', 'Quantity reduced'],
    ['40123456789', '3', '{77003}', '1', '1', '11/10/2025', '02/09/2026', 'Approved', ''],
    ['40123461132', '1', '{64616}', '1', '1', '11/12/2025', '05/11/2026', 'Approved', ''],
    ['40123461132', '2', 'J0585', '200', '200', '11/12/2025', '05/11/2026', 'Approved', ''],
    ['40123461132', '3', '{95874}', '1', '0', '', '', 'Denied', 'Not medically necessary'],
  ],
});

// ── 24. eMedNY remittance statement, claim detail table ──
const emedny = table({
  id: 's42-emedny',
  kind: 's42-emedny-remittance-claim-detail',
  caption: 'eMedNY Remittance Statement — Provider ID 03917264 — Cycle 2485 — Page 2',
  headers: [
    'Office Account No.',
    'Client ID (CIN)',
    'Service Date',
    'Proc Code',
    'Units',
    'Charged',
    'Paid',
    'Status',
    'Errors',
  ],
  rows: [
    ['HV-[20981]', 'XR[64714]K', '10/08/2025', '{64714}', '1', '2,610.00', '702.45', 'PAID', ''],
    ['HV-[21004]', 'ZM[58820]T', '10/09/2025', '{64612}', '1', '640.00', '0.00', 'DENY', '[00162]'],
    ['HV-[21004]', 'ZM[58820]T', '10/09/2025', 'J0585', '50', '900.00', '0.00', 'DENY', '[00162]'],
    ['HV-[21017]', 'BB[31074]W', '10/14/2025', '{64445}', '1', '385.00', '104.10', 'PAID', ''],
    ['HV-[21017]', 'BB[31074]W', '10/14/2025', '{76942}', '1', '210.00', '42.60', 'PAID', ''],
    ['HV-[21033]', 'KT[48213]N', '10/15/2025', '{64633}', '1', '1,180.00', '', 'PEND', '[01209]'],
  ],
});

// ── 25. eMedNY remittance financial summary, table ──
const emednySum = table({
  id: 's42-emednysum',
  kind: 's42-emedny-remittance-financial-summary',
  caption: 'eMedNY Remittance Statement — Financial Summary — Cycle 2485 — Check/EFT date 11/03/2025',
  headers: ['Category', 'Number of Claims', 'Amount'],
  rows: [
    ['Paid', '118', '[41372].86'],
    ['Denied', '23', '0.00'],
    ['Pended', '9', '[11208].40'],
    ['Adjustments', '4', '-1204.17'],
    ['Voids', '1', '-385.00'],
    ['Net payment', '', '[39783].69'],
    ['Year-to-date 1099 amount', '', '412,906.33'],
  ],
});

// ── 26. AHCCCS fee-for-service PA requirement list, manual text ──
const ahcccsPa = lines({
  id: 's42-ahcccspa',
  kind: 's42-ahcccs-ffs-pa-code-list-text',
  before: 'AHCCCS Fee-For-Service Provider Billing Manual — Prior Authorization — Surgical Procedures',
  text: [
    'The codes below need prior authorization for FFS members, including AIHP members when not seen at an IHS/638 facility.',
    'Nerve destruction: {64600}–{64681}, except {64612} and {64615}, which follow the botulinum toxin policy.',
    'Neuroplasty: {64702}–{64727}. Open neurolysis of the sciatic nerve ({64712}) and lumbar plexus ({64714}) gets Medical Director review.',
    'Nerve blocks ({64400}–{64530}) need no PA; {64445} and {64447} are limited to 4 per member per 12 months.',
    'Submit on the AHCCCS Online portal or fax (602) 254-2426. Mail: AHCCCS DFSM, 701 E Jefferson St, Phoenix, AZ [85034].',
  ].join('\n'),
});

// ── 27. Indiana IHCP provider locator results, table ──
const ihcpLocator = table({
  id: 's42-ihcp',
  kind: 's42-ihcp-provider-locator-results',
  caption: 'Indiana Health Coverage Programs — Provider Locator — Pain Management — within 25 miles of [46204]',
  headers: ['Provider', 'IHCP Provider ID', 'Address', 'City', 'ZIP', 'County', 'Phone', 'New Members'],
  rows: [
    [
      'Circle City Pain Specialists',
      '300184562A',
      '8402 Harcourt Rd, Ste 620',
      'Indianapolis',
      '[46260]',
      'Marion (49)',
      '(317) 555-0166',
      'Yes',
    ],
    [
      'Hoosier Interventional Spine',
      '300917741B',
      '[13431] Old Meridian St, Ste 200',
      'Carmel',
      '[46032]',
      'Hamilton (29)',
      '(317) 555-0117',
      'Yes',
    ],
    [
      'Eastside Neurology & Pain',
      '301102258A',
      '[10122] E 10th St',
      'Indianapolis',
      '[46229]',
      'Marion (49)',
      '(317) 555-0139',
      'No',
    ],
    [
      'Franklin Township Pain Clinic',
      '300655013C',
      '8141 S Emerson Ave',
      'Indianapolis',
      '[46237]',
      'Marion (49)',
      '(317) 555-0102',
      'Yes',
    ],
    [
      'Greenwood Spine & Nerve',
      '301448306A',
      '1260 Innovation Pkwy',
      'Greenwood',
      '[46143]',
      'Johnson (41)',
      '(317) 555-0171',
      'Yes',
    ],
    [
      'Plainfield Medical Group',
      '300271984A',
      '2620 E Main St',
      'Plainfield',
      '[46168]',
      'Hendricks (32)',
      '(317) 555-0185',
      'Yes',
    ],
  ],
});

// ── 28. MCO PCP member panel roster, table ──
const roster = table({
  id: 's42-roster',
  kind: 's42-mco-pcp-member-panel-roster',
  caption: 'Provider Portal — PCP Member Panel — CareSource Georgia — Atlanta Family Health Partners',
  headers: ['Member ID', 'Member Name', 'DOB', 'ZIP', 'County', 'Program', 'Eff. Date', 'Last Visit'],
  rows: [
    [
      '110348827',
      'Whitaker, Shaunte',
      '04/11/1990',
      '[30349]',
      'Fulton (060)',
      'Georgia Families',
      '01/01/2025',
      '10/02/2025',
    ],
    [
      '110512096',
      'Bell, Marcus',
      '12/30/2012',
      '[30032]',
      'DeKalb (044)',
      'PeachCare for Kids',
      '03/01/2025',
      '06/14/2025',
    ],
    ['110622731', 'Nguyen, Linh', '07/19/1984', '[30340]', 'DeKalb (044)', 'Georgia Families', '02/01/2025', '—'],
    [
      '110701558',
      'Okeke, Adaeze',
      '05/02/2019',
      '[30274]',
      'Clayton (031)',
      'Georgia Families',
      '01/01/2025',
      '09/18/2025',
    ],
    ['110883402', 'Ramirez, Tomas', '09/09/1968', '[30092]', 'Gwinnett (067)', 'Georgia Pathways', '07/01/2025', '—'],
    [
      '110934117',
      'Henderson, Kiara',
      '02/25/2008',
      '[30308]',
      'Fulton (060)',
      'PeachCare for Kids',
      '05/01/2025',
      '08/27/2025',
    ],
  ],
});

// ── 29. Pennsylvania MA claim adjustment request, form text ──
const paAdjust = lines({
  id: 's42-paadjust',
  kind: 's42-pa-ma-claim-adjustment-request-text',
  before: 'Pennsylvania Medical Assistance — Claim Adjustment Request — Office of Medical Assistance Programs',
  text: [
    'Provider ID: 1029384750001   Provider name: Keystone Interventional Pain   Recipient ID: 8803314527',
    'Original ICN: 2125303012346   Paid date: 10/31/2025   Line(s) to adjust: 01   Patient account no. KIP-[48236]',
    'Reason: wrong procedure code. Line 01 was billed as {64445} (single injection); the catheter stayed in for 48 hours,',
    'so the correct code is {64446}, 1 unit, modifier LT. Diagnosis unchanged (S72.001A).',
    'Add line 02: {01996} daily hospital management of continuous epidural/peripheral catheter drug administration, 10/15/2025.',
    'Attach the corrected claim and the anesthesia record. Mail to: DHS — OMAP, P.O. Box 8194, Harrisburg, PA [17105]-8194.',
  ].join('\n'),
});

// ── 30. Ohio Medicaid fee schedule rate changes (Appendix DD), table ──
const ohRates = table({
  id: 's42-ohrates',
  kind: 's42-ohio-appendix-dd-rate-change-table',
  caption: 'Ohio Medicaid — Appendix DD to rule 5160-1-60 — rate changes effective 01/01/2026 — nervous system',
  headers: ['Code', 'Description', 'Current rate', 'New rate', 'Change'],
  rows: [
    ['{64445}', 'N block inj sciatic sng', '$82.19', '$84.66', '+3.0%'],
    ['{64446}', 'N blk inj sciatic cnt inf', '$91.40', '$94.14', '+3.0%'],
    ['{64493}', 'Inj paravert f jnt l/s 1 lev', '$118.72', '$118.72', '0.0%'],
    ['{64612}', 'Destroy nerve face muscle', '$99.35', '$102.33', '+3.0%'],
    ['{64615}', 'Chemodenerv musc migraine', '$96.02', '$98.90', '+3.0%'],
    ['{64632}', 'N block inj common digit', '$51.66', '$53.21', '+3.0%'],
    ['{64712}', 'Revise sciatic nerve', '$566.10', '$583.08', '+3.0%'],
    ['{64714}', 'Revise low back nerve(s)', '$528.44', '$544.29', '+3.0%'],
    ['{64721}', 'Carpal tunnel surgery', '$301.77', '$310.82', '+3.0%'],
  ],
});

// ── 31. MCO provider newsletter coding Q&A, web article ──
const newsletter = lines({
  id: 's42-newsletter',
  kind: 's42-mco-provider-newsletter-coding-qa',
  before: 'Healthy Blue Louisiana — Provider Newsletter — Coding Corner',
  text: [
    'Q: We bill {64612} with J0585 for blepharospasm. Why was the drug paid but the procedure denied?',
    'A: Louisiana Medicaid allows {64612} once per side every 84 days. For both sides bill two lines, RT and LT, not modifier 50.',
    'Q: Can {64632} be billed for genicular nerve ablation?',
    'A: No. {64632} is for the plantar common digital nerve. Genicular ablation is {64624}; sacroiliac ablation is {64625}.',
    'Q: Our claim for {64714} denied with EOB [00548]. What does that mean?',
    'A: EOB [00548] means the assistant surgeon line had no modifier 80, 81 or 82. Correct it and resubmit within 365 days.',
    'Claims: Healthy Blue, P.O. Box [61010], Virginia Beach, VA [23466]-1010. Provider Services 1-844-521-6942.',
  ].join('\n'),
});

// ── 32. MO HealthNet eMOMED participant eligibility, text lines ──
const emomed = lines({
  id: 's42-emomed',
  kind: 's42-emomed-participant-eligibility-text',
  before: 'eMOMED — Participant Eligibility Inquiry — MO HealthNet',
  text: [
    'DCN: 12094387   Name: KIRKPATRICK, WYATT J   DOB: 02/17/2009   Sex: M',
    'Address: 305 N Main St, Elmo, MO [64445]   County: 074 Nodaway',
    'ME code: 71 — MO HealthNet for Kids (CHIP, premium)   Eligibility 10/01/2025 – 09/30/2026',
    'Managed care: Healthy Blue — Northwest region — enrolled 10/01/2025   Lock-in: none   TPL: none',
    'Rendering provider: NPI 1902837465, Mosaic Life Care, 5325 Faraon St, St. Joseph, MO [64506]',
    'For procedure limits (for example {64445}) use the Procedure Code Inquiry screen.   Confirmation no. [51203]',
  ].join('\n'),
});

// ── 33. NC county DSS offices for Medicaid applications, directory table ──
const ncDss = table({
  id: 's42-ncdss',
  kind: 's42-nc-county-dss-medicaid-office-directory',
  caption:
    'NC Medicaid — Apply at your county Department of Social Services (DSS) — county numbers, FIPS and PHP regions',
  headers: ['County', 'County No.', 'FIPS', 'DSS address', 'City', 'ZIP', 'PHP Region'],
  rows: [
    ['Alamance', '001', '[37001]', '319-C N Graham-Hopedale Rd', 'Burlington', '[27217]', '4'],
    ['Buncombe', '011', '[37021]', '40 Coxe Ave', 'Asheville', '[28801]', '1'],
    ['Cumberland', '026', '[37051]', '1225 Ramsey St', 'Fayetteville', '[28301]', '6'],
    ['Durham', '032', '[37063]', '414 E Main St', 'Durham', '[27701]', '4'],
    ['Forsyth', '034', '[37067]', '741 N Highland Ave', 'Winston-Salem', '[27101]', '2'],
    ['Guilford', '041', '[37081]', '1203 Maple St', 'Greensboro', '[27405]', '2'],
    ['Mecklenburg', '060', '[37119]', '301 Billingsley Rd', 'Charlotte', '[28211]', '3'],
    ['Robeson', '078', '[37155]', '120 Glenn Ave', 'Lumberton', '[28358]', '6'],
    ['Wake', '092', '[37183]', '220 Swinburne St', 'Raleigh', '[27610]', '4'],
  ],
});

// ── 34. Louisiana Medicaid third-party liability panel (other coverage on file), table ──
const laTpl = table({
  id: 's42-latpl',
  kind: 's42-medicaid-tpl-other-coverage-panel',
  caption:
    'Third Party Liability — Other Coverage on File — Louisiana Medicaid — Recipient 2180044713692 — Parish 40 Rapides',
  headers: ['Carrier', 'NAIC', 'Policyholder', 'Policy / Member No.', 'Group No.', 'Coverage', 'Effective', 'End'],
  rows: [
    [
      'Blue Cross and Blue Shield of Louisiana',
      '[53287]',
      'Thibodeaux, Marcel (spouse)',
      'XUP884217603',
      '[53124]',
      'Major medical',
      '01/01/2025',
      '',
    ],
    [
      'UnitedHealthcare Insurance Company',
      '[79413]',
      'Thibodeaux, Marcel (spouse)',
      '918204473',
      '[40133]',
      'Major medical',
      '01/01/2023',
      '12/31/2024',
    ],
    [
      'Aetna Life Insurance Company',
      '[60054]',
      'Thibodeaux, Carla',
      'W184420915',
      '[28371]',
      'Dental',
      '03/01/2024',
      '12/31/2024',
    ],
    [
      'Cigna Health and Life Insurance Company',
      '[67369]',
      'Thibodeaux, Carla',
      'U70415528',
      '[47621]',
      'Vision',
      '03/01/2024',
      '',
    ],
    [
      'Medical support order (absent parent)',
      '',
      'Thibodeaux, Marcel',
      'Order 2019-DR-[70122]',
      '',
      'Court-ordered',
      '06/01/2019',
      '',
    ],
  ],
});

// ── 35. TMHP 271 eligibility response, raw segment view ──
const tx271 = lines({
  id: 's42-tx271',
  kind: 's42-tmhp-271-eligibility-raw-segment-view',
  before: '271 Eligibility Benefit Response — raw view — Texas Medicaid & Healthcare Partnership (TMHP)',
  text: [
    'ISA*00*          *00*          *ZZ*617591011CMSP  *ZZ*1456780        *251104*0942*^*[00501]*000051207*0*P*:~',
    'GS*HB*617591011CMSP*1456780*20251104*0942*[51207]*X*005010X279A1~',
    'BHT*0022*11*ELG[73104]*20251104*0942~',
    'NM1*1P*2*GULF COAST PAIN INSTITUTE*****XX*1851392746~',
    'NM1*IL*1*GARZA*ROSALINDA*M***MI*517904386~',
    'N3*8115 CULEBRA RD APT 1207~',
    'N4*SAN ANTONIO*TX*[78218]~',
    'EB*1*IND*30*MC*MEDICAID TITLE XIX~',
    'EB*L*IND*30*HM*STAR - BEXAR SERVICE AREA~',
    'NM1*PR*2*SUPERIOR HEALTHPLAN~',
    'N4*AUSTIN*TX*[78741]~',
    'GE*1*[51207]~',
  ].join('\n'),
});

export const sealed42: Snippet[] = [
  ...ohElig,
  ...tmhpStatus,
  ...ncRaSearch,
  ...ncRa,
  ...txOfl,
  ...flCsv,
  ...wiFlat,
  ...laPaForm,
  ...gaPaStatus,
  ...paLetter,
  ...moBulletin,
  ...mediCalManual,
  ...tnCrosswalk,
  ...mcoClaim,
  ...peachCare,
  ...waiverCodes,
  ...moCounties,
  ...nyZips,
  ...mnReval,
  ...champs,
  ...pa835,
  ...tnEob,
  ...tarStatus,
  ...emedny,
  ...emednySum,
  ...ahcccsPa,
  ...ihcpLocator,
  ...roster,
  ...paAdjust,
  ...ohRates,
  ...newsletter,
  ...emomed,
  ...ncDss,
  ...laTpl,
  ...tx271,
];
