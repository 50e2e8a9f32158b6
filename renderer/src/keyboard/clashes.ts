import { translate, type MessageId } from '../i18n';

/**
 * Key combinations as data: parsing tinykeys strings, telling when two of them can fire on the
 * same key press, and refusing the ones the browser or the operating system keeps for itself.
 * No DOM, so the rules are unit-tested on their own; verdicts are worded in the interface language.
 *
 * Syntax (tinykeys): presses separated by spaces form a sequence ("p l"); a press is
 * modifiers joined by "+" before the key ("$mod+Shift+Enter"); "[Shift]" is optional;
 * "$mod" is Meta (⌘) on macOS and Control elsewhere.
 */

export type Modifier = 'Control' | 'Meta' | 'Alt' | 'Shift';
export const MODIFIERS: readonly Modifier[] = ['Control', 'Meta', 'Alt', 'Shift'];

export interface Platform {
  mac: boolean;
}

/** One key press of a combination, with `$mod` resolved for the platform. */
export interface Press {
  required: ReadonlySet<Modifier>;
  optional: ReadonlySet<Modifier>;
  /** Normalised key: lower-case characters, code names mapped to what they type ("KeyA" → "a"). */
  key: string;
}

/** The contexts an action's keys work in; see keymap.ts. "anywhere" overlaps every other. */
export type Context = 'queue' | 'selection' | 'ticket' | 'composer' | 'anywhere';

export interface BoundAction {
  id: string;
  title: string;
  when: readonly Context[];
  keys: readonly string[];
}

export type BindingVerdict =
  | { ok: true }
  | { ok: false; reason: 'invalid' | 'reserved' | 'clash' | 'typing'; message: string; otherActionId?: string };

const NAMED_KEYS = new Set([
  'Enter',
  'Escape',
  'Tab',
  'Backspace',
  'Delete',
  'Insert',
  'Home',
  'End',
  'PageUp',
  'PageDown',
  'ArrowUp',
  'ArrowDown',
  'ArrowLeft',
  'ArrowRight',
  'Space',
  'ContextMenu',
]);

/** KeyboardEvent.code names that stand for a character on a US layout. */
const CODE_CHARS: Readonly<Record<string, string>> = {
  Slash: '/',
  Backslash: '\\',
  Comma: ',',
  Period: '.',
  Minus: '-',
  Equal: '=',
  Semicolon: ';',
  Quote: "'",
  Backquote: '`',
  BracketLeft: '[',
  BracketRight: ']',
};

const MODIFIER_KEYS = new Set(['Shift', 'Control', 'Alt', 'Meta', 'AltGraph', 'CapsLock', 'Fn', 'OS', 'Hyper', 'Super']);

/** "KeyA" → "a", "Digit1" → "1", "Slash" → "/", " " → "space"; null for what tinykeys would never match. */
export function normalizeKey(key: string): string | null {
  if (key === ' ' || key === 'Space' || key === 'Spacebar') return 'space';
  if (/^Key[A-Z]$/.test(key)) return key.slice(3).toLowerCase();
  if (/^Digit[0-9]$/.test(key)) return key.slice(5);
  if (/^Numpad[0-9]$/.test(key)) return key.slice(6);
  const fromCode = CODE_CHARS[key];
  if (fromCode !== undefined) return fromCode;
  if (MODIFIER_KEYS.has(key)) return null;
  if (/^F([1-9]|1[0-9]|2[0-4])$/.test(key)) return key.toLowerCase();
  if (NAMED_KEYS.has(key)) return key.toLowerCase();
  // One printable character (tinykeys compares case-insensitively).
  if ([...key].length === 1 && key.trim() !== '') return key.toLowerCase();
  return null;
}

export function isModifierKey(key: string): boolean {
  return MODIFIER_KEYS.has(key);
}

function resolveModifier(name: string, platform: Platform): Modifier | null {
  if (name === '$mod') return platform.mac ? 'Meta' : 'Control';
  return (MODIFIERS as readonly string[]).includes(name) ? (name as Modifier) : null;
}

/** Parses one press; null when tinykeys could never match it or it is a modifier alone. */
export function parsePress(text: string, platform: Platform): Press | null {
  // The same split tinykeys makes: a "+" after a word character or "]" separates modifiers.
  const parts = text.split(/(?<=\w|\])\+/);
  const last = parts.pop();
  if (last === undefined || last === '') return null;
  if (/^\(.+\)$/.test(last)) return null; // regular expressions are not offered in settings
  const key = normalizeKey(last);
  if (key === null) return null;
  const required = new Set<Modifier>();
  const optional = new Set<Modifier>();
  for (const part of parts) {
    const bracketed = /^\[(.+)\]$/.exec(part);
    const mod = resolveModifier(bracketed ? bracketed[1]! : part, platform);
    if (mod === null) return null;
    (bracketed ? optional : required).add(mod);
  }
  return { required, optional, key };
}

