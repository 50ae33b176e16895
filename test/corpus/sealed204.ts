import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 204 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s204-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too (64446, 64708, 64615, 64713, 64640, 64624, 76942, 95874, 20550, 64447, range ends such as
 * 64400–64999 and 99202–99215), including codes in column headers of a printed crosstab, codes with modifiers
 * attached (64612-50, 64612-LT, HC:64712:RT) and codes inside a metric key (dev/f1_64714). About a third of the
 * decoys are numbers of the synthetic 10,000-code set (KNOWN_10K) used as the lab's and the IRB's Portland ZIP, the
 * vendor's Minneapolis ZIP, a Label Studio project id, task ids, a count of unlabelled notes, a Jira ticket, a cost
 * center, a department id, a de-identification batch id, an IRB protocol number, a note id and a FHIR practitioner
 * reference. The five known codes' digits come back as decoys: a note id (N-64632, N-64712), vendor annotator worker
 * ids (LAC-64714, LAC-64712), fax-header order and reference numbers quoted in a guideline, a chat, a ticket, a
 * spreadsheet and a wiki search hit (Ref# 64445, ORDER 64712, order 64714), a purchase order number on the vendor
 * invoice (PO 64612) and training global-step numbers in a job log (step 64445/81000, step 64612/81000).
 *
 * Family: a data-science team annotating clinical notes for a CPT-suggestion model. One story: the (fictional)
 * Clinical AI Lab of Fernhollow Health (Portland, OR) builds ProcSuggest-PNX, a model that suggests CPT codes for
 * peripheral nerve procedure notes, with its HIM coding SMEs and a (fictional) annotation vendor, Larchmont
 * Annotation Co. (Minneapolis). Pages: the labelling guidelines and their decision table, the annotation tool's
 * labeling-interface XML config and task screen, its JSON export, the training JSONL and the label-count CSV, the
 * inter-annotator agreement table, pairwise kappa, the adjudication queue, the team chat thread and the coding SME's
 * adjudication e-mail, the note-sampling SQL, the de-identification audit log, the IRB determination letter, the
 * vendor invoice, the annotator throughput dashboard and qualification quiz, the training job log and experiment
 * tracking run page, notebook classification report, confusion-matrix crosstab and error-analysis cell, the error
 * review sheet, per-label thresholds, the model card (markdown and metrics by slice), the datasheet, the label-map
 * YAML and its pull request diff, the bug ticket, the suggestion API response, the silver-label sources (837P
 * segments, a FHIR ExplanationOfBenefit) and the HL7 MDM note feed, a weak-supervision LF summary, a coders' blind
 * A/B evaluation form, the production drift dashboard, a technical report's PDF text layer, wiki search results, a
 * cloud cost report and the gold set's changelog.
 * Built on real public layouts: Label Studio (labeling-interface XML with <Choices>/<Choice hotkey>, the task
 * labeling screen, the JSON export with annotations/predictions/lead_time), scikit-learn's classification_report
 * and pandas crosstab output in a Jupyter notebook, MLflow run pages (run id, parameters, metrics, tags,
 * artifacts), Hugging Face model cards, "Datasheets for Datasets" (Gebru et al.), Snorkel's LFAnalysis lf_summary
 * columns, GitHub pull-request unified diffs, Jira issue views, Slack threads, Confluence search results, a cloud
 * billing report, X12 837P ISA/CLM/SV1 segments, FHIR R4 ExplanationOfBenefit JSON, HL7 v2 MDM^T02 messages and the
 * arXiv preprint first page. The others are written the way those pages read, with no single source.
 *
 * 397 labelled tokens over 42 shapes: 257 codes (174 of them the five known codes), 140 decoys, 50 of the decoys in
 * KNOWN_10K (18 of those reuse the known codes' digits).
 */

// ── 1. Labelling guidelines, document text ──
const guidelines = lines({
  id: 's204-guide',
  kind: 's204-labelling-guidelines-document-text',
  before: 'PNX-Gold Labelling Guidelines v1.4 — Fernhollow Health Clinical AI Lab — Internal',
  text: [
    '§3 Procedure labels',
    '§3.1 Label the procedure the note documents, not the one ordered. A sciatic block ordered for post-op pain but never done gets no {64445}.',
    '§3.2 Open neurolysis of the sciatic nerve is {64712}. If only the common peroneal nerve at the fibular head is freed, label {64708}, not {64712}.',
    '§3.3 Lumbar plexus neurolysis ({64714}) is rare (38 notes in the pool): flag every {64714} for adjudication whatever your confidence.',
    '§3.4 Facial nerve chemodenervation for blepharospasm or hemifacial spasm is {64612}; both sides = {64612} with modifier 50. {64615} only for chronic migraine.',
    "§3.5 Alcohol or phenol neurolysis of a plantar common digital nerve (Morton's neuroma) is {64632}, one label per nerve; genicular RF is {64624}, not {64632}.",
    '§3.6 Never label numbers that only look like codes: ZIPs in letterheads ([97201]), order or reference numbers (Ref# [64445]), note ids, units, doses.',
    'Questions: #pnx-labelling on Slack or the coding SME on call (pager [41902]).',
    'Document ID CLINAI-GL-[20104] · rev 4 · owner D. Patel · approved R. Oyelaran',
  ].join('\n'),
});

// ── 2. Guideline decision table ──
const decisions = table({
  id: 's204-decide',
  kind: 's204-guideline-decision-table-grid',
  caption: 'Appendix B — Decision table for look-alike procedures',
  headers: ['#', 'Note says', 'Label', 'Do NOT label', 'Comment'],
  rows: [
    [
      'D1',
      '"open release of sciatic nerve at the sciatic notch, scar excised"',
      '{64712}',
      '{64708}',
      'Piriformis release alone: NONE',
    ],
    [
      'D2',
      '"US-guided popliteal sciatic block, single shot, 20 mL"',
      '{64445}',
      '{64446}',
      'Imaging guidance labelled apart',
    ],
    ['D3', '"catheter left in place, ropivacaine 0.2% at 8 mL/h x 48 h"', '{64446}', '{64445}', ''],
    [
      'D4',
      '"onabotulinumtoxinA to R orbicularis oculi and zygomaticus"',
      '{64612}',
      '{64615}',
      'Units go in the drug field',
    ],
    ['D5', '"dehydrated alcohol 4%, 3rd intermetatarsal space"', '{64632}', '{64640}', 'One per nerve'],
    ['D6', '"retroperitoneal exposure, lumbar plexus neurolysed"', '{64714}', '{64712}', 'Always adjudicate'],
  ],
});

// ── 3. Label Studio labeling-interface config, XML ──
const lsConfig = lines({
  id: 's204-lsconf',
  kind: 's204-label-studio-interface-config-xml-text',
  before: 'Project settings › Labeling Interface › Code',
  text: [
    '<View>',
    '  <!-- project [31657] · template rev 12 · owner dpatel -->',
    '  <Text name="note" value="$text" granularity="word"/>',
    '  <Choices name="cpt" toName="note" choice="multiple" showInline="true">',
    '    <Choice value="{64712}" hotkey="1" hint="Neuroplasty, sciatic"/>',
    '    <Choice value="{64714}" hotkey="2" hint="Neuroplasty, lumbar plexus"/>',
    '    <Choice value="{64445}" hotkey="3"/><Choice value="{64446}" hotkey="4"/>',
    '    <Choice value="{64632}" hotkey="5"/><Choice value="{64612}" hotkey="6"/><Choice value="NONE" hotkey="0"/>',
    '  </Choices>',
    '</View>',
  ].join('\n'),
});

// ── 4. Annotation task screen, text layer ──
const taskScreen = lines({
  id: 's204-task',
  kind: 's204-annotation-tool-task-screen-text',
  before: 'Label Studio — PNX-Gold round 2 — Labeling',
  text: [
    'Task #[18492]   Note ID N-[64632]   Annotator: coder_04 (R. Ito)   Lead time 3m 12s',
    'PROCEDURE NOTE — Podiatry — Dr. A. Varga — [DATE] — MRN ***5581 (masked)',
    "Procedure: 4% alcohol sclerosing injection, left third intermetatarsal space, Morton's neuroma, series 2 of 3.",
    'Pre-annotation (procsuggest-2.2): {64632} 0.91 · {64640} 0.06 · {20550} 0.02',
    'Your choices: [x] {64632}   [ ] {64640}   [ ] NONE     Evidence spans: 2   Laterality: LT',
    'Comment: "series injection — {64632} each session, per §3.5"',
    'Submit · Skip · Ctrl+Enter   Patient ZIP (3-digit): 972**   Encounter key [20654]',
  ].join('\n'),
});

// ── 5. Label Studio JSON export ──
const lsJson = lines({
  id: 's204-lsjson',
  kind: 's204-label-studio-json-export-text',
  before: 'project-31657-at-2026-04-02-17-44-7c1e.json',
  text: [
    '[{',
    '  "id": [18492],',
    '  "annotations": [{"id": [40311], "completed_by": 7, "result": [{"from_name": "cpt", "to_name": "note",',
    '    "type": "choices", "value": {"choices": ["{64632}"]}}], "lead_time": 192.4}],',
    '  "data": {"note_id": "N-[64632]", "text": "Procedure: 4% alcohol sclerosing injection, left third intermetatarsal..."},',
    '  "predictions": [{"model_version": "procsuggest-2.2", "result": [{"value": {"choices": ["{64632}"]}}], "score": 0.91}],',
    '  "project": [31657], "updated_at": "2026-03-11T21:04:55Z"',
    '}, {"id": [18493], "annotations": [{"id": [40302], "result": [{"value": {"choices": ["{64445}", "{76942}"]}}]}],',
    '  "data": {"note_id": "N-[71581]", "text": "Popliteal sciatic nerve block under ultrasound, right, 20 mL ropivacaine..."}}]',
  ].join('\n'),
});

// ── 6. JSONL training export ──
const jsonl = lines({
  id: 's204-jsonl',
  kind: 's204-training-jsonl-export-text',
  before: 'gs://fh-clinai-pnx/gold/v1.4/train.jsonl (head -n 6)',
  text: [
    '{"note_id": "N-[10388]", "split": "train", "labels": ["{64712}"], "specialty": "neurosurgery", "tokens": 812}',
    '{"note_id": "N-[10395]", "split": "train", "labels": ["{64445}", "{64447}"], "specialty": "anesthesia", "tokens": 244}',
    '{"note_id": "N-[10402]", "split": "train", "labels": ["{64612}"], "modifiers": ["LT"], "specialty": "neurology", "tokens": 377}',
    '{"note_id": "N-[10417]", "split": "train", "labels": [], "specialty": "podiatry", "tokens": 198, "reason_none": "consult only"}',
    '{"note_id": "N-[10433]", "split": "train", "labels": ["{64632}", "{64632}"], "specialty": "podiatry", "tokens": 301}',
    '{"note_id": "N-[10441]", "split": "train", "labels": ["{64714}"], "specialty": "neurosurgery", "tokens": 1103, "adjudicated": true}',
  ].join('\n'),
});

// ── 7. Label distribution CSV ──
const distCsv = lines({
  id: 's204-distcsv',
  kind: 's204-label-distribution-csv-text',
  before: 'label_counts_v1.4.csv',
  text: [
    'cpt,descriptor_short,train,dev,test,total',
    '{64445},INJ SCIATIC SINGLE,1124,141,141,1406',
    '{64446},INJ SCIATIC CONT,249,31,31,311',
    '{64612},CHEMODENERV FACIAL UNI,524,66,65,655',
    '{64632},DESTR PLANTAR DIG NRV,389,49,49,487',
    '{64712},NEUROPLASTY SCIATIC,170,21,21,212',
    '{64714},NEUROPLASTY LUMBAR PLEXUS,30,4,4,38',
    'NONE,,[10015],1252,1252,[12519]',
  ].join('\n'),
});

// ── 8. Inter-annotator agreement by code ──
const iaa = table({
  id: 's204-iaa',
  kind: 's204-inter-annotator-agreement-by-code-grid',
  caption: 'Table 3. Inter-annotator agreement, round 2 (double-annotated subset, n = 600 notes)',
  headers: ['CPT', 'Prevalence', 'Cohen κ (A1 vs A2)', 'Fleiss κ (3 raters)', '% agree', 'Main confusion'],
  rows: [
    ['{64445}', '11.2%', '0.91', '0.89', '97.8', '{64446} (catheter not documented)'],
    ['{64446}', '2.5%', '0.74', '0.71', '98.6', '{64445}'],
    ['{64612}', '5.3%', '0.88', '0.86', '98.9', '{64615} (migraine vs. spasm)'],
    ['{64632}', '3.9%', '0.83', '0.80', '98.7', '{64640}'],
    ['{64712}', '1.7%', '0.69', '0.66', '99.0', '{64708}, {64713}'],
    ['{64714}', '0.3%', '0.52', '0.49', '99.7', '{64712}'],
    ['All codes (macro)', '—', '0.76', '0.74', '98.8', ''],
  ],
});

// ── 9. Annotator pairwise agreement ──
const pairs = table({
  id: 's204-pairs',
  kind: 's204-annotator-pairwise-kappa-grid',
  caption: 'Pairwise agreement — annotator pairs on the overlap set',
  headers: ['Pair', 'Annotator A', 'Annotator B', 'Overlap tasks', 'κ', 'Worst code'],
  rows: [
    ['P1', 'coder_01 (emp [45507])', 'coder_04 (emp [47050])', '200', '0.81', '{64712}'],
    ['P2', 'coder_02 (emp [45517])', 'vendor_11 (LAC-[64714])', '200', '0.72', '{64714}'],
    ['P3', 'coder_04 (emp [47050])', 'vendor_12 (LAC-[64712])', '200', '0.69', '{64446}'],
  ],
});

// ── 10. Adjudication queue ──
const adjudication = table({
  id: 's204-adjq',
  kind: 's204-adjudication-queue-grid',
  caption: 'Adjudication queue — 4 of 41 open — sorted by task',
  headers: ['Task', 'Note', 'A1', 'A2', 'Adjudicated', 'SME'],
  rows: [
    ['[18733]', 'N-[21651]', '{64712}', '{64708}', '{64712}', 'RO'],
    ['[18790]', 'N-[22102]', '{64445}', '{64446}', '{64446}', 'RO'],
    ['[19011]', 'N-[22743]', '{64612}', '{64615}', '{64612}', 'MK'],
    ['[19240]', 'N-[23310]', '{64714}', 'NONE', '{64714}', 'RO'],
  ],
});

// ── 11. Slack thread ──
const slack = lines({
  id: 's204-slack',
  kind: 's204-team-chat-channel-thread-text',
  before: '#pnx-labelling — Fernhollow Health — Slack',
  text: [
    'Renata Oyelaran (Coding SME)  9:14 AM',
    'task [18790]: catheter placed and pulled in PACU, no infusion documented → {64445}, not {64446}. reverting my adjudication',
    'Dev Patel (DS)  9:16 AM',
    'ok. fyi the model keeps predicting {64612} on migraine notes where A2 put {64615}. want a guideline line for that?',
    'Renata Oyelaran (Coding SME)  9:21 AM',
    'yes, §3.4. chronic migraine protocol (31 sites, head and neck) = {64615}. blepharospasm/hemifacial spasm = {64612}, -50 if both sides',
    'Mika Kowalczyk (Coding SME)  9:25 AM',
    'also seeing faxed notes with "ORDER [64712]" printed in the header, pls make sure the model isn\'t reading that 😬',
    'Dev Patel (DS)  9:27 AM',
    'filed DS-[88769]. 3 notes also have ZIP [97201] right after "CPT Dept" in the letterhead, same fix',
  ].join('\n'),
});

// ── 12. SME e-mail ──
const smeEmail = lines({
  id: 's204-email',
  kind: 's204-coding-sme-adjudication-email-text',
  before:
    'From: Renata Oyelaran <roye@fernhollow.org> To: clinai-pnx@fernhollow.org Subject: Round 2 adjudication — sciatic neuroplasty vs. other major nerve',
  text: [
    'Team,',
    'I re-read all 41 notes where A1 and A2 split between {64712} and {64708}. In 29 the surgeon freed the sciatic',
    'trunk itself (gluteal or posterior thigh incision), so {64712} stands. In 9 the release was of the common',
    'peroneal nerve at the fibular head, which is {64708}, and in 3 the hip arthroplasty note only says "sciatic',
    'nerve identified and protected": no neuroplasty, label NONE. For {64714}, all 4 disputed notes were',
    'retroperitoneal; I kept {64714} on 3 and moved 1 to NONE (plexus only visualised).',
    'Please freeze the gold set after tasks [19240] to [19388] are re-exported. Charge my hours to cost center [61720].',
    'Renata Oyelaran, CPC, CPMA | HIM Coding Quality | Fernhollow Health, 1120 SW Alder St, Portland, OR [97201]',
  ].join('\n'),
});

// ── 13. Sampling SQL worksheet ──
const sampleSql = lines({
  id: 's204-sql',
  kind: 's204-note-sampling-sql-worksheet-text',
  before: 'sample_pnx_round2.sql — Snowflake worksheet',
  text: [
    '-- stratified sample of procedure notes, 2024-01-01..2025-12-31, pain + peripheral nerve services',
    'SELECT n.note_id, n.note_text, c.cpt_code AS billed_cpt',
    'FROM clin.notes n JOIN fin.charge_lines c ON c.encounter_id = n.encounter_id',
    "WHERE c.cpt_code IN ('{64712}','{64714}','{64445}','{64446}','{64632}','{64612}','{64708}','{64615}')",
    '  AND n.dept_id IN ([30109], [30112], [30140])   -- pain clinic, podiatry, neurosurgery',
    "  AND n.note_type = 'PROCEDURE' AND LENGTH(n.note_text) BETWEEN 400 AND [20000]",
    'QUALIFY ROW_NUMBER() OVER (PARTITION BY c.cpt_code ORDER BY RANDOM(42)) <= 400;',
  ].join('\n'),
});

// ── 14. De-identification audit log ──
const deid = lines({
  id: 's204-deid',
  kind: 's204-deidentification-audit-log-text',
  before: 'philter-deid run 2026-02-27 — audit summary (batch pnx-r2)',
  text: [
    'batch_id=[72045] notes_in=2400 notes_out=2400 phi_spans=[18933]',
    'ZIP    : 1211 spans -> 3-digit (e.g. [97201] -> 972**); 4 spans sent to review (ZIP next to a CPT lexicon hit)',
    'PHONE  : 842 spans masked; DATE: 9604 shifted (+/- 30 d, per patient); MRN: 3119 spans -> ***NNNN',
    'KEEP   : 5-digit tokens left unmasked because the CPT lexicon matched: {64445} (212), {64612} (98), {64712} (31)',
    'config : philter_pnx.toml rev [33173]; operator svc-deid; elapsed 00:41:07; exit 0',
  ].join('\n'),
});

// ── 15. IRB determination letter ──
const irb = lines({
  id: 's204-irb',
  kind: 's204-irb-determination-letter-text',
  before: 'Fernhollow Health Institutional Review Board — Determination Letter',
  text: [
    'Date: January 9, 2026   IRB Protocol: FH-IRB-2025-[14713]   Submission [86132]',
    'Title: Development of a CPT Procedure-Code Suggestion Model Using De-identified Procedure Notes (ProcSuggest)',
    'PI: Dev Patel, PhD, Clinical AI Lab   Co-I: Renata Oyelaran, CPC',
    'Determination: Not Human Subjects Research (45 CFR 46.102): quality improvement using de-identified data.',
    'Scope: procedure notes with a peripheral nerve procedure charge (CPT {64400} through {64999}), 2024–2025.',
    'Fernhollow IRB, 2801 N Gantenbein Ave, MS 400, Portland, OR [97227]   FWA00002781',
  ].join('\n'),
});

// ── 16. Annotation vendor invoice ──
const invoice = lines({
  id: 's204-invoice',
  kind: 's204-annotation-vendor-invoice-text',
  before: 'LARCHMONT ANNOTATION CO. — INVOICE',
  text: [
    'Larchmont Annotation Co., 200 S 6th St, Suite 1450, Minneapolis, MN [55401]',
    'Invoice no. LAC-INV-[20415]   Date 03/31/2026   PO [64612]   Vendor ID [30418]   Terms Net 45',
    'Bill to: Fernhollow Health, Accounts Payable, PO Box 4300, Portland, OR [97208]',
    'Line 1  Certified coder annotation, PNX-Gold round 2, 1,200 tasks @ $6.40   $7,680.00',
    'Line 2  Adjudication support, 38.5 h @ $95.00   $3,657.50',
    'Line 3  Rush QA, lumbar plexus subset ({64714}, 38 tasks)   $418.00',
    'Total due $11,755.50   Please reference LAC-INV-[20415] and PO [64612] on remittance.',
  ].join('\n'),
});

// ── 17. Annotator throughput dashboard ──
const throughput = table({
  id: 's204-thru',
  kind: 's204-annotator-throughput-dashboard-grid',
  caption: 'Annotator throughput — project 31657 — last 30 days',
  headers: ['Annotator', 'Org', 'Tasks done', 'Median time', 'Agreement w/ gold', 'Most-skipped label'],
  rows: [
    ['coder_01', 'FH HIM', '412', '2m 41s', '0.93', '{64714}'],
    ['coder_04', 'FH HIM', '398', '3m 05s', '0.91', '{64446}'],
    ['vendor_11 (LAC-[64714])', 'Larchmont', '611', '1m 52s', '0.84', '{64712}'],
    ['vendor_12 (LAC-[64712])', 'Larchmont', '589', '1m 48s', '0.82', '{64714}'],
  ],
});

// ── 18. Training job stdout ──
const trainLog = lines({
  id: 's204-trainlog',
  kind: 's204-training-job-stdout-log-text',
  before: 'job pnx-clf-r2-0412 · stdout',
  text: [
    '[2026-04-12 02:14:07] epoch 4/5 step [64445]/[81000] loss 0.1873 lr 1.2e-05 grad_norm 0.41',
    '[2026-04-12 02:19:52] epoch 4/5 step [64612]/[81000] loss 0.1790 lr 1.2e-05 grad_norm 0.38',
    '[2026-04-12 02:20:30] eval dev: micro_f1 0.884 macro_f1 0.771 (n_dev=1252, eval_batch [40112])',
    '[2026-04-12 02:20:30] per-label dev f1: {64445}=0.95 {64446}=0.78 {64612}=0.90 {64632}=0.88 {64712}=0.72 {64714}=0.41',
    '[2026-04-12 02:20:31] saved gs://fh-clinai-pnx/ckpt/r2/checkpoint-[64620]',
    '[2026-04-12 02:20:33] early stopping patience 2/3 · pid [41387] · host gpu-a100-07',
  ].join('\n'),
});

// ── 19. Experiment tracking run page ──
const runPage = lines({
  id: 's204-run',
  kind: 's204-experiment-tracking-run-page-text',
  before: 'MLflow › Experiments › procsuggest-pnx › Run 7f3c2a1e',
  text: [
    'Run ID 7f3c2a1e9b0d   Experiment ID [43832]   Status FINISHED   Duration 6.2h',
    'Parameters: base_model=clinical-longformer max_len=4096 lr=2e-5 epochs=5 seed=13 train_rows=[16244]',
    'Metrics: dev/micro_f1 0.884  dev/macro_f1 0.771  test/micro_f1 0.879  dev/f1_{64714} 0.41  dev/f1_{64712} 0.72',
    'Tags: dataset=pnx-gold-v1.4  git_sha=4e1d9a0  owner=dpatel  ticket=DS-[88769]',
    'Artifacts: model/ · confusion_matrix.png · per_label.csv · errors_dev.jsonl ([12341] KB)',
  ].join('\n'),
});

// ── 20. classification_report output ──
const classReport = lines({
  id: 's204-clsrep',
  kind: 's204-notebook-classification-report-output-text',
  before: 'In [14]: print(classification_report(y_true, y_pred, target_names=labels, digits=3))',
  text: [
    '              precision    recall  f1-score   support',
    '     {64445}      0.962     0.949     0.955       141',
    '     {64446}      0.806     0.758     0.781        31',
    '     {64612}      0.887     0.908     0.897        65',
    '     {64615}      0.840     0.778     0.808        27',
    '     {64632}      0.898     0.865     0.881        49',
    '     {64708}      0.700     0.700     0.700        10',
    '     {64712}      0.750     0.714     0.732        21',
    '     {64714}      0.500     0.250     0.333         4',
    '   micro avg      0.893     0.872     0.882       348',
  ].join('\n'),
});

// ── 21. Confusion matrix crosstab output ──
const crosstab = lines({
  id: 's204-crosstab',
  kind: 's204-notebook-confusion-matrix-crosstab-text',
  before: "In [15]: pd.crosstab(df.gold, df.pred, rownames=['gold'], colnames=['pred'])",
  text: [
    'pred   {64445}  {64446}  {64612}  {64615}  {64708}  {64712}  {64714}  NONE',
    'gold',
    '{64445}    134      5      0      0      0      0      0     2',
    '{64446}      7     24      0      0      0      0      0     0',
    '{64612}      0      0     59      4      0      0      0     2',
    '{64712}      0      0      0      0      3     15      1     2',
    '{64714}      0      0      0      0      0      2      1     1',
  ].join('\n'),
});

// ── 22. Error-analysis notebook cell ──
const errCell = lines({
  id: 's204-errcell',
  kind: 's204-error-analysis-notebook-cell-text',
  before: 'error_analysis_r2.ipynb — cell [22]',
  text: [
    "fp = df[(df.pred == '{64712}') & (df.gold != '{64712}')]",
    "fp[['note_id', 'gold', 'pred', 'score']].head()",
    '      note_id     gold     pred  score',
    '412   N-[52018]  {64708}  {64712}   0.58',
    '977   N-[53388]  NONE     {64712}   0.61',
    '1033  N-[64712]  {64713}  {64712}   0.55',
    '# 2 of 5 FPs are hip arthroplasty notes that say "sciatic nerve protected": add hard negatives',
  ].join('\n'),
});

// ── 23. Error case review spreadsheet ──
const errSheet = table({
  id: 's204-errsheet',
  kind: 's204-error-case-review-spreadsheet-grid',
  caption: 'PNX r2 error review (shared sheet) — tab "dev errors"',
  headers: ['Note', 'Gold', 'Pred', 'Error type', 'Root cause', 'Fix'],
  rows: [
    [
      'N-[52018]',
      '{64708}',
      '{64712}',
      'FP',
      'peroneal release near the sciatic bifurcation',
      'guideline §3.2 example',
    ],
    [
      'N-[54610]',
      '{64612}-50',
      '{64615}',
      'wrong code',
      'bilateral blepharospasm read as migraine',
      'laterality feature',
    ],
    ['N-[55154]', '{64632}', 'NONE', 'FN', 'note says only "dehydrated alcohol 4%, 3rd IMS"', 'abbreviation list'],
    ['N-[56479]', 'NONE', '{64445}', 'FP', 'fax header "Ref# [64445]" on a scanned op note', 'mask header numbers'],
    [
      'N-[57018]',
      '{64714}',
      '{64712}',
      'wrong code',
      'retroperitoneal plexus; sciatica only in history',
      'more {64714} examples',
    ],
  ],
});

// ── 24. Threshold / calibration table ──
const thresholds = table({
  id: 's204-thresh',
  kind: 's204-per-label-threshold-calibration-grid',
  caption: 'Operating points chosen for v2.3 (dev set, isotonic calibration)',
  headers: ['Label', 'Threshold', 'Precision @thr', 'Recall @thr', 'ECE', 'Auto-suggest?'],
  rows: [
    ['{64445}', '0.50', '0.96', '0.95', '0.018', 'Yes'],
    ['{64446}', '0.65', '0.85', '0.70', '0.041', 'Yes'],
    ['{64612}', '0.55', '0.91', '0.89', '0.027', 'Yes'],
    ['{64632}', '0.55', '0.90', '0.86', '0.030', 'Yes'],
    ['{64712}', '0.70', '0.82', '0.62', '0.066', 'Review only'],
    ['{64714}', '—', '—', '—', '—', 'Never (n=4)'],
  ],
});

// ── 25. Model card, markdown ──
const modelCard = lines({
  id: 's204-card',
  kind: 's204-model-card-markdown-text',
  before: 'MODEL_CARD.md — procsuggest-pnx v2.3',
  text: [
    '# ProcSuggest-PNX v2.3',
    '**Intended use:** suggest CPT codes for peripheral nerve procedure notes to Fernhollow HIM coders; a coder accepts or rejects every suggestion.',
    '**Label set (8):** {64445}, {64446}, {64612}, {64615}, {64632}, {64708}, {64712}, {64714}, plus NONE.',
    '**Out of scope:** E/M visits ({99202}–{99215}), facet RF ablation ({64633}–{64636}), drug and supply codes.',
    '**Known limitations:** {64714} has 38 training notes and is never auto-suggested; {64712} is over-predicted on hip arthroplasty notes.',
    '**Training data:** PNX-Gold v1.4, 2,400 double-labelled and 14,929 silver-labelled notes (IRB FH-IRB-2025-[14713], not human subjects research).',
    '**Contact:** clinai@fernhollow.org · Fernhollow Health Clinical AI Lab, 1120 SW Alder St, Portland, OR [97201]',
  ].join('\n'),
});

// ── 26. Model card metrics by slice ──
const cardMetrics = table({
  id: 's204-slices',
  kind: 's204-model-card-metrics-by-slice-grid',
  caption: 'Evaluation results by slice (test split)',
  headers: ['Slice', 'n notes', 'Micro F1', 'Macro F1', 'Worst label', 'Worst F1'],
  rows: [
    ['All (test)', '1,252', '0.879', '0.768', '{64714}', '0.33'],
    ['Podiatry', '188', '0.912', '0.874', '{64632}', '0.86'],
    ['Neurology', '214', '0.889', '0.851', '{64615}', '0.81'],
    ['Neurosurgery', '97', '0.781', '0.602', '{64714}', '0.33'],
    ['Scanned / OCR notes', '63', '0.702', '0.590', '{64712}', '0.55'],
    ['Site: Gresham ASC ([97030])', '141', '0.901', '0.802', '{64446}', '0.74'],
  ],
});

// ── 27. Datasheet for the dataset ──
const datasheet = lines({
  id: 's204-datasheet',
  kind: 's204-dataset-datasheet-text',
  before: 'Datasheet for PNX-Gold v1.4 (after Gebru et al., "Datasheets for Datasets")',
  text: [
    'Motivation: built to train and evaluate ProcSuggest on procedure notes billed with {64445}, {64612}, {64632}, {64712} or {64714} and their near neighbours.',
    'Composition: 17,329 notes; 2,400 with two independent labels; 14,929 with silver labels from billed charges (837P SV1 segments).',
    'Collection: notes dated 2024-01-01 to 2025-12-31 from 6 departments (dept ids [30109], [30112], [30140], [30155], [30161], [30177]).',
    'Preprocessing: de-identified with philter (batch [72045]); dates shifted per patient; 3-digit ZIP kept.',
    'Distribution: internal only, gs://fh-clinai-pnx/gold/v1.4; data use agreement DUA-[26413] with Larchmont Annotation Co.',
    'Maintenance: Clinical AI Lab; errata tracked in DS-[88769] and DS-[88770].',
  ].join('\n'),
});

// ── 28. Label map YAML ──
const labelMap = lines({
  id: 's204-yaml',
  kind: 's204-label-map-yaml-config-text',
  before: 'configs/label_map.yaml',
  text: [
    'version: 1.4',
    'labels:',
    '  0: {cpt: "{64445}", short: inj_sciatic_single}',
    '  1: {cpt: "{64446}", short: inj_sciatic_cont}',
    '  2: {cpt: "{64612}", short: chemodenerv_facial_uni, allow_modifiers: [LT, RT, "50"]}',
    '  3: {cpt: "{64615}", short: chemodenerv_migraine}',
    '  4: {cpt: "{64632}", short: destr_plantar_digital, max_units: 4}',
    '  5: {cpt: "{64708}", short: neuroplasty_other_major}',
    '  6: {cpt: "{64712}", short: neuroplasty_sciatic}',
    '  7: {cpt: "{64714}", short: neuroplasty_lumbar_plexus, auto_suggest: false}',
    '  8: {cpt: NONE}',
    'folded_into_none: ["{64713}"]  # brachial plexus, n=6, since v1.3',
  ].join('\n'),
});

// ── 29. Pull request diff ──
const prDiff = lines({
  id: 's204-pr',
  kind: 's204-code-review-pull-request-diff-text',
  before: 'fernhollow/procsuggest · Pull request #412: label map v1.4, split continuous sciatic from single shot',
  text: [
    'configs/label_map.yaml',
    '@@ -3,8 +3,9 @@ labels:',
    '-  0: {cpt: "{64445}", short: inj_sciatic}  # single + continuous',
    '+  0: {cpt: "{64445}", short: inj_sciatic_single}',
    '+  1: {cpt: "{64446}", short: inj_sciatic_cont}',
    '   2: {cpt: "{64612}", short: chemodenerv_facial_uni}',
    'R. Oyelaran commented: {64446} needs the infusion documented, see guideline §3.1 and task [18790].',
    'CI: eval-gold passed (job [93045]) · lint passed · 2 approvals · merged by dpatel · closes DS-[88412]',
  ].join('\n'),
});

// ── 30. Issue tracker ticket ──
const jira = lines({
  id: 's204-jira',
  kind: 's204-issue-tracker-bug-ticket-text',
  before: 'DS-88769 · Model reads order and reference numbers as CPT codes',
  text: [
    'Type: Bug   Priority: High   Status: In Progress   Assignee: Dev Patel   Sprint: CLINAI 26.07',
    'Description: on scanned op notes the fax header prints "Ref# [64445]" and "ORDER [64712]".',
    'ProcSuggest then suggests {64445} (score 0.62) on N-[56479], where the note documents no block at all.',
    'Repro: POST /v2/suggest with note N-[56479]; expected []; got ["{64445}"].',
    'Acceptance: no suggestion from numbers in the header block; recall on true {64445} stays at or above 0.94.',
    'Linked: DS-[88770] (ZIP in letterhead) · Epic DS-[87213] "PNX r2 error analysis" · Watchers 4',
  ].join('\n'),
});

// ── 31. Inference API JSON response ──
const apiResp = lines({
  id: 's204-api',
  kind: 's204-suggestion-api-json-response-text',
  before: 'POST https://procsuggest.internal.fernhollow.org/v2/suggest → 200 OK (143 ms)',
  text: [
    '{',
    '  "note_id": "N-[60067]",',
    '  "model": "procsuggest-pnx-2.3",',
    '  "suggestions": [',
    '    {"cpt": "{64712}", "score": 0.81, "modifiers": ["RT"], "evidence": [[412, 489]], "auto": false},',
    '    {"cpt": "{64708}", "score": 0.11, "modifiers": [], "evidence": [], "auto": false}',
    '  ],',
    '  "suppressed_spans": [[18, 23]], "request_seq": [83114], "trace": "t-[77032]"',
    '}',
  ].join('\n'),
});

// ── 32. 837P source of silver labels ──
const x12 = lines({
  id: 's204-x12',
  kind: 's204-silver-label-source-837p-text',
  before: 'silver_labels/source/837P_batch_0311.txt (raw view)',
  text: [
    'ISA*00*          *00*          *ZZ*FERNHOLLOW     *ZZ*CLEARHOUSE01   *260311*1422*^*[00501]*000004127*0*P*:~',
    'NM1*85*2*FERNHOLLOW HEALTH PAIN CLINIC*****XX*1427783349~',
    'N4*PORTLAND*OR*972014410~',
    'CLM*[26815]A7*1840***22:B:1*Y*A*Y*Y~',
    'SV1*HC:{64712}:RT*1450*UN*1***1~',
    'SV1*HC:{64445}:59*390*UN*1***2~',
    'SV1*HC:{76942}*120*UN*1***2~',
    'REF*6R*[14203]~',
  ].join('\n'),
});

// ── 33. FHIR ExplanationOfBenefit used for silver labels ──
const fhirEob = lines({
  id: 's204-eob',
  kind: 's204-silver-label-source-fhir-eob-json-text',
  before: 'silver_labels/source/eob_R4_sample.json',
  text: [
    '"resourceType": "ExplanationOfBenefit", "id": "eob-[33702]",',
    '"item": [{"sequence": 1, "productOrService": {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "{64612}"}]},',
    '  "modifier": [{"coding": [{"code": "LT"}]}], "net": {"value": 412.00, "currency": "USD"}},',
    '  {"sequence": 2, "productOrService": {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "{95874}"}]}}],',
    '"insurer": {"reference": "Organization/[60672]"}, "claim": {"identifier": {"value": "CLM-[44411]"}},',
    '"patient": {"reference": "Patient/deid-[40828]"}, "provider": {"reference": "Practitioner/[41178]"}, "billablePeriod": {"start": "2025-10-02"}',
  ].join('\n'),
});

// ── 34. HL7 MDM feed that brings notes to the lab ──
const hl7 = lines({
  id: 's204-hl7',
  kind: 's204-hl7-mdm-note-feed-message-text',
  before: 'Interface engine › Message viewer › channel NOTES_TO_CLINAI (inbound, pre de-identification)',
  text: [
    'MSH|^~\\&|EPIC|FHPDX|CLINAI|FH|20251104153012||MDM^T02|[58233]|P|2.5.1',
    'PID|1||E[48261]^^^FH^MR||TESTPATIENT^ALPHA||19580412|F|||88 NW Flanders St^^PORTLAND^OR^[97209]',
    'PV1|1|O|PAINPROC^RM2^^FHPDX||||[10322]^VARGA^ANDREA^^^^MD||||||||||||[70418]',
    'TXA|1|PN|TX|20251104153000|||||||DOC[58233]||||||AU',
    'OBX|1|TX|PROCNOTE^Procedure note||Popliteal sciatic nerve block, right, US-guided; CPT {64445}, {76942}.||||||F',
  ].join('\n'),
});

// ── 35. Weak-supervision labelling function summary ──
const lfSummary = table({
  id: 's204-lf',
  kind: 's204-weak-supervision-lf-summary-grid',
  caption: 'LFAnalysis(L_train, lfs).lf_summary(Y_dev)',
  headers: ['LF', 'j', 'Votes for', 'Coverage', 'Overlaps', 'Conflicts', 'Emp. Acc.'],
  rows: [
    ['lf_billed_charge', '0', 'any billed label (6)', '0.86', '0.71', '0.09', '0.92'],
    ['lf_regex_sciatic_block', '1', '{64445}', '0.12', '0.12', '0.02', '0.95'],
    ['lf_regex_catheter_infusion', '2', '{64446}', '0.03', '0.03', '0.01', '0.81'],
    ['lf_botox_facial_muscles', '3', '{64612}', '0.06', '0.06', '0.01', '0.89'],
    ['lf_alcohol_web_space', '4', '{64632}', '0.04', '0.04', '0.00', '0.93'],
  ],
});

// ── 36. Coder side-by-side evaluation form ──
const sideBySide = lines({
  id: 's204-sbs',
  kind: 's204-coder-blind-ab-evaluation-form-text',
  before: 'Human evaluation — coder review form (blind A/B), item 27 of 60',
  text: [
    'Note N-[61221] (neurology; hemifacial spasm, left; 35 units onabotulinumtoxinA; EMG guidance)',
    'System A suggests: {64612}-LT, {95874}        System B suggests: {64615}, {95874}',
    '( ) A as-is   ( ) B as-is   ( ) Neither',
    'Codes you would add: ________   Codes you would remove: {64615}',
    'Reviewer ID [35357] · time on item 00:01:44 · session [49406]',
  ].join('\n'),
});

// ── 37. Production label drift dashboard ──
const drift = table({
  id: 's204-drift',
  kind: 's204-production-suggestion-drift-dashboard-grid',
  caption: 'ProcSuggest in production — suggestions accepted by coders, by month',
  headers: ['Suggested code', 'Jan 2026', 'Feb 2026', 'Mar 2026', 'Accept rate (Mar)', 'Alert'],
  rows: [
    ['{64445}', '1,102', '1,088', '1,131', '94%', ''],
    ['{64446}', '210', '226', '198', '81%', ''],
    ['{64612}', '402', '419', '466', '90%', ''],
    ['{64632}', '301', '288', '355', '88%', 'Volume +23% (new podiatry site, Gresham [97030])'],
    ['{64712}', '19', '14', '31', '58%', 'Accept rate under 60%: review'],
    ['{64714}', '0', '0', '2', '—', 'Never auto (policy)'],
  ],
});

// ── 38. Technical report, PDF text layer ──
const techReport = lines({
  id: 's204-report',
  kind: 's204-technical-report-preprint-pdf-text',
  before: 'ProcSuggest-PNX: Suggesting CPT Codes for Peripheral Nerve Procedure Notes (Fernhollow TR-2026-03)',
  text: [
    'Abstract. We fine-tune a long-context clinical encoder to suggest CPT codes for peripheral nerve procedure',
    'notes. On 1,252 held-out notes it reaches 0.879 micro-F1; it is weakest on lumbar plexus neuroplasty',
    '({64714}, F1 0.33) and sciatic neuroplasty ({64712}, 0.73), where 41% of errors confuse {64712} with {64708}.',
    '1 Introduction',
    'Coders at Fernhollow Health assign about 18,000 peripheral nerve procedure codes a year, most of them single',
    'injection sciatic blocks (CPT {64445}) and facial chemodenervation ({64612}) [1]. Table 2 gives agreement',
    'by code: {64445} 0.91; {64632} 0.83; {64712} 0.69; {64714} 0.52.',
    'Fernhollow Health Clinical AI Lab, Portland, OR [97201]. Correspondence: dpatel@fernhollow.org',
    'arXiv:2604.[11993]v1 [cs.CL] 14 Apr 2026',
  ].join('\n'),
});

// ── 39. Wiki search results ──
const wikiSearch = lines({
  id: 's204-wiki',
  kind: 's204-team-wiki-search-results-text',
  before: 'Confluence — Search results in space CLINAI',
  text: [
    'PNX-Gold Labelling Guidelines v1.4 — "...flag every {64714} for adjudication whatever your..." — updated 2 days ago',
    'Round 2 adjudication notes — "...I kept {64714} on 3 and moved 1 to NONE..." — Renata Oyelaran — Mar 24, 2026',
    'Vendor onboarding checklist — "...Larchmont worker ID LAC-[64714] (vendor_11), badge issued..." — Mar 2, 2026',
    'Meeting notes 2026-03-19 — "...DS-[88769] header numbers; fax cover shows order [64714] for a knee MRI..."',
  ].join('\n'),
});

// ── 40. Cloud cost report ──
const cloudCost = lines({
  id: 's204-cloud',
  kind: 's204-cloud-gpu-cost-report-text',
  before: 'Cloud Billing › Reports — project fh-clinai-pnx — March 2026',
  text: [
    'Compute Engine — A100 80GB (us-west1) 412.6 h   $1,508.22',
    'Vertex AI Training — job pnx-clf-r2-0412   $2,114.90',
    'Cloud Storage — gs://fh-clinai-pnx 1.8 TB   $41.33',
    'Cost center [61720] · WBS [90508] · budget alert at 80% of $5,000 sent to dpatel',
    'Support case [47627]: quota increase, A100 in us-west1 (closed)',
  ].join('\n'),
});

// ── 41. Gold set changelog ──
const changelog = lines({
  id: 's204-changelog',
  kind: 's204-gold-set-changelog-markdown-text',
  before: 'CHANGELOG.md — pnx-gold',
  text: [
    '## v1.4 (2026-04-02)',
    '- Split {64446} (continuous infusion) from {64445}; 311 notes relabelled (PR #412).',
    '- Adjudicated 41 {64712}/{64708} disputes; 3 moved to NONE.',
    '- Folded {64713} into NONE (n=6); added 22 hard negatives for {64712} (hip arthroplasty).',
    '- Masked fax-header numbers (DS-[88769]): removes 14 false {64445} silver labels.',
    '## v1.3 (2026-02-20)',
    '- First gold release: 2,400 notes, 6 labels; Label Studio project [31657] export (tasks [18001] to [20400]).',
  ].join('\n'),
});

// ── 42. Annotator qualification quiz results ──
const quiz = table({
  id: 's204-quiz',
  kind: 's204-annotator-qualification-quiz-grid',
  caption: 'Annotator qualification quiz — PNX round 2 — answer key and responses (3 of 5 questions shown)',
  headers: ['Q', 'Scenario', 'Key', 'coder_01', 'coder_04', 'vendor_11'],
  rows: [
    ['1', 'US-guided popliteal sciatic block, single shot', '{64445}', '{64445}', '{64445}', '{64445}'],
    ['2', 'Sciatic catheter, ropivacaine infusion 48 h', '{64446}', '{64446}', '{64446}', '{64445}'],
    ['5', 'Open sciatic neurolysis, posterior thigh', '{64712}', '{64712}', '{64712}', '{64708}'],
  ],
});

export const sealed204: readonly Snippet[] = [
  ...guidelines,
  ...decisions,
  ...lsConfig,
  ...taskScreen,
  ...lsJson,
  ...jsonl,
  ...distCsv,
  ...iaa,
  ...pairs,
  ...adjudication,
  ...slack,
  ...smeEmail,
  ...sampleSql,
  ...deid,
  ...irb,
  ...invoice,
  ...throughput,
  ...trainLog,
  ...runPage,
  ...classReport,
  ...crosstab,
  ...errCell,
  ...errSheet,
  ...thresholds,
  ...modelCard,
  ...cardMetrics,
  ...datasheet,
  ...labelMap,
  ...prDiff,
  ...jira,
  ...apiResp,
  ...x12,
  ...fhirEob,
  ...hl7,
  ...lfSummary,
  ...sideBySide,
  ...drift,
  ...techReport,
  ...wikiSearch,
  ...cloudCost,
  ...changelog,
  ...quiz,
];
