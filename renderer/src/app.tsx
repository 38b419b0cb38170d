import { AppShell } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Suspense, useEffect } from 'react';
import { useLiveUpdates } from './api/use-live-updates';
import { AppHeader } from './components/app-header';
import { AppNavbar } from './components/app-navbar';
import { MAIN_ID, SkipLink } from './components/skip-link';
import { useKnowledgeSummary, useSetup } from './api/queries';
import { useAttention } from './features/attention/use-attention';
import { InboxScreen } from './features/inbox/inbox-screen';
import {
  ActivityScreen,
  InsightsScreen,
  KnowledgeScreen,
  PracticeScreen,
  QueueScreen,
  ScreenFallback,
  SettingsScreen,
  SetupScreen,
  TestsScreen,
  WhatsAppScreen,
} from './lazy-screens';
import { useColorSchemeSync } from './components/theme-switch';
import { useUiLanguageSync } from './lib/use-ui-language-sync';
import { parseHash, useRoute, type AppRoute } from './lib/use-route';

/** The application frame: header, navigation and the current screen. */
export function App() {
  useLiveUpdates();
  useUiLanguageSync();
  useColorSchemeSync();
  useAttention();
  // Home is the inbox; a fresh install opens on the setup wizard until it is finished, and a shop
  // that knows nothing yet (setup left) on Knowledge, where it learns.
  const summary = useKnowledgeSummary();
  const setup = useSetup();
  const empty = summary.data !== undefined && summary.data.products + summary.data.faqs === 0 && summary.data.profile === null;
  const setupOpen = setup.data !== undefined && !setup.data.finished;
  const home = setupOpen ? 'setup' : empty ? 'knowledge' : 'inbox';
  const [route, navigate] = useRoute(home);
  // Settled either way: a refused or failed call lands on the inbox, whose screens say why.
  const known = (summary.data !== undefined || summary.isError) && (setup.data !== undefined || setup.isError);
  const landing = !known && window.location.hash === '';
  // Pin the landing screen in the hash once known, so loading the demo shop there does not move
  // the owner to the inbox under their feet.
  useEffect(() => {
    if (known && window.location.hash === '') window.location.replace(`#/${home}`);
  }, [known, home]);
  const [navOpened, { toggle: toggleNav, close: closeNav }] = useDisclosure(false);

  const go = (next: AppRoute) => {
    navigate(next);
    closeNav();
  };

  return (
    <>
      <SkipLink />
      <AppShell
        header={{ height: 64 }}
        // Narrower navigation and padding below 1200 px: at 1024×640 the screens fit without scrolling sideways.
        navbar={{ width: { sm: 220, lg: 250 }, breakpoint: 'sm', collapsed: { mobile: !navOpened } }}
        padding={{ base: 'md', lg: 'xl' }}
      >
        <AppShell.Header>
          <AppHeader navOpened={navOpened} onToggleNav={toggleNav} />
        </AppShell.Header>
        <AppShell.Navbar p="md">
          <AppNavbar screen={route.screen} setupOpen={setupOpen} onNavigate={(screen) => go({ screen, id: null })} />
        </AppShell.Navbar>
        <AppShell.Main bg="gray.0" id={MAIN_ID} tabIndex={-1}>
          {/* With no screen in the address, wait to know where to land rather than flash the inbox. */}
          {/* The inbox is in the first bundle; every other screen loads when first visited. */}
          <Suspense fallback={<ScreenFallback />}>
          {!landing && route.screen === 'inbox' && <InboxScreen selectedId={route.id} onSelect={(id) => go({ screen: 'inbox', id })} />}
          {route.screen === 'knowledge' && <KnowledgeScreen />}
          {route.screen === 'practice' && (
            <PracticeScreen
              selectedId={route.id}
              // A send that lands just after the owner clicked another screen (its hashchange not yet
              // rendered) must not pull them back: only move while the address still says practice.
              onSelect={(id) => {
                if (parseHash(window.location.hash, home).screen === 'practice') go({ screen: 'practice', id });
              }}
            />
          )}
          {route.screen === 'queue' && <QueueScreen />}
          {route.screen === 'whatsapp' && (
            <WhatsAppScreen selectedId={route.id} onSelect={(id) => go({ screen: 'whatsapp', id })} />
          )}
          {route.screen === 'tests' && <TestsScreen />}
          {route.screen === 'settings' && <SettingsScreen />}
          {route.screen === 'activity' && <ActivityScreen />}
          {route.screen === 'insights' && <InsightsScreen />}
          {route.screen === 'setup' && <SetupScreen onLeave={() => go({ screen: 'inbox', id: null })} />}
          </Suspense>
        </AppShell.Main>
      </AppShell>
    </>
  );
}
