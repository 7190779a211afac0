/*
 * test_tagger.c — part-of-speech tags in context, on sentences written for
 * these tests (news style, with the ambiguities that matter to the coder).
 */
#include "testutil.h"

#include <stdio.h>
#include <string.h>

#include "lang/analyse.h"
#include "sentence.h"

/* Tag s and return "word/TAG word/TAG ...". */
static const char *tagged(const char *s)
{
    static sentence sent;
    static char out[8192];
    sentence_set(&sent, s);
    dy_analyser *a = dy_analyser_new();
    dy_analyser_tag(a, sent.leaf, sent.n);
    dy_analyser_free(a);
    size_t len = 0;
    out[0] = 0;
    for (size_t i = 0; i < sent.n && len + 64 < sizeof out; i++)
        len += (size_t)snprintf(out + len, sizeof out - len, "%s%s/%s", i ? " " : "",
                                sent.leaf[i].text, dy_label_name(sent.leaf[i].tag));
    return out;
}

static void noun_or_verb(void **state)
{
    (void)state;
    /* the verb is the word that can only be one */
    assert_string_equal(tagged("The peace talks resumed on Monday ."),
                        "The/DT peace/NN talks/NNS resumed/VBD on/IN Monday/NNP ./.");
    assert_string_equal(tagged("The government plans new attacks ."),
                        "The/DT government/NN plans/VBZ new/JJ attacks/NNS ./.");
    assert_string_equal(tagged("Border police attacked the protesters ."),
                        "Border/NN police/NN attacked/VBD the/DT protesters/NNS ./.");
    /* after a modal, to, or did: the base form */
    assert_string_equal(tagged("Rebels will attack the town ."),
                        "Rebels/NNS will/MD attack/VB the/DT town/NN ./.");
    assert_string_equal(tagged("They did not visit Gondor ."),
                        "They/PRP did/VBD not/RB visit/VB Gondor/NNP ./.");
    /* after a verb: its object */
    assert_string_equal(tagged("Arnor promised aid to the villages ."),
                        "Arnor/NNP promised/VBD aid/NN to/TO the/DT villages/NNS ./.");
}

static void past_or_participle(void **state)
{
    (void)state;
    assert_string_equal(tagged("The embassy was attacked by protesters ."),
                        "The/DT embassy/NN was/VBD attacked/VBN by/IN protesters/NNS ./.");
    assert_string_equal(tagged("Arnor has restored ties ."),
                        "Arnor/NNP has/VBZ restored/VBN ties/NNS ./.");
    /* a reduced relative in the subject: the real verb comes later */
    assert_string_equal(tagged("Soldiers killed in the attack were buried ."),
                        "Soldiers/NNS killed/VBN in/IN the/DT attack/NN were/VBD buried/VBN ./.");
    /* after the clause has its verb, a participle */
    assert_string_equal(tagged("Arnor welcomed memos sent by Gondor ."),
                        "Arnor/NNP welcomed/VBD memos/NNS sent/VBN by/IN Gondor/NNP ./.");
    /* attribution after a comma: past tense */
    assert_string_equal(tagged("Arnor attacked Gondor , a senior official said ."),
                        "Arnor/NNP attacked/VBD Gondor/NNP ,/, a/DT senior/JJ official/NN "
                        "said/VBD ./.");
}

static void closed_class_ambiguities(void **state)
{
    (void)state;
    assert_string_equal(tagged("China 's army said that the group that attacked fled ."),
                        "China/NNP 's/POS army/NN said/VBD that/IN the/DT group/NN that/WDT "
                        "attacked/VBD fled/VBD ./.");
    assert_string_equal(tagged("He 's ready ."), "He/PRP 's/VBZ ready/JJ ./.");
    assert_string_equal(tagged("Crowds burned down the embassy ."),
                        "Crowds/NNS burned/VBD down/RP the/DT embassy/NN ./.");
    assert_string_equal(tagged("Arnor is about to act ."),
                        "Arnor/NNP is/VBZ about/IN to/TO act/VB ./.");
    assert_string_equal(tagged("About 70 people died after that decision ."),
                        "About/RB 70/CD people/NNS died/VBD after/IN that/DT decision/NN ./.");
}

static void names_and_case(void **state)
{
    (void)state;
    /* capitalised words inside a sentence are names, whatever WordNet says */
    assert_string_equal(tagged("The Prime Minister of Minas Tirith left ."),
                        "The/DT Prime/NNP Minister/NNP of/IN Minas/NNP Tirith/NNP left/VBD ./.");
    /* a nationality before a common noun is an adjective, before a name a name */
    assert_string_equal(tagged("Russian police arrested European Union officials ."),
                        "Russian/JJ police/NN arrested/VBD European/NNP Union/NNP "
                        "officials/NNS ./.");
    /* sentence-initial: a known common word stays common unless a name follows */
    assert_string_equal(tagged("Old foes met ."), "Old/JJ foes/NNS met/VBD ./.");
    assert_string_equal(tagged("White House officials met ."),
                        "White/NNP House/NNP officials/NNS met/VBD ./.");
    /* lower-case particles inside names */
    assert_string_equal(tagged("Mohammed bin Salman threw it in the bin ."),
                        "Mohammed/NNP bin/NNP Salman/NNP threw/VBD it/PRP in/IN the/DT bin/NN ./.");
}

DYAD_TEST_GROUP(tagger,
    cmocka_unit_test(noun_or_verb),
    cmocka_unit_test(past_or_participle),
    cmocka_unit_test(closed_class_ambiguities),
    cmocka_unit_test(names_and_case))
