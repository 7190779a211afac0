/*
 * guess.c — the candidate tags of each token before context is looked at.
 *
 * Punctuation is tagged by its characters, numbers by their shape, known
 * words by the lexicon. Case matters in news: a capitalised word inside a
 * sentence is a name (NNP) unless it is a closed-class word, and names are
 * mostly words no lexicon has (Arnor, Minas Tirith, Xi). Unknown lower-case
 * words get tags from their suffixes, hyphenated ones from their last part.
 */
#include "lang/tagger.h"

#include <string.h>

#define T(l) DY_TAGBIT(DY_##l)

static int is_upper(unsigned char c)
{
    return c >= 'A' && c <= 'Z';
}

static int is_lower(unsigned char c)
{
    return c >= 'a' && c <= 'z';
}

static int is_digit(unsigned char c)
{
    return c >= '0' && c <= '9';
}

static int eq(const char *s, size_t n, const char *lit)
{
    return strlen(lit) == n && memcmp(s, lit, n) == 0;
}

static int ends(const char *s, size_t n, const char *suffix)
{
    size_t m = strlen(suffix);
    return n > m && memcmp(s + n - m, suffix, m) == 0;
}

/* Upper-case Latin-1 letters in UTF-8 (À..Þ except ×). */
static int is_upper_utf8(const unsigned char *p, size_t n)
{
    return n >= 2 && p[0] == 0xC3 && p[1] >= 0x80 && p[1] <= 0x9E && p[1] != 0x97;
}

static uint16_t shape_of(const dy_leaf *leaf)
{
    const unsigned char *t = (const unsigned char *)leaf->text;
    size_t n = leaf->len;
    int uppers = 0, lowers = 0;
    uint16_t shape = 0;
    for (size_t i = 0; i < n; i++) {
        uppers += is_upper(t[i]);
        lowers += is_lower(t[i]);
        if (t[i] == '-' && i > 0 && i + 1 < n)
            shape |= DY_TW_HYPHEN;
    }
    if (n && (is_upper(t[0]) || is_upper_utf8(t, n)))
        shape |= DY_TW_CAP;
    if (uppers >= 2 && lowers == 0)
        shape |= DY_TW_ALLCAPS;
    if (n && is_digit(t[0]))
        shape |= DY_TW_NUMBER;
    /* punctuation by the normalised form: a parse's -LRB- is "(" there */
    const unsigned char *u = (const unsigned char *)leaf->upper;
    int word_bytes = 0;
    for (size_t i = 0; i < leaf->ulen; i++)
        word_bytes += is_upper(u[i]) || is_lower(u[i]) || is_digit(u[i]) || u[i] >= 0x80;
    if (word_bytes == 0)
        shape |= DY_TW_PUNCT;
    return shape;
}

/* Tags of punctuation and symbols, by the normalised form. */
static uint64_t punct_tags(const char *u, size_t n)
{
    if (eq(u, n, ","))
        return T(COMMA);
    if (eq(u, n, ".") || eq(u, n, "!") || eq(u, n, "?") || eq(u, n, "?!") || eq(u, n, "!!"))
        return T(PERIOD);
    if (eq(u, n, ":") || eq(u, n, ";") || eq(u, n, "--") || eq(u, n, "-") || eq(u, n, "..."))
        return T(COLON);
    if (eq(u, n, "\"") || eq(u, n, "'"))
        return T(LQUOTE) | T(RQUOTE);
    if (eq(u, n, "``") || eq(u, n, "`"))
        return T(LQUOTE);
    if (eq(u, n, "''"))
        return T(RQUOTE);
    if (eq(u, n, "(") || eq(u, n, "[") || eq(u, n, "{") || eq(u, n, "-LRB-") ||
        eq(u, n, "-LSB-") || eq(u, n, "-LCB-"))
        return T(LRB);
    if (eq(u, n, ")") || eq(u, n, "]") || eq(u, n, "}") || eq(u, n, "-RRB-") ||
        eq(u, n, "-RSB-") || eq(u, n, "-RCB-"))
        return T(RRB);
    if (eq(u, n, "$") || eq(u, n, "\xE2\x82\xAC") || eq(u, n, "\xC2\xA3") || eq(u, n, "\xC2\xA5"))
        return T(DOLLAR);
    if (eq(u, n, "#"))
        return T(HASH);
    if (eq(u, n, "%"))
        return T(NN);
    if (eq(u, n, "&"))
        return T(CC);
    return T(SYM);
}

