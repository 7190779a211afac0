/*
 * test_text_cli.c — `dyad sentences` and `dyad tokens` as a user runs
 * them: output format, dates, exit statuses, and each bad input.
 */
#include "testutil.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "text/utf8.h"

static dyad_run run(const char *input, size_t len, const char *const *args)
{
    return dyad_run_cli(input, len, args);
}

static size_t count_lines(const char *s, const char *prefix)
{
    size_t n = 0, k = strlen(prefix);
    for (const char *p = s; *p;) {
        if (!strncmp(p, prefix, k))
            n++;
        const char *nl = strchr(p, '\n');
        if (!nl)
            break;
        p = nl + 1;
    }
    return n;
}

/* Number of tab-separated fields on every non-comment line; -1 if they differ. */
static int fields(const char *s)
{
    int want = -1;
    for (const char *p = s; *p;) {
        const char *nl = strchr(p, '\n');
        size_t n = nl ? (size_t)(nl - p) : strlen(p);
        if (*p != '#') {
            int f = 1;
            for (size_t i = 0; i < n; i++)
                f += p[i] == '\t';
            if (want >= 0 && f != want)
                return -1;
            want = f;
        }
        if (!nl)
            break;
        p = nl + 1;
    }
    return want;
}

static void sentences_of_the_xi_article(void **state)
{
    (void)state;
    const char *args[] = {"sentences", "../shared/examples/xi-pyongyang-2019-06-19.txt", NULL};
    dyad_run r = run(NULL, 0, args);
    assert_int_equal(r.status, 0);
    assert_int_equal(r.err_len, 0);
    assert_true(strncmp(r.out, "# story xi-pyongyang-2019-06-19.txt date=2019-06-19 (dateline)\n", 63) == 0);
    assert_int_equal(count_lines(r.out, "xi-pyongyang-2019-06-19.txt\t"), 44);
    assert_int_equal(fields(r.out), 6);
    assert_non_null(strstr(r.out, "\t8\t1155\t1186\theading,para\tWhat to Expect From the Meeting\n"));
    assert_non_null(strstr(r.out, "\t44\t6759\t6774\tdateline,para\t(June 19, 2019)\n"));
    dyad_run_free(&r);
}

static void tokens_and_stdin(void **state)
{
    (void)state;
    const char in[] = "China's Xi met Kim.\tThen\r\nhe left.";
    const char *args[] = {"tokens", "--date", "2019-06-19", NULL};
    dyad_run r = run(in, sizeof in - 1, args);
    assert_int_equal(r.status, 0);
    assert_true(strncmp(r.out, "# story stdin date=2019-06-19 (option)\n", 39) == 0);
    assert_int_equal(fields(r.out), 7);
    assert_non_null(strstr(r.out, "stdin\t1\t0\t5\tword,cap\tChina\tCHINA\n"));
    assert_non_null(strstr(r.out, "stdin\t1\t5\t7\tword,split\t's\t'S\n"));
    assert_non_null(strstr(r.out, "stdin\t2\t20\t24\tword,cap\tThen\tTHEN\n"));
    dyad_run_free(&r);
    const char *dash[] = {"sentences", "-", NULL};
    r = run(in, sizeof in - 1, dash);
    assert_int_equal(r.status, 0);
    assert_non_null(strstr(r.out, "# story stdin date=unknown\n"));
    /* the tab and the CR/LF inside the text are shown as spaces */
    assert_non_null(strstr(r.out, "stdin\t2\t20\t34\t-\tThen  he left.\n"));
    dyad_run_free(&r);
}

