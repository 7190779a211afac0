/*
 * test_split.c — the sentence splitter: one test per rule, with sentences
 * written for the purpose, and the Xi Jinping article from ../shared.
 */
#include "testutil.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "text/abbrev.h"
#include "text/split.h"

/* Split s and check that the sentences are exactly the strings given (NULL-terminated). */
static dy_sentences check_split(const char *s, const char *const *want)
{
    dy_sentences sv = DY_SENTENCES_INIT;
    size_t n = dy_split(s, strlen(s), &sv);
    size_t k = 0;
    while (want[k])
        k++;
    for (size_t i = 0; i < n; i++)
        if (i >= k || sv.v[i].end - sv.v[i].start != strlen(want[i]) ||
            memcmp(s + sv.v[i].start, want[i], strlen(want[i])))
            fail_msg("sentence %zu is \"%.*s\", expected \"%s\"", i + 1,
                     (int)(sv.v[i].end - sv.v[i].start), s + sv.v[i].start, i < k ? want[i] : "(none)");
    assert_int_equal(n, k);
    return sv;
}

#define SPLIT(text, ...)                                                  \
    do {                                                                  \
        static const char *const w_[] = {__VA_ARGS__, NULL};              \
        dy_sentences sv_ = check_split(text, w_);                         \
        dy_sentences_free(&sv_);                                          \
    } while (0)

static void titles_and_abbreviations(void **state)
{
    (void)state;
    SPLIT("Mr. Smith met Gen. Jones and Sen. Lee in the U.S. capital. They talked.",
          "Mr. Smith met Gen. Jones and Sen. Lee in the U.S. capital.", "They talked.");
    SPLIT("The U.N. Security Council met on Monday. It voted.",
          "The U.N. Security Council met on Monday.", "It voted.");
    SPLIT("Sanctions were lifted by the U.S. The talks resumed.",
          "Sanctions were lifted by the U.S.", "The talks resumed.");
    SPLIT("He works at Acme Inc. The firm grew. Acme Inc. shares rose.",
          "He works at Acme Inc.", "The firm grew.", "Acme Inc. shares rose.");
    SPLIT("The talks ended at 5 p.m. Officials left, e.g. Dr. Lee. Talks ended at 5 p.m. Friday.",
          "The talks ended at 5 p.m.", "Officials left, e.g. Dr. Lee.",
          "Talks ended at 5 p.m. Friday.");
    SPLIT("He is ranked No. 2 in the world. He said no. Then he left.",
          "He is ranked No. 2 in the world.", "He said no.", "Then he left.");
}

static void initials(void **state)
{
    (void)state;
    SPLIT("George W. Bush met John F. Kennedy Jr. at noon. Then he left.",
          "George W. Bush met John F. Kennedy Jr. at noon.", "Then he left.");
    SPLIT("They chose Plan B. The plan failed.", "They chose Plan B.", "The plan failed.");
}

static void months(void **state)
{
    (void)state;
    SPLIT("On Jan. 5 the talks began. In Sept. 2019 they ended. It was Dec. Snow fell.",
          "On Jan. 5 the talks began.", "In Sept. 2019 they ended.", "It was Dec.", "Snow fell.");
}

static void money_and_numbers(void **state)
{
    (void)state;
    SPLIT("Trump raised tariffs on $200 billion of goods, a 3.5% rise. China said it would respond.",
          "Trump raised tariffs on $200 billion of goods, a 3.5% rise.",
          "China said it would respond.");
    SPLIT("Growth was 2.5 percent in 2017. 2018 was worse.", "Growth was 2.5 percent in 2017.",
          "2018 was worse.");
}

static void quotes_close_the_sentence(void **state)
{
    (void)state;
    SPLIT("Xi called the demands \xE2\x80\x9Creasonable.\xE2\x80\x9D Kim agreed.",
          "Xi called the demands \xE2\x80\x9Creasonable.\xE2\x80\x9D", "Kim agreed.");
    SPLIT("He said \"no.\" Then he left. She said, \"Go.\"",
          "He said \"no.\"", "Then he left.", "She said, \"Go.\"");
    SPLIT("\xE2\x80\x9CWhy?\xE2\x80\x9D he asked. \xE2\x80\x9C" "Because.\xE2\x80\x9D",
          "\xE2\x80\x9CWhy?\xE2\x80\x9D he asked.", "\xE2\x80\x9C" "Because.\xE2\x80\x9D");
    SPLIT("(The vote was close.) Lawmakers left.", "(The vote was close.)", "Lawmakers left.");
}

