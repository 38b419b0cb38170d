import { ActionIcon, Button, Group, Paper, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../../main/contract/schemas';
import { Icon } from '../../../components/icon';
import { LANGUAGE_OPTIONS, asLanguage, languageName } from '../../../lib/languages';
import type { FaqDraft, TranslationDraft } from './faq-draft';

/**
 * The owner's translations of one entry: a question and answer per language, added from a
 * language picker and removed one by one. Customers who write in that language get this answer.
 */
export function FaqTranslations({
  translations,
  error,
  onChange,
}: {
  translations: NonNullable<FaqDraft['translations']>;
  /** `translationAnswerRequired`, or a text-rule code under `knowledge.faq.errors`. */
  error: string | undefined;
  onChange: (translations: NonNullable<FaqDraft['translations']>) => void;
}) {
  const { t } = useTranslation();
  const [picked, setPicked] = useState<string | null>(null);
  const present = Object.keys(translations) as Language[];
  const available = LANGUAGE_OPTIONS.filter((o) => !present.includes(o.value));
  const set = (lang: Language, patch: Partial<TranslationDraft>) =>
    onChange({ ...translations, [lang]: { question: '', answer: '', ...translations[lang], ...patch } });
  const remove = (lang: Language) => {
    const next = { ...translations };
    delete next[lang];
    onChange(next);
  };
  const errorText = error === undefined ? null : error === 'translationAnswerRequired' ? t('variants.translations.answerRequired') : t(`knowledge.faq.errors.${error}`);

  return (
    <Stack gap="xs" data-testid="faq-translations">
      <div>
        <Text fw={600} size="sm">{t('variants.translations.title')}</Text>
        <Text size="xs" c="dimmed">{t('variants.translations.help')}</Text>
      </div>
      {present.map((lang) => (
        <Paper key={lang} withBorder p="sm" radius="md" data-testid={`faq-translation-${lang}`}>
          <Group justify="space-between" mb={4}>
            <Text size="sm" fw={600}>{languageName(lang)}</Text>
            <ActionIcon variant="subtle" color="gray" aria-label={t('variants.translations.remove', { language: languageName(lang) })} onClick={() => remove(lang)}>
              <Icon name="trash" size={16} />
            </ActionIcon>
          </Group>
          <Stack gap={6}>
            <TextInput
              data-testid={`faq-translation-question-${lang}`}
              label={t('variants.translations.question', { language: languageName(lang) })}
              value={translations[lang]?.question ?? ''}
              onChange={(e) => set(lang, { question: e.currentTarget.value })}
            />
            <Textarea
              data-testid={`faq-translation-answer-${lang}`}
              label={t('variants.translations.answer', { language: languageName(lang) })}
              autosize
              minRows={2}
              maxRows={8}
              value={translations[lang]?.answer ?? ''}
              onChange={(e) => set(lang, { answer: e.currentTarget.value })}
            />
          </Stack>
        </Paper>
      ))}
      {errorText && (
        <Text size="xs" c="red" data-testid="faq-translations-error">
          {errorText}
        </Text>
      )}
      {available.length > 0 && (
        <Group gap="xs" align="flex-end">
          <Select
            data-testid="faq-translation-language"
            aria-label={t('variants.translations.addLabel')}
            placeholder={t('variants.translations.addPlaceholder')}
            data={available.map((o) => ({ value: o.value, label: o.label }))}
            value={picked}
            onChange={setPicked}
            allowDeselect={false}
            w={200}
          />
          <Button
            variant="light"
            data-testid="faq-translation-add"
            disabled={picked === null}
            leftSection={<Icon name="plus" size={16} />}
            onClick={() => {
              if (picked === null) return;
              set(asLanguage(picked), {});
              setPicked(null);
            }}
          >
            {t('variants.translations.add')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
