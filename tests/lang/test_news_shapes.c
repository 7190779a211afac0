/*
 * test_news_shapes.c — constructions of news English that the coder
 * needed and the analyser once got wrong (docs/coder.md, "analyser needs"),
 * each on sentences written for these tests: coordinated participle
 * clauses, money amounts, a sentence-initial name before its verb,
 * reduced relatives, "be due to", coordinated verbs and noun modifiers,
 * quoted words inside a noun phrase, -ing nouns, time phrases before the
 * verb, names that look like pronouns, headlines, and a subject whose
 * relative clause ends before the main verb.
 */
#include "testutil.h"

#include "analysed.h"

/* ", seizing X and threatening to Y": one participle clause with two VPs. */
static void participle_clauses_coordinated(void **state)
{
    (void)state;
    assert_string_equal(
        analysed_tree("Arnor closed the border , seizing two ships and threatening to expel "
                      "the envoy ."),
        "(ROOT (S (NP (NNP Arnor)) (VP (VBD closed) (NP (DT the) (NN border)) (, ,) (S (VP (VP "
        "(VBG seizing) (NP (CD two) (NNS ships))) (CC and) (VP (VBG threatening) (S (VP (TO to) "
        "(VP (VB expel) (NP (DT the) (NN envoy))))))))) (. .)))");
    /* an amount after a determiner and an adjective is one noun phrase */
    assert_string_equal(analysed_tree("Gondor pledged an additional $ 50 million of aid ."),
        "(ROOT (S (NP (NNP Gondor)) (VP (VBD pledged) (NP (NP (DT an) (JJ additional) ($ $) "
        "(QP (CD 50) (CD million))) (PP (IN of) (NP (NN aid))))) (. .)))");
    /* a preposition before an amount is no particle */
    assert_string_equal(analysed_tags("Rohan raised tariffs on $ 20 billion of goods ."),
        "Rohan/NNP raised/VBD tariffs/NNS on/IN $/$ 20/CD billion/CD of/IN goods/NNS ./.");
    /* the same from raw text, through the tokenizer */
    assert_string_equal(
        analysed_text_tree("Rohan has raised tariffs on $20 billion of goods, threatening to tax "
                           "an additional $30 billion."),
        "(ROOT (S (NP (NNP Rohan)) (VP (VBZ has) (VP (VBN raised) (NP (NNS tariffs)) (PP (IN on) "
        "(NP (NP ($ $) (QP (CD 20) (CD billion))) (PP (IN of) (NP (NNS goods))))) (, ,) (S (VP "
        "(VBG threatening) (S (VP (TO to) (VP (VB tax) (NP (DT an) (JJ additional) ($ $) (QP "
        "(CD 30) (CD billion)))))))))) (. .)))");
}

/* A capitalised word WordNet knows as a name, before a verb, is its subject. */
static void name_then_verb(void **state)
{
    (void)state;
    assert_string_equal(analysed_tags("Turkey accused a detained soldier of spying ."),
        "Turkey/NNP accused/VBD a/DT detained/VBN soldier/NN of/IN spying/NN ./.");
    assert_string_equal(analysed_tree("The South accused Rohan of provocations ."),
        "(ROOT (S (NP (DT The) (NNP South)) (VP (VBD accused) (NP (NP (NNP Rohan)) (PP (IN of) "
        "(NP (NNS provocations))))) (. .)))");
    /* "it" after the verb starts the reported clause: said is the verb, not a participle */
    assert_string_equal(analysed_tree("Rohan said on Monday it had shot down two drones ."),
        "(ROOT (S (NP (NNP Rohan)) (VP (VBD said) (PP (IN on) (NP (NNP Monday))) (SBAR (S (NP "
        "(PRP it)) (VP (VBD had) (VP (VBN shot) (PRT (RP down)) (NP (CD two) (NNS drones))))))) "
        "(. .)))");
    /* a noun, then a past form that is mostly a verb: the subject ends there */
    assert_string_equal(analysed_tags("The Chilean military pledged $ 30 million in aid last week ."),
        "The/DT Chilean/JJ military/NN pledged/VBD $/$ 30/CD million/CD in/IN aid/NN last/JJ "
        "week/NN ./.");
    assert_string_equal(analysed_tags("The army chief pledged aid ."),
        "The/DT army/NN chief/NN pledged/VBD aid/NN ./.");
    assert_string_equal(analysed_tags("Egyptian troops cut diplomatic ties with Rohan ."),
        "Egyptian/NNP troops/NNS cut/VBD diplomatic/JJ ties/NNS with/IN Rohan/NNP ./.");
}

