import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CARD_FIELDS, type CardSection } from '../../../shared/survey/card-fields.ts';
import { useCard } from './card-context.ts';
import { CardField } from './CardField.tsx';
import { fieldLabel } from './card-text.ts';

/** The editable fields of one card section, in CARD_FIELDS order, less any in `except`. */
export function FieldsSection({ section, except = [] }: { readonly section: CardSection; readonly except?: readonly string[] }) {
  const { t } = useTranslation();
  const card = useCard();
  return (
    <div className={`card-fields section-${section}`}>
      {CARD_FIELDS.filter((field) => field.section === section && !except.includes(field.key)).map((field) => (
        <CardField key={field.key} definition={field} fieldKey={field.key} label={fieldLabel(t, field.key)}
          value={card.values[field.key]} messages={card.messages.get(field.key) ?? []} invalid={card.messages.has(field.key)}
          readOnly={card.readOnly} onCommit={card.commit} />
      ))}
    </div>
  );
}

/** A collapsible card section with its title. */
export function CardSectionBox({ id, title, open = true, children }: { readonly id: string; readonly title: string; readonly open?: boolean; readonly children: ReactNode }) {
  return (
    <details className="card-section" data-testid={`card-section-${id}`} open={open}>
      <summary>{title}</summary>
      {children}
    </details>
  );
}
