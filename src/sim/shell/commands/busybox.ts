import { fail, type Command } from '../types';

/**
 * The BusyBox binary run by its own name (`/busybox id`, a copy in a scratch image): the first
 * argument names the applet, as the multi-call binary reads it.
 */
export function busybox(applets: () => Readonly<Record<string, Command>>): Command {
  return (ctx) => {
    const [applet, ...rest] = ctx.args;
    if (applet === undefined || applet === '--help') {
      return fail('BusyBox v1.37.0 multi-call binary.\nBusyBox is copyrighted by many authors between 1998-2015.\nLicensed under GPLv2. See source distribution for detailed\ncopyright notices.\n\nUsage: busybox [function [arguments]...]\n');
    }
    const program = Object.hasOwn(applets(), applet) && applet !== 'busybox' ? applets()[applet] : undefined;
    if (!program) return fail(`${applet}: applet not found\n`, 127);
    return program({ ...ctx, args: rest });
  };
}
