/*
 * lines.h — reading dictionary text line by line, comments removed.
 *
 * All the TABARI/PETRARCH files share the same comment rules: `#` to end of
 * line, `<!-- ... -->` blocks (which may span lines), lines starting `<!`
 * (a legacy one-line form such as `<! -- ... -->`), and in actor and verb
 * files a `;` to end of line. The reader hands out each line with its
 * number and the comment-free text, trimmed at both ends.
 */
#ifndef DY_DICT_LINES_H
#define DY_DICT_LINES_H

#include <stddef.h>
#include <stdint.h>

enum dy_lines_flag {
    DY_LINES_SEMICOLON = 1   /* `;` also starts a comment */
};

typedef struct dy_lines {
    const char *p, *end;
    long lineno;        /* number of the line last returned */
    int flags;
    int in_comment;     /* inside a <!-- block */
    /* the line last returned: text[0..len), not NUL-terminated */
    const char *text;
    size_t len;
    int indented;       /* it started with a blank (space or tab) */
} dy_lines;

void dy_lines_init(dy_lines *r, const char *text, size_t len, int flags);
int dy_lines_next(dy_lines *r);

/* Small text helpers shared by the loaders. */
int dy_is_blank(int c);
void dy_trim(const char **s, size_t *n);
size_t dy_upper_copy(char *dst, const char *src, size_t n);

#endif
