/*
 * test_reader.c — the story readers: plain text, JSON Lines and PETRARCH
 * XML, good input and every kind of bad input the issue lists.
 */
#include "testutil.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "text/date.h"
#include "text/reader_impl.h"
#include "text_test.h"

#define MEM(name, lit, opts) read_mem(name, lit, sizeof(lit) - 1, opts)

static int has(const records *r, const char *needle)
{
    return strstr(r->m.text, needle) != NULL;
}

/* ---- plain text ---- */

static void text_story_id_and_dates(void **state)
{
    (void)state;
    records *r = MEM("dir/xi.txt", "Xi met Kim.\n\n(June 19, 2019)\n", NULL);
    assert_int_equal(r->n, 1);
    assert_int_equal(r->s[0].kind, DY_RECORD_STORY);
    assert_string_equal(r->s[0].id, "xi.txt");
    assert_string_equal(r->s[0].file, "dir/xi.txt");
    assert_int_equal(r->s[0].date, 20190619);
    assert_int_equal(r->s[0].date_source, DY_DATE_DATELINE);
    assert_int_equal(r->diag.errors, 0);
    records_free(r);
    dy_reader_opts o = DY_READER_OPTS_INIT;
    o.date = 20200101;
    r = MEM("a.txt", "Xi met Kim.\n\n(June 19, 2019)\n", &o);
    assert_int_equal(r->s[0].date, 20200101);  /* --date comes first */
    assert_int_equal(r->s[0].date_source, DY_DATE_OPTION);
    records_free(r);
    r = MEM("a.txt", "Xi met Kim.", NULL);  /* no final newline, no date */
    assert_int_equal(r->n, 1);
    assert_int_equal(r->s[0].date, 0);
    assert_int_equal(r->s[0].date_source, DY_DATE_NONE);
    assert_int_equal(r->s[0].text_len, 11);
    records_free(r);
    r = MEM("a.txt", "Wednesday, June 19, 2019\r\n\r\nXi met Kim.\r\n", NULL);  /* CRLF, date first */
    assert_int_equal(r->s[0].date, 20190619);
    assert_int_equal(r->diag.errors + r->diag.warnings, 0);
    records_free(r);
}

static void text_empty_and_blank(void **state)
{
    (void)state;
    records *r = MEM("empty.txt", "", NULL);
    assert_int_equal(r->n, 1);
    assert_int_equal(r->s[0].kind, DY_RECORD_ERROR);
    assert_string_equal(r->s[0].reason, "empty file");
    assert_int_equal(r->diag.errors, 1);
    assert_true(has(r, "empty.txt:1|error|"));
    records_free(r);
    r = MEM("blank.txt", " \n\t\r\n", NULL);
    assert_int_equal(r->s[0].kind, DY_RECORD_ERROR);
    assert_true(has(r, "only white space"));
    records_free(r);
}

static void text_nul_bytes(void **state)
{
    (void)state;
    records *r = MEM("n.txt", "Xi\0met\nKim\0.", NULL);
    assert_int_equal(r->n, 1);
    assert_int_equal(r->s[0].kind, DY_RECORD_STORY);
    assert_int_equal(r->s[0].text_len, 12);
    assert_memory_equal(r->s[0].text, "Xi met\nKim .", 12);
    assert_int_equal(r->diag.errors, 1);
    assert_true(has(r, "n.txt:1|error|story n.txt: 2 NUL bytes (first at text byte 2)"));
    records_free(r);
}

static void text_invalid_utf8(void **state)
{
    (void)state;
    records *r = MEM("u.txt", "Xi met Kim.\nThen \xFF\xFE left.", NULL);
    assert_int_equal(r->n, 1);
    assert_int_equal(r->s[0].kind, DY_RECORD_STORY);
    assert_memory_equal(r->s[0].text + 17, "\xFF\xFE", 2);  /* offsets stay file offsets */
    assert_int_equal(r->diag.errors, 1);
    assert_true(has(r, "u.txt:2|error|story u.txt: invalid UTF-8 at byte 17 (2 bad sequences)"));
    records_free(r);
}

static void missing_file(void **state)
{
    (void)state;
    records *r = read_path("/nonexistent/dir/story.txt", NULL);
    assert_int_equal(r->n, 1);
    assert_int_equal(r->s[0].kind, DY_RECORD_ERROR);
    assert_non_null(r->s[0].reason);
    assert_true(has(r, "/nonexistent/dir/story.txt|error|cannot open"));
    records_free(r);
}

