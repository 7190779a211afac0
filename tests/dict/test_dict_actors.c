/*
 * test_dict_actors.c — actor and agent files: names, synonyms, codes with
 * date restrictions and the §2.8 choice of code, agent plurals and
 * substitution sets, and their messages.
 */
#include "dicttest.h"

static const char actors[] =
    "ARNOR_ [ARN]\n"                                             /* 1 */
    "+ARNORIAN\n"                                                /* 2 */
    "GOLLUM  # pas 27 Apr 03\n"                                  /* 3 */
    "+SMEAGOL\n"                                                 /* 4 */
    "\t[HOB < 950601]\n"                                         /* 5 */
    "\t[HOBGOV 19950601 - 19990815]\n"                           /* 6 */
    "\t[HOBREB >990816]\n"                                       /* 7 */
    "SAM_GAMGEE [HOB]\n"                                         /* 8 */
    "\t[HOBCIV <20080120]\n"                                     /* 9 */
    "\t[ORCHOB 20100109-20100112]\n"                             /* 10 */
    "\t[HOBMIL 20080120-20121109]\n"                             /* 11 */
    "JAVIER_DE_CUELLAR_\t[IGOUNO 820101-911231] [ELI]# comment\n" /* 12 */
    "CARAS GALADHON [ELF] ; legacy comment\n"                    /* 13 */
    "LORIEN [ELR/GAL]\n"                                         /* 14 */
    "NOCODES\n"                                                  /* 15 */
    "ARNOR_GOVERNMENT_RADIO_ [ARNRAD]\n"                         /* 16 */
    "ENT\n"                                                      /* 17 */
    "\t[ENT]\n";                                                 /* 18 */

static uint32_t actor_named(const dy_dict *d, const char *first, size_t k)
{
    size_t n;
    const uint32_t *ix = dy_dict_actors_at(d, dt_word(d, first), &n);
    return k < n ? d->actor_name[ix[k]].actor : DY_NO_INDEX;
}

static const char *code_at(const dy_dict *d, uint32_t actor, uint32_t date)
{
    return dy_dict_str(d, dy_dict_actor_code_at(d, actor, date));
}

static void actor_names_and_index(void **state)
{
    (void)state;
    dt_log log;
    dt_log_init(&log);
    char *path;
    dy_dict *d = dt_load_kind(DT_ACTORS, actors, DY_DIALECT_AUTO, 0, &log, &path);
    assert_non_null(d);
    assert_int_equal(d->stats.errors + d->stats.warnings, 0);
    assert_int_equal(d->nactors, 9);
    assert_int_equal(d->nactor_names, 11);
    /* longest phrase first for the same first word */
    size_t n;
    const uint32_t *ix = dy_dict_actors_at(d, dt_word(d, "ARNOR"), &n);
    assert_int_equal(n, 2);
    uint32_t radio = d->actor_name[ix[0]].phrase, arnor = d->actor_name[ix[1]].phrase;
    assert_int_equal(d->phrase[radio].n, 3);
    assert_int_equal(d->phrase[arnor].n, 1);
    assert_true(d->phrase[arnor].flags & DY_PHRASE_TRAILING_ADJ);
    assert_true(d->phrase[radio].flags & DY_PHRASE_TRAILING_ADJ);
    assert_int_equal(dy_dict_phrase_conn(d, radio, 1), DY_CONN_ADJ);
    /* a space lets other words come between */
    ix = dy_dict_actors_at(d, dt_word(d, "CARAS"), &n);
    assert_int_equal(n, 1);
    assert_int_equal(dy_dict_phrase_conn(d, d->actor_name[ix[0]].phrase, 1), DY_CONN_GAP);
    /* synonyms belong to the entry above them */
    ix = dy_dict_actors_at(d, dt_word(d, "SMEAGOL"), &n);
    assert_int_equal(n, 1);
    assert_true(d->actor_name[ix[0]].flags & DY_ACTOR_SYNONYM);
    assert_int_equal(d->actor_name[ix[0]].actor, actor_named(d, "GOLLUM", 0));
    assert_int_equal(d->actor_name[ix[0]].line, 4);
    assert_string_equal(code_at(d, actor_named(d, "ARNORIAN", 0), 20000101), "ARN");
    assert_string_equal(code_at(d, actor_named(d, "LORIEN", 0), 20000101), "ELR/GAL");
    /* a code on the line after the name */
    assert_string_equal(code_at(d, actor_named(d, "ENT", 0), 20000101), "ENT");
    /* the actor file's words are in the one word space */
    assert_int_not_equal(dt_word(d, "GALADHON"), 0);
    assert_int_equal(dt_word(d, "galadhon"), 0); /* lookups are by upper-cased text */
    dt_done(d, path);
    dt_log_free(&log);
}

