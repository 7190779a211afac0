/*
 * test_tagger.c — part-of-speech tags in context, on sentences written for
 * these tests (news style, with the ambiguities that matter to the coder).
 */
#include "testutil.h"

#include <stdio.h>
#include <string.h>

#include "analysed.h"

static void noun_or_verb(void **state)
{
    (void)state;
    /* the verb is the word that can only be one */
    assert_string_equal(analysed_tags("The peace talks resumed on Monday ."),
                        "The/DT peace/NN talks/NNS resumed/VBD on/IN Monday/NNP ./.");
    assert_string_equal(analysed_tags("The government plans new attacks ."),
                        "The/DT government/NN plans/VBZ new/JJ attacks/NNS ./.");
    assert_string_equal(analysed_tags("Border police attacked the protesters ."),
                        "Border/NN police/NN attacked/VBD the/DT protesters/NNS ./.");
    /* after a modal, to, or did: the base form */
    assert_string_equal(analysed_tags("Rebels will attack the town ."),
                        "Rebels/NNS will/MD attack/VB the/DT town/NN ./.");
    assert_string_equal(analysed_tags("They did not visit Gondor ."),
                        "They/PRP did/VBD not/RB visit/VB Gondor/NNP ./.");
    /* after a verb: its object */
    assert_string_equal(analysed_tags("Arnor promised aid to the villages ."),
                        "Arnor/NNP promised/VBD aid/NN to/TO the/DT villages/NNS ./.");
}

static void past_or_participle(void **state)
{
    (void)state;
    assert_string_equal(analysed_tags("The embassy was attacked by protesters ."),
                        "The/DT embassy/NN was/VBD attacked/VBN by/IN protesters/NNS ./.");
    assert_string_equal(analysed_tags("Arnor has restored ties ."),
                        "Arnor/NNP has/VBZ restored/VBN ties/NNS ./.");
    /* a reduced relative in the subject: the real verb comes later */
    assert_string_equal(analysed_tags("Soldiers killed in the attack were buried ."),
                        "Soldiers/NNS killed/VBN in/IN the/DT attack/NN were/VBD buried/VBN ./.");
    /* after the clause has its verb, a participle */
    assert_string_equal(analysed_tags("Arnor welcomed memos sent by Gondor ."),
                        "Arnor/NNP welcomed/VBD memos/NNS sent/VBN by/IN Gondor/NNP ./.");
    /* attribution after a comma: past tense */
    assert_string_equal(analysed_tags("Arnor attacked Gondor , a senior official said ."),
                        "Arnor/NNP attacked/VBD Gondor/NNP ,/, a/DT senior/JJ official/NN "
                        "said/VBD ./.");
}

static void closed_class_ambiguities(void **state)
{
    (void)state;
    assert_string_equal(analysed_tags("China 's army said that the group that attacked fled ."),
                        "China/NNP 's/POS army/NN said/VBD that/IN the/DT group/NN that/WDT "
                        "attacked/VBD fled/VBD ./.");
    assert_string_equal(analysed_tags("He 's ready ."), "He/PRP 's/VBZ ready/JJ ./.");
    assert_string_equal(analysed_tags("Crowds burned down the embassy ."),
                        "Crowds/NNS burned/VBD down/RP the/DT embassy/NN ./.");
    assert_string_equal(analysed_tags("Arnor is about to act ."),
                        "Arnor/NNP is/VBZ about/IN to/TO act/VB ./.");
    assert_string_equal(analysed_tags("About 70 people died after that decision ."),
                        "About/RB 70/CD people/NNS died/VBD after/IN that/DT decision/NN ./.");
}

static void names_and_case(void **state)
{
    (void)state;
    /* capitalised words inside a sentence are names, whatever WordNet says */
    assert_string_equal(analysed_tags("The Prime Minister of Minas Tirith left ."),
                        "The/DT Prime/NNP Minister/NNP of/IN Minas/NNP Tirith/NNP left/VBD ./.");
    /* a nationality before a common noun is an adjective, before a name a name */
    assert_string_equal(analysed_tags("Russian police arrested European Union officials ."),
                        "Russian/JJ police/NN arrested/VBD European/NNP Union/NNP "
                        "officials/NNS ./.");
    /* sentence-initial: a known common word stays common unless a name follows */
    assert_string_equal(analysed_tags("Old foes met ."), "Old/JJ foes/NNS met/VBD ./.");
    assert_string_equal(analysed_tags("White House officials met ."),
                        "White/NNP House/NNP officials/NNS met/VBD ./.");
    /* lower-case particles inside names */
    assert_string_equal(analysed_tags("Mohammed bin Salman threw it in the bin ."),
                        "Mohammed/NNP bin/NNP Salman/NNP threw/VBD it/PRP in/IN the/DT bin/NN ./.");
}

DYAD_TEST_GROUP(tagger,
    cmocka_unit_test(noun_or_verb),
    cmocka_unit_test(past_or_participle),
    cmocka_unit_test(closed_class_ambiguities),
    cmocka_unit_test(names_and_case))
