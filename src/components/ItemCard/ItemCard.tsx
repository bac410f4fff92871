import { forwardRef, memo, useId, type ButtonHTMLAttributes, type CSSProperties, type HTMLAttributes, type MouseEvent, type KeyboardEvent, type Ref } from 'react';
import { composeEventHandlers } from '@radix-ui/primitive';
import { composeRefs } from '@radix-ui/react-compose-refs';
import { isStackable, itemDisabledReason, maxDepositAmount, rarityColour, type InventoryItem, type SelectionStore } from '../../core/index.js';
import { useSelectionEntry } from '../../hooks/index.js';
import { cx, flag, useDisplay, type DisplayProps } from '../shared/index.js';
import { CardFacts, CardText } from './CardText.js';
import { ItemImage } from './ItemImage.js';
import { QuantityStepper } from '../QuantityStepper/index.js';
import { StickerTooltip } from '../StickerTooltip/index.js';
import { WearBar } from './WearBar.js';

/** Parts of an item card that take a class name. */
export type ItemCardSlot = 'root' | 'toggle' | 'image' | 'name' | 'badges' | 'exterior' | 'price' | 'market' | 'reason' | 'wear' | 'stickers' | 'stepper';

/** Props of {@link ItemCard}. Other HTML attributes (`role`, `aria-*`, `data-*`, handlers) go on its root `div`. */
export interface ItemCardProps extends DisplayProps, Omit<HTMLAttributes<HTMLDivElement>, 'onToggle' | 'children' | 'color'> {
  item: InventoryItem;
  /** Selection store: the card subscribes to its own entry only. Omit to control `selected`/`amount`. */
  store?: SelectionStore;
  /** Selected state when no `store` is given. @default false */
  selected?: boolean;
  /** Units to deposit when no `store` is given. @default 1 */
  amount?: number;
  /** The selection is full: an unselected card shows the limit as its reason. @default false */
  atLimit?: boolean;
  /** Called on click, Space or Enter. The event tells a Shift-range from a toggle. */
  onToggle?: (item: InventoryItem, event: MouseEvent | KeyboardEvent) => void;
  /** Called when the quantity of a selected stack changes. */
  onAmountChange?: (item: InventoryItem, amount: number) => void;
  /** Whether this card holds the tab stop (a grid's roving tabindex). @default true */
  isTabStop?: boolean;
  /** Ref to the toggle button, for a grid that moves focus. */
  toggleRef?: Ref<HTMLButtonElement>;
  /**
   * Props for the toggle button, such as `useInventoryGrid`'s `getToggleProps(item)`: spread onto
   * it over ours (`tabIndex`, `aria-*`), handlers composed (theirs first, before `onToggle`), refs merged. @default undefined
   */
  toggleProps?: ButtonHTMLAttributes<HTMLButtonElement> & { ref?: Ref<HTMLButtonElement> };
  /**
   * The quantity input of a selected stack, such as `useInventoryGrid`'s `getStepperProps(item)`;
   * `null` shows none. @default derived from the selection
   */
  stepperProps?: { value: number; max: number; tabIndex?: number; onValueChange: (amount: number) => void } | null;
  /** Icon size requested from Steam. @default 128 */
  iconSize?: number;
  className?: string;
  classNames?: Partial<Record<ItemCardSlot, string>>;
  style?: CSSProperties;
  /** Drop our class names (data attributes stay). @default false */
  unstyled?: boolean;
}

/**
 * One inventory item: icon, name with StatTrak™/Souvenir/★ badges, exterior and float, the
 * payout (`offer.price`) as headline and the market price as a labelled reference, stickers,
 * the reason it cannot be deposited, and a quantity stepper on selected stacks.
 * @selector [data-selected] [data-disabled] [data-stackable]
 */
export const ItemCard = /* @__PURE__ */ memo(/* @__PURE__ */ forwardRef<HTMLDivElement, ItemCardProps>(ItemCardRender));

