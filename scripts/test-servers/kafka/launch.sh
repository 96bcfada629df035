# Sourced by start and restart-kafka: the JVM options of the broker, and its launch in the background
# on a state dir that start has made (server.properties, formatted data); the pid goes to $dir/pid.
kafka_java_opts() {
  local dir=$1
  echo -Xms256m -Xmx512m -XX:+UseG1GC -Djava.awt.headless=true \
    -Dlog4j2.configurationFile="$here/kafka/log4j2.xml" -Dkafka.logs.dir="$dir/logs"
}

launch_kafka() {
  local dir=$1 libs=$2
  # shellcheck disable=SC2046 # the options are words without spaces
  nohup java $(kafka_java_opts "$dir") -cp "$libs/*" kafka.Kafka "$dir/server.properties" \
    >>"$dir/logs/stdout.log" 2>&1 </dev/null &
  echo $! >"$dir/pid"
}
