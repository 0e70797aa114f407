import type { Rule } from '../../core/types';
import type { AppArmorModel } from '../model';

export const rule: Rule<AppArmorModel> = {
  meta: {
    id: 'apparmor-no-profile',
    title: 'The file must declare a profile',
    severity: 'error',
    appliesTo: ['apparmor'],
    lesson: 'apparmor-profiles',
    why: 'Rules only take effect inside a profile block, and `--security-opt apparmor=NAME` needs a profile with that name; a file without one confines nothing.',
    fix: 'Wrap the rules in `profile NAME flags=(attach_disconnected,mediate_deleted) { ... }` and load it with `apparmor_parser -r -W`.',
    refs: { dockerBench: ['5.1'] },
    messages: {
      noProfile: 'This file declares no profile, so it confines nothing. Put the rules inside "profile NAME { ... }" and pass that NAME to --security-opt apparmor=NAME.',
    },
    examples: {
      bad: '#include <tunables/global>\n\ndeny /etc/** w,\n',
      good: '#include <tunables/global>\n\nprofile docker-app flags=(attach_disconnected,mediate_deleted) {\n  #include <abstractions/base>\n  file,\n  deny /etc/** w,\n}\n',
    },
  },
  check(model) {
    // An abstraction or include file confines nothing by design; a template is reported as such.
    if (model.profiles.length > 0 || model.includeFile || model.template) return [];
    return [{ line: 1, messageId: 'noProfile' }];
  },
};
