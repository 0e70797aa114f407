import { describe, expect, it } from 'vitest';
import { grade } from '../../../../src/checker/grading/grade';
import { checkById, editSolution, failingIds } from '../../../../src/grading/testing';
import { exercise as mavenToRuntime } from './maven-to-runtime/exercise';

function failingGoals(dockerfile: string): string[] {
  return grade(mavenToRuntime, { Dockerfile: dockerfile }).filter((c) => c.source === 'goal' && !c.pass).map((c) => c.id);
}

const build = 'FROM maven:3.9-eclipse-temurin-21 AS build\nWORKDIR /app\nCOPY pom.xml .\nCOPY src ./src\nRUN mvn -B package\n\n';

describe('multi-stage-builds/maven-to-runtime', () => {
  it('accepts a distroless Java runtime', () => {
    const text = `${build}FROM gcr.io/distroless/java21-debian13:nonroot\nCOPY --from=build /app/target/app.jar /app/app.jar\nCMD ["/app/app.jar"]\n`;
    expect(failingGoals(text)).toEqual([]);
  });

  it('accepts a .war on Payara Micro with a numeric user', () => {
    const text = `${build}FROM payara/micro:6.2024.6\nCOPY --from=build /app/target/app.war /opt/payara/deployments/\nUSER 1000:1000\n`;
    expect(failingGoals(text)).toEqual([]);
  });

  it('accepts a jar pattern copied by stage number', () => {
    const text = `${build}FROM eclipse-temurin:21-jre-alpine\nCOPY --from=0 /app/target/*.jar /opt/app/\nUSER 10001:10001\n`;
    expect(failingGoals(text)).toEqual([]);
  });

  it('rejects copying a directory from the build stage', () => {
    const text = `${build}FROM eclipse-temurin:21-jre-alpine\nCOPY --from=build /app /app\nUSER 10001:10001\n`;
    expect(failingGoals(text)).toEqual(['goal:only-artifact']);
  });

  it('rejects copying the sources into the runtime stage', () => {
    const text = `${build}FROM eclipse-temurin:21-jre-alpine\nCOPY src /src\nCOPY --from=build /app/target/app.jar /opt/app/app.jar\nUSER 10001:10001\n`;
    expect(failingGoals(text)).toEqual(['goal:only-artifact']);
  });

  it.each(['eclipse-temurin:21-jdk', 'maven:3.9-eclipse-temurin-21', 'build'])('rejects %s as the runtime base', (base) => {
    const text = `${build}FROM ${base}\nCOPY --from=build /app/target/app.jar /opt/app/app.jar\nUSER 10001:10001\n`;
    expect(failingGoals(text)).toEqual(['goal:runtime-base']);
  });

  it('rejects the named payara user, which Kubernetes cannot verify', () => {
    const text = `${build}FROM payara/micro:6.2024.6\nCOPY --from=build /app/target/app.war /opt/payara/deployments/\n`;
    expect(failingGoals(text)).toEqual(['goal:final-user-numeric-non-root']);
  });

  it.each([
    ['a stale CMD that still points at target/app.jar', editSolution(mavenToRuntime, 'Dockerfile', 'CMD ["java", "-jar", "/opt/app/app.jar"]', 'CMD ["java", "-jar", "target/app.jar"]'), 'run', /Unable to access jarfile target\/app\.jar/],
    ['the jar copied to a path CMD does not use', editSolution(mavenToRuntime, 'Dockerfile', '/opt/app/app.jar\nUSER', '/opt/app.jar\nUSER'), 'run', /Unable to access jarfile \/opt\/app\/app\.jar/],
    ['the whole build stage copied across', editSolution(mavenToRuntime, 'Dockerfile', '/app/target/app.jar /opt/app/app.jar', '/ /'), 'goal:only-artifact', /brings \/ into the runtime image/],
    ['the runtime stage started FROM the build stage', editSolution(mavenToRuntime, 'Dockerfile', 'FROM eclipse-temurin:21-jre-alpine', 'FROM build'), 'goal:runtime-base', /inherits everything/],
    ['USER 10001 without a group', editSolution(mavenToRuntime, 'Dockerfile', 'USER 10001:10001', 'USER 10001'), 'goal:final-user-numeric-non-root', /group 0/],
    ['the jar handed to the runtime user', editSolution(mavenToRuntime, 'Dockerfile', '--chown=0:0', '--chown=10001:10001'), 'Dockerfile:other-rules', /10001/],
  ])('rejects %s', (_name, files, id, message) => {
    expect(failingIds(mavenToRuntime, files)).toContain(id);
    expect(checkById(mavenToRuntime, files, id).message).toMatch(message);
  });
});