/* A participle after the object of an infinitive is a reduced relative. */
static void reduced_relative_after_object(void **state)
{
    (void)state;
    assert_string_equal(
        analysed_tree("Arnor called on Gondor to release two envoys detained in Osgiliath ."),
        "(ROOT (S (NP (NNP Arnor)) (VP (VBD called) (PP (IN on) (NP (NNP Gondor))) (S (VP (TO to) "
        "(VP (VB release) (NP (NP (CD two) (NNS envoys)) (VP (VBN detained) (PP (IN in) (NP (NNP "
        "Osgiliath))))))))) (. .)))");
}

/* "be due to" + a verb is an infinitive; "due to" + a noun a preposition. */
static void due_to(void **state)
{
    (void)state;
    assert_string_equal(analysed_tree("The envoys are due to arrive in Bree next week ."),
        "(ROOT (S (NP (DT The) (NNS envoys)) (VP (VBP are) (ADJP (JJ due) (S (VP (TO to) (VP "
        "(VB arrive) (PP (IN in) (NP (NNP Bree))) (NP (JJ next) (NN week))))))) (. .)))");
    assert_string_equal(analysed_tree("The delay was due to rain ."),
        "(ROOT (S (NP (DT The) (NN delay)) (VP (VBD was) (ADJP (JJ due) (PP (TO to) (NP (NN "
        "rain))))) (. .)))");
    assert_string_equal(analysed_tags("Gondor is likely to attack ."),
        "Gondor/NNP is/VBZ likely/JJ to/TO attack/VB ./.");
}

/* Verbs joined by "and"; nouns joined as modifiers of one head. */
static void coordinated_verbs_and_modifiers(void **state)
{
    (void)state;
    assert_string_equal(
        analysed_tree("Rohan sent search and rescue teams to Bree and pledged emergency aid to "
                      "Dale ."),
        "(ROOT (S (NP (NNP Rohan)) (VP (VP (VBD sent) (NP (NN search) (CC and) (NN rescue) (NNS "
        "teams)) (PP (TO to) (NP (NNP Bree)))) (CC and) (VP (VBD pledged) (NP (NN emergency) (NN "
        "aid)) (PP (TO to) (NP (NNP Dale))))) (. .)))");
    assert_string_equal(analysed_tree("Arnor declared a curfew and cut diplomatic ties with Gondor ."),
        "(ROOT (S (NP (NNP Arnor)) (VP (VP (VBD declared) (NP (DT a) (NN curfew))) (CC and) (VP "
        "(VBD cut) (NP (JJ diplomatic) (NNS ties)) (PP (IN with) (NP (NNP Gondor))))) (. .)))");
    assert_string_equal(analysed_tree("Police arrested a man and soldiers fired shots ."),
        "(ROOT (S (S (NP (NN Police)) (VP (VBD arrested) (NP (DT a) (NN man)))) (CC and) (S (NP "
        "(NNS soldiers)) (VP (VBD fired) (NP (NNS shots)))) (. .)))");
    assert_string_equal(analysed_tree("Police arrested a man and riot police fired tear gas ."),
        "(ROOT (S (S (NP (NN Police)) (VP (VBD arrested) (NP (DT a) (NN man)))) (CC and) (S (NP "
        "(NN riot) (NN police)) (VP (VBD fired) (NP (NN tear) (NN gas)))) (. .)))");
    /* a noun phrase of two nouns before "and" is a conjunct of its own */
    assert_string_equal(analysed_tree("Police fired tear gas and water cannon ."),
        "(ROOT (S (NP (NN Police)) (VP (VBD fired) (NP (NP (NN tear) (NN gas)) (CC and) (NP (NN "
        "water) (NN cannon)))) (. .)))");
    assert_string_equal(analysed_tree("Oil and gas prices rose ."),
        "(ROOT (S (NP (NN Oil) (CC and) (NN gas) (NNS prices)) (VP (VBD rose)) (. .)))");
    assert_string_equal(analysed_tree("The leaders discussed trade and security last week ."),
        "(ROOT (S (NP (DT The) (NNS leaders)) (VP (VBD discussed) (NP (NN trade) (CC and) (NN "
        "security)) (NP (JJ last) (NN week))) (. .)))");
}

