import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 70 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s70-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too (a retired one, 64613, included). About a third of the decoys are numbers of the synthetic
 * 10,000-code set (KNOWN_10K) used as ZIPs, county FIPS codes, enrollee counts, ticket, job, record, sample and
 * provider ids. Some decoys are real CPT numbers in an id column (attestation tickets numbered 64445…64479): a coder
 * reads the column, not the digits, and labels them as not codes; so is a portal location id 64633. The five known codes' digits come back as decoys:
 * attestation tickets, a PDC request number, a group number, a grievance case, a TiC provider_group_id, a FHIR
 * resource id, an HL7 staff id, a cost estimate id, a portal location id, a truncated TIN, an enrollee count and a PO box.
 *
 * Family: payer provider-data management, provider directories and network adequacy around pain and peripheral-nerve
 * specialists in central and southeast Ohio: a "find a doctor" result page and its filters, a provider profile's
 * procedures tab, a printed directory page, a 90-day directory verification queue and form, a delegated group's
 * roster CSV and its load exceptions, a directory accuracy scorecard, network adequacy time-and-distance results by
 * county and the members outside the standard by ZIP, an exception request, a CMS HSD provider table, a
 * supplemental access-by-procedure table, a provider data change (PDC) request form, a credentialing-to-directory
 * sync log and error summary, the directory's code-to-label service map, a "find care" cost estimator and estimate,
 * a Transparency in Coverage rate file, a Plan-Net FHIR response, an XML state directory extract, an HL7 staff
 * master message, a facility site-of-service directory (ASC vs hospital outpatient), a site-of-service notice, a
 * member grievance about a wrong listing and its resolution letter, call-centre notes, a data team e-mail, and
 * decoy-only pages (a provider-relations territory map by ZIP, a ghost-network secret-shopper sample).
 * Built on real public layouts: the CMS Health Service Delivery (HSD) provider table columns (SSA state/county code,
 * name, NPI, specialty, specialty code, contract type, address, ZIP, county, group, accepts new patients), the
 * CMS Medicare Advantage time-and-distance standards by county type, the Transparency in Coverage in-network rate
 * file schema (provider_references, billing_code_type, billing_code, negotiated_prices), the Da Vinci PDex Plan-Net
 * Location / HealthcareService resources, the X12 837P loops (NM1, N3, N4, SV1, DTP), HL7 v2 MFN^M02 staff master,
 * and the Consolidated Appropriations Act 2021 §116 90-day directory verification. The others are written the way
 * those pages read, with no single source.
 *
 * 351 labelled tokens over 37 shapes: 141 codes, 210 decoys, 70 of the decoys in KNOWN_10K.
 */

// ── 1. "Find a doctor" search results, result cards as text ──
const searchResults = lines({
  id: 's70-findadoc',
  kind: 's70-find-a-doctor-result-cards-text',
  before: 'Find a Doctor — Pain Medicine near Columbus, OH — 24 results, sorted by distance',
  text: [
    'Anika Ramaswamy, MD — Interventional Pain Medicine   0.8 mi',
    'Mid-Ohio Pain & Nerve Institute, 3535 Olentangy River Rd, Suite 210, Columbus, OH [43214]',
    'Accepting new patients: Yes   Languages: English, Hindi   Network: Olentangy Select PPO',
    'Procedures offered: Sciatic nerve decompression (CPT {64712}), Sciatic nerve block ({64445}), Knee nerve ablation ({64624})',
    'Marcus Oyelaran, DO — Physical Medicine & Rehabilitation   2.3 mi',
    'Grandview Spine & Nerve, 1315 W 5th Ave, Columbus, OH [43212]   Accepting new patients: No',
    'Procedures offered: Lumbar plexus decompression {64714}, Facial nerve chemodenervation {64612}, Nerve conduction study {95910}',
    'Helen Kowalczyk, MD — Anesthesiology, Pain Medicine   29.6 mi',
    'Licking Valley Pain Clinic, 1717 W Main St, Newark, OH [43055]   Accepting new patients: Yes',
    'Procedures offered: Foot nerve ablation ({64632}); Peripheral nerve block, other ({64450})',
    'Sasha Brennan, MD — Pain Medicine   11.4 mi — Grove City, OH [43123]   Accepting new patients: Yes',
    'Procedures offered: Sciatic nerve block {64445}, Femoral nerve block {64447}',
    'Owen Taggart, DO — Pain Medicine   48.2 mi — Logan, OH [43138]   Accepting new patients: Yes',
  ].join('\n'),
});

// ── 2. Directory search filters, sidebar as text ──
const searchFilters = lines({
  id: 's70-filters',
  kind: 's70-find-care-search-filters-text',
  before: 'Find care — refine your search',
  text: [
    'Near ZIP: [43215] (Columbus)   Radius: 25 mi   Network: Olentangy Select PPO',
    'Procedure code (optional): {64445}',
    'Matched on procedure code {64445} within 25 mi of [43215]: 9 providers, 4 facilities',
    'People also searched: {64447}, {64450}, {64454}',
    'Your plan: Olentangy Select PPO   Employer group [64714]',
  ].join('\n'),
});

