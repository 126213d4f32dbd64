#!/usr/bin/env bash
# Runs Authgate locally: the Cognito emulator and the API on loopback, with the user pool and app client
# provisioned on the emulator. Prints AuthApiURL, AuthApiIssuer and AuthApiJwksUri and writes them, with the
# pool and client ids, to $AUTHGATE_DATA_DIR/outputs.json. Ctrl-C or SIGTERM stops everything.
#
# Environment: AUTHGATE_PORT (8080), AUTHGATE_EMULATOR_PORT (9229), AUTHGATE_MODE (UserPassword or
# Passwordless), AUTHGATE_DATA_DIR (.local, relative to the repository), and optionally AUTHGATE_CONFIG: a YAML
# file with the authgate.* settings (password policy, roles, headers, ...), whose mode AUTHGATE_MODE overrides.
#
# Nothing here ever deletes AUTHGATE_DATA_DIR: its users are kept across runs. A mode other than the one whose users
# the folder holds is refused (exit 1, naming the folder): give each mode a data folder of its own.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

port=${AUTHGATE_PORT:-8080}
emulator_port=${AUTHGATE_EMULATOR_PORT:-9229}
mode=${AUTHGATE_MODE:-UserPassword}
data_dir=${AUTHGATE_DATA_DIR:-.local}
mkdir -p "$data_dir"
data_dir=$(cd "$data_dir" && pwd)

config=${AUTHGATE_CONFIG:-}
config_options=()
app_config=()
if [[ -n "$config" ]]; then
  [[ -f "$config" ]] || { echo "run-local: AUTHGATE_CONFIG names no file: $config" >&2; exit 2; }
  config=$(cd "$(dirname "$config")" && pwd)/$(basename "$config")
  config_options=(--config "$config")
  app_config=(--spring.config.additional-location="file:$config")
fi

case "$mode" in
  UserPassword|Passwordless) ;;
  *) echo "run-local: AUTHGATE_MODE must be UserPassword or Passwordless, not '$mode'" >&2; exit 2 ;;
esac

# shellcheck source=scripts/lib/build.sh
source "$root/scripts/lib/build.sh"
build_if_stale

pids=()
stop() {
  trap - INT TERM EXIT
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
}
trap stop EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

await_port() { # name port pid
  for _ in $(seq 1 300); do
    if (exec 3<>"/dev/tcp/127.0.0.1/$2") 2>/dev/null; then return 0; fi
    if ! kill -0 "$3" 2>/dev/null; then echo "run-local: the $1 stopped before listening on port $2" >&2; exit 1; fi
    sleep 0.2
  done
  echo "run-local: the $1 did not listen on port $2 within 60 s" >&2
  exit 1
}

await_health() { # port pid: GET /health answers 200 once the API is up and reaches the user pool
  local status
  for _ in $(seq 1 300); do
    status=$( (exec 3<>"/dev/tcp/127.0.0.1/$1" && printf 'GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n' >&3 \
      && head -n 1 <&3) 2>/dev/null || true)
    if [[ "$status" == "HTTP/1.1 200"* ]]; then return 0; fi
    if ! kill -0 "$2" 2>/dev/null; then echo "run-local: the API stopped before it was healthy" >&2; exit 1; fi
    sleep 0.2
  done
  echo "run-local: GET /health on port $1 did not answer 200 within 60 s (is the user pool reachable?)" >&2
  exit 1
}

if (exec 3<>"/dev/tcp/127.0.0.1/$emulator_port") 2>/dev/null; then
  echo "run-local: port $emulator_port is taken; set AUTHGATE_EMULATOR_PORT to a free one" >&2; exit 1
fi
if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
  echo "run-local: port $port is taken; set AUTHGATE_PORT to a free one" >&2; exit 1
fi

# The emulator invokes the pool's triggers through the local app's stand-in for Lambda's Invoke API.
java -jar "$(emulator_jar)" --port "$emulator_port" --data-dir "$data_dir/emulator" \
  --lambda-endpoint "http://127.0.0.1:$port" \
  > "$data_dir/emulator.log" 2>&1 &
pids+=($!)
await_port "Cognito emulator" "$emulator_port" "${pids[-1]}"

outputs=$(java -jar "$(provisioner_jar)" local \
  --endpoint "http://127.0.0.1:$emulator_port" \
  --api-url "http://127.0.0.1:$port/auth" \
  --mode "$mode" \
  "${config_options[@]}" \
  --data-dir "$data_dir" \
  --out "$data_dir/outputs.json")
output() { sed -n "s/^$1=//p" <<<"$outputs"; }

java -cp "$(functions_classpath)" dev.authgate.AuthgateApplication \
  "${app_config[@]}" \
  --server.port="$port" \
  --authgate.local.triggers=true \
  --authgate.local.sms=true \
  --authgate.http.docs=true \
  --authgate.mode="$mode" \
  --authgate.cognito.endpoint="http://127.0.0.1:$emulator_port" \
  --authgate.cognito.user-pool-id="$(output UserPoolId)" \
  --authgate.cognito.client-id="$(output UserPoolClientId)" \
  > "$data_dir/api.log" 2>&1 &
pids+=($!)
await_port "API" "$port" "${pids[-1]}"
await_health "$port" "${pids[-1]}"

echo "$outputs"
echo "Authgate ($mode) is running. Codes the pool sends: http://127.0.0.1:$emulator_port/outbox"
echo "Logs: $data_dir/api.log, $data_dir/emulator.log. Ctrl-C stops."

# Whichever process ends first ends the run.
wait -n "${pids[@]}"
