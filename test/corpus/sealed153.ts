import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 153 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s153-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too (64447 64450 64455 64615 64704 64713 64718 64999 76942 95874 95886 95910 97110 97140 and
 * E/M visits), also when a patient types one bare in a chat. Decoys are Puerto Rico ZIPs (00907 Santurce, 00936
 * San Juan PO boxes, 00956/00961 Bayamón, 00969 Guaynabo, regional offices), the plans' PO boxes, provider, PMG,
 * contract and payer ids, prior-authorization case numbers (PA-71206), referral, letter, circular, policy and
 * document ids, claim-number suffixes (2025071-00342), X12 control numbers, remittance, cheque and bank-account
 * fragments, patient file and account numbers, licences, call, ticket, transcription and surgical-case ids, a botox
 * lot, an ATH Móvil merchant reference, scrubber edit ids, CDM numbers and CSV totals. About a third of the decoys
 * are numbers of the synthetic 10,000-code set (KNOWN_10K): the MCO's PO box 70130 and paper-claims box 70016, the
 * MA plan's PO box 11320, ZIPs 00969, 00612, 00727 and 00719, the referral number, the medical policy MP-10147, the
 * circular letter, the EOB document id, the claim batch, scrubber edit ids, remittance numbers, a CDM number and
 * others. The five known codes' digits come back as decoys: an eligibility confirmation number, a claim-number
 * suffix, a prior-auth case and the MA authorization number, a denial letter's reference (which the patient then
 * quotes in the chat), the MA group number, a botox lot, an X12 SE control number, a claim number in the denial
 * queue, an estimate dispute reference, a portal ticket, an appeal reference in a call log, a patient invoice
 * number (twice) and a code-lookup query id.
 *
 * Family: Puerto Rico health plans and Spanish-language pages around peripheral-nerve procedures, built on one
 * fictional practice (Centro de Nervio Periférico de Santurce, Dr. Rafael Irizarry Soto) and three patients: a
 * Medicaid (Plan Vital-style) member with a Morton neuroma ({64632}) and a sciatic entrapment (block {64445},
 * neuroplasty {64712}), a Medicare Advantage member with hemifacial spasm ({64612} with J0585), and a Medicaid
 * member denied then retro-approved for a lumbar plexus neuroplasty ({64714}). Pages: the MCO provider portal in
 * Spanish (elegibilidad, solicitud and estado de preautorización, estado and detalle de reclamación, buzón de
 * mensajes, historial de pagos), the MCO's approval letter, adverse determination notice, referral form, appeal
 * form and carta circular, the MA plan's Spanish EOB (header, claims table, notes, appeal rights), its summary of
 * benefits, code-lookup tool and FHIR ExplanationOfBenefit, the practice's agenda, charge entry, superbill, ledger,
 * claim scrubber, 837P and 835 views, readable remittance, denial queue, fee schedule, CSV export, call log,
 * production report, patient statement and an ATH Móvil receipt, the provider manual chapter (prose, PA table,
 * billing guidelines, directory), a bilingual good-faith estimate (text and items), a WhatsApp chat between the
 * billing office and the patient, an email to provider relations, the hospital's op note and UB-04 facility lines.
 * Built on real public layouts: Puerto Rico Medicaid (Plan Vital) MCO provider portals and manuals (MCO ID, MPI,
 * PMG and PCP referral, Región, Cubierta Básica/Especial, Querellas y Apelaciones, ASES Fair Hearing), Medicare
 * Advantage Spanish EOB template (Este NO es una factura, Cantidad facturada / aprobada / Plan pagó / Usted podría
 * deber, H-number document ids), CMS-1500 / X12 837P and 835 segments, CMS Blue Button / CARIN FHIR EOB, the No
 * Surprises Act good-faith estimate, UB-04 revenue-code lines and ATH Móvil receipts. Amounts are written the
 * US way ($1,234.56), as Puerto Rico plans and practices print them. The others are written the way those pages
 * read, with no single source.
 *
 * 358 labelled tokens over 44 shapes: 175 codes, 183 decoys, 64 of the decoys in KNOWN_10K.
 */

// ── 1. Medicaid MCO provider portal: verificación de elegibilidad (screen) ──
const elegibilidad = lines({
  id: 's153-eleg',
  kind: 's153-portal-mco-verificacion-elegibilidad-screen',
  before: 'Portal de Proveedores Salud Insular Vital — Verificación de Elegibilidad',
  text: [
    'Beneficiario: MALDONADO CRUZ, JOSÉ A.   Fecha de nacimiento: 14/08/1979   Sexo: M',
    'Núm. de identificación (MCO ID): VIT0048213307   Núm. MPI: 0010457761   Contrato: [92641]',
    'Región: Metro-Norte   Municipio: Bayamón   Dirección: Urb. Santa Juanita, Calle 12 DD-4, Bayamón PR [00956]',
    'Grupo primario (PMG): Grupo Médico Río Hondo, PMG [30108]   Médico primario (PCP): Dra. Nilda Ocasio',
    'Cobertura: Plan Vital — Cubierta Básica + Cubierta Especial (no)   Vigencia: 01/07/2024 – 30/06/2025',
    'Consulta hecha por: CNPS-billing2   Núm. de confirmación de la consulta: [64712]-B   Hora: 09:42:17',
    'Proveedor consultante: Centro de Nervio Periférico de Santurce, Núm. de proveedor [41877]',
    'Copago especialista: $0   Línea de ayuda 24/7: 1-844-555-0171   Certificado de elegibilidad [58830]',
  ].join('\n'),
});

// ── 2. Medicaid portal: solicitud de preautorización (form as entered) ──
const preautForm = lines({
  id: 's153-preautform',
  kind: 's153-portal-mco-solicitud-preautorizacion-form',
  before: 'Nueva solicitud de preautorización — Paso 3 de 4: Servicios solicitados',
  text: [
    'Tipo de servicio: Cirugía ambulatoria   Lugar de servicio: 22 (Hospital ambulatorio)',
    'Diagnóstico primario: G57.02 Lesión del nervio ciático, pierna izquierda',
    'Código CPT/HCPCS 1: {64712}   Modificador: LT   Unidades: 1   Descripción: Neuroplastia, nervio ciático',
    'Código CPT/HCPCS 2: {64445}   Modificador: LT   Unidades: 1   Descripción: Bloqueo nervio ciático, inyección única',
    'Código CPT/HCPCS 3: {76942}   Modificador: 26   Unidades: 1   Descripción: Guía por ultrasonido',
    'Referido del PCP núm.: RF-[30118]   Fecha del referido: 03/03/2025',
    'Médico que ordena: Dr. Rafael Irizarry Soto, NPI 1437298815, licencia PR [17322]',
    'Facilidad: Hospital Auxilio Comunitario, Santurce PR [00907]   Fecha estimada: 09/04/2025',
  ].join('\n'),
});

