#!/usr/bin/env bash
# Branching conversations with real input: a short one by number key; then one path of
# the scored conversation by keyboard alone (arrows, Enter, number keys) to its ending,
# "try a different approach" with R, and another path by mouse to a different ending.
# The interactions and events tables must hold every choice and both endings.
# Usage (under xvfb-run): conversation.sh PRIMER COURSE OUT
set -euo pipefail
PRIMER=$1 COURSE=$2 OUT=$3
rm -rf "$OUT" && mkdir -p "$OUT"
source "$(dirname "$0")/lib.sh"

# The window-relative boxes ("x y w h", top to bottom) of areas drawn in the player's
# primary blue in screenshot NAME: reply number badges, the Continue and Next buttons.
blue_boxes() {
    convert "$OUT/$1.png" -fill black -fuzz 2% +opaque "#1F5F8B" -fill white -opaque "#1F5F8B" \
        -define connected-components:verbose=true -define connected-components:area-threshold=200 \
        -connected-components 8 null: |
        awk '/(255,255,255\)|gray\(255\)|white)$/ { split($2, g, /[x+]/); print g[3], g[4], g[1], g[2] }' | sort -n -k2
}
# The reply badges: blue squares of about 26 pixels.
badges() { blue_boxes "$1" | awk '$3 >= 20 && $3 <= 34 && $4 >= 20 && $4 <= 34'; }
# click_box "x y w h": a real mouse click in the middle of the box.
click_box() { read -r x y w h <<<"$1"; click $((x + w / 2)) $((y + h / 2)); }
current() { sql "select current_screen from progress"; }

start_player --learner gui-7 --name "Robin Chen"
[ "$(current)" = "talking/welcome" ] || fail "did not start at the welcome screen: $(current)"
keys Right
shot 01-short-conversation
[ "$(current)" = "talking/first-words" ] || fail "Right did not reach the first conversation"
# Number key 2 takes the second reply at once; it leads straight to an ending.
keys 2
shot 02-short-ending
[ "$(sql "select detail_json from events where kind = 'conversation-ended'")" = \
  '{"ending":"missed","path":["later"],"run":1,"score":0.0,"success":false}' ] ||
    fail "the short conversation's ending was not recorded: $(sql 'select * from events')"

# At an ending Enter moves on, like Next.
keys Return
[ "$(current)" = "talking/maya" ] || fail "Enter at the ending did not move on: $(current)"
shot 03-maya-start

# Keyboard only: Down highlights the first reply, Enter takes it; its feedback shows first.
keys Down
shot 04-first-reply-focused
keys Return
shot 05-feedback-mid-way
[ "$(sql "select count(*) from interactions where screen = 'talking/maya'")" = 1 ] || fail "first choice not recorded"
keys Return             # continue past the feedback
keys 1                  # "You're not in any trouble..."
keys Down Down Up Return  # "Thank you for telling me..." (the first reply, after moving down and back)
shot 06-node-without-replies
keys Return             # Continue: the node without replies goes on by its next rule
shot 07-ending-door-open
[ "$(sql "select part || ':' || response_json || ':' || verdict || ':' || attempt from interactions
          where screen = 'talking/maya' order by id")" = \
  'start:["no-promise"]:correct:1
worried:["reassure"]:correct:1
shares:["listen"]:correct:1' ] || fail "keyboard choices recorded as: $(sql 'select * from interactions')"
[ "$(sql "select detail_json from events where kind = 'conversation-ended' and subject = 'talking/maya'")" = \
  '{"ending":"door-open","path":["no-promise","reassure","listen"],"run":1,"score":1.0,"success":true}' ] ||
    fail "the door-open ending was not recorded: $(sql 'select * from events')"

# R: try a different approach. The conversation starts again; the ending found is kept.
keys r
shot 08-restarted

# Mouse only: the second reply (a promise of secrecy), Continue, then the third reply.
mapfile -t replies < <(badges 08-restarted)
[ ${#replies[@]} -eq 3 ] || fail "expected 3 reply badges after the restart, found ${#replies[@]}"
click_box "${replies[1]}"
shot 09-promise-feedback
# Continue: the wide blue button between the top bar and the nav bar.
mapfile -t blue < <(blue_boxes 09-promise-feedback | awk '$3 > 60 && $4 > 20 && $2 > 90 && $2 < 720')
[ ${#blue[@]} -eq 1 ] || fail "expected one Continue button, found: ${blue[*]}"
click_box "${blue[0]}"
shot 10-shares-by-mouse
mapfile -t replies < <(badges 10-shares-by-mouse)
[ ${#replies[@]} -eq 3 ] || fail "expected 3 open replies once a promise was made, found ${#replies[@]}"
click_box "${replies[2]}"  # "Remember, I promised..."
shot 11-ending-secret-kept
[ "$(sql "select part || ':' || response_json || ':' || verdict || ':' || attempt from interactions
          where screen = 'talking/maya' and attempt = 2 order by id")" = \
  'start:["promise"]:incorrect:2
shares:["keep-secret"]:incorrect:2' ] || fail "mouse choices recorded as: $(sql 'select * from interactions')"
[ "$(sql "select detail_json from events where kind = 'conversation-ended' and subject = 'talking/maya' order by id")" = \
  '{"ending":"door-open","path":["no-promise","reassure","listen"],"run":1,"score":1.0,"success":true}
{"ending":"secret-kept","path":["promise","keep-secret"],"run":2,"score":0.0,"success":false}' ] ||
    fail "the second ending was not recorded: $(sql 'select * from events')"

keys Right
[ "$(current)" = "talking/check" ] || fail "Right did not move on after the conversation"
quit_player
echo "GUI conversations: 11 screenshots in $OUT"
