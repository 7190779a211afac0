/*
 * test_dict_misc.c — discards, issues, PETR_config.ini, dictionary folders
 * and the built-in defaults.
 */
#include "dicttest.h"

#include <sys/stat.h>

#include "base/embedded.h"
#include "dict/morph.h"

static void discard_phrases(void **state)
{
    (void)state;
    const char *text = "# Story-level discards have a '+'.\n"  /* 1 */
                       "MONTHS LATER\n"                       /* 2 */
                       "+World Golf  Championships   # pas\n" /* 3 */
                       "GROUP A_\n"                           /* 4 */
                       "+ ESPN2\n"                            /* 5 */
                       "+\n";                                 /* 6 */
    dt_log log;
    dt_log_init(&log);
    char *path;
    dy_dict *d = dt_load_kind(DT_DISCARDS, text, DY_DIALECT_AUTO, 0, &log, &path);
    assert_non_null(d);
    assert_int_equal(d->ndiscards, 4);
    assert_string_equal(dy_dict_str(d, d->discard[0].text), "MONTHS LATER");
    assert_int_equal(d->discard[0].story, 0);
    assert_int_equal(d->discard[0].boundary, 0);
    assert_int_equal(d->discard[0].line, 2);
    /* upper case, blanks collapsed, + means the whole story */
    assert_string_equal(dy_dict_str(d, d->discard[1].text), "WORLD GOLF CHAMPIONSHIPS");
    assert_int_equal(d->discard[1].story, 1);
    /* trailing _: a word boundary must follow */
    assert_string_equal(dy_dict_str(d, d->discard[2].text), "GROUP A");
    assert_int_equal(d->discard[2].boundary, 1);
    assert_string_equal(dy_dict_str(d, d->discard[3].text), "ESPN2");
    assert_int_equal(d->discard[3].story, 1);
    size_t n;
    const uint32_t *ix = dy_dict_index_at(d, &d->discard_index, dt_word(d, "WORLD"), &n);
    assert_int_equal(n, 1);
    assert_int_equal(ix[0], 1);
    assert_true(dt_logged(&log, ":6: error: discard without a phrase"));
    assert_int_equal(d->stats.errors, 1);
    assert_int_equal(d->stats.skipped_lines, 1);
    dt_done(d, path);
    dt_log_free(&log);
}

static const char issues[] =
    "# issues\n"                                         /* 1 */
    "<ISSUE CATEGORY=\"EDUCATION\" TYPE=\"ALL\">\n"      /* 2 */
    "n:teacher [TEACHERS]\n"                             /* 3 */
    "pre+n:school [EARLY]\n"                             /* 4 */
    "v:kidnap\n"                                         /* 5 */
    "~a head start\n"                                    /* 6 */
    "n:bachelor n:degree [POST]\n"                       /* 7 */
    "weapons_grade plutonium [NUKE]\n"                   /* 8 */
    "intimidation of press [CENS]intimidation of media [CENS]\n" /* 9 */
    "aqim [T] [T]\n"                                     /* 10 */
    "eelam [T]*******\n"                                 /* 11 */
    "</ISSUE>\n"                                         /* 12 */
    "outside\n"                                          /* 13 */
    "<FOO>\n"                                            /* 14 */
    "<ISSUE TYPE=\"ALL\">\n"                             /* 15 */
    "<ISSUE CATEGORY=\"KIDNAP\" TYPE=\"COUNTEVENT\">\n"  /* 16 */
    "abduction [ ]\n";                                   /* 17 */