// ── 3. Medicaid portal: estado de preautorizaciones (grid) ──
const preautStatus = table({
  id: 's153-preautstat',
  kind: 's153-portal-mco-estado-preautorizaciones-grid',
  caption: 'Estado de preautorizaciones — Proveedor 41877 — últimos 90 días',
  headers: ['Núm. de caso', 'Beneficiario', 'Código', 'Recibido', 'Estado', 'Vence'],
  rows: [
    ['PA-[64632]', 'MALDONADO CRUZ, J', '{64632}-LT', '18/02/2025', 'Aprobado', '18/05/2025'],
    ['PA-[71206]', 'MALDONADO CRUZ, J', '{64712}-LT', '10/03/2025', 'Aprobado', '10/06/2025'],
    ['PA-[71341]', 'TORRES SANTIAGO, L', '{64714}', '14/03/2025', 'Pendiente información clínica', '—'],
    ['PA-[71402]', 'RIVERA OTERO, A', '{64445}', '17/03/2025', 'No requiere autorización', '—'],
    ['PA-[71455]', 'COLÓN MÉNDEZ, G', '{64718}', '19/03/2025', 'Denegado', '—'],
  ],
});

// ── 4. Medicaid portal: estado de reclamación, search result list ──
const reclamStatus = table({
  id: 's153-reclamstat',
  kind: 's153-portal-mco-estado-reclamacion-results',
  caption: 'Estado de reclamación — Resultados de búsqueda (Proveedor 41877)',
  headers: ['Núm. de reclamación', 'Fecha servicio', 'Beneficiario', 'Procedimiento', 'Facturado', 'Pagado', 'Estado'],
  rows: [
    ['2025071-[00342]', '22/01/2025', 'MALDONADO CRUZ, J', '{64445}', '$450.00', '$78.40', 'Pagada'],
    ['2025078-[00521]', '12/03/2025', 'MALDONADO CRUZ, J', '{64632}', '$620.00', '$112.55', 'Pagada'],
    ['2025099-[64714]', '09/04/2025', 'MALDONADO CRUZ, J', '{64712}', '$2,850.00', '$612.30', 'En proceso'],
    ['2025101-[00878]', '15/04/2025', 'TORRES SANTIAGO, L', '{64714}', '$3,100.00', '$0.00', 'Denegada – falta PA'],
  ],
});

// ── 5. Medicaid portal: detalle de reclamación por línea ──
const reclamDetalle = table({
  id: 's153-reclamdet',
  kind: 's153-portal-mco-detalle-reclamacion-lineas',
  caption: 'Detalle de reclamación 2025099-64714 — Proveedor rendidor Dr. R. Irizarry Soto',
  headers: ['Línea', 'Desde', 'CPT', 'Mod', 'Unid.', 'Facturado', 'Permitido', 'Código de ajuste'],
  rows: [
    ['1', '09/04/2025', '{64712}', 'LT', '1', '$2,850.00', '$612.30', 'CO-45'],
    ['2', '09/04/2025', '{64445}', 'LT 59', '1', '$450.00', '$0.00', 'CO-97 incluido en línea 1'],
    ['3', '09/04/2025', '{76942}', '26', '1', '$180.00', '$0.00', 'CO-97'],
    ['4', '09/04/2025', '{99214}', '57', '1', '$165.00', '$58.20', 'CO-45'],
  ],
});

// ── 6. Medicaid MCO: carta de aprobación de preautorización (PDF text layer) ──
const cartaAprob = lines({
  id: 's153-cartaaprob',
  kind: 's153-mco-carta-aprobacion-preautorizacion-pdf',
  before: 'Salud Insular Vital · PO Box 70130 · San Juan, PR 00936-8130',
  text: [
    'Salud Insular Vital · PO Box [70130] · San Juan, PR [00936]-8130 · Tel. 1-800-555-0147',
    '11 de marzo de 2025',
    'Sr. José A. Maldonado Cruz, Urb. Santa Juanita, Calle 12 DD-4, Bayamón, PR [00956]',
    'Re: Notificación de determinación — Caso PA-[71206]',
    'Estimado señor Maldonado: Hemos aprobado la solicitud de su médico para el servicio',
    'neuroplastia del nervio ciático (código {64712}) con bloqueo guiado por ultrasonido ({64445}, {76942}).',
    'Esta aprobación es válida del 10/03/2025 al 10/06/2025 en el Hospital Auxilio Comunitario.',
    'Si tiene preguntas llame a Servicios al Beneficiario, TTY 711. Referencia de la carta: L-[20088].',
  ].join('\n'),
});

// ── 7. Medicaid MCO: carta de denegación (adverse benefit determination) ──
const cartaDeneg = lines({
  id: 's153-cartadeneg',
  kind: 's153-mco-carta-denegacion-determinacion-adversa-pdf',
  before: 'AVISO DE DETERMINACIÓN ADVERSA DE BENEFICIOS',
  text: [
    'Beneficiario: Luis R. Torres Santiago   Núm. de caso: PA-[71341]   Fecha del aviso: 02/04/2025',
    'Servicio solicitado: Neuroplastia del plexo lumbar (CPT {64714}), lugar de servicio 22.',
    'Razón de la denegación: No se recibió evidencia de 6 semanas de terapia física ({97110}, {97140})',
    'ni estudio de conducción nerviosa ({95910}) y electromiografía ({95886}) en los últimos 12 meses.',
    'Criterio utilizado: Política médica MP-[10147], Cirugía de nervios periféricos, revisión 2024.',
    'Usted tiene 60 días para solicitar una apelación. Envíe su apelación a: Unidad de Querellas y',
    'Apelaciones, PO Box [70130], San Juan, PR [00936]-8130, o por fax al (787) 555-0192.',
    'Puede pedir una audiencia administrativa (Fair Hearing) ante ASES luego de la apelación. Ref. [64445].',
  ].join('\n'),
});

// ── 8. Medicare Advantage EOB (Explicación de Beneficios): encabezado y resumen ──
const eobHeader = lines({
  id: 's153-eobhead',
  kind: 's153-ma-eob-explicacion-beneficios-encabezado',
  before: 'MediCaribe Advantage (HMO) — Explicación de Beneficios (EOB) — Parte C',
  text: [
    'Este NO es una factura.   Período: 1 de abril de 2025 – 30 de abril de 2025',
    'Carmen L. Figueroa Vega · Calle Los Pinos 87, Guaynabo, PR [00969] · Núm. de miembro: MCA1100472981',
    'Plan: MediCaribe Advantage Platino (HMO) H4003-[01517]   Grupo: [64612]',
    'Resumen del mes: Cantidad facturada $1,526.00 · Plan pagó $392.88 · Usted podría deber $35.00',
    'Total acumulado en el año hacia su máximo de desembolso (MOOP $3,400.00): $210.00',
  ].join('\n'),
});

