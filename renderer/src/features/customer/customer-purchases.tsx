import { ActionIcon, Button, Group, NumberInput, Paper, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerCard } from '../../../../main/contract/customer-schemas';
import { call } from '../../api/call';
import { useProducts } from '../../api/queries';
import { Icon } from '../../components/icon';
import { formatLocalePrice, parseLocaleDecimal } from '../../lib/locale-number';
import { formatAbsolute } from '../../lib/time';
import { decimalToMinor, minorToDecimal, useCardChange } from './customer-queries';

/** Purchases recorded by staff: a catalog product (and variant), quantity, amount; add and delete. */
export function CustomerPurchases({ card }: { card: CustomerCard }) {
  const { t, i18n } = useTranslation();
  const id = card.conversationId;
  const [search, setSearch] = useState('');
  const [sku, setSku] = useState<string | null>(null);
  const [variantSku, setVariantSku] = useState<string | null>(null);
  const [quantity, setQuantity] = useState<number>(1);
  const [amount, setAmount] = useState('');
  const products = useProducts(search);
  const product = products.data?.items.find((p) => p.sku === sku);
  const parsed = amount.trim() === '' ? null : parseLocaleDecimal(amount, i18n.language);
  const amountMinor = parsed?.ok ? decimalToMinor(parsed.value, card.currencyDigits) : null;
  const add = useCardChange(
    id,
    () => call('addCustomerPurchase', { conversationId: id, productSku: sku!, variantSku, quantity, amountMinor }),
    () => {
      setSku(null);
      setVariantSku(null);
      setQuantity(1);
      setAmount('');
    },
  );
  const remove = useCardChange(id, (purchaseId: number) => call('deleteCustomerPurchase', { conversationId: id, id: purchaseId }));
  const money = (minor: number, currency: string) => formatLocalePrice(minorToDecimal(minor, card.currencyDigits), currency, i18n.language);

  return (
    <Stack gap="xs" data-testid="customer-purchases">
      <Text fw={700} size="sm">
        {t('customer.purchases.title')}
      </Text>
      {card.purchases.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('customer.purchases.empty')}
        </Text>
      )}
      {card.purchases.map((p) => (
        <Paper key={p.id} withBorder p="xs" data-testid="customer-purchase">
          <Group justify="space-between" wrap="nowrap" gap="xs">
            <Stack gap={0} style={{ minWidth: 0 }}>
              <Text size="sm" fw={600} truncate>
                {t('customer.purchases.line', { quantity: p.quantity, name: p.variant ? `${p.productName} (${p.variant})` : p.productName })}
              </Text>
              <Text size="xs" c="dimmed">
                {money(p.amountMinor, p.currency)} · {formatAbsolute(p.purchasedAt, i18n.language)} · {p.recordedBy}
              </Text>
            </Stack>
            <ActionIcon variant="subtle" size="sm" color="red" aria-label={t('customer.delete')} onClick={() => remove.mutate(p.id)}>
              <Icon name="trash" size={14} />
            </ActionIcon>
          </Group>
        </Paper>
      ))}
      <Select
        size="xs"
        label={t('customer.purchases.product')}
        placeholder={t('customer.purchases.productPlaceholder')}
        searchable
        searchValue={search}
        onSearchChange={setSearch}
        filter={({ options }) => options}
        data={(products.data?.items ?? []).map((p) => ({ value: p.sku, label: `${p.name} · ${p.sku}` }))}
        value={sku}
        onChange={(value) => {
          setSku(value);
          setVariantSku(null);
        }}
        data-testid="purchase-product"
      />
      {product && (product.variants ?? []).length > 0 && (
        <Select
          size="xs"
          label={t('customer.purchases.variant')}
          data={(product.variants ?? []).map((v) => ({ value: v.sku, label: Object.entries(v.options).map(([k, value]) => `${k} ${value}`).join(', ') }))}
          value={variantSku}
          onChange={setVariantSku}
          clearable
        />
      )}
      <Group gap="xs" wrap="nowrap" align="flex-end">
        <NumberInput size="xs" w={90} label={t('customer.purchases.quantity')} min={1} max={10_000} value={quantity} onChange={(v) => setQuantity(typeof v === 'number' && v >= 1 ? Math.floor(v) : 1)} />
        <TextInput
          size="xs"
          style={{ flex: 1 }}
          label={t('customer.purchases.amount', { currency: card.currency ?? product?.currency ?? '' })}
          placeholder={t('customer.purchases.amountHint')}
          value={amount}
          onChange={(e) => setAmount(e.currentTarget.value)}
          error={parsed && !parsed.ok ? true : undefined}
          inputMode="decimal"
        />
      </Group>
      <Group justify="flex-end">
        <Button size="compact-xs" leftSection={<Icon name="plus" size={14} />} disabled={!sku || (parsed !== null && !parsed.ok)} loading={add.isPending} onClick={() => add.mutate(undefined)} data-testid="purchase-add">
          {t('customer.purchases.record')}
        </Button>
      </Group>
    </Stack>
  );
}
