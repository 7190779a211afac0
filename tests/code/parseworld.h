/*
 * parseworld.h — test helpers: a small dictionary set written by a test
 * (Arnor, Gondor, ...), and sentences coded from parses written by hand.
 *
 * The coder tests of both dialects (test_tabari.c, test_p2.c,
 * test_p2_rules.c) write their dictionaries to temporary files, load them
 * as `dyad code --verbs F --actors F ...` would, code one parse at a time
 * and compare its events, written as "SRC TGT CODE;..." in output order,
 * with the string they expect. Include after testutil.h.
 */
#ifndef DYAD_TESTS_PARSEWORLD_H
#define DYAD_TESTS_PARSEWORLD_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lang/tree.h"
#include "code/coder.h"
#include "base/buf.h"

/* A test's dictionaries on disk, loaded, and a coder over them. */
typedef struct parse_world {
    char *files[4]; /* verbs, actors, agents, discards (NULL: not given) */
    dyad_dicts *dicts;
    dyad_coder *coder;
} parse_world;

/*
 * Write the dictionaries given as text (verbs and actors required; agents
 * and discards may be NULL, which leaves them to the loader's default) to
 * temporary files, load them and make a coder with the default options.
 * 0, or -1 when the dictionaries do not load.
 */
static inline int parse_world_open(parse_world *w, const char *verbs, const char *actors,
                                   const char *agents, const char *discards)
{
    static const char *const suffix[4] = {".verbs.txt", ".actors.txt", ".agents.txt",
                                          ".discards.txt"};
    const char *text[4] = {verbs, actors, agents, discards};
    memset(w, 0, sizeof *w);
    for (int i = 0; i < 4; i++)
        if (text[i])
            w->files[i] = dyad_temp_file(suffix[i], text[i], strlen(text[i]));
    const char *actor_files[] = {w->files[1], NULL};
    dyad_dict_spec spec = {NULL, w->files[0], actor_files, w->files[2], w->files[3], NULL};
    w->dicts = dyad_dicts_load(&spec, NULL, NULL);
    if (!w->dicts)
        return -1;
    w->coder = dyad_coder_new(w->dicts, NULL, NULL, NULL);
    return 0;
}

/* Free the coder and the dictionaries, and remove the temporary files. */
static inline void parse_world_close(parse_world *w)
{
    dyad_coder_free(w->coder);
    dyad_dicts_free(w->dicts);
    for (int i = 0; i < 4; i++) {
        if (w->files[i])
            remove(w->files[i]);
        free(w->files[i]);
    }
}

/*
 * Code `parse` as sentence 1 of a story of its own dated `date`
 * (YYYYMMDD, 0: none), with the coder's current options. Its events as
 * "SRC TGT CODE;..." in output order (malloc'd); the sentence's status
 * in *status unless status is NULL.
 */
static inline char *parse_world_code(parse_world *w, const char *parse, int date,
                                     dy_sent_status *status)
{
    dy_coder_begin_story(w->coder, "t", date, "", 0);
    dy_sent_status st = dy_coder_code_parse_text(w->coder, 1, parse, "", 0, NULL);
    if (status)
        *status = st;
    dy_buf b = DY_BUF_INIT;
    for (size_t i = 0; i < dyad_event_count(w->coder); i++) {
        const dyad_event *e = dyad_event_at(w->coder, i);
        dy_buf_addf(&b, "%s%s %s %s", i ? ";" : "", e->source, e->target, e->code);
    }
    return dy_buf_detach(&b);
}

/* Assert that `got` (from parse_world_code, freed here) is `want`; the
 * parse is printed first when it is not, as the assertion shows only the
 * events. */
static inline void parse_world_check(const char *parse, char *got, const char *want)
{
    if (strcmp(got, want) != 0)
        fprintf(stderr, "parse: %s\n", parse);
    assert_string_equal(got, want);
    free(got);
}

#endif
