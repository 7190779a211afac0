/*
 * test_token.c — the tokenizer: offsets, normalised forms, Treebank
 * splits, kinds and shapes, one test per rule.
 */
#include "testutil.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "text/token.h"

/* Tokenize the whole of s and compare the normalised forms with "A|B|C". */
static void check_norms(const char *s, const char *want)
{
    dy_tokens t = DY_TOKENS_INIT;
    dy_tokenize(s, 0, (uint32_t)strlen(s), &t);
    char got[2048] = "";
    size_t n = 0;
    for (size_t i = 0; i < t.n; i++)
        n += (size_t)snprintf(got + n, sizeof got - n, "%s%s", i ? "|" : "", dy_token_norm(&t, i));
    if (strcmp(got, want))
        fail_msg("tokens of \"%s\" are \"%s\", expected \"%s\"", s, got, want);
    /* every token's span is inside the text, in order */
    for (size_t i = 0; i < t.n; i++) {
        assert_true(t.v[i].start < t.v[i].end);
        assert_true(t.v[i].end <= strlen(s));
        if (i)
            assert_true(t.v[i].start >= t.v[i - 1].start);
        assert_int_equal(strlen(dy_token_norm(&t, i)), t.v[i].norm_len);
    }
    dy_tokens_free(&t);
}

/* Token i of s: its text, kind and shape. */
static dy_token token_of(const char *s, size_t i, char *text, size_t size)
{
    dy_tokens t = DY_TOKENS_INIT;
    dy_tokenize(s, 0, (uint32_t)strlen(s), &t);
    assert_true(i < t.n);
    dy_token k = t.v[i];
    snprintf(text, size, "%.*s", (int)(k.end - k.start), s + k.start);
    dy_tokens_free(&t);
    return k;
}

static void offsets_point_into_the_text(void **state)
{
    (void)state;
    const char *s = "  Xi met\tKim.";
    dy_tokens t = DY_TOKENS_INIT;
    assert_int_equal(dy_tokenize(s, 0, (uint32_t)strlen(s), &t), 4);
    assert_int_equal(t.v[0].start, 2);
    assert_int_equal(t.v[0].end, 4);
    assert_int_equal(t.v[2].start, 9);
    assert_int_equal(t.v[2].end, 12);
    assert_int_equal(t.v[3].start, 12);
    assert_string_equal(dy_token_norm(&t, 2), "KIM");
    assert_true(t.v[1].shape & DY_SHAPE_SPACE);
    assert_false(t.v[3].shape & DY_SHAPE_SPACE);
    /* a sub-span: offsets stay those of the whole text */
    assert_int_equal(dy_tokenize(s, 5, 8, &t), 1);
    assert_int_equal(t.v[0].start, 5);
    assert_string_equal(dy_token_norm(&t, 0), "MET");
    assert_int_equal(dy_tokenize(s, 3, 3, &t), 0);
    dy_tokens_free(&t);
}

static void possessives_and_contractions(void **state)
{
    (void)state;
    check_norms("China's Xi\xE2\x80\x99s Koreans' claims", "CHINA|'S|XI|'S|KOREANS|'|CLAIMS");
    check_norms("don't won't can't didn\xE2\x80\x99t", "DO|N'T|WO|N'T|CA|N'T|DID|N'T");
    check_norms("they're we've I'll she'd I'm", "THEY|'RE|WE|'VE|I|'LL|SHE|'D|I|'M");
    check_norms("O'Brien rock'n'roll", "O'BRIEN|ROCK'N'ROLL");
    char txt[32];
    dy_token k = token_of("China's", 1, txt, sizeof txt);
    assert_string_equal(txt, "'s");
    assert_true(k.shape & DY_SHAPE_SPLIT);
    k = token_of("won't", 1, txt, sizeof txt);
    assert_string_equal(txt, "n't");
}

