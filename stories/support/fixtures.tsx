import type { Decorator } from '@storybook/react-vite';
import { parseInventoryItems, themeAttributes, type AssetPayTheme, type InventoryItem } from '../../src/index.js';
import { createMockInventory } from '../../src/mock/index.js';

/** Validated items from the seeded generator, as the hooks would hand them over. */
export function mockItems(game: 730 | 252490, count: number, seed = 11): InventoryItem[] {
  return parseInventoryItems(createMockInventory({ game, count, seed })).items;
}

/** Puts a story on a themed surface; `parameters.apTheme` picks the theme, `unstyled` none. */
export const withTheme: Decorator = (Story, { parameters }) =>
  parameters.unstyled ? (
    <Story />
  ) : (
    <div {...themeAttributes(parameters.apTheme as AssetPayTheme | undefined, { background: 'var(--ap-bg)', padding: 16 })}>
      <Story />
    </div>
  );

export const customTheme: AssetPayTheme = {
  preset: 'dark',
  variables: { accent: '#f5b841', accentText: '#111111', radius: '2px', background: '#101820', surface: '#18242f', fontFamily: 'Georgia, serif' },
};
