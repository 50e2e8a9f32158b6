import type { Migration } from '../../sqlite/open-database';
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

/** Every cache migration, in order. Add a new numbered file; never edit a shipped one. */
export const cacheMigrations: readonly Migration[] = [initialSchema, messageSearchByWatermark, outboxSendableIndex, ticketSnooze, outboxLiveIndex, awakeQueueIndexes, escalationsAndAudit, macroUsageAndHeldSends, surgeIndex, topicGroupIndexes];
