/*
 * morph.c — reading an inflected word through its lemma: "attacked" is the
 * past of ATTACK, "ties" the plural of TIE and the third person of TIE,
 * "restoring" the -ing form of RESTORE, "bigger" the comparative of BIG.
 *
 * The rules strip a suffix (and undo the spelling changes English makes:
 * y → ie, a doubled final consonant, a dropped final e) and accept the
 * result only if the lexicon has it as a lemma of the right class, so
 * "fired" is FIRE (a verb) and not FIR (a noun). Irregular forms come from
 * WordNet's exception lists through the table itself, not from here.
 */
#include "lang/lexicon.h"

#include <string.h>

#define STEM_MAX 64

/* Flags a word inherits from its lemma. */
#define INHERITED (DY_LEX_SAY | DY_LEX_CTL | DY_LEX_TIME | DY_LEX_TITLE | DY_LEX_BE | \
                   DY_LEX_HAVE | DY_LEX_DO | DY_LEX_COP)

static const uint64_t base_tags[DY_LEX_NCLASS] = {
    [DY_LEX_N] = DY_TAGBIT(DY_NN) | DY_TAGBIT(DY_NNP),
    [DY_LEX_V] = DY_TAGBIT(DY_VB),
    [DY_LEX_A] = DY_TAGBIT(DY_JJ),
    [DY_LEX_R] = DY_TAGBIT(DY_RB),
};

static int is_vowel(char c)
{
    return c == 'A' || c == 'E' || c == 'I' || c == 'O' || c == 'U';
}

static int is_consonant(char c)
{
    return c >= 'A' && c <= 'Z' && !is_vowel(c);
}

/* The lemma w[0..keep) + add, if the lexicon has it with a tag of class cls. */
static const dy_lex_entry *stem(const char *w, size_t keep, const char *add, int cls)
{
    char buf[STEM_MAX];
    size_t extra = strlen(add);
    if (keep < 2 || keep + extra >= STEM_MAX)
        return NULL;
    memcpy(buf, w, keep);
    memcpy(buf + keep, add, extra);
    const dy_lex_entry *e = dy_lex_find(buf, keep + extra);
    return e && (e->tags & base_tags[cls]) ? e : NULL;
}

/* Ends in consonant-vowel-consonant, where English doubles before -ed. */
static int ends_cvc(const char *w, size_t n)
{
    return n >= 3 && is_consonant(w[n - 1]) && is_vowel(w[n - 2]) && is_consonant(w[n - 3]) &&
           w[n - 1] != 'W' && w[n - 1] != 'X' && w[n - 1] != 'Y';
}

/*
 * The lemma of w minus a suffix of cut bytes (-ED, -ING, -ER, -EST):
 * hope-d, stop-p-ed, visit-ed, deny → denied is handled by the caller.
 */
static const dy_lex_entry *stem_vowel_suffix(const char *w, size_t n, size_t cut, int cls)
{
    size_t k = n - cut;
    const dy_lex_entry *plain = stem(w, k, "", cls);
    const dy_lex_entry *with_e = stem(w, k, "E", cls);
    if (plain && with_e)
        return ends_cvc(w, k) ? with_e : plain;   /* hoped is HOPE, not HOP */
    if (plain)
        return plain;
    if (with_e)
        return with_e;
    if (k >= 3 && w[k - 1] == w[k - 2] && is_consonant(w[k - 1]))
        return stem(w, k - 1, "", cls);           /* stopped: STOP */
    return NULL;
}

static void add_reading(dy_lexinfo *info, uint64_t own, int tag, int cls, const dy_lex_entry *e)
{
    info->tags |= DY_TAGBIT(tag);
    if (!info->lemma[cls] && !(own & base_tags[cls]))
        info->lemma[cls] = dy_lex_word(e);
    if (e->count[cls] > info->count[cls])
        info->count[cls] = e->count[cls];
    info->flags |= e->flags & INHERITED;
}