/* ---- JSON Lines ---- */

static void jsonl_fields(void **state)
{
    (void)state;
    records *r = MEM("s.jsonl",
        "{\"id\":\"a1\",\"date\":\"2019-06-19\",\"text\":\"Xi met Kim.\",\"source\":\"NYT\","
        "\"url\":\"http://x/1\",\"lang\":\"en\",\"tags\":[1,2]}\n"
        "{\"id\":7,\"date\":20190620,\"text\":\"Kim met Xi.\",\"source\":5}\n", NULL);
    assert_int_equal(r->n, 2);
    dy_story *s = &r->s[0];
    assert_string_equal(s->id, "a1");
    assert_int_equal(s->date, 20190619);
    assert_int_equal(s->date_source, DY_DATE_JSON);
    assert_string_equal(s->text, "Xi met Kim.");
    assert_string_equal(s->source, "NYT");
    assert_string_equal(s->url, "http://x/1");
    assert_string_equal(s->extra_json, "{\"lang\":\"en\",\"tags\":[1,2]}");
    assert_int_equal(s->line, 1);
    s = &r->s[1];
    assert_string_equal(s->id, "7");
    assert_int_equal(s->date, 20190620);
    assert_null(s->source);                       /* not a string: carried as extra */
    assert_string_equal(s->extra_json, "{\"source\":5}");
    assert_int_equal(s->line, 2);
    assert_int_equal(r->diag.errors + r->diag.warnings, 0);
    records_free(r);
}

static void jsonl_dates(void **state)
{
    (void)state;
    dy_reader_opts o = DY_READER_OPTS_INIT;
    o.date = 20000102;
    records *r = MEM("d.jsonl",
        "{\"id\":\"a\",\"text\":\"No date here.\"}\n"
        "{\"id\":\"b\",\"date\":\"2019-02-30\",\"text\":\"Bad date.\"}\n"
        "{\"id\":\"c\",\"date\":\"2019-06-19T12:00:00Z\",\"text\":\"Timestamp.\"}\n", &o);
    assert_int_equal(r->n, 3);
    assert_int_equal(r->s[0].date, 20000102);
    assert_int_equal(r->s[0].date_source, DY_DATE_OPTION);
    assert_int_equal(r->s[1].date, 20000102);
    assert_true(has(r, "d.jsonl:2|error|story b: \"date\" \"2019-02-30\" is not a date"));
    assert_int_equal(r->s[2].date, 20190619);
    records_free(r);
}

static void jsonl_bad_lines_do_not_stop_the_rest(void **state)
{
    (void)state;
    records *r = MEM("bad.jsonl",
        "{\"id\":\"a\",\"text\":\"First.\"}\n"
        "{\"id\":\"b\",\"text\":\"unterminated\n"
        "[1,2]\n"
        "{\"id\":\"c\"}\n"
        "{\"id\":\"d\",\"text\":\"  \"}\n"
        "\n"
        "{\"text\":\"No id.\"}\r\n"
        "{\"id\":\"e\",\"text\":\"Last.\"}", NULL);
    assert_int_equal(r->n, 7);
    assert_int_equal(r->s[0].kind, DY_RECORD_STORY);
    assert_int_equal(r->s[1].kind, DY_RECORD_ERROR);
    assert_int_equal(r->s[1].line, 2);
    assert_true(has(r, "bad.jsonl:2|error|invalid JSON at column"));
    assert_int_equal(r->s[2].kind, DY_RECORD_ERROR);
    assert_true(has(r, "bad.jsonl:3|error|the line is JSON but not an object"));
    assert_int_equal(r->s[3].kind, DY_RECORD_ERROR);
    assert_string_equal(r->s[3].id, "c");
    assert_true(has(r, "bad.jsonl:4|error|story c: no \"text\" field"));
    assert_int_equal(r->s[4].kind, DY_RECORD_ERROR);
    assert_true(has(r, "bad.jsonl:5|error|story d: \"text\" is only white space"));
    assert_int_equal(r->s[5].kind, DY_RECORD_STORY);   /* blank line 6 skipped */
    assert_string_equal(r->s[5].id, "bad.jsonl:7");
    assert_true(has(r, "bad.jsonl:7|warning|no \"id\""));
    assert_int_equal(r->s[6].kind, DY_RECORD_STORY);    /* no final newline */
    assert_string_equal(r->s[6].id, "e");
    assert_int_equal(r->diag.errors, 4);
    records_free(r);
    r = MEM("cut.jsonl", "{\"id\":\"a\",\"text\":\"First.\"}\n{\"id\":\"b\",\"te", NULL);
    assert_int_equal(r->n, 2);
    assert_true(has(r, "cut.jsonl:2|error|invalid JSON"));
    assert_true(has(r, "no line feed"));
    records_free(r);
}