// ── 9. MA EOB: tabla de reclamaciones ──
const eobClaims = table({
  id: 's153-eobclaims',
  kind: 's153-ma-eob-tabla-reclamaciones-servicios',
  caption: 'Reclamación núm. 2510488213 · Dr. Rafael Irizarry Soto · Centro de Nervio Periférico de Santurce',
  headers: [
    'Servicio (código)',
    'Fecha',
    'Cantidad facturada',
    'Cantidad aprobada',
    'Plan pagó',
    'Usted podría deber',
    'Ver nota',
  ],
  rows: [
    [
      'Quimiodenervación de músculos del nervio facial, unilateral ({64612})',
      '14/04/2025',
      '$780.00',
      '$196.44',
      '$161.44',
      '$35.00',
      'A',
    ],
    ['Toxina onabotulínica A, 50 unidades (J0585)', '14/04/2025', '$566.00', '$231.44', '$231.44', '$0.00', 'B'],
    ['Visita de seguimiento ({99213})', '14/04/2025', '$180.00', '$0.00', '$0.00', '$0.00', 'C'],
    ['Guía por EMG para quimiodenervación ({95874})', '14/04/2025', '$0.00', '$0.00', '$0.00', '$0.00', 'D'],
  ],
});

// ── 10. MA EOB: notas ──
const eobNotas = lines({
  id: 's153-eobnotas',
  kind: 's153-ma-eob-notas-explicativas',
  before: 'Notas sobre sus reclamaciones',
  text: [
    'A  Su copago de especialista es $35. El servicio {64612} fue preautorizado (autorización [64632]).',
    'B  El medicamento administrado en la oficina se paga bajo la Parte B de su plan; no tiene coaseguro.',
    'C  La visita del mismo día del procedimiento {64612} está incluida en el pago del procedimiento.',
    'D  El código {95874} no fue facturado por separado. Código de nota interna [30143].',
    'Reclamación 2510488213 procesada el 22/04/2025. Si cree que hay un error, llame al 1-866-555-0180.',
  ].join('\n'),
});

// ── 11. MA EOB: sus derechos de apelación y contacto (decoy heavy) ──
const eobDerechos = lines({
  id: 's153-eobderechos',
  kind: 's153-ma-eob-derechos-apelacion-contacto',
  before: 'Cómo presentar una apelación',
  text: [
    'Tiene 65 días desde la fecha de este aviso para pedir una apelación (reconsideración).',
    'Escriba a: MediCaribe Advantage, Departamento de Apelaciones, PO Box [11320], San Juan, PR [00922]-1320',
    'Incluya su número de miembro y el número de reclamación 2510488213. Formulario MCA-AP-[40093].',
    'Oficina central: 1510 Ave. F.D. Roosevelt, Guaynabo, PR [00968]. Horario: lunes a viernes 8:00 a.m. a 8:00 p.m.',
    'H4003_EOB_SP_[50043]_M Aprobado',
  ].join('\n'),
});

// ── 12. Practice: agenda del día (scheduling screen) ──
const agenda = table({
  id: 's153-agenda',
  kind: 's153-practica-agenda-citas-dia',
  caption: 'Agenda — lunes 14 de abril de 2025 — Dr. R. Irizarry Soto — Sala 2',
  headers: ['Hora', 'Paciente', 'Núm. expediente', 'Plan', 'Motivo / procedimiento', 'Estado'],
  rows: [
    [
      '8:00',
      'Figueroa Vega, Carmen L.',
      '[20463]',
      'MediCaribe Adv.',
      'Botox espasmo hemifacial {64612} RT + J0585',
      'Llegó',
    ],
    ['8:40', 'Maldonado Cruz, José A.', '[18225]', 'Vital', 'Pre-op neuroplastia ciático {64712}', 'Confirmada'],
    ['9:20', 'Torres Santiago, Luis R.', '[19307]', 'Vital', 'Discutir denegación {64714}', 'Confirmada'],
    ['10:00', 'Rivera Otero, Ana', '[20040]', 'Triple-S Adv.', 'Bloqueo ciático {64445} bajo US', 'Pendiente'],
    ['10:40', 'Colón Méndez, Gilberto', '[17559]', 'Vital', 'Neuroma de Morton {64632} 2da sesión', 'Cancelada'],
  ],
});

// ── 13. Practice: captura de cargos (charge entry screen) ──
const cargos = lines({
  id: 's153-cargos',
  kind: 's153-practica-captura-cargos-screen',
  before: 'Captura de cargos — Encuentro [ENC-2025-0414-02]',
  text: [
    'Paciente: Figueroa Vega, Carmen L.  Expediente: [20463]  Cuenta: [61327]  Plan: MediCaribe Advantage',
    'Línea 1  CPT: {64612}  Mod: RT  Unid: 1  Dx: G51.3  Cargo: $780.00',
    'Línea 2  HCPCS: J0585  Mod: JW  Unid: 0   Línea 3  HCPCS: J0585  Unid: 50  Cargo: $566.00',
    'Línea 4  CPT: {95874}  Unid: 1  Cargo: $0.00  (no facturable, solo registro)',
    'Autorización: [64632]   Referido: no requerido (MA HMO con especialista en red)   Lote: C[64612]A7',
    'Total cargos: $1,346.00   Guardado por: ymarrero   Lote de facturación: [30097]',
  ].join('\n'),
});

// ── 14. Practice: hoja de servicios / superbill (printed form, text layer) ──
const superbill = lines({
  id: 's153-superbill',
  kind: 's153-practica-hoja-servicios-superbill-texto',
  before: 'CENTRO DE NERVIO PERIFÉRICO DE SANTURCE — HOJA DE SERVICIOS (SUPERBILL)',
  text: [
    'Ave. Ponce de León 1452, Suite 301, San Juan, PR [00907]   Tel. (787) 555-0133   NPI grupo 1861543210',
    'PROCEDIMIENTOS DE NERVIO PERIFÉRICO                    BLOQUEOS / INYECCIONES',
    '[ ] {64704} Neuroplastia, nervio de mano/pie            [x] {64445} Bloqueo nervio ciático, única',
    '[x] {64712} Neuroplastia, nervio ciático                [ ] {64447} Bloqueo nervio femoral, única',
    '[ ] {64713} Neuroplastia, plexo braquial                [ ] {64450} Otro nervio periférico',
    '[ ] {64714} Neuroplastia, plexo lumbar                  [ ] {64455} Nervio digital plantar',
    '[ ] {64632} Destrucción neurolítica, nervio digital plantar   [ ] {64612} Quimiodenervación, nervio facial',
    '[ ] {64615} Quimiodenervación, migraña crónica          [x] {76942} Guía por ultrasonido',
    'VISITAS: [ ] {99203} [ ] {99204} [ ] {99213} [x] {99214}      DIAGNÓSTICOS: G57.02, S74.02XA',
    'Paciente: Maldonado Cruz, J.   Expediente [18225]   Próxima cita: 6 semanas   Hoja núm. [51894]',
  ].join('\n'),
});

