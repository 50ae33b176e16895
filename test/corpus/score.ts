import { heldout } from './heldout';
import { heldout2 } from './heldout2';
import { KNOWN_5 } from './known';
import { parseSnippet } from './parse';
import { sealed } from './sealed';
import { sealed2 } from './sealed2';
import { sealed3 } from './sealed3';
import { sealed4 } from './sealed4';
import { sealed5 } from './sealed5';
import { sealed6 } from './sealed6';
import { sealed7 } from './sealed7';
import { sealed8 } from './sealed8';
import { sealed9 } from './sealed9';
import { sealed10 } from './sealed10';
import { sealed11 } from './sealed11';
import { sealed12 } from './sealed12';
import { sealed13 } from './sealed13';
import { sealed14 } from './sealed14';
import { sealed15 } from './sealed15';
import { sealed16 } from './sealed16';
import { sealed17 } from './sealed17';
import { sealed18 } from './sealed18';
import { sealed19 } from './sealed19';
import { sealed20 } from './sealed20';
import { sealed21 } from './sealed21';
import { sealed22 } from './sealed22';
import { sealed23 } from './sealed23';
import { sealed24 } from './sealed24';
import { sealed25 } from './sealed25';
import { sealed26 } from './sealed26';
import { sealed27 } from './sealed27';
import { sealed28 } from './sealed28';
import { sealed29 } from './sealed29';
import { sealed30 } from './sealed30';
import { sealed31 } from './sealed31';
import { sealed32 } from './sealed32';
import { sealed33 } from './sealed33';
import { sealed34 } from './sealed34';
import { sealed35 } from './sealed35';
import { sealed36 } from './sealed36';
import { sealed37 } from './sealed37';
import { sealed38 } from './sealed38';
import { sealed39 } from './sealed39';
import { sealed40 } from './sealed40';
import { sealed41 } from './sealed41';
import { sealed42 } from './sealed42';
import { sealed43 } from './sealed43';
import { sealed44 } from './sealed44';
import { sealed45 } from './sealed45';
import { sealed46 } from './sealed46';
import { sealed47 } from './sealed47';
import { sealed48 } from './sealed48';
import { sealed49 } from './sealed49';
import { sealed50 } from './sealed50';
import { sealed51 } from './sealed51';
import { sealed52 } from './sealed52';
import { sealed53 } from './sealed53';
import { sealed54 } from './sealed54';
import { sealed55 } from './sealed55';
import { sealed56 } from './sealed56';
import { sealed57 } from './sealed57';
import { sealed58 } from './sealed58';
import { sealed59 } from './sealed59';
import { sealed60 } from './sealed60';
import { sealed61 } from './sealed61';
import { sealed62 } from './sealed62';
import { sealed63 } from './sealed63';
import { sealed64 } from './sealed64';
import { sealed65 } from './sealed65';
import { sealed66 } from './sealed66';
import { sealed67 } from './sealed67';
import { sealed68 } from './sealed68';
import { sealed69 } from './sealed69';
import { sealed70 } from './sealed70';
import { sealed71 } from './sealed71';
import { sealed72 } from './sealed72';
import { sealed73 } from './sealed73';
import { sealed74 } from './sealed74';
import { sealed75 } from './sealed75';
import { sealed76 } from './sealed76';
import { sealed77 } from './sealed77';
import { sealed78 } from './sealed78';
import { sealed79 } from './sealed79';
import { sealed80 } from './sealed80';
import { sealed81 } from './sealed81';
import { sealed82 } from './sealed82';
import { sealed83 } from './sealed83';
import { sealed84 } from './sealed84';
import { sealed85 } from './sealed85';
import { sealed86 } from './sealed86';
import { sealed87 } from './sealed87';
import { sealed88 } from './sealed88';
import { sealed89 } from './sealed89';
import { sealed90 } from './sealed90';
import { sealed91 } from './sealed91';
import { sealed92 } from './sealed92';
import { sealed93 } from './sealed93';
import { sealed94 } from './sealed94';
import { sealed95 } from './sealed95';
import { sealed96 } from './sealed96';
import { sealed97 } from './sealed97';
import { sealed98 } from './sealed98';
import { sealed99 } from './sealed99';
import { sealed100 } from './sealed100';
import { sealed101 } from './sealed101';
import { sealed102 } from './sealed102';
import { sealed103 } from './sealed103';
import { sealed104 } from './sealed104';
import { sealed105 } from './sealed105';
import { sealed106 } from './sealed106';
import { sealed107 } from './sealed107';
import { sealed108 } from './sealed108';
import { sealed109 } from './sealed109';
import { sealed110 } from './sealed110';
import { sealed111 } from './sealed111';
import { sealed112 } from './sealed112';
import { sealed113 } from './sealed113';
import { sealed114 } from './sealed114';
import { sealed115 } from './sealed115';
import { sealed116 } from './sealed116';
import { sealed117 } from './sealed117';
import { sealed118 } from './sealed118';
import { sealed119 } from './sealed119';
import { sealed120 } from './sealed120';
import { sealed121 } from './sealed121';
import { sealed122 } from './sealed122';
import { sealed123 } from './sealed123';
import { sealed124 } from './sealed124';
import { sealed125 } from './sealed125';
import { sealed126 } from './sealed126';
import { sealed127 } from './sealed127';
import { sealed128 } from './sealed128';
import { sealed129 } from './sealed129';
import { sealed130 } from './sealed130';
import { sealed131 } from './sealed131';
import { sealed132 } from './sealed132';
import { sealed133 } from './sealed133';
import { sealed134 } from './sealed134';
import { sealed135 } from './sealed135';
import { sealed136 } from './sealed136';
import { sealed137 } from './sealed137';
import { sealed138 } from './sealed138';
import { sealed139 } from './sealed139';
import { sealed140 } from './sealed140';
import { sealed141 } from './sealed141';
import { sealed142 } from './sealed142';
import { sealed143 } from './sealed143';
import { sealed144 } from './sealed144';
import { sealed145 } from './sealed145';
import { sealed146 } from './sealed146';
import { sealed147 } from './sealed147';
import { sealed148 } from './sealed148';
import { sealed149 } from './sealed149';
import { sealed150 } from './sealed150';
import { sealed151 } from './sealed151';
import { sealed152 } from './sealed152';
import { sealed153 } from './sealed153';
import { sealed154 } from './sealed154';
import { sealed155 } from './sealed155';
import { sealed156 } from './sealed156';
import { sealed157 } from './sealed157';
import { sealed158 } from './sealed158';
import { sealed159 } from './sealed159';
import { sealed160 } from './sealed160';
import { sealed161 } from './sealed161';
import { sealed162 } from './sealed162';
import { sealed163 } from './sealed163';
import { sealed164 } from './sealed164';
import { sealed165 } from './sealed165';
import { sealed166 } from './sealed166';
import { sealed167 } from './sealed167';
import { sealed168 } from './sealed168';
import { sealed169 } from './sealed169';
import { sealed170 } from './sealed170';
import { sealed171 } from './sealed171';
import { sealed172 } from './sealed172';
import { sealed173 } from './sealed173';
import { sealed174 } from './sealed174';
import { sealed175 } from './sealed175';
import { sealed176 } from './sealed176';
import { sealed177 } from './sealed177';
import { sealed178 } from './sealed178';
import { sealed179 } from './sealed179';
import { sealed180 } from './sealed180';
import { sealed181 } from './sealed181';
import { sealed182 } from './sealed182';
import { sealed183 } from './sealed183';
import { sealed184 } from './sealed184';
import { sealed185 } from './sealed185';
import { sealed186 } from './sealed186';
import { sealed187 } from './sealed187';
import { sealed188 } from './sealed188';
import { sealed189 } from './sealed189';
import { sealed190 } from './sealed190';
import { tuning } from './tuning';
import { tuning2 } from './tuning2';
import { tuning3 } from './tuning3';
import { tuning4 } from './tuning4';
import { tuning5 } from './tuning5';
import type { Snippet } from './types';

