import { Card, SimpleGrid, Skeleton, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useFormat } from '../../components/format';
import { formatMoney } from '../../components/money';
import { LoadError, PageHeader } from '../../components/page';
import { AppAnchor } from '../../components/app-anchor';
import { dayOf } from '../placements/labels';
import { type BackOfficeSummary, type ListLink, backOfficeKeys, fetchBackOfficeSummary, hrefOf } from './queries';

type Amounts = BackOfficeSummary['invoicesDue']['amounts'];

const hours = (minutes: number) => new Intl.NumberFormat(undefined, { maximumFractionDigits: 2 }).format(minutes / 60);
const amountsText = (amounts: Amounts) => (amounts.length === 0 ? null : amounts.map((amount) => formatMoney(amount.amountMinor, amount.currency)).join(' · '));

type CountCardProps = { title: string; count: number; link: ListLink; children?: ReactNode; tone?: 'red' | 'yellow' };

/** One count, as a link to the list behind it (UI.md: every number on a dashboard is a link). */
function CountCard({ title, count, link, children, tone }: CountCardProps) {
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-label={title}>
      <Stack gap={4}>
        <Text size="sm" c="dimmed" fw={500}>
          {title}
        </Text>
        <AppAnchor href={hrefOf(link)} fz={28} fw={600} c={count > 0 && tone ? tone : undefined} underline="hover" aria-label={`${title}: ${count}`}>
          {count}
        </AppAnchor>
        {children}
      </Stack>
    </Card>
  );
}

/**
 * The back-office home: what needs doing, each count linking to its list — assignments needing approval and ending
 * soon; timesheets missing, awaiting approval and escalated; unbilled approved time; invoices due and overdue; payroll
 * not yet exported.
 */
export function BackOfficeHomePage() {
  const format = useFormat();
  const summary = useQuery({ queryKey: backOfficeKeys.summary, queryFn: fetchBackOfficeSummary });

  if (summary.isPending) {
    return (
      <Stack gap={0}>
        <PageHeader title="Back office" />
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" aria-busy="true" aria-label="Loading">
          {Array.from({ length: 9 }, (_, index) => (
            <Skeleton key={index} height={110} radius="md" />
          ))}
        </SimpleGrid>
      </Stack>
    );
  }
  if (summary.isError) {
    return <LoadError error={summary.error} onRetry={() => void summary.refetch()} />;
  }
  const data = summary.data.data;
  const unbilled = amountsText(data.unbilled.amounts);

  return (
    <Stack gap={0}>
      <PageHeader title="Back office" description={`What needs doing today, ${format.date(dayOf(data.today))}. Each count opens the list behind it.`} />
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
        <CountCard title="Assignments needing approval" count={data.assignmentsNeedingApproval.count} link={data.assignmentsNeedingApproval.link} tone="yellow" />
        <CountCard title={`Assignments ending in ${data.assignmentsEndingSoon.withinDays} days`} count={data.assignmentsEndingSoon.count} link={data.assignmentsEndingSoon.link} />
        <CountCard title="Timesheets missing for last week" count={data.timesheetsMissing.count} link={data.timesheetsMissing.link} tone="red">
          <Text size="xs" c="dimmed">
            Active assignments without a sheet for the week of {format.date(dayOf(data.timesheetsMissing.weekStart))}
          </Text>
        </CountCard>
        <CountCard title="Timesheets awaiting approval" count={data.timesheetsAwaitingApproval.count} link={data.timesheetsAwaitingApproval.link} tone="yellow" />
        <CountCard title="Timesheets escalated" count={data.timesheetsEscalated.count} link={data.timesheetsEscalated.link} tone="red" />
        <CountCard title="Approved time not yet invoiced" count={data.unbilled.count} link={data.unbilled.link}>
          <Text size="xs" c="dimmed">
            {`${hours(data.unbilled.minutes)} hours`}
            {unbilled ? ` · ${unbilled}` : ''}
            {data.unbilled.unpricedCount > 0 ? ` · ${data.unbilled.unpricedCount} without rates` : ''}
          </Text>
        </CountCard>
        <CountCard title="Invoices due" count={data.invoicesDue.count} link={data.invoicesDue.link}>
          {amountsText(data.invoicesDue.amounts) ? (
            <Text size="xs" c="dimmed">
              {amountsText(data.invoicesDue.amounts)} outstanding
            </Text>
          ) : null}
        </CountCard>
        <CountCard title="Invoices overdue" count={data.invoicesOverdue.count} link={data.invoicesOverdue.link} tone="red">
          {amountsText(data.invoicesOverdue.amounts) ? (
            <Text size="xs" c="dimmed">
              {amountsText(data.invoicesOverdue.amounts)} outstanding
            </Text>
          ) : null}
        </CountCard>
        <CountCard title="Payroll not yet exported" count={data.payrollNotExported.count} link={data.payrollNotExported.link}>
          <Text size="xs" c="dimmed">
            {`${hours(data.payrollNotExported.minutes)} approved hours`}
          </Text>
        </CountCard>
      </SimpleGrid>
    </Stack>
  );
}