static void jsonl_nul_and_utf8(void **state)
{
    (void)state;
    records *r = MEM("n.jsonl",
        "{\"id\":\"a\",\"text\":\"Xi\\u0000met.\"}\n"
        "{\"id\":\"b\",\"text\":\"raw\0nul\"}\n"
        "{\"id\":\"c\",\"text\":\"Bad \xC3 byte.\"}\n", NULL);
    assert_int_equal(r->n, 3);
    assert_string_equal(r->s[0].text, "Xi met.");
    assert_true(has(r, "n.jsonl:1|error|story a: 1 NUL byte"));
    assert_int_equal(r->s[1].kind, DY_RECORD_ERROR);
    assert_true(has(r, "n.jsonl:2|error|NUL byte at column 22"));
    assert_int_equal(r->s[2].kind, DY_RECORD_STORY);
    assert_string_equal(r->s[2].text, "Bad \xEF\xBF\xBD byte.");
    assert_true(has(r, "n.jsonl:3|error|JSON line: invalid UTF-8 at byte 22"));
    records_free(r);
}

static void jsonl_empty_input(void **state)
{
    (void)state;
    records *r = MEM("e.jsonl", "", NULL);
    assert_int_equal(r->n, 1);
    assert_int_equal(r->s[0].kind, DY_RECORD_ERROR);
    assert_true(has(r, "e.jsonl|error|no JSON records"));
    records_free(r);
}

/* A 10 MB line read through a file descriptor (the streaming path). */
static void jsonl_ten_megabyte_line(void **state)
{
    (void)state;
    size_t n = 10u << 20;
    char *line = malloc(n + 200);
    size_t k = (size_t)sprintf(line, "{\"id\":\"big\",\"text\":\"");
    for (size_t i = 0; i < n; i++)
        line[k++] = i % 50 == 49 ? '.' : i % 50 == 48 ? 'x' : i % 5 == 4 ? ' ' : 'a';
    k += (size_t)sprintf(line + k, "\"}\n{\"id\":\"next\",\"text\":\"Small.\"}\n");
    char *path = dyad_temp_file(".jsonl", line, k);
    records *r = read_path(path, NULL);
    assert_int_equal(r->n, 2);
    assert_int_equal(r->s[0].kind, DY_RECORD_STORY);
    assert_int_equal(r->s[0].text_len, n);
    assert_string_equal(r->s[1].id, "next");
    assert_int_equal(r->diag.errors, 0);
    records_free(r);
    /* the same line above a small limit is reported, and the next still read */
    dy_reader_opts o = DY_READER_OPTS_INIT;
    o.max_record = 1 << 20;
    r = read_path(path, &o);
    assert_int_equal(r->n, 2);
    assert_int_equal(r->s[0].kind, DY_RECORD_ERROR);
    assert_int_equal(r->s[0].line, 1);
    assert_true(has(r, "|error|line longer than the limit"));
    assert_string_equal(r->s[1].id, "next");
    assert_int_equal(r->s[1].line, 2);
    records_free(r);
    unlink(path);
    free(path);
    free(line);
}

/* Many small lines: the read buffer stays small (the file is never loaded whole). */
static void jsonl_streams(void **state)
{
    (void)state;
    size_t lines = 100000;
    char *data = malloc(lines * 64);
    size_t k = 0;
    for (size_t i = 0; i < lines; i++)
        k += (size_t)sprintf(data + k, "{\"id\":\"s%zu\",\"text\":\"Arnor met Gondor.\"}\n", i);
    char *path = dyad_temp_file(".jsonl", data, k);
    dy_diag d;
    dy_diag_init(&d, NULL, NULL);
    dy_reader *rd = dy_reader_open(path, NULL, &d);
    dy_arena a;
    dy_arena_init(&a, 0);
    dy_story s;
    size_t n = 0, max_cap = 0;
    while (dy_reader_next(rd, &s, &a)) {
        n++;
        if (rd->in.cap > max_cap)
            max_cap = rd->in.cap;
        dy_arena_reset(&a);
    }
    assert_int_equal(n, lines);
    assert_true(k > 4u << 20);
    assert_true(max_cap <= 1u << 17);
    dy_reader_close(rd);
    dy_arena_free(&a);
    unlink(path);
    free(path);
    free(data);
}

