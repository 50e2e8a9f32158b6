import { ConnectorError } from '../backend-connector';

/**
 * The sync engine's change cursor, as one opaque string. Zendesk's incremental export starts from
 * a time (`start_time`) and then hands out cursors (`after_cursor`); the desk needs both: right
 * after a snapshot there is no export cursor yet, only the time the snapshot began.
 */
export type ChangeCursor = { kind: 'time'; startTime: number } | { kind: 'cursor'; cursor: string };

export function encodeCursor(cursor: ChangeCursor): string {
  return cursor.kind === 'time' ? `time:${cursor.startTime}` : `cursor:${cursor.cursor}`;
}

export function decodeCursor(value: string): ChangeCursor {
  if (value.startsWith('cursor:') && value.length > 'cursor:'.length) return { kind: 'cursor', cursor: value.slice('cursor:'.length) };
  const startTime = Number(value.startsWith('time:') ? value.slice('time:'.length) : NaN);
  if (Number.isSafeInteger(startTime) && startTime >= 0) return { kind: 'time', startTime };
  // A cursor stored by another connector (the embedded backend counts changes): start over is the only safe answer.
  throw new ConnectorError('permanent', `the stored sync position "${value.slice(0, 40)}" is not a Zendesk one: reset the local cache to sync from Zendesk`);
}

/** The export query for a cursor, always with requesters sideloaded and deleted tickets left out. */
export function exportQuery(cursor: ChangeCursor, perPage: number): Record<string, string> {
  return {
    ...(cursor.kind === 'time' ? { start_time: String(cursor.startTime) } : { cursor: cursor.cursor }),
    include: 'users',
    exclude_deleted: 'true',
    per_page: String(perPage),
  };
}