// ── 15. Practice: estado de cuenta del paciente (ledger screen) ──
const ledger = table({
  id: 's153-ledger',
  kind: 's153-practica-estado-cuenta-paciente-ledger',
  caption: 'Estado de cuenta — Figueroa Vega, Carmen L. — Cuenta 61327',
  headers: ['Fecha', 'Descripción', 'Código', 'Cargo', 'Pago/Ajuste', 'Balance'],
  rows: [
    ['13/01/2025', 'Quimiodenervación facial RT', '{64612}', '780.00', '', '780.00'],
    ['27/01/2025', 'Pago MediCaribe — ERA [52760]', '{64612}', '', '-161.44', '618.56'],
    ['27/01/2025', 'Ajuste contractual CO-45', '{64612}', '', '-583.56', '35.00'],
    ['03/02/2025', 'Pago paciente ATH Móvil ref. [10112]', '', '', '-35.00', '0.00'],
    ['14/04/2025', 'Quimiodenervación facial RT', '{64612}', '780.00', '', '780.00'],
  ],
});

// ── 16. Practice: validación de reclamación (claim scrubber edits) ──
const scrubber = lines({
  id: 's153-scrubber',
  kind: 's153-practica-validacion-reclamacion-edits',
  before: 'Validador de reclamaciones — Lote 30097 — 3 advertencias',
  text: [
    'ADV [10097] NCCI: {64445} es componente de {64712} en la misma fecha; añada modificador 59/XU si es distinto.',
    'ADV [10120] Plan Vital requiere núm. de preautorización para {64712} (campo 23 / REF*G1). Encontrado: [71206].',
    'INFO [10133] {76942} con {64445}: verificar que el informe documente la imagen guardada.',
    'OK  Dirección del facturador San Juan PR [00907]-2213 válida; NPI 1861543210 válido; Taxonomía 2084N0400X',
  ].join('\n'),
});

// ── 17. Practice: X12 837P vista de segmentos ──
const x837 = lines({
  id: 's153-x837',
  kind: 's153-practica-x12-837p-segmentos-vista',
  before: 'Archivo 837P enviado — Control 64714 — Salud Insular Vital',
  text: [
    'ISA*00*          *00*          *ZZ*CNPS[41877]      *ZZ*SIVITAL        *250410*1422*^*[00501]*000064714*0*P*:~',
    'NM1*85*2*CENTRO DE NERVIO PERIFERICO DE SANTURCE*****XX*1861543210~',
    'N3*1452 AVE PONCE DE LEON STE 301~',
    'N4*SAN JUAN*PR*[00907]~',
    'CLM*CNPS25-0409-1*3645***22:B:1*Y*A*Y*Y~',
    'REF*G1*[71206]~',
    'SV1*HC:{64712}:LT*2850*UN*1***1~',
    'SV1*HC:{64445}:LT:59*450*UN*1***1~',
    'SV1*HC:{76942}:26*180*UN*1***1~',
    'SV1*HC:{99214}:57*165*UN*1***1~',
    'SE*38*[64712]~',
  ].join('\n'),
});

// ── 18. Practice: X12 835 (remesa electrónica) vista ──
const x835 = lines({
  id: 's153-x835',
  kind: 's153-practica-x12-835-remesa-segmentos',
  before: 'ERA 835 — Pagador SALUD INSULAR VITAL — EFT 0000719334',
  text: [
    'N1*PR*SALUD INSULAR VITAL~N4*SAN JUAN*PR*[00936]~',
    'N1*PE*CENTRO DE NERVIO PERIFERICO DE SANTURCE*XX*1861543210~N4*SAN JUAN*PR*[00907]~',
    'CLP*CNPS25-0312-1*1*620*112.55**MC*2025078-[00521]~',
    'SVC*HC:{64632}:LT*620*112.55**1~DTM*472*20250312~CAS*CO*45*507.45~',
    'CLP*CNPS25-0122-1*1*630*78.4**MC*2025071-[00342]~',
    'SVC*HC:{64445}:LT*450*78.4**1~CAS*CO*45*371.6~',
    'SVC*HC:{76942}:26*180*0**1~CAS*CO*97*180~LQ*HE*M15~',
    'REF*PQ*[41877]~REF*TJ*660555432~',
    'PLB*1861543210*20251231*WO:[12397]*-12.5~',
  ].join('\n'),
});

// ── 19. Practice: aviso de remesa legible (human-readable ERA) ──
const remesa = table({
  id: 's153-remesa',
  kind: 's153-practica-aviso-remesa-legible',
  caption: 'Aviso de remesa — Salud Insular Vital — Cheque/EFT 0000719334 — Total pagado $191.00',
  headers: ['Paciente', 'Reclamación', 'Serv.', 'Código', 'Facturado', 'Permitido', 'Pagado', 'CARC/RARC'],
  rows: [
    ['MALDONADO CRUZ, J', '2025078-[00521]', '12/03', '{64632}', '620.00', '112.55', '112.55', 'CO-45'],
    ['MALDONADO CRUZ, J', '2025071-[00342]', '22/01', '{64445}', '450.00', '78.40', '78.40', 'CO-45'],
    ['MALDONADO CRUZ, J', '2025071-[00342]', '22/01', '{76942}', '180.00', '0.00', '0.00', 'CO-97 M15'],
    ['Ajuste a nivel de proveedor', 'WO [12397]', '', '', '', '', '-12.50', 'PLB WO'],
  ],
});

// ── 20. Practice: lista de trabajo de denegaciones ──
const denegaciones = table({
  id: 's153-denegaciones',
  kind: 's153-practica-lista-trabajo-denegaciones',
  caption: 'Cola de denegaciones — asignadas a: ymarrero — 4 abiertas',
  headers: ['Reclamación', 'Paciente', 'Pagador', 'CPT', 'Razón', 'Días', 'Acción'],
  rows: [
    ['2025101-[00878]', 'Torres Santiago, L', 'Vital', '{64714}', 'CO-197 falta preautorización', '12', 'Apelar'],
    ['[21907]', 'Rivera Otero, A', 'Triple-S Adv.', '{64445}', 'CO-4 modificador inconsistente', '5', 'Corregir'],
    ['2510488213', 'Figueroa Vega, C', 'MediCaribe', '{99213}', 'CO-97 incluido en {64612}', '3', 'Cerrar'],
    ['[64445]', 'Colón Méndez, G', 'Vital', '{64718}', 'CO-50 no médicamente necesario', '21', 'Peer to peer'],
  ],
});

