/**
 * lib/detect.ts — PURE detection of CPT codes in text: text + context in, matches out.
 * Imports only its pure siblings in lib/detect/ (no DOM, no browser API, no dataset); the caller passes the set
 * of codes the data knows.
 *
 * API
 *   detect({ text, known, context }): Match[]     matches in `text` order; a shared empty array when none
 *   mayContainCandidate(text): boolean            cheap pre-filter (five consecutive digits somewhere)
 *   classifyLabel(label): 'procedure' | 'other' | 'unexplained' | 'neutral'   what a label / header says (cached)
 *
 * RULES (see DESIGN.md "Detection"; precision first). A candidate is exactly five digits with no digit, letter, `_`
 * or `$` glued to either side (but "CPT64632", the coding system glued before it, is one); only a candidate `known`
 * has can be a code. Evidence decides, strongest first:
 *   1. CODING SYSTEM (lib/detect/structured.ts). When the node's text looks like X12, HL7 v2, JSON or XML (one regex
 *      sniff each, run only for a node holding a known number), the format decides every number in it: X12 the
 *      procedure after an `HC` qualifier in any segment (`*` or `|` elements, as an ISA segment or an X12-only segment
 *      shows them; `:`, `>` or `^` components; a segment may follow an editor's line-number gutter, "00049  SV1*…"); HL7 v2 CE/CWE components coded C4/CPT/CPT4/HCPCS in any field (FT1-25/PR1-3/OBR-4/AIS-3 by the standard),
 *      pipe-encoded or XML-encoded (`<FT1.25><CE.1>…</CE.1>…<CE.3>C4</CE.3>`); JSON a `"code"` whose sibling
 *      `"system"` (or price-transparency v2 `"type"`) is CPT/HCPCS, or a `"billing_code"` whose sibling `"billing_code_type"` is (Transparency in Coverage;
 *      a highlighted value reads its key and system from `before`); XML `code="…"` with codeSystem
 *      2.16.840.1.113883.6.12 or .6.285, FHIR XML `<code value>` right after a sibling `<system value>` naming
 *      CPT/HCPCS, and the text of an element the coding system names (`<HCPCS>64712</HCPCS>`). Everything else in such text is not a code, but its free text (X12 MSG, HL7 OBX-5 TX/FT/ST and
 *      NTE-3, an ACK's MSA-3/ERR-8, JSON "text"/"div", a CDS Hooks card's "summary"/"detail", a FHIRPath "expression", any
 *      other JSON string that is a phrase) is prose, read by these rules on its own; a code the text's coding system names elsewhere is
 *      that code in its free text too ("OBR|…|64714^…^C4" then "NTE|1||Schedule 64714 with …"). A CSV/TSV export shown as text (lib/detect/csv.ts: a
 *      line of three or more field names in its first lines) is read like a table: the header field of a number's
 *      column decides it (`cpt`, `PROC_CD` code; `enc_csn`, `charge_cents` not), for lines with as many fields as the
 *      header above them; a `code|1` column with a `code|1|type` column is decided by the row's type (CPT/HCPCS code,
 *      CDM not: the CMS hospital price transparency template); a column whose rows hold a number of other than five
 *      digits ("Charge": 148000) holds amounts, not codes, whatever its header. A fixed-width report's header line
 *      (three or more names in any case with no digit or sentence punctuation, separated by runs of blanks:
 *      "GL_ACCT", "Order  Value   Claim line   Procedure") names the column of a number that opens its
 *      line or follows a column gap, left-aligned under the name ("GL_ACCT" not a code).
 *      X12 also when a `|`-separated segment ends its line with `~` ("N4|OMAHA|NE|68969~"); HL7 v2 also when a segment
 *      follows one word on its line ("Original FT1|…"), and a CE quoted in a text field ("FT1-7 value 64714^…^C4 not
 *      active") is coded by its system; a FHIR Coding with no system inside `productOrService` is CPT/HCPCS (the US
 *      profiles bind that element to them). A JSON Patch operation's `"value"` is a code when its `"path"` ends in a
 *      procedure Coding's code (".../productOrService/coding/0/code"); a FHIR ConceptMap's `"target": [ … ]` Codings are
 *      coded by the group's target system (the element's own code is the source system's).
 *   2. A LABEL IN THE NODE'S OWN TEXT that a list knows: procedure words (CPT, HCPCS, procedure, proc, px, svc,
 *      service, charge, HC, C4, eval, surgical) and coding verbs bound to the number ("Report 64612", "coded as 64714") say code;
 *      identifier, money, quantity, date and code-family words say not (`Claim 64714`, `ZIP code 64111`). Generic
 *      heads take their qualifier's kind: `#`, `No.`, `ID` an identifier unless the qualifier is CPT/HCPCS ("Proc ID" is an order catalog's record id);
 *      a capitalised head opening the node's text ("Code 64714 describes …") or an article ("the 64632 one had auth")
 *      is not qualified or labelled by the element before. A form-field dump's "FieldValue: 64714" is named by the
 *      field its record names on an earlier line ("FieldName: CPT_1", pdftk dump_data_fields);
 *      `code` a procedure unless the qualifier names another field or it is given "with"/"use"/"enter".
 *   3. THE TABLE COLUMN (cell of a table with a header row: `columnHeader`, `column`, `row`). A procedure header
 *      decides code, even for a phrase cell; a bare "code" header yields to a coding system named in the row (a
 *      SNOMED URI says not). For a cell holding just the value: a header naming another field decides not; but a "…_code" header whose row names
 *      CPT/HCPCS is that system's code (a SQL-on-FHIR view: product_code beside product_system); else the
 *      row's field names ("Line item control number", "Adjudicated procedure code", "C4"; a cell with a comma is a note,
 *      not a field name); a data-dictionary field
 *      name no list knows ("Avg_Sbmtd_Chrg"; a digit tail is a variant: "Zip5" is a ZIP) names another field; then the column's
 *      population (lib/detect/column.ts: over half of ≥3 five-digit values known = code column, else identifier
 *      column; more counts of one to four digits, or whole amounts of six or more, than five-digit values = a column
 *      of counts or amounts, not codes), then a description or modifier in the row (code). A header no list knows ("TCN") is a label: its
 *      population may say identifier, but only a description in the row or a modifier in the next cell says code (a
 *      column of decoys the data happens to know is no evidence); a column letter ("C") or a "… code" header is
 *      left to the population, and so is a pivot table's "Row Labels" column. A "code" header no coding system
 *      qualifies ("Charge code") over a column whose values the data mostly does not know is a chargemaster column;
 *      a column of known values that writes one with a modifier is a code column under any header naming no field
 *      ("Billed": 64712-50, 64714 x2). A parsed HL7 v2 row (segment id and field number, "PID | 3") naming no coding
 *      system: only FT1-25/PR1-3/OBR-4/AIS-3 may hold a code.
 *      A "Services" header over a column of bare numbers counts services ("ALLOWED SERVICES" beside the HCPCS
 *      column); a bare value in a row of numbers only is an amount (a lag triangle under "Lag 2"); a column of bare
 *      numbers whose row holds a code (known or not) in a column a coding system or procedure names
 *      (`context.headers`: "CPT", "Primary HCPCS"; not "Code", "Add-on Code", "Column 2") is another field ("Stat
 *      code", "Charge code"); a row's
 *      description is another cell's code's when a phrase cell of the row holds another known code ("Line 1 64712-RT").
 *   4. THE BOUND LABEL (own text, else `before` across an element boundary; not `before` when the own text ends a
 *      clause with a subject by a colon before the number, "You searched: 64712/64714"): any word no list knows bound to the
 *      number (the word right before it, or the words of a `Label:` before it, not behind a preposition, a comma or a
 *      parenthesis) is an UNEXPLAINED label: an identifier by default (`FIN 12345`, `Plan: Gold PPO 64714`,
 *      `Dept. 64632`). Positive evidence overrides it: a modifier written with the code (`Seq 64712-RT`, or a real
 *      modifier in the next cell), the add-on mark. An unknown past-tense word right before is a verb ("documented",
 *      a list diff's upper-case "ADDED"),
 *      and so is a word after a subject pronoun ("If you believe 64612"). `code` qualified by an unknown word
 *      ("Test code 83643", "Parking garage code") is unexplained too, but a list of known codes after it says code
 *      ("Additional codes: 64632, 64714"). When `before` ends in a line "<known code> words" ("64612
 *      CHEMODENERVATION OF MUSCLE"), those words describe that code: this number is the next member of a code list.
 *      More positive evidence, read only for a number an unexplained label holds (the rare path):
 *        - AFTER the number (or after the last member of its list): a coding verb behind auxiliaries ("64632 is
 *          reported", "only 64712 is coded", "64445 got bundled", "Rationale: 64712 describes …"), or `modifier` within the next words ("code 64445
 *          with modifier 59", "64714 does not need a modifier");
 *        - a DESCRIPTION after it, when the label is a colon heading or sits in another element: two words no list
 *          knows, lower or upper case, a modifier or status letter allowed first ("Neuroplasty: 64712 sciatic nerve",
 *          "64445  N BLOCK INJ SCIATIC SNG"), CPT descriptor punctuation allowed ("64445 Injection(s), anesthetic
 *          agent(s)", "64712 Neuroplasty (exploration, …"). After a word bound right before the number the words are that record's
 *          title ("Problem 25923 low back pain", "Catalog 33529 nerve block tray"); two capitalised words are a name
 *          ("Cardiology Clinic"); a verb after them makes the number a count ("10147 eligible clinicians reported");
 *        - a LIST of known codes after a word of the same sentence ("NCCI pairs 64712 and 64445", "64712/64445").
 *        - a quick-reference line: a code and its description words before the number ("64712 sciatic nerve 64714").
 *        - a unit count right after the number ("add 64612 1 unit", "64632 x2"), the next sentence naming it a
 *          procedure ("neuroplasty 64714: This procedure is …"), or a modal opening a predicate about it ("64445
 *          should also need laterality", "following 64714 should read");
 *        - an option of a multiple-choice question that asks for a code ("Which code is reported?" | "A. 64445   B.
 *          64712"), and a quiz's rationale after its answer ("Correct answer: A. Rationale: 64445 describes …");
 *        - a prompt for a code right before the number's own `Label:` (in its text or the element before): a sentence
 *          naming a code, not one another field qualifies ("enter the procedure code now. Caller: 64612", "…
 *          chemodenervation code? | Back: 64612"; not "Enter your ZIP code. Caller: 43215").
 *        - a side or a procedure word right after the number ("agree: 64714 right", "confirm 64712 charge dropped");
 *        - a column gap (three spaces or a tab) between the bound word and the number, words in the next column: a
 *          fixed-width row, the word is another column's value ("Enc 71846  BERG A        64612          copay");
 *        - the TEXT codes another known number with a real modifier, the bound word is a common lower-case word and
 *          the sentence goes on after the number ("64712-LT …; block 64445 by anesthesia"; not "…, site 64714").
 *      A real letter modifier glued by a dash outweighs even a label naming another field ("Claim lines on file:
 *      64712-RT"; "Tracking 64445-22" stays an id). A label in a table cell makes it a phrase ("Coding: 64712 op note"
 *      under "Hold Reason"). "add" is a coding verb; a lower-case word in -s between a lower-case subject and the number
 *      is a verb ("auth lists 64445"); a lower-case coding verb after a verb in -s is a record noun naming the number
 *      ("Answers request 30118"). A "code $price" line before makes the number opening the next line the next code.
 *      An upper-case abbreviation bound to the number ("HAR 64612 and 64632", "FIN 64712 John Smith", opening a
 *      parenthesis: "Billing Advisory (BPA 25773)") is an identifier's field name, and so is an X12 element reference
 *      ("ST02 00811", "CLM01"; not SV101/SVC01, procedure composites): only a real modifier written with the code
 *      overrides it ("ACNT 48201-HL" is an account number) ("HAR 64612 was billed" is not one); nor does a label in another
 *      element make a list of codes ("Parking garage" | "64632, 64714"). A procedure word further back, behind the bound
 *      word and a preposition, does not decide ("charges stuck on HAR 64612"). Verbs, not labels: a word after a
 *      subject pronoun or a modal ("Do not pair 64445", "Can 64445 be billed"), "wants", "needs", "says", "like"; `code` after a
 *      modal is the coding verb ("I would code 64714"); number words are fillers ("booked two 64714 cases"); a comma
 *      after a `code` head ends its qualifier ("pain block, code 64445"); so are a word before an object pronoun
 *      ("Told her 64445"), a word after a form of "be" ("the block is still 64445"), a lower-case word after "to"
 *      ("to move 64445"), a word before "has" ("This encounter has 64445"), a lower-case word between a comma and the number is its label,
 *      not a procedure word behind the comma ("routed to coding, task 12542"), and "w/" is "with". A lower-case past
 *      tense of five letters is a verb too ("added 64612"; "Sched 64714" is an abbreviation). "64612 as a bilateral procedure" is positive evidence after the number.
 *      "rebill", "compare", "keep" and "drop" are coding verbs. More positive evidence for an unexplained label: a
 *      procedure noun by its suffix ("Facial chemodenervation 64612": -plasty, -ectomy, -otomy, -scopy, …) or an
 *      article's anatomical adjective and noun ("a regional block 64445"; not "the block still", "a second line")
 *      right before the number; the same number written with a real modifier elsewhere in the text ("Your answer:
 *      64612 ✗ Correct answer: 64612-50"). A plural procedure word right after the number counts it ("30109 charges on
 *      hold"). A quoted CSV field followed by a field of lower-case words ("\"64445\",\"N block inj sciatic sng\"") is
 *      a code whatever the line before (a header's tail) says.
 *      A capitalised coding verb after another capitalised word ends a title naming a record ("Change Request 13058");
 *      "that" before the number follows a verb ("found that 64632"); "primary"/"secondary" are adjectives; "when" and
 *      "example" are no label; a sentence ending the element before ("… in the PE file.") is no label.
 *      Eighteenth pass: a procedure noun may carry a comma qualifier, and a column gap may follow it ("[ ] Neuroplasty,
 *      sciatic      64712", "Nerve blocks, diagnostic: 64445"; "block" and "destruction" only so); "paid" right before
 *      the number is an adjudication verb (not a JSON key, "paidCents"); a raw NCCI PTP row opening its line (two
 *      numbers, an effective date, a deletion date or `*`, a modifier indicator 0/1/9) is a code pair, whatever the
 *      line before; a superscript footnote mark ("64712¹, 64714¹") is part of a list gap; an option letter may follow
 *      a radio or check symbol ("◯ B. 64712"). A two-column key-value table's field cell ("Transaction ID" | 84218)
 *      names its value before the column's population and modified codes. "has"/"had" before and a plural noun phrase
 *      after ("has 42002 ZIP codes") make the number a count.
 *      Twentieth pass: an anatomical adjective before "block" or "nerve" right before the number names the procedure
 *      with no article ("left facial nerve 64612", "sciatic block 64445"; not "general ledger 64445"); "False" is no
 *      label ("True or False: 64632 includes …"); a plural "codes" head qualified by a lower-case word no list knows
 *      names codes ("top codes: 64714 (6)", "the block codes, 64445"; a form's "Additional codes" still needs a list).
 *      Twenty-first pass: "Bilateral" right before the number is a procedure label ("Bilateral 64445:
 *      one line, modifier 50"). A number opening its text under a fixed-width header line in `before` ("Code   Mod
 *      POS 11     Notes") sits in the header's first column: a first name saying code labels it (not "Notes"). A
 *      field word after "$amount per" before the colon is a rate's unit ("Tier 1 — $640 per case: 64445"): no label.
 *      A procedure noun by its suffix heading the number with a bare colon names it ("Chemodenervation: 64612").
 *      Twenty-second pass (with the miss survey's rule, docs/detection-miss-survey.md): a coding verb after the number
 *      or its list ("is reported", "were billed", "denied") outweighs another field's word that is not bound right
 *      before it ("Units: 64612 is reported", "in 4 claims 64714 and 64712 were billed"; "Claim 64714 was denied" and
 *      "HAR 64612 was billed" stay ids). Two description words, the number, an optional quantity and an amount make a
 *      charge line ("NEUROPLASTY SCIATIC NRV OPEN 64712 1 3,120.00", "…nerve, open 64712 $1,850"; not "SMITH, JOHN").
 *      A quiz stem ending in a coding verb ("… is reported with:") asks for a code: each option is one. Words after a
 *      spaced em dash are the number's descriptor ("64712 — Neuroplasty, …"). An unknown abbreviation between a comma
 *      and the number labels it ("Billing Office, PTAN 88503"). A capitalised heading opening its line or segment
 *      ("Drill-down: 64712 →") is no identifier's label, unless the text ends there or "(", a capital or a plural
 *      follows, or it is a table cell. A delimited row opening with the number, then empty or modifier fields and a
 *      descriptor field ("64445,,N block inj sciatic sng,A") is a code row.
 *      Twenty-third pass (sealed22): a number before a plural noun that ends its segment (a separator, a full stop, a
 *      column gap, the line's end) counts it ("33404 lines · 0 errors", "27160 bytes"; not "64445 meets;"); two
 *      amounts before the number may carry thousands commas ("1,880.14   1,019.86   18127 45"); of two five-digit
 *      CSV fields glued by a comma, the second takes the first's shape rejection ("2026-06-30,52705,10006,\"Accrued
 *      …\"": an account after a date, then its department). A count word after the number is read on its line only
 *      ("CPT 64712 and 64714⏎Claims reviewed: 20"); after a number word it counts for that word, and the number
 *      between them classifies what is counted: a code ("Findings: Four 64714 claims lacked …", "booked two 64714
 *      cases").
 *      Label phrases: two heads joined by "or"/"and" that disagree leave the label unexplained ("Item or service: 64445
 *      — Injection, …" is coded by its descriptor; "Date of item or service:" stays a date); a field word behind a
 *      preposition whose head is a word no list knows is that head's complement, the label unexplained ("Also open
 *      for the same encounter: 64712 (digital nerve neuroplasty)"). Under a code head no list qualifies, known codes
 *      each with a figure are a list ("Suggested codes (AI, confidence): 64714 0.93 · 64712 0.41", "denied by code:
 *      64632 $980.00   64612"), and in prose (no colon) a count in parentheses after the number says how often a
 *      code came up ("Top code 64445 (9 of them)"; "Parking garage code: 64714 (6)" stays a field's value). A unit
 *      count after the number may stand apart from its sign ("64445 x 3 claims"). In a CSV export shown as text, a
 *      quoted phrase cell is free text read by these rules, not named by its column ("see 64612-50 note" under
 *      additional_generic_notes).
 *      An arrow right before the number ends the phrase before it ("… next visit\" → 64445 not performed"; "ZIP 17323 →
 *      Carrier 12502" keeps its label); a plural before a full stop ends a sentence, it is no abbreviated label ("…
 *      benefit documents. 64612"; "Claim nos. 64612" is); a count word after the number that a figure follows gives
 *      the code's units ("64612 units reduced from 2 to 1", "units corrected to 1"; "64612 units billed" is a count).
 *      Twenty-fourth pass (sealed23, sealed24), the false marks first: a word no list knows opening a parenthesis with
 *      the number is its label, a procedure word outside it is not ("Northgate Billing (Submitter 31336)"); words
 *      after the number that end in a colon are the next field's label, no description ("Seed: 59832   Frame low:
 *      1"); a list of known codes is evidence only when its first member is known too ("Linked tickets: 73214,
 *      24904"). Then the misses: a unit count after the number may carry its punctuation, and a unit may be an
 *      ordinal ("approve 64712 x1;", "MUE: 64714 2nd unit"); "vs"/"versus" joins two list members ("64712 vs
 *      64714", the list taking its first member's verdict: "Claim 64712 vs 64714" stays ids); a modifier named after
 *      the number ("64712 with modifier Q1": a modifier written with it) outweighs a field word not bound right before
 *      it, as a coding verb does ("Claims for S items: 64712 with modifier Q1"; "Claim 64712 with modifier Q1" stays
 *      an id).
 *      A fixed-width row's next column may open with a spaced dash ("RN review     64445 — no auth required"); after
 *      "the", a number before a plural that ends its segment names what the plural holds, it does not count it ("on
 *      the 64714 lines,"; "on 64714 lines," is a count). A capitalised word of four letters or more opening the text or
 *      a sentence, the number, then "to"/"into" and a determiner is an imperative verb, its object and where it goes
 *      ("MOVE 64445 TO THEIR CLAIM", "Shift 64712 to the facility claim"; "send refund 64712 to the patient" keeps its
 *      label).
 *      Twenty-fifth pass (sealed25, sealed26: developer and analytics tooling, public documents), the false marks
 *      first: a key glued by "=" names its value ("inserted=13885", a log's key=value field: a key, not a past-tense
 *      verb), and so does a query's column name (a `_` or `.` in it) before a comparison or an IN list
 *      ("t.ORIGINAL_PAYOR_ID NOT IN (51183, 64612)"): a key or column naming another field or no list's word says not
 *      ("cpt=64612", "t.CPT_CODE IN ('64712', …)", "column1=64712" are left to the other rules); a snake_case
 *      "…_code" header is a generic code header like "Charge code" ("charge_code" beside the row's "cpt" column); a
 *      snake_case name one blank before the number names it too (a Prometheus sample: "jvm_threads_live_threads 67970",
 *      labels in braces allowed; a dotted abbreviation, "e.g. 64445", is no such name). A count's plural may follow
 *      one lower-case word when a separator, a full stop or "of" ends it ("22843 frame lines,", "received 21896 timely
 *      pieces of"; not "Benchmark: 64612 eligible clinicians"), and a past participle ending the sentence ends the
 *      plural's segment ("64714 copies printed."). A DataFrame print's row holds one code (DATA ROWS below).
 *      Then the misses: any word no list knows opening a parenthesis with the number is its label, lower case too, so a
 *      field word outside it does not decide and a procedure noun opening it is positive evidence ("2 CDM rows
 *      (neuroplasty 64712/64714)"); a coding verb after an article is a noun, no evidence after the number ("specialty
 *      31969 on the request.").
 *      Twenty-sixth pass (sealed27, sealed28: patient-side pages, hospital finance): a determiner right before `code`
 *      ends its qualifier search, the code is one the prose talks about ("gave me the code (64632)", "same code
 *      64632?", "different code, 64632 is …"; "use the code 64612" stays a promotion's); `code` before a form of "be"
 *      and the number names a procedure code unless a listed word qualifies it ("the Botox injection code is 64612";
 *      "the ZIP code is 64111" stays a ZIP); "said" is a verb; a verb that reads a document out ("shows", "lists",
 *      "states", "reads") makes an upper-case abbreviation before it its subject, no label ("EOB shows 64445"; "NCCI
 *      pairs 64712" keeps its label); surgical cases a procedure noun names are counted by their codes ("Neuroplasty
 *      cases 64712 / 64714", "neuroplasty cases (64712, 64714)"; a field word otherwise labels them); a lower-case noun
 *      and "surgery" right before the number name the procedure ("Sciatic nerve surgery 64712"; "Lakeside Surgery" is
 *      a name). The false marks: a segment of one number and one lower-case word between separators is a stat ("u/… ·
 *      64712 karma · 11h"; not a side: "· 64612 bilateral ·").
 *      Twenty-seventh pass (sealed29–32: audit and legal, messaging, education, OCR text layers), the false marks
 *      first: a spreadsheet grid's column letter ("B") names no field, its first row of words does ("Acct", "CPT");
 *      "size" and a page's "p."/"pp." name other numbers ("UNIVERSE SIZE: 12882", "p. 10513"). Then the misses: an
 *      anatomical or procedure noun phrase as the subject of "is" right before the number names it ("the sciatic
 *      nerve is 64445", "… facial nerve, unilateral, is 64612"); a charge line's description may end in a side
 *      ("BLOCK SCIATIC RT   64445   980.00"); "best" qualifies no `code` ("best code 64445").
 *      Twenty-eighth pass (sealed33: specialty clinics; sealed34: pages in the languages of US patients). A language
 *      that puts the head first has its own code words: es/pt "código", vi "mã", ru "код", ht "kòd", fr "acte" (its
 *      elided article dropped: "l’acte"), ht "operasyon" (an operation) say code when bound to the number ("el código
 *      64445", "mã 64632", "(код 01180)"); a word between is the head's qualifier, which names another field ("código
 *      postal 78226", "mã số nhân viên 73020", "Kòd pasyan 21260"). Field words of those languages label other numbers
 *      (authorization, account, order: "autorización", "conta", "pedido"; "núm.", "número", "nº", fr "n°" identifier
 *      heads; ru "доб." an extension); their prepositions and conjunctions are breakers ("1 unidad de 64445",
 *      "pregunta por 64712"), and so is a lower-case "a" ("posterior a 64632"); ht "fè" (do) and vi "(thực) hiện"
 *      (perform) are coding verbs.
 *      Chinese runs on with no blank: a run ending in a procedure noun (…术, 注射, 阻滞) or 重复 (repeat) bound to the
 *      number names it ("神经阻滞注射 64445"). "chemo" is a procedure word ("Chemo 64612" in a referral queue); a
 *      header "Billed with" / "Coded as" names a code column; a row cell with no letter names no field (an amount
 *      with its sign after it, "640,00 $", beside a description in any script).
 *      Twenty-ninth pass (sealed35–37: app widgets, value-based care, post-acute care), the false marks first: a plural
 *      noun no list knows heading a column counts what it names ("Beneficiaries", "National episodes (baseline)": its
 *      bare numbers are counts, whatever a row cell reads like); "ver."/"version" label other numbers; a gap opening
 *      with "in" is no description between two codes ("64612 in schedule 20265"); a street address and a comma before
 *      the number make it a ZIP ("2207 Cedar Ave S, 55406"). Then the misses: "search" is a verb ("Type a command or
 *      search…", "Search codes…"); "s/p" (status post) names a procedure; the field word of "… required for:" / "…
 *      needed for:" is a clause's subject, the numbers after it services ("Prior auth required for: 64712, 64714"); a
 *      generic "Code" column is no chargemaster's when its table has a modifier column ("Code | Mod | Short
 *      descriptor"); "decompression" is a procedure noun, and "Surgery" opening the text names the procedure
 *      ("Surgery 64712 09/30/25 LT"); a spaced dash before "sample" does not end the label, the field named before it
 *      names the sample value ("☑ CPT — sample: 64712"; "Payer ID — sample: 60054" stays an id).
 *      Thirtieth pass (sealed38–40: payer contracting, patient financial services, research billing and release of
 *      information), the false marks first: a line opening with a one-digit record type, then whole numbers only, one
 *      zero-padded, is a bank file's record (lockbox, ACH: "5 001 64632 251110"), its fields no codes; a price
 *      transparency row's "code|1|type" cell names the coding system of its "code|1" value (CDM, RC not a code); a
 *      procedure column holding a code the data does not know still makes a bare number beside it another field (a
 *      write-off code beside "Primary CPT" 99284). Then the misses: "nerve" before "block(s)" and an anatomical
 *      adjective before "injection" name the procedure ("the nerve block 64445", "facial injection 64612"; "Lot 4
 *      block" stays a legal description); "if" is no label, "both" a filler ("asked if 64445", "included both 64445 and
 *      76942"); a negation in parentheses after the number is a note, no label ("64632 (no PA)"); a capitalised
 *      heading may be indented ("  Additional: 64712"); a number in parentheses after a date under a header naming
 *      another field is no name's id; a list whose first and last members the data knows is a list of codes, a code it
 *      does not know between ("lines 64712, 01250, 64445").
 *      Thirty-first pass (sealed41–43: imaging, Medicaid portals, physician compensation), the false marks first: "FIPS"
 *      and "Dept" name other fields (a county, a ledger department); numbers keyed one after another to capitalised names
 *      are the names' ("10576 (Pound Ridge), 10590 (South Salem)": ZIPs, ids). Then the misses: a delimited row opening
 *      with the number may carry an upper-case descriptor ("64445,,,N BLOCK INJ SCIATIC SNG"); "once/twice per" after
 *      the number is a service's frequency limit ("allows 64612 once per side"); a bare "Code" column whose row
 *      describes the code as CPT does, a noun and a comma qualifier ("Neuroplasty, sciatic nerve"), is no chargemaster's.
 *      Thirty-second pass (sealed44–46: eye, ENT and facial plastics, federal programs, terminology tools), the false
 *      marks first: a procedure word glued by a dash is a ticket's prefix under a header no list knows too ("CHG-64714"
 *      under "Ticket"; "CPT-64714" stays a code); "legacy" names another field (a retired local code); a number after
 *      another of three digits or more and "of" is a total ("element 10582 of 12431"). Then the misses: a side in
 *      parentheses may carry a comma ("64612 (left), in office"); a CPT descriptor may qualify by a semicolon
 *      ("Neuroplasty; sciatic nerve"); a service verb's participle header ("Requested") is left to the population; a
 *      lower-case past tense after a plural is a coding verb, no record noun ("injections billed with 64612").
 *      Thirty-third pass (sealed47–49: graduate medical education, occupational health, self-funded plans), false marks
 *      only: a dot right before a field label's colon ends the label's abbreviation, no sentence ("Group No.: 40218" is
 *      an identifier; "CPT No.: 64445" stays a code); "pager" names another field, even in a cell under a CPT header.
 *      Thirty-fourth pass (sealed50–52: behavioral health, inpatient coding and CDI, pediatric and women's health): a
 *      header's parenthesised note qualifies its head, a head naming the procedure decides ("CPT (pro fee)"); a plural
 *      of four letters no list knows heads a column of counts too ("Patient days"); a tag glued by a dash under a "…
 *      code" header whose qualifier names no procedure is an id ("PKG-97038" under "Package code"; "ASC-64714" under
 *      "Service Code" stays a code).
 *      Thirty-fifth pass (sealed53–55: oncology and infusion, outpatient rehabilitation, laboratory and pathology),
 *      misses only: an XML element or attribute naming a procedure code is one, whatever its attributes
 *      (`<ProcedureCode qualifier="HC">`, `<CPTCode …>`, `cpt="64712"`; `<ProcedureCodeSystem>` and `procedureId` are
 *      not); CMS-1500 item 24D right before the number, opening a line, after a field gap or "Item", is the procedure
 *      field ("24D 64445  59 RT"; "Apt 24D 64712" is an address); a surgical phase right before it names the operation
 *      ("post-op 64712", "intra-op 64445"; a bare "op" is an overpayment tag or an op note's label, no evidence);
 *      "eval" (a therapy or E/M evaluation, "PT eval 97161") and "surgical" ("surgical code 64632") are procedure words.
 *      Thirty-sixth pass (sealed56–58: podiatry, ambulatory surgery and anesthesia, personal injury), misses: a bare
 *      "Code" column's value right after its description in sentence case that names no other field is a code whatever
 *      the column's population ("Nerve destruction" | 64632, a statement's or a care plan's line; a chargemaster's
 *      number opens its row, "Sponsor budget line" names a field); a comma qualifier may open with a digit ("X-ray foot,
 *      3 views"); a JSON code's sibling "codeType"/"code_type" names its system as "type" does ({ "code": "64712",
 *      "codeType": "CPT" }); so does an XML element's "system" attribute (`<Code system="CPT">64445</Code>`).
 *      Words describing a listed code may follow a comma ("sciatic nerve 64712, lumbar plexus 64714").
 *      Thirty-seventh pass (sealed59–61: nerve procedures on payer pages, international payers), misses: a bare value
 *      right before a cell in the AMA descriptor's semicolon form ("Neuroplasty; sciatic nerve") is its code under a
 *      line-item header ("Item", "Ref"; an id's header, "Claim #", still decides alone); a Gulf e-claim's (DHA eClaimLink, DOH Shafafiya) `<Code>` right after its
 *      activity `<Type>3</Type>` is CPT in that schema (`<Type>8</Type>` is a service code), and so is its JSON API's
 *      quoted "code" right after "type": 3.
 *      Thirty-eighth pass (sealed62–64: headache and facial pain, coding vendors and QA, credentialing), the false marks
 *      first: a past participle and "to" heading a column names a recipient ("Assigned to", "Referred to", "Posted to":
 *      a person, a place, an account), whatever its population ("Maps to", "Applies to" are left to it); a "-to"
 *      compound is a party's qualifier, no preposition ("Ship-to ZIP" is a ZIP). Then the misses: a row that writes the
 *      same known value in two cells under headers no list knows compares codes across columns ("Coder A" | "Coder B" |
 *      "Gold", "Orig" | "Final": an audit or double-coding grid; not under an upper-case abbreviation, "HAR");
 *      "original" and "audited" give a code's audit state, no field ("Audited code(s): 64712"); a lower-case "so" is a
 *      conjunction, no label ("…, so 64712 applies"; "SO 64712" a sales order); a "… code" column ("Admin code") in a
 *      table with a modifier column codes procedures whatever its population, as a bare "Code" does there.
 *      Thirty-ninth pass (sealed65–68: ambulance and ED billing, bank lockbox and GL posting, utilization management,
 *      health centers and critical access hospitals), the false marks first: a bank file's comma record is no claim,
 *      its numbers no codes (a BAI2 record, a two-digit record code and fields ending in "/"; a lockbox transmission's
 *      header, detail or trailer, one capital letter then a comma: "D,,64612,001,…"); "county", "odometer", "JE" and
 *      "interest" name other fields; an example ("such as", "e.g.") of a label naming another field is that field's
 *      value ("Rural ZIPs such as 64445", "the ZIP on file (e.g. 64152)"). Then the misses: a CSV field followed by an
 *      amount field ("0361,64445,980.00,588.00", a chargemaster line) is a whole field, no decimal comma's fraction.
 *      Fortieth pass (sealed69–72: EHR build and charge capture, payer provider data, spine and neuromodulation, risk
 *      adjustment), misses: an XML `code` attribute whose element's `system` or `type` attribute names CPT/HCPCS is
 *      a code, in either order (`<Service code="64445" type="CPT"/>`, `<Procedure system="CPT" code="64632"/>`); a
 *      header that is an HL7 v2 procedure field's reference ("FT1-25", "PR1.3": an interface error queue) names the
 *      procedure ("FT1-7" does not); a JSON line with no brace before its code (a viewer's line, the object opened on
 *      an earlier one) is read by the line's own members (`"billing_code_type": "CPT", …, "billing_code": "64712"`);
 *      under a code head no list knows ("Affected codes:") a list is codes when a later member is known, not only its
 *      last ("64712, 64713, 64714, 64718 and 64721").
 *      Forty-first pass (sealed73–76: sports medicine, liability insurers and risk management, specialty pharmacy and
 *      buy-and-bill, all-payer claims databases), the false marks first: a pipe-delimited record's code is the field
 *      its modifier field (two digits too, "50") and a units field follow, as in a comma row; an earlier five-digit
 *      field is another column's ("10442|CL88123|1|80110||64712|RT|1|245000", an all-payer claims extract's provider
 *      ZIP before its procedure); "class" names another field (a liability rating class: "Class" 80161). Then the
 *      misses: a header ending in an ordinal is read without it when the rest names a procedure ("Other proc 1",
 *      "CPT 2", "OTH_SURG_PROC_CODE_1": a discharge data file's procedure columns, its edit report's field names;
 *      "Column 1" is not one); an XML `code` attribute is a code in an element named a procedure (`<Procedure
 *      code="64612" side="L"/>`, `<LinkedProcedure code="64445"/>`); a CSV field is whole, no decimal comma's fraction,
 *      when its modifier field is followed by empty fields, then a number ("1,64612,RT,,1,410.00": a buy-and-bill
 *      line's empty NDC); a "Billed code" or "Billing code" header names the procedure as "Procedure code" does,
 *      whatever its population (an EOB's or a drug log's column, most of its codes ones the data does not know).
 *      Forty-second pass (sealed77–80: cash-pay medicine and self-pay marketplaces, revenue-cycle vendor support,
 *      correctional health care, PACE and geriatric care management), the false marks first: "badge" names an
 *      identifier (an officer's badge number in a guard log, whatever a note in the row describes); a distance is
 *      measured from a place ("25 miles of 73069", "2.1 mi from 73069": a ZIP); "batches" is the batch label (a
 *      plural in -es the -s rule misses); capitalised words are a name, no description in the row ("Red Earth Surgery
 *      Center" beside a "Listing" id in a provider comparison). Then the misses: a bare "Item" header over a column
 *      the data mostly knows lists codes (a utilization dashboard, a rate sheet; "Item #" and "Ref" stay ids).
 *      Forty-third pass (sealed81–84: No Surprises Act IDR, practice acquisitions and diligence, device makers'
 *      reimbursement hubs, chargemaster maintenance), the false marks first: a lower-case field glued by a bare comma
 *      before the number is another column's value in a delimited row whose header is out of reach, no verb bound to
 *      it ("…,initiated,88561,73104", a status column; "We submitted 64714" keeps its verb); a "($000)" money unit, in
 *      a header ("Invested ($000)") or after the number ("budget of 21695 ($000)"), makes it an amount in thousands; a column gap (three blanks) after a word ends the label, a procedure word across
 *      it names another field ("Source: HIS charge interface   Journal 90034"). Then the misses: a CSV field between a
 *      word field and a date field is whole, no decimal comma's fraction ("Meridian,64632,2025-01-10"; after a number
 *      field, "88123,64714,2025-10-23", it is left as it was).
 *      Forty-fourth pass (sealed85–88: computer-assisted coding and AI scribes, health services research, managed-care
 *      contracting, patient access), the false marks first: a possessive before a lower-case coding verb bound to the
 *      number makes the verb a record noun ("Your request 64714 (…) has moved": a ticket; "Your request for 64714"
 *      keeps its verb); a percentage in parentheses after a double blank still makes the number a count
 *      ("Auto-finalized 58121  (76.3%)", a KPI tile).
 *      Forty-fifth pass (sealed89–92: acute pain service and regional anesthesia, payer special investigations units,
 *      Indian Health Service and Purchased/Referred Care, neurosurgery charge review), the false mark first: a number
 *      glued after a GS1 application identifier in parentheses is a barcode's field ("(10)64612(21)…", a lot). Then the
 *      misses: a header no list knows in a table with a modifier column is a code column (NCCI "Column 1" | "Column 2"
 *      | "Mod. ind."); a procedure header over a column the data knows half of is one too when its row holds no
 *      description (a tie is no identifier column's mark; a tie beside a descriptor is a chargemaster's), unless the cell
 *      before names another field; a tally sign and count glued after a number ("64632
 *      ×22") is a code billed that often, whatever the header; an XML claim line's bare `<Proc>` holds the procedure; two
 *      description words then a parenthesised aside describe the number ("64712 sciatic neuroplasty (needs PRC)"); a
 *      procedure noun qualifying "code" names a procedure's code ("the neurolysis code 64632").
 *      Forty-sixth pass (sealed93–96: virtual-first telehealth, ACO claim line feeds, disability claims and IMEs,
 *      pelvic pain and pudendal neuralgia), the false marks first: "Bates" names a produced page, an identifier; a
 *      "request" in parentheses or after "change" is a ticket's number, not the coding verb. Then the misses: an "Item"
 *      cell before a noun and a comma qualifier ("Neuroplasty, sciatic nerve") is a bill's line code, unless it opens
 *      the row (a supply list's stock number); a "Ref" column the data mostly knows is a code column when a value
 *      repeats (an id is written once); a lower-case "post" right before a number ("status post 64712") names the
 *      operation done (a capitalised "Post 64632" is a forum post).
 *      Forty-seventh pass (sealed97–100: student health services and plans, practice-management conversions, gold
 *      carding, health care sharing ministries), the misses: a "Service code" or "Svc code" header names the service
 *      line's procedure, as "Billed code" does: not a generic "… code" whose population decides (a bill review's, an
 *      estimate's codes the data mostly does not know). The false marks: a "Legacy … code" header ("Legacy chg code",
 *      "Legacy ins code") names the old system's local number in a conversion crosswalk, whatever it qualifies.
 *      A row's cell opening with a figure and a blank ("4 per yr", "$300 / yr": a sharing limit) is a value, not a field
 *      name: it says nothing about the other cells' numbers.
 *      A value the row writes twice, under a participle or a "… code" head ("Documented", "Supported code") beside a
 *      "Billed code" column, is an audit's second reading of that code, not another field.
 *      An XML authorization's `code` attribute (`<PriorAuth ref="…" code="64612"/>`) is the authorized service's code.
 *      Forty-eighth pass (sealed101–104: MSP and COB recovery, OPPS claim editing, Medicare appeals, payer policy
 *      bulletins and claim-edit releases), the false marks first: a plural "charges" heading a column ("Gross charges",
 *      "47 TOTAL CHARGES") holds money, the singular "Charge" still names the line's procedure; a record names one
 *      procedure, so a value after its code's modifier and fee fields ("64632,LT,214.00,AETNA LIFE,60054") or, in a
 *      single-blank record, after the code and a long number field ("64632 000021400 60054 06156 GH") is another
 *      column's; "run" (a pricer's or a batch job's) and "stop" (a mail stop) name other numbers. Then the misses: an
 *      XML `proc` attribute holds the line's procedure, and a `value` attribute reads as `code` beside a CPT/HCPCS
 *      `system` (`<code system="CPT" value="64712"/>`); a delimited field followed by a field naming CPT/HCPCS is that
 *      system's code ("…,CDM,64712,HCPCS,…": a price transparency file's code and its type); a field after a date field
 *      is whole, no decimal comma's fraction, when a word or a count field follows ("2025-06-12,64712,REDET"); a "Line
 *      item" column the data mostly knows lists codes, as "Item" does; a header opening its slash alternatives with
 *      CPT/HCPCS names the code column ("44 HCPCS / Rate / HIPPS Code"); "neither" is a conjunction, no label.
 *      Fiftieth pass (sealed109–116: fee schedule tools, good faith estimates, enrollment, encounter data, workers'
 *      comp, cost accounting, registries, medical policy): a CSV field followed by a field naming CPT/HCPCS is whole,
 *      no decimal comma's fraction ("MP-7.01.112,64712,CPT,…"), and the record's procedure: a five-digit field after
 *      its system field and a word field is another column's ("64445,CPT,MN,Y,45260": an edit rule id). A table cell of
 *      numbers only, no word, is the value of a header naming another field, as a bare value is ("3 (10314, 10342)"
 *      under "Studies (RefID)"). A past participle before "search" makes it a record noun naming the number ("saved
 *      search 88102"; "search 64445 in the fee tool" is the verb). A column that writes a whole number with thousands
 *      separators ("8,912") holds quantities, whatever share of its five-digit values the data knows. A row's snake_case
 *      field name naming another field names the value as a phrase of words does ("PAYER_PLAN_ID" | 10112). A fee row's
 *      code may have two empty modifier fields before its fee: the five-digit field before it is still another
 *      column's ("2026,05102,00,64714,,,561.37": the carrier). In a pipe record, a five-digit field after another
 *      with a modifier field and, further on, a fee field is another column's, whether or not the data knows that
 *      procedure ("…|76942|26||1|110.00|…|45237"). A procedure column whose cell lists codes ("76942; J0585" under
 *      "Ancillary services") holds services billed with the row's: a bare number beside it ("Primary code") is no
 *      other field for that. A delimited row's field its modifier and fee fields follow is the row's code, no member of a
 *      list an identifier field before it opens ("CNP-18102,64712,RT,1211.80"). An XML `code` attribute beside a
 *      `modifier` (or `mod`) attribute, or a `codeType` naming CPT/HCPCS, is a procedure code (`<Rate code="64632"
 *      modifier="" …/>`). Words after an X12 segment's terminator that open with a blank and a lower-case word are
 *      prose, read by these rules ("HCP*00*0~ on a denied 64714"). A CSV field followed by a letter modifier field and
 *      a word field is whole, no decimal comma's fraction ("2,64445,RT,INJ SCIATIC NRV,2").
 *      Fifty-first pass (sealed117–124: hospice and research billing, call centres, coding education): an arrow
 *      between words ends the label, as one right before the number does ("a procedure → node 64612": a path's step).
 *      "pool", "query"/"queries" and "types" name records ("routing to pool 10133", "coding query 21057", "visit types
 *      40118").
 *      A field word before "#" is bound to the number through it: a coding verb after the number does not outweigh it
 *      ("Case #71236 needs CPT confirm", "Claim # 64714 was denied").
 *      A bare "Edit" column header names a claim scrubber's edit number (73069 under "Edit", beside a "Code" column).
 *      A bare "#" column header names no field, as "Row Labels" does: the column's population decides (a superbill's
 *      "#" | "Procedure" | "Fee" lists codes; "Query #" is still an id).
 *      A conjunction opening a clause is no label: "because", "why", "unless", "although", "whether" ("because 64445
 *      went to Palmetto").
 *      A capitalised heading's number followed by "is"/"was" and an article is defined by the sentence, not counted by
 *      a plural ("Reminder: 64714 is the lumbar plexus"; "Answer: 64632 is pending", "Backlog: 30109 charges" not).
 *      "any", "each", "every" are determiners, no label ("a separate note for any 64445").
 *      "book" is a coding verb: a scheduler books a procedure ("If lost, book 64712 only").
 *      A capital and two digits bound right before the number name an identifier's field, as an X12 element reference
 *      does ("CGS J15 44130", a contractor's jurisdiction and number).
 *      A header's procedure word followed by a preposition and one word is the header's head, the word its complement
 *      ("Typical CPT on call", "CPT (if known)"); in text, a word no list knows bound behind it still labels the number.
 *      A coding quiz's answer may be given in prose: "the answer is 64712" where the text speaks of coding, as "Answer:".
 *      XML: a CDISC ODM item's `Value` is a code when its `ItemOID` names CPT/HCPCS (`ItemOID="I_PROC_CPT"`).
 *      A CMS-1500 print lettering line 24's columns gives item 24D as "D" after column B's place of service ("B 22   D
 *      64712  LT").
 *      "the" right before the number after a colon or a comma opens a phrase about it: the word before the colon or comma
 *      is no label ("AGENT: the 64445 is the nerve block", "okay, the 64712 is the surgery"; "Claim: 64712" still is).
 *      Fifty-second pass (sealed125–132: charity care, marketplace enrollment, workers' comp bill review, fee schedules,
 *      transcription QA, health information exchange): a delimited row alone in its node (a viewer's line of a CSV or
 *      TSV file) is named by the header line ending the text before it, when neither has a blank after a separator:
 *      a field naming another field says not ("batch_id", "ADJ_TXN"), one naming a procedure says code for a number not
 *      opening the row ("…,812,64445,Y" under "…,score,cpt,pe_flag"), any other field is left to the rules; a header
 *      field may end in "%" ("FPL%"). XML: an element's code followed by a modifier element (`<Code>64445</Code><Mod/>`)
 *      or in an element whose `type` attribute names CPT/HCPCS (`<ServiceCode type="CPT">`) is a procedure code.
 *      "issuer" names a record (a marketplace plan's insurer). A table with an "M1" column (modifier 1) codes
 *      procedures, as one with a "Mod" column does. A surname and an initial before a parenthesised number ("Abernathy
 *      W. (24709)") name its record, as a name does, under a header naming another field. "left"/"right" opening the
 *      text right before the number give a procedure's side ("left 64632" in a QA log's cell).
 *      Fifty-third pass (sealed133–138: clinical privileging and practice evaluation, IRO claim audits, repricing
 *      returns, military clinic workload, prior-auth questionnaires, state legislation and data calls): a CSV field
 *      followed by an LT/RT or an empty field, then a word field, is whole, no decimal comma's fraction
 *      ("11/02/2024,60120,64712,LT,Meriter", "2028,64632,,DPM,158"). XML: any element whose next sibling is a modifier
 *      element holds a procedure code (`<Procedure qual="HC">64712</Procedure><Mod>LT</Mod>`; not `<Model>`).
 *      "privilege(s)" is a procedure word: a delineation of privileges lists procedures ("new special privilege 64632",
 *      a "Privileges at issue" column). "reg." (a registration) and "certificate(s)" name records ("Witness reg. 64632",
 *      "certificates 51047 and 51109"). A coding verb's past participle qualifying `code` names a procedure's code
 *      ("Requested code: 64632 DESTRUCTION BY NEUROLYTIC AGENT"). A column with no header right before a procedure
 *      column describing the row holds that procedure's code ("" | "Procedure": 64445 | "N BLOCK INJ SCIATIC SNG").
 *      "now" is an adverb, no label ("now 64445 + 76942" in a change log). "blk" after an anatomical word is a nerve
 *      block ("R sciatic blk 64445"). A comma row's opening five-digit field is its record key when a later field is
 *      the row's code, a known value before a modifier or an empty field, and none follows the first
 *      ("71236,A31017,2026-01-07,1629031874,64632,RT": the claim id; "64445,RT,142.00,64612,,88.50" two line items).
 *      Fifty-fourth pass (sealed139–152: payer call logs and IVR scripts, ASC chargemasters, coding quizzes and study
 *      chats, no-fault NF-3 forms, encounter forms, implant supply chains, medical debt disputes): a unit count written
 *      with the number ("2 x 64712", "64445 x3", "64445 x 12") makes it a service line's code over an unexplained label
 *      or after a plural counting records ("5 block records: 64445 x3"; "Claim 64714 x2", "Demande d’autorisation :
 *      64445 x2" stay). A zero-led four-digit field opening a comma row is a UB-04 revenue code, no decimal's whole part,
 *      when a descriptor follows the number ("0360,64712,NEUROPLASTY SCIATIC NERVE,…"; "1360,64712,…" stays a
 *      thousands group). A priced line's description may end in a side after a comma or an ordinal ("facial nerve, L
 *      64612  $248.92", "R 3rd interspace   64632  $187.44"). A check box before the number and a lower-case word after
 *      it is an encounter form's option ("NERVE BLOCKS ☐ 64418 suprascapular ☐ 64445 sciatic").
 *      Fifty-fifth pass (sealed153–166: Spanish EOB notes and chats, coding forums, investor calls, PROMs platforms,
 *      ASC cashiering, price-estimator marketing, RCA reports): "event" names a record ("The webcast archive is
 *      event 64714").
 *      A sentence that calls the number the reader's record by another field's name makes it that record's number
 *      ("64712 is your claim number"; "64712 is your procedure" stays a code).
 *      A comma row's number followed by a side field (LT, RT, 50) is a whole field, no decimal comma's fraction,
 *      whatever field comes next ("00418823,64712,RT,T0,NRS").
 *      A JSON code's sibling `codeSystem`, or a schema.org MedicalCode's `codingSystem` beside its `codeValue`, names
 *      its coding system as `system` does ({ "code": "64714", "codeSystem": "CPT" }; "CDM" there is a chargemaster's).
 *      Spanish and Portuguese "servicio"/"serviço" and "procedimiento"/"procedimento" are procedure words that put the
 *      head first, as "código" does ("El servicio 64612 fue preautorizado"; "servicio al cliente 64612" stays).
 *      The number a text message comes from, or in parentheses after "SMS", is a short code ("We will text you from
 *      64612", "survey by SMS (64612)").
 *      Fifty-sixth pass (sealed167–178: RUC survey exports, nerve-block price pages, disability and SHIP records,
 *      phishing drills): a singular "ticket" right before the number names the ticket's number ("Billing ticket
 *      64712"); a plural label still lists codes ("Linked tickets: 64445, 64712"). So do a follow-up request and an
 *      expense or incident report ("Follow-up request 64714 closed", "expense report 64632 submitted").
 *      A dosing interval right after the number ("64612 q12wk", "64612 every 3 months") is said of a treatment, as
 *      "once per side" is.
 *      A lower-case "surgery" bound to the number names the operation ("pending surgery 64712"), and so does "Botox"
 *      the chemodenervation given with it ("Botox 64612 q12wk"); "Surgery Center 64712" stays a place's.
 *      Fifty-seventh pass (tuning data: rows shown one line at a time, their header out of view): a delimited row's
 *      first number is the record's key when the next field holds a digit and no blank (a date, an id:
 *      "40716|2026-10-26|…", "30143,A25-14243,…"; not a side, units, an amount or a drug code: "64612,J0585,…"), or
 *      is a five-digit number in a dated row ("60242,52266,STD-27-40455,2027-05-26"; undated, "64712,64445,…" is an
 *      edit pair).
 *      After a log's time stamp and a column gap the number is a field of the log when the stamp has seconds
 *      ("06:15:48  64712  NOT FOUND": a scanner's log) or a file path follows ("23:58  38825 837P\BPN\…": a directory
 *      listing's file size); a chat's "10:05  64714: …" keeps its code.
 *      A meeting's or webinar's ID is written in groups: after "ID" and its first group of three or four digits, the
 *      number is the ID's next group ("meeting ID 812 30051 77").
 *      A spreadsheet formula's TEXT() formats a value: a five-digit one is a date's serial (=TEXT(45412,"yyyy-mm-dd")).
 *      Fifty-eighth pass (sealed179–190: interpreter services, fax servers, search histories, HSA and tax records):
 *      a number glued after a backslash is a file path's folder or file name ("file \\fx01\in\64712.tif").
 *      A possessive right before the number names the person's procedure ("For Nguyen's 64712 on the 26th"; a
 *      word of one or two letters, "it's", "he's", is "is").
 *      A lower-case word before "the" right before the number is a verb, the number its object ("reviewing the 64712
 *      op report", "hold the 64612 statements"); after "is" the word is a subject ("Your file is the …").
 *      So is one before Spanish "el" ("no cubren el 64612", "repetir el 64612").
 *      A numbered line ending in a column gap and the number, under a line that ends in a gap and a count of one to
 *      four digits, holds that column's next count ("6   or/1-5      64445" under "…  4211": a literature search history).
 *      "bps" after the number is a unit, a fax line's speed ("14400 bps").
 *   5. SHAPE: a digit and a comma glued before is a decimal comma ("1,64712"), but not in a CSV row whose next field
 *      is empty, a modifier or a five-digit value, then a number ("2026-11-03,64712,RT,920.00", "0812,64445,,2"); a comma
 *      and digits glued after are a decimal fraction, but not a whole number field of a CSV row between commas
 *      ("41310,64712,36064712,9880.00").
 *      `$`/`€`/`£` before, `.00`/`,000`/`.5` after, a ZIP+4 tail, glued into an identifier by `-`, `/`, `.`,
 *      `:`, `~`/`@` before (but "HC:64445:59", between two colons, is a composite's component; a procedure word glued
 *      by a dash, "CHG-17730", is an id under a header naming another field), `*` glued between an element and the
 *      number (an X12 element outside a sniffed segment, "NM1*41 ...*46*31336" in a tree viewer's line: a procedure
 *      follows `HC:`, never `*`), `%`/`@` after, a count or unit word after, a postal address (a street number before
 *      capitalised words ending in a street type, "10535 Hospital Way"; a ZIP ending an address after a place and two
 *      capitals that are no modifier, "Beaverton OR 97006", "Duluth, MN 55805"), masked digits before ("•••• 64714", "***64714"),
 *      a parenthesised label naming another field after ("26276 (Julian)"), a past-tense verb before and a plural noun
 *      after ("we processed 18459 appeals": a count), dots before ("...49601", a masked NPI; a dot leader between
 *      spaces is a code book's index entry, "Lumbar Plexus ........ 64714", unless its line's label names another field),
 *      a FHIR reference ("Procedure/10088"), a field a change names ("zip changed to 94105"), a range and "of" before
 *      ("Rows 1–12389 of 38613"), "of" and a larger total after ("12583 of 12,842 members"), a past participle and
 *      "of" before a counted plural ("consisted of 61214 lines"), a keypad's "#" after ("…,,62827#", a dial-in PIN), a
 *      barcode's printed digits ("*64632*", "||| |||| 64632 ||"), a value in a line of (index, value) pairs in columns
 *      ("  1    10174      11    11393", a random-number table): not a code (a count word used as a key, "units=3", is no count); but a short upper-case tag
 *      glued by a dash ("ASC-64714") in a column a procedure header names is that code's setting. The add-on mark
 *      `+64445` (nothing glued before the `+`), or "+ 64445" opening a line, is positive evidence. Under a header naming another field, a number in
 *      parentheses after a name is that name's id ("Aetna (60054)" under "Top payer"); so is one after a name ending in an
 *      abbreviation no list knows ("Lakeshore PPO (31135)"); not one after a lower-case word, a description's
 *      ("post nerve decompression (64712)" under "Product": the prose rules read it), nor one after a date.
 *   EXPLICIT EVIDENCE next to the number (lib/detect/evidence.ts), read for a known number the shape did not reject:
 *      a coding system in parentheses right after it ("64714 (CPT)") or a procedure key glued by `=` before it
 *      ("cpt=64612") says code whatever the label says; two decimal amounts right before it, the second with no
 *      currency sign ("1850.00   0.00   0.00  01820"), or two whole amounts of six digits or more in columns ("ROOM
 *      3117402    6207330    12221"; not dates, "20260412  20260415  64712"), make it the amounts row's next value,
 *      not a code. After a number
 *      its label does not explain, a real letter modifier given by "with" ("64445 with RT") is evidence, and an adverb
 *      in -ly is an auxiliary ("64612 is usually billed"). Discourse words ("But", "Yes.") and "sent" are no label;
 *      "REJECT" labels an error code ("REJECT 00970 UNITS OF SERVICE"), "EOB" an explanation-of-benefits code
 *      ("Detail 2 EOB: 00616").
 *   DATA ROWS: when the line from a marked code on is values in columns (numbers or short tags, two or more blanks
 *      between them) ending in a number of other than five digits (a DataFrame print's last column, a listing's
 *      percent), a later known value is another column's value; so is one in a DataFrame print's row (a row index,
 *      then columns two or more blanks apart, ending in a number of any length: "6  26A0320560  1  64445  NaN  …  64714
 *      43219"). A number before a percentage in parentheses is a
 *      count ("10591 (85.4%)").
 *      In a pipe-delimited record ("58302|HOLLIS R|43611|…|64712|41822|…", no blank beside a pipe, no URL, within 200
 *      characters of the marked code) or a tab-separated one (not two values one tab apart: a PTP file's column 1 and
 *      column 2), a later known value is another field's (a record names one procedure). A tab-separated row's first
 *      cell is its key (a CDM number, a line id) when a later cell within 200 characters holds a known value
 *      ("61330⇥NEUROPLASTY SCIATIC NERVE⇥0360⇥64712"), unless the second cell is that value. In a comma-delimited
 *      row (quoted or not), a five-digit field followed by a blank or lettered modifier field and a fee field is the
 *      row's code; an earlier five-digit field of the row (within eight short fields) is another column's ("2026",
 *      "05102","99","64445","  ","0000118.62": a CMS fee file's carrier), unless it has its own modifier and fee. In
 *      a quoted row, the field right after a marked code's modifier field (blank or lettered) is another column's
 *      ("64445","","05102": the MAC).
 *   6. LISTS: a code in a list (`64712, 64714 and 64445`, `64712/64714`, `64712-64714`; es/pt/fr "y", "e", "o", "ou",
 *      "et"; a note in parentheses may follow a member before the conjunction: "10695 (resolved) or 13755") takes its
 *      first member's verdict. No label at all, in prose: a known code is a code.
 *   A label phrase "Procedures on this visit:" is decided by its head noun (the deciding word before a preposition).
 *   A verb and a preposition between a colon and the number ("Reason: documented as 64632") make the value a phrase:
 *   the field label before the colon names the phrase, not the number.
 *   Cost: a node with no known five-digit number returns after a Set lookup per number, allocating nothing; context
 *   getters (DOM walks) are read only for a known candidate its own text does not decide; no regex is built from
 *   the known set, so the cost per node does not grow with it.
 *
 * MODIFIERS: `64712-RT`, `64712-RT-59`, `64445–50` (any dash), `64445/50`, `64632 26` and `64712 RT` (space form
 *   only for real modifiers; also in parentheses, `64712 (RT)`), `64712RT` (glued, UB-04 line items: real letter modifiers only), and from
 *   `context.after` when the code ends its node (a "Mod" cell after the code; a numbered form box "33." is not one).
 *
 * CONTEXT GUIDE FOR PAGE (what gives the best precision, cheapest first):
 *   - Every property is read LAZILY and only for a known candidate the node's own text does not decide:
 *     `columnHeader` when the node's text before the code has no label, then `before`; `after` only when a
 *     match ends its node (to read a modifier from the next cell). Define them as getters; most nodes never
 *     touch them (a node with no known five-digit number returns before any context is read).
 *   - `columnHeader`: the text of the <th> (or first-row cell) of the node's column; cache it per table column.
 *     Omit it outside tables.
 *   - `before`: the last ~80 chars of text preceding the node in document order, across element boundaries
 *     (a <dt>, <label>, <th>, previous cell or inline <b>CPT</b>). Join text from different elements with a
 *     space (block boundaries may use "\n" — it ends a sentence, which is fine: the label is still read).
 *   - `after`: the first ~16 chars of text following the node, with a space at element boundaries.
 *   - `column`: the texts of the column's body cells (a sample of the first rows), the SAME array for every cell of
 *     the column (detect caches the population per array); only for a table with a header row.
 *   - `row`: the texts of the cells of the node's row. Read only for a known code in a table cell whose header
 *     does not decide it.
 */

