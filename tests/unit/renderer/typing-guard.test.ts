import { describe, expect, it } from 'vitest';
import { ACTIONS } from '../../../renderer/src/keyboard/keymap';
import { TYPING_GAP_MS, classifyKey, type KeyLike } from '../../../renderer/src/keyboard/typing-guard';

const key = (k: string, mods: Partial<KeyLike> = {}): KeyLike => ({ key: k, ctrlKey: false, metaKey: false, altKey: false, ...mods });
/** Every single key (capitals included) that some action is bound to by default: what a stray key could run. */
const singleKeys = [...new Set(ACTIONS.flatMap((a) => a.keys).filter((c) => !c.includes(' ') && !/\$mod|Control|Alt|Meta/.test(c)))]
  .map((c) => (c.startsWith('Shift+') ? c.slice(6).toUpperCase() : c))
  .filter((c) => [...c].length === 1);

describe('typing guard', () => {
  it('knows the keys it must guard (the desk binds many single keys)', () => {
    expect(singleKeys.length).toBeGreaterThan(10);
    expect(singleKeys).toEqual(expect.arrayContaining(['j', 'E', 'r']));
  });

  it('holds every single-key shortcut that lands outside a field while the agent is typing', () => {
    for (const k of [...singleKeys, ' ', 'Enter', 'Backspace']) {
      expect(classifyKey(key(k), 'none', 1000, 1000 + TYPING_GAP_MS - 1), k).toBe('stray');
    }
  });

  it('lets the same keys act once typing has paused, or when the agent left the field on purpose', () => {
    for (const k of singleKeys) {
      expect(classifyKey(key(k), 'none', 1000, 1000 + TYPING_GAP_MS + 1), k).toBe('pass');
      expect(classifyKey(key(k), 'none', null, 1000), k).toBe('pass');
    }
  });

  it('never holds commands, Esc, Tab or moves', () => {
    for (const k of [key('Enter', { ctrlKey: true }), key('k', { metaKey: true }), key('1', { altKey: true }), key('Escape'), key('Tab'), key('ArrowDown'), key('F1')]) {
      expect(classifyKey(k, 'none', 1000, 1001)).toBe('pass');
    }
  });

  it('counts characters typed in a field as typing; Enter types only in a multi-line field', () => {
    expect(classifyKey(key('E'), 'multiline', null, 0)).toBe('type');
    expect(classifyKey(key('Enter'), 'multiline', null, 0)).toBe('type');
    expect(classifyKey(key('Enter'), 'line', null, 0)).toBe('pass');
    expect(classifyKey(key('ArrowLeft'), 'line', null, 0)).toBe('pass');
    expect(classifyKey(key('s', { ctrlKey: true }), 'multiline', null, 0)).toBe('pass');
  });
});
