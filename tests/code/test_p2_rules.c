/*
 * test_p2_rules.c — the PETRARCH-2 dialect rules of CODING-RULES §3, one
 * by one, on a small dictionary written for them and parses written by
 * hand: the depth-first search order of patterns, `$`/`+` binding roles,
 * the passive rules, participle clauses, the stock combination checks,
 * transformations, negation, and dyad's additions for news text
 * (conditions, the labelling sense of "call X Y", "between", places and
 * times that are no partners, what one asks another to do).
 */
#include "testutil.h"

#include "parseworld.h"

static const char VERBS[] =
    "&SUPPLIES\n+AID\n+FOOD\n\n"
    "--- SEND [---] ---\n"
    "SEND {SENDS SENT SENDING}\n"
    "- * AID [070]\n"
    "- * &SUPPLIES [073]\n"
    "- * {MILITARY AID} [072]\n\n"
    "--- ATTACK [190] ---\n"
    "ATTACK\n"
    "STRIKE {STRIKES STRUCK STRIKING}\n"
    "- * (WITH ROCKETS) [195]\n"
    "- * CITY [180]\n"
    "- TROOPS * [193]\n\n"
    "--- VISIT [042:043] ---\n"
    "VISIT\n"
    "- * (FOR) [040]\n"
    "- * (FOR TALKS) [046:046]\n\n"
    "--- RECEIVE [---] ---\n"
    "RECEIVE\n"
    "- * AID (FROM $) [070]\n"
    "- + * {DEATH THREAT} (FROM $) [138]\n\n"
    "--- INTEND [030] ---\nINTEND\n\n"
    "--- WANT [030] ---\nWANT\n\n"
    "--- DECLINE [120] ---\nDECLINE\n\n"
    "--- HELP [070] ---\nHELP\n\n"
    "--- SAY [010] ---\nSAY {SAID SAYS}\n\n"
    "--- URGE [020] ---\nURGE\n\n"
    "--- ASK [020] ---\nASK\n\n"
    "--- LIFT [---] ---\nLIFT\n- * SANCTIONS [085]\n\n"
    "--- MEET [040] ---\nMEET {MEETS MET MEETING}\n\n"
    "--- CALL [041] ---\n"
    "CALL\n"
    "- * UNJUSTIFIED [111]\n\n"
    "--- BOOST [---] ---\n"
    "INTENSIFY {INTENSIFIES INTENSIFIED INTENSIFYING}\n"
    "- * FIGHT [138]\n\n"
    "--- RAISE [---] ---\nRAISE\n- * TARIFFS [163]\n\n"
    "--- THREATEN [130] ---\nTHREATEN\n\n"
    "--- FINE [172] ---\nTAX\n\n"
    "--- FAIL [---] ---\n"
    "+BREAK_DOWN {+BREAKS_DOWN +BROKE_DOWN +BROKEN_DOWN +BREAKING_DOWN}\n"
    "- TALKS * [164]\n\n"
    "~ a (b . ATTACK) SAY = a b 112\n"
    "~ a (_ b ATTACK) WANT = a b 1384\n";

static const char ACTORS[] = "ARNOR [ARN]\nGONDOR [GON]\nMORDOR [MOR]\nROHAN [ROH]\n";

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

/* Code one parse; its events as "SRC TGT CODE;..." in output order. */
static void expect(const char *parse, const char *want)
{
    dy_sent_status status;
    char *got = parse_world_code(&w, parse, 20190619, &status);
    assert_int_equal(status, DY_SENT_CODED);
    parse_world_check(parse, got, want);
}

/* §3 "Search is depth-first (more modifiers > more nouns > PP part >
 * post-verb part > end); the first complete path wins." */
static void search_order(void **state)
{
    (void)state;
    /* a noun with a modifier beats the bare noun written before it */
    expect("(ROOT (S (NP (NNP Arnor)) (VP (VBD sent) (NP (JJ military) (NN aid)) (PP (TO to)"
           " (NP (NNP Gondor)))) (. .)))", "ARN GON 072");
    /* equal paths: the first in the file (AID before &SUPPLIES) */
    expect("(ROOT (S (NP (NNP Arnor)) (VP (VBD sent) (NP (NN aid)) (PP (TO to) (NP (NNP Gondor))))"
           " (. .)))", "ARN GON 070");
    expect("(ROOT (S (NP (NNP Arnor)) (VP (VBD sent) (NP (NN food)) (PP (TO to) (NP (NNP Gondor))))"
           " (. .)))", "ARN GON 073");
    /* another noun beats the PP part, written first */
    expect("(ROOT (S (NP (NNP Mordor)) (VP (VBD attacked) (NP (NP (DT the) (NN city)) (PP (IN of)"
           " (NP (NNP Gondor)))) (PP (IN with) (NP (NNS rockets)))) (. .)))", "MOR GON 180");
    expect("(ROOT (S (NP (NNP Mordor)) (VP (VBD attacked) (NP (NNP Gondor)) (PP (IN with)"
           " (NP (NNS rockets)))) (. .)))", "MOR GON 195");
    /* a noun before the verb beats any part after it */
    expect("(ROOT (S (NP (NNP Mordor) (NNS troops)) (VP (VBD attacked) (NP (NP (DT the) (NN city))"
           " (PP (IN of) (NP (NNP Gondor))))) (. .)))", "MOR GON 193");
    /* a PP with its object beats the bare PP */
    expect("(ROOT (S (NP (NNP Arnor)) (VP (VBD visited) (NP (NNP Gondor)) (PP (IN for)"
           " (NP (NNS talks)))) (. .)))", "ARN GON 046;GON ARN 046");
    expect("(ROOT (S (NP (NNP Arnor)) (VP (VBD visited) (NP (NNP Gondor)) (PP (IN for)"
           " (NP (NN dinner)))) (. .)))", "ARN GON 040");
}

