import { defineCatalog } from '../define-catalog';

/** The escalation's undo window: what goes to security and the customer, and the one key that takes it back. */
export const escalation = defineCatalog(
  {
    'escalation.undo.pending': 'Escalation of {ticket} goes to security in {seconds} s{hold, select, true {, with a withdrawal hold} other {}}',
    'escalation.undo.button': 'Undo',
    'escalation.undo.announce': 'Escalated {ticket}. It goes to security in {seconds} seconds; {keys} takes it back.',
    'escalation.undo.done': 'Escalation of {ticket} taken back: nothing was sent.',
    'escalation.undo.tooLate': 'The escalation of {ticket} has already gone to security.',
    'escalation.undo.error': 'Taking back the escalation',
    'escalation.options.show': 'Reason and note…',
    'escalation.options.hide': 'Hide reason and note',
  },
  {
    es: {
      'escalation.undo.pending': 'La escalada de {ticket} va a seguridad en {seconds} s{hold, select, true {, con bloqueo de retiros} other {}}',
      'escalation.undo.button': 'Deshacer',
      'escalation.undo.announce': 'Escalado {ticket}. Va a seguridad en {seconds} segundos; {keys} lo deshace.',
      'escalation.undo.done': 'Escalada de {ticket} deshecha: no se envió nada.',
      'escalation.undo.tooLate': 'La escalada de {ticket} ya se envió a seguridad.',
      'escalation.undo.error': 'Deshaciendo la escalada',
      'escalation.options.show': 'Motivo y nota…',
      'escalation.options.hide': 'Ocultar motivo y nota',
    },
    ru: {
      'escalation.undo.pending': 'Эскалация {ticket} уйдёт в службу безопасности через {seconds} с{hold, select, true {, с блокировкой вывода} other {}}',
      'escalation.undo.button': 'Отменить',
      'escalation.undo.announce': 'Эскалация {ticket}. Уйдёт в службу безопасности через {seconds} с; {keys} — отменить.',
      'escalation.undo.done': 'Эскалация {ticket} отменена: ничего не отправлено.',
      'escalation.undo.tooLate': 'Эскалация {ticket} уже отправлена в службу безопасности.',
      'escalation.undo.error': 'Отмена эскалации',
      'escalation.options.show': 'Причина и заметка…',
      'escalation.options.hide': 'Скрыть причину и заметку',
    },
    lt: {
      'escalation.undo.pending': '{ticket} eskalavimas bus perduotas saugumo komandai po {seconds} s{hold, select, true {, su išmokėjimų sustabdymu} other {}}',
      'escalation.undo.button': 'Atšaukti',
      'escalation.undo.announce': '{ticket} eskaluotas. Saugumo komandai bus perduotas po {seconds} s; {keys} – atšaukti.',
      'escalation.undo.done': '{ticket} eskalavimas atšauktas: nieko neišsiųsta.',
      'escalation.undo.tooLate': '{ticket} eskalavimas jau perduotas saugumo komandai.',
      'escalation.undo.error': 'Eskalavimo atšaukimas',
      'escalation.options.show': 'Priežastis ir pastaba…',
      'escalation.options.hide': 'Slėpti priežastį ir pastabą',
    },
  },
);
