/*
 * test_p2_article.c — the real article (../shared/examples, the New York
 * Times on Xi's June 2019 state visit to North Korea) coded from its raw
 * text with the Phoenix dictionaries (PETRARCH-2 dialect): the main
 * events a careful coder gives it that Phoenix's actors and patterns
 * allow. A floor: more events may come; these must stay, and the misreadings
 * fixed once must not come back.
 */
#include "testutil.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dyad.h"

#define PHOENIX "../shared/petrarch/phoenix"
#define ARTICLE "../shared/examples/xi-pyongyang-2019-06-19.txt"

typedef struct coded {
    dyad_dicts *dicts;
    dyad_coder *coder;
    char *text;
} coded;

static coded art;

static int code_article(void **state)
{
    (void)state;
    size_t len;
    art.text = dyad_slurp(ARTICLE, &len);
    dyad_dict_spec spec = {PHOENIX, NULL, NULL, NULL, NULL, NULL};
    art.dicts = dyad_dicts_load(&spec, NULL, NULL);
    if (!art.text || !art.dicts)
        return -1;
    art.coder = dyad_coder_new(art.dicts, NULL, NULL, NULL);
    dyad_story st = {"xi", "2019-06-19", art.text, len};
    return dyad_code_story(art.coder, &st) < 0 ? -1 : 0;
}

static int free_article(void **state)
{
    (void)state;
    dyad_coder_free(art.coder);
    dyad_dicts_free(art.dicts);
    free(art.text);
    return 0;
}

/* Is there an event in sentence `sentence` (0: any) from an actor whose
 * code starts with src to one starting with tgt, whose code starts with
 * one of the prefixes in codes (space-separated; "" any code)? */
static int has(int sentence, const char *src, const char *tgt, const char *codes)
{
    for (size_t i = 0; i < dyad_event_count(art.coder); i++) {
        const dyad_event *e = dyad_event_at(art.coder, i);
        if ((sentence && e->sentence != sentence) || strncmp(e->source, src, strlen(src)) ||
            strncmp(e->target, tgt, strlen(tgt)))
            continue;
        if (!*codes)
            return 1;
        for (const char *c = codes; *c;) {
            size_t n = strcspn(c, " ");
            if (!strncmp(e->code, c, n))
                return 1;
            c += n + (c[n] == ' ');
        }
    }
    return 0;
}

/* Events of sentence `sentence`. */
static int count_in(int sentence)
{
    int n = 0;
    for (size_t i = 0; i < dyad_event_count(art.coder); i++)
        n += dyad_event_at(art.coder, i)->sentence == sentence;
    return n;
}

static void state_visit(void **state)
{
    (void)state;
    /* 1: "President Xi Jinping of China is visiting North Korea this week" */
    assert_true(has(1, "CHNGOV", "PRK", "042"));
    assert_true(has(1, "PRK", "CHNGOV", "043"));
    /* 3: "Xi heads to Pyongyang ... for a two-day state visit" */
    assert_true(has(3, "CHN", "PRK", "042"));
    assert_true(has(3, "PRK", "CHN", "043"));
}

static void delay_at_the_un(void **state)
{
    (void)state;
    /* 12: "China, accompanied by Russia, delayed a U.S. request ..." */
    assert_true(has(12, "CHN", "USA", "12"));
    assert_true(has(12, "RUS", "USA", "12"));
}

static void talks_broke_down(void **state)
{
    (void)state;
    /* 24: "Talks between the United States and North Korea broke down ...":
       the two sides, a reduce-relations or reject code, both ways */
    assert_true(has(24, "USA", "PRK", "16 12"));
    assert_true(has(24, "PRK", "USA", "16 12"));
}

static void food_aid_expected(void **state)
{
    (void)state;
    /* 42: "North Korea is expecting food aid from China" */
    assert_true(has(42, "PRK", "CHN", "02 03"));
}

static void misreadings_stay_fixed(void **state)
{
    (void)state;
    /* 39: "Xi called Kim's demands ... 'reasonable'" is no telephone call
       (041) with Washington, whom the words only mention */
    assert_false(has(39, "", "", "041"));
    assert_false(has(39, "", "USA", ""));
    /* 36: "... were facing severe food shortages after one of North Korea's
       worst harvests": a time is no partner */
    assert_int_equal(count_in(36), 0);
    /* 20: the condition "if Beijing does not agree to Washington's terms"
       reports nothing */
    assert_false(has(20, "CHN", "USA", ""));
}

DYAD_TEST_GROUP(code_p2_article,
    cmocka_unit_test_setup_teardown(state_visit, code_article, free_article),
    cmocka_unit_test_setup_teardown(delay_at_the_un, code_article, free_article),
    cmocka_unit_test_setup_teardown(talks_broke_down, code_article, free_article),
    cmocka_unit_test_setup_teardown(food_aid_expected, code_article, free_article),
    cmocka_unit_test_setup_teardown(misreadings_stay_fixed, code_article, free_article))
