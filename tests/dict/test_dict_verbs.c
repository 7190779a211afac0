/*
 * test_dict_verbs.c — the verbs file: blocks, verb forms, synsets, patterns
 * in both dialects, transformations, and every message the reader gives.
 */
#include "dicttest.h"

static const char tabari_verbs[] =
    "<!-- a comment\n"                                  /* 1 */
    "     spanning lines -->\n"                         /* 2 */
    "&PREP_\n"                                          /* 3 */
    "+IN\n"                                             /* 4 */
    "+AT\n"                                             /* 5 */
    "&CURRENCY  # comment\n"                            /* 6 */
    "+DOLLAR\n"                                         /* 7 */
    "+YEN_\n"                                           /* 8 */
    "+SWISS FRANC\n"                                    /* 9 */
    "+PENNY\n"                                          /* 10 */
    "+BUS\n"                                            /* 11 */
    "&NESTED\n"                                         /* 12 */
    "+&CURRENCY\n"                                      /* 13 */
    "+GOLD\n"                                           /* 14 */
    "--- GREET [042] ---\n"                             /* 15 */
    "GREET\n"                                           /* 16 */
    "+SHAKE_HANDS {+SHOOK_HANDS +SHAKEN_HANDS}\n"       /* 17 */
    "WIRE_+TAP [1711]\n"                                /* 18 */
    "MAKE {MADE MAKES}\n"                               /* 19 */
    "MOVE\n"                                            /* 20 */
    "- * FRIENDS [043]\n"                               /* 21 */
    "- SUGGESTED_+ * DEMAND_&CURRENCY_NOW [111]\n"      /* 22 */
    "- IN_ * [075A]\n"                                  /* 23 */
    "- * OFF_ [195]  # trailing _ dropped\n"            /* 24 */
    "- $ ^ FOR * &NESTED % [032:033]\n"                 /* 25 */
    "- * &UNDEFINED [099]\n"                            /* 26 */
    "- * {A | B} [098]\n"                               /* 27 */
    "- * NEW_&CURRENCY_RELATIONS [903]\n"               /* 28 */
    "- DIPLXMATIC * [###]\n"                            /* 29 */
    "--- NOCODE ---\n"                                  /* 30 */
    "NOCODE\n"                                          /* 31 */
    "--- DELAY [120]  [031:031] ---\n"                  /* 32 */
    "DELAY\n"                                           /* 33 */
    "--- TROUBLED [---] # NOUN ---\n"                   /* 34 */
    "TROUBLED ; legacy comment\n"                       /* 35 */
    "LASH OUT\n";                                       /* 36 */

static uint32_t synset_named(const dy_dict *d, const char *name)
{
    for (uint32_t i = 0; i < d->nsynsets; i++)
        if (!strcmp(dy_dict_str(d, d->synset[i].name), name))
            return i;
    return DY_NO_INDEX;
}

static char *members(const dy_dict *d, uint32_t s)
{
    dy_buf b = DY_BUF_INIT;
    dy_buf_adds(&b, "");
    for (uint32_t m = 0; m < d->synset[s].nmembers; m++) {
        if (m)
            dy_buf_addc(&b, ' ');
        dy_dump_phrase(d, d->synset_member[d->synset[s].members + m], &b);
    }
    return dy_buf_detach(&b);
}

static void synsets_plurals_and_nesting(void **state)
{
    (void)state;
    dt_log log;
    dt_log_init(&log);
    char *path;
    dy_dict *d = dt_load_kind(DT_VERBS, tabari_verbs, DY_DIALECT_AUTO, 0, &log, &path);
    assert_non_null(d);
    assert_int_equal(d->nsynsets, 3);
    char *m = members(d, synset_named(d, "PREP"));
    assert_string_equal(m, "IN AT"); /* label ending in _: no plurals */
    free(m);
    m = members(d, synset_named(d, "CURRENCY"));
    /* Y->IES, S->ES (a final S is replaced), +S; a member ending in _ has none;
     * a member matches as consecutive words */
    assert_string_equal(m, "DOLLAR DOLLARS YEN_ SWISS_FRANC SWISS_FRANCS PENNY PENNIES BUS BUES");
    free(m);
    m = members(d, synset_named(d, "NESTED")); /* F4: +&CURRENCY expanded */
    assert_string_equal(m, "DOLLAR DOLLARS YEN_ SWISS_FRANC SWISS_FRANCS PENNY PENNIES BUS BUES "
                           "GOLD GOLDS");
    free(m);
    assert_true(dy_dict_synset_has_word(d, synset_named(d, "NESTED"), dt_word(d, "PENNIES")));
    assert_false(dy_dict_synset_has_word(d, synset_named(d, "PREP"), dt_word(d, "GOLD")));
    dy_word swiss[2] = {dt_word(d, "SWISS"), dt_word(d, "FRANCS")};
    assert_true(dy_dict_synset_has_words(d, synset_named(d, "CURRENCY"), swiss, 2));
    assert_false(dy_dict_synset_has_words(d, synset_named(d, "CURRENCY"), swiss, 1));
    /* index: synsets with a member starting with the word */
    size_t n;
    const uint32_t *ix = dy_dict_index_at(d, &d->synset_index, dt_word(d, "SWISS"), &n);
    assert_int_equal(n, 2);
    assert_int_equal(ix[0], synset_named(d, "CURRENCY"));
    assert_int_equal(ix[1], synset_named(d, "NESTED"));
    dt_done(d, path);
    dt_log_free(&log);
}

