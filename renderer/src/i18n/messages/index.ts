import type { InterfaceLanguage } from '../../../../preload/contract/domain-types';
import type { Catalog } from '../define-catalog';
import { actions } from './actions';
import { app } from './app';
import { backend } from './backend';
import { common } from './common';
import { composer } from './composer';
import { escalation } from './escalation';
import { executive } from './executive';
import { kinds } from './kinds';
import { macros } from './macros';
import { outbox } from './outbox';
import { queue } from './queue';
import { reports } from './reports';
import { security } from './security';
import { settings } from './settings';
import { surge } from './surge';
import { ticket } from './ticket';
import { topicGroups } from './topic-groups';
import { deskPulse } from './desk-pulse';
import { failedEntries } from './failed-entries';
import { incidentRecipients } from './incident-recipients';
import { privacy } from './privacy';
import { account } from './account';
import { protection } from './protection';

/** Every area of the interface; one file each, so areas are translated (and reviewed) apart. */
export const CATALOGS = { common, app, queue, ticket, composer, macros, security, settings, actions, surge, topicGroups, executive, reports, backend, outbox, escalation, kinds, deskPulse, failedEntries, incidentRecipients, account, privacy, protection } as const;

type KeysOf<C> = C extends Catalog<infer K> ? K : never;
export type MessageId = { [A in keyof typeof CATALOGS]: KeysOf<(typeof CATALOGS)[A]> }[keyof typeof CATALOGS];

/** All areas merged, per language. */
export function messagesFor(language: InterfaceLanguage): Readonly<Record<MessageId, string>> {
  const merged: Record<string, string> = {};
  for (const catalog of Object.values(CATALOGS) as Catalog<string>[]) Object.assign(merged, catalog[language]);
  return merged as Record<MessageId, string>;
}
