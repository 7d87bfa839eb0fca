#!/usr/bin/env bash
# Instructions executed (valgrind's callgrind), the measure that does not
# move with a shared machine's load: the floor program, a first frame, a
# scripted answer and lint of the shipped content, each once.
# Usage: Benchmarks/profile.sh   (valgrind is installed with apt-get when
# missing and run as root). `callgrind_annotate` on a kept profile shows
# where the instructions go: KEEP=DIR keeps one profile per measurement.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v valgrind >/dev/null; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq valgrind >/dev/null
  else
    echo "please install: valgrind" >&2; exit 1
  fi
fi
swift build -c release --static-swift-stdlib --disable-local-rpath --product chatcheck >&2
swift build -c release --static-swift-stdlib --disable-local-rpath --product chatcheck-floor-bench >&2
bin=$(swift build -c release --show-bin-path)
export TERM=xterm-256color LANG=C.UTF-8
answers="--answer who=me --answer age_self=minor --answer feeling_self=coping --answer contact=stranger --answer pictures=yes_or_unsure --answer threat=threatens --answer demand=money --answer happened=neither"
keep=${KEEP:-}
[ -n "$keep" ] && mkdir -p "$keep"

count() {
  local name=$1; shift
  local out=/dev/null
  [ -n "$keep" ] && out="$keep/$name.callgrind"
  valgrind --tool=callgrind --callgrind-out-file="$out" "$@" 2>&1 >/dev/null | sed -n 's/.*Collected : //p'
}

floor=$(count floor "$bin/chatcheck-floor-bench" --lang de --region DE)
echo "| measurement | instructions | × the floor |"
echo "|---|---|---|"
printf '| floor | %s | 1.00 |\n' "$floor"
for spec in "first-frame|--exit-after-first-frame --lang de --region DE" \
  "answer-json|answer $answers --format json --lang de --region DE" \
  "lint-shipped|lint"; do
  name=${spec%%|*}
  # shellcheck disable=SC2086
  n=$(count "$name" "$bin/chatcheck" ${spec#*|})
  printf '| %s | %s | %s |\n' "$name" "$n" "$(python3 -c "print(f'{$n / $floor:.2f}')")"
done
