#!/bin/sh
# score.sh — precision and recall of dyad's default dictionaries on the gold set.
#
#   sh tests/data/gold/score.sh [DYAD_BINARY] [extra dyad code options...]
#
# Codes tests/data/gold/news-gold.jsonl (raw text, so this measures the whole
# pipeline: tagger, chunker, actors, verbs) and compares the events with the
# hand-coded ones, sentence by sentence (every gold record is one sentence):
#   exact   source, target and full CAMEO code agree
#   root    source, target and the 2-digit root agree
#   dyad    source and target agree, whatever the code
# and counts the no-event records on which dyad still coded something.
# Needs jq. Prints the figures; with DYAD_GOLD_DIFF=1 also every miss and
# every extra event.
#
# DYAD_GOLD_FILE=FILE scores another gold file of the same format; when its
# events carry a "sentence" (news-stories.jsonl, heldout-stories.jsonl) the
# sentence number is part of every key, and the sentences dyad coded that
# have no gold event are counted:
#   DYAD_GOLD_FILE=tests/data/gold/heldout-stories.jsonl sh tests/data/gold/score.sh build/dyad
set -eu
here=$(dirname "$0")
gold="${DYAD_GOLD_FILE:-$here/news-gold.jsonl}"
dyad=${1:-build/dyad}
[ $# -gt 0 ] && shift
out=$(mktemp)
trap 'rm -f "$out"' EXIT
"$dyad" code --no-cache "$@" "$gold" > "$out" || true

jq -n -r --slurpfile gold "$gold" --slurpfile sys "$out" --arg diff "${DYAD_GOLD_DIFF:-0}" '
  def keys_of(f): [ .[] | f ] | unique;
  ([$gold[] | .events[] | has("sentence")] | any) as $bysent
  | ($gold | map(.id as $id | .events[] | {id: (if $bysent then "\($id) \(.sentence)" else $id end), s: .source, t: .target, c: .code})) as $g
  | ($sys | map({id: (if $bysent then "\(.story) \(.sentence)" else .story end), s: .source, t: .target, c: .code})) as $y
  | def score(f):
      (($g | keys_of(f)) as $gk | ($y | keys_of(f)) as $yk
       | ([$gk[] | select(. as $k | $yk | index([$k]))] | length) as $tp
       | {tp: $tp, sys: ($yk | length), gold: ($gk | length)});
    def pct(a; b): if b == 0 then "n/a" else ((a * 1000 / b | round) / 10 | tostring) + "%" end;
    def line(name; r): "\(name)\tprecision \(pct(r.tp; r.sys)) (\(r.tp)/\(r.sys))\trecall \(pct(r.tp; r.gold)) (\(r.tp)/\(r.gold))";
    (score([.id, .s, .t, .c])) as $exact
  | (score([.id, .s, .t, .c[0:2]])) as $root
  | (score([.id, .s, .t])) as $dyad
  | ($gold | map(select(.events | length == 0) | .id)) as $none
  | ([$y[] | .id] | unique) as $coded
  | ([$none[] | select(. as $i | $coded | index($i))]) as $alarms
  | [ "gold: \($gold | length) \(if $bysent then "stories" else "sentences" end), \($g | length) events, \($none | length) \(if $bysent then "stories" else "sentences" end) with none",
      "dyad: \($y | length) events",
      line("exact"; $exact), line("root "; $root), line("dyad "; $dyad),
      (if $bysent then
         ([$g[] | .id] | unique) as $gs
         | ([$coded[] | select(. as $i | $gs | index($i) | not)]) as $extra
         | "sentences coded with no gold event: \($extra | length)\(if ($extra|length) > 0 then " (" + ($extra | join(", ")) + ")" else "" end)"
       else
         "false alarms: \($alarms | length) of \($none | length) no-event sentences coded\(if ($alarms|length) > 0 then " (" + ($alarms | join(" ")) + ")" else "" end)"
       end) ]
    + (if $diff == "1" then
         ([$g[] | select(. as $e | $y | index([$e]) | not) | "miss  \(.id) \(.s) \(.t) \(.c)"]
          + [$y[] | select(. as $e | $g | index([$e]) | not) | "extra \(.id) \(.s) \(.t) \(.c)"])
       else [] end)
  | .[]'