function ItemCardRender(props: ItemCardProps, ref: Ref<HTMLDivElement>) {
  const {
    item,
    store,
    atLimit = false,
    isTabStop = true,
    unstyled = false,
    classNames = NO_CLASSES,
    selected: _selected,
    amount: _amount,
    onToggle: _onToggle,
    onAmountChange: _onAmountChange,
    toggleRef: _toggleRef,
    toggleProps: _toggleProps,
    stepperProps: _stepperProps,
    iconSize: _iconSize,
    className: _className,
    style: _style,
    labels: _labels,
    locale: _locale,
    currency: _currency,
    ...rest
  } = props;
  const { labels, money, locale } = useDisplay(props);
  const entry = useSelectionEntry(store ?? nullStore, item.id);
  const selected = store ? entry !== undefined : (props.selected ?? false);
  const amount = store ? (entry?.amount ?? 1) : (props.amount ?? 1);
  const reason = itemDisabledReason(item) ?? (atLimit && !selected ? 'limit' : null);
  const stackable = isStackable(item);
  const tabIndex = isTabStop ? 0 : -1;
  const c = (slot: ItemCardSlot) => (unstyled ? classNames[slot] : cx(`ap-ItemCard-${slot}`, classNames[slot]));
  const descriptionId = useId();
  const { ref: toggleRef, ...toggleProps } = props.toggleProps ?? {};
  const ownStepper = selected && stackable && maxDepositAmount(item) > 1 ? { value: amount, max: maxDepositAmount(item), tabIndex, onValueChange: (next: number) => props.onAmountChange?.(item, next) } : null;
  const stepper = props.stepperProps === undefined ? ownStepper : props.stepperProps;

  const colour = rarityColour(item.color, item.rarity);
  return (
    <div
      {...rest}
      ref={ref}
      data-slot="item-card"
      data-item-id={item.id}
      data-selected={flag(selected)}
      data-disabled={flag(reason !== null)}
      data-stackable={flag(stackable)}
      className={cx(c('root'), props.className)}
      style={colour ? ({ '--ap-rarity': colour, ...props.style } as CSSProperties) : props.style}
    >
      {/* The button's own text is its name (item and payout); the rest describes it. */}
      <button
        type="button"
        className={c('toggle')}
        aria-pressed={selected}
        aria-disabled={reason !== null && !selected ? true : undefined}
        aria-describedby={descriptionId}
        tabIndex={tabIndex}
        {...toggleProps}
        ref={composeRefs(props.toggleRef, toggleRef)}
        data-slot="item-card-toggle"
        onClick={composeEventHandlers(toggleProps.onClick, (event) => {
          if (reason === null || selected) props.onToggle?.(item, event);
        })}
      >
        <ItemImage iconUrl={item.iconUrl} size={props.iconSize} className={c('image')} />
        <CardText item={item} labels={labels} money={money} nameClass={c('name')} badgesClass={c('badges')} priceClass={c('price')} />
      </button>
      <div id={descriptionId} data-slot="item-card-details">
        <CardFacts item={item} labels={labels} money={money} exteriorClass={c('exterior')} marketClass={c('market')} />
        {reason && (
          <span data-slot="item-card-reason" className={c('reason')}>
            {labels.disabledReason[reason]}
          </span>
        )}
      </div>
      {item.wear !== undefined && item.wear.trim() !== '' && <WearBar wear={item.wear} paintSeed={item.paintSeed} className={c('wear')} labels={labels} locale={locale} />}
      {(item.stickers.length > 0 || item.charm) && (
        <div data-slot="item-card-stickers" className={c('stickers')}>
          <StickerTooltip stickers={item.stickers} charm={item.charm} tabIndex={tabIndex} labels={props.labels} />
        </div>
      )}
      {stepper && (
        <div data-slot="item-card-stepper" className={c('stepper')}>
          <QuantityStepper
            value={stepper.value}
            max={stepper.max}
            label={labels.quantity(item.name)}
            tabIndex={stepper.tabIndex ?? tabIndex}
            onValueChange={stepper.onValueChange}
            labels={props.labels}
          />
        </div>
      )}
    </div>
  );
}

const NO_CLASSES: Partial<Record<ItemCardSlot, string>> = {};

const nullStore: SelectionStore = {
  getState: () => ({ entries: {}, anchorId: null, priceChanges: [], dropped: [] }),
  dispatch: () => {},
  subscribe: () => () => {},
  subscribeItem: () => () => {},
  isSelected: () => false,
  amountOf: () => 0,
  getTotals: () => ({ selectedItems: [], count: 0, units: 0, totalCents: 0, marketTotalCents: 0 }),
  setOptions: () => {},
};
