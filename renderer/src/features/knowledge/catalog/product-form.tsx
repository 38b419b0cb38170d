import { Alert, Button, Grid, Group, Kbd, Switch, TagsInput, Text, TextInput, Textarea } from '@mantine/core';
import type { FormEvent, KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../../components/icon';
import type { DraftErrors, ProductDraft } from './product-draft';
import { useDraftFields } from '../draft-fields';
import { formatDecimalForInput } from '../../../lib/locale-number';
import { MONO_INPUT } from '../mono-input';
import { VariantsEditor } from './variants-editor';
import { focusFirstInvalid } from '../../../lib/focus';

/**
 * The product fields, shared by the inline row editor and the "Add product" dialog.
 * Enter in a one-line field saves, Escape cancels, Ctrl/⌘+Enter saves from anywhere.
 */
export function ProductForm({
  draft,
  errors,
  serverError,
  saving,
  autoFocus = 'name',
  onChange,
  onSave,
  onCancel,
}: {
  draft: ProductDraft;
  errors: DraftErrors;
  serverError: string | null;
  saving: boolean;
  autoFocus?: 'sku' | 'name';
  onChange: (draft: ProductDraft) => void;
  onSave: () => void;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation();
  const set = <K extends keyof ProductDraft>(key: K, value: ProductDraft[K]) => onChange({ ...draft, [key]: value });
  const fields = useDraftFields({ draft, set, errors, errorPrefix: 'knowledge.catalog.errors' });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSave();
    focusFirstInvalid(event.currentTarget as HTMLElement);
  };
  const keys = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onCancel();
    } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      onSave();
    }
  };

  return (
    <form onSubmit={submit} onKeyDown={keys} noValidate data-testid="product-form">
      <Grid gap="sm">
        <Grid.Col span={{ base: 12, sm: 3 }}>
          <TextInput
            data-testid="product-field-sku"
            label={t('knowledge.catalog.fieldSku')}
            required
            styles={MONO_INPUT}
            autoFocus={autoFocus === 'sku'}
            // Inside a dialog its focus trap decides, and it looks for data-autofocus.
            data-autofocus={autoFocus === 'sku' ? true : undefined}
            {...fields.text('sku')}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 9 }}>
          <TextInput
            data-testid="product-field-name"
            label={t('knowledge.catalog.fieldName')}
            required
            autoFocus={autoFocus === 'name'}
            data-autofocus={autoFocus === 'name' ? true : undefined}
            {...fields.text('name')}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 6, sm: 3 }}>
          <TextInput
            data-testid="product-field-price"
            label={t('knowledge.catalog.fieldPrice')}
            required
            inputMode="decimal"
            placeholder={formatDecimalForInput('0.00', i18n.language)}
            rightSectionWidth={56}
            rightSection={
              <Text size="xs" c="dimmed" ff="monospace">
                {draft.currency || '—'}
              </Text>
            }
            {...fields.text('price')}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 6, sm: 2 }}>
          <TextInput
            data-testid="product-field-currency"
            label={t('knowledge.catalog.fieldCurrency')}
            {...fields.currency('currency')}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 6, sm: 3 }}>
          <TextInput
            data-testid="product-field-stock"
            label={t('knowledge.catalog.fieldStock')}
            description={t('knowledge.catalog.stockHelp')}
            inputMode="numeric"
            placeholder={t('knowledge.stockUnknown')}
            {...fields.text('stock')}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 6, sm: 4 }}>
          <Switch
            data-testid="product-field-active"
            mt={30}
            label={t('knowledge.catalog.fieldActive')}
            description={t('knowledge.catalog.activeHelp')}
            checked={draft.active}
            onChange={(event) => set('active', event.currentTarget.checked)}
          />
        </Grid.Col>
        <Grid.Col span={12}>
          <Textarea
            data-testid="product-field-description"
            label={t('knowledge.catalog.fieldDescription')}
            {...fields.multiline('description', 2, 6)}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <TextInput
            data-testid="product-field-options"
            label={t('knowledge.catalog.fieldOptions')}
            description={t('knowledge.catalog.optionsHelp')}
            placeholder="size:S|M|L;color:red"
            styles={MONO_INPUT}
            {...fields.text('options')}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <TagsInput
            data-testid="product-field-tags"
            label={t('knowledge.catalog.fieldTags')}
            description={t('knowledge.catalog.tagsHelp')}
            value={draft.tags}
            error={errors.tags ? t(`knowledge.catalog.errors.${errors.tags}`) : undefined}
            splitChars={[',', '|']}
            clearable
            onChange={(tags) => set('tags', tags)}
          />
        </Grid.Col>
        <Grid.Col span={12}>
          <VariantsEditor variants={draft.variants ?? []} currency={draft.currency} error={errors.variants} onChange={(variants) => set('variants', variants)} />
        </Grid.Col>
      </Grid>
      {serverError && (
        <Alert data-testid="product-form-error" mt="sm" color="red" variant="light" icon={<Icon name="alert" />}>
          <Text size="sm" className="pre-wrap">
            {serverError}
          </Text>
        </Alert>
      )}
      <Group justify="space-between" mt="md">
        <Text size="xs" c="dimmed" visibleFrom="sm">
          <Kbd size="xs">Enter</Kbd> {t('knowledge.catalog.keySave')} · <Kbd size="xs">Esc</Kbd> {t('knowledge.catalog.keyCancel')}
        </Text>
        <Group gap="xs">
          <Button variant="default" onClick={onCancel} data-testid="catalog-cancel">
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={saving} data-testid="catalog-save" leftSection={<Icon name="check" size={16} />}>
            {t('common.save')}
          </Button>
        </Group>
      </Group>
    </form>
  );
}
