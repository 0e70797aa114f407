# syntax=docker/dockerfile:1
FROM golang:1.27-alpine3.24 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY cmd ./cmd
RUN CGO_ENABLED=0 go build -o /out/orders ./cmd/orders

FROM gcr.io/distroless/static-debian13:nonroot
COPY --from=build --chmod=555 /out/orders /usr/local/bin/orders
USER 10001:10001
EXPOSE 8080
ENTRYPOINT ["/usr/local/bin/orders"]
