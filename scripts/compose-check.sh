#!/bin/sh
# Validates docker-compose.yml. There is no container engine here; `docker-compose config` (1.29)
# parses and checks the file without one.
set -e
if [ -f docker-compose.yml ]; then
  docker-compose -f docker-compose.yml config --quiet
  echo "docker-compose.yml is valid"
fi
