/*
 * test_dict_shared.c — the real dictionary sets in ../shared/petrarch load
 * with zero errors and the expected counts, and `dyad dict check|dump`.
 *
 * The counts were checked independently with awk:
 *   sh tests/dict/count-dicts.sh ../shared/petrarch/phoenix/<all .txt files> \
 *                                ../shared/petrarch/validate/PETR.Validate.<all>.txt
 * minus what dyad skips with a warning (noted at each number).
 */
#include "dicttest.h"

static dy_dict *load_shared(const char *dir, dt_log *log)
{
    dy_dict_sources src = {0};
    src.dir = dir;
    dy_dict_load_opts opt = {0};
    opt.no_cache = 1;
    return dy_dict_load(&src, &opt, &log->diag);
}

static void phoenix_counts(void **state)
{
    (void)state;
    dt_log log;
    dt_log_init(&log);
    dy_dict *d = load_shared("../shared/petrarch/phoenix", &log);
    assert_non_null(d);
    const dy_dict_stats *s = &d->stats;
    if (s->errors)
        fail_msg("errors loading Phoenix:\n%s", log.text.data);
    assert_int_equal(s->verb_blocks, 397);
    assert_int_equal(s->verbs, 1817);
    assert_int_equal(s->verb_forms, 7273);
    assert_int_equal(s->patterns, 4668 - 2);   /* &WEATHER, &DEMONSTRATION undefined */
    assert_int_equal(s->synsets, 40);
    assert_int_equal(s->transforms, 8);
    assert_int_equal(s->actor_entries, 18390 + 7841 + 1021);
    assert_int_equal(s->actor_names, 25917 + 7907 + 1793);
    assert_int_equal(s->actor_codes, 28389 + 7896 + 1021 - 4); /* 4 unreadable dates */
    assert_int_equal(s->agent_lines, 2244);
    assert_int_equal(s->agents, 5140);
    assert_int_equal(s->discards, 506);
    assert_int_equal(s->issue_categories, 52);
    assert_int_equal(s->issue_lines, 3172);
    assert_int_equal(s->issues, 4661);
    assert_int_equal(s->warnings, 34);
    /* the lines the reference coders skip or misread are warnings, with file:line */
    static const char *const warned[] = {
        "CAMEO.2.0.txt:8443: warning: pattern '* (IN &WEATHER)': synset &WEATHER is not defined",
        "CAMEO.2.0.txt:2374: warning: pattern '* VENTURE (WITH VISIT)",
        "Phoenix.Countries.actors.txt:2039: warning: bad date '9008223'",
        "Phoenix.Countries.actors.txt:18010: warning: date '201005011' has 9 digits",
        "Phoenix.agents.txt:1927: warning: agent 'ISLAMIC_EXTREMIST' has no [code]",
        ("Phoenix.IssueCoding.txt:1219: warning: issue 'v:kidnap' has no [code]: the category "
         "KIDNAP is used"),
    };
    for (size_t i = 0; i < sizeof warned / sizeof warned[0]; i++)
        if (!dt_logged(&log, warned[i]))
            fail_msg("missing '%s'", warned[i]);
    /* options from PETR_config.ini */
    assert_int_equal(d->options.require_dyad, 1);
    assert_int_equal(d->options.comma_max, 8);
    assert_int_equal(d->pattern[0].dialect, DY_DIALECT_PETRARCH2);
    dy_dict_free(d);
    dt_log_free(&log);
}

static void phoenix_lookups(void **state)
{
    (void)state;
    dt_log log;
    dt_log_init(&log);
    dy_dict *d = load_shared("../shared/petrarch/phoenix", &log);
    /* SAID is a listed form of SAY */
    size_t n;
    const uint32_t *ix = dy_dict_forms_of(d, dt_word(d, "SAID"), &n);
    assert_true(n >= 1);
    int found = 0;
    for (size_t i = 0; i < n; i++) {
        const dy_verb *v = &d->verb[d->form[ix[i]].verb];
        size_t k;
        const dy_word *w = dy_dict_phrase_words(d, v->root, &k);
        if (k == 1 && w[0] == dt_word(d, "SAY"))
            found = 1;
    }
    assert_true(found);
    /* multi-word forms come before single-word ones */
    ix = dy_dict_forms_of(d, dt_word(d, "SET"), &n);
    assert_true(n >= 2);
    assert_true(d->phrase[d->form[ix[0]].phrase].n > 1);
    assert_int_equal(d->phrase[d->form[ix[n - 1]].phrase].n, 1);
    /* an actor with YYMMDD ranges */
    ix = dy_dict_actors_at(d, dt_word(d, "MOHAMMAD"), &n);
    uint32_t zahir = DY_NO_INDEX;
    for (size_t i = 0; i < n; i++) {
        size_t k;
        const dy_word *w = dy_dict_phrase_words(d, d->actor_name[ix[i]].phrase, &k);
        if (k == 3 && w[1] == dt_word(d, "ZAHIR") && w[2] == dt_word(d, "SHAH"))
            zahir = d->actor_name[ix[i]].actor;
    }
    assert_int_not_equal(zahir, DY_NO_INDEX);
    /* [AFGELI 320101-331108] [AFGGOV 331108-730717] [AFGELI 730717-070723] */
    assert_string_equal(dy_dict_str(d, dy_dict_actor_code_at(d, zahir, 19500101)), "AFGGOV");
    assert_string_equal(dy_dict_str(d, dy_dict_actor_code_at(d, zahir, 20000101)), "AFGELI");
    assert_string_equal(dy_dict_str(d, dy_dict_actor_code_at(d, zahir, 20100101)), "---");
    ix = dy_dict_agents_at(d, dt_word(d, "MINISTER"), &n);
    assert_true(n > 10);
    dy_dict_free(d);
    dt_log_free(&log);
}

