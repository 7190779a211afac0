/*
 * sentence.h — test helper: a sentence of space-separated Penn-style
 * tokens ("China 's army wo n't attack .") as dy_leaf values, the way the
 * tokenizer hands them to the analyser (text, upper form, byte spans).
 */
#ifndef DYAD_TESTS_SENTENCE_H
#define DYAD_TESTS_SENTENCE_H

#include <ctype.h>
#include <string.h>

#include "lang/tree.h"

#define SENTENCE_MAX 512

typedef struct sentence {
    char text[8192];        /* the tokens, NUL-separated */
    char upper[8192];
    dy_leaf leaf[SENTENCE_MAX];
    size_t n;
} sentence;

/* Split s at spaces into s->leaf[0..n). */
static inline void sentence_set(sentence *out, const char *s)
{
    size_t len = strlen(s);
    if (len >= sizeof out->text)
        len = sizeof out->text - 1;
    memcpy(out->text, s, len);
    out->text[len] = 0;
    out->n = 0;
    size_t i = 0;
    while (i < len && out->n < SENTENCE_MAX) {
        while (i < len && out->text[i] == ' ')
            out->text[i++] = 0;
        if (i >= len)
            break;
        size_t start = i;
        while (i < len && out->text[i] != ' ')
            i++;
        dy_leaf *l = &out->leaf[out->n++];
        memset(l, 0, sizeof *l);
        l->text = out->text + start;
        l->len = (uint32_t)(i - start);
        for (size_t k = start; k < i; k++)
            out->upper[k] = (char)toupper((unsigned char)out->text[k]);
        out->upper[i] = 0;
        l->upper = out->upper + start;
        l->ulen = l->len;
        l->start = (int32_t)start;
        l->end = (int32_t)i;
    }
    for (size_t k = 0; k < out->n; k++)
        out->text[out->leaf[k].end] = 0;
}

#endif
