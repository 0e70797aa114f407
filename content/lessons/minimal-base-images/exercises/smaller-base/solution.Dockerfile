FROM gcr.io/distroless/static-debian12:nonroot
COPY --chmod=555 server /usr/local/bin/server
CMD ["/usr/local/bin/server"]
