/*
 * test_article.c — the two worked articles of docs/example.md, coded from
 * raw text with the default dictionaries through `dyad code`: the events
 * the story rules give (participle clauses, event references, "they")
 * are asserted as a floor, and the sentences that must code nothing
 * (speculation, commentary, conditions) are checked to stay empty.
 */
#include "testutil.h"

#include <jansson.h>
#include <stdio.h>
#include <string.h>

#define REAL "../shared/examples/xi-pyongyang-2019-06-19.txt"
#define BUNDLED "examples/xi-pyongyang.txt"

/* The events `dyad code FILE` writes, one JSON object each. */
typedef struct run_events {
    json_t *ev[256];
    size_t n;
} run_events;

static void run(const char *file, run_events *out)
{
    const char *args[] = {"code", "--no-cache", file, NULL};
    dyad_run r = dyad_run_cli(NULL, 0, args);
    assert_int_equal(r.status, 0);
    out->n = 0;
    for (char *line = r.out, *next; line && *line; line = next) {
        next = strchr(line, '\n');
        if (next)
            *next++ = 0;
        json_error_t err;
        json_t *e = json_loads(line, 0, &err);
        assert_non_null(e);
        if (out->n < 256)
            out->ev[out->n++] = e;
        else
            json_decref(e);
    }
    dyad_run_free(&r);
}

static void release(run_events *r)
{
    for (size_t i = 0; i < r->n; i++)
        json_decref(r->ev[i]);
}

static const char *str(json_t *e, const char *key)
{
    return json_string_value(json_object_get(e, key));
}

/* The event of sentence n from src to tgt with this code, or NULL. */
static json_t *find(const run_events *r, int n, const char *src, const char *tgt,
                    const char *code)
{
    for (size_t i = 0; i < r->n; i++) {
        json_t *e = r->ev[i];
        if (json_integer_value(json_object_get(e, "sentence")) == n &&
            !strcmp(str(e, "source"), src) && !strcmp(str(e, "target"), tgt) &&
            !strcmp(str(e, "code"), code))
            return e;
    }
    return NULL;
}

static size_t in_sentence(const run_events *r, int n)
{
    size_t k = 0;
    for (size_t i = 0; i < r->n; i++)
        k += json_integer_value(json_object_get(r->ev[i], "sentence")) == n;
    return k;
}

static void real_article(void **state)
{
    (void)state;
    run_events r;
    run(REAL, &r);
    /* 20: ", raising tariffs ... and threatening to tax ... if Beijing ..." */
    json_t *raise = find(&r, 20, "USAGOV", "CHN", "163");
    json_t *threat = find(&r, 20, "USAGOV", "CHN", "1312");
    assert_non_null(raise);
    assert_non_null(threat);
    assert_string_equal(str(raise, "verb_text"), "raising");
    assert_string_equal(str(threat, "verb_text"), "threatening");
    /* 14: "They have met four previous times" (Xi and Kim) */
    assert_non_null(find(&r, 14, "CHNGOV", "PRKGOV", "040"));
    assert_non_null(find(&r, 14, "PRKGOV", "CHNGOV", "040"));
    /* the visit, the delayed request, the meeting in Vietnam, the deal */
    assert_non_null(find(&r, 1, "CHNGOV", "PRK", "042"));
    assert_non_null(find(&r, 12, "CHN", "USA", "120"));
    assert_non_null(find(&r, 24, "USAGOV", "PRKGOV", "127"));
    /* speculation, analysis and commentary code nothing */
    static const int none[] = {2, 5, 13, 17, 19, 21, 22, 23, 25, 26, 27, 40, 41, 42};
    for (size_t i = 0; i < sizeof none / sizeof none[0]; i++)
        assert_int_equal(in_sentence(&r, none[i]), 0);
    release(&r);
}

static void bundled_article(void **state)
{
    (void)state;
    run_events r;
    run(BUNDLED, &r);
    /* 16: "rejected the accusation" after the US accused Pyongyang (15) */
    assert_non_null(find(&r, 15, "USA", "PRKGOV", "112"));
    json_t *e = find(&r, 16, "CHNGOV", "USA", "016");
    assert_non_null(e);
    assert_string_equal(str(e, "target_text"), "the accusation");
    /* 19: the talks restarted are not helped ("hoped it would help") */
    assert_int_equal(in_sentence(&r, 19), 0);
    release(&r);
}

DYAD_TEST_GROUP(code_article,
    cmocka_unit_test(real_article),
    cmocka_unit_test(bundled_article))
