import { describe, expect, it } from 'vitest';
import { type DetectContext, detect } from '../../lib/detect';
import { KNOWN_5 } from '../corpus/known';

/**
 * Issue 11's twenty-eighth pass (sealed34: pages in the languages of US patients). Each case pairs a code with a
 * number that differs only in what the rule reads, so removing the rule fails it.
 */
const codes = (text: string, context?: DetectContext) => detect({ text, known: KNOWN_5, context }).map((m) => m.code);

describe('multilingual: code words of head-first languages', () => {
  it('reads a code word bound to the number as naming a code', () => {
    expect(codes('Motivo: no se obtuvo preautorización. El código 64445 (bloqueo) del mismo día fue pagado.')).toEqual([
      '64445',
    ]);
    expect(codes('B7 — Serviço duplicado: o código 64632 foi cobrado duas vezes na mesma data.')).toEqual(['64632']);
    expect(codes('Chào bác sĩ, bảo hiểm gửi thư nói mã 64632 chưa được duyệt.')).toEqual(['64632']);
    expect(codes('Оплата хирурга: 3 420,00 $   Анестезия (код 64445): 1 150,00 $')).toEqual(['64445']);
    expect(codes('Pwosedi: Blòk nè siatik anvan operasyon 64712 sou janm goch (LT).')).toEqual(['64712']);
    // The French article is elided: "l’acte" is "acte".
    expect(codes('Remarque : l’acte 64445 est remboursé au tarif québécois.')).toEqual(['64445']);
    expect(codes("Remarque : l'acte 64445 est remboursé au tarif québécois.")).toEqual(['64445']);
  });

  it('reads a word between the code word and the number as its qualifier, naming another field', () => {
    expect(codes('Verificar identidad: fecha de nacimiento y código postal 64445.')).toEqual([]);
    expect(codes('Nhân viên: Nguyễn Thảo (mã số nhân viên 64632) — Văn phòng tài chính')).toEqual([]);
    expect(codes('Kòd pasyan 64712 · Nimewo kont lopital: 53720')).toEqual([]);
  });

  it('reads a French elided article as no part of the word after it', () => {
    // "d’autorisation" is "autorisation", a field word: the number is the authorization's, whatever follows it.
    expect(codes('Demande d’autorisation : 64445 x2')).toEqual([]);
    expect(codes('Demande d’intervention : 64445 x2')).toEqual(['64445']);
  });
});

