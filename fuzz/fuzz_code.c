/*
 * fuzz_code.c — libFuzzer target for the coder: every way a sentence gets
 * to it, with real dictionaries loaded once.
 *
 * The first input byte says what the rest is and how to code it:
 *   bits 0-1  0 raw story text, through the public dyad_code_story();
 *             1 a Penn Treebank parse, through the public dyad_code_parse():
 *               the parse is the bytes up to the first NUL, the sentence
 *               text the bytes after it (no NUL: no text);
 *             2 a JSON Lines file, 3 a PETRARCH XML file: every record is
 *               read by the readers (src/text) and coded as `dyad code`
 *               codes it, <Config> records changing the options.
 *   bit 2     require_dyad off          bit 3  new_actor_length 4
 *   bit 4     XML: code each record's <Parse> (--parse)
 *   bit 5     comma clauses: every size cut (1..99) instead of the dictionaries'
 * Every event is then written as JSON Lines and as TSV with PLOVER fields,
 * and checked: no NULL string, spans inside the story text or -1.
 *
 * The dictionaries come from $DYAD_FUZZ_DICTS:
 *   default   (or unset) the embedded defaults, data/dict (TABARI dialect);
 *   validate  ../shared/petrarch/validate/PETR.Validate.{verbs,actors,agents,
 *             discards}.txt, the dictionaries of the PETRARCH unit tests;
 *   phoenix   ../shared/petrarch/phoenix (PETRARCH-2 dialect).
 * ../shared is $DYAD_SHARED when set. No cache is read or written.
 *
 * Build (clang with libFuzzer; `make` first, for the generated build/gen/ sources):
 *   clang -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all \
 *     -std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -Iinclude -Isrc -Ibuild/gen \
 *     $(pkg-config --cflags libxml-2.0 jansson) fuzz/fuzz_code.c \
 *     src/base/[a-z]*.c src/text/[a-z]*.c src/lang/[a-z]*.c src/dict/[a-z]*.c \
 *     src/code/[a-z]*.c src/out/[a-z]*.c build/gen/embedded.c build/gen/lexicon.c \
 *     $(pkg-config --libs libxml-2.0 jansson) -lpthread -lm -o build/fuzz_code
 * Seeds (the dev suite's sentences as text, parse, JSON Lines and XML; the
 * example articles; bench corpus lines), written to a temporary folder:
 *   sh fuzz/make-seeds.sh /tmp/seeds-code
 * Run from the repository root (for ../shared), each mode on both cores
 * (-fork=2 goes on after a finding and keeps every artifact; -jobs=2
 * -workers=2 stops at the first); -max_len=4096 keeps the executions fast,
 * the dev-suite seed being 160 KB:
 *   mkdir -p /tmp/corpus-code /tmp/fuzz-art
 *   DYAD_FUZZ_DICTS=default build/fuzz_code -fork=2 -ignore_crashes=1 \
 *     -ignore_timeouts=1 -ignore_ooms=1 -max_len=4096 -timeout=10 \
 *     -report_slow_units=2 -max_total_time=600 -artifact_prefix=/tmp/fuzz-art/ \
 *     /tmp/corpus-code /tmp/seeds-code
 *   DYAD_FUZZ_DICTS=validate build/fuzz_code ...   (the same; then phoenix)
 *   ... -max_len=100000 -len_control=0 ...        (long inputs, a few minutes)
 * The slowest inputs of a corpus: DYAD_FUZZ_SLOW_MS=N reports each input
 * that took N ms or more; build the target for this with -O2 and
 * -fsanitize=fuzzer alone, so that the times are near the release build's:
 *   DYAD_FUZZ_SLOW_MS=5 build/fuzz_code_fast -runs=0 -max_len=100000 /tmp/corpus-code
 * What was run, for how long and what it found: docs/coder.md, "Robustness".
 * A crash, leak, sanitizer report, timeout or trap (a broken event) is a
 * bug: the coder must report and skip whatever it cannot code.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "dyad.h"
#include "base/arena.h"
#include "base/buf.h"
#include "base/diag.h"
#include "base/mem.h"
#include "code/coder.h"
#include "dict/dict.h"
#include "out/writer.h"
#include "text/reader.h"
#include "text/split.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static dyad_dicts *dicts;
static dyad_coder *coder;
static dyad_options base_opt;   /* the dictionaries' options */
static dy_buf out;

