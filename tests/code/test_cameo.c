/*
 * test_cameo.c — the CAMEO table and the PLOVER mapping, checked against
 * the reference files in ../shared (cameo_codes.tsv, CAMEO2PLOVER-2021.txt).
 */
#include "testutil.h"

#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/diag.h"
#include "base/embedded.h"
#include "code/cameo.h"
#include "code/plover.h"

/* ---- helpers ------------------------------------------------------------ */

typedef struct msgs { int n; char last[512]; } msgs;

static void keep(void *ctx, dy_severity sev, const char *where, const char *msg)
{
    msgs *m = ctx;
    m->n++;
    snprintf(m->last, sizeof m->last, "%s|%s|%s", where, dy_severity_name(sev), msg);
}

/* Next line of *p (NUL-terminated, modified in place), or NULL at the end. */
static char *next_line(char **p)
{
    if (!*p || !**p)
        return NULL;
    char *s = *p, *nl = strchr(s, '\n');
    if (nl) {
        *nl = 0;
        *p = nl + 1;
    } else {
        *p = s + strlen(s);
    }
    size_t n = strlen(s);
    if (n && s[n - 1] == '\r')
        s[n - 1] = 0;
    return s;
}

/* Trim blanks in place. */
static char *trim(char *s)
{
    while (*s == ' ' || *s == '\t')
        s++;
    size_t n = strlen(s);
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t'))
        s[--n] = 0;
    return s;
}

/* Copy s without any blanks ("crime; corruption" -> "crime;corruption"). */
static void squeeze(char *dst, size_t cap, const char *s)
{
    size_t k = 0;
    for (; *s && k + 1 < cap; s++)
        if (*s != ' ' && *s != '\t')
            dst[k++] = *s;
    dst[k] = 0;
}

/* ---- CAMEO -------------------------------------------------------------- */

static void embedded_table_parses_cleanly(void **state)
{
    (void)state;
    const dy_embedded_file *f = dy_embedded_find("data/cameo.tsv");
    assert_non_null(f);
    msgs m = {0};
    dy_diag d;
    dy_diag_init(&d, keep, &m);
    dy_cameo *t = dy_cameo_parse((const char *)f->data, (size_t)f->len, "data/cameo.tsv", &d);
    if (m.n)
        fprintf(stderr, "first problem: %s\n", m.last);
    assert_int_equal(m.n, 0);
    assert_int_equal(dy_cameo_count(t), 311);
    dy_cameo_free(t);
}

/* Every code of the reference file, with equal facts, and nothing else. */
static void table_equals_reference(void **state)
{
    (void)state;
    const dy_cameo *t = dy_cameo_default();
    assert_non_null(t);
    char *text = dyad_slurp("../shared/cameo/cameo_codes.tsv", NULL);
    assert_non_null(text);
    char *p = text, *line;
    size_t checked = 0;
    next_line(&p); /* column names */
    while ((line = next_line(&p))) {
        if (!*line)
            continue;
        char *code = strtok(line, "\t"), *root = strtok(NULL, "\t");
        char *quad = strtok(NULL, "\t"), *gold = strtok(NULL, "\t");
        char *label = strtok(NULL, "\t");
        assert_non_null(label);
        const dy_cameo_code *c = dy_cameo_find(t, code, strlen(code));
        if (!c)
            fail_msg("CAMEO code %s missing", code);
        assert_string_equal(c->code, code);
        assert_string_equal(c->root, root);
        assert_int_equal(c->quad, atoi(quad));
        assert_int_equal(c->goldstein10, (int)lround(strtod(gold, NULL) * 10));
        assert_true(fabs(c->goldstein - strtod(gold, NULL)) < 1e-9);
        assert_string_equal(c->label, label);
        checked++;
    }
    assert_int_equal(checked, 311);
    assert_int_equal(dy_cameo_count(t), checked);   /* nothing extra */
    free(text);
}

