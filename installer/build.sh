#!/usr/bin/env bash
# Builds Sitmap as a native application with its own trimmed Java runtime (jlink through jpackage):
#   Linux:   target/installer/Sitmap/ (app image, launcher bin/Sitmap) and target/installer/sitmap_<version>_amd64.deb
#   Windows: target/installer/Sitmap-<version>.msi   (needs the WiX toolset 3 on PATH)
#   macOS:   target/installer/Sitmap-<version>.dmg   (needs the Xcode command line tools)
# Usage: installer/build.sh [--app-image-only]
# Everything comes from the Maven build (jars, bundled data) and pom.xml (name, version, vendor, licence,
# description); nothing is downloaded at install time.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
APP_IMAGE_ONLY=false
[[ "${1:-}" == "--app-image-only" ]] && APP_IMAGE_ONLY=true

command -v jpackage >/dev/null || { echo "installer/build.sh: jpackage not found (it comes with JDK 17+)" >&2; exit 2; }
[[ -f target/sitmap.jar && -f target/classes/org/sitmap/app.properties ]] || mvn -q -B -DskipTests package

prop() { sed -n "s/^$1=//p" target/classes/org/sitmap/app.properties; }
NAME="$(prop name)"; VERSION="$(prop version)"; VENDOR="$(prop vendor)"; DESCRIPTION="$(prop description)"
LICENCE="$(prop licence)"
# Native package versions must be numeric (MSI: major.minor.build).
NUMERIC_VERSION="$(echo "$VERSION" | sed 's/[^0-9.].*//')"

OUT=target/installer
rm -rf "$OUT"
mkdir -p "$OUT/input/lib" "$OUT/jfx"
cp target/sitmap.jar "$OUT/input/"
# The indexed base-map store beside the jar (mvn package builds it), so the first start reads no GeoJSON.
[[ -f target/sitmap-base.gpkg ]] || java -jar target/sitmap.jar dev prepare-base target/sitmap-base.gpkg
cp target/sitmap-base.gpkg "$OUT/input/"
# JavaFX goes into the runtime as modules (platform jars only); everything else stays on the class path.
for jar in target/lib/*.jar; do
  case "$(basename "$jar")" in
    javafx-*-linux.jar|javafx-*-win.jar|javafx-*-mac*.jar) cp "$jar" "$OUT/jfx/" ;;
    javafx-*.jar) ;;  # empty placeholder jars of the platform-independent artifacts
    *) cp "$jar" "$OUT/input/lib/" ;;
  esac
done
cp LICENSE "$OUT/input/" 2>/dev/null || true

cat > "$OUT/gpkg.properties" <<PROPS
extension=gpkg
mime-type=application/geopackage+sqlite3
description=Sitmap briefing (GeoPackage)
icon=installer/sitmap.png
PROPS

MODULES=javafx.controls,javafx.swing,java.desktop,java.sql,java.prefs,java.management,java.logging,java.xml
MODULES=$MODULES,jdk.unsupported,jdk.unsupported.desktop,jdk.jfr,jdk.zipfs
COMMON=(
  --name "$NAME" --app-version "$NUMERIC_VERSION" --vendor "$VENDOR" --description "$DESCRIPTION"
  --input "$OUT/input" --main-jar sitmap.jar --main-class org.sitmap.Main
  --module-path "$OUT/jfx" --add-modules "$MODULES"
  --jlink-options "--strip-debug --no-man-pages --no-header-files --strip-native-commands --compress=2"
  --java-options "-Xss2m -Xmn128m -Xms64m -XX:MaxHeapFreeRatio=30 -XX:MinHeapFreeRatio=10" --dest "$OUT"
)

case "$(uname -s)" in
  Linux)
    # installer/linux/Sitmap.desktop replaces jpackage's menu entry template: it adds %f so a double-clicked
    # briefing reaches the launcher.
    ICON=(--icon installer/sitmap.png)
    start=$(date +%s)
    jpackage --type app-image "${COMMON[@]}" "${ICON[@]}"
    echo "app image: $OUT/$NAME ($(du -sh "$OUT/$NAME" | cut -f1)) in $(( $(date +%s) - start )) s"
    if ! $APP_IMAGE_ONLY; then
      start=$(date +%s)
      jpackage --type deb "${COMMON[@]}" "${ICON[@]}" --license-file installer/LICENSE.txt \
        --file-associations "$OUT/gpkg.properties" \
        --linux-package-name sitmap --linux-deb-maintainer "sitmap@invalid.example" \
        --linux-menu-group "Education;Geography;" --linux-shortcut --linux-app-category misc \
        --linux-package-deps libgtk-3-0 --resource-dir installer/linux
      echo "deb: $(ls "$OUT"/*.deb) ($(du -h "$OUT"/*.deb | cut -f1)) in $(( $(date +%s) - start )) s"
    fi
    ;;
  Darwin)
    # macOS wants an .icns: make it from the PNG with the system's sips and iconutil.
    mkdir -p "$OUT/sitmap.iconset"
    for s in 16 32 128 256; do
      sips -z $s $s installer/sitmap.png --out "$OUT/sitmap.iconset/icon_${s}x${s}.png" >/dev/null
      sips -z $((s * 2)) $((s * 2)) installer/sitmap.png --out "$OUT/sitmap.iconset/icon_${s}x${s}@2x.png" >/dev/null
    done
    iconutil -c icns "$OUT/sitmap.iconset" -o "$OUT/sitmap.icns"
    jpackage --type dmg "${COMMON[@]}" --icon "$OUT/sitmap.icns" --license-file installer/LICENSE.txt \
      --file-associations "$OUT/gpkg.properties"
    ;;
  MINGW*|MSYS*|CYGWIN*|Windows_NT)
    jpackage --type msi "${COMMON[@]}" --icon installer/sitmap.ico --license-file installer/LICENSE.txt \
      --file-associations "$OUT/gpkg.properties" --win-menu --win-shortcut --win-dir-chooser
    ;;
  *) echo "installer/build.sh: unsupported system $(uname -s)" >&2; exit 2 ;;
esac
