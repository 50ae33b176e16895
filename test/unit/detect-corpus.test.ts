import { describe, expect, it } from 'vitest';
import { detect } from '../../lib/detect';
import { KNOWN_5, KNOWN_10K } from '../corpus/known';
import { parseSnippet } from '../corpus/parse';
import { SEALED_SET, type SetScore, scoreSet, TUNING_SET } from '../corpus/score';
import type { Snippet } from '../corpus/types';

const show = (s: SetScore) =>
  `P=${s.precision.toFixed(3)} R=${s.recall.toFixed(3)} tp=${s.tp} fp=${s.fp} fn=${s.fn}\n` +
  s.misses.map((m) => `  ${m.kind} ${m.id} ${m.code}: ${JSON.stringify(m.around)}`).join('\n');

/**
 * Floors for the tuning set as it stood when a pass ended: the sets that joined it later are left out, so the gains of
 * a later pass on its new data cannot hide a loss on the old. Floors are [precision, recall] with 5 known codes, then
 * with 10,000.
 */
function tuningSetFloor({
  name,
  leaveOut,
  tokens,
  floors: [p5, r5, p10k, r10k],
}: {
  name: string;
  leaveOut?: RegExp;
  tokens: number;
  floors: readonly [number, number, number, number];
}): void {
  it.each([
    ['5', KNOWN_5, p5, r5],
    ['10,000', KNOWN_10K, p10k, r10k],
  ] as const)(`${name} with %s known codes: not below its floor`, (_, known, precision, recall) => {
    const s = scoreSet(leaveOut ? TUNING_SET.filter((x) => !leaveOut.test(x.kind)) : TUNING_SET, detect, known);
    expect(s.tokens).toBe(tokens);
    expect(s.precision, show(s)).toBeGreaterThanOrEqual(precision);
    expect(s.recall, show(s)).toBeGreaterThanOrEqual(recall);
  });
}

type SetFloorRow = readonly [string, string, string, number, ReadonlySet<string>, number, number];

/**
 * Sets of `from`, each by its kind prefix, held to a score: [set, known name, prefix, tokens, known, P, R]. `first`:
 * the sealed sets at their first score; otherwise former sealed sets, tuning data now, at the score a pass tuned them to.
 */
function holdSets(rows: readonly SetFloorRow[], from: readonly Snippet[], first = false): void {
  it.each(rows)(
    first
      ? 'sealed set %s with %s known codes: not below its first score'
      : 'sealed set %s (tuning data now) with %s known codes: not below its tuned score',
    (_, _k, prefix, tokens, known, precision, recall) => {
      const s = scoreSet(
        from.filter((x) => x.kind.startsWith(prefix)),
        detect,
        known,
      );
      expect(s.tokens).toBe(tokens);
      expect(s.precision, show(s)).toBeGreaterThanOrEqual(precision);
      expect(s.recall, show(s)).toBeGreaterThanOrEqual(recall);
    },
  );
}
const sealedSetsTuned = (rows: readonly SetFloorRow[]) => holdSets(rows, TUNING_SET);