// ── 21. Practice: tarifario (fee schedule comparison) ──
const tarifario = table({
  id: 's153-tarifario',
  kind: 's153-practica-tarifario-comparativo-planes',
  caption: 'Tarifario 2025 — Cargos del centro vs. tarifas contratadas',
  headers: ['CPT', 'Descripción', 'Cargo', 'Vital (Medicaid)', 'MediCaribe Adv.', 'Triple-S Adv.'],
  rows: [
    ['{64445}', 'Bloqueo ciático, única', '$450.00', '$78.40', '$101.12', '$98.66'],
    ['{64455}', 'Nervio digital plantar, inyección', '$210.00', '$38.10', '$52.90', '$50.75'],
    ['{64612}', 'Quimiodenervación, nervio facial', '$780.00', '$150.20', '$196.44', '$190.31'],
    ['{64632}', 'Destrucción neurolítica, digital plantar', '$620.00', '$112.55', '$138.70', '$135.02'],
    ['{64712}', 'Neuroplastia, nervio ciático', '$2,850.00', '$612.30', '$771.85', '$748.20'],
    ['{64714}', 'Neuroplastia, plexo lumbar', '$3,100.00', '$655.10', '$824.40', '$801.90'],
  ],
});

// ── 22. Provider manual chapter: preautorizaciones (prose) ──
const manualPA = lines({
  id: 's153-manualpa',
  kind: 's153-manual-proveedores-capitulo-preautorizacion-prosa',
  before: 'Manual del Proveedor 2025 — Capítulo 9: Servicios que requieren preautorización',
  text: [
    '9.4 Procedimientos de nervios periféricos. Toda neuroplastia de nervio mayor ({64712}, {64713}, {64714})',
    'requiere preautorización y evidencia de tratamiento conservador de al menos seis (6) semanas.',
    'Los bloqueos diagnósticos de inyección única ({64445}, {64447}, {64450}) no requieren preautorización',
    'cuando se realizan en la oficina (POS 11). Para el neuroma de Morton, la destrucción neurolítica {64632}',
    'se autoriza después de dos inyecciones {64455} sin alivio sostenido, hasta un máximo de 4 por año.',
    '9.5 Quimiodenervación. El código {64612} requiere preautorización anual; la toxina se factura con J0585.',
    'Los formularios de esta sección están en el Anejo 9-B (formulario SIV-PA-[40102]).',
  ].join('\n'),
});

// ── 23. Provider manual: tabla de códigos que requieren PA ──
const manualTabla = table({
  id: 's153-manualtabla',
  kind: 's153-manual-proveedores-tabla-codigos-pa',
  caption: 'Tabla 9-3. Códigos de nervios periféricos y requisitos (efectiva 1 de julio de 2024)',
  headers: ['Código', 'Descripción corta', 'PA', 'Límite', 'Cubierta'],
  rows: [
    ['{64445}', 'N block inj sciatic sng', 'No (POS 11) / Sí (POS 22)', '3 por año', 'Básica'],
    ['{64455}', 'N block inj plantar digit', 'No', '2 por pie por año', 'Básica'],
    ['{64612}', 'Destroy nerve face muscle', 'Sí, anual', '4 por año', 'Básica'],
    ['{64632}', 'N block inj common digit', 'Sí', '4 por año', 'Básica'],
    ['{64712}', 'Revise sciatic nerve', 'Sí', '1 por lado', 'Básica'],
    ['{64714}', 'Revise lumbar plexus', 'Sí', '1 por lado', 'Básica'],
  ],
});

// ── 24. Provider manual: guías de facturación y modificadores ──
const manualFact = lines({
  id: 's153-manualfact',
  kind: 's153-manual-proveedores-guias-facturacion',
  before: 'Capítulo 12: Facturación de servicios profesionales',
  text: [
    '12.7 Lateralidad. Use RT/LT en {64712}, {64714}, {64632} y {64445}. El modificador 50 no se acepta;',
    'facture dos líneas, por ejemplo: línea 1 {64632}-RT, línea 2 {64632}-LT.',
    '12.8 Ejemplo de reclamación CMS-1500 (campo 24D): {64712} LT | 1 unidad | $2,850.00 — escribir {64712}',
    'sin guiones ni espacios. Las reclamaciones en papel se envían al PO Box [70016], San Juan PR [00936].',
    '12.9 Códigos no listados ({64999}) requieren informe operatorio y carta de necesidad médica.',
    'Plazo de facturación: 90 días desde la fecha de servicio. Reclamaciones electrónicas: Payer ID [66918].',
  ].join('\n'),
});

// ── 25. Provider manual: directorio de contactos (decoy heavy) ──
const manualDir = table({
  id: 's153-manualdir',
  kind: 's153-manual-proveedores-directorio-contactos',
  caption: 'Anejo 1. Directorio',
  headers: ['Unidad', 'Teléfono', 'Fax', 'Dirección postal'],
  rows: [
    ['Servicios al Proveedor', '1-800-555-0147 opción 3', '(787) 555-0190', 'PO Box [70130], San Juan PR [00936]-8130'],
    ['Preautorizaciones', '1-800-555-0147 opción 4', '(787) 555-0191', 'PO Box [70130], San Juan PR [00936]-8130'],
    ['Reclamaciones en papel', '—', '—', 'PO Box [70016], San Juan PR [00936]-8016'],
    ['Oficina regional Arecibo', '(787) 555-0148', '(787) 555-0149', 'Carr. 2 km 80.5, Arecibo PR [00612]'],
    ['Oficina regional Caguas', '(787) 555-0150', '(787) 555-0151', 'Ave. Rafael Cordero 200, Caguas PR [00727]'],
    ['Oficina regional Humacao', '(787) 555-0152', '(787) 555-0153', 'Calle Font Martelo 45, Humacao PR [00791]'],
  ],
});

// ── 26. Bilingual patient estimate (Estimado de costo / Good Faith Estimate) ──
const estimado = lines({
  id: 's153-estimado',
  kind: 's153-estimado-paciente-bilingue-texto',
  before: 'ESTIMADO DE BUENA FE / GOOD FAITH ESTIMATE',
  text: [
    'Paciente / Patient: Ana Rivera Otero   Fecha del estimado / Estimate date: 07/04/2025   Núm. [30053]',
    'Servicio programado / Scheduled service: Bloqueo del nervio ciático guiado por ultrasonido /',
    'Ultrasound-guided sciatic nerve block — CPT {64445} + {76942}, 10/04/2025',
    'Cargo total / Total charge: $630.00   Su plan / Your plan: Triple-S Advantage, copago / copay $35.00',
    'Si se decide neuroplastia / If neuroplasty is needed: CPT {64712}, estimado $2,850.00 (preautorización requerida / prior auth required)',
    'Este estimado es válido por 12 meses / This estimate is valid for 12 months. Disputa / Dispute: Ref. [64632]',
  ].join('\n'),
});

