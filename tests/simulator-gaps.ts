import type { Exercise, RunStep } from '../src/checker/grading/exercise';
import { runCheck } from '../src/grading/run-check';

/**
 * What the simulator must support before some exercises' run checks can pass. Each gap has a probe:
 * commands that succeed once the simulator supports the feature. The authoring and browser tests
 * expect an exercise to pass completely when none of its gaps is open, and otherwise to fail its run
 * check with the simulator's current words; so the run definitions stay as they should be, and a
 * test fails as soon as the simulator changes either way.
 */
export interface SimulatorGap {
  needs: string;
  probe: { files?: Record<string, string>; steps: RunStep[] };
  /** How the run check fails while the gap is open. */
  now: RegExp;
}

const DETACHED_SERVER: SimulatorGap = {
  needs: 'a Go server built from the build context keeps running under docker run -d',
  probe: {
    files: {
      Dockerfile: 'FROM golang:1.27-alpine AS build\nWORKDIR /src\nCOPY go.mod main.go ./\nRUN CGO_ENABLED=0 go build -o /out/server .\nFROM alpine:3.24\nCOPY --from=build /out/server /server\nCMD ["/server"]\n',
      'go.mod': 'module example.com/probe\n\ngo 1.27\n',
      'main.go': 'package main\n\nimport "net/http"\n\nfunc main() { http.ListenAndServe(":8080", nil) }\n',
    },
    steps: [{ command: 'docker build -t probe .' }, { command: 'docker run -d --name probe probe' }, { command: "docker inspect -f '{{.State.Status}}' probe", output: 'running' }],
  },
  // docker inspect shows the container exited; docker compose ps, which lists only running containers, prints its header alone.
  now: /does not print “running”; it prints: exited|does not print “Up ”; it prints: NAME\s+IMAGE\s+COMMAND\s+SERVICE\s+CREATED\s+STATUS\s+PORTS\.?$/,
};

const COURSE_DOWNLOADS: SimulatorGap = {
  needs: 'the course\'s downloads (https://downloads.example.com/reporter/1.4.2/reporter-linux-amd64 is a program for linux/amd64)',
  probe: {
    files: { Dockerfile: 'FROM alpine:3.24\nADD --chmod=555 https://downloads.example.com/reporter/1.4.2/reporter-linux-amd64 /usr/local/bin/reporter\nENTRYPOINT ["/usr/local/bin/reporter"]\n' },
    steps: [{ command: 'docker build -t probe .' }, { command: 'docker run --rm probe' }],
  },
  now: /exec format error/,
};

const PUBLISHED_PORTS: SimulatorGap = {
  needs: 'curl on the host reaching a port published on 127.0.0.1',
  probe: { steps: [{ command: 'docker run -d -p 127.0.0.1:8081:80 nginx:1.30' }, { command: 'curl -s http://127.0.0.1:8081/' }] },
  now: /Failed to connect|Connection refused/,
};

export const SIMULATOR_GAPS: Readonly<Record<string, readonly SimulatorGap[]>> = {
  'build-secrets-and-supply-chain/pin-and-verify': [COURSE_DOWNLOADS],
  'run-as-non-root/multi-stage-trap': [DETACHED_SERVER],
  'minimal-base-images/distroless-entrypoint': [DETACHED_SERVER],
  'no-host-network/publish-on-loopback': [PUBLISHED_PORTS],
  'capstone/harden-service': [DETACHED_SERVER],
};

function probeSucceeds(gap: SimulatorGap): boolean {
  const files = gap.probe.files ?? {};
  const names = Object.keys(files).filter((n) => n === 'Dockerfile' || n.endsWith('.yaml'));
  const probe: Exercise = {
    id: 'probe/gap', lesson: 'probe', title: 'probe', task: 'probe', hints: [], rules: [], goals: [],
    files: names.map((name) => ({ name, kind: name === 'Dockerfile' ? 'dockerfile' : 'compose', starter: files[name] ?? '', solution: files[name] ?? '' })),
    context: Object.fromEntries(Object.entries(files).filter(([n]) => !names.includes(n))),
    run: { title: 'probe', why: 'probe', passed: 'probe', steps: gap.probe.steps },
  };
  return runCheck(probe, files).pass;
}

/** The gaps of an exercise that the simulator in this checkout still has. */
export function openGaps(exerciseId: string): SimulatorGap[] {
  return (SIMULATOR_GAPS[exerciseId] ?? []).filter((gap) => !probeSucceeds(gap));
}
