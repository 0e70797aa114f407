import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintText } from '../index';
import { parseSeccomp } from './index';

const fixture = (name: string): string => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

describe('seccomp profile parser', () => {
  it('reads Docker\'s default profile with every rule and no finding', () => {
    const model = parseSeccomp(fixture('docker-default.json'));
    expect(model.defaultAction?.value).toBe('SCMP_ACT_ERRNO');
    expect(model.defaultErrnoRet?.value).toBe(1);
    expect(model.archMap).toBe(true);
    expect(model.syscalls).toHaveLength(33);
    expect(model.syscalls[17]?.includes.caps).toEqual(['CAP_SYS_ADMIN']);
    expect(model.diagnostics).toEqual([]);
    expect(lintText('seccomp', fixture('docker-default.json'))).toEqual([]);
  });

  it('keeps the exact span of every name and action', () => {
    const text = '{\n  "defaultAction": "SCMP_ACT_ERRNO",\n  "syscalls": [\n    { "names": ["read", "mount"], "action": "SCMP_ACT_ALLOW" }\n  ]\n}\n';
    const model = parseSeccomp(text);
    expect(model.defaultAction?.span).toEqual({ line: 2, column: 20, endLine: 2, endColumn: 36 });
    expect(model.syscalls[0]?.names.map((n) => [n.value, n.span.line, n.span.column, n.span.endColumn])).toEqual([['read', 4, 17, 23], ['mount', 4, 25, 32]]);
    expect(model.syscalls[0]?.action?.span.column).toBe(45);
  });

  it('reads the old single "name" and a config.json\'s linux.seccomp', () => {
    expect(parseSeccomp('{"defaultAction":"SCMP_ACT_ALLOW","syscalls":[{"name":"mount","action":"SCMP_ACT_ERRNO"}]}').syscalls[0]?.names[0]?.value).toBe('mount');
    const oci = parseSeccomp('{"ociVersion":"1.2.0","linux":{"seccomp":{"defaultAction":"SCMP_ACT_ERRNO","architectures":["SCMP_ARCH_X86_64"],"syscalls":[{"names":["read"],"action":"SCMP_ACT_ALLOW"}]}}}');
    expect(oci.format).toBe('oci-config');
    expect(oci.defaultAction?.value).toBe('SCMP_ACT_ERRNO');
    expect(oci.architectures?.map((a) => a.value)).toEqual(['SCMP_ARCH_X86_64']);
  });

  it('words malformed JSON as Go does, the text Docker prints', () => {
    expect(parseSeccomp('{bad').jsonError).toBe("invalid character 'b' looking for beginning of object key string");
    expect(parseSeccomp('').jsonError).toBe('unexpected end of JSON input');
    expect(parseSeccomp('{"defaultAction":"SCMP_ACT_ALLOW",}').jsonError).toBe("invalid character '}' looking for beginning of object key string");
    const broken = parseSeccomp('{\n  "defaultAction": "SCMP_ACT_ERRNO"\n  "syscalls": []\n}');
    expect(broken.jsonError).toBe("invalid character '\"' after object key:value pair");
    expect(broken.diagnostics[0]).toMatchObject({ ruleId: 'seccomp-syntax', line: 3, column: 3 });
  });

  it('says what the daemon says about values of the wrong type', () => {
    expect(parseSeccomp('{"defaultAction":"SCMP_ACT_ALLOW","syscalls":[{"names":["unshare"],"action":"SCMP_ACT_ERRNO","args":"x"}]}').decodeError)
      .toBe('Decoding seccomp profile failed: json: cannot unmarshal string into Go struct field Syscall.syscalls.args of type []*specs.LinuxSeccompArg');
    expect(parseSeccomp('{"defaultAction":5}').decodeError)
      .toBe('Decoding seccomp profile failed: json: cannot unmarshal number into Go struct field Seccomp.defaultAction of type specs.LinuxSeccompAction');
    expect(parseSeccomp('{"defaultAction":"SCMP_ACT_ALLOW","syscalls":{"names":["x"]}}').decodeError)
      .toBe('Decoding seccomp profile failed: json: cannot unmarshal object into Go struct field Seccomp.syscalls of type []*seccomp.Syscall');
    expect(parseSeccomp('[]').decodeError).toBe('Decoding seccomp profile failed: json: cannot unmarshal array into Go value of type seccomp.Seccomp');
    const wrong = parseSeccomp('{"defaultAction":"SCMP_ACT_ALLOW","syscalls":[{"names":"mount","action":"SCMP_ACT_ERRNO"}]}');
    expect(wrong.diagnostics[0]).toMatchObject({ ruleId: 'seccomp-syntax', column: 56 });
  });

  it('flags unknown actions and architectures, and rules without names or action', () => {
    const model = parseSeccomp('{"defaultAction":"SCMP_ACT_BOGUS","architectures":["SCMP_ARCH_FOO"],"syscalls":[{"action":"SCMP_ACT_ALLOW"},{"names":["read"]}]}');
    expect(model.diagnostics.map((d) => d.message)).toEqual([
      expect.stringContaining('"SCMP_ACT_BOGUS" is not a seccomp action'),
      expect.stringContaining('"SCMP_ARCH_FOO" is not a seccomp architecture'),
      expect.stringContaining('names no system call'),
      expect.stringContaining('has no "action"'),
    ]);
  });

  it('never throws on odd input', () => {
    for (const text of ['null', '"x"', '{"syscalls":[null, 1, []]}', '{"defaultAction":"SCMP_ACT_ERRNO","syscalls":[{"names":[1,null],"action":"SCMP_ACT_ALLOW","includes":7}]}', '\u0000', '{"a":"\\q"}', '{"a":"\n"}', '[1,2', '{"a":1}x']) {
      expect(() => parseSeccomp(text)).not.toThrow();
    }
  });
});
