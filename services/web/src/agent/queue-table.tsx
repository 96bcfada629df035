import { Anchor, Checkbox, Table } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { Link } from 'react-router';
import type { SlaClock, TicketSummary } from '../api/types';
import { clockToShow } from './sla-band';
import { SlaBadge } from './sla-badge';
import classes from './queue-table.module.css';

const ROW_HEIGHT = 44;

/**
 * The queue as a real table (row and column headers for screen readers) whose body renders only
 * the rows in view, with spacer rows above and below: a thousand tickets scroll as lightly as ten.
 */
export function QueueTable({
  rows,
  clocks,
  now,
  selected,
  onToggle,
  search,
}: {
  rows: readonly TicketSummary[];
  clocks: Map<string, SlaClock[]>;
  now: number;
  selected: ReadonlySet<string>;
  onToggle(reference: string): void;
  search: string;
}) {
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({ count: rows.length, getScrollElement: () => scroller.current, estimateSize: () => ROW_HEIGHT, overscan: 12 });
  const items = virtualizer.getVirtualItems();
  const top = items[0]?.start ?? 0;
  const bottom = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0);
  return (
    <div ref={scroller} className={classes.scroller} tabIndex={0} role="region" aria-label="Incident queue rows">
      <Table aria-label="Incident queue" aria-rowcount={rows.length + 1} stickyHeader highlightOnHover>
        <Table.Thead>
          <Table.Tr aria-rowindex={1}>
            <Table.Th scope="col">
              <span className={classes.hidden}>Select</span>
            </Table.Th>
            <Table.Th scope="col">Reference</Table.Th>
            <Table.Th scope="col">Short description</Table.Th>
            <Table.Th scope="col">Priority</Table.Th>
            <Table.Th scope="col">Status</Table.Th>
            <Table.Th scope="col">Group</Table.Th>
            <Table.Th scope="col">Assignee</Table.Th>
            <Table.Th scope="col">SLA</Table.Th>
            <Table.Th scope="col">Opened</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {top > 0 && (
            <tr aria-hidden="true">
              <td style={{ height: top }} colSpan={9} />
            </tr>
          )}
          {items.map((item) => {
            const row = rows[item.index]!;
            return (
              <Table.Tr key={row.id} aria-rowindex={item.index + 2} style={{ height: ROW_HEIGHT }}>
                <Table.Td>
                  <Checkbox aria-label={`Select ${row.reference}`} checked={selected.has(row.reference)} onChange={() => onToggle(row.reference)} />
                </Table.Td>
                <Table.Td>
                  <Anchor component={Link} to={`/agent/tickets/${row.reference}${search}`}>
                    {row.reference}
                  </Anchor>
                </Table.Td>
                <Table.Td className={classes.text}>{row.shortDescription}</Table.Td>
                <Table.Td>{row.priority}</Table.Td>
                <Table.Td>{row.status}</Table.Td>
                <Table.Td>{row.group ?? '—'}</Table.Td>
                <Table.Td>{row.assignee ?? 'unassigned'}</Table.Td>
                <Table.Td>
                  <SlaBadge clock={clockToShow(clocks.get(row.reference) ?? [])} now={now} />
                </Table.Td>
                <Table.Td>{new Date(row.openedAt).toLocaleString()}</Table.Td>
              </Table.Tr>
            );
          })}
          {bottom > 0 && (
            <tr aria-hidden="true">
              <td style={{ height: bottom }} colSpan={9} />
            </tr>
          )}
        </Table.Tbody>
      </Table>
    </div>
  );
}