static void dashes_do_not_split(void **state)
{
    (void)state;
    SPLIT("He spoke about--or at least hinted at--the deal. Then he left.",
          "He spoke about--or at least hinted at--the deal.", "Then he left.");
    SPLIT("Talks \xE2\x80\x94 if they happen \xE2\x80\x94 will be hard. Officials agree.",
          "Talks \xE2\x80\x94 if they happen \xE2\x80\x94 will be hard.", "Officials agree.");
    SPLIT("The U.S.-China trade war grew. Markets fell.", "The U.S.-China trade war grew.",
          "Markets fell.");
}

static void ellipses(void **state)
{
    (void)state;
    SPLIT("He said... the talks were over. But nobody knew\xE2\x80\xA6 Then the envoy left.",
          "He said... the talks were over.", "But nobody knew\xE2\x80\xA6", "Then the envoy left.");
    SPLIT("Will they meet? Nobody knows! Not even Kim.", "Will they meet?", "Nobody knows!",
          "Not even Kim.");
}

static uint32_t flags_of(const char *text, size_t i)
{
    dy_sentences sv = DY_SENTENCES_INIT;
    dy_split(text, strlen(text), &sv);
    uint32_t f = i < sv.n ? sv.v[i].flags : 0xFFFFFFFF;
    dy_sentences_free(&sv);
    return f;
}

static void headings(void **state)
{
    (void)state;
    const char *t = "What to Expect From the Meeting\n\nThe meeting is likely. It will be long.\n";
    SPLIT(t, "What to Expect From the Meeting", "The meeting is likely.", "It will be long.");
    assert_true(flags_of(t, 0) & DY_SENT_HEADING);
    assert_false(flags_of(t, 1) & DY_SENT_HEADING);
    /* a title on its own line between one-line paragraphs */
    const char *u = "Officials met on Monday.\nAt Stake for Xi: A Costly Trade War\nThe visit comes as China fights.\n";
    SPLIT(u, "Officials met on Monday.", "At Stake for Xi: A Costly Trade War",
          "The visit comes as China fights.");
    assert_true(flags_of(u, 1) & DY_SENT_HEADING);
    assert_false(flags_of(u, 2) & DY_SENT_HEADING);
    /* a sentence without final punctuation, alone, is not a heading */
    assert_false(flags_of("Arnor attacked Gondor", 0) & DY_SENT_HEADING);
}

static void hard_wrapped_lines_are_one_sentence(void **state)
{
    (void)state;
    SPLIT("Arnor is about to restore full diplomatic ties with Gondor almost\n"
          "five years after crowds trashed its embassy.\n",
          "Arnor is about to restore full diplomatic ties with Gondor almost\n"
          "five years after crowds trashed its embassy.");
    const char *t = "Gryffindor's head Minerva McGonagall left for the Ministry of\n"
                    "Magic on Wednesday for meetings.\n";
    SPLIT(t, "Gryffindor's head Minerva McGonagall left for the Ministry of\n"
             "Magic on Wednesday for meetings.");
    assert_false(flags_of(t, 0) & DY_SENT_HEADING);
}

static void bylines(void **state)
{
    (void)state;
    const char *t = "By Jane Doe and John Roe\n\nChina said on Monday it would act.\n\n"
                    "Choe Sang-Hun contributed reporting from Seoul.\n\n"
                    "(Reporting by Ben Blanchard; Editing by Tom Hogue)\n";
    SPLIT(t, "By Jane Doe and John Roe", "China said on Monday it would act.",
          "Choe Sang-Hun contributed reporting from Seoul.",
          "(Reporting by Ben Blanchard; Editing by Tom Hogue)");
    assert_true(flags_of(t, 0) & DY_SENT_BYLINE);
    assert_false(flags_of(t, 1) & DY_SENT_NOT_CODED);
    assert_true(flags_of(t, 2) & DY_SENT_BYLINE);
    assert_true(flags_of(t, 3) & DY_SENT_BYLINE);
    /* "By" followed by ordinary words is a sentence */
    assert_false(flags_of("By contrast, Gondor refused.\n\nArnor left.", 0) & DY_SENT_BYLINE);
}

