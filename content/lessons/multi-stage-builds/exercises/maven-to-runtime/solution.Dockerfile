# syntax=docker/dockerfile:1
FROM maven:3.9-eclipse-temurin-21 AS build
WORKDIR /app
COPY pom.xml .
COPY src ./src
RUN mvn -B package

FROM eclipse-temurin:21-jre-alpine
COPY --from=build --chown=0:0 --chmod=444 /app/target/app.jar /opt/app/app.jar
USER 10001:10001
EXPOSE 8080
CMD ["java", "-jar", "/opt/app/app.jar"]
