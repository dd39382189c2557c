import { useEffect, useReducer, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IdentityDialog } from './IdentityDialog.tsx';
import { useSurvey } from './survey-context.ts';

/** Surveyor name, undo and redo (Ctrl+Z / Ctrl+Y), and the ledger toggle. */
export function SurveyToolbar({ onToggleLedger }: { readonly onToggleLedger: () => void }) {
  const { t } = useTranslation();
  const { identity, session, setIdentity } = useSurvey();
  const [editingIdentity, setEditingIdentity] = useState(false);
  const [, rerender] = useReducer((n: number) => n + 1, 0);

  useEffect(() => session?.subscribe(rerender), [session]);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!session || !(event.ctrlKey || event.metaKey)) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, textarea, select')) return; // the field's own undo applies while typing
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) void session.undo();
      else if (key === 'y' || (key === 'z' && event.shiftKey)) void session.redo();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [session]);

  return (
    <div className="survey-toolbar">
      <button type="button" data-testid="toggle-ledger" onClick={onToggleLedger}>{t('ledgerToggle')}</button>
      <button type="button" data-testid="undo" disabled={!session?.canUndo} onClick={() => void session?.undo()}>{t('undo')}</button>
      <button type="button" data-testid="redo" disabled={!session?.canRedo} onClick={() => void session?.redo()}>{t('redo')}</button>
      <button type="button" data-testid="identity-button" onClick={() => setEditingIdentity(true)}>
        {identity ? t('identityButton', { author: identity.author }) : t('identityMissing')}
      </button>
      {editingIdentity && (
        <IdentityDialog identity={identity} onSave={setIdentity} onClose={() => setEditingIdentity(false)} />
      )}
    </div>
  );
}