static void validation_counts(void **state)
{
    (void)state;
    dt_log log;
    dt_log_init(&log);
    dy_dict *d = load_shared("../shared/petrarch/validate", &log);
    assert_non_null(d);
    const dy_dict_stats *s = &d->stats;
    if (s->errors)
        fail_msg("errors loading the validation set:\n%s", log.text.data);
    assert_int_equal(s->verb_blocks, 261);
    assert_int_equal(s->verbs, 269);
    assert_int_equal(s->verb_forms, 1071);
    assert_int_equal(s->patterns, 474);
    assert_int_equal(s->synsets, 17);
    assert_int_equal(s->transforms, 0);
    assert_int_equal(s->actor_entries, 128);
    assert_int_equal(s->actor_names, 161);
    assert_int_equal(s->actor_codes, 138);
    assert_int_equal(s->agent_lines, 88);
    assert_int_equal(s->agents, 165);
    assert_int_equal(s->discards, 9);
    assert_int_equal(s->issues, 0);
    assert_int_equal(s->warnings, 2); /* LASH OUT, RULE OUT: no + */
    assert_int_equal(d->pattern[0].dialect, DY_DIALECT_TABARI);
    /* DATE-10: the first restriction that holds wins */
    size_t n;
    const uint32_t *ix = dy_dict_actors_at(d, dt_word(d, "SAM"), &n);
    assert_int_equal(n, 1);
    uint32_t sam = d->actor_name[ix[0]].actor;
    assert_string_equal(dy_dict_str(d, dy_dict_actor_code_at(d, sam, 20100110)), "ORCHOB");
    /* nested synset expanded (F4): &ACCORDSYN has &TIETYPES and &CURRENCY members */
    for (uint32_t i = 0; i < d->nsynsets; i++)
        if (!strcmp(dy_dict_str(d, d->synset[i].name), "ACCORDSYN")) {
            assert_true(dy_dict_synset_has_word(d, i, dt_word(d, "CULTURAL")));
            assert_true(dy_dict_synset_has_word(d, i, dt_word(d, "YEN")));
            assert_true(dy_dict_synset_has_word(d, i, dt_word(d, "NEARER")));
        }
    /* the TABARI [###] code passes through */
    char *dump = dt_dump(d, DY_DUMP_VERBS);
    assert_non_null(strstr(dump, "pattern\t* DIPLXMATIC [###]\n"));
    assert_non_null(strstr(dump, "pattern\t* FOR_ASYLUM [174K]\n"));
    free(dump);
    dy_dict_free(d);
    dt_log_free(&log);
}

