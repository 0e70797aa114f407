FROM alpine:3.24
COPY --chmod=555 server /usr/local/bin/server
USER 10001:10001
CMD ["/usr/local/bin/server"]
