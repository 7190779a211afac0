/*
 * test_participle.c — participle clauses after a coded verb (src/code/
 * tabari.c): ", raising tariffs ... and threatening to ..." says more things
 * the main subject did, and each of its verbs is coded, with the main
 * clause's partner when it names none; a violent participle after a
 * violent act is that act's result, not a second act. Short sentences
 * written for these tests, coded from raw text with the default
 * dictionaries.
 */
#include "testutil.h"

#include "storytest.h"

/* Two coordinated participles: both acts, by the main subject, on the
 * main clause's partner (not on the subject of the condition). */
static void coordinated_participles(void **state)
{
    (void)state;
    code("2019-07-12", "Japan stepped up its dispute with South Korea, imposing sanctions on "
                       "Korean chipmakers and threatening to expel Korean diplomats if Seoul "
                       "does not apologise.");
    const dyad_event *a = find("JPN", "KOR", "163"), *b = find("JPN", "KOR", "1313");
    EXPECT(a && b);
    EXPECT(!strcmp(a->verb_text, "imposing") && !strcmp(b->verb_text, "threatening"));
    EXPECT(dyad_event_count(coder) == 2);
}

/* After a coded verb: the participle is a second act of the subject. */
static void after_a_coded_verb(void **state)
{
    (void)state;
    code("2019-07-12", "Russia criticised Ukraine, accusing Kyiv of violating the ceasefire.");
    EXPECT(find("RUS", "UKR", "111") != NULL);
    EXPECT(find("RUS", "UKRGOV", "1123") != NULL);
    /* naming no one, it acts on the main clause's partner */
    code("2019-07-12", "Washington raised tariffs on Chinese goods, threatening further "
                       "measures.");
    EXPECT(find("USAGOV", "CHN", "163") && find("USAGOV", "CHN", "130"));
}

/* "..., killing twelve officers": the attack's result, one event. */
static void result_of_violence(void **state)
{
    (void)state;
    code("2019-07-12", "Taliban fighters attacked a police station in Kabul, killing twelve "
                       "officers.");
    EXPECT(find("AFGREB", "AFGCOP", "190") != NULL);
    EXPECT(dyad_event_count(coder) == 1);
}

DYAD_TEST_GROUP(code_participle,
    cmocka_unit_test_setup_teardown(coordinated_participles, story_setup, story_teardown),
    cmocka_unit_test_setup_teardown(after_a_coded_verb, story_setup, story_teardown),
    cmocka_unit_test_setup_teardown(result_of_violence, story_setup, story_teardown))
