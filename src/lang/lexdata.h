/*
 * lexdata.h — the layout of the compiled lexicon, shared by the generator
 * (tools/gen-lexicon.c, run at build time) and the library (lexicon.c).
 *
 * The generator merges WordNet (open-class words, irregular forms, SemCor
 * sense counts) with dyad's hand-written data/lang/words.txt into one
 * read-only open-addressing hash table, emitted as C arrays. Nothing is
 * built at run time, so the lexicon is shared by all threads for free.
 */
#ifndef DY_LANG_LEXDATA_H
#define DY_LANG_LEXDATA_H

#include <stddef.h>
#include <stdint.h>

/* Word classes (dy_lex_entry.flags). */
enum {
    DY_LEX_FIXED = 1u << 0,    /* closed class: no inflection read into it */
    DY_LEX_SAY = 1u << 1,      /* takes a clause without "that" */
    DY_LEX_CTL = 1u << 2,      /* takes NP + to-infinitive */
    DY_LEX_TIME = 1u << 3,     /* names a time */
    DY_LEX_SUB = 1u << 4,      /* subordinating conjunction */
    DY_LEX_PREPV = 1u << 5,    /* -ing word used as a preposition */
    DY_LEX_PART = 1u << 6,     /* may be a verb particle */
    DY_LEX_BE = 1u << 7,
    DY_LEX_HAVE = 1u << 8,
    DY_LEX_DO = 1u << 9,
    DY_LEX_NEG = 1u << 10,
    DY_LEX_TITLE = 1u << 11,
    DY_LEX_PROPER = 1u << 12,  /* WordNet has it capitalised (a name) */
    DY_LEX_COMMON = 1u << 13,  /* WordNet has it in lower case too */
    DY_LEX_PHRASAL = 1u << 14, /* key is VERB_PARTICLE, a phrasal verb */
    DY_LEX_HAND = 1u << 15,    /* from data/lang/words.txt */
    DY_LEX_COP = 1u << 16,     /* takes an adjective: remain, become, seem */
    DY_LEX_NAMEPART = 1u << 17 /* lower-case word inside names: bin, al, de, van */
};

/* Word-class index of SemCor counts and lemmas. */
enum { DY_LEX_N, DY_LEX_V, DY_LEX_A, DY_LEX_R, DY_LEX_NCLASS };

typedef struct dy_lex_entry {
    uint64_t tags;        /* possible tags: bit (label - DY_FIRST_TAG) */
    uint32_t word;        /* offset of the upper-case word in dy_lex_text */
    uint32_t lemma;       /* offset of the lemma, 0 if the word is its own */
    uint32_t flags;       /* DY_LEX_* */
    uint16_t count[DY_LEX_NCLASS]; /* SemCor occurrences as n, v, a, r */
    uint8_t len;          /* bytes in the word */
    uint8_t pref;         /* the most likely tag (a dy_label), 0 if none */
    uint8_t lemma_class;  /* bit per DY_LEX_N.. class the lemma is for */
    uint8_t spare;
} dy_lex_entry;

/* FNV-1a; the generator and the lookup must agree on it. */
static inline uint32_t dy_lex_hash(const char *s, size_t n)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 16777619u;
    }
    return h;
}

/* Emitted by the generator into build/gen/lexicon.c. */
extern const dy_lex_entry dy_lex_entries[];
extern const uint32_t dy_lex_nentries;
extern const uint32_t dy_lex_slots[];     /* entry index + 1, 0 = empty */
extern const uint32_t dy_lex_slot_mask;   /* slots - 1, a power of two minus 1 */
extern const char dy_lex_text[];

#endif