/** The five codes the bundled data knows; the corpus decoys reuse these digits on purpose. */
export const CORPUS_KNOWN: ReadonlySet<string> = KNOWN_5;

/**
 * Everything tuned on: the first corpus (tuning, and the two held-out sets of the first detector, which were scored
 * and so are tuning data now), issue 11's tuning2–4, issue 11's first sealed set (`sealed.ts`, `s-` kinds: a rule
 * followed one of its misses, so it is tuning data too) and its second (`sealed2.ts`, `s2-` kinds: scored once, the
 * record is `sealed2-first-score.txt`; rules then followed its misses, so it is tuning data now), tuning5 (`t5-`),
 * and issue 11's third sealed set (`sealed3.ts`, `s3-` kinds): written blind, scored once (the record is
 * `sealed3-first-score.txt`); rules then followed its misses, so it is tuning data now. And issue 11's fourth sealed
 * set (`sealed4.ts`, `s4-` kinds): written blind, committed (5413bab) before any run, scored once (the record is
 * `sealed4-first-score.txt`); issue 11's fifth pass wrote rules after reading its misses, so it is tuning data now.
 * And issue 11's fifth sealed set (`sealed5.ts`, `s5-` kinds): written blind, committed (2ad37f6) before any run,
 * scored once (the record is `sealed5-first-score.txt`); issue 11's sixth pass wrote rules after reading its misses,
 * so it is tuning data now. And issue 11's sixth sealed set (`sealed6.ts`, `s6-` kinds): written blind, committed
 * (983f5c9) before any run, scored once (the record is `sealed6-first-score.txt`); issue 11's seventh pass wrote
 * rules after reading its misses, so it is tuning data now. And issue 11's seventh sealed set (`sealed7.ts`, `s7-`
 * kinds): written blind, committed (04cb0b7) before any run, scored once (the record is `sealed7-first-score.txt`);
 * issue 11's eighth pass wrote rules after reading its misses, so it is tuning data now. And issue 11's eighth sealed
 * set (`sealed8.ts`, `s8-` kinds): written blind, committed (0c8fc30) before any run, scored once (the record is
 * `sealed8-first-score.txt`); issue 11's ninth pass wrote rules after reading its misses, so it is tuning data now.
 * And issue 11's ninth sealed set (`sealed9.ts`, `s9-` kinds): written blind, committed (e055a53) before any run,
 * scored once (the record is `sealed9-first-score.txt`); issue 11's tenth pass wrote rules after reading its misses,
 * so it is tuning data now.
 *
 * And issue 11's tenth sealed set (`sealed10.ts`, `s10-` kinds): written blind, committed (f365a75) before any run,
 * scored once (the record is `sealed10-first-score.txt`); issue 11's eleventh pass read its misses, so it is tuning
 * data now.
 *
 * And issue 11's eleventh sealed set (`sealed11.ts`, `s11-` kinds): written blind, committed (0ab877f) before any run,
 * scored once (the record is `sealed11-first-score.txt`); issue 11's twelfth pass wrote structural rules after reading
 * its misses, so it is tuning data now.
 *
 * And issue 11's twelfth sealed set (`sealed12.ts`, `s12-` kinds): written blind, committed (89f3522) before any
 * run, scored once (the record is `sealed12-first-score.txt`); issue 11's thirteenth pass wrote structural rules
 * after reading its misses, so it is tuning data now.
 *
 * And issue 11's thirteenth sealed set (`sealed13.ts`, `s13-` kinds, 327 tokens, 28 page shapes): written blind,
 * committed (94fbcc3) before any run, scored once (the record is `sealed13-first-score.txt`); issue 11's fourteenth
 * pass wrote structural rules after reading its misses, so it is tuning data now.
 *
 * And issue 11's fourteenth sealed set (`sealed14.ts`, `s14-` kinds, 344 tokens, 29 page shapes): written blind,
 * committed (e37e8a6) before any run, scored once (the record is `sealed14-first-score.txt`); issue 11's fifteenth
 * pass wrote structural rules after reading its misses, so it is tuning data now.
 *
 * And issue 11's fifteenth sealed set (`sealed15.ts`, `s15-` kinds, 315 tokens, 35 page shapes): written blind,
 * committed (d3a1ead) before any run, scored once (the record is `sealed15-first-score.txt`); issue 11's sixteenth
 * pass wrote structural rules after reading its misses, so it is tuning data now.
 *
 * And issue 11's sixteenth sealed set (`sealed16.ts`, `s16-` kinds, 336 tokens, 37 page shapes): written blind,
 * committed (301f2a2) before any run, scored once after the sixteenth pass (the record is
 * `sealed16-first-score.txt`); issue 11's seventeenth pass wrote structural rules after reading its misses, so it is
 * tuning data now.
 *
 * And issue 11's seventeenth sealed set (`sealed17.ts`, `s17-` kinds, 326 tokens, 33 page shapes): written blind,
 * committed (55eafe8) before any run, scored once after the seventeenth pass (the record is
 * `sealed17-first-score.txt`); issue 11's eighteenth pass wrote structural rules after reading its misses, so it is
 * tuning data now.
 *
 * And issue 11's eighteenth sealed set (`sealed18.ts`, `s18-` kinds, 337 tokens, 36 page shapes): written blind,
 * committed (a4ad437) before any run, scored once after the eighteenth pass (the record is
 * `sealed18-first-score.txt`); issue 11's nineteenth pass wrote structural rules after reading its misses, so it is
 * tuning data now.
 *
 * And issue 11's nineteenth sealed set (`sealed19.ts`, `s19-` kinds, 324 tokens, 30 page shapes): written blind,
 * committed (13abd37) before any run, scored once after the nineteenth pass (the record is
 * `sealed19-first-score.txt`); issue 11's twentieth pass wrote rules after reading its misses, so it is tuning data
 * now.
 *
 * And issue 11's twentieth sealed set (`sealed20.ts`, `s20-` kinds, 320 tokens): written blind, committed (b1ab003)
 * before any run, scored once after the twentieth pass (the record is `sealed20-first-score.txt`); issue 11's
 * twenty-first pass wrote rules after reading its misses, so it is tuning data now.
 *
 * And issue 11's twenty-first sealed set (`sealed21.ts`, `s21-` kinds, 319 tokens): written blind, committed (f647985)
 * before any run, scored once after the twenty-first pass and the survey's otherverb2 rule (the record is
 * `sealed21-first-score.txt`); issue 11's twenty-second pass wrote rules after reading its misses, so it is tuning
 * data now.
 *
 * And issue 11's twenty-second sealed set (`sealed22.ts`, `s22-` kinds, 348 tokens, 22 page shapes): written blind,
 * committed (681b274) before any run, scored once after the twenty-second pass and the structured-families pass (the
 * record is `sealed22-first-score.txt`); issue 11's twenty-third pass wrote rules after reading its misses, so it is
 * tuning data now.
 *
 * And issue 11's twenty-third and twenty-fourth sealed sets (`sealed23.ts`, `s23-` kinds, 334 tokens, 28 page shapes;
 * `sealed24.ts`, `s24-` kinds, 311 tokens): written blind, committed (67a7134, 497caf3) before any run, scored once
 * after the twenty-third pass (the records are `sealed23-first-score.txt` and `sealed24-first-score.txt`); issue 11's
 * twenty-fourth pass wrote rules after reading their misses, so they are tuning data now.
 *
 * And issue 11's twenty-fifth and twenty-sixth sealed sets (`sealed25.ts`, `s25-` kinds, 331 tokens, developer and
 * analytics tooling; `sealed26.ts`, `s26-` kinds, 344 tokens): written blind, committed (75cf314, 4c32614) before any
 * run, scored once after the twenty-fourth pass (the records are `sealed25-first-score.txt` and
 * `sealed26-first-score.txt`); issue 11's twenty-fifth pass wrote rules after reading their misses, so they are tuning
 * data now.
 *
 * And issue 11's twenty-seventh and twenty-eighth sealed sets (`sealed27.ts`, `s27-` kinds, 320 tokens, consumer and
 * patient-side pages where codes are rare; `sealed28.ts`, `s28-` kinds, 325 tokens, hospital finance, supply chain and
 * administration): written blind, committed (1b5bebe, 0e6314e) before any run, scored once after the twenty-fifth pass
 * (the records are `sealed27-first-score.txt` and `sealed28-first-score.txt`); issue 11's twenty-sixth pass wrote
 * rules after reading their misses, so they are tuning data now.
 *
 * And issue 11's twenty-ninth to thirty-second sealed sets (`sealed29.ts`, `s29-` kinds, 324 tokens, compliance,
 * audit, legal and payment integrity; `sealed30.ts`, `s30-`, 326 tokens, messaging and collaboration; `sealed31.ts`,
 * `s31-`, 323 tokens, education, publishing and the coding profession; `sealed32.ts`, `s32-`, 328 tokens, documents as
 * OCR and PDF text layers): written blind, committed (d56ea93, 1d4cf6f, e3ef20d, dc38295) before any run, scored once,
 * together, after the twenty-sixth pass (the records are `sealed29-first-score.txt` to `sealed32-first-score.txt`);
 * issue 11's twenty-seventh pass wrote rules after reading their misses, so they are tuning data now.
 *
 * And issue 11's thirty-third and thirty-fourth sealed sets (`sealed33.ts`, `s33-` kinds, 355 tokens, specialty clinic
 * and ambulatory surgery operations; `sealed34.ts`, `s34-`, 316 tokens, multilingual and localized pages): written
 * blind, committed (f3ce9fb, 152555a) before any run, scored once, together, after the twenty-seventh pass (the records
 * are `sealed33-first-score.txt` and `sealed34-first-score.txt`); issue 11's twenty-eighth pass wrote rules after
 * reading their misses, so they are tuning data now.
 *
 * And issue 11's thirty-fifth to thirty-seventh sealed sets (`sealed35.ts`, `s35-` kinds, 328 tokens, SaaS app widgets;
 * `sealed36.ts`, `s36-`, 360 tokens, value-based care and quality; `sealed37.ts`, `s37-`, 344 tokens, post-acute care,
 * DME and referrals): written blind, committed (3692e6e, 643a8a3, c76d460) before any run, scored once, together, after
 * the twenty-eighth pass (the records are `sealed35-first-score.txt` to `sealed37-first-score.txt`); issue 11's
 * twenty-ninth pass wrote rules after reading their misses, so they are tuning data now.
 *
 * And issue 11's thirty-eighth to fortieth sealed sets (`sealed38.ts`, `s38-` kinds, 363 tokens, payer contracting and
 * provider relations; `sealed39.ts`, `s39-`, 344 tokens, patient financial services and collections; `sealed40.ts`,
 * `s40-`, 386 tokens, clinical research billing, release of information and telehealth): written blind, committed
 * (d68db6c, f2dae9c, 9594f27) before any run, scored once, together, after the twenty-ninth pass (the records are
 * `sealed38-first-score.txt` to `sealed40-first-score.txt`); issue 11's thirtieth pass wrote rules after reading their
 * misses, so they are tuning data now.
 *
 * And issue 11's forty-first to forty-third sealed sets (`sealed41.ts`, `s41-` kinds, 359 tokens, imaging and
 * image-guided procedure administration; `sealed42.ts`, `s42-`, 323 tokens, state Medicaid and managed-care portals;
 * `sealed43.ts`, `s43-`, 331 tokens, physician productivity, compensation and medical-staff administration): written
 * blind, committed (d76b144, 4252ca5, 746a87a) before any run, scored once, together, after the thirtieth pass (the
 * records are `sealed41-first-score.txt` to `sealed43-first-score.txt`); issue 11's thirty-first pass wrote rules
 * after reading their misses, so they are tuning data now.
 *
 * And issue 11's forty-fourth to forty-sixth sealed sets (`sealed44.ts`, `s44-` kinds, 379 tokens, ophthalmology, ENT
 * and facial plastics practices; `sealed45.ts`, `s45-`, 339 tokens, military, federal and tribal programs;
 * `sealed46.ts`, `s46-`, 347 tokens, clinical terminology and mapping tools): written blind, committed (0b044c0,
 * 6ff24f7, d2e480a) before any run, scored once, together, after the thirty-first pass (the records are
 * `sealed44-first-score.txt` to `sealed46-first-score.txt`); issue 11's thirty-second pass wrote rules after reading
 * their misses, so they are tuning data now.
 *
 * And issue 11's forty-seventh to forty-ninth sealed sets (`sealed47.ts`, `s47-` kinds, 347 tokens, academic
 * medicine and graduate medical education; `sealed48.ts`, `s48-`, 397 tokens, occupational health, urgent care and
 * retail clinics; `sealed49.ts`, `s49-`, 362 tokens, employers, TPAs and self-funded plans): written blind, committed
 * (7e23438, e43d38f, 73d6dea) before any run, scored once, together, after the thirty-second pass (the records are
 * `sealed47-first-score.txt` to `sealed49-first-score.txt`); issue 11's thirty-third pass wrote rules after reading
 * their misses, so they are tuning data now.
 *
 * And issue 11's fiftieth to fifty-second sealed sets (`sealed50.ts`, `s50-` kinds, 347 tokens, behavioral health
 * and substance-use treatment; `sealed51.ts`, `s51-`, 353 tokens, hospital inpatient coding and CDI; `sealed52.ts`,
 * `s52-`, 433 tokens, pediatric and women's health practices): written blind, committed (288044e, bfc07f0, 0a09f58)
 * before any run, scored once, together, after the thirty-third pass (the records are `sealed50-first-score.txt` to
 * `sealed52-first-score.txt`); issue 11's thirty-fourth pass wrote rules after reading their misses, so they are
 * tuning data now.
 *
 * And issue 11's fifty-third to fifty-fifth sealed sets (`sealed53.ts`, `s53-` kinds, 329 tokens, oncology, infusion
 * and radiation oncology; `sealed54.ts`, `s54-`, 392 tokens, outpatient rehabilitation, therapy and chiropractic;
 * `sealed55.ts`, `s55-`, 387 tokens, laboratory, pathology and genetic testing): written blind, committed (bdc8f16,
 * ff03775, e22648a) before any run, scored once, together, after the thirty-fourth pass (the records are
 * `sealed53-first-score.txt` to `sealed55-first-score.txt`); issue 11's thirty-fifth pass wrote rules after reading
 * their misses, so they are tuning data now.
 *
 * And issue 11's fifty-sixth to fifty-eighth sealed sets (`sealed56.ts`, `s56-` kinds, 380 tokens, podiatry and foot
 * and ankle surgery; `sealed57.ts`, `s57-`, 373 tokens, ambulatory surgery centers and anesthesia groups;
 * `sealed58.ts`, `s58-`, 347 tokens, personal injury, medical-legal and subrogation): written blind, committed
 * (dedbc38, 4ce487e, 1ef3651) before any run, scored once, together, after the thirty-fifth pass (the records are
 * `sealed56-first-score.txt` to `sealed58-first-score.txt`); issue 11's thirty-sixth pass wrote rules after reading
 * their misses, so they are tuning data now.
 *
 * And issue 11's fifty-ninth to sixty-first sealed sets (`sealed59.ts`, `s59-` kinds, 330 tokens, hand,
 * upper-extremity, plastic and reconstructive surgery; `sealed60.ts`, `s60-`, 376 tokens, manufacturer reimbursement
 * support and patient hub services; `sealed61.ts`, `s61-`, 330 tokens, international payers and medical tourism that
 * use CPT): written blind, committed (18148ac, 4219bc7, f2117ef) before any run, scored once, together, after the
 * thirty-sixth pass (the records are `sealed59-first-score.txt` to `sealed61-first-score.txt`); issue 11's
 * thirty-seventh pass wrote rules after reading their misses, so they are tuning data now.
 *
 * And issue 11's sixty-second to sixty-fourth sealed sets (`sealed62.ts`, `s62-` kinds, 343 tokens, headache,
 * migraine and facial-pain clinics; `sealed63.ts`, `s63-`, 399 tokens, outsourced coding vendors and coding quality
 * assurance; `sealed64.ts`, `s64-`, 347 tokens, provider credentialing, payer enrollment and practice start-up):
 * written blind, committed (5a6fe48, 255bce7, 7806533) before any run, scored once, together, after the
 * thirty-seventh pass (the records are `sealed62-first-score.txt` to `sealed64-first-score.txt`); issue 11's
 * thirty-eighth pass wrote rules after reading their misses, so they are tuning data now.
 *
 * And issue 11's sixty-fifth to sixty-eighth sealed sets (`sealed65.ts`, `s65-` kinds, 387 tokens, ambulance,
 * EMS and emergency-department billing; `sealed66.ts`, `s66-`, 350 tokens, bank lockbox, ERA/EFT reassociation and
 * general-ledger posting; `sealed67.ts`, `s67-`, 391 tokens, utilization management and physician peer review;
 * `sealed68.ts`, `s68-`, 392 tokens, community health centers, rural health clinics and critical access hospitals):
 * written blind, committed (bc7ffbb, 397d248, 60601df, ab4338b) before any run, scored once, together, after the
 * thirty-eighth pass (the records are `sealed65-first-score.txt` to `sealed68-first-score.txt`); issue 11's
 * thirty-ninth pass wrote rules after reading their misses, so they are tuning data now.
 *
 * And issue 11's sixty-ninth to seventy-second sealed sets (`sealed69.ts`, `s69-` kinds, 386 tokens, EHR build
 * and charge-capture analysts; `sealed70.ts`, `s70-`, 351 tokens, payer provider-data management, directories and
 * network adequacy; `sealed71.ts`, `s71-`, 406 tokens, interventional spine and neuromodulation centers and their
 * device vendors; `sealed72.ts`, `s72-`, 367 tokens, Medicare Advantage risk adjustment and chart review vendors):
 * written blind, committed (3c08115, 9e22b7b, dda34d3, b45e2d6) before any run, scored once, together, after the
 * thirty-ninth pass (the records are `sealed69-first-score.txt` to `sealed72-first-score.txt`); issue 11's fortieth
 * pass wrote rules after reading their misses, so they are tuning data now.
 *
 * And issue 11's seventy-third to seventy-sixth sealed sets (`sealed73.ts`, `s73-` kinds, 366 tokens, sports
 * medicine, athletic training and orthopedic urgent care; `sealed74.ts`, `s74-`, 377 tokens, medical professional
 * liability insurers and hospital risk management; `sealed75.ts`, `s75-`, 399 tokens, specialty pharmacy, infusion
 * drug inventory and buy-and-bill; `sealed76.ts`, `s76-`, 341 tokens, all-payer claims databases, state health data
 * submission and public health reporting): written blind, committed (fd6fa30, f459459, 87f3e0e, d6894eb) before any
 * run, scored once, together, after the fortieth pass (the records are `sealed73-first-score.txt` to
 * `sealed76-first-score.txt`); issue 11's forty-first pass wrote rules after reading their misses, so they are tuning
 * data now.
 *
 * And issue 11's seventy-seventh to eightieth sealed sets (`sealed77.ts`, `s77-` kinds, 348 tokens, cash-pay
 * medicine: direct primary care, cash-price surgery centers and self-pay marketplaces; `sealed78.ts`, `s78-`, 370
 * tokens, revenue-cycle software vendor support, release notes and knowledge base; `sealed79.ts`, `s79-`, 363 tokens,
 * correctional health care; `sealed80.ts`, `s80-`, 389 tokens, PACE programs and geriatric care management): written
 * blind, committed (5898027, d0ca025, 939de6f, 5a7c1d9) before any run, scored once, together, after the forty-first
 * pass (the records are `sealed77-first-score.txt` to `sealed80-first-score.txt`); issue 11's forty-second pass wrote
 * rules after reading their misses, so they are tuning data now.
 *
 * And issue 11's eighty-first to eighty-fourth sealed sets (`sealed81.ts`, `s81-` kinds, 352 tokens, No
 * Surprises Act federal independent dispute resolution and open negotiation between out-of-network providers and
 * plans; `sealed82.ts`, `s82-`, 387 tokens, practice acquisitions, private-equity due diligence and valuation of a pain
 * and peripheral-nerve practice; `sealed83.ts`, `s83-`, 381 tokens, medical device makers' reimbursement support and
 * benefit-investigation hubs; `sealed84.ts`, `s84-`, 391 tokens, hospital chargemaster maintenance and the annual
 * code-update project): written blind, committed (ec2d9ff, 4d10800, 554817d, d605bd0) before any run, scored once,
 * together, after the forty-second pass (the records are `sealed81-first-score.txt` to `sealed84-first-score.txt`);
 * issue 11's forty-third pass wrote rules after reading their misses, so they are tuning data now.
 *
 * And issue 11's eighty-fifth to eighty-eighth sealed sets (`sealed85.ts`, `s85-` kinds, 390 tokens,
 * computer-assisted coding and AI scribe tools; `sealed86.ts`, `s86-`, 367 tokens, health services research and
 * claims-data studies that define cohorts by CPT; `sealed87.ts`, `s87-`, 381 tokens, managed-care contracting and rate
 * negotiation; `sealed88.ts`, `s88-`, 357 tokens, patient access and pre-registration centers): written blind,
 * committed (c11fc82, 8d0261d, 86b0d51, 8938299) before any run, scored once, together, after the forty-third pass
 * (the records are `sealed85-first-score.txt` to `sealed88-first-score.txt`); issue 11's forty-fourth pass wrote rules
 * after reading their misses, so they are tuning data now.
 *
 * And issue 11's eighty-ninth to ninety-second sealed sets (`sealed89.ts`, `s89-` kinds, 405 tokens, hospital
 * acute pain service and regional anesthesia operations; `sealed90.ts`, `s90-`, 391 tokens, payer special
 * investigations units and fraud, waste and abuse analytics; `sealed91.ts`, `s91-`, 373 tokens, Indian Health Service,
 * tribal 638 clinics and Purchased/Referred Care; `sealed92.ts`, `s92-`, 371 tokens, neurosurgery and peripheral nerve
 * surgery charge review): written blind, committed (4e5cb4d, 2445526, 3ec0acc, 52baf16) before any run, scored once,
 * together, after the forty-fourth pass (the records are `sealed89-first-score.txt` to `sealed92-first-score.txt`);
 * issue 11's forty-fifth pass wrote rules after reading their misses, so they are tuning data now.
 *
 * And issue 11's ninety-third to ninety-sixth sealed sets (`sealed93.ts`, `s93-` kinds, 381 tokens,
 * virtual-first clinics and telehealth platforms; `sealed94.ts`, `s94-`, 342 tokens, ACO operations and CMS claim and
 * claim line feed analytics; `sealed95.ts`, `s95-`, 359 tokens, disability insurance claims and independent medical
 * examinations; `sealed96.ts`, `s96-`, 397 tokens, pelvic pain, urogynecology and pudendal neuralgia clinics):
 * written blind, committed (767dc23, 29b73f8, 6d7795d, 30318b7) before any run, scored once, together, after the
 * forty-fifth pass (the records are `sealed93-first-score.txt` to `sealed96-first-score.txt`); issue 11's forty-sixth
 * pass wrote rules after reading their misses, so they are tuning data now.
 *
 * And issue 11's ninety-seventh to hundredth sealed sets (`sealed97.ts`, `s97-` kinds, 332 tokens, university
 * student health services and student health insurance plans; `sealed98.ts`, `s98-`, 363 tokens, practice-management
 * system conversions and data migration; `sealed99.ts`, `s99-`, 362 tokens, prior-authorization exemption ("gold
 * carding") programs and state prior-auth reform reporting; `sealed100.ts`, `s100-`, 346 tokens, health care sharing
 * ministries and medical cost-sharing members): written blind, committed (679a251, 58bc2d6, e6a41f2, 28b11d7) before
 * any run, scored once, together, after the forty-sixth pass (the records are `sealed97-first-score.txt` to
 * `sealed100-first-score.txt`); issue 11's forty-seventh pass wrote rules after reading their misses, so they are
 * tuning data now.
 *
 * And issue 11's hundred-and-first to hundred-and-fourth sealed sets (`sealed101.ts`, `s101-` kinds, 345 tokens,
 * Medicare Secondary Payer and coordination-of-benefits recovery; `sealed102.ts`, `s102-`, 377 tokens, hospital
 * outpatient OPPS claim editing and APC grouping; `sealed103.ts`, `s103-`, 336 tokens, Medicare Part B claim appeals
 * through every level; `sealed104.ts`, `s104-`, 381 tokens, commercial payers' reimbursement policy bulletins and
 * claim-editing software release notes): written blind, committed (f748596, f8f08d9, 084c6b2, 299f34d) before any
 * run, scored once, together, after the forty-seventh pass (the records are `sealed101-first-score.txt` to
 * `sealed104-first-score.txt`); issue 11's forty-eighth pass wrote rules after reading their misses, so they are
 * tuning data now.
 *
 * And issue 11's hundred-and-fifth to hundred-and-eighth sealed sets (`sealed105.ts`, `s105-` kinds, 371 tokens, the
 * VA Community Care Network and Veterans' community care; `sealed106.ts`, `s106-`, 359 tokens, payers' FHIR APIs and
 * developer portals; `sealed107.ts`, `s107-`, 387 tokens, medical stop-loss insurance and group captives;
 * `sealed108.ts`, `s108-`, 400 tokens, health plan benefit configuration and plan documents): written blind, committed
 * (50c76e2, 95ff9e4, 179346d, 939b1da) before any run, scored once, together, after the forty-eighth pass (the records
 * are `sealed105-first-score.txt` to `sealed108-first-score.txt`); issue 11's forty-ninth pass wrote rules after
 * reading their misses, so they are tuning data now.
 *
 * And issue 11's hundred-and-ninth to hundred-and-sixteenth sealed sets (`sealed109.ts`, `s109-` kinds, 392
 * tokens, Medicare Administrative Contractors' portals, lookup tools, provider education and medical review;
 * `sealed110.ts`, `s110-`, 359 tokens, good faith estimates and patient cost estimation; `sealed111.ts`, `s111-`, 386
 * tokens, an outsourced medical billing company; `sealed112.ts`, `s112-`, 353 tokens, Medicaid managed care encounter
 * data; `sealed113.ts`, `s113-`, 359 tokens, Medicare Set-Aside allocations and life care plans; `sealed114.ts`,
 * `s114-`, 351 tokens, hospital cost accounting and service-line profitability; `sealed115.ts`, `s115-`, 363 tokens,
 * surgical outcome registries and case abstraction; `sealed116.ts`, `s116-`, 371 tokens, a payer's medical policy
 * development and technology assessment): written blind, committed (e7424a8, e000772, 108d0c2, bd8c224, d9f8707,
 * 9fb3cc6, 70676ed, a63d58c) before any run, scored once, together, after the forty-ninth pass (the records are
 * `sealed109-first-score.txt` to `sealed116-first-score.txt`). Issue 11's fiftieth pass wrote rules after reading
 * their misses, so they are tuning data now.
 *
 * And issue 11's hundred-and-seventeenth to hundred-and-twenty-fourth sealed sets (`sealed117.ts`,
 * `s117-` kinds, 313 tokens, palliative care and hospice around interventional pain procedures; `sealed118.ts`,
 * `s118-`, 327 tokens, a device maker's post-market study of peripheral nerve stimulation and neurolysis, with the
 * hospital's CTMS and research billing; `sealed119.ts`, `s119-`, 327 tokens, the clinician's EHR in-basket at a pain
 * and peripheral-nerve practice; `sealed120.ts`, `s120-`, 342 tokens, an external coding audit engagement;
 * `sealed121.ts`, `s121-`, 358 tokens, Railroad Medicare and federal employee health programs; `sealed122.ts`,
 * `s122-`, 354 tokens, state insurance regulators and consumer protection; `sealed123.ts`, `s123-`, 351 tokens, a
 * health system's patient contact center; `sealed124.ts`, `s124-`, 370 tokens, medical coding education and
 * certification preparation): written blind, committed (52c0c5b, 9a8198b, 4a9223d, aaf9614, b95e585, 2b9cd36,
 * b6dc81f, a76dc50) before any run, scored once, together, after the fiftieth pass (the records are
 * `sealed117-first-score.txt` to `sealed124-first-score.txt`). Issue 11's fifty-first pass wrote rules after reading
 * their misses, so they are tuning data now.
 *
 * And issue 11's hundred-and-twenty-fifth to hundred-and-thirty-second sealed sets (`sealed125.ts`, `s125-` kinds,
 * 361 tokens, skilled nursing facilities and SNF consolidated billing; `sealed126.ts`, `s126-`, 314 tokens, hospital
 * financial assistance and presumptive charity screening; `sealed127.ts`, `s127-`, 363 tokens, workers' compensation
 * bill review and state fee schedules; `sealed128.ts`, `s128-`, 358 tokens, ACA marketplace plan shopping, brokers
 * and appeals; `sealed129.ts`, `s129-`, 389 tokens, state Medicaid fee schedules and provider communications;
 * `sealed130.ts`, `s130-`, 368 tokens, HSA, FSA and HRA administrators and their members; `sealed131.ts`, `s131-`,
 * 363 tokens, medical transcription, dictation and speech-recognition editing; `sealed132.ts`, `s132-`, 399 tokens,
 * health information exchanges and care coordination): written blind, committed (1f6e7d1, bad5125, 1cd0c3e, a58412e,
 * 63745e6, 3bc8eb4, 79503cb, 5ea829d) before any run, scored once, together, after the fifty-first pass (the records
 * are `sealed125-first-score.txt` to `sealed132-first-score.txt`). Issue 11's fifty-second pass wrote rules after
 * reading their misses, so they are tuning data now.
 *
 * And issue 11's hundred-and-thirty-third to hundred-and-thirty-eighth sealed sets (`sealed133.ts`, `s133-` kinds, 393
 * tokens, medical staff privileging and professional practice evaluation; `sealed134.ts`, `s134-`, 400 tokens, False
 * Claims Act settlements and corporate integrity agreements; `sealed135.ts`, `s135-`, 358 tokens, reference-based
 * pricing and balance-billing disputes; `sealed136.ts`, `s136-`, 400 tokens, coding at a military treatment facility;
 * `sealed137.ts`, `s137-`, 368 tokens, specialty benefit managers running prior authorization; `sealed138.ts`, `s138-`,
 * 376 tokens, state legislatures, statutes and fiscal notes): written blind, committed (06f7d97, 2f653ab, ddf6400,
 * 30b4d2b, 99571a7, 689f915) before any run, scored once, together, after the fifty-second pass (the records are
 * `sealed133-first-score.txt` to `sealed138-first-score.txt`). Issue 11's fifty-third pass wrote rules after reading
 * their misses, so they are tuning data now.
 *
 * And issue 11's hundred-and-thirty-ninth to hundred-and-fifty-second sealed sets (`sealed139.ts`, `s139-` kinds, 368
 * tokens, coordination of benefits and Medicare Secondary Payer; `sealed140.ts`, `s140-`, 381 tokens, a Taft-Hartley
 * union health and welfare fund; `sealed141.ts`, `s141-`, 396 tokens, locum tenens and physician staffing;
 * `sealed142.ts`, `s142-`, 348 tokens, a payer's provider-services IVR, chat and secure messages; `sealed143.ts`,
 * `s143-`, 383 tokens, hospital accreditation and CMS surveys; `sealed144.ts`, `s144-`, 398 tokens, orofacial pain, TMJ
 * and dental-medical cross-coding; `sealed145.ts`, `s145-`, 382 tokens, advanced practice providers' incident-to,
 * split/shared and wrong-NPI billing; `sealed146.ts`, `s146-`, 348 tokens, an interface engine's charge and order
 * feeds; `sealed147.ts`, `s147-`, 391 tokens, patient billing advocates and bill negotiators; `sealed148.ts`, `s148-`,
 * 384 tokens, coder hiring and freelance coding marketplaces; `sealed149.ts`, `s149-`, 395 tokens, coding and
 * reimbursement conferences and continuing education; `sealed150.ts`, `s150-`, 348 tokens, medical debt collection,
 * credit-report disputes and patient financing; `sealed151.ts`, `s151-`, 383 tokens, auto insurance no-fault and
 * personal injury protection claims; `sealed152.ts`, `s152-`, 394 tokens, hospital supply chain and bill-only implant
 * requisitions): written blind, committed (f30a856, 9ea8aa0, 5e6f8b3, 720c765, 4eaf0c7, 9e986a1, 5c6bf8c, d90faf2,
 * e991285, df07ce9, 361e124, 8ab1238, 3884efa, 984ef37) before any run, scored once, together, after the fifty-third
 * pass (the records are `sealed139-first-score.txt` to `sealed152-first-score.txt`). Issue 11's fifty-fourth pass wrote
 * rules after reading their misses, so they are tuning data now.
 *
 * And issue 11's hundred-and-fifty-third to hundred-and-sixty-sixth sealed sets (`sealed153.ts`, `s153-` kinds, 358
 * tokens, Puerto Rico health plans and Spanish-language pages; `sealed154.ts`, `s154-`, 397 tokens, employer benefits
 * brokers' renewals, large-claimant reports and stop-loss; `sealed155.ts`, `s155-`, 344 tokens, a state Medicaid
 * managed-care procurement and contract; `sealed156.ts`, `s156-`, 385 tokens, free clinics and volunteer surgery for
 * the uninsured; `sealed157.ts`, `s157-`, 382 tokens, a health plan's member app and website; `sealed158.ts`, `s158-`,
 * 391 tokens, MIPS quality reporting through a qualified registry; `sealed159.ts`, `s159-`, 380 tokens, EHR downtime
 * and the recovery of paper charges; `sealed160.ts`, `s160-`, 375 tokens, a peripheral-nerve device company's investor
 * materials; `sealed161.ts`, `s161-`, 375 tokens, an online community of medical coders; `sealed162.ts`, `s162-`, 378
 * tokens, point-of-service collections and cashiering; `sealed163.ts`, `s163-`, 371 tokens, patient-reported outcomes
 * programs; `sealed164.ts`, `s164-`, 363 tokens, medical debt in bankruptcy and civil courts; `sealed165.ts`, `s165-`,
 * 375 tokens, a health system's service-line marketing web pages; `sealed166.ts`, `s166-`, 356 tokens, patient safety
 * event reporting and root cause analysis): written blind, committed (3728bb8, 7aeec3e, 018a01b, 48b038c, 9efe7fd,
 * 8cf7da8, d7e0f2e, 6eaa3b9, b645ead, e040f56, c508e0b, 5d0def2, 975ee24, 5aefe19) before any run, scored once,
 * together, after the fifty-fourth pass (the records are `sealed153-first-score.txt` to `sealed166-first-score.txt`).
 * Issue 11's fifty-fifth pass wrote rules after reading their misses, so they are tuning data now.
 *
 * And issue 11's hundred-and-sixty-seventh to hundred-and-seventy-eighth sealed sets (`sealed167.ts`, `s167-` kinds,
 * 375 tokens, a specialty society's RUC surveys and valuation of peripheral-nerve codes; `sealed168.ts`, `s168-`, 346
 * tokens, the CPT Editorial Panel's code change process seen by an applicant society; `sealed169.ts`, `s169-`, 355
 * tokens, life and long-term-care insurance underwriting; `sealed170.ts`, `s170-`, 354 tokens, e-discovery productions
 * of a pain practice's billing records; `sealed171.ts`, `s171-`, 353 tokens, a ransomware attack on a billing vendor
 * and its aftermath; `sealed172.ts`, `s172-`, 360 tokens, patient crowdfunding and charity fundraising for surgery
 * bills; `sealed173.ts`, `s173-`, 361 tokens, a newspaper's investigation of procedure prices; `sealed174.ts`, `s174-`,
 * 399 tokens, clinical engineering and biomedical equipment in procedure suites; `sealed175.ts`, `s175-`, 346 tokens,
 * FMLA leave, short-term disability and return to work; `sealed176.ts`, `s176-`, 345 tokens, Social Security disability
 * determinations and release of information; `sealed177.ts`, `s177-`, 355 tokens, Medicare plan choice counselling by a
 * SHIP and a Medigap agent; `sealed178.ts`, `s178-`, 366 tokens, payer-impersonation phishing aimed at billing staff):
 * written blind, committed (c246328, abd3ab6, d4d4484, f54b0c3, d9e55ac, d2d3755, 1bb1ff9, 38cbb1f, 988262d, ff584ed,
 * 1efdc49, 3ccd7ac) before any run, scored once, together, after the fifty-fifth pass (the records are
 * `sealed167-first-score.txt` to `sealed178-first-score.txt`). Issue 11's fifty-sixth pass (and the fifty-seventh,
 * which read the whole tuning set's misses with theirs) wrote rules after reading their misses, so they are tuning data
 * now.
 *
 * SEALED_SET: issue 11's hundred-and-seventy-ninth to hundred-and-ninetieth sealed sets (`sealed179.ts`, `s179-` kinds,
 * 380 tokens, medical interpreters and language-access services; `sealed180.ts`, `s180-`, 377 tokens, an employer's
 * surgical centers of excellence and bundled direct contracts; `sealed181.ts`, `s181-`, 353 tokens, dual-eligible
 * patients and QMB billing protections; `sealed182.ts`, `s182-`, 362 tokens, a specialty society's clinical practice
 * guideline and its coding appendix; `sealed183.ts`, `s183-`, 358 tokens, a health insurer's premium rate filing with a
 * state; `sealed184.ts`, `s184-`, 350 tokens, the e-fax inbox and fax-based prior authorization; `sealed185.ts`,
 * `s185-`, 357 tokens, a deceased patient's bills settled through the estate; `sealed186.ts`, `s186-`, 367 tokens,
 * divorced parents splitting a child's medical expenses; `sealed187.ts`, `s187-`, 363 tokens, a tax preparer and the
 * medical expense deduction; `sealed188.ts`, `s188-`, 392 tokens, a foreign visitor and a travel medical insurer;
 * `sealed189.ts`, `s189-`, 367 tokens, a Medicaid fair hearing over a denied procedure; `sealed190.ts`, `s190-`, 360
 * tokens, a solo physician billing through a web clearinghouse): written blind, committed (feb375e, 66deee0, ed9e7d0,
 * 8afd71f, 3856f99, d6a7fd4, 28aa8c7, a7e221c, c55de14, 347c4b3, 7b89979, 7a8660b) before any run, scored once,
 * together, after the fifty-seventh pass (the records are `sealed179-first-score.txt` to `sealed190-first-score.txt`).
 * No rule has read their misses.
 */
