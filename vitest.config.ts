import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { cptDataPlugin } from './data/plugin';

export default defineConfig({
  // WxtVitest does not apply wxt.config's vite plugins: serve the virtual data modules here too.
  plugins: [WxtVitest(), cptDataPlugin()],
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}'],
    environment: 'happy-dom',
    restoreMocks: true,
  },
});
