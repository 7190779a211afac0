/*
 * tagger.h — part-of-speech tagging of one tokenized sentence.
 *
 * Two steps. guess.c gives every token its candidate tags: punctuation by
 * its character, numbers by shape, words from the lexicon (and from
 * capitalisation, suffixes and hyphens when the lexicon does not know
 * them, which in news is mostly names). tagger.c then picks one tag per
 * token with hand-written context rules, left to right, keeping track of
 * whether the current clause already has its finite verb — the decision
 * the phrase analyser depends on most.
 *
 * The tagger was written from English grammar and news style; it is not
 * trained on any corpus, and in particular not on the validation suite.
 */
#ifndef DY_LANG_TAGGER_H
#define DY_LANG_TAGGER_H

#include <stddef.h>
#include <stdint.h>

#include "lang/lexicon.h"
#include "lang/tree.h"

/* Shape of a token (dy_tword.shape). */
enum {
    DY_TW_CAP = 1 << 0,       /* first letter upper case */
    DY_TW_ALLCAPS = 1 << 1,   /* two or more letters, all upper case */
    DY_TW_INITIAL = 1 << 2,   /* first word of the sentence (or of a quote) */
    DY_TW_NUMBER = 1 << 3,    /* starts with a digit */
    DY_TW_PUNCT = 1 << 4,     /* punctuation or symbol */
    DY_TW_HYPHEN = 1 << 5,    /* has an inner hyphen */
    DY_TW_UNKNOWN = 1 << 6,   /* the lexicon does not know it */
    DY_TW_NOCASE = 1 << 7     /* the sentence is in capitals: case says nothing */
};

/* A token being tagged. */
typedef struct dy_tword {
    const dy_leaf *leaf;  /* the input token */
    dy_lexinfo lex;       /* what the lexicon says */
    uint64_t cand;        /* candidate tags, DY_TAGBIT() */
    uint16_t tag;         /* the chosen tag */
    uint16_t shape;       /* DY_TW_* */
} dy_tword;

void dy_guess_candidates(dy_tword *w, size_t n, dy_lexcache *cache);
uint16_t dy_guess_best(const dy_tword *w);
void dy_tag_words(dy_tword *w, size_t n, dy_lexcache *cache);
const char *dy_tword_lemma(const dy_tword *w);

#endif