/** Parses a whole combination (a sequence of presses); null when any press is invalid. */
export function parseCombo(combo: string, platform: Platform): Press[] | null {
  const trimmed = combo.trim();
  if (trimmed === '' || trimmed.length > 40) return null;
  const presses = trimmed.split(/ +/).map((p) => parsePress(p, platform));
  if (presses.length > 3 || presses.some((p) => p === null)) return null;
  return presses as Press[];
}

/** True when one physical key press can match both (same key, compatible modifiers). */
export function pressesOverlap(a: Press, b: Press): boolean {
  if (a.key !== b.key) return false;
  const needed = new Set([...a.required, ...b.required]);
  for (const mod of needed) {
    const allowedByA = a.required.has(mod) || a.optional.has(mod);
    const allowedByB = b.required.has(mod) || b.optional.has(mod);
    if (!allowedByA || !allowedByB) return false;
  }
  return true;
}

/**
 * Two combinations collide when one is the other or starts it: "p" can never fire next to
 * "p l", because after "p" the keymap waits for the rest of the sequence.
 */
export function combosCollide(a: readonly Press[], b: readonly Press[]): boolean {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (!pressesOverlap(a[i]!, b[i]!)) return false;
  return true;
}

export function contextsOverlap(a: readonly Context[], b: readonly Context[]): boolean {
  if (a.includes('anywhere') || b.includes('anywhere')) return true;
  return a.some((c) => b.includes(c));
}

/** Has Control, Meta or Alt: the only presses that may fire while the agent types in a text field. */
export function isCommandPress(p: Press): boolean {
  return p.required.has('Control') || p.required.has('Meta') || p.required.has('Alt');
}

const SAFE_IN_TEXT = /^(escape|f([1-9]|1[0-9]|2[0-4]))$/;

/** What the browser or system does with a reserved key; `settings.reserved.<purpose>` says it in words. */
export type ReservedPurpose =
  | 'closeWindow'
  | 'quitApp'
  | 'quitBrowser'
  | 'newTab'
  | 'reopenTab'
  | 'newWindow'
  | 'privateWindow'
  | 'addressBar'
  | 'addressBarFocus'
  | 'reload'
  | 'switchTabs'
  | 'switchApps'
  | 'spotlight'
  | 'hideApp'
  | 'minimise'
  | 'switchWindows'
  | 'lockComputer'
  | 'showDesktop'
  | 'fileManager'
  | 'securityScreen'
  | 'terminal'
  | 'lockScreen'
  | 'fullScreen'
  | 'devTools'
  | 'clearData'
  | 'back'
  | 'forward'
  | 'zoomIn'
  | 'zoomOut'
  | 'zoomReset'
  | 'print'
  | 'find'
  | 'copy'
  | 'cut'
  | 'paste'
  | 'pastePlain'
  | 'undo'
  | 'redo'
  | 'focusMove';

export interface ReservedKey {
  combo: string;
  purpose: ReservedPurpose;
  /** Only on this platform; both when absent. */
  only?: 'mac' | 'other';
}

/** A reserved key as found, with what it does in the interface language ("closes the window"). */
export interface ReservedHit extends ReservedKey {
  why: string;
}

/**
 * Keys the browser, Electron's window or the operating system keeps: a page either never sees
 * them (Ctrl+W, Ctrl+T, Ctrl+N, Ctrl+Tab) or taking them would break something agents rely on.
 */