static void issue_expansions(void **state)
{
    (void)state;
    dt_log log;
    dt_log_init(&log);
    char *path;
    dy_dict *d = dt_load_kind(DT_ISSUES, issues, DY_DIALECT_AUTO, 0, &log, &path);
    assert_non_null(d);
    char *dump = dt_dump(d, DY_DUMP_ISSUES);
    static const char *const expect[] = {
        ":3\tissue\tEDUCATION\tTEACHER [TEACHERS]\n",
        ":3\tissue\tEDUCATION\tTEACHERS [TEACHERS]\n",
        ":4\tissue\tEDUCATION\tPRE SCHOOL [EARLY]\n",
        ":4\tissue\tEDUCATION\tPRE SCHOOLS [EARLY]\n",
        ":4\tissue\tEDUCATION\tPRE-SCHOOL [EARLY]\n",
        ":4\tissue\tEDUCATION\tPRE-SCHOOLS [EARLY]\n",
        ":5\tissue\tEDUCATION\tKIDNAP [EDUCATION]\n",   /* no code: the category */
        ":5\tissue\tEDUCATION\tKIDNAPS [EDUCATION]\n",
        ":5\tissue\tEDUCATION\tKIDNAPED [EDUCATION]\n", /* §1 rules: no doubling */
        ":5\tissue\tEDUCATION\tKIDNAPING [EDUCATION]\n",
        ":6\tissue\tEDUCATION\t~A HEAD START\n",
        ":7\tissue\tEDUCATION\tBACHELORS DEGREES [POST]\n",
        ":8\tissue\tEDUCATION\tWEAPONS GRADE PLUTONIUM [NUKE]\n",
        ":9\tissue\tEDUCATION\tINTIMIDATION OF PRESS [CENS]\n",
        ":9\tissue\tEDUCATION\tINTIMIDATION OF MEDIA [CENS]\n",
        ":10\tissue\tEDUCATION\tAQIM [T]\n",
        ":11\tissue\tEDUCATION\tEELAM [T]\n",
    };
    for (size_t i = 0; i < sizeof expect / sizeof expect[0]; i++)
        if (!strstr(dump, expect[i]))
            fail_msg("missing '%s' in:\n%s", expect[i], dump);
    free(dump);
    assert_int_equal(d->nissue_categories, 2);
    assert_string_equal(dy_dict_str(d, d->issue_category[1].name), "KIDNAP");
    assert_string_equal(dy_dict_str(d, d->issue_category[1].type), "COUNTEVENT");
    assert_int_equal(d->stats.issues, 2 + 4 + 4 + 1 + 4 + 1 + 2 + 1 + 1);
    assert_int_equal(d->stats.issue_lines, 10);
    /* the words of an issue phrase are indexed by the first */
    size_t n;
    const uint32_t *ix = dy_dict_index_at(d, &d->issue_index, dt_word(d, "PRE-SCHOOLS"), &n);
    assert_int_equal(n, 1);
    assert_int_equal(d->issue[ix[0]].line, 4);
    static const char *const msgs[] = {
        ":5: warning: issue 'v:kidnap' has no [code]: the category EDUCATION is used",
        ":9: warning: more than one issue entry on this line",
        ":10: warning: second code [T] ignored",
        ":11: warning: text after the issue code ignored: '*******'",
        ":13: error: issue 'outside' has no [code] and no category",
        ":14: warning: unknown tag '<FOO>' ignored",
        ":15: error: <ISSUE> without CATEGORY=\"...\"",
        ":17: error: issue with an empty code []",
    };
    for (size_t i = 0; i < sizeof msgs / sizeof msgs[0]; i++)
        if (!dt_logged(&log, msgs[i]))
            fail_msg("missing '%s' in:\n%s", msgs[i], log.text.data);
    assert_int_equal(d->stats.errors, 3);
    dt_done(d, path);
    dt_log_free(&log);
}

static void morphology_rules(void **state)
{
    (void)state;
    dy_forms f;
    assert_int_equal(dy_verb_forms("STOP", 4, &f), 4);
    assert_string_equal(f.s[0], "STOP");
    assert_string_equal(f.s[1], "STOPS");
    assert_string_equal(f.s[2], "STOPED"); /* no consonant doubling */
    assert_string_equal(f.s[3], "STOPING");
    assert_int_equal(dy_verb_forms("CARRY", 5, &f), 4);
    assert_string_equal(f.s[2], "CARRYED"); /* no Y->IED */
    assert_int_equal(dy_verb_forms("ARRIVE", 6, &f), 4);
    assert_string_equal(f.s[2], "ARRIVED");
    assert_string_equal(f.s[3], "ARRIVING");
    char p[DY_FORM_CAP];
    assert_int_equal(dy_agent_plural("BODY", 4, p), 6);
    assert_string_equal(p, "BODIES");
    dy_agent_plural("CONGRESS", 8, p);
    assert_string_equal(p, "CONGRESSES");
    dy_agent_plural("MINISTER", 8, p);
    assert_string_equal(p, "MINISTERS");
    dy_synset_plural("DOLLARS", 7, p);
    assert_string_equal(p, "DOLLARES");
    dy_synset_plural("PENNY", 5, p);
    assert_string_equal(p, "PENNIES");
    assert_int_equal(dy_agent_plural("", 0, p), 0);
}