static void codes_by_date(void **state)
{
    (void)state;
    dt_log log;
    dt_log_init(&log);
    char *path;
    dy_dict *d = dt_load_kind(DT_ACTORS, actors, DY_DIALECT_AUTO, 0, &log, &path);
    uint32_t gollum = actor_named(d, "GOLLUM", 0);
    const dy_actor *a = &d->actor[gollum];
    assert_int_equal(a->ncodes, 3);
    const dy_actor_code *c = &d->actor_code[a->codes];
    assert_int_equal(c[0].kind, DY_DATE_BEFORE);
    assert_int_equal(c[0].hi, 19950601); /* YYMMDD expanded, YY > 30: 19YY */
    assert_int_equal(c[1].kind, DY_DATE_RANGE);
    assert_int_equal(c[1].lo, 19950601);
    assert_int_equal(c[1].hi, 19990815);
    assert_int_equal(c[2].kind, DY_DATE_AFTER);
    assert_int_equal(c[2].lo, 19990816);
    /* §2.8: file order, the first restriction that holds; <D is <= D */
    assert_string_equal(code_at(d, gollum, 19950531), "HOB");
    assert_string_equal(code_at(d, gollum, 19950601), "HOB");
    assert_string_equal(code_at(d, gollum, 19950602), "HOBGOV");
    assert_string_equal(code_at(d, gollum, 19990815), "HOBGOV");
    assert_string_equal(code_at(d, gollum, 19990816), "HOBREB");
    /* no restriction holds and no unrestricted code: --- */
    assert_string_equal(code_at(d, gollum, 0), "---");
    uint32_t sam = actor_named(d, "SAM", 0);
    assert_string_equal(code_at(d, sam, 20100110), "ORCHOB"); /* first wins over HOBMIL */
    assert_string_equal(code_at(d, sam, 20090101), "HOBMIL");
    assert_string_equal(code_at(d, sam, 20080120), "HOBCIV");
    assert_string_equal(code_at(d, sam, 20200101), "HOB");   /* the unrestricted code */
    assert_string_equal(code_at(d, sam, 0), "HOB");
    uint32_t javier = actor_named(d, "JAVIER", 0);
    assert_string_equal(code_at(d, javier, 19900101), "IGOUNO"); /* several codes on a line */
    assert_string_equal(code_at(d, javier, 19950101), "ELI");
    assert_string_equal(code_at(d, actor_named(d, "NOCODES", 0), 19950101), "---");
    assert_string_equal(code_at(d, DY_NO_INDEX, 19950101), "---");
    dt_done(d, path);
    dt_log_free(&log);
}

static void date_expansion(void **state)
{
    (void)state;
    assert_int_equal(dy_dict_expand_date("820101", 6), 19820101);
    assert_int_equal(dy_dict_expand_date("300101", 6), 20300101); /* YY <= 30: 20YY */
    assert_int_equal(dy_dict_expand_date("310101", 6), 19310101);
    assert_int_equal(dy_dict_expand_date("070723", 6), 20070723);
    assert_int_equal(dy_dict_expand_date("19270101", 8), 19270101);
    assert_int_equal(dy_dict_expand_date("9008223", 7), 0);
    assert_int_equal(dy_dict_expand_date("951301", 6), 0);
    assert_int_equal(dy_dict_expand_date("950132", 6), 0);
    assert_int_equal(dy_dict_expand_date("95o101", 6), 0);
}