export const RESERVED_KEYS: readonly ReservedKey[] = [
  { combo: '$mod+w', purpose: 'closeWindow' },
  { combo: '$mod+Shift+w', purpose: 'closeWindow' },
  { combo: '$mod+F4', purpose: 'closeWindow', only: 'other' },
  { combo: 'Alt+F4', purpose: 'closeWindow', only: 'other' },
  { combo: '$mod+q', purpose: 'quitApp' },
  { combo: 'Control+Shift+q', purpose: 'quitBrowser', only: 'other' },
  { combo: '$mod+t', purpose: 'newTab' },
  { combo: '$mod+Shift+t', purpose: 'reopenTab' },
  { combo: '$mod+n', purpose: 'newWindow' },
  { combo: '$mod+Shift+n', purpose: 'privateWindow' },
  { combo: '$mod+l', purpose: 'addressBar' },
  { combo: 'Alt+d', purpose: 'addressBar', only: 'other' },
  { combo: 'F6', purpose: 'addressBarFocus' },
  { combo: '$mod+r', purpose: 'reload' },
  { combo: '$mod+Shift+r', purpose: 'reload' },
  { combo: 'F5', purpose: 'reload' },
  { combo: '$mod+F5', purpose: 'reload' },
  { combo: 'Shift+F5', purpose: 'reload' },
  { combo: 'Control+Tab', purpose: 'switchTabs' },
  { combo: 'Control+Shift+Tab', purpose: 'switchTabs' },
  { combo: 'Control+PageDown', purpose: 'switchTabs' },
  { combo: 'Control+PageUp', purpose: 'switchTabs' },
  { combo: 'Alt+Tab', purpose: 'switchApps', only: 'other' },
  { combo: 'Meta+Tab', purpose: 'switchApps', only: 'mac' },
  { combo: 'Meta+Space', purpose: 'spotlight', only: 'mac' },
  { combo: 'Meta+h', purpose: 'hideApp', only: 'mac' },
  { combo: 'Meta+m', purpose: 'minimise', only: 'mac' },
  { combo: 'Meta+`', purpose: 'switchWindows', only: 'mac' },
  { combo: 'Meta+l', purpose: 'lockComputer', only: 'other' },
  { combo: 'Meta+d', purpose: 'showDesktop', only: 'other' },
  { combo: 'Meta+e', purpose: 'fileManager', only: 'other' },
  { combo: 'Control+Alt+Delete', purpose: 'securityScreen', only: 'other' },
  { combo: 'Control+Alt+t', purpose: 'terminal', only: 'other' },
  { combo: 'Control+Alt+l', purpose: 'lockScreen', only: 'other' },
  { combo: 'F11', purpose: 'fullScreen' },
  { combo: 'F12', purpose: 'devTools' },
  { combo: '$mod+Shift+i', purpose: 'devTools' },
  { combo: '$mod+Alt+i', purpose: 'devTools', only: 'mac' },
  { combo: '$mod+Shift+j', purpose: 'devTools' },
  { combo: '$mod+Shift+c', purpose: 'devTools' },
  { combo: '$mod+Shift+Delete', purpose: 'clearData' },
  { combo: 'Alt+ArrowLeft', purpose: 'back', only: 'other' },
  { combo: 'Alt+ArrowRight', purpose: 'forward', only: 'other' },
  { combo: 'Meta+[', purpose: 'back', only: 'mac' },
  { combo: 'Meta+]', purpose: 'forward', only: 'mac' },
  { combo: '$mod+=', purpose: 'zoomIn' },
  { combo: '$mod+Shift+=', purpose: 'zoomIn' },
  { combo: '$mod+-', purpose: 'zoomOut' },
  { combo: '$mod+0', purpose: 'zoomReset' },
  { combo: '$mod+p', purpose: 'print' },
  { combo: '$mod+f', purpose: 'find' },
  { combo: '$mod+c', purpose: 'copy' },
  { combo: '$mod+x', purpose: 'cut' },
  { combo: '$mod+v', purpose: 'paste' },
  { combo: '$mod+Shift+v', purpose: 'pastePlain' },
  { combo: '$mod+z', purpose: 'undo' },
  { combo: '$mod+Shift+z', purpose: 'redo' },
  { combo: 'Control+y', purpose: 'redo', only: 'other' },
  { combo: 'Tab', purpose: 'focusMove' },
  { combo: 'Shift+Tab', purpose: 'focusMove' },
];

function reservedFor(platform: Platform): Array<{ press: Press; entry: ReservedKey }> {
  const out: Array<{ press: Press; entry: ReservedKey }> = [];
  for (const entry of RESERVED_KEYS) {
    if (entry.only === 'mac' && !platform.mac) continue;
    if (entry.only === 'other' && platform.mac) continue;
    const press = parsePress(entry.combo, platform);
    if (press) out.push({ press, entry });
  }
  return out;
}