// ── 27. Bilingual estimate: tabla de partidas ──
const estimadoTabla = table({
  id: 's153-estimadotabla',
  kind: 's153-estimado-paciente-bilingue-partidas',
  caption: 'Partidas estimadas / Itemized estimate — Rivera Otero, Ana',
  headers: [
    'Código / Code',
    'Descripción / Description',
    'Cargo / Charge',
    'Plan paga / Plan pays',
    'Usted paga / You pay',
  ],
  rows: [
    ['{64445}', 'Bloqueo ciático / Sciatic nerve block', '$450.00', '$63.66', '$35.00'],
    ['{76942}', 'Guía por ultrasonido / Ultrasound guidance', '$180.00', '$28.10', '$0.00'],
    ['{99213}', 'Visita / Office visit', '$120.00', '$0.00', '$0.00'],
    ['Total', 'Núm. de proveedor / Provider no. [41877]', '$750.00', '$91.76', '$35.00'],
  ],
});

// ── 28. WhatsApp-style chat between billing office and patient ──
const chat = lines({
  id: 's153-chat',
  kind: 's153-chat-whatsapp-facturacion-paciente',
  before: 'WhatsApp Business — Centro Nervio Periférico (Facturación)',
  text: [
    '[14/4 10:12] Facturación CNPS: Buenos días Sr. Maldonado 👋 le escribe Yesenia de facturación.',
    '[14/4 10:12] Facturación CNPS: Vital aprobó la cirugía del 9 de abril, caso PA-[71206], código {64712}.',
    '[14/4 10:15] José Maldonado: gracias!! y el bloqueo ese {64445} lo tengo que pagar yo?',
    '[14/4 10:16] Facturación CNPS: No, el {64445} va incluido, Vital no cobra copago. Usted paga $0 🙂',
    '[14/4 10:18] José Maldonado: ok. me llegó una carta que dice ref [64445] que es eso',
    '[14/4 10:20] Facturación CNPS: Esa es la referencia de la carta de Vital, no es un cobro.',
    '[14/4 10:21] José Maldonado: y el pie? lo del neuroma {64632}',
    '[14/4 10:23] Facturación CNPS: El {64632} del 12 de marzo ya está pagado, reclamación 2025078-[00521]. Balance $0.',
    '[14/4 10:24] José Maldonado: 👍 mi zip nuevo es [00961] me mude a Bayamón Gardens',
    '[14/4 10:25] Facturación CNPS: Anotado. ¿El teléfono sigue siendo el mismo? Su expediente es el [18225].',
    '[14/4 10:27] José Maldonado: si. el numero de miembro termina en [13307] x si acaso',
    '[14/4 10:28] Facturación CNPS: Gracias. La próxima cita pre-op es el lunes 8:40 a.m. 📅',
  ].join('\n'),
});

// ── 29. Email from practice to plan (provider relations) ──
const correo = lines({
  id: 's153-correo',
  kind: 's153-correo-practica-a-relaciones-proveedores',
  before: 'De: facturacion@cnps-santurce.example  Para: relacionesproveedores@siv.example',
  text: [
    'Asunto: Reclamación 2025101-[00878] denegada CO-197 — caso PA-[71341] — Torres Santiago',
    'Saludos Sra. Quiñones: La reclamación del 15/04/2025 por neuroplastia del plexo lumbar (CPT {64714}-RT)',
    'fue denegada por falta de preautorización, pero el caso PA-[71341] estaba pendiente y luego se aprobó',
    'retroactivo el 22/04/2025 con núm. [72015]. Solicitamos reprocesar. Adjunto carta y notas de terapia ({97110}).',
    'Número de proveedor [41877], Grupo PMG [30108]. Ticket del portal #[64714].',
    'Yesenia Marrero, CPC — Centro de Nervio Periférico de Santurce — (787) 555-0133 ext. 214',
  ].join('\n'),
});

// ── 30. Informe operatorio (op note) ──
const opNote = lines({
  id: 's153-opnote',
  kind: 's153-informe-operatorio-texto',
  before: 'HOSPITAL AUXILIO COMUNITARIO — INFORME OPERATORIO',
  text: [
    'Paciente: Maldonado Cruz, José A.   Expediente hospital [58162]   Fecha: 09/04/2025   Sala: 4',
    'Diagnóstico pre y postoperatorio: Neuropatía por atrapamiento del nervio ciático izquierdo (G57.02).',
    'Procedimientos: 1. Neuroplastia abierta del nervio ciático izquierdo ({64712}-LT).',
    '2. Bloqueo del nervio ciático izquierdo guiado por ultrasonido para analgesia postoperatoria ({64445}, {76942}),',
    'realizado por anestesiología, Dra. Marisol Vélez.',
    'Hallazgos: tejido cicatricial denso alrededor del nervio a nivel del piriforme. Pérdida de sangre: 50 ml.',
    'Preautorización PA-[71206]. Dictado por R. Irizarry Soto, MD, lic. [17322]. Transcripción [33870]. Caso quirúrgico [33871].',
  ].join('\n'),
});

// ── 31. Referido del PCP (Medicaid referral form) ──
const referido = lines({
  id: 's153-referido',
  kind: 's153-mco-referido-pcp-especialista-form',
  before: 'FORMULARIO DE REFERIDO — Plan Vital',
  text: [
    'Referido núm.: RF-[30118]   PMG: Grupo Médico Río Hondo [30108]   PCP: Dra. Nilda Ocasio, lic. [12482]',
    'Paciente: José A. Maldonado Cruz   MCO ID VIT0048213307   Bayamón PR [00956]',
    'Referido a: Dr. Rafael Irizarry Soto, Neurocirugía, Centro de Nervio Periférico de Santurce, proveedor [41877]',
    'Servicios: evaluación y tratamiento; posible bloqueo diagnóstico ({64445}) y neuroplastia ({64712}).',
    'Visitas autorizadas: 4   Vigencia: 03/03/2025 – 03/06/2025   Firma del PCP: ______',
  ].join('\n'),
});

// ── 32. FHIR ExplanationOfBenefit JSON (plan's Patient Access API view) ──
const fhir = lines({
  id: 's153-fhir',
  kind: 's153-ma-fhir-explanationofbenefit-json',
  before: 'GET /fhir/R4/ExplanationOfBenefit?patient=MCA1100472981',
  text: [
    '{ "resourceType": "ExplanationOfBenefit", "id": "eob-2510488213", "status": "active",',
    '  "identifier": [{ "system": "https://medicaribe.example/claim", "value": "2510488213" }],',
    '  "insurer": { "display": "MediCaribe Advantage" }, "preAuthRef": ["[64632]"],',
    '  "item": [{ "sequence": 1, "productOrService": { "coding": [{ "system": "http://www.ama-assn.org/go/cpt",',
    '      "code": "{64612}", "display": "Quimiodenervación nervio facial" }] }, "modifier": [{ "text": "RT" }],',
    '    "servicedDate": "2025-04-14", "locationAddress": { "city": "San Juan", "postalCode": "[00907]" },',
    '    "adjudication": [{ "category": { "text": "copay" }, "amount": { "value": 35.00, "currency": "USD" } }] },',
    '   { "sequence": 4, "productOrService": { "coding": [{ "code": "{95874}" }] } }],',
    '  "payee": { "party": { "identifier": { "value": "[41877]" } } } }',
  ].join('\n'),
});

