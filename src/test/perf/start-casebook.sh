#!/usr/bin/env bash
# Starts Casebook on the benchmark database, at http://127.0.0.1:8181/, the way a deployer would
# (docs/performance.md). Stop it with Ctrl+C. Builds the WAR and fetches Payara Micro first if
# target/ does not have them yet.
#
#   PERF_DB      database name (casebook_perf)
#   PERF_PORT    HTTP port (8181)
#   PERF_HEAP    Java heap (1g)
set -euo pipefail
cd "$(dirname "$0")/../../.."

if [ ! -f target/casebook.war ] || [ ! -f target/payara-micro.jar ]; then
  ./mvnw -B -ntp -q -DskipUnitTests=true -Dspotless.check.skip=true \
    package dependency:copy@payara-micro-for-tests
fi

export CASEBOOK_DB_DRIVER=com.mysql.cj.jdbc.MysqlDataSource
export CASEBOOK_DB_URL="jdbc:mysql://127.0.0.1:3306/${PERF_DB:-casebook_perf}?useUnicode=true&characterEncoding=UTF-8"
export CASEBOOK_DB_USER=root
export CASEBOOK_DB_PASSWORD=
export CASEBOOK_DEMO=false

exec java -Xms"${PERF_HEAP:-1g}" -Xmx"${PERF_HEAP:-1g}" -jar target/payara-micro.jar \
  --deploy target/casebook.war --contextroot / --port "${PERF_PORT:-8181}" --nocluster \
  --prebootcommandfile config/pre-boot-commands.asadmin
