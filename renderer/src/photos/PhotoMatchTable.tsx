import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ParcelIndex } from '../survey/parcel-index.ts';
import { FileThumbnail } from './FileThumbnail.tsx';
import type { MatchedPhoto } from './folder-match.ts';
import { formatLonLat, formatTakenAt } from './format.ts';

function parcelLabel(index: ParcelIndex, parcelId: string, t: TFunction): { code: string; holder: string } {
  const position = index.positionById.get(parcelId);
  const row = position === undefined ? undefined : index.rows[position];
  return { code: row?.parcelCode || t('photoMatchNoCode'), holder: row?.landholder ?? '' };
}

function reason(photo: MatchedPhoto, t: TFunction): string {
  if (photo.match.status === 'outside') return t('photoMatchReasonOutside');
  return photo.isJpeg ? t('photoMatchReasonNoGps') : t('photoMatchReasonNotJpeg');
}

/** One row per photo: matched ones first with their parcel, then the others with the reason. */
export function PhotoMatchTable({ photos, index }: { readonly photos: readonly MatchedPhoto[]; readonly index: ParcelIndex }) {
  const { t } = useTranslation();
  const sorted = [...photos].sort((a, b) => Number(b.match.status === 'matched') - Number(a.match.status === 'matched') || a.path.localeCompare(b.path));
  return (
    <table className="photo-match-table">
      <thead>
        <tr>
          <th>{t('photoMatchColumnFile')}</th>
          <th>{t('photoMatchColumnTime')}</th>
          <th>{t('photoMatchColumnPosition')}</th>
          <th>{t('photoMatchColumnParcel')}</th>
        </tr>
      </thead>
      <tbody>
        {sorted.map((photo) => {
          const { match } = photo;
          const label = match.status === 'matched' ? parcelLabel(index, match.parcelId, t) : undefined;
          return (
            <tr key={photo.path} data-testid="photo-match-row" data-status={match.status === 'matched' ? 'matched' : 'unmatched'}
              data-file={photo.path} data-parcel-code={label?.code ?? ''}>
              <td className="photo-match-file" title={photo.path}>
                {photo.isJpeg && <FileThumbnail file={photo.file} alt={photo.path} />}
                <span>{photo.path}</span>
              </td>
              <td>{formatTakenAt(photo.exif.takenAt) ?? '—'}</td>
              <td>{formatLonLat(photo.exif.lonLat?.[0] ?? null, photo.exif.lonLat?.[1] ?? null) ?? '—'}</td>
              {match.status === 'matched' && label ? (
                <td className="matched">
                  <strong>{label.code}</strong> {label.holder}
                  {match.onBoundary && <> {t('photoMatchOnBoundary')}</>}
                  {match.otherParcelIds.length > 0 && (
                    <> {t('photoMatchAlsoIn', { codes: match.otherParcelIds.map((id) => parcelLabel(index, id, t).code).join('、') })}</>
                  )}
                </td>
              ) : (
                <td className="unmatched" data-testid="photo-match-reason">{reason(photo, t)}</td>
              )}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
