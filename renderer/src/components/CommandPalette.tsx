import { Command } from 'cmdk';
import { useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { SearchHit } from '../../../preload/contract/queue-types';
import { call } from '../bridge';
import { translate, useRich, useT } from '../i18n';
import { actionAvailable, openTicket, runAction } from '../keyboard/commands';
import { focusRegion } from '../keyboard/focus';
import { ACTION_GROUPS, ACTIONS, actionTitle, groupTitle, type ActionId, type Bindings } from '../keyboard/keymap';
import { announce } from '../stores/announce-store';
import { useDialogStore } from '../stores/dialog-store';
import { keyPlatform, useSettingsStore } from '../stores/settings-store';
import { formatCombo } from '../keyboard/clashes';
import { Keys } from './Keys';
import { Modal } from './Modal';
import { CustomerText, customerPlain } from './CustomerText';

const HIT_LIMIT = 8;

const hitValue = (hit: SearchHit): string => `ticket ${hit.ticketId}`;

/** What a command is found by: its title in the interface language first (ranked on), then group and keys. */
function keywordsOf(a: (typeof ACTIONS)[number], bindings: Bindings): string[] {
  return [actionTitle(a.id), groupTitle(a.group), ...bindings[a.id].map((k) => formatCombo(k, keyPlatform))];
}

/**
 * Every typed word must appear in the title, id, group or keys (no fuzzy letter-skipping: "stat"
 * must not match "Last ticket"); titles that start with the words rank first. Ticket hits are
 * always shown (search.query already chose them) below the commands that match.
 */
function paletteFilter(value: string, search: string, keywords?: string[]): number {
  if (value.startsWith('ticket ')) return 0.1;
  const words = search.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return 1;
  const title = (keywords?.[0] ?? '').toLowerCase();
  const text = [value, ...(keywords ?? [])].join(' ').toLowerCase();
  if (!words.every((w) => text.includes(w))) return 0;
  const phrase = words.join(' ');
  if (title.startsWith(phrase)) return 1;
  if (title.split(/[^\p{L}\p{N}]+/u).some((t) => t.startsWith(words[0]!))) return 0.8;
  return 0.5;
}

/**
 * Ctrl/Cmd+K: every action by title with its keys, run where the agent was; and "go to ticket"
 * from search.query as they type. Closing puts focus back where it was.
 */
export function CommandPalette() {
  const t = useT();
  const rich = useRich();
  const origin = useDialogStore((s) => s.origin);
  const close = useDialogStore((s) => s.close);
  const bindings = useSettingsStore((s) => s.bindings);
  const [search, setSearch] = useState('');
  const [hits, setHits] = useState<readonly SearchHit[]>([]);
  // Controlled so a ticket found by search can be preselected when no command matches.
  const [selected, setSelected] = useState('');
  const seq = useRef(0);
  // Availability is read once: nothing else changes while the palette is open.
  const [available] = useState(() => new Map(ACTIONS.map((a) => [a.id, actionAvailable(a.id)])));

  useEffect(() => {
    const text = search.trim();
    const mine = ++seq.current;
    if (text.length < 2) {
      setHits([]);
      return;
    }
    call('search.query', { text, limit: HIT_LIMIT }).then(
      (result) => {
        if (mine !== seq.current) return;
        setHits(result.hits);
        // The hits arrive after cmdk chose what to highlight: with no command matching, Enter goes to the first ticket.
        const commandMatches = ACTIONS.some((a) => available.get(a.id) && paletteFilter(a.id, search, keywordsOf(a, bindings)) > 0);
        const first = result.hits[0];
        if (!commandMatches && first) setSelected(hitValue(first));
      },
      () => {
        if (mine === seq.current) setHits([]);
      },
    );
  }, [search, available, bindings]);

  const run = (id: ActionId): void => {
    const from = origin ?? { context: 'queue' as const, element: null };
    // Closed (and focus back where it was) before the action runs, so its own focus moves win.
    flushSync(close);
    runAction(id, from);
  };

  const goTo = (hit: SearchHit): void => {
    flushSync(close);
    void openTicket(hit.ticketId).then(() => {
      focusRegion('ticket');
      announce(translate('app.announce.opened', { id: customerPlain(hit.ticketId), subject: customerPlain(hit.subject) }));
    });
  };

  return (
    <Modal title={t('app.palette.title')} onClose={close} className="palette" testId="command-palette">
      <Command
        label={t('app.palette.label')}
        loop
        vimBindings={false}
        filter={paletteFilter}
        value={selected}
        onValueChange={setSelected}
        className="palette-command"
      >
        <Command.Input
          className="palette-input"
          data-autofocus=""
          data-testid="palette-input"
          placeholder={t('app.palette.placeholder')}
          value={search}
          onValueChange={setSearch}
        />
        <Command.List className="palette-list" label={t('app.palette.label')}>
          <Command.Empty className="palette-empty">{t('app.palette.empty')}</Command.Empty>
          {ACTION_GROUPS.map((group) => (
            <Command.Group key={group} heading={groupTitle(group)}>
              {ACTIONS.filter((a) => a.group === group).map((a) => (
                <Command.Item
                  key={a.id}
                  value={a.id}
                  keywords={keywordsOf(a, bindings)}
                  disabled={!available.get(a.id)}
                  className="palette-item"
                  data-testid="palette-item"
                  data-action-id={a.id}
                  onSelect={() => run(a.id)}
                >
                  <span className="palette-title">{actionTitle(a.id)}</span>
                  <Keys keys={bindings[a.id]} />
                </Command.Item>
              ))}
            </Command.Group>
          ))}
          {/* Commands first: Enter on a typed command never jumps to a ticket by accident. */}
          {hits.length > 0 && (
            <Command.Group heading={t('app.palette.goToHeading')} forceMount>
              {hits.map((hit) => (
                <Command.Item
                  key={hit.ticketId}
                  value={hitValue(hit)}
                  keywords={[search, hit.subject]}
                  forceMount
                  className="palette-item palette-hit"
                  data-testid="palette-hit"
                  data-ticket-id={hit.ticketId}
                  onSelect={() => goTo(hit)}
                >
                  <span className="palette-title">{rich('app.palette.goTo', { id: <CustomerText className="mono" text={hit.ticketId} />, subject: <CustomerText text={hit.subject} lang={hit.language} /> })}</span>
                  <span className="palette-meta">{t('app.palette.matchedIn', { where: hit.matchedIn })}</span>
                </Command.Item>
              ))}
            </Command.Group>
          )}
        </Command.List>
      </Command>
    </Modal>
  );
}