/* `$` and `+` bind the source and the target to the phrase they match. */
static void tokens_bind_roles(void **state)
{
    (void)state;
    /* $ in a PP: the giver is the source; the subject is left as target */
    expect("(ROOT (S (NP (NNP Gondor)) (VP (VBD received) (NP (NN aid)) (PP (IN from)"
           " (NP (NNP Arnor)))) (. .)))", "ARN GON 070");
    /* + before the verb: the subject is the target */
    expect("(ROOT (S (NP (NNP Gondor)) (VP (VBD received) (NP (DT a) (NN death) (NN threat))"
           " (PP (IN from) (NP (NNP Mordor)))) (. .)))", "MOR GON 138");
    /* no actor where $ stands: the pattern does not match */
    expect("(ROOT (S (NP (NNP Gondor)) (VP (VBD received) (NP (NN aid)) (PP (IN from)"
           " (NP (NNS donors)))) (. .)))", "");
}

/* §3 passive: the sides swap; pre-verb nouns come from BY objects. */
static void passive_voice(void **state)
{
    (void)state;
    expect("(ROOT (S (NP (NNP Gondor)) (VP (VBD was) (VP (VBN attacked) (PP (IN by)"
           " (NP (NNP Mordor) (NNS troops))))) (. .)))", "MOR GON 193");
    expect("(ROOT (S (NP (NNP Gondor)) (VP (VBZ has) (VP (VBN been) (VP (VBN attacked) (PP (IN by)"
           " (NP (NNP Mordor)))))) (. .)))", "MOR GON 190");
    /* a time is no target: the subject is ("at noon" names nobody) */
    expect("(ROOT (S (NP (NNP Gondor)) (VP (VBD was) (VP (VBN attacked) (PP (IN by)"
           " (NP (NNP Mordor))) (PP (IN at) (NP (NN noon))))) (. .)))", "MOR GON 190");
}

/* A participle clause takes the main clause's subject, wherever it stands,
 * and the main clause's partner when it names none itself. */
static void participle_clauses(void **state)
{
    (void)state;
    /* inside the main verb phrase ("... its campaign, attacking Gondor") */
    expect("(ROOT (S (NP (NNP Arnor)) (VP (VBD intensified) (NP (PRP$ its) (NN campaign)) (, ,)"
           " (S (VP (VBG attacking) (NP (NNP Gondor))))) (. .)))", "ARN GON 190");
    /* after the main clause */
    expect("(ROOT (S (S (NP (NNP Arnor)) (VP (VBD intensified) (NP (PRP$ its) (NN campaign))))"
           " (, ,) (S (VP (VBG attacking) (NP (NNP Gondor)))) (. .)))", "ARN GON 190");
    /* before it */
    expect("(ROOT (S (S (VP (VBG Attacking) (NP (NNP Gondor)))) (, ,) (NP (NNP Arnor))"
           " (VP (VBD intensified) (NP (PRP$ its) (NN campaign))) (. .)))", "ARN GON 190");
    /* two coordinated participles, the second governing an infinitive */
    expect("(ROOT (S (NP (NNP Arnor)) (VP (VBD intensified) (NP (PRP$ its) (NN campaign)) (, ,)"
           " (S (VP (VP (VBG sending) (NP (NN food)) (PP (TO to) (NP (NNP Rohan)))) (CC and)"
           " (VP (VBG threatening) (S (VP (TO to) (VP (VB attack) (NP (NNP Gondor))))))))) (. .)))",
           "ARN ROH 073;ARN GON 138");
    /* the article's shape: "Trump has intensified his fight with China,
       raising tariffs on Chinese products and threatening to tax ..." */
    expect("(ROOT (S (NP (NNP Arnor)) (VP (VBZ has) (VP (VBN intensified) (NP (PRP$ its) (NN fight))"
           " (PP (IN with) (NP (NNP Gondor))) (, ,) (S (VP (VP (VBG raising) (NP (NNS tariffs))"
           " (PP (IN on) (NP (NNP Gondor) (NNS products)))) (CC and) (VP (VBG threatening)"
           " (S (VP (TO to) (VP (VB tax) (NP (JJR more) (NNS goods)))))))))) (. .)))",
           "ARN GON 138;ARN GON 163;ARN GON 172");
}

