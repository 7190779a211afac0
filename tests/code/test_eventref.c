/*
 * test_eventref.c — event references inside a story (src/code/eventref.c):
 * "the accusation", "the strikes", "the talks", "the offer" standing for
 * an event the story just reported, coded from raw text with the default
 * dictionaries, on short stories written for these tests.
 *
 * Each story in which the reference is unambiguous has a twin in which it
 * is not (two such events by different actors, the event too far back,
 * the noun in a time phrase or as a subject), and the twin must leave the
 * phrase uncoded.
 */
#include "testutil.h"

#include "storytest.h"

/* Rejecting the accusation is done to the accuser. */
static void the_accusation(void **state)
{
    (void)state;
    code("2019-06-10", "India accused Pakistan of sheltering militants on Monday. Pakistan "
                       "rejected the accusation.");
    EXPECT(has(2, "PAK", "IND", "016"));
    /* two accusers: whose accusation is it? */
    code("2019-06-10", "India accused Pakistan of sheltering militants on Monday. Afghanistan "
                       "accused Pakistan of arming the Taliban. Pakistan rejected the accusation.");
    EXPECT(events_in(3) == 0);
    /* the accusation is too far back */
    code("2019-06-10", "India accused Pakistan of sheltering militants on Monday. The monsoon "
                       "arrived early. Farmers planted rice. Prices fell. Pakistan rejected the "
                       "accusation.");
    EXPECT(events_in(5) == 0);
}

/* Condemning the strikes is done to the attacker. */
static void the_strikes(void **state)
{
    (void)state;
    code("2019-03-12", "Israel launched air strikes on Gaza on Tuesday. Egypt condemned the "
                       "strikes.");
    EXPECT(has(2, "EGY", "ISR", "111"));
    /* both sides attacked: the attacks are neither's alone */
    code("2019-03-12", "Israel launched air strikes on Gaza on Tuesday. Hamas fired rockets at "
                       "Israel on Wednesday. Egypt condemned the attacks.");
    EXPECT(events_in(3) == 0);
    /* a time phrase says when, not whom: "after the strikes" names nobody */
    code("2019-03-12", "Israel launched air strikes on Gaza on Tuesday. Egypt expelled "
                       "diplomats after the strikes.");
    EXPECT(!has(2, "EGY", "ISR", "1"));
}

/* Talks are both parties' act: praising them praises the other party. */
static void the_talks(void **state)
{
    (void)state;
    code("2021-06-16", "Joe Biden and Vladimir Putin met in Geneva on Wednesday. Putin called "
                       "the talks constructive.");
    EXPECT(has(2, "RUSGOV", "USAGOV", "051"));
    EXPECT(events_in(2) == 1);
    code("2021-06-16", "Germany welcomed the talks.");
    EXPECT(dyad_event_count(coder) == 0);
}

/* An offer is the offerer's; two offerers make it nobody's. */
static void the_offer(void **state)
{
    (void)state;
    code("2021-05-12", "Egypt offered to mediate between Israel and Hamas. Israel rejected the "
                       "offer.");
    EXPECT(has(2, "ISR", "EGY", "12"));
    code("2021-05-12", "Egypt offered to mediate between Israel and Hamas. Qatar offered to "
                       "mediate between Israel and Hamas. Israel rejected the offer.");
    EXPECT(events_in(3) == 0);
}

/* A subject is left alone, and so is a noun with an actor of its own. */
static void not_references(void **state)
{
    (void)state;
    code("2019-03-12", "Israel launched air strikes on Gaza on Tuesday. The strikes killed "
                       "twelve people.");
    EXPECT(events_in(2) == 0);
    code("2019-03-12", "Israel launched air strikes on Gaza on Tuesday. Egypt condemned "
                       "the Hamas attack.");
    EXPECT(!has(2, "EGY", "ISR", "111"));
}

DYAD_TEST_GROUP(code_eventref,
    cmocka_unit_test_setup_teardown(the_accusation, story_setup, story_teardown),
    cmocka_unit_test_setup_teardown(the_strikes, story_setup, story_teardown),
    cmocka_unit_test_setup_teardown(the_talks, story_setup, story_teardown),
    cmocka_unit_test_setup_teardown(the_offer, story_setup, story_teardown),
    cmocka_unit_test_setup_teardown(not_references, story_setup, story_teardown))