// ── 3. Provider profile, "Procedures" tab, table ──
const profileProcedures = table({
  id: 's70-profile',
  kind: 's70-provider-profile-procedures-tab-grid',
  caption: 'Anika Ramaswamy, MD — Procedures performed (reported by the provider)',
  headers: ['Procedure', 'CPT', 'Location', 'ZIP', 'In network'],
  rows: [
    ['Sciatic nerve decompression', '{64712}', 'Mid-Ohio Pain & Nerve Institute', '[43214]', 'Yes'],
    ['Lumbar plexus release', '{64714}', 'Riverside Ambulatory Surgery', '[43214]', 'Yes'],
    ['Sciatic nerve block', '{64445}', 'Mid-Ohio Pain & Nerve Institute', '[43214]', 'Yes'],
    ['Plantar nerve neurolysis', '{64632}', 'Dublin office', '[43017]', 'Yes'],
    ['Facial nerve chemodenervation', '{64612}', 'Dublin office', '[43017]', 'Tier 2'],
    ['Lumbar facet injection', '{64493}', 'Riverside Ambulatory Surgery', '[43214]', 'Yes'],
    ['Spinal cord stimulator trial', '{63650}', 'Olentangy Regional Hospital', '[43214]', 'Yes'],
  ],
});

// ── 4. Printed provider directory page, PDF text layer (decoy only) ──
const printDirectory = lines({
  id: 's70-printdir',
  kind: 's70-printed-provider-directory-page-text',
  before: 'Olentangy Select PPO — Provider Directory 2026 — Pain Medicine',
  text: [
    'COLUMBUS [43214]',
    'Ramaswamy, Anika, MD   Provider ID [60917]   3535 Olentangy River Rd Ste 210   614-555-0142   ✓ New patients',
    'GROVE CITY [43123]',
    'Brennan, Sasha, MD   Provider ID [60922]   2300 Stringtown Rd   614-555-0117   ✓ New patients',
    'LOGAN [43138]',
    'Taggart, Owen, DO   Provider ID [60941]   180 E Main St   740-555-0190   ✓ New patients',
    'NEWARK [43055]',
    'Kowalczyk, Helen, MD   Provider ID [60963]   1717 W Main St   740-555-0163   ✓ New patients',
    'Page 212 of 388 — Directory printed 11/30/2025; call Member Services for the latest information.',
  ].join('\n'),
});

// ── 5. 90-day directory verification queue, table ──
const attestQueue = table({
  id: 's70-attestq',
  kind: 's70-directory-verification-queue-grid',
  caption: 'Directory verification queue — due in the next 30 days — Pain Medicine groups',
  headers: ['Ticket', 'Provider / group', 'TIN (last 4)', 'Due', 'Change reported', 'Status'],
  rows: [
    ['[64445]', 'Mid-Ohio Pain & Nerve Institute', '7731', '12/02/2025', 'Added svc {64632} at Dublin', 'Open'],
    ['[64458]', 'Grandview Spine & Nerve', '0418', '12/05/2025', 'Removed {64714}; phone changed', 'Verified'],
    [
      '[64463]',
      'Licking Valley Pain Clinic',
      '2290',
      '12/09/2025',
      'Moving to Suite 300, ZIP [43055]',
      'Awaiting provider',
    ],
    ['[64471]', 'Brennan Pain Medicine LLC', '5512', '12/11/2025', 'Accepting new patients → No', 'Overdue'],
    ['[64479]', 'Ohio Peripheral Nerve Center', '8840', '12/15/2025', 'New location Grove City [43123]', 'Open'],
  ],
});

// ── 6. 90-day directory verification form, text layer ──
const attestForm = lines({
  id: 's70-attestform',
  kind: 's70-directory-verification-form-text',
  before: 'Provider Directory Verification — every 90 days (Consolidated Appropriations Act, 2021, section 116)',
  text: [
    'Practice: Mid-Ohio Pain & Nerve Institute   Ticket [64445]   Last verified 09/03/2025',
    'Primary location: 3535 Olentangy River Rd, Suite 210, Columbus, OH [43214]   Phone 614-555-0142',
    'Second location: 6800 Perimeter Loop Rd, Dublin, OH [43017]   Accepting new patients: Yes',
    'Procedures listed for Dr. Ramaswamy: {64712}, {64714}, {64445}, {64612}. Still correct? ☑ Yes ☐ No',
    'Add at Dublin: plantar digital neurolysis {64632} (started 10/2025)',
    'Attested by: office manager, 11/26/2025   Confirmation no. [70412]',
  ].join('\n'),
});

// ── 7. Delegated group roster, CSV as text ──
const rosterCsv = lines({
  id: 's70-roster',
  kind: 's70-delegated-roster-csv-text',
  before: 'Delegated roster upload — Central Ohio Pain Partners — roster_2025-12.csv (first lines)',
  text: [
    'NPI,TIN,Last,First,Taxonomy,Loc_Addr,Loc_City,Loc_State,Loc_ZIP,County_FIPS,Accepting,Svc_CPT',
    '1396842210,311234567,Ramaswamy,Anika,208VP0014X,3535 Olentangy River Rd Ste 210,Columbus,OH,[43214],[39049],Y,{64712};{64714};{64445};{64612}',
    '1821099347,311234567,Oyelaran,Marcus,2081P2900X,1315 W 5th Ave,Columbus,OH,[43212],[39049],N,{64714};{64612};{95910}',
    '1104927765,311234567,Kowalczyk,Helen,207LP2900X,1717 W Main St,Newark,OH,[43055],[39089],Y,{64632};{64450}',
    '1578300216,311234567,Brennan,Sasha,208VP0014X,2300 Stringtown Rd,Grove City,OH,[43123],[39049],Y,{64445};{64447};{64454}',
    '1952618043,311234567,Taggart,Owen,208VP0014X,180 E Main St,Logan,OH,[43138],[39073],Y,{64632};{64640}',
  ].join('\n'),
});

