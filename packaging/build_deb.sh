#!/usr/bin/env bash
# Build the Linux package: PyInstaller one-folder bundle -> /opt/translator-app, a /usr/bin launcher, a .desktop
# entry and hicolor icons -> packaging/dist/translator-app_<version>_<arch>.deb. Driven by `make package`.
#
# The bundle carries copies of the build host's libraries (the xcb ones Qt's plugin needs included) and needs a
# glibc at least as new as the host's: build on the oldest distribution you support.
#
# Environment: DEB_COMPRESS=xz|gzip|zstd (default xz: every dpkg reads it; zstd needs dpkg >= 1.21.18, i.e.
# Debian 12 / Ubuntu 21.10), SKIP_APT=1 to never call apt-get.
set -euo pipefail
cd "$(dirname "$0")/.."

BIN=.venv/bin
BUILD=packaging/build
DIST=packaging/dist
BUNDLE=$BUILD/pyinstaller/dist/translator-app
STAGE=$BUILD/deb
COMPRESS=${DEB_COMPRESS:-xz}

step() { printf '\n== %s\n' "$*"; }
seconds() { date +%s.%N; }
took() { printf '%.1f' "$(echo "$(seconds) - $1" | bc)"; }

# --- 1. build-host libraries the bundle copies (Qt >= 6.5's xcb plugin) and the tools used: this script's, and
# nm, gcc and icupkg for packaging/trim_icu.py, which the spec runs on the bundle ----------------------------------
step "build host"
missing=()
for pair in libxcb-cursor.so.0:libxcb-cursor0 libxcb-icccm.so.4:libxcb-icccm4 libxcb-keysyms.so.1:libxcb-keysyms1 \
            libxcb-image.so.0:libxcb-image0 libxcb-render-util.so.0:libxcb-render-util0 \
            libxkbcommon-x11.so.0:libxkbcommon-x11-0 libxcb-shape.so.0:libxcb-shape0 libxcb-randr.so.0:libxcb-randr0 \
            libxcb-xkb.so.1:libxcb-xkb1 libEGL.so.1:libegl1 libGL.so.1:libgl1 libfontconfig.so.1:libfontconfig1 \
            libdbus-1.so.3:libdbus-1-3 libxkbcommon.so.0:libxkbcommon0 libglib-2.0.so.0:libglib2.0-0; do
  ldconfig -p | grep -q "${pair%%:*}" || missing+=("${pair#*:}")
done
for pair in strip:binutils objdump:binutils nm:binutils gcc:gcc icupkg:icu-devtools dpkg-deb:dpkg bc:bc; do
  command -v "${pair%%:*}" >/dev/null || missing+=("${pair#*:}")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "${SKIP_APT:-}" = 1 ] || [ "$(id -u)" != 0 ]; then
    echo "missing on the build host: ${missing[*]} (install them with apt-get as root)" >&2
    exit 1
  fi
  echo "installing: ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# --- 2. PyInstaller at the version pinned in pyproject.toml's `packaging` extra ----------------------------------
