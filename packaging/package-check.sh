#!/usr/bin/env bash
# Installs the .deb into a clean Debian 12 (bookworm, minbase) chroot and starts both programs
# there, the way a user of a fresh system gets them. Run through `./dev.sh package-check`,
# which installs debootstrap and builds the programs first; needs root (debootstrap, chroot,
# mounts) and the Debian mirror this machine's apt uses. Not part of CI: slow, and it needs
# the mirror.
#
#   packaging/package-check.sh BUILD_DIR
#
# The base system is made once by debootstrap and kept as a tarball in
# BUILD_DIR/package-check/ (delete it to make a new one); every run unpacks it into a new
# temporary folder, so each run starts from the same clean system.
#
# Two installs, each checked:
#   1. `apt-get install --no-install-recommends ./FILE.deb`: Depends alone must be enough to
#      start both programs (digestctl --version and render, digest-editor offscreen until its
#      window shows and the preview page loads).
#   2. `apt-get install ./FILE.deb` as a user types it (Recommends too): the editor again, git,
#      Qt's German, the SVG and Wayland plugins, the English dictionary, the man pages.
set -euo pipefail

build_dir=$(cd "${1:?usage: package-check.sh BUILD_DIR}" && pwd)
work=$build_dir/package-check
base_tarball=$work/bookworm-minbase.tar.gz
started=$(date +%s)

log() { printf '%s\n' "package-check: $*" >&2; }
die() {
    log "FAILED: $*"
    exit 1
}
elapsed() { echo $(($(date +%s) - started)); }

[ "$(id -u)" -eq 0 ] || die "run as root (debootstrap, chroot and mounts need it)"

# The first URI of this machine's Debian sources whose suite is $1 (one-line and deb822
# formats), so the chroot uses the same mirror apt uses here.
debian_uri() {
    local suite=$1
    {
        sed -e 's/\[[^]]*\]//' /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null |
            awk -v suite="$suite" '$1 == "deb" && $3 == suite { print $2 }'
        awk -v suite="$suite" 'BEGIN { RS = "" }
            /(^|\n)Types:[^\n]*deb( |\n|$)/ {
                uris = ""; found = 0
                n = split($0, lines, "\n")
                for (i = 1; i <= n; i++) {
                    if (lines[i] ~ /^URIs:/) { sub(/^URIs:[ \t]*/, "", lines[i]); split(lines[i], u, " "); uris = u[1] }
                    if (lines[i] ~ /^Suites:/) { m = split(lines[i], s, /[ \t]+/); for (j = 2; j <= m; j++) if (s[j] == suite) found = 1 }
                }
                if (found && uris != "") print uris
            }' /etc/apt/sources.list.d/*.sources 2>/dev/null
    } | head -n 1
}

