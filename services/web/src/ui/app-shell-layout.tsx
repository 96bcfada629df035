import { AppShell, Button, Group, Kbd, Switch, Text, Title, VisuallyHidden } from '@mantine/core';
import { Suspense } from 'react';
import { NavLink, Outlet, useNavigate } from 'react-router';
import { hasAnyRole, useSession } from '../auth/session';
import { CommandPalette } from './command-palette';
import { Loading } from './loading';
import { usePreferences } from './preferences';
import classes from './app-shell-layout.module.css';

const AREAS = [
  { to: '/portal', label: 'Portal', roles: ['requester'] },
  { to: '/agent', label: 'Agent workspace', roles: ['agent', 'resolver', 'problem-manager', 'knowledge-manager', 'service-owner', 'tenant-admin'] },
  { to: '/agent/problems', label: 'Problems', roles: ['agent', 'resolver', 'problem-manager'] },
  { to: '/agent/knowledge', label: 'Knowledge', roles: ['agent', 'resolver', 'problem-manager', 'knowledge-manager'] },
  { to: '/analytics', label: 'Analytics', roles: ['analyst', 'enterprise-analyst', 'service-owner', 'tenant-admin'] },
];

/** Header with the areas the user may use, who is signed in, and the page below. */
export function AppShellLayout() {
  const { me, signOut } = useSession();
  const navigate = useNavigate();
  const { shortcuts, setShortcuts } = usePreferences();
  return (
    <AppShell header={{ height: 56 }} padding="md">
      <a href="#main" className={classes.skip}>
        Skip to content
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="lg" wrap="nowrap">
            <Title order={2} size="h4">
              Deskstream
            </Title>
            <nav aria-label="Areas">
              <Group gap="xs" component="ul" className={classes.areas}>
                {AREAS.filter((area) => hasAnyRole(me, area.roles)).map((area) => (
                  <li key={area.to}>
                    <NavLink to={area.to} end={area.to === '/agent'} className={classes.area}>
                      {area.label}
                    </NavLink>
                  </li>
                ))}
              </Group>
            </nav>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <Text size="xs" visibleFrom="md">
              <Kbd>Ctrl</Kbd>+<Kbd>K</Kbd> commands
            </Text>
            <Switch size="xs" label="Single-key shortcuts" checked={shortcuts} onChange={(e) => setShortcuts(e.currentTarget.checked)} visibleFrom="md" />
            <Text size="sm">
              <VisuallyHidden>Signed in as </VisuallyHidden>
              {me?.name} ({me?.tenantId})
            </Text>
            <Button
              variant="default"
              size="xs"
              onClick={() => {
                signOut();
                void navigate('/login');
              }}
            >
              Sign out
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <CommandPalette />
      <AppShell.Main id="main" tabIndex={-1}>
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