// ── 8. Roster load exceptions, table ──
const rosterExceptions = table({
  id: 's70-rosterexc',
  kind: 's70-roster-load-exceptions-grid',
  caption: 'Roster load — exceptions — Central Ohio Pain Partners, December file',
  headers: ['Row', 'NPI', 'Field', 'Value', 'Error'],
  rows: [
    ['14', '1396842210', 'Loc_ZIP', '[43214]-99', 'ZIP+4 malformed'],
    ['22', '1821099347', 'Svc_CPT', '{64713}', 'Not offered at this site type'],
    ['31', '1104927765', 'County_FIPS', '[39098]', 'FIPS code not in Ohio list'],
    ['38', '1578300216', 'Svc_CPT', '{64455}', 'Code not on directory service map'],
    ['41', '1952618043', 'Loc_ZIP', '[45138]', 'ZIP / county mismatch (Hocking)'],
    ['57', '1720044589', 'TIN', '31-[64632]', 'TIN must be 9 digits'],
    ['63', '1720044589', 'Svc_CPT', '{64612}', 'Duplicate row'],
  ],
});

// ── 9. Data team e-mail about the roster, text ──
const pdmEmail = lines({
  id: 's70-pdmmail',
  kind: 's70-provider-data-team-email-text',
  before: 'From: Provider Data Management — To: Central Ohio Pain Partners — Subject: December roster questions',
  text: [
    'Hi Dana, three things from the December roster before we load it:',
    '1) Dr. Oyelaran is sent with {64714} but your last two attestations said he stopped those in June. Keep or drop?',
    '2) Dr. Brennan is still Grove City [43123] on row 38; her PDC said Galena, OH [43021].',
    '3) Row 57 has TIN 31-[64632], which looks cut off.',
    'Also, does Dr. Taggart bill {64640} or only {64632} in Logan? The directory shows both.',
    'Thanks, PDM team, ext. 4471, PO Box [64712], Columbus, OH [43216]',
  ].join('\n'),
});

// ── 10. Directory accuracy scorecard, table (decoy only) ──
const scorecard = table({
  id: 's70-scorecard',
  kind: 's70-directory-accuracy-scorecard-grid',
  caption: 'Directory accuracy scorecard — delegated groups — third quarter',
  headers: ['Group', 'Group #', 'Records', 'Errors found', 'Accuracy', 'Corrective action plan'],
  rows: [
    ['Central Ohio Pain Partners', '[64714]', '186', '9', '95.2%', '—'],
    ['Grandview Spine & Nerve', '[30218]', '42', '7', '83.3%', 'CAP [77141] due 01/15'],
    ['Licking Valley Physicians', '[27730]', '311', '22', '92.9%', 'CAP [77156] due 01/31'],
    ['Southeast Ohio Pain Associates', '[45126]', '58', '14', '75.9%', 'CAP [77160] due 01/15'],
    ['Mid-Ohio Pain & Nerve Institute', '[30221]', '27', '1', '96.3%', '—'],
  ],
});

// ── 11. Network adequacy, time and distance by county, table (decoy only) ──
const timeDistance = table({
  id: 's70-timedist',
  kind: 's70-network-adequacy-time-distance-grid',
  caption: 'Network adequacy — time and distance — Physiatry / pain specialists — service area counties',
  headers: ['County', 'FIPS', 'County type', 'Enrollees', 'Standard (min / mi)', 'With access', '% met', 'Result'],
  rows: [
    ['Franklin', '[39049]', 'Metro', '[64712]', '30 / 15', '[64209]', '99.2%', 'Met'],
    ['Delaware', '[39041]', 'Metro', '[18344]', '30 / 15', '[17861]', '97.4%', 'Met'],
    ['Licking', '[39089]', 'Metro', '[11272]', '45 / 30', '[10905]', '96.7%', 'Met'],
    ['Fairfield', '[39045]', 'Metro', '9804', '45 / 30', '9411', '96.0%', 'Met'],
    ['Madison', '[39097]', 'Micro', '3120', '60 / 45', '2780', '89.1%', 'Not met'],
    ['Ross', '[39141]', 'Micro', '8012', '60 / 45', '7795', '97.3%', 'Met'],
    ['Hocking', '[39073]', 'Rural', '2410', '75 / 60', '1933', '80.2%', 'Not met'],
    ['Meigs', '[39105]', 'Rural', '1877', '75 / 60', '1402', '74.7%', 'Not met'],
  ],
});

