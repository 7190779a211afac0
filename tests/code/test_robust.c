/*
 * test_robust.c — the coder on input no news story has, but anyone can
 * send: very long sentences without punctuation, thousands of commas or
 * "and"s, deeply nested parentheses and parses. None may crash the coder,
 * and none may take long: every rule must cost time linear in the sentence
 * (or be bounded, see docs/coder.md "Robustness"). Each fix found by
 * fuzz/fuzz_code.c has its regression test here.
 *
 * Time limits are generous (they hold under the sanitizers, which are 10-20
 * times slower); the quadratic costs they guard against took minutes.
 * Where a cost shows in memory too, the story arena's size is checked,
 * which does not depend on the machine.
 */
#include "testutil.h"

#include <stdlib.h>
#include <time.h>

#include "storytest.h"
#include "base/buf.h"
#include "code/actors.h"
#include "code/sent.h"
#include "code/tabari.h"
#include "lang/treebank.h"

/* Seconds on a monotonic clock. */
static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* No pathological sentence may take this long, even under the sanitizers. */
#define SLOW_SECONDS 20.0

/* One rule run by hand on 40,000 or 60,000 clauses: milliseconds when its
 * cost is linear, minutes when it was not. */
#define RULE_SECONDS 5.0

/* b = head, then unit n times joined by sep, then tail. */
static void repeat(dy_buf *b, const char *head, const char *unit, const char *sep, int n,
                   const char *tail)
{
    dy_buf_clear(b);
    dy_buf_adds(b, head);
    for (int i = 0; i < n; i++) {
        if (i)
            dy_buf_adds(b, sep);
        dy_buf_adds(b, unit);
    }
    dy_buf_adds(b, tail);
}

/* Every event of the last story is whole and its spans lie in [0, len]. */
static void check_events(size_t len)
{
    for (size_t i = 0; i < dyad_event_count(coder); i++) {
        const dyad_event *e = dyad_event_at(coder, i);
        assert_non_null(e->source);
        assert_non_null(e->target);
        assert_non_null(e->code);
        const dyad_span sp[3] = {e->source_span, e->target_span, e->verb_span};
        for (int k = 0; k < 3; k++) {
            if (sp[k].start == -1 && sp[k].end == -1)
                continue;
            assert_true(sp[k].start >= 0 && sp[k].start <= sp[k].end);
            assert_true((size_t)sp[k].end <= len);
        }
    }
}

/* Code b as a story; returns the seconds it took. */
static double code_buf(const dy_buf *b)
{
    dyad_story st = {"t", "2019-06-19", b->data, b->len};
    double t0 = now();
    int r = dyad_code_story(coder, &st);
    double dt = now() - t0;
    assert_true(r >= -1);
    check_events(b->len);
    return dt;
}

/* Code b as one sentence's parse (no text); returns dyad_code_parse's result. */
static int code_parse_buf(const dy_buf *b, double *secs)
{
    double t0 = now();
    int r = dyad_code_parse(coder, "t", "2019-06-19", 1, b->data, NULL, 0);
    *secs = now() - t0;
    check_events(0);
    return r;
}