static const dy_verb_form *form_of(const dy_dict *d, const char *word, size_t k)
{
    size_t n;
    const uint32_t *ix = dy_dict_forms_of(d, dt_word(d, word), &n);
    return k < n ? &d->form[ix[k]] : NULL;
}

static void blocks_and_verb_forms(void **state)
{
    (void)state;
    dt_log log;
    dt_log_init(&log);
    char *path;
    dy_dict *d = dt_load_kind(DT_VERBS, tabari_verbs, DY_DIALECT_AUTO, 0, &log, &path);
    assert_non_null(d);
    assert_int_equal(d->nblocks, 4);
    assert_string_equal(dy_dict_str(d, d->block[0].name), "GREET");
    assert_string_equal(dy_dict_str(d, d->block[0].code), "042");
    assert_string_equal(dy_dict_str(d, d->block[1].code), "---"); /* absent: --- */
    assert_string_equal(dy_dict_str(d, d->block[2].code), "120"); /* the first [..] */
    assert_string_equal(dy_dict_str(d, d->block[3].name), "TROUBLED");
    assert_int_equal(d->block[0].nverbs, 5);
    assert_int_equal(d->block[0].npatterns, 7);
    char *dump = dt_dump(d, DY_DUMP_VERBS);
    /* regular forms: V VS VED VING, no doubling; E: VD and V-E+ING */
    assert_non_null(strstr(dump, "verb\tGREET [042] (block)\tGREET GREETS GREETED GREETING \n"));
    assert_non_null(strstr(dump, "verb\tMOVE [042] (block)\tMOVE MOVES MOVED MOVING \n"));
    /* {..} lists every form; the bare root is kept too (F3) */
    assert_non_null(strstr(dump, "verb\tMAKE [042] (block)\tMAKE MADE MAKES \n"));
    assert_non_null(strstr(dump, "verb\t+SHAKE_HANDS [042] (block)\tSHAKE_HANDS SHOOK_HANDS "
                                 "SHAKEN_HANDS \n"));
    assert_non_null(strstr(dump, "verb\tWIRE_+TAP [1711]\tWIRE_TAP WIRE_TAPS WIRE_TAPED "
                                 "WIRE_TAPING \n"));
    free(dump);
    /* the index by verb word: TAPED is a form of WIRE_+TAP, the verb word at 1 */
    const dy_verb_form *f = form_of(d, "TAPED", 0);
    assert_non_null(f);
    assert_int_equal(f->pos, 1);
    assert_int_equal(f->word, dt_word(d, "TAPED"));
    const dy_verb *v = &d->verb[f->verb];
    assert_true(v->flags & DY_VERB_OWN_CODE);
    assert_true(v->flags & DY_VERB_MULTIWORD);
    assert_string_equal(dy_dict_str(d, v->code), "1711");
    size_t n;
    const dy_word *w = dy_dict_phrase_words(d, f->phrase, &n);
    assert_int_equal(n, 2);
    assert_int_equal(w[0], dt_word(d, "WIRE"));
    assert_int_equal(dy_dict_phrase_conn(d, f->phrase, 1), DY_CONN_ADJ);
    f = form_of(d, "SHOOK", 0);
    assert_non_null(f);
    assert_int_equal(f->pos, 0);
    assert_true(f->flags & DY_FORM_LISTED);
    assert_null(form_of(d, "SHAKES", 0)); /* {..} given: nothing generated */
    assert_null(form_of(d, "MAKED", 0));
    f = form_of(d, "MOVING", 0);
    assert_true(f->flags & DY_FORM_GENERATED);
    assert_string_equal(dy_dict_str(d, d->verb[f->verb].code), "042");
    assert_false(d->verb[f->verb].flags & DY_VERB_OWN_CODE);
    assert_int_equal(dy_dict_word(d, "NOSUCHWORD", 10), 0);
    dt_done(d, path);
    dt_log_free(&log);
}

