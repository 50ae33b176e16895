/**
 * Firefox for the smoke tests: Debian's firefox-esr, headless, driven over WebDriver BiDi (Firefox
 * speaks it natively; no driver download), with the Firefox build installed as a temporary add-on
 * (`webExtension.install`). Used by test/e2e/hostile/firefox.spec.ts and firefox-pdf.spec.ts.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import WebSocket from 'ws';
import { EXTENSION_DIR } from './browser';

export const FIREFOX = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
export const FIREFOX_BUILD = EXTENSION_DIR.replace(/chrome-mv3$/, 'firefox-mv3');
/** The add-on id in the Firefox manifest (wxt.config.ts, browser_specific_settings.gecko.id). */
export const FIREFOX_EXTENSION_ID = 'cpt-lens@cpt-lens.dev';

/** A minimal WebDriver BiDi client: one command at a time, answers matched by id. */
export class Bidi {
  private next = 1;
  private readonly waiting = new Map<number, { ok: (v: unknown) => void; fail: (e: Error) => void }>();
  private constructor(private readonly socket: WebSocket) {
    socket.on('message', (data) => {
      const message = JSON.parse(String(data)) as {
        id?: number;
        type: string;
        result?: unknown;
        error?: string;
        message?: string;
      };
      if (message.id === undefined) return;
      const waiter = this.waiting.get(message.id);
      this.waiting.delete(message.id);
      if (message.type === 'error') waiter?.fail(new Error(`${message.error}: ${message.message}`));
      else waiter?.ok(message.result);
    });
  }

  static async connect(url: string): Promise<Bidi> {
    const socket = new WebSocket(url);
    await new Promise<void>((ok, fail) => {
      socket.once('open', () => ok());
      socket.once('error', fail);
    });
    return new Bidi(socket);
  }

  send<T>(method: string, params: Record<string, unknown> = {}): Promise<T> {
    const id = this.next++;
    return new Promise<T>((ok, fail) => {
      this.waiting.set(id, { ok: ok as (v: unknown) => void, fail });
      this.socket.send(JSON.stringify({ id, method, params }));
    });
  }

  close(): void {
    this.socket.close();
  }
}

/**
 * Makes the profile give the extension `uuid` as its moz-extension:// host. Firefox picks a random
 * one per profile and keeps the map in this preference, read when the add-on is installed; a fixed
 * one lets a test name an extension page's URL before the add-on exists.
 */
export function fixExtensionUuid({ profile, uuid }: { profile: string; uuid: string }): void {
  const map = JSON.stringify({ [FIREFOX_EXTENSION_ID]: uuid });
  writeFileSync(join(profile, 'user.js'), `user_pref("extensions.webextensions.uuids", ${JSON.stringify(map)});\n`);
}

/**
 * Starts headless Firefox with BiDi on a free port; resolves with its WebSocket URL.
 * `allowSystemAccess` passes `--remote-allow-system-access`: without it, BiDi's
 * `browsingContext.navigate` (firefox-esr 153) refuses URLs outside its "webdriver-safe" schemes,
 * moz-extension:// among them ("Navigation to moz-extension://… is not allowed in this context",
 * isWebdriverSafeNavigationURL in remote/shared/BrowsingContextUtils.sys.mjs). It is a flag of the
 * test browser's command line only; nothing in the extension changes.
 */
export async function startFirefox(
  profile: string,
  { allowSystemAccess = false }: { allowSystemAccess?: boolean } = {},
): Promise<{ process: ChildProcess; url: string }> {
  const args = ['--headless', '--remote-debugging-port=0', '--profile', profile, '--no-remote'];
  if (allowSystemAccess) args.push('--remote-allow-system-access');
  const child = spawn(FIREFOX, args, {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, MOZ_HEADLESS: '1' },
  });
  const url = await new Promise<string>((ok, fail) => {
    let seen = '';
    const timer = setTimeout(() => fail(new Error(`Firefox did not start BiDi: ${seen.slice(-500)}`)), 30_000);
    child.stderr!.on('data', (chunk) => {
      seen += String(chunk);
      const m = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(seen);
      if (m) {
        clearTimeout(timer);
        ok(m[1]!);
      }
    });
    child.once('exit', (code) => fail(new Error(`Firefox exited (${code}): ${seen.slice(-500)}`)));
  });
  return { process: child, url };
}

/** Evaluates `expression` in a browsing context and returns it read back as JSON (BiDi returns remote values). */
export async function evaluateJson<T>(bidi: Bidi, context: string, expression: string): Promise<T> {
  const reply = await bidi.send<{ result: { value?: string } }>('script.evaluate', {
    target: { context },
    awaitPromise: false,
    expression: `JSON.stringify(${expression})`,
  });
  return JSON.parse(reply.result.value ?? 'null') as T;
}

/** Moves the mouse onto `point` from just below-left of it, as a user's hover does. */
export async function hoverPoint(bidi: Bidi, context: string, point: { x: number; y: number }): Promise<void> {
  await bidi.send('input.performActions', {
    context,
    actions: [
      {
        type: 'pointer',
        id: 'mouse',
        parameters: { pointerType: 'mouse' },
        actions: [
          { type: 'pointerMove', x: point.x - 20, y: point.y + 20, duration: 0 },
          { type: 'pointerMove', x: point.x, y: point.y, duration: 100 },
        ],
      },
    ],
  });
}
