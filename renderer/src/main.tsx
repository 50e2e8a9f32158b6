import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { ErrorBoundary } from './components/ErrorBoundary';
import './styles.css';
import './triage.css';
import './security.css';
import './macros.css';
import './surge.css';
import './reports.css';
import './executive.css';
import './account.css';

const container = document.getElementById('root');
if (!container) throw new Error('AgentDesk: #root is missing from index.html');

createRoot(container).render(
  <StrictMode>
    <ErrorBoundary>
      <App />
    </ErrorBoundary>
  </StrictMode>,
);
