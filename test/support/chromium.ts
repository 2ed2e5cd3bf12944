/**
 * Debian's chromium driven by playwright-core (no browser download): headless, no sandbox (CI
 * runs as root), and no background networking (without those flags chromium waits on the
 * network this machine does not have). A fresh profile folder per launch.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export const CHROMIUM = process.env.GONGWEN_CHROMIUM ?? '/usr/bin/chromium';

export async function launchChromium(viewport = { width: 1600, height: 1000 }): Promise<BrowserContext> {
  const profile = await mkdtemp(join(tmpdir(), 'gw-chromium-'));
  return chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // Containers often have a small /dev/shm: keep chromium's shared memory in /tmp.
      '--disable-dev-shm-usage',
    ],
  });
}
