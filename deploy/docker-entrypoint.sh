#!/bin/sh
# Starts one Deskstream service: the first argument or $SERVICE names it (a directory of services/,
# e.g. intake, incidents, or standalone for every module in one process). TypeScript is compiled
# on load by @swc-node/register, which also resolves the @deskstream/* path aliases of tsconfig.json.
set -e
service="${1:-$SERVICE}"
if [ "$#" -gt 0 ]; then shift; fi
case "$service" in
  '' | *[!a-z-]*)
    echo "SERVICE must name a directory of services/ (got '$service')" >&2
    exit 64
    ;;
esac
entry="services/$service/src/main.ts"
if [ ! -f "$entry" ]; then
  echo "no entrypoint $entry; available: $(ls services | tr '\n' ' ')" >&2
  exit 64
fi
exec node -r @swc-node/register "$entry" "$@"