export const TUNING_SET: readonly Snippet[] = [
  ...tuning,
  ...heldout,
  ...heldout2,
  ...tuning2,
  ...tuning3,
  ...tuning4,
  ...sealed,
  ...sealed2,
  ...tuning5,
  ...sealed3,
  ...sealed4,
  ...sealed5,
  ...sealed6,
  ...sealed7,
  ...sealed8,
  ...sealed9,
  ...sealed10,
  ...sealed11,
  ...sealed12,
  ...sealed13,
  ...sealed14,
  ...sealed15,
  ...sealed16,
  ...sealed17,
  ...sealed18,
  ...sealed19,
  ...sealed20,
  ...sealed21,
  ...sealed22,
  ...sealed23,
  ...sealed24,
  ...sealed25,
  ...sealed26,
  ...sealed27,
  ...sealed28,
  ...sealed29,
  ...sealed30,
  ...sealed31,
  ...sealed32,
  ...sealed33,
  ...sealed34,
  ...sealed35,
  ...sealed36,
  ...sealed37,
  ...sealed38,
  ...sealed39,
  ...sealed40,
  ...sealed41,
  ...sealed42,
  ...sealed43,
  ...sealed44,
  ...sealed45,
  ...sealed46,
  ...sealed47,
  ...sealed48,
  ...sealed49,
  ...sealed50,
  ...sealed51,
  ...sealed52,
  ...sealed53,
  ...sealed54,
  ...sealed55,
  ...sealed56,
  ...sealed57,
  ...sealed58,
  ...sealed59,
  ...sealed60,
  ...sealed61,
  ...sealed62,
  ...sealed63,
  ...sealed64,
  ...sealed65,
  ...sealed66,
  ...sealed67,
  ...sealed68,
  ...sealed69,
  ...sealed70,
  ...sealed71,
  ...sealed72,
  ...sealed73,
  ...sealed74,
  ...sealed75,
  ...sealed76,
  ...sealed77,
  ...sealed78,
  ...sealed79,
  ...sealed80,
  ...sealed81,
  ...sealed82,
  ...sealed83,
  ...sealed84,
  ...sealed85,
  ...sealed86,
  ...sealed87,
  ...sealed88,
  ...sealed89,
  ...sealed90,
  ...sealed91,
  ...sealed92,
  ...sealed93,
  ...sealed94,
  ...sealed95,
  ...sealed96,
  ...sealed97,
  ...sealed98,
  ...sealed99,
  ...sealed100,
  ...sealed101,
  ...sealed102,
  ...sealed103,
  ...sealed104,
  ...sealed105,
  ...sealed106,
  ...sealed107,
  ...sealed108,
  ...sealed109,
  ...sealed110,
  ...sealed111,
  ...sealed112,
  ...sealed113,
  ...sealed114,
  ...sealed115,
  ...sealed116,
  ...sealed117,
  ...sealed118,
  ...sealed119,
  ...sealed120,
  ...sealed121,
  ...sealed122,
  ...sealed123,
  ...sealed124,
  ...sealed125,
  ...sealed126,
  ...sealed127,
  ...sealed128,
  ...sealed129,
  ...sealed130,
  ...sealed131,
  ...sealed132,
  ...sealed133,
  ...sealed134,
  ...sealed135,
  ...sealed136,
  ...sealed137,
  ...sealed138,
  ...sealed139,
  ...sealed140,
  ...sealed141,
  ...sealed142,
  ...sealed143,
  ...sealed144,
  ...sealed145,
  ...sealed146,
  ...sealed147,
  ...sealed148,
  ...sealed149,
  ...sealed150,
  ...sealed151,
  ...sealed152,
  ...sealed153,
  ...sealed154,
  ...sealed155,
  ...sealed156,
  ...sealed157,
  ...sealed158,
  ...sealed159,
  ...sealed160,
  ...sealed161,
  ...sealed162,
  ...sealed163,
  ...sealed164,
  ...sealed165,
  ...sealed166,
  ...sealed167,
  ...sealed168,
  ...sealed169,
  ...sealed170,
  ...sealed171,
  ...sealed172,
  ...sealed173,
  ...sealed174,
  ...sealed175,
  ...sealed176,
  ...sealed177,
  ...sealed178,
];
export const SEALED_SET: readonly Snippet[] = [
  ...sealed179,
  ...sealed180,
  ...sealed181,
  ...sealed182,
  ...sealed183,
  ...sealed184,
  ...sealed185,
  ...sealed186,
  ...sealed187,
  ...sealed188,
  ...sealed189,
  ...sealed190,
];