static void dict_check_command(void **state)
{
    (void)state;
    const char *args[] = {"dict", "check", "--no-cache", "../shared/petrarch/validate", NULL};
    dyad_run r = dyad_run_cli(NULL, 0, args);
    assert_int_equal(r.status, 0);
    assert_non_null(strstr(r.out, "verb blocks: 261\n"));
    assert_non_null(strstr(r.out, "patterns: 474\n"));
    assert_non_null(strstr(r.out, "actor entries: 128\n"));
    assert_non_null(strstr(r.out, "errors: 0\n"));
    assert_non_null(strstr(r.err, "dyad: ../shared/petrarch/validate/PETR.Validate.verbs.txt:688: "
                                  "warning: multi-word verb 'LASH OUT'"));
    dyad_run_free(&r);
    /* a bad line: exit 1; with --strict: exit 3 */
    char *bad = dyad_temp_file(".verbs.txt", "--- A [1] ---\nA\n- * B\n", 22);
    const char *a2[] = {"dict", "check", "--no-cache", bad, NULL};
    r = dyad_run_cli(NULL, 0, a2);
    assert_int_equal(r.status, 1);
    assert_non_null(strstr(r.err, ":3: error: pattern without a [code]"));
    assert_non_null(strstr(r.out, "errors: 1\n"));
    dyad_run_free(&r);
    const char *a3[] = {"dict", "check", "--no-cache", "--strict", "--verbs", bad, NULL};
    r = dyad_run_cli(NULL, 0, a3);
    assert_int_equal(r.status, 3);
    assert_non_null(strstr(r.err, ":3: error: pattern without a [code]"));
    dyad_run_free(&r);
    unlink(bad);
    free(bad);
    /* usage errors: exit 2; a missing file: exit 3 */
    const char *a4[] = {"dict", "check", "--bogus", NULL};
    r = dyad_run_cli(NULL, 0, a4);
    assert_int_equal(r.status, 2);
    dyad_run_free(&r);
    const char *a5[] = {"dict", "check", "mystery.dat", NULL};
    r = dyad_run_cli(NULL, 0, a5);
    assert_int_equal(r.status, 2);
    assert_non_null(strstr(r.err, "cannot tell what kind of dictionary 'mystery.dat' is"));
    dyad_run_free(&r);
    const char *a6[] = {"dict", "check", "--no-cache", "--verbs", "no/such.txt", NULL};
    r = dyad_run_cli(NULL, 0, a6);
    assert_int_equal(r.status, 3);
    assert_non_null(strstr(r.err, "dyad: no/such.txt: error: cannot open"));
    dyad_run_free(&r);
    /* --opt=value, a repeated --actors, files named by kind */
    const char *a8[] = {"dict", "check", "--no-cache",
                        "--verbs=tests/dict/fixtures/byname/test.verbs.txt",
                        "--actors", "tests/dict/fixtures/byname/a.actors.txt",
                        "--actors=tests/dict/fixtures/byname/b.actors.txt",
                        "tests/dict/fixtures/mini/mini.agents.txt", NULL};
    r = dyad_run_cli(NULL, 0, a8);
    assert_int_equal(r.status, 0);
    assert_non_null(strstr(r.out, "verb blocks: 1\n"));
    assert_non_null(strstr(r.out, "actor entries: 2\n"));
    assert_non_null(strstr(r.out, "agents: 4\n"));
    dyad_run_free(&r);
    const char *a9[] = {"dict", "check", "--dialect", "klingon", NULL};
    r = dyad_run_cli(NULL, 0, a9);
    assert_int_equal(r.status, 2);
    assert_non_null(strstr(r.err, "--dialect is tabari, petrarch2 or auto"));
    dyad_run_free(&r);
    const char *a10[] = {"dict", "check", "--verbs", NULL};
    r = dyad_run_cli(NULL, 0, a10);
    assert_int_equal(r.status, 2);
    assert_non_null(strstr(r.err, "--verbs needs a value"));
    dyad_run_free(&r);
    const char *a7[] = {"dict", "frobnicate", NULL};
    r = dyad_run_cli(NULL, 0, a7);
    assert_int_equal(r.status, 2);
    dyad_run_free(&r);
}

static void dict_dump_command(void **state)
{
    (void)state;
    const char *args[] = {"dict", "dump", "--no-cache", "--part", "actors,options",
                          "tests/dict/fixtures/mini", NULL};
    dyad_run r = dyad_run_cli(NULL, 0, args);
    assert_int_equal(r.status, 0);
    assert_non_null(strstr(r.out, "options\trequire_dyad=0 new_actor_length=4 comma_min=3"));
    assert_non_null(strstr(r.out, "tests/dict/fixtures/mini/mini.people.actors.txt:1\tactor\t"
                                  "ARAGORN\t[RNG <19990101] [GONGOV]\n"));
    assert_non_null(strstr(r.out, "mini.countries.actors.txt:4\tactor+\tMINAS_TIRITH\t[GON]\n"));
    assert_null(strstr(r.out, "\tpattern\t")); /* only the parts asked for */
    dyad_run_free(&r);
    const char *a2[] = {"dict", "dump", "--part", "nonsense", NULL};
    r = dyad_run_cli(NULL, 0, a2);
    assert_int_equal(r.status, 2);
    dyad_run_free(&r);
}

DYAD_TEST_GROUP(dict_shared,
    cmocka_unit_test(phoenix_counts),
    cmocka_unit_test(phoenix_lookups),
    cmocka_unit_test(validation_counts),
    cmocka_unit_test(dict_check_command),
    cmocka_unit_test(dict_dump_command))
