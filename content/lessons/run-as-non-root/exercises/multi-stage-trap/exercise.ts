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