static void actor_file_messages(void **state)
{
    (void)state;
    static const struct { const char *text; const char *msg; } cases[] = {
        {"[ABC]\n", ":1: error: actor code before any actor name"},
        {"+SYN\n", ":1: error: synonym '+SYN' before any actor"},
        {"X [ABC\n", ":1: error: actor code: '[' without ']'"},
        {"X [ <950101]\n", ":1: error: actor code missing in [<950101]"},
        {"_\n", ":1: error: actor name without words"},
        {"X\n+_\n", ":2: error: actor name without words"},
        {"X [ABC 9501]\n", ":1: warning: date restriction '9501' is not <DATE, >DATE or "
                           "DATE-DATE: this code is skipped"},
        {"X [ABC <9501]\n", ":1: warning: bad date '9501' (YYMMDD or YYYYMMDD expected): "
                            "this code is skipped"},
        {"X [ABC 950101-951301]\n", ":1: warning: bad date '951301'"},
        {"X\n\t[GBRGOV >201005011]\n", ":2: warning: date '201005011' has 9 digits: read as "
                                       "20100501 (its first 8)"},
        {"X [A] junk [B]\n", ":1: warning: text outside [...] ignored: 'junk'"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        dt_expect_message(DT_ACTORS, cases[i].text, DY_DIALECT_AUTO, cases[i].msg, i);
    /* the over-long date is read by its first 8 digits */
    dt_log log;
    dt_log_init(&log);
    char *path;
    dy_dict *d = dt_load_kind(DT_ACTORS, "X\n\t[GBRGOV >201005011]\n\t[GBR]\n", DY_DIALECT_AUTO,
                              0, &log, &path);
    assert_string_equal(code_at(d, 0, 20100501), "GBRGOV");
    assert_string_equal(code_at(d, 0, 20100430), "GBR");
    dt_done(d, path);
    dt_log_free(&log);
}

static const char agents[] =
    "!PERSON! = MAN, MEN, WOMAN\n"                         /* 1 */
    "FOREIGN_MINISTER [~GOVFRM] # comment\n"               /* 2 */
    "SECURITY SERVICE [~GOV]\n"                            /* 3 */
    "POLICE {} [~COP]\n"                                   /* 4 */
    "ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]\n"        /* 5 */
    "AUTHORITY [~GOV]\n"                                   /* 6 */
    "CONGRESS [~LEG]\n"                                    /* 7 */
    "CONGRESS!PERSON! [~LEG]\n"                            /* 8 */
    "HUMAN_RIGHTS_BODY [NGO~]\n"                           /* 9 */
    "ISLAMIC_FRONT_  [~REB]\n"                             /* 10 */
    "MSF {}  [ NGO~ ]\n"                                   /* 11 */
    "DEPARMENT_OF_ENVIRONMENT [~ENV}\n"                    /* 12 */
    "ISLAMIC_EXTREMIST\n";                                 /* 13 */

static void agents_plurals_and_sets(void **state)
{
    (void)state;
    dt_log log;
    dt_log_init(&log);
    char *path;
    dy_dict *d = dt_load_kind(DT_AGENTS, agents, DY_DIALECT_AUTO, 0, &log, &path);
    assert_non_null(d);
    char *dump = dt_dump(d, DY_DUMP_AGENTS);
    static const char *const expect[] = {
        ":2\tagent\tFOREIGN_MINISTER\t[~GOVFRM]\n",
        ":2\tagent\tFOREIGN_MINISTERS\t[~GOVFRM] plural\n",
        ":3\tagent\tSECURITY SERVICES\t[~GOV] plural\n",  /* a gap stays a gap */
        ":4\tagent\tPOLICE\t[~COP]\n",
        ":5\tagent\tATTORNEYS_GENERAL\t[~GOV] plural\n",   /* {P}: P is the plural */
        ":6\tagent\tAUTHORITIES\t[~GOV] plural\n",        /* Y -> IES */
        ":7\tagent\tCONGRESSES\t[~LEG] plural\n",         /* +ES after S */
        ":8\tagent\tCONGRESSMAN\t[~LEG] substituted\n",
        ":8\tagent\tCONGRESSMEN\t[~LEG] substituted\n",
        ":8\tagent\tCONGRESSWOMAN\t[~LEG] substituted\n",
        ":9\tagent\tHUMAN_RIGHTS_BODY\t[NGO~]\n",
        ":9\tagent\tHUMAN_RIGHTS_BODIES\t[NGO~] plural\n",
        ":10\tagent\tISLAMIC_FRONT_\t[~REB]\n",
        ":11\tagent\tMSF\t[NGO~]\n",
        ":12\tagent\tDEPARMENT_OF_ENVIRONMENT\t[~ENV]\n",
    };
    for (size_t i = 0; i < sizeof expect / sizeof expect[0]; i++)
        if (!strstr(dump, expect[i]))
            fail_msg("missing '%s' in:\n%s", expect[i], dump);
    /* no plural: {} , !SET! members, trailing _ */
    assert_null(strstr(dump, "POLICES"));
    assert_null(strstr(dump, "CONGRESSMANS"));
    assert_null(strstr(dump, "ISLAMIC_FRONTS"));
    assert_null(strstr(dump, "ISLAMIC_EXTREMIST"));
    assert_null(strstr(dump, "ATTORNEY_GENERALS"));
    free(dump);
    assert_int_equal(d->stats.agent_lines, 11);
    assert_int_equal(d->nagents, 20);
    assert_true(dt_logged(&log, ":12: warning: agent code closed by '}' instead of ']'"));
    assert_true(dt_logged(&log, ":13: warning: agent 'ISLAMIC_EXTREMIST' has no [code]: "
                                "skipped, as the reference coders do"));
    assert_int_equal(d->stats.errors, 0);
    /* the index: agents starting with FOREIGN, and a prefix agent's kind */
    size_t n;
    const uint32_t *ix = dy_dict_agents_at(d, dt_word(d, "FOREIGN"), &n);
    assert_int_equal(n, 2);
    assert_string_equal(dy_dict_str(d, d->agent[ix[0]].code), "GOVFRM");
    assert_int_equal(d->agent[ix[0]].kind, DY_AGENT_SUFFIX);
    ix = dy_dict_agents_at(d, dt_word(d, "MSF"), &n);
    assert_int_equal(n, 1);
    assert_int_equal(d->agent[ix[0]].kind, DY_AGENT_PREFIX);
    assert_string_equal(dy_dict_str(d, d->agent[ix[0]].code), "NGO");
    dt_done(d, path);
    dt_log_free(&log);
}

static void agent_file_messages(void **state)
{
    (void)state;
    static const struct { const char *text; const char *msg; } cases[] = {
        {"X [GOV]\n", ":1: error: agent code 'GOV' must be [~CODE] (suffix) or [CODE~] (prefix)"},
        {"X [~GOV~]\n", ":1: error: agent code '~GOV~' must be"},
        {"X!NOPE! [~A]\n", ":1: error: substitution set !NOPE! is not defined"},
        {"X!NOPE [~A]\n", ":1: error: unclosed !SET! marker in 'X!NOPE'"},
        {"X {Y [~A]\n", ":1: error: agent plural: '{' without '}'"},
        {"[~A]\n", ":1: error: agent line without a phrase"},
        {"!BAD = A, B\n", ":1: error: substitution set name must be !NAME!"},
        {"X [~A\n", ":1: error: agent code: '[' without ']'"},
        {"!E! = \n", ":1: warning: substitution set !E! is empty"},
        {"X [~A] Y\n", ":1: warning: text after the agent code ignored: 'Y'"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        dt_expect_message(DT_AGENTS, cases[i].text, DY_DIALECT_AUTO, cases[i].msg, i);
}

DYAD_TEST_GROUP(dict_actors,
    cmocka_unit_test(actor_names_and_index),
    cmocka_unit_test(codes_by_date),
    cmocka_unit_test(date_expansion),
    cmocka_unit_test(actor_file_messages),
    cmocka_unit_test(agents_plurals_and_sets),
    cmocka_unit_test(agent_file_messages))