describe('multilingual: field words, identifier heads and breakers', () => {
  it('reads authorization, account and order words of es/pt/fr/ht as naming other fields', () => {
    // A description after the number would otherwise make it a code.
    expect(codes('N.º de autorización previa: 64445 (aprobada el 28/08/2025) — ver carta adjunta')).toEqual([]);
    expect(codes('Procedimiento previsto: 64445 (aprobado el 28/08/2025) — ver carta adjunta')).toEqual(['64445']);
    expect(codes('Kòd otorizasyon asirans lan: 64712 — ou pa bezwen fè anyen ak nimewo sa a.')).toEqual([]);
    // A header in the page's language names the column ("Conta", "Pedido"), whatever a phrase cell of the row says.
    const row = ['64612', '23/10/2025', '64445', '50', '1', '1.770,00', 'Modificador bilateral inválido'];
    const column = ['89939', '56451', '64612', '61877'];
    expect(codes('64612', { columnHeader: 'Conta', column, row })).toEqual([]);
    expect(codes('64612', { columnHeader: 'Estado', column, row })).toEqual(['64612']);
  });

  it('reads "núm." and fr "n°" as identifier heads and ru "доб." as a phone extension', () => {
    expect(codes('Carta núm. 64445 (enviada el 20/08/2025)')).toEqual([]);
    expect(codes('Ver la carta. 64445 (enviada el 20/08/2025)')).toEqual(['64445']);
    expect(codes('Correspondance avec le tarif québécois : acte n° 64445 (neurolyse, nerf périphérique)')).toEqual([]);
    expect(codes('Correspondance avec le tarif québécois : acte 64445 (neurolyse, nerf périphérique)')).toEqual([
      '64445',
    ]);
    expect(codes('Вопросы: отдел финансового консультирования, тел. (718) 555-0190, доб. 64445.')).toEqual([]);
    expect(codes('Вопросы: отдел финансового консультирования, тел. (718) 555-0190, см. 64445.')).toEqual(['64445']);
  });

  it('reads es/pt prepositions and a lower-case "a" as breakers: the word before them is no label', () => {
    expect(codes('Decisión: APROBADO PARCIALMENTE. Se aprueba 1 unidad de 64445.')).toEqual(['64445']);
    expect(codes('Decisión: APROBADO PARCIALMENTE. Se aprueba la unidad 64445.')).toEqual([]);
    expect(codes('3. Si el miembro pregunta por "64445", explique: "Es un bloqueo."')).toEqual(['64445']);
    expect(codes('3. Si el miembro pregunta "64445", explique: "Es un bloqueo."')).toEqual([]);
    expect(codes('Cita de control posterior a 64632 (incluida en el período global)')).toEqual(['64632']);
    expect(codes('Cita de control posterior 64632 (incluida en el período global)')).toEqual([]);
    // An upper-case "A" is an initial: the name before it still labels the number.
    expect(codes('Enc 71846  BERG A 64612 copay $40.00')).toEqual([]);
  });

  it('reads es/pt/fr conjunctions between numbers as a list, a note in parentheses allowed before them', () => {
    expect(codes('Reclamaciones relacionadas: 58240 y 58241 (mismo paciente, códigos 64445 y 64712).')).toEqual([
      '64445',
      '64712',
    ]);
    expect(codes('Ver reclamo 58240 y 64712.')).toEqual([]);
    expect(codes('4. Si pregunta por "64712" o "64714", son cirugías de liberación de nervio.')).toEqual([
      '64712',
      '64714',
    ]);
    // The second number of "N (note) or M" is the list's next member: it takes the first one's verdict.
    expect(codes('Cierre: código de disposición de la llamada 10695 (consulta resuelta) o 64712 (escalada).')).toEqual(
      [],
    );
    expect(codes('Disposition code 10695 (resolved) or 64712 (escalated).')).toEqual([]);
    expect(codes('Servicios: CPT 64445 (bloqueo) o 64712 (neurólisis).')).toEqual(['64445', '64712']);
  });
});

describe('multilingual: coding verbs, Chinese procedure nouns', () => {
  it('reads ht "fè" and vi "(thực) hiện" bound to the number as coding verbs', () => {
    expect(codes('Si doktè a deside pa fè 64712, n ap fè sèlman blòk la.')).toEqual(['64712']);
    expect(codes('Si doktè a deside pa sal 64712, n ap fè sèlman blòk la.')).toEqual([]);
    expect(codes('Bác sĩ sẽ thực hiện 64632 cho hai bên.')).toEqual(['64632']);
    expect(codes('Bác sĩ sẽ thực tập 64632 cho hai bên.')).toEqual([]);
  });

  it('reads a Chinese run ending in a procedure noun or "repeat" bound to the number as naming a code', () => {
    expect(codes('神经阻滞注射 64445 不需事先授权')).toEqual(['64445']);
    expect(codes('坐骨神经开放性神经松解术 64712 一次')).toEqual(['64712']);
    expect(codes('本授权不适用于其他就诊；如需重复 64712，须重新申请。')).toEqual(['64712']);
    // A run ending in a number word names an identifier ("门诊号": outpatient number).
    expect(codes('本授权不适用于门诊号 64445 以外的其他就诊')).toEqual([]);
    expect(codes('神经阻滞预约 64445 不需事先授权')).toEqual([]);
  });
});

describe('multilingual: the coding system glued to its code', () => {
  it('reads "CPT64632" as a code, a letter or another word glued before as no candidate', () => {
    expect(codes('Thư ghi: "Dịch vụ CPT64632: KHÔNG ĐƯỢC CHẤP THUẬN"')).toEqual(['64632']);
    expect(codes('CPT64632')).toEqual(['64632']);
    expect(codes('Mã lý do N64632')).toEqual([]);
    expect(codes('Ref ACPT64632')).toEqual([]);
  });
});
