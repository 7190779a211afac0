/*
 * test_tabari.c — the TABARI-dialect rules, per category (actors, agents,
 * compounds, dates, modifiers, parsing, patterns, synsets, verbs), on small
 * dictionaries and parses written for these tests.
 */
#include "testutil.h"

#include "parseworld.h"
#include "base/mem.h"

static const char VERBS[] =
    "&CURRENCY\n+DOLLARS\n+SWISS FRANCS\n\n"
    "&TIES_\n+MILITARY\n+ECONOMIC\n\n"
    "--- ATTACK [190] ---\n"
    "ATTACK\n"
    "- * &TIES TIES [195]\n"
    "- HEAVILY_* [194]\n\n"
    "--- AID [070] ---\n"
    "AID\n"
    "- * &CURRENCY [071]\n"
    "- + RECEIVED * FROM $ [073]\n\n"
    "--- MEET [040:040] ---\n"
    "MEET {MET MEETS MEETING}\n\n"
    "--- SAY [010] ---\n"
    "SAID\n"
    "- * NOTHING [---]\n\n"
    "--- BREAK [172] ---\n"
    "BREAK {BROKE BROKEN}\n"
    "+BREAK_OFF {+BROKE_OFF +BROKEN_OFF} [161]\n\n"
    "--- VISIT [042:043] ---\n"
    "VISIT\n"
    "- * TODAY ^ WITH + [044]\n";

static const char ACTORS[] =
    "ARNOR [ARN]\n+ARNORIAN\n"
    "GONDOR [GON]\n"
    "MORDOR [MOR]\n"
    "MINAS_TIRITH [GON]\n"
    "ROHAN\n\t[ROHOLD <19990101]\n\t[ROHNEW 19990102-20001231]\n\t[ROH]\n"
    "LORIEN [ELR/GAL]\n";

static const char AGENTS[] =
    "MINISTER [~GOV]\n"
    "FOREIGN_MINISTER [~GOVFRM]\n"
    "SOLDIER [~MIL]\n"
    "POLICE {} [~COP]\n"
    "CHARITY [NGO~]\n";

static const char DISCARDS[] = "FOOTBALL\n+HOROSCOPE\n";

typedef parse_world world;

static world *world_open(void)
{
    world *w = dy_xcalloc(1, sizeof *w);
    assert_int_equal(parse_world_open(w, VERBS, ACTORS, AGENTS, DISCARDS), 0);
    return w;
}

static void world_close(world *w)
{
    parse_world_close(w);
    dy_free(w);
}

/* Code parse on date with options o (NULL: defaults); events as "S T C;..." */
static char *code(world *w, const char *parse, int date, const dyad_options *o)
{
    dyad_options def;
    dyad_options_default(&def);
    dyad_coder_set_options(w->coder, o ? o : &def);
    return parse_world_code(w, parse, date, NULL);
}

static void expect(world *w, const char *parse, int date, const dyad_options *o,
                   const char *want)
{
    parse_world_check(parse, code(w, parse, date, o), want);
}

#define S_ARN_ATTACKED_GON \
    "(ROOT (S (NP (NNP Arnor)) (VP (VBD attacked) (NP (NNP Gondor))) (. .)))"

static void verbs_and_default_code(void **state)
{
    (void)state;
    world *w = world_open();
    expect(w, S_ARN_ATTACKED_GON, 20000101, NULL, "ARN GON 190");
    /* an unknown verb form codes nothing */
    expect(w, "(ROOT (S (NP (NNP Arnor)) (VP (VBD attackx) (NP (NNP Gondor)))))", 0, NULL, "");
    /* listed irregular forms; a paired code gives the event back */
    expect(w, "(ROOT (S (NP (NNP Arnor)) (VP (VBD met) (NP (NNP Gondor)))))", 0, NULL,
           "ARN GON 040;GON ARN 040");
    /* multi-word verb first, with its own code */
    expect(w, "(ROOT (S (NP (NNP Arnor)) (VP (VBD broke) (PRT (RP off)) (NP (NN talks))"
              " (PP (IN with) (NP (NNP Gondor))))))", 0, NULL, "ARN GON 161");
    expect(w, "(ROOT (S (NP (NNP Arnor)) (VP (VBD broke) (NP (NN talks))"
              " (PP (IN with) (NP (NNP Gondor))))))", 0, NULL, "ARN GON 172");
    world_close(w);
}

