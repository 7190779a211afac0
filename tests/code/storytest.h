/*
 * storytest.h — test helpers: short stories coded from raw text with the
 * default dictionaries, and questions about the events they gave.
 *
 * Several test files (coref, event references, participle clauses, the
 * gold sets) code stories written for them exactly as `dyad code` does
 * with no --dict; they share this one way of making the coder, so that
 * they all test the same configuration. A file includes it after
 * testutil.h and uses story_setup/story_teardown as the cmocka fixtures
 * of its tests; the coder under test is `coder`.
 */
#ifndef DYAD_TESTS_STORYTEST_H
#define DYAD_TESTS_STORYTEST_H

#include <stdio.h>
#include <string.h>

#include "lang/tree.h"
#include "code/coder.h"
#include "dict/dict.h"

/*
 * The default dictionaries, loaded without the cache (a test must not
 * depend on what an earlier run left there), and a coder with the options
 * of their PETR_config.ini, as `dyad code` makes them. 0, or -1 when
 * either cannot be made (both are NULL then, and nothing is left to free).
 */
static inline int story_open(dyad_dicts **dicts, dyad_coder **coder_out)
{
    *dicts = NULL;
    *coder_out = NULL;
    dy_dict_load_opts lo;
    memset(&lo, 0, sizeof lo);
    lo.no_cache = 1;
    dy_diag diag;
    dy_diag_init(&diag, NULL, NULL);
    dy_dict *d = dy_dict_load(NULL, &lo, &diag);
    if (!d)
        return -1;
    *dicts = dy_dicts_wrap(d);
    dyad_options o;
    dy_coder_options_from_dict(d, &o);
    *coder_out = dyad_coder_new(*dicts, &o, NULL, NULL);
    if (!*coder_out) {
        dyad_dicts_free(*dicts);
        *dicts = NULL;
        return -1;
    }
    return 0;
}

/* ---- one coder per test, for the files that ask about single events --- */

static dyad_dicts *story_dicts;
static dyad_coder *coder; /* the coder under test, made by story_setup */

/* cmocka fixture: the default dictionaries and a coder (story_open). */
static inline int story_setup(void **state)
{
    (void)state;
    return story_open(&story_dicts, &coder);
}

/* cmocka fixture: frees what story_setup made. */
static inline int story_teardown(void **state)
{
    (void)state;
    dyad_coder_free(coder);
    dyad_dicts_free(story_dicts);
    return 0;
}

/* Code `text` as one story with id "t" (date: YYYY-MM-DD or NULL); its
 * events replace the previous story's. */
static inline void code(const char *date, const char *text)
{
    dyad_story st = {"t", date, text, strlen(text)};
    dyad_code_story(coder, &st);
}

/* Is there an event in sentence n (0: any) from src to tgt whose code
 * begins with `code_prefix`? */
static inline int has(int n, const char *src, const char *tgt, const char *code_prefix)
{
    for (size_t i = 0; i < dyad_event_count(coder); i++) {
        const dyad_event *e = dyad_event_at(coder, i);
        if ((n == 0 || e->sentence == n) && !strcmp(e->source, src) && !strcmp(e->target, tgt) &&
            !strncmp(e->code, code_prefix, strlen(code_prefix)))
            return 1;
    }
    return 0;
}

/* The event from src to tgt with exactly this code, or NULL. */
static inline const dyad_event *find(const char *src, const char *tgt, const char *code_)
{
    for (size_t i = 0; i < dyad_event_count(coder); i++) {
        const dyad_event *e = dyad_event_at(coder, i);
        if (!strcmp(e->source, src) && !strcmp(e->target, tgt) && !strcmp(e->code, code_))
            return e;
    }
    return NULL;
}

/* How many events sentence n gave. */
static inline size_t events_in(int n)
{
    size_t k = 0;
    for (size_t i = 0; i < dyad_event_count(coder); i++)
        k += dyad_event_at(coder, i)->sentence == n;
    return k;
}

/* Every event of the last story on stderr, so that a failed check shows
 * what was coded instead. */
static inline void dump(void)
{
    for (size_t i = 0; i < dyad_event_count(coder); i++) {
        const dyad_event *e = dyad_event_at(coder, i);
        fprintf(stderr, "  %d %s %s %s (%s)\n", e->sentence, e->source, e->target, e->code,
                e->verb_text);
    }
}

/* assert_true that dumps the events first when it fails. */
#define EXPECT(cond)          \
    do {                      \
        if (!(cond))          \
            dump();           \
        assert_true(cond);    \
    } while (0)

#endif