// ── 12. Members outside the standard, by ZIP, table (decoy only) ──
const gapByZip = table({
  id: 's70-gapzip',
  kind: 's70-adequacy-gap-members-by-zip-grid',
  caption: 'Members outside the standard — by residence ZIP (Hocking, Meigs, Madison)',
  headers: ['Member ZIP', 'County', 'Members', 'Drive time to nearest (min)', 'Nearest in-network ZIP'],
  rows: [
    ['[43138]', 'Hocking', '212', '82', '[43130]'],
    ['[43152]', 'Hocking', '96', '88', '[43130]'],
    ['[45769]', 'Meigs', '241', '96', '[45701]'],
    ['[45760]', 'Meigs', '118', '91', '[45701]'],
    ['[45771]', 'Meigs', '116', '84', '[45631]'],
    ['[43140]', 'Madison', '188', '64', '[43026]'],
    ['[43143]', 'Madison', '152', '71', '[43123]'],
  ],
});

// ── 13. Network adequacy exception request, narrative ──
const exceptionRequest = lines({
  id: 's70-naexc',
  kind: 's70-network-adequacy-exception-narrative-text',
  before: 'Exception request — Physiatry / pain specialists — Hocking and Meigs counties — narrative',
  text: [
    'The plan contracts with every pain physician practising within 75 minutes of Logan, OH [43138]; only Dr. Taggart is open.',
    'The local hospital (ZIP [43138]) does not do peripheral nerve decompression, so members needing {64712} or {64714} go to Columbus.',
    'Blocks ({64445}, {64450}) are available in Athens, OH [45701], 47 minutes from Logan.',
    'We cover transport for procedures and offer telehealth visits; prior exception reference NA-EX-[20513].',
    'Supporting HSD tables uploaded 11/14/2025, batch [88234].',
  ].join('\n'),
});

// ── 14. CMS HSD provider table, table (decoy only) ──
const hsdTable = table({
  id: 's70-hsd',
  kind: 's70-cms-hsd-provider-table-grid',
  caption: 'HSD Provider Table — Physiatry, Rehabilitative Medicine and Podiatry rows (network adequacy review)',
  headers: [
    'SSA State/County Code',
    'Name of Physician',
    'NPI',
    'Specialty',
    'Specialty Code',
    'Contract Type',
    'Provider Address',
    'City',
    'State',
    'Zip',
    'County',
    'Medical Group Affiliation',
    'Accepts New Patients',
  ],
  rows: [
    [
      '[36250]',
      'Oyelaran, Marcus',
      '1821099347',
      'Physiatry, Rehabilitative Medicine',
      '017',
      'DC',
      '1315 W 5th Ave',
      'Columbus',
      'OH',
      '[43212]',
      'Franklin',
      'Grandview Spine & Nerve',
      'N',
    ],
    [
      '[36230]',
      'Pruett, Dana',
      '1487302216',
      'Physiatry, Rehabilitative Medicine',
      '017',
      'DC',
      '7500 Hospital Dr',
      'Dublin',
      'OH',
      '[43016]',
      'Delaware',
      'Central Ohio Pain Partners',
      'Y',
    ],
    [
      '[36380]',
      'Nakamura, Jun',
      '1669420831',
      'Podiatry',
      '024',
      'DC',
      '180 E Main St',
      'Logan',
      'OH',
      '[43138]',
      'Hocking',
      'Hocking Foot & Ankle',
      'Y',
    ],
    [
      '[36530]',
      'Vance, Priya',
      '1306617742',
      'Podiatry',
      '024',
      'DC',
      '[41865] Pomeroy Pike',
      'Pomeroy',
      'OH',
      '[45769]',
      'Meigs',
      'Southeast Ohio Pain Associates',
      'N',
    ],
  ],
});

// ── 15. Supplemental access analysis by procedure, table ──
const accessByProc = table({
  id: 's70-accessproc',
  kind: 's70-access-by-procedure-analysis-grid',
  caption: 'Supplemental analysis — share of members within the standard of a provider who performs the procedure',
  headers: ['Code', 'Description', 'Franklin', 'Hocking', 'Meigs', 'Madison'],
  rows: [
    ['{64712}', 'Neuroplasty, sciatic nerve', '98%', '0%', '0%', '61%'],
    ['{64714}', 'Neuroplasty, lumbar plexus', '91%', '0%', '0%', '40%'],
    ['{64445}', 'Injection, sciatic nerve, single', '100%', '80%', '74%', '89%'],
    ['{64632}', 'Neurolysis, plantar common digital nerve', '100%', '80%', '12%', '89%'],
    ['{64612}', 'Chemodenervation, facial nerve', '97%', '0%', '0%', '52%'],
  ],
});

// ── 16. Provider data change (PDC) request form, text layer ──
const pdcForm = lines({
  id: 's70-pdc',
  kind: 's70-provider-data-change-request-form-text',
  before: 'Provider Data Change Request — submit through the portal or fax 614-555-0199',
  text: [
    'Request #: PDC-[64632]   Submitted 11/18/2025   Requested effective date 01/01/2026',
    'Provider: Helen Kowalczyk, MD   NPI 1104927765   Group TIN 31-1234567',
    'Current practice address: 1717 W Main St, Newark, OH [43055]',
    'New practice address: 2000 Tamarack Rd, Suite 300, Newark, OH [43055]',
    'Billing / remit address: PO Box [19720], Columbus, OH [43219]',
    'Services to add (CPT/HCPCS): {64640}, {64632}   Services to remove: {64714}',
    'Reason: no longer doing lumbar plexus cases; peripheral neurolysis now done in the office.',
  ].join('\n'),
});

