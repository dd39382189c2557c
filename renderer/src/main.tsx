import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import './app/app.css';
import { initI18n } from './i18n/i18n.ts';
import { ParcelDeskDatabase } from './storage/database.ts';
import { requestPersistentStorage } from './storage/storage-quota.ts';

async function start(): Promise<void> {
  await initI18n();
  void requestPersistentStorage();
  const db = new ParcelDeskDatabase();
  createRoot(document.getElementById('root') as HTMLElement).render(
    <StrictMode>
      <App db={db} />
    </StrictMode>,
  );
}

void start();
