import type { CSSProperties } from 'react';
import { useOptionalAssetPay, type AssetPayTheme, type ThemeVariables } from '../../hooks/index.js';

const variableNames: Record<keyof ThemeVariables, string> = {
  accent: '--ap-accent',
  accentText: '--ap-accent-text',
  background: '--ap-bg',
  surface: '--ap-surface',
  surfaceRaised: '--ap-surface-raised',
  text: '--ap-text',
  mutedText: '--ap-muted',
  border: '--ap-border',
  focus: '--ap-focus',
  danger: '--ap-danger',
  success: '--ap-success',
  warning: '--ap-warning',
  radius: '--ap-radius',
  fontFamily: '--ap-font',
  fontSize: '--ap-font-size',
  spacing: '--ap-space',
  cardSize: '--ap-card-size',
};

/** Attributes that apply a theme to a component root (and to portalled content). */
export interface ThemeAttributes {
  'data-ap-theme': 'dark' | 'light';
  style: CSSProperties;
}

/** Turns a theme into `data-ap-theme` plus CSS custom properties. Unknown keys are ignored. */
export function themeAttributes(theme: AssetPayTheme | undefined, style?: CSSProperties): ThemeAttributes {
  const vars: Record<string, string> = {};
  for (const [key, value] of Object.entries(theme?.variables ?? {})) {
    const name = variableNames[key as keyof ThemeVariables];
    // Values become CSS text: refuse anything that could end the declaration.
    if (name && typeof value === 'string' && !/[;{}]/.test(value)) vars[name] = value;
  }
  return { 'data-ap-theme': theme?.preset ?? 'dark', style: { ...vars, ...style } };
}

/** Theme from the component's prop, else from `AssetPayProvider`. */
export function useTheme(theme?: AssetPayTheme): AssetPayTheme | undefined {
  const ctx = useOptionalAssetPay();
  return theme ?? ctx?.theme;
}
