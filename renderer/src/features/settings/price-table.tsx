import { ActionIcon, Button, Group, NumberInput, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/icon';

type Prices = Record<string, { inputPerMTok: number; outputPerMTok: number }>;

/** Editable price per model, used to estimate each draft's cost. */
export function PriceTable({ prices, onChange }: { prices: Prices; onChange: (next: Prices) => void }) {
  const { t } = useTranslation();
  const [newModel, setNewModel] = useState('');
  const set = (model: string, field: 'inputPerMTok' | 'outputPerMTok', value: number) =>
    onChange({ ...prices, [model]: { ...(prices[model] ?? { inputPerMTok: 0, outputPerMTok: 0 }), [field]: value } });
  return (
    <Stack gap="xs">
      <Text fw={500} size="sm">
        {t('settings.prices')}
      </Text>
      {Object.entries(prices).map(([model, price]) => (
        <Group key={model} gap="xs" wrap="nowrap">
          <Text w={200} size="sm" ff="monospace" truncate>
            {model}
          </Text>
          <NumberInput aria-label={t('settings.priceIn')} prefix="$" decimalScale={3} min={0} w={120} value={price.inputPerMTok} onChange={(v) => set(model, 'inputPerMTok', Number(v) || 0)} />
          <NumberInput aria-label={t('settings.priceOut')} prefix="$" decimalScale={3} min={0} w={120} value={price.outputPerMTok} onChange={(v) => set(model, 'outputPerMTok', Number(v) || 0)} />
          <ActionIcon
            variant="subtle"
            color="red"
            aria-label="remove"
            onClick={() => onChange(Object.fromEntries(Object.entries(prices).filter(([m]) => m !== model)))}
          >
            <Icon name="x" size={16} />
          </ActionIcon>
        </Group>
      ))}
      <Group gap="xs">
        <TextInput placeholder={t('settings.priceModel')} value={newModel} onChange={(e) => setNewModel(e.currentTarget.value)} w={200} />
        <Button
          variant="default"
          size="xs"
          disabled={!newModel.trim() || newModel.trim() in prices}
          onClick={() => {
            set(newModel.trim(), 'inputPerMTok', 0);
            setNewModel('');
          }}
        >
          {t('settings.addPrice')}
        </Button>
      </Group>
    </Stack>
  );
}