/* §3 "Stock-code check", with the combination of a governing code. */
static void stock_codes(void **state)
{
    (void)state;
    expect("(ROOT (S (NP (NNP Arnor)) (VP (VBZ intends) (S (VP (TO to) (VP (VB help)"
           " (NP (NNP Gondor)))))) (. .)))", "ARN GON 033");
    expect("(ROOT (S (NP (NNP Arnor)) (VP (MD will) (VP (VB help) (NP (NNP Gondor)))) (. .)))",
           "ARN GON 070");
    expect("(ROOT (S (NP (NNP Arnor)) (VP (MD will) (RB not) (VP (VB help) (NP (NNP Gondor))))"
           " (. .)))", "");
    expect("(ROOT (S (NP (NNP Arnor)) (VP (VBD declined) (S (VP (TO to) (VP (VB help)"
           " (NP (NNP Gondor)))))) (. .)))", "ARN GON 070");
    /* want + strike combine to 138; for WANT ... ATTACK the dictionary has a
       transformation, tried first, which gives its own code */
    expect("(ROOT (S (NP (NNP Mordor)) (VP (VBZ wants) (S (VP (TO to) (VP (VB strike)"
           " (NP (NNP Gondor)))))) (. .)))", "MOR GON 138");
    expect("(ROOT (S (NP (NNP Mordor)) (VP (VBZ wants) (S (VP (TO to) (VP (VB attack)"
           " (NP (NNP Gondor)))))) (. .)))", "MOR GON 1384");
    expect("(ROOT (S (NP (NNP Arnor)) (VP (VBZ intends) (S (VP (TO to) (VP (VB attack)"
           " (NP (NNP Gondor)))))) (. .)))", "ARN GON 138");
}

/* `~` transformations; other reported clauses keep their own event. */
static void transformations(void **state)
{
    (void)state;
    /* a says b attacked: a accuses b */
    expect("(ROOT (S (NP (NNP Mordor)) (VP (VBD said) (SBAR (S (NP (NNP Arnor)) (VP (VBD attacked)"
           " (NP (NNP Gondor)))))) (. .)))", "MOR ARN 112");
    /* a transformed event is a saying for the verbs above it */
    expect("(ROOT (S (NP (NNP Rohan)) (VP (VBD said) (SBAR (S (NP (NNP Mordor)) (VP (VBD said)"
           " (SBAR (S (NP (NNP Arnor)) (VP (VBD attacked) (NP (NNP Gondor))))))))) (. .)))",
           "MOR ARN 112");
    /* no transformation for SAY ... HELP: the reported event stands */
    expect("(ROOT (S (NP (NNP Mordor)) (VP (VBD said) (SBAR (S (NP (NNP Arnor)) (VP (VBD helped)"
           " (NP (NNP Gondor)))))) (. .)))", "ARN GON 070");
}

/* Negation: before the governed verb, or before the verb in its phrase. */
static void negation(void **state)
{
    (void)state;
    expect("(ROOT (S (NP (NNP Arnor)) (VP (VBD did) (RB not) (VP (VB attack) (NP (NNP Gondor))))"
           " (. .)))", "");
    expect("(ROOT (S (NP (NNP Arnor)) (VP (ADVP (RB never)) (VBD attacked) (NP (NNP Gondor)))"
           " (. .)))", "");
    expect("(ROOT (S (NP (NNP Arnor)) (VP (ADVP (RB again)) (VBD attacked) (NP (NNP Gondor)))"
           " (. .)))", "ARN GON 190");
}

/* A condition, or a time still to come, reports no event; what depends on
 * a condition is promised (030) or threatened (130); what could happen
 * has not. */
