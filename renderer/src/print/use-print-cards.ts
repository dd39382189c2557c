import { useCallback, useState } from 'react';
import { bridge } from '../bridge/bridge.ts';
import { useSurvey } from '../survey/survey-context.ts';
import { printCards } from './print-cards.ts';

/** State of a print request: preparing, or the last failure's message. */
export interface PrintState {
  readonly busy: boolean;
  readonly error: string | undefined;
}

/** A PDF file name from any text: path separators and reserved characters replaced, ".pdf" added. */
export function pdfFileName(base: string): string {
  const plain = [...base].map((ch) => ('\\/:*?"<>|'.includes(ch) || ch.charCodeAt(0) < 0x20 ? '_' : ch)).join('').trim().slice(0, 180) || 'parcel-cards';
  return `${plain}.pdf`;
}

/**
 * Prints cards of the open project, in the order given. With `pdfName` the
 * rendered pages go to the bridge's printToPdf (Electron saves a PDF; the web
 * build opens the print dialog) instead of the printer dialog.
 */
export function usePrintCards(): [(parcelIds: readonly string[], pdfName?: string) => Promise<void>, PrintState] {
  const survey = useSurvey();
  const [state, setState] = useState<PrintState>({ busy: false, error: undefined });
  const print = useCallback(async (parcelIds: readonly string[], pdfName?: string) => {
    if (parcelIds.length === 0) return;
    setState({ busy: true, error: undefined });
    try {
      await printCards(survey, parcelIds, pdfName ? { print: async () => void await bridge.printToPdf({ suggestedName: pdfFileName(pdfName) }) } : {});
      setState({ busy: false, error: undefined });
    } catch (error) {
      setState({ busy: false, error: error instanceof Error ? error.message : String(error) });
    }
  }, [survey]);
  return [print, state];
}