// ── 17. PDC form, services section, table ──
const pdcServices = table({
  id: 's70-pdcsvc',
  kind: 's70-pdc-services-section-grid',
  caption: 'Section C — Services at this location (attach more pages if needed)',
  headers: ['Add / Remove', 'Svc', 'Description', 'Location ZIP', 'Eff.'],
  rows: [
    ['Add', '{64632}', 'Destr neurolytic, plantar common digital nerve', '[43055]', '01/01/2026'],
    ['Add', '{64640}', 'Destr neurolytic, other peripheral nerve', '[43055]', '01/01/2026'],
    ['Add', '{64454}', 'Inj anes, genicular nerve branches', '[43055]', '01/01/2026'],
    ['Remove', '{64714}', 'Neuroplasty, lumbar plexus', '[43055]', '12/31/2025'],
    ['Keep', '{64445}', 'Inj anes, sciatic nerve, single', '[43055]', '—'],
  ],
});

// ── 18. Credentialing-to-directory sync job log, text ──
const syncLog = lines({
  id: 's70-synclog',
  kind: 's70-cred-directory-sync-log-text',
  before: 'cred-dir-sync — nightly job log (excerpt)',
  text: [
    '2025-11-24T02:00:04Z INFO  job [52871] start source=CVO target=directory records=1842',
    '2025-11-24T02:03:17Z WARN  npi=1396842210 loc_zip=[43214] svc={64712} not in directory service map; listing skipped',
    '2025-11-24T02:03:18Z WARN  npi=1396842210 svc={64714} mapped to "Nerve surgery"; display label missing',
    '2025-11-24T02:07:52Z ERROR npi=1104927765 address_id=[48731] geocode failed for zip=[43055]-0000',
    '2025-11-24T02:09:40Z ERROR npi=1952618043 panel_status null; accepting flag defaulted to N',
    '2025-11-24T02:11:05Z WARN  group=[64714] tin=311234567 duplicate location zip=[43214]/[43017]',
    '2025-11-24T02:14:33Z INFO  job [52871] end updated=1797 skipped=41 errors=4',
  ].join('\n'),
});

// ── 19. Sync errors by type, table ──
const syncSummary = table({
  id: 's70-syncsum',
  kind: 's70-sync-error-summary-grid',
  caption: 'Sync errors by type — last 7 nights',
  headers: ['Error', 'Count', 'Sample record', 'Field', 'Sample value'],
  rows: [
    ['SVC_MAP_MISSING', '112', '[48702]', 'svc', '{64712}'],
    ['SVC_LABEL_MISSING', '37', '[48715]', 'svc', '{64714}'],
    ['GEOCODE_FAIL', '19', '[48731]', 'zip', '[43055]'],
    ['DUP_LOCATION', '11', '[48744]', 'zip', '[43017]'],
    ['TAXONOMY_INVALID', '6', '[48760]', 'taxonomy', '208VP0014Y'],
    ['SVC_RETIRED', '3', '[48788]', 'svc', '{64613}'],
  ],
});

// ── 20. Directory service map (code to consumer label), table ──
const serviceMap = table({
  id: 's70-svcmap',
  kind: 's70-directory-service-map-config-grid',
  caption: 'Directory service map — code to consumer-friendly label (configuration)',
  headers: ['Item', 'Consumer label', 'Specialty filter', 'Show in cost estimator'],
  rows: [
    ['{64445}', 'Sciatic nerve block', 'Pain Medicine; Anesthesiology', 'Y'],
    ['{64447}', 'Femoral nerve block', 'Pain Medicine; Anesthesiology', 'Y'],
    ['{64454}', 'Knee nerve block', 'Pain Medicine; Orthopedics', 'Y'],
    ['{64612}', 'Botox injection, facial nerve', 'Neurology; Pain Medicine', 'Y'],
    ['{64632}', 'Foot nerve ablation', 'Podiatry; Pain Medicine', 'Y'],
    ['{64712}', '(missing)', 'Pain Medicine; Neurosurgery', 'N'],
    ['{64714}', 'Nerve surgery', 'Neurosurgery', 'N'],
  ],
});

// ── 21. "Find care" cost estimator, procedure list, table ──
const costList = table({
  id: 's70-costlist',
  kind: 's70-cost-estimator-procedure-list-grid',
  caption: 'Estimate costs — Pain and nerve procedures near you',
  headers: ['Procedure', 'Billed code', 'Typical total cost', 'Your estimated cost', 'Where'],
  rows: [
    ['Sciatic nerve block', '{64445}', '$412', '$82', 'Office'],
    ['Sciatic nerve decompression', '{64712}', '$3,940', '$788', 'Surgery center'],
    ['Lumbar plexus decompression', '{64714}', '$6,210', '$1,242', 'Hospital outpatient'],
    ['Foot nerve ablation (Morton neuroma)', '{64632}', '$538', '$108', 'Office'],
    ['Botox injection, facial nerve', '{64612}', '$690', '$138', 'Office'],
    ['Knee nerve ablation', '{64624}', '$1,870', '$374', 'Surgery center'],
    ['New patient visit', '{99204}', '$268', '$40 copay', 'Office'],
  ],
});

