#!/usr/bin/env bash
# The unit tests that build a database (createTestDb, freshDb, createSharedTestDbs) again, on
# PostgreSQL: DATABASE_URL names the TEST_POSTGRES_URL server, so db/schema.ts hands out PostgreSQL's
# tables and each test database is a new database there (about a second each, so a file takes longer
# than on SQLite: hence the longer timeout). Run it under scripts/pg-cluster.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
: "${TEST_POSTGRES_URL:?run under scripts/pg-cluster.sh run -- npm run test:unit:pg, or npm test}"
mapfile -t files < <(grep -rlE --include='*.test.ts' 'createTestDb|freshDb|createSharedTestDbs' lib scripts | sort)
echo "${#files[@]} test files on PostgreSQL"
DATABASE_URL="$TEST_POSTGRES_URL" exec node --import tsx --test --test-timeout=600000 "${files[@]}"
