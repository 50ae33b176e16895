import { resolve } from 'node:path';
import type { PluginOption } from 'vite';
import { defineConfig } from 'wxt';
import { cptDataPlugin } from './data/plugin';

// Firefox needs a stable id for storage.managed and for signing.
const GECKO_ID = 'cpt-lens@cpt-lens.dev';

/** Cuts `// manifest: start` … `// manifest: end` from the content-script entry, and fails the build if they are gone. */
function dropManifestFields(): PluginOption {
  const entry = resolve(import.meta.dirname, 'entrypoints/content/index.ts');
  return {
    name: 'cpt-lens-drop-manifest-fields',
    // Before esbuild strips the comments that mark the lines.
    enforce: 'pre',
    transform(code, id) {
      if (id !== entry) return;
      const cut = code.replace(/\n[ \t]*\/\/ manifest: start[\s\S]*?\/\/ manifest: end\n/, '\n');
      if (cut === code) this.error('entrypoints/content/index.ts: "// manifest: start" … "// manifest: end" not found');
      return cut;
    },
  };
}

/**
 * Squeezes the whitespace esbuild's CSS minifier leaves in `?inline` stylesheets of the content build: after a custom
 * property's colon and inside its value (`--cl-mono: ui-monospace, "SF Mono"`), around `/` and before `)` where a
 * `var()` keeps the value unparsed. None of that whitespace is significant outside quoted strings, which stay as they
 * are; 10 B gzip of the content script's budget.
 */
function squeezeInlineCss(): PluginOption {
  return {
    name: 'cpt-lens-squeeze-inline-css',
    enforce: 'post',
    transform(code, id) {
      if (!id.endsWith('.css?inline')) return;
      const match = /^export default ("(?:[^"\\]|\\.)*")/.exec(code);
      const literal = match?.[1];
      if (!match || literal === undefined) this.error(`${id}: not the \`export default "…"\` of Vite's inline CSS`);
      const css = (JSON.parse(literal) as string)
        .split(/("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')/)
        .map((part, i) =>
          i % 2
            ? part
            : part
                .replace(/(--[\w-]+):\s+/g, '$1:')
                .replace(/\s*([,/])\s*/g, '$1')
                .replace(/\s+\)/g, ')'),
        )
        .join('');
      return `export default ${JSON.stringify(css)}${code.slice(match[0].length)}`;
    },
  };
}

/**
 * Property names terser shortens in the content script's build (226 B gzip, size pass 17; 227 B more, size pass 18): names
 * only the script's own objects carry (the detector's scan state and candidates, the column verdicts, the scanner's jobs,
 * the module interfaces between annotator, highlighter, scanner and popover, preact's and zod's internals). Terser
 * renames every `.name`, `name:` and `'name'` key of these alike, in the whole bundle, and never a name in its list of
 * DOM properties (abbr, atEnd, pending, enqueue…, which therefore stay off this list). So none of these may ever name a property of a message, of storage, of a zod schema
 * (zod reads the keys from the value), of a DOM or built-in object, of preact props (they become attributes), or of
 * a global such as zod's `memoizer`. The unit tests run the source and cannot notice such a slip; only the e2e tests
 * (the built extension) can.
 */
const PRIVATE_PROPERTIES = new RegExp(
  `^(?:${[
    // lib/detect.ts: the label scan's state and the candidates' flags.
    'words|colon|unknown|seen|onlyOf|lowerVerb|prep|joined|brk|aside|clause|verbS|dot|known|bad|tagged|addOn',
    // lib/detect: the column verdicts, the modifier tallies, the delimited lines; the page context's reads
    // (lib/page/context.ts; not `section`: a key of the entry's notes too).
    'verdict|modified|numbers|half|repeats|strong|fields|sep|columnHeader|column|row',
    // lib/page: the scanner's jobs and the modules' interfaces.
    'walker|hosts|trail|reader|reads|rescan|mayHold|holders|discover|contextOf|hitTest|occurrences|onCounts',
    'invalidate|activity|setStyle|prepare|flash|announce|owns|showAt|pinned|place|reveal|handle',
    // lib/page/script-context.ts: the lean ContentScriptContext (WXT's entry, bundled with it, calls these too). This,
    // `place`, `reveal`, `handle` and `shows`: 28 B gzip, size pass 18.
    'isValid|onInvalidated',
    // lib/detect.ts: the label scan's reading verb.
    'shows',
    // Size pass 18, 142 B gzip: preact's internals, which its own build already shortened to `__` and `__` plus a letter
    // (vnode, component, option hooks, the listener map on the elements it renders), the names of the component API
    // it looks up on the card (CodeCard, the only class component, defines `render` and `state`; `state` is a DOM name
    // and stays) and the card's state keys. Nothing outside preact and the card reads them.
    '__[A-Za-z]?|props|render|setState|forceUpdate|vnode|diffed|debounceRendering|getChildContext|getSnapshotBeforeUpdate',
    'getDerivedStateFrom(?:Props|Error)|componentWill(?:ReceiveProps|Unmount|Update|Mount)|componentDid(?:Update|Mount|Catch)',
    'shouldComponentUpdate|more|copy',
    // Size pass 18, 57 B gzip: zod's internals on its schema instances and parse payloads (lib/page/zod-core.ts's kinds;
    // no JIT: no `new Function` in the bundle). Never its global config (`__zod_globalConfig`, `memoizer`), the names
    // it defines by string (`optin`, `optout`, `values`, `pattern`, `propValues`), the issue keys it filters by string
    // (`inst`), nor the result's `value` (lib/zod-check.ts tests `'value' in`).
    '_zod|def|traits|deferred|onattach|constr|_getter|_value|allKeys|symbolKeys|keySet|numKeys|optionalKeys|skipChecks',
    'issues',
  ].join('|')})$`,
);