static void datelines(void **state)
{
    (void)state;
    const char *t = "Arnor left.\n\n(June 19, 2019)";
    SPLIT(t, "Arnor left.", "(June 19, 2019)");
    assert_true(flags_of(t, 1) & DY_SENT_DATELINE);
    const char *w = "BEIJING (Reuters) - China said on Monday it would retaliate. Markets fell.";
    SPLIT(w, "BEIJING (Reuters) -", "China said on Monday it would retaliate.", "Markets fell.");
    assert_true(flags_of(w, 0) & DY_SENT_DATELINE);
    assert_false(flags_of(w, 1) & DY_SENT_DATELINE);
    const char *p = "PYONGYANG, North Korea (AP) \xE2\x80\x94 Kim met Xi.";
    SPLIT(p, "PYONGYANG, North Korea (AP) \xE2\x80\x94", "Kim met Xi.");
    /* an acronym opening a sentence is not a dateline */
    SPLIT("UN chief Guterres - who spoke - left. He flew home.",
          "UN chief Guterres - who spoke - left.", "He flew home.");
}

static void quote_and_paragraph_flags(void **state)
{
    (void)state;
    const char *t = "First one.\r\n\r\n\xE2\x80\x9CSecond,\xE2\x80\x9D he said. Third.\r\n";
    SPLIT(t, "First one.", "\xE2\x80\x9CSecond,\xE2\x80\x9D he said.", "Third.");
    assert_true(flags_of(t, 0) & DY_SENT_PARA);
    assert_true(flags_of(t, 1) & DY_SENT_PARA);
    assert_true(flags_of(t, 1) & DY_SENT_QUOTE);
    assert_false(flags_of(t, 2) & (DY_SENT_PARA | DY_SENT_QUOTE));
}

static void runaway_text_is_cut(void **state)
{
    (void)state;
    size_t n = 50000;
    char *t = malloc(n + 1);
    for (size_t i = 0; i < n; i++)
        t[i] = i % 7 == 6 ? ' ' : 'a';
    t[n] = 0;
    dy_sentences sv = DY_SENTENCES_INIT;
    dy_split(t, n, &sv);
    assert_true(sv.n >= 7);
    size_t covered = 0;
    for (size_t i = 0; i < sv.n; i++) {
        assert_true(sv.v[i].end - sv.v[i].start <= DY_SENT_MAX_BYTES);
        if (i + 1 < sv.n)
            assert_true(sv.v[i].flags & DY_SENT_CUT);
        covered += sv.v[i].end - sv.v[i].start;
    }
    assert_true(covered >= n - sv.n);  /* only the spaces at the cuts are left out */
    /* no white space at all: cut at a character boundary */
    for (size_t i = 0; i + 2 < n; i += 3)
        memcpy(t + i, "\xC3\xA9", 2), t[i + 2] = 'x';
    dy_split(t, n, &sv);
    for (size_t i = 0; i < sv.n; i++)
        assert_true(((unsigned char)t[sv.v[i].start] & 0xC0) != 0x80);
    dy_sentences_free(&sv);
    free(t);
}

static void empty_and_blank_text(void **state)
{
    (void)state;
    dy_sentences sv = DY_SENTENCES_INIT;
    assert_int_equal(dy_split("", 0, &sv), 0);
    assert_int_equal(dy_split(" \n\n \t\r\n", 7, &sv), 0);
    assert_int_equal(dy_split("...", 3, &sv), 1);
    dy_sentences_free(&sv);
}

static void story_marked_as_one_sentence(void **state)
{
    (void)state;
    dy_story s;
    memset(&s, 0, sizeof s);
    s.kind = DY_RECORD_STORY;
    s.text = "  Arnor met the U.S. Gondor envoy. Then it left.\n";
    s.text_len = strlen(s.text);
    s.sentence_flag = 1;
    dy_sentences sv = DY_SENTENCES_INIT;
    assert_int_equal(dy_split_story(&s, &sv), 1);
    assert_int_equal(sv.v[0].start, 2);
    assert_int_equal(sv.v[0].end, s.text_len - 1);
    s.sentence_flag = -1;
    assert_int_equal(dy_split_story(&s, &sv), 2);
    dy_sentences_free(&sv);
}

static void flag_names(void **state)
{
    (void)state;
    char buf[64];
    dy_sent_flags_format(0, buf, sizeof buf);
    assert_string_equal(buf, "-");
    dy_sent_flags_format(DY_SENT_HEADING | DY_SENT_PARA, buf, sizeof buf);
    assert_string_equal(buf, "heading,para");
    dy_sent_flags_format(DY_SENT_BYLINE | DY_SENT_QUOTE | DY_SENT_CUT, buf, 12);
    assert_string_equal(buf, "byline");
    assert_true(dy_abbrev_tables_sorted());
    assert_int_equal(dy_abbrev_find("Mass", 4), DY_ABBR_GENERAL);
    assert_int_equal(dy_abbrev_find("mass", 4), DY_ABBR_NONE);
    assert_int_equal(dy_abbrev_find("ETC", 3), DY_ABBR_GENERAL);
}

