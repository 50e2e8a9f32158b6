import { describe, expect, it } from 'vitest';
import {
  checkBinding,
  combosCollide,
  comboFromEvent,
  findClashes,
  formatCombo,
  parseCombo,
  reservedBy,
  type BoundAction,
  type Platform,
} from '../../../renderer/src/keyboard/clashes';
import { ACTIONS, boundActions, defaultBindings, effectiveBindings, overridesOf } from '../../../renderer/src/keyboard/keymap';

const linux: Platform = { mac: false };
const mac: Platform = { mac: true };
const defaults = boundActions(defaultBindings());
const action = (id: string): BoundAction => defaults.find((a) => a.id === id)!;

function keydown(init: Partial<Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>>) {
  return { key: '', code: '', ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...init };
}

describe('the default keymap', () => {
  it('gives every action at least one key, each one parseable', () => {
    for (const a of ACTIONS) {
      expect(a.keys.length, a.id).toBeGreaterThan(0);
      for (const k of a.keys) expect(parseCombo(k, linux), `${a.id}: ${k}`).not.toBeNull();
    }
  });

  it('has no two actions fighting over a key in the same place, on Linux/Windows or macOS', () => {
    expect(findClashes(defaults, linux)).toEqual([]);
    expect(findClashes(defaults, mac)).toEqual([]);
  });

  it('takes no key the browser or the system keeps', () => {
    for (const a of ACTIONS) {
      for (const k of a.keys) {
        expect(reservedBy(k, linux), `${a.id}: ${k}`).toBeNull();
        expect(reservedBy(k, mac), `${a.id}: ${k}`).toBeNull();
      }
    }
  });

  it('has unique action ids', () => {
    expect(new Set(ACTIONS.map((a) => a.id)).size).toBe(ACTIONS.length);
  });
});

describe('reserved keys are refused with the reason', () => {
  it.each([
    ['$mod+w', 'closes the window'],
    ['Control+w', 'closes the window'],
    ['$mod+t', 'opens a new tab'],
    ['$mod+n', 'opens a new window'],
    ['$mod+q', 'quits'],
    ['$mod+l', 'address bar'],
    ['$mod+r', 'reloads'],
    ['F5', 'reloads'],
    ['Alt+F4', 'closes the window'],
    ['Control+Tab', 'switches tabs'],
    ['Control+Shift+q', 'quits the browser'],
    ['Tab', 'moves keyboard focus'],
  ])('%s on Linux', (combo, why) => {
    const verdict = checkBinding(action('ticket.reply'), combo, defaults, linux);
    expect(verdict.ok).toBe(false);
    if (!verdict.ok) {
      expect(verdict.reason).toBe('reserved');
      expect(verdict.message).toContain(why);
      expect(verdict.message).toContain(formatCombo(combo, linux));
    }
  });

  it('follows the platform: Cmd+W on macOS, but Ctrl+W there is free to use', () => {
    expect(reservedBy('Meta+w', mac)?.why).toBe('closes the window');
    expect(reservedBy('$mod+w', mac)?.why).toBe('closes the window');
    expect(reservedBy('Control+w', mac)).toBeNull();
    expect(reservedBy('Alt+F4', mac)).toBeNull();
    expect(reservedBy('Meta+q', linux)).toBeNull();
  });

  it('counts a reserved press anywhere in a sequence', () => {
    expect(reservedBy('g $mod+w', linux)?.why).toBe('closes the window');
  });

  it('matches Shift regardless of how the letter is written', () => {
    expect(reservedBy('$mod+Shift+T', linux)?.why).toBe('reopens a closed tab');
    expect(reservedBy('Control+Shift+KeyT', linux)?.why).toBe('reopens a closed tab');
  });
});