/* Long raw-text sentences: coded (the splitter cuts them at 8 KiB), quickly. */
static void long_text(void **state)
{
    (void)state;
    static const char *const words[] = {"Russia", "attacked", "Ukraine", "and", "China",
                                        "praised", "Iran", "while", "the", "minister", "met",
                                        "officials", "in", "Geneva"};
    dy_buf b = DY_BUF_INIT;
    /* 5,000 tokens without punctuation */
    for (int i = 0; i < 5000; i++) {
        dy_buf_adds(&b, words[i % 14]);
        dy_buf_addc(&b, ' ');
    }
    assert_true(code_buf(&b) < SLOW_SECONDS);
    assert_true(dyad_event_count(coder) > 0);
    /* 5,000 verbs in a row */
    repeat(&b, "", "attacked", " ", 5000, "");
    assert_true(code_buf(&b) < SLOW_SECONDS);
    repeat(&b, "", "met", " ", 5000, "");
    assert_true(code_buf(&b) < SLOW_SECONDS);
    /* 10,000 commas: in a list of objects, and alone */
    repeat(&b, "Russia attacked ", "Ukraine", ", ", 10000, ".");
    assert_true(code_buf(&b) < SLOW_SECONDS);
    EXPECT(find("RUS", "UKR", "190") != NULL);
    repeat(&b, "", ",", "", 10000, "");
    assert_true(code_buf(&b) < SLOW_SECONDS);
    assert_int_equal(dyad_event_count(coder), 0);
    /* 1,000 "and"s joining subjects, and objects */
    repeat(&b, "Russia and ", "China", " and ", 1000, " attacked Ukraine.");
    assert_true(code_buf(&b) < SLOW_SECONDS);
    repeat(&b, "Russia attacked ", "Ukraine", " and ", 1000, ".");
    assert_true(code_buf(&b) < SLOW_SECONDS);
    EXPECT(find("RUS", "UKR", "190") != NULL);
    /* 2,000 nested parentheses */
    dy_buf_clear(&b);
    dy_buf_adds(&b, "Russia attacked Ukraine ");
    for (int i = 0; i < 2000; i++)
        dy_buf_addc(&b, '(');
    dy_buf_adds(&b, "Iraq");
    for (int i = 0; i < 2000; i++)
        dy_buf_addc(&b, ')');
    dy_buf_adds(&b, ".");
    assert_true(code_buf(&b) < SLOW_SECONDS);
    EXPECT(find("RUS", "UKR", "190") != NULL);
    dy_buf_free(&b);
}

/* Deep and wide parses: too deep is refused and reported, the rest coded. */
static void odd_parses(void **state)
{
    (void)state;
    dy_buf b = DY_BUF_INIT;
    double secs;
    /* 2,000 nested phrases: deeper than DY_CODE_MAX_DEPTH, reported, not coded */
    repeat(&b, "(ROOT ", "(NP", " ", 2000, " (NNP Iraq)");
    for (int i = 0; i < 2001; i++)
        dy_buf_addc(&b, ')');
    assert_int_equal(code_parse_buf(&b, &secs), 0);
    /* unbalanced: 2,000 opening or closing parentheses only */
    repeat(&b, "", "(", "", 2000, "");
    assert_int_equal(code_parse_buf(&b, &secs), -1);
    repeat(&b, "", ")", "", 2000, "");
    assert_int_equal(code_parse_buf(&b, &secs), -1);
    /* 330 clauses each saying the next (990 deep): coded */
    repeat(&b, "(ROOT ", "(S (NP (NNP Russia)) (VP (VBD said) (SBAR (IN that)", " ", 330,
           " (S (NP (NNP Iran)) (VP (VBD attacked) (NP (NNP Iraq))))");
    for (int i = 0; i < 330; i++)
        dy_buf_adds(&b, ")))");
    dy_buf_adds(&b, ")");
    assert_true(code_parse_buf(&b, &secs) >= 0);
    assert_true(secs < SLOW_SECONDS);
    /* an object NP of 4,000 names and commas: coded; of 10,000, more words
       than DY_CODE_MAX_WORDS: reported, not coded */
    repeat(&b, "(ROOT (S (NP (NNP Russia)) (VP (VBD attacked) (NP ", "(NNP Iraq)", " (, ,) ",
           4000, "))))");
    assert_true(code_parse_buf(&b, &secs) >= 1);
    assert_true(secs < SLOW_SECONDS);
    repeat(&b, "(ROOT (S (NP (NNP Russia)) (VP (VBD attacked) (NP ", "(NNP Iraq)", " (, ,) ",
           10000, "))))");
    assert_int_equal(code_parse_buf(&b, &secs), 0);
    /* 1,000 "and"s: between subjects, between objects, between verb phrases */
    repeat(&b, "(ROOT (S (NP ", "(NP (NNP China))", " (CC and) ", 1000,
           ") (VP (VBD attacked) (NP (NNP Iraq)))))");
    assert_true(code_parse_buf(&b, &secs) >= 1);
    assert_true(secs < SLOW_SECONDS);
    repeat(&b, "(ROOT (S (NP (NNP Russia)) (VP ", "(VP (VBD attacked) (NP (NNP Iraq)))",
           " (CC and) ", 1000, ")))");
    assert_true(code_parse_buf(&b, &secs) >= 1);
    assert_true(secs < SLOW_SECONDS);
    dy_buf_free(&b);
}

