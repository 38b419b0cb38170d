import { Badge, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Stock level: a number, "Out of stock" at zero, "Unknown" when the catalog does not say. */
export function StockBadge({ stock }: { stock: number | null }) {
  const { t } = useTranslation();
  if (stock === null) {
    return (
      <Badge data-testid="stock" data-stock="unknown" color="gray" variant="light">
        {t('knowledge.stockUnknown')}
      </Badge>
    );
  }
  if (stock <= 0) {
    return (
      <Badge data-testid="stock" data-stock="0" color="red" variant="light">
        {t('knowledge.outOfStock')}
      </Badge>
    );
  }
  return (
    <Text data-testid="stock" data-stock={stock} size="sm" ff="monospace">
      {stock}
    </Text>
  );
}