pinned=$($BIN/python -c 'import tomllib; d = tomllib.load(open("pyproject.toml", "rb"))
print(next(r.split("==")[1] for r in d["project"]["optional-dependencies"]["packaging"] if r.startswith("pyinstaller==")))')
if [ "$($BIN/pyinstaller --version 2>/dev/null || true)" != "$pinned" ]; then
  step "installing PyInstaller $pinned (the packaging extra)"
  $BIN/python -m pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[packaging]'
fi
VERSION=$($BIN/python -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
ARCH=$(dpkg --print-architecture)

# --- 3. the bundle ---------------------------------------------------------------------------------------------
step "PyInstaller bundle"
start=$(seconds)
$BIN/pyinstaller --noconfirm --log-level WARN --distpath "$BUILD/pyinstaller/dist" \
  --workpath "$BUILD/pyinstaller/work" packaging/translator-app.spec
echo "built $BUNDLE in $(took "$start") s: $(du -s --apparent-size -m "$BUNDLE" | cut -f1) MB"

step "frozen self-test"
QT_QPA_PLATFORM=offscreen TRANSLATOR_APP_CONFIG_DIR="$(mktemp -d)" "$BUNDLE/translator-app" --self-test

# --- 4. the package tree -----------------------------------------------------------------------------------------
step "package tree"
rm -rf "$STAGE"
mkdir -p "$STAGE/DEBIAN" "$STAGE/opt" "$STAGE/usr/bin" "$STAGE/usr/share/applications" \
  "$STAGE/usr/share/doc/translator-app" "$STAGE/usr/share/icons/hicolor/scalable/apps"
cp -a "$BUNDLE" "$STAGE/opt/translator-app"
install -m 0755 packaging/linux/translator-app.sh "$STAGE/usr/bin/translator-app"
install -m 0644 packaging/linux/translator-app.desktop "$STAGE/usr/share/applications/translator-app.desktop"
install -m 0644 resources/icons/translator-app.svg "$STAGE/usr/share/icons/hicolor/scalable/apps/translator-app.svg"
for size in 48 128 256; do
  mkdir -p "$STAGE/usr/share/icons/hicolor/${size}x${size}/apps"
  install -m 0644 "resources/icons/translator-app-$size.png" \
    "$STAGE/usr/share/icons/hicolor/${size}x${size}/apps/translator-app.png"
done
printf 'Release Translator %s\nBundled with PyInstaller; the licences of the bundled libraries are under\n/opt/translator-app/_internal/*.dist-info/.\n' \
  "$VERSION" > "$STAGE/usr/share/doc/translator-app/copyright"
chmod -R u+rwX,go+rX,go-w "$STAGE"

# What the bundle still takes from the system: glibc (at least the newest symbol version any file asks for),
# libGL/libEGL (Qt links them, and they must match the machine's drivers) and libxcb. Computed, not guessed.
glibc=$(find "$STAGE/opt" -type f \( -name '*.so*' -o -name translator-app \) -exec objdump -T {} + 2>/dev/null \
  | grep -o 'GLIBC_[0-9.]*' | sed 's/GLIBC_//' | sort -uV | tail -1)
# The Recommends: fonts for Qt to draw with, and the xcb libraries Qt's plugin needs, so that a bundle built on a
# host that lacked one (PyInstaller then leaves it out with a warning) still starts.
cat > "$STAGE/DEBIAN/control" <<EOF
Package: translator-app
Version: $VERSION
Architecture: $ARCH
Maintainer: Release Translator <translator-app@localhost>
Section: editors
Priority: optional
Installed-Size: $(du -s -k "$STAGE" --exclude=DEBIAN | cut -f1)
Depends: libc6 (>= $glibc), libgl1, libegl1, libxcb1
Recommends: libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1, libxcb-image0, libxcb-render-util0, libxkbcommon-x11-0, fontconfig, fonts-dejavu-core | fonts-liberation2
Description: Release Translator: translate and review press releases
 A desktop translation tool for press releases, with a translation memory,
 a glossary, machine translation (DeepL) and a review workflow. Data lives in
 a SQLite file in each user's data folder, or in a shared PostgreSQL database.
 Check an installation with: translator-app --self-test
EOF
cat "$STAGE/DEBIAN/control"

# --- 5. the .deb -------------------------------------------------------------------------------------------------
step "dpkg-deb ($COMPRESS)"
mkdir -p "$DIST"
DEB="$DIST/translator-app_${VERSION}_${ARCH}.deb"
start=$(seconds)
dpkg-deb --root-owner-group -Z"$COMPRESS" --threads-max="$(nproc)" --build "$STAGE" "$DEB" >/dev/null
echo "wrote $DEB in $(took "$start") s: $(du -k --apparent-size "$DEB" | cut -f1) KiB"
