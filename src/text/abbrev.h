/*
 * abbrev.h — what the splitter and tokenizer know about English news
 * abbreviations (internal to src/text/).
 */
#ifndef DY_TEXT_ABBREV_H
#define DY_TEXT_ABBREV_H

#include <stddef.h>

typedef enum dy_abbrev {
    DY_ABBR_NONE = 0,
    DY_ABBR_TITLE,      /* Mr. Gen. Sen. Dr.: a name follows, never a sentence end */
    DY_ABBR_MONTH,      /* Jan. Sept.: no end before a day number */
    DY_ABBR_NUMBERED,   /* No. Vol. Art.: no end before a number */
    DY_ABBR_INNER,      /* vs. e.g. i.e. cf.: never ends a sentence */
    DY_ABBR_GENERAL     /* Inc. Corp. U.S. a.m. Calif.: may end one */
} dy_abbrev;

dy_abbrev dy_abbrev_find(const char *w, size_t n);
int dy_is_sentence_starter(const char *w, size_t n);
int dy_abbrev_tables_sorted(void);

#endif