static void tabari_patterns(void **state)
{
    (void)state;
    dt_log log;
    dt_log_init(&log);
    char *path;
    dy_dict *d = dt_load_kind(DT_VERBS, tabari_verbs, DY_DIALECT_AUTO, 0, &log, &path);
    assert_non_null(d);
    assert_int_equal(d->pattern[0].dialect, DY_DIALECT_TABARI);
    assert_string_equal(dt_pattern_at(d, 21), "* FRIENDS [043]");
    assert_string_equal(dt_pattern_at(d, 22), "SUGGESTED_+ * DEMAND_&CURRENCY_NOW [111]");
    assert_string_equal(dt_pattern_at(d, 23), "IN * [075A]"); /* `_ ` is a space */
    assert_string_equal(dt_pattern_at(d, 24), "* OFF [195]"); /* trailing _ dropped */
    assert_string_equal(dt_pattern_at(d, 28), "* NEW_&CURRENCY_RELATIONS [903]");
    assert_string_equal(dt_pattern_at(d, 29), "DIPLXMATIC * [###]"); /* # inside [] */
    assert_string_equal(dt_pattern_at(d, 26), "");  /* undefined synset: dropped */
    assert_string_equal(dt_pattern_at(d, 27), "");  /* disjunctive set: skipped */
    assert_true(dt_logged(&log, ":26: warning: pattern '* &UNDEFINED': synset &UNDEFINED is "
                                "not defined before this line: pattern dropped"));
    assert_true(dt_logged(&log, ":27: warning: TABARI pattern with '{' (a disjunctive set) "
                                "skipped"));
    /* elements of line 25: $ ^ FOR * &NESTED % [032:033] */
    const dy_pattern *p = dt_pattern_on(d, 25);
    assert_int_equal(p->nupper, 3);
    assert_int_equal(p->nlower, 2);
    const dy_pelem *u = &d->pelem[p->upper], *l = &d->pelem[p->lower];
    assert_int_equal(u[0].kind, DY_PE_SOURCE);
    assert_int_equal(u[1].kind, DY_PE_SKIP);
    assert_int_equal(u[2].kind, DY_PE_WORD);
    assert_int_equal(u[2].id, dt_word(d, "FOR"));
    assert_int_equal(l[0].kind, DY_PE_SYNSET);
    assert_int_equal(l[0].id, synset_named(d, "NESTED"));
    assert_int_equal(l[1].kind, DY_PE_COMPOUND);
    assert_true(p->flags & DY_PATTERN_PAIRED);
    assert_string_equal(dy_dict_str(d, p->code), "032:033");
    assert_string_equal(dy_dict_str(d, p->code_a), "032");
    assert_string_equal(dy_dict_str(d, p->code_b), "033");
    assert_string_equal(dy_dict_str(d, p->text), "$ ^ FOR * &NESTED %");
    /* connectors on the verb side: line 22 SUGGESTED_+ * DEMAND_&CURRENCY_NOW */
    p = dt_pattern_on(d, 22);
    u = &d->pelem[p->upper];
    l = &d->pelem[p->lower];
    assert_int_equal(u[0].conn, DY_CONN_ADJ); /* SUGGESTED_+ */
    assert_int_equal(u[1].kind, DY_PE_TARGET);
    assert_int_equal(u[1].conn, DY_CONN_GAP); /* + * */
    assert_int_equal(l[0].conn, DY_CONN_GAP); /* * DEMAND */
    assert_int_equal(l[1].conn, DY_CONN_ADJ); /* DEMAND_&CURRENCY */
    assert_int_equal(l[2].conn, DY_CONN_ADJ); /* &CURRENCY_NOW */
    assert_int_equal(d->stats.patterns, 7);
    assert_int_equal(d->stats.errors, 0);
    assert_true(dt_logged(&log, ":36: warning: multi-word verb 'LASH OUT' has no + marking"));
    dt_done(d, path);
    dt_log_free(&log);
}

