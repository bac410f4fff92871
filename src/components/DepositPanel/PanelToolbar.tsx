import { useId } from 'react';
import { CS2, GAME_IDS, type GameId, type ItemQuality, type ItemSort } from '../../core/index.js';
import type { RefreshState } from '../../hooks/index.js';
import { steamTerm, useNow, type Display } from '../shared/index.js';
import { PriceFilter } from '../PriceFilter/index.js';
import type { ItemFilterState } from '../../hooks/index.js';

interface PanelToolbarProps {
  game: GameId;
  onGameChange: (game: GameId) => void;
  filters: ItemFilterState;
  update: <K extends keyof ItemFilterState>(name: K, value: ItemFilterState[K]) => void;
  exteriors: string[];
  rarities: string[];
  refresh: RefreshState;
  updatedAt: Date | null;
  isFetching: boolean;
  display: Display;
  className?: string;
}

/** Game switch, search, sort, price and local filters, and the refresh control. */
export function PanelToolbar(props: PanelToolbarProps) {
  const { filters, update, display, refresh } = props;
  const { labels, locale, currency } = display;
  const id = useId();
  const now = useNow(1000);
  const waitSeconds = refresh.refreshAvailableAt ? Math.max(0, Math.ceil((refresh.refreshAvailableAt.getTime() - now) / 1000)) : 0;
  const minutes = props.updatedAt ? Math.floor((now - props.updatedAt.getTime()) / 60_000) : null;
  const sorts: [ItemSort, string][] = [
    ['price-desc', labels.sortPriceDesc],
    ['price-asc', labels.sortPriceAsc],
    ['name-asc', labels.sortNameAsc],
    ['name-desc', labels.sortNameDesc],
  ];
  const qualities: [ItemQuality, string][] = [
    ['stattrak', labels.statTrak],
    ['souvenir', labels.souvenir],
    ['star', labels.star],
  ];
  return (
    <div data-slot="deposit-panel-toolbar" className={props.className}>
      <div role="group" aria-label={labels.gameSwitch} data-slot="game-switch">
        {GAME_IDS.map((game) => (
          <button key={game} type="button" aria-pressed={props.game === game} onClick={() => props.onGameChange(game)}>
            {game === CS2 ? labels.gameCs2 : labels.gameRust}
          </button>
        ))}
      </div>
      <label data-slot="toolbar-field">
        <span>{labels.search}</span>
        <input type="search" value={filters.search} placeholder={labels.searchPlaceholder} onChange={(event) => update('search', event.target.value)} />
      </label>
      <label data-slot="toolbar-field">
        <span>{labels.sort}</span>
        <select value={filters.sort} onChange={(event) => update('sort', event.target.value as ItemSort)}>
          {sorts.map(([value, text]) => (
            <option key={value} value={value}>
              {text}
            </option>
          ))}
        </select>
      </label>
      <PriceFilter value={filters.price} onValueChange={(price) => update('price', price)} locale={locale} currency={currency} labels={labels} />
      <fieldset data-slot="toolbar-filters">
        <legend>{labels.filters}</legend>
        {props.exteriors.length > 0 && (
          <select aria-label={labels.exterior} value={filters.exterior} onChange={(event) => update('exterior', event.target.value)}>
            <option value="">{labels.anyExterior}</option>
            {props.exteriors.map((value) => (
              <option key={value} value={value}>
                {steamTerm(labels.exteriorNames, value)}
              </option>
            ))}
          </select>
        )}
        {props.rarities.length > 0 && (
          <select aria-label={labels.rarity} value={filters.rarity} onChange={(event) => update('rarity', event.target.value)}>
            <option value="">{labels.anyRarity}</option>
            {props.rarities.map((value) => (
              <option key={value} value={value}>
                {steamTerm(labels.rarityNames, value)}
              </option>
            ))}
          </select>
        )}
        {props.game === CS2 && (
          <select aria-label={labels.quality} value={filters.quality} onChange={(event) => update('quality', event.target.value as ItemQuality | '')}>
            <option value="">{labels.anyQuality}</option>
            {qualities.map(([value, text]) => (
              <option key={value} value={value}>
                {text}
              </option>
            ))}
          </select>
        )}
        {props.game === CS2 && (
          <label>
            <input type="checkbox" checked={filters.hasStickers} onChange={(event) => update('hasStickers', event.target.checked)} /> {labels.hasStickers}
          </label>
        )}
        <label>
          <input type="checkbox" checked={filters.depositableOnly} onChange={(event) => update('depositableOnly', event.target.checked)} />{' '}
          {labels.hideUndepositable}
        </label>
      </fieldset>
      <div data-slot="toolbar-refresh">
        <span id={`${id}-updated`}>{minutes === null ? labels.updatedNever : labels.updatedAgo(minutes)}</span>
        <button type="button" disabled={!refresh.canRefresh || props.isFetching} aria-describedby={`${id}-updated`} onClick={() => void refresh.refresh()}>
          {refresh.canRefresh ? labels.refresh : labels.refreshIn(waitSeconds)}
        </button>
      </div>
    </div>
  );
}