static void folder_with_config(void **state)
{
    (void)state;
    dt_log log;
    dt_log_init(&log);
    dy_dict_sources src = {0};
    src.dir = "tests/dict/fixtures/mini";
    dy_dict_load_opts opt = {0};
    opt.no_cache = 1;
    dy_dict *d = dy_dict_load(&src, &opt, &log.diag);
    assert_non_null(d);
    assert_int_equal(d->stats.errors + d->stats.warnings, 0);
    /* the config first, then the files it names, in its order */
    assert_int_equal(d->nfiles, 7);
    assert_string_equal(dy_dict_file_name(d, 0), "tests/dict/fixtures/mini/PETR_config.ini");
    assert_string_equal(dy_dict_file_name(d, 1), "tests/dict/fixtures/mini/mini.verbs.txt");
    assert_string_equal(dy_dict_file_name(d, 2),
                        "tests/dict/fixtures/mini/mini.countries.actors.txt");
    assert_string_equal(dy_dict_file_name(d, 3), "tests/dict/fixtures/mini/mini.people.actors.txt");
    /* [Options] read; the rest default (CODING-RULES §2.3) */
    assert_int_equal(d->options.require_dyad, 0);
    assert_int_equal(d->options.new_actor_length, 4);
    assert_int_equal(d->options.comma_min, 3);
    assert_int_equal(d->options.comma_max, 8);
    assert_int_equal(d->options.comma_bmin, 0);
    assert_int_equal(d->options.comma_bmax, 5);
    assert_int_equal(d->options.comma_emin, 2);
    assert_int_equal(d->options.comma_emax, 8);
    assert_int_equal(d->stats.verb_blocks, 2);
    assert_int_equal(d->stats.actor_entries, 3);
    assert_int_equal(d->stats.agents, 4);
    assert_int_equal(d->stats.discards, 2);
    assert_int_equal(d->stats.issues, 1);
    size_t n;
    dy_dict_actors_at(d, dt_word(d, "ARAGORN"), &n);
    assert_int_equal(n, 1);
    dy_dict_free(d);
    /* an explicit file replaces the folder's file of that kind */
    src.actors = (const char *[]){"tests/dict/fixtures/byname/a.actors.txt"};
    src.nactors = 1;
    d = dy_dict_load(&src, &opt, &log.diag);
    assert_non_null(d);
    assert_int_equal(d->stats.actor_entries, 1);
    assert_int_equal(d->stats.verb_blocks, 2);
    dy_dict_actors_at(d, dt_word(d, "ARAGORN"), &n);
    assert_int_equal(n, 0);
    dy_dict_free(d);
    dt_log_free(&log);
}

static void folder_by_names(void **state)
{
    (void)state;
    dt_log log;
    dt_log_init(&log);
    dy_dict_sources src = {0};
    src.dir = "tests/dict/fixtures/byname";
    dy_dict_load_opts opt = {0};
    opt.no_cache = 1;
    dy_dict *d = dy_dict_load(&src, &opt, &log.diag);
    assert_non_null(d);
    /* verbs, then the actor files in name order; README.txt and .xml ignored */
    assert_int_equal(d->nfiles, 3);
    assert_string_equal(dy_dict_file_name(d, 0), "tests/dict/fixtures/byname/test.verbs.txt");
    assert_string_equal(dy_dict_file_name(d, 1), "tests/dict/fixtures/byname/a.actors.txt");
    assert_string_equal(dy_dict_file_name(d, 2), "tests/dict/fixtures/byname/b.actors.txt");
    assert_int_equal(d->options.require_dyad, 1);
    dy_dict_free(d);
    /* two files of one kind: which one? an error, loading fails */
    char dir[] = "/tmp/dyad-dict-XXXXXX";
    assert_non_null(mkdtemp(dir));
    char p1[64], p2[64];
    snprintf(p1, sizeof p1, "%s/one.verbs.txt", dir);
    snprintf(p2, sizeof p2, "%s/two.verbs.txt", dir);
    FILE *f = fopen(p1, "w");
    fputs("--- A [1] ---\nA\n", f);
    fclose(f);
    f = fopen(p2, "w");
    fputs("--- B [1] ---\nB\n", f);
    fclose(f);
    src.dir = dir;
    d = dy_dict_load(&src, &opt, &log.diag);
    assert_null(d);
    assert_true(dt_logged(&log, "more than one verbs file (two.verbs.txt and another): name the "
                                "one to use with --verbs"));
    unlink(p1);
    unlink(p2);
    rmdir(dir);
    /* a folder or file that is not there */
    src.dir = "tests/dict/fixtures/no-such-folder";
    assert_null(dy_dict_load(&src, &opt, &log.diag));
    assert_true(dt_logged(&log, "tests/dict/fixtures/no-such-folder: error: cannot open "
                                "dictionary folder"));
    src.dir = NULL;
    src.verbs = "tests/dict/fixtures/no-such.verbs.txt";
    assert_null(dy_dict_load(&src, &opt, &log.diag));
    assert_true(dt_logged(&log, "tests/dict/fixtures/no-such.verbs.txt: error: cannot open"));
    dt_log_free(&log);
}

