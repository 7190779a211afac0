/*
 * bench_coder.c — throughput of the coder on one core, from given parses.
 *
 *   bench_coder VALIDATION.xml DICT_DIR_OR_- [ROUNDS]
 *
 * Reads every <Sentence> with a <Parse> of a PETRARCH validation file into
 * memory, loads the dictionaries (the file's own <Environment> with "-",
 * else the folder given, e.g. ../shared/petrarch/phoenix), then codes all
 * sentences ROUNDS times (reading the parse included) and reports the best
 * round in sentences per second. The raw-text pipeline adds tokenizing,
 * tagging and phrase analysis to this.
 */
#include "lang/tree.h"
#include "code/coder.h"
#include "text/reader.h"
#include "base/mem.h"
#include "benchutil.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: bench_coder VALIDATION.xml DICT_DIR|- [ROUNDS]\n");
        return 2;
    }
    int rounds = bench_count_arg(argc, argv, 3, 5);
    dy_diag diag;
    dy_diag_init(&diag, NULL, NULL);
    dy_reader_opts ro = DY_READER_OPTS_INIT;
    ro.format = DY_FORMAT_XML;
    dy_reader *r = dy_reader_open(argv[1], &ro, &diag);
    if (!r)
        return 1;
    dy_arena keep, a;
    dy_arena_init(&keep, 1 << 20);
    dy_arena_init(&a, 1 << 16);
    const char **parse = NULL, **text = NULL;
    int *date = NULL;
    size_t n = 0, cap = 0, capt = 0, capd = 0;
    dy_dict_sources src;
    memset(&src, 0, sizeof src);
    const char *actors[8];
    size_t nactors = 0;
    dy_story s;
    while (dy_reader_next(r, &s, &a)) {
        if (s.kind == DY_RECORD_ENVIRONMENT && !strcmp(argv[2], "-")) {
            for (size_t i = 0; i < s.nenv; i++) {
                char *p = dy_story_resolve(&s, s.env[i].value, &keep);
                if (!strcmp(s.env[i].name, "Verbfile"))
                    src.verbs = p;
                else if (!strcmp(s.env[i].name, "Actorfile") && nactors < 7)
                    actors[nactors++] = p;
                else if (!strcmp(s.env[i].name, "Agentfile"))
                    src.agents = p;
                else if (!strcmp(s.env[i].name, "Discardfile"))
                    src.discards = p;
            }
        } else if (s.kind == DY_RECORD_STORY && s.parse) {
            DY_GROW(parse, cap, n + 1);
            DY_GROW(text, capt, n + 1);
            DY_GROW(date, capd, n + 1);
            parse[n] = dy_arena_strdup(&keep, s.parse);
            text[n] = dy_arena_strdup(&keep, s.text ? s.text : "");
            date[n] = s.date;
            n++;
        }
        dy_arena_reset(&a);
    }
    dy_reader_close(r);
    if (strcmp(argv[2], "-") != 0)
        src.dir = argv[2];
    src.actors = actors;
    src.nactors = nactors;
    dy_dict *d = dy_dict_load(&src, NULL, &diag);
    if (!d || n == 0) {
        fprintf(stderr, "bench_coder: no dictionaries or no parses\n");
        return 1;
    }
    dyad_dicts *dicts = dy_dicts_wrap(d);
    dyad_coder *c = dyad_coder_new(dicts, NULL, NULL, NULL);
    double best = 1e9;
    size_t events = 0;
    for (int k = 0; k < rounds; k++) {
        double t0 = bench_now();
        size_t done = 0;
        events = 0;
        while (done < 20000) {
            for (size_t i = 0; i < n; i++, done++) {
                dy_coder_begin_story(c, "b", date[i], text[i], strlen(text[i]));
                dy_coder_code_parse_text(c, 1, parse[i], text[i], strlen(text[i]), NULL);
                events += dyad_event_count(c);
            }
        }
        double t = (bench_now() - t0) / (double)done;
        if (t < best)
            best = t;
    }
    printf("coder from parses: %zu distinct sentences, best of %d rounds: %.0f sentences/s"
           " (%.2f us each), %zu events in the last round\n",
           n, rounds, 1.0 / best, best * 1e6, events);
    dyad_coder_free(c);
    dyad_dicts_free(dicts);
    dy_arena_free(&keep);
    dy_arena_free(&a);
    free(parse);
    free(text);
    free(date);
    return 0;
}
