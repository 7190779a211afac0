/*
 * test_gold.c — precision and recall of the default dictionaries on the
 * hand-coded gold sets, from raw text (the whole pipeline: splitter,
 * tagger, phrase analyser, actors, references, verbs).
 *
 *   tests/data/gold/news-gold.jsonl     148 one-sentence records; an event
 *                                       is (record, source, target, code)
 *   tests/data/gold/news-stories.jsonl  25 stories; an event is (story,
 *                                       sentence, source, target, code)
 *   tests/data/gold/heldout-stories.jsonl  30 stories written and coded
 *                                       after the rules, never used to
 *                                       develop them: the held-out figure
 *
 * As tests/data/gold/score.sh does, the events are compared as sets and
 * counted exactly (full code). The floors are the figures dyad has
 * reached: they may only be raised. The measured figures are printed, so
 * `make test` shows them (docs/example.md has the table).
 */
#include "testutil.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "storytest.h"

#define GOLD "tests/data/gold/news-gold.jsonl"
#define STORIES "tests/data/gold/news-stories.jsonl"
#define HELDOUT "tests/data/gold/heldout-stories.jsonl"

/* Floors in tenths of a percent (97.2% = 972). */
enum {
    GOLD_PRECISION = 979,
    GOLD_RECALL = 960,
    GOLD_FALSE_ALARMS = 0, /* at most this many no-event records coded */
    STORY_PRECISION = 876,
    STORY_RECALL = 717,
    /* Held-out stories: a regression guard a little below the first run
     * (55.8%, 72/129; 35.2%, 72/204), not a target (docs/example.md). */
    HELDOUT_PRECISION = 550,
    HELDOUT_RECALL = 345
};

/* A set of event keys ("id|sentence|source|target|code"), kept sorted. */
typedef struct keyset {
    char **k;
    size_t n, cap;
} keyset;

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void keyset_add(keyset *s, const char *key)
{
    for (size_t i = 0; i < s->n; i++)
        if (strcmp(s->k[i], key) == 0)
            return;
    if (s->n == s->cap) {
        s->cap = s->cap ? s->cap * 2 : 256;
        s->k = realloc(s->k, s->cap * sizeof *s->k);
        assert_non_null(s->k);
    }
    s->k[s->n] = strdup(key);
    assert_non_null(s->k[s->n]);
    s->n++;
}

static int keyset_has(const keyset *s, const char *key)
{
    return bsearch(&key, s->k, s->n, sizeof *s->k, cmp_str) != NULL;
}

static void keyset_free(keyset *s)
{
    for (size_t i = 0; i < s->n; i++)
        free(s->k[i]);
    free(s->k);
}

static void make_key(char *buf, size_t size, const char *id, int sentence, const char *src,
                     const char *tgt, const char *code)
{
    snprintf(buf, size, "%s|%d|%s|%s|%s", id, sentence, src, tgt, code);
}

/* The default dictionaries (no cache) and a coder with their options. */
typedef struct gold_env {
    dyad_dicts *dicts;
    dyad_coder *coder;
} gold_env;

static void env_open(gold_env *g)
{
    assert_int_equal(story_open(&g->dicts, &g->coder), 0);
}

static void env_close(gold_env *g)
{
    dyad_coder_free(g->coder);
    dyad_dicts_free(g->dicts);
}

/* The figures of one gold file. */
typedef struct score {
    size_t tp, sys, gold;
    size_t none, alarms; /* records with no gold event; of them, coded */
} score;

/*
 * Code every record of `path` as a story and compare with its "events".
 * With by_sentence, an event's sentence number is part of its key (the
 * stories file gives it); otherwise the record is the unit.
 */