/* Quotes around words inside a noun phrase do not end the clause. */
static void quoted_words_in_a_noun_phrase(void **state)
{
    (void)state;
    assert_string_equal(
        analysed_text_tree("Gondor was headed in the \xE2\x80\x9Cright direction\xE2\x80\x9D and "
                           "deserved praise."),
        "(ROOT (S (NP (NNP Gondor)) (VP (VP (VBD was) (VP (VBN headed) (PP (IN in) (NP (DT the) "
        "(`` \xE2\x80\x9C) (JJ right) (NN direction) ('' \xE2\x80\x9D))))) (CC and) (VP (VBD "
        "deserved) (NP (NN praise)))) (. .)))");
}

/* -ing nouns, time phrases before the verb, names, headlines. */
static void nouns_names_and_headlines(void **state)
{
    (void)state;
    /* no participle takes "of" or "between": meeting is a noun */
    assert_string_equal(
        analysed_tree("Arnor hopes the summit meeting between the two kings will resume ."),
        "(ROOT (S (NP (NNP Arnor)) (VP (VBZ hopes) (SBAR (S (NP (NP (DT the) (NN summit) (NN "
        "meeting)) (PP (IN between) (NP (DT the) (CD two) (NNS kings)))) (VP (MD will) (VP (VB "
        "resume)))))) (. .)))");
    /* a time phrase between subject and verb belongs to the clause */
    assert_string_equal(analysed_tree("Officials said the visit this week signals a thaw ."),
        "(ROOT (S (NP (NNS Officials)) (VP (VBD said) (SBAR (S (NP (DT the) (NN visit)) (NP (DT "
        "this) (NN week)) (VP (VBZ signals) (NP (DT a) (NN thaw)))))) (. .)))");
    assert_string_equal(analysed_tree("Arnor last week attacked Gondor ."),
        "(ROOT (S (NP (NNP Arnor)) (NP (JJ last) (NN week)) (VP (VBD attacked) (NP (NNP Gondor))) "
        "(. .)))");
    /* a capitalised "He" inside a sentence is a name (Wang He), not the pronoun */
    assert_string_equal(analysed_tree("Rohan Vice Premier Wang He arrived in Bree ."),
        "(ROOT (S (NP (NNP Rohan) (NNP Vice) (NNP Premier) (NNP Wang) (NNP He)) (VP (VBD arrived) "
        "(PP (IN in) (NP (NNP Bree)))) (. .)))");
    /* a headline: an adjective before a noun is no verb; the word before it is */
    assert_string_equal(
        analysed_tree("Arnor to send envoy to Gondor as floods and drought cast long shadow"),
        "(ROOT (S (NP (NNP Arnor)) (VP (TO to) (VP (VB send) (NP (NN envoy)) (PP (TO to) (NP "
        "(NNP Gondor))) (SBAR (IN as) (S (NP (NNS floods) (CC and) (NN drought)) (VP (VBD cast) "
        "(NP (JJ long) (NN shadow)))))))))");
}

/* "A soldier believed linked to X who shot ... was extradited": the
 * relative clause ends before the subject's own verb. */
static void subject_with_relative_clause(void **state)
{
    (void)state;
    assert_string_equal(
        analysed_tree("A soldier believed linked to the rebels who shot at the guards while in "
                      "detention was extradited to Gondor ."),
        "(ROOT (S (NP (NP (DT A) (NN soldier)) (VP (VBN believed) (ADJP (JJ linked) (PP (TO to) "
        "(NP (NP (DT the) (NNS rebels)) (SBAR (WHNP (WP who)) (S (VP (VBD shot) (PP (IN at) (NP "
        "(DT the) (NNS guards))) (PP (IN while) (PP (IN in) (NP (NN detention)))))))))))) (VP "
        "(VBD was) (VP (VBN extradited) (PP (TO to) (NP (NNP Gondor))))) (. .)))");
    /* a participle before a noun is an adjective, and the verb is finite */
    assert_string_equal(analysed_tags("Arnor criticized armed men over the border ."),
        "Arnor/NNP criticized/VBD armed/JJ men/NNS over/IN the/DT border/NN ./.");
}

DYAD_TEST_GROUP(news_shapes,
    cmocka_unit_test(participle_clauses_coordinated),
    cmocka_unit_test(name_then_verb),
    cmocka_unit_test(reduced_relative_after_object),
    cmocka_unit_test(due_to),
    cmocka_unit_test(coordinated_verbs_and_modifiers),
    cmocka_unit_test(quoted_words_in_a_noun_phrase),
    cmocka_unit_test(nouns_names_and_headlines),
    cmocka_unit_test(subject_with_relative_clause))
