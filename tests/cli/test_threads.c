/*
 * test_threads.c — `dyad code --threads N`: the output does not depend on N.
 *
 * For 1, 2, 3 and 4 threads the same input must give the same stdout and
 * stderr bytes and the same exit status: stories in input order, every
 * message (the reader's and the coder's) in its story's place, the same
 * summary counts, and <Config> records applied to exactly the records
 * after them although earlier records may still be being coded. Inputs are
 * longer than the pool's ring (16 jobs per thread) so that it wraps.
 * Speed is measured in bench/, never here.
 */
#include "testutil.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"

#define VALIDATE "../shared/petrarch/validate"
#define DEV VALIDATE "/PETR.UnitTest.dev.xml"

/* Run `dyad code ARGS... --threads N FILES...` for N = 1..4 and check that
 * all runs match the first. Returns the --threads 1 run (free it). */
static dyad_run same_for_any_threads(const char *const *args, const char *input, size_t len)
{
    const char *argv[64];
    size_t n = 0;
    argv[n++] = "code";
    argv[n++] = "--threads";
    size_t tpos = n++;
    for (size_t i = 0; args[i]; i++)
        argv[n++] = args[i];
    argv[n] = NULL;
    argv[tpos] = "1";
    dyad_run one = dyad_run_cli(input, len, argv);
    static const char *const counts[] = {"2", "3", "4"};
    for (size_t k = 0; k < 3; k++) {
        argv[tpos] = counts[k];
        dyad_run r = dyad_run_cli(input, len, argv);
        assert_int_equal(r.status, one.status);
        assert_int_equal(r.out_len, one.out_len);
        assert_memory_equal(r.out, one.out, one.out_len);
        assert_int_equal(r.err_len, one.err_len);
        assert_memory_equal(r.err, one.err, one.err_len);
        dyad_run_free(&r);
    }
    return one;
}

/* Is every `"story":"sNNNN"` of out in increasing order, and are there n? */
static void stories_in_order(const char *out, int n)
{
    int last = -1, seen = 0;
    for (const char *p = strstr(out, "\"story\":\"s"); p; p = strstr(p + 1, "\"story\":\"s")) {
        int k = atoi(p + 10);
        assert_true(k >= last);
        if (k != last)
            seen++;
        last = k;
    }
    assert_int_equal(seen, n);
}

/* JSON Lines stories, some coding, some not, with bad records and records
 * the reader complains about (NUL bytes, invalid UTF-8, empty text). */
static void make_jsonl(dy_buf *b, int n)
{
    static const char *const text[] = {
        "Arnor denounced the rebels. Gondor attacked Mordor on Tuesday.",
        "Nothing happened today in the markets.",
        "Gondor promised aid to Arnor, a senior official said.",
        "The Arnor government will provide aid to Osgiliath. Mordor attacked Gondor.",
    };
    for (int i = 0; i < n; i++) {
        if (i % 37 == 5) {
            dy_buf_addf(b, "{\"id\":\"s%04d\",\"text\":\n", i);   /* invalid JSON */
            continue;
        }
        dy_buf_addf(b, "{\"id\":\"s%04d\",\"date\":\"1995-01-%02d\",\"text\":\"", i, 1 + i % 28);
        if (i % 53 == 7)
            dy_buf_adds(b, "Arnor \xff attacked Gondor.");
        else if (i % 71 == 9)
            dy_buf_adds(b, "Arnor attacked\\u0000 Gondor.");
        else if (i % 29 != 11)
            dy_buf_adds(b, text[i % 4]);
        dy_buf_adds(b, "\"}\n");
    }
}

static void jsonl_same_bytes_for_any_threads(void **state)
{
    (void)state;
    dy_buf in = DY_BUF_INIT;
    make_jsonl(&in, 400);
    char *path = dyad_temp_file(".jsonl", in.data, in.len);
    const char *args[] = {"--dict", VALIDATE, "--no-cache", "--emit-empty", path, NULL};
    dyad_run r = same_for_any_threads(args, NULL, 0);
    assert_int_equal(r.status, 1);   /* bad records */
    int with_id = 0;   /* an invalid JSON line has no id: its record says "story":"" */
    for (int i = 0; i < 400; i++)
        with_id += i % 37 != 5;
    stories_in_order(r.out, with_id);
    assert_non_null(strstr(r.err, "invalid UTF-8"));
    assert_non_null(strstr(r.err, "NUL byte"));
    assert_non_null(strstr(r.err, "invalid JSON"));
    assert_non_null(strstr(r.err, "dyad code: 400 stories"));
    /* the reader's messages come in input order too */
    assert_true(strstr(r.err, ":6: error: invalid JSON") < strstr(r.err, ":43: error: invalid JSON"));
    dyad_run_free(&r);

    /* standard input, TSV, and a file that cannot be opened between two good ones */
    const char *tsv[] = {"--dict", VALIDATE, "--no-cache", "--input", "jsonl", "--format", "tsv",
                         "-", "/nonexistent/stories.jsonl", path, NULL};
    r = same_for_any_threads(tsv, in.data, in.len);
    assert_int_equal(r.status, 1);
    assert_non_null(strstr(r.err, "cannot open"));
    assert_non_null(strstr(r.err, "dyad code: 801 stories"));
    dyad_run_free(&r);
    remove(path);
    free(path);
    dy_buf_free(&in);
}

