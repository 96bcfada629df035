import { Button, Kbd, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { hasAnyRole, useSession } from '../auth/session';
import { usePreferences } from './preferences';

interface Command {
  readonly label: string;
  run(): void;
}

const TICKET = /^(INC|REQ)\d{7}$/i;

/** Ctrl-K / Cmd-K: go anywhere, open a ticket by its reference, turn the single-key shortcuts on or off. */
export function CommandPalette() {
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const navigate = useNavigate();
  const { me, signOut } = useSession();
  const { shortcuts, setShortcuts } = usePreferences();
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        setText('');
        setOpen(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  const commands = useMemo(() => {
    const list: Command[] = [];
    const reference = text.trim().toUpperCase();
    const desk = hasAnyRole(me, ['agent', 'resolver', 'problem-manager', 'knowledge-manager', 'service-owner', 'tenant-admin']);
    if (TICKET.test(reference) && reference.startsWith('INC')) {
      list.push({ label: `Open ${reference}`, run: () => void navigate(desk ? `/agent/tickets/${reference}` : `/portal/tickets/${reference}`) });
    }
    if (TICKET.test(reference) && reference.startsWith('REQ') && desk) {
      list.push({ label: `Open ${reference}`, run: () => void navigate(`/agent/requests/${reference}`) });
    }
    if (hasAnyRole(me, ['requester'])) list.push({ label: 'Go to the portal', run: () => void navigate('/portal') });
    if (desk) list.push({ label: 'Go to the incident queue', run: () => void navigate('/agent') });
    if (hasAnyRole(me, ['analyst', 'enterprise-analyst', 'service-owner', 'tenant-admin']))
      list.push({ label: 'Go to analytics', run: () => void navigate('/analytics') });
    list.push({ label: shortcuts ? 'Turn single-key shortcuts off' : 'Turn single-key shortcuts on', run: () => setShortcuts(!shortcuts) });
    list.push({ label: 'Sign out', run: () => (signOut(), void navigate('/login')) });
    const words = text.trim().toLowerCase();
    return TICKET.test(reference) ? list : list.filter((command) => command.label.toLowerCase().includes(words));
  }, [text, me, navigate, shortcuts, setShortcuts, signOut]);
  const run = (command: Command) => {
    setOpen(false);
    command.run();
  };
  return (
    <Modal opened={open} onClose={() => setOpen(false)} title="Command palette">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (commands[0]) run(commands[0]);
        }}
      >
        <TextInput label="Command or ticket reference" data-autofocus value={text} onChange={(e) => setText(e.currentTarget.value)} />
      </form>
      <Stack component="ul" gap={4} mt="sm" style={{ listStyle: 'none', padding: 0 }} aria-label="Commands">
        {commands.map((command) => (
          <li key={command.label}>
            <Button variant="subtle" fullWidth justify="flex-start" onClick={() => run(command)}>
              {command.label}
            </Button>
          </li>
        ))}
      </Stack>
      <Text size="xs" mt="sm">
        <Kbd>Enter</Kbd> runs the first command; <Kbd>Esc</Kbd> closes.
      </Text>
    </Modal>
  );
}