static void describe_cameo_code(void **state)
{
    (void)state;
    const dy_cameo *t = dy_cameo_default();
    dy_cameo_info in;
    assert_true(dy_cameo_describe(t, "0874", 4, &in));
    assert_string_equal(in.root, "08");
    assert_int_equal(in.quad, DY_QUAD_MATERIAL_COOP);
    assert_true(in.has_goldstein);
    assert_int_equal(in.goldstein10, 100);
    assert_string_equal(in.label, "Retreat or surrender militarily");
    assert_true(dy_cameo_describe(t, "043xyz", 3, &in));   /* length counts */
    assert_string_equal(in.label, "Host a visit");
    assert_true(dy_cameo_describe(t, "19", 2, &in));
    assert_int_equal(in.quad, DY_QUAD_MATERIAL_CONFLICT);
    assert_int_equal(in.goldstein10, -100);
    assert_string_equal(dy_quad_name(in.quad), "material conflict");
}

/* Codes outside CAMEO: root = first two characters, no quad/weight/label. */
static void describe_non_cameo_codes(void **state)
{
    (void)state;
    const dy_cameo *t = dy_cameo_default();
    static const struct { const char *code, *root; } cases[] = {
        {"901", "90"}, {"1717", "17"}, {"174K", "17"}, {"075A", "07"},
        {"1213", "12"}, {"0", "0"}, {"", ""}, {"21", "21"}, {"00", "00"},
        {"04 ", "04"}, {"-04", "-0"}, {"08740", "08"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        dy_cameo_info in;
        in.quad = DY_QUAD_VERBAL_COOP; /* must be overwritten */
        const char *c = cases[i].code;
        assert_false(dy_cameo_describe(t, c, strlen(c), &in));
        assert_false(in.is_cameo);
        assert_string_equal(in.root, cases[i].root);
        assert_int_equal(in.quad, DY_QUAD_NONE);
        assert_false(in.has_goldstein);
        assert_null(in.label);
        assert_null(dy_cameo_find(t, c, strlen(c)));
    }
    /* with no table at all, everything is outside CAMEO */
    dy_cameo_info in;
    assert_false(dy_cameo_describe(NULL, "043", 3, &in));
    assert_string_equal(in.root, "04");
}

static void keys_are_dense_and_distinct(void **state)
{
    (void)state;
    assert_int_equal(dy_cameo_key("00", 2), 0);
    assert_int_equal(dy_cameo_key("99", 2), 99);
    assert_int_equal(dy_cameo_key("000", 3), 100);
    assert_int_equal(dy_cameo_key("9999", 4), DY_CAMEO_NKEYS - 1);
    assert_int_not_equal(dy_cameo_key("04", 2), dy_cameo_key("004", 3));
    assert_int_equal(dy_cameo_key("4", 1), -1);
    assert_int_equal(dy_cameo_key("12345", 5), -1);
    assert_int_equal(dy_cameo_key("17a", 3), -1);
    assert_int_equal(dy_cameo_key(NULL, 2), -1);
}

static void parse_reports_bad_lines(void **state)
{
    (void)state;
    static const char bad[] =
        "# comment\n"
        "04\t1\t1.0\tConsult\n"            /* 2: fine */
        "041\t1\t1.0\tDiscuss by telephone\n"
        "041\t1\t1.0\tAgain\n"             /* 4: duplicate */
        "042\t2\t1.9\tMake a visit\n"      /* 5: quad differs from root */
        "0431\t1\t2.8\tOrphan\n"           /* 6: no 043 */
        "051\t1\t3.4\tPraise\n"            /* 7: no root 05 */
        "06\t5\t6.0\tCooperate\n"          /* 8: quad 5 */
        "07\t2\t7,0\tAid\n"                /* 9: decimal comma */
        "08\t2\t10.5\tYield\n"             /* 10: out of range */
        "09\t2\t-2.0\n"                    /* 11: 3 fields */
        "1x\t3\t-5.0\tDemand\n"            /* 12: not digits */
        "  \r\n"
        "11\t3\t-2.0\tDisapprove\r\n";     /* 14: fine, CRLF */
    msgs m = {0};
    dy_diag d;
    dy_diag_init(&d, keep, &m);
    dy_cameo *t = dy_cameo_parse(bad, sizeof bad - 1, "bad.tsv", &d);
    assert_int_equal(d.errors, 9);
    assert_string_equal(m.last, "bad.tsv:12|error|the code must be 2 to 4 digits");
    assert_int_equal(dy_cameo_count(t), 3);
    const dy_cameo_code *c = dy_cameo_find(t, "11", 2);
    assert_non_null(c);
    assert_string_equal(c->label, "Disapprove");
    assert_string_equal(dy_cameo_find(t, "041", 3)->label, "Discuss by telephone");
    assert_null(dy_cameo_find(t, "042", 3));
    dy_cameo_free(t);

    dy_diag_init(&d, keep, &m);
    t = dy_cameo_parse("", 0, "empty.tsv", &d);
    assert_int_equal(d.errors, 1);
    assert_int_equal(dy_cameo_count(t), 0);
    dy_cameo_free(t);
}

static void *grab_tables(void *arg)
{
    const void **out = arg;
    out[0] = dy_cameo_default();
    out[1] = dy_plover_default();
    return NULL;
}

/* The lazily loaded defaults are built once, whoever asks first. */
static void defaults_are_shared_across_threads(void **state)
{
    (void)state;
    enum { N = 8 };
    pthread_t th[N];
    const void *got[N][2];
    for (int i = 0; i < N; i++)
        assert_int_equal(pthread_create(&th[i], NULL, grab_tables, got[i]), 0);
    for (int i = 0; i < N; i++)
        pthread_join(th[i], NULL);
    for (int i = 0; i < N; i++) {
        assert_ptr_equal(got[i][0], dy_cameo_default());
        assert_ptr_equal(got[i][1], dy_plover_default());
    }
    assert_non_null(got[0][0]);
    assert_non_null(got[0][1]);
}

/* ---- PLOVER ------------------------------------------------------------- */

static void plover_embedded_parses_cleanly(void **state)
{
    (void)state;
    const dy_embedded_file *f = dy_embedded_find("data/plover.tsv");
    assert_non_null(f);
    msgs m = {0};
    dy_diag d;
    dy_diag_init(&d, keep, &m);
    dy_plover *p = dy_plover_parse((const char *)f->data, (size_t)f->len, "data/plover.tsv", &d);
    if (m.n)
        fprintf(stderr, "first problem: %s\n", m.last);
    assert_int_equal(m.n, 0);
    assert_int_equal(dy_plover_count(p), dy_plover_count(dy_plover_default()));
    dy_plover_free(p);
}

/* Compare one "code: EVENT, mode, context # comment" line of the draft. */
static void check_draft_line(const dy_plover *p, char *line, char *first_header, size_t nheader)
{
    char *hash = strchr(line, '#');
    if (hash)
        *hash = 0;
    char *colon = strchr(line, ':');
    char *code = trim(line);
    *colon = 0;
    code = trim(code);
    char *rest = colon + 1;
    char *event = rest, *mode = NULL, *context = NULL;
    char *c1 = strchr(rest, ',');
    if (c1) {
        *c1 = 0;
        mode = c1 + 1;
        char *c2 = strchr(mode, ',');
        assert_non_null(c2);
        *c2 = 0;
        context = c2 + 1;
    }
    event = trim(event);
    const dy_plover_entry *e = dy_plover_find_exact(p, code, strlen(code));
    if (!e)
        fail_msg("PLOVER mapping for %s missing", code);
    if (!c1) {
        /* a section heading "NN: EVENT": the root takes its first heading */
        if (strcmp(first_header, code) != 0) {
            snprintf(first_header, nheader, "%s", code);
            assert_string_equal(e->event, event);
        }
        return;
    }
    assert_string_equal(e->event, event);
    char want[128];
    mode = trim(mode);
    if (*mode)
        assert_string_equal(e->mode, mode);
    else
        assert_null(e->mode);
    squeeze(want, sizeof want, context);
    if (*want)
        assert_string_equal(e->context, want);
    else
        assert_null(e->context);
}

static void plover_equals_draft(void **state)
{
    (void)state;
    const dy_plover *p = dy_plover_default();
    assert_non_null(p);
    char *text = dyad_slurp("../shared/plover/CAMEO2PLOVER-2021.txt", NULL);
    assert_non_null(text);
    char *q = text, *line;
    char seen[DY_CAMEO_NKEYS] = {0};
    char header[8] = "";
    size_t distinct = 0;
    while ((line = next_line(&q))) {
        char *s = trim(line);
        if (*s < '0' || *s > '9' || !strchr(s, ':'))
            continue;
        int key = dy_cameo_key(s, strcspn(s, ":"));
        assert_true(key >= 0);
        if (!seen[key]++)
            distinct++;
        check_draft_line(p, s, header, sizeof header);
    }
    assert_int_equal(distinct, 274);
    assert_int_equal(dy_plover_count(p), distinct);   /* nothing extra */
    free(text);
}

/* Every CAMEO code outside roots 01 and 02 has a mapping of its own. */
static void plover_covers_cameo(void **state)
{
    (void)state;
    const dy_cameo *t = dy_cameo_default();
    const dy_plover *p = dy_plover_default();
    size_t mapped = 0;
    for (size_t i = 0; i < dy_cameo_count(t); i++) {
        const dy_cameo_code *c = dy_cameo_at(t, i);
        const dy_plover_entry *e = dy_plover_find_exact(p, c->code, strlen(c->code));
        int statement_or_appeal = strcmp(c->root, "01") == 0 || strcmp(c->root, "02") == 0;
        if (statement_or_appeal) {
            assert_null(e);
            assert_null(dy_plover_find(p, c->code, strlen(c->code)));
        } else {
            assert_non_null(e);
            mapped++;
        }
    }
    assert_int_equal(mapped, 311 - 39);
}

static void plover_lookups(void **state)
{
    (void)state;
    const dy_plover *p = dy_plover_default();
    const dy_plover_entry *e = dy_plover_find(p, "043", 3);
    assert_string_equal(e->event, "CONSULT");
    assert_string_equal(e->mode, "visit");
    assert_null(e->context);
    e = dy_plover_find(p, "163", 3);
    assert_string_equal(e->event, "COERCE");
    assert_string_equal(e->mode, "restrict");
    assert_string_equal(e->context, "diplomatic");
    e = dy_plover_find(p, "091", 3);
    assert_string_equal(e->context, "crime;corruption");
    /* dictionary-specific refinements fall back to their parent */
    e = dy_plover_find(p, "075A", 4);
    assert_string_equal(e->code, "075");
    assert_string_equal(e->context, "asylum");
    e = dy_plover_find(p, "174K", 4);
    assert_string_equal(e->code, "174");
    assert_string_equal(e->mode, "deport");
    assert_null(dy_plover_find_exact(p, "174K", 4));
    assert_string_equal(dy_plover_find(p, "1717", 4)->code, "171");
    /* nothing to fall back to */
    assert_null(dy_plover_find(p, "901", 3));
    assert_null(dy_plover_find(p, "010", 3));
    assert_null(dy_plover_find(p, "0", 1));
    assert_null(dy_plover_find(p, "", 0));
    assert_null(dy_plover_find(NULL, "043", 3));
}

static void plover_parse_reports_bad_lines(void **state)
{
    (void)state;
    static const char bad[] =
        "043\tCONSULT\tvisit\t-\n"
        "043\tCONSULT\tvisit\t-\n"   /* 2: duplicate */
        "044\tconsult\t-\t-\n"       /* 3: lower-case event */
        "045\tCONSULT\t-\n"          /* 4: 3 fields */
        "X45\tCONSULT\t-\t-\n"       /* 5: not digits */
        "046\tCONSULT\t\tdiplomatic\n";
    msgs m = {0};
    dy_diag d;
    dy_diag_init(&d, keep, &m);
    dy_plover *p = dy_plover_parse(bad, sizeof bad - 1, "bad.tsv", &d);
    assert_int_equal(d.errors, 4);
    assert_string_equal(m.last, "bad.tsv:5|error|the code must be 2 to 4 digits");
    assert_int_equal(dy_plover_count(p), 2);
    const dy_plover_entry *e = dy_plover_find(p, "046", 3);
    assert_null(e->mode);
    assert_string_equal(e->context, "diplomatic");
    dy_plover_free(p);
}

DYAD_TEST_GROUP(cameo,
    cmocka_unit_test(embedded_table_parses_cleanly),
    cmocka_unit_test(table_equals_reference),
    cmocka_unit_test(describe_cameo_code),
    cmocka_unit_test(describe_non_cameo_codes),
    cmocka_unit_test(keys_are_dense_and_distinct),
    cmocka_unit_test(parse_reports_bad_lines),
    cmocka_unit_test(defaults_are_shared_across_threads),
    cmocka_unit_test(plover_embedded_parses_cleanly),
    cmocka_unit_test(plover_equals_draft),
    cmocka_unit_test(plover_covers_cameo),
    cmocka_unit_test(plover_lookups),
    cmocka_unit_test(plover_parse_reports_bad_lines))