// ── 22. Cost estimate detail, text ──
const costDetail = lines({
  id: 's70-costdetail',
  kind: 's70-cost-estimate-detail-text',
  before: 'Your estimate',
  text: [
    'Sciatic nerve decompression — CPT® {64712} — at Riverside Ambulatory Surgery, Columbus, OH [43214]',
    'Estimate ID [64445]   Created 12/01/2025   Plan: Olentangy Select PPO',
    'Includes surgeon, facility and anesthesia. Does not include imaging guidance ({77002}) if your doctor uses it.',
    'Deductible left: $620 of $2,000   Coinsurance 20% after deductible',
    'This is not a guarantee of payment. Questions? Call Member Services and give reference [30917].',
  ].join('\n'),
});

// ── 23. Transparency in Coverage in-network rate file, JSON text ──
const ticJson = lines({
  id: 's70-tic',
  kind: 's70-tic-in-network-rate-file-json-text',
  before: 'in-network-rates.json (Transparency in Coverage), pretty-printed excerpt',
  text: [
    '"provider_references": [ { "provider_group_id": [64612],',
    '  "provider_groups": [ { "npi": [1396842210, 1821099347], "tin": { "type": "ein", "value": "311234567" } } ] },',
    '  { "provider_group_id": [20871], "provider_groups": [ { "npi": [1104927765], "tin": { "type": "ein", "value": "316004418" } } ] } ],',
    '"in_network": [ { "negotiation_arrangement": "ffs", "name": "NEUROPLASTY MAJOR PERIPHERAL NERVE SCIATIC",',
    '  "billing_code_type": "CPT", "billing_code_type_version": "2025", "billing_code": "{64712}",',
    '  "negotiated_rates": [ { "provider_references": [ [64612] ], "negotiated_prices": [ { "negotiated_rate": 688.14,',
    '  { "negotiation_arrangement": "ffs", "billing_code_type": "CPT", "billing_code": "{64445}",',
    '  "negotiated_rates": [ { "provider_references": [ [64612], [20871] ], "negotiated_prices": [ { "negotiated_rate": 201.5,',
    '  { "negotiation_arrangement": "ffs", "billing_code_type": "CPT", "billing_code": "{64632}",',
  ].join('\n'),
});

// ── 24. Plan-Net FHIR API response, JSON text ──
const planNet = lines({
  id: 's70-plannet',
  kind: 's70-plannet-fhir-api-response-text',
  before: 'GET /HealthcareService?location=… (Da Vinci PDex Plan-Net), response excerpt',
  text: [
    '"resourceType": "Location", "id": "loc-mopni-2",',
    '"address": { "line": ["6800 Perimeter Loop Rd"], "city": "Dublin", "state": "OH", "postalCode": "[43017]" },',
    '"resourceType": "HealthcareService", "id": "hs-[64714]",',
    '"type": [{ "coding": [{ "system": "http://www.ama-assn.org/go/cpt", "code": "{64632}", "display": "Destruction, plantar digital nerve" }] }],',
    '"type": [{ "coding": [{ "system": "http://www.ama-assn.org/go/cpt", "code": "{64612}" }] }],',
    '"telecom": [{ "system": "phone", "value": "614-555-0142" }], "meta": { "versionId": "[11245]" }',
  ].join('\n'),
});

// ── 25. Weekly state directory extract, XML text ──
const stateXml = lines({
  id: 's70-statexml',
  kind: 's70-state-directory-extract-xml-text',
  before: 'Weekly provider directory extract to the state Medicaid agency (XML), excerpt',
  text: [
    '<Provider npi="1578300216" planProviderId="[55803]" accepting="N">',
    '  <Location zip="[43021]" county="[39041]" suite="B"/>',
    '  <Service code="{64445}" type="CPT"/>',
    '  <Service code="{64447}" type="CPT"/>',
    '</Provider>',
    '<Provider npi="1952618043" planProviderId="[55811]" accepting="Y">',
    '  <Location zip="[43138]" county="[39073]"/>',
    '  <Service code="{64632}" type="CPT"/><Service code="{64640}" type="CPT"/>',
  ].join('\n'),
});

// ── 26. HL7 v2 staff master message, text (decoy only) ──
const hl7Staff = lines({
  id: 's70-hl7stf',
  kind: 's70-hl7-mfn-staff-master-text',
  before: 'Interface engine — outbound MFN^M02 practitioner master to directory',
  text: [
    'MSH|^~\\&|CVO|OHP|DIRECTORY|OHP|20251201021500||MFN^M02|[73342]|P|2.5.1',
    'MFE|MUP|||1396842210^RAMASWAMY^ANIKA',
    'STF|1396842210|U[64612]^^^OHP|RAMASWAMY^ANIKA^^^MD||F|||A||||3535 OLENTANGY RIVER RD^STE 210^COLUMBUS^OH^[43214]',
    'PRA|1396842210|CPPP^Central Ohio Pain Partners||I|208VP0014X|[35108]^OH^SL',
  ].join('\n'),
});

