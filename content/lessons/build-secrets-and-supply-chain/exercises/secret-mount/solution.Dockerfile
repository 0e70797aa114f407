# syntax=docker/dockerfile:1
FROM node:24.22-alpine3.24
WORKDIR /app
COPY package.json package-lock.json ./
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci --omit=dev
COPY server.js ./
USER 10001:10001
CMD ["node", "server.js"]
