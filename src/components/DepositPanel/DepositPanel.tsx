import { forwardRef, useId, useState, type HTMLAttributes, type Ref } from 'react';
import { useControllableState } from '@radix-ui/react-use-controllable-state';
import { DEFAULT_GAME, type GameId, type Trade } from '../../core/index.js';
import { useDeposit, useDepositSelection, useInfiniteInventory, type AssetPayTheme } from '../../hooks/index.js';
import { cx, DisplayProvider, themeAttributes, useDisplay, useTheme, type DisplayProps } from '../shared/index.js';
import { InventoryGrid, type InventoryGridSlot } from '../InventoryGrid/index.js';
import type { ItemCardSlot } from '../ItemCard/index.js';
import { PanelToolbar } from './PanelToolbar.js';
import { useItemFilters } from '../../hooks/index.js';
import { DepositSummary } from '../DepositSummary/index.js';
import { DepositDialog } from '../DepositDialog/index.js';

/** Parts of the panel that take a class name. */
export type DepositPanelSlot = 'panel' | 'toolbar' | 'items' | 'heading' | 'summary' | 'actions';

/** Props of {@link DepositPanel}. Other HTML attributes (`id`, `aria-*`, `data-*`, `style`, handlers) go on its root `section`. */
export interface DepositPanelProps extends DisplayProps, Omit<HTMLAttributes<HTMLElement>, 'children'> {
  /** Controlled game; leave it out (`undefined`) to let the panel keep its own. @default undefined */
  game?: GameId;
  /** Initial game when uncontrolled. @default DEFAULT_GAME (CS2) */
  defaultGame?: GameId;
  /** Called when the game changes (uncontrolled), or when the user asks to switch (controlled). @default undefined */
  onGameChange?: (game: GameId) => void;
  /** Level of the heading over the grid (`labels.inventoryHeading`), to fit the page's outline. @default 2 */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  /** Most distinct items in one deposit. @default 250 */
  maxItems?: number;
  /** Ask for instant credit (CS2). @default true */
  isInstant?: boolean;
  onDeposited?: (trade: Trade) => void;
  theme?: AssetPayTheme;
  /** Height of the grid's scroll area. @default 560 */
  height?: number | string;
  /** Page size used to load the whole inventory. @default 500 */
  perPage?: number;
  /**
   * Keep each game's selection in `sessionStorage` so it survives a reload (this tab only). Needs
   * `userKey` on AssetPayProvider; see `useDepositSelection`'s `persist`. @default false
   */
  persistSelection?: boolean;
  /** Class name of the root, after ours. @default undefined */
  className?: string;
  /** Class names of the panel's parts, the grid's and the cards'. @default {} */
  classNames?: Partial<Record<DepositPanelSlot | InventoryGridSlot | ItemCardSlot, string>>;
  /** Drop our class names and theme (data attributes stay). @default false */
  unstyled?: boolean;
}

/**
 * The whole deposit page: game switch, search, sort, price and local filters, refresh, the
 * virtualised grid, a sticky summary and the confirm dialog. Each game keeps its own selection.
 * The grid sits in a region named by its heading, so a screen-reader user can jump to it.
 * @selector [data-slot=deposit-panel] [data-slot=deposit-panel-items]
 */
export const DepositPanel = /* @__PURE__ */ forwardRef<HTMLElement, DepositPanelProps>(DepositPanelRender);

