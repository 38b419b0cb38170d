import { ActionIcon, Button, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../../components/icon';
import { MONO_INPUT } from '../mono-input';
import type { VariantDraft } from './product-draft';

/**
 * A product's variants as a small table: SKU, the option values that pick it (`size:L`), price
 * and stock, one row each; rows are added and removed here and saved with the product.
 */
export function VariantsEditor({
  variants,
  currency,
  error,
  onChange,
}: {
  variants: readonly VariantDraft[];
  currency: string;
  /** A key under `variants.errors`. */
  error: string | undefined;
  onChange: (variants: VariantDraft[]) => void;
}) {
  const { t } = useTranslation();
  const set = (i: number, patch: Partial<VariantDraft>) => onChange(variants.map((v, j) => (j === i ? { ...v, ...patch } : v)));
  const cell = (i: number, key: keyof VariantDraft, label: string, extra: Record<string, unknown> = {}) => (
    <TextInput
      size="xs"
      aria-label={label}
      data-testid={`variant-${key}-${i}`}
      value={variants[i]![key]}
      onChange={(e) => set(i, { [key]: e.currentTarget.value })}
      {...extra}
    />
  );
  return (
    <Stack gap={6} data-testid="product-variants">
      <div>
        <Text fw={600} size="sm">{t('variants.title')}</Text>
        <Text size="xs" c="dimmed">{variants.length === 0 ? t('variants.none') : t('variants.help')}</Text>
      </div>
      {variants.length > 0 && (
        <Table withRowBorders={false} verticalSpacing={4} horizontalSpacing={6}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th><Text size="xs">{t('variants.sku')}</Text></Table.Th>
              <Table.Th><Text size="xs">{t('variants.options')}</Text></Table.Th>
              <Table.Th><Text size="xs">{t('variants.price')} ({currency})</Text></Table.Th>
              <Table.Th><Text size="xs">{t('variants.stock')}</Text></Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {variants.map((v, i) => (
              <Table.Tr key={i}>
                <Table.Td>{cell(i, 'sku', t('variants.sku'), { styles: MONO_INPUT })}</Table.Td>
                <Table.Td>{cell(i, 'options', t('variants.options'), { placeholder: t('variants.optionsPlaceholder'), styles: MONO_INPUT })}</Table.Td>
                <Table.Td>{cell(i, 'price', t('variants.price'), { inputMode: 'decimal', placeholder: '0.00' })}</Table.Td>
                <Table.Td>{cell(i, 'stock', t('variants.stock'), { inputMode: 'numeric' })}</Table.Td>
                <Table.Td>
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    aria-label={t('variants.remove', { sku: v.sku || '…' })}
                    onClick={() => onChange(variants.filter((_, j) => j !== i))}
                  >
                    <Icon name="trash" size={16} />
                  </ActionIcon>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {error && (
        <Text size="xs" c="red" data-testid="product-variants-error">
          {t(`variants.errors.${error}`)}
        </Text>
      )}
      <Group>
        <Button
          size="xs"
          variant="light"
          data-testid="variant-add"
          leftSection={<Icon name="plus" size={14} />}
          onClick={() => onChange([...variants, { sku: '', options: '', price: '', stock: '' }])}
        >
          {t('variants.add')}
        </Button>
      </Group>
    </Stack>
  );
}
