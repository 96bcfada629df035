import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';

interface Preferences {
  /** Single-key shortcuts (j / k between tickets); they can be turned off (WCAG 2.1.4). */
  readonly shortcuts: boolean;
  setShortcuts(on: boolean): void;
}

const PreferencesContext = createContext<Preferences>({ shortcuts: true, setShortcuts: () => undefined });

export function PreferencesProvider({ children }: { children: ReactNode }) {
  const [shortcuts, setShortcuts] = useState(true);
  const value = useMemo(() => ({ shortcuts, setShortcuts }), [shortcuts]);
  return <PreferencesContext.Provider value={value}>{children}</PreferencesContext.Provider>;
}

export const usePreferences = () => useContext(PreferencesContext);

/** A key typed into a field is text, not a shortcut. */
export function isTyping(event: KeyboardEvent): boolean {
  const target = event.target as HTMLElement | null;
  return !!target && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}
