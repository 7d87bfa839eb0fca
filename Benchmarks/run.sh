#!/usr/bin/env bash
# Measures ChatCheck against `dialog --infobox` and a minimal Swift program,
# in the same run, and prints ratios (issue 6). Usage: Benchmarks/run.sh [RUNS]
# Needs: hyperfine, dialog, GNU time (installed with apt-get when missing
# and run as root), python3, and a Swift toolchain.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-200}
out=.build-bench
mkdir -p "$out"

need=()
for pkg in hyperfine dialog time; do dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg"); done
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
  else
    echo "please install: ${need[*]}" >&2; exit 1
  fi
fi

echo "building release binaries (static Swift standard library)…" >&2
swift build -c release --static-swift-stdlib --disable-local-rpath --product chatcheck >&2
swift build -c release --static-swift-stdlib --disable-local-rpath --product chatcheck-keypress-bench >&2
swift build -c release --static-swift-stdlib --disable-local-rpath --product chatcheck-floor-bench >&2
bin=$(swift build -c release --show-bin-path)
# The same sources with German and English only (no catalogs), to show
# that a start with eight languages costs what a start with two does.
two="$out/two-languages"
rm -rf "$two" && mkdir -p "$two"
tar --exclude='./.build*' --exclude=./.git -cf - . | tar -xf - -C "$two"
python3 - "$two/Content/chatcheck.yaml" <<'PY'
import re, sys
path = sys.argv[1]
text = open(path, encoding="utf-8").read()
text = re.sub(r"(?m)^languages: .*", "languages: [de, en]", text)
text = re.sub(r"(?m)^(translated_languages|unreviewed_languages): .*\n", "", text)
text = re.sub(r"(?m)^language_names: .*", 'language_names: {de: "Deutsch", en: "English"}', text)
open(path, "w", encoding="utf-8").write(text)
PY
rm -f "$two"/Content/i18n/*.po
(cd "$two" && swift build -c release --static-swift-stdlib --disable-local-rpath --product chatcheck >&2)
bin2=$(cd "$two" && swift build -c release --show-bin-path)
printf 'print("hello")\n' > "$out/hello.swift"
swiftc -O "$out/hello.swift" -o "$out/hello" 2>/dev/null
swiftc -O -static-stdlib "$out/hello.swift" -o "$out/hello-static" 2>/dev/null
for n in 1000 10000 100000; do
  [ -d "$out/gen$n" ] || python3 Benchmarks/generate.py "$n" "$out/gen$n"
done

export TERM=xterm-256color LANG=C.UTF-8
answers="--answer who=me --answer age_self=minor --answer feeling_self=coping --answer contact=stranger --answer pictures=yes_or_unsure --answer threat=threatens --answer demand=money --answer happened=neither"
"$bin/chatcheck" answer $answers --format json >/dev/null  # the scenario must stay valid
strip -o "$out/chatcheck-stripped" "$bin/chatcheck"
stat -c %s "$out/chatcheck-stripped" > "$out/size.txt"
declare -A cmd=(
  [dialog]="dialog --infobox ChatCheck 3 20"
  [swift-hello]="$out/hello"
  [swift-hello-static]="$out/hello-static"
  [floor]="$bin/chatcheck-floor-bench --lang de --region DE"
  [first-frame]="$bin/chatcheck --exit-after-first-frame --lang de --region DE"
  [answer-json]="$bin/chatcheck answer $answers --format json --lang de --region DE"
  [first-frame-2-languages]="$bin2/chatcheck --exit-after-first-frame --lang de --region DE"
  [answer-json-2-languages]="$bin2/chatcheck answer $answers --format json --lang de --region DE"
  [first-frame-fr]="$bin/chatcheck --exit-after-first-frame --lang fr --region CH"
  [lint-shipped]="$bin/chatcheck lint"
  [lint-1k]="$bin/chatcheck lint --content $out/gen1000"
  [lint-10k]="$bin/chatcheck lint --content $out/gen10000"
  [lint-100k]="$bin/chatcheck lint --content $out/gen100000"
)
order=(dialog swift-hello swift-hello-static floor first-frame answer-json first-frame-2-languages answer-json-2-languages first-frame-fr lint-shipped lint-1k lint-10k lint-100k)

for name in "${order[@]}"; do
  n=$runs
  case $name in lint-10k) n=10 ;; lint-100k) n=3 ;; lint-1k) n=30 ;; esac
  hyperfine -N --warmup 3 --runs "$n" --export-json "$out/$name.json" "${cmd[$name]}" >/dev/null 2>&1 \
    || hyperfine --warmup 3 --runs "$n" --export-json "$out/$name.json" "${cmd[$name]} >/dev/null" >/dev/null
  # Peak RSS moves by a few percent from run to run: the median of
  # several runs (three for the big lint runs).
  rm -f "$out/$name.rss"
  for _ in $(seq "$(( n < 11 ? n : 11 ))"); do
    /usr/bin/time -a -f "%M" -o "$out/$name.rss" ${cmd[$name]} >/dev/null 2>/dev/null || true
  done
done
"$bin/chatcheck-keypress-bench" 20000 > "$out/keypress.txt"

python3 - "$out" "${order[@]}" <<'PY'
import json, os, statistics, sys, platform
out, names = sys.argv[1], sys.argv[2:]
rows = {}
for name in names:
    data = json.load(open(os.path.join(out, name + ".json")))["results"][0]
    # GNU time adds a line of its own for a command that failed: only the
    # numbers count.
    rss = [int(line) for line in open(os.path.join(out, name + ".rss")).read().split() if line.isdigit()]
    rows[name] = (statistics.median(data["times"]) * 1000, statistics.median(rss) / 1024)
base_t, base_m = rows["dialog"]
print(f"machine: {platform.machine()}, {os.cpu_count()} cores; runs as given; medians (peak RSS: of up to 11 runs)")
print(f"| measurement | median ms | × dialog | peak RSS MB | × dialog RSS |")
print(f"|---|---|---|---|---|")
for name in names:
    t, m = rows[name]
    print(f"| {name} | {t:.2f} | {t / base_t:.2f} | {m:.1f} | {m / base_m:.2f} |")
key = open(os.path.join(out, "keypress.txt")).read().split()
floor_t, floor_m = rows["floor"]
for name in ("first-frame", "answer-json"):
    t, m = rows[name]
    print(f"{name}: {t / floor_t:.2f}× the floor program's time, {m / floor_m:.2f}× its peak RSS")
for name in ("first-frame", "answer-json"):
    t, m = rows[name]
    t2, m2 = rows[name + "-2-languages"]
    print(f"{name} with eight languages: {100 * (t / t2 - 1):+.1f} % time, {100 * (m / m2 - 1):+.1f} % peak RSS against two")
size = int(open(os.path.join(out, "size.txt")).read())
print(f"stripped static binary: {size / 1e6:.1f} MB")
print(f"\none key press (update + view + diff, in-process, 80×24): {int(key[1]) / 1000:.1f} µs")
PY
