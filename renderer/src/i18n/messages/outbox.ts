import { defineCatalog } from '../define-catalog';

/** Late work in the outbox (the status bar's alarm) and keys kept from running while typing. */
export const outbox = defineCatalog(
  {
    'outbox.alarm.stalled': 'Sending stalled: nothing delivered for {age}, oldest waiting change on {ticket} ({count, plural, one {# waiting} other {# waiting}})',
    'outbox.alarm.urgent': 'Escalation of {ticket} not delivered after {age}',
    'outbox.alarm.cause.offline': 'the backend cannot be reached',
    'outbox.alarm.cause.rate_limited': 'the backend asked the desk to slow down',
    'outbox.alarm.cause.retrying': 'the backend keeps refusing it for now; the desk retries',
    'outbox.alarm.cause.not_sent': 'the desk has not sent it: a fault of the desk, see the log',
    'outbox.typing.kept': 'Focus left the text you were typing: “{key}” was not run as a command',
  },
  {
    es: {
      'outbox.alarm.stalled': 'Envío detenido: nada entregado desde hace {age}, el cambio más antiguo es de {ticket} ({count, plural, one {# en espera} other {# en espera}})',
      'outbox.alarm.urgent': 'La escalada de {ticket} no se ha entregado tras {age}',
      'outbox.alarm.cause.offline': 'no se puede conectar con el backend',
      'outbox.alarm.cause.rate_limited': 'el backend pidió al escritorio que fuera más despacio',
      'outbox.alarm.cause.retrying': 'el backend lo rechaza por ahora; el escritorio lo reintenta',
      'outbox.alarm.cause.not_sent': 'el escritorio no lo ha enviado: un fallo del escritorio, ver el registro',
      'outbox.typing.kept': 'El foco salió del texto que escribía: «{key}» no se ejecutó como comando',
    },
    ru: {
      'outbox.alarm.stalled': 'Отправка остановилась: ничего не доставлено уже {age}, самое старое изменение — {ticket} (в очереди: {count})',
      'outbox.alarm.urgent': 'Эскалация {ticket} не доставлена за {age}',
      'outbox.alarm.cause.offline': 'сервер недоступен',
      'outbox.alarm.cause.rate_limited': 'сервер попросил отправлять реже',
      'outbox.alarm.cause.retrying': 'сервер пока отклоняет запрос; повторяем',
      'outbox.alarm.cause.not_sent': 'клиент не отправил его: ошибка клиента, см. журнал',
      'outbox.typing.kept': 'Фокус ушёл из поля ввода: «{key}» не выполнена как команда',
    },
    lt: {
      'outbox.alarm.stalled': 'Siuntimas sustojo: nieko nepristatyta jau {age}, seniausias laukiantis pakeitimas – {ticket} (laukia: {count})',
      'outbox.alarm.urgent': '{ticket} eskalavimas nepristatytas per {age}',
      'outbox.alarm.cause.offline': 'serveris nepasiekiamas',
      'outbox.alarm.cause.rate_limited': 'serveris paprašė siųsti rečiau',
      'outbox.alarm.cause.retrying': 'serveris kol kas atmeta; bandoma iš naujo',
      'outbox.alarm.cause.not_sent': 'darbalaukis jo neišsiuntė: darbalaukio klaida, žr. žurnalą',
      'outbox.typing.kept': 'Fokusas paliko rašomą tekstą: „{key}“ nevykdytas kaip komanda',
    },
  },
);
