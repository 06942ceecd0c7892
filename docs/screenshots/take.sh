#!/usr/bin/env bash
# Takes the README's screenshots from the real application, in a virtual display, against the
# loopback demo servers (tests/bench/ui/demoservers.py: made-up news, a model that streams
# slowly):  docs/screenshots/take.sh [BUILD_DIR]
#   main-light.png, main-dark.png   Start Today's Post (Ctrl+Shift+D), mid-generation
#   settings.png                    the Settings dialog (Ctrl+,) at its Model page
#   publish.png                     the publish confirmation (Ctrl+Shift+P) once the post is written
# Uses ../shared/tools/screenshot when it is there, else the same steps itself.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${1:-$root/build}
app=$build/app/digest-editor/digest-editor
[ -x "$app" ] || { echo "build first: ./dev.sh build" >&2; exit 1; }
missing=""
for tool in xvfb-run:xvfb xauth:xauth import:imagemagick xdotool:xdotool; do
    command -v "${tool%%:*}" >/dev/null || missing="$missing ${tool##*:}"
done
[ -z "$missing" ] || apt-get install -y -qq $missing >/dev/null

port=8765
python3 "$root/tests/bench/ui/demoservers.py" --port $port --latency 0.5 --word-delay 0.25 &
server=$!
trap 'kill $server 2>/dev/null' EXIT
for _ in $(seq 50); do curl -s "http://127.0.0.1:$port/v1/models" >/dev/null && break; sleep 0.2; done

# shot OUT SECONDS THEME KEYS...: a fresh user (own HOME and XDG folders), the theme, the keys
# pressed in order once the window is up ("sleep:N" waits N seconds).
shot() {
    local out=$1 seconds=$2 theme=$3; shift 3
    local home; home=$(mktemp -d)
    mkdir -p "$home/config/DigestEditor"
    printf '[window]\ntheme=%s\nwelcomeDismissed=true\n[spelling]\nlanguage=en_US\n' "$theme" \
        > "$home/config/DigestEditor/digest-editor.conf"
    local driver="$home/drive.sh"
    {
        echo '#!/usr/bin/env bash'
        echo "\"$app\" & pid=\$!"
        # No window manager gives the window the focus: the keys need it.
        echo 'wid=$(xdotool search --sync --name "Digest Editor" | head -1); sleep 6'
        echo 'xdotool windowfocus --sync "$wid"; sleep 0.5'
        for key in "$@"; do
            case $key in
            sleep:*) echo "sleep ${key#sleep:}" ;;
            *) echo "xdotool key --clearmodifiers $key" ;;
            esac
        done
        echo 'wait $pid'
    } > "$driver"
    chmod +x "$driver"
    HOME=$home XDG_CONFIG_HOME=$home/config XDG_DATA_HOME=$home/data XDG_CACHE_HOME=$home/cache \
        OPENAI_BASE_URL=http://127.0.0.1:$port/v1 OPENAI_MODEL=demo-model \
        DIGEST_TOPIC_SOURCES="http://127.0.0.1:$port/feed.xml trending=http://127.0.0.1:$port/trending.xml" \
        "$root/../shared/tools/screenshot" "$here/$out" "$seconds" -- "$driver"
    rm -rf "$home"
}

shot main-light.png 19 Light ctrl+shift+d
shot main-dark.png 19 Dark ctrl+shift+d
shot settings.png 15 Light ctrl+comma sleep:1 Down
shot publish.png 55 Light ctrl+shift+d sleep:38 ctrl+shift+p
