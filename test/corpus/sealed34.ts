import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 34 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/context.ts, lib/page/scan.ts), never read a score of an earlier sealed set, and never ran the
 * detector on these snippets. Its page shapes (`kind`, prefixed `s34-`) appear in no other corpus file. Score it once;
 * do not edit a snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too. About a third of the decoys are numbers of the synthetic 10,000-code set (KNOWN_10K) used as
 * ZIPs, member and claim ids, account numbers, counts, amounts, interpreter job numbers and provincial fee items.
 *
 * Family: multilingual and localized pages in US health care: Spanish, Vietnamese, Chinese, Russian, Haitian Creole
 * and Portuguese patient letters, EOBs, good-faith estimates and itemized bills (with their English codes and
 * numbers), bilingual consent and superbill forms, interpreter-services request pages and agency invoices, staff
 * worklists of health systems in pt-BR, fr-CA, es-MX and ar locales (DD/MM/YYYY dates, decimal commas, dot or thin-space
 * thousands, non-breaking spaces, full-width and Arabic-Indic digits), Canadian out-of-country and Puerto Rico payer
 * pages, translated plan documents (SBC) and call-center scripts.
 * Built on real public layouts: the No Surprises Act good-faith estimate (Spanish model notice: "Estimado de buena
 * fe", items with service code, quantity and expected charge), the ACA Summary of Benefits and Coverage grid, the
 * Medicare Summary Notice columns, the CMS nondiscrimination notice with its language taglines, the Quebec RAMQ
 * out-of-province claim form (itemized bill fields) and the BC MSP five-digit fee item, the Puerto Rico ASES/Vital
 * fee schedule and a Medicaid notice of action. The others are written the way those pages read, with no single
 * source.
 *
 * 316 labelled tokens over 31 shapes: 128 codes, 188 decoys, 67 of the decoys in KNOWN_10K.
 */

// ── 1. Spanish EOB, patient letter, PDF text layer ──
const esEob = lines({
  id: 's34-eseob',
  kind: 's34-es-eob-patient-letter-text',
  before: 'EXPLICACIÓN DE BENEFICIOS (EOB) — ESTO NO ES UNA FACTURA',
  text: [
    'Sra. Guadalupe Reyes Ortiz · 4518 Florence Ave Apt 3 · Bell, CA [90201]',
    'N.º de miembro: XKM884120457   Grupo: [45176]   Fecha de emisión: 14/10/2025',
    'N.º de reclamo: 2025-287-[24374]-01   Proveedor: Valley Neuro Surgery Center',
    'Fecha del servicio  Código  Descripción del servicio                 Cargo      Permitido   Usted debe',
    '02/09/2025  {64712}  Neurólisis abierta, nervio ciático          $4.860,00   $1.912,44   $382,49',
    '02/09/2025  {64445}  Bloqueo del nervio ciático, inyección única  $  910,00   $  188,20   $ 37,64',
    'N.º de autorización previa: [64445] (aprobada el 28/08/2025) — ver carta adjunta',
    'Nota de código de remesa: CO-45 — El cargo excede la tarifa contratada. Su deducible restante: $546,39. Ref. de pago EFT [54640]*',
    'Servicios de otro proveedor en la misma fecha: reclamo [24390] (anestesia), reclamo [24391] (laboratorio).',
    '* El pago al proveedor se emitió por transferencia electrónica el 10/10/2025.',
    'Deducible individual dentro de la red: $1.500,00 — acumulado a la fecha: $1.117,51 — Plan PPO-[31207]',
    'Acumulado de gastos de bolsillo: $2.904,33 de $7.900,00 · Centro de servicio [90222]',
    'Si no está de acuerdo, llame al 1-800-555-0147 (TTY 711) o escriba a P.O. Box [64234], Los Ángeles, CA [90051].',
  ].join('\n'),
});

// ── 2. Spanish good-faith estimate (No Surprises Act model notice), table ──
const esGfe = table({
  id: 's34-esgfe',
  kind: 's34-es-good-faith-estimate-items',
  caption:
    'Estimado de buena fe — Paciente sin seguro o que paga por cuenta propia — Fecha del estimado: 03/11/2025 — N.º de estimado GFE-[58397] — Tel. 1-833-555-0162',
  headers: ['Artículo', 'Proveedor / Centro', 'Código de servicio', 'Tipo de código', 'Cantidad', 'Cargo esperado'],
  rows: [
    ['1', 'Coastal Pain Institute, NPI 1598761230', '{64632}', 'CPT', '1', '$ 1.245,00'],
    ['2', 'Coastal Pain Institute', '{64445}', 'CPT', '1', '$ 620,00'],
    ['3', 'Anestesia Costa Sur, TIN 59-6392744', '{01470}', 'CPT (anestesia)', '45 min', '$ 390,00'],
    ['4', 'Laboratorio Central', '{80053}', 'CPT', '1', '$ 48,00'],
    ['5', 'Farmacia del centro', 'J2001', 'HCPCS', '1', 'incluido (lote [95316])'],
    ['6', 'Coastal ASC, Medicare ID [35681]', 'Tarifa del centro — {64632}', 'APC 5441', '1', '$ 2.980,00'],
    ['7', 'Coastal Pain Institute (visita previa)', '{99203}', 'CPT', '1', '$ 210,00'],
    ['8', 'Cita de control posterior a {64632} (incluida en el período global)', '', '', '', '$ 0,00'],
    ['Total', '', '', '', '', '$ 5.283,00'],
  ],
});

// ── 3. Vietnamese itemized bill, table ──
const viBill = table({
  id: 's34-vibill',
  kind: 's34-vi-itemized-bill-lines',
  caption:
    'HÓA ĐƠN CHI TIẾT — Bệnh nhân: Nguyễn Thị Lan — Số tài khoản: [17517] — 2201 E Belt Line Rd, Carrollton, TX [75010]',
  headers: ['Ngày', 'Mã dịch vụ (CPT/HCPCS)', 'Mô tả', 'SL', 'Phí (USD)', 'Bảo hiểm trả', 'Bệnh nhân trả'],
  rows: [
    ['18/08/2025', '{64612}', 'Tiêm hóa chất thần kinh mặt (một bên)', '1', '1.180,00', '712,40', '178,10'],
    ['18/08/2025', 'J0585', 'Botulinum toxin A, mỗi đơn vị', '50', '2.450,00', '1.960,00', '490,00'],
    ['18/08/2025', '{95874}', 'Hướng dẫn điện cơ (EMG) khi tiêm', '1', '215,00', '98,30', '24,58'],
    ['02/09/2025', '{64612}-RT', 'Tiêm lặp lại, mặt phải', '1', '1.180,00', 'đang xử lý', '—'],
    ['02/09/2025', '{99213}-25', 'Khám tái khám', '1', '165,00', '74,80', '18,70'],
    ['02/09/2025', 'A4550', 'Khay dụng cụ vô trùng — mã vật tư [40317]', '1', '42,00', '0,00', '42,00'],
    ['05/09/2025', 'Điều chỉnh', 'Giảm trừ theo hợp đồng — mã nhóm [70221]', '', '-1.020,40', '', ''],
    ['05/09/2025', 'Thanh toán', 'Phiếu thu số [30786] — thẻ Visa ••4417', '', '', '', '-468,12'],
  ],
});

// ── 4. Chinese prior-authorization approval letter, text ──
const zhAuth = lines({
  id: 's34-zhauth',
  kind: 's34-zh-prior-auth-approval-letter-text',
  before: '事先授权批准通知书 (Prior Authorization Approval Notice)',
  text: [
    '致：陈伟明 先生  1455 Stockton St #3, San Francisco, CA [94133]',
    '会员姓名：陈伟明    会员编号：MBR-[77919]-03（见卡正面）',
    '授权编号：PA-2025-[34968]    批准日期：2025年10月06日',
    '医疗服务提供者：Golden Gate Pain & Spine，地址：1580 Valencia St, San Francisco, CA [94110]',
    '批准的服务：坐骨神经开放性神经松解术（CPT {64712}）一次，以及腰丛神经松解术（CPT {64714}）一次。',
    '不包括：坐骨神经阻滞（CPT {64445}）以外的其他注射（如 CPT {64447} 股神经阻滞）。',
    '有效期：2025年10月10日 至 2026年01月08日。授权数量：2 次（以系统为准）。',
    '备注：本授权不适用于门诊号 [71880] 以外的其他就诊；如需重复 {64712}，须重新申请。',
    '如需中文服务，请致电 1-888-555-0133，转分机 [54297]。',
    '本函件编号 LTR-[32628]-ZH，请保留以备查询。',
  ].join('\n'),
});

// ── 5. Russian surgery cost estimate letter, text ──
const ruEst = lines({
  id: 's34-ruest',
  kind: 's34-ru-surgery-cost-estimate-letter-text',
  before: 'ПРЕДВАРИТЕЛЬНАЯ ОЦЕНКА СТОИМОСТИ ЛЕЧЕНИЯ',
  text: [
    'Медицинский центр «Ocean Parkway Surgical», 2001 Ocean Ave, Brooklyn, NY [11230], отдел [40220]',
    'Пациент: Соколова Ирина Викторовна   Дата рождения: 21.03.1961   Счёт № [90201]',
    'Адрес: 2840 Ocean Pkwy, кв. 5F, Brooklyn, NY [11235]',
    'Планируемая операция: невролиз поясничного сплетения, код CPT {64714}, дата 12.12.2025.',
    'Альтернатива: инъекция анестетика в седалищный нерв ({64445}) — если хирург решит отложить операцию.',
    'Оплата хирурга: 3 420,00 $   Анестезия (код {01180}): 1 150,00 $   Больничный сбор: 9 870,00 $',
    'Ваша доля после франшизы: 2 188,40 $ (страховой полис [75010]-RU, группа [93725])',
    'Номер предварительного одобрения страховой: [64714] (не путать с кодом процедуры); направление — REF-[88120].',
    'Депозит перед операцией: 500,00 $ — квитанция № [70312] от 01.12.2025; индекс отделения [11229].',
    'Вопросы: отдел финансового консультирования, тел. (718) 555-0190, доб. [02911].',
  ].join('\n'),
});

// ── 6. Haitian Creole appointment and prep letter, text ──
const htAppt = lines({
  id: 's34-htappt',
  kind: 's34-ht-appointment-prep-letter-text',
  before: 'Lèt Randevou — Sèvis Nerolojik ak Doulè',
  text: [
    'Non pasyan: Jean-Baptiste, Marie-Claude   Nimewo dosye (MRN): E[67271]-4',
    'Dat randevou: 17/11/2025 a 8:30 AM — 1150 NE 125th St, North Miami, FL [33161]',
    'Pwosedi: Blòk nè siatik (CPT {64445}) anvan operasyon {64712} sou janm goch (LT).',
    'Si doktè a deside pa fè {64712}, n ap fè sèlman blòk la ({64445}). Konfimasyon: [80417].',
    'Pa manje ni bwè anyen apre minwi. Pote kat asirans ou ak ID foto.',
    'Dokte: Dr. Evens Toussaint — biwo 600 NW 183rd St, Miami Gardens, FL [33169] · Fax (305) 555-0170',
    'Kòd otorizasyon asirans lan: [20707] — ou pa bezwen fè anyen ak nimewo sa a.',
    'Si w bezwen entèprèt an kreyòl, rele 305-555-0118 epi chwazi opsyon 3. Nimewo sal: [42391].',
    'Frè estime pou ou: $245,00 — referans kont [41537]. Peye sou entènèt oswa nan kès la.',
  ].join('\n'),
});

// ── 7. Portuguese EOB (Explicação de Benefícios), table ──
const ptEob = table({
  id: 's34-pteob',
  kind: 's34-pt-eob-claim-lines',
  caption:
    'Explicação de Benefícios — Membro: Fernandes, João P. — 212 Wampanoag Trl, East Providence, RI [02914] — Reclamação nº [23850]',
  headers: [
    'Data do serviço',
    'Código do procedimento',
    'Valor cobrado',
    'Valor permitido',
    'Pago pelo plano',
    'Sua responsabilidade',
    'Obs.',
  ],
  rows: [
    ['09/07/2025', '{64632}', 'US$ 1.420,00', 'US$ 611,25', 'US$ 489,00', 'US$ 122,25', 'A1'],
    ['09/07/2025', '{64632} 59', 'US$ 1.420,00', 'US$ 0,00', 'US$ 0,00', 'US$ 0,00', 'B7'],
    ['09/07/2025', '{20550}', 'US$ 310,00', 'US$ 88,14', 'US$ 70,51', 'US$ 17,63', ''],
    ['22/07/2025', '{99214}', 'US$ 245,00', 'US$ 121,90', 'US$ 97,52', 'US$ 24,38', ''],
    ['22/07/2025', '{64445} (pedido [50114])', 'US$ 640,00', 'US$ 182,35', 'US$ 145,88', 'US$ 36,47', ''],
    ['Totais', '', 'US$ 3.395,00', 'US$ 821,29', 'US$ 657,03', 'US$ 164,26', 'Cheque nº [47624]'],
  ],
});

const ptEobNotes = lines({
  id: 's34-pteobn',
  kind: 's34-pt-eob-remark-footnotes',
  before: 'Observações',
  text: [
    'A1 — Valor acima da tabela contratada; você não deve pagar a diferença.',
    'B7 — Serviço duplicado: o código {64632} foi cobrado duas vezes na mesma data (ver linha 2).',
    'Para recorrer, envie o formulário AP-[64593] em até 180 dias para Caixa Postal [31913], Warwick, RI [02886].',
    'Este aviso refere-se ao contrato de grupo [30188], divisão [30212]. Guarde-o para o imposto de renda.',
    'Atendimento em português: 1-877-555-0175, ramal [25918] (seg. a sex., 8h às 18h).',
  ].join('\n'),
});

// ── 8. Bilingual consent form (English / Español), text ──
const biConsent = lines({
  id: 's34-biconsent',
  kind: 's34-bilingual-procedure-consent-form-text',
  before: 'CONSENT FOR PROCEDURE / CONSENTIMIENTO PARA PROCEDIMIENTO',
  text: [
    'Patient / Paciente: ____________   MRN: [60280]-4471   Encounter / Visita: [14378]',
    'Procedure / Procedimiento: Chemodenervation, facial nerve, unilateral ({64612}) /',
    'Quimiodenervación del nervio facial, unilateral ({64612})',
    'Side / Lado:  ☐ Right / Derecho  ☒ Left / Izquierdo     Physician / Médico: Dr. A. Pham, NPI 1841327790',
    'Interpreter / Intérprete: ID [58697] — Language Line, Spanish — 14/10/2025 09:12',
    'Witness / Testigo: badge [20818]   Time-out / Pausa de seguridad: 09:41   Room / Sala [40302]',
    'Form / Formulario HIM-[57212] (Rev. 03/2024)  Page 1 of 2',
  ].join('\n'),
});

// ── 9. Interpreter-services request page (health-system intranet), text ──
const interpReq = lines({
  id: 's34-interp',
  kind: 's34-interpreter-services-request-page',
  before: 'Interpreter Services — Request an Interpreter',
  text: [
    'Request #[26280]  Status: Confirmed  Language: Vietnamese (Tiếng Việt)  Modality: In person',
    'Requested by: RN Linh Do, ext. [43321]   Patient MRN: Z[88107]   Room 4C-12',
    'Department: Pain Management, Bldg C, 4th floor — cost center [47220]',
    'Appointment: 11/18/2025 07:45  Est. duration: 90 min  Procedure on schedule: {64632} x2 (bilateral)',
    'Patient preferred language per registration: vi — Interpreter vendor account [35843]',
    'Notes: patient asked that the consent for {64632} be read aloud; family member may not interpret.',
    'Check-in desk: Bldg C, 1240 Elm St, Garden Grove, CA [92840]. Badge of interpreter on file: [70914].',
    'Billing: interpreter time is not billed to the patient (T1013 not used). Vendor job no. [65499].',
  ].join('\n'),
});

// ── 10. Puerto Rico government plan (Vital) fee schedule, table ──
const prFee = table({
  id: 's34-prfee',
  kind: 's34-pr-vital-fee-schedule-rows',
  caption: 'Plan Vital — Tabla de Tarifas Profesionales — Región Oeste — Vigencia 01/07/2025 — Tabla [23883]',
  headers: ['Código', 'Mod', 'Descripción', 'Tarifa no facilidad', 'Tarifa facilidad', 'Requiere preautorización'],
  rows: [
    ['{64612}', '', 'Quimiodenervación músculos nervio facial', '$112.40', '$86.15', 'Sí'],
    ['{64615}', '', 'Quimiodenervación para migraña crónica', '$118.02', '$93.77', 'Sí'],
    ['{64632}', '', 'Destrucción agente neurolítico, nervio digital plantar', '$88.60', '$59.12', 'No'],
    ['{64445}', '', 'Inyección, nervio ciático, única', '$71.33', '$52.08', 'No'],
    ['{64712}', '', 'Neuroplastia, nervio ciático', '—', '$612.90', 'Sí'],
    ['{64714}', '', 'Neuroplastia, plexo lumbar', '—', '$571.45', 'Sí'],
    ['{64704}', '', 'Neuroplastia, nervio de la mano o pie', '$301.88', '$248.10', 'No'],
    ['Nota', '', 'Proveedores con número PR-[70812] deben facturar por el portal', '', '', ''],
    ['{64712}', '50', 'Bilateral (150 %)', '—', '$919.35', 'Sí'],
  ],
});

// ── 11. Puerto Rico claim denial notice (Medicare Advantage, Spanish), text ──
const prDenial = lines({
  id: 's34-prden',
  kind: 's34-pr-ma-claim-denial-notice-text',
  before: 'AVISO DE DENEGACIÓN DE PAGO — Medicare Advantage — Puerto Rico',
  text: [
    'Sr. Ángel Luis Colón Rivera · Urb. Sultana, Calle Alora 47 · Mayagüez, PR [00681]-4412',
    'Fecha del aviso: 15/10/2025 · Número de beneficiario: 1EG4-TE5-MK72 · Carta [61141]',
    'N.º de reclamación: 25-PR-[58230]-0091   N.º de contrato del plan: H4004',
    'Servicio denegado: {64714} (neuroplastia, plexo lumbar) — 28/08/2025 — Hospital Perea',
    'Motivo: no se obtuvo preautorización. El código {64445} (bloqueo) del mismo día fue pagado.',
    'Monto denegado: $8,412.00. Monto que usted debe: $0.00 (proveedor contratado).',
    'Para apelar: Apartado [81218], San Juan, PR [00936]-1217 · Fax 787-555-0103',
    'Nota: la política de preautorización aplica a los códigos {64702}–{64727} (neuroplastia).',
    'Oficina regional: Carr. 2 Km 157.2, Mayagüez, PR [00680].',
  ].join('\n'),
});

// ── 12. Canadian out-of-country claim (Quebec RAMQ form, US itemized bill transcribed), text ──
const caOoc = lines({
  id: 's34-caooc',
  kind: 's34-ca-ramq-out-of-country-claim-text',
  before:
    'Demande de remboursement — Services médicaux reçus hors du Canada / Claim for medical services outside Canada',
  text: [
    'N° d’assurance maladie : TREM 6205 1514   Code postal : H2J 1X8   Dossier RAMQ [31872]',
    'Adresse : 4620, rue Saint-Denis, Montréal (Québec) — Tél. 514 555-0138, poste [27031]',
    'Établissement : Lake Champlain Surgical, 120 Marcy St, Plattsburgh NY [12901], É.-U.',
    'Date du service  Code de l’acte (CPT)  Description  Montant facturé (USD)',
    '04/06/2025  {64445}  Bloc du nerf sciatique  640,00 $',
    '04/06/2025  {64712}  Neurolyse du nerf sciatique  5 980,00 $',
    'Taux de change appliqué : 1,3712 — Montant en CAD : 9 077,41 $ — Montant remboursé : 1 246,00 $',
    'Correspondance avec le tarif québécois : acte n° [64276] (neurolyse, nerf périphérique)',
    'Remarque : l’acte {64445} est remboursé au tarif québécois ; le solde de 8 101,41 $ (facture [30492]) reste à votre charge.',
    'Numéro de référence de la demande : [52019]-QC',
  ].join('\n'),
});

// ── 13. BC MSP out-of-province fee item crosswalk page, table ──
const caMsp = table({
  id: 's34-camsp',
  kind: 's34-ca-bc-msp-fee-item-crosswalk',
  caption: 'Out-of-Province / Out-of-Country Claims — US procedure codes and the MSC fee items assessed against them',
  headers: ['US CPT code', 'Service as billed', 'MSC fee item', 'BC fee (CAD)', 'Paid (CAD)'],
  rows: [
    ['{64612}', 'Chemodenervation, facial n.', '[91059]', '92,14', '92,14'],
    ['{64445}', 'Sciatic nerve block', '[13025]', '71,60', '71,60'],
    ['{64712}', 'Neuroplasty, sciatic n.', '[34878]', '508,22', '508,22'],
    ['{64714}', 'Neuroplasty, lumbar plexus', '[04365]', '544,90', '0,00 — see note'],
    ['{64632}', 'Neurolysis, plantar digital n.', '[93159]', '118,35', '118,35'],
    ['{64704}', 'Neuroplasty, nerve of hand or foot', '[17341]', '211,80', '211,80'],
    ['Claim batch', 'Practitioner [29033]', 'Payee [40866]', '', '1 003,41'],
  ],
});

// ── 14. Spanish call-center script (member services, payer), text ──
const esScript = lines({
  id: 's34-esscript',
  kind: 's34-es-member-services-call-script',
  before: 'Guion de llamada — Línea en español — Consulta de reclamación o autorización',
  text: [
    '1. Saludo: "Gracias por llamar a Servicios al Miembro, le atiende [agente]. ¿Me da su número de miembro?"',
    '2. Verificar identidad: fecha de nacimiento (DD/MM/AAAA) y código postal (p. ej., [78226]).',
    '2b. Si el miembro solo tiene el número de grupo (5 dígitos, p. ej., [83402]), búsquelo en la pantalla Grupos.',
    '3. Si el miembro pregunta por "el código {64445}", explique: "Es un bloqueo del nervio ciático, una inyección."',
    '4. Si pregunta por "{64712}" o "{64714}", son cirugías de liberación de nervio; requieren autorización previa.',
    '5. No lea en voz alta el número de autorización completo; solo los últimos cinco: "...[15481]".',
    '6. Transferencias: Farmacia ext. [65235]; Apelaciones ext. [56371]; Intérpretes otros idiomas ext. 4400.',
    '6b. Si el miembro lee "CPT {64712}-LT", confirme el lado: LT es izquierdo. Código completo: {64712}.',
    '6c. Reclamaciones de Puerto Rico: dirija al miembro a la línea 1-866-555-0188, opción 2, código de cola [40772].',
    '7. Cierre: código de disposición de la llamada [10695] (consulta resuelta) o [13755] (escalada).',
  ].join('\n'),
});

// ── 15. Chinese translated Summary of Benefits and Coverage (SBC), table ──
const zhSbc = table({
  id: 's34-zhsbc',
  kind: 's34-zh-translated-sbc-grid',
  caption:
    '福利和承保范围摘要 (SBC)：本计划承保的内容和费用 — 承保期：2026年01月01日 – 2026年12月31日 — 计划编号 [37508]',
  headers: [
    '常见医疗事件',
    '您可能需要的服务',
    '网络内提供者（您支付最少）',
    '网络外提供者（您支付最多）',
    '限制、例外及其他重要信息',
  ],
  rows: [
    [
      '如果您需要门诊手术',
      '设施费用（如门诊手术中心）',
      '共付额 20%',
      '共保额 50%',
      '神经松解术（如 CPT {64712}、{64714}）须事先授权；否则最多 $[25926] 不予支付',
    ],
    ['', '医生／外科医生费用', '共付额 20%', '共保额 50%', '神经阻滞注射 {64445} 不需事先授权'],
    ['如果您有其他特殊健康需求', '肉毒杆菌面神经注射', '$50 共付额', '不承保', '仅限 {64612}；美容用途不承保'],
    ['', '客服', '1-800-555-0122', '', '计划年度最高自付额 $9,200；家庭 $18,400；会员人数上限 [55387] 名'],
  ],
});

// ── 16. Vietnamese patient-portal message thread, text ──
const viPortal = lines({
  id: 's34-viportal',
  kind: 's34-vi-patient-portal-message-thread',
  before: 'Hộp thư — Tin nhắn với văn phòng bác sĩ',
  text: [
    'Từ: Trần Văn Hùng (bệnh nhân) — 03/10/2025 21:14',
    'Chào bác sĩ, bảo hiểm gửi thư nói mã {64632} chưa được duyệt. Mã này là gì ạ? Số hồ sơ của tôi là [16131].',
    'Thư ghi: "Dịch vụ CPT{64632}: KHÔNG ĐƯỢC CHẤP THUẬN — Mã lý do N[54712]"',
    'Từ: Phòng khám Little Saigon Pain — 04/10/2025 09:02',
    'Chào anh Hùng, mã {64632} là thủ thuật tiêm thuốc phá hủy dây thần kinh ngón chân (gan bàn chân).',
    'Nhân viên: Nguyễn Thảo (mã số nhân viên [73020]) — Văn phòng tài chính',
    'Chúng tôi đã gửi lại yêu cầu duyệt số [38845] kèm hồ sơ. Thường mất 5–7 ngày làm việc.',
    'Bác sĩ sẽ thực hiện {64632} cho hai bên (mã bổ sung -50 không dùng; ghi 2 đơn vị). Phí dự kiến $1.940; mã ước tính [19400].',
    'Nếu cần gọi, số điện thoại văn phòng: (714) 555-0184, hoặc đến 9200 Bolsa Ave, Westminster, CA [92683].',
  ].join('\n'),
});

// ── 17. pt-BR locale staff worklist (charge review, health system IT set to Brazilian locale), table ──
const ptBrWork = table({
  id: 's34-ptbrwork',
  kind: 's34-ptbr-locale-charge-review-worklist',
  caption: 'Fila de revisão de cobranças — Unidade: Cirurgia Ambulatorial — exportado em 29/10/2025 14:07',
  headers: ['Conta', 'Data do atendimento', 'CPT', 'Mod.', 'Qtd.', 'Valor (US$)', 'Motivo da retenção'],
  rows: [
    ['[89939]', '21/10/2025', '{64712}', 'LT', '1', '5.980,00', 'Falta nota operatória'],
    ['[56451]', '21/10/2025', '{64445}', '', '1', '640,00', 'Diagnóstico ausente'],
    ['[44324]', '22/10/2025', '{64714}', '', '1', '6.245,50', 'Autorização [40003] vencida'],
    ['[91693]', '23/10/2025', '{64612}', '50', '1', '1.770,00', 'Modificador bilateral inválido'],
    ['[50631]', '23/10/2025', '{64632}', 'T5', '2', '2.840,00', ''],
    ['[61877]', '24/10/2025', '{64445}', '', '1', '640,00', 'Duplicidade com conta [61874]'],
    ['[61902]', '24/10/2025', '{99204}', '25', '1', '310,00', 'CEP do paciente [33010] não confere'],
    ['Total', '', '', '', '6', '17.475,50', '5 contas'],
  ],
});

// ── 18. fr-CA locale coder worklist (thin-space thousands, decimal comma), table ──
const frCaWork = table({
  id: 's34-frcawork',
  kind: 's34-frca-locale-coding-worklist',
  caption: 'Liste de travail — Codification des actes — Clinique affiliée (Vermont) — 2025-11-03',
  headers: ['N° de séjour', 'Date', 'Acte (CPT)', 'Libellé', 'Montant', 'Codeur'],
  rows: [
    ['[59814]', '2025-10-28', '{64445}', 'Bloc nerf sciatique, injection unique', '640,00 $', 'MLG'],
    ['[07474]', '2025-10-28', '{64712} RT', 'Neurolyse nerf sciatique, droite', '5\u2009980,00 $', 'MLG'],
    ['[92381]', '2025-10-29', '{64612}', 'Chimiodénervation nerf facial', '1\u2009180,00 $', 'JPB'],
    ['[61506]', '2025-10-30', '{64714}', 'Neurolyse plexus lombaire', '6\u2009245,50 $', 'JPB'],
    ['[59836]', '2025-10-31', '{64445} RT', 'Bloc sciatique droit', '640,00 $', 'MLG'],
    ['[24285]', '2025-10-30', 'à coder', 'Note opératoire reçue, code non attribué', '[14500],00 $', 'JPB'],
  ],
});

// ── 19. es-MX locale OR schedule board (staff page), text ──
const esMxOr = lines({
  id: 's34-esmxor',
  kind: 's34-esmx-locale-or-schedule-board',
  before: 'Programación de quirófanos — martes 18/11/2025 — Sala 4',
  text: [
    'Tablero actualizado 06:55 · Responsable: Enf. Ruiz (ext. [26611]) · Bandeja de instrumental [60433]',
    '07:30  Sala 4  Paciente #[53753]  Neurólisis ciático ({64712}) — Dr. Salazar — Anest.: Dra. Méndez',
    '07:30  Bloqueo preoperatorio en área de inducción: {64445} (guiado por ultrasonido, {76942})',
    '10:15  Sala 4  Paciente #[08533]  Neurólisis plexo lumbar — CPT {64714} — tiempo estimado 150 min',
    '12:00  Sala 4  Paciente #[08541]  Bloqueo ciático ambulatorio — {64445} — Dra. Méndez',
    '12:45  Limpieza terminal — orden de trabajo [86083]',
    '13:30  Sala 4  Paciente #[22382]  Quimiodenervación facial bilat. {64612}-50 — insumos: lote [53031]',
  ].join('\n'),
});

// ── 20. ar locale staff export (Arabic-Indic digits on dates, ASCII on codes), table ──
const arExport = table({
  id: 's34-arexport',
  kind: 's34-ar-locale-staff-schedule-export',
  caption: 'جدول الإجراءات — عيادة الألم — تصدير النظام (الواجهة بالعربية)',
  headers: ['رقم الحساب', 'التاريخ', 'رمز الإجراء', 'الوصف', 'المبلغ'],
  rows: [
    ['[44152]', '١٢/١١/٢٠٢٥', '{64445}', 'حقن العصب الوركي', '٦٤٠٫٠٠ $'],
    ['[55846]', '١٢/١١/٢٠٢٥', '{64632}', 'تدمير العصب الأخمصي', '١٤٢٠٫٠٠ $'],
    ['[72899]', '١٣/١١/٢٠٢٥', '٦٤٧١٢', 'تحرير العصب الوركي', '٥٩٨٠٫٠٠ $'],
    ['[35789]', '١٣/١١/٢٠٢٥', '{64712}', 'تحرير العصب الوركي (نسخة إنجليزية)', '5980.00 $'],
    ['[44160]', '١٤/١١/٢٠٢٥', '{64714}', 'تحرير الضفيرة القطنية', '6245.50 $'],
    ['[44178]', '١٤/١١/٢٠٢٥', '{64612}', 'حقن العصب الوجهي', '1180.00 $'],
  ],
});

// ── 21. Haitian Creole financial-assistance application, text ──
const htFap = lines({
  id: 's34-htfap',
  kind: 's34-ht-financial-assistance-application-text',
  before: 'Aplikasyon pou Asistans Finansye (Swen Charite)',
  text: [
    'Non: Pierre-Louis, Wilner   Adrès: 512 Blue Hill Ave, Dorchester, MA [02121]',
    'Telefòn: (617) 555-0193 · Dat nesans: 02/04/1979 · Nimewo Sekirite Sosyal: XXX-XX-4418 · Kòd pasyan [21260]',
    'Kantite moun nan fanmi an: 5   Revni chak ane (total): $38 400   Nimewo kont lopital: [53720]',
    'Bòdwo ou vle nou revize: Operasyon nè siatik (CPT {64712}) 15/09/2025 — balans $4.212,50',
    'Ak piki blòk nè a ({64445}) menm jou a — balans $312,00',
    'Dokiman pou voye: fich pè (W-2 oswa lèt travay; dosye [06651]), deklarasyon taks, prèv adrès.',
    'Si ou resevwa Medicaid (MassHealth) ID [10040]-MH, ekri nimewo a isit la: __________',
    'Voye aplikasyon an nan: Biwo Konsèy Finansye, P.O. Box [78592], Boston, MA [02241].',
  ].join('\n'),
});

// ── 22. Chinese itemized hospital bill, PDF text layer ──
const zhBill = lines({
  id: 's34-zhbill',
  kind: 's34-zh-itemized-hospital-bill-text',
  before: '住院／门诊费用明细账单 ITEMIZED STATEMENT',
  text: [
    '病人姓名：黄美玲   账户号码：[84240]   结单日期：2025/11/05   地址：136-20 38th Ave, Flushing, NY [11354]',
    '服务日期    收入代码  CPT/HCPCS  项目说明                 数量   金额',
    '10/20/2025   0360      {64714}    腰丛神经松解术             1     $6,245.50',
    '10/20/2025   0370      {01180}    麻醉                       1     $1,150.00',
    '10/20/2025   0250      J1885      酮咯酸注射                 2     $42.00',
    '10/20/2025   0272      [48354]    无菌手术包（物料编号）     1     $318.40',
    '10/20/2025   0636      J2001      利多卡因                   1     $18.00',
    '10/20/2025   0360      {64445}    坐骨神经阻滞               1     $640.00',
    '10/20/2025   0278      [48420]  植入物（供应商目录号）      1     $212.00',
    '保险已付：$4,920.12   调整：$1,101.33   您应付：$1,734.45   付款编号 [60581]',
    '如需中文协助，请拨打 718-555-0155。请在付款时注明账户号码 [84240]。',
  ].join('\n'),
});

// ── 23. Spanish Medicaid notice of action (managed care, Texas), text ──
const esNoa = lines({
  id: 's34-esnoa',
  kind: 's34-es-medicaid-notice-of-action-text',
  before: 'AVISO DE ACCIÓN — Decisión sobre su solicitud de servicios',
  text: [
    'Fecha: 07/11/2025   Para: Rosa María Gutiérrez, ID de Medicaid 521184903 · Expediente [51498]',
    'Plan: Superior Vida Medicaid STAR · Grupo [76022] · Número de aviso [76109]',
    'Dirección: 318 Calle Río Grande, Laredo, TX [78040]',
    'Servicio solicitado: Bloqueo del nervio ciático — código {64445}, 3 unidades, del 10/11/2025 al 10/02/2026',
    'Decisión: APROBADO PARCIALMENTE. Se aprueba 1 unidad de {64445}. Se niega la neurólisis (código {64632}).',
    'Razón: no hay documentación de tratamiento conservador durante 6 semanas (Política Clínica [35467]).',
    'Su proveedor (NPI 1730221544, número Medicaid [90318]) también recibió este aviso.',
    'Tiene derecho a pedir una apelación dentro de 60 días. Número de caso: [57118]-TX.',
    'Ombudsman de HHS: 1-866-566-8989. Oficina local: 1500 Houston St, Laredo, TX [78040].',
  ].join('\n'),
});

// ── 24. Vietnamese price-transparency shoppable-services page, table ──
const viShop = table({
  id: 's34-vishop',
  kind: 's34-vi-shoppable-services-price-list',
  caption: 'Công cụ ước tính giá — Dịch vụ có thể so sánh giá (300 dịch vụ theo quy định của CMS)',
  headers: ['Dịch vụ', 'Mã', 'Giá tiền mặt chiết khấu', 'Giá niêm yết', 'Số ca năm 2024'],
  rows: [
    ['Cơ sở: 9191 Bolsa Ave, Westminster, CA [92683] — mã cơ sở [11810]', '', '', '', ''],
    ['Tiêm phong bế dây thần kinh tọa', '{64445}', '$410', '$640', '[46635]'],
    ['Phá hủy thần kinh gan bàn chân', '{64632}', '$890', '$1,420', '312'],
    ['Giải phóng dây thần kinh tọa (mổ)', '{64712}', '$3,980', '$5,980', '88'],
    ['Giải phóng đám rối thắt lưng', '{64714}', '$4,150', '$6,245', '41'],
    ['Phong bế dây thần kinh đùi', '{64447}', '$390', '$610', '[10274]'],
    ['Tiêm độc tố thần kinh mặt', '{64612}', '$720', '$1,180', '[10408]'],
    ['Khám bệnh nhân mới, mức 4', '{99204}', '$190', '$310', '[12993]'],
  ],
});

// ── 25. Russian referral letter to a pain specialist, text ──
const ruRef = lines({
  id: 's34-ruref',
  kind: 's34-ru-specialist-referral-letter-text',
  before: 'НАПРАВЛЕНИЕ К СПЕЦИАЛИСТУ (перевод на русский язык)',
  text: [
    'Кому: Центр лечения боли, 3100 Brighton 6th St, Brooklyn, NY [11235]   Направление № [68538]',
    'От: Dr. Alla Shapiro, терапевт, 1213 Avenue U, Brooklyn, NY [11229], факс (718) 555-0121, практика [55810]',
    'Пациент: Кузнецов Олег Петрович, 14.07.1958 г.р., полис Medicare Advantage, ID карты [16459]-MA',
    'Диагноз: M54.31 (ишиас, правая сторона). Запрошено: консультация и блокада седалищного нерва, CPT {64445}.',
    'При неэффективности — рассмотреть невролиз ({64712}). Предыдущие блокады: 2 (03.2025, 06.2025).',
    'Телефон пациента: (347) 555-0126. Переводчик требуется: русский. Номер обращения [62250].',
    'Количество разрешённых визитов: 3. Срок действия до 31.01.2026. Код клиники [19467].',
  ].join('\n'),
});

// ── 26. Portuguese-language interpreter agency invoice to the hospital, table ──
const ptInvoice = table({
  id: 's34-ptinvoice',
  kind: 's34-pt-interpreter-agency-invoice-lines',
  caption:
    'Fatura nº [31859] — Serviços de Interpretação Médica (Português / Cabo-verdiano) — Cliente: Southcoast Health, conta [32192]',
  headers: ['Data', 'Pedido', 'Departamento', 'Intérprete', 'Minutos', 'Taxa', 'Total'],
  rows: [
    ['01/10/2025', '[44790]', 'Admissão — registro de paciente', 'R. Semedo', '15', '$1.10', '$16.50'],
    ['02/10/2025', '[44846]', 'Dor — bloqueio {64445} (leitura do consentimento)', 'A. Lopes', '60', '$1.10', '$66.00'],
    ['06/10/2025', '[88920]', 'Cirurgia ambulatorial — {64712}', 'M. Tavares', '180', '$1.10', '$198.00'],
    ['09/10/2025', '[97782]', 'Neurologia — toxina facial', 'A. Lopes', '45', '$1.10', '$49.50'],
    ['14/10/2025', '[92784]', 'Faturamento — dúvidas sobre conta', 'R. Semedo', '30', '$1.10', '$33.00'],
    ['16/10/2025', '[88934]', 'Cirurgia — {64714}', 'M. Tavares', '120', '$1.10', '$132.00'],
    ['Total', '', '', '', '315', '', '$346.50 — pagar até 14/11/2025, ref. [73798]'],
  ],
});

// ── 27. Bilingual superbill (English / Español), check-box table ──
const biSuper = table({
  id: 's34-bisuper',
  kind: 's34-bilingual-superbill-checkbox-grid',
  caption: 'ENCOUNTER FORM / HOJA DE ENCUENTRO — Neurology & Pain Associates — Tax ID 76-0412293',
  headers: ['☐', 'CPT', 'Procedure / Procedimiento', 'Fee / Tarifa'],
  rows: [
    ['☒', '{64612}', 'Chemodenervation facial n. / Quimiodenervación n. facial', '$1,180'],
    ['☐', '{64615}', 'Chemodenervation migraine / Quimiodenervación migraña', '$1,240'],
    ['☒', '{95874}', 'EMG guidance / Guía por EMG', '$215'],
    ['☐', '{64445}', 'Sciatic n. block / Bloqueo n. ciático', '$640'],
    ['☐', '{64632}', 'Plantar digital n. destruction / Destrucción n. digital plantar', '$1,420'],
    ['☐', '{99214}', 'Office visit est. / Visita establecida', '$245'],
    ['Dx', 'G51.3', 'Clonic hemifacial spasm / Espasmo hemifacial', 'Referring NPI 1932104457, ZIP [77036]'],
    ['Acct / Cuenta', '[54712]', 'Next visit / Próxima cita: 12 wks / 12 semanas', 'Balance $0.00'],
  ],
});

// ── 28. Haitian Creole EOB (Medicare Summary Notice translated), table ──
const htMsn = table({
  id: 's34-htmsn',
  kind: 's34-ht-medicare-summary-notice-claims',
  caption:
    'Avi Rezime Medicare — Sa a pa yon bòdwo — Reklamasyon nimewo [48909] — Doktè: Little Haiti Pain Clinic, 5813 NE 2nd Ave, Miami, FL [33137]',
  headers: [
    'Sèvis ou te resevwa',
    'Medicare aprouve?',
    'Montan founisè a te fakture',
    'Montan Medicare aprouve',
    'Montan Medicare peye',
    'Maksimòm ou ka fakture',
    'Gade nòt',
  ],
  rows: [
    ['Founisè: Dr. R. Étienne, NPI 1457392016 · Kòd biwo [33131]', '', '', '', '', '', ''],
    ['Piki nè siatik ({64445})', 'Wi', '$640.00', '$182.35', '$145.88', '$36.47', 'A'],
    ['Destriksyon nè pye ({64632})', 'Wi', '$1,420.00', '$391.10', '$312.88', '$78.22', ''],
    ['Destriksyon nè pye ({64632}-59)', 'Non', '$1,420.00', '$0.00', '$0.00', '$0.00', 'B'],
    ['Vizit biwo ({99213})', 'Wi', '$165.00', '$88.20', '$70.56', '$17.64', ''],
    ['Piki nè femoral ({64447})', 'Wi', '$610.00', '$178.20', '$142.56', '$35.64', ''],
    ['Total', '', '$3,645.00', '$661.65', '$529.32', '$132.33', 'Nimewo kont [08353]'],
  ],
});

// ── 29. Spanish appeal letter written by a Puerto Rico provider, text ──
const prAppeal = lines({
  id: 's34-prappeal',
  kind: 's34-pr-provider-appeal-letter-text',
  before: 'Centro de Neurocirugía del Oeste · Calle Méndez Vigo 212, Mayagüez, PR 00680',
  text: [
    'Re: Apelación de primer nivel — Reclamación 25-PR-[58230]-0091 — Beneficiario: Á. L. Colón Rivera',
    'Estimados señores: solicitamos la reconsideración de la denegación del código {64714} ("neuroplastia, plexo lumbar")',
    'realizado el 28/08/2025. El plan indica falta de preautorización; sin embargo, la autorización núm. [15758]',
    'fue emitida el 20/08/2025 para "{64712}/{64714}" bajo el mismo episodio. Se anejan nota operatoria y autorización.',
    'Anejos: (1) nota operatoria, 3 págs.; (2) autorización; (3) reclamación original, lote [72611] del 02/09/2025.',
    'Monto en disputa: $8,412.00. Proveedor NPI 1356470921, TIN 66-0391447, número de proveedor del plan [35435].',
    'Reclamaciones relacionadas: [58240] y [58241] (mismo paciente, códigos {64445} y {64712}).',
    'Atentamente, Lcda. Wanda I. Acevedo Torres, Oficina de Facturación — Tel. 787-555-0131 ext. [13151]',
  ].join('\n'),
});

// ── 30. Multilingual nondiscrimination notice with language taglines, text ──
const taglines = lines({
  id: 's34-taglines',
  kind: 's34-multilingual-nondiscrimination-taglines',
  before: 'Notice of Nondiscrimination and Language Assistance',
  text: [
    'ATENCIÓN: si habla español, tiene a su disposición servicios gratuitos de asistencia lingüística. Llame al 1-800-555-0140 (TTY: 711).',
    'CHÚ Ý: Nếu bạn nói Tiếng Việt, có các dịch vụ hỗ trợ ngôn ngữ miễn phí dành cho bạn. Gọi số 1-800-555-0140.',
    '注意：如果您使用繁體中文，您可以免費獲得語言援助服務。請致電 1-800-555-0140。文件編號 [45137]。',
    'ВНИМАНИЕ: Если вы говорите на русском языке, то вам доступны бесплатные услуги перевода. Звоните 1-800-555-0140.',
    'ATANSYON: Si w pale Kreyòl Ayisyen, gen sèvis èd pou lang ki disponib gratis pou ou. Rele 1-800-555-0140.',
    'ATENÇÃO: Se fala português, encontram-se disponíveis serviços linguísticos, grátis. Ligue para 1-800-555-0140.',
    'Office for Civil Rights, U.S. Department of Health and Human Services, 200 Independence Ave SW, Room 509F, Washington, DC [20201].',
    'Civil Rights Coordinator, 400 Main St, Suite 1200, Hartford, CT [06103] · Form NDN-[56966] (06/2025) · Plan ID [87894]',
  ].join('\n'),
});

export const sealed34: Snippet[] = [
  ...esEob,
  ...esGfe,
  ...viBill,
  ...zhAuth,
  ...ruEst,
  ...htAppt,
  ...ptEob,
  ...ptEobNotes,
  ...biConsent,
  ...interpReq,
  ...prFee,
  ...prDenial,
  ...caOoc,
  ...caMsp,
  ...esScript,
  ...zhSbc,
  ...viPortal,
  ...ptBrWork,
  ...frCaWork,
  ...esMxOr,
  ...arExport,
  ...htFap,
  ...zhBill,
  ...esNoa,
  ...viShop,
  ...ruRef,
  ...ptInvoice,
  ...biSuper,
  ...htMsn,
  ...prAppeal,
  ...taglines,
];
