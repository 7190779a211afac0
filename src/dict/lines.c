/*
 * lines.c — line reader with the dictionaries' comment rules (lines.h).
 */
#include "dict/lines.h"

#include <string.h>

/* Space, tab, CR, vertical tab, form feed (not newline: lines end there). */
int dy_is_blank(int c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f';
}

/* Shrink s[0..n) by blanks at both ends. */
void dy_trim(const char **s, size_t *n)
{
    while (*n && dy_is_blank((unsigned char)**s)) {
        (*s)++;
        (*n)--;
    }
    while (*n && dy_is_blank((unsigned char)(*s)[*n - 1]))
        (*n)--;
}

/* Copy n bytes upper-casing ASCII letters (other bytes unchanged); returns n. */
size_t dy_upper_copy(char *dst, const char *src, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)src[i];
        dst[i] = (char)(c >= 'a' && c <= 'z' ? c - 32 : c);
    }
    return n;
}

/* Start reading text[0..len). */
void dy_lines_init(dy_lines *r, const char *text, size_t len, int flags)
{
    memset(r, 0, sizeof *r);
    r->p = text;
    r->end = text + len;
    r->flags = flags;
}

static const char *find2(const char *s, const char *end, const char *pat)
{
    size_t k = strlen(pat);
    for (; s + k <= end; s++)
        if (memcmp(s, pat, k) == 0)
            return s;
    return NULL;
}

/* Remove comments from line[0..n): returns the new length. Updates the
 * multi-line <!-- state. */
static size_t strip_comments(dy_lines *r, const char *s, size_t n)
{
    const char *end = s + n;
    if (r->in_comment) {
        const char *close = find2(s, end, "-->");
        if (!close)
            return 0;
        r->in_comment = 0;
        /* text after --> on the closing line is ignored like the reference */
        return 0;
    }
    const char *lead = s;
    while (lead < end && dy_is_blank((unsigned char)*lead))
        lead++;
    if (end - lead >= 2 && lead[0] == '<' && lead[1] == '!') {
        if (end - lead >= 4 && memcmp(lead, "<!--", 4) == 0 && !find2(lead + 4, end, "-->"))
            r->in_comment = 1;
        return 0;
    }
    /* a # inside [...] is part of a code: TABARI's [###] */
    int in_code = 0;
    for (const char *q = s; q < end; q++) {
        if (*q == '[')
            in_code = 1;
        else if (*q == ']')
            in_code = 0;
        else if (!in_code && (*q == '#' || (*q == ';' && (r->flags & DY_LINES_SEMICOLON))))
            return (size_t)(q - s);
    }
    return n;
}

/*
 * Advance to the next line that has text once comments are removed.
 * Returns 1 with r->text/len/lineno/indented set, or 0 at the end.
 */
int dy_lines_next(dy_lines *r)
{
    while (r->p < r->end) {
        const char *s = r->p;
        const char *nl = memchr(s, '\n', (size_t)(r->end - s));
        const char *e = nl ? nl : r->end;
        r->p = nl ? nl + 1 : r->end;
        r->lineno++;
        size_t n = strip_comments(r, s, (size_t)(e - s));
        r->indented = n > 0 && dy_is_blank((unsigned char)s[0]);
        dy_trim(&s, &n);
        if (n == 0)
            continue;
        r->text = s;
        r->len = n;
        return 1;
    }
    return 0;
}
