import { defineCatalog } from '../define-catalog';

/** Who a topic group's incident reply goes to, said in the dialog before Enter sends it. */
export const incidentRecipients = defineCatalog(
  {
    'incidentRecipients.summary': '{count, plural, one {Enter sends this reply on # ticket, to its customer:} other {Enter sends this reply on # tickets, each to its customer:}}',
    'incidentRecipients.language': '{count, number} in {language}',
    'incidentRecipients.counting': 'Counting the languages…',
    'incidentRecipients.capped': 'One reply goes to at most {count, number} tickets: the group now holds {total, number}, and these are its first {count, number} in queue order.',
    'incidentRecipients.changed': 'The group has changed since the list was drawn: it holds {total, number} tickets now, and all of them get the reply.',
  },
  {
    es: {
      'incidentRecipients.summary': '{count, plural, one {Enter envía esta respuesta en # ticket, a su cliente:} other {Enter envía esta respuesta en # tickets, cada una a su cliente:}}',
      'incidentRecipients.language': '{count, number} en {language}',
      'incidentRecipients.counting': 'Contando los idiomas…',
      'incidentRecipients.capped': 'Una respuesta llega como máximo a {count, number} tickets: el grupo tiene ahora {total, number}, y estos son sus primeros {count, number} en el orden de la cola.',
      'incidentRecipients.changed': 'El grupo ha cambiado desde que se dibujó la lista: ahora tiene {total, number} tickets, y todos reciben la respuesta.',
    },
    ru: {
      'incidentRecipients.summary': '{count, plural, one {Enter отправит этот ответ в # тикет, его клиенту:} few {Enter отправит этот ответ в # тикета, каждому клиенту свой:} many {Enter отправит этот ответ в # тикетов, каждому клиенту свой:} other {Enter отправит этот ответ в # тикета, каждому клиенту свой:}}',
      'incidentRecipients.language': '{language}: {count, number}',
      'incidentRecipients.counting': 'Подсчёт языков…',
      'incidentRecipients.capped': 'Один ответ уходит не более чем в {count, number} тикетов: сейчас в группе {total, number}, это первые {count, number} в порядке очереди.',
      'incidentRecipients.changed': 'Группа изменилась с тех пор, как был показан список: сейчас в ней {total, number} тикетов, и ответ получат все.',
    },
    lt: {
      'incidentRecipients.summary': '{count, plural, one {Enter išsiųs šį atsakymą # kreipinyje, jo klientui:} few {Enter išsiųs šį atsakymą # kreipiniuose, kiekvieno klientui:} many {Enter išsiųs šį atsakymą # kreipinio, kiekvieno klientui:} other {Enter išsiųs šį atsakymą # kreipinių, kiekvieno klientui:}}',
      'incidentRecipients.language': '{language}: {count, number}',
      'incidentRecipients.counting': 'Skaičiuojamos kalbos…',
      'incidentRecipients.capped': 'Vienas atsakymas siunčiamas daugiausia į {count, number} kreipinių: dabar grupėje yra {total, number}, tai pirmieji {count, number} eilės tvarka.',
      'incidentRecipients.changed': 'Grupė pasikeitė nuo tada, kai sąrašas buvo parodytas: dabar joje {total, number} kreipinių, ir atsakymą gaus visi.',
    },
  },
);