function DepositPanelRender(props: DepositPanelProps, ref: Ref<HTMLElement>) {
  const {
    game: _g, defaultGame: _dg, onGameChange: _og, headingLevel: _hl, maxItems: _m, isInstant: _ii, onDeposited: _od, theme: _t, height: _h, perPage: _p,
    persistSelection: _ps, className: _cn, classNames: _cns, unstyled: _u, labels: _l, locale: _lo, currency: _cu, style, ...rest
  } = props;
  const [game, setGame] = useControllableState({ prop: props.game, defaultProp: props.defaultGame ?? DEFAULT_GAME, onChange: props.onGameChange, caller: 'DepositPanel' });
  const [visited, setVisited] = useState<GameId[]>([game]);
  if (!visited.includes(game)) setVisited([...visited, game]);
  const display = useDisplay(props);
  const themeProp = useTheme(props.theme);
  return (
    <DisplayProvider labels={display.labels} locale={display.locale} currency={display.currency}>
      <section
        aria-label={display.labels.depositPanel}
        lang={display.labels.locale}
        {...rest}
        ref={ref}
        data-slot="deposit-panel"
        className={props.unstyled ? cx(props.classNames?.panel, props.className) : cx('ap-DepositPanel-root', props.classNames?.panel, props.className)}
        {...(props.unstyled ? { style } : themeAttributes(themeProp, style))}
      >
        {/* One subtree per visited game, kept mounted: a game's selection and filters survive a switch. */}
        {visited.map((shown) => (
          <div key={shown} data-slot="deposit-panel-game" data-game={shown} hidden={shown !== game}>
            <GameInventory {...props} game={shown} onGameChange={setGame} theme={themeProp} />
          </div>
        ))}
      </section>
    </DisplayProvider>
  );
}

function GameInventory(props: DepositPanelProps & { game: GameId; onGameChange: (game: GameId) => void }) {
  const { game, unstyled = false, classNames = {} } = props;
  const display = useDisplay();
  const inventory = useInfiniteInventory({ game, perPage: props.perPage ?? 500, loadAll: true });
  const selection = useDepositSelection({
    items: inventory.items,
    inventoryComplete: inventory.isComplete,
    game,
    collateral: inventory.collateral,
    maxItems: props.maxItems ?? 250,
    persist: props.persistSelection ?? false,
  });
  const deposit = useDeposit({ selection });
  const panel = useItemFilters(inventory.items);
  const c = (slot: DepositPanelSlot) => (unstyled ? classNames[slot] : cx(`ap-DepositPanel-${slot}`, classNames[slot]));
  const headingId = useId();
  const Heading = `h${props.headingLevel ?? 2}` as 'h2' | 'h3' | 'h4' | 'h5' | 'h6';
  return (
    <>
      <PanelToolbar
        game={game}
        onGameChange={props.onGameChange}
        filters={panel.filters}
        update={panel.update}
        exteriors={panel.exteriors}
        rarities={panel.rarities}
        refresh={inventory}
        updatedAt={inventory.updatedAt}
        isFetching={inventory.isFetching}
        display={display}
        className={c('toolbar')}
      />
      <section data-slot="deposit-panel-items" aria-labelledby={headingId} className={c('items')}>
        <Heading id={headingId} data-slot="deposit-panel-heading" className={c('heading')}>
          {display.labels.inventoryHeading}
        </Heading>
        <InventoryGrid
          items={panel.visible}
          selection={selection}
          isLoading={inventory.isLoading || (inventory.hasNextPage && inventory.items.length === 0)}
          error={inventory.error}
          onRetry={() => void inventory.refresh()}
          emptyMessage={panel.isFiltered ? display.labels.emptyFiltered : undefined}
          height={props.height}
          theme={props.theme}
          classNames={classNames}
          unstyled={unstyled}
        />
      </section>
      <DepositSummary selection={selection} className={c('summary')} unstyled={unstyled}>
        <div data-slot="deposit-panel-actions" className={c('actions')}>
          <button type="button" onClick={() => selection.selectAll(panel.visible)} disabled={panel.visible.length === 0}>
            {display.labels.selectAll}
          </button>
          <button type="button" onClick={selection.clear} disabled={selection.count === 0}>
            {display.labels.clear}
          </button>
          <DepositDialog
            selection={selection}
            deposit={deposit}
            isInstant={props.isInstant ?? true}
            onDeposited={props.onDeposited}
            theme={props.theme}
            unstyled={unstyled}
          />
        </div>
      </DepositSummary>
    </>
  );
}
