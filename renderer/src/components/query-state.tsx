import { Alert, Button, Center, Loader } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../lib/describe-error';
import { Icon } from './icon';

/**
 * Loading spinner / error alert with retry around a query; renders `children(data)` once
 * there is data (stale data stays visible while refetching).
 */
export function QueryState<T>({
  query,
  children,
  minHeight = 160,
}: {
  query: UseQueryResult<T>;
  children: (data: T) => ReactNode;
  minHeight?: number;
}) {
  const { t } = useTranslation();
  if (query.data !== undefined) return <>{children(query.data)}</>;
  if (query.isError) {
    return (
      <Alert
        data-testid="query-error"
        color="red"
        variant="light"
        title={t('errors.loadFailed')}
        icon={<Icon name="alert" />}
      >
        {describeError(query.error)}
        <Button mt="sm" size="xs" variant="white" color="red" onClick={() => void query.refetch()}>
          {t('common.retry')}
        </Button>
      </Alert>
    );
  }
  return (
    <Center mih={minHeight} data-testid="loading">
      <Loader size="md" type="dots" />
    </Center>
  );
}
