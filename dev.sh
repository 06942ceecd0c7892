#!/usr/bin/env bash
# Set-up, build, run and test Digest Editor on Debian 12.
#   ./dev.sh run [ARGS...]   install what is missing, build, start the application
#   ./dev.sh test            install what is missing, build, run the whole test suite
#   ./dev.sh build           install what is missing and build
# Packages are installed only when missing, so a second run is quiet.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
build_dir=${DIGEST_BUILD_DIR:-$here/build}

packages=(
    # toolchain
    g++ cmake ninja-build pkg-config git clang-format
    # Qt 6 with QtWebEngine and Linguist
    qt6-base-dev qt6-webengine-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n libgl-dev
    # Markdown, front matter and network
    libcmark-gfm-dev libcmark-gfm-extensions-dev libyaml-cpp-dev libtomlplusplus-dev
    libcurl4-openssl-dev ca-certificates
    # tests: the self-signed certificates of the local TLS server are made with openssl
    openssl
    # the API key in the system's secret store
    qtkeychain-qt6-dev
    # spelling: Hunspell and its English (US) and German dictionaries
    libhunspell-dev hunspell-en-us hunspell-de-de
    # tests and packaging: a virtual display, fonts for the preview, hugo for site builds,
    # the .deb tools
    xvfb xauth fonts-dejavu-core hugo dpkg-dev file desktop-file-utils
)

log() { printf '%s\n' "dev.sh: $*" >&2; }

install_packages() {
    local missing=()
    for package in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' ||
            missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { log "run as root to install: ${missing[*]}"; exit 1; }
        sudo=(sudo)
    fi
    log "installing ${#missing[@]} Debian packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    "${sudo[@]}" apt-get update -qq >/dev/null
    "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

build() {
    if [ ! -f "$build_dir/CMakeCache.txt" ]; then
        cmake -S "$here" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
            -DDIGEST_WARNINGS_AS_ERRORS=ON >/dev/null
    fi
    cmake --build "$build_dir" --parallel "$(nproc)"
}

command=${1:-}
[ $# -gt 0 ] && shift
case "$command" in
run)
    install_packages
    build
    exec "$build_dir/app/digest-editor/digest-editor" "$@"
    ;;
test)
    install_packages
    build
    cd "$build_dir"
    exec ctest --output-on-failure --parallel "$(nproc)" "$@"
    ;;
build)
    install_packages
    build
    ;;
*)
    sed -n '2,6p' "$0" | sed 's/^# \{0,1\}//' >&2
    exit 2
    ;;
esac