static const char petrarch2_verbs[] =
    "&WEAPON\n"                                                  /* 1 */
    "+GUN\n"                                                     /* 2 */
    "&FIGHT\n"                                                   /* 3 */
    "+BATTLE\n"                                                  /* 4 */
    "&FIGHT_OF_WORDS\n"                                          /* 5 */
    "+ARGUMENT\n"                                                /* 6 */
    "---  RUSH   [---]  ---\n"                                   /* 7 */
    "RUSH\n"                                                     /* 8 */
    "+SET_UP {+SETS_UP +SETTING_UP}\n"                           /* 9 */
    "- * (TO)                       [042:043]     # RUSH\n"      /* 10 */
    "- * {ARMS SHIPMENT}            [072]\n"                     /* 11 */
    "- * POLICE (TO BORDER)         [153]\n"                     /* 12 */
    "- * (TO LIST) (OF {BANNED PARTIES}) [1722]\n"               /* 13 */
    "- &WEAPON * (ON +) $           [:173]\n"                    /* 14 */
    "- * (TO/FOR PROTEST)           [141]\n"                     /* 15 */
    "- * VENTURE (WITH VISIT)     VISIT)[042:043]\n"             /* 16 */
    "- * &FIGHT_CRIM                [1124]\n"                    /* 17 */
    "- * (IN &FIGHT_OF_WORDS)       [111]\n"                     /* 18 */
    "- * (IN &WEATHER)              [---]\n"                     /* 19 */
    "- * (ON {&WEAPON ATTACK})      [151]\n"                     /* 20 */
    "~ a (a b ATTACK) SAY = a b 015\n"                           /* 21 */
    "~ a (b . ATTACK ) WANT = a b 021\n"                         /* 22 */
    "~ a (_ b Q) SAY = a b Q\n";                                 /* 23 */

static void petrarch2_patterns(void **state)
{
    (void)state;
    dt_log log;
    dt_log_init(&log);
    char *path;
    dy_dict *d = dt_load_kind(DT_VERBS, petrarch2_verbs, DY_DIALECT_AUTO, 0, &log, &path);
    assert_non_null(d);
    assert_int_equal(d->pattern[0].dialect, DY_DIALECT_PETRARCH2);
    assert_string_equal(dt_pattern_at(d, 10), "* (TO) [042:043]");
    assert_string_equal(dt_pattern_at(d, 11), "* {ARMS SHIPMENT} [072]");
    assert_string_equal(dt_pattern_at(d, 12), "* POLICE (TO BORDER) [153]");
    assert_string_equal(dt_pattern_at(d, 13), "* (TO LIST) (OF {BANNED PARTIES}) [1722]");
    assert_string_equal(dt_pattern_at(d, 14), "&WEAPON * (ON +) $ [:173]");
    assert_string_equal(dt_pattern_at(d, 15), "* (TO/FOR PROTEST) [141]");
    assert_string_equal(dt_pattern_at(d, 16), "* VENTURE (WITH VISIT) VISIT [042:043]");
    assert_true(dt_logged(&log, ":16: warning: pattern '* VENTURE (WITH VISIT)     VISIT)': "
                                "unmatched ')' ignored"));
    /* &FIGHT_CRIM: the longest defined name, then the rest as words */
    assert_string_equal(dt_pattern_at(d, 17), "* &FIGHT_CRIM [1124]");
    assert_string_equal(dt_pattern_at(d, 18), "* (IN &FIGHT_OF_WORDS) [111]");
    assert_string_equal(dt_pattern_at(d, 19), "");
    assert_true(dt_logged(&log, ":19: warning: pattern '* (IN &WEATHER)': synset &WEATHER is "
                                "not defined"));
    assert_string_equal(dt_pattern_at(d, 20), "* (ON {&WEAPON ATTACK}) [151]");
    /* structure of line 13: PP(TO LIST) PP(OF NP(BANNED PARTIES)) */
    const dy_pattern *p = dt_pattern_on(d, 13);
    assert_int_equal(p->nupper, 0);
    assert_int_equal(p->nlower, 8);
    const dy_pelem *e = &d->pelem[p->lower];
    assert_int_equal(e[0].kind, DY_PE_PP);
    assert_int_equal(e[0].span, 2);
    assert_int_equal(e[1].id, dt_word(d, "TO"));
    assert_int_equal(e[2].id, dt_word(d, "LIST"));
    assert_int_equal(e[3].kind, DY_PE_PP);
    assert_int_equal(e[3].span, 4);
    assert_int_equal(e[4].id, dt_word(d, "OF"));
    assert_int_equal(e[5].kind, DY_PE_NP);
    assert_int_equal(e[5].span, 2);
    assert_int_equal(e[7].id, dt_word(d, "PARTIES")); /* the head: last */
    /* [:173]: paired with an empty first side */
    p = dt_pattern_on(d, 14);
    assert_string_equal(dy_dict_str(d, p->code_a), "");
    assert_string_equal(dy_dict_str(d, p->code_b), "173");
    /* the slash alternative is an anonymous synset */
    p = dt_pattern_on(d, 15);
    e = &d->pelem[p->lower];
    assert_int_equal(e[1].kind, DY_PE_SYNSET);
    assert_true(d->synset[e[1].id].flags & DY_SYNSET_ANONYMOUS);
    assert_true(dy_dict_synset_has_word(d, e[1].id, dt_word(d, "FOR")));
    /* transformations */
    assert_int_equal(d->ntransforms, 3);
    const dy_transform *t = &d->transform[0];
    assert_int_equal(t->a, 'a');
    assert_int_equal(t->b, 'a');
    assert_int_equal(t->c, 'b');
    assert_int_equal(t->v2, dt_word(d, "ATTACK"));
    assert_int_equal(t->v1, dt_word(d, "SAY"));
    assert_string_equal(dy_dict_str(d, t->code), "015");
    assert_int_equal(d->transform[1].c, '.');
    assert_int_equal(d->transform[2].b, '_');
    assert_int_equal(d->transform[2].v2, 0);          /* Q: any verb */
    assert_int_equal(d->transform[2].code, DY_STR_EMPTY); /* Q: the inner code */
    char *dump = dt_dump(d, DY_DUMP_VERBS);
    assert_non_null(strstr(dump, "transformation\t~ a (_ b Q) SAY = a b Q\n"));
    assert_non_null(strstr(dump, "verb\t+SET_UP [---] (block)\tSET_UP SETS_UP SETTING_UP \n"));
    free(dump);
    assert_int_equal(d->stats.errors, 0);
    dt_done(d, path);
    dt_log_free(&log);
}

