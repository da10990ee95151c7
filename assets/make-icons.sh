#!/bin/sh
# Draws the add-in's icons at 512 px with ImageMagick and scales them to the sizes Office asks for.
# Run from anywhere: sh assets/make-icons.sh   (needs `convert`, ImageMagick 6 or 7)
set -e
cd "$(dirname "$0")"
BLUE="#1F6FB2"; GREEN="#2E9E4F"; ORANGE="#E07B24"; PAPER="#FFFFFF"; LINE="#9DB9D6"

base() { # a rounded blue tile with a white sheet and ruled lines
  convert -size 512x512 xc:none \
    -fill "$BLUE" -draw "roundrectangle 16,16 496,496 88,88" \
    -fill "$PAPER" -draw "roundrectangle 112,80 400,432 24,24" \
    -stroke "$LINE" -strokewidth 22 \
    -draw "line 160,160 352,160" -draw "line 160,224 352,224" -draw "line 160,288 300,288" \
    "$1"
}

base _assistant.png
convert _assistant.png -fill "$ORANGE" -stroke none -draw "circle 368,384 368,300" \
  -fill "$PAPER" -draw "circle 368,384 368,350" -stroke "$PAPER" -strokewidth 30 -draw "line 418,434 470,486" \
  _assistant.png
base _validate.png
convert _validate.png -fill "$GREEN" -stroke none -draw "circle 368,384 368,296" \
  -stroke "$PAPER" -strokewidth 34 -fill none -draw "polyline 322,386 356,420 418,350" _validate.png
base _clean.png   # cleanup: a sparkle
convert _clean.png -fill "$ORANGE" -stroke none -draw "circle 368,384 368,296" \
  -fill "$PAPER" -draw "polygon 368,318 384,368 434,384 384,400 368,450 352,400 302,384 352,368" _clean.png

for name in assistant validate clean; do
  for s in 16 32 64 80 128; do
    convert "_$name.png" -filter Lanczos -resize "${s}x${s}" -strip "PNG32:icon-$name-$s.png"
  done
  rm "_$name.png"
done
