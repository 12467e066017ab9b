#!/usr/bin/env bash
# Seeds each fuzz target from what the project already has: the fixtures (valid and
# invalid courses, images), the built-in course and its narration captions, the Markdown
# in the READMEs, saved progress written by the scripted learner, hand-written WebVTT
# seeds (tests/fuzz/webvtt-seeds), the module packages in tests/fixtures/packages, the
# brands (assets/brand, tests/fixtures/brands) and hand-written XLIFF (tests/fuzz/xliff-seeds).
# Usage: make_corpus.sh OUT_DIR SCRIPTED_LEARNER
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
out=$1 learner=$2
rm -rf "$out" && mkdir -p "$out"/{fuzz_course_loader,fuzz_rich_text,fuzz_progress_codec,fuzz_webvtt,fuzz_image_checker,fuzz_module_package,fuzz_brand,fuzz_xliff}

# Modules alone, and whole courses: course.toml with its module list renamed m1, m2, ...
# (the names the harness writes), each module.toml after a NUL byte.
n=0
for module in $(find "$root/tests/fixtures" "$root/modules" -name module.toml | sort); do
    n=$((n + 1)); cp "$module" "$out/fuzz_course_loader/module-$n.toml"
done
for course in $(find "$root/tests/fixtures" "$root/modules" -name course.toml | sort); do
    n=$((n + 1)); dir=$(dirname "$course")
    python3 - "$course" >"$out/fuzz_course_loader/course-$n.bin" <<'PY'
import pathlib, re, sys, tomllib
course = pathlib.Path(sys.argv[1])
text = course.read_text()
try:
    folders = tomllib.loads(text).get("modules", [])
except tomllib.TOMLDecodeError:
    folders = []
for i, folder in enumerate(folders if isinstance(folders, list) else []):
    text = text.replace(f'"{folder}"', f'"m{i + 1}"')
parts = [text]
for folder in folders if isinstance(folders, list) else []:
    module = course.parent / str(folder) / "module.toml"
    parts.append(module.read_text() if module.is_file() else "")
sys.stdout.write("\0".join(parts) if len(parts) > 1 else text + "\0")
PY
done

# Markdown: every triple-quoted text in the courses, and the READMEs.
python3 - "$out/fuzz_rich_text" "$root" <<'PY'
import pathlib, re, sys
out, root = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
n = 0
for toml in sorted(list(root.glob("modules/**/*.toml")) + list(root.glob("tests/fixtures/**/*.toml"))):
    for block in re.findall(r'"""(.*?)"""', toml.read_text(), re.S):
        n += 1
        (out / f"text-{n}.md").write_text(block)
for readme in (root / "README.md", root / "modules/README.md"):
    n += 1
    (out / f"readme-{n}.md").write_text(readme.read_text())
PY

# Saved progress at several points of a sitting, as the store keeps it.
for answers in 0 1 3 6 100; do
    data=$(mktemp -d)
    "$learner" "$root/modules" "$data" seed 1 "$answers" >/dev/null
    sqlite3 -batch -noheader "$data/primer.sqlite3" "select state_json from progress" \
        >"$out/fuzz_progress_codec/progress-$answers.json"
    rm -rf "$data"
done

# Captions: the hand-written seeds (each WebVTT feature, CRLF, a BOM) and the course's narration.
cp "$root"/tests/fuzz/webvtt-seeds/*.vtt "$out/fuzz_webvtt/"
find "$root/modules" -name '*.vtt' -exec cp {} "$out/fuzz_webvtt/" \;

# XLIFF: a translated file as export writes it, and one with segments, ignorables and inline codes.
cp "$root"/tests/fuzz/xliff-seeds/*.xlf "$out/fuzz_xliff/"

# Brands: the default, the example and every malformed one.
n=0
for brand in $(find "$root/assets/brand" "$root/tests/fixtures/brands" -name brand.toml | sort); do
    n=$((n + 1)); cp "$brand" "$out/fuzz_brand/brand-$n.toml"
done

# Images: the fixtures, and the fixture chart in each format stb_image reads, kept small.
cp "$root/tests/fixtures/courses/invalid/image-problems/media/broken.png" "$out/fuzz_image_checker/"
chart="$root/tests/fixtures/courses/valid/01-basics/media/chart.png"
for format in png jpg gif bmp tga ppm psd; do
    convert "$chart" -resize 24x24 "$out/fuzz_image_checker/chart.$format" 2>/dev/null || true
done
convert "$chart" -resize 24x24 -depth 16 "$out/fuzz_image_checker/chart-16bit.png"
convert "$chart" -resize 24x24 -colors 16 "$out/fuzz_image_checker/chart-palette.png"
convert "$chart" -resize 24x24 -interlace JPEG "$out/fuzz_image_checker/chart-progressive.jpg"
# Packages: the hostile fixtures and the valid one they were made from.
cp "$root"/tests/fixtures/packages/invalid/*.primer "$root"/tests/fixtures/packages/*.primer "$out/fuzz_module_package/"
for target in "$out"/*; do echo "$(basename "$target"): $(ls "$target" | wc -l) seeds"; done
