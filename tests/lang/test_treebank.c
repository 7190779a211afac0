/*
 * test_treebank.c — reading Penn Treebank parses and aligning their leaves
 * with the sentence text.
 */
#include "testutil.h"

#include <stdlib.h>
#include <string.h>

#include "devsuite.h"
#include "lang/treebank.h"

typedef struct fixture {
    dy_arena arena;
    dy_tree_builder b;
    dy_buf out;
} fixture;

static int setup(void **state)
{
    fixture *f = calloc(1, sizeof *f);
    dy_arena_init(&f->arena, 0);
    dy_tree_builder_init(&f->b, &f->arena);
    *state = f;
    return 0;
}

static int teardown(void **state)
{
    fixture *f = *state;
    dy_tree_builder_free(&f->b);
    dy_arena_free(&f->arena);
    dy_buf_free(&f->out);
    free(f);
    return 0;
}

/* Read s and print it back in one-line form (or "ERR@pos msg"). */
static const char *round_trip(fixture *f, const char *s)
{
    dy_tree t;
    dy_treebank_error err;
    dy_buf_clear(&f->out);
    if (dy_treebank_read(&f->b, s, strlen(s), &t, &err) != 0) {
        dy_buf_addf(&f->out, "ERR@%ld %s", err.pos, err.msg);
        return f->out.data;
    }
    dy_tree_to_penn(&t, t.root, &f->out);
    return f->out.data;
}

static void reads_simple_and_spaced(void **state)
{
    fixture *f = *state;
    assert_string_equal(round_trip(f, "(ROOT (S (NP (NNP Arnor)) (VP (VBD attacked) "
                                      "(NP (NNP Gondor))) (. .)))"),
                        "(ROOT (S (NP (NNP Arnor)) (VP (VBD attacked) (NP (NNP Gondor))) (. .)))");
    assert_string_equal(round_trip(f, "\n (ROOT\t(S  \n  (NP   (NNP Arnor)\n )\n"
                                      "(VP (MD wo) (RB n't)\n(VP (VB go))) ) )  \n"),
                        "(ROOT (S (NP (NNP Arnor)) (VP (MD wo) (RB n't) (VP (VB go)))))");
}

static void leaves_tags_and_upper(void **state)
{
    fixture *f = *state;
    const char *s = "(ROOT (S (NP (NP (NNP China) (POS 's)) (NN army)) (, ,) "
                    "(-LRB- -LRB-) (`` ``) (VP (VBD said)) ('' '') (. .)))";
    dy_tree t;
    assert_int_equal(dy_treebank_read(&f->b, s, strlen(s), &t, NULL), 0);
    assert_int_equal(t.nleaf, 9);
    assert_string_equal(t.leaf[0].text, "China");
    assert_string_equal(t.leaf[0].upper, "CHINA");
    assert_int_equal(t.leaf[0].tag, DY_NNP);
    assert_string_equal(t.leaf[1].upper, "'S");
    assert_int_equal(t.leaf[1].tag, DY_POS);
    assert_int_equal(t.leaf[3].tag, DY_COMMA);
    assert_string_equal(t.leaf[4].text, "-LRB-");
    assert_string_equal(t.leaf[4].upper, "(");
    assert_int_equal(t.leaf[4].tag, DY_LRB);
    assert_string_equal(t.leaf[5].upper, "\"");
    assert_int_equal(t.leaf[5].tag, DY_LQUOTE);
    assert_int_equal(t.leaf[7].tag, DY_RQUOTE);
    assert_int_equal(t.leaf[8].tag, DY_PERIOD);
    for (int i = 0; i < t.nleaf; i++)
        assert_int_equal(t.leaf[i].start, -1);
    /* structure: the possessive NP sits inside the NP */
    assert_int_equal(t.node[t.root].label, DY_ROOT);
    int32_t sn = t.node[t.root].child;
    int32_t np = t.node[sn].child;
    assert_int_equal(t.node[np].label, DY_NP);
    assert_int_equal(t.node[t.node[np].child].label, DY_NP);
    assert_int_equal(t.node[np].first, 0);
    assert_int_equal(t.node[np].last, 3);
    assert_int_equal(t.node[sn].last, 9);
}

