#!/bin/sh
# bench/run.sh BUILD — build and run dyad's benchmarks (`make bench` calls
# it with the build directory). Plain sh. Each benchmark has one section
# below, marked "# ==== name ====": add new ones the same way. Everything
# generated goes to bench/out/ (not in git). See bench/README.md.
set -e
BUILD=${1:-build}
CC=${CC:-cc}
OUT=bench/out
BIN=$BUILD/bench
mkdir -p "$OUT" "$BIN"
CFLAGS="-std=c11 -O2 -g -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -Wall -Wextra -Werror -Isrc -Iinclude $(pkg-config --cflags libxml-2.0 jansson)"
LIBS="$BUILD/libdyad.a $(pkg-config --libs libxml-2.0 jansson) -lpthread -lm"

# build NAME: compile bench/NAME.c against the library into $BIN/NAME
build() {
    $CC $CFLAGS "bench/$1.c" $LIBS -o "$BIN/$1"
}

# seconds since the epoch with fractions, for end-to-end timings
now() {
    date +%s.%N
}

echo "dyad benchmarks ($(uname -m), $(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2 | sed 's/^ //'))"

# ==== corpus: bench/out/corpus.jsonl and bench/out/text/part-*.txt, shared by all benchmarks ====
# Deterministic: the same SEED and SENTENCES give the same bytes. It is made
# again only when the generator, the seed or the size changes.
build gen_corpus
SEED=${SEED:-42}
SENTENCES=${SENTENCES:-1000000}
want="seed=$SEED sentences=$SENTENCES generator=$(cksum < bench/gen_corpus.c | cut -d' ' -f1)"
if [ ! -f "$OUT/corpus.jsonl" ] || [ "$(cat "$OUT/corpus.stamp" 2>/dev/null)" != "$want" ]; then
    rm -rf "$OUT/text"
    "$BIN/gen_corpus" --seed "$SEED" --sentences "$SENTENCES" \
        --jsonl "$OUT/corpus.jsonl" --text-dir "$OUT/text"
    echo "$want" > "$OUT/corpus.stamp"
fi
echo "corpus: $OUT/corpus.jsonl ($(wc -c < "$OUT/corpus.jsonl") bytes), $OUT/text/ ($(ls "$OUT/text" | wc -l) files)"

# ==== text: sentence splitting and tokenizing on one core (target: >= 200 MB/s) ====
echo
echo "== text: split + tokenize (bench/bench_text.c, best of 3, one core) =="
build bench_text
"$BIN/bench_text" "$OUT/corpus.jsonl" 3
# end to end through the command: JSON parsing, splitting, tokenizing, TSV output
t0=$(now)
"$BUILD/dyad" tokens "$OUT/corpus.jsonl" > /dev/null
t1=$(now)
awk -v b="$(wc -c < "$OUT/corpus.jsonl")" -v s="$t0" -v e="$t1" \
    'BEGIN { printf "dyad tokens corpus.jsonl > /dev/null: %.2f s, %.1f MB/s of input\n", e - s, b / 1e6 / (e - s) }'

# ==== lang: tagging and phrase analysis of raw-text tokens (target: >= 300,000 sentences/s) ====
# Owner: lang. Sentences of the corpus (split and tokenized beforehand, not
# timed) tagged, then tagged and analysed into phrase trees, on one core;
# then the dev suite's news-length sentences, and the accuracy against the
# suite's Treebank parses (add -v after the dev file for every tree).
echo
echo "== lang: tag + phrase analysis (bench/bench_lang.c, best of 3, one core) =="
build bench_lang
"$BIN/bench_lang" "$OUT/corpus.jsonl" 3 ../shared/petrarch/validate/PETR.UnitTest.dev.xml

# ==== dict: loading the full Phoenix dictionaries (targets: cached load <= 50 ms, peak RSS <= 64 MB) ====
# Owner: dict. Each load runs in a fresh child process (peak RSS is that
# load's alone); "cold" parses every file without a cache, "first" parses
# and writes the cache, "cached" maps it. PETRARCH2 takes about 2.1 s and
# 200 MB for the same files.
echo
echo "== dict: load ../shared/petrarch/phoenix (bench/bench_dict.c, 7 runs each) =="
build bench_dict
mkdir -p "$OUT/dict-cache"
"$BIN/bench_dict" ../shared/petrarch/phoenix "$OUT/dict-cache" 7
t0=$(now)
"$BUILD/dyad" dict check --cache "$OUT/dict-cache" ../shared/petrarch/phoenix > /dev/null 2>&1
t1=$(now)
awk -v s="$t0" -v e="$t1" \
    'BEGIN { printf "dyad dict check ../shared/petrarch/phoenix (cached, whole process): %.1f ms\n", (e - s) * 1e3 }'

# ==== coder: coding sentences from given parses (target: the whole pipeline >= 100,000 sentences/s) ====
# Owner: coder. The dev suite's 142 parses coded over and over on one core,
# reading the parse included; with the validation dictionaries (TABARI
# dialect) and with the full Phoenix set (PETRARCH-2 dialect). Raw text
# adds tokenizing, tagging and phrase analysis on top of this.
echo
echo "== coder: from parses (bench/bench_coder.c, best of 3, one core) =="
build bench_coder
"$BIN/bench_coder" ../shared/petrarch/validate/PETR.UnitTest.dev.xml - 3
"$BIN/bench_coder" ../shared/petrarch/validate/PETR.UnitTest.dev.xml ../shared/petrarch/phoenix 3

# ==== code: the whole `dyad code` pipeline on the 1M-sentence corpus (issue 6) ====
# Owner: perf. Raw text (split, tokenize, tag, analyse, code), JSON Lines in,
# JSON Lines out to a file; (a) dyad's built-in dictionaries, (b) the full
# Phoenix set. Per case: dictionary load cold/cached, then each thread
# count RUNS times (best reported) with sentences/s, MB/s, events/s, CPU,
# peak RSS, and the CPU other processes used meanwhile ("others": if it is
# not near 0 the figure was disturbed). The output of every run must be the
# same bytes. Targets: >= 100,000 sentences/s on one thread with Phoenix,
# >= 1.8x that on two, peak RSS <= 64 MB on one thread. See docs/perf.md.
echo
echo "== code: dyad code on the corpus (bench/bench_code.c, best of ${RUNS:-3}) =="
build bench_code
THREADS="1 2"
NCPU=$(getconf _NPROCESSORS_ONLN 2>/dev/null || echo 2)
if [ "$NCPU" -gt 2 ]; then THREADS="$THREADS $NCPU"; fi
"$BIN/bench_code" "$BUILD/dyad" "$OUT/corpus.jsonl" "$OUT" default - "${RUNS:-3}" $THREADS
"$BIN/bench_code" --targets "$BUILD/dyad" "$OUT/corpus.jsonl" "$OUT" phoenix \
    ../shared/petrarch/phoenix "${RUNS:-3}" $THREADS
