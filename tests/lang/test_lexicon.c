/*
 * test_lexicon.c — the compiled lexicon, inflection through lemmas, and
 * the candidate tags of unknown words.
 */
#include "testutil.h"

#include <string.h>

#include "lang/lexicon.h"
#include "lang/tagger.h"

static dy_lexinfo look(const char *w)
{
    dy_lexinfo x;
    dy_lex_lookup(w, strlen(w), &x);
    return x;
}

static int has_tag(const dy_lexinfo *x, dy_label t)
{
    return (x->tags & DY_TAGBIT(t)) != 0;
}

static void closed_class_words(void **state)
{
    (void)state;
    dy_lexinfo x = look("THE");
    assert_int_equal(x.tags, DY_TAGBIT(DY_DT));
    assert_true(x.flags & DY_LEX_FIXED);
    x = look("WILL");
    assert_true(has_tag(&x, DY_MD));
    assert_int_equal(x.pref, DY_MD);
    x = look("WO");
    assert_string_equal(x.lemma[DY_LEX_V], "WILL");
    x = look("N'T");
    assert_true(x.flags & DY_LEX_NEG);
    assert_string_equal(x.lemma[DY_LEX_R], "NOT");
    x = look("US");            /* not the plural of U */
    assert_false(has_tag(&x, DY_NNS));
    x = look("WAS");
    assert_true(x.flags & DY_LEX_BE);
    x = look("SAID");
    assert_true(x.flags & DY_LEX_SAY);
    assert_string_equal(x.lemma[DY_LEX_V], "SAY");
    x = look("MONDAY");
    assert_true(x.flags & DY_LEX_TIME);
    assert_true(has_tag(&x, DY_NNP));
    assert_null(dy_lex_find("", 0));
    assert_null(dy_lex_find("QQQXYZZY", 8));
}

static void open_class_words_from_wordnet(void **state)
{
    (void)state;
    dy_lexinfo x = look("ATTACK");
    assert_true(has_tag(&x, DY_NN));
    assert_true(has_tag(&x, DY_VB));
    assert_true(x.count[DY_LEX_V] > 0);
    x = look("DIPLOMATIC");
    assert_true(has_tag(&x, DY_JJ));
    x = look("STRANGELY");
    assert_true(has_tag(&x, DY_RB));
    /* names WordNet only writes capitalised */
    x = look("WASHINGTON");
    assert_true(has_tag(&x, DY_NNP));
    /* phrasal verbs */
    assert_true(dy_lex_phrasal("BURN", "DOWN"));
    assert_true(dy_lex_phrasal("CORDON", "OFF"));
    assert_false(dy_lex_phrasal("ATTACK", "DOWN"));
}