/*
 * Fixed: every verb matched its patterns against all the words back to the
 * start of the sentence (UPPER) and built that list in the story arena, so
 * n verbs in a row cost n^2 time and memory: a parse of 5,000 verb phrases
 * took 3 s and 115 MB (minutes under the sanitizers). UPPER and LOWER now
 * stop DY_TABARI_MAX_SIDE words from the verb.
 */
static void many_verbs_cost_linear_time(void **state)
{
    (void)state;
    dy_buf b = DY_BUF_INIT;
    double secs;
    repeat(&b, "(ROOT (S (NP (NNP Russia)) ", "(VP (VBD attacked) (NP (NNP Iraq)))", " ", 4000,
           "))");
    assert_true(code_parse_buf(&b, &secs) >= 1);
    EXPECT(find("RUS", "IRQ", "190") != NULL);
    assert_true(secs < SLOW_SECONDS);
    /* 4,000 words of UPPER for each of 4,000 verbs would be 64 MB */
    assert_true(dy_arena_used(dy_coder_arena(coder)) < ((size_t)24 << 20));
    /* a side is still read up to its bound: an actor 100 words before the verb */
    repeat(&b, "Russia ", "very", " ", 100, " attacked Ukraine.");
    code_buf(&b);
    EXPECT(find("RUS", "UKR", "190") != NULL);
    dy_buf_free(&b);
}

/* n clauses "(S (NP (NNP Russia)) (VP (VBD attacked) (NP (NNP Iraq))))" joined
 * by sep (a parse fragment) under one S: a parse of 4n words and more. */
static void coordinated_parse(dy_buf *b, const char *sep, int n)
{
    repeat(b, "(ROOT (S ", "(S (NP (NNP Russia)) (VP (VBD attacked) (NP (NNP Iraq))))", sep, n,
           " (. .)))");
}

/* A sentence made from a parse, outside the coder's bounds (the rules
 * under test are run by hand, so that their own cost shows). */
typedef struct big_sent {
    dy_arena arena;
    dy_tree_builder tb;
    dy_tree t;
    dy_sent s;
} big_sent;

static void big_sent_open(big_sent *f, const dy_buf *parse)
{
    dy_arena_init(&f->arena, 1 << 16);
    dy_tree_builder_init(&f->tb, &f->arena);
    dy_treebank_error err;
    assert_int_equal(dy_treebank_read(&f->tb, parse->data, parse->len, &f->t, &err), 0);
    assert_true(f->t.nleaf > DY_CODE_MAX_WORDS);
    dy_sent_build(&f->s, &f->t, &f->arena);
}

static void big_sent_close(big_sent *f)
{
    dy_tree_builder_free(&f->tb);
    dy_arena_free(&f->arena);
}

/*
 * Fixed: every verb looked for the subject of each clause above it by
 * reading the clause's parts, so a clause of n coordinated parts cost n^2
 * ("Russia attacked Iraq and Russia attacked Iraq and ..." as one
 * sentence, 20,000 times: 21 s in `dyad validate`). Subjects are now read
 * once per clause. 40,000 clauses (160,000 words, past DY_CODE_MAX_WORDS,
 * so the TABARI rules are run by hand): 60 ms; before, minutes. A verb
 * without patterns keeps the (linear) pattern matching out of the way.
 */