// ── 33. Practice: exportación CSV de reclamaciones ──
const csvExport = lines({
  id: 's153-csv',
  kind: 's153-practica-exportacion-csv-reclamaciones',
  before: 'reclamaciones_T1_2025.csv',
  text: [
    'num_reclamacion,fecha_servicio,expediente,pagador,cpt,mod,unidades,cargo,pagado,zip_paciente',
    'CNPS25-0122-1,2025-01-22,[18225],VITAL,{64445},LT,1,450.00,78.40,[00956]',
    'CNPS25-0113-3,2025-01-13,[20463],MEDICARIBE,{64612},RT,1,780.00,161.44,[00969]',
    'CNPS25-0312-1,2025-03-12,[18225],VITAL,{64632},LT,1,620.00,112.55,[00956]',
    'CNPS25-0409-1,2025-04-09,[18225],VITAL,{64712},LT,1,2850.00,0.00,[00956]',
    'CNPS25-0414-2,2025-04-14,[20463],MEDICARIBE,{64612},RT,1,780.00,161.44,[00969]',
    'CNPS25-0415-1,2025-04-15,[19307],VITAL,{64714},RT,1,3100.00,0.00,[00719]',
    '# total cargo T1: [15036].00; total pagado: 825.27; generado por usuario [30092]',
  ].join('\n'),
});

// ── 34. Portal: mensajes seguros (inbox) ──
const mensajes = table({
  id: 's153-mensajes',
  kind: 's153-portal-mco-buzon-mensajes-seguros',
  caption: 'Buzón de mensajes — Proveedor 41877',
  headers: ['Fecha', 'De', 'Asunto', 'Ref.'],
  rows: [
    ['22/04/2025', 'Unidad de Preautorizaciones', 'Caso PA-[71341] aprobado retroactivo para {64714}', '[72015]'],
    ['15/04/2025', 'Relaciones con Proveedores', 'Carta circular [40114]: cambios a {64632} y {64455}', 'CC-2025-07'],
    ['02/04/2025', 'Unidad de Preautorizaciones', 'Denegación PA-[71341] ({64714}) — información adicional', '[71341]'],
    ['11/03/2025', 'Unidad de Preautorizaciones', 'Aprobación PA-[71206] ({64712}, {64445})', '[71206]'],
  ],
});

// ── 35. Formulario de apelación (provider appeal form) ──
const apelacion = lines({
  id: 's153-apelacion',
  kind: 's153-mco-formulario-apelacion-proveedor',
  before: 'SOLICITUD DE RECONSIDERACIÓN / APELACIÓN DEL PROVEEDOR — SIV-AP-01',
  text: [
    '1. Núm. de reclamación: 2025101-[00878]   2. Núm. de proveedor: [41877]   3. PMG: [30108]',
    '4. Beneficiario: Luis R. Torres Santiago   5. Fecha de servicio: 15/04/2025   6. Facturado: $3,100.00',
    '7. Código(s) en disputa: {64714}-RT   8. Código de denegación: CO-197',
    '9. Razón: La autorización [72015] fue emitida retroactivamente el 22/04/2025 para {64714}.',
    '10. Documentos incluidos: carta de aprobación, informe operatorio, NCS ({95910}) y EMG ({95886}).',
    'Enviar a: Unidad de Querellas y Apelaciones, PO Box [70130], San Juan PR [00936]-8130',
  ].join('\n'),
});

// ── 36. Registro de llamadas al plan (call log) ──
const llamadas = table({
  id: 's153-llamadas',
  kind: 's153-practica-registro-llamadas-plan',
  caption: 'Registro de llamadas — Torres Santiago, Luis R. — Exp. 19307',
  headers: ['Fecha', 'Con', 'Núm. de llamada', 'Nota'],
  rows: [
    ['16/04/2025', 'Vital – Reclamaciones (Iris)', '[48213]', 'Denegada {64714} CO-197; caso PA aún pendiente'],
    [
      '22/04/2025',
      'Vital – Preautorizaciones (Edwin)',
      '[48990]',
      'Aprobado retro, auth [72015], incluye {64714} y {64445}',
    ],
    ['23/04/2025', 'Vital – Reclamaciones (Iris)', '[49102]', 'Enviar reconsideración; ref. de apelación [64612]'],
  ],
});

// ── 37. Factura al paciente (patient statement, MA patient) ──
const factura = lines({
  id: 's153-factura',
  kind: 's153-practica-factura-paciente-estado-mensual',
  before: 'CENTRO DE NERVIO PERIFÉRICO DE SANTURCE — ESTADO DE CUENTA',
  text: [
    'Carmen L. Figueroa Vega · Calle Los Pinos 87 · Guaynabo PR [00969]   Cuenta: [61327]   Fecha: 01/05/2025',
    'Factura núm. [64712]',
    '14/04/2025  Quimiodenervación facial derecha ({64612})         $780.00',
    '14/04/2025  Pago de MediCaribe Advantage                      -$161.44',
    '14/04/2025  Ajuste del plan                                   -$583.56',
    'Balance a pagar (copago): $35.00   Pague con ATH Móvil /CNPSanturce o en línea, código de pago [20013]',
    'Remita a: PO Box [11951], San Juan PR [00910]-1951',
  ].join('\n'),
});

// ── 38. Recibo de pago ATH Móvil ──
const recibo = lines({
  id: 's153-recibo',
  kind: 's153-recibo-pago-ath-movil',
  before: 'ATH Móvil — Pago completado',
  text: [
    'Pagaste $35.00 a CNPSanturce   Mensaje: copago botox abril   Fecha: 05/05/2025 7:41 p.m.',
    'Núm. de referencia: 250505194140017',
    'Referencia del comercio: [40017]   Cuenta del paciente: [61327]   Factura: [64712]',
  ].join('\n'),
});

// ── 39. Carta circular del plan a proveedores ──
const cartaCircular = lines({
  id: 's153-cartacircular',
  kind: 's153-mco-carta-circular-proveedores',
  before: 'CARTA CIRCULAR CC-2025-07 — A: Todos los proveedores participantes',
  text: [
    'Carta circular núm. [40114] — 15 de abril de 2025 — Asunto: Cambios a la política MP-[10147]',
    'Efectivo el 1 de junio de 2025, la destrucción neurolítica del nervio digital plantar (CPT {64632})',
    'se limitará a 4 sesiones por pie por año, y requerirá documentar dos inyecciones previas (CPT {64455}).',
    'Las neuroplastias {64712} y {64714} continúan requiriendo preautorización; {64713} se añade a la lista.',
    'La quimiodenervación {64612} y {64615} mantiene la preautorización anual.',
    'Para preguntas: Relaciones con Proveedores, 1-800-555-0147, o escriba al PO Box [70130], San Juan PR [00936].',
  ].join('\n'),
});