static void quiet(void *ctx, int sev, const char *where, const char *msg)
{
}

static void quiet_diag(void *ctx, dy_severity sev, const char *where, const char *msg)
{
}

/* Load the dictionaries $DYAD_FUZZ_DICTS names, once. */
int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    const char *which = getenv("DYAD_FUZZ_DICTS");
    const char *shared = getenv("DYAD_SHARED");
    static char paths[5][1024];
    static const char *actors[2];
    if (!shared)
        shared = "../shared";
    dy_dict_sources src;
    memset(&src, 0, sizeof src);
    if (which && strcmp(which, "validate") == 0) {
        static const char *const kind[] = {"verbs", "actors", "agents", "discards"};
        for (int i = 0; i < 4; i++)
            snprintf(paths[i], sizeof paths[i], "%s/petrarch/validate/PETR.Validate.%s.txt",
                     shared, kind[i]);
        src.verbs = paths[0];
        actors[0] = paths[1];
        src.actors = actors;
        src.nactors = 1;
        src.agents = paths[2];
        src.discards = paths[3];
    } else if (which && strcmp(which, "phoenix") == 0) {
        snprintf(paths[4], sizeof paths[4], "%s/petrarch/phoenix", shared);
        src.dir = paths[4];
    } else if (which && *which && strcmp(which, "default") != 0) {
        fprintf(stderr, "fuzz_code: DYAD_FUZZ_DICTS is default, validate or phoenix\n");
        exit(2);
    }
    dy_dict_load_opts lo = {NULL, 1, 0};
    dy_diag d;
    dy_diag_init(&d, quiet_diag, NULL);
    dy_dict *dict = dy_dict_load(&src, &lo, &d);
    if (!dict) {
        fprintf(stderr, "fuzz_code: the dictionaries could not be loaded\n");
        exit(2);
    }
    dy_coder_options_from_dict(dict, &base_opt);
    dicts = dy_dicts_wrap(dict);
    coder = dyad_coder_new(dicts, &base_opt, quiet, NULL);
    fprintf(stderr, "fuzz_code: dictionaries: %s\n", which && *which ? which : "default");
    return 0;
}

/* A span lies in the story text, or is unknown (-1, -1). */
static void check_span(dyad_span sp, size_t len)
{
    if (sp.start == -1 && sp.end == -1)
        return;
    if (sp.start < 0 || sp.end < sp.start || (size_t)sp.end > len)
        __builtin_trap();
}

/* Write and check every event the coder has; len is the story text's length. */
static void check_events(size_t len)
{
    size_t n = dyad_event_count(coder);
    for (size_t i = 0; i < n; i++) {
        const dyad_event *e = dyad_event_at(coder, i);
        if (!e || !e->story || !e->source || !e->target || !e->code || !e->root ||
            !e->source_text || !e->target_text || !e->verb_text || !e->pattern_file ||
            !e->issues)
            __builtin_trap();
        check_span(e->source_span, len);
        check_span(e->target_span, len);
        check_span(e->verb_span, len);
        dy_writer_opts wo = {DY_OUT_JSONL, 1};
        dy_write_event(&wo, e, &out);
        wo.format = DY_OUT_TSV;
        dy_write_event(&wo, e, &out);
    }
    if (dyad_event_at(coder, n))
        __builtin_trap();
    dy_buf_clear(&out);
}

