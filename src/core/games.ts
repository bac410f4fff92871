// The one table of facts about the games AssetPay supports. Everything else reads it: no other file
// names a game id.

/** Per game: its Steam app id, the id as the API writes it in a deposit and a trade, and its rules. */
export const GAMES = {
  730: { id: 730, wire: '730', name: 'CS2', stackable: false, holdDays: 7 },
  252490: { id: 252490, wire: '252490', name: 'Rust', stackable: true, holdDays: 0 },
} as const;

/** Steam app ids AssetPay supports: CS2 and Rust. */
export type GameId = keyof typeof GAMES;
/** A game id as deposits and trades write it: `'730'` or `'252490'`. */
export type GameWire = (typeof GAMES)[GameId]['wire'];
/** One row of {@link GAMES}. */
export type GameInfo = (typeof GAMES)[GameId];

/** CS2's Steam app id. */
export const CS2: GameId = GAMES[730].id;
/** Rust's Steam app id. */
export const RUST: GameId = GAMES[252490].id;
/** The game shown and asked for when none is given. */
export const DEFAULT_GAME: GameId = CS2;
/** Every supported game, CS2 first. */
export const GAME_IDS: readonly GameId[] = [CS2, RUST];

/** True for a supported app id. */
export function isGameId(value: unknown): value is GameId {
  return typeof value === 'number' && Object.hasOwn(GAMES, value);
}

/** A supported game from its id in either form (`730` or `'730'`), else `undefined`. */
export function parseGame(value: unknown): GameId | undefined {
  const id = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
  return isGameId(id) ? id : undefined;
}

/** The id as the API writes it in deposits and trades. */
export function wireGame(game: GameId): GameWire {
  return GAMES[game].wire;
}