// ── 40. MA plan: resumen de beneficios (copagos por servicio) ──
const resumenBen = table({
  id: 's153-resumenben',
  kind: 's153-ma-resumen-beneficios-copagos',
  caption: 'Resumen de Beneficios 2025 — MediCaribe Advantage Platino (HMO) H4003-01517',
  headers: ['Servicio', 'Ejemplos', 'Copago en red', 'Requiere autorización'],
  rows: [
    ['Visita a especialista', 'Neurología, neurocirugía', '$35', 'No (referido no requerido)'],
    ['Procedimientos en oficina', 'Quimiodenervación {64612}, bloqueos {64445}', '$35', 'Sí para {64612}'],
    ['Cirugía ambulatoria', 'Neuroplastia {64712}, {64714}', '$150', 'Sí'],
    ['Servicios de diagnóstico', 'EMG/NCS {95886}, {95910}', '$0', 'No'],
    ['Documento', 'H4003_SB25_SP_[50043]', '', ''],
  ],
});

// ── 41. MA plan: herramienta de búsqueda de requisitos por código ──
const buscador = lines({
  id: 's153-buscador',
  kind: 's153-ma-herramienta-busqueda-requisitos-codigo',
  before: 'MediCaribe Advantage — ¿Requiere autorización? Ingrese el código CPT o HCPCS',
  text: [
    'Código: {64632}   Resultado: Requiere autorización previa. Lugar de servicio: oficina u hospital ambulatorio.',
    'Código: {64445}   Resultado: No requiere autorización en oficina (POS 11). Sí en POS 22/24.',
    'Código: {64714}   Resultado: Requiere autorización previa; revisión por NIA. Política MC-[30065].',
    'Código: {64612}     Resultado: Requiere autorización previa anual. Ver: {64612} con J0585/J0586/J0587.',
    'Consultas hoy: 12 de 500 · ID de consulta [64445] · Sesión [70068]',
  ].join('\n'),
});

// ── 42. Medicaid portal: historial de pagos (EFT / cheques) ──
const historialPagos = table({
  id: 's153-historialpagos',
  kind: 's153-portal-mco-historial-pagos-eft',
  caption: 'Historial de pagos — Proveedor 41877 — Año fiscal 2024-2025',
  headers: ['Fecha de pago', 'EFT / Cheque', 'Reclamaciones', 'Monto', 'Remesa', 'Cuenta bancaria'],
  rows: [
    ['28/01/2025', 'EFT 0000698812', '4', '$1,284.60', '[52760]', '****[27718]'],
    ['11/02/2025', 'Cheque [31874]', '2', '$412.90', '[53118]', 'Correo postal'],
    ['25/03/2025', 'EFT 0000719334', '2', '$191.00', '[54402]', '****[27718]'],
    ['08/04/2025', 'EFT 0000723051', '6', '$2,046.35', '[55017]', '****[27718]'],
    ['22/04/2025', 'EFT 0000731876', '5', '$1,118.42', '[55893]', '****[27718]'],
  ],
});

// ── 43. Practice: reporte de producción por código CPT ──
const produccion = table({
  id: 's153-produccion',
  kind: 's153-practica-reporte-produccion-por-cpt',
  caption: 'Reporte de producción por código — enero a abril 2025 — todos los planes',
  headers: ['CPT', 'Descripción', 'Casos', 'Cargos', 'Cobrado', '% cobro'],
  rows: [
    ['{64445}', 'Bloqueo ciático, única', '38', '$17,100.00', '$3,412.77', '20%'],
    ['{64455}', 'Nervio digital plantar', '22', '$4,620.00', '$1,001.30', '22%'],
    ['{64612}', 'Quimiodenervación facial', '31', '$24,180.00', '$5,598.20', '23%'],
    ['{64632}', 'Destrucción neurolítica plantar', '17', '$10,540.00', '$2,085.40', '20%'],
    ['{64712}', 'Neuroplastia ciático', '6', '$17,100.00', '$3,702.10', '22%'],
    ['{64714}', 'Neuroplastia plexo lumbar', '3', '$9,300.00', '$1,310.20', '14%'],
    ['{64718}', 'Neuroplastia cubital en el codo', '9', '$19,350.00', '$4,210.65', '22%'],
    ['Total', 'Reporte [36402] generado por ymarrero', '126', '$102,190.00', '$21,320.62', '21%'],
  ],
});

// ── 44. Hospital: hoja de cargos de facilidad (chargemaster lines, UB-04 view) ──
const ub04 = table({
  id: 's153-ub04',
  kind: 's153-hospital-cargos-facilidad-ub04-lineas',
  caption: 'Hospital Auxilio Comunitario — Cuenta 58162 — Maldonado Cruz, José A. — Tipo de factura 0131',
  headers: ['Rev. code', 'Descripción', 'HCPCS/CPT', 'Fecha', 'Unid.', 'Cargo', 'Núm. CDM'],
  rows: [
    ['0360', 'Sala de operaciones, 1ra hora', '{64712} LT', '09/04/2025', '1', '$9,850.00', '[40880]'],
    ['0370', 'Anestesia', '', '09/04/2025', '1', '$1,420.00', '[44610]'],
    ['0402', 'Ultrasonido, guía', '{76942}', '09/04/2025', '1', '$612.00', '[62208]'],
    ['0636', 'Ropivacaína 0.5%, 30 ml', 'J2795', '09/04/2025', '150', '$96.00', '[81347]'],
    ['0710', 'Recuperación', '', '09/04/2025', '2', '$780.00', '[29915]'],
  ],
});

export const sealed153: Snippet[] = [
  ...elegibilidad,
  ...preautForm,
  ...preautStatus,
  ...reclamStatus,
  ...reclamDetalle,
  ...cartaAprob,
  ...cartaDeneg,
  ...eobHeader,
  ...eobClaims,
  ...eobNotas,
  ...eobDerechos,
  ...agenda,
  ...cargos,
  ...superbill,
  ...ledger,
  ...scrubber,
  ...x837,
  ...x835,
  ...remesa,
  ...denegaciones,
  ...tarifario,
  ...manualPA,
  ...manualTabla,
  ...manualFact,
  ...manualDir,
  ...estimado,
  ...estimadoTabla,
  ...chat,
  ...correo,
  ...opNote,
  ...referido,
  ...fhir,
  ...csvExport,
  ...mensajes,
  ...apelacion,
  ...llamadas,
  ...factura,
  ...recibo,
  ...cartaCircular,
  ...resumenBen,
  ...buscador,
  ...historialPagos,
  ...produccion,
  ...ub04,
];