// ── 27. Facility site-of-service directory, table ──
const facilityDirectory = table({
  id: 's70-facdir',
  kind: 's70-facility-site-of-service-directory-grid',
  caption: 'Facility directory — where can I get this procedure? Surgery center vs hospital outpatient',
  headers: ['Facility', 'Type', 'ZIP', 'Proc', 'Facility allowed', 'Member coinsurance'],
  rows: [
    ['Riverside Ambulatory Surgery', 'ASC', '[43214]', '{64712}', '$1,812', '20%'],
    ['Olentangy Regional Hospital — Outpatient', 'Hospital outpatient', '[43214]', '{64712}', '$4,905', '20%'],
    ['Easton Surgery Center', 'ASC', '[43219]', '{64714}', '$2,644', '20%'],
    ['Olentangy Regional Hospital — Outpatient', 'Hospital outpatient', '[43214]', '{64714}', '$6,880', '20%'],
    ['Grove City Surgery Center', 'ASC', '[43123]', '{64445}', '$388', '20%'],
    ['Licking Valley Hospital — Outpatient', 'Hospital outpatient', '[43055]', '{64632}', '$976', '20%'],
    ['Dublin Surgery Center', 'ASC', '[43017]', '{64612}', '$455', '20%'],
  ],
});

// ── 28. Site-of-service program notice, provider news prose ──
const sosNotice = lines({
  id: 's70-sosnotice',
  kind: 's70-site-of-service-program-notice-text',
  before: 'Provider news — site-of-service review for outpatient nerve surgery',
  text: [
    'From 03/01/2026, elective peripheral nerve surgery in a hospital outpatient department needs site-of-service review.',
    'Affected codes: {64712}, {64713}, {64714}, {64718} and {64721}.',
    'Office procedures such as {64445}, {64450} and {64632} are not affected.',
    'If a member needs the hospital for a medical reason, send the review to Utilization Management, PO Box [64712], Columbus, OH [43216].',
  ].join('\n'),
});

// ── 29. Browse by procedure list, text ──
const browseByProc = lines({
  id: 's70-browse',
  kind: 's70-browse-by-procedure-list-text',
  before: 'Browse by procedure — pain and nerve procedures (in-network specialists within 30 miles)',
  text: [
    '{64712} Sciatic nerve decompression — 6 specialists',
    '{64714} Lumbar plexus decompression — 2 specialists',
    '{64445} Sciatic nerve block — 31 specialists',
    '{64632} Foot nerve ablation — 14 specialists',
    '{64612} Facial nerve chemodenervation — 9 specialists',
    '{64615} Chemodenervation for migraine — 11 specialists',
    '{64635} Lumbar facet nerve ablation — 27 specialists',
  ].join('\n'),
});

// ── 30. Member grievance about a wrong listing, intake prose ──
const grievance = lines({
  id: 's70-grievance',
  kind: 's70-member-grievance-wrong-listing-text',
  before: 'Member grievance — intake notes (verbatim from the online form)',
  text: [
    'Case [64612] received 10/14/2025   Member ID OHP[80431]-01',
    '"I searched for a pain doctor near [43123] who does the sciatic nerve block. Your website said Dr. Brennan in Grove City takes new patients.',
    'When I called, the office said she moved to Galena ([43021]) a year ago and is not taking anyone new. The number listed rang at a dentist.',
    "My surgeon's order says {64445} and the hospital scheduler told me that needs an in-network provider.",
    'I paid $1,140 out of network because nobody listed actually does it."',
    'Member address: 2914 Buckeye Pkwy, Grove City, OH [43123]',
  ].join('\n'),
});

// ── 31. Grievance resolution letter, text ──
const resolution = lines({
  id: 's70-resolution',
  kind: 's70-grievance-resolution-letter-text',
  before: 'Olentangy Health Plan — Grievance resolution',
  text: [
    'Re: Grievance [64612]   Member ID OHP[80431]-01',
    'We confirmed that on 10/14/2025 our directory showed Dr. Brennan at an old Grove City address ([43123]).',
    'Because you relied on our directory, we reprocessed claim 2025101400873 for {64445} at your in-network cost share.',
    'A refund of $958.00 will be mailed to you. The listing was corrected on 10/21/2025 (verification ticket [64471]).',
  ].join('\n'),
});

// ── 32. Member Services call notes, text ──
const callNotes = lines({
  id: 's70-callnotes',
  kind: 's70-member-services-call-notes-text',
  before: 'Member Services — call notes',
  text: [
    'Caller needs an in-network provider for {64445} near [43147] (Pickerington).',
    'Directory shows 3 within 10 mi; offered Dr. Ramaswamy (Columbus [43214]) and Grove City Surgery Center ([43123]).',
    'Member asked whether {64712} can be done at the surgery center; advised yes, lower cost share than hospital.',
    'Call ref [75380]; warm transfer to Care Navigation.',
  ].join('\n'),
});

// ── 33. Provider Relations territory map by ZIP, table (decoy only) ──
const territories = table({
  id: 's70-territory',
  kind: 's70-provider-relations-territory-map-grid',
  caption: 'Provider Relations territories — central and southeast Ohio',
  headers: ['Territory', 'Advocate', 'ZIP range', 'Counties', 'Groups', 'Practitioners'],
  rows: [
    ['C-1', 'J. Whitfield', '[43001]–[43099]', 'Delaware, Licking, Knox', '212', '1,480'],
    ['C-2', 'R. Osei', '[43201]–[43240]', 'Franklin', '341', '2,915'],
    ['C-3', 'M. Lutz', '[43101]–[43195]', 'Fairfield, Pickaway, Madison, Hocking', '96', '402'],
    ['SE-1', 'T. Harmon', '[45701]–[45789]', 'Athens, Meigs, Washington', '58', '219'],
    ['SE-2', 'A. Begay', '[43701]–[43793]', 'Muskingum, Noble, Monroe', '44', '187'],
    ['Mail', 'Provider data team', 'PO Box [64632]', 'All', '—', '—'],
  ],
});

