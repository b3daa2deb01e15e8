#!/usr/bin/env bash
# Exports the application logo (resources/icons/scalable/topologist.svg) to the fixed-size PNGs
# that desktop environments without SVG support, the .deb's hicolor theme and the window icon
# use. Needs rsvg-convert (Debian: librsvg2-bin). Only needed when the logo changes; the PNGs
# are committed so the build does not depend on librsvg. Run from anywhere:
#   resources/icon-sources/export_app_icons.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
icons="$here/../icons"
svg="$icons/scalable/topologist.svg"
mkdir -p "$icons/app"
for size in 16 32 48 64 128 256; do
  rsvg-convert --width "$size" --height "$size" --format png \
    --output "$icons/app/topologist-$size.png" "$svg"
done
echo "PNGs written under $icons/app"