import {
  columnHalf,
  columnModified,
  columnNumbers,
  columnPopulation,
  columnRepeats,
  leadingFiveDigits,
} from './detect/column';
import { csvAbove, csvField, csvHeader } from './detect/csv';
import {
  AMOUNTS_END,
  MOD_FEE,
  PAIR_ROW,
  PROC_KEY_END,
  pointBefore,
  QUOTED_AFTER_MOD,
  ROW_CODE_LATER,
  SYSTEM_AFTER,
  testAt,
  textBefore,
} from './detect/evidence';
import { CODING_SYSTEM, freeTextAt, HL7_CODE_FIELD, JSON_CODE_KEY_END, structuredCodes } from './detect/structured';

/** One code found in a text node. `start`/`end` are offsets of the five code digits in `text`. */
export interface Match {
  start: number;
  end: number;
  code: string;
  /** Modifiers written with the code, upper-case, in page order: `64712-RT-59` → ['RT', '59']. */
  modifiers: string[];
}

/**
 * Context outside the text node. Every property is OPTIONAL and read LAZILY: detect only reads it when a known
 * code's own text does not decide it, so PAGE may define these as getters and pay for DOM walking only then.
 */
export interface DetectContext {
  /** Up to ~80 chars of text that precedes this text node in document order (e.g. a <dt>, <label>, <th>, cell). */
  before?: string;
  /** A few chars of text that follow this text node in document order. */
  after?: string;
  /** Header text of the table column this node sits in (e.g. "CPT/HCPCS", "Claim #", "Zip"). */
  columnHeader?: string;
  /**
   * Texts of the cells of this node's table column (body rows, a sample of the first rows). PAGE must hand the SAME
   * array to every cell of a column: detect caches the column's population per array.
   */
  column?: readonly string[];
  /** Texts of the cells of this node's table row (its own cell included). */
  row?: readonly string[];
  /** The column headers of this node's table, by column (the SAME array for every cell of the table). */
  headers?: readonly string[];
}

