/*
 * utf8.h — UTF-8 decoding and validation, with invalid bytes shown as U+FFFD.
 *
 * "Invalid" follows the Unicode standard: overlong forms, surrogates, code
 * points above U+10FFFF, stray continuation bytes and truncated sequences.
 * Each maximal invalid subpart counts as one replacement (what browsers do).
 */
#ifndef DY_TEXT_UTF8_H
#define DY_TEXT_UTF8_H

#include <stddef.h>
#include <stdint.h>

#include "base/buf.h"

#define DY_UTF8_REPLACEMENT "\xEF\xBF\xBD"

int dy_utf8_decode(const unsigned char *p, const unsigned char *end, uint32_t *cp);
size_t dy_utf8_check(const char *s, size_t n, size_t *first_bad);
size_t dy_utf8_sanitize(dy_buf *b, const char *s, size_t n);

#endif
