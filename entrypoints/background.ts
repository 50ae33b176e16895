import { defineBackground } from 'wxt/utils/define-background';
import { registerBadge } from '../lib/background/badge';
import { registerContextMenu } from '../lib/background/context-menu';
import { registerEntryRoute } from '../lib/background/entry-route';
import { registerPolicyMirror } from '../lib/background/policy-mirror';
import { registerManagedPublications } from '../lib/background/publications';
import { registerReinjection } from '../lib/background/reinject';
import { registerSelectionCommand } from '../lib/background/selection-command';
import { exposeTestHooks } from '../lib/background/test-hooks';
import { registerToggleCommand } from '../lib/background/toggle-command';
import { registerTravelCommands } from '../lib/background/travel-command';

export default defineBackground({
  type: 'module',
  main() {
    // Thin: each module registers its listeners synchronously, as MV3 service workers require.
    // Every message listener parses with lib/messages.ts and ignores what it does not know.
    registerEntryRoute();
    registerBadge();
    const lookupListener = registerContextMenu();
    registerToggleCommand();
    registerTravelCommands();
    registerSelectionCommand();
    registerReinjection();
    registerPolicyMirror();
    registerManagedPublications();
    exposeTestHooks({ lookupListener });
  },
});
