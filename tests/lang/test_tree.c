/*
 * test_tree.c — building, labelling and printing phrase trees.
 */
#include "testutil.h"

#include <string.h>

#include "lang/tree.h"

static dy_leaf word(const char *w)
{
    dy_leaf l = {0};
    l.text = l.upper = w;
    l.len = l.ulen = (uint32_t)strlen(w);
    l.start = l.end = -1;
    return l;
}

static void labels_round_trip(void **state)
{
    (void)state;
    for (int l = 1; l < DY_LABEL_COUNT; l++) {
        const char *n = dy_label_name((dy_label)l);
        assert_int_equal(dy_label_parse(n, strlen(n)), l);
    }
    assert_int_equal(dy_label_parse("NP-SBJ-1", 8), DY_NP);
    assert_int_equal(dy_label_parse("PRP$", 4), DY_PRPS);
    assert_int_equal(dy_label_parse("-LRB-", 5), DY_LRB);
    assert_int_equal(dy_label_parse("BOGUS", 5), DY_NONE);
    assert_true(dy_label_is_tag(DY_NNP));
    assert_false(dy_label_is_tag(DY_VP));
}

static void build_and_print(void **state)
{
    (void)state;
    dy_arena a;
    dy_arena_init(&a, 0);
    dy_tree_builder b;
    dy_tree_builder_init(&b, &a);
    dy_tree_open(&b, DY_ROOT);
    dy_tree_open(&b, DY_S);
    dy_tree_open(&b, DY_NP);
    dy_leaf w = word("Arnor");
    dy_tree_add_leaf(&b, DY_NNP, &w);
    dy_tree_close(&b);
    int32_t vp = dy_tree_open(&b, DY_VP);
    w = word("attacked");
    dy_tree_add_leaf(&b, DY_VBD, &w);
    dy_tree_open(&b, DY_NP);
    w = word("Gondor");
    dy_tree_add_leaf(&b, DY_NNP, &w);
    dy_tree_close(&b);
    dy_tree_close(&b);
    dy_tree_close(&b);
    dy_tree_close(&b);
    assert_int_equal(dy_tree_close(&b), -1);
    dy_tree t;
    assert_int_equal(dy_tree_finish(&b, &t), 0);
    assert_int_equal(t.nleaf, 3);
    assert_int_equal(t.node[vp].first, 1);
    assert_int_equal(t.node[vp].last, 3);
    assert_int_equal(t.leaf[1].tag, DY_VBD);
    assert_int_equal(dy_tree_first_child(&t, vp, DY_NP), vp + 2);
    dy_buf out = DY_BUF_INIT;
    dy_tree_to_penn(&t, t.root, &out);
    assert_string_equal(out.data,
        "(ROOT (S (NP (NNP Arnor)) (VP (VBD attacked) (NP (NNP Gondor)))))");
    dy_buf_free(&out);
    /* an unclosed tree is refused */
    dy_tree_open(&b, DY_S);
    assert_int_equal(dy_tree_finish(&b, &t), -1);
    dy_tree_builder_free(&b);
    dy_arena_free(&a);
}

DYAD_TEST_GROUP(tree,
    cmocka_unit_test(labels_round_trip),
    cmocka_unit_test(build_and_print))
