import '@mantine/core/styles.css';
import './styles.css';
import './i18n/i18n';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { getApi } from './api/get-api';
import { Root } from './root';

const container = document.getElementById('root');
if (!container) throw new Error('Missing #root element in index.html');

// Pick the shell now: in the browser this also takes the token out of the address bar at once.
getApi();

createRoot(container).render(
  <StrictMode>
    <Root />
  </StrictMode>,
);
