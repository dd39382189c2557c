import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { captureFrame, classifyCameraError, closeCamera, openCamera, type CameraProblem } from './camera-capture.ts';
import { localTimestamp } from './format.ts';

const PROBLEM_KEYS: Record<CameraProblem, string> = {
  none: 'photoCameraNone', denied: 'photoCameraDenied', busy: 'photoCameraBusy',
  unsupported: 'photoCameraUnsupported', failed: 'photoCameraFailed',
};

interface CameraDialogProps {
  /** Called with the captured JPEG and the local capture time. */
  readonly onCapture: (jpeg: Blob, takenAt: string) => Promise<void>;
  readonly onClose: () => void;
}

/** Live view of the laptop camera; each capture is added to the parcel. The camera stops on close. */
export function CameraDialog({ onCapture, onClose }: CameraDialogProps) {
  const { t } = useTranslation();
  const video = useRef<HTMLVideoElement>(null);
  const [stream, setStream] = useState<MediaStream>();
  const [problem, setProblem] = useState<{ problem: CameraProblem; message: string }>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let opened: MediaStream | undefined;
    let cancelled = false;
    openCamera().then((s) => {
      if (cancelled) closeCamera(s);
      else setStream((opened = s));
    }, (error: unknown) => !cancelled && setProblem(classifyCameraError(error)));
    return () => {
      cancelled = true;
      closeCamera(opened);
    };
  }, []);

  useEffect(() => {
    if (video.current && stream) video.current.srcObject = stream;
  }, [stream]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  const capture = async () => {
    if (!video.current) return;
    setBusy(true);
    try {
      await onCapture(await captureFrame(video.current), localTimestamp());
    } catch (error) {
      setProblem(classifyCameraError(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="dialog-backdrop photo-overlay">
      <div className="dialog photo-camera" role="dialog" aria-label={t('photoCameraTitle')} data-testid="photo-camera-dialog">
        <h2>{t('photoCameraTitle')}</h2>
        {problem ? (
          <p role="alert" className="error" data-testid="photo-camera-problem" data-problem={problem.problem}>
            {t(PROBLEM_KEYS[problem.problem], { message: problem.message })}
          </p>
        ) : !stream && <p>{t('photoCameraStarting')}</p>}
        <video ref={video} autoPlay playsInline muted hidden={!stream} />
        <footer>
          <button type="button" onClick={onClose}>{t('photoClose')}</button>
          <button type="button" className="primary" data-testid="photo-camera-capture" disabled={!stream || busy} onClick={() => void capture()}>
            {t('photoCameraCapture')}
          </button>
        </footer>
      </div>
    </div>
  );
}
