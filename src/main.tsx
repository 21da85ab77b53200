import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { PersistQueryClientProvider } from '@tanstack/react-query-persist-client';
import { createAsyncStoragePersister } from '@tanstack/query-async-storage-persister';
import { createStore, del, get, set } from 'idb-keyval';
import { App } from './app/App';
import { queryClient } from './app/query-client';
import { loadThresholdPreference, searchWithPreference } from './app/threshold-preference';
import './app/app.css';

const store = createStore('seika-cache', 'queries');
const persister = createAsyncStoragePersister({
  storage: { getItem: (k) => get<string>(k, store).then((v) => v ?? null), setItem: (k, v) => set(k, v, store), removeItem: (k) => del(k, store) },
  throttleTime: 500,
});

// before the first render, so no query runs with thresholds the user did not choose
const search = searchWithPreference(window.location.search, loadThresholdPreference());
if (search !== window.location.search) window.history.replaceState(null, '', `${window.location.pathname}${search}${window.location.hash}`);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <PersistQueryClientProvider client={queryClient} persistOptions={{ persister, maxAge: 1000 * 60 * 60 * 24 * 7, buster: __BUILD_ID__ }}>
      <App />
    </PersistQueryClientProvider>
  </StrictMode>,
);
