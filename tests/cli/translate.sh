#!/usr/bin/env bash
# Module translations through the real commands: the fixture's Welsh translation validates
# clean; export writes well-formed XLIFF 2.0 (xmllint) of the right structure (xliff_check.py,
# as the OASIS schema is not vendored); export, fill, import, export again gives the same
# units; editing a source text afterwards makes validate report exactly that unit as stale;
# and a malformed file, another XLIFF version, another source language or an unknown unit
# is refused with a clear message and nothing written. The same for course.toml's own texts.
set -euo pipefail
primer=$(realpath "$1") work=$(realpath -m "$2")
here=$(dirname "$(realpath "$0")")
rm -rf "$work" && mkdir -p "$work"
fail() { echo "FAIL: $*" >&2; exit 1; }
cp -r tests/fixtures/modules/fire-safety "$work/module"
module=$work/module
units=33

out=$("$primer" validate "$module") || fail "validate: $out"
grep -q "module: 0 errors, 0 warnings" <<<"$out" || fail "the Welsh translation is not complete and current: $out"

# The Welsh export carries every translation as a target.
"$primer" translate export --module "$module" --lang cy -o "$work/cy.xlf" 2>/dev/null || fail "export cy"
xmllint --noout "$work/cy.xlf" || fail "cy.xlf is not well-formed"
python3 "$here/xliff_check.py" "$work/cy.xlf" en-GB cy $units || fail "cy.xlf structure"
[ "$(grep -c 'state="translated"' "$work/cy.xlf")" = $units ] || fail "not every Welsh unit is exported as translated"
grep -q '<target>Diogelwch tân yn y gwaith</target>' "$work/cy.xlf" || fail "the module title's translation is missing"

# Round trip into a new language.
"$primer" translate export --module "$module" --lang ga -o "$work/ga.xlf" 2>/dev/null || fail "export ga"
python3 "$here/xliff_check.py" "$work/ga.xlf" en-GB ga $units || fail "ga.xlf structure"
python3 "$here/fill_xliff.py" "$work/ga.xlf" "$work/ga-filled.xlf" ga
out=$("$primer" translate import "$work/ga-filled.xlf" --module "$module" 2>&1) || fail "import: $out"
grep -q "imported $units translations into $module/translations/ga.toml; 0 texts are still untranslated" <<<"$out" ||
    fail "import said: $out"
