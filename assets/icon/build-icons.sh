#!/usr/bin/env bash
# Rebuilds the icon set from make_svg.py: PNGs from 16 to 1024 px, restride.ico (Windows) and restride.icns (macOS).
# Needs: python3, rsvg-convert (librsvg2-bin), ImageMagick's convert, png2icns (icnsutils).
#   apt-get install -y librsvg2-bin imagemagick icnsutils
set -euo pipefail
cd "$(dirname "$0")"
python3 make_svg.py > restride.svg
for size in 16 24 32 48 64 128 256 512 1024; do
  rsvg-convert -w "$size" -h "$size" restride.svg -o "restride-$size.png"
done
convert restride-16.png restride-24.png restride-32.png restride-48.png restride-64.png restride-128.png \
  restride-256.png restride.ico
png2icns restride.icns restride-16.png restride-32.png restride-48.png restride-128.png restride-256.png \
  restride-512.png restride-1024.png >/dev/null
echo "icons written to $(pwd)"