/* ---- PETRARCH XML ---- */

static void xml_validation_file(void **state)
{
    (void)state;
    records *r = read_path("../shared/petrarch/validate/PETR.UnitTest.dev.xml", NULL);
    int stories = 0, configs = 0, envs = 0, errors = 0, noevents = 0, parses = 0;
    for (int i = 0; i < r->n; i++) {
        dy_story *s = &r->s[i];
        stories += s->kind == DY_RECORD_STORY;
        configs += s->kind == DY_RECORD_CONFIG;
        envs += s->kind == DY_RECORD_ENVIRONMENT;
        errors += s->kind == DY_RECORD_ERROR;
        noevents += s->noevents;
        parses += s->parse != NULL;
    }
    assert_int_equal(stories, 142);
    assert_int_equal(configs, 29);  /* 30 <Config in the file, one inside a comment */
    assert_int_equal(envs, 1);
    assert_int_equal(errors, 0);
    assert_int_equal(noevents, 8);
    assert_int_equal(parses, 142);
    assert_int_equal(r->diag.errors + r->diag.warnings, 0);
    /* the order: environment, its config, then the first sentence */
    assert_int_equal(r->s[0].kind, DY_RECORD_ENVIRONMENT);
    assert_string_equal(dy_story_env(&r->s[0], "Verbfile"), "PETR.Validate.verbs.txt");
    assert_null(dy_story_env(&r->s[0], "Nofile"));
    dy_arena a;
    dy_arena_init(&a, 0);
    assert_string_equal(dy_story_resolve(&r->s[0], "PETR.Validate.verbs.txt", &a),
                        "../shared/petrarch/validate/PETR.Validate.verbs.txt");
    dy_arena_free(&a);
    assert_int_equal(r->s[1].kind, DY_RECORD_CONFIG);
    assert_string_equal(r->s[1].option, "stop_on_error");
    dy_story *d0 = &r->s[2];
    assert_string_equal(d0->id, "DEMO-00");
    assert_int_equal(d0->date, 19950101);
    assert_int_equal(d0->date_source, DY_DATE_XML);
    assert_string_equal(d0->category, "DEMO");
    assert_int_equal(d0->sentence_flag, 1);
    assert_int_equal(d0->ncodings, 1);
    assert_string_equal(d0->codings[0].source, "ARN");
    assert_string_equal(d0->codings[0].target, "GON");
    assert_string_equal(d0->codings[0].event, "064");
    assert_true(strncmp(d0->text, "Arnor is about to restore", 25) == 0);
    assert_true(strncmp(d0->parse, "(ROOT", 5) == 0);
    /* a config applies to what follows: new_actor_length=4 comes just before ACTOR-01 */
    int found = 0;
    for (int i = 1; i < r->n; i++)
        if (r->s[i].kind == DY_RECORD_STORY && !strcmp(r->s[i].id, "ACTOR-01")) {
            assert_int_equal(r->s[i - 1].kind, DY_RECORD_CONFIG);
            assert_string_equal(r->s[i - 1].option, "new_actor_length");
            assert_string_equal(r->s[i - 1].value, "4");
            assert_int_equal(r->s[i].ncodings, 2);
            assert_string_equal(r->s[i].codings[0].source, "\"GRYFFINDOR HEAD MINERVA MCGONAGALL\"");
            found = 1;
        } else if (r->s[i].kind == DY_RECORD_STORY && !strcmp(r->s[i].id, "ERROR-02")) {
            assert_string_equal(r->s[i].expected_error, "bad_input_parse");
        } else if (r->s[i].kind == DY_RECORD_STORY && !strcmp(r->s[i].id, "DEMO-04")) {
            assert_int_equal(r->s[i].sentence_flag, 0);
        }
    assert_true(found);
    records_free(r);
}

