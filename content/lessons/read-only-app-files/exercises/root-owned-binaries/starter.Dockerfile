FROM alpine:3.24
WORKDIR /app
COPY --chown=10001:10001 server /app/server
RUN chmod -R 777 /app
USER 10001:10001
CMD ["/app/server"]