static void coordinated_clauses_linear(void **state)
{
    (void)state;
    const dyad_dicts *dicts;
    dyad_dict_spec spec;
    memset(&spec, 0, sizeof spec);
    const char *verb_text = "--- ATTACK [190] ---\nATTACK\n";
    char *verbs = dyad_temp_file(".verbs.txt", verb_text, strlen(verb_text));
    const char *actor_text = "RUSSIA [RUS]\nIRAQ [IRQ]\n";
    char *actors = dyad_temp_file(".actors.txt", actor_text, strlen(actor_text));
    const char *actor_files[] = {actors, NULL};
    spec.verbs = verbs;
    spec.actors = actor_files;
    dyad_dicts *dd = dyad_dicts_load(&spec, NULL, NULL);
    assert_non_null(dd);
    dicts = dd;
    const dy_dict *d = dy_dicts_get(dicts);
    dy_buf b = DY_BUF_INIT;
    coordinated_parse(&b, " (CC and) ", 40000);
    big_sent f;
    big_sent_open(&f, &b);
    for (int32_t i = 0; i < f.t.nleaf; i++)
        f.s.wid[i] = dy_leaf_word(d, f.t.leaf[i].upper, f.t.leaf[i].ulen);
    dy_code_all_nes(d, &f.s, 20190619);
    dy_tabari_ctx tc;
    memset(&tc, 0, sizeof tc);
    tc.d = d;
    tc.s = &f.s;
    tc.require_dyad = 1;
    double t0 = now();
    dy_tabari_code(&tc);
    double secs = now() - t0;
    assert_true(tc.nev >= 1);
    assert_true(secs < RULE_SECONDS);
    big_sent_close(&f);
    dy_buf_free(&b);
    dyad_dicts_free(dd);
    remove(verbs);
    remove(actors);
    free(verbs);
    free(actors);
}

/*
 * Fixed: each comma clause of the right size was checked against every
 * top-level clause of the sentence to see whether it is one ("..., and
 * Russia attacked Iraq, and ..."): n^2. The top-level clauses are now
 * found once per sentence and looked up by position. 60,000 clauses:
 * a few milliseconds; before, 20 s.
 */
static void comma_clauses_linear(void **state)
{
    (void)state;
    dy_buf b = DY_BUF_INIT;
    coordinated_parse(&b, " (, ,) (CC and) ", 60000);
    big_sent f;
    big_sent_open(&f, &b);
    dy_comma_opts o = {2, 8, 0, 0, 2, 8};
    double t0 = now();
    dy_sent_cut_commas(&f.s, &o);
    double secs = now() - t0;
    assert_true(secs < RULE_SECONDS);
    /* every span is a main clause: none is cut but the last (terminal) */
    int32_t cut = 0;
    for (int32_t i = 0; i < f.t.nleaf; i++)
        cut += f.s.cut[i];
    assert_int_equal(cut, 5);
    big_sent_close(&f);
    dy_buf_free(&b);
}

/*
 * Fixed (src/lang): a list of "N of X" items that ends without "and" is
 * tried as a list, then as an appositive, inside each other, and every
 * failed try was parsed again by the one around it: 2^n work. "envoys of
 * Arnor, old men of Gondor, old men of Gondor, ..., old men who lost
 * tanks" took 8.5 s with 20 items and over a minute with 22 (found by
 * fuzz_code: a 1.8 KB story that took 0.4 s). The phrase analyser now
 * gives up structuring a sentence past DY_PARSE_WORK_PER_TOKEN nodes a
 * token, undone ones included, and attaches the rest flat.
 */