static void dialect_detection_and_override(void **state)
{
    (void)state;
    /* a TABARI file read as PETRARCH-2 turns its {..} into a noun phrase */
    const char *text = "--- X [010] ---\nX\n- * {A B} [011]\n";
    dt_log log;
    dt_log_init(&log);
    char *path;
    dy_dict *d = dt_load_kind(DT_VERBS, text, DY_DIALECT_AUTO, 0, &log, &path);
    assert_int_equal(d->npatterns, 1);
    assert_int_equal(d->pattern[0].dialect, DY_DIALECT_PETRARCH2);
    dt_done(d, path);
    d = dt_load_kind(DT_VERBS, text, DY_DIALECT_TABARI, 0, &log, &path);
    assert_int_equal(d->npatterns, 0);
    assert_true(dt_logged(&log, ":3: warning: TABARI pattern with '{'"));
    dt_done(d, path);
    /* a `~` line makes a file PETRARCH-2 */
    d = dt_load_kind(DT_VERBS, "--- X [010] ---\nX\n- * A [011]\n~ a (a b X) X = a b 1\n",
                     DY_DIALECT_AUTO, 0, &log, &path);
    assert_int_equal(d->pattern[0].dialect, DY_DIALECT_PETRARCH2);
    assert_int_equal(d->ntransforms, 1);
    dt_done(d, path);
    /* ... and in a TABARI file a `~` line is ignored with a warning */
    d = dt_load_kind(DT_VERBS, "--- X [010] ---\nX\n~ a (a b X) X = a b 1\n", DY_DIALECT_TABARI,
                     0, &log, &path);
    assert_int_equal(d->ntransforms, 0);
    assert_true(dt_logged(&log, ":3: warning: transformation line in a TABARI-dialect"));
    dt_done(d, path);
    dt_log_free(&log);
}

