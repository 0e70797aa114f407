import { describe, it } from 'vitest';
import { testRule } from '../../core/rule-tester';
import { dockerfileChecker } from '../index';
import { rule } from './latest-or-untagged-base-image';

describe('latest-or-untagged-base-image', () => {
  it('flags untagged and :latest images after ARG substitution', () => {
    testRule(dockerfileChecker, rule, {
      valid: [
        'FROM alpine:3.24\n',
        { name: 'digest', code: 'FROM alpine@sha256:1e42bbe2508154c9126d48c2b8a75420c3544343bf86fd041fb7527e017a4b4a\n' },
        { name: 'scratch is not an image', code: 'FROM scratch\n' },
        { name: 'stage names are not images', code: 'FROM alpine:3.24 AS base\nFROM base\n' },
        { name: 'ARG default with a tag (hadolint#219)', code: 'ARG BASE=node:24-slim\nFROM $BASE\n' },
        { name: 'unresolved tag is not guessed', code: 'ARG TAG\nFROM node:${TAG}\n' },
        { name: 'registry with a port', code: 'FROM localhost:5000/app:1.2\n' },
      ],
      invalid: [
        { name: 'no tag', code: 'FROM node\n', errors: [{ line: 1, message: 'no tag', messageId: 'untagged' }] },
        { name: 'latest', code: 'FROM node:latest\n', errors: [{ line: 1, message: ':latest', messageId: 'latest' }] },
        { name: 'latest through ARG (trivy#8274)', code: 'ARG TAG=latest\nFROM alpine:${TAG}\n', errors: [{ line: 2 }] },
        { name: 'ARG default without tag', code: 'ARG BASE=ubuntu\nFROM ${BASE:-debian}\n', errors: [{ line: 2 }] },
        { name: 'registry port is not a tag', code: 'FROM localhost:5000/app\n', errors: [{ line: 1 }] },
        { name: 'every stage', code: 'FROM golang AS build\nFROM alpine:latest\n', errors: [{ line: 1 }, { line: 2 }] },
      ],
    });
  });
});
