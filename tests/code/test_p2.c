/*
 * test_p2.c — the PETRARCH-2 dialect (CODING-RULES §3) on a small
 * dictionary and parses written for these tests: noun and PP patterns,
 * roles, passive voice, combination of a governing verb with the verb it
 * governs, negation, transformations.
 */
#include "testutil.h"

#include "parseworld.h"

static const char VERBS[] =
    "--- VISIT [042:043] ---\n"
    "VISIT\n"
    "- * (FOR TALKS) [046:046]\n"
    "- INSPECTOR * [090]\n\n"
    "--- INTEND [030] ---\n"
    "INTEND\n\n"
    "--- WANT [030] ---\n"
    "WANT\n\n"
    "--- HELP [070] ---\n"
    "HELP\n"
    "- * {FINANCIAL AID} [071]\n\n"
    "--- ATTACK [190] ---\n"
    "ATTACK\n\n"
    "--- SAY [010] ---\n"
    "SAY {SAID SAYS}\n\n"
    "~ a (a b ATTACK) SAY = a b 015\n";

static const char ACTORS[] = "ARNOR [ARN]\nGONDOR [GON]\nMORDOR [MOR]\n";

static parse_world w;

static int setup(void **state)
{
    (void)state;
    return parse_world_open(&w, VERBS, ACTORS, NULL, NULL);
}

static int teardown(void **state)
{
    (void)state;
    parse_world_close(&w);
    return 0;
}

static void expect(const char *parse, const char *want)
{
    parse_world_check(parse, parse_world_code(&w, parse, 20190619, NULL), want);
}

static void verb_code_and_pairs(void **state)
{
    (void)state;
    /* through an auxiliary; a paired code gives the event back */
    expect("(ROOT (S (NP (NNP Arnor)) (VP (VBZ is) (VP (VBG visiting) (NP (NNP Gondor))"
           " (NP (DT this) (NN week)))) (. .)))", "ARN GON 042;GON ARN 043");
}

static void compound_without_target(void **state)
{
    (void)state;
    /* roots 03-06: the members act on each other */
    expect("(ROOT (S (NP (NNP Arnor) (CC and) (NNP Gondor)) (VP (VBD intended) (S (VP (TO to)"
           " (VP (VB help))))) (. .)))", "ARN GON 033;GON ARN 033");
    /* other roots: no target, no event */
    expect("(ROOT (S (NP (NNP Arnor) (CC and) (NNP Gondor)) (VP (VBD attacked)) (. .)))", "");
}

static void pp_and_noun_patterns(void **state)
{
    (void)state;
    expect("(ROOT (S (NP (NNP Arnor)) (VP (VBD visited) (NP (NNP Gondor)) (PP (IN for)"
           " (NP (NNS talks)))) (. .)))", "ARN GON 046;GON ARN 046");
    expect("(ROOT (S (NP (NNP Arnor)) (VP (VBD helped) (NP (NNP Gondor)) (PP (IN with)"
           " (NP (JJ financial) (NN aid)))) (. .)))", "ARN GON 070");
    expect("(ROOT (S (NP (NNP Arnor)) (VP (VBD sent) (NP (JJ financial) (NN aid))))"
           " (. .)))", "");
}

static void passive_voice(void **state)
{
    (void)state;
    expect("(ROOT (S (NP (NNP Gondor)) (VP (VBD was) (VP (VBN attacked) (PP (IN by)"
           " (NP (NNP Mordor))))) (. .)))", "MOR GON 190");
}

static void combination_and_negation(void **state)
{
    (void)state;
    /* intend (030) + help (070) -> 033 */
    expect("(ROOT (S (NP (NNP Arnor)) (VP (VBZ intends) (S (VP (TO to) (VP (VB help)"
           " (NP (NNP Gondor)))))) (. .)))", "ARN GON 033");
    /* want (030) + attack (190) -> 138 */
    expect("(ROOT (S (NP (NNP Mordor)) (VP (VBZ wants) (S (VP (TO to) (VP (VB attack)"
           " (NP (NNP Gondor)))))) (. .)))", "MOR GON 138");
    /* will help: the modal is uncoded */
    expect("(ROOT (S (NP (NNP Arnor)) (VP (MD will) (VP (VB help) (NP (NNP Gondor)))) (. .)))",
           "ARN GON 070");
    /* will not help: negated, no CAMEO code left */
    expect("(ROOT (S (NP (NNP Arnor)) (VP (MD will) (RB not) (VP (VB help) (NP (NNP Gondor))))"
           " (. .)))", "");
}

static void transformation(void **state)
{
    (void)state;
    /* a reported clause with its own subject keeps its own event */
    expect("(ROOT (S (NP (NNP Mordor)) (VP (VBD said) (SBAR (S (NP (NNP Arnor)) (VP (VBD attacked)"
           " (NP (NNP Gondor)))))) (. .)))", "ARN GON 190");
    /* a says a attacked b -> a b 015 */
    expect("(ROOT (S (NP (NNP Mordor)) (VP (VBD said) (S (VP (VBG attacking) (NP (NNP Gondor)))))"
           " (. .)))", "MOR GON 015");
}

DYAD_TEST_GROUP(code_p2,
    cmocka_unit_test_setup_teardown(verb_code_and_pairs, setup, teardown),
    cmocka_unit_test_setup_teardown(pp_and_noun_patterns, setup, teardown),
    cmocka_unit_test_setup_teardown(compound_without_target, setup, teardown),
    cmocka_unit_test_setup_teardown(passive_voice, setup, teardown),
    cmocka_unit_test_setup_teardown(combination_and_negation, setup, teardown),
    cmocka_unit_test_setup_teardown(transformation, setup, teardown))