static void jsonl_and_xml_inputs(void **state)
{
    (void)state;
    const char in[] = "{\"id\":\"a\",\"date\":\"2019-06-19\",\"text\":\"Xi met Kim. Kim met Xi.\"}\n";
    const char *args[] = {"sentences", "--input", "jsonl", NULL};
    dyad_run r = run(in, sizeof in - 1, args);
    assert_int_equal(r.status, 0);
    assert_string_equal(r.out, "# story a date=2019-06-19 (json)\n"
                               "a\t1\t0\t11\tpara\tXi met Kim.\n"
                               "a\t2\t12\t23\t-\tKim met Xi.\n");
    dyad_run_free(&r);
    const char *xml[] = {"sentences", "../shared/petrarch/validate/PETR.UnitTest.dev.xml", NULL};
    r = run(NULL, 0, xml);
    assert_int_equal(r.status, 0);
    assert_int_equal(count_lines(r.out, "# story "), 142);
    assert_int_equal(count_lines(r.out, "# config "), 29);
    assert_int_equal(count_lines(r.out, "# environment "), 1);
    assert_non_null(strstr(r.out, "# story DEMO-00 date=1995-01-01 (xml)\nDEMO-00\t1\t0\t"));
    dyad_run_free(&r);
}

static void usage_errors(void **state)
{
    (void)state;
    const char *a1[] = {"sentences", "--frobnicate", NULL};
    const char *a2[] = {"sentences", "--date", "19 June", NULL};
    const char *a3[] = {"tokens", "--input", "yaml", NULL};
    const char *a4[] = {"tokens", "--date", NULL};
    const char *const *all[] = {a1, a2, a3, a4};
    for (int i = 0; i < 4; i++) {
        dyad_run r = run(NULL, 0, all[i]);
        assert_int_equal(r.status, 2);
        assert_int_equal(r.out_len, 0);
        assert_true(r.err_len > 0);
        dyad_run_free(&r);
    }
    const char *h[] = {"sentences", "--help", NULL};
    dyad_run r = run(NULL, 0, h);
    assert_int_equal(r.status, 0);
    assert_non_null(strstr(r.out, "usage: dyad sentences"));
    dyad_run_free(&r);
}

/* Run `dyad sentences FILE` on a temporary file holding data. */
static dyad_run run_on(const char *suffix, const char *data, size_t len, char **path)
{
    *path = dyad_temp_file(suffix, data, len);
    const char *args[] = {"sentences", *path, NULL};
    return run(NULL, 0, args);
}

static void cleanup(dyad_run *r, char *path)
{
    dyad_run_free(r);
    unlink(path);
    free(path);
}

/* A bad input gives exit status 1, a "dyad: FILE:LINE: error:" message, an
 * "# error" or story line in the output, and the good stories still come out. */
