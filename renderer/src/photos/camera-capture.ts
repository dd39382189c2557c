/** Why the camera could not be used, as the message keys tell the user. */
export type CameraProblem = 'none' | 'denied' | 'busy' | 'unsupported' | 'failed';

/** A failed camera start, classified from the DOMException name getUserMedia rejects with. */
export function classifyCameraError(error: unknown): { readonly problem: CameraProblem; readonly message: string } {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  const message = error instanceof Error || error instanceof DOMException ? error.message : String(error);
  switch (name) {
    case 'NotAllowedError': case 'SecurityError': case 'PermissionDeniedError': return { problem: 'denied', message };
    case 'NotFoundError': case 'DevicesNotFoundError': case 'OverconstrainedError': return { problem: 'none', message };
    case 'NotReadableError': case 'TrackStartError': case 'AbortError': return { problem: 'busy', message };
    case 'Unsupported': return { problem: 'unsupported', message };
    default: return { problem: 'failed', message: message || name };
  }
}

/**
 * Opens the laptop's camera (video only, no microphone). Rejects with a
 * classified problem; 'unsupported' where the page has no media devices.
 */
export async function openCamera(): Promise<MediaStream> {
  if (!navigator.mediaDevices?.getUserMedia) throw Object.assign(new Error('mediaDevices unavailable'), { name: 'Unsupported' });
  return navigator.mediaDevices.getUserMedia({ video: { width: { ideal: 1920 }, height: { ideal: 1080 } }, audio: false });
}

/** Stops every track, which turns the camera light off. */
export function closeCamera(stream: MediaStream | undefined): void {
  for (const track of stream?.getTracks() ?? []) track.stop();
}

/** The video's current frame as a JPEG (quality 0.92), at the camera's full resolution. */
export function captureFrame(video: HTMLVideoElement): Promise<Blob> {
  const canvas = document.createElement('canvas');
  canvas.width = video.videoWidth;
  canvas.height = video.videoHeight;
  const context = canvas.getContext('2d');
  if (!context || canvas.width === 0) return Promise.reject(new Error('no video frame yet'));
  context.drawImage(video, 0, 0);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('JPEG encoding failed'))), 'image/jpeg', 0.92));
}