// ── 34. Ghost-network audit, secret-shopper sample, table (decoy only) ──
const ghostAudit = table({
  id: 's70-ghost',
  kind: 's70-ghost-network-secret-shopper-sample-grid',
  caption: 'Ghost network audit — secret shopper sample — pain specialists — fourth quarter',
  headers: ['Sample #', 'Listed NPI', 'Listed ZIP', 'Reached?', 'Next appt (days)', 'Claims last 12 mo', 'Finding'],
  rows: [
    ['[20411]', '1396842210', '[43214]', 'Yes', '18', '412', 'Accurate'],
    ['[20412]', '1821099347', '[43212]', 'Yes', '—', '265', 'Not accepting; listing said Yes'],
    ['[20413]', '1578300216', '[43123]', 'Wrong number', '—', '0', 'Moved to [43021]'],
    ['[20414]', '1952618043', '[43138]', 'Yes', '41', '77', 'Accurate'],
    ['[20415]', '1663029418', '[43701]', 'No answer x3', '—', '0', 'Possible ghost; refer to PDM'],
    ['[20416]', '1730155682', '[45690]', 'Yes', '—', '0', 'Retired 06/2025'],
  ],
});

// ── 35. Audit evidence, last 837P seen per sampled provider, X12 text ──
const auditX12 = lines({
  id: 's70-auditx12',
  kind: 's70-audit-claims-evidence-837p-text',
  before: 'Audit evidence — last 837P seen for sampled providers (segments excerpt)',
  text: [
    'NM1*82*1*RAMASWAMY*ANIKA****XX*1396842210~',
    'N4*COLUMBUS*OH*[43214]~',
    'SV1*HC:{64712}*3940*UN*1***1~',
    'DTP*472*D8*20251103~',
    'NM1*82*1*TAGGART*OWEN****XX*1952618043~',
    'N4*LOGAN*OH*[43138]~',
    'SV1*HC:{64632}:RT*538*UN*1***1~',
    'SV1*HC:{64632}:LT*538*UN*1***1~',
    'NM1*PR*2*OLENTANGY HEALTH PLAN*****PI*[31114]~',
  ].join('\n'),
});

// ── 36. Directory listing change history, table ──
const changeHistory = table({
  id: 's70-history',
  kind: 's70-directory-listing-change-history-grid',
  caption: 'Listing history — Sasha Brennan, MD — all locations',
  headers: ['Changed', 'Field', 'Old value', 'New value', 'Source', 'Batch'],
  rows: [
    ['10/21/2025', 'Location ZIP', '[43123]', '[43021]', 'Grievance fix', '[91582]'],
    ['10/21/2025', 'Accepting new patients', 'Y', 'N', 'Grievance fix', '[91582]'],
    ['09/02/2025', 'Services', '{64445}; {64447}', '{64445}; {64447}; {64454}', 'Roster', '[90917]'],
    ['06/10/2025', 'Services', '{64712}; {64445}', '{64445}', 'Attestation', '[89314]'],
    ['03/04/2025', 'Suite', '120', 'B', 'PDC', '[88120]'],
  ],
});

// ── 37. Provider portal, "My directory listing" self-service page, text ──
const portalListing = lines({
  id: 's70-portal',
  kind: 's70-provider-portal-my-listing-text',
  before: 'Provider portal — My directory listing — review and confirm',
  text: [
    'Location 1 of 2: 3535 Olentangy River Rd, Suite 210, Columbus, OH [43214]   Location ID [64632]',
    'Services shown to members: ☑ {64712} ☑ {64714} ☑ {64445} ☑ {64612} ☐ {64632}',
    'Location 2 of 2: 6800 Perimeter Loop Rd, Dublin, OH [43017]   Location ID [64633]',
    'Services shown to members: ☑ {64632} ☑ {64612} ☐ {64615}',
    'Hours Mon–Fri 8–5   Wheelchair access: Yes   Last confirmed 11/26/2025',
  ].join('\n'),
});

export const sealed70: Snippet[] = [
  ...searchResults,
  ...searchFilters,
  ...profileProcedures,
  ...printDirectory,
  ...attestQueue,
  ...attestForm,
  ...rosterCsv,
  ...rosterExceptions,
  ...pdmEmail,
  ...scorecard,
  ...timeDistance,
  ...gapByZip,
  ...exceptionRequest,
  ...hsdTable,
  ...accessByProc,
  ...pdcForm,
  ...pdcServices,
  ...syncLog,
  ...syncSummary,
  ...serviceMap,
  ...costList,
  ...costDetail,
  ...ticJson,
  ...planNet,
  ...stateXml,
  ...hl7Staff,
  ...facilityDirectory,
  ...sosNotice,
  ...browseByProc,
  ...grievance,
  ...resolution,
  ...callNotes,
  ...territories,
  ...ghostAudit,
  ...auditX12,
  ...changeHistory,
  ...portalListing,
];
