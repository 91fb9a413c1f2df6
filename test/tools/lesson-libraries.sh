#!/usr/bin/env bash
# The libraries the skill pages' examples import, for Debian's Python (/usr/bin/python3), from
# Debian's packages: `npm test` runs each example with it (test/unit/lessons.test.ts) and checks
# it prints what its page says. Idempotent; where apt-get can't be used (not root, not Debian) it
# says so and the examples that need a missing library are compiled, not run.
set -uo pipefail
PACKAGES=(python3-numpy python3-pandas python3-matplotlib python3-sklearn python3-django python3-flask python3-sqlalchemy
  python3-fastapi python3-httpx python3-pytest python3-click python3-typer python3-jwt python3-bcrypt python3-graphene
  python3-yaml python3-requests python3-redis python3-pymongo python3-prometheus-client python3-bs4 python3-mongomock)
missing=()
for p in "${PACKAGES[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
[ ${#missing[@]} -eq 0 ] && { echo "[lessons] the examples' libraries are installed"; exit 0; }
if ! command -v apt-get >/dev/null 2>&1 || [ "$(id -u)" != 0 ]; then
  echo "[lessons] not installed (no apt-get as root here): ${missing[*]}; examples that import them are compiled, not run"
  exit 0
fi
echo "[lessons] apt-get install ${missing[*]}"
{ apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"; } >/tmp/python-roadmap-lessons-apt.log 2>&1 \
  || { echo "[lessons] apt-get failed (see /tmp/python-roadmap-lessons-apt.log); examples that need them are compiled, not run"; exit 0; }
echo "[lessons] installed"
