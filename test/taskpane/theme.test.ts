import { teamsHighContrastTheme, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { isDarkBackground, paneTheme } from '../../src/taskpane/theme';

describe('the pane follows the Office theme', () => {
  test.each<[string | null, boolean]>([
    ['#FFFFFF', false],
    ['#262626', true],
    ['#1f1f1f', true],
    ['#E6E6E6', false],
    [null, false],
    ['not a colour', false],
  ])('%p is dark: %p', (colour, dark) => {
    expect(isDarkBackground(colour)).toBe(dark);
  });

  test('high contrast wins, then dark, then light', () => {
    expect(paneTheme('#FFFFFF', true)).toBe(teamsHighContrastTheme);
    expect(paneTheme('#262626', false)).toBe(webDarkTheme);
    expect(paneTheme('#FFFFFF', false)).toBe(webLightTheme);
  });
});
