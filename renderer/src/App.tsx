import { useEffect } from 'react';
import { AppHeader } from './components/AppHeader';
import { Dialogs } from './components/Dialogs';
import { ErrorBanner } from './components/ErrorBanner';
import { EscalationUndoBar } from './components/EscalationUndoBar';
import { BulkUndoBar } from './components/BulkUndoBar';
import { EscalationAlerts } from './components/EscalationAlerts';
import { PrivacyBar } from './components/privacy/PrivacyBar';
import { PendingApprovalsList } from './components/protection/PendingApprovalsList';
import { LiveRegion } from './components/LiveRegion';
import { SyncStatusBar } from './components/SyncStatusBar';
import { useT } from './i18n';
import { focusRegion, keepFocusAlive } from './keyboard/focus';
import { installTypingGuard } from './keyboard/typing-guard';
import { shortcutHelp } from './keyboard/keymap';
import { useShortcuts } from './keyboard/useShortcuts';
import { startLiveUpdates } from './live-updates';
import { linkTypingAnnouncements } from './stores/typing-announcements';
import { linkPresenceToSelection } from './stores/presence-reporter';
import { useMacroStore } from './stores/macro-store';
import { useQueueStore } from './stores/queue-store';
import { useSelectionStore } from './stores/selection-store';
import { linkSelectionToTicket } from './stores/selection-link';
import { useSessionStore } from './stores/session-store';
import { chooseLandingView } from './stores/landing-view';
import { keyPlatform, useSettingsStore } from './stores/settings-store';
import { useSyncStore } from './stores/sync-store';
import { QueueList } from './views/QueueList';
import { TicketPane } from './views/TicketPane';
import { ExecutiveView } from './views/ExecutiveView';
import { ExecutiveHeader } from './components/executive/ExecutiveHeader';
import { ReportsView } from './views/ReportsView';
import { SurgeView } from './views/SurgeView';
import { useUiStore } from './stores/ui-store';

/** Checked tickets belong to the view they were checked in. */
function clearSelectionOnViewChange(): () => void {
  return useQueueStore.subscribe((s, prev) => {
    if (s.view !== prev.view) useSelectionStore.getState().clear();
  });
}

export function App() {
  const executive = useSessionStore((s) => s.session?.agent.role === 'executive');
  // Executive mode has its own few keys: none of the desk's (palette, bulk, de-escalation) may act there.
  useShortcuts(!executive);
  // Every view re-renders in place when the language changes: no remount, focus and drafts stay.
  const t = useT();
  const bindings = useSettingsStore((s) => s.bindings);
  const help = shortcutHelp(bindings, keyPlatform);
  const screen = useUiStore((s) => s.screen);

  useEffect(() => {
    // Subscribe before the first fetches so no change slips between load and listen.
    const stopLive = startLiveUpdates();
    const unlink = linkSelectionToTicket();
    const unlinkPresence = linkPresenceToSelection();
    const unlinkTyping = linkTypingAnnouncements();
    const unlinkSelection = clearSelectionOnViewChange();
    const stopFocusKeeper = keepFocusAlive();
    const stopTypingGuard = installTypingGuard();
    // The queue opens on the agent's own work, which needs to know who is signed in.
    void useSessionStore
      .getState()
      .load()
      .then(() => chooseLandingView(useSessionStore.getState().session?.agent.role ?? null))
      .then((view) => useQueueStore.getState().start(view));
    void useSyncStore.getState().load();
    void useSettingsStore.getState().load();
    void useMacroStore.getState().load();
    focusRegion('queue');
    return () => {
      stopLive();
      unlink();
      unlinkPresence();
      unlinkTyping();
      unlinkSelection();
      stopFocusKeeper();
      stopTypingGuard();
    };
  }, []);

  return (
    <div className="app">
      {executive ? <ExecutiveHeader /> : <AppHeader />}
      <ErrorBanner />
      <EscalationAlerts />
      <PrivacyBar />
      {!executive && <PendingApprovalsList />}
      {!executive && <BulkUndoBar />}
      <EscalationUndoBar />
      {executive ? (
        <ExecutiveView />
      ) : screen === 'surge' ? (
        <SurgeView />
      ) : screen === 'reports' ? (
        <ReportsView />
      ) : (
        <div className="app-body">
          <aside className="queue-pane" aria-label={t('app.queuePane')}>
            <QueueList />
          </aside>
          <TicketPane />
        </div>
      )}
      <footer className="app-footer">
        <SyncStatusBar />
        {!executive && (
          <p className="key-help" aria-label={t('app.keyHelp')}>
            {help}
          </p>
        )}
      </footer>
      <LiveRegion />
      {!executive && <Dialogs />}
    </div>
  );
}