/* Numbers: 1990, 50,000, 11.8, 1990s are CD; 12-year and 21st are JJ. */
static uint64_t number_tags(const char *u, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (u[i] == '-' && i + 1 < n && u[i + 1] >= 'A' && u[i + 1] <= 'Z')
            return T(JJ);
    if (ends(u, n, "ST") || ends(u, n, "ND") || ends(u, n, "RD") || ends(u, n, "TH"))
        return T(JJ);
    return T(CD);
}

/* Unknown lower-case words, by suffix. */
static uint64_t suffix_tags(const char *u, size_t n)
{
    static const char *const noun[] = {"TION", "SION", "MENT", "NESS", "ITY", "SHIP", "ISM",
                                       "ANCE", "ENCE", "HOOD", "DOM", "AGE", "URE", "IST",
                                       "ER", "OR", "EE", "CY", NULL};
    static const char *const adj[] = {"OUS", "FUL", "LESS", "IVE", "ABLE", "IBLE", "AL", "IC",
                                      "ISH", "ARY", "IAN", "ESE", "ANT", "ENT", NULL};
    static const char *const verb[] = {"IZE", "ISE", "IFY", "ATE", NULL};
    if (ends(u, n, "LY"))
        return T(RB);
    if (ends(u, n, "ING"))
        return T(VBG) | T(NN);
    if (ends(u, n, "ED"))
        return T(VBD) | T(VBN) | T(JJ);
    if (ends(u, n, "S") && !ends(u, n, "SS") && !ends(u, n, "US") && !ends(u, n, "IS"))
        return T(NNS) | T(VBZ);
    for (int i = 0; noun[i]; i++)
        if (ends(u, n, noun[i]))
            return T(NN);
    for (int i = 0; adj[i]; i++)
        if (ends(u, n, adj[i]))
            return T(JJ);
    for (int i = 0; verb[i]; i++)
        if (ends(u, n, verb[i]))
            return T(VB) | T(VBP);
    return T(NN);
}

/*
 * Can the first n bytes of a hyphenated word make a verb of what follows
 * (test-fired, air-dropped, re-elected), rather than an adverb or
 * adjective making an adjective of it (long-delayed, so-called)?
 */
static int verb_prefix(const char *u, size_t n)
{
    dy_lexinfo first;
    dy_lex_lookup(u, n, &first);
    const uint16_t *c = first.count;
    return c[DY_LEX_A] + c[DY_LEX_R] <= c[DY_LEX_N] + c[DY_LEX_V] &&
           !(first.tags && !(first.tags & (DY_TAGS_NOUN | DY_TAGS_VERB)));
}

