#!/bin/sh
# Builds the web app (services/web -> services/web/dist) when it is missing or older than its sources,
# so `npm start` and the browser tests serve what the sources say. `--force` builds in any case.
cd "$(dirname "$0")/.." || exit 1
dist=services/web/dist/index.html
if [ "$1" != "--force" ] && [ -f "$dist" ] && [ -z "$(find services/web package-lock.json -newer "$dist" -type f -not -path 'services/web/dist/*' | head -n 1)" ]; then
  exit 0
fi
echo "Building the web app..."
node_modules/.bin/node node_modules/.bin/vite build services/web --logLevel warn || exit 1
