/*
 * read_text.c — plain text input: the whole file (or stdin) is one story.
 */
#include "text/reader_impl.h"

#include <string.h>

#include "text/utf8.h"

/* Is p[0..n) only white space? */
static int blank(const char *p, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (p[i] != ' ' && p[i] != '\t' && p[i] != '\n' && p[i] != '\r' && p[i] != '\f' &&
            p[i] != '\v')
            return 0;
    return 1;
}

/* Report invalid UTF-8 in a plain text story; the bytes stay (offsets are file offsets). */
static void check_utf8(dy_reader *r, const dy_story *s)
{
    size_t first = 0, bad = dy_utf8_check(s->text, s->text_len, &first);
    if (!bad)
        return;
    dy_diagf(r->diag, DY_ERROR, r->path, 1 + dy_count_lines(s->text, first),
             "story %s: invalid UTF-8 at byte %zu (%zu bad sequence%s), read as U+FFFD", s->id,
             first, bad, bad == 1 ? "" : "s");
}

/*
 * Deliver the file as one story (the first call), then nothing. An empty
 * or blank file, or one larger than max_record, gives an error record.
 */
int dy_read_text_next(dy_reader *r, dy_story *s, dy_arena *a)
{
    if (r->records)
        return 0;
    size_t max = r->opts.max_record;
    while (dy_input_avail(&r->in) <= max && dy_input_more(&r->in, max))
        ;
    if (r->in.error)
        return 0;  /* reported by dy_reader_next */
    size_t n = dy_input_avail(&r->in);
    const char *p = dy_input_data(&r->in);
    if (n > max) {
        dy_reader_error(r, s, a, 1, r->name, "story is larger than the limit of %zu bytes", max);
        return 1;
    }
    if (n >= 3 && !memcmp(p, "\xEF\xBB\xBF", 3)) {  /* a byte order mark is not text */
        p += 3;
        n -= 3;
    }
    if (n == 0 || blank(p, n)) {
        dy_reader_error(r, s, a, 1, r->name, n ? "no text (only white space)" : "empty file");
        return 1;
    }
    dy_story_init(s, r, a, 1);
    s->id = dy_arena_strdup(a, r->name);
    char *text = dy_arena_strndup(a, p, n);
    dy_reader_fix_nuls(r, text, n, 1, s->id);
    s->text = text;
    s->text_len = n;
    check_utf8(r, s);
    dy_reader_set_date(r, s);
    return 1;
}
