FROM golang:latest
WORKDIR /src
COPY . .
RUN go build -o /usr/local/bin/orders ./cmd/orders
EXPOSE 8080
CMD ["orders"]
