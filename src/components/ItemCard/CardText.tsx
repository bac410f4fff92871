// The parts of a card that depend on the item and the display only, never on the selection:
// memoised, so selecting a card (or all of them) re-renders none of this.
import { memo } from 'react';
import { isStackable, type InventoryItem } from '../../core/index.js';
import { parseItemName, steamTerm, VisuallyHidden, type Labels } from '../shared/index.js';

interface CardTextProps {
  item: InventoryItem;
  labels: Labels;
  money: (cents: number) => string;
  nameClass: string | undefined;
  badgesClass: string | undefined;
  priceClass: string | undefined;
}

/** The name with its StatTrak™/Souvenir/★ badges, then the payout (inside the card's button). */
export const CardText = /* @__PURE__ */ memo(function CardText({ item, labels, money, nameClass, badgesClass, priceClass }: CardTextProps) {
  const name = parseItemName(item.name);
  const marked = name.star || name.statTrak || name.souvenir;
  const showStack = isStackable(item) && (item.amount ?? 1) > 1;
  return (
    <>
      <span data-slot="item-card-name" className={nameClass}>
        {marked && (
          <span data-slot="item-card-badges" className={badgesClass}>
            {name.star && <span data-badge="star">{labels.star}</span>}
            {name.star && (name.statTrak || name.souvenir) && ' '}
            {name.statTrak && <span data-badge="stattrak">{labels.statTrak}</span>}
            {name.souvenir && <span data-badge="souvenir">{labels.souvenir}</span>}
          </span>
        )}
        {marked && ' '}
        {name.base}
      </span>
      <span data-slot="item-card-price" className={priceClass}>
        <VisuallyHidden>, {labels.youGet}</VisuallyHidden> {item.offer ? money(item.offer.priceCents) : '—'}
        {showStack && <span data-slot="item-card-stack"> {labels.stack(item.amount ?? 1)}</span>}
      </span>
    </>
  );
});

interface CardFactsProps {
  item: InventoryItem;
  labels: Labels;
  money: (cents: number) => string;
  exteriorClass: string | undefined;
  marketClass: string | undefined;
}

/** The exterior (in Steam's words for the locale) and the market price as a reference. */
export const CardFacts = /* @__PURE__ */ memo(function CardFacts({ item, labels, money, exteriorClass, marketClass }: CardFactsProps) {
  return (
    <>
      {item.exterior && (
        <span data-slot="item-card-exterior" className={exteriorClass}>
          {steamTerm(labels.exteriorNames, item.exterior)}
        </span>
      )}
      {item.marketPriceCents !== null && (
        <span data-slot="item-card-market" className={marketClass}>
          {labels.marketPrice} <s>{money(item.marketPriceCents)}</s>
        </span>
      )}
    </>
  );
});
