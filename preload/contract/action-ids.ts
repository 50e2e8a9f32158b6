/**
 * Every action the desk can bind a key to. The keymap (renderer/src/keyboard/keymap.ts) defines
 * each one's keys and context; its type is checked against this list both ways, so
 * `settings.set` refuses a binding for an action that does not exist.
 */
export const ACTION_IDS = [
  'queue.next', 'queue.prev', 'queue.pageDown', 'queue.pageUp', 'queue.first', 'queue.last', 'ticket.open',
  'ticket.next', 'ticket.prev', 'nav.back', 'search.focus', 'ticket.reply', 'ticket.note', 'composer.send',
  'composer.sendAndNext', 'macro.open', 'macro.openInComposer', 'macro.favorite1', 'macro.favorite2',
  'macro.favorite3', 'macro.favorite4', 'macro.favorite5', 'macro.new', 'ticket.take', 'queue.takeNext',
  'ticket.status.open', 'ticket.status.pending', 'ticket.status.solved', 'ticket.priority.low',
  'ticket.priority.normal', 'ticket.priority.high', 'ticket.priority.urgent', 'ticket.assignToMe',
  'ticket.unassign', 'ticket.tag', 'ticket.snooze', 'ticket.escalate', 'escalation.undo', 'security.acknowledge',
  'security.claim', 'security.deescalate', 'audit.exportCsv', 'audit.exportJson', 'privacy.reveal', 'privacy.screenShare', 'security.freezeWithdrawals', 'security.lockAccount',
  'security.signOutSessions', 'security.resetTwoFactor', 'security.requestUndo', 'security.approveUndo', 'selection.toggle',
  'selection.extendDown', 'selection.extendUp', 'selection.all', 'selection.clear', 'bulk.status.open',
  'bulk.status.pending', 'bulk.status.solved', 'bulk.priority.low', 'bulk.priority.normal',
  'bulk.priority.high', 'bulk.priority.urgent', 'bulk.assignToMe', 'bulk.unassign', 'bulk.snooze', 'view.1',
  'view.2', 'view.3', 'view.4', 'view.5', 'queue.groupByTopic', 'screen.desk', 'screen.surge',
  'screen.reports', 'palette.open', 'help.keymap', 'settings.open',
] as const;

export type KeymapActionId = (typeof ACTION_IDS)[number];