export default defineConfig({
  // Parallel work (and the bench) can build into a folder of its own.
  outDir: process.env.CPT_LENS_OUT ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  // Every dependency is an explicit import (DEVELOPERS.md).
  imports: false,
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: 'CPT Lens',
    description:
      'Finds CPT procedure codes on payer portals and EHR pages and explains them on hover. Offline: nothing leaves your machine.',
    // See README "Permissions" for why each one is needed.
    permissions: ['storage', 'contextMenus', 'scripting', 'unlimitedStorage'],
    host_permissions: ['<all_urls>'],
    storage: { managed_schema: 'managed-schema.json' },
    action: { default_title: 'CPT Lens' },
    commands: {
      'toggle-site': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: 'Turn CPT Lens on or off for the current site',
      },
      // Keyboard travel (README "Using it"). Alt+Shift with punctuation and K: not taken by
      // Chrome, Firefox, Edge or the common EHR shortcuts (Ctrl- and F-keys).
      'next-code': { suggested_key: { default: 'Alt+Shift+Period' }, description: 'Next CPT code' },
      'previous-code': { suggested_key: { default: 'Alt+Shift+Comma' }, description: 'Previous CPT code' },
      'look-up-selection': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: 'Look up the CPT code in the selection',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : { minimum_chrome_version: '125' }),
  }),
  hooks: {
    // The content script gets the browser's own API instead of webextension-polyfill (see
    // lib/page/browser-api.ts); every other page keeps the polyfill.
    'vite:build:extendConfig': (entrypoints, config) => {
      // Readable function names in CPU profiles (scripts/bench-live.ts, profiling by hand).
      if (process.env.CPT_LENS_NO_MINIFY) config.build = { ...config.build, minify: false };
      if (!entrypoints.every((entrypoint) => entrypoint.type === 'content-script')) return;
      // The content script has a 40 KB gzip budget: terser with top-level mangling saves 1.6 KB gzip
      // over esbuild; a third and fourth compress pass and an es2022 target (both minimum browsers run it:
      // Chrome 125, Firefox 142; no down-levelled `??=` or class fields) save 75 B more (the fourth: 5 B). WXT ends
      // the file with `content;` (the script's result for scripting.executeScript), so that one
      // top-level name must keep its name.
      // wrap_iife: `(function(){…})()` is compiled eagerly by V8; a bare `function(){…}()` is
      // pre-parsed, then parsed again when called (about 3 ms CPU of the first evaluation, 3 runs).
      // safari10: false, over Vite's default true: its workarounds for Safari 10 and 11 (names kept apart for their
      // `let` in loops bug) only cost bytes in an extension for Chrome and Firefox: the same code, other names, 90 B gzip.
      if (!process.env.CPT_LENS_NO_MINIFY) {
        config.build = {
          ...config.build,
          minify: 'terser',
          target: 'es2022',
          terserOptions: {
            safari10: false,
            compress: { passes: 4 },
            mangle: { toplevel: true, reserved: ['content'], properties: { regex: PRIVATE_PROPERTIES } },
            format: { comments: false, wrap_iife: true },
          },
        };
      }
      // The entry's manifest fields (matches, allFrames…) are for WXT's manifest, which reads them from the source; the
      // script never does, so its bundle leaves them out. Only this build runs the plugin.
      config.plugins = [...(config.plugins ?? []), dropManifestFields(), squeezeInlineCss()];
      // JSX as preact's createElement, which preact's render() bundles anyway, instead of the automatic runtime's
      // jsx() (preact/jsx-runtime): the same vnodes (key and ref taken out of the props, children in props.children),
      // 80 B gzip less. Only this build: the popup, the options page and the tests keep the automatic runtime
      // (test/unit/page/content-jsx.test.tsx renders the card both ways).
      config.esbuild = {
        jsx: 'transform',
        jsxFactory: 'cptLensH',
        jsxFragment: 'CptLensFragment',
        jsxInject: "import { createElement as cptLensH, Fragment as CptLensFragment } from 'preact'",
      };
      const replacement = resolve(import.meta.dirname, 'lib/page/browser-api.ts');
      // WXT's ContentScriptContext, lean: only what the script uses (lib/page/script-context.ts).
      const context = resolve(import.meta.dirname, 'lib/page/script-context.ts');
      // zod's core schema kinds without zod/mini's wrapper methods (lib/page/zod-core.ts): 0.6 KB gzip.
      const zodCore = resolve(import.meta.dirname, 'lib/page/zod-core.ts');
      config.resolve ??= {};
      const alias = config.resolve.alias;
      if (Array.isArray(alias)) {
        alias.unshift({ find: /^wxt\/browser$/, replacement });
        alias.unshift({ find: /^wxt\/utils\/content-script-context$/, replacement: context });
        alias.unshift({ find: /^zod\/mini$/, replacement: zodCore });
      } else {
        config.resolve.alias = {
          ...alias,
          'wxt/browser': replacement,
          'wxt/utils/content-script-context': context,
          'zod/mini': zodCore,
        };
      }
    },
  },
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
    plugins: [cptDataPlugin()],
  }),
});