static void labels_with_function_tags_and_traces(void **state)
{
    fixture *f = *state;
    /* original-Treebank style: empty root label, function tags, traces */
    assert_string_equal(round_trip(f, "( (S (NP-SBJ-1 (NNP Arnor)) (VP (VBD was) "
                                      "(VP (VBN attacked) (NP (-NONE- *-1)))) (. .)) )"),
                        "(ROOT (S (NP (NNP Arnor)) (VP (VBD was) (VP (VBN attacked))) (. .)))");
    /* a -TMP function tag is kept as a node flag */
    {
        const char *tmp = "(ROOT (S (NP (NNP A)) (VP (VBD left) (NP-TMP (NN today)) (NP (NN home)))))";
        dy_tree t;
        assert_int_equal(dy_treebank_read(&f->b, tmp, strlen(tmp), &t, NULL), 0);
        int tmp_nodes = 0;
        for (int32_t v = 0; v < t.nnode; v++)
            if (t.node[v].flags & DY_NODE_TMP) {
                tmp_nodes++;
                assert_int_equal(t.node[v].label, DY_NP);
                assert_int_equal(t.node[v].first, 2);
            }
        assert_int_equal(tmp_nodes, 1);
    }
    /* a leaf directly under a phrase label keeps the phrase */
    assert_string_equal(round_trip(f, "(ROOT (NP Arnor))"), "(ROOT (NP (XX Arnor)))");
    /* unknown phrase labels become X */
    assert_string_equal(round_trip(f, "(ROOT (FOO (NN x)))"), "(ROOT (X (NN x)))");
}

static void refuses_bad_parses(void **state)
{
    fixture *f = *state;
    assert_string_equal(round_trip(f, ""), "ERR@0 empty parse");
    assert_string_equal(round_trip(f, "   \n"), "ERR@4 empty parse");
    assert_string_equal(round_trip(f, "(ROOT (S (NP (NNP A))"),
                        "ERR@21 unbalanced parentheses: missing ')'");
    assert_string_equal(round_trip(f, "(ROOT (NP (NN a))))"),
                        "ERR@18 unbalanced parentheses: unexpected ')'");
    assert_string_equal(round_trip(f, "NP (NN a))"), "ERR@0 parse does not start with '('");
    assert_string_equal(round_trip(f, "(ROOT (NN a b))"), "ERR@12 more than one word in a leaf");
    assert_string_equal(round_trip(f, "(ROOT (NP (NN a) junk))"),
                        "ERR@17 word where a bracket belongs");
    assert_string_equal(round_trip(f, "(ROOT (NP))"), "ERR@6 empty constituent");
    assert_string_equal(round_trip(f, "(ROOT (NN a)) (ROOT (NN b))"),
                        "ERR@14 text after the end of the parse");
    assert_string_equal(round_trip(f, "(ROOT ( (NN a)))"), "ERR@6 constituent without a label");
    assert_string_equal(round_trip(f, "(ROOT (-NONE- *T*))"), "ERR@0 parse has no words");
    /* the builder is still usable after errors */
    assert_string_equal(round_trip(f, "(ROOT (NN a))"), "(ROOT (NN a))");
}

static void survives_junk(void **state)
{
    fixture *f = *state;
    /* every prefix of a parse, and bytes that are not text, fail cleanly */
    const char *s = "(ROOT (S (NP (NNP Arnor)) (VP (VBD hit) (NP (NNP Gondor))) (. .)))";
    size_t n = strlen(s);
    for (size_t i = 0; i < n; i++) {
        dy_tree t;
        dy_treebank_error err;
        assert_int_equal(dy_treebank_read(&f->b, s, i, &t, &err), -1);
        assert_non_null(err.msg);
        assert_true(err.pos >= 0 && (size_t)err.pos <= i);
    }
    const char junk[] = "(\x01\xff (\0 x) ))(";
    dy_tree t;
    dy_treebank_error err;
    assert_int_equal(dy_treebank_read(&f->b, junk, sizeof junk - 1, &t, &err), -1);
    dy_arena_reset(&f->arena);
}