static void quotes_and_dashes_normalised(void **state)
{
    (void)state;
    check_norms("\xE2\x80\x9CYes,\xE2\x80\x9D \xE2\x80\x98no\xE2\x80\x99", "\"|YES|,|\"|'|NO|'");
    check_norms("``Go'' now", "\"|GO|\"|NOW");
    check_norms("about--or a\xE2\x80\x94" "b \xE2\x80\x93 c --- d", "ABOUT|--|OR|A|--|B|--|C|--|D");
    check_norms("wait... and\xE2\x80\xA6 so", "WAIT|...|AND|...|SO");
    check_norms("a\xC2\xA0" "b", "A|B");  /* a no-break space separates */
}

static void hyphenated_words(void **state)
{
    (void)state;
    check_norms("deal-makers a two-day U.S.-China Sang-Hun", "DEAL-MAKERS|A|TWO-DAY|U.S.-CHINA|SANG-HUN");
    char txt[32];
    dy_token k = token_of("deal-makers", 0, txt, sizeof txt);
    assert_true(k.shape & DY_SHAPE_HYPHEN);
    assert_int_equal(k.kind, DY_TOK_WORD);
    check_norms("pro- and anti-war, an anti- Gondor parade - or not", "PRO-|AND|ANTI-WAR|,|AN|ANTI-|GONDOR|PARADE|-|OR|NOT");
    /* underscores join words as the dictionaries write them */
    check_norms("Dol_Amroth met Minas_Tirith _x_", "DOL_AMROTH|MET|MINAS_TIRITH|_|X|_");
}

static void numbers_and_currency(void **state)
{
    (void)state;
    check_norms("$200 billion, 3.5% of 1,000,000 at 10:30 on 2019-06-19",
                "$|200|BILLION|,|3.5|%|OF|1,000,000|AT|10:30|ON|2019-06-19");
    check_norms("\xE2\x82\xAC" "5 and \xC2\xA3" "3", "\xE2\x82\xAC|5|AND|\xC2\xA3|3");
    char txt[32];
    dy_token k = token_of("$200", 0, txt, sizeof txt);
    assert_int_equal(k.kind, DY_TOK_SYMBOL);
    assert_true(k.shape & DY_SHAPE_CURRENCY);
    k = token_of("$200", 1, txt, sizeof txt);
    assert_int_equal(k.kind, DY_TOK_NUMBER);
    assert_true(k.shape & DY_SHAPE_DIGIT);
    k = token_of("the 1990s", 1, txt, sizeof txt);
    assert_int_equal(k.kind, DY_TOK_WORD);
    assert_true(k.shape & DY_SHAPE_DIGIT);
    k = token_of("10%", 1, txt, sizeof txt);
    assert_int_equal(k.kind, DY_TOK_SYMBOL);
    check_norms("Kim,2 1,00", "KIM|,|2|1|,|00");
}

static void abbreviations_keep_their_period(void **state)
{
    (void)state;
    check_norms("Mr. Smith met Gen. Lee of the U.N. at 5 p.m. on Jan. 5 with George W. Bush",
                "MR.|SMITH|MET|GEN.|LEE|OF|THE|U.N.|AT|5|P.M.|ON|JAN.|5|WITH|GEORGE|W.|BUSH");
    /* at the end of a sentence the period is also a token of its own */
    check_norms("They left the U.S.", "THEY|LEFT|THE|U.S.|.");
    check_norms("It fell.\xE2\x80\x9D", "IT|FELL|.|\"");
    check_norms("at Acme Inc.\"", "AT|ACME|INC.|.|\"");
    char txt[32];
    dy_token k = token_of("the U.S. said", 1, txt, sizeof txt);
    assert_string_equal(txt, "U.S.");
    assert_true(k.shape & DY_SHAPE_ABBREV);
    assert_true(k.shape & DY_SHAPE_ALLCAPS);
    dy_tokens t = DY_TOKENS_INIT;
    dy_tokenize("the U.S.", 0, 8, &t);
    assert_int_equal(t.n, 3);
    assert_int_equal(t.v[2].start, 7);  /* the extra period shares the abbreviation's byte */
    assert_int_equal(t.v[2].end, 8);
    dy_tokens_free(&t);
}

