#!/usr/bin/env bash
# Draws Topologist's own type icons with ImageMagick (6 or 7).
# Each pictogram is described in 128x128 units, rendered at 4x and scaled down
# to a 128x128 RGBA PNG so edges stay smooth. Run from anywhere:
#   resources/icon-sources/draw_icons.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
types="$here/../types"
IM=convert
command -v magick >/dev/null 2>&1 && IM=magick

# render <output.png> <mvg drawing in 128-unit coordinates>
render() {
  local out="$1" mvg="$2"
  mkdir -p "$(dirname "$out")"
  $IM -size 512x512 xc:none -draw "affine 4,0,0,4,0,0 $mvg" \
      -resize 128x128 -strip -define png:exclude-chunks=date,time "PNG32:$out"
}

N="$types/tosca-normative-types/images"

# root: a generic node - grey disc with a white ring and centre dot
render "$N/root.png" "
  fill '#6b7280' stroke none circle 64,64 64,8
  fill none stroke white stroke-width 8 circle 64,64 64,30
  fill white stroke none circle 64,64 64,54"

# compute: a rack server - two stacked units with slots and status lights
render "$N/compute.png" "
  fill '#2f6fb3' stroke none roundrectangle 12,18 116,62 8,8
  fill '#2f6fb3' stroke none roundrectangle 12,68 116,112 8,8
  fill '#cfe3f7' rectangle 24,34 80,40 rectangle 24,84 80,90
  fill '#7be07b' circle 98,40 98,46 circle 98,90 98,96"

# software: a gear
render "$N/software.png" "
  fill '#8a5cc2' stroke none
  translate 64,64
  rectangle -9,-58 9,-38
  rotate 45 rectangle -9,-58 9,-38
  rotate 45 rectangle -9,-58 9,-38
  rotate 45 rectangle -9,-58 9,-38
  rotate 45 rectangle -9,-58 9,-38
  rotate 45 rectangle -9,-58 9,-38
  rotate 45 rectangle -9,-58 9,-38
  rotate 45 rectangle -9,-58 9,-38
  rotate 45
  circle 0,0 0,42
  fill white circle 0,0 0,16"

# network: three hosts joined by links
render "$N/network.png" "
  stroke '#1f8a70' stroke-width 8 fill none
  line 64,30 26,96 line 64,30 102,96 line 26,96 102,96
  stroke none fill '#1f8a70'
  circle 64,30 64,12 circle 26,96 26,78 circle 102,96 102,78
  fill white circle 64,30 64,22 circle 26,96 26,88 circle 102,96 102,88"

# loadbalancer: one entry fanning out to three targets
render "$N/loadbalancer.png" "
  stroke '#d9822b' stroke-width 8 fill none
  line 34,64 92,24 line 34,64 92,64 line 34,64 92,104
  stroke none fill '#d9822b'
  circle 26,64 26,44
  polygon 110,24 92,12 92,36
  polygon 110,64 92,52 92,76
  polygon 110,104 92,92 92,116"

# router: a flat puck with arrows pointing in and out
render "$N/router.png" "
  fill '#0e7490' stroke none
  rectangle 10,64 118,82
  ellipse 64,82 54,20 0,360
  fill '#22a6c4' ellipse 64,64 54,20 0,360
  stroke white stroke-width 5 fill none
  line 30,64 56,64 line 72,64 98,64
  stroke none fill white
  polygon 24,64 36,57 36,71
  polygon 104,64 92,57 92,71
  polygon 58,64 48,57 48,71
  polygon 70,64 80,57 80,71"

# relational_db: a cylinder with table bands
render "$N/relational_db.png" "
  fill '#3b5998' stroke none
  rectangle 22,26 106,102
  ellipse 64,102 42,14 0,360
  fill '#6d8bd1' ellipse 64,26 42,14 0,360
  stroke '#cfd9f2' stroke-width 4 fill none
  ellipse 64,52 42,14 0,180
  ellipse 64,77 42,14 0,180"

# volume: a block-storage drive
render "$N/volume.png" "
  fill '#52606d' stroke none roundrectangle 10,30 118,98 10,10
  fill '#9aa5b1' circle 46,64 46,40
  fill '#52606d' circle 46,64 46,56
  fill '#7be07b' circle 98,84 98,89
  fill '#cbd2d9' rectangle 80,40 106,46"

# objectstore: a bucket holding blocks
render "$N/objectstore.png" "
  fill '#c0392b' stroke none
  polygon 16,40 112,40 100,114 28,114
  fill '#e57368' ellipse 64,40 48,12 0,360
  fill white
  rectangle 40,64 58,82 rectangle 70,64 88,82 rectangle 55,88 73,106"

# docker-engine: a shipping container (ribbed box), no animal
render "$types/docker-engine-type/images/icon.png" "
  fill '#1d91d0' stroke none roundrectangle 8,32 120,100 6,6
  fill '#0b5f8c' rectangle 8,32 120,42 rectangle 8,90 120,100
  stroke '#e8f4fb' stroke-width 5
  line 26,48 26,84 line 44,48 44,84 line 62,48 62,84
  line 80,48 80,84 line 98,48 98,84"

