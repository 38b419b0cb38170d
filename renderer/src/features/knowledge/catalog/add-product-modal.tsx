import { Modal, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Product } from '../../../../../main/contract/schemas';
import { showToast } from '../../../lib/toasts';
import { ProductForm } from './product-form';
import { emptyDraft } from './product-draft';
import { useSaveProduct } from './use-save-product';

function AddProductForm({ currency, onClose }: { currency: string; onClose: () => void }) {
  const onSaved = (product: Product) => {
    showToast({ color: 'green', title: { key: 'knowledge.catalog.added' }, message: product.name }, 3000);
    onClose();
  };
  const editor = useSaveProduct(emptyDraft(currency), null, onSaved);
  return (
    <ProductForm
      draft={editor.draft}
      errors={editor.errors}
      serverError={editor.serverError}
      saving={editor.saving}
      autoFocus="sku"
      onChange={editor.change}
      onSave={editor.save}
      onCancel={onClose}
    />
  );
}

/** "Add product" dialog; the form is fresh each time it opens. */
export function AddProductModal({ opened, currency, onClose }: { opened: boolean; currency: string; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      size="xl"
      closeOnEscape={false}
      title={<Text fw={650}>{t('knowledge.catalog.addTitle')}</Text>}
    >
      {opened && <AddProductForm currency={currency} onClose={onClose} />}
    </Modal>
  );
}