static score run_gold(const char *path, int by_sentence)
{
    gold_env g;
    env_open(&g);
    size_t len = 0;
    char *all = dyad_slurp(path, &len);
    assert_non_null(all);
    keyset gold = {0}, sys = {0};
    score sc = {0};
    char key[512];
    for (char *line = all, *next; line && *line; line = next) {
        next = strchr(line, '\n');
        if (next)
            *next++ = 0;
        if (!*line)
            continue;
        json_error_t err;
        json_t *rec = json_loads(line, 0, &err);
        assert_non_null(rec);
        const char *id = json_string_value(json_object_get(rec, "id"));
        const char *date = json_string_value(json_object_get(rec, "date"));
        const char *text = json_string_value(json_object_get(rec, "text"));
        assert_non_null(id);
        assert_non_null(text);
        json_t *evs = json_object_get(rec, "events");
        assert_true(json_is_array(evs));
        size_t i;
        json_t *ev;
        json_array_foreach(evs, i, ev) {
            json_t *sn = json_object_get(ev, "sentence");
            make_key(key, sizeof key, id, by_sentence ? (int)json_integer_value(sn) : 0,
                     json_string_value(json_object_get(ev, "source")),
                     json_string_value(json_object_get(ev, "target")),
                     json_string_value(json_object_get(ev, "code")));
            keyset_add(&gold, key);
        }
        dyad_story st = {id, date, text, strlen(text)};
        dyad_code_story(g.coder, &st);
        size_t n = dyad_event_count(g.coder);
        if (json_array_size(evs) == 0) {
            sc.none++;
            sc.alarms += n > 0;
        }
        for (size_t k = 0; k < n; k++) {
            const dyad_event *e = dyad_event_at(g.coder, k);
            make_key(key, sizeof key, id, by_sentence ? e->sentence : 0, e->source, e->target,
                     e->code);
            keyset_add(&sys, key);
        }
        json_decref(rec);
    }
    qsort(gold.k, gold.n, sizeof *gold.k, cmp_str);
    for (size_t i = 0; i < sys.n; i++)
        sc.tp += keyset_has(&gold, sys.k[i]);
    sc.sys = sys.n;
    sc.gold = gold.n;
    keyset_free(&gold);
    keyset_free(&sys);
    free(all);
    env_close(&g);
    return sc;
}

/* a/b in tenths of a percent, rounded down. */
static size_t permille(size_t a, size_t b)
{
    return b ? a * 1000 / b : 0;
}

static void report(const char *name, const score *sc)
{
    size_t p = permille(sc->tp, sc->sys), r = permille(sc->tp, sc->gold);
    fprintf(stderr,
            "%s: exact precision %zu.%zu%% (%zu/%zu), recall %zu.%zu%% (%zu/%zu); "
            "%zu of %zu no-event records coded\n",
            name, p / 10, p % 10, sc->tp, sc->sys, r / 10, r % 10, sc->tp, sc->gold, sc->alarms,
            sc->none);
}

static void gold_sentences_precision_recall(void **state)
{
    (void)state;
    score sc = run_gold(GOLD, 0);
    report("news-gold.jsonl", &sc);
    assert_true(sc.gold >= 150);
    assert_true(permille(sc.tp, sc.sys) >= GOLD_PRECISION);
    assert_true(permille(sc.tp, sc.gold) >= GOLD_RECALL);
    assert_true(sc.alarms <= GOLD_FALSE_ALARMS);
}

static void gold_stories_precision_recall(void **state)
{
    (void)state;
    score sc = run_gold(STORIES, 1);
    report("news-stories.jsonl", &sc);
    assert_true(sc.gold >= 99);
    assert_true(permille(sc.tp, sc.sys) >= STORY_PRECISION);
    assert_true(permille(sc.tp, sc.gold) >= STORY_RECALL);
}

/*
 * The held-out stories: never looked at while the rules were written, so
 * this is the honest figure. Do not tune rules on them; the floors only
 * catch regressions.
 */
static void gold_heldout_precision_recall(void **state)
{
    (void)state;
    score sc = run_gold(HELDOUT, 1);
    report("heldout-stories.jsonl", &sc);
    assert_true(sc.gold >= 204);
    assert_true(permille(sc.tp, sc.sys) >= HELDOUT_PRECISION);
    assert_true(permille(sc.tp, sc.gold) >= HELDOUT_RECALL);
}

DYAD_TEST_GROUP(code_gold,
    cmocka_unit_test(gold_sentences_precision_recall),
    cmocka_unit_test(gold_stories_precision_recall),
    cmocka_unit_test(gold_heldout_precision_recall))
