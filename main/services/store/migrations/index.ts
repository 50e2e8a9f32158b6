import type { Migration, OpenOptions } from '../../sqlite/open-database';
import { searchableText } from '../../domain/search-text';
import { initialSchema } from './001-initial-schema';
import { messageSearchByWatermark } from './002-message-search-by-watermark';
import { outboxSendableIndex } from './003-outbox-sendable-index';
import { ticketSnooze } from './004-ticket-snooze';
import { outboxLiveIndex } from './005-outbox-live-index';
import { awakeQueueIndexes } from './006-awake-queue-indexes';
import { escalationsAndAudit } from './007-escalations-and-audit';
import { macroUsageAndHeldSends } from './008-macro-usage-and-held-sends';
import { surgeIndex } from './009-surge-index';
import { topicGroupIndexes } from './010-topic-group-indexes';
import { searchEveryScript } from './011-search-every-script';
import { chainLookups } from './012-chain-lookups';
import { accountFacts } from './013-account-facts';

/** Every cache migration, in order. Add a new numbered file; never edit a shipped one. */
export const cacheMigrations: readonly Migration[] = [initialSchema, messageSearchByWatermark, outboxSendableIndex, ticketSnooze, outboxLiveIndex, awakeQueueIndexes, escalationsAndAudit, macroUsageAndHeldSends, surgeIndex, topicGroupIndexes, searchEveryScript, chainLookups, accountFacts];

/** What opening the cache needs: its migrations and the SQL functions its schema calls (the search index's folding). */
export const cacheSchema: Pick<OpenOptions, 'migrations' | 'functions'> = {
  migrations: cacheMigrations,
  functions: { agentdesk_searchable: searchableText },
};
