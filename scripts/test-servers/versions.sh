# The versions of the test servers, read by start (the Kafka pom names the same Kafka version).
KAFKA_VERSION=4.4.0
FERRETDB_VERSION=v1.24.2
