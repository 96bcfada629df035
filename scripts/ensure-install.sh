#!/bin/sh
# Installs the locked dependencies (including the pinned Node 24) when they are missing, so that
# `npm start` and `npm test` work on a fresh clone.
if [ ! -x node_modules/.bin/node ] || [ ! -d node_modules/@nestjs/core ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "Installing dependencies..."
  # Exactly the locked versions, as CI installs them.
  npm ci --no-audit --no-fund || exit 1
fi
# The web app the standalone server serves at `/`: built when missing or stale (a few seconds).
sh scripts/build-web.sh || exit 1