mirror=$(debian_uri bookworm)
mirror=${mirror:-http://deb.debian.org/debian}
security=$(debian_uri bookworm-security)

mkdir -p "$work"

# --- the .deb -------------------------------------------------------------------------------
deb_folder=$work/deb
rm -rf "$deb_folder"
log "cpack -G DEB"
(cd "$build_dir" && cpack -G DEB -B "$deb_folder" >"$work/cpack.log" 2>&1) ||
    { tail -n 30 "$work/cpack.log" >&2; die "cpack failed (see $work/cpack.log)"; }
deb=$(find "$deb_folder" -maxdepth 1 -name 'digest-editor_*.deb' | head -n 1)
[ -n "$deb" ] || die "cpack made no digest-editor_*.deb in $deb_folder"
deb_name=$(basename "$deb")
deb_bytes=$(stat -c %s "$deb")
installed_kib=$(dpkg-deb -f "$deb" Installed-Size)
log "built $deb_name"
dpkg-deb -f "$deb" Depends Recommends Suggests >&2

# --- the base system, made once -------------------------------------------------------------
if [ ! -f "$base_tarball" ]; then
    log "debootstrap --variant=minbase bookworm from $mirror (once; cached in $base_tarball)"
    staging=$(mktemp -d "$work/debootstrap.XXXXXX")
    t0=$(date +%s)
    if ! debootstrap --variant=minbase bookworm "$staging" "$mirror" >"$work/debootstrap.log" 2>&1; then
        tail -n 30 "$work/debootstrap.log" >&2
        rm -rf --one-file-system "$staging"
        die "debootstrap from $mirror failed (see $work/debootstrap.log)"
    fi
    {
        echo "deb $mirror bookworm main"
        echo "deb $mirror bookworm-updates main"
        [ -z "$security" ] || echo "deb $security bookworm-security main"
    } >"$staging/etc/apt/sources.list"
    rm -rf "$staging/var/cache/apt/archives/"*.deb
    tar -C "$staging" --numeric-owner -czf "$base_tarball.part" .
    mv "$base_tarball.part" "$base_tarball"
    rm -rf --one-file-system "$staging"
    log "base system made in $(($(date +%s) - t0)) s"
fi

# --- a clean chroot from it, for each install ---------------------------------------------
# The downloaded packages are kept in $work/apt-archives (bind-mounted as apt's cache), so a
# second run downloads nothing it already has.
archives=$work/apt-archives
mkdir -p "$archives/partial"
root=
mounts=()
cleanup() {
    local i
    for ((i = ${#mounts[@]} - 1; i >= 0; i--)); do
        umount -l "${mounts[$i]}" 2>/dev/null || true
    done
    mounts=()
    [ -z "$root" ] || rm -rf --one-file-system "$root"
    root=
}
trap cleanup EXIT
mount_in() { # TYPE SOURCE TARGET-in-root [OPTIONS]
    mkdir -p "$root/$3"
    mount -t "$1" ${4:+-o "$4"} "$2" "$root/$3"
    mounts+=("$root/$3")
}

# Runs a shell command in the chroot with a clean environment, as root.
in_root() {
    chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
        DEBIAN_FRONTEND=noninteractive TERM=dumb /bin/sh -c "$1"
}

fresh_root() {
    cleanup
    root=$(mktemp -d "${TMPDIR:-/tmp}/digest-package-check.XXXXXX")
    tar -C "$root" --numeric-owner -xzf "$base_tarball"
    base_kib=$(du -sk --one-file-system "$root" | cut -f1)
    mount_in proc proc /proc
    mount_in sysfs sysfs /sys ro
    mount_in tmpfs tmpfs /dev/shm mode=1777
    mount_in devpts devpts /dev/pts newinstance,ptmxmode=0666
    mkdir -p "$root/var/cache/apt/archives"
    mount --bind "$archives" "$root/var/cache/apt/archives"
    mounts+=("$root/var/cache/apt/archives")
    # apt keeps what it downloaded in that cache.
    echo 'Binary::apt::APT::Keep-Downloaded-Packages "true";' >"$root/etc/apt/apt.conf.d/10keep"
    cp /etc/resolv.conf "$root/etc/resolv.conf"
    cp "$deb" "$root/tmp/$deb_name"
    log "apt-get update in a clean chroot ($root)"
    in_root 'apt-get update -qq' >"$work/apt-update.log" 2>&1 ||
        { tail -n 20 "$work/apt-update.log" >&2; die "apt-get update in the chroot failed"; }
}
# What the install added to the base system (the bind-mounted package cache not counted).
added_kib() {
    local all cache
    all=$(du -sk --one-file-system "$root" | cut -f1)
    cache=$(du -sk "$root/var/cache/apt/archives" | cut -f1)
    echo $((all - cache - base_kib))
}
installed_packages() {
    in_root 'dpkg-query -W -f="\${db:Status-Abbrev} \${Package}\n"' | awk '$1 == "ii" { print $2 }' | sort
}

failures=()
check() { # NAME FUNCTION [ARGS]: runs FUNCTION, records pass or FAIL
    local name=$1
    shift
    if "$@"; then
        log "pass: $name"
    else
        log "FAIL: $name"
        failures+=("$name")
    fi
}

write_post() {
    printf '%s\n' '---' 'title: "Package check"' 'date: 2025-06-10T07:00:00Z' 'draft: false' \
        'tags: ["ai", "packaging"]' '---' '' \
        'Hello *world*: a post rendered inside a clean Debian 12.' >"$root/tmp/post.md"
}
check_version() {
    local out
    out=$(in_root 'digestctl --version' 2>&1) && [[ $out == "digestctl "* ]] && log "  $out"
}
check_render() {
    local out
    out=$(in_root 'digestctl render /tmp/post.md' 2>&1) && [[ $out == *"<em>world</em>"* ]] &&
        log "  $(printf '%s' "$out" | head -n 1)"
}
check_askpass() { # with no one to ask it says so and exits 1 (and does not fail to load)
    local out
    ! out=$(in_root 'digest-askpass "Password for x: "' 2>&1) && [[ $out == "digest-askpass: "* ]]
}
# The editor offscreen until the timeout ends it; its start-up log must show the window and
# the preview page, and no library or plugin may be missing.
check_editor() {
    local editor_log=$work/editor-$1.log
    in_root 'DIGEST_TIMING=1 QT_QPA_PLATFORM=offscreen QTWEBENGINE_DISABLE_SANDBOX=1 \
        timeout 20 digest-editor /tmp/post.md' >"$editor_log" 2>&1 || true
    grep -E 'digest-timing: .*(window shown|preview page loaded)' "$editor_log" | sed 's/^/  /' >&2
    grep -q 'window shown' "$editor_log" && grep -q 'preview page loaded' "$editor_log" &&
        ! grep -E 'error while loading shared libraries|Could not load the Qt platform plugin|cannot open shared object' \
            "$editor_log" >&2
}
check_xcb_plugin() { # the desktop's platform plugin has every library it links
    ! in_root 'ldd /usr/lib/x86_64-linux-gnu/qt6/plugins/platforms/libqxcb.so' | grep 'not found' >&2
}
check_installed_files() {
    in_root 'test -f /usr/share/metainfo/io.github.digesteditor.DigestEditor.metainfo.xml &&
        test -f /usr/share/applications/io.github.digesteditor.DigestEditor.desktop &&
        test -f /usr/share/icons/hicolor/scalable/apps/io.github.digesteditor.DigestEditor.svg &&
        test -f /usr/share/man/man1/digestctl.1.gz && test -f /usr/share/man/man1/digest-editor.1.gz'
}
check_git() { in_root 'git --version' 2>&1 | sed 's/^/  /' >&2; }
check_recommended_files() { # Qt's German, the SVG icon engine, the Wayland plugin, xdg-open
    in_root 'test -f /usr/share/qt6/translations/qtbase_de.qm &&
        test -f /usr/lib/x86_64-linux-gnu/qt6/plugins/iconengines/libqsvgicon.so &&
        test -f /usr/lib/x86_64-linux-gnu/qt6/plugins/platforms/libqwayland-generic.so &&
        command -v xdg-open >/dev/null'
}
check_spelling() { # lint's spelling rule finds the English dictionary Recommends brings
    local out
    printf '%s\n' '---' 'title: "Spelling"' 'date: 2025-06-10T07:00:00Z' '---' '' \
        'The modle answered quickly.' >"$root/tmp/spelling.md"
    out=$(in_root 'digestctl lint /tmp/spelling.md' 2>&1) || true
    [[ $out == *"modle"*"[spelling]"* ]] && log "  $(printf '%s' "$out" | grep -F '[spelling]' | head -n 1)"
}
check_man() { # man-db is no dependency: installed here, as a user's system has it
    local out
    in_root 'apt-get install -y -q --no-install-recommends man-db' >"$work/install-man-db.log" 2>&1 ||
        return 1
    out=$(in_root 'man -w digestctl digest-editor digest-askpass' 2>&1) || return 1
    log "  $(echo $out)"
    out=$(in_root 'for page in digestctl digest-editor digest-askpass; do
        MANWIDTH=80 man --warnings $page >/dev/null; done' 2>&1)
    [ -z "$out" ] || { printf '%s\n' "$out" >&2; return 1; }
}

# --- 1. Depends only ------------------------------------------------------------------------
fresh_root
t_install=$(date +%s)
log "apt-get install --no-install-recommends ./$deb_name"
in_root "apt-get install -y -q --no-install-recommends ./tmp/$deb_name" \
    >"$work/install-depends.log" 2>&1 ||
    { tail -n 30 "$work/install-depends.log" >&2; die "apt-get install (Depends only) failed"; }
depends_seconds=$(($(date +%s) - t_install))
rm -f "$root/tmp/$deb_name"
depends_kib=$(added_kib)
installed_packages >"$work/packages-depends.txt"
write_post
check "digestctl --version (Depends only)" check_version
check "digestctl render (Depends only)" check_render
check "digest-askpass answers (Depends only)" check_askpass
check "xcb platform plugin has its libraries (Depends only)" check_xcb_plugin
t_editor=$(date +%s)
check "digest-editor shows its window and preview offscreen (Depends only)" check_editor depends
editor_seconds=$(($(date +%s) - t_editor))
check "desktop entry, metainfo, scalable icon and man pages installed" check_installed_files

# --- 2. as a user installs it (Recommends too), in another clean chroot ---------------------
fresh_root
t_install=$(date +%s)
log "apt-get install ./$deb_name (with Recommends)"
in_root "apt-get install -y -q ./tmp/$deb_name" >"$work/install-recommends.log" 2>&1 ||
    { tail -n 30 "$work/install-recommends.log" >&2; die "apt-get install (with Recommends) failed"; }
recommends_seconds=$(($(date +%s) - t_install))
rm -f "$root/tmp/$deb_name"
recommends_kib=$(added_kib)
installed_packages >"$work/packages-recommends.txt"
write_post
check "digest-editor shows its window and preview offscreen (with Recommends)" check_editor recommends
check "git runs (with Recommends)" check_git
check "Qt's German, SVG icons, Wayland plugin, xdg-open (with Recommends)" check_recommended_files
check "digestctl lint finds the English dictionary (with Recommends)" check_spelling
check "man finds the pages and renders them without warnings" check_man
recommended_more=$(comm -13 "$work/packages-depends.txt" "$work/packages-recommends.txt")

total_seconds=$(elapsed)
mib() { awk -v k="$1" 'BEGIN { printf "%.1f MiB", k / 1024 }'; }
cat <<EOF

package-check figures
  package                       $deb_name
  .deb size                     $(awk -v b="$deb_bytes" 'BEGIN { printf "%.2f MiB (%d bytes)", b / 1048576, b }')
  Installed-Size (the package)  $(mib "$installed_kib")
  Depends only                  $(mib "$depends_kib") added to minbase, $(wc -l <"$work/packages-depends.txt") packages in the system, apt-get install ${depends_seconds} s
  with Recommends               $(mib "$recommends_kib") added to minbase, $(wc -l <"$work/packages-recommends.txt") packages in the system, apt-get install ${recommends_seconds} s
  Recommends brought            $(echo $recommended_more | wc -w) packages: $(echo $recommended_more | fmt -w 2000)
  digest-editor offscreen run   ${editor_seconds} s (ended by timeout 20)
  total time                    ${total_seconds} s
  mirror                        $mirror${security:+ (security: $security)}
  logs                          $work/*.log
EOF
if [ ${#failures[@]} -gt 0 ]; then
    log "${#failures[@]} check(s) failed: ${failures[*]}"
    exit 1
fi
log "all checks passed"
