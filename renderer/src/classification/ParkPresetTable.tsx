import { useTranslation } from 'react-i18next';
import type { ParkPreset } from '../../../shared/parks/park-preset.ts';

/** The project's park preset: each park's 亩均税收 target band and lead industries. */
export function ParkPresetTable({ preset }: { readonly preset: ParkPreset }) {
  const { t } = useTranslation();
  return (
    <section className="rules-parks">
      <h3>{t('classifyParks')} <small>{preset.name} · v{preset.version}</small></h3>
      <table data-testid="rules-parks">
        <thead><tr><th>{t('classifyOverridePark')}</th><th>{t('classifyParkTarget')}</th><th>{t('classifyParkIndustries')}</th></tr></thead>
        <tbody>
          {preset.parks.map((park) => (
            <tr key={park.name}>
              <td>{park.name}</td>
              <td>{park.taxPerMuTarget ? `${park.taxPerMuTarget.min}–${park.taxPerMuTarget.max}` : '—'}</td>
              <td>{park.leadIndustries.join('、')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
