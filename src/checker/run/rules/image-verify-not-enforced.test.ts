import { describe, it } from 'vitest';
import { testRule } from '../../core/rule-tester';
import { runChecker } from '..';
import { rule } from './image-verify-not-enforced';

const D = 'sha256:fb46758b77a59fc647dfa8414986bce4d533014f94508bea3d846bb5e2c7d008';
const IMG = `registry.example.com/shop-web@${D}`;
const ID = '--certificate-identity https://github.com/example/shop-web/.github/workflows/release.yml@refs/tags/v3.1.0 --certificate-oidc-issuer https://token.actions.githubusercontent.com';

describe('image-verify-not-enforced', () => {
  it('reports signature checks that fail open', () => testRule(runChecker, rule, {
    valid: [
      { name: 'no verification at all is another matter', code: 'docker run -d nginx:1.30\n' },
      { name: 'set -e, then the digest', code: `#!/bin/sh\nset -eu\ncosign verify ${ID} ${IMG}\ndocker run -d ${IMG}\n` },
      { name: 'set -euo pipefail and a variable', code: `set -euo pipefail\nIMAGE=${IMG}\ncosign verify ${ID} "$IMAGE"\ndocker run -d --name shop "\${IMAGE}"\n` },
      { name: 'joined with &&', code: `cosign verify ${ID} ${IMG} \\\n  && docker run -d ${IMG}\n` },
      { name: '|| exit 1', code: `cosign verify ${ID} ${IMG} >/dev/null || exit 1\ndocker run -d ${IMG}\n` },
      { name: 'if ! ... then exit', code: `if ! cosign verify ${ID} ${IMG}; then\n  echo unsigned >&2\n  exit 1\nfi\ndocker run -d ${IMG}\n` },
      { name: 'run in the then-branch', code: `if cosign verify ${ID} ${IMG}; then\n  docker run -d ${IMG}\nfi\n` },
      { name: 'a shebang with -e', code: `#!/bin/sh -e\ncosign verify ${ID} ${IMG}\ndocker run -d ${IMG}\n` },
      { name: 'a tag and digest reference', code: `set -e\ncosign verify ${ID} registry.example.com/shop-web:3.1@${D}\ndocker run -d ${IMG}\n` },
    ],
    invalid: [
      { name: 'no set -e', code: `cosign verify ${ID} ${IMG}\ndocker run -d ${IMG}\n`, errors: [{ line: 2, messageId: 'notEnforced', message: 'line 1' }] },
      { name: 'set +e turns it off again', code: `set -e\nset +e\ncosign verify ${ID} ${IMG}\ndocker run -d ${IMG}\n`, errors: [{ line: 4, messageId: 'notEnforced' }] },
      { name: '|| true', code: `set -e\ncosign verify ${ID} ${IMG} || true\ndocker run -d ${IMG}\n`, errors: [{ line: 3, messageId: 'notEnforced' }] },
      { name: 'piped without pipefail', code: `set -e\ncosign verify ${ID} ${IMG} | jq .\ndocker run -d ${IMG}\n`, errors: [{ line: 3, messageId: 'notEnforced' }] },
      { name: '&& echo ends the chain before docker run', code: `set -e\ncosign verify ${ID} ${IMG} && echo verified\ndocker run -d ${IMG}\n`, errors: [{ line: 3, messageId: 'notEnforced' }] },
      { name: 'verified after it started', code: `set -e\ndocker run -d ${IMG}\ncosign verify ${ID} ${IMG}\n`, errors: [{ line: 2, messageId: 'verifiedAfterRun', message: 'line 3' }] },
      { name: 'another image runs', code: `set -e\ncosign verify ${ID} ${IMG}\ndocker run -d registry.example.com/shop-web:3.1-hotfix\n`, errors: [{ line: 3, messageId: 'runsUnverified', message: 'registry.example.com/shop-web:3.1-hotfix' }] },
      { name: 'tag verified and run', code: `set -e\ncosign verify ${ID} registry.example.com/shop-web:3.1\ndocker run -d registry.example.com/shop-web:3.1\n`, errors: [{ line: 3, messageId: 'tagVerified' }] },
      {
        name: 'any identity',
        code: `set -e\ncosign verify --certificate-identity-regexp '.*' --certificate-oidc-issuer-regexp=.* ${IMG}\ndocker run -d ${IMG}\n`,
        errors: [{ line: 2, messageId: 'anyIdentity', message: '--certificate-identity-regexp .*' }, { line: 2, messageId: 'anyIdentity', message: '--certificate-oidc-issuer-regexp' }],
      },
      { name: 'redirect with >&2 is not an operator', code: `cosign verify ${ID} ${IMG} >&2\ndocker run -d ${IMG}\n`, errors: [{ line: 2, messageId: 'notEnforced' }] },
    ],
  }));
});
