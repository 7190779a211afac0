#!/bin/sh
# make-seeds.sh — seed inputs for fuzz/fuzz_code.c, written to a folder
# outside the repository (they come from ../shared and bench/out, which are
# not committed here).
#
#   sh fuzz/make-seeds.sh DIR [SHARED]      (SHARED defaults to ../shared)
#
# Each seed is one kind byte (see fuzz_code.c) and the input:
#   dev-N.txt    \000 + the <Text> of record N of PETR.UnitTest.dev.xml
#   dev-N.parse  \001 + its <Parse> + NUL + its <Text>
#   dev-N.jsonl  \002 + a JSON Lines record with its id, date and text
#   dev-N.xml    \003 + the <Sentence> record as an XML file
#   dev-all.xml  \003 + the whole dev suite (with <Environment> and comments)
#   ex-*.txt     \000 + each example article
#   bench-N      \002 + 10 lines of bench/out/corpus.jsonl (if it exists)
set -eu
dir=${1:?usage: make-seeds.sh DIR [SHARED]}
shared=${2:-../shared}
dev=$shared/petrarch/validate/PETR.UnitTest.dev.xml
mkdir -p "$dir"

awk -v dir="$dir" '
function out(name, body) {
    printf "%s", body > (dir "/" name)
    close(dir "/" name)
}
function jstr(s) {
    gsub(/\\/, "\\\\", s); gsub(/"/, "\\\"", s); gsub(/\t/, "\\t", s); gsub(/\n/, "\\n", s)
    return "\"" s "\""
}
/<Sentence / { inrec = 1; rec = ""; text = ""; parse = ""; n++
               id = $0; sub(/.*id="/, "", id); sub(/".*/, "", id)
               date = $0; sub(/.*date="/, "", date); sub(/".*/, "", date) }
inrec { rec = rec $0 "\n" }
inrec && /<Text>/ { intext = 1; next }
inrec && /<\/Text>/ { intext = 0; next }
inrec && /<Parse>/ { inparse = 1; next }
inrec && /<\/Parse>/ { inparse = 0; next }
intext { text = text $0 "\n" }
inparse { parse = parse $0 "\n" }
/<\/Sentence>/ && inrec {
    inrec = 0
    out("dev-" n ".txt", text)
    out("dev-" n ".parse", parse)
    out("dev-" n ".xml", "<Sentences>\n" rec "</Sentences>\n")
    out("dev-" n ".jsonl", "{\"id\":" jstr(id) ",\"date\":" jstr(date) ",\"text\":" jstr(text) "}\n")
}' "$dev"

# awk cannot write a NUL portably: the kind bytes, and the NUL between a
# parse and its text, are put in here.
# (the parses first: they take the texts before those get their kind byte)
for f in "$dir"/dev-*.parse "$dir"/dev-*.txt "$dir"/dev-*.jsonl "$dir"/dev-*.xml; do
    case $f in
    *.txt) k='\000' ;;
    *.parse) k='\001' ;;
    *.jsonl) k='\002' ;;
    *.xml) k='\003' ;;
    esac
    if [ "${f%.parse}" != "$f" ]; then
        n=${f##*/dev-}; n=${n%.parse}
        { printf "$k"; cat "$f"; printf '\000'; cat "$dir/dev-$n.txt"; } > "$f.tmp"
    else
        { printf "$k"; cat "$f"; } > "$f.tmp"
    fi
    mv "$f.tmp" "$f"
done

{ printf '\003'; cat "$dev"; } > "$dir/dev-all.xml"
for f in "$shared"/examples/*.txt examples/*.txt; do
    [ -f "$f" ] || continue
    { printf '\000'; cat "$f"; } > "$dir/ex-${f##*/}"
done
if [ -f bench/out/corpus.jsonl ]; then
    head -n 2000 bench/out/corpus.jsonl | split -l 10 - "$dir/bench-tmp-"
    for f in "$dir"/bench-tmp-*; do
        { printf '\002'; cat "$f"; } > "$dir/bench-${f##*-}"
        rm -f "$f"
    done
fi
echo "make-seeds: $(ls "$dir" | wc -l) seeds in $dir"
