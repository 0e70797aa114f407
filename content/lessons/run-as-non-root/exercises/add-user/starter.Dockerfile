FROM alpine:3.24
COPY --chmod=555 server /usr/local/bin/server
CMD ["/usr/local/bin/server"]
