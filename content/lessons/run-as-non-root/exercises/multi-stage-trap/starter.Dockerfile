FROM golang:1.27-alpine AS build
WORKDIR /src
COPY go.mod main.go ./
RUN CGO_ENABLED=0 go build -o /out/server .
USER 10001:10001

FROM alpine:3.24
COPY --from=build /out/server /usr/local/bin/server
CMD ["/usr/local/bin/server"]
