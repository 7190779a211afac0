/*
 * test_jsonl_fast.c — the JSON Lines fast path (src/text/jsonl_fast.c)
 * against jansson: whatever line it accepts, jansson must accept too and
 * decode to the same fields; what it is unsure of it must decline. Checked
 * on chosen lines and on 200,000 random lines built from JSON fragments.
 */
#include "testutil.h"

#include <jansson.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "base/buf.h"
#include "text/jsonl_fast.h"

/* Does jansson read line the same way: same fields, no other field? */
static int jansson_agrees(const char *line, size_t n, const dy_jsonl_fields *f)
{
    json_t *root = json_loadb(line, n, JSON_ALLOW_NUL, NULL);
    if (!json_is_object(root)) {
        json_decref(root);
        return 0;
    }
    const char *names[] = {"id", "date", "source", "url", "text"};
    const dy_jstr *mine[] = {&f->id, &f->date, &f->source, &f->url, &f->text};
    size_t present = 0;
    int ok = 1;
    for (int i = 0; i < 5; i++) {
        json_t *v = json_object_get(root, names[i]);
        if (!mine[i]->s) {
            ok &= v == NULL;
            continue;
        }
        present++;
        ok &= json_is_string(v) && json_string_length(v) == mine[i]->n &&
              memcmp(json_string_value(v), mine[i]->s, mine[i]->n) == 0 &&
              mine[i]->s[mine[i]->n] == 0;
    }
    ok &= json_object_size(root) == present;
    json_decref(root);
    return ok;
}

/* 1 if the fast path accepts line (and then jansson must agree). */
static int fast(const char *line)
{
    dy_arena a;
    dy_arena_init(&a, 0);
    dy_jsonl_fields f;
    int took = dy_jsonl_fast(line, strlen(line), &a, &f);
    if (took && !jansson_agrees(line, strlen(line), &f))
        fail_msg("fast path and jansson differ on: %s", line);
    dy_arena_free(&a);
    return took;
}

static void plain_records_are_taken(void **state)
{
    (void)state;
    assert_true(fast("{\"id\":\"a\",\"date\":\"2019-06-19\",\"text\":\"Xi visited Pyongyang.\"}"));
    assert_true(fast(" { \"text\" : \"x\" , \"id\" : \"b\" , \"source\":\"AP\",\"url\":\"u\" } "));
    assert_true(fast("{\"id\":\"q\",\"text\":\"He said \\\"no\\\" \\\\ \\/ \\b\\f\\n\\r\\t.\"}"));
    assert_true(fast("{\"id\":\"u\",\"text\":\"caf\\u00e9 \\u20AC \\ud83d\\ude00 \\u0041\"}"));
    assert_true(fast("{\"id\":\"r\",\"text\":\"caf\xc3\xa9 raw UTF-8\"}"));
    assert_true(fast("{\"text\":\"\"}"));   /* empty: taken here, the reader then asks jansson */
}

static void anything_else_is_declined(void **state)
{
    (void)state;
    static const char *const lines[] = {
        "{}", "[]", "\"text\"", "", "{\"id\":1,\"text\":\"x\"}",
        "{\"id\":\"a\",\"text\":\"x\",\"lang\":\"en\"}",           /* another field */
        "{\"id\":\"a\",\"text\":\"x\",\"text\":\"y\"}",            /* a duplicate */
        "{\"id\":\"a\",\"date\":null,\"text\":\"x\"}",
        "{\"id\":\"a\",\"text\":\"x\\u0000y\"}",                   /* escaped NUL */
        "{\"id\":\"a\",\"text\":\"x\ty\"}",                        /* raw control character */
        "{\"id\":\"a\",\"text\":\"x\\qy\"}",                       /* bad escape */
        "{\"id\":\"a\",\"text\":\"\\ud800\"}",                     /* lone surrogates */
        "{\"id\":\"a\",\"text\":\"\\udc00\\ud800\"}",
        "{\"id\":\"a\",\"text\":\"\\ud800\\u0041\"}",
        "{\"id\":\"a\",\"text\":\"\\u12g4\"}", "{\"id\":\"a\",\"text\":\"\\u12\"}",
        "{\"id\":\"a\",\"text\":\"x\"} x", "{\"id\":\"a\",\"text\":\"x\"",
        "{\"id\":\"a\",\"text\":\"x\",}", "{\"id\":\"a\" \"text\":\"x\"}",
        "{\"te\\u0078t\":\"x\"}", "{\"id\":\"a\",\"text\":\"x\\", "{\"id\":\"a\",\"text\":\"x",
    };
    for (size_t i = 0; i < sizeof lines / sizeof lines[0]; i++)
        if (fast(lines[i]))
            fail_msg("taken: %s", lines[i]);
}

/* Random lines from fragments that are often, but not always, valid JSON. */
static void random_lines_agree_with_jansson(void **state)
{
    (void)state;
    static const char *const frag[] = {
        "{", "}", ",", ":", " ", "\"", "\"id\"", "\"text\"", "\"date\"", "\"url\"", "\"source\"",
        "\"x\"", "\"2019-06-19\"", "\\\"", "\\\\", "\\/", "\\n", "\\t", "\\u00e9", "\\uD83D",
        "\\uDE00", "\\u0000", "\\u", "\\", "1", "null", "a", "\xc3\xa9", "\t", "\"other\"",
    };
    const size_t nfrag = sizeof frag / sizeof frag[0];
    uint64_t x = 42;
    dy_buf b = DY_BUF_INIT;
    int taken = 0;
    for (int round = 0; round < 200000; round++) {
        dy_buf_clear(&b);
        /* half the lines start as a good record and get one fragment spliced in */
        if (round % 2)
            dy_buf_adds(&b, "{\"id\":\"s1\",\"text\":\"");
        int len = 1 + (int)((x >> 33) % 12);
        for (int k = 0; k < len; k++) {
            x = x * 6364136223846793005ULL + 1442695040888963407ULL;
            dy_buf_adds(&b, frag[(x >> 33) % nfrag]);
        }
        if (round % 2)
            dy_buf_adds(&b, round % 4 == 1 ? "\"}" : "\",\"date\":\"1995-01-02\"}");
        taken += fast(b.data);
    }
    dy_buf_free(&b);
    assert_true(taken > 1000);   /* the comparison did happen */
}

DYAD_TEST_GROUP(jsonl_fast,
    cmocka_unit_test(plain_records_are_taken),
    cmocka_unit_test(anything_else_is_declined),
    cmocka_unit_test(random_lines_agree_with_jansson))
