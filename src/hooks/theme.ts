/** Design tokens a site can set; each becomes a CSS custom property (`--ap-<name>`). */
export interface ThemeVariables {
  accent: string;
  accentText: string;
  background: string;
  surface: string;
  surfaceRaised: string;
  text: string;
  mutedText: string;
  border: string;
  focus: string;
  danger: string;
  success: string;
  warning: string;
  radius: string;
  fontFamily: string;
  fontSize: string;
  spacing: string;
  /** Minimum card width in the grid; the column count follows from it. */
  cardSize: string;
}

/** A preset plus overrides, like Stripe's `appearance`. */
export interface AssetPayTheme {
  /** @default 'dark' */
  preset?: 'dark' | 'light';
  variables?: Partial<ThemeVariables>;
}
