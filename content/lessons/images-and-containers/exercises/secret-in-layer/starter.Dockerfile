FROM node:24-alpine
WORKDIR /app
COPY . .
RUN npm ci --omit=dev && rm -f .npmrc
USER 1000:1000
CMD ["node", "server.js"]
