#!/usr/bin/env bash
# Set-up, build, run and test Digest Editor on Debian 12.
#   ./dev.sh run [ARGS...]   install what is missing, build, start the application
#   ./dev.sh test            install what is missing, build, run the whole test suite
#   ./dev.sh build           install what is missing and build
#   ./dev.sh sanitize        build with clang, ASan and UBSan in build-sanitize, run the test suite
#   ./dev.sh fuzz [SECONDS]  build the fuzz targets there, replay their inputs, fuzz each SECONDS
#   ./dev.sh bench-ui [OPTS] build the application, measure it against ghostwriter from outside
#                            on a virtual display (tests/bench/ui/uibench.py --help); not in CI
#   ./dev.sh package-check   build the .deb, install it into a clean Debian 12 chroot
#                            (debootstrap) and start both programs there; not in CI
# Packages are installed only when missing, so a second run is quiet.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
build_dir=${DIGEST_BUILD_DIR:-$here/build}

packages=(
    # toolchain
    g++ cmake ninja-build pkg-config git clang-format
    # Qt 6 with QtWebEngine and Linguist
    qt6-base-dev qt6-declarative-dev qt6-webengine-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
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
    # the .deb tools, and the checkers of the desktop entry, the AppStream metainfo and the
    # man pages (tst_package)
    xvfb xauth fonts-dejavu-core hugo dpkg-dev file desktop-file-utils appstream man-db groff-base
    # the sanitizer and fuzzing build: clang 14 and its runtimes (ASan, UBSan, libFuzzer)
    clang libclang-rt-14-dev
)

# Only for ./dev.sh bench-ui: the virtual display, X from Python, and the peer it is measured
# against (optional: without it, ours only).
bench_packages=(xvfb xauth python3-xlib)

# Only for ./dev.sh package-check: the clean Debian 12 the package is installed into.
package_check_packages=(debootstrap)

log() { printf '%s\n' "dev.sh: $*" >&2; }

install_packages() {
    local missing=()
    for package in "$@"; do
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
    cmake --build "$build_dir" --parallel "${CMAKE_BUILD_PARALLEL_LEVEL:-$(nproc)}" "$@"
}

# The sanitizer and fuzzing build (cmake/Sanitizers.cmake, fuzz/README.md): clang, ASan and
# UBSan on everything, libFuzzer's coverage; -O1 with line tables only, which builds faster
# than -O2 -g and still names file and line in every report. Warnings are errors here too:
# the code is clean under clang as under GCC.
sanitize_dir=${DIGEST_SANITIZE_BUILD_DIR:-$here/build-sanitize}

build_sanitize() {
    if [ ! -f "$sanitize_dir/CMakeCache.txt" ]; then
        CC=clang-14 CXX=clang++-14 cmake -S "$here" -B "$sanitize_dir" -G Ninja \
            -DCMAKE_BUILD_TYPE=RelWithDebInfo \
            "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -gline-tables-only -DNDEBUG" \
            -DDIGEST_WARNINGS_AS_ERRORS=ON -DDIGEST_SANITIZE=ON -DDIGEST_FUZZ=ON >/dev/null
    fi
    cmake --build "$sanitize_dir" --parallel "$(nproc)" "$@"
}

# Leaks are reported and fail a test; only third-party ones are suppressed (see the file).
# Undefined behaviour stops the program with a stack.
sanitizer_environment() {
    export ASAN_OPTIONS=detect_leaks=1:check_initialization_order=1:detect_stack_use_after_return=1
    export LSAN_OPTIONS=suppressions=$here/fuzz/lsan.supp:print_suppressions=0
    export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
}

fuzz_targets=(frontmatter outline markdown archetype reddit feed sse)

# Replays each target's seed corpus and regressions, then fuzzes it for $1 seconds. New inputs
# go to the build folder, never into the checked-in corpus; a crash stops with its input saved.
fuzz() {
    local seconds=$1 failed=()
    sanitizer_environment
    for target in "${fuzz_targets[@]}"; do
        local program=$sanitize_dir/fuzz/fuzz_$target work=$sanitize_dir/fuzz-work/$target
        local artifacts=$sanitize_dir/fuzz-artifacts/$target/
        mkdir -p "$work" "$artifacts"
        log "fuzz_$target: ${seconds}s"
        if ! "$program" -max_total_time="$seconds" -max_len=8192 -rss_limit_mb=1024 -timeout=10 \
            -print_final_stats=1 -artifact_prefix="$artifacts" \
            "$work" "$here/fuzz/corpus/$target" "$here/fuzz/regressions/$target" \
            >"$sanitize_dir/fuzz-$target.log" 2>&1; then
            tail -n 40 "$sanitize_dir/fuzz-$target.log" >&2
            log "fuzz_$target failed: the input is in $artifacts; keep it in fuzz/regressions/$target/"
            failed+=("$target")
        fi
        grep -h '^stat::number_of_executed_units\|^stat::peak_rss_mb' \
            "$sanitize_dir/fuzz-$target.log" | tr '\n' ' ' >&2
        echo >&2
    done
    [ ${#failed[@]} -eq 0 ] || { log "fuzzing found crashes in: ${failed[*]}"; exit 1; }
}

command=${1:-}
[ $# -gt 0 ] && shift
case "$command" in
run)
    install_packages "${packages[@]}"
    build
    exec "$build_dir/app/digest-editor/digest-editor" "$@"
    ;;
test)
    install_packages "${packages[@]}"
    build
    cd "$build_dir"
    exec ctest --output-on-failure --parallel "$(nproc)" "$@"
    ;;
build)
    install_packages "${packages[@]}"
    build
    ;;
sanitize)
    install_packages "${packages[@]}"
    build_sanitize
    sanitizer_environment
    cd "$sanitize_dir"
    # The layering checks are compile-time only (each compiles probes), nothing to sanitize:
    # ./dev.sh test runs them.
    exec ctest --output-on-failure --parallel "$(nproc)" --label-exclude layering "$@"
    ;;
fuzz)
    install_packages "${packages[@]}"
    build_sanitize --target "${fuzz_targets[@]/#/fuzz_}"
    fuzz "${1:-30}"
    ;;
bench-ui)
    install_packages "${packages[@]}" "${bench_packages[@]}"
    install_packages ghostwriter || log "ghostwriter could not be installed: measuring ours only"
    build --target digest-editor
    # Debian's python3 (python3-xlib is installed for it), whatever python3 comes first in PATH.
    exec xvfb-run -a -s "-screen 0 1280x800x24" /usr/bin/python3 -B \
        "$here/tests/bench/ui/uibench.py" --build "$build_dir" "$@"
    ;;
package-check)
    install_packages "${packages[@]}" "${package_check_packages[@]}"
    build --target digest-editor digestctl digest-askpass
    exec "$here/packaging/package-check.sh" "$build_dir"
    ;;
*)
    sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//' >&2
    exit 2
    ;;
esac
