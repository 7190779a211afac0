/*
 * discards.c — reading a discards file (CODING-RULES §2.10).
 *
 *   PHRASE        a sentence containing it is not coded (a stem match)
 *   +PHRASE       a story containing it is not coded at all
 *   PHRASE_       the phrase must end at a word boundary
 */
#include "dict/build.h"

#include <string.h>

#include "base/buf.h"
#include "dict/lines.h"

static void discard_line(dy_builder *b, long line, const char *s, size_t n)
{
    int story = 0, boundary = 0;
    if (s[0] == '+') {
        story = 1;
        s++;
        n--;
        dy_trim(&s, &n);
    }
    if (n && s[n - 1] == '_') {
        boundary = 1;
        while (n && (s[n - 1] == '_' || dy_is_blank((unsigned char)s[n - 1])))
            n--;
    }
    /* the text: upper case, `_` and blank runs become one space */
    dy_buf t = DY_BUF_INIT;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '_' || dy_is_blank(c)) {
            if (t.len && t.data[t.len - 1] != ' ')
                dy_buf_addc(&t, ' ');
        } else {
            dy_buf_addc(&t, (char)(c >= 'a' && c <= 'z' ? c - 32 : c));
        }
    }
    if (t.len == 0) {
        dy_b_report(b, DY_ERROR, line, "discard without a phrase");
        b->stats.skipped_lines++;
        dy_buf_free(&t);
        return;
    }
    size_t k = dy_b_split(b, t.data, t.len, NULL);
    dy_discard *d = DY_PUSH(b, discard);
    d->text = dy_b_str(b, t.data, t.len);
    d->phrase = dy_b_phrase(b, b->tmpw, NULL, k, boundary ? DY_PHRASE_TRAILING_ADJ : 0);
    d->line = (uint32_t)line;
    d->file = b->cur_file;
    d->story = (uint8_t)story;
    d->boundary = (uint8_t)boundary;
    b->stats.discards++;
    dy_buf_free(&t);
}

/* Read a discards file (the current file of b). */
void dy_load_discards(dy_builder *b, const char *text, size_t len)
{
    dy_lines r;
    dy_lines_init(&r, text, len, 0);
    while (dy_lines_next(&r))
        discard_line(b, r.lineno, r.text, r.len);
}