static void bad_inputs(void **state)
{
    (void)state;
    char *p;
    char want[512];
    /* empty file */
    dyad_run r = run_on(".txt", "", 0, &p);
    assert_int_equal(r.status, 1);
    snprintf(want, sizeof want, "dyad: %s:1: error: story %s: empty file", p, strrchr(p, '/') + 1);
    assert_non_null(strstr(r.err, want));
    assert_non_null(strstr(r.out, "# error "));
    cleanup(&r, p);
    /* NUL bytes */
    r = run_on(".txt", "Xi met\0Kim.", 11, &p);
    assert_int_equal(r.status, 1);
    assert_non_null(strstr(r.err, "NUL byte"));
    assert_non_null(strstr(r.out, "\tXi met Kim.\n"));
    cleanup(&r, p);
    /* invalid UTF-8: reported, output stays valid UTF-8 */
    r = run_on(".txt", "Xi met \xFF Kim.", 13, &p);
    assert_int_equal(r.status, 1);
    snprintf(want, sizeof want, "dyad: %s:1: error: story %s: invalid UTF-8 at byte 7", p, strrchr(p, '/') + 1);
    assert_non_null(strstr(r.err, want));
    assert_int_equal(dy_utf8_check(r.out, r.out_len, NULL), 0);
    assert_non_null(strstr(r.out, "\tXi met \xEF\xBF\xBD Kim.\n"));
    cleanup(&r, p);
    /* an invalid JSON line between good ones */
    const char js[] = "{\"id\":\"a\",\"text\":\"One.\"}\n{\"id\":\"b\",\"text\":\"Two\n{\"id\":\"c\",\"text\":\"Three.\"}\n";
    r = run_on(".jsonl", js, sizeof js - 1, &p);
    assert_int_equal(r.status, 1);
    snprintf(want, sizeof want, "dyad: %s:2: error: invalid JSON", p);
    assert_non_null(strstr(r.err, want));
    assert_non_null(strstr(r.out, "a\t1\t0\t4\tpara\tOne.\n"));
    assert_non_null(strstr(r.out, "c\t1\t0\t6\tpara\tThree.\n"));
    assert_int_equal(count_lines(r.out, "# error "), 1);
    cleanup(&r, p);
    /* malformed XML between good records */
    const char xml[] = "<Sentences>\n<Sentence id=\"A\"><Text>One.</Text></Sentence>\n"
                       "<Sentence id=\"B\"><Text>Two</Txet></Sentence>\n"
                       "<Sentence id=\"C\"><Text>Three.</Text></Sentence>\n</Sentences>\n";
    r = run_on(".xml", xml, sizeof xml - 1, &p);
    assert_int_equal(r.status, 1);
    snprintf(want, sizeof want, "dyad: %s:3: error: malformed <Sentence> element", p);
    assert_non_null(strstr(r.err, want));
    assert_non_null(strstr(r.out, "A\t1\t0\t4\tpara\tOne.\n"));
    assert_non_null(strstr(r.out, "C\t1\t0\t6\tpara\tThree.\n"));
    cleanup(&r, p);
    /* a file that does not exist, next to one that does */
    const char *args[] = {"sentences", "/nonexistent/x.txt", "../shared/examples/xi-pyongyang-2019-06-19.txt", NULL};
    r = run(NULL, 0, args);
    assert_int_equal(r.status, 1);
    assert_non_null(strstr(r.err, "dyad: /nonexistent/x.txt: error: cannot open"));
    assert_int_equal(count_lines(r.out, "xi-pyongyang-2019-06-19.txt\t"), 44);
    dyad_run_free(&r);
}

/* CRLF and a missing final newline are ordinary text: no message, status 0. */
static void crlf_and_no_final_newline(void **state)
{
    (void)state;
    char *p;
    const char t[] = "Xi met Kim.\r\n\r\nKim met Xi.";
    dyad_run r = run_on(".txt", t, sizeof t - 1, &p);
    assert_int_equal(r.status, 0);
    assert_int_equal(r.err_len, 0);
    assert_non_null(strstr(r.out, "\t1\t0\t11\tpara\tXi met Kim.\n"));
    assert_non_null(strstr(r.out, "\t2\t15\t26\tpara\tKim met Xi.\n"));
    cleanup(&r, p);
    const char j[] = "{\"id\":\"a\",\"text\":\"One.\"}\r\n{\"id\":\"b\",\"text\":\"Two.\"}";
    r = run_on(".jsonl", j, sizeof j - 1, &p);
    assert_int_equal(r.status, 0);
    assert_int_equal(r.err_len, 0);
    assert_int_equal(count_lines(r.out, "# story "), 2);
    cleanup(&r, p);
}

/* A single 10 MB line of text without any sentence end. */
static void ten_megabyte_line(void **state)
{
    (void)state;
    size_t n = 10u << 20;
    char *t = malloc(n);
    for (size_t i = 0; i < n; i++)
        t[i] = i % 9 == 8 ? ' ' : 'w';
    char *p;
    dyad_run r = run_on(".txt", t, n, &p);
    assert_int_equal(r.status, 0);
    assert_true(count_lines(r.out, "dyadtest") >= n / 8192);
    assert_non_null(strstr(r.out, "\tcut\t"));
    cleanup(&r, p);
    free(t);
}

DYAD_TEST_GROUP(text_cli,
    cmocka_unit_test(sentences_of_the_xi_article),
    cmocka_unit_test(tokens_and_stdin),
    cmocka_unit_test(jsonl_and_xml_inputs),
    cmocka_unit_test(usage_errors),
    cmocka_unit_test(bad_inputs),
    cmocka_unit_test(crlf_and_no_final_newline),
    cmocka_unit_test(ten_megabyte_line))
