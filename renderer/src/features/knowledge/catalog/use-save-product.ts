import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Product } from '../../../../../main/contract/schemas';
import { callForForm, useRefreshKnowledge } from '../form-call';
import { validateDraft, type DraftErrors, type ProductDraft } from './product-draft';

type ProductList = { items: Product[]; total: number };

/**
 * Form state and saving for one product (new, or `originalSku` when editing). On success the
 * cached catalog pages are patched at once, so the row shows the new values before the refetch.
 */
export function useSaveProduct(initial: ProductDraft, originalSku: string | null, onSaved: (product: Product) => void) {
  const queryClient = useQueryClient();
  const { i18n } = useTranslation();
  const refresh = useRefreshKnowledge();
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<DraftErrors>({});
  const [serverError, setServerError] = useState<string | null>(null);

  const mutation = useMutation({
    mutationFn: (product: Product) => callForForm('saveProduct', { product, ...(originalSku ? { originalSku } : {}) }),
    onSuccess: (result) => {
      if (!result.ok) {
        setServerError(result.message);
        return;
      }
      const saved = result.value;
      if (originalSku) {
        queryClient.setQueriesData<ProductList>({ queryKey: ['knowledge', 'products', 'page'] }, (page) =>
          page && page.items.some((item) => item.sku === originalSku)
            ? { ...page, items: page.items.map((item) => (item.sku === originalSku ? saved : item)) }
            : page,
        );
      }
      refresh();
      onSaved(saved);
    },
  });

  const change = (next: ProductDraft) => {
    setDraft(next);
    // Once the owner has seen errors, re-check as they type so each one clears when fixed.
    if (Object.keys(errors).length > 0) setErrors(validateDraft(next, i18n.language).errors ?? {});
  };

  const save = () => {
    const checked = validateDraft(draft, i18n.language);
    if (!checked.product) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    setServerError(null);
    mutation.mutate(checked.product);
  };

  return { draft, errors, serverError, saving: mutation.isPending, change, save };
}
