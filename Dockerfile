# Builds the service from the repository and runs it on Java 17.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src src
COPY processes processes
COPY forms forms
COPY calendar calendar
RUN mvn -B -q -DskipTests package

FROM eclipse-temurin:17-jre
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && useradd --system --home /app sangkien
WORKDIR /app
COPY --from=build /src/target/breakthrough-initiatives-*.jar app.jar
USER sangkien
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
