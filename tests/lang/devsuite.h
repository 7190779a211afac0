/*
 * devsuite.h — walking the records of the PETRARCH validation file
 * (../shared/petrarch/validate/PETR.UnitTest.dev.xml) in tests and benches.
 *
 * Not an XML reader: it finds each <Sentence ...> element and the <Text>
 * and <Parse> inside it, which is all the language-layer tests need. The
 * file is read from ../shared at run time and never copied.
 */
#ifndef DYAD_TESTS_DEVSUITE_H
#define DYAD_TESTS_DEVSUITE_H

#include <string.h>

#define DEVSUITE_PATH "../shared/petrarch/validate/PETR.UnitTest.dev.xml"

typedef struct devsuite_record {
    const char *id;         /* points into the file: up to the closing quote */
    size_t id_len;
    const char *text;       /* <Text> contents */
    size_t text_len;
    const char *parse;      /* <Parse> contents */
    size_t parse_len;
} devsuite_record;

/* Inner text of the first <tag>...</tag> in [p, end), or NULL. */
static inline const char *devsuite_element(const char *p, const char *end, const char *open,
                                           const char *close, size_t *len)
{
    const char *a = strstr(p, open);
    if (!a || a >= end)
        return NULL;
    a += strlen(open);
    const char *b = strstr(a, close);
    if (!b || b > end)
        return NULL;
    *len = (size_t)(b - a);
    return a;
}

/*
 * The next <Sentence> record at or after *cursor in the NUL-terminated
 * file contents; advances *cursor. Returns 0 when there are no more.
 */
static inline int devsuite_next(const char **cursor, devsuite_record *r)
{
    const char *s = strstr(*cursor, "<Sentence ");
    if (!s)
        return 0;
    const char *end = strstr(s, "</Sentence>");
    if (!end)
        return 0;
    memset(r, 0, sizeof *r);
    const char *id = strstr(s, "id=\"");
    if (id && id < end) {
        r->id = id + 4;
        const char *q = strchr(r->id, '"');
        r->id_len = q ? (size_t)(q - r->id) : 0;
    }
    r->text = devsuite_element(s, end, "<Text>", "</Text>", &r->text_len);
    r->parse = devsuite_element(s, end, "<Parse>", "</Parse>", &r->parse_len);
    *cursor = end + 11;
    return 1;
}

#endif