export interface DetectInput {
  text: string;
  known: ReadonlySet<string>;
  context?: DetectContext;
}

/** `unexplained`: words no list knows (a field name such as "FIN", "CDM"); `neutral`: no words at all. */
export type LabelKind = 'procedure' | 'other' | 'unexplained' | 'neutral';

// ── word lists ─────────────────────────────────────────────────────────────────────────────────────────

/** How a word before a number classifies it. */
enum W {
  Proc = 1,
  /** Identifier, money, quantity, date… : names another kind of number. */
  Other,
  /** `code`: takes its qualifier's kind, defaults to procedure. */
  HeadCode,
  /** `#`, `no`, `number`, `id`: take their qualifier's kind, default to other. */
  HeadId,
  /** Preposition / verb: an identifier label before it does not label the number after it. */
  Breaker,
  /** Skipped entirely. */
  Filler,
  /** Plain word alone, but names an identifier when it qualifies a head: "Plan code", "Patient #", "Provider ID". */
  Qualifier,
  /** Coding verb: "procedure" when bound to the number, a breaker otherwise. */
  Verb,
  /** Subject pronoun: the word after it is a verb, not a label ("If you believe 64612 should be covered"). */
  Subject,
  /**
   * A code or procedure word of a language that puts the head first ("el código 64445", "mã 64632", "l’acte 64445"):
   * procedure when bound to the number; a word between is its qualifier ("código postal", "kòd pasyan"), not a code's.
   */
  Head1,
}

// Plurals of listed words are left out: wordKind() reads "claims" as "claim".
const WORDS = new Map<string, W>();
const add = (kind: W, words: string) => {
  for (const w of words.split(' ')) if (w) WORDS.set(w, kind);
};
// Pass 53: a clinical privilege is a procedure a practitioner may perform ("new special privilege 64632", a
// delineation of privileges' "Privileges" column).
add(
  W.Proc,
  'cpt hcpcs procedure proc px hc svc service charge chg coding billing c4 cpt4 bilateral chemo surgical eval privilege',
);
// es/pt código, vi mã, ru код, ht kòd, fr acte; ht operasyon (an operation); pass 55: es/pt servicio, procedimiento
// ("El servicio 64612 fue preautorizado", "del procedimiento 64612")
add(W.Head1, 'código codigo mã код kòd acte operasyon servicio serviço procedimiento procedimento');
add(W.HeadCode, 'code cd cde');
add(W.HeadId, 'number no nos num nbr nr id ids identifier nº núm número numéro');
add(
  W.Other,
  // identifiers on claims, remittance, eligibility, orders
  'claim clm ref reference case order ord member mbr subscriber ' +
    'group grp batch batches trace trn check chk eft ach icn control ctrl account acct ' +
    'acc invoice inv auth authorization preauth precert certification cert referral ' +
    'confirmation conf tracking sku item part pn lot serial sn store location loc ' +
    'branch npi tin ein ssn tax payer payor policy contract rx prescription receipt transaction ' +
    'document doc bates record mrn encounter enc visit accession specimen voucher pin password promo coupon ' +
    'discount card po purchase req requisition payment deposit ' +
    'routing bin pcn license employee user customer client vendor supplier file product ' +
    'page p pp row message msg tag project queue employer article section ver version badge ' +
    // estimates ("approx. 64712")
    'approx approximately nearly almost roughly estimated est ' +
    // non-CPT code families and claim-adjustment vocabulary
    'dx diagnosis icd ndc drg apc cdm chargemaster rev revenue carc rarc reason remark adjustment adj denial status ' +
    // an acknowledgement report's error code ("REJECT 00970 UNITS OF SERVICE …"; not "Error": "Common errors: 64445")
    // and an explanation-of-benefits code ("Detail 2 EOB: 00616 Procedure 64445 incidental")
    'reject eob ' +
    // es/pt/fr/ht authorization, account, order; ru доб. (a phone extension)
    'autorización autorização autorisation otorizasyon cuenta conta compte kont pedido доб ' +
    'area locality country county bank barcode security access verification zip postal fips odometer je interest ' +
    // contact and address
    'phone ph tel cell fax pager ext extension box suite ste apt unit room rm ' +
    // a rating, drug or device class ("Class" 80161: a liability insurer's ISO class)
    // a pricer's or a batch job's run ("Pricer run 58805"), a mail stop; pass 49: a benefit or edit rule's number
    // ("Service Rule: 20412", "goes to rule 20448": a plan configuration's)
    // pass 53: a registration number, abbreviated ("Witness reg. 64632": a legislature's lobbyist registration); a
    // board certificate's number ("received for certificates 51047 and 51109": primary-source verification)
    'bed dept legacy class run stop rule reg certificate ' +
    // pass 51: a work queue's pool, a coding query and a scheduling template's types are records with numbers
    // ("routing to pool 10133", "Open coding query 21057", "visit types 40118, 40119"; the singular "type" is also
    // the verb: "Type a command"); "queries" too, a plural in -ies ("Pool: FRPN CODING QUERIES 10133")
    'pool query queries types ' +
    // pass 55: a webcast's event is a record with a number ("is event 64714")
    'event ' +
    // pass 52: a marketplace's issuer, the plan's insurer ("released to issuer 64612"), is named by its id
    'issuer ' +
    // money, quantity, time
    'usd eur gbp amount amt total balance budget price cost fee qty quantity ' +
    'count size points pts miles population date dob dos time year yr julian cents dollars',
);
add(
  W.Breaker,
  'for of to on at with under covering include including via per from against about regarding re using ' +
    'use as into after before and or not than vs versus require except plus then see like want need say said w when example ' +
    // discourse words opening a sentence about the number ("But 64612 is per side", "Yes. 64632 needs PA", pass 48:
    // "Neither 64714 nor …"), "sent"; pass 49: "while" ("…, while 64712 gets the warning"); pass 51: conjunctions
    // opening a clause whose subject is the number ("because 64445 went to the payer", "asked why 64712 appears")
    'but yes sent false search if neither while because why unless although whether ' +
    // es/pt/fr prepositions and conjunctions ("1 unidad de 64445", "pregunta por 64712 o 64714")
    'de del da por para y e o ou et',
);
// Coding verbs: bound to the number they say "procedure" ("Report 64612", "Bill 64712-RT", "Coded as 64714").
add(
  W.Verb,
  // Past forms of six letters or more are read as verbs anyway (see onWord): "performed", "submitted", "denied".
  'report bill billed submit resubmit append coded recode deny denies cover perform ' +
    'underwent repeat request recommend bundle pay denied package remove add rebill compare describe keep drop approves book ' +
    // pass 49: a payer "approves" a service ("SEOC approves 64445"); ht fè (do: "pa fè 64712"), vi (thực) hiện (perform)
    // pass 51: a scheduler "books" a procedure ("If lost, book 64712 only"; "booked" is a verb by its ending)
    'fè hiện sp',
);
add(W.Qualifier, 'plan patient provider facility payee program benefit');
add(W.Subject, 'you we they can could would should will must may might do does did');
// "original"/"audited" give a code's state in an audit ("Original code(s): 64712   Audited code(s): …"), no field.
// Pass 51: "any", "each", "every" are determiners whose noun is the number ("notes for any 64445", "every 64712 case").
// Pass 53: "now" is an adverb, no label: a change log's "was 64712" | "now 64445 + 76942".
add(
  W.Filler,
  'is was are were be been the a an any each every this that these those your our their its his her him them my in one two three four has have had got get also only both primary secondary best original audited so now',
);

/** Quantity words that bind through "of": "a total of 64712", "an estimated count of 64712". Read only for W.Other words. */
const QUANTITY_OF = /^(?:total|amount|amt|count|balance|population|estimated)$/;

/** Real CPT/HCPCS numeric modifiers (a bare `64712 12` is not a modifier): 22–27 32 33 47 50–59 62 63 66 73 74 76–82 90–93 95–97 99. */
const NUMERIC_MODIFIERS = /^(?:2[2-7]|3[23]|47|5\d|6[236]|7[346-9]|8[0-2]|9[0-35-79])$/;
/**
 * Letter modifiers accepted in the space-separated form, where a random two-letter word must not qualify: RT LT TC XE
 * XS XP XU GA GY GZ GX GC GE GT KX QW QZ QK QX QY LC LD LM RC RI TA FA F1–F9 T1–T9 E1–E4 AS AA CR CS SG PO PN JW JZ KP KQ.
 */
const SPACED_LETTER_MODIFIERS =
  /^(?:A[AS]|C[RS]|E[1-4]|F[A1-9]|G[ACETXYZ]|J[WZ]|K[PQX]|L[CDMT]|P[NO]|Q[KWXYZ]|R[CIT]|SG|T[AC1-9]|X[EPSU])$/;

