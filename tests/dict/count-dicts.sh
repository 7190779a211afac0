#!/bin/sh
# count-dicts.sh — count the records of TABARI/PETRARCH dictionary files with
# awk, independently of dyad's loaders. The expected counts in
# tests/dict/test_dict_shared.c were checked against this script:
#
#   sh tests/dict/count-dicts.sh ../shared/petrarch/phoenix/*.txt \
#                                ../shared/petrarch/validate/PETR.Validate.*.txt
#
# It follows the formats only as far as counting needs (comments, synset
# member lines vs. multi-word verb lines, !SET! sizes, {..} lists, n:/v:/+
# expansions); it does not reproduce dyad's warnings, so lines dyad skips
# (see docs/dict.md) are subtracted by hand in the test.
strip='{ sub(/#.*/, ""); sub(/^[ \t\r]+/, ""); sub(/[ \t\r]+$/, "") }'
for f in "$@"; do
case "$f" in
*verbs*|*CAMEO*)
  awk '{ sub(/[#;].*/, ""); sub(/^[ \t\r]+/, ""); sub(/[ \t\r]+$/, "") }
    /^<!/ {next} $0=="" {next}
    /^---/ {blocks++; syn=0; next}
    /^&/ {syns++; syn=1; next}
    /^\+/ && syn {next}
    /^-/ {syn=0; pats++; next}
    /^~/ {syn=0; tr++; next}
    { syn=0; verbs++
      root=$0; sub(/[ \t]*[\[{].*/, "", root); gsub(/\+/, "", root)
      if (match($0, /\{[^}]*\}/)) {
        inner=substr($0, RSTART+1, RLENGTH-2); k=split(inner, y, /[ \t,]+/); c=1
        split("", seen)
        for (i=1; i<=k; i++) { w=y[i]; gsub(/\+/, "", w)
          if (w != "" && w != root && !(w in seen)) { c++; seen[w]=1 } }
        forms+=c
      } else forms+=4 }
    END {printf "%s: blocks=%d verbs=%d forms=%d pattern-lines=%d synsets=%d transformations=%d\n",
         FILENAME, blocks, verbs, forms, pats, syns, tr}' "$f";;
*actors*)
  awk "$strip"'
    { sub(/;.*/, "") }
    /^<!/ {next} $0=="" {next}
    { t=$0; codes+=gsub(/\[/, "[", t) }
    /^\+/ {names++; next}
    /^\[/ {next}
    {entries++; names++}
    END {printf "%s: entries=%d names=%d code-brackets=%d\n", FILENAME, entries, names, codes}' "$f";;
*agents*)
  awk "$strip"'
    $0=="" {next}
    /^!.*=/ { split($0, a, "="); name=a[1]; gsub(/[ \t]/, "", name); m[name]=split(a[2], x, ","); next }
    !/\[/ {next}
    { lines++
      if (match($0, /![A-Z]+!/)) { phr += m[substr($0, RSTART, RLENGTH)]; next }
      if (match($0, /\{[^}]*\}/)) { inner=substr($0, RSTART+1, RLENGTH-2); phr += 1 + split(inner, y, " "); next }
      p=$0; sub(/[ \t]*\[.*/, "", p)
      phr += (p ~ /_$/) ? 1 : 2 }
    END {printf "%s: agent-lines=%d agent-phrases=%d\n", FILENAME, lines, phr}' "$f";;
*discards*)
  awk "$strip"' $0!="" {n++; if (/^\+/) s++} END {printf "%s: discards=%d story=%d\n", FILENAME, n, s}' "$f";;
*Issue*|*issue*)
  awk "$strip"'
    $0=="" {next}
    /^<ISSUE / {cats++; next}
    /^</ {next}
    { line=$0; sub(/^~/, "", line)
      ph=line; sub(/\[.*/, "", ph); gsub(/_/, " ", ph)
      k=split(ph, tok, /[ \t]+/); v=1
      for (i=1; i<=k; i++) { if (tok[i]=="") continue
        np=split(tok[i], part, "+"); tv=1
        for (j=1; j<=np; j++) { if (part[j] ~ /^n:/) tv*=2; else if (part[j] ~ /^v:/) tv*=4 }
        if (np>1) tv*=2
        v*=tv }
      entries++; variants += v
      if (line ~ /\][^[]*[a-z][^[]*\[/) { entries++; variants++ } }
    END {printf "%s: categories=%d issue-lines=%d variants=%d\n", FILENAME, cats, entries, variants}' "$f";;
esac
done
