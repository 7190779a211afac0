/*
 * utf8.c — UTF-8 decoding by the Unicode rules (Table 3-7 of the standard),
 * counting each maximal invalid subpart as one replacement.
 */
#include "text/utf8.h"

/*
 * Decode one character at p (p < end). Returns its length (1..4) and sets
 * *cp, or, for invalid input, returns minus the length of the maximal
 * invalid subpart (-1..-3) and sets *cp to U+FFFD.
 */
int dy_utf8_decode(const unsigned char *p, const unsigned char *end, uint32_t *cp)
{
    unsigned c = p[0];
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    *cp = 0xFFFD;
    int need;
    unsigned lo = 0x80, hi = 0xBF;  /* allowed range of the second byte */
    if (c >= 0xC2 && c <= 0xDF) {
        need = 1;
    } else if (c >= 0xE0 && c <= 0xEF) {
        need = 2;
        if (c == 0xE0) lo = 0xA0;
        if (c == 0xED) hi = 0x9F;  /* no surrogates */
    } else if (c >= 0xF0 && c <= 0xF4) {
        need = 3;
        if (c == 0xF0) lo = 0x90;
        if (c == 0xF4) hi = 0x8F;  /* nothing above U+10FFFF */
    } else {
        return -1;
    }
    uint32_t v = c & (0x3F >> need);
    for (int i = 1; i <= need; i++) {
        if (p + i >= end)
            return -i;
        unsigned b = p[i];
        unsigned l = i == 1 ? lo : 0x80, h = i == 1 ? hi : 0xBF;
        if (b < l || b > h)
            return -i;
        v = (v << 6) | (b & 0x3F);
    }
    *cp = v;
    return need + 1;
}

/*
 * Count the invalid subparts in s[0..n). If there is any, *first_bad (when
 * not NULL) gets the byte offset of the first. The ASCII fast path makes
 * this cheap on ordinary English text.
 */
size_t dy_utf8_check(const char *s, size_t n, size_t *first_bad)
{
    const unsigned char *p = (const unsigned char *)s, *end = p + n;
    size_t bad = 0;
    while (p < end) {
        if (*p < 0x80) {
            p++;
            continue;
        }
        uint32_t cp;
        int k = dy_utf8_decode(p, end, &cp);
        if (k < 0) {
            if (bad++ == 0 && first_bad)
                *first_bad = (size_t)(p - (const unsigned char *)s);
            k = -k;
        }
        p += k;
    }
    return bad;
}

/*
 * Append s[0..n) to b with every invalid subpart replaced by U+FFFD.
 * Returns the number of replacements.
 */
size_t dy_utf8_sanitize(dy_buf *b, const char *s, size_t n)
{
    const unsigned char *p = (const unsigned char *)s, *end = p + n, *run = p;
    size_t bad = 0;
    dy_buf_reserve(b, n);
    while (p < end) {
        if (*p < 0x80) {
            p++;
            continue;
        }
        uint32_t cp;
        int k = dy_utf8_decode(p, end, &cp);
        if (k > 0) {
            p += k;
            continue;
        }
        dy_buf_add(b, run, (size_t)(p - run));
        dy_buf_add(b, DY_UTF8_REPLACEMENT, 3);
        bad++;
        p += -k;
        run = p;
    }
    dy_buf_add(b, run, (size_t)(p - run));
    return bad;
}