static void inflection_and_lemmas(void **state)
{
    (void)state;
    struct { const char *form; dy_label tag; int cls; const char *lemma; } cases[] = {
        {"ATTACKED", DY_VBD, DY_LEX_V, "ATTACK"},   {"ATTACKED", DY_VBN, DY_LEX_V, "ATTACK"},
        {"RESTORING", DY_VBG, DY_LEX_V, "RESTORE"}, {"STOPPED", DY_VBD, DY_LEX_V, "STOP"},
        {"HOPED", DY_VBD, DY_LEX_V, "HOPE"},        {"DENIED", DY_VBD, DY_LEX_V, "DENY"},
        {"DYING", DY_VBG, DY_LEX_V, "DIE"},         {"TIES", DY_NNS, DY_LEX_N, "TIE"},
        {"TIES", DY_VBZ, DY_LEX_V, "TIE"},          {"CITIES", DY_NNS, DY_LEX_N, "CITY"},
        {"CLASSES", DY_NNS, DY_LEX_N, "CLASS"},     {"GOES", DY_VBZ, DY_LEX_V, "GO"},
        {"FOES", DY_NNS, DY_LEX_N, "FOE"},          {"WOMEN", DY_NNS, DY_LEX_N, "WOMAN"},
        {"WENT", DY_VBD, DY_LEX_V, "GO"},           {"GONE", DY_VBN, DY_LEX_V, "GO"},
        {"BROKEN", DY_VBN, DY_LEX_V, "BREAK"},      {"CHILDREN", DY_NNS, DY_LEX_N, "CHILD"},
        {"FIRED", DY_VBD, DY_LEX_V, "FIRE"},        {"BIGGER", DY_JJR, DY_LEX_A, "BIG"},
        {"EASIEST", DY_JJS, DY_LEX_A, "EASY"},      {"LEFT", DY_VBD, DY_LEX_V, "LEAVE"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        dy_lexinfo x = look(cases[i].form);
        if (!has_tag(&x, cases[i].tag) || !x.lemma[cases[i].cls] ||
            strcmp(x.lemma[cases[i].cls], cases[i].lemma) != 0)
            fail_msg("%s: expected %s with lemma %s", cases[i].form,
                     dy_label_name(cases[i].tag), cases[i].lemma);
    }
    /* verbs of saying stay verbs of saying when inflected */
    dy_lexinfo x = look("CLAIMED");
    assert_true(x.flags & DY_LEX_SAY);
    /* an inflection is only read into a lemma of the right class */
    x = look("FIRED");
    assert_false(has_tag(&x, DY_NNS));
    /* the plural is preferred over WordNet's rare plural-looking lemmas */
    x = look("YEARS");
    assert_int_equal(x.pref, DY_NNS);
}

static uint64_t candidates(const char *text, int initial)
{
    static char upper[64];
    size_t n = strlen(text);
    for (size_t i = 0; i <= n && i < sizeof upper; i++)
        upper[i] = (char)(text[i] >= 'a' && text[i] <= 'z' ? text[i] - 32 : text[i]);
    dy_leaf leaf[2];
    memset(leaf, 0, sizeof leaf);
    leaf[0].text = leaf[0].upper = "The";
    leaf[0].len = leaf[0].ulen = 3;
    leaf[1].text = text;
    leaf[1].upper = upper;
    leaf[1].len = leaf[1].ulen = (uint32_t)n;
    dy_tword w[2];
    w[0].leaf = &leaf[0];
    w[1].leaf = &leaf[1];
    if (initial) {
        dy_guess_candidates(&w[1], 1, NULL);
        return w[1].cand;
    }
    dy_guess_candidates(w, 2, NULL);
    return w[1].cand;
}

static void unknown_words(void **state)
{
    (void)state;
    assert_int_equal(candidates("Gondor", 0), DY_TAGBIT(DY_NNP));
    assert_int_equal(candidates("Gondor", 1), DY_TAGBIT(DY_NNP));
    assert_true(candidates("blorgified", 0) & DY_TAGBIT(DY_VBD));
    assert_true(candidates("blorgification", 0) & DY_TAGBIT(DY_NN));
    assert_true(candidates("blorgishly", 0) & DY_TAGBIT(DY_RB));
    assert_true(candidates("blorgous", 0) & DY_TAGBIT(DY_JJ));
    assert_true(candidates("blorgs", 0) & DY_TAGBIT(DY_NNS));
    assert_int_equal(candidates("12-year", 0), DY_TAGBIT(DY_JJ));
    assert_int_equal(candidates("50,000", 0), DY_TAGBIT(DY_CD));
    assert_int_equal(candidates("anti-", 0), DY_TAGBIT(DY_JJ));
    assert_int_equal(candidates("al-Raya", 0), DY_TAGBIT(DY_NNP));
    assert_true(candidates("eye-catching", 0) & DY_TAGBIT(DY_JJ));
    /* a capitalised common word inside a sentence is part of a name */
    assert_int_equal(candidates("Minister", 0), DY_TAGBIT(DY_NNP));
    /* ... but a capitalised closed-class word stays what it is */
    assert_int_equal(candidates("Of", 0), DY_TAGBIT(DY_IN));
    /* punctuation */
    assert_int_equal(candidates(",", 0), DY_TAGBIT(DY_COMMA));
    assert_int_equal(candidates("(", 0), DY_TAGBIT(DY_LRB));
    assert_int_equal(candidates("--", 0), DY_TAGBIT(DY_COLON));
}

DYAD_TEST_GROUP(lexicon,
    cmocka_unit_test(closed_class_words),
    cmocka_unit_test(open_class_words_from_wordnet),
    cmocka_unit_test(inflection_and_lemmas),
    cmocka_unit_test(unknown_words))