static void shapes(void **state)
{
    (void)state;
    char txt[32];
    assert_true(token_of("China", 0, txt, sizeof txt).shape & DY_SHAPE_CAP);
    assert_false(token_of("China", 0, txt, sizeof txt).shape & DY_SHAPE_ALLCAPS);
    assert_true(token_of("DPRK", 0, txt, sizeof txt).shape & DY_SHAPE_ALLCAPS);
    assert_true(token_of("G20", 0, txt, sizeof txt).shape & DY_SHAPE_DIGIT);
    assert_false(token_of("china", 0, txt, sizeof txt).shape & (DY_SHAPE_CAP | DY_SHAPE_ALLCAPS));
    dy_token k = token_of("\xC3\x89mile", 0, txt, sizeof txt);
    assert_true(k.shape & DY_SHAPE_CAP);
    check_norms("\xC3\xA9t\xC3\xA9 Bogot\xC3\xA1", "\xC3\x89T\xC3\x89|BOGOT\xC3\x81");
    char flags[64];
    k = token_of("Mr.", 0, txt, sizeof txt);
    dy_token_flags_format(&k, flags, sizeof flags);
    assert_string_equal(flags, "word,cap,abbrev");
}

static void broken_utf8_becomes_replacement_char(void **state)
{
    (void)state;
    check_norms("ok\xFF" "bad \xC3 x \xE2\x80", "OK\xEF\xBF\xBD" "BAD|\xEF\xBF\xBD|X|\xEF\xBF\xBD");
    /* an overlong encoding and a surrogate are invalid too */
    check_norms("a\xC0\xAF" "b \xED\xA0\x80", "A\xEF\xBF\xBD\xEF\xBF\xBD" "B|\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
}

static void punctuation_and_symbols(void **state)
{
    (void)state;
    check_norms("(a) [b]; c: d! e? f/g AT&T @x #y", "(|A|)|[|B|]|;|C|:|D|!|E|?|F|/|G|AT&T|@|X|#|Y");
    char txt[32];
    assert_int_equal(token_of("a ; b", 1, txt, sizeof txt).kind, DY_TOK_PUNCT);
    assert_int_equal(token_of("a & b", 1, txt, sizeof txt).kind, DY_TOK_SYMBOL);
    assert_string_equal(dy_token_kind_name(DY_TOK_NUMBER), "number");
}

static void very_long_word_is_cut(void **state)
{
    (void)state;
    size_t n = 5000;
    char *s = malloc(n + 1);
    memset(s, 'x', n);
    s[n] = 0;
    dy_tokens t = DY_TOKENS_INIT;
    dy_tokenize(s, 0, (uint32_t)n, &t);
    assert_int_equal(t.n, (n + DY_TOKEN_MAX_BYTES - 1) / DY_TOKEN_MAX_BYTES);
    for (size_t i = 0; i < t.n; i++)
        assert_true(t.v[i].end - t.v[i].start <= DY_TOKEN_MAX_BYTES);
    dy_tokens_free(&t);
    free(s);
}

static void vectors_are_reused(void **state)
{
    (void)state;
    const char *s = "Arnor will restore full diplomatic ties with Gondor almost five years later.";
    dy_tokens t = DY_TOKENS_INIT;
    dy_tokenize(s, 0, (uint32_t)strlen(s), &t);
    size_t cap = t.cap, ncap = t.norm_cap;
    const dy_token *v = t.v;
    for (int i = 0; i < 100; i++)
        dy_tokenize(s, 0, (uint32_t)strlen(s), &t);
    assert_int_equal(t.cap, cap);      /* no growth once warm: no allocation per call */
    assert_int_equal(t.norm_cap, ncap);
    assert_ptr_equal(t.v, v);
    assert_int_equal(t.n, 13);
    dy_tokens_free(&t);
}

DYAD_TEST_GROUP(text_token,
    cmocka_unit_test(offsets_point_into_the_text),
    cmocka_unit_test(possessives_and_contractions),
    cmocka_unit_test(quotes_and_dashes_normalised),
    cmocka_unit_test(hyphenated_words),
    cmocka_unit_test(numbers_and_currency),
    cmocka_unit_test(abbreviations_keep_their_period),
    cmocka_unit_test(shapes),
    cmocka_unit_test(broken_utf8_becomes_replacement_char),
    cmocka_unit_test(punctuation_and_symbols),
    cmocka_unit_test(very_long_word_is_cut),
    cmocka_unit_test(vectors_are_reused))