static void xml_malformed_records(void **state)
{
    (void)state;
    records *r = MEM("m.xml",
        "<Sentences>\n"
        "<Sentence date=\"20010101\" id=\"OK-1\"><Text>Arnor &amp; Gondor met.</Text></Sentence>\n"
        "<Sentence date=\"20010101\" id=\"BAD-1\">\n<Text>Broken <b>markup</Text>\n</Sentence>\n"
        "<Sentence date=\"20010101\" id=\"OPEN-1\"><Text>never closed</Text>\n"
        "<Sentence id=\"NOTEXT\"></Sentence>\n"
        "<Config option=\"require_dyad\" value=\"false\"/>\n"
        "<Sentence date=\"2001\" id=\"OK-2\"><!-- a </Sentence> in a comment --><Text>Gondor left.</Text></Sentence>\n"
        "<Sentence id=\"LAST\"><Text>cut off", NULL);
    assert_int_equal(r->n, 7);
    assert_int_equal(r->s[0].kind, DY_RECORD_STORY);
    assert_string_equal(r->s[0].text, "Arnor & Gondor met.");
    assert_int_equal(r->s[1].kind, DY_RECORD_ERROR);
    assert_int_equal(r->s[1].line, 3);
    assert_true(has(r, "m.xml:5|error|malformed <Sentence> element: Premature end of data in tag Sentence line 3"));
    assert_int_equal(r->s[2].kind, DY_RECORD_ERROR);
    assert_true(has(r, "m.xml:6|error|<Sentence> is not closed before the next <Sentence> on line 7"));
    assert_int_equal(r->s[3].kind, DY_RECORD_ERROR);
    assert_string_equal(r->s[3].id, "NOTEXT");
    assert_true(has(r, "<Sentence> has no <Text>"));
    assert_int_equal(r->s[4].kind, DY_RECORD_CONFIG);
    assert_string_equal(r->s[4].value, "false");
    assert_int_equal(r->s[5].kind, DY_RECORD_STORY);
    assert_string_equal(r->s[5].id, "OK-2");
    assert_int_equal(r->s[5].line, 9);
    assert_true(has(r, "m.xml:9|error|story OK-2: date=\"2001\" is not a date"));
    assert_int_equal(r->s[6].kind, DY_RECORD_ERROR);
    assert_true(has(r, "m.xml:10|error|<Sentence> is not closed before the end of the input"));
    records_free(r);
}

static void xml_bad_bytes_and_empty(void **state)
{
    (void)state;
    records *r = MEM("b.xml",
        "<Sentence id=\"U\"><Text>Bad \xFF byte.</Text></Sentence>\n"
        "<Sentence id=\"N\"><Text>Nul\0here.</Text></Sentence>\n", NULL);
    assert_int_equal(r->n, 2);
    assert_string_equal(r->s[0].text, "Bad \xEF\xBF\xBD byte.");
    assert_true(has(r, "b.xml:1|error|XML record: invalid UTF-8"));
    assert_string_equal(r->s[1].text, "Nul here.");
    assert_true(has(r, "b.xml:2|error|NUL byte"));
    records_free(r);
    r = MEM("e.xml", "", NULL);
    assert_int_equal(r->n, 1);
    assert_int_equal(r->s[0].kind, DY_RECORD_ERROR);
    records_free(r);
    r = MEM("j.xml", "<Validation>junk<Other>x</Other><!-- unterminated", NULL);
    assert_true(r->n >= 1);
    assert_int_equal(r->s[r->n - 1].kind, DY_RECORD_ERROR);
    assert_true(has(r, "j.xml:1|warning|text outside any <Sentence> ignored"));
    assert_true(has(r, "element <Other> ignored"));
    records_free(r);
}