/* -s, then -es after a sibilant or o, then -ies → y, then -men → man. */
static const dy_lex_entry *plural_stem(const char *w, size_t n, int cls)
{
    const dy_lex_entry *e = NULL;
    if (w[n - 1] == 'S' && w[n - 2] != 'S' && (e = stem(w, n - 1, "", cls)))
        return e;
    if (n > 3 && w[n - 1] == 'S' && w[n - 2] == 'E') {
        char c = w[n - 3];
        int sibilant = c == 'S' || c == 'X' || c == 'Z' || c == 'O' ||
                       (n > 4 && (c == 'H') && (w[n - 4] == 'C' || w[n - 4] == 'S'));
        if (sibilant && (e = stem(w, n - 2, "", cls)))
            return e;
    }
    if (n > 4 && memcmp(w + n - 3, "IES", 3) == 0 && (e = stem(w, n - 3, "Y", cls)))
        return e;
    if (cls == DY_LEX_N && n > 3 && memcmp(w + n - 3, "MEN", 3) == 0)
        return stem(w, n - 3, "MAN", cls);
    return NULL;
}

static void inflect_s(const char *w, size_t n, uint64_t own, dy_lexinfo *info)
{
    const dy_lex_entry *e;
    if ((e = plural_stem(w, n, DY_LEX_N)) && (e->tags & DY_TAGBIT(DY_NN))) {
        add_reading(info, own, DY_NNS, DY_LEX_N, e);
        if (!info->pref || info->pref == DY_NN)
            info->pref = DY_NNS;   /* years, roads: the plural, not WordNet's odd lemma */
    }
    if (w[n - 1] == 'S' && (e = plural_stem(w, n, DY_LEX_V)))
        add_reading(info, own, DY_VBZ, DY_LEX_V, e);
}

static void inflect_ed(const char *w, size_t n, uint64_t own, dy_lexinfo *info)
{
    const dy_lex_entry *e = NULL;
    if (n > 4 && memcmp(w + n - 3, "IED", 3) == 0)
        e = stem(w, n - 3, "Y", DY_LEX_V);
    if (!e)
        e = stem_vowel_suffix(w, n, 2, DY_LEX_V);
    if (e) {
        add_reading(info, own, DY_VBD, DY_LEX_V, e);
        add_reading(info, own, DY_VBN, DY_LEX_V, e);
    }
}

static void inflect_ing(const char *w, size_t n, uint64_t own, dy_lexinfo *info)
{
    const dy_lex_entry *e = NULL;
    if (n > 5 && memcmp(w + n - 4, "YING", 4) == 0)
        e = stem(w, n - 4, "IE", DY_LEX_V);     /* dying: DIE */
    if (!e)
        e = stem_vowel_suffix(w, n, 3, DY_LEX_V);
    if (e)
        add_reading(info, own, DY_VBG, DY_LEX_V, e);
}

static void inflect_degree(const char *w, size_t n, size_t cut, int tag, dy_lexinfo *info)
{
    const dy_lex_entry *e = NULL;
    if (n > cut + 2 && w[n - cut - 1] == 'I')
        e = stem(w, n - cut - 1, "Y", DY_LEX_A);   /* easier: EASY */
    if (!e)
        e = stem_vowel_suffix(w, n, cut, DY_LEX_A);
    if (e)
        add_reading(info, 0, tag, DY_LEX_A, e);
}

static int ends(const char *w, size_t n, const char *suffix)
{
    size_t m = strlen(suffix);
    return n > m + 1 && memcmp(w + n - m, suffix, m) == 0;
}

/*
 * Add to *info the readings of the upper-case word w as an inflected form:
 * NNS/NNPS and VBZ for -s, VBD and VBN for -ed, VBG for -ing, JJR/JJS for
 * -er/-est (only for words the lexicon does not have themselves). Each
 * reading brings its lemma, the lemma's SemCor count and its word-class
 * flags (a "said"-type verb stays one when inflected).
 */
void dy_morph_inflect(const char *w, size_t n, dy_lexinfo *info)
{
    if (n < 3 || n >= STEM_MAX)
        return;
    uint64_t own = info->tags;
    if ((w[n - 1] == 'S' && w[n - 2] != '\'') || ends(w, n, "MEN"))
        inflect_s(w, n, own, info);
    else if (ends(w, n, "ED"))
        inflect_ed(w, n, own, info);
    else if (ends(w, n, "ING"))
        inflect_ing(w, n, own, info);
    else if (!(own & DY_TAGS_ADJ) && ends(w, n, "EST"))
        inflect_degree(w, n, 3, DY_JJS, info);   /* closest: WordNet has only the adverb */
    else if (!(own & DY_TAGS_ADJ) && ends(w, n, "ER"))
        inflect_degree(w, n, 2, DY_JJR, info);
}