static void actors_and_dates(void **state)
{
    (void)state;
    world *w = world_open();
    /* synonym; multi-word actor inside a larger phrase */
    expect(w, "(ROOT (S (NP (DT The) (NNP Arnorian) (NN army)) (VP (VBD attacked)"
              " (NP (NNP Minas) (NNP Tirith)))))", 0, NULL, "ARN GON 190");
    /* date restrictions: before, inside the range, default after */
    const char *p = "(ROOT (S (NP (NNP Rohan)) (VP (VBD attacked) (NP (NNP Gondor)))))";
    expect(w, p, 19980101, NULL, "ROHOLD GON 190");
    expect(w, p, 19990102, NULL, "ROHNEW GON 190");
    expect(w, p, 20050101, NULL, "ROH GON 190");
    /* X/Y codes give both */
    expect(w, "(ROOT (S (NP (NNP Lorien)) (VP (VBD attacked) (NP (NNP Gondor)))))", 0, NULL,
           "ELR GON 190;GAL GON 190");
    world_close(w);
}

static void agents(void **state)
{
    (void)state;
    world *w = world_open();
    /* possessive, longest agent first */
    expect(w, "(ROOT (S (NP (NP (NNP Arnor) (POS 's)) (JJ foreign) (NN minister))"
              " (VP (VBD attacked) (NP (NNP Gondor)))))", 0, NULL, "ARNGOVFRM GON 190");
    /* prefix agent, generated plural, agent without actor gives ---X */
    expect(w, "(ROOT (S (NP (DT A) (NN charity) (NNP Arnor) (NNS soldiers))"
              " (VP (VBD attacked) (NP (DT the) (NN police)))))", 0, NULL, "NGOARNMIL ---COP 190");
    world_close(w);
}

static void compounds(void **state)
{
    (void)state;
    world *w = world_open();
    expect(w, "(ROOT (S (NP (NNP Arnor) (CC and) (NNP Gondor)) (VP (VBD attacked)"
              " (NP (NNP Mordor)))))", 0, NULL, "ARN MOR 190;GON MOR 190");
    /* enclosing words go into every member */
    expect(w, "(ROOT (S (NP (NP (NNS Soldiers)) (PP (IN from) (NP (NNP Arnor) (CC and)"
              " (NNP Gondor)))) (VP (VBD attacked) (NP (NNP Mordor)))))", 0, NULL,
           "ARNMIL MOR 190;GONMIL MOR 190");
    /* coordinated adjectives naming two actors make a compound ... */
    expect(w, "(ROOT (S (NP (JJ Arnorian) (CC and) (NNP Gondor) (NNS soldiers)) (VP (VBD attacked)"
              " (NP (NNP Mordor)))))", 0, NULL, "ARNMIL MOR 190;GONMIL MOR 190");
    /* ... and otherwise stay one phrase */
    expect(w, "(ROOT (S (NP (JJ Arnorian) (CC and) (JJ brave) (NNS soldiers)) (VP (VBD attacked)"
              " (NP (NNP Mordor)))))", 0, NULL, "ARNMIL MOR 190");
    /* a paired code on a compound without target: members act on each other */
    expect(w, "(ROOT (S (NP (NNP Arnor) (CC and) (NNP Gondor)) (VP (VBD met)"
              " (NP (NNS officials)))))", 0, NULL, "ARN GON 040;GON ARN 040");
    world_close(w);
}