/* Code every record of a JSON Lines or XML file, as `dyad code` does. */
static void code_records(const char *name, const char *text, size_t len, dyad_options *o)
{
    dy_diag d;
    dy_diag_init(&d, quiet_diag, NULL);
    dy_reader_opts ro = DY_READER_OPTS_INIT;
    ro.max_record = 1 << 20;
    dy_reader *r = dy_reader_open_mem(name, text, len, &ro, &d);
    if (!r)
        return;
    dy_arena a;
    dy_arena_init(&a, 0);
    dy_sentences sv = DY_SENTENCES_INIT;
    dy_story s;
    while (dy_reader_next(r, &s, &a)) {
        if (s.kind == DY_RECORD_CONFIG) {
            dyad_options_set(o, s.option, s.value);
            dyad_coder_set_options(coder, o);
        } else if (s.kind == DY_RECORD_STORY) {
            dy_coder_begin_story(coder, s.id, s.date, s.text, s.text_len);
            if (o->use_parse) {
                if (s.parse)
                    dy_coder_code_parse_text(coder, 1, s.parse, s.text, s.text_len, NULL);
            } else {
                dy_split(s.text, s.text_len, &sv);
                for (size_t i = 0; i < sv.n; i++) {
                    if (sv.v[i].flags & DY_SENT_NOT_CODED)
                        continue;
                    if (dy_coder_code_text(coder, (int)i + 1, s.text + sv.v[i].start,
                                           sv.v[i].end - sv.v[i].start,
                                           NULL) == DY_SENT_STORY_DISCARDED)
                        break;
                }
            }
            check_events(s.text_len);
        }
        dy_arena_reset(&a);
    }
    dy_reader_close(r);
    dy_sentences_free(&sv);
    dy_arena_free(&a);
}

/* Seconds on a monotonic clock. */
static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void code_input(const uint8_t *data, size_t size);

/* Code data; with $DYAD_FUZZ_SLOW_MS, report every input that took longer. */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static double slow = -1;
    if (slow < 0) {
        const char *v = getenv("DYAD_FUZZ_SLOW_MS");
        slow = v ? atof(v) / 1000 : 0;
    }
    double t0 = slow > 0 ? now() : 0;
    code_input(data, size);
    if (slow > 0) {
        double dt = now() - t0;
        if (dt >= slow)
            fprintf(stderr, "fuzz_code: slow input: %.1f ms, %zu bytes, kind %d\n", dt * 1000, size,
                    size ? data[0] : -1);
    }
    return 0;
}

/* Code data as its first byte says. */
static void code_input(const uint8_t *data, size_t size)
{
    if (size == 0)
        return;
    unsigned how = data[0];
    const char *rest = (const char *)data + 1;
    size_t len = size - 1;
    dyad_options o = base_opt;
    if (how & 4)
        o.require_dyad = 0;
    if (how & 8)
        o.new_actor_length = 4;
    if (how & 16)
        o.use_parse = 1;
    if (how & 32) {
        o.comma_min = o.comma_bmin = o.comma_emin = 1;
        o.comma_max = o.comma_bmax = o.comma_emax = 99;
    }
    dyad_coder_set_options(coder, &o);
    /* a private copy, so that reading past the end is caught */
    char *buf = dy_xmalloc(len + 1);
    memcpy(buf, rest, len);
    buf[len] = '\0';
    switch (how & 3) {
    case 0: {
        dyad_story s = {"fuzz", "2019-06-19", buf, len};
        dyad_code_story(coder, &s);
        check_events(len);
        break;
    }
    case 1: {
        size_t plen = strlen(buf);
        const char *text = plen < len ? buf + plen + 1 : NULL;
        size_t tlen = text ? len - plen - 1 : 0;
        dyad_code_parse(coder, "fuzz", "20190619", 1, buf, text, tlen);
        check_events(tlen);
        break;
    }
    case 2: code_records("fuzz.jsonl", buf, len, &o); break;
    default: code_records("fuzz.xml", buf, len, &o); break;
    }
    dy_free(buf);
}
