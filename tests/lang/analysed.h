/*
 * analysed.h — test helpers: a sentence of space-separated tokens (see
 * sentence.h) tagged, or tagged and analysed, and printed on one line, so
 * that a test can compare it with the string it expects. The analyser
 * must give a tree: that is asserted (cmocka; include testutil.h first).
 */
#ifndef DYAD_TESTS_ANALYSED_H
#define DYAD_TESTS_ANALYSED_H

#include <stdio.h>
#include <string.h>

#include "base/arena.h"
#include "base/buf.h"
#include "lang/analyse.h"
#include "text/token.h"
#include "sentence.h"

/* The tree of s in one-line Penn form (a static buffer, valid until the next call). */
static inline const char *analysed_tree(const char *s)
{
    static sentence sent;
    static dy_buf out;
    sentence_set(&sent, s);
    dy_arena arena;
    dy_arena_init(&arena, 0);
    dy_analyser *a = dy_analyser_new();
    dy_tree t;
    assert_int_equal(dy_analyse(a, sent.leaf, sent.n, &arena, &t), 0);
    dy_buf_clear(&out);
    dy_tree_to_penn(&t, t.root, &out);
    dy_analyser_free(a);
    dy_arena_free(&arena);
    return out.data;
}

/*
 * The tree of one sentence of raw text, tokenized as dyad code does (so
 * curly quotes, "$300" and "Xi's" come out as the tokenizer gives them).
 */
static inline const char *analysed_text_tree(const char *text)
{
    static dy_leaf leaf[SENTENCE_MAX];
    static dy_buf out;
    dy_tokens tv = DY_TOKENS_INIT;
    dy_tokenize(text, 0, strlen(text), &tv);
    size_t n = tv.n < SENTENCE_MAX ? tv.n : SENTENCE_MAX;
    dy_arena arena;
    dy_arena_init(&arena, 0);
    for (size_t i = 0; i < n; i++) {
        const dy_token *t = &tv.v[i];
        memset(&leaf[i], 0, sizeof leaf[i]);
        leaf[i].text = text + t->start;
        leaf[i].len = t->end - t->start;
        leaf[i].upper = dy_arena_strndup(&arena, dy_token_norm(&tv, i), t->norm_len);
        leaf[i].ulen = t->norm_len;
        leaf[i].start = (int32_t)t->start;
        leaf[i].end = (int32_t)t->end;
    }
    dy_analyser *a = dy_analyser_new();
    dy_tree t;
    assert_int_equal(dy_analyse(a, leaf, n, &arena, &t), 0);
    dy_buf_clear(&out);
    dy_tree_to_penn(&t, t.root, &out);
    dy_analyser_free(a);
    dy_arena_free(&arena);
    dy_tokens_free(&tv);
    return out.data;
}

/* The tags of s as "word/TAG word/TAG ..." (a static buffer). */
static inline const char *analysed_tags(const char *s)
{
    static sentence sent;
    static char out[8192];
    sentence_set(&sent, s);
    dy_analyser *a = dy_analyser_new();
    dy_analyser_tag(a, sent.leaf, sent.n);
    dy_analyser_free(a);
    size_t len = 0;
    out[0] = 0;
    for (size_t i = 0; i < sent.n && len + 64 < sizeof out; i++)
        len += (size_t)snprintf(out + len, sizeof out - len, "%s%s/%s", i ? " " : "",
                                sent.leaf[i].text, dy_label_name(sent.leaf[i].tag));
    return out;
}

#endif
