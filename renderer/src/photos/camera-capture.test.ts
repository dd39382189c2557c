import { describe, expect, it } from 'vitest';
import { classifyCameraError } from './camera-capture.ts';

describe('classifyCameraError', () => {
  it('tells a refused permission, a missing camera and a busy camera apart', () => {
    expect(classifyCameraError(new DOMException('Permission denied', 'NotAllowedError')).problem).toBe('denied');
    expect(classifyCameraError(new DOMException('Requested device not found', 'NotFoundError')).problem).toBe('none');
    expect(classifyCameraError(new DOMException('Could not start video source', 'NotReadableError')).problem).toBe('busy');
  });

  it('keeps the browser\'s message for anything else', () => {
    expect(classifyCameraError(new TypeError('boom'))).toEqual({ problem: 'failed', message: 'boom' });
  });
});
