/*
 * test_base.c — arena, buffer, interning, diagnostics, embedded data.
 */
#include "testutil.h"

#include <stdio.h>
#include <string.h>

#include "base/arena.h"
#include "base/buf.h"
#include "base/diag.h"
#include "base/embedded.h"
#include "base/intern.h"

static void arena_alignment_and_reuse(void **state)
{
    (void)state;
    dy_arena a;
    dy_arena_init(&a, 1024);
    char *p = dy_arena_alloc(&a, 3);
    char *q = dy_arena_alloc(&a, 5);
    assert_int_equal((uintptr_t)p % 16, 0);
    assert_int_equal((uintptr_t)q % 16, 0);
    assert_true(q >= p + 3);
    /* a big allocation gets its own chunk and does not disturb the head */
    char *big = dy_arena_alloc(&a, 10000);
    memset(big, 'x', 10000);
    char *r = dy_arena_alloc(&a, 8);
    assert_ptr_equal(r, q + 16);
    assert_true(dy_arena_used(&a) >= 10000 + 48);
    dy_arena_reset(&a);
    assert_int_equal(dy_arena_used(&a), 0);
    char *s = dy_arena_strdup(&a, "hello");
    assert_string_equal(s, "hello");
    dy_arena_free(&a);
}

static void buf_json_escapes(void **state)
{
    (void)state;
    dy_buf b = DY_BUF_INIT;
    const char in[] = "a\"b\\c\nd\x01\xe2\x80\x9c";
    dy_buf_add_json_str(&b, in, sizeof in - 1);
    assert_string_equal(b.data, "\"a\\\"b\\\\c\\nd\\u0001\xe2\x80\x9c\"");
    dy_buf_clear(&b);
    dy_buf_add_long(&b, -1234567);
    dy_buf_addc(&b, ' ');
    dy_buf_add_long(&b, 0);
    dy_buf_addf(&b, " %s=%d", "x", 42);
    assert_string_equal(b.data, "-1234567 0 x=42");
    dy_buf_clear(&b);
    dy_buf_add_tsv_field(&b, "a\tb\nc", 5);
    assert_string_equal(b.data, "a b c");
    dy_buf_free(&b);
}

static void buf_long_format(void **state)
{
    (void)state;
    dy_buf b = DY_BUF_INIT;
    char big[1000];
    memset(big, 'z', sizeof big - 1);
    big[sizeof big - 1] = 0;
    dy_buf_addf(&b, "<%s>", big);
    assert_int_equal(b.len, 1001);
    assert_int_equal(b.data[0], '<');
    assert_int_equal(b.data[1000], '>');
    dy_buf_free(&b);
}

static void intern_ids_are_stable(void **state)
{
    (void)state;
    dy_intern t;
    dy_intern_init(&t);
    dy_word a = dy_intern_add(&t, "ARNOR", 5);
    dy_word g = dy_intern_add(&t, "GONDOR", 6);
    assert_int_not_equal(a, 0);
    assert_int_not_equal(a, g);
    assert_int_equal(dy_intern_add(&t, "ARNOR", 5), a);
    assert_int_equal(dy_intern_find(&t, "GONDOR", 6), g);
    assert_int_equal(dy_intern_find(&t, "MORDOR", 6), 0);
    assert_int_equal(dy_intern_find(&t, "ARNO", 4), 0);
    /* many words force several rehashes; every id must survive */
    char w[32];
    for (int i = 0; i < 50000; i++) {
        int n = snprintf(w, sizeof w, "W%d", i);
        assert_int_equal(dy_intern_add(&t, w, (size_t)n), (dy_word)(i + 3));
    }
    for (int i = 0; i < 50000; i += 997) {
        int n = snprintf(w, sizeof w, "W%d", i);
        dy_word id = dy_intern_find(&t, w, (size_t)n);
        assert_int_equal(id, (dy_word)(i + 3));
        assert_string_equal(dy_intern_str(&t, id), w);
    }
    assert_string_equal(dy_intern_str(&t, a), "ARNOR");
    assert_int_equal(dy_intern_len(&t, g), 6);
    dy_intern_free(&t);
}

typedef struct seen { int n; char last[256]; } seen;
static void record(void *ctx, dy_severity sev, const char *where, const char *msg)
{
    seen *s = ctx;
    s->n++;
    snprintf(s->last, sizeof s->last, "%s|%s|%s", where, dy_severity_name(sev), msg);
}

static void diag_counts_and_formats(void **state)
{
    (void)state;
    seen s = {0};
    dy_diag d;
    dy_diag_init(&d, record, &s);
    dy_diagf(&d, DY_WARNING, "verbs.txt", 12, "odd %s", "thing");
    assert_string_equal(s.last, "verbs.txt:12|warning|odd thing");
    dy_diagf(&d, DY_ERROR, "x.json", 0, "bad");
    assert_string_equal(s.last, "x.json|error|bad");
    dy_diag_where(&d, DY_NOTE, "story 7", "fine");
    assert_int_equal(s.n, 3);
    assert_int_equal(d.warnings, 1);
    assert_int_equal(d.errors, 1);
    dy_diagf(NULL, DY_ERROR, "ignored", 1, "no sink"); /* must not crash */
}

static void embedded_table_is_terminated(void **state)
{
    (void)state;
    int n = 0;
    for (const dy_embedded_file *f = dy_embedded_files; f->name; f++) {
        assert_true(strncmp(f->name, "data/", 5) == 0);
        assert_int_equal(f->data[f->len], 0);
        n++;
    }
    assert_null(dy_embedded_find("data/no-such-file"));
    assert_true(n >= 0);
}

DYAD_TEST_GROUP(base,
    cmocka_unit_test(arena_alignment_and_reuse),
    cmocka_unit_test(buf_json_escapes),
    cmocka_unit_test(buf_long_format),
    cmocka_unit_test(intern_ids_are_stable),
    cmocka_unit_test(diag_counts_and_formats),
    cmocka_unit_test(embedded_table_is_terminated))
