/*
 * issues.c — issue annotation of a sentence's events.
 *
 * An issues file lists phrases with an issue code ("n:school [SCHOOLS]");
 * every phrase found in the sentence counts once for its code, and the
 * events of the sentence carry "CODE count, CODE count" in order of first
 * appearance. A `~` phrase found anywhere cancels issue coding for the
 * sentence (e.g. "a head start" is not about early education). Issues only
 * annotate events; they never make or remove one.
 */
#include "lang/tree.h"
#include "code/issues.h"

#include <stdio.h>
#include <string.h>

#define MAX_CODES 32

/* Does phrase p match the leaves from i on (consecutive words)? */
static int matches_at(const dy_dict *d, const dy_sent *s, uint32_t p, int32_t i)
{
    size_t n;
    const dy_word *w = dy_dict_phrase_words(d, p, &n);
    if (i + (int32_t)n > s->t->nleaf)
        return 0;
    for (size_t k = 0; k < n; k++)
        if (s->wid[i + (int32_t)k] != w[k])
            return 0;
    return 1;
}

/*
 * The issues string of the sentence in s (word ids filled in), "" if
 * none; allocated in the sentence's arena.
 */
const char *dy_code_issues(const dy_dict *d, const dy_sent *s)
{
    if (!d->nissues)
        return "";
    dy_str code[MAX_CODES];
    int count[MAX_CODES];
    int ncode = 0;
    for (int32_t i = 0; i < s->t->nleaf; i++) {
        size_t n;
        const uint32_t *items = dy_dict_index_at(d, &d->issue_index, s->wid[i], &n);
        for (size_t k = 0; k < n; k++) {
            const dy_issue *is = &d->issue[items[k]];
            if (!matches_at(d, s, is->phrase, i))
                continue;
            if (is->cancel)
                return "";
            int j = 0;
            while (j < ncode && code[j] != is->code)
                j++;
            if (j == ncode && ncode < MAX_CODES) {
                code[ncode] = is->code;
                count[ncode++] = 0;
            }
            if (j < ncode)
                count[j]++;
            break;
        }
    }
    if (!ncode)
        return "";
    dy_buf b = DY_BUF_INIT;
    for (int j = 0; j < ncode; j++)
        dy_buf_addf(&b, "%s%s %d", j ? ", " : "", dy_dict_str(d, code[j]), count[j]);
    const char *r = dy_arena_strndup(s->arena, b.data, b.len);
    dy_buf_free(&b);
    return r;
}
