import { useEffect } from 'react';
import { AppHeader } from './components/AppHeader';
import { ErrorBanner } from './components/ErrorBanner';
import { LiveRegion } from './components/LiveRegion';
import { SyncStatusBar } from './components/SyncStatusBar';
import { focusRegion } from './keyboard/focus';
import { SHORTCUT_HELP } from './keyboard/keymap';
import { useShortcuts } from './keyboard/useShortcuts';
import { startLiveUpdates } from './live-updates';
import { linkTypingAnnouncements } from './stores/presence-announcer';
import { linkPresenceToSelection } from './stores/presence-reporter';
import { useQueueStore } from './stores/queue-store';
import { linkSelectionToTicket } from './stores/selection-link';
import { useSessionStore } from './stores/session-store';
import { useSyncStore } from './stores/sync-store';
import { QueueList } from './views/QueueList';
import { TicketPane } from './views/TicketPane';

export function App() {
  useShortcuts();

  useEffect(() => {
    // Subscribe before the first fetches so no change slips between load and listen.
    const stopLive = startLiveUpdates();
    const unlink = linkSelectionToTicket();
    const unlinkPresence = linkPresenceToSelection();
    const unlinkTyping = linkTypingAnnouncements();
    void useSessionStore.getState().load();
    void useSyncStore.getState().load();
    useQueueStore.getState().start();
    focusRegion('queue');
    return () => {
      stopLive();
      unlink();
      unlinkPresence();
      unlinkTyping();
    };
  }, []);

  return (
    <div className="app">
      <AppHeader />
      <ErrorBanner />
      <div className="app-body">
        <aside className="queue-pane" aria-label="Ticket queue">
          <QueueList />
        </aside>
        <TicketPane />
      </div>
      <footer className="app-footer">
        <SyncStatusBar />
        <p className="key-help" aria-label="Keyboard shortcuts">
          {SHORTCUT_HELP}
        </p>
      </footer>
      <LiveRegion />
    </div>
  );
}
