/*
 * lexicon.h — what dyad knows about an English word: its possible
 * part-of-speech tags, its lemma for each word class, word-class flags and
 * how often WordNet's sense-tagged corpus (SemCor) saw it as a noun, verb,
 * adjective or adverb.
 *
 * The table is compiled at build time (tools/gen-lexicon.c, lexdata.h) and
 * read-only, so every thread may call these functions at any time without
 * setup. Inflected forms that are not in the table ("attacked", "ties",
 * "restoring") are read through their lemma by the rules in morph.c.
 */
#ifndef DY_LANG_LEXICON_H
#define DY_LANG_LEXICON_H

#include <stddef.h>
#include <stdint.h>

#include "lang/lexdata.h"
#include "lang/tree.h"

/* The bit of a tag (a dy_label >= DY_FIRST_TAG) in a tag set. */
#define DY_TAGBIT(l) (1ull << ((unsigned)(l) - DY_FIRST_TAG))

#define DY_TAGS_NOUN (DY_TAGBIT(DY_NN) | DY_TAGBIT(DY_NNS) | DY_TAGBIT(DY_NNP) | DY_TAGBIT(DY_NNPS))
#define DY_TAGS_VERB (DY_TAGBIT(DY_VB) | DY_TAGBIT(DY_VBD) | DY_TAGBIT(DY_VBG) | \
                      DY_TAGBIT(DY_VBN) | DY_TAGBIT(DY_VBP) | DY_TAGBIT(DY_VBZ))
#define DY_TAGS_ADJ (DY_TAGBIT(DY_JJ) | DY_TAGBIT(DY_JJR) | DY_TAGBIT(DY_JJS))
#define DY_TAGS_ADV (DY_TAGBIT(DY_RB) | DY_TAGBIT(DY_RBR) | DY_TAGBIT(DY_RBS))

/* Everything the lexicon says about one word form. */
typedef struct dy_lexinfo {
    uint64_t tags;                      /* possible tags; 0 if the word is unknown */
    uint32_t flags;                     /* DY_LEX_*, including those of its lemma */
    const char *lemma[DY_LEX_NCLASS];   /* upper-case lemma per class; NULL: the word */
    uint16_t count[DY_LEX_NCLASS];      /* SemCor counts of the lemma per class */
    uint8_t pref;                       /* the likeliest tag, 0 if no preference */
} dy_lexinfo;

/*
 * A small per-thread cache of lookups: news vocabulary is skewed, so most
 * tokens are found here without touching the table or the inflection
 * rules. Zero-initialise it (or use dy_lexcache_new) before use.
 */
#define DY_LEXCACHE_SIZE 4096
#define DY_LEXCACHE_WORD 23

typedef struct dy_lexcache_entry {
    uint8_t len;                       /* 0: empty */
    char word[DY_LEXCACHE_WORD];
    dy_lexinfo info;
} dy_lexcache_entry;

typedef struct dy_lexcache {
    dy_lexcache_entry e[DY_LEXCACHE_SIZE];
} dy_lexcache;

const dy_lex_entry *dy_lex_find(const char *upper, size_t n);
void dy_lex_lookup_cached(dy_lexcache *c, const char *upper, size_t n, dy_lexinfo *out);
const char *dy_lex_word(const dy_lex_entry *e);
void dy_lex_lookup(const char *upper, size_t n, dy_lexinfo *out);
int dy_lex_phrasal(const char *verb_lemma, const char *particle);
int dy_lex_class_of_tag(int tag);

/* morph.c: readings of an inflected form through its lemma */
void dy_morph_inflect(const char *upper, size_t n, dy_lexinfo *info);

#endif
