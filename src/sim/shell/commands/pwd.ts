import { ok, type Command } from '../types';

/** The pwd program (BusyBox applet, coreutils): what `docker run IMAGE pwd` runs, with no shell in between. */
export const pwd: Command = ({ proc }) => ok(`${proc.cwd}\n`);