# mesos: teal tile with a drawn 'M' over a 3x3 resource grid
render "$types/mesos-types/images/mesos_icon.png" "
  fill '#0f766e' stroke none roundrectangle 4,4 124,124 18,18
  fill '#5eead4'
  circle 28,100 28,106 circle 64,100 64,106 circle 100,100 100,106
  fill none stroke white stroke-width 12 stroke-linejoin round stroke-linecap round
  polyline 26,84 26,28 64,64 102,28 102,84"

# marathon: navy tile with a running track and a finish flag
render "$types/mesos-types/images/marathon_icon.png" "
  fill '#312e81' stroke none roundrectangle 4,4 124,124 18,18
  fill none stroke white stroke-width 8 ellipse 64,70 46,30 0,360
  stroke '#a5b4fc' stroke-width 4 ellipse 64,70 30,16 0,360
  stroke white stroke-width 4 line 64,20 64,54
  stroke none fill '#fbbf24' polygon 66,20 90,28 66,36"

# wave <y0> <amplitude> <rise>: points of one sine period across the tile
# (ImageMagick 6 strokes open Bezier paths badly, so curves are polylines).
wave() {
  awk -v y0="$1" -v a="$2" -v r="$3" 'BEGIN {
    for (i = 0; i <= 24; i++) { t = i / 24
      printf "%.1f,%.1f ", 18 + 92 * t, y0 - a * sin(6.2832 * t) - r * t } }'
}

# aurora: night tile with three luminous wavy bands and a star
render "$types/aurora-types/images/aurora_icon.png" "
  fill '#111827' stroke none roundrectangle 4,4 124,124 18,18
  fill none stroke-width 10 stroke-linejoin round stroke-linecap round
  stroke '#a78bfa' polyline $(wave 56 12 16)
  stroke '#34d399' polyline $(wave 78 12 16)
  stroke '#22d3ee' polyline $(wave 100 12 16)
  stroke none fill white circle 98,24 98,29"

# tosca-normative-types 1.0.0-ALIEN20: the same node icons as 1.0.0-ALIEN14 (the published
# archives share them too), plus one per policy type on a common slate badge.
P="$types/tosca-normative-types-alien20/images"
mkdir -p "$P"
for icon in root compute software network loadbalancer router relational_db volume objectstore; do
  cp "$N/$icon.png" "$P/$icon.png"
done
badge="fill '#475569' stroke none roundrectangle 6,6 122,122 20,20"
# arc <cx> <cy> <r> <from> <to>: points along a circle, angles in degrees clockwise from
# 3 o'clock (ImageMagick's own arc primitive fills its chord).
arc() {
  awk -v cx="$1" -v cy="$2" -v r="$3" -v a0="$4" -v a1="$5" 'BEGIN {
    for (i = 0; i <= 24; i++) { t = (a0 + (a1 - a0) * i / 24) * 3.14159 / 180
      printf "%.1f,%.1f ", cx + r * cos(t), cy + r * sin(t) } }'
}

# policy_root: a rule sheet - a page with a folded corner and three lines
render "$P/policy_root.png" "$badge
  fill white polygon 36,22 80,22 96,38 96,106 36,106
  fill '#cbd5e1' polygon 80,22 96,38 80,38
  stroke '#475569' stroke-width 6 line 48,56 84,56 line 48,72 84,72 line 48,88 72,88"

# policy_placement: a map pin
render "$P/policy_placement.png" "$badge
  fill '#f87171' circle 64,50 64,20
  polygon 40,62 88,62 64,108
  fill white circle 64,50 64,38"

# policy_scaling: three stacked instances growing towards an up arrow
render "$P/policy_scaling.png" "$badge
  fill white rectangle 22,84 54,104 rectangle 22,58 54,78 rectangle 22,32 54,52
  fill '#86efac' polygon 86,22 110,52 96,52 96,104 76,104 76,52 62,52"

# policy_update: two arrows chasing each other round a circle
render "$P/policy_update.png" "$badge
  fill none stroke white stroke-width 10 stroke-linejoin round stroke-linecap round
  polyline $(arc 64 64 38 200 330) polyline $(arc 64 64 38 20 150)
  stroke none fill white polygon 111,47 88,55 105,66 polygon 17,81 40,73 23,62"

# policy_performance: a speed gauge with its needle towards the top of the range
render "$P/policy_performance.png" "$badge
  fill none stroke white stroke-width 12 stroke-linejoin round polyline $(arc 64 80 42 180 300)
  stroke '#fbbf24' polyline $(arc 64 80 42 300 360)
  stroke white stroke-width 8 line 64,80 90,52
  stroke none fill white circle 64,80 64,90"

echo "icons written under $types"
