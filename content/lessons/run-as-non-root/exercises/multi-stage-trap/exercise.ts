import type { Exercise } from '../../../../../src/checker/grading/exercise';
import { numericNonRootGoal } from '../final-user';
import starter from './starter.Dockerfile?raw';
import solution from './solution.Dockerfile?raw';

export const exercise: Exercise = {
  id: 'run-as-non-root/multi-stage-trap',
  lesson: 'run-as-non-root',
  title: 'The USER that does nothing',
  task:
    'This Dockerfile declares `USER 10001:10001`, yet the container it builds runs as root. Find out why and make the ' +
    'image that ships run as that numeric user.',
  files: [{ name: 'Dockerfile', kind: 'dockerfile', starter, solution }],
  rules: ['runs-as-root'],
  goals: [numericNonRootGoal],
  run: {
    title: 'The image builds and the server starts',
    why: 'This is what the terminal does with your Dockerfile; a build or start that fails there fails here.',
    passed: 'docker build compiles the server in the build stage, and the final image starts it and keeps it running.',
    steps: [
      { command: 'docker build -t app .' },
      { command: 'docker run -d --name app app' },
      { command: "docker inspect -f '{{.State.Status}}' app", output: 'running', explain: 'docker logs app' },
    ],
  },
  hints: [
    'Build the image and run `id` in it: which stage does the container come from?',
    'USER lasts until the end of its stage. The next FROM starts again from the base image\'s user.',
    'Move `USER 10001:10001` from the build stage into the final stage, after `FROM alpine:3.24`.',
  ],
  demo: ['docker build -t app .', 'docker run --rm app id'],
  context: {
    'go.mod': 'module example.com/server\n\ngo 1.27\n',
    'main.go':
      'package main\n\nimport "net/http"\n\nfunc main() {\n\thttp.ListenAndServe(":8080", http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {\n\t\tw.Write([]byte("ok"))\n\t}))\n}\n',
  },
};
