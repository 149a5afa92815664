#!/usr/bin/env bash
# Runs every benchmark in one go (about 15 minutes on 2 cores): cold start under the AWS Lambda
# runtime interface client, the JMH warm path, the runtime's deployment size, hostile input, the
# local server under load, and compile speed.
# Usage: benchmarks/run.sh            (ROUNDS=5 cold starts per handler by default)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B install -DskipTests
cd benchmarks
mvn -q -B package
mvn -q -B dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
(cd ../runtime && mvn -q -B dependency:build-classpath -DincludeScope=runtime \
  -Dmdep.outputFile=../benchmarks/target/runtime-deps.txt)
echo "$(ls ../runtime/target/deployless-runtime-*.jar | head -1):$(cat target/runtime-deps.txt)" > target/runtime.txt
cp="target/classes:$(cat target/classpath.txt)"

echo "# deployless benchmarks, $(date -u +%Y-%m-%d), $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(java -version 2>&1 | head -1)"
echo
java -cp "$cp" dev.deployless.benchmarks.ColdStart target/classpath.txt target/classes "${ROUNDS:-5}"
echo
java -cp "$cp" org.openjdk.jmh.Main WarmPath
echo
java -cp "$cp" dev.deployless.benchmarks.DeploymentSize target/runtime.txt
echo
java -cp "$cp" dev.deployless.benchmarks.HostileInput
echo
# The example's local server (built by the install above) on a port of its own, under load: reads
# (mode none), then issue 15's load test of writes in mode none and, with moto_server, mode moto.
for mode in none moto; do
  if [ "$mode" = moto ] && ! command -v moto_server >/dev/null 2>&1; then
    echo "mode moto skipped: moto_server is not installed (pip install 'moto[server]')"
    continue
  fi
  mvn -q -B -f ../examples/ums-api deployless:run -Ddeployless.port=3077 -Ddeployless.aws="$mode" \
    -Ddeployless.reload=false -Ddeployless.crons=false >target/local-server-$mode.log 2>&1 &
  server=$!
  trap 'kill "$server" 2>/dev/null || true' EXIT
  for _ in $(seq 1 600); do
    # 503 while the server creates the application's resources (mode moto), 000 before it listens.
    code=$(curl -s -o /dev/null -w '%{http_code}' http://127.0.0.1:3077/dev/health || true)
    [ "$code" != 000 ] && [ "$code" != 503 ] && break
    sleep 0.2
  done
  echo "Local server, mode $mode:"
  if [ "$mode" = none ]; then
    java -cp "$cp" dev.deployless.benchmarks.LocalServerLoad http://127.0.0.1:3077 "${ROUNDS:-5}"
  fi
  java -cp "$cp" dev.deployless.benchmarks.LocalServerLoad http://127.0.0.1:3077 1 store
  kill "$server"
  wait "$server" 2>/dev/null || true
done
echo
java -Xmx4g -cp "$cp" dev.deployless.benchmarks.CompileSpeed 10,30 5
