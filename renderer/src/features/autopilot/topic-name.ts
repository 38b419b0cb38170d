import type { TFunction } from 'i18next';

/** A topic as the owner reads it: the FAQ question, or the name of products/greetings. */
export function topicName(t: TFunction, topic: string, title: string | null): string {
  if (title) return title;
  if (topic === 'greetings' || topic === 'products') return t(`autopilot.topicNames.${topic}`);
  return topic.replace(/^faq:/, '');
}
