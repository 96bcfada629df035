import { Alert, createTheme, Modal, type CSSVariablesResolver } from '@mantine/core';

/** Colours chosen for contrast (WCAG AA on white); state is never told by colour alone. */
export const theme = createTheme({
  primaryColor: 'indigo',
  primaryShade: 8,
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  defaultRadius: 'sm',
  components: {
    // Alert text in the body colour: the tint, border and title say which kind it is.
    // The dialogs' close button has an icon only: it needs a name.
    Modal: Modal.extend({ defaultProps: { closeButtonProps: { 'aria-label': 'Close' } } }),
    Alert: Alert.extend({ styles: { title: { color: 'var(--mantine-color-black)' }, message: { color: 'var(--mantine-color-black)' } } }),
  },
});

/** Text dark enough for 4.5:1 on white and on tinted backgrounds (several defaults fall short). */
export const contrastVariables: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    // Text of light and outline variants (alerts, badges) at the darkest shade.
    ...Object.fromEntries(
      ['red', 'teal', 'green', 'gray', 'indigo', 'yellow', 'orange', 'blue'].flatMap((color) => [
        [`--mantine-color-${color}-light-color`, `var(--mantine-color-${color === 'yellow' || color === 'orange' ? 'dark-7' : `${color}-9`})`],
        [`--mantine-color-${color}-outline`, `var(--mantine-color-${color}-9)`],
      ]),
    ),
  },
  dark: {},
});