/* Unknown hyphenated words: pro-restoration, eye-catching, anti-, al-Raya. */
static uint64_t hyphen_tags(const dy_leaf *leaf, int cap)
{
    const char *u = leaf->upper;
    size_t n = leaf->ulen;
    if (u[n - 1] == '-')
        return T(JJ);
    const char *t = leaf->text;
    for (size_t i = 1; i < leaf->len; i++)
        if (t[i - 1] == '-' && is_upper((unsigned char)t[i]))
            return T(NNP);
    if (cap)
        return T(NNP);
    const char *last = memchr(u, '-', n);
    while (last) {
        const char *more = memchr(last + 1, '-', n - (size_t)(last + 1 - u));
        if (!more)
            break;
        last = more;
    }
    last = last ? last + 1 : u;
    size_t ln = n - (size_t)(last - u);
    dy_lexinfo part;
    dy_lex_lookup(last, ln, &part);
    if (ends(last, ln, "ED") && (part.tags & T(VBD)) && verb_prefix(u, (size_t)(last - 1 - u)))
        return T(JJ) | T(VBD) | T(VBN);  /* test-fired: context decides */
    if (ends(last, ln, "ING") || ends(last, ln, "ED"))
        return T(JJ);
    if (part.tags & T(NNS))
        return T(NNS);
    if (part.tags & (T(NN) | T(NNP)))
        return T(NN) | T(JJ);
    if (part.tags & DY_TAGS_ADJ)
        return T(JJ);
    return T(NN) | T(JJ);
}

static uint64_t capitalised_known(const dy_tword *w)
{
    const dy_lexinfo *lex = &w->lex;
    int closed = (lex->flags & DY_LEX_FIXED) && !(lex->tags & DY_TAGS_NOUN);
    if (lex->tags & T(NNP) && (lex->flags & DY_LEX_FIXED))
        return T(NNP);                   /* May, US, March */
    if (lex->tags == T(PRP) && w->leaf->ulen > 1)
        return T(NNP) | T(PRP);          /* Liu He: a capitalised pronoun inside a sentence */
    if (closed)
        return lex->tags;                /* The, In, ... inside a title */
    if ((lex->tags & T(JJ)) && (lex->flags & DY_LEX_PROPER))
        return T(JJ) | T(NNP);           /* Russian police, European Union */
    return T(NNP);
}

static uint64_t word_tags(dy_tword *w, dy_lexcache *cache)
{
    const dy_leaf *leaf = w->leaf;
    uint16_t s = w->shape;
    int cap = (s & DY_TW_CAP) && !(s & DY_TW_NOCASE);
    dy_lex_lookup_cached(cache, leaf->upper, leaf->ulen, &w->lex);
    uint64_t tags = w->lex.tags;
    if (!tags) {
        w->shape |= DY_TW_UNKNOWN;
        if (leaf->ulen > 1 && leaf->upper[leaf->ulen - 1] == '-')
            return T(JJ);                /* anti- (Gondor) */
        if (s & DY_TW_HYPHEN)
            return hyphen_tags(leaf, cap && !(s & DY_TW_INITIAL));
        if (cap || (s & DY_TW_NOCASE))
            return T(NNP);
        return suffix_tags(leaf->upper, leaf->ulen);
    }
    if (cap && (s & DY_TW_ALLCAPS) && (tags & T(NNP)) && !(s & DY_TW_NOCASE))
        return T(NNP);                   /* US, not us */
    if (cap && !(s & DY_TW_INITIAL))
        return capitalised_known(w);
    if (cap && (s & DY_TW_ALLCAPS) && !(w->lex.flags & DY_LEX_FIXED) && leaf->ulen <= 6)
        return T(NNP);                   /* an acronym opening the sentence */
    if (cap && (tags & (T(NN) | T(JJ))) && !(w->lex.flags & DY_LEX_FIXED)) {
        const uint16_t *c = w->lex.count;
        if ((w->lex.flags & DY_LEX_PROPER) || c[0] + c[1] + c[2] + c[3] == 0)
            return tags | T(NNP);        /* China, Stinker, Xi: maybe a name; context decides */
    }
    if (!cap && (tags & ~(T(NNP) | T(NNPS))))
        tags &= ~(T(NNP) | T(NNPS));     /* south, china: not names in lower case */
    return tags;
}

/* Sentence-initial: the first word, or the first after an opening quote or colon. */
static void mark_initial(dy_tword *w, size_t n)
{
    int expect = 1;
    for (size_t i = 0; i < n; i++) {
        if (w[i].shape & DY_TW_PUNCT) {
            const char *u = w[i].leaf->upper;
            if (u[0] == '"' || u[0] == '`' || u[0] == ':' || u[0] == '(' || u[0] == '-')
                expect = 1;
            continue;
        }
        if (expect)
            w[i].shape |= DY_TW_INITIAL;
        expect = 0;
    }
}

