/*
 * split.h — the sentence splitter, made for news text.
 *
 * Given a story's text it finds the sentences as byte spans [start, end)
 * into that text (white space trimmed), each with flags saying what kind of
 * unit it is. Rules (docs/text.md has the full list with examples):
 *
 *   - a blank line always ends a unit; a single newline is a space, except
 *     after a short title-like line (a heading in one-paragraph-per-line text);
 *   - . ! ? … end a sentence when followed by white space and something that
 *     can start one; closing quotes and brackets after them belong to the
 *     sentence ("… “reasonable.”");
 *   - abbreviations and initials do not end a sentence (Mr., Gen., U.S.,
 *     George W. Bush, Jan. 5, No. 2), nor do decimals and amounts (3.5%,
 *     $200 billion); "--", dashes and ellipses inside a sentence do not;
 *   - a short unit without final punctuation is a HEADING; "By ..." lines and
 *     "... contributed reporting" lines are BYLINEs; a line that is only a
 *     date ("(June 19, 2019)") and a wire prefix ("BEIJING (Reuters) -") are
 *     DATELINEs. Bylines and datelines are not to be coded.
 *
 * No allocation per sentence: the result goes into a dy_sentences vector the
 * caller keeps and reuses.
 */
#ifndef DY_TEXT_SPLIT_H
#define DY_TEXT_SPLIT_H

#include <stddef.h>
#include <stdint.h>

#include "text/story.h"

enum {
    DY_SENT_HEADING = 1 << 0,   /* heading or section title, no final punctuation */
    DY_SENT_BYLINE = 1 << 1,    /* "By Jane Doe", "X contributed reporting": not coded */
    DY_SENT_DATELINE = 1 << 2,  /* "(June 19, 2019)", "BEIJING (Reuters) -": not coded */
    DY_SENT_QUOTE = 1 << 3,     /* contains a direct quotation */
    DY_SENT_PARA = 1 << 4,      /* first unit of a paragraph */
    DY_SENT_CUT = 1 << 5        /* cut at DY_SENT_MAX_BYTES: the text ran on without an end */
};

/* Units that carry no events. */
#define DY_SENT_NOT_CODED (DY_SENT_BYLINE | DY_SENT_DATELINE)

/* A sentence longer than this is cut (at white space) and flagged DY_SENT_CUT. */
#define DY_SENT_MAX_BYTES 8192

typedef struct dy_sentence {
    uint32_t start;     /* first byte */
    uint32_t end;       /* one past the last byte */
    uint32_t flags;     /* DY_SENT_* */
} dy_sentence;

typedef struct dy_sentences {
    dy_sentence *v;
    size_t n;
    size_t cap;
} dy_sentences;

#define DY_SENTENCES_INIT {NULL, 0, 0}

size_t dy_split(const char *text, size_t len, dy_sentences *out);
size_t dy_split_story(const dy_story *s, dy_sentences *out);
void dy_sentences_free(dy_sentences *s);
size_t dy_sent_flags_format(uint32_t flags, char *buf, size_t size);

#endif