static void nested_tries_bounded(void **state)
{
    (void)state;
    dy_buf b = DY_BUF_INIT;
    repeat(&b, "Officials said envoys of Arnor, ", "old men of Gondor", ", ", 40,
           ", old men who lost tanks, attacked Gondor.");
    assert_true(code_buf(&b) < SLOW_SECONDS);
    /* as long as a sentence of dyad code can be */
    repeat(&b, "envoys of Arnor, ", "old men of Gondor", ", ", 420, ", old men who lost tanks.");
    assert_true(code_buf(&b) < SLOW_SECONDS);
    /* an ordinary list is still one */
    dy_buf_clear(&b);
    dy_buf_adds(&b, "Ministers of France, Germany and Italy met the Iranian foreign minister "
                    "in Geneva.");
    code_buf(&b);
    EXPECT(find("FRAGOV", "IRNGOV", "044") && find("DEUGOV", "IRNGOV", "044") &&
           find("ITAGOV", "IRNGOV", "044"));
    dy_buf_free(&b);
}

/*
 * A sentence of more than DY_CODE_MAX_WORDS words is reported and not
 * coded: a parse of 5,000 verb phrases (10,001 words), or a whole text
 * coded as one sentence; its discards still apply. `dyad code` never
 * meets the bound: its sentences are cut at 8 KiB.
 */
static void too_many_words_refused(void **state)
{
    (void)state;
    dy_buf b = DY_BUF_INIT;
    double secs;
    repeat(&b, "(ROOT (S (NP (NNP Russia)) ", "(VP (VBD attacked) (NP (NNP Iraq)))", " ", 5000,
           "))");
    assert_int_equal(code_parse_buf(&b, &secs), 0);
    repeat(&b, "", "Russia attacked Iraq", " and ", 2100, ".");
    dy_coder_begin_story(coder, "t", 20190619, b.data, b.len);
    assert_int_equal(dy_coder_code_text(coder, 1, b.data, b.len, NULL), DY_SENT_NO_TREE);
    assert_int_equal(dyad_event_count(coder), 0);
    /* its discards still apply: a story discard drops the story */
    repeat(&b, "The Premier League said ", "Russia attacked Iraq", " and ", 2100, ".");
    dy_coder_begin_story(coder, "t", 20190619, b.data, b.len);
    assert_int_equal(dy_coder_code_text(coder, 1, b.data, b.len, NULL), DY_SENT_STORY_DISCARDED);
    /* just below the bound: coded */
    repeat(&b, "", "Russia attacked Iraq", " and ", 2000, ".");
    assert_int_equal(dy_coder_code_text(coder, 1, b.data, b.len, NULL), DY_SENT_CODED);
    EXPECT(find("RUS", "IRQ", "190") != NULL);
    /* 8 KiB of one-byte words, the most a story's sentence can have: coded */
    repeat(&b, "", "a", ",", 4096, ",");
    assert_int_equal(b.len, 8192);
    dy_coder_begin_story(coder, "t", 20190619, b.data, b.len);
    assert_int_not_equal(dy_coder_code_text(coder, 1, b.data, b.len, NULL), DY_SENT_NO_TREE);
    dy_buf_free(&b);
}

DYAD_TEST_GROUP(robust, cmocka_unit_test_setup_teardown(long_text, story_setup, story_teardown),
                cmocka_unit_test_setup_teardown(odd_parses, story_setup, story_teardown),
                cmocka_unit_test_setup_teardown(many_verbs_cost_linear_time, story_setup,
                                                story_teardown),
                cmocka_unit_test_setup_teardown(coordinated_clauses_linear, story_setup,
                                                story_teardown),
                cmocka_unit_test_setup_teardown(comma_clauses_linear, story_setup,
                                                story_teardown),
                cmocka_unit_test_setup_teardown(too_many_words_refused, story_setup,
                                                story_teardown),
                cmocka_unit_test_setup_teardown(nested_tries_bounded, story_setup,
                                                story_teardown))