/* A sentence mostly in capitals (a headline) says nothing by its case. */
static void mark_nocase(dy_tword *w, size_t n)
{
    size_t words = 0, caps = 0;
    for (size_t i = 0; i < n; i++) {
        if (w[i].shape & (DY_TW_PUNCT | DY_TW_NUMBER))
            continue;
        words++;
        caps += (w[i].shape & DY_TW_ALLCAPS) || (w[i].leaf->len == 1 && (w[i].shape & DY_TW_CAP));
    }
    if (words >= 4 && caps * 4 >= words * 3)
        for (size_t i = 0; i < n; i++)
            w[i].shape |= DY_TW_NOCASE;
}

/*
 * Give each token its shape and candidate tags (w[i].leaf must be set);
 * cache (may be NULL) speeds up the lexicon lookups.
 */
void dy_guess_candidates(dy_tword *w, size_t n, dy_lexcache *cache)
{
    for (size_t i = 0; i < n; i++) {
        memset(&w[i].lex, 0, sizeof w[i].lex);
        w[i].shape = shape_of(w[i].leaf);
        w[i].tag = 0;
    }
    mark_initial(w, n);
    mark_nocase(w, n);
    for (size_t i = 0; i < n; i++) {
        const dy_leaf *leaf = w[i].leaf;
        if (leaf->ulen == 0)
            w[i].cand = T(SYM);
        else if (w[i].shape & DY_TW_PUNCT)
            w[i].cand = punct_tags(leaf->upper, leaf->ulen);
        else if (w[i].shape & DY_TW_NUMBER)
            w[i].cand = number_tags(leaf->upper, leaf->ulen);
        else
            w[i].cand = word_tags(&w[i], cache);
        if (!w[i].cand)
            w[i].cand = T(NN);
    }
}

/* The likeliest tag of a token out of context. */
uint16_t dy_guess_best(const dy_tword *w)
{
    static const uint16_t order[] = {DY_NNP, DY_NN, DY_NNS, DY_JJ, DY_VBD, DY_VB, DY_VBZ,
                                     DY_VBP, DY_VBN, DY_VBG, DY_RB, DY_IN, DY_DT, DY_CD};
    static const uint16_t class_first[DY_LEX_NCLASS][6] = {
        [DY_LEX_N] = {DY_NN, DY_NNS, DY_NNP, DY_NNPS},
        [DY_LEX_V] = {DY_VBD, DY_VBZ, DY_VBP, DY_VB, DY_VBN, DY_VBG},
        [DY_LEX_A] = {DY_JJ, DY_JJR, DY_JJS},
        [DY_LEX_R] = {DY_RB, DY_RBR, DY_RBS},
    };
    uint64_t c = w->cand;
    if (w->lex.pref && (c & DY_TAGBIT(w->lex.pref)))
        return w->lex.pref;
    int best = -1;
    unsigned most = 0;
    for (int k = 0; k < DY_LEX_NCLASS; k++)
        if (w->lex.count[k] > most) {
            for (int j = 0; j < 6 && class_first[k][j]; j++)
                if (c & DY_TAGBIT(class_first[k][j])) {
                    most = w->lex.count[k];
                    best = class_first[k][j];
                    break;
                }
        }
    if (best >= 0)
        return (uint16_t)best;
    for (size_t i = 0; i < sizeof order / sizeof order[0]; i++)
        if (c & DY_TAGBIT(order[i]))
            return order[i];
    for (int l = DY_FIRST_TAG; l < DY_LABEL_COUNT; l++)
        if (c & DY_TAGBIT(l))
            return (uint16_t)l;
    return DY_NN;
}
