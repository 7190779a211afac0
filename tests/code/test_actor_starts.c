/*
 * test_actor_starts.c — where an actor phrase may not start (actors.c,
 * mark_no_start): a pronoun ("told us" is not the US) and a short word
 * written as a name inside a longer name ("Kim Jong Un" is not the UN),
 * while acronyms written as such, and surnames, still match.
 */
#include "testutil.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *verbs, *actors;

static int setup(void **state)
{
    (void)state;
    static const char v[] = "--- MEET [040] ---\nMEET {MET MEETS MEETING}\n"
                            "--- TELL [010] ---\nTELL {TOLD TELLS TELLING}\n";
    static const char a[] = "UN_ [IGOUNO]\nUNITED_STATES [USA]\n+US\nMADURO [VENGOV]\n"
                            "JAPAN [JPN]\n";
    verbs = dyad_temp_file(".txt", v, sizeof v - 1);
    actors = dyad_temp_file(".txt", a, sizeof a - 1);
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    remove(verbs);
    remove(actors);
    free(verbs);
    free(actors);
    return 0;
}

/* Code text with the small dictionaries; returns stdout (caller frees). */
static char *code(const char *text)
{
    const char *args[] = {"code", "--date", "2019-06-19", "--verbs", verbs, "--actors", actors,
                          "--no-cache", "--threads", "1", NULL};
    dyad_run r = dyad_run_cli(text, strlen(text), args);
    assert_int_equal(r.status, 0);
    free(r.err);
    return r.out;
}

static void name_syllable_is_not_an_acronym(void **state)
{
    (void)state;
    char *out = code("Japan met Kim Jong Un on Tuesday.\n");
    assert_null(strstr(out, "IGOUNO"));
    free(out);
    out = code("Japan met UN officials on Tuesday.\n");
    assert_non_null(strstr(out, "\"target\":\"IGOUNO\""));
    free(out);
}

static void surname_after_a_first_name_still_matches(void **state)
{
    (void)state;
    char *out = code("Japan met President Nicolas Maduro on Tuesday.\n");
    assert_non_null(strstr(out, "\"target\":\"VENGOV\""));
    free(out);
}

static void pronoun_is_not_a_country(void **state)
{
    (void)state;
    char *out = code("Japan told us about the plan.\n");
    assert_null(strstr(out, "\"USA\""));
    free(out);
    out = code("Japan told the US about the plan.\n");
    assert_non_null(strstr(out, "\"target\":\"USA\""));
    free(out);
}

DYAD_TEST_GROUP(actor_starts,
    cmocka_unit_test_setup_teardown(name_syllable_is_not_an_acronym, setup, teardown),
    cmocka_unit_test_setup_teardown(surname_after_a_first_name_still_matches, setup, teardown),
    cmocka_unit_test_setup_teardown(pronoun_is_not_a_country, setup, teardown))
