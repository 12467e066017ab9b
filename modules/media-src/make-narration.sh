#!/usr/bin/env bash
# Makes the narration for the course's narrated explainers from plain-text scripts, with
# nothing but espeak-ng, SoX and oggenc (third_party/setup.sh --media installs them).
# Run from anywhere:  bash modules/media-src/make-narration.sh [SCRIPT.txt...]   (default: every script)
# Or through the build:  cmake --build build --target narration
#
# Each script modules/media-src/narration/<module-folder>/<name>.txt holds one cue a line,
#     cue-id: One sentence of narration.
# with blank lines and '#' comments skipped. Where the voice should say something other
# than the caption shows, write {caption|spoken}: "call {999|nine nine nine}".
# Each script becomes, in its module's media folder,
#     media/narration/<name>.ogg   the sentences spoken one after another, 0.5 s of silence between
#     media/narration/<name>.vtt   WebVTT captions: one cue per sentence, id = cue id, timed to its clip
# Every script is checked before anything is made; a problem stops the run with file:line.
# Re-running gives the same bytes (espeak-ng and oggenc are deterministic, SoX runs in
# repeatable mode without dither, oggenc gets a fixed stream serial number), so the
# generated files are committed and CI never needs these tools.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
modules="$(dirname "$here")"
scripts_root="$here/narration"

VOICE=en-gb          # espeak-ng's British English voice
WPM=145              # espeak-ng speed setting; about 150 words a minute overall, with the pauses
RATE=22050           # Hz, mono: plenty for speech, and what espeak-ng produces
GAP_SAMPLES=11025    # 0.5 s of silence between sentences (at RATE)
QUALITY=-1           # Vorbis quality (-1..10): the lowest, about 20 kbit/s; plenty for synthetic speech
SERIAL=20250101      # fixed Ogg stream serial, so reruns give the same bytes
MAX_CHARS=110        # a caption of at most two lines on the explainer screen