static void config_messages(void **state)
{
    (void)state;
    char dir[] = "/tmp/dyad-dict-XXXXXX";
    assert_non_null(mkdtemp(dir));
    char ini[64], verbs[64];
    snprintf(ini, sizeof ini, "%s/PETR_config.ini", dir);
    snprintf(verbs, sizeof verbs, "%s/v.txt", dir);
    FILE *f = fopen(ini, "w");
    fputs("[Dictionaries]\nverbfile_name = v.txt\n\n[Options]\ncomma_min = many\n"
          "require_dyad = FALSE please\njunk line\n", f);
    fclose(f);
    f = fopen(verbs, "w");
    fputs("--- A [1] ---\nA\n", f);
    fclose(f);
    dt_log log;
    dt_log_init(&log);
    dy_dict_sources src = {0};
    src.dir = dir;
    dy_dict_load_opts opt = {0};
    opt.no_cache = 1;
    dy_dict *d = dy_dict_load(&src, &opt, &log.diag);
    assert_non_null(d);
    assert_true(dt_logged(&log, "PETR_config.ini:5: error: option comma_min: 'many' is not a "
                                "whole number >= 0"));
    assert_true(dt_logged(&log, "PETR_config.ini:7: warning: line without '=' ignored: 'junk "
                                "line'"));
    assert_int_equal(d->options.comma_min, 2);    /* kept its default */
    assert_int_equal(d->options.require_dyad, 0); /* "false" anywhere: false */
    assert_int_equal(d->stats.verb_blocks, 1);
    dy_dict_free(d);
    /* a config naming a missing file: loading fails */
    f = fopen(ini, "w");
    fputs("[Dictionaries]\nverbfile_name = gone.txt\n", f);
    fclose(f);
    assert_null(dy_dict_load(&src, &opt, &log.diag));
    assert_true(dt_logged(&log, "gone.txt: error: cannot open"));
    unlink(ini);
    unlink(verbs);
    rmdir(dir);
    dt_log_free(&log);
}

/* Without any dictionary named, the ones built into dyad are loaded from
 * the embedded copies of data/dict/, named data/dict/... in messages. */
static void default_dictionaries(void **state)
{
    (void)state;
    dt_log log;
    dt_log_init(&log);
    dy_dict_load_opts opt = {0};
    opt.no_cache = 1;
    dy_dict *d = dy_dict_load(NULL, &opt, &log.diag);
    if (!dy_embedded_find("data/dict/PETR_config.ini")) {
        /* data/dict is not complete yet: the failure is explained */
        assert_null(d);
        assert_true(dt_logged(&log, "this dyad has no default dictionaries built in "
                                    "(data/dict/PETR_config.ini): name some with --dict DIR"));
    } else {
        assert_non_null(d);
        if (d->stats.errors)
            fail_msg("the built-in dictionaries have errors:\n%s", log.text.data);
        assert_string_equal(dy_dict_file_name(d, 0), "data/dict/PETR_config.ini");
        for (uint32_t i = 1; i < d->nfiles; i++)
            assert_memory_equal(dy_dict_file_name(d, i), "data/dict/", 10);
        assert_true(d->stats.verb_blocks > 0);
        assert_true(d->stats.actor_entries > 0);
    }
    dy_dict_free(d);
    dt_log_free(&log);
}

DYAD_TEST_GROUP(dict_misc,
    cmocka_unit_test(discard_phrases),
    cmocka_unit_test(issue_expansions),
    cmocka_unit_test(morphology_rules),
    cmocka_unit_test(folder_with_config),
    cmocka_unit_test(folder_by_names),
    cmocka_unit_test(config_messages),
    cmocka_unit_test(default_dictionaries))
