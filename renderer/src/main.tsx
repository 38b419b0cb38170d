import '@mantine/core/styles.css';
import '@mantine/charts/styles.css';
import './styles.css';
import { whenUiLanguageReady } from './i18n/i18n';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { whenApiReady } from './api/get-api';
import { Root } from './root';

const container = document.getElementById('root');
if (!container) throw new Error('Missing #root element in index.html');

// Pick the shell now: in the browser this also takes the link's code out of the address bar at
// once and spends it for a session before the first call.
// The UI language's strings load beside the session, not after it.
void Promise.all([whenApiReady(), whenUiLanguageReady()]).then(([{ refused }]) =>
  createRoot(container).render(
    <StrictMode>
      <Root refused={refused} />
    </StrictMode>,
  ),
);