/** A count or unit word right after the number: it is a quantity, not a code. */
const COUNT_AFTER =
  /^[ \t]?(?:(?:point|mile|view|visitor|user|member|result|record|item|row|claim|patient|employee|dollar|cent|hour|day|year|unit|time|page|word|visit|call|click|review|post|customer|transaction)s|pts|kg|bps|lbs?|mg|mcg|ml|people|[kmg]b|usd|hrs|min(?:ute)?s| ?\([\d.]+(?=%))\b(?!=)/i;

/**
 * A plural noun right after the number ("appeals"; not "this", "plus", "across"; pass 49: nor "series", a course of
 * one procedure: "perform 64445 series").
 */
/** Sticky at the number's end (testAt): no slice per marked code. */
const PLURAL_AFTER = /(?: [A-Z]{2,}| [a-z]+(?= [a-z]{2,}[^siu]s(?:[,.·|]| of\b)))? (?!series)[a-z]{2,}[^siu]s\b/y;
/** Sticky after a plural noun: its segment ends (a separator, a sentence's full stop, a column gap, the line's end). */
const SEGMENT_END = / ?(?:[·|,.]|$)| {2}| [a-z]{3,}ed\.(?!\S)/my;
/** Sticky at the number's end: its units, then a figure for them ("units reduced from 2 to 1", "units corrected to 1"). */
const UNITS_GIVEN = / units (?:[a-z]+ )?(?:from|to) \d{1,3}\b/y;
/** A number word right before the number counts what follows it ("booked two 64714 cases", "Four 64714 claims"). */
const NUMBER_WORD_END = /\b(?:one|two|three|four|five|six|seven|eight|nine|ten) $/i;
/** Sticky at the number's end: one lower-case word, then a separator ends the segment (" karma ·"). */
const STAT_AFTER = / [a-z]{3,} [·|•]/y;
const WHOLE_AMOUNTS_END = / (?:(?!(?:19|20)\d{6} )\d{6,} {2,}){2}$/;
const PAST_BEFORE = /(?:[a-z]{3}ed(?: of)?|ha[sd]|have) $/;
const RANGE_OF = /\d(?:[-–]\d+|\d\d) of $|\d (?:mi(?:les)?|km) (?:of|from) $/;
const OF_TOTAL = / of (?:\d{1,3}(?:,\d{3})+|\d{4,})\b/y;
/** Two or more (index, value) pairs in columns make the whole line: "  1    10174      11    11393". */
const INDEXED_NUMBERS = / *(?:\d{1,3} {2,}[\d.,]+(?: {2,}|$)){2,}$/my;
/**
 * Sticky at a line's start: a one-digit record type, then whole numbers only, one zero-padded ("001", "0000056265"; a
 * five-digit "01250" is a code's).
 */
// Pass 39: also a bank file's comma record: a BAI2 record (a two-digit record code, then fields, ending in "/":
// "16,115,1322640,1,LBX1113A,64445,…/") or a lockbox transmission's header, detail or trailer (one capital letter as
// the record type: "D,,64612,001,…", "T,64445,,,,,1322640,4,").
const NUMBER_RECORD = /\d (?=.*\b0(?!\d{4}\b)\d)[\d ]+$|[A-Z],\S|\d\d,.*\/$/my;
const CHANGED_TO = /([a-z]+) (?:changed|updated|corrected|moved) (?:to|from) $/i;
/**
 * A key glued by "=", a column name (a `_` or `.` in it) before a comparison or an IN list of numbers, or a
 * snake_case name one blank before the number, a metric's labels allowed (Prometheus: "jvm_threads_live_threads 67970").
 */
const KEY_BEFORE =
  /\b([A-Za-z][\w.]*)(?:=|(?<=[._]\w*) *(?:[<>!]?=|<>|(?:not )?in *\() *(?:'?\d{5}'?, *)*|(?<=_\w*)(?:\{[^}]*\})? )'?$/i;

/**
 * Between two list members: only separators and conjunctions (es/pt/fr too), perhaps after a note in parentheses on the
 * first before a conjunction ("10695 (consulta resuelta) o 13755": one list; "64612 (all plans), 64714": two).
 */
const LIST_GAP =
  /^(?: \([^()\n]{1,24}\)(?= [a-z]))?[\s,;&+/\-\u2010-\u2014¹²³\u2074-\u2079]*(?:(?:and\/or|and|or|to|through|thru|plus|vs\.?|versus|[yeo]|ou|et)[\s,]*)?$/i;

// ── character classes ──────────────────────────────────────────────────────────────────────────────────

const isDigit = (c: number) => c >= 48 && c <= 57;
const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const LETTER = /\p{L}/u;
const isLetter = (c: number) => isAsciiLetter(c) || (c >= 0xc0 && LETTER.test(String.fromCharCode(c)));
/** Word characters for the "glued" test: letters, digits, underscore. */
const isGlue = (c: number) => isDigit(c) || isLetter(c) || c === 95;
const isSpace = (c: number) => c === 32 || c === 0xa0 || c === 0x202f || c === 0x2009;
/** Hyphen, non-breaking hyphen, figure dash, en dash, em dash, minus. */
const isDash = (c: number) => c === 45 || (c >= 0x2010 && c <= 0x2014) || c === 0x2212;
const isCurrency = (c: number) => c === 36 || c === 0x20ac || c === 0xa3 || c === 0xa5 || c === 0x20b9;
const isUpper = (c: number) => c >= 65 && c <= 90;
const isModChar = (c: number) => isUpper(c) || isDigit(c);

// ── public API ─────────────────────────────────────────────────────────────────────────────────────────

/** Shared, frozen: callers must not push into a result they did not get matches in. */
const EMPTY: Match[] = Object.freeze([]) as unknown as Match[];
const FIVE_DIGITS = /\d{5}/;
const DIGIT_RUN = /\d{5,}/g;

/** Cheap pre-filter: false means `detect` would certainly return no match for this text. */
export function mayContainCandidate(text: string): boolean {
  return text.length >= 5 && FIVE_DIGITS.test(text);
}

interface Candidate {
  start: number;
  code: string;
  known: boolean;
  /** End of the code plus its modifiers (for list gaps; a Match's `end` is the code's own). Short: not mangled. */
  end: number;
  modifiers: string[];
  /** The number's own shape says it is not a code. */
  bad: boolean;
  /** Verdict of its label context, computed lazily: true = may be a code. */
  label?: boolean;
  /** It ends the node: a modifier may follow in `context.after`, read only once it is a code. */
  atEnd: boolean;
  /** The add-on mark of coding texts, `+64445`: positive evidence. */
  addOn: boolean;
  /** Glued to a short upper-case tag by a dash ("ASC-64714"): rejected, unless a procedure column names it. */
  tagged: boolean;
}

export function detect({ text, known, context }: DetectInput): Match[] {
  if (known.size === 0 || text.length < 5) return EMPTY;
  // A cell holding just a number (the bulk of a claims table): one Set lookup, no regex.
  if (text.length === 5 && !known.has(text)) return EMPTY;
  const cands: Candidate[] = [];
  if (text.length === 5) {
    // A known code alone in its node: it is its own only candidate, no regex pass needed.
    cands.push(candidate(0, text, true));
  } else {
    // Fast path: most five-digit numbers on a page are not codes the data knows; find out without allocating.
    if (!hasKnownCandidate(text, known)) return EMPTY;
    DIGIT_RUN.lastIndex = 0;
    for (let m = DIGIT_RUN.exec(text); m; m = DIGIT_RUN.exec(text)) {
      if (m[0].length !== 5 || !isCandidateAt(text, m.index)) continue;
      cands.push(candidate(m.index, m[0], known.has(m[0])));
    }
  }
  let out: Match[] | undefined;
  for (let i = 0; i < cands.length; i++) readShape(text, cands[i]!, cands[i - 1]);
  // 1. Structured text (X12, HL7 v2, JSON, XML): its coding system decides every number in the node.
  const structured = text.length > 5 ? structuredCodes(text) : undefined;
  // A CSV export as text: its header row names each column (read once, for a node holding a known number); a row
  // alone in its node is named by the header line before it.
  const csv = structured ? undefined : (cands.length > 1 && csvHeader(text)) || csvAbove(text, context);
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i]!;
    if (!c.known) continue;
    const field = csv && csvField(text, csv, c.start);
    const kind = field === undefined ? 0 : labelKind(field);
    // Free text in the format (an X12 MSG segment, an HL7 text OBX-5, a FHIR narrative) is prose, read on its own.
    const free = structured && !structured.includes(c.start) ? freeTextAt(text, c.start) : undefined;
    if (free) {
      const at = c.start - free[0];
      // A code the text's own coding system names elsewhere ("OBR|…|64714^…^C4" then "NTE|1||Schedule 64714 with …")
      // is that procedure in its comment; any other number there is read by the prose rules.
      if (
        !structured!.some((o) => text.startsWith(c.code, o)) &&
        !detect({ text: text.slice(free[0], free[1]), known }).some((m) => m.start === at)
      ) {
        continue;
      }
    } else if (structured) {
      if (!structured.includes(c.start)) continue;
    } else if (kind && (csv![0]!.at >= 0 || kind === V.Other || (kind === V.Proc && c.start))) {
      // The comma is the separator here, not a thousands mark: the field alone decides. Under a header line before the
      // row (csvAbove) only a field naming another field, or a procedure for a number not opening the row, does: "CPT1",
      // "col2" no list knows are left to the rules below, and so is a row's first field (read with its descriptor).
      if (kind !== V.Proc && !/cpt|hcpcs/i.test(field!)) continue;
    } else if (
      // A "… code" header whose qualifier names no procedure ("Package code": PKG-97038) names no setting's tag.
      (c.bad && !(c.tagged && procHeader(context?.columnHeader ?? ''))) ||
      // "CHG-17730" under "Batch": a procedure word glued by a dash is a transaction id's prefix in a column that
      // names another field, or a word no list knows when the prefix is no coding system ("CHG-64714" under "Ticket";
      // "CPT-64712" stays a code there).
      (c.tagged && !c.bad && gluedPrefixIsId(labelKind(context?.columnHeader ?? ''), textBefore(text, c.start, 6))) ||
      !(
        c.addOn ||
        // Explicit coding-system evidence next to the number ("64714 (CPT)", "cpt=64612") outweighs any label.
        testAt(SYSTEM_AFTER, text, c.end) ||
        (text.charCodeAt(c.start - 1) === 61 && PROC_KEY_END.test(textBefore(text, c.start, 32))) ||
        labelSaysCode(text, cands, i, context, known)
      ) ||
      otherLabelAfter(text, c.end) ||
      // Pass 55: "We will text you from 64612.", "survey by SMS (64612)": the number a text message comes from or is
      // sent by is a short code.
      /(?:SMS \(|\btext(?:ed)? (?:you|us|me) from )$/.test(textBefore(text, c.start, 20)) ||
      inAddress(text, c.start, c.end) ||
      (pointBefore(text, c.start) && AMOUNTS_END.test(textBefore(text, c.start, 64))) ||
      // "ROOM   3117402    6207330    12221    6219551": after two whole amounts of six digits or more in columns (not
      // dates: "20260412  20260415  64712"), the number is the row's next amount.
      WHOLE_AMOUNTS_END.test(textBefore(text, c.start, 40)) ||
      // "we processed 18459 appeals": after a past-tense verb, a number before a plural noun counts it; so does one
      // whose plural noun ends its segment ("33404 lines · 0 errors", "27160 bytes", "19005 views"; not "64445 meets;").
      (testAt(PLURAL_AFTER, text, c.end) &&
        (PAST_BEFORE.test(textBefore(text, c.start, 12)) ||
          (testAt(SEGMENT_END, text, PLURAL_AFTER.lastIndex) &&
            !NUMBER_WORD_END.test(textBefore(text, c.start, 7)) &&
            !/\bthe $/i.test(textBefore(text, c.start, 5))))) ||
      // "u/someone · 64712 karma · 11h": a segment of one number and one lower-case word is a stat, counted.
      // (Not a side or a procedure word: "· 64612 bilateral ·".)
      (/[·|•] $/.test(textBefore(text, c.start, 2)) &&
        testAt(STAT_AFTER, text, c.end) &&
        !SIDE_AFTER.test(text.slice(c.end + 1, STAT_AFTER.lastIndex - 2))) ||
      // "Rows 1–12389 of 38613": the total after a range; "12583 of 12,842 members": a count out of a total; "25 miles
      // of 73069", "2.1 mi from 73069": a distance is measured from a place (a ZIP), not from a code.
      RANGE_OF.test(textBefore(text, c.start, 16)) ||
      testAt(OF_TOTAL, text, c.end) ||
      // "…,,62827#" (a dial-in string's conference PIN), "*64632*" (a Code 39 barcode's printed text), "||| 64632 ||":
      // a keypad's or a barcode's digits, not a code.
      text.charCodeAt(c.end) === 35 ||
      (text.charCodeAt(c.start - 1) === 42 && text.charCodeAt(c.end) === 42) ||
      / \|+ \|+ $/.test(textBefore(text, c.start, 12)) ||
      // "  1    10174      11    11393": a line of (index, value) pairs (a random-number table), the number a value.
      (/(?:^| )\d{1,3} {2,}$/.test(textBefore(text, c.start, 8)) &&
        testAt(INDEXED_NUMBERS, text, text.lastIndexOf('\n', c.start) + 1)) ||
      // "5 001 64632 251110", "8 64632 001 002 0000056265": a record type digit, then whole numbers, one zero-padded: a
      // bank file's record (lockbox, ACH: record type, batch, lockbox number, date), its fields no codes.
      testAt(NUMBER_RECORD, text, text.lastIndexOf('\n', c.start) + 1) ||
      // A delimited row's code is the field its modifier and fee fields follow ("2026","05102","99","64445","  ",
      // "0000118.62": a CMS fee schedule file): an earlier field is another column's (the carrier, the MAC).
      (testAt(ROW_CODE_LATER, text, c.end) && !testAt(MOD_FEE, text, c.end)) ||
      // A quoted row's field after its code's modifier field is another column's ("64445","26","01182": the MAC).
      (out && QUOTED_AFTER_MOD.test(text.slice(out[out.length - 1]!.end, c.start))) ||
      // "her zip changed to 94105": the field a change names is the number's.
      labelKind(CHANGED_TO.exec(textBefore(text, c.start, 40))?.[1] ?? '') === V.Other ||
      // A key glued by "=" ("inserted=13885", a log's key=value field) or a column name compared in a query
      // ("t.ORIGINAL_PAYOR_ID NOT IN (51183, 64612)") names the value, as a header would: not a verb, not a list.
      [V.Other, V.Unexplained].includes(labelKind(KEY_BEFORE.exec(textBefore(text, c.start, 80))?.[1] ?? '')) ||
      // A data row's code is its first known value; a later one is another column's value ("3071  85138  64712  RT
      // 41250  60054  50": 60054 a payer id). So in a DataFrame print's row (its line opens with a row index, columns
      // end in a number): "6  26A0320560  1  64445  NaN  1  702.00  16  64714  43219" (64714 a payer id).
      (out &&
        ((testAt(DATA_ROW, text, out[out.length - 1]!.start) && DATA_ROW.lastIndex > c.start) ||
          (ROW_INDEX.test(textBefore(text, out[out.length - 1]!.start, 80)) &&
            testAt(FRAME_ROW, text, out[out.length - 1]!.start) &&
            FRAME_ROW.lastIndex > c.start))) ||
      // A pipe- or tab-delimited record ("58302|HOLLIS R|43611|20260412|64712|41822|…"): a record has one procedure
      // field, a later known value in the same line is another field's (a balance in cents).
      // Pass 48: so is a comma row's value after its code's modifier and fee fields ("64632,LT,214.00,AETNA
      // LIFE,60054": the other payer's NAIC), and a single-blank record's after the code and a long number field
      // ("64632 000021400 60054 06156 GH"). Pass 50: and after its code's system field and a word field
      // ("64445,CPT,MN,Y,45260": an edit rule id).
      (out && PIPE_FIELDS.test(text.slice(out[out.length - 1]!.end, c.start))) ||
      // Pass 50: so is one after a procedure field the data does not know, known by its modifier and fee fields
      // ("…|76942|26||1|110.00|38.52|1467583920|45237": the billing NPI, then the plan's id).
      PIPE_CODED_BEFORE.test(textBefore(text, c.start, 120)) ||
      // A tab-separated row's first cell is its record's key (a CDM number, a line id) when a later cell of the row
      // holds a known value ("61330⇥NEUROPLASTY SCIATIC NERVE⇥0360⇥64712"); two values opening the row are a pair.
      // Pass 53: so is a comma row's first field when a later field is the row's code, a known value before a modifier
      // or an empty field, and none follows the first ("71236,A31017,2026-01-07,1629031874,64632,RT,,2,…": the claim id;
      // "64445,RT,142.00,64612,,88.50" is two line items).
      // Pass 57: a spreadsheet's TEXT() formats a value, and a five-digit one is a date's serial ("=TEXT(45412,
      // "yyyy-mm-dd")").
      /TEXT\($/.test(textBefore(text, c.start, 5)) ||
      // Pass 57: a meeting's or a webinar's ID is written in groups ("meeting ID 812 30051 77"): a number after the ID
      // and its first group is the ID's next group.
      /\bID:? \d{3,4} $/.test(textBefore(text, c.start, 10)) ||
      // Pass 57: after a log's time stamp and a column gap the number is a field of the log when the stamp has seconds
      // ("06:15:48  64712  NOT FOUND": a scanner's log) or a file path follows ("23:58  38825 837P\\BPN\\…": a
      // directory listing's file size).
      /\d:\d\d:\d\d {2,}$/.test(textBefore(text, c.start, 12)) ||
      (/\d:\d\d {2,}$/.test(textBefore(text, c.start, 9)) && testAt(PATH_AFTER, text, c.end)) ||
      // Pass 57: so is a delimited row's first field when its next field holds a digit and no blank (a date, an id,
      // another number; not a side or units field, not an amount, not a drug code): "40716|2026-10-26|64632|…",
      // "30143,A25-14243,…".
      (opensLine(text, c.start) && testAt(KEY_FIELD_AFTER, text, c.end)) ||
      (!c.start &&
        text.charCodeAt(c.end) === 44 &&
        cands[i + 1]?.known &&
        cands[i + 1]!.start > c.end + 1 &&
        testAt(CSV_FIELD_AFTER, text, cands[i + 1]!.end) &&
        !testAt(CSV_FIELD_AFTER, text, c.end)) ||
      (text.charCodeAt(c.end) === 9 &&
        !(c.start && text.charCodeAt(c.start - 1) - 10) &&
        cands[i + 1]?.known &&
        cands[i + 1]!.start > c.end + 1 &&
        PIPE_FIELDS.test(text.slice(c.end, cands[i + 1]!.start)))
    ) {
      continue;
    }
    // `after` costs a DOM walk: read it only for a code (not for a number its label already rejected).
    if (c.atEnd && context) {
      const after = context.after;
      if (after) readAfterModifiers(after, c);
      modifiedOf.delete(cands);
    }
    if (!out) out = [];
    out.push({ start: c.start, end: c.start + 5, code: c.code, modifiers: c.modifiers });
  }
  return out ?? EMPTY;
}

/** Sticky at a number's end: a blank, then a file path ("38825 837P\\BPN\\…", "4096 /var/log"). */
const PATH_AFTER = / [^\s\\/]*[\\/]/y;
/**
 * Sticky at a row's first number: the next field (same separator) holds a digit and no blank, three or more
 * characters, and is no amount and no HCPCS Level II code ("64612,J0585,…" is a code and its drug).
 */
const KEY_FIELD_AFTER =
  /([,|])(?:(?!\d*\.\d+\1|[A-Z]\d{4}\1|\d{5}\1)(?=[^\s,|]*\d)[^\s,|]{3,}\1|\d{5}\1.*?\d(?:\d{3}-\d\d-|\d\/\d\d\/)\d\d)/y;
/** A pipe record's procedure field before the number: five digits, a modifier field, then a fee field further on. */
const PIPE_CODED_BEFORE = /\|\d{5}\|\w?\w?\|.*\|\d+\.\d\d\|.*\|$/;
/**
 * Between two values of one record: glued `|` separators (no blank beside a pipe) or tabs, no line end, no URL
 * (bounded); not one tab alone (a PTP file's column 1 and column 2 codes). Pass 48: after a comma row's code, its
 * modifier and fee fields, then a field opening with no digit (a payer's name; not a second line item's code); after
 * a single-blank record's code, fields of digits and capitals, one a number of six digits or more (a zero-padded
 * amount).
 */
const PIPE_FIELDS =
  /^(?!\t$)(?=.{0,200}$)(?:(?:[^|\t\n/]{0,40}\S)?[|\t](?! ))+[^|\t\n/]{0,40}$|^,(?:(?:[A-Z\d]{2})?,\d*\.\d+|CPT|HCPCS),\D.*,$|^(?: [A-Z\d]+)* \d{6,}(?: [A-Z\d]+)* $/;
/**
 * A data row (a DataFrame print, a listing): from the row's code to the line's end, values in columns (numbers, short
 * tags, two or more blanks between them), the last a number of other than five digits (a count, a decimal). Only a
 * line ending within 200 characters of the code (listings are 80–132 wide): each later candidate of the row tests it
 * again from the row's code, so an unbounded line of codes cost its length squared (8,000 codes: 1 s).
 */
const DATA_ROW = /(?=.{0,200}$)(?:[\d.A-Z]+ {2,})+(?:\d{1,4}|\d*\.\d+) *$/my;
/** The same for a DataFrame print's row, whatever its cells hold (its opening is ROW_INDEX). */
const FRAME_ROW = /(?=.{0,200}$)(?:\S+ {2,})+\d+ *$/my;
/** A DataFrame print's row opening: a row index, then columns two or more blanks apart. */
const ROW_INDEX = /(?:^|\n)\d{1,4}(?: {2,}\S+)* {2,}$/;

function candidate(start: number, code: string, known: boolean): Candidate {
  // The flags start falsy (undefined) and `label` undefined: only what has a value is written (content-script bytes).
  return { start, code, known, end: start + 5, modifiers: EMPTY_MODS } as Candidate;
}

function isCandidateAt(text: string, start: number): boolean {
  // Out of the text charCodeAt is NaN, which no character test accepts.
  const before = text.charCodeAt(start - 1);
  return (
    // "CPT64632": the coding system glued to its code (a letter's quote, a text layer that lost its blank).
    !((isGlue(before) && !/(?:^|\W)CPT$/.test(textBefore(text, start, 4))) || before === 36) &&
    !(isGlue(text.charCodeAt(start + 5)) && !gluedModifierAt(text, start + 5))
  );
}

/** A real modifier glued to the code, as UB-04 line items print it: `64712RT`, `64632XS`. */
function gluedModifierAt(text: string, i: number): boolean {
  return (
    isUpper(text.charCodeAt(i)) && !isGlue(text.charCodeAt(i + 2)) && SPACED_LETTER_MODIFIERS.test(text.slice(i, i + 2))
  );
}

function hasKnownCandidate(text: string, known: ReadonlySet<string>): boolean {
  DIGIT_RUN.lastIndex = 0;
  for (let m = DIGIT_RUN.exec(text); m; m = DIGIT_RUN.exec(text)) {
    if (m[0].length === 5 && known.has(m[0]) && isCandidateAt(text, m.index)) return true;
  }
  return false;
}

const labelCache = new Map<string, V>();
const FIELD_NAME = /[A-Za-z][._][A-Za-z]/;

/** Under a header of kind `header`, whether a procedure word glued by a dash (`before`) is an id's prefix. */
function gluedPrefixIsId(header: V, before: string): boolean {
  return header === V.Other || (header === V.Unexplained && !/(?:CPT|HCPCS)-$/i.test(before));
}

/** A label's trailing note in parentheses. */
const HEAD_NOTE = /\s*\([^()]*\)$/;
/** What a label or column header says about the number it labels (labelKind's verdict by its public name). */
export function classifyLabel(label: string): LabelKind {
  const kind = labelKind(label);
  return kind === V.Proc
    ? 'procedure'
    : kind === V.Other
      ? 'other'
      : kind === V.Unexplained
        ? 'unexplained'
        : 'neutral';
}

/**
 * What a label or column header says about the number it labels: V.Proc, V.Other, V.Unexplained (words no list knows)
 * or V.Stop (nothing). Cached; safe to call per node. Verdicts, not classifyLabel's names: numbers cost fewer bytes.
 */
function labelKind(label: string): V {
  let kind = labelCache.get(label);
  if (kind === undefined) {
    const st = newScan(true);
    st.label = true;
    // Field names: `LN_PROC_CD`, `productOrService.coding.code` (scanBack reads camelCase word by word).
    // A digit glued to a field name's word is a variant, not a number before it: `Zip5` is a ZIP.
    // A "-to" compound ("Ship-to ZIP", "Pay-to NPI") is a party's qualifier, no preposition before the field name.
    const words = FIELD_NAME.test(label)
      ? label.replace(/[._]+|(?<=[A-Za-z])\d+\b/g, ' ')
      : label.replace(/-to\b/gi, '');
    const v = scanBack(words, words.length, st);
    const settled = v === V.Open ? settle(st) : v;
    // A header "Billed with", "Coded as" names the code an item is billed with. Pass 40: so does an HL7 v2 field
    // reference naming a procedure field ("FT1-25", "PR1.3": an interface error queue's column). Pass 41: so does a
    // procedure header with an ordinal ("Other proc 1", a field name's "OTH_SURG_PROC_CODE_1"); the ordinal alone is
    // no label ("Column 1", an NCCI table's).
    const hl7 = HL7_ROW_FIELD.exec(label);
    kind =
      settled === V.Proc ||
      REPORTED_WITH.test(label) ||
      (hl7 && HL7_CODE_FIELD[hl7[1]!] === +hl7[2]!) ||
      (/[ _]\d$/.test(label) && labelKind(label.slice(0, -2)) === V.Proc)
        ? V.Proc
        : settled === V.Other
          ? V.Other
          : settled === V.Unexplained || settled === V.CodeLabel
            ? V.Unexplained
            : V.Stop;
    // A header's parenthesised note qualifies its head ("CPT (pro fee)": the professional claim's code): a head naming
    // the coding system decides, whatever field the note names (a fee). Only the coding system: "Charge" names the
    // procedure line too, yet "Charge (cents)" is its amount.
    const head = label.replace(HEAD_NOTE, '');
    // Pass 43: "($000)", "$ 000s" is a money unit (thousands of dollars, a diligence workbook's): an amount. Pass 48:
    // so is a plural "charges" heading a column ("Gross charges", "47 TOTAL CHARGES"); the singular "Charge" names the
    // charge line's procedure. Pass 49: so does a qualified "report" ("TPA report", "Actuary report": a report's
    // number, the noun; "Code to report" names codes). Pass 51: so does a bare "Edit" header (a claim scrubber's edit
    // number; in prose "edit" is the verb, or an NCCI "edit pair 64712/64445" of codes).
    if (/\$ ?000|^(\S+ ){0,2}charges$|^\w+ report$|^edit$/i.test(label)) kind = V.Other;
    // Pass 48: a coding system first among a field's slash alternatives names the field ("44 HCPCS / Rate / HIPPS Code":
    // UB-04 form locator 44 holds the line's HCPCS code, or a rate where a room has no code).
    if (/\b(?:cpt|hcpcs) \//i.test(label)) kind = V.Proc;
    // Pass 47: a legacy system's code ("Legacy chg code", "Legacy ins code": a conversion crosswalk's source column) is
    // a retired local number, whatever it qualifies; a legacy CPT is still a CPT.
    if (/^legacy (?!cpt|hcpcs).*code$/i.test(label)) kind = V.Other;
    if (kind === V.Other && head !== label && /cpt|hcpcs/i.test(head) && labelKind(head) === V.Proc) kind = V.Proc;
    if (labelCache.size > 512) labelCache.clear();
    labelCache.set(label, kind);
  }
  return kind;
}

// ── shape: prefix and suffix of the number itself ─────────────────────────────────────────────────────

const EMPTY_MODS = EMPTY as unknown as string[];
/** Only blanks between the line's start and `i`: a `+` there opens the line. */
function opensLine(text: string, i: number): boolean {
  while (text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 9) i--;
  return i === 0 || text.charCodeAt(i - 1) === 10;
}
/** A setting or place tag before a dash ("ASC-", "OP-"): two to four capitals standing alone. */
const TAG_BEFORE = /(?:^|[^\w-])[A-Z]{2,4}$/;
/**
 * Sticky at a number's end: the next CSV field is empty, a modifier or a five-digit value, then another field (pass
 * 41: after more empty fields too, "64612,RT,,1,410.00": a buy-and-bill line's empty NDC). Pass 50: or a letter
 * modifier field, then a word field ("2,64445,RT,INJ SCIATIC NRV,2": a worksheet line's descriptor). Pass 53: or an
 * LT/RT or empty field, then a word field ("…,60120,64712,LT,Meriter,…", "2028,64632,,DPM,158": a case log's side,
 * a claims extract's empty modifier and provider type). Pass 55: or a side field (LT, RT, 50), then any field
 * ("00418823,64712,RT,T0,NRS": a survey export's procedure and its side).
 */
const CSV_FIELD_AFTER = /,(?:[A-Z\d]{2}|\d{5}|\d+\.\d\d)?,+\d|,(?:[A-Z]{2},[A-Z]{3}|(?:[LR]T|50),|,+[A-Z][A-Za-z])/y;

function readShape(text: string, c: Candidate, prev: Candidate | undefined): void {
  const s = c.start;
  const e = s + 5;
  // Prefix glued to the number. Out of the text charCodeAt is NaN, which no character test accepts.
  const p = text.charCodeAt(s - 1);
  const pp = text.charCodeAt(s - 2);
  if (isCurrency(p) || (isSpace(p) && isCurrency(pp)) || maskedBefore(text, isSpace(p) ? s - 1 : s)) {
    c.bad = true;
  } else if ((p === 46 || p === 44 || p === 58 || p === 43) && isDigit(pp)) {
    // 0.64712, 1,64712, 12:64712; a list "64714,64712" is not glued this way (the list gap is checked later).
    // A CSV row's field followed by a modifier field, an empty one or another five-digit one ("2026-11-03,64712,RT,920.00",
    // "0812,64445,,2", "1,64612,RT,,1") is no decimal's fraction (a decimal comma is not the field separator).
    // Two five-digit fields glued by a comma are one pair (a list, or two columns of one kind): when the first is no
    // code by its shape ("2026-06-30,52705,10006,\"Accrued …\"": an account after a date), the second is none either.
    // Pass 48: a date's digits before the comma are no decimal's whole part ("2025-06-12,64712,REDET": a CSV field).
    // Pass 50: nor a field's before a field naming its coding system ("MP-7.01.112,64712,CPT,…"). Pass 54: nor a UB-04
    // revenue code's opening the row before a descriptor ("0360,64712,NEUROPLASTY SCIATIC NERVE,…": a leading zero is
    // no thousands part).
    if (
      !(
        p === 44 &&
        ((endsWithFiveDigitRun(text, s - 1) && !(prev?.bad && prev.start === s - 6)) ||
          testAt(CSV_FIELD_AFTER, text, e) ||
          (s === 5 && text[0] === '0' && testAt(QUOTED_DESCRIBED, text, e)) ||
          testAt(SYSTEM_AFTER, text, e) ||
          (/[-/]\d\d(?:\d\d)?,$/.test(textBefore(text, s, 6)) && testAt(/,(?:[A-Z]+|\d\d?),/y, text, e)))
      )
    )
      c.bad = true;
  } else if ((p === 43 && !isGlue(pp)) || (isSpace(p) && pp === 43 && opensLine(text, s - 2))) {
    c.addOn = true; // +64445, or "+ 64445" opening a line (a charge list): the add-on mark of coding texts
  } else if (
    p === 43 ||
    p === 64 ||
    p === 126 ||
    p === 92 ||
    p === 0x2248 ||
    (p === 42 && isGlue(pp)) ||
    (p === 41 && isDigit(pp))
  )
    // A+64712 @64712 ~64712 ≈64712, an X12 element "*46*31336"; pass 45: a GS1 barcode's application identifier in
    // parentheses ("(10)64612(21)…": a lot number). Pass 58: a file path's component ("\\fx01\in\64712.tif").
    c.bad = true;
  else if (p === 46 && isLetter(pp)) {
    // Glued to a dotted prefix (MED.64632, v.64712): one identifier. Labels such as "No.64712" say so anyway.
    if (!gluedProcWord(text, s - 1)) c.bad = true;
  } else if ((isDash(p) || p === 47) && isGlue(pp)) {
    // Glued into an identifier (PA-2026-64712, W2846-64612, /claims/64712) unless it is a range or pair of
    // five-digit numbers (64712-64714, 64712/64714) or a procedure word (CPT-64712).
    if (endsWithFiveDigitRun(text, s - 1)) {
      // A range or pair of five-digit numbers.
    } else if (!gluedProcWord(text, s - 1) || (p === 47 && /[A-Z][a-z]+$/.test(textBefore(text, s - 1, 9)))) {
      // "Procedure/10088": a FHIR reference, ResourceType/id, names a record ("CPT/64712" stays a code).
      c.bad = true;
      c.tagged = isDash(p) && TAG_BEFORE.test(textBefore(text, s - 1, 6));
    } else c.tagged = isDash(p); // "CHG-17730": tagged; a header naming another field makes it an id (detect)
  }
  // Suffix.
  if (e < text.length) {
    if (!readSuffix(text, e, c)) c.bad = true;
  } else {
    c.atEnd = true;
  }
}

/** Masked digits right before: "•••• 64714", "***64714", "...49601" (the shown tail of an account number or NPI). */
function maskedBefore(text: string, end: number): boolean {
  let i = end;
  for (let c = text.charCodeAt(i - 1); c === 42 || c === 46 || c === 0x2022 || c === 0x25cf; c = text.charCodeAt(i - 1))
    i--;
  // A dot leader between spaces ("Lumbar Plexus ........ 64714", a code book's index) is no mask: the words before it
  // on its line are the number's label, which rejects it only when it names another field ("Claim number ..... 64714").
  return (
    end - i > 2 &&
    (text.charCodeAt(i) !== 46 ||
      !isSpace(text.charCodeAt(end)) ||
      !isSpace(text.charCodeAt(i - 1)) ||
      labelKind(textBefore(text, i, 40).split('\n').pop()!) === V.Other)
  );
}

/**
 * A parenthesised label right after the number that names another field: "Received 26276 (Julian)", "64132 (ZIP)".
 * Read only for a number about to be marked.
 */
function otherLabelAfter(text: string, end: number): boolean {
  // Pass 55: "when 64712 is your claim number", "That 64632 is your Botox authorization tracking number": the
  // sentence says whose record the number is and names its field ("64445 is your procedure" stays a code).
  const own = /^ is (?:your|my) ([A-Za-z ]+)/.exec(text.slice(end, end + 60));
  if (own && labelKind(own[1]!) === V.Other) return true;
  let i = end;
  if (isSpace(text.charCodeAt(i))) i++;
  if (text.charCodeAt(i) !== 40) return false;
  const close = text.indexOf(')', i);
  // Words only: "(1 unit)" after a code counts the code. A negation is a note, no label ("64632 (no PA)": "no" is no
  // head there, "PA no." would be).
  const label = close - i < 24 ? text.slice(i + 1, close) : '1';
  // "10576 (Pound Ridge), 10590 (South Salem)": numbers keyed to place or person names, one after another.
  if (
    /^[A-Z][a-z]+(?: [A-Z][a-z]+)+$/.test(label) &&
    (/^\),? (?:or |and )?\d{5} \(/.test(text.slice(close, close + 14)) ||
      /\d{5} \([A-Z][a-z]+(?: [A-Z][a-z]+)+\),? (?:or |and )?$/.test(text.slice(Math.max(0, end - 48), end - 5)))
  )
    return true;
  return (!/\d|^no /i.test(label) || label[0] === '$') && labelKind(label) === V.Other;
}

/** "10535 Hospital Way": capitalised words ending in a street type after the number make it a street number. */
const STREET_AFTER =
  / (?:[NSEW]\.? )?(?:[A-Z][a-z]+ ){1,3}(?:Way|St|Street|Ave|Avenue|Rd|Road|Blvd|Dr|Drive|Ln|Lane|Pkwy|Ct|Court|Hwy)\b/y;

/** A street address and a comma right before the number: its ZIP ("2207 Cedar Ave S, 55406", no city or state). */
const STREET_BEFORE =
  /\d (?:[NSEW]\.? )?(?:[A-Z][a-z]+ ){1,3}(?:Way|St|Street|Ave|Avenue|Rd|Road|Blvd|Dr|Drive|Ln|Lane|Pkwy|Ct|Court|Hwy)\b\.?(?: [NSEW]\.?)?, $/;

/**
 * The number is part of a postal address: a street number ("10535 Hospital Way"), or a ZIP after a place name and a
 * state ("Beaverton OR 97006", "Duluth, MN 55805") that ends the address. Read only for a number about to be marked.
 */
function inAddress(text: string, start: number, end: number): boolean {
  if (testAt(STREET_AFTER, text, end) || STREET_BEFORE.test(textBefore(text, start, 48))) return true;
  const place = text.charCodeAt(start - 5);
  // A state: two capitals that are no modifier ("RT") and no procedure word ("HC", "PX"). No list of states: bytes.
  const state = text.slice(start - 3, start - 1);
  return (
    start > 4 &&
    text.charCodeAt(start - 1) === 32 &&
    text.charCodeAt(start - 4) === 32 &&
    (place === 44 || (place >= 97 && place <= 122)) &&
    /^[A-Z]{2}$/.test(state) &&
    !SPACED_LETTER_MODIFIERS.test(state) &&
    wordKind(state.toLowerCase()) !== W.Proc &&
    !(text.charCodeAt(end) === 32 && isLetter(text.charCodeAt(end + 1)))
  );
}

function endsWithFiveDigitRun(text: string, end: number): boolean {
  if (end < 5) return false;
  for (let i = end - 5; i < end; i++) if (!isDigit(text.charCodeAt(i))) return false;
  return end === 5 || !isGlue(text.charCodeAt(end - 6));
}

function gluedProcWord(text: string, end: number): boolean {
  let i = end;
  while (isLetter(text.charCodeAt(i - 1))) i--;
  return i < end && wordKind(text.slice(i, end).toLowerCase()) === W.Proc;
}

/** Reads modifiers after the code; false when the suffix shows the number is not a code. */
function readSuffix(text: string, e: number, c: Candidate): boolean {
  const a = text.charCodeAt(e);
  // Past the end charCodeAt is NaN, which no character test accepts.
  const a1 = text.charCodeAt(e + 1);
  if (isUpper(a)) {
    // A glued modifier (isCandidateAt let only a real one through).
    c.modifiers = [text.slice(e, e + 2)];
    c.end = e + 2;
    readSpacedModifiers(text, e + 2, c);
    return true;
  }
  // Decimal, thousands (a list "64712,64714" is fine), time, percent, e-mail.
  if (a === 46 && isDigit(a1)) return false;
  if (a === 44 && isDigit(a1)) {
    // "41310,64712,36064712,9880.00": a comma field of a CSV row followed by a whole number field, no decimal's fraction;
    // so is one followed by an amount field ("0361,64445,980.00,588.00": `| 2` takes "," and "." alike).
    const n = digitRunLength(text, e + 1);
    // So is one after a word field and before a date field ("Meridian,64632,2025-01-10", an IDR tracker's export).
    const next = text.charCodeAt(e + 1 + n) | 2;
    return (
      n === 5 ||
      (n > 0 &&
        text.charCodeAt(c.start - 1) === 44 &&
        (next === 46 || (next === 47 && isLetter(text.charCodeAt(c.start - 2)))))
    );
  }
  // A time (12:64712 is rejected by its prefix), unless a colon opens the number too: a composite's component
  // ("HC:64445:59" in an X12 viewer's cell).
  if (a === 58 && isDigit(a1)) return text.charCodeAt(c.start - 1) === 58;
  if (a === 37 || a === 64) return false;
  // Glued dash or slash: modifiers, a range/pair, or an identifier tail.
  if ((isDash(a) || a === 47) && isGlue(a1)) {
    if (digitRunLength(text, e + 1) === 5) return true; // 64712-64714, 64712/64714
    let i = e;
    const mods: string[] = [];
    while (i < text.length) {
      const sep = text.charCodeAt(i);
      if (!(isDash(sep) || (sep === 47 && i === e))) break;
      const m = modifierAt(text, i + 1, false);
      if (!m) break;
      mods.push(m);
      i += 3;
    }
    if (mods.length === 0) return false; // 64712-1234 (ZIP+4), 64632-BLK, 64712-A, 64712-2026
    // A dash after the modifiers that continues an identifier (64712-RT-0001) makes the whole thing one.
    if (isDash(text.charCodeAt(i)) && isGlue(text.charCodeAt(i + 1))) return false;
    c.modifiers = mods;
    c.end = i;
    readSpacedModifiers(text, i, c);
    return true;
  }
  // "Four 64714 claims lacked …": after a number word, the count word is that word's, not this number's.
  // "64612 units reduced from 2 to 1": a figure after gives the units, so the number is the line's code, not a count.
  if (
    COUNT_AFTER.test(text.slice(e, e + 16)) &&
    !NUMBER_WORD_END.test(textBefore(text, c.start, 7)) &&
    !testAt(UNITS_GIVEN, text, e)
  )
    return false;
  readSpacedModifiers(text, e, c);
  return true;
}

/**
 * `64632 26`, `64712 RT`, `64712 RT 59`: a single space, then a real modifier standing alone; or in parentheses,
 * `64712 (RT)` (an appeal letter's "Services at issue").
 */
function readSpacedModifiers(text: string, from: number, c: Candidate): void {
  let i = from;
  while (i + 3 <= text.length && isSpace(text.charCodeAt(i))) {
    const paren = text.charCodeAt(i + 1) === 40 && text.charCodeAt(i + 4) === 41 ? 1 : 0;
    const m = modifierAt(text, i + 1 + paren, true);
    if (!m) break;
    if (c.modifiers === EMPTY_MODS) c.modifiers = [];
    c.modifiers.push(m);
    i += 3 + 2 * paren;
    c.end = i;
  }
}

/**
 * A modifier from the text after the node (the next cell in a "Mod" column, or `<b>64712</b>-RT`): " RT",
 * "-50", "RT". Only real modifiers count here, since any two characters can follow a node.
 */
function readAfterModifiers(after: string, c: Candidate): void {
  let i = 0;
  while (isSpace(after.charCodeAt(i)) || after.charCodeAt(i) === 10) i++;
  if (i === 0 && isDash(after.charCodeAt(0))) i = 1;
  const m = modifierAt(after, i, true);
  // "33. BILLING PROVIDER": a numbered form box, not a modifier.
  if (m && after.charCodeAt(i + 2) !== 46) c.modifiers = [m];
}

/** A two-character modifier at `i` that stands alone (nothing glued after it), or undefined. */
function modifierAt(text: string, i: number, spaced: boolean): string | undefined {
  if (i + 2 > text.length) return undefined;
  const a = text.charCodeAt(i);
  const b = text.charCodeAt(i + 1);
  // Past the end charCodeAt is NaN, which no character test accepts.
  const n = text.charCodeAt(i + 2);
  if (isGlue(n)) return undefined;
  // 64712 50.00 or 64712 26,5 is a number, not a modifier.
  if ((n === 46 || n === 44) && isDigit(text.charCodeAt(i + 3))) return undefined;
  if (!isModChar(a) || !isModChar(b)) return undefined;
  const mod = text.slice(i, i + 2);
  if (isDigit(a) && isDigit(b)) return NUMERIC_MODIFIERS.test(mod) ? mod : undefined;
  if (spaced) return SPACED_LETTER_MODIFIERS.test(mod) ? mod : undefined;
  return isUpper(a) ? mod : undefined;
}

function digitRunLength(text: string, i: number): number {
  let n = 0;
  while (isDigit(text.charCodeAt(i + n))) n++;
  return isLetter(text.charCodeAt(i + n)) ? -1 : n;
}

// ── label context ──────────────────────────────────────────────────────────────────────────────────────

/** Verdicts of a backward label scan. */
enum V {
  Proc = 1,
  Other,
  /** Stopped on a sentence end or another number: no label; a known code stays a code. */
  Stop,
  /** Reached the start of the text still open: look further (column header, then `before`). */
  Open,
  /** A word no list knows is bound to the number (`FIN 12345`): an identifier unless other evidence says code. */
  Unexplained,
  /**
   * `code(s)` qualified by a word no list knows ("Parking garage code", "Additional codes:"): unexplained, but a list
   * of known codes after it is positive evidence (the head names codes; a garage code is not a list of them).
   */
  CodeLabel,
}

/** Field names are kept short: terser does not mangle properties, and every name ships (content-script bytes). */
interface ScanState {
  /** Plain words passed since the number. */
  words: number;
  /** A colon or element boundary sits between the label and the number: the whole phrase binds. */
  colon: boolean;
  /** A preposition or verb sits between: identifier labels before it do not bind. */
  brk: boolean;
  /** The only breaker seen is "of": quantity words still bind ("a total of 64712"). */
  onlyOf: boolean;
  /** A `.` right before (abbreviation or sentence end): only a cue word may follow. */
  dot: boolean;
  /** Anything (word or punctuation) seen yet. */
  seen: boolean;
  /** A generic head waiting for its qualifier: HeadCode or HeadId. */
  head: W | 0;
  /** The generic head is the plural "codes". */
  codes: boolean;
  /** A word no list knows was bound to the number. */
  unknown: boolean;
  /**
   * In a label phrase ("Procedures on this visit:"), the first deciding word seen (right to left), held until the
   * phrase's head: a deciding word before a preposition overrides it ("Procedures" over "visit").
   */
  pending: V | 0;
  /** A preposition sits between `pending` and the words still to read. */
  prep: boolean;
  /** A conjunction sits between `pending` and the words still to read ("Item or service:"). */
  joined: boolean;
  /** A parenthesis or comma right before the number: unknown words behind it are not its label. */
  aside: boolean;
  /** Classifying a header or label text, not the text before a number: coding verbs are plain words. */
  label: boolean;
  /** The word bound right before the number is lower-case (a verb after "to", not a field name). */
  lower: boolean;
  /** The word bound right before the number is an upper-case abbreviation ("BPA", "FIN"): a field name. */
  upper: boolean;
  /** The label before a colon is a clause with a subject ("You searched:"), not a field name ("Sent to:"). */
  clause: boolean;
  /** A capitalised coding verb is bound to the number: the word before it says command or title ("Change Request"). */
  title: boolean;
  /** The coding verb bound to the number is lower-case: a verb in -s before it makes it a noun ("Answers request"). */
  lowerVerb: boolean;
  /** The word bound right before the number is a lower-case word in -s: a verb if a lower-case subject precedes it. */
  verbS: boolean;
  /** An upper-case abbreviation no list knows stands right before the aside ("PPO (31135)"). */
  abbr: boolean;
  /** A form of "be" right before the number: the words before it are the sentence's subject ("the code is 64612"). */
  be: boolean;
  /** A determiner right before a `code` head ("the code", "same code"): prose, no field name qualifies it. */
  det: boolean;
  /** The verb in -s bound to the number reads a document out ("shows", "lists"). */
  shows: boolean;
  /** "the" right before the number: after a colon or a comma, a phrase about it opens ("AGENT: the 64712 is …"). */
  the: boolean;
}

// Only the fields that do not start falsy: the others read as false / 0 until set (content-script bytes).
const newScan = (colon: boolean) => ({ words: 0, colon, onlyOf: true }) as ScanState;

/** What the scan says when it stops without a deciding word: a pending head's default, an unexplained label, or none. */
function settle(st: ScanState): V {
  if (st.title) return V.Proc;
  return headDefault(st) ?? (st.pending || (st.unknown ? V.Unexplained : V.Stop));
}

/** A deciding word in a label phrase: held until the phrase's head (see `pending`). */
function pend(st: ScanState, v: V): V {
  if (!st.pending) {
    st.pending = v;
    return V.Open;
  }
  if (st.prep) return v;
  // "Item or service: 64445": two heads joined by a conjunction that disagree leave the label unexplained.
  if (st.joined && v !== st.pending) {
    st.pending = 0;
    st.unknown = true;
  }
  return V.Open;
}

/** Longest text between two list members ("64712, 64714, and/or 64445", "10695 (consulta resuelta) o 13755"). */
const MAX_LIST_GAP = 40;

function inList(text: string, cands: Candidate[], i: number): boolean {
  const prev = i > 0 ? cands[i - 1] : undefined;
  // Pass 50: a delimited row's field its modifier and fee fields follow is the row's code, no list member
  // ("CNP-18102,64712,RT,1211.80": a claim number's field before it).
  if (!prev || testAt(MOD_FEE, text, cands[i]!.end)) return false;
  const gap = cands[i]!.start - prev.end;
  return gap >= 0 && gap <= MAX_LIST_GAP && LIST_GAP.test(text.slice(prev.end, cands[i]!.start));
}

/** The index of the last member of the list `head` opens ("64714 and 64712" → the index of 64712). */
function listEnd(text: string, cands: Candidate[], head: number): number {
  let last = head;
  while (last + 1 < cands.length && inList(text, cands, last + 1)) last++;
  return last;
}

function labelSaysCode(
  text: string,
  cands: Candidate[],
  i: number,
  context: DetectContext | undefined,
  known: ReadonlySet<string>,
): boolean {
  const c = cands[i]!;
  if (c.label !== undefined) return c.label;
  // A list member takes the verdict of the list's head: "CPT 64714 and 64712", "Claims 64712, 64714".
  // Walk back iteratively (a node may hold thousands of listed numbers).
  let head = i;
  while (cands[head]!.label === undefined && inList(text, cands, head)) head--;
  let verdict = cands[head]!.label;
  if (verdict === undefined) {
    const h = cands[head]!;
    const from = head > 0 ? cands[head - 1]!.end : 0;
    const v = labelVerdict(text, from, h.start, context, known);
    if (v === V.Unexplained || v === V.CodeLabel) {
      // An unexplained label, but a modifier written with the code is positive evidence ("FIN 64712-RT" is rare;
      // "Ln 64712-RT" is a claim line). Read the next cell only now, for a known code.
      if (h.modifiers.length === 0 && h.atEnd && context && head === cands.length - 1) {
        const after = context.after;
        if (after) readAfterModifiers(after, h);
        modifiedOf.delete(cands);
      }
      // Under a code head ("Additional codes: 64632, 64714") or a word of the same sentence ("NCCI pairs 64712 and
      // 64445"), a list of known codes is positive evidence; after an abbreviation ("HAR 64612 and 64632") or a field
      // label in another element ("Parking garage" | "64632, 64714") it is a list of identifiers. Its first and last
      // members are known; a code the data does not know may sit between ("lines 64712, 01250, 64445").
      const next = cands[head + 1];
      const last = listEnd(text, cands, head);
      // The words just before the number (bounded: a long node may hold many such numbers).
      const ahead = textBefore(text, h.start, 40);
      const plain = !ABBREVIATION_END.test(ahead);
      // "64712 sciatic nerve 64714 lumbar plexus" (a quick-reference line), also after a comma ("64712, lumbar plexus
      // 64714"): the words after a code describe it, so the number after them is the next code of the list.
      const prevCode = head > 0 ? cands[head - 1]! : undefined;
      verdict =
        realModifier(h.modifiers) ||
        (!!prevCode && prevCode.label === true && DESCRIBED_GAP.test(text.slice(prevCode.end, h.start))) ||
        (h.known &&
          last > head &&
          // Pass 40: under a code head any later known member will do ("Affected codes: 64712, 64713, 64714, 64721").
          (v === V.CodeLabel
            ? cands.slice(head + 1, last + 1).some((c) => c.known)
            : cands[last]!.known && plain && LETTER_IN.test(ahead))) ||
        // "Suggested codes (AI, confidence): 64714 0.93 · 64712 0.41": under a code head, known codes each with a
        // figure (a score, a count) are a list too; and in prose (no field label's colon: "Parking garage code: 64714
        // (6)") a count in parentheses says how often the code came up ("Top code 64445 (9 of them)").
        (v === V.CodeLabel &&
          ((!!next?.known && next.start - h.end < 13 && ANNOTATED_GAP.test(text.slice(h.end, next.start))) ||
            (testAt(COUNT_IN_PARENS, text, h.end) && !/:\s*$/.test(ahead)))) ||
        (plain && evidenceAfter(text, cands[last]!.end, v !== V.CodeLabel && !WORD_END.test(ahead))) ||
        answersCodeQuestion(text, h.start, context) ||
        // Pass 54: "NERVE BLOCKS ☐ 64418 suprascapular ☐ 64445 sciatic": a check box before the number and a lower-case
        // word after it, an encounter form's procedure option ("☐ 30255" alone, "Acct ☐ 30255 Main" stay).
        (/[☐☑] $/.test(ahead) && WORD_AFTER.test(text.slice(h.end, h.end + 3))) ||
        // Pass 54: "2 x 64712, 1 x 64714", "clinic PM 64612 x3": a unit count before or after the number.
        counted(text, h.start, cands[last]!.end) ||
        (opensLine(text, h.start) && testAt(PAIR_ROW, text, h.start)) ||
        // "835 received: paid 64712, denied 64445": an adjudication verb (a JSON key "paidCents" is no word).
        / paid $/.test(ahead) ||
        // "Findings: Four 64714 claims lacked …": between a number word and the plural it counts, the number classifies
        // what is counted (a code), it is not what is counted.
        (NUMBER_WORD_END.test(ahead) && testAt(PLURAL_AFTER, text, h.end)) ||
        // "Facial chemodenervation 64612", "a regional block 64445 on …": a procedure noun (by its suffix) or an
        // article's noun phrase of lower-case words bound to the number names the procedure, not a record.
        PROCEDURE_END.test(ahead) ||
        // "Sciatic nerve surgery 64712", "Surgery 64712 09/30/25" (opening the text): a lower-case noun before "surgery",
        // or none, names the procedure ("Lakeside Surgery 64712" is a business's name, its number an id or a ZIP).
        /(?:^| [a-z]+ )[Ss]urgery +$/.test(ahead) ||
        // "MOVE 64445 TO THEIR CLAIM", "Shift 64712 to the facility claim": a word opening its sentence, the number, then
        // "to" and a determiner: an imperative verb, its object and where it goes (a record's label is no verb).
        (IMPERATIVE_END.test(ahead) && testAt(TO_PLACE_AFTER, text, h.end)) ||
        // "Your answer: 64612 ✗ Correct answer: 64612-50": the text writes the same number with a real modifier (not
        // after an abbreviation: "HAR 64612 …, both 64612-50").
        (plain && modified(cands).codes.has(h.code)) ||
        // "64712-LT neuroplasty …; block 64445 by anesthesia", "64712-RT, and the block 64445 stays?": a common lower-case
        // word labels a number the sentence goes on about no more than a code when the same text codes another number
        // with strong evidence (an identifier's label and number usually end their field: "event 60060", "site 64714").
        (LOWER_WORD_END.test(ahead) && WORD_AFTER.test(text.slice(h.end, h.end + 3)) && codeElsewhere(cands, head)) ||
        // A fixed-width report row ("Enc 71846  BERG A        64612          copay $40.00"): a run of spaces between the word
        // and the number is a column gap, so the word is another column's value, not the number's label.
        (plain &&
          COLUMN_GAP_END.test(ahead) &&
          TEXT_COLUMN_AFTER.test(text.slice(cands[last]!.end, cands[last]!.end + 24))) ||
        // An itemized statement or superbill line ("NEUROPLASTY SCIATIC NRV OPEN   64712  1  3,120.00", "Neuroplasty,
        // sciatic nerve, open   64712   $1,850"): a description right before, a quantity and an amount right after.
        (DESCRIBED_END.test(ahead) && testAt(PRICED_AFTER, text, cands[last]!.end)) ||
        // "Slide 5 — Lumbar plexus: 64714;", "Drill-down: 64712 → …": a capitalised heading opening its line or segment
        // is no identifier's label (the survey's colon2; not a count's "Total:", "Visitors this month:", not before a
        // plural, a name, a parenthesis or the end of the text: "Backlog: 30109 charges", "Referring: 64712 Smith",
        // "Botox: 64712" stays a field's value). Not in a table column.
        (v === V.Unexplained &&
          !context?.column &&
          HEADING_END.test(ahead) &&
          !COUNT_HEADING_END.test(ahead) &&
          !testAt(PLURAL_OR_NAME_AFTER, text, h.end));
    } else {
      // "Claim lines on file: 64712-RT $2,850.00": a real letter modifier glued to the number by a dash is a code's,
      // whatever the label names (an identifier takes no "-RT"; a digit suffix it may: "Tracking 64445-22").
      verdict =
        v !== V.Other ||
        (isDash(text.charCodeAt(h.start + 5)) && SPACED_LETTER_MODIFIERS.test(h.modifiers[0] ?? '')) ||
        // "Units: 64612 is reported once", "in 4 claims 64714 and 64712 were billed": a coding verb after the number (or
        // its list) outweighs another field's word that is not bound right before it ("Claim 64714 was denied" stays
        // an id; so does an abbreviation's number: "HAR 64612 was billed").
        (!OTHER_BOUND_END.test(textBefore(text, h.start, 30)) &&
          testAt(CODING_VERB_AFTER, text, cands[listEnd(text, cands, head)]!.end)) ||
        // "Neuroplasty cases 64712 / 64714", "open neuroplasty cases (64712, 64714)": surgical cases a procedure noun
        // names are counted by their codes, not numbered ("Claim cases 64712" stays ids).
        PROCEDURE_CASES.test(textBefore(text, h.start, 40)) ||
        // "Prior auth required for: 64712, 64714", "No auth needed for: 64445": a requirement's label is a clause, its
        // field word the subject; what it is required for is a service ("Auth number: 64712" stays an id).
        /(?:requir|need)ed for: *$/.test(textBefore(text, h.start, 16)) ||
        // Pass 54: "5 block records: 64445 x3", "40 rows, 64445 x 12": after a plural that counts records, a unit count
        // makes the number a service line's code ("Claim 64714 x2", "Demande d’autorisation : 64445 x2" stay).
        (/s[:,]? \(?$/.test(textBefore(text, h.start, 4)) && counted(text, h.start, h.end));
    }
  }
  for (let k = head; k <= i; k++) cands[k]!.label = verdict;
  return verdict;
}

/**
 * The number answers a prompt that asks for a code: a sentence naming a code ends right before the number's own
 * `Label:` ("enter the procedure code now. Caller: 64612", "Which code is reported …? | Back: 64714"). The prompt may
 * sit in the element before. Read only for a number an unexplained label holds.
 */
function answersCodeQuestion(text: string, start: number, context: DetectContext | undefined): boolean {
  const head = textBefore(text, start, 100);
  // An answer option of a multiple-choice question ("A. 64445   B. 64712") answers the question above the options.
  const option = OPTION.test(head);
  const before = option || LABEL_ONLY.test(head) ? context?.before : undefined;
  const asked =
    ASKS_CODE.exec(head) ?? (before ? ASKS_CODE.exec(`${before.slice(-100)} ${option ? 'A:' : head}`) : null);
  // "Enter your ZIP code. Caller: 43215": a code the qualifier names as another field is no procedure code.
  const qualifier = asked?.[1] && wordKind(asked[1].toLowerCase());
  if (asked) return qualifier !== W.Other && qualifier !== W.Qualifier;
  // "Open neuroplasty of the sciatic nerve is reported with:" then "A) 64714   B) 64712": a stem ending in a coding
  // verb asks for a code too.
  if (option && REPORTED_WITH.test(String(before).slice(-30))) return true;
  // A coding quiz's answer ("Your answer: 64445." / "Correct: 64632 ×2") where the text, or the lines above it, speak
  // of coding ("… is coded once", "the code is reported per nerve"). Pass 51: in prose too ("you coded 64708; … so the
  // answer is 64712").
  return ANSWER.test(head) && CODING.test(context?.before + text);
}
const ANSWER = /(?:answer|correct)(?::[^:\n]{0,16})?(?::| is)\s*$/i;
const OPTION = /(?:^|\d\s+)[A-E][.)]\s*$/;
const REPORTED_WITH = /(?:report|bill|cod)ed (?:with|as)\W*$/i;
const CODING = /cod(?:e|ing)/i;
const ASKS_CODE = /(?:\b([a-z]+)\s+)?\b(?:codes?|cpt|hcpcs)\b[^.?!|\n]{0,60}[?.][\s|]*[A-Za-z]+:\s*$/i;
/** An option letter opens its line, perhaps after a radio or check symbol ("◯ B. 64712"). */
const OPTION_START = /(?:^|\n)(?:[^\w\s] ?)?$/;
const LABEL_ONLY = /^\s*[A-Za-z]+:\s*$/;

/** The word right before the number is a common lower-case word ("block", "confirm"; id labels are listed). */
const LOWER_WORD_END = /(?:^|[^A-Za-z])[a-z]{3,}\s+$/;
const WORD_AFTER = /^ [a-z]{2}/;
/** A capitalised word of four letters or more opening the text or a sentence, right before the number. */
const IMPERATIVE_END = /(?:^|[.!?] )[A-Z][A-Za-z]{3,} $/;
/** Sticky after the number: "to"/"into" and a determiner ("TO THEIR", "into the"). */
const TO_PLACE_AFTER = / (?:in)?to (?:the|their|his|her|its|our|your|an?|another) /iy;
/**
 * A singular word or an abbreviation bound right before the number by blanks ("Claim ", "HAR "); a plural is no id.
 * Pass 51: or an identifier's "#" ("Case #71236 needs CPT confirm": the field word before "#" is bound through it).
 */
const OTHER_BOUND_END = /(?:(?:[A-Za-rt-z]|[A-Z]{2}) +|# *)$/;
/**
 * Sticky: a coding verb right after the number, behind auxiliaries ("is reported", "does not need", "billed"); pass 49:
 * "now" is one ("now requires"), and "with mod 50" names a modifier as "with modifier" does.
 */
const CODING_VERB_AFTER =
  /[-\s]*(?:(?:is|was|are|were|does|not|now) +)*(?:reported|billed|coded|describes|denied|requires|needs?|denials|with mod(?:ifier)?)\b/y;
const COLUMN_GAP_END = /\S(?: {3,}|\t)$/;
/**
 * A capitalised heading of up to four words opening its line (indented too: "  Additional:") or a segment, a colon and
 * a space before the number.
 */
const HEADING_END = /(?:^|[\n·|—•]) *[A-Z][a-z]+(?:[ -][A-Za-z]+){0,3}: +$/;
const COUNT_HEADING_END = /(?:month|day|total|count|sum|length|size)[^:]*: *$/i;
/**
 * A plural, a name or the end after the number; pass 51: not "is"/"was" and an article, a definition of the number
 * ("Reminder: 64714 is the lumbar plexus"; "Answer: 64632 is pending" is a record's state).
 */
const PLURAL_OR_NAME_AFTER = /\s*(?:(?:[a-z]+\s+){0,2}(?!(?:i|wa)s (?:the|an?) )[a-z]+s\b|[(A-Z]|$)/y;
/**
 * Two description words end right before the number: "NRV OPEN", "nerve, open" (not a name: "SMITH, JOHN"). Pass 54:
 * a side may follow after a comma ("facial nerve, L"), and an ordinal is a word ("R 3rd interspace").
 */
const DESCRIBED_END = /(?:[a-z]{3,},?|\d[a-z]{2}|[A-Z]{3,}) [A-Za-z]{3,}(?:,? [LR]T?)?\s+$/;
/** Sticky: an optional quantity, then an amount with cents, or a dollar sign ("  1   3,120.00", "  $ 520"). */
const PRICED_AFTER = /\s+(?:\d+\s+)?[\d,]+\.\d\d|\s+\$/y;
/** The next column holds words, not another number (a fixed-width row of ids and dates: "64445      10/02/26"). */
const TEXT_COLUMN_AFTER = /^\s+(?:[-–—] )?[A-Za-z(]/;

/** Another known number of the text is written with a real modifier ("64712-RT"): the text codes procedures. */
function codeElsewhere(cands: Candidate[], i: number): boolean {
  const o = cands[i]!;
  return modified(cands).strong > (o.known && !o.bad && realModifier(o.modifiers) ? 1 : 0);
}

/**
 * The text's candidates written with a real modifier: their codes, and how many are known and well-shaped. Counted
 * once per text, not per candidate: a node may hold thousands of numbers (`detect-window.test.ts`). Dropped when a
 * candidate's modifiers are read from the next node.
 */
const modifiedOf = new WeakMap<Candidate[], { codes: Set<string>; strong: number }>();
function modified(cands: Candidate[]): { codes: Set<string>; strong: number } {
  let m = modifiedOf.get(cands);
  if (!m) {
    m = { codes: new Set(), strong: 0 };
    for (const o of cands) {
      if (!realModifier(o.modifiers)) continue;
      m.codes.add(o.code);
      if (o.known && !o.bad) m.strong++;
    }
    modifiedOf.set(cands, m);
  }
  return m;
}

/**
 * A real CPT/HCPCS modifier among those written with the code: "Seq 64712-RT" is a claim line, but "ACNT 48201-HL"
 * is an account number with a letter suffix.
 */
function realModifier(mods: readonly string[]): boolean {
  for (const m of mods) if (NUMERIC_MODIFIERS.test(m) || SPACED_LETTER_MODIFIERS.test(m)) return true;
  return false;
}

/**
 * A procedure noun by its suffix (chemodenervation, neuroplasty, arthroscopy) or an article's anatomical adjective and
 * noun ("a regional block", "the sciatic nerve"; not "the block still", "a second line") right before the number; an
 * anatomical word before "block(s)" or "injection" without one ("nerve block", "facial injection"; not "Lot 4 block").
 * Pass 53: "blk" is a block ("R sciatic blk 64445", a procedure schedule's planned case).
 */
const PROCEDURE_END =
  /(?:(?:plasty|ectomy|otomy|ostomy|scopy|rrhaphy|desis|centesis|lysis|pexy|denervation|compression|(?:destruction|blocks?)(?=,))(?:, [a-z ]+)?:?|\b(?:an?|the) [a-z]+(?:al|ic|ar) [a-z]{2,}[^g]|(?:[a-z](?:al|ic|ar)|nerve) (?:blocks?|blk|nerve|injection)|^(?:left|right))(?:(?:, [a-z]+,)? is)? +$/i;

/** A procedure noun by its suffix, then "cases", right before the number or its parenthesis. */
const PROCEDURE_CASES = /(?:plasty|ectomy|otomy|ostomy|scopy|desis|lysis|denervation) cases \(?$/i;

/** An upper-case descriptor too, a fee file's ("64445,,,N BLOCK INJ SCIATIC SNG"). */
const QUOTED_DESCRIBED =
  /"?,(?:"?(?:[A-Z\d]{2})?"?,){0,2}"?(?:[A-Z] ?)?(?:[a-z]+(?: [a-z]+){2}|[A-Z]{2,}(?: [A-Z]{2,}){2})/y;

/** The gap between a code and the next number is a description: one to five lower- or upper-case words. */
const DESCRIBED_GAP = /^,?[ \t]+(?!in )(?:(?:[a-z]{2,}|[A-Z]{2,})[ \t]+){1,5}$/;

/** An upper-case abbreviation right before the number ("HAR 64612", "FIN 64712"): an identifier's field name. */
const ABBREVIATION_END = /(?:^|[^A-Za-z])[A-Z]{2,}\s*$/;
const LETTER_IN = /[A-Za-z]/;
/** Between two members of an annotated list: a figure and separators, no word, no line end, at most 12 characters. */
const ANNOTATED_GAP = /^[^A-Za-z\n]{1,12}$/;
/** Sticky after the number: a count in parentheses ("(9 of them)", "(6)", "(12 claims)"). */
const COUNT_IN_PARENS = / \(\d{1,4}(?: [a-z ]{1,12})?\)/y;
/**
 * A word right before the number ("Catalog 33529 nerve block tray", "Problem 25923 low back pain") names a record:
 * words after it are that record's title, not a procedure's description. A description counts after a heading with a
 * colon ("Neuroplasty: 64712 sciatic nerve") or a label in another element (a fee-schedule line).
 */
const WORD_END = /[A-Za-z]\s*$/;

/** A description word: two or more letters, lower or upper case ("sciatic", "NERVE"). */
const DESCRIPTION_WORD = /^[a-z]{2,}$|^[A-Z]{2,}$/;
/** The first word may be capitalised ("Facial nerve"); two capitalised words are a name ("Cardiology Clinic"). */
const CAPITALISED = /^[A-Z][a-z]+$/;

/**
 * Positive evidence AFTER a number its label does not explain (read only then, on the rare path):
 *   - a coding verb, behind auxiliaries ("64632 is reported per nerve", "only 64712 is coded", "64445 billed with");
 *   - `modifier` within the next words ("code 64445 with modifier 59", "64714 does not need a modifier");
 *   - with `described` allowed (no abbreviation label), a procedure description: two words no list knows
 *     ("Neuroplasty: 64712 sciatic nerve", fee-schedule lines "64445  N BLOCK INJ SCIATIC SNG").
 */
function evidenceAfter(text: string, end: number, described: boolean): boolean {
  // Rare path (a known number its label does not explain): a short slice split into words.
  // "Lumbar plexus neuroplasty 64714: This procedure is …": the next sentence names the number a procedure.
  if (testAt(NAMED_AFTER, text, end)) return true;
  const tokens = text.slice(end, end + 64).split(/\s+/);
  let plain = 0;
  let as = false;
  // tokens[0] is what is glued to the number: "64712, sciatic" or "64712:" is no phrase after it.
  for (let n = 1; n < 8 && n < tokens.length && !tokens[0]; n++) {
    const token = tokens[n]!;
    // A modifier or status letter between the code and its description ("64612  50   DESTROY", "64445  N BLOCK").
    if (n === 1 && described && (/^(?:[A-Z]|—)$/.test(token) || modifierAt(token, 0, true))) continue;
    // CPT descriptors: "Neuroplasty (exploration, …", "Injection(s), anesthetic agent(s)": a leading parenthesis, a
    // plural "(s)" and a comma are part of the phrase; other punctuation ends it.
    const word = token.replace(/^\(|(?:\(s\))?[,.;:)?]{0,2}$/g, '');
    const lower = word.toLowerCase();
    // "lists 64612 as a bilateral procedure": the number is named a procedure or a code.
    if (n === 1) as = lower === 'as';
    // "add 64612 1 unit", "64632 x2": a unit count is said of a service line.
    // ("64445 x 3 claims": the sign may stand apart.)
    if (
      n === 1 &&
      (/^[x×]\d\d?[,;.]?$/.test(token.length < 2 ? token + tokens[2] : token) ||
        (/^\d\d?(?:st|nd|rd|th)?$/.test(token) && /^units?\b/i.test(tokens[2] ?? '')))
    ) {
      return true;
    }
    // "64445 should also need laterality", "64714 must be reported": a modal right after the number opens a predicate
    // about it (a record's number is rarely a sentence's subject after a label no list knows).
    if (n === 1 && MODAL_AFTER.test(lower)) return true;
    // "allows 64612 once per side every 84 days": a frequency limit is said of a service, not of a record. Pass 49: so is
    // a date it was done on, when no word is bound right before the number ("from EHR: 64445 on 08/14/2025", a "Last
    // line" cell's "64445 on 01/14/2026"; "Ticket 64712 on 3/11/2025" is a record opened that day). Pass 56: so is a
    // dosing interval ("64612 q12wk unchanged", "spasm 64612 every 3 months"): a treatment repeated, not a record.
    if (
      n === 1 &&
      ((/^(?:once|twice)$/.test(lower) && tokens[2] === 'per') ||
        /^q\d/.test(lower) ||
        (lower === 'every' && /^\d/.test(tokens[2]!)) ||
        (described && lower === 'on' && /^\d\d?\/\d/.test(tokens[2]!)))
    )
      return true;
    // "agree: 64714 right", "confirm 64712 charge dropped": a side or a procedure word right after the number is said of
    // a procedure (an identifier has no side and no charge of its own).
    // A plural counts them ("Backlog: 30109 charges on hold").
    if (n === 1 && (SIDE_AFTER.test(lower) || (wordKind(lower) === W.Proc && !lower.endsWith('s')))) return true;
    // "64445 with RT on it": a real letter modifier given by "with" is written with the code (an id has no side).
    if (
      /^mod(?:ifiers?)?$/.test(lower) ||
      // (after an article a coding verb is a noun: "specialty 31969 on the request.")
      (!plain && isCodingVerb(lower) && !/^(?:the|an?)$/i.test(tokens[n - 1]!)) ||
      (as && /^(?:proc|code)/.test(lower)) ||
      (tokens[n - 1] === 'with' && SPACED_LETTER_MODIFIERS.test(token))
    ) {
      return true;
    }
    const kind = wordKind(lower);
    // "64612 is usually billed": an adverb in -ly after the auxiliaries is one of them.
    const aux = kind === W.Filler || kind === W.Subject || kind === W.Breaker || lower.endsWith('ly');
    // A description is a noun phrase: a verb after it makes it a sentence's subject ("10147 eligible clinicians
    // reported"), and the number a count. Pass 45: a parenthesis after two words opens an aside, the noun phrase
    // before it is whole ("64712 sciatic neuroplasty (needs review)").
    if (plain === 2) return token[0] === '(' || !(aux || lower.endsWith('ed'));
    if (aux && !plain) {
      // "64632 is reported", "64445 with modifier 59": only a coding verb or `modifier` may follow; "Ticket 64632 has
      // been resolved" is no description.
      described = false;
      continue;
    }
    if (as) continue;
    if (
      !described ||
      !(DESCRIPTION_WORD.test(word) || (!plain && CAPITALISED.test(word))) ||
      kind !== undefined ||
      lower.endsWith('ed')
    ) {
      return false;
    }
    plain++;
    // An upper-case word before a comma is a name's last part ("SMITH, JOHN"), not a descriptor's.
    if (token.endsWith(':')) return false;
    if (/[.;]$|[^s]\)$|^[^a-z]*,$/.test(token)) break;
  }
  return plain === 2;
}

/** A unit count right before ("2 x ") or after (" x3", " x 12") the number. */
const counted = (text: string, start: number, end: number) =>
  /\d [x×] $/.test(textBefore(text, start, 4)) || testAt(UNITS_AFTER, text, end);
const UNITS_AFTER = / [x×] ?\d\d?\b/y;
const NAMED_AFTER = /[:.] Th(?:is|e) (?:procedure|code|service)\b/y;
const SIDE_AFTER = /^(?:right|left|bilateral)$/;
const MODAL_AFTER = /^(?:should|must|may|might|can|cannot|could|would|will)$/;

/** A coding verb in any form: "report", "reported", "reports", "bundled", "billed", "denied". */
const isCodingVerb = (lower: string) =>
  [lower, lower.slice(0, -1), lower.slice(0, -2)].some((w) => WORDS.get(w) === W.Verb);

function labelVerdict(
  text: string,
  from: number,
  start: number,
  context: DetectContext | undefined,
  known: ReadonlySet<string>,
): V {
  const st = newScan(false);
  // Pass 39: "Rural ZIPs such as 64445", "the ZIP on file (e.g. 64152)": an example of a label naming another field is
  // that field's value, as if the number followed the label. Pass 49: so is one after ", for example" ("Enter a ZIP
  // code, for example 33612"; "one item (for example 64712 …)" is left to the other rules).
  const eg = /(?:such as|, for example,?|\(?e\.g\.,?) $/.exec(textBefore(text, start, 15));
  if (eg && scanBack(text, start - eg[0].length, newScan(false), from) === V.Other) return V.Other;
  const local = scanBack(text, start, st, from);
  // Pass 58: a numbered line ending in a column gap and the number, under a line ending in a gap and a count, holds
  // that column's next count ("6   or/1-5          64445" under "…  4211": a search history's results). The element
  // before is read only for that shape.
  if (local === V.Stop && /^\d+ {2}.* {2}\d{5}$/.test(text) && / {2}\d{1,4}$/.test(context?.before ?? ''))
    return V.Other;
  // A form-field dump (pdftk dump_data_fields): "FieldValue: 64714" is the value of the field its record names on an
  // earlier line ("FieldName: CPT_1"), in this text or the element before.
  if (st.unknown && /Value: *$/.test(textBefore(text, start, 8))) {
    const name = FIELD_OF_VALUE.exec(`${context?.before}\n${textBefore(text, start, 99)}`);
    const kind = name && labelKind(name[1]!);
    if (kind === V.Proc || kind === V.Other) return kind;
  }
  // "\"64445\",\"N block inj sciatic sng\",…" (a quoted CSV row, its header out of reach): a quoted field followed by a
  // field of lower-case words, a descriptor, is a code; the line before (a header's last field) is not its label. So is
  // an unquoted field opening the text, empty or modifier fields allowed between ("64445,,N block inj sciatic sng,A").
  if (
    local === V.Open &&
    !st.seen &&
    (!start || text.charCodeAt(start - 1) === 34) &&
    testAt(QUOTED_DESCRIBED, text, start + 5)
  )
    return V.Proc;
  // 3. A label in the node's own text decides ("Claim 64714", "CPT 64712", "Missing modifier for 64612").
  if (local === V.Proc || local === V.Other || from !== 0 || !context) return local === V.Open ? settle(st) : local;
  let header = context.columnHeader;
  // A spreadsheet grid's column letter ("B") names no field: the sheet's first row of words ("Acct", "CPT") does.
  const top = header && /^[A-Z]$/.test(header) ? context.column?.[0] : undefined;
  if (top && /^[A-Za-z][A-Za-z ]*$/.test(top)) header = top;
  // The column and the row are DOM reads: each is read only once a verdict needs it (most cells need neither).
  if (header !== undefined || context.column !== undefined) {
    // 2. A table cell: the column as a whole. A procedure header names even a phrase cell ("INJ SCIATIC NERVE 64445"
    // under "Procedure"); any other header names the number only when the cell holds just the value.
    // A pivot table's "Row Labels" header names no field: the column's population decides.
    const kind = header && !PIVOT_LABELS.test(header) ? labelKind(header) : V.Stop;
    // A bare "code" header is generic (FHIR tables: system | code | display): a coding system named in the row decides.
    // The cell holds just the value: a header naming another field decides it, whatever the row says.
    // A label in the cell ("Coding: 64712 op note unsigned" under "Hold Reason") makes it a phrase, not a bare value.
    const bare = local === V.Open && st.words === 0 && !st.brk && !st.pending && !st.head;
    // A hospital price file (the CMS template): the row's "code|1|type" cell names the coding system of a "code|1"
    // value (CPT or HCPCS a code; CDM, RC not), whatever the header says. (The headers are read only for such a header.)
    const type = bare && /\|\d$/.test(header!) ? (context.headers?.indexOf(`${header}|type`) ?? -1) : -1;
    if (type >= 0) return labelKind(context.row?.[type] ?? '') === V.Proc ? V.Proc : V.Other;
    // "Services" / "ALLOWED SERVICES" over a column of bare numbers counts services (a utilization table beside its
    // HCPCS column): the plural names a quantity, not the procedure.
    if (kind === V.Proc && !GENERIC_CODE.test(header!))
      return bare && /(?:^| )s(?:ervice|vc)s$/i.test(header!) && columnNumbers(context.column, known)
        ? V.Other
        : V.Proc;
    // So does a number in parentheses after a name under it ("Aetna (60054)" under "Payer"): that name's identifier
    // (not after a date: "DOS 02/11/26 (64712)" under "Records requested" is the visit's procedure).
    // But a "…_code" column whose row names CPT/HCPCS is that system's code (a SQL-on-FHIR view: product_code beside
    // product_system).
    // A lower-case word before the parenthesis is a description's, not a name's ("post nerve decompression (64712)"
    // under "Product"): the prose rules read it.
    // And a value right before the AMA descriptor's semicolon form ("Neuroplasty; sciatic nerve", "Injection,
    // anesthetic; sciatic nerve") is that descriptor's code under a line-item header ("Item", "Ref": a tariff or a fee
    // schedule lists the code, then its descriptor); a note further along the row ("Agree; units documented") is not.
    // Pass 46: so is one before a noun and a comma qualifier ("Neuroplasty, sciatic nerve": a bill's or an estimate's
    // line), but not opening its row, where a supply list puts its stock number ("Dressing, foam border").
    // A bare "Item" over a column the data mostly knows is a code list's line item too (a dashboard, a rate sheet, a
    // release's code-set changes; pass 48: a denial worklist's "Line item"); "Item #" and "Ref" stay ids (a cart, a
    // supply list, a license's reference).
    // Pass 46: so is a "Ref" column the data mostly knows where a value comes back (a review's timeline: the same
    // block twice); a reference number is written once, a code as often as it was done.
    // Only those headers read the row: an id's header ("Claim #", "ZIP") decides from the header alone.
    // Pass 50: a cell of numbers only, no word to read as prose ("3 (10314, 10342)" under "Studies (RefID)": a count
    // and the counted records' ids), is that header's value as a bare one is.
    if (
      kind === V.Other &&
      (bare ||
        !/[a-z]/i.test(text) ||
        (text.charCodeAt(start - 1) === 40 && /[A-Z][A-Za-z]*\.? \($/.test(textBefore(text, start, 24))))
    )
      return bare &&
        (/[_ ]code$/i.test(header!)
          ? context.row && rowEvidence(context.row) === V.Proc
          : /^(?:(?:line )?item|ref)\b/i.test(header!) &&
            context.row &&
            (((context.row[0] !== text || /; /.test(context.row[1]!)) &&
              /^[A-Z][a-z-]+(?:,? [a-z]+)*[,;] [a-z]/.test(context.row[context.row.indexOf(text) + 1] ?? '')) ||
              (!!context.column &&
                columnPopulation(context.column, known) === true &&
                (/^(?:line )?item$/i.test(header!) || (/^ref$/i.test(header!) && columnRepeats(context.column))))))
        ? V.Proc
        : V.Other;
    // A data-dictionary field name no list knows ("Rndrng_Prvdr_Zip5", "Avg_Sbmtd_Chrg") names a field, not a code:
    // a dataset's procedure column says so in its name ("HCPCS_Cd").
    if (kind === V.Unexplained && bare && FIELD_NAME.test(header!)) return V.Other;
    // A table whose procedure column ("CPT", "HCPCS") holds a code in this row (one the data does not know is still the
    // row's code: "Primary CPT" 99284 beside "W/O code" 60640): a column of bare numbers naming
    // no procedure ("Stat code", "Charge code") holds another field. "Column 1"/"Column 2", "From code"/"To code",
    // "Add-on Code"/"Primary Code" name no coding system: two code columns.
    const row = context.row;
    // Pass 47: unless the row writes this value twice under a participle or a "… code" head (an audit: "Billed code"
    // 64712 | "Documented" 64712, "Supported code"); a sequence number may repeat a code ("Remit Seq").
    const twice = row?.filter((c) => leadingFiveDigits(c) === text.substr(start, 5))[1];
    if (
      bare &&
      row &&
      !(twice && /(?:ed|code)$/i.test(header!)) &&
      codeColumnCoded(context.headers, row) &&
      columnNumbers(context.column, known)
    )
      return V.Other;
    const rowSays = row ? rowEvidence(row, known, text.substr(start, 5)) : 0;
    if (rowSays === ROW_SYSTEM) return V.Other;
    // "Charge code" over a column of numbers most of which the data does not know: a chargemaster number.
    // But a table with a modifier column ("Code | Mod | Short descriptor", a code look-up) codes procedures: only they
    // take modifiers. So does a bare "Code" whose row describes it as CPT does, a noun and a comma qualifier
    // ("Sciatic nerve block, single injection", "X-ray foot, 3 views"; a chargemaster's is "REVISE SCIATIC NERVE"),
    // and one right after its description in sentence case naming no other field, as a statement, a bill or a care
    // plan lists a service and then its code ("Nerve destruction" | 64632; not "Sponsor budget line", "Holt, R"): a
    // chargemaster's number opens its row, before the description.
    // Pass 45: so does a procedure header over a column the data knows half of when no description sits in the row
    // (a tie is no identifier column's mark: "Code" | counts per attending; with a descriptor beside it, "Revise sciatic
    // nerve", it is a chargemaster's shape), unless the cell before names another field ("Sponsor budget line").
    if (kind === V.Proc) {
      const prev = row?.[row.indexOf(text) - 1] ?? '';
      return bare &&
        context.column &&
        columnPopulation(context.column, known) === false &&
        !(columnHalf(context.column) && rowSays !== ROW_DESCRIBED && labelKind(prev) !== V.Other) &&
        !context.headers?.some((h) => /^mod|^m\d$/i.test(h)) &&
        !(
          /^code$/i.test(header!) &&
          (row?.some((c) => /^[A-Z][a-z-]+(?: [a-z]+)*[,;] [a-z\d]/.test(c)) ||
            (/^[A-Z][a-z-]+(?: [a-z]+)+$/.test(prev) && labelKind(prev) !== V.Other))
        )
        ? V.Other
        : V.Proc;
    }
    if (bare) {
      // Weak header: the row names the field ("Line item control number", "HC", a CPT system), then the column's
      // population, then a description or a modifier in the row.
      const column = context.column;
      const population = column ? columnPopulation(column, known) : undefined;
      const unexplained = kind === V.Unexplained && !WEAK_HEADER.test(header!);
      // A past participle and "to" names a recipient ("Assigned to", "Referred to", "Posted to": a person, a place, an
      // account), never a code, whatever the column's population ("Maps to", "Applies to" are left to it).
      if (/ed to$/i.test(header!)) return V.Other;
      // A column of known values under a header no list knows that writes one with a modifier ("Scheduled":
      // 64712-RT, 64714) is a code column, whatever a status cell in the row reads like ("Units short").
      // But a key-value table's field cell ("Transaction ID" | 84218) names its value first.
      if (kind !== V.Other && population && columnModified(column!) && !(row?.length === 2 && rowSays === V.Other))
        return V.Proc;
      // A plural noun no list knows heading the column ("Beneficiaries", "Patient days", "National episodes
      // (baseline)") counts what it names: its bare numbers are counts, whatever a cell of the row reads like ("Spinal
      // Procedures").
      if (unexplained && /[a-z]{2}[^su]s(?: \(.*\))?$/.test(header!)) return V.Other;
      // Pass 49: a cell that goes on in words after the number is a phrase (an example, a note: "64612 on 07/02, auth
      // ended 06/30"), no field's value: a field the row names ("Units exceed authorization") does not name it.
      if (rowSays === V.Proc || (rowSays === V.Other && !/[a-z]{2}/.test(text.slice(start + 5)))) return rowSays;
      // A header no list knows ("TCN", "DCN") is a label: the row or the population may say identifier, but only a
      // modifier in the next cell says code (read by labelSaysCode). A decoy column of known numbers is no evidence.
      // But a row that writes the same known value in two cells compares codes across columns (an audit or
      // double-coding grid: "Coder A" | "Coder B" | "Gold", "Orig" | "Final"), whatever the column's population: an
      // identifier is written once a row. Not under an upper-case abbreviation, an id's field name ("HAR" beside the
      // procedure column).
      if (unexplained) {
        return twice && /[a-z]/.test(header!)
          ? V.Proc
          : population === false
            ? V.Other
            : rowSays === ROW_DESCRIBED
              ? V.Proc
              : V.Unexplained;
      }
      // A "… code" header ("Admin code") in a table with a modifier column codes procedures, as "Code" does there;
      // pass 45: so does any header no list knows there (NCCI "Column 1" | "Column 2" | "Mod. ind."). Pass 49: so does a
      // column with no header the data knows half of, its row describing the value ("Neuroplasty, sciatic nerve": a
      // top-procedures table whose code column is unlabelled; not a name, "Okafor").
      // Pass 53: a column with no header before a procedure column that describes the row's service ("" | "Procedure":
      // 64445 | "N BLOCK INJ SCIATIC SNG", a workload report) holds that procedure's code.
      if (!header && rowSays === ROW_DESCRIBED && procHeader(context.headers?.[row!.indexOf(text) + 1] ?? ''))
        return V.Proc;
      if (population !== undefined)
        return population ||
          context.headers?.some((h) => /^mod|^m\d$/i.test(h)) ||
          (!header && columnHalf(column!) && rowSays === ROW_DESCRIBED)
          ? V.Proc
          : V.Other;
      // A row of numbers only ("2026-06 | 18214 | 46930 | 12877 | 0.982", a lag triangle under "Lag 2"): an amount.
      if (rowSays === ROW_NUMBERS) return V.Other;
      if (rowSays) return V.Proc;
      if (header) return settle(st);
      // No header row: the previous cell may be the label (key/value tables), read below.
    } else if (header) return local === V.Open ? settle(st) : local;
  }
  if (local !== V.Open) return local;
  // A word no list knows is already bound to the number in its own text ("PMG 64714"), or its own label is a clause
  // with a subject ended by a colon ("You searched: 64712"; not "Sent to: 64712"): text further back is not its label.
  // A capitalised head opening the text ("Code 64714 describes …") opens its phrase: the element before does not
  // qualify it; nor is a number after an article opening the text ("the 64632 one had auth").
  if (
    st.pending ||
    st.unknown ||
    st.title ||
    (st.clause ? !st.head : st.head ? /^\s*[A-Z][a-z]/.test(text) : /^\s*(?:the|an?) /i.test(text))
  )
    return settle(st);
  const before = context.before;
  // The element before ends a sentence ("… in the PE file."): a sentence opening with the number has no label there.
  if (before && !(!st.seen && SENTENCE_END.test(before))) {
    // A highlighted JSON viewer: the node is a value after a `"code":` key; the object's system says what it is.
    if (!st.seen && JSON_CODE_KEY_END.test(before)) {
      const joined = structuredCodes(`${before} ${text}`);
      return joined?.includes(before.length + 1 + start) ? V.Proc : V.Other;
    }
    if (!st.seen) st.colon = true; // element boundary between label and value
    // A number opening its text under a fixed-width header line ("Code   Mod  POS 11     POS 22     Notes") sits in
    // the header's first column: a first name saying code labels it, not the last column's ("Notes", "Fee").
    const head = !st.seen && !text.slice(0, start).trim() && firstColumn(before);
    if (head && labelKind(head) === V.Proc) return V.Proc;
    const v = scanBack(before, before.length, st);
    // The element before is "64612 CHEMODENERVATION OF MUSCLE": its words describe that code, so this number is the
    // next member of a code list, not a value those words label.
    if (v === V.Unexplained) {
      const prev = CODE_LINE_BEFORE.exec(before);
      if (prev && known.has(prev[1]!)) return V.Stop;
    }
    if (v !== V.Open) return v;
  }
  // Ran out of text: a pending head ("#64445" with nothing before it) falls back to its default.
  return settle(st);
}

/** The first column name of a fixed-width header ending `before`: three or more names starting with a letter, two or
 * more blanks apart, no sentence punctuation (a bounded window: the line's last 200 characters). */
function firstColumn(before: string): string | undefined {
  const tail = before.slice(-200);
  const line = tail.slice(tail.lastIndexOf('\n') + 1); // no array of the lines before
  const cols = /^[A-Za-z][^.,;:!?]*$/.test(line) ? line.split(/ {2,}/) : [];
  return cols[2] && cols[0];
}

/** "FieldName: CPT_1 … FieldValue: ": the last field name before a value label (a `_1` tail numbers the form's line); the
 * caller reads `before` only for a text ending in "Value:" (context is read lazily). */
const FIELD_OF_VALUE = /.*Name: *([A-Za-z]+).*Value: *$/s;

/** Row evidence beyond Proc / Other: a description; a modifier cell; a coding system other than CPT/HCPCS. */
const ROW_DESCRIBED = 100 as V;
const ROW_SYSTEM = 101 as V;
const ROW_MODIFIED = 102 as V;
const ROW_NUMBERS = 103 as V;
/** A header naming the procedure; a "… code" head only when its qualifier does ("Service Code"; "Package code" not). */
const procHeader = (h: string) => labelKind(GENERIC_CODE.test(h) ? h.replace(/codes?\s*$/i, '') : h) === V.Proc;
/**
 * A "code" header no coding system qualifies ("Code", "Charge code", "Add-on Code"; not "CPT code", "Proc code"; pass
 * 41: nor "Billed code", "Billing code": the code a line is billed with is its procedure, whatever the population; pass
 * 47: nor "Service code", "Svc code": a bill review's or an estimate's service line is a procedure).
 */
const GENERIC_CODE = /^\s*(?!cpt|hcpcs|proc|bill|serv|svc)(?:[a-z-]+[ _])?codes?\s*$/i;
/**
 * Headers that name no field, so the column's population decides: a pivot table's "Row Labels"; pass 51: a bare "#"
 * (a superbill's code column beside "Procedure"; "Query #" keeps its qualifier's kind).
 */
const PIVOT_LABELS = /^\s*(?:row|column)?\s*labels?\s*$|^#$/i;
/** Headers no list knows that still name no field: a spreadsheet column letter, a "… code" head ("Top code"); a service
 * verb's participle ("Requested", "Performed"; "Received" counts messages) names the service, so the column's population
 * decides. */
const WEAK_HEADER = /^[A-Z]$|\bcodes?\b|^(?:request|perform|order)ed$/i;
const SYSTEM_URI = /^(?:https?:\/\/|urn:oid:)\S+$/;
/** Three words describe a service; three capitalised ones ("Red Earth Surgery Center", "Tulsa Spine & Nerve") name
 * a provider, a place: a directory's row, not a description. */
const DESCRIPTION = /^(?!(?:(?:[A-Z][a-z]+|&) )+[A-Z][a-z]+$)\S+\s+\S+\s+\S+/;
/** A lower-case word and a full stop: the end of a sentence (an abbreviation label is capitalised: "Dept."). */
const SENTENCE_END = /[a-z]{4}\.\s*$/;
/**
 * The last line of `before` is a five-digit number and words or a price: an item of a "code description" list or a
 * fee schedule ("64445     $118.37 (non-facility)").
 */
const CODE_LINE_BEFORE = /(?:^|\n)\s*(\d{5})\s(?:[^\d\n:$]|\$[\d,.]+)*$/;
/** A parsed HL7 v2 row: a segment id and its field number ("PID | 3", "PV1-19"); only procedure fields hold codes. */
const HL7_ROW_FIELD = /(?:^|\|)(?!SV)([A-Z][A-Z\d]{2})[|.-](\d\d?)(?:\||$)/;

/** Per header array (one per table): the columns a coding system or procedure header names ("CPT", "Primary HCPCS",
 * "CPT code"; not "Code", "Add-on Code"). */
const procColumnsOf = new WeakMap<readonly string[], number[]>();

/** Whether a column a procedure header names holds a five-digit code in `row` (its cells align with the headers). */
function codeColumnCoded(headers: readonly string[] | undefined, row: readonly string[]) {
  if (!headers || headers.length !== row.length) return false;
  let cols = procColumnsOf.get(headers);
  if (!cols) {
    cols = [];
    for (let c = 0; c < headers.length; c++)
      if (labelKind(headers[c]!) === V.Proc && !GENERIC_CODE.test(headers[c]!)) cols.push(c);
    procColumnsOf.set(headers, cols);
  }
  // Pass 50: a cell listing codes ("76942; J0585", "01250, 64445" under "Ancillary services") holds other services
  // billed with the row's, not the row's own code.
  return cols.some((c) => /^\s*\d{5}(?![;,])/.test(row[c]!));
}

const CODE_IN = /(?<!\d)(\d{5})(?!\d)/;

/** What the other cells of a row say: a coding system or procedure field name, another field name, or a description. */
function rowEvidence(row: readonly string[], known?: ReadonlySet<string>, own?: string): V | 0 {
  let proc = false;
  let other = false;
  let described = false;
  let modified = false;
  let foreign = false;
  let system = false;
  let letters = false;
  // A phrase cell holding another known code ("Line 1 64712-RT"): the row's description is that code's, not this
  // value's ("REF 64612" beside 64612 is the same number).
  let coded = false;
  for (const raw of row) {
    const cell = raw.trim();
    const words = LETTER.test(cell);
    letters ||= words;
    if (cell.length === 0 || cell.length > 80) continue;
    if (FIVE_DIGITS.test(cell)) {
      const code = known && words && CODE_IN.exec(cell)?.[1];
      coded ||= !!code && code !== own && known!.has(code);
      continue;
    }
    if (CODING_SYSTEM.test(cell)) {
      proc = system = true;
      continue;
    }
    if (SYSTEM_URI.test(cell)) {
      foreign = true;
      continue;
    }
    // (Both lists hold two-character modifiers only.)
    if (realModifier([cell])) {
      modified = true;
      continue;
    }
    // A cell with no letter names no field and describes nothing ("640,00 $": an amount, its sign after it).
    if (!words) continue;
    // A phrase with a comma is a note, not a field name ("Note documents sciatic, not lumbar plexus").
    // Pass 47: nor is a figure and its unit ("4 per yr", "$300 / yr": a limit's cell), whatever its last word names.
    const kind = cell.includes(', ') || /^\$?\d+ /.test(cell) ? 0 : labelKind(cell);
    // Pass 50: a snake_case field name is as many words ("PAYER_PLAN_ID" beside its example value in a data dictionary).
    const multiWord = /[ _]/.test(cell);
    if (kind === V.Proc) proc = true;
    else if (kind === V.Other && multiWord) other = true;
    else if (DESCRIPTION.test(cell)) described = true;
  }
  if (foreign && !system) return ROW_SYSTEM;
  // A parsed HL7 v2 row naming no coding system: only a procedure field may hold a code. Rare path (a known code in
  // a cell its header does not decide), so joining the row costs little.
  const hl7 = system ? null : HL7_ROW_FIELD.exec(row.join('|'));
  if (hl7 && HL7_CODE_FIELD[hl7[1]!] !== +hl7[2]!) return V.Other;
  if (proc !== other) return proc ? V.Proc : V.Other;
  return described && !coded ? ROW_DESCRIBED : modified ? ROW_MODIFIED : letters || row.length < 3 ? 0 : ROW_NUMBERS;
}

const PLAIN_WORD_LIMIT = 3;
/** Most words of a field value ("Label: value words NUMBER") for the field label to name the number. */
const VALUE_WORD_LIMIT = 3;
const COLON_WORD_LIMIT = 4;

/**
 * Walk backwards from `end` to `from` over words and punctuation, looking for the nearest label.
 * Returns Proc / Other when a label decides, Stop when a sentence end or another number closes the search,
 * Open when the text ran out undecided.
 */
const MONEY_END = /\$[\d,.]+ per $/;

function scanBack(text: string, end: number, st: ScanState, from = 0): V {
  let i = end;
  while (i > from) {
    const ch = text.charCodeAt(i - 1);
    if (isSpace(ch)) {
      // "… charge interface   Journal 90034": a column gap after a word ends the label, the field before it is another.
      if (st.words && text.endsWith('   ', i)) return settle(st);
      i--;
      continue;
    }
    if (isDigit(ch)) {
      // "Tier 1 — $640 per case: 64445, 64612": a field word held after a preposition after an amount is a rate's
      // unit ("$640 per case"), no field name: no label.
      if (st.prep && MONEY_END.test(text.slice(Math.max(from, i - 16), i + 5))) return V.Stop;
      return !st.seen && X12_ELEMENT_END.test(text.slice(Math.max(from, i - 6), i)) ? V.Other : settle(st);
    }
    if (isLetter(ch)) {
      let j = i - 1;
      while (j > from) {
        const p = text.charCodeAt(j - 1);
        // A camelCase field name is read word by word: "procCode", "claimId", "lineNo".
        if (isLetter(p) && !(isUpper(text.charCodeAt(j)) && p >= 97 && p <= 122)) j--;
        else if ((p === 39 || p === 0x2019) && j - 1 > from && isLetter(text.charCodeAt(j - 2))) j -= 2;
        else break;
      }
      let word = text.slice(j, i);
      // A letter enumerator opening a line ("B. 64714", a quiz option) is a list item, not a label.
      const n = text.charCodeAt(j + 1);
      if (i - j === 1 && !st.words && (n === 46 || n === 41) && OPTION_START.test(textBefore(text, j, 3))) {
        return settle(st);
      }
      // CMS-1500 item 24D right before the number ("24D 64445  59 RT", a claim form's print or field dump) is the
      // form's procedure field; every other item (24B place, 24J NPI) stays unexplained. It opens the line, follows a
      // field gap or "Item": "Apt 24D 64712" is an address. Pass 51: a print that letters the line's columns gives it
      // as "D" after column B's place of service ("B 22   D 64712  LT").
      if (word === 'D' && !st.seen && /(?:^|\s\s|item )24$|B \d\d +$/i.test(textBefore(text, j, 7))) return V.Proc;
      // A surgical phase right before the number ("post-op 64712 wk 8", "intra-op 64445 block") names the operation
      // done; a bare "op" is as often an overpayment tag or an op note's label. Pass 46: so does a lower-case "post"
      // ("status post 64712", "FU post 64712"): after the operation; a capitalised "Post 64632" is a forum post's id.
      // Pass 49: so does a side modifier one blank before the code ("two lines, RT 64712 and LT 64712"): an identifier
      // takes no side (across a column gap it is the description's: "INJ FEMORAL NERVE LT     64445").
      // Pass 56: so does a lower-case "surgery" ("pending surgery 64712", "Hospital Records (surgery 64712)"; a
      // capitalised one may name a place: "Surgery Center 64712"), and the drug a chemodenervation is given with
      // ("Botox 64612 q12wk": "Botox Clinic 64612" is a place's number).
      // Pass 58: so does a possessive ("Nguyen's 64712 on the 26th", "Theo's 64632 series"): the person's
      // procedure; a short word's ("it's", "he's") is "is".
      if (
        !st.seen &&
        (/^(?:post|surgery|[Bb]otox)$/.test(word) ||
          /...\Ws$/.test(word) ||
          (/^[LR]T$/.test(word) && isDigit(text.charCodeAt(i + 1))) ||
          (word === 'op' && /(?:pre|post|intra)-$/i.test(textBefore(text, j, 6))))
      )
        return V.Proc;
      // A request in parentheses or a change request ("(request 30982)", "change request 77446") is a ticket's
      // number: the noun, not the coding verb ("request 64712 for the left side").
      // Pass 50: so is a search a past participle qualifies ("saved search 88102", a literature database's record; the
      // verb is "search 64712 in the fee tool").
      // Pass 56: so is a ticket, named singular right before its number ("Billing ticket 64712", "Reply to ticket
      // 64632"); a plural label keeps its list ("Linked tickets: 64445, 64712"). So are a follow-up request and an
      // expense or incident report ("Follow-up request 64714 closed", "expense report 64632 submitted": a record the
      // noun before names; "please report 64632" stays the verb).
      if (
        !st.seen &&
        (word === 'ticket' ||
          (word === 'request' && /(?:\(|change |-up )$/i.test(textBefore(text, j, 7))) ||
          (word === 'report' && /(?:expense|incident) $/.test(textBefore(text, j, 9))) ||
          (word === 'search' && /ed $/.test(textBefore(text, j, 3))))
      )
        return V.Other;
      // Dotted or slashed initials: P.O., S/N, A/C, I.D.
      if (word.length === 1 && j >= from + 2) {
        const sep = text.charCodeAt(j - 1);
        const ini = text.charCodeAt(j - 2);
        if ((sep === 46 || sep === 47) && isLetter(ini) && (j - 2 === from || !isLetter(text.charCodeAt(j - 3)))) {
          word = text[j - 2] + word;
          j -= 2;
        }
      }
      const v = onWord(word, st);
      if (v !== V.Open) return v;
      i = j;
      continue;
    }
    const v = onPunct(ch, text, i - 1, from, st);
    if (v !== V.Open) return v;
    i--;
  }
  return V.Open;
}

/**
 * An X12 element reference ending the text ("ST02", "CLM01", "NM109", "N403": a segment id and two digits), as an
 * X12 viewer labels a value: it names an identifier, unless its segment holds a procedure composite (SV101 "HC:64712",
 * SVC01 in an 835). Pass 51: so does a capital and two digits ("CGS J15 44130": a Medicare contractor's jurisdiction,
 * the number its contractor id).
 */
const X12_ELEMENT_END = /(?:^|[^\w])(?!SV[123CD]\d\d$)[A-Z][A-Z\d]{0,2}\d\d$/;

function headDefault(st: ScanState): V | undefined {
  if (st.head === W.HeadCode) return V.Proc;
  if (st.head === W.HeadId) return V.Other;
  return undefined;
}

/** The kind of a word, also for its plural ("ZIPs", "Claims"). */
function wordKind(lower: string): W | undefined {
  const kind = WORDS.get(lower);
  if (kind !== undefined || lower.length < 4 || lower.charCodeAt(lower.length - 1) !== 115) return kind;
  return WORDS.get(lower.slice(0, -1));
}

function onWord(word: string, st: ScanState): V {
  // French elision: "l’acte" is "acte".
  const lower = word.toLowerCase().replace(/^[dl]['’]/, '');
  // "so" is a conjunction ("…, so 64712 applies"), "SO" a sales order. Pass 58: es "el" is "the" right before the
  // number ("no cubren el 64612"), not a filler after it ("aprobado el 28/08": a description).
  const kind = word === 'SO' ? undefined : word === 'el' ? W.Filler : wordKind(lower);
  st.seen = true;
  if (st.title) {
    // "Change Request 13058", "Board Approve 16031": a capitalised coding verb after another capitalised word is the
    // last word of a title naming a record, not a command ("Please Report 64612", "CPT Report 64712" still are).
    st.title = false;
    // "Answers request 30118": a lower-case coding verb after a verb in -s is that verb's object, a record noun naming
    // the number ("request", "report", "bill"); so does a possessive bound to it ("Your request 64714", a ticket).
    if (st.lowerVerb)
      return (kind === undefined && VERB_S.test(lower)) || (!st.brk && POSSESSIVE.test(lower)) ? V.Other : V.Proc;
    return isUpper(word.charCodeAt(0)) &&
      kind !== W.Proc &&
      kind !== W.Subject &&
      kind !== W.Filler &&
      kind !== W.Breaker
      ? V.Unexplained
      : V.Proc;
  }
  if (st.head) {
    // "gave me the code (64632)", "same code 64632?": a determiner before `code` ends its qualifier search, the code
    // is one the prose talks about; but "use the code 64612" still gives a promotion or access code.
    if (st.det) return CODE_GIVEN_WITH.test(lower) ? V.Other : V.Proc;
    if (st.head === W.HeadCode && DETERMINER.test(lower)) {
      st.det = true;
      return V.Open;
    }
    // Looking for the qualifier of a generic head: "Claim #", "CPT code", "ZIP code", "Member ID number".
    // An identifier head names an identifier whatever it qualifies ("Charge ID", "Service #"), except the coding
    // systems themselves ("CPT #", "HCPCS No.").
    if (kind === W.Proc) return st.head === W.HeadId && !CODING_SYSTEM_WORDS.test(lower) ? V.Other : V.Proc;
    if (kind === W.Other || kind === W.Qualifier) return V.Other;
    if (kind === W.HeadCode || kind === W.HeadId || kind === W.Filler) return V.Open;
    // "I would code 64714": after a modal, `code` is the coding verb.
    if (kind === W.Subject && st.head === W.HeadCode) return V.Proc;
    if (st.head === W.HeadId) return V.Other;
    // `code` after a verb or preposition: "billed under code 64712"; but "Pay online with code 64612" is a promo.
    if (CODE_GIVEN_WITH.test(lower)) return V.Other;
    // Pass 45: a procedure noun qualifying it ("the neurolysis code 64632", "a neuroplasty code") names a procedure's.
    // Pass 53: so does a coding verb's past participle ("Requested code: 64632", "Performed code"): the code of the
    // service requested.
    if (PROCEDURE_END.test(`${lower} `) || (lower.endsWith('ed') && wordKind(lower.slice(0, -2)) === W.Verb))
      return V.Proc;
    // "Neuroplasty codes 64712-64714", "billed under code 64712"; but a field label "Parking garage code" is not.
    // "top codes: 64714 (6)", "the block codes, 64445": a plural qualified by a lower-case word names codes in prose
    // (a form's "Additional codes" field label keeps needing a list).
    // "the Botox injection code is 64612": a code the sentence says is the number is a procedure's unless a listed
    // word names another field ("the ZIP code is 64111").
    return kind !== W.Breaker && kind !== W.Verb && !st.be && !(st.codes && word === lower) ? V.CodeLabel : V.Proc;
  }
  // A plural before the dot ("… benefit documents. 64612") ends a sentence: abbreviations are not plurals ("Nos." is
  // listed itself).
  if (
    st.dot &&
    (!WORDS.has(lower) || (kind !== W.Proc && kind !== W.Other && kind !== W.HeadId && kind !== W.HeadCode))
  ) {
    // A capitalised short word with a dot right before the number is an abbreviation bound to it ("Dept. 64632");
    // anything else before a dot ends a sentence.
    const abbreviation =
      (kind === undefined || kind === W.Qualifier) && st.words === 0 && word.length <= 5 && isUpper(word.charCodeAt(0));
    return abbreviation ? V.Unexplained : settle(st);
  }
  st.dot = false;
  // "auth lists 64445": a lower-case word in -s between a lower-case noun and the number is that subject's verb, not
  // a label ("NCCI pairs 64712", "Section 40.6 lists 64612" keep theirs).
  // "EOB shows 64445", "MSN lists 64612": a verb that reads a document out makes an upper-case abbreviation before it
  // the subject too ("NCCI pairs 64712" keeps its label).
  if (st.words === 0 && !st.colon && !st.label && word === lower && VERB_S.test(lower)) {
    st.verbS = true;
    st.shows = SHOWS.test(lower);
  } else if (
    st.verbS &&
    st.words === 1 &&
    (LOWER_WORD.test(word) || (st.shows && UPPER_SUBJECT.test(word))) &&
    kind !== W.Breaker
  ) {
    st.unknown = false;
    st.brk = true;
    st.onlyOf = false;
  }
  switch (kind) {
    case W.Proc:
      // A word no list knows is bound to the number and a preposition or verb stands between: the procedure word
      // names something else ("charges stuck on HAR 64612"). Pass 51: but in a header, one word behind a preposition is
      // the head's complement ("Typical CPT on call", "CPT (if known)").
      if (
        st.words > (st.colon ? COLON_WORD_LIMIT : PLAIN_WORD_LIMIT) ||
        (st.unknown && st.brk && !(st.label && st.words < 2))
      ) {
        return settle(st);
      }
      return st.colon ? pend(st, V.Proc) : V.Proc;
    case W.Verb:
      // A coding verb bound to the number says "procedure" ("Report 64612", "coded as 64714").
      if (!st.label && st.words === 0) {
        st.lowerVerb = !isUpper(word.charCodeAt(0));
        // A lower-case past tense is no record noun ("injections billed with 64612": the plural is its subject).
        if (st.lowerVerb && lower.endsWith('ed')) return V.Proc;
        st.title = true;
        st.words++;
        return V.Open;
      }
      st.brk = true;
      st.onlyOf = false;
      return V.Open;
    case W.HeadCode:
    case W.HeadId:
      if (st.colon ? st.words <= COLON_WORD_LIMIT : !st.brk && st.words <= 1) {
        st.head = kind;
        st.codes = lower === 'codes';
        return V.Open;
      }
      break;
    case W.Other:
      if (
        st.colon ? st.words <= COLON_WORD_LIMIT : (!st.brk || (st.onlyOf && QUANTITY_OF.test(lower))) && st.words <= 1
      ) {
        return st.colon ? pend(st, V.Other) : V.Other;
      }
      break;
    case W.Head1:
      if (!st.words && !st.brk) return st.colon ? pend(st, V.Proc) : V.Proc;
      break;
    case W.Subject:
      // "you believe 64612": the word between the pronoun and the number is a verb, not a label bound to it.
      if (st.words === 1) st.unknown = false;
      if (st.colon) st.clause = true;
      break;
    case W.Breaker:
      // "to move 64445": a lower-case word after "to" is a verb ("Forward to Dept 64632", "route TO wq 64445" keep
      // their label).
      if (word === 'to' && st.words === 1 && st.lower) st.unknown = false;
      st.brk = true;
      if (lower !== 'of') st.onlyOf = false;
      // "Item or service:": a conjunction joins two heads (see pend), a preposition opens the head's complement.
      if (st.pending) {
        if (lower === 'or' || lower === 'and') st.joined = true;
        else st.prep = true;
      }
      return V.Open;
    case W.Filler:
      // "criteria are met: 64712": a sentence before the colon, not a field name; "the block is still 64445": the word
      // after a verb is an adverb. "Told her 64445": the word before an object pronoun is a verb. A lower-case "a" is
      // the es/pt preposition ("posterior a 64632") or an article whose noun is the number ("missing a 64445"): the
      // word before it is no label (an upper-case "A" is an initial or an option: "BERG A 64612").
      if (BE.test(lower) && st.colon) {
        st.unknown = false;
        st.brk = true;
      } else if (BE.test(lower) && st.words === 1) st.unknown = false;
      // "the code was 64632": the words before "is" right before the number are the sentence's subject.
      else if (BE.test(lower) && !st.words && !st.head) st.be = true;
      else if ((OBJECT.test(lower) && !st.words) || word === 'a' || word === 'so') st.brk = true;
      // "This encounter has 64445": a word before "has" is its subject, not a label of the number after it.
      // (the only fillers starting "ha" are has, have, had)
      else if (lower.startsWith('ha') && !st.words && !st.colon && !st.head) {
        st.brk = true;
        st.onlyOf = false;
      }
      st.the ||= 'the el'.includes(word) && !st.words;
      return V.Open;
    case undefined:
    case W.Qualifier:
      // Chinese runs on with no blank: a procedure noun (…术 surgery, 注射 injection, 阻滞 block) or 重复 (repeat)
      // ending the run bound to the number names it.
      if (!st.words && !st.brk && /(?:[术術]|注射|阻[滞滯]|重[复複])$/.test(word))
        return st.colon ? pend(st, V.Proc) : V.Proc;
      // Pass 58: a lower-case word before "the" right before the number is a verb, the number its object ("decline the
      // 64612", "reviewing the 64712 op report"; after "is" the word is a subject: "Your file is the 18225").
      if (st.the && !st.be && !st.words && word === lower) return V.Proc;
      // An unknown past-tense word right before the number is a verb, not a field name ("documented 64712", "added
      // 64612", a list diff's "ADDED 64632"; a capitalised short one is an abbreviation: "Sched 64714").
      if (
        kind === undefined &&
        !st.label &&
        st.words === 0 &&
        (lower.length >= 6 || (lower.length === 5 && !/^[A-Z][a-z]/.test(word))) &&
        lower.endsWith('ed')
      ) {
        st.brk = true;
        st.onlyOf = false;
        return V.Open;
      }
      // "Lakeshore PPO (31135)", "Acme HMO, 64714": a name ending in an abbreviation (a payer, a plan, a company) before
      // the aside; the number is that name's id (a description before a code is words, not a name: "Sciatic nerve
      // block (64445)").
      if (st.aside && kind === undefined) {
        if (st.words === 0) st.abbr = /^[A-Z]{2,4}$/.test(word);
        else if (st.words === 1 && st.abbr && CAPITALISED.test(word)) return V.Unexplained;
      }
      // A word no list knows, bound to the number ("FIN 64712", "Plan line 64632", "Sample value:"): by default it
      // names an identifier. Words behind a preposition or verb are not bound ("bundled into 64712").
      // "Also open for the same encounter: 64712": a word no list knows heads a label whose field word sits behind a
      // preposition: the field word is its complement, the label is unexplained.
      if (kind === undefined && st.prep && st.pending === V.Other) {
        st.pending = 0;
        st.unknown = true;
      }
      if (!st.brk && !st.aside && (st.colon ? st.words < COLON_WORD_LIMIT : st.words === 0)) {
        st.unknown = true;
        st.lower = !st.words && /^[a-z]{3,}$/.test(word);
        st.upper = !st.words && !st.colon && /^[A-Z]{2,}$/.test(word);
      }
      break;
  }
  st.words++;
  return st.words > (st.colon ? COLON_WORD_LIMIT : PLAIN_WORD_LIMIT) ? settle(st) : V.Open;
}

/** Words that name a coding system: `CPT #`, `HCPCS No.` are codes; `Charge ID`, `Proc ID` are identifiers. */
const CODING_SYSTEM_WORDS = /^(?:cpts?|hcpcs)$/;
const VERB_S = /^[a-z]{3,}[^su]s$/;
const POSSESSIVE = /^(?:your|our|my|their)$/;
const LOWER_WORD = /^[a-z]{2,}$/;
const UPPER_SUBJECT = /^[A-Z]{2,5}$/;
const SHOWS = /^(?:show|list|state|read)s$/;
const BE = /^(?:is|was|are|were|be|been)$/;
const DETERMINER = /^(?:the|this|that|same|different)$/;
const OBJECT = /^(?:her|him|them|that)$/;
/** "with code", "use code": a promotion or access code, not a procedure. */
const CODE_GIVEN_WITH = /^(?:with|use|using|enter)$/;

function onPunct(ch: number, text: string, at: number, from: number, st: ScanState): V {
  // "units: report 64632-50": no word before the lower-case coding verb, so it is the verb.
  if (st.lowerVerb && st.title) return V.Proc;
  const first = !st.seen;
  // "… next visit\" → 64445 not performed": an arrow right before the number ends the phrase before it (a note's, a
  // mapping's source); words between an arrow and the number still label it ("ZIP 17323 → Carrier 12502"). Pass 51:
  // and only they: the words before that arrow are an earlier step of a path ("a procedure → node 64612", a phone
  // menu's map), not the number's; a header's note ("CPT (old → new)") still reads on to its head.
  if (ch === 0x2192 && (first || !st.label)) return settle(st);
  // Pass 51: "AGENT: the 64712 is the surgery", "okay, the 64445 is the block": a colon or comma before "the" and the
  // number opens a phrase about it (a speaker's line, a clause); the word before the colon or comma is no label.
  if (st.the && (ch === 58 || ch === 44)) return settle(st);
  switch (ch) {
    case 35: // #
    case 0x2116: // №
    case 0xb0: // ° (fr "n° 64276")
      st.seen = true;
      if (st.head) return V.Open; // "ID#"
      if (st.colon ? st.words <= COLON_WORD_LIMIT : !st.brk && st.words <= 1) st.head = W.HeadId;
      return V.Open;
    case 58: // :
    case 61: // =
      // "Reason: documented as 64632": a verb and a preposition between the colon and the number make the value a
      // phrase whose object is the number; the field label names the phrase.
      if (first || (st.words === 0 && !st.head && !st.brk)) {
        st.colon = true;
        st.seen = true;
        return V.Open;
      }
      // "Plan: Gold PPO 64714", "Status: Paid 64712": the number is part of a short value, so the field's
      // label names it.
      if (!st.head && !st.brk && st.words <= VALUE_WORD_LIMIT) {
        const field = fieldLabelAt(text, at, from);
        return field === V.Stop ? settle(st) : field;
      }
      return settle(st);
    case 46: // .
      // "Group No.: 40218": a dot right before a field label's colon ends its abbreviation, no sentence (glued to the
      // colon only: a column header's "Sched. CPT" keeps its sentence break).
      if (first || (st.colon && !st.words && text.charCodeAt(at + 1) === 58)) {
        st.dot = true;
        st.seen = true;
        return V.Open;
      }
      return settle(st);
    case 40: // (
    case 91: // [
    case 44: // ,
      // "pain block, code 64445": a comma ends the qualifier search of a head, which keeps its default.
      // So does a parenthesis: "where(code='64445')" (FHIRPath) — `code` opens the parenthesis, nothing outside qualifies it.
      if ((ch === 44 || ch === 40) && st.head) return settle(st);
      // "Billing Advisory (BPA 25773)": an abbreviation opening a parenthesis names the number; the words outside it
      // are the record's title, not its label. So does a lower-case word ("2 CDM rows (neuroplasty 64712/64714)": the
      // procedure noun is then positive evidence, "rows" outside it no label).
      if (ch === 40 && st.unknown && !st.colon && st.words === 1) return V.Unexplained;
      // "routed to coding, task 12542": a lower-case word no list knows between a comma and the number is its label; a
      // procedure word behind the comma belongs to another phrase.
      // So is an unknown abbreviation: "Billing Office, PTAN 88503" is a provider number, not a billing code.
      // And "…,initiated,88561,73104": a comma glued between a lower-case field and the number separates a delimited
      // row's fields (a CSV line, its header out of reach): the field is another column's value (a status), no verb.
      if (
        ch === 44 &&
        (((st.lower || st.upper) && st.words === 1 && !st.colon) ||
          (first && /(?:^|,)[a-z_]+,\d$/.test(textBefore(text, at + 2, 40))))
      )
        return V.Unexplained;
      // "Neurolysis, sciatic nerve (64712)", "(neuroplasty, 64714)": a parenthesis or comma right before the number
      // opens an aside; an unknown word behind it is not a label (a known one still is: "Your claim (64445)").
      if (first) {
        st.aside = true;
        st.seen = true;
      }
      return V.Open;
    case 59: // ;
    case 33: // !
    case 63: // ?
    case 124: // |
    case 0x2022: // •
    case 0xb7: // ·
    case 10:
    case 13:
    case 9:
      return settle(st);
  }
  if (isCurrency(ch)) return first ? V.Other : V.Open;
  if (isDash(ch)) {
    // A spaced dash separates phrases ("Fee schedule — 64712"); a glued one is part of a word or range. But a sample
    // value follows its field's name ("☑ CPT — sample: 64712", a column picker; "Payer ID — sample: 60054").
    const spacedBefore = at === from || isSpace(text.charCodeAt(at - 1));
    const spacedAfter = at + 1 >= text.length || isSpace(text.charCodeAt(at + 1));
    if (spacedBefore && spacedAfter && !text.startsWith(' sample', at + 1)) return settle(st);
  }
  return V.Open;
}

/** The kind of the field label ending right before the colon at `colon`: its last word decides. */
function fieldLabelAt(text: string, colon: number, from: number): V {
  let i = colon;
  while (i > from && isSpace(text.charCodeAt(i - 1))) i--;
  if (i > from && text.charCodeAt(i - 1) === 35) return V.Other; // "Claim #:"
  let j = i;
  while (j > from && isLetter(text.charCodeAt(j - 1))) j--;
  const kind = wordKind(text.slice(j, i).toLowerCase());
  if (kind === W.Other || kind === W.HeadId) return V.Other;
  if (kind === W.Proc || kind === W.HeadCode) return V.Proc;
  return V.Stop;
}