static void conditions(void **state)
{
    (void)state;
    expect("(ROOT (S (NP (NNP Arnor)) (VP (MD will) (VP (VB help) (NP (NNP Gondor)) (SBAR (IN if)"
           " (S (NP (NNP Mordor)) (VP (VBZ attacks) (NP (NNP Rohan))))))) (. .)))", "ARN GON 033");
    expect("(ROOT (S (SBAR (IN Unless) (S (NP (NNP Gondor)) (VP (VBZ withdraws)))) (, ,)"
           " (NP (NNP Arnor)) (VP (MD will) (VP (VB attack) (NP (NNP Gondor)))) (. .)))",
           "ARN GON 138");
    expect("(ROOT (S (NP (NNP Arnor)) (VP (MD could) (VP (VB attack) (NP (NNP Gondor)))) (. .)))",
           "");
    expect("(ROOT (S (NP (NNP Arnor)) (VP (VBD helped) (NP (NNP Gondor)) (SBAR (IN before)"
           " (S (NP (NNP Mordor)) (VP (VBZ attacks) (NP (NNP Rohan)))))) (. .)))", "ARN GON 070");
    expect("(ROOT (S (NP (NNP Arnor)) (VP (VBD helped) (NP (NNP Gondor)) (SBAR (IN after)"
           " (S (NP (NNP Mordor)) (VP (VBD attacked) (NP (NNP Rohan)))))) (. .)))",
           "ARN GON 070;MOR ROH 190");
}

/* "called X Y": a predicate adjective after the object is the labelling
 * sense, which only the patterns code (not CALL = telephone). */
static void labelling_sense(void **state)
{
    (void)state;
    expect("(ROOT (S (NP (NNP Arnor)) (VP (VBD called) (NP (NP (NNP Gondor) (POS 's)) (NNS demands))"
           " (ADJP (JJ unjustified))) (. .)))", "ARN GON 111");
    expect("(ROOT (S (NP (NNP Arnor)) (VP (VBD called) (NP (NP (NNP Gondor) (POS 's)) (NNS demands))"
           " (PP (IN in) (NP (DT the) (NNS talks) (PP (IN with) (NP (NNP Rohan))))) (`` \")"
           " (ADJP (JJ reasonable)) ('' \")) (. .)))", "");
    expect("(ROOT (S (NP (NNP Arnor)) (VP (VBD called) (NP (NNP Gondor))) (. .)))", "ARN GON 041");
}

/* Who is a partner: actors joined by "between" act on each other; a place
 * is no partner for a mutual act; a time is never a target; what one asks
 * another to do is not done: the asking is the event. */
static void partners(void **state)
{
    (void)state;
    expect("(ROOT (S (NP (NP (NNS Talks)) (PP (IN between) (NP (NNP Arnor) (CC and) (NNP Gondor))))"
           " (VP (VBD broke) (PRT (RP down))) (. .)))", "ARN GON 164;GON ARN 164");
    expect("(ROOT (S (NP (NNP Arnor) (CC and) (NNP Gondor)) (VP (VBD met) (PP (IN in)"
           " (NP (NNP Mordor)))) (. .)))", "ARN GON 040;GON ARN 040");
    expect("(ROOT (S (NP (NNP Arnor)) (VP (VBD met) (PP (IN in) (NP (NNP Mordor)))) (. .)))", "");
    expect("(ROOT (S (NP (NNP Arnor)) (VP (VBD struck) (PP (IN in) (NP (NNP Mordor)))) (. .)))",
           "ARN MOR 190");
    expect("(ROOT (S (NP (NNP Arnor)) (VP (VBD struck) (PP (IN after) (NP (NNP Mordor)))) (. .)))",
           "");
    /* asked to do: the asking, combined with a material act (§3 "a (b . L) U") */
    expect("(ROOT (S (NP (NNP Arnor)) (VP (VBD urged) (NP (NNP Gondor)) (S (VP (TO to) (VP (VB attack)"
           " (NP (NNP Mordor)))))) (. .)))", "ARN GON 020");
    expect("(ROOT (S (NP (NNP Arnor)) (VP (VBD asked) (S (NP (NNP Gondor)) (VP (TO to) (VP (VB lift)"
           " (NP (NNS sanctions)) (PP (IN on) (NP (NNP Mordor))))))) (. .)))", "ARN GON 0254");
    /* the subject of a modifying clause is not the head's actor */
    expect("(ROOT (S (NP (NP (NNS officials)) (, ,) (S (VP (VBG meeting) (PP (IN in)"
           " (NP (NNP Rohan))))) (, ,)) (VP (VBD attacked) (NP (NNP Gondor))) (. .)))", "");
}

DYAD_TEST_GROUP(code_p2_rules,
    cmocka_unit_test_setup_teardown(search_order, setup, teardown),
    cmocka_unit_test_setup_teardown(tokens_bind_roles, setup, teardown),
    cmocka_unit_test_setup_teardown(passive_voice, setup, teardown),
    cmocka_unit_test_setup_teardown(participle_clauses, setup, teardown),
    cmocka_unit_test_setup_teardown(stock_codes, setup, teardown),
    cmocka_unit_test_setup_teardown(transformations, setup, teardown),
    cmocka_unit_test_setup_teardown(negation, setup, teardown),
    cmocka_unit_test_setup_teardown(conditions, setup, teardown),
    cmocka_unit_test_setup_teardown(labelling_sense, setup, teardown),
    cmocka_unit_test_setup_teardown(partners, setup, teardown))
