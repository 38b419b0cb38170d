import { Paper } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Product } from '../../../../../main/contract/schemas';
import { focusFirstField } from '../../../lib/focus';
import { ProductForm } from './product-form';
import { toDraft } from './product-draft';
import { useSaveProduct } from './use-save-product';

/** A catalog row opened for editing, in place. */
export function InlineProductEditor({
  product,
  onSaved,
  onCancel,
}: {
  product: Product;
  onSaved: (product: Product) => void;
  onCancel: () => void;
}) {
  const { i18n } = useTranslation();
  const editor = useSaveProduct(toDraft(product, i18n.language), product.sku, onSaved);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // "Edit" opens the editor in place: the keyboard continues in its first field.
    focusFirstField(ref.current);
    // The editor is taller than a row: bring all of it into view (below the sticky header).
    const timer = window.setTimeout(() => ref.current?.scrollIntoView({ block: 'nearest', behavior: 'smooth' }), 50);
    return () => window.clearTimeout(timer);
  }, []);
  return (
    <Paper ref={ref} data-testid="catalog-editor" p="md" m={6} withBorder shadow="sm" bg="var(--mantine-color-body)" style={{ scrollMarginTop: 48, scrollMarginBottom: 8 }}>
      <ProductForm
        draft={editor.draft}
        errors={editor.errors}
        serverError={editor.serverError}
        saving={editor.saving}
        onChange={editor.change}
        onSave={editor.save}
        onCancel={onCancel}
      />
    </Paper>
  );
}
