/*
 * lexicon.c — lookups in the compiled lexicon (see lexicon.h, lexdata.h).
 */
#include "lang/lexicon.h"

#include <string.h>

/* The entry for an upper-case word, or NULL. */
const dy_lex_entry *dy_lex_find(const char *upper, size_t n)
{
    if (n == 0 || n > 255)
        return NULL;
    uint32_t j = dy_lex_hash(upper, n) & dy_lex_slot_mask;
    for (;;) {
        uint32_t k = dy_lex_slots[j];
        if (k == 0)
            return NULL;
        const dy_lex_entry *e = &dy_lex_entries[k - 1];
        if (e->len == n && memcmp(dy_lex_text + e->word, upper, n) == 0)
            return e;
        j = (j + 1) & dy_lex_slot_mask;
    }
}

/* The word of an entry (NUL-terminated, static). */
const char *dy_lex_word(const dy_lex_entry *e)
{
    return dy_lex_text + e->word;
}

/* The lemma class (DY_LEX_N..R) of a tag, or -1 for closed-class tags. */
int dy_lex_class_of_tag(int tag)
{
    switch (tag) {
    case DY_NN: case DY_NNS: case DY_NNP: case DY_NNPS:
        return DY_LEX_N;
    case DY_VB: case DY_VBD: case DY_VBG: case DY_VBN: case DY_VBP: case DY_VBZ: case DY_MD:
        return DY_LEX_V;
    case DY_JJ: case DY_JJR: case DY_JJS:
        return DY_LEX_A;
    case DY_RB: case DY_RBR: case DY_RBS:
        return DY_LEX_R;
    default:
        return -1;
    }
}

/*
 * Fill *out with what the lexicon knows of the word (upper case, n bytes):
 * its own entry, plus the readings of it as an inflection of a lemma
 * (unless it is a closed-class word). out->tags is 0 for unknown words.
 */
void dy_lex_lookup(const char *upper, size_t n, dy_lexinfo *out)
{
    memset(out, 0, sizeof *out);
    const dy_lex_entry *e = dy_lex_find(upper, n);
    if (e) {
        out->tags = e->tags;
        out->flags = e->flags;
        out->pref = e->pref;
        memcpy(out->count, e->count, sizeof out->count);
        for (int c = 0; c < DY_LEX_NCLASS; c++)
            if (e->lemma && (e->lemma_class & (1 << c)))
                out->lemma[c] = dy_lex_text + e->lemma;
        if (e->flags & DY_LEX_FIXED)
            return;
    }
    dy_morph_inflect(upper, n, out);
}

/*
 * dy_lex_lookup through the cache c (NULL: no cache). The cache holds only
 * results, whose lemma pointers are static, so it may outlive any sentence.
 */
void dy_lex_lookup_cached(dy_lexcache *c, const char *upper, size_t n, dy_lexinfo *out)
{
    if (!c || n == 0 || n > DY_LEXCACHE_WORD) {
        dy_lex_lookup(upper, n, out);
        return;
    }
    dy_lexcache_entry *e = &c->e[dy_lex_hash(upper, n) & (DY_LEXCACHE_SIZE - 1)];
    if (e->len == n && memcmp(e->word, upper, n) == 0) {
        *out = e->info;
        return;
    }
    dy_lex_lookup(upper, n, out);
    e->len = (uint8_t)n;
    memcpy(e->word, upper, n);
    e->info = *out;
}

/* True if WordNet lists VERB_PARTICLE (e.g. BURN_DOWN) as a phrasal verb. */
int dy_lex_phrasal(const char *verb_lemma, const char *particle)
{
    char key[128];
    size_t a = strlen(verb_lemma), b = strlen(particle);
    if (a + b + 1 >= sizeof key)
        return 0;
    memcpy(key, verb_lemma, a);
    key[a] = '_';
    memcpy(key + a + 1, particle, b);
    const dy_lex_entry *e = dy_lex_find(key, a + b + 1);
    return e && (e->flags & DY_LEX_PHRASAL);
}