describe('clashes with other actions', () => {
  it('refuses a key another action has in an overlapping context, naming it', () => {
    const verdict = checkBinding(action('ticket.reply'), 'n', defaults, linux);
    expect(verdict).toMatchObject({ ok: false, reason: 'clash', otherActionId: 'ticket.note' });
    if (!verdict.ok) expect(verdict.message).toContain('Write an internal note');
  });

  it('allows the same key in contexts that never overlap (queue j vs reading j)', () => {
    // j is queue.next in the queue and ticket.next in the ticket pane: not a clash.
    expect(checkBinding(action('ticket.next'), 'j', defaults, linux)).toEqual({ ok: true });
    // Shift+P is a single-ticket status in the queue and a bulk status with tickets selected.
    expect(checkBinding(action('bulk.status.pending'), 'Shift+P', defaults, linux)).toEqual({ ok: true });
  });

  it('treats "anywhere" as overlapping every context', () => {
    const verdict = checkBinding(action('help.keymap'), 'x', defaults, linux);
    expect(verdict).toMatchObject({ ok: false, reason: 'clash', otherActionId: 'selection.toggle' });
  });

  it('refuses a key that starts a sequence of another action, and a sequence that starts with a bound key', () => {
    const prefix = checkBinding(action('ticket.reply'), 'p', defaults, linux);
    expect(prefix).toMatchObject({ ok: false, reason: 'clash' });
    if (!prefix.ok) expect(prefix.message).toMatch(/starts p l/);
    const longer = checkBinding(action('ticket.take'), 'r x', defaults, linux);
    expect(longer).toMatchObject({ ok: false, reason: 'clash', otherActionId: 'ticket.reply' });
  });

  it('sees optional Shift: "?" and "Shift+?" are the same key press', () => {
    const verdict = checkBinding(action('ticket.reply'), 'Shift+?', defaults, linux);
    expect(verdict).toMatchObject({ ok: false, reason: 'clash', otherActionId: 'help.keymap' });
    expect(combosCollide(parseCombo('[Shift]+* a', linux)!, parseCombo('* a', linux)!)).toBe(true);
    expect(combosCollide(parseCombo('Shift+j', linux)!, parseCombo('j', linux)!)).toBe(false);
  });

  it('accepts a free key, e.g. reply on Shift+R', () => {
    expect(checkBinding(action('ticket.reply'), 'Shift+R', defaults, linux)).toEqual({ ok: true });
  });

  it('ignores the action itself (re-binding to a key it already has is fine)', () => {
    expect(checkBinding(action('ticket.reply'), 'r', defaults, linux)).toEqual({ ok: true });
  });

  it('refuses plain keys for actions used while writing: they would be typed into the reply', () => {
    const verdict = checkBinding(action('composer.send'), 's', defaults, linux);
    expect(verdict).toMatchObject({ ok: false, reason: 'typing' });
    expect(checkBinding(action('composer.send'), 'Alt+Enter', defaults, linux)).toEqual({ ok: true });
  });

  it('refuses what tinykeys could never match', () => {
    for (const bad of ['', 'Ctrl+k', 'Shift', 'Cmd+k', '$mod+', 'a b c d']) {
      expect(checkBinding(action('ticket.reply'), bad, defaults, linux)).toMatchObject({ ok: false, reason: 'invalid' });
    }
  });
});

describe('capturing a key press', () => {
  it('writes $mod for the platform command key, Shift for letters, optional Shift for symbols', () => {
    expect(comboFromEvent(keydown({ key: 'R', code: 'KeyR', shiftKey: true }), linux)).toBe('Shift+R');
    expect(comboFromEvent(keydown({ key: 'k', code: 'KeyK', ctrlKey: true }), linux)).toBe('$mod+k');
    expect(comboFromEvent(keydown({ key: 'k', code: 'KeyK', metaKey: true }), mac)).toBe('$mod+k');
    expect(comboFromEvent(keydown({ key: 'k', code: 'KeyK', ctrlKey: true }), mac)).toBe('Control+k');
    expect(comboFromEvent(keydown({ key: '?', code: 'Slash', shiftKey: true }), linux)).toBe('[Shift]+?');
    expect(comboFromEvent(keydown({ key: '®', code: 'KeyR', altKey: true }), mac)).toBe('Alt+KeyR');
    expect(comboFromEvent(keydown({ key: ' ', code: 'Space' }), linux)).toBe('Space');
    expect(comboFromEvent(keydown({ key: 'Shift', code: 'ShiftLeft', shiftKey: true }), linux)).toBeNull();
  });

  it('captures Ctrl+W as a combination that is then refused', () => {
    const combo = comboFromEvent(keydown({ key: 'w', code: 'KeyW', ctrlKey: true }), linux)!;
    expect(checkBinding(action('ticket.reply'), combo, defaults, linux)).toMatchObject({ ok: false, reason: 'reserved' });
  });
});

describe('stored bindings', () => {
  it('keeps valid overrides and stores only what differs from the defaults', () => {
    const bindings = effectiveBindings({ 'ticket.reply': ['Shift+R'] }, linux);
    expect(bindings['ticket.reply']).toEqual(['Shift+R']);
    expect(overridesOf(bindings, linux)).toEqual({ 'ticket.reply': ['Shift+R'] });
    expect(overridesOf(defaultBindings(), linux)).toEqual({});
  });

  it('ignores unknown actions, unparsable keys, empty lists and clashing overrides', () => {
    const bindings = effectiveBindings({ 'no.such': ['q'], 'ticket.reply': ['Ctrl+k'], 'ticket.note': [], 'ticket.take': ['r'] }, linux);
    expect(bindings).toEqual(defaultBindings());
  });
});

describe('formatting for people', () => {
  it('reads like the keyboard', () => {
    expect(formatCombo('$mod+Shift+Enter', linux)).toBe('Ctrl+Shift+Enter');
    expect(formatCombo('$mod+Shift+Enter', mac)).toBe('Cmd+Shift+Enter');
    expect(formatCombo('[Shift]+?', linux)).toBe('?');
    expect(formatCombo('p l', linux)).toBe('p l');
    expect(formatCombo('Shift+ArrowDown', linux)).toBe('Shift+↓');
    expect(formatCombo('Escape', linux)).toBe('Esc');
  });
});