describe('labelled corpus', () => {
  const all = [...TUNING_SET, ...SEALED_SET];

  it('labels every five-digit token and has unique ids', () => {
    expect(new Set(all.map((s) => s.id)).size).toBe(all.length);
    for (const s of all) expect(() => parseSnippet(s)).not.toThrow();
    expect(() => parseSnippet({ id: 'x', kind: 'x', text: 'Claim 64714' })).toThrow(/not labelled/);
  });

  it('has at least 1,000 tokens from at least 30 page shapes, split by shape', () => {
    const tokens = all.reduce((n, s) => n + parseSnippet(s).truth.length, 0);
    expect(tokens).toBeGreaterThanOrEqual(1000);
    const tuningKinds = new Set(TUNING_SET.map((s) => s.kind));
    const sealedKinds = new Set(SEALED_SET.map((s) => s.kind));
    expect(tuningKinds.size + sealedKinds.size).toBeGreaterThanOrEqual(30);
    for (const kind of sealedKinds) expect(tuningKinds.has(kind), kind).toBe(false);
  });

  it('builds a seeded 10,000-code known set over the CPT range, with the five real codes', () => {
    expect(KNOWN_10K.size).toBe(10_000);
    for (const code of KNOWN_5) expect(KNOWN_10K.has(code)).toBe(true);
    for (const code of KNOWN_10K) expect(code >= '00100' && code <= '99607' && code.length === 5, code).toBe(true);
  });

  it.each([
    ['5', KNOWN_5],
    ['10,000', KNOWN_10K],
  ] as const)('tuning set before tuning4, with %s known codes: precision >= 0.99, recall >= 0.98', (_, known) => {
    const t = scoreSet(
      TUNING_SET.filter(
        (s) =>
          !/^(t4|s2|t5|s3|s4|s6|s7|s8|s9|s10|s11|s12|s13|s14|s15|s16|s17|s18|s19|s20|s21|s22|s23|s24|s25|s26|s29|s30|s31|s32|s33|s34|s35|s36|s37|s38|s39|s40|s41|s42|s43|s44|s45|s46|s47|s48|s49|s50|s51|s52|s53|s54|s55|s56|s57|s58|s59|s60|s61|s62|s63|s64|s65|s66|s67|s68|s69|s70|s71|s72|s73|s74|s75|s76|s77|s78|s79|s80|s81|s82|s83|s84|s85|s86|s87|s88|s89|s90|s91|s92|s93|s94|s95|s96|s97|s98|s99|s100|s101|s102|s103|s104|s105|s106|s107|s108|s109|s110|s111|s112|s113|s114|s115|s116|s117|s118|s119|s120|s121|s122|s123|s124|s125|s126|s127|s128|s129|s130|s131|s132|s133|s134|s135|s136|s137|s138|s139|s140|s141|s142|s143|s144|s145|s146|s147|s148|s149|s150|s151|s152|s153|s154|s155|s156|s157|s158|s159|s160|s161|s162|s163|s164|s165|s166|s167|s168|s169|s170|s171|s172|s173|s174|s175|s176|s177|s178)-/.test(
            s.kind,
          ),
      ),
      detect,
      known,
    );
    expect(t.precision, show(t)).toBeGreaterThanOrEqual(0.99);
    expect(t.recall, show(t)).toBeGreaterThanOrEqual(0.98);
  });

  // TUNING4 (issue 11, generalisation pass): new page shapes, labels written before the first run. Issue 11's third
  // pass (CSV header rows, glued modifiers, evidence after the number, "says"/"got" in chat) took it from P 0.985 /
  // R 0.880 to P 0.986 / R 0.973 with both known sets. Left: "can you check 64712" (check is an identifier word), a
  // UB-04 line with only a revenue description before the code, and one false mark ("Charge 64612 created").
  it.each([
    ['5', KNOWN_5],
    ['10,000', KNOWN_10K],
  ] as const)('tuning4 with %s known codes: no regression below its figures after tuning', (_, known) => {
    const t = scoreSet(
      TUNING_SET.filter((s) => s.kind.startsWith('t4-')),
      detect,
      known,
    );
    expect(t.precision, show(t)).toBeGreaterThanOrEqual(0.98);
    expect(t.recall, show(t)).toBeGreaterThanOrEqual(0.97);
  });

  // SEALED set: scored for the first time at commit e19d0e1 (detector frozen, never tuned on it):
  //   5 codes:      P=0.9398 R=0.9512 (tp 78, fp 5, fn 4 of 262 tokens, 82 codes)
  //   10,000 codes: P=0.9398 R=0.9512 (none of its 39 other decoy numbers fell in the synthetic set)
  // One fix followed that run (a bound unknown word is not overridden by a procedure word in `before`: "PMG 64714"
  // after "Hosp Svc"), so from then on the sealed set is tuning data too. Its remaining misses were then fixed by
  // general rules (a parsed HL7 row read by segment and field, a subject pronoun, a clause after a colon label, a list
  // under a code head): P=1.000 R=1.000 with both known sets, then R=0.988 when the clause-after-colon rule ("CCI: 64445
  // is a component of …") was dropped for the content-script byte budget. It is held to the tuning floors now.
  it.each([
    ['5', KNOWN_5],
    ['10,000', KNOWN_10K],
  ] as const)('former sealed set (tuning now) with %s known codes: precision >= 0.99, recall >= 0.98', (_, known) => {
    const s = scoreSet(
      TUNING_SET.filter((t) => t.kind.startsWith('s-')),
      detect,
      known,
    );
    expect(s.precision, show(s)).toBeGreaterThanOrEqual(0.99);
    expect(s.recall, show(s)).toBeGreaterThanOrEqual(0.98);
  });

  // SEALED set 2 (`sealed2.ts`, 515 tokens, 31 page shapes): written and committed (1e7e54c) by a helper who never
  // read or ran the detector, then scored ONCE on 2026-11-30 with the detector of 273869a (after tuning4):
  //   5 codes:      P=0.9603 R=0.7713 (tp 145, fp 6, fn 43; 188 codes, 113 decoys with known digits)
  //   10,000 codes: P=0.9063 R=0.7713 (fp 15: 238 of its decoys are in the synthetic set)
  // (every miss: test/corpus/sealed2-first-score.txt). Issue 11's third pass wrote general rules after reading those
  // misses, so sealed2 is TUNING data now (in TUNING_SET, `s2-` kinds): P=0.9945 R=0.9681 with both known sets.
  // Left: "Common errors: 64714 and 64712" (error is an identifier word, 3), a prose note inside FHIR JSON, a sentence
  // before a colon ("Prior auth now required: 64612"), "1 unit. 64714 does not need" (unit before a dot), and a FHIR
  // class.value cell beside a place name. Issue 11's fifth pass ("error" and "key" label without deciding, a count
  // between a past-tense verb and a plural noun) took it to P=0.9947 R=0.9894.
  it.each([
    ['5', KNOWN_5],
    ['10,000', KNOWN_10K],
  ] as const)('sealed set 2 (tuning data now) with %s known codes: no regression below its tuned score', (_, known) => {
    const s = scoreSet(
      TUNING_SET.filter((t) => t.kind.startsWith('s2-')),
      detect,
      known,
    );
    expect(s.precision, show(s)).toBeGreaterThanOrEqual(0.994);
    expect(s.recall, show(s)).toBeGreaterThanOrEqual(0.989);
  });

  // TUNING5 (issue 11, third pass), labels written before each batch's first run.
  //   Batch 1, seven shapes (TSV as text, provider bulletin, coding forum, RCM work queue, itemized statement,
  //   knowledge-base article, prior-auth decision notice), first run: P 1.000 / R 0.917 with 5 codes, P 0.733 / R 0.917
  //   with 10,000 (a TSV header row not read; "I would code 64714"; "Do not pair 64445"). Tuned: P 1.000 / R 1.000 and
  //   P 0.960 / R 1.000 (a chargemaster line "10/02/2026  11409  RECOVERY ROOM PER HOUR" reads like a code line).
  //   Batch 2, six shapes written after batch 1 was tuned on (OR booking board, JSON API log, coding audit findings,
  //   SMS notifications, textbook exercise, denial e-mail lines), first run: P 0.929 / R 0.813 with both sets. Tuned
  //   (camelCase field names read word by word, "procCode"): P 0.933 / R 0.875. Left: "Answer key: 64712, 64445-59"
  //   (key is an identifier word) and an SMS short code ("Reply STOP to 64612").
  //   Batch 3, four shapes aimed at the description rule (provider directory, supply order, EHR problem list, fee
  //   schedule notice), first run: P 1.000 / R 1.000 with 5 codes, P 0.714 / R 1.000 with 10,000 ("Catalog 33529 nerve
  //   block tray", "Problem 25923 low back pain": a record's title read as a description). Tuned (a word right before
  //   the number names a record; a description counts only after a colon heading or a label in another element):
  //   P 1.000 / R 1.000 with both sets.
  // Whole tuning5 after the fourth pass: P 0.980 / R 0.960 with 5 codes, P 0.960 / R 0.960 with 10,000; after the
  // fifth ("Answer key: 64712, 64445-59"): P 0.980 / R 1.000 and P 0.962 / R 1.000.
  it.each([
    ['5', KNOWN_5, 0.979],
    ['10,000', KNOWN_10K, 0.959],
  ] as const)('tuning5 with %s known codes: no regression below its tuned score', (_, known, precision) => {
    const s = scoreSet(
      TUNING_SET.filter((t) => t.kind.startsWith('t5-')),
      detect,
      known,
    );
    expect(s.precision, show(s)).toBeGreaterThanOrEqual(precision);
    expect(s.recall, show(s)).toBeGreaterThanOrEqual(1);
  });

  it.each([
    ['5', KNOWN_5],
    ['10,000', KNOWN_10K],
  ] as const)('the tuning set before sealed3 with %s known codes: precision >= 0.99, recall >= 0.98', (_, known) => {
    const s = scoreSet(
      TUNING_SET.filter(
        (t) =>
          !/^s(?:[3469]|10|11|12|13|14|15|16|17|18|19|20|21|22|23|24|25|26|27|28|29|30|31|32|33|34|35|36|37|38|39|40|41|42|43|44|45|46|47|48|49|50|51|52|53|54|55|56|57|58|59|60|61|62|63|64|65|66|67|68|69|70|71|72|73|74|75|76|77|78|79|80|81|82|83|84|85|86|87|88|89|90|91|92|93|94|95|96|97|98|99|10[0-9]|11[0-9]|12[0-9]|13[0-9]|14[0-9]|15[0-9]|16[0-9]|17[0-8])-/.test(
            t.kind,
          ),
      ),
      detect,
      known,
    );
    expect(s.precision, show(s)).toBeGreaterThanOrEqual(0.99);
    expect(s.recall, show(s)).toBeGreaterThanOrEqual(0.98);
  });

  // SEALED set 3 (`sealed3.ts`, 393 tokens, 26 page shapes): written and committed (8fdf47e) by a helper who never
  // read or ran the detector, then scored ONCE on 2026-11-30 with the detector of f41a093 (after issue 11's third pass):
  //   5 codes:      P=1.0000 R=0.8000 (tp 120, fp 0, fn 30; 150 codes, 43 decoys with known digits)
  //   10,000 codes: P=0.9836 R=0.8000 (fp 2: 135 of its decoys are in the synthetic set)
  // (every miss: test/corpus/sealed3-first-score.txt). Issue 11's fourth pass wrote general rules after reading those
  // misses, so sealed3 is TUNING data now (in TUNING_SET, `s3-` kinds). Rules (X12 HC in any segment; free text in
  // structured formats read as prose; a modified code column under a header no list knows; letter enumerators) took
  // it to P=1.0000 R=0.9267 with 5 codes and P=0.9858 R=0.9267 with 10,000. Issue 11's fifth pass (prose rules:
  // "w/", a verb before an object pronoun or after "to", an adverb after "is", "as a … procedure", a count between a
  // past-tense verb and a plural noun) took it to P=1.0000 R=0.9600 and P=0.9931 R=0.9600; these floors are that score.
  it.each([
    ['5', KNOWN_5, 1],
    ['10,000', KNOWN_10K, 0.993],
  ] as const)(
    'sealed set 3 (tuning data now) with %s known codes: not below its tuned score',
    (_, known, precision) => {
      const s = scoreSet(
        TUNING_SET.filter((x) => x.kind.startsWith('s3-')),
        detect,
        known,
      );
      expect(s.tokens).toBe(393);
      expect(s.precision, show(s)).toBeGreaterThanOrEqual(precision);
      expect(s.recall, show(s)).toBeGreaterThanOrEqual(0.96);
    },
  );

  // The whole tuning set, sealed3 included, before sealed4 joined it: P=0.9962 R=0.9743 with 5 codes, P=0.9925
  // R=0.9743 with 10,000. With sealed4 and issue 11's fifth pass (its sealed4 rules, then prose rules read
  // off the tuning misses: "w/", a verb before an object pronoun, an adverb after "is", a verb after "to", "as a …
  // procedure", a count between a past-tense verb and a plural noun; "error" and "key" label without deciding):
  // P=0.9968 R=0.9883 with 5 codes, P=0.9946 R=0.9883 with 10,000. With sealed5 and issue 11's sixth pass (its
  // sealed5 rules): P=0.9981 R=0.9907 with 5 codes, P=0.9963 R=0.9907 with 10,000 (2,886 tokens). With sealed6
  // (314 tokens, 5 of its codes still missed) and issue 11's seventh pass: P=0.9983 R=0.9884 with 5 codes,
  // P=0.9967 R=0.9884 with 10,000 (3,200 tokens); issue 11's eighth pass: P=0.9983 R=0.9901 with 5 codes, P=0.9967
  // R=0.9901 with 10,000 on these 3,200 tokens (the IVR prompts of sealed6).
  // With sealed7 (302 tokens, 3 of its codes still missed) and the eighth pass: P=0.9985 R=0.9889 with 5 codes,
  // P=0.9970 R=0.9889 with 10,000 (3,502 tokens).
  it.each([
    ['5', KNOWN_5, 0.998],
    ['10,000', KNOWN_10K, 0.996],
  ] as const)('the tuning set before sealed7 with %s known codes: not below its floor', (_, known, precision) => {
    const s = scoreSet(
      TUNING_SET.filter(
        (x) =>
          !/^s(?:[789]|10|11|12|13|14|15|16|17|18|19|20|21|22|23|24|25|26|27|28|29|30|31|32|33|34|35|36|37|38|39|40|41|42|43|44|45|46|47|48|49|50|51|52|53|54|55|56|57|58|59|60|61|62|63|64|65|66|67|68|69|70|71|72|73|74|75|76|77|78|79|80|81|82|83|84|85|86|87|88|89|90|91|92|93|94|95|96|97|98|99|10[0-9]|11[0-9]|12[0-9]|13[0-9]|14[0-9]|15[0-9]|16[0-9]|17[0-8])-/.test(
            x.kind,
          ),
      ),
      detect,
      known,
    );
    expect(s.tokens).toBe(3200);
    expect(s.precision, show(s)).toBeGreaterThanOrEqual(precision);
    expect(s.recall, show(s)).toBeGreaterThanOrEqual(0.99);
  });
  it.each([
    ['5', KNOWN_5, 0.998],
    ['10,000', KNOWN_10K, 0.996],
  ] as const)('the tuning set before sealed8 with %s known codes: not below its floor', (_, known, precision) => {
    const s = scoreSet(
      TUNING_SET.filter(
        (x) =>
          !/^s(?:[89]|10|11|12|13|14|15|16|17|18|19|20|21|22|23|24|25|26|27|28|29|30|31|32|33|34|35|36|37|38|39|40|41|42|43|44|45|46|47|48|49|50|51|52|53|54|55|56|57|58|59|60|61|62|63|64|65|66|67|68|69|70|71|72|73|74|75|76|77|78|79|80|81|82|83|84|85|86|87|88|89|90|91|92|93|94|95|96|97|98|99|10[0-9]|11[0-9]|12[0-9]|13[0-9]|14[0-9]|15[0-9]|16[0-9]|17[0-8])-/.test(
            x.kind,
          ),
      ),
      detect,
      known,
    );
    expect(s.tokens).toBe(3502);
    expect(s.precision, show(s)).toBeGreaterThanOrEqual(precision);
    expect(s.recall, show(s)).toBeGreaterThanOrEqual(0.988);
  });
  // With sealed8 (319 tokens, none of its codes missed now) and issue 11's ninth pass: P=0.9986 R=0.9898 with 5 codes,
  // P=0.9973 R=0.9898 with 10,000 (3,821 tokens).
  it.each([
    ['5', KNOWN_5, 0.998],
    ['10,000', KNOWN_10K, 0.997],
  ] as const)('the tuning set before sealed9 with %s known codes: not below its floor', (_, known, precision) => {
    const s = scoreSet(
      TUNING_SET.filter(
        (x) =>
          !/^s(?:9|10|11|12|13|14|15|16|17|18|19|20|21|22|23|24|25|26|27|28|29|30|31|32|33|34|35|36|37|38|39|40|41|42|43|44|45|46|47|48|49|50|51|52|53|54|55|56|57|58|59|60|61|62|63|64|65|66|67|68|69|70|71|72|73|74|75|76|77|78|79|80|81|82|83|84|85|86|87|88|89|90|91|92|93|94|95|96|97|98|99|10[0-9]|11[0-9]|12[0-9]|13[0-9]|14[0-9]|15[0-9]|16[0-9]|17[0-8])-/.test(
            x.kind,
          ),
      ),
      detect,
      known,
    );
    expect(s.tokens).toBe(3821);
    expect(s.precision, show(s)).toBeGreaterThanOrEqual(precision);
    expect(s.recall, show(s)).toBeGreaterThanOrEqual(0.989);
  });

  // SEALED set 4 (`sealed4.ts`, 311 tokens, 28 page shapes): written and committed (5413bab) by a helper who never
  // read or ran the detector, then scored ONCE on 2026-11-30 with the detector of 67e43f4 (after issue 11's fourth pass):
  //   5 codes:      P=1.0000 R=0.9262 (tp 113, fp 0, fn 9; 122 codes, 18 decoys with known digits)
  //   10,000 codes: P=1.0000 R=0.9262 (fp 0: 93 of its decoys are in the synthetic set)
  // (every miss: test/corpus/sealed4-first-score.txt). Issue 11's fifth pass wrote general rules after reading those
  // misses, so sealed4 is TUNING data now (in TUNING_SET, `s4-` kinds): FHIR XML Codings, a setting tag glued to a code
  // in a procedure column ("ASC-64714"), CPT descriptor punctuation in a description after the number, "+ " opening a
  // line as the add-on mark, a clause ended by a colon as the number's own label ("You searched:"), and a code the
  // message itself codes as CPT in its free text (an HL7 NTE). Tuned: P=1.0000 R=1.0000 with both known sets; the
  // floor below the sealed5 note holds it there.

  // SEALED set 5 (`sealed5.ts`, 321 tokens): written and committed (2ad37f6) by a helper who never read or ran the
  // detector, then scored ONCE on 2026-11-30 with the detector of 3d07ace (after issue 11's fifth pass):
  //   5 codes:      P=0.9921 R=0.9058 (tp 125, fp 1, fn 13; 138 codes, 10 decoys with known digits)
  //   10,000 codes: P=0.8446 R=0.9058 (fp 23: 76 of its decoys are in the synthetic set)
  // (every miss: test/corpus/sealed5-first-score.txt). Issue 11's sixth pass wrote general rules after reading those
  // misses, so sealed5 is TUNING data now (in TUNING_SET, `s5-` kinds): X12 separators an ISA segment declares (`|`,
  // `>`), HL7 v2 XML procedure fields, the price-transparency CSV's `code|n|type` columns and header rows below a
  // metadata row, Transparency-in-Coverage `billing_code_type`, CDS Hooks card summary/detail as prose, a
  // data-dictionary field name as a header naming another field, postal addresses (street number, ZIP after a state),
  // a capitalised verb ending a title ("Change Request"), record verbs ("approved") as no evidence after a number,
  // and prose fixes ("found that", "only when performed", "Example:", "packaged into primary", a sentence ending the
  // element before). Tuned: P=1.0000 R=1.0000 with both known sets; these floors are that tuned score.
  // SEALED set 6 (`sealed6.ts`, 314 tokens, 29 page shapes): written and committed (983f5c9) by a helper who never
  // read or ran the detector, then scored ONCE on 2026-11-30 with the detector of d2b46cc (after issue 11's sixth pass):
  //   5 codes:      P=0.9919 R=0.9242 (tp 122, fp 1, fn 10; 132 codes, 4 decoys with known digits)
  //   10,000 codes: P=0.9457 R=0.9242 (fp 7: 73 of its decoys are in the synthetic set)
  // (every miss: test/corpus/sealed6-first-score.txt). Issue 11's seventh pass wrote general rules after reading those
  // misses, so sealed6 is TUNING data now (in TUNING_SET, `s6-` kinds): only a real modifier overrides an identifier
  // label ("ACNT 48201-HL"), an X12 element reference labels an identifier ("ST02 00811"; not SV101), an abbreviation
  // opening a parenthesis labels the number ("(BPA 25773)"), a procedure word glued by a dash under a header naming
  // another field is an id prefix ("CHG-17730" under "Batch"); the number after a code and its description words is
  // the next code ("64712 sciatic nerve 64714"), the word before "has" is its subject, "Remove" is a coding verb, a
  // lower-case "added" is a verb. Tuned: P=1.0000 R=0.9621 with both known sets (tp 127, fn 5: a CSV data row under a
  // header in another node, "Answer: No. 64612", "change 64612 units", two IVR "Caller: 64712" lines); these floors are
  // that tuned score.
  // SEALED set 7 (`sealed7.ts`, 302 tokens, 28 page shapes): written and committed (04cb0b7) by a helper who never
  // read or ran the detector, then scored ONCE on 2026-11-30 with the detector of 6ffff3b (after issue 11's seventh pass):
  //   5 codes:      P=1.0000 R=0.8824 (tp 120, fp 0, fn 16; 136 codes, 4 decoys with known digits)
  //   10,000 codes: P=0.9600 R=0.8824 (fp 5: 59 of its decoys are in the synthetic set)
  // (every miss: test/corpus/sealed7-first-score.txt). Issue 11's eighth pass wrote general rules after reading those
  // misses, so sealed7 is TUNING data now (in TUNING_SET, `s7-` kinds): an HL7 ACK's MSA-3 and ERR-8 are free text, a
  // unit count after the number ("add 64612 1 unit") and a modal right after it ("64445 should also need …") are
  // evidence for a code, "cents" after it is an amount, a lower-case word between a comma and the number is its label
  // ("coding, task 12542"), a column of counts makes its five-digit values counts, a pivot table's "Row Labels" header
  // leaves the column to its population, a name ending in an abbreviation before "(number)" owns it ("Lakeshore PPO
  // (31135)"), a verb phrase after a colon label takes the number as its object ("Reason: documented as 64632"), and a
  // number after its own label answers a sentence just before that asks for a code ("… chemodenervation code? | Back:
  // 64612"; also sealed6's "enter the procedure code now. Caller: 64612"). Tuned: P=1.0000 R=0.9779 with both known
  // sets (fn 3: flashcards whose question names no code, "Back: 64712", or asks about the number, "Front: 64632
  // describes what?"); these floors are that tuned score, and sealed6's rise to R=0.9773.
  // Sealed sets 4, 5, 6, 7, 8 and 9 (8 and 9 below), tuning data now: each held to its tuned score.
  sealedSetsTuned([
    ['4', '5', 's4-', 311, KNOWN_5, 1, 1],
    ['4', '10,000', 's4-', 311, KNOWN_10K, 1, 1],
    ['5', '5', 's5-', 321, KNOWN_5, 1, 1],
    ['5', '10,000', 's5-', 321, KNOWN_10K, 1, 1],
    ['6', '5', 's6-', 314, KNOWN_5, 1, 0.977],
    ['6', '10,000', 's6-', 314, KNOWN_10K, 1, 0.977],
    ['7', '5', 's7-', 302, KNOWN_5, 1, 0.985],
    ['7', '10,000', 's7-', 302, KNOWN_10K, 1, 0.985],
    ['8', '5', 's8-', 319, KNOWN_5, 1, 1],
    ['8', '10,000', 's8-', 319, KNOWN_10K, 1, 1],
    ['9', '5', 's9-', 316, KNOWN_5, 1, 0.917],
    ['9', '10,000', 's9-', 316, KNOWN_10K, 0.984, 0.924],
    ['10', '5', 's10-', 310, KNOWN_5, 1, 0.9047],
    ['10', '10,000', 's10-', 310, KNOWN_10K, 0.964, 0.9047],
    ['11', '5', 's11-', 305, KNOWN_5, 1, 0.9916],
    ['11', '10,000', 's11-', 305, KNOWN_10K, 0.944, 0.9916],
    ['12', '5', 's12-', 331, KNOWN_5, 1, 0.9843],
    ['12', '10,000', 's12-', 331, KNOWN_10K, 0.9689, 0.9843],
    ['13', '5', 's13-', 327, KNOWN_5, 0.9919, 0.9767],
    ['13', '10,000', 's13-', 327, KNOWN_10K, 0.9402, 0.9767],
  ]);
  // SEALED set 8 (`sealed8.ts`, 319 tokens, 27 page shapes): written and committed (0c8fc30) by a helper who never
  // read or ran the detector, then scored ONCE on 2026-11-30 with the detector of 881fe79 (after issue 11's eighth pass):
  //   5 codes:      P=1.0000 R=0.8168 (tp 107, fp 0, fn 24; 131 codes, 5 decoys with known digits)
  //   10,000 codes: P=0.9907 R=0.8168 (fp 1: 81 of its decoys are in the synthetic set)
  // (every miss: test/corpus/sealed8-first-score.txt). Issue 11's ninth pass wrote general rules after reading those
  // misses, so sealed8 is TUNING data now (in TUNING_SET, `s8-` kinds), and its rows are in the table above: an HL7 v2
  // CE/CWE coded CPT in any field of any segment (a batch file's FT1 one field early), a price-transparency JSON v2
  // `code_information` "type", a JSON string that is a phrase (or a FHIRPath "expression") read as free text, a
  // parenthesis ending a `code` head's qualifier ("where(code='64445')"), "at" a preposition; a label in a cell makes it
  // a phrase, not a bare value its header names ("Coding: 64712 …" under "Hold Reason"); a real letter modifier glued
  // by a dash outweighs a label naming another field ("Claim lines on file: 64712-RT"); a line "code $price" before
  // makes the number opening the next line the next code; a side ("right") or a procedure word ("charge") right after
  // the number; "add" a coding verb; a lower-case word in -s after a lower-case subject is a verb ("auth lists 64445"); a
  // lower-case coding verb after a verb in -s is a record noun ("Answers request 30118"); a column gap before the
  // number in a fixed-width row, with words in the next column ("BERG A        64612          copay"); and, text-level,
  // a common lower-case word labels a number the sentence goes on about no more than a code when the same text writes
  // another known number with a real modifier ("64712-LT …; block 64445 by anesthesia"; a first version, with a procedure
  // label as evidence too and no words required after the number, cost 6 false marks with 10,000 codes on the tuning
  // set: "dept 20512", "site 64714"). Tuned: P=1.0000 R=1.0000 with both known
  // sets; these floors are that tuned score.
  // SEALED set 9 (`sealed9.ts`, 316 tokens, 27 page shapes): written and committed (e055a53) by a helper who never
  // read or ran the detector, then scored ONCE on 2026-11-30 with the detector of 1550e1b (after issue 11's ninth pass):
  //   5 codes:      P=1.0000 R=0.8496 (tp 113, fp 0, fn 20; 133 codes, 8 decoys with known digits)
  //   10,000 codes: P=0.9580 R=0.8571 (tp 114, fp 5: 71 of its decoys are in the synthetic set)
  // (every miss: test/corpus/sealed9-first-score.txt). Issue 11's tenth pass wrote general rules after reading those
  // misses, so sealed9 is TUNING data now (in TUNING_SET, `s9-` kinds), and its rows are in the table above.
  // Rules (lib/detect/evidence.ts and lib/detect.ts): a coding system in parentheses right after the number ("64714
  // (CPT)"), a procedure key=value ("cpt=64612"), a real letter modifier given by "with" ("64445 with RT"), an adverb
  // in -ly among the auxiliaries before a coding verb ("64612 is usually billed"), discourse words and "sent" as no
  // label ("But 64612 is per side", "Yes. 64632 needs PA", "Medicare sent the 64445 back"); false marks: a number after
  // a row of two amounts ("1850.00 0.00 0.00 01820"), "REJECT" labels an error code. Tuned: 5 codes P=1.0000 R=0.9173
  // (fn 11), 10,000 codes P=0.9840 R=0.9248 (fp 2, fn 10); these rows hold that score. Left: X12 XML NTE02 free text,
  // an HL7 tree viewer's value column, FHIR XML "Line 3 (64714)", JSON "codes":[{"code":…}], a two-column fee layout,
  // "Bilateral 64612:", "Determination: 64632 Approved"; false marks "charge 77590 routed:" and "Use 35922".
  // The whole tuning set, sealed9 included (4,137 tokens), after the tenth pass: P=0.9987 R=0.9839 with 5 codes,
  // P=0.9962 R=0.9845 with 10,000 (before the pass: P=0.9987 R=0.9783, P=0.9943 R=0.9789).
  tuningSetFloor({
    name: 'the tuning set before sealed10',
    leaveOut:
      /^s(1[0-9]|2[0-9]|3[0-9]|4[0-9]|5[0-9]|6[0-9]|7[0-9]|8[0-9]|9[0-9]|10[0-9]|11[0-9]|12[0-9]|13[0-9]|14[0-9]|15[0-9]|16[0-9]|17[0-8])-/,
    tokens: 4137,
    floors: [0.998, 0.985, 0.996, 0.9856],
  });
  // SEALED set 10 (`sealed10.ts`, 310 tokens, 27 page shapes): written and committed (f365a75) by a helper who never
  // read or ran the detector, then scored ONCE on 2026-11-30 with the detector of c1e997d (after issue 11's tenth pass):
  //   5 codes:      P=1.0000 R=0.7937 (tp 100, fp 0, fn 26; 126 codes, 9 decoys with known digits)
  //   10,000 codes: P=0.9615 R=0.7937 (fp 4: 74 of its decoys are in the synthetic set)
  // (every miss: test/corpus/sealed10-first-score.txt). Issue 11's eleventh pass read those misses, so sealed10 is
  // TUNING data now (in TUNING_SET, `s10-` kinds), and its rows are in the table above at the pass's score.
  // Rules (lib/detect.ts): a coding quiz's answer ("Your answer: 64445.", "Correct: 64632 ×2") when the text or the
  // lines above it speak of coding. Tuned: 5 codes P=1.0000 R=0.8333 (fn 21), 10,000 codes P=0.9633 R=0.8333 (fp 4).
  // The whole tuning set, sealed10 included (4,447 tokens): P=0.9988 R=0.9729 with 5 codes, P=0.9941 R=0.9735 with
  // 10,000 (before the pass: R=0.9700 and R=0.9706).
  tuningSetFloor({
    name: 'the tuning set before sealed11',
    leaveOut:
      /^s(1[1-9]|2[0-9]|3[0-9]|4[0-9]|5[0-9]|6[0-9]|7[0-9]|8[0-9]|9[0-9]|10[0-9]|11[0-9]|12[0-9]|13[0-9]|14[0-9]|15[0-9]|16[0-9]|17[0-8])-/,
    tokens: 4447,
    floors: [0.9988, 0.9792, 0.994, 0.9797],
  });
  // SEALED set 11 (`sealed11.ts`, 305 tokens, 29 page shapes): written and committed (0ab877f) by a helper who never
  // read or ran the detector, then scored ONCE on 2026-11-30 with the detector of d98f90d (after issue 11's eleventh
  // pass):
  //   5 codes:      P=0.9818 R=0.9000 (tp 108, fp 2, fn 12; 120 codes, 10 decoys with known digits)
  //   10,000 codes: P=0.8640 R=0.9000 (fp 17: 102 of its decoys are in the synthetic set)
  // (every miss: test/corpus/sealed11-first-score.txt). Issue 11's twelfth pass wrote structural rules after reading
  // those misses, so sealed11 is TUNING data now (in TUNING_SET, `s11-` kinds), and its rows are in the table above
  // at the pass's score.
  // Rules (structure, lib/detect/*.ts and lib/detect.ts): X12 `|` segments ending in `~`; an HL7 segment after a word on
  // its line and a CE quoted in a text field coded by its system; a FHIR Coding with no system in productOrService; a
  // CSV/TSV column whose rows hold amounts ("Charge": 148000); a fixed-width header line naming the column of a value
  // after a column gap; a "Charge code" column of mostly unknown numbers; a column of known values written with
  // modifiers under a header naming no field ("Billed"); masked "...49601"; "Rows 1–12389 of 38613"; "proc=64632
  // units=3"; "64712 (RT)"; multiple-choice options and a quiz rationale. Tuned: 5 codes P=1.0000 R=0.9833 (fn 2:
  // "the block codes, 64445 single injection", "within 90 days: 64445; nerve blocks"), 10,000 codes P=0.9440 R=0.9833
  // (fp 7: the attachment index's ACN column, whose description cells and known decoys read like codes; "the survey
  // code for credits is 73553"; the fixed-width CDM's GL_ACCT column, whose header the per-line corpus leaves out of
  // reach of its rows).
  // The whole tuning set, sealed11 included (4,752 tokens), after issue 11's twelfth pass: P=0.9989 R=0.9736 with 5
  // codes, P=0.9907 R=0.9741 with 10,000 (before the pass: P=0.9978 R=0.9682, P=0.9852 R=0.9688).
  tuningSetFloor({
    name: 'the tuning set before sealed12',
    leaveOut:
      /^s(1[2-9]|2[0-9]|3[0-9]|4[0-9]|5[0-9]|6[0-9]|7[0-9]|8[0-9]|9[0-9]|10[0-9]|11[0-9]|12[0-9]|13[0-9]|14[0-9]|15[0-9]|16[0-9]|17[0-8])-/,
    tokens: 4752,
    floors: [0.9988, 0.98, 0.9906, 0.9805],
  });
  // SEALED set 12 (`sealed12.ts`, 331 tokens, 30 page shapes): written and committed (89f3522) by a helper who never
  // read or ran the detector, then scored ONCE on 2026-11-30 with the detector of 601331c (after issue 11's twelfth
  // pass):
  //   5 codes:      P=1.0000 R=0.8906 (tp 114, fp 0, fn 14; 128 codes, 4 decoys with known digits)
  //   10,000 codes: P=0.9580 R=0.8906 (fp 5: 64 of its decoys are in the synthetic set)
  // (every miss: test/corpus/sealed12-first-score.txt). Issue 11's thirteenth pass wrote structural rules after reading
  // those misses, so sealed12 is TUNING data now (in TUNING_SET, `s12-` kinds), and its rows are in the table above
  // at the pass's score.
  // Rules (structure first; lib/detect/*.ts and lib/detect.ts): an X12 segment behind an editor's line-number gutter;
  // a form-field dump's "FieldValue:" named by the record's earlier "FieldName: CPT_1"; a capitalised head or an
  // article opening the text is not labelled by the element before ("Code 64714 describes …", "the 64632 one had
  // auth"); "rebill"/"compare" coding verbs; a unit count "x2" and a side before "?" after the number; the next
  // sentence naming the number a procedure ("64714: This procedure is …"); "Proc ID" a record id. From sealed10: an
  // XML element named by the coding system (`<HCPCS>64712</HCPCS>`), "HC:64445:59" between colons in a grid cell.
  // Tuned: 5 codes P=1.0000 R=0.9766 (fn 3: "MC055 values in this file: 64445", whose field the page defines in
  // another table; "(64712-RT) + sciatic block 64445"; "Approved in part: 64445 x1"), 10,000 codes P=0.9690
  // R=0.9766 (fp 4: a CPT data file's descriptor id "64712 10466 Release of …", "Provider TIN (last 5) 55734", a
  // file size 15075, an SQL INSERT's first value).
  // The whole tuning set, sealed12 included (5,083 tokens): before the thirteenth pass P=0.9990 R=0.9682 with 5 codes,
  // P=0.9887 R=0.9688 with 10,000; after it P=0.9990 R=0.9763 and P=0.9893 R=0.9768.
  tuningSetFloor({
    name: 'the tuning set before sealed13',
    leaveOut:
      /^s(1[3-9]|2[0-9]|3[0-9]|4[0-9]|5[0-9]|6[0-9]|7[0-9]|8[0-9]|9[0-9]|10[0-9]|11[0-9]|12[0-9]|13[0-9]|14[0-9]|15[0-9]|16[0-9]|17[0-8])-/,
    tokens: 5083,
    floors: [0.9989, 0.9802, 0.9892, 0.9807],
  });
  // SEALED set 13 (`sealed13.ts`, 327 tokens, 28 page shapes): written and committed (94fbcc3) by a helper who never
  // read or ran the detector, then scored ONCE on 2026-11-30 with the detector of 7ab56e2 (after issue 11's
  // thirteenth pass):
  //   5 codes:      P=0.9919 R=0.9535 (tp 123, fp 1, fn 6; 129 codes, 24 decoys with known digits)
  //   10,000 codes: P=0.8913 R=0.9535 (fp 15: 78 of its decoys are in the synthetic set)
  // (every miss: test/corpus/sealed13-first-score.txt). Issue 11's fourteenth pass wrote structural rules after
  // reading those misses, so sealed13 is TUNING data now (in TUNING_SET, `s13-` kinds), and its rows are in the table
  // above at the pass's score.
  // Rules (structure first; lib/detect.ts): when the line from a marked code on is values in columns ending in a
  // number of other than five digits (a DataFrame print's last column, a listing's percent), a later known value is
  // another column's; a number before a percentage in parentheses is a count ("10591 (85.4%)"). Tuned: 5 codes
  // P=0.9919 R=0.9535 (unchanged: the FHIR Turtle Codings, the ConceptMap targets, "FU post 64712" and "member is on
  // the 64445 group" are left), 10,000 codes P=0.9389 R=0.9535 (fp 8, from 15; left: a CDM bulk edit's "Charge code"
  // column beside its CPT column, a PFS row's locality, "group prefixes 76302-76399", "the batch number", "rule 29546").
  // The whole tuning set, sealed13 included (5,410 tokens): before the fourteenth pass P=0.9985 R=0.9749 with 5 codes,
  // P=0.9828 R=0.9754 with 10,000; after it P=0.9985 R=0.9749 and P=0.9861 R=0.9754; after the fifteenth pass
  // P=0.9985 R=0.9763 and P=0.9861 R=0.9768.
  tuningSetFloor({
    name: 'the tuning set before sealed14',
    leaveOut:
      /^s(1[4-9]|2[0-9]|3[0-9]|4[0-9]|5[0-9]|6[0-9]|7[0-9]|8[0-9]|9[0-9]|10[0-9]|11[0-9]|12[0-9]|13[0-9]|14[0-9]|15[0-9]|16[0-9]|17[0-8])-/,
    tokens: 5410,
    floors: [0.9985, 0.98, 0.9879, 0.9805],
  });
  // SEALED set 14 (`sealed14.ts`, 344 tokens, 29 page shapes): written and committed (e37e8a6) by a helper who never
  // read or ran the detector, then scored ONCE on 2026-11-30 with the detector of 4a94131 (after issue 11's
  // fourteenth pass):
  //   5 codes:      P=1.0000 R=0.8780 (tp 108, fp 0, fn 15; 123 codes, 7 decoys with known digits)
  //   10,000 codes: P=0.9558 R=0.8780 (fp 5: 70 of its decoys are in the synthetic set)
  // (every miss: test/corpus/sealed14-first-score.txt). Issue 11's fifteenth pass wrote structural rules after
  // reading those misses, so sealed14 is TUNING data now (in TUNING_SET, `s14-` kinds), held to the pass's score.
  // Rules (structure first; lib/detect/*.ts and lib/detect.ts): a "…_code" table column whose row names CPT/HCPCS
  // (a SQL-on-FHIR view's product_code beside product_system); a row note with a comma is a description, not a field
  // name (a charge review's "Suggested"/"Final" columns); a JSON Patch "value" whose "path" is a procedure Coding's
  // code; a fixed-width header line in any case, read by a split ("Order  Value   Claim line   Procedure"); an
  // upper-case past-tense change marker before the number ("ADDED 64632 Destruction by …"); "describes" after the
  // number; and, from sealed13, a FHIR ConceptMap's target Codings coded by the group's target system. Tuned: 5 codes
  // P=1.0000 R=0.9675 (fn 4: "Payer rejects 64712 sent with RT", "64612 x2 units, 64714 deferred", "Price 64712",
  // "Price 64445"), 10,000 codes P=0.9597 R=0.9675 (fp 5: the GL map's "Stat code" column, whose table names its CPT
  // column in a header the cell's context does not carry; a RAT-STATS row whose header line the per-line corpus
  // leaves out of reach: the same block as one text is read by the fixed-width header, see detect-structure.test.ts).
  sealedSetsTuned([
    ['14', '5', 's14-', 344, KNOWN_5, 1, 0.9674],
    ['14', '10,000', 's14-', 344, KNOWN_10K, 0.9596, 0.9674],
  ]);
  // The whole tuning set, sealed14 included (5,754 tokens): before the fifteenth pass P=0.9986 R=0.9696 with 5 codes,
  // P=0.9846 R=0.9700 with 10,000; after it P=0.9986 R=0.9758 and P=0.9847 R=0.9763.
  tuningSetFloor({
    name: 'the tuning set before sealed15',
    leaveOut:
      /^s(1[5-9]|2[0-9]|3[0-9]|4[0-9]|5[0-9]|6[0-9]|7[0-9]|8[0-9]|9[0-9]|10[0-9]|11[0-9]|12[0-9]|13[0-9]|14[0-9]|15[0-9]|16[0-9]|17[0-8])-/,
    tokens: 5754,
    floors: [0.9986, 0.9793, 0.9881, 0.9798],
  });
  // SEALED set 15 (`sealed15.ts`, 315 tokens, 35 page shapes): written and committed (d3a1ead) by a helper who never
  // read or ran the detector, then scored ONCE on 2026-11-30 with the detector of 003db57 (after issue 11's
  // fifteenth pass):
  //   5 codes:      P=0.9818 R=0.8372 (tp 108, fp 2, fn 21; 129 codes, 6 decoys with known digits)
  //   10,000 codes: P=0.9310 R=0.8372 (fp 8: 83 of its decoys are in the synthetic set)
  // (every miss: test/corpus/sealed15-first-score.txt). Issue 11's sixteenth pass wrote structural rules after
  // reading those misses, so sealed15 is TUNING data now (in TUNING_SET, `s15-` kinds), held to the pass's score.
  // Rules (lib/detect.ts): a dot leader between spaces is an index entry's; ResourceType/id a FHIR reference; the same
  // number written with a real modifier elsewhere in the text; a procedure noun by its suffix or an article's
  // anatomical adjective and noun before the number; "keep"/"drop" coding verbs; a plural procedure word after the
  // number counts it; "zip changed to" names the field; a quoted CSV field before a descriptor field. Tuned: 5 codes
  // P=0.9837 R=0.9380 (fn 8: the autofilter CPT list's first value, "Nakamura cases: 64712/64714", the CRM field
  // history's "Secondary CPT" row, four slide headings), 10,000 codes P=0.9603 R=0.9380 (fp 5: the ZIP and CDM
  // autofilter lists).
  sealedSetsTuned([
    ['15', '5', 's15-', 315, KNOWN_5, 0.9836, 0.9379],
    ['15', '10,000', 's15-', 315, KNOWN_10K, 0.9602, 0.9379],
  ]);
  // The whole tuning set, sealed15 included (6,069 tokens): before the sixteenth pass P=0.9978 R=0.9683 with 5 codes,
  // P=0.9820 R=0.9687 with 10,000; after it P=0.9978 R=0.9738 and P=0.9834 R=0.9742; after the seventeenth pass
  // P=0.9978 R=0.9738 and P=0.9867 R=0.9742.
  tuningSetFloor({
    name: 'the tuning set before sealed16',
    leaveOut:
      /^s(1[6-9]|2[0-9]|3[0-9]|4[0-9]|5[0-9]|6[0-9]|7[0-9]|8[0-9]|9[0-9]|10[0-9]|11[0-9]|12[0-9]|13[0-9]|14[0-9]|15[0-9]|16[0-9]|17[0-8])-/,
    tokens: 6069,
    floors: [0.9977, 0.9771, 0.9866, 0.9775],
  });
  // SEALED set 16 (`sealed16.ts`, 336 tokens, 37 page shapes): written and committed (301f2a2) by a helper who never
  // read or ran the detector, then scored ONCE on 2026-12-01 with the detector of 37870f6 (after issue 11's
  // sixteenth pass):
  //   5 codes:      P=0.9779 R=0.9433 (tp 133, fp 3, fn 8; 141 codes, 14 decoys with known digits)
  //   10,000 codes: P=0.9048 R=0.9433 (fp 14: 76 of its decoys are in the synthetic set)
  // (every miss: test/corpus/sealed16-first-score.txt). Issue 11's seventeenth pass wrote structural rules after
  // reading those misses, so sealed16 is TUNING data now (in TUNING_SET, `s16-` kinds), held to the pass's score.
  // Rules (lib/detect.ts, lib/detect/column.ts): a "Services" header over a column of bare numbers counts services
  // (a Part B summary's ALLOWED SERVICES, a top-codes table's Services); a table row of numbers only holds amounts (a
  // lag triangle under "Lag 2"); a later known value of a pipe-delimited record is another field's (a placement
  // file's BAL_CENTS); a column of bare numbers beside the row's CPT/HCPCS column is another field (context.headers;
  // from sealed14's GL map "Stat code" and sealed13's CDM "Charge code"); a row's description is another cell's code's
  // when a phrase cell of the row holds a known code (sealed11's attachment index, "Line 1 64712-RT"). Tuned: 5 codes P=0.9852 R=0.9433 (fp 2:
  // "Tracking Number: 64712-T3", "Is the number at the top, 64632, the code?"; fn 8 unchanged), 10,000 codes
  // P=0.9708 R=0.9433 (fp 4: those two, "Total rows in Table 1: 27104", "Utilization (Medicare 2025): 80145").
  sealedSetsTuned([
    ['16', '5', 's16-', 336, KNOWN_5, 0.9851, 0.9432],
    ['16', '10,000', 's16-', 336, KNOWN_10K, 0.9707, 0.9432],
  ]);
  // The whole tuning set, sealed16 included (6,405 tokens): before the seventeenth pass P=0.9967 R=0.9721 with 5
  // codes, P=0.9787 R=0.9725 with 10,000; after it P=0.9971 R=0.9721 and P=0.9858 R=0.9725.
  tuningSetFloor({
    name: 'the tuning set before sealed17',
    leaveOut:
      /^s(1[7-9]|2[0-9]|3[0-9]|4[0-9]|5[0-9]|6[0-9]|7[0-9]|8[0-9]|9[0-9]|10[0-9]|11[0-9]|12[0-9]|13[0-9]|14[0-9]|15[0-9]|16[0-9]|17[0-8])-/,
    tokens: 6405,
    floors: [0.997, 0.9752, 0.9857, 0.9756],
  });

  // SEALED set 17 (`sealed17.ts`, 326 tokens, 33 page shapes): written and committed (55eafe8) by a helper who never
  // read or ran the detector, then scored ONCE on 2026-12-01 with the detector of 824f51a (after issue 11's
  // seventeenth pass):
  //   5 codes:      P=0.9919 R=0.8472 (tp 122, fp 1, fn 22; 144 codes, 5 decoys with known digits)
  //   10,000 codes: P=0.9453 R=0.8403 (fp 7: 63 of its decoys are in the synthetic set)
  // (every miss: test/corpus/sealed17-first-score.txt). Issue 11's eighteenth pass wrote structural rules after
  // reading those misses, so sealed17 is TUNING data now (in TUNING_SET, `s17-` kinds), held to the pass's score.
  // Rules (lib/detect.ts, lib/detect/evidence.ts): a raw NCCI PTP row (two numbers opening a line, a date, a deletion
  // date or `*`, a modifier indicator) is a code pair; a superscript footnote mark is part of a list gap ("64712¹,
  // 64714¹"); an option letter after a radio symbol ("◯ B. 64712"); a procedure noun with a comma qualifier across a
  // column gap ("[ ] Neuroplasty, sciatic      64712", "Nerve blocks, diagnostic: 64445"); a two-column key-value
  // table's field cell names its value before the column's modified codes ("Transaction ID" | 84218); "paid" before
  // the number; a count after "has" before a plural noun phrase ("has 42002 ZIP codes"). Tuned: 5 codes P=0.9928
  // R=0.9583 (fn 6: "acct 88231, 64632 billed", "IRO case 36745, 64445", "ultrasound-guided block 64445", "A. No.
  // 64612 is", "Chemodenervation: 64612⁴", "Edit cleared: 64612 units corrected"), 10,000 codes P=0.9786 R=0.9514
  // (fp 3: the CDM pipe rows, whose header line the per-line corpus leaves out of reach, and "Charge code (CDM)").
  sealedSetsTuned([
    ['17', '5', 's17-', 326, KNOWN_5, 0.9929, 0.9722],
    ['17', '10,000', 's17-', 326, KNOWN_10K, 0.9788, 0.9652],
  ]);
  // The whole tuning set, sealed17 included (6,731 tokens): before the eighteenth pass P=0.9969 R=0.9653 with 5
  // codes, P=0.9838 R=0.9653 with 10,000; after it P=0.9969 R=0.9713 and P=0.9855 R=0.9713.
  tuningSetFloor({
    name: 'the tuning set before sealed18',
    leaveOut:
      /^s(1[89]|2[0-9]|3[0-9]|4[0-9]|5[0-9]|6[0-9]|7[0-9]|8[0-9]|9[0-9]|10[0-9]|11[0-9]|12[0-9]|13[0-9]|14[0-9]|15[0-9]|16[0-9]|17[0-8])-/,
    tokens: 6731,
    floors: [0.9969, 0.9822, 0.9863, 0.9818],
  });

  // SEALED set 18 (`sealed18.ts`, 337 tokens, 36 page shapes): written and committed (a4ad437) by a helper who never
  // read or ran the detector, then scored ONCE on 2026-12-01 with the detector of f615ebd (after issue 11's
  // eighteenth pass):
  //   5 codes:      P=1.0000 R=0.9225 (tp 131, fp 0, fn 11; 142 codes, 25 decoys with known digits)
  //   10,000 codes: P=0.9034 R=0.9225 (fp 14: 108 of its decoys are in the synthetic set)
  // (every miss: test/corpus/sealed18-first-score.txt). Issue 11's nineteenth pass wrote structural rules after
  // reading those misses, so sealed18 is TUNING data now (in TUNING_SET, `s18-` kinds), held to the pass's score.
  // Rules (lib/detect.ts): a later known value of a tab-separated record is another field's (not one tab apart: a
  // PTP file's pair); a tab-separated row's first cell is its key when a later cell holds a known value (the CDM
  // export's CDM_NO and PRICE_CENTS). Tuned: 5 codes P=1.0000 R=0.9225 (fn 11 unchanged), 10,000 codes P=0.9493
  // R=0.9225 (fp 7, from 14; left: the PFS CSV's MAC 05102 ×3, whose header line the per-line corpus leaves out of
  // reach (as one text the header decides), the CDM's supply row key 61335, the UB-04 totals row, "PAIN^PR2^^40716",
  // "Prairie State Health (52623)").
  sealedSetsTuned([
    ['18', '5', 's18-', 337, KNOWN_5, 1, 0.9929],
    ['18', '10,000', 's18-', 337, KNOWN_10K, 0.9724, 0.9929],
  ]);
  // The whole tuning set, sealed18 included (7,068 tokens): before the nineteenth pass P=0.9971 R=0.9688 with 5
  // codes, P=0.9811 R=0.9688 with 10,000; after it P=0.9971 R=0.9688 and P=0.9836 R=0.9688.
  tuningSetFloor({
    name: 'the tuning set before sealed19',
    leaveOut:
      /^s(19|2[0-9]|3[0-9]|4[0-9]|5[0-9]|6[0-9]|7[0-9]|8[0-9]|9[0-9]|10[0-9]|11[0-9]|12[0-9]|13[0-9]|14[0-9]|15[0-9]|16[0-9]|17[0-8])-/,
    tokens: 7068,
    floors: [0.997, 0.9828, 0.9856, 0.9824],
  });

  // SEALED set 19 (`sealed19.ts`, 324 tokens, 30 page shapes): written and committed (13abd37) by a helper who never
  // read or ran the detector, then scored ONCE on 2026-12-01 with the detector of 541d5e6 (after issue 11's
  // nineteenth pass):
  //   5 codes:      P=1.0000 R=0.8478 (tp 117, fp 0, fn 21; 138 codes, 28 decoys with known digits)
  //   10,000 codes: P=0.9915 R=0.8478 (fp 1: 90 of its decoys are in the synthetic set)
  // (every miss: test/corpus/sealed19-first-score.txt). Issue 11's twentieth pass wrote rules after reading those
  // misses, so sealed19 is TUNING data now (in TUNING_SET, `s19-` kinds), held to the pass's score.
  // Rules (lib/detect.ts): an anatomical adjective before "block" or "nerve" right before the number names the
  // procedure ("left facial nerve 64612"); a comma-glued CSV field followed by an empty, modifier or five-digit field
  // and a number is no decimal comma (the posting CSV with no header in reach); "False" is no label (a true/false
  // quiz); a plural "codes" head qualified by a lower-case word names codes ("top codes: 64714 (6)"). Tuned: 5 codes
  // P=1.0000 R=0.8913 (fn 15), 10,000 codes P=0.9919 R=0.8913 (fp 1: the posting CSV's first field 99412). Left:
  // HL7 FT1-7 (the transaction code field, not a procedure field by the issue; its label is arguably wrong), the FHIR
  // "display" phrase, the fee line "64612 Destroy nerve face mus" under a header ending "FUD", "policy 49262; 64445
  // was done", "Tip: 64612 denials", "Try another code: 64714 · 64632", "in 4 claims 64714 and 64712 were billed",
  // "See also: 64714 with 64445", "nerve block under US guidance 64445", "64445 RT sciatic block + 64632", three
  // dashboard tiles ("Underpaid vs contract:", "Unit outliers:", "Drill-down:").
  sealedSetsTuned([
    ['19', '5', 's19-', 324, KNOWN_5, 1, 0.942],
    ['19', '10,000', 's19-', 324, KNOWN_10K, 1, 0.942],
  ]);
  // The whole tuning set, sealed19 included (7,392 tokens): before the twentieth pass P=0.9972 R=0.9631 with 5
  // codes, P=0.9840 R=0.9631 with 10,000; after it P=0.9972 R=0.9686 and P=0.9840 R=0.9686 (also from the older sets:
  // the s10 registry CSV rows, "sciatic block 64445" ×2, "diagnostic block 64445", "the block codes, 64445"). The
  // count words "follower", "like", "download", "mi", "km", "sq", "ft", "feet" after a number were dropped (bytes):
  // no token of the tuning set with either code set needs them. The floors above were raised to this pass's scores.
  tuningSetFloor({
    name: 'the tuning set before sealed20',
    leaveOut:
      /^s(2[0-9]|3[0-9]|4[0-9]|5[0-9]|6[0-9]|7[0-9]|8[0-9]|9[0-9]|10[0-9]|11[0-9]|12[0-9]|13[0-9]|14[0-9]|15[0-9]|16[0-9]|17[0-8])-/,
    tokens: 7392,
    floors: [0.9972, 0.9808, 0.9862, 0.9805],
  });

  // SEALED set 20 (`sealed20.ts`, 320 tokens): written and committed (b1ab003) by a helper who never read or ran the
  // detector, then scored ONCE on 2026-12-01 with the detector of 5f8795e (after issue 11's twentieth pass):
  //   5 codes:      P=1.0000 R=0.9083 (tp 109, fp 0, fn 11; 120 codes)
  //   10,000 codes: P=0.9237 R=0.9083 (fp 9: 67 of its decoys are in the synthetic set)
  // (every miss: test/corpus/sealed20-first-score.txt). Issue 11's twenty-first pass wrote rules after reading those
  // misses, so sealed20 is TUNING data now (in TUNING_SET, `s20-` kinds), held to the pass's score.
  // Rules (lib/detect.ts, lib/detect/evidence.ts): in a comma-delimited row, a five-digit field followed by a blank or
  // lettered modifier field and a fee field is the code, an earlier five-digit field is another column's (the PFS
  // download's carrier, no header in reach); in a quoted row, the field right after a code's modifier field is another
  // column's (sealed18's MAC); "EOB" labels an explanation-of-benefits code; a number opening its text under a
  // fixed-width header takes the header's first column name when it says code (not the last column's "Notes",
  // "Fee"); "Bilateral" before the number is a procedure label; a field word after "$amount per" before a colon is a
  // rate's unit ("Tier 1 — $640 per case: 64445, 64612"); a procedure noun by its suffix heading the number with a
  // bare colon names it ("Chemodenervation: 64612"). Tuned: 5 codes P=1.0000 R=0.9667 (fn 4), 10,000 codes P=1.0000
  // R=0.9667 (fp 0). Left: the X12 824's rejected segments quoted in free text (`…FOR PROC 64612*SV1*4*1*64612~`,
  // `*SV1*3*1:2*64632~`, no `HC` qualifier: by the issue's X12 rule only the procedure element after `HC` is a code).
  sealedSetsTuned([
    ['20', '5', 's20-', 320, KNOWN_5, 1, 0.9666],
    ['20', '10,000', 's20-', 320, KNOWN_10K, 1, 0.9666],
  ]);
  // The whole tuning set, sealed20 included (7,712 tokens): before the twenty-first pass P=0.9973 R=0.9662 with 5
  // codes, P=0.9817 R=0.9662 with 10,000; after it P=0.9973 R=0.9708 and P=0.9867 R=0.9708 (also from the older sets:
  // the s18 PFS CSV's MAC ×3, the s13 PFALL carrier, the s19 posting CSV's row key, the s11 attachment index's ACN,
  // two-column and POS fee layouts, "Bilateral 64612:" ×2, "Chemodenervation: 64612" ×2). The tuning set before
  // sealed20: P=0.9972 R=0.9710 with 5 codes, P=0.9861 R=0.9710 with 10,000 (floors above raised to these).
  tuningSetFloor({
    name: 'the tuning set before sealed21',
    leaveOut:
      /^s(2[1-9]|3[0-9]|4[0-9]|5[0-9]|6[0-9]|7[0-9]|8[0-9]|9[0-9]|10[0-9]|11[0-9]|12[0-9]|13[0-9]|14[0-9]|15[0-9]|16[0-9]|17[0-8])-/,
    tokens: 7712,
    floors: [0.9973, 0.9803, 0.9867, 0.98],
  });

  // SEALED set 21 (`sealed21.ts`, 319 tokens): written and committed (f647985) by a helper who never read or ran the
  // detector, then scored ONCE on 2026-12-01 with the detector of 835310e (after issue 11's twenty-first pass and the
  // survey's otherverb2 rule):
  //   5 codes:      P=1.0000 R=0.8531 (tp 122, fp 0, fn 21; 143 codes)
  //   10,000 codes: P=0.9683 R=0.8531 (fp 4)
  // (every miss: test/corpus/sealed21-first-score.txt). Issue 11's twenty-second pass wrote rules after reading those
  // misses, so sealed21 is TUNING data now (in TUNING_SET, `s21-` kinds), held to the pass's score.
  // Rules (lib/detect.ts): an itemized statement or superbill line, two description words right before the number and
  // a quantity or an amount right after ("NEUROPLASTY SCIATIC NRV OPEN  64712  1  3,120.00", "Neuroplasty, sciatic
  // nerve, open  64712  $1,850"); a quiz stem ending in a coding verb asks for a code ("… is reported with:" then "A)
  // 64714   B) 64712"); a spaced em dash between the number and its descriptor ("64712 — Neuroplasty, major
  // peripheral nerve", a flash card's back); an unknown abbreviation between a comma and the number labels it, not a
  // procedure word behind the comma ("Billing Office, PTAN 88503"); the survey's colon2 (a capitalised heading opening its
  // line or segment is no identifier label, not a count's heading, not before a plural, a name, a parenthesis or the
  // end of the text: "Botox: 64712" stays a field's value). Tuned: 5 codes P=1.0000 R=0.9231 (fn 11), 10,000
  // codes P=0.9778 R=0.9231 (fp 3). Left: "AUTH FOR: 64714", lone-number flash-card backs, KPI tiles "64714 · 41 denials" under "TOP
  // DENIED CPT", a dash-separated work-queue line "Acct 81540 — 64712 — edit:", "check 64445 price", "the surgeon
  // doing 64712."; false marks "0250 44733 BUPIVACAINE", "58126 11/12/26 64712", "60543 PAIN MGMT PROC".
  sealedSetsTuned([
    ['21', '5', 's21-', 319, KNOWN_5, 1, 0.923],
    ['21', '10,000', 's21-', 319, KNOWN_10K, 0.9777, 0.923],
  ]);
  // The whole tuning set, sealed21 included (8,031 tokens): before the twenty-second pass P=0.9974 R=0.9681 with 5
  // codes, P=0.9860 R=0.9681 with 10,000; after it P=0.9974 R=0.9737 and P=0.9864 R=0.9737 (also from the older sets:
  // em-dash descriptors, statement lines and four colon headings: "Slide 5 — Lumbar plexus: 64714", "Drill-down:
  // 64712"). The tuning set before sealed21: P=0.9973 R=0.9761 with 5 codes, P=0.9867 R=0.9761 with 10,000 (floor
  // above raised to these).
  tuningSetFloor({
    name: 'the tuning set before sealed22',
    leaveOut:
      /^s(2[2-9]|3[0-9]|4[0-9]|5[0-9]|6[0-9]|7[0-9]|8[0-9]|9[0-9]|10[0-9]|11[0-9]|12[0-9]|13[0-9]|14[0-9]|15[0-9]|16[0-9]|17[0-8])-/,
    tokens: 8031,
    floors: [0.9974, 0.9777, 0.9864, 0.9774],
  });

  // SEALED set 22 (`sealed22.ts`, 348 tokens, 22 page shapes): written and committed (681b274) by a helper who never
  // read or ran the detector, then scored ONCE on 2026-12-01 with the detector of 4e6e4ba (after issue 11's
  // twenty-second pass and the structured-families pass):
  //   5 codes:      P=1.0000 R=0.9071 (tp 127, fp 0, fn 13; 140 codes)
  //   10,000 codes: P=0.9549 R=0.9071 (fp 6: 70 of its decoys are in the synthetic set)
  // (every miss: test/corpus/sealed22-first-score.txt). Issue 11's twenty-third pass wrote rules after reading those
  // misses, so sealed22 is TUNING data now (in TUNING_SET, `s22-` kinds), held to the pass's score.
  // Rules (lib/detect.ts, lib/detect/csv.ts, lib/detect/evidence.ts), the false marks first: a number before a plural
  // noun that ends its segment counts it ("33404 lines · 0 errors", "27160 bytes"); two amounts with thousands commas
  // before the number ("1,880.14   1,019.86   18127 45"); of two five-digit CSV fields glued by a comma, the second
  // takes the first's shape rejection (the GL journal rows' department after an account after a date). Then the
  // misses: a count word after the number only on its line, and after a number word the number is what is counted
  // ("Four 64714 claims"); two label heads joined by or/and that disagree are unexplained ("Item or service:"); a
  // field word behind a preposition whose head no list knows is its complement ("Also open for the same encounter:");
  // known codes each with a figure under a code head are a list ("Suggested codes (AI, confidence): 64714 0.93 ·
  // 64712 0.41", "denied by code: 64632 $980.00   64612"); a count in parentheses in prose ("Top code 64445 (9 of
  // them)"); "64445 x 3 claims"; a quoted phrase cell of a CSV export is free text ("see 64612-50 note"); an arrow
  // right before the number ends the phrase before it; a plural before a full stop is no abbreviated label ("…
  // documents. 64612"); units a figure follows are the code's ("64612 units reduced from 2 to 1"). Tuned: 5 codes
  // P=1.0000 R=0.9857, 10,000 codes P=1.0000 R=0.9857 (fn 2, left by the issue's defaults: "Reason: 64612 exceeds
  // frequency", a listed field label bound by its colon, and "the additional billed item 64632", "item" a listed
  // identifier word bound to the number). Also from the older sets: s17's "units corrected to 1", s18's "\"Neuroplasty
  // of lumbar plexus\" → 64714", s19's "Underpaid vs contract: 64714" and "Try another code: 64714 · 64632" (their
  // rows above and the floors of the tuning set before sealed18–sealed22 were raised to this pass's scores).
  sealedSetsTuned([
    ['22', '5', 's22-', 348, KNOWN_5, 1, 0.9857],
    ['22', '10,000', 's22-', 348, KNOWN_10K, 1, 0.9857],
  ]);
  // The whole tuning set, sealed22 included (8,379 tokens): before the twenty-third pass P=0.9975 R=0.9736 with 5
  // codes, P=0.9851 R=0.9733 with 10,000; after it P=0.9976 R=0.9781 and P=0.9870 R=0.9778. The tuning set before
  // sealed22: P=0.9974 R=0.9765 and P=0.9864 R=0.9762 before the pass, P=0.9974 R=0.9778 and P=0.9864 R=0.9775 after.
  tuningSetFloor({
    name: 'the tuning set before sealed23',
    leaveOut:
      /^s(2[3-9]|3[0-9]|4[0-9]|5[0-9]|6[0-9]|7[0-9]|8[0-9]|9[0-9]|10[0-9]|11[0-9]|12[0-9]|13[0-9]|14[0-9]|15[0-9]|16[0-9]|17[0-8])-/,
    tokens: 8379,
    floors: [0.9975, 0.978, 0.9869, 0.9777],
  });

  // SEALED set 23 (`sealed23.ts`, 334 tokens, 28 page shapes): written and committed (67a7134) by a helper who never
  // read or ran the detector, then scored ONCE on 2026-12-01 with the detector of d133d6b (after issue 11's
  // twenty-third pass):
  //   5 codes:      P=1.0000 R=0.9538 (tp 124, fp 0, fn 6; 130 codes)
  //   10,000 codes: P=0.9688 R=0.9538 (fp 4: 66 of its decoys are in the synthetic set)
  // (every miss: test/corpus/sealed23-first-score.txt). Issue 11's twenty-fourth pass wrote rules after reading those
  // misses, so sealed23 is TUNING data now (in TUNING_SET, `s23-` kinds), held to the pass's score.
  // Rules (lib/detect.ts), the false marks first: a number glued by `*` to an element before it is an X12 element
  // ("NM1*41 ...*46*31336", a 277CA tree line the segment sniff does not open); a word no list knows opening a
  // parenthesis with the number is its label, not a procedure word outside it ("Northgate Billing (Submitter 31336)");
  // words after the number ending in a colon are the next field's label, no description ("Seed: 59832   Frame low:
  // 1"); a list of known codes is evidence only when its first member is known ("Linked tickets: 73214, 24904"). Then
  // the misses: a unit count with its punctuation and an ordinal unit ("approve 64712 x1;", "MUE: 64714 2nd unit"); a
  // fixed-width row's next column opening with a spaced dash ("RN review     64445 — no auth required"); "the" before
  // a number before a plural ending its segment ("on the 64714 lines,": not a count); a capitalised word opening its
  // sentence, the number, "to" and a determiner ("MOVE 64445 TO THEIR CLAIM": a verb and its object). Tuned: 5 codes
  // P=1.0000 R=0.9923, 10,000 codes P=1.0000 R=0.9923 (fn 1, left by the issue's defaults: "Recoup SH26-90101 line
  // 64445", "line" a word no list knows bound to the number with no positive evidence, the issue's own "Plan line
  // 12345" shape).
  // SEALED set 24 (`sealed24.ts`, 311 tokens, 31 page shapes): written and committed (497caf3) by a helper who never
  // read or ran the detector, then scored ONCE on 2026-12-01 with the detector of d133d6b (after issue 11's
  // twenty-third pass):
  //   5 codes:      P=1.0000 R=0.9612 (tp 124, fp 0, fn 5; 129 codes)
  //   10,000 codes: P=1.0000 R=0.9612 (fp 0: 63 of its decoys are in the synthetic set)
  // (every miss: test/corpus/sealed24-first-score.txt). Issue 11's twenty-fourth pass wrote rules after reading those
  // misses, so sealed24 is TUNING data now (in TUNING_SET, `s24-` kinds), held to the pass's score.
  // Rules (lib/detect.ts): "vs"/"versus" joins two list members ("Coding impact (…): 64712 vs 64714", the list keeping
  // its first member's verdict); a modifier named after the number outweighs a field word not bound right before it,
  // as a coding verb does ("Claims for S items: 64712 with modifier Q1": the issue's "modifier written with it").
  // Tuned: 5 codes P=1.0000 R=0.9767, 10,000 codes P=1.0000 R=0.9767 (fn 3, left by the issue's defaults: "SCIATIC
  // BLK 64445 for #36147" ×2, an upper-case abbreviation bound to the number, which only a real modifier overrides (a
  // unit count "x1" does not; reading "BLK" as "block" would be one more word on a list); "Slowest to schedule: 64714",
  // a colon label no list knows with nothing after the number, the shape of "Botox: 64712", a field's value).
  sealedSetsTuned([
    ['23', '5', 's23-', 334, KNOWN_5, 1, 0.9923],
    ['23', '10,000', 's23-', 334, KNOWN_10K, 1, 0.9923],
    ['24', '5', 's24-', 311, KNOWN_5, 1, 0.9767],
    ['24', '10,000', 's24-', 311, KNOWN_10K, 1, 0.9767],
  ]);
  // The whole tuning set, sealed23 and sealed24 included (9,024 tokens): before the twenty-fourth pass P=0.9977
  // R=0.9766 with 5 codes, P=0.9868 R=0.9763 with 10,000; after it P=0.9977 R=0.9786 and P=0.9879 R=0.9783. The tuning
  // set before sealed23 is unchanged by the pass (P=0.9976 R=0.9781 and P=0.9870 R=0.9778; its floor above holds it).
  tuningSetFloor({
    name: 'the tuning set before sealed25',
    leaveOut:
      /^s(2[5-9]|3[0-9]|4[0-9]|5[0-9]|6[0-9]|7[0-9]|8[0-9]|9[0-9]|10[0-9]|11[0-9]|12[0-9]|13[0-9]|14[0-9]|15[0-9]|16[0-9]|17[0-8])-/,
    tokens: 9024,
    floors: [0.9977, 0.9785, 0.9879, 0.9782],
  });

  // SEALED set 25 (`sealed25.ts`, 331 tokens, 29 page shapes: developer and analytics tooling): written and committed
  // (75cf314) by a helper who never read or ran the detector, then scored ONCE on 2026-12-01 with the detector of
  // 6a9a2c0 (after issue 11's twenty-fourth pass):
  //   5 codes:      P=0.9664 R=0.8273 (tp 115, fp 4, fn 24; 139 codes)
  //   10,000 codes: P=0.8915 R=0.8273 (fp 14: 62 of its decoys are in the synthetic set)
  // (every miss: test/corpus/sealed25-first-score.txt). Issue 11's twenty-fifth pass wrote rules after reading those
  // misses, so sealed25 is TUNING data now (in TUNING_SET, `s25-` kinds), held to the pass's score.
  // Rules (lib/detect.ts), the false marks first: a key glued by "=" names its value ("inserted=13885 updated=77590",
  // a key, not a past-tense verb); a query's column name before a comparison or an IN list ("t.ORIGINAL_PAYOR_ID NOT
  // IN (51183, 64612)"); a metric's snake_case name ("jvm_threads_live_threads 67970"); a snake_case "…_code" header is
  // a generic code header (the daff diff's charge_code column beside cpt: 36018, 36021, 64612); a DataFrame print's
  // row (a row index opens it) holds one code, later known values are other columns' (payer_id 64714, 60054, 43962).
  // Then the misses: a lower-case word opening a parenthesis with the number is its label, a field word outside it is
  // not ("2 CDM rows (neuroplasty 64712/64714)", the procedure noun positive evidence). Tuned: 5 codes P=0.9915
  // R=0.8417 (fp 1, fn 22), 10,000 codes P=0.9669 R=0.8417 (fp 4). Left, the false marks: "new charge code 64612 is
  // the same digits as its CPT" ("charge" is a procedure word of the issue's own list; reading "charge code" as a
  // chargemaster's field in prose is one word's exception; a first try cost 12 B of a 14 B margin), with 10,000 codes the
  // Series row "60054     3980.0" (its index name "payer_id" two lines up), the KPI card "83570" whose caption
  // follows it ("Claim lines scanned (MTD)"; `before` is the previous card's "Top denied CPT"), "the CDM rows for
  // 36018/36019". Left, the misses: nine numbers inside dbt test names ("…cpt_code__64712__64714__64632", glued by
  // `_`: a candidate is a number nothing glues to, and marking inside an identifier is a judgement call), "MUE-64445"
  // (glued by a dash), "codes/64632/descriptor" (a URL path), "PA-014 prior auth 64612 UHC", "availity 64632 warning",
  // "sample: 64632 (2)", "n_records:  64445 | 2", "LATERAL = {'64712', …}", "rtan: 64714 default LT", "all 64632",
  // two Kibana cells and a Power BI card (a word no list knows bound to the number, or no evidence in reach: the
  // issue's defaults), and "\"message\":\"64445 is a column 2 code of 64712".
  // SEALED set 26 (`sealed26.ts`, 344 tokens: government and public documents): written and committed (4c32614) by a
  // helper who never read or ran the detector, then scored ONCE on 2026-12-01 with the detector of 6a9a2c0:
  //   5 codes:      P=0.9932 R=0.9864 (tp 145, fp 1, fn 2; 147 codes)
  //   10,000 codes: P=0.9477 R=0.9864 (fp 8: 74 of its decoys are in the synthetic set)
  // (every miss: test/corpus/sealed26-first-score.txt). Issue 11's twenty-fifth pass wrote rules after reading those
  // misses, so sealed26 is TUNING data now (in TUNING_SET, `s26-` kinds), held to the pass's score.
  // Rules (lib/detect.ts): a count's plural may follow one lower-case word when a separator, a full stop or "of" ends
  // it ("22843 frame lines,", "received 21896 timely pieces of"); a past participle ending the sentence ends a
  // plural's segment ("64714 copies printed."); a coding verb after an article is a noun ("specialty 31969 on the
  // request."). Tuned: 5 codes P=1.0000 R=0.9864 (fn 2), 10,000 codes P=0.9864 R=0.9864 (fp 2). Left: "11834 billed
  // 64445" (a count as the verb's subject, no label in reach), "comments (46027) are closed", "64612          Chemodenervation
  // of" (the descriptor wraps to the next line) and "operative reports support 64712" (a verb after a plural subject;
  // not tried: the content script had 14 B of its budget left).
  sealedSetsTuned([
    ['25', '5', 's25-', 331, KNOWN_5, 0.9915, 0.8417],
    ['25', '10,000', 's25-', 331, KNOWN_10K, 0.9669, 0.8417],
    ['26', '5', 's26-', 344, KNOWN_5, 1, 0.9863],
    ['26', '10,000', 's26-', 344, KNOWN_10K, 0.9863, 0.9863],
  ]);
  // The whole tuning set, sealed25 and sealed26 included (9,699 tokens): before the twenty-fifth pass P=0.9966
  // R=0.9734 with 5 codes, P=0.9831 R=0.9732 with 10,000; after it P=0.9976 R=0.9740 and P=0.9872 R=0.9737. The tuning
  // set before sealed25 is unchanged by the pass (P=0.9977 R=0.9786 and P=0.9879 R=0.9783; its floor above holds it).
  tuningSetFloor({
    name: 'the tuning set before sealed27',
    leaveOut:
      /^s(2[7-9]|3[0-9]|4[0-9]|5[0-9]|6[0-9]|7[0-9]|8[0-9]|9[0-9]|10[0-9]|11[0-9]|12[0-9]|13[0-9]|14[0-9]|15[0-9]|16[0-9]|17[0-8])-/,
    tokens: 9699,
    floors: [0.9976, 0.9739, 0.9871, 0.9736],
  });

  // SEALED set 27 (`sealed27.ts`, 320 tokens, 30 page shapes: consumer and patient-side pages where codes are rare):
  // written and committed (1b5bebe) by a helper who never read or ran the detector, then scored ONCE on 2026-12-01 with
  // the detector of 5903a19 (after issue 11's twenty-fifth pass):
  //   5 codes:      P=0.9901 R=0.8333 (tp 100, fp 1, fn 20; 120 codes)
  //   10,000 codes: P=0.9709 R=0.8333 (fp 3: 72 of its decoys are in the synthetic set)
  // SEALED set 28 (`sealed28.ts`, 325 tokens: hospital finance, supply chain and administration): written and committed
  // (0e6314e) the same way, scored once with the same detector:
  //   5 codes:      P=0.9735 R=0.9322 (tp 110, fp 3, fn 8; 118 codes)
  //   10,000 codes: P=0.9402 R=0.9322 (fp 7: 67 of its decoys are in the synthetic set)
  // (every miss: test/corpus/sealed27-first-score.txt, sealed28-first-score.txt). Issue 11's twenty-sixth pass wrote
  // rules after reading those misses, so sealed27 and sealed28 are TUNING data now (in TUNING_SET, `s27-` and `s28-`
  // kinds), held to the pass's score.
  // Rules (lib/detect.ts, lib/detect/column.ts): a determiner right before `code` ends its qualifier search ("gave me the
  // code (64632)", "same code 64632?", "different code, 64632 is …"; "use the code 64612" stays a promotion's); `code`
  // before a form of "be" and the number is a procedure code unless a listed word qualifies it ("the Botox injection
  // code is 64612", "told me the code was 64632"); "said" is a verb ("said code 64612"); a verb that reads a document out
  // makes an upper-case abbreviation before it its subject ("EOB shows 64445", "MSN shows 64612"); surgical cases a
  // procedure noun names are counted by their codes ("Neuroplasty cases 64712 / 64714"); a lower-case noun and "surgery"
  // name the procedure ("Sciatic nerve surgery 64712"); a parenthesised number after a lower-case word is a
  // description's, not a name's id, under a header naming another field ("post sciatic nerve decompression (64712)"
  // under "Product"); a CSV field followed by a whole-number field is no decimal ("41310,64712,36064712,9880.00"). The
  // false marks: a stat between separators ("u/… · 64712 karma · 11h"), a number after two whole amounts of six digits
  // or more in columns, a table column of whole amounts ("Salaries (1)": 18204511, …, 42645). Tuned: sealed27 5 codes
  // P=1.0000 R=0.9166 (fn 10), 10,000 codes P=0.9909 R=0.9166 (fp 1); sealed28 5 codes P=0.9750 R=0.9915 (fp 3, fn 1),
  // 10,000 codes P=0.9590 R=0.9915 (fp 5).
  // Left in sealed27, by the issue's defaults (a word no list knows bound to the number, or no evidence in reach):
  // "(Botox 64612)" and "botox 64612 both eyes" (a drug's name as the procedure's: one more word on a list, and the
  // tests hold "Botox: 64712" as a field's value), "foot surgery, block 64445" and the cell "block 64445" ("block" as a
  // procedure word lost more than it won on the tuning set), "Mine is 64632 too" (reading the word before "is" as a
  // subject marked "mine was 96314", an account, and "patient days were 12250"), "EOB codes: 64632" ("EOB" labels an
  // explanation-of-benefits code), "64632 #2 of 3", "Your estimate: 64445 + surgery facility fee", "64445 is
  // \"injection, …\"" under a Reddit byline ("13h"), "…NEUROPLASTY SCIATIC NERVE" then "64712\")." on the next line;
  // with 10,000 codes "North Shore Podiatry, 60201" (a ZIP with no state). Left in sealed28: the cost report's text row
  // "76.00 07697 CARDIAC REHABILITATION (subscripted)   64445   0    94115 …" (a line number and cost center, then
  // amounts: the shape of a charge line), a late-charge CSV row whose dept_id is the code's own digits ("23,64612,64612,
  // …", its header out of reach of the row's `before`; with 10,000 codes also "15,22008,64632,…"), and a stat feed's
  // pipe row whose DEPT is 64612 before the CPT field's 64612 (a pipe record's first known value is its code).
  sealedSetsTuned([
    ['27', '5', 's27-', 320, KNOWN_5, 1, 0.9166],
    ['27', '10,000', 's27-', 320, KNOWN_10K, 0.9909, 0.9166],
    ['28', '5', 's28-', 325, KNOWN_5, 0.975, 0.9915],
    ['28', '10,000', 's28-', 325, KNOWN_10K, 0.959, 0.9915],
  ]);
  // The whole tuning set, sealed27 and sealed28 included (10,344 tokens): before the twenty-sixth pass P=0.9967
  // R=0.9686 with 5 codes, P=0.9854 R=0.9684 with 10,000; after it P=0.9970 R=0.9737 and P=0.9864 R=0.9735. The tuning
  // set before sealed27 gained by the pass (P=0.9976 R=0.9739 and P=0.9871 R=0.9736 before it; P=0.9976 R=0.9749 and
  // P=0.9872 R=0.9747 after: two CSV rows of sealed10, one of sealed19, "agree that code 64612" of sealed16); its floor
  // above holds the score before the pass. It is the tuning set before sealed29 now, held to that score, which is also
  // its score before the twenty-seventh pass (P=0.9970 R=0.9737 with 5 codes, P=0.9864 R=0.9735 with 10,000); the pass
  // kept its recall and took two false marks with 10,000 codes (P=0.9869: sealed10's "*75255*" barcode label, a
  // sealed12 cell under a lettered column).
  tuningSetFloor({
    name: 'the tuning set before sealed29',
    leaveOut:
      /^s(29|3[0-9]|4[0-9]|5[0-9]|6[0-9]|7[0-9]|8[0-9]|9[0-9]|10[0-9]|11[0-9]|12[0-9]|13[0-9]|14[0-9]|15[0-9]|16[0-9]|17[0-8])-/,
    tokens: 10344,
    floors: [0.997, 0.9737, 0.9864, 0.9735],
  });

  // SEALED sets 29 to 32 (`sealed29.ts`, 324 tokens, compliance, audit, legal and payment integrity; `sealed30.ts`, 326,
  // messaging and collaboration; `sealed31.ts`, 323, education, publishing and the coding profession; `sealed32.ts`,
  // 328, documents as OCR and PDF text layers): written and committed (d56ea93, 1d4cf6f, e3ef20d, dc38295) by helpers
  // who never read or ran the detector, then scored ONCE, together, on 2026-12-02 with the detector of fe6fcdd (after
  // issue 11's twenty-sixth pass). sealed29, 31 and 32 also label real CPT codes the known set does not hold (29, 54
  // and 37): they count neither for nor against recall (test/corpus/score.ts), so a set's "codes" is fewer than its
  // header's.
  //   sealed29, 5 codes:      P=1.0000 R=0.9300 (tp 93, fp 0, fn 7; 100 known codes)
  //   sealed29, 10,000 codes: P=0.9394 R=0.9300 (fp 6: 71 of its decoys are in the synthetic set)
  //   sealed30, 5 codes:      P=1.0000 R=0.8295 (tp 107, fp 0, fn 22; 129 codes)
  //   sealed30, 10,000 codes: P=0.9469 R=0.8295 (fp 6)
  //   sealed31, 5 codes:      P=1.0000 R=0.8649 (tp 64, fp 0, fn 10; 74 known codes)
  //   sealed31, 10,000 codes: P=0.9552 R=0.8649 (fp 3)
  //   sealed32, 5 codes:      P=0.9785 R=0.9681 (tp 91, fp 2, fn 3; 94 known codes)
  //   sealed32, 10,000 codes: P=0.9588 R=0.9490 (tp 93, fp 4, fn 5; 98 codes the synthetic set holds)
  //   pooled,   5 codes:      P=0.9944 R=0.8942 (tp 355, fp 2, fn 42)
  //   pooled,   10,000 codes: P=0.9495 R=0.8903 (tp 357, fp 19, fn 44)
  // (every miss: test/corpus/sealed29-first-score.txt … sealed32-first-score.txt). Issue 11's twenty-seventh pass wrote
  // rules after reading those misses, so sealed29 to sealed32 are TUNING data now (in TUNING_SET, `s29-` to `s32-`
  // kinds), held to the pass's score.
  // Rules (lib/detect.ts), the false marks first: a spreadsheet grid's column letter names no field, its first row of
  // words does ("Acct" over the B column's account numbers, "CPT" over the codes); "N of M" with a larger total after
  // ("12583 of 12,842 members"), a past participle and "of" before a counted plural ("consisted of 61214 lines"), a
  // keypad's "#" after (a dial-in string's PIN), a barcode's printed digits ("*64632*", "||| || 64632 ||"), a value in a
  // line of (index, value) pairs (a random-number table) are no codes; "size" and "p."/"pp." label other numbers
  // ("UNIVERSE SIZE: 12882", "p. 10513"). The misses: an anatomical noun phrase as the subject of "is" right before the
  // number ("the sciatic nerve is 64445", "facial nerve, unilateral, is 64612"), a charge line's description ending in a
  // side ("BLOCK SCIATIC RT   64445   980.00"), "best code 64445". Tuned: sealed29 P=1.0000 R=0.9400 with either code set
  // (fn 6); sealed30 P=1.0000 R=0.8449 (fn 20); sealed31 5 codes P=1.0000 R=0.8918, 10,000 codes P=0.9565 (fp 3);
  // sealed32 5 codes P=1.0000 R=0.9787, 10,000 codes P=0.9791 R=0.9591 (fp 2); pooled P=1.0000 R=0.9093 with 5 codes,
  // P=0.9864 R=0.9052 with 10,000.
  // Left, by the issue's defaults (a word no list knows bound to the number, or no evidence in reach): sealed30's work
  // trackers, whose lines name a ticket, a payer or a verb before the code ("RCM-20844 Appeal 64712 underpayment",
  // "Cigna reprocess 64445 batch 77612", "Aetna PA 64632", "Patient disputes bill for 64445 - acct 14288") and file names
  // glued by "_" ("Appeal_64712_acct20362_MUH.docx": `_` glued makes no candidate); sealed29's "which is 64712" after a
  // place ("the sciatic notch"), "denying 64714 is affirmed", "a nerve block 64445 was done", a fixed-width indictment
  // row whose code follows a ZIP-like number in columns; sealed31's "64714 is the lumbar plexus" and "64612 is muscles
  // innervated …" (a predicate after the number: read as a description it marked ids), "that's the 64712 case", table
  // cells "64612 x2" under "Billed" and "Lumbar plexus: 64714" under "Should read"; sealed32's OCR'd CMS-1500 lines ("D
  // 64632  RT   E A   F 64O OO": box letters as labels) and the anesthesia code 01180 only the synthetic set holds. With
  // 10,000 codes: "the quiz code is 30917" (a code the sentence says is the number), a marketing stat line ("28459
  // coders log in every day · 97782 code look-ups": reading a plural after a separator as a count lost "• 64714 denials
  // (CARC 197)" of sealed13), and a payment journal's check number under "CHK/EFT" (each line is its own node, the
  // fixed-width header out of the rows' reach).
  sealedSetsTuned([
    ['29', '5', 's29-', 324, KNOWN_5, 1, 0.94],
    ['29', '10,000', 's29-', 324, KNOWN_10K, 1, 0.94],
    ['30', '5', 's30-', 326, KNOWN_5, 1, 0.8449],
    ['30', '10,000', 's30-', 326, KNOWN_10K, 1, 0.8449],
    ['31', '5', 's31-', 323, KNOWN_5, 1, 0.8918],
    ['31', '10,000', 's31-', 323, KNOWN_10K, 0.9565, 0.8918],
    ['32', '5', 's32-', 328, KNOWN_5, 1, 0.9787],
    ['32', '10,000', 's32-', 328, KNOWN_10K, 0.9791, 0.9591],
  ]);
  // The whole tuning set, sealed29 to sealed32 included (11,645 tokens): before the twenty-seventh pass P=0.9968
  // R=0.9667 with 5 codes, P=0.9833 R=0.9661 with 10,000; after it P=0.9972 R=0.9680 and P=0.9869 R=0.9674. It is the
  // tuning set before sealed33 now, held to that score, which is also its score before and after the twenty-eighth pass
  // (P=0.9973 R=0.9681 with 5 codes, P=0.9869 R=0.9675 with 10,000: the pass moved none of its tokens).
  tuningSetFloor({
    name: 'the tuning set before sealed33',
    leaveOut:
      /^s(3[3-9]|4[0-9]|5[0-9]|6[0-9]|7[0-9]|8[0-9]|9[0-9]|10[0-9]|11[0-9]|12[0-9]|13[0-9]|14[0-9]|15[0-9]|16[0-9]|17[0-8])-/,
    tokens: 11645,
    floors: [0.9972, 0.968, 0.9869, 0.9674],
  });

  // SEALED sets 33 and 34 (`sealed33.ts`, 355 tokens, specialty clinic and ambulatory surgery operations; `sealed34.ts`,
  // 316 tokens, multilingual and localized pages: Spanish, Vietnamese, Chinese, Russian, Haitian Creole, Portuguese,
  // French), written and committed (f3ce9fb, 152555a) by helpers who never read or ran the detector, then scored ONCE,
  // together, on 2026-12-02 with the detector of 805673e (after issue 11's twenty-seventh pass; every miss:
  // test/corpus/sealed33-first-score.txt, sealed34-first-score.txt). Both also label real CPT codes the known set does
  // not hold (94 and 24 of them with 5 codes), which count neither for nor against recall.
  //   sealed33, 5 codes:      P=1.0000 R=0.8980 (tp 44, fp 0, fn 5; 49 known codes)
  //   sealed33, 10,000 codes: P=0.9783 R=0.9000 (tp 45, fp 1, fn 5; 83 of its decoys are in the synthetic set)
  //   sealed34, 5 codes:      P=0.9870 R=0.7308 (tp 76, fp 1, fn 28; 104 known codes)
  //   sealed34, 10,000 codes: P=0.8966 R=0.7290 (tp 78, fp 9, fn 29)
  //   pooled,   5 codes:      P=0.9917 R=0.7843 (tp 120, fp 1, fn 33)
  //   pooled,   10,000 codes: P=0.9248 R=0.7834 (tp 123, fp 10, fn 34)
  // sealed34's misses were the evidence model's own limit: its label words, coding verbs and procedure nouns were
  // English, so "código 64445", "mã 64632" and "l'acte 64445" were a word no list knows, bound to the number (the
  // issue's default: not a code). Issue 11's twenty-eighth pass wrote rules after reading those misses, so sealed33 and
  // sealed34 are TUNING data now (in TUNING_SET, `s33-` and `s34-` kinds), held to the pass's score.
  // Rules (lib/detect.ts; tests in detect-multilingual.test.ts and detect-evidence.test.ts): the code words of languages
  // that put the head first (es/pt "código", vi "mã", ru "код", ht "kòd", fr "acte" with its elided article dropped, ht
  // "operasyon") name a code when bound to the number, and a word between is the head's qualifier naming another field
  // ("código postal", "mã số nhân viên", "Kòd pasyan"); field words of those languages ("autorización", "autorização",
  // "autorisation", "otorizasyon", "cuenta", "conta", "compte", "kont", "pedido", ru "доб.") label other numbers, and
  // "núm."/"número"/"nº"/fr "n°" are identifier heads; es/pt/fr prepositions and conjunctions are breakers and list
  // conjunctions ("1 unidad de 64445", "códigos 64445 y 64712"), and so is a lower-case "a" ("posterior a 64632"); a
  // note in parentheses may follow a list member before its conjunction ("10695 (consulta resuelta) o 13755": one
  // list); ht "fè" and vi "hiện" are coding verbs; a Chinese run ending in a procedure noun (…术, 注射, 阻滞) or 重复
  // (repeat) names the number; "CPT64632" (the system glued) is a candidate and a code; "chemo" is a procedure word; a
  // "Billed with" header names a code column (an implant log); a row cell with no letter is no field name (the amount
  // "٦٤٠٫٠٠ $" of an Arabic-locale export, its sign after it), and a description in any script counts.
  // Tuned: sealed33 5 codes P=1.0000 R=0.9591 (fn 2), 10,000 codes P=0.9795 R=0.9600 (fp 1, fn 2); sealed34 5 codes
  // P=1.0000 R=0.9711 (fn 3), 10,000 codes P=0.9811 R=0.9719 (fp 2, fn 3); pooled P=1.0000 R=0.9673 with 5 codes,
  // P=0.9806 R=0.9682 with 10,000.
  // Left, by the issue's defaults or precision first: sealed33's block log under a bare "Code" header whose other
  // values are real CPT codes the five-code set does not hold (64446, 64415, 64447: with 5 or 10,000 synthetic codes
  // the column reads as a chargemaster's, and a bare "Code" over a column the data mostly does not know stays that);
  // sealed34's "仅限 64612" (only), "bloqueio 64445" (es/pt "bloqueo"/"bloqueio" is also a hold or a lock, and English
  // "block" is no procedure word either) and "Bloqueo preoperatorio en área de inducción: 64445 (guiado por
  // ultrasonido, …)" (a hit at the first score only because "guiado por" read as a description; "por" is a breaker now,
  // as "for" and "per" are). With 10,000 codes: an account number in a superbill's CPT column beside an "Acct" cell
  // (sealed33 "Acct | 35275", sealed34 "Acct / Cuenta | 54712": reading the cell before as the value's field would
  // reject "Office visit | 99213") and "código postal (p. ej., 78226)" (an example's abbreviation ends the label search;
  // English "ZIP code (e.g., 78226)" does the same).
  sealedSetsTuned([
    ['33', '5', 's33-', 355, KNOWN_5, 1, 0.9591],
    ['33', '10,000', 's33-', 355, KNOWN_10K, 0.9795, 0.96],
    ['34', '5', 's34-', 316, KNOWN_5, 1, 0.9711],
    ['34', '10,000', 's34-', 316, KNOWN_10K, 0.9811, 0.9719],
  ]);
  // The whole tuning set, sealed33 and sealed34 included (12,316 tokens): before the twenty-eighth pass P=0.9971
  // R=0.9621 with 5 codes, P=0.9851 R=0.9613 with 10,000; after it P=0.9973 R=0.9680 and P=0.9866 R=0.9674 (P=0.9974
  // R=0.9681 and P=0.9867 R=0.9675 at sealed35–37's first score). It is the tuning set before sealed35 now, held to
  // that score; the twenty-ninth pass took it to P=0.9974 R=0.9683 and P=0.9867 R=0.9677 (sealed10's "Chart Search:
  // \"64712\"": "search" is a verb now).
  tuningSetFloor({
    name: 'the tuning set before sealed35',
    leaveOut:
      /^s(3[5-9]|4[0-9]|5[0-9]|6[0-9]|7[0-9]|8[0-9]|9[0-9]|10[0-9]|11[0-9]|12[0-9]|13[0-9]|14[0-9]|15[0-9]|16[0-9]|17[0-8])-/,
    tokens: 12316,
    floors: [0.9973, 0.968, 0.9866, 0.9674],
  });

  // SEALED sets 35 to 37 (`sealed35.ts`, 328 tokens, SaaS app widgets: typeaheads, chips, command palettes, column
  // pickers, cell editors, side panels; `sealed36.ts`, 360 tokens, value-based care and quality reporting; `sealed37.ts`,
  // 344 tokens, post-acute care, DME and referral management), written and committed (3692e6e, 643a8a3, c76d460) by
  // helpers who never read or ran the detector, then scored ONCE, together, on 2026-12-02 with the detector of c739144
  // (after issue 11's twenty-eighth pass; every miss: test/corpus/sealed35-first-score.txt … sealed37-first-score.txt).
  // All three also label real CPT codes the known set does not hold (46, 103 and 100 of them with 5 codes), which count
  // neither for nor against recall.
  //   sealed35, 5 codes:      P=1.0000 R=0.8144 (tp 79, fp 0, fn 18; 97 known codes)
  //   sealed35, 10,000 codes: P=0.9875 R=0.8144 (tp 79, fp 1, fn 18; 63 of its decoys are in the synthetic set)
  //   sealed36, 5 codes:      P=1.0000 R=0.9231 (tp 48, fp 0, fn 4; 52 known codes)
  //   sealed36, 10,000 codes: P=0.8793 R=0.9273 (tp 51, fp 7, fn 4; 55 codes the synthetic set holds)
  //   sealed37, 5 codes:      P=1.0000 R=0.8214 (tp 23, fp 0, fn 5; 28 known codes)
  //   sealed37, 10,000 codes: P=0.8387 R=0.7879 (tp 26, fp 5, fn 7; 33 codes the synthetic set holds)
  //   pooled,   5 codes:      P=1.0000 R=0.8475 (tp 150, fp 0, fn 27)
  //   pooled,   10,000 codes: P=0.9231 R=0.8432 (tp 156, fp 13, fn 29)
  // Issue 11's twenty-ninth pass wrote rules after reading those misses, so sealed35 to sealed37 are TUNING data now (in
  // TUNING_SET, `s35-` to `s37-` kinds), held to the pass's score.
  // Rules (lib/detect.ts; tests in detect-evidence.test.ts, "pass 29"), the false marks first: a plural noun no list
  // knows heading a column counts what it names, its bare numbers are counts ("National episodes (baseline)",
  // "Beneficiaries": a row cell "Spinal Procedures" no longer names the column); "ver."/"version" label other numbers
  // ("list ver. 32578"); a gap opening with "in" is no description between two codes ("64612 in schedule 20265"); a
  // street address and a comma before the number make it a ZIP ("2207 Cedar Ave S, 55406"). Then the misses: "search"
  // is a verb (a command palette's "Type a command or search…", a "Search codes…" placeholder); "s/p" (status post)
  // names a procedure ("can take s/p 64714"); the subject of "required for:"/"needed for:" labels no service after it
  // ("Prior auth required for: 64712, 64714"); a generic "Code" column whose table has a modifier column holds codes
  // even when the data knows half its values (a code look-up: "Code | Mod | Short descriptor"); "decompression" is a
  // procedure noun, "Surgery" opening the text names the procedure ("Surgery 64712 09/30/25 LT"); a sample value is
  // named by its field across a spaced dash ("☑ CPT — sample: 64712"; "Payer ID — sample:" stays an id's).
  // Tuned: sealed35 P=1.0000 R=0.9278 with either code set (fn 7); sealed36 5 codes P=1.0000 R=0.9231 (fn 4), 10,000
  // codes P=0.9808 R=0.9273 (fp 1); sealed37 5 codes P=1.0000 R=0.9643 (fn 1), 10,000 codes P=1.0000 R=0.9091 (fn 3);
  // pooled P=1.0000 R=0.9322 with 5 codes, P=0.9942 R=0.9243 with 10,000.
  // Left, by the issue's defaults or precision first: sealed35's fee audit log whose "Item" column holds codes beside
  // "Row 18634" and "Import 29058" (a header naming another field stays decisive), "Current value: 64632" (a cell
  // editor's field is named only in the popover's title), "Recently used on this account: 64445 · …" and "Suggested
  // from the op note: 64714  +  Add" (a word no list knows bound to the number), "check the 64632 units" (a count word
  // after the number); sealed36's "procedure-only visits (64445, 64612)" (a field word's plural before the list), "31 %
  // of your 64632 patients" (a count's shape), "last claim 64632"; sealed37's "pre-op block 64445" ("block" stays no
  // procedure word, as pass 26 found). With 10,000 codes: sealed36's data dictionary example "e.g. 64132" of a ZIP field
  // (the field is named in a definition cell with a comma, read as a note), sealed37's "later 97763 visits" and "PT eval
  // 97161–97163 + 12 visits".
  sealedSetsTuned([
    ['35', '5', 's35-', 328, KNOWN_5, 1, 0.9278],
    ['35', '10,000', 's35-', 328, KNOWN_10K, 1, 0.9278],
    ['36', '5', 's36-', 360, KNOWN_5, 1, 0.923],
    ['36', '10,000', 's36-', 360, KNOWN_10K, 0.9807, 0.9272],
    ['37', '5', 's37-', 344, KNOWN_5, 1, 0.9642],
    ['37', '10,000', 's37-', 344, KNOWN_10K, 1, 0.909],
  ]);
  // The whole tuning set, sealed35 to sealed37 included (13,348 tokens): before the twenty-ninth pass P=0.9974 R=0.9636
  // with 5 codes, P=0.9844 R=0.9627 with 10,000; after it P=0.9974 R=0.9669 and P=0.9869 R=0.9660 (P=0.9974 R=0.9670
  // and P=0.9870 R=0.9660 at sealed38–40's first score). It is the tuning set before sealed38 now, held to that score;
  // the thirtieth pass took it to P=0.9974 R=0.9678 and P=0.9870 R=0.9669 (sealed10's "  Anesthesia: 64445" and
  // sealed13's "  Additional: 64712", indented headings; sealed19's "64445 (no edit)"; sealed21's "anyone know if
  // 64712"; sealed29's "only a nerve block 64445 was done").
  tuningSetFloor({
    name: 'the tuning set before sealed38',
    leaveOut:
      /^s(3[89]|4[0-9]|5[0-9]|6[0-9]|7[0-9]|8[0-9]|9[0-9]|10[0-9]|11[0-9]|12[0-9]|13[0-9]|14[0-9]|15[0-9]|16[0-9]|17[0-8])-/,
    tokens: 13348,
    floors: [0.9974, 0.9669, 0.9869, 0.966],
  });

  // SEALED sets 38 to 40: sealed38 (363 tokens, payer contracting and provider relations), sealed39 (344 tokens,
  // patient financial services and collections) and sealed40 (386 tokens, clinical research billing, release of
  // information and telehealth), written and committed (d68db6c, f2dae9c, 9594f27) by helpers who never read or ran the
  // detector, then scored ONCE, together, on 2026-12-02 with the detector of 9b542a4 (after issue 11's twenty-ninth
  // pass; every miss: test/corpus/sealed38-first-score.txt … sealed40-first-score.txt). All three also label real CPT
  // codes the known set does not hold, which count neither for nor against recall.   sealed38, 5 codes:      P=1.0000
  // R=0.9388 (tp 92, fp 0, fn 6; 98 known codes)   sealed38, 10,000 codes: P=0.9787 R=0.9388 (tp 92, fp 2, fn 6; 71 of
  // its decoys are in the synthetic set)   sealed39, 5 codes:      P=0.9697 R=0.8533 (tp 64, fp 2, fn 11; 75 known
  // codes)   sealed39, 10,000 codes: P=0.8933 R=0.8590 (tp 67, fp 8, fn 11)   sealed40, 5 codes:      P=1.0000 R=0.8679
  // (tp 46, fp 0, fn 7; 53 known codes)   sealed40, 10,000 codes: P=1.0000 R=0.8621 (tp 50, fp 0, fn 8)   pooled,   5
  // codes:      P=0.9902 R=0.8938 (tp 202, fp 2, fn 24)   pooled,   10,000 codes: P=0.9543 R=0.8932 (tp 209, fp 10, fn
  // 25) Issue 11's thirtieth pass wrote rules after reading those misses, so sealed38 to sealed40 are TUNING data now
  // (in TUNING_SET, `s38-` to `s40-` kinds), held to the pass's score. Rules (lib/detect.ts; tests in
  // detect-evidence.test.ts, "pass 30"), the false marks first: a line opening with a one-digit record type, then whole
  // numbers only, one zero-padded, is a bank file's record (sealed39's lockbox transmission: "5 001 64632 251110", "8
  // 64632 001 002 0000056265"), its fields no codes; a price transparency row's "code|1|type" cell names the coding
  // system of its "code|1" value (CDM rows' chargemaster numbers); a procedure column holding a code the data does not
  // know still makes a bare number beside it another field (a bad-debt report's write-off code beside "Primary CPT"
  // 99284). Then the misses: "nerve" before "block(s)" and an anatomical adjective before "injection" name the
  // procedure ("the nerve block 64445", "sciatic nerve block 64445", "Nerve blocks 64445, 64447", "facial injection
  // 64612"; "Lot 4 block 64445" stays a legal description); "if" is no label ("asked if 64445"), "both" a filler
  // ("included both 64445 and 76942"); a negation in parentheses after the number is a note, no label ("64632 (no
  // PA)"); a capitalised heading may be indented ("  Additional: 64712"); a number in parentheses after a date under a
  // header naming another field is no name's id ("DOS 02/11/26 (64712)" under "Records requested"); a list whose first
  // and last members the data knows is a list of codes, a code it does not know between ("lines 64712, 01250, 64445").
  // Tuned: sealed38 5 codes P=1.0000 R=0.9694 (fn 3), 10,000 codes P=0.9794 R=0.9694 (fp 2, fn 3); sealed39 5 codes
  // P=1.0000 R=0.9200 (fn 6), 10,000 codes P=0.9730 R=0.9231 (fp 2, fn 6); sealed40 5 codes P=1.0000 R=0.9434 (fn 3),
  // 10,000 codes P=1.0000 R=0.9310 (fn 4); pooled P=1.0000 R=0.9469 with 5 codes, P=0.9822 R=0.9444 with 10,000. Left,
  // by the issue's defaults or precision first: sealed38's "peripheral nerve destruction (64632, 64640)" after a line
  // ending "will require prior authorization:" (the field word before the colon labels a short value), "carves 64712
  // out of capitation" (a verb opening its line, its subject on the line before), "mostly 64712 and 64721 paid" (an
  // unknown word in -ly bound to the number: "Family", "Supply" label ids); sealed39's "physician fee (64445, 76942)"
  // (a money word), "Hold 64632 balance" ("hold" is no coding verb: "on hold"), and a portal "Code" column and a
  // presumptive-charity "Largest line" column whose other values are real codes the five known codes leave out (the
  // population reads a chargemaster or identifier column; with the full code data they are code columns); sealed40's
  // "SOC 64712, 64445" (an abbreviation bound to the number; SOC is also "start of care") and a lien statement's "Code"
  // column (the same population). With 10,000 codes: sealed38's "PM report 30118" (an abbreviation before a lower-case
  // coding verb: "UHC denied 64712" must stay a code) and "Recred 52211" under "Reference #" (read as a past-tense
  // verb), sealed39's green-screen ledger whose "CODE" column mixes CPT and transaction codes ("30301 PHARM …", "70027
  // PAY ANTHEM …"), sealed40's "99453 (once per episode)" in a key-value panel.
  sealedSetsTuned([
    ['38', '5', 's38-', 363, KNOWN_5, 1, 0.9693],
    ['38', '10,000', 's38-', 363, KNOWN_10K, 0.9793, 0.9693],
    ['39', '5', 's39-', 344, KNOWN_5, 1, 0.92],
    ['39', '10,000', 's39-', 344, KNOWN_10K, 0.9729, 0.923],
    ['40', '5', 's40-', 386, KNOWN_5, 1, 0.9433],
    ['40', '10,000', 's40-', 386, KNOWN_10K, 1, 0.931],
  ]);
  // The whole tuning set, sealed38 to sealed40 included (14,441 tokens): before the thirtieth pass P=0.9971 R=0.9637
  // with 5 codes, P=0.9855 R=0.9627 with 10,000; after it P=0.9976 R=0.9669 and P=0.9868 R=0.9658.
  // It is the tuning set before sealed41 now, held to that score (P=0.9976 R=0.9669 and P=0.9868 R=0.9658 at
  // sealed41–43's first score); the thirty-first pass took it to P=0.9976 R=0.9674 and P=0.9868 R=0.9664 (sealed33's,
  // sealed39's and sealed40's "Code" columns whose rows describe the code as CPT does).
  tuningSetFloor({
    name: 'the tuning set before sealed41',
    leaveOut:
      /^s(4[1-9]|5[0-9]|6[0-9]|7[0-9]|8[0-9]|9[0-9]|10[0-9]|11[0-9]|12[0-9]|13[0-9]|14[0-9]|15[0-9]|16[0-9]|17[0-8])-/,
    tokens: 14441,
    floors: [0.9975, 0.9668, 0.9867, 0.9658],
  });

  // SEALED sets 41 to 43: sealed41 (359 tokens, imaging and image-guided procedure administration), sealed42
  // (323 tokens, state Medicaid and managed-care portals) and sealed43 (331 tokens, physician productivity, compensation
  // and medical-staff administration), written and committed (d76b144, 4252ca5, 746a87a) by helpers who never read or
  // ran the detector, then scored ONCE, together, on 2026-12-02 with the detector of 487e53d (after issue 11's thirtieth
  // pass; every miss: test/corpus/sealed41-first-score.txt … sealed43-first-score.txt). All three also label real CPT
  // codes the known set does not hold, which count neither for nor against recall.
  //   sealed41, 5 codes:      P=1.0000 R=0.9333 (tp 28, fp 0, fn 2; 30 known codes)
  //   sealed41, 10,000 codes: P=0.9375 R=0.8824 (tp 30, fp 2, fn 4; 69 of its decoys are in the synthetic set)
  //   sealed42, 5 codes:      P=1.0000 R=0.8689 (tp 53, fp 0, fn 8; 61 known codes)
  //   sealed42, 10,000 codes: P=0.7826 R=0.8710 (tp 54, fp 15, fn 8: Missouri county FIPS codes 29xxx in a column,
  //                           New York ZIPs in parentheses after a place)
  //   sealed43, 5 codes:      P=1.0000 R=0.9178 (tp 67, fp 0, fn 6; 73 known codes)
  //   sealed43, 10,000 codes: P=0.8947 R=0.9189 (tp 68, fp 8, fn 6)
  //   pooled,   5 codes:      P=1.0000 R=0.9024 (tp 148, fp 0, fn 16)
  //   pooled,   10,000 codes: P=0.8588 R=0.8941 (tp 152, fp 25, fn 18)
  // Issue 11's thirty-first pass wrote rules after reading those misses, so sealed41 to sealed43 are TUNING data now
  // (in TUNING_SET, `s41-` to `s43-` kinds), held to the pass's score. Rules (lib/detect.ts; tests in
  // detect-evidence.test.ts, "pass 31"), the false marks with 10,000 codes first: "FIPS" and "Dept" name other fields
  // (sealed42's Missouri county FIPS column, sealed43's general ledger "Dept" column); numbers keyed one after another
  // to capitalised names are the names' (sealed42's "10576 (Pound Ridge), 10590 (South Salem), 10526 (Goldens Bridge)
  // or 10527 (Granite Springs)": ZIPs). Then the misses: a delimited row opening with the number may carry an
  // upper-case descriptor (sealed42's Florida fee file "64445,,,N BLOCK INJ SCIATIC SNG,71.22"); "once/twice per"
  // after the number is a service's frequency limit ("Louisiana Medicaid allows 64612 once per side"); a bare "Code"
  // column whose row describes the code as CPT does, a noun and a comma qualifier ("Neuroplasty, sciatic nerve"), is no
  // chargemaster's (sealed42's TennCare prior-auth crosswalk, whose other codes the five known codes leave out).
  // Tuned: sealed41 5 codes P=1.0000 R=0.9333 (fn 2), 10,000 codes P=0.9375 R=0.8824 (fp 2, fn 4); sealed42 5 codes
  // P=1.0000 R=0.9672 (fn 2), 10,000 codes P=0.9524 R=0.9677 (fp 3, fn 2); sealed43 5 codes P=1.0000 R=0.9178 (fn 6),
  // 10,000 codes P=0.9189 R=0.9189 (fp 6, fn 6); pooled P=1.0000 R=0.9390 with 5 codes, P=0.9349 R=0.9294 with 10,000.
  // Left, by the issue's defaults, precision first or the byte budget: sealed41's "prior 64632 on 09/18", "post-op
  // 64712 changes" (an unknown word bound to the number), a DAP column under "DAP (mGy·cm²)" (a unit in the header)
  // and a DICOM dump's "(0020,0010) SH [46944]"; sealed42's "64712,80,,REVISE SCIATIC NERVE" (",80" reads as a decimal
  // comma), "A: No. 64632 is for …" ("No." is an identifier head), "Yonkers (10701, 10703, …)" (a list in parentheses
  // after a place: "Chemodenervation (64612, 64615)" has the same shape) and "Tarrytown center, 10591"; sealed43's
  // "Case number for the 10/16 sciatic neurolysis is 44173" (the prose default after "is"), "OR8 / 30349" under "Room
  // / service code" (the procedure qualifier decides the header), "(visit types 10304–10358)", unit counts in
  // parentheses after a list whose first member the data does not know ("63047 (38 units), 64712 (9 units)"),
  // "Top procedures by wRVU: 64632 (x18)" and "Open neurolysis lumbar plexus 64714".
  sealedSetsTuned([
    ['41', '5', 's41-', 359, KNOWN_5, 1, 0.9333],
    ['41', '10,000', 's41-', 359, KNOWN_10K, 0.9375, 0.8823],
    ['42', '5', 's42-', 323, KNOWN_5, 1, 0.9672],
    ['42', '10,000', 's42-', 323, KNOWN_10K, 0.9523, 0.9677],
    ['43', '5', 's43-', 331, KNOWN_5, 1, 0.9178],
    ['43', '10,000', 's43-', 331, KNOWN_10K, 0.9189, 0.9189],
  ]);
  // The whole tuning set, sealed41 to sealed43 included (15,454 tokens): before the thirty-first pass P=0.9976 R=0.9648
  // with 5 codes, P=0.9824 R=0.9635 with 10,000; after it P=0.9976 R=0.9666 and P=0.9851 R=0.9652.
  // It is the tuning set before sealed44 now, held to that score (the same at sealed44–46's first score; the
  // thirty-second pass left it there).
  tuningSetFloor({
    name: 'the tuning set before sealed44',
    leaveOut:
      /^s(4[4-9]|5[0-9]|6[0-9]|7[0-9]|8[0-9]|9[0-9]|10[0-9]|11[0-9]|12[0-9]|13[0-9]|14[0-9]|15[0-9]|16[0-9]|17[0-8])-/,
    tokens: 15454,
    floors: [0.9976, 0.9665, 0.985, 0.9652],
  });

  // SEALED sets 44 to 46: sealed44 (379 tokens, ophthalmology, ENT and facial plastics practices), sealed45 (339
  // tokens, military, federal and tribal programs) and sealed46 (347 tokens, clinical terminology and mapping tools),
  // written and committed (0b044c0, 6ff24f7, d2e480a) by helpers who never read or ran the detector, then scored ONCE,
  // together, on 2026-12-02 with the detector of 5487b42 (after issue 11's thirty-first pass; every miss:
  // test/corpus/sealed44-first-score.txt … sealed46-first-score.txt). All three also label real CPT codes the known set
  // does not hold, which count neither for nor against recall.
  //   sealed44, 5 codes:      P=1.0000 R=0.7692 (tp 20, fp 0, fn 6; 26 known codes)
  //   sealed44, 10,000 codes: P=0.9583 R=0.7931 (tp 23, fp 1, fn 6; 75 of its decoys are in the synthetic set)
  //   sealed45, 5 codes:      P=1.0000 R=0.9615 (tp 75, fp 0, fn 3; 78 known codes)
  //   sealed45, 10,000 codes: P=1.0000 R=0.9615 (tp 75, fp 0, fn 3)
  //   sealed46, 5 codes:      P=0.9878 R=0.9310 (tp 81, fp 1, fn 6; 87 known codes)
  //   sealed46, 10,000 codes: P=0.9213 R=0.9213 (tp 82, fp 7, fn 7)
  //   pooled,   5 codes:      P=0.9944 R=0.9215 (tp 176, fp 1, fn 15)
  //   pooled,   10,000 codes: P=0.9574 R=0.9184 (tp 180, fp 8, fn 16)
  // Issue 11's thirty-second pass wrote rules after reading those misses, so sealed44 to sealed46 are TUNING data now
  // (in TUNING_SET, `s44-` to `s46-` kinds), held to the pass's score. Rules (lib/detect.ts; tests in
  // detect-evidence.test.ts, "pass 32"), the false marks first: a procedure word glued by a dash is a ticket's prefix
  // under a header no list knows too (sealed46's "CHG-64714" under "Ticket"; "CPT-64714" stays a code); "legacy" names
  // another field (sealed46's "Legacy 30219/30211 come off preference lists": a retired local code); a number after
  // another of three digits or more and "of" is a total (sealed46's "element 10582 of 12431"). Then the misses: a side
  // in parentheses may carry a comma (sealed44's prior-auth panel "64612 (left), in office"); a CPT descriptor may
  // qualify by a semicolon (sealed46's value-set grid "Neuroplasty; sciatic nerve" beside a bare "Code" column); a
  // service verb's participle header is left to the column's population (sealed45's ROFR log "Requested"; "Received"
  // counts messages); a lower-case past tense after a plural is a coding verb, no record noun (sealed45's "botulinum
  // injections billed with 64612").
  // Tuned: sealed44 5 codes P=1.0000 R=0.8077 (fn 5), 10,000 codes P=0.9600 R=0.8276 (fp 1, fn 5); sealed45 5 codes
  // P=1.0000 R=0.9872 (fn 1), 10,000 codes the same; sealed46 5 codes P=1.0000 R=0.9540 (fn 4), 10,000 codes P=0.9767
  // R=0.9438 (fp 2, fn 5); pooled P=1.0000 R=0.9476 with 5 codes, P=0.9840 R=0.9439 with 10,000.
  // Left, by the issue's defaults, precision first or the byte budget: sealed44's "64612 x2" cells under "Billed" and
  // "Last code(s)" (half of each column is real codes the known set leaves out, so the population reads identifiers,
  // and a unit count alone does not make a column of codes: detect-structure.test.ts holds that decoy); sealed45's ROFR
  // row whose reason reads "No peripheral nerve surgeon" ("No" an identifier head in the row); sealed46's "64632 (41
  // claims), 64999 (6)" and "64712 (rows 20703/20715)" in a metrics panel, "Procedures billed with this diagnosis here
  // (12 mo): 64712 (148), …" (counts in parentheses after a field's colon), an NDC crosswalk's "Used with" cell beside
  // a "BMS" labeler, and a QA grid's "Proposed target" 64632 beside a CDM source. With 10,000 codes: sealed44's "PTAN
  // 60257" in a remittance footer row under "Proc" (a procedure header decides a phrase cell), sealed46's CDM numbers
  // under "Source code" (36426, 30219: the row names CDM or "Legacy proc").
  sealedSetsTuned([
    ['44', '5', 's44-', 379, KNOWN_5, 1, 0.8076],
    ['44', '10,000', 's44-', 379, KNOWN_10K, 0.96, 0.8275],
    ['45', '5', 's45-', 339, KNOWN_5, 1, 0.9871],
    ['45', '10,000', 's45-', 339, KNOWN_10K, 1, 0.9871],
    ['46', '5', 's46-', 347, KNOWN_5, 1, 0.954],
    ['46', '10,000', 's46-', 347, KNOWN_10K, 0.9767, 0.9438],
  ]);
  // The whole tuning set, sealed44 to sealed46 included (16,519 tokens): before the thirty-second pass P=0.9975
  // R=0.9650 with 5 codes, P=0.9841 R=0.9636 with 10,000; after it P=0.9977 R=0.9659 and P=0.9850 R=0.9645.
  // It is the tuning set before sealed47 now (below, with the thirty-third pass's rows).

  // SEALED sets 47 to 49: sealed47 (347 tokens, academic medicine and graduate medical education), sealed48 (397
  // tokens, occupational health, urgent care and retail clinics) and sealed49 (362 tokens, employers, TPAs and
  // self-funded plans), written and committed (7e23438, e43d38f, 73d6dea) by helpers who never read or ran the
  // detector, then scored ONCE, together, on 2026-12-02 with the detector of 1c45f34 (after issue 11's thirty-second
  // pass; every miss: test/corpus/sealed47-first-score.txt … sealed49-first-score.txt). All three also label real CPT
  // codes the known set does not hold, which count neither for nor against recall (sealed48 labels 7 of the five
  // known codes and 163 others).
  //   sealed47, 5 codes:      P=1.0000 R=0.8906 (tp 57, fp 0, fn 7; 64 known codes)
  //   sealed47, 10,000 codes: P=0.9836 R=0.8955 (tp 60, fp 1, fn 7; 62 of its decoys are in the synthetic set)
  //   sealed48, 5 codes:      P=1.0000 R=1.0000 (tp 7, fp 0, fn 0; 7 known codes)
  //   sealed48, 10,000 codes: P=0.6957 R=0.8421 (tp 16, fp 7, fn 3)
  //   sealed49, 5 codes:      P=1.0000 R=0.9362 (tp 44, fp 0, fn 3; 47 known codes)
  //   sealed49, 10,000 codes: P=0.9388 R=0.9200 (tp 46, fp 3, fn 4)
  //   pooled,   5 codes:      P=1.0000 R=0.9153 (tp 108, fp 0, fn 10)
  //   pooled,   10,000 codes: P=0.9173 R=0.8971 (tp 122, fp 11, fn 14)
  // Issue 11's thirty-third pass wrote rules after reading those misses, so sealed47 to sealed49 are TUNING data now
  // (in TUNING_SET, `s47-` to `s49-` kinds), held to the pass's score. Rules (lib/detect.ts; tests in
  // detect-evidence.test.ts, "pass 33"), false marks only: a dot right before a field label's colon ends the label's
  // abbreviation, no sentence (sealed49's member ID card "Group No.: 40218"; "CPT No.: 64445" stays a code); "pager"
  // names another field, even in a cell under a CPT header (sealed47's rounding list "APS pager 68258").
  // Tuned: sealed47 5 codes P=1.0000 R=0.8906 (fn 7), 10,000 codes P=1.0000 R=0.8955 (fp 0, fn 7); sealed48 unchanged
  // (5 codes P=1.0000 R=1.0000, 10,000 codes P=0.6957 R=0.8421); sealed49 5 codes P=1.0000 R=0.9362 (fn 3), 10,000
  // codes P=0.9583 R=0.9200 (fp 2, fn 4); pooled P=1.0000 R=0.9153 with 5 codes, P=0.9313 R=0.8971 with 10,000.
  // Left, by the issue's defaults, precision first or the 22-minute budget: a coding verb "log" ("Should I log 64445?",
  // "residents log the diagnostic 64445 block": tried, it adds 3 false marks to the tuning set with 10,000 codes, "call
  // log", "error log"), "Q: 64714 is not in …", "lumbar plexus cases (64714)", "GA + popliteal 64445",
  // "chemodenervation 64612 approved" after "Also on file:". With 10,000 codes: "NV-60337", a collection log's column
  // repeating "70330", "job hazard analysis 98303", "Aurora, 80011" (a ZIP after a city no list knows), "2 remain open
  // (27087, 38211)", sealed48's MEC grid (34159, 51126).
  sealedSetsTuned([
    ['47', '5', 's47-', 347, KNOWN_5, 1, 0.8906],
    ['47', '10,000', 's47-', 347, KNOWN_10K, 1, 0.8955],
    ['48', '5', 's48-', 397, KNOWN_5, 1, 1],
    ['48', '10,000', 's48-', 397, KNOWN_10K, 0.6956, 0.8421],
    ['49', '5', 's49-', 362, KNOWN_5, 1, 0.9361],
    ['49', '10,000', 's49-', 362, KNOWN_10K, 0.9583, 0.92],
  ]);
  // The tuning set before sealed47 (16,519 tokens): before the thirty-third pass P=0.9977 R=0.9659 with 5 codes,
  // P=0.9850 R=0.9645 with 10,000 (the same at sealed47–49's first score; the pass left it there).
  tuningSetFloor({
    name: 'the tuning set before sealed47',
    leaveOut:
      /^s(4[7-9]|5[0-9]|6[0-9]|7[0-9]|8[0-9]|9[0-9]|10[0-9]|11[0-9]|12[0-9]|13[0-9]|14[0-9]|15[0-9]|16[0-9]|17[0-8])-/,
    tokens: 16519,
    floors: [0.9977, 0.9658, 0.985, 0.9644],
  });
  // The whole tuning set, sealed47 to sealed49 included (17,625 tokens): before the thirty-third pass P=0.9978
  // R=0.9648 with 5 codes, P=0.9834 R=0.9628 with 10,000; after it P=0.9978 R=0.9648 and P=0.9837 R=0.9628.
  // It is the tuning set before sealed50 now, held to that score (the same at sealed50–52's first score; the
  // thirty-fourth pass left it there).
  tuningSetFloor({
    name: 'the tuning set before sealed50',
    leaveOut: /^s(5[0-9]|6[0-9]|7[0-9]|8[0-9]|9[0-9]|10[0-9]|11[0-9]|12[0-9]|13[0-9]|14[0-9]|15[0-9]|16[0-9]|17[0-8])-/,
    tokens: 17625,
    floors: [0.9977, 0.9648, 0.9837, 0.9628],
  });

  // SEALED sets 50 to 52: sealed50 (347 tokens, behavioral health and substance-use treatment), sealed51 (353 tokens,
  // hospital inpatient coding and CDI) and sealed52 (433 tokens, pediatric and women's health practices), written and
  // committed (288044e, bfc07f0, 0a09f58) by helpers who never read or ran the detector, then scored ONCE, together,
  // on 2026-12-02 with the detector of 679ce55 (after issue 11's thirty-third pass; every miss:
  // test/corpus/sealed50-first-score.txt … sealed52-first-score.txt). All three also label real CPT codes the known
  // set does not hold, which count neither for nor against recall (sealed50 and sealed52 label few of the five known
  // codes).
  //   sealed50, 5 codes:      P=1.0000 R=0.8571 (tp 6, fp 0, fn 1; 7 known codes)
  //   sealed50, 10,000 codes: P=0.8000 R=0.8571 (tp 12, fp 3, fn 2; 77 of its decoys are in the synthetic set)
  //   sealed51, 5 codes:      P=1.0000 R=0.8916 (tp 74, fp 0, fn 9; 83 known codes)
  //   sealed51, 10,000 codes: P=0.9500 R=0.8941 (tp 76, fp 4, fn 9)
  //   sealed52, 5 codes:      P=1.0000 R=1.0000 (tp 8, fp 0, fn 0; 8 known codes)
  //   sealed52, 10,000 codes: P=0.8571 R=0.8571 (tp 18, fp 3, fn 3)
  //   pooled,   5 codes:      P=1.0000 R=0.8980 (tp 88, fp 0, fn 10)
  //   pooled,   10,000 codes: P=0.9138 R=0.8833 (tp 106, fp 10, fn 14)
  // Issue 11's thirty-fourth pass wrote rules after reading those misses, so sealed50 to sealed52 are TUNING data now
  // (in TUNING_SET, `s50-` to `s52-` kinds), held to the pass's score. Rules (lib/detect.ts; tests in
  // detect-evidence.test.ts, "pass 34"): a header's parenthesised note qualifies its head, and a head naming the
  // procedure decides (sealed51's surgical case abstract "CPT (pro fee)": 64712, 64445); a four-letter plural no list
  // knows heads a column of counts (sealed51's case-mix report "Patient days" 68240); a tag glued by a dash under a
  // "… code" header whose qualifier names no procedure is an id (sealed52's fee schedule "PKG-97038" under "Package
  // code"; "ASC-64714" under "Service Code" stays a code).
  // Tuned: sealed50 unchanged; sealed51 5 codes P=1.0000 R=0.9157 (fn 7), 10,000 codes P=0.9630 R=0.9176 (fp 3, fn
  // 7); sealed52 5 codes P=1.0000 R=1.0000, 10,000 codes P=1.0000 R=0.8571 (fp 0, fn 3); pooled P=1.0000 R=0.9184
  // with 5 codes, P=0.9474 R=0.9000 with 10,000.
  // Written, tuning-neutral, and dropped for the 40,960 B content budget: "Procedure in record" (a header's "in"
  // phrase after a procedure head), a comma inside a row field name's parentheses, a currency sign opening a header
  // ("+12373" under "$ variance"), "MRN" as a key-value row's key, a header no list knows beside a procedure column
  // ("HAR" 65402). Left, by the issue's defaults: "Plan 64712 11/20" in a note cell, a TMS "Code" column (90869)
  // whose neighbours the synthetic set does not hold, "served 10032 pregnant …" and "up from 10023", "PDMP checked,
  // report 60015", "HAR 65322, 64712 done as outpatient", and one-off phrases before a number ("nerve destruction
  // 64632", "single shot 64445", "labs 84144, 83001", "Next annual 99395").
  sealedSetsTuned([
    ['50', '5', 's50-', 347, KNOWN_5, 1, 0.8571],
    ['50', '10,000', 's50-', 347, KNOWN_10K, 0.8, 0.8571],
    ['51', '5', 's51-', 353, KNOWN_5, 1, 0.9156],
    ['51', '10,000', 's51-', 353, KNOWN_10K, 0.9629, 0.9176],
    ['52', '5', 's52-', 433, KNOWN_5, 1, 1],
    ['52', '10,000', 's52-', 433, KNOWN_10K, 1, 0.8571],
  ]);
  // The whole tuning set, sealed50 to sealed52 included (18,758 tokens): before the thirty-fourth pass P=0.9978
  // R=0.9636 with 5 codes, P=0.9823 R=0.9611 with 10,000; after it P=0.9978 R=0.9640 and P=0.9830 R=0.9615.
  // It is the tuning set before sealed53 now, held to that score (the thirty-fifth pass raised it to P=0.9978 R=0.9642
  // with 5 codes, P=0.9830 R=0.9619 with 10,000).
  tuningSetFloor({
    name: 'the tuning set before sealed53',
    leaveOut: /^s(5[3-9]|6[0-9]|7[0-9]|8[0-9]|9[0-9]|10[0-9]|11[0-9]|12[0-9]|13[0-9]|14[0-9]|15[0-9]|16[0-9]|17[0-8])-/,
    tokens: 18758,
    floors: [0.9977, 0.9641, 0.983, 0.9618],
  });

  // SEALED sets 53 to 55: sealed53 (329 tokens, oncology, infusion and radiation oncology), sealed54 (392
  // tokens, outpatient rehabilitation, therapy and chiropractic) and sealed55 (387 tokens, laboratory, pathology and
  // genetic testing), written and committed (bdc8f16, ff03775, e22648a) by helpers who never read or ran the detector,
  // then scored ONCE, together, on 2026-12-02 with the detector of b5339fa (after issue 11's thirty-fourth pass; every
  // miss: test/corpus/sealed53-first-score.txt … sealed55-first-score.txt). Their writers were asked, unlike earlier
  // ones, to put at least 45 tokens of the five known codes in every kind of context, so the 5-code figures rest on
  // 46–55 codes a set. All three also label real CPT codes the known set does not hold, which count neither for nor
  // against recall.
  //   sealed53, 5 codes:      P=0.9792 R=0.8545 (tp 47, fp 1, fn 8; 55 known codes)
  //   sealed53, 10,000 codes: P=0.9615 R=0.8197 (tp 50, fp 2, fn 11; 77 of its decoys are in the synthetic set)
  //   sealed54, 5 codes:      P=1.0000 R=0.8478 (tp 39, fp 0, fn 7; 46 known codes)
  //   sealed54, 10,000 codes: P=0.9535 R=0.7193 (tp 41, fp 2, fn 16)
  //   sealed55, 5 codes:      P=1.0000 R=0.7021 (tp 33, fp 0, fn 14; 47 known codes)
  //   sealed55, 10,000 codes: P=1.0000 R=0.6935 (tp 43, fp 0, fn 19)
  //   pooled,   5 codes:      P=0.9917 R=0.8041 (tp 119, fp 1, fn 29)
  //   pooled,   10,000 codes: P=0.9710 R=0.7444 (tp 134, fp 4, fn 46)
  // Issue 11's thirty-fifth pass wrote rules after reading those misses, so sealed53 to sealed55 are TUNING data now
  // (in TUNING_SET, `s53-` to `s55-` kinds), held to the pass's score. Rules (lib/detect.ts, lib/detect/structured.ts;
  // tests in detect-evidence.test.ts, "pass 35"): an XML element or attribute naming a procedure code is one whatever
  // its attributes (sealed53's prior-auth response `<ProcedureCode qualifier="HC">64714</ProcedureCode>`, sealed55's
  // `<LinkedSurgery cpt="64712" …>`; `<ProcedureCodeSystem>` and `procedureId` are not); CMS-1500 item 24D right before
  // the number, opening a line, after a field gap or "Item", is the procedure field (sealed55's claim text "24D 64445
  // 59 RT"; "Apt 24D 64712" is an address); a surgical phase, "pre-/post-/intra-op", right before the number names the
  // operation (sealed54's "post-op 64712", "intra-op 64445 block"; a bare "op" is no evidence); "eval" and "surgical"
  // are procedure words (sealed54's "Re-eval 97164", sealed55's "surgical code 64632").
  // Tuned: sealed53 5 codes P=0.9804 R=0.9091 (fp 1, fn 5), 10,000 codes P=0.9636 R=0.8689 (fp 2, fn 8); sealed54 5
  // codes P=1.0000 R=0.9130 (fn 4), 10,000 codes P=0.9583 R=0.8070 (fp 2, fn 11); sealed55 5 codes P=1.0000 R=0.8085
  // (fn 9), 10,000 codes P=1.0000 R=0.7903 (fn 13); pooled P=0.9924 R=0.8784 with 5 codes, P=0.9737 R=0.8222 with
  // 10,000.
  // Left, by the issue's defaults or for lack of time: codes alone in columns under vague headers ("Bill", "Code",
  // "Value", "Line item", "Billed", "Ref"), decided by how many of the column's values the data knows, which with 5
  // codes cannot reach half (a procedure description in the row may not override a vague "Code" header: chargemaster
  // item numbers beside their descriptions are the classic decoy); "neuroplasty referral 64712, 64714" ("referral" is
  // an identifier word); "lumbar plexus 64714 06/2025"; free text inside an X12 segment; "77334-level"; a local-system
  // HL7 OBR-4 ("97001^PT EVALUATION^L"); the range "97161–97163"; and the false marks sealed53's "Dup acct" 64612 in a
  // Code column whose population reads codes, a 340B report's 30111, a chiropractic superbill's 28622 and a MIPS
  // page's 37064.
  sealedSetsTuned([
    ['53', '5', 's53-', 329, KNOWN_5, 0.9803, 0.909],
    ['53', '10,000', 's53-', 329, KNOWN_10K, 0.9636, 0.8688],
    ['54', '5', 's54-', 392, KNOWN_5, 1, 0.913],
    ['54', '10,000', 's54-', 392, KNOWN_10K, 0.9583, 0.807],
    ['55', '5', 's55-', 387, KNOWN_5, 1, 0.8085],
    ['55', '10,000', 's55-', 387, KNOWN_10K, 1, 0.7903],
  ]);
  // The whole tuning set, sealed53 to sealed55 included (19,866 tokens): before the thirty-fifth pass P=0.9977
  // R=0.9599 with 5 codes, P=0.9827 R=0.9549 with 10,000; after it P=0.9977 R=0.9620 and P=0.9828 R=0.9576.
  // It is the tuning set before sealed56 now, held to that score (the thirty-sixth pass raised it to P=0.9977 R=0.9623
  // with 5 codes, P=0.9828 R=0.9579 with 10,000).
  tuningSetFloor({
    name: 'the tuning set before sealed56',
    leaveOut: /^s(5[6-9]|6[0-9]|7[0-9]|8[0-9]|9[0-9]|10[0-9]|11[0-9]|12[0-9]|13[0-9]|14[0-9]|15[0-9]|16[0-9]|17[0-8])-/,
    tokens: 19866,
    floors: [0.9976, 0.9623, 0.9827, 0.9579],
  });

  // SEALED sets 56 to 58: sealed56 (380 tokens, podiatry and foot and ankle surgery), sealed57 (373 tokens,
  // ambulatory surgery centers and anesthesia groups) and sealed58 (347 tokens, personal injury, medical-legal and
  // subrogation), written and committed (dedbc38, 4ce487e, 1ef3651) by helpers who never read or ran the detector,
  // then scored ONCE, together, on 2026-12-02 with the detector of 9ed5b55 (after issue 11's thirty-fifth pass; every
  // miss: test/corpus/sealed56-first-score.txt … sealed58-first-score.txt). Like sealed53–55, each puts at least 45
  // tokens of the five known codes in every kind of context. All three also label real CPT codes the known set does
  // not hold, which count neither for nor against recall.
  //   sealed56, 5 codes:      P=1.0000 R=0.7593 (tp 41, fp 0, fn 13; 54 known codes)
  //   sealed56, 10,000 codes: P=1.0000 R=0.7414 (tp 43, fp 0, fn 15; 78 of its decoys are in the synthetic set)
  //   sealed57, 5 codes:      P=1.0000 R=0.8625 (tp 69, fp 0, fn 11; 80 known codes)
  //   sealed57, 10,000 codes: P=0.9857 R=0.8415 (tp 69, fp 1, fn 13)
  //   sealed58, 5 codes:      P=1.0000 R=0.7792 (tp 60, fp 0, fn 17; 77 known codes)
  //   sealed58, 10,000 codes: P=0.9231 R=0.7792 (tp 60, fp 5, fn 17)
  //   pooled,   5 codes:      P=1.0000 R=0.8057 (tp 170, fp 0, fn 41)
  //   pooled,   10,000 codes: P=0.9663 R=0.7926 (tp 172, fp 6, fn 45)
  // Issue 11's thirty-sixth pass wrote rules after reading those misses, so sealed56 to sealed58 are TUNING data now
  // (in TUNING_SET, `s56-` to `s58-` kinds), held to the pass's score. Rules (lib/detect.ts, lib/detect/structured.ts;
  // tests in detect-evidence.test.ts, "pass 36"): in a bare "Code" column, a value right after a sentence-case
  // description naming no other field is a code, whatever the column's population, and a comma qualifier may open with
  // a digit (sealed56's statement and injection log, "Nerve destruction" | 64632; sealed58's life care plan); a JSON
  // `codeType`/`code_type` beside a code names its system (sealed57's price estimate); an XML element's
  // `system="CPT"` attribute names it (sealed56's case registry; `system="CDM"` does not); a listed code's
  // description may follow a comma ("sciatic nerve 64712, lumbar plexus 64714": sealed58's chronology).
  // Tuned: sealed56 5 codes P=1.0000 R=0.8148 (fn 10), 10,000 codes P=1.0000 R=0.8276 (fn 10); sealed57 5 codes
  // P=1.0000 R=0.8875 (fn 9), 10,000 codes P=0.9861 R=0.8659 (fp 1, fn 11); sealed58 5 codes P=1.0000 R=0.8312 (fn
  // 13), 10,000 codes P=0.9275 R=0.8312 (fp 5, fn 13); pooled P=1.0000 R=0.8483 with 5 codes, P=0.9683 R=0.8433 with
  // 10,000.
  // Left, by the issue's defaults or for lack of a general signal: codes under "Item" and "Ref" headers (an item or
  // SKU number elsewhere), under "Value" (the population rule keeps decoy columns out), under "Top code",
  // "Supported", "Column 2" and "Anes code", in a column whose row holds only a provider name; prose shapes such as a
  // lower-case "block" (also a time or lot block), "destruction code" (a -tion suffix would catch "Transaction code"),
  // "followed by", "shows code", "incl. block"; a fixed-width UB-04 revenue line; the 6 false marks with 10,000 codes.
  sealedSetsTuned([
    ['56', '5', 's56-', 380, KNOWN_5, 1, 0.8148],
    ['56', '10,000', 's56-', 380, KNOWN_10K, 1, 0.8275],
    ['57', '5', 's57-', 373, KNOWN_5, 1, 0.8875],
    ['57', '10,000', 's57-', 373, KNOWN_10K, 0.9861, 0.8658],
    ['58', '5', 's58-', 347, KNOWN_5, 1, 0.8311],
    ['58', '10,000', 's58-', 347, KNOWN_10K, 0.9275, 0.8311],
  ]);
  // The whole tuning set, sealed56 to sealed58 included (20,966 tokens): before the thirty-sixth pass P=0.9977
  // R=0.9565 with 5 codes, P=0.9823 R=0.9517 with 10,000; after it P=0.9977 R=0.9583 and P=0.9823 R=0.9539.
  // It is the tuning set before sealed59 now, held to that score (the thirty-seventh pass left it there).
  tuningSetFloor({
    name: 'the tuning set before sealed59',
    leaveOut: /^s(59|6[0-9]|7[0-9]|8[0-9]|9[0-9]|10[0-9]|11[0-9]|12[0-9]|13[0-9]|14[0-9]|15[0-9]|16[0-9]|17[0-8])-/,
    tokens: 20966,
    floors: [0.9977, 0.9583, 0.9823, 0.9538],
  });

  // SEALED sets 59 to 61: sealed59 (330 tokens, hand, upper-extremity, plastic and reconstructive surgery),
  // sealed60 (376 tokens, manufacturer reimbursement support and patient hub services) and sealed61 (330 tokens,
  // international payers and medical tourism that use CPT), written and committed (18148ac, 4219bc7, f2117ef) by
  // helpers who never read or ran the detector, then scored ONCE, together, on 2026-12-02 with the detector of
  // 4852f5a (after issue 11's thirty-sixth pass; every miss: test/corpus/sealed59-first-score.txt …
  // sealed61-first-score.txt). Like sealed53–58, each puts at least 45 tokens of the five known codes in every kind of
  // context. All three also label real CPT codes the known set does not hold, which count neither for nor against
  // recall.
  //   sealed59, 5 codes:      P=1.0000 R=0.8400 (tp 42, fp 0, fn 8; 50 known codes)
  //   sealed59, 10,000 codes: P=0.9773 R=0.8269 (tp 43, fp 1, fn 9; 68 of its decoys are in the synthetic set)
  //   sealed60, 5 codes:      P=1.0000 R=0.8043 (tp 37, fp 0, fn 9; 46 known codes)
  //   sealed60, 10,000 codes: P=0.9744 R=0.8085 (tp 38, fp 1, fn 9)
  //   sealed61, 5 codes:      P=1.0000 R=0.6429 (tp 45, fp 0, fn 25; 70 known codes)
  //   sealed61, 10,000 codes: P=0.8750 R=0.6282 (tp 49, fp 7, fn 29)
  //   pooled,   5 codes:      P=1.0000 R=0.7470 (tp 124, fp 0, fn 42)
  //   pooled,   10,000 codes: P=0.9353 R=0.7345 (tp 130, fp 9, fn 47)
  // Issue 11's thirty-seventh pass wrote rules after reading those misses, so sealed59 to sealed61 are TUNING data now
  // (in TUNING_SET, `s59-` to `s61-` kinds), held to the pass's score. Rules (lib/detect.ts, lib/detect/structured.ts;
  // tests in detect-evidence.test.ts, "pass 37"): a bare value under an "Item" or "Ref" header right before a cell in
  // the AMA descriptor's semicolon form ("Neuroplasty; sciatic nerve") is that descriptor's code (sealed59's fee
  // schedule, sealed61's AED tariff; only the next cell counts: a wider rule reading the whole row added 6 false marks
  // with 10,000 codes to the tuning set); in a Gulf e-claim (DHA eClaimLink / DOH Shafafiya XML) a `<Code>` right after
  // its activity `<Type>3</Type>` is CPT (`<Type>8</Type>` a service code), and so is the claims JSON API's quoted
  // `"code"` right after `"type": 3` (sealed61's submission, remittance and pre-authorization response).
  // Tuned: sealed59 5 codes P=1.0000 R=0.8800 (fn 6), 10,000 codes P=0.9783 R=0.8654 (fp 1, fn 7); sealed60 unchanged;
  // sealed61 5 codes P=1.0000 R=0.8000 (fn 14), 10,000 codes P=0.8955 R=0.7692 (fp 7, fn 18); pooled P=1.0000
  // R=0.8253 with 5 codes, P=0.9408 R=0.8079 with 10,000.
  // Left, by the issue's defaults or the byte budget (11 B left): codes alone in columns under "Billed"/"Audited",
  // "Activity", "Code", "Ref", "Covered codes"; one-off phrases ("single-shot 64445", "Not payable: 64445", "test block
  // 64445", "edit pair 64615/64612"); "Cataract removal with IOL" beside 66984 (no semicolon form); sealed61's 7 false
  // marks with 10,000 codes ("Package 15796", "80335 München", fee and item cells).
  sealedSetsTuned([
    ['59', '5', 's59-', 330, KNOWN_5, 1, 0.88],
    ['59', '10,000', 's59-', 330, KNOWN_10K, 0.9782, 0.8653],
    ['60', '5', 's60-', 376, KNOWN_5, 1, 0.8043],
    ['60', '10,000', 's60-', 376, KNOWN_10K, 0.9743, 0.8085],
    ['61', '5', 's61-', 330, KNOWN_5, 1, 0.8],
    ['61', '10,000', 's61-', 330, KNOWN_10K, 0.8955, 0.7692],
  ]);
  // The tuning set before sealed62 (22,002 tokens, sealed59 to sealed61 included): before the thirty-seventh pass
  // P=0.9978 R=0.9526 with 5 codes, P=0.9812 R=0.9477 with 10,000; after it P=0.9978 R=0.9547 and P=0.9813 R=0.9498;
  // after the thirty-eighth P=0.9978 R=0.9554 and P=0.9813 R=0.9504.
  tuningSetFloor({
    name: 'the tuning set before sealed62',
    leaveOut: /^s(6[2-9]|7[0-9]|8[0-9]|9[0-9]|10[0-9]|11[0-9]|12[0-9]|13[0-9]|14[0-9]|15[0-9]|16[0-9]|17[0-8])-/,
    tokens: 22002,
    floors: [0.9977, 0.9553, 0.9812, 0.9503],
  });

  // SEALED sets 62 to 64: sealed62 (343 tokens, headache, migraine and facial-pain clinics), sealed63 (399 tokens,
  // outsourced coding vendors and coding quality assurance) and sealed64 (347 tokens, provider credentialing, payer
  // enrollment and practice start-up), written and committed (5a6fe48, 255bce7, 7806533) by helpers who never read or
  // ran the detector, then scored ONCE, together, on 2026-12-02 with the detector of eff4cc3 (after issue 11's
  // thirty-seventh pass; every miss: test/corpus/sealed62-first-score.txt … sealed64-first-score.txt). Like
  // sealed53–61, each puts at least 45 tokens of the five known codes in every kind of context. All three also label
  // real CPT codes the known set does not hold, which count neither for nor against recall.
  //   sealed62, 5 codes:      P=0.9737 R=0.7872 (tp 37, fp 1, fn 10; 47 known codes)
  //   sealed62, 10,000 codes: P=0.8222 R=0.7872 (tp 37, fp 8, fn 10; 65 of its decoys are in the synthetic set)
  //   sealed63, 5 codes:      P=1.0000 R=0.7203 (tp 85, fp 0, fn 33; 118 known codes)
  //   sealed63, 10,000 codes: P=0.9444 R=0.7203 (tp 85, fp 5, fn 33)
  //   sealed64, 5 codes:      P=1.0000 R=0.8163 (tp 80, fp 0, fn 18; 98 known codes)
  //   sealed64, 10,000 codes: P=1.0000 R=0.8182 (tp 81, fp 0, fn 18)
  //   pooled,   5 codes:      P=0.9951 R=0.7681 (tp 202, fp 1, fn 61)
  //   pooled,   10,000 codes: P=0.9398 R=0.7689 (tp 203, fp 13, fn 61)
  // Issue 11's thirty-eighth pass wrote rules after reading those misses, so sealed62 to sealed64 are TUNING data now
  // (in TUNING_SET, `s62-` to `s64-` kinds), held to the pass's score. Rules (lib/detect.ts, lib/detect/column.ts;
  // tests in detect-evidence.test.ts, "pass 38"), the false marks first: a header of a past participle and "to"
  // ("Assigned to", "Posted to") names a recipient, whatever the column's population; a "-to" compound ("Ship-to
  // ZIP") is read by its field word, no preposition. Then the misses: a row that writes the same known value in two
  // cells under headers no list knows compares codes across columns (an audit or double-coding grid; not under an
  // upper-case abbreviation, "HAR"); "original" and "audited" before a code's head give its audit state; a lower-case
  // "so" is a conjunction, no label ("SO" stays a sales order); a "… code" column in a table with a modifier column
  // codes procedures whatever its population.
  // Tuned: sealed62 5 codes P=0.9756 R=0.8511 (fp 1, fn 7), 10,000 codes P=0.8889 R=0.8511 (fp 5, fn 7); sealed63
  // 5 codes P=1.0000 R=0.8898 (fn 13), 10,000 codes P=0.9906 R=0.8898 (fp 1, fn 13); sealed64 unchanged; pooled
  // P=0.9956 R=0.8555 with 5 codes, P=0.9741 R=0.8561 with 10,000.
  // Left, by the issue's defaults or the byte budget: a "Ref"/"Item" column judged by how many of its values are known
  // (gained 10 in sealed64, added about 20 false marks with 10,000 codes to the tuning set); a CSV header carried in
  // the element before the rows (only the first row would see it); an HL7 CDM segment with the code outside CDM-7;
  // one-token phrases ("Neuroplasty sciatic 64712", "fourth injection", "mail drop", "Procedure / event").
  sealedSetsTuned([
    ['62', '5', 's62-', 343, KNOWN_5, 0.9756, 0.851],
    ['62', '10,000', 's62-', 343, KNOWN_10K, 0.8888, 0.851],
    ['63', '5', 's63-', 399, KNOWN_5, 1, 0.8898],
    ['63', '10,000', 's63-', 399, KNOWN_10K, 0.9905, 0.8898],
    ['64', '5', 's64-', 347, KNOWN_5, 1, 0.8163],
    ['64', '10,000', 's64-', 347, KNOWN_10K, 1, 0.8181],
  ]);
  // The tuning set before sealed65 (23,091 tokens, sealed62 to sealed64 included): before the thirty-eighth pass
  // P=0.9977 R=0.9471 with 5 codes, P=0.9799 R=0.9425 with 10,000; after it P=0.9977 R=0.9513 and P=0.9810 R=0.9466;
  // after the thirty-ninth P=0.9977 R=0.9513 and P=0.9812 R=0.9466.
  tuningSetFloor({
    name: 'the tuning set before sealed65',
    leaveOut: /^s(6[5-9]|7[0-9]|8[0-9]|9[0-9]|10[0-9]|11[0-9]|12[0-9]|13[0-9]|14[0-9]|15[0-9]|16[0-9]|17[0-8])-/,
    tokens: 23091,
    floors: [0.9977, 0.9513, 0.9811, 0.9465],
  });

  // SEALED sets 65 to 68: sealed65 (387 tokens, ambulance, EMS and emergency-department billing), sealed66
  // (350 tokens, bank lockbox, ERA/EFT reassociation and general-ledger posting), sealed67 (391 tokens, utilization
  // management and physician peer review) and sealed68 (392 tokens, community health centers, rural health clinics
  // and critical access hospitals), written and committed (bc7ffbb, 397d248, 60601df, ab4338b) by helpers who never
  // read or ran the detector, then scored ONCE, together, on 2026-12-02 with the detector of 2e30b72 (after issue
  // 11's thirty-eighth pass; every miss: test/corpus/sealed65-first-score.txt … sealed68-first-score.txt). Like
  // sealed53–64, each puts at least 45 tokens of the five known codes in every kind of context. A real CPT code the
  // known set does not hold counts neither for nor against recall.
  //   sealed65, 5 codes:      P=1.0000 R=0.9455 (tp 52, fp 0, fn 3; 55 known codes)
  //   sealed65, 10,000 codes: P=0.7761 R=0.9123 (tp 52, fp 15, fn 5; 82 of its decoys are in the synthetic set)
  //   sealed66, 5 codes:      P=0.9341 R=0.8763 (tp 85, fp 6, fn 12; 97 known codes)
  //   sealed66, 10,000 codes: P=0.9043 R=0.8763 (tp 85, fp 9, fn 12)
  //   sealed67, 5 codes:      P=0.9882 R=0.8936 (tp 84, fp 1, fn 10; 94 known codes)
  //   sealed67, 10,000 codes: P=0.9451 R=0.8958 (tp 86, fp 5, fn 10)
  //   sealed68, 5 codes:      P=0.9811 R=0.8254 (tp 52, fp 1, fn 11; 63 known codes)
  //   sealed68, 10,000 codes: P=0.8814 R=0.8000 (tp 52, fp 7, fn 13)
  //   pooled,   5 codes:      P=0.9715 R=0.8835 (tp 273, fp 8, fn 36)
  //   pooled,   10,000 codes: P=0.8842 R=0.8730 (tp 275, fp 36, fn 40)
  // Issue 11's thirty-ninth pass wrote rules after reading those misses, so sealed65 to sealed68 are TUNING data now
  // (in TUNING_SET, `s65-` to `s68-` kinds), held to the pass's score. Rules (lib/detect.ts, lib/detect/column.ts;
  // tests in detect-evidence.test.ts, "pass 39"), the false marks first: a bank file's comma record (a BAI2 record, a
  // two-digit record code and fields ending in "/"; a lockbox transmission's header, detail or trailer, one capital
  // letter then a comma) holds no codes; "county", "odometer", "JE" and "interest" name other fields; an example
  // ("such as", "e.g.") of a label naming another field is that field's value ("Rural ZIPs such as 64445"). Then the
  // misses: a CSV field followed by an amount field ("0361,64445,980.00,588.00") is a whole field, no decimal comma's
  // fraction.
  // Tuned: sealed65 5 codes unchanged, 10,000 codes P=0.9123 R=0.9123 (fp 5, fn 5); sealed66 5 codes P=1.0000
  // R=0.8763 (fn 12), 10,000 codes P=0.9884 R=0.8763 (fp 1, fn 12); sealed67 5 codes P=1.0000 R=0.8936 (fn 10), 10,000
  // codes P=0.9773 R=0.8958 (fp 2, fn 10); sealed68 5 codes P=0.9828 R=0.9048 (fp 1, fn 6), 10,000 codes P=0.8906
  // R=0.8769 (fp 7, fn 8); pooled P=0.9964 R=0.8997 with 5 codes, P=0.9492 R=0.8889 with 10,000.
  // Left: NEMSIS XML elements (`<eScene.19>`, 3 false marks with 10,000 codes; their names read like X12-XML element
  // names, which hold codes); a town before a parenthesised number ("Cainsville (64632)", read as "Neuroplasty
  // (64712)" is); first fields of CSV rows shown line by line, whose header is out of reach; lists whose last member
  // the data does not know; a tie-out table's "Item" column; a fixed-width adjustment queue.
  sealedSetsTuned([
    ['65', '5', 's65-', 387, KNOWN_5, 1, 0.9454],
    ['65', '10,000', 's65-', 387, KNOWN_10K, 0.9122, 0.9122],
    ['66', '5', 's66-', 350, KNOWN_5, 1, 0.8762],
    ['66', '10,000', 's66-', 350, KNOWN_10K, 0.9883, 0.8762],
    ['67', '5', 's67-', 391, KNOWN_5, 1, 0.8936],
    ['67', '10,000', 's67-', 391, KNOWN_10K, 0.9772, 0.8958],
    ['68', '5', 's68-', 392, KNOWN_5, 0.9827, 0.9047],
    ['68', '10,000', 's68-', 392, KNOWN_10K, 0.8906, 0.8769],
  ]);
  // The tuning set before sealed69 (24,611 tokens, sealed65 to sealed68 included): before the thirty-ninth pass
  // P=0.9966 R=0.9482 with 5 codes, P=0.9765 R=0.9432 with 10,000; after it P=0.9977 R=0.9489 and P=0.9797 R=0.9439;
  // unchanged by the fortieth.
  tuningSetFloor({
    name: 'the tuning set before sealed69',
    leaveOut: /^s(69|7[0-9]|8[0-9]|9[0-9]|10[0-9]|11[0-9]|12[0-9]|13[0-9]|14[0-9]|15[0-9]|16[0-9]|17[0-8])-/,
    tokens: 24611,
    floors: [0.9976, 0.9489, 0.9797, 0.9439],
  });

  // SEALED sets 69 to 72: sealed69 (386 tokens, EHR build and charge-capture analysts), sealed70 (351 tokens,
  // payer provider-data management, directories and network adequacy), sealed71 (406 tokens, interventional spine and
  // neuromodulation centers and their device vendors) and sealed72 (367 tokens, Medicare Advantage risk adjustment and
  // chart review vendors), written and committed (3c08115, 9e22b7b, dda34d3, b45e2d6) by helpers who never read or
  // ran the detector, then scored ONCE, together, on 2026-12-02 with the detector of 79fe5d1 (after issue 11's
  // thirty-ninth pass; every miss: test/corpus/sealed69-first-score.txt … sealed72-first-score.txt). Like
  // sealed53–68, each puts at least 45 tokens of the five known codes in every kind of context. A real CPT code the
  // known set does not hold counts neither for nor against recall.
  //   sealed69, 5 codes:      P=0.9873 R=0.7573 (tp 78, fp 1, fn 25; 103 known codes)
  //   sealed69, 10,000 codes: P=0.9750 R=0.7573 (tp 78, fp 2, fn 25; 74 of its decoys are in the synthetic set)
  //   sealed70, 5 codes:      P=1.0000 R=0.7745 (tp 79, fp 0, fn 23; 102 known codes)
  //   sealed70, 10,000 codes: P=0.9753 R=0.7745 (tp 79, fp 2, fn 23)
  //   sealed71, 5 codes:      P=0.9545 R=0.7636 (tp 42, fp 2, fn 13; 55 known codes)
  //   sealed71, 10,000 codes: P=0.9583 R=0.7667 (tp 46, fp 2, fn 14)
  //   sealed72, 5 codes:      P=1.0000 R=0.6250 (tp 45, fp 0, fn 27; 72 known codes)
  //   sealed72, 10,000 codes: P=0.9630 R=0.6667 (tp 52, fp 2, fn 26)
  //   pooled,   5 codes:      P=0.9879 R=0.7349 (tp 244, fp 3, fn 88)
  //   pooled,   10,000 codes: P=0.9696 R=0.7434 (tp 255, fp 8, fn 88)
  // Issue 11's fortieth pass wrote rules after reading those misses, so sealed69 to sealed72 are TUNING data now (in
  // TUNING_SET, `s69-` to `s72-` kinds), held to the pass's score. Rules (lib/detect.ts, lib/detect/structured.ts;
  // tests in detect-evidence.test.ts, "pass 40"), misses this time (precision was near its target): an XML `code`
  // attribute is CPT when its element's `system` or `type` attribute names CPT/HCPCS, in either order; a column header
  // that is an HL7 v2 procedure field reference (FT1-25, PR1-3, OBR-4, AIS-3) names the procedure; a JSON line with no
  // opening brace of its own is read by its own members ("billing_code_type": "CPT", … "billing_code": "64712"); under
  // a code heading no list knows ("Affected codes:") a list is codes when any later member is known, not only its last.
  // Tuned: sealed69 5 codes P=0.9880 R=0.7961 (fp 1, fn 21), 10,000 codes P=0.9762 R=0.7961 (fp 2, fn 21); sealed70
  // 5 codes P=1.0000 R=0.8235 (fn 18), 10,000 codes P=0.9767 R=0.8235 (fp 2, fn 18); sealed71 unchanged; sealed72
  // 5 codes P=1.0000 R=0.6389 (fn 26), 10,000 codes P=0.9636 R=0.6795 (fp 2, fn 25); pooled P=0.9883 R=0.7651 with 5
  // codes, P=0.9707 R=0.7726 with 10,000.
  // Left: "Item"/"Ref" columns judged by how many values the data knows or by a comma descriptor (false marks in
  // supply catalogs and lab price lists of the tuning set); a CSV header read from the line before (cost 9 tuning
  // tokens: the header check also takes fixed-width headers); an HL7 field reference such as "MSH-10" before a number
  // as no code (cost a tuning token); "-ing" words read as verbs ("card ending in 64712"); a "Code" or "Billed code"
  // column of mostly codes the 5-code set does not know (found with 10,000 codes); XML `values=`/`column1=`
  // attributes; CSV rows shown one per line; sealed71's participant-id false marks.
  sealedSetsTuned([
    ['69', '5', 's69-', 386, KNOWN_5, 0.9879, 0.7961],
    ['69', '10,000', 's69-', 386, KNOWN_10K, 0.9761, 0.7961],
    ['70', '5', 's70-', 351, KNOWN_5, 1, 0.8235],
    ['70', '10,000', 's70-', 351, KNOWN_10K, 0.9767, 0.8235],
    ['71', '5', 's71-', 406, KNOWN_5, 0.9545, 0.7636],
    ['71', '10,000', 's71-', 406, KNOWN_10K, 0.9583, 0.7666],
    ['72', '5', 's72-', 367, KNOWN_5, 1, 0.6388],
    ['72', '10,000', 's72-', 367, KNOWN_10K, 0.9636, 0.6794],
  ]);
  // The tuning set before sealed73 (26,121 tokens, sealed69 to sealed72 included): before the fortieth pass P=0.9973
  // R=0.9389 with 5 codes, P=0.9794 R=0.9344 with 10,000; after it P=0.9973 R=0.9403 and P=0.9794 R=0.9358; after the
  // forty-first P=0.9973 R=0.9409 and P=0.9794 R=0.9359.
  tuningSetFloor({
    name: 'the tuning set before sealed73',
    leaveOut: /^s(7[3-9]|8[0-9]|9[0-9]|10[0-9]|11[0-9]|12[0-9]|13[0-9]|14[0-9]|15[0-9]|16[0-9]|17[0-8])-/,
    tokens: 26121,
    floors: [0.9973, 0.9408, 0.9793, 0.9359],
  });

  // SEALED sets 73 to 76: sealed73 (366 tokens, sports medicine, athletic training and orthopedic urgent care),
  // sealed74 (377 tokens, medical professional liability insurers and hospital risk management), sealed75 (399 tokens,
  // specialty pharmacy, infusion drug inventory and buy-and-bill) and sealed76 (341 tokens, all-payer claims databases,
  // state health data submission and public health reporting), written and committed (fd6fa30, f459459, 87f3e0e,
  // d6894eb) by helpers who never read or ran the detector, then scored ONCE, together, on 2026-12-02 with the
  // detector of e09ce30 (after issue 11's fortieth pass; every miss: test/corpus/sealed73-first-score.txt …
  // sealed76-first-score.txt). Like sealed53–72, each puts at least 45 tokens of the five known codes in every kind of
  // context. A real CPT code the known set does not hold counts neither for nor against recall.
  //   sealed73, 5 codes:      P=0.9756 R=0.8696 (tp 40, fp 1, fn 6; 46 known codes)
  //   sealed73, 10,000 codes: P=0.9574 R=0.8824 (tp 45, fp 2, fn 6; 77 of its decoys are in the synthetic set)
  //   sealed74, 5 codes:      P=0.9552 R=0.8649 (tp 64, fp 3, fn 10; 74 known codes)
  //   sealed74, 10,000 codes: P=0.9143 R=0.8533 (tp 64, fp 6, fn 11)
  //   sealed75, 5 codes:      P=1.0000 R=0.7115 (tp 37, fp 0, fn 15; 52 known codes)
  //   sealed75, 10,000 codes: P=1.0000 R=0.6981 (tp 37, fp 0, fn 16)
  //   sealed76, 5 codes:      P=0.9880 R=0.8283 (tp 82, fp 1, fn 17; 99 known codes)
  //   sealed76, 10,000 codes: P=0.8876 R=0.7822 (tp 79, fp 10, fn 22)
  //   pooled,   5 codes:      P=0.9781 R=0.8229 (tp 223, fp 5, fn 48)
  //   pooled,   10,000 codes: P=0.9259 R=0.8036 (tp 225, fp 18, fn 55)
  // Issue 11's forty-first pass wrote rules after reading those misses, so sealed73 to sealed76 are TUNING data now
  // (in TUNING_SET, `s73-` to `s76-` kinds), held to the pass's score. Rules (lib/detect.ts, lib/detect/structured.ts,
  // lib/detect/column.ts; tests in detect-evidence.test.ts, "pass 41"), the false marks first: a pipe-delimited
  // record's code is the field its modifier field (two digits too, "50") and a units field follow, as in a comma row;
  // an earlier five-digit field is another column's (an all-payer claims extract's provider ZIP); "class" names another
  // field (a liability rating class). Then the misses: a header ending in an ordinal is read without it when the rest
  // names a procedure ("Other proc 1", "OTH_SURG_PROC_CODE_1"; "Column 1" is not one); an XML `code` attribute is a
  // code in an element named a procedure (`<Procedure code="64612"/>`); a CSV field is whole, no decimal comma's
  // fraction, when its modifier field is followed by empty fields, then a number ("1,64612,RT,,1,410.00"); a "Billed
  // code" or "Billing code" header names the procedure whatever its population.
  // Tuned: sealed73 5 codes P=0.9762 R=0.8913 (fp 1, fn 5), 10,000 codes P=0.9583 R=0.9020 (fp 2, fn 5); sealed74
  // 5 codes P=0.9577 R=0.9189 (fp 3, fn 6), 10,000 codes P=0.9315 R=0.9067 (fp 5, fn 7); sealed75 5 codes P=1.0000
  // R=0.8654 (fn 7), 10,000 codes P=1.0000 R=0.8491 (fn 8); sealed76 5 codes P=0.9888 R=0.8889 (fp 1, fn 11), 10,000
  // codes P=0.9474 R=0.8911 (fp 5, fn 11); pooled P=0.9798 R=0.8930 with 5 codes, P=0.9540 R=0.8893 with 10,000.
  // Left: the LEDES 1998B invoice number (3 false marks with 5 codes; the only evidence is the format's "[]" line
  // end, about 25 B); fixed-width discharge records (rejecting them drops their real codes too); "62780 lines
  // carry", "(report 38212)"; "Item", "Block", "Ref" and "Admin" columns; "MC058 64712"; "admin" as a procedure word
  // (a tuning false mark); an ordinal stripped from every label (lost 23 tuning tokens: NCCI's "Column 1"); "during"
  // as a breaker word (lost 8 tuning tokens).
  sealedSetsTuned([
    ['73', '5', 's73-', 366, KNOWN_5, 0.9761, 0.8913],
    ['73', '10,000', 's73-', 366, KNOWN_10K, 0.9583, 0.9019],
    ['74', '5', 's74-', 377, KNOWN_5, 0.9577, 0.9189],
    ['74', '10,000', 's74-', 377, KNOWN_10K, 0.9315, 0.9066],
    ['75', '5', 's75-', 399, KNOWN_5, 1, 0.8653],
    ['75', '10,000', 's75-', 399, KNOWN_10K, 1, 0.849],
    ['76', '5', 's76-', 341, KNOWN_5, 0.9887, 0.8888],
    ['76', '10,000', 's76-', 341, KNOWN_10K, 0.9473, 0.891],
  ]);
  // The tuning set before sealed77 (27,604 tokens, sealed73 to sealed76 included): before the forty-first pass
  // P=0.9967 R=0.9360 with 5 codes, P=0.9776 R=0.9309 with 10,000; after it P=0.9967 R=0.9391 and P=0.9785 R=0.9342;
  // after the forty-second P=0.9967 R=0.9429 and P=0.9787 R=0.9381.
  tuningSetFloor({
    name: 'the tuning set before sealed77',
    leaveOut: /^s(7[7-9]|8[0-9]|9[0-9]|10[0-9]|11[0-9]|12[0-9]|13[0-9]|14[0-9]|15[0-9]|16[0-9]|17[0-8])-/,
    tokens: 27604,
    floors: [0.9966, 0.9429, 0.9786, 0.938],
  });

  // SEALED sets 77 to 80: sealed77 (348 tokens, cash-pay medicine: direct primary care, cash-price surgery
  // centers and self-pay marketplaces), sealed78 (370 tokens, revenue-cycle software vendor support, release notes and
  // knowledge base), sealed79 (363 tokens, correctional health care) and sealed80 (389 tokens, PACE programs and
  // geriatric care management), written and committed (5898027, d0ca025, 939de6f, 5a7c1d9) by helpers who never read
  // or ran the detector, then scored ONCE, together, on 2026-12-02 with the detector of 41a1b49 (after issue 11's
  // forty-first pass; every miss: test/corpus/sealed77-first-score.txt … sealed80-first-score.txt). Like sealed53–76,
  // each puts at least 45 tokens of the five known codes in every kind of context. A real CPT code the known set does
  // not hold counts neither for nor against recall.
  //   sealed77, 5 codes:      P=1.0000 R=0.9189 (tp 68, fp 0, fn 6; 74 known codes)
  //   sealed77, 10,000 codes: P=0.8675 R=0.9231 (tp 72, fp 11, fn 6; 70 of its decoys are in the synthetic set)
  //   sealed78, 5 codes:      P=1.0000 R=0.8644 (tp 102, fp 0, fn 16; 118 known codes)
  //   sealed78, 10,000 codes: P=0.9358 R=0.8644 (tp 102, fp 7, fn 16)
  //   sealed79, 5 codes:      P=1.0000 R=0.8941 (tp 76, fp 0, fn 9; 85 known codes)
  //   sealed79, 10,000 codes: P=0.9647 R=0.8913 (tp 82, fp 3, fn 10)
  //   sealed80, 5 codes:      P=1.0000 R=0.9016 (tp 55, fp 0, fn 6; 61 known codes)
  //   sealed80, 10,000 codes: P=0.9661 R=0.9048 (tp 57, fp 2, fn 6)
  //   pooled,   5 codes:      P=1.0000 R=0.8905 (tp 301, fp 0, fn 37)
  //   pooled,   10,000 codes: P=0.9315 R=0.8917 (tp 313, fp 23, fn 38)
  // Issue 11's forty-second pass wrote rules after reading those misses, so sealed77 to sealed80 are TUNING data now
  // (in TUNING_SET, `s77-` to `s80-` kinds), held to the pass's score. Rules (lib/detect.ts; tests in
  // detect-evidence.test.ts, "pass 42"), the false marks first: "badge" names an identifier (a guard log's badge
  // number); a distance is measured from a place ("25 miles of 73069", "2.1 mi from": a ZIP); "batches" is the batch
  // label; three or more capitalised words are a name, not a description in the row ("Red Earth Surgery Center" beside
  // a listing id). Then the misses: a bare "Item" header over a column the data mostly knows lists codes ("Item #" and
  // "Ref" stay ids).
  // Tuned: sealed77 5 codes P=1.0000 R=0.9189 (fn 6), 10,000 codes P=0.9351 R=0.9231 (fp 5, fn 6); sealed78 5 codes
  // P=1.0000 R=0.9068 (fn 11), 10,000 codes P=0.9554 R=0.9068 (fp 5, fn 11); sealed79 5 codes P=1.0000 R=0.9529 (fn 4),
  // 10,000 codes P=1.0000 R=0.9457 (fn 5); sealed80 unchanged; pooled P=1.0000 R=0.9201 with 5 codes, P=0.9642
  // R=0.9202 with 10,000.
  // Left: "Bundles 31402 and 31417" and "from Tulsa (74133)" in prose; a "Ticket" column; "CHG-75240" after "change";
  // a "Ppt" (participant) column whose row has a description (ignoring the description when the table has a
  // procedure column lost 3 tuning codes); a "Column 2" pair grid and an "Item" rate sheet whose columns the 5-code
  // set mostly does not know; codes after procedure nouns in prose ("chemodenervation 64612"). "ticket" and
  // "listing" as identifier words, and a general -es plural, each lost tuning codes.
  sealedSetsTuned([
    ['77', '5', 's77-', 348, KNOWN_5, 1, 0.9189],
    ['77', '10,000', 's77-', 348, KNOWN_10K, 0.935, 0.923],
    ['78', '5', 's78-', 370, KNOWN_5, 1, 0.9067],
    ['78', '10,000', 's78-', 370, KNOWN_10K, 0.9553, 0.9067],
    ['79', '5', 's79-', 363, KNOWN_5, 1, 0.9529],
    ['79', '10,000', 's79-', 363, KNOWN_10K, 1, 0.9456],
    ['80', '5', 's80-', 389, KNOWN_5, 1, 0.9016],
    ['80', '10,000', 's80-', 389, KNOWN_10K, 0.9661, 0.9047],
  ]);
  // The tuning set before sealed81 (29,074 tokens, sealed77 to sealed80 included): before the forty-second pass
  // P=0.9968 R=0.9370 with 5 codes, P=0.9764 R=0.9323 with 10,000; after it P=0.9968 R=0.9419 and P=0.9780 R=0.9373;
  // after the forty-third (sealed81–84's misses) P=0.9968 R=0.9420 and P=0.9780 R=0.9374.
  tuningSetFloor({
    name: 'the tuning set before sealed81',
    leaveOut: /^s(8[1-9]|9[0-9]|10[0-9]|11[0-9]|12[0-9]|13[0-9]|14[0-9]|15[0-9]|16[0-9]|17[0-8])-/,
    tokens: 29074,
    floors: [0.9968, 0.942, 0.978, 0.9373],
  });

  // SEALED sets 81 to 84: sealed81 (352 tokens, No Surprises Act federal independent dispute resolution and
  // open negotiation between out-of-network providers and plans), sealed82 (387 tokens, practice acquisitions,
  // private-equity due diligence and valuation of a pain and peripheral-nerve practice), sealed83 (381 tokens, medical
  // device makers' reimbursement support and benefit-investigation hubs) and sealed84 (391 tokens, hospital
  // chargemaster maintenance and the annual code-update project), written and committed (ec2d9ff, 4d10800, 554817d,
  // d605bd0) by helpers who never read or ran the detector, then scored ONCE, together, on 2026-12-02 with the detector
  // of ace88e3 (after issue 11's forty-second pass; every miss: test/corpus/sealed81-first-score.txt …
  // sealed84-first-score.txt). Like sealed53–80, each puts at least 45 tokens of the five known codes in every kind of
  // context. A real CPT code the known set does not hold counts neither for nor against recall.
  //   sealed81, 5 codes:      P=1.0000 R=0.7582 (tp 69, fp 0, fn 22; 91 known codes)
  //   sealed81, 10,000 codes: P=0.9595 R=0.7634 (tp 71, fp 3, fn 22; 78 of its decoys are in the synthetic set)
  //   sealed82, 5 codes:      P=1.0000 R=0.8385 (tp 109, fp 0, fn 21; 130 known codes)
  //   sealed82, 10,000 codes: P=0.9646 R=0.8385 (tp 109, fp 4, fn 21)
  //   sealed83, 5 codes:      P=1.0000 R=0.8980 (tp 44, fp 0, fn 5; 49 known codes)
  //   sealed83, 10,000 codes: P=0.9057 R=0.9057 (tp 48, fp 5, fn 5)
  //   sealed84, 5 codes:      P=0.9841 R=0.7561 (tp 62, fp 1, fn 20; 82 known codes)
  //   sealed84, 10,000 codes: P=0.8732 R=0.7561 (tp 62, fp 9, fn 20)
  //   pooled,   5 codes:      P=0.9965 R=0.8068 (tp 284, fp 1, fn 68)
  //   pooled,   10,000 codes: P=0.9325 R=0.8101 (tp 290, fp 21, fn 68)
  // Issue 11's forty-third pass wrote rules after reading those misses, so sealed81 to sealed84 are TUNING data now
  // (in TUNING_SET, `s81-` to `s84-` kinds), held to the pass's score. Rules (lib/detect.ts; tests in
  // detect-evidence.test.ts, "pass 43"), the false marks first: a lower-case field glued by a bare comma before the
  // number is another CSV column's value, not a coding verb ("initiated,88561"); a "($000)" money unit in a header or
  // after the number makes it an amount in thousands; three blanks after a word end the label, so a procedure word
  // across the gap names another field ("charge interface   Journal 90034"). Then the misses: a CSV field between a
  // word field and a date field is whole, no decimal comma ("Meridian,64632,2025-01-10").
  // Tuned: sealed81 5 codes P=1.0000 R=0.7912 (fn 19), 10,000 codes P=1.0000 R=0.7957 (fn 19); sealed82 5 codes
  // unchanged, 10,000 codes P=0.9820 R=0.8385 (fp 2, fn 21); sealed83 unchanged; sealed84 5 codes unchanged, 10,000
  // codes P=0.8857 R=0.7561 (fp 8, fn 20); pooled P=0.9965 R=0.8153 with 5 codes, P=0.9513 R=0.8184 with 10,000.
  // Left: sealed83's CSV list heads (5 false marks with 10,000 codes: list logic over comma fields); "cost center is
  // still 61480" ("still" as a filler broke "the block is still 64445"); bare "Code" columns followed by a
  // sentence-case description (about 9 misses in sealed82 and sealed84: reading the description risks marking
  // chargemaster numbers); "(request 30558)"; a "Sending code" column; an "At 01/31/2025" amounts column; "charge 64714
  // (supply line…)", the one 5-code false mark; a CDM CSV whose header is out of reach.
  sealedSetsTuned([
    ['81', '5', 's81-', 352, KNOWN_5, 1, 0.7912],
    ['81', '10,000', 's81-', 352, KNOWN_10K, 1, 0.7956],
    ['82', '5', 's82-', 387, KNOWN_5, 1, 0.8384],
    ['82', '10,000', 's82-', 387, KNOWN_10K, 0.9819, 0.8384],
    ['83', '5', 's83-', 381, KNOWN_5, 1, 0.8979],
    ['83', '10,000', 's83-', 381, KNOWN_10K, 0.9056, 0.9056],
    ['84', '5', 's84-', 391, KNOWN_5, 0.9841, 0.756],
    ['84', '10,000', 's84-', 391, KNOWN_10K, 0.8857, 0.756],
  ]);
  // The tuning set before sealed85 (30,585 tokens, sealed81 to sealed84 included): before the forty-third pass
  // P=0.9968 R=0.9360 with 5 codes, P=0.9762 R=0.9317 with 10,000; after it P=0.9968 R=0.9365 and P=0.9770 R=0.9322;
  // after the forty-fourth unchanged.
  tuningSetFloor({
    name: 'the tuning set before sealed85',
    leaveOut: /^s(8[5-9]|9[0-9]|10[0-9]|11[0-9]|12[0-9]|13[0-9]|14[0-9]|15[0-9]|16[0-9]|17[0-8])-/,
    tokens: 30585,
    floors: [0.9968, 0.9364, 0.9769, 0.9321],
  });

  // SEALED sets 85 to 88: sealed85 (390 tokens, computer-assisted coding and AI scribe tools), sealed86 (367
  // tokens, health services research and claims-data studies that define cohorts by CPT), sealed87 (381 tokens,
  // managed-care contracting and rate negotiation) and sealed88 (357 tokens, patient access and pre-registration
  // centers), written and committed (c11fc82, 8d0261d, 86b0d51, 8938299) by helpers who never read or ran the
  // detector, then scored ONCE, together, on 2026-12-02 with the detector of 6bbbfa7 (after issue 11's forty-third
  // pass; every miss: test/corpus/sealed85-first-score.txt … sealed88-first-score.txt). Like sealed53–84, each puts at
  // least 45 tokens of the five known codes in every kind of context. A real CPT code the known set does not hold
  // counts neither for nor against recall.
  //   sealed85, 5 codes:      P=1.0000 R=0.7184 (tp 74, fp 0, fn 29; 103 known codes)
  //   sealed85, 10,000 codes: P=0.9268 R=0.7238 (tp 76, fp 6, fn 29; 75 of its decoys are in the synthetic set)
  //   sealed86, 5 codes:      P=0.9753 R=0.8876 (tp 79, fp 2, fn 10; 89 known codes)
  //   sealed86, 10,000 codes: P=0.9294 R=0.8876 (tp 79, fp 6, fn 10)
  //   sealed87, 5 codes:      P=1.0000 R=0.8917 (tp 107, fp 0, fn 13; 120 known codes)
  //   sealed87, 10,000 codes: P=0.9817 R=0.8917 (tp 107, fp 2, fn 13)
  //   sealed88, 5 codes:      P=1.0000 R=0.8352 (tp 76, fp 0, fn 15; 91 known codes)
  //   sealed88, 10,000 codes: P=0.9753 R=0.8495 (tp 79, fp 2, fn 14)
  //   pooled,   5 codes:      P=0.9941 R=0.8337 (tp 336, fp 2, fn 67)
  //   pooled,   10,000 codes: P=0.9552 R=0.8378 (tp 341, fp 16, fn 66)
  // Issue 11's forty-fourth pass wrote rules after reading those misses, so sealed85 to sealed88 are TUNING data now
  // (in TUNING_SET, `s85-` to `s88-` kinds), held to the pass's score. Rules (lib/detect.ts; tests in
  // detect-evidence.test.ts, "pass 44"), false marks only: a possessive before a lower-case coding verb bound to the
  // number makes it a record noun ("Your request 64714 has moved": a ticket; "Your request for 64712" keeps its verb);
  // a percentage in parentheses after two blanks makes the number a count (a KPI tile, "Auto-finalized 58121  (76.3%)").
  // Tuned: sealed85 10,000 codes P=0.9383 R=0.7238 (fp 5, fn 29), 5 codes unchanged; sealed86 5 codes P=0.9875
  // R=0.8876 (fp 1, fn 10), 10,000 codes P=0.9405 R=0.8876 (fp 5, fn 10); sealed87 and sealed88 unchanged; pooled
  // P=0.9970 R=0.8337 with 5 codes, P=0.9606 R=0.8378 with 10,000.
  // Left (the pass ran out of its 30 minutes before the misses): columns under headers no list knows ("Top override",
  // "AI", "Value", "When engine suggests"), JSON and OMOP concept sets, "order 64712", an X12 `HC 64712` inside message
  // text; false marks "cohort of 48201" (about 14 B for one mark), "your DUA (64712)", "change request 77446", "97612
  // person-years", "93711 de-identified notes", "clinic (52233)".
  sealedSetsTuned([
    ['85', '5', 's85-', 390, KNOWN_5, 1, 0.7184],
    ['85', '10,000', 's85-', 390, KNOWN_10K, 0.9382, 0.7238],
    ['86', '5', 's86-', 367, KNOWN_5, 0.9875, 0.8876],
    ['86', '10,000', 's86-', 367, KNOWN_10K, 0.9404, 0.8876],
    ['87', '5', 's87-', 381, KNOWN_5, 1, 0.8916],
    ['87', '10,000', 's87-', 381, KNOWN_10K, 0.9816, 0.8916],
    ['88', '5', 's88-', 357, KNOWN_5, 1, 0.8351],
    ['88', '10,000', 's88-', 357, KNOWN_10K, 0.9753, 0.8494],
  ]);
  // The tuning set before sealed89 (32,080 tokens, sealed85 to sealed88 included): before the forty-fourth pass P=0.9967
  // R=0.9316 with 5 codes, P=0.9760 R=0.9277 with 10,000; after it P=0.9968 R=0.9316 and P=0.9763 R=0.9277; after
  // the forty-fifth pass (rules from sealed89–92's misses) P=0.9968 R=0.9348 and P=0.9763 R=0.9311.
  tuningSetFloor({
    name: 'the tuning set before sealed89',
    leaveOut: /^s(89|9[0-9]|10[0-9]|11[0-9]|12[0-9]|13[0-9]|14[0-9]|15[0-9]|16[0-9]|17[0-8])-/,
    tokens: 32080,
    floors: [0.9968, 0.9348, 0.9763, 0.9311],
  });

  // SEALED sets 89 to 92: sealed89 (405 tokens, hospital acute pain service and regional anesthesia
  // operations), sealed90 (391 tokens, payer special investigations units and fraud, waste and abuse analytics),
  // sealed91 (373 tokens, Indian Health Service, tribal 638 clinics and Purchased/Referred Care) and sealed92 (371
  // tokens, neurosurgery and peripheral nerve surgery charge review), written and committed (4e5cb4d, 2445526,
  // 3ec0acc, 52baf16) by helpers who never read or ran the detector, then scored ONCE, together, on 2026-12-02 with the
  // detector of 0565ed5 (after issue 11's forty-fourth pass; every miss: test/corpus/sealed89-first-score.txt …
  // sealed92-first-score.txt). Like sealed53–88, each puts at least 45 tokens of the five known codes in every kind of
  // context. A real CPT code the known set does not hold counts neither for nor against recall.
  //   sealed89, 5 codes:      P=1.0000 R=0.7885 (tp 41, fp 0, fn 11; 52 known codes)
  //   sealed89, 10,000 codes: P=0.9672 R=0.8429 (tp 59, fp 2, fn 11; 80 of its decoys are in the synthetic set)
  //   sealed90, 5 codes:      P=1.0000 R=0.9196 (tp 103, fp 0, fn 9; 112 known codes)
  //   sealed90, 10,000 codes: P=0.9375 R=0.9211 (tp 105, fp 7, fn 9)
  //   sealed91, 5 codes:      P=0.9825 R=0.8485 (tp 56, fp 1, fn 10; 66 known codes)
  //   sealed91, 10,000 codes: P=0.9344 R=0.8507 (tp 57, fp 4, fn 10)
  //   sealed92, 5 codes:      P=0.9643 R=0.8060 (tp 54, fp 2, fn 13; 67 known codes)
  //   sealed92, 10,000 codes: P=0.9655 R=0.8000 (tp 56, fp 2, fn 14)
  //   pooled,   5 codes:      P=0.9883 R=0.8552 (tp 254, fp 3, fn 43)
  //   pooled,   10,000 codes: P=0.9486 R=0.8629 (tp 277, fp 15, fn 44)
  // Issue 11's forty-fifth pass wrote rules after reading those misses, so sealed89 to sealed92 are TUNING data now
  // (in TUNING_SET, `s89-` to `s92-` kinds), held to the pass's score. Rules (lib/detect.ts; tests in
  // detect-evidence.test.ts, "pass 45"), the false marks first: a number right after a GS1 barcode field in
  // parentheses ("(10)64612(21)…") is a lot or serial. Then the misses: a header no list knows is a code column when
  // the table has a modifier column (an NCCI "Column 1 / Column 2" table with a "Mod. ind." column); a procedure header
  // over a half-known column is a code column when its rows have no description (a chargemaster's shape keeps its
  // numbers); "64632 ×22" marks a code billed that often; an XML claim line's bare `<Proc>` holds the procedure code;
  // two description words and a bracketed aside after the number describe it ("64712 sciatic neuroplasty (needs
  // PRC)"); a procedure noun before "code" names a procedure code ("the neurolysis code 64632").
  // Tuned: sealed89 5 codes P=1.0000 R=0.8462 (fn 8), 10,000 codes unchanged; sealed90 5 codes P=1.0000 R=0.9554 (fn
  // 5), 10,000 codes P=0.9397 R=0.9561 (fp 7, fn 5); sealed91 5 codes P=0.9831 R=0.8788 (fp 1, fn 8), 10,000 codes
  // P=0.9365 R=0.8806 (fp 4, fn 8); sealed92 5 codes P=0.9836 R=0.8955 (fp 1, fn 7), 10,000 codes P=0.9841 R=0.8857
  // (fp 1, fn 8); pooled P=0.9926 R=0.9057 with 5 codes, P=0.9538 R=0.9003 with 10,000.
  // Left: "Lead" as an id word (3 sealed90 false marks; it cost a tuning token, a blood lead test); an exact-half known
  // column read as saying nothing (7 new tuning false marks); a tray-number list; "Event report 52594"; "Ste 2900,
  // 15219"; "APS billed", "Item" and "Sched code" columns; NCCI prose ("64712 over 64445"); "with LT. 64612 is…";
  // "then a 64632 series", "for possible 64612", "Allow 64445, deny …".
  sealedSetsTuned([
    ['89', '5', 's89-', 405, KNOWN_5, 1, 0.8461],
    ['89', '10,000', 's89-', 405, KNOWN_10K, 0.9672, 0.8428],
    ['90', '5', 's90-', 391, KNOWN_5, 1, 0.9553],
    ['90', '10,000', 's90-', 391, KNOWN_10K, 0.9396, 0.9561],
    ['91', '5', 's91-', 373, KNOWN_5, 0.983, 0.8787],
    ['91', '10,000', 's91-', 373, KNOWN_10K, 0.9365, 0.8805],
    ['92', '5', 's92-', 371, KNOWN_5, 0.9836, 0.8955],
    ['92', '10,000', 's92-', 371, KNOWN_10K, 0.9841, 0.8857],
  ]);
  // The tuning set before sealed93 (33,620 tokens, sealed89 to sealed92 included): before the forty-fifth pass P=0.9966
  // R=0.9290 with 5 codes, P=0.9753 R=0.9254 with 10,000; after it P=0.9967 R=0.9339 and P=0.9756 R=0.9300; after
  // the forty-sixth P=0.9967 R=0.9344 and P=0.9758 R=0.9304.
  tuningSetFloor({
    name: 'the tuning set before sealed93',
    leaveOut: /^s(9[3-9]|10[0-9]|11[0-9]|12[0-9]|13[0-9]|14[0-9]|15[0-9]|16[0-9]|17[0-8])-/,
    tokens: 33620,
    floors: [0.9967, 0.9343, 0.9758, 0.9304],
  });

  // SEALED sets 93 to 96: sealed93 (381 tokens, virtual-first clinics and telehealth platforms), sealed94 (342
  // tokens, ACO operations and CMS claim and claim line feed analytics), sealed95 (359 tokens, disability insurance
  // claims and independent medical examinations) and sealed96 (397 tokens, pelvic pain, urogynecology and pudendal
  // neuralgia clinics), written and committed (767dc23, 29b73f8, 6d7795d, 30318b7) by helpers who never read or ran the
  // detector, then scored ONCE, together, on 2026-12-02 with the detector of 4993a5a (after issue 11's forty-fifth pass;
  // every miss: test/corpus/sealed93-first-score.txt … sealed96-first-score.txt). Like sealed53–92, each puts at least
  // 45 tokens of the five known codes in every kind of context (sealed93 and sealed96 have 48 and 47 in all). A real
  // CPT code the known set does not hold counts neither for nor against recall.
  //   sealed93, 5 codes:      P=0.9762 R=0.8542 (tp 41, fp 1, fn 7; 48 known codes)
  //   sealed93, 10,000 codes: P=0.9556 R=0.8113 (tp 43, fp 2, fn 10; 71 of its decoys are in the synthetic set)
  //   sealed94, 5 codes:      P=1.0000 R=0.9419 (tp 81, fp 0, fn 5; 86 known codes)
  //   sealed94, 10,000 codes: P=1.0000 R=0.9419 (tp 81, fp 0, fn 5)
  //   sealed95, 5 codes:      P=0.9863 R=0.7423 (tp 72, fp 1, fn 25; 97 known codes)
  //   sealed95, 10,000 codes: P=0.9114 R=0.7423 (tp 72, fp 7, fn 25)
  //   sealed96, 5 codes:      P=0.9767 R=0.8936 (tp 42, fp 1, fn 5; 47 known codes)
  //   sealed96, 10,000 codes: P=0.8936 R=0.8936 (tp 42, fp 5, fn 5)
  //   pooled,   5 codes:      P=0.9874 R=0.8489 (tp 236, fp 3, fn 42)
  //   pooled,   10,000 codes: P=0.9444 R=0.8410 (tp 238, fp 14, fn 45)
  // Issue 11's forty-sixth pass wrote rules after reading those misses, so sealed93 to sealed96 are TUNING data now
  // (in TUNING_SET, `s93-` to `s96-` kinds), held to the pass's score. Rules (lib/detect.ts; tests in
  // detect-evidence.test.ts, "pass 46"): a line-item ("Item") cell before a noun-and-comma description ("Neuroplasty,
  // sciatic nerve") is a code, unless it opens the row (a supply list's stock number); a "Ref" column the data mostly
  // knows is a code column when a value in it repeats (a reference number is written once); "Bates" names a document
  // page stamp; a lower-case "post" right before a number names the operation done ("status post 64712"; a capitalised
  // "Post" is a forum post's number); "request" in parentheses or after "change" is a ticket's number, not the verb.
  // Tuned: sealed93 5 codes P=0.9773 R=0.8958 (fp 1, fn 5), 10,000 codes P=0.9574 R=0.8491 (fp 2, fn 8); sealed94
  // unchanged; sealed95 5 codes P=0.9880 R=0.8454 (fp 1, fn 15), 10,000 codes P=0.9425 R=0.8454 (fp 5, fn 15); sealed96
  // unchanged; pooled P=0.9880 R=0.8921 with 5 codes, P=0.9542 R=0.8834 with 10,000.
  // Left: CSV rows given one line per node whose header line lies beyond the 80 characters of context (sealed96's
  // registry, sealed95's records index: 5 false marks, 6 misses); "Missouri (64445)", "moved to 80123 (Littleton)"; a
  // tickets "Linked" column; a "Driver" column, a "Don't use" column and its tip-sheet prose; "Prior 64712"; a JSON
  // `"code"` with no coding system beside it; "64445 to Front Range ASC".
  sealedSetsTuned([
    ['93', '5', 's93-', 381, KNOWN_5, 0.9772, 0.8958],
    ['93', '10,000', 's93-', 381, KNOWN_10K, 0.9574, 0.849],
    ['94', '5', 's94-', 342, KNOWN_5, 1, 0.9418],
    ['94', '10,000', 's94-', 342, KNOWN_10K, 1, 0.9418],
    ['95', '5', 's95-', 359, KNOWN_5, 0.9879, 0.8453],
    ['95', '10,000', 's95-', 359, KNOWN_10K, 0.9425, 0.8453],
    ['96', '5', 's96-', 397, KNOWN_5, 0.9767, 0.8936],
    ['96', '10,000', 's96-', 397, KNOWN_10K, 0.8936, 0.8936],
  ]);
  // The tuning set before sealed97 (35,099 tokens, sealed93 to sealed96 included): before the forty-sixth pass P=0.9964
  // R=0.9313 with 5 codes, P=0.9747 R=0.9273 with 10,000; after it P=0.9964 R=0.9331 and P=0.9752 R=0.9290; after
  // the forty-seventh pass (sealed97–100's misses) P=0.9964 R=0.9338 and P=0.9752 R=0.9298.
  tuningSetFloor({
    name: 'the tuning set before sealed97',
    leaveOut: /^s(9[7-9]|10[0-9]|11[0-9]|12[0-9]|13[0-9]|14[0-9]|15[0-9]|16[0-9]|17[0-8])-/,
    tokens: 35099,
    floors: [0.9964, 0.9338, 0.9751, 0.9297],
  });

  // SEALED sets 97 to 100: sealed97 (332 tokens, university student health services and student health insurance
  // plans), sealed98 (363 tokens, practice-management system conversions and data migration), sealed99 (362 tokens,
  // prior-authorization exemption ("gold carding") programs and state prior-auth reform reporting) and sealed100 (346
  // tokens, health care sharing ministries and medical cost-sharing members), written and committed (679a251, 58bc2d6,
  // e6a41f2, 28b11d7) by helpers who never read or ran the detector, then scored ONCE, together, on 2026-12-02 with the
  // detector of 9780c85 (after issue 11's forty-sixth pass; every miss: test/corpus/sealed97-first-score.txt …
  // sealed100-first-score.txt). Like sealed53–96, each puts at least 45 tokens of the five known codes in every kind of
  // context. A real CPT code the known set does not hold counts neither for nor against recall.
  //   sealed97, 5 codes:       P=0.9787 R=0.9388 (tp 46, fp 1, fn 3; 49 known codes)
  //   sealed97, 10,000 codes:  P=0.9615 R=0.9091 (tp 50, fp 2, fn 5; 72 of its decoys are in the synthetic set)
  //   sealed98, 5 codes:       P=0.9767 R=0.8660 (tp 84, fp 2, fn 13; 97 known codes)
  //   sealed98, 10,000 codes:  P=0.8317 R=0.8660 (tp 84, fp 17, fn 13)
  //   sealed99, 5 codes:       P=0.9906 R=0.9813 (tp 105, fp 1, fn 2; 107 known codes)
  //   sealed99, 10,000 codes:  P=0.9558 R=0.9730 (tp 108, fp 5, fn 3)
  //   sealed100, 5 codes:      P=1.0000 R=0.8194 (tp 59, fp 0, fn 13; 72 known codes)
  //   sealed100, 10,000 codes: P=0.9275 R=0.8000 (tp 64, fp 5, fn 16)
  //   pooled,    5 codes:      P=0.9866 R=0.9046 (tp 294, fp 4, fn 31)
  //   pooled,    10,000 codes: P=0.9134 R=0.8921 (tp 306, fp 29, fn 37)
  // Issue 11's forty-seventh pass wrote rules after reading those misses, so sealed97 to sealed100 are TUNING data now
  // (in TUNING_SET, `s97-` to `s100-` kinds), held to the pass's score. Rules (lib/detect.ts; tests in
  // detect-evidence.test.ts, "pass 47"): a "Service code" or "Svc code" header names the service line's procedure, as
  // "Billed code" does; a "Legacy … code" header ("Legacy chg code") names the old system's local number in a
  // conversion crosswalk; a row cell opening with a figure and a blank ("4 per yr") is a value, not a field name; a
  // value the row writes twice, under a participle or a "… code" head beside a "Billed code" column, is an audit's
  // second reading of that code; an XML authorization's `code` attribute (`<PriorAuth … code="64612"/>`) is the
  // authorized service's code.
  // Tuned: sealed97 5 codes P=0.9796 R=0.9796 (fp 1, fn 1), 10,000 codes P=0.9630 R=0.9455 (fp 2, fn 3); sealed98 5
  // codes P=0.9886 R=0.8969 (fp 1, fn 10), 10,000 codes P=0.9158 R=0.8969 (fp 8, fn 10); sealed99 unchanged; sealed100
  // 5 codes P=1.0000 R=0.9028 (fn 7), 10,000 codes P=0.9351 R=0.9000 (fp 5, fn 8); pooled P=0.9903 R=0.9385 with 5
  // codes, P=0.9410 R=0.9300 with 10,000.
  // Left: sealed98's CSV rows given one line per node, whose header line lies out of reach (6 false marks with
  // 10,000 codes); a whitespace-aligned "Legacy#" report column (2); sealed100's cash-price "Item" column, exactly half
  // known, whose codes open their rows (5 misses); prose code lists ("spot-check 64712, 64714, 64445"); a JSON `"cpt"`
  // key after a suffixed value; sealed99's state-portal CSV rows and prose false marks.
  sealedSetsTuned([
    ['97', '5', 's97-', 332, KNOWN_5, 0.9795, 0.9795],
    ['97', '10,000', 's97-', 332, KNOWN_10K, 0.9629, 0.9454],
    ['98', '5', 's98-', 363, KNOWN_5, 0.9886, 0.8969],
    ['98', '10,000', 's98-', 363, KNOWN_10K, 0.9157, 0.8969],
    ['99', '5', 's99-', 362, KNOWN_5, 0.9905, 0.9813],
    ['99', '10,000', 's99-', 362, KNOWN_10K, 0.9557, 0.9729],
    ['100', '5', 's100-', 346, KNOWN_5, 1, 0.9027],
    ['100', '10,000', 's100-', 346, KNOWN_10K, 0.935, 0.9],
  ]);
  // The tuning set before sealed101 (36,502 tokens, sealed97 to sealed100 included): after the forty-seventh pass
  // P=0.9962 R=0.9340 with 5 codes, P=0.9739 R=0.9298 with 10,000; after the forty-eighth (sealed101–104's misses)
  // P=0.9962 R=0.9353 and P=0.9740 R=0.9310.
  tuningSetFloor({
    name: 'the tuning set before sealed101',
    leaveOut: /^s1(0[1-9]|1[0-9]|2[0-9]|3[0-9]|4[0-9]|5[0-9]|6[0-9]|7[0-8])-/,
    tokens: 36502,
    floors: [0.9962, 0.9352, 0.974, 0.931],
  });

  // SEALED sets 101 to 104: sealed101 (345 tokens, Medicare Secondary Payer and coordination-of-benefits recovery),
  // sealed102 (377 tokens, hospital outpatient OPPS claim editing and APC grouping), sealed103 (336 tokens, Medicare
  // Part B claim appeals through every level) and sealed104 (381 tokens, commercial payers' reimbursement policy
  // bulletins and claim-editing software release notes), written and committed (f748596, f8f08d9, 084c6b2, 299f34d) by
  // helpers who never read or ran the detector, then scored ONCE, together, on 2026-12-02 with the detector of c7c57fe
  // (after issue 11's forty-seventh pass; every miss: test/corpus/sealed101-first-score.txt …
  // sealed104-first-score.txt). Like sealed53–100, each puts at least 45 tokens of the five known codes in every kind of
  // context. A real CPT code the known set does not hold counts neither for nor against recall.
  //   sealed101, 5 codes:      P=1.0000 R=0.9468 (tp 89, fp 0, fn 5; 94 known codes)
  //   sealed101, 10,000 codes: P=0.9674 R=0.9468 (tp 89, fp 3, fn 5; 78 of its decoys are in the synthetic set)
  //   sealed102, 5 codes:      P=1.0000 R=0.8611 (tp 93, fp 0, fn 15; 108 known codes)
  //   sealed102, 10,000 codes: P=0.9588 R=0.8611 (tp 93, fp 4, fn 15)
  //   sealed103, 5 codes:      P=1.0000 R=0.8736 (tp 76, fp 0, fn 11; 87 known codes)
  //   sealed103, 10,000 codes: P=0.9620 R=0.8736 (tp 76, fp 3, fn 11)
  //   sealed104, 5 codes:      P=1.0000 R=0.8661 (tp 97, fp 0, fn 15; 112 known codes)
  //   sealed104, 10,000 codes: P=0.9604 R=0.8661 (tp 97, fp 4, fn 15)
  //   pooled,    5 codes:      P=1.0000 R=0.8853 (tp 355, fp 0, fn 46)
  //   pooled,    10,000 codes: P=0.9621 R=0.8853 (tp 355, fp 14, fn 46)
  // Issue 11's forty-eighth pass wrote rules after reading those misses, so sealed101 to sealed104 are TUNING data now
  // (in TUNING_SET, `s101-` to `s104-` kinds), held to the pass's score. Rules (lib/detect.ts; tests in
  // detect-evidence.test.ts, "pass 48"): a plural "charges" header holds money ("Gross charges"; a singular "Charge"
  // still names the procedure); in a record that names one procedure, a value after its code's modifier, fee and a
  // field opening with no digit is another column's; "run" (a pricer's or batch job's) and "stop" (a mail stop) name
  // other numbers; an XML `proc` attribute, and a `value` attribute beside `system="CPT"`, hold the procedure code; a
  // delimited field followed by a field naming CPT or HCPCS is that system's code; a field after a date field is whole,
  // not a decimal comma's fraction, when a word or count field follows; a "Line item" column the data mostly knows lists
  // codes, as "Item" does; a header whose slash alternatives open with CPT or HCPCS names the code column; "Neither"
  // opening a sentence is a conjunction, not a label.
  // Tuned: sealed101 5 codes P=1.0000 R=0.9894 (fn 1), 10,000 codes P=0.9894 R=0.9894 (fp 1, fn 1); sealed102 5 codes
  // P=1.0000 R=0.9630 (fn 4), 10,000 codes P=1.0000 R=0.9630 (fn 4); sealed103 5 codes P=1.0000 R=0.9195 (fn 7),
  // 10,000 codes P=0.9639 R=0.9195 (fp 3, fn 7); sealed104 5 codes P=1.0000 R=0.8839 (fn 13), 10,000 codes P=0.9706
  // R=0.8839 (fp 3, fn 13); pooled P=1.0000 R=0.9377 with 5 codes, P=0.9817 R=0.9377 with 10,000.
  // Left (no bytes were left for them): prose such as "a diagnostic 64445", "Theory: 64714 is …", "Is 64632 limited
  // …"; code lists in cells whose header says nothing; an OPPS "Item" column the data knows only half of; HL7 FT1-7;
  // false marks in CSV lines that open with an id, an exhibit page range, and a "Deleted edit" column (adding "edit" to
  // the other-field words cost five tuning codes, "edit pair 64712/64445").
  sealedSetsTuned([
    ['101', '5', 's101-', 345, KNOWN_5, 1, 0.9893],
    ['101', '10,000', 's101-', 345, KNOWN_10K, 0.9893, 0.9893],
    ['102', '5', 's102-', 377, KNOWN_5, 1, 0.9629],
    ['102', '10,000', 's102-', 377, KNOWN_10K, 1, 0.9629],
    ['103', '5', 's103-', 336, KNOWN_5, 1, 0.9195],
    ['103', '10,000', 's103-', 336, KNOWN_10K, 0.9638, 0.9195],
    ['104', '5', 's104-', 381, KNOWN_5, 1, 0.8839],
    ['104', '10,000', 's104-', 381, KNOWN_10K, 0.9705, 0.8839],
  ]);
  // The tuning set before sealed105 (37,941 tokens, sealed101 to sealed104 included): after the forty-eighth pass
  // P=0.9964 R=0.9354 with 5 codes, P=0.9744 R=0.9313 with 10,000; after the forty-ninth (sealed105–108's misses)
  // P=0.9964 R=0.9358 and P=0.9745 R=0.9317.
  tuningSetFloor({
    name: 'the tuning set before sealed105',
    leaveOut: /^s1(0[5-9]|1[0-9]|2[0-9]|3[0-9]|4[0-9]|5[0-9]|6[0-9]|7[0-8])-/,
    tokens: 37941,
    floors: [0.9963, 0.9357, 0.9744, 0.9316],
  });

  // SEALED sets 105 to 108: sealed105 (371 tokens, the VA Community Care Network and Veterans' community care),
  // sealed106 (359 tokens, payers' FHIR APIs and developer portals), sealed107 (387 tokens, medical stop-loss insurance
  // and group captives) and sealed108 (400 tokens, health plan benefit configuration and plan documents), written and
  // committed (50c76e2, 95ff9e4, 179346d, 939b1da) by helpers who never read or ran the detector, then scored ONCE,
  // together, on 2026-12-03 with the detector of b32280d (after issue 11's forty-eighth pass; every miss:
  // test/corpus/sealed105-first-score.txt … sealed108-first-score.txt). Like sealed53–104, each puts at least 45 tokens
  // of the five known codes in every kind of context. A real CPT code the known set does not hold counts neither for
  // nor against recall.
  //   sealed105, 5 codes:      P=1.0000 R=0.8242 (tp 75, fp 0, fn 16; 91 known codes)
  //   sealed105, 10,000 codes: P=0.9750 R=0.8125 (tp 78, fp 2, fn 18; 67 of its decoys are in the synthetic set)
  //   sealed106, 5 codes:      P=1.0000 R=0.9140 (tp 85, fp 0, fn 8; 93 known codes)
  //   sealed106, 10,000 codes: P=0.9773 R=0.9149 (tp 86, fp 2, fn 8)
  //   sealed107, 5 codes:      P=1.0000 R=0.9146 (tp 75, fp 0, fn 7; 82 known codes)
  //   sealed107, 10,000 codes: P=0.9625 R=0.9167 (tp 77, fp 3, fn 7)
  //   sealed108, 5 codes:      P=1.0000 R=0.8430 (tp 102, fp 0, fn 19; 121 known codes)
  //   sealed108, 10,000 codes: P=0.9123 R=0.8320 (tp 104, fp 10, fn 21)
  //   pooled,    5 codes:      P=1.0000 R=0.8708 (tp 337, fp 0, fn 50)
  //   pooled,    10,000 codes: P=0.9530 R=0.8647 (tp 345, fp 17, fn 54)
  // Issue 11's forty-ninth pass wrote rules after reading those misses, so sealed105 to sealed108 are TUNING data now
  // (in TUNING_SET, `s105-` to `s108-` kinds), held to the pass's score. Rules (lib/detect.ts; tests in
  // detect-evidence.test.ts, "pass 49"): "rule" bound to a number names a benefit or edit rule ("Service Rule: 20412");
  // a number after ", for example" is a sample value of the field named before it ("Enter a ZIP code, for example
  // 33612"); "series" after a number is a course of that procedure, not a count; "while" is a conjunction; "approves"
  // is a coding verb; a header of one word and "report" ("TPA report") holds report numbers; a cell that goes on in
  // words after the number ("64612 on 07/02, auth ended 06/30") is a phrase, which a field named elsewhere in the row no
  // longer decides; a column with no header, half of whose values are known, lists codes when the row describes the
  // value; RT or LT one blank before the number is that code's side ("RT 64712 and LT 64712"); "on <date>" right after
  // the number, with no word bound before it, is a service's date.
  // Tuned: sealed105 5 codes P=1.0000 R=0.9011 (fn 9), 10,000 codes P=0.9884 R=0.8854 (fp 1, fn 11); sealed106 5 codes
  // P=1.0000 R=0.9355 (fn 6), 10,000 codes P=0.9778 R=0.9362 (fp 2, fn 6); sealed107 5 codes P=1.0000 R=0.9634 (fn 3),
  // 10,000 codes P=1.0000 R=0.9643 (fn 3); sealed108 5 codes P=1.0000 R=0.8512 (fn 18), 10,000 codes P=0.9545 R=0.8400
  // (fp 5, fn 20); pooled P=1.0000 R=0.9070 with 5 codes, P=0.9782 R=0.8997 with 10,000.
  // Left (about 4 B of the budget remained): a "SEOC / key code" column ("PAIN INTV / 64445"), "Order code" columns
  // (letting their values decide cost five tuning false marks in lab catalogs), code ranges in From/Thru, Low/High and
  // Range cells and XML `<CodeRange>`, lists that open with an unknown value, and one-off phrasings ("referral
  // approving 64632", "billed with code 64612", "today 64632"); false marks "Draft saved as 85097", a FHIR reference
  // "Procedure/proc-77068", an HL7 MSH line after a log timestamp, "rule 20418 fired, not 20464", "Skipped: 20412",
  // form numbers in parentheses after form ids.
  sealedSetsTuned([
    ['105', '5', 's105-', 371, KNOWN_5, 1, 0.901],
    ['105', '10,000', 's105-', 371, KNOWN_10K, 0.9883, 0.8854],
    ['106', '5', 's106-', 359, KNOWN_5, 1, 0.9354],
    ['106', '10,000', 's106-', 359, KNOWN_10K, 0.9777, 0.9361],
    ['107', '5', 's107-', 387, KNOWN_5, 1, 0.9634],
    ['107', '10,000', 's107-', 387, KNOWN_10K, 1, 0.9642],
    ['108', '5', 's108-', 400, KNOWN_5, 1, 0.8512],
    ['108', '10,000', 's108-', 400, KNOWN_10K, 0.9545, 0.84],
  ]);
  // The tuning set before sealed109 (39,458 tokens, sealed105 to sealed108 included): after the forty-ninth pass
  // P=0.9965 R=0.9347 with 5 codes, P=0.9746 R=0.9305 with 10,000; after the fiftieth (sealed109–116's misses)
  // P=0.9965 R=0.9348 and P=0.9750 R=0.9306.
  tuningSetFloor({
    name: 'the tuning set before sealed109',
    leaveOut: /^s1(09|1[0-9]|2[0-9]|3[0-9]|4[0-9]|5[0-9]|6[0-9]|7[0-8])-/,
    tokens: 39458,
    floors: [0.9965, 0.9347, 0.975, 0.9305],
  });

  // SEALED sets 109 to 116: sealed109 (392 tokens, Medicare Administrative Contractors' portals, lookup tools,
  // provider education and medical review), sealed110 (359 tokens, good faith estimates and patient cost estimation),
  // sealed111 (386 tokens, an outsourced medical billing company), sealed112 (353 tokens, Medicaid managed care
  // encounter data), sealed113 (359 tokens, Medicare Set-Aside allocations and life care plans), sealed114 (351 tokens,
  // hospital cost accounting and service-line profitability), sealed115 (363 tokens, surgical outcome registries and
  // case abstraction) and sealed116 (371 tokens, a payer's medical policy development and technology assessment),
  // written and committed (e7424a8, e000772, 108d0c2, bd8c224, d9f8707, 9fb3cc6, 70676ed, a63d58c) by helpers who
  // never read or ran the detector, then scored ONCE, together, on 2026-12-03 with the detector of dc9540e (after issue
  // 11's forty-ninth pass; every miss: test/corpus/sealed109-first-score.txt … sealed116-first-score.txt). Like
  // sealed53–108, each puts at least 45 tokens of the five known codes in every kind of context. A real CPT code the
  // known set does not hold counts neither for nor against recall.
  //   sealed109, 5 codes:      P=0.9908 R=0.8926 (tp 108, fp 1, fn 13; 121 known codes)
  //   sealed109, 10,000 codes: P=0.9558 R=0.8926 (tp 108, fp 5, fn 13; 65 of its decoys are in the synthetic set)
  //   sealed110, 5 codes:      P=0.9750 R=0.8041 (tp 78, fp 2, fn 19; 97 known codes)
  //   sealed110, 10,000 codes: P=0.9750 R=0.8041 (tp 78, fp 2, fn 19)
  //   sealed111, 5 codes:      P=1.0000 R=0.8521 (tp 121, fp 0, fn 21; 142 known codes)
  //   sealed111, 10,000 codes: P=0.9918 R=0.8521 (tp 121, fp 1, fn 21)
  //   sealed112, 5 codes:      P=1.0000 R=0.8864 (tp 117, fp 0, fn 15; 132 known codes)
  //   sealed112, 10,000 codes: P=0.9435 R=0.8864 (tp 117, fp 7, fn 15)
  //   sealed113, 5 codes:      P=1.0000 R=0.8830 (tp 83, fp 0, fn 11; 94 known codes)
  //   sealed113, 10,000 codes: P=0.9885 R=0.8866 (tp 86, fp 1, fn 11)
  //   sealed114, 5 codes:      P=1.0000 R=0.9266 (tp 101, fp 0, fn 8; 109 known codes)
  //   sealed114, 10,000 codes: P=0.9810 R=0.9364 (tp 103, fp 2, fn 7)
  //   sealed115, 5 codes:      P=1.0000 R=0.7980 (tp 79, fp 0, fn 20; 99 known codes)
  //   sealed115, 10,000 codes: P=0.9884 R=0.8019 (tp 85, fp 1, fn 21)
  //   sealed116, 5 codes:      P=1.0000 R=0.8468 (tp 94, fp 0, fn 17; 111 known codes)
  //   sealed116, 10,000 codes: P=0.9216 R=0.8468 (tp 94, fp 8, fn 17)
  //   109–112, 5 codes:      P=0.9930 R=0.8618 (tp 424, fp 3, fn 68)
  //   109–112, 10,000 codes: P=0.9658 R=0.8618 (tp 424, fp 15, fn 68)
  //   113–116, 5 codes:      P=1.0000 R=0.8644 (tp 357, fp 0, fn 56)
  //   113–116, 10,000 codes: P=0.9684 R=0.8679 (tp 368, fp 12, fn 56)
  //   pooled,  5 codes:      P=0.9962 R=0.8630 (tp 781, fp 3, fn 124)
  //   pooled,  10,000 codes: P=0.9670 R=0.8646 (tp 792, fp 27, fn 124)
  // Issue 11's fiftieth pass wrote rules after reading those misses, so sealed109 to sealed116 are TUNING data now
  // (in TUNING_SET, `s109-` to `s116-` kinds), held to the pass's score. Rules (lib/detect.ts; tests in
  // detect-evidence.test.ts, "pass 50"): a CSV field followed by a CPT or HCPCS field is whole and the row's code,
  // and a later five-digit field after its system and word fields is another column's; a table cell of numbers
  // only is the value of a header naming another field; a past participle before "search" makes it a record noun
  // ("saved search 88102"); a column that writes any whole number with thousands commas holds quantities; a
  // snake_case field name in the row (PAYER_PLAN_ID) names the value as a phrase does; a fee row's code may have
  // two empty modifier fields before its fee; in a pipe record, a five-digit field after an unknown procedure
  // field with modifier and fee fields is another column's; a procedure cell listing several codes no longer makes
  // the bare code column beside it another field; a row field followed by its modifier and fee fields is the row's
  // code, not a member of a list the ID field before it started; an XML code attribute beside a modifier attribute
  // or a CPT/HCPCS codeType is a procedure's; words after an X12 segment terminator that open with a blank and a
  // lower-case word are prose; a CSV field followed by a letter-modifier field and a word field is whole, not a
  // decimal fraction.
  // Tuned: sealed109 5 codes P=0.9908 R=0.8926 (fp 1, fn 13), 10,000 codes P=0.9643 R=0.8926 (fp 4, fn 13);
  // sealed110 5 codes P=0.9762 R=0.8454 (fp 2, fn 15), 10,000 codes P=0.9762 R=0.8454 (fp 2, fn 15); sealed111 5
  // codes P=1.0000 R=0.9155 (fp 0, fn 12), 10,000 codes P=0.9924 R=0.9155 (fp 1, fn 12); sealed112 5 codes
  // P=1.0000 R=0.9318 (fp 0, fn 9), 10,000 codes P=0.9762 R=0.9318 (fp 3, fn 9); sealed113 5 codes P=1.0000
  // R=0.9149 (fp 0, fn 8), 10,000 codes P=0.9889 R=0.9175 (fp 1, fn 8); sealed114 5 codes P=1.0000 R=0.9266 (fp 0,
  // fn 8), 10,000 codes P=1.0000 R=0.9364 (fp 0, fn 7); sealed115 5 codes P=1.0000 R=0.7980 (fp 0, fn 20), 10,000
  // codes P=0.9884 R=0.8019 (fp 1, fn 21); sealed116 5 codes P=1.0000 R=0.8919 (fp 0, fn 12), 10,000 codes
  // P=0.9900 R=0.8919 (fp 1, fn 12); pooled P=0.9963 R=0.8928 with 5 codes, P=0.9844 R=0.8941 with 10,000.
  // Left: the budget was spent (+116 B, paid for by size pass 13). False marks at 10,000: "Re: 71079", "EVS report
  // 31101", "request 64714 · session", "Elmo (64445)", a practice name with a number in parentheses, "Bill 30786"
  // under Proc/Svc, a FHIR "proc-55470" reference, stats lines ("accepted 14005", "after duplicates removed:
  // 10237"), "per CR 13926"; "ticket" as an identifier word cost 3 tuning codes (an encounter ticket is a
  // superbill). Missed codes: counted plurals in prose ("her 64612 claims"), "top code 64632" (a singular code
  // head is not told apart from "Parking garage code"), PRNCPT-style field names, definitions written "x = 64712",
  // code columns whose five-code population is too thin, CSV lines whose header is only in the text before.
  sealedSetsTuned([
    ['109', '5', 's109-', 392, KNOWN_5, 0.9908, 0.8925],
    ['109', '10,000', 's109-', 392, KNOWN_10K, 0.9642, 0.8925],
    ['110', '5', 's110-', 359, KNOWN_5, 0.9761, 0.8453],
    ['110', '10,000', 's110-', 359, KNOWN_10K, 0.9761, 0.8453],
    ['111', '5', 's111-', 386, KNOWN_5, 1, 0.9154],
    ['111', '10,000', 's111-', 386, KNOWN_10K, 0.9923, 0.9154],
    ['112', '5', 's112-', 353, KNOWN_5, 1, 0.9318],
    ['112', '10,000', 's112-', 353, KNOWN_10K, 0.9761, 0.9318],
    ['113', '5', 's113-', 359, KNOWN_5, 1, 0.9148],
    ['113', '10,000', 's113-', 359, KNOWN_10K, 0.9888, 0.9175],
    ['114', '5', 's114-', 351, KNOWN_5, 1, 0.9266],
    ['114', '10,000', 's114-', 351, KNOWN_10K, 1, 0.9363],
    ['115', '5', 's115-', 363, KNOWN_5, 1, 0.7979],
    ['115', '10,000', 's115-', 363, KNOWN_10K, 0.9883, 0.8018],
    ['116', '5', 's116-', 371, KNOWN_5, 1, 0.8918],
    ['116', '10,000', 's116-', 371, KNOWN_10K, 0.99, 0.8918],
  ]);
  // The tuning set before sealed117 (42,392 tokens, sealed109 to sealed116 included): after the fiftieth pass
  // P=0.9965 R=0.9313 with 5 codes, P=0.9757 R=0.9276 with 10,000; after the fifty-first (sealed117–124's misses)
  // P=0.9965 R=0.9324 and P=0.9760 R=0.9287.
  tuningSetFloor({
    name: 'the tuning set before sealed117',
    leaveOut: /^s1(1[7-9]|2[0-9]|3[0-9]|4[0-9]|5[0-9]|6[0-9]|7[0-8])-/,
    tokens: 42392,
    floors: [0.9965, 0.9324, 0.976, 0.9286],
  });

  // SEALED sets 117 to 124: sealed117 (313 tokens, palliative care and hospice around interventional pain
  // procedures), sealed118 (327 tokens, a device maker's post-market study of peripheral nerve stimulation and
  // neurolysis, with the hospital's CTMS and research billing), sealed119 (327 tokens, the clinician's EHR
  // in-basket at a pain and peripheral-nerve practice), sealed120 (342 tokens, an external coding audit
  // engagement), sealed121 (358 tokens, Railroad Medicare and federal employee health programs), sealed122 (354
  // tokens, state insurance regulators and consumer protection), sealed123 (351 tokens, a health system's patient
  // contact center), sealed124 (370 tokens, medical coding education and certification preparation), written and
  // committed (52c0c5b, 9a8198b, 4a9223d, aaf9614, b95e585, 2b9cd36, b6dc81f, a76dc50) by helpers who never read
  // or ran the detector, then scored ONCE, together, on 2026-12-03 with the detector of 13e3ceb (after issue 11's
  // fiftieth pass; every miss: test/corpus/sealed117-first-score.txt … sealed124-first-score.txt). Like
  // sealed53–116, each puts at least 45 tokens of the five known codes in every kind of context. A real CPT code
  // the known set does not hold counts neither for nor against recall.
  //   sealed117, 5 codes:      P=1.0000 R=0.9467 (tp 71, fp 0, fn 4; 75 known codes)
  //   sealed117, 10,000 codes: P=0.9359 R=0.9481 (tp 73, fp 5, fn 4; 62 of its decoys are in the synthetic set)
  //   sealed118, 5 codes:      P=1.0000 R=0.8519 (tp 92, fp 0, fn 16; 108 known codes)
  //   sealed118, 10,000 codes: P=0.9706 R=0.8182 (tp 99, fp 3, fn 22; 59 of its decoys are in the synthetic set)
  //   sealed119, 5 codes:      P=1.0000 R=0.8229 (tp 79, fp 0, fn 17; 96 known codes)
  //   sealed119, 10,000 codes: P=0.9405 R=0.8229 (tp 79, fp 5, fn 17; 71 of its decoys are in the synthetic set)
  //   sealed120, 5 codes:      P=1.0000 R=0.9444 (tp 136, fp 0, fn 8; 144 known codes)
  //   sealed120, 10,000 codes: P=0.9927 R=0.9444 (tp 136, fp 1, fn 8; 59 of its decoys are in the synthetic set)
  //   sealed121, 5 codes:      P=1.0000 R=0.9060 (tp 106, fp 0, fn 11; 117 known codes)
  //   sealed121, 10,000 codes: P=1.0000 R=0.9060 (tp 106, fp 0, fn 11; 71 of its decoys are in the synthetic set)
  //   sealed122, 5 codes:      P=1.0000 R=0.9592 (tp 94, fp 0, fn 4; 98 known codes)
  //   sealed122, 10,000 codes: P=0.9895 R=0.9592 (tp 94, fp 1, fn 4; 74 of its decoys are in the synthetic set)
  //   sealed123, 5 codes:      P=0.9574 R=0.8491 (tp 90, fp 4, fn 16; 106 known codes)
  //   sealed123, 10,000 codes: P=0.9091 R=0.8491 (tp 90, fp 9, fn 16; 87 of its decoys are in the synthetic set)
  //   sealed124, 5 codes:      P=1.0000 R=0.8333 (tp 95, fp 0, fn 19; 114 known codes)
  //   sealed124, 10,000 codes: P=0.9709 R=0.8403 (tp 100, fp 3, fn 19; 67 of its decoys are in the synthetic set)
  //   117–120, 5 codes:      P=1.0000 R=0.8936 (tp 378, fp 0, fn 45)
  //   117–120, 10,000 codes: P=0.9651 R=0.8836 (tp 387, fp 14, fn 51)
  //   121–124, 5 codes:      P=0.9897 R=0.8851 (tp 385, fp 4, fn 50)
  //   121–124, 10,000 codes: P=0.9677 R=0.8864 (tp 390, fp 13, fn 50)
  //   pooled,  5 codes:      P=0.9948 R=0.8893 (tp 763, fp 4, fn 95)
  //   pooled,  10,000 codes: P=0.9664 R=0.8850 (tp 777, fp 27, fn 101)
  // Issue 11's fifty-first pass wrote rules after reading those misses, so sealed117 to sealed124 are TUNING data
  // now (in TUNING_SET, `s117-` to `s124-` kinds), held to the pass's score. Rules (lib/detect.ts; tests in
  // detect-evidence.test.ts, "pass 51"): an arrow between words ends the label, as one right before the number
  // does ("a procedure → node 64612" is a menu node); "pool", "query", "queries" and "types" name records; a field
  // word before "#" is bound to the number, and a coding verb after the number does not outweigh it ("Case #71236
  // needs CPT confirm"); a bare "Edit" column header names a claim scrubber's edit number; a bare "#" column
  // header names no field, so the column's population decides; "because", "why", "unless", "although" and
  // "whether" open a clause and are no label; after a heading's number, "is"/"was" and an article define it rather
  // than count it ("Reminder: 64714 is the lumbar plexus"); "any", "each" and "every" are determiners, no label;
  // "book" is a coding verb ("book 64712 only"); a capital and two digits bound before the number name an
  // identifier's field, as an X12 element reference does ("J15 44130"); in a header, a procedure word followed by
  // a preposition and one word is the head ("CPT (if known)"); a quiz answer given in prose ("so the answer is
  // 64712") is a code when the text speaks of coding; a CDISC ODM ItemData Value is a code when its ItemOID names
  // CPT/HCPCS; a CMS-1500 print that letters its columns gives item 24D as "D" after column B's place of service;
  // "the" before the number after a colon or a comma opens a phrase about it ("AGENT: the 64445 is the nerve
  // block").
  // Tuned: sealed117 5 codes P=1.0000 R=0.9467 (fp 0, fn 4), 10,000 codes P=1.0000 R=0.9481 (fp 0, fn 4);
  // sealed118 5 codes P=1.0000 R=0.8796 (fp 0, fn 13), 10,000 codes P=0.9714 R=0.8430 (fp 3, fn 19); sealed119 5
  // codes P=1.0000 R=0.8333 (fp 0, fn 16), 10,000 codes P=0.9877 R=0.8333 (fp 1, fn 16); sealed120 5 codes
  // P=1.0000 R=0.9514 (fp 0, fn 7), 10,000 codes P=0.9928 R=0.9514 (fp 1, fn 7); sealed121 5 codes P=1.0000
  // R=0.9744 (fp 0, fn 3), 10,000 codes P=1.0000 R=0.9744 (fp 0, fn 3); sealed122 5 codes P=1.0000 R=0.9592 (fp 0,
  // fn 4), 10,000 codes P=0.9895 R=0.9592 (fp 1, fn 4); sealed123 5 codes P=0.9691 R=0.8868 (fp 3, fn 12), 10,000
  // codes P=0.9307 R=0.8868 (fp 7, fn 12); sealed124 5 codes P=1.0000 R=0.8509 (fp 0, fn 17), 10,000 codes
  // P=0.9714 R=0.8571 (fp 3, fn 17); pooled P=0.9962 R=0.9114 with 5 codes, P=0.9803 R=0.9066 with 10,000.
  // Left: +143 B of the budget, paid for by size pass 14. False marks (3 with 5 codes, 16 with 10,000): CSV lines
  // shown one per text node whose header is out of the 80-character context, so nothing tells a headerless row's
  // id columns from its code column; a transcript's "case number as 64712" (a comparison-aware "as" costs per
  // candidate); a smart phrase's number in parentheses, a practice name's ZIP, an amounts row. "edit" as a record
  // word everywhere, the singular "type" and "as" before a case number were tried and dropped (each broke codes).
  // Missed codes (76 with 5 codes): quiz formats (JSON and QTI choices, lower-case "b) 64714" options), cell lists
  // under headers no list knows ("Focus", "Topics"), headerless CSV rows, prose after initials ("RB: 64714
  // confirmed"), "Session held: 64712", bare anatomical adjectives ("sciatic 64712").
  sealedSetsTuned([
    ['117', '5', 's117-', 313, KNOWN_5, 1, 0.9466],
    ['117', '10,000', 's117-', 313, KNOWN_10K, 1, 0.948],
    ['118', '5', 's118-', 327, KNOWN_5, 1, 0.8796],
    ['118', '10,000', 's118-', 327, KNOWN_10K, 0.9714, 0.8429],
    ['119', '5', 's119-', 327, KNOWN_5, 1, 0.8333],
    ['119', '10,000', 's119-', 327, KNOWN_10K, 0.9876, 0.8333],
    ['120', '5', 's120-', 342, KNOWN_5, 1, 0.9513],
    ['120', '10,000', 's120-', 342, KNOWN_10K, 0.9927, 0.9513],
    ['121', '5', 's121-', 358, KNOWN_5, 1, 0.9743],
    ['121', '10,000', 's121-', 358, KNOWN_10K, 1, 0.9743],
    ['122', '5', 's122-', 354, KNOWN_5, 1, 0.9591],
    ['122', '10,000', 's122-', 354, KNOWN_10K, 0.9894, 0.9591],
    ['123', '5', 's123-', 351, KNOWN_5, 0.969, 0.8867],
    ['123', '10,000', 's123-', 351, KNOWN_10K, 0.9306, 0.8867],
    ['124', '5', 's124-', 370, KNOWN_5, 1, 0.8508],
    ['124', '10,000', 's124-', 370, KNOWN_10K, 0.9714, 0.8571],
  ]);
  // The tuning set before sealed125 (45,134 tokens, sealed117 to sealed124 included): after the fifty-first pass
  // P=0.9965 R=0.9309 with 5 codes, P=0.9763 R=0.9271 with 10,000; after the fifty-second (sealed125–132's misses)
  // P=0.9966 R=0.9314 and P=0.9766 R=0.9276.
  tuningSetFloor({
    name: 'the tuning set before sealed125',
    leaveOut: /^s1(2[5-9]|3[0-9]|4[0-9]|5[0-9]|6[0-9]|7[0-8])-/,
    tokens: 45134,
    floors: [0.9965, 0.9314, 0.9765, 0.9275],
  });

  // SEALED sets 125 to 132: sealed125 (361 tokens, skilled nursing facilities and SNF consolidated billing),
  // sealed126 (314 tokens, hospital financial assistance and presumptive charity screening), sealed127 (363
  // tokens, workers' compensation bill review and state fee schedules), sealed128 (358 tokens, ACA marketplace
  // plan shopping, brokers and appeals), sealed129 (389 tokens, state Medicaid fee schedules and provider
  // communications), sealed130 (368 tokens, HSA, FSA and HRA administrators and their members), sealed131 (363
  // tokens, medical transcription, dictation and speech-recognition editing), sealed132 (399 tokens, health
  // information exchanges and care coordination), written and committed (1f6e7d1, bad5125, 1cd0c3e, a58412e,
  // 63745e6, 3bc8eb4, 79503cb, 5ea829d) by helpers who never read or ran the detector, then scored ONCE, together,
  // on 2026-12-03 with the detector of 2f0dba0 (after issue 11's fifty-first pass; every miss:
  // test/corpus/sealed125-first-score.txt … sealed132-first-score.txt). Like sealed53–124, each puts at least 45
  // tokens of the five known codes in every kind of context. A real CPT code the known set does not hold counts
  // neither for nor against recall.
  //   sealed125, 5 codes:      P=1.0000 R=0.9302 (tp 80, fp 0, fn 6; 86 known codes)
  //   sealed125, 10,000 codes: P=0.8710 R=0.9310 (tp 81, fp 12, fn 6; 74 of its decoys are in the synthetic set)
  //   sealed126, 5 codes:      P=0.9355 R=0.9255 (tp 87, fp 6, fn 7; 94 known codes)
  //   sealed126, 10,000 codes: P=0.8958 R=0.9149 (tp 86, fp 10, fn 8; 64 of its decoys are in the synthetic set)
  //   sealed127, 5 codes:      P=1.0000 R=0.8352 (tp 76, fp 0, fn 15; 91 known codes)
  //   sealed127, 10,000 codes: P=0.9750 R=0.8387 (tp 78, fp 2, fn 15; 65 of its decoys are in the synthetic set)
  //   sealed128, 5 codes:      P=0.9579 R=0.9286 (tp 91, fp 4, fn 7; 98 known codes)
  //   sealed128, 10,000 codes: P=0.9286 R=0.9286 (tp 91, fp 7, fn 7; 78 of its decoys are in the synthetic set)
  //   sealed129, 5 codes:      P=1.0000 R=0.9408 (tp 143, fp 0, fn 9; 152 known codes)
  //   sealed129, 10,000 codes: P=1.0000 R=0.9355 (tp 145, fp 0, fn 10; 60 of its decoys are in the synthetic set)
  //   sealed130, 5 codes:      P=1.0000 R=0.8675 (tp 72, fp 0, fn 11; 83 known codes)
  //   sealed130, 10,000 codes: P=0.9487 R=0.8706 (tp 74, fp 4, fn 11; 81 of its decoys are in the synthetic set)
  //   sealed131, 5 codes:      P=1.0000 R=0.9174 (tp 100, fp 0, fn 9; 109 known codes)
  //   sealed131, 10,000 codes: P=0.9804 R=0.9174 (tp 100, fp 2, fn 9; 73 of its decoys are in the synthetic set)
  //   sealed132, 5 codes:      P=1.0000 R=0.8800 (tp 88, fp 0, fn 12; 100 known codes)
  //   sealed132, 10,000 codes: P=0.9574 R=0.8824 (tp 90, fp 4, fn 12; 94 of its decoys are in the synthetic set)
  //   125–128, 5 codes:      P=0.9709 R=0.9051 (tp 334, fp 10, fn 35)
  //   125–128, 10,000 codes: P=0.9155 R=0.9032 (tp 336, fp 31, fn 36)
  //   129–132, 5 codes:      P=1.0000 R=0.9077 (tp 403, fp 0, fn 41)
  //   129–132, 10,000 codes: P=0.9761 R=0.9069 (tp 409, fp 10, fn 42)
  //   pooled,  5 codes:      P=0.9866 R=0.9065 (tp 737, fp 10, fn 76)
  //   pooled,  10,000 codes: P=0.9478 R=0.9052 (tp 745, fp 41, fn 78)
  // Issue 11's fifty-second pass wrote rules after reading those misses, so sealed125 to sealed132 are TUNING data
  // now (in TUNING_SET, `s125-` to `s132-` kinds), held to the pass's score. Rules (lib/detect.ts; tests in
  // detect-evidence.test.ts, "pass 52"): a delimited line alone in its node (a CSV or TSV viewer's line) is read
  // under the header line that ends the text before it, when neither has a blank after a separator: a field naming
  // something else (batch_id, ADJ_TXN) makes the value not a code, a procedure field (cpt) makes it one unless the
  // number opens the row, and a header field may end in "%"; in XML, a Code element followed by a modifier
  // element, or an element whose type attribute says CPT/HCPCS, holds a procedure code; "issuer" names a record (a
  // marketplace plan's insurer); a table with an "M1" (modifier 1) column lists procedure codes, as one with a
  // "Mod" column does; a surname and an initial before a parenthesised number name its record under a header
  // naming another field ("Abernathy W. (24709)"); "left" or "right" opening the text right before the number give
  // a procedure's side ("left 64632").
  // Tuned: sealed125 5 codes P=1.0000 R=0.9302 (fp 0, fn 6), 10,000 codes P=0.9101 R=0.9310 (fp 8, fn 6);
  // sealed126 5 codes P=0.9565 R=0.9362 (fp 4, fn 6), 10,000 codes P=0.9255 R=0.9255 (fp 7, fn 7); sealed127 5
  // codes P=1.0000 R=0.8791 (fp 0, fn 11), 10,000 codes P=0.9762 R=0.8817 (fp 2, fn 11); sealed128 5 codes
  // P=0.9891 R=0.9286 (fp 1, fn 7), 10,000 codes P=0.9681 R=0.9286 (fp 3, fn 7); sealed129 5 codes P=1.0000
  // R=0.9671 (fp 0, fn 5), 10,000 codes P=1.0000 R=0.9613 (fp 0, fn 6); sealed130 5 codes P=1.0000 R=0.8916 (fp 0,
  // fn 9), 10,000 codes P=0.9500 R=0.8941 (fp 4, fn 9); sealed131 5 codes P=1.0000 R=0.9358 (fp 0, fn 7), 10,000
  // codes P=0.9808 R=0.9358 (fp 2, fn 7); sealed132 5 codes P=1.0000 R=0.8800 (fp 0, fn 12), 10,000 codes P=0.9574
  // R=0.8824 (fp 4, fn 12); pooled P=0.9934 R=0.9225 with 5 codes, P=0.9619 R=0.9210 with 10,000.
  // Left: +149 B of the budget (19 B remain). "PTP" as a procedure word was added and reverted: an older case
  // holds a PTP edit file's header line as no label for a row that is no PTP pair. Tried and dropped for bytes: a
  // JSON line opening with "code" taking its system from the line above (34 B), right-aligning a CSV header cut
  // off at the 80-character context (+41 B); for older tests: a bare "block" before the number, a procedure noun
  // followed by site words with no comma. False marks left: later CSV/TSV rows whose header line has scrolled out
  // of the 80-character context (sealed126), a FHIR "id": "proc-58383" whose glued "proc-" reads as a procedure
  // tag, "report 60480", "ticket 63301", pipe-record trailers, a roster's ZIP column. Missed codes: "Non-certify
  // 64612", "stand-alone 64445", "with codes 64712, 64714, 64632", dictation ("times two units"), HL7
  // description-then-code fields, nodeRepresentation= and eventCode= attributes, fixed-width lines under a
  // single-spaced header.
  sealedSetsTuned([
    ['125', '5', 's125-', 361, KNOWN_5, 1, 0.9302],
    ['125', '10,000', 's125-', 361, KNOWN_10K, 0.9101, 0.931],
    ['126', '5', 's126-', 314, KNOWN_5, 0.9565, 0.9361],
    ['126', '10,000', 's126-', 314, KNOWN_10K, 0.9255, 0.9255],
    ['127', '5', 's127-', 363, KNOWN_5, 1, 0.8791],
    ['127', '10,000', 's127-', 363, KNOWN_10K, 0.9761, 0.8817],
    ['128', '5', 's128-', 358, KNOWN_5, 0.9891, 0.9285],
    ['128', '10,000', 's128-', 358, KNOWN_10K, 0.968, 0.9285],
    ['129', '5', 's129-', 389, KNOWN_5, 1, 0.9671],
    ['129', '10,000', 's129-', 389, KNOWN_10K, 1, 0.9612],
    ['130', '5', 's130-', 368, KNOWN_5, 1, 0.8915],
    ['130', '10,000', 's130-', 368, KNOWN_10K, 0.95, 0.8941],
    ['131', '5', 's131-', 363, KNOWN_5, 1, 0.9357],
    ['131', '10,000', 's131-', 363, KNOWN_10K, 0.9807, 0.9357],
    ['132', '5', 's132-', 399, KNOWN_5, 1, 0.88],
    ['132', '10,000', 's132-', 399, KNOWN_10K, 0.9574, 0.8823],
  ]);
  // The tuning set before sealed133 (48,049 tokens, sealed125 to sealed132 included): after the fifty-second pass
  // P=0.9964 R=0.9308 with 5 codes, P=0.9757 R=0.9271 with 10,000; after the fifty-third (sealed133–138's misses)
  // P=0.9964 R=0.9316 and P=0.9758 R=0.9279.
  tuningSetFloor({
    name: 'the tuning set before sealed133',
    leaveOut: /^s1(3[3-9]|4[0-9]|5[0-9]|6[0-9]|7[0-8])-/,
    tokens: 48049,
    floors: [0.9963, 0.9316, 0.9757, 0.9279],
  });

  // SEALED sets 133 to 138: sealed133 (393 tokens, medical staff privileging and professional practice evaluation),
  // sealed134 (400 tokens, False Claims Act settlements and corporate integrity agreements), sealed135 (358 tokens,
  // reference-based pricing and balance-billing disputes), sealed136 (400 tokens, coding at a military treatment
  // facility), sealed137 (368 tokens, specialty benefit managers running prior authorization), sealed138 (376 tokens,
  // state legislatures, statutes and fiscal notes), written and committed (06f7d97, 2f653ab, ddf6400, 30b4d2b, 99571a7,
  // 689f915) by helpers who never read or ran the detector, then scored ONCE, together, on 2026-12-03 with the detector
  // of e784850 (after issue 11's fifty-second pass; every miss: test/corpus/sealed133-first-score.txt …
  // sealed138-first-score.txt). Like sealed53–132, each puts at least 45 tokens of the five known codes in every kind
  // of context. A real CPT code the known set does not hold counts neither for nor against recall.
  //   sealed133, 5 codes:      P=1.0000 R=0.7881 (tp 93, fp 0, fn 25; 118 known codes)
  //   sealed133, 10,000 codes: P=0.9588 R=0.7881 (tp 93, fp 4, fn 25; 67 of its decoys are in the synthetic set)
  //   sealed134, 5 codes:      P=0.9878 R=0.9310 (tp 162, fp 2, fn 12; 174 known codes)
  //   sealed134, 10,000 codes: P=0.9477 R=0.9368 (tp 163, fp 9, fn 11; 50 of its decoys are in the synthetic set)
  //   sealed135, 5 codes:      P=1.0000 R=0.9767 (tp 126, fp 0, fn 3; 129 known codes)
  //   sealed135, 10,000 codes: P=1.0000 R=0.9769 (tp 127, fp 0, fn 3; 64 of its decoys are in the synthetic set)
  //   sealed136, 5 codes:      P=0.9794 R=0.8796 (tp 95, fp 2, fn 13; 108 known codes)
  //   sealed136, 10,000 codes: P=0.9505 R=0.8807 (tp 96, fp 5, fn 13; 74 of its decoys are in the synthetic set)
  //   sealed137, 5 codes:      P=0.9915 R=0.9141 (tp 117, fp 1, fn 11; 128 known codes)
  //   sealed137, 10,000 codes: P=0.9680 R=0.9308 (tp 121, fp 4, fn 9; 63 of its decoys are in the synthetic set)
  //   sealed138, 5 codes:      P=0.9790 R=0.9032 (tp 140, fp 3, fn 15; 155 known codes)
  //   sealed138, 10,000 codes: P=0.9722 R=0.9032 (tp 140, fp 4, fn 15; 48 of its decoys are in the synthetic set)
  //   133–135, 5 codes:      P=0.9948 R=0.9050 (tp 381, fp 2, fn 40)
  //   133–135, 10,000 codes: P=0.9672 R=0.9076 (tp 383, fp 13, fn 39)
  //   136–138, 5 codes:      P=0.9832 R=0.9003 (tp 352, fp 6, fn 39)
  //   136–138, 10,000 codes: P=0.9649 R=0.9061 (tp 357, fp 13, fn 37)
  //   pooled,  5 codes:      P=0.9892 R=0.9027 (tp 733, fp 8, fn 79)
  //   pooled,  10,000 codes: P=0.9661 R=0.9069 (tp 740, fp 26, fn 76)
  // Issue 11's fifty-third pass wrote rules after reading those misses, so sealed133 to sealed138 are TUNING data now
  // (in TUNING_SET, `s133-` to `s138-` kinds), held to the pass's score. Rules (lib/detect.ts; tests in
  // detect-evidence.test.ts, "pass 53"): a CSV field followed by an LT/RT or an empty field, then a word field, is
  // whole, no decimal comma's fraction ("11/02/2024,60120,64712,LT,Meriter"); in XML, any element whose next sibling is
  // a modifier element holds a procedure code (<Procedure qual="HC">64712</Procedure><Mod>LT</Mod>; not <Model>);
  // "privilege(s)" is a procedure word (a delineation of privileges lists procedures); "reg." and "certificate(s)" name
  // records; a coding verb's past participle qualifying "code" names a procedure's code ("Requested code: 64632"); a
  // column with no header right before a procedure column describing the row holds that procedure's code; "now" is no
  // label; "blk" after an anatomical word is a nerve block; a comma row's opening five-digit field is its record key
  // when a later field is the row's code and none follows the first field.
  // Tuned: sealed133 5 codes P=1.0000 R=0.9322 (fp 0, fn 8), 10,000 codes P=0.9821 R=0.9322 (fp 2, fn 8); sealed134 5
  // codes P=0.9879 R=0.9368 (fp 2, fn 11), 10,000 codes P=0.9591 R=0.9425 (fp 7, fn 10); sealed135 5 codes P=1.0000
  // R=1.0000 (fp 0, fn 0), 10,000 codes P=1.0000 R=1.0000 (fp 0, fn 0); sealed136 5 codes P=0.9802 R=0.9167 (fp 2, fn
  // 9), 10,000 codes P=0.9524 R=0.9174 (fp 5, fn 9); sealed137 5 codes P=0.9917 R=0.9297 (fp 1, fn 9), 10,000 codes
  // P=0.9685 R=0.9462 (fp 4, fn 7); sealed138 5 codes P=0.9865 R=0.9419 (fp 2, fn 9), 10,000 codes P=0.9799 R=0.9419
  // (fp 3, fn 9); pooled P=0.9909 R=0.9433 with 5 codes, P=0.9736 R=0.9473 with 10,000.
  // Left: +99 B of the budget (size pass 15 had freed 168 B; 89 B remain). Tried and dropped: "ticket" as an identifier
  // word (two older spec cases hold "Linked tickets:" lists and "CHG-64714" under a "Ticket" column as codes), a
  // "Correct code (IRO)" column read from a value the row writes twice (it lowered 10,000-code tuning floors), "draft"
  // as a record word (no effect). Not fixed: a JSON "code" line whose system is only in the text before (about 60 B for
  // one miss), "e.g." before a number (codes in one cell, ZIPs and tickets in others), the "Draft request" and "Report
  // 64445 appendix" false marks, counts such as "12686 Paid Claims", a data-call CSV's rows under a header out of
  // reach, table columns the 5-code set knows too few values of to call them code columns, and prose one-offs ("64445
  // minimum", "Hydro = 64712").
  sealedSetsTuned([
    ['133', '5', 's133-', 393, KNOWN_5, 1, 0.9322],
    ['133', '10,000', 's133-', 393, KNOWN_10K, 0.9821, 0.9322],
    ['134', '5', 's134-', 400, KNOWN_5, 0.9878, 0.9367],
    ['134', '10,000', 's134-', 400, KNOWN_10K, 0.959, 0.9425],
    ['135', '5', 's135-', 358, KNOWN_5, 1, 1],
    ['135', '10,000', 's135-', 358, KNOWN_10K, 1, 1],
    ['136', '5', 's136-', 400, KNOWN_5, 0.9801, 0.9166],
    ['136', '10,000', 's136-', 400, KNOWN_10K, 0.9523, 0.9174],
    ['137', '5', 's137-', 368, KNOWN_5, 0.9916, 0.9296],
    ['137', '10,000', 's137-', 368, KNOWN_10K, 0.9685, 0.9461],
    ['138', '5', 's138-', 376, KNOWN_5, 0.9864, 0.9419],
    ['138', '10,000', 's138-', 376, KNOWN_10K, 0.9798, 0.9419],
  ]);
  // The tuning set before sealed139 (50,344 tokens, sealed133 to sealed138 included): after the fifty-third pass
  // P=0.9960 R=0.9323 with 5 codes, P=0.9756 R=0.9291 with 10,000; after the fifty-fourth (sealed139–152's misses)
  // P=0.9960 R=0.9325 and P=0.9756 R=0.9292.
  tuningSetFloor({
    name: 'the tuning set before sealed139',
    leaveOut: /^s(139|14[0-9]|15[0-9]|16[0-9]|17[0-8])-/,
    tokens: 50344,
    floors: [0.996, 0.9324, 0.9756, 0.9292],
  });

  // SEALED sets 139 to 152: sealed139 (368 tokens, coordination of benefits and Medicare Secondary Payer), sealed140
  // (381 tokens, a Taft-Hartley union health and welfare fund), sealed141 (396 tokens, locum tenens and physician
  // staffing), sealed142 (348 tokens, a payer's provider-services IVR, chat and secure messages), sealed143 (383
  // tokens, hospital accreditation and CMS surveys), sealed144 (398 tokens, orofacial pain, TMJ and dental-medical
  // cross-coding), sealed145 (382 tokens, advanced practice providers' incident-to, split/shared and wrong-NPI
  // billing), sealed146 (348 tokens, an interface engine's charge and order feeds), sealed147 (391 tokens, patient
  // billing advocates and bill negotiators), sealed148 (384 tokens, coder hiring and freelance coding marketplaces),
  // sealed149 (395 tokens, coding and reimbursement conferences and continuing education), sealed150 (348 tokens,
  // medical debt collection, credit-report disputes and patient financing), sealed151 (383 tokens, auto insurance
  // no-fault and personal injury protection claims), sealed152 (394 tokens, hospital supply chain and bill-only implant
  // requisitions), written and committed (f30a856, 9ea8aa0, 5e6f8b3, 720c765, 4eaf0c7, 9e986a1, 5c6bf8c, d90faf2,
  // e991285, df07ce9, 361e124, 8ab1238, 3884efa, 984ef37) by helpers who never read or ran the detector, then scored
  // ONCE, together, on 2026-12-03 with the detector of 47e217e (after issue 11's fifty-third pass; every miss:
  // test/corpus/sealed139-first-score.txt … sealed152-first-score.txt). Each puts at least 83 tokens of the five known
  // codes (sealed53–138: at least 45) in every kind of context. A real CPT code the known set does not hold counts
  // neither for nor against recall.
  //   sealed139, 5 codes:      P=0.9794 R=0.9596 (tp 95, fp 2, fn 4; 99 known codes)
  //   sealed139, 10,000 codes: P=0.9596 R=0.9596 (tp 95, fp 4, fn 4; 74 of its decoys are in the synthetic set)
  //   sealed140, 5 codes:      P=1.0000 R=0.9200 (tp 92, fp 0, fn 8; 100 known codes)
  //   sealed140, 10,000 codes: P=0.9583 R=0.9200 (tp 92, fp 4, fn 8; 74 of its decoys are in the synthetic set)
  //   sealed141, 5 codes:      P=1.0000 R=0.9245 (tp 147, fp 0, fn 12; 159 known codes)
  //   sealed141, 10,000 codes: P=0.9866 R=0.9245 (tp 147, fp 2, fn 12; 58 of its decoys are in the synthetic set)
  //   sealed142, 5 codes:      P=1.0000 R=0.7826 (tp 108, fp 0, fn 30; 138 known codes)
  //   sealed142, 10,000 codes: P=0.9643 R=0.7826 (tp 108, fp 4, fn 30; 56 of its decoys are in the synthetic set)
  //   sealed143, 5 codes:      P=1.0000 R=0.9417 (tp 113, fp 0, fn 7; 120 known codes)
  //   sealed143, 10,000 codes: P=0.9750 R=0.9435 (tp 117, fp 3, fn 7; 51 of its decoys are in the synthetic set)
  //   sealed144, 5 codes:      P=1.0000 R=0.8462 (tp 88, fp 0, fn 16; 104 known codes)
  //   sealed144, 10,000 codes: P=1.0000 R=0.8504 (tp 108, fp 0, fn 19; 51 of its decoys are in the synthetic set)
  //   sealed145, 5 codes:      P=1.0000 R=0.9516 (tp 118, fp 0, fn 6; 124 known codes)
  //   sealed145, 10,000 codes: P=1.0000 R=0.9516 (tp 118, fp 0, fn 6; 44 of its decoys are in the synthetic set)
  //   sealed146, 5 codes:      P=0.9632 R=0.9357 (tp 131, fp 5, fn 9; 140 known codes)
  //   sealed146, 10,000 codes: P=0.9161 R=0.9357 (tp 131, fp 12, fn 9; 60 of its decoys are in the synthetic set)
  //   sealed147, 5 codes:      P=0.9935 R=0.9441 (tp 152, fp 1, fn 9; 161 known codes)
  //   sealed147, 10,000 codes: P=0.9873 R=0.9394 (tp 155, fp 2, fn 10; 59 of its decoys are in the synthetic set)
  //   sealed148, 5 codes:      P=1.0000 R=0.8917 (tp 107, fp 0, fn 13; 120 known codes)
  //   sealed148, 10,000 codes: P=1.0000 R=0.8917 (tp 107, fp 0, fn 13; 48 of its decoys are in the synthetic set)
  //   sealed149, 5 codes:      P=0.9752 R=0.8872 (tp 118, fp 3, fn 15; 133 known codes)
  //   sealed149, 10,000 codes: P=0.9752 R=0.8872 (tp 118, fp 3, fn 15; 42 of its decoys are in the synthetic set)
  //   sealed150, 5 codes:      P=1.0000 R=0.9695 (tp 127, fp 0, fn 4; 131 known codes)
  //   sealed150, 10,000 codes: P=0.9769 R=0.9695 (tp 127, fp 3, fn 4; 60 of its decoys are in the synthetic set)
  //   sealed151, 5 codes:      P=1.0000 R=0.9231 (tp 96, fp 0, fn 8; 104 known codes)
  //   sealed151, 10,000 codes: P=0.9796 R=0.9231 (tp 96, fp 2, fn 8; 68 of its decoys are in the synthetic set)
  //   sealed152, 5 codes:      P=0.9896 R=0.9135 (tp 95, fp 1, fn 9; 104 known codes)
  //   sealed152, 10,000 codes: P=0.9697 R=0.9143 (tp 96, fp 3, fn 9; 83 of its decoys are in the synthetic set)
  //   139–146, 5 codes:      P=0.9922 R=0.9065 (tp 892, fp 7, fn 92)
  //   139–146, 10,000 codes: P=0.9693 R=0.9060 (tp 916, fp 29, fn 95)
  //   147–152, 5 codes:      P=0.9929 R=0.9230 (tp 695, fp 5, fn 58)
  //   147–152, 10,000 codes: P=0.9817 R=0.9222 (tp 699, fp 13, fn 59)
  //   pooled,  5 codes:      P=0.9925 R=0.9136 (tp 1587, fp 12, fn 150)
  //   pooled,  10,000 codes: P=0.9747 R=0.9129 (tp 1615, fp 42, fn 154)
  // Issue 11's fifty-fourth pass wrote rules after reading those misses, so sealed139 to sealed152 are TUNING data now
  // (in TUNING_SET, `s139-` to `s152-` kinds), held to the pass's score. Rules (lib/detect.ts; tests in
  // detect-evidence.test.ts, "pass 54"): a unit count written with the number ("2 x 64712", "64445 x3") makes it a
  // service line's code over an unexplained label or after a plural counting records ("Claim 64714 x2" stays unmarked);
  // a zero-led four-digit field opening a comma row is a UB-04 revenue code, no thousands group, when a descriptor
  // follows the number ("0360,64712,NEUROPLASTY SCIATIC NERVE,…"); a priced line's description may end in a side after
  // a comma or an ordinal ("facial nerve, L   64612  $248.92"); a check box before the number and a lower-case word
  // after it is an encounter form's option ("☐ 64445 sciatic").
  // Tuned (5 codes · 10,000 codes): sealed139 P=0.9794 R=0.9596 (fp 2, fn 4) · P=0.9596 R=0.9596 (fp 4, fn 4);
  // sealed140 P=1.0000 R=0.9200 (fp 0, fn 8) · P=0.9583 R=0.9200 (fp 4, fn 8); sealed141 P=1.0000 R=0.9371 (fp 0, fn
  // 10) · P=0.9868 R=0.9371 (fp 2, fn 10); sealed142 P=1.0000 R=0.7826 (fp 0, fn 30) · P=0.9643 R=0.7826 (fp 4, fn 30);
  // sealed143 P=1.0000 R=0.9667 (fp 0, fn 4) · P=0.9756 R=0.9677 (fp 3, fn 4); sealed144 P=1.0000 R=0.8942 (fp 0, fn
  // 11) · P=1.0000 R=0.8898 (fp 0, fn 14); sealed145 P=1.0000 R=0.9677 (fp 0, fn 4) · P=1.0000 R=0.9677 (fp 0, fn 4);
  // sealed146 P=0.9632 R=0.9357 (fp 5, fn 9) · P=0.9161 R=0.9357 (fp 12, fn 9); sealed147 P=0.9935 R=0.9441 (fp 1, fn
  // 9) · P=0.9873 R=0.9394 (fp 2, fn 10); sealed148 P=1.0000 R=0.9000 (fp 0, fn 12) · P=1.0000 R=0.9000 (fp 0, fn 12);
  // sealed149 P=0.9752 R=0.8872 (fp 3, fn 15) · P=0.9752 R=0.8872 (fp 3, fn 15); sealed150 P=1.0000 R=0.9695 (fp 0, fn
  // 4) · P=0.9769 R=0.9695 (fp 3, fn 4); sealed151 P=1.0000 R=0.9423 (fp 0, fn 6) · P=0.9800 R=0.9423 (fp 2, fn 6);
  // sealed152 P=0.9896 R=0.9135 (fp 1, fn 9) · P=0.9697 R=0.9143 (fp 3, fn 9); pooled P=0.9926 R=0.9223 with 5 codes,
  // P=0.9749 R=0.9214 with 10,000.
  // Left: +85 B of the budget (4 B remain). Not fixed, for bytes or for safety: keypad entries ("64712#", read as a
  // dial-in PIN by the specification), a revenue code with a slash ("UB 0360/64712", about 40 B), "reprocess 64712"
  // (the same verb labels decoys in sealed146), quiz options with no stem asking for a code, CSV rows split from their
  // header in a call log, scattered prose misses, and the 12 false marks (42 with 10,000 codes). A side effect: "Acct
  // 3rd floor   64712  $248.92" now reads as a priced line's code, as any two words before a price already did.
  sealedSetsTuned([
    ['139', '5', 's139-', 368, KNOWN_5, 0.9793, 0.9595],
    ['139', '10,000', 's139-', 368, KNOWN_10K, 0.9595, 0.9595],
    ['140', '5', 's140-', 381, KNOWN_5, 1, 0.92],
    ['140', '10,000', 's140-', 381, KNOWN_10K, 0.9583, 0.92],
    ['141', '5', 's141-', 396, KNOWN_5, 1, 0.9371],
    ['141', '10,000', 's141-', 396, KNOWN_10K, 0.9867, 0.9371],
    ['142', '5', 's142-', 348, KNOWN_5, 1, 0.7826],
    ['142', '10,000', 's142-', 348, KNOWN_10K, 0.9642, 0.7826],
    ['143', '5', 's143-', 383, KNOWN_5, 1, 0.9666],
    ['143', '10,000', 's143-', 383, KNOWN_10K, 0.9756, 0.9677],
    ['144', '5', 's144-', 398, KNOWN_5, 1, 0.8942],
    ['144', '10,000', 's144-', 398, KNOWN_10K, 1, 0.8897],
    ['145', '5', 's145-', 382, KNOWN_5, 1, 0.9677],
    ['145', '10,000', 's145-', 382, KNOWN_10K, 1, 0.9677],
    ['146', '5', 's146-', 348, KNOWN_5, 0.9632, 0.9357],
    ['146', '10,000', 's146-', 348, KNOWN_10K, 0.916, 0.9357],
    ['147', '5', 's147-', 391, KNOWN_5, 0.9934, 0.944],
    ['147', '10,000', 's147-', 391, KNOWN_10K, 0.9872, 0.9393],
    ['148', '5', 's148-', 384, KNOWN_5, 1, 0.9],
    ['148', '10,000', 's148-', 384, KNOWN_10K, 1, 0.9],
    ['149', '5', 's149-', 395, KNOWN_5, 0.9752, 0.8872],
    ['149', '10,000', 's149-', 395, KNOWN_10K, 0.9752, 0.8872],
    ['150', '5', 's150-', 348, KNOWN_5, 1, 0.9694],
    ['150', '10,000', 's150-', 348, KNOWN_10K, 0.9769, 0.9694],
    ['151', '5', 's151-', 383, KNOWN_5, 1, 0.9423],
    ['151', '10,000', 's151-', 383, KNOWN_10K, 0.98, 0.9423],
    ['152', '5', 's152-', 394, KNOWN_5, 0.9895, 0.9134],
    ['152', '10,000', 's152-', 394, KNOWN_10K, 0.9696, 0.9142],
  ]);
  // The tuning set before sealed153 (55,643 tokens, sealed139 to sealed152 included): after the fifty-fourth pass
  // P=0.9957 R=0.9313 with 5 codes, P=0.9755 R=0.9283 with 10,000; after the fifty-fifth (sealed153–166's misses)
  // P=0.9957 R=0.9313 and P=0.9756 R=0.9283.
  tuningSetFloor({
    name: 'the tuning set before sealed153',
    leaveOut: /^s1(5[3-9]|6[0-9]|7[0-8])-/,
    tokens: 55643,
    floors: [0.9956, 0.9313, 0.9756, 0.9283],
  });

  // SEALED sets 153 to 166: sealed153 (358 tokens, Puerto Rico health plans and Spanish-language pages), sealed154 (397
  // tokens, employer benefits brokers' renewals, large-claimant reports and stop-loss), sealed155 (344 tokens, a state
  // Medicaid managed-care procurement and contract), sealed156 (385 tokens, free clinics and volunteer surgery for the
  // uninsured), sealed157 (382 tokens, a health plan's member app and website), sealed158 (391 tokens, MIPS quality
  // reporting through a qualified registry), sealed159 (380 tokens, EHR downtime and the recovery of paper charges),
  // sealed160 (375 tokens, a peripheral-nerve device company's investor materials), sealed161 (375 tokens, an online
  // community of medical coders), sealed162 (378 tokens, point-of-service collections and cashiering), sealed163 (371
  // tokens, patient-reported outcomes programs), sealed164 (363 tokens, medical debt in bankruptcy and civil courts),
  // sealed165 (375 tokens, a health system's service-line marketing web pages), sealed166 (356 tokens, patient safety
  // event reporting and root cause analysis), written and committed (3728bb8, 7aeec3e, 018a01b, 48b038c, 9efe7fd,
  // 8cf7da8, d7e0f2e, 6eaa3b9, b645ead, e040f56, c508e0b, 5d0def2, 975ee24, 5aefe19) by helpers who never read or ran
  // the detector, then scored ONCE, together, on 2026-12-03 with the detector of 991d40a (after issue 11's fifty-fourth
  // pass; every miss: test/corpus/sealed153-first-score.txt … sealed166-first-score.txt). Like sealed139–152, each puts
  // at least 83 tokens of the five known codes (sealed53–138: at least 45) in every kind of context. A real CPT code
  // the known set does not hold counts neither for nor against recall.
  //   sealed153, 5 codes:      P=1.0000 R=0.8250 (tp 99, fp 0, fn 21; 120 known codes)
  //   sealed153, 10,000 codes: P=1.0000 R=0.8250 (tp 99, fp 0, fn 21; 64 of its decoys are in the synthetic set)
  //   sealed154, 5 codes:      P=1.0000 R=0.9182 (tp 146, fp 0, fn 13; 159 known codes)
  //   sealed154, 10,000 codes: P=0.9671 R=0.9130 (tp 147, fp 5, fn 14; 59 of its decoys are in the synthetic set)
  //   sealed155, 5 codes:      P=1.0000 R=0.9489 (tp 130, fp 0, fn 7; 137 known codes)
  //   sealed155, 10,000 codes: P=0.9848 R=0.9489 (tp 130, fp 2, fn 7; 52 of its decoys are in the synthetic set)
  //   sealed156, 5 codes:      P=0.9765 R=0.8737 (tp 83, fp 2, fn 12; 95 known codes)
  //   sealed156, 10,000 codes: P=0.9451 R=0.8776 (tp 86, fp 5, fn 12; 68 of its decoys are in the synthetic set)
  //   sealed157, 5 codes:      P=0.9835 R=0.9444 (tp 119, fp 2, fn 7; 126 known codes)
  //   sealed157, 10,000 codes: P=0.9754 R=0.9444 (tp 119, fp 3, fn 7; 74 of its decoys are in the synthetic set)
  //   sealed158, 5 codes:      P=0.9902 R=0.9018 (tp 101, fp 1, fn 11; 112 known codes)
  //   sealed158, 10,000 codes: P=0.9630 R=0.8966 (tp 104, fp 4, fn 12; 51 of its decoys are in the synthetic set)
  //   sealed159, 5 codes:      P=0.9800 R=0.9159 (tp 98, fp 2, fn 9; 107 known codes)
  //   sealed159, 10,000 codes: P=0.9423 R=0.9159 (tp 98, fp 6, fn 9; 63 of its decoys are in the synthetic set)
  //   sealed160, 5 codes:      P=0.9886 R=0.8832 (tp 174, fp 2, fn 23; 197 known codes)
  //   sealed160, 10,000 codes: P=0.9831 R=0.8832 (tp 174, fp 3, fn 23; 53 of its decoys are in the synthetic set)
  //   sealed161, 5 codes:      P=0.9930 R=0.8246 (tp 141, fp 1, fn 30; 171 known codes)
  //   sealed161, 10,000 codes: P=0.9792 R=0.8246 (tp 141, fp 3, fn 30; 45 of its decoys are in the synthetic set)
  //   sealed162, 5 codes:      P=1.0000 R=0.7885 (tp 82, fp 0, fn 22; 104 known codes)
  //   sealed162, 10,000 codes: P=0.9213 R=0.7885 (tp 82, fp 7, fn 22; 66 of its decoys are in the synthetic set)
  //   sealed163, 5 codes:      P=0.9213 R=0.8864 (tp 117, fp 10, fn 15; 132 known codes)
  //   sealed163, 10,000 codes: P=0.8797 R=0.8864 (tp 117, fp 16, fn 15; 57 of its decoys are in the synthetic set)
  //   sealed164, 5 codes:      P=1.0000 R=0.9708 (tp 133, fp 0, fn 4; 137 known codes)
  //   sealed164, 10,000 codes: P=0.9927 R=0.9714 (tp 136, fp 1, fn 4; 65 of its decoys are in the synthetic set)
  //   sealed165, 5 codes:      P=0.9917 R=0.8207 (tp 119, fp 1, fn 26; 145 known codes)
  //   sealed165, 10,000 codes: P=0.9754 R=0.8207 (tp 119, fp 3, fn 26; 61 of its decoys are in the synthetic set)
  //   sealed166, 5 codes:      P=1.0000 R=0.9286 (tp 130, fp 0, fn 10; 140 known codes)
  //   sealed166, 10,000 codes: P=0.9924 R=0.9286 (tp 130, fp 1, fn 10; 53 of its decoys are in the synthetic set)
  //   153–159, 5 codes:      P=0.9911 R=0.9065 (tp 776, fp 7, fn 80)
  //   153–159, 10,000 codes: P=0.9691 R=0.9052 (tp 783, fp 25, fn 82)
  //   160–166, 5 codes:      P=0.9846 R=0.8733 (tp 896, fp 14, fn 130)
  //   160–166, 10,000 codes: P=0.9636 R=0.8737 (tp 899, fp 34, fn 130)
  //   pooled,  5 codes:      P=0.9876 R=0.8884 (tp 1672, fp 21, fn 210)
  //   pooled,  10,000 codes: P=0.9661 R=0.8881 (tp 1682, fp 59, fn 212)
  // Issue 11's fifty-fifth pass wrote rules after reading those misses, so sealed153 to sealed166 are TUNING data now
  // (in TUNING_SET, `s153-` to `s166-` kinds), held to the pass's score. Rules (lib/detect.ts; tests in
  // detect-evidence.test.ts, "pass 55"): "event" names a record ("The webcast archive is event 64714"); a sentence that
  // calls the number the reader's record by another field's name makes it that record's number ("64712 is your claim
  // number"; "64712 is your procedure" stays a code); a comma row's number followed by a side field (LT, RT, 50) is a
  // whole field, whatever field comes next ("00418823,64712,RT,T0"); a JSON code's sibling `codeSystem`, or a
  // schema.org MedicalCode's `codingSystem` beside its `codeValue`, names its coding system as `system` does; Spanish
  // and Portuguese "servicio"/"serviço" and "procedimiento"/"procedimento" are procedure words that put the head first,
  // as "código" does ("servicio al cliente 64612" stays unmarked); the number a text message comes from, or in
  // parentheses after "SMS", is a short code ("We will text you from 64612").
  // Tuned (5 codes · 10,000 codes): sealed153 P=1.0000 R=0.8750 (fp 0, fn 15) · P=1.0000 R=0.8750 (fp 0, fn 15);
  // sealed154 P=1.0000 R=0.9182 (fp 0, fn 13) · P=0.9671 R=0.9130 (fp 5, fn 14); sealed155 P=1.0000 R=0.9489 (fp 0, fn
  // 7) · P=0.9848 R=0.9489 (fp 2, fn 7); sealed156 P=0.9765 R=0.8737 (fp 2, fn 12) · P=0.9451 R=0.8776 (fp 5, fn 12);
  // sealed157 P=0.9917 R=0.9444 (fp 1, fn 7) · P=0.9835 R=0.9444 (fp 2, fn 7); sealed158 P=0.9902 R=0.9018 (fp 1, fn
  // 11) · P=0.9630 R=0.8966 (fp 4, fn 12); sealed159 P=0.9800 R=0.9159 (fp 2, fn 9) · P=0.9423 R=0.9159 (fp 6, fn 9);
  // sealed160 P=0.9943 R=0.8832 (fp 1, fn 23) · P=0.9886 R=0.8832 (fp 2, fn 23); sealed161 P=1.0000 R=0.8246 (fp 0, fn
  // 30) · P=0.9860 R=0.8246 (fp 2, fn 30); sealed162 P=1.0000 R=0.8077 (fp 0, fn 20) · P=0.9231 R=0.8077 (fp 7, fn 20);
  // sealed163 P=0.9389 R=0.9318 (fp 8, fn 9) · P=0.8978 R=0.9318 (fp 14, fn 9); sealed164 P=1.0000 R=0.9708 (fp 0, fn
  // 4) · P=0.9927 R=0.9714 (fp 1, fn 4); sealed165 P=0.9918 R=0.8345 (fp 1, fn 24) · P=0.9758 R=0.8345 (fp 3, fn 24);
  // sealed166 P=1.0000 R=0.9286 (fp 0, fn 10) · P=0.9924 R=0.9286 (fp 1, fn 10); pooled P=0.9906 R=0.8969 with 5 codes,
  // P=0.9692 R=0.8965 with 10,000.
  // Left: +110 B of the budget after size pass 16 freed 112 B (10 B remain). A seventh rule (a title cell opening with
  // the number under a header naming no field is a sentence: 4 forum-title misses in sealed161) was written and dropped
  // for the budget. Not fixed: "ticket" as an identifier word (it would unmark "Linked tickets: 64445, 64712"), SMS
  // sender lines "Name (N): message" (beside "Nerve block (64445):"), postcodes in prose, CSV rows more than a line
  // below their header, Spanish descriptions, FHIR codings whose system is on another line, codes in `data-cpt`
  // attributes and URL paths, and chat prose with unknown words before the number.
  sealedSetsTuned([
    ['153', '5', 's153-', 358, KNOWN_5, 1, 0.875],
    ['153', '10,000', 's153-', 358, KNOWN_10K, 1, 0.875],
    ['154', '5', 's154-', 397, KNOWN_5, 1, 0.9182],
    ['154', '10,000', 's154-', 397, KNOWN_10K, 0.9671, 0.913],
    ['155', '5', 's155-', 344, KNOWN_5, 1, 0.9489],
    ['155', '10,000', 's155-', 344, KNOWN_10K, 0.9848, 0.9489],
    ['156', '5', 's156-', 385, KNOWN_5, 0.9764, 0.8736],
    ['156', '10,000', 's156-', 385, KNOWN_10K, 0.945, 0.8775],
    ['157', '5', 's157-', 382, KNOWN_5, 0.9916, 0.9444],
    ['157', '10,000', 's157-', 382, KNOWN_10K, 0.9834, 0.9444],
    ['158', '5', 's158-', 391, KNOWN_5, 0.9901, 0.9017],
    ['158', '10,000', 's158-', 391, KNOWN_10K, 0.9629, 0.8965],
    ['159', '5', 's159-', 380, KNOWN_5, 0.98, 0.9158],
    ['159', '10,000', 's159-', 380, KNOWN_10K, 0.9423, 0.9158],
    ['160', '5', 's160-', 375, KNOWN_5, 0.9942, 0.8832],
    ['160', '10,000', 's160-', 375, KNOWN_10K, 0.9886, 0.8832],
    ['161', '5', 's161-', 375, KNOWN_5, 1, 0.8245],
    ['161', '10,000', 's161-', 375, KNOWN_10K, 0.986, 0.8245],
    ['162', '5', 's162-', 378, KNOWN_5, 1, 0.8076],
    ['162', '10,000', 's162-', 378, KNOWN_10K, 0.923, 0.8076],
    ['163', '5', 's163-', 371, KNOWN_5, 0.9389, 0.9318],
    ['163', '10,000', 's163-', 371, KNOWN_10K, 0.8978, 0.9318],
    ['164', '5', 's164-', 363, KNOWN_5, 1, 0.9708],
    ['164', '10,000', 's164-', 363, KNOWN_10K, 0.9927, 0.9714],
    ['165', '5', 's165-', 375, KNOWN_5, 0.9918, 0.8344],
    ['165', '10,000', 's165-', 375, KNOWN_10K, 0.9758, 0.8344],
    ['166', '5', 's166-', 356, KNOWN_5, 1, 0.9285],
    ['166', '10,000', 's166-', 356, KNOWN_10K, 0.9923, 0.9285],
  ]);
  // The tuning set before sealed167 (60,873 tokens, sealed153 to sealed166 included): after the fifty-fifth pass
  // P=0.9951 R=0.9275 with 5 codes, P=0.9749 R=0.9249 with 10,000; after the fifty-sixth and fifty-seventh passes
  // (sealed167–178's misses) P=0.9956 R=0.9282 and P=0.9764 R=0.9257.
  tuningSetFloor({
    name: 'the tuning set before sealed167',
    leaveOut: /^s1(6[7-9]|7[0-8])-/,
    tokens: 60873,
    floors: [0.9955, 0.9281, 0.9764, 0.9256],
  });

  // SEALED sets 167 to 178: sealed167 (375 tokens, a specialty society's RUC surveys and valuation of peripheral-nerve
  // codes), sealed168 (346 tokens, the CPT Editorial Panel's code change process seen by an applicant society),
  // sealed169 (355 tokens, life and long-term-care insurance underwriting), sealed170 (354 tokens, e-discovery
  // productions of a pain practice's billing records), sealed171 (353 tokens, a ransomware attack on a billing vendor
  // and its aftermath), sealed172 (360 tokens, patient crowdfunding and charity fundraising for surgery bills),
  // sealed173 (361 tokens, a newspaper's investigation of procedure prices), sealed174 (399 tokens, clinical
  // engineering and biomedical equipment in procedure suites), sealed175 (346 tokens, FMLA leave, short-term disability
  // and return to work), sealed176 (345 tokens, Social Security disability determinations and release of information),
  // sealed177 (355 tokens, Medicare plan choice counselling by a SHIP and a Medigap agent), sealed178 (366 tokens,
  // payer-impersonation phishing aimed at billing staff), written and committed (c246328, abd3ab6, d4d4484, f54b0c3,
  // d9e55ac, d2d3755, 1bb1ff9, 38cbb1f, 988262d, ff584ed, 1efdc49, 3ccd7ac) by helpers who never read or ran the
  // detector, then scored ONCE, together, on 2026-12-03 with the detector of e1f902b (after issue 11's fifty-fifth
  // pass; every miss: test/corpus/sealed167-first-score.txt … sealed178-first-score.txt). Like sealed139–166, each puts
  // at least 83 tokens of the five known codes (sealed53–138: at least 45) in every kind of context. A real CPT code
  // the known set does not hold counts neither for nor against recall. Their first score read the context as it then
  // was: six of them had labels in a line block's caption, which lines() passed on with its markers, and sealed175 had
  // three claim ids glued into seven-digit runs; both were fixed after it (afd0f9d), before pass 56's figures below.
  //   sealed167, 5 codes:      P=0.9864 R=0.8951 (tp 145, fp 2, fn 17; 162 known codes)
  //   sealed167, 10,000 codes: P=0.9295 R=0.8951 (tp 145, fp 11, fn 17; 47 of its decoys are in the synthetic set)
  //   sealed168, 5 codes:      P=0.9936 R=0.9017 (tp 156, fp 1, fn 17; 173 known codes)
  //   sealed168, 10,000 codes: P=0.9873 R=0.9017 (tp 156, fp 2, fn 17; 37 of its decoys are in the synthetic set)
  //   sealed169, 5 codes:      P=0.9785 R=0.8505 (tp 91, fp 2, fn 16; 107 known codes)
  //   sealed169, 10,000 codes: P=0.9681 R=0.8505 (tp 91, fp 3, fn 16; 66 of its decoys are in the synthetic set)
  //   sealed170, 5 codes:      P=1.0000 R=0.8671 (tp 137, fp 0, fn 21; 158 known codes)
  //   sealed170, 10,000 codes: P=0.9786 R=0.8671 (tp 137, fp 3, fn 21; 60 of its decoys are in the synthetic set)
  //   sealed171, 5 codes:      P=1.0000 R=0.9560 (tp 87, fp 0, fn 4; 91 known codes)
  //   sealed171, 10,000 codes: P=0.9255 R=0.9560 (tp 87, fp 7, fn 4; 73 of its decoys are in the synthetic set)
  //   sealed172, 5 codes:      P=1.0000 R=0.8917 (tp 107, fp 0, fn 13; 120 known codes)
  //   sealed172, 10,000 codes: P=0.9820 R=0.8934 (tp 109, fp 2, fn 13; 51 of its decoys are in the synthetic set)
  //   sealed173, 5 codes:      P=1.0000 R=0.9075 (tp 157, fp 0, fn 16; 173 known codes)
  //   sealed173, 10,000 codes: P=0.9874 R=0.9075 (tp 157, fp 2, fn 16; 55 of its decoys are in the synthetic set)
  //   sealed174, 5 codes:      P=0.9747 R=0.9167 (tp 77, fp 2, fn 7; 84 known codes)
  //   sealed174, 10,000 codes: P=0.8750 R=0.9167 (tp 77, fp 11, fn 7; 80 of its decoys are in the synthetic set)
  //   sealed175, 5 codes:      P=0.9900 R=0.8761 (tp 99, fp 1, fn 14; 113 known codes)
  //   sealed175, 10,000 codes: P=0.9252 R=0.8761 (tp 99, fp 8, fn 14; 77 of its decoys are in the synthetic set)
  //   sealed176, 5 codes:      P=0.9900 R=0.9340 (tp 99, fp 1, fn 7; 106 known codes)
  //   sealed176, 10,000 codes: P=0.9612 R=0.9340 (tp 99, fp 4, fn 7; 76 of its decoys are in the synthetic set)
  //   sealed177, 5 codes:      P=0.9714 R=0.8031 (tp 102, fp 3, fn 25; 127 known codes)
  //   sealed177, 10,000 codes: P=0.9541 R=0.8062 (tp 104, fp 5, fn 25; 72 of its decoys are in the synthetic set)
  //   sealed178, 5 codes:      P=1.0000 R=0.8516 (tp 109, fp 0, fn 19; 128 known codes)
  //   sealed178, 10,000 codes: P=1.0000 R=0.8516 (tp 109, fp 0, fn 19; 74 of its decoys are in the synthetic set)
  //   167–172, 5 codes:      P=0.9931 R=0.8915 (tp 723, fp 5, fn 88)
  //   167–172, 10,000 codes: P=0.9628 R=0.8918 (tp 725, fp 28, fn 88)
  //   173–178, 5 codes:      P=0.9892 R=0.8796 (tp 643, fp 7, fn 88)
  //   173–178, 10,000 codes: P=0.9556 R=0.8799 (tp 645, fp 30, fn 88)
  //   pooled,  5 codes:      P=0.9913 R=0.8859 (tp 1366, fp 12, fn 176)
  //   pooled,  10,000 codes: P=0.9594 R=0.8862 (tp 1370, fp 58, fn 176)
  // Issue 11's fifty-sixth pass (and the fifty-seventh, which read the whole tuning set's misses with theirs) wrote
  // rules after reading those misses, so sealed167 to sealed178 are TUNING data now (in TUNING_SET, `s167-` to `s178-`
  // kinds), held to the pass's score. Rules (lib/detect.ts; tests in detect-evidence.test.ts, "pass 56"): pass 56, from
  // sealed167–178's misses: a singular "ticket" right before the number names a record ("Billing ticket 64712"; "Linked
  // tickets: 64445, 64712" still lists codes); a lower-case "surgery", or "Botox", bound to the number names a
  // procedure ("Surgery Center 64712" stays unmarked); a follow-up request and an expense or incident report name a
  // record; a dosing interval right after the number ("64612 q12wk", "every 3 months") makes it a treatment. Pass 57,
  // from the whole tuning set's misses with these sets' (tests "pass 57"): the first number of a comma or pipe row is
  // the record's key when the next field is a date or an id, or a five-digit number in a row with a date; a log's time
  // stamp with seconds, or a file path after the number, makes it a log field ("06:15:48  64712  NOT FOUND"); a meeting
  // ID written in groups ("ID 812 30051 77"); a number right after a spreadsheet's TEXT( is a date serial.
  // Tuned (5 codes · 10,000 codes): sealed167 P=0.9932 R=0.8951 (fp 1, fn 17) · P=0.9355 R=0.8951 (fp 10, fn 17);
  // sealed168 P=0.9936 R=0.9017 (fp 1, fn 17) · P=0.9936 R=0.9017 (fp 1, fn 17); sealed169 P=1.0000 R=0.8505 (fp 0, fn
  // 16) · P=0.9891 R=0.8505 (fp 1, fn 16); sealed170 P=1.0000 R=0.8671 (fp 0, fn 21) · P=0.9786 R=0.8671 (fp 3, fn 21);
  // sealed171 P=1.0000 R=0.9560 (fp 0, fn 4) · P=0.9560 R=0.9560 (fp 4, fn 4); sealed172 P=1.0000 R=0.9000 (fp 0, fn
  // 12) · P=0.9821 R=0.9016 (fp 2, fn 12); sealed173 P=1.0000 R=0.9075 (fp 0, fn 16) · P=0.9937 R=0.9075 (fp 1, fn 16);
  // sealed174 P=1.0000 R=0.9167 (fp 0, fn 7) · P=0.9059 R=0.9167 (fp 8, fn 7); sealed175 P=0.9902 R=0.8938 (fp 1, fn
  // 12) · P=0.9439 R=0.8938 (fp 6, fn 12); sealed176 P=1.0000 R=0.9528 (fp 0, fn 5) · P=0.9712 R=0.9528 (fp 3, fn 5);
  // sealed177 P=0.9727 R=0.8425 (fp 3, fn 20) · P=0.9561 R=0.8450 (fp 5, fn 20); sealed178 P=1.0000 R=0.8516 (fp 0, fn
  // 19) · P=1.0000 R=0.8516 (fp 0, fn 19); pooled P=0.9957 R=0.8923 with 5 codes, P=0.9691 R=0.8926 with 10,000.
  // Left: pass 56 +58 B, pass 57 +135 B (37 B of the budget remain). Dropped: "co" and "Ctr" as identifier words (they
  // unmarked codes in sealed74's LEDES rows). Not fixed: delimited rows whose header is cut off or out of view (most of
  // the false marks with 10,000 codes: sealed167 rawcsv, 176 roicsv, 177 npr), a state and ZIP pair in a CSV row (a
  // list of states, about 100 B), a bare `code="…"` or `"code":` with no system named, `64712_NF` header cells, price
  // cards, "claims hit 64712" in underwriting notes, and scattered prose.
  sealedSetsTuned([
    ['167', '5', 's167-', 375, KNOWN_5, 0.9931, 0.895],
    ['167', '10,000', 's167-', 375, KNOWN_10K, 0.9354, 0.895],
    ['168', '5', 's168-', 346, KNOWN_5, 0.9936, 0.9017],
    ['168', '10,000', 's168-', 346, KNOWN_10K, 0.9936, 0.9017],
    ['169', '5', 's169-', 355, KNOWN_5, 1, 0.8504],
    ['169', '10,000', 's169-', 355, KNOWN_10K, 0.9891, 0.8504],
    ['170', '5', 's170-', 354, KNOWN_5, 1, 0.867],
    ['170', '10,000', 's170-', 354, KNOWN_10K, 0.9785, 0.867],
    ['171', '5', 's171-', 353, KNOWN_5, 1, 0.956],
    ['171', '10,000', 's171-', 353, KNOWN_10K, 0.956, 0.956],
    ['172', '5', 's172-', 360, KNOWN_5, 1, 0.9],
    ['172', '10,000', 's172-', 360, KNOWN_10K, 0.9821, 0.9016],
    ['173', '5', 's173-', 361, KNOWN_5, 1, 0.9075],
    ['173', '10,000', 's173-', 361, KNOWN_10K, 0.9936, 0.9075],
    ['174', '5', 's174-', 399, KNOWN_5, 1, 0.9166],
    ['174', '10,000', 's174-', 399, KNOWN_10K, 0.9058, 0.9166],
    ['175', '5', 's175-', 346, KNOWN_5, 0.9901, 0.8938],
    ['175', '10,000', 's175-', 346, KNOWN_10K, 0.9439, 0.8938],
    ['176', '5', 's176-', 345, KNOWN_5, 1, 0.9528],
    ['176', '10,000', 's176-', 345, KNOWN_10K, 0.9711, 0.9528],
    ['177', '5', 's177-', 355, KNOWN_5, 0.9727, 0.8425],
    ['177', '10,000', 's177-', 355, KNOWN_10K, 0.9561, 0.8449],
    ['178', '5', 's178-', 366, KNOWN_5, 1, 0.8515],
    ['178', '10,000', 's178-', 366, KNOWN_10K, 1, 0.8515],
  ]);
  // The whole tuning set, sealed167 to sealed178 included (65,188 tokens): after the fifty-sixth and fifty-seventh
  // passes P=0.9956 R=0.9252 with 5 codes, P=0.9758 R=0.9230 with 10,000.
  tuningSetFloor({ name: 'the whole tuning set', tokens: 65188, floors: [0.9955, 0.9252, 0.9758, 0.9229] });

  // The sealed sets (SEALED_SET): sealed179 (380 tokens, medical interpreters and language-access services), sealed180
  // (377 tokens, an employer's surgical centers of excellence and bundled direct contracts), sealed181 (353 tokens,
  // dual-eligible patients and QMB billing protections), sealed182 (362 tokens, a specialty society's clinical practice
  // guideline and its coding appendix), sealed183 (358 tokens, a health insurer's premium rate filing with a state),
  // sealed184 (350 tokens, the e-fax inbox and fax-based prior authorization), sealed185 (357 tokens, a deceased
  // patient's bills settled through the estate), sealed186 (367 tokens, divorced parents splitting a child's medical
  // expenses), sealed187 (363 tokens, a tax preparer and the medical expense deduction), sealed188 (392 tokens, a
  // foreign visitor and a travel medical insurer), sealed189 (367 tokens, a Medicaid fair hearing over a denied
  // procedure), sealed190 (360 tokens, a solo physician billing through a web clearinghouse), written and committed
  // (feb375e, 66deee0, ed9e7d0, 8afd71f, 3856f99, d6a7fd4, 28aa8c7, a7e221c, c55de14, 347c4b3, 7b89979, 7a8660b) by
  // helpers who never read or ran the detector, then scored ONCE, together, on 2026-12-03 with the detector of 714cd3b
  // (after issue 11's fifty-seventh pass; every miss: test/corpus/sealed179-first-score.txt …
  // sealed190-first-score.txt). Like sealed139–178, each puts at least 83 tokens of the five known codes (sealed53–138:
  // at least 45) in every kind of context. A real CPT code the known set does not hold counts neither for nor against
  // recall.
  //   sealed179, 5 codes:      P=0.9919 R=0.8356 (tp 122, fp 1, fn 24; 146 known codes)
  //   sealed179, 10,000 codes: P=0.9919 R=0.8356 (tp 122, fp 1, fn 24; 55 of its decoys are in the synthetic set)
  //   sealed180, 5 codes:      P=1.0000 R=0.8273 (tp 91, fp 0, fn 19; 110 known codes)
  //   sealed180, 10,000 codes: P=0.9891 R=0.8125 (tp 91, fp 1, fn 21; 68 of its decoys are in the synthetic set)
  //   sealed181, 5 codes:      P=1.0000 R=0.9484 (tp 147, fp 0, fn 8; 155 known codes)
  //   sealed181, 10,000 codes: P=0.9866 R=0.9484 (tp 147, fp 2, fn 8; 58 of its decoys are in the synthetic set)
  //   sealed182, 5 codes:      P=0.9860 R=0.9463 (tp 141, fp 2, fn 8; 149 known codes)
  //   sealed182, 10,000 codes: P=0.9724 R=0.9463 (tp 141, fp 4, fn 8; 51 of its decoys are in the synthetic set)
  //   sealed183, 5 codes:      P=1.0000 R=0.8617 (tp 81, fp 0, fn 13; 94 known codes)
  //   sealed183, 10,000 codes: P=0.9765 R=0.8646 (tp 83, fp 2, fn 13; 62 of its decoys are in the synthetic set)
  //   sealed184, 5 codes:      P=0.9875 R=0.8144 (tp 79, fp 1, fn 18; 97 known codes)
  //   sealed184, 10,000 codes: P=0.9753 R=0.8144 (tp 79, fp 2, fn 18; 63 of its decoys are in the synthetic set)
  //   sealed185, 5 codes:      P=0.9916 R=0.9365 (tp 118, fp 1, fn 8; 126 known codes)
  //   sealed185, 10,000 codes: P=0.9752 R=0.9365 (tp 118, fp 3, fn 8; 69 of its decoys are in the synthetic set)
  //   sealed186, 5 codes:      P=1.0000 R=0.9118 (tp 93, fp 0, fn 9; 102 known codes)
  //   sealed186, 10,000 codes: P=0.9894 R=0.9118 (tp 93, fp 1, fn 9; 48 of its decoys are in the synthetic set)
  //   sealed187, 5 codes:      P=0.9919 R=0.8483 (tp 123, fp 1, fn 22; 145 known codes)
  //   sealed187, 10,000 codes: P=0.9840 R=0.8483 (tp 123, fp 2, fn 22; 58 of its decoys are in the synthetic set)
  //   sealed188, 5 codes:      P=1.0000 R=0.8571 (tp 108, fp 0, fn 18; 126 known codes)
  //   sealed188, 10,000 codes: P=0.9821 R=0.8594 (tp 110, fp 2, fn 18; 68 of its decoys are in the synthetic set)
  //   sealed189, 5 codes:      P=1.0000 R=0.8269 (tp 86, fp 0, fn 18; 104 known codes)
  //   sealed189, 10,000 codes: P=1.0000 R=0.8208 (tp 87, fp 0, fn 19; 58 of its decoys are in the synthetic set)
  //   sealed190, 5 codes:      P=1.0000 R=0.9074 (tp 98, fp 0, fn 10; 108 known codes)
  //   sealed190, 10,000 codes: P=1.0000 R=0.9074 (tp 98, fp 0, fn 10; 70 of its decoys are in the synthetic set)
  //   179–184, 5 codes:      P=0.9940 R=0.8802 (tp 661, fp 4, fn 90)
  //   179–184, 10,000 codes: P=0.9822 R=0.8781 (tp 663, fp 12, fn 92)
  //   185–190, 5 codes:      P=0.9968 R=0.8805 (tp 626, fp 2, fn 85)
  //   185–190, 10,000 codes: P=0.9874 R=0.8797 (tp 629, fp 8, fn 86)
  //   pooled,  5 codes:      P=0.9954 R=0.8803 (tp 1287, fp 6, fn 175)
  //   pooled,  10,000 codes: P=0.9848 R=0.8789 (tp 1292, fp 20, fn 178)
  // No rule has read their misses, so these are the honest scores until a pass does; a later change may not lose
  // ground on them.
  holdSets(
    [
      ['179', '5', 's179-', 380, KNOWN_5, 0.9918, 0.8356],
      ['179', '10,000', 's179-', 380, KNOWN_10K, 0.9918, 0.8356],
      ['180', '5', 's180-', 377, KNOWN_5, 1, 0.8272],
      ['180', '10,000', 's180-', 377, KNOWN_10K, 0.9891, 0.8125],
      ['181', '5', 's181-', 353, KNOWN_5, 1, 0.9483],
      ['181', '10,000', 's181-', 353, KNOWN_10K, 0.9865, 0.9483],
      ['182', '5', 's182-', 362, KNOWN_5, 0.986, 0.9463],
      ['182', '10,000', 's182-', 362, KNOWN_10K, 0.9724, 0.9463],
      ['183', '5', 's183-', 358, KNOWN_5, 1, 0.8617],
      ['183', '10,000', 's183-', 358, KNOWN_10K, 0.9764, 0.8645],
      ['184', '5', 's184-', 350, KNOWN_5, 0.9875, 0.8144],
      ['184', '10,000', 's184-', 350, KNOWN_10K, 0.9753, 0.8144],
      ['185', '5', 's185-', 357, KNOWN_5, 0.9915, 0.9365],
      ['185', '10,000', 's185-', 357, KNOWN_10K, 0.9752, 0.9365],
      ['186', '5', 's186-', 367, KNOWN_5, 1, 0.9117],
      ['186', '10,000', 's186-', 367, KNOWN_10K, 0.9893, 0.9117],
      ['187', '5', 's187-', 363, KNOWN_5, 0.9919, 0.8482],
      ['187', '10,000', 's187-', 363, KNOWN_10K, 0.984, 0.8482],
      ['188', '5', 's188-', 392, KNOWN_5, 1, 0.8571],
      ['188', '10,000', 's188-', 392, KNOWN_10K, 0.9821, 0.8593],
      ['189', '5', 's189-', 367, KNOWN_5, 1, 0.8269],
      ['189', '10,000', 's189-', 367, KNOWN_10K, 1, 0.8207],
      ['190', '5', 's190-', 360, KNOWN_5, 1, 0.9074],
      ['190', '10,000', 's190-', 360, KNOWN_10K, 1, 0.9074],
    ],
    SEALED_SET,
    true,
  );
  it('the sealed set is sealed179 to sealed190, and nothing else', () => {
    expect(SEALED_SET.every((x) => /^s1(79|8[0-9]|90)-/.test(x.kind))).toBe(true);
    for (const prefix of [
      's179-',
      's180-',
      's181-',
      's182-',
      's183-',
      's184-',
      's185-',
      's186-',
      's187-',
      's188-',
      's189-',
      's190-',
    ])
      expect(SEALED_SET.some((x) => x.kind.startsWith(prefix))).toBe(true);
  });
});
