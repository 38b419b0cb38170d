import { Box, Paper, Text, Textarea, type TextareaProps } from '@mantine/core';
import { useMergedRef } from '@mantine/hooks';
import { useId, useRef, useState, type KeyboardEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuickReply } from '../../../../main/contract/quick-reply-schemas';
import { findSlashQuery, insertAtSlash, matchQuickReplies, type SlashQuery } from './match-quick-replies';
import { useQuickReplies, useQuickReplyFiller, type QuickReplyTarget } from './use-quick-replies';

type Props = Omit<TextareaProps, 'value' | 'onChange' | 'ref'> & {
  value: string;
  onValueChange: (text: string) => void;
  target: QuickReplyTarget;
  textareaRef?: Ref<HTMLTextAreaElement>;
};

/**
 * A textarea where typing `/` opens the quick reply picker: filtered as you type, ↑/↓ to move,
 * Enter or Tab to insert the reply (variables filled for this chat), Esc to close.
 */
export function QuickReplyTextarea({ value, onValueChange, target, textareaRef, onKeyDown, ...rest }: Props) {
  const { t } = useTranslation();
  const listId = useId();
  const replies = useQuickReplies();
  const fill = useQuickReplyFiller(target);
  const own = useRef<HTMLTextAreaElement | null>(null);
  const [slash, setSlash] = useState<SlashQuery | null>(null);
  const [active, setActive] = useState(0);
  const matches = slash ? matchQuickReplies(replies.data?.items ?? [], slash.query) : [];
  const open = slash !== null;

  const setRefs = useMergedRef(own, textareaRef);
  const track = (text: string, caret: number) => {
    const next = findSlashQuery(text, caret);
    setSlash(next);
    if (next?.query !== slash?.query) setActive(0);
  };
  const insert = (reply: QuickReply) => {
    const element = own.current;
    if (!slash || !element) return;
    const caret = element.selectionStart ?? value.length;
    const next = insertAtSlash(value, slash, caret, fill(reply));
    onValueChange(next.text);
    setSlash(null);
    // After React has put the new text in: the caret goes right after the inserted reply.
    requestAnimationFrame(() => {
      element.focus();
      element.setSelectionRange(next.caret, next.caret);
    });
  };
  const handleKeys = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (open) {
      if (event.key === 'Escape') {
        event.preventDefault();
        event.stopPropagation();
        setSlash(null);
        return;
      }
      if (matches.length > 0 && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
        event.preventDefault();
        setActive((index) => (index + (event.key === 'ArrowDown' ? 1 : matches.length - 1)) % matches.length);
        return;
      }
      if (matches.length > 0 && (event.key === 'Enter' || event.key === 'Tab') && !event.ctrlKey && !event.metaKey && !event.shiftKey) {
        event.preventDefault();
        insert(matches[Math.min(active, matches.length - 1)]!);
        return;
      }
    }
    onKeyDown?.(event);
  };

  return (
    <Box pos="relative" style={{ flex: 1 }}>
      <Textarea
        {...rest}
        ref={setRefs}
        value={value}
        role="combobox"
        aria-expanded={open}
        aria-controls={open ? listId : undefined}
        aria-autocomplete="list"
        aria-activedescendant={open && matches.length > 0 ? `${listId}-${Math.min(active, matches.length - 1)}` : undefined}
        onChange={(event) => {
          onValueChange(event.currentTarget.value);
          track(event.currentTarget.value, event.currentTarget.selectionStart ?? event.currentTarget.value.length);
        }}
        onClick={(event) => track(event.currentTarget.value, event.currentTarget.selectionStart ?? 0)}
        onBlur={() => setSlash(null)}
        onKeyDown={handleKeys}
      />
      {open && (
        <Paper
          withBorder
          shadow="md"
          p={4}
          pos="absolute"
          left={0}
          right={0}
          bottom="calc(100% + 4px)"
          style={{ zIndex: 30, maxHeight: 260, overflowY: 'auto' }}
          data-testid="quick-reply-picker"
        >
          {matches.length === 0 ? (
            <Text size="sm" c="gray.7" p="xs">
              {(replies.data?.items.length ?? 0) === 0 ? t('quickReplies.pickerEmpty') : t('quickReplies.pickerNoMatch', { query: slash.query })}
            </Text>
          ) : (
            <Box id={listId} role="listbox" aria-label={t('quickReplies.pickerLabel')}>
              {matches.map((reply, index) => (
                <Box
                  key={reply.id}
                  id={`${listId}-${index}`}
                  role="option"
                  aria-selected={index === active}
                  data-testid="quick-reply-option"
                  data-shortcut={reply.shortcut}
                  px="xs"
                  py={6}
                  style={{ borderRadius: 4, cursor: 'pointer', background: index === active ? 'var(--mantine-color-leaf-1)' : undefined }}
                  // mousedown, not click: the textarea must keep focus (its blur closes the picker).
                  onMouseDown={(event) => {
                    event.preventDefault();
                    insert(reply);
                  }}
                  onMouseEnter={() => setActive(index)}
                >
                  <Text size="sm" fw={600} span>
                    /{reply.shortcut}
                  </Text>{' '}
                  <Text size="sm" c="gray.8" span>
                    {reply.title}
                  </Text>
                  <Text size="xs" c="gray.7" lineClamp={1}>
                    {fill(reply)}
                  </Text>
                </Box>
              ))}
            </Box>
          )}
          <Text size="xs" c="gray.7" px="xs" pt={4}>
            {t('quickReplies.pickerHint')}
          </Text>
        </Paper>
      )}
    </Box>
  );
}
