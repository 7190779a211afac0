/*
 * analyse.c — the analyser object: tagging, then phrase analysis, then the
 * copy into a dy_tree (see analyse.h).
 */
#include "lang/analyse.h"
#include "lang/parse.h"
#include "base/mem.h"

#include <string.h>

struct dy_analyser {
    dy_lexcache cache;
    dy_tword *words;
    size_t words_cap;
    parser parser;
    dy_tree_builder builder;
};

/* A new analyser (scratch buffers only; the lexicon is shared). */
dy_analyser *dy_analyser_new(void)
{
    dy_analyser *a = dy_xcalloc(1, sizeof *a);
    dy_tree_builder_init(&a->builder, NULL);
    return a;
}

/* Release an analyser. Trees it built stay valid (they live in arenas). */
void dy_analyser_free(dy_analyser *a)
{
    if (!a)
        return;
    dy_free(a->words);
    dy_free(a->parser.node);
    dy_tree_builder_free(&a->builder);
    dy_free(a);
}

static dy_tword *words_for(dy_analyser *a, dy_leaf *leaves, size_t n)
{
    DY_GROW(a->words, a->words_cap, n + 1);
    for (size_t i = 0; i < n; i++)
        a->words[i].leaf = &leaves[i];
    return a->words;
}

static void store_tags(dy_tword *w, dy_leaf *leaves, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        leaves[i].tag = w[i].tag;
        leaves[i].lemma = dy_tword_lemma(&w[i]);
    }
}

/* Tag the n leaves of one sentence: sets each leaf's tag and lemma. */
void dy_analyser_tag(dy_analyser *a, dy_leaf *leaves, size_t n)
{
    dy_tword *w = words_for(a, leaves, n);
    dy_tag_words(w, n, &a->cache);
    store_tags(w, leaves, n);
}

static int parse_into(dy_analyser *a, dy_leaf *leaves, size_t n, dy_arena *arena, dy_tree *out)
{
    parser *p = &a->parser;
    pt_reset(p, a->words, n);
    a->builder.arena = arena;
    if (n == 0) {
        dy_tree_finish(&a->builder, out);
        return 0;
    }
    int32_t root = parse_sentence(p);
    return pt_emit(p, root, &a->builder, leaves, out);
}

/*
 * Tag the n leaves of one sentence and build its phrase tree *out in
 * arena. Returns 0; -1 if the analyser could not structure the sentence
 * and gave it a flat tree (which is still valid).
 */
int dy_analyse(dy_analyser *a, dy_leaf *leaves, size_t n, dy_arena *arena, dy_tree *out)
{
    dy_analyser_tag(a, leaves, n);
    return parse_into(a, leaves, n, arena, out);
}

/*
 * Like dy_analyse, but keep the tags already in leaves[i].tag (from a
 * Treebank parse, say) and only build the phrases; lemmas are filled in.
 */
int dy_analyse_tagged(dy_analyser *a, dy_leaf *leaves, size_t n, dy_arena *arena, dy_tree *out)
{
    dy_tword *w = words_for(a, leaves, n);
    dy_guess_candidates(w, n, &a->cache);
    for (size_t i = 0; i < n; i++) {
        uint16_t t = leaves[i].tag;
        w[i].tag = dy_label_is_tag((dy_label)t) ? t : dy_guess_best(&w[i]);
        leaves[i].lemma = dy_tword_lemma(&w[i]);
    }
    return parse_into(a, leaves, n, arena, out);
}