/* An XML file: 120 sentences, require_dyad off for the middle 120, on again. */
static void make_xml(dy_buf *b)
{
    dy_buf_adds(b, "<Sentences>\n");
    for (int i = 0; i < 360; i++) {
        if (i == 120)
            dy_buf_adds(b, "<Config option=\"require_dyad\" value=\"false\"></Config>\n");
        if (i == 240)
            dy_buf_adds(b, "<Config option=\"require_dyad\" value=\"true\"></Config>\n");
        dy_buf_addf(b, "<Sentence date=\"19950101\" id=\"s%04d\" category=\"T\" sentence=\"true\">"
                       "<Text>%s</Text></Sentence>\n", i,
                    i % 2 ? "Arnor denounced the rebels." : "Gondor attacked Mordor.");
    }
    dy_buf_adds(b, "</Sentences>\n");
}

static void xml_configs_apply_in_order(void **state)
{
    (void)state;
    dy_buf in = DY_BUF_INIT;
    make_xml(&in);
    char *path = dyad_temp_file(".xml", in.data, in.len);
    const char *args[] = {"--dict", VALIDATE, "--no-cache", path, NULL};
    dyad_run r = same_for_any_threads(args, NULL, 0);
    assert_int_equal(r.status, 0);
    /* "Arnor denounced the rebels" has no target: an event only while require_dyad is off */
    assert_null(strstr(r.out, "\"story\":\"s0119\""));
    assert_non_null(strstr(r.out, "\"story\":\"s0121\",\"sentence\":1,\"date\":\"1995-01-01\","
                                  "\"source\":\"ARN\",\"target\":\"---\",\"code\":\"122\""));
    assert_non_null(strstr(r.out, "\"story\":\"s0239\""));
    assert_null(strstr(r.out, "\"story\":\"s0241\""));
    assert_non_null(strstr(r.out, "\"story\":\"s0358\""));   /* the others still code */
    stories_in_order(r.out, 240);
    dyad_run_free(&r);
    remove(path);
    free(path);
    dy_buf_free(&in);
}

/* The dev suite three times over, from its text and from its parses:
 * configs, environments, story discards, bad parses. */
static void dev_suite_same_for_any_threads(void **state)
{
    (void)state;
    const char *text[] = {"--dict", VALIDATE, "--no-cache", "--emit-empty", DEV, DEV, DEV, NULL};
    dyad_run r = same_for_any_threads(text, NULL, 0);
    assert_non_null(strstr(r.out, "\"story\":\"DEMO-00\""));
    dyad_run_free(&r);
    const char *parse[] = {"--dict", VALIDATE, "--no-cache", "--parse", DEV, DEV, DEV, NULL};
    r = same_for_any_threads(parse, NULL, 0);
    assert_non_null(strstr(r.out, "\"story\":\"DEMO-00\""));
    dyad_run_free(&r);
}

static void bad_thread_counts(void **state)
{
    (void)state;
    static const char *const bad[] = {"0", "-2", "two", "2x", "100000"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        const char *args[] = {"code", "--threads", bad[i], "--no-cache", "--input", "text", NULL};
        dyad_run r = dyad_run_cli("Arnor attacked Gondor.", 22, args);
        assert_int_equal(r.status, 2);
        assert_non_null(strstr(r.err, "--threads"));
        dyad_run_free(&r);
    }
    const char *none[] = {"code", "--no-cache", "--input", "text", "--threads", NULL};
    dyad_run r = dyad_run_cli("x", 1, none);
    assert_int_equal(r.status, 2);
    dyad_run_free(&r);
}

DYAD_TEST_GROUP(threads,
    cmocka_unit_test(jsonl_same_bytes_for_any_threads),
    cmocka_unit_test(xml_configs_apply_in_order),
    cmocka_unit_test(dev_suite_same_for_any_threads),
    cmocka_unit_test(bad_thread_counts))