const RESERVED_PURPOSE_LABEL = {
  addressBar: 'settings.reserved.addressBar',
  addressBarFocus: 'settings.reserved.addressBarFocus',
  back: 'settings.reserved.back',
  clearData: 'settings.reserved.clearData',
  closeWindow: 'settings.reserved.closeWindow',
  copy: 'settings.reserved.copy',
  cut: 'settings.reserved.cut',
  devTools: 'settings.reserved.devTools',
  fileManager: 'settings.reserved.fileManager',
  find: 'settings.reserved.find',
  focusMove: 'settings.reserved.focusMove',
  forward: 'settings.reserved.forward',
  fullScreen: 'settings.reserved.fullScreen',
  hideApp: 'settings.reserved.hideApp',
  lockComputer: 'settings.reserved.lockComputer',
  lockScreen: 'settings.reserved.lockScreen',
  minimise: 'settings.reserved.minimise',
  newTab: 'settings.reserved.newTab',
  newWindow: 'settings.reserved.newWindow',
  paste: 'settings.reserved.paste',
  pastePlain: 'settings.reserved.pastePlain',
  print: 'settings.reserved.print',
  privateWindow: 'settings.reserved.privateWindow',
  quitApp: 'settings.reserved.quitApp',
  quitBrowser: 'settings.reserved.quitBrowser',
  redo: 'settings.reserved.redo',
  reload: 'settings.reserved.reload',
  reopenTab: 'settings.reserved.reopenTab',
  securityScreen: 'settings.reserved.securityScreen',
  showDesktop: 'settings.reserved.showDesktop',
  spotlight: 'settings.reserved.spotlight',
  switchApps: 'settings.reserved.switchApps',
  switchTabs: 'settings.reserved.switchTabs',
  switchWindows: 'settings.reserved.switchWindows',
  terminal: 'settings.reserved.terminal',
  undo: 'settings.reserved.undo',
  zoomIn: 'settings.reserved.zoomIn',
  zoomOut: 'settings.reserved.zoomOut',
  zoomReset: 'settings.reserved.zoomReset',
} as const satisfies Record<ReservedPurpose, MessageId>;

/** The reserved key a combination would take, or null. Any press of a sequence counts. */
export function reservedBy(combo: string, platform: Platform): ReservedHit | null {
  const presses = parseCombo(combo, platform);
  if (!presses) return null;
  const reserved = reservedFor(platform);
  for (const p of presses) {
    const hit = reserved.find((r) => pressesOverlap(p, r.press));
    if (hit) return { ...hit.entry, why: translate(RESERVED_PURPOSE_LABEL[hit.entry.purpose]) };
  }
  return null;
}

/** Human form of a combination for messages and <kbd>: "Ctrl+Shift+Enter", "p l", "?", "↓". */
export function formatCombo(combo: string, platform: Platform): string {
  return combo
    .trim()
    .split(/ +/)
    .map((press) => formatPress(press, platform))
    .join(' ');
}

const KEY_LABELS: Readonly<Record<string, string>> = {
  arrowdown: '↓',
  arrowup: '↑',
  arrowleft: '←',
  arrowright: '→',
  escape: 'Esc',
  enter: 'Enter',
  space: 'Space',
  pageup: 'PageUp',
  pagedown: 'PageDown',
  home: 'Home',
  end: 'End',
  tab: 'Tab',
  backspace: 'Backspace',
  delete: 'Delete',
  insert: 'Insert',
  contextmenu: 'Menu',
};

export function formatPress(press: string, platform: Platform): string {
  const parts = press.split(/(?<=\w|\])\+/);
  const last = parts.pop() ?? '';
  const key = normalizeKey(last) ?? last;
  const mods: Modifier[] = [];
  for (const part of parts) {
    if (/^\[.+\]$/.test(part)) continue; // optional modifiers are not something to press
    const mod = resolveModifier(part, platform);
    if (mod) mods.push(mod);
  }
  const isLetter = /^[a-z]$/.test(key);
  const isSymbol = key.length === 1 && !isLetter && !/^[0-9]$/.test(key);
  // "?" and "*" already say Shift: "Shift+?" reads as the key the agent presses.
  const shown = isSymbol ? mods.filter((m) => m !== 'Shift') : mods;
  const order: Modifier[] = ['Control', 'Meta', 'Alt', 'Shift'];
  shown.sort((a, b) => order.indexOf(a) - order.indexOf(b));
  const names: Record<Modifier, string> = platform.mac
    ? { Control: 'Ctrl', Meta: 'Cmd', Alt: 'Option', Shift: 'Shift' }
    : { Control: 'Ctrl', Meta: 'Meta', Alt: 'Alt', Shift: 'Shift' };
  let label = KEY_LABELS[key] ?? (/^f\d+$/.test(key) ? key.toUpperCase() : key);
  if (isLetter && shown.length > 0) label = key.toUpperCase();
  return [...shown.map((m) => names[m]), label].join('+');
}

