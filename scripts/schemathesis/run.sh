#!/usr/bin/env bash
# Fuzzes the running API with schemathesis, an independent tool (PyPI): it reads the OpenAPI document
# at /docs-json, generates valid and invalid requests for every operation, and checks that no answer is
# a server error and that every answer matches the schema the document declares for it.
# It starts the standalone app (embedded, on a fresh data directory and a free loopback port), runs one
# bounded, seeded pass per role (their tokens from the dev token endpoint), and stops the app.
#   scripts/schemathesis/run.sh            (SCHEMATHESIS_SECONDS per role, default 60)
# Exit 1 when a check fails; the findings are printed with a curl line that reproduces each.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
SCHEMATHESIS_VERSION=4.32.5
seconds=${SCHEMATHESIS_SECONDS:-60}
roles=${SCHEMATHESIS_ROLES:-agent tenant-admin requester}
cache=${DESKSTREAM_TOOLS_CACHE:-$HOME/.cache/deskstream-tools}
log() { echo "schemathesis: $*" >&2; }

venv=$cache/schemathesis-$SCHEMATHESIS_VERSION
if [ ! -f "$venv/.installed" ]; then
  log "installing schemathesis $SCHEMATHESIS_VERSION from PyPI into $venv"
  rm -rf "$venv"
  python3 -m venv "$venv" >&2
  "$venv/bin/pip" install -q "schemathesis==$SCHEMATHESIS_VERSION" >&2
  touch "$venv/.installed"
fi

work=$(mktemp -d)
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
port=$(free_port)
base=http://127.0.0.1:$port
cd "$root"
DESKSTREAM_DATA_DIR=$work/data PORT=$port SMTP_PORT=$(free_port) HOST=127.0.0.1 node_modules/.bin/node scripts/run.js services/standalone/src/main.ts >"$work/app.log" 2>&1 &
app=$!
stop() { kill "$app" 2>/dev/null && wait "$app" 2>/dev/null; rm -rf "$work"; }
trap stop EXIT
for _ in $(seq 1 120); do
  curl -fsS "$base/health/ready" >/dev/null 2>&1 && break
  kill -0 "$app" 2>/dev/null || { tail -n 40 "$work/app.log" >&2; log "the app exited during start-up"; exit 1; }
  sleep 1
done
curl -fsS "$base/health/ready" >/dev/null || { log "the app did not become ready"; exit 1; }

failed=0
seed=1
for role in $roles; do
  token=$(curl -fsS -X POST "$base/api/v1/dev/token" -H 'content-type: application/json' -d "{\"tenant\":\"acme\",\"user\":\"$role\"}" | python3 -c 'import json, sys; print(json.load(sys.stdin)["token"])')
  log "$role: $seconds s against $base/docs-json (seed $seed)"
  report=$work/$role.xml
  # The exit code is not used: the JUnit report tells findings (failures) from the tool's own errors.
  (cd "$work" && "$venv/bin/st" run "$base/docs-json" -H "Authorization: Bearer $token" \
    --checks not_a_server_error,response_schema_conformance --phases examples,coverage,fuzzing \
    --max-time "$seconds" --max-examples 50 --seed "$seed" -w 2 --generation-database none \
    --report junit --report-junit-path "$report" --warnings off >"$work/$role.out" 2>&1) || true
  if ! python3 "$here/junit-summary.py" "$role" "$report"; then
    failed=1
    sed -n '/= FAILURES =/,/= SUMMARY =/p' "$work/$role.out"
  fi
  seed=$((seed + 1))
done
[ "$failed" -eq 0 ] && echo "schemathesis: no server errors, every answer matches its documented schema ($roles)"
exit "$failed"
