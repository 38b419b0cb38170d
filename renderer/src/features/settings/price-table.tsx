import { ActionIcon, Button, Group, NumberInput, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ModelConfig } from '../../../../main/contract/model-schemas';
import { Icon } from '../../components/icon';

type Prices = ModelConfig['prices'];
type Field = 'inputPerMTok' | 'outputPerMTok';

/** Editable price per model (US$ per million tokens), used to estimate each draft's cost. */
export function PriceTable({
  prices,
  onChange,
  suggestedModel,
  local,
}: {
  prices: Prices;
  onChange: (next: Prices) => void;
  suggestedModel: string;
  /** The server runs on this computer: its drafts cost nothing whatever the table says. */
  local: boolean;
}) {
  const { t } = useTranslation();
  const [newModel, setNewModel] = useState('');
  const set = (model: string, field: Field, value: number) =>
    onChange({ ...prices, [model]: { ...(prices[model] ?? { inputPerMTok: 0, outputPerMTok: 0 }), [field]: value } });
  const add = (model: string) => onChange({ ...prices, [model]: { inputPerMTok: 0, outputPerMTok: 0 } });
  const entries = Object.entries(prices);
  const candidate = newModel.trim();
  const missingSuggested = !local && suggestedModel !== '' && !(suggestedModel in prices);

  return (
    <Stack gap="xs" data-testid="model-prices">
      <Text fw={500} size="sm">
        {t('settings.prices')}
      </Text>
      {local && (
        <Text size="xs" c="dimmed" data-testid="model-prices-local">
          {t('settings.localFree')}
        </Text>
      )}
      {entries.length > 0 && (
        <Table withRowBorders={false} verticalSpacing={4} horizontalSpacing="xs" w="fit-content">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('settings.priceModel')}</Table.Th>
              <Table.Th>{t('settings.priceIn')}</Table.Th>
              <Table.Th>{t('settings.priceOut')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {entries.map(([model, price]) => (
              <Table.Tr key={model} data-testid="model-price-row" data-model={model}>
                <Table.Td>
                  <Text size="sm" ff="monospace" maw={240} truncate title={model}>
                    {model}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <PriceInput label={`${model} ${t('settings.priceIn')}`} value={price.inputPerMTok} onChange={(v) => set(model, 'inputPerMTok', v)} />
                </Table.Td>
                <Table.Td>
                  <PriceInput label={`${model} ${t('settings.priceOut')}`} value={price.outputPerMTok} onChange={(v) => set(model, 'outputPerMTok', v)} />
                </Table.Td>
                <Table.Td>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={t('settings.removePrice', { model })}
                    onClick={() => onChange(Object.fromEntries(entries.filter(([m]) => m !== model)))}
                  >
                    <Icon name="trash" size={16} />
                  </ActionIcon>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {entries.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('settings.noPrices')}
        </Text>
      )}
      <Group gap="xs">
        {missingSuggested && (
          <Button variant="light" size="xs" leftSection={<Icon name="plus" size={14} />} onClick={() => add(suggestedModel)}>
            {t('settings.addPriceFor', { model: suggestedModel })}
          </Button>
        )}
        <TextInput
          size="xs"
          aria-label={t('settings.priceModel')}
          placeholder={t('settings.priceModelPlaceholder')}
          value={newModel}
          onChange={(event) => setNewModel(event.currentTarget.value)}
          w={200}
        />
        <Button
          variant="default"
          size="xs"
          disabled={!candidate || candidate in prices}
          onClick={() => {
            add(candidate);
            setNewModel('');
          }}
        >
          {t('settings.addPrice')}
        </Button>
      </Group>
    </Stack>
  );
}

function PriceInput({ label, value, onChange }: { label: string; value: number; onChange: (value: number) => void }) {
  return (
    <NumberInput
      aria-label={label}
      prefix="$"
      decimalScale={4}
      min={0}
      w={120}
      size="xs"
      value={value}
      onChange={(next) => onChange(Math.max(0, Number(next) || 0))}
    />
  );
}
