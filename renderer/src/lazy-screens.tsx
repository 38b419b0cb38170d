/**
 * Every screen but the inbox, split out of the first bundle: the inbox is home, and a reload of
 * it should parse only what it shows (the `ui` bench's first render). Each module loads when its
 * screen is first visited, and stays loaded.
 */
import { Center, Loader } from '@mantine/core';
import { lazy } from 'react';

export const ActivityScreen = lazy(() => import('./features/activity/activity-screen').then((m) => ({ default: m.ActivityScreen })));
export const InsightsScreen = lazy(() => import('./features/insights/insights-screen').then((m) => ({ default: m.InsightsScreen })));
export const KnowledgeScreen = lazy(() => import('./features/knowledge/knowledge-screen').then((m) => ({ default: m.KnowledgeScreen })));
export const PracticeScreen = lazy(() => import('./features/practice/practice-screen').then((m) => ({ default: m.PracticeScreen })));
export const QueueScreen = lazy(() => import('./features/queue/queue-screen').then((m) => ({ default: m.QueueScreen })));
export const SettingsScreen = lazy(() => import('./features/settings/settings-screen').then((m) => ({ default: m.SettingsScreen })));
export const SetupScreen = lazy(() => import('./features/setup/setup-screen').then((m) => ({ default: m.SetupScreen })));
export const TestsScreen = lazy(() => import('./features/tests/tests-screen').then((m) => ({ default: m.TestsScreen })));
export const WhatsAppScreen = lazy(() => import('./features/whatsapp/whatsapp-screen').then((m) => ({ default: m.WhatsAppScreen })));

/** Shown for the moment a screen's module is loading. */
export function ScreenFallback() {
  return (
    <Center h={200} data-testid="screen-loading">
      <Loader size="sm" />
    </Center>
  );
}
