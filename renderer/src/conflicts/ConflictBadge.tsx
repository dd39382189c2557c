import { useTranslation } from 'react-i18next';
import './conflicts.css';

/** A small mark beside a card field whose value differs between devices. */
export function ConflictBadge({ field }: { readonly field: string }) {
  const { t } = useTranslation();
  return <span className="conflict-badge" data-testid={`conflict-badge-${field}`} title={t('conflictBadgeTitle')}>{t('conflictBadge')}</span>;
}

/** The card's note that the parcel is flagged, with how many fields are in conflict. */
export function ConflictBanner({ fields }: { readonly fields: readonly string[] }) {
  const { t } = useTranslation();
  if (fields.length === 0) return null;
  return <p className="conflict-banner" data-testid="card-conflict-banner" role="status">{t('conflictCardBanner', { count: fields.length })}</p>;
}