static void aligns_leaves_with_text(void **state)
{
    fixture *f = *state;
    const char *parse = "(ROOT (S (NP (NP (NNP China) (POS 's)) (NN army)) (VP (MD wo) (RB n't) "
                        "(VP (VB attack) (NP (-LRB- -LRB-) (NNP Arnor) (-RRB- -RRB-)))) "
                        "(`` ``) (NP (NN this)) ('' '') (. .)))";
    const char *text = "  China\xe2\x80\x99s army won't attack [Arnor] \xe2\x80\x9cthis\xe2\x80\x9d.";
    dy_tree t;
    assert_int_equal(dy_treebank_read(&f->b, parse, strlen(parse), &t, NULL), 0);
    assert_int_equal(dy_treebank_align(&t, text, strlen(text)), t.nleaf);
    int32_t want[][2] = {{2, 7}, {7, 11}, {12, 16}, {17, 19}, {19, 22}, {23, 29},
                         {30, 31}, {31, 36}, {36, 37}, {38, 41}, {41, 45}, {45, 48}, {48, 49}};
    assert_int_equal(t.nleaf, 13);
    for (int i = 0; i < t.nleaf; i++) {
        assert_int_equal(t.leaf[i].start, want[i][0]);
        assert_int_equal(t.leaf[i].end, want[i][1]);
    }
}

static void alignment_tolerates_differences(void **state)
{
    fixture *f = *state;
    /* the parse lacks "reportedly" and spells "Minas-Tirith" differently */
    const char *parse = "(ROOT (S (NP (NNP Arnor)) (VP (VBD visited) (NP (NNP Minas) "
                        "(NNP Tirith)) (NP (NN today))) (. .)))";
    const char *text = "Arnor reportedly visited Minas-Tirith today.";
    dy_tree t;
    assert_int_equal(dy_treebank_read(&f->b, parse, strlen(parse), &t, NULL), 0);
    assert_int_equal(dy_treebank_align(&t, text, strlen(text)), 6);
    assert_int_equal(t.leaf[1].start, 17);   /* "visited", after the extra word */
    assert_int_equal(t.leaf[2].start, 25);
    assert_int_equal(t.leaf[3].start, 31);
    assert_int_equal(t.leaf[4].start, 38);
    /* "is" must not be found inside "this" */
    const char *p2 = "(ROOT (S (NP (DT this)) (VP (VBZ is)) (NN it)))";
    assert_int_equal(dy_treebank_read(&f->b, p2, strlen(p2), &t, NULL), 0);
    const char *t2 = "this, thistle it";
    assert_int_equal(dy_treebank_align(&t, t2, strlen(t2)), 2);
    assert_int_equal(t.leaf[1].start, -1);
    assert_int_equal(t.leaf[2].start, 14);
    /* no text at all */
    assert_int_equal(dy_treebank_align(&t, "", 0), 0);
}

static void reads_every_dev_parse(void **state)
{
    fixture *f = *state;
    size_t len;
    char *file = dyad_slurp(DEVSUITE_PATH, &len);
    assert_non_null(file);
    const char *cursor = file;
    devsuite_record r;
    int records = 0, good = 0, bad = 0, fully_aligned = 0;
    while (devsuite_next(&cursor, &r)) {
        records++;
        assert_non_null(r.parse);
        dy_tree t;
        dy_treebank_error err;
        if (dy_treebank_read(&f->b, r.parse, r.parse_len, &t, &err) != 0) {
            /* only the record built to test this error may fail */
            assert_true(r.id_len == 8 && memcmp(r.id, "ERROR-02", 8) == 0);
            assert_string_equal(err.msg, "unbalanced parentheses: unexpected ')'");
            bad++;
            continue;
        }
        good++;
        assert_int_equal(t.node[t.root].label, DY_ROOT);
        assert_true(t.nleaf > 0);
        assert_int_equal(t.node[t.root].last, t.nleaf);
        if (r.text && dy_treebank_align(&t, r.text, r.text_len) == t.nleaf)
            fully_aligned++;
        dy_arena_reset(&f->arena);
    }
    assert_int_equal(records, 142);
    assert_int_equal(good, 141);
    assert_int_equal(bad, 1);
    /* a handful of texts differ from their parses on purpose */
    assert_true(fully_aligned >= 130);
    free(file);
}

DYAD_TEST_GROUP(treebank,
    cmocka_unit_test_setup_teardown(reads_simple_and_spaced, setup, teardown),
    cmocka_unit_test_setup_teardown(leaves_tags_and_upper, setup, teardown),
    cmocka_unit_test_setup_teardown(labels_with_function_tags_and_traces, setup, teardown),
    cmocka_unit_test_setup_teardown(refuses_bad_parses, setup, teardown),
    cmocka_unit_test_setup_teardown(survives_junk, setup, teardown),
    cmocka_unit_test_setup_teardown(aligns_leaves_with_text, setup, teardown),
    cmocka_unit_test_setup_teardown(alignment_tolerates_differences, setup, teardown),
    cmocka_unit_test_setup_teardown(reads_every_dev_parse, setup, teardown))
