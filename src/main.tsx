import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { PersistQueryClientProvider } from '@tanstack/react-query-persist-client';
import { App } from './app/App';
import { startDataset } from './app/dataset';
import { MAX_AGE, persister, persistWhenLeaving } from './app/persist';
import { queryClient } from './app/query-client';
import { loadThresholdPreference, searchWithPreference } from './app/threshold-preference';
import './app/app.css';

persistWhenLeaving();

// before the first render, so no query runs with thresholds the user did not choose
const search = searchWithPreference(window.location.search, loadThresholdPreference());
if (search !== window.location.search) window.history.replaceState(null, '', `${window.location.pathname}${search}${window.location.hash}`);

// DuckDB-WASM and the sample's figures start loading now, not after the first render
void startDataset();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <PersistQueryClientProvider client={queryClient} persistOptions={{ persister, maxAge: MAX_AGE, buster: __BUILD_ID__ }}>
      <App />
    </PersistQueryClientProvider>
  </StrictMode>,
);