static void patterns(void **state)
{
    (void)state;
    world *w = world_open();
    /* adjacent UPPER word */
    expect(w, "(ROOT (S (NP (NNP Arnor)) (ADVP (RB heavily)) (VP (VBD attacked) (NP (NNP Gondor)))))",
           0, NULL, "ARN GON 194");
    expect(w, "(ROOT (S (NP (NNP Arnor)) (ADVP (RB heavily)) (ADVP (RB again)) (VP (VBD attacked)"
              " (NP (NNP Gondor)))))", 0, NULL, "ARN GON 190");
    /* a VP whose first child is not a verb is no candidate (§2.1) */
    expect(w, "(ROOT (S (NP (NNP Arnor)) (VP (ADVP (RB heavily)) (VBD attacked) (NP (NNP Gondor)))))",
           0, NULL, "");
    /* $ and + bind the roles: the source comes after the verb */
    expect(w, "(ROOT (S (NP (NNP Gondor)) (VP (VBD received) (S (VP (VB aid)"
              " (PP (IN from) (NP (NNP Arnor))))))))", 0, NULL, "ARN GON 073");
    /* ^ skips one actor phrase */
    expect(w, "(ROOT (S (NP (NNP Arnor)) (VP (VBD visit) (NP (NN today)) (NP (NNP Mordor))"
              " (PP (IN with) (NP (NNP Gondor))))))", 0, NULL, "ARN GON 044");
    /* a matching [---] pattern gives no event (F5) */
    expect(w, "(ROOT (S (NP (NNP Arnor)) (VP (VBD said) (NP (NN nothing))"
              " (PP (TO to) (NP (NNP Gondor))))))", 0, NULL, "");
    world_close(w);
}

static void synsets(void **state)
{
    (void)state;
    world *w = world_open();
    expect(w, "(ROOT (S (NP (NNP Arnor)) (VP (VBD attacked) (NP (JJ military) (NNS ties))"
              " (PP (IN with) (NP (NNP Gondor))))))", 0, NULL, "ARN GON 195");
    /* multi-word member, and a generated plural is not added to TIES_ */
    expect(w, "(ROOT (S (NP (NNP Arnor)) (VP (VBD aid) (NP (CD ten) (JJ swiss) (NNS francs))"
              " (PP (TO to) (NP (NNP Gondor))))))", 0, NULL, "ARN GON 071");
    expect(w, "(ROOT (S (NP (NNP Arnor)) (VP (VBD attacked) (NP (JJ militaries) (NNS ties))"
              " (PP (IN with) (NP (NNP Gondor))))))", 0, NULL, "ARN GON 190");
    world_close(w);
}

static void modifiers(void **state)
{
    (void)state;
    world *w = world_open();
    /* passive: WAS ... VBN ... BY swaps the roles */
    expect(w, "(ROOT (S (NP (NNP Gondor)) (VP (VBD was) (VP (VBN attacked)"
              " (PP (IN by) (NP (NNP Arnor)))))))", 0, NULL, "ARN GON 190");
    /* a terminal comma clause is cut; switched off it is coded */
    const char *p = "(ROOT (S (S (NP (NNP Arnor)) (VP (VBD attacked) (NP (NNP Gondor))))"
                    " (, ,) (NP (DT a) (NNP Mordor) (NN minister)) (VP (VBD said)"
                    " (PP (TO to) (NP (NNP Rohan)))) (. .)))";
    expect(w, p, 20050101, NULL, "ARN GON 190");
    dyad_options o;
    dyad_options_default(&o);
    o.comma_emax = 0;
    expect(w, p, 20050101, &o, "ARN GON 190;MORGOV ROH 010");
    /* require_dyad off keeps an event without a target */
    o.require_dyad = 0;
    expect(w, "(ROOT (S (NP (NNP Arnor)) (VP (VBD attacked) (NP (DT the) (NN town)))))", 0, &o,
           "ARN --- 190");
    /* new_actor_length codes an unknown phrase by its text */
    o.new_actor_length = 2;
    expect(w, "(ROOT (S (NP (NNP Arnor)) (VP (VBD attacked) (NP (DT the) (NN town)))))", 0, &o,
           "ARN \"THE TOWN\" 190");
    world_close(w);
}

