#!/usr/bin/env bash
# Prints the time from starting digest-editor to its window being visible on a virtual X
# display (Xvfb), over several runs. Needs xvfb and xdotool (installed when missing).
#   tests/bench/startup-time.sh [BUILD_DIR] [RUNS]
set -euo pipefail
build=${1:-$(dirname "$0")/../../build}
runs=${2:-5}
app=$build/app/digest-editor/digest-editor
[ -x "$app" ] || { echo "no $app: build first (./dev.sh build)" >&2; exit 1; }
command -v xdotool >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq xdotool >/dev/null 2>&1
command -v xvfb-run >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq xvfb xauth >/dev/null 2>&1

inner=$(mktemp)
trap 'rm -f "$inner"' EXIT
cat > "$inner" <<'INNER'
#!/usr/bin/env bash
app=$1 post=$2
start=$(date +%s%N)
QTWEBENGINE_DISABLE_SANDBOX=1 QT_LOGGING_RULES="*=false" XDG_CONFIG_HOME=$(mktemp -d) \
    "$app" "$post" >/dev/null 2>&1 &
pid=$!
until xdotool search --onlyvisible --name "Digest Editor" >/dev/null 2>&1; do sleep 0.01; done
end=$(date +%s%N)
kill $pid; wait $pid 2>/dev/null || true
echo $(( (end - start) / 1000000 ))
INNER
chmod +x "$inner"
post=$(cd "$(dirname "$0")/.." && pwd)/fixtures/canonical.md
times=()
for _ in $(seq "$runs"); do
    times+=("$(xvfb-run -a -s "-screen 0 1280x800x24" "$inner" "$app" "$post")")
done
sorted=$(printf '%s\n' "${times[@]}" | sort -n)
echo "start to visible window (ms), $runs runs: $(echo $sorted)"
echo "median: $(echo "$sorted" | sed -n "$(( (runs + 1) / 2 ))p") ms"
