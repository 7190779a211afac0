/*
 * test_coref.c — references inside a story (src/code/coref.c) and the news
 * rules of the roles (src/code/tabari.c), on short stories written for
 * these tests and coded from raw text with the default dictionaries.
 *
 * Each story checks that a reference the story makes unambiguous is
 * resolved, and a sibling story that it is left uncoded when the story
 * does not.
 */
#include "testutil.h"

#include "storytest.h"

/* "Kim" after "Kim Jong Un" is him; with two Kims named it is nobody. */
static void name_part(void **state)
{
    (void)state;
    code("2019-01-08", "North Korean leader Kim Jong Un met Chinese President Xi Jinping in "
                       "Beijing on Tuesday. Kim praised China's support.");
    EXPECT(has(2, "PRKGOV", "CHN", "051"));
    code("2019-01-08", "North Korean leader Kim Jong Un and his sister Kim Yo Jong arrived in "
                       "Beijing on Tuesday. Kim praised China's support.");
    EXPECT(events_in(2) == 0);
    /* an earlier name word with an article is no name: "the Kim" */
    code("2019-01-08", "Kim praised China's support.");
    EXPECT(dyad_event_count(coder) == 0);
}

/* "the North" in a story about the two Koreas. */
static void the_north(void **state)
{
    (void)state;
    code("2019-06-30", "South Korea and North Korea held talks at the border on Monday. The "
                       "North criticised Seoul for the drills.");
    EXPECT(has(2, "PRK", "KORGOV", "111"));
    code("2019-06-30", "The North criticised Seoul for the drills.");
    EXPECT(dyad_event_count(coder) == 0);
}

/* "the country" when the story names one country; agents without a
 * country take it. */
static void the_country(void **state)
{
    (void)state;
    code("2019-06-07", "Sudan's military council met protest leaders on Friday. Police in the "
                       "country arrested two journalists.");
    EXPECT(has(2, "SDNCOP", "SDNMED", "173"));
    /* two countries: "the country" is neither (the agents stay without one) */
    code("2019-06-07", "Sudan and Egypt signed a border agreement on Friday. Police in the "
                       "country arrested two journalists.");
    EXPECT(!has(2, "SDNCOP", "SDNMED", "173") && !has(2, "EGYCOP", "EGYMED", "173"));
}

/* "the two leaders": the two persons the story just named. */
static void the_two_leaders(void **state)
{
    (void)state;
    code("2019-10-12", "Indian Prime Minister Narendra Modi hosted Chinese President Xi Jinping "
                       "in Chennai on Saturday. The two leaders agreed to resume trade talks.");
    EXPECT(has(2, "INDGOV", "CHNGOV", "036"));
    EXPECT(has(2, "CHNGOV", "INDGOV", "036"));
}

/* Apposition: the spokesman's name is his ministry's code, later too. */
static void apposition_and_later_name(void **state)
{
    (void)state;
    code("2019-06-10", "Lu Kang, spokesman for the Chinese Foreign Ministry, criticised "
                       "Washington on Monday. Lu accused the United States of bullying.");
    EXPECT(has(1, "CHNGOV", "USAGOV", "111"));
    EXPECT(has(2, "CHNGOV", "USA", "112"));
}

/* An analyst's words, and his later quotes, are not coded. */
static void commentary(void **state)
{
    (void)state;
    code("2019-06-10", "Yang Moo-jin, a professor at a Seoul university, said Kim Jong Un would "
                       "visit Moscow. \"Kim will meet Putin in the autumn,\" Yang said.");
    EXPECT(dyad_event_count(coder) == 0);
}

/* Speculation, conditions and times still to come code nothing. */
static void unreal(void **state)
{
    (void)state;
    code("2019-06-10", "Xi wants to secure leverage before he meets Trump.");
    EXPECT(dyad_event_count(coder) == 0);
    code("2019-06-10", "If Beijing does not agree, Washington will raise tariffs.");
    EXPECT(!has(0, "CHNGOV", "USAGOV", "0"));
}

/* Roles: places, companions, each other, a third location. */
static void roles(void **state)
{
    (void)state;
    code("2019-06-12", "Israel and the United Arab Emirates signed an agreement at the White "
                       "House.");
    EXPECT(has(1, "ISR", "ARE", "057") && has(1, "ARE", "ISR", "057"));
    EXPECT(!has(1, "ISR", "USAGOV", "057"));
    code("2019-06-12", "China, accompanied by Russia, delayed a US request at the United "
                       "Nations.");
    EXPECT(has(1, "CHN", "USA", "120") && has(1, "RUS", "USA", "120"));
    code("2019-06-12", "India and Pakistan accused each other of violating the ceasefire.");
    EXPECT(has(1, "IND", "PAK", "112") && has(1, "PAK", "IND", "112"));
    code("2018-06-12", "Trump met North Korean leader Kim Jong Un in Singapore.");
    EXPECT(has(1, "USAGOV", "PRKGOV", "044") && has(1, "PRKGOV", "USAGOV", "044"));
    code("2019-06-12", "Iran released the British-flagged tanker Stena Impero.");
    EXPECT(has(1, "IRN", "GBR", "0842"));
}

/* "They" as the subject: the one plural actor phrase of the sentence
 * before; nothing when that sentence has two, or a plural subject that
 * names nobody, or another sentence came between. */
static void they(void **state)
{
    (void)state;
    code("2019-03-12", "Trump and Kim Jong Un held a summit in Hanoi in February. They have "
                       "met three times since 2018.");
    EXPECT(has(2, "USAGOV", "PRKGOV", "040") && has(2, "PRKGOV", "USAGOV", "040"));
    code("2019-03-12", "India and Pakistan exchanged fire across the border. They accused each "
                       "other of starting the clash.");
    EXPECT(has(2, "IND", "PAK", "112") && has(2, "PAK", "IND", "112"));
    /* two plural actors: which? */
    code("2019-03-12", "Trump and Kim Jong Un held a summit in Hanoi in February, and South "
                       "Korean and Japanese officials watched. They have met three times since "
                       "2018.");
    EXPECT(events_in(2) == 0);
    /* the reporters may be "they" */
    code("2019-03-12", "Reporters said Trump and Kim Jong Un would hold a summit in Hanoi in "
                       "February. They have met three times since 2018.");
    EXPECT(events_in(2) == 0);
    /* not the sentence just before */
    code("2019-03-12", "Trump and Kim Jong Un held a summit in Hanoi in February. The weather "
                       "was cold. They have met three times since 2018.");
    EXPECT(events_in(3) == 0);
}

DYAD_TEST_GROUP(code_coref,
    cmocka_unit_test_setup_teardown(name_part, story_setup, story_teardown),
    cmocka_unit_test_setup_teardown(the_north, story_setup, story_teardown),
    cmocka_unit_test_setup_teardown(the_country, story_setup, story_teardown),
    cmocka_unit_test_setup_teardown(the_two_leaders, story_setup, story_teardown),
    cmocka_unit_test_setup_teardown(apposition_and_later_name, story_setup, story_teardown),
    cmocka_unit_test_setup_teardown(commentary, story_setup, story_teardown),
    cmocka_unit_test_setup_teardown(unreal, story_setup, story_teardown),
    cmocka_unit_test_setup_teardown(roles, story_setup, story_teardown),
    cmocka_unit_test_setup_teardown(they, story_setup, story_teardown))
