import { Badge, Card, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useProducts } from '../../api/queries';
import { Icon } from '../../components/icon';
import { QueryState } from '../../components/query-state';
import { formatPrice } from '../../lib/format-price';
import { StockBadge } from './stock-badge';

/** The catalog (first 100 matches) with a search box. */
export function ProductTable() {
  const { t, i18n } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const products = useProducts(debounced);

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-end">
        <Title order={3}>{t('knowledge.productsTitle')}</Title>
        <TextInput
          data-testid="product-search"
          w={320}
          placeholder={t('knowledge.searchPlaceholder')}
          aria-label={t('knowledge.searchPlaceholder')}
          leftSection={<Icon name="search" size={16} />}
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
        />
      </Group>
      <Card padding={0}>
        <QueryState query={products}>
          {(data) => (
            <>
              <Table.ScrollContainer minWidth={720}>
                <Table verticalSpacing="sm" horizontalSpacing="md" highlightOnHover>
                  <Table.Thead bg="gray.0">
                    <Table.Tr>
                      <Table.Th>{t('knowledge.colProduct')}</Table.Th>
                      <Table.Th>{t('knowledge.colSku')}</Table.Th>
                      <Table.Th ta="right">{t('knowledge.colPrice')}</Table.Th>
                      <Table.Th>{t('knowledge.colStock')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {data.items.map((product) => (
                      <Table.Tr key={product.sku} data-testid="product-row" data-sku={product.sku}>
                        <Table.Td maw={460}>
                          <Group gap={6}>
                            <Text fw={500} size="sm">
                              {product.name}
                            </Text>
                            {!product.active && (
                              <Badge size="xs" color="gray">
                                {t('knowledge.inactive')}
                              </Badge>
                            )}
                          </Group>
                          <Text size="xs" c="dimmed" lineClamp={1} title={product.description}>
                            {product.description}
                          </Text>
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm" ff="monospace" c="dimmed">
                            {product.sku}
                          </Text>
                        </Table.Td>
                        <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                          <Text size="sm">{formatPrice(product.price, product.currency, i18n.language)}</Text>
                        </Table.Td>
                        <Table.Td>
                          <StockBadge stock={product.stock} />
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
              <Text size="xs" c="dimmed" p="sm" data-testid="product-count">
                {data.items.length === 0
                  ? t('knowledge.noProductsMatch')
                  : t('knowledge.showingProducts', { shown: data.items.length, total: data.total })}
              </Text>
            </>
          )}
        </QueryState>
      </Card>
    </Stack>
  );
}
