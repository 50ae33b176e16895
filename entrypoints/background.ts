import { defineBackground } from 'wxt/utils/define-background';

export default defineBackground({
  type: 'module',
  main() {
    // Wiring lives in lib/background/* (issues 6 and 7).
  },
});
