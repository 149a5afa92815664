#!/usr/bin/env bash
# Runs every benchmark in one go (about 15 minutes on 2 cores): cold start under the AWS Lambda
# runtime interface client, the JMH warm path, the runtime's deployment size, and compile speed.
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
java -Xmx4g -cp "$cp" dev.deployless.benchmarks.CompileSpeed 50,200,1000 3
