import { useTranslation } from 'react-i18next';

/** Every column of the imported record, as imported (read-only). */
export function OriginalAttributes({ attributes }: { readonly attributes: Readonly<Record<string, unknown>> }) {
  const { t } = useTranslation();
  const entries = Object.entries(attributes);
  if (entries.length === 0) return <p className="card-hint">{t('cardAttributesNone')}</p>;
  return (
    <table className="card-attributes" data-testid="card-attributes">
      <tbody>
        {entries.map(([name, value]) => (
          <tr key={name}><th scope="row">{name}</th><td>{value === null || value === undefined || value === '' ? t('cardEmpty') : String(value)}</td></tr>
        ))}
      </tbody>
    </table>
  );
}
