import type { PrintCardData } from './load-print-card.ts';
import { PrintCard } from './PrintCard.tsx';
import './print.css';

/** The printed pages: one card per page. */
export function PrintView({ cards, printedAt }: { readonly cards: readonly PrintCardData[]; readonly printedAt: string }) {
  return (
    <div className="print-view" data-testid="print-view">
      {cards.map((card, i) => <PrintCard key={card.parcelId} card={card} page={i + 1} pages={cards.length} printedAt={printedAt} />)}
    </div>
  );
}
