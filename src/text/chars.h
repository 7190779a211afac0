/*
 * chars.h — byte classes shared by the splitter and the tokenizer (internal
 * to src/text/). A table lookup per byte keeps the hot loops branch-light.
 */
#ifndef DY_TEXT_CHARS_H
#define DY_TEXT_CHARS_H

#include <stdint.h>

enum {
    DY_C_SPACE = 1 << 0,    /* space, tab, CR, LF, VT, FF */
    DY_C_UPPER = 1 << 1,    /* A-Z */
    DY_C_LOWER = 1 << 2,    /* a-z */
    DY_C_DIGIT = 1 << 3,    /* 0-9 */
    DY_C_HIGH = 1 << 4,     /* 0x80-0xFF: part of a multi-byte character */
    DY_C_PUNCT = 1 << 5,    /* ASCII punctuation and symbols */
    DY_C_CTRL = 1 << 6      /* other control characters, NUL, DEL */
};

#define DY_C_ALPHA (DY_C_UPPER | DY_C_LOWER)
#define DY_C_ALNUM (DY_C_UPPER | DY_C_LOWER | DY_C_DIGIT)

extern const uint8_t dy_char_class[256];

static inline int dy_is(unsigned char c, int cls)
{
    return (dy_char_class[c] & cls) != 0;
}

#endif
