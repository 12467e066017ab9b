#!/usr/bin/env bash
# Conversations leave the records an xAPI report needs: each choice an interaction naming
# its node, with the node's best choice as the correct pattern, and each ending an event
# with the path, score, success and run.
set -euo pipefail
primer=$1 data=$2
rm -rf "$data"
fail() { echo "FAIL: $*" >&2; exit 1; }
course=tests/fixtures/courses/conversation

"$primer" autoplay --course "$course" --strategy correct --data-dir "$data/right" --learner c-1 >/dev/null
"$primer" autoplay --course "$course" --strategy wrong --data-dir "$data/wrong" --learner c-2 >/dev/null
q() { sqlite3 -batch -noheader "$data/$1/primer.sqlite3" "$2"; }

choices="select screen || ' ' || part || ' ' || response_json || ' ' || correct_responses_json || ' ' || verdict ||
         ' ' || success || ' ' || attempt || ' ' || interaction_type from interactions where kind = 'conversation' order by id"
expected='talking/first-words start ["make-time"] [["make-time"]] correct 1 1 choice
talking/maya start ["no-promise"] [["no-promise"]] correct 1 1 choice
talking/maya worried ["reassure"] [["reassure"]] correct 1 1 choice
talking/maya shares ["listen"] [["listen"]] correct 1 1 choice'
[ "$(q right "$choices")" = "$expected" ] || fail "best choices recorded as: $(q right "$choices")"

endings="select subject || ' ' || detail_json from events where kind = 'conversation-ended' order by id"
expected='talking/first-words {"ending":"heard","path":["make-time"],"run":1,"score":0.0,"success":true}
talking/maya {"ending":"door-open","path":["no-promise","reassure","listen"],"run":1,"score":1.0,"success":true}'
[ "$(q right "$endings")" = "$expected" ] || fail "endings recorded as: $(q right "$endings")"

expected='talking/first-words {"ending":"missed","path":["later"],"run":1,"score":0.0,"success":false}
talking/maya {"ending":"shut-down","path":["promise","questions"],"run":1,"score":0.0,"success":false}'
[ "$(q wrong "$endings")" = "$expected" ] || fail "wrong endings recorded as: $(q wrong "$endings")"
[ "$(q wrong "select count(*) from interactions where kind = 'conversation' and success = 1")" = 0 ] ||
    fail "a choice that is not best was recorded as a success"
[ "$(q wrong "select completed_at_ms > 0 from progress")" = 1 ] || fail "an ending should finish the screen"
echo "conversation records: ok"