/** The same combination written the way capture writes it, for comparing stored strings. */
export function sameCombo(a: string, b: string, platform: Platform): boolean {
  const pa = parseCombo(a, platform);
  const pb = parseCombo(b, platform);
  if (!pa || !pb || pa.length !== pb.length) return false;
  return pa.every((p, i) => {
    const q = pb[i]!;
    return p.key === q.key && setEq(p.required, q.required) && setEq(p.optional, q.optional);
  });
}

function setEq<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): boolean {
  return a.size === b.size && [...a].every((x) => b.has(x));
}

/**
 * May `combo` be given to `action`? Refused when it is not a key tinykeys can match, when the
 * browser or system reserves it, when it would be typed into the composer instead of acting, or
 * when another action already answers to it (or to a sequence it starts) in an overlapping context.
 */
export function checkBinding(action: Pick<BoundAction, 'id' | 'when'>, combo: string, all: readonly BoundAction[], platform: Platform): BindingVerdict {
  const shown = formatCombo(combo, platform);
  const presses = parseCombo(combo, platform);
  if (!presses) {
    return { ok: false, reason: 'invalid', message: shown ? translate('settings.keys.invalid', { combo: shown }) : translate('settings.keys.invalidBlank') };
  }
  const reserved = reservedBy(combo, platform);
  if (reserved) {
    return { ok: false, reason: 'reserved', message: translate('settings.keys.reserved', { combo: shown, why: reserved.why }) };
  }
  const first = presses[0]!;
  if (action.when.includes('composer') && !isCommandPress(first) && !SAFE_IN_TEXT.test(first.key)) {
    return { ok: false, reason: 'typing', message: translate('settings.keys.typing', { combo: shown, meta: platform.mac ? 'Cmd' : 'Meta' }) };
  }
  for (const other of all) {
    if (other.id === action.id) continue;
    if (!contextsOverlap(action.when, other.when)) continue;
    for (const key of other.keys) {
      const otherPresses = parseCombo(key, platform);
      if (!otherPresses || !combosCollide(presses, otherPresses)) continue;
      const values = { combo: shown, other: formatCombo(key, platform), action: other.title };
      const message =
        presses.length === otherPresses.length
          ? translate('settings.keys.clashSame', values)
          : presses.length < otherPresses.length
            ? translate('settings.keys.clashStarts', values)
            : translate('settings.keys.clashStartOf', values);
      return { ok: false, reason: 'clash', otherActionId: other.id, message };
    }
  }
  return { ok: true };
}

/** Every pair of actions that would fight over a key, for checking a whole keymap. */
export function findClashes(all: readonly BoundAction[], platform: Platform): Array<{ a: string; b: string; combo: string }> {
  const out: Array<{ a: string; b: string; combo: string }> = [];
  for (let i = 0; i < all.length; i++) {
    for (let j = i + 1; j < all.length; j++) {
      const a = all[i]!;
      const b = all[j]!;
      if (!contextsOverlap(a.when, b.when)) continue;
      for (const ka of a.keys) {
        const pa = parseCombo(ka, platform);
        if (!pa) continue;
        for (const kb of b.keys) {
          const pb = parseCombo(kb, platform);
          if (pb && combosCollide(pa, pb)) out.push({ a: a.id, b: b.id, combo: ka });
        }
      }
    }
  }
  return out;
}

/** The combination a keydown stands for, written for tinykeys; null for a modifier alone. */
export function comboFromEvent(
  e: Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>,
  platform: Platform,
): string | null {
  if (isModifierKey(e.key) || e.key === 'Unidentified' || e.key === 'Dead') return null;
  const mods: string[] = [];
  const modKey = platform.mac ? e.metaKey : e.ctrlKey;
  const otherKey = platform.mac ? e.ctrlKey : e.metaKey;
  if (modKey) mods.push('$mod');
  if (otherKey) mods.push(platform.mac ? 'Control' : 'Meta');
  if (e.altKey) mods.push('Alt');
  let key: string;
  if (e.key === ' ') key = 'Space';
  else if (e.altKey && /^(Key[A-Z]|Digit[0-9])$/.test(e.code)) key = e.code; // Option+R types "®" on macOS
  else if ([...e.key].length === 1) key = /^[a-z]$/i.test(e.key) ? (e.shiftKey ? e.key.toUpperCase() : e.key.toLowerCase()) : e.key;
  else key = e.key;
  if (normalizeKey(key) === null) return null;
  if (e.shiftKey) {
    // "?" or "*" need Shift on one layout and not on another (or the numpad): Shift is optional there.
    const symbol = [...key].length === 1 && !/^[a-z0-9]$/i.test(key);
    mods.push(symbol ? '[Shift]' : 'Shift');
  }
  return [...mods, key].join('+');
}