/* A record above the size limit is skipped with a message; the next ones load. */
static void records_over_the_limit(void **state)
{
    (void)state;
    size_t words = 100000;
    char *x = malloc(words * 5 + 300);
    size_t k = (size_t)sprintf(x, "<Sentences>\n<Sentence id=\"A\"><Text>One.</Text></Sentence>\n"
                                  "<Sentence id=\"BIG\"><Text>");
    for (size_t i = 0; i < words; i++)
        k += (size_t)sprintf(x + k, "word ");
    k += (size_t)sprintf(x + k, "</Text></Sentence>\n<Sentence id=\"C\"><Text>Three.</Text></Sentence>\n");
    char *path = dyad_temp_file(".xml", x, k);
    dy_reader_opts o = DY_READER_OPTS_INIT;
    o.max_record = 100000;
    records *r = read_path(path, &o);
    assert_int_equal(r->n, 3);
    assert_string_equal(r->s[0].id, "A");
    assert_int_equal(r->s[1].kind, DY_RECORD_ERROR);
    assert_int_equal(r->s[1].line, 3);
    assert_true(has(r, ":3|error|<Sentence> is larger than the limit of 100000 bytes: skipped"));
    assert_string_equal(r->s[2].id, "C");
    assert_int_equal(r->s[2].line, 4);
    records_free(r);
    o.max_record = 0;  /* the default limit holds it */
    r = read_path(path, &o);
    assert_int_equal(r->n, 3);
    assert_int_equal(r->s[1].text_len, words * 5 - 1);
    records_free(r);
    unlink(path);
    free(path);
    /* a plain text story over the limit */
    o.max_record = 1000;
    r = read_mem("t.txt", x, k, &o);
    assert_int_equal(r->n, 1);
    assert_int_equal(r->s[0].kind, DY_RECORD_ERROR);
    assert_true(has(r, "larger than the limit of 1000 bytes"));
    records_free(r);
    free(x);
}

/* ---- formats and dates ---- */

static void formats_and_dates(void **state)
{
    (void)state;
    assert_int_equal(dy_format_for_path("a/b.JSONL"), DY_FORMAT_JSONL);
    assert_int_equal(dy_format_for_path("x.ndjson"), DY_FORMAT_JSONL);
    assert_int_equal(dy_format_for_path("x.json"), DY_FORMAT_JSONL);
    assert_int_equal(dy_format_for_path("x.xml"), DY_FORMAT_XML);
    assert_int_equal(dy_format_for_path("x.txt"), DY_FORMAT_TEXT);
    assert_int_equal(dy_format_for_path("-"), DY_FORMAT_TEXT);
    dy_format f;
    assert_true(dy_format_parse("xml", &f));
    assert_int_equal(f, DY_FORMAT_XML);
    assert_false(dy_format_parse("yaml", &f));
    assert_int_equal(dy_date_parse("2019-06-19", 10), 20190619);
    assert_int_equal(dy_date_parse("20190619", 8), 20190619);
    assert_int_equal(dy_date_parse("2019/06/19", 10), 20190619);
    assert_int_equal(dy_date_parse("2020-02-29", 10), 20200229);
    assert_int_equal(dy_date_parse("2019-02-29", 10), 0);
    assert_int_equal(dy_date_parse("2019-6-19", 9), 0);
    assert_int_equal(dy_date_parse("June", 4), 0);
    assert_int_equal(dy_dateline_parse("(June 19, 2019)", 15), 20190619);
    assert_int_equal(dy_dateline_parse("19 June 2019", 12), 20190619);
    assert_int_equal(dy_dateline_parse("Sept. 3, 2001", 13), 20010903);
    assert_int_equal(dy_dateline_parse("Wednesday, June 19, 2019", 24), 20190619);
    assert_int_equal(dy_dateline_parse("June 31, 2019", 13), 0);
    assert_int_equal(dy_dateline_parse("Xi met Kim, 2019", 16), 0);
    assert_int_equal(dy_text_dateline("Text.\n\n2019-06-19\n", 18), 20190619);
}

DYAD_TEST_GROUP(text_reader,
    cmocka_unit_test(text_story_id_and_dates),
    cmocka_unit_test(text_empty_and_blank),
    cmocka_unit_test(text_nul_bytes),
    cmocka_unit_test(text_invalid_utf8),
    cmocka_unit_test(missing_file),
    cmocka_unit_test(jsonl_fields),
    cmocka_unit_test(jsonl_dates),
    cmocka_unit_test(jsonl_bad_lines_do_not_stop_the_rest),
    cmocka_unit_test(jsonl_nul_and_utf8),
    cmocka_unit_test(jsonl_empty_input),
    cmocka_unit_test(jsonl_ten_megabyte_line),
    cmocka_unit_test(jsonl_streams),
    cmocka_unit_test(xml_validation_file),
    cmocka_unit_test(xml_malformed_records),
    cmocka_unit_test(xml_bad_bytes_and_empty),
    cmocka_unit_test(records_over_the_limit),
    cmocka_unit_test(formats_and_dates))
