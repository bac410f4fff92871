import { useState } from 'react';
import { DEFAULT_GAME, type GameId, type Trade } from '../../core/index.js';
import { useDeposit, useDepositSelection, useInfiniteInventory, type AssetPayTheme } from '../../hooks/index.js';
import { cx, DisplayProvider, themeAttributes, useDisplay, useTheme, type DisplayProps } from '../shared/index.js';
import { InventoryGrid, type InventoryGridSlot } from '../InventoryGrid/InventoryGrid.js';
import type { ItemCardSlot } from '../ItemCard/ItemCard.js';
import { PanelToolbar } from './PanelToolbar.js';
import { useItemFilters } from '../../hooks/index.js';
import { DepositSummary } from '../DepositSummary/DepositSummary.js';
import { DepositDialog } from '../DepositDialog/DepositDialog.js';

/** Parts of the panel that take a class name. */
export type DepositPanelSlot = 'panel' | 'toolbar' | 'summary' | 'actions';

/** Props of {@link DepositPanel}. */
export interface DepositPanelProps extends DisplayProps {
  /** Controlled game. */
  game?: GameId;
  /** @default 730 */
  defaultGame?: GameId;
  onGameChange?: (game: GameId) => void;
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
  className?: string;
  classNames?: Partial<Record<DepositPanelSlot | InventoryGridSlot | ItemCardSlot, string>>;
  unstyled?: boolean;
}

/**
 * The whole deposit page: game switch, search, sort, price and local filters, refresh, the
 * virtualised grid, a sticky summary and the confirm dialog. Each game keeps its own selection.
 * @selector [data-slot=deposit-panel]
 */
export function DepositPanel(props: DepositPanelProps) {
  const [ownGame, setOwnGame] = useState<GameId>(props.defaultGame ?? DEFAULT_GAME);
  const game = props.game ?? ownGame;
  const [visited, setVisited] = useState<GameId[]>([game]);
  if (!visited.includes(game)) setVisited([...visited, game]);
  const changeGame = (next: GameId) => {
    if (props.game === undefined) setOwnGame(next);
    props.onGameChange?.(next);
  };
  const display = useDisplay(props);
  const themeProp = useTheme(props.theme);
  return (
    <DisplayProvider labels={display.labels} locale={display.locale} currency={display.currency}>
      <section
        data-slot="deposit-panel"
        aria-label={display.labels.inventory}
        className={props.unstyled ? cx(props.classNames?.panel, props.className) : cx('ap-DepositPanel-root', props.classNames?.panel, props.className)}
        {...(props.unstyled ? {} : themeAttributes(themeProp))}
      >
        {/* One subtree per visited game, kept mounted: a game's selection and filters survive a switch. */}
        {visited.map((shown) => (
          <div key={shown} data-slot="deposit-panel-game" data-game={shown} hidden={shown !== game}>
            <GameInventory {...props} game={shown} onGameChange={changeGame} theme={themeProp} />
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
