/*
 * test_code_cli.c — `dyad code` end to end: the example article with the
 * Phoenix dictionaries (PETRARCH-2 dialect), output formats, accounting
 * for every story, options, and bad input that must not stop the run.
 */
#include "testutil.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define PHOENIX "../shared/petrarch/phoenix"
#define EXAMPLE "../shared/examples/xi-pyongyang-2019-06-19.txt"
#define V "../shared/petrarch/validate/"

static void example_article_main_event(void **state)
{
    (void)state;
    const char *args[] = {"code", "--dict", PHOENIX, EXAMPLE, NULL};
    dyad_run r = dyad_run_cli(NULL, 0, args);
    assert_int_equal(r.status, 0);
    /* Xi's state visit: China -> North Korea, make a visit (042), and back (043) */
    assert_non_null(strstr(r.out, "\"sentence\":1,\"date\":\"2019-06-19\",\"source\":\"CHNGOV\","
                                  "\"target\":\"PRK\",\"code\":\"042\""));
    assert_non_null(strstr(r.out, "\"source\":\"PRK\",\"target\":\"CHNGOV\",\"code\":\"043\""));
    assert_non_null(strstr(r.out, "\"verb_text\":\"visiting\""));
    assert_non_null(strstr(r.err, "dyad code: 1 stories"));
    dyad_run_free(&r);
}

static const char STORIES[] =
    "{\"id\":\"a\",\"date\":\"1995-01-01\",\"text\":\"Arnor attacked Gondor.\"}\n"
    "{\"id\":\"b\",\"date\":\"1995-01-01\",\"text\":\"Nothing happened today.\"}\n"
    "{\"id\":\"c\",\"date\":\"1995-01-01\",\"text\":\n"
    "{\"id\":\"d\",\"date\":\"1995-01-01\",\"text\":\"Gondor attacked Mordor.\"}\n";

static const char VERBS[] = "--- ATTACK [190] ---\nATTACK\n";
static const char ACTORS[] = "ARNOR [ARN]\nGONDOR [GON]\nMORDOR [MOR]\n";

static void every_story_accounted_for(void **state)
{
    (void)state;
    char *vf = dyad_temp_file(".verbs.txt", VERBS, sizeof VERBS - 1);
    char *af = dyad_temp_file(".actors.txt", ACTORS, sizeof ACTORS - 1);
    const char *args[] = {"code", "--verbs", vf, "--actors", af, "--input", "jsonl",
                          "--emit-empty", "--no-cache", NULL};
    dyad_run r = dyad_run_cli(STORIES, sizeof STORIES - 1, args);
    /* a broken record makes the status 1, and the run goes on */
    assert_int_equal(r.status, 1);
    assert_non_null(strstr(r.out, "\"story\":\"a\",\"sentence\":1"));
    assert_non_null(strstr(r.out, "\"source\":\"GON\",\"target\":\"MOR\",\"code\":\"190\""));
    assert_non_null(strstr(r.out, "{\"story\":\"b\",\"sentences\":1,\"events\":0,\"status\":\"no events\"}"));
    assert_non_null(strstr(r.err, "4 stories"));
    assert_non_null(strstr(r.err, "1 errors"));
    /* output in input order: a before d */
    assert_true(strstr(r.out, "\"story\":\"a\"") < strstr(r.out, "\"story\":\"d\""));
    dyad_run_free(&r);

    /* TSV: header and the same events; byte-identical on a second run */
    const char *tsv[] = {"code", "--verbs", vf, "--actors", af, "--input", "jsonl",
                         "--format", "tsv", "--ontology", "plover", "--no-cache", NULL};
    dyad_run t1 = dyad_run_cli(STORIES, sizeof STORIES - 1, tsv);
    dyad_run t2 = dyad_run_cli(STORIES, sizeof STORIES - 1, tsv);
    assert_true(strncmp(t1.out, "story\tsentence\tdate\tsource\ttarget\tcode\t", 38) == 0);
    assert_non_null(strstr(t1.out, "\tplover_event\tplover_mode\n"));
    assert_non_null(strstr(t1.out, "a\t1\t1995-01-01\tARN\tGON\t190\t19\t4\t"));
    assert_non_null(strstr(t1.out, "\tASSAULT\t"));
    assert_int_equal(t1.out_len, t2.out_len);
    assert_memory_equal(t1.out, t2.out, t1.out_len);
    dyad_run_free(&t1);
    dyad_run_free(&t2);
    remove(vf);
    remove(af);
    free(vf);
    free(af);
}

static void options_from_the_command_line(void **state)
{
    (void)state;
    const char story[] = "{\"id\":\"x\",\"date\":\"1995-01-01\",\"text\":\"Arnor criticized the town.\"}\n";
    const char *strict[] = {"code", "--verbs", V "PETR.Validate.verbs.txt", "--actors",
                            V "PETR.Validate.actors.txt", "--input", "jsonl", NULL};
    dyad_run a = dyad_run_cli(story, sizeof story - 1, strict);
    assert_null(strstr(a.out, "\"code\""));
    dyad_run_free(&a);
    const char *loose[] = {"code", "--verbs", V "PETR.Validate.verbs.txt", "--actors",
                           V "PETR.Validate.actors.txt", "--input", "jsonl",
                           "--no-require-dyad", "--new-actor-length", "2", NULL};
    dyad_run b = dyad_run_cli(story, sizeof story - 1, loose);
    assert_non_null(strstr(b.out, "\"source\":\"ARN\",\"target\":\"\\\"THE TOWN\\\"\",\"code\":\"121\""));
    dyad_run_free(&b);
    const char *bad[] = {"code", "--comma-max", "lots", NULL};
    dyad_run c = dyad_run_cli(NULL, 0, bad);
    assert_int_equal(c.status, 2);
    dyad_run_free(&c);
}

static void junk_input_does_not_crash(void **state)
{
    (void)state;
    char junk[4096];
    unsigned x = 12345;
    for (size_t i = 0; i < sizeof junk; i++) {
        x = x * 1103515245u + 12345u;
        junk[i] = (char)(x >> 16);
    }
    const char *args[] = {"code", "--verbs", V "PETR.Validate.verbs.txt", "--actors",
                          V "PETR.Validate.actors.txt", "--input", "text", NULL};
    dyad_run r = dyad_run_cli(junk, sizeof junk, args);
    assert_true(r.status == 0 || r.status == 1);
    assert_non_null(strstr(r.err, "dyad code: 1 stories"));
    dyad_run_free(&r);
}

DYAD_TEST_GROUP(code_cli,
    cmocka_unit_test(example_article_main_event),
    cmocka_unit_test(every_story_accounted_for),
    cmocka_unit_test(options_from_the_command_line),
    cmocka_unit_test(junk_input_does_not_crash))
