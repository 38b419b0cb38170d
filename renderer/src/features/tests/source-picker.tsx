import { MultiSelect } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFaqs, useProducts } from '../../api/queries';

/**
 * Picks expected sources from the shop's knowledge: every FAQ entry, and products found by
 * what is typed (the catalog may hold 50,000, so it is searched, not listed).
 */
export function SourcePicker({ value, onChange }: { value: string[]; onChange: (value: string[]) => void }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [query] = useDebouncedValue(search, 200);
  const faqs = useFaqs();
  const products = useProducts(query);

  const options = new Map<string, string>();
  for (const faq of faqs.data?.items ?? []) options.set(`faq:${faq.id}`, `faq:${faq.id} · ${faq.question}`);
  for (const product of products.data?.items ?? []) options.set(`product:${product.sku}`, `product:${product.sku} · ${product.name}`);
  // Chosen sources stay listed even when the search no longer finds them (or they were deleted).
  for (const id of value) if (!options.has(id)) options.set(id, id);

  return (
    <MultiSelect
      data-testid="case-sources"
      label={t('tests.form.sources')}
      description={t('tests.form.sourcesHelp')}
      searchable
      clearable
      searchValue={search}
      onSearchChange={setSearch}
      data={[...options].map(([id, label]) => ({ value: id, label }))}
      value={value}
      onChange={onChange}
      maxDropdownHeight={260}
      limit={150}
    />
  );
}
