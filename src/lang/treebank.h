/*
 * treebank.h — reading Penn Treebank bracketed parses into a dy_tree.
 *
 * This is the --parse input path: a parse such as the <Parse> elements of
 * the PETRARCH validation file,
 *
 *     (ROOT (S (NP (NNP Arnor)) (VP (VBD attacked) (NP (NNP Gondor))) (. .)))
 *
 * spread over any number of lines with any spacing, becomes the same tree
 * type that the raw-text analyser produces, so the coder runs one set of
 * rules on both. Leaves keep the word as written in the parse; their
 * `upper` form is upper-cased with Treebank escapes undone (-LRB- is "(",
 * `` and '' are '"'), and their byte spans are -1 until aligned with the
 * sentence text by dy_treebank_align().
 *
 * Bad input (unbalanced brackets, a word where a label belongs, text after
 * the tree) is refused with a message and a byte position; nothing is
 * built and nothing crashes.
 */
#ifndef DY_LANG_TREEBANK_H
#define DY_LANG_TREEBANK_H

#include <stddef.h>

#include "lang/tree.h"

/* Why and where a parse was refused. */
typedef struct dy_treebank_error {
    long pos;            /* byte offset in the parse string, -1 if none */
    const char *msg;     /* static text, e.g. "unbalanced parentheses" */
} dy_treebank_error;

int dy_treebank_read(dy_tree_builder *b, const char *s, size_t n, dy_tree *out,
                     dy_treebank_error *err);
int dy_treebank_align(dy_tree *t, const char *text, size_t n);
const char *dy_treebank_unescape(const char *word, size_t n, size_t *out_len);

#endif
