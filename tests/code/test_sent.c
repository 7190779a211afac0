/*
 * test_sent.c — actor phrases from trees (CODING-RULES §0) and comma
 * clauses (§2.3), on Treebank parses written for these tests.
 */
#include "testutil.h"

#include <stdlib.h>
#include <string.h>

#include "lang/tree.h"
#include "lang/treebank.h"
#include "code/sent.h"
#include "base/buf.h"

typedef struct fixture {
    dy_arena arena;
    dy_tree_builder tb;
    dy_tree t;
    dy_sent s;
} fixture;

static void build(fixture *f, const char *parse)
{
    dy_arena_init(&f->arena, 4096);
    dy_tree_builder_init(&f->tb, &f->arena);
    dy_treebank_error err;
    assert_int_equal(dy_treebank_read(&f->tb, parse, strlen(parse), &f->t, &err), 0);
    dy_sent_build(&f->s, &f->t, &f->arena);
}

static void done(fixture *f)
{
    dy_tree_builder_free(&f->tb);
    dy_arena_free(&f->arena);
}

/* The NEs as "W W|W W", members as "[W|W]" after their compound. */
static char *describe(fixture *f)
{
    dy_buf b = DY_BUF_INIT;
    for (int32_t i = 0; i < f->s.nne; i++) {
        const dy_ne *e = &f->s.ne[i];
        if (b.len)
            dy_buf_adds(&b, e->parent >= 0 ? "+" : "|");
        if (e->nmember)
            dy_buf_adds(&b, "NEC:");
        for (int32_t k = 0; k < e->nword; k++) {
            if (k)
                dy_buf_addc(&b, ' ');
            dy_buf_adds(&b, f->t.leaf[e->word[k]].upper);
        }
    }
    return dy_buf_detach(&b);
}

static void check(const char *parse, const char *want)
{
    fixture f;
    build(&f, parse);
    char *got = describe(&f);
    assert_string_equal(got, want);
    free(got);
    done(&f);
}

static void simple_and_possessive(void **state)
{
    (void)state;
    check("(ROOT (S (NP (NP (NNP Dagolath) (POS 's)) (JJ first) (NNP Minister))"
          " (VP (VBD left) (PP (IN for) (NP (NNP Gondor)))) (. .)))",
          "DAGOLATH FIRST MINISTER|GONDOR");
}

static void head_with_one_pp(void **state)
{
    (void)state;
    /* one PP level: one NE; two levels: the inner shapes are tried */
    check("(ROOT (S (NP (NP (NNS meetings)) (PP (IN of) (NP (NP (DT the) (NN committee))"
          " (PP (IN with) (NP (NNP Arnor)))))) (VP (VBD ended))))",
          "MEETINGS|THE COMMITTEE WITH ARNOR");
}

static void compounds(void **state)
{
    (void)state;
    check("(ROOT (S (NP (NNP Mordor) (, ,) (NNP Rohan) (CC and) (NNP Bree)) (VP (VBD met))))",
          "NEC:+MORDOR+ROHAN+BREE");
    check("(ROOT (S (NP (NP (NNS Lawmakers)) (PP (IN in) (NP (NNP Fornost) (CC and) (NNP Gondor))))"
          " (VP (VBD met))))",
          "NEC:LAWMAKERS IN+LAWMAKERS IN FORNOST+LAWMAKERS IN GONDOR");
    check("(ROOT (S (NP (NP (NNP Ithilen)) (CC and) (NP (NP (DT the) (NN government)) (PP (IN of)"
          " (NP (NNP Gondor))))) (VP (VBD warned))))",
          "NEC:+ITHILEN+THE GOVERNMENT OF GONDOR");
    /* coordinated adjectives before a noun: one member per adjective */
    check("(ROOT (S (NP (JJ Russian) (CC and) (JJ Chinese) (NNS bombers)) (VP (VBD flew))))",
          "NEC:RUSSIAN AND CHINESE BOMBERS+RUSSIAN BOMBERS+CHINESE BOMBERS");
    check("(ROOT (S (NP (DT the) (ADJP (JJ Russian) (CC and) (JJ Chinese)) (NNS bombers))"
          " (VP (VBD flew))))",
          "NEC:THE RUSSIAN AND CHINESE BOMBERS+THE RUSSIAN BOMBERS+THE CHINESE BOMBERS");
    /* numbers are not nominal: "2000 and 2004" is no compound */
    check("(ROOT (S (VP (VBD triumphed) (PP (IN in) (NP (CD 2000) (CC and) (CD 2004))))))",
          "2000 AND 2004");
}

static void relative_clause_stays_inside(void **state)
{
    (void)state;
    fixture f;
    build(&f, "(ROOT (S (NP (NNP Arnor)) (VP (VBD linked) (PP (TO to) (NP (NP (NNP Qaeda))"
              " (SBAR (WHNP (WP who)) (S (VP (VBD shot) (NP (NNS officers))))))))))");
    char *got = describe(&f);
    assert_string_equal(got, "ARNOR|QAEDA WHO SHOT OFFICERS");
    free(got);
    /* the VP inside the NE is no longer a verb candidate */
    int inner_vps = 0;
    for (int32_t i = 0; i < f.t.nnode; i++)
        if (f.t.node[i].label == DY_VP && f.s.in_ne[i])
            inner_vps++;
    assert_int_equal(inner_vps, 1);
    done(&f);
}

static char *live_words(fixture *f)
{
    dy_buf b = DY_BUF_INIT;
    for (int32_t i = 0; i < f->t.nleaf; i++) {
        if (f->s.gone[i])
            continue;
        if (b.len)
            dy_buf_addc(&b, ' ');
        dy_buf_adds(&b, f->t.leaf[i].upper);
    }
    return dy_buf_detach(&b);
}

static void comma_clauses(void **state)
{
    (void)state;
    const char *p = "(ROOT (S (S (NP (NNP Arnor)) (VP (VBD met) (NP (NNP Gondor))))"
                    " (, ,) (NP (DT the) (NN state) (NN foe)) (, ,)"
                    " (NP (DT a) (NN official)) (VP (VBD said)) (. .)))";
    fixture f;
    build(&f, p);
    dy_comma_opts o = {2, 8, 0, 0, 2, 8};
    dy_sent_cut_commas(&f.s, &o);
    char *w = live_words(&f);
    /* terminal "a official said" (3 words) and internal "the state foe" go */
    assert_string_equal(w, "ARNOR MET GONDOR .");
    free(w);
    done(&f);

    build(&f, p);
    dy_comma_opts off = {2, 0, 0, 0, 2, 0};
    dy_sent_cut_commas(&f.s, &off);
    w = live_words(&f);
    assert_string_equal(w, "ARNOR MET GONDOR , THE STATE FOE , A OFFICIAL SAID .");
    free(w);
    done(&f);

    /* an initial clause within bmin..bmax goes, and the comma after it */
    build(&f, p);
    dy_comma_opts b = {2, 0, 3, 6, 2, 0};
    dy_sent_cut_commas(&f.s, &b);
    w = live_words(&f);
    assert_string_equal(w, "THE STATE FOE , A OFFICIAL SAID .");
    free(w);
    done(&f);
}

DYAD_TEST_GROUP(code_sent,
    cmocka_unit_test(simple_and_possessive),
    cmocka_unit_test(head_with_one_pp),
    cmocka_unit_test(compounds),
    cmocka_unit_test(relative_clause_stays_inside),
    cmocka_unit_test(comma_clauses))
