import { teamsHighContrastTheme, webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';

/** Office reports its theme as a body background colour ("#FFFFFF", "#262626"). */
export function isDarkBackground(color: string | null): boolean {
  const match = color ? /^#?([0-9a-f]{6})$/i.exec(color.trim()) : null;
  if (!match || match[1] === undefined) {
    return false;
  }
  const value = parseInt(match[1], 16);
  const r = (value >> 16) & 0xff;
  const g = (value >> 8) & 0xff;
  const b = value & 0xff;
  // Relative luminance (sRGB approximation); below the midpoint reads as a dark theme.
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128;
}

/** Windows high contrast (forced colours) wins; otherwise Office's light or dark theme. */
export function paneTheme(bodyBackground: string | null, forcedColors: boolean): Theme {
  if (forcedColors) return teamsHighContrastTheme;
  return isDarkBackground(bodyBackground) ? webDarkTheme : webLightTheme;
}

export function forcedColorsActive(): boolean {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function'
    ? window.matchMedia('(forced-colors: active)').matches
    : false;
}

/** The system's dark mode, for the preview outside Office (which reports no theme of its own). */
export function prefersDarkScheme(): boolean {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function'
    ? window.matchMedia('(prefers-color-scheme: dark)').matches
    : false;
}