/** Structural twin of lib/detect.ts's `detect`, so this file does not depend on it (the bench passes it in). */
export type DetectFn = (input: {
  text: string;
  known: ReadonlySet<string>;
  context?: {
    before?: string;
    after?: string;
    columnHeader?: string;
    column?: readonly string[];
    row?: readonly string[];
    headers?: readonly string[];
  };
}) => readonly { start: number; code: string }[];

export interface Miss {
  id: string;
  code: string;
  kind: 'fp' | 'fn';
  /** The text around the token, for reading a failure. */
  around: string;
}

export interface SetScore {
  tokens: number;
  /** Code tokens the known set holds: recall's denominator (a code it does not hold cannot be marked). */
  codes: number;
  /** Not-code tokens whose digits the data knows: the hard decoys. */
  knownDecoys: number;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  misses: Miss[];
}

export interface CorpusScore extends SetScore {
  /** tuning: every snippet tuned on; sealed: issue 11's sealed page shapes. */
  perSet: { tuning: SetScore; sealed: SetScore };
}

export function scoreSet(snippets: readonly Snippet[], detect: DetectFn, known: ReadonlySet<string>): SetScore {
  const s: SetScore = { tokens: 0, codes: 0, knownDecoys: 0, tp: 0, fp: 0, fn: 0, precision: 1, recall: 1, misses: [] };
  for (const snippet of snippets) {
    const { text, truth } = parseSnippet(snippet);
    const context = {
      before: snippet.before,
      after: snippet.after,
      columnHeader: snippet.columnHeader,
      column: snippet.column,
      row: snippet.row,
      headers: snippet.headers,
    };
    const found = new Set(detect({ text, known, context }).map((m) => m.start));
    const byStart = new Map(truth.map((t) => [t.start, t]));
    const around = (at: number) => text.slice(Math.max(0, at - 30), at + 35);
    for (const t of truth) {
      s.tokens++;
      // A real CPT code the known set does not hold (an auditor's 64640, a quiz's wrong options: sealed29, sealed31
      // and sealed32 label them as codes) cannot be marked: a number is a code only when the data knows it. It counts
      // as a token, neither for nor against recall; marking it would be a false mark.
      if (t.isCode && !known.has(t.code)) {
        if (found.has(t.start)) {
          s.fp++;
          s.misses.push({ id: snippet.id, code: t.code, kind: 'fp', around: around(t.start) });
        }
        continue;
      }
      if (t.isCode) s.codes++;
      else if (known.has(t.code)) s.knownDecoys++;
      if (t.isCode && found.has(t.start)) s.tp++;
      else if (t.isCode) {
        s.fn++;
        s.misses.push({ id: snippet.id, code: t.code, kind: 'fn', around: around(t.start) });
      } else if (found.has(t.start)) {
        s.fp++;
        s.misses.push({ id: snippet.id, code: t.code, kind: 'fp', around: around(t.start) });
      }
    }
    for (const start of found) {
      if (!byStart.has(start)) {
        s.fp++;
        s.misses.push({ id: snippet.id, code: text.slice(start, start + 5), kind: 'fp', around: around(start) });
      }
    }
  }
  s.precision = s.tp + s.fp === 0 ? 1 : s.tp / (s.tp + s.fp);
  s.recall = s.tp + s.fn === 0 ? 1 : s.tp / (s.tp + s.fn);
  return s;
}

/** Precision and recall of `detect` over the labelled corpus, overall and per set (tuning / sealed). */
export function scoreCorpus(detect: DetectFn, known: ReadonlySet<string> = CORPUS_KNOWN): CorpusScore {
  const perSet = {
    tuning: scoreSet(TUNING_SET, detect, known),
    sealed: scoreSet(SEALED_SET, detect, known),
  };
  const sets = Object.values(perSet);
  const sum = (key: 'tokens' | 'codes' | 'knownDecoys' | 'tp' | 'fp' | 'fn') => sets.reduce((n, s) => n + s[key], 0);
  const tp = sum('tp');
  const fp = sum('fp');
  const fn = sum('fn');
  return {
    tokens: sum('tokens'),
    codes: sum('codes'),
    knownDecoys: sum('knownDecoys'),
    tp,
    fp,
    fn,
    precision: tp + fp === 0 ? 1 : tp / (tp + fp),
    recall: tp + fn === 0 ? 1 : tp / (tp + fn),
    misses: sets.flatMap((s) => s.misses),
    perSet,
  };
}