static void parsing_and_discards(void **state)
{
    (void)state;
    world *w = world_open();
    dy_coder_begin_story(w->coder, "t", 0, "", 0);
    /* unbalanced parse: reported, nothing coded, no crash */
    assert_int_equal(dy_coder_code_parse_text(w->coder, 1, "(ROOT (S (NP (NNP Arnor))", "", 0,
                                              NULL), DY_SENT_BAD_PARSE);
    assert_int_equal(dyad_event_count(w->coder), 0);
    const char *text = "Arnor attacked Gondor after the football match.";
    assert_int_equal(dy_coder_code_parse_text(w->coder, 1, S_ARN_ATTACKED_GON, text,
                                              strlen(text), NULL), DY_SENT_DISCARDED);
    const char *t2 = "Arnor attacked Gondor, says the horoscope.";
    assert_int_equal(dy_coder_code_parse_text(w->coder, 1, S_ARN_ATTACKED_GON, t2, strlen(t2),
                                              NULL), DY_SENT_STORY_DISCARDED);
    /* absurdly deep phrases are refused, not recursed into */
    dy_buf deep = DY_BUF_INIT;
    dy_buf_adds(&deep, "(ROOT ");
    for (int i = 0; i < DY_CODE_MAX_DEPTH + 10; i++)
        dy_buf_adds(&deep, "(VP (VBD attacked) ");
    dy_buf_adds(&deep, "(NN x)");
    for (int i = 0; i < DY_CODE_MAX_DEPTH + 11; i++)
        dy_buf_addc(&deep, ')');
    assert_int_equal(dy_coder_code_parse_text(w->coder, 1, deep.data, "", 0, NULL), DY_SENT_NO_TREE);
    dy_buf_free(&deep);
    /* a stem match: FOOTBALLS is discarded by FOOTBALL */
    int story = 1;
    assert_non_null(dy_coder_discard(w->dicts, "FOOTBALLS", 9, &story));
    assert_int_equal(story, 0);
    assert_null(dy_coder_discard(w->dicts, "AFOOTBALL", 9, &story));
    world_close(w);
}

static void spans_and_texts(void **state)
{
    (void)state;
    world *w = world_open();
    const char *text = "Arnor attacked Gondor.";
    dy_coder_begin_story(w->coder, "t", 0, text, strlen(text));
    dy_coder_code_parse_text(w->coder, 1, S_ARN_ATTACKED_GON, text, strlen(text), NULL);
    assert_int_equal(dyad_event_count(w->coder), 1);
    const dyad_event *e = dyad_event_at(w->coder, 0);
    assert_string_equal(e->source_text, "Arnor");
    assert_int_equal(e->source_span.start, 0);
    assert_int_equal(e->source_span.end, 5);
    assert_string_equal(e->verb_text, "attacked");
    assert_int_equal(e->verb_span.start, 6);
    assert_string_equal(e->target_text, "Gondor");
    assert_int_equal(e->target_span.start, 15);
    assert_string_equal(e->root, "19");
    assert_int_equal(e->quad, 4);
    assert_true(e->has_goldstein);
    assert_true(e->pattern_line > 0);
    world_close(w);
}

DYAD_TEST_GROUP(code_tabari,
    cmocka_unit_test(verbs_and_default_code),
    cmocka_unit_test(actors_and_dates),
    cmocka_unit_test(agents),
    cmocka_unit_test(compounds),
    cmocka_unit_test(patterns),
    cmocka_unit_test(synsets),
    cmocka_unit_test(modifiers),
    cmocka_unit_test(parsing_and_discards),
    cmocka_unit_test(spans_and_texts))