/* The sentence i of the Xi article, for messages. */
static int sent_is(const char *t, const dy_sentences *sv, size_t i, const char *begin, const char *end)
{
    const dy_sentence *x = &sv->v[i - 1];
    size_t n = x->end - x->start, b = strlen(begin), e = strlen(end);
    return n >= b && n >= e && !memcmp(t + x->start, begin, b) && !memcmp(t + x->end - e, end, e);
}

/*
 * The article has 27 paragraphs of prose holding 39 sentences (counted by
 * hand), 3 section titles, a contributor line and a final dateline: 44 units.
 */
static void xi_article(void **state)
{
    (void)state;
    size_t len;
    char *t = dyad_slurp("../shared/examples/xi-pyongyang-2019-06-19.txt", &len);
    assert_non_null(t);
    dy_sentences sv = DY_SENTENCES_INIT;
    assert_int_equal(dy_split(t, len, &sv), 44);
    size_t prose = 0;
    for (size_t i = 0; i < sv.n; i++)
        prose += !(sv.v[i].flags & (DY_SENT_HEADING | DY_SENT_NOT_CODED));
    assert_int_equal(prose, 39);
    assert_true(sv.v[7].flags & DY_SENT_HEADING);
    assert_true(sent_is(t, &sv, 8, "What to Expect From the Meeting", "Meeting"));
    assert_true(sv.v[17].flags & DY_SENT_HEADING);
    assert_true(sv.v[31].flags & DY_SENT_HEADING);
    assert_true(sv.v[42].flags & DY_SENT_BYLINE);
    assert_true(sent_is(t, &sv, 43, "Choe Sang-Hun", "South Korea."));
    assert_true(sv.v[43].flags & DY_SENT_DATELINE);
    assert_true(sent_is(t, &sv, 44, "(June 19, 2019)", ")"));
    /* the tricky ones */
    assert_true(sent_is(t, &sv, 2, "Unofficially", "President Donald Trump."));          /* --  */
    assert_true(sent_is(t, &sv, 12, "At the United Nations", "earlier sanctions."));    /* U.S. request */
    assert_true(sent_is(t, &sv, 17, "Andrei Lankov", "\xE2\x80\x9C" "excessively specific.\xE2\x80\x9D"));
    assert_true(sent_is(t, &sv, 20, "In recent weeks", "trade terms."));                 /* $200 billion */
    assert_true(sent_is(t, &sv, 23, "\xE2\x80\x9CHe is sending", "mistreat China.\xE2\x80\x9D"));
    assert_true(sent_is(t, &sv, 30, "\xE2\x80\x9CI am sure", "Lu added."));              /* China-U.S. */
    assert_true(sent_is(t, &sv, 36, "And his country", "in a decade."));                 /* U.N. agencies */
    assert_true(sent_is(t, &sv, 38, "The Chinese effectively", "further punishment.")); /* U.N. Security */
    assert_true(sent_is(t, &sv, 39, "And in his Wednesday", "\xE2\x80\x9Creasonable.\xE2\x80\x9D"));
    assert_true(sv.v[38].flags & DY_SENT_QUOTE);
    assert_true(sent_is(t, &sv, 42, "\xE2\x80\x9CIn return", "China.\xE2\x80\x9D"));
    dy_sentences_free(&sv);
    free(t);
}

DYAD_TEST_GROUP(text_split,
    cmocka_unit_test(titles_and_abbreviations),
    cmocka_unit_test(initials),
    cmocka_unit_test(months),
    cmocka_unit_test(money_and_numbers),
    cmocka_unit_test(quotes_close_the_sentence),
    cmocka_unit_test(dashes_do_not_split),
    cmocka_unit_test(ellipses),
    cmocka_unit_test(headings),
    cmocka_unit_test(hard_wrapped_lines_are_one_sentence),
    cmocka_unit_test(bylines),
    cmocka_unit_test(datelines),
    cmocka_unit_test(quote_and_paragraph_flags),
    cmocka_unit_test(runaway_text_is_cut),
    cmocka_unit_test(empty_and_blank_text),
    cmocka_unit_test(story_marked_as_one_sentence),
    cmocka_unit_test(flag_names),
    cmocka_unit_test(xi_article))
