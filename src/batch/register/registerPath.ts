/** Where the register lives by default: the user's data folder (XDG on Linux, Application Support, %APPDATA%). */
import { homedir } from 'node:os';
import { join } from 'node:path';

export function defaultRegisterPath(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.GONGWEN_REGISTER) return env.GONGWEN_REGISTER;
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'gongwen', 'register.sqlite');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'gongwen', 'register.sqlite');
  return join(env.XDG_DATA_HOME ?? join(homedir(), '.local', 'share'), 'gongwen', 'register.sqlite');
}