missing=()
command -v espeak-ng >/dev/null || missing+=("espeak-ng (apt-get install -y espeak-ng)")
command -v sox >/dev/null && command -v soxi >/dev/null || missing+=("sox and soxi (apt-get install -y sox)")
command -v oggenc >/dev/null || missing+=("oggenc (apt-get install -y vorbis-tools)")
if [ ${#missing[@]} -gt 0 ]; then
  for tool in "${missing[@]}"; do echo "make-narration: needs $tool" >&2; done
  echo "make-narration: or run third_party/setup.sh --media" >&2
  exit 1
fi

if [ $# -gt 0 ]; then
  scripts=("$@")
else
  mapfile -t scripts < <(find "$scripts_root" -name '*.txt' | LC_ALL=C sort)
fi
[ ${#scripts[@]} -gt 0 ] || { echo "make-narration: no scripts under $scripts_root" >&2; exit 1; }

# Reads a script into the arrays ids[], texts[] (caption), spoken[] and lines[]; prints each problem as
# file:line: message and returns 1 if there was any.
read_script() {
  local file=$1 n=0 raw id text say problems=0
  declare -A seen=()
  ids=() texts=() spoken=() lines=()
  while IFS= read -r raw || [ -n "$raw" ]; do
    n=$((n + 1))
    raw=${raw%$'\r'}
    [[ "$raw" =~ ^[[:space:]]*(#|$) ]] && continue
    if [[ ! "$raw" =~ ^([^:]*):[[:space:]]*(.*[^[:space:]])[[:space:]]*$ ]]; then
      echo "$file:$n: expected 'cue-id: One sentence.'" >&2; problems=1; continue
    fi
    id=${BASH_REMATCH[1]}
    text=$(sed -E 's/\{([^|{}]*)\|([^|{}]*)\}/\1/g' <<<"${BASH_REMATCH[2]}")
    say=$(sed -E 's/\{([^|{}]*)\|([^|{}]*)\}/\2/g' <<<"${BASH_REMATCH[2]}")
    if [[ "$text" == *[{}]* ]]; then
      echo "$file:$n: a '{' or '}' that is not part of {caption|spoken}" >&2; problems=1
    fi
    if [[ ! "$id" =~ ^[a-z][a-z0-9-]*$ ]]; then
      echo "$file:$n: cue id '$id' must be lower-case letters, digits and hyphens, starting with a letter" >&2
      problems=1
    elif [ -n "${seen[$id]:-}" ]; then
      echo "$file:$n: cue id '$id' is used twice (first at line ${seen[$id]})" >&2; problems=1
    fi
    seen[$id]=$n
    if [ ${#text} -gt $MAX_CHARS ]; then
      echo "$file:$n: '$id' is ${#text} characters; at most $MAX_CHARS fit two caption lines (split it into two cues)" >&2
      problems=1
    fi
    ids+=("$id") texts+=("$text") spoken+=("$say") lines+=("$n")
  done <"$file"
  [ ${#ids[@]} -gt 0 ] || { echo "$file: no cues" >&2; problems=1; }
  return $problems
}

# Where a script's output goes: narration/<module>/<name>.txt -> <module>/media/narration/<name>.
output_base() {
  local file=$1 module
  module=$(basename "$(dirname "$file")")
  [ -d "$modules/$module" ] || { echo "$file: no module folder $modules/$module" >&2; return 1; }
  echo "$modules/$module/media/narration/$(basename "$file" .txt)"
}

# Samples at RATE -> WebVTT time, rounded to the nearest millisecond.
vtt_time() {
  local ms=$((($1 * 1000 + RATE / 2) / RATE))
  if [ $ms -ge 3600000 ]; then
    printf '%02d:%02d:%02d.%03d' $((ms / 3600000)) $((ms / 60000 % 60)) $((ms / 1000 % 60)) $((ms % 1000))
  else
    printf '%02d:%02d.%03d' $((ms / 60000)) $((ms / 1000 % 60)) $((ms % 1000))
  fi
}

vtt_escape() {  # the replacements are quoted: bash 5.2 reads a bare & in them as "the match"
  local s=${1//&/"&amp;"}
  s=${s//</"&lt;"}
  printf '%s' "${s//>/"&gt;"}"
}

failed=0
for script in "${scripts[@]}"; do
  read_script "$script" || failed=1
  output_base "$script" >/dev/null || failed=1
done
[ $failed -eq 0 ] || { echo "make-narration: nothing written; fix the scripts above" >&2; exit 1; }

tmpdir="$(mktemp -d)"
trap 'rm -rf "$tmpdir"' EXIT
# The format goes before -n: after it, it would be the output's, and the silence would be
# made at SoX's default rate and resampled (shorter than asked).
sox -R -D -r $RATE -c 1 -b 16 -n "$tmpdir/gap.wav" trim 0 ${GAP_SAMPLES}s

for script in "${scripts[@]}"; do
  read_script "$script"
  base=$(output_base "$script")
  mkdir -p "$(dirname "$base")"
  relative=${script#"$modules/"}
  parts=()
  vtt="WEBVTT"$'\n\n'"NOTE Made by modules/media-src/make-narration.sh from modules/$relative."
  vtt+=$'\n'"Edit the script and run it again rather than editing this file."$'\n'
  at=0  # samples so far
  for i in "${!ids[@]}"; do
    clip="$tmpdir/clip-$i.wav"
    printf '%s\n' "${spoken[$i]}" >"$tmpdir/sentence.txt"
    espeak-ng -v "$VOICE" -s "$WPM" -w "$tmpdir/raw.wav" -f "$tmpdir/sentence.txt"
    # Trim espeak-ng's silence at both ends, so each caption spans exactly its speech.
    sox -R -D "$tmpdir/raw.wav" -r $RATE -c 1 -b 16 "$clip" \
      silence 1 0.02 0.5% reverse silence 1 0.02 0.5% reverse
    samples=$(soxi -s "$clip")
    [ "$samples" -gt 0 ] || { echo "$script:${lines[$i]}: '${ids[$i]}' came out silent" >&2; exit 1; }
    [ $i -eq 0 ] || { parts+=("$tmpdir/gap.wav"); at=$((at + GAP_SAMPLES)); }
    parts+=("$clip")
    vtt+=$'\n'"${ids[$i]}"$'\n'"$(vtt_time $at) --> $(vtt_time $((at + samples)))"$'\n'"$(vtt_escape "${texts[$i]}")"$'\n'
    at=$((at + samples))
  done
  sox -R -D "${parts[@]}" "$tmpdir/joined.wav"
  # The captions were timed from the clips' lengths; the joined audio must be exactly that long.
  joined=$(soxi -s "$tmpdir/joined.wav")
  [ "$joined" -eq $at ] || { echo "make-narration: $script: audio is $joined samples, captions say $at" >&2; exit 1; }
  oggenc -Q -q $QUALITY --serial $SERIAL -o "$base.ogg" "$tmpdir/joined.wav"
  printf '%s' "$vtt" >"$base.vtt"
  printf 'make-narration: %s.ogg and .vtt: %d cues, %s, %d KiB\n' "${base#"$modules/"}" ${#ids[@]} \
    "$(vtt_time $at)" $(($(stat -c %s "$base.ogg") / 1024))
done
