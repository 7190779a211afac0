/*
 * analyse.h — from the tokens of one sentence to a Penn-Treebank-like
 * phrase tree: tags, lemmas and phrases, with no external parser.
 *
 *   dy_analyser *a = dy_analyser_new();          (one per thread)
 *   dy_analyse(a, leaves, n, story_arena, &tree); (per sentence)
 *   dy_analyser_free(a);
 *
 * leaves[] are the sentence's tokens in order, with text, upper and byte
 * spans set (the tokenizer's Penn-style tokens: CHINA + 'S, WO + N'T,
 * punctuation separate); dy_analyse fills in each leaf's tag and lemma and
 * builds the tree in the arena. The tree has the shapes the coder expects
 * from a Treebank parse: base NPs, (NP (NP X 's) Y), NP + PP, coordinated
 * NPs, VPs nested per verb ((VP (MD will) (VP (VB visit) ..))), passive
 * VPs, to-infinitives, particles, SBAR clauses, reported speech, relative
 * clauses, appositives and comma insertions.
 *
 * The lexicon is read-only and shared; an analyser holds only scratch
 * buffers, reused so that steady-state analysis does not allocate. Use one
 * analyser per thread.
 */
#ifndef DY_LANG_ANALYSE_H
#define DY_LANG_ANALYSE_H

#include <stddef.h>

#include "base/arena.h"
#include "lang/tree.h"

typedef struct dy_analyser dy_analyser;

dy_analyser *dy_analyser_new(void);
void dy_analyser_free(dy_analyser *a);
void dy_analyser_tag(dy_analyser *a, dy_leaf *leaves, size_t n);
int dy_analyse(dy_analyser *a, dy_leaf *leaves, size_t n, dy_arena *arena, dy_tree *out);
int dy_analyse_tagged(dy_analyser *a, dy_leaf *leaves, size_t n, dy_arena *arena, dy_tree *out);

#endif