/* One bad line per case: the message names the line; the line is skipped. */
static void verb_file_errors(void **state)
{
    (void)state;
    static const struct { const char *text; int dialect; const char *msg; } cases[] = {
        {"- * A [010]\n", DY_DIALECT_TABARI, ":1: error: pattern before any --- block ---"},
        {"VERB\n", DY_DIALECT_TABARI, ":1: error: verb line 'VERB' before any --- block ---"},
        {"--- X [1] ---\nX\n- * A\n", DY_DIALECT_TABARI, ":3: error: pattern without a [code]"},
        {"--- X [1] ---\nX\n- * A [01\n", DY_DIALECT_TABARI,
         ":3: error: pattern code: '[' without ']'"},
        {"--- X [1] ---\nX\n- * A [ ]\n", DY_DIALECT_TABARI,
         ":3: error: pattern with an empty code []"},
        {"--- X [1] ---\nX\n-  [010]\n", DY_DIALECT_TABARI, ":3: error: empty pattern"},
        {"--- X [1] ---\nX\n- A B [010]\n", DY_DIALECT_TABARI,
         ":3: error: pattern 'A B' has no '*'"},
        {"--- X [1] ---\nX\n- A * B * [010]\n", DY_DIALECT_TABARI,
         ":3: error: pattern 'A * B *': more than one '*'"},
        {"--- [1] ---\n", DY_DIALECT_TABARI, ":1: error: block line without a name"},
        {"--- X [1 ---\n", DY_DIALECT_TABARI, ":1: error: block line: '[' without ']'"},
        {"--- X [1] ---\nY [2\n", DY_DIALECT_TABARI, ":2: error: verb line: '[' without ']'"},
        {"--- X [1] ---\nY {YS\n", DY_DIALECT_TABARI, ":2: error: verb line: '{' without '}'"},
        {"--- X [1] ---\n+A_+B\n", DY_DIALECT_TABARI, ":2: error: verb '+A_+B' marks two words "
                                                      "with +"},
        {"&\n+A\n", DY_DIALECT_TABARI, ":1: error: synset line without a name after '&'"},
        {"&S\n+&T\n", DY_DIALECT_TABARI, ":2: warning: nested synset &T is not defined before "
                                         "this line: member skipped"},
        {"&S\n+A\n&S\n+B\n", DY_DIALECT_TABARI, ":3: warning: synset &S defined again (first "
                                                "at line 1)"},
        {"--- X [1] ---\nX\n- * (A [010]\n", DY_DIALECT_PETRARCH2,
         ":3: error: pattern '* (A': '(' without ')'"},
        {"--- X [1] ---\nX\n- * {A (B)} [010]\n", DY_DIALECT_PETRARCH2,
         ":3: error: pattern '* {A (B)}': misplaced bracket or '*' inside a group"},
        {"--- X [1] ---\nX\n- * {} [010]\n", DY_DIALECT_PETRARCH2,
         ":3: error: pattern '* {}': empty {}"},
        {"--- X [1] ---\nX\n- * (A *) [010]\n", DY_DIALECT_PETRARCH2,
         ":3: error: pattern '* (A *)': misplaced bracket or '*' inside a group"},
        {"--- X [1] ---\nX\n~ a (a b X) = a b 1\n", DY_DIALECT_PETRARCH2,
         ":3: error: transformation is not of the form '~ a (b c VERB) VERB = x y CODE'"},
        {"--- X [1] ---\nX\n~ ab (a b X) Y = a b 1\n", DY_DIALECT_PETRARCH2,
         ":3: error: transformation is not of the form"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        dt_log log;
        dt_log_init(&log);
        char *path;
        dy_dict *d = dt_load_kind(DT_VERBS, cases[i].text, cases[i].dialect, 0, &log, &path);
        assert_non_null(d);
        if (!dt_logged(&log, cases[i].msg))
            fail_msg("case %zu: expected '%s' in:\n%s", i, cases[i].msg, log.text.data);
        /* the path is named in the message */
        assert_true(dt_logged(&log, path));
        int is_error = strstr(cases[i].msg, ": error: ") != NULL;
        assert_int_equal(d->stats.errors > 0, is_error);
        dt_done(d, path);
        /* --strict: an error makes the load fail */
        d = dt_load_kind(DT_VERBS, cases[i].text, cases[i].dialect, 1, &log, &path);
        if (is_error)
            assert_null(d);
        else
            assert_non_null(d);
        dt_done(d, path);
        dt_log_free(&log);
    }
}

DYAD_TEST_GROUP(dict_verbs,
    cmocka_unit_test(synsets_plurals_and_nesting),
    cmocka_unit_test(blocks_and_verb_forms),
    cmocka_unit_test(tabari_patterns),
    cmocka_unit_test(petrarch2_patterns),
    cmocka_unit_test(dialect_detection_and_override),
    cmocka_unit_test(verb_file_errors))