"$primer" translate export --module "$module" --lang ga -o "$work/ga-again.xlf" 2>/dev/null || fail "export again"
python3 "$here/xliff_check.py" "$work/ga-again.xlf" en-GB ga $units || fail "ga-again.xlf structure"
units_of() { python3 -c '
import sys, xml.etree.ElementTree as ET
X = "{urn:oasis:names:tc:xliff:document:2.0}"
for u in ET.parse(sys.argv[1]).getroot().iter(X + "unit"):
    s = u.find(X + "segment")
    print(repr((u.get("id"), s.findtext(X + "source"), s.findtext(X + "target"))))' "$1"; }
diff <(units_of "$work/ga-filled.xlf") <(units_of "$work/ga-again.xlf") || fail "the round trip changed units"
out=$("$primer" validate "$module") || fail "validate after import: $out"
grep -q "module: 0 errors, 0 warnings" <<<"$out" || fail "validate after import: $out"

# Editing one source text makes exactly that unit stale, in every language.
sed -i 's/^text = "Raise the alarm"$/text = "Raise the fire alarm"/' "$module/module.toml"
out=$("$primer" validate "$module") || fail "validate after an edit: $out"
grep -q "module: 0 errors, 2 warnings" <<<"$out" || fail "validate after an edit: $out"
for lang in cy ga; do
    line=$(grep -n '^id = "first-step.option.raise-alarm"$' "$module/translations/$lang.toml" | cut -d: -f1)
    grep -q "^$module/translations/$lang.toml:$((line + 1)):15: warning: the translation of 'first-step.option.raise-alarm' is stale" <<<"$out" ||
        fail "no stale warning for $lang at line $((line + 1)): $out"
done
# The stale unit goes back to the translator without a target, its old translation as a note.
"$primer" translate export --module "$module" --lang cy -o "$work/cy-stale.xlf" 2>/dev/null
[ "$(grep -c 'state="initial"' "$work/cy-stale.xlf")" = 1 ] || fail "the stale unit is not exported as initial"
grep -q '<note category="earlier-translation">Seinio&apos;r larwm</note>\|<note category="earlier-translation">Seinio'"'"'r larwm</note>' "$work/cy-stale.xlf" ||
    fail "the earlier translation is not a note"

# Refusals write nothing.
cp -r "$module/translations" "$work/before"
refused() {  # FILE MESSAGE
    local status=0 said
    said=$("$primer" translate import "$1" --module "$module" 2>&1) || status=$?
    [ $status -eq 1 ] || fail "$1 was not refused (exit $status): $said"
    grep -qF "$2" <<<"$said" || fail "$1: expected '$2', got: $said"
    grep -q "nothing was imported" <<<"$said" || fail "$1: $said"
    diff -r "$work/before" "$module/translations" || fail "$1 changed the translations"
}
head -c 300 "$work/ga-filled.xlf" >"$work/cut.xlf"
refused "$work/cut.xlf" "this is not well-formed XML"
sed 's/version="2.0"/version="1.2"/' "$work/ga-filled.xlf" >"$work/v12.xlf"
refused "$work/v12.xlf" "this is XLIFF version 1.2; Primer reads XLIFF 2.0"
sed 's/srcLang="en-GB"/srcLang="fr"/' "$work/ga-filled.xlf" >"$work/fr.xlf"
refused "$work/fr.xlf" "this XLIFF translates from 'fr', but module 'fire-safety' is written in 'en-GB'"
sed 's/unit id="lifts.title"/unit id="stairs.title"/' "$work/ga-filled.xlf" >"$work/unknown.xlf"
refused "$work/unknown.xlf" "module 'fire-safety' has no text stairs.title (line"
sed 's/trgLang="ga"/trgLang="de"/; s/unit id="lifts.title"/unit id="stairs.title"/' "$work/ga-filled.xlf" >"$work/de.xlf"
refused "$work/de.xlf" "has no text stairs.title"
[ ! -e "$module/translations/de.toml" ] || fail "a refused import made a file"
# The course's own texts (course.toml: title, content notice, support contacts) the same way,
# with --course: export, fill, import into the course folder's translations, validate clean;
# an edited course title is then stale at its file:line:col; --module with --course is refused.
cp -r tests/fixtures/courses/valid "$work/course"
course=$work/course
"$primer" translate export --course "$course" --lang cy -o "$work/course.xlf" 2>/dev/null || fail "export --course"
python3 "$here/xliff_check.py" "$work/course.xlf" en-GB cy 6 || fail "course.xlf structure"
for id in course.title course.content-notice.title course.content-notice.body course.support.1.name \
    course.support.1.for course.support.2.name; do
    grep -q "<unit id=\"$id\"" "$work/course.xlf" || fail "course.xlf has no unit $id"
done
python3 "$here/fill_xliff.py" "$work/course.xlf" "$work/course-filled.xlf" cy
out=$("$primer" translate import "$work/course-filled.xlf" --course "$course" 2>&1) || fail "import --course: $out"
grep -q "imported 6 translations into $course/translations/cy.toml; 0 texts are still untranslated" <<<"$out" ||
    fail "import --course said: $out"
grep -q "^# The course 'fixture-course' translated into cy" "$course/translations/cy.toml" || fail "course file header"
out=$("$primer" validate "$course") || fail "validate the translated course: $out"
grep -q "0 errors, 0 warnings" <<<"$out" || fail "validate the translated course: $out"
sed -i 's/^title = "A fixture course"$/title = "A fixture course, revised"/' "$course/course.toml"
out=$("$primer" validate "$course") || fail "validate after a title edit: $out"
line=$(grep -n '^id = "course.title"$' "$course/translations/cy.toml" | cut -d: -f1)
grep -q "^$course/translations/cy.toml:$((line + 1)):15: warning: the translation of 'course.title' is stale" <<<"$out" ||
    fail "no stale warning for the course title at line $((line + 1)): $out"
sed 's/unit id="course.title"/unit id="course.subtitle"/' "$work/course-filled.xlf" >"$work/course-unknown.xlf"
out=$("$primer" translate import "$work/course-unknown.xlf" --course "$course" 2>&1) && fail "an unknown course unit was imported"
grep -q "course 'fixture-course' has no text course.subtitle (line" <<<"$out" || fail "unknown course unit: $out"
out=$("$primer" translate export --course "$course" --module "$module" --lang cy -o "$work/both.xlf" 2>&1) &&
    fail "--course with --module was accepted"
grep -q "not both at once" <<<"$out" || fail "--course with --module: $out"
echo "translate: all checks passed"
