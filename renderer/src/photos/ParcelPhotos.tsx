import { useSurvey } from '../survey/survey-context.ts';
import { DocumentList } from './DocumentList.tsx';
import { PhotoGallery } from './PhotoGallery.tsx';
import './photos.css';

/** A parcel's dossier (一地一档) on its card: site photos and documents. */
export function ParcelPhotos({ parcelId }: { readonly parcelId: string }) {
  const survey = useSurvey();
  return (
    <div className="parcel-dossier" data-testid="parcel-dossier">
      <PhotoGallery survey={survey} parcelId={parcelId} />
      <DocumentList survey={survey} parcelId={parcelId} />
    </div>
  );
}
