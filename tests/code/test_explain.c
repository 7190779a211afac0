/*
 * test_explain.c — `dyad explain` output for a few sentences (with --parse,
 * on the validation dictionaries): what a dictionary author reads.
 */
#include "testutil.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define V "../shared/petrarch/validate/"

static dyad_run explain(const char *sentence, const char *parse)
{
    const char *args[] = {"explain", sentence, "--parse", parse, "--date", "1995-01-06",
                          "--verbs", V "PETR.Validate.verbs.txt",
                          "--actors", V "PETR.Validate.actors.txt",
                          "--agents", V "PETR.Validate.agents.txt", "--no-cache", NULL};
    return dyad_run_cli(NULL, 0, args);
}

static void shows_phrases_verbs_and_events(void **state)
{
    (void)state;
    dyad_run r = explain("The Calenardhon government condemned an attack by Osgiliath soldiers.",
                         "(ROOT (S (NP (DT The) (JJ Calenardhon) (NN government)) (VP (VBD condemned)"
                         " (NP (DT an) (NN attack)) (PP (IN by) (NP (NNP Osgiliath) (NNS soldiers))))"
                         " (. .)))");
    assert_int_equal(r.status, 0);
    assert_non_null(strstr(r.out, "condemned/VBD"));
    assert_non_null(strstr(r.out, "NE \"THE CALENARDHON GOVERNMENT\" -> CALGOV"));
    assert_non_null(strstr(r.out, "NE \"OSGILIATH SOLDIERS\" -> OSGMIL"));
    assert_non_null(strstr(r.out, "\"condemned\": verb CONDEMN"));
    assert_non_null(strstr(r.out, "no pattern matched"));
    assert_non_null(strstr(r.out, "  CALGOV OSGMIL 122"));
    dyad_run_free(&r);
}

static void shows_the_pattern_that_fired(void **state)
{
    (void)state;
    dyad_run r = explain("Arnor will contribute a million euros to Gondor.",
                         "(ROOT (S (NP (NNP Arnor)) (VP (MD will) (VP (VB contribute) (NP (DT a)"
                         " (CD million) (NNS euros)) (PP (TO to) (NP (NNP Gondor))))) (. .)))");
    assert_int_equal(r.status, 0);
    assert_non_null(strstr(r.out, "pattern " V "PETR.Validate.verbs.txt:"));
    assert_non_null(strstr(r.out, "\"- * &CURRENCY [903]\" fired"));
    assert_non_null(strstr(r.out, "  ARN GON 903"));
    dyad_run_free(&r);
}

static void says_why_nothing_was_coded(void **state)
{
    (void)state;
    dyad_run r = explain("Arnor departx from Libya.",
                         "(ROOT (S (NP (NNP Arnor)) (VP (VBZ departx) (PP (IN from) (NP (NNP Libya))))"
                         " (. .)))");
    assert_int_equal(r.status, 0);
    assert_non_null(strstr(r.out, "no verb of the dictionary"));
    assert_non_null(strstr(r.out, "events: none"));
    dyad_run_free(&r);
}

static void raw_text_shows_tags_and_lemmas(void **state)
{
    (void)state;
    const char *args[] = {"explain", "Arnor attacked Gondor on Monday.", "--date", "1995-01-06",
                          "--verbs", V "PETR.Validate.verbs.txt",
                          "--actors", V "PETR.Validate.actors.txt", "--no-cache", NULL};
    dyad_run r = dyad_run_cli(NULL, 0, args);
    assert_int_equal(r.status, 0);
    assert_non_null(strstr(r.out, "attacked/VBD/ATTACK"));
    assert_non_null(strstr(r.out, "tree: (ROOT"));
    assert_non_null(strstr(r.out, "\"attacked\": verb ATTACK"));
    assert_non_null(strstr(r.out, "  ARN GON 223"));
    dyad_run_free(&r);
}

static void bad_parse_is_reported(void **state)
{
    (void)state;
    dyad_run r = explain("Arnor met Gondor.", "(ROOT (S (NP (NNP Arnor))");
    assert_int_equal(r.status, 1);
    assert_non_null(strstr(r.err, "bad parse"));
    dyad_run_free(&r);
}

/* explain must code as `dyad code` does: options from the folder's PETR_config.ini */
static void uses_the_dictionaries_options(void **state)
{
    (void)state;
    char dir[] = "/tmp/dyadexplainXXXXXX";
    assert_non_null(mkdtemp(dir));
    char path[256];
    const char *files[][2] = {
        {"PETR_config.ini", "[Dictionaries]\nverbfile_name = v.txt\nactorfile_list = a.txt\n"
                            "[Options]\nnew_actor_length = 4\n"},
        {"v.txt", "--- ATTACK [190] ---\nATTACK\n"},
        {"a.txt", "ARNOR [ARN]\n"},
    };
    for (size_t i = 0; i < 3; i++) {
        snprintf(path, sizeof path, "%s/%s", dir, files[i][0]);
        FILE *f = fopen(path, "w");
        assert_non_null(f);
        fputs(files[i][1], f);
        fclose(f);
    }
    const char *args[] = {"explain", "Arnor attacked the village.", "--parse",
                          "(ROOT (S (NP (NNP Arnor)) (VP (VBD attacked) (NP (DT the) (NN village)))"
                          " (. .)))",
                          "--dict", dir, "--no-cache", NULL};
    dyad_run r = dyad_run_cli(NULL, 0, args);
    assert_int_equal(r.status, 0);
    assert_non_null(strstr(r.out, "  ARN \"THE VILLAGE\" 190"));
    dyad_run_free(&r);
    for (size_t i = 0; i < 3; i++) {
        snprintf(path, sizeof path, "%s/%s", dir, files[i][0]);
        remove(path);
    }
    rmdir(dir);
}

DYAD_TEST_GROUP(code_explain,
    cmocka_unit_test(shows_phrases_verbs_and_events),
    cmocka_unit_test(shows_the_pattern_that_fired),
    cmocka_unit_test(says_why_nothing_was_coded),
    cmocka_unit_test(raw_text_shows_tags_and_lemmas),
    cmocka_unit_test(bad_parse_is_reported),
    cmocka_unit_test(uses_the_dictionaries_options))
