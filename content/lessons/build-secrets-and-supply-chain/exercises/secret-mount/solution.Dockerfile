# syntax=docker/dockerfile:1
FROM node:20.18-alpine3.20
WORKDIR /app
COPY package.json package-lock.json ./
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci --omit=dev
COPY server.js ./
USER 10001:10001
CMD ["node", "server.js"]
